/* extract_told_days.c: "Some 150 flights were cancelled over the two
 * days": "the two days" are days the text has told, the last of them the
 * latest day told before the sentence (the lead's "still grounded on
 * Thursday"), not the day the story stands at (the Wednesday an earlier
 * paragraph went back to). */
#include "extract_internal.h"

#include <string.h>

/* How many dates before the sentence are read for the latest day told:
 * a window, so that a text of many such sentences stays linear */
#define TOLD_DAYS_REACH 32

/* Whether the date `t` ends a dateline ("Philippines, November 18, 2032
 * —"): the paper's day, which the text does not tell as a day of the
 * story. */
static bool ends_dateline(const char *text, size_t len, const evg_timex *t) {
  size_t i = t->end;
  while (i < len && text[i] == ' ')
    i++;
  return (i + 3 <= len && memcmp(text + i, "\xe2\x80\x94", 3) == 0) ||
         (i + 2 <= len && text[i] == '-' &&
          (text[i + 1] == '-' || text[i + 1] == ' '));
}

const evg_timex *extract_latest_day_told(const evg_extraction *x,
                                         const char *text, size_t len,
                                         size_t before) {
  const evg_timex *latest = NULL;
  size_t k =
      evg_timexes_first_from(x->timexes, evg_timexes_count(x->timexes), before);
  for (int n = 0; n < TOLD_DAYS_REACH && k > 0; n++) {
    const evg_timex *t = evg_timexes_at(x->timexes, --k);
    if (t->type == EVG_TIMEX_DURATION || !t->has_date || t->date.interval ||
        t->date.from.precision != EVG_PREC_DAY || ends_dateline(text, len, t))
      continue;
    if (!latest || t->date.end > latest->date.end)
      latest = t;
  }
  return latest;
}
