/* extract_counted_opener.c: a count of time before the subordinator that
 * opens a sentence's clause ("Sixteen minutes after Ruiz fell, the club
 * halted the race", "Two days before the vote, the board met", "Shortly
 * after the ferry sank, ..."): the clause splitter (extract_happenings.c's
 * opener_end) reads the opening clause from its subordinator, so that the
 * main clause after its comma is a part of its own, with its own label
 * and names, as it is without the count.  Reads at most four words and
 * the opening clause to its first comma. */
#include "extract_internal.h"

/* Units a count of time measures in */
static bool time_unit(const char *w, size_t len) {
  static const char *const words[] = {
      "minute", "minutes", "hour",  "hours",  "day",     "days",
      "week",   "weeks",   "month", "months", "year",    "years",
      "moment", "moments", "night", "nights", "seconds", NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Words that stand alone before the subordinator ("shortly after") */
static bool time_adverb(const char *w, size_t len) {
  static const char *const words[] = {"shortly", "soon",    "long",
                                      "just",    "moments", NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Whether a lowercase verb form stands in s[q) before its first comma,
 * within 200 bytes: the clause the count opens has its own verb ("after
 * Ruiz fell,"), where "Two days after the meeting at the hotel," is a
 * date of the main clause. */
static bool verb_before_comma(const char *s, size_t q, size_t to) {
  for (size_t i = q; i < to && i < q + 200 && s[i] != ','; i++) {
    if (!ascii_is_lower((unsigned char)s[i]) ||
        ascii_alpha((unsigned char)s[i - 1]))
      continue;
    size_t we = extract_letters_end(s, i, to);
    if (extract_verb_form(s + i, we - i))
      return true;
  }
  return false;
}

size_t extract_counted_opener(const char *s, size_t from, size_t to) {
  size_t q = from;
  bool unit = false, adverb = false;
  for (int words = 0; words < 4 && q < to; words++) {
    size_t e = q;
    while (e < to && (ascii_alnum((unsigned char)s[e]) || s[e] == '-'))
      e++;
    if (e == q || e >= to || s[e] != ' ')
      return from;
    if (words > 0 &&
        (equals_ci(s + q, e - q, "after") || equals_ci(s + q, e - q, "before")))
      return (unit || adverb) && verb_before_comma(s, e, to) ? q : from;
    if (unit || adverb)
      return from; /* a word after the count that is no subordinator */
    if (time_unit(s + q, e - q))
      unit = words > 0; /* "Days after" has no count: read as it was */
    else if (words == 0 && time_adverb(s + q, e - q))
      adverb = true;
    q = e + 1;
  }
  return from;
}
