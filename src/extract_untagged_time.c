/* extract_untagged_time.c: a time of day the tagger leaves untagged ("at
 * dawn", "half past three", "a quarter past eight", "five in the
 * afternoon of June 11").  The tagger tags clocks in digits and the day's
 * date, not the words of a clock or a part of the day alone, so the
 * clause splitter read "shortly after half past three on October 1 and
 * covered the road" as a clause that "after" opens, and the part's label
 * began inside the time ("Half past three covered some 200 metres").
 * This reads such a phrase so that the splitter takes "after" for the
 * preposition it is, as it does before a tagged time. */
#include "extract_internal.h"

#include <stdint.h>

/* The end of the word at s[at) when it is one of `set`'s, else 0. */
static size_t set_word_end(extract_word_set *set, const char *s, size_t at,
                           size_t to) {
  size_t e = extract_letters_end(s, at, to);
  return e > at && extract_word_set_has(set, s + at, e - at) ? e : 0;
}

/* The position after the spaces from `at`. */
static size_t skip_spaces(const char *s, size_t at, size_t to) {
  while (at < to && s[at] == ' ')
    at++;
  return at;
}

/* Whether s[at, ...) is "o'clock" (a straight or a curly apostrophe). */
static size_t oclock_end(const char *s, size_t at, size_t to) {
  if (at + 7 <= to && equals_ci(s + at, 2, "o'") &&
      equals_ci(s + at + 2, 5, "clock"))
    return at + 7;
  if (at + 9 <= to && (s[at] == 'o' || s[at] == 'O') &&
      (unsigned char)s[at + 1] == 0xE2 && (unsigned char)s[at + 2] == 0x80 &&
      (unsigned char)s[at + 3] == 0x99 && equals_ci(s + at + 4, 5, "clock"))
    return at + 9;
  return 0;
}

/* The end of "in the morning" / "afternoon" / "evening" / "night" or "at
 * night" at s[at), else 0. */
static size_t day_part_end(const char *s, size_t at, size_t to) {
  static const char *const parts[] = {"morning", "afternoon", "evening",
                                      "night", NULL};
  EXTRACT_WORD_SET(part_set, parts, true);
  if (extract_word_at(s, at, to, "at")) {
    size_t n = skip_spaces(s, at + 2, to);
    size_t ne = extract_letters_end(s, n, to);
    return ne == n + 5 && equals_ci(s + n, 5, "night") ? ne : 0;
  }
  if (!extract_word_at(s, at, to, "in"))
    return 0;
  size_t d = skip_spaces(s, at + 2, to);
  if (!extract_word_at(s, d, to, "the"))
    return 0;
  return set_word_end(&part_set, s, skip_spaces(s, d + 3, to), to);
}

size_t extract_untagged_time_end(const char *s, size_t at, size_t to,
                                 size_t *date_at) {
  static const char *const parts[] = {
      "dawn",    "dusk",     "daybreak", "nightfall", "sunrise", "sunset",
      "sundown", "midnight", "noon",     "midday",    NULL};
  static const char *const hours[] = {
      "one",   "two",  "three", "four",   "five",   "six", "seven",
      "eight", "nine", "ten",   "eleven", "twelve", NULL};
  static const char *const fractions[] = {"half", "quarter", "twenty",
                                          "ten",  "five",    NULL};
  EXTRACT_WORD_SET(part_set, parts, true);
  EXTRACT_WORD_SET(hour_set, hours, true);
  EXTRACT_WORD_SET(fraction_set, fractions, true);
  *date_at = SIZE_MAX;
  at = skip_spaces(s, at, to);
  size_t e = set_word_end(&part_set, s, at, to);
  if (e)
    return e;
  /* "a quarter past eight", "half past three", "ten to six" */
  size_t f = at;
  if (extract_word_at(s, f, to, "a"))
    f = skip_spaces(s, f + 1, to);
  size_t fe = set_word_end(&fraction_set, s, f, to);
  if (fe) {
    size_t p = skip_spaces(s, fe, to);
    if (extract_word_at(s, p, to, "past") || extract_word_at(s, p, to, "to")) {
      size_t h = skip_spaces(s, extract_letters_end(s, p, to), to);
      size_t he = set_word_end(&hour_set, s, h, to);
      if (he)
        return he;
    }
  }
  /* "five o'clock"; a bare hour only before the day it is told on ("five
   * in the afternoon of June 11", "seven on Monday"): "before five people
   * died" counts people */
  e = set_word_end(&hour_set, s, at, to);
  if (!e)
    return 0;
  size_t o = skip_spaces(s, e, to);
  size_t oe = oclock_end(s, o, to);
  if (oe)
    return oe;
  /* "six in the evening", "eleven at night": the part of the day says
   * the hour is a clock, with or without the day after it (labels40:
   * "at six in the evening" was cut to "at six") */
  size_t de = day_part_end(s, o, to);
  if (de)
    return de;
  /* "shortly before nine, although ...", "just after ten.": an hour that
   * closes its phrase at a comma or the sentence's end is a clock (pair
   * 96: "Nine, although the trailer burned" was a part of its own) */
  if (o == e && (o == to || s[o] == ',' || s[o] == '.' || s[o] == ';'))
    return e;
  /* "nine yesterday morning", "seven Tuesday": a tagged day right after
   * the hour */
  if (!extract_word_at(s, o, to, "in") && !extract_word_at(s, o, to, "on")) {
    *date_at = o;
    return o > e ? e : 0;
  }
  *date_at = skip_spaces(s, o + 2, to);
  return e;
}
