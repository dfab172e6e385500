/* extract_arts_pair.c: the names stage's reading of a company of the
 * performing arts named for two of its arts joined by "and" ("the Vietnam
 * National Opera and Ballet", "the Kestrel Opera and Ballet Theatre",
 * "the State Theatre and Orchestra"): one body, not a name cut at "and"
 * and a second body's word alone.  Only when the word before "and" and
 * every word after it (one or two) are arts' words, so "the Royal Opera
 * and Tom Lund" stays two names. */
#include "extract_internal.h"

#include <string.h>

static bool arts_word(const char *w, size_t len) {
  static const char *const arts[] = {
      "Opera",    "Ballet", "Ballets",      "Theatre",  "Theater",   "Chorus",
      "Choir",    "Dance",  "Philharmonic", "Symphony", "Orchestra", "Concert",
      "Concerts", NULL};
  for (size_t k = 0; arts[k]; k++)
    if (strlen(arts[k]) == len && memcmp(arts[k], w, len) == 0)
      return true;
  return false;
}

size_t extract_arts_pair_end(const char *s, size_t run_start, size_t run_end,
                             size_t and_end, size_t end) {
  size_t last = run_end;
  while (last > run_start && s[last - 1] != ' ')
    last--;
  if (!arts_word(s + last, run_end - last))
    return 0;
  size_t joined = 0, at = and_end;
  for (int n = 0; n < 2; n++) {
    if (at >= end || s[at] != ' ')
      break;
    size_t w = at + 1, e = extract_word_end(s, w, end);
    if (e == w || !arts_word(s + w, e - w))
      break;
    joined = at = e;
  }
  return joined;
}
