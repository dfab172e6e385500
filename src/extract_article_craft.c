/* extract_article_craft.c: the actor table's reading of a town's or a
 * state's name that "the" opens and a verb follows ("two days later the
 * Portland reached Seattle", "the Santiago was wrecked"): a town takes no
 * article, so the name is a craft's named for it, kind other, not the
 * place's government.  A place after a preposition ("came down the
 * Missouri", "in the Hague") or before a noun ("the Portland office")
 * stays a place, and so does a name of several words, a state's or a
 * region's, and a name the gazetteer lists as a country's ("The Gambia
 * closed its border", "the Sudan recalled its envoy": review57).  Reads
 * the two words before the name and the one after it. */
#include "extract_internal.h"

#include <string.h>

bool extract_article_craft(evg_extraction *x, const char *s, size_t start,
                           size_t end, size_t to) {
  static const char *const prepositions[] = {
      "of",   "in",     "at",   "from",    "to",      "on",  "near",
      "into", "across", "over", "through", "towards", "up",  "down",
      "by",   "for",    "with", "along",   "past",    "off", NULL};
  const char *listed =
      extract_gazetteer_kind(x, s + start, end - start, GAZ_NAME);
  if (listed && strcmp(listed, "country") == 0)
    return false;
  /* one word: the states and regions named with "the" are of several
   * ("the United States", "the Czech Republic", "the Region of X") */
  if (memchr(s + start, ' ', end - start))
    return false;
  /* a word in lower case after its capital: "the U.S.", "the UK" are
   * abbreviations of states, which take the article */
  if (end - start < 3 || !ascii_is_lower((unsigned char)s[start + 1]) ||
      memchr(s + start, '.', end - start))
    return false;
  /* a plural: the states of islands take the article ("The Seychelles
   * closed its airport", "the Maldives", "the Bahamas") */
  if (s[end - 1] == 's')
    return false;
  /* the regions of one word that English writes with "the" ("the Crimea
   * voted", "the Punjab"): the place itself, though the gazetteer calls
   * them places as it does towns (the countries left the list when the
   * caller began to pass what the gazetteer says) */
  static const char *const with_article[] = {
      "Crimea",    "Punjab", "Hague",     "Vatican", "Caucasus",  "Sahara",
      "Sinai",     "Levant", "Ruhr",      "Saar",    "Transvaal", "Yukon",
      "Caribbean", "Arctic", "Antarctic", NULL};
  if (extract_word_in(s + start, end - start, with_article))
    return false;
  size_t ab, al = extract_word_just_before(s, 0, start, &ab);
  if (!al || !equals_ci(s + ab, al, "the"))
    return false;
  size_t pb, pl = extract_word_just_before(s, 0, ab, &pb);
  if (pl && extract_word_in(s + pb, pl, prepositions))
    return false;
  size_t vb, vl = extract_word_just_after(s, end, to, &vb);
  return vl && extract_verb_form(s + vb, vl);
}
