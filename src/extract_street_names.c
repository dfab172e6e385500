/* extract_street_names.c: the attach stage's reading of streets, squares
 * and stations named in other languages, which the gazetteer's English
 * words ("Street", "Square", "Station") do not mark: a name before a
 * lower-case word of a street ("under Dag Hammarskjölds väg", "Karl
 * Johans gate", "between Déli pályaudvar and ..."), one ending in such
 * a word capitalised ("Nevsky Prospekt", "Potsdamer Platz") or one word
 * ending in it ("Storgatan", "Friedrichstraße", "Alexanderplatz") is
 * where something happens, no participant (the gold's rule for places).
 * Names opened by such a word ("Rue du Rhône", "Avenida Caracas") are
 * left: dropping them cost merge pair 94 a wrong merge, the street's name
 * being all that kept two tellings of one raid apart.
 * A name joined by "and" to such a street ("between Déli pályaudvar and
 * Astoria") is the route's other end. */
#include "extract_internal.h"

#include <string.h>

/* The end of the word at s[b]: letters, bytes of UTF-8 ("väg", "tér")
 * and hyphens. */
static size_t word_end(const char *s, size_t b, size_t hi) {
  size_t e = b;
  while (e < hi &&
         (ascii_alpha_dash((unsigned char)s[e]) || (unsigned char)s[e] >= 0x80))
    e++;
  return e;
}

/* Lower-case words written after a street's, a square's or a station's
 * own name in Swedish, Norwegian, Danish, Finnish, Hungarian, German,
 * Dutch, Polish and Russian: "Dag Hammarskjölds väg", "Karl Johans
 * gate", "Andrássy út", "Örs vezér tere", "Déli pályaudvar". */
static const char *const street_words[] = {
    "väg",       "vägen", "gata",  "gatan",   "gate",       "gaten",
    "vei",       "veien", "vej",   "gade",    "torg",       "torget",
    "torv",      "katu",  "tie",   "utca",    "út",         "útja",
    "tér",       "tere",  "körút", "rakpart", "pályaudvar", "straße",
    "strasse",   "weg",   "platz", "gasse",   "allee",      "plein",
    "gracht",    "laan",  "kade",  "ulica",   "prospekt",   "pereulok",
    "ploshchad", NULL};
/* asked of the word after each name an event may take: a set, where the
 * list's walk was 0.9 M instructions on the bench's 790 kB of prose */
EXTRACT_WORD_SET(street_words_set, street_words, true);

static bool street_word(const char *w, size_t len) {
  return len && !ascii_upper((unsigned char)w[0]) &&
         extract_word_set_has(&street_words_set, w, len);
}

/* Endings of one word that names a street or a square: "Storgatan",
 * "Drottninggatan", "Friedrichstraße", "Alexanderplatz", "Leidseplein",
 * "Aleksanterinkatu", "Mannerheimintie"; their lengths in bytes set when
 * compiled (a strlen of each was 1.1 M instructions on the bench's
 * prose). */
#define ENDING(e)                                                              \
  { e, sizeof(e) - 1 }
static const struct {
  const char *text;
  size_t len;
} endings[] = {ENDING("gatan"),   ENDING("vägen"), ENDING("straße"),
               ENDING("strasse"), ENDING("platz"), ENDING("plein"),
               ENDING("gracht"),  ENDING("gasse"), ENDING("torget"),
               ENDING("inkatu"),  ENDING("intie"), ENDING("allee")};

static bool street_compound(const char *w, size_t len) {
  for (size_t i = 0; i < sizeof endings / sizeof *endings; i++) {
    size_t el = endings[i].len;
    /* a stem of three letters or more, in lower case before the ending */
    if (len >= el + 3 && memcmp(w + len - el, endings[i].text, el) == 0 &&
        !ascii_upper((unsigned char)w[len - el - 1]))
      return true;
  }
  return false;
}

/* Whether the name s[name_start, name_end) is a street's by its words or
 * the lower-case word after it. */
static bool street_named(const char *s, size_t name_start, size_t name_end,
                         size_t hi) {
  size_t first = word_end(s, name_start, name_end);
  if (first == name_end && street_compound(s + name_start, first - name_start))
    return true;
  /* "Nevsky Prospekt", "Potsdamer Platz": the word capitalised as the
   * name's last ("Tie" left out, a thing's word) */
  size_t last = name_end;
  while (last > first && s[last - 1] != ' ')
    last--;
  if (last > first &&
      extract_word_in(s + last, name_end - last,
                      (const char *const[]){"Prospekt", "Platz", "Straße",
                                            "Strasse", "Allee", "Gracht",
                                            "Plein", "Utca", "Körút", "Vej",
                                            "Gade", "Torg", "Torget", NULL}))
    return true;
  if (name_end + 1 < hi && s[name_end] == ' ') {
    size_t e = word_end(s, name_end + 1, hi);
    return street_word(s + name_end + 1, e - name_end - 1);
  }
  return false;
}

bool extract_street_name(const char *text, size_t from, size_t name_start,
                         size_t name_end, size_t to) {
  if (street_named(text, name_start, name_end, to))
    return true;
  /* "between Déli pályaudvar and Astoria": after "and", the street's
   * word, then its name, back to a capital */
  if (name_start < from + 6 || memcmp(text + name_start - 5, " and ", 5) != 0)
    return false;
  size_t e = name_start - 5, b = e;
  while (b > from && text[b - 1] != ' ')
    b--;
  if (!street_word(text + b, e - b) && !street_compound(text + b, e - b))
    return false;
  /* a verb after the name opens a clause of its own ("... gate and Oslo
   * Police arrested") */
  size_t vb, vl = extract_word_just_after(text, name_end, to, &vb);
  return !(vl && ascii_is_lower((unsigned char)text[vb]) &&
           extract_verb_form(text + vb, vl));
}
