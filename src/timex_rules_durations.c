/* timex_rules_durations.c: the rules for amounts of units (two years
 * ago, three days later, seven days) and for sets (every year, twice a
 * year, annually). */
#include "timex_internal.h"

#include <ctype.h>
#include <string.h>

/* Token i follows a figure: "5,022", "41 percent", "$4.1 million", "3%". */
static bool after_quantity(const context *c, size_t i) {
  if (i >= 1 && c->t[i - 1].kind == T_NUM)
    return true;
  return i >= 2 && c->t[i - 2].kind == T_NUM &&
         ((c->t[i - 1].kind == T_WORD && c->t[i - 1].cls == K_NONE &&
           !c->t[i - 1].cap) ||
          punct(c, i - 1, '%'));
}

/* Step of a rule: it matched (the candidate is filled), it does not apply
 * here (the rule goes on), or the rule fails at this token. */
typedef enum { STEP_NO, STEP_MATCH, STEP_FAIL } step;

/* "about 40 minutes", "nearly four months", "more than 3,000 hours": the
 * TIMEX3 mod of a prefix before an amount of units, and the tokens it
 * takes (*k moves past it).  False when the prefix is not followed by one. */
static bool approx_prefix(const context *c, size_t *k, const char **approx) {
  *approx = NULL;
  if (word(c, *k, W_ABOUT) || word(c, *k, W_AROUND) || word(c, *k, W_NEARLY) ||
      word(c, *k, W_SOME)) {
    *approx = "APPROX";
    (*k)++;
  } else if ((word(c, *k, W_MORE) || word(c, *k, W_LESS)) &&
             word(c, *k + 1, W_THAN)) {
    *approx = word(c, *k, W_MORE) ? "MORE_THAN" : "LESS_THAN";
    *k += 2;
  } else if (word(c, *k, W_AT) && word(c, *k + 1, W_LEAST)) {
    *approx = "EQUAL_OR_MORE";
    *k += 2;
  } else if (word(c, *k, W_UP) && word(c, *k + 1, W_TO)) {
    *approx = "EQUAL_OR_LESS";
    *k += 2;
  }
  if (*approx) {
    int probe;
    size_t taken = timex_number_at(c, *k, &probe);
    size_t u = *k + taken;
    if (punct(c, u, '-') && glued(c, u))
      u++;
    if (!taken || cls(c, u) != K_UNIT || word(c, u + 1, W_AGO) ||
        word(c, u + 1, W_LATER) || word(c, u + 1, W_EARLIER))
      return false;
  }
  return true;
}

/* The words after "within days of" name no happening: a pronoun ("of
 * them"), "each other", "one another", or a quantity standing alone ("of
 * both", "of all of them").  "The two died within days of each other"
 * tells how close the deaths were, not a stretch after the last date. */
static bool of_names_no_happening(const context *c, size_t k) {
  static const char *const pronouns[] = {
      "them", "him", "us", "me", "you", "it", "everyone", "everybody", NULL};
  static const char *const quantities[] = {"both", "all",  "some", "most",
                                           "many", "each", NULL};
  for (const char *const *w = pronouns; *w; w++)
    if (lower_word_is(c, k, *w))
      return true;
  if ((lower_word_is(c, k, "each") && lower_word_is(c, k + 1, "other")) ||
      (lower_word_is(c, k, "one") && lower_word_is(c, k + 1, "another")))
    return true;
  for (const char *const *w = quantities; *w; w++)
    if (lower_word_is(c, k, *w) &&
        (k + 1 >= c->n || c->t[k + 1].kind == T_PUNCT || word(c, k + 1, W_OF)))
      return true;
  return false;
}

/* "leaked for decades", "within days", "the first time in years": a
 * plural unit alone after a preposition, a vague duration; "of" after it
 * makes it a kind ("for days of talks") but after "within" it names what
 * the count runs from ("within days of the fire", "within hours of the
 * failure"), unless what follows names no happening ("within days of each
 * other"). */
static bool vague_units(const context *c, size_t i, size_t k, candidate *cand) {
  if (!(cls(c, k) == K_UNIT && k == i && i > 0 &&
        c->t[k].value != UNIT_WEEKEND && c->text[c->t[k].end - 1] == 's' &&
        (word(c, i - 1, W_FOR) || word(c, i - 1, W_WITHIN) ||
         word(c, i - 1, W_IN) || word(c, i - 1, W_OVER)) &&
        !word(c, k + 1, W_AGO) && !word(c, k + 1, W_LATER) &&
        !word(c, k + 1, W_EARLIER) &&
        (!word(c, k + 1, W_OF) ||
         (word(c, i - 1, W_WITHIN) && !of_names_no_happening(c, k + 2)))))
    return false;
  cand->first = cand->last = k;
  cand->type = EVG_TIMEX_DURATION;
  cand->res = RES_NONE;
  timex_duration_value(cand->value, sizeof cand->value, -1, c->t[k].value);
  return true;
}

/* "profit rose in the year to March": a span ending in a month */
static step span_to_month(const context *c, size_t i, size_t k,
                          candidate *cand) {
  if (!(word(c, k, W_THE) && cls(c, k + 1) == K_UNIT &&
        c->text[c->t[k + 1].end - 1] != 's' &&
        (word(c, k + 2, W_TO) || lower_word_is(c, k + 2, "ended") ||
         lower_word_is(c, k + 2, "ending")) &&
        cls(c, k + 3) == K_MONTH && c->t[k + 3].cap))
    return STEP_NO;
  int unit = c->t[k + 1].value;
  if (unit != UNIT_YEAR && unit != UNIT_QUARTER && unit != UNIT_MONTH &&
      unit != UNIT_WEEK)
    return STEP_FAIL;
  cand->first = i;
  cand->last = k + 1;
  cand->type = EVG_TIMEX_DURATION;
  cand->res = RES_NONE;
  timex_duration_value(cand->value, sizeof cand->value, 1, unit);
  return STEP_MATCH;
}

/* The readings of "N units" that are not a span of time: an age, an
 * idiom, a rate, "one day" (some day).  `taken` tokens of the number at k,
 * the unit at u. */
static bool not_a_span(const context *c, size_t k, size_t u, size_t taken,
                       int amount, int unit) {
  /* "a 24-year-old": an age, not a duration */
  if (punct(c, u + 1, '-') && glued(c, u + 1) &&
      (word(c, u + 2, W_OLD) || lower_word_is(c, u + 2, "olds")))
    return true;
  /* "the last minute": an idiom */
  if (!taken && (unit == UNIT_MINUTE || unit == UNIT_HOUR))
    return true;
  /* a rate, not a duration: "£13.10 an hour", "90,000 journeys a day";
   * not a count after a plural object ("told diplomats a week later") */
  if (taken == 1 && (word(c, k, W_A) || word(c, k, W_AN)) && k > 0 &&
      !word(c, u + 1, W_EARLIER) && !word(c, u + 1, W_AGO) &&
      !word(c, u + 1, W_LATER) &&
      (c->t[k - 1].kind == T_NUM ||
       (c->t[k - 1].kind == T_WORD && c->t[k - 1].cls == K_NONE &&
        !c->t[k - 1].cap && c->text[c->t[k - 1].end - 1] == 's')))
    return true;
  /* "a day" in "once a day" belongs to the set rule; "one day" is often
   * "some day" */
  if (taken == 1 && cls(c, k) == K_NUMWORD && amount == 1 && unit == UNIT_DAY &&
      u == k + 1 && !word(c, u + 1, W_LATER) && !word(c, u + 1, W_EARLIER) &&
      !word(c, u + 1, W_AGO) && !word(c, u + 1, W_MORE) &&
      !word(c, u + 1, W_LESS))
    return true; /* but "a one-day strike", "one day more" are spans */
  return false;
}

/* "two hours later": from the clock time named before, `sign` * n hours
 * or minutes. */
static void shift_clock(const context *c, int sign, int n, int unit,
                        candidate *cand) {
  int minutes = c->clock_minute + sign * n * (unit == UNIT_HOUR ? 60 : 1);
  int32_t day = c->clock_day +
                (minutes >= 0 ? minutes / 1440 : -((1439 - minutes) / 1440));
  minutes = ((minutes % 1440) + 1440) % 1440;
  cand->type = EVG_TIMEX_TIME;
  timex_set_date(cand, day_date(day));
  char clock[16];
  snprintf(clock, sizeof clock, "T%02d:%02d", minutes / 60, minutes % 60);
  strncat(cand->value, clock, sizeof cand->value - strlen(cand->value) - 1);
  cand->keep_reference = true;
}

/* "two years ago", "three days later", "a week earlier": the date `amount`
 * units (-1: a few) from the anchor (ago) or the reference (later,
 * earlier); the expression ends at token `next`. */
static void shifted_date(const context *c, size_t i, size_t next, int amount,
                         int unit, bool ago, bool earlier, candidate *cand) {
  cand->last = next;
  cand->type = EVG_TIMEX_DATE;
  int n = amount < 0 ? 3 : amount; /* "a few": about three */
  int sign = ago || earlier ? -1 : 1;
  if ((unit == UNIT_HOUR || unit == UNIT_MINUTE) && !ago && c->has_clock &&
      amount > 0) {
    shift_clock(c, sign, n, unit, cand);
    return;
  }
  if (unit == UNIT_HOUR || unit == UNIT_MINUTE) {
    cand->type = EVG_TIMEX_TIME;
    unit = UNIT_DAY, n = 0;
  }
  /* "down from 5,022 a year earlier", "$4.1 million a year ago": the
   * time a figure is compared with, not the time the text moves to; in
   * news it counts from the paper's date, the time of the figures */
  bool comparison =
      (ago || earlier) &&
      (after_quantity(c, i) ||
       (i > 0 && (word(c, i - 1, W_FROM) || word(c, i - 1, W_THAN))));
  int32_t base;
  if (comparison && c->has_anchor && !c->narrative) {
    base = c->anchor;
  } else if (ago) {
    if (!c->has_anchor) {
      char relative[48];
      snprintf(relative, sizeof relative, "anchor - %d %s", n,
               timex_unit_name(unit));
      timex_needs_anchor(cand, "XXXX", amount < 0 ? NULL : relative);
      return;
    }
    base = c->anchor;
  } else if (!timex_ref_day_at(c, timex_unit_precision(unit), &base)) {
    timex_needs_anchor(cand, "XXXX", NULL);
    return;
  }
  evg_date d = timex_shift_date(base, sign * n, unit);
  /* "On May 17 ... In August, Floyd fell ill and died a few days later":
   * the story has moved past the day last named to a coarser time, and
   * the count runs from that, told at its precision (August); so it does
   * when a later sentence has gone back to a month before that day ("on
   * Thursday ... The case began in March 2045 ... He stepped down a week
   * later": March 2045, not a week after the paper's Thursday); not a
   * month told beside the day ("announced on February 9 ..., after its
   * sponsor withdrew in January. ... three days later": February) */
  evg_precision story = c->has_ref ? c->ref.from.precision : EVG_PREC_DAY;
  bool gone_back = c->has_ref && c->ref.end < base &&
                   c->has_fine_ref[EVG_PREC_DAY] &&
                   c->ref_sentence > c->fine_ref_sentence;
  if (!ago && !comparison && c->has_ref && !c->ref.interval &&
      story > timex_unit_precision(unit) && story <= EVG_PREC_MONTH &&
      c->ref.from.month >= 1 && c->ref.from.month <= 12 &&
      (evg_date_first_known_day(&c->ref) > base || gone_back)) {
    base = evg_date_first_known_day(&c->ref);
    d = evg_date_from_day(timex_shift_date(base, sign * n, unit).start, story);
    /* counted from any day of that month, it may fall in the next one
     * ("a week later" than some day of March: March or April) */
    evg_date last = evg_date_from_day(
        timex_shift_date(evg_date_last_known_day(&c->ref), sign * n, unit)
            .start,
        story);
    if (gone_back && last.start > d.end) {
      d.to = last.from;
      d.interval = true;
      evg_date_compute_bounds(&d);
    }
  }
  cand->keep_reference = comparison;
  /* "two weeks later" after a day is a day */
  if (unit == UNIT_WEEK && !ago && c->has_fine_ref[EVG_PREC_DAY] &&
      base == c->fine_ref[EVG_PREC_DAY])
    d = day_date(base + 7 * sign * n);
  timex_set_date(cand, d);
  if (amount < 0)
    cand->mod = "APPROX";
}

/* A duration of `amount` units ending at token u, with the mod `approx`;
 * "three hours and 20 minutes", "two years and six months" are one span. */
static void duration(const context *c, size_t u, int amount, int unit,
                     const char *approx, candidate *cand) {
  cand->type = EVG_TIMEX_DURATION;
  cand->res = RES_NONE;
  cand->mod = approx;
  if (word(c, u + 1, W_LONG))
    cand->last = u + 1;
  timex_duration_value(cand->value, sizeof cand->value, amount, unit);
  int more;
  size_t more_taken = word(c, u + 1, W_AND) && amount > 0
                          ? timex_number_at(c, u + 2, &more)
                          : 0;
  size_t more_unit = u + 2 + more_taken;
  if (more_taken && more > 0 && cls(c, more_unit) == K_UNIT) {
    int smaller = c->t[more_unit].value;
    bool clock = (unit == UNIT_HOUR && smaller == UNIT_MINUTE) ||
                 (unit == UNIT_MINUTE && smaller == UNIT_SECOND);
    bool calendar = (unit == UNIT_YEAR && smaller == UNIT_MONTH) ||
                    (unit == UNIT_MONTH && smaller == UNIT_DAY);
    if (clock || calendar) {
      char tail[32];
      timex_duration_value(tail, sizeof tail, more, smaller);
      /* "PT20M" adds "20M"; "P6M" adds "6M" */
      strncat(cand->value, tail + (clock ? 2 : 1),
              sizeof cand->value - strlen(cand->value) - 1);
      cand->last = more_unit;
    }
  }
}

/* "two years ago", "three days later", "a few days earlier", "a decade
 * later", "two weeks before" (sentence end); durations otherwise: "seven
 * days", "eleven months", "a decade", "the past two years". */
bool timex_rule_amount(const context *c, size_t i, candidate *cand) {
  size_t k = i;
  bool the_past = false, the_next = false;
  const char *approx;
  if (!approx_prefix(c, &k, &approx))
    return false;
  if (word(c, k, W_THE) &&
      (word(c, k + 1, W_PAST) || word(c, k + 1, W_LAST) ||
       word(c, k + 1, W_NEXT) || word(c, k + 1, W_COMING) ||
       word(c, k + 1, W_FOLLOWING) || word(c, k + 1, W_PREVIOUS) ||
       lower_word_is(c, k + 1, "first"))) {
    the_past = !word(c, k + 1, W_NEXT) && !word(c, k + 1, W_COMING) &&
               !word(c, k + 1, W_FOLLOWING);
    the_next = !the_past;
    k += 2;
  }
  /* "the three months that ended March 28", "the 12 months to July": the
   * article belongs to the span */
  if (!approx && !the_past && !the_next && word(c, k, W_THE)) {
    int probe;
    size_t taken = timex_number_at(c, k + 1, &probe);
    size_t u = k + 1 + taken;
    if (taken && !word(c, k + 1, W_A) && cls(c, u) == K_UNIT &&
        (word(c, u + 1, W_TO) || word(c, u + 1, W_THAT) ||
         word(c, u + 1, W_THROUGH) || lower_word_is(c, u + 1, "ended") ||
         lower_word_is(c, u + 1, "ending")))
      k++;
  }
  if (!approx && !the_past && !the_next) {
    if (vague_units(c, i, k, cand))
      return true;
    step span = span_to_month(c, i, k, cand);
    if (span != STEP_NO)
      return span == STEP_MATCH;
  }
  /* "another week", "another two days": a further span */
  bool another = !the_past && !the_next && word(c, k, W_ANOTHER);
  if (another)
    k++;
  int amount;
  size_t taken = timex_number_at(c, k, &amount);
  if (!taken && another && cls(c, k) == K_UNIT) {
    amount = 1;
  } else if (!taken) {
    if (!(the_past || the_next) || cls(c, k) != K_UNIT)
      return false;
    /* "the past week": one; "the coming weeks": some */
    size_t unit_len = c->t[k].end - c->t[k].start;
    amount = c->text[c->t[k].end - 1] == 's' && unit_len > 3 ? -1 : 1;
  }
  /* "an hour and a half", skip; number must be followed by a unit */
  size_t u = k + taken;
  if (taken && word(c, u, W_MORE) && cls(c, u + 1) == K_UNIT)
    u++; /* "a few more months", "two more weeks" */
  if (punct(c, u, '-') && glued(c, u))
    u++; /* "two-year" */
  if (cls(c, u) != K_UNIT)
    return false;
  int unit = c->t[u].value;
  if (amount == 0)
    return false;
  if (not_a_span(c, k, u, taken, amount, unit))
    return false;
  /* "8 hours and 51 minutes later": one count of minutes from the clock,
   * which may cross midnight as "three hours later" does; not "later
   * than planned", "the next" or "the past", which leave a duration, and a
   * count of minutes is no duration's value ("PT531M") */
  int minutes;
  size_t minutes_taken = unit == UNIT_HOUR && amount > 0 && !the_past &&
                                 !the_next && word(c, u + 1, W_AND)
                             ? timex_number_at(c, u + 2, &minutes)
                             : 0;
  size_t minute_unit = u + 2 + minutes_taken;
  if (minutes_taken && minutes > 0 && cls(c, minute_unit) == K_UNIT &&
      c->t[minute_unit].value == UNIT_MINUTE &&
      (word(c, minute_unit + 1, W_LATER) ||
       word(c, minute_unit + 1, W_EARLIER)) &&
      !word(c, minute_unit + 2, W_THAN)) {
    amount = amount * 60 + minutes;
    unit = UNIT_MINUTE;
    u = minute_unit;
  }
  cand->first = i;
  cand->last = u;
  size_t next = u + 1;
  bool ago = word(c, c->n > next ? next : next, W_AGO);
  bool later = word(c, next, W_LATER) || word(c, next, W_AFTER);
  bool earlier = word(c, next, W_EARLIER) || word(c, next, W_BEFORE);
  /* "two weeks earlier than last year": a comparison of spans */
  if ((later || earlier) && word(c, next + 1, W_THAN))
    later = earlier = false;
  /* "a quarter of a percentage point"; "a quarter past eight", "a
   * quarter to six": a clock told in words, not three months */
  if (unit == UNIT_QUARTER &&
      (word(c, u + 1, W_OF) ||
       ((word(c, u + 1, W_PAST) || word(c, u + 1, W_TO)) &&
        (cls(c, u + 2) == K_NUMWORD ||
         (is_num(c, u + 2) && c->t[u + 2].digits <= 2)))))
    return false;
  /* "two days after the election" is an anchor we cannot resolve: the
   * amount is a duration; only a sentence-final before/after is relative */
  if ((word(c, next, W_AFTER) || word(c, next, W_BEFORE)) &&
      !(next + 1 >= c->n || c->t[next + 1].kind == T_PUNCT))
    later = earlier = false;
  if (!the_past && !the_next && (ago || later || earlier)) {
    shifted_date(c, i, next, amount, unit, ago, earlier, cand);
    return true;
  }
  if (unit == UNIT_WEEKEND)
    return false;
  duration(c, u, amount, unit, approx, cand);
  return true;
}

/* "every year", "each week", "every Monday", "annually", "twice a year" */
bool timex_rule_set(const context *c, size_t i, candidate *cand) {
  cand->type = EVG_TIMEX_SET;
  cand->res = RES_NONE;
  cand->first = i;
  if (cls(c, i) == K_WEEKDAY && c->t[i].cap &&
      (lower_word_is(c, i + 1, "mornings") ||
       lower_word_is(c, i + 1, "afternoons") ||
       lower_word_is(c, i + 1, "evenings") ||
       lower_word_is(c, i + 1, "nights"))) {
    /* "on Saturday mornings" */
    char first = (char)ascii_lower((unsigned char)c->text[c->t[i + 1].start]);
    int part = first == 'm' ? 1 : first == 'a' ? 2 : first == 'e' ? 3 : 4;
    cand->last = i + 1;
    snprintf(cand->value, sizeof cand->value, "XXXX-WXX-%d", c->t[i].value);
    timex_append_day_part(cand, part);
    return true;
  }
  if (cls(c, i) == K_WEEKDAYS && c->t[i].cap) {
    /* "on Sundays" */
    cand->last = i;
    snprintf(cand->value, sizeof cand->value, "XXXX-WXX-%d", c->t[i].value);
    return true;
  }
  if (cls(c, i) == K_SETWORD && !c->t[i].cap) {
    cand->last = i;
    timex_duration_value(cand->value, sizeof cand->value, 1, c->t[i].value);
    return true;
  }
  if (word(c, i, W_EVERY) || word(c, i, W_EACH)) {
    size_t k = i + 1;
    int amount = 1;
    if (word(c, k, W_OTHER))
      amount = 2, k++;
    else {
      int v;
      size_t taken = timex_number_at(c, k, &v);
      if (taken && !word(c, k, W_A) && v > 0)
        amount = v, k += taken;
    }
    if (cls(c, k) == K_UNIT) {
      cand->last = k;
      timex_duration_value(cand->value, sizeof cand->value, amount,
                           c->t[k].value);
      return true;
    }
    if (cls(c, k) == K_WEEKDAY && c->t[k].cap) {
      cand->last = k;
      snprintf(cand->value, sizeof cand->value, "XXXX-WXX-%d", c->t[k].value);
      if (cls(c, k + 1) == K_PARTDAY) { /* "every Monday night" */
        timex_append_day_part(cand, c->t[k + 1].value);
        cand->last = k + 1;
      }
      return true;
    }
    if (cls(c, k) == K_MONTH && c->t[k].cap) {
      cand->last = k;
      snprintf(cand->value, sizeof cand->value, "XXXX-%02d", c->t[k].value);
      return true;
    }
    if (cls(c, k) == K_SEASON) {
      cand->last = k;
      snprintf(cand->value, sizeof cand->value, "XXXX-%s",
               timex_season_codes[c->t[k].value]);
      return true;
    }
    if (cls(c, k) == K_PARTDAY) {
      cand->last = k;
      snprintf(cand->value, sizeof cand->value, "XXXX-XX-XX");
      timex_append_day_part(cand, c->t[k].value);
      return true;
    }
    return false;
  }
  if ((word(c, i, W_ONCE) || word(c, i, W_TWICE)) &&
      (word(c, i + 1, W_A) || word(c, i + 1, W_AN) ||
       lower_word_is(c, i + 1, "per")) &&
      cls(c, i + 2) == K_UNIT) {
    cand->last = i + 2;
    timex_duration_value(cand->value, sizeof cand->value, 1, c->t[i + 2].value);
    return true;
  }
  return false;
}
