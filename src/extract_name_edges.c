/* extract_name_edges.c: the words at a name's edges that belong to the
 * words around it.  A run cut after a common noun in capitals ("The CEO
 * of Vantor Systems") keeps the preposition that joined the noun to the
 * name; a person named after a place ("Mary of Modena") is not the
 * place; a title that is an adjective too ("General Dynamics") is a
 * firm's first word when the words around say a firm's. */
#include "extract_internal.h"

#include <string.h>

/* Prepositions that join a name to the noun before it and never open
 * one. */
static bool joining_preposition(const char *w, size_t len) {
  static const char *const words[] = {"of", "for", "from", NULL};
  EXTRACT_WORD_SET(set, words, false);
  return extract_word_set_has(&set, w, len);
}

size_t extract_skip_opening_preposition(const char *s, size_t start,
                                        size_t end) {
  size_t e = start;
  while (e < end && s[e] != ' ')
    e++;
  if (e >= end || !joining_preposition(s + start, e - start))
    return start;
  while (e < end && s[e] == ' ')
    e++;
  return e;
}

bool extract_given_name_of_place(evg_extraction *x, const char *name) {
  const char *space = strchr(name, ' ');
  if (!space || strncmp(space, " of ", 4) != 0)
    return false;
  return extract_is_given_name(x, name, (size_t)(space - name));
}
