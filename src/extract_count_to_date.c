/* extract_count_to_date.c: "She reached Hong Kong two days before
 * Christmas", "signed the treaty a week after May 3": a count of time
 * written right before "before" or "after" and a date names the day that
 * far from the date; the clause happened then, not on the date.  The
 * tagger keeps the count and the date as two expressions, as TimeML
 * does; the clause's date is counted here. */
#include "extract_internal.h"

/* Whether the word ending at or before text[e) (after from) is one of
 * `words`. */
static bool word_before_is(const char *text, size_t from, size_t e,
                           const char *const *words) {
  while (e > from && text[e - 1] == ' ')
    e--;
  size_t ws = extract_word_start_before(text, from, e);
  return ws < e && extract_word_in(text + ws, e - ws, words);
}

const evg_timex *extract_count_to_date(const char *text, size_t from,
                                       const evg_timexes *timexes, size_t first,
                                       const evg_timex *date, bool *later) {
  size_t b = date->start;
  while (b > from && text[b - 1] == ' ')
    b--;
  size_t ws = extract_word_start_before(text, from, b);
  if (ws >= b)
    return NULL;
  if (equals_ci(text + ws, b - ws, "after"))
    *later = true;
  else if (equals_ci(text + ws, b - ws, "before"))
    *later = false;
  else
    return NULL;
  /* the count ends right before that word: the timexes are in the
   * text's order, so the one wanted is the last to start before it */
  const evg_timex *count = NULL;
  size_t n = evg_timexes_count(timexes);
  for (size_t k = first; k < n; k++) {
    const evg_timex *t = evg_timexes_at(timexes, k);
    if (t->start >= ws)
      break;
    count = t;
  }
  if (!count || count->type != EVG_TIMEX_DURATION || count->start < from)
    return NULL;
  size_t e = count->end;
  while (e < ws && text[e] == ' ')
    e++;
  if (e != ws)
    return NULL;
  /* "closed for two days after Christmas", "within a week after May 3",
   * "spent two weeks after May 3 in the hills", "the siege lasted three
   * weeks after June 1", "the two weeks after July 4 were quiet",
   * "rested the first three days after August 2": how long something
   * lasted, not when it happened (review51) */
  static const char *const lasting[] = {
      "for",     "within", "over",  "during",   "in",     "the",  "these",
      "those",   "spent",  "spend", "spending", "lasted", "last", "lasts",
      "lasting", "took",   "take",  "takes",    "taking", NULL};
  static const char *const article[] = {"the", "these", "those", NULL};
  size_t own = extract_letters_end(text, count->start, count->end);
  if (word_before_is(text, from, count->start, lasting) ||
      extract_word_in(text + count->start, own - count->start, article))
    return NULL;
  return count;
}
