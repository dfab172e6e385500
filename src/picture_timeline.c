/* picture_timeline.c: the timeline picture, events on a true time axis,
 * for slides (render_image.c draws it).
 *
 * evgraph computes every position and Graphviz's nop2 engine (neato -n2)
 * keeps them and routes the relation edges.
 * - x is time.  The axis is cut into stretches where the events are; a gap
 *   longer than a twelfth of the whole span becomes a marked break, and each
 *   stretch gets a width that grows with its number of events, so four
 *   dense weeks are not squeezed by the decades before them.  Ticks use the
 *   unit that suits each stretch (years, months or days).
 * - y is lanes (by first actor, first tag, or one lane); within a lane the
 *   event boxes are packed into rows first-fit by the row that ends first
 *   (a heap: O(n log rows)), so no two boxes overlap.
 * - A fuzzy date is a bar from its first to its last day under its box
 *   (dashed when approximate or uncertain); a day is a dot.
 * Box sizes come from Graphviz itself: a first nop2 pass measures the
 * labels; if the rows do not fit the canvas the text is made smaller (down
 * to a limit) and measured again; a drawing that still does not fit is laid
 * out on a taller canvas and scaled down as a whole to the requested size
 * (Graphviz "size"), rather than overlap. */
#include "picture.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define PT_PER_PX 0.75
/* The legibility floor (issue 9): at the requested size a browser draws
 * 1 pt as 1/PT_PER_PX px, so headlines of HEADLINE_PT (24 px) and every
 * other text of TEXT_PT (18.7 px, over the 18 px floor) hold it as long as
 * the text is not made smaller (scale 1) nor the canvas scaled down. */
#define HEADLINE_PT (EVG_FLOOR_HEADLINE_PX * PT_PER_PX)
#define TEXT_PT 14.0
#define TEXT_PT_ATTR "14"
/* About the advance of a character of TEXT_PT DejaVu Sans, and of the
 * bold HEADLINE_PT headline, in points (tick spacing, label room). */
#define TEXT_CHAR_PT 7.9
#define MARGIN 18.0
#define ROUTE_ROOM 30.0
/* the least room between a tick label and the canvas edge, and a
 * character of a date at TEXT_PT at most (DejaVu Sans's digits are 0.636
 * em, its widest in a date but for M) */
#define TICK_INSET 2.0
#define TICK_CHAR_PT 9.0
#define LANE_LABEL_WIDTH 130.0
#define LANE_LABEL_WRAP 14 /* "administration" whole: 116 pt in bold */
#define AXIS_HEIGHT 48.0
#define BREAK_WIDTH 26.0
#define MIN_STRETCH 70.0
#define ROW_GAP 10.0
#define BOX_GAP 8.0
#define MAX_LANES 5
/* A slide of a deck has fewer lanes: each lane takes a row at least, and
 * the rows of a slide at the floor are few. */
#define SLIDE_LANES 3
#define WRAP 22
/* The strip above the lanes where the periods' names go. */
#define PERIOD_STRIP 26.0
/* The opacity of a period's band, as a hex alpha: the lanes show through. */
#define PERIOD_ALPHA "2E"

typedef struct {
  size_t event; /* index in the graph */
  int stretch;
  int lane;
  double x;     /* the date's first day */
  double x_end; /* its last day, clipped to the stretch */
  double left;  /* the box's left edge */
  double w, h;  /* box size, points */
  int row;
} item;

typedef struct {
  int32_t d0, d1; /* first and last day (event starts) */
  double x0, w;   /* in points */
  size_t count;
} stretch;

typedef struct {
  const char *name;
  size_t count;
  int rows;
  double row_h;
  double y_top; /* from the canvas top */
} lane;

static int32_t first_day(const evg_event *e) {
  return evg_date_first_known_day(&e->date);
}

static int32_t last_day(const evg_event *e) {
  return evg_date_last_known_day(&e->date);
}

static void set_pos(void *node, double x, double y_from_top, double height) {
  char text[64];
  snprintf(text, sizeof text, "%.2f,%.2f!", x, height - y_from_top);
  evg_ag_set(node, "pos", text);
}

static void set_size(void *node, double w, double h) {
  char text[32];
  snprintf(text, sizeof text, "%.4f", w / 72.0);
  evg_ag_set(node, "width", text);
  snprintf(text, sizeof text, "%.4f", h / 72.0);
  evg_ag_set(node, "height", text);
}

/* ---- lanes ---- */

/* A lane is keyed by the actor's id (two actors may share a name) or the
 * tag; the key of the shared lane cannot be an id or a tag. */
static const char *lane_key(const evg_graph *g, const evg_event *e,
                            const char *mode, const char **name) {
  if (strcmp(mode, "none") == 0)
    return *name = "", "";
  if (strcmp(mode, "tag") == 0) {
    if (!e->tag_count)
      return *name = "Untagged", ",none";
    return *name = e->tags[0], e->tags[0];
  }
  if (!e->actor_count)
    return *name = "No actor", ",none";
  const evg_actor *actor = evg_graph_actor(g, e->actors[0]);
  *name = actor->name;
  return actor->id;
}

/* Lanes in order of first appearance; past max_lanes the smallest ones
 * share a lane "Others". */
static lane *assign_lanes(const evg_graph *g, item *items, size_t n,
                          const char *mode, size_t max_lanes,
                          size_t *lane_count, evg_arena *arena) {
  evg_map keys = {0};
  size_t cap = n + 2, count = 0;
  lane *lanes = evg_xcalloc(cap, sizeof *lanes);
  for (size_t i = 0; i < n; i++) {
    const char *name;
    const char *key =
        lane_key(g, evg_graph_event(g, items[i].event), mode, &name);
    size_t index;
    if (!evg_map_get(&keys, key, &index)) {
      index = count++;
      lanes[index].name = evg_arena_strndup(arena, name, strlen(name));
      evg_map_put(&keys, evg_arena_strndup(arena, key, strlen(key)), index);
    }
    items[i].lane = (int)index;
    lanes[index].count++;
  }
  evg_map_free(&keys);
  if (count > max_lanes) {
    /* keep the max_lanes - 1 largest, in their order */
    size_t *order = evg_xmalloc(count * sizeof *order);
    for (size_t i = 0; i < count; i++)
      order[i] = i;
    for (size_t i = 1; i < count; i++) { /* small: insertion sort by size */
      size_t k = order[i], j = i;
      while (j > 0 && lanes[order[j - 1]].count < lanes[k].count)
        order[j] = order[j - 1], j--;
      order[j] = k;
    }
    size_t *map = evg_xmalloc(count * sizeof *map);
    for (size_t i = 0; i < count; i++)
      map[i] = max_lanes - 1;
    for (size_t i = 0; i < max_lanes - 1; i++)
      map[order[i]] = 0; /* kept: renumbered below */
    lane *kept = evg_xcalloc(max_lanes, sizeof *kept);
    size_t next = 0;
    for (size_t i = 0; i < count; i++)
      if (map[i] == 0 && next < max_lanes - 1) {
        map[i] = next;
        kept[next++] = lanes[i];
      } else {
        map[i] = max_lanes - 1;
      }
    kept[max_lanes - 1].name = "Others";
    kept[max_lanes - 1].count = 0;
    for (size_t i = 0; i < n; i++) {
      items[i].lane = (int)map[items[i].lane];
      if ((size_t)items[i].lane == max_lanes - 1)
        kept[max_lanes - 1].count++;
    }
    free(order);
    free(map);
    free(lanes);
    lanes = kept;
    count = max_lanes;
  }
  *lane_count = count;
  return lanes;
}

/* ---- the time axis ---- */

static int compare_days(const void *a, const void *b) {
  int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
  return x < y ? -1 : x > y;
}

static stretch *plan_stretches(const evg_graph *g, item *items, size_t first,
                               size_t n, double x0, double width,
                               size_t *count) {
  stretch *s = evg_xcalloc(n + 1, sizeof *s);
  size_t k = 0;
  if (n == 0) {
    *count = 0;
    return s;
  }
  /* A gap is a break when it is far longer than the usual distance between
   * events: ten times the median gap (same-day events count as 0), and at
   * least two weeks. */
  int32_t *gaps = evg_xmalloc((n + 1) * sizeof *gaps);
  size_t gap_count = 0;
  for (size_t r = 1; r < n; r++) /* zeros count: same-day events are dense */
    gaps[gap_count++] = first_day(evg_graph_ranked_event(g, first + r)) -
                        first_day(evg_graph_ranked_event(g, first + r - 1));
  double threshold = 14;
  if (gap_count) {
    qsort(gaps, gap_count, sizeof *gaps, compare_days);
    int32_t median = gaps[gap_count / 2];
    if (10.0 * median > threshold)
      threshold = 10.0 * median;
    /* no more stretches than the width holds: breaks only at the largest
     * gaps (each stretch needs MIN_STRETCH and a break) */
    size_t most = (size_t)((width + BREAK_WIDTH) / (MIN_STRETCH + BREAK_WIDTH));
    if (most < 1)
      most = 1;
    if (gap_count >= most && gaps[gap_count - most] >= threshold)
      threshold = gaps[gap_count - most];
  }
  free(gaps);
  for (size_t r = 0; r < n; r++) {
    int32_t d = first_day(evg_graph_ranked_event(g, first + r));
    if (r == 0 || d - s[k - 1].d1 > threshold) {
      s[k].d0 = s[k].d1 = d;
      k++;
    }
    s[k - 1].d1 = d;
    s[k - 1].count++;
    items[r].stretch = (int)k - 1;
  }
  /* Two small neighbours less than a year apart share one stretch: a break
   * between single events saves no room. */
  size_t merged = 0;
  for (size_t i = 0; i < k; i++) {
    if (merged > 0 && s[merged - 1].count <= 3 && s[i].count <= 3 &&
        s[i].d1 - s[merged - 1].d0 <= 365) {
      s[merged - 1].d1 = s[i].d1;
      s[merged - 1].count += s[i].count;
    } else {
      s[merged++] = s[i];
    }
  }
  if (merged != k) {
    size_t at = 0;
    for (size_t r = 0; r < n; r++) {
      int32_t d = first_day(evg_graph_ranked_event(g, first + r));
      while (d > s[at].d1)
        at++;
      items[r].stretch = (int)at;
    }
    k = merged;
  }
  /* widths: a floor each, the rest by events */
  double avail = width - BREAK_WIDTH * (double)(k - 1);
  double floor_w = MIN_STRETCH;
  if (floor_w * (double)k > avail)
    floor_w = avail / (double)k;
  double spare = avail - floor_w * (double)k;
  double x = x0;
  for (size_t i = 0; i < k; i++) {
    s[i].x0 = x;
    s[i].w = floor_w + spare * (double)s[i].count / (double)n;
    x += s[i].w + BREAK_WIDTH;
  }
  *count = k;
  return s;
}

static double day_x(const stretch *s, int32_t day) {
  /* room for half a tick label at the axis' ends */
  double pad = s->w > 80 ? 20 : s->w > 40 ? 10 : 0;
  if (s->d1 == s->d0)
    return s->x0 + pad;
  double t = (double)(day - s->d0) / (double)(s->d1 - s->d0);
  if (t < 0)
    t = 0;
  if (t > 1)
    t = 1;
  return s->x0 + pad + t * (s->w - 2 * pad);
}

static const char *const month_abbr[] = {"Jan", "Feb", "Mar", "Apr",
                                         "May", "Jun", "Jul", "Aug",
                                         "Sep", "Oct", "Nov", "Dec"};

/* Past this many events edges are straight lines (neato's spline routing
 * around the boxes took 14 s for 200 events), so bars and texts may be
 * plain nodes (as_node): thousands of clusters make cgraph itself slow. */
#define ROUTED_EVENTS 80

/* A piece of text (tick, break mark) as the label of an empty cluster:
 * like the bars, it is no obstacle to the edges. */
static void add_text(Agraph_t *g, bool as_node, const char *name,
                     const char *text, double x, double y, double canvas_h,
                     const char *color, const char *size, const char *cls) {
  if (as_node) {
    Agnode_t *node = agnode(g, (char *)name, 1);
    evg_ag_set(node, "shape", "plaintext");
    evg_ag_set(node, "style", "");
    evg_ag_set(node, "label", text);
    evg_ag_set(node, "fontcolor", color);
    evg_ag_set(node, "fontsize", size);
    evg_ag_set(node, "class", cls);
    evg_ag_set(node, "width", "0.01");
    evg_ag_set(node, "height", "0.01");
    evg_ag_set(node, "margin", "0");
    set_pos(node, x, y, canvas_h);
    return;
  }
  char cluster[80], pos[64];
  snprintf(cluster, sizeof cluster, "cluster_%s", name + (name[0] == '#'));
  Agraph_t *holder = agsubg(g, cluster, 1);
  snprintf(pos, sizeof pos, "%.2f,%.2f,%.2f,%.2f", x - 1, canvas_h - y - 1,
           x + 1, canvas_h - y + 1);
  evg_ag_set(holder, "bb", pos);
  snprintf(pos, sizeof pos, "%.2f,%.2f", x, canvas_h - y);
  evg_ag_set(holder, "lp", pos);
  evg_ag_set(holder, "label", text);
  evg_ag_set(holder, "fontcolor", color);
  evg_ag_set(holder, "fontsize", size);
  evg_ag_set(holder, "color", "transparent");
  evg_ag_set(holder, "style", "solid");
  evg_ag_set(holder, "class", cls);
}

/* The look a bar has whether it is drawn as a node or a cluster. */
static void paint_bar(void *obj, const char *color, const char *style,
                      const char *cls) {
  evg_ag_set(obj, "style", style);
  evg_ag_set(obj, "fillcolor", color);
  evg_ag_set(obj, "color", color);
  evg_ag_set(obj, "penwidth", "0.6");
  evg_ag_set(obj, "label", "");
  evg_ag_set(obj, "class", cls);
}

/* A filled rectangle drawn as a cluster with its box given: nop2 draws
 * it, and edges are routed across it, where a node would be an obstacle
 * ("nodes touch: falling back to straight line edges"). */
static void add_bar(Agraph_t *g, bool as_node, const char *name, double x0,
                    double x1, double y, double thickness, double canvas_h,
                    const char *color, const char *style, const char *cls) {
  if (as_node) {
    Agnode_t *node = agnode(g, (char *)name, 1);
    paint_bar(node, color, style, cls);
    evg_ag_set(node, "shape", "box");
    evg_ag_set(node, "fixedsize", "true");
    set_size(node, x1 - x0 > 0.5 ? x1 - x0 : 0.5, thickness);
    set_pos(node, (x0 + x1) / 2, y, canvas_h);
    return;
  }
  char cluster[80], bb[128];
  snprintf(cluster, sizeof cluster, "cluster_%s", name);
  Agraph_t *bar = agsubg(g, cluster, 1);
  if (x1 - x0 < 1)
    x1 = x0 + 1;
  snprintf(bb, sizeof bb, "%.2f,%.2f,%.2f,%.2f", x0,
           canvas_h - y - thickness / 2, x1, canvas_h - y + thickness / 2);
  evg_ag_set(bar, "bb", bb);
  paint_bar(bar, color, style, cls);
}

/* Whether a tick label of `len` characters at x clears the one before it
 * (TEXT_CHAR_PT a character, and a gap). */
static bool clears(double last_x, size_t last_len, double x, size_t len) {
  return x - last_x >= TEXT_CHAR_PT * (double)(last_len + len) / 2 + 12;
}

/* A tick's label centred on x, or moved in just enough to stay on the
 * canvas: the first date of an axis is near the slide's left edge, and a
 * node past the canvas would widen the drawing, which Graphviz then
 * scales down to the slide (nop2 ignores a "bb" given; fixedsize does not
 * keep a label out of the bounds either).  Returns where it went. */
static double add_tick(Agraph_t *g, bool as_node, const char *name,
                       const char *text, double x, double y, double canvas_w,
                       double canvas_h, const evg_theme *theme) {
  double half = TICK_CHAR_PT * (double)evg_utf8_count(text, strlen(text)) / 2;
  if (x > canvas_w - TICK_INSET - half)
    x = canvas_w - TICK_INSET - half;
  if (x < TICK_INSET + half)
    x = TICK_INSET + half;
  add_text(g, as_node, name, text, x, y, canvas_h, theme->muted, TEXT_PT_ATTR,
           "tick");
  return x;
}

/* Ticks for one stretch at a unit that leaves room between labels. */
static void add_ticks(Agraph_t *g, bool as_node, const stretch *s, size_t index,
                      double y, double canvas_w, double canvas_h,
                      const evg_theme *theme) {
  char name[48], text[32];
  int32_t span = s->d1 - s->d0;
  int32_t y0, y1;
  int m0, m1, dd;
  evg_civil_from_days(s->d0, &y0, &m0, &dd);
  evg_civil_from_days(s->d1, &y1, &m1, &dd);
  size_t ticks = 0, last_len = 0;
  double last_x = -1e9;
  if (span < 1) {
    evg_date d = evg_date_from_day(s->d0, EVG_PREC_YEAR);
    evg_date_format_human(&d, text, sizeof text);
    snprintf(name, sizeof name, "#tick%zu_0", index);
    add_tick(g, as_node, name, text, day_x(s, s->d0), y, canvas_w, canvas_h,
             theme);
    return;
  }
  double per_day = (s->w - 20) / (double)span;
  if (!(per_day > 0))
    return; /* no room for ticks in this stretch */
  if (span > 3 * 365) {
    int step = 1;
    while (per_day * 365.25 * step < 62 && step < 100000)
      step++;
    for (int32_t year = y0; year <= y1; year++) {
      if ((year - y0) % step)
        continue;
      int32_t day = evg_days_from_civil(year, 1, 1);
      if (day < s->d0)
        continue;
      double x = day_x(s, day);
      evg_year_label(year, text, sizeof text);
      if (!clears(last_x, last_len, x, strlen(text)))
        continue;
      snprintf(name, sizeof name, "#tick%zu_%zu", index, ticks++);
      last_x =
          add_tick(g, as_node, name, text, x, y, canvas_w, canvas_h, theme);
      last_len = strlen(text);
    }
  } else if (span > 75) {
    int step = 1;
    while (per_day * 30.4 * step < 68 && step < 12)
      step = step < 3 ? step + 1 : step * 2;
    for (int64_t m = (int64_t)y0 * 12 + m0 - 1; m <= (int64_t)y1 * 12 + m1 - 1;
         m++) {
      int32_t year = (int32_t)(m / 12);
      int month = (int)(m % 12) + 1;
      if ((month - 1) % step)
        continue;
      int32_t day = evg_days_from_civil(year, month, 1);
      if (day < s->d0)
        continue;
      double x = day_x(s, day);
      if (month == 1 || ticks == 0)
        snprintf(text, sizeof text, "%s %ld", month_abbr[month - 1],
                 (long)year);
      else
        snprintf(text, sizeof text, "%s", month_abbr[month - 1]);
      if (!clears(last_x, last_len, x, strlen(text)))
        continue;
      snprintf(name, sizeof name, "#tick%zu_%zu", index, ticks++);
      last_x =
          add_tick(g, as_node, name, text, x, y, canvas_w, canvas_h, theme);
      last_len = strlen(text);
    }
  } else {
    int step = 1;
    while (per_day * step < 62 && step < 100000)
      step = step == 1 ? 2 : step == 2 ? 7 : step * 2;
    for (int32_t day = s->d0; day <= s->d1; day += step) {
      double x = day_x(s, day);
      int32_t year;
      int month, dom;
      evg_civil_from_days(day, &year, &month, &dom);
      if (ticks == 0)
        snprintf(text, sizeof text, "%d %s %ld", dom, month_abbr[month - 1],
                 (long)year);
      else
        snprintf(text, sizeof text, "%d %s", dom, month_abbr[month - 1]);
      if (!clears(last_x, last_len, x, strlen(text)))
        continue;
      snprintf(name, sizeof name, "#tick%zu_%zu", index, ticks++);
      last_x =
          add_tick(g, as_node, name, text, x, y, canvas_w, canvas_h, theme);
      last_len = strlen(text);
    }
  }
}

/* ---- packing ---- */

typedef struct {
  double end;
  int row;
} row_end;

static void heap_push(row_end *heap, size_t *n, row_end v) {
  size_t i = (*n)++;
  heap[i] = v;
  while (i > 0) {
    size_t parent = (i - 1) / 2;
    if (heap[parent].end < heap[i].end ||
        (heap[parent].end == heap[i].end && heap[parent].row < heap[i].row))
      break;
    row_end t = heap[parent];
    heap[parent] = heap[i];
    heap[i] = t;
    i = parent;
  }
}

static row_end heap_pop(row_end *heap, size_t *n) {
  row_end top = heap[0];
  heap[0] = heap[--(*n)];
  size_t i = 0;
  for (;;) {
    size_t l = 2 * i + 1, r = l + 1, m = i;
    if (l < *n && (heap[l].end < heap[m].end ||
                   (heap[l].end == heap[m].end && heap[l].row < heap[m].row)))
      m = l;
    if (r < *n && (heap[r].end < heap[m].end ||
                   (heap[r].end == heap[m].end && heap[r].row < heap[m].row)))
      m = r;
    if (m == i)
      break;
    row_end t = heap[m];
    heap[m] = heap[i];
    heap[i] = t;
    i = m;
  }
  return top;
}

static int by_lane_then_left(const void *a, const void *b) {
  const item *x = *(const item *const *)a, *y = *(const item *const *)b;
  if (x->lane != y->lane)
    return x->lane < y->lane ? -1 : 1;
  if (x->left != y->left)
    return x->left < y->left ? -1 : 1;
  return x->event < y->event ? -1 : x->event > y->event;
}

/* Rows within each lane; returns the total height the lanes need. */
static double pack(item *items, size_t n, lane *lanes, size_t lane_count,
                   double right) {
  item **order = evg_xmalloc((n + 1) * sizeof *order);
  for (size_t i = 0; i < n; i++)
    order[i] = &items[i];
  qsort(order, n, sizeof *order, by_lane_then_left);
  row_end *heap = evg_xmalloc((n + 1) * sizeof *heap);
  for (size_t i = 0; i < lane_count; i++) {
    lanes[i].rows = 0;
    lanes[i].row_h = 0;
  }
  size_t i = 0;
  while (i < n) {
    int l = order[i]->lane;
    size_t heap_n = 0;
    for (; i < n && order[i]->lane == l; i++) {
      item *it = order[i];
      if (heap_n && heap[0].end + BOX_GAP <= it->left) {
        row_end top = heap_pop(heap, &heap_n);
        it->row = top.row;
      } else if (heap_n && heap[0].end + BOX_GAP - it->left <= it->w * 1.2 &&
                 heap[0].end + BOX_GAP + it->w <= right) {
        /* rather than open a row, the box moves right of its neighbour;
         * its dot or bar still marks the date */
        row_end top = heap_pop(heap, &heap_n);
        it->row = top.row;
        it->left = top.end + BOX_GAP;
      } else {
        it->row = lanes[l].rows++;
      }
      /* a date's bar may run on under a later box of its row: it lies
       * below the boxes, and packing by bars would waste whole rows */
      double end = it->left + it->w;
      heap_push(heap, &heap_n, (row_end){end, it->row});
      if (it->h > lanes[l].row_h)
        lanes[l].row_h = it->h;
    }
  }
  double total = 0;
  for (size_t k = 0; k < lane_count; k++) {
    lanes[k].row_h += ROW_GAP + 9; /* the date bar under the box */
    if (lanes[k].rows == 0)
      lanes[k].rows = 1;
    total += lanes[k].row_h * lanes[k].rows + 6;
  }
  free(heap);
  free(order);
  return total;
}

/* ---- the graph ---- */

static Agraph_t *open_graph(const evg_theme *theme, const char *font,
                            double scale) {
  Agraph_t *root = evg_ag_open("timeline");
  char size[16];
  evg_ag_declare(root, AGRAPH, "bgcolor", theme->background);
  evg_ag_declare(root, AGRAPH, "splines", "true");
  evg_ag_declare(root, AGRAPH, "esep", "+1");
  evg_ag_declare(root, AGRAPH, "outputorder", "nodesfirst");
  evg_ag_declare(root, AGRAPH, "pad", "0");
  /* no page margin in PDF either: a deck's pages are its slides */
  evg_ag_declare(root, AGRAPH, "margin", "0");
  evg_ag_declare(root, AGRAPH, "fontname", font);
  evg_ag_declare(root, AGNODE, "shape", "box");
  evg_ag_declare(root, AGNODE, "style", "rounded,filled");
  evg_ag_declare(root, AGNODE, "fillcolor", theme->box_fill);
  evg_ag_declare(root, AGNODE, "color", theme->box_border);
  evg_ag_declare(root, AGNODE, "fontname", font);
  snprintf(size, sizeof size, "%.1f", HEADLINE_PT * scale);
  evg_ag_declare(root, AGNODE, "fontsize", size);
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
  evg_ag_declare(root, AGNODE, "penwidth", "1");
  evg_ag_declare(root, AGNODE, "pos", "");
  evg_ag_declare(root, AGEDGE, "style", "solid");
  evg_ag_declare(root, AGEDGE, "color", theme->text);
  evg_ag_declare(root, AGEDGE, "penwidth", "1");
  evg_ag_declare(root, AGEDGE, "arrowhead", "normal");
  evg_ag_declare(root, AGEDGE, "arrowsize", "0.7");
  evg_ag_declare(root, AGEDGE, "class", "");
  evg_ag_declare(root, AGEDGE, "tooltip", "");
  return root;
}

/* Appends `text` with every `needle` replaced by `with`. */
static void replace_all(evg_buf *out, const char *text, const char *needle,
                        const char *with) {
  const char *p = text;
  for (const char *hit; (hit = strstr(p, needle)); p = hit + strlen(needle)) {
    evg_buf_append(out, p, (size_t)(hit - p));
    evg_buf_puts(out, with);
  }
  evg_buf_puts(out, p);
}

/* An event's label at `scale`: the date (and actors) at TEXT_PT, the
 * headline at the node's HEADLINE_PT, then `stub_rows`, the rows that name
 * related events on other slides (their POINT-SIZE="11" is scaled too). */
static void event_html(evg_buf *out, const evg_graph *g, const evg_event *e,
                       const evg_theme *theme, double scale, bool actors,
                       const char *stub_rows) {
  evg_buf raw = {0};
  evg_event copy = *e;
  if (!actors)
    copy.actor_count = 0; /* the lane names the actor already */
  evg_event_label(&raw, g, &copy, theme, WRAP);
  static const char end[] = "</TABLE>";
  if (stub_rows && *stub_rows && raw.len >= sizeof end - 1 &&
      strcmp(raw.data + raw.len - (sizeof end - 1), end) == 0) {
    raw.len -= sizeof end - 1;
    raw.data[raw.len] = '\0';
    evg_buf_puts(&raw, stub_rows);
    evg_buf_puts(&raw, end);
  }
  char small[32];
  snprintf(small, sizeof small, "POINT-SIZE=\"%.1f\"", TEXT_PT * scale);
  replace_all(out, raw.data, "POINT-SIZE=\"11\"", small);
  evg_buf_free(&raw);
}

/* The header: the title, the subtitle under it (a slide's period), and the
 * legend, whose text is raised to TEXT_PT. */
static void header_html(evg_buf *out, const evg_graph *g, const char *title,
                        const evg_theme *theme, size_t wrap, double width,
                        const char *subtitle) {
  evg_buf raw = {0}, legend = {0};
  evg_graph_label(&legend, g, title, theme, wrap);
  replace_all(&raw, legend.data, "POINT-SIZE=\"13\"",
              "POINT-SIZE=\"" TEXT_PT_ATTR "\"");
  evg_buf_free(&legend);
  /* A legend wider than the slide breaks before the actor kinds: at
   * TEXT_PT it would otherwise widen the drawing, which Graphviz would
   * scale down below the floor. */
  const char *kinds = strstr(raw.data, "\">■");
  const char *row = strstr(raw.data, "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE");
  if (kinds && row && kinds > row) {
    size_t shown = 0;
    for (const char *p = row; *p; p++) { /* characters outside tags */
      if (*p == '<')
        while (*p && *p != '>')
          p++;
      else if ((*p & 0xC0) != 0x80)
        shown++;
    }
    while (kinds > row && strncmp(kinds, "<FONT", 5) != 0)
      kinds--;
    size_t at = (size_t)(kinds - raw.data), spaces = 0;
    while (at > spaces && raw.data[at - spaces - 1] == ' ')
      spaces++;
    if (TEXT_CHAR_PT * (double)shown > width - 2 * MARGIN && spaces) {
      evg_buf split = {0};
      evg_buf_append(&split, raw.data, at - spaces);
      evg_buf_puts(&split, "<BR ALIGN=\"LEFT\"/>");
      evg_buf_puts(&split, raw.data + at);
      evg_buf_free(&raw);
      raw = split;
    }
  }
  if (!subtitle) {
    evg_buf_puts(out, raw.data);
    evg_buf_free(&raw);
    return;
  }
  /* after the title's row, or first when there is no title */
  const char *at = title ? strstr(raw.data, "</TR>") : NULL;
  at = at ? at + 5 : strchr(raw.data, '>') + 1;
  evg_buf_append(out, raw.data, (size_t)(at - raw.data));
  evg_buf_printf(out,
                 "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"18\" "
                 "COLOR=\"%s\">",
                 theme->text);
  evg_html_escape(out, subtitle, strlen(subtitle));
  evg_buf_puts(out, "</FONT></TD></TR>");
  evg_buf_puts(out, at);
  evg_buf_free(&raw);
}

/* Measures the event boxes (and the header) at `scale`: a nop2 pass on the
 * labels alone, reading the sizes Graphviz gives them. */
static void measure(const evg_graph *g, item *items, size_t n,
                    const evg_theme *theme, const char *font, double scale,
                    bool actors, char *const *stubs, const char *header,
                    double *title_w, double *title_h, GVC_t *gvc) {
  Agraph_t *root = open_graph(theme, font, scale);
  evg_buf text = {0};
  /* the events, then the header */
  Agnode_t **nodes = evg_xmalloc((n + 1) * sizeof *nodes);
  evg_size *sizes = evg_xmalloc((n + 1) * sizeof *sizes);
  for (size_t i = 0; i < n; i++) {
    char name[32];
    snprintf(name, sizeof name, "m%zu", i);
    nodes[i] = agnode(root, name, 1);
    text.len = 0;
    event_html(&text, g, evg_graph_event(g, items[i].event), theme, scale,
               actors, stubs ? stubs[i] : NULL);
    evg_set_html(root, nodes[i], "label", text.data);
    evg_ag_set(nodes[i], "pos", "0,0!");
    sizes[i] = (evg_size){items[i].w, items[i].h};
  }
  Agnode_t *head = nodes[n] = agnode(root, (char *)"title", 1);
  evg_set_html(root, head, "label", header);
  evg_ag_set(head, "shape", "plaintext");
  evg_ag_set(head, "pos", "0,0!");
  evg_buf_free(&text);
  sizes[n] = (evg_size){*title_w, *title_h};
  evg_picture_measure(gvc, root, nodes, n + 1, sizes);
  for (size_t i = 0; i < n; i++) {
    items[i].w = sizes[i].width;
    items[i].h = sizes[i].height;
  }
  *title_w = sizes[n].width;
  *title_h = sizes[n].height;
  free(sizes);
  free(nodes);
  agclose(root);
}

/* ---- the plan: sizes and places, before the picture is built ---- */

typedef struct {
  item *items; /* in time order: ranks first .. first + n - 1 */
  size_t first, n;
  lane *lanes;
  size_t lane_count;
  stretch *stretches;
  size_t stretch_count;
  double requested_w, requested_h; /* the slide, points */
  double width, height;            /* the canvas, points */
  double scale;                    /* of the text */
  double drawn; /* the factor Graphviz scales the canvas by (<= 1) */
  double title_w, title_h;
  size_t title_wrap;
  char *header;        /* the header's HTML label */
  char *const *stubs;  /* by item: rows naming events on other slides */
  const char *number;  /* the slide's number, or NULL */
  bool lane_labels;    /* a column of lane names on the left */
  bool label_actors;   /* event labels name their actors (lanes do not) */
  bool use_nodes;      /* bars and texts as nodes (see ROUTED_EVENTS) */
  double period_strip; /* PERIOD_STRIP when the graph has periods, else 0 */
  evg_arena arena;
} timeline_plan;

/* The plan of the events of ranks [first, first + count), before sizes. */
static void plan_init(timeline_plan *plan, const evg_graph *g,
                      const evg_render_options *options, size_t first,
                      size_t count, size_t max_lanes) {
  const char *mode = options && options->lanes ? options->lanes : "actor";
  memset(plan, 0, sizeof *plan);
  plan->requested_w =
      (options && options->width ? options->width : 1920) * PT_PER_PX;
  plan->requested_h =
      (options && options->height ? options->height : 1080) * PT_PER_PX;
  plan->first = first;
  plan->n = count;
  plan->use_nodes = count > ROUTED_EVENTS;
  plan->items = evg_xcalloc(count + 1, sizeof *plan->items);
  for (size_t r = 0; r < count; r++)
    plan->items[r].event = evg_graph_event_by_rank(g, first + r);
  plan->lanes = assign_lanes(g, plan->items, count, mode, max_lanes,
                             &plan->lane_count, &plan->arena);
  plan->lane_labels = strcmp(mode, "none") != 0;
  plan->label_actors = strcmp(mode, "actor") != 0;
  plan->period_strip = evg_graph_period_count(g) ? PERIOD_STRIP : 0;
  plan->scale = 1.0;
  plan->drawn = 1.0;
  plan->width = plan->requested_w;
  plan->height = plan->requested_h;
  /* the title wraps to the slide: 26-point bold is about 16 points a
   * character; a slide's number takes the top right corner */
  plan->title_wrap = (size_t)((plan->requested_w - 2 * MARGIN - 90) / 16.5);
  if (plan->title_wrap < 12)
    plan->title_wrap = 12;
}

static void plan_free(timeline_plan *plan) {
  free(plan->items);
  free(plan->lanes);
  free(plan->stretches);
  free(plan->header);
  evg_arena_free(&plan->arena);
}

static void plan_header(timeline_plan *plan, const evg_graph *g,
                        const char *title, const evg_theme *theme,
                        const char *subtitle) {
  evg_buf text = {0};
  header_html(&text, g, title, theme, plan->title_wrap, plan->requested_w,
              subtitle);
  plan->header = text.data; /* the buffer's, now the plan's */
}

static double plot_left(const timeline_plan *plan) {
  return MARGIN + (plan->lane_labels ? LANE_LABEL_WIDTH : 0);
}

/* Places the items on the axis and in rows at the text scale and canvas
 * size of `plan`, measuring the labels when asked to.  Returns the height
 * the lanes need and sets *avail to the height they have. */
static double place_items(const evg_graph *g, timeline_plan *plan,
                          const evg_theme *theme, const char *font,
                          bool remeasure, double grow, double *avail,
                          GVC_t *gvc) {
  double plot_x0 = plot_left(plan);
  /* margins scale with the canvas: they stay margins once shrunk; the
   * right one leaves the edge router room to pass the last box inside */
  double plot_x1 = plan->width - (MARGIN + ROUTE_ROOM) * grow;
  free(plan->stretches);
  plan->stretches =
      plan_stretches(g, plan->items, plan->first, plan->n, plot_x0,
                     plot_x1 - plot_x0, &plan->stretch_count);
  if (remeasure)
    measure(g, plan->items, plan->n, theme, font, plan->scale,
            plan->label_actors, plan->stubs, plan->header, &plan->title_w,
            &plan->title_h, gvc);
  for (size_t i = 0; i < plan->n; i++) {
    item *it = &plan->items[i];
    const evg_event *e = evg_graph_event(g, it->event);
    const stretch *s = &plan->stretches[it->stretch];
    it->x = day_x(s, first_day(e));
    it->x_end = last_day(e) > s->d1 ? s->x0 + s->w : day_x(s, last_day(e));
    if (it->w > plot_x1 - plot_x0)
      it->w = plot_x1 - plot_x0;
    it->left = it->x;
    if (it->left + it->w > plot_x1)
      it->left = plot_x1 - it->w;
  }
  *avail = plan->height - MARGIN - plan->title_h - 8 - plan->period_strip -
           AXIS_HEIGHT - MARGIN;
  return pack(plan->items, plan->n, plan->lanes, plan->lane_count, plot_x1);
}

/* Makes the rows fit the slide: smaller text first (down to a limit), then
 * a larger canvas, which Graphviz scales down to the slide; a drawing that
 * still does not fit is made taller, rather than overlap.  Returns true
 * when the text keeps its size and the canvas is not scaled: the floor
 * holds. */
static bool fit_canvas(const evg_graph *g, timeline_plan *plan,
                       const evg_theme *theme, const char *font, GVC_t *gvc) {
  /* Canvas factors whose inverse Graphviz's SVG writer prints exactly
   * (it keeps two decimals of the scale: 1/1.6 would come out as 0.62 and
   * the drawing would overshoot the slide). */
  static const double grows[] = {1, 1.25, 2, 2.5, 4, 5, 10, 20, 25, 50, 100};
  size_t grow_step = 0;
  double grow = 1.0, needed = 0, avail = 0;
  bool measured = false;
  plan->scale = 1.0;
  for (int attempt = 0; attempt < 40; attempt++) {
    /* the canvas at `grow` times the slide: wider, so fewer rows */
    plan->width = plan->requested_w * grow;
    plan->height = plan->requested_h * grow;
    needed = place_items(g, plan, theme, font, !measured || grow == 1.0, grow,
                         &avail, gvc);
    measured = true;
    if (needed <= avail)
      break;
    if (plan->scale > 0.56 + 1e-9) {
      /* smaller text first */
      plan->scale *= needed / avail > 1.5 ? 0.75 : 0.88;
      if (plan->scale < 0.56)
        plan->scale = 0.56;
    } else if (grow_step + 1 < sizeof grows / sizeof grows[0])
      grow = grows[++grow_step]; /* then a larger canvas */
    else
      break;
  }
  if (needed > avail)
    plan->height += needed - avail;
  plan->drawn = fmin(1.0, fmin(plan->requested_w / plan->width,
                               plan->requested_h / plan->height));
  return plan->scale > 1 - 1e-9 && plan->drawn > 1 - 1e-9;
}

/* ---- the picture ---- */

/* The canvas corners, which fix the bounding box to the slide, the header
 * and the slide's number. */
static void add_canvas_and_title(Agraph_t *root, const timeline_plan *plan,
                                 const evg_theme *theme) {
  char name[64];
  for (int k = 0; k < 2; k++) {
    snprintf(name, sizeof name, "#corner%d", k);
    Agnode_t *corner = agnode(root, name, 1);
    evg_ag_set(corner, "shape", "point");
    evg_ag_set(corner, "style", "invis");
    evg_ag_set(corner, "width", "0.01");
    evg_ag_set(corner, "height", "0.01");
    /* inset by half their size: the bounding box is the canvas exactly,
     * not 0.72 points more that Graphviz would scale down to the slide */
    set_pos(corner, k ? plan->width - 0.36 : 0.36,
            k ? 0.36 : plan->height - 0.36, plan->height);
  }
  Agnode_t *head = agnode(root, (char *)"#title", 1);
  evg_set_html(root, head, "label", plan->header);
  evg_ag_set(head, "shape", "plaintext");
  evg_ag_set(head, "style", "");
  evg_ag_set(head, "fontcolor", theme->text);
  evg_ag_set(head, "class", "title");
  set_pos(head, MARGIN + plan->title_w / 2, MARGIN + plan->title_h / 2,
          plan->height);
  if (plan->number) { /* a cluster's label: it does not widen the bounds */
    double w = TEXT_CHAR_PT * (double)strlen(plan->number);
    add_text(root, false, "#number", plan->number, plan->width - MARGIN - w / 2,
             MARGIN + TEXT_PT, plan->height, theme->muted, TEXT_PT_ATTR,
             "slide-number");
  }
}

/* The name of lane k in the lane column, at most three lines. */
static void add_lane_label(Agraph_t *root, const timeline_plan *plan, size_t k,
                           double y, const evg_theme *theme) {
  char name[64];
  snprintf(name, sizeof name, "#lanelabel%zu", k);
  Agnode_t *label = agnode(root, name, 1);
  evg_buf text = {0};
  evg_buf_puts(&text, "<B>");
  evg_html_wrap(&text, plan->lanes[k].name, LANE_LABEL_WRAP, "<BR/>");
  size_t lines = 1;
  for (char *br = strstr(text.data, "<BR/>"); br; br = strstr(br + 5, "<BR/>"))
    if (++lines > 3) {
      text.len = (size_t)(br - text.data);
      text.data[text.len] = '\0';
      evg_buf_puts(&text, "…");
      break;
    }
  evg_buf_puts(&text, "</B>");
  evg_set_html(root, label, "label", text.data);
  evg_buf_free(&text);
  evg_ag_set(label, "shape", "plaintext");
  evg_ag_set(label, "style", "");
  evg_ag_set(label, "fontcolor", theme->text);
  evg_ag_set(label, "class", "lane-label");
  char size[16];
  snprintf(size, sizeof size, "%.1f",
           TEXT_PT * (plan->scale < 1 ? plan->scale : 1));
  evg_ag_set(label, "fontsize", size);
  set_pos(label, MARGIN + LANE_LABEL_WIDTH / 2, y + 18, plan->height);
}

/* The lanes' bands (first, so that they lie under everything) and names;
 * sets each lane's y_top.  Returns the y under the last lane. */
static double add_lanes(Agraph_t *root, timeline_plan *plan,
                        const evg_theme *theme) {
  char name[64];
  double y = MARGIN + plan->title_h + 8 + plan->period_strip;
  for (size_t k = 0; k < plan->lane_count; k++) {
    lane *l = &plan->lanes[k];
    l->y_top = y;
    double lane_h = l->row_h * l->rows + 6;
    snprintf(name, sizeof name, "lane%zu", k);
    /* a lane stays a cluster at any size: as a node it would be an
     * obstacle under every box in it */
    add_bar(root, false, name, MARGIN, plan->width - MARGIN, y + lane_h / 2,
            lane_h, plan->height, k % 2 ? theme->band_b : theme->band_a,
            "filled", "lane");
    if (plan->lane_labels)
      add_lane_label(root, plan, k, y, theme);
    y += lane_h;
  }
  return y;
}

/* Where `day` falls on the axis: in its stretch, or in the middle of the
 * break it falls in, or at an end of the axis.  Stretches are few (the
 * width holds at most one per MIN_STRETCH points). */
static double axis_x(const timeline_plan *plan, int32_t day) {
  const stretch *s = plan->stretches;
  for (size_t k = 0; k < plan->stretch_count; k++) {
    if (day < s[k].d0)
      return k == 0 ? s[k].x0 : s[k].x0 - BREAK_WIDTH / 2;
    if (day <= s[k].d1)
      return day_x(&s[k], day);
  }
  return s[plan->stretch_count - 1].x0 + s[plan->stretch_count - 1].w;
}

/* The periods: each a band from `top` to `bottom` from its first day to its
 * last (to the end of the axis while it lasts), its name above, in its
 * colour or, in turn, the theme's.  Bands are clusters added after the
 * lanes: drawn over them, under the events. */
static void add_periods(Agraph_t *root, const evg_graph *g,
                        const timeline_plan *plan, double top, double bottom,
                        const evg_theme *theme) {
  if (plan->stretch_count == 0)
    return;
  double axis_end = plan->stretches[plan->stretch_count - 1].x0 +
                    plan->stretches[plan->stretch_count - 1].w;
  evg_buf text = {0};
  char name[64], fill[16];
  for (size_t i = 0; i < evg_graph_period_count(g); i++) {
    const evg_period *p = evg_graph_period(g, i);
    evg_date span = evg_period_span(p);
    double x0 = axis_x(plan, span.start);
    double x1 = p->open_end ? axis_end : axis_x(plan, span.end);
    if (x1 - x0 < 1)
      continue; /* outside the events' time */
    const char *color = p->color ? p->color : theme->period[i % 2];
    snprintf(fill, sizeof fill, "%s%s", color, PERIOD_ALPHA);
    snprintf(name, sizeof name, "period%zu", i);
    add_bar(root, false, name, x0, x1, (top + bottom) / 2, bottom - top,
            plan->height, fill, "filled", "period");
    snprintf(name, sizeof name, "cluster_period%zu", i);
    Agraph_t *band = agsubg(root, name, 0);
    if (band) {
      evg_ag_set(band, "color", color);
      text.len = 0;
      evg_buf_printf(&text, "period-%s", p->id);
      evg_ag_set(band, "id", text.data);
    }
    text.len = 0;
    evg_label_escape(&text, p->label);
    snprintf(name, sizeof name, "#periodlabel%zu", i);
    add_text(root, false, name, text.data, (x0 + x1) / 2,
             top - plan->period_strip / 2, plan->height, color, TEXT_PT_ATTR,
             "period-label");
  }
  evg_buf_free(&text);
}

/* The axis at axis_y: a line per stretch, ticks, and a mark at each
 * break. */
static void add_axis(Agraph_t *root, const timeline_plan *plan, double axis_y,
                     const evg_theme *theme) {
  char name[64];
  for (size_t k = 0; k < plan->stretch_count; k++) {
    const stretch *s = &plan->stretches[k];
    snprintf(name, sizeof name, "axis%zu", k);
    add_bar(root, plan->use_nodes, name, s->x0, s->x0 + s->w, axis_y, 1.2,
            plan->height, theme->axis, "filled", "axis");
    add_ticks(root, plan->use_nodes, s, k, axis_y + 18, plan->width,
              plan->height, theme);
    if (k + 1 < plan->stretch_count) {
      snprintf(name, sizeof name, "#break%zu", k);
      add_text(root, plan->use_nodes, name, "≈", s->x0 + s->w + BREAK_WIDTH / 2,
               axis_y, plan->height, theme->muted, TEXT_PT_ATTR, "axis-break");
    }
  }
}

/* Item i's box in its lane and row, with its date under it: a bar from
 * the first to the last day of a fuzzy date, a dot for a day. */
static void add_event(Agraph_t *root, const evg_graph *g,
                      const timeline_plan *plan, size_t i,
                      const evg_theme *normal, const bool *chosen,
                      evg_buf *text) {
  const item *it = &plan->items[i];
  const evg_event *e = evg_graph_event(g, it->event);
  /* --highlight: emphasised or faded, in colour only: same size, place */
  evg_theme look = *normal;
  if (chosen)
    look = chosen[it->event] ? evg_theme_emphasised(normal)
                             : evg_theme_faded(normal);
  const evg_theme *theme = &look;
  const lane *l = &plan->lanes[it->lane];
  double top = l->y_top + 3 + l->row_h * it->row;
  double bar_y = top + it->h + 6;
  bool fuzzy = e->date.start != e->date.end || !evg_date_has_start(&e->date) ||
               !evg_date_has_end(&e->date);
  bool dashed = e->date.approximate || e->date.uncertain;
  char name[64];
  snprintf(name, sizeof name, "date%zu", i);
  if (fuzzy)
    add_bar(root, plan->use_nodes, name, it->x, it->x_end, bar_y, 3.5,
            plan->height, theme->muted, dashed ? "filled,dashed" : "filled",
            "date-span");
  else
    add_bar(root, plan->use_nodes, name, it->x - 3, it->x + 3, bar_y, 6,
            plan->height, theme->muted, "filled,rounded", "date-point");
  snprintf(name, sizeof name, "e%zu", it->event);
  Agnode_t *node = agnode(root, name, 1);
  text->len = 0;
  event_html(text, g, e, theme, plan->scale, plan->label_actors,
             plan->stubs ? plan->stubs[i] : NULL);
  evg_set_html(root, node, "label", text->data);
  text->len = 0;
  evg_buf_printf(text, "event-%s", e->id);
  evg_ag_set(node, "id", text->data);
  evg_ag_set(node, "class",
             !chosen             ? "event"
             : chosen[it->event] ? "event emphasised"
                                 : "event faded");
  if (chosen) {
    evg_ag_set(node, "fillcolor", theme->box_fill);
    evg_ag_set(node, "color", theme->box_border);
    if (chosen[it->event])
      evg_ag_set(node, "penwidth", "3");
  }
  evg_ag_set(node, "fixedsize", "true");
  evg_ag_set(node, "style",
             dashed ? "rounded,filled,dashed" : "rounded,filled");
  set_size(node, it->w, it->h);
  set_pos(node, it->left + it->w / 2, top + it->h / 2, plan->height);
  if (e->description) {
    text->len = 0;
    evg_tooltip_escape(text, e->description);
    evg_ag_set(node, "tooltip", text->data);
  }
}

/* The relations between drawn events (edges[0..count), or every edge when
 * edges is NULL), routed by nop2 around the boxes. */
static void add_relations(Agraph_t *root, const evg_graph *g,
                          const evg_theme *theme, const bool *chosen,
                          const size_t *edges, size_t count) {
  char name[64];
  size_t total = edges ? count : evg_graph_edge_count(g);
  for (size_t k = 0; k < total; k++) {
    size_t i = edges ? edges[k] : k;
    const evg_edge *edge = evg_graph_edge(g, i);
    if (edge->relation == EVG_REL_INVOLVES || edge->relation == EVG_REL_NEXT)
      continue;
    char from[32], to[32];
    snprintf(from, sizeof from, "e%zu", edge->from);
    snprintf(to, sizeof to, "e%zu", edge->to);
    Agnode_t *tail = agnode(root, from, 0), *head = agnode(root, to, 0);
    if (!tail || !head)
      continue; /* not on this slide: the deck gives it a stub */
    snprintf(name, sizeof name, "r%zu", i);
    Agedge_t *drawn = agedge(root, tail, head, name, 1);
    const evg_edge_style *style = evg_edge_style_of(edge->relation);
    bool emphasised = chosen && chosen[edge->from] && chosen[edge->to];
    bool faded = chosen && !emphasised;
    evg_ag_set(drawn, "color",
               faded ? theme->faded_edge : theme->relation[edge->relation]);
    evg_ag_set(drawn, "style", style->style);
    char width[16], cls[48];
    snprintf(width, sizeof width, "%g",
             atof(style->penwidth) * (emphasised ? 1.6 : 1.0));
    evg_ag_set(drawn, "penwidth", width);
    evg_ag_set(drawn, "arrowhead", style->arrowhead);
    snprintf(cls, sizeof cls, "%s%s", evg_relation_name(edge->relation),
             emphasised ? " emphasised"
             : faded    ? " faded"
                        : "");
    evg_ag_set(drawn, "class", cls);
  }
}

/* Graphviz scales the drawing down (never up) to the slide: always, so
 * that no label wider than its column (a long name, a tiny canvas) can
 * widen the picture; spline routing around many boxes is slow: straight
 * lines past ROUTED_EVENTS. */
static void finish_graph(Agraph_t *root, const timeline_plan *plan) {
  char size[64];
  snprintf(size, sizeof size, "%.3f,%.3f", plan->requested_w / 72.0,
           plan->requested_h / 72.0);
  evg_ag_set(root, "size", size);
  if (plan->use_nodes)
    evg_ag_set(root, "splines", "line");
}

/* The timeline of `slide`'s events, or of every event when slide is
 * NULL; a drawing below the floor carries a warning. */
static Agraph_t *build(const evg_graph *g, const evg_render_options *options,
                       const char *title, const evg_theme *theme, GVC_t *gvc,
                       const evg_timeline_slide *slide) {
  const char *font = options && options->font ? options->font : EVG_FONT;
  timeline_plan plan;
  plan_init(&plan, g, options, slide ? slide->first : 0,
            slide ? slide->count : evg_graph_event_count(g),
            slide ? SLIDE_LANES : MAX_LANES);
  if (slide) {
    plan.stubs = slide->stubs;
    plan.number = slide->number;
  }
  plan_header(&plan, g, title, theme, slide ? slide->subtitle : NULL);
  bool legible = fit_canvas(g, &plan, theme, font, gvc);

  Agraph_t *root = open_graph(theme, font, plan.scale);
  add_canvas_and_title(root, &plan, theme);
  double y = add_lanes(root, &plan, theme);
  double top = plan.lane_count ? plan.lanes[0].y_top : y;
  add_periods(root, g, &plan, top, y, theme);
  add_axis(root, &plan, y + 8, theme);
  evg_buf text = {0};
  bool *chosen = evg_highlighted_events(g, options);
  for (size_t i = 0; i < plan.n; i++)
    add_event(root, g, &plan, i, theme, chosen, &text);
  add_relations(root, g, theme, chosen, slide ? slide->edges : NULL,
                slide ? slide->edge_count : 0);
  free(chosen);
  finish_graph(root, &plan);
  if (!legible) {
    double px = EVG_FLOOR_HEADLINE_PX * plan.scale * plan.drawn;
    text.len = 0;
    if (slide)
      evg_buf_printf(&text,
                     "deck: slide %s does not fit at a legible size: its "
                     "headlines are drawn at %.1f px, under the %.0f px floor",
                     slide->number ? slide->number : "", px,
                     EVG_FLOOR_HEADLINE_PX);
    else
      evg_buf_printf(
          &text,
          "timeline: %zu events do not fit one %.0fx%.0f slide at a "
          "legible size: headlines are drawn at %.1f px, under the %.0f px "
          "floor; --deck splits them into slides, --from/--to or --focus "
          "keep fewer",
          plan.n, plan.requested_w / PT_PER_PX, plan.requested_h / PT_PER_PX,
          px, EVG_FLOOR_HEADLINE_PX);
    evg_picture_warn(root, text.data);
  }
  evg_buf_free(&text);
  plan_free(&plan);
  return root;
}

Agraph_t *evg_build_timeline(const evg_graph *g,
                             const evg_render_options *options,
                             const char *title, const evg_theme *theme,
                             GVC_t *gvc, evg_diags *diags) {
  (void)diags; /* its warning travels with the picture: evg_picture_warn */
  return build(g, options, title, theme, gvc, NULL);
}

Agraph_t *evg_build_timeline_slide(const evg_graph *g,
                                   const evg_render_options *options,
                                   const char *title, const evg_theme *theme,
                                   GVC_t *gvc,
                                   const evg_timeline_slide *slide) {
  return build(g, options, title, theme, gvc, slide);
}

/* ---- decks: what the planner asks (picture_deck.c) ---- */

void evg_timeline_measure(const evg_graph *g, const evg_render_options *options,
                          const char *title, const evg_theme *theme, GVC_t *gvc,
                          const evg_timeline_slide *slide, evg_size *sizes,
                          evg_size *header) {
  const char *font = options && options->font ? options->font : EVG_FONT;
  timeline_plan plan;
  plan_init(&plan, g, options, slide->first, slide->count, SLIDE_LANES);
  plan_header(&plan, g, title, theme, slide->subtitle);
  measure(g, plan.items, plan.n, theme, font, 1.0, plan.label_actors,
          slide->stubs, plan.header, &plan.title_w, &plan.title_h, gvc);
  for (size_t i = 0; i < plan.n; i++)
    sizes[i] = (evg_size){plan.items[i].w, plan.items[i].h};
  *header = (evg_size){plan.title_w, plan.title_h};
  plan_free(&plan);
}

bool evg_timeline_fits(const evg_graph *g, const evg_render_options *options,
                       size_t first, size_t count, const evg_size *sizes,
                       evg_size header) {
  timeline_plan plan;
  plan_init(&plan, g, options, first, count, SLIDE_LANES);
  for (size_t i = 0; i < count; i++) {
    plan.items[i].w = sizes[i].width;
    plan.items[i].h = sizes[i].height;
  }
  plan.title_w = header.width;
  plan.title_h = header.height;
  double avail = 0;
  double needed = place_items(g, &plan, NULL, NULL, false, 1.0, &avail, NULL);
  plan_free(&plan);
  return needed <= avail;
}

/* The overview rows: two rows of slide marks (alternating, so that the
 * labels of neighbours have room), then a row of the events' dates. */
#define OVERVIEW_ROW 40.0
#define OVERVIEW_DOTS 28.0

Agraph_t *evg_build_timeline_overview(
    const evg_graph *g, const evg_render_options *options, const char *title,
    const evg_theme *theme, GVC_t *gvc, const evg_timeline_slide *overview,
    const evg_timeline_slide *slides, size_t slide_count) {
  const char *font = options && options->font ? options->font : EVG_FONT;
  size_t n = evg_graph_event_count(g);
  timeline_plan plan;
  plan_init(&plan, g, options, 0, n, MAX_LANES);
  plan.lane_labels = false;
  plan.number = overview->number;
  plan.use_nodes = n + slide_count > ROUTED_EVENTS;
  plan_header(&plan, g, title, theme, overview->subtitle);
  measure(g, plan.items, 0, theme, font, 1.0, false, NULL, plan.header,
          &plan.title_w, &plan.title_h, gvc);
  double x0 = plot_left(&plan), x1 = plan.width - MARGIN - ROUTE_ROOM;
  plan.stretches =
      plan_stretches(g, plan.items, 0, n, x0, x1 - x0, &plan.stretch_count);

  Agraph_t *root = open_graph(theme, font, 1.0);
  add_canvas_and_title(root, &plan, theme);
  double top = MARGIN + plan.title_h + 8 + plan.period_strip;
  double bottom = top + 2 * OVERVIEW_ROW + OVERVIEW_DOTS;
  add_bar(root, false, "lane0", MARGIN, plan.width - MARGIN, (top + bottom) / 2,
          bottom - top, plan.height, theme->band_a, "filled", "lane");
  add_periods(root, g, &plan, top, bottom, theme);
  char name[64];
  evg_buf text = {0};
  for (size_t k = 0; k < slide_count && plan.stretch_count; k++) {

    int32_t d0 = first_day(evg_graph_ranked_event(g, slides[k].first));
    int32_t d1 = first_day(
        evg_graph_ranked_event(g, slides[k].first + slides[k].count - 1));
    double a = axis_x(&plan, d0), b = axis_x(&plan, d1);
    if (b - a < 6)
      a = (a + b) / 2 - 3, b = a + 6;
    double y = top + OVERVIEW_ROW * (double)(k % 2) + OVERVIEW_ROW / 2;
    snprintf(name, sizeof name, "slide%zu", k);
    add_bar(root, plan.use_nodes, name, a, b, y, OVERVIEW_ROW - 12, plan.height,
            theme->box_fill, "filled", "slide-span");
    /* the number, and the period when there is room: never smaller text */
    text.len = 0;
    evg_buf_printf(&text, "%s", slides[k].number ? slides[k].number : "");
    char *slash = strchr(text.data, '/');
    if (slash) { /* "3 / 7" -> "3" */
      text.len = (size_t)(slash - text.data);
      while (text.len && text.data[text.len - 1] == ' ')
        text.len--;
      text.data[text.len] = '\0';
    }
    size_t number_len = text.len;
    if (slides[k].subtitle &&
        TEXT_CHAR_PT * (double)(number_len + 3 +
                                evg_utf8_count(slides[k].subtitle,
                                               strlen(slides[k].subtitle))) +
                12 <=
            b - a) {
      evg_buf_puts(&text, " · ");
      evg_label_escape(&text, slides[k].subtitle);
    }
    if (TEXT_CHAR_PT * (double)number_len + 6 > b - a)
      continue; /* no room for the number: the mark alone */
    snprintf(name, sizeof name, "#slidelabel%zu", k);
    add_text(root, plan.use_nodes, name, text.data, (a + b) / 2, y, plan.height,
             theme->text, TEXT_PT_ATTR, "slide-label");
  }
  for (size_t r = 0; r < n && plan.stretch_count; r++) {
    double x = axis_x(&plan, first_day(evg_graph_ranked_event(g, r)));
    snprintf(name, sizeof name, "dot%zu", r);
    add_bar(root, plan.use_nodes, name, x - 2, x + 2,
            bottom - OVERVIEW_DOTS / 2, 4, plan.height, theme->muted,
            "filled,rounded", "date-point");
  }
  evg_buf_free(&text);
  add_axis(root, &plan, bottom + 8, theme);
  finish_graph(root, &plan);
  plan_free(&plan);
  return root;
}
