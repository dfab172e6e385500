/* render_json.c: the model as JSON, written with jansson, in two shapes:
 * node-link (NetworkX node_link_graph, d3) and graphology's serialisation
 * (Graph.from).  Attributes are the GraphML writer's, typed.
 *
 * The file is streamed: each node and edge is built as one jansson object,
 * dumped with json_dumpf and freed, so memory stays flat however many events
 * there are (a whole jansson tree of 100,000 events takes hundreds of MB).
 * The only bytes written here are the fixed frame around those objects:
 * braces, brackets, commas, newlines and the constant member names. */
#include "internal.h"

#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* Compact, one node or edge per line: two-space indents make the file 40%
 * larger (146 MB against 105 MB at 100,000 events), and lines still diff
 * and grep one element at a time. */
#define DUMP_FLAGS (JSON_COMPACT | JSON_PRESERVE_ORDER)

typedef struct {
  FILE *out;
  const evg_graph *graph;
  evg_json_flavour flavour;
  evg_buf scratch;
  evg_diags *diags;
  bool failed; /* after the first error nothing more is written */
} writer;

static void fail(writer *w, const char *format, const char *detail) {
  if (!w->failed)
    evg_diags_add(w->diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL, format, detail);
  w->failed = true;
}

/* A JSON string of `text`, made valid UTF-8 first: jansson refuses invalid
 * UTF-8, and one bad byte must not lose the whole file. */
static json_t *text(writer *w, const char *value) {
  json_t *s = evg_json_text(&w->scratch, value);
  if (!s)
    fail(w, "JSON: jansson refused a string (%s)", "out of memory?");
  return s;
}

/* Sets `key` to `value`, taking the reference; a NULL value (an earlier
 * failure) is skipped, as json_object_set_new would. */
static void set(writer *w, json_t *object, const char *key, json_t *value) {
  if (value && json_object_set_new(object, key, value) != 0)
    fail(w, "JSON: cannot set '%s'", key);
}

static void set_text(writer *w, json_t *object, const char *key,
                     const char *value) {
  if (value)
    set(w, object, key, text(w, value));
}

static void set_pos(writer *w, json_t *object, evg_pos pos) {
  set_text(w, object, "file", pos.file);
  set(w, object, "line", json_integer(pos.line));
  set(w, object, "column", json_integer(pos.col));
}

/* A field in its JSON type: numbers and booleans as such, actor ids and
 * tags as the model's lists (not their comma-joined text). */
static json_t *typed_value(writer *w, const evg_event *e,
                           const evg_field *field) {
  switch (field->type) {
  case EVG_VALUE_INTEGER:
    return json_integer(field->number);
  case EVG_VALUE_BOOLEAN:
    return json_boolean(field->number != 0);
  case EVG_VALUE_ACTORS: {
    json_t *ids = json_array();
    for (size_t a = 0; a < e->actor_count; a++)
      json_array_append_new(
          ids, text(w, evg_graph_actor(w->graph, e->actors[a])->id));
    return ids;
  }
  case EVG_VALUE_TAGS: {
    json_t *tags = json_array();
    for (size_t i = 0; i < e->tag_count; i++)
      json_array_append_new(tags, text(w, e->tags[i]));
    return tags;
  }
  case EVG_VALUE_TEXT:
    break;
  }
  return text(w, field->value);
}

static void event_attributes(writer *w, json_t *object, const evg_event *e) {
  set(w, object, "kind", json_string("event"));
  set_text(w, object, "label", e->label);
  evg_buf values = {0};
  evg_field fields[EVG_EVENT_FIELDS];
  size_t count = evg_event_fields(w->graph, e, &values, fields);
  for (size_t f = 0; f < count; f++)
    set(w, object, fields[f].name, typed_value(w, e, &fields[f]));
  evg_buf_free(&values);
  set_pos(w, object, e->pos);
}

static void actor_attributes(writer *w, json_t *object, const evg_actor *a) {
  set(w, object, "kind", json_string("actor"));
  set_text(w, object, "label", a->name);
  set_text(w, object, "actor_kind", a->kind);
  set_pos(w, object, a->pos);
}

static void period_attributes(writer *w, json_t *object, const evg_period *p) {
  set(w, object, "kind", json_string("period"));
  set_text(w, object, "label", p->label);
  evg_buf values = {0};
  evg_field fields[EVG_PERIOD_FIELDS];
  size_t count = evg_period_fields(p, &values, fields);
  for (size_t f = 0; f < count; f++)
    set_text(w, object, fields[f].name, fields[f].value);
  evg_buf_free(&values);
  set_pos(w, object, p->pos);
}

static void put(writer *w, const char *bytes) {
  if (!w->failed && fputs(bytes, w->out) == EOF)
    fail(w, "JSON: write error (%s)", strerror(errno));
}

/* Dumps one value and drops it. */
static void dump(writer *w, json_t *value) {
  if (!w->failed && (!value || json_dumpf(value, w->out, DUMP_FLAGS) != 0))
    fail(w, "JSON: jansson could not write (%s)",
         value ? strerror(errno) : "out of memory?");
  json_decref(value);
}

/* One element of the "nodes" or "edges" array, on its own line. */
static void element(writer *w, json_t *value, size_t index) {
  put(w, index ? ",\n" : "\n");
  dump(w, value);
}

/* A node: node-link puts the id and the attributes in one object;
 * graphology nests the attributes under the key. */
static json_t *node(writer *w, const char *id, json_t **attributes) {
  json_t *object = json_object();
  if (w->flavour == EVG_JSON_NODE_LINK) {
    set_text(w, object, "id", id);
    *attributes = object;
  } else {
    set_text(w, object, "key", id);
    *attributes = json_object();
    set(w, object, "attributes", *attributes);
  }
  return object;
}

static json_t *edge(writer *w, const evg_edge *e, size_t index) {
  const evg_graph *g = w->graph;
  char key[32];
  snprintf(key, sizeof key, "e%zu", index); /* as GraphML's edge ids */
  const char *target = e->relation == EVG_REL_INVOLVES
                           ? evg_graph_actor(g, e->to)->id
                           : evg_graph_event(g, e->to)->id;
  json_t *object = json_object(), *attributes = object;
  if (w->flavour == EVG_JSON_GRAPHOLOGY)
    set_text(w, object, "key", key);
  set_text(w, object, "source", evg_graph_event(g, e->from)->id);
  set_text(w, object, "target", target);
  if (w->flavour == EVG_JSON_NODE_LINK) {
    /* NetworkX makes it the multigraph's edge key */
    set_text(w, object, "key", key);
  } else {
    attributes = json_object();
    set(w, object, "attributes", attributes);
  }
  set(w, attributes, "relation", json_string(evg_relation_name(e->relation)));
  set_pos(w, attributes, e->pos);
  return object;
}

static json_t *graph_attributes(writer *w, const evg_render_options *options) {
  const evg_graph *g = w->graph;
  json_t *object = json_object();
  set_text(w, object, "title",
           options && options->title ? options->title : evg_graph_title(g));
  evg_date anchor;
  if (evg_graph_anchor(g, &anchor)) {
    char edtf[64];
    evg_date_format_edtf(&anchor, edtf, sizeof edtf);
    set_text(w, object, "anchor", edtf);
  }
  set_text(w, object, "source_text", evg_graph_source(g));
  return object;
}

bool evg_render_json(const evg_graph *g, const evg_render_options *options,
                     evg_json_flavour flavour, FILE *out, evg_diags *diags) {
  writer w = {out, g, flavour, {0}, diags, false};
  bool node_link = flavour == EVG_JSON_NODE_LINK;
  if (node_link) {
    put(&w, "{\"directed\":true,\"multigraph\":true,\"graph\":");
  } else {
    /* Events and actors share one id space and no relation joins an event
     * to itself, so there are no self-loops; parallel edges there are. */
    put(&w, "{\"options\":{\"type\":\"directed\",\"multi\":true,"
            "\"allowSelfLoops\":false},\"attributes\":");
  }
  dump(&w, graph_attributes(&w, options));
  put(&w, ",\"nodes\":[");
  size_t index = 0, events = evg_graph_event_count(g);
  for (size_t r = 0; r < events && !w.failed; r++) {
    const evg_event *e = evg_graph_event(g, evg_graph_event_by_rank(g, r));
    json_t *attributes, *object = node(&w, e->id, &attributes);
    event_attributes(&w, attributes, e);
    element(&w, object, index++);
  }
  for (size_t a = 0; a < evg_graph_actor_count(g) && !w.failed; a++) {
    const evg_actor *actor = evg_graph_actor(g, a);
    json_t *attributes, *object = node(&w, actor->id, &attributes);
    actor_attributes(&w, attributes, actor);
    element(&w, object, index++);
  }
  for (size_t p = 0; p < evg_graph_period_count(g) && !w.failed; p++) {
    const evg_period *period = evg_graph_period(g, p);
    json_t *attributes, *object = node(&w, period->id, &attributes);
    period_attributes(&w, attributes, period);
    element(&w, object, index++);
  }
  /* NetworkX 2.8's node_link_graph and d3 read "links"; graphology
   * "edges". */
  put(&w, node_link ? "\n],\"links\":[" : "\n],\"edges\":[");
  for (size_t i = 0; i < evg_graph_edge_count(g) && !w.failed; i++)
    element(&w, edge(&w, evg_graph_edge(g, i), i), i);
  put(&w, "\n]}\n");
  evg_buf_free(&w.scratch);
  return !w.failed;
}
