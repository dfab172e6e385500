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
  return art->event_count &&
         m->events[art->first_record].sentence == r->sentence;
}

/* Whether record x is a later event of its sentence than the first: a
 * clause's, not the sentence's main telling. */
static bool clause_of_sentence(const merger *m, size_t x) {
  return m->events[x].sentence != x;
}

/* Whether record x's article tells x's day again in a sentence after its
 * lead: where the follow-up tells the happening it restates ("By ten past
 * eleven the trawler had sunk" after "lost when the trawler foundered
 * ... on Saturday night").  Without one, the clause is the article's only
 * telling and may join (merge24's recall alone). */
static bool day_told_again(const merger *m, size_t x) {
  const event_rec *r = &m->events[x];
  const article *art = &m->articles[r->article];
  for (size_t i = art->first_record; i < art->first_record + art->event_count;
       i++)
    if (m->events[i].sentence != r->sentence &&
        merge_dates_overlap(&m->events[i].event->date, &r->event->date))
      return true;
  return false;
}

size_t merge_restating_lead(const merger *m, size_t x, size_t y) {
  const event_rec *a = &m->events[x], *b = &m->events[y];
  const article *in_a = &m->articles[a->article],
                *in_b = &m->articles[b->article];
  if (!in_a->has_day || !in_b->has_day || in_a->day == in_b->day ||
      !merge_opens_article(m, a) || !merge_opens_article(m, b))
    return 0;
  size_t later = in_a->day > in_b->day ? x : y;
  return clause_of_sentence(m, later) && day_told_again(m, later) ? later + 1
                                                                  : 0;
}

void merge_demote_restating(const merger *m, candidate *pairs, size_t count) {
  bool *restating = evg_xcalloc(m->event_count + 1, sizeof *restating);
  for (size_t p = 0; p < count; p++)
    if (pairs[p].restating)
      restating[pairs[p].restating - 1] = true;
  for (size_t p = 0; p < count; p++)
    if (restating[pairs[p].a] || restating[pairs[p].b])
      pairs[p].kind = PAIR_BY_STORY;
  free(restating);
}
