/* extract_saying_scope.c: what a verb of saying covers, for the speech
 * roles of extract_roles.c (reports_only).  A saying closed by a comma
 * ("..., the agency said, and by nine its crew had ...") says what came
 * before it, so a pronoun after it is no sign that the speaker speaks of
 * itself; a leader who says what his body had done ("said the company had
 * stopped buying") reports a past deed, where "the company would stop" is
 * a decision he announces.  "Recalled" before an amount or a stock of
 * goods ("recalled 14 tonnes of fruit", "recalled all of its cheeses")
 * takes them off the market: an act, no saying. */
#include "extract_internal.h"

bool extract_saying_closed(const char *s, size_t pos, size_t end) {
  /* a quotation after the comma (`said, "We will appeal"`) is what it
   * says: a straight quote or a curly one, taken by its first byte 0xE2
   * (which U+201C shares with the rest of U+2000-U+2FFF: a dash or an
   * ellipsis after the comma counts as a quotation too) */
  return pos + 1 < end && s[pos] == ',' && s[pos + 1] == ' ' &&
         (pos + 2 >= end ||
          (s[pos + 2] != '"' && (unsigned char)s[pos + 2] != 0xE2));
}

bool extract_past_deed_reported(const char *s, size_t noun_end, size_t end) {
  size_t b, l = extract_word_after(s, noun_end, end, &b);
  return l && equals_ci(s + b, l, "had");
}

bool extract_goods_recalled(const char *s, size_t verb, size_t len,
                            size_t end) {
  static const char *const amounts[] = {
      "all",     "its",    "their",  "some",      "several",
      "about",   "nearly", "almost", "more",      "over",
      "around",  "every",  "most",   "thousands", "hundreds",
      "batches", "tonnes", "tons",   NULL};
  if (!equals_ci(s + verb, len, "recalled") &&
      !equals_ci(s + verb, len, "recalls"))
    return false;
  size_t b = verb + len;
  while (b < end && s[b] == ' ')
    b++;
  if (b < end && s[b] >= '0' && s[b] <= '9')
    return true;
  size_t w, l = extract_word_just_after(s, verb + len, end, &w);
  return l && extract_word_in(s + w, l, amounts);
}
