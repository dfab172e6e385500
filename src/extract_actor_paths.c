/* extract_actor_paths.c: the way each actor of a proposed event came to it
 * (the name's place in the event's part, or the doer or pronoun it was
 * taken through), recorded when the actors are attached so that a
 * developer can count which ways are right against the gold
 * (tests/actor_paths.c and tests/actor_paths.py print the table; nothing
 * of it reaches the output). */
#include "extract_internal.h"

/* The prepositions a path is named after; their index follows
 * ACTOR_PATH_PREPOSITION. */
static const char *const prepositions[] = {
    "of",     "in",      "at",        "to",     "from",    "with",    "by",
    "for",    "against", "on",        "into",   "over",    "between", "among",
    "under",  "after",   "before",    "during", "through", "toward",  "towards",
    "across", "near",    "without",   "within", "upon",    "about",   "as",
    "like",   "than",    "including", "via",    "behind",  "beyond",  "around",
    "onto",   "amid",    "despite",   "since",  "until",   "off",     "per",
    NULL};

static const char *const path_names[] = {
    [ACTOR_PATH_NONE] = "none",
    [ACTOR_PATH_SUBJECT] = "subject",
    [ACTOR_PATH_OBJECT] = "object",
    [ACTOR_PATH_POSSESSIVE] = "possessive",
    [ACTOR_PATH_COMMA] = "object-after-comma",
    [ACTOR_PATH_AND] = "object-after-and-or",
    [ACTOR_PATH_SUBJECT_COMMA] = "subject-after-comma",
    [ACTOR_PATH_SUBJECT_AND] = "subject-after-and-or",
    [ACTOR_PATH_BRACKET] = "in-brackets",
    [ACTOR_PATH_HE_SHE] = "he-she",
    [ACTOR_PATH_ANTECEDENT] = "which-who",
    [ACTOR_PATH_INHERITED] = "inherited-doer",
    [ACTOR_PATH_SENTENCE_FIRST] = "inherited-first-name",
    [ACTOR_PATH_HIM_HER] = "him-her",
    [ACTOR_PATH_THEM] = "them",
    [ACTOR_PATH_VESSEL] = "the-vessel",
};

const char *extract_actor_path_name(unsigned char path) {
  if (path >= ACTOR_PATH_PREPOSITION) {
    size_t i = path - ACTOR_PATH_PREPOSITION;
    return i < sizeof prepositions / sizeof *prepositions - 1 ? prepositions[i]
                                                              : "none";
  }
  return path < sizeof path_names / sizeof *path_names && path_names[path]
             ? path_names[path]
             : "none";
}

/* Where the word before the name at `name_start` ends, past a determiner
 * and an opening quote: "the" of "the Acme board" is passed over. */
static size_t before_determiner(const char *text, size_t from,
                                size_t name_start) {
  static const char *const determiners[] = {"the", "a",     "an",  "his", "her",
                                            "its", "their", "our", "my",  NULL};
  size_t at = name_start, word_start, word_end;
  for (int step = 0; step < 2; step++) {
    while (at > from && (text[at - 1] == ' ' || text[at - 1] == '"'))
      at--;
    extract_letters_before(text, from, at, &word_start, &word_end);
    if (word_end > word_start &&
        extract_word_in(text + word_start, word_end - word_start, determiners))
      at = word_start;
    else
      break;
  }
  return at;
}

/* The preposition's path when the word that ends at `at` is one, else
 * ACTOR_PATH_NONE. */
static unsigned char preposition_at(const char *text, size_t from, size_t at) {
  size_t word_start, word_end;
  extract_letters_before(text, from, at, &word_start, &word_end);
  size_t len = word_end - word_start;
  for (size_t i = 0; len > 0 && prepositions[i]; i++)
    if (equals_ci(text + word_start, len, prepositions[i]))
      return (unsigned char)(ACTOR_PATH_PREPOSITION + i);
  return ACTOR_PATH_NONE;
}

static bool possessive_at(const char *text, size_t name_end, size_t to) {
  return name_end < to && (text[name_end] == '\'' ||
                           (name_end + 3 <= to &&
                            memcmp(text + name_end, "\xe2\x80\x99", 3) == 0));
}

unsigned char extract_actor_path(const char *text, size_t from,
                                 size_t name_start, size_t name_end,
                                 size_t to) {
  /* "Acme's board", "the Smiths' lawyer" */
  if (possessive_at(text, name_end, to))
    return ACTOR_PATH_POSSESSIVE;
  size_t at = before_determiner(text, from, name_start), word_start, word_end;
  if (at > from && text[at - 1] == '(')
    return ACTOR_PATH_BRACKET;
  /* whether a verb comes before the name, read only for the ways that
   * tell subject from object (a scan of the part up to the name) */
  if (at > from && text[at - 1] == ',')
    return extract_has_verb(text, from, name_start) ? ACTOR_PATH_COMMA
                                                    : ACTOR_PATH_SUBJECT_COMMA;
  extract_letters_before(text, from, at, &word_start, &word_end);
  size_t len = word_end - word_start;
  if (len > 0) {
    static const char *const joins[] = {"and", "or", NULL};
    if (extract_word_in(text + word_start, len, joins))
      return extract_has_verb(text, from, name_start) ? ACTOR_PATH_AND
                                                      : ACTOR_PATH_SUBJECT_AND;
    unsigned char preposition = preposition_at(text, from, at);
    if (preposition != ACTOR_PATH_NONE)
      return preposition;
  }
  return extract_has_verb(text, from, name_start) ? ACTOR_PATH_OBJECT
                                                  : ACTOR_PATH_SUBJECT;
}

unsigned char extract_preposition_path(const char *text, size_t from,
                                       size_t name_start, size_t name_end,
                                       size_t to) {
  if (possessive_at(text, name_end, to))
    return ACTOR_PATH_NONE;
  return preposition_at(text, from, before_determiner(text, from, name_start));
}

/* The word before the preposition that comes before the name at
 * `name_start`, past a determiner or a capitalised word of the name's
 * phrase ("the city of the X"): *b, *e; false when none is read. */
static bool word_before_preposition(const char *text, size_t from,
                                    size_t name_start, const char *prep,
                                    size_t *b, size_t *e) {
  size_t at = name_start;
  for (int step = 0; step < 3; step++) {
    extract_letters_before(text, from, at, b, e);
    if (*e == *b)
      return false;
    if (equals_ci(text + *b, *e - *b, prep)) {
      extract_letters_before(text, from, *b, b, e);
      return *e > *b;
    }
    at = *b;
  }
  return false;
}

/* Nouns before "of" that the name after it stands in the place of, as
 * extract_place_roles.c's of_noun reads them: "the city of X" is X, "his
 * army of X" X's people, "the wreck of X" the craft X. */
static bool noun_standing_for_name(const char *w, size_t len) {
  static const char *const own[] = {"wreck", "remains", "hull",
                                    "band",  "group",   NULL};
  return extract_named_place_noun(w, len) || extract_body_noun(w, len) ||
         extract_word_in(w, len, own);
}

/* The admission policy (actors43): which ways let a name become an actor
 * when nothing else says it can act.  Judged on the fifteen held-out sets
 * as each was first scored (tests/dev/evidence_classes.py --first-sight,
 * README "actors43"): a name whose kind is "other" (no person, body or
 * state: a place, a craft, a thing) after a preposition of place, time or
 * part was right 0 times in 8, in 6 sets ("landed on X", "the villages
 * behind X", "thousands of X"), against 2 in 2 after one that marks a
 * participant ("a treaty with X", "handed the command to X").  Such a
 * name is not admitted by that way; any kind that can act, every other
 * way, "from" and "upon" (a source or an appeal: "reinforcements from
 * X", "called upon X") and "the city of X", "the wreck of X" (X in the
 * noun's place: noun_standing_for_name) stay. */
bool extract_path_admits(const char *text, size_t from, size_t name_start,
                         unsigned char path, const char *kind) {
  if (path < ACTOR_PATH_PREPOSITION || strcmp(kind, "other") != 0)
    return true;
  static const char *const circumstance[] = {
      "of",      "in",     "at",     "on",     "into",    "onto",   "near",
      "over",    "behind", "beyond", "across", "through", "around", "within",
      "off",     "after",  "before", "during", "since",   "until",  "toward",
      "towards", "via",    "amid",   "about",  NULL};
  const char *name = extract_actor_path_name(path);
  size_t b, e;
  for (size_t i = 0; circumstance[i]; i++)
    if (strcmp(name, circumstance[i]) == 0)
      return i == 0 &&
             word_before_preposition(text, from, name_start, name, &b, &e) &&
             noun_standing_for_name(text + b, e - b);
  return true;
}

/* "crossed western Cuba", "a drone over southern Lebanon", "a warning
 * for inner Finnmark": a compass word or a word of part in lower case
 * before a country's or a place's name makes a region of it, which no
 * state governs as such: the name is where, not who.  Capitalised, the
 * word is the name's own ("Western Australia", "Upper Volta"); a people
 * or a body ("the western Allies") is no such kind. */
bool extract_region_of_name(const char *text, size_t from, size_t name_start,
                            const char *kind) {
  static const char *const words[] = {"northern",      "southern",
                                      "eastern",       "western",
                                      "central",       "northeastern",
                                      "northwestern",  "southeastern",
                                      "southwestern",  "north-eastern",
                                      "north-western", "south-eastern",
                                      "south-western", "inner",
                                      "outer",         "upper",
                                      "lower",         "north",
                                      "south",         "east",
                                      "west",          "northeast",
                                      "northwest",     "southeast",
                                      "southwest",     NULL};
  if (strcmp(kind, "country") != 0 && strcmp(kind, "government") != 0 &&
      strcmp(kind, "other") != 0)
    return false;
  size_t b, l = extract_word_just_before(text, from, name_start, &b);
  return l && ascii_is_lower((unsigned char)text[b]) &&
         extract_word_in(text + b, l, words);
}
