/* filter.c: the subgraph of the events a filter keeps.
 *
 * The kept events and actors are fed to a new builder (graph.c) with their
 * resolved dates written as absolute ones, so that the chronological order,
 * the next chain and the checks are computed the usual way.  Two things the
 * builder cannot be told are put back on the finished graph, which this
 * file has just made and owns: each element's original file name (the
 * builder gives every element its own one) and date_derived (an absolute
 * date spec clears it). */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

#define NONE SIZE_MAX

/* The relations between events, which a focus follows and the subgraph
 * keeps where both ends stay: not involves, not the derived next chain. */
static bool between_events(evg_relation relation) {
  return relation == EVG_REL_CAUSES || relation == EVG_REL_RESPONDS_TO ||
         relation == EVG_REL_PRECEDES || relation == EVG_REL_PART_OF;
}

static bool in_window(const evg_date *date, const evg_filter *f) {
  /* an open or unknown end reaches +infinity, a start -infinity */
  if (f->has_from && evg_date_has_start(&f->from) && evg_date_has_end(date) &&
      date->end < f->from.start)
    return false;
  if (f->has_to && evg_date_has_end(&f->to) && evg_date_has_start(date) &&
      date->start > f->to.end)
    return false;
  return true;
}

/* Marks the events within `depth` steps of `focus` (breadth-first, over an
 * undirected adjacency of the focus relations built once). */
static void mark_focus(const evg_graph *g, size_t focus, int depth,
                       bool *near) {
  size_t n = evg_graph_event_count(g), edges = evg_graph_edge_count(g);
  size_t *offsets = evg_xcalloc(n + 2, sizeof *offsets);
  for (size_t i = 0; i < edges; i++) {
    const evg_edge *edge = evg_graph_edge(g, i);
    if (between_events(edge->relation)) {
      offsets[edge->from + 2]++;
      offsets[edge->to + 2]++;
    }
  }
  for (size_t v = 2; v < n + 2; v++)
    offsets[v] += offsets[v - 1];
  size_t *neighbours = evg_xmalloc((offsets[n + 1] + 1) * sizeof *neighbours);
  for (size_t i = 0; i < edges; i++) {
    const evg_edge *edge = evg_graph_edge(g, i);
    if (between_events(edge->relation)) {
      neighbours[offsets[edge->from + 1]++] = edge->to;
      neighbours[offsets[edge->to + 1]++] = edge->from;
    }
  }
  /* now the neighbours of v are neighbours[offsets[v] .. offsets[v + 1]) */
  size_t *queue = evg_xmalloc((n + 1) * sizeof *queue);
  size_t head = 0, tail = 0;
  size_t level_end = 1, level = 0;
  size_t max_level = depth > 0 ? (size_t)depth : 0;
  queue[tail++] = focus;
  near[focus] = true;
  while (head < tail && level < max_level) {
    size_t v = queue[head++];
    for (size_t k = offsets[v]; k < offsets[v + 1]; k++)
      if (!near[neighbours[k]]) {
        near[neighbours[k]] = true;
        queue[tail++] = neighbours[k];
      }
    if (head == level_end) {
      level++;
      level_end = tail;
    }
  }
  free(offsets);
  free(neighbours);
  free(queue);
}

/* Looks up the filter's ids; reports each unknown one.  Returns false when
 * one was unknown. */
static bool resolve_ids(const evg_graph *g, const evg_filter *f,
                        evg_diags *diags, bool *wanted_actor, size_t *focus) {
  evg_map actors = {0};
  for (size_t a = 0; a < evg_graph_actor_count(g); a++)
    evg_map_put(&actors, evg_graph_actor(g, a)->id, a);
  bool ok = true;
  for (size_t i = 0; i < f->actor_count; i++) {
    size_t a;
    if (evg_map_get(&actors, f->actors[i], &a)) {
      wanted_actor[a] = true;
      continue;
    }
    bool is_event = false;
    for (size_t e = 0; e < evg_graph_event_count(g) && !is_event; e++)
      is_event = strcmp(evg_graph_event(g, e)->id, f->actors[i]) == 0;
    if (is_event)
      evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 1, NULL,
                    "'%s' is an event, not an actor", f->actors[i]);
    else
      evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 1, NULL,
                    "unknown actor '%s'", f->actors[i]);
    ok = false;
  }
  *focus = NONE;
  if (f->focus) {
    for (size_t e = 0; e < evg_graph_event_count(g) && *focus == NONE; e++)
      if (strcmp(evg_graph_event(g, e)->id, f->focus) == 0)
        *focus = e;
    size_t a;
    if (*focus == NONE && evg_map_get(&actors, f->focus, &a))
      evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 1, NULL,
                    "'%s' is an actor, not an event: the focus is an event",
                    f->focus);
    else if (*focus == NONE)
      evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 1, NULL,
                    "unknown event '%s' (the focus)", f->focus);
    ok = ok && *focus != NONE;
  }
  evg_map_free(&actors);
  return ok;
}

/* Decides, event by event, whether the filter keeps it. */
static void select_events(const evg_graph *g, const evg_filter *f,
                          const bool *wanted_actor, size_t focus, bool *keep) {
  size_t n = evg_graph_event_count(g);
  bool *near = NULL;
  if (focus != NONE) {
    near = evg_xcalloc(n + 1, sizeof *near);
    mark_focus(g, focus, f->depth, near);
  }
  evg_map tags = {0};
  for (size_t t = 0; t < f->tag_count; t++)
    evg_map_put(&tags, f->tags[t], t);
  for (size_t e = 0; e < n; e++) {
    const evg_event *ev = evg_graph_event(g, e);
    bool ok = in_window(&ev->date, f) && (!near || near[e]);
    if (ok && f->actor_count) {
      ok = false;
      for (size_t a = 0; a < ev->actor_count && !ok; a++)
        ok = wanted_actor[ev->actors[a]];
    }
    if (ok && f->tag_count) {
      ok = false;
      for (size_t t = 0; t < ev->tag_count && !ok; t++)
        ok = evg_map_get(&tags, ev->tags[t], &(size_t){0});
    }
    keep[e] = ok;
  }
  evg_map_free(&tags);
  free(near);
}

/* File names, copied once each into the new graph's arena. */
typedef struct {
  evg_arena *arena;
  evg_map index; /* original name (borrowed from the source graph) -> copy */
  const char **copies;
  size_t count, cap;
} file_names;

static const char *file_copy(file_names *f, const char *file) {
  if (!file)
    return NULL;
  size_t i;
  if (evg_map_get(&f->index, file, &i))
    return f->copies[i];
  if (f->count == f->cap) {
    f->cap = f->cap ? f->cap * 2 : 4;
    f->copies = evg_xrealloc(f->copies, f->cap * sizeof *f->copies);
  }
  f->copies[f->count] = evg_arena_strndup(f->arena, file, strlen(file));
  evg_map_put(&f->index, file, f->count);
  return f->copies[f->count++];
}

static const char *copy(evg_arena *arena, const char *s) {
  return s ? evg_arena_strndup(arena, s, strlen(s)) : NULL;
}

static void add_event(evg_builder *b, evg_arena *arena, const evg_event *ev,
                      const evg_graph *g) {
  size_t e = evg_builder_add_event(b, ev->id, ev->pos);
  evg_builder_event_set(b, e, EVG_FIELD_LABEL, copy(arena, ev->label));
  evg_builder_event_set(b, e, EVG_FIELD_DESCRIPTION,
                        copy(arena, ev->description));
  for (size_t c = 0; c < ev->citation_count; c++)
    evg_builder_event_cite(b, e, copy(arena, ev->citations[c].source),
                           copy(arena, ev->citations[c].quote));
  for (size_t n = 0; n < ev->note_count; n++)
    evg_builder_event_set(b, e, EVG_FIELD_NOTE, copy(arena, ev->notes[n]));
  const evg_slide *from = ev->slide;
  if (from)
    evg_builder_event_slide(
        b, e,
        &(evg_slide){
            copy(arena, from->display_date), copy(arena, from->start_time),
            copy(arena, from->end_time), copy(arena, from->media),
            copy(arena, from->media_credit), copy(arena, from->media_caption),
            copy(arena, from->media_thumbnail), copy(arena, from->background)});
  evg_date_spec spec;
  memset(&spec, 0, sizeof spec);
  spec.kind = EVG_DATE_ABSOLUTE;
  spec.absolute = ev->date;
  spec.text = copy(arena, ev->date_text);
  spec.pos = ev->pos;
  spec.span = 1;
  evg_builder_event_date(b, e, &spec);
  for (size_t t = 0; t < ev->tag_count; t++)
    evg_builder_event_tag(b, e, copy(arena, ev->tags[t]));
  for (size_t a = 0; a < ev->actor_count; a++) {
    const char *id = evg_graph_actor(g, ev->actors[a])->id;
    evg_ref ref = {copy(arena, id), ev->pos, (int)strlen(id)};
    evg_builder_event_ref(b, e, EVG_REL_INVOLVES, &ref, NULL);
  }
}

/* Copies every error of `from` into `to`. */
static void forward_errors(const evg_diags *from, evg_diags *to) {
  for (size_t i = 0; i < evg_diags_count(from); i++) {
    const evg_diag *d = evg_diags_get(from, i);
    if (d->severity == EVG_SEV_ERROR)
      evg_diags_add(to, d->severity, d->file, d->line, d->col, d->span,
                    d->source_line, "%s", d->message);
  }
}

evg_graph *evg_graph_filter(const evg_graph *g, const evg_filter *f,
                            evg_diags *diags) {
  size_t n = evg_graph_event_count(g), actor_count = evg_graph_actor_count(g);
  size_t edge_count = evg_graph_edge_count(g);
  bool *wanted_actor = evg_xcalloc(actor_count + 1, sizeof *wanted_actor);
  size_t focus;
  if (!resolve_ids(g, f, diags, wanted_actor, &focus)) {
    free(wanted_actor);
    return NULL;
  }
  bool *keep = evg_xcalloc(n + 1, sizeof *keep);
  select_events(g, f, wanted_actor, focus, keep);
  free(wanted_actor);

  /* new indices: kept events and their actors, in file order */
  size_t *event_index = evg_xmalloc((n + 1) * sizeof *event_index);
  size_t *actor_index = evg_xmalloc((actor_count + 1) * sizeof *actor_index);
  size_t kept = 0, kept_actors = 0;
  for (size_t a = 0; a < actor_count; a++)
    actor_index[a] = NONE;
  for (size_t e = 0; e < n; e++) {
    event_index[e] = keep[e] ? kept++ : NONE;
    const evg_event *ev = evg_graph_event(g, e);
    for (size_t a = 0; keep[e] && a < ev->actor_count; a++)
      actor_index[ev->actors[a]] = 0; /* numbered below */
  }
  size_t *actor_from = evg_xmalloc((actor_count + 1) * sizeof *actor_from);
  for (size_t a = 0; a < actor_count; a++)
    if (actor_index[a] != NONE) {
      actor_from[kept_actors] = a;
      actor_index[a] = kept_actors++;
    }
  size_t *event_from = evg_xmalloc((kept + 1) * sizeof *event_from);
  for (size_t e = 0; e < n; e++)
    if (keep[e])
      event_from[event_index[e]] = e;

  /* the builder's own file name only shows in its diagnostics */
  const char *file = n             ? evg_graph_event(g, 0)->pos.file
                     : actor_count ? evg_graph_actor(g, 0)->pos.file
                                   : NULL;
  /* The builder reports into a list of its own: its warnings (relations
   * that contradict dates) were given when the source graph was built. */
  evg_diags *own = evg_diags_new(0);
  evg_builder *b = evg_builder_new(file ? file : "", own);
  evg_arena *arena = evg_builder_arena(b);
  file_names files = {.arena = arena};
  evg_date anchor;
  if (evg_graph_title(g))
    evg_builder_set_title(b, copy(arena, evg_graph_title(g)));
  if (evg_graph_source(g))
    evg_builder_set_source(b, copy(arena, evg_graph_source(g)));
  if (evg_graph_anchor(g, &anchor))
    evg_builder_set_anchor(b, &anchor);

  const char **actor_file = evg_xmalloc((kept_actors + 1) * sizeof(char *));
  for (size_t i = 0; i < kept_actors; i++) {
    const evg_actor *actor = evg_graph_actor(g, actor_from[i]);
    size_t a = evg_builder_add_actor(b, actor->id, actor->pos);
    evg_builder_actor_set(b, a, copy(arena, actor->name),
                          copy(arena, actor->kind));
    actor_file[i] = file_copy(&files, actor->pos.file);
  }
  /* periods are the events' context: all of them stay */
  size_t periods = evg_graph_period_count(g);
  const char **period_file = evg_xmalloc((periods + 1) * sizeof(char *));
  for (size_t i = 0; i < periods; i++) {
    const evg_period *from = evg_graph_period(g, i);
    evg_period *to =
        evg_builder_period(b, evg_builder_add_period(b, from->id, from->pos));
    to->label = copy(arena, from->label);
    to->color = copy(arena, from->color);
    to->from = from->from;
    to->to = from->to;
    to->open_end = from->open_end;
    period_file[i] = file_copy(&files, from->pos.file);
  }
  const char **event_file = evg_xmalloc((kept + 1) * sizeof(char *));
  for (size_t i = 0; i < kept; i++) {
    const evg_event *ev = evg_graph_event(g, event_from[i]);
    add_event(b, arena, ev, g);
    event_file[i] = file_copy(&files, ev->pos.file);
  }

  /* Relations among kept events.  The builder turns them into edges event
   * by event, in the order given: `relation_from` lists the original edges
   * in that order (a counting sort by new source), so that the new k-th
   * relation edge is the original relation_from[k]. */
  size_t *offsets = evg_xcalloc(kept + 2, sizeof *offsets);
  size_t relations = 0;
  for (size_t i = 0; i < edge_count; i++) {
    const evg_edge *edge = evg_graph_edge(g, i);
    if (between_events(edge->relation) && keep[edge->from] && keep[edge->to]) {
      offsets[event_index[edge->from] + 2]++;
      relations++;
    }
  }
  for (size_t v = 2; v < kept + 2; v++)
    offsets[v] += offsets[v - 1];
  size_t *relation_from = evg_xmalloc((relations + 1) * sizeof *relation_from);
  for (size_t i = 0; i < edge_count; i++) {
    const evg_edge *edge = evg_graph_edge(g, i);
    if (between_events(edge->relation) && keep[edge->from] && keep[edge->to]) {
      relation_from[offsets[event_index[edge->from] + 1]++] = i;
      const char *id = evg_graph_event(g, edge->to)->id;
      evg_ref ref = {copy(arena, id), edge->pos, (int)strlen(id)};
      evg_builder_event_ref(b, event_index[edge->from], edge->relation, &ref,
                            NULL);
    }
  }
  const char **relation_file = evg_xmalloc((relations + 1) * sizeof(char *));
  for (size_t k = 0; k < relations; k++)
    relation_file[k] =
        file_copy(&files, evg_graph_edge(g, relation_from[k])->pos.file);

  evg_graph *out = evg_builder_finish(b);
  if (!out) {
    forward_errors(own, diags); /* not expected: the source graph was valid */
  } else {
    /* The new graph is ours and its elements are not const objects: put
     * back what the builder replaced. */
    for (size_t i = 0; i < kept; i++) {
      evg_event *ev = (evg_event *)evg_graph_event(out, i);
      ev->pos.file = event_file[i];
      ev->date_derived = evg_graph_event(g, event_from[i])->date_derived;
    }
    for (size_t i = 0; i < kept_actors; i++)
      ((evg_actor *)evg_graph_actor(out, i))->pos.file = actor_file[i];
    for (size_t i = 0; i < periods; i++)
      ((evg_period *)evg_graph_period(out, i))->pos.file = period_file[i];
    size_t k = 0;
    for (size_t i = 0; i < evg_graph_edge_count(out); i++) {
      evg_edge *edge = (evg_edge *)evg_graph_edge(out, i);
      if (between_events(edge->relation) && k < relations)
        edge->pos.file = relation_file[k++];
      else /* involves and next carry their source event's position */
        edge->pos.file = evg_graph_event(out, edge->from)->pos.file;
    }
  }
  evg_diags_free(own);
  evg_map_free(&files.index);
  free(files.copies);
  free(keep);
  free(event_index);
  free(actor_index);
  free(actor_from);
  free(event_from);
  free(actor_file);
  free(period_file);
  free(event_file);
  free(offsets);
  free(relation_from);
  free(relation_file);
  return out;
}
