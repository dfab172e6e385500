/* extract_opening_date.c: "On the afternoon of February 18, 1930, while
 * examining plates taken on January 23, Tombaugh saw ...": a sentence
 * that opens with its date alone, split off as a clause of its own, dates
 * the clause after it; a date inside that clause, not heading it, tells
 * of some thing in it (the plates), not when it happened. */
#include "extract_internal.h"

/* words that may stand around the date of an opener that is the date
 * alone */
static const char *const opener_words[] = {
    "on", "in", "at", "by", "during", "early", "late", "that", NULL};

/* Whether text[span) holds nothing but the timex t and opener words. */
static bool date_alone(const char *text, const range *span,
                       const evg_timex *t) {
  if (t->start < span->start || t->end > span->end)
    return false;
  for (size_t i = span->start; i < span->end;) {
    if (i >= t->start && i < t->end) {
      i = t->end;
      continue;
    }
    if (!ascii_alpha((unsigned char)text[i])) {
      i++;
      continue;
    }
    size_t e = extract_letters_end(text, i, span->end);
    if (!extract_word_in(text + i, e - i, opener_words))
      return false;
    i = e;
  }
  return true;
}

/* the fewest words before a date inside the clause for it not to head
 * the clause */
#define INSIDE_WORDS 3

bool extract_opening_date_alone(const char *text, const dated_clause *clauses,
                                size_t k) {
  if (k != 1 || !clauses[0].date || !clauses[1].date ||
      clauses[1].date == clauses[0].date ||
      !date_alone(text, &clauses[0].span, clauses[0].date))
    return false;
  const evg_timex *t = clauses[1].date;
  if (t->start < clauses[1].span.start || t->start >= clauses[1].span.end)
    return false;
  size_t words = 0;
  for (size_t i = clauses[1].span.start; i < t->start;) {
    if (!ascii_alpha((unsigned char)text[i])) {
      i++;
      continue;
    }
    words++;
    i = extract_letters_end(text, i, t->start);
  }
  return words >= INSIDE_WORDS;
}
