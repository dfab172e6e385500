/* extract_opening_year.c: a year that opens a clause ("In 1970 the
 * smelter was shut in April") sets the scene; a finer date later in the
 * same clause that falls inside it is when the happening took place, not
 * the year alone. */
#include "extract_internal.h"

#include <string.h>

/* words after which the finer date is no time of the clause's own
 * happening: a relative or a complement clause ("which opened in April",
 * "said that it had flooded in March"), or a state's start or end */
static const char *const elsewhere[] = {
    "which", "who",  "whom",   "whose", "that",    "where", "when", "since",
    "until", "till", "before", "after", "because", "while", "as",   NULL};

/* Whether one of the two words after the comma at s[comma] is a
 * participle ("..., finally being defeated in October"): a happening of
 * its own. */
static bool participle_after(const char *s, size_t comma, size_t to) {
  size_t w = comma + 1;
  for (int n = 0; n < 2 && w < to; n++) {
    while (w < to && s[w] == ' ')
      w++;
    size_t e = extract_letters_end(s, w, to);
    if (e == w)
      return false;
    if (e - w > 4 && equals_ci(s + e - 3, 3, "ing"))
      return true;
    w = e;
  }
  return false;
}

bool extract_opening_year_yields(const char *s, size_t clause_start,
                                 const evg_timex *first,
                                 const evg_timex *next) {
  if (!first->has_date || !next->has_date || first->date.interval ||
      next->date.interval || first->date.from.precision != EVG_PREC_YEAR ||
      next->date.from.precision >= EVG_PREC_YEAR ||
      next->date.start < first->date.start || next->date.end > first->date.end)
    return false;
  /* the year opens the clause, alone or after "in" */
  size_t i = clause_start;
  while (i < first->start && !ascii_alpha((unsigned char)s[i]) &&
         !(s[i] >= '0' && s[i] <= '9'))
    i++;
  if (i < first->start) {
    size_t e = extract_letters_end(s, i, first->start);
    if (!(e - i == 2 && equals_ci(s + i, 2, "in")))
      return false;
    while (e < first->start && s[e] == ' ')
      e++;
    if (e != first->start)
      return false;
  }
  /* the finer date after a plain "in" or "on" of the same clause */
  size_t f, t;
  extract_letters_before(s, first->end, next->start, &f, &t);
  if (!(t - f == 2 && (equals_ci(s + f, 2, "in") || equals_ci(s + f, 2, "on"))))
    return false;
  /* an odd number of commas past the one after the year leaves the date
   * inside a phrase set off from the clause ("the smelter, built in May,
   * was shut"); an even one closes appositions ("the king, Philip,
   * entered Rouen, the capital, in June") */
  size_t commas = 0;
  for (size_t w = first->end; w < f; w++) {
    if (s[w] == ';' || s[w] == '(' || s[w] == '"')
      return false;
    if (s[w] == ',' && w > first->end) {
      commas++;
      if (participle_after(s, w, f))
        return false;
    }
    if (ascii_alpha((unsigned char)s[w]) &&
        !ascii_alpha((unsigned char)s[w - 1])) {
      size_t e = extract_letters_end(s, w, f);
      if (extract_word_in(s + w, e - w, elsewhere) ||
          extract_report_verb(s + w, e - w))
        return false;
      w = e - 1;
    }
  }
  return commas % 2 == 0;
}
