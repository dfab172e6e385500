/* timex_resolve.c: reference resolution: what a relative or year-less
 * expression counts from (the anchor, or the date mentioned last), and the
 * year that a year-less date takes. */
#include "timex_internal.h"

#include <stdlib.h>

/* In news, a bare year decades from the paper's ("The opera house, which
 * opened in 1912, announced on February 9") is background to a noun: a
 * day written without its year is still in the paper's year; not a year
 * that opens the sentence, which sets its time ("In 1911 the spinners
 * struck, as did the weavers, who walked out on May 9"). */
static bool background_year(const context *c) {
  return !c->narrative && c->has_anchor && !c->ref.interval && !c->ref_opens &&
         c->ref.from.precision == EVG_PREC_YEAR &&
         abs(evg_date_year(&c->ref) - timex_year_of(c->anchor)) > 10;
}

/* The reference is a year said alone in an earlier sentence of a news
 * story whose lead named the day of the story, and a day of another year
 * was told before it. */
static bool year_aside_in_story(const context *c) {
  return c->has_story_day && !c->ref.interval &&
         c->ref.from.precision == EVG_PREC_YEAR &&
         c->ref_sentence != c->sentence && c->has_fine_ref[EVG_PREC_DAY] &&
         timex_year_of(c->fine_ref[EVG_PREC_DAY]) != evg_date_year(&c->ref);
}

/* Whether the reference is the paper's own day written out ("OSLO,
 * January 3, 2042 - A storm struck the coast on December 30"): its year
 * is the anchor's, and a year-less day after it lies by tense around the
 * anchor, not in that year whatever the tense. */
static bool paper_day_ref(const context *c) {
  return !c->ref.interval && c->ref.from.precision == EVG_PREC_DAY &&
         c->ref.start == c->anchor;
}

base_kind timex_choose_base(const context *c) {
  /* "recently", "more recent": the writer points at the present */
  if (c->has_anchor && (c->recent_sentence == c->sentence + 1 ||
                        (c->after_since && !c->narrative)))
    return BASE_ANCHOR;
  /* a year written in the same sentence dates its days, unless a relative
   * clause closes with it ("Hungary, which was hit in 2025, shut its
   * crossings on March 2": the noun's past, not the clause's year) */
  if (c->has_ref &&
      (c->narrative || !c->has_anchor ||
       (c->ref_explicit_year && c->sentence == c->ref_sentence &&
        !c->ref_aside && !background_year(c) && !paper_day_ref(c))))
    return BASE_REF;
  return c->has_anchor ? BASE_ANCHOR : BASE_NONE;
}

/* How far a year-less day in news may lie across a year end from the
 * text's date: a past one back, a future one ahead. */
#define NEWS_DAY_BACK 120
#define NEWS_DAY_AHEAD 240

/* The year for a year-less month/day, or a period of `months` months from
 * `month` (a quarter, a half): around the anchor by tense, or the
 * reference's year. */
bool timex_pick_year(const context *c, const candidate *cand, int month,
                     int day, int months, int32_t *year) {
  base_kind base = timex_choose_base(c);
  if (base == BASE_NONE)
    return false;
  /* in news, a deadline or a future sentence looks ahead of the text's
   * date, not back to a year named earlier in the sentence */
  tense t = TENSE_UNKNOWN;
  bool t_known = false; /* the tense is looked up once, when needed */
  if (base == BASE_REF && !c->narrative && c->has_anchor &&
      c->ref.end < c->anchor) {
    t = timex_tense_near(c, cand->first, cand->last);
    t_known = true;
    /* not "Last year the snow did not arrive until December 14" */
    if ((c->after_by && t != TENSE_PAST) || t == TENSE_FUTURE)
      base = BASE_ANCHOR;
  }
  if (base == BASE_REF) {
    *year = evg_date_year(&c->ref);
    /* a narrative moves forward: "in December 1860 ... On February 7"
     * is the next February */
    evg_precision p = c->ref.from.precision;
    int32_t timex_ref_day = evg_date_first_known_day(&c->ref);
    /* "December 7 ... in 1941. In January": the month said last in the
     * same year still tells where the story is */
    if (p == EVG_PREC_YEAR && c->has_fine_ref[EVG_PREC_MONTH] &&
        timex_year_of(c->fine_ref[EVG_PREC_MONTH]) == *year) {
      p = EVG_PREC_MONTH;
      timex_ref_day = c->fine_ref[EVG_PREC_MONTH];
    }
    /* a news story told by days near the paper's ("founded Lumora in
     * 2013. Directors had voted to remove her on September 15"): a year
     * said alone in an earlier sentence is background; the story's days
     * stay in the year of the last day */
    if (year_aside_in_story(c)) {
      *year = timex_year_of(c->fine_ref[EVG_PREC_DAY]);
      p = EVG_PREC_DAY;
      timex_ref_day = c->fine_ref[EVG_PREC_DAY];
    }
    if ((c->narrative || !c->has_anchor) &&
        (p == EVG_PREC_DAY || p == EVG_PREC_MONTH || p == EVG_PREC_WEEK)) {
      if (month < timex_month_of(timex_ref_day) - 6)
        (*year)++; /* over half a year before: the next year is nearer */
    }
    return true;
  }
  int32_t ay = timex_year_of(c->anchor);
  int32_t here = evg_days_from_civil(ay, month, day ? day : 1);
  int32_t here_end =
      day ? here
          : timex_add_months(evg_days_from_civil(ay, month, 1), months) - 1;
  if (!t_known)
    t = timex_tense_near(c, cand->first, cand->last);
  if (t == TENSE_PRESENT)
    t = day ? TENSE_FUTURE : TENSE_UNKNOWN;
  if (c->after_since)
    t = TENSE_PAST;
  /* "by December", "until June": a deadline ahead */
  if (c->after_by && t != TENSE_PAST)
    t = TENSE_FUTURE;
  /* a holiday within six weeks of the anchor is the near one, whatever
   * the tense ("shut on New Year's Day" written on 31 December) */
  if (day && c->holiday) {
    int32_t best = ay;
    int32_t distance = abs(here - c->anchor);
    for (int32_t y = ay - 1; y <= ay + 1; y += 2) {
      int32_t other = evg_days_from_civil(y, month, day);
      if (abs(other - c->anchor) < distance)
        best = y, distance = abs(other - c->anchor);
    }
    if (distance <= 45) {
      *year = best;
      return true;
    }
  }
  /* News writes a day without its year when the year is the paper's own
   * (AP style): the tense moves a day across a year end only when the day
   * is near ("on Dec. 28" in January, "on Jan. 5" in December); but
   * "since Oct. 30" is past, however far. */
  bool news_day = day && !c->narrative && !c->after_since;
  if (t == TENSE_FUTURE) {
    *year = here_end < c->anchor &&
                    !(news_day &&
                      evg_days_from_civil(ay + 1, month, day) - c->anchor >
                          NEWS_DAY_AHEAD)
                ? ay + 1
                : ay;
  } else if (t == TENSE_PAST) {
    *year = here > c->anchor &&
                    !(news_day &&
                      c->anchor - evg_days_from_civil(ay - 1, month, day) >
                          NEWS_DAY_BACK)
                ? ay - 1
                : ay;
  } else {
    /* the nearest occurrence */
    int32_t prev = evg_days_from_civil(ay - 1, month, day ? day : 1);
    int32_t next = evg_days_from_civil(ay + 1, month, day ? day : 1);
    int32_t best = ay;
    int32_t distance = abs(here - c->anchor);
    if (abs(prev - c->anchor) < distance)
      best = ay - 1, distance = abs(prev - c->anchor);
    if (abs(next - c->anchor) < distance)
      best = ay + 1;
    *year = best;
  }
  return true;
}

/* The day that anaphoric expressions count from. */
/* The day that "N units later" counts from: the last date mentioned at
 * the unit's precision or finer, else the last date. */
bool timex_ref_day_at(const context *c, evg_precision precision, int32_t *day) {
  if (c->has_fine_ref[precision]) {
    *day = c->fine_ref[precision];
    return true;
  }
  if (c->has_ref) {
    *day = evg_date_first_known_day(&c->ref);
    return true;
  }
  if (c->has_anchor) {
    *day = c->anchor;
    return true;
  }
  return false;
}

bool timex_ref_day(const context *c, int32_t *day) {
  if (c->has_ref) {
    *day = evg_date_first_known_day(&c->ref);
    return true;
  }
  if (c->has_anchor) {
    *day = c->anchor;
    return true;
  }
  return false;
}

void timex_needs_anchor(candidate *cand, const char *value,
                        const char *relative) {
  cand->res = RES_ANCHOR;
  snprintf(cand->value, sizeof cand->value, "%s", value);
  snprintf(cand->relative, sizeof cand->relative, "%s",
           relative ? relative : "");
}

/* `base` shifted by amount units, at the unit's precision. */
evg_date timex_shift_date(int32_t base, int amount, int unit) {
  /* "9999999 centuries ago" would overflow the day count: no text means
   * more than ten thousand of a unit */
  if (amount > 10000)
    amount = 10000;
  if (amount < -10000)
    amount = -10000;
  int32_t day = base;
  switch (unit) {
  case UNIT_DAY:
    day += amount;
    break;
  case UNIT_WEEK:
  case UNIT_WEEKEND:
    day += 7 * amount;
    break;
  case UNIT_FORTNIGHT:
    day += 14 * amount;
    break;
  case UNIT_MONTH:
    day = timex_add_months(day, amount);
    break;
  case UNIT_QUARTER:
    day = timex_add_months(day, 3 * amount);
    break;
  case UNIT_YEAR:
    day = timex_add_months(day, 12 * amount);
    break;
  case UNIT_DECADE:
    day = timex_add_months(day, 120 * amount);
    break;
  case UNIT_CENTURY:
    day = timex_add_months(day, 1200 * amount);
    break;
  default:
    break;
  }
  return evg_date_from_day(day, timex_unit_precision(unit));
}

/* How far from the story's year a bare short year may lie: a history of
 * the first centuries moves on by years and decades, and a number further
 * off ("in 300" in a story at 68) is more often a count. */
#define SHORT_YEAR_REACH 100

bool timex_story_short_year(const context *c, int32_t number, bool near,
                            int32_t *year) {
  if (c->has_ref) {
    int32_t story = evg_date_year(&c->ref);
    if (story >= 1000)
      return false; /* "June 68" in a story of 1968 is no year of it */
    *year = story <= 0 ? 1 - number : number;
    return !near || abs(*year - story) <= SHORT_YEAR_REACH;
  }
  /* before any date: a history may open with one ("In the spring of 68"),
   * news may not ("In March 150 Ukrainians were freed") */
  if (near || !c->narrative)
    return false;
  *year = number;
  return true;
}
