/* merge_result.c: the merged graph built from the groups of events
 * (merge.c): one event a group, its representative's id and headline, the
 * narrowest date, every citation; the actors and periods of the inputs;
 * their relations once each, without cycles. */
#define _POSIX_C_SOURCE 200809L
#include "merge_internal.h"

#include <stdlib.h>
#include <string.h>

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

/* A merged event while it is added: what it has been given once (actors,
 * tags, citations, notes) by keys in `keys`. */
typedef struct {
  evg_builder *b;
  evg_arena *arena; /* the builder's */
  size_t e;         /* its index in the builder */
  evg_map seen;
  evg_arena keys;
} event_out;

/* The winning member's date, written in the ISO notation. */
static void add_event_date(event_out *out, const event_rec *winner) {
  char text[128];
  evg_date_spec spec;
  memset(&spec, 0, sizeof spec);
  spec.kind = EVG_DATE_ABSOLUTE;
  spec.absolute = winner->event->date;
  evg_date_format_iso(&spec.absolute, text, sizeof text);
  spec.text = copy(out->arena, text);
  spec.span = 1;
  evg_builder_event_date(out->b, out->e, &spec);
}

/* Actors and tags: the union, in member order. */
static void add_actors_tags(merger *m, event_out *out, const merged_event *me,
                            const char *const *actor_ids) {
  for (size_t i = 0; i < me->member_count; i++) {
    const event_rec *r = &m->events[me->members[i]];
    for (size_t a = 0; a < r->event->actor_count; a++) {
      const char *id = actor_ids[merge_actor_of(m, r, a)];
      char *key = evg_arena_alloc(&out->keys, strlen(id) + 3);
      sprintf(key, "a\x1f%s", id);
      if (evg_map_put(&out->seen, key, 0)) {
        evg_ref ref = {copy(out->arena, id), {NULL, 0, 0}, 1};
        evg_builder_event_ref(out->b, out->e, EVG_REL_INVOLVES, &ref, NULL);
      }
    }
    for (size_t t = 0; t < r->event->tag_count; t++) {
      char *key = evg_arena_alloc(&out->keys, strlen(r->event->tags[t]) + 3);
      sprintf(key, "t\x1f%s", r->event->tags[t]);
      if (evg_map_put(&out->seen, key, 0))
        evg_builder_event_tag(out->b, out->e,
                              copy(out->arena, r->event->tags[t]));
    }
  }
}

/* Citations: every member's, a missing source named by its input (an
 * event without any is cited by its input alone). */
static void add_citations(const merger *m, event_out *out,
                          const merged_event *me) {
  for (size_t i = 0; i < me->member_count; i++) {
    const event_rec *r = &m->events[me->members[i]];
    const char *fallback = input_source(m, r);
    const evg_citation alone = {fallback, NULL};
    size_t citations = r->event->citation_count;
    for (size_t c = 0; c < (citations ? citations : 1); c++) {
      const evg_citation *cite = citations ? &r->event->citations[c] : &alone;
      const char *source = cite->source ? cite->source : fallback;
      const char *quote = cite->quote ? cite->quote : "";
      char *key =
          evg_arena_alloc(&out->keys, strlen(source) + strlen(quote) + 4);
      sprintf(key, "c\x1f%s\x1f%s", source, quote);
      if (evg_map_put(&out->seen, key, 0))
        evg_builder_event_cite(out->b, out->e, copy(out->arena, source),
                               copy(out->arena, cite->quote));
    }
  }
}

/* A member's date that disagrees with the winning one: noted in `note`
 * and reported as a warning. */
static void note_other_date(merger *m, evg_buf *note, const event_rec *r,
                            const event_rec *winner) {
  char theirs[128], ours[128];
  evg_date_format_iso(&r->event->date, theirs, sizeof theirs);
  evg_date_format_iso(&winner->event->date, ours, sizeof ours);
  const char *cited = r->event->source ? r->event->source : input_source(m, r);
  /* a corpus event by its id: its line changes with its article's
   * place in the corpus, and the output must not */
  const char *where =
      m->inputs[r->input].corpus ? r->event->id : pos_text(m, r->event->pos);
  evg_buf_printf(note, "date also given as %s by %s (%s)", theirs, cited,
                 where);
  evg_diags_add(m->diags, EVG_SEV_WARNING, r->event->pos.file,
                r->event->pos.line, r->event->pos.col, 1, NULL,
                "date %s of '%s' disagrees with %s at %s (the same "
                "happening): %s is kept (the narrower, or the first "
                "of equals), this one noted",
                theirs, r->event->id, ours, pos_text(m, winner->event->pos),
                ours);
}

/* Notes: the members', the winning date as written when it was relative,
 * and each date that disagrees with it. */
static void add_notes(merger *m, event_out *out, const merged_event *me,
                      const event_rec *winner) {
  evg_buf note = {0};
  for (size_t i = 0; i < me->member_count; i++) {
    const event_rec *r = &m->events[me->members[i]];
    note.len = 0;
    evg_buf_append(&note, "", 0);
    if (r == winner && r->event->date_derived && r->event->date_text)
      evg_buf_printf(&note, "date written as: %s", r->event->date_text);
    else if (r != winner &&
             !merge_dates_overlap(&r->event->date, &winner->event->date))
      note_other_date(m, &note, r, winner);
    if (note.len && evg_map_put(&out->seen, copy(&out->keys, note.data), 0))
      evg_builder_event_set(out->b, out->e, EVG_FIELD_NOTE,
                            copy(out->arena, note.data));
    for (size_t n = 0; n < r->event->note_count; n++) {
      char *key = evg_arena_alloc(&out->keys, strlen(r->event->notes[n]) + 3);
      sprintf(key, "n\x1f%s", r->event->notes[n]);
      if (evg_map_put(&out->seen, key, 0))
        evg_builder_event_set(out->b, out->e, EVG_FIELD_NOTE,
                              copy(out->arena, r->event->notes[n]));
    }
  }
  evg_buf_free(&note);
}

/* A merged event: the representative's id and headline, the first
 * member's description, the winning date, then the union of the
 * members' actors, tags, citations and notes. */
static void add_event(merger *m, evg_builder *b, const merged_event *me,
                      const char *const *actor_ids) {
  event_out out = {b, evg_builder_arena(b), 0, {0}, {0}};
  const event_rec *rep = &m->events[me->members[0]];
  const event_rec *winner = &m->events[me->date_member];
  out.e = evg_builder_add_event(b, me->id, (evg_pos){NULL, 0, 0});
  evg_builder_event_set(b, out.e, EVG_FIELD_LABEL,
                        copy(out.arena, rep->event->label));
  for (size_t i = 0; i < me->member_count; i++)
    if (m->events[me->members[i]].event->description) {
      evg_builder_event_set(
          b, out.e, EVG_FIELD_DESCRIPTION,
          copy(out.arena, m->events[me->members[i]].event->description));
      break;
    }
  add_event_date(&out, winner);
  add_actors_tags(m, &out, me, actor_ids);
  add_citations(m, &out, me);
  add_notes(m, &out, me, winner);
  evg_map_free(&out.seen);
  evg_arena_free(&out.keys);
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
      merge_fold_words(&m->scratch, period->label);
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

/* The result of a merger whose events are grouped (m->parent): ids are
 * claimed by actors, periods, then events, in that order. */
evg_graph *merge_build_result(merger *m, evg_diags *diags) {
  size_t groups;
  merged_event *merged = gather_groups(m, &groups);
  for (size_t g = 0; g < groups; g++)
    choose_representatives(m, &merged[g]);
  qsort(merged, groups, sizeof *merged, compare_merged);
  /* ids: actors, periods, then events claim theirs in that order */
  const char **actor_ids =
      evg_xmalloc((m->merged_actors + 1) * sizeof *actor_ids);
  for (size_t a = 0; a < m->merged_actors; a++)
    actor_ids[a] = claim_id(m, m->actors[m->merged_actor_rep[a]].actor->id);
  period_list periods = claim_periods(m);
  for (size_t g = 0; g < groups; g++)
    merged[g].id = claim_id(m, m->events[merged[g].members[0]].event->id);
  evg_builder *b = evg_builder_new("merged", diags);
  add_actors_periods(m, b, actor_ids, &periods);
  for (size_t g = 0; g < groups; g++)
    add_event(m, b, &merged[g], actor_ids);
  add_relations(m, b, merged, groups);
  evg_graph *result = evg_builder_finish(b);
  for (size_t g = 0; g < groups; g++)
    free(merged[g].members);
  free(merged);
  free(periods.periods);
  free(periods.ids);
  free(actor_ids);
  return result;
}
