/* render_dot.c: the model as a cgraph graph, written as DOT with agwrite.
 * The DOT is the model, not a picture: every event and actor, every edge
 * (involves and the next chain included), and the data as attributes. */
#include "render_cgraph.h"

#include <string.h>

/* Node attributes, declared at the root in this order. */
static const char *const node_attributes[] = {
    "kind",        "label",     "date",   "date_label", "date_written",
    "date_iso",    "start",     "end",    "precision",  "year",
    "approximate", "uncertain", "rank",   "actors",     "tags",
    "description", "quote",     "source", "actor_kind", "file",
    "line",        "column",    "shape",  "style",      "fillcolor",
    "color",       "fontname"};

static const char *const edge_attributes[] = {
    "relation", "file",     "line",      "column",    "color",
    "style",    "penwidth", "arrowhead", "constraint"};

static void set_int(void *object, const char *name, long value) {
  char text[32];
  snprintf(text, sizeof text, "%ld", value);
  evg_ag_set(object, name, text);
}

/* Graphviz 2.43's DOT lexer fails ("longer than 16384?") on a quoted
 * string with more than 16,383 bytes between two backslashes, and agwrite
 * breaks lines only between punctuation and a letter: a long word, a URL
 * or CJK text is one run.  A backslash-newline inside quotes is a line
 * continuation that agread drops, so one is put after every RUN_MAX bytes
 * without a backslash (at a character boundary). */
enum { RUN_MAX = 8192 };

static void break_long_runs(evg_buf *out, const char *text) {
  size_t run = 0;
  evg_buf_append(out, "", 0); /* a value even when the text is empty */
  for (const char *s = text ? text : ""; *s; s++) {
    bool char_start = ((unsigned char)*s & 0xC0) != 0x80;
    if (run >= RUN_MAX && char_start && *s != '\\') {
      evg_buf_puts(out, "\\\n");
      run = 0;
    }
    run = *s == '\\' || *s == '"' ? 0 : run + 1;
    evg_buf_putc(out, *s);
  }
}

/* A text attribute as a Graphviz escString: the model's text with every
 * backslash doubled and nothing else changed.  cgraph's lexer cannot give
 * back a value that ends in one backslash, nor a backslash before a quote
 * or a newline (agwrite escapes only the quote), so the one representation
 * that always reads back is the doubled one; a reader gets the model's
 * text by reading "\\" as "\" (as Graphviz does in labels). */
static void dot_text(evg_buf *out, const char *value) {
  evg_buf clean = {0}, doubled = {0};
  evg_utf8_sanitize(&clean, value, strlen(value));
  for (size_t i = 0; i < clean.len; i++) {
    if (clean.data[i] == '\\')
      evg_buf_putc(&doubled, '\\');
    evg_buf_putc(&doubled, clean.data[i]);
  }
  break_long_runs(out, doubled.data);
  evg_buf_free(&doubled);
  evg_buf_free(&clean);
}

static void set_text(void *object, const char *name, const char *value,
                     evg_buf *scratch) {
  if (!value)
    return;
  scratch->len = 0;
  dot_text(scratch, value);
  evg_ag_set(object, name, scratch->data);
}

/* A node's label, already escaped for a Graphviz label, with its long runs
 * broken as every other value's. */
static void set_label(void *node, const char *escaped, evg_buf *scratch) {
  scratch->len = 0;
  break_long_runs(scratch, escaped);
  evg_ag_set(node, "label", scratch->data);
}

static void set_pos(void *object, evg_pos pos, evg_buf *scratch) {
  set_text(object, "file", pos.file, scratch);
  set_int(object, "line", pos.line);
  set_int(object, "column", pos.col);
}

static void add_event(Agraph_t *g, const evg_graph *model, const evg_event *e,
                      evg_buf *scratch) {
  Agnode_t *node = agnode(g, (char *)e->id, 1);
  char text[128];
  evg_ag_set(node, "kind", "event");
  evg_buf escaped = {0};
  evg_date_format_human(&e->date, text, sizeof text);
  evg_label_escape(&escaped, text);
  evg_buf_puts(&escaped, "\\n");
  evg_label_escape(&escaped, e->label);
  set_label(node, escaped.data, scratch);
  evg_buf_free(&escaped);
  evg_buf values = {0};
  evg_field fields[EVG_EVENT_FIELDS];
  size_t count = evg_event_fields(model, e, &values, fields);
  for (size_t f = 0; f < count; f++)
    set_text(node, fields[f].name, fields[f].value, scratch);
  evg_buf_free(&values);
  set_pos(node, e->pos, scratch);
  if (e->date.approximate || e->date.uncertain)
    evg_ag_set(node, "style", "rounded,filled,dashed");
}

static void add_actor(Agraph_t *g, const evg_actor *a, evg_buf *scratch) {
  Agnode_t *node = agnode(g, (char *)a->id, 1);
  evg_ag_set(node, "kind", "actor");
  evg_buf escaped = {0};
  evg_label_escape(&escaped, a->name);
  set_label(node, escaped.data, scratch);
  evg_buf_free(&escaped);
  set_text(node, "actor_kind", a->kind, scratch);
  set_pos(node, a->pos, scratch);
  evg_ag_set(node, "shape", evg_actor_shape(a->kind));
  evg_ag_set(node, "style", "filled");
  evg_ag_set(node, "fillcolor", evg_actor_color(a->kind));
}

/* A period: a node joined to nothing, its colour as its border. */
static void add_period(Agraph_t *g, const evg_period *p, evg_buf *scratch) {
  Agnode_t *node = agnode(g, (char *)p->id, 1);
  evg_ag_set(node, "kind", "period");
  evg_buf escaped = {0};
  evg_label_escape(&escaped, p->label);
  set_label(node, escaped.data, scratch);
  evg_buf_free(&escaped);
  evg_buf values = {0};
  evg_field fields[EVG_PERIOD_FIELDS];
  size_t count = evg_period_fields(p, &values, fields);
  for (size_t f = 0; f < count; f++)
    set_text(node, fields[f].name, fields[f].value, scratch);
  evg_buf_free(&values);
  set_pos(node, p->pos, scratch);
  evg_ag_set(node, "shape", "note");
  evg_ag_set(node, "style", "filled");
}

static void add_edge(Agraph_t *g, const evg_graph *model, const evg_edge *e,
                     size_t index, evg_buf *scratch) {
  Agnode_t *from = agnode(g, (char *)evg_graph_event(model, e->from)->id, 0);
  const char *to_id = e->relation == EVG_REL_INVOLVES
                          ? evg_graph_actor(model, e->to)->id
                          : evg_graph_event(model, e->to)->id;
  Agnode_t *to = agnode(g, (char *)to_id, 0);
  /* Named edges: two relations between the same events stay two edges. */
  char name[32];
  snprintf(name, sizeof name, "e%zu", index);
  Agedge_t *edge = agedge(g, from, to, name, 1);
  const evg_edge_style *style = evg_edge_style_of(e->relation);
  evg_ag_set(edge, "relation", evg_relation_name(e->relation));
  set_pos(edge, e->pos, scratch);
  evg_ag_set(edge, "color", style->color);
  evg_ag_set(edge, "style", style->style);
  evg_ag_set(edge, "penwidth", style->penwidth);
  evg_ag_set(edge, "arrowhead", style->arrowhead);
  /* Only the time order ranks the nodes; the rest must not bend it. */
  if (e->relation != EVG_REL_NEXT)
    evg_ag_set(edge, "constraint", "false");
}

bool evg_render_dot(const evg_graph *model, const evg_render_options *options,
                    FILE *out, evg_diags *diags) {
  evg_ag_errors_begin(diags);
  Agraph_t *g = agopen((char *)"evgraph", Agdirected, NULL);
  evg_buf scratch = {0};
  const char *title =
      options && options->title ? options->title : evg_graph_title(model);
  evg_ag_declare(g, AGRAPH, "rankdir", "LR");
  evg_ag_declare(g, AGRAPH, "fontname", EVG_FONT);
  if (title) {
    evg_buf escaped = {0}, label = {0};
    evg_label_escape(&escaped, title);
    break_long_runs(&label, escaped.data);
    evg_ag_declare(g, AGRAPH, "label", label.data);
    evg_ag_declare(g, AGRAPH, "labelloc", "t");
    evg_buf_free(&label);
    evg_buf_free(&escaped);
  }
  evg_date anchor;
  if (evg_graph_anchor(model, &anchor)) {
    char text[64];
    evg_date_format_edtf(&anchor, text, sizeof text);
    evg_ag_declare(g, AGRAPH, "anchor", text);
  }
  if (evg_graph_source(model)) {
    scratch.len = 0;
    dot_text(&scratch, evg_graph_source(model));
    evg_ag_declare(g, AGRAPH, "source", scratch.data);
  }
  for (size_t i = 0; i < sizeof node_attributes / sizeof *node_attributes; i++)
    evg_ag_declare(g, AGNODE, node_attributes[i], "");
  evg_ag_declare(g, AGNODE, "shape", "box");
  evg_ag_declare(g, AGNODE, "style", "rounded,filled");
  evg_ag_declare(g, AGNODE, "fillcolor", "#FFFFFF");
  evg_ag_declare(g, AGNODE, "fontname", EVG_FONT);
  for (size_t i = 0; i < sizeof edge_attributes / sizeof *edge_attributes; i++)
    evg_ag_declare(g, AGEDGE, edge_attributes[i], "");
  size_t events = evg_graph_event_count(model);
  for (size_t r = 0; r < events; r++)
    add_event(g, model,
              evg_graph_event(model, evg_graph_event_by_rank(model, r)),
              &scratch);
  for (size_t a = 0; a < evg_graph_actor_count(model); a++)
    add_actor(g, evg_graph_actor(model, a), &scratch);
  for (size_t p = 0; p < evg_graph_period_count(model); p++)
    add_period(g, evg_graph_period(model, p), &scratch);
  for (size_t i = 0; i < evg_graph_edge_count(model); i++)
    add_edge(g, model, evg_graph_edge(model, i), i, &scratch);
  evg_buf_free(&scratch);
  int rc = agwrite(g, out);
  agclose(g);
  int errors = evg_ag_errors_end();
  if (rc != 0 || errors > 0) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "DOT: cgraph failed to write the graph");
    return false;
  }
  return true;
}
