/* extract_named_subject.c: a name an aside gives the subject's noun.
 * "The ship, named Fram, was launched", "The apprentice, who fights
 * under the name Kiyohikari, collapsed": the aside that a naming word
 * opens names the noun before it, and the clause goes on with that
 * noun's verb right after the aside's comma; the one named is the
 * subject, a participant, unlike a name only given ("called it the
 * Pacific", "took the name Martin V"). */
#include "extract_internal.h"

bool extract_named_subject(const char *s, size_t name_end, size_t end) {
  if (name_end + 2 >= end || s[name_end] != ',' || s[name_end + 1] != ' ')
    return false;
  size_t b = name_end + 2, e = extract_letters_end(s, b, end);
  return e > b && ascii_is_lower((unsigned char)s[b]) &&
         extract_verb_form(s + b, e - b);
}

bool extract_naming_words_before(const char *s, size_t start,
                                 size_t name_start) {
  static const char *const verbs[] = {"called", "named", "dubbed", "nicknamed",
                                      NULL};
  size_t b, l = extract_word_just_before(s, start, name_start, &b);
  if (!l)
    return false;
  if (extract_word_in(s + b, l, verbs))
    return true;
  size_t pb, pl = extract_word_just_before(s, start, b, &pb);
  /* "known as X", "under the name X" */
  return pl && ((equals_ci(s + b, l, "as") && equals_ci(s + pb, pl, "known")) ||
                (equals_ci(s + b, l, "name") &&
                 extract_word_in(s + pb, pl,
                                 (const char *const[]){"the", "a", "his", "her",
                                                       "its", NULL})));
}
