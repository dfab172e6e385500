/* extract_rescheduled.c: "The final has been put back by a week, to
 * August 27", "the start was moved to July": the date after "to" (or
 * "until", "for") of a verb that moves a thing in time is the thing's new
 * date, when it is due, not when the moving took place. */
#include "extract_internal.h"

#include <string.h>

/* verbs that move a thing in time, the participle or past ("put" and
 * "pushed" only with "back", "off" or "forward" after them) */
static const char *const moves[] = {
    "moved",   "postponed", "delayed", "deferred", "rescheduled", "shifted",
    "brought", "put",       "pushed",  "set",      NULL};
static const char *const particles[] = {"back", "forward", "off", NULL};
static const char *const needs_particle[] = {"brought", "put", "pushed", "set",
                                             NULL};

/* how many words may stand between the verb and "to" ("put back by a
 * week, to"; "moved from the spring to") */
#define MOVE_REACH 6

bool extract_rescheduled_date(const char *s, const range *sentence,
                              const evg_timex *t) {
  if (t->start <= sentence->start || t->start > sentence->end)
    return false;
  size_t ws;
  size_t len = extract_word_before(s, sentence->start, t->start, &ws);
  if (!extract_word_in(s + ws, len,
                       (const char *const[]){"to", "until", "till", NULL}))
    return false;
  /* the move verb a few words before "to" */
  size_t pos = ws;
  for (int n = 0; n < MOVE_REACH && pos > sentence->start; n++) {
    size_t b = pos;
    while (b > sentence->start && (s[b - 1] == ' ' || s[b - 1] == ','))
      b--;
    if (b > sentence->start && s[b - 1] >= '0' && s[b - 1] <= '9') {
      while (b > sentence->start && s[b - 1] >= '0' && s[b - 1] <= '9')
        b--; /* a count: "put back by 2 weeks, to" */
      pos = b;
      continue;
    }
    size_t w;
    size_t wl = extract_word_before(s, sentence->start, b, &w);
    if (!wl)
      return false; /* a stop, a dash or a quotation: another phrase */
    if (extract_word_in(s + w, wl, moves)) {
      if (!extract_word_in(s + w, wl, needs_particle))
        return true;
      size_t a;
      size_t al = extract_word_after(s, w + wl, ws, &a);
      return al && extract_word_in(s + a, al, particles);
    }
    pos = w;
  }
  return false;
}
