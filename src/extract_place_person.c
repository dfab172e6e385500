/* extract_place_person.c: the attach stage's reading of a name that its
 * words made a person only by their shape ("Champ de Mars", two or three
 * unknown capitalised words) where it stands as a place: after a
 * preposition of place and "the" ("Digging for the foundations on the
 * Champ de Mars began").  A person's name takes no article; one that
 * opens with a given name or a title ("the Duke of Alba") is a person's
 * all the same, and one word alone may be an acronym read as a person. */
#include "extract_internal.h"

#include <string.h>

bool extract_place_read_as_person(const evg_extraction *x, const char *text,
                                  size_t from, size_t name_start,
                                  size_t name_end, const char *kind) {
  static const char *const places[] = {
      "on",     "in",    "at",      "near",    "beneath", "under",  "across",
      "over",   "along", "through", "into",    "onto",    "behind", "beyond",
      "around", "off",   "inside",  "outside", "below",   "above",  NULL};
  if (strcmp(kind, "person") != 0)
    return false;
  size_t b, l = extract_word_just_before(text, from, name_start, &b);
  if (!l || !equals_ci(text + b, l, "the"))
    return false;
  l = extract_word_just_before(text, from, b, &b);
  if (!l || !ascii_is_lower((unsigned char)text[b]) ||
      !extract_word_in(text + b, l, places))
    return false;
  /* two words or more: one word alone after "the" is as often a body's
   * acronym read as a person ("Chiang turned on the CPC") */
  size_t first = name_start;
  while (first < name_end && text[first] != ' ')
    first++;
  size_t index;
  return first < name_end &&
         !extract_gazetteer_lists(x, text + name_start, first - name_start,
                                  GAZ_GIVEN, &index) &&
         !extract_gazetteer_lists(x, text + name_start, first - name_start,
                                  GAZ_TITLE, &index);
}
