/* extract_relative_end.c: where a relative clause with no commas ends
 * inside a subject ("about 1,200 offshore workers who had finished their
 * shifts were left with no way home", "after players who tested an early
 * version gave it poor marks"): after the relative clause's own verb, a
 * past verb ("be" or one that tells a happening) that no coordinator
 * joins to it is the main clause's verb, so that the clause splitter
 * (extract_happenings.c's subject_and_verb_at) reads the subject's clause as
 * one of its own and its names stay off the clause before.  Reads two words. */
#include "extract_internal.h"

bool extract_relative_ends(const char *s, size_t prev, size_t prev_len,
                           size_t w, size_t e) {
  static const char *const joined[] = {"and",  "or",   "but", "who", "which",
                                       "that", "whom", "not", NULL};
  if (!equals_ci(s + w, e - w, "was") && !equals_ci(s + w, e - w, "were") &&
      !extract_past_happening_at(s, w, e, e))
    return false;
  /* "who fell and were hurt", "which was not": the relative goes on */
  return prev_len && !extract_word_in(s + prev, prev_len, joined);
}
