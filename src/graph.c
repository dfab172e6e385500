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
  /* The events' lists, each one array for all events (an event's list is
   * a run of it): a few bytes per item rather than an allocation per
   * event and list. */
  size_t *actor_lists;
  const char **tag_lists;
  evg_citation *citation_lists;
  const char **note_lists;
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
  free(graph->actor_lists);
  free(graph->tag_lists);
  free(graph->citation_lists);
  free(graph->note_lists);
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
   * buffer may move while it grows.  No printf: a writer calls this once
   * per event, a million times for a large file. */
  size_t offsets[EVG_EVENT_FIELDS], count = 0;
  char text[128];
  storage->len = 0;
#define BEGIN(field_name, value_type, value)                                   \
  (fields[count] = (evg_field){field_name, NULL, value_type, (value)},         \
   offsets[count++] = storage->len)
#define FIELD(field_name, string)                                              \
  do {                                                                         \
    BEGIN(field_name, EVG_VALUE_TEXT, 0);                                      \
    evg_buf_puts(storage, string);                                             \
    evg_buf_putc(storage, '\0');                                               \
  } while (0)
#define NUMBER(field_name, value_type, value)                                  \
  do {                                                                         \
    BEGIN(field_name, value_type, value);                                      \
    evg_buf_puts(storage, evg_format_integer(text, (value)));                  \
    evg_buf_putc(storage, '\0');                                               \
  } while (0)
  evg_date_format_edtf(&e->date, text, sizeof text);
  FIELD("date", text);
  evg_date_format_human(&e->date, text, sizeof text);
  FIELD("date_label", text);
  if (e->date_derived)
    FIELD("date_written", e->date_text);
  evg_date_format_iso(&e->date, text, sizeof text);
  FIELD("date_iso", text);
  if (evg_date_has_start(&e->date)) {
    evg_day_format_iso(e->date.start, text, sizeof text);
    FIELD("start", text);
  }
  if (evg_date_has_end(&e->date)) {
    evg_day_format_iso(e->date.end, text, sizeof text);
    FIELD("end", text);
  }
  FIELD("precision", evg_precision_name(evg_precision_coarser(
                         e->date.from.precision, e->date.to.precision)));
  NUMBER("year", EVG_VALUE_INTEGER, (long long)evg_date_year(&e->date));
  BEGIN("approximate", EVG_VALUE_BOOLEAN, e->date.approximate);
  evg_buf_puts(storage, e->date.approximate ? "true" : "false");
  evg_buf_putc(storage, '\0');
  BEGIN("uncertain", EVG_VALUE_BOOLEAN, e->date.uncertain);
  evg_buf_puts(storage, e->date.uncertain ? "true" : "false");
  evg_buf_putc(storage, '\0');
  NUMBER("rank", EVG_VALUE_INTEGER, (long long)e->rank);
  BEGIN("actors", EVG_VALUE_ACTORS, 0);
  for (size_t a = 0; a < e->actor_count; a++) {
    if (a)
      evg_buf_append(storage, ", ", 2);
    evg_buf_puts(storage, evg_graph_actor(g, e->actors[a])->id);
  }
  evg_buf_putc(storage, '\0');
  BEGIN("tags", EVG_VALUE_TAGS, 0);
  evg_buf_put_tags(storage, e->tags, e->tag_count);
  evg_buf_putc(storage, '\0');
  if (e->description)
    FIELD("description", e->description);
  if (e->quote)
    FIELD("quote", e->quote);
  if (e->source)
    FIELD("source", e->source);
  if (e->citation_count > 1) {
    /* one line per citation; values never hold a line break.  A half
     * that no citation has is left out: its lines would all be empty,
     * and cgraph reads a value of one line break back as "". */
    for (int half = 0; half < 2; half++) {
      bool any = false;
      for (size_t c = 0; c < e->citation_count && !any; c++) {
        const char *half_text =
            half ? e->citations[c].quote : e->citations[c].source;
        any = half_text && *half_text;
      }
      if (!any)
        continue;
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
#undef NUMBER
#undef FIELD
#undef BEGIN
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

/* What the builder holds of each event until it finishes, kept small: a
 * million events are a million of these.  References and tags go into one
 * array each for all events (events_of), an absolute date straight into
 * the event, a relative one into the relative_dates array. */
typedef struct {
  size_t relative;      /* index in relative_dates when the date is relative */
  size_t last_citation; /* 1 + its index in the builder's citations, or 0 */
  bool has_date;
  /* Resolution state of the date: 0 to do, 1 in progress, 2 done, 3 failed */
  unsigned char date_state;
} event_extra;

/* A reference as given, 40 bytes (a million events make two million):
 * its file is the builder's, so its position is kept as line and column. */
typedef struct {
  size_t event;
  const char *id;
  const char *line;
  int line_no, col, span;
  evg_relation relation;
} pending_ref;

typedef struct {
  size_t event;
  const char *tag;
} pending_tag;

/* The references or tags of all events: appended as they come, in event
 * order when the caller goes event by event (the parser does); otherwise
 * sorted by event, stably, when the builder finishes. */
typedef struct {
  void *items;
  size_t count, cap;
  bool in_order;
} pending_list;

typedef struct {
  size_t event;
  const char *source, *quote;
} pending_citation;

typedef struct {
  size_t event;
  const char *text;
} pending_note;

/* What an id names: the builder keeps one id map per kind. */
enum { ID_EVENT, ID_ACTOR, ID_PERIOD, ID_KINDS };
static const char *const id_kind_names[] = {"an event", "an actor", "a period"};

struct evg_builder {
  evg_graph *graph;
  evg_diags *diags;
  const char *file;
  /* id -> index, one map per ID_* kind (ids are unique across them): a
   * reference looks in its kind's map first, and the actors' map, small,
   * stays in the cache while a million events' references are resolved
   * (in one map of all ids every probe missed it twice: slot and key). */
  evg_map ids[ID_KINDS];
  size_t event_cap, actor_cap, edge_cap, period_cap;
  event_extra *extras;
  pending_list refs;      /* pending_ref */
  pending_list tags;      /* pending_tag */
  pending_list citations; /* pending_citation */
  pending_list notes;     /* pending_note */
  evg_date_spec *relative_dates;
  size_t relative_count, relative_cap;
  evg_arena scratch;       /* strings needed only while building */
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

evg_arena *evg_builder_scratch(evg_builder *b) { return &b->scratch; }

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

/* Looks the id (whose evg_map_hash is `hash`) up in the map of `kind`
 * first, then in the others; sets *found_kind and *index when found. */
static bool find_hashed_id(const evg_builder *b, const char *id, size_t hash,
                           int kind, int *found_kind, size_t *index) {
  for (int k = 0; k < ID_KINDS; k++) {
    int probe = k == 0 ? kind : k <= kind ? k - 1 : k;
    if (evg_map_get_hashed(&b->ids[probe], id, hash, index)) {
      *found_kind = probe;
      return true;
    }
  }
  return false;
}

static bool find_id(const evg_builder *b, const char *id, int kind,
                    int *found_kind, size_t *index) {
  return find_hashed_id(b, id, evg_map_hash(id), kind, found_kind, index);
}

bool evg_builder_has_id(evg_builder *b, const char *id, evg_pos *first) {
  int kind;
  size_t index;
  if (!find_id(b, id, ID_EVENT, &kind, &index))
    return false;
  if (first)
    *first = kind == ID_ACTOR    ? b->graph->actors[index].pos
             : kind == ID_PERIOD ? b->graph->periods[index].pos
                                 : b->graph->events[index].pos;
  return true;
}

static evg_pos own_pos(evg_builder *b, evg_pos pos) {
  pos.file = b->file;
  return pos;
}

static evg_pos ref_pos(const evg_builder *b, const pending_ref *ref) {
  return (evg_pos){b->file, ref->line_no, ref->col};
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
  actor->name = actor->id; /* until told otherwise */
  actor->kind = "other";
  actor->pos = own_pos(b, pos);
  evg_map_put(&b->ids[ID_ACTOR], actor->id, index);
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
  evg_map_put(&b->ids[ID_PERIOD], period->id, index);
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

size_t evg_builder_add_event(evg_builder *b, const char *id, evg_pos pos) {
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
  evg_map_put(&b->ids[ID_EVENT], event->id, index);
  return index;
}

static void *pending_add(pending_list *list, size_t size, size_t event);

/* A new citation of `event`; the event remembers its last one, which a
 * `quote:` or `source:` completes when that half is still empty. */
static pending_citation *push_citation(evg_builder *b, size_t event) {
  pending_citation *c = pending_add(&b->citations, sizeof *c, event);
  c->source = c->quote = NULL;
  b->extras[event].last_citation = b->citations.count;
  return c;
}

void evg_builder_event_cite(evg_builder *b, size_t event, const char *source,
                            const char *quote) {
  if (!source && !quote)
    return;
  pending_citation *c = push_citation(b, event);
  c->source = source;
  c->quote = quote;
}

void evg_builder_event_set(evg_builder *b, size_t event, evg_event_field f,
                           const char *value) {
  evg_event *e = &b->graph->events[event];
  size_t last_index = b->extras[event].last_citation;
  pending_citation *last =
      last_index ? (pending_citation *)b->citations.items + (last_index - 1)
                 : NULL;
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
      last = push_citation(b, event);
    last->quote = value;
    break;
  case EVG_FIELD_SOURCE:
    if (!last || last->source)
      last = push_citation(b, event);
    last->source = value;
    break;
  case EVG_FIELD_NOTE:
    ((pending_note *)pending_add(&b->notes, sizeof(pending_note), event))
        ->text = value;
    break;
  }
}

void evg_builder_event_date(evg_builder *b, size_t event,
                            const evg_date_spec *date) {
  event_extra *x = &b->extras[event];
  evg_event *e = &b->graph->events[event];
  x->has_date = true;
  e->date_text = date->text;
  e->date_derived = date->kind != EVG_DATE_ABSOLUTE;
  if (date->kind == EVG_DATE_ABSOLUTE) {
    e->date = date->absolute;
    return;
  }
  if (b->relative_count == b->relative_cap) {
    b->relative_cap = b->relative_cap ? b->relative_cap * 2 : 64;
    b->relative_dates = evg_xrealloc(
        b->relative_dates, b->relative_cap * sizeof *b->relative_dates);
  }
  x->relative = b->relative_count;
  evg_date_spec *spec = &b->relative_dates[b->relative_count++];
  *spec = *date;
  spec->pos = own_pos(b, date->pos);
  spec->base.pos = own_pos(b, date->base.pos);
}

/* Appends an item of `size` bytes whose first member is its event index. */
static void *pending_add(pending_list *list, size_t size, size_t event) {
  if (list->count == 0)
    list->in_order = true;
  if (list->count == list->cap) {
    list->cap = list->cap ? list->cap * 2 : 256;
    list->items = evg_xrealloc(list->items, list->cap * size);
  }
  if (list->count > 0 &&
      *(size_t *)((char *)list->items + (list->count - 1) * size) > event)
    list->in_order = false;
  void *item = (char *)list->items + list->count++ * size;
  *(size_t *)item = event;
  return item;
}

/* Sorts the items by event, keeping each event's in the order given
 * (a counting sort: O(items + events)); returns the offsets of each
 * event's run, event_count + 1 of them, to free. */
static size_t *pending_runs(pending_list *list, size_t size,
                            size_t event_count) {
  size_t *start = evg_xcalloc(event_count + 2, sizeof *start);
  for (size_t i = 0; i < list->count; i++)
    start[*(size_t *)((char *)list->items + i * size) + 2]++;
  for (size_t e = 2; e < event_count + 2; e++)
    start[e] += start[e - 1];
  if (!list->in_order) {
    char *sorted = evg_xmalloc(list->count * size + 1);
    for (size_t i = 0; i < list->count; i++) {
      char *item = (char *)list->items + i * size;
      memcpy(sorted + start[*(size_t *)item + 1]++ * size, item, size);
    }
    free(list->items);
    list->items = sorted;
    list->in_order = true;
  } else {
    for (size_t i = 0; i < list->count; i++)
      start[*(size_t *)((char *)list->items + i * size) + 1]++;
  }
  return start; /* start[e] .. start[e + 1] */
}

static void pending_free(pending_list *list) {
  free(list->items);
  memset(list, 0, sizeof *list);
}

void evg_builder_event_slide(evg_builder *b, size_t event,
                             const evg_slide *slide) {
  const char *const members[] = {slide->display_date,    slide->start_time,
                                 slide->end_time,        slide->media,
                                 slide->media_credit,    slide->media_caption,
                                 slide->media_thumbnail, slide->background};
  bool any = false;
  for (size_t i = 0; i < sizeof members / sizeof *members; i++)
    any |= members[i] != NULL;
  evg_slide *copy = NULL;
  if (any) {
    copy = evg_arena_alloc(&b->graph->arena, sizeof *copy);
    *copy = *slide;
  }
  b->graph->events[event].slide = copy;
}

void evg_builder_event_tag(evg_builder *b, size_t event, const char *tag) {
  pending_tag *item = pending_add(&b->tags, sizeof *item, event);
  item->tag = tag;
}

void evg_builder_event_ref(evg_builder *b, size_t event, evg_relation relation,
                           const evg_ref *target, const char *line) {
  pending_ref *ref = pending_add(&b->refs, sizeof *ref, event);
  ref->id = target->id;
  ref->line = line;
  ref->line_no = target->pos.line;
  ref->col = target->pos.col;
  ref->span = target->span;
  ref->relation = relation;
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

/* A reference as resolved: its target's index, or why it has none. */
typedef struct {
  size_t target;
  size_t ref; /* its place in the event's list */
  evg_relation relation;
  enum { REF_OK, REF_UNKNOWN, REF_WRONG_KIND, REF_SELF, REF_REPEAT } status;
  int kind; /* the ID_* kind of a wrong target */
} resolved_ref;

static int by_relation_target_ref(const void *pa, const void *pb) {
  const resolved_ref *a = pa, *c = pb;
  if (a->relation != c->relation)
    return a->relation < c->relation ? -1 : 1;
  if (a->target != c->target)
    return a->target < c->target ? -1 : 1;
  return a->ref < c->ref ? -1 : a->ref > c->ref;
}

/* The id map a reference of this relation looks in first. */
static int map_of(evg_relation relation) {
  return relation == EVG_REL_INVOLVES ? ID_ACTOR : ID_EVENT;
}

/* Looks up every reference; relation edges go into the graph in file order,
 * actors into each event.  Duplicates are dropped with a warning: an
 * event's references are sorted by relation and target (O(k log k), no
 * string keys), and every one equal to the one before it is a repeat. */
static void resolve_refs(evg_builder *b) {
  evg_graph *g = b->graph;
  resolved_ref *resolved = NULL, *sorted = NULL;
  size_t resolved_cap = 0;
  size_t *ref_runs =
      pending_runs(&b->refs, sizeof(pending_ref), g->event_count);
  size_t *tag_runs =
      pending_runs(&b->tags, sizeof(pending_tag), g->event_count);
  const pending_tag *all_tags = b->tags.items;
  size_t *citation_runs =
      pending_runs(&b->citations, sizeof(pending_citation), g->event_count);
  const pending_citation *all_citations = b->citations.items;
  size_t *note_runs =
      pending_runs(&b->notes, sizeof(pending_note), g->event_count);
  const pending_note *all_notes = b->notes.items;
  /* the lists, one array each for all events, in event order (as the
   * pending items now are): an event's list is its run */
  size_t actor_refs = 0;
  for (size_t i = 0; i < b->refs.count; i++)
    actor_refs +=
        ((const pending_ref *)b->refs.items)[i].relation == EVG_REL_INVOLVES;
  g->actor_lists = evg_xmalloc((actor_refs + 1) * sizeof *g->actor_lists);
  size_t actors_used = 0;
  g->tag_lists = evg_xmalloc((b->tags.count + 1) * sizeof *g->tag_lists);
  for (size_t i = 0; i < b->tags.count; i++)
    g->tag_lists[i] = all_tags[i].tag;
  g->citation_lists =
      evg_xmalloc((b->citations.count + 1) * sizeof *g->citation_lists);
  for (size_t i = 0; i < b->citations.count; i++)
    g->citation_lists[i] =
        (evg_citation){all_citations[i].source, all_citations[i].quote};
  g->note_lists = evg_xmalloc((b->notes.count + 1) * sizeof *g->note_lists);
  for (size_t i = 0; i < b->notes.count; i++)
    g->note_lists[i] = all_notes[i].text;
  /* the look-ups, in the order made, prefetched ahead: in a large file
   * each one otherwise waits for its slot, then for its key */
  const pending_ref *all_refs = b->refs.items;
  enum { SLOT_AHEAD = 16, KEY_AHEAD = 8, RING = 32 }; /* RING > SLOT_AHEAD */
  size_t hashes[RING]; /* of the references i .. i + SLOT_AHEAD */
  for (size_t i = 0; i < SLOT_AHEAD && i < b->refs.count; i++)
    hashes[i] = evg_map_hash(all_refs[i].id);
  for (size_t e = 0; e < g->event_count; e++) {
    const pending_ref *refs = all_refs + ref_runs[e];
    size_t ref_count = ref_runs[e + 1] - ref_runs[e];
    if (ref_count > resolved_cap) {
      resolved_cap = ref_count * 2;
      resolved = evg_xrealloc(resolved, resolved_cap * sizeof *resolved);
      sorted = evg_xrealloc(sorted, resolved_cap * sizeof *sorted);
    }
    size_t valid = 0;
    for (size_t r = 0; r < ref_count; r++) {
      const pending_ref *ref = &refs[r];
      bool wants_actor = ref->relation == EVG_REL_INVOLVES;
      resolved_ref *out = &resolved[r];
      int wanted = wants_actor ? ID_ACTOR : ID_EVENT, kind = wanted;
      size_t index = 0, i = ref_runs[e] + r;
      size_t ahead = i + SLOT_AHEAD, near = i + KEY_AHEAD;
      if (ahead < b->refs.count) {
        hashes[ahead % RING] = evg_map_hash(all_refs[ahead].id);
        evg_map_prefetch(&b->ids[map_of(all_refs[ahead].relation)],
                         hashes[ahead % RING]);
      }
      if (near < b->refs.count)
        evg_map_prefetch_key(&b->ids[map_of(all_refs[near].relation)],
                             hashes[near % RING]);
      *out = (resolved_ref){0, r, ref->relation, REF_OK, 0};
      if (!find_hashed_id(b, ref->id, hashes[i % RING], wanted, &kind, &index))
        out->status = REF_UNKNOWN;
      else if (kind != wanted)
        out->status = REF_WRONG_KIND, out->kind = kind;
      else if (!wants_actor && index == e)
        out->status = REF_SELF;
      out->target = index;
      if (out->status == REF_OK)
        sorted[valid++] = *out;
    }
    if (valid > 1) {
      qsort(sorted, valid, sizeof *sorted, by_relation_target_ref);
      for (size_t i = 1; i < valid; i++)
        if (sorted[i].relation == sorted[i - 1].relation &&
            sorted[i].target == sorted[i - 1].target)
          resolved[sorted[i].ref].status = REF_REPEAT;
    }
    size_t *actors = g->actor_lists + actors_used;
    size_t actor_count = 0;
    for (size_t r = 0; r < ref_count; r++) {
      const pending_ref *ref = &refs[r];
      const pending_ref *t = ref;
      evg_pos at = ref_pos(b, ref);
      bool wants_actor = ref->relation == EVG_REL_INVOLVES;
      switch (resolved[r].status) {
      case REF_UNKNOWN:
        ERROR_AT(b, at, t->span, ref->line, "unknown %s '%s'",
                 wants_actor ? "actor" : "event", t->id);
        break;
      case REF_WRONG_KIND:
        ERROR_AT(b, at, t->span, ref->line, "'%s' is %s, not %s", t->id,
                 id_kind_names[resolved[r].kind],
                 id_kind_names[wants_actor ? ID_ACTOR : ID_EVENT]);
        break;
      case REF_SELF:
        ERROR_AT(b, at, t->span, ref->line,
                 "event '%s' cannot have the relation '%s' to itself", t->id,
                 evg_relation_name(ref->relation));
        break;
      case REF_REPEAT:
        WARN_AT(b, at, t->span, ref->line,
                "'%s' is listed twice under '%s'; the repeat is ignored", t->id,
                wants_actor ? "actors" : evg_relation_name(ref->relation));
        break;
      case REF_OK:
        if (wants_actor)
          actors[actor_count++] = resolved[r].target;
        else
          push_edge(b, ref->relation, e, resolved[r].target, at, ref->line);
        break;
      }
    }
    g->events[e].actors = actors;
    g->events[e].actor_count = actor_count;
    actors_used += actor_count;
    g->events[e].tags = g->tag_lists + tag_runs[e];
    g->events[e].tag_count = tag_runs[e + 1] - tag_runs[e];
    const evg_citation *citations = g->citation_lists + citation_runs[e];
    size_t citation_count = citation_runs[e + 1] - citation_runs[e];
    g->events[e].citations = citations;
    g->events[e].citation_count = citation_count;
    g->events[e].quote = citation_count ? citations[0].quote : NULL;
    g->events[e].source = citation_count ? citations[0].source : NULL;
    g->events[e].notes = g->note_lists + note_runs[e];
    g->events[e].note_count = note_runs[e + 1] - note_runs[e];
  }
  free(resolved);
  free(sorted);
  free(ref_runs);
  free(tag_runs);
  free(citation_runs);
  free(note_runs);
  /* consumed: the edges and the events' lists hold what they said */
  pending_free(&b->refs);
  pending_free(&b->tags);
  pending_free(&b->citations);
  pending_free(&b->notes);
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
static void resolve_date(evg_builder *b, size_t start, size_t *stack,
                         size_t *bases) {
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
      const evg_date_spec *closing =
          &b->relative_dates[b->extras[stack[depth - 1]].relative];
      ERROR_AT(b, closing->base.pos, closing->base.span, closing->line,
               "relative dates refer to each other in a loop: %s", path.data);
      evg_buf_free(&path);
      for (size_t i = from - 1; i < depth; i++)
        b->extras[stack[i]].date_state = 3;
      break;
    }
    if (!x->has_date || g->events[e].date_derived == false ||
        b->relative_dates[x->relative].kind != EVG_DATE_EVENT)
      break;
    const evg_date_spec *spec = &b->relative_dates[x->relative];
    int kind = ID_EVENT;
    size_t base = 0;
    bool found = find_id(b, spec->base.id, ID_EVENT, &kind, &base);
    if (!found || kind != ID_EVENT) {
      ERROR_AT(b, spec->base.pos, spec->base.span, spec->line,
               "date refers to %s '%s'",
               !found             ? "unknown event"
               : kind == ID_ACTOR ? "the actor"
                                  : "the period",
               spec->base.id);
      x->date_state = 3;
      break;
    }
    x->date_state = 1;
    bases[depth] = base; /* the unwind needs no second look-up */
    stack[depth++] = e;
    e = base;
  }
  /* Unwind: each event on the stack is its base's date, shifted. */
  while (depth > 0) {
    size_t here = stack[--depth];
    event_extra *x = &b->extras[here];
    if (x->date_state == 3)
      continue;
    const evg_date_spec *spec = &b->relative_dates[x->relative];
    size_t base = bases[depth];
    if (b->extras[base].date_state != 2) {
      x->date_state = 3; /* the base failed and was reported */
      continue;
    }
    x->date_state =
        anchor_shift(b, &g->events[base].date, spec, &g->events[here].date) ? 2
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
    const evg_date_spec *spec =
        g->events[e].date_derived ? &b->relative_dates[x->relative] : NULL;
    if (!spec) {
      x->date_state = 2; /* absolute: in the event already */
    } else if (spec->kind == EVG_DATE_ANCHOR) {
      if (!g->has_anchor) {
        ERROR_AT(b, spec->pos, spec->span, spec->line,
                 "date is relative to the anchor, but the file has no "
                 "'anchor:' line");
        x->date_state = 3;
      } else {
        x->date_state =
            anchor_shift(b, &g->anchor, spec, &g->events[e].date) ? 2 : 3;
      }
    }
  }
  size_t *stack = evg_xmalloc((g->event_count + 1) * sizeof *stack);
  size_t *bases = evg_xmalloc((g->event_count + 1) * sizeof *bases);
  for (size_t e = 0; e < g->event_count; e++)
    resolve_date(b, e, stack, bases);
  free(stack);
  free(bases);
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

/* What the chronological order compares (evg_date_compare's bounds, then
 * the file order), side by side: sorting indices into the events read
 * each compared event's date from a different place of a large array. */
typedef struct {
  int32_t start, end;
  size_t event;
} rank_key;

static int by_rank_key(const void *pa, const void *pb) {
  const rank_key *a = pa, *c = pb;
  if (a->start != c->start)
    return a->start < c->start ? -1 : 1;
  if (a->end != c->end)
    return a->end < c->end ? -1 : 1;
  return a->event < c->event ? -1 : a->event > c->event;
}

/* Ranks the events and adds the derived edges: involves, then the next
 * chain.  The edge array is sized once for all of them (no doubling past
 * what is needed); derived edges have no source line. */
static void order_events(evg_builder *b) {
  evg_graph *g = b->graph;
  rank_key *keys = evg_xmalloc((g->event_count + 1) * sizeof *keys);
  for (size_t i = 0; i < g->event_count; i++)
    keys[i] = (rank_key){g->events[i].date.start, g->events[i].date.end, i};
  qsort(keys, g->event_count, sizeof *keys, by_rank_key);
  g->by_rank = evg_xmalloc((g->event_count + 1) * sizeof *g->by_rank);
  for (size_t r = 0; r < g->event_count; r++) {
    g->by_rank[r] = keys[r].event;
    g->events[keys[r].event].rank = r;
  }
  free(keys);
  size_t total = g->edge_count + (g->event_count ? g->event_count - 1 : 0);
  for (size_t e = 0; e < g->event_count; e++)
    total += g->events[e].actor_count;
  g->edges = evg_xrealloc(g->edges, (total + 1) * sizeof *g->edges);
  b->edge_cap = total;
  for (size_t e = 0; e < g->event_count; e++)
    for (size_t a = 0; a < g->events[e].actor_count; a++)
      g->edges[g->edge_count++] = (evg_edge){
          EVG_REL_INVOLVES, e, g->events[e].actors[a], g->events[e].pos};
  for (size_t r = 0; r + 1 < g->event_count; r++)
    g->edges[g->edge_count++] =
        (evg_edge){EVG_REL_NEXT, g->by_rank[r], g->by_rank[r + 1],
                   g->events[g->by_rank[r]].pos};
}

static void free_builder(evg_builder *b) {
  free(b->extras);
  free(b->relative_dates);
  pending_free(&b->refs);
  pending_free(&b->tags);
  pending_free(&b->citations);
  pending_free(&b->notes);
  evg_arena_free(&b->scratch);
  free(b->edge_lines);
  for (int k = 0; k < ID_KINDS; k++)
    evg_map_free(&b->ids[k]);
  free(b);
}

evg_graph *evg_builder_finish(evg_builder *b) {
  evg_graph *g = b->graph;
  int errors_before = evg_diags_errors(b->diags);
  resolve_refs(b);
  resolve_dates(b);
  /* the ids are resolved: what only served that goes before the edges of
   * order_events are made (the peak of a large file) */
  for (int k = 0; k < ID_KINDS; k++)
    evg_map_free(&b->ids[k]);
  free(b->relative_dates);
  b->relative_dates = NULL;
  evg_arena_free(&b->scratch);
  if (evg_diags_errors(b->diags) == errors_before) {
    check_cycles(b, false);
    check_cycles(b, true);
  }
  if (evg_diags_errors(b->diags) == errors_before) {
    check_relation_dates(b);
    free(b->edge_lines); /* only the relations' diagnostics use them */
    b->edge_lines = NULL;
    free(b->extras);
    b->extras = NULL;
    order_events(b);
  }
  bool failed = evg_diags_errors(b->diags) > 0;
  free_builder(b);
  if (failed) {
    evg_graph_free(g);
    return NULL;
  }
  /* what the doubling left unused goes back before the writers run (a
   * renderer holds the model and its own graph at once) */
  if (g->event_count)
    g->events = evg_xrealloc(g->events, g->event_count * sizeof *g->events);
  return g;
}

evg_relations evg_bucket_relations(const evg_graph *g) {
  size_t n = evg_graph_event_count(g), total = 0;
  evg_relations r = {evg_xcalloc(n + 2, sizeof(size_t)), NULL};
  for (size_t i = 0; i < evg_graph_edge_count(g); i++) {
    const evg_edge *e = evg_graph_edge(g, i);
    if (e->relation < EVG_REL_INVOLVES) {
      r.start[e->from + 2]++;
      total++;
    }
  }
  for (size_t i = 2; i < n + 2; i++)
    r.start[i] += r.start[i - 1];
  r.edges = evg_xmalloc((total + 1) * sizeof *r.edges);
  for (size_t i = 0; i < evg_graph_edge_count(g); i++) {
    const evg_edge *e = evg_graph_edge(g, i);
    if (e->relation < EVG_REL_INVOLVES)
      r.edges[r.start[e->from + 1]++] = i;
  }
  return r;
}
