/* merge_reckon.c: the clock of a happening told by reckoning from
 * another one its article tells with a clock (merge52): "An alarm went
 * off at 3:12 a.m. ... A patrol arrived six minutes after the alarm" is
 * 3:18; "had left Split at 8:30 p.m. About 45 minutes later it struck a
 * rocky shoal" is about 9:15 p.m.  The anchor is the nearest earlier
 * sentence of the article, at most RECKON_BACK records back, that writes
 * a clock and a word of the happening named after "after" ("the alarm",
 * "the stop"), else the nearest earlier one that writes a clock; a
 * reckoning by "later" or "within" takes the nearest.  Bounded: O(
 * RECKON_BACK) quotes read per event, once (merge_event_time). */
#include "merge_internal.h"

#include <string.h>

/* How many of an article's records before an event are searched for the
 * clock it reckons from: a few sentences, as a writer counts from a
 * moment just told. */
#define RECKON_BACK 12
/* A count "later" follows the clock told at most this many sentences
 * before. */
#define LATER_BACK 3

static const char *first_quote(const event_rec *r) {
  return r->event->citation_count ? r->event->citations[0].quote : NULL;
}

static bool names_anchor(const event_rec *r, const merge_reckoning *k) {
  const char *quote = first_quote(r);
  for (size_t w = 0; quote && w < k->anchor_words; w++)
    if (merge_quote_has_word(quote, k->anchor[w]))
      return true;
  return false;
}

bool merge_reckon_time(const merger *m, const event_rec *r, merge_time *out) {
  merge_reckoning k;
  if (!merge_read_reckoning(first_quote(r), &k))
    return false;
  size_t first = r->sentence;
  /* "later": the nearest clock at most LATER_BACK sentences back; "after
   * the alarm": the nearest that names it, else the first clock told in
   * the window, the moment a story counts from */
  merge_time nearest = {0}, named = {0}, earliest = {0};
  size_t sentences = 0;
  for (size_t i = first, back = 0; i-- > 0 && back < RECKON_BACK; back++) {
    const event_rec *e = &m->events[i];
    if (e->article != r->article)
      break;
    if (e->sentence != i) /* a sentence's first record reads its quote */
      continue;
    sentences++;
    merge_time t;
    merge_read_time(first_quote(e), &t);
    if (t.kind != MERGE_TIME_CLOCK)
      continue;
    if (!nearest.kind && sentences <= LATER_BACK)
      nearest = t;
    earliest = t;
    if (k.anchor_words && names_anchor(e, &k)) {
      named = t;
      break;
    }
  }
  if (k.anchor_words && !named.kind)
    named = earliest;
  const merge_time *anchor = k.anchor_words ? &named : &nearest;
  if (!anchor->kind)
    return false;
  *out = *anchor;
  out->from = anchor->from + k.from;
  out->to = anchor->to + k.to;
  /* the larger of the two roundings, not their sum: a writer who reckons
   * from a rounded clock rounds the count to land near a round moment
   * ("some twenty minutes before midnight ... About a quarter of an hour
   * later" is 11:55 p.m., not 11:40) */
  out->slack = anchor->slack > k.slack ? anchor->slack : k.slack;
  out->reckoned = true;
  out->anchor_from = anchor->from, out->anchor_to = anchor->to;
  out->anchor_slack = anchor->slack;
  return true;
}
