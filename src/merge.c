/* merge.c: several graphs (events files about the same happenings) joined
 * into one: actors by folded name, events that are the same happening into
 * one event with every citation, dates that disagree reported.  The rules
 * and their thresholds are in evgraph.h (evg_merge) and the README; the
 * rules that tell whether two events are one happening in merge_pairs.c,
 * the merged graph built from the groups in merge_result.c. */
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
void merge_fold_words(evg_buf *out, const char *text) {
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
  merge_fold_words(scratch, r->actor->name ? r->actor->name : r->actor->id);
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
 * unless its one loose word meets a pair by every actor (yields), its
 * words stand in neither core (off_cores) or its one word opens one
 * headline only (one_lead). */
static int words_tier(const candidate *c) {
  if (!c->what)
    return 1;
  return c->yields || c->off_cores || c->one_lead ? 2 : 0;
}

static int compare_candidates(const void *x, const void *y) {
  const candidate *p = x, *q = y;
  if (p->recall != q->recall)
    return p->recall ? 1 : -1;
  if (p->loose_day != q->loose_day)
    return p->loose_day ? 1 : -1;
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

/* One record an actor of every input, with its folded key, in input
 * order. */
static void record_actors(merger *m) {
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
}

/* Joins the actors of the same folded name. */
static void join_same_names(const merger *m, size_t *parent) {
  evg_map by_key = {0};
  for (size_t i = 0; i < m->actor_count; i++) {
    size_t first;
    if (!evg_map_get(&by_key, m->actors[i].key, &first))
      evg_map_put(&by_key, m->actors[i].key, i);
    else
      parent[merge_find(parent, i)] = merge_find(parent, first);
  }
  evg_map_free(&by_key);
}

/* Joins a family name alone and the one person's full name that ends in
 * it; two full names with that family name make it ambiguous
 * (SIZE_MAX). */
static void join_family_names(const merger *m, size_t *parent) {
  size_t total = m->actor_count;
  evg_map by_family = {0};
  size_t *family = evg_xmalloc((total + 1) * sizeof *family);
  size_t families = 0;
  for (size_t i = 0; i < total; i++) {
    const actor_rec *r = &m->actors[i];
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
    const actor_rec *r = &m->actors[i];
    size_t k;
    if (r->words == 1 && is_person(r->actor->kind, true) &&
        evg_map_get(&by_family, r->key, &k) && family[k] != SIZE_MAX)
      parent[merge_find(parent, i)] = merge_find(parent, family[k]);
  }
  free(family);
  evg_map_free(&by_family);
}

/* By root, each group's representative: the fullest name (most words,
 * then the longest), then the smallest id, then the canonical input
 * order. */
static size_t *actor_representatives(const merger *m, size_t *parent) {
  size_t total = m->actor_count;
  size_t *rep = evg_xmalloc((total + 1) * sizeof *rep);
  for (size_t i = 0; i < total; i++)
    rep[i] = SIZE_MAX;
  for (size_t i = 0; i < total; i++) {
    size_t root = merge_find(parent, i), *best = &rep[root];
    const actor_rec *r = &m->actors[i];
    if (*best == SIZE_MAX) {
      *best = i;
      continue;
    }
    const actor_rec *b = &m->actors[*best];
    size_t rl = strlen(r->key), bl = strlen(b->key);
    int better = r->words != b->words ? (r->words > b->words ? 1 : -1)
                 : rl != bl           ? (rl > bl ? 1 : -1)
                                      : -strcmp(r->actor->id, b->actor->id);
    if (better > 0)
      *best = i;
  }
  return rep;
}

/* The merged actors in the order of their representatives' keys and ids,
 * and each actor record's merged actor. */
static void number_merged_actors(merger *m, size_t *parent, const size_t *rep) {
  size_t total = m->actor_count;
  actor_rec **order = evg_xmalloc((total + 1) * sizeof *order);
  size_t groups = 0;
  for (size_t i = 0; i < total; i++)
    if (rep[merge_find(parent, i)] == i)
      order[groups++] = &m->actors[i];
  qsort(order, groups, sizeof *order, compare_actor_recs);
  m->merged_actors = groups;
  m->merged_actor_rep = evg_xmalloc((groups + 1) * sizeof(size_t));
  size_t *merged_of_root = evg_xmalloc((total + 1) * sizeof *merged_of_root);
  for (size_t g = 0; g < groups; g++) {
    size_t index = (size_t)(order[g] - m->actors);
    m->merged_actor_rep[g] = index;
    merged_of_root[merge_find(parent, index)] = g;
  }
  for (size_t i = 0; i < total; i++)
    m->actors[i].merged = merged_of_root[merge_find(parent, i)];
  free(merged_of_root);
  free(order);
}

/* A merged actor's kind: the representative's, unless it says nothing
 * ("other" or none): then the first member's that says something. */
static void merged_actor_kinds(merger *m) {
  m->merged_actor_kind =
      evg_xcalloc(m->merged_actors + 1, sizeof(const char *));
  for (size_t g = 0; g < m->merged_actors; g++)
    m->merged_actor_kind[g] = m->actors[m->merged_actor_rep[g]].actor->kind;
  for (size_t i = 0; i < m->actor_count; i++) {
    const char *kind = m->actors[i].actor->kind;
    const char **have = &m->merged_actor_kind[m->actors[i].merged];
    if (kind && strcmp(kind, "other") != 0 &&
        (!*have || strcmp(*have, "other") == 0))
      *have = kind;
  }
}

/* Actors become one by folded name, or a family name alone with the one
 * full name that ends in it. */
static void merge_actors(merger *m) {
  record_actors(m);
  size_t total = m->actor_count;
  size_t *parent = evg_xmalloc((total + 1) * sizeof *parent);
  for (size_t i = 0; i < total; i++)
    parent[i] = i;
  join_same_names(m, parent);
  join_family_names(m, parent);
  size_t *rep = actor_representatives(m, parent);
  number_merged_actors(m, parent, rep);
  merged_actor_kinds(m);
  free(rep);
  free(parent);
}

size_t merge_actor_of(merger *m, const event_rec *r, size_t a) {
  const evg_graph *g = m->inputs[r->input].graph;
  size_t rec = 0;
  evg_map_get(
      &m->actor_index,
      input_key(m, r->input, evg_graph_actor(g, r->event->actors[a])->id),
      &rec);
  return m->actors[rec].merged;
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
  r->main_terms = NULL;
  size_t told_cap = 0, told_n = 0;
  r->told_terms = NULL;
  bool relative = false;
  /* the first quote with a clause blanked, for the headline's */
  char *first_told = NULL;
  const char *first_quote = NULL;
  for (size_t c = 1; c <= r->event->citation_count + 1; c++) {
    /* the headline too, last: the extraction may keep the adjunct in it
     * ("The road reopened, after the escape") */
    bool label = c > r->event->citation_count;
    const char *text =
        label ? r->event->label : r->event->citations[c - 1].quote;
    if (!text)
      continue;
    char *main = merge_quote_without_adjuncts(text);
    evg_terms_add(folder, main ? main : text, &r->main_terms, &n, &cap);
    char *told = NULL;
    bool before = relative;
    if (!label) {
      told = merge_without_dated_relatives(
          text, main ? evg_xstrndup(main, strlen(main)) : NULL, &relative);
    } else if (relative)
      told = merge_headline_without_relative(main ? main : text, first_quote,
                                             first_told);
    const char *kept = told ? told : main ? main : text;
    evg_terms_add(folder, kept, &r->told_terms, &told_n, &told_cap);
    if (relative && !before && !label)
      first_told = told, first_quote = text;
    else
      free(told);
    free(main);
  }
  r->main_term_count = sorted_terms(&r->main_terms, n);
  free(first_told);
  r->told_term_count = sorted_terms(&r->told_terms, told_n);
  r->restates = relative;
  cap = n = 0;
  r->headline_terms = NULL;
  evg_terms_add(folder, r->event->label, &r->headline_terms, &n, &cap);
  r->lead_term = n ? r->headline_terms[0] : SIZE_MAX;
  r->headline_term_count = sorted_terms(&r->headline_terms, n);
  size_t act_length = merge_headline_act_length(r->event->label);
  r->reports_saying = act_length < strlen(r->event->label);
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
  for (size_t a = 0; a < r->event->actor_count; a++)
    r->actors[a] = merge_actor_of(m, r, a);
  r->actor_count = merge_sort_unique(r->actors, r->event->actor_count);
  size_t name_cap = 0, name_count = 0;
  r->name_terms = NULL;
  for (size_t a = 0; a < r->event->actor_count; a++) {
    const evg_actor *actor = evg_graph_actor(g, r->event->actors[a]);
    evg_terms_add(folder, actor->name ? actor->name : actor->id, &r->name_terms,
                  &name_count, &name_cap);
  }
  r->name_term_count = sorted_terms(&r->name_terms, name_count);
  size_t whole_cap = 0, whole_length = 0;
  r->whole_names = NULL;
  for (size_t a = 0; a < r->event->actor_count; a++) {
    const evg_actor *actor = evg_graph_actor(g, r->event->actors[a]);
    size_t from = whole_length;
    evg_terms_add(folder, actor->name ? actor->name : actor->id,
                  &r->whole_names, &whole_length, &whole_cap);
    if (whole_length == from)
      continue;
    whole_length =
        from + merge_sort_unique(r->whole_names + from, whole_length - from);
    if (whole_length == whole_cap)
      r->whole_names = evg_xrealloc(
          r->whole_names, (whole_cap = 2 * whole_cap) * sizeof *r->whole_names);
    r->whole_names[whole_length++] = SIZE_MAX;
  }
  r->whole_name_length = whole_length;
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

/* Which terms are words of posts (who someone is, not what happened:
 * the words of actors' names are each article's, merge_article_who_terms),
 * which are names that are no actor's (a place, a body): where or who,
 * not what; and which are amounts. */
static void mark_post_terms(merger *m, evg_term_folder *folder) {
  size_t *posts = NULL, post_count = 0, post_cap = 0;
  evg_terms_add(folder, POST_WORDS, &posts, &post_count, &post_cap);
  size_t vocabulary = evg_term_folder_size(folder);
  m->post_term = evg_xcalloc(vocabulary + 1, sizeof *m->post_term);
  for (size_t i = 0; i < post_count; i++)
    m->post_term[posts[i]] = true;
  m->name_term = evg_xcalloc(vocabulary + 1, sizeof *m->name_term);
  m->amount_term = evg_xcalloc(vocabulary + 1, sizeof *m->amount_term);
  m->number_term = evg_xcalloc(vocabulary + 1, sizeof *m->number_term);
  for (size_t t = 0; t < vocabulary; t++)
    m->name_term[t] = evg_term_is_name(folder, t),
    m->amount_term[t] = merge_term_is_amount(folder, t),
    m->number_term[t] = merge_term_is_number(folder, t);
  free(posts);
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

/* Whether a term is a word of who did something in an article: a word of
 * a post, or of the name of one of its actors. */
static bool article_who(const merger *m, const article *art, size_t term) {
  return m->post_term[term] ||
         bsearch(&term, art->who_terms, art->who_term_count, sizeof term,
                 merge_compare_size) != NULL;
}

/* Each event's words of who, by term (event_rec.who). */
static void mark_event_who(merger *m) {
  for (size_t i = 0; i < m->event_count; i++) {
    event_rec *r = &m->events[i];
    const article *art = &m->articles[r->article];
    r->who = evg_xmalloc((r->term_count + 1) * sizeof *r->who);
    for (size_t t = 0; t < r->term_count; t++)
      r->who[t] = article_who(m, art, r->terms[t]);
  }
}

/* An event whose headline says at most one word of what happened. */
static void mark_quote_cores(merger *m) {
  for (size_t i = 0; i < m->event_count; i++) {
    event_rec *r = &m->events[i];
    size_t what = 0;
    for (size_t h = 0; h < r->headline_term_count; h++)
      what += !article_who(m, &m->articles[r->article], r->headline_terms[h]);
    r->quote_is_core = what <= 1;
  }
}

/* Whether the first `n` bytes of a and b are alike, ASCII case ignored. */
static bool prefix_ci(const char *a, const char *b, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!a[i] ||
        ascii_lower((unsigned char)a[i]) != ascii_lower((unsigned char)b[i]))
      return false;
  return true;
}

/* Whether the event's headline (its first two words) stands in its quote
 * right after "after" or "since": a happening the sentence recalls to
 * date another ("Trains crossed the Rhine again on Friday, three days
 * after a gravel barge rammed one of the bridge's piers").  One pass over
 * the quote, two words compared at each word. */
static bool told_after(const evg_event *e) {
  const char *quote = e->quote, *label = e->label;
  if (!quote || !label)
    return false;
  size_t n = 0;
  for (int spaces = 0; label[n] && !(label[n] == ' ' && ++spaces == 2);)
    n++;
  if (n == 0)
    return false;
  for (const char *p = quote; *p; p++) {
    if ((p > quote && ascii_alnum((unsigned char)p[-1])) ||
        !prefix_ci(p, label, n))
      continue;
    const char *end = p;
    while (end > quote && end[-1] == ' ')
      end--;
    const char *start = end;
    while (start > quote && ascii_alpha((unsigned char)start[-1]))
      start--;
    if (equals_ci(start, (size_t)(end - start), "after") ||
        equals_ci(start, (size_t)(end - start), "since"))
      return true;
  }
  return false;
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
      m->events[i].sentence = first,
      m->events[i].recalled =
          merge_last_day(&e->date) <
              merge_first_day(&m->events[first].event->date) &&
          told_after(e);
    else
      evg_map_put(&quotes, key, i);
  }
  evg_map_free(&quotes);
  return shares_quote;
}

/* A sentence told as several events (the same first quote in one
 * article): the words outside an event's headline may tell its sibling's
 * happening, so they weigh EVG_MERGE_SHARED_SENTENCE percent; so do all
 * the words of an event whose headline is an earlier sibling's. */
static void weigh_event_terms(merger *m) {
  bool *shares_quote = find_shared_sentences(m);
  for (size_t i = 0; i < m->event_count; i++) {
    event_rec *r = &m->events[i];
    r->weight = 0;
    r->factor = evg_xmalloc((r->term_count + 1) * sizeof *r->factor);
    r->aside = evg_xmalloc((r->term_count + 1) * sizeof *r->aside);
    /* a later event of the sentence whose headline the extraction wrote
     * as the first's ("Poachers shot dead two black rhinos" for the
     * clause "and sawed off their horns", pair 69) has no words of its
     * own: its headline is its sibling's */
    bool echo =
        r->sentence != i &&
        strcmp(r->event->label, m->events[r->sentence].event->label) == 0;
    if (r->restates)
      r->story_factor =
          evg_xmalloc((r->term_count + 1) * sizeof *r->story_factor);
    r->story_weight = 0;
    for (size_t t = 0, h = 0, k = 0, o = 0; t < r->term_count; t++) {
      while (h < r->headline_term_count && r->headline_terms[h] < r->terms[t])
        h++;
      while (k < r->main_term_count && r->main_terms[k] < r->terms[t])
        k++;
      while (o < r->told_term_count && r->told_terms[o] < r->terms[t])
        o++;
      bool in_headline =
          h < r->headline_term_count && r->headline_terms[h] == r->terms[t];
      /* a word only of a time adjunct or of a dated relative clause tells
       * the happening it dates the sentence by or restates, as a
       * sibling's words may */
      bool in_main = k < r->main_term_count && r->main_terms[k] == r->terms[t];
      bool in_told = o < r->told_term_count && r->told_terms[o] == r->terms[t];
      r->aside[t] = !in_told;
      bool own = (in_headline && !echo) || !shares_quote[i];
      double part = EVG_MERGE_SHARED_SENTENCE / 100.0;
      r->factor[t] = own && in_told ? 1.0 : part;
      r->weight += m->term_weight[r->terms[t]] * r->factor[t];
      if (r->story_factor) {
        r->story_factor[t] = own && in_main ? 1.0 : part;
        r->story_weight += m->term_weight[r->terms[t]] * r->story_factor[t];
      }
    }
    free(r->main_terms);
    r->main_terms = NULL;
    free(r->told_terms);
    r->told_terms = NULL;
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
  m->times = evg_xcalloc(total + 1, sizeof *m->times);
  m->time_read = evg_xcalloc(total + 1, sizeof *m->time_read);
  for (size_t i = 0; i < m->input_count; i++)
    m->inputs[i].has_anchor =
        evg_graph_anchor(m->inputs[i].graph, &m->inputs[i].anchor);
  evg_term_folder *folder = evg_term_folder_new();
  record_events(m, folder);
  merge_article_who_terms(m);
  mark_post_terms(m, folder);
  mark_event_who(m);
  size_t vocabulary = evg_term_folder_size(folder);
  evg_term_folder_free(folder);
  weigh_terms(m, vocabulary);
  mark_quote_cores(m);
  weigh_event_terms(m);
  merge_clause_times(m);
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
 * sentence with a shorter headline.  But a sibling whose own clause writes
 * a clock time within both roundings of the event's goes first
 * (merge_clause_clocks_meet): the time is that clause's, and its words
 * are fewer than a sibling's that shares the sentence's nouns ("forced
 * open a roof hatch at about 2:10 a.m." takes "The raiders cut through a
 * skylight ... shortly after two in the morning" from "The two men had
 * climbed the builders' scaffolding"; merge47, pairs 99, 105 and 109).
 * Seen from one side of the pairs, then the other; O(n log n). */
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
      bool chosen_meets = false;
      for (size_t k = from; k < to; k++) {
        const candidate *c = &pairs[keys[k].candidate];
        double value = c->shared / sqrt(longest * one_weight) + c->date_part;
        bool meets =
            merge_clause_clocks_meet(m, &m->events[c->a], &m->events[c->b]);
        if (chosen == SIZE_MAX || meets > chosen_meets ||
            (meets == chosen_meets && value > chosen_value))
          chosen = keys[k].candidate, chosen_value = value,
          chosen_meets = meets;
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

/* Whether one of two dates is one day and the other a span of at most
 * MERGE_LOOSE_SPAN_DAYS days that holds it (candidate.loose_day). */
static bool day_in_short_span(const evg_date *a, const evg_date *b) {
  int64_t wa = merge_date_width(a), wb = merge_date_width(b);
  return (wa == 0) != (wb == 0) && wa < MERGE_LOOSE_SPAN_DAYS &&
         wb < MERGE_LOOSE_SPAN_DAYS && merge_dates_overlap(a, b);
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
  return (candidate){
      .what = shared.what > shared.named_what,
      .off_cores = merge_words_off_cores(m, a, b),
      .one_lead = merge_one_word_leads_one(m, a, b),
      .loose_day = day_in_short_span(&a->event->date, &b->event->date),
      .similarity = score,
      .headlines = headlines,
      .shared = merge_weighted_shared(m, a, b),
      .date_part = EVG_MERGE_DATE_WEIGHT / 100.0 *
                   merge_date_closeness(&a->event->date, &b->event->date),
      .a = x < y ? x : y,
      .b = x < y ? y : x};
}

/* An event seen with its dated relative clauses' words at full weight
 * (story_factor), and back: swapped in place. */
static void story_view(event_rec *r) {
  if (!r->story_factor)
    return;
  double *factor = r->factor, weight = r->weight;
  r->factor = r->story_factor, r->weight = r->story_weight;
  r->story_factor = factor, r->story_weight = weight;
}

/* Whether two events that fail the rule would pass it with the words of a
 * dated relative clause of either at full weight ("The goalkeeper who was
 * struck by lightning at a youth tournament on Sunday left hospital" and
 * "Nine people were hurt on Sunday when lightning struck beside a pitch
 * during a youth tournament"): the clause restates the other's happening
 * to say who the sentence is about, so the two are no one happening, but
 * their articles tell one story, which the guard counts
 * (PAIR_BY_STORY). */
static bool restated_pair(const merger *m, event_rec *a, event_rec *b) {
  if (!a->restates && !b->restates)
    return false;
  story_view(a), story_view(b);
  unsigned score;
  bool same = merge_same_happening(m, a, b, &score);
  story_view(a), story_view(b);
  return same;
}

/* A pair by words of an event of a sentence told as several, found
 * through the sentence's words, is the sibling's too whose own clause
 * writes the clock the other event writes, when the event's own clause
 * does not: "Arslan called the emergency number from a café at 18:20,
 * after his friends stopped answering messages" tells "He raised the
 * alarm from a beach café at 6:20 p.m. when the others did not answer
 * their phones" by its first clause, though "answering" pairs the
 * second; level_siblings then lets the clock choose.  Appends at most
 * two pairs to the `count` of `pairs` (room for them is made); returns
 * the new count. */
static size_t add_clock_siblings(const merger *m, candidate *pairs,
                                 size_t count, size_t x, size_t y) {
  candidate c = pairs[count - 1];
  for (int side = 0; side < 2; side++) {
    size_t one = side ? y : x, other = side ? x : y;
    size_t sibling = merge_clock_sibling(m, one, &m->events[other]);
    if (sibling == SIZE_MAX)
      continue;
    c.a = sibling < other ? sibling : other;
    c.b = sibling < other ? other : sibling;
    pairs[count++] = c;
  }
  return count;
}

/* Candidate pairs from a sweep over the events in start order, each event
 * against the COMPARE_MAX before it: pairs by words, and pairs by
 * headlines, by actor or by day alone (merge_headlines_pair,
 * merge_actor_day_pair, merge_lone_day_pair). */
static candidate *find_candidates(const merger *m, size_t *count) {
  size_t n = m->event_count;
  size_t *by_start = events_by_start(m);
  size_t cap = 64;
  candidate *pairs = evg_xmalloc(cap * sizeof *pairs);
  *count = 0;
  for (size_t k = 0; k < n; k++) {
    event_rec *b = &m->events[by_start[k]];
    size_t compared = 0;
    for (size_t j = k; j-- > 0 && compared < COMPARE_MAX;) {
      event_rec *a = &m->events[by_start[j]];
      compared++;
      unsigned score;
      size_t x = by_start[j], y = by_start[k];
      if (merge_title_line(m, x) || merge_title_line(m, y))
        continue;
      candidate c;
      bool same = merge_same_happening(m, a, b, &score);
      size_t restating = same ? merge_restating_lead(m, x, y) : 0;
      if (restating)
        c = (candidate){.kind = PAIR_BY_STORY, .restating = restating};
      else if (same && merge_saying_against_act(m, a, b))
        c = (candidate){.kind = PAIR_BY_STORY};
      else if (same)
        c = words_pair(m, x, y, score);
      else if (restated_pair(m, a, b))
        c = (candidate){.kind = PAIR_BY_STORY};
      else if (merge_headlines_pair(m, a, b))
        c = (candidate){.kind = PAIR_BY_HEADLINES};
      else if (merge_actor_day_pair(a, b))
        c = (candidate){.kind = PAIR_BY_ACTOR};
      else if (merge_lone_day_pair(m, a, b))
        c = (candidate){.kind = PAIR_BY_DAY};
      else if (merge_time_pair(m, a, b))
        c = (candidate){.kind = PAIR_BY_TIME};
      else
        continue;
      /* times of one day that lie hours apart tell two happenings */
      if (merge_times_differ(m, a, b))
        continue;
      /* a follow-up recalls the story's first happening, which the
       * first report's lead tells: a recall pairs only with an event of
       * its article's first sentence */
      if ((a->recalled && !merge_opens_article(m, b)) ||
          (b->recalled && !merge_opens_article(m, a)))
        continue;
      c.a = x < y ? x : y, c.b = x < y ? y : x;
      c.recall = a->recalled || b->recalled;
      if (*count + 2 >= cap)
        pairs = evg_xrealloc(pairs, (cap *= 2) * sizeof *pairs);
      pairs[(*count)++] = c;
      if (c.kind == PAIR_BY_WORDS)
        *count = add_clock_siblings(m, pairs, *count, x, y);
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
  /* which articles each group holds, as "group\x1farticle" keys whose
   * value is the article's member (sentence_told_elsewhere): a union
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
                group_article_key(&gr->keys, i, m->events[i].article), i);
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
                group_article_key(&gr->keys, a, m->events[i].article), i),
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

/* Whether another event of `other`'s sentence (one told as several
 * events) is joined already with an event of `one`'s article told in
 * another sentence than one's: that sentence is then the one its
 * article's telling pairs with, and a pair by words of one with a
 * sibling clause mostly rests on the words of the sibling's quote, which
 * the two clauses share ("telling residents to stay indoors and keep
 * their windows shut" took "it stayed closed" once "At 14:30 the police
 * shut the A15 motorway" had joined "Police closed the A15 motorway",
 * pair 114, once its articles count as one story; merge50).  A sentence whose
 * clauses pair with one sentence's clauses ("the tide poured through the gap
 * ... and swamped 300 homes" with "The tide flowed through the opening, and 300
 * houses were flooded") is one's own sentence and passes. O(MERGE_SIBLINGS_MAX)
 * look-ups: a group holds at most one event of an article, the one its
 * `holds` key names. */
static bool sentence_told_elsewhere(const merger *m, grouping *gr, size_t one,
                                    size_t other) {
  size_t first = m->events[other].sentence;
  char probe[64];
  for (size_t r = first; r < m->event_count && r - first < MERGE_SIBLINGS_MAX &&
                         m->events[r].sentence == first;
       r++) {
    size_t group = merge_find(m->parent, r), member;
    if (r == other || gr->size[group] < 2)
      continue;
    snprintf(probe, sizeof probe, "%zx\x1f%zx", group, m->events[one].article);
    if (evg_map_get(&gr->holds, probe, &member) &&
        m->events[member].sentence != m->events[one].sentence)
      return true;
  }
  return false;
}

/* Unions from the first pair down (the pairs in compare_candidates'
 * order); a group never holds two events of one article. */
static void join_pairs(merger *m, const candidate *pairs, size_t count) {
  grouping gr;
  grouping_init(m, &gr);
  for (size_t p = 0; p < count; p++) {
    size_t a = merge_find(m->parent, pairs[p].a),
           b = merge_find(m->parent, pairs[p].b);
    if (a == b || !kind_may_join(m, &gr, &pairs[p], a, b) ||
        (pairs[p].kind == PAIR_BY_WORDS &&
         (sentence_told_elsewhere(m, &gr, pairs[p].a, pairs[p].b) ||
          sentence_told_elsewhere(m, &gr, pairs[p].b, pairs[p].a))))
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

/* A pair by headlines tells which of an event's tellings is the other
 * article's only when it is the event's one pair by headlines: of an
 * event with two, a word both headlines use does not tell which (as with
 * the pairs by actor and by day), so neither is kept.  Returns the new
 * count; O(count). */
static size_t drop_ambiguous_headline_pairs(const merger *m, candidate *pairs,
                                            size_t count) {
  size_t *pairs_of = evg_xcalloc(m->event_count + 1, sizeof *pairs_of);
  size_t *clock_pairs_of = evg_xcalloc(m->event_count + 1, sizeof *pairs_of);
  bool *clocks = evg_xcalloc(count + 1, sizeof *clocks);
  for (size_t p = 0; p < count; p++)
    if (pairs[p].kind == PAIR_BY_HEADLINES) {
      pairs_of[pairs[p].a]++, pairs_of[pairs[p].b]++;
      clocks[p] = merge_event_clocks_meet(m, &m->events[pairs[p].a],
                                          &m->events[pairs[p].b]);
      if (clocks[p])
        clock_pairs_of[pairs[p].a]++, clock_pairs_of[pairs[p].b]++;
    }
  size_t n = 0;
  for (size_t p = 0; p < count; p++)
    if (pairs[p].kind != PAIR_BY_HEADLINES ||
        (pairs_of[pairs[p].a] == 1 && pairs_of[pairs[p].b] == 1) ||
        (clocks[p] && clock_pairs_of[pairs[p].a] == 1 &&
         clock_pairs_of[pairs[p].b] == 1))
      pairs[n++] = pairs[p];
  free(clocks);
  free(clock_pairs_of);
  free(pairs_of);
  return n;
}

/* Candidate pairs, ranked, then unions from the most similar pair down; a
 * group never holds two events of one article (one article does not tell
 * one happening twice). */
static void group_events(merger *m) {
  size_t count;
  merge_mark_days_told_again(m);
  candidate *pairs = find_candidates(m, &count);
  merge_demote_restating(m, pairs, count);
  count = merge_keep_related_articles(m, pairs, count);
  count = drop_ambiguous_headline_pairs(m, pairs, count);
  count = merge_drop_ambiguous_time_pairs(m, pairs, count);
  size_t word_pairs = words_first(pairs, count);
  level_siblings(m, pairs, word_pairs);
  yield_to_same_actors(m, pairs, word_pairs);
  qsort(pairs, count, sizeof *pairs, compare_candidates);
  join_pairs(m, pairs, count);
  free(pairs);
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

static void free_merger(merger *m) {
  for (size_t i = 0; i < m->event_count; i++) {
    free(m->events[i].terms);
    free(m->events[i].headline_terms);
    free(m->events[i].act_terms);
    free(m->events[i].name_terms);
    free(m->events[i].whole_names);
    free(m->events[i].factor);
    free(m->events[i].aside);
    free(m->events[i].story_factor);
    free(m->events[i].who);
    free(m->events[i].actors);
  }
  free(m->events);
  free(m->parent);
  free(m->written);
  free(m->clock);
  free(m->times);
  free(m->time_read);
  free(m->term_weight);
  free(m->post_term);
  free(m->amount_term);
  free(m->number_term);
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
  merge_carried_to_papers_day(&m);
  group_events(&m);
  merge_own_dates(&m);
  evg_graph *result = merge_build_result(&m, diags);
  free_merger(&m);
  return result;
}
