/* extract_thing_list.c: the attach stage's reading of an unknown name
 * (kind other) joined by "and" to a thing's common noun ("tested for
 * hepatitis and HIV", "the age of the earth, Jonah and the whale"): an
 * item of a list of things is a thing, no participant.  A noun of people
 * ("Ngata and the crew", "Ole and his wife", "Ekwueme and others") or
 * of a body keeps the name, and so does a plural ("Iwu and the Igbo
 * traders"), which names people as often as things. */
#include "extract_internal.h"

/* Nouns of a group of people a person is listed with. */
static bool people_noun(const char *w, size_t len) {
  static const char *const words[] = {
      "crew",   "team",  "family", "police",   "staff",   "army",  "navy",
      "others", "party", "group",  "band",     "company", "guard", "court",
      "people", "men",   "women",  "children", NULL};
  return extract_word_in(w, len, words) || extract_actor_noun(w, len) ||
         extract_kin_noun(w, len) || extract_people_word(w, len);
}

/* Whether s[w, w + len) is a thing's singular common noun: lower-case, no
 * verb form, no noun of people, no plural (an -s, but "-is", "-ss",
 * "-us": "hepatitis", "grass", "virus"). */
static bool thing_noun(const char *s, size_t w, size_t len) {
  /* determiners, and pronouns listed with a name ("she and Okoro") */
  static const char *const determiners[] = {
      "the", "a",    "an",   "his", "her", "its",  "their", "she",
      "him", "they", "them", "you", "who", "whom", NULL};
  /* a whole word: "Kaiserschützen and X" is no "tzen and X" */
  if (len < 3 || (w > 0 && (unsigned char)s[w - 1] >= 0x80) ||
      !ascii_is_lower((unsigned char)s[w]) ||
      extract_word_in(s + w, len, determiners) ||
      extract_verb_form(s + w, len) || people_noun(s + w, len))
    return false;
  const char *e = s + w + len;
  return e[-1] != 's' || e[-2] == 'i' || e[-2] == 's' || e[-2] == 'u';
}

bool extract_thing_list(const char *s, size_t from, size_t name_start,
                        size_t name_end, size_t to, const char *kind) {
  if (strcmp(kind, "other") != 0)
    return false;
  /* "hepatitis and | HIV" */
  if (name_start >= from + 5 && memcmp(s + name_start - 5, " and ", 5) == 0) {
    size_t wb, wl = extract_word_before(s, from, name_start - 5, &wb);
    if (wl && wb + wl == name_start - 5 && thing_noun(s, wb, wl))
      return true;
  }
  /* "Jonah | and the whale" */
  if (name_end + 5 < to && memcmp(s + name_end, " and ", 5) == 0) {
    size_t wb, wl = extract_word_after(s, name_end + 5, to, &wb);
    static const char *const determiners[] = {"the", "a", "an", NULL};
    if (wl && extract_word_in(s + wb, wl, determiners))
      wl = extract_word_after(s, wb + wl, to, &wb);
    size_t after = wb + wl;
    /* the noun ends the item: a comma, a stop or the part's end */
    if (wl &&
        (after >= to || s[after] == ',' || s[after] == '.' ||
         s[after] == ';') &&
        thing_noun(s, wb, wl))
      return true;
  }
  return false;
}
