/* extract_months_between.c: an undated clause of a history told before a
 * clause headed by a month ("The university gave his chair to Marie, and
 * that November she became the first woman to lecture"): what it tells
 * went on from the story's month to that month, the span the gold writes
 * (1906-04/1906-11), as a day told next already ends a span of days
 * (between_days, extract.c). */
#include "extract_internal.h"

bool extract_months_between(const evg_timex *story, const evg_timex *next,
                            bool month, evg_date *out) {
  if (!story->has_date || !next->has_date || story->date.interval ||
      next->date.interval || next->date.from.precision != EVG_PREC_MONTH ||
      (story->date.from.precision != EVG_PREC_DAY && !month) ||
      next->date.start <= story->date.end)
    return false;
  *out = (evg_date){0};
  out->from = evg_date_from_day(story->date.start, EVG_PREC_MONTH).from;
  out->to = next->date.from;
  out->interval = true;
  return true;
}
