/* render_image.c: a slide picture of the graph, laid out and rendered in
 * process with gvc (dot layout; svg, png or pdf).
 *
 * The picture is built for reading, not as the model: time runs left to
 * right in columns (events close in time share a column, the column width
 * chosen so that a slide holds them), columns are grouped into one box per
 * year, each event shows its date above its headline and its actors as
 * coloured names, relations are styled by type, and a legend sits under the
 * title.  Actors appear in the labels rather than as nodes, and the next
 * chain is implied by the columns: both would otherwise turn a slide into a
 * web of lines. */
#include "render_cgraph.h"

#include <graphviz/gvc.h>
#include <stdlib.h>
#include <string.h>

/* A slide holds about this many columns at a readable size. */
#define MAX_COLUMNS 12
#define WRAP_WIDTH 26

/* The column key of an event at a given level: the bucket of its first
 * day, within its year box; an event coarser than the level keeps its own
 * precision, so that "week 5" does not share a column with 27 January. */
static evg_date_point column_key(const evg_event *e, evg_precision level) {
  int32_t day = e->date.open_start ? e->date.end : e->date.start;
  evg_precision own =
      evg_precision_coarser(e->date.from.precision, e->date.to.precision);
  evg_date key = evg_date_from_day(day, evg_precision_coarser(level, own));
  evg_date_point point = key.from;
  point.year = e->date.open_start ? e->date.to.year : e->date.from.year;
  return point;
}

static bool same_point(evg_date_point a, evg_date_point b) {
  return a.precision == b.precision && a.year == b.year &&
         a.month == b.month && a.day == b.day && a.part == b.part;
}

typedef struct {
  size_t first; /* rank of its first event */
  size_t count;
  int level;    /* index into column_levels */
  bool final;   /* cannot be split further within the slide's width */
} column_run;

static const evg_precision column_levels[] = {
    EVG_PREC_YEAR, EVG_PREC_QUARTER, EVG_PREC_MONTH, EVG_PREC_WEEK,
    EVG_PREC_DAY};
#define LEVEL_COUNT 5

static const evg_event *ranked(const evg_graph *g, size_t rank) {
  return evg_graph_event(g, evg_graph_event_by_rank(g, rank));
}

/* Splits [first, first+count) into runs of equal keys at `level`; writes
 * them to `out` (when not NULL) and returns how many there are. */
static size_t split_runs(const evg_graph *g, size_t first, size_t count,
                         int level, column_run *out) {
  size_t runs = 0;
  evg_date_point last = {0};
  for (size_t r = first; r < first + count; r++) {
    evg_date_point key = column_key(ranked(g, r), column_levels[level]);
    if (r == first || !same_point(key, last)) {
      if (out)
        out[runs] = (column_run){r, 0, level, level == LEVEL_COUNT - 1};
      runs++;
    }
    if (out)
      out[runs - 1].count++;
    last = key;
  }
  return runs;
}

/* Columns: one per year to begin with; then the fullest column is split
 * at the next finer level (quarter, month, week, day) for as long as the
 * columns still fit a slide.  Dense periods get fine columns and sparse
 * ones stay coarse.  Returns a malloc'd array; *count is its length. */
static column_run *plan_columns(const evg_graph *g, size_t *count) {
  size_t events = evg_graph_event_count(g);
  size_t years = split_runs(g, 0, events, 0, NULL);
  size_t cap = years > MAX_COLUMNS ? years : MAX_COLUMNS;
  column_run *columns = evg_xmalloc((cap + 1) * sizeof *columns);
  size_t used = split_runs(g, 0, events, 0, columns);
  column_run *parts = evg_xmalloc((events + 1) * sizeof *parts);
  for (;;) {
    size_t fullest = used;
    for (size_t c = 0; c < used; c++)
      if (!columns[c].final && columns[c].count > 1 &&
          (fullest == used || columns[c].count > columns[fullest].count))
        fullest = c;
    if (fullest == used)
      break;
    column_run *column = &columns[fullest];
    int level = column->level;
    size_t runs = 1;
    while (runs == 1 && level < LEVEL_COUNT - 1)
      runs = split_runs(g, column->first, column->count, ++level, NULL);
    if (runs == 1 || used - 1 + runs > cap) {
      column->final = true;
      continue;
    }
    split_runs(g, column->first, column->count, level, parts);
    memmove(&columns[fullest + runs], &columns[fullest + 1],
            (used - fullest - 1) * sizeof *columns);
    memcpy(&columns[fullest], parts, runs * sizeof *columns);
    used += runs - 1;
  }
  free(parts);
  *count = used;
  return columns;
}

static void year_label(int32_t year, char *buf, size_t size) {
  if (year <= 0)
    snprintf(buf, size, "%ld BCE", 1 - (long)year);
  else
    snprintf(buf, size, "%ld", (long)year);
}

static void event_label(evg_buf *out, const evg_graph *g, const evg_event *e) {
  char date[128];
  evg_date_format_human(&e->date, date, sizeof date);
  evg_buf_puts(out, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" "
                    "CELLPADDING=\"1\">");
  evg_buf_puts(out, "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"11\" "
                    "COLOR=\"#4A5560\">");
  evg_html_escape(out, date, strlen(date));
  evg_buf_puts(out, "</FONT></TD></TR><TR><TD ALIGN=\"LEFT\" "
                    "BALIGN=\"LEFT\"><B>");
  evg_html_wrap(out, e->label, WRAP_WIDTH, "<BR/>");
  evg_buf_puts(out, "</B></TD></TR>");
  if (e->actor_count) {
    evg_buf_puts(out, "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">"
                      "<FONT POINT-SIZE=\"11\">");
    size_t line = 0;
    for (size_t a = 0; a < e->actor_count; a++) {
      const evg_actor *actor = evg_graph_actor(g, e->actors[a]);
      size_t length = evg_utf8_count(actor->name, strlen(actor->name));
      if (a && line + length + 2 > WRAP_WIDTH + 6) {
        evg_buf_puts(out, "<BR/>");
        line = 0;
      } else if (a) {
        evg_buf_puts(out, " · ");
        line += 3;
      }
      evg_buf_printf(out, "<FONT COLOR=\"%s\">",
                     evg_actor_text_color(actor->kind));
      evg_html_escape(out, actor->name, strlen(actor->name));
      evg_buf_puts(out, "</FONT>");
      line += length;
    }
    evg_buf_puts(out, "</FONT></TD></TR>");
  }
  evg_buf_puts(out, "</TABLE>");
}

static void set_html(Agraph_t *root, void *object, const char *name,
                     const char *html) {
  char *label = agstrdup_html(root, (char *)html);
  evg_ag_set(object, name, label);
  agstrfree(root, label);
}

/* The title and a legend of the relations and actor kinds that occur. */
static void graph_label(evg_buf *out, const evg_graph *g, const char *title) {
  bool relation_used[EVG_REL_COUNT] = {false};
  for (size_t i = 0; i < evg_graph_edge_count(g); i++)
    relation_used[evg_graph_edge(g, i)->relation] = true;
  evg_buf_puts(out, "<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"4\">");
  if (title) {
    evg_buf_puts(out, "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"26\"><B>");
    evg_html_escape(out, title, strlen(title));
    evg_buf_puts(out, "</B></FONT></TD></TR>");
  }
  evg_buf_puts(out, "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"13\">");
  bool any = false;
  static const evg_relation shown[] = {EVG_REL_CAUSES, EVG_REL_RESPONDS_TO,
                                       EVG_REL_PRECEDES, EVG_REL_PART_OF};
  for (size_t i = 0; i < 4; i++) {
    if (!relation_used[shown[i]])
      continue;
    const evg_edge_style *style = evg_edge_style_of(shown[i]);
    evg_buf_printf(out, "%s<FONT COLOR=\"%s\">%s</FONT> %s",
                   any ? "     " : "", style->color, style->glyph,
                   evg_relation_name(shown[i]));
    any = true;
  }
  /* Actor kinds in order of first appearance. */
  const char *kinds[16];
  size_t kind_count = 0;
  for (size_t a = 0; a < evg_graph_actor_count(g) && kind_count < 16; a++) {
    const char *kind = evg_graph_actor(g, a)->kind;
    bool seen = false;
    for (size_t k = 0; k < kind_count; k++)
      seen |= strcmp(kinds[k], kind) == 0;
    if (!seen)
      kinds[kind_count++] = kind;
  }
  for (size_t k = 0; k < kind_count; k++) {
    evg_buf_printf(out, "%s<FONT COLOR=\"%s\">■ %s</FONT>",
                   any ? "     " : "", evg_actor_text_color(kinds[k]),
                   kinds[k]);
    any = true;
  }
  if (!any)
    evg_buf_puts(out, " ");
  evg_buf_puts(out, "</FONT></TD></TR></TABLE>");
}

static Agraph_t *build_picture(const evg_graph *g, const char *title) {
  Agraph_t *root = agopen((char *)"evgraph", Agdirected, NULL);
  evg_ag_declare(root, AGRAPH, "rankdir", "LR");
  evg_ag_declare(root, AGRAPH, "fontname", EVG_FONT);
  evg_ag_declare(root, AGRAPH, "bgcolor", "#FFFFFF");
  evg_ag_declare(root, AGRAPH, "ranksep", "0.22");
  evg_ag_declare(root, AGRAPH, "nodesep", "0.22");
  evg_ag_declare(root, AGRAPH, "pad", "0.4");
  evg_ag_declare(root, AGRAPH, "labelloc", "t");
  evg_ag_declare(root, AGRAPH, "labeljust", "l");
  evg_ag_declare(root, AGRAPH, "outputorder", "edgesfirst");
  evg_ag_declare(root, AGRAPH, "style", "rounded,filled");
  evg_ag_declare(root, AGRAPH, "fillcolor", "#F3F5F7");
  evg_ag_declare(root, AGRAPH, "color", "#D5DBE0");
  evg_ag_declare(root, AGRAPH, "fontsize", "18");
  evg_ag_declare(root, AGRAPH, "fontcolor", "#33404D");
  evg_ag_declare(root, AGNODE, "shape", "box");
  evg_ag_declare(root, AGNODE, "style", "rounded,filled");
  evg_ag_declare(root, AGNODE, "fillcolor", "#FFFFFF");
  evg_ag_declare(root, AGNODE, "color", "#8A96A3");
  evg_ag_declare(root, AGNODE, "fontname", EVG_FONT);
  evg_ag_declare(root, AGNODE, "fontsize", "14");
  evg_ag_declare(root, AGNODE, "fontcolor", "#1B2733");
  evg_ag_declare(root, AGNODE, "margin", "0.12,0.06");
  evg_ag_declare(root, AGNODE, "label", "");
  evg_ag_declare(root, AGNODE, "id", "");
  evg_ag_declare(root, AGNODE, "class", "");
  evg_ag_declare(root, AGNODE, "tooltip", "");
  evg_ag_declare(root, AGNODE, "width", "0.75");
  evg_ag_declare(root, AGNODE, "height", "0.5");
  evg_ag_declare(root, AGEDGE, "style", "solid");
  evg_ag_declare(root, AGEDGE, "color", "#000000");
  evg_ag_declare(root, AGEDGE, "penwidth", "1");
  evg_ag_declare(root, AGEDGE, "arrowhead", "normal");
  evg_ag_declare(root, AGEDGE, "constraint", "true");
  evg_ag_declare(root, AGEDGE, "weight", "1");
  evg_ag_declare(root, AGEDGE, "class", "");
  evg_ag_declare(root, AGEDGE, "id", "");
  evg_ag_declare(root, AGEDGE, "tooltip", "");

  evg_buf text = {0};
  graph_label(&text, g, title);
  set_html(root, root, "label", text.data);

  size_t column_count = 0;
  column_run *columns = plan_columns(g, &column_count);
  Agraph_t *year_box = NULL;
  int32_t box_year = 0;
  Agnode_t *previous = NULL;
  for (size_t c = 0; c < column_count; c++) {
    /* A column: an invisible node before it, linked to each of its events,
     * and each event linked to the next column's node, so that dot puts
     * the column's events on one rank without rank=same. */
    /* Dot ranks a cluster's nodes by the edges inside it, so the column
     * node goes into the year box of its events (one column, one year). */
    const evg_event *head = ranked(g, columns[c].first);
    int32_t year =
        head->date.open_start ? head->date.to.year : head->date.from.year;
    if (!year_box || year != box_year) {
      char box[48], label[32];
      snprintf(box, sizeof box, "cluster_year_%ld", (long)year);
      year_box = agsubg(root, box, 1);
      year_label(year, label, sizeof label);
      evg_ag_set(year_box, "label", label);
      box_year = year;
    }
    char name[32];
    snprintf(name, sizeof name, "column%zu", c);
    Agnode_t *column = agnode(year_box, name, 1);
    evg_ag_set(column, "shape", "point");
    evg_ag_set(column, "style", "invis");
    evg_ag_set(column, "width", "0.01");
    evg_ag_set(column, "height", "0.01");
    if (previous) {
      for (Agedge_t *out = agfstout(root, previous); out;
           out = agnxtout(root, out)) {
        Agedge_t *link = agedge(root, aghead(out), column, NULL, 1);
        evg_ag_set(link, "style", "invis");
        evg_ag_set(link, "weight", "4");
      }
    }
    previous = column;
    for (size_t r = columns[c].first; r < columns[c].first + columns[c].count;
         r++) {
      const evg_event *e = ranked(g, r);
      Agnode_t *node = agnode(year_box, (char *)e->id, 1);
      text.len = 0;
      event_label(&text, g, e);
      set_html(root, node, "label", text.data);
      text.len = 0;
      evg_buf_printf(&text, "event-%s", e->id);
      evg_ag_set(node, "id", text.data);
      evg_ag_set(node, "class", "event");
      if (e->date.approximate || e->date.uncertain)
        evg_ag_set(node, "style", "rounded,filled,dashed");
      if (e->description) {
        text.len = 0;
        evg_utf8_sanitize(&text, e->description, strlen(e->description));
        evg_ag_set(node, "tooltip", text.data);
      }
      Agedge_t *link = agedge(root, column, node, NULL, 1);
      evg_ag_set(link, "style", "invis");
      evg_ag_set(link, "weight", "4");
    }
  }
  free(columns);
  for (size_t i = 0; i < evg_graph_edge_count(g); i++) {
    const evg_edge *edge = evg_graph_edge(g, i);
    if (edge->relation == EVG_REL_INVOLVES || edge->relation == EVG_REL_NEXT)
      continue;
    Agnode_t *from =
        agnode(root, (char *)evg_graph_event(g, edge->from)->id, 0);
    Agnode_t *to = agnode(root, (char *)evg_graph_event(g, edge->to)->id, 0);
    char name[32];
    snprintf(name, sizeof name, "relation%zu", i);
    Agedge_t *drawn = agedge(root, from, to, name, 1);
    const evg_edge_style *style = evg_edge_style_of(edge->relation);
    evg_ag_set(drawn, "color", style->color);
    evg_ag_set(drawn, "style", style->style);
    evg_ag_set(drawn, "penwidth", style->penwidth);
    evg_ag_set(drawn, "arrowhead", style->arrowhead);
    evg_ag_set(drawn, "constraint", "false");
    evg_ag_set(drawn, "class", evg_relation_name(edge->relation));
    text.len = 0;
    evg_buf_printf(&text, "%s %s %s", evg_graph_event(g, edge->from)->id,
                   evg_relation_name(edge->relation),
                   evg_graph_event(g, edge->to)->id);
    evg_ag_set(drawn, "tooltip", text.data);
  }
  evg_buf_free(&text);
  return root;
}

bool evg_render_image(const evg_graph *g, const evg_render_options *options,
                      const char *format, FILE *out, evg_diags *diags) {
  if (strcmp(format, "svg") != 0 && strcmp(format, "png") != 0 &&
      strcmp(format, "pdf") != 0) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "unknown image format '%s' (expected svg, png or pdf)",
                  format);
    return false;
  }
  const char *title = options && options->title ? options->title
                                                : evg_graph_title(g);
  evg_ag_errors_begin(diags);
  GVC_t *gvc = gvContext();
  Agraph_t *picture = build_picture(g, title);
  bool ok = gvLayout(gvc, picture, "dot") == 0;
  if (!ok)
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "%s: the dot layout failed (is Graphviz's dot plugin "
                  "installed? see 'make deps')",
                  format);
  if (ok) {
    if (gvRender(gvc, picture, format, out) != 0) {
      evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                    "%s: Graphviz could not render this format", format);
      ok = false;
    }
    gvFreeLayout(gvc, picture);
  }
  agclose(picture);
  int context_errors = gvFreeContext(gvc);
  int errors = evg_ag_errors_end();
  /* A malformed HTML label does not fail the layout; its error does. */
  if (ok && (errors > 0 || context_errors > 0)) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "%s: Graphviz reported errors while drawing", format);
    ok = false;
  }
  return ok;
}
