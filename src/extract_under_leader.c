/* extract_under_leader.c: the attach stage's reading of "under" before a
 * name.  After a body of people, a craft or a verb ("a search party under
 * Alfred Howitt", "the Pinta, under Martín Alonso Pinzón", "served under
 * Nelson") "under" names a leader, who takes part in what is done (the
 * gold took 7 of the union's 7).  After a pronoun or an adverb ("sent the
 * frigate Pandora to find them, under Captain Edward Edwards", "voted to
 * stay together under Ratu") it names the next clause's leader or whom
 * one stays with: no participant of this clause (0 of 2).  A date before
 * "under" is left as it was: "an inquiry opened on January 3, 1880, under
 * Henry Rothery" has none by the gold, "the counter-offensive began in
 * January 1919 under the Bolshevik leader Antonov-Ovseenko" one by
 * meaning.  "Under the command of X" and "under the name X" keep the
 * name. */
#include "extract_internal.h"

bool extract_under_no_leader(const char *text, size_t from, size_t name_start) {
  /* back over at most four words with only spaces between ("under the
   * Basque navigator Juan ...") to "under"; an "of" or a noun of naming
   * on the way reads the name as the command's or the one's own */
  static const char *const keep[] = {"of", "name", "pseudonym", "alias", NULL};
  size_t at = name_start, b = 0, l = 0;
  bool found = false;
  for (int n = 0; n < 5 && !found; n++) {
    l = extract_word_just_before(text, from, at, &b);
    if (!l || extract_word_in(text + b, l, keep))
      return false;
    found = equals_ci(text + b, l, "under");
    at = b;
  }
  if (!found)
    return false;
  /* the word before "under", or before a comma before it */
  size_t e = b;
  while (e > from && text[e - 1] == ' ')
    e--;
  if (e > from && text[e - 1] == ',') {
    e--;
    while (e > from && text[e - 1] == ' ')
      e--;
  }
  if (e == from)
    return false;
  size_t wb, wl = extract_word_before(text, from, e, &wb);
  if (!wl || wb + wl != e)
    return false;
  static const char *const after[] = {"them",  "him",  "her",   "it",
                                      "us",    "me",   "you",   "together",
                                      "again", "also", "still", NULL};
  return extract_word_in(text + wb, wl, after);
}
