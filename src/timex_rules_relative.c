/* timex_rules_relative.c: the rules for dates that count from the anchor
 * or from the date mentioned last: today, on Monday, next week, the
 * following year, that month, at the time, the 28th. */
#include "timex_internal.h"

#include <string.h>

/* How far the attribution of a quotation is looked for, in tokens */
#define SPEECH_WINDOW 60

/* The day a verb of saying outside quotations in sentence `sentence`,
 * tokens from..to, names: "said on Wednesday", "said yesterday". */
static bool said_on(const context *c, size_t from, size_t to,
                    unsigned int sentence, int32_t *day) {
  for (size_t k = from; k < to; k++) {
    if (c->t[k].sentence != sentence || c->t[k].quote ||
        !(c->t[k].tense & TW_REPORT) || !(c->t[k].tense & TW_PAST))
      continue;
    size_t d = word(c, k + 1, W_ON) ? k + 2 : k + 1;
    if (word(c, d, W_YESTERDAY)) {
      *day = c->anchor - 1;
      return true;
    }
    if (cls(c, d) == K_WEEKDAY && c->t[d].cap && c->t[d].quote == 0) {
      int today = timex_weekday_of(c->anchor);
      *day = c->anchor - (today - c->t[d].value + 7) % 7;
      return true;
    }
  }
  return false;
}

/* Speech time: the day a quotation at token i was spoken, when its
 * sentence says so outside the quotation ("...," Shah said on Wednesday;
 * she said yesterday: "..."), or the sentence before it in the paragraph
 * (a quotation that goes on): the last such day up to the anchor. */
static bool speech_day(const context *c, size_t i, int32_t *day) {
  if (!c->has_anchor || c->narrative || !c->t[i].quote)
    return false;
  unsigned int sentence = c->t[i].sentence;
  size_t from = i > SPEECH_WINDOW ? i - SPEECH_WINDOW : 0;
  size_t to = i + SPEECH_WINDOW < c->n ? i + SPEECH_WINDOW : c->n;
  if (said_on(c, from, to, sentence, day))
    return true;
  return sentence > 0 &&
         c->paragraph_of[sentence - 1] == c->paragraph_of[sentence] &&
         said_on(c, from, i, sentence - 1, day);
}

/* Whether token k determines the noun phrase after it: an article or a
 * possessive ("its", "Tidelink's"). */
static bool determines_noun(const context *c, size_t k) {
  static const char *const possessives[] = {"its", "his", "her",  "their",
                                            "our", "my",  "your", NULL};
  if (word(c, k, W_THE) || word(c, k, W_A) || word(c, k, W_AN))
    return true;
  if (k > 0 && lower_word_is(c, k, "s") && punct(c, k - 1, '\''))
    return true;
  for (size_t p = 0; possessives[p]; p++)
    if (lower_word_is(c, k, possessives[p]))
      return true;
  return false;
}

/* Whether token k opens a noun phrase: it determines the noun, or it is a
 * preposition. */
static bool opens_noun_phrase(const context *c, size_t k) {
  return determines_noun(c, k) || word(c, k, W_ON) || word(c, k, W_IN) ||
         word(c, k, W_OF) || word(c, k, W_FOR) || word(c, k, W_FROM) ||
         word(c, k, W_DURING) || word(c, k, W_AT) || word(c, k, W_BY) ||
         word(c, k, W_AFTER) || word(c, k, W_BEFORE) || word(c, k, W_THROUGH) ||
         word(c, k, W_OVER);
}

/* How many words back from "overnight" its "after" is looked for. */
#define OVERNIGHT_AFTER_REACH 12

/* Whether "overnight" (token i) closes an "after" clause of a sentence
 * that told a day before it ("reached Spain on Wednesday ... after a
 * freight locomotive broke down near Lyon overnight"). */
static bool after_day_told(const context *c, size_t i) {
  if (!c->has_fine_ref[EVG_PREC_DAY] ||
      c->fine_ref_sentence != c->t[i].sentence)
    return false;
  for (size_t back = 1; back <= OVERNIGHT_AFTER_REACH && back <= i; back++) {
    size_t j = i - back;
    if (c->t[j].sentence != c->t[i].sentence ||
        (c->t[j].kind == T_PUNCT && c->t[j].punct != ','))
      return false;
    if (word(c, j, W_AFTER))
      return true;
  }
  return false;
}

/* "overnight" opening a noun phrase before its noun ("cut rest breaks on
 * overnight sailings", "an overnight train"): an adjective, no time of its
 * own.  After a noun it is the adverb ("ordered from their homes overnight
 * as a wildfire jumped"). */
static bool overnight_adjective(const context *c, size_t i) {
  return i > 0 && i + 1 < c->n && c->t[i + 1].kind == T_WORD &&
         !c->t[i + 1].cap && c->t[i + 1].cls == K_NONE &&
         opens_noun_phrase(c, i - 1);
}

/* today, yesterday, tomorrow, tonight, now, recently, currently */
bool timex_rule_deictic_word(const context *c, size_t i, candidate *cand) {
  int offset;
  const char *relative;
  if (word(c, i, W_TODAY))
    offset = 0, relative = "anchor";
  else if (word(c, i, W_YESTERDAY))
    offset = -1, relative = "anchor - 1 day";
  else if (word(c, i, W_TOMORROW))
    offset = 1, relative = "anchor + 1 day";
  else if (word(c, i, W_TONIGHT))
    offset = 0, relative = "anchor";
  else if (word(c, i, W_NOW) || word(c, i, W_CURRENTLY)) {
    /* "now" only as an adverb of time, not "now that" */
    if (word(c, i + 1, W_THAT))
      return false;
    cand->first = cand->last = i;
    cand->type = EVG_TIMEX_DATE;
    timex_set_ref_value(cand, "PRESENT_REF");
    return true;
  } else if (word(c, i, W_OVERNIGHT)) {
    /* the night before the anchor in the past; tonight in the future */
    if (overnight_adjective(c, i))
      return false;
    cand->first = cand->last = i;
    cand->type = EVG_TIMEX_TIME;
    if (!c->has_anchor) {
      timex_needs_anchor(cand, "XXXX-XX-XXTNI", "anchor");
      return true;
    }
    bool future = timex_tense_near(c, i, i) == TENSE_FUTURE;
    int32_t night = c->anchor - (future ? 0 : 1);
    /* "Buses returned on Monday morning after drivers voted overnight":
     * the night that ended on the day the sentence told before "after" */
    if (!future && after_day_told(c, i))
      night = c->fine_ref[EVG_PREC_DAY] - 1;
    timex_set_date(cand, day_date(night));
    strncat(cand->value, "TNI", sizeof cand->value - strlen(cand->value) - 1);
    return true;
  } else if (word(c, i, W_RECENTLY)) {
    cand->first = cand->last = i;
    cand->type = EVG_TIMEX_DATE;
    timex_set_ref_value(cand, "PAST_REF");
    return true;
  } else {
    return false;
  }
  cand->first = cand->last = i;
  cand->type = EVG_TIMEX_DATE;
  bool night = word(c, i, W_TONIGHT);
  int part = 0;
  if (!night && cls(c, i + 1) == K_PARTDAY) {
    part = c->t[i + 1].value;
    cand->last = i + 1;
    cand->type = EVG_TIMEX_TIME;
  }
  if (night)
    part = 4, cand->type = EVG_TIMEX_TIME;
  /* in a history, a speaker's "today" is the day the story has reached */
  bool speaker_day =
      c->narrative && c->t[i].quote && c->has_fine_ref[EVG_PREC_DAY];
  if (!c->has_anchor && !speaker_day) {
    timex_needs_anchor(cand, "XXXX-XX-XX", relative);
    return true;
  }
  int32_t day = speaker_day ? c->fine_ref[EVG_PREC_DAY] : c->anchor;
  int32_t spoken;
  if (!speaker_day && speech_day(c, i, &spoken))
    day = spoken; /* "yesterday," she said on Wednesday: Tuesday */
  timex_set_date(cand, day_date(day + offset));
  timex_append_day_part(cand, part);
  cand->keep_reference = speaker_day;
  return true;
}

/* Whether the weekday at first..last lies ahead of a past asking
 * ("asked residents to stay indoors on Monday", "ordered repairs by
 * Friday") whose own day the same sentence told before it, a day before
 * the paper's. */
static bool asked_on_day_before(const context *c, size_t first, size_t last) {
  return c->has_anchor && c->has_fine_ref[EVG_PREC_DAY] &&
         c->fine_ref[EVG_PREC_DAY] < c->anchor && !c->day_looked_back &&
         c->fine_ref_sentence == c->t[first].sentence &&
         timex_ahead_of_asking(c, first, last);
}

/* Whether the weekday at w is one of a longer time written after it ("on
 * a Sunday morning in 1921", "one Friday in May"): some such weekday of
 * that year or month, not a day of the story's week. */
static bool weekday_of_later_time(const context *c, size_t w) {
  if (w == 0 ||
      !(lower_word_is(c, w - 1, "a") || lower_word_is(c, w - 1, "one")))
    return false;
  size_t k = w + 1;
  if (cls(c, k) == K_PARTDAY)
    k++;
  if (!word(c, k, W_IN))
    return false;
  k++;
  if (word(c, k, W_THE) && lower_word_is(c, k + 1, "year"))
    k += 2;
  return timex_year_token(c, k, false) || (cls(c, k) == K_MONTH && c->t[k].cap);
}

/* A bare weekday, with its direction from the tense; also "last Monday",
 * "next Friday", "this Wednesday", "Monday night", and a weekday followed
 * by an explicit date ("Monday, January 27"). */
bool timex_rule_weekday(const context *c, size_t i, candidate *cand) {
  size_t w = i;
  int direction = 0; /* -1 last, +1 next, 0 by tense */
  if (word(c, i, W_LAST) || word(c, i, W_PAST))
    direction = -1, w++;
  else if (word(c, i, W_NEXT) || word(c, i, W_COMING))
    direction = 1, w++;
  else if (word(c, i, W_THIS))
    direction = 2, w++;
  if (cls(c, w) != K_WEEKDAY || !c->t[w].cap)
    return false;
  if (direction == 0 && weekday_of_later_time(c, w))
    return false;
  /* "dropped the Monday edition", "its Sunday paper": a weekday between
   * an article or possessive and its noun names a kind, not a day */
  if (direction == 0 && i > 0 && determines_noun(c, i - 1) && i + 1 < c->n &&
      c->t[i + 1].kind == T_WORD && !c->t[i + 1].cap &&
      c->t[i + 1].cls == K_NONE)
    return false;
  size_t len = c->t[w].end - c->t[w].start;
  if (len <= 4 && c->text[c->t[w].end - 1] != '.')
    return false; /* "Sun", "Wed" alone: too ambiguous */
  /* "Monday, January 27, 2025": the explicit date decides */
  size_t after = timex_after_comma(c, w + 1);
  candidate explicit_date = *cand;
  if (direction == 0 && (timex_rule_month_day(c, after, &explicit_date) ||
                         timex_rule_day_month(c, after, &explicit_date))) {
    *cand = explicit_date;
    cand->first = i;
    if (cand->res == RES_DATE && cand->date.from.precision == EVG_PREC_DAY)
      cand->weekday_skew =
          (c->t[w].value - timex_weekday_of(cand->date.start) + 7) % 7;
    return true;
  }
  int weekday = c->t[w].value;
  /* "on Monday, Christmas Day,": a holiday in apposition that falls on
   * that weekday is the day; the spans stay apart */
  candidate named_day = *cand;
  if (direction == 0 && punct(c, w + 1, ',') &&
      (timex_rule_holiday(c, after, &named_day) ||
       timex_rule_zodiac(c, after, &named_day)) &&
      named_day.res == RES_DATE &&
      named_day.date.from.precision == EVG_PREC_DAY &&
      timex_weekday_of(named_day.date.start) == weekday) {
    cand->first = i;
    cand->last = w;
    cand->type = EVG_TIMEX_DATE;
    timex_set_date(cand, day_date(named_day.date.start));
    return true;
  }
  cand->first = i;
  cand->last = w;
  cand->type = EVG_TIMEX_DATE;
  int part = 0;
  if (cls(c, w + 1) == K_PARTDAY) {
    part = c->t[w + 1].value;
    cand->last = w + 1;
    cand->type = EVG_TIMEX_TIME;
  }
  base_kind base = timex_choose_base(c);
  int32_t from;
  if (base == BASE_REF && direction == 0 &&
      (c->narrative || (!c->has_anchor && !c->ref_dateline))) {
    /* in a narrative, or a text with no date of its own to count from
     * (a history that also says "today"; not a news quote whose date is
     * its dateline's, the paper's day): the first such weekday after the
     * reference */
    from = evg_date_first_known_day(&c->ref);
    /* counted in the writer's calendar: "Sunday, September 2, 1666" (old
     * style) and then "On Monday" is the next day */
    int shift = (weekday - timex_weekday_of(from) - c->weekday_skew + 14) % 7;
    timex_set_date(cand, day_date(from + shift));
  } else if (c->has_anchor) {
    from = c->anchor;
    int today = timex_weekday_of(from);
    tense t = direction == -1  ? TENSE_PAST
              : direction == 1 ? TENSE_FUTURE
              : direction == 2 ? TENSE_UNKNOWN
                               : timex_tense_near(c, i, cand->last);
    if (t == TENSE_PRESENT)
      t = TENSE_FUTURE; /* a schedule */
    if (t == TENSE_UNKNOWN && c->after_by)
      t = TENSE_FUTURE; /* "by Tuesday afternoon"; "had won it back by
                           Wednesday" stays past */
    int32_t day;
    if (direction == 2) {
      /* this Monday: the one in the anchor's week */
      day = from - (today - 1) + (weekday - 1);
    } else if (weekday == today && direction == 0) {
      /* the anchor's own weekday is the anchor ("the company said on
       * Monday" in Monday's paper), whatever the tense, unless the text
       * opened by setting its story in the week before */
      day = c->last_week_frame && t != TENSE_FUTURE ? from - 7 : from;
    } else if (t == TENSE_FUTURE && direction == 0 &&
               asked_on_day_before(c, i, cand->last)) {
      /* "issued a warning on Sunday afternoon and asked people to stay
       * indoors from 6 p.m. on Monday": what was asked for lies ahead of
       * the asking, whose day the sentence told, not of the paper's (or
       * is that day: "6 p.m. on Monday" told its Monday first) */
      int32_t asked = c->fine_ref[EVG_PREC_DAY];
      day = asked + (weekday - timex_weekday_of(asked) + 7) % 7;
    } else if (t == TENSE_FUTURE) {
      int shift = (weekday - today + 7) % 7;
      day = from + (shift ? shift : 7);
    } else if (t == TENSE_UNKNOWN) {
      /* no tense to go by: the nearer of the last and the next */
      int back = (today - weekday + 7) % 7, ahead = (weekday - today + 7) % 7;
      if (!back)
        back = 7;
      if (!ahead)
        ahead = 7;
      day = ahead < back ? from + ahead : from - back;
    } else {
      /* the anchor's own weekday in the past is the anchor itself
       * ("the company said on Monday", in Monday's paper), unless the text
       * has set its story in the week before ("Last week, ... On Monday,
       * ...") */
      int shift = (today - weekday + 7) % 7;
      /* "last Monday" on a Monday is a week back */
      day = from -
            (shift ? shift : (c->last_week_frame || direction == -1 ? 7 : 0));
    }
    timex_set_date(cand, day_date(day));
  } else {
    snprintf(cand->value, sizeof cand->value, "XXXX-WXX-%d", weekday);
    cand->res = RES_ANCHOR;
    return true;
  }
  timex_append_day_part(cand, part);
  return true;
}

/* The direction of "last" (-1), "next", "coming" (1), "this", "current"
 * (0) at token *k, which moves past "the" in "the current"; "the weekend"
 * takes the direction of the tense.  False when none is there. */
static bool direction_at(const context *c, size_t *k, int earlier_later,
                         int *direction) {
  if (!earlier_later && word(c, *k, W_THE) && word(c, *k + 1, W_CURRENT))
    (*k)++;
  if (!earlier_later && word(c, *k, W_THE) && cls(c, *k + 1) == K_UNIT &&
      c->t[*k + 1].value == UNIT_WEEKEND &&
      lower_word_is(c, *k + 1, "weekend")) {
    /* "the weekend": the last one in a sentence in the past, else the
     * coming one */
    tense t = timex_tense_near(c, *k, *k + 1);
    *direction =
        t == TENSE_PAST ? -1 : (timex_weekday_of(c->anchor) >= 6 ? 0 : 0);
    if (t == TENSE_PAST && c->has_anchor && timex_weekday_of(c->anchor) >= 6)
      *direction = 0;
  } else if (word(c, *k, W_LAST))
    *direction = -1;
  else if (word(c, *k, W_NEXT) || word(c, *k, W_COMING))
    *direction = 1;
  else if (word(c, *k, W_THIS) || word(c, *k, W_CURRENT))
    *direction = 0;
  else
    return false;
  return true;
}

/* last night, this morning: a part of the day at token u */
static bool part_of_day_near(const context *c, size_t u, int direction,
                             candidate *cand) {
  cand->last = u;
  cand->type = EVG_TIMEX_TIME;
  int part = c->t[u].value;
  int offset = direction == -1 ? -1 : 0;
  if (direction == -1 && part != 4)
    return false; /* "last morning" is not said */
  if (!c->has_anchor) {
    timex_needs_anchor(cand, "XXXX-XX-XX",
                       offset ? "anchor - 1 day" : "anchor");
    return true;
  }
  timex_set_date(cand, day_date(c->anchor + offset));
  timex_append_day_part(cand, part);
  return true;
}

/* this weekend, next weekend: the Saturday and Sunday of that week */
static void weekend_near(const context *c, int direction, candidate *cand) {
  int32_t monday = c->anchor - (timex_weekday_of(c->anchor) - 1);
  int32_t saturday = monday + 5 + 7 * direction;
  evg_date d = day_date(saturday);
  d.to = day_date(saturday + 1).from;
  d.interval = true;
  evg_date_compute_bounds(&d);
  cand->res = RES_DATE;
  cand->date = d;
  evg_date week = evg_date_from_day(saturday, EVG_PREC_WEEK);
  char year[16];
  timex_year_text(week.from.year, year, sizeof year);
  snprintf(cand->value, sizeof cand->value, "%s-W%02d-WE", year,
           week.from.part);
}

/* Story time: in a narrative (a history, or a text without a date of
 * its own) "next summer", "last March" and "next year" count from the
 * time the story has reached, the date mentioned last (the TempEval
 * convention); in news from the text's date. */
static bool story_time(const context *c, size_t i) {
  /* a speaker quoted in a text with a date of its own speaks then; a
   * story that has reached the writer's years is told from them */
  return c->has_ref && (c->narrative || !c->has_anchor) &&
         !(c->has_anchor &&
           (c->t[i].quote ||
            timex_year_of(c->anchor) - evg_date_year(&c->ref) <= 2));
}

/* The year of the first (direction > 0) or last (< 0) period of `months`
 * months starting in month `first_month` (12: it runs into the next year)
 * after or before the reference date; direction 0: the one that starts in
 * the reference's year. */
static int32_t year_from_story(const context *c, int first_month, int months,
                               int direction) {
  int32_t year = evg_date_year(&c->ref);
  if (direction > 0) {
    while (evg_days_from_civil(year, first_month, 1) <= c->ref.end)
      year++;
  } else if (direction < 0) {
    while (timex_add_months(evg_days_from_civil(year, first_month, 1), months) -
               1 >=
           c->ref.start)
      year--;
  }
  return year;
}

/* next week, last year, this quarter: a unit at token u */
static bool unit_near(const context *c, size_t i, size_t u, int direction,
                      int earlier_later, candidate *cand) {
  int unit = c->t[u].value;
  if (unit == UNIT_HOUR || unit == UNIT_MINUTE || unit == UNIT_CENTURY ||
      unit == UNIT_SECOND)
    return false;
  /* "the next decade", "over the past week": a duration (rule_amount) */
  if (i > 0 && word(c, i - 1, W_THE) && direction != 0)
    return false;
  size_t len = c->t[u].end - c->t[u].start;
  bool plural =
      c->text[c->t[u].start + len - 1] == 's' && unit != UNIT_DAY + 100;
  if (plural && unit != UNIT_WEEKEND) {
    /* "the next few weeks" is handled as a duration elsewhere */
    return false;
  }
  cand->last = u;
  if (unit == UNIT_DAY)
    return false; /* "this day" / "next day": anaphoric, elsewhere */
  char relative[48];
  if (direction == 0)
    snprintf(relative, sizeof relative, "anchor");
  else
    snprintf(relative, sizeof relative, "anchor %c 1 %s",
             direction < 0 ? '-' : '+', timex_unit_name(unit));
  /* "next year" in a history: the year after the story's */
  if (story_time(c, u) && (unit == UNIT_YEAR || unit == UNIT_MONTH)) {
    timex_set_date(cand, timex_shift_date(evg_date_first_known_day(&c->ref),
                                          direction, unit));
    return true;
  }
  if (!c->has_anchor) {
    timex_needs_anchor(cand, "XXXX", relative);
    /* keep the relative form at the unit's precision */
    if (direction == 0) {
      snprintf(cand->relative, sizeof cand->relative, "anchor + 0 %s",
               timex_unit_name(unit));
    }
    return true;
  }
  if (unit == UNIT_WEEKEND) {
    weekend_near(c, direction, cand);
    return true;
  }
  timex_set_date(cand, timex_shift_date(c->anchor, direction, unit));
  if (earlier_later)
    cand->mod = NULL;
  return true;
}

/* last December: the most recent one before the anchor's month */
static void month_near(const context *c, size_t u, int direction,
                       candidate *cand) {
  int month = c->t[u].value;
  cand->last = u;
  if (story_time(c, u)) {
    int32_t year = year_from_story(c, month, 1, direction);
    timex_set_date(cand, timex_point_date(year, month, 0, EVG_PREC_MONTH));
    return;
  }
  if (!c->has_anchor) {
    snprintf(cand->value, sizeof cand->value, "XXXX-%02d", month);
    cand->res = RES_ANCHOR;
    return;
  }
  int32_t ay = timex_year_of(c->anchor);
  int am = timex_month_of(c->anchor);
  int32_t year = ay;
  if (direction < 0 && month >= am)
    year = ay - 1;
  if (direction > 0 && month <= am)
    year = ay + 1;
  timex_set_date(cand, timex_point_date(year, month, 0, EVG_PREC_MONTH));
}

/* last summer, this winter: the season before, around or after the
 * anchor's */
static void season_near(const context *c, size_t u, int direction,
                        candidate *cand) {
  int season = c->t[u].value;
  cand->last = u;
  if (story_time(c, u)) {
    /* the season is named by the year it starts in, as below */
    timex_set_season(cand, season,
                     year_from_story(c, season * 3, 3, direction));
    return;
  }
  if (!c->has_anchor) {
    snprintf(cand->value, sizeof cand->value, "XXXX-%s",
             timex_season_codes[season]);
    cand->res = RES_ANCHOR;
    return;
  }
  int32_t ay = timex_year_of(c->anchor);
  int am = timex_month_of(c->anchor);
  int current = am == 12 || am <= 2 ? 4 : (am + 0) / 3; /* 3-5 spring */
  int32_t year = ay;
  /* in January or February the season under way is the winter that began
   * last December, so "last autumn" is the one before it and "next
   * summer" this year's (February 2040: 2039-FA, 2040-SU) */
  if (am <= 2 && direction != 0)
    year = ay - 1;
  if (direction < 0 && season >= current)
    year--;
  if (direction > 0 && season <= current)
    year++;
  if (season == 4 && am <= 2 && direction == 0)
    year = ay - 1; /* this winter, in January: began last December */
  timex_set_season(cand, season, year);
}

/* "last week", "this month", "next year", "the coming weeks" (duration),
 * "last December", "this summer", "earlier this year", "later this month",
 * "last night", "this morning" */
bool timex_rule_this_next_last(const context *c, size_t i, candidate *cand) {
  size_t k = i;
  int earlier_later = 0;
  if (word(c, k, W_EARLIER))
    earlier_later = -1, k++;
  else if (word(c, k, W_LATER))
    earlier_later = 1, k++;
  int direction;
  if (!direction_at(c, &k, earlier_later, &direction))
    return false;
  if (earlier_later && direction != 0)
    return false;
  size_t u = k + 1;
  cand->first = i;
  cand->type = EVG_TIMEX_DATE;
  if (cls(c, u) == K_PARTDAY && direction <= 0)
    return part_of_day_near(c, u, direction, cand);
  if (cls(c, u) == K_UNIT)
    return unit_near(c, i, u, direction, earlier_later, cand);
  if (earlier_later)
    return false;
  if (cls(c, u) == K_MONTH && c->t[u].cap) {
    month_near(c, u, direction, cand);
    return true;
  }
  if (cls(c, u) == K_SEASON) {
    season_near(c, u, direction, cand);
    return true;
  }
  return false;
}

/* "the next day", "the following year", "the previous month", "the same
 * day", "that year", "the day before", "by then" */
/* Whether the date told last, in a sentence before token i's, is a
 * single month or year that the day named last (if any) lies outside of:
 * the story has moved on from that day to a time it gives no day of (a
 * year told earlier in i's own sentence is often a clause's background:
 * "X, whose sister's company won a contract in 2024, quit the following
 * afternoon"). */
static bool ref_left_day_behind(const context *c, size_t i) {
  if (!c->has_ref || c->ref.interval || c->ref_sentence >= c->t[i].sentence ||
      (c->ref.from.precision != EVG_PREC_MONTH &&
       c->ref.from.precision != EVG_PREC_YEAR) ||
      (c->ref.from.precision == EVG_PREC_MONTH && c->ref.from.month > 12))
    return false;
  int32_t day = c->fine_ref[EVG_PREC_DAY];
  return !c->has_fine_ref[EVG_PREC_DAY] || day < c->ref.start ||
         day > c->ref.end;
}

/* "by then": the reference itself, which keeps its own value. */
static bool by_then(const context *c, size_t i, candidate *cand) {
  if (!c->has_ref)
    return false;
  cand->first = cand->last = i;
  cand->type = EVG_TIMEX_DATE;
  timex_set_date(cand, c->ref);
  cand->date = c->ref;
  cand->keep_reference = true;
  return true;
}

/* "the day before", "the year after" at a clause end (k: the unit): a
 * step of the unit from the reference's day. */
static bool unit_before_after(const context *c, size_t i, size_t k,
                              candidate *cand) {
  int unit = c->t[k].value;
  int32_t base;
  if (!timex_ref_day_at(c, timex_unit_precision(unit), &base))
    return false;
  cand->first = i;
  cand->last = k + 1;
  cand->type = EVG_TIMEX_DATE;
  timex_set_date(
      cand, timex_shift_date(base, word(c, k + 1, W_AFTER) ? 1 : -1, unit));
  return true;
}

/* Whether token k is a unit of a day or more followed by "before" or
 * "after" at a clause end. */
static bool unit_before_after_at(const context *c, size_t k) {
  return cls(c, k) == K_UNIT && c->t[k].value != UNIT_HOUR &&
         c->t[k].value != UNIT_MINUTE && c->t[k].value != UNIT_SECOND &&
         c->t[k].value != UNIT_WEEKEND &&
         (word(c, k + 1, W_BEFORE) || word(c, k + 1, W_AFTER)) &&
         (k + 2 >= c->n || c->t[k + 2].kind == T_PUNCT);
}

/* A month or a season after the opening (at k): "the following
 * February", "that October", "that summer", "the next spring". */
static bool anaphoric_month_or_season(const context *c, size_t i, size_t k,
                                      int direction, bool that,
                                      candidate *cand) {
  if (!c->has_ref)
    return false;
  /* "the following February", "the previous April": the first such month
   * after (before) the reference; "that October": the one in its year */
  if (cls(c, k) == K_MONTH && c->t[k].cap && (direction != 0 || that)) {
    int32_t ref = evg_date_first_known_day(&c->ref);
    int month = c->t[k].value, ref_month = timex_month_of(ref);
    int32_t year = timex_year_of(ref);
    if (direction > 0 && month <= ref_month)
      year++;
    else if (direction < 0 && month >= ref_month)
      year--;
    cand->first = i;
    cand->last = k;
    cand->type = EVG_TIMEX_DATE;
    timex_set_date(cand, timex_point_date(year, month, 0, EVG_PREC_MONTH));
    return true;
  }
  if (cls(c, k) != K_SEASON)
    return false;
  /* "that summer", "the same spring": the season in the reference's year */
  bool same = !that && direction == 0 && k > 0 && word(c, k - 1, W_SAME);
  if (that || same) {
    cand->first = i;
    cand->last = k;
    cand->type = EVG_TIMEX_DATE;
    timex_set_season(cand, c->t[k].value, evg_date_year(&c->ref));
    return true;
  }
  /* "the next summer", "the following spring": the first such season
   * after the reference date (the previous: the last before it) */
  if (direction != 0) {
    cand->first = i;
    cand->last = k;
    cand->type = EVG_TIMEX_DATE;
    int season = c->t[k].value;
    timex_set_season(cand, season,
                     year_from_story(c, season * 3, 3, direction));
    return true;
  }
  return false;
}

/* A part of a day after the opening (at k): "the next morning", "that
 * night". */
static bool anaphoric_part_of_day(const context *c, size_t i, size_t k,
                                  int direction, bool that, candidate *cand) {
  /* news: "that night" after a backstory month or year ("since it set off
   * in October 2032. ... that night"), or after the paper's own day ("were
   * still in intensive care on Friday. ... questioned by police that
   * night"), is the night of the story's day: a part of a day needs a
   * day, and the paper does not tell its own day's night as past; so is
   * "the same evening" after a backstory month ("had last been checked
   * in February. He stepped down ... the same evening"), but after the
   * paper's day "the same" names that day ("said on Thursday ... the
   * same afternoon") */
  bool same = !that && direction == 0 && k > 0 && word(c, k - 1, W_SAME);
  if ((that || same) && direction == 0 && !c->narrative && c->has_story_day &&
      c->has_anchor &&
      (ref_left_day_behind(c, i) ||
       (that && c->has_fine_ref[EVG_PREC_DAY] && !c->day_looked_back &&
        c->fine_ref[EVG_PREC_DAY] == c->anchor && c->story_day < c->anchor))) {
    cand->first = i;
    cand->last = k;
    cand->type = EVG_TIMEX_TIME;
    timex_set_date(cand, day_date(c->story_day));
    timex_append_day_part(cand, c->t[k].value);
    return true;
  }
  /* "in June 2022. He called the museum the next morning": the date told
   * last is a month or a year that does not hold the day named last, so
   * the part of a day is some day of that month or year */
  if (ref_left_day_behind(c, i)) {
    cand->first = i;
    cand->last = k;
    cand->type = EVG_TIMEX_DATE;
    timex_set_date(cand, c->ref);
    return true;
  }
  /* "that night", "the next morning": a part of the day last named */
  if (c->has_fine_ref[EVG_PREC_DAY] && !(that && direction != 0)) {
    cand->first = i;
    cand->last = k;
    cand->type = EVG_TIMEX_TIME;
    int32_t day = that ? timex_that_day(c) : c->fine_ref[EVG_PREC_DAY];
    timex_set_date(cand, day_date(day + direction));
    timex_append_day_part(cand, c->t[k].value);
    cand->keep_reference = direction == 0;
    return true;
  }
  return false;
}

/* A unit after the opening (at k): "the next day", "that week", "the
 * following year": a step of the unit from the reference. */
static bool anaphoric_unit(const context *c, size_t i, size_t k, int direction,
                           bool that, candidate *cand) {
  int unit = c->t[k].value;
  size_t len = c->t[k].end - c->t[k].start;
  if (c->text[c->t[k].start + len - 1] == 's' && unit != UNIT_WEEKEND)
    return false; /* "the following days": vague */
  /* "over the next decade" in news is a span ahead (a duration) */
  if (!c->narrative && !that && (unit == UNIT_DECADE || unit == UNIT_CENTURY))
    return false;
  if (unit == UNIT_HOUR || unit == UNIT_MINUTE)
    return false;
  int32_t base;
  if (!timex_ref_day_at(c, timex_unit_precision(unit), &base))
    return false;
  if (that && !c->has_ref)
    return false;
  if (that && unit == UNIT_DAY && c->has_fine_ref[EVG_PREC_DAY])
    base = timex_that_day(c); /* not a day a report looked back to */
  cand->first = i;
  cand->last = k;
  cand->type = EVG_TIMEX_DATE;
  timex_set_date(cand, timex_shift_date(base, direction, unit));
  /* "The next day, January 16, Nebraska ratified": the day written out
   * after the comma is the one meant, whatever the reference counted
   * from ("a few days before" may have moved it) */
  candidate written = *cand;
  if (unit == UNIT_DAY && punct(c, k + 1, ',') &&
      (timex_rule_month_day(c, k + 2, &written) ||
       timex_rule_day_month(c, k + 2, &written)) &&
      written.res == RES_DATE && !written.date.interval &&
      written.date.from.precision == EVG_PREC_DAY)
    timex_set_date(cand, day_date(written.date.start));
  return true;
}

bool timex_rule_anaphoric(const context *c, size_t i, candidate *cand) {
  size_t k = i;
  int direction;
  bool that = false;
  if (word(c, k, W_THEN) && i > 0 && word(c, i - 1, W_BY))
    return by_then(c, i, cand);
  /* the opening: "that [same]", "the next/following/previous/same" */
  if (word(c, k, W_THAT)) {
    that = true;
    direction = 0;
    k++;
    if (word(c, k, W_SAME))
      k++; /* "that same day" */
  } else {
    if (!word(c, k, W_THE))
      return false;
    k++;
    if (word(c, k, W_NEXT) || word(c, k, W_FOLLOWING))
      direction = 1;
    else if (word(c, k, W_PREVIOUS))
      direction = -1;
    else if (word(c, k, W_SAME))
      direction = 0;
    else if (unit_before_after_at(c, k))
      return unit_before_after(c, i, k, cand);
    else
      return false;
    k++;
  }
  if (anaphoric_month_or_season(c, i, k, direction, that, cand))
    return true;
  if (cls(c, k) == K_PARTDAY &&
      anaphoric_part_of_day(c, i, k, direction, that, cand))
    return true;
  if (cls(c, k) != K_UNIT)
    return false;
  return anaphoric_unit(c, i, k, direction, that, cand);
}

/* "the future", "the past" (not "the past two years") */
bool timex_rule_ref_phrase(const context *c, size_t i, candidate *cand) {
  if (!word(c, i, W_THE))
    return false;
  const char *value;
  if (word(c, i + 1, W_FUTURE))
    value = "FUTURE_REF";
  else if (word(c, i + 1, W_PAST) && cls(c, i + 2) != K_UNIT &&
           cls(c, i + 2) != K_NUMWORD && !is_num(c, i + 2) &&
           !word(c, i + 2, W_FEW) && !word(c, i + 2, W_SEVERAL))
    value = "PAST_REF";
  else
    return false;
  cand->first = i;
  cand->last = i + 1;
  cand->type = EVG_TIMEX_DATE;
  timex_set_ref_value(cand, value);
  return true;
}

/* "the year" after a modifier: "by the end of the year" is the year in
 * context (the reference in a narrative, the anchor's in news). */
bool timex_rule_the_year(const context *c, size_t i, candidate *cand) {
  if (!word(c, i, W_THE) || cls(c, i + 1) != K_UNIT)
    return false;
  bool month = lower_word_is(c, i + 1, "month");
  if (!(lower_word_is(c, i + 1, "year") || month))
    return false;
  base_kind base = timex_choose_base(c);
  cand->first = i;
  cand->last = i + 1;
  cand->type = EVG_TIMEX_DATE;
  if (base == BASE_NONE) {
    timex_needs_anchor(cand, "XXXX",
                       month ? "anchor + 0 months" : "anchor + 0 years");
    return true;
  }
  int32_t day =
      base == BASE_REF ? (evg_date_first_known_day(&c->ref)) : c->anchor;
  /* "was admitted on April 19 ..., and by the end of the month a dozen
   * more had followed": in news, a past clause's month is the story's,
   * the day told in its sentence or the one before, not the paper's */
  if (month && base == BASE_ANCHOR && !c->narrative &&
      c->has_fine_ref[EVG_PREC_DAY] && c->fine_ref[EVG_PREC_DAY] < c->anchor &&
      c->fine_ref_sentence + 1 >= c->sentence &&
      timex_tense_near(c, i, i + 1) == TENSE_PAST)
    day = c->fine_ref[EVG_PREC_DAY];
  timex_set_date(
      cand, evg_date_from_day(day, month ? EVG_PREC_MONTH : EVG_PREC_YEAR));
  return true;
}

/* "at the time", "by that time", "at the same time": the date mentioned
 * last, as it was given. */
bool timex_rule_same_time(const context *c, size_t i, candidate *cand) {
  if (!(word(c, i, W_THE) || word(c, i, W_THAT)))
    return false;
  if (i == 0 || !c->has_ref ||
      !(word(c, i - 1, W_AT) || word(c, i - 1, W_BY) ||
        word(c, i - 1, W_FROM) || word(c, i - 1, W_DURING) ||
        word(c, i - 1, W_UNTIL)))
    return false;
  size_t k = i;
  if (!(word(c, k, W_THE) || word(c, k, W_THAT)))
    return false;
  k++;
  if (word(c, k, W_SAME))
    k++;
  if (!lower_word_is(c, k, "time"))
    return false;
  cand->first = i;
  cand->last = k;
  cand->type = EVG_TIMEX_DATE;
  timex_set_date(cand, c->ref);
  cand->date = c->ref;
  cand->keep_reference = true;
  return true;
}

/* "the last day of 1881", "the first day of March 1950": the day that
 * ends (starts) the year or month written after it */
static bool first_last_day_of(const context *c, size_t i, candidate *cand) {
  bool last = word(c, i + 1, W_LAST);
  if (!(last || (cls(c, i + 1) == K_ORDWORD && c->t[i + 1].value == 1)) ||
      cls(c, i + 2) != K_UNIT || c->t[i + 2].value != UNIT_DAY ||
      !lower_word_is(c, i + 2, "day") || !word(c, i + 3, W_OF))
    return false;
  candidate period = *cand;
  if (!(timex_rule_month(c, i + 4, &period) ||
        timex_rule_year(c, i + 4, &period)) ||
      period.res != RES_DATE || period.date.interval ||
      (period.date.from.precision != EVG_PREC_MONTH &&
       period.date.from.precision != EVG_PREC_YEAR))
    return false;
  cand->first = i;
  cand->last = period.last;
  cand->type = EVG_TIMEX_DATE;
  timex_set_date(cand, day_date(last ? period.date.end : period.date.start));
  return true;
}

/* "on the 28th", "the 28th of that month": a day of the month the text
 * has just named; "the last day of 1881" */
bool timex_rule_day_of_month(const context *c, size_t i, candidate *cand) {
  int day;
  if (word(c, i, W_THE) && first_last_day_of(c, i, cand))
    return true;
  if (!word(c, i, W_THE) || !timex_day_number(c, i + 1, &day) ||
      c->t[i + 1].suffix != 'o' || !c->has_fine_ref[EVG_PREC_MONTH] ||
      c->t[i].sentence > c->ref_sentence + 1)
    return false;
  size_t last = i + 1;
  if (word(c, i + 2, W_OF) && word(c, i + 3, W_THAT) &&
      cls(c, i + 4) == K_UNIT && c->t[i + 4].value == UNIT_MONTH)
    last = i + 4;
  else if (!(i + 2 >= c->n || c->t[i + 2].kind == T_PUNCT ||
             word(c, i + 2, W_AND)))
    return false; /* "the 20th anniversary", "the 5th largest" */
  int32_t ref = c->fine_ref[EVG_PREC_MONTH];
  int32_t year = timex_year_of(ref);
  int month = timex_month_of(ref);
  if (!evg_date_valid_day(year, month, day))
    return false;
  cand->first = i;
  cand->last = last;
  cand->type = EVG_TIMEX_DATE;
  timex_set_date(cand, timex_point_date(year, month, day, EVG_PREC_DAY));
  return true;
}
