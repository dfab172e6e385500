/* render_graphml.c: the model as flat GraphML, written with libxml2's
 * xmlTextWriter.  Keys are typed and named by what they hold.  The yEd
 * writer (render_yed.c) writes the same document with its graphics added,
 * through evg_write_graphml (graphml.h). */
#include "graphml.h"

#include <string.h>

typedef enum { FOR_GRAPH, FOR_NODE, FOR_EDGE } key_domain;

typedef struct {
  const char *id;
  key_domain domain;
  const char *type; /* GraphML attr.type */
  const char *name; /* attr.name, when it differs from the id */
} key_def;

/* Every key, declared in this order before the graph.  An attribute of
 * nodes and edges has one key per domain with the same attr.name: readers
 * such as igraph and graphology drop or fail on keys declared for="all". */
static const key_def keys[] = {
    {"title", FOR_GRAPH, "string", NULL},
    {"anchor", FOR_GRAPH, "string", NULL},
    {"source_text", FOR_GRAPH, "string", NULL},
    {"kind", FOR_NODE, "string", NULL},
    {"label", FOR_NODE, "string", NULL},
    {"date", FOR_NODE, "string", NULL},
    {"date_label", FOR_NODE, "string", NULL},
    {"date_written", FOR_NODE, "string", NULL},
    {"date_iso", FOR_NODE, "string", NULL},
    {"start", FOR_NODE, "string", NULL},
    {"end", FOR_NODE, "string", NULL},
    {"precision", FOR_NODE, "string", NULL},
    {"year", FOR_NODE, "int", NULL},
    {"approximate", FOR_NODE, "boolean", NULL},
    {"uncertain", FOR_NODE, "boolean", NULL},
    {"rank", FOR_NODE, "int", NULL},
    {"actors", FOR_NODE, "string", NULL},
    {"tags", FOR_NODE, "string", NULL},
    {"description", FOR_NODE, "string", NULL},
    {"quote", FOR_NODE, "string", NULL},
    {"source", FOR_NODE, "string", NULL},
    {"actor_kind", FOR_NODE, "string", NULL},
    {"color", FOR_NODE, "string", NULL},
    {"relation", FOR_EDGE, "string", NULL},
    {"file", FOR_NODE, "string", NULL},
    {"line", FOR_NODE, "int", NULL},
    {"column", FOR_NODE, "int", NULL},
    {"edge_file", FOR_EDGE, "string", "file"},
    {"edge_line", FOR_EDGE, "int", "line"},
    {"edge_column", FOR_EDGE, "int", "column"},
};

static const xmlChar *x(const char *s) { return (const xmlChar *)s; }

static void check(evg_xml *xml, int rc) {
  if (rc < 0 && xml->status == 0)
    xml->status = rc;
}

void evg_xml_start(evg_xml *xml, const char *name) {
  check(xml, xmlTextWriterStartElement(xml->w, x(name)));
}

void evg_xml_attr(evg_xml *xml, const char *name, const char *value) {
  check(xml, xmlTextWriterWriteAttribute(xml->w, x(name), x(value)));
}

void evg_xml_attr_points(evg_xml *xml, const char *name, double value) {
  char text[64];
  snprintf(text, sizeof text, "%.2f", value);
  evg_xml_attr(xml, name, strcmp(text, "-0.00") == 0 ? "0.00" : text);
}

void evg_xml_text(evg_xml *xml, const char *text) {
  size_t len;
  if (!evg_ascii_clean(text, &len)) {
    xml->scratch.len = 0;
    evg_utf8_sanitize(&xml->scratch, text, strlen(text));
    text = xml->scratch.data;
  }
  check(xml, xmlTextWriterWriteString(xml->w, x(text)));
}

void evg_xml_end(evg_xml *xml) { check(xml, xmlTextWriterEndElement(xml->w)); }

void evg_xml_indent(evg_xml *xml, bool on) {
  check(xml, xmlTextWriterSetIndent(xml->w, on ? 1 : 0));
}

static void data(evg_xml *wr, const char *key, const char *value) {
  if (!value)
    return;
  evg_xml_start(wr, "data");
  evg_xml_attr(wr, "key", key);
  evg_xml_text(wr, value);
  evg_xml_end(wr);
}

static void data_int(evg_xml *wr, const char *key, long value) {
  char text[24];
  data(wr, key, evg_format_integer(text, value));
}

static void data_pos(evg_xml *wr, evg_pos pos, bool edge) {
  data(wr, edge ? "edge_file" : "file", pos.file);
  data_int(wr, edge ? "edge_line" : "line", pos.line);
  data_int(wr, edge ? "edge_column" : "column", pos.col);
}

static void write_keys(evg_xml *wr, const evg_graph *g) {
  static const char *const domains[] = {"graph", "node", "edge"};
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
    evg_xml_start(wr, "key");
    evg_xml_attr(wr, "id", keys[i].id);
    evg_xml_attr(wr, "for", domains[keys[i].domain]);
    evg_xml_attr(wr, "attr.name", keys[i].name ? keys[i].name : keys[i].id);
    evg_xml_attr(wr, "attr.type", keys[i].type);
    evg_xml_end(wr);
  }
  const char *extra[4];
  evg_event_extra_fields(g, extra);
  for (size_t i = 0; extra[i]; i++) {
    evg_xml_start(wr, "key");
    evg_xml_attr(wr, "id", extra[i]);
    evg_xml_attr(wr, "for", "node");
    evg_xml_attr(wr, "attr.name", extra[i]);
    evg_xml_attr(wr, "attr.type", "string");
    evg_xml_end(wr);
  }
}

/* The flavour's graphics come first in each element: NetworkX reads the
 * label of a yEd NodeLabel into "label", and the plain label written after
 * it then wins. */
static void write_event(evg_xml *wr, const evg_graph *g, size_t index,
                        const evg_graphml_flavour *flavour) {
  const evg_event *e = evg_graph_event(g, index);
  evg_xml_start(wr, "node");
  evg_xml_attr(wr, "id", e->id);
  if (flavour && flavour->node)
    flavour->node(wr, false, index, flavour->user);
  data(wr, "kind", "event");
  data(wr, "label", e->label);
  evg_field fields[EVG_EVENT_FIELDS];
  size_t count = evg_event_fields(g, e, &wr->values, fields);
  for (size_t f = 0; f < count; f++)
    data(wr, fields[f].name, fields[f].value);
  data_pos(wr, e->pos, false);
  evg_xml_end(wr);
}

static void write_actor(evg_xml *wr, const evg_graph *g, size_t index,
                        const evg_graphml_flavour *flavour) {
  const evg_actor *a = evg_graph_actor(g, index);
  evg_xml_start(wr, "node");
  evg_xml_attr(wr, "id", a->id);
  if (flavour && flavour->node)
    flavour->node(wr, true, index, flavour->user);
  data(wr, "kind", "actor");
  data(wr, "label", a->name);
  data(wr, "actor_kind", a->kind);
  data_pos(wr, a->pos, false);
  evg_xml_end(wr);
}

/* A period: a node of its own, joined to nothing. */
static void write_period(evg_xml *wr, const evg_graph *g, size_t index,
                         const evg_graphml_flavour *flavour) {
  const evg_period *p = evg_graph_period(g, index);
  evg_xml_start(wr, "node");
  evg_xml_attr(wr, "id", p->id);
  if (flavour && flavour->period)
    flavour->period(wr, index, flavour->user);
  data(wr, "kind", "period");
  data(wr, "label", p->label);
  evg_field fields[EVG_PERIOD_FIELDS];
  size_t count = evg_period_fields(p, &wr->values, fields);
  for (size_t f = 0; f < count; f++)
    data(wr, fields[f].name, fields[f].value);
  data_pos(wr, p->pos, false);
  evg_xml_end(wr);
}

static void write_edge(evg_xml *wr, const evg_graph *g, size_t index,
                       const evg_graphml_flavour *flavour) {
  const evg_edge *e = evg_graph_edge(g, index);
  char number[24], id[32] = "e";
  strcpy(id + 1, evg_format_integer(number, (long long)index));
  const char *target = e->relation == EVG_REL_INVOLVES
                           ? evg_graph_actor(g, e->to)->id
                           : evg_graph_event(g, e->to)->id;
  evg_xml_start(wr, "edge");
  evg_xml_attr(wr, "id", id);
  evg_xml_attr(wr, "source", evg_graph_event(g, e->from)->id);
  evg_xml_attr(wr, "target", target);
  if (flavour && flavour->edge)
    flavour->edge(wr, index, flavour->user);
  data(wr, "relation", evg_relation_name(e->relation));
  data_pos(wr, e->pos, true);
  evg_xml_end(wr);
}

static bool write_document(const evg_graph *g,
                           const evg_render_options *options,
                           const evg_graphml_flavour *flavour,
                           const char *format, FILE *out, evg_diags *diags) {
  xmlOutputBufferPtr buffer = xmlOutputBufferCreateFile(out, NULL);
  if (!buffer) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "%s: cannot create the libxml2 output buffer", format);
    return false;
  }
  evg_xml wr = {xmlNewTextWriter(buffer), {0}, {0}, 0};
  if (!wr.w) {
    xmlOutputBufferClose(buffer);
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "%s: cannot create the libxml2 writer", format);
    return false;
  }
  evg_xml_indent(&wr, true);
  check(&wr, xmlTextWriterSetIndentString(wr.w, x("  ")));
  check(&wr, xmlTextWriterStartDocument(wr.w, "1.0", "UTF-8", NULL));
  evg_xml_start(&wr, "graphml");
  evg_xml_attr(&wr, "xmlns", "http://graphml.graphdrawing.org/xmlns");
  evg_xml_attr(&wr, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  for (size_t i = 0; flavour && flavour->namespaces && flavour->namespaces[i] &&
                     flavour->namespaces[i + 1];
       i += 2) {
    char name[64];
    snprintf(name, sizeof name, "xmlns:%s", flavour->namespaces[i]);
    evg_xml_attr(&wr, name, flavour->namespaces[i + 1]);
  }
  evg_xml_attr(&wr, "xsi:schemaLocation",
               flavour && flavour->schema_location
                   ? flavour->schema_location
                   : "http://graphml.graphdrawing.org/xmlns "
                     "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
  write_keys(&wr, g);
  if (flavour && flavour->keys)
    flavour->keys(&wr, flavour->user);
  evg_xml_start(&wr, "graph");
  evg_xml_attr(&wr, "id", "G");
  evg_xml_attr(&wr, "edgedefault", "directed");
  const char *title =
      options && options->title ? options->title : evg_graph_title(g);
  data(&wr, "title", title);
  evg_date anchor;
  if (evg_graph_anchor(g, &anchor)) {
    char text[64];
    evg_date_format_edtf(&anchor, text, sizeof text);
    data(&wr, "anchor", text);
  }
  data(&wr, "source_text", evg_graph_source(g));
  size_t events = evg_graph_event_count(g);
  for (size_t r = 0; r < events; r++)
    write_event(&wr, g, evg_graph_event_by_rank(g, r), flavour);
  for (size_t a = 0; a < evg_graph_actor_count(g); a++)
    write_actor(&wr, g, a, flavour);
  for (size_t p = 0; p < evg_graph_period_count(g); p++)
    write_period(&wr, g, p, flavour);
  for (size_t i = 0; i < evg_graph_edge_count(g); i++)
    write_edge(&wr, g, i, flavour);
  evg_xml_end(&wr); /* graph */
  check(&wr, xmlTextWriterEndDocument(wr.w));
  check(&wr, xmlTextWriterFlush(wr.w));
  xmlFreeTextWriter(wr.w); /* closes the output buffer, not the FILE */
  evg_buf_free(&wr.scratch);
  evg_buf_free(&wr.values);
  if (wr.status < 0) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "%s: libxml2 failed while writing (error %d)", format,
                  wr.status);
    return false;
  }
  return true;
}

bool evg_write_graphml(const evg_graph *g, const evg_render_options *options,
                       const evg_graphml_flavour *flavour, const char *format,
                       FILE *out, evg_diags *diags) {
  evg_xml_errors errors;
  evg_xml_errors_begin(&errors, diags, format);
  bool ok = write_document(g, options, flavour, format, out, diags);
  evg_xml_errors_end(&errors);
  return ok;
}

bool evg_render_graphml(const evg_graph *g, const evg_render_options *options,
                        FILE *out, evg_diags *diags) {
  return evg_write_graphml(g, options, NULL, "GraphML", out, diags);
}
