/* extract_bare_subjects.c: the words that tell whether a clause opened by
 * a bare plural ("after inspectors found", "and officers searched the
 * flat") has a subject of its own: the plural's form, and whether its verb
 * goes on with a particle.  Read by the clause splitter
 * (extract_happenings.c); each reads a word or two. */
#include "extract_internal.h"

#include <string.h>

bool extract_bare_plural(const char *s, size_t w, size_t e) {
  /* not a singular's or an adverb's -s ("loss", "thus", "crisis"), a
   * reflexive ("themselves") nor "afterwards" */
  static const char *const ends[] = {"ss", "us", "is", "selves", "wards", NULL};
  for (const char *const *x = ends; *x; x++) {
    size_t n = strlen(*x);
    if (e - w >= n && memcmp(s + e - n, *x, n) == 0)
      return false;
  }
  return e >= w + 4 && ascii_is_lower((unsigned char)s[w]) && s[e - 1] == 's' &&
         !extract_verb_form(s + w, e - w);
}

bool extract_particle_follows(const char *s, size_t e, size_t to) {
  static const char *const particles[] = {"off",  "up",   "out",  "down",
                                          "back", "away", "over", NULL};
  if (e >= to || s[e] != ' ')
    return false;
  size_t ne = extract_letters_end(s, e + 1, to);
  return extract_word_in(s + e + 1, ne - e - 1, particles);
}
