/* extract_coordinated_modifier.c: two names joined by "and" after "the"
 * that a common noun follows ("the White Pass and Copper Ridge railway",
 * "the Kestrel Vale and Otter Mead ferries") are the noun's modifiers,
 * as one name before it is ("the Yukon Route railway"): the noun is what
 * acts or is acted on, and neither name takes part.  A noun of a body or
 * of its people ("the US and British governments") keeps the names,
 * which act through it, save armed men ("the Satsuma and Choshu forces"),
 * who act for the names but are not them (the gold's convention, gold46),
 * and a word in -ing or -ly makes the pair a clause's subject.  The look is one
 * word before and one after the pair, so it stays linear in the text. */
#include "extract_internal.h"

#include <string.h>

/* Whether the lower-case word s[b, b + l) is a body's noun or its
 * plural ("government", "governments"). */
static bool body_noun_or_plural(const char *s, size_t b, size_t l) {
  if (extract_word_in(s + b, l,
                      (const char *const[]){"forces", "troops", "army",
                                            "armies", "fleet", "navy",
                                            "militia", NULL}))
    return false; /* forces say whose: the gold gives no polity (gold46) */
  return extract_body_noun(s + b, l) ||
         (l > 3 && s[b + l - 1] == 's' && extract_body_noun(s + b, l - 1));
}

bool extract_coordinated_modifier(const char *s, size_t start, size_t end,
                                  size_t prev_start, size_t prev_end,
                                  size_t name_start, size_t name_end,
                                  bool modifier) {
  if (!modifier || prev_end + 5 != name_start ||
      memcmp(s + prev_end, " and ", 5) != 0 || prev_start < start + 4 ||
      !equals_ci(s + prev_start - 4, 4, "the ") ||
      (prev_start > start + 4 && ascii_alpha((unsigned char)s[prev_start - 5])))
    return false;
  /* "the US and Saudi Arabia offering support", "the VPA and NLF
   * quickly overran": a participle or an adverb after the pair makes it
   * the subject of a clause, no modifier */
  size_t b, l = extract_word_just_after(s, name_end, end, &b);
  return l && !body_noun_or_plural(s, b, l) &&
         !(l > 4 && (memcmp(s + b + l - 3, "ing", 3) == 0 ||
                     memcmp(s + b + l - 2, "ly", 2) == 0));
}
