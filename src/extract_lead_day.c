/* extract_lead_day.c: in news, the lead's day holds a later paragraph
 * that the story left at it ("The federation's committee opened the
 * envelopes on Monday morning ... // "It was a clerical mistake," the
 * president said. // The official who copied the card was barred from
 * all events for a year"): an undated happening told after it went on at
 * that day, not at the paper's, however many sentences of quotation or
 * background came between, unless the day was told in a relative clause
 * ("Sara, who had reached the town at 9:14 a.m. on Wednesday"), which
 * dates its noun and not the story, or in the past perfect ("The
 * directorate had raised its warning level on Monday morning"): backstory
 * the news has left, as for the paragraph carry (dates40).  So does the
 * lead's day when the story was left at days that hold it ("Airlines
 * cancelled all 460 flights on Tuesday and Wednesday. // A 78-year-old
 * man was killed in Uruma": the storm's Wednesday, not both days). */
#include "extract_internal.h"

/* How far back the start of the sentence that told the story's day is
 * looked for: the relative pronoun sits in the same clause, near it. */
#define LEAD_DAY_REACH 400

bool extract_lead_day_holds(const char *text, const evg_timex *story,
                            const evg_timex *lead) {
  if (!story || !lead || !story->has_date || !lead->has_date ||
      story->date.start != lead->date.start ||
      story->date.end != lead->date.end)
    return false;
  size_t b = story->start,
         lo = story->start > LEAD_DAY_REACH ? story->start - LEAD_DAY_REACH : 0;
  while (b > lo && text[b - 1] != '.' && text[b - 1] != '\n')
    b--;
  return extract_relative_clause(text, b, story->start) == (size_t)-1 &&
         !extract_past_perfect_day(text, b, story);
}

bool extract_lead_day_within(const evg_timex *story, const evg_timex *lead) {
  return story && lead && story != lead && story->has_date &&
         story->date.interval && lead->has_date && !lead->date.interval &&
         lead->date.from.precision == EVG_PREC_DAY &&
         lead->date.start >= story->date.start &&
         lead->date.end <= story->date.end;
}

bool extract_lead_day_after_backstory(const evg_timex *story,
                                      const evg_timex *lead,
                                      const evg_timex *anchor_day) {
  return story && lead && anchor_day && story->has_date && lead->has_date &&
         !lead->date.interval && lead->date.from.precision == EVG_PREC_DAY &&
         lead->date.end < anchor_day->date.start &&
         story->date.from.precision > EVG_PREC_DAY &&
         story->date.end < lead->date.start;
}
