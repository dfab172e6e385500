/* extract_closing_report.c: whether a report set off at the end of a
 * sentence only says who told the sentence and when (", police said on
 * Thursday.", ", the Department of Revenue said on Wednesday."), so that
 * the clause splitter leaves it with the clause it reports.  Split off,
 * such a report was an event of its own whose headline repeated the
 * reported clause's ("A bushfire burned 40 homes" on Tuesday and again on
 * Thursday); the gold lists no such announcement, and its day, the
 * story's latest, is not the day of what it reports. */
#include "extract_internal.h"

bool extract_report_verb(const char *w, size_t len) {
  static const char *const verbs[] = {"said",      "says",      "told",
                                      "announced", "stated",    "reported",
                                      "confirmed", "disclosed", NULL};
  EXTRACT_WORD_SET(verb_set, verbs, true);
  return extract_word_set_has(&verb_set, w, len);
}

bool extract_closing_report(const char *s, size_t comma, size_t date_start,
                            size_t date_end, size_t sentence_end) {
  static const char *const preps[] = {"on", "in", "at", "late", "early", NULL};
  /* the date ends the sentence: nothing but its closing marks after it */
  for (size_t i = date_end; i < sentence_end; i++)
    if (ascii_alnum((unsigned char)s[i]))
      return false;
  size_t e = date_start;
  while (e > comma && s[e - 1] == ' ')
    e--;
  size_t b = extract_word_start_before(s, comma, e);
  if (b < e && extract_word_in(s + b, e - b, preps)) {
    e = b;
    while (e > comma && s[e - 1] == ' ')
      e--;
    b = extract_word_start_before(s, comma, e);
  }
  if (b == e || !extract_report_verb(s + b, e - b))
    return false;
  /* the reporter: a few words, a name or a noun phrase ("the regional
   * government", "Fisheries and Oceans Canada") */
  int words = 0;
  for (size_t i = comma; i < b; i++)
    if (ascii_alpha((unsigned char)s[i]) &&
        (i == comma || !ascii_alpha((unsigned char)s[i - 1])))
      words++;
  return words >= 1 && words <= 6;
}
