/* extract_time_lead_in.c: the words that lead into a date opening a
 * clause after its joint (", and at about 10 p.m. they found", ", and over
 * the summer the army built"): a preposition of time, an approximator
 * after it.  The clause splitter (extract_happenings.c's past_opening)
 * passes over them with the date, so that the subject after the date is
 * read as the clause's own and the clause before keeps its names. */
#include "extract_internal.h"

/* Prepositions that set a date in time, of any length ("at", "over",
 * "during") */
static bool time_preposition(const char *w, size_t len) {
  static const char *const words[] = {"at",     "on",     "in",      "by",
                                      "around", "about",  "over",    "during",
                                      "after",  "before", "until",   "till",
                                      "from",   "toward", "towards", NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Words that make a date approximate or exact ("about 10 p.m.", "just
 * before noon") */
static bool time_approximator(const char *w, size_t len) {
  static const char *const words[] = {
      "about",  "around", "roughly", "approximately", "nearly",
      "almost", "just",   "shortly", "exactly",       "precisely",
      "some",   "soon",   NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

bool extract_time_lead_in(const char *s, size_t q, size_t at) {
  size_t words = 0;
  bool preposition = false;
  while (q < at) {
    size_t e = extract_letters_end(s, q, at);
    if (e == q || !ascii_is_lower((unsigned char)s[q]) || ++words > 2)
      return false;
    /* a preposition first, then at most one approximator; or an
     * approximator alone before a preposition ("just after six") */
    if (time_preposition(s + q, e - q) && !preposition)
      preposition = true;
    else if (!time_approximator(s + q, e - q))
      return false;
    q = e;
    if (q < at && s[q] != ' ')
      return false;
    while (q < at && s[q] == ' ')
      q++;
  }
  return preposition;
}
