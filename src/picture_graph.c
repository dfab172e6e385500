/* picture_graph.c: the graph layout's picture, a slide of event boxes in
 * columns, placed here and drawn by Graphviz's nop2 engine (render_image.c),
 * which keeps the places and routes the relations.
 *
 * The picture is built for reading, not as the model: time runs left to
 * right in columns (events in time order fill a column top down, then the
 * next), the boxes of one year in a column share a year box, each event
 * shows its date above its headline and its actors as coloured names,
 * relations are styled by type, and a legend sits under the title.  Actors
 * appear in the labels rather than as nodes, and the next chain is implied
 * by the columns: both would otherwise turn a slide into a web of lines.
 *
 * The slide (options->width x height pixels, 1920x1080 by default) is the
 * canvas, and the text keeps the legibility floor at that size: headlines
 * at 24 px and every other text at 18 px or more, as a browser draws the
 * SVG.  The boxes are measured by Graphviz at those sizes for a few line
 * lengths of the headlines; for each, the columns are filled up to a
 * height found by bisection so that the drawing's width and height use the
 * slide alike, and the line length whose drawing fits (or comes closest) is
 * taken.  A drawing that does not fit is scaled down to the slide as a
 * whole, and a warning says so, with the count and the options that help. */
#include "picture.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define PT_PER_PX 0.75
/* The legibility floor in pixels, and the point sizes that keep it when
 * the drawing is not scaled (a point is 4/3 px): 18 pt is 24 px, 14 pt is
 * 18.7 px (13.5 would be exactly 18). */
#define HEADLINE_PX 24.0
#define TEXT_PX 18.0
#define HEADLINE_PT 18.0
#define TEXT_PT 14.0
/* Spaces, in points. */
#define MARGIN 10.0     /* around the slide */
#define TITLE_GAP 2.0   /* under the title and legend */
#define COLUMN_GAP 10.0 /* the least gap between columns: edges run there */
#define COLUMN_GAP_MAX 60.0
#define BOX_GAP 6.0       /* between the boxes of a year box */
#define YEAR_PAD 5.0      /* inside a year box, around its boxes */
#define YEAR_HEADING 19.0 /* a year box's heading, 14-point text */
#define YEAR_GAP 8.0      /* between the year boxes of a column */
/* A year box's heading is about this wide a character (14-point digits). */
#define HEADING_CHAR 9.0
/* Past this many events edges are straight lines: nop2's spline routing
 * around the boxes is slow (the timeline's figure: 14 s for 200 events). */
#define ROUTED_EVENTS 80

/* The headline line lengths tried, in characters. */
static const size_t wraps[] = {14, 16, 18, 20, 22, 25, 28};
#define WRAP_COUNT (sizeof wraps / sizeof wraps[0])

static int32_t event_year(const evg_event *e) {
  return evg_date_year(&e->date);
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

/* The slide, and what every way of drawing it shares. */
typedef struct {
  const evg_graph *g;
  size_t n;
  double slide_w, slide_h; /* points */
  double top;              /* the columns' top edge: under the title */
  double title_w, title_h;
  evg_size *sizes; /* [k * n + r]: the box of rank r, wrapped at wraps[k] */
} slide;

/* One way to draw the events: the line length whose box widths decide the
 * columns' widths, the columns, and each box's own line length (the
 * longest lines its column's width allows make the lowest box). */
typedef struct {
  size_t base;      /* index in wraps[] */
  bool gaps;        /* columns break at gaps in time, not only when full */
  size_t *wrap_of;  /* by rank: index in wraps[] */
  size_t *starts;   /* the first rank of each column */
  double *column_w; /* by column */
  size_t columns;
  double width, height; /* the drawing at 1:1, points */
  double
      need; /* the drawing over the slide, the larger ratio: 1 or less fits */
} plan;

static const evg_size *box_of(const slide *s, size_t k, size_t r) {
  return &s->sizes[k * s->n + r];
}

/* The line length that gives rank r its lowest box no wider than `width`
 * (the base one when none is lower). */
static size_t fitted_wrap(const slide *s, size_t base, size_t r, double width) {
  size_t best = base;
  for (size_t k = 0; k < WRAP_COUNT; k++)
    if (box_of(s, k, r)->width <= width + 0.01 &&
        box_of(s, k, r)->height < box_of(s, best, r)->height)
      best = k;
  return best;
}

/* The width of the heading of the year box of ranks first..last. */
static double heading_width(const evg_graph *g, size_t first, size_t last) {
  char label[128];
  cell_label(g, first, last, label, sizeof label);
  return HEADING_CHAR * (double)evg_utf8_count(label, strlen(label)) +
         2 * YEAR_PAD;
}

static int32_t first_day(const evg_event *e) {
  return evg_date_first_known_day(&e->date);
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

/* Where the column of ranks [from, full) ends, full being the first rank
 * that does not fit: at the best gap of its second half, so that columns
 * break where time jumps (a month's boxes stay together). */
static size_t best_break(const evg_graph *g, size_t from, size_t full) {
  size_t best = full;
  double best_score = break_score(g, full);
  for (size_t b = full - 1; b > from && b >= full - (full - from) / 2; b--) {
    double score = break_score(g, b);
    if (score > best_score)
      best = b, best_score = score;
  }
  return best;
}

static bool same_year(const evg_graph *g, size_t r) {
  return event_year(evg_graph_ranked_event(g, r)) ==
         event_year(evg_graph_ranked_event(g, r - 1));
}

/* The width of the column of ranks [from, to): its widest box at the base
 * line length, or its widest year-box heading. */
static double column_width(const slide *s, size_t base, size_t from,
                           size_t to) {
  double widest = 0;
  size_t group = from;
  for (size_t r = from; r < to; r++) {
    double w = box_of(s, base, r)->width + 2 * YEAR_PAD;
    widest = w > widest ? w : widest;
    if (r + 1 == to || !same_year(s->g, r + 1)) {
      w = heading_width(s->g, group, r);
      widest = w > widest ? w : widest;
      group = r + 1;
    }
  }
  return widest;
}

/* The height of the column of ranks [from, to), `width` wide, each box at
 * its fitted line length (written to p->wrap_of when `record`). */
static double column_height(const slide *s, plan *p, size_t from, size_t to,
                            double width, bool record) {
  double height = 0;
  for (size_t r = from; r < to; r++) {
    size_t k = fitted_wrap(s, p->base, r, width - 2 * YEAR_PAD);
    if (record)
      p->wrap_of[r] = k;
    height += box_of(s, k, r)->height;
    if (r == from)
      height += YEAR_HEADING + 2 * YEAR_PAD;
    else if (same_year(s->g, r))
      height += BOX_GAP;
    else
      height += YEAR_GAP + YEAR_HEADING + 2 * YEAR_PAD;
  }
  return height;
}

/* Fills columns with the events in time order, each up to `limit` points
 * high (a column holds at least one event), and sets the drawing's size
 * and need; the columns too when `record`.  A box is counted at the
 * fitted line length of the column's width so far (the width only grows,
 * so that overestimates), and each column is measured again once full;
 * with p->gaps, a full column gives back the events after its best break
 * (at most half of it): O(n * wraps). */
static void fill_columns(const slide *s, plan *p, double limit, bool record) {
  size_t columns = 0, from = 0;
  double used = 0, inner = 0, tallest = 0, total = 0;
  for (size_t r = 0; r <= s->n; r++) {
    bool fresh = r == s->n || columns == 0;
    double add = 0;
    if (!fresh) {
      const evg_size *base = box_of(s, p->base, r);
      double w = base->width > inner ? base->width : inner;
      add = box_of(s, fitted_wrap(s, p->base, r, w), r)->height +
            (same_year(s->g, r) ? BOX_GAP
                                : YEAR_GAP + YEAR_HEADING + 2 * YEAR_PAD);
      fresh = used + add > limit;
      if (!fresh)
        inner = w;
    }
    if (fresh && columns > 0 && r < s->n && p->gaps)
      r = best_break(s->g, from, r); /* the events after it start anew */
    if (fresh && columns > 0) {      /* the column [from, r) is full */
      double width = column_width(s, p->base, from, r);
      double height = column_height(s, p, from, r, width, record);
      tallest = height > tallest ? height : tallest;
      total += width;
      if (record)
        p->column_w[columns - 1] = width;
    }
    if (r == s->n)
      break;
    if (fresh) {
      if (record)
        p->starts[columns] = r;
      columns++;
      from = r;
      inner = box_of(s, p->base, r)->width;
      add = YEAR_HEADING + 2 * YEAR_PAD + box_of(s, p->base, r)->height;
      used = 0;
    }
    used += add;
  }
  p->width =
      2 * MARGIN + total + COLUMN_GAP * (double)(columns ? columns - 1 : 0);
  if (p->width < s->title_w + 2 * MARGIN)
    p->width = s->title_w + 2 * MARGIN;
  p->height = s->top + tallest + MARGIN;
  p->need = fmax(p->width / s->slide_w, p->height / s->slide_h);
  if (record)
    p->columns = columns;
}

/* Chooses the columns' height: the bisection meets where the drawing is
 * as much too wide as too high (taller columns make it narrower), so that
 * it uses the slide's width and height alike.  O(n wraps log(range)). */
static void choose_columns(const slide *s, plan *p) {
  double lo = 0, hi = 0;
  for (size_t r = 0; r < s->n; r++) {
    double alone = YEAR_HEADING + 2 * YEAR_PAD + box_of(s, p->base, r)->height;
    lo = alone > lo ? alone : lo;
    hi += YEAR_GAP + alone;
  }
  if (hi < lo)
    hi = lo;
  for (int step = 0; step < 40 && hi - lo > 0.5; step++) {
    double mid = (lo + hi) / 2;
    fill_columns(s, p, mid, false);
    if (p->width / s->slide_w > p->height / s->slide_h)
      lo = mid;
    else
      hi = mid;
  }
  fill_columns(s, p, lo, false);
  double need_lo = p->need;
  fill_columns(s, p, hi, false);
  fill_columns(s, p, need_lo < p->need ? lo : hi, true);
}

/* Measures every event's box at each line length of wraps[], by a nop2
 * pass over the labels alone (the picture's own attributes). */
static void measure_boxes(slide *s, const evg_theme *theme, const char *font,
                          GVC_t *gvc);

/* The drawing's scale when it does not fit the slide at 1:1: two decimals,
 * which Graphviz's SVG writer prints exactly (a rounded-up scale would
 * overshoot the slide). */
static double fitting_scale(double need) {
  if (need <= 1)
    return 1;
  double scale = floor(100.0 / need) / 100.0;
  return scale < 0.01 ? 0.01 : scale;
}

/* The picture's graph with the defaults of its attributes. */
static Agraph_t *open_picture(const evg_theme *theme, const char *font) {
  Agraph_t *root = evg_ag_open("evgraph");
  evg_ag_declare(root, AGRAPH, "fontname", font);
  evg_ag_declare(root, AGRAPH, "bgcolor", theme->background);
  evg_ag_declare(root, AGRAPH, "pad", "0");
  evg_ag_declare(root, AGRAPH, "splines", "true");
  evg_ag_declare(root, AGRAPH, "esep", "+1");
  evg_ag_declare(root, AGRAPH, "outputorder", "edgesfirst");
  evg_ag_declare(root, AGRAPH, "style", "rounded,filled");
  evg_ag_declare(root, AGRAPH, "fillcolor", theme->band_a);
  evg_ag_declare(root, AGRAPH, "color", theme->box_line);
  evg_ag_declare(root, AGRAPH, "fontsize", "14");
  evg_ag_declare(root, AGRAPH, "fontcolor", theme->text);
  evg_ag_declare(root, AGRAPH, "class", "");
  evg_ag_declare(root, AGNODE, "shape", "box");
  evg_ag_declare(root, AGNODE, "style", "rounded,filled");
  evg_ag_declare(root, AGNODE, "fillcolor", theme->box_fill);
  evg_ag_declare(root, AGNODE, "color", theme->box_border);
  evg_ag_declare(root, AGNODE, "penwidth", "1");
  evg_ag_declare(root, AGNODE, "fontname", font);
  evg_ag_declare(root, AGNODE, "fontsize", "18");
  evg_ag_declare(root, AGNODE, "fontcolor", theme->text);
  /* room for browsers, whose text runs a little wider than pango's */
  evg_ag_declare(root, AGNODE, "margin", "0.1,0.04");
  evg_ag_declare(root, AGNODE, "label", "");
  evg_ag_declare(root, AGNODE, "id", "");
  evg_ag_declare(root, AGNODE, "class", "");
  evg_ag_declare(root, AGNODE, "tooltip", "");
  evg_ag_declare(root, AGNODE, "width", "0.1");
  evg_ag_declare(root, AGNODE, "height", "0.1");
  evg_ag_declare(root, AGNODE, "fixedsize", "false");
  evg_ag_declare(root, AGNODE, "pos", "");
  evg_ag_declare(root, AGEDGE, "style", "solid");
  evg_ag_declare(root, AGEDGE, "color", "#000000");
  evg_ag_declare(root, AGEDGE, "penwidth", "1");
  evg_ag_declare(root, AGEDGE, "arrowhead", "normal");
  evg_ag_declare(root, AGEDGE, "class", "");
  evg_ag_declare(root, AGEDGE, "id", "");
  evg_ag_declare(root, AGEDGE, "tooltip", "");
  return root;
}

/* "x,y!" with y up from the canvas' bottom, as Graphviz counts. */
static void set_pos(void *node, double x, double y_from_top, double height) {
  char text[64];
  snprintf(text, sizeof text, "%.2f,%.2f!", x, height - y_from_top);
  evg_ag_set(node, "pos", text);
}

static void event_text(evg_buf *out, const evg_graph *g, const evg_event *e,
                       const evg_theme *theme, size_t wrap) {
  out->len = 0;
  evg_event_label_sized(out, g, e, theme, wrap, TEXT_PT);
}

static void title_text(evg_buf *out, const evg_graph *g, const char *title,
                       const evg_theme *theme, const slide *s) {
  /* the title wraps to the slide: 26-point bold is about 16.5 points a
   * character */
  size_t wrap = (size_t)((s->slide_w - 2 * MARGIN) / 16.5);
  out->len = 0;
  evg_graph_label_sized(out, g, title, theme, wrap < 12 ? 12 : wrap, TEXT_PT);
}

static void measure_boxes(slide *s, const evg_theme *theme, const char *font,
                          GVC_t *gvc) {
  Agraph_t *root = open_picture(theme, font);
  evg_buf text = {0};
  size_t count = WRAP_COUNT * s->n;
  Agnode_t **nodes = evg_xmalloc((count + 1) * sizeof *nodes);
  for (size_t i = 0; i < count; i++) {
    char name[48];
    snprintf(name, sizeof name, "m%zu", i);
    nodes[i] = agnode(root, name, 1);
    event_text(&text, s->g, evg_graph_ranked_event(s->g, i % s->n), theme,
               wraps[i / s->n]);
    evg_set_html(root, nodes[i], "label", text.data);
    evg_ag_set(nodes[i], "pos", "0,0!");
    s->sizes[i] = (evg_size){72, 36}; /* kept if the layout fails */
  }
  evg_picture_measure(gvc, root, nodes, count, s->sizes);
  evg_buf_free(&text);
  free(nodes);
  agclose(root);
}

static void measure_title(slide *s, const char *title, const evg_theme *theme,
                          const char *font, GVC_t *gvc) {
  Agraph_t *root = open_picture(theme, font);
  evg_buf text = {0};
  Agnode_t *head = agnode(root, (char *)"title", 1);
  title_text(&text, s->g, title, theme, s);
  evg_set_html(root, head, "label", text.data);
  evg_ag_set(head, "shape", "plaintext");
  evg_ag_set(head, "pos", "0,0!");
  evg_size size = {s->slide_w - 2 * MARGIN, 80};
  evg_picture_measure(gvc, root, &head, 1, &size);
  s->title_w = size.width;
  s->title_h = size.height;
  evg_buf_free(&text);
  agclose(root);
}

/* The canvas corners, which fix the bounding box, and the title with the
 * legend at the top left. */
static void add_canvas_and_title(Agraph_t *root, const slide *s,
                                 const char *title, const evg_theme *theme,
                                 double canvas_w, double canvas_h) {
  for (int k = 0; k < 2; k++) {
    Agnode_t *corner = agnode(root, k ? "#corner1" : "#corner0", 1);
    evg_ag_set(corner, "shape", "point");
    evg_ag_set(corner, "style", "invis");
    evg_ag_set(corner, "width", "0.01");
    evg_ag_set(corner, "height", "0.01");
    set_pos(corner, k ? canvas_w : 0, k ? 0 : canvas_h, canvas_h);
  }
  evg_buf text = {0};
  Agnode_t *head = agnode(root, (char *)"#title", 1);
  title_text(&text, s->g, title, theme, s);
  evg_set_html(root, head, "label", text.data);
  evg_ag_set(head, "shape", "plaintext");
  evg_ag_set(head, "style", "");
  evg_ag_set(head, "class", "title");
  set_pos(head, MARGIN + s->title_w / 2, MARGIN + s->title_h / 2, canvas_h);
  evg_buf_free(&text);
}

/* A year box (a cluster with its box given, which nop2 draws and routes
 * edges across) from `top` to `bottom`, its heading at the top. */
static void add_year_box(Agraph_t *root, const evg_graph *g, size_t column,
                         size_t first, size_t last, double left, double width,
                         double top, double bottom, double canvas_h) {
  char name[64], value[128];
  snprintf(name, sizeof name, "cluster_%zu_%zu", column, first);
  Agraph_t *box = agsubg(root, name, 1);
  snprintf(value, sizeof value, "%.2f,%.2f,%.2f,%.2f", left, canvas_h - bottom,
           left + width, canvas_h - top);
  evg_ag_set(box, "bb", value);
  snprintf(value, sizeof value, "%.2f,%.2f", left + width / 2,
           canvas_h - (top + YEAR_PAD / 2 + YEAR_HEADING / 2));
  evg_ag_set(box, "lp", value);
  cell_label(g, first, last, value, sizeof value);
  evg_ag_set(box, "label", value);
  evg_ag_set(box, "class", "year");
}

/* The box of the event of rank r, its top left corner at (left, top):
 * emphasised or faded when options->highlight names events (`chosen`). */
static void add_event_box(Agraph_t *root, const slide *s, const plan *p,
                          size_t r, double left, double top, double canvas_h,
                          const evg_theme *theme, const bool *chosen,
                          evg_buf *text) {
  size_t index = evg_graph_event_by_rank(s->g, r);
  const evg_event *e = evg_graph_event(s->g, index);
  Agnode_t *node = agnode(root, (char *)e->id, 1);
  evg_theme look = *theme;
  if (chosen)
    look = chosen[index] ? evg_theme_emphasised(theme) : evg_theme_faded(theme);
  event_text(text, s->g, e, &look, wraps[p->wrap_of[r]]);
  evg_set_html(root, node, "label", text->data);
  text->len = 0;
  evg_buf_printf(text, "event-%s", e->id);
  evg_ag_set(node, "id", text->data);
  evg_ag_set(node, "class",
             !chosen         ? "event"
             : chosen[index] ? "event emphasised"
                             : "event faded");
  if (chosen) {
    evg_ag_set(node, "fillcolor", look.box_fill);
    evg_ag_set(node, "color", look.box_border);
    /* a thicker border does not move or grow the box: its size is fixed */
    if (chosen[index])
      evg_ag_set(node, "penwidth", "3");
  }
  if (e->date.approximate || e->date.uncertain)
    evg_ag_set(node, "style", "rounded,filled,dashed");
  if (e->description) {
    text->len = 0;
    evg_tooltip_escape(text, e->description);
    evg_ag_set(node, "tooltip", text->data);
  }
  char value[32];
  evg_ag_set(node, "fixedsize", "true");
  const evg_size *box = box_of(s, p->wrap_of[r], r);
  snprintf(value, sizeof value, "%.4f", box->width / 72.0);
  evg_ag_set(node, "width", value);
  snprintf(value, sizeof value, "%.4f", box->height / 72.0);
  evg_ag_set(node, "height", value);
  set_pos(node, left + box->width / 2, top + box->height / 2, canvas_h);
}

/* Column c at `left`: its year boxes stacked from the top, each holding
 * its events' boxes one under the other. */
static void add_column(Agraph_t *root, const slide *s, const plan *p, size_t c,
                       double left, double canvas_h, const evg_theme *theme,
                       const bool *chosen, evg_buf *text) {
  size_t end = c + 1 < p->columns ? p->starts[c + 1] : s->n;
  double y = s->top;
  for (size_t first = p->starts[c]; first < end;) {
    int32_t year = event_year(evg_graph_ranked_event(s->g, first));
    size_t last = first;
    double height = YEAR_HEADING + 2 * YEAR_PAD +
                    box_of(s, p->wrap_of[first], first)->height;
    while (last + 1 < end &&
           event_year(evg_graph_ranked_event(s->g, last + 1)) == year) {
      last++;
      height += BOX_GAP + box_of(s, p->wrap_of[last], last)->height;
    }
    /* the year box first: drawn under its events */
    add_year_box(root, s->g, c, first, last, left, p->column_w[c], y,
                 y + height, canvas_h);
    double top = y + YEAR_HEADING + YEAR_PAD;
    for (size_t r = first; r <= last; r++) {
      add_event_box(root, s, p, r, left + YEAR_PAD, top, canvas_h, theme,
                    chosen, text);
      top += box_of(s, p->wrap_of[r], r)->height + BOX_GAP;
    }
    y += height + YEAR_GAP;
    first = last + 1;
  }
}

/* The relations between events, styled by type; with --highlight, those
 * between two chosen events stand out and the others fade.  (Involves and
 * next are implied by the labels and columns.) */
static void add_relations(Agraph_t *root, const evg_graph *g,
                          const evg_theme *theme, const bool *chosen,
                          evg_buf *text) {
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
    bool emphasised = chosen && chosen[edge->from] && chosen[edge->to];
    bool faded = chosen && !emphasised;
    evg_ag_set(drawn, "color",
               faded ? theme->faded_edge : theme->relation[edge->relation]);
    evg_ag_set(drawn, "style", style->style);
    char width[16];
    snprintf(width, sizeof width, "%g",
             atof(style->penwidth) * (emphasised ? 1.6 : 1.0));
    evg_ag_set(drawn, "penwidth", width);
    evg_ag_set(drawn, "arrowhead", style->arrowhead);
    text->len = 0;
    evg_buf_printf(text, "%s%s", evg_relation_name(edge->relation),
                   emphasised ? " emphasised"
                   : faded    ? " faded"
                              : "");
    evg_ag_set(drawn, "class", text->data);
    text->len = 0;
    evg_buf_printf(text, "%s %s %s", evg_graph_event(g, edge->from)->id,
                   evg_relation_name(edge->relation),
                   evg_graph_event(g, edge->to)->id);
    evg_ag_set(drawn, "tooltip", text->data);
  }
}

/* The way of drawing whose drawing fits the slide with columns that break
 * at gaps in time, else with full columns, with the longest headline lines;
 * or, when none fits, the one that comes closest. */
static plan choose_plan(const slide *s) {
  plan best = {0};
  for (size_t i = 0; i < 2 * WRAP_COUNT; i++) {
    size_t k = i % WRAP_COUNT;
    if (k == 0 && i > 0 && best.need <= 1)
      break; /* it fits with breaks at gaps */
    plan p = {.base = k, .gaps = i < WRAP_COUNT};
    p.wrap_of = evg_xcalloc(s->n + 1, sizeof *p.wrap_of);
    p.starts = evg_xmalloc((s->n + 1) * sizeof *p.starts);
    p.column_w = evg_xmalloc((s->n + 1) * sizeof *p.column_w);
    choose_columns(s, &p);
    /* in order of line length: a later one that fits is better */
    if (i == 0 || p.need <= 1 || p.need < best.need) {
      plan worse = best;
      best = p;
      p = worse;
    }
    free(p.wrap_of);
    free(p.starts);
    free(p.column_w);
  }
  return best;
}

Agraph_t *evg_build_graph_picture(const evg_graph *g,
                                  const evg_render_options *options,
                                  const char *title, const evg_theme *theme,
                                  GVC_t *gvc, evg_diags *diags) {
  const char *font = options && options->font ? options->font : EVG_FONT;
  int pixels_w = options && options->width ? options->width : 1920;
  int pixels_h = options && options->height ? options->height : 1080;
  slide s = {.g = g,
             .n = evg_graph_event_count(g),
             .slide_w = pixels_w * PT_PER_PX,
             .slide_h = pixels_h * PT_PER_PX};
  measure_title(&s, title, theme, font, gvc);
  s.top = MARGIN + s.title_h + TITLE_GAP;
  s.sizes = evg_xmalloc((WRAP_COUNT * s.n + 1) * sizeof *s.sizes);
  measure_boxes(&s, theme, font, gvc);
  plan p = choose_plan(&s);
  double scale = fitting_scale(p.need);
  double canvas_w = s.slide_w / scale, canvas_h = s.slide_h / scale;
  /* room to spare goes between the columns, where the relations run */
  double gap = COLUMN_GAP;
  if (p.columns > 1 && canvas_w > p.width)
    gap = fmin(COLUMN_GAP_MAX,
               COLUMN_GAP + (canvas_w - p.width) / (double)(p.columns - 1));

  Agraph_t *root = open_picture(theme, font);
  add_canvas_and_title(root, &s, title, theme, canvas_w, canvas_h);
  bool *chosen = evg_highlighted_events(g, options);
  evg_buf text = {0};
  double left = MARGIN;
  for (size_t c = 0; c < p.columns; c++) {
    add_column(root, &s, &p, c, left, canvas_h, theme, chosen, &text);
    left += p.column_w[c] + gap;
  }
  add_relations(root, g, theme, chosen, &text);
  evg_buf_free(&text);
  free(chosen);
  /* Graphviz scales the drawing down (never up) to the slide */
  char size[64];
  snprintf(size, sizeof size, "%.3f,%.3f", s.slide_w / 72.0, s.slide_h / 72.0);
  evg_ag_set(root, "size", size);
  if (s.n > ROUTED_EVENTS)
    evg_ag_set(root, "splines", "line");
  if (scale < 1) {
    /* how many would fit: the area at 1:1 goes as the events */
    size_t fit = (size_t)((double)s.n / (p.need * p.need));
    evg_diags_add(
        diags, EVG_SEV_WARNING, NULL, 0, 0, 0, NULL,
        "%zu events do not fit a %dx%d slide in the graph layout with "
        "headlines of %.0f px and other text of %.0f px (about %zu would): "
        "the drawing is scaled to %.2f, headlines %.1f px; keep fewer "
        "with --from/--to or --focus, or use --layout timeline --deck",
        s.n, pixels_w, pixels_h, HEADLINE_PX, TEXT_PX, fit, scale,
        HEADLINE_PX * scale);
  }
  free(p.wrap_of);
  free(p.starts);
  free(p.column_w);
  free(s.sizes);
  return root;
}
