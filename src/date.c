/* date.c: fuzzy dates -- the calendar, bounds, shifting and order
 * (date_parse.c reads dates, date_format.c writes them).
 *
 * Calendar: proleptic Gregorian with astronomical years (0 is 1 BCE), days
 * counted from 1970-01-01.  Years run from -999999 to 999999 (the day
 * count stays well inside int32); only years, decades and centuries go
 * beyond four digits, as EDTF's Y12345 has no month or day.
 *
 * This file depends on nothing but evgraph.h and libc. */
#include "date_internal.h"

#include <string.h>

/* Beyond four digits EDTF writes Y12345: a year alone, nothing finer. */
bool date_year_has_four_digits(int64_t year) {
  return year >= -9999 && year <= 9999;
}

/* ------------------------------------------------------------------ */
/* Precision                                                           */
/* ------------------------------------------------------------------ */

evg_precision evg_precision_coarser(evg_precision a, evg_precision b) {
  return a > b ? a : b;
}

const char *evg_precision_name(evg_precision precision) {
  switch (precision) {
  case EVG_PREC_DAY:
    return "day";
  case EVG_PREC_WEEK:
    return "week";
  case EVG_PREC_MONTH:
    return "month";
  case EVG_PREC_QUARTER:
    return "quarter";
  case EVG_PREC_HALF:
    return "half";
  case EVG_PREC_YEAR:
    return "year";
  case EVG_PREC_DECADE:
    return "decade";
  case EVG_PREC_CENTURY:
    return "century";
  }
  return "unknown";
}

/* ------------------------------------------------------------------ */
/* Calendar arithmetic                                                 */
/* ------------------------------------------------------------------ */

/* Division and remainder rounding towards minus infinity: C's `/` rounds
 * towards zero, which is wrong for days and years before the epoch. */
static int64_t floor_div(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0)))
    q--;
  return q;
}

static int64_t floor_mod(int64_t a, int64_t b) {
  return a - floor_div(a, b) * b;
}

bool date_is_leap_year(int64_t year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static int days_in_month(int64_t year, int month) {
  static const int lengths[12] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  if (month == 2 && date_is_leap_year(year))
    return 29;
  return lengths[month - 1];
}

/* Howard Hinnant's days_from_civil: shifts the year to start in March so
 * the leap day comes last, then counts whole 400-year eras (146097 days).
 * Computed in 64 bits so that callers may pass a month-overflowed year. */
static int64_t days_from_civil64(int64_t year, int month, int day) {
  year -= month <= 2;
  int64_t era = floor_div(year, 400);
  int64_t year_of_era = year - era * 400; /* 0..399 */
  int64_t day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 +
                        day - 1; /* 0..365 */
  int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 +
                       day_of_year; /* 0..146096 */
  return era * 146097 + day_of_era - 719468;
}

void date_civil_from_days64(int64_t days, int64_t *year, int *month, int *day) {
  days += 719468;
  int64_t era = floor_div(days, 146097);
  int64_t day_of_era = days - era * 146097;
  int64_t year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 -
                         day_of_era / 146096) /
                        365;
  int64_t day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  int64_t month_from_march = (5 * day_of_year + 2) / 153; /* 0 = March */
  *day = (int)(day_of_year - (153 * month_from_march + 2) / 5 + 1);
  *month = (int)(month_from_march < 10 ? month_from_march + 3
                                       : month_from_march - 9);
  *year = year_of_era + era * 400 + (*month <= 2);
}

int32_t evg_days_from_civil(int32_t year, int month, int day) {
  return (int32_t)days_from_civil64(year, month, day);
}

void evg_civil_from_days(int32_t days, int32_t *year, int *month, int *day) {
  int64_t wide_year;
  date_civil_from_days64(days, &wide_year, month, day);
  *year = (int32_t)wide_year;
}

bool evg_date_valid_day(int32_t year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 &&
         day <= days_in_month(year, month);
}

/* Day of the week, Monday = 0 .. Sunday = 6; 1970-01-01 was a Thursday. */
static int weekday_from_days(int64_t days) {
  return (int)floor_mod(days + 3, 7);
}

/* ISO week 1 is the week holding 4 January, so it starts on the Monday on
 * or before that day. */
static int64_t iso_week1_monday(int64_t iso_year) {
  int64_t jan4 = days_from_civil64(iso_year, 1, 4);
  return jan4 - weekday_from_days(jan4);
}

int evg_iso_weeks_in_year(int32_t iso_year) {
  return (int)((iso_week1_monday((int64_t)iso_year + 1) -
                iso_week1_monday(iso_year)) /
               7);
}

/* The ISO week-year and week of a day: both are those of the Thursday of
 * its week, which is how a week that straddles New Year is assigned. */
static void iso_week_from_days(int64_t days, int64_t *iso_year, int *week) {
  int64_t thursday = days - weekday_from_days(days) + 3;
  int month, day;
  date_civil_from_days64(thursday, iso_year, &month, &day);
  *week = (int)((thursday - days_from_civil64(*iso_year, 1, 1)) / 7 + 1);
}

/* The first day of month `month` of `year`, where month 13 is January of
 * the next year: callers ask for "the month after" without wrapping. */
static int64_t month_first_day(int64_t year, int month) {
  if (month > 12)
    return days_from_civil64(year + 1, month - 12, 1);
  return days_from_civil64(year, month, 1);
}

/* ------------------------------------------------------------------ */
/* Bounds                                                              */
/* ------------------------------------------------------------------ */

/* Months of the EDTF sub-year codes that are not quarters or halves, as
 * edtf.js (the npm `edtf` package) reads them: seasons 21-32 fall on
 * quarters (README says why); quadrimesters 37-39 are thirds of the year. */
int date_season_first_month(int code) {
  static const int8_t first[19] = {
      1,  4, 7, 10, /* 21-24 spring, summer, autumn, winter */
      1,  4, 7, 10, /* 25-28 northern hemisphere */
      10, 7, 4, 1,  /* 29-32 southern hemisphere */
      1,  4, 7, 10, /* 33-36 quarters */
      1,  5, 9};    /* 37-39 quadrimesters */
  return code >= 21 && code <= 39 ? first[code - 21] : 1;
}

static int season_months(int code) { return code >= 37 ? 4 : 3; }

/* The quarter holding a season's months: seasons count as quarters. */
int date_season_quarter(int code) {
  return (date_season_first_month(code) - 1) / 3 + 1;
}

bool date_digit_is_unspecified(uint8_t mask, int bit) {
  return (mask >> bit) & 1;
}

/* Whether a two-digit value matches a written pattern whose tens/units
 * digits may be X (bits `tens_bit`, `tens_bit - 1` of the mask). */
static bool two_digits_match(int value, int written, uint8_t mask,
                             int tens_bit) {
  if (!date_digit_is_unspecified(mask, tens_bit) && value / 10 != written / 10)
    return false;
  if (!date_digit_is_unspecified(mask, tens_bit - 1) &&
      value % 10 != written % 10)
    return false;
  return true;
}

/* The years a pattern such as 1X85 or 19XX allows, in ascending order:
 * filling the X digits with the digits of 0, 1, 2 ... in turn gives
 * increasing magnitudes (X digits count from the most significant). */
static int year_pattern_count(uint8_t mask) {
  int count = 1;
  for (int bit = 0; bit < 4; bit++)
    if (date_digit_is_unspecified(mask, bit))
      count *= 10;
  return count;
}

static int64_t year_pattern_value(const evg_date_point *point, int index) {
  int64_t magnitude = point->year < 0 ? -(int64_t)point->year : point->year;
  int64_t value = 0, place = 1000;
  int free_digits = year_pattern_count(point->unspecified & EVG_X_YEAR);
  for (int bit = 3; bit >= 0; bit--, place /= 10) {
    int digit = (int)((magnitude / place) % 10);
    if (date_digit_is_unspecified(point->unspecified, bit)) {
      free_digits /= 10;
      digit = (index / free_digits) % 10;
    }
    value += digit * place;
  }
  return point->year < 0 ? -value : value;
}

/* The first (or last) day a point with X digits allows, by trying years,
 * months and days from the low (high) end: at most 1000 years, and a day
 * is found in the first year unless the pattern allows no day at all
 * (2004-02-3X).  False when no day matches. */
bool date_pattern_extreme_day(const evg_date_point *point, bool last,
                              int64_t *found) {
  uint8_t mask = point->unspecified;
  bool month_written = point->month != 0 || (mask & EVG_X_MONTH);
  bool day_written = point->day != 0 || (mask & EVG_X_DAY);
  int years = year_pattern_count(mask & EVG_X_YEAR);
  bool descending_years = last != (point->year < 0);
  for (int y = 0; y < years; y++) {
    int64_t year =
        year_pattern_value(point, descending_years ? years - 1 - y : y);
    for (int m = 0; m < 12; m++) {
      int month = last ? 12 - m : 1 + m;
      if (month_written && !two_digits_match(month, point->month, mask, 5))
        continue;
      int length = days_in_month(year, month);
      for (int d = 0; d < length; d++) {
        int day = last ? length - d : 1 + d;
        if (day_written && !two_digits_match(day, point->day, mask, 7))
          continue;
        *found = days_from_civil64(year, month, day);
        return true;
      }
    }
  }
  return false;
}

/* 1950S2: the years that agree with 1950 in its first two digits. */
void date_significant_years(const evg_date_point *point, int64_t *first,
                            int64_t *last) {
  int64_t magnitude = point->year < 0 ? -(int64_t)point->year : point->year;
  int digits = 1; /* written with four digits at least: 0950S2 */
  for (int64_t rest = magnitude; rest >= 10; rest /= 10)
    digits++;
  if (digits < 4)
    digits = 4;
  int64_t span = 1;
  for (int i = point->significant; i < digits; i++)
    span *= 10;
  int64_t low = magnitude / span * span;
  if (point->year < 0) {
    *first = -(low + span - 1);
    *last = -low;
  } else {
    *first = low;
    *last = low + span - 1;
  }
}

void date_point_bounds(const evg_date_point *point, int64_t *first,
                       int64_t *last) {
  int64_t year = point->year;
  if (point->unspecified) {
    if (!date_pattern_extreme_day(point, false, first) ||
        !date_pattern_extreme_day(point, true, last))
      *first = *last = 0; /* the parser rejects such patterns */
    return;
  }
  if (point->significant) {
    int64_t first_year, last_year;
    date_significant_years(point, &first_year, &last_year);
    *first = days_from_civil64(first_year, 1, 1);
    *last = days_from_civil64(last_year + 1, 1, 1) - 1;
    return;
  }
  if (point->season) {
    int month = date_season_first_month(point->season);
    *first = month_first_day(year, month);
    *last = month_first_day(year, month + season_months(point->season)) - 1;
    return;
  }
  switch (point->precision) {
  case EVG_PREC_DAY:
    *first = *last = days_from_civil64(year, point->month, point->day);
    return;
  case EVG_PREC_WEEK:
    *first = iso_week1_monday(year) + 7 * (int64_t)(point->part - 1);
    *last = *first + 6;
    return;
  case EVG_PREC_MONTH:
    *first = month_first_day(year, point->month);
    *last = month_first_day(year, point->month + 1) - 1;
    return;
  case EVG_PREC_QUARTER:
    *first = month_first_day(year, (point->part - 1) * 3 + 1);
    *last = month_first_day(year, point->part * 3 + 1) - 1;
    return;
  case EVG_PREC_HALF:
    *first = month_first_day(year, (point->part - 1) * 6 + 1);
    *last = month_first_day(year, point->part * 6 + 1) - 1;
    return;
  case EVG_PREC_YEAR:
    *first = days_from_civil64(year, 1, 1);
    *last = days_from_civil64(year + 1, 1, 1) - 1;
    return;
  case EVG_PREC_DECADE:
    *first = days_from_civil64(year, 1, 1);
    *last = days_from_civil64(year + 10, 1, 1) - 1;
    return;
  case EVG_PREC_CENTURY:
    *first = days_from_civil64(year, 1, 1);
    *last = days_from_civil64(year + 100, 1, 1) - 1;
    return;
  }
  *first = *last = 0;
}

/* EDTF writes a week as the interval of its days, and a day needs a
 * four-digit year: 9999-W52 ends on 10000-01-02, which has no spelling. */
bool date_week_days_writable(const evg_date_point *week) {
  int64_t first, last, first_year, last_year;
  int month, day;
  date_point_bounds(week, &first, &last);
  date_civil_from_days64(first, &first_year, &month, &day);
  date_civil_from_days64(last, &last_year, &month, &day);
  return date_year_has_four_digits(first_year) &&
         date_year_has_four_digits(last_year);
}

bool evg_date_has_start(const evg_date *date) {
  return !date->interval || !(date->open_start || date->unknown_start);
}

bool evg_date_has_end(const evg_date *date) {
  return !date->interval || !(date->open_end || date->unknown_end);
}

/* Puts a date-level qualifier set by hand onto the points it stands for,
 * then makes the date-level flags say whether any given point has one. */
static void sync_qualifiers(evg_date *date) {
  bool has_from = evg_date_has_start(date);
  bool has_to = date->interval && evg_date_has_end(date);
  if (!date->interval) {
    date->from.approximate |= date->approximate;
    date->from.uncertain |= date->uncertain;
    date->approximate = date->from.approximate;
    date->uncertain = date->from.uncertain;
    return;
  }
  bool ends_approximate =
      (has_from && date->from.approximate) || (has_to && date->to.approximate);
  bool ends_uncertain =
      (has_from && date->from.uncertain) || (has_to && date->to.uncertain);
  if (date->approximate && !ends_approximate)
    (void)evg_date_qualify(date, true, false);
  if (date->uncertain && !ends_uncertain)
    (void)evg_date_qualify(date, false, true);
  date->approximate =
      (has_from && date->from.approximate) || (has_to && date->to.approximate);
  date->uncertain =
      (has_from && date->from.uncertain) || (has_to && date->to.uncertain);
}

bool evg_date_qualify(evg_date *date, bool approximate, bool uncertain) {
  if ((approximate || uncertain) && !date_year_has_four_digits(date->from.year))
    return false;
  if (!date->interval || evg_date_has_start(date)) {
    date->from.approximate |= approximate;
    date->from.uncertain |= uncertain;
  }
  if (date->interval && evg_date_has_end(date)) {
    date->to.approximate |= approximate;
    date->to.uncertain |= uncertain;
  }
  date->approximate |= approximate;
  date->uncertain |= uncertain;
  return true;
}

void evg_date_compute_bounds(evg_date *date) {
  int64_t from_first, from_last, to_first, to_last;
  date_point_bounds(&date->from, &from_first, &from_last);
  date_point_bounds(&date->to, &to_first, &to_last);
  sync_qualifiers(date);
  if (!date->interval) {
    date->start = (int32_t)from_first;
    date->end = (int32_t)from_last;
    return;
  }
  /* Without a start (../B, /B) `start` is B's first day; without an end,
   * `end` is A's last day: callers look at evg_date_has_start/end. */
  bool has_start = evg_date_has_start(date);
  bool has_end = evg_date_has_end(date);
  date->start = (int32_t)(has_start ? from_first : to_first);
  date->end = (int32_t)(has_end ? to_last : from_last);
}

/* ------------------------------------------------------------------ */
/* From a day, shifting, comparing                                     */
/* ------------------------------------------------------------------ */

static evg_date_point point_from_day(int64_t days, evg_precision precision) {
  evg_date_point point;
  memset(&point, 0, sizeof point);
  point.precision = precision;
  int64_t year;
  int month, day;
  date_civil_from_days64(days, &year, &month, &day);
  switch (precision) {
  case EVG_PREC_DAY:
    point.month = (int8_t)month;
    point.day = (int8_t)day;
    break;
  case EVG_PREC_WEEK: {
    int week;
    iso_week_from_days(days, &year, &week);
    point.part = (int8_t)week;
    break;
  }
  case EVG_PREC_MONTH:
    point.month = (int8_t)month;
    break;
  case EVG_PREC_QUARTER:
    point.part = (int8_t)((month - 1) / 3 + 1);
    break;
  case EVG_PREC_HALF:
    point.part = (int8_t)((month - 1) / 6 + 1);
    break;
  case EVG_PREC_YEAR:
    break;
  case EVG_PREC_DECADE:
    year = floor_div(year, 10) * 10;
    break;
  case EVG_PREC_CENTURY:
    year = floor_div(year, 100) * 100;
    break;
  }
  point.year = (int32_t)year;
  return point;
}

evg_date evg_date_from_day(int32_t day, evg_precision precision) {
  evg_date date;
  memset(&date, 0, sizeof date);
  date.from = point_from_day(day, precision);
  date.to = date.from;
  evg_date_compute_bounds(&date);
  return date;
}

static evg_precision unit_precision(evg_unit unit) {
  switch (unit) {
  case EVG_UNIT_DAY:
    return EVG_PREC_DAY;
  case EVG_UNIT_WEEK:
    return EVG_PREC_WEEK;
  case EVG_UNIT_MONTH:
    return EVG_PREC_MONTH;
  case EVG_UNIT_QUARTER:
    return EVG_PREC_QUARTER;
  case EVG_UNIT_YEAR:
    return EVG_PREC_YEAR;
  }
  return EVG_PREC_DAY;
}

/* Shifts a day by whole months, clamping the day of the month so that
 * 31 January + 1 month is the last day of February, not early March. */
static int64_t add_months(int64_t days, int64_t months) {
  int64_t year;
  int month, day;
  date_civil_from_days64(days, &year, &month, &day);
  int64_t month_index = year * 12 + (month - 1) + months;
  int64_t new_year = floor_div(month_index, 12);
  int new_month = (int)floor_mod(month_index, 12) + 1;
  int length = days_in_month(new_year, new_month);
  return days_from_civil64(new_year, new_month, day < length ? day : length);
}

/* The first day of the years an EDTF text can carry at this precision:
 * months, weeks and days need a four-digit year; years and coarser may
 * have more digits (Y12345). */
static bool year_writable(int64_t year, evg_precision precision) {
  if (precision == EVG_PREC_YEAR)
    return year >= MIN_YEAR && year <= MAX_YEAR;
  return date_year_has_four_digits(year);
}

/* The point containing `day` + amount units, at the coarser of `precision`
 * and the unit's; false when it leaves the years EDTF can write. */
static bool shift_point(int64_t day, evg_precision precision, int amount,
                        evg_unit unit, evg_date_point *out) {
  switch (unit) {
  case EVG_UNIT_DAY:
    day += amount;
    break;
  case EVG_UNIT_WEEK:
    day += 7 * (int64_t)amount;
    break;
  case EVG_UNIT_MONTH:
    day = add_months(day, amount);
    break;
  case EVG_UNIT_QUARTER:
    day = add_months(day, 3 * (int64_t)amount);
    break;
  case EVG_UNIT_YEAR:
    day = add_months(day, 12 * (int64_t)amount);
    break;
  }
  if (day < days_from_civil64(MIN_YEAR, 1, 1) ||
      day > days_from_civil64(MAX_YEAR, 12, 31))
    return false;
  evg_precision result_precision =
      evg_precision_coarser(precision, unit_precision(unit));
  *out = point_from_day(day, result_precision);
  /* An ISO week-year can spill one year past the calendar year. */
  return year_writable(out->year, result_precision) &&
         (result_precision != EVG_PREC_WEEK || date_week_days_writable(out));
}

bool evg_date_shift(const evg_date *base, int amount, evg_unit unit,
                    evg_date *out) {
  evg_date shifted = *base;
  bool has_start = evg_date_has_start(base);
  bool has_end = evg_date_has_end(base);
  if (base->interval && has_start != has_end) {
    /* One given end: shift it, keep the open or unknown side. */
    const evg_date_point *given = has_start ? &base->from : &base->to;
    int64_t first, last;
    date_point_bounds(given, &first, &last);
    evg_date_point point;
    if (!shift_point(first, given->precision, amount, unit, &point))
      return false;
    point.approximate = given->approximate;
    point.uncertain = given->uncertain;
    shifted.from = shifted.to = point;
  } else {
    evg_precision precision = base->from.precision;
    if (base->interval)
      precision = evg_precision_coarser(precision, base->to.precision);
    evg_date_point point;
    if (!shift_point(base->start, precision, amount, unit, &point))
      return false;
    memset(&shifted, 0, sizeof shifted);
    point.approximate = base->approximate;
    point.uncertain = base->uncertain;
    shifted.from = shifted.to = point;
  }
  shifted.approximate = shifted.uncertain = false;
  evg_date_compute_bounds(&shifted);
  /* EDTF writes a year beyond four digits alone and unqualified. */
  if (!date_year_has_four_digits(shifted.from.year) &&
      (shifted.interval || shifted.approximate || shifted.uncertain))
    return false;
  *out = shifted;
  return true;
}

int evg_date_compare(const evg_date *a, const evg_date *b) {
  if (a->start != b->start)
    return a->start < b->start ? -1 : 1;
  if (a->end != b->end)
    return a->end < b->end ? -1 : 1;
  return 0;
}
