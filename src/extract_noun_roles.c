/* extract_noun_roles.c: names that belong to a common noun's phrase, not
 * to the clause around it: the agent of a participle that describes a
 * noun, with an article and descriptive words between ("a panel consulted
 * by the Holy Office", "a yacht entered by the Dorset club X"), and the
 * body or person one holds an office of ("the secretary of X").  The
 * rest of a name's role is extract_roles.c's, which calls these.  Each
 * look reads a few words before the name, so the whole stays linear. */
#include "extract_internal.h"

#include <string.h>

/* How many words may describe the name between its article and it ("the
 * Dorset club X": two). */
#define DESCRIBING_WORDS 3

/* Whether the word s[b, b + len) may describe a name after its article:
 * a capitalised word ("the Southampton team X") or a lower-case noun
 * ("the statesman X"), no verb form or function word, which would open
 * a clause of its own. */
static bool describing_word(const char *s, size_t b, size_t len) {
  if (!len)
    return false;
  if (ascii_upper((unsigned char)s[b]))
    return true;
  return len > 2 && !extract_verb_form(s + b, len) &&
         !extract_function_word_after(s + b, len) &&
         !extract_reporting_verb(s + b, len);
}

/* Whether the lower-case noun s[b, b + len) names a deed ("the strike
 * executed by the Air Force destroyed ..."): its agent is the deed's
 * doer, and so the clause's. */
static bool deed_noun(const char *s, size_t b, size_t len) {
  return extract_happening_noun(s + b, len) ||
         extract_word_in(s + b, len,
                         (const char *const[]){"strike", "strikes", "campaign",
                                               "campaigns", "attacks", "raids",
                                               "offensive", NULL});
}

bool extract_agent_of_described_noun(word_chain *before) {
  const char *s = before->s;
  for (unsigned k = 0; k <= DESCRIBING_WORDS; k++) {
    chain_word w = chain_at(before, k);
    if (extract_word_in(s + w.start, w.len,
                        (const char *const[]){"the", "a", "an", NULL})) {
      /* "by", the participle, then the noun it describes */
      chain_word noun = chain_at(before, k + 3);
      return extract_participle_of_noun_at(before, k + 1) &&
             !deed_noun(s, noun.start, noun.len);
    }
    if (!describing_word(s, w.start, w.len))
      return false;
  }
  return false;
}

/* Whether the lower-case noun s[b, b + len) names one person by an office
 * or a tie that a body, place or person gives ("the secretary of", "the
 * patriarch of", "the son of"): that person, not the one after "of",
 * takes part.  Plurals stay out: "Experts of the Royal Institute examined"
 * stand for the body. */
static bool office_noun(const char *s, size_t b, size_t len) {
  static const char *const words[] = {
      "secretary",  "patriarch",   "president", "chairman", "chairwoman",
      "chair",      "head",        "member",    "envoy",    "chief",
      "director",   "mayor",       "governor",  "king",     "queen",
      "sultan",     "emperor",     "leader",    "minister", "ambassador",
      "commander",  "owner",       "founder",   "bishop",   "archbishop",
      "chancellor", "treasurer",   "editor",    "manager",  "clerk",
      "spokesman",  "spokeswoman", "son",       "daughter", "wife",
      "widow",      "husband",     "brother",   "sister",   "heir",
      "deputy",     "captain",     "coach",     "abbot",    "prior",
      "regent",     "dean",        "rector",    "provost",  "superintendent",
      NULL};
  EXTRACT_WORD_SET(set, words, false);
  if (!len || !ascii_is_lower((unsigned char)s[b]))
    return false;
  /* "governor-general", "vice-president": the office is the last part */
  size_t from = b;
  for (size_t i = b; i < b + len; i++)
    if (s[i] == '-')
      from = i + 1;
  return extract_word_set_has(&set, s + from, b + len - from);
}

bool extract_holder_of_office_before(word_chain *before) {
  const char *s = before->s;
  chain_word w = chain_at(before, 0);
  unsigned k = equals_ci(s + w.start, w.len, "the") ? 1 : 0;
  chain_word of = chain_at(before, k);
  if (!equals_ci(s + of.start, of.len, "of"))
    return false;
  chain_word noun = chain_at(before, k + 1);
  return office_noun(s, noun.start, noun.len);
}
