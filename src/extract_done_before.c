/* extract_done_before.c: a history's undated clause in the past perfect
 * with "already" ("The garrison had already burned the suburbs" after
 * "The army arrived on July 14") tells what was done before the day the
 * story has reached, not on it: on or before that day (`../D`), the
 * gold's convention for a pluperfect after a day (gold45).  A plain past
 * perfect ("the mills had stopped") is left on the day: the gold reads
 * it both ways. */
#include "extract_internal.h"

bool extract_done_before(const char *s, const range *clause) {
  bool had = false; /* the word before was "had" */
  for (size_t i = clause->start; i < clause->end;) {
    if (!ascii_alpha((unsigned char)s[i])) {
      i++;
      continue;
    }
    size_t e = extract_letters_end(s, i, clause->end);
    if (had && e - i == 7 && equals_ci(s + i, 7, "already"))
      return true;
    had = e - i == 3 && equals_ci(s + i, 3, "had");
    i = e;
  }
  return false;
}
