/* fuzz_events.c: the events parser and the graph it builds, then every
 * writer that needs no Graphviz layout, each read back by the reader a user
 * opens (cgraph for DOT, libxml2 for GraphML, jansson for JSON) with every
 * event field equal to the model's.  GEXF and yEd fork a layout below the
 * drawing cap, so they run only above it. */
#include "fuzz.h"
#include "internal.h"

#include <graphviz/cgraph.h>
#include <jansson.h>
#include <libxml/tree.h>

typedef enum {
  FORMAT_DOT,
  FORMAT_GRAPHML,
  FORMAT_NODE_LINK,
  FORMAT_GRAPHOLOGY,
  FORMAT_GEXF,
  FORMAT_YED
} format;

static const char *const format_names[] = {"DOT",        "GraphML", "JSON",
                                           "graphology", "GEXF",    "yEd"};

static void render(const evg_graph *graph, format which, fuzz_output *out) {
  evg_diags *diags = evg_diags_new(0);
  fuzz_output_open(out);
  bool ok = false;
  switch (which) {
  case FORMAT_DOT:
    ok = evg_render_dot(graph, NULL, out->stream, diags);
    break;
  case FORMAT_GRAPHML:
    ok = evg_render_graphml(graph, NULL, out->stream, diags);
    break;
  case FORMAT_NODE_LINK:
    ok = evg_render_json(graph, NULL, EVG_JSON_NODE_LINK, out->stream, diags);
    break;
  case FORMAT_GRAPHOLOGY:
    ok = evg_render_json(graph, NULL, EVG_JSON_GRAPHOLOGY, out->stream, diags);
    break;
  case FORMAT_GEXF:
    ok = evg_render_gexf(graph, NULL, out->stream, diags);
    break;
  case FORMAT_YED:
    ok = evg_render_yed(graph, NULL, out->stream, diags);
    break;
  }
  fuzz_output_close(out);
  const evg_diag *first = evg_diags_count(diags) ? evg_diags_get(diags, 0) : 0;
  FUZZ_REQUIRE(ok, "%s writer failed: %s", format_names[which],
               first ? first->message : "no diagnostic");
  FUZZ_REQUIRE(evg_diags_errors(diags) == 0, "%s writer reported: %s",
               format_names[which], first->message);
  fuzz_format_diags(diags);
  evg_diags_free(diags);
}

/* A DOT escString as the model's text: "\\" is one backslash. */
static char *unescape_dot(const char *value) {
  evg_buf out = {0};
  evg_buf_append(&out, "", 0);
  for (const char *s = value; *s; s++) {
    if (s[0] == '\\' && s[1] == '\\')
      s++;
    evg_buf_putc(&out, *s);
  }
  return out.data;
}

static void check_dot(const evg_graph *graph) {
  fuzz_output dot;
  render(graph, FORMAT_DOT, &dot);
  agseterr(AGMAX); /* the check below says what failed */
  Agraph_t *back = agmemread(dot.data);
  FUZZ_REQUIRE(back != NULL, "cgraph cannot read the DOT back");
  evg_buf storage = {0};
  for (size_t i = 0; i < evg_graph_event_count(graph); i++) {
    const evg_event *e = evg_graph_event(graph, i);
    Agnode_t *node = agnode(back, (char *)e->id, 0);
    FUZZ_REQUIRE(node != NULL, "DOT has no node %s", e->id);
    evg_field fields[EVG_EVENT_FIELDS];
    size_t count = evg_event_fields(graph, e, &storage, fields);
    for (size_t f = 0; f < count; f++) {
      char *value = agget(node, (char *)fields[f].name);
      char *text = unescape_dot(value ? value : "");
      FUZZ_REQUIRE(strcmp(text, fields[f].value) == 0,
                   "DOT %s.%s reads back as \"%.80s\", is \"%.80s\"", e->id,
                   fields[f].name, text, fields[f].value);
      free(text);
    }
  }
  evg_buf_free(&storage);
  for (size_t i = 0; i < evg_graph_actor_count(graph); i++)
    FUZZ_REQUIRE(agnode(back, (char *)evg_graph_actor(graph, i)->id, 0),
                 "DOT has no actor %s", evg_graph_actor(graph, i)->id);
  FUZZ_REQUIRE((size_t)agnnodes(back) ==
                   evg_graph_event_count(graph) + evg_graph_actor_count(graph),
               "DOT has %d nodes", agnnodes(back));
  agclose(back);
  free(dot.data);
}

static bool named(xmlNodePtr n, const char *name) {
  return n->type == XML_ELEMENT_NODE &&
         strcmp((const char *)n->name, name) == 0;
}

static xmlChar *prop(xmlNodePtr n, const char *name) {
  return xmlGetProp(n, (const xmlChar *)name);
}

/* The GraphML's nodes in order (events, then actors, as written), each
 * event's <data> equal to the model's fields. */
static void check_graphml(const evg_graph *graph, format which) {
  fuzz_output xml;
  render(graph, which, &xml);
  xmlDocPtr doc = fuzz_read_xml(xml.data, xml.len);
  FUZZ_REQUIRE(doc != NULL, "%s is not well-formed XML", format_names[which]);
  xmlNodePtr root = xmlDocGetRootElement(doc);
  xmlNodePtr g = root ? root->children : NULL;
  while (g && !named(g, "graph"))
    g = g->next;
  FUZZ_REQUIRE(g != NULL, "%s has no <graph>", format_names[which]);
  size_t events = evg_graph_event_count(graph), nodes = 0, edges = 0;
  size_t events_seen = 0;
  evg_map event_ids = {0};
  for (size_t i = 0; i < events; i++)
    evg_map_put(&event_ids, evg_graph_event(graph, i)->id, i);
  evg_buf storage = {0};
  for (xmlNodePtr n = g->children; n; n = n->next) {
    if (named(n, "edge"))
      edges++;
    if (!named(n, "node"))
      continue;
    nodes++;
    xmlChar *id = prop(n, "id");
    size_t index;
    bool is_event = id && evg_map_get(&event_ids, (const char *)id, &index);
    xmlFree(id);
    if (!is_event)
      continue;
    events_seen++;
    const evg_event *e = evg_graph_event(graph, index);
    evg_field fields[EVG_EVENT_FIELDS];
    size_t count = evg_event_fields(graph, e, &storage, fields);
    size_t f = 0, matched = 0;
    /* The writer gives the fields in this order, label first. */
    for (xmlNodePtr d = n->children; d; d = d->next) {
      if (!named(d, "data"))
        continue;
      xmlChar *key = prop(d, "key");
      xmlChar *value = xmlNodeGetContent(d);
      const char *k = (const char *)key, *v = (const char *)value;
      FUZZ_REQUIRE(k && v, "%s %s: <data> without key or text",
                   format_names[which], e->id);
      if (strcmp(k, "label") == 0) {
        FUZZ_REQUIRE(strcmp(v, e->label) == 0,
                     "%s %s label reads back as \"%.80s\"", format_names[which],
                     e->id, v);
      } else {
        size_t at = f;
        while (at < count && strcmp(fields[at].name, k) != 0)
          at++;
        if (at < count) {
          FUZZ_REQUIRE(strcmp(v, fields[at].value) == 0,
                       "%s %s.%s reads back as \"%.80s\", is \"%.80s\"",
                       format_names[which], e->id, k, v, fields[at].value);
          f = at + 1;
          matched++;
        }
      }
      xmlFree(key);
      xmlFree(value);
    }
    FUZZ_REQUIRE(matched == count, "%s %s has %zu of its %zu fields",
                 format_names[which], e->id, matched, count);
  }
  evg_buf_free(&storage);
  evg_map_free(&event_ids);
  FUZZ_REQUIRE(events_seen == events, "%s has %zu of the %zu events",
               format_names[which], events_seen, events);
  FUZZ_REQUIRE(nodes == events + evg_graph_actor_count(graph),
               "%s has %zu nodes", format_names[which], nodes);
  FUZZ_REQUIRE(edges == evg_graph_edge_count(graph), "%s has %zu edges",
               format_names[which], edges);
  xmlFreeDoc(doc);
  free(xml.data);
}

/* Both JSON shapes read by jansson's strict decoder, with one node per
 * event and actor, one edge per edge, and each event's texts equal. */
static void check_json(const evg_graph *graph, format which) {
  fuzz_output text;
  render(graph, which, &text);
  json_error_t error;
  json_t *doc = json_loadb(text.data, text.len, JSON_REJECT_DUPLICATES, &error);
  FUZZ_REQUIRE(doc != NULL, "%s does not parse: %s at line %d",
               format_names[which], error.text, error.line);
  bool node_link = which == FORMAT_NODE_LINK;
  json_t *nodes = json_object_get(doc, "nodes");
  json_t *edges = json_object_get(doc, node_link ? "links" : "edges");
  size_t events = evg_graph_event_count(graph);
  FUZZ_REQUIRE(json_array_size(nodes) == events + evg_graph_actor_count(graph),
               "%s has %zu nodes", format_names[which], json_array_size(nodes));
  FUZZ_REQUIRE(json_array_size(edges) == evg_graph_edge_count(graph),
               "%s has %zu edges", format_names[which], json_array_size(edges));
  static const char *const names[] = {"label", "description", "quote",
                                      "source"};
  evg_map event_ids = {0};
  for (size_t i = 0; i < events; i++)
    evg_map_put(&event_ids, evg_graph_event(graph, i)->id, i);
  size_t events_seen = 0, position;
  json_t *node;
  json_array_foreach(nodes, position, node) {
    json_t *values = node_link ? node : json_object_get(node, "attributes");
    const char *id =
        json_string_value(json_object_get(node, node_link ? "id" : "key"));
    size_t index;
    if (!id || !evg_map_get(&event_ids, id, &index))
      continue;
    events_seen++;
    const evg_event *e = evg_graph_event(graph, index);
    const char *want[] = {e->label, e->description, e->quote, e->source};
    for (size_t f = 0; f < 4; f++) {
      const char *got = json_string_value(json_object_get(values, names[f]));
      FUZZ_REQUIRE(want[f] ? got && strcmp(got, want[f]) == 0 : !got,
                   "%s %s.%s reads back as \"%.80s\"", format_names[which],
                   e->id, names[f], got ? got : "(none)");
    }
  }
  evg_map_free(&event_ids);
  FUZZ_REQUIRE(events_seen == events, "%s has %zu of the %zu events",
               format_names[which], events_seen, events);
  json_decref(doc);
  free(text.data);
}

static char *events_text(const evg_graph *graph, const char *what) {
  evg_diags *diags = evg_diags_new(0);
  fuzz_output out;
  fuzz_output_open(&out);
  bool ok = evg_render_events(graph, out.stream, diags);
  fuzz_output_close(&out);
  FUZZ_REQUIRE(ok && evg_diags_errors(diags) == 0,
               "the events writer failed on %s", what);
  evg_diags_free(diags);
  return out.data;
}

/* The events writer reads back (and writes the same bytes again), and
 * merging the graph with itself gives what merging it alone gives. */
static void check_events_and_merge(const evg_graph *graph) {
  char *text = events_text(graph, "the parsed graph");
  evg_diags *diags = evg_diags_new(20);
  evg_graph *back =
      evg_parse_events(text, strlen(text), "written.events", diags);
  fuzz_format_diags(diags);
  FUZZ_REQUIRE(back != NULL, "the written events file does not parse: %s",
               evg_diags_count(diags) ? evg_diags_get(diags, 0)->message
                                      : "no diagnostic");
  char *again = events_text(back, "the graph read back");
  FUZZ_REQUIRE(strcmp(text, again) == 0,
               "the events file written twice differs");
  const evg_graph *one[] = {graph}, *two[] = {graph, graph};
  evg_graph *alone = evg_merge(one, 1, diags);
  evg_graph *twice = evg_merge(two, 2, diags);
  FUZZ_REQUIRE(alone && twice, "merge failed: %s",
               evg_diags_count(diags) ? evg_diags_get(diags, 0)->message
                                      : "no diagnostic");
  FUZZ_REQUIRE(evg_graph_check(alone) && evg_graph_check(twice),
               "merged graph invariants broken");
  char *a = events_text(alone, "a merge"), *b = events_text(twice, "a merge");
  FUZZ_REQUIRE(strcmp(a, b) == 0, "merge of A with A differs from A's");
  free(a);
  free(b);
  evg_graph_free(alone);
  evg_graph_free(twice);
  evg_graph_free(back);
  evg_diags_free(diags);
  free(again);
  free(text);
}

/* The CLI's DOT path frees the model while cgraph is built: its bytes must
 * be evg_render_dot's.  Takes `graph` (it is freed). */
static void check_dot_consume(evg_graph *graph) {
  fuzz_output kept, consumed;
  render(graph, FORMAT_DOT, &kept);
  evg_diags *diags = evg_diags_new(0);
  fuzz_output_open(&consumed);
  bool ok = evg_render_dot_consume(graph, NULL, consumed.stream, diags);
  fuzz_output_close(&consumed);
  const evg_diag *first = evg_diags_count(diags) ? evg_diags_get(diags, 0) : 0;
  FUZZ_REQUIRE(ok && evg_diags_errors(diags) == 0,
               "consuming DOT writer failed: %s",
               first ? first->message : "no diagnostic");
  FUZZ_REQUIRE(consumed.len == kept.len &&
                   memcmp(consumed.data, kept.data, kept.len) == 0,
               "consuming DOT writer differs (%zu bytes, %zu kept)",
               consumed.len, kept.len);
  evg_diags_free(diags);
  free(kept.data);
  free(consumed.data);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > FUZZ_MAX_INPUT)
    return 0;
  evg_diags *diags = evg_diags_new(20);
  evg_graph *graph =
      evg_parse_events((const char *)data, size, "fuzz.events", diags);
  fuzz_format_diags(diags);
  FUZZ_REQUIRE(graph ? evg_diags_errors(diags) == 0
                     : evg_diags_errors(diags) > 0,
               "%s with %d errors", graph ? "a graph" : "no graph",
               evg_diags_errors(diags));
  evg_diags_free(diags);
  if (!graph)
    return 0;
  FUZZ_REQUIRE(evg_graph_check(graph), "graph invariants broken");
  check_dot(graph);
  check_graphml(graph, FORMAT_GRAPHML);
  check_json(graph, FORMAT_NODE_LINK);
  check_json(graph, FORMAT_GRAPHOLOGY);
  check_events_and_merge(graph);
  if (evg_graph_event_count(graph) > EVG_DRAWING_EVENTS_MAX) {
    check_graphml(graph, FORMAT_YED);
    fuzz_output gexf;
    render(graph, FORMAT_GEXF, &gexf);
    xmlDocPtr doc = fuzz_read_xml(gexf.data, gexf.len);
    FUZZ_REQUIRE(doc != NULL, "GEXF is not well-formed XML");
    xmlFreeDoc(doc);
    free(gexf.data);
  }
  check_dot_consume(graph);
  return 0;
}
