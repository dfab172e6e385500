/* extract_flashback.c: a day a history tells in the past perfect before
 * the day the story has reached ("The Mont-Blanc arrived on the evening
 * of December 5. She had left New York on December 1 ...") looks back:
 * its clause is dated by it, but the story stays at its day, so an
 * undated sentence after it ("Her captain anchored for the night") is on
 * December 5.  The tagger counts "the next morning" from the story's day
 * in the same way (timex.c, opens_flashback).  News is left alone: its
 * backstory opens in the past perfect and goes on in the past. */
#include "extract_internal.h"

/* How far back a "had" is looked for before the date in its clause, in
 * words: the tagger's reach. */
enum { FLASHBACK_REACH = 10 };

/* Whether `t` is a single day. */
static bool one_day(const evg_timex *t) {
  return t && t->has_date && !t->date.interval &&
         t->date.from.precision == EVG_PREC_DAY;
}

/* Whether a "had" comes in the FLASHBACK_REACH words before `at` within
 * s[from, at), no comma or semicolon between: the date at `at` is told in
 * the past perfect. */
static bool had_before(const char *s, size_t from, size_t at) {
  size_t i = at;
  for (int words = 0; i > from && words < FLASHBACK_REACH;) {
    while (i > from && !ascii_alpha((unsigned char)s[i - 1])) {
      if (s[i - 1] == ',' || s[i - 1] == ';')
        return false; /* the clause of the date ends there */
      i--;
    }
    size_t e = i;
    while (i > from && ascii_alpha((unsigned char)s[i - 1]))
      i--;
    if (e > i) {
      words++;
      if (e - i == 3 && equals_ci(s + i, 3, "had"))
        return true;
    }
  }
  return false;
}

bool extract_flashback_day(const char *s, const range *clause,
                           const evg_timex *date, const evg_timex *story) {
  if (!one_day(date) || !one_day(story) ||
      date->date.end >= story->date.start || date->start <= clause->start)
    return false;
  return had_before(s, clause->start, date->start);
}

bool extract_past_perfect_day(const char *s, size_t from,
                              const evg_timex *date) {
  return date->start > from && had_before(s, from, date->start);
}

bool extract_went_on_in_past(const char *s, const range *sentence) {
  if (!extract_states_past_happening(s, sentence))
    return false;
  /* "Sara has now won the race three times": a present perfect tells
   * where things stand now, not the story's day */
  static const char *const perfects[] = {"has", "have", NULL};
  for (size_t i = sentence->start; i < sentence->end;) {
    if (!ascii_alpha((unsigned char)s[i])) {
      i++;
      continue;
    }
    size_t e = extract_letters_end(s, i, sentence->end);
    if (extract_word_in(s + i, e - i, perfects))
      return false;
    i = e;
  }
  return true;
}
