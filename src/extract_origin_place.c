/* extract_origin_place.c: the attach stage's reading of "from" between a
 * noun of people and a name.  "A physiotherapist from Dún Laoghaire",
 * "firemen from the station and from Pripyat": the name says where the people
 * come from, a place of origin that takes no part in what they do (the gold's
 * rule for appositions; 0 right of 2 in the union).  A body or a unit keeps its
 * part ("volunteers from the Norwegian Red Cross", "soldiers from Task Force
 * 20"), and "from" after any other word is a source or a giver
 * ("bought Louisiana from France", "a doctorate from Oxford"). */
#include "extract_internal.h"

/* A lower-case noun of people, singular or plural: "-man"/"-men"
 * (firemen, a fisherman), "-ist" and "-ian" (a physiotherapist, a
 * technician), or one of a few others that name people by what they do or
 * where they live.  Not every "-er": "an order from", "a letter from". */
static bool people_noun(const char *w, size_t len) {
  if (len < 3 || len > 31)
    return false;
  char low[32]; /* a sentence's first word, "Firemen from X", in lower case */
  for (size_t i = 0; i < len; i++)
    low[i] = (char)ascii_lower((unsigned char)w[i]);
  w = low;
  static const char *const people[] = {
      "man",        "men",      "woman",     "women",      "people",
      "worker",     "workers",  "volunteer", "volunteers", "officer",
      "officers",   "soldier",  "soldiers",  "sailor",     "sailors",
      "farmer",     "farmers",  "resident",  "residents",  "student",
      "students",   "doctor",   "doctors",   "nurse",      "nurses",
      "driver",     "drivers",  "teacher",   "teachers",   "engineer",
      "engineers",  "native",   "natives",   "family",     "families",
      "boy",        "boys",     "girl",      "girls",      "pilgrim",
      "pilgrims",   "refugee",  "refugees",  "migrant",    "migrants",
      "settler",    "settlers", "passenger", "passengers", "traveller",
      "travellers", "lawyer",   "lawyers",   "rescuer",    "rescuers",
      NULL};
  if (extract_word_in(w, len, people) || extract_kin_noun(w, len))
    return true;
  size_t n = w[len - 1] == 's' ? len - 1 : len; /* one plural "s" off */
  if (n >= 5 && ((w[n - 3] == 'i' && w[n - 2] == 's' && w[n - 1] == 't') ||
                 (w[n - 3] == 'i' && w[n - 2] == 'a' && w[n - 1] == 'n')))
    return true;
  return len >= 5 && (memcmp(w + len - 3, "man", 3) == 0 ||
                      memcmp(w + len - 3, "men", 3) == 0);
}

bool extract_place_of_origin(const char *text, size_t from, size_t name_start,
                             const char *kind) {
  /* a place read as a state or a town's government, or a name of
   * unknown kind that a person's noun before made a person; a body, a
   * people, a unit of kind "other" ("soldiers from Task Force 20") and
   * the rest keep their part */
  static const char *const places[] = {"country", "government", "person", NULL};
  if (!extract_word_in(kind, strlen(kind), places))
    return false;
  size_t b, l = extract_word_just_before(text, from, name_start, &b);
  if (l && equals_ci(text + b, l, "the"))
    l = extract_word_just_before(text, from, b, &b);
  if (!l || !equals_ci(text + b, l, "from"))
    return false;
  l = extract_word_just_before(text, from, b, &b);
  /* "from the station and from Pripyat": back to the first "from" */
  if (l && equals_ci(text + b, l, "and")) {
    bool found = false;
    for (int n = 0; n < 5 && !found; n++) {
      l = extract_word_just_before(text, from, b, &b);
      if (!l)
        return false;
      found = equals_ci(text + b, l, "from");
    }
    if (!found)
      return false;
    l = extract_word_just_before(text, from, b, &b);
  }
  /* in capitals only as a sentence's first word ("Truman from Missouri"
   * is a name) */
  size_t p = b;
  while (p > from && text[p - 1] == ' ')
    p--;
  bool first = p == from || strchr(".!?\"", text[p - 1]) != NULL;
  if (!l || !(first || ascii_is_lower((unsigned char)text[b])) ||
      !people_noun(text + b, l))
    return false;
  /* a name of unknown kind made a person is a place only in an
   * apposition's "a teacher from X": after "volunteers from" it is as
   * often a body whose name was cut ("Wilderness Search and Rescue") */
  if (strcmp(kind, "person") != 0)
    return true;
  size_t ab, al = extract_word_just_before(text, from, b, &ab);
  return al &&
         (equals_ci(text + ab, al, "a") || equals_ci(text + ab, al, "an"));
}
