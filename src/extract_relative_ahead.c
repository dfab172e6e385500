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

/* Whether the date t sits in a relative clause in the present whose
 * pronoun follows a past verb of the sentence: "accepted an award that
 * gives its members a rise from January". */
static bool in_present_relative(const char *s, const range *sentence,
                                const evg_timex *t) {
  size_t from = t->start > sentence->start + RELATIVE_AHEAD_REACH
                    ? t->start - RELATIVE_AHEAD_REACH
                    : sentence->start;
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
          extract_past_verb_in(s, sentence->start, i))
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
  for (size_t k = 0; k < date_count; k++) {
    const evg_timex *t = dates[k];
    if (t->has_date && t->date.start > today->end &&
        in_present_relative(s, sentence, t))
      continue;
    dates[kept++] = t;
  }
  return kept;
}
