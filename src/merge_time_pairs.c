/* merge_time_pairs.c: which pairs by time `evg_merge` keeps (merge29,
 * merge51, merge52; moved out of merge.c): a pair by time tells which of
 * an event's tellings is the other article's only when the time agrees
 * with one sentence of it. */
#include "merge_internal.h"

#include <stdlib.h>

/* A pair by time as seen from one of its events: the other's sentence. */
typedef struct {
  size_t event, sentence;
} time_side;

static int compare_time_sides(const void *x, const void *y) {
  const time_side *p = x, *q = y;
  if (p->event != q->event)
    return p->event < q->event ? -1 : 1;
  return p->sentence < q->sentence ? -1 : p->sentence > q->sentence;
}

/* A pair by time whose events both write a clock time first. */
static bool two_clocks(const merger *m, const candidate *c) {
  return c->kind == PAIR_BY_TIME &&
         merge_event_time(m, &m->events[c->a])->kind == MERGE_TIME_CLOCK &&
         merge_event_time(m, &m->events[c->b])->kind == MERGE_TIME_CLOCK;
}

/* A pair by time of an event whose clock is told by reckoning. */
static bool reckoned_pair(const merger *m, const candidate *c) {
  return c->kind == PAIR_BY_TIME &&
         (merge_event_time(m, &m->events[c->a])->reckoned ||
          merge_event_time(m, &m->events[c->b])->reckoned);
}

/* Which pairs by time time_reach counts. */
typedef enum { REACH_ALL, REACH_WRITTEN, REACH_WRITTEN_CLOCKS } reach_kind;

/* By event, how many sentences of the other article its pairs by time
 * reach: every pair's, the pairs' of times its quotes write (not told by
 * reckoning), or only those of two written clocks (two events of one
 * sentence are one telling).  O(count log count). */
static size_t *time_reach(const merger *m, const candidate *pairs, size_t count,
                          reach_kind kind) {
  time_side *sides = evg_xmalloc((2 * count + 1) * sizeof *sides);
  size_t ns = 0;
  for (size_t p = 0; p < count; p++)
    if (pairs[p].kind == PAIR_BY_TIME &&
        (kind == REACH_ALL || !reckoned_pair(m, &pairs[p])) &&
        (kind != REACH_WRITTEN_CLOCKS || two_clocks(m, &pairs[p]))) {
      sides[ns++] = (time_side){pairs[p].a, m->events[pairs[p].b].sentence};
      sides[ns++] = (time_side){pairs[p].b, m->events[pairs[p].a].sentence};
    }
  qsort(sides, ns, sizeof *sides, compare_time_sides);
  size_t *reach = evg_xcalloc(m->event_count + 1, sizeof *reach);
  for (size_t k = 0; k < ns; k++)
    if (!k || compare_time_sides(&sides[k - 1], &sides[k]) != 0)
      reach[sides[k].event]++;
  free(sides);
  return reach;
}

/* Likewise a pair by time tells which of an event's tellings is the other
 * article's only when the time agrees with one sentence of it: "that
 * evening" against "at 8 p.m." and "at 8:30 p.m." does not tell which.
 * Two clocks that meet say more than a part of the day: a pair of two
 * clocks that is each event's one pair by two clocks is kept though a
 * part of the day reaches another sentence ("at about 2:10 p.m." and "at
 * 14:08", the latter's event also met by the lead's "on Tuesday
 * afternoon"; merge51).  A clock told by reckoning says less than one
 * written: its pairs do not count against the pairs of written times,
 * and are kept only when each event's one pair by time of any kind
 * (merge52).  O(count log count). */
size_t merge_drop_ambiguous_time_pairs(const merger *m, candidate *pairs,
                                       size_t count) {
  size_t *all = time_reach(m, pairs, count, REACH_ALL);
  size_t *reach = time_reach(m, pairs, count, REACH_WRITTEN);
  size_t *clock_reach = time_reach(m, pairs, count, REACH_WRITTEN_CLOCKS);
  size_t n = 0;
  for (size_t p = 0; p < count; p++) {
    const candidate *c = &pairs[p];
    bool keep = c->kind != PAIR_BY_TIME;
    if (!keep && reckoned_pair(m, c))
      keep = all[c->a] == 1 && all[c->b] == 1;
    else if (!keep)
      keep = (reach[c->a] == 1 && reach[c->b] == 1) ||
             (two_clocks(m, c) && clock_reach[c->a] == 1 &&
              clock_reach[c->b] == 1);
    if (keep)
      pairs[n++] = pairs[p];
  }
  free(clock_reach);
  free(reach);
  free(all);
  return n;
}
