/* extract_count_subject.c: a count that opens a noun phrase ("two
 * members of parliament", "hundreds of farmers"), read as
 * a determiner is where a clause's own subject is looked for. */
#include "extract_internal.h"

bool extract_count_opens(const char *s, size_t q, size_t to) {
  static const char *const counts[] = {
      "two",   "three",  "four",     "five",      "six",      "seven",  "eight",
      "nine",  "ten",    "eleven",   "twelve",    "twenty",   "thirty", "forty",
      "fifty", "dozens", "hundreds", "thousands", "millions", NULL};
  size_t e = extract_letters_end(s, q, to);
  return e > q && extract_word_in(s + q, e - q, counts);
}
