/* extract_relation_state.c: the attach stage's reading of a state named
 * after "with" and a noun of a tie between places ("border crossings with
 * Slovakia", "a mass of union with Rome", "then at war with Poland"): the
 * name says which tie the noun is, no participant of the clause's
 * happening (the gold's rule for places; 0 right of 3 in the union, in 3
 * sets).  A deal or a meeting made with a state ("signed a treaty with
 * France", "talks with Iran") has it as a party, and so does a verb's
 * "with" ("quarrelled with the Egyptian government", "went to war with
 * Spain"). */
#include "extract_internal.h"

#include <string.h>

/* Nouns of a deal, a meeting or a dealing, whose "with" names the other
 * party ("a treaty with", "talks with", "a deal with"). */
static bool dealing_noun(const char *w, size_t len) {
  static const char *const words[] = {"treaty",        "treaties",
                                      "alliance",      "alliances",
                                      "agreement",     "agreements",
                                      "deal",          "deals",
                                      "peace",         "talks",
                                      "contract",      "contracts",
                                      "truce",         "armistice",
                                      "pact",          "accord",
                                      "accords",       "ceasefire",
                                      "settlement",    "partnership",
                                      "negotiation",   "negotiations",
                                      "meeting",       "meetings",
                                      "summit",        "dispute",
                                      "disputes",      "complaint",
                                      "complaints",    "case",
                                      "cooperation",   "match",
                                      "game",          "draw",
                                      "clash",         "clashes",
                                      "arrangement",   "arrangements",
                                      "relations",     "ties",
                                      "links",         "progress",
                                      "cession",       "cessions",
                                      "rapprochement", NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

bool extract_state_of_relation(const char *text, size_t from, size_t name_start,
                               const char *kind) {
  if (strcmp(kind, "country") != 0 && strcmp(kind, "government") != 0)
    return false;
  size_t b, l = extract_word_just_before(text, from, name_start, &b);
  if (l && equals_ci(text + b, l, "the"))
    l = extract_word_just_before(text, from, b, &b);
  if (!l || !equals_ci(text + b, l, "with"))
    return false;
  size_t nb, nl = extract_word_just_before(text, from, b, &nb);
  /* a noun: no verb ("consult with"), no adverb ("directly with",
   * "along with", "together with": a companion) */
  /* a whole word of ASCII letters ("détente" is read no further) */
  if (!nl || nb <= from || text[nb - 1] != ' ' ||
      !ascii_is_lower((unsigned char)text[nb]) ||
      extract_verb_form(text + nb, nl) ||
      extract_function_word_after(text + nb, nl) ||
      dealing_noun(text + nb, nl) ||
      (nl > 3 && text[nb + nl - 2] == 'l' && text[nb + nl - 1] == 'y') ||
      extract_word_in(text + nb, nl,
                      (const char *const[]){"along", "together", "alongside",
                                            "even", "level", "consult", "deal",
                                            "meet", "side", "cooperate",
                                            "negotiate", "trade", "compete",
                                            "merge", "ally", NULL}))
    return false;
  /* "to consult with", "to side with": an infinitive's verb */
  size_t tb, tl = extract_word_just_before(text, from, nb, &tb);
  if (tl && equals_ci(text + tb, tl, "to"))
    return false;
  /* "went to war with Spain" wages it; "then at war with Poland" is a
   * state the subject is in */
  if (equals_ci(text + nb, nl, "war") || equals_ci(text + nb, nl, "wars")) {
    size_t ab, al = extract_word_just_before(text, from, nb, &ab);
    return al && equals_ci(text + ab, al, "at");
  }
  return true;
}
