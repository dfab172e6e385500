/* extract_relative_ahead.c: in news, a date still to come on the paper's
 * day inside a relative clause in the present ("accepted an arbitrator's
 * award that gives its members a pay rise from January") tells the terms
 * of the noun, not the time of the past happening around it. */
#include "extract_internal.h"

/* How far before a date its relative pronoun is looked for. */
#define RELATIVE_AHEAD_REACH 120

/* Whether the word s[w, e), after a relative pronoun, is a verb in the
 * present tense: "is", "are", or a form in -s before its object's
 * determiner or number ("gives its members", "raises the fare", "cuts
 * 30 jobs"); not a plural noun, the subject of a clause ("that customers
 * could"), nor "was". */
static bool present_verb(const char *s, size_t w, size_t e, size_t to) {
  static const char *const forms[] = {"is", "are", NULL};
  static const char *const objects[] = {"the",  "a",    "an",  "its",   "their",
                                        "his",  "her",  "our", "every", "all",
                                        "each", "some", "no",  NULL};
  if (extract_word_in(s + w, e - w, forms))
    return true;
  if (e - w < 4 || s[e - 1] != 's' || s[e - 2] == 's' || s[e - 2] == 'u' ||
      !ascii_is_lower((unsigned char)s[w]) || e >= to || s[e] != ' ')
    return false;
  size_t o = e + 1;
  if (o < to && s[o] >= '0' && s[o] <= '9')
    return true;
  size_t oe = extract_letters_end(s, o, to);
  return oe > o && extract_word_in(s + o, oe - o, objects);
}

/* What the sentence's scans for a past verb before a pronoun have found,
 * kept across its dates so that the sentence is read once, not once a
 * date: `upto`, the last end with none before it (the sentence's start
 * when none was asked); `found`, the first end with one before it (0 when
 * none was found). */
typedef struct {
  size_t start; /* the sentence's start */
  size_t upto;
  size_t found;
} past_scan;

/* Whether a past verb comes in s[scan->start, i), i a word's start:
 * extract_past_verb_in over that span.  None before `upto` means none
 * before an earlier end (a "was" looks ahead at most two words, and fewer
 * words end before an earlier end), and one before `found` one before
 * any later end; past `upto` the scan resumes three words before it,
 * where the words before read as they did up to it. */
static bool past_verb_before(const char *s, past_scan *scan, size_t i) {
  if (i <= scan->upto)
    return false;
  if (scan->found && i >= scan->found)
    return true;
  size_t r = scan->upto;
  for (int words = 0; words < 3 && r > scan->start; words++) {
    while (r > scan->start && !ascii_alpha((unsigned char)s[r - 1]))
      r--;
    while (r > scan->start && ascii_alpha((unsigned char)s[r - 1]))
      r--;
  }
  if (extract_past_verb_in(s, r, i)) {
    scan->found = i;
    return true;
  }
  scan->upto = i;
  return false;
}

/* Whether the date t sits in a relative clause in the present whose
 * pronoun follows a past verb of the sentence: "accepted an award that
 * gives its members a rise from January". */
static bool in_present_relative(const char *s, const range *sentence,
                                const evg_timex *t, past_scan *scan) {
  size_t from = t->start > sentence->start + RELATIVE_AHEAD_REACH
                    ? t->start - RELATIVE_AHEAD_REACH
                    : sentence->start;
  /* not the tail of a word the reach cuts ("...xthat") */
  while (from > sentence->start && from < t->start &&
         ascii_alpha((unsigned char)s[from - 1]) &&
         ascii_alpha((unsigned char)s[from]))
    from++;
  for (size_t i = from; i < t->start;) {
    if (!ascii_alpha((unsigned char)s[i])) {
      if (s[i] == ';' || s[i] == ':' || s[i] == '"')
        return false;
      i++;
      continue;
    }
    size_t e = extract_letters_end(s, i, t->start);
    if ((equals_ci(s + i, e - i, "that") || equals_ci(s + i, e - i, "which")) &&
        e < t->start && s[e] == ' ') {
      size_t v = e + 1, ve = extract_letters_end(s, v, t->start);
      if (ve > v && present_verb(s, v, ve, t->start) &&
          past_verb_before(s, scan, i))
        return true;
    }
    i = e;
  }
  return false;
}

size_t extract_drop_relative_ahead(const char *s, const range *sentence,
                                   const evg_timex **dates, size_t date_count,
                                   const evg_date *today) {
  if (!today)
    return date_count;
  size_t kept = 0;
  past_scan scan = {sentence->start, sentence->start, 0};
  for (size_t k = 0; k < date_count; k++) {
    const evg_timex *t = dates[k];
    if (t->has_date && t->date.start > today->end &&
        in_present_relative(s, sentence, t, &scan))
      continue;
    dates[kept++] = t;
  }
  return kept;
}
