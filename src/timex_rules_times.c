/* timex_rules_times.c: the rules for clock times (3 p.m., 15:30, noon)
 * and parts of a day (the night of April 18, 1775). */
#include "timex_internal.h"

#include <string.h>

/* "o'clock" at token k. */
static bool oclock_at(const context *c, size_t k) {
  return lower_word_is(c, k, "o") && punct(c, k + 1, '\'') &&
         lower_word_is(c, k + 2, "clock");
}

/* An hour of the clock at token k, as a word or a number: 1-12. */
static int clock_hour_at(const context *c, size_t k) {
  if ((cls(c, k) == K_NUMWORD || (is_num(c, k) && c->t[k].digits <= 2)) &&
      !c->t[k].suffix && c->t[k].value >= 1 && c->t[k].value <= 12)
    return cls(c, k) == K_NUMWORD ? c->t[k].value : (int)c->t[k].num;
  return 0;
}

/* A clock time told in words at token i: "four o'clock", "10 o'clock".
 * Sets the hour (1-12, a.m. or p.m. unsaid), the minute and the last
 * token.  ("half past three", "a quarter to six" were measured: no gold
 * date moved, and merge pair 65 read them as its digits, one wrong merge
 * more; left for after the merge's fix.) */
static bool clock_words_at(const context *c, size_t i, int *hour, int *minute,
                           size_t *last) {
  int h = clock_hour_at(c, i);
  if (!h || !oclock_at(c, i + 1))
    return false;
  *hour = h, *minute = 0, *last = i + 3;
  return true;
}

/* A clock time at token i: "4:05 p.m.", "7pm", "noon", "23:30", "four
 * o'clock". Sets the hour (0-23), the minute, whether a.m./p.m. was said
 * (or noon, midnight) and the last token. */
static bool clock_at(const context *c, size_t i, int *hour_out, int *minute_out,
                     bool *am_pm_out, size_t *last_out) {
  int hour = -1, minute = 0;
  bool am_pm = false;
  size_t last = i;
  if (clock_words_at(c, i, &hour, &minute, &last)) {
    /* "four o'clock in the afternoon": the part of the day tells a.m.
     * or p.m. (read by timex_rule_time) */
  } else if (word(c, i, W_NOON)) {
    hour = 12, am_pm = true;
  } else if (word(c, i, W_MIDNIGHT)) {
    hour = 0, am_pm = true;
  } else if (is_num(c, i) && c->t[i].digits <= 2) {
    hour = c->t[i].num;
    bool colon = punct(c, i + 1, ':') && glued(c, i + 1) && is_num(c, i + 2) &&
                 glued(c, i + 2) && c->t[i + 2].digits == 2;
    if (colon) {
      minute = c->t[i + 2].num;
      last = i + 2;
    }
    char suffix = c->t[last].suffix;
    am_pm = suffix == 'a' || suffix == 'p' || word(c, last + 1, W_AM) ||
            word(c, last + 1, W_PM);
    if (suffix == 'a' || suffix == 'p') {
      if (hour < 1 || hour > 12)
        return false;
      if (suffix == 'p' && hour != 12)
        hour += 12;
      if (suffix == 'a' && hour == 12)
        hour = 0;
    } else if (word(c, last + 1, W_AM) || word(c, last + 1, W_PM)) {
      if (hour < 1 || hour > 12)
        return false;
      bool pm = word(c, last + 1, W_PM);
      last++;
      if (pm && hour != 12)
        hour += 12;
      if (!pm && hour == 12)
        hour = 0;
    } else if (!colon) {
      return false;
    } else if (c->t[last].suffix) {
      return false;
    }
    if (hour > 23 || minute > 59)
      return false;
  } else {
    return false;
  }
  *hour_out = hour;
  *minute_out = minute;
  *am_pm_out = am_pm;
  *last_out = last;
  return true;
}

/* The other end of a clock-time range that token i..last starts ("between
 * 4 a.m. and 9 a.m.", "from 7 a.m. to 7 p.m.", "6 a.m. to 2 p.m.") or ends.
 * Sets the other end's last token and returns whether there is one. */
static bool clock_range(const context *c, size_t i, size_t last, bool *starts,
                        size_t *other_last) {
  int h, m;
  bool ap;
  size_t k = last + 1;
  bool joined = word(c, k, W_TO) || punct(c, k, '-') ||
                (word(c, k, W_AND) && i > 0 && word(c, i - 1, W_BETWEEN));
  if (joined && clock_at(c, k + 1, &h, &m, &ap, other_last)) {
    *starts = true;
    return true;
  }
  if (i < 2 ||
      !(word(c, i - 1, W_TO) || punct(c, i - 1, '-') || word(c, i - 1, W_AND)))
    return false;
  for (size_t back = 2; back <= 4 && back <= i; back++) {
    size_t end;
    if (clock_at(c, i - back, &h, &m, &ap, &end) && end == i - 2) {
      if (word(c, i - 1, W_AND) &&
          !(i - back > 0 && word(c, i - back - 1, W_BETWEEN)))
        return false;
      *starts = false;
      *other_last = last;
      return true;
    }
  }
  return false;
}

bool evg_zone_abbreviation(const char *word, size_t len) {
  /* the one list: the actors stage reads it too (extract_not_an_actor) */
  static const char *const zones[] = {
      "gmt",  "utc",  "bst",  "cet",  "cest", "eet", "eest", "wet",
      "west", "est",  "edt",  "cst",  "cdt",  "mst", "mdt",  "pst",
      "pdt",  "akst", "hst",  "et",   "ct",   "pt",  "kst",  "jst",
      "ist",  "aest", "aedt", "nzst", "hkt",  "sgt", "wib",  NULL};
  /* written in capitals: not "Est." or a name */
  if (len < 2 || !ascii_upper((unsigned char)word[0]) ||
      !ascii_upper((unsigned char)word[len - 1]))
    return false;
  for (size_t k = 0; zones[k]; k++)
    if (equals_ci(word, len, zones[k]))
      return true;
  return false;
}

/* A time zone written after a clock time: "GMT", "EST", "CEST". */
static bool zone_at(const context *c, size_t i) {
  if (i >= c->n || c->t[i].kind != T_WORD)
    return false;
  return evg_zone_abbreviation(c->text + c->t[i].start,
                               c->t[i].end - c->t[i].start);
}

/* The clock time followed by its day: "2:14 a.m. today", "7:30 tonight",
 * "9 a.m. Tuesday"; the day word is at token `after`, and in the span when
 * `own_day`.  `clock` is the value's "Thh:mm". */
static bool time_on_named_day(const context *c, size_t after, bool own_day,
                              const char *clock, candidate *cand) {
  candidate day_part = *cand;
  if (word(c, after, W_THIS) && cls(c, after + 1) == K_PARTDAY)
    after++; /* "this morning": the day is the anchor */
  if (c->has_anchor && (word(c, after, W_TODAY) || word(c, after, W_TONIGHT) ||
                        cls(c, after) == K_PARTDAY)) {
    if (own_day)
      cand->last = after;
    timex_set_date(cand, day_date(c->anchor));
    strncat(cand->value, clock, sizeof cand->value - strlen(cand->value) - 1);
    return true;
  }
  if ((word(c, after, W_YESTERDAY) || word(c, after, W_TOMORROW) ||
       cls(c, after) == K_WEEKDAY) &&
      (timex_rule_deictic_word(c, after, &day_part) ||
       timex_rule_weekday(c, after, &day_part)) &&
      day_part.res == RES_DATE) {
    if (own_day)
      cand->last = day_part.last;
    timex_set_date(cand, day_date(day_part.date.start));
    strncat(cand->value, clock, sizeof cand->value - strlen(cand->value) - 1);
    return true;
  }
  return false;
}

/* A word of a zone's name spelled out before "time": a capitalised word
 * ("Central European Summer Time") or a possessive ("ship's time"). */
static bool zone_name_word(const context *c, size_t k) {
  if (k >= c->n)
    return false;
  if (c->t[k].kind != T_WORD)
    return punct(c, k, '\'') && lower_word_is(c, k + 1, "s");
  return c->t[k].cap || lower_word_is(c, k, "time") || punct(c, k + 1, '\'') ||
         (k > 0 && punct(c, k - 1, '\'') && lower_word_is(c, k, "s"));
}

/* The part of the day (or "day") that ends a phrase for a day told
 * before, starting at token k ("the next morning", "the following day",
 * "that night", "that same afternoon"): its token, or 0 when there is
 * none. */
static size_t told_day_part_at(const context *c, size_t k) {
  if (word(c, k, W_THAT))
    k += word(c, k + 1, W_SAME) ? 2 : 1;
  else if (word(c, k, W_THE) &&
           (word(c, k + 1, W_NEXT) || word(c, k + 1, W_FOLLOWING) ||
            word(c, k + 1, W_PREVIOUS) || word(c, k + 1, W_SAME)))
    k += 2;
  else
    return 0;
  bool day = cls(c, k) == K_UNIT && c->t[k].value == UNIT_DAY &&
             c->t[k].end - c->t[k].start == 3; /* "day", not "days" */
  return cls(c, k) == K_PARTDAY || day ? k : 0;
}

/* The clock time followed by a part of a day told before: "at 8:40 the
 * next morning", "at 9 that evening" is one time, on that day. */
static bool time_on_told_day(const context *c, size_t after, bool own_day,
                             const char *clock, candidate *cand) {
  candidate day_part = *cand;
  if (!told_day_part_at(c, after) ||
      !timex_rule_anaphoric(c, after, &day_part) || day_part.res != RES_DATE ||
      day_part.date.interval || day_part.date.from.precision != EVG_PREC_DAY)
    return false;
  if (own_day)
    cand->last = day_part.last;
  timex_set_date(cand, day_date(day_part.date.start));
  strncat(cand->value, clock, sizeof cand->value - strlen(cand->value) - 1);
  return true;
}

/* Whether the day named last before token i, in its sentence or the one
 * before, is the day of a report ("The operator said on Monday that it had
 * replaced the box. The fault began at 3:40 p.m."): the day of the
 * saying, not the day the story an hour belongs to.  Looks at most 60
 * tokens back. */
static bool day_named_last_is_report(const context *c, size_t i) {
  for (size_t d = i; d > 0 && i - d < 60;) {
    d--;
    if (c->t[d].sentence + 1 < c->t[i].sentence)
      return false;
    if (cls(c, d) != K_WEEKDAY && cls(c, d) != K_MONTH)
      continue;
    size_t verb = d > 0 && word(c, d - 1, W_ON) ? d - 1 : d;
    return verb > 0 && (c->t[verb - 1].tense & TW_REPORT);
  }
  return false;
}

/* The day of a clock time (`hour`, tokens i..last) that names none: the
 * day named last, the day of the last time, the story's day or the
 * text's (`am_pm`: a.m. or p.m. was said).  False when there is none. */
static bool bare_time_day(const context *c, size_t i, size_t last, int hour,
                          bool am_pm, int32_t *day) {
  /* a bare clock time is on the day last named in this or the previous
   * sentence; in news, otherwise on the text's own day */
  tense t = timex_tense_near(c, i, last);
  bool recent_day =
      c->has_fine_ref[EVG_PREC_DAY] &&
      c->sentence <= c->fine_ref_sentence + 1 &&
      c->paragraph_of[c->sentence] == c->paragraph_of[c->fine_ref_sentence];
  /* "which began at 10 a.m." is not on the launch day named ahead */
  if (recent_day && c->has_anchor && c->fine_ref[EVG_PREC_DAY] > c->anchor &&
      t == TENSE_PAST)
    recent_day = false;
  if (recent_day && c->has_story_day && !c->narrative &&
      day_named_last_is_report(c, i))
    recent_day = false;
  /* "The members, who gathered on Tuesday morning, held nine ballots
   * before the result was announced at 7:45 p.m.": a day told in a
   * relative clause is the noun's, not the day the story goes on at */
  if (recent_day && c->fine_ref_aside)
    recent_day = false;
  /* "at 2:14 a.m. Wednesday ... by 3 a.m. ... at 6:40 a.m.": the hours of
   * a timeline stay on the day of the last time named, within a paragraph,
   * or the next one after an hour ("Monday afternoon" in a lead does not
   * hold the next paragraph's hours) */
  uint32_t paragraph = c->paragraph_of[c->sentence];
  uint32_t time_paragraph = c->paragraph_of[c->time_sentence];
  bool time_day = c->has_time_day && c->sentence <= c->time_sentence + 3 &&
                  !c->time_day_aside &&
                  (paragraph == time_paragraph ||
                   (paragraph == time_paragraph + 1 && c->time_is_clock));
  /* "... were treated for heatstroke that night. // The director cancelled
   * the stage at about nine o'clock": a past hour in the sentence right
   * after a part of a day before the text's own goes on from it, across
   * a paragraph break; a morning hour after a night is the next day's
   * ("talks collapsed overnight. // The team left after 2 a.m.") */
  bool after_part = false;
  if (!time_day && c->has_time_day && !c->time_day_aside &&
      !c->time_in_perfect && c->sentence == c->time_sentence + 1 &&
      paragraph == time_paragraph + 1 && t == TENSE_PAST && c->has_anchor &&
      c->time_day < c->anchor)
    time_day = after_part = true;
  if (recent_day) {
    *day = c->fine_ref[EVG_PREC_DAY];
  } else if (time_day &&
             !(c->has_anchor && c->time_day < c->anchor && t == TENSE_FUTURE)) {
    *day = c->time_day;
    if (after_part && c->time_is_night && am_pm && hour < 12)
      (*day)++;
  } else if (c->has_story_day && !c->narrative &&
             (t == TENSE_PAST || t == TENSE_UNKNOWN)) {
    /* the day the story is about, named in its lead ("A jury on Monday
     * found ..."), holds a past hour of a later paragraph */
    *day = c->story_day;
  } else if (c->has_anchor && !c->narrative) {
    /* news goes out by the evening: an evening hour already past is
     * yesterday's ("the hearing began at 7 p.m.") */
    *day = c->anchor;
    if (hour >= 18 && t == TENSE_PAST)
      (*day)--;
  } else if (c->narrative && c->has_ref &&
             (c->ref.interval || c->ref.from.precision != EVG_PREC_DAY)) {
    /* "In the spring of 1927 ... At about 6 p.m. he took off": the story
     * stands at a month, a season or a year, and names no day for the
     * hour (not the period's first day) */
    return false;
  } else if (timex_choose_base(c) == BASE_NONE || !timex_ref_day(c, day)) {
    return false;
  }
  return true;
}

/* The small hours end at 6 a.m.: a later morning hour is a new day's,
 * not the end of a night */
#define SMALL_HOURS_END (6 * 60)

/* The day of a past clock time (tokens i..last, `minute` of the day,
 * with a.m., p.m., noon or midnight said) that bare_time_day put on
 * `day`: told after a later hour or part of that day in its paragraph,
 * it happened the day after ("left Vienna at 6:42 p.m. on Tuesday ... It
 * arrived at 1:10 p.m."), as does a midnight told after any hour of the
 * day, the one that ends it ("took off on the morning of May 23 and
 * reached the Pole shortly after midnight"); so do the later hours told
 * after it. */
static int32_t timeline_day(const context *c, size_t i, size_t last,
                            int32_t day, int minute, bool am_pm) {
  if (!am_pm || !c->has_hour || timex_tense_near(c, i, last) != TENSE_PAST)
    return day;
  /* "peaked just after midnight ... police closed several streets before
   * 9 p.m.": in news, an evening hour told after a clock in the small
   * hours of the paper's day is the evening before them; news goes out by
   * the evening, and the story told past midnight came through it */
  if (!c->narrative && c->has_anchor && day == c->anchor && c->has_clock &&
      c->clock_day == day && c->clock_minute < SMALL_HOURS_END &&
      minute >= 18 * 60)
    return day - 1;
  if (c->paragraph_of[c->sentence] != c->paragraph_of[c->hour_sentence]) {
    /* "destroyed on Tuesday night ... lost power at 9:40 p.m. // ... // a
     * guard noticed at 5:15 a.m.": an hour of the small hours told after
     * an evening hour or the night of its day, in a later paragraph, is
     * in that night, after midnight; not one told in the past perfect */
    if (c->hour_day == day && minute < SMALL_HOURS_END &&
        (c->hour_minute >= 18 * 60 || c->hour_night) &&
        !timex_perfect_before(c, i))
      return day + 1;
    return day;
  }
  if ((c->hour_day == day && (minute < c->hour_minute || minute == 0)) ||
      (c->hour_day == day + 1 && minute >= c->hour_minute))
    return day + 1;
  return day;
}

/* Clock times: "3 p.m.", "3:30 pm", "15:30", "noon", "midnight" */
bool timex_rule_time(const context *c, size_t i, candidate *cand) {
  int hour, minute;
  bool am_pm; /* the hour says a.m. or p.m. (or noon, midnight) */
  size_t last;
  if (!clock_at(c, i, &hour, &minute, &am_pm, &last))
    return false;
  /* "half past ten in the morning", "at 8:15 in the evening": the part
   * of the day is the hour's, and an afternoon or evening says p.m. */
  bool part_of_day = false, on_day = false;
  if (!am_pm && word(c, last + 1, W_IN) && word(c, last + 2, W_THE) &&
      cls(c, last + 3) == K_PARTDAY && c->t[last + 3].value <= 3) {
    if (c->t[last + 3].value >= 2 && hour < 12)
      hour += 12;
    last += 3;
    part_of_day = true;
  }
  cand->first = i;
  cand->last = last;
  cand->type = EVG_TIMEX_TIME;
  int32_t day;
  /* "7:30 tonight", "8 this evening", "9 that night": an evening hour */
  size_t told_part = told_day_part_at(c, last + 1);
  if (!am_pm && hour < 12 &&
      (word(c, last + 1, W_TONIGHT) ||
       ((word(c, last + 1, W_THIS) || word(c, last + 1, W_TOMORROW)) &&
        cls(c, last + 2) == K_PARTDAY && c->t[last + 2].value >= 2) ||
       (told_part && cls(c, told_part) == K_PARTDAY &&
        c->t[told_part].value >= 2)))
    hour += 12;
  char clock[32];
  snprintf(clock, sizeof clock, "T%02d:%02d", hour, minute);
  /* "2:14 a.m. today", "7:30 tonight", "6 a.m. this morning", "9 a.m.
   * Tuesday": the day that follows gives the date; the start of a range
   * takes the day named after its end ("between 4 a.m. and 9 a.m.
   * Tuesday") */
  bool range_starts = false;
  size_t range_last = last;
  bool range = clock_range(c, i, last, &range_starts, &range_last);
  size_t after = (range && range_starts ? range_last : last) + 1;
  bool own_day = !(range && range_starts); /* the day is in the span */
  /* "15:00 GMT Saturday": one time, on the day after its zone */
  if (zone_at(c, after) &&
      time_on_named_day(c, after + 1, own_day, clock, cand))
    return true;
  if (time_on_named_day(c, after, own_day, clock, cand) ||
      time_on_told_day(c, after, own_day, clock, cand))
    return true;
  /* "at 6:42 p.m. CET on Tuesday", "at 8 a.m. Pacific Time on Saturday",
   * "at 5 a.m. Central European Summer Time on Monday", "at 3 a.m. local
   * time on Friday": the hour is on the day the clause names right after
   * it (that day stays a timex of its own) */
  size_t on = after;
  if (zone_at(c, on))
    on++;
  else if (lower_word_is(c, on, "local") && lower_word_is(c, on + 1, "time"))
    on += 2;
  else
    for (size_t k = on; k < on + 4 && zone_name_word(c, k); k++)
      if (lower_word_is(c, k, "time")) {
        on = k + 1;
        break;
      }
  if (word(c, on, W_ON) && cls(c, on + 1) == K_WEEKDAY &&
      time_on_named_day(c, on + 1, false, clock, cand))
    return true;
  /* "at 1:52 p.m. PDT on August 9": the same, with the day written out;
   * "at 9:40 in the morning of November 14, 1889": the part of a day the
   * hour took has its day after "of" */
  candidate written = *cand;
  if (part_of_day && on == after && word(c, on, W_OF))
    on_day = true;
  if ((word(c, on, W_ON) || on_day) &&
      (timex_rule_month_day(c, on + 1, &written) ||
       timex_rule_day_month(c, on + 1, &written)) &&
      written.res == RES_DATE && !written.date.interval &&
      written.date.from.precision == EVG_PREC_DAY) {
    timex_set_date(cand, day_date(written.date.start));
    strncat(cand->value, clock, sizeof cand->value - strlen(cand->value) - 1);
    return true;
  }
  /* "at 11:30 on the morning of May 29, 1953": the day is the one of the
   * part of a day written out after "on" (that phrase stays a timex of
   * its own); an hour without a.m. or p.m. on an evening is p.m. */
  if (word(c, on, W_ON) && timex_rule_part_of_date(c, on + 1, &written) &&
      written.res == RES_DATE && !written.date.interval &&
      written.date.from.precision == EVG_PREC_DAY) {
    if (!am_pm && hour < 12 && c->t[on + 2].value >= 2)
      snprintf(clock, sizeof clock, "T%02d:%02d", hour + 12, minute);
    timex_set_date(cand, day_date(written.date.start));
    strncat(cand->value, clock, sizeof cand->value - strlen(cand->value) - 1);
    return true;
  }
  /* hours with no day and no past verb are everyday hours: "night work
   * between 10 p.m. and 6 a.m.", "may cross from 7 a.m. to 7 p.m." */
  /* "until 11 p.m. on Fridays", "at 6 p.m. daily", "at 9 a.m. every
   * Monday": an hour of a recurrence */
  size_t set_at = word(c, last + 1, W_ON) ? last + 2 : last + 1;
  if (cls(c, set_at) == K_WEEKDAYS || cls(c, set_at) == K_SETWORD ||
      word(c, set_at, W_EVERY) || word(c, set_at, W_EACH)) {
    snprintf(cand->value, sizeof cand->value, "XXXX-XX-XXT%02d:%02d", hour,
             minute);
    cand->res = RES_NONE;
    return true;
  }
  bool day_in_sentence =
      c->has_fine_ref[EVG_PREC_DAY] && c->fine_ref_sentence == c->t[i].sentence;
  if (range && !day_in_sentence) {
    tense t = timex_nearest_tense(c, i, last, true, c->t[i].quote);
    if (t == TENSE_UNKNOWN)
      t = timex_nearest_tense(c, i, last, false, c->t[i].quote);
    if (t != TENSE_PAST) {
      snprintf(cand->value, sizeof cand->value, "XXXX-XX-XXT%02d:%02d", hour,
               minute);
      cand->res = RES_NONE;
      return true;
    }
  }
  if (!bare_time_day(c, i, last, hour, am_pm, &day)) {
    snprintf(cand->value, sizeof cand->value, "XXXX-XX-XXT%02d:%02d", hour,
             minute);
    cand->res = RES_ANCHOR;
    return true;
  }
  int32_t named = day;
  day = timeline_day(c, i, last, day, hour * 60 + minute, am_pm);
  /* "The last of them reached the station shortly before midnight":
   * the midnight that ends the day told, its 24:00, not the next day's
   * first minute */
  if (word(c, i, W_MIDNIGHT) && i > 0 &&
      (word(c, i - 1, W_BEFORE) || word(c, i - 1, W_UNTIL))) {
    day = named;
    snprintf(clock, sizeof clock, "T24:00");
  }
  timex_set_date(cand, day_date(day));
  strncat(cand->value, clock, sizeof cand->value - strlen(cand->value) - 1);
  /* an hour that went past midnight has brought the story to the next
   * day: "that evening", "the next day" count from it ("after midnight
   * the first miner stepped out ... Urzua came up at 9:55 that evening") */
  cand->keep_reference = day == named;
  return true;
}

/* "the night of April 18, 1775", "the morning of 31 January": a part of
 * a day written out */
bool timex_rule_part_of_date(const context *c, size_t i, candidate *cand) {
  if (!word(c, i, W_THE) || cls(c, i + 1) != K_PARTDAY || !word(c, i + 2, W_OF))
    return false;
  candidate day = *cand;
  if (!(timex_rule_month_day(c, i + 3, &day) ||
        timex_rule_day_month(c, i + 3, &day) ||
        timex_rule_weekday(c, i + 3, &day)) ||
      day.res != RES_DATE || day.type != EVG_TIMEX_DATE ||
      day.date.from.precision != EVG_PREC_DAY)
    return false;
  *cand = day;
  cand->first = i;
  cand->type = EVG_TIMEX_TIME;
  timex_append_day_part(cand, c->t[i + 1].value);
  return true;
}
