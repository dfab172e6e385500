/* extract_apposition_verb.c: "Nordmelk, a Danish dairy group, agreed on
 * Tuesday to buy Fjellost, ending a contest that began in the autumn": a
 * past form right after a noun phrase set off by commas after a name ("a
 * Danish dairy group", the name's apposition) is that name's own verb,
 * not a participle inserted after a noun ("the transformer, installed in
 * 1987, failed on Thursday"), so the date it carries is the clause's;
 * unless a finite verb follows the phrase's closing comma ("The Vasa, a
 * Swedish warship, built in 1627, was raised in 1961": the main verb
 * comes after, and "built" is a participle after all). */
#include "extract_internal.h"

/* How far back from its closing comma the apposition is read, in bytes */
#define APPOSITION_REACH 120
/* How many words an apposition may hold */
#define APPOSITION_WORDS 10

bool extract_apposition_before(const char *s, size_t comma, size_t close,
                               size_t end) {
  size_t after = close + 1;
  while (after < end && s[after] == ' ')
    after++;
  size_t after_end = extract_letters_end(s, after, end);
  if (after_end > after && extract_verb_form(s + after, after_end - after))
    return false;
  size_t from = comma > APPOSITION_REACH ? comma - APPOSITION_REACH : 0;
  size_t open = comma;
  while (open > from && !extract_edge_before(s, open))
    open--;
  if (open == from || open < 2 || s[open - 1] != ',')
    return false;
  /* the name it follows: a capital word right before its comma */
  size_t name = extract_word_start_before(s, from, open - 1);
  if (name == open - 1 || !ascii_upper((unsigned char)s[name]))
    return false;
  static const char *const articles[] = {"a", "an", NULL};
  /* relatives and verbs make a clause of it ("a firm that was sold") */
  static const char *const relatives[] = {"who",   "which", "that",
                                          "whose", "where", NULL};
  unsigned words = 0;
  for (size_t i = open; i < comma;) {
    if (!ascii_alpha((unsigned char)s[i])) {
      i++;
      continue;
    }
    size_t e = extract_letters_end(s, i, comma);
    if (words == 0 && !extract_word_in(s + i, e - i, articles))
      return false;
    if (++words > APPOSITION_WORDS ||
        extract_word_in(s + i, e - i, relatives) ||
        (ascii_is_lower((unsigned char)s[i]) &&
         extract_verb_form(s + i, e - i)))
      return false;
    i = e;
  }
  return words >= 2;
}
