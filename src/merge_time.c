/* merge_time.c: the time of day a quote writes, read from its words, for
 * `evgraph merge` to compare two events of one day by it (merge29): a
 * clock time ("at 6:40 a.m.", "shortly before seven in the morning", "a
 * quarter past four", "just before 12 o'clock", "midnight") or a part of
 * the day ("on Monday afternoon", "that evening", "overnight", "at dawn"),
 * each a span of minutes.  The tagger misses many of these ("twenty past
 * ten in the evening", "shortly after nine in the evening") and reads a
 * clock without "a.m." or "p.m." as the morning's ("three o'clock" is
 * 03:00), where the words leave it on a twelve-hour dial. */
#include "merge_internal.h"

#include <stdlib.h>
#include <string.h>

#define TIME_WORDS 160 /* a quote's first words read: a sentence's */
#define TIME_WORD_MAX 24

typedef struct {
  char w[TIME_WORDS][TIME_WORD_MAX];
  size_t n;
} time_words;

/* The quote's words, ASCII letters and digits lower-cased, "'" kept inside
 * a word ("o'clock") and ":" between digits ("6:40"); any other byte ends
 * a word ("a.m." is "a" "m"; "mid-afternoon" is "mid" "afternoon"). */
static void split_words(time_words *t, const char *s) {
  t->n = 0;
  size_t len = 0;
  for (;; s++) {
    char c = *s;
    bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                (c >= 'A' && c <= 'Z') ||
                (len && (c == '\'' || (c == ':' && s[1] >= '0' && s[1] <= '9' &&
                                       t->w[t->n][len - 1] >= '0' &&
                                       t->w[t->n][len - 1] <= '9')));
    if (keep && t->n < TIME_WORDS) {
      if (len + 1 < TIME_WORD_MAX)
        t->w[t->n][len++] = (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      continue;
    }
    if (len) {
      t->w[t->n][len] = '\0';
      t->n++, len = 0;
    }
    if (!c || t->n == TIME_WORDS)
      return;
  }
}

static const char *word_at(const time_words *t, size_t i) {
  return i < t->n ? t->w[i] : "";
}

static bool is(const time_words *t, size_t i, const char *word) {
  return strcmp(word_at(t, i), word) == 0;
}

/* A number from 1 to 59 in digits or words ("4", "four", "twenty"), or
 * -1; "twenty five" is read by the caller. */
static int number_of(const char *w) {
  static const char *const words[] = {
      "one",     "two",       "three",    "four",     "five",
      "six",     "seven",     "eight",    "nine",     "ten",
      "eleven",  "twelve",    "thirteen", "fourteen", "fifteen",
      "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
  for (size_t i = 0; i < sizeof words / sizeof *words; i++)
    if (strcmp(w, words[i]) == 0)
      return (int)i + 1;
  size_t len = strlen(w);
  if (len == 0 || len > 2 || w[0] < '0' || w[0] > '9' ||
      (len == 2 && (w[1] < '0' || w[1] > '9')))
    return -1;
  int v = len == 1 ? w[0] - '0' : (w[0] - '0') * 10 + (w[1] - '0');
  return v >= 1 && v <= 59 ? v : -1;
}

/* The parts of the day, as spans of minutes from midnight (a night runs
 * past the next midnight): where "morning" ends "afternoon" begins, and
 * an evening and a night overlap, as writers use them. */
typedef struct {
  const char *word;
  int from, to;
} day_part;

static const day_part day_parts[] = {
    {"morning", 5 * 60, 12 * 60},    {"afternoon", 12 * 60, 18 * 60},
    {"evening", 17 * 60, 23 * 60},   {"night", 20 * 60, 30 * 60},
    {"overnight", 20 * 60, 30 * 60}, {"tonight", 20 * 60, 30 * 60},
    {"dawn", 4 * 60, 8 * 60},        {"daybreak", 4 * 60, 8 * 60},
    {"sunrise", 4 * 60, 8 * 60},     {"dusk", 17 * 60, 22 * 60},
    {"nightfall", 17 * 60, 22 * 60}, {"sunset", 17 * 60, 22 * 60}};

static const day_part *part_of(const char *w) {
  for (size_t i = 0; i < sizeof day_parts / sizeof *day_parts; i++)
    if (strcmp(w, day_parts[i].word) == 0)
      return &day_parts[i];
  return NULL;
}

/* The hours after midnight said as a part of the night: "in the small
 * hours", "the wee hours", and "the early hours" of a day ("of Thursday",
 * "of October 3", "of that Tuesday", "of the next day"), not of a thing
 * ("the early hours of the search" are its first). */
static const day_part small_hours = {"small hours", 0, 5 * 60};

static bool small_hours_at(const time_words *t, size_t i) {
  static const char *const days[] = {
      "monday",    "tuesday", "wednesday", "thursday", "friday",
      "saturday",  "sunday",  "january",   "february", "march",
      "april",     "may",     "june",      "july",     "august",
      "september", "october", "november",  "december", "that",
      "this",      "next",    "following", "new",      NULL};
  if (!is(t, i, "hours") || i == 0)
    return false;
  if (is(t, i - 1, "small") || is(t, i - 1, "wee"))
    return true;
  if (!is(t, i - 1, "early"))
    return false;
  if (!is(t, i + 1, "of"))
    return true;
  size_t k = i + 2 + is(t, i + 2, "the");
  for (size_t d = 0; days[d]; d++)
    if (is(t, k, days[d]))
      return true;
  return false;
}

/* A bound, not the moment: "suspended until 10:30 p.m.", "had not
 * returned by 10 p.m.", "since the morning"; a weekday or "the" may
 * stand between ("Long Street was shut ... until Wednesday morning":
 * when the closure ended, not when it began; merge34, pair 86). */
static bool is_bound(const time_words *t, size_t i) {
  static const char *const between[] = {
      "monday",   "tuesday", "wednesday", "thursday",  "friday",
      "saturday", "sunday",  "the",       "that",      "this",
      "late",     "early",   "next",      "following", NULL};
  if (i == 0)
    return false;
  size_t k = i - 1;
  for (size_t d = 0; between[d] && k > 0; d++)
    if (is(t, k, between[d])) {
      k--;
      break;
    }
  return is(t, k, "until") || is(t, k, "till") || is(t, k, "by") ||
         is(t, k, "since");
}

/* What follows a clock's hour at i: "a.m." (-1), "p.m." (+1), "in the
 * morning" (-1), "in the afternoon" / "evening" (+1), "at night" (+1 for
 * 6 to 11, -1 for 12 to 5), or 0; *after is the word after it. */
static int meridiem_at(const time_words *t, size_t i, int hour, size_t *after) {
  *after = i;
  if ((is(t, i, "a") || is(t, i, "p")) && is(t, i + 1, "m")) {
    *after = i + 2;
    return is(t, i, "a") ? -1 : 1;
  }
  if (is(t, i, "am") || is(t, i, "pm")) {
    *after = i + 1;
    return is(t, i, "am") ? -1 : 1;
  }
  if (is(t, i, "in") && is(t, i + 1, "the")) {
    if (is(t, i + 2, "morning"))
      return *after = i + 3, -1;
    if (is(t, i + 2, "afternoon") || is(t, i + 2, "evening"))
      return *after = i + 3, 1;
  }
  if (is(t, i, "at") && is(t, i + 1, "night"))
    return *after = i + 2, (hour >= 6 && hour < 12) ? 1 : -1;
  return 0;
}

/* A clock time whose hour word is at h (minutes before it already read,
 * -1 for none), into *out; false when the words there are no clock.
 * "six" alone is no clock ("six fire engines"): an hour in words needs
 * "o'clock", a meridiem or minutes before it. */
static bool clock_at(const time_words *t, size_t h, int minutes,
                     merge_time *out) {
  const char *w = word_at(t, h);
  const char *colon = strchr(w, ':');
  int hour, minute = minutes < 0 ? 0 : minutes;
  if (colon) {
    if (colon - w > 2 || strlen(colon + 1) != 2)
      return false;
    char hh[3] = {0};
    memcpy(hh, w, (size_t)(colon - w));
    hour = hh[0] == '0' && hh[1] ? number_of(hh + 1) : number_of(hh);
    if (hh[0] == '0' && !hh[1])
      hour = 0;
    minute = (colon[1] - '0') * 10 + (colon[2] - '0');
    if (hour < 0 || hour > 23 || minute > 59)
      return false;
  } else {
    hour = number_of(w);
    if (hour < 1 || hour > 12)
      return false;
  }
  size_t after;
  bool oclock = is(t, h + 1, "o'clock");
  int meridiem = meridiem_at(t, h + (oclock ? 2 : 1), hour, &after);
  if (!colon && !oclock && !meridiem && minutes == -1)
    return false;
  if (minutes >= 0 && hour > 12)
    return false;
  if (minutes < -1) /* "quarter to six": 5:45 */
    hour = hour == 1 ? 12 : hour - 1, minute = 60 + minutes + 1;
  out->kind = MERGE_TIME_CLOCK;
  if (hour > 12 || hour == 0) { /* "18:30", "0:15": a 24-hour clock */
    out->from = out->to = hour * 60 + minute;
    out->twelve = false;
    return true;
  }
  int at = (hour % 12) * 60 + minute;
  out->twelve = meridiem == 0;
  out->from = out->to = at + (meridiem > 0 ? 12 * 60 : 0);
  return true;
}

/* The minutes written before "past" or "to" ending at word i ("half",
 * "quarter", "ten", "twenty five", "20 minutes"), or -1; *first is the
 * first of those words. */
static int minutes_before(const time_words *t, size_t i, size_t *first) {
  if (i == 0)
    return -1;
  size_t k = i - 1;
  if (is(t, k, "minutes") && k > 0)
    k--;
  *first = k;
  if (is(t, k, "half"))
    return 30;
  if (is(t, k, "quarter"))
    return 15;
  int v = number_of(word_at(t, k));
  if (v < 0)
    return -1;
  if (v < 10 && k > 0 && is(t, k - 1, "twenty"))
    return *first = k - 1, 20 + v;
  return v;
}

/* Whether the words from `first` to "to" at i are a range of counts, not
 * minutes to an hour: "from ten to twelve members", "rose 5 to 7
 * percent" (minutes in digits need "minutes": "20 minutes past six"). */
static bool count_range(const time_words *t, size_t first, size_t i) {
  const char *w = word_at(t, first);
  if (first > 0 && (is(t, first - 1, "from") || is(t, first - 1, "between")))
    return true;
  return w[0] >= '0' && w[0] <= '9' && !is(t, i - 1, "minutes");
}

/* How far either side of a clock written at minute `minute` of its hour,
 * first word at `first`, the moment may lie: a writer rounds to the hour,
 * the half or quarter hour or five minutes, and says the rest with a
 * hedge ("about", "around", "shortly after", "just before"); unhedged, a
 * quarter of the rounding step (at least a minute), hedged, half of it
 * (at least five minutes). */
static int clock_slack(const time_words *t, size_t first, int minute) {
  int step = minute % 60 == 0   ? 60
             : minute % 30 == 0 ? 30
             : minute % 15 == 0 ? 15
             : minute % 5 == 0  ? 5
                                : 1;
  static const char *const hedges[] = {
      "about",  "around", "approximately", "roughly", "some",    "nearly",
      "almost", "circa",  "after",         "before",  "shortly", "just"};
  if (first > 1 && is(t, first - 1, "a")) /* "about a quarter past" */
    first--;
  const char *w = first > 0 ? word_at(t, first - 1) : "";
  for (size_t i = 0; i < sizeof hedges / sizeof *hedges; i++)
    if (strcmp(w, hedges[i]) == 0)
      return step / 2 > 5 ? step / 2 : 5;
  return step / 4 > 1 ? step / 4 : 1;
}

static bool duration_at(const time_words *t, size_t i, int *minutes, int *step,
                        size_t *next);

/* A clock read from its first word `first` moved by a count written
 * before it ("some twenty minutes before midnight" is 11:40 p.m.,
 * "ten minutes after six in the evening" 6:10 p.m.), its slack the
 * count's, as a reckoning's (merge_read_reckoning). */
static void shift_by_count(const time_words *t, size_t first, merge_time *c) {
  if (first < 3 || !(is(t, first - 1, "before") || is(t, first - 1, "after")))
    return;
  for (size_t s = first >= 6 ? first - 6 : 0; s + 2 < first; s++) {
    int minutes, step;
    size_t next;
    if (!duration_at(t, s, &minutes, &step, &next) || next != first - 1)
      continue;
    int by = is(t, first - 1, "before") ? -minutes : minutes;
    c->from += by, c->to += by;
    if (c->from < 0)
      c->from += 24 * 60, c->to += 24 * 60;
    bool hedged = s > 0 && (is(t, s - 1, "about") || is(t, s - 1, "some") ||
                            is(t, s - 1, "around") || is(t, s - 1, "roughly"));
    int slack =
        hedged ? (step / 2 > 5 ? step / 2 : 5) : (step / 4 > 1 ? step / 4 : 1);
    c->slack = slack + 1;
    return;
  }
}

/* Whether the word at i ends a range of hours ("between five and eight
 * in the evening"): a span, no moment (merge52). */
static bool range_end(const time_words *t, size_t i) {
  return i >= 3 && is(t, i - 1, "and") && is(t, i - 3, "between");
}

/* Reads the first time of day the quote writes that is not a bound. */
void merge_read_time(const char *quote, merge_time *out) {
  memset(out, 0, sizeof *out);
  if (!quote)
    return;
  time_words *t = evg_xmalloc(sizeof *t);
  split_words(t, quote);
  merge_time clock = {0};
  const day_part *part = NULL;
  for (size_t i = 0; i < t->n && (!clock.kind || !part); i++) {
    const char *w = t->w[i];
    if (!clock.kind && !is_bound(t, i)) {
      size_t first;
      if ((strcmp(w, "past") == 0 || strcmp(w, "to") == 0) &&
          minutes_before(t, i, &first) >= 0 && !is_bound(t, first) &&
          !count_range(t, first, i)) {
        int m = minutes_before(t, i, &first);
        merge_time c = {0};
        if (clock_at(t, i + 1, strcmp(w, "past") == 0 ? m : -m - 1, &c)) {
          clock = c;
          clock.slack = clock_slack(t, first, c.from % 60);
          shift_by_count(t, first, &clock);
        }
      } else if (strcmp(w, "noon") == 0 || strcmp(w, "midday") == 0 ||
                 strcmp(w, "midnight") == 0) {
        clock.kind = MERGE_TIME_CLOCK;
        clock.from = clock.to = strcmp(w, "midnight") == 0 ? 0 : 12 * 60;
        clock.slack = clock_slack(t, i, 0);
        shift_by_count(t, i, &clock);
      } else if (!range_end(t, i)) {
        merge_time c = {0};
        if (clock_at(t, i, -1, &c)) {
          clock = c;
          clock.slack = clock_slack(t, i, c.from % 60);
          shift_by_count(t, i, &clock);
        }
      }
    }
    bool small = small_hours_at(t, i);
    const day_part *p = small ? &small_hours : part_of(w);
    /* "until the small hours": the bound stands before the adjective,
     * two words back, where is_bound reads one */
    if (!part && p && !is_bound(t, small ? i - 1 : i))
      part = p;
  }
  free(t);
  if (clock.kind) {
    *out = clock;
    /* a clock on a twelve-hour dial takes the half of the day its part
     * names ("a quarter past four" on "the afternoon of August 11") */
    if (clock.twelve && part) {
      int pm = clock.from + 12 * 60;
      if ((pm >= part->from && pm <= part->to) ||
          (pm + 24 * 60 >= part->from && pm + 24 * 60 <= part->to))
        out->from = out->to = pm, out->twelve = false;
      else if ((clock.from >= part->from && clock.from <= part->to) ||
               (clock.from + 24 * 60 >= part->from &&
                clock.from + 24 * 60 <= part->to))
        out->twelve = false;
    }
    return;
  }
  if (part) {
    out->kind = MERGE_TIME_PART;
    out->from = part->from, out->to = part->to;
  }
}

/* The gap in minutes between two spans of the day, around the clock. */
static int span_gap(int a_from, int a_to, int b_from, int b_to) {
  int best = 24 * 60;
  for (int shift = -24 * 60; shift <= 24 * 60; shift += 24 * 60) {
    int from = b_from + shift, to = b_to + shift;
    int lo = a_from > from ? a_from : from, hi = a_to < to ? a_to : to;
    int gap = lo > hi ? lo - hi : 0;
    if (gap < best)
      best = gap;
  }
  return best;
}

/* The least gap in minutes between two times of day, a clock on a
 * twelve-hour dial either half of the day; -1 when either is none. */
int merge_time_gap(const merge_time *a, const merge_time *b) {
  if (!a->kind || !b->kind)
    return -1;
  int best = 24 * 60;
  for (int i = 0; i <= (a->twelve ? 1 : 0); i++)
    for (int j = 0; j <= (b->twelve ? 1 : 0); j++) {
      int gap = span_gap(a->from + i * 12 * 60, a->to + i * 12 * 60,
                         b->from + j * 12 * 60, b->to + j * 12 * 60);
      if (gap < best)
        best = gap;
    }
  return best;
}

/* ---- clocks by reckoning (merge52) ---- */

/* A count of minutes said in words or digits up to 59 ("twelve", "45",
 * "forty", "twenty five"), or -1; *next is the word after it. */
static int count_at(const time_words *t, size_t i, size_t *next) {
  static const char *const tens[] = {"thirty", "forty", "fifty"};
  int v = number_of(word_at(t, i));
  for (size_t k = 0; v < 0 && k < 3; k++)
    if (is(t, i, tens[k]))
      v = 30 + 10 * (int)k;
  *next = i + 1;
  if (v >= 20 && v % 10 == 0 && v < 60) {
    int unit = number_of(word_at(t, i + 1));
    if (unit >= 1 && unit <= 9)
      v += unit, *next = i + 2;
  }
  return v;
}

/* The span of minutes a reckoned count says, read from word i ("twelve
 * minutes", "an hour", "half an hour", "a quarter of an hour", "five
 * hours"): *lo = *hi, *step its rounding; false when none. */
static bool duration_at(const time_words *t, size_t i, int *minutes, int *step,
                        size_t *next) {
  if (is(t, i, "half") && is(t, i + 1, "an") && is(t, i + 2, "hour"))
    return *minutes = 30, *step = 30, *next = i + 3, true;
  if (is(t, i, "a") && is(t, i + 1, "quarter") && is(t, i + 2, "of") &&
      is(t, i + 3, "an") && is(t, i + 4, "hour"))
    return *minutes = 15, *step = 15, *next = i + 5, true;
  size_t k;
  int n;
  if (is(t, i, "an") || is(t, i, "a"))
    n = 1, k = i + 1;
  else
    n = count_at(t, i, &k);
  if (n < 1)
    return false;
  bool hours = is(t, k, "hour") || is(t, k, "hours");
  if (!hours && !is(t, k, "minute") && !is(t, k, "minutes"))
    return false;
  if (hours && n > 12)
    return false;
  *minutes = hours ? n * 60 : n;
  *step = hours                ? 60
          : *minutes % 30 == 0 ? 30
          : *minutes % 15 == 0 ? 15
          : *minutes % 5 == 0  ? 5
                               : 1;
  *next = k + 1;
  return true;
}

bool merge_read_reckoning(const char *quote, merge_reckoning *out) {
  memset(out, 0, sizeof *out);
  if (!quote)
    return false;
  time_words *t = evg_xmalloc(sizeof *t);
  split_words(t, quote);
  bool found = false;
  for (size_t i = 0; i < t->n && !found; i++) {
    /* the hedge before the count, if any, then the count */
    size_t at = i;
    enum { EXACT, ABOUT, AT_MOST, AT_LEAST, NEARLY } hedge = EXACT;
    if (is(t, i, "less") && is(t, i + 1, "than"))
      hedge = AT_MOST, at = i + 2;
    else if (is(t, i, "within") || is(t, i, "under"))
      hedge = AT_MOST, at = i + 1;
    else if ((is(t, i, "more") && is(t, i + 1, "than")))
      hedge = AT_LEAST, at = i + 2;
    else if (is(t, i, "nearly") || is(t, i, "almost"))
      hedge = NEARLY, at = i + 1;
    else if (is(t, i, "about") || is(t, i, "around") || is(t, i, "some") ||
             is(t, i, "roughly") || is(t, i, "approximately"))
      hedge = ABOUT, at = i + 1;
    int minutes, step;
    size_t next;
    if (!duration_at(t, at, &minutes, &step, &next))
      continue;
    /* "later" reckons from the clock told just before, "after" from the
     * happening it names; "within twenty minutes" alone names none, and
     * is often counted from another moment than the one told before
     * ("put out the burning wreck within twenty minutes") */
    bool later = is(t, next, "later");
    bool after = is(t, next, "after");
    if (!later && !after)
      continue;
    out->from = minutes, out->to = minutes;
    int slack = step / 4 > 1 ? step / 4 : 1;
    switch (hedge) {
    case AT_MOST: /* "less than an hour": a writer rounds the count up to
                     the next round one, so more than half of it */
      out->from = minutes / 2, slack = 0;
      break;
    case AT_LEAST:
      out->to = minutes + minutes / 2, slack = 0;
      break;
    case NEARLY:
      out->from = minutes - minutes / 4, slack = 0;
      break;
    case ABOUT:
      slack = step / 2 > 5 ? step / 2 : 5;
      break;
    case EXACT:
      break;
    }
    out->slack = slack;
    out->anchor_words = 0;
    if (after)
      for (size_t k = next + 1;
           k < t->n && k < next + 5 && out->anchor_words < MERGE_RECKON_WORDS;
           k++)
        if (strlen(t->w[k]) >= 4 && strcmp(t->w[k], "that") != 0 &&
            strcmp(t->w[k], "they") != 0 && strcmp(t->w[k], "were") != 0 &&
            strcmp(t->w[k], "been") != 0 && strcmp(t->w[k], "have") != 0)
          memcpy(out->anchor[out->anchor_words++], t->w[k], TIME_WORD_MAX);
    found = true;
  }
  free(t);
  return found;
}

bool merge_quote_has_word(const char *quote, const char *word) {
  time_words *t = evg_xmalloc(sizeof *t);
  split_words(t, quote);
  size_t stem = strlen(word) > 5 ? 5 : strlen(word);
  bool found = false;
  for (size_t i = 0; i < t->n && !found; i++)
    found = strncmp(t->w[i], word, stem) == 0;
  free(t);
  return found;
}
