/* extract_part_dates.c: the date a sentence's part takes when its own
 * timex is not the whole of it: the range a date opens ("between 2019 and
 * 2023"), a reach counted from a date ("within a week", "two days after
 * the fire", "over three days"), the days between the story's day and a
 * date told next, and the story's date for an undated happening (moved
 * out of extract.c, which drives the extraction and calls them). */
#include "extract_internal.h"

#include <stdlib.h>
#include <string.h>

/* A copy of `timex` in the arena that says `date` instead: its TIMEX3
 * value and modifier no longer describe it, so they are dropped. */
evg_timex *extract_redated(evg_extraction *x, const evg_timex *timex,
                           evg_date date) {
  evg_timex *copy = evg_arena_alloc(&x->arena, sizeof *copy);
  *copy = *timex;
  copy->value = NULL;
  copy->mod = NULL;
  copy->date = date;
  evg_date_compute_bounds(&copy->date);
  return copy;
}

/* The point an EDTF season code ("1066-21") names. */
static evg_date_point season_point(const char *code) {
  return (evg_date_point){.precision = EVG_PREC_MONTH,
                          .year = (int32_t)strtol(code, NULL, 10),
                          .month = (int8_t)strtol(code + 5, NULL, 10)};
}

/* The clause date `date`, or the range it opens ("between 2019 and 2023"
 * dates what went on through those years, not only in 2019) as one
 * timex in the arena. */
const evg_timex *extract_range_date(evg_extraction *x, const char *text,
                                    size_t len, const evg_timex *const *dates,
                                    size_t date_count, const evg_timex *date) {
  const evg_timex *until =
      extract_range_end(text, len, dates, date_count, date);
  if (!until)
    return date;
  evg_date through = date->date;
  through.interval = true;
  through.to = until->date.to;
  /* "the spring and summer": from the one season's code to the other's
   * (1066-21/1066-22), as a season alone is written */
  char first[16], last[16];
  if (date->value && until->value &&
      extract_season_code(date, first, sizeof first) &&
      extract_season_code(until, last, sizeof last)) {
    through.from = season_point(first);
    through.to = season_point(last);
  }
  evg_timex *spanned = extract_redated(x, date, through);
  spanned->end = until->end;
  return spanned;
}

/* Whether a blank line (a paragraph's end) lies in text[from, to). */
bool extract_paragraph_break_between(const char *text, size_t from, size_t to) {
  const char *first = memchr(text + from, '\n', to - from);
  return first && memchr(first + 1, '\n', to - (size_t)(first + 1 - text));
}

/* Whether the word before the timex is "since": the start of a state
 * ("had led it since May 2019"), not a time the story stands at. */
bool extract_after_since(const char *text, const evg_timex *t) {
  size_t e = t->start;
  while (e > 0 && text[e - 1] == ' ')
    e--;
  return e >= 5 && equals_ci(text + e - 5, 5, "since") &&
         (e == 5 || !ascii_alpha((unsigned char)text[e - 6]));
}

/* Words that make a time a bound, not a scene ("By the summer", "until
 * May 1790", "Since May"); case ignored. */
static const char *const scene_bounds[] = {"by",     "until", "till", "since",
                                           "before", "after", "from", NULL};

/* The word right before timex `t`, past the spaces: its length (0 when a
 * letter does not end what stands there), its start in *word. */
static size_t word_before_timex(const char *text, const evg_timex *t,
                                size_t *word) {
  size_t k = t->start;
  while (k > 0 && text[k - 1] == ' ')
    k--;
  size_t w = k;
  while (w > 0 && ascii_alpha((unsigned char)text[w - 1]))
    w--;
  *word = w;
  return k - w;
}

/* Whether the timex `t` opens its sentence, after at most one short
 * capitalised word ("In August, the expedition met ...", "That October
 * the institute awarded ...", "In the summer of 1922, ..."): a time that
 * sets the scene for what follows, not one that dates only its own clause
 * ("died in February 1725", "When he came back in early September") nor
 * a bound ("By the summer", "Since May"). */
static bool opens_sentence(const char *text, const evg_timex *t) {
  size_t word, len = word_before_timex(text, t, &word);
  size_t k = word + len;
  if (len && len <= 6 && ascii_upper((unsigned char)text[word])) {
    /* "By the summer the Russians had withdrawn": a deadline, no scene */
    if (extract_word_in(text + word, len, scene_bounds))
      return false;
    k = word;
  }
  while (k > 0 && text[k - 1] == ' ')
    k--;
  return k == 0 || text[k - 1] == '\n' || text[k - 1] == '.' ||
         text[k - 1] == '!' || text[k - 1] == '?';
}

/* How far back, in bytes, the start of a month's sentence is looked for
 * (told_month_sets_scene): the past perfect is read over a few words. */
#define MONTH_CLAUSE_REACH 200

/* Whether a month told inside its sentence, not at its opening ("..., and
 * in April 1898 reported ..."), sets the scene for the undated sentences
 * after it (gold46): not a bound ("until May 1790", "since March"), nor
 * one told in the past perfect ("had already asked Congress in January":
 * a look back, the story stays where it was). */
static bool told_month_sets_scene(const char *text, const evg_timex *t) {
  size_t word, len = word_before_timex(text, t, &word);
  if (len && len <= 6 && extract_word_in(text + word, len, scene_bounds))
    return false;
  size_t from =
      t->start > MONTH_CLAUSE_REACH ? t->start - MONTH_CLAUSE_REACH : 0;
  for (size_t i = t->start; i > from; i--)
    if (text[i - 1] == '.' || text[i - 1] == '!' || text[i - 1] == '?' ||
        text[i - 1] == '\n') {
      from = i;
      break;
    }
  return !extract_past_perfect_day(text, from, t);
}

/* The date an undated happening of a history takes from the story: the
 * day the story has reached when it named one ("on September 25 he
 * surprised the Norwegians. Hardrada and Tostig were killed"), the month
 * or the season when it opened the sentence that set it ("In August 1898
 * an officer found ... Henry was arrested"), or the month told in a later
 * clause ("and in April 1898 reported ...": told_month_sets_scene);
 * else only its year (a season inside a clause, "the autumn of 1907", a bound,
 * a month told in the past perfect). */
static const evg_timex *story_date(evg_extraction *x, const char *text,
                                   const evg_timex *story) {
  if (!story->has_date ||
      (!story->date.interval && story->date.from.precision == EVG_PREC_DAY &&
       !story->date.approximate &&
       !(story->mod && strcmp(story->mod, "APPROX") == 0)))
    return story;
  char code[96];
  bool month = !story->date.interval &&
               story->date.from.precision == EVG_PREC_MONTH &&
               story->date.from.month <= 12;
  bool season = story->value && extract_season_code(story, code, sizeof code);
  /* "In early May", "In late June 1869": a part of the month still sets
   * the scene at that month; "about May" does not, nor a part of a
   * season ("In early spring 1420": the year) */
  bool month_part = story->mod && (strcmp(story->mod, "START") == 0 ||
                                   strcmp(story->mod, "MID") == 0 ||
                                   strcmp(story->mod, "END") == 0);
  /* gold46: a month told in a later clause ("and in April 1898
   * reported ...") sets the scene as one that opens the sentence; a
   * season only when it opens it */
  if ((month || season) && !story->date.approximate &&
      (!story->mod || (month && month_part)) &&
      (opens_sentence(text, story) ||
       (month && told_month_sets_scene(text, story))))
    return story;
  evg_date year = {0};
  year.from = year.to = (evg_date_point){.precision = EVG_PREC_YEAR,
                                         .year = story->date.from.year};
  return extract_redated(x, story, year);
}

/* Whether the time expression t counts forward from the time told before
 * it ("four days later", "a week later"). */
static bool counts_forward(const char *text, const evg_timex *t) {
  for (size_t i = t->start; i + 5 <= t->end; i++)
    if ((i == t->start || !ascii_alpha((unsigned char)text[i - 1])) &&
        strncmp(text + i, "later", 5) == 0 &&
        (i + 5 == t->end || !ascii_alpha((unsigned char)text[i + 5])))
      return true;
  return false;
}

/* The date of an undated clause told before a clause headed by a date of
 * its own ("James sent his family to France, and on December 11 he
 * fled"): after the story's day (or the month it stands at) and by that
 * date when that date is a day, else the story's date (see story_date). */
const evg_timex *extract_between_days(evg_extraction *x, const char *text,
                                      const evg_timex *story,
                                      const evg_timex *next) {
  /* a month the story stands at, as story_date keeps it ("In November
   * 1913 a dealer received a letter. Peruggia took the train south and
   * on December 10 checked in"): from that month to the day */
  const evg_timex *told = story_date(x, text, story);
  bool month = told->has_date && !told->date.interval &&
               told->date.from.precision == EVG_PREC_MONTH;
  /* "was gravely injured when the hotel fell; he died four days later":
   * a count forward counts from what was told before it, which happened
   * at the story's day */
  if (counts_forward(text, next))
    return told;
  /* "Sailors blew up houses, and by Thursday the fire was out": a
   * deadline bounds the clause it heads, not the part before, which was
   * told at the story's day (as in news) */
  if (next->start >= 3 && equals_ci(text + next->start - 3, 3, "by ") &&
      (next->start == 3 || !ascii_alpha((unsigned char)text[next->start - 4])))
    return told;
  evg_date months;
  if (extract_months_between(story, next, month, &months))
    return extract_redated(x, story, months);
  if (!story->has_date || !next->has_date || story->date.interval ||
      next->date.interval ||
      (story->date.from.precision != EVG_PREC_DAY && !month) ||
      next->date.from.precision != EVG_PREC_DAY ||
      next->date.start <= story->date.end)
    return told;
  evg_date span = story->date;
  span.interval = true;
  span.to = next->date.from;
  return extract_redated(x, story, span);
}

/* "within a day", "within weeks": the duration's length in days and the
 * precision its unit speaks in, read from its TIMEX3 value ("P1D", "PXW",
 * "PT6H"); false for another value.  An unwritten count is a few (3). */
static bool duration_reach(const char *value, int32_t *days,
                           evg_precision *precision) {
  if (!value || value[0] != 'P')
    return false;
  const char *v = value + 1;
  bool time = *v == 'T';
  v += time;
  long count = 3;
  if (*v == 'X') {
    v++;
  } else {
    char *rest;
    count = strtol(v, &rest, 10);
    if (rest == v || count < 0 || count > 100)
      return false;
    v = rest;
  }
  if (v[0] == '\0' || v[1] != '\0')
    return false;
  if (time) { /* hours, minutes: the same day */
    *days = 0;
    *precision = EVG_PREC_DAY;
    return *v == 'H' || *v == 'M';
  }
  switch (*v) {
  case 'D':
    *days = (int32_t)count, *precision = EVG_PREC_DAY;
    return true;
  case 'W':
    *days = (int32_t)(7 * count), *precision = EVG_PREC_MONTH;
    return true;
  case 'M':
    *days = (int32_t)(30 * count), *precision = EVG_PREC_MONTH;
    return true;
  case 'Y':
    *days = (int32_t)(365 * count), *precision = EVG_PREC_YEAR;
    return true;
  }
  return false;
}

/* A point of `precision` holding the day `days`. */
static evg_date_point point_at(int32_t days, evg_precision precision) {
  /* the library's own day-to-point, which knows every precision (a week
   * needs its ISO number: "next week" two weeks on is not W00) */
  return evg_date_from_day(days, precision).from;
}

/* "Over five days they found ...": the happening took that long from
 * the story's `date` ("over the following two days": the days after it);
 * weeks or months from a day reach from that day on, days apart ("over
 * the following five weeks" from April 19 is April 19 to May 24); from a
 * month, months apart ("over the following six weeks" from June is June
 * to August); from a coarser date, that date. */
static const evg_timex *over_reach(evg_extraction *x, const evg_timex *date,
                                   int32_t days, evg_precision unit,
                                   bool following) {
  evg_precision precision = date->date.from.precision;
  evg_date reach = {0};
  if (precision == EVG_PREC_DAY && unit == EVG_PREC_DAY) {
    int32_t first_day = following ? date->date.end + 1 : date->date.start;
    reach.from = point_at(first_day, precision);
    reach.to = point_at(first_day + days - 1, precision);
    reach.interval = days > 1;
  } else if (precision == EVG_PREC_DAY || precision == EVG_PREC_MONTH) {
    reach.from = point_at(date->date.start, precision);
    reach.to = point_at(date->date.end + days, precision);
    reach.interval = memcmp(&reach.from, &reach.to, sizeof reach.from) != 0;
  } else {
    return date;
  }
  return extract_redated(x, date, reach);
}

/* How many words of the phrase after "two days after" may name the
 * happening it counts from ("the meeting at the hotel": "meeting", then
 * "hotel") */
#define NAMED_COUNT_WORDS 3
/* How far the phrase after "two days after" or "within days of" is read
 * for a date of its own, in bytes */
#define COUNT_PHRASE_REACH 400

/* The phrase runs to its clause's end, read over COUNT_PHRASE_REACH bytes
 * at most: a sentence of many counts and no comma ("acted eight months
 * after the charity filed ... and acted eight months after") was read to
 * its end for each count (review46: 1 MB 4.5 s, 4 MB 78 s). */
bool extract_count_phrase(const evg_extraction *x, const char *text,
                          const range *sentence, size_t t_index, size_t from,
                          bool durations, size_t *end) {
  size_t e = from;
  size_t reach =
      from < sentence->end && sentence->end - from > COUNT_PHRASE_REACH
          ? from + COUNT_PHRASE_REACH
          : sentence->end;
  while (e < reach && text[e] != ',' && text[e] != ';' && text[e] != '.')
    e++;
  *end = e;
  /* the timexes are in the text's order: the phrase's come after t's */
  size_t count = evg_timexes_count(x->timexes);
  for (size_t k = t_index + 1; k < count; k++) {
    const evg_timex *d = evg_timexes_at(x->timexes, k);
    if (d->start >= e)
      break;
    if (d->start >= from && (durations || d->type != EVG_TIMEX_DURATION))
      return true;
  }
  return false;
}

/* "Two days after the fire, divers found oil", "Eleven days after
 * Gravelines Elizabeth rode ...", "a week before the vote": the duration
 * `t` counts from a happening told before, which a word of the phrase
 * after "after" or "before" names (its noun or its verb's stem, or the
 * name of its place: extract_stimulus_event), the first of its first
 * few words that names one; that event's date moved by the count.  NULL
 * when the phrase holds a date of its own ("two days after Christmas"),
 * names no earlier event, or that event's date is no single day, month
 * or year. */
static const evg_timex *named_count_date(evg_extraction *x, const char *text,
                                         const range *sentence, size_t t_index,
                                         const evg_timex *story) {
  const evg_timex *t = evg_timexes_get(x->timexes, t_index);
  size_t at = t->end;
  bool later = extract_word_at(text, at + 1, sentence->end, "after");
  if (at >= sentence->end || text[at] != ' ' ||
      !(later || extract_word_at(text, at + 1, sentence->end, "before")))
    return NULL;
  size_t from = at + (later ? 7 : 8), end;
  if (extract_count_phrase(x, text, sentence, t_index, from, false, &end))
    return NULL;
  /* words that name no happening; a pronoun neither ("Two days after
   * that they set out": "they" would find any clause told of them) */
  static const char *const skip[] = {
      "the",  "a",   "an",   "its",  "their", "his", "her",  "that",
      "this", "on",  "in",   "at",   "of",    "by",  "from", "with",
      "for",  "to",  "over", "near", "off",   "and", "s",    "they",
      "he",   "she", "it",   "we",   NULL};
  size_t e = x->event_count, tried = 0;
  for (size_t i = from; i < end && tried < NAMED_COUNT_WORDS;) {
    while (i < end && !word_byte((unsigned char)text[i]))
      i++;
    size_t w = i;
    while (i < end && word_byte((unsigned char)text[i]))
      i++;
    if (i == w || extract_word_in(text + w, i - w, skip) || i - w >= 32)
      continue;
    /* a name before a noun ("the Soviet deployment") says which one the
     * noun is: the noun names the happening */
    bool name = ascii_upper((unsigned char)text[w]);
    if (name && i + 1 < end && text[i] == ' ' &&
        ascii_alpha((unsigned char)text[i + 1]) &&
        !ascii_upper((unsigned char)text[i + 1])) {
      size_t n = extract_letters_end(text, i + 1, end);
      if (!extract_word_in(text + i + 1, n - i - 1, skip))
        continue;
    }
    char head[32];
    for (size_t k = 0; k < i - w; k++)
      head[k] = (char)ascii_lower((unsigned char)text[w + k]);
    head[i - w] = '\0';
    tried++;
    /* a name ("the Dunes", "Gravelines") is the nearest event's that
     * holds it, "the" before it or not */
    size_t named = extract_stimulus_event(x, text, e, head,
                                          name ? REFERS_LAST : REFERS_STORY);
    if (named == e)
      continue;
    evg_date told;
    const char *error;
    size_t error_at;
    const char *value = x->events[named].date;
    if (!value ||
        !evg_date_parse(value, strlen(value), &told, &error, &error_at))
      return NULL;
    evg_date counted;
    if (!extract_counted_date(extract_redated(x, story, told), t->value, later,
                              &counted))
      return NULL;
    evg_timex *then = extract_redated(x, story, counted);
    then->start = t->start; /* the count is what dates it */
    then->end = t->end;
    return then;
  }
  return NULL;
}

/* "Magellan retook the ships within a day" (the story at April 1): from
 * the story's date to the end of the duration after it, at the coarser of
 * the date's precision and the unit's (the gold's convention: "rejected
 * within a week" of an October approach is October to November); "over"
 * a duration, the stretch it lasted; "after" one, the date that long on.
 * The sentence's (or part's) duration is among the timexes from `first`;
 * `date` itself when it has none. */
const evg_timex *extract_within_reach(evg_extraction *x, const char *text,
                                      const range *sentence, size_t first,
                                      const evg_timex *date,
                                      bool *named_count) {
  if (!date || !date->has_date || date->date.interval)
    return date;
  size_t count = evg_timexes_count(x->timexes);
  for (size_t k = first; k < count; k++) {
    const evg_timex *t = evg_timexes_at(x->timexes, k);
    if (t->start >= sentence->end)
      break;
    if (t->start < sentence->start)
      continue;
    int32_t days;
    evg_precision unit;
    if (t->type != EVG_TIMEX_DURATION ||
        !duration_reach(t->value, &days, &unit))
      continue;
    const evg_timex *named = named_count_date(x, text, sentence, k, date);
    if (named && named_count)
      *named_count = true;
    if (named)
      return named;
    /* "Over five days they found ...": the happening took that long from
     * the story's date ("over the following two days": from the day
     * after); not "over the past two days" */
    bool over = t->start >= sentence->start + 5 &&
                equals_ci(text + t->start - 5, 5, "over ");
    /* "were cancelled over the two days" ("the" left out of the
     * duration by the tagger; "over the past two days" keeps it, and is
     * no reach): days told, the last of them the latest day the text
     * told, not the day the story went back to */
    if (t->start >= sentence->start + 9 &&
        equals_ci(text + t->start - 9, 9, "over the ") && t->value[1] != 'X' &&
        unit == EVG_PREC_DAY && days > 1 && days <= 31 &&
        date->date.from.precision == EVG_PREC_DAY) {
      const evg_timex *latest =
          extract_latest_day_told(x, text, sentence->start, sentence->start);
      if (latest && latest->date.end >= date->date.start) {
        evg_date told = {0};
        told.from = point_at(latest->date.end - days + 1, EVG_PREC_DAY);
        told.to = point_at(latest->date.end, EVG_PREC_DAY);
        told.interval = true;
        return extract_redated(x, date, told);
      }
    }
    bool following = t->end - t->start > 14 &&
                     (equals_ci(text + t->start, 14, "the following ") ||
                      equals_ci(text + t->start, 9, "the next "));
    if (over && days > 0 &&
        (following || !equals_ci(text + t->start, 4, "the ")))
      return over_reach(x, date, days, unit, following);
    /* "the strike collapsed after a week" (the story in June): that long
     * after the date, at the coarser precision (June to July; a day
     * after a day) */
    if (days > 0 && t->start >= sentence->start + 6 &&
        equals_ci(text + t->start - 6, 6, "after ")) {
      evg_precision precision =
          date->date.from.precision > unit ? date->date.from.precision : unit;
      if (precision != EVG_PREC_DAY && precision != EVG_PREC_MONTH)
        return date;
      evg_date reach = {0};
      reach.from = point_at(date->date.start + days, precision);
      reach.to = point_at(date->date.end + days, precision);
      reach.interval = memcmp(&reach.from, &reach.to, sizeof reach.from) != 0;
      return extract_redated(x, date, reach);
    }
    if (t->start < sentence->start + 7 ||
        !equals_ci(text + t->start - 7, 7, "within "))
      continue;
    const evg_timex *referent =
        extract_within_referent(x, text, sentence, k, date);
    date = referent ? referent : date; /* "within days of the fire" */
    if (strcmp(t->value, "PXD") == 0)
      days = 7; /* "within days" of a day: up to a week (gold45's convention) */
    evg_precision precision =
        date->date.from.precision > unit ? date->date.from.precision : unit;
    /* "within a week" of a day: the days it reaches, while they are
     * fewer than a month's ("within four weeks", "within weeks": months) */
    if (date->date.from.precision == EVG_PREC_DAY && days < 28 &&
        t->value[1] != 'X')
      precision = EVG_PREC_DAY;
    if (precision > EVG_PREC_YEAR)
      return date;
    if (precision != EVG_PREC_DAY && precision != EVG_PREC_MONTH)
      precision = EVG_PREC_YEAR; /* weeks, quarters, halves: their year */
    evg_date reach = {0};
    reach.from = point_at(date->date.start, precision);
    reach.to = point_at(date->date.end + days, precision);
    reach.interval = memcmp(&reach.from, &reach.to, sizeof reach.from) != 0;
    return extract_redated(x, date, reach);
  }
  return date;
}

/* `date` moved by the count `value` ("P4D", "P1W", "P2M", "P3Y"),
 * back or (when `later`) forward, at the coarser of the date's precision
 * and the unit's; false for an unwritten count ("days after") or a date
 * that is no single day, month or year. */
bool extract_counted_date(const evg_timex *date, const char *value, bool later,
                          evg_date *out) {
  if (!date || !date->has_date || date->date.interval ||
      date->date.approximate || !value || value[0] != 'P' ||
      !isdigit((unsigned char)value[1]))
    return false;
  char *unit;
  long count = strtol(value + 1, &unit, 10);
  evg_precision precision = date->date.from.precision;
  if (count <= 0 || count > 1000 || unit[0] == '\0' || unit[1] != '\0' ||
      precision > EVG_PREC_YEAR ||
      (precision == EVG_PREC_MONTH && date->date.from.month > 12))
    return false;
  int32_t sign = later ? 1 : -1;
  evg_date_point p = date->date.from;
  switch (unit[0]) {
  case 'D':
  case 'W':
    if (precision == EVG_PREC_YEAR)
      return false; /* "in 1914, four days after": which day is unknown */
    p = point_at(date->date.start +
                     sign * (int32_t)(unit[0] == 'W' ? 7 * count : count),
                 precision);
    break;
  case 'M': {
    if (precision == EVG_PREC_YEAR)
      return false;
    int32_t months = p.year * 12 + (p.month - 1) + sign * (int32_t)count;
    p = (evg_date_point){.precision = EVG_PREC_MONTH,
                         .year =
                             months >= 0 ? months / 12 : -((11 - months) / 12),
                         .month = 0};
    p.month = (int8_t)(months - p.year * 12 + 1);
    break;
  }
  case 'Y':
    p = (evg_date_point){.precision = EVG_PREC_YEAR,
                         .year = p.year + sign * (int32_t)count};
    break;
  default:
    return false;
  }
  *out = (evg_date){0};
  out->from = out->to = p;
  return true;
}

/* The date of an undated happening told at `story`: its reach when the
 * sentence says "within" a duration, counted from the story's own date
 * ("within a week" of November 1951 is November to December), else the
 * story's date as story_date gives it (in news, the text's day). */
const evg_timex *extract_undated_date(evg_extraction *x, const char *text,
                                      const range *sentence, size_t first,
                                      const evg_timex *story, bool news,
                                      bool *named_count) {
  const evg_timex *reach =
      extract_within_reach(x, text, sentence, first, story, named_count);
  if (reach != story || news)
    return reach;
  /* "The crisis ended with a compromise: Peter would share the throne":
   * what was to come is told at the month the story stands at (gold46;
   * dates62 took off the guard that gave it the year) */
  return story_date(x, text, story);
}
