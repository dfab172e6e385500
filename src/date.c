/* date.c: fuzzy dates -- parsing, bounds, shifting and formatting.
 *
 * Calendar: proleptic Gregorian with astronomical years (0 is 1 BCE), days
 * counted from 1970-01-01.  Years run from -9999 to 9999, so every date we
 * accept is written with exactly four year digits (or as "500 BCE").
 *
 * This file depends on nothing but evgraph.h and libc. */
#include "evgraph.h"

#include <stdarg.h>
#include <string.h>

#define MIN_YEAR (-9999)
#define MAX_YEAR 9999

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

static void point_bounds(const evg_date_point *point, int64_t *first,
                         int64_t *last) {
  int64_t year = point->year;
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

void evg_date_compute_bounds(evg_date *date) {
  int64_t from_first, from_last, to_first, to_last;
  point_bounds(&date->from, &from_first, &from_last);
  point_bounds(&date->to, &to_first, &to_last);
  if (!date->interval) {
    date->start = (int32_t)from_first;
    date->end = (int32_t)from_last;
  } else if (date->open_start) {
    /* ../B has no finite first day; callers look at open_start. */
    date->start = (int32_t)to_first;
    date->end = (int32_t)to_last;
  } else if (date->open_end) {
    date->start = (int32_t)from_first;
    date->end = (int32_t)from_last;
  } else {
    date->start = (int32_t)from_first;
    date->end = (int32_t)to_last;
  }
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

bool evg_date_shift(const evg_date *base, int amount, evg_unit unit,
                    evg_date *out) {
  int64_t day = base->open_start ? base->end : base->start;
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

  evg_precision base_precision = base->from.precision;
  if (base->interval)
    base_precision =
        evg_precision_coarser(base->from.precision, base->to.precision);
  evg_date shifted = evg_date_from_day(
      (int32_t)day,
      evg_precision_coarser(base_precision, unit_precision(unit)));
  /* An ISO week-year can spill one year past the calendar year. */
  if (shifted.from.year < MIN_YEAR || shifted.from.year > MAX_YEAR)
    return false;
  shifted.approximate = base->approximate;
  shifted.uncertain = base->uncertain;
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

static int digits_value(const char *s, size_t n) {
  int value = 0;
  for (size_t i = 0; i < n; i++)
    value = value * 10 + (s[i] - '0');
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
                "only one qualifier (~, ? or %) is allowed, at the very end "
                "of the date");
  if (c == '/')
    return fail(parser, parser->pos, "a date has at most one '/'");
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
  if (digits > 5)
    return fail(parser, parser->pos, "year out of range (-9999 to 9999)");
  int value = digits_value(parser->text + parser->pos, digits);
  if (value == 0)
    return fail(parser, parser->pos,
                "there is no year 0 BCE (1 BCE is year 0000)");
  if (1 - value < MIN_YEAR)
    return fail(parser, parser->pos,
                "year out of range (10000 BCE is the earliest)");
  point->precision = EVG_PREC_YEAR;
  point->year = 1 - value;
  parser->pos = era + era_len;
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
  if (!is_digit(c))
    return fail(parser, pos,
                "expected a month (01-12), week (W05), quarter (Q1) or half "
                "(H1) after '-'");
  if (digit_run(parser, pos) != 2)
    return fail(parser, pos, "month must have 2 digits (01 to 12)");
  int code = digits_value(text + pos, 2);
  if (code >= 33 && code <= 36) {
    point->precision = EVG_PREC_QUARTER;
    point->part = (int8_t)(code - 32);
    parser->pos = pos + 2;
    return expect_point_end(parser);
  }
  if (code == 40 || code == 41) {
    point->precision = EVG_PREC_HALF;
    point->part = (int8_t)(code - 39);
    parser->pos = pos + 2;
    return expect_point_end(parser);
  }
  if (code >= 21 && code <= 39)
    return fail(parser, pos,
                "unsupported EDTF sub-year code: only 33-36 (quarters) and "
                "40-41 (halves) are supported");
  if (code < 1 || code > 12)
    return fail(parser, pos, "month must be 01 to 12");
  point->precision = EVG_PREC_MONTH;
  point->month = (int8_t)code;
  pos += 2;
  if (pos == parser->end || text[pos] != '-') {
    parser->pos = pos;
    return expect_point_end(parser);
  }

  pos++;
  if (digit_run(parser, pos) != 2)
    return fail(parser, pos, "day must have 2 digits (01 to 31)");
  int day = digits_value(text + pos, 2);
  if (day < 1 || day > 31)
    return fail(parser, pos, "day must be 01 to 31");
  if (!evg_date_valid_day(point->year, code, day)) {
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
    if (code == 2 && is_leap_year(point->year))
      return fail(parser, pos,
                  "impossible date: February has 29 days even in a leap year");
    return fail(parser, pos, too_short[code - 1]);
  }
  point->precision = EVG_PREC_DAY;
  point->day = (int8_t)day;
  parser->pos = pos + 2;
  return expect_point_end(parser);
}

/* One point: any form but an interval, without qualifier. */
static bool parse_point(date_parser *parser, evg_date_point *point) {
  const char *text = parser->text;
  size_t start = parser->pos;
  memset(point, 0, sizeof *point);
  if (parser->pos == parser->end)
    return fail(parser, parser->pos, "expected a date");

  bool negative = text[parser->pos] == '-';
  if (negative)
    parser->pos++;
  size_t digits_at = parser->pos;
  size_t digits = digit_run(parser, digits_at);
  size_t after = digits_at + digits;

  if (!negative && digits > 0 && after < parser->end && text[after] == ' ')
    return parse_bce_year(parser, digits, point);

  /* Decades 199X and centuries 19XX: the X stands for the unknown digits. */
  size_t xs = 0;
  while (after + xs < parser->end && text[after + xs] == 'X')
    xs++;
  if (xs > 0 && digits + xs == 4 && (xs == 1 || xs == 2)) {
    if (negative)
      return fail(parser, start,
                  "decades and centuries (199X, 19XX) must not be negative");
    int leading = digits_value(text + digits_at, digits);
    point->precision = xs == 1 ? EVG_PREC_DECADE : EVG_PREC_CENTURY;
    point->year = xs == 1 ? leading * 10 : leading * 100;
    parser->pos = after + xs;
    return expect_point_end(parser);
  }

  if (digits == 0)
    return fail(parser, digits_at, "expected a year (4 digits, e.g. 2025)");
  if (digits != 4 || xs > 0)
    return fail(parser, digits_at,
                "year must have 4 digits (e.g. 0800; -0500 or 500 BCE "
                "before year 1)");
  int value = digits_value(text + digits_at, 4);
  if (negative && value == 0)
    return fail(parser, start, "-0000 is not a year; write 0000");
  point->precision = EVG_PREC_YEAR;
  point->year = negative ? -value : value;
  parser->pos = after;
  if (parser->pos == parser->end || text[parser->pos] != '-')
    return expect_point_end(parser);
  parser->pos++;
  return parse_year_part(parser, point);
}

static bool segment_is_open(const char *text, size_t begin, size_t end) {
  return end - begin == 2 && text[begin] == '.' && text[begin + 1] == '.';
}

static bool parse_date(date_parser *parser, size_t len, evg_date *date) {
  const char *text = parser->text;
  if (len == 0)
    return fail(parser, 0, "empty date");

  size_t body_end = len;
  char last = text[len - 1];
  if (is_qualifier(last)) {
    date->approximate = last == '~' || last == '%';
    date->uncertain = last == '?' || last == '%';
    body_end--;
    if (body_end == 0)
      return fail(parser, 0, "a qualifier needs a date before it");
  }

  const char *slash = memchr(text, '/', body_end);
  if (!slash) {
    if (segment_is_open(text, 0, body_end))
      return fail(parser, 0, "'..' belongs in an interval: ../2025 or 2025/..");
    parser->pos = 0;
    parser->end = body_end;
    if (!parse_point(parser, &date->from))
      return false;
    date->to = date->from;
    return true;
  }

  size_t slash_at = (size_t)(slash - text);
  size_t to_at = slash_at + 1;
  date->interval = true;
  bool open_start = segment_is_open(text, 0, slash_at);
  bool open_end = segment_is_open(text, to_at, body_end);
  if (slash_at == 0)
    return fail(parser, 0,
                "missing start of interval (write ../B for an open start)");
  if (to_at == body_end)
    return fail(parser, to_at,
                "missing end of interval (write A/.. for an open end)");
  if (open_start && open_end)
    return fail(parser, 0, "an interval needs at least one end date");

  if (open_start) {
    date->open_start = true;
    parser->pos = to_at;
    parser->end = body_end;
    if (!parse_point(parser, &date->to))
      return false;
    date->from = date->to;
    return true;
  }

  parser->pos = 0;
  parser->end = slash_at;
  if (!parse_point(parser, &date->from))
    return false;
  if (open_end) {
    date->open_end = true;
    date->to = date->from;
    return true;
  }
  parser->pos = to_at;
  parser->end = body_end;
  if (!parse_point(parser, &date->to))
    return false;
  int64_t from_first, from_last, to_first, to_last;
  point_bounds(&date->from, &from_first, &from_last);
  point_bounds(&date->to, &to_first, &to_last);
  if (to_first < from_first)
    return fail(parser, to_at, "interval ends before it starts");
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

/* EDTF years: four digits at least, a minus sign before year 0. */
static void put_edtf_year(text_writer *writer, int32_t year) {
  if (year < 0)
    put(writer, "-%04ld", -(long)year);
  else
    put(writer, "%04ld", (long)year);
}

static void put_edtf_point(text_writer *writer, const evg_date_point *point) {
  switch (point->precision) {
  case EVG_PREC_DAY:
    put_edtf_year(writer, point->year);
    put(writer, "-%02d-%02d", point->month, point->day);
    return;
  case EVG_PREC_WEEK:
    put_edtf_year(writer, point->year);
    put(writer, "-W%02d", point->part);
    return;
  case EVG_PREC_MONTH:
    put_edtf_year(writer, point->year);
    put(writer, "-%02d", point->month);
    return;
  case EVG_PREC_QUARTER:
    put_edtf_year(writer, point->year);
    put(writer, "-Q%d", point->part);
    return;
  case EVG_PREC_HALF:
    put_edtf_year(writer, point->year);
    put(writer, "-H%d", point->part);
    return;
  case EVG_PREC_YEAR:
    put_edtf_year(writer, point->year);
    return;
  case EVG_PREC_DECADE:
  case EVG_PREC_CENTURY: {
    int32_t span = point->precision == EVG_PREC_DECADE ? 10 : 100;
    if (point->year < 0) {
      /* 199X cannot spell a decade before year 0 (the X digits would
       * count backwards), so write its years as an interval. */
      put_edtf_year(writer, point->year);
      put(writer, "/");
      put_edtf_year(writer, point->year + span - 1);
    } else if (span == 10) {
      put(writer, "%03ldX", (long)(point->year / 10));
    } else {
      put(writer, "%02ldXX", (long)(point->year / 100));
    }
    return;
  }
  }
}

size_t evg_date_format_edtf(const evg_date *date, char *buf, size_t size) {
  text_writer writer;
  text_writer_init(&writer, buf, size);
  if (date->interval && date->open_start) {
    put(&writer, "../");
    put_edtf_point(&writer, &date->to);
  } else if (date->interval && date->open_end) {
    put_edtf_point(&writer, &date->from);
    put(&writer, "/..");
  } else if (date->interval) {
    put_edtf_point(&writer, &date->from);
    put(&writer, "/");
    put_edtf_point(&writer, &date->to);
  } else {
    put_edtf_point(&writer, &date->from);
  }
  if (date->approximate && date->uncertain)
    put(&writer, "%%");
  else if (date->approximate)
    put(&writer, "~");
  else if (date->uncertain)
    put(&writer, "?");
  return writer.len;
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

static void put_human_point(text_writer *writer, const evg_date_point *point) {
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

static bool points_equal(const evg_date_point *a, const evg_date_point *b) {
  return a->precision == b->precision && a->year == b->year &&
         a->month == b->month && a->day == b->day && a->part == b->part;
}

/* A closed interval, compact when both ends share precision and year:
 * "Jan–Mar 2025", "3–7 Feb 2025", "Q1–Q3 2025"; "Dec 2024–Jan 2025". */
static void put_human_interval(text_writer *writer, const evg_date_point *from,
                               const evg_date_point *to) {
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
  /* "by c. 1990", not "c. by 1990": circa qualifies the date, not "by". */
  if (date->interval && date->open_start)
    put(&writer, "by ");
  else if (date->interval && date->open_end)
    put(&writer, "from ");
  if (date->approximate)
    put(&writer, "c. ");
  if (date->interval && date->open_start) {
    put_human_point(&writer, &date->to);
  } else if (date->interval && date->open_end) {
    put_human_point(&writer, &date->from);
  } else if (date->interval) {
    put_human_interval(&writer, &date->from, &date->to);
  } else {
    put_human_point(&writer, &date->from);
  }
  if (date->uncertain)
    put(&writer, "?");
  return writer.len;
}

size_t evg_day_format_iso(int32_t day, char *buf, size_t size) {
  text_writer writer;
  text_writer_init(&writer, buf, size);
  int64_t year;
  int month, day_of_month;
  civil_from_days64(day, &year, &month, &day_of_month);
  if (year < 0)
    put(&writer, "-%04lld", -(long long)year);
  else
    put(&writer, "%04lld", (long long)year);
  put(&writer, "-%02d-%02d", month, day_of_month);
  return writer.len;
}

int32_t evg_date_first_known_day(const evg_date *date) {
  return date->open_start ? date->end : date->start;
}

int32_t evg_date_last_known_day(const evg_date *date) {
  return date->open_end ? date->start : date->end;
}

int32_t evg_date_year(const evg_date *date) {
  return date->open_start ? date->to.year : date->from.year;
}
