/* date_format.c: writes a date as EDTF, as ISO 8601 and in the human
 * forms of labels.  Depends on nothing but evgraph.h and libc. */
#include "date_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const char *const month_short_names[12] = {"Jan", "Feb", "Mar", "Apr",
                                                  "May", "Jun", "Jul", "Aug",
                                                  "Sep", "Oct", "Nov", "Dec"};

/* Dates built by hand may hold any month; never index past the table. */
static const char *month_abbrev(int month) {
  return month >= 1 && month <= 12 ? month_short_names[month - 1] : "???";
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
    if (date_digit_is_unspecified(mask, top_bit - i))
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
  date_civil_from_days64(day, &year, &month, &day_of_month);
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
  date_point_bounds(point, &first, &last);
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
    int first = date_season_first_month(code);
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
    date_significant_years(point, &first, &last);
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
  date_civil_from_days64(day, &year, &month, &day_of_month);
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
    date_point_bounds(point, &first, &last);
    date_civil_from_days64(first, &year, &month, &day);
    return (int32_t)year;
  }
  return point->year;
}
