/* render_gexf.c: the model as GEXF 1.2draft for Gephi's timeline, written
 * with libxml2's xmlTextWriter.  Nodes and edges carry their time span
 * (mode="dynamic", timeformat="date"), typed attributes named as the
 * GraphML keys, and the drawing's colours, positions and sizes. */
#include "render_cgraph.h"

#include <libxml/xmlwriter.h>
#include <string.h>

#define GEXF_NS "http://www.gexf.net/1.2draft"

typedef enum { CLASS_NODE, CLASS_EDGE } attribute_class;

typedef struct {
  const char *id; /* also the title: the GraphML key's name */
  attribute_class cls;
  const char *type; /* GEXF type */
} attribute_def;

/* The GraphML writer's keys, minus `label`, which GEXF nodes carry as their
 * own label.  The title, anchor and source of the file are graph data, which
 * GEXF 1.2draft cannot hold: the title goes to <meta><description>. */
static const attribute_def attributes[] = {
    {"kind", CLASS_NODE, "string"},
    {"date", CLASS_NODE, "string"},
    {"date_label", CLASS_NODE, "string"},
    {"date_written", CLASS_NODE, "string"},
    {"date_iso", CLASS_NODE, "string"},
    {"start", CLASS_NODE, "string"},
    {"end", CLASS_NODE, "string"},
    {"precision", CLASS_NODE, "string"},
    {"year", CLASS_NODE, "integer"},
    {"approximate", CLASS_NODE, "boolean"},
    {"uncertain", CLASS_NODE, "boolean"},
    {"rank", CLASS_NODE, "integer"},
    {"actors", CLASS_NODE, "string"},
    {"tags", CLASS_NODE, "string"},
    {"description", CLASS_NODE, "string"},
    {"quote", CLASS_NODE, "string"},
    {"source", CLASS_NODE, "string"},
    {"actor_kind", CLASS_NODE, "string"},
    {"color", CLASS_NODE, "string"},
    {"file", CLASS_NODE, "string"},
    {"line", CLASS_NODE, "integer"},
    {"column", CLASS_NODE, "integer"},
    {"relation", CLASS_EDGE, "string"},
    {"file", CLASS_EDGE, "string"},
    {"line", CLASS_EDGE, "integer"},
    {"column", CLASS_EDGE, "integer"},
};

/* A time span as GEXF writes it: a missing bound is left out (open). */
typedef struct {
  bool has_start, has_end;
  int32_t start, end; /* days from 1970-01-01 */
} span;

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

static void attribute(writer *wr, const char *name, const char *value) {
  check(wr, xmlTextWriterWriteAttribute(wr->w, x(name), x(value)));
}

/* Text goes through the UTF-8 sanitizer: xmlTextWriter escapes markup but
 * passes invalid bytes and control characters straight through. */
static void text_attribute(writer *wr, const char *name, const char *value) {
  wr->scratch.len = 0;
  evg_utf8_sanitize(&wr->scratch, value, strlen(value));
  attribute(wr, name, wr->scratch.data);
}

static void start(writer *wr, const char *element) {
  check(wr, xmlTextWriterStartElement(wr->w, x(element)));
}

static void end(writer *wr) { check(wr, xmlTextWriterEndElement(wr->w)); }

/* One <attvalue>; absent and empty values are left out. */
static void attvalue(writer *wr, const char *id, const char *value) {
  if (!value || !*value)
    return;
  start(wr, "attvalue");
  attribute(wr, "for", id);
  text_attribute(wr, "value", value);
  end(wr);
}

static void attvalue_int(writer *wr, const char *id, long value) {
  char text[32];
  snprintf(text, sizeof text, "%ld", value);
  attvalue(wr, id, text);
}

static void attvalues_pos(writer *wr, evg_pos pos) {
  attvalue(wr, "file", pos.file);
  attvalue_int(wr, "line", pos.line);
  attvalue_int(wr, "column", pos.col);
}

/* XML Schema 1.0's xs:date, which the GEXF schema types start and end
 * with, has no year 0 (1 BCE in the astronomical numbering we use). */
static bool writable_day(int32_t day) {
  int32_t year;
  int month, mday;
  evg_civil_from_days(day, &year, &month, &mday);
  return year != 0;
}

static span date_span(const evg_date *date, size_t *year_zero) {
  span s = {evg_date_has_start(date), evg_date_has_end(date), date->start,
            date->end};
  if (s.has_start && !writable_day(s.start))
    s.has_start = false, (*year_zero)++;
  if (s.has_end && !writable_day(s.end))
    s.has_end = false, (*year_zero)++;
  return s;
}

/* XML Schema's date writes a year past 9999 with its digits alone, where
 * ISO 8601's expanded form (evg_day_format_iso) puts a '+' before them. */
static void date_attribute(writer *wr, const char *name, int32_t day) {
  char text[32];
  evg_day_format_iso(day, text, sizeof text);
  attribute(wr, name, text[0] == '+' ? text + 1 : text);
}

static void span_attributes(writer *wr, span s) {
  if (s.has_start)
    date_attribute(wr, "start", s.start);
  if (s.has_end)
    date_attribute(wr, "end", s.end);
}

/* The viz elements are written in the GEXF namespace, where the 1.2draft
 * schema declares them (data.xsd); Gephi and graphology read them by local
 * name. */
static void color(writer *wr, const char *hex) {
  unsigned r = 0, g = 0, b = 0;
  if (sscanf(hex, "#%2x%2x%2x", &r, &g, &b) != 3)
    return;
  char text[3][8];
  snprintf(text[0], sizeof text[0], "%u", r);
  snprintf(text[1], sizeof text[1], "%u", g);
  snprintf(text[2], sizeof text[2], "%u", b);
  start(wr, "color");
  attribute(wr, "r", text[0]);
  attribute(wr, "g", text[1]);
  attribute(wr, "b", text[2]);
  end(wr);
}

/* Position and size from a box of the drawing.  Gephi's y axis grows
 * upwards, the drawing's downwards: y is flipped so that Gephi shows the
 * picture the right way up.  A disc as wide as the box is short keeps the
 * nodes apart wherever the boxes are. */
static void place(writer *wr, const evg_box *box, double height) {
  char text[3][32];
  snprintf(text[0], sizeof text[0], "%.2f", box->x);
  snprintf(text[1], sizeof text[1], "%.2f", height - box->y);
  double short_side = box->width < box->height ? box->width : box->height;
  snprintf(text[2], sizeof text[2], "%.2f", short_side / 2);
  start(wr, "position");
  attribute(wr, "x", text[0]);
  attribute(wr, "y", text[1]);
  attribute(wr, "z", "0");
  end(wr);
  start(wr, "size");
  attribute(wr, "value", text[2]);
  end(wr);
}

static void shape(writer *wr, const char *value) {
  start(wr, "shape");
  attribute(wr, "value", value);
  end(wr);
}

static void write_declarations(writer *wr, const evg_graph *g) {
  static const char *const classes[] = {"node", "edge"};
  for (int c = CLASS_NODE; c <= CLASS_EDGE; c++) {
    start(wr, "attributes");
    attribute(wr, "class", classes[c]);
    attribute(wr, "mode", "static");
    for (size_t i = 0; i < sizeof attributes / sizeof attributes[0]; i++) {
      if (attributes[i].cls != (attribute_class)c)
        continue;
      start(wr, "attribute");
      attribute(wr, "id", attributes[i].id);
      attribute(wr, "title", attributes[i].id);
      attribute(wr, "type", attributes[i].type);
      end(wr);
    }
    const char *extra[4] = {NULL};
    if (c == CLASS_NODE)
      evg_event_extra_fields(g, extra);
    for (size_t i = 0; extra[i]; i++) {
      start(wr, "attribute");
      attribute(wr, "id", extra[i]);
      attribute(wr, "title", extra[i]);
      attribute(wr, "type", "string");
      end(wr);
    }
    end(wr);
  }
}

typedef struct {
  const evg_graph *g;
  const evg_theme *theme;
  const evg_geometry *geo; /* NULL: written without positions */
  span *events;            /* by event index */
  span *actors;            /* by actor index */
  span *periods;           /* by period index */
} drawing;

static void write_event(writer *wr, const drawing *d, size_t index) {
  const evg_event *e = evg_graph_event(d->g, index);
  start(wr, "node");
  attribute(wr, "id", e->id);
  text_attribute(wr, "label", e->label);
  span_attributes(wr, d->events[index]);
  start(wr, "attvalues");
  attvalue(wr, "kind", "event");
  evg_buf values = {0};
  evg_field fields[EVG_EVENT_FIELDS];
  size_t count = evg_event_fields(d->g, e, &values, fields);
  for (size_t f = 0; f < count; f++)
    attvalue(wr, fields[f].name, fields[f].value);
  evg_buf_free(&values);
  attvalues_pos(wr, e->pos);
  end(wr);
  color(wr, d->theme->box_border);
  if (d->geo)
    place(wr, &d->geo->events[index], d->geo->height);
  shape(wr, "square");
  end(wr);
}

static void write_actor(writer *wr, const drawing *d, size_t index) {
  const evg_actor *a = evg_graph_actor(d->g, index);
  start(wr, "node");
  attribute(wr, "id", a->id);
  text_attribute(wr, "label", a->name);
  span_attributes(wr, d->actors[index]);
  start(wr, "attvalues");
  attvalue(wr, "kind", "actor");
  attvalue(wr, "actor_kind", a->kind);
  attvalues_pos(wr, a->pos);
  end(wr);
  color(wr, evg_actor_text_color(a->kind, d->theme));
  if (d->geo)
    place(wr, &d->geo->actors[index], d->geo->height);
  shape(wr, "disc");
  end(wr);
}

/* A period lives from its start to its end, coloured as given (else as
 * the theme's lanes); it has no place in the drawing, and no edge. */
static void write_period(writer *wr, const drawing *d, size_t index) {
  const evg_period *p = evg_graph_period(d->g, index);
  start(wr, "node");
  attribute(wr, "id", p->id);
  text_attribute(wr, "label", p->label);
  span_attributes(wr, d->periods[index]);
  start(wr, "attvalues");
  attvalue(wr, "kind", "period");
  evg_buf values = {0};
  evg_field fields[EVG_PERIOD_FIELDS];
  size_t count = evg_period_fields(p, &values, fields);
  for (size_t f = 0; f < count; f++)
    attvalue(wr, fields[f].name, fields[f].value);
  evg_buf_free(&values);
  attvalues_pos(wr, p->pos);
  end(wr);
  color(wr, p->color ? p->color : d->theme->period[index % 2]);
  if (d->geo)
    place(wr, &d->geo->periods[index], d->geo->height);
  shape(wr, "diamond");
  end(wr);
}

/* An edge lives while the relation shows: from the start to the end of its
 * later event (an involves edge, of its event).  Gephi hides an edge whose
 * nodes are hidden, so a relation between events far apart shows when the
 * timeline's window covers both. */
static void write_edge(writer *wr, const drawing *d, size_t index) {
  const evg_edge *e = evg_graph_edge(d->g, index);
  const char *target;
  size_t later = e->from;
  if (e->relation == EVG_REL_INVOLVES) {
    target = evg_graph_actor(d->g, e->to)->id;
  } else {
    target = evg_graph_event(d->g, e->to)->id;
    if (evg_graph_event(d->g, e->to)->rank >
        evg_graph_event(d->g, e->from)->rank)
      later = e->to;
  }
  char id[32];
  snprintf(id, sizeof id, "e%zu", index);
  start(wr, "edge");
  attribute(wr, "id", id);
  attribute(wr, "source", evg_graph_event(d->g, e->from)->id);
  attribute(wr, "target", target);
  span_attributes(wr, d->events[later]);
  start(wr, "attvalues");
  attvalue(wr, "relation", evg_relation_name(e->relation));
  attvalues_pos(wr, e->pos);
  end(wr);
  color(wr, d->theme->relation[e->relation]);
  shape(wr, evg_edge_style_of(e->relation)->style);
  end(wr);
}

/* An actor is in the story from its first event's start to its last
 * event's end; an open bound among its events leaves its bound open, and an
 * actor without events is always there. */
static void actor_spans(drawing *d) {
  size_t actors = evg_graph_actor_count(d->g);
  bool *seen = evg_xcalloc(actors + 1, sizeof *seen);
  for (size_t i = 0; i < evg_graph_edge_count(d->g); i++) {
    const evg_edge *e = evg_graph_edge(d->g, i);
    if (e->relation != EVG_REL_INVOLVES)
      continue;
    span *a = &d->actors[e->to];
    const span *ev = &d->events[e->from];
    if (!seen[e->to]) {
      *a = *ev;
      seen[e->to] = true;
      continue;
    }
    a->has_start = a->has_start && ev->has_start;
    a->has_end = a->has_end && ev->has_end;
    if (ev->start < a->start)
      a->start = ev->start;
    if (ev->end > a->end)
      a->end = ev->end;
  }
  free(seen);
}

static void write_document(writer *wr, const drawing *d, const char *title) {
  check(wr, xmlTextWriterSetIndent(wr->w, 1));
  check(wr, xmlTextWriterSetIndentString(wr->w, x("  ")));
  check(wr, xmlTextWriterStartDocument(wr->w, "1.0", "UTF-8", NULL));
  start(wr, "gexf");
  attribute(wr, "xmlns", GEXF_NS);
  attribute(wr, "version", "1.2");
  /* no lastmodifieddate: the same input gives the same bytes */
  start(wr, "meta");
  start(wr, "creator");
  check(wr, xmlTextWriterWriteString(wr->w, x("evgraph " EVG_VERSION)));
  end(wr);
  if (title) {
    start(wr, "description");
    wr->scratch.len = 0;
    evg_utf8_sanitize(&wr->scratch, title, strlen(title));
    check(wr, xmlTextWriterWriteString(wr->w, x(wr->scratch.data)));
    end(wr);
  }
  end(wr); /* meta */
  start(wr, "graph");
  attribute(wr, "defaultedgetype", "directed");
  attribute(wr, "mode", "dynamic");
  attribute(wr, "timeformat", "date");
  attribute(wr, "idtype", "string");
  write_declarations(wr, d->g);
  const evg_graph *g = d->g;
  size_t events = evg_graph_event_count(g), actors = evg_graph_actor_count(g);
  char count[32];
  start(wr, "nodes");
  size_t periods = evg_graph_period_count(g);
  snprintf(count, sizeof count, "%zu", events + actors + periods);
  attribute(wr, "count", count);
  for (size_t r = 0; r < events; r++)
    write_event(wr, d, evg_graph_event_by_rank(g, r));
  for (size_t a = 0; a < actors; a++)
    write_actor(wr, d, a);
  for (size_t p = 0; p < periods; p++)
    write_period(wr, d, p);
  end(wr);
  start(wr, "edges");
  snprintf(count, sizeof count, "%zu", evg_graph_edge_count(g));
  attribute(wr, "count", count);
  for (size_t i = 0; i < evg_graph_edge_count(g); i++)
    write_edge(wr, d, i);
  end(wr);
  end(wr); /* graph */
  check(wr, xmlTextWriterEndDocument(wr->w));
  check(wr, xmlTextWriterFlush(wr->w));
}

/* The input a warning is about (a run may render several), or NULL. */
static const char *input_name(const evg_graph *g) {
  return evg_graph_event_count(g) ? evg_graph_event(g, 0)->pos.file : NULL;
}

bool evg_render_gexf(const evg_graph *g, const evg_render_options *options,
                     FILE *out, evg_diags *diags) {
  const evg_theme *theme = evg_theme_named(options ? options->theme : NULL);
  if (!theme) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "GEXF: unknown theme '%s' (expected light, dark or print)",
                  options->theme);
    return false;
  }
  size_t events = evg_graph_event_count(g);
  evg_geometry geometry;
  bool positioned = events <= EVG_DRAWING_EVENTS_MAX;
  if (positioned && !evg_layout_geometry(g, options, &geometry, diags))
    return false;
  if (!positioned)
    evg_diags_add(diags, EVG_SEV_WARNING, input_name(g), 0, 0, 0, NULL,
                  "GEXF: %zu events: more than %d to lay out; written without "
                  "positions; the tool can lay it out itself",
                  events, EVG_DRAWING_EVENTS_MAX);
  drawing d = {g,
               theme,
               positioned ? &geometry : NULL,
               evg_xcalloc(events + 1, sizeof(span)),
               evg_xcalloc(evg_graph_actor_count(g) + 1, sizeof(span)),
               evg_xcalloc(evg_graph_period_count(g) + 1, sizeof(span))};
  size_t year_zero = 0, period_year_zero = 0;
  for (size_t i = 0; i < events; i++)
    d.events[i] = date_span(&evg_graph_event(g, i)->date, &year_zero);
  for (size_t p = 0; p < evg_graph_period_count(g); p++) {
    evg_date period = evg_period_span(evg_graph_period(g, p));
    d.periods[p] = date_span(&period, &period_year_zero);
  }
  actor_spans(&d);
  if (year_zero)
    evg_diags_add(diags, EVG_SEV_WARNING, input_name(g), 0, 0, 0, NULL,
                  "GEXF: %zu event bounds fall in 1 BCE (year 0), which the "
                  "GEXF date type cannot write; they are left out of the "
                  "timeline (the start and end attributes keep them)",
                  year_zero);
  if (period_year_zero)
    evg_diags_add(diags, EVG_SEV_WARNING, input_name(g), 0, 0, 0, NULL,
                  "GEXF: %zu period bounds fall in 1 BCE (year 0), which the "
                  "GEXF date type cannot write; they are left out of the "
                  "timeline (the start and end attributes keep them)",
                  period_year_zero);

  bool ok = false;
  evg_xml_errors errors;
  evg_xml_errors_begin(&errors, diags, "GEXF");
  xmlOutputBufferPtr buffer = xmlOutputBufferCreateFile(out, NULL);
  writer wr = {buffer ? xmlNewTextWriter(buffer) : NULL, {0}, 0};
  if (!wr.w) {
    if (buffer)
      xmlOutputBufferClose(buffer);
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "GEXF: cannot create the libxml2 writer");
  } else {
    write_document(&wr, &d,
                   options && options->title ? options->title
                                             : evg_graph_title(g));
    xmlFreeTextWriter(wr.w); /* closes the output buffer, not the FILE */
    ok = wr.status >= 0;
    if (!ok)
      evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                    "GEXF: libxml2 failed while writing (error %d)", wr.status);
  }
  evg_xml_errors_end(&errors);
  evg_buf_free(&wr.scratch);
  free(d.events);
  free(d.actors);
  free(d.periods);
  if (positioned)
    evg_geometry_free(&geometry);
  return ok;
}
