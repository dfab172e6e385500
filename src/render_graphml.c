/* render_graphml.c: the model as flat GraphML, written with libxml2's
 * xmlTextWriter.  Keys are typed and named by what they hold. */
#include "internal.h"

#include <libxml/xmlwriter.h>
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
    {"relation", FOR_EDGE, "string", NULL},
    {"file", FOR_NODE, "string", NULL},
    {"line", FOR_NODE, "int", NULL},
    {"column", FOR_NODE, "int", NULL},
    {"edge_file", FOR_EDGE, "string", "file"},
    {"edge_line", FOR_EDGE, "int", "line"},
    {"edge_column", FOR_EDGE, "int", "column"},
};

typedef struct {
  xmlTextWriterPtr w;
  evg_buf scratch;
  int status; /* the first negative libxml2 return, or 0 */
} writer;

static void check(writer *wr, int rc) {
  if (rc < 0 && wr->status == 0)
    wr->status = rc;
}

static const xmlChar *x(const char *s) { return (const xmlChar *)s; }

/* Text goes through the UTF-8 sanitizer: xmlTextWriter escapes markup but
 * passes invalid bytes and control characters straight through. */
static void data(writer *wr, const char *key, const char *value) {
  if (!value)
    return;
  wr->scratch.len = 0;
  evg_utf8_sanitize(&wr->scratch, value, strlen(value));
  check(wr, xmlTextWriterStartElement(wr->w, x("data")));
  check(wr, xmlTextWriterWriteAttribute(wr->w, x("key"), x(key)));
  check(wr, xmlTextWriterWriteString(wr->w, x(wr->scratch.data)));
  check(wr, xmlTextWriterEndElement(wr->w));
}

static void data_int(writer *wr, const char *key, long value) {
  char text[32];
  snprintf(text, sizeof text, "%ld", value);
  data(wr, key, text);
}

static void data_pos(writer *wr, evg_pos pos, bool edge) {
  data(wr, edge ? "edge_file" : "file", pos.file);
  data_int(wr, edge ? "edge_line" : "line", pos.line);
  data_int(wr, edge ? "edge_column" : "column", pos.col);
}

static void write_keys(writer *wr) {
  static const char *const domains[] = {"graph", "node", "edge"};
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
    check(wr, xmlTextWriterStartElement(wr->w, x("key")));
    check(wr, xmlTextWriterWriteAttribute(wr->w, x("id"), x(keys[i].id)));
    check(wr, xmlTextWriterWriteAttribute(wr->w, x("for"),
                                          x(domains[keys[i].domain])));
    check(wr, xmlTextWriterWriteAttribute(
                  wr->w, x("attr.name"),
                  x(keys[i].name ? keys[i].name : keys[i].id)));
    check(wr,
          xmlTextWriterWriteAttribute(wr->w, x("attr.type"), x(keys[i].type)));
    check(wr, xmlTextWriterEndElement(wr->w));
  }
}

static void write_event(writer *wr, const evg_graph *g, const evg_event *e) {
  check(wr, xmlTextWriterStartElement(wr->w, x("node")));
  check(wr, xmlTextWriterWriteAttribute(wr->w, x("id"), x(e->id)));
  data(wr, "kind", "event");
  data(wr, "label", e->label);
  evg_buf values = {0};
  evg_field fields[EVG_EVENT_FIELDS];
  size_t count = evg_event_fields(g, e, &values, fields);
  for (size_t f = 0; f < count; f++)
    data(wr, fields[f].name, fields[f].value);
  evg_buf_free(&values);
  data_pos(wr, e->pos, false);
  check(wr, xmlTextWriterEndElement(wr->w));
}

static void write_actor(writer *wr, const evg_actor *a) {
  check(wr, xmlTextWriterStartElement(wr->w, x("node")));
  check(wr, xmlTextWriterWriteAttribute(wr->w, x("id"), x(a->id)));
  data(wr, "kind", "actor");
  data(wr, "label", a->name);
  data(wr, "actor_kind", a->kind);
  data_pos(wr, a->pos, false);
  check(wr, xmlTextWriterEndElement(wr->w));
}

static void write_edge(writer *wr, const evg_graph *g, const evg_edge *e,
                       size_t index) {
  char id[32];
  snprintf(id, sizeof id, "e%zu", index);
  const char *target = e->relation == EVG_REL_INVOLVES
                           ? evg_graph_actor(g, e->to)->id
                           : evg_graph_event(g, e->to)->id;
  check(wr, xmlTextWriterStartElement(wr->w, x("edge")));
  check(wr, xmlTextWriterWriteAttribute(wr->w, x("id"), x(id)));
  check(wr, xmlTextWriterWriteAttribute(wr->w, x("source"),
                                        x(evg_graph_event(g, e->from)->id)));
  check(wr, xmlTextWriterWriteAttribute(wr->w, x("target"), x(target)));
  data(wr, "relation", evg_relation_name(e->relation));
  data_pos(wr, e->pos, true);
  check(wr, xmlTextWriterEndElement(wr->w));
}

bool evg_render_graphml(const evg_graph *g, const evg_render_options *options,
                        FILE *out, evg_diags *diags) {
  xmlOutputBufferPtr buffer = xmlOutputBufferCreateFile(out, NULL);
  if (!buffer) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "GraphML: cannot create the libxml2 output buffer");
    return false;
  }
  writer wr = {xmlNewTextWriter(buffer), {0}, 0};
  if (!wr.w) {
    xmlOutputBufferClose(buffer);
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "GraphML: cannot create the libxml2 writer");
    return false;
  }
  check(&wr, xmlTextWriterSetIndent(wr.w, 1));
  check(&wr, xmlTextWriterSetIndentString(wr.w, x("  ")));
  check(&wr, xmlTextWriterStartDocument(wr.w, "1.0", "UTF-8", NULL));
  check(&wr, xmlTextWriterStartElement(wr.w, x("graphml")));
  check(&wr, xmlTextWriterWriteAttribute(
                 wr.w, x("xmlns"), x("http://graphml.graphdrawing.org/xmlns")));
  check(&wr, xmlTextWriterWriteAttribute(
                 wr.w, x("xmlns:xsi"),
                 x("http://www.w3.org/2001/XMLSchema-instance")));
  check(&wr, xmlTextWriterWriteAttribute(
                 wr.w, x("xsi:schemaLocation"),
                 x("http://graphml.graphdrawing.org/xmlns "
                   "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd")));
  write_keys(&wr);
  check(&wr, xmlTextWriterStartElement(wr.w, x("graph")));
  check(&wr, xmlTextWriterWriteAttribute(wr.w, x("id"), x("G")));
  check(&wr,
        xmlTextWriterWriteAttribute(wr.w, x("edgedefault"), x("directed")));
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
    write_event(&wr, g, evg_graph_event(g, evg_graph_event_by_rank(g, r)));
  for (size_t a = 0; a < evg_graph_actor_count(g); a++)
    write_actor(&wr, evg_graph_actor(g, a));
  for (size_t i = 0; i < evg_graph_edge_count(g); i++)
    write_edge(&wr, g, evg_graph_edge(g, i), i);
  check(&wr, xmlTextWriterEndElement(wr.w)); /* graph */
  check(&wr, xmlTextWriterEndDocument(wr.w));
  check(&wr, xmlTextWriterFlush(wr.w));
  xmlFreeTextWriter(wr.w); /* closes the output buffer, not the FILE */
  evg_buf_free(&wr.scratch);
  if (wr.status < 0) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "GraphML: libxml2 failed while writing (error %d)",
                  wr.status);
    return false;
  }
  return true;
}
