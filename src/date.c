/* date.c: fuzzy dates -- parsing, bounds, shifting and formatting.
 *
 * Calendar: proleptic Gregorian with astronomical years (0 is 1 BCE), days
 * counted from 1970-01-01.  Years run from -999999 to 999999 (the day
 * count stays well inside int32); only years, decades and centuries go
 * beyond four digits, as EDTF's Y12345 has no month or day.
 *
 * This file depends on nothing but evgraph.h and libc. */
#include "evgraph.h"

#include <stdarg.h>
#include <string.h>

#define MIN_YEAR (-999999)
#define MAX_YEAR 999999
#define YEAR_RANGE_MESSAGE "year out of range (-999999 to 999999)"

/* Beyond four digits EDTF writes Y12345: a year alone, nothing finer. */
static bool year_has_four_digits(int64_t year) {
  return year >= -9999 && year <= 9999;
}

static const char *const month_short_names[12] = {"Jan", "Feb", "Mar", "Apr",
                                                  "May", "Jun", "Jul", "Aug",
                                                  "Sep", "Oct", "Nov", "Dec"};

/* Dates built by hand may hold any month; never index past the table. */
static const char *month_abbrev(int month) {
  return month >= 1 && month <= 12 ? month_short_names[month - 1] : "???";
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

static bool is_leap_year(int64_t year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static int days_in_month(int64_t year, int month) {
  static const int lengths[12] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap_year(year))
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

static void civil_from_days64(int64_t days, int64_t *year, int *month,
                              int *day) {
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
  civil_from_days64(days, &wide_year, month, day);
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
  civil_from_days64(thursday, iso_year, &month, &day);
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
static int season_first_month(int code) {
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
static int season_quarter(int code) {
  return (season_first_month(code) - 1) / 3 + 1;
}

static bool digit_is_unspecified(uint8_t mask, int bit) {
  return (mask >> bit) & 1;
}

/* Whether a two-digit value matches a written pattern whose tens/units
 * digits may be X (bits `tens_bit`, `tens_bit - 1` of the mask). */
static bool two_digits_match(int value, int written, uint8_t mask,
                             int tens_bit) {
  if (!digit_is_unspecified(mask, tens_bit) && value / 10 != written / 10)
    return false;
  if (!digit_is_unspecified(mask, tens_bit - 1) && value % 10 != written % 10)
    return false;
  return true;
}

/* The years a pattern such as 1X85 or 19XX allows, in ascending order:
 * filling the X digits with the digits of 0, 1, 2 ... in turn gives
 * increasing magnitudes (X digits count from the most significant). */
static int year_pattern_count(uint8_t mask) {
  int count = 1;
  for (int bit = 0; bit < 4; bit++)
    if (digit_is_unspecified(mask, bit))
      count *= 10;
  return count;
}

static int64_t year_pattern_value(const evg_date_point *point, int index) {
  int64_t magnitude = point->year < 0 ? -(int64_t)point->year : point->year;
  int64_t value = 0, place = 1000;
  int free_digits = year_pattern_count(point->unspecified & EVG_X_YEAR);
  for (int bit = 3; bit >= 0; bit--, place /= 10) {
    int digit = (int)((magnitude / place) % 10);
    if (digit_is_unspecified(point->unspecified, bit)) {
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
static bool pattern_extreme_day(const evg_date_point *point, bool last,
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
static void significant_years(const evg_date_point *point, int64_t *first,
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

static void point_bounds(const evg_date_point *point, int64_t *first,
                         int64_t *last) {
  int64_t year = point->year;
  if (point->unspecified) {
    if (!pattern_extreme_day(point, false, first) ||
        !pattern_extreme_day(point, true, last))
      *first = *last = 0; /* the parser rejects such patterns */
    return;
  }
  if (point->significant) {
    int64_t first_year, last_year;
    significant_years(point, &first_year, &last_year);
    *first = days_from_civil64(first_year, 1, 1);
    *last = days_from_civil64(last_year + 1, 1, 1) - 1;
    return;
  }
  if (point->season) {
    int month = season_first_month(point->season);
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
static bool week_days_writable(const evg_date_point *week) {
  int64_t first, last, first_year, last_year;
  int month, day;
  point_bounds(week, &first, &last);
  civil_from_days64(first, &first_year, &month, &day);
  civil_from_days64(last, &last_year, &month, &day);
  return year_has_four_digits(first_year) && year_has_four_digits(last_year);
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
  if ((approximate || uncertain) && !year_has_four_digits(date->from.year))
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
  point_bounds(&date->from, &from_first, &from_last);
  point_bounds(&date->to, &to_first, &to_last);
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
  civil_from_days64(days, &year, &month, &day);
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
  civil_from_days64(days, &year, &month, &day);
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
  return year_has_four_digits(year);
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
         (result_precision != EVG_PREC_WEEK || week_days_writable(out));
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
    point_bounds(given, &first, &last);
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
  if (!year_has_four_digits(shifted.from.year) &&
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

/* ------------------------------------------------------------------ */
/* Parsing                                                             */
/* ------------------------------------------------------------------ */

/* One pass over one point (a segment of the text); errors are recorded
 * with their offset and parsing stops at the first one. */
typedef struct {
  const char *text;
  size_t pos;
  size_t end; /* end of the segment being parsed */
  const char *error;
  size_t error_offset;
} date_parser;

static bool fail(date_parser *parser, size_t offset, const char *message) {
  parser->error = message;
  parser->error_offset = offset;
  return false;
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static bool is_qualifier(char c) { return c == '~' || c == '?' || c == '%'; }

/* Length of the run of digits at `pos`, within the segment. */
static size_t digit_run(const date_parser *parser, size_t pos) {
  size_t n = 0;
  while (pos + n < parser->end && is_digit(parser->text[pos + n]))
    n++;
  return n;
}

/* Length of the run of digits and X (unspecified digits) at `pos`. */
static size_t pattern_run(const date_parser *parser, size_t pos) {
  size_t n = 0;
  while (pos + n < parser->end &&
         (is_digit(parser->text[pos + n]) || parser->text[pos + n] == 'X'))
    n++;
  return n;
}

static int digits_value(const char *s, size_t n) {
  int value = 0;
  for (size_t i = 0; i < n; i++)
    value = value * 10 + (s[i] - '0');
  return value;
}

/* The value of digits that may hold X (read as 0), and their X bits: the
 * first character's bit is `top_bit`, the next ones lower. */
static int pattern_value(const char *s, size_t n, int top_bit, uint8_t *mask) {
  int value = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == 'X')
      *mask |= (uint8_t)(1u << (top_bit - (int)i));
    value = value * 10 + (s[i] == 'X' ? 0 : s[i] - '0');
  }
  return value;
}

static bool segment_has(const date_parser *parser, size_t pos,
                        const char *literal) {
  size_t n = strlen(literal);
  return pos + n <= parser->end && memcmp(parser->text + pos, literal, n) == 0;
}

/* The point must end here; explains the most likely mistakes otherwise. */
static bool expect_point_end(date_parser *parser) {
  if (parser->pos == parser->end)
    return true;
  char c = parser->text[parser->pos];
  if (is_qualifier(c))
    return fail(parser, parser->pos,
                "a qualifier (~, ? or %) goes only at the end of a date or "
                "of an interval end");
  if (c == '/')
    return fail(parser, parser->pos, "a date has at most one '/'");
  if (c == 'X')
    return fail(parser, parser->pos,
                "X (unspecified digit) stands for a digit of a year, month "
                "or day");
  return fail(parser, parser->pos, "unexpected text after the date");
}

/* "500 BCE" / "500 BC": `digits` digits at parser->pos, then a space. */
static bool parse_bce_year(date_parser *parser, size_t digits,
                           evg_date_point *point) {
  size_t space = parser->pos + digits;
  size_t era = space + 1;
  size_t era_len;
  if (segment_has(parser, era, "BCE"))
    era_len = 3;
  else if (segment_has(parser, era, "BC"))
    era_len = 2;
  else
    return fail(parser, space,
                "unexpected space (only '500 BCE' or '500 BC' has one)");
  if (digits > 7)
    return fail(parser, parser->pos, YEAR_RANGE_MESSAGE);
  int value = digits_value(parser->text + parser->pos, digits);
  if (value == 0)
    return fail(parser, parser->pos,
                "there is no year 0 BCE (1 BCE is year 0000)");
  if (1 - value < MIN_YEAR)
    return fail(parser, parser->pos, YEAR_RANGE_MESSAGE);
  point->precision = EVG_PREC_YEAR;
  point->year = 1 - value;
  parser->pos = era + era_len;
  return expect_point_end(parser);
}

/* The precision a point with significant digits spans: 1950S3 a decade,
 * 1950S2 and wider a century (the scale's coarsest step). */
static evg_precision significant_precision(const evg_date_point *point) {
  int64_t first, last;
  significant_years(point, &first, &last);
  if (last == first)
    return EVG_PREC_YEAR;
  return last - first < 10 ? EVG_PREC_DECADE : EVG_PREC_CENTURY;
}

/* "S2" after a year: significant digits (EDTF level 2). */
static bool parse_significant(date_parser *parser, evg_date_point *point,
                              int year_digits) {
  size_t pos = parser->pos + 1;
  size_t n = digit_run(parser, pos);
  if (n == 0 || n > 2 || digits_value(parser->text + pos, n) < 1 ||
      digits_value(parser->text + pos, n) > year_digits)
    return fail(parser, pos,
                "significant digits (S) must be 1 to the year's number of "
                "digits");
  point->significant = (int8_t)digits_value(parser->text + pos, n);
  point->precision = significant_precision(point);
  parser->pos = pos + n;
  return expect_point_end(parser);
}

/* Y12345, Y-12345, Y17E4 (17 x 10^4), each with an optional S: years of
 * any length (EDTF levels 1-2), as far as the day count can go. */
static bool parse_y_year(date_parser *parser, evg_date_point *point) {
  const char *text = parser->text;
  size_t start = parser->pos;
  size_t pos = start + 1;
  bool negative = pos < parser->end && text[pos] == '-';
  if (negative)
    pos++;
  size_t n = digit_run(parser, pos);
  if (n == 0)
    return fail(parser, pos, "expected the year's digits after 'Y'");
  /* Leading zeros aside, more than 7 digits cannot be in range. */
  size_t skip = 0;
  while (skip + 1 < n && text[pos + skip] == '0')
    skip++;
  if (n - skip > 7)
    return fail(parser, start, YEAR_RANGE_MESSAGE);
  int64_t value = digits_value(text + pos + skip, n - skip);
  int digits = (int)(n - skip);
  pos += n;
  if (pos < parser->end && text[pos] == 'E') {
    size_t e = digit_run(parser, pos + 1);
    if (e == 0)
      return fail(parser, pos + 1, "expected an exponent after 'E'");
    int exponent = e > 2 ? 99 : digits_value(text + pos + 1, e);
    for (int i = 0; i < exponent && value != 0; i++) {
      value *= 10;
      digits++;
      if (value > -(int64_t)MIN_YEAR)
        return fail(parser, start, YEAR_RANGE_MESSAGE);
    }
    pos += 1 + e;
  }
  if ((negative ? -value : value) < MIN_YEAR || value > MAX_YEAR)
    return fail(parser, start, YEAR_RANGE_MESSAGE);
  point->precision = EVG_PREC_YEAR;
  point->year = (int32_t)(negative ? -value : value);
  parser->pos = pos;
  if (pos < parser->end && text[pos] == 'S')
    return parse_significant(parser, point, digits);
  if (pos < parser->end && text[pos] == '-')
    return fail(parser, pos,
                "a Y year has no month or day (EDTF writes Y12345 alone)");
  return expect_point_end(parser);
}

/* The coarsest unit a point's X digits leave open. */
static evg_precision unspecified_precision(const evg_date_point *point) {
  uint8_t mask = point->unspecified;
  if (mask & 0x0e)
    return EVG_PREC_CENTURY; /* tens or more: no millennium step */
  if (mask & 0x01)
    return EVG_PREC_DECADE;
  if (mask & EVG_X_MONTH)
    return EVG_PREC_YEAR;
  if (mask & EVG_X_DAY)
    return EVG_PREC_MONTH;
  return point->precision;
}

static bool finish_unspecified(date_parser *parser, evg_date_point *point,
                               size_t at) {
  int64_t first;
  if (!pattern_extreme_day(point, false, &first))
    return fail(parser, at, "impossible date: no day matches this pattern");
  point->precision = unspecified_precision(point);
  return expect_point_end(parser);
}

/* A sub-year code after "YYYY-": 21-41 (EDTF seasons, quarters,
 * quadrimesters, halves). */
static bool parse_sub_year_code(date_parser *parser, evg_date_point *point,
                                int code, size_t at) {
  if (code > 41)
    return fail(parser, at,
                "month must be 01 to 12 (or an EDTF season 21 to 41)");
  if (point->unspecified)
    return fail(parser, at, "a season, quarter or half needs a known year");
  if (code >= 33 && code <= 36) {
    point->precision = EVG_PREC_QUARTER;
    point->part = (int8_t)(code - 32);
  } else if (code >= 40) {
    point->precision = EVG_PREC_HALF;
    point->part = (int8_t)(code - 39);
  } else if (code >= 37) {
    point->precision = EVG_PREC_HALF; /* 4 months: the next coarser step */
    point->season = (int8_t)code;
  } else {
    point->precision = EVG_PREC_QUARTER;
    point->part = (int8_t)season_quarter(code);
    point->season = (int8_t)code;
  }
  parser->pos = at + 2;
  return expect_point_end(parser);
}

static bool parse_day(date_parser *parser, evg_date_point *point, size_t pos) {
  const char *text = parser->text;
  if (pattern_run(parser, pos) != 2)
    return fail(parser, pos, "day must have 2 digits (01 to 31)");
  uint8_t mask = point->unspecified;
  int day = pattern_value(text + pos, 2, 7, &mask);
  parser->pos = pos + 2;
  if (mask != point->unspecified || point->unspecified) {
    point->unspecified = mask;
    point->day = (int8_t)day;
    point->precision = EVG_PREC_DAY;
    if ((mask & EVG_X_DAY) == 0 && (day < 1 || day > 31))
      return fail(parser, pos, "day must be 01 to 31");
    return finish_unspecified(parser, point, pos);
  }
  if (day < 1 || day > 31)
    return fail(parser, pos, "day must be 01 to 31");
  int month = point->month;
  if (!evg_date_valid_day(point->year, month, day)) {
    /* Messages are static, so they name the month but not the year. */
    static const char *const too_short[12] = {
        NULL,
        "impossible date: February has 28 days in that year (not a leap "
        "year)",
        NULL,
        "impossible date: April has 30 days",
        NULL,
        "impossible date: June has 30 days",
        NULL,
        NULL,
        "impossible date: September has 30 days",
        NULL,
        "impossible date: November has 30 days",
        NULL};
    if (month == 2 && is_leap_year(point->year))
      return fail(parser, pos,
                  "impossible date: February has 29 days even in a leap year");
    return fail(parser, pos, too_short[month - 1]);
  }
  point->precision = EVG_PREC_DAY;
  point->day = (int8_t)day;
  return expect_point_end(parser);
}

/* What follows "YYYY-": a month (and day), a week, a quarter, a half or an
 * EDTF sub-year code. */
static bool parse_year_part(date_parser *parser, evg_date_point *point) {
  const char *text = parser->text;
  size_t pos = parser->pos;
  if (pos == parser->end)
    return fail(parser, pos,
                "expected a month (01-12), week (W05), quarter (Q1) or half "
                "(H1) after '-'");
  char c = text[pos];
  if ((c == 'W' || c == 'Q' || c == 'H') && point->unspecified)
    return fail(parser, pos, "a week, quarter or half needs a known year");
  if (c == 'W') {
    pos++;
    if (digit_run(parser, pos) != 2)
      return fail(parser, pos, "week must have 2 digits (W01 to W53)");
    int week = digits_value(text + pos, 2);
    if (week < 1 || week > 53)
      return fail(parser, pos, "week must be W01 to W53");
    if (week > evg_iso_weeks_in_year(point->year))
      return fail(parser, pos, "this ISO week-year has only 52 weeks");
    point->precision = EVG_PREC_WEEK;
    point->part = (int8_t)week;
    if (!week_days_writable(point))
      return fail(parser, pos,
                  "this week ends after 9999: EDTF writes a week as its "
                  "days, which need four-digit years");
    parser->pos = pos + 2;
    return expect_point_end(parser);
  }
  if (c == 'Q' || c == 'H') {
    pos++;
    int max = c == 'Q' ? 4 : 2;
    if (digit_run(parser, pos) != 1 || digits_value(text + pos, 1) < 1 ||
        digits_value(text + pos, 1) > max)
      return fail(parser, pos,
                  c == 'Q' ? "quarter must be Q1 to Q4"
                           : "half must be H1 or H2");
    point->precision = c == 'Q' ? EVG_PREC_QUARTER : EVG_PREC_HALF;
    point->part = (int8_t)digits_value(text + pos, 1);
    parser->pos = pos + 1;
    return expect_point_end(parser);
  }
  if (!is_digit(c) && c != 'X')
    return fail(parser, pos,
                "expected a month (01-12), week (W05), quarter (Q1) or half "
                "(H1) after '-'");
  if (pattern_run(parser, pos) != 2)
    return fail(parser, pos, "month must have 2 digits (01 to 12)");
  uint8_t mask = point->unspecified;
  int code = pattern_value(text + pos, 2, 5, &mask);
  bool month_unspecified = (mask & EVG_X_MONTH) != 0;
  if (!month_unspecified && code >= 21)
    return parse_sub_year_code(parser, point, code, pos);
  if (!month_unspecified && (code < 1 || code > 12))
    return fail(parser, pos, "month must be 01 to 12");
  point->unspecified = mask;
  point->precision = EVG_PREC_MONTH;
  point->month = (int8_t)code;
  parser->pos = pos + 2;
  if (parser->pos < parser->end && text[parser->pos] == '-')
    return parse_day(parser, point, parser->pos + 1);
  if (point->unspecified)
    return finish_unspecified(parser, point, pos);
  return expect_point_end(parser);
}

/* One point without its qualifier. */
static bool parse_point(date_parser *parser, evg_date_point *point) {
  const char *text = parser->text;
  size_t start = parser->pos;
  memset(point, 0, sizeof *point);
  if (parser->pos == parser->end)
    return fail(parser, parser->pos, "expected a date");
  if (text[parser->pos] == 'Y')
    return parse_y_year(parser, point);

  bool negative = text[parser->pos] == '-';
  if (negative)
    parser->pos++;
  size_t digits_at = parser->pos;
  size_t digits = digit_run(parser, digits_at);
  size_t run = pattern_run(parser, digits_at);
  size_t after = digits_at + run;

  if (!negative && digits > 0 && digits == run && after < parser->end &&
      text[after] == ' ')
    return parse_bce_year(parser, digits, point);
  if (run == 0)
    return fail(parser, digits_at, "expected a year (4 digits, e.g. 2025)");
  if (run != 4)
    return fail(parser, digits_at,
                run > 4 && digits == run
                    ? "year must have 4 digits (Y12345 for longer years)"
                    : "year must have 4 digits (e.g. 0800; -0500 or 500 BCE "
                      "before year 1)");
  uint8_t mask = 0;
  int value = pattern_value(text + digits_at, 4, 3, &mask);
  if ((mask & EVG_X_YEAR) == EVG_X_YEAR)
    return fail(parser, digits_at,
                "XXXX has no bounds: give at least one digit of the year");
  if (negative && value == 0 && mask == 0)
    return fail(parser, start, "-0000 is not a year; write 0000");
  if (negative && value == 0)
    return fail(parser, start,
                "a negative year with X needs a known digit other than 0 "
                "(write -00XX as -0099/0000)");
  point->precision = EVG_PREC_YEAR;
  point->year = negative ? -value : value;
  parser->pos = after;
  bool more = parser->pos < parser->end;
  /* 199X and 19XX alone are decades and centuries, as in EDTF level 1. */
  if (!negative && (mask == 0x01 || mask == 0x03) &&
      !(more && text[parser->pos] == '-')) {
    point->precision = mask == 0x01 ? EVG_PREC_DECADE : EVG_PREC_CENTURY;
    return expect_point_end(parser);
  }
  point->unspecified = mask;
  if (more && text[parser->pos] == 'S') {
    if (mask)
      return fail(parser, parser->pos,
                  "significant digits (S) need a year without X");
    return parse_significant(parser, point, 4);
  }
  if (!more || text[parser->pos] != '-') {
    if (mask)
      return finish_unspecified(parser, point, digits_at);
    return expect_point_end(parser);
  }
  parser->pos++;
  return parse_year_part(parser, point);
}

/* One end: a point and its qualifier (~ ? %), within [begin, end). */
static bool parse_qualified_point(date_parser *parser, size_t begin, size_t end,
                                  evg_date_point *point) {
  bool approximate = false, uncertain = false;
  if (end > begin && is_qualifier(parser->text[end - 1])) {
    char q = parser->text[end - 1];
    approximate = q == '~' || q == '%';
    uncertain = q == '?' || q == '%';
    end--;
    if (end == begin)
      return fail(parser, begin, "a qualifier needs a date before it");
  }
  parser->pos = begin;
  parser->end = end;
  if (!parse_point(parser, point))
    return false;
  if ((approximate || uncertain) && !year_has_four_digits(point->year))
    return fail(parser, end,
                "EDTF has no qualifier for a year beyond four digits");
  point->approximate = approximate;
  point->uncertain = uncertain;
  return true;
}

static bool segment_is_open(const char *text, size_t begin, size_t end) {
  return end - begin == 2 && text[begin] == '.' && text[begin + 1] == '.';
}

static bool parse_date(date_parser *parser, size_t len, evg_date *date) {
  const char *text = parser->text;
  if (len == 0)
    return fail(parser, 0, "empty date");

  const char *slash = memchr(text, '/', len);
  if (!slash) {
    if (segment_is_open(text, 0, len))
      return fail(parser, 0, "'..' belongs in an interval: ../2025 or 2025/..");
    if (!parse_qualified_point(parser, 0, len, &date->from))
      return false;
    date->to = date->from;
    return true;
  }

  size_t slash_at = (size_t)(slash - text);
  size_t to_at = slash_at + 1;
  size_t to_end = len;
  const char *second = memchr(text + to_at, '/', len - to_at);
  if (second)
    return fail(parser, (size_t)(second - text), "a date has at most one '/'");
  date->interval = true;
  /* A/..~ is the events files' old spelling of A~/..: the qualifier
   * belongs to the one given end. */
  bool trailing_open_qualifier = to_end - to_at == 3 &&
                                 segment_is_open(text, to_at, to_at + 2) &&
                                 is_qualifier(text[to_at + 2]);
  if (trailing_open_qualifier)
    to_end--;
  date->open_start = segment_is_open(text, 0, slash_at);
  date->open_end = segment_is_open(text, to_at, to_end);
  date->unknown_start = slash_at == 0;
  date->unknown_end = to_at == to_end;
  if (!evg_date_has_start(date) && !evg_date_has_end(date))
    return fail(parser, 0, "an interval needs at least one end date");

  if (evg_date_has_start(date) &&
      !parse_qualified_point(parser, 0, slash_at, &date->from))
    return false;
  if (evg_date_has_end(date) &&
      !parse_qualified_point(parser, to_at, to_end, &date->to))
    return false;
  if (evg_date_has_start(date) && !year_has_four_digits(date->from.year))
    return fail(parser, 0,
                "a year beyond four digits stands alone in EDTF (no "
                "interval)");
  if (evg_date_has_end(date) && !year_has_four_digits(date->to.year))
    return fail(parser, to_at,
                "a year beyond four digits stands alone in EDTF (no "
                "interval)");
  if (!evg_date_has_start(date))
    date->from = date->to;
  if (!evg_date_has_end(date)) {
    if (trailing_open_qualifier) {
      char q = text[to_end];
      date->from.approximate = q == '~' || q == '%';
      date->from.uncertain = q == '?' || q == '%';
    }
    date->to = date->from;
  }
  if (evg_date_has_start(date) && evg_date_has_end(date)) {
    int64_t from_first, from_last, to_first, to_last;
    point_bounds(&date->from, &from_first, &from_last);
    point_bounds(&date->to, &to_first, &to_last);
    if (to_first < from_first)
      return fail(parser, to_at, "interval ends before it starts");
  }
  return true;
}

bool evg_date_parse(const char *text, size_t len, evg_date *out,
                    const char **error, size_t *error_offset) {
  date_parser parser;
  memset(&parser, 0, sizeof parser);
  parser.text = text;
  evg_date date;
  memset(&date, 0, sizeof date);
  if (!parse_date(&parser, len, &date)) {
    if (error)
      *error = parser.error;
    if (error_offset)
      *error_offset = parser.error_offset;
    return false;
  }
  evg_date_compute_bounds(&date);
  *out = date;
  return true;
}

/* ------------------------------------------------------------------ */
/* Formatting                                                          */
/* ------------------------------------------------------------------ */

/* snprintf into a caller's buffer, piece by piece: keeps counting the
 * length needed after the buffer is full, so callers can size a retry. */
typedef struct {
  char *buf;
  size_t size;
  size_t len;
} text_writer;

static void text_writer_init(text_writer *writer, char *buf, size_t size) {
  writer->buf = buf;
  writer->size = size;
  writer->len = 0;
  if (size > 0)
    buf[0] = '\0';
}

static void put(text_writer *writer, const char *format, ...)
    __attribute__((format(printf, 2, 3)));

static void put(text_writer *writer, const char *format, ...) {
  char *dest = NULL;
  size_t room = 0;
  if (writer->len < writer->size) {
    dest = writer->buf + writer->len;
    room = writer->size - writer->len;
  }
  va_list args;
  va_start(args, format);
  int n = vsnprintf(dest, room, format, args);
  va_end(args);
  if (n > 0)
    writer->len += (size_t)n;
}

/* The bytes text[0..len), as put(writer, "%.*s", len, text) writes them:
 * dates are written for every extracted event, and vsnprintf's reading of
 * a format was most of their cost. */
static void put_bytes(text_writer *writer, const char *text, size_t len) {
  for (size_t i = 0; i < len; i++) {
    if (writer->len + 1 < writer->size)
      writer->buf[writer->len] = text[i];
    writer->len++;
  }
  if (writer->len < writer->size)
    writer->buf[writer->len] = '\0';
  else if (writer->size > 0)
    writer->buf[writer->size - 1] = '\0';
}

/* `count` digits of `value` (0 <= value < 10^count), as "%0*ld" writes
 * them, after the byte `before` unless it is NUL. */
static void put_digits(text_writer *writer, char before, long value,
                       int count) {
  char text[8];
  size_t len = 0;
  if (before)
    text[len++] = before;
  for (int i = count - 1; i >= 0; i--, value /= 10)
    text[len + (size_t)i] = (char)('0' + value % 10);
  put_bytes(writer, text, len + (size_t)count);
}

/* "-MM" as put(writer, "-%02d", value) writes it. */
static void put_dash_two_digits(text_writer *writer, int value) {
  if (value < 0 || value > 99)
    put(writer, "-%02d", value);
  else
    put_digits(writer, '-', value, 2);
}

/* EDTF years: four digits at least, a minus sign before year 0, and the
 * Y prefix EDTF requires beyond four digits. */
static void put_edtf_year(text_writer *writer, int32_t year) {
  if (year >= 0 && year <= 9999)
    put_digits(writer, '\0', year, 4);
  else if (year > 9999 || year < -9999)
    put(writer, "Y%ld", (long)year);
  else if (year < 0)
    put(writer, "-%04ld", -(long)year);
  else
    put(writer, "%04ld", (long)year);
}

/* Two digits, or four for the year, with X where the mask says. */
static void put_pattern_digits(text_writer *writer, long value, int count,
                               uint8_t mask, int top_bit) {
  char digits[5];
  for (int i = count - 1; i >= 0; i--, value /= 10)
    digits[i] = (char)('0' + value % 10);
  for (int i = 0; i < count; i++)
    if (digit_is_unspecified(mask, top_bit - i))
      digits[i] = 'X';
  put(writer, "%.*s", count, digits);
}

static void put_unspecified_point(text_writer *writer,
                                  const evg_date_point *point) {
  uint8_t mask = point->unspecified;
  if (point->year < 0)
    put(writer, "-");
  put_pattern_digits(writer, point->year < 0 ? -(long)point->year : point->year,
                     4, mask, 3);
  if (point->month != 0 || (mask & EVG_X_MONTH)) {
    put(writer, "-");
    put_pattern_digits(writer, point->month, 2, mask, 5);
  }
  if (point->day != 0 || (mask & EVG_X_DAY)) {
    put(writer, "-");
    put_pattern_digits(writer, point->day, 2, mask, 7);
  }
}

/* Which part of a point is written: the whole point, or (for an interval
 * end that EDTF cannot spell as one point, e.g. a week) its first or last
 * day or year. */
typedef enum { WRITE_WHOLE, WRITE_FIRST, WRITE_LAST } point_role;

typedef enum { SPELL_EDTF, SPELL_ISO } spelling;

static void put_qualifier(text_writer *writer, const evg_date_point *point) {
  if (point->approximate && point->uncertain)
    put(writer, "%%");
  else if (point->approximate)
    put(writer, "~");
  else if (point->uncertain)
    put(writer, "?");
}

/* The unit a point is written in when EDTF has no single spelling for it
 * at that place (see put_edtf_point). */
typedef enum { SPAN_DAYS, SPAN_MONTHS, SPAN_YEARS } span_unit;

static void put_unit_containing(text_writer *writer, int64_t day,
                                span_unit unit) {
  int64_t year;
  int month, day_of_month;
  civil_from_days64(day, &year, &month, &day_of_month);
  put_edtf_year(writer, (int32_t)year);
  if (unit != SPAN_YEARS)
    put(writer, "-%02d", month);
  if (unit == SPAN_DAYS)
    put(writer, "-%02d", day_of_month);
}

/* A point written as its first and/or last day, month or year, each end
 * with the point's qualifier: a week (2025-01-27/2025-02-02), a qualified
 * season (2001-01~/2001-03~) or decade (1990?/1999?), a BCE decade. */
static void put_span_point(text_writer *writer, const evg_date_point *point,
                           point_role role, span_unit unit) {
  int64_t first, last;
  point_bounds(point, &first, &last);
  if (role != WRITE_LAST)
    put_unit_containing(writer, first, unit);
  if (role == WRITE_WHOLE) {
    put_qualifier(writer, point);
    put(writer, "/");
  }
  if (role != WRITE_FIRST)
    put_unit_containing(writer, last, unit);
  put_qualifier(writer, point);
}

/* EDTF (as edtf.js reads it, and ISO 8601-2's examples) has no qualifier
 * for X digits, sub-year codes or significant digits, no sub-year code or
 * significant digits as an interval end, and no week at all: such points
 * are written as the span of their days, months or years, which keeps
 * their bounds.  The ISO spelling keeps them compact: our parser reads it.
 * `interval_qualified`: the point is an end of an interval with a
 * qualified end. */
static void put_edtf_point(text_writer *writer, const evg_date_point *point,
                           point_role role, spelling spell,
                           bool interval_qualified) {
  bool qualified = point->approximate || point->uncertain;
  bool edtf = spell == SPELL_EDTF;
  /* Nor does edtf.js read X digits in an interval with a qualified end
   * (1990?/200X); the span of days or years is the same interval. */
  bool no_x = edtf && (qualified || interval_qualified);
  if (point->unspecified) {
    if (no_x) {
      put_span_point(writer, point, role, SPAN_DAYS);
      return;
    }
    put_unspecified_point(writer, point);
    put_qualifier(writer, point);
    return;
  }
  if (point->significant) {
    if (edtf && (qualified || role != WRITE_WHOLE)) {
      put_span_point(writer, point, role, SPAN_YEARS);
      return;
    }
    put_edtf_year(writer, point->year);
    put(writer, "S%d", point->significant);
    put_qualifier(writer, point);
    return;
  }
  switch (point->precision) {
  case EVG_PREC_DAY:
    put_edtf_year(writer, point->year);
    put_dash_two_digits(writer, point->month);
    put_dash_two_digits(writer, point->day);
    break;
  case EVG_PREC_WEEK:
    if (edtf) {
      put_span_point(writer, point, role, SPAN_DAYS);
      return;
    }
    put_edtf_year(writer, point->year);
    put(writer, "-W%02d", point->part);
    break;
  case EVG_PREC_MONTH:
    put_edtf_year(writer, point->year);
    put_dash_two_digits(writer, point->month);
    break;
  case EVG_PREC_QUARTER:
  case EVG_PREC_HALF:
    if (edtf && (qualified || role != WRITE_WHOLE)) {
      put_span_point(writer, point, role, SPAN_MONTHS);
      return;
    }
    put_edtf_year(writer, point->year);
    if (point->season)
      put(writer, "-%02d", point->season);
    else if (!edtf)
      put(writer, "-%c%d", point->precision == EVG_PREC_QUARTER ? 'Q' : 'H',
          point->part);
    else
      put(writer, "-%02d",
          (point->precision == EVG_PREC_QUARTER ? 32 : 39) + point->part);
    break;
  case EVG_PREC_YEAR:
    put_edtf_year(writer, point->year);
    break;
  case EVG_PREC_DECADE:
  case EVG_PREC_CENTURY: {
    int32_t span = point->precision == EVG_PREC_DECADE ? 10 : 100;
    /* 199X cannot spell a decade before year 0 (the X digits would count
     * backwards) nor one past 9999. */
    if (point->year < 0 || point->year + span - 1 > 9999 || no_x) {
      put_span_point(writer, point, role, SPAN_YEARS);
      return;
    }
    if (span == 10)
      put(writer, "%03ldX", (long)(point->year / 10));
    else
      put(writer, "%02ldXX", (long)(point->year / 100));
    break;
  }
  }
  put_qualifier(writer, point);
}

static bool points_same(const evg_date_point *a, const evg_date_point *b) {
  return a->precision == b->precision && a->year == b->year &&
         a->month == b->month && a->day == b->day && a->part == b->part &&
         a->season == b->season && a->significant == b->significant &&
         a->unspecified == b->unspecified && a->approximate == b->approximate &&
         a->uncertain == b->uncertain;
}

static size_t format_date(const evg_date *date, char *buf, size_t size,
                          spelling spell) {
  text_writer writer;
  text_writer_init(&writer, buf, size);
  bool has_start = evg_date_has_start(date), has_end = evg_date_has_end(date);
  if (!date->interval) {
    /* Dates built by hand may carry their qualifier on the date only. */
    evg_date_point point = date->from;
    point.approximate |= date->approximate;
    point.uncertain |= date->uncertain;
    put_edtf_point(&writer, &point, WRITE_WHOLE, spell, false);
    return writer.len;
  }
  if (has_start && has_end && points_same(&date->from, &date->to)) {
    /* edtf.js wants an interval's end after its start: A/A is A. */
    put_edtf_point(&writer, &date->from, WRITE_WHOLE, spell, false);
    return writer.len;
  }
  bool qualified =
      (has_start && (date->from.approximate || date->from.uncertain)) ||
      (has_end && (date->to.approximate || date->to.uncertain));
  if (date->open_start)
    put(&writer, "..");
  else if (has_start)
    put_edtf_point(&writer, &date->from, WRITE_FIRST, spell, qualified);
  put(&writer, "/");
  if (date->open_end)
    put(&writer, "..");
  else if (has_end)
    put_edtf_point(&writer, &date->to, WRITE_LAST, spell, qualified);
  return writer.len;
}

size_t evg_date_format_edtf(const evg_date *date, char *buf, size_t size) {
  return format_date(date, buf, size, SPELL_EDTF);
}

size_t evg_date_format_iso(const evg_date *date, char *buf, size_t size) {
  return format_date(date, buf, size, SPELL_ISO);
}

#define EN_DASH "\xE2\x80\x93"

/* Human years: "2018", "800" (no leading zeros), "500 BCE" for -499. */
static void put_human_year(text_writer *writer, int32_t year) {
  if (year > 0)
    put(writer, "%ld", (long)year);
  else
    put(writer, "%ld BCE", 1 - (long)year);
}

/* A span of whole years: "2021–2024", "501–492 BCE", "1 BCE–9". */
static void put_human_year_span(text_writer *writer, int32_t first,
                                int32_t last) {
  if (first <= 0 && last <= 0)
    put(writer, "%ld" EN_DASH "%ld BCE", 1 - (long)first, 1 - (long)last);
  else {
    put_human_year(writer, first);
    put(writer, EN_DASH);
    put_human_year(writer, last);
  }
}

/* The part of a point before its year: "27 Jan ", "Q1 ", "week 5, ". */
static void put_human_prefix(text_writer *writer, const evg_date_point *point) {
  switch (point->precision) {
  case EVG_PREC_DAY:
    put(writer, "%d %s ", point->day, month_abbrev(point->month));
    return;
  case EVG_PREC_WEEK:
    put(writer, "week %d, ", point->part);
    return;
  case EVG_PREC_MONTH:
    put(writer, "%s ", month_abbrev(point->month));
    return;
  case EVG_PREC_QUARTER:
    put(writer, "Q%d ", point->part);
    return;
  case EVG_PREC_HALF:
    put(writer, "H%d ", point->part);
    return;
  case EVG_PREC_YEAR:
  case EVG_PREC_DECADE:
  case EVG_PREC_CENTURY:
    return;
  }
}

/* EDTF seasons and quadrimesters by name: "spring 2001", "Jan–Apr 2001". */
static void put_human_season(text_writer *writer, const evg_date_point *point) {
  static const char *const names[4] = {"spring", "summer", "autumn", "winter"};
  int code = point->season;
  if (code <= 24)
    put(writer, "%s ", names[code - 21]);
  else if (code <= 28)
    put(writer, "northern %s ", names[code - 25]);
  else if (code <= 32)
    put(writer, "southern %s ", names[code - 29]);
  else {
    int first = season_first_month(code);
    put(writer, "%s" EN_DASH "%s ", month_abbrev(first),
        month_abbrev(first + 3));
  }
  put_human_year(writer, point->year);
}

static void put_human_point(text_writer *writer, const evg_date_point *point) {
  if (point->unspecified) {
    /* No shorter honest reading: "156X-12-25" says which digits are open. */
    put_unspecified_point(writer, point);
    return;
  }
  if (point->significant) {
    int64_t first, last;
    significant_years(point, &first, &last);
    put_human_year_span(writer, (int32_t)first, (int32_t)last);
    put(writer, " (est. ");
    put_human_year(writer, point->year);
    put(writer, ")");
    return;
  }
  if (point->season) {
    put_human_season(writer, point);
    return;
  }
  if (point->precision == EVG_PREC_DECADE ||
      point->precision == EVG_PREC_CENTURY) {
    int32_t span = point->precision == EVG_PREC_DECADE ? 10 : 100;
    /* "1990s" only reads right for AD years. */
    if (point->year > 0)
      put(writer, "%lds", (long)point->year);
    else
      put_human_year_span(writer, point->year, point->year + span - 1);
    return;
  }
  put_human_prefix(writer, point);
  put_human_year(writer, point->year);
}

/* A point with its qualifiers: "c. 2018", "2018?", "c. 2018?". */
static void put_human_qualified(text_writer *writer,
                                const evg_date_point *point) {
  if (point->approximate)
    put(writer, "c. ");
  put_human_point(writer, point);
  if (point->uncertain)
    put(writer, "?");
}

static bool points_equal(const evg_date_point *a, const evg_date_point *b) {
  return a->precision == b->precision && a->year == b->year &&
         a->month == b->month && a->day == b->day && a->part == b->part &&
         a->season == b->season && a->significant == b->significant &&
         a->unspecified == b->unspecified;
}

static bool point_is_plain(const evg_date_point *point) {
  return !point->approximate && !point->uncertain && !point->season &&
         !point->significant && !point->unspecified;
}

/* A closed interval, compact when both ends share precision and year:
 * "Jan–Mar 2025", "3–7 Feb 2025", "Q1–Q3 2025"; "Dec 2024–Jan 2025"; each
 * end with its own qualifier otherwise ("c. 1984–2004"). */
static void put_human_interval(text_writer *writer, const evg_date_point *from,
                               const evg_date_point *to) {
  if (!point_is_plain(from) || !point_is_plain(to)) {
    put_human_qualified(writer, from);
    put(writer, EN_DASH);
    put_human_qualified(writer, to);
    return;
  }
  if (points_equal(from, to)) {
    put_human_point(writer, from);
    return;
  }
  bool same_year = from->precision == to->precision && from->year == to->year;
  if (from->precision == EVG_PREC_YEAR && to->precision == EVG_PREC_YEAR) {
    put_human_year_span(writer, from->year, to->year);
    return;
  }
  if (!same_year || from->precision == EVG_PREC_DECADE ||
      from->precision == EVG_PREC_CENTURY) {
    put_human_point(writer, from);
    put(writer, EN_DASH);
    put_human_point(writer, to);
    return;
  }
  switch (from->precision) {
  case EVG_PREC_DAY:
    if (from->month == to->month)
      put(writer, "%d" EN_DASH "%d %s ", from->day, to->day,
          month_abbrev(from->month));
    else
      put(writer, "%d %s" EN_DASH "%d %s ", from->day,
          month_abbrev(from->month), to->day, month_abbrev(to->month));
    break;
  case EVG_PREC_WEEK:
    put(writer, "weeks %d" EN_DASH "%d, ", from->part, to->part);
    break;
  case EVG_PREC_MONTH:
    put(writer, "%s" EN_DASH "%s ", month_abbrev(from->month),
        month_abbrev(to->month));
    break;
  case EVG_PREC_QUARTER:
    put(writer, "Q%d" EN_DASH "Q%d ", from->part, to->part);
    break;
  case EVG_PREC_HALF:
    put(writer, "H%d" EN_DASH "H%d ", from->part, to->part);
    break;
  case EVG_PREC_YEAR:
  case EVG_PREC_DECADE:
  case EVG_PREC_CENTURY:
    break; /* handled above */
  }
  put_human_year(writer, from->year);
}

size_t evg_date_format_human(const evg_date *date, char *buf, size_t size) {
  text_writer writer;
  text_writer_init(&writer, buf, size);
  if (!date->interval) {
    evg_date_point point = date->from;
    point.approximate |= date->approximate;
    point.uncertain |= date->uncertain;
    put_human_qualified(&writer, &point);
  } else if (date->open_start || date->unknown_start) {
    /* "by c. 1990", not "c. by 1990": circa qualifies the date. */
    put(&writer, date->open_start ? "by " : "?" EN_DASH);
    put_human_qualified(&writer, &date->to);
  } else if (date->open_end) {
    put(&writer, "from ");
    put_human_qualified(&writer, &date->from);
  } else if (date->unknown_end) {
    put_human_qualified(&writer, &date->from);
    put(&writer, EN_DASH "?");
  } else {
    put_human_interval(&writer, &date->from, &date->to);
  }
  return writer.len;
}

size_t evg_day_format_iso(int32_t day, char *buf, size_t size) {
  text_writer writer;
  text_writer_init(&writer, buf, size);
  int64_t year;
  int month, day_of_month;
  civil_from_days64(day, &year, &month, &day_of_month);
  /* ISO 8601's expanded years carry a sign: +12345-01-01. */
  if (year < 0)
    put(&writer, "-%04lld", -(long long)year);
  else
    put(&writer, year > 9999 ? "+%lld" : "%04lld", (long long)year);
  put(&writer, "-%02d-%02d", month, day_of_month);
  return writer.len;
}

int32_t evg_date_first_known_day(const evg_date *date) {
  return evg_date_has_start(date) ? date->start : date->end;
}

int32_t evg_date_last_known_day(const evg_date *date) {
  return evg_date_has_end(date) ? date->end : date->start;
}

int32_t evg_date_year(const evg_date *date) {
  const evg_date_point *point =
      evg_date_has_start(date) ? &date->from : &date->to;
  if (point->unspecified || point->significant) {
    /* The written year holds X as 0 (-1XXX is -1000): take the first day. */
    int64_t first, last, year;
    int month, day;
    point_bounds(point, &first, &last);
    civil_from_days64(first, &year, &month, &day);
    return (int32_t)year;
  }
  return point->year;
}
