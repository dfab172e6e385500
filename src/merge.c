/* merge.c: several graphs (events files about the same happenings) joined
 * into one: actors by folded name, events that are the same happening into
 * one event with every citation, dates that disagree reported.  The rules
 * and their thresholds are in evgraph.h (evg_merge) and the README; the
 * rules that tell whether two events are one happening in merge_pairs.c. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include "merge_internal.h"

#include <glib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Events compared with each one, at most: the nearest earlier starts
 * (keeps the candidate search O(n log n) when thousands of fuzzy dates
 * overlap). */
#define COMPARE_MAX 256

/* ---- text folding (glib: Unicode case folding and decomposition) ---- */

/* Lower-case words of `text` without accents: NFKD, marks dropped, case
 * folded, the Latin letters NFKD keeps whole (ø, æ, ł) in ASCII, anything but
 * letters and digits a space; words joined by one space.  Into `out` (reset).
 */
static void fold_words(evg_buf *out, const char *text) {
  out->len = 0;
  evg_buf_append(out, "", 0);
  evg_buf clean = {0};
  evg_utf8_sanitize(&clean, text, strlen(text));
  char *decomposed = g_utf8_normalize(clean.data, -1, G_NORMALIZE_NFKD);
  evg_buf_free(&clean);
  if (!decomposed)
    return;
  char *folded = g_utf8_casefold(decomposed, -1);
  g_free(decomposed);
  bool space = true;
  for (const char *s = folded; *s; s = g_utf8_next_char(s)) {
    gunichar c = g_utf8_get_char(s);
    if (g_unichar_ismark(c))
      continue;
    if (!g_unichar_isalnum(c)) {
      space = true;
      continue;
    }
    if (space && out->len)
      evg_buf_putc(out, ' ');
    space = false;
    /* letters NFKD leaves whole: "ø" is "o", "æ" is "ae" */
    const char *letters = evg_ascii_letters(c);
    if (letters)
      evg_buf_puts(out, letters);
    else
      evg_buf_append(out, s, (size_t)(g_utf8_next_char(s) - s));
  }
  g_free(folded);
}

/* Titles before a name, dropped from actor keys ("Mr. Musk" is "musk"). */
static bool is_title(const char *word, size_t len) {
  static const char *const titles[] = {"mr",    "mrs",  "ms",  "miss",
                                       "dr",    "prof", "sir", "dame",
                                       "madam", "mx",   NULL};
  for (size_t i = 0; titles[i]; i++)
    if (strlen(titles[i]) == len && memcmp(titles[i], word, len) == 0)
      return true;
  return false;
}

/* ---- union-find ---- */

size_t merge_find(size_t *parent, size_t i) {
  while (parent[i] != i) {
    parent[i] = parent[parent[i]];
    i = parent[i];
  }
  return i;
}

/* ---- the inputs, in a canonical order ---- */

static int compare_inputs(const void *a, const void *b) {
  const input *x = a, *y = b;
  size_t n = x->content_len < y->content_len ? x->content_len : y->content_len;
  int c = memcmp(x->content, y->content, n);
  if (c)
    return c;
  if (x->content_len != y->content_len)
    return x->content_len < y->content_len ? -1 : 1;
  return strcmp(x->name, y->name);
}

static const char *graph_file(const evg_graph *g) {
  if (evg_graph_event_count(g))
    return evg_graph_event(g, 0)->pos.file;
  if (evg_graph_actor_count(g))
    return evg_graph_actor(g, 0)->pos.file;
  if (evg_graph_period_count(g))
    return evg_graph_period(g, 0)->pos.file;
  return NULL;
}

/* ---- actors ---- */

static void actor_key(actor_rec *r, evg_buf *scratch) {
  fold_words(scratch, r->actor->name ? r->actor->name : r->actor->id);
  evg_buf key = {0};
  evg_buf_append(&key, "", 0);
  r->words = 0;
  const char *s = scratch->data;
  while (*s) {
    size_t len = strcspn(s, " ");
    /* a title counts only before the name */
    if (!(r->words == 0 && is_title(s, len) && s[len])) {
      if (key.len)
        evg_buf_putc(&key, ' ');
      evg_buf_append(&key, s, len);
      r->words++;
    }
    s += len + (s[len] == ' ');
  }
  if (key.len == 0) /* a name of signs only: its id stands for it */
    evg_buf_puts(&key, r->actor->id);
  r->key = key.data;
  const char *space = strrchr(r->key, ' ');
  r->last_word = space ? space + 1 : r->key;
}

static bool is_person(const char *kind, bool or_unknown) {
  if (!kind)
    return or_unknown;
  return strcmp(kind, "person") == 0 ||
         (or_unknown && strcmp(kind, "other") == 0);
}

/* Sorts actor records by key, then by id, then input: the order in which
 * merged actors are made and claim their ids. */
static int compare_actor_recs(const void *a, const void *b) {
  const actor_rec *x = *(actor_rec *const *)a, *y = *(actor_rec *const *)b;
  int c = strcmp(x->key, y->key);
  if (!c)
    c = strcmp(x->actor->id, y->actor->id);
  if (!c)
    c = x->input < y->input ? -1 : x->input > y->input;
  return c;
}

/* ---- events ---- */

/* Where a pair by words stands: one that shares a word of what happened
 * before one that shares only who did it ("Marc Dufresne, the chief
 * executive"), where (a name no actor has: "Salisbury") and the day,
 * unless its one loose word meets a pair by every actor (yields) or its
 * words stand in neither core without an actor in common (off_cores). */
static int words_tier(const candidate *c) {
  if (!c->what)
    return 1;
  return c->yields || c->off_cores ? 2 : 0;
}

static int compare_candidates(const void *x, const void *y) {
  const candidate *p = x, *q = y;
  if (p->kind != q->kind)
    return p->kind < q->kind ? -1 : 1;
  if (words_tier(p) != words_tier(q))
    return words_tier(p) < words_tier(q) ? -1 : 1;
  if (p->similarity != q->similarity)
    return p->similarity > q->similarity ? -1 : 1;
  /* two events of one sentence carry the same quote, so their scores
   * tie: the one whose own headline tells more of the other's wins */
  if (p->headlines != q->headlines)
    return p->headlines > q->headlines ? -1 : 1;
  if (p->a != q->a)
    return p->a < q->a ? -1 : 1;
  return p->b < q->b ? -1 : p->b > q->b;
}

int merge_compare_size(const void *x, const void *y) {
  size_t a = *(const size_t *)x, b = *(const size_t *)y;
  return a < b ? -1 : a > b;
}

/* Sorts and removes repeats; returns the new count. */
size_t merge_sort_unique(size_t *items, size_t count) {
  if (!count)
    return 0;
  qsort(items, count, sizeof *items, merge_compare_size);
  size_t n = 1;
  for (size_t i = 1; i < count; i++)
    if (items[i] != items[n - 1])
      items[n++] = items[i];
  return n;
}

size_t merge_intersection(const size_t *a, size_t na, const size_t *b,
                          size_t nb) {
  size_t i = 0, j = 0, n = 0;
  while (i < na && j < nb) {
    if (a[i] == b[j])
      n++, i++, j++;
    else if (a[i] < b[j])
      i++;
    else
      j++;
  }
  return n;
}

/* An event record's place in the candidate sweep: by first day, then
 * last day and headline, so that the same event told by two files sits
 * side by side, then by record. */
typedef struct {
  int32_t start, end;
  const char *label;
  size_t record;
} sweep_key;

static int compare_sweep(const void *x, const void *y) {
  const sweep_key *a = x, *b = y;
  if (a->start != b->start)
    return a->start < b->start ? -1 : 1;
  if (a->end != b->end)
    return a->end < b->end ? -1 : 1;
  int c = strcmp(a->label, b->label);
  if (c)
    return c;
  return a->record < b->record ? -1 : a->record > b->record;
}

/* ---- the merge ---- */

static const char *input_key(merger *m, size_t which, const char *id) {
  char *key = evg_arena_alloc(&m->arena, strlen(id) + 24);
  sprintf(key, "%zu\x1f%s", which, id);
  return key;
}

/* A free id for the result: `id` itself, or id-2, id-3 ... */
static const char *claim_id(merger *m, const char *id) {
  if (evg_map_put(&m->ids, id, 0))
    return id;
  /* the id's value is the last suffix it was given: every smaller one is
   * taken and stays taken, so the search goes on from there rather than
   * from 2 each time (k inputs with "event-1" would cost k * k / 2) */
  size_t len = strlen(id) < 240 ? strlen(id) : 240;
  size_t n = *evg_map_value(&m->ids, id);
  for (n = n < 2 ? 2 : n + 1;; n++) {
    char *suffixed = evg_arena_alloc(&m->arena, len + 24);
    sprintf(suffixed, "%.*s-%zu", (int)len, id, n);
    if (evg_map_put(&m->ids, suffixed, 0)) {
      *evg_map_value(&m->ids, id) = n;
      return suffixed;
    }
  }
}

static void merge_actors(merger *m) {
  evg_buf scratch = {0};
  size_t total = 0;
  for (size_t i = 0; i < m->input_count; i++)
    total += evg_graph_actor_count(m->inputs[i].graph);
  m->actors = evg_xcalloc(total + 1, sizeof *m->actors);
  for (size_t i = 0; i < m->input_count; i++) {
    const evg_graph *g = m->inputs[i].graph;
    for (size_t a = 0; a < evg_graph_actor_count(g); a++) {
      actor_rec *r = &m->actors[m->actor_count];
      r->input = i;
      r->actor = evg_graph_actor(g, a);
      actor_key(r, &scratch);
      evg_map_put(&m->actor_index, input_key(m, i, r->actor->id),
                  m->actor_count++);
    }
  }
  evg_buf_free(&scratch);
  size_t *parent = evg_xmalloc((total + 1) * sizeof *parent);
  for (size_t i = 0; i < total; i++)
    parent[i] = i;
  /* the same folded name */
  evg_map by_key = {0};
  for (size_t i = 0; i < total; i++) {
    size_t first;
    if (!evg_map_get(&by_key, m->actors[i].key, &first))
      evg_map_put(&by_key, m->actors[i].key, i);
    else
      parent[merge_find(parent, i)] = merge_find(parent, first);
  }
  /* a family name alone and the one person's full name that ends in it;
   * two full names with that family name make it ambiguous (SIZE_MAX) */
  evg_map by_family = {0};
  size_t *family = evg_xmalloc((total + 1) * sizeof *family);
  size_t families = 0;
  for (size_t i = 0; i < total; i++) {
    actor_rec *r = &m->actors[i];
    if (r->words < 2 || !is_person(r->actor->kind, false))
      continue;
    size_t k;
    if (!evg_map_get(&by_family, r->last_word, &k)) {
      evg_map_put(&by_family, r->last_word, families);
      family[families++] = i;
    } else if (family[k] != SIZE_MAX &&
               strcmp(m->actors[family[k]].key, r->key) != 0) {
      family[k] = SIZE_MAX;
    }
  }
  for (size_t i = 0; i < total; i++) {
    actor_rec *r = &m->actors[i];
    size_t k;
    if (r->words == 1 && is_person(r->actor->kind, true) &&
        evg_map_get(&by_family, r->key, &k) && family[k] != SIZE_MAX)
      parent[merge_find(parent, i)] = merge_find(parent, family[k]);
  }
  free(family);
  evg_map_free(&by_key);
  evg_map_free(&by_family);
  /* each group's representative: the fullest name (most words, then the
   * longest), then the smallest id, then the canonical input order */
  size_t *rep = evg_xmalloc((total + 1) * sizeof *rep);
  for (size_t i = 0; i < total; i++)
    rep[i] = SIZE_MAX;
  for (size_t i = 0; i < total; i++) {
    size_t root = merge_find(parent, i), *best = &rep[root];
    actor_rec *r = &m->actors[i];
    if (*best == SIZE_MAX) {
      *best = i;
      continue;
    }
    actor_rec *b = &m->actors[*best];
    size_t rl = strlen(r->key), bl = strlen(b->key);
    int better = r->words != b->words ? (r->words > b->words ? 1 : -1)
                 : rl != bl           ? (rl > bl ? 1 : -1)
                                      : -strcmp(r->actor->id, b->actor->id);
    if (better > 0)
      *best = i;
  }
  /* merged actors in the order of their representatives' keys and ids */
  actor_rec **order = evg_xmalloc((total + 1) * sizeof *order);
  size_t groups = 0;
  for (size_t i = 0; i < total; i++)
    if (rep[merge_find(parent, i)] == i)
      order[groups++] = &m->actors[i];
  qsort(order, groups, sizeof *order, compare_actor_recs);
  m->merged_actors = groups;
  m->merged_actor_rep = evg_xmalloc((groups + 1) * sizeof(size_t));
  m->merged_actor_kind = evg_xcalloc(groups + 1, sizeof(const char *));
  size_t *merged_of_root = evg_xmalloc((total + 1) * sizeof *merged_of_root);
  for (size_t g = 0; g < groups; g++) {
    size_t index = (size_t)(order[g] - m->actors);
    m->merged_actor_rep[g] = index;
    merged_of_root[merge_find(parent, index)] = g;
  }
  for (size_t i = 0; i < total; i++)
    m->actors[i].merged = merged_of_root[merge_find(parent, i)];
  /* the kind: the representative's, unless it says nothing ("other" or
   * none): then the first member's that says something */
  for (size_t g = 0; g < groups; g++)
    m->merged_actor_kind[g] = m->actors[m->merged_actor_rep[g]].actor->kind;
  for (size_t i = 0; i < total; i++) {
    const char *kind = m->actors[i].actor->kind;
    const char **have = &m->merged_actor_kind[m->actors[i].merged];
    if (kind && strcmp(kind, "other") != 0 &&
        (!*have || strcmp(*have, "other") == 0))
      *have = kind;
  }
  free(merged_of_root);
  free(order);
  free(rep);
  free(parent);
}

/* Sorts and dedups the `count` terms gathered in *terms, allocating one
 * when there were none (callers may index it); returns how many stay. */
static size_t sorted_terms(size_t **terms, size_t count) {
  if (!*terms)
    *terms = evg_xmalloc(sizeof **terms);
  return merge_sort_unique(*terms, count);
}

/* The terms of the headline, of its act and of every quote
 * (merge_terms.c). */
static void event_terms(event_rec *r, evg_term_folder *folder) {
  size_t cap = 0, n = 0;
  r->terms = NULL;
  evg_terms_add(folder, r->event->label, &r->terms, &n, &cap);
  for (size_t c = 0; c < r->event->citation_count; c++)
    evg_terms_add(folder, r->event->citations[c].quote, &r->terms, &n, &cap);
  r->term_count = sorted_terms(&r->terms, n);
  cap = n = 0;
  r->headline_terms = NULL;
  evg_terms_add(folder, r->event->label, &r->headline_terms, &n, &cap);
  r->headline_term_count = sorted_terms(&r->headline_terms, n);
  size_t act_length = merge_headline_act_length(r->event->label);
  char *act = evg_xstrndup(r->event->label, act_length);
  cap = n = 0;
  r->act_terms = NULL;
  evg_terms_add(folder, act, &r->act_terms, &n, &cap);
  free(act);
  r->act_term_count = sorted_terms(&r->act_terms, n);
}

/* Words of posts, which name who someone is, not what happened. */
#define POST_WORDS                                                             \
  "chief executive chairman chairwoman president mayor minister director "     \
  "spokesman spokeswoman spokesperson secretary governor ceo"

/* The merged actors of an event's actors, and the terms of their names. */
static void event_actors(merger *m, event_rec *r, evg_term_folder *folder) {
  const evg_graph *g = m->inputs[r->input].graph;
  r->actors = evg_xmalloc((r->event->actor_count + 1) * sizeof(size_t));
  for (size_t a = 0; a < r->event->actor_count; a++) {
    size_t rec = 0;
    evg_map_get(
        &m->actor_index,
        input_key(m, r->input, evg_graph_actor(g, r->event->actors[a])->id),
        &rec);
    r->actors[a] = m->actors[rec].merged;
  }
  r->actor_count = merge_sort_unique(r->actors, r->event->actor_count);
  size_t name_cap = 0, name_count = 0;
  r->name_terms = NULL;
  for (size_t a = 0; a < r->event->actor_count; a++) {
    const evg_actor *actor = evg_graph_actor(g, r->event->actors[a]);
    evg_terms_add(folder, actor->name ? actor->name : actor->id, &r->name_terms,
                  &name_count, &name_cap);
  }
  r->name_term_count = sorted_terms(&r->name_terms, name_count);
}

/* One record an event, article by article in the articles' canonical
 * order, with its terms and merged actors. */
static void record_events(merger *m, evg_term_folder *folder) {
  for (size_t k = 0; k < m->article_count; k++) {
    const article *art = &m->articles[k];
    size_t i = art->input;
    for (size_t n = 0; n < art->event_count; n++) {
      size_t e = art->events[n];
      event_rec *r = &m->events[m->event_count];
      m->inputs[i].record_of[e] = m->event_count;
      r->input = i;
      r->article = k;
      r->index = e;
      r->event = evg_graph_event(m->inputs[i].graph, e);
      event_terms(r, folder);
      event_actors(m, r, folder);
      m->event_count++;
    }
  }
}

/* Which terms are words of who (an actor's name, a post) and which are
 * names that are no actor's (a place, a body): where or who, not what. */
static void mark_who_terms(merger *m, evg_term_folder *folder) {
  size_t *who = NULL, who_count = 0, who_cap = 0;
  for (size_t i = 0; i < m->actor_count; i++) {
    const evg_actor *actor = m->actors[i].actor;
    evg_terms_add(folder, actor->name ? actor->name : actor->id, &who,
                  &who_count, &who_cap);
  }
  evg_terms_add(folder, POST_WORDS, &who, &who_count, &who_cap);
  size_t vocabulary = evg_term_folder_size(folder);
  m->who_term = evg_xcalloc(vocabulary + 1, sizeof *m->who_term);
  for (size_t i = 0; i < who_count; i++)
    m->who_term[who[i]] = true;
  m->name_term = evg_xcalloc(vocabulary + 1, sizeof *m->name_term);
  for (size_t t = 0; t < vocabulary; t++)
    m->name_term[t] = evg_term_is_name(folder, t);
  free(who);
}

/* A term's weight: the log of its inverse share of the events (rare
 * terms, such as names and amounts, weigh most), from the inputs. */
static void weigh_terms(merger *m, size_t vocabulary) {
  size_t *events_with = evg_xcalloc(vocabulary + 1, sizeof *events_with);
  for (size_t i = 0; i < m->event_count; i++)
    for (size_t t = 0; t < m->events[i].term_count; t++)
      events_with[m->events[i].terms[t]]++;
  m->term_weight = evg_xmalloc((vocabulary + 1) * sizeof *m->term_weight);
  for (size_t t = 0; t < vocabulary; t++)
    m->term_weight[t] =
        events_with[t]
            ? log((double)(m->event_count + 1) / (double)events_with[t])
            : 0; /* an actor's word alone */
  free(events_with);
}

/* An event whose headline says at most one word of what happened. */
static void mark_quote_cores(merger *m) {
  for (size_t i = 0; i < m->event_count; i++) {
    event_rec *r = &m->events[i];
    size_t what = 0;
    for (size_t h = 0; h < r->headline_term_count; h++)
      what += !m->who_term[r->headline_terms[h]];
    r->quote_is_core = what <= 1;
  }
}

/* By event record, whether another event of its article has its first
 * quote; each record's sentence is the first record with that quote. */
static bool *find_shared_sentences(merger *m) {
  evg_map quotes = {0};
  bool *shares_quote = evg_xcalloc(m->event_count + 1, sizeof *shares_quote);
  for (size_t i = 0; i < m->event_count; i++) {
    const evg_event *e = m->events[i].event;
    m->events[i].sentence = i;
    if (!e->citation_count || !e->citations[0].quote)
      continue;
    const char *key = input_key(m, m->events[i].article, e->citations[0].quote);
    size_t first;
    if (evg_map_get(&quotes, key, &first))
      shares_quote[i] = shares_quote[first] = true,
      m->events[i].sentence = first;
    else
      evg_map_put(&quotes, key, i);
  }
  evg_map_free(&quotes);
  return shares_quote;
}

/* A sentence told as several events (the same first quote in one
 * article): the words outside an event's headline may tell its sibling's
 * happening, so they weigh EVG_MERGE_SHARED_SENTENCE percent. */
static void weigh_event_terms(merger *m) {
  bool *shares_quote = find_shared_sentences(m);
  for (size_t i = 0; i < m->event_count; i++) {
    event_rec *r = &m->events[i];
    r->weight = 0;
    r->factor = evg_xmalloc((r->term_count + 1) * sizeof *r->factor);
    for (size_t t = 0, h = 0; t < r->term_count; t++) {
      while (h < r->headline_term_count && r->headline_terms[h] < r->terms[t])
        h++;
      bool in_headline =
          h < r->headline_term_count && r->headline_terms[h] == r->terms[t];
      r->factor[t] = in_headline || !shares_quote[i]
                         ? 1.0
                         : EVG_MERGE_SHARED_SENTENCE / 100.0;
      r->weight += m->term_weight[r->terms[t]] * r->factor[t];
    }
  }
  free(shares_quote);
}

static void collect_events(merger *m) {
  size_t total = 0;
  for (size_t i = 0; i < m->input_count; i++)
    total += evg_graph_event_count(m->inputs[i].graph);
  m->events = evg_xcalloc(total + 1, sizeof *m->events);
  m->written = evg_xmalloc(total + 1);
  memset(m->written, -1, total + 1);
  m->clock = evg_xmalloc((total + 1) * sizeof *m->clock);
  for (size_t i = 0; i < m->input_count; i++)
    m->inputs[i].has_anchor =
        evg_graph_anchor(m->inputs[i].graph, &m->inputs[i].anchor);
  evg_term_folder *folder = evg_term_folder_new();
  record_events(m, folder);
  mark_who_terms(m, folder);
  size_t vocabulary = evg_term_folder_size(folder);
  evg_term_folder_free(folder);
  weigh_terms(m, vocabulary);
  mark_quote_cores(m);
  weigh_event_terms(m);
  merge_article_profiles(m);
}

/* A candidate seen from one of its events: the other event's sentence. */
typedef struct {
  size_t event, sentence, candidate;
} sibling_key;

static int compare_sibling_keys(const void *x, const void *y) {
  const sibling_key *p = x, *q = y;
  if (p->event != q->event)
    return p->event < q->event ? -1 : 1;
  if (p->sentence != q->sentence)
    return p->sentence < q->sentence ? -1 : 1;
  return p->candidate < q->candidate ? -1 : p->candidate > q->candidate;
}

/* Events of one sentence (siblings) that match one event share its quote,
 * and each one's score divides the words it shares by its own length, so a
 * sibling with a shorter headline scores higher for the same words: of each
 * such set of candidates, the one whose score is best with the shared
 * weight divided by the longest sibling's length instead (the same
 * yardstick for all; the dates add as before) takes the set's best score,
 * and the others follow it: "Croatian authorities barred the passengers"
 * joins "Croatian health officials refused to let anyone go ashore", not
 * "More than 240 passengers ... have fallen ill", told in the same
 * sentence with a shorter headline.  Seen from one side of the pairs, then
 * the other; O(n log n). */
static void level_siblings(const merger *m, candidate *pairs, size_t count) {
  sibling_key *keys = evg_xmalloc((count + 1) * sizeof *keys);
  for (int side = 0; side < 2; side++) {
    for (size_t p = 0; p < count; p++) {
      size_t one = side ? pairs[p].b : pairs[p].a;
      size_t other = side ? pairs[p].a : pairs[p].b;
      keys[p] = (sibling_key){one, m->events[other].sentence, p};
    }
    qsort(keys, count, sizeof *keys, compare_sibling_keys);
    for (size_t from = 0, to; from < count; from = to) {
      unsigned best = 0;
      bool what = false;
      double longest = 0;
      for (to = from; to < count && keys[to].event == keys[from].event &&
                      keys[to].sentence == keys[from].sentence;
           to++) {
        const candidate *c = &pairs[keys[to].candidate];
        size_t other = c->a == keys[to].event ? c->b : c->a;
        best = c->similarity > best ? c->similarity : best;
        what |= c->what;
        if (m->events[other].weight > longest)
          longest = m->events[other].weight;
      }
      if (to - from < 2)
        continue;
      double one_weight = m->events[keys[from].event].weight;
      size_t chosen = SIZE_MAX;
      double chosen_value = 0;
      for (size_t k = from; k < to; k++) {
        const candidate *c = &pairs[keys[k].candidate];
        double value = c->shared / sqrt(longest * one_weight) + c->date_part;
        if (chosen == SIZE_MAX || value > chosen_value)
          chosen = keys[k].candidate, chosen_value = value;
      }
      for (size_t k = from; k < to; k++) {
        candidate *c = &pairs[keys[k].candidate];
        if (keys[k].candidate == chosen)
          c->similarity = best, c->what = what;
        else if (c->similarity >= best)
          c->similarity = best - 1;
      }
    }
  }
  free(keys);
}

/* A pair by one loose word (merge_one_loose_word) yields to a pair by
 * who did it that shares every actor of both events on a day both quotes
 * write (merge_same_actors_written_day), when the two have an event in
 * common: "Ingrid Aalto returned as chief executive ... on Friday" shares
 * "return" with "Lumora's shares jumped ... after the news of her
 * return", and both actors with "On September 19 the board gave the job
 * back to Ingrid Aalto"; the latter goes first.  Of the pairs by words
 * (the first `count`), O(count). */
static void yield_to_same_actors(const merger *m, candidate *pairs,
                                 size_t count) {
  bool *has_actors_pair =
      evg_xcalloc(m->event_count + 1, sizeof *has_actors_pair);
  for (size_t p = 0; p < count; p++)
    if (!pairs[p].what &&
        merge_same_actors_written_day(m, &m->events[pairs[p].a],
                                      &m->events[pairs[p].b]))
      has_actors_pair[pairs[p].a] = has_actors_pair[pairs[p].b] = true;
  for (size_t p = 0; p < count; p++)
    pairs[p].yields =
        pairs[p].what &&
        (has_actors_pair[pairs[p].a] || has_actors_pair[pairs[p].b]) &&
        merge_one_loose_word(m, &m->events[pairs[p].a], &m->events[pairs[p].b]);
  free(has_actors_pair);
}

/* That group `root` holds an event of `article`: a key in the arena. */
static const char *group_article_key(evg_arena *keys, size_t root,
                                     size_t which) {
  char *key = evg_arena_alloc(keys, 40);
  snprintf(key, 40, "%zx\x1f%zx", root, which);
  return key;
}

/* The event records in the sweep's order: by first known day, then last,
 * then label (compare_sweep). */
static size_t *events_by_start(const merger *m) {
  size_t n = m->event_count;
  sweep_key *sweep = evg_xmalloc((n + 1) * sizeof *sweep);
  for (size_t i = 0; i < n; i++) {
    const evg_date *d = &m->events[i].event->date;
    sweep[i] =
        (sweep_key){evg_date_first_known_day(d), evg_date_last_known_day(d),
                    m->events[i].event->label, i};
  }
  qsort(sweep, n, sizeof *sweep, compare_sweep);
  size_t *by_start = evg_xmalloc((n + 1) * sizeof *by_start);
  for (size_t i = 0; i < n; i++)
    by_start[i] = sweep[i].record;
  free(sweep);
  return by_start;
}

/* The pair of records x and y that merge_same_happening found the same
 * happening with `score`, with what ranks it among the others. */
static candidate words_pair(const merger *m, size_t x, size_t y,
                            unsigned score) {
  const event_rec *a = &m->events[x], *b = &m->events[y];
  double headlines =
      merge_shared_weight(m, a->headline_terms, a->headline_term_count,
                          b->headline_terms, b->headline_term_count);
  shared_terms shared = merge_share_terms(m, a, b);
  /* clock times that agree rank the pair higher: "fell across
   * Dundas Street West at about 2:20 p.m. on Monday" takes "The crane
   * came down shortly after 2 p.m. on June 7" before "three days after
   * a construction crane toppled across it", whose headline shares
   * more words (merge15, pair 42); the score's threshold is left as
   * it is */
  if (merge_clocks_agree(m, a, b))
    score += MERGE_CLOCK_RANK;
  return (candidate){.what = shared.what > shared.named_what,
                     .off_cores = merge_words_off_cores(m, a, b),
                     .similarity = score,
                     .headlines = headlines,
                     .shared = merge_weighted_shared(m, a, b),
                     .date_part =
                         EVG_MERGE_DATE_WEIGHT / 100.0 *
                         merge_date_closeness(&a->event->date, &b->event->date),
                     .a = x < y ? x : y,
                     .b = x < y ? y : x};
}

/* Candidate pairs from a sweep over the events in start order, each event
 * against the COMPARE_MAX before it: pairs by words, and pairs by actor
 * or by day alone (merge_actor_day_pair, merge_lone_day_pair). */
static candidate *find_candidates(const merger *m, size_t *count) {
  size_t n = m->event_count;
  size_t *by_start = events_by_start(m);
  size_t cap = 64;
  candidate *pairs = evg_xmalloc(cap * sizeof *pairs);
  *count = 0;
  for (size_t k = 0; k < n; k++) {
    const event_rec *b = &m->events[by_start[k]];
    size_t compared = 0;
    for (size_t j = k; j-- > 0 && compared < COMPARE_MAX;) {
      const event_rec *a = &m->events[by_start[j]];
      compared++;
      unsigned score;
      size_t x = by_start[j], y = by_start[k];
      candidate c;
      if (merge_same_happening(m, a, b, &score))
        c = words_pair(m, x, y, score);
      else if (merge_actor_day_pair(a, b))
        c = (candidate){.kind = PAIR_BY_ACTOR};
      else if (merge_lone_day_pair(m, a, b))
        c = (candidate){.kind = PAIR_BY_DAY};
      else
        continue;
      c.a = x < y ? x : y, c.b = x < y ? y : x;
      if (*count == cap)
        pairs = evg_xrealloc(pairs, (cap *= 2) * sizeof *pairs);
      pairs[(*count)++] = c;
    }
  }
  free(by_start);
  return pairs;
}

/* Moves the pairs by words before the others, each part in the sweep's
 * order; returns how many pairs are by words. */
static size_t words_first(candidate *pairs, size_t count) {
  candidate *others = evg_xmalloc((count + 1) * sizeof *others);
  size_t word_pairs = 0, other_pairs = 0;
  for (size_t p = 0; p < count; p++)
    if (pairs[p].kind != PAIR_BY_WORDS)
      others[other_pairs++] = pairs[p];
    else
      pairs[word_pairs++] = pairs[p];
  memcpy(pairs + word_pairs, others, other_pairs * sizeof *pairs);
  free(others);
  return word_pairs;
}

/* The groups while the pairs join them (union-find in m->parent). */
typedef struct {
  size_t *next; /* members' ring */
  size_t *size;
  /* the group's latest first day and earliest last day: every two members
   * lie within EVG_MERGE_GAP_DAYS of each other, as each candidate pair
   * does, so that a chain of pairs (A like B, B like C) cannot carry a
   * group across months */
  int64_t *latest_first, *earliest_last;
  /* which articles each group holds, as "group\x1farticle" keys: a union
   * looks up the smaller group's members in the larger's and adds them
   * there, so that an event's article is added O(log n) times at most (a
   * walk over the larger group's members at each union was quadratic when
   * thousands of articles of a corpus tell one happening) */
  evg_map holds, clashing;
  evg_arena keys;
  /* the events still alone when the pairs by actor and day come up, and
   * again when those by day alone do */
  evg_map actor_days, days;
  evg_arena actor_day_keys, day_keys;
  bool counted, counted_days;
  /* by sentence (its first record), how many of its events are joined */
  size_t *grouped;
} grouping;

/* Every event a group of its own. */
static void grouping_init(merger *m, grouping *gr) {
  size_t n = m->event_count;
  memset(gr, 0, sizeof *gr);
  m->parent = evg_xmalloc((n + 1) * sizeof *m->parent);
  gr->next = evg_xmalloc((n + 1) * sizeof *gr->next);
  gr->size = evg_xmalloc((n + 1) * sizeof *gr->size);
  gr->latest_first = evg_xmalloc((n + 1) * sizeof *gr->latest_first);
  gr->earliest_last = evg_xmalloc((n + 1) * sizeof *gr->earliest_last);
  for (size_t i = 0; i < n; i++) {
    gr->latest_first[i] = merge_first_day(&m->events[i].event->date),
    gr->earliest_last[i] = merge_last_day(&m->events[i].event->date);
    /* a day that is only the paper's may be any of the week before it */
    if (merge_dated_by_default(m, &m->events[i]))
      gr->latest_first[i] -= MERGE_DEFAULT_REACH_DAYS;
  }
  for (size_t i = 0; i < n; i++)
    m->parent[i] = gr->next[i] = i, gr->size[i] = 1,
    evg_map_put(&gr->holds,
                group_article_key(&gr->keys, i, m->events[i].article), 0);
  gr->grouped = evg_xcalloc(n + 1, sizeof *gr->grouped);
}

static void grouping_free(grouping *gr) {
  evg_map_free(&gr->actor_days);
  evg_arena_free(&gr->actor_day_keys);
  evg_map_free(&gr->days);
  evg_arena_free(&gr->day_keys);
  free(gr->grouped);
  free(gr->latest_first);
  free(gr->earliest_last);
  evg_map_free(&gr->holds);
  evg_map_free(&gr->clashing);
  evg_arena_free(&gr->keys);
  free(gr->size);
  free(gr->next);
}

/* A pair by actor or by day only joins two events still alone, and only
 * when no other event alone could take their place; a pair by words may
 * join groups. */
static bool kind_may_join(merger *m, grouping *gr, const candidate *pair,
                          size_t a, size_t b) {
  const event_rec *ra = &m->events[pair->a], *rb = &m->events[pair->b];
  if (pair->kind == PAIR_BY_ACTOR && !gr->counted) {
    merge_count_alone_actor_days(m, gr->size, &gr->actor_days,
                                 &gr->actor_day_keys);
    gr->counted = true;
  }
  if (pair->kind == PAIR_BY_DAY && !gr->counted_days) {
    merge_count_alone_days(m, gr->size, &gr->days, &gr->day_keys);
    gr->counted_days = true;
  }
  if (pair->kind != PAIR_BY_WORDS && (gr->size[a] > 1 || gr->size[b] > 1))
    return false;
  if (pair->kind == PAIR_BY_ACTOR &&
      !merge_actor_day_unique(&gr->actor_days, &gr->actor_day_keys, ra, rb))
    return false;
  if (pair->kind == PAIR_BY_DAY &&
      (!merge_lone_day_unique(&gr->days, &gr->day_keys, ra, rb) ||
       !merge_lone_day_words_stand(m, gr->grouped, ra, rb)))
    return false;
  return true;
}

/* That groups a and b hold events of one article (remembered: groups only
 * grow, so two that clash clash while both are groups). */
static bool groups_clash(const merger *m, grouping *gr, size_t a, size_t b) {
  char pair[64], probe[64];
  size_t unused;
  snprintf(pair, sizeof pair, "%zx\x1f%zx", a < b ? a : b, a < b ? b : a);
  if (evg_map_get(&gr->clashing, pair, &unused))
    return true;
  bool clash = false;
  size_t i = b;
  do {
    snprintf(probe, sizeof probe, "%zx\x1f%zx", a, m->events[i].article);
    clash = evg_map_get(&gr->holds, probe, &unused), i = gr->next[i];
  } while (i != b && !clash);
  if (clash)
    evg_map_put(&gr->clashing, evg_arena_strndup(&gr->keys, pair, strlen(pair)),
                0);
  return clash;
}

/* Group b joins group a, whose members now lie between days first and
 * last. */
static void join_groups(merger *m, grouping *gr, size_t a, size_t b,
                        int64_t first, int64_t last) {
  size_t i = b;
  do
    evg_map_put(&gr->holds,
                group_article_key(&gr->keys, a, m->events[i].article), 0),
        i = gr->next[i];
  while (i != b);
  if (gr->size[a] == 1)
    gr->grouped[m->events[a].sentence]++;
  if (gr->size[b] == 1)
    gr->grouped[m->events[b].sentence]++;
  m->parent[b] = a;
  gr->size[a] += gr->size[b];
  gr->latest_first[a] = first, gr->earliest_last[a] = last;
  size_t t = gr->next[a];
  gr->next[a] = gr->next[b], gr->next[b] = t;
}

/* Unions from the first pair down (the pairs in compare_candidates'
 * order); a group never holds two events of one article. */
static void join_pairs(merger *m, const candidate *pairs, size_t count) {
  grouping gr;
  grouping_init(m, &gr);
  for (size_t p = 0; p < count; p++) {
    size_t a = merge_find(m->parent, pairs[p].a),
           b = merge_find(m->parent, pairs[p].b);
    if (a == b || !kind_may_join(m, &gr, &pairs[p], a, b))
      continue;
    if (gr.size[a] < gr.size[b]) {
      size_t t = a;
      a = b, b = t;
    }
    int64_t first = gr.latest_first[a] > gr.latest_first[b]
                        ? gr.latest_first[a]
                        : gr.latest_first[b];
    int64_t last = gr.earliest_last[a] < gr.earliest_last[b]
                       ? gr.earliest_last[a]
                       : gr.earliest_last[b];
    if (first - last > EVG_MERGE_GAP_DAYS || groups_clash(m, &gr, a, b))
      continue;
    join_groups(m, &gr, a, b, first, last);
  }
  grouping_free(&gr);
}

/* Candidate pairs, ranked, then unions from the most similar pair down; a
 * group never holds two events of one article (one article does not tell
 * one happening twice). */
static void group_events(merger *m) {
  size_t count;
  candidate *pairs = find_candidates(m, &count);
  count = merge_keep_related_articles(m, pairs, count);
  size_t word_pairs = words_first(pairs, count);
  level_siblings(m, pairs, word_pairs);
  yield_to_same_actors(m, pairs, word_pairs);
  qsort(pairs, count, sizeof *pairs, compare_candidates);
  join_pairs(m, pairs, count);
  free(pairs);
}

/* ---- building the result ---- */

/* How well an event's quote supports its date: 2 written in it, 1 carried
 * from an earlier sentence, 0 only the paper's day
 * (merge_dated_by_default). */
static int date_evidence(const merger *m, const event_rec *r) {
  return merge_date_written(m, r) ? 2 : !merge_dated_by_default(m, r);
}

typedef struct {
  size_t *members; /* event records, rep first, then canonical order */
  size_t member_count;
  size_t date_member; /* the member whose date wins */
  const char *id;
  const evg_date *date; /* the date_member's: the output's order */
  const char *rep_id;   /* the representative's id, as written */
} merged_event;

static int compare_members(const void *x, const void *y) {
  return merge_compare_size(x, y);
}

/* The representative: most citations, then the earliest start, then the
 * smallest id, then the canonical order. */
static bool better_rep(const event_rec *a, const event_rec *b) {
  if (a->event->citation_count != b->event->citation_count)
    return a->event->citation_count > b->event->citation_count;
  int32_t sa = evg_date_first_known_day(&a->event->date);
  int32_t sb = evg_date_first_known_day(&b->event->date);
  if (sa != sb)
    return sa < sb;
  int c = strcmp(a->event->id, b->event->id);
  if (c)
    return c < 0;
  return a < b;
}

static int compare_merged(const void *x, const void *y) {
  const merged_event *a = x, *b = y;
  int c = evg_date_compare(a->date, b->date);
  if (!c)
    c = strcmp(a->rep_id, b->rep_id);
  if (!c)
    c = a->members[0] < b->members[0] ? -1 : a->members[0] > b->members[0];
  return c;
}

static const char *copy(evg_arena *arena, const char *s) {
  return s ? evg_arena_strndup(arena, s, strlen(s)) : NULL;
}

static const char *pos_text(merger *m, evg_pos pos) {
  char *text =
      evg_arena_alloc(&m->arena, strlen(pos.file ? pos.file : "") + 32);
  sprintf(text, "%s:%d:%d", pos.file ? pos.file : "", pos.line, pos.col);
  return text;
}

/* Who tells an event whose citation names no source: its input's header
 * `source`, else the input's file name. */
static const char *input_source(const merger *m, const event_rec *r) {
  const input *in = &m->inputs[r->input];
  return evg_graph_source(in->graph) ? evg_graph_source(in->graph) : in->name;
}

static void add_event(merger *m, evg_builder *b, const merged_event *me,
                      const char *const *actor_ids) {
  evg_arena *arena = evg_builder_arena(b);
  const event_rec *rep = &m->events[me->members[0]];
  const event_rec *winner = &m->events[me->date_member];
  size_t e = evg_builder_add_event(b, me->id, (evg_pos){NULL, 0, 0});
  evg_builder_event_set(b, e, EVG_FIELD_LABEL, copy(arena, rep->event->label));
  for (size_t i = 0; i < me->member_count; i++)
    if (m->events[me->members[i]].event->description) {
      evg_builder_event_set(
          b, e, EVG_FIELD_DESCRIPTION,
          copy(arena, m->events[me->members[i]].event->description));
      break;
    }
  char text[128];
  evg_date_spec spec;
  memset(&spec, 0, sizeof spec);
  spec.kind = EVG_DATE_ABSOLUTE;
  spec.absolute = winner->event->date;
  evg_date_format_iso(&spec.absolute, text, sizeof text);
  spec.text = copy(arena, text);
  spec.span = 1;
  evg_builder_event_date(b, e, &spec);
  evg_map seen = {0};
  evg_arena keys = {0};
  /* actors and tags: the union, in member order */
  for (size_t i = 0; i < me->member_count; i++) {
    const event_rec *r = &m->events[me->members[i]];
    for (size_t a = 0; a < r->event->actor_count; a++) {
      size_t rec = 0;
      const evg_graph *g = m->inputs[r->input].graph;
      evg_map_get(
          &m->actor_index,
          input_key(m, r->input, evg_graph_actor(g, r->event->actors[a])->id),
          &rec);
      const char *id = actor_ids[m->actors[rec].merged];
      char *key = evg_arena_alloc(&keys, strlen(id) + 3);
      sprintf(key, "a\x1f%s", id);
      if (evg_map_put(&seen, key, 0)) {
        evg_ref ref = {copy(arena, id), {NULL, 0, 0}, 1};
        evg_builder_event_ref(b, e, EVG_REL_INVOLVES, &ref, NULL);
      }
    }
    for (size_t t = 0; t < r->event->tag_count; t++) {
      char *key = evg_arena_alloc(&keys, strlen(r->event->tags[t]) + 3);
      sprintf(key, "t\x1f%s", r->event->tags[t]);
      if (evg_map_put(&seen, key, 0))
        evg_builder_event_tag(b, e, copy(arena, r->event->tags[t]));
    }
  }
  /* citations: every member's, a missing source named by its input (an
   * event without any is cited by its input alone) */
  for (size_t i = 0; i < me->member_count; i++) {
    const event_rec *r = &m->events[me->members[i]];
    const char *fallback = input_source(m, r);
    const evg_citation alone = {fallback, NULL};
    size_t citations = r->event->citation_count;
    for (size_t c = 0; c < (citations ? citations : 1); c++) {
      const evg_citation *cite = citations ? &r->event->citations[c] : &alone;
      const char *source = cite->source ? cite->source : fallback;
      const char *quote = cite->quote ? cite->quote : "";
      char *key = evg_arena_alloc(&keys, strlen(source) + strlen(quote) + 4);
      sprintf(key, "c\x1f%s\x1f%s", source, quote);
      if (evg_map_put(&seen, key, 0))
        evg_builder_event_cite(b, e, copy(arena, source),
                               copy(arena, cite->quote));
    }
  }
  /* notes: the members', the winning date as written when it was
   * relative, and each date that disagrees with it */
  evg_buf note = {0};
  for (size_t i = 0; i < me->member_count; i++) {
    const event_rec *r = &m->events[me->members[i]];
    note.len = 0;
    evg_buf_append(&note, "", 0);
    if (r == winner && r->event->date_derived && r->event->date_text)
      evg_buf_printf(&note, "date written as: %s", r->event->date_text);
    else if (r != winner &&
             !merge_dates_overlap(&r->event->date, &winner->event->date)) {
      char theirs[128], ours[128];
      evg_date_format_iso(&r->event->date, theirs, sizeof theirs);
      evg_date_format_iso(&winner->event->date, ours, sizeof ours);
      const char *cited =
          r->event->source ? r->event->source : input_source(m, r);
      /* a corpus event by its id: its line changes with its article's
       * place in the corpus, and the output must not */
      const char *where = m->inputs[r->input].corpus
                              ? r->event->id
                              : pos_text(m, r->event->pos);
      evg_buf_printf(&note, "date also given as %s by %s (%s)", theirs, cited,
                     where);
      evg_diags_add(m->diags, EVG_SEV_WARNING, r->event->pos.file,
                    r->event->pos.line, r->event->pos.col, 1, NULL,
                    "date %s of '%s' disagrees with %s at %s (the same "
                    "happening): %s is kept (the narrower, or the first "
                    "of equals), this one noted",
                    theirs, r->event->id, ours, pos_text(m, winner->event->pos),
                    ours);
    }
    if (note.len && evg_map_put(&seen, copy(&keys, note.data), 0))
      evg_builder_event_set(b, e, EVG_FIELD_NOTE, copy(arena, note.data));
    for (size_t n = 0; n < r->event->note_count; n++) {
      char *key = evg_arena_alloc(&keys, strlen(r->event->notes[n]) + 3);
      sprintf(key, "n\x1f%s", r->event->notes[n]);
      if (evg_map_put(&seen, key, 0))
        evg_builder_event_set(b, e, EVG_FIELD_NOTE,
                              copy(arena, r->event->notes[n]));
    }
  }
  evg_buf_free(&note);
  evg_map_free(&seen);
  evg_arena_free(&keys);
}

/* A relation between merged events, and where it was written. */
typedef struct {
  size_t from, to; /* merged events */
  evg_relation relation;
  evg_pos pos;
  bool dropped;
} relation_edge;

/* Relations that merging turned into a cycle (A causes B in one file, B
 * precedes A in another) cannot all stand: every relation inside a
 * strongly connected component of the merged events (Tarjan's algorithm,
 * iterative, linear) is left out with a warning at the place it was
 * written.  Time-ordering relations (causes, precedes, responds-to read in
 * time order) and part-of are two separate graphs, as the parser checks
 * them. */
static void drop_cycles(merger *m, relation_edge *edges, size_t edge_count,
                        size_t vertices, bool part_of) {
  size_t *start = evg_xcalloc(vertices + 2, sizeof *start);
  size_t *adjacent = evg_xmalloc((edge_count + 1) * sizeof *adjacent);
#define IN_GRAPH(e) ((edges[e].relation == EVG_REL_PART_OF) == part_of)
#define TAIL(e)                                                                \
  (edges[e].relation == EVG_REL_RESPONDS_TO ? edges[e].to : edges[e].from)
#define HEAD(e)                                                                \
  (edges[e].relation == EVG_REL_RESPONDS_TO ? edges[e].from : edges[e].to)
  for (size_t e = 0; e < edge_count; e++)
    if (IN_GRAPH(e))
      start[TAIL(e) + 2]++;
  for (size_t v = 2; v < vertices + 2; v++)
    start[v] += start[v - 1];
  for (size_t e = 0; e < edge_count; e++)
    if (IN_GRAPH(e))
      adjacent[start[TAIL(e) + 1]++] = HEAD(e);
  /* Tarjan: index, lowlink, the component stack and the call stack */
  size_t *index = evg_xmalloc((vertices + 1) * sizeof *index);
  size_t *low = evg_xmalloc((vertices + 1) * sizeof *low);
  size_t *component = evg_xmalloc((vertices + 1) * sizeof *component);
  size_t *stack = evg_xmalloc((vertices + 1) * sizeof *stack);
  size_t *calls = evg_xmalloc((vertices + 1) * sizeof *calls);
  size_t *next_edge = evg_xmalloc((vertices + 1) * sizeof *next_edge);
  bool *on_stack = evg_xcalloc(vertices + 1, sizeof *on_stack);
  size_t counter = 0, depth = 0, top = 0;
  for (size_t v = 0; v < vertices; v++)
    index[v] = SIZE_MAX;
  for (size_t root = 0; root < vertices; root++) {
    if (index[root] != SIZE_MAX)
      continue;
    calls[depth++] = root;
    index[root] = low[root] = counter++;
    next_edge[root] = start[root];
    stack[top++] = root, on_stack[root] = true;
    while (depth) {
      size_t v = calls[depth - 1];
      if (next_edge[v] < start[v + 1]) {
        size_t w = adjacent[next_edge[v]++];
        if (index[w] == SIZE_MAX) {
          index[w] = low[w] = counter++;
          next_edge[w] = start[w];
          stack[top++] = w, on_stack[w] = true;
          calls[depth++] = w;
        } else if (on_stack[w] && index[w] < low[v]) {
          low[v] = index[w];
        }
        continue;
      }
      if (low[v] == index[v]) {
        size_t w;
        do {
          w = stack[--top];
          on_stack[w] = false;
          component[w] = v;
        } while (w != v);
      }
      depth--;
      if (depth && low[v] < low[calls[depth - 1]])
        low[calls[depth - 1]] = low[v];
    }
  }
  for (size_t e = 0; e < edge_count; e++) {
    if (!IN_GRAPH(e) || component[edges[e].from] != component[edges[e].to])
      continue;
    edges[e].dropped = true;
    evg_diags_add(m->diags, EVG_SEV_WARNING, edges[e].pos.file,
                  edges[e].pos.line, edges[e].pos.col, 1, NULL,
                  "relation '%s' left out of the merge: with the events it "
                  "joins merged, it closes a cycle",
                  evg_relation_name(edges[e].relation));
  }
#undef IN_GRAPH
#undef TAIL
#undef HEAD
  free(start);
  free(adjacent);
  free(index);
  free(low);
  free(component);
  free(stack);
  free(calls);
  free(next_edge);
  free(on_stack);
}

/* Each input with its graph written as an events file (the key of the
 * canonical order), then sorted in that order. */
static void read_inputs(merger *m, const evg_graph *const *graphs,
                        size_t count) {
  m->inputs = evg_xcalloc(count + 1, sizeof *m->inputs);
  evg_diags *quiet = evg_diags_new(0);
  for (size_t i = 0; i < count; i++) {
    input *in = &m->inputs[i];
    in->graph = graphs[i];
    const char *file = graph_file(graphs[i]);
    in->name = file ? file : "";
    FILE *memory = open_memstream(&in->content, &in->content_len);
    if (memory) {
      evg_render_events(graphs[i], memory, quiet);
      fclose(memory);
    }
    if (!in->content) {
      in->content = evg_xstrndup("", 0);
      in->content_len = 0;
    }
  }
  evg_diags_free(quiet);
  m->input_count = count;
  qsort(m->inputs, count, sizeof *m->inputs, compare_inputs);
}

/* One merged event a group, its members in canonical record order, the
 * groups in the order of their first member; *groups is their count. */
static merged_event *gather_groups(const merger *m, size_t *groups) {
  size_t n = m->event_count;
  size_t *root_group = evg_xmalloc((n + 1) * sizeof *root_group);
  size_t *member_count = evg_xcalloc(n + 1, sizeof *member_count);
  *groups = 0;
  for (size_t i = 0; i < n; i++)
    member_count[merge_find(m->parent, i)]++;
  for (size_t i = 0; i < n; i++)
    root_group[i] = SIZE_MAX;
  merged_event *merged = evg_xcalloc(n + 1, sizeof *merged);
  for (size_t i = 0; i < n; i++) {
    size_t root = merge_find(m->parent, i);
    if (root_group[root] == SIZE_MAX) {
      root_group[root] = *groups;
      merged[*groups].members =
          evg_xmalloc(member_count[root] * sizeof(size_t));
      (*groups)++;
    }
    merged_event *me = &merged[root_group[root]];
    me->members[me->member_count++] = i;
  }
  free(member_count);
  free(root_group);
  return merged;
}

/* The group's representative, moved first (better_rep), and the member
 * whose date it takes. */
static void choose_representatives(const merger *m, merged_event *me) {
  qsort(me->members, me->member_count, sizeof(size_t), compare_members);
  size_t best = 0, date_best = 0;
  for (size_t i = 1; i < me->member_count; i++) {
    const event_rec *r = &m->events[me->members[i]];
    if (better_rep(r, &m->events[me->members[best]]))
      best = i;
    /* the narrower date wins; of equals, one its quote writes over one
     * the extraction carried from an earlier sentence, and that over the
     * paper's day given for want of any */
    const event_rec *held = &m->events[me->members[date_best]];
    const evg_date *d = &r->event->date;
    const evg_date *w = &held->event->date;
    if (merge_date_width(d) < merge_date_width(w) ||
        (merge_date_width(d) == merge_date_width(w) &&
         date_evidence(m, r) > date_evidence(m, held)))
      date_best = i;
  }
  me->date_member = me->members[date_best];
  size_t t = me->members[0];
  me->members[0] = me->members[best];
  me->members[best] = t;
  me->date = &m->events[me->date_member].event->date;
  me->rep_id = m->events[me->members[0]].event->id;
}

/* The periods of the result with the ids they claim. */
typedef struct {
  const evg_period **periods;
  const char **ids;
  size_t count;
} period_list;

/* One period per distinct (folded label, span); the first keeps it. */
static period_list claim_periods(merger *m) {
  evg_map period_seen = {0};
  size_t period_total = 0;
  for (size_t i = 0; i < m->input_count; i++)
    period_total += evg_graph_period_count(m->inputs[i].graph);
  period_list list = {evg_xmalloc((period_total + 1) * sizeof *list.periods),
                      evg_xmalloc((period_total + 1) * sizeof *list.ids), 0};
  for (size_t i = 0; i < m->input_count; i++) {
    const evg_graph *g = m->inputs[i].graph;
    for (size_t p = 0; p < evg_graph_period_count(g); p++) {
      const evg_period *period = evg_graph_period(g, p);
      evg_date span = evg_period_span(period);
      fold_words(&m->scratch, period->label);
      char *key = evg_arena_alloc(&m->arena, m->scratch.len + 64);
      sprintf(key, "%s\x1f%d\x1f%d\x1f%d", m->scratch.data, (int)span.start,
              (int)span.end, (int)span.open_end);
      if (!evg_map_put(&period_seen, key, 0))
        continue;
      list.periods[list.count] = period;
      list.ids[list.count++] = claim_id(m, period->id);
    }
  }
  evg_map_free(&period_seen);
  return list;
}

/* The result's title (the first input's that has one), actors and
 * periods. */
static void add_actors_periods(const merger *m, evg_builder *b,
                               const char **actor_ids,
                               const period_list *periods) {
  evg_arena *arena = evg_builder_arena(b);
  const char *title = NULL;
  for (size_t i = 0; i < m->input_count && !title; i++)
    title = evg_graph_title(m->inputs[i].graph);
  if (title)
    evg_builder_set_title(b, copy(arena, title));
  for (size_t a = 0; a < m->merged_actors; a++) {
    const evg_actor *rep = m->actors[m->merged_actor_rep[a]].actor;
    size_t index =
        evg_builder_add_actor(b, actor_ids[a], (evg_pos){NULL, 0, 0});
    evg_builder_actor_set(b, index, copy(arena, rep->name),
                          copy(arena, m->merged_actor_kind[a]));
  }
  for (size_t p = 0; p < periods->count; p++) {
    size_t index =
        evg_builder_add_period(b, periods->ids[p], (evg_pos){NULL, 0, 0});
    evg_period *to = evg_builder_period(b, index);
    const evg_period *from = periods->periods[p];
    to->label = copy(arena, from->label);
    to->from = from->from;
    to->to = from->to;
    to->open_end = from->open_end;
    to->color = copy(arena, from->color);
  }
}

/* Every input's edges in the canonical order of the articles they start
 * from (then as written), with *input_of the input of each; *total is
 * their count.  A counting sort: O(edges + articles). */
static const evg_edge **edges_by_article(const merger *m, size_t **input_of,
                                         size_t *total) {
  *total = 0;
  for (size_t i = 0; i < m->input_count; i++)
    *total += evg_graph_edge_count(m->inputs[i].graph);
  size_t *article_start = evg_xcalloc(m->article_count + 2, sizeof(size_t));
  for (size_t i = 0; i < m->input_count; i++) {
    const evg_graph *g = m->inputs[i].graph;
    for (size_t k = 0; k < evg_graph_edge_count(g); k++) {
      size_t from = m->inputs[i].record_of[evg_graph_edge(g, k)->from];
      article_start[m->events[from].article + 2]++;
    }
  }
  for (size_t a = 2; a < m->article_count + 2; a++)
    article_start[a] += article_start[a - 1];
  const evg_edge **by_article = evg_xmalloc((*total + 1) * sizeof *by_article);
  *input_of = evg_xmalloc((*total + 1) * sizeof(size_t));
  for (size_t i = 0; i < m->input_count; i++) {
    const evg_graph *g = m->inputs[i].graph;
    for (size_t k = 0; k < evg_graph_edge_count(g); k++) {
      const evg_edge *edge = evg_graph_edge(g, k);
      size_t from = m->inputs[i].record_of[edge->from];
      size_t at = article_start[m->events[from].article + 1]++;
      by_article[at] = edge, (*input_of)[at] = i;
    }
  }
  free(article_start);
  return by_article;
}

/* The relations between merged events: each input's edges once, to
 * merged events by record (edges_by_article's order), none within one
 * merged event; *edge_count is their count. */
static relation_edge *merged_relations(const merger *m,
                                       const merged_event *merged,
                                       size_t groups, size_t *edge_count) {
  size_t *group_of = evg_xmalloc((m->event_count + 1) * sizeof *group_of);
  for (size_t g = 0; g < groups; g++)
    for (size_t i = 0; i < merged[g].member_count; i++)
      group_of[merged[g].members[i]] = g;
  size_t total_edges, *input_of;
  const evg_edge **by_article = edges_by_article(m, &input_of, &total_edges);
  evg_map seen = {0};
  evg_arena keys = {0};
  size_t edge_cap = 16;
  *edge_count = 0;
  relation_edge *edges = evg_xmalloc(edge_cap * sizeof *edges);
  for (size_t k = 0; k < total_edges; k++) {
    const evg_edge *edge = by_article[k];
    const input *in = &m->inputs[input_of[k]];
    if (edge->relation >= EVG_REL_INVOLVES)
      continue;
    size_t from = group_of[in->record_of[edge->from]];
    size_t to = group_of[in->record_of[edge->to]];
    if (from == to)
      continue;
    char *key = evg_arena_alloc(&keys, 48);
    sprintf(key, "%zu\x1f%d\x1f%zu", from, (int)edge->relation, to);
    if (!evg_map_put(&seen, key, 0))
      continue;
    if (*edge_count == edge_cap)
      edges = evg_xrealloc(edges, (edge_cap *= 2) * sizeof *edges);
    edges[(*edge_count)++] =
        (relation_edge){from, to, edge->relation, edge->pos, false};
  }
  free(by_article);
  free(input_of);
  evg_map_free(&seen);
  evg_arena_free(&keys);
  free(group_of);
  return edges;
}

/* The relations that close no cycle (drop_cycles), as references. */
static void add_relations(merger *m, evg_builder *b, const merged_event *merged,
                          size_t groups) {
  size_t edge_count;
  relation_edge *edges = merged_relations(m, merged, groups, &edge_count);
  drop_cycles(m, edges, edge_count, groups, false);
  drop_cycles(m, edges, edge_count, groups, true);
  for (size_t k = 0; k < edge_count; k++) {
    if (edges[k].dropped)
      continue;
    evg_ref ref = {
        copy(evg_builder_arena(b), merged[edges[k].to].id), {NULL, 0, 0}, 1};
    evg_builder_event_ref(b, edges[k].from, edges[k].relation, &ref, NULL);
  }
  free(edges);
}

static void free_merger(merger *m) {
  for (size_t i = 0; i < m->event_count; i++) {
    free(m->events[i].terms);
    free(m->events[i].headline_terms);
    free(m->events[i].act_terms);
    free(m->events[i].name_terms);
    free(m->events[i].factor);
    free(m->events[i].actors);
  }
  free(m->events);
  free(m->parent);
  free(m->written);
  free(m->clock);
  free(m->term_weight);
  free(m->who_term);
  free(m->name_term);
  for (size_t i = 0; i < m->actor_count; i++)
    free(m->actors[i].key);
  free(m->actors);
  free(m->merged_actor_rep);
  free(m->merged_actor_kind);
  merge_free_articles(m);
  for (size_t i = 0; i < m->input_count; i++)
    free(m->inputs[i].content), free(m->inputs[i].record_of);
  free(m->inputs);
  evg_map_free(&m->actor_index);
  evg_map_free(&m->ids);
  evg_buf_free(&m->scratch);
  evg_arena_free(&m->arena);
}

evg_graph *evg_merge(const evg_graph *const *graphs, size_t count,
                     evg_diags *diags) {
  merger m;
  memset(&m, 0, sizeof m);
  m.diags = diags;
  read_inputs(&m, graphs, count);
  merge_find_articles(&m);
  merge_actors(&m);
  collect_events(&m);
  group_events(&m);
  size_t groups;
  merged_event *merged = gather_groups(&m, &groups);
  for (size_t g = 0; g < groups; g++)
    choose_representatives(&m, &merged[g]);
  qsort(merged, groups, sizeof *merged, compare_merged);
  /* ids: actors, periods, then events claim theirs in that order */
  const char **actor_ids =
      evg_xmalloc((m.merged_actors + 1) * sizeof *actor_ids);
  for (size_t a = 0; a < m.merged_actors; a++)
    actor_ids[a] = claim_id(&m, m.actors[m.merged_actor_rep[a]].actor->id);
  period_list periods = claim_periods(&m);
  for (size_t g = 0; g < groups; g++)
    merged[g].id = claim_id(&m, m.events[merged[g].members[0]].event->id);
  evg_builder *b = evg_builder_new("merged", diags);
  add_actors_periods(&m, b, actor_ids, &periods);
  for (size_t g = 0; g < groups; g++)
    add_event(&m, b, &merged[g], actor_ids);
  add_relations(&m, b, merged, groups);
  evg_graph *result = evg_builder_finish(b);
  for (size_t g = 0; g < groups; g++)
    free(merged[g].members);
  free(merged);
  free(periods.periods);
  free(periods.ids);
  free(actor_ids);
  free_merger(&m);
  return result;
}
