/* extract_between.c: what a history tells undated between two dated
 * happenings of one paragraph happened between them when the text tells
 * a stretch there ("on March 25 the plotters took the lease. Fawkes
 * filled it with barrels. By late July the powder was in place": the
 * filling is dated from the day of the lease to the end of July).  The
 * undated sentences first take the story's day, as any undated sentence
 * does; when the next date of the paragraph is a month, or a day more
 * than seven weeks later, their dates become the span between the two.
 * A day told sooner, or over a year later, leaves them on the day told:
 * the gold's convention for a history's sentence with no date of its own
 * after a day (gold45, "Dates the gold had answered several ways").
 * Each event is rewritten at most once, when the paragraph's next date
 * is read: linear in the events. */
#include "extract_internal.h"

#include <string.h>

/* The least gap, in days, between the story's day and the next date: a
 * day's events told before the next day's ("The King put his brother in
 * charge. On Tuesday the fire reached ...") belong to the day told. */
enum { BETWEEN_MIN_DAYS = 7 };

/* The gap, in days, from which a day told next closes a span between two
 * days, told in months: over seven weeks of undated story ("All five died
 * on the march back" between January 17 and March 7) the text names no
 * day of it, and the gold writes such spans by their months
 * (1912-01/1912-03).  Under seven weeks the undated sentence keeps the
 * day told ("An overheating engine forced them down in the sea" after May
 * 18, a week before May 25), the gold's after-day convention.  A month
 * told next ("By late July") keeps the day the span starts from, as the
 * gold does (1605-03-25/1605-07). */
enum { BETWEEN_MONTHS_DAYS = 49 };

/* The gap, in days, from which the next date bounds nothing: over a year
 * apart ("Ii then purged the lords" between July 1858 and March 1860) the
 * undated sentence follows the day told, not a year alone. */
enum { BETWEEN_YEARS_DAYS = 366 };

static void to_month(evg_date_point *p) {
  if (p->precision != EVG_PREC_DAY)
    return;
  p->precision = EVG_PREC_MONTH;
  p->day = 0;
}

bool extract_between_day_part_in(const char *s, const range *sentence) {
  static const char *const parts[] = {
      "dawn",    "dusk",  "daybreak", "nightfall", "sunrise",
      "sunset",  "noon",  "midday",   "morning",   "afternoon",
      "evening", "night", "twilight", NULL};
  EXTRACT_WORD_SET(part_set, parts, true);
  for (size_t i = sentence->start; i < sentence->end;) {
    if (!ascii_alpha((unsigned char)s[i])) {
      i++;
      continue;
    }
    size_t e = extract_letters_end(s, i, sentence->end);
    if (extract_word_set_has(&part_set, s + i, e - i))
      return true;
    i = e;
  }
  return false;
}

void extract_between_note(between_pending *b, const evg_timex *story,
                          size_t first, size_t end) {
  bool day = story && story->has_date && !story->date.interval &&
             story->date.from.precision == EVG_PREC_DAY;
  if (!day || first == end) {
    b->open = false;
    return;
  }
  /* a run of undated sentences carried from the same day */
  if (b->open && b->story == story && b->end == first) {
    b->end = end;
    return;
  }
  *b = (between_pending){first, end, story, true};
}

void extract_between_close(evg_extraction *x, between_pending *b,
                           const evg_timex *next) {
  if (!b->open)
    return;
  b->open = false;
  const evg_timex *story = b->story;
  /* the next date told: a month ("By late July") later by at least the
   * gap, or a day over seven weeks later, within a year; a span or a
   * coarser date says no bound */
  if (!next || !next->has_date || next->date.interval)
    return;
  int32_t gap = next->date.start - story->date.end;
  bool month_next =
      next->date.from.precision == EVG_PREC_MONTH && gap >= BETWEEN_MIN_DAYS;
  bool day_apart =
      next->date.from.precision == EVG_PREC_DAY && gap >= BETWEEN_MONTHS_DAYS;
  if ((!month_next && !day_apart) || gap >= BETWEEN_YEARS_DAYS)
    return;
  char day[64], text[96];
  evg_date_format_iso(&story->date, day, sizeof day);
  evg_date span = story->date;
  span.interval = true;
  span.to = next->date.to;
  if (day_apart) {
    to_month(&span.from);
    to_month(&span.to);
  }
  evg_date_compute_bounds(&span);
  evg_date_format_iso(&span, text, sizeof text);
  const char *between = NULL;
  for (size_t i = b->first; i < b->end && i < x->event_count; i++) {
    /* only what took the story's day as it is */
    if (!x->events[i].date || strcmp(x->events[i].date, day) != 0)
      continue;
    if (!between)
      between = evg_arena_strndup(&x->arena, text, strlen(text));
    x->events[i].date = between;
  }
}
