/* extract_against_party.c: the attach stage's reading of "against" after
 * a noun of a contest, an alliance or a law ("the final against Karachi",
 * "a military alliance against Germany", "the laws against Catholics"):
 * the name is the side the match, the alliance or the law is aimed at,
 * not a participant of the clause's happening, as the gold's annotation
 * rules read it (such names were right 0 times of 3 in the union's 213
 * texts).  After a verb ("rose against Nero", "embargoed iron against
 * Japan"), a noun of an attack ("an offensive against Moscow") or of a
 * legal process ("proceedings against Germany") the name is the one done
 * to and stays: those nouns are not read here. */
#include "extract_internal.h"

/* Nouns of a contest (whose "against X" is the opponent), of a union of
 * sides (the side it is formed against) and of a rule (those it
 * restricts). */
static bool aimed_noun(const char *w, size_t len) {
  static const char *const nouns[] = {
      /* contests */
      "match", "matches", "final", "finals", "semi-final", "semi-finals",
      "semifinal", "semifinals", "quarter-final", "quarter-finals", "game",
      "games", "fixture", "fixtures", "friendly", "tie", "bout", "derby",
      "playoff", "play-off", "rematch", "debut",
      /* unions of sides */
      "alliance", "alliances", "coalition", "coalitions", "pact", "pacts",
      "league", "bloc",
      /* rules */
      "law", "laws", "decree", "decrees", "edict", "edicts", "statute",
      "statutes", NULL};
  return extract_word_in(w, len, nouns);
}

bool extract_aimed_against(const char *text, size_t from, size_t name_start) {
  static const char *const determiners[] = {"the", "a",   "an",    "his",
                                            "her", "its", "their", NULL};
  size_t b, l = extract_word_just_before(text, from, name_start, &b);
  if (l && extract_word_in(text + b, l, determiners))
    l = extract_word_just_before(text, from, b, &b);
  if (!l || !equals_ci(text + b, l, "against"))
    return false;
  size_t nb, nl = extract_word_just_before(text, from, b, &nb);
  return nl && ascii_is_lower((unsigned char)text[nb]) &&
         aimed_noun(text + nb, nl);
}
