/* test_date.c: fuzzy dates -- parsing, bounds, shifting and formatting. */
#include "evgraph.h"
#include "unit.h"

#include <stdlib.h>

/* Check names are built from a prefix and a suffix ("date.parse.week.edtf"). */
static const char *check_name(char *buf, size_t size, const char *prefix,
                              const char *suffix) {
  snprintf(buf, size, "%s.%s", prefix, suffix);
  return buf;
}

static const char *edtf(const evg_date *date, char *buf, size_t size) {
  evg_date_format_edtf(date, buf, size);
  return buf;
}

static const char *iso_text(const evg_date *date, char *buf, size_t size) {
  evg_date_format_iso(date, buf, size);
  return buf;
}

static const char *human(const evg_date *date, char *buf, size_t size) {
  evg_date_format_human(date, buf, size);
  return buf;
}

static const char *iso_day(int32_t day, char *buf, size_t size) {
  evg_day_format_iso(day, buf, size);
  return buf;
}

/* The same bounds where they exist, kinds of ends and qualifiers: what a
 * reader of the EDTF text can know. */
static bool same_exported_date(const evg_date *a, const evg_date *b) {
  bool has_start = evg_date_has_start(a), has_end = evg_date_has_end(a);
  return has_start == evg_date_has_start(b) && has_end == evg_date_has_end(b) &&
         (!has_start || a->start == b->start) &&
         (!has_end || a->end == b->end) && a->open_start == b->open_start &&
         a->open_end == b->open_end && a->unknown_start == b->unknown_start &&
         a->unknown_end == b->unknown_end && a->approximate == b->approximate &&
         a->uncertain == b->uncertain;
}

/* Parses `text` and checks its normalised text, human text and bounds. */
static void check_parse(const char *name, const char *text,
                        const char *want_edtf, const char *want_human,
                        const char *want_start, const char *want_end) {
  char label[128], buf[128];
  evg_date date;
  const char *error = NULL;
  size_t offset = 0;
  bool ok = evg_date_parse(text, strlen(text), &date, &error, &offset);
  UNIT_REPORT(ok, check_name(label, sizeof label, name, "ok"),
              "\"%s\" rejected at %zu: %s", text, offset,
              error ? error : "(null)");
  if (!ok)
    return;
  CHECK_STR(check_name(label, sizeof label, name, "edtf"),
            edtf(&date, buf, sizeof buf), want_edtf);
  CHECK_STR(check_name(label, sizeof label, name, "human"),
            human(&date, buf, sizeof buf), want_human);
  CHECK_STR(check_name(label, sizeof label, name, "start"),
            iso_day(date.start, buf, sizeof buf), want_start);
  CHECK_STR(check_name(label, sizeof label, name, "end"),
            iso_day(date.end, buf, sizeof buf), want_end);

  /* The normalised text must parse back to the same date. */
  evg_date again;
  char normal[128];
  edtf(&date, normal, sizeof normal);
  bool again_ok =
      evg_date_parse(normal, strlen(normal), &again, &error, &offset);
  CHECK(check_name(label, sizeof label, name, "roundtrip"),
        again_ok && same_exported_date(&again, &date));
}

/* Parses `text`, expects a failure with exactly `want_error` at
 * `want_offset` (want_error NULL: any message). */
static void check_reject(const char *name, const char *text,
                         const char *want_error, size_t want_offset) {
  char label[128];
  evg_date date;
  const char *error = NULL;
  size_t offset = 12345;
  bool ok = evg_date_parse(text, strlen(text), &date, &error, &offset);
  UNIT_REPORT(!ok, check_name(label, sizeof label, name, "rejected"),
              "\"%s\" was accepted", text);
  if (ok)
    return;
  CHECK(check_name(label, sizeof label, name, "has_message"),
        error != NULL && error[0] != '\0');
  if (want_error)
    CHECK_STR(check_name(label, sizeof label, name, "message"), error,
              want_error);
  CHECK_INT(check_name(label, sizeof label, name, "offset"), offset,
            want_offset);
}

static evg_date parse_or_die(const char *text) {
  evg_date date;
  const char *error = NULL;
  size_t offset = 0;
  if (!evg_date_parse(text, strlen(text), &date, &error, &offset)) {
    printf("FAIL date.fixture: \"%s\" rejected at %zu: %s\n", text, offset,
           error);
    exit(1);
  }
  return date;
}

/* Shifts the parsed `base` and checks the result, in the events-file
 * spelling (2025-W05 says which week; EDTF would give its days). */
static void check_shift(const char *name, const char *base, int amount,
                        evg_unit unit, const char *want_edtf) {
  char label[128], buf[128];
  evg_date date = parse_or_die(base), out;
  bool ok = evg_date_shift(&date, amount, unit, &out);
  UNIT_REPORT(ok, check_name(label, sizeof label, name, "ok"),
              "shift of %s failed", base);
  if (ok)
    CHECK_STR(check_name(label, sizeof label, name, "edtf"),
              iso_text(&out, buf, sizeof buf), want_edtf);
}

static void test_calendar(void) {
  char buf[64];
  CHECK_INT("date.civil.epoch", evg_days_from_civil(1970, 1, 1), 0);
  CHECK_INT("date.civil.2000-03-01", evg_days_from_civil(2000, 3, 1), 11017);
  CHECK_INT("date.civil.year0", evg_days_from_civil(0, 1, 1), -719528);
  CHECK_INT("date.civil.1969-12-31", evg_days_from_civil(1969, 12, 31), -1);

  /* Every day of the supported range converts back and forth, and
   * consecutive days are consecutive dates. */
  bool roundtrip = true;
  int32_t first = evg_days_from_civil(-9999, 1, 1);
  int32_t last = evg_days_from_civil(9999, 12, 31);
  int32_t prev_year = -10000;
  int prev_month = 12, prev_day = 31;
  for (int32_t day = first; day <= last && roundtrip; day++) {
    int32_t year;
    int month, dom;
    evg_civil_from_days(day, &year, &month, &dom);
    if (!evg_date_valid_day(year, month, dom) ||
        evg_days_from_civil(year, month, dom) != day)
      roundtrip = false;
    bool next =
        (year == prev_year && month == prev_month && dom == prev_day + 1) ||
        (year == prev_year && month == prev_month + 1 && dom == 1) ||
        (year == prev_year + 1 && month == 1 && dom == 1 && prev_month == 12 &&
         prev_day == 31);
    if (!next)
      roundtrip = false;
    prev_year = year;
    prev_month = month;
    prev_day = dom;
  }
  CHECK("date.civil.roundtrip_all_days", roundtrip);
  CHECK_INT("date.civil.range_days", last - first + 1,
            (int64_t)19999 * 365 + 4849);

  CHECK("date.valid.2024-02-29", evg_date_valid_day(2024, 2, 29));
  CHECK("date.valid.2000-02-29", evg_date_valid_day(2000, 2, 29));
  CHECK("date.valid.1900-02-29", !evg_date_valid_day(1900, 2, 29));
  CHECK("date.valid.2025-02-29", !evg_date_valid_day(2025, 2, 29));
  CHECK("date.valid.year0-02-29", evg_date_valid_day(0, 2, 29));
  CHECK("date.valid.-0100-02-29", !evg_date_valid_day(-100, 2, 29));
  CHECK("date.valid.-0400-02-29", evg_date_valid_day(-400, 2, 29));
  CHECK("date.valid.-0001-02-29", !evg_date_valid_day(-1, 2, 29));
  CHECK("date.valid.-0004-02-29", evg_date_valid_day(-4, 2, 29));
  CHECK("date.valid.-0005-02-29", !evg_date_valid_day(-5, 2, 29));
  CHECK("date.valid.04-31", !evg_date_valid_day(2025, 4, 31));
  CHECK("date.valid.month13", !evg_date_valid_day(2025, 13, 1));
  CHECK("date.valid.month0", !evg_date_valid_day(2025, 0, 1));
  CHECK("date.valid.day0", !evg_date_valid_day(2025, 1, 0));

  CHECK_INT("date.isoweeks.2020", evg_iso_weeks_in_year(2020), 53);
  CHECK_INT("date.isoweeks.2021", evg_iso_weeks_in_year(2021), 52);
  CHECK_INT("date.isoweeks.2015", evg_iso_weeks_in_year(2015), 53);
  CHECK_INT("date.isoweeks.2025", evg_iso_weeks_in_year(2025), 52);
  CHECK_INT("date.isoweeks.2026", evg_iso_weeks_in_year(2026), 53);
  CHECK_INT("date.isoweeks.2004", evg_iso_weeks_in_year(2004), 53);

  CHECK_STR("date.iso.epoch", iso_day(0, buf, sizeof buf), "1970-01-01");
  CHECK_STR("date.iso.before_epoch", iso_day(-1, buf, sizeof buf),
            "1969-12-31");
  CHECK_STR("date.iso.2025-01-27",
            iso_day(evg_days_from_civil(2025, 1, 27), buf, sizeof buf),
            "2025-01-27");
  CHECK_STR("date.iso.bce",
            iso_day(evg_days_from_civil(-499, 3, 1), buf, sizeof buf),
            "-0499-03-01");
  CHECK_STR("date.iso.year0",
            iso_day(evg_days_from_civil(0, 1, 1), buf, sizeof buf),
            "0000-01-01");
  CHECK_STR("date.iso.five_digits",
            iso_day(evg_days_from_civil(10000, 1, 1), buf, sizeof buf),
            "+10000-01-01");
  CHECK_INT("date.iso.length", evg_day_format_iso(0, NULL, 0), 10);
}

static void test_precision(void) {
  CHECK_INT("date.precision.coarser",
            evg_precision_coarser(EVG_PREC_DAY, EVG_PREC_MONTH),
            EVG_PREC_MONTH);
  CHECK_INT("date.precision.coarser_sym",
            evg_precision_coarser(EVG_PREC_CENTURY, EVG_PREC_WEEK),
            EVG_PREC_CENTURY);
  CHECK_INT("date.precision.coarser_same",
            evg_precision_coarser(EVG_PREC_HALF, EVG_PREC_HALF), EVG_PREC_HALF);
  CHECK_STR("date.precision.name_day", evg_precision_name(EVG_PREC_DAY), "day");
  CHECK_STR("date.precision.name_week", evg_precision_name(EVG_PREC_WEEK),
            "week");
  CHECK_STR("date.precision.name_month", evg_precision_name(EVG_PREC_MONTH),
            "month");
  CHECK_STR("date.precision.name_quarter", evg_precision_name(EVG_PREC_QUARTER),
            "quarter");
  CHECK_STR("date.precision.name_half", evg_precision_name(EVG_PREC_HALF),
            "half");
  CHECK_STR("date.precision.name_year", evg_precision_name(EVG_PREC_YEAR),
            "year");
  CHECK_STR("date.precision.name_decade", evg_precision_name(EVG_PREC_DECADE),
            "decade");
  CHECK_STR("date.precision.name_century", evg_precision_name(EVG_PREC_CENTURY),
            "century");
}

static void test_parse_points(void) {
  check_parse("date.parse.year", "2025", "2025", "2025", "2025-01-01",
              "2025-12-31");
  check_parse("date.parse.year_small", "0800", "0800", "800", "0800-01-01",
              "0800-12-31");
  check_parse("date.parse.month", "2025-01", "2025-01", "Jan 2025",
              "2025-01-01", "2025-01-31");
  check_parse("date.parse.month_dec", "2025-12", "2025-12", "Dec 2025",
              "2025-12-01", "2025-12-31");
  check_parse("date.parse.day", "2025-01-27", "2025-01-27", "27 Jan 2025",
              "2025-01-27", "2025-01-27");
  check_parse("date.parse.day_single_digit", "2025-02-03", "2025-02-03",
              "3 Feb 2025", "2025-02-03", "2025-02-03");
  check_parse("date.parse.week", "2025-W05", "2025-01-27/2025-02-02",
              "week 5, 2025", "2025-01-27", "2025-02-02");
  check_parse("date.parse.quarter", "2025-Q1", "2025-33", "Q1 2025",
              "2025-01-01", "2025-03-31");
  check_parse("date.parse.quarter4", "2025-Q4", "2025-36", "Q4 2025",
              "2025-10-01", "2025-12-31");
  check_parse("date.parse.half1", "2025-H1", "2025-40", "H1 2025", "2025-01-01",
              "2025-06-30");
  check_parse("date.parse.half2", "2025-H2", "2025-41", "H2 2025", "2025-07-01",
              "2025-12-31");
  check_parse("date.parse.decade", "199X", "199X", "1990s", "1990-01-01",
              "1999-12-31");
  check_parse("date.parse.century", "19XX", "19XX", "1900s", "1900-01-01",
              "1999-12-31");
  check_parse("date.parse.decade_2000s", "200X", "200X", "2000s", "2000-01-01",
              "2009-12-31");
}

static void test_parse_edtf_codes(void) {
  check_parse("date.parse.edtf33", "2025-33", "2025-33", "Q1 2025",
              "2025-01-01", "2025-03-31");
  check_parse("date.parse.edtf34", "2025-34", "2025-34", "Q2 2025",
              "2025-04-01", "2025-06-30");
  check_parse("date.parse.edtf35", "2025-35", "2025-35", "Q3 2025",
              "2025-07-01", "2025-09-30");
  check_parse("date.parse.edtf36", "2025-36", "2025-36", "Q4 2025",
              "2025-10-01", "2025-12-31");
  check_parse("date.parse.edtf40", "2025-40", "2025-40", "H1 2025",
              "2025-01-01", "2025-06-30");
  check_parse("date.parse.edtf41", "2025-41", "2025-41", "H2 2025",
              "2025-07-01", "2025-12-31");

  /* Seasons and quadrimesters: months as edtf.js reads them (README). */
  check_parse("date.parse.edtf21", "2001-21", "2001-21", "spring 2001",
              "2001-01-01", "2001-03-31");
  check_parse("date.parse.edtf24", "2001-24", "2001-24", "winter 2001",
              "2001-10-01", "2001-12-31");
  check_parse("date.parse.edtf26", "2001-26", "2001-26", "northern summer 2001",
              "2001-04-01", "2001-06-30");
  check_parse("date.parse.edtf29", "2001-29", "2001-29", "southern spring 2001",
              "2001-10-01", "2001-12-31");
  check_parse("date.parse.edtf32", "2001-32", "2001-32", "southern winter 2001",
              "2001-01-01", "2001-03-31");
  check_parse("date.parse.edtf37", "2001-37", "2001-37",
              "Jan\xE2\x80\x93"
              "Apr 2001",
              "2001-01-01", "2001-04-30");
  check_parse("date.parse.edtf38", "2001-38", "2001-38",
              "May\xE2\x80\x93"
              "Aug 2001",
              "2001-05-01", "2001-08-31");
  check_parse("date.parse.edtf39", "2001-39", "2001-39",
              "Sep\xE2\x80\x93"
              "Dec 2001",
              "2001-09-01", "2001-12-31");
  check_parse("date.parse.season_interval", "2001-21/2001-22",
              "2001-01/2001-06", "spring 2001\xE2\x80\x93summer 2001",
              "2001-01-01", "2001-06-30");
  check_reject("date.parse.edtf42", "2025-42",
               "month must be 01 to 12 (or an EDTF season 21 to 41)", 5);
  check_reject("date.parse.edtf20", "2025-20", "month must be 01 to 12", 5);
  check_reject("date.parse.quarter0", "2025-Q0", "quarter must be Q1 to Q4", 6);
  check_reject("date.parse.quarter5", "2025-Q5", "quarter must be Q1 to Q4", 6);
  check_reject("date.parse.quarter_missing", "2025-Q",
               "quarter must be Q1 to Q4", 6);
  check_reject("date.parse.quarter_two_digits", "2025-Q12",
               "quarter must be Q1 to Q4", 6);
  check_reject("date.parse.half3", "2025-H3", "half must be H1 or H2", 6);
  check_reject("date.parse.half0", "2025-H0", "half must be H1 or H2", 6);
}

static void test_parse_leap_and_impossible(void) {
  check_parse("date.parse.leap2024", "2024-02-29", "2024-02-29", "29 Feb 2024",
              "2024-02-29", "2024-02-29");
  check_parse("date.parse.leap2000", "2000-02-29", "2000-02-29", "29 Feb 2000",
              "2000-02-29", "2000-02-29");
  check_parse("date.parse.feb_leap_month", "2024-02", "2024-02", "Feb 2024",
              "2024-02-01", "2024-02-29");
  check_parse("date.parse.feb_month", "2025-02", "2025-02", "Feb 2025",
              "2025-02-01", "2025-02-28");
  check_reject(
      "date.parse.leap1900", "1900-02-29",
      "impossible date: February has 28 days in that year (not a leap year)",
      8);
  check_reject(
      "date.parse.impossible_feb30", "2025-02-30",
      "impossible date: February has 28 days in that year (not a leap year)",
      8);
  check_reject("date.parse.impossible_feb30_leap", "2024-02-30",
               "impossible date: February has 29 days even in a leap year", 8);
  check_reject("date.parse.impossible_apr31", "2025-04-31",
               "impossible date: April has 30 days", 8);
  check_reject("date.parse.impossible_jun31", "2025-06-31",
               "impossible date: June has 30 days", 8);
  check_reject("date.parse.impossible_sep31", "2025-09-31",
               "impossible date: September has 30 days", 8);
  check_reject("date.parse.impossible_nov31", "2025-11-31",
               "impossible date: November has 30 days", 8);
  check_reject("date.parse.day32", "2025-01-32", "day must be 01 to 31", 8);
  check_reject("date.parse.day00", "2025-01-00", "day must be 01 to 31", 8);
  check_reject("date.parse.month13", "2025-13", "month must be 01 to 12", 5);
  check_reject("date.parse.month00", "2025-00", "month must be 01 to 12", 5);
  check_reject("date.parse.month13_day", "2025-13-01", "month must be 01 to 12",
               5);
  /* Impossible dates inside an interval point at the right endpoint. */
  check_reject(
      "date.parse.impossible_in_interval", "2025-01-01/2025-02-30",
      "impossible date: February has 28 days in that year (not a leap year)",
      19);
}

static void test_parse_bce(void) {
  check_parse("date.parse.negative_year", "-0500", "-0500", "501 BCE",
              "-0500-01-01", "-0500-12-31");
  check_parse("date.parse.bce", "500 BCE", "-0499", "500 BCE", "-0499-01-01",
              "-0499-12-31");
  check_parse("date.parse.bc", "500 BC", "-0499", "500 BCE", "-0499-01-01",
              "-0499-12-31");
  check_parse("date.parse.bce1", "1 BCE", "0000", "1 BCE", "0000-01-01",
              "0000-12-31");
  check_parse("date.parse.year0", "0000", "0000", "1 BCE", "0000-01-01",
              "0000-12-31");
  check_parse("date.parse.minus1", "-0001", "-0001", "2 BCE", "-0001-01-01",
              "-0001-12-31");
  check_parse("date.parse.bce_day", "-0043-03-15", "-0043-03-15",
              "15 Mar 44 BCE", "-0043-03-15", "-0043-03-15");
  check_parse("date.parse.bce_month", "-0043-03", "-0043-03", "Mar 44 BCE",
              "-0043-03-01", "-0043-03-31");
  check_parse("date.parse.bce_leap", "-0004-02-29", "-0004-02-29",
              "29 Feb 5 BCE", "-0004-02-29", "-0004-02-29");
  check_parse("date.parse.bce_earliest", "10000 BCE", "-9999", "10000 BCE",
              "-9999-01-01", "-9999-12-31");
  check_parse("date.parse.latest", "9999-12-31", "9999-12-31", "31 Dec 9999",
              "9999-12-31", "9999-12-31");
  check_parse("date.parse.bce_interval", "500 BCE/400 BCE", "-0499/-0399",
              "500"
              "\xE2\x80\x93"
              "400 BCE",
              "-0499-01-01", "-0399-12-31");
  check_parse("date.parse.bce_to_ad", "50 BCE/0020", "-0049/0020",
              "50 BCE"
              "\xE2\x80\x93"
              "20",
              "-0049-01-01", "0020-12-31");

  check_reject("date.parse.bce0", "0 BCE",
               "there is no year 0 BCE (1 BCE is year 0000)", 0);
  check_parse("date.parse.bce_five_digits", "10001 BCE", "Y-10000", "10001 BCE",
              "-10000-01-01", "-10000-12-31");
  check_reject("date.parse.bce_too_old", "1000001 BCE",
               "year out of range (-999999 to 999999)", 0);
  check_reject("date.parse.bce_other_word", "500 AD", NULL, 3);
  check_reject("date.parse.bce_lowercase", "500 bce", NULL, 3);
  check_reject("date.parse.bce_trailing", "500 BCEx", NULL, 7);
  check_reject("date.parse.minus_zero", "-0000",
               "-0000 is not a year; write 0000", 0);
  check_parse("date.parse.negative_decade", "-199X", "-199X", "-199X",
              "-1999-01-01", "-1990-12-31");
  check_reject("date.parse.five_digits", "12025",
               "year must have 4 digits (Y12345 for longer years)", 0);
}

static void test_parse_weeks(void) {
  check_parse("date.parse.week53", "2020-W53", "2020-12-28/2021-01-03",
              "week 53, 2020", "2020-12-28", "2021-01-03");
  check_parse("date.parse.week01_2026", "2026-W01", "2025-12-29/2026-01-04",
              "week 1, 2026", "2025-12-29", "2026-01-04");
  check_parse("date.parse.week01_2025", "2025-W01", "2024-12-30/2025-01-05",
              "week 1, 2025", "2024-12-30", "2025-01-05");
  check_parse("date.parse.week01_2021", "2021-W01", "2021-01-04/2021-01-10",
              "week 1, 2021", "2021-01-04", "2021-01-10");
  check_parse("date.parse.week53_2026", "2026-W53", "2026-12-28/2027-01-03",
              "week 53, 2026", "2026-12-28", "2027-01-03");
  check_reject("date.parse.week53_2021", "2021-W53",
               "this ISO week-year has only 52 weeks", 6);
  check_reject("date.parse.week53_2025", "2025-W53",
               "this ISO week-year has only 52 weeks", 6);
  /* found by tests/fuzz/fuzz_date: the week was accepted, and its EDTF
   * text 9999-12-27/Y10000-01-02 could not be read back */
  check_reject("date.parse.week_past_9999", "9999-W52",
               "this week ends after 9999: EDTF writes a week as its days, "
               "which need four-digit years",
               6);
  check_parse("date.parse.last_week_of_9999", "9999-W51",
              "9999-12-20/9999-12-26", "week 51, 9999", "9999-12-20",
              "9999-12-26");
  check_reject("date.parse.week00", "2025-W00", "week must be W01 to W53", 6);
  check_reject("date.parse.week54", "2020-W54", "week must be W01 to W53", 6);
  check_reject("date.parse.week_one_digit", "2025-W5",
               "week must have 2 digits (W01 to W53)", 6);
  check_reject("date.parse.week_lowercase", "2025-w05", NULL, 5);
}

static void test_from_day(void) {
  char buf[64];
  evg_date date;

  date = evg_date_from_day(evg_days_from_civil(2021, 1, 1), EVG_PREC_WEEK);
  CHECK_STR("date.from_day.2021-01-01_week", iso_text(&date, buf, sizeof buf),
            "2020-W53");
  date = evg_date_from_day(evg_days_from_civil(2024, 12, 30), EVG_PREC_WEEK);
  CHECK_STR("date.from_day.2024-12-30_week", iso_text(&date, buf, sizeof buf),
            "2025-W01");
  CHECK_STR("date.from_day.2024-12-30_week_start",
            iso_day(date.start, buf, sizeof buf), "2024-12-30");
  date = evg_date_from_day(evg_days_from_civil(2024, 12, 29), EVG_PREC_WEEK);
  CHECK_STR("date.from_day.2024-12-29_week", iso_text(&date, buf, sizeof buf),
            "2024-W52");
  date = evg_date_from_day(evg_days_from_civil(2027, 1, 3), EVG_PREC_WEEK);
  CHECK_STR("date.from_day.2027-01-03_week", iso_text(&date, buf, sizeof buf),
            "2026-W53");
  date = evg_date_from_day(evg_days_from_civil(2025, 1, 27), EVG_PREC_WEEK);
  CHECK_STR("date.from_day.2025-01-27_week", iso_text(&date, buf, sizeof buf),
            "2025-W05");

  int32_t may17 = evg_days_from_civil(2025, 5, 17);
  date = evg_date_from_day(may17, EVG_PREC_DAY);
  CHECK_STR("date.from_day.day", edtf(&date, buf, sizeof buf), "2025-05-17");
  CHECK("date.from_day.day_bounds", date.start == may17 && date.end == may17);
  CHECK("date.from_day.not_interval",
        !date.interval && !date.approximate && !date.uncertain);
  date = evg_date_from_day(may17, EVG_PREC_MONTH);
  CHECK_STR("date.from_day.month", edtf(&date, buf, sizeof buf), "2025-05");
  date = evg_date_from_day(may17, EVG_PREC_QUARTER);
  CHECK_STR("date.from_day.quarter", iso_text(&date, buf, sizeof buf),
            "2025-Q2");
  CHECK_STR("date.from_day.quarter_end", iso_day(date.end, buf, sizeof buf),
            "2025-06-30");
  date = evg_date_from_day(may17, EVG_PREC_HALF);
  CHECK_STR("date.from_day.half", iso_text(&date, buf, sizeof buf), "2025-H1");
  date = evg_date_from_day(may17, EVG_PREC_YEAR);
  CHECK_STR("date.from_day.year", edtf(&date, buf, sizeof buf), "2025");
  date = evg_date_from_day(may17, EVG_PREC_DECADE);
  CHECK_STR("date.from_day.decade", edtf(&date, buf, sizeof buf), "202X");
  CHECK_STR("date.from_day.decade_start", iso_day(date.start, buf, sizeof buf),
            "2020-01-01");
  date = evg_date_from_day(may17, EVG_PREC_CENTURY);
  CHECK_STR("date.from_day.century", edtf(&date, buf, sizeof buf), "20XX");
  CHECK_STR("date.from_day.century_end", iso_day(date.end, buf, sizeof buf),
            "2099-12-31");

  /* Decades before year 0 have no X spelling; they are written as years. */
  date = evg_date_from_day(evg_days_from_civil(-499, 6, 1), EVG_PREC_DECADE);
  CHECK_STR("date.from_day.bce_decade", edtf(&date, buf, sizeof buf),
            "-0500/-0491");
  CHECK_STR("date.from_day.bce_decade_human", human(&date, buf, sizeof buf),
            "501"
            "\xE2\x80\x93"
            "492 BCE");
  CHECK_STR("date.from_day.bce_decade_start",
            iso_day(date.start, buf, sizeof buf), "-0500-01-01");
  date = evg_date_from_day(evg_days_from_civil(-499, 6, 1), EVG_PREC_YEAR);
  CHECK_STR("date.from_day.bce_year_human", human(&date, buf, sizeof buf),
            "500 BCE");
}

static void test_parse_intervals(void) {
  check_parse("date.parse.interval_years", "2021/2024", "2021/2024",
              "2021"
              "\xE2\x80\x93"
              "2024",
              "2021-01-01", "2024-12-31");
  check_parse("date.parse.interval_months", "2025-01/2025-03",
              "2025-01/2025-03",
              "Jan"
              "\xE2\x80\x93"
              "Mar 2025",
              "2025-01-01", "2025-03-31");
  check_parse("date.parse.interval_days", "2025-02-03/2025-02-07",
              "2025-02-03/2025-02-07",
              "3"
              "\xE2\x80\x93"
              "7 Feb 2025",
              "2025-02-03", "2025-02-07");
  check_parse("date.parse.interval_days_months", "2025-02-03/2025-03-07",
              "2025-02-03/2025-03-07",
              "3 Feb"
              "\xE2\x80\x93"
              "7 Mar 2025",
              "2025-02-03", "2025-03-07");
  check_parse("date.parse.interval_across_years", "2024-12/2025-01",
              "2024-12/2025-01",
              "Dec 2024"
              "\xE2\x80\x93"
              "Jan 2025",
              "2024-12-01", "2025-01-31");
  check_parse("date.parse.interval_days_across_years", "2024-12-30/2025-01-02",
              "2024-12-30/2025-01-02",
              "30 Dec 2024"
              "\xE2\x80\x93"
              "2 Jan 2025",
              "2024-12-30", "2025-01-02");
  check_parse("date.parse.interval_quarters", "2025-Q1/2025-Q3",
              "2025-01/2025-09",
              "Q1"
              "\xE2\x80\x93"
              "Q3 2025",
              "2025-01-01", "2025-09-30");
  check_parse("date.parse.interval_halves", "2025-40/2025-41",
              "2025-01/2025-12",
              "H1"
              "\xE2\x80\x93"
              "H2 2025",
              "2025-01-01", "2025-12-31");
  check_parse("date.parse.interval_weeks", "2025-W05/2025-W07",
              "2025-01-27/2025-02-16",
              "weeks 5"
              "\xE2\x80\x93"
              "7, 2025",
              "2025-01-27", "2025-02-16");
  check_parse("date.parse.interval_decades", "199X/200X", "199X/200X",
              "1990s"
              "\xE2\x80\x93"
              "2000s",
              "1990-01-01", "2009-12-31");
  check_parse("date.parse.interval_mixed", "2025/2025-06", "2025/2025-06",
              "2025"
              "\xE2\x80\x93"
              "Jun 2025",
              "2025-01-01", "2025-06-30");
  check_parse("date.parse.interval_mixed2", "2024-11-05/2025",
              "2024-11-05/2025",
              "5 Nov 2024"
              "\xE2\x80\x93"
              "2025",
              "2024-11-05", "2025-12-31");
  /* edtf.js wants an end after the start: A/A is written A. */
  check_parse("date.parse.interval_same_point", "2025/2025", "2025", "2025",
              "2025-01-01", "2025-12-31");
  /* EDTF has no sub-year code as an interval end (edtf.js rejects it): the
   * end's first or last month keeps the bounds. */
  check_parse("date.parse.season_to_month", "2001-21/2001-05",
              "2001-01/2001-05", "spring 2001\xE2\x80\x93May 2001",
              "2001-01-01", "2001-05-31");
  check_parse("date.parse.qualified_season", "2001-23?", "2001-07?/2001-09?",
              "autumn 2001?", "2001-07-01", "2001-09-30");
  check_parse("date.parse.qualified_unspecified", "2004-XX~",
              "2004-01-01~/2004-12-31~", "c. 2004-XX", "2004-01-01",
              "2004-12-31");
  check_parse("date.parse.unspecified_in_qualified_interval", "1990?/200X",
              "1990?/2009",
              "1990?\xE2\x80\x93"
              "2000s",
              "1990-01-01", "2009-12-31");
  check_parse("date.parse.unspecified_interval", "1XXX/2025", "1XXX/2025",
              "1XXX\xE2\x80\x93"
              "2025",
              "1000-01-01", "2025-12-31");
  check_parse("date.parse.significant_interval", "1950S2/2000", "1900/2000",
              "1900\xE2\x80\x93"
              "1999 (est. 1950)\xE2\x80\x93"
              "2000",
              "1900-01-01", "2000-12-31");
  check_parse("date.parse.y_year", "Y-170000", "Y-170000", "170001 BCE",
              "-170000-01-01", "-170000-12-31");
  check_parse("date.parse.y_exponent", "Y17E4", "Y170000", "170000",
              "+170000-01-01", "+170000-12-31");
  check_parse("date.parse.significant", "1950S2", "1950S2",
              "1900\xE2\x80\x93"
              "1999 (est. 1950)",
              "1900-01-01", "1999-12-31");
  check_parse("date.parse.significant_y", "Y3388E2S3", "Y338800S3",
              "338000\xE2\x80\x93"
              "338999 (est. 338800)",
              "+338000-01-01", "+338999-12-31");
  check_parse("date.parse.unspecified_day", "1985-04-XX", "1985-04-XX",
              "1985-04-XX", "1985-04-01", "1985-04-30");
  check_parse("date.parse.unspecified_decade_day", "156X-12-25", "156X-12-25",
              "156X-12-25", "1560-12-25", "1569-12-25");
  check_parse("date.parse.unspecified_day_pattern", "2011-XX-3X", "2011-XX-3X",
              "2011-XX-3X", "2011-01-30", "2011-12-31");
  check_parse("date.parse.unspecified_negative", "-1XXX", "-1XXX", "-1XXX",
              "-1999-01-01", "-1000-12-31");
  /* The sign of -00XX would be lost with its only known digits being 0. */
  check_reject("date.parse.unspecified_negative_zero", "-00XX",
               "a negative year with X needs a known digit other than 0 "
               "(write -00XX as -0099/0000)",
               0);
  check_reject("date.parse.y_qualified", "Y12345~",
               "EDTF has no qualifier for a year beyond four digits", 6);
  check_reject("date.parse.y_interval", "2025/Y12345",
               "a year beyond four digits stands alone in EDTF (no interval)",
               5);
  check_reject("date.parse.y_out_of_range", "Y1000000",
               "year out of range (-999999 to 999999)", 0);
  check_reject("date.parse.y_exponent_out_of_range", "Y-17E7",
               "year out of range (-999999 to 999999)", 0);

  check_reject("date.parse.interval_reversed", "2025/2024",
               "interval ends before it starts", 5);
  check_reject("date.parse.interval_reversed_days", "2025-03-01/2025-02-28",
               "interval ends before it starts", 11);
  check_reject("date.parse.interval_reversed_inner", "2025-06/2025",
               "interval ends before it starts", 8);
  check_reject("date.parse.interval_two_slashes", "2021/2022/2023",
               "a date has at most one '/'", 9);
  check_reject("date.parse.interval_no_ends", "/",
               "an interval needs at least one end date", 0);
  check_reject("date.parse.interval_open_unknown", "../",
               "an interval needs at least one end date", 0);
  check_reject("date.parse.interval_both_open", "../..", NULL, 0);
  check_reject("date.parse.dots_alone", "..", NULL, 0);
  check_reject("date.parse.interval_bad_end", "2025/20", NULL, 5);

  /* Per-endpoint flags: interval, not open. */
  evg_date date = parse_or_die("2021/2024");
  CHECK("date.parse.interval_flags",
        date.interval && !date.open_start && !date.open_end);
}

static void test_parse_open(void) {
  check_parse("date.parse.open_start", "../2025-01-13", "../2025-01-13",
              "by 13 Jan 2025", "2025-01-13", "2025-01-13");
  check_parse("date.parse.open_end", "2025-01-13/..", "2025-01-13/..",
              "from 13 Jan 2025", "2025-01-13", "2025-01-13");
  check_parse("date.parse.open_start_year", "../2025", "../2025", "by 2025",
              "2025-01-01", "2025-12-31");
  check_parse("date.parse.open_end_month", "2025-03/..", "2025-03/..",
              "from Mar 2025", "2025-03-01", "2025-03-31");
  /* The events files' old A/..~ is A~/.. (EDTF has no qualifier on ..). */
  check_parse("date.parse.open_end_qualified", "2025-03/..~", "2025-03~/..",
              "from c. Mar 2025", "2025-03-01", "2025-03-31");
  check_parse("date.parse.open_end_qualified_edtf", "2025-03~/..",
              "2025-03~/..", "from c. Mar 2025", "2025-03-01", "2025-03-31");
  check_parse("date.parse.open_start_qualified", "../2025?", "../2025?",
              "by 2025?", "2025-01-01", "2025-12-31");
  check_parse("date.parse.open_start_week", "../2025-W05", "../2025-02-02",
              "by week 5, 2025", "2025-01-27", "2025-02-02");
  check_parse("date.parse.open_end_week", "2025-W05/..", "2025-01-27/..",
              "from week 5, 2025", "2025-01-27", "2025-02-02");

  /* Unknown ends: the end exists but is not known (EDTF level 1). */
  check_parse("date.parse.unknown_start", "/2025", "/2025",
              "?\xE2\x80\x93"
              "2025",
              "2025-01-01", "2025-12-31");
  check_parse("date.parse.unknown_end", "1985-04-12/", "1985-04-12/",
              "12 Apr 1985\xE2\x80\x93?", "1985-04-12", "1985-04-12");
  check_parse("date.parse.unknown_end_qualified", "2004-06~/", "2004-06~/",
              "c. Jun 2004\xE2\x80\x93?", "2004-06-01", "2004-06-30");

  evg_date date = parse_or_die("../2025-01-13");
  CHECK("date.parse.open_start_flags",
        date.interval && date.open_start && !date.open_end);
  date = parse_or_die("2025-01-13/..");
  CHECK("date.parse.open_end_flags",
        date.interval && !date.open_start && date.open_end);
}

static void test_parse_qualifiers(void) {
  check_parse("date.parse.approximate", "2018~", "2018~", "c. 2018",
              "2018-01-01", "2018-12-31");
  check_parse("date.parse.uncertain", "2018?", "2018?", "2018?", "2018-01-01",
              "2018-12-31");
  check_parse("date.parse.both", "2018%", "2018%", "c. 2018?", "2018-01-01",
              "2018-12-31");
  check_parse("date.parse.approximate_day", "2025-01-27~", "2025-01-27~",
              "c. 27 Jan 2025", "2025-01-27", "2025-01-27");
  /* EDTF: a qualifier qualifies the end it follows, not the interval. */
  check_parse("date.parse.approximate_interval", "2021/2024~", "2021/2024~",
              "2021\xE2\x80\x93"
              "c. 2024",
              "2021-01-01", "2024-12-31");
  check_parse("date.parse.approximate_start", "1984~/2004", "1984~/2004",
              "c. 1984\xE2\x80\x93"
              "2004",
              "1984-01-01", "2004-12-31");
  check_parse("date.parse.qualified_both_ends", "2004-06?/2006%",
              "2004-06?/2006%",
              "Jun 2004?\xE2\x80\x93"
              "c. 2006?",
              "2004-06-01", "2006-12-31");
  check_parse("date.parse.approximate_week", "2025-W05~",
              "2025-01-27~/2025-02-02~", "c. week 5, 2025", "2025-01-27",
              "2025-02-02");
  check_parse("date.parse.uncertain_bce", "500 BCE?", "-0499?", "500 BCE?",
              "-0499-01-01", "-0499-12-31");
  check_parse("date.parse.uncertain_decade", "199X?", "1990?/1999?", "1990s?",
              "1990-01-01", "1999-12-31");

  evg_date date = parse_or_die("2018%");
  CHECK("date.parse.both_flags", date.approximate && date.uncertain);
  date = parse_or_die("2018~");
  CHECK("date.parse.approximate_flags", date.approximate && !date.uncertain);
  date = parse_or_die("2018?");
  CHECK("date.parse.uncertain_flags", !date.approximate && date.uncertain);
  date = parse_or_die("2018");
  CHECK("date.parse.no_flags", !date.approximate && !date.uncertain);

  const char *one_qualifier = "a qualifier (~, ? or %) goes only at the end "
                              "of a date or of an interval end";
  check_reject("date.parse.double_qualifier", "2025~~", one_qualifier, 4);
  check_reject("date.parse.mixed_qualifiers", "2025?~", one_qualifier, 4);
  check_reject("date.parse.inner_qualifier", "2004?-06", one_qualifier, 4);
  check_reject("date.parse.open_qualifier_start", "..~/2025", NULL, 0);

  /* The date-level flags say whether any end has the qualifier. */
  date = parse_or_die("1984~/2004");
  CHECK("date.parse.start_qualifier_flags",
        date.approximate && !date.uncertain && date.from.approximate &&
            !date.to.approximate);
  date = parse_or_die("2021/2024?");
  CHECK("date.parse.end_qualifier_flags", !date.approximate && date.uncertain &&
                                              !date.from.uncertain &&
                                              date.to.uncertain);
  check_reject("date.parse.qualifier_alone", "~", NULL, 0);
}

static void test_parse_garbage(void) {
  check_reject("date.parse.empty", "", "empty date", 0);
  check_reject("date.parse.short_year", "20", NULL, 0);
  check_reject("date.parse.three_digit_year", "202", NULL, 0);
  check_reject("date.parse.dash_nothing", "2025-", NULL, 5);
  check_reject("date.parse.month_one_digit", "2025-1",
               "month must have 2 digits (01 to 12)", 5);
  check_reject("date.parse.day_one_digit", "2025-01-1",
               "day must have 2 digits (01 to 31)", 8);
  check_reject("date.parse.trailing_garbage", "2025-01-01x",
               "unexpected text after the date", 10);
  check_reject("date.parse.letters", "abcd", NULL, 0);
  check_reject("date.parse.slash_nothing", "2025//",
               "a date has at most one '/'", 5);
  check_reject("date.parse.leading_space", " 2025", NULL, 0);
  check_reject("date.parse.trailing_space", "2025 ", NULL, 4);
  check_reject("date.parse.minus_alone", "-", NULL, 1);
  check_reject("date.parse.day_trailing_dash", "2025-01-", NULL, 8);
  check_reject("date.parse.time", "2025-01-01T10:00", NULL, 10);
  check_reject("date.parse.slashes_us", "01/02/2025", NULL, 5);
  check_reject("date.parse.lowercase_x", "199x", NULL, 0);
  check_reject("date.parse.four_x", "XXXX",
               "XXXX has no bounds: give at least one digit of the year", 0);
  check_reject("date.parse.four_x_month", "XXXX-12", NULL, 0);

  /* The text need not be NUL-terminated: only `len` bytes are read. */
  evg_date date;
  const char *error = NULL;
  size_t offset = 0;
  char buf[32];
  bool ok = evg_date_parse("2025-01xyz", 7, &date, &error, &offset);
  CHECK("date.parse.len_limited", ok);
  if (ok)
    CHECK_STR("date.parse.len_limited_edtf", edtf(&date, buf, sizeof buf),
              "2025-01");
  ok = evg_date_parse("2025-01-27", 6, &date, &error, &offset);
  CHECK("date.parse.len_cut_month", !ok);
}

static void test_shift(void) {
  check_shift("date.shift.anchor_minus_month", "2025-02-03", -1, EVG_UNIT_MONTH,
              "2025-01");
  check_shift("date.shift.anchor_minus_week", "2025-02-03", -1, EVG_UNIT_WEEK,
              "2025-W05");
  check_shift("date.shift.minus_7_days", "2025-01-20", -7, EVG_UNIT_DAY,
              "2025-01-13");
  check_shift("date.shift.plus_1_day_year_end", "2024-12-31", 1, EVG_UNIT_DAY,
              "2025-01-01");
  check_shift("date.shift.jan31_plus_month", "2024-01-31", 1, EVG_UNIT_MONTH,
              "2024-02");
  check_shift("date.shift.jan31_plus_month_2025", "2025-01-31", 1,
              EVG_UNIT_MONTH, "2025-02");
  /* Without the clamp, 31 Mar - 1 month would overflow into March. */
  check_shift("date.shift.mar31_minus_month", "2024-03-31", -1, EVG_UNIT_MONTH,
              "2024-02");
  check_shift("date.shift.month_13", "2023-01-31", 13, EVG_UNIT_MONTH,
              "2024-02");
  check_shift("date.shift.quarter", "2025-02-03", 1, EVG_UNIT_QUARTER,
              "2025-Q2");
  check_shift("date.shift.quarter_back_year", "2025-02-03", -1,
              EVG_UNIT_QUARTER, "2024-Q4");
  check_shift("date.shift.year", "2025-02-03", 1, EVG_UNIT_YEAR, "2026");
  check_shift("date.shift.year_from_leap_day", "2024-02-29", -4, EVG_UNIT_YEAR,
              "2020");
  check_shift("date.shift.year_base_minus_days", "2025", -7, EVG_UNIT_DAY,
              "2024");
  check_shift("date.shift.year_base_plus_days", "2025", 7, EVG_UNIT_DAY,
              "2025");
  check_shift("date.shift.month_base_plus_week", "2025-03", 1, EVG_UNIT_WEEK,
              "2025-03");
  check_shift("date.shift.decade_base", "199X", 10, EVG_UNIT_YEAR, "200X");
  check_shift("date.shift.week_base_plus_week", "2020-W53", 1, EVG_UNIT_WEEK,
              "2021-W01");
  check_shift("date.shift.zero", "2025-01-27", 0, EVG_UNIT_DAY, "2025-01-27");
  check_shift("date.shift.qualifiers_kept", "2025~", 1, EVG_UNIT_YEAR, "2026~");
  check_shift("date.shift.both_kept", "2025-01-27%", 1, EVG_UNIT_DAY,
              "2025-01-28%");
  /* One given end: the rule applies to it and the other side is kept. */
  check_shift("date.shift.open_start", "../2025-01-13", 1, EVG_UNIT_DAY,
              "../2025-01-14");
  check_shift("date.shift.open_start_year", "../2025", 1, EVG_UNIT_DAY,
              "../2025");
  check_shift("date.shift.open_start_year_plus_year", "../2025", 1,
              EVG_UNIT_YEAR, "../2026");
  check_shift("date.shift.open_end", "2025-01-13/..", -1, EVG_UNIT_DAY,
              "2025-01-12/..");
  check_shift("date.shift.open_end_plus_day", "2025-01-13/..", 1, EVG_UNIT_DAY,
              "2025-01-14/..");
  check_shift("date.shift.open_end_month_plus_week", "2025-03~/..", 1,
              EVG_UNIT_WEEK, "2025-03~/..");
  check_shift("date.shift.unknown_start", "/2025-06", 1, EVG_UNIT_MONTH,
              "/2025-07");
  check_shift("date.shift.unknown_end", "2025-W05?/", 2, EVG_UNIT_DAY,
              "2025-W05?/");
  check_shift("date.shift.unspecified_day", "1985-04-XX", 1, EVG_UNIT_DAY,
              "1985-04");
  check_shift("date.shift.season", "2001-21", 1, EVG_UNIT_MONTH, "2001-Q1");
  check_shift("date.shift.five_digit_year", "Y12345", 1, EVG_UNIT_YEAR,
              "Y12346");
  check_shift("date.shift.past_9999_year", "9999", 1, EVG_UNIT_YEAR, "Y10000");
  check_shift("date.shift.interval_coarser", "2025-01/2025-03-15", 1,
              EVG_UNIT_DAY, "2025-01");
  check_shift("date.shift.interval_days", "2025-01-10/2025-01-20", 1,
              EVG_UNIT_WEEK, "2025-W03");
  check_shift("date.shift.into_bce", "0001-01-01", -1, EVG_UNIT_DAY,
              "0000-12-31");
  check_shift("date.shift.bce_year", "500 BCE", -1, EVG_UNIT_YEAR, "-0500");

  char buf[64];
  evg_date date = parse_or_die("2025-02-03"), out;
  bool ok = evg_date_shift(&date, -1, EVG_UNIT_MONTH, &out);
  CHECK_INT("date.shift.result_precision", ok ? (int)out.from.precision : -1,
            EVG_PREC_MONTH);
  CHECK("date.shift.result_is_point", ok && !out.interval);
  CHECK_STR("date.shift.result_bounds", iso_day(out.end, buf, sizeof buf),
            "2025-01-31");

  date = parse_or_die("Y999999");
  CHECK("date.shift.past_999999",
        !evg_date_shift(&date, 1, EVG_UNIT_YEAR, &out));
  date = parse_or_die("9999-12-31");
  CHECK("date.shift.past_9999_day",
        !evg_date_shift(&date, 1, EVG_UNIT_DAY, &out));
  date = parse_or_die("9999-W51");
  CHECK("date.shift.week_past_9999",
        !evg_date_shift(&date, 1, EVG_UNIT_WEEK, &out));
  date = parse_or_die("9999-12-26");
  CHECK("date.shift.day_into_week_past_9999",
        !evg_date_shift(&date, 1, EVG_UNIT_WEEK, &out));
  date = parse_or_die("-9999-01-01");
  CHECK("date.shift.before_-9999",
        !evg_date_shift(&date, -1, EVG_UNIT_DAY, &out));
  date = parse_or_die("2025");
  CHECK("date.shift.huge_amount",
        !evg_date_shift(&date, 2000000000, EVG_UNIT_YEAR, &out));
  CHECK("date.shift.huge_negative",
        !evg_date_shift(&date, -2000000000, EVG_UNIT_WEEK, &out));
  CHECK("date.shift.within_range",
        evg_date_shift(&date, -12024, EVG_UNIT_YEAR, &out) &&
            out.from.year == -9999);
}

static void test_compare(void) {
  evg_date year = parse_or_die("2025");
  evg_date day = parse_or_die("2025-01-01");
  evg_date month = parse_or_die("2025-01");
  evg_date later = parse_or_die("2025-01-02");
  evg_date same = parse_or_die("2025-01-01");
  evg_date before = parse_or_die("2024-12-31");
  evg_date bce = parse_or_die("500 BCE");
  CHECK("date.compare.day_before_year", evg_date_compare(&day, &year) < 0);
  CHECK("date.compare.year_after_day", evg_date_compare(&year, &day) > 0);
  CHECK("date.compare.day_before_month", evg_date_compare(&day, &month) < 0);
  CHECK("date.compare.month_before_year", evg_date_compare(&month, &year) < 0);
  CHECK("date.compare.by_start", evg_date_compare(&year, &later) < 0);
  CHECK("date.compare.by_start_reverse", evg_date_compare(&later, &year) > 0);
  CHECK("date.compare.earlier_year", evg_date_compare(&before, &year) < 0);
  CHECK("date.compare.bce_first", evg_date_compare(&bce, &before) < 0);
  CHECK_INT("date.compare.equal", evg_date_compare(&day, &same), 0);
  CHECK_INT("date.compare.self", evg_date_compare(&year, &year), 0);
  /* Qualifiers do not affect order. */
  evg_date approx = parse_or_die("2025~");
  CHECK_INT("date.compare.qualifier_ignored", evg_date_compare(&approx, &year),
            0);
}

static void test_format(void) {
  char buf[64];
  evg_date date = parse_or_die("2025-01-27");
  CHECK_INT("date.format.edtf_length", evg_date_format_edtf(&date, NULL, 0),
            10);
  CHECK_INT("date.format.edtf_truncated_length",
            evg_date_format_edtf(&date, buf, 5), 10);
  CHECK_STR("date.format.edtf_truncated", buf, "2025");
  CHECK_INT("date.format.human_length", evg_date_format_human(&date, NULL, 0),
            strlen("27 Jan 2025"));
  memset(buf, 'z', sizeof buf);
  CHECK_INT("date.format.human_truncated_length",
            evg_date_format_human(&date, buf, 3), 11);
  CHECK_STR("date.format.human_truncated", buf, "27");
  CHECK_INT("date.format.iso_truncated_length",
            evg_day_format_iso(date.start, buf, 1), 10);
  CHECK_STR("date.format.iso_truncated", buf, "");

  date = parse_or_die("2021/2024");
  CHECK_INT("date.format.en_dash_bytes",
            evg_date_format_human(&date, buf, sizeof buf), 11);
  CHECK("date.format.en_dash_utf8", (unsigned char)buf[4] == 0xE2 &&
                                        (unsigned char)buf[5] == 0x80 &&
                                        (unsigned char)buf[6] == 0x93);

  /* A date built by hand gets its bounds from evg_date_compute_bounds. */
  evg_date built;
  memset(&built, 0, sizeof built);
  built.from.precision = EVG_PREC_QUARTER;
  built.from.year = 2024;
  built.from.part = 1;
  built.to = built.from;
  evg_date_compute_bounds(&built);
  CHECK_STR("date.bounds.built_start", iso_day(built.start, buf, sizeof buf),
            "2024-01-01");
  CHECK_STR("date.bounds.built_end", iso_day(built.end, buf, sizeof buf),
            "2024-03-31");
  CHECK_STR("date.format.built_human", human(&built, buf, sizeof buf),
            "Q1 2024");
  built.interval = true;
  built.to.part = 4;
  built.to.year = 2025;
  evg_date_compute_bounds(&built);
  CHECK_STR("date.bounds.built_interval_end",
            iso_day(built.end, buf, sizeof buf), "2025-12-31");
  CHECK_STR("date.format.built_interval_human", human(&built, buf, sizeof buf),
            "Q1 2024"
            "\xE2\x80\x93"
            "Q4 2025");
}

/* Every form of tests/edtf_forms.txt (the list edtf_check.sh gives edtf.js)
 * round-trips: the EDTF text and the events-file spelling both parse back
 * to the same bounds, kinds of ends and qualifiers. */
static void test_round_trip_forms(void) {
  FILE *f = fopen("tests/edtf_forms.txt", "r");
  CHECK("date.forms.file", f != NULL);
  if (!f)
    return;
  char line[128], label[160], text[160];
  int forms = 0;
  while (fgets(line, sizeof line, f)) {
    line[strcspn(line, "\n")] = '\0';
    if (line[0] == '#' || line[0] == '\0')
      continue;
    forms++;
    evg_date date, again;
    const char *error = NULL;
    size_t offset = 0;
    bool ok = evg_date_parse(line, strlen(line), &date, &error, &offset);
    snprintf(label, sizeof label, "date.forms.%s.parse", line);
    UNIT_REPORT(ok, label, "rejected at %zu: %s", offset, error);
    if (!ok)
      continue;
    evg_date_format_edtf(&date, text, sizeof text);
    ok = evg_date_parse(text, strlen(text), &again, &error, &offset);
    snprintf(label, sizeof label, "date.forms.%s.edtf", line);
    UNIT_REPORT(ok && same_exported_date(&date, &again), label,
                "'%s' does not read back the same (%s)", text,
                ok ? "other bounds or flags" : error);
    evg_date_format_iso(&date, text, sizeof text);
    ok = evg_date_parse(text, strlen(text), &again, &error, &offset);
    snprintf(label, sizeof label, "date.forms.%s.iso", line);
    UNIT_REPORT(ok && same_exported_date(&date, &again), label,
                "'%s' does not read back the same (%s)", text,
                ok ? "other bounds or flags" : error);
  }
  fclose(f);
  CHECK("date.forms.at_least_150", forms >= 150);
}

int main(void) {
  test_round_trip_forms();
  test_calendar();
  test_precision();
  test_parse_points();
  test_parse_edtf_codes();
  test_parse_leap_and_impossible();
  test_parse_bce();
  test_parse_weeks();
  test_from_day();
  test_parse_intervals();
  test_parse_open();
  test_parse_qualifiers();
  test_parse_garbage();
  test_shift();
  test_compare();
  test_format();
  UNIT_EXIT();
}
