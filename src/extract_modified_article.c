/* extract_modified_article.c: the article "a" or "an" that opens a noun
 * phrase, read back over the modifiers between it and its noun ("a
 * Chemnitz firm", "a small Danish firm"), so that a noun introducing a
 * name ("a Chemnitz firm called X", kinds by the context) is found with
 * its modifiers as it is without them ("a firm called X").  Reads at
 * most two modifiers back: each name costs a constant. */
#include "extract_internal.h"

size_t extract_modified_article(const char *s, size_t noun, size_t *ab) {
  static const char *const articles[] = {"a", "an", NULL};
  size_t pos = noun;
  for (int n = 0; n < 3; n++) {
    size_t b, l = extract_word_just_before(s, 0, pos, &b);
    if (!l)
      return 0;
    if (extract_word_in(s + b, l, articles)) {
      *ab = b;
      return l;
    }
    /* a modifier: no function word ("the firm of a man called"), no
     * verb ("hired firm called") */
    if (extract_function_word_after(s + b, l) || extract_verb_form(s + b, l))
      return 0;
    pos = b;
  }
  return 0;
}
