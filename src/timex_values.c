/* timex_values.c: TIMEX3 values: a candidate's value from its date,
 * parts of the day, durations (P3D), and the names and precisions of units. */
#include "timex_internal.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Values                                                               */
/* ------------------------------------------------------------------ */

void timex_year_text(int32_t y, char *buf, size_t size) {
  if (y <= 0)
    snprintf(buf, size, "BC%04ld", (long)(1 - y));
  else
    snprintf(buf, size, "%04ld", (long)y);
}

/* The value of a day, a month or a year of the common era ("2025-01-27",
 * "2025-01", "2025"), as the snprintf calls below write it, without them:
 * rules set a date for every candidate they try, and printf's reading of
 * the formats was a twentieth of the tagger's work.  False for another
 * date. */
static bool plain_value(candidate *cand, const evg_date *d) {
  int32_t year = d->from.year;
  int month = d->from.month, day = d->from.day;
  int parts = d->from.precision == EVG_PREC_DAY     ? 3
              : d->from.precision == EVG_PREC_MONTH ? 2
              : d->from.precision == EVG_PREC_YEAR  ? 1
                                                    : 0;
  if (parts == 0 || year < 1 || year > 9999 ||
      (parts >= 2 && (month < 0 || month > 99)) ||
      (parts == 3 && (day < 0 || day > 99)))
    return false;
  char *v = cand->value;
  for (int i = 3; i >= 0; i--, year /= 10)
    v[i] = (char)('0' + year % 10);
  v += 4;
  if (parts >= 2) {
    *v++ = '-';
    *v++ = (char)('0' + month / 10);
    *v++ = (char)('0' + month % 10);
  }
  if (parts == 3) {
    *v++ = '-';
    *v++ = (char)('0' + day / 10);
    *v++ = (char)('0' + day % 10);
  }
  *v = '\0';
  return true;
}

/* Sets the candidate to the date `d` and writes its TIMEX3 value. */
void timex_set_date(candidate *cand, evg_date d) {
  cand->res = RES_DATE;
  cand->date = d;
  if (plain_value(cand, &d))
    return;
  char year[16];
  timex_year_text(d.from.year, year, sizeof year);
  switch (d.from.precision) {
  case EVG_PREC_DAY:
    snprintf(cand->value, sizeof cand->value, "%s-%02d-%02d", year,
             d.from.month, d.from.day);
    break;
  case EVG_PREC_WEEK:
    snprintf(cand->value, sizeof cand->value, "%s-W%02d", year, d.from.part);
    break;
  case EVG_PREC_MONTH:
    snprintf(cand->value, sizeof cand->value, "%s-%02d", year, d.from.month);
    break;
  case EVG_PREC_QUARTER:
    snprintf(cand->value, sizeof cand->value, "%s-Q%d", year, d.from.part);
    break;
  case EVG_PREC_HALF:
    snprintf(cand->value, sizeof cand->value, "%s-H%d", year, d.from.part);
    break;
  case EVG_PREC_YEAR:
    snprintf(cand->value, sizeof cand->value, "%s", year);
    break;
  case EVG_PREC_DECADE:
  case EVG_PREC_CENTURY: {
    /* the leading digits: "199" for the 1990s, "19" for the 20th century;
     * a BCE period counts down to its last year ("BC048" for 489-480 BC,
     * "BC03" for the 4th century BC, 400-301 BC) */
    bool bce = d.from.year <= 0;
    if (bce)
      timex_year_text(d.to.year, year, sizeof year);
    int digits = (d.from.precision == EVG_PREC_DECADE ? 3 : 2) + (bce ? 2 : 0);
    snprintf(cand->value, sizeof cand->value, "%.*s", digits, year);
    break;
  }
  }
}

/* Appends a part of the day (1 morning .. 4 night) to a day's value. */
void timex_append_day_part(candidate *cand, int part) {
  static const char *const parts[] = {"", "TMO", "TAF", "TEV", "TNI"};
  if (part > 0 && part <= 4)
    strncat(cand->value, parts[part],
            sizeof cand->value - strlen(cand->value) - 1);
}

evg_date timex_point_date(int32_t year, int month, int day, evg_precision p) {
  if (p == EVG_PREC_DAY)
    return day_date(evg_days_from_civil(year, month, day));
  return evg_date_from_day(evg_days_from_civil(year, month ? month : 1, 1), p);
}

void timex_set_ref_value(candidate *cand, const char *value) {
  cand->res = RES_NONE;
  snprintf(cand->value, sizeof cand->value, "%s", value);
}

const char *timex_unit_name(int unit) {
  switch (unit) {
  case UNIT_DAY:
    return "days";
  case UNIT_WEEK:
  case UNIT_WEEKEND:
    return "weeks";
  case UNIT_MONTH:
    return "months";
  case UNIT_QUARTER:
    return "quarters";
  default:
    return "years";
  }
}

evg_precision timex_unit_precision(int unit) {
  switch (unit) {
  case UNIT_DAY:
  case UNIT_HOUR:
  case UNIT_MINUTE:
    return EVG_PREC_DAY;
  case UNIT_WEEK:
  case UNIT_WEEKEND:
  case UNIT_FORTNIGHT:
    return EVG_PREC_WEEK;
  case UNIT_MONTH:
    return EVG_PREC_MONTH;
  case UNIT_QUARTER:
    return EVG_PREC_QUARTER;
  case UNIT_YEAR:
    return EVG_PREC_YEAR;
  case UNIT_DECADE:
    return EVG_PREC_DECADE;
  default:
    return EVG_PREC_CENTURY;
  }
}

/* Durations: P3D, P2Y, PT4H, P1DE (decade), P1CE; vague: PXD, PXY. */
void timex_duration_value(char *buf, size_t size, int amount, int unit) {
  const char *letter = "D";
  bool time = false;
  switch (unit) {
  case UNIT_DAY:
    letter = "D";
    break;
  case UNIT_WEEK:
    letter = "W";
    break;
  case UNIT_WEEKEND:
    letter = "WE";
    break;
  case UNIT_FORTNIGHT:
    letter = "W", amount = amount < 0 ? amount : amount * 2;
    break;
  case UNIT_MONTH:
    letter = "M";
    break;
  case UNIT_QUARTER:
    letter = "M", amount = amount < 0 ? amount : amount * 3;
    break;
  case UNIT_SECOND:
    letter = "S", time = true;
    break;
  case UNIT_YEAR:
    letter = "Y";
    break;
  case UNIT_DECADE:
    letter = "DE";
    break;
  case UNIT_CENTURY:
    letter = "CE";
    break;
  case UNIT_HOUR:
    letter = "H", time = true;
    break;
  case UNIT_MINUTE:
    letter = "M", time = true;
    break;
  }
  if (amount < 0)
    snprintf(buf, size, "P%sX%s", time ? "T" : "", letter);
  else
    snprintf(buf, size, "P%s%d%s", time ? "T" : "", amount, letter);
}

const char *const timex_season_codes[] = {"", "SP", "SU", "FA", "WI"};
