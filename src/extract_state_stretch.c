/* extract_state_stretch.c: "The road stayed closed for most of Tuesday.
 * A container crane ... was torn from its rail stops": a day a state
 * lasted over ("for most of", "for much of", "for all of",
 * "throughout") tells how long it lasted, not a time the story moves to;
 * the happenings told after it stay at the story's time, as after
 * "since". */
#include "extract_internal.h"

/* Whether the word ending at or before text[e) (after from) is one of
 * `words`; its start into *start. */
static bool word_back(const char *text, size_t from, size_t e,
                      const char *const *words, size_t *start) {
  while (e > from && text[e - 1] == ' ')
    e--;
  size_t ws = extract_word_start_before(text, from, e);
  *start = ws;
  return ws < e && extract_word_in(text + ws, e - ws, words);
}

/* verbs of a state kept, up to a few words before the stretch ("stayed
 * closed for most of Tuesday"); an action over a stretch ("blocked the
 * road for most of Wednesday afternoon") is the story's time */
static const char *const staying[] = {"stayed", "remained", "stay", "remain",
                                      NULL};
#define STAYING_REACH 4

bool extract_state_stretch(const char *text, size_t from, const evg_timex *t) {
  size_t w;
  static const char *const quantity[] = {"most", "much", "all", NULL};
  if (!word_back(text, from, t->start,
                 (const char *const[]){"throughout", NULL}, &w) &&
      !(word_back(text, from, t->start, (const char *const[]){"of", NULL},
                  &w) &&
        word_back(text, from, w, quantity, &w) &&
        word_back(text, from, w, (const char *const[]){"for", NULL}, &w)))
    return false;
  for (int n = 0; n < STAYING_REACH && w > from; n++) {
    size_t e = w;
    if (word_back(text, from, e, staying, &w))
      return true;
    if (w >= e)
      return false; /* a comma or the clause's start */
  }
  return false;
}
