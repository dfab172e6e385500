/* merge_articles.c: the articles of a merge's inputs, and which of them
 * tell one story.  An article never joins itself; events of two articles
 * join only when the articles tell one story (several happenings alike,
 * words alike, a name in common) or on strong evidence of their own
 * (README, Merging: Articles). */
#include "merge_internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A corpus: the events of extract --jsonl, read from a .jsonl file (the
 * command line tells formats by extension, main.c), one article an id. */
static bool is_corpus(const char *name) {
  const char *base = strrchr(name, '/');
  base = base ? base + 1 : name;
  const char *dot = strrchr(base, '.');
  return dot && dot != base && strcasecmp(dot, ".jsonl") == 0;
}

/* A corpus article's key: its id, then its events (id, date, headline,
 * quote, actors), so that its place in the order does not depend on where
 * it stands in its file nor in which file of a split corpus. */
static void corpus_key(article *a, const evg_graph *g) {
  evg_buf key = {0};
  evg_buf_puts(&key, a->id);
  evg_buf_putc(&key, '\n');
  for (size_t i = 0; i < a->event_count; i++) {
    const evg_event *e = evg_graph_event(g, a->events[i]);
    char date[128];
    evg_date_format_iso(&e->date, date, sizeof date);
    evg_buf_printf(&key, "%s\x1f%s\x1f%s\x1f%s", e->id, date, e->label,
                   e->quote ? e->quote : "");
    for (size_t k = 0; k < e->actor_count; k++)
      evg_buf_printf(&key, "\x1f%s", evg_graph_actor(g, e->actors[k])->id);
    evg_buf_putc(&key, '\n');
  }
  a->own_key = key.data;
  a->key = key.data;
  a->key_len = key.len;
}

static int compare_articles(const void *x, const void *y) {
  const article *a = x, *b = y;
  size_t n = a->key_len < b->key_len ? a->key_len : b->key_len;
  int c = memcmp(a->key, b->key, n);
  if (c)
    return c;
  if (a->key_len != b->key_len)
    return a->key_len < b->key_len ? -1 : 1;
  c = strcmp(a->input_name, b->input_name);
  if (c)
    return c;
  return a->input < b->input ? -1 : a->input > b->input;
}

/* A new article of input `i`, zeroed; returns its index. */
static size_t new_article(merger *m, size_t *cap, size_t i) {
  if (m->article_count == *cap) {
    *cap = *cap ? *cap * 2 : 16;
    m->articles = evg_xrealloc(m->articles, *cap * sizeof *m->articles);
  }
  article *a = &m->articles[m->article_count];
  memset(a, 0, sizeof *a);
  a->input = i;
  a->input_name = m->inputs[i].name;
  return m->article_count++;
}

void merge_find_articles(merger *m) {
  size_t cap = 0;
  for (size_t i = 0; i < m->input_count; i++) {
    input *in = &m->inputs[i];
    size_t events = evg_graph_event_count(in->graph);
    in->record_of = evg_xmalloc((events + 1) * sizeof *in->record_of);
    in->corpus = is_corpus(in->name);
    if (!in->corpus) {
      size_t index = new_article(m, &cap, i); /* may move the array */
      article *a = &m->articles[index];
      a->key = in->content;
      a->key_len = in->content_len;
      a->events = evg_xmalloc((events + 1) * sizeof *a->events);
      for (size_t e = 0; e < events; e++)
        a->events[a->event_count++] = e;
      continue;
    }
    /* one article an id (the events' source), then its events */
    evg_map ids = {0};
    size_t first = m->article_count;
    size_t *of_event = evg_xmalloc((events + 1) * sizeof *of_event);
    for (size_t e = 0; e < events; e++) {
      const char *source = evg_graph_event(in->graph, e)->source;
      source = source ? source : "";
      size_t index;
      if (!evg_map_get(&ids, source, &index)) {
        index = new_article(m, &cap, i);
        evg_map_put(&ids, source, index);
        m->articles[index].id = source;
      }
      of_event[e] = index;
      m->articles[index].event_count++;
    }
    evg_map_free(&ids);
    for (size_t k = first; k < m->article_count; k++) {
      article *a = &m->articles[k];
      a->events = evg_xmalloc((a->event_count + 1) * sizeof *a->events);
      a->event_count = 0;
    }
    for (size_t e = 0; e < events; e++) {
      article *a = &m->articles[of_event[e]];
      a->events[a->event_count++] = e;
    }
    free(of_event);
    for (size_t k = first; k < m->article_count; k++)
      corpus_key(&m->articles[k], in->graph);
  }
  if (m->article_count) /* none when there are no inputs: no array */
    qsort(m->articles, m->article_count, sizeof *m->articles, compare_articles);
  size_t record = 0;
  for (size_t k = 0; k < m->article_count; k++) {
    m->articles[k].first_record = record;
    record += m->articles[k].event_count;
  }
}

void merge_free_articles(merger *m) {
  for (size_t k = 0; k < m->article_count; k++) {
    free(m->articles[k].own_key);
    free(m->articles[k].events);
    free(m->articles[k].terms);
    free(m->articles[k].actors);
    free(m->articles[k].who_terms);
  }
  free(m->articles);
}

/* The words of who did something are each article's own: a merge of
 * many articles at once holds actors whose names hold common words
 * ("Harbour Logistics", "Police Scotland"), which for the events of other
 * stories are words of what happened ("harbour", "police"); a pair of
 * events is judged by its two articles' actors, as when those two are
 * merged alone.  The union of its events' actors' name terms; linear in
 * them. */
void merge_article_who_terms(merger *m) {
  for (size_t k = 0; k < m->article_count; k++) {
    article *art = &m->articles[k];
    size_t first = art->first_record, last = first + art->event_count, n = 0;
    for (size_t e = first; e < last; e++)
      n += m->events[e].name_term_count;
    art->who_terms = evg_xmalloc((n + 1) * sizeof *art->who_terms);
    n = 0;
    for (size_t e = first; e < last; e++) {
      const event_rec *r = &m->events[e];
      memcpy(art->who_terms + n, r->name_terms,
             r->name_term_count * sizeof *art->who_terms);
      n += r->name_term_count;
    }
    art->who_term_count = merge_sort_unique(art->who_terms, n);
  }
}

/* Whether an event's first quote opens with a dateline ("VENICE, August
 * 22, 2026 —"), its day into *day. */
static bool opens_with_dateline(const evg_event *e, evg_date *day) {
  return e->citation_count && e->citations[0].quote &&
         evg_find_text_date(e->citations[0].quote,
                            strlen(e->citations[0].quote), day);
}

/* The article's own day and its lead: the dateline its first sentence's
 * quote opens with, or else its second sentence's, after a title line
 * told as an event for a day it writes ("... after Friday's sick-out"),
 * which had cost the article its paper's day and its lead (merge43,
 * pairs 96 and 103); read alike from an events file and from a corpus,
 * whose articles carry no anchor.  Once the records' sentences are
 * known. */
static void article_day(const merger *m, article *in) {
  in->lead = in->first_record;
  if (!in->event_count)
    return;
  evg_date day;
  size_t end = in->first_record + in->event_count, second = end;
  for (size_t i = in->first_record + 1; i < end && second == end; i++)
    if (m->events[i].sentence == i)
      second = i;
  if (opens_with_dateline(m->events[in->first_record].event, &day))
    in->has_day = true;
  else if (second < end && opens_with_dateline(m->events[second].event, &day))
    in->has_day = true, in->lead = second;
  if (in->has_day)
    in->day = merge_first_day(&day);
}

/* Each article's profile: the terms and merged actors of all its events,
 * the length of the terms' weight vector, how many of them are names, how
 * many sentences its events were told in (compared by article_compare),
 * and its own day. */
void merge_article_profiles(merger *m) {
  for (size_t k = 0; k < m->article_count; k++) {
    article *in = &m->articles[k]; /* named as where it was an input's */
    article_day(m, in);
    size_t first = in->first_record, last = first + in->event_count;
    size_t terms = 0, actors = 0;
    for (size_t e = first; e < last; e++) {
      terms += m->events[e].term_count;
      actors += m->events[e].actor_count;
      in->sentences += m->events[e].sentence == e;
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
  }
}

/* What two articles share: the cosine of their terms, each weighted as in
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
  const article *a = &m->articles[x], *b = &m->articles[y];
  article_likeness like = {0, 0};
  like.names = common_count(a->terms, a->term_count, b->terms, b->term_count,
                            m->name_term, &like.cosine, m->term_weight);
  like.names += common_count(a->actors, a->actor_count, b->actors,
                             b->actor_count, NULL, NULL, NULL);
  like.cosine = a->norm && b->norm ? like.cosine / (a->norm * b->norm) : 0;
  return like;
}

/* Articles that tell one story tell several of its happenings alike; two
 * unrelated articles may share one event's words and day by chance
 * ("shares fell 4 percent on Thursday").  Two articles are one story's when
 * their candidate pairs take at least MERGE_ARTICLE_MIN_SENTENCES sentences of
 * each, their terms' cosine (article_compare) is at least
 * MERGE_ARTICLE_MIN_COSINE percent, and they share MERGE_ARTICLE_MIN_NAMES name
 * or actor (unless one has none).  A pair of events of other articles stays a
 * candidate only on strong evidence of its own (strong_evidence).  Articles of
 * fewer than MERGE_ARTICLE_MIN_SIZE sentences are exempt, but give pairs by day
 * and by headlines no story to stand on.  Chosen on the 149-text merge and
 * pairs 1-31 (README). */
#define MERGE_ARTICLE_MIN_SIZE 3
#define MERGE_ARTICLE_MIN_SENTENCES 2
#define MERGE_ARTICLE_MIN_COSINE 11
#define MERGE_ARTICLE_MIN_NAMES 1
/* A first report and a follow-up of one story that tell it in other
 * words fall below MERGE_ARTICLE_MIN_COSINE while sharing the story's
 * names, its place, firm and officials (pair 114's tyre warehouse fire:
 * 10.3%, five names in common; every pair of the unrelated articles of
 * tests/merge.sh shares three or fewer): MERGE_ARTICLE_MANY_NAMES names
 * or actors in common ask a cosine of MERGE_ARTICLE_NAMED_COSINE percent
 * (merge50). */
#define MERGE_ARTICLE_MANY_NAMES 4
#define MERGE_ARTICLE_NAMED_COSINE 8

typedef struct {
  size_t low, high; /* the two articles, low < high */
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

/* An actor in common and a word of what happened in both headlines; or,
 * between articles whose words are one story's (`alike`: only their
 * pairs by words were too few), clock times of one stated day that agree
 * (merge_clocks_agree), which tie two events as firmly as a name: "slid
 * off the end of the main runway at about 5:50 a.m. on Monday" and "ran
 * off the far end of the runway shortly before 6 a.m. on January 26", the
 * one pair of two articles of one story whose other tellings are
 * paraphrases (merge23, pair 56).  Clock times alone join nothing: a
 * derailment near Lyon at 9:10 and a level-crossing crash near Uppsala at
 * 9:40 on one morning are two stories (review32). */
static bool strong_evidence(const merger *m, const event_rec *a,
                            const event_rec *b, bool alike) {
  return (merge_intersection(a->actors, a->actor_count, b->actors,
                             b->actor_count) &&
          merge_headlines_share_what(m, a, b)) ||
         (alike && merge_clocks_agree(m, a, b));
}

/* Drops the candidates between articles that are not one story's and lack
 * strong evidence of their own; returns the new count.  O(c log c) for c
 * candidates, and one article_compare per pair of articles with
 * candidates (never a pass over all pairs of articles). */
size_t merge_keep_related_articles(const merger *m, candidate *pairs,
                                   size_t count) {
  article_key *keys = evg_xmalloc((count + 1) * sizeof *keys);
  for (size_t p = 0; p < count; p++) {
    size_t x = m->events[pairs[p].a].article, y = m->events[pairs[p].b].article;
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
      if (a->article != keys[to].low) {
        const event_rec *t = a;
        a = b, b = t;
      }
      /* a pair by actor, day or headlines alone is no word of the story;
       * a restatement is */
      if (c->kind == PAIR_BY_WORDS || c->kind == PAIR_BY_STORY)
        low[nl++] = a->sentence, high[nh++] = b->sentence;
    }
    /* an article of few sentences has few chances of a match by chance,
     * and too few words to be compared as an article: it is exempt */
    const article *x = &m->articles[keys[from].low],
                  *y = &m->articles[keys[from].high];
    bool related = x->sentences < MERGE_ARTICLE_MIN_SIZE ||
                   y->sentences < MERGE_ARTICLE_MIN_SIZE ||
                   (merge_sort_unique(low, nl) >= MERGE_ARTICLE_MIN_SENTENCES &&
                    merge_sort_unique(high, nh) >= MERGE_ARTICLE_MIN_SENTENCES);
    bool sized = x->sentences >= MERGE_ARTICLE_MIN_SIZE &&
                 y->sentences >= MERGE_ARTICLE_MIN_SIZE;
    bool checked = related && sized;
    bool alike = false; /* their words are one story's, pairs aside */
    if (sized) {
      article_likeness like =
          article_compare(m, keys[from].low, keys[from].high);
      /* an article without names or actors has none to share */
      bool nameless =
          !(x->names + x->actor_count) || !(y->names + y->actor_count);
      alike = (like.cosine >= MERGE_ARTICLE_MIN_COSINE / 100.0 &&
               (nameless || like.names >= MERGE_ARTICLE_MIN_NAMES)) ||
              (like.cosine >= MERGE_ARTICLE_NAMED_COSINE / 100.0 &&
               like.names >= MERGE_ARTICLE_MANY_NAMES);
      if (checked)
        related = alike;
    }
    for (size_t k = from; k < to; k++) {
      const candidate *c = &pairs[keys[k].candidate];
      /* a pair by day or by headlines has only its articles' story for
       * evidence (one shared headline word joined "Fire destroyed a
       * warehouse" and "Fire crews rescued a cat"): articles too short to
       * be compared give none */
      if (c->kind == PAIR_BY_STORY)
        keep[keys[k].candidate] = false;
      else if (c->kind == PAIR_BY_DAY || c->kind == PAIR_BY_HEADLINES ||
               c->kind == PAIR_BY_TIME)
        keep[keys[k].candidate] = related && checked;
      else
        keep[keys[k].candidate] =
            related ||
            (c->kind == PAIR_BY_WORDS &&
             strong_evidence(m, &m->events[c->a], &m->events[c->b], alike));
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
