/* extract_list_kinds.c: names listed together ("Alpenhof Chocolatiers,
 * Maison Reuter and Brunig Kakao met", "Two uranium miners, Tsaurab
 * Uranium and Khan River Mining, agreed") are of one kind.  A name of two
 * or three words that no list knows is guessed a person's by its count;
 * listed with a firm its words name, and with no one known to be a
 * person, it is a firm as well: English lists things of one sort. */
#include "extract_internal.h"

#include <string.h>

/* Whether s[from, to) joins two items of a list: ", ", " and ", ", and ". */
static bool list_joint(const char *s, size_t from, size_t to) {
  size_t n = to - from;
  return (n == 2 && memcmp(s + from, ", ", 2) == 0) ||
         (n == 5 && memcmp(s + from, " and ", 5) == 0) ||
         (n == 6 && memcmp(s + from, ", and ", 6) == 0);
}

/* Whether mention m names its actor in full, as it was named first: a
 * short form ("Ludendorff" for Erich Ludendorff) says less of its kind. */
static bool full_name(const evg_extraction *x, const char *s,
                      const mention *m) {
  const char *name = x->actors[m->actor].name;
  size_t len = m->end - m->start;
  return strlen(name) == len && memcmp(name, s + m->start, len) == 0;
}

/* Whether mention m is of a firm by its own words ("Khan River Mining",
 * "Maison Reuter"), not by a guess or the words around it. */
static bool firm_by_words(evg_extraction *x, const char *s, const mention *m) {
  bool place, ship;
  const char *kind =
      extract_kind_of_words(x, s, m->start, m->end, &place, &ship);
  return kind && strcmp(kind, "company") == 0 &&
         strcmp(x->actors[m->actor].kind, "company") == 0;
}

/* Whether mention m names in full an actor that is a person by a guess
 * from its count of words: no word of its name has a kind, nor does its
 * first word open a person's name (a given name, a title). */
static bool guessed_person(evg_extraction *x, const char *s, const mention *m) {
  const evg_extracted_actor *a = &x->actors[m->actor];
  if (strcmp(a->kind, "person") != 0 || !full_name(x, s, m))
    return false;
  size_t len = strlen(a->name);
  const char *space = memchr(a->name, ' ', len);
  if (!space)
    return false;
  size_t first = (size_t)(space - a->name);
  bool place, ship;
  return !extract_kind_of_words(x, a->name, 0, len, &place, &ship) &&
         !extract_is_given_name(x, a->name, first) &&
         !extract_is_title(x, a->name, first);
}

/* Whether a plural noun and a comma announce the list that starts at
 * `at` ("Two shipping lines, X and Y"): the items are of its one sort.
 * Two names alone ("Halden Shipping and Tomas Rand signed") may be a
 * firm and a person whose given name no list knows. */
static bool plural_announces(const char *s, size_t at) {
  if (at < 4 || s[at - 1] != ' ' || s[at - 2] != ',')
    return false;
  size_t e = at - 2, b = e;
  while (b > 0 && ascii_is_lower((unsigned char)s[b - 1]))
    b--;
  return e - b >= 4 && s[e - 1] == 's' && (b == 0 || s[b - 1] == ' ');
}

void extract_share_list_kinds(evg_extraction *x, const char *s,
                              const mention *mentions, size_t count) {
  for (size_t first = 0; first < count;) {
    size_t last = first;
    while (last + 1 < count &&
           list_joint(s, mentions[last].end, mentions[last + 1].start))
      last++;
    const char *firm = NULL;
    bool others_guessed = true;
    for (size_t m = first; m <= last && last > first; m++) {
      if (firm_by_words(x, s, &mentions[m]))
        firm = "company";
      else if (strcmp(x->actors[mentions[m].actor].kind, "company") != 0 &&
               !guessed_person(x, s, &mentions[m]))
        others_guessed = false;
    }
    if (firm && others_guessed &&
        (last - first >= 2 || plural_announces(s, mentions[first].start)))
      for (size_t m = first; m <= last; m++)
        if (guessed_person(x, s, &mentions[m]))
          x->actors[mentions[m].actor].kind = firm;
    first = last + 1;
  }
}
