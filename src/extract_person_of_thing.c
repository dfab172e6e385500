/* extract_person_of_thing.c: the attach stage's reading of a person named
 * after "of" and a noun of a thing that person owns, shows or keeps
 * ("lifted Leonardo's portrait of Lisa Gherardini", "moved his horses to
 * the stable of Danny Cheung", "handed a letter to a servant of William
 * Parker", "the feast of Corpus Christi"): the name says whose or which
 * thing, no participant of the clause's happening.  paths42 measured the
 * way at first sight: 0 right of 7 in five sets.  A happening's "of" is
 * the one it happens to ("the arrest of X", "the death of X"), and the
 * command, the government or the help of X is X acting: those keep their
 * part, as do a body's members and people ("the men of X"), a place
 * ("the town of X") and the nouns other rules read (an office, a kin). */
#include "extract_internal.h"

#include <string.h>

/* Nouns of a person's leading, acting or giving, whose "of" names the
 * one who does it or whose people act: "under the command of Otto
 * Sverdrup", "the government of Lord Aberdeen fell", "with the help of
 * X", "the rebels of X stormed". */
static bool acting_through_noun(const char *w, size_t len) {
  static const char *const words[] = {
      "command",    "commands",  "government", "leadership", "orders",
      "order",      "rule",      "reign",      "forces",     "army",
      "armies",     "troops",    "men",        "party",      "support",
      "help",       "aid",       "advice",     "approval",   "consent",
      "permission", "backing",   "request",    "behalf",     "side",
      "team",       "crew",      "guidance",   "direction",  "instructions",
      "authority",  "care",      "charge",     "hands",      "presence",
      "control",    "custody",   "relief",     "surrender",  "protection",
      "service",    "rebels",    "followers",  "supporters", "soldiers",
      "sailors",    "knights",   "guards",     "allies",     "partisans",
      "loyalists",  "retainers", "officers",   "agents",     "envoys",
      "delegates",  "warriors",  "household",  NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

static bool of_thing_before(const char *text, size_t from, size_t name_start) {
  size_t b, l = extract_word_just_before(text, from, name_start, &b);
  /* over a title the name leaves out ("the fate of Colonel Vance") */
  if (l && ascii_upper((unsigned char)text[b]))
    l = extract_word_just_before(text, from, b, &b);
  if (!l || !equals_ci(text + b, l, "of"))
    return false;
  size_t nb, nl = extract_word_just_before(text, from, b, &nb);
  /* a whole lower-case word of ASCII letters, no verb ("consisting of"),
   * no function word ("one of") */
  if (nl < 3 || nb <= from || text[nb - 1] != ' ' ||
      !ascii_is_lower((unsigned char)text[nb]) ||
      extract_verb_form(text + nb, nl) ||
      extract_function_word_after(text + nb, nl))
    return false;
  /* a noun phrase: a determiner or a possessive before the noun, one
   * describing word between allowed ("Leonardo's portrait of", "a
   * servant of", "the old stable of"); not "approve of", "hundreds of" */
  size_t db, dl = extract_word_just_before(text, from, nb, &db);
  static const char *const determiners[] = {
      "the",  "a",    "an", "his", "her",  "its", "their",
      "this", "that", "my", "our", "your", NULL};
  bool possessive =
      nb >= from + 3 && text[nb - 2] == 's' &&
      (text[nb - 3] == '\'' || (unsigned char)text[nb - 3] == 0x99);
  if (!possessive && dl && ascii_is_lower((unsigned char)text[db]) &&
      !extract_word_in(text + db, dl, determiners))
    dl = extract_word_just_before(text, from, db, &db);
  if (!possessive && !(dl && extract_word_in(text + db, dl, determiners)))
    return false;
  const char *w = text + nb;
  size_t one = w[nl - 1] == 's' ? nl - 1 : nl;
  return !extract_happening_noun(w, nl) && !extract_part_noun(w, nl) &&
         !extract_body_noun(w, nl) && !extract_body_noun(w, one) &&
         !extract_named_place_noun(w, nl) && !extract_kin_noun(w, nl) &&
         !extract_kin_noun(w, one) && !extract_agent_noun(w, one) &&
         !extract_vessel_noun(w, nl) && !acting_through_noun(w, nl);
}

bool extract_person_of_thing(const char *text, size_t from, size_t name_start,
                             const char *kind) {
  return strcmp(kind, "person") == 0 && of_thing_before(text, from, name_start);
}
