/* extract_count_subject.c: whether a coordinated clause opens with a count
 * of people as its subject (", and all three were arrested", ", and about
 * 150 were injured", ", and two members of parliament tabled questions"):
 * people who are not the clause before's doers, so that its names are not
 * carried into the other's proposal.  Read by the clause splitter
 * (extract_happenings.c), which splits off such a count's passive or
 * its active verb with an object; it reads the count and the word after
 * it. */
#include "extract_internal.h"

#include <string.h>

/* A count's approximator or quantifier before its number ("about 150",
 * "all three", "some 41,000") */
static bool approximator(const char *w, size_t len) {
  static const char *const words[] = {"about",  "some",    "nearly",
                                      "almost", "around",  "all",
                                      "over",   "roughly", NULL};
  return extract_word_in(w, len, words);
}

static bool number_word(const char *w, size_t len) {
  static const char *const words[] = {
      "two",      "three",   "four",    "five",      "six",      "seven",
      "eight",    "nine",    "ten",     "eleven",    "twelve",   "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
      "twenty",   "thirty",  "forty",   "fifty",     "sixty",    "seventy",
      "eighty",   "ninety",  "hundred", "hundreds",  "thousand", "thousands",
      "dozens",   NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Words after a number that make it a measure, not people: a stretch
 * (", and two days later the ship sank"), a share or an amount */
static bool measure_word(const char *w, size_t len) {
  static const char *const words[] = {
      "minutes", "hours",  "days",    "nights",    "weeks",
      "months",  "years",  "decades", "centuries", "percent",
      "per",     "metres", "meters",  "miles",     "kilometres",
      "feet",    "tons",   "tonnes",  "of",        "times",
      "dollars", "euros",  "pounds",  "more",      NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

size_t extract_count_subject_at(const char *s, size_t q, size_t to) {
  while (q < to && s[q] == ' ')
    q++;
  size_t e = extract_letters_end(s, q, to);
  if (e > q && e < to && s[e] == ' ' && approximator(s + q, e - q)) {
    q = e + 1;
    e = extract_letters_end(s, q, to);
  }
  if (e > q) {
    if (!ascii_is_lower((unsigned char)s[q]) || !number_word(s + q, e - q))
      return 0;
    /* "twenty-one" */
    if (e + 1 < to && s[e] == '-' && ascii_alpha((unsigned char)s[e + 1]))
      e = extract_letters_end(s, e + 1, to);
  } else {
    /* digits, "41,000" */
    while (e < to && ((s[e] >= '0' && s[e] <= '9') ||
                      (s[e] == ',' && e > q && e + 1 < to && s[e + 1] >= '0' &&
                       s[e + 1] <= '9')))
      e++;
    if (e == q)
      return 0;
  }
  if (e >= to || s[e] != ' ')
    return 0;
  size_t n = e + 1, ne = extract_letters_end(s, n, to);
  if (ne == n || !ascii_is_lower((unsigned char)s[n]) ||
      measure_word(s + n, ne - n))
    return 0;
  return e;
}
