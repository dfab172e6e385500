/* timex_rules_absolute.c: the rules for dates written out: days (Jan.
 * 27, 27 January, 1/27/2025), months, years, decades, centuries, seasons,
 * quarters, weeks of a month, and the ends of ranges (1990-94). */
#include "timex_internal.h"

#include <string.h>

bool timex_day_number(const context *c, size_t i, int *day) {
  if (i >= c->n || c->t[i].kind != T_NUM || c->t[i].comma || c->t[i].decimal ||
      c->t[i].digits > 2)
    return false;
  if (c->t[i].suffix != 0 && c->t[i].suffix != 'o')
    return false;
  if (c->t[i].num < 1 || c->t[i].num > 31)
    return false;
  *day = c->t[i].num;
  return true;
}

/* A month name, with the checks that keep "may" and "march" verbs out. */
static bool month_at(const context *c, size_t i, bool has_number_context) {
  if (cls(c, i) != K_MONTH)
    return false;
  size_t len = c->t[i].end - c->t[i].start;
  const char *w = c->text + c->t[i].start;
  static const char *const names[] = {
      "",     "january", "february",  "march",   "april",    "may",     "june",
      "july", "august",  "september", "october", "november", "december"};
  bool abbreviated = len <= 5 && w[len - 1] == '.';
  bool spelled_out = len == strlen(names[c->t[i].value]);
  bool full = spelled_out && c->t[i].value != 5 && c->t[i].value != 3;
  if (!c->t[i].cap)
    return false; /* "may", "march", "dec" in lowercase are not months */
  if (!spelled_out && !abbreviated && !has_number_context)
    return false; /* "Jan" alone, "Mar" alone */
  if (full || abbreviated || has_number_context)
    return true;
  /* May / March / June / July without a number: only after a preposition
   * or modifier that introduces a time ("in May", "early March"). */
  if (i == 0)
    return false;
  return word(c, i - 1, W_IN) || word(c, i - 1, W_OF) ||
         word(c, i - 1, W_SINCE) || word(c, i - 1, W_UNTIL) ||
         word(c, i - 1, W_BY) || word(c, i - 1, W_DURING) ||
         word(c, i - 1, W_EARLY) || word(c, i - 1, W_LATE) ||
         word(c, i - 1, W_LAST) || word(c, i - 1, W_NEXT) ||
         word(c, i - 1, W_THIS) || word(c, i - 1, W_FROM) ||
         word(c, i - 1, W_THROUGH) || word(c, i - 1, W_BEFORE) ||
         word(c, i - 1, W_AFTER) || punct(c, i - 1, '-') ||
         word(c, i - 1, W_FOR) || /* "figures for May" */
         (word(c, i - 1, W_TO) && i >= 2 &&
          cls(c, i - 2) == K_UNIT) || /* "the 12 months to March" */
         ((word(c, i + 1, W_AND) || word(c, i + 1, W_TO)) &&
          cls(c, i + 2) == K_MONTH && c->t[i + 2].cap); /* "May and June" */
}

/* The token after an era written with periods: "A.D. 69" */
static size_t after_era(const context *c, size_t i) {
  size_t len = c->t[i].end - c->t[i].start;
  bool dotted = memchr(c->text + c->t[i].start, '.', len) != NULL;
  return dotted && punct(c, i + 1, '.') && glued(c, i + 1) ? i + 2 : i + 1;
}

int timex_era_at(const context *c, size_t i) {
  if (!word(c, i, W_BC) && !word(c, i, W_AD))
    return 0;
  size_t len = c->t[i].end - c->t[i].start;
  size_t next = after_era(c, i);
  /* "B.C." is British Columbia too: before a lowercase word ("the 2017
   * B.C. election") it names the province */
  if (memchr(c->text + c->t[i].start, '.', len) && next < c->n &&
      c->t[next].kind == T_WORD && !c->t[next].cap && cls(c, next) == K_NONE)
    return 0;
  return word(c, i, W_BC) ? -1 : 1;
}

/* Words that may follow a year ("in 68 the governor rose", "In June 68
 * he fled", "late in 61 with 10,000 men"): articles, pronouns,
 * conjunctions, prepositions of place and manner; a number before any
 * other lowercase word counts it ("68 cases"). */
static bool opens_clause(const context *c, size_t i) {
  static const char *const openers[] = {
      "the",  "a",    "an",      "he",    "she",    "it",    "they",
      "we",   "his",  "her",     "its",   "their",  "there", "this",
      "that", "when", "but",     "after", "before", "with",  "at",
      "in",   "on",   "against", "from",  "under",  "near"};
  for (size_t k = 0; k < sizeof openers / sizeof *openers; k++)
    if (lower_word_is(c, i, openers[k]))
      return true;
  return false;
}

/* Whether the token after a number lets it be a year: the end of the
 * text or of a clause, a name, a word that opens a clause; not a noun or
 * unit it counts ("June 68 percent", "in 68 cases"), a number, a percent
 * or a range or ratio glued to it. */
static bool ends_like_a_year(const context *c, size_t i) {
  if (i >= c->n)
    return true;
  const token *t = &c->t[i];
  if (t->kind == T_NUM)
    return false;
  if (t->kind == T_PUNCT) {
    if (t->punct == '%' || t->punct == '$' || t->punct == '/')
      return false;
    return !(!t->space_before && (t->punct == '-' || t->punct == ':') &&
             is_num(c, i + 1) && glued(c, i + 1));
  }
  /* "early in 202 and killed himself", "from 68 to 70."; not "68 and 70
   * percent", nor a score ("in May 100 to 98."): years run forward, or
   * back in a story before the common era */
  if (word(c, i, W_AND) || word(c, i, W_OR) || word(c, i, W_TO)) {
    if (!is_num(c, i + 1))
      return !word(c, i, W_TO);
    bool bc_story = c->has_ref && evg_date_year(&c->ref) <= 0;
    if (bc_story ? c->t[i + 1].num >= c->t[i - 1].num
                 : c->t[i + 1].num <= c->t[i - 1].num)
      return false;
    size_t after = i + 2;
    return after >= c->n || c->t[after].kind == T_PUNCT ||
           opens_clause(c, after) ||
           (c->t[after].kind == T_WORD && c->t[after].cap &&
            cls(c, after) != K_MONTH);
  }
  return t->cap ? cls(c, i) != K_MONTH : opens_clause(c, i);
}

/* The end of a clause or of the text right after token i - 1. */
static bool clause_ends_at(const context *c, size_t i) {
  return i >= c->n || punct(c, i, ',') || punct(c, i, '.') ||
         punct(c, i, ';') || punct(c, i, ')') || punct(c, i, '!') ||
         punct(c, i, '?');
}

bool timex_short_year(const context *c, size_t i, short_year_form form,
                      int32_t *year, size_t *last) {
  if (!is_num(c, i) || c->t[i].suffix || c->t[i].digits > 3 || c->t[i].num < 1)
    return false;
  int32_t number = c->t[i].num;
  if ((form == SHORT_NO_DAY || form == SHORT_AFTER_DAY) && number <= 31)
    return false; /* a day: "June 28", "May 5, 12 soldiers" */
  if (i > 0 && glued(c, i) && (punct(c, i - 1, '$') || punct(c, i - 1, '#')))
    return false;
  int era = timex_era_at(c, i + 1);
  if (era) {
    *year = era < 0 ? 1 - number : number;
    *last = after_era(c, i + 1) - 1; /* "B.C.": its last period too */
    return true;
  }
  /* "On May 5, 45 were killed": after a day and a comma, only a year
   * that ends its clause */
  if (form == SHORT_AFTER_DAY ? !clause_ends_at(c, i + 1)
                              : !ends_like_a_year(c, i + 1))
    return false;
  /* a dated text that has told no date yet: "In March 150 Ukrainians
   * were freed" counts people; a name after "Month NN" is no clause
   * there ("the summer of 60 Boudica" still is) */
  if (form == SHORT_NO_DAY && !c->has_ref && c->has_anchor && i + 1 < c->n &&
      c->t[i + 1].kind == T_WORD && c->t[i + 1].cap)
    return false;
  /* in a dated text a month's number is a year only near a story the
   * text has set ("in March 150, in April 200" counts by month; "the
   * summer of 60" sets a story, "June 45" after "300 BC" is a count) */
  bool near = form == SHORT_BARE || (c->has_anchor && form != SHORT_PART_OF);
  *last = i;
  return timex_story_short_year(c, number, near, year);
}

/* Skips an optional comma: "January 27, 2025". */
size_t timex_after_comma(const context *c, size_t i) {
  return punct(c, i, ',') ? i + 1 : i;
}

/* The year that a year-less month or day takes from what follows it:
 * "August of that year" (the reference's year, one more for "of the
 * following year"), or the end of a range that names its year ("April and
 * June 1955", "February-March 1794", "26 June - 4 August 1952"; a start
 * month after the end month is in the year before: "October to March
 * 1945").  *last grows over an "of ... year" phrase, not over a range. */
static bool year_from_after(const context *c, size_t *last, int month,
                            int32_t *year) {
  size_t k = *last + 1;
  /* "July last year", "March next year": the month of the year the words
   * name from the text's date, as "last year" alone would be; the words
   * stay an expression of their own, as TimeML annotators mark them */
  if ((word(c, k, W_LAST) || word(c, k, W_NEXT) || word(c, k, W_THIS)) &&
      cls(c, k + 1) == K_UNIT && c->t[k + 1].value == UNIT_YEAR &&
      lower_word_is(c, k + 1, "year") && c->has_anchor) {
    *year = timex_year_of(c->anchor) + (word(c, k, W_LAST)   ? -1
                                        : word(c, k, W_NEXT) ? 1
                                                             : 0);
    return true;
  }
  if (word(c, k, W_OF)) {
    int shift = 0;
    size_t u = k + 2;
    if (word(c, k + 1, W_THAT))
      shift = 0;
    else if (word(c, k + 1, W_THE) && word(c, k + 2, W_SAME))
      shift = 0, u++;
    else if (word(c, k + 1, W_THE) &&
             (word(c, k + 2, W_FOLLOWING) || word(c, k + 2, W_NEXT)))
      shift = 1, u++;
    else if (word(c, k + 1, W_THE) && word(c, k + 2, W_PREVIOUS))
      shift = -1, u++;
    else
      return false;
    if (cls(c, u) != K_UNIT || c->t[u].value != UNIT_YEAR || !c->has_ref)
      return false;
    *year = evg_date_year(&c->ref) + shift;
    *last = u;
    return true;
  }
  if (!(word(c, k, W_AND) || word(c, k, W_TO) || word(c, k, W_THROUGH) ||
        word(c, k, W_UNTIL) || punct(c, k, '-')))
    return false;
  k++;
  int end_month, day;
  size_t y;
  if (cls(c, k) == K_MONTH && c->t[k].cap) {
    end_month = c->t[k].value;
    y = k + 1;
    if (timex_day_number(c, y, &day))
      y++;
  } else if (timex_day_number(c, k, &day) && cls(c, k + 1) == K_MONTH &&
             c->t[k + 1].cap) {
    end_month = c->t[k + 1].value;
    y = k + 2;
  } else {
    return false;
  }
  y = timex_after_comma(c, y);
  if (!timex_year_token(c, y, false))
    return false;
  *year = c->t[y].num - (month > end_month ? 1 : 0);
  return true;
}

/* The year after a month's or a season's day or part of the day: "a
 * December night in 2021", "a spring day in 1888", "a winter's night in
 * the year 1947" name that year's month or season; the year is one
 * expression with them, not a second one that leaves the month to the
 * context. */
static bool year_after_time_of_day(const context *c, size_t i, size_t *last) {
  size_t k = i + 1;
  if (punct(c, k, '\'') && lower_word_is(c, k + 1, "s"))
    k += 2; /* "a winter's night" */
  if (!(cls(c, k) == K_PARTDAY || lower_word_is(c, k, "day") ||
        lower_word_is(c, k, "dawn")))
    return false;
  if (!word(c, k + 1, W_IN))
    return false;
  size_t y = k + 2;
  if (word(c, y, W_THE) && lower_word_is(c, y + 1, "year"))
    y += 2; /* "in the year 1970" */
  if (!timex_year_token(c, y, false))
    return false;
  *last = y;
  return true;
}

/* Finishes a month-day or day-month date with an optional year. */
static bool finish_day_date(const context *c, candidate *cand, size_t last,
                            int month, int day) {
  size_t y = timex_after_comma(c, last + 1);
  /* "April 6-7, 1915": the year after the range is this date's too; the
   * span stays "April 6", and the range end is tagged on its own */
  int end_day;
  bool range = punct(c, last + 1, '-') && glued(c, last + 1) &&
               glued(c, last + 2) && timex_day_number(c, last + 2, &end_day) &&
               end_day > day;
  if (range)
    y = timex_after_comma(c, last + 3);
  int32_t year;
  size_t short_last;
  if (timex_year_token(c, y, false) ||
      (is_num(c, y) && c->t[y].digits == 4 && c->t[y].num >= 1000)) {
    year = c->t[y].num;
    cand->last = range ? last : y;
  } else if (!range && timex_short_year(
                           c, y, y > last + 1 ? SHORT_AFTER_DAY : SHORT_NO_DAY,
                           &year, &short_last)) {
    cand->last = short_last; /* "January 1, 69,", "9 June 68" */
  } else if (year_from_after(c, &last, month, &year)) {
    cand->last = last;
  } else if (!timex_pick_year(c, cand, month, day, 1, &year)) {
    cand->last = last;
    snprintf(cand->value, sizeof cand->value, "XXXX-%02d-%02d", month, day);
    cand->res = RES_ANCHOR;
    cand->type = EVG_TIMEX_DATE;
    return true;
  } else {
    cand->last = last;
    /* "In the winter of 1692 ... Warrants were issued on February 29": a
     * leap day the writer gave no year names a leap year, so a year
     * picked without one is a year off; the leap year next to it is the
     * one meant (the year before first: a narrative's pick steps ahead) */
    if (!evg_date_valid_day(year, month, day)) {
      if (evg_date_valid_day(year - 1, month, day))
        year--;
      else if (evg_date_valid_day(year + 1, month, day))
        year++;
    }
  }
  if (!evg_date_valid_day(year, month, day))
    return false;
  cand->type = EVG_TIMEX_DATE;
  timex_set_date(cand, timex_point_date(year, month, day, EVG_PREC_DAY));
  return true;
}

/* "January 27, 2025", "Jan. 27", "January 27" */
bool timex_rule_month_day(const context *c, size_t i, candidate *cand) {
  int day;
  size_t d = i + 1;
  if (word(c, d, W_THE))
    d++;
  if (!timex_day_number(c, d, &day) || !month_at(c, i, true))
    return false;
  /* "May 5 people" is not a date; "March 2 miles" neither; but after
   * "on" ("on March 9 he fled") or another preposition of time ("from
   * March 8 talks were held", "since May 3 troops have") the month names
   * a day */
  bool time_preposition =
      i > 0 && (word(c, i - 1, W_ON) || word(c, i - 1, W_FROM) ||
                word(c, i - 1, W_SINCE) || word(c, i - 1, W_UNTIL) ||
                word(c, i - 1, W_AFTER) || word(c, i - 1, W_BEFORE));
  /* a subject pronoun counts nothing: "On the afternoon of May 6 it
   * passed over Manhattan" names a day */
  bool pronoun =
      lower_word_is(c, d + 1, "it") || lower_word_is(c, d + 1, "he") ||
      lower_word_is(c, d + 1, "she") || lower_word_is(c, d + 1, "they") ||
      lower_word_is(c, d + 1, "we");
  if (d + 1 < c->n && c->t[d + 1].kind == T_WORD && !c->t[d + 1].cap &&
      cls(c, d + 1) == K_NONE && !punct(c, d + 1, ',') && !time_preposition &&
      !pronoun)
    if (c->t[i].value == 5 || c->t[i].value == 3)
      return false;
  if (!evg_date_valid_day(2000, c->t[i].value, day))
    return false;
  cand->first = i;
  return finish_day_date(c, cand, d, c->t[i].value, day);
}

/* "27 January 2025", "27th of January" */
bool timex_rule_day_month(const context *c, size_t i, candidate *cand) {
  int day;
  if (!timex_day_number(c, i, &day))
    return false;
  size_t m = i + 1;
  if (word(c, m, W_OF))
    m++;
  if (!month_at(c, m, true))
    return false;
  if (!evg_date_valid_day(2000, c->t[m].value, day))
    return false;
  cand->first = i;
  return finish_day_date(c, cand, m, c->t[m].value, day);
}

/* "2025-01-27", "2025/01/27", "27/01/2025" (day > 12), "1/27/2025" */
bool timex_rule_numeric(const context *c, size_t i, candidate *cand) {
  if (!is_num(c, i) || i + 4 >= c->n + 0)
    return false;
  char sep = 0;
  if (punct(c, i + 1, '-') && glued(c, i + 1))
    sep = '-';
  else if (punct(c, i + 1, '/') && glued(c, i + 1))
    sep = '/';
  if (!sep || !is_num(c, i + 2) || !glued(c, i + 2) || !punct(c, i + 3, sep) ||
      !glued(c, i + 3) || !is_num(c, i + 4) || !glued(c, i + 4))
    return false;
  int a = c->t[i].num, b = c->t[i + 2].num, d = c->t[i + 4].num;
  int32_t year;
  int month, day;
  if (c->t[i].digits == 4) {
    year = a, month = b, day = d;
  } else if (c->t[i + 4].digits == 4 && sep == '/') {
    year = d;
    if (a > 12 && b <= 12)
      day = a, month = b; /* 27/01/2025 */
    else if (b > 12 && a <= 12)
      month = a, day = b; /* 1/27/2025 */
    else
      return false; /* 03/04/2025: ambiguous */
  } else {
    return false;
  }
  if (month < 1 || month > 12 || !evg_date_valid_day(year, month, day))
    return false;
  cand->first = i;
  cand->last = i + 4;
  cand->type = EVG_TIMEX_DATE;
  timex_set_date(cand, timex_point_date(year, month, day, EVG_PREC_DAY));
  return true;
}

/* "January 2025", "January of 2025", "January", "mid-February" */
bool timex_rule_month(const context *c, size_t i, candidate *cand) {
  size_t y = i + 1;
  bool of = word(c, y, W_OF), comma = punct(c, y, ',');
  if (of || comma)
    y++;
  bool with_year =
      comma ? timex_year_token(c, y, false) : timex_month_year_token(c, y);
  /* "June 68", "April 480 BC", "June of 68"; not "In June, 68 ..." */
  int32_t short_year;
  size_t short_last;
  bool with_short = !with_year && !comma &&
                    timex_short_year(c, y, of ? SHORT_PART_OF : SHORT_NO_DAY,
                                     &short_year, &short_last);
  size_t year_last;
  bool with_later_year = !with_year && !with_short && !of && !comma &&
                         year_after_time_of_day(c, i, &year_last);
  if (!month_at(c, i, with_year || with_short || with_later_year))
    return false;
  int month = c->t[i].value;
  cand->first = i;
  cand->type = EVG_TIMEX_DATE;
  int32_t year;
  if (with_year) {
    year = c->t[y].num;
    cand->last = y;
  } else if (with_later_year) {
    year = c->t[year_last].num;
    cand->last = year_last;
  } else if (with_short) {
    year = short_year;
    cand->last = short_last;
  } else if (c->has_yearly_set &&
             c->t[c->yearly_set_last].sentence == c->t[i].sentence &&
             i - c->yearly_set_last <= 3 && !c->after_since && !c->after_by) {
    /* "twice a year, in January and July": months of a recurrence */
    cand->last = i;
    snprintf(cand->value, sizeof cand->value, "XXXX-%02d", month);
    return true;
  } else {
    cand->last = i;
    /* "August of that year", "April and June 1955", else by the context */
    bool told_after = year_from_after(c, &cand->last, month, &year);
    /* the month alone loses to a match found at it before ("May 3"): no
     * year is picked for it (a fifth of the tagger's year picks) */
    if (!told_after && i == cand->rival_first)
      return false;
    if (!told_after && !timex_pick_year(c, cand, month, 0, 1, &year)) {
      snprintf(cand->value, sizeof cand->value, "XXXX-%02d", month);
      cand->res = RES_ANCHOR;
      return true;
    }
  }
  timex_set_date(cand, timex_point_date(year, month, 0, EVG_PREC_MONTH));
  return true;
}

/* The era that the end of a range writes for its start too: "(499-493
 * BC)", "from 264 to 241 BC", "496 and 495 BC"; the start comes first in
 * time (the larger number before BC). */
static int era_of_range(const context *c, size_t i) {
  size_t k = i + 1;
  if (!punct(c, k, '-') && !word(c, k, W_TO) && !word(c, k, W_AND))
    return 0;
  k++;
  if (!is_num(c, k) || c->t[k].suffix || c->t[k].digits > 4)
    return 0;
  int era = timex_era_at(c, k + 1);
  int32_t first = c->t[i].num, second = c->t[k].num;
  if (era < 0 ? first < second : first > second)
    return 0;
  return era;
}

/* A verb in the past or a participle: "grew by 70", "reduced by 70"
 * count (and "had recovered by 70" is lost with them). */
static bool participle_at(const context *c, size_t i) {
  if (i >= c->n || c->t[i].kind != T_WORD)
    return false;
  if (c->t[i].tense & TW_PAST)
    return true;
  const char *w = c->text + c->t[i].start;
  size_t len = c->t[i].end - c->t[i].start;
  return len > 3 && cls(c, i) == K_NONE && w[len - 2] == 'e' &&
         (w[len - 1] == 'd' || w[len - 1] == 'n'); /* not "then" */
}

/* The portions of a year a number after "of" may be the year of: "the end
 * of 68", "the summer of 68", "the rest of 496". */
static bool portion_of_year(const context *c, size_t i) {
  static const char *const portions[] = {"rest",  "remainder", "course",
                                         "whole", "most",      "bulk"};
  if (word(c, i, W_END) || word(c, i, W_BEGINNING) || word(c, i, W_START) ||
      word(c, i, W_MIDDLE) || cls(c, i) == K_SEASON)
    return true;
  for (size_t k = 0; k < sizeof portions / sizeof *portions; k++)
    if (lower_word_is(c, i, portions[k]))
      return true;
  return false;
}

/* How the words before a short number at token i introduce it as a
 * year, if they do: a part of a year ("early 68", "the end of 68", "early
 * in 68"), a preposition of time ("in 68", "until 69"), or the second
 * year of a range whose first was just tagged ("from 68 to 70"). */
static bool short_year_form_at(const context *c, size_t i,
                               short_year_form *form) {
  if (i < 2)
    return false;
  size_t p = i - 1;
  *form = SHORT_PART_OF;
  if (word(c, p, W_EARLY) || word(c, p, W_LATE) || word(c, p, W_MID) ||
      (punct(c, p, '-') && word(c, p - 1, W_MID)) ||
      (word(c, p, W_OF) && portion_of_year(c, p - 1)) ||
      (word(c, p, W_IN) && (word(c, p - 1, W_EARLY) || word(c, p - 1, W_LATE))))
    return true;
  *form = SHORT_BARE;
  if (word(c, p, W_IN) || word(c, p, W_SINCE) || word(c, p, W_UNTIL) ||
      word(c, p, W_FROM) || word(c, p, W_BEFORE) || word(c, p, W_AFTER) ||
      word(c, p, W_DURING) || word(c, p, W_THROUGH))
    return true;
  if (word(c, p, W_BY))
    return !participle_at(c, p - 1);
  return (word(c, p, W_TO) || word(c, p, W_AND)) && c->has_last &&
         c->last_token == i - 2 && !c->last_date.interval &&
         c->last_date.from.precision == EVG_PREC_YEAR;
}

/* "1997", "the year 2000", "44 BC", "AD 800", "800 AD", "499-493 BC",
 * "in 68" in a story of the first century */
bool timex_rule_year(const context *c, size_t i, candidate *cand) {
  cand->first = i;
  size_t y = i;
  if (word(c, i, W_FISCAL) && timex_year_token(c, i + 1, false))
    y = i + 1; /* "fiscal 2017": the fiscal year, named by its year */
  else if (word(c, i, W_AD) && c->t[i].cap && is_num(c, after_era(c, i)) &&
           c->t[after_era(c, i)].digits <= 4)
    y = after_era(c, i);
  else if (word(c, i, W_THE) && lower_word_is(c, i + 1, "year") &&
           timex_year_token(c, i + 2, false))
    y = i + 2;
  if (!is_num(c, y) || c->t[y].suffix)
    return false;
  int32_t year = c->t[y].num;
  cand->last = y;
  short_year_form form;
  if (y == i && timex_era_at(c, i + 1) && c->t[i].digits <= 4 && year >= 1) {
    if (timex_era_at(c, i + 1) < 0)
      year = 1 - year;
    cand->last = after_era(c, i + 1) - 1;
  } else if (y == i && c->t[i].digits <= 4 && year >= 1 && era_of_range(c, i)) {
    if (era_of_range(c, i) < 0)
      year = 1 - year;
  } else if (y == i && c->t[i].digits <= 3 && short_year_form_at(c, i, &form)) {
    if (!timex_short_year(c, i, form, &year, &cand->last))
      return false;
  } else if (y == i) {
    /* a bare number: only a plausible year in a plausible place */
    bool after_preposition =
        i > 0 && ((punct(c, i - 1, '-') && i > 1 && word(c, i - 2, W_MID)) ||
                  word(c, i - 1, W_IN) || word(c, i - 1, W_SINCE) ||
                  word(c, i - 1, W_BY) || word(c, i - 1, W_UNTIL) ||
                  word(c, i - 1, W_DURING) || word(c, i - 1, W_FROM) ||
                  word(c, i - 1, W_OF) || word(c, i - 1, W_BEFORE) ||
                  word(c, i - 1, W_AFTER) || word(c, i - 1, W_TO) ||
                  word(c, i - 1, W_THROUGH) || word(c, i - 1, W_EARLY) ||
                  word(c, i - 1, W_LATE) || word(c, i - 1, W_MID));
    if (!timex_year_token(c, i, !after_preposition))
      return false;
    if (!after_preposition && (year < 1500 || year > 2100))
      return false;
  }
  cand->type = EVG_TIMEX_DATE;
  timex_set_date(cand, timex_point_date(year, 1, 1, EVG_PREC_YEAR));
  return true;
}

/* "the 1990s", "the '90s", "the 1800s" */
bool timex_rule_decade(const context *c, size_t i, candidate *cand) {
  size_t d = i;
  int32_t start;
  if (is_num(c, d) && c->t[d].suffix == 's' && c->t[d].digits == 4 &&
      c->t[d].num % 10 == 0) {
    start = c->t[d].num;
  } else if (punct(c, d, '\'') && i + 1 < c->n && is_num(c, d + 1) &&
             glued(c, d + 1) && c->t[d + 1].digits == 2 &&
             c->t[d + 1].suffix == 's' && c->t[d + 1].num % 10 == 0) {
    start = 1900 + c->t[d + 1].num;
    d++;
  } else {
    return false;
  }
  cand->first = i;
  cand->last = d;
  cand->type = EVG_TIMEX_DATE;
  /* "the 1900s" (a round century) reads as the century in history text;
   * keep it a decade: the value is the same three digits either way for
   * 1990s and the usual reading for 1800s is the century. */
  timex_set_date(cand, timex_point_date(start, 1, 1, EVG_PREC_DECADE));
  return true;
}

/* "the 20th century", "the nineteenth century" */
bool timex_rule_century(const context *c, size_t i, candidate *cand) {
  int ordinal = 0;
  if (is_num(c, i) && c->t[i].suffix == 'o' && c->t[i].num >= 1 &&
      c->t[i].num <= 30)
    ordinal = c->t[i].num;
  else if (cls(c, i) == K_ORDWORD)
    ordinal = c->t[i].value;
  size_t u = i + 1;
  if (punct(c, u, '-'))
    u++;
  if (!ordinal || cls(c, u) != K_UNIT || c->t[u].value != UNIT_CENTURY)
    return false;
  cand->first = i;
  cand->last = u;
  cand->type = EVG_TIMEX_DATE;
  int32_t start = (ordinal - 1) * 100;
  bool bc = word(c, u + 1, W_BC);
  if (bc) {
    cand->last = u + 1;
    start = 1 - ordinal * 100;
  }
  timex_set_date(cand, timex_point_date(start, 1, 1, EVG_PREC_CENTURY));
  if (bc) /* the 4th century BC, 400-301 BC: the 300s, "BC03" */
    snprintf(cand->value, sizeof cand->value, "BC%02d", ordinal - 1);
  return true;
}

/* Sets the candidate to the season (1 spring .. 4 winter) whose first
 * month, March, June, September or December, falls in first_year, with the
 * value named by the year value_year.  A season is not an evgraph
 * precision: the date keeps the three months it spans. */
static void set_season_span(candidate *cand, int season, int32_t first_year,
                            int32_t value_year) {
  int first_month = season * 3; /* 3, 6, 9, 12 */
  evg_date d = timex_point_date(first_year, first_month, 1, EVG_PREC_MONTH);
  evg_date end = timex_point_date(
      first_month == 12 ? first_year + 1 : first_year,
      first_month == 12 ? 2 : first_month + 2, 1, EVG_PREC_MONTH);
  d.to = end.from;
  d.interval = true;
  evg_date_compute_bounds(&d);
  cand->res = RES_DATE;
  cand->date = d;
  char text[16];
  timex_year_text(value_year, text, sizeof text);
  snprintf(cand->value, sizeof cand->value, "%s-%s", text,
           timex_season_codes[season]);
}

/* The season of a year the text names ("the winter of 1724", "that
 * winter" in a story at 1952): a winter is the one that begins in that
 * year's December, as histories mean it (Peter fell ill in the winter of
 * 1724 and died in February 1725). */
void timex_set_season(candidate *cand, int season, int32_t year) {
  set_season_span(cand, season, year, year);
}

/* "summer", "the summer of 1944", "spring 2025" */
bool timex_rule_season(const context *c, size_t i, candidate *cand) {
  if (cls(c, i) != K_SEASON)
    return false;
  size_t year_last;
  if (year_after_time_of_day(c, i, &year_last)) {
    cand->first = i;
    cand->last = year_last;
    cand->type = EVG_TIMEX_DATE;
    timex_set_season(cand, c->t[i].value, c->t[year_last].num);
    return true;
  }
  bool fall = c->t[i].value == 3 && lower_word_is(c, i, "fall");
  /* "fall" and "spring" are common verbs: require a hint of time */
  if (fall && !(i > 0 && (word(c, i - 1, W_THE) || word(c, i - 1, W_LAST) ||
                          word(c, i - 1, W_THIS) || word(c, i - 1, W_NEXT) ||
                          word(c, i - 1, W_EARLY) || word(c, i - 1, W_LATE))))
    return false;
  /* "the fall of Girona", "the fall of the wall": a collapse; only "the
   * fall of 2019" is a season */
  if (fall && word(c, i + 1, W_OF) && !timex_year_token(c, i + 2, false))
    return false;
  /* "The fall began in August", "the fall was steep": "the fall" right
   * before a verb is its clause's subject, a drop, not the autumn */
  if (fall && i > 0 && word(c, i - 1, W_THE) && i + 1 < c->n &&
      c->t[i + 1].kind == T_WORD &&
      (c->t[i + 1].tense & (TW_PAST | TW_PRESENT | TW_AHEAD)))
    return false;
  if (c->t[i].value == 1 && !c->t[i].cap &&
      !(i > 0 && (word(c, i - 1, W_THE) || word(c, i - 1, W_LAST) ||
                  word(c, i - 1, W_THIS) || word(c, i - 1, W_NEXT) ||
                  word(c, i - 1, W_EARLY) || word(c, i - 1, W_LATE) ||
                  word(c, i - 1, W_IN) || word(c, i - 1, W_BY) ||
                  word(c, i - 1, W_UNTIL) || word(c, i - 1, W_SINCE))))
    return false;
  /* "Central European Summer Time", the film "Winter Harbour": a
   * capitalised season in a zone's name, or opening a quoted title before
   * a capitalised word, is part of a name (not "the Spring Offensive",
   * which history names after its season) */
  size_t at = c->t[i].start;
  bool quoted = at > 0 && (c->text[at - 1] == '"' ||
                           (unsigned char)c->text[at - 1] == 0x9C);
  if (c->t[i].cap && i + 1 < c->n && c->t[i + 1].kind == T_WORD &&
      c->t[i + 1].cap && c->t[i + 1].cls == K_NONE &&
      (quoted || lower_word_is(c, i + 1, "time")))
    return false;
  /* "The Rite of Spring", "the Festival of Winter": a capitalised season
   * after "of" and a capitalised word closes a title or a name; one with
   * its year after it is a date ("the Offensive of Spring 1918") */
  if (c->t[i].cap && i >= 2 && word(c, i - 1, W_OF) &&
      c->t[i - 2].kind == T_WORD && c->t[i - 2].cap &&
      (cls(c, i - 2) == K_NONE || cls(c, i - 2) == K_WORD) &&
      !timex_year_token(c, i + 1, false))
    return false;
  /* "a winter storm warning", "the summer tires": a kind, not a time; in
   * a history only after "a" ("turned the ship into a winter station"),
   * since its "the winter campaign" is the winter told */
  if ((!c->narrative || (i > 0 && (lower_word_is(c, i - 1, "a") ||
                                   lower_word_is(c, i - 1, "an")))) &&
      i + 1 < c->n && c->t[i + 1].kind == T_WORD && !c->t[i + 1].cap &&
      c->t[i + 1].cls == K_NONE)
    return false;
  cand->first = i;
  cand->last = i;
  cand->type = EVG_TIMEX_DATE;
  size_t y = i + 1;
  if (word(c, y, W_OF))
    y++;
  int32_t year;
  size_t short_last;
  if (timex_year_token(c, y, false)) {
    year = c->t[y].num;
    cand->last = y;
  } else if (timex_short_year(c, y, y > i + 1 ? SHORT_PART_OF : SHORT_NO_DAY,
                              &year, &short_last)) {
    cand->last = short_last; /* "the spring of 68", "autumn of 481 BC" */
  } else {
    /* the season's middle month; a winter is found and named by its
     * January, as TimeML corpora name a winter they infer (WikiWars: the
     * winter of 1777-78 is 1778-WI), and began the December before */
    bool winter = c->t[i].value == 4;
    int month = winter ? 1 : c->t[i].value * 3 + 1;
    if (!timex_pick_year(c, cand, month, 0, 1, &year)) {
      snprintf(cand->value, sizeof cand->value, "XXXX-%s",
               timex_season_codes[c->t[i].value]);
      cand->res = RES_ANCHOR;
      return true;
    }
    set_season_span(cand, c->t[i].value, winter ? year - 1 : year, year);
    return true;
  }
  timex_set_season(cand, c->t[i].value, year);
  return true;
}

/* "the third quarter [of 2024]", "Q3 2024", "the second half of 2025" */
bool timex_rule_quarter(const context *c, size_t i, candidate *cand) {
  int part = 0;
  bool half = false;
  size_t last;
  if ((word(c, i, W_Q) || word(c, i, W_H)) && c->t[i].cap && is_num(c, i + 1) &&
      glued(c, i + 1)) {
    half = word(c, i, W_H);
    part = c->t[i + 1].num;
    last = i + 1;
  } else {
    size_t o = i;
    if (word(c, o, W_THE))
      o++;
    if (cls(c, o) != K_ORDWORD && !(is_num(c, o) && c->t[o].suffix == 'o'))
      return false;
    part = cls(c, o) == K_ORDWORD ? c->t[o].value : c->t[o].num;
    size_t q = o + 1;
    if (punct(c, q, '-') && glued(c, q) && glued(c, q + 1))
      q++; /* "second-quarter results" */
    if (word(c, q, W_HALF))
      half = true;
    else if (!(cls(c, q) == K_UNIT && c->t[q].value == UNIT_QUARTER &&
               lower_word_is(c, q, "quarter")))
      return false;
    last = q;
  }
  if (part < 1 || part > (half ? 2 : 4))
    return false;
  cand->first = i;
  cand->type = EVG_TIMEX_DATE;
  size_t y = last + 1;
  bool of = word(c, y, W_OF);
  if (of)
    y++;
  int32_t year;
  int relative_year = 2; /* 2: none; -1, 0, 1: last, this, next year */
  if (of &&
      (word(c, y, W_THE) || word(c, y, W_THIS) || word(c, y, W_LAST) ||
       word(c, y, W_NEXT)) &&
      cls(c, y + 1) == K_UNIT && c->t[y + 1].value == UNIT_YEAR &&
      lower_word_is(c, y + 1, "year")) {
    relative_year = word(c, y, W_LAST) ? -1 : word(c, y, W_NEXT) ? 1 : 0;
    if (word(c, y, W_THE))
      relative_year = 3; /* "of the year": the year in context */
    last = y + 1;
  }
  if (half && !of && !(word(c, i, W_H)))
    return false; /* "the second half" of a match, not of a year */
  /* "the second half of the money": of a thing, not of a year */
  if (of && relative_year == 2 && !timex_year_token(c, y, false) &&
      !(is_num(c, y) && c->t[y].num >= 1000 && c->t[y].digits == 4))
    return false;
  if (relative_year >= -1 && relative_year <= 1 && c->has_anchor) {
    year = timex_year_of(c->anchor) + relative_year;
  } else if (timex_year_token(c, y, false)) {
    year = c->t[y].num;
    last = y;
  } else if (is_num(c, y) && c->t[y].num >= 1000 && c->t[y].digits == 4 &&
             glued(c, y) == false && !word(c, i, W_THE)) {
    year = c->t[y].num;
    last = y;
  } else {
    int month = half ? part * 6 - 5 : part * 3 - 2;
    if (!timex_pick_year(c, cand, month, 0, half ? 6 : 3, &year)) {
      cand->last = last;
      snprintf(cand->value, sizeof cand->value, "XXXX-%s%d", half ? "H" : "Q",
               part);
      cand->res = RES_ANCHOR;
      return true;
    }
  }
  cand->last = last;
  evg_date d = timex_point_date(year, half ? part * 6 - 5 : part * 3 - 2, 1,
                                half ? EVG_PREC_HALF : EVG_PREC_QUARTER);
  timex_set_date(cand, d);
  return true;
}

/* "the second week of January" */
bool timex_rule_week_of_month(const context *c, size_t i, candidate *cand) {
  size_t k = i;
  if (word(c, k, W_THE))
    k++;
  int n;
  if (cls(c, k) == K_ORDWORD && c->t[k].value <= 5)
    n = c->t[k].value;
  else if (word(c, k, W_LAST))
    n = -1;
  else
    return false;
  bool weekend = cls(c, k + 1) == K_UNIT && c->t[k + 1].value == UNIT_WEEKEND;
  if (!(cls(c, k + 1) == K_UNIT &&
        (c->t[k + 1].value == UNIT_WEEK || weekend) && word(c, k + 2, W_OF)))
    return false;
  candidate month = *cand;
  if (!timex_rule_month(c, k + 3, &month) || month.res != RES_DATE ||
      month.date.from.precision != EVG_PREC_MONTH)
    return false;
  cand->first = i;
  cand->last = month.last;
  cand->type = EVG_TIMEX_DATE;
  int32_t first = month.date.start;
  if (weekend) {
    /* "the first weekend of December": the week of its n-th Saturday */
    int32_t saturday = first + (6 - timex_weekday_of(first) + 7) % 7;
    if (n < 0)
      while (saturday + 7 <= month.date.end)
        saturday += 7;
    else
      saturday += 7 * (n - 1);
    if (saturday > month.date.end)
      return false; /* "the fifth weekend of February" */
    timex_set_date(cand, evg_date_from_day(saturday, EVG_PREC_WEEK));
    strncat(cand->value, "-WE", sizeof cand->value - strlen(cand->value) - 1);
    return true;
  }
  int32_t day = n > 0 ? first + 7 * (n - 1) : month.date.end - 6;
  if (day > month.date.end)
    return false; /* "the fifth week of February" */
  /* the ISO week that holds most of those seven days */
  timex_set_date(cand, evg_date_from_day(day + 3, EVG_PREC_WEEK));
  return true;
}

/* The end of a range whose start was just tagged: "1775-[1780]",
 * "1990-[94]", "April 6-[7]". */
bool timex_rule_range_end(const context *c, size_t i, candidate *cand) {
  if (!c->has_last || i < 2 || c->last_token != i - 2 ||
      !punct(c, i - 1, '-') || !glued(c, i - 1) || !glued(c, i) ||
      !is_num(c, i) || c->t[i].suffix)
    return false;
  const evg_date *start = &c->last_date;
  int32_t v = c->t[i].num;
  cand->first = cand->last = i;
  cand->type = EVG_TIMEX_DATE;
  if (start->from.precision == EVG_PREC_YEAR) {
    int32_t year = c->t[i].digits == 4   ? v
                   : c->t[i].digits == 2 ? start->from.year / 100 * 100 + v
                                         : -1;
    if (year <= start->from.year)
      return false;
    timex_set_date(cand, timex_point_date(year, 1, 1, EVG_PREC_YEAR));
    return true;
  }
  if (start->from.precision == EVG_PREC_DAY && c->t[i].digits <= 2 &&
      v > start->from.day &&
      evg_date_valid_day(start->from.year, start->from.month, (int)v)) {
    size_t y = timex_after_comma(c, i + 1);
    if (is_num(c, y) && c->t[y].digits == 4 && c->t[y].num == start->from.year)
      cand->last = y;
    timex_set_date(cand, timex_point_date(start->from.year, start->from.month,
                                          (int)v, EVG_PREC_DAY));
    return true;
  }
  return false;
}

/* The start of a day range before its month: "[6]-7 January 1916",
 * "[26]-30 November". */
bool timex_rule_day_range_start(const context *c, size_t i, candidate *cand) {
  int first, second;
  if (!timex_day_number(c, i, &first) || !punct(c, i + 1, '-') ||
      !glued(c, i + 1) || !glued(c, i + 2) ||
      !timex_day_number(c, i + 2, &second) || second <= first)
    return false;
  candidate end = *cand;
  if (!timex_rule_day_month(c, i + 2, &end) || end.res != RES_DATE)
    return false;
  cand->first = cand->last = i;
  cand->type = EVG_TIMEX_DATE;
  timex_set_date(cand, timex_point_date(end.date.from.year, end.date.from.month,
                                        first, EVG_PREC_DAY));
  return true;
}
