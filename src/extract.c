/* extract.c: from prose to proposed events.  Sentences and clauses that
 * carry a date become events; capitalised name spans, helped by the
 * gazetteer, become actors; cue words ("prompted", "in response to")
 * become relations.
 *
 * The stages, a file each (extract_internal.h holds what they share):
 *   extract_sentences.c  sentence boundaries
 *   extract_actors.c     the names of each sentence (mentions), by chunks
 *   extract_actor_table.c which actor a name mentions: ids, kinds, short forms
 *   extract_roles.c      what the words around a name say: participant
 *                        or not (extract_place_roles.c: a place, a
 *                        modifier), its kind (extract_kind_context.c)
 *   extract_clauses.c    a sentence's dated clauses, a dateline left out
 *   extract_happenings.c clauses split at a subject and past verb of their own
 *   extract_event.c      the event of a dated part: its date, label, quote
 *   extract_headlines.c  an event's label, its main clause
 *   extract_relations.c  a dated clause's events, causes, responses, part-of
 *   extract_relations_checked.c the relations against the dates and the
 *                        order (no contradiction, no cycle), then grouped
 *                        by event
 *   extract_attach.c     each event's actors from the mentions of its part
 *   extraction.c         the extraction's accessors and its release
 *   extract.c (this file) the extraction, evg_extract (the
 *                        temporal expressions come from timex.c): the
 *                        mentions and the events found side by side (two
 *                        threads on long texts), the dates of undated
 *                        sentences from the story's time, then the actors
 *                        attached (extract_attach.c) */
#include "extract_internal.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* A copy of `timex` in the arena that says `date` instead: its TIMEX3
 * value and modifier no longer describe it, so they are dropped. */
static evg_timex *redated(evg_extraction *x, const evg_timex *timex,
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
static const evg_timex *range_date(evg_extraction *x, const char *text,
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
  evg_timex *spanned = redated(x, date, through);
  spanned->end = until->end;
  return spanned;
}

/* Whether a blank line (a paragraph's end) lies in text[from, to). */
static bool paragraph_break_between(const char *text, size_t from, size_t to) {
  const char *first = memchr(text + from, '\n', to - from);
  return first && memchr(first + 1, '\n', to - (size_t)(first + 1 - text));
}

/* Whether the word before the timex is "since": the start of a state
 * ("had led it since May 2019"), not a time the story stands at. */
static bool after_since(const char *text, const evg_timex *t) {
  size_t e = t->start;
  while (e > 0 && text[e - 1] == ' ')
    e--;
  return e >= 5 && equals_ci(text + e - 5, 5, "since") &&
         (e == 5 || !ascii_alpha((unsigned char)text[e - 6]));
}

/* Whether the timex `t` opens its sentence, after at most one short
 * capitalised word ("In August, the expedition met ...", "That October
 * the institute awarded ...", "In the summer of 1922, ..."): a time that
 * sets the scene for what follows, not one that dates only its own clause
 * ("died in February 1725", "When he came back in early September") nor
 * a bound ("By the summer", "Since May"). */
static bool opens_sentence(const char *text, const evg_timex *t) {
  size_t k = t->start;
  while (k > 0 && text[k - 1] == ' ')
    k--;
  size_t word = k;
  while (word > 0 && ascii_alpha((unsigned char)text[word - 1]))
    word--;
  static const char *const bounds[] = {"By",     "Until", "Till", "Since",
                                       "Before", "After", "From", NULL};
  if (word < k && k - word <= 6 && ascii_upper((unsigned char)text[word])) {
    /* "By the summer the Russians had withdrawn": a deadline, no scene */
    if (extract_word_in(text + word, k - word, bounds))
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
  size_t k = t->start;
  while (k > 0 && text[k - 1] == ' ')
    k--;
  size_t word = k;
  while (word > 0 && ascii_alpha((unsigned char)text[word - 1]))
    word--;
  static const char *const bounds[] = {"by",     "until", "till", "since",
                                       "before", "after", "from", NULL};
  if (word < k && k - word <= 6 &&
      extract_word_in(text + word, k - word, bounds))
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
  return redated(x, story, year);
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
static const evg_timex *between_days(evg_extraction *x, const char *text,
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
    return redated(x, story, months);
  if (!story->has_date || !next->has_date || story->date.interval ||
      next->date.interval ||
      (story->date.from.precision != EVG_PREC_DAY && !month) ||
      next->date.from.precision != EVG_PREC_DAY ||
      next->date.start <= story->date.end)
    return told;
  evg_date span = story->date;
  span.interval = true;
  span.to = next->date.from;
  return redated(x, story, span);
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
  return redated(x, date, reach);
}

static bool counted_date(const evg_timex *date, const char *value, bool later,
                         evg_date *out);

/* How many words of the phrase after "two days after" may name the
 * happening it counts from ("the meeting at the hotel": "meeting", then
 * "hotel") */
#define NAMED_COUNT_WORDS 3
/* How far the phrase after "two days after" is read for a date of its
 * own, in bytes */
#define NAMED_COUNT_REACH 400

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
  /* the phrase runs to its clause's end, read over NAMED_COUNT_REACH
   * bytes at most: a sentence of many counts and no comma ("acted eight
   * months after the charity filed ... and acted eight months after")
   * was read to its end for each count (review46: 1 MB 4.5 s, 4 MB 78 s) */
  size_t from = at + (later ? 7 : 8), end = from;
  size_t reach =
      from < sentence->end && sentence->end - from > NAMED_COUNT_REACH
          ? from + NAMED_COUNT_REACH
          : sentence->end;
  while (end < reach && text[end] != ',' && text[end] != ';' &&
         text[end] != '.')
    end++;
  /* the timexes are in the text's order: the phrase's come after t's */
  size_t count = evg_timexes_count(x->timexes);
  for (size_t k = t_index + 1; k < count; k++) {
    const evg_timex *d = evg_timexes_at(x->timexes, k);
    if (d->start >= end)
      break;
    if (d->start >= from && d->type != EVG_TIMEX_DURATION)
      return NULL;
  }
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
    if (!counted_date(redated(x, story, told), t->value, later, &counted))
      return NULL;
    evg_timex *then = redated(x, story, counted);
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
static const evg_timex *within_reach(evg_extraction *x, const char *text,
                                     const range *sentence, size_t first,
                                     const evg_timex *date, bool *named_count) {
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
        return redated(x, date, told);
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
      return redated(x, date, reach);
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
    return redated(x, date, reach);
  }
  return date;
}

/* `date` moved by the count `value` ("P4D", "P1W", "P2M", "P3Y"),
 * back or (when `later`) forward, at the coarser of the date's precision
 * and the unit's; false for an unwritten count ("days after") or a date
 * that is no single day, month or year. */
static bool counted_date(const evg_timex *date, const char *value, bool later,
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
static const evg_timex *undated_date(evg_extraction *x, const char *text,
                                     const range *sentence, size_t first,
                                     const evg_timex *story, bool news,
                                     bool *named_count) {
  const evg_timex *reach =
      within_reach(x, text, sentence, first, story, named_count);
  if (reach != story || news)
    return reach;
  /* "The crisis ended with a compromise: Peter would share the throne":
   * what was to come is told at the month the story stands at (gold46;
   * dates62 took off the guard that gave it the year) */
  return story_date(x, text, story);
}

/* Whether `story` is a day before the paper's `anchor_day`: in news, the
 * day the story was just told at, which a happening told next goes on in. */
static bool day_before_paper(const evg_timex *story,
                             const evg_timex *anchor_day) {
  return story->has_date && anchor_day &&
         story->date.from.precision == EVG_PREC_DAY &&
         story->date.end < anchor_day->date.start;
}

/* Whether text[from, to) is a comma and a relative word (", where", ",
 * which", ", who") that opens a clause telling of a place or a thing the
 * clause before named. */
static bool relative_between(const char *text, size_t from, size_t to) {
  while (from < to && text[from] == ' ')
    from++;
  if (from >= to || text[from] != ',')
    return false;
  from++;
  while (from < to && text[from] == ' ')
    from++;
  size_t end = to;
  while (end > from && text[end - 1] == ' ')
    end--;
  return (end - from == 5 && (equals_ci(text + from, 5, "where") ||
                              equals_ci(text + from, 5, "which"))) ||
         (end - from == 3 && equals_ci(text + from, 3, "who"));
}

/* Whether text[from, to) joins two main clauses: ", and", ", but" or
 * "; " ("The board asked Lord Mersey to lead it, and the hearings opened
 * ... on May 2"). */
static bool coordinated_between(const char *text, size_t from, size_t to) {
  while (from < to && text[from] == ' ')
    from++;
  while (to > from && text[to - 1] == ' ')
    to--;
  if (from >= to)
    return false;
  if (text[from] == ';')
    return to == from + 1;
  if (text[from] != ',')
    return false;
  from++;
  while (from < to && text[from] == ' ')
    from++;
  return equals_ci(text + from, to - from, "and") ||
         equals_ci(text + from, to - from, "but");
}

/* Whether clause k's date heads a later clause of its sentence ("..., and
 * on December 11 he fled": at most a short preposition before it), rather
 * than lying inside one ("the strike began after talks collapsed on March
 * 8": the strike followed that date, it was not told at the story's time
 * before it).  In a `history`, a date anywhere in the main clause joined
 * next counts too ("The company hired Roebling, and he presented his
 * design that autumn"): what was told before it came first. */
static bool date_heads_later_clause(const char *text,
                                    const dated_clause *clauses,
                                    size_t clause_count, size_t k,
                                    bool history) {
  const evg_timex *date = clauses[k].date;
  if (clauses[k].span.end > date->start)
    return false;
  /* "hurried down to X and sent a message, and it reached London on June
   * 1": the parts before the date's clause, each without a date of its
   * own, came before it together */
  bool chained = true;
  for (size_t j = k + 1; j < clause_count; j++) {
    if (date->start >= clauses[j].span.start &&
        date->start < clauses[j].span.end)
      return date->start <= clauses[j].span.start + 4 ||
             (chained &&
              (relative_between(text, clauses[j - 1].span.end,
                                clauses[j].span.start) ||
               (history && coordinated_between(text, clauses[j - 1].span.end,
                                               clauses[j].span.start))));
    chained = chained && clauses[j].date == date;
  }
  return false;
}

/* The events of `clause`: two when it counts a happening of its own from
 * its date ("sued in March 2022, two months after residents first
 * complained": the complaint is dated January 2022). */
static void add_clause_events(evg_extraction *x, const char *text,
                              const range *sentence, const range *clause,
                              text_pos cursor, const evg_timex *date,
                              size_t first_timex) {
  bool later;
  size_t rest;
  evg_date counted;
  const evg_timex *count = extract_counted_clause(text, clause, x->timexes,
                                                  first_timex, &later, &rest);
  if (!count || !counted_date(date, count->value, later, &counted)) {
    extract_clause_events(x, text, sentence, clause, cursor, date);
    return;
  }
  range own = {clause->start, count->start};
  while (own.end > own.start &&
         (text[own.end - 1] == ' ' || text[own.end - 1] == ','))
    own.end--;
  extract_clause_events(x, text, sentence, &own, cursor, date);
  evg_timex *then = redated(x, date, counted);
  then->start = count->start; /* the count is what dates it */
  then->end = count->end;
  range counted_span = {rest, clause->end};
  extract_clause_events(x, text, sentence, &counted_span, cursor, then);
}

/* Where the last coordinated part of `clause` opens, after ", and", ",
 * but" or "; " at or past `from` (*joint where the joint starts); 0 when
 * there is none. */
static size_t last_joint(const char *text, const range *clause, size_t from,
                         size_t *joint) {
  static const char *const joints[] = {", and ", ", but ", "; ", NULL};
  size_t opens = 0;
  for (size_t i = from; i + 2 < clause->end; i++) {
    if (text[i] != ',' && text[i] != ';')
      continue;
    for (int j = 0; joints[j]; j++) {
      size_t n = strlen(joints[j]);
      if (i + n <= clause->end && memcmp(text + i, joints[j], n) == 0) {
        opens = i + n;
        *joint = i;
        break;
      }
    }
  }
  return opens;
}

/* The span a part of a sentence that names no date or time of its own
 * reaches from `date` by a duration ("rejected within a week" of an
 * October approach), or `date` itself; a duration inside a complement
 * ("and ordered Kestrel to hand over its logs within ten days") is a
 * deadline of what was wanted, no reach of the part's happening. */
static const evg_timex *dateless_reach(evg_extraction *x, const char *text,
                                       const range *part_span, size_t first,
                                       const evg_timex *date) {
  size_t count = evg_timexes_count(x->timexes);
  bool duration_seen = false;
  for (size_t k = first; k < count; k++) {
    const evg_timex *t = evg_timexes_at(x->timexes, k);
    if (t->start >= part_span->end)
      break;
    if (t->start < part_span->start)
      continue;
    if (t->type != EVG_TIMEX_DURATION)
      return date;
    if (!duration_seen &&
        extract_complement_in(text, part_span->start, t->start))
      return date;
    duration_seen = true;
  }
  return within_reach(x, text, part_span, first, date, NULL);
}

/* Drops the "precedes" that an earlier event of the sentence got towards
 * the events from `first` on, split off here and dated by a reach counted
 * from its date: that order is ours, not one the text states (the gold
 * sets it for some such pairs and not for others; a clause the clause
 * stage split keeps its order), unless the part opens with its word of
 * order (", and within days the army took him back"): then the text
 * states it. */
static void drop_counted_order(evg_extraction *x, const range *sentence,
                               size_t first) {
  for (size_t e = first; e-- > 0;) {
    if (x->actor_scopes[e].sentence_start != sentence->start)
      break;
    if (x->events[e].relation == EVG_REL_PRECEDES &&
        x->events[e].target >= first)
      x->events[e].relation = -1;
  }
  /* the further relations of those events, found last */
  for (size_t k = x->extra_count; k-- > 0;) {
    extra_relation *extra = &x->extras[k];
    if (x->actor_scopes[extra->from].sentence_start != sentence->start)
      break;
    if (extra->relation == EVG_REL_PRECEDES && extra->target >= first)
      extra->relation = -1;
  }
}

/* The events of the dated clause `clause`: those of add_clause_events,
 * except that a part after its date that tells a happening only by a
 * reach from that date ("approached Kessler in October, but its offer was
 * rejected within a week"; a clause split off after the date, "in March
 * 1929, and he resigned within weeks") is a happening over the reach. */
static void add_dated_clause_events(evg_extraction *x, const char *text,
                                    const range *sentence, const range *clause,
                                    text_pos cursor, const evg_timex *date,
                                    size_t first_timex) {
  if (date->end <= clause->start) {
    add_clause_events(x, text, sentence, clause, cursor,
                      dateless_reach(x, text, clause, first_timex, date),
                      first_timex);
    return;
  }
  size_t joint = 0;
  size_t rest = date->start >= clause->start && date->end <= clause->end
                    ? last_joint(text, clause, date->end, &joint)
                    : 0;
  range later = {rest, clause->end};
  const evg_timex *reach =
      rest ? dateless_reach(x, text, &later, first_timex, date) : date;
  if (reach == date) {
    add_clause_events(x, text, sentence, clause, cursor, date, first_timex);
    return;
  }
  range own = {clause->start, joint};
  add_clause_events(x, text, sentence, &own, cursor, date, first_timex);
  size_t later_first = x->event_count;
  add_clause_events(x, text, sentence, &later, cursor, reach, first_timex);
  if (!extract_opens_with_order_word(text, later.start, later.end))
    drop_counted_order(x, sentence, later_first);
}

/* Whether the part opens with its own past verb, its subject the part
 * before's ("and failed to agree"). */
static bool shares_subject(const char *text, const range *span) {
  size_t e = extract_letters_end(text, span->start, span->end);
  return e > span->start &&
         extract_past_happening_at(text, span->start, e, span->end);
}

/* Whether a story's date follows "since", for the story `of`. */
typedef struct {
  const evg_timex *of;
  bool since;
} since_memo;

/* Where the story stands as find_events reads on: what an undated
 * sentence is dated by, and what a clause's date is counted from. */
typedef struct {
  /* the date of the last dated clause, and the text's own day when it is
   * news (its date given, or written in a dateline) */
  const evg_timex *story, *anchor_day;
  /* the first date the story was told at: across a paragraph, the story
   * goes on at the day just told only when it is the lead's day */
  const evg_timex *lead;
  /* the sentence that told the story's date, and whether a paragraph has
   * ended since */
  size_t story_sentence;
  bool paragraph_since_story;
  /* the first sentence of a paragraph whose paragraph before ended at
   * the story's time (in news, a day before the paper's goes on there) */
  size_t opening_sentence;
  bool ended_at_story;
  /* the story's day holds in this paragraph only by that carry: its
   * undated events' days are marked uncertain (mark_carried) */
  bool carried;
  /* one past the opening sentence of a paragraph that went back to the
   * lead's day after a backstory (extract_lead_day_after_backstory); 0
   * when none */
  size_t backstory_opening;
  bool news; /* the text's date given or found in a dateline */
  /* a history's undated events since the story's day, dated between it
   * and the paragraph's next date once that is read */
  between_pending between;
  /* after_since of the story, read once per story, not at each sentence
   * (spaces before its date are read back one by one); shared by the
   * copies of st */
  since_memo *since;
} story_time;

/* after_since(text, story), kept for the last story asked about. */
static bool story_after_since(const char *text, const evg_timex *story,
                              since_memo *memo) {
  if (memo->of != story) {
    memo->of = story;
    memo->since = after_since(text, story);
  }
  return memo->since;
}

/* The dated timexes of `sentence`, from timex_index on, into *dates
 * (grown as needed, reused across sentences so linear overall); their
 * count. */
static size_t sentence_dates(const evg_extraction *x, const range *sentence,
                             size_t timex_index, size_t timex_count,
                             const evg_timex ***dates, size_t *date_cap) {
  size_t date_count = 0;
  for (size_t t = timex_index; t < timex_count; t++) {
    const evg_timex *timex = evg_timexes_at(x->timexes, t);
    if (timex->start >= sentence->end)
      break;
    if ((timex->type == EVG_TIMEX_DATE || timex->type == EVG_TIMEX_TIME) &&
        (timex->has_date || timex->relative)) {
      if (date_count == *date_cap) {
        *date_cap = *date_cap ? 2 * *date_cap : 16;
        *dates = evg_xrealloc(*dates, *date_cap * sizeof **dates);
      }
      (*dates)[date_count++] = timex;
    }
  }
  return date_count;
}

/* The time an undated happening of sentence si is told at, the story
 * standing at st->story: in news, a past happening told right after an
 * earlier day of the story ("He found the collar on June 16. He rang the
 * police within the hour") happened on that day, not on the paper's; a
 * month or a year ("who had led it since 2019") says no day it went on
 * from.  With `carry`, the lead's day the story was left at holds a later
 * paragraph too (extract_lead_day_holds; marked uncertain, as the carry
 * is, by told_by_carry). */
static const evg_timex *story_told_by(const char *text, size_t si,
                                      const story_time *st, bool carry) {
  const evg_timex *story = st->story;
  bool just_told =
      !st->paragraph_since_story ||
      (carry && st->ended_at_story && st->opening_sentence == si) ||
      (st->story_sentence + 1 == si && st->lead && story->has_date &&
       st->lead->has_date && story->date.start == st->lead->date.start &&
       story->date.end == st->lead->date.end) ||
      (carry && extract_lead_day_holds(text, story, st->lead));
  const evg_timex *anchor_day = st->anchor_day;
  /* "Airlines cancelled all flights on Tuesday and Wednesday. // A man
   * was killed in Uruma": the lead's day inside the days told holds; so
   * it does after a backstory, in a paragraph that opens undated
   * ("The trial opened in 2041. // Passing sentence, the judge ordered
   * ..."), not after a dated sentence of its own ("had owned the bog
   * since May 2019. The board thanked the farmer") */
  if (carry && st->news && st->paragraph_since_story &&
      (extract_lead_day_within(story, st->lead) ||
       (extract_lead_day_after_backstory(story, st->lead, anchor_day) &&
        (st->opening_sentence == si ||
         st->backstory_opening == st->opening_sentence + 1))))
    return st->lead;
  return st->news && !((just_told && day_before_paper(story, anchor_day)) ||
                       (story->has_date && anchor_day &&
                        story->date.end < anchor_day->date.start &&
                        !st->paragraph_since_story &&
                        story->date.from.precision == EVG_PREC_MONTH &&
                        !story_after_since(text, story, st->since)))
             ? anchor_day
             : story;
}

static const evg_timex *story_told(const char *text, size_t si,
                                   const story_time *st) {
  return story_told_by(text, si, st, true);
}

/* Whether the paragraph carry alone (the story's day going on into the
 * paragraph after one that ended at it) gives sentence si the story's
 * time `told` (story_told's answer): without it the sentence had its
 * paper's day. */
static bool told_by_carry(const char *text, size_t si, const story_time *st,
                          const evg_timex *told) {
  return st->carried || told != story_told_by(text, si, st, false);
}

/* Marks the dates of events [first, x->event_count) uncertain
 * ("2024-03-05?"): a time the paragraph carry gave (told_by_carry), which
 * the text does not write for them.  The merger pairs such an event by
 * its paper's day, as it did before the carry
 * (merge_carried_to_papers_day). */
static void mark_carried(evg_extraction *x, size_t first) {
  for (size_t i = first; i < x->event_count; i++) {
    const char *text = x->events[i].date;
    evg_date d;
    const char *error;
    size_t at;
    char out[128];
    if (!evg_date_parse(text, strlen(text), &d, &error, &at) ||
        !evg_date_qualify(&d, false, true))
      continue;
    evg_date_format_iso(&d, out, sizeof out);
    x->events[i].date = evg_arena_strndup(&x->arena, out, strlen(out));
  }
}

/* Whether a and b are one and the same day ("on Tuesday afternoon ...
 * that evening"): a relative clause closing a sentence at the story's
 * own day does not take the clause around it off that day. */
static bool same_day(const evg_timex *a, const evg_timex *b) {
  return a->has_date && b->has_date && !a->date.interval && !b->date.interval &&
         a->date.start == a->date.end && a->date.start == b->date.start &&
         b->date.start == b->date.end;
}

/* Whether the story's lead was told at a day, not after the text's own:
 * the day the news happened. */
static bool lead_day(const story_time *st) {
  const evg_timex *lead = st->lead;
  return lead && lead->has_date && !lead->date.interval &&
         lead->date.from.precision == EVG_PREC_DAY && st->anchor_day &&
         lead->date.end <= st->anchor_day->date.end;
}

/* The events of sentence si, which has no date of its own: an undated
 * happening told after the story has begun happened at the story's
 * time, the text's own day in news, the date the story has reached in a
 * history. */
static void undated_sentence_events(evg_extraction *x, const char *text,
                                    const range *sentence, size_t si,
                                    text_pos cursor, size_t timex_index,
                                    story_time *st) {
  const evg_timex *story = st->story;
  if (!story || x->event_count == 0 ||
      !extract_states_past_happening(text, sentence))
    return;
  range happenings[EXTRACT_MAX_CLAUSES];
  size_t happening_count =
      extract_happening_clauses(text, sentence, happenings);
  const evg_timex *told = story_told(text, si, st);
  bool carried = st->news && (told == story || told == st->lead) &&
                 told_by_carry(text, si, st, told);
  bool named_count = false;
  const evg_timex *undated = undated_date(x, text, sentence, timex_index, told,
                                          st->news, &named_count);
  /* "Eleven days after Gravelines Elizabeth rode ...": the story goes on
   * from the day counted to ("By then Medina Sidonia had chosen ...") */
  if (named_count) {
    st->story = undated;
    st->story_sentence = si;
    st->paragraph_since_story = false;
    st->carried = false;
  }
  /* the lead's day a paragraph opening after a backstory went back to
   * holds through its undated sentences */
  if (st->news && told == st->lead && told != story &&
      st->opening_sentence == si)
    st->backstory_opening = si + 1;
  /* the story's day, carried into this paragraph, holds through it */
  if (st->news && told == story) {
    st->paragraph_since_story = false;
    st->carried = carried && !named_count;
  }
  size_t first = x->event_count;
  for (size_t k = 0; k < happening_count; k++) {
    /* "The agency acted eight months after the charity filed a petition":
     * the happening after the count came that long before the story's
     * time, as in a dated sentence (dated_sentence_events) */
    const evg_timex *date = undated;
    bool later;
    evg_date counted;
    const evg_timex *count = extract_count_between(
        text, k ? happenings[k - 1].end : sentence->start, happenings[k].start,
        x->timexes, timex_index, &later);
    if (count && counted_date(undated, count->value, later, &counted)) {
      evg_timex *then = redated(x, undated, counted);
      then->start = count->start;
      then->end = count->end;
      date = then;
    }
    /* "He had already burned the suburbs": done before the day told */
    if (!st->news && date == undated && date->has_date &&
        !date->date.interval && date->date.from.precision == EVG_PREC_DAY &&
        extract_done_before(text, &happenings[k])) {
      evg_date before = date->date;
      before.interval = before.open_start = true;
      before.to = before.from;
      date = redated(x, date, before);
    }
    add_clause_events(x, text, sentence, &happenings[k], cursor, date,
                      timex_index);
  }
  if (carried && !named_count)
    mark_carried(x, first);
  /* a history's sentence with no time of its own ("within an hour"
   * says one, and so does "at dusk"), in the paragraph of the day told;
   * the part-of-day words are read only for such a sentence */
  if (!st->news && undated == told && !st->paragraph_since_story &&
      !(timex_index < evg_timexes_count(x->timexes) &&
        evg_timexes_at(x->timexes, timex_index)->start < sentence->end) &&
      !extract_between_day_part_in(text, sentence))
    extract_between_note(&st->between, told, first, x->event_count);
  else
    st->between.open = false;
}

/* How many of the sentence's dates lie in `span`. */
static size_t dates_in(const evg_timex *const *dates, size_t date_count,
                       const range *span) {
  size_t n = 0;
  for (size_t k = 0; k < date_count; k++)
    if (dates[k]->start < span->end && dates[k]->end > span->start)
      n++;
  return n;
}

/* The events of sentence si's dated clauses: one event (or cause and
 * effect...) per clause, each dated by its own date, by the story's time
 * when a date heads a later clause, or by a count from the clause
 * before. */
static void dated_sentence_events(evg_extraction *x, const char *text,
                                  size_t len, const range *sentence, size_t si,
                                  text_pos cursor, size_t timex_index,
                                  const evg_timex **dates, size_t date_count,
                                  story_time *st) {
  const evg_timex *anchor_day = st->anchor_day;
  extract_between_close(x, &st->between, dates[0]);
  dated_clause clauses[EXTRACT_MAX_CLAUSES];
  bool capped;
  size_t clause_count = extract_dated_clauses(text, len, sentence, dates,
                                              date_count, clauses, &capped);
  if (capped && x->capped_sentences++ == 0)
    x->capped_line = cursor.line, x->capped_col = cursor.col;
  const evg_timex *date_before = NULL; /* the date of clause k - 1 */
  bool counted_before = false;         /* clause k - 1 was dated by a count */
  bool heads_later_before = false; /* clause k - 1 came before a later date */
  const story_time told_before = *st; /* where the story stood before it */
  /* a relative clause's date that a clause before left to it, and the
   * date that clause took instead */
  const evg_timex *relative_date = NULL, *instead = NULL;
  for (size_t k = 0; k < clause_count; k++) {
    const evg_timex *before = st->story;
    const evg_timex *story =
        range_date(x, text, len, dates, date_count, clauses[k].date);
    /* "She reached Hong Kong two days before Christmas": a count right
     * before the date names the day that far from it */
    bool count_later;
    const evg_timex *to_date =
        extract_count_to_date(text, sentence->start, x->timexes, timex_index,
                              clauses[k].date, &count_later);
    evg_date counted_to;
    if (to_date && story == clauses[k].date &&
        counted_date(story, to_date->value, count_later, &counted_to))
      story = redated(x, story, counted_to);
    st->story = story;
    if (!st->lead)
      st->lead = story;
    /* "He sailed up the Humber, and on September 20 defeated the
     * earls": a date heading a later clause is that clause's; the
     * clause before it happened at the story's time so far */
    const evg_timex *date = story;
    /* ... unless it says how long after the story's time it came
     * ("After sixteen days they landed ..., and on May 19 ...") */
    const evg_timex *reach = NULL;
    bool heads_later = false;
    if (before &&
        date_heads_later_clause(text, clauses, clause_count, k, !st->news)) {
      reach = dateless_reach(x, text, &clauses[k].span, timex_index, before);
      heads_later = reach == before;
      date = reach != before ? reach
             : heads_later_before && clauses[k - 1].date == clauses[k].date
                 ? date_before /* the part before's span, shared */
             : !st->news ? between_days(x, text, before, story)
             : day_before_paper(before, anchor_day) ? before
                                                    : anchor_day;
      if (reach == before)
        reach = NULL;
    }
    /* "On the afternoon of February 18, 1930, while examining plates
     * taken on January 23, Tombaugh saw": the opener's date is the
     * sentence's (extract_opening_date.c) */
    if (date == story && !reach && date_before &&
        extract_opening_date_alone(text, clauses, k))
      date = st->story = date_before;
    /* in news, "went through the books and handed their report to the
     * board on February 20": the first part spans to that day */
    evg_date span;
    if (st->news && !heads_later && !reach && date == story &&
        extract_news_span(text, clauses, clause_count, k, before, &span))
      date = redated(x, before, span);
    heads_later_before = heads_later;
    /* "..., three days after the port authority raised their pay": a
     * clause split off after a count happened that long before (after)
     * the clause before it */
    bool later;
    const evg_timex *count =
        k == 0 ? NULL
               : extract_count_between(text, clauses[k - 1].span.end,
                                       clauses[k].span.start, x->timexes,
                                       timex_index, &later);
    evg_date counted;
    if (count && counted_date(date_before, count->value, later, &counted)) {
      evg_timex *then = redated(x, date_before, counted);
      then->start = count->start; /* the count is what dates it */
      then->end = count->end;
      date = then;
      counted_before = true;
    } else if (!(counted_before && shares_subject(text, &clauses[k].span))) {
      counted_before = false;
    } else {
      date = date_before; /* "two days after X met Y and failed to agree" */
    }
    /* "the start was moved to July", "put back by a week, to August 27":
     * the new date is the thing's; the moving happened at the time of the
     * clause before it, or else where the story stood (in news, the
     * lead's day) (extract_rescheduled.c) */
    if (date == story && extract_rescheduled_date(text, sentence, story)) {
      const evg_timex *then = k > 0 && date_before           ? date_before
                              : st->news && told_before.lead ? told_before.lead
                              : st->news                     ? anchor_day
                                                             : before;
      if (then)
        date = then;
    }
    /* "..., which a woodcarver made in 1640, out through a side door, and
     * a volunteer drove it": the clauses after a relative clause's date
     * share the time of the clause around it */
    if (relative_date && clauses[k].date == relative_date && date == story &&
        date->end <= clauses[k].span.start)
      date = st->story = instead;
    /* in news, a date closing a relative clause inside the clause dates
     * that clause alone, background to the news; the clause around it is
     * told at the story's time, once the story has one.  A history's
     * clause around it may come at any time after it.  Not before a
     * relative clause's day later than the story's ("Storms hit on
     * Saturday. The mayor, who visited the site on Sunday, thanked the
     * crews": not on Saturday), unless that clause tells what was yet to
     * come ("which would be dissolved on March 20"). */
    range own, main;
    if (st->news && date == story && told_before.story && x->event_count > 0 &&
        extract_relative_holds_date(text, &clauses[k].span, date, dates,
                                    date_count, &own, &main) &&
        !(main.end < own.start && same_day(told_before.story, date))) {
      if (own.start < own.end)
        add_dated_clause_events(x, text, sentence, &own, cursor, date,
                                timex_index);
      bool by_lead = lead_day(&told_before);
      const evg_timex *told =
          by_lead ? told_before.lead : story_told(text, si, &told_before);
      bool carried = !by_lead && told == told_before.story &&
                     told_by_carry(text, si, &told_before, told);
      if (told->has_date && date->has_date &&
          told->date.end < date->date.start &&
          !extract_modal_in(text, own.start, date->start))
        told = date;
      date = undated_date(x, text, &main, timex_index, told, st->news, NULL);
      size_t first = x->event_count;
      add_clause_events(x, text, sentence,
                        own.start < own.end ? &main : &clauses[k].span, cursor,
                        date, timex_index);
      if (carried && date == told_before.story)
        mark_carried(x, first);
      relative_date = story;
      instead = st->story = date_before = date;
      st->story_sentence = si;
      st->paragraph_since_story = false;
      st->carried = false;
      continue;
    }
    /* in news, a subject with a dated relative clause before a present or
     * a present perfect ("The two climbers who spent three hours on a
     * ledge at the weekend have thanked the crew"): the date is the
     * relative clause's; the verb is told at the paper's time */
    if (st->news && date == story && anchor_day && !reach &&
        !(count && date == date_before) &&
        dates_in(dates, date_count, &clauses[k].span) == 1 &&
        extract_subject_relative_present(text, &clauses[k].span, date, &own,
                                         &main)) {
      add_dated_clause_events(x, text, sentence, &own, cursor, date,
                              timex_index);
      add_clause_events(x, text, sentence, &main, cursor, anchor_day,
                        timex_index);
      if (st->lead == story && k == 0 && !told_before.lead)
        st->lead = anchor_day;
      relative_date = story;
      instead = st->story = date_before = anchor_day;
      st->story_sentence = si;
      st->paragraph_since_story = false;
      st->carried = false;
      continue;
    }
    date_before = date;
    st->story_sentence = si;
    st->paragraph_since_story = false;
    st->carried = false;
    if (reach && date == reach)
      add_clause_events(x, text, sentence, &clauses[k].span, cursor, date,
                        timex_index);
    else
      add_dated_clause_events(x, text, sentence, &clauses[k].span, cursor, date,
                              timex_index);
    /* "..., saying they had not been paid since November": the start of
     * a state lasting to the time told is no time the story moves to; a
     * sentence that opens with it tells the story no time at all; nor is
     * a day told in the past perfect before the story's (a flashback),
     * nor the night before it a later clause tells ("after drivers voted
     * overnight") */
    if (before && (after_since(text, clauses[k].date) ||
                   (st->news && extract_state_stretch(text, sentence->start,
                                                      clauses[k].date)) ||
                   (!st->news && extract_flashback_day(text, &clauses[k].span,
                                                       story, before)) ||
                   (k > 0 && extract_overnight_alone(text, clauses[k].date)))) {
      st->story = before;
      if (k == 0) {
        st->story_sentence = told_before.story_sentence;
        st->paragraph_since_story = told_before.paragraph_since_story;
        st->carried = told_before.carried;
      }
    }
  }
}

/* The events of the sentences' dated clauses and their relations, into x
 * (without actors: see extract_add_event).  x is the events stage's own
 * extraction (see extract_run): its arena, events, timexes and anchor;
 * `news` when the caller gave the text's date. */
static void find_events(evg_extraction *x, const char *text, size_t len,
                        const range *sentences, size_t sentence_count,
                        bool news) {
  size_t timex_index = 0, timex_count = 0;
  text_pos cursor = {0, 1, 1};
  /* the dated timexes of one sentence; reused, so linear overall */
  const evg_timex **dates = NULL;
  size_t date_cap = 0;
  since_memo since = {0};
  story_time st = {.news = news, .since = &since};
  /* whether the story's day, as last read at a paragraph's end, is told
   * in the past perfect: a day carried through many paragraphs is read
   * once, not again at each (its sentence may be long) */
  const evg_timex *perfect_story = NULL;
  size_t perfect_from = 0;
  bool perfect = false;
  /* about an event a sentence, reserved at once: grown by doubling, each
   * copy wrote the events again into fresh pages, a seventh of the run's
   * page faults; at most an event per 64 bytes, so that a text of many
   * short sentences reserves no more than a small share of its size */
  if (!x->event_cap) {
    size_t reserve =
        (sentence_count < len / 64 ? sentence_count : len / 64) + 32;
    x->events = evg_xmalloc(reserve * sizeof *x->events);
    x->actor_scopes = evg_xmalloc(reserve * sizeof *x->actor_scopes);
    x->event_cap = reserve;
  }
  if (x->has_anchor) {
    evg_timex *day = evg_arena_alloc(&x->arena, sizeof *day);
    memset(day, 0, sizeof *day);
    day->type = EVG_TIMEX_DATE;
    day->has_date = true;
    day->date = x->anchor;
    st.anchor_day = day;
  }
  for (size_t si = 0; si < sentence_count; si++) {
    const range *sentence = &sentences[si];
    /* the text may still be being tagged (extract_run): every timex the
     * sentence reads starts before its end */
    evg_timexes_wait(x->timexes, sentence->end);
    timex_count = evg_timexes_count(x->timexes);
    cursor = extract_position_in(text, cursor, sentence->start);
    if (si > 0 &&
        paragraph_break_between(text, sentences[si - 1].end, sentence->start)) {
      /* not a day told in the past perfect ("who had reached the town
       * at 9:14 a.m. on Wednesday"): backstory the news has left */
      st.ended_at_story = !st.paragraph_since_story && st.story;
      if (st.ended_at_story) {
        size_t from = sentences[st.story_sentence].start;
        if (st.story != perfect_story || from != perfect_from) {
          perfect_story = st.story;
          perfect_from = from;
          perfect = extract_past_perfect_day(text, from, st.story);
        }
        /* unless the paragraph went on after it in the past, the story
         * told at that day ("The institute had issued its warning at 3
         * p.m. ... In Siedliszcze the roof of a school was torn off") */
        st.ended_at_story =
            !perfect || (st.story_sentence + 1 < si &&
                         extract_went_on_in_past(text, &sentences[si - 1]));
      }
      st.opening_sentence = si;
      st.paragraph_since_story = true;
      st.carried = false;
      st.between.open = false;
    }
    while (timex_index < timex_count &&
           evg_timexes_at(x->timexes, timex_index)->end <= sentence->start)
      timex_index++;
    size_t date_count = sentence_dates(x, sentence, timex_index, timex_count,
                                       &dates, &date_cap);
    date_count =
        extract_drop_content_deadlines(text, len, sentence, dates, date_count,
                                       x->has_anchor ? &x->anchor : NULL);
    /* once the story has a time, a sentence whose only dates start
     * states is told at that time (the undated path below) */
    if (st.story && x->event_count > 0)
      date_count = extract_drop_state_starts(text, sentence, dates, date_count);
    if (st.story && x->event_count > 0 && st.news) {
      date_count =
          extract_drop_noun_phrase_dates(text, sentence, dates, date_count);
      date_count = extract_drop_relative_ahead(
          text, sentence, dates, date_count, x->has_anchor ? &x->anchor : NULL);
    }
    date_count = extract_drop_planned_dates(text, sentence, dates, date_count,
                                            st.story && x->event_count > 0);
    if (!date_count) {
      undated_sentence_events(x, text, sentence, si, cursor, timex_index, &st);
      continue;
    }
    if (!st.story)
      st.news |= st.anchor_day &&
                 extract_opens_with_dateline(text, len, sentence, dates[0]);
    dated_sentence_events(x, text, len, sentence, si, cursor, timex_index,
                          dates, date_count, &st);
  }
  if (st.news)
    extract_lead_after_retold(x, text, sentences, sentence_count);
  free(dates);
}

/* The tagger and then the mentions stage, run on a thread of its own
 * beside find_events: the events stage reads the timexes as the tagger
 * adds them (evg_timexes_wait), and the two stages write apart (the
 * mentions stage the actors, name maps and x's arena; the events stage
 * the events and an arena of its own). */
typedef struct {
  evg_extraction *x;
  const char *text;
  size_t len;
  /* split by the first thread while this one tags: set under `lock`,
   * then `split` */
  const range *sentences;
  size_t sentence_count;
  bool split;
  pthread_mutex_t lock;
  pthread_cond_t split_done;
  mention *mentions;
  size_t mention_count;
  /* when threaded: the chunks of names the events stage's thread finds
   * once its events are found (extract_help_find_mentions) */
  extract_mention_share *share;
} mentions_job;

static void *tag_and_find_mentions(void *arg) {
  mentions_job *job = arg;
  evg_extraction *x = job->x;
  evg_tag_into(x->timexes, job->text, job->len,
               x->has_anchor ? &x->anchor : NULL);
  pthread_mutex_lock(&job->lock);
  while (!job->split)
    pthread_cond_wait(&job->split_done, &job->lock);
  pthread_mutex_unlock(&job->lock);
  job->mentions = extract_find_mentions(x, job->text, job->len, job->sentences,
                                        job->sentence_count, job->share,
                                        &job->mention_count);
  return NULL;
}

evg_extraction *extract_run(const char *text, size_t len,
                            const evg_date *anchor, bool events, bool threaded,
                            bool paths, evg_diags *diags) {
  evg_extraction *x = evg_xcalloc(1, sizeof *x);
  extract_load_gazetteer(x);
  if (anchor) {
    x->has_anchor = true;
    x->anchor = *anchor;
  } else if (evg_find_text_date(text, len, &x->anchor)) {
    x->has_anchor = true;
  } else {
    evg_diags_add(diags, EVG_SEV_WARNING, NULL, 0, 0, 0, NULL,
                  "the text has no date of its own: relative dates stay "
                  "unresolved (give one with --anchor YYYY-MM-DD)");
  }
  x->timexes = evg_timexes_new();
  if (!events) {
    evg_tag_into(x->timexes, text, len, x->has_anchor ? &x->anchor : NULL);
    return x;
  }
  mentions_job job = {.x = x, .text = text, .len = len};
  pthread_mutex_init(&job.lock, NULL);
  pthread_cond_init(&job.split_done, NULL);
  /* the events stage fills an extraction of its own, moved into x after;
   * the same stages run whether or not a thread could be started, so the
   * output is the same bytes.  It is given copies of what it may read
   * (the timexes, the anchor), never x: x's arena, actors and name maps
   * are the mentions stage's until the join (extract_internal.h).  The
   * tagger (a quarter of the work) runs on the thread before the mentions
   * stage, while the events stage follows it sentence by sentence: the
   * two threads then carry about the same work. */
  evg_extraction found = {
      .timexes = x->timexes, .has_anchor = x->has_anchor, .anchor = x->anchor};
  pthread_t thread;
  if (threaded)
    job.share = extract_mention_share_new();
  threaded = threaded &&
             pthread_create(&thread, NULL, tag_and_find_mentions, &job) == 0;
  if (!threaded) {
    extract_mention_share_free(job.share);
    job.share = NULL;
  }
  /* the sentences are split while the second thread tags; so are the
   * lower-case plurals read, which its actors may ask for: this thread
   * would otherwise wait for the first timexes, and the actors are given
   * on one thread while this one waits at the join */
  size_t sentence_count;
  range *sentences = extract_split_sentences(text, len, &sentence_count);
  if (threaded)
    extract_read_lower_plurals(x, text, len);
  pthread_mutex_lock(&job.lock);
  job.sentences = sentences;
  job.sentence_count = sentence_count;
  job.split = true;
  pthread_cond_signal(&job.split_done);
  pthread_mutex_unlock(&job.lock);
  if (!threaded)
    tag_and_find_mentions(&job);
  find_events(&found, text, len, sentences, sentence_count, anchor != NULL);
  extract_joined_relations(&found, text);
  extract_relations_free(&found);
  extract_scratch_free(&found);
  /* the mentions stage, the longer, is then helped with its names; the
   * relations are checked against the dates (events only) while it gives
   * its names actors in the text's order, alone */
  if (threaded)
    extract_help_find_mentions(job.share);
  extract_drop_unsound_relations(&found);
  if (threaded)
    pthread_join(thread, NULL);
  extract_mention_share_free(job.share);
  extract_group_more_relations(&found);
  x->events = found.events;
  x->more = found.more;
  x->actor_scopes = found.actor_scopes;
  x->event_count = found.event_count;
  x->event_cap = found.event_cap;
  /* issue 11: a cap never shrinks the output silently */
  if (found.capped_sentences)
    evg_diags_add(diags, EVG_SEV_WARNING, NULL, found.capped_line,
                  found.capped_col, 0, NULL,
                  "%zu sentence(s) hold more dated clauses than the %d a "
                  "sentence gives events for (the first at line %d, column "
                  "%d): the rest of each is one event",
                  found.capped_sentences, EXTRACT_MAX_CLAUSES,
                  found.capped_line, found.capped_col);
  evg_arena_absorb(&x->arena, &found.arena);
  extract_attach_actors(x, text, job.mentions, job.mention_count, paths);
  free(sentences);
  free(job.mentions);
  pthread_mutex_destroy(&job.lock);
  pthread_cond_destroy(&job.split_done);
  return x;
}

/* Below this, a thread costs more than it saves (news articles, one at a
 * time in --jsonl). */
#define EXTRACT_THREAD_MIN_BYTES (64 * 1024)

evg_extraction *evg_extract(const char *text, size_t len,
                            const evg_date *anchor, bool events,
                            evg_diags *diags) {
  return extract_run(text, len, anchor, events, len >= EXTRACT_THREAD_MIN_BYTES,
                     false, diags);
}
