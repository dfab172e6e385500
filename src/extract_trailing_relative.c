/* extract_trailing_relative.c: the attach stage's reading of a relative
 * clause set off by a comma after the part's verb ("declared a water
 * emergency on Friday, which lets NamWater buy pumps", "set up a
 * commission, whose inspectors, among them Frances Perkins, visited ...",
 * "at Dominguez Field in January 1910, where Louis Paulhan set a
 * record"): it tells more of a noun of the part, and its names act in it,
 * not in the part's happening.  The clause that holds the part's date is
 * the part's own ("an ice patrol, which the Coast Guard took over in
 * 1915"), and one that closes before the name, a comma and a verb after
 * it, gives the main clause back ("met Smith, who was ill, and signed a
 * treaty with Rome"). */
#include "extract_internal.h"

/* How far back from a name the look for the relative goes. */
#define WINDOW_BACK 300

/* Whether a lower-case verb form stands in s[from, to). */
static bool verb_in(const char *s, size_t from, size_t to) {
  for (size_t i = from; i < to;) {
    size_t w;
    size_t len = extract_word_after(s, i, to, &w);
    if (!len) {
      i = w + 1;
      continue;
    }
    if (ascii_is_lower((unsigned char)s[w]) && extract_verb_form(s + w, len))
      return true;
    i = w + len;
  }
  return false;
}

bool extract_trailing_relative(const char *s, size_t from, size_t name_start,
                               size_t to, size_t date_start) {
  static const char *const relatives[] = {"which", "who", "whose", "where",
                                          NULL};
  size_t lo = name_start > from + WINDOW_BACK ? name_start - WINDOW_BACK : from;
  /* the last ", which" (", who", ", whose", ", where") before the name */
  size_t rel = 0, rel_end = 0;
  /* e: the end of each comma, found eight bytes at a step (a byte at a
   * time, 1.6 M instructions on the bench's 790 kB block) */
  for (size_t e = name_start > lo + 1 ? name_start - 1 : lo;
       e > lo && (e = evg_mark_before(s, lo, e, ',', ',')) > lo; e--) {
    size_t c = e + 1;
    if (s[c - 1] != ' ')
      continue;
    size_t w, len = extract_word_just_after(s, c - 1, name_start, &w);
    if (len && ascii_is_lower((unsigned char)s[w]) &&
        extract_word_in(s + w, len, relatives)) {
      rel = c - 2, rel_end = w + len;
      break;
    }
  }
  if (!rel_end || !verb_in(s, from, rel))
    return false;
  /* the part's date in the clause: the clause is the happening told */
  if (date_start != (size_t)-1 && date_start >= rel && date_start < to)
    return false;
  /* a comma and a verb between it and the name: the clause closed; so
   * does a semicolon or a sentence's end (a part may run on past it) */
  for (size_t c = rel_end; c + 2 < name_start; c++) {
    if (s[c] == ';' || (s[c] == '.' && s[c + 1] == ' ' &&
                        ascii_is_lower((unsigned char)s[c - 1])))
      return false;
    if (s[c] == ',' && s[c + 1] == ' ') {
      size_t w, len = extract_word_just_after(s, c + 1, name_start, &w);
      if (len && ascii_is_lower((unsigned char)s[w]) &&
          extract_verb_form(s + w, len))
        return false;
    }
  }
  return true;
}
