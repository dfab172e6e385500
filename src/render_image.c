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
#define _POSIX_C_SOURCE 200809L /* fork, pipe, strsignal, open_memstream */
#include "render_cgraph.h"

#include <errno.h>
#include <graphviz/gvc.h>
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#include <unistd.h>

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

static Agraph_t *build_picture(const evg_graph *g, const char *title,
                               const evg_theme *theme, const char *font) {
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

  evg_buf text = {0};
  evg_graph_label(&text, g, title, theme, 0);
  evg_set_html(root, root, "label", text.data);

  size_t column_count = 0;
  size_t *starts = plan_columns(g, &column_count);
  size_t events = evg_graph_event_count(g);
  Agnode_t *previous = NULL;
  for (size_t c = 0; c < column_count; c++) {
    size_t first = starts[c];
    size_t end = c + 1 < column_count ? starts[c + 1] : events;
    /* A column: an invisible node before it, linked to each of its events
     * in time order (ordering=out keeps that order top to bottom), and
     * each event linked to the next column's node, so that dot puts the
     * column on one rank without rank=same. */
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
    previous = column;
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
      Agnode_t *node = agnode(cell, (char *)e->id, 1);
      text.len = 0;
      evg_event_label(&text, g, e, theme, WRAP_WIDTH);
      evg_set_html(root, node, "label", text.data);
      text.len = 0;
      evg_buf_printf(&text, "event-%s", e->id);
      evg_ag_set(node, "id", text.data);
      evg_ag_set(node, "class", "event");
      if (e->date.approximate || e->date.uncertain)
        evg_ag_set(node, "style", "rounded,filled,dashed");
      if (e->description) {
        text.len = 0;
        evg_tooltip_escape(&text, e->description);
        evg_ag_set(node, "tooltip", text.data);
      }
      Agedge_t *link = agedge(root, column, node, NULL, 1);
      evg_ag_set(link, "style", "invis");
      evg_ag_set(link, "weight", "4");
    }
  }
  free(starts);
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
    text.len = 0;
    evg_buf_printf(&text, "%s %s %s", evg_graph_event(g, edge->from)->id,
                   evg_relation_name(edge->relation),
                   evg_graph_event(g, edge->to)->id);
    evg_ag_set(drawn, "tooltip", text.data);
  }
  evg_buf_free(&text);
  return root;
}

/* One gvc context for the process: Graphviz 2.42's pango plugin keeps a
 * font name from the first context's text cache, and a second context
 * after gvFreeContext reads that freed memory (valgrind shows it). */
static GVC_t *context;

static GVC_t *shared_context(void) {
  if (!context)
    context = gvContext();
  return context;
}

void evg_render_cleanup(void) {
  if (context)
    gvFreeContext(context);
  context = NULL;
  evg_font_coverage_cleanup();
}

/* The geometry of a laid-out picture, one line per event box: "E id x y w
 * h" (the centre, y down from the top left, in points), after a line "B w
 * h" for the whole drawing.  Event boxes are found by their SVG id
 * ("event-ID"), which both layouts give them. */
static bool write_geometry(Agraph_t *picture, FILE *out) {
  boxf bb = GD_bb(picture);
  fprintf(out, "B %.2f %.2f\n", bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);
  for (Agnode_t *n = agfstnode(picture); n; n = agnxtnode(picture, n)) {
    const char *id = agget(n, (char *)"id");
    if (!id || strncmp(id, "event-", 6) != 0)
      continue;
    fprintf(out, "E %s %.2f %.2f %.2f %.2f\n", id + 6, ND_coord(n).x - bb.LL.x,
            bb.UR.y - ND_coord(n).y, ND_width(n) * 72.0, ND_height(n) * 72.0);
  }
  return !ferror(out);
}

/* Lays out and renders in this process; the format GEOMETRY_FORMAT writes
 * the geometry instead of a picture. */
static const char GEOMETRY_FORMAT[] = "geometry";

static bool draw(const evg_graph *g, const evg_render_options *options,
                 const char *title, const evg_theme *theme, const char *format,
                 FILE *out, evg_diags *diags) {
  evg_ag_errors_begin(diags);
  GVC_t *gvc = shared_context();
  bool timeline =
      options && options->layout && strcmp(options->layout, "timeline") == 0;
  Agraph_t *picture =
      timeline
          ? evg_build_timeline(g, options, title, theme, gvc)
          : build_picture(g, title, theme,
                          options && options->font ? options->font : EVG_FONT);
  const char *engine = timeline ? "nop2" : "dot";
  bool ok = gvLayout(gvc, picture, engine) == 0;
  if (!ok)
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "%s: Graphviz's %s layout failed (are Graphviz's layout "
                  "plugins installed? .ci/deps run installs them)",
                  format, engine);
  if (ok && format == GEOMETRY_FORMAT) {
    if (!write_geometry(picture, out)) {
      evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                    "layout: cannot pass the geometry on");
      ok = false;
    }
    gvFreeLayout(gvc, picture);
  } else if (ok) {
    if (gvRender(gvc, picture, format, out) != 0) {
      evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                    "%s: Graphviz could not render this format", format);
      ok = false;
    }
    gvFreeLayout(gvc, picture);
  }
  agclose(picture);
  int errors = evg_ag_errors_end();
  /* A malformed HTML label does not fail the layout; its error does. */
  if (ok && errors > 0) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "%s: Graphviz reported errors while drawing", format);
    ok = false;
  }
  return ok;
}

/* Copies everything readable from fd to out (out may be NULL). */
static bool drain(int fd, FILE *out) {
  char buffer[65536];
  bool ok = true;
  for (;;) {
    ssize_t n = read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      return ok && n == 0;
    if (out && fwrite(buffer, 1, (size_t)n, out) != (size_t)n)
      ok = false;
  }
}

/* Graphviz 2.43's dot layout can abort or loop on some graphs (the notes
 * list the triggers we know; the picture avoids them).  So the layout runs
 * in a child process with a time limit: a crash or a hang becomes an error
 * message, and the caller's all-or-nothing output stays intact.  The child
 * sends the drawing through one pipe and its diagnostics through another,
 * one per line: severity letter, then the message. */
static bool draw_in_child(const evg_graph *g, const evg_render_options *options,
                          const char *format, FILE *out, evg_diags *diags) {
  const char *title =
      options && options->title ? options->title : evg_graph_title(g);
  const evg_theme *theme = evg_theme_named(options ? options->theme : NULL);
  if (!theme) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "unknown theme '%s' (expected light, dark or print)",
                  options->theme);
    return false;
  }
  if (options && options->layout && strcmp(options->layout, "graph") != 0 &&
      strcmp(options->layout, "timeline") != 0) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "unknown layout '%s' (expected graph or timeline)",
                  options->layout);
    return false;
  }
  size_t events = evg_graph_event_count(g);
  bool timeline_layout =
      options && options->layout && strcmp(options->layout, "timeline") == 0;
  size_t most =
      timeline_layout ? EVG_TIMELINE_EVENTS_MAX : EVG_DRAWING_EVENTS_MAX;
  if (events > most) {
    /* refused up front: the layout would run out its time, not finish */
    evg_diags_add(
        diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
        "%s: %zu events are more than the %s layout draws (at most %zu); %s"
        "keep fewer with --from/--to, --actor, --tag or --focus",
        format, events, timeline_layout ? "timeline" : "graph", most,
        timeline_layout ? "" : "use --layout timeline (up to 50000), or ");
    return false;
  }
  unsigned int seconds = options && options->layout_seconds
                             ? options->layout_seconds
                             : EVG_LAYOUT_SECONDS;
  const char *engine =
      options && options->layout && strcmp(options->layout, "timeline") == 0
          ? "nop2"
          : "dot";
  int data[2], messages[2];
  if (pipe(data) != 0) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "%s: cannot start the layout: %s", format, strerror(errno));
    return false;
  }
  if (pipe(messages) != 0) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "%s: cannot start the layout: %s", format, strerror(errno));
    close(data[0]);
    close(data[1]);
    return false;
  }
  fflush(NULL);
  pid_t parent = getpid();
  pid_t child = fork();
  if (child < 0) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "%s: cannot start the layout: %s", format, strerror(errno));
    close(data[0]), close(data[1]), close(messages[0]), close(messages[1]);
    return false;
  }
  if (child == 0) {
    close(data[0]);
    close(messages[0]);
#ifdef __linux__
    /* a caller stopped by a signal takes its layout with it */
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent)
      _exit(3);
#else
    (void)parent;
#endif
    alarm(seconds);
    evg_diags *found = evg_diags_new(0);
    FILE *drawing = fdopen(data[1], "wb");
    bool ok = drawing && draw(g, options, title, theme, format, drawing, found);
    if (drawing)
      ok &= fclose(drawing) == 0;
    evg_render_cleanup();
    FILE *report = fdopen(messages[1], "w");
    for (size_t i = 0; report && i < evg_diags_count(found); i++) {
      const evg_diag *d = evg_diags_get(found, i);
      fprintf(report, "%c%s\n", d->severity == EVG_SEV_ERROR ? 'E' : 'W',
              d->message);
    }
    if (report)
      fclose(report);
    evg_diags_free(found);
    _exit(ok ? 0 : 3);
  }
  close(data[1]);
  close(messages[1]);
  /* the drawing is kept until the child has ended well: a crash must not
   * leave half a picture in the caller's stream */
  char *drawing = NULL;
  size_t drawing_size = 0;
  FILE *held = open_memstream(&drawing, &drawing_size);
  bool ok = held && drain(data[0], held);
  if (held)
    ok &= fclose(held) == 0;
  close(data[0]);
  char *text = NULL;
  size_t size = 0;
  FILE *collected = open_memstream(&text, &size);
  drain(messages[0], collected);
  close(messages[0]);
  if (collected)
    fclose(collected);
  for (char *line = text; line && *line;) {
    char *end = strchr(line, '\n');
    if (end)
      *end = '\0';
    evg_diags_add(diags, line[0] == 'E' ? EVG_SEV_ERROR : EVG_SEV_WARNING, NULL,
                  0, 0, 0, NULL, "%s", line + 1);
    line = end ? end + 1 : line + strlen(line);
  }
  free(text);
  int status = 0;
  pid_t waited;
  while ((waited = waitpid(child, &status, 0)) < 0 && errno == EINTR)
    ;
  if (waited != child) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "%s: cannot learn how the layout ended: %s", format,
                  strerror(errno));
    free(drawing);
    return false;
  }
  if (WIFSIGNALED(status)) {
    free(drawing);
    int sig = WTERMSIG(status);
    if (sig == SIGALRM)
      evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                    "%s: Graphviz's %s layout ran past %u seconds and was "
                    "stopped (%zu events; DOT and GraphML do not need it)",
                    format, engine, seconds, evg_graph_event_count(g));
    else
      evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                    "%s: Graphviz's %s layout crashed (%s); nothing was "
                    "written",
                    format, engine, strsignal(sig));
    return false;
  }
  ok = ok && WIFEXITED(status) && WEXITSTATUS(status) == 0;
  if (ok && (fwrite(drawing, 1, drawing_size, out) != drawing_size ||
             fflush(out) != 0)) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "%s: cannot write the picture: %s", format,
                  strerror(errno ? errno : EIO));
    ok = false;
  }
  free(drawing);
  return ok;
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
  /* text only: done here, before the layout, once for every format */
  evg_check_fonts(
      g, options,
      options && options->title ? options->title : evg_graph_title(g), diags);
  return draw_in_child(g, options, format, out, diags);
}

/* Actors are not drawn in the pictures: they go in a row under the drawing,
 * each near the middle of its events, in that order, packed so that no two
 * overlap.  A box's width follows its name (about 7.5 points a character at
 * the 14-point size of the pictures). */
typedef struct {
  double x;
  size_t actor;
} actor_slot;

static int by_slot_x(const void *a, const void *b) {
  const actor_slot *p = a, *q = b;
  if (p->x != q->x)
    return p->x < q->x ? -1 : 1;
  return p->actor < q->actor ? -1 : p->actor > q->actor;
}

static void place_actors(const evg_graph *g, evg_geometry *geo) {
  size_t actors = evg_graph_actor_count(g);
  if (actors == 0)
    return;
  double *sum = evg_xcalloc(actors, sizeof *sum);
  size_t *count = evg_xcalloc(actors, sizeof *count);
  for (size_t i = 0; i < evg_graph_edge_count(g); i++) {
    const evg_edge *e = evg_graph_edge(g, i);
    if (e->relation != EVG_REL_INVOLVES || !geo->placed[e->from])
      continue;
    sum[e->to] += geo->events[e->from].x;
    count[e->to]++;
  }
  actor_slot *slots = evg_xmalloc(actors * sizeof *slots);
  for (size_t a = 0; a < actors; a++) {
    slots[a].actor = a;
    slots[a].x = count[a] ? sum[a] / (double)count[a] : geo->width / 2;
  }
  qsort(slots, actors, sizeof *slots, by_slot_x);
  const double gap = 12, height = 30, top = geo->height + 48;
  double right = 0;
  for (size_t k = 0; k < actors; k++) {
    const evg_actor *a = evg_graph_actor(g, slots[k].actor);
    const char *name = a->name ? a->name : a->id;
    double w = 7.5 * (double)evg_utf8_count(name, strlen(name)) + 24;
    if (w < 60)
      w = 60;
    double left = slots[k].x - w / 2;
    if (k > 0 && left < right + gap)
      left = right + gap;
    if (left < 0)
      left = 0;
    evg_box *box = &geo->actors[slots[k].actor];
    box->x = left + w / 2;
    box->y = top + height / 2;
    box->width = w;
    box->height = height;
    right = left + w;
  }
  if (right > geo->width)
    geo->width = right;
  geo->height = top + height;
  free(slots);
  free(sum);
  free(count);
}

bool evg_layout_geometry(const evg_graph *g, const evg_render_options *options,
                         evg_geometry *geo, evg_diags *diags) {
  memset(geo, 0, sizeof *geo);
  char *text = NULL;
  size_t size = 0;
  FILE *memory = open_memstream(&text, &size);
  if (!memory) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "layout: out of memory");
    return false;
  }
  bool ok = draw_in_child(g, options, GEOMETRY_FORMAT, memory, diags);
  ok &= fclose(memory) == 0;
  size_t events = evg_graph_event_count(g);
  geo->events = evg_xcalloc(events ? events : 1, sizeof *geo->events);
  geo->placed = evg_xcalloc(events ? events : 1, sizeof *geo->placed);
  geo->actors = evg_xcalloc(evg_graph_actor_count(g) + 1, sizeof *geo->actors);
  evg_map ids = {0};
  for (size_t i = 0; i < events; i++)
    evg_map_put(&ids, evg_graph_event(g, i)->id, i);
  for (char *line = text; ok && line && *line;) {
    char *end = strchr(line, '\n');
    if (end)
      *end = '\0';
    char id[256];
    double x, y, w, h;
    size_t index;
    if (line[0] == 'B') {
      ok = sscanf(line, "B %lf %lf", &geo->width, &geo->height) == 2;
    } else if (sscanf(line, "E %255s %lf %lf %lf %lf", id, &x, &y, &w, &h) ==
                   5 &&
               evg_map_get(&ids, id, &index)) {
      geo->events[index] = (evg_box){x, y, w, h};
      geo->placed[index] = true;
    } else {
      ok = false;
    }
    line = end ? end + 1 : line + strlen(line);
  }
  evg_map_free(&ids);
  free(text);
  for (size_t i = 0; ok && i < events; i++)
    if (!geo->placed[i]) {
      evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                    "layout: the event '%s' was not placed",
                    evg_graph_event(g, i)->id);
      ok = false;
    }
  if (!ok) {
    evg_geometry_free(geo);
    return false;
  }
  place_actors(g, geo);
  return true;
}

void evg_geometry_free(evg_geometry *geo) {
  free(geo->events);
  free(geo->actors);
  free(geo->placed);
  memset(geo, 0, sizeof *geo);
}
