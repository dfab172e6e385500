/* extract_noun_apposition.c: the roles stage's reading of a name that
 * stands in apposition to a common noun before it ("proposed to the
 * editor, Henri Desgrange, a race right round France").  Such a name is
 * already said to be the noun's ("the editor"), so the noun phrase after
 * its closing comma ("a race") is the verb's object, not a second
 * apposition saying the name is a happening ("the Grand Embassy, a
 * journey of 250 people" keeps that reading: no noun before it). */
#include "extract_internal.h"

bool extract_noun_apposition(const char *s, size_t start, size_t name_start) {
  if (name_start < start + 3 || s[name_start - 1] != ' ' ||
      s[name_start - 2] != ',')
    return false;
  size_t b, l = extract_word_before(s, start, name_start - 2, &b);
  if (!l || b + l + 2 != name_start || !ascii_is_lower((unsigned char)s[b]) ||
      extract_verb_form(s + b, l) || extract_function_word_after(s + b, l))
    return false;
  /* a determiner before the noun, a describing word at most between:
   * "the editor,", "its young cycling reporter," */
  static const char *const determiners[] = {"the", "a",   "an",    "its",
                                            "his", "her", "their", NULL};
  for (int n = 0; n < 3; n++) {
    size_t db, dl = extract_word_before(s, start, b, &db);
    if (!dl || db + dl + 1 != b)
      return false;
    if (extract_word_in(s + db, dl, determiners))
      return true;
    b = db;
  }
  return false;
}
