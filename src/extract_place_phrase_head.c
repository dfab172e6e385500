/* extract_place_phrase_head.c: the noun an apposition's name is said of
 * when a phrase of place follows that noun before the comma ("a firm
 * from Oradea, Hidrotec Servicii,", "a supplier in Porto, X,"): the
 * place's name ends the phrase, but the noun before "from" or "in" is
 * its head and says what the name is (kinds by the context), as the
 * noun before "of" is (of_head, extract_kind_context.c).  Reads at most
 * three capitalised words back: each name costs a constant. */
#include "extract_internal.h"

void extract_place_phrase_head(const char *s, size_t *nb, size_t *nl) {
  static const char *const preps[] = {"from", "in", NULL};
  size_t pos = *nb;
  if (!*nl || !extract_starts_upper(s + pos, *nl))
    return;
  for (int n = 0; n < 3; n++) {
    size_t b, l = extract_word_just_before(s, 0, pos, &b);
    if (!l)
      return;
    if (extract_starts_upper(s + b, l)) {
      pos = b;
      continue;
    }
    if (!extract_word_in(s + b, l, preps))
      return;
    size_t hb, hl = extract_word_just_before(s, 0, b, &hb);
    if (hl && ascii_is_lower((unsigned char)s[hb]))
      *nb = hb, *nl = hl;
    return;
  }
}
