/* extract_deadline_ahead.c: a "by" that bounds what a past verb asked
 * for ("ordered checks of every cooling tower by the end of April"), a
 * time still to come on the paper's day: no date of the happening told,
 * which is over by then. */
#include "extract_internal.h"

bool extract_deadline_ahead_of_past(const char *s, size_t from, size_t b,
                                    size_t e, const evg_timex *t,
                                    const evg_date *today) {
  return today && t->has_date && t->date.start > today->end && e - b == 2 &&
         equals_ci(s + b, 2, "by") && extract_past_verb_in(s, from, b);
}
