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

typedef struct {
  evg_json_stream js;
  const evg_graph *graph;
  evg_json_flavour flavour;
} writer;

static void set_pos(writer *w, json_t *object, evg_pos pos) {
  evg_json_set_text(&w->js, object, "file", pos.file);
  evg_json_set(&w->js, object, "line", json_integer(pos.line));
  evg_json_set(&w->js, object, "column", json_integer(pos.col));
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
          ids,
          evg_json_string(&w->js, evg_graph_actor(w->graph, e->actors[a])->id));
    return ids;
  }
  case EVG_VALUE_TAGS: {
    json_t *tags = json_array();
    for (size_t i = 0; i < e->tag_count; i++)
      json_array_append_new(tags, evg_json_string(&w->js, e->tags[i]));
    return tags;
  }
  case EVG_VALUE_TEXT:
    break;
  }
  return evg_json_string(&w->js, field->value);
}

static void event_attributes(writer *w, json_t *object, const evg_event *e) {
  evg_json_set(&w->js, object, "kind", json_string("event"));
  evg_json_set_text(&w->js, object, "label", e->label);
  evg_buf values = {0};
  evg_field fields[EVG_EVENT_FIELDS];
  size_t count = evg_event_fields(w->graph, e, &values, fields);
  for (size_t f = 0; f < count; f++)
    evg_json_set(&w->js, object, fields[f].name, typed_value(w, e, &fields[f]));
  evg_buf_free(&values);
  set_pos(w, object, e->pos);
}

static void actor_attributes(writer *w, json_t *object, const evg_actor *a) {
  evg_json_set(&w->js, object, "kind", json_string("actor"));
  evg_json_set_text(&w->js, object, "label", a->name);
  evg_json_set_text(&w->js, object, "actor_kind", a->kind);
  set_pos(w, object, a->pos);
}

static void period_attributes(writer *w, json_t *object, const evg_period *p) {
  evg_json_set(&w->js, object, "kind", json_string("period"));
  evg_json_set_text(&w->js, object, "label", p->label);
  evg_buf values = {0};
  evg_field fields[EVG_PERIOD_FIELDS];
  size_t count = evg_period_fields(p, &values, fields);
  for (size_t f = 0; f < count; f++)
    evg_json_set_text(&w->js, object, fields[f].name, fields[f].value);
  evg_buf_free(&values);
  set_pos(w, object, p->pos);
}

/* A node: node-link puts the id and the attributes in one object;
 * graphology nests the attributes under the key. */
static json_t *node(writer *w, const char *id, json_t **attributes) {
  json_t *object = json_object();
  if (w->flavour == EVG_JSON_NODE_LINK) {
    evg_json_set_text(&w->js, object, "id", id);
    *attributes = object;
  } else {
    evg_json_set_text(&w->js, object, "key", id);
    *attributes = json_object();
    evg_json_set(&w->js, object, "attributes", *attributes);
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
    evg_json_set_text(&w->js, object, "key", key);
  evg_json_set_text(&w->js, object, "source", evg_graph_event(g, e->from)->id);
  evg_json_set_text(&w->js, object, "target", target);
  if (w->flavour == EVG_JSON_NODE_LINK) {
    /* NetworkX makes it the multigraph's edge key */
    evg_json_set_text(&w->js, object, "key", key);
  } else {
    attributes = json_object();
    evg_json_set(&w->js, object, "attributes", attributes);
  }
  evg_json_set(&w->js, attributes, "relation",
               json_string(evg_relation_name(e->relation)));
  set_pos(w, attributes, e->pos);
  return object;
}

static json_t *graph_attributes(writer *w, const evg_render_options *options) {
  const evg_graph *g = w->graph;
  json_t *object = json_object();
  evg_json_set_text(&w->js, object, "title",
                    options && options->title ? options->title
                                              : evg_graph_title(g));
  evg_date anchor;
  if (evg_graph_anchor(g, &anchor)) {
    char edtf[64];
    evg_date_format_edtf(&anchor, edtf, sizeof edtf);
    evg_json_set_text(&w->js, object, "anchor", edtf);
  }
  evg_json_set_text(&w->js, object, "source_text", evg_graph_source(g));
  return object;
}

bool evg_render_json(const evg_graph *g, const evg_render_options *options,
                     evg_json_flavour flavour, FILE *out, evg_diags *diags) {
  writer w = {{.out = out, .format = "JSON", .diags = diags}, g, flavour};
  bool node_link = flavour == EVG_JSON_NODE_LINK;
  if (node_link) {
    evg_json_put(&w.js, "{\"directed\":true,\"multigraph\":true,\"graph\":");
  } else {
    /* Events and actors share one id space and no relation joins an event
     * to itself, so there are no self-loops; parallel edges there are. */
    evg_json_put(&w.js, "{\"options\":{\"type\":\"directed\",\"multi\":true,"
                        "\"allowSelfLoops\":false},\"attributes\":");
  }
  evg_json_dump(&w.js, graph_attributes(&w, options));
  evg_json_put(&w.js, ",\"nodes\":[");
  size_t index = 0, events = evg_graph_event_count(g);
  for (size_t r = 0; r < events && !w.js.failed; r++) {
    const evg_event *e = evg_graph_event(g, evg_graph_event_by_rank(g, r));
    json_t *attributes, *object = node(&w, e->id, &attributes);
    event_attributes(&w, attributes, e);
    evg_json_element(&w.js, object, index++);
  }
  for (size_t a = 0; a < evg_graph_actor_count(g) && !w.js.failed; a++) {
    const evg_actor *actor = evg_graph_actor(g, a);
    json_t *attributes, *object = node(&w, actor->id, &attributes);
    actor_attributes(&w, attributes, actor);
    evg_json_element(&w.js, object, index++);
  }
  for (size_t p = 0; p < evg_graph_period_count(g) && !w.js.failed; p++) {
    const evg_period *period = evg_graph_period(g, p);
    json_t *attributes, *object = node(&w, period->id, &attributes);
    period_attributes(&w, attributes, period);
    evg_json_element(&w.js, object, index++);
  }
  /* NetworkX 2.8's node_link_graph and d3 read "links"; graphology
   * "edges". */
  evg_json_put(&w.js, node_link ? "\n],\"links\":[" : "\n],\"edges\":[");
  for (size_t i = 0; i < evg_graph_edge_count(g) && !w.js.failed; i++)
    evg_json_element(&w.js, edge(&w, evg_graph_edge(g, i), i), i);
  evg_json_put(&w.js, "\n]}\n");
  evg_json_stream_finish(&w.js);
  return !w.js.failed;
}
