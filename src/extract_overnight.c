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
