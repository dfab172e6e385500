/* date_internal.h: what the date files share (not installed).  date.c
 * holds the calendar, bounds, shifting and order; date_parse.c reads EDTF
 * and the events file's date forms; date_format.c writes EDTF, ISO and the
 * human forms. */
#ifndef EVG_DATE_INTERNAL_H
#define EVG_DATE_INTERNAL_H

#include "evgraph.h"

#define MIN_YEAR (-999999)
#define MAX_YEAR 999999
#define YEAR_RANGE_MESSAGE "year out of range (-999999 to 999999)"

/* Beyond four digits EDTF writes Y12345: a year alone, nothing finer. */
bool date_year_has_four_digits(int64_t year);

/* Gregorian leap years, astronomical numbering (year 0 is a leap year). */
bool date_is_leap_year(int64_t year);

/* The year, month and day of a day count (the inverse of days_from_civil). */
void date_civil_from_days64(int64_t days, int64_t *year, int *month, int *day);

/* Months of the EDTF sub-year codes that are not quarters or halves, as
 * edtf.js (the npm `edtf` package) reads them: seasons 21-32 fall on
 * quarters (README says why); quadrimesters 37-39 are thirds of the year. */
int date_season_first_month(int code);

/* The quarter holding a season's months: seasons count as quarters. */
int date_season_quarter(int code);

/* Whether bit `bit` of an X mask marks an unspecified digit. */
bool date_digit_is_unspecified(uint8_t mask, int bit);

/* The first (or last) day a point with X digits allows, by trying years,
 * months and days from the low (high) end: at most 1000 years, and a day
 * is found in the first year unless the pattern allows no day at all
 * (2004-02-3X).  False when no day matches. */
bool date_pattern_extreme_day(const evg_date_point *point, bool last,
                              int64_t *found);

/* 1950S2: the years that agree with 1950 in its first two digits. */
void date_significant_years(const evg_date_point *point, int64_t *first,
                            int64_t *last);

/* The first and last day a point spans, from its precision and X digits. */
void date_point_bounds(const evg_date_point *point, int64_t *first,
                       int64_t *last);

/* EDTF writes a week as the interval of its days, and a day needs a
 * four-digit year: 9999-W52 ends on 10000-01-02, which has no spelling. */
bool date_week_days_writable(const evg_date_point *week);

#endif
