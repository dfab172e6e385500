/* extract_office_modifier.c: a name that only says whose an office is,
 * standing before the office's lower-case noun and its holder's name
 * ("West Yorkshire mayor Tracy Brabin", "Lower Austria police chief
 * Franz Popp"): the holder acts; the place or body names the office, as
 * an adjective would.  A one-word name opening a sentence is no name to
 * begin with; a longer one was an actor of its own.  The look is a few
 * words after the name, so it stays linear in the text. */
#include "extract_internal.h"

#include <string.h>

/* Nouns of an office one person holds; the last of the words between
 * the two names. */
static bool office_word(const char *w, size_t len) {
  static const char *const words[] = {
      "mayor",           "governor",   "premier",     "minister",
      "president",       "chief",      "leader",      "secretary",
      "chairman",        "chairwoman", "chair",       "commissioner",
      "senator",         "spokesman",  "spokeswoman", "spokesperson",
      "prosecutor",      "director",   "head",        "superintendent",
      "councillor",      "councilor",  "commander",   "ombudsman",
      "coroner",         "sheriff",    "treasurer",   "chancellor",
      "president-elect", NULL};
  EXTRACT_WORD_SET(set, words, false);
  return extract_word_set_has(&set, w, len);
}

bool extract_office_modifier(name_words *w) {
  const char *s = w->s;
  if (w->run_end != w->name_end)
    return false; /* "X's mayor Y": the possessive's own rules */
  size_t pos = w->name_end;
  for (int n = 0; n < 3; n++) {
    size_t b, l = extract_word_just_after(s, pos, w->end, &b);
    /* "Madero and vice president Pino Suárez": two people, joined */
    if (!l || !ascii_is_lower((unsigned char)s[b]) ||
        extract_verb_form(s + b, l) || extract_function_word_after(s + b, l) ||
        extract_word_in(s + b, l,
                        (const char *const[]){"and", "or", "but", "nor", "with",
                                              "as", "than", NULL}))
      return false;
    pos = b + l;
    if (!office_word(s + b, l))
      continue;
    /* the holder's name right after the office's noun */
    size_t hb, hl = extract_word_just_after(s, pos, w->end, &hb);
    return hl && ascii_upper((unsigned char)s[hb]);
  }
  return false;
}
