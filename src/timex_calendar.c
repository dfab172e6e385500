/* timex_calendar.c: calendar arithmetic on day numbers for the tagger:
 * weekdays, steps of months, Easter, the n-th weekday of a month, the lunar
 * new year, and the day of each holiday. */
#include "timex_internal.h"

#include <stdlib.h>

/* ------------------------------------------------------------------ */
/* Calendar helpers                                                     */
/* ------------------------------------------------------------------ */

int timex_weekday_of(int32_t day) {
  /* 1970-01-01 was a Thursday (4); Monday = 1 */
  int w = (int)((day % 7 + 7 + 3) % 7);
  return w + 1;
}

int32_t timex_add_months(int32_t day, int months) {
  int32_t y;
  int m, d;
  evg_civil_from_days(day, &y, &m, &d);
  int64_t total = (int64_t)y * 12 + (m - 1) + months;
  y = (int32_t)(total >= 0 ? total / 12 : (total - 11) / 12);
  m = (int)(total - (int64_t)y * 12) + 1;
  while (d > 28 && !evg_date_valid_day(y, m, d))
    d--;
  return evg_days_from_civil(y, m, d);
}

int32_t timex_year_of(int32_t day) {
  int32_t y;
  int m, d;
  evg_civil_from_days(day, &y, &m, &d);
  return y;
}

int timex_month_of(int32_t day) {
  int32_t y;
  int m, d;
  evg_civil_from_days(day, &y, &m, &d);
  return m;
}

static int32_t easter(int32_t year) {
  /* Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
  int32_t a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4,
          f = (b + 8) / 25, g = (b - f + 1) / 3,
          h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4,
          l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
  int month = (int)((h + l - 7 * m + 114) / 31);
  int day = (int)((h + l - 7 * m + 114) % 31) + 1;
  return evg_days_from_civil(year, month, day);
}

/* The n-th (1-based; -1 = last) weekday w of a month. */
static int32_t nth_weekday(int32_t year, int month, int w, int n) {
  if (n > 0) {
    int32_t first = evg_days_from_civil(year, month, 1);
    int shift = (w - timex_weekday_of(first) + 7) % 7;
    return first + shift + 7 * (n - 1);
  }
  int32_t last = timex_add_months(evg_days_from_civil(year, month, 1), 1) - 1;
  int shift = (timex_weekday_of(last) - w + 7) % 7;
  return last - shift;
}

/* Lunar (Chinese) New Year, 2000-2035. */
static const char *const lunar_new_year[] = {
    "2000-02-05", "2001-01-24", "2002-02-12", "2003-02-01", "2004-01-22",
    "2005-02-09", "2006-01-29", "2007-02-18", "2008-02-07", "2009-01-26",
    "2010-02-14", "2011-02-03", "2012-01-23", "2013-02-10", "2014-01-31",
    "2015-02-19", "2016-02-08", "2017-01-28", "2018-02-16", "2019-02-05",
    "2020-01-25", "2021-02-12", "2022-02-01", "2023-01-22", "2024-02-10",
    "2025-01-29", "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13",
    "2030-02-03", "2031-01-23", "2032-02-11", "2033-01-31", "2034-02-19",
    "2035-02-08"};

bool timex_lunar_new_year_day(int32_t year, int32_t *day) {
  if (year < 2000 || year > 2035)
    return false;
  const char *s = lunar_new_year[year - 2000];
  *day = evg_days_from_civil(year, atoi(s + 5), atoi(s + 8));
  return true;
}

/* Holidays: fixed, Easter-based, nth-weekday, and the lunar new year. */
bool timex_holiday_day(int id, int32_t year, int32_t *day) {
  switch (id) {
  case HOLIDAY_CHRISTMAS:
    *day = evg_days_from_civil(year, 12, 25);
    return true;
  case HOLIDAY_EASTER:
    *day = easter(year);
    return true;
  case HOLIDAY_GOOD:
    *day = easter(year) - 2;
    return true;
  case HOLIDAY_THANKSGIVING:
    /* the last Thursday of November until 1938, the one before it in
     * 1939-1941, the fourth since 1942 (a law of 1941) */
    *day = year >= 1942   ? nth_weekday(year, 11, 4, 4)
           : year >= 1939 ? nth_weekday(year, 11, 4, -1) - 7
                          : nth_weekday(year, 11, 4, -1);
    return true;
  case HOLIDAY_HALLOWEEN:
    *day = evg_days_from_civil(year, 10, 31);
    return true;
  case HOLIDAY_VALENTINE:
    *day = evg_days_from_civil(year, 2, 14);
    return true;
  case HOLIDAY_INDEPENDENCE:
    *day = evg_days_from_civil(year, 7, 4);
    return true;
  case HOLIDAY_LABOR:
    *day = nth_weekday(year, 9, 1, 1);
    return true;
  case HOLIDAY_MEMORIAL:
    /* May 30 until the Monday holidays of 1971 */
    *day = year >= 1971 ? nth_weekday(year, 5, 1, -1)
                        : evg_days_from_civil(year, 5, 30);
    return true;
  case HOLIDAY_NEWYEAR:
    *day = evg_days_from_civil(year, 1, 1);
    return true;
  case HOLIDAY_PRESIDENTS:
    /* Washington's birthday, February 22, until 1971 */
    *day = year >= 1971 ? nth_weekday(year, 2, 1, 3)
                        : evg_days_from_civil(year, 2, 22);
    return true;
  default:
    return timex_lunar_new_year_day(year, day);
  }
}
