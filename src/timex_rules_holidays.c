/* timex_rules_holidays.c: the rules for holidays (Christmas, Easter
 * 2004, Chinese New Year) and the years of the Chinese zodiac. */
#include "timex_internal.h"

#define HOLIDAY_LUNAR 100

static bool rule_holiday_in(const context *c, size_t i, candidate *cand);

/* The holiday rule, with the context told so (for the near-day rule). */
bool timex_rule_holiday(const context *c, size_t i, candidate *cand) {
  context *mutable = (context *)c;
  mutable->holiday = true;
  bool found = rule_holiday_in(c, i, cand);
  mutable->holiday = false;
  return found;
}

/* A holiday keyword at token i and the words that complete its name
 * ("Christmas Eve", "Easter Monday", "Valentine's Day"): its HOLIDAY_ id,
 * last token and offset in days.  False when the name is incomplete. */
static bool holiday_keyword(const context *c, size_t i, int *id, size_t *last,
                            int *offset) {
  *id = c->t[i].value;
  switch (*id) {
  case HOLIDAY_CHRISTMAS:
    if (word(c, i + 1, W_EVE))
      *offset = -1, *last = i + 1;
    else if (word(c, i + 1, W_DAY) || lower_word_is(c, i + 1, "day"))
      *last = i + 1;
    break;
  case HOLIDAY_EASTER:
    if (word(c, i + 1, W_SUNDAY) || lower_word_is(c, i + 1, "sunday"))
      *last = i + 1;
    else if (lower_word_is(c, i + 1, "monday"))
      *offset = 1, *last = i + 1;
    break;
  case HOLIDAY_GOOD:
    if (!lower_word_is(c, i + 1, "friday") || !c->t[i + 1].cap)
      return false;
    *last = i + 1;
    break;
  case HOLIDAY_THANKSGIVING:
    if (lower_word_is(c, i + 1, "day"))
      *last = i + 1;
    break;
  case HOLIDAY_HALLOWEEN:
    break;
  case HOLIDAY_VALENTINE:
    /* Valentine's Day */
    if (!(punct(c, i + 1, '\'') && lower_word_is(c, i + 2, "s") &&
          lower_word_is(c, i + 3, "day")))
      return false;
    *last = i + 3;
    break;
  case HOLIDAY_PRESIDENTS:
    /* Presidents' Day */
    if (punct(c, i + 1, '\'') && lower_word_is(c, i + 2, "day") &&
        c->t[i + 2].cap) {
      *last = i + 2;
      break;
    }
    return false;
  case HOLIDAY_INDEPENDENCE:
  case HOLIDAY_LABOR:
  case HOLIDAY_MEMORIAL:
    if (!lower_word_is(c, i + 1, "day") || !c->t[i + 1].cap)
      return false;
    *last = i + 1;
    break;
  }
  return true;
}

/* A holiday named at token i: a keyword ("Easter", "Christmas Eve") or a
 * phrase ("New Year's Day", "Black Friday", "Chinese New Year"): its id
 * (HOLIDAY_ or HOLIDAY_LUNAR), last token and offset in days. */
static bool holiday_at(const context *c, size_t i, int *id, size_t *last,
                       int *offset) {
  if (cls(c, i) == K_HOLIDAY && c->t[i].cap) {
    if (!holiday_keyword(c, i, id, last, offset))
      return false;
  } else if (word(c, i, W_NEW) && c->t[i].cap &&
             lower_word_is(c, i + 1, "year") && c->t[i + 1].cap) {
    /* New Year's Day / Eve, New Year */
    size_t k = i + 2;
    if (punct(c, k, '\'') && lower_word_is(c, k + 1, "s"))
      k += 2;
    else if (lower_word_is(c, k, "s"))
      k += 1;
    if (lower_word_is(c, k, "day") && c->t[k].cap)
      *last = k;
    else if (word(c, k, W_EVE) && c->t[k].cap)
      *last = k, *offset = -1;
    else
      *last = k - 1;
    *id = HOLIDAY_NEWYEAR;
  } else if ((word(c, i, W_BLACK) || word(c, i, W_CYBER)) && c->t[i].cap &&
             i + 1 < c->n && c->t[i + 1].cap &&
             lower_word_is(c, i + 1,
                           word(c, i, W_BLACK) ? "friday" : "monday")) {
    *id = HOLIDAY_THANKSGIVING;
    *offset = word(c, i, W_BLACK) ? 1 : 4;
    *last = i + 1;
  } else if (word(c, i, W_BOXING) && c->t[i].cap &&
             lower_word_is(c, i + 1, "day") && c->t[i + 1].cap) {
    *id = HOLIDAY_CHRISTMAS;
    *offset = 1;
    *last = i + 1;
  } else if ((word(c, i, W_CHINESE) || word(c, i, W_LUNAR)) && c->t[i].cap &&
             word(c, i + 1, W_NEW) && lower_word_is(c, i + 2, "year")) {
    *id = HOLIDAY_LUNAR;
    *last = i + 2;
  } else if (lower_word_is(c, i, "spring") && c->t[i].cap &&
             word(c, i + 1, W_FESTIVAL) && c->t[i + 1].cap) {
    *id = HOLIDAY_LUNAR;
    *last = i + 1;
  } else {
    return false;
  }
  return true;
}

static bool rule_holiday_in(const context *c, size_t i, candidate *cand) {
  if (i >= c->n || !c->t[i].cap)
    return false; /* every holiday name is capitalised */
  int id = 0;
  size_t last = i;
  int offset = 0; /* eve: -1 */
  if (!holiday_at(c, i, &id, &last, &offset))
    return false;
  cand->first = i;
  cand->type = EVG_TIMEX_DATE;
  size_t y = last + 1;
  int32_t year;
  int relative_year = 0; /* "Thanksgiving next year" */
  if ((word(c, y, W_NEXT) || word(c, y, W_LAST) || word(c, y, W_THIS)) &&
      cls(c, y + 1) == K_UNIT && c->t[y + 1].value == UNIT_YEAR &&
      lower_word_is(c, y + 1, "year"))
    relative_year = word(c, y, W_NEXT) ? 1 : word(c, y, W_LAST) ? -1 : 0;
  bool said_year = relative_year || word(c, y, W_THIS);
  if (timex_year_token(c, y, false)) {
    year = c->t[y].num;
    last = y;
  } else if (said_year && (c->has_anchor || c->has_ref)) {
    /* the holiday of the year the phrase names, from the text's date (a
     * history's: the story's) */
    bool story = c->has_ref && (c->narrative || !c->has_anchor);
    year = (story ? evg_date_year(&c->ref) : timex_year_of(c->anchor)) +
           relative_year;
    last = y + 1;
  } else {
    int32_t probe;
    int month = 1, day = 1;
    if (id != HOLIDAY_LUNAR && timex_holiday_day(id, 2001, &probe)) {
      month = timex_month_of(probe);
      int32_t yy;
      int mm, dd;
      evg_civil_from_days(probe, &yy, &mm, &dd);
      day = dd;
    } else {
      month = 1, day = 29;
    }
    if (!timex_pick_year(c, cand, month, day, 1, &year)) {
      cand->last = last;
      snprintf(cand->value, sizeof cand->value, "XXXX-XX-XX");
      cand->res = RES_ANCHOR;
      return true;
    }
  }
  int32_t day;
  if (!timex_holiday_day(id, year, &day)) {
    cand->last = last;
    snprintf(cand->value, sizeof cand->value, "%04ld", (long)year);
    cand->res = RES_NONE;
    return true;
  }
  cand->last = last;
  timex_set_date(cand, day_date(day + offset));
  return true;
}

/* "the Year of the Snake": the lunar year of that zodiac animal nearest
 * the base; with "first day of" it is that lunar new year's day. */
bool timex_rule_zodiac(const context *c, size_t i, candidate *cand) {
  static const char *const animals[] = {"rat",    "ox",      "tiger", "rabbit",
                                        "dragon", "snake",   "horse", "goat",
                                        "monkey", "rooster", "dog",   "pig"};
  if (!(word(c, i, W_THE) || cls(c, i) == K_ORDWORD ||
        (cls(c, i) == K_UNIT && c->t[i].cap)))
    return false; /* "the Year of the Snake", "the first day of", "Year" */
  size_t k = i;
  bool first_day = false;
  if (word(c, k, W_THE))
    k++;
  if (cls(c, k) == K_ORDWORD && c->t[k].value == 1 &&
      lower_word_is(c, k + 1, "day") && word(c, k + 2, W_OF)) {
    first_day = true;
    k += 3;
    if (word(c, k, W_THE))
      k++;
  }
  if (!(lower_word_is(c, k, "year") && c->t[k].cap && word(c, k + 1, W_OF) &&
        word(c, k + 2, W_THE)))
    return false;
  int animal = -1;
  for (int a = 0; a < 12; a++)
    if (lower_word_is(c, k + 3, animals[a]) && c->t[k + 3].cap)
      animal = a;
  if (animal < 0)
    return false;
  int32_t base_year;
  base_kind base = timex_choose_base(c);
  if (base == BASE_NONE)
    return false;
  base_year = base == BASE_REF ? c->ref.from.year : timex_year_of(c->anchor);
  /* 2020 was a Rat year; pick the year with this animal nearest the base */
  int32_t year = base_year;
  for (int32_t d = 0; d <= 6; d++) {
    if ((((base_year + d - 2020) % 12) + 12) % 12 == animal) {
      year = base_year + d;
      break;
    }
    if ((((base_year - d - 2020) % 12) + 12) % 12 == animal) {
      year = base_year - d;
      break;
    }
  }
  int32_t day;
  cand->first = i;
  cand->last = k + 3;
  cand->type = EVG_TIMEX_DATE;
  if (!timex_lunar_new_year_day(year, &day))
    return false;
  if (first_day) {
    timex_set_date(cand, day_date(day));
  } else {
    /* the lunar year, as the days it spans */
    int32_t next;
    if (!timex_lunar_new_year_day(year + 1, &next))
      return false;
    evg_date d = day_date(day);
    d.to = day_date(next - 1).from;
    d.interval = true;
    evg_date_compute_bounds(&d);
    cand->res = RES_DATE;
    cand->date = d;
    snprintf(cand->value, sizeof cand->value, "%04ld", (long)year);
  }
  return true;
}
