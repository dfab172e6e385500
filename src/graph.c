/* graph.c: the event graph, and the builder that resolves ids, relative
 * dates, cycles and the chronological order. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

struct evg_graph {
  evg_arena arena;
  const char *title;
  const char *source;
  bool has_anchor;
  evg_date anchor;
  evg_event *events;
  size_t event_count;
  evg_actor *actors;
  size_t actor_count;
  evg_edge *edges;
  size_t edge_count;
  size_t *by_rank;
  evg_period *periods;
  size_t period_count;
};

static const char *const relation_names[EVG_REL_COUNT] = {
    "causes", "responds-to", "precedes", "part-of", "involves", "next"};

const char *evg_relation_name(evg_relation relation) {
  return relation < EVG_REL_COUNT ? relation_names[relation] : "?";
}

void evg_graph_free(evg_graph *graph) {
  if (!graph)
    return;
  free(graph->events);
  free(graph->actors);
  free(graph->edges);
  free(graph->by_rank);
  free(graph->periods);
  evg_arena_free(&graph->arena);
  free(graph);
}

const char *evg_graph_title(const evg_graph *g) { return g->title; }
const char *evg_graph_source(const evg_graph *g) { return g->source; }

bool evg_graph_anchor(const evg_graph *g, evg_date *anchor) {
  if (g->has_anchor && anchor)
    *anchor = g->anchor;
  return g->has_anchor;
}

size_t evg_graph_event_count(const evg_graph *g) { return g->event_count; }

const evg_event *evg_graph_event(const evg_graph *g, size_t index) {
  return index < g->event_count ? &g->events[index] : NULL;
}

size_t evg_graph_event_by_rank(const evg_graph *g, size_t rank) {
  return rank < g->event_count ? g->by_rank[rank] : (size_t)-1;
}

const evg_event *evg_graph_ranked_event(const evg_graph *g, size_t rank) {
  return evg_graph_event(g, evg_graph_event_by_rank(g, rank));
}

size_t evg_graph_actor_count(const evg_graph *g) { return g->actor_count; }

const evg_actor *evg_graph_actor(const evg_graph *g, size_t index) {
  return index < g->actor_count ? &g->actors[index] : NULL;
}

size_t evg_graph_period_count(const evg_graph *g) { return g->period_count; }

const evg_period *evg_graph_period(const evg_graph *g, size_t index) {
  return index < g->period_count ? &g->periods[index] : NULL;
}

evg_date evg_period_span(const evg_period *period) {
  evg_date span;
  memset(&span, 0, sizeof span);
  span.from = period->from.from;
  span.to = period->open_end ? period->from.from : period->to.to;
  span.interval = true;
  span.open_end = period->open_end;
  evg_date_compute_bounds(&span);
  return span;
}

size_t evg_graph_edge_count(const evg_graph *g) { return g->edge_count; }

const evg_edge *evg_graph_edge(const evg_graph *g, size_t index) {
  return index < g->edge_count ? &g->edges[index] : NULL;
}

size_t evg_event_fields(const evg_graph *g, const evg_event *e,
                        evg_buf *storage, evg_field *fields) {
  /* values are appended NUL-separated and pointed to at the end: the
   * buffer may move while it grows */
  size_t offsets[EVG_EVENT_FIELDS], count = 0;
  char text[128];
  storage->len = 0;
#define FIELD(field_name, ...)                                                 \
  do {                                                                         \
    fields[count] = (evg_field){field_name, NULL, EVG_VALUE_TEXT, 0};          \
    offsets[count++] = storage->len;                                           \
    evg_buf_printf(storage, __VA_ARGS__);                                      \
    evg_buf_putc(storage, '\0');                                               \
  } while (0)
/* the field just added holds a number as well as its text */
#define TYPED(value_type, value)                                               \
  fields[count - 1].type = value_type, fields[count - 1].number = (value)
  evg_date_format_edtf(&e->date, text, sizeof text);
  FIELD("date", "%s", text);
  evg_date_format_human(&e->date, text, sizeof text);
  FIELD("date_label", "%s", text);
  if (e->date_derived)
    FIELD("date_written", "%s", e->date_text);
  evg_date_format_iso(&e->date, text, sizeof text);
  FIELD("date_iso", "%s", text);
  if (evg_date_has_start(&e->date)) {
    evg_day_format_iso(e->date.start, text, sizeof text);
    FIELD("start", "%s", text);
  }
  if (evg_date_has_end(&e->date)) {
    evg_day_format_iso(e->date.end, text, sizeof text);
    FIELD("end", "%s", text);
  }
  FIELD("precision", "%s",
        evg_precision_name(evg_precision_coarser(e->date.from.precision,
                                                 e->date.to.precision)));
  FIELD("year", "%ld", (long)evg_date_year(&e->date));
  TYPED(EVG_VALUE_INTEGER, evg_date_year(&e->date));
  FIELD("approximate", "%s", e->date.approximate ? "true" : "false");
  TYPED(EVG_VALUE_BOOLEAN, e->date.approximate);
  FIELD("uncertain", "%s", e->date.uncertain ? "true" : "false");
  TYPED(EVG_VALUE_BOOLEAN, e->date.uncertain);
  FIELD("rank", "%zu", e->rank);
  TYPED(EVG_VALUE_INTEGER, (long long)e->rank);
  fields[count] = (evg_field){"actors", NULL, EVG_VALUE_ACTORS, 0};
  offsets[count++] = storage->len;
  for (size_t a = 0; a < e->actor_count; a++)
    evg_buf_printf(storage, "%s%s", a ? ", " : "",
                   evg_graph_actor(g, e->actors[a])->id);
  evg_buf_putc(storage, '\0');
  fields[count] = (evg_field){"tags", NULL, EVG_VALUE_TAGS, 0};
  offsets[count++] = storage->len;
  for (size_t t = 0; t < e->tag_count; t++)
    evg_buf_printf(storage, "%s%s", t ? ", " : "", e->tags[t]);
  evg_buf_putc(storage, '\0');
  if (e->description)
    FIELD("description", "%s", e->description);
  if (e->quote)
    FIELD("quote", "%s", e->quote);
  if (e->source)
    FIELD("source", "%s", e->source);
  if (e->citation_count > 1) {
    /* one line per citation; values never hold a line break */
    for (int half = 0; half < 2; half++) {
      fields[count] =
          (evg_field){half ? "quotes" : "sources", NULL, EVG_VALUE_TEXT, 0};
      offsets[count++] = storage->len;
      for (size_t c = 0; c < e->citation_count; c++) {
        const char *half_text =
            half ? e->citations[c].quote : e->citations[c].source;
        evg_buf_printf(storage, "%s%s", c ? "\n" : "",
                       half_text ? half_text : "");
      }
      evg_buf_putc(storage, '\0');
    }
  }
  if (e->note_count) {
    fields[count] = (evg_field){"notes", NULL, EVG_VALUE_TEXT, 0};
    offsets[count++] = storage->len;
    for (size_t n = 0; n < e->note_count; n++)
      evg_buf_printf(storage, "%s%s", n ? "\n" : "", e->notes[n]);
    evg_buf_putc(storage, '\0');
  }
#undef TYPED
#undef FIELD
  for (size_t i = 0; i < count; i++)
    fields[i].value = storage->data + offsets[i];
  return count;
}

void evg_event_extra_fields(const evg_graph *g, const char *names[4]) {
  bool sources = false, notes = false;
  for (size_t i = 0; i < g->event_count && !(sources && notes); i++) {
    sources |= g->events[i].citation_count > 1;
    notes |= g->events[i].note_count > 0;
  }
  size_t n = 0;
  if (sources)
    names[n++] = "sources", names[n++] = "quotes";
  if (notes)
    names[n++] = "notes";
  names[n] = NULL;
}

size_t evg_period_fields(const evg_period *period, evg_buf *storage,
                         evg_field *fields) {
  size_t offsets[EVG_PERIOD_FIELDS], count = 0;
  char text[128];
  evg_date span = evg_period_span(period);
  storage->len = 0;
#define FIELD(field_name, value)                                               \
  do {                                                                         \
    fields[count] = (evg_field){field_name, NULL, EVG_VALUE_TEXT, 0};          \
    offsets[count++] = storage->len;                                           \
    evg_buf_puts(storage, value);                                              \
    evg_buf_putc(storage, '\0');                                               \
  } while (0)
  evg_date_format_edtf(&span, text, sizeof text);
  FIELD("date", text);
  evg_date_format_human(&span, text, sizeof text);
  FIELD("date_label", text);
  evg_day_format_iso(span.start, text, sizeof text);
  FIELD("start", text);
  if (evg_date_has_end(&span)) {
    evg_day_format_iso(span.end, text, sizeof text);
    FIELD("end", text);
  }
  if (period->color)
    FIELD("color", period->color);
#undef FIELD
  for (size_t i = 0; i < count; i++)
    fields[i].value = storage->data + offsets[i];
  return count;
}

bool evg_graph_check(const evg_graph *g) {
  bool *seen = evg_xcalloc(g->event_count, sizeof *seen);
  bool ok = true;
  for (size_t r = 0; r < g->event_count && ok; r++) {
    size_t e = g->by_rank[r];
    ok = e < g->event_count && !seen[e] && g->events[e].rank == r;
    if (ok)
      seen[e] = true;
    if (ok && r > 0)
      ok = evg_date_compare(&g->events[g->by_rank[r - 1]].date,
                            &g->events[e].date) <= 0;
  }
  free(seen);
  size_t next_edges = 0;
  for (size_t i = 0; i < g->edge_count && ok; i++) {
    const evg_edge *edge = &g->edges[i];
    size_t limit =
        edge->relation == EVG_REL_INVOLVES ? g->actor_count : g->event_count;
    ok = edge->relation < EVG_REL_COUNT && edge->from < g->event_count &&
         edge->to < limit;
    if (ok && edge->relation == EVG_REL_NEXT) {
      ok = g->events[edge->to].rank == g->events[edge->from].rank + 1;
      next_edges++;
    }
  }
  if (ok && g->event_count > 0)
    ok = next_edges == g->event_count - 1;
  for (size_t i = 0; i < g->event_count && ok; i++)
    for (size_t a = 0; a < g->events[i].actor_count && ok; a++)
      ok = g->events[i].actors[a] < g->actor_count;
  for (size_t i = 0; i < g->period_count && ok; i++) {
    const evg_period *p = &g->periods[i];
    ok = p->id && p->label && (p->open_end || p->from.start <= p->to.end);
  }
  return ok;
}

/* ------------------------------------------------------------------ */
/* The builder                                                          */
/* ------------------------------------------------------------------ */

typedef struct {
  evg_relation relation;
  evg_ref target;
  const char *line;
} pending_ref;

typedef struct {
  evg_date_spec date;
  bool has_date;
  pending_ref *refs;
  size_t ref_count, ref_cap;
  const char **tags;
  size_t tag_count, tag_cap;
  evg_citation *citations;
  size_t citation_count, citation_cap;
  const char **notes;
  size_t note_count, note_cap;
  const char *line;
  /* Resolution state of the date: 0 to do, 1 in progress, 2 done, 3 failed */
  int date_state;
} event_extra;

/* What an id names, in the builder's id map. */
enum { ID_EVENT, ID_ACTOR, ID_PERIOD };
static const char *const id_kind_names[] = {"an event", "an actor", "a period"};

struct evg_builder {
  evg_graph *graph;
  evg_diags *diags;
  const char *file;
  evg_map ids; /* id -> index * 3 + an ID_* kind */
  size_t event_cap, actor_cap, edge_cap, period_cap;
  event_extra *extras;
  const char **edge_lines; /* source line of each edge, for diagnostics */
};

evg_builder *evg_builder_new(const char *file, evg_diags *diags) {
  evg_builder *b = evg_xcalloc(1, sizeof *b);
  b->graph = evg_xcalloc(1, sizeof *b->graph);
  b->diags = diags;
  b->file = evg_arena_strndup(&b->graph->arena, file, strlen(file));
  return b;
}

evg_arena *evg_builder_arena(evg_builder *b) { return &b->graph->arena; }

void evg_builder_set_title(evg_builder *b, const char *title) {
  b->graph->title = title;
}

void evg_builder_set_source(evg_builder *b, const char *source) {
  b->graph->source = source;
}

void evg_builder_set_anchor(evg_builder *b, const evg_date *anchor) {
  b->graph->has_anchor = true;
  b->graph->anchor = *anchor;
}

bool evg_builder_has_id(evg_builder *b, const char *id, evg_pos *first) {
  size_t value;
  if (!evg_map_get(&b->ids, id, &value))
    return false;
  if (first)
    *first = value % 3 == ID_ACTOR    ? b->graph->actors[value / 3].pos
             : value % 3 == ID_PERIOD ? b->graph->periods[value / 3].pos
                                      : b->graph->events[value / 3].pos;
  return true;
}

static evg_pos own_pos(evg_builder *b, evg_pos pos) {
  pos.file = b->file;
  return pos;
}

size_t evg_builder_add_actor(evg_builder *b, const char *id, evg_pos pos) {
  evg_graph *g = b->graph;
  if (g->actor_count == b->actor_cap) {
    b->actor_cap = b->actor_cap ? b->actor_cap * 2 : 16;
    g->actors = evg_xrealloc(g->actors, b->actor_cap * sizeof *g->actors);
  }
  size_t index = g->actor_count++;
  evg_actor *actor = &g->actors[index];
  memset(actor, 0, sizeof *actor);
  actor->id = evg_arena_strndup(&g->arena, id, strlen(id));
  actor->pos = own_pos(b, pos);
  evg_map_put(&b->ids, actor->id, index * 3 + ID_ACTOR);
  return index;
}

size_t evg_builder_add_period(evg_builder *b, const char *id, evg_pos pos) {
  evg_graph *g = b->graph;
  if (g->period_count == b->period_cap) {
    b->period_cap = b->period_cap ? b->period_cap * 2 : 8;
    g->periods = evg_xrealloc(g->periods, b->period_cap * sizeof *g->periods);
  }
  size_t index = g->period_count++;
  evg_period *period = &g->periods[index];
  memset(period, 0, sizeof *period);
  period->id = evg_arena_strndup(&g->arena, id, strlen(id));
  period->pos = own_pos(b, pos);
  evg_map_put(&b->ids, period->id, index * 3 + ID_PERIOD);
  return index;
}

evg_period *evg_builder_period(evg_builder *b, size_t period) {
  return &b->graph->periods[period];
}

void evg_builder_actor_set(evg_builder *b, size_t actor, const char *name,
                           const char *kind) {
  evg_actor *a = &b->graph->actors[actor];
  if (name)
    a->name = name;
  if (kind)
    a->kind = kind;
}

size_t evg_builder_add_event(evg_builder *b, const char *id, evg_pos pos,
                             const char *line) {
  evg_graph *g = b->graph;
  if (g->event_count == b->event_cap) {
    b->event_cap = b->event_cap ? b->event_cap * 2 : 64;
    g->events = evg_xrealloc(g->events, b->event_cap * sizeof *g->events);
    b->extras = evg_xrealloc(b->extras, b->event_cap * sizeof *b->extras);
  }
  size_t index = g->event_count++;
  evg_event *event = &g->events[index];
  memset(event, 0, sizeof *event);
  memset(&b->extras[index], 0, sizeof b->extras[index]);
  event->id = evg_arena_strndup(&g->arena, id, strlen(id));
  event->pos = own_pos(b, pos);
  b->extras[index].line = line;
  evg_map_put(&b->ids, event->id, index * 3 + ID_EVENT);
  return index;
}

static evg_citation *push_citation(event_extra *x) {
  if (x->citation_count == x->citation_cap) {
    x->citation_cap = x->citation_cap ? x->citation_cap * 2 : 2;
    x->citations =
        evg_xrealloc(x->citations, x->citation_cap * sizeof *x->citations);
  }
  evg_citation *c = &x->citations[x->citation_count++];
  c->source = c->quote = NULL;
  return c;
}

void evg_builder_event_cite(evg_builder *b, size_t event, const char *source,
                            const char *quote) {
  if (!source && !quote)
    return;
  evg_citation *c = push_citation(&b->extras[event]);
  c->source = source;
  c->quote = quote;
}

void evg_builder_event_set(evg_builder *b, size_t event, evg_event_field f,
                           const char *value) {
  evg_event *e = &b->graph->events[event];
  event_extra *x = &b->extras[event];
  evg_citation *last =
      x->citation_count ? &x->citations[x->citation_count - 1] : NULL;
  if ((f == EVG_FIELD_QUOTE || f == EVG_FIELD_SOURCE || f == EVG_FIELD_NOTE) &&
      !value)
    return;
  switch (f) {
  case EVG_FIELD_LABEL:
    e->label = value;
    break;
  case EVG_FIELD_DESCRIPTION:
    e->description = value;
    break;
  case EVG_FIELD_QUOTE:
    if (!last || last->quote)
      last = push_citation(x);
    last->quote = value;
    break;
  case EVG_FIELD_SOURCE:
    if (!last || last->source)
      last = push_citation(x);
    last->source = value;
    break;
  case EVG_FIELD_NOTE:
    if (x->note_count == x->note_cap) {
      x->note_cap = x->note_cap ? x->note_cap * 2 : 2;
      x->notes = evg_xrealloc(x->notes, x->note_cap * sizeof *x->notes);
    }
    x->notes[x->note_count++] = value;
    break;
  }
}

void evg_builder_event_date(evg_builder *b, size_t event,
                            const evg_date_spec *date) {
  event_extra *x = &b->extras[event];
  x->date = *date;
  x->date.pos = own_pos(b, date->pos);
  x->date.base.pos = own_pos(b, date->base.pos);
  x->has_date = true;
  b->graph->events[event].date_text = date->text;
  b->graph->events[event].date_derived = date->kind != EVG_DATE_ABSOLUTE;
}

void evg_builder_event_tag(evg_builder *b, size_t event, const char *tag) {
  event_extra *x = &b->extras[event];
  if (x->tag_count == x->tag_cap) {
    x->tag_cap = x->tag_cap ? x->tag_cap * 2 : 4;
    x->tags = evg_xrealloc(x->tags, x->tag_cap * sizeof *x->tags);
  }
  x->tags[x->tag_count++] = tag;
}

void evg_builder_event_ref(evg_builder *b, size_t event, evg_relation relation,
                           const evg_ref *target, const char *line) {
  event_extra *x = &b->extras[event];
  if (x->ref_count == x->ref_cap) {
    x->ref_cap = x->ref_cap ? x->ref_cap * 2 : 4;
    x->refs = evg_xrealloc(x->refs, x->ref_cap * sizeof *x->refs);
  }
  pending_ref *ref = &x->refs[x->ref_count++];
  ref->relation = relation;
  ref->target = *target;
  ref->target.pos = own_pos(b, target->pos);
  ref->line = line;
}

/* ---- finishing ---- */

#define ERROR_AT(b_, at_, span_, text_, ...)                                   \
  evg_diags_add((b_)->diags, EVG_SEV_ERROR, (at_).file, (at_).line, (at_).col, \
                (span_), (text_), __VA_ARGS__)
#define WARN_AT(b_, at_, span_, text_, ...)                                    \
  evg_diags_add((b_)->diags, EVG_SEV_WARNING, (at_).file, (at_).line,          \
                (at_).col, (span_), (text_), __VA_ARGS__)

static void push_edge(evg_builder *b, evg_relation relation, size_t from,
                      size_t to, evg_pos pos, const char *line) {
  evg_graph *g = b->graph;
  if (g->edge_count == b->edge_cap) {
    b->edge_cap = b->edge_cap ? b->edge_cap * 2 : 64;
    g->edges = evg_xrealloc(g->edges, b->edge_cap * sizeof *g->edges);
    b->edge_lines =
        evg_xrealloc(b->edge_lines, b->edge_cap * sizeof *b->edge_lines);
  }
  b->edge_lines[g->edge_count] = line;
  g->edges[g->edge_count++] = (evg_edge){relation, from, to, pos};
}

/* Looks up every reference; relation edges go into the graph in file order,
 * actors into each event.  Duplicates are dropped with a warning. */
static void resolve_refs(evg_builder *b) {
  evg_graph *g = b->graph;
  evg_map seen = {0};
  evg_arena keys = {0};
  for (size_t e = 0; e < g->event_count; e++) {
    event_extra *x = &b->extras[e];
    size_t *actors =
        evg_arena_alloc(&g->arena, (x->ref_count + 1) * sizeof *actors);
    size_t actor_count = 0;
    for (size_t r = 0; r < x->ref_count; r++) {
      pending_ref *ref = &x->refs[r];
      const evg_ref *t = &ref->target;
      size_t value;
      bool wants_actor = ref->relation == EVG_REL_INVOLVES;
      if (!evg_map_get(&b->ids, t->id, &value)) {
        ERROR_AT(b, t->pos, t->span, ref->line, "unknown %s '%s'",
                 wants_actor ? "actor" : "event", t->id);
        continue;
      }
      if (value % 3 != (wants_actor ? ID_ACTOR : ID_EVENT)) {
        ERROR_AT(b, t->pos, t->span, ref->line, "'%s' is %s, not %s", t->id,
                 id_kind_names[value % 3],
                 id_kind_names[wants_actor ? ID_ACTOR : ID_EVENT]);
        continue;
      }
      size_t target = value / 3;
      if (!wants_actor && target == e) {
        ERROR_AT(b, t->pos, t->span, ref->line,
                 "event '%s' cannot have the relation '%s' to itself", t->id,
                 evg_relation_name(ref->relation));
        continue;
      }
      char *key = evg_arena_alloc(&keys, strlen(t->id) + 48);
      sprintf(key, "%zu\x1f%d\x1f%s", e, (int)ref->relation, t->id);
      if (!evg_map_put(&seen, key, 0)) {
        WARN_AT(b, t->pos, t->span, ref->line,
                "'%s' is listed twice under '%s'; the repeat is ignored", t->id,
                wants_actor ? "actors" : evg_relation_name(ref->relation));
        continue;
      }
      if (wants_actor)
        actors[actor_count++] = target;
      else
        push_edge(b, ref->relation, e, target, t->pos, ref->line);
    }
    g->events[e].actors = actors;
    g->events[e].actor_count = actor_count;
    const char **tags =
        evg_arena_alloc(&g->arena, (x->tag_count + 1) * sizeof *tags);
    if (x->tag_count)
      memcpy(tags, x->tags, x->tag_count * sizeof *tags);
    g->events[e].tags = tags;
    g->events[e].tag_count = x->tag_count;
    evg_citation *citations =
        evg_arena_alloc(&g->arena, (x->citation_count + 1) * sizeof *citations);
    if (x->citation_count)
      memcpy(citations, x->citations, x->citation_count * sizeof *citations);
    g->events[e].citations = citations;
    g->events[e].citation_count = x->citation_count;
    g->events[e].quote = x->citation_count ? citations[0].quote : NULL;
    g->events[e].source = x->citation_count ? citations[0].source : NULL;
    const char **notes =
        evg_arena_alloc(&g->arena, (x->note_count + 1) * sizeof *notes);
    if (x->note_count)
      memcpy(notes, x->notes, x->note_count * sizeof *notes);
    g->events[e].notes = notes;
    g->events[e].note_count = x->note_count;
  }
  evg_map_free(&seen);
  evg_arena_free(&keys);
}

static bool anchor_shift(evg_builder *b, const evg_date *base,
                         const evg_date_spec *spec, evg_date *out) {
  if (!evg_date_shift(base, spec->amount, spec->unit, out)) {
    ERROR_AT(b, spec->pos, spec->span, spec->line,
             "date '%s' falls outside the years -999999 to 999999 (-9999 "
             "to 9999 for dates finer than a year)",
             spec->text);
    return false;
  }
  if (!evg_date_qualify(out, spec->approximate, spec->uncertain)) {
    ERROR_AT(b, spec->pos, spec->span, spec->line,
             "date '%s' is a year beyond four digits, which EDTF cannot "
             "qualify",
             spec->text);
    return false;
  }
  return true;
}

/* Resolves one event's date, following @id chains iteratively so that long
 * chains need no deep recursion; a chain that comes back to an event in
 * progress is a loop, reported once with its path. */
static void resolve_date(evg_builder *b, size_t start, size_t *stack) {
  evg_graph *g = b->graph;
  size_t depth = 0;
  size_t e = start;
  for (;;) {
    event_extra *x = &b->extras[e];
    if (x->date_state >= 2)
      break;
    if (x->date_state == 1) {
      /* A loop: report it at the reference that closes it. */
      evg_buf path = {0};
      size_t from = depth;
      while (from > 0 && stack[from - 1] != e)
        from--;
      for (size_t i = from - 1; i < depth; i++)
        evg_buf_printf(&path, "'%s' -> ", g->events[stack[i]].id);
      evg_buf_printf(&path, "'%s'", g->events[e].id);
      const evg_date_spec *closing = &b->extras[stack[depth - 1]].date;
      ERROR_AT(b, closing->base.pos, closing->base.span, closing->line,
               "relative dates refer to each other in a loop: %s", path.data);
      evg_buf_free(&path);
      for (size_t i = from - 1; i < depth; i++)
        b->extras[stack[i]].date_state = 3;
      break;
    }
    if (!x->has_date || x->date.kind != EVG_DATE_EVENT)
      break;
    size_t value = 0;
    bool found = evg_map_get(&b->ids, x->date.base.id, &value);
    if (!found || value % 3 != ID_EVENT) {
      ERROR_AT(b, x->date.base.pos, x->date.base.span, x->date.line,
               "date refers to %s '%s'",
               !found                  ? "unknown event"
               : value % 3 == ID_ACTOR ? "the actor"
                                       : "the period",
               x->date.base.id);
      x->date_state = 3;
      break;
    }
    x->date_state = 1;
    stack[depth++] = e;
    e = value / 3;
  }
  /* Unwind: each event on the stack is its base's date, shifted. */
  while (depth > 0) {
    size_t here = stack[--depth];
    event_extra *x = &b->extras[here];
    if (x->date_state == 3)
      continue;
    size_t value = 0;
    evg_map_get(&b->ids, x->date.base.id, &value);
    event_extra *base = &b->extras[value / 3];
    if (base->date_state != 2) {
      x->date_state = 3; /* the base failed and was reported */
      continue;
    }
    x->date_state = anchor_shift(b, &g->events[value / 3].date, &x->date,
                                 &g->events[here].date)
                        ? 2
                        : 3;
  }
}

static void resolve_dates(evg_builder *b) {
  evg_graph *g = b->graph;
  /* Absolute and anchor-relative dates first. */
  for (size_t e = 0; e < g->event_count; e++) {
    event_extra *x = &b->extras[e];
    if (!x->has_date) {
      x->date_state = 3;
      continue;
    }
    if (x->date.kind == EVG_DATE_ABSOLUTE) {
      g->events[e].date = x->date.absolute;
      x->date_state = 2;
    } else if (x->date.kind == EVG_DATE_ANCHOR) {
      if (!g->has_anchor) {
        ERROR_AT(b, x->date.pos, x->date.span, x->date.line,
                 "date is relative to the anchor, but the file has no "
                 "'anchor:' line");
        x->date_state = 3;
      } else {
        x->date_state =
            anchor_shift(b, &g->anchor, &x->date, &g->events[e].date) ? 2 : 3;
      }
    }
  }
  size_t *stack = evg_xmalloc((g->event_count + 1) * sizeof *stack);
  for (size_t e = 0; e < g->event_count; e++)
    resolve_date(b, e, stack);
  free(stack);
}

/* Relations that put their ends in time order, oriented earlier -> later:
 * causes and precedes point forward; responds-to points back. */
static bool temporal(evg_relation relation) {
  return relation == EVG_REL_CAUSES || relation == EVG_REL_PRECEDES ||
         relation == EVG_REL_RESPONDS_TO;
}

typedef struct {
  size_t *offsets; /* CSR adjacency: edges of node n are
                      targets[offsets[n] .. offsets[n+1]) */
  size_t *edge_ids;
} adjacency;

/* Builds the adjacency of the edges selected by `part_of` (part-of edges,
 * or else the temporal ones), oriented as described above. */
static adjacency build_adjacency(const evg_graph *g, bool part_of) {
  adjacency adj;
  adj.offsets = evg_xcalloc(g->event_count + 2, sizeof *adj.offsets);
  adj.edge_ids = evg_xmalloc((g->edge_count + 1) * sizeof *adj.edge_ids);
  for (int pass = 0; pass < 2; pass++) {
    for (size_t i = 0; i < g->edge_count; i++) {
      const evg_edge *edge = &g->edges[i];
      bool wanted = part_of ? edge->relation == EVG_REL_PART_OF
                            : temporal(edge->relation);
      if (!wanted)
        continue;
      size_t from =
          edge->relation == EVG_REL_RESPONDS_TO ? edge->to : edge->from;
      if (pass == 0)
        adj.offsets[from + 2]++;
      else
        adj.edge_ids[adj.offsets[from + 1]++] = i;
    }
    if (pass == 0)
      for (size_t n = 2; n < g->event_count + 2; n++)
        adj.offsets[n] += adj.offsets[n - 1];
  }
  return adj;
}

static size_t edge_head(const evg_edge *edge) {
  return edge->relation == EVG_REL_RESPONDS_TO ? edge->from : edge->to;
}

/* Iterative depth-first search; each back edge closes a cycle, reported
 * with the relations along it. */
static void check_cycles(evg_builder *b, bool part_of) {
  evg_graph *g = b->graph;
  adjacency adj = build_adjacency(g, part_of);
  unsigned char *color = evg_xcalloc(g->event_count + 1, 1);
  size_t *node_stack = evg_xmalloc((g->event_count + 1) * sizeof(size_t));
  size_t *next_edge = evg_xmalloc((g->event_count + 1) * sizeof(size_t));
  size_t *via = evg_xmalloc((g->event_count + 1) * sizeof(size_t));
  for (size_t root = 0; root < g->event_count; root++) {
    if (color[root])
      continue;
    size_t depth = 0;
    node_stack[depth] = root;
    next_edge[depth] = adj.offsets[root];
    color[root] = 1;
    depth++;
    while (depth > 0) {
      size_t n = node_stack[depth - 1];
      if (next_edge[depth - 1] == adj.offsets[n + 1]) {
        color[n] = 2;
        depth--;
        continue;
      }
      size_t edge_id = adj.edge_ids[next_edge[depth - 1]++];
      size_t m = edge_head(&g->edges[edge_id]);
      if (color[m] == 1 && evg_diags_capped(b->diags)) {
        /* past the cap: counted, not described */
        ERROR_AT(b, g->edges[edge_id].pos, 1, NULL, "cycle");
      } else if (color[m] == 1) {
        evg_buf path = {0};
        size_t from = depth;
        while (from > 0 && node_stack[from - 1] != m)
          from--;
        /* a long cycle is shown by its last hops */
        if (depth - from > 8) {
          evg_buf_printf(&path, "... %zu more, ", depth - from - 8);
          from = depth - 8;
        }
        for (size_t i = from; i < depth; i++) {
          const evg_edge *edge = &g->edges[via[i]];
          evg_buf_printf(&path, "'%s' %s '%s', ", g->events[edge->from].id,
                         evg_relation_name(edge->relation),
                         g->events[edge->to].id);
        }
        const evg_edge *closing = &g->edges[edge_id];
        evg_buf_printf(&path, "'%s' %s '%s'", g->events[closing->from].id,
                       evg_relation_name(closing->relation),
                       g->events[closing->to].id);
        ERROR_AT(b, closing->pos, (int)strlen(g->events[closing->to].id),
                 b->edge_lines[edge_id], "%s relations form a cycle: %s",
                 part_of ? "part-of" : "causes/precedes/responds-to",
                 path.data);
        evg_buf_free(&path);
      } else if (color[m] == 0) {
        color[m] = 1;
        node_stack[depth] = m;
        next_edge[depth] = adj.offsets[m];
        via[depth] = edge_id;
        depth++;
      }
    }
  }
  free(color);
  free(node_stack);
  free(next_edge);
  free(via);
  free(adj.offsets);
  free(adj.edge_ids);
}

/* An edge that says A comes before B while B's date ends before A's can
 * begin is almost always a typo in one of the dates. */
static void check_relation_dates(evg_builder *b) {
  evg_graph *g = b->graph;
  for (size_t i = 0; i < g->edge_count; i++) {
    const evg_edge *edge = &g->edges[i];
    if (!temporal(edge->relation))
      continue;
    size_t earlier =
        edge->relation == EVG_REL_RESPONDS_TO ? edge->to : edge->from;
    size_t later = edge_head(edge);
    const evg_date *a = &g->events[earlier].date;
    const evg_date *c = &g->events[later].date;
    /* only when both bounds are known: a's first day, c's last day */
    if (evg_date_has_start(a) && evg_date_has_end(c) && c->end < a->start) {
      char da[64], dc[64];
      evg_date_format_iso(a, da, sizeof da);
      evg_date_format_iso(c, dc, sizeof dc);
      WARN_AT(b, edge->pos, (int)strlen(g->events[edge->to].id),
              b->edge_lines[i],
              "'%s' %s '%s', but '%s' (%s) is dated before '%s' (%s)",
              g->events[edge->from].id, evg_relation_name(edge->relation),
              g->events[edge->to].id, g->events[later].id, dc,
              g->events[earlier].id, da);
    }
  }
}

static const evg_graph *sort_graph;

static int by_date_then_file(const void *pa, const void *pb) {
  size_t a = *(const size_t *)pa, c = *(const size_t *)pb;
  int order = evg_date_compare(&sort_graph->events[a].date,
                               &sort_graph->events[c].date);
  if (order)
    return order;
  return a < c ? -1 : a > c;
}

static void order_events(evg_builder *b) {
  evg_graph *g = b->graph;
  g->by_rank = evg_xmalloc((g->event_count + 1) * sizeof *g->by_rank);
  for (size_t i = 0; i < g->event_count; i++)
    g->by_rank[i] = i;
  sort_graph = g;
  qsort(g->by_rank, g->event_count, sizeof *g->by_rank, by_date_then_file);
  sort_graph = NULL;
  for (size_t r = 0; r < g->event_count; r++)
    g->events[g->by_rank[r]].rank = r;
  for (size_t e = 0; e < g->event_count; e++)
    for (size_t a = 0; a < g->events[e].actor_count; a++)
      push_edge(b, EVG_REL_INVOLVES, e, g->events[e].actors[a],
                g->events[e].pos, NULL);
  for (size_t r = 0; r + 1 < g->event_count; r++)
    push_edge(b, EVG_REL_NEXT, g->by_rank[r], g->by_rank[r + 1],
              g->events[g->by_rank[r]].pos, NULL);
}

static void free_builder(evg_builder *b) {
  for (size_t e = 0; e < b->graph->event_count; e++) {
    free(b->extras[e].refs);
    free(b->extras[e].tags);
    free(b->extras[e].citations);
    free(b->extras[e].notes);
  }
  free(b->extras);
  free(b->edge_lines);
  evg_map_free(&b->ids);
  free(b);
}

evg_graph *evg_builder_finish(evg_builder *b) {
  evg_graph *g = b->graph;
  int errors_before = evg_diags_errors(b->diags);
  resolve_refs(b);
  resolve_dates(b);
  if (evg_diags_errors(b->diags) == errors_before) {
    check_cycles(b, false);
    check_cycles(b, true);
  }
  if (evg_diags_errors(b->diags) == errors_before) {
    check_relation_dates(b);
    order_events(b);
  }
  bool failed = evg_diags_errors(b->diags) > 0;
  free_builder(b);
  if (failed) {
    evg_graph_free(g);
    return NULL;
  }
  return g;
}
