/* picture_graph.c: the graph layout's picture, a slide of event boxes in
 * columns, for dot to lay out (render_image.c draws it).
 *
 * The picture is built for reading, not as the model: time runs left to
 * right in columns (events close in time share a column, the column width
 * chosen so that a slide holds them), columns are grouped into one box per
 * year, each event shows its date above its headline and its actors as
 * coloured names, relations are styled by type, and a legend sits under the
 * title.  Actors appear in the labels rather than as nodes, and the next
 * chain is implied by the columns: both would otherwise turn a slide into a
 * web of lines. */
#include "picture.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define WRAP_WIDTH 26
/* An event box is about this many inches wide and tall, gaps included,
 * and the title and legend take about this much height: enough to choose
 * a column count that gives the picture a 16:9 shape. */
#define BOX_WIDTH 2.9
#define BOX_HEIGHT 1.05
#define TITLE_HEIGHT 1.2
#define SLIDE_RATIO (16.0 / 9.0)
/* Above this many events the partition is even: the picture is a poster,
 * not a slide, and the search below would cost more than it gives. */
#define SEARCH_LIMIT 400

static int32_t first_day(const evg_event *e) {
  return evg_date_first_known_day(&e->date);
}

static int32_t event_year(const evg_event *e) {
  return evg_date_year(&e->date);
}

/* How good a place the gap before rank r is for a column break: long gaps,
 * a new year and a new month make good breaks. */
static double break_score(const evg_graph *g, size_t r) {
  const evg_event *before = evg_graph_ranked_event(g, r - 1),
                  *after = evg_graph_ranked_event(g, r);
  int32_t gap = first_day(after) - first_day(before);
  double score = log2(1.0 + (gap > 0 ? gap : 0));
  int32_t y0, y1;
  int m0, m1, d;
  evg_civil_from_days(first_day(before), &y0, &m0, &d);
  evg_civil_from_days(first_day(after), &y1, &m1, &d);
  if (y0 != y1)
    score += 4;
  else if (m0 != m1)
    score += 1;
  return score;
}

/* Splits the events, in time order, into `columns` runs of at most `rows`
 * each, breaking at the best gaps (dynamic programming over break points:
 * O(n * columns * rows)).  Writes the first rank of each column to
 * `starts`; returns false when no such split exists. */
static bool best_breaks(const evg_graph *g, size_t n, size_t columns,
                        size_t rows, size_t *starts) {
  size_t width = n + 1;
  double *best = evg_xmalloc((columns + 1) * width * sizeof *best);
  size_t *from = evg_xmalloc((columns + 1) * width * sizeof *from);
  double *score = evg_xmalloc(width * sizeof *score);
  for (size_t r = 1; r < n; r++)
    score[r] = break_score(g, r);
  for (size_t i = 0; i < (columns + 1) * width; i++)
    best[i] = -1e300;
  best[0] = 0; /* zero columns hold zero events */
  for (size_t k = 1; k <= columns; k++) {
    for (size_t i = k; i <= n; i++) {
      /* column k holds ranks j .. i-1 */
      size_t lowest = i > rows ? i - rows : 0;
      for (size_t j = i - 1; j + 1 > lowest && j + 1 >= k; j--) {
        double previous = best[(k - 1) * width + j];
        if (previous <= -1e299)
          continue;
        double total = previous + (j > 0 ? score[j] : 0);
        if (total > best[k * width + i]) {
          best[k * width + i] = total;
          from[k * width + i] = j;
        }
        if (j == 0)
          break;
      }
    }
  }
  bool found = best[columns * width + n] > -1e299;
  if (found) {
    size_t i = n;
    for (size_t k = columns; k >= 1; k--) {
      starts[k - 1] = from[k * width + i];
      i = starts[k - 1];
    }
  }
  free(best);
  free(from);
  free(score);
  return found;
}

/* A relation between two events of one column but of two year boxes is a
 * flat edge between clusters: Graphviz 2.43's dot aborts on some of those
 * (class2.c merge_chain) and loops on others.  Such columns are split at
 * their year boundaries, so that every relation can still be drawn.
 * Takes and returns a malloc'd array of column starts. */
static size_t *split_linked_years(const evg_graph *g, size_t *starts,
                                  size_t *count) {
  size_t n = evg_graph_event_count(g);
  size_t *column_of = evg_xmalloc((n + 1) * sizeof *column_of);
  for (size_t c = 0; c < *count; c++) {
    size_t end = c + 1 < *count ? starts[c + 1] : n;
    for (size_t r = starts[c]; r < end; r++)
      column_of[evg_graph_event_by_rank(g, r)] = c;
  }
  bool *split = evg_xcalloc(*count + 1, sizeof *split);
  bool any = false;
  for (size_t i = 0; i < evg_graph_edge_count(g); i++) {
    const evg_edge *e = evg_graph_edge(g, i);
    if (e->relation == EVG_REL_INVOLVES || e->relation == EVG_REL_NEXT)
      continue;
    if (column_of[e->from] == column_of[e->to] &&
        event_year(evg_graph_event(g, e->from)) !=
            event_year(evg_graph_event(g, e->to)))
      split[column_of[e->from]] = any = true;
  }
  if (any) {
    size_t *more = evg_xmalloc((n + 1) * sizeof *more);
    size_t used = 0;
    for (size_t c = 0; c < *count; c++) {
      size_t end = c + 1 < *count ? starts[c + 1] : n;
      more[used++] = starts[c];
      for (size_t r = starts[c] + 1; split[c] && r < end; r++)
        if (event_year(evg_graph_ranked_event(g, r)) !=
            event_year(evg_graph_ranked_event(g, r - 1)))
          more[used++] = r;
    }
    free(starts);
    starts = more;
    *count = used;
  }
  free(split);
  free(column_of);
  return starts;
}

/* Chooses how many columns the picture has and where they break: as many
 * as give a slide-shaped picture, each at most a little taller than the
 * average, breaking where time jumps.  Returns a malloc'd array of the
 * first rank of each column; *count is its length. */
static size_t *plan_columns(const evg_graph *g, size_t *count) {
  size_t n = evg_graph_event_count(g);
  /* width / height = SLIDE_RATIO with columns * rows = n */
  double a = BOX_WIDTH, b = SLIDE_RATIO * BOX_HEIGHT * (double)n;
  double c = SLIDE_RATIO * TITLE_HEIGHT;
  double ideal = (c + sqrt(c * c + 4 * a * b)) / (2 * a);
  size_t columns = (size_t)(ideal + 0.5);
  if (columns < 1)
    columns = 1;
  if (columns > n)
    columns = n ? n : 1;
  size_t *starts = evg_xcalloc(columns + 1, sizeof *starts);
  size_t rows = (n + columns - 1) / columns;
  bool found = false;
  if (n > 0 && n <= SEARCH_LIMIT) {
    /* A little slack lets breaks follow the gaps in time. */
    for (size_t slack = rows / 4 + 1; !found && slack <= n; slack++)
      found = best_breaks(g, n, columns, rows + slack, starts);
  }
  if (!found)
    for (size_t k = 0; k < columns; k++)
      starts[k] = k * n / columns;
  *count = n ? columns : 0;
  return split_linked_years(g, starts, count);
}

/* The label of the box of ranks first..last (one year, one column): the
 * year when the box holds all of that year's events, else the span of
 * days it covers ("13–20 Jan 2025"). */
static void cell_label(const evg_graph *g, size_t first, size_t last, char *buf,
                       size_t size) {
  int32_t year = event_year(evg_graph_ranked_event(g, first));
  size_t n = evg_graph_event_count(g);
  bool whole = (first == 0 ||
                event_year(evg_graph_ranked_event(g, first - 1)) != year) &&
               (last + 1 >= n ||
                event_year(evg_graph_ranked_event(g, last + 1)) != year);
  if (whole) {
    evg_year_label(year, buf, size);
    return;
  }
  /* From the first event to the last.  Months, quarters and years are
   * named as written ("Jan 2025" for a box of "Jan 2025" events, not "1 Jan
   * 2025"); otherwise the days covered, from the first one's first day to
   * the last one's last ("13-24 Jan 2025"), without circa marks. */
  const evg_date *a = &evg_graph_ranked_event(g, first)->date;
  const evg_date *b = &evg_graph_ranked_event(g, last)->date;
  evg_date span;
  bool calendar = a->from.precision == b->to.precision &&
                  a->from.precision >= EVG_PREC_MONTH &&
                  evg_date_has_start(a) && evg_date_has_end(a) &&
                  evg_date_has_start(b) && evg_date_has_end(b);
  if (calendar) {
    memset(&span, 0, sizeof span);
    span.from = a->from;
    span.to = b->to;
  } else {
    span = evg_date_from_day(evg_date_first_known_day(a), EVG_PREC_DAY);
    span.to = evg_date_from_day(evg_date_last_known_day(b), EVG_PREC_DAY).from;
  }
  span.interval =
      span.from.precision != span.to.precision ||
      span.from.year != span.to.year || span.from.month != span.to.month ||
      span.from.day != span.to.day || span.from.part != span.to.part;
  span.approximate = span.uncertain = false;
  span.from.approximate = span.from.uncertain = false;
  span.to.approximate = span.to.uncertain = false;
  evg_date_compute_bounds(&span);
  evg_date_format_human(&span, buf, size);
}

/* The picture's graph with the defaults of its attributes. */
static Agraph_t *open_picture(const evg_theme *theme, const char *font) {
  Agraph_t *root = evg_ag_open("evgraph");
  evg_ag_declare(root, AGRAPH, "rankdir", "LR");
  evg_ag_declare(root, AGRAPH, "fontname", font);
  evg_ag_declare(root, AGRAPH, "bgcolor", theme->background);
  evg_ag_declare(root, AGRAPH, "ranksep", "0.22");
  evg_ag_declare(root, AGRAPH, "nodesep", "0.22");
  evg_ag_declare(root, AGRAPH, "pad", "0.4");
  evg_ag_declare(root, AGRAPH, "labelloc", "t");
  evg_ag_declare(root, AGRAPH, "labeljust", "l");
  evg_ag_declare(root, AGRAPH, "outputorder", "edgesfirst");
  evg_ag_declare(root, AGRAPH, "style", "rounded,filled");
  evg_ag_declare(root, AGRAPH, "fillcolor", theme->band_a);
  evg_ag_declare(root, AGRAPH, "color", theme->box_line);
  evg_ag_declare(root, AGRAPH, "fontsize", "18");
  evg_ag_declare(root, AGRAPH, "fontcolor", theme->text);
  evg_ag_declare(root, AGNODE, "shape", "box");
  evg_ag_declare(root, AGNODE, "style", "rounded,filled");
  evg_ag_declare(root, AGNODE, "fillcolor", theme->box_fill);
  evg_ag_declare(root, AGNODE, "color", theme->box_border);
  evg_ag_declare(root, AGNODE, "fontname", font);
  evg_ag_declare(root, AGNODE, "fontsize", "14");
  evg_ag_declare(root, AGNODE, "fontcolor", theme->text);
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
  return root;
}

/* The box of event e, in `cell` (its year box), linked from its column's
 * node.  `text` is scratch. */
static void add_event_box(Agraph_t *root, Agraph_t *cell, Agnode_t *column,
                          const evg_graph *g, const evg_event *e,
                          const evg_theme *theme, evg_buf *text) {
  Agnode_t *node = agnode(cell, (char *)e->id, 1);
  text->len = 0;
  evg_event_label(text, g, e, theme, WRAP_WIDTH);
  evg_set_html(root, node, "label", text->data);
  text->len = 0;
  evg_buf_printf(text, "event-%s", e->id);
  evg_ag_set(node, "id", text->data);
  evg_ag_set(node, "class", "event");
  if (e->date.approximate || e->date.uncertain)
    evg_ag_set(node, "style", "rounded,filled,dashed");
  if (e->description) {
    text->len = 0;
    evg_tooltip_escape(text, e->description);
    evg_ag_set(node, "tooltip", text->data);
  }
  Agedge_t *link = agedge(root, column, node, NULL, 1);
  evg_ag_set(link, "style", "invis");
  evg_ag_set(link, "weight", "4");
}

/* Column c, ranks first..end-1.  A column is an invisible node before it,
 * linked to each of its events in time order (ordering=out keeps that
 * order top to bottom), and each event linked to the next column's node,
 * so that dot puts the column on one rank without rank=same.  Returns the
 * column's node. */
static Agnode_t *add_column(Agraph_t *root, Agnode_t *previous, size_t c,
                            size_t first, size_t end, const evg_graph *g,
                            const evg_theme *theme, evg_buf *text) {
  char name[48];
  /* '#' cannot occur in an event id: no clash with the events */
  snprintf(name, sizeof name, "#column%zu", c);
  Agnode_t *column = agnode(root, name, 1);
  evg_ag_set(column, "shape", "point");
  evg_ag_set(column, "style", "invis");
  evg_ag_set(column, "width", "0.01");
  evg_ag_set(column, "height", "0.01");
  evg_ag_set(column, "ordering", "out");
  if (previous) {
    for (Agedge_t *out = agfstout(root, previous); out;
         out = agnxtout(root, out)) {
      Agedge_t *link = agedge(root, aghead(out), column, NULL, 1);
      evg_ag_set(link, "style", "invis");
      evg_ag_set(link, "weight", "4");
    }
  }
  Agraph_t *cell = NULL;
  for (size_t r = first; r < end; r++) {
    const evg_event *e = evg_graph_ranked_event(g, r);
    if (!cell ||
        event_year(e) != event_year(evg_graph_ranked_event(g, r - 1))) {
      /* One box per year within the column. */
      size_t last = r;
      while (last + 1 < end &&
             event_year(evg_graph_ranked_event(g, last + 1)) == event_year(e))
        last++;
      snprintf(name, sizeof name, "cluster_%zu_%ld", c, (long)event_year(e));
      cell = agsubg(root, name, 1);
      char label[128];
      cell_label(g, r, last, label, sizeof label);
      evg_ag_set(cell, "label", label);
    }
    add_event_box(root, cell, column, g, e, theme, text);
  }
  return column;
}

/* The relations between events, styled by type; they do not constrain the
 * columns.  (Involves and next are implied by the labels and columns.) */
static void add_relations(Agraph_t *root, const evg_graph *g,
                          const evg_theme *theme, evg_buf *text) {
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
    evg_ag_set(drawn, "color", theme->relation[edge->relation]);
    evg_ag_set(drawn, "style", style->style);
    evg_ag_set(drawn, "penwidth", style->penwidth);
    evg_ag_set(drawn, "arrowhead", style->arrowhead);
    evg_ag_set(drawn, "constraint", "false");
    evg_ag_set(drawn, "class", evg_relation_name(edge->relation));
    text->len = 0;
    evg_buf_printf(text, "%s %s %s", evg_graph_event(g, edge->from)->id,
                   evg_relation_name(edge->relation),
                   evg_graph_event(g, edge->to)->id);
    evg_ag_set(drawn, "tooltip", text->data);
  }
}

Agraph_t *evg_build_graph_picture(const evg_graph *g,
                                  const evg_render_options *options,
                                  const char *title, const evg_theme *theme,
                                  GVC_t *gvc) {
  (void)gvc; /* dot measures the labels itself */
  Agraph_t *root =
      open_picture(theme, options && options->font ? options->font : EVG_FONT);
  evg_buf text = {0};
  evg_graph_label(&text, g, title, theme, 0);
  evg_set_html(root, root, "label", text.data);
  size_t column_count = 0;
  size_t *starts = plan_columns(g, &column_count);
  size_t events = evg_graph_event_count(g);
  Agnode_t *previous = NULL;
  for (size_t c = 0; c < column_count; c++)
    previous = add_column(root, previous, c, starts[c],
                          c + 1 < column_count ? starts[c + 1] : events, g,
                          theme, &text);
  free(starts);
  add_relations(root, g, theme, &text);
  evg_buf_free(&text);
  return root;
}
