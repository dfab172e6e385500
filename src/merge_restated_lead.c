/* merge_restated_lead.c: a follow-up's lead restating the story's first
 * happening, for `evgraph merge` (merge38).  A follow-up's first sentence
 * tells its own news and names the first happening in a clause of it, to
 * say which story it continues: "three days after a gravel barge rammed
 * one of the bridge's piers", "the observation wheel that left 58 people
 * trapped ... on Sunday evening", "An overheated cable joint burned out
 * and cut the power ..., the Agency said on Thursday".  Such a clause is
 * an event of its own, and it shares the first report's lead's words, so
 * the two leads paired by words; but the clause is a restatement, not a
 * telling: the follow-up tells the happening again in its body, where
 * the first report's lead should find it.  The pair still says that the
 * two articles tell one story (PAIR_BY_STORY), and the restating event
 * joins nothing else either: freed from the other lead it took the next
 * best, as often as not another happening of that day. */
#include "merge_internal.h"

#include <stdlib.h>

/* Whether an event tells its article's first sentence (its lead). */
bool merge_opens_article(const merger *m, const event_rec *r) {
  const article *art = &m->articles[r->article];
  return art->event_count && m->events[art->lead].sentence == r->sentence;
}

bool merge_title_line(const merger *m, size_t i) {
  return i < m->articles[m->events[i].article].lead;
}

/* Whether record x is a later event of its sentence than the first: a
 * clause's, not the sentence's main telling. */
static bool clause_of_sentence(const merger *m, size_t x) {
  return m->events[x].sentence != x;
}

/* The first and last days of an event after its article's lead. */
typedef struct {
  int32_t first, last;
} span;

static int by_first(const void *a, const void *b) {
  const span *x = a, *y = b;
  return (x->first > y->first) - (x->first < y->first);
}

/* Whether a record's article tells its day again in a sentence after its
 * lead: where the follow-up tells the happening it restates ("By ten past
 * eleven the trawler had sunk" after "lost when the trawler foundered
 * ... on Saturday night").  Without one, the clause is the article's only
 * telling and may join (merge24's recall alone).  A span of the later
 * sentences overlaps [first, last] when, of those that begin by `last`,
 * one ends on or after `first`: the spans sorted by their first day with
 * the latest last day so far, and a binary search. */
void merge_mark_days_told_again(merger *m) {
  span *spans = evg_xmalloc((m->event_count + 1) * sizeof *spans);
  for (size_t a = 0; a < m->article_count; a++) {
    const article *art = &m->articles[a];
    if (!art->event_count)
      continue;
    /* after the lead: not a title line before it */
    size_t lead = m->events[art->lead].sentence, n = 0;
    size_t end = art->first_record + art->event_count;
    for (size_t i = art->lead; i < end; i++)
      if (m->events[i].sentence != lead)
        spans[n++] = (span){merge_first_day(&m->events[i].event->date),
                            merge_last_day(&m->events[i].event->date)};
    qsort(spans, n, sizeof *spans, by_first);
    for (size_t i = 1; i < n; i++)
      if (spans[i].last < spans[i - 1].last)
        spans[i].last = spans[i - 1].last;
    for (size_t i = art->lead; i < end; i++) {
      event_rec *r = &m->events[i];
      if (r->sentence != lead)
        continue;
      int32_t first = merge_first_day(&r->event->date),
              last = merge_last_day(&r->event->date);
      size_t lo = 0, hi = n; /* spans[0, lo) begin by `last` */
      while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (spans[mid].first <= last)
          lo = mid + 1;
        else
          hi = mid;
      }
      r->day_told_again = lo && spans[lo - 1].last >= first;
    }
  }
  free(spans);
}

size_t merge_restating_lead(const merger *m, size_t x, size_t y) {
  const event_rec *a = &m->events[x], *b = &m->events[y];
  const article *in_a = &m->articles[a->article],
                *in_b = &m->articles[b->article];
  if (!in_a->has_day || !in_b->has_day || in_a->day == in_b->day ||
      !merge_opens_article(m, a) || !merge_opens_article(m, b))
    return 0;
  size_t later = in_a->day > in_b->day ? x : y;
  /* the clause an event of its own, or the lead's one event holding it
   * as a dated relative clause ("The driver of the double-decker that hit
   * a rail bridge in Cork on Tuesday had been sent down the wrong road") */
  return (clause_of_sentence(m, later) || m->events[later].restates) &&
                 m->events[later].day_told_again
             ? later + 1
             : 0;
}

/* Whether the first report's lead event `first`, restated by the
 * follow-up's lead event `later`, keeps away from the follow-up's events:
 * when the restatement is a dated relative clause of the follow-up's one
 * lead event (not a clause event of its own) and both articles tell the
 * day again after their leads.  Both bodies tell the happening; the first
 * report's lead only sums it up, and paired with the follow-up's body it
 * takes the partner of its own body's telling (pair 81's "when a
 * double-decker bus struck a railway bridge" took "the bus ran into the
 * low arch" from "At about 6:40 p.m. the bus ... hit the bridge"; pair
 * 104's lead, its telling taken by its own body's, took "A parcel van was
 * coming along the Varde road").  A first report's lead restated by a
 * clause event of its own finds its telling in the follow-up's body as
 * often as not (pair 16's "A snow leopard ... was caught" with "Tashi got
 * out"), so that one still pairs. */
static bool restated_keeps_away(const merger *m, size_t first, size_t later) {
  return !clause_of_sentence(m, later) && m->events[first].day_told_again;
}

void merge_demote_restating(const merger *m, candidate *pairs, size_t count) {
  bool *restating = evg_xcalloc(m->event_count + 1, sizeof *restating);
  /* by record: the article whose lead restates it, plus one, or 0 */
  size_t *restated_by = evg_xcalloc(m->event_count + 1, sizeof *restated_by);
  for (size_t p = 0; p < count; p++) {
    if (!pairs[p].restating)
      continue;
    size_t later = pairs[p].restating - 1;
    size_t first = later == pairs[p].a ? pairs[p].b : pairs[p].a;
    restating[later] = true;
    if (restated_keeps_away(m, first, later))
      restated_by[first] = m->events[later].article + 1;
  }
  for (size_t p = 0; p < count; p++)
    if (restating[pairs[p].a] || restating[pairs[p].b] ||
        restated_by[pairs[p].a] == m->events[pairs[p].b].article + 1 ||
        restated_by[pairs[p].b] == m->events[pairs[p].a].article + 1)
      pairs[p].kind = PAIR_BY_STORY;
  free(restated_by);
  free(restating);
}
