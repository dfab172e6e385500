/* extract_noun_roles.c: names that belong to a common noun's phrase, not
 * to the clause around it: the agent of a participle that describes a
 * noun, with an article and descriptive words between ("a panel consulted
 * by the Holy Office", "a yacht entered by the Dorset club X").  The
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
