/* extract_pronoun_subject.c: the attach stage's reading of a clause whose
 * subject is a pronoun ("He sailed from Hull with two mates, Ole Ryg and
 * Tor Vik, and landed at Bergen"): the names after its verb are its
 * companions or objects, so a later part whose subject is left out
 * inherits the pronoun's person, never them.  The pronoun comes before
 * the clause's first verb, after an opener or none ("On June 2, 1896, he
 * filed", "In 1890 he sailed"); one inside a clause of its own ("After he
 * left, Ole Ryg took over") or joined to a name ("she and Ole Ryg
 * founded") is not the subject. */
#include "extract_internal.h"

/* How many words before the first name are read. */
#define MAX_WORDS 12

/* Whether the name at `name` is a participle's agent in its comma's
 * stretch ("He sailed up the Humber, joined by his brother Tostig"): it
 * acts with the pronoun's person.  A noun's "by" ("a copy of the novel by
 * Remi Verhaeghe") is an author's, no doer's.  Reads back to the comma,
 * at most 120 bytes. */
static bool participle_agent(const char *s, size_t from, size_t name) {
  size_t c = name;
  while (c > from && c + 120 > name && s[c - 1] != ',')
    c--;
  for (size_t i = c; i + 4 <= name; i++)
    if (s[i] == ' ' && equals_ci(s + i + 1, 2, "by") && s[i + 3] == ' ') {
      size_t wb, wl = extract_word_before(s, c, i, &wb);
      if (wl && extract_verb_form(s + wb, wl))
        return true;
    }
  return false;
}

bool extract_pronoun_subject(const char *s, size_t from, size_t to) {
  static const char *const pronouns[] = {"he", "she", "they", "we", NULL};
  /* words that open a clause of their own: a pronoun after one, before
   * its comma, is that clause's subject ("After he left, X took over") */
  static const char *const subordinators[] = {
      "after", "when",  "because", "as",       "since",   "before", "until",
      "while", "if",    "though",  "although", "once",    "whom",   "who",
      "that",  "which", "where",   "unless",   "whether", NULL};
  bool open_clause = false;
  size_t i = from;
  for (int n = 0; n < MAX_WORDS && i < to; n++) {
    while (i < to && !ascii_alpha((unsigned char)s[i])) {
      if (s[i] == ',')
        open_clause = false;
      i++;
    }
    size_t e = extract_letters_end(s, i, to);
    if (e == i)
      return false;
    /* a word's ASCII tail after a UTF-8 letter is no word of its own */
    if (i > from && (unsigned char)s[i - 1] >= 0x80) {
      i = e;
      continue;
    }
    if (extract_word_in(s + i, e - i, subordinators))
      open_clause = true;
    else if (extract_word_in(s + i, e - i, pronouns)) {
      if (open_clause)
        return false;
      size_t nb, nl = extract_word_after(s, e, to, &nb);
      return !(nl == 3 && memcmp(s + nb, "and", 3) == 0) &&
             !participle_agent(s, e, to);
    }
    /* a verb before it: the clause's subject came earlier, or none */
    else if (ascii_is_lower((unsigned char)s[i]) &&
             extract_verb_form(s + i, e - i))
      return false;
    i = e;
  }
  return false;
}
