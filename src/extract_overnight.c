/* extract_overnight.c: "overnight" told without the day that names it,
 * a night of two days (the gold's rule), which the tagger puts before the
 * day its sentence told ("Buses returned on Monday morning after drivers
 * voted overnight"): a date of the clause's own, not the main clause's
 * time. */
#include "extract_internal.h"

#include <string.h>

bool extract_overnight_alone(const char *s, const evg_timex *t) {
  size_t len = t->value ? strlen(t->value) : 0;
  return t->has_date && !t->date.interval &&
         t->date.from.precision == EVG_PREC_DAY && len > 3 &&
         strcmp(t->value + len - 3, "TNI") == 0 &&
         equals_ci(s + t->start, t->end - t->start, "overnight");
}

/* "buckled under the ice overnight into Monday": the night that ends on
 * the day told after "into" (or "until", "till") begins the day before
 * it, not on the night the tagger gave "overnight" alone (the one before
 * the paper's day).  That day's number goes in *day. */
bool extract_overnight_into(const evg_extraction *x, const char *s,
                            size_t text_end, const evg_timex *t, int32_t *day) {
  size_t w, hi = t->end + 16 < text_end ? t->end + 16 : text_end;
  size_t wl = extract_word_just_after(s, t->end, hi, &w);
  if (!extract_word_in(s + w, wl,
                       (const char *const[]){"into", "until", "till", NULL}))
    return false;
  size_t at = w + wl + 1;
  size_t lo = 0, hi_k = evg_timexes_count(x->timexes);
  while (lo < hi_k) { /* the first timex that starts at or after `at` */
    size_t mid = lo + (hi_k - lo) / 2;
    if (evg_timexes_at(x->timexes, mid)->start < at)
      lo = mid + 1;
    else
      hi_k = mid;
  }
  if (lo == evg_timexes_count(x->timexes))
    return false;
  const evg_timex *d = evg_timexes_at(x->timexes, lo);
  if (d->start != at || !d->has_date || d->date.interval ||
      d->date.from.precision != EVG_PREC_DAY)
    return false;
  *day = d->date.start;
  return true;
}
