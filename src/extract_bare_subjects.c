/* extract_bare_subjects.c: the words that tell whether a clause opened by
 * a noun with no determiner ("after inspectors found", "and officers
 * searched the flat", "when sand began") has a subject of its own: the
 * noun's form, the determiners it lacks, and whether its verb goes on with
 * a particle.  Read by the clause splitter (extract_happenings.c), and by
 * the actors stage for the noun a "they" stands for (extract_attach.c);
 * each reads a word or two. */
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

bool extract_noun_phrase_opener(const char *w, size_t len) {
  static const char *const words[] = {
      "the",  "a",    "an",    "its",   "his",  "her",     "their",
      "our",  "this", "these", "those", "each", "every",   "several",
      "many", "some", "both",  "all",   "most", "another", NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

bool extract_bare_subject_at(const char *s, size_t q, size_t to) {
  static const char *const pronouns[] = {"he", "she", "it", "they", "we", NULL};
  static const char *const be[] = {"was", "were", NULL};
  while (q < to && s[q] == ' ')
    q++;
  size_t e = extract_letters_end(s, q, to);
  if (e == q || e >= to || s[e] != ' ' ||
      !ascii_is_lower((unsigned char)s[q]) ||
      extract_noun_phrase_opener(s + q, e - q) ||
      extract_word_in(s + q, e - q, pronouns) ||
      extract_verb_form(s + q, e - q))
    return false;
  size_t v = e + 1, ve = extract_letters_end(s, v, to);
  return ve > v && extract_past_happening_at(s, v, ve, to) &&
         !extract_word_in(s + v, ve - v, be);
}

bool extract_plural_common_noun(const char *s, size_t w, size_t e) {
  /* "Years later", "Hours after the vote": a stretch, no subject */
  static const char *const times[] = {"minutes",   "hours",  "days",  "nights",
                                      "weeks",     "months", "years", "decades",
                                      "centuries", NULL};
  char low[32];
  if (e <= w || e - w >= sizeof low || !ascii_alpha((unsigned char)s[w]))
    return false;
  for (size_t i = w; i < e; i++)
    low[i - w] = (char)ascii_lower((unsigned char)s[i]);
  size_t n = e - w;
  /* "Perhaps, Watson and Crick met": an adverb in -s heads nothing */
  static const char *const adverbs[] = {"perhaps", "sometimes", "always",
                                        "besides", "nowadays",  "whereas",
                                        "towards", NULL};
  if (extract_word_in(low, n, times) || extract_word_in(low, n, adverbs))
    return false;
  return (n >= 5 && memcmp(low + n - 3, "men", 3) == 0) ||
         extract_bare_plural(low, 0, n);
}
