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

/* Titles that are adjectives too, and open firms' names ("General
 * Mills", "Major League", "Premier Foods"); "Mr." or "Captain" never
 * does. */
static bool adjective_title(const char *w, size_t len) {
  static const char *const words[] = {"General", "Major", "Chief",    "Grand",
                                      "Premier", "Royal", "Imperial", NULL};
  EXTRACT_WORD_SET(set, words, false);
  return extract_word_set_has(&set, w, len);
}

size_t extract_title_of_firm(evg_extraction *x, const char *s, size_t start,
                             size_t end, size_t run_start, size_t name_start,
                             size_t name_end, size_t run_end) {
  /* "Shares of General Dynamics fell": a rank stands before a person's
   * name, and the words around say a firm's; one word left after the
   * title is the firm's second word, not a family name */
  if (memchr(s + name_start, ' ', name_end - name_start) ||
      extract_is_given_name(x, s + name_start, name_end - name_start))
    return name_start;
  size_t e = name_start;
  while (e > run_start && s[e - 1] == ' ')
    e--;
  size_t w = e;
  while (w > run_start && s[w - 1] != ' ')
    w--;
  if (w == e || !adjective_title(s + w, e - w) ||
      !extract_is_title(x, s + w, e - w))
    return name_start;
  mention_context m =
      extract_mention_context(s, start, end, w, name_end, run_end);
  return m.kind && strcmp(m.kind, "company") == 0 ? w : name_start;
}
