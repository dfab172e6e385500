/* merge_articles.c: which inputs of a merge tell one story.  Events of
 * two inputs join only when the inputs do (several happenings alike, words
 * alike, a name in common) or on strong evidence of their own (README,
 * Merging: Articles). */
#include "merge_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Each input's profile: the terms and merged actors of all its events, the
 * length of the terms' weight vector, how many of them are names, and how
 * many sentences its events were told in (compared by article_compare). */
void merge_article_profiles(merger *m) {
  size_t first = 0;
  for (size_t i = 0; i < m->input_count; i++) {
    input *in = &m->inputs[i];
    size_t terms = 0, actors = 0, last = first;
    for (; last < m->event_count && m->events[last].input == i; last++) {
      terms += m->events[last].term_count;
      actors += m->events[last].actor_count;
      in->sentences += m->events[last].sentence == last;
    }
    in->terms = evg_xmalloc((terms + 1) * sizeof *in->terms);
    in->actors = evg_xmalloc((actors + 1) * sizeof *in->actors);
    size_t nt = 0, na = 0;
    for (size_t e = first; e < last; e++) {
      const event_rec *r = &m->events[e];
      memcpy(in->terms + nt, r->terms, r->term_count * sizeof *in->terms);
      nt += r->term_count;
      memcpy(in->actors + na, r->actors, r->actor_count * sizeof *in->actors);
      na += r->actor_count;
    }
    in->term_count = merge_sort_unique(in->terms, nt);
    in->actor_count = merge_sort_unique(in->actors, na);
    double sum = 0;
    for (size_t t = 0; t < in->term_count; t++) {
      sum += m->term_weight[in->terms[t]] * m->term_weight[in->terms[t]];
      in->names += m->name_term[in->terms[t]];
    }
    in->norm = sqrt(sum);
    first = last;
  }
}

/* What two inputs share: the cosine of their terms, each weighted as in
 * the events' score, and their names in common (terms that are names,
 * evg_term_is_name, and merged actors).  The smaller list is looked up in
 * the larger, so that a short article compared with a long file costs the
 * short one's length. */
typedef struct {
  double cosine;
  size_t names;
} article_likeness;

static size_t common_count(const size_t *a, size_t na, const size_t *b,
                           size_t nb, const bool *counted, double *sum,
                           const double *weight) {
  if (na > nb) {
    const size_t *t = a;
    a = b, b = t;
    size_t n = na;
    na = nb, nb = n;
  }
  size_t count = 0;
  for (size_t i = 0; i < na; i++) {
    if (!bsearch(&a[i], b, nb, sizeof *b, merge_compare_size))
      continue;
    count += !counted || counted[a[i]];
    if (sum)
      *sum += weight[a[i]] * weight[a[i]];
  }
  return count;
}

static article_likeness article_compare(const merger *m, size_t x, size_t y) {
  const input *a = &m->inputs[x], *b = &m->inputs[y];
  article_likeness like = {0, 0};
  like.names = common_count(a->terms, a->term_count, b->terms, b->term_count,
                            m->name_term, &like.cosine, m->term_weight);
  like.names += common_count(a->actors, a->actor_count, b->actors,
                             b->actor_count, NULL, NULL, NULL);
  like.cosine = a->norm && b->norm ? like.cosine / (a->norm * b->norm) : 0;
  return like;
}

/* Articles (inputs) that tell one story tell several of its happenings
 * alike; two unrelated articles may share one event's words and day by
 * chance ("shares fell 4 percent on Thursday").  Two inputs are one
 * story's when their candidate pairs take at least
 * MERGE_ARTICLE_MIN_SENTENCES sentences of each, their terms' cosine
 * (article_compare) is at least MERGE_ARTICLE_MIN_COSINE percent, and they
 * share MERGE_ARTICLE_MIN_NAMES name or actor (unless one has none).  A
 * pair of events of other inputs stays a candidate only on strong evidence
 * of its own: an actor in common and a word of what happened in both
 * headlines.  Inputs of fewer than MERGE_ARTICLE_MIN_SIZE sentences are
 * exempt.  Chosen on the 149-text merge and pairs 1-31 (README). */
#define MERGE_ARTICLE_MIN_SIZE 3
#define MERGE_ARTICLE_MIN_SENTENCES 2
#define MERGE_ARTICLE_MIN_COSINE 11
#define MERGE_ARTICLE_MIN_NAMES 1

typedef struct {
  size_t low, high; /* the two inputs, low < high */
  size_t candidate;
} article_key;

static int compare_article_keys(const void *x, const void *y) {
  const article_key *p = x, *q = y;
  if (p->low != q->low)
    return p->low < q->low ? -1 : 1;
  if (p->high != q->high)
    return p->high < q->high ? -1 : 1;
  return p->candidate < q->candidate ? -1 : p->candidate > q->candidate;
}

static bool strong_evidence(const merger *m, const event_rec *a,
                            const event_rec *b) {
  return merge_intersection(a->actors, a->actor_count, b->actors,
                            b->actor_count) &&
         merge_headlines_share_what(m, a, b);
}

/* Drops the candidates between inputs that are not one story's and lack
 * strong evidence of their own; returns the new count.  O(c log c) for c
 * candidates, and one article_compare per pair of inputs with candidates. */
size_t merge_keep_related_articles(const merger *m, candidate *pairs,
                                   size_t count) {
  article_key *keys = evg_xmalloc((count + 1) * sizeof *keys);
  for (size_t p = 0; p < count; p++) {
    size_t x = m->events[pairs[p].a].input, y = m->events[pairs[p].b].input;
    keys[p] = (article_key){x < y ? x : y, x < y ? y : x, p};
  }
  qsort(keys, count, sizeof *keys, compare_article_keys);
  bool *keep = evg_xcalloc(count + 1, sizeof *keep);
  size_t *low = evg_xmalloc((count + 1) * sizeof *low);
  size_t *high = evg_xmalloc((count + 1) * sizeof *high);
  for (size_t from = 0, to; from < count; from = to) {
    size_t nl = 0, nh = 0;
    for (to = from; to < count && keys[to].low == keys[from].low &&
                    keys[to].high == keys[from].high;
         to++) {
      const candidate *c = &pairs[keys[to].candidate];
      const event_rec *a = &m->events[c->a], *b = &m->events[c->b];
      if (a->input != keys[to].low) {
        const event_rec *t = a;
        a = b, b = t;
      }
      low[nl++] = a->sentence, high[nh++] = b->sentence;
    }
    /* an input of few sentences has few chances of a match by chance,
     * and too few words to be compared as an article: it is exempt */
    const input *x = &m->inputs[keys[from].low],
                *y = &m->inputs[keys[from].high];
    bool related = x->sentences < MERGE_ARTICLE_MIN_SIZE ||
                   y->sentences < MERGE_ARTICLE_MIN_SIZE ||
                   (merge_sort_unique(low, nl) >= MERGE_ARTICLE_MIN_SENTENCES &&
                    merge_sort_unique(high, nh) >= MERGE_ARTICLE_MIN_SENTENCES);
    bool checked = related && x->sentences >= MERGE_ARTICLE_MIN_SIZE &&
                   y->sentences >= MERGE_ARTICLE_MIN_SIZE;
    if (checked) {
      article_likeness like =
          article_compare(m, keys[from].low, keys[from].high);
      /* an article without names or actors has none to share */
      bool nameless =
          !(x->names + x->actor_count) || !(y->names + y->actor_count);
      related = like.cosine >= MERGE_ARTICLE_MIN_COSINE / 100.0 &&
                (nameless || like.names >= MERGE_ARTICLE_MIN_NAMES);
    }
    for (size_t k = from; k < to; k++) {
      const candidate *c = &pairs[keys[k].candidate];
      keep[keys[k].candidate] =
          related || strong_evidence(m, &m->events[c->a], &m->events[c->b]);
    }
  }
  size_t n = 0;
  for (size_t p = 0; p < count; p++)
    if (keep[p])
      pairs[n++] = pairs[p];
  free(high);
  free(low);
  free(keep);
  free(keys);
  return n;
}
