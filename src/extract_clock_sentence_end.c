/* extract_clock_sentence_end.c: whether a clock's "a.m." or "p.m." ends
 * its sentence.  The sentence splitter (extract_sentences.c) reads an
 * abbreviation's period as no sentence's end; after a clock it ends one
 * as often as not ("closed the motorway at 7:40 a.m. Drivers were stuck",
 * "came back at about 3:30 p.m. Locks that had been set ..."), and the
 * capitalised word after it was then read as a name inside the sentence
 * before.  Only a time zone, a weekday or a month goes on the sentence
 * ("at 9 a.m. Eastern Time", "at 5 p.m. EDT", "at 9:08 p.m. Houston time",
 * "at 10 a.m. Monday"), and a clock that opens its sentence ("At 5:12
 * a.m. San Francisco shook") is followed by the sentence's subject. */
#include "extract_internal.h"

#include <ctype.h>

/* Whether the words from `at` name a time zone: a zone's abbreviation
 * as the tagger knows them ("EDT", "CEST"; not any word in capitals:
 * "at 5 p.m. NATO ministers met" opens a sentence) or one to five
 * capitalised words closed by "Time" or "time" ("Central European Summer
 * Time", "New Zealand time"); "Time" alone opens a sentence ("closed at
 * 8 p.m. Time ran short"). */
static bool time_zone_at(const char *s, size_t at, size_t len) {
  for (int words = 0; words < 6 && at < len; words++) {
    size_t e = extract_letters_end(s, at, len);
    if (e == at)
      return false;
    if (words == 0 && evg_zone_abbreviation(s + at, e - at))
      return true;
    if (equals_ci(s + at, e - at, "time"))
      return words > 0;
    if (!ascii_upper((unsigned char)s[at]) || e >= len || s[e] != ' ')
      return false;
    at = e + 1;
  }
  return false;
}

/* Whether the sentence that starts at `start` opens with a phrase of
 * time that the clock ending at `clock` closes: a preposition or an
 * adverb of time first, and few words before the clock ("At 7:40 a.m.",
 * "Shortly after 6 a.m.", "On Tuesday at 9 a.m."). */
static bool clock_opens_sentence(const char *s, size_t start, size_t clock) {
  static const char *const openers[] = {
      "at",   "by",    "after",   "before", "until",   "from", "shortly",
      "just", "about", "around",  "soon",   "since",   "on",   "early",
      "late", "till",  "between", "toward", "towards", NULL};
  EXTRACT_WORD_SET(set, openers, true);
  while (start < clock && ascii_space((unsigned char)s[start]))
    start++; /* the splitter's start is the last sentence's end */
  /* the phrase opens the words after a dateline or an opening quotation
   * mark ("OSLO, March 4, 2026 — At 5:12 a.m. Hansen Shipping
   * reported", "\"At 6 a.m. Nordvik Paper shut the mill,\" she said") */
  start = extract_dateline_end(s, start, clock);
  while (start < clock && !ascii_alpha((unsigned char)s[start]) &&
         !isdigit((unsigned char)s[start]))
    start++;
  size_t e = extract_letters_end(s, start, clock);
  if (!extract_word_set_has(&set, s + start, e - start))
    return false;
  /* words apart by any blank, tabs too, and the count stops at the
   * seventh: each clock the sentence goes on past adds a blank, so no
   * sentence is walked more than a few times ("At\t5\ta.m.\tXy\t5\t
   * a.m.\tXy ..." walked it once a clock, a quadratic step) */
  int words = 0;
  for (size_t k = start; k < clock; k++)
    if (ascii_space((unsigned char)s[k]) && ++words > 6)
      return false;
  return true;
}

bool extract_clock_ends_sentence(const char *s, size_t start, size_t w,
                                 size_t period, size_t next, size_t len) {
  if (period - w != 3 ||
      !(equals_ci(s + w, 3, "a.m") || equals_ci(s + w, 3, "p.m")) ||
      next >= len || !ascii_upper((unsigned char)s[next]))
    return false;
  size_t e = extract_letters_end(s, next, len);
  return !extract_calendar_word(s + next, e - next) &&
         !time_zone_at(s, next, len) && !clock_opens_sentence(s, start, w);
}
