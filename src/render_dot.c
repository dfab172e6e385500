/* render_dot.c: the model as a cgraph graph, written as DOT with agwrite.
 * The DOT is the model, not a picture: every event and actor, every edge
 * (involves and the next chain included), and the data as attributes. */
#include "render_cgraph.h"

#include <stdlib.h>
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

enum { NODE_ATTRIBUTES = sizeof node_attributes / sizeof *node_attributes };
enum {
  EDGE_RELATION,
  EDGE_FILE,
  EDGE_LINE,
  EDGE_COLUMN,
  EDGE_COLOR,
  EDGE_STYLE,
  EDGE_PENWIDTH,
  EDGE_ARROWHEAD,
  EDGE_CONSTRAINT,
  EDGE_ATTRIBUTES
};

/* The attributes' symbols, looked up once: agsafeset looks its name up
 * in the graph's attribute dictionary on every call, millions of times
 * for a large file.  Node attributes are found by name (the event fields
 * come by name) through a hash map, edge attributes by their EDGE_ index. */
typedef struct {
  Agsym_t *node[NODE_ATTRIBUTES];
  evg_map node_index; /* name -> index in node_attributes */
  Agsym_t *edge[EDGE_ATTRIBUTES];
  evg_buf scratch; /* a value being escaped */
  evg_buf values;  /* an event's fields */
  /* The nodes by model index: the edges find their ends here, not by id
   * (the ids may be gone with the model, see evg_render_dot_consume). */
  Agnode_t **event_nodes;
  Agnode_t **actor_nodes;
  /* The edges' `file` values, escaped once: index 0 is "no file". */
  char **files;
  size_t file_count, file_cap;
  evg_map file_index;     /* the model's file string -> index in files */
  const char *last_file;  /* the last edge's file, and its index: */
  size_t last_file_index; /* an edge's file is nearly always the last one's */
  bool too_many_files;
} dot_writer;

/* An edge as the DOT needs it, without the model: what the consuming
 * render keeps of the model while cgraph makes the edges (20 bytes an edge
 * instead of evg_edge's 40). */
enum { DOT_FILES_MAX = (1u << 28) - 1 };
typedef struct {
  uint32_t from, to; /* event indices; `to` an actor's for involves */
  int32_t line, column;
  uint32_t file : 28; /* index in dot_writer.files */
  uint32_t relation : 4;
} dot_edge;

static void set(void *object, Agsym_t *sym, const char *value) {
  agxset(object, sym, (char *)value);
}

static void set_node(dot_writer *w, void *node, const char *name,
                     const char *value) {
  size_t index;
  if (evg_map_get(&w->node_index, name, &index))
    set(node, w->node[index], value);
  else
    evg_ag_set(node, name, value);
}

static void set_int(void *object, Agsym_t *sym, long value) {
  char text[24];
  set(object, sym, evg_format_integer(text, value));
}

/* Graphviz 2.43's DOT lexer fails ("longer than 16384?") on a quoted
 * string with more than 16,383 bytes between two backslashes, and agwrite
 * breaks lines only between punctuation and a letter: a long word, a URL
 * or CJK text is one run.  A backslash-newline inside quotes is a line
 * continuation that agread drops, so one is put after every RUN_MAX bytes
 * without a backslash (at a character boundary). */
enum { RUN_MAX = 8192 };

static void break_long_runs(evg_buf *out, const char *text) {
  size_t run = 0, start = out->len;
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
  /* A value that is one U+FEFF is a valid ID, so agwrite leaves it
   * unquoted, but the lexer skips it as a byte-order mark and fails
   * ("label=,"): a line continuation makes agwrite quote it, and agread
   * drops the continuation. */
  if (out->len - start == 3 &&
      memcmp(out->data + start, "\xEF\xBB\xBF", 3) == 0)
    evg_buf_puts(out, "\\\n");
}

/* A text attribute as a Graphviz escString: the model's text with every
 * backslash doubled and nothing else changed.  cgraph's lexer cannot give
 * back a value that ends in one backslash, nor a backslash before a quote
 * or a newline (agwrite escapes only the quote), so the one representation
 * that always reads back is the doubled one; a reader gets the model's
 * text by reading "\\" as "\" (as Graphviz does in labels). */
static void dot_text(evg_buf *out, const char *value) {
  size_t len;
  if (evg_ascii_clean(value, &len) && len < RUN_MAX &&
      !memchr(value, '\\', len)) {
    evg_buf_append(out, value, len); /* most values: nothing to change */
    return;
  }
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

static void set_text(dot_writer *w, void *object, Agsym_t *sym,
                     const char *value) {
  if (!value)
    return;
  w->scratch.len = 0;
  dot_text(&w->scratch, value);
  set(object, sym, w->scratch.data);
}

static void set_node_text(dot_writer *w, void *node, const char *name,
                          const char *value) {
  size_t index;
  if (value && evg_map_get(&w->node_index, name, &index)) {
    set_text(w, node, w->node[index], value);
  } else if (value) {
    w->scratch.len = 0;
    dot_text(&w->scratch, value);
    evg_ag_set(node, name, w->scratch.data);
  }
}

/* A node's label, already escaped for a Graphviz label, with its long runs
 * broken as every other value's. */
static void set_label(dot_writer *w, void *node, const char *escaped) {
  w->scratch.len = 0;
  break_long_runs(&w->scratch, escaped);
  set_node(w, node, "label", w->scratch.data);
}

static void set_node_pos(dot_writer *w, void *node, evg_pos pos) {
  set_node_text(w, node, "file", pos.file);
  char text[24];
  set_node(w, node, "line", evg_format_integer(text, pos.line));
  set_node(w, node, "column", evg_format_integer(text, pos.col));
}

static void add_event(dot_writer *w, Agraph_t *g, const evg_graph *model,
                      size_t index) {
  const evg_event *e = evg_graph_event(model, index);
  Agnode_t *node = agnode(g, (char *)e->id, 1);
  w->event_nodes[index] = node;
  char text[128];
  set_node(w, node, "kind", "event");
  evg_buf escaped = {0};
  evg_date_format_human(&e->date, text, sizeof text);
  evg_label_escape(&escaped, text);
  evg_buf_puts(&escaped, "\\n");
  evg_label_escape(&escaped, e->label);
  set_label(w, node, escaped.data);
  evg_buf_free(&escaped);
  evg_field fields[EVG_EVENT_FIELDS];
  size_t count = evg_event_fields(model, e, &w->values, fields);
  for (size_t f = 0; f < count; f++)
    set_node_text(w, node, fields[f].name, fields[f].value);
  set_node_pos(w, node, e->pos);
  if (e->date.approximate || e->date.uncertain)
    set_node(w, node, "style", "rounded,filled,dashed");
}

static void add_actor(dot_writer *w, Agraph_t *g, const evg_graph *model,
                      size_t index) {
  const evg_actor *a = evg_graph_actor(model, index);
  Agnode_t *node = agnode(g, (char *)a->id, 1);
  w->actor_nodes[index] = node;
  evg_ag_set(node, "kind", "actor");
  evg_buf escaped = {0};
  evg_label_escape(&escaped, a->name);
  set_label(w, node, escaped.data);
  evg_buf_free(&escaped);
  set_node_text(w, node, "actor_kind", a->kind);
  set_node_pos(w, node, a->pos);
  evg_ag_set(node, "shape", evg_actor_shape(a->kind));
  evg_ag_set(node, "style", "filled");
  evg_ag_set(node, "fillcolor", evg_actor_color(a->kind));
}

/* A period: a node joined to nothing, its colour as its border. */
static void add_period(dot_writer *w, Agraph_t *g, const evg_period *p) {
  Agnode_t *node = agnode(g, (char *)p->id, 1);
  evg_ag_set(node, "kind", "period");
  evg_buf escaped = {0};
  evg_label_escape(&escaped, p->label);
  set_label(w, node, escaped.data);
  evg_buf_free(&escaped);
  evg_field fields[EVG_PERIOD_FIELDS];
  size_t count = evg_period_fields(p, &w->values, fields);
  for (size_t f = 0; f < count; f++)
    set_node_text(w, node, fields[f].name, fields[f].value);
  set_node_pos(w, node, p->pos);
  evg_ag_set(node, "shape", "note");
  evg_ag_set(node, "style", "filled");
}

/* The index in w->files of a model file name, escaped and added when new. */
static uint32_t file_index(dot_writer *w, const char *file) {
  if (!file)
    return 0;
  if (file == w->last_file)
    return (uint32_t)w->last_file_index;
  size_t index;
  if (!evg_map_get(&w->file_index, file, &index)) {
    if (w->file_count == 0)
      w->file_count = 1; /* 0 is "no file" */
    if (w->file_count > DOT_FILES_MAX) {
      w->too_many_files = true;
      return 0;
    }
    if (w->file_count >= w->file_cap) {
      w->file_cap = w->file_cap ? w->file_cap * 2 : 8;
      w->files = evg_xrealloc(w->files, w->file_cap * sizeof *w->files);
    }
    w->scratch.len = 0;
    dot_text(&w->scratch, file);
    index = w->file_count++;
    w->files[index] = evg_xstrndup(w->scratch.data, w->scratch.len);
    evg_map_put(&w->file_index, file, index);
  }
  w->last_file = file;
  w->last_file_index = index;
  return (uint32_t)index;
}

static dot_edge compact_edge(dot_writer *w, const evg_edge *e) {
  return (dot_edge){
      (uint32_t)e->from,          (uint32_t)e->to, e->pos.line, e->pos.col,
      file_index(w, e->pos.file), e->relation};
}

static void add_edge(dot_writer *w, Agraph_t *g, const dot_edge *e,
                     size_t index) {
  evg_relation relation = (evg_relation)e->relation;
  Agnode_t *from = w->event_nodes[e->from];
  Agnode_t *to = relation == EVG_REL_INVOLVES ? w->actor_nodes[e->to]
                                              : w->event_nodes[e->to];
  /* Named edges: two relations between the same events stay two edges. */
  char number[24], name[32] = "e";
  strcpy(name + 1, evg_format_integer(number, (long long)index));
  Agedge_t *edge = agedge(g, from, to, name, 1);
  const evg_edge_style *style = evg_edge_style_of(relation);
  set(edge, w->edge[EDGE_RELATION], evg_relation_name(relation));
  if (e->file)
    set(edge, w->edge[EDGE_FILE], w->files[e->file]);
  set_int(edge, w->edge[EDGE_LINE], e->line);
  set_int(edge, w->edge[EDGE_COLUMN], e->column);
  set(edge, w->edge[EDGE_COLOR], style->color);
  set(edge, w->edge[EDGE_STYLE], style->style);
  set(edge, w->edge[EDGE_PENWIDTH], style->penwidth);
  set(edge, w->edge[EDGE_ARROWHEAD], style->arrowhead);
  /* Only the time order ranks the nodes; the rest must not bend it. */
  if (relation != EVG_REL_NEXT)
    set(edge, w->edge[EDGE_CONSTRAINT], "false");
}

/* cgraph's memory, from an arena: its objects are made once and freed
 * together, and malloc's and free's bookkeeping for each node, edge,
 * attribute record and string was a third of the time on 100,000 events.
 * cgraph still walks the graph in agclose and gives each block back to
 * heap_free, a no-op; the arena goes after agclose.  (A discipline with a
 * close method would skip that walk, but agclose then leaks the headers
 * of cdt's dictionaries, which dtopen takes from malloc.)  The discipline
 * is the first member, so that heap_open finds its arena from it. */
typedef struct {
  Agdisc_t disc;
  evg_arena arena;
} arena_disc;

static void *heap_open(Agdisc_t *disc) { return &((arena_disc *)disc)->arena; }

/* cgraph's objects hold pointers, integers and strings: word alignment
 * is enough for them, and rounding each to 16 bytes (as malloc does, with
 * its header) cost about a tenth of the graph's memory. */
static void *heap_alloc(void *heap, size_t size) {
  void *block = evg_arena_alloc_words(heap, size);
  memset(block, 0, size); /* cgraph expects zeroed memory, as calloc's */
  return block;
}

static void *heap_resize(void *heap, void *block, size_t old, size_t size) {
  void *bigger = heap_alloc(heap, size);
  if (block)
    memcpy(bigger, block, old < size ? old : size);
  return bigger;
}

static void heap_free(void *heap, void *block) { (void)heap, (void)block; }

static Agmemdisc_t arena_memory = {heap_open, heap_alloc, heap_resize,
                                   heap_free, NULL};

static void free_writer(dot_writer *w) {
  evg_buf_free(&w->scratch);
  evg_buf_free(&w->values);
  evg_map_free(&w->node_index);
  evg_map_free(&w->file_index);
  free(w->event_nodes);
  free(w->actor_nodes);
  for (size_t i = 1; i < w->file_count; i++)
    free(w->files[i]);
  free(w->files);
}

/* The graph's edges into cgraph.  With `owned` (the model itself, which
 * the caller gives up), the model goes first: its edges are copied into
 * dot_edges and all the rest is freed, so that the peak (cgraph's whole
 * graph) holds 20 bytes an edge of it instead of the whole model (massif
 * at 30,000 events: 16 of 71 MB). */
static bool add_edges(dot_writer *w, Agraph_t *g, const evg_graph *model,
                      evg_graph *owned) {
  size_t count = evg_graph_edge_count(model);
  if (!owned) {
    for (size_t i = 0; i < count; i++) {
      dot_edge edge = compact_edge(w, evg_graph_edge(model, i));
      add_edge(w, g, &edge, i);
    }
    return !w->too_many_files;
  }
  dot_edge *edges = evg_xmalloc((count + 1) * sizeof *edges);
  for (size_t i = 0; i < count; i++)
    edges[i] = compact_edge(w, evg_graph_edge(model, i));
  evg_map_free(&w->file_index); /* its keys are the model's */
  w->last_file = NULL;
  evg_graph_free(owned);
  for (size_t i = 0; i < count && !w->too_many_files; i++)
    add_edge(w, g, &edges[i], i);
  free(edges);
  return !w->too_many_files;
}

/* evg_render_dot, and evg_render_dot_consume when `owned` is the model. */
static bool render_dot(const evg_graph *model, evg_graph *owned,
                       const evg_render_options *options, FILE *out,
                       evg_diags *diags) {
  size_t events = evg_graph_event_count(model);
  size_t actors = evg_graph_actor_count(model);
  if (events > UINT32_MAX || actors > UINT32_MAX) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "DOT: more than %u events or actors", (unsigned)UINT32_MAX);
    evg_graph_free(owned);
    return false;
  }
  evg_ag_errors_begin(diags);
  arena_disc heap = {{&arena_memory, &AgIdDisc, &AgIoDisc}, {0}};
  Agraph_t *g = agopen((char *)"evgraph", Agdirected, &heap.disc);
  dot_writer w = {0};
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
  evg_buf_free(&scratch);
  for (size_t i = 0; i < sizeof node_attributes / sizeof *node_attributes; i++)
    evg_ag_declare(g, AGNODE, node_attributes[i], "");
  evg_ag_declare(g, AGNODE, "shape", "box");
  evg_ag_declare(g, AGNODE, "style", "rounded,filled");
  evg_ag_declare(g, AGNODE, "fillcolor", "#FFFFFF");
  evg_ag_declare(g, AGNODE, "fontname", EVG_FONT);
  for (size_t i = 0; i < sizeof edge_attributes / sizeof *edge_attributes; i++)
    evg_ag_declare(g, AGEDGE, edge_attributes[i], "");
  for (size_t i = 0; i < NODE_ATTRIBUTES; i++) {
    w.node[i] = agattr(g, AGNODE, (char *)node_attributes[i], NULL);
    evg_map_put(&w.node_index, node_attributes[i], i);
  }
  for (size_t i = 0; i < EDGE_ATTRIBUTES; i++)
    w.edge[i] = agattr(g, AGEDGE, (char *)edge_attributes[i], NULL);
  w.event_nodes = evg_xcalloc(events + 1, sizeof *w.event_nodes);
  w.actor_nodes = evg_xcalloc(actors + 1, sizeof *w.actor_nodes);
  for (size_t r = 0; r < events; r++)
    add_event(&w, g, model, evg_graph_event_by_rank(model, r));
  for (size_t a = 0; a < actors; a++)
    add_actor(&w, g, model, a);
  for (size_t p = 0; p < evg_graph_period_count(model); p++)
    add_period(&w, g, evg_graph_period(model, p));
  bool files_ok = add_edges(&w, g, model, owned);
  model = owned = NULL; /* gone when it was owned */
  free_writer(&w);
  int rc = files_ok ? agwrite(g, out) : 0;
  agclose(g);
  evg_arena_free(&heap.arena);
  int errors = evg_ag_errors_end();
  if (!files_ok) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "DOT: more than %u input files", (unsigned)DOT_FILES_MAX);
    return false;
  }
  if (rc != 0 || errors > 0) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "DOT: cgraph failed to write the graph");
    return false;
  }
  return true;
}

bool evg_render_dot(const evg_graph *model, const evg_render_options *options,
                    FILE *out, evg_diags *diags) {
  return render_dot(model, NULL, options, out, diags);
}

bool evg_render_dot_consume(evg_graph *model, const evg_render_options *options,
                            FILE *out, evg_diags *diags) {
  return render_dot(model, model, options, out, diags);
}
