/* extract_date_clause_subject.c: whether the part's date stands in a
 * clause joined by ", and", ", but" or ";" that opens with a subject of
 * its own, a noun phrase ("Carmack recorded the claims at Forty Mile, and
 * within days the miners of that camp had staked the whole creek", "...
 * halved the entry fee, and the start was moved to July"): the part then
 * tells that clause's happening, and a name before the join, or the doer
 * of a subject left out there, is none of its actors.  A pronoun after
 * the join ("and he", "and they") is left to the doer rules, and so is a
 * possessive ("and his army remained"); a name as
 * that subject is the part's own and stays.  Read once for each part by
 * extract_attach.c; reads at most a fixed window before the date and a
 * few words after the join. */
#include "extract_internal.h"

/* How far before the date the join may stand. */
#define JOIN_REACH 160
/* Words of the date's own before the subject ("and within days the"),
 * and words of the subject before its verb ("the miners of that camp
 * had"). */
#define DATE_WORDS 4
#define SUBJECT_WORDS 6

/* (a possessive left out: "his appointment lasted until May 11" is still
 * the person's, as a pronoun would be) */
static bool subject_opener(const char *w, size_t len) {
  static const char *const words[] = {
      "the",  "a",     "an", "several", "many",  "most", "some", "both",
      "each", "every", "no", "two",     "three", "four", "five", NULL};
  return extract_word_in(w, len, words);
}

/* Nouns "the" makes a name said again ("Acme cut 300 jobs, and the
 * company closed its plant on Friday"): that subject is the name's, and
 * the clause no other's. */
static bool name_again(const char *w, size_t len) {
  static const char *const words[] = {
      "company",    "firm",      "group",      "bank",      "council",
      "government", "ministry",  "agency",     "court",     "club",
      "team",       "party",     "union",      "airline",   "carrier",
      "operator",   "board",     "army",       "navy",      "police",
      "city",       "state",     "country",    "king",      "queen",
      "president",  "emperor",   "commission", "authority", "museum",
      "university", "hospital",  "ship",       "vessel",    "school",
      "church",     "band",      "orchestra",  "family",    "man",
      "woman",      "couple",    "pair",       "brothers",  "player",
      "minister",   "chain",     "maker",      "owner",     "builder",
      "insurer",    "regulator", "institute",  "society",   "league",
      "federation", "channel",   "newspaper",  "network",   NULL};
  return extract_word_in(w, len, words);
}

/* Where the join before the date ends: past ", and ", ", but " or "; ",
 * the nearest mark before the date; (size_t)-1 when another mark, or
 * none, stands nearer. */
static size_t join_before(const char *s, size_t from, size_t date_start) {
  size_t lo = date_start > from + JOIN_REACH ? date_start - JOIN_REACH : from;
  for (size_t i = date_start; i > lo; i--) {
    char c = s[i - 1];
    if (c == ';')
      return i;
    if (c == '.' || c == ':' || c == '(' || c == ')' || c == '"')
      return (size_t)-1;
    if (c != ',')
      continue;
    size_t ws, len = extract_word_just_after(s, i, date_start, &ws);
    if (len && (equals_ci(s + ws, len, "and") || equals_ci(s + ws, len, "but")))
      return ws + len;
    return (size_t)-1;
  }
  return (size_t)-1;
}

size_t extract_date_clause_subject(const char *s, size_t from, size_t to,
                                   size_t date_start) {
  if (date_start == (size_t)-1 || date_start <= from || date_start >= to)
    return (size_t)-1;
  size_t join = join_before(s, from, date_start);
  if (join == (size_t)-1)
    return (size_t)-1;
  size_t pos = join;
  size_t ws, len = extract_word_after(s, pos, to, &ws);
  /* the date first ("and within days the miners"): its words */
  for (size_t n = 0; ws >= date_start && n < DATE_WORDS && len &&
                     !subject_opener(s + ws, len);
       n++) {
    pos = ws + len;
    len = extract_word_after(s, pos, to, &ws);
  }
  if (!len || !subject_opener(s + ws, len) ||
      !ascii_is_lower((unsigned char)s[ws]))
    return (size_t)-1;
  bool the = equals_ci(s + ws, len, "the");
  /* the subject's words, then its verb; the word after the opener is a
   * noun's, never a verb */
  pos = ws + len;
  size_t hs, hl = extract_word_after(s, pos, to, &hs);
  if (the && hl && name_again(s + hs, hl))
    return (size_t)-1;
  for (size_t n = 0; n < SUBJECT_WORDS; n++) {
    len = extract_word_after(s, pos, to, &ws);
    if (!len)
      return (size_t)-1;
    if (n > 0 && ascii_is_lower((unsigned char)s[ws]) &&
        extract_verb_form(s + ws, len))
      return join;
    pos = ws + len;
  }
  return (size_t)-1;
}
