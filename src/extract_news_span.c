/* extract_news_span.c: in news, an undated clause joined by "and" or
 * "but" to a clause whose date closes it ("Accountants went through two
 * years of the books and handed their report to the board on February
 * 20"): what the first clause tells went on from the story's time to that
 * date, the span the gold writes (2031-12/2032-02-20), as a history's
 * clause before a later date already spans (between_days, extract.c). */
#include "extract_internal.h"

#include <string.h>

/* Whether text[from, to) is "and" or "but", a comma before it or not. */
static bool joined_by_and(const char *text, size_t from, size_t to) {
  while (from < to && (text[from] == ' ' || text[from] == ','))
    from++;
  while (to > from && text[to - 1] == ' ')
    to--;
  return (to - from == 3 && (equals_ci(text + from, 3, "and") ||
                             equals_ci(text + from, 3, "but")));
}

/* Whether a word of text[from, to) is in `set`, the words read once. */
static bool holds_word_of(const char *text, size_t from, size_t to,
                          extract_word_set *set) {
  for (size_t i = from; i < to;) {
    if (!ascii_alpha((unsigned char)text[i])) {
      i++;
      continue;
    }
    size_t e = extract_letters_end(text, i, to);
    if (extract_word_set_has(set, text + i, e - i))
      return true;
    i = e;
  }
  return false;
}

bool extract_news_span(const char *text, const dated_clause *clauses,
                       size_t clause_count, size_t k, const evg_timex *story,
                       evg_date *out) {
  const evg_timex *date = clauses[k].date;
  if (k + 1 >= clause_count || clauses[k + 1].date != date ||
      clauses[k].span.end > date->start ||
      date->start < clauses[k + 1].span.start ||
      date->start >= clauses[k + 1].span.end ||
      !joined_by_and(text, clauses[k].span.end, clauses[k + 1].span.start))
    return false;
  /* the date closes the later clause, as the stated shape has it: a date
   * that opens it ("and at around 4 p.m. they found") is that clause's
   * time, told after the first, not the end of a stretch */
  size_t after = date->end;
  while (after < clauses[k + 1].span.end &&
         memchr(" ,.;:", text[after], 5) != NULL)
    after++;
  if (after < clauses[k + 1].span.end)
    return false;
  /* a happening of the story's, not a rule or a plan ("a swimmer may
   * not touch the boat, and the committee voted on Tuesday"), nor a
   * present perfect's news or a past perfect's flashback, nor a
   * quotation, nor one a count dates from it ("the sample was taken ...,
   * and the laboratory found traces four days later"), nor one dated by
   * a report ("..., and I kept them calm," she said on Thursday) */
  static const char *const modals[] = {
      "will",  "would", "may", "might", "can", "could", "must", "should",
      "shall", "is",    "are", "had",   "has", "have",  NULL};
  EXTRACT_WORD_SET(modal_set, modals, true);
  if (holds_word_of(text, clauses[k].span.start, clauses[k].span.end,
                    &modal_set))
    return false;
  /* a "by" bounds the later clause alone ("recovered the city by 22
   * February") */
  size_t by = date->start;
  while (by > clauses[k + 1].span.start && text[by - 1] == ' ')
    by--;
  if (by >= clauses[k + 1].span.start + 2 &&
      equals_ci(text + by - 2, 2, "by") &&
      !ascii_alpha((unsigned char)text[by - 3]))
    return false;
  static const char *const counted[] = {"later", "after", "earlier", NULL};
  static const char *const reported[] = {"said", "told", NULL};
  EXTRACT_WORD_SET(counted_set, counted, true);
  EXTRACT_WORD_SET(reported_set, reported, true);
  if (holds_word_of(text, date->start, date->end, &counted_set) ||
      holds_word_of(text, clauses[k + 1].span.start, date->start,
                    &reported_set))
    return false;
  for (size_t i = clauses[k].span.start; i < clauses[k + 1].span.end; i++)
    if (text[i] == '"' ||
        ((unsigned char)text[i] == 0xe2 && i + 2 < clauses[k + 1].span.end &&
         (unsigned char)text[i + 1] == 0x80 &&
         ((unsigned char)text[i + 2] == 0x9c ||
          (unsigned char)text[i + 2] == 0x9d)))
      return false; /* '"', or a curly double quotation mark */
  if (!story || !story->has_date || !date->has_date || story->date.interval ||
      date->date.interval || date->date.from.precision != EVG_PREC_DAY ||
      (story->date.from.precision != EVG_PREC_DAY &&
       story->date.from.precision != EVG_PREC_MONTH) ||
      date->date.start <= story->date.end)
    return false;
  *out = (evg_date){0};
  out->from = story->date.from;
  out->to = date->date.from;
  out->interval = true;
  return true;
}
