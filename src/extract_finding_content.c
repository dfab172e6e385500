/* extract_finding_content.c: a finding and what it found.  "A review
 * board reported in June that two heater switches had welded shut during
 * a test in March": a verb that tells a finding, dated apart, and a
 * content clause with a date of its own are two happenings, the finding
 * by its finder and what had happened before it, whose names are its own
 * (the gold makes both events).  A saying is left out ("said",
 * "confirmed", "announced"): reporting is no event
 * (tests/events_gold/README.md), and "said on Wednesday that the oil had
 * been sold in June" is one event, the sale. */
#include "extract_internal.h"

#include <string.h>

bool extract_date_adverbial(const char *s, size_t from, const evg_timex *d) {
  size_t date_start = d->start;
  static const char *const leads[] = {"in", "on", "at", "during", "by", NULL};
  size_t ws, len = extract_word_before(s, from, date_start, &ws);
  return (len && extract_word_in(s + ws, len, leads)) ||
         extract_word_at(s, date_start, d->end, "in") ||
         extract_word_at(s, date_start, d->end, "on");
}

bool extract_finding_before(const char *s, size_t from, size_t date_start) {
  static const char *const findings[] = {"reported",    "concluded",  "found",
                                         "established", "determined", NULL};
  static const char *const leads[] = {"in", "on", "at", "by", NULL};
  size_t ws, len = extract_word_before(s, from, date_start, &ws);
  /* the date's own preposition, when the tagger leaves it out */
  if (len && extract_word_in(s + ws, len, leads))
    len = extract_word_before(s, from, ws, &ws);
  return len && ascii_is_lower((unsigned char)s[ws]) &&
         extract_word_in(s + ws, len, findings);
}
