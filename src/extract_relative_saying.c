/* extract_relative_saying.c: the label of a proposal dated by the date of
 * its subject's relative clause when the main clause only reports ("Ms.
 * de Wit, who had joined the laboratory in 2022, | said on Wednesday that
 * ..."): a saying is no happening (the gold's rule), so what the proposal
 * tells is the relative clause's, and its label is the subject and that
 * clause ("Ms. de Wit had joined Dr. Verhoeven's laboratory"), not the
 * speaker alone ("Ms. de Wit said", which fails the headline's "saying"
 * check). */
#include "extract_internal.h"

#include <string.h>

size_t extract_relative_saying_end(const evg_extraction *x, const char *s,
                                   size_t start, size_t end,
                                   const evg_timex *date) {
  if (!date || date->start <= start || date->end >= end)
    return 0;
  /* the relative clause opens at the last comma before its date */
  size_t open = date->start;
  while (open > start && s[open - 1] != ',')
    open--;
  if (open <= start + 1)
    return 0;
  size_t w = open;
  while (w < date->start && s[w] == ' ')
    w++;
  size_t we = extract_letters_end(s, w, date->start);
  if (!extract_word_in(s + w, we - w,
                       (const char *const[]){"who", "which", NULL}) ||
      !extract_has_verb(s, we, date->start))
    return 0;
  /* the subject's: no verb before it */
  if (extract_has_verb(s, start, open - 1))
    return 0;
  /* closed by a comma, the main verb one of saying right after */
  const char *close = memchr(s + date->end, ',', end - date->end);
  if (!close)
    return 0;
  size_t v = (size_t)(close - s) + 1;
  while (v < end && s[v] == ' ')
    v++;
  size_t ve = extract_letters_end(s, v, end);
  if (ve == v || !extract_report_verb(s + v, ve - v))
    return 0;
  /* its date the clause's only time: a second one the label would drop
   * with its preposition, and the words after it lose their head ("took
   * the post in 2029 after a decade at sea" -> "took the post at sea") */
  size_t count = evg_timexes_count(x->timexes);
  for (size_t k = extract_first_timex_after(x, open); k < count; k++) {
    const evg_timex *t = evg_timexes_at(x->timexes, k);
    if (t->start >= (size_t)(close - s))
      break;
    if (t != date)
      return 0;
  }
  return (size_t)(close - s);
}
