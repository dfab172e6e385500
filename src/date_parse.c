/* date_parse.c: reads a date: EDTF (levels 0-2 as README's Dates section
 * lists them) and the events file's forms, with the offset of the first
 * error.  Depends on nothing but evgraph.h and libc. */
#include "date_internal.h"

#include <string.h>

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
  date_significant_years(point, &first, &last);
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
  if (!date_pattern_extreme_day(point, false, &first))
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
    point->part = (int8_t)date_season_quarter(code);
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
    if (month == 2 && date_is_leap_year(point->year))
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
    if (!date_week_days_writable(point))
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
  if ((approximate || uncertain) && !date_year_has_four_digits(point->year))
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
  if (evg_date_has_start(date) && !date_year_has_four_digits(date->from.year))
    return fail(parser, 0,
                "a year beyond four digits stands alone in EDTF (no "
                "interval)");
  if (evg_date_has_end(date) && !date_year_has_four_digits(date->to.year))
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
    date_point_bounds(&date->from, &from_first, &from_last);
    date_point_bounds(&date->to, &to_first, &to_last);
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
