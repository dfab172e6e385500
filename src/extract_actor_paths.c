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

unsigned char extract_actor_path(const char *text, size_t from,
                                 size_t name_start, size_t name_end,
                                 size_t to) {
  /* "Acme's board", "the Smiths' lawyer" */
  if (name_end < to &&
      (text[name_end] == '\'' ||
       (name_end + 3 <= to && memcmp(text + name_end, "\xe2\x80\x99", 3) == 0)))
    return ACTOR_PATH_POSSESSIVE;
  static const char *const determiners[] = {"the", "a",     "an",  "his", "her",
                                            "its", "their", "our", "my",  NULL};
  size_t at = name_start, word_start, word_end;
  /* the word before, past a determiner and an opening quote */
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
    for (size_t i = 0; prepositions[i]; i++)
      if (equals_ci(text + word_start, len, prepositions[i]))
        return (unsigned char)(ACTOR_PATH_PREPOSITION + i);
  }
  return extract_has_verb(text, from, name_start) ? ACTOR_PATH_OBJECT
                                                  : ACTOR_PATH_SUBJECT;
}
