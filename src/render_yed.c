/* render_yed.c: GraphML with the yFiles extension, for yEd.  The document
 * is the plain GraphML (graphml.h, the same keys and data) with a drawing
 * added: each node a y:ShapeNode placed where the pictures put it, each
 * edge a y:PolyLineEdge in its relation's style.  yEd shows only its own
 * y: elements; other readers skip them. */
#include "graphml.h"
#include "render_cgraph.h"

#include <math.h>
#include <string.h>

/* Label text in yEd's default font (Dialog), estimated: a line is 1.3 em
 * high, a character 0.6 em wide (1 em for CJK and other wide scripts),
 * inside 4 points of padding. */
#define LINE_EM 1.3
#define NARROW_EM 0.6
#define PAD 4.0
/* yEd's own label size; the drawing is scaled up (at most SCALE_MAX
 * times) until the labels fit their boxes at this size. */
#define FONT_MAX 12
#define SCALE_MAX 4.0
/* Headlines wrap as in the pictures. */
#define WRAP_GRAPH 26
#define WRAP_TIMELINE 22
/* The grid for graphs too large to lay out: gaps between boxes. */
#define GRID_GAP 30.0

typedef struct {
  const evg_graph *g;
  const evg_theme *theme;
  evg_geometry geo;
  size_t wrap;
  double scale;
  int *event_font; /* by event index */
  int *actor_font; /* by actor index */
  evg_buf text;
} yed;

/* ---- label text and its size ---- */

/* The date as people read it on the first line, the headline under it. */
static void event_text(evg_buf *out, const evg_event *e, size_t wrap) {
  char date[128];
  evg_date_format_human(&e->date, date, sizeof date);
  out->len = 0;
  evg_buf_puts(out, date);
  evg_buf_putc(out, '\n');
  evg_text_wrap(out, e->label, wrap);
}

typedef struct {
  double em; /* the widest line, in em */
  size_t lines;
} extent;

static extent text_extent(const char *text) {
  extent x = {0, 1};
  double line = 0;
  size_t len = strlen(text);
  for (size_t i = 0; i < len;) {
    const unsigned char *p = (const unsigned char *)text + i;
    if (*p == '\n') {
      x.lines++, line = 0, i++;
      continue;
    }
    size_t n = evg_utf8_valid_len(p, len - i);
    unsigned int cp = n ? evg_utf8_decode(p, n) : 0xFFFD;
    line += evg_display_width(cp) == 2 ? 1.0 : NARROW_EM;
    if (line > x.em)
      x.em = line;
    i += n ? n : 1;
  }
  return x;
}

/* The largest font size (points, not rounded) at which the text fits. */
static double fitting_font(extent x, const evg_box *box) {
  double by_height = (box->height - 2 * PAD) / ((double)x.lines * LINE_EM);
  double by_width = x.em > 0 ? (box->width - 2 * PAD) / x.em : by_height;
  double f = by_height < by_width ? by_height : by_width;
  return f > 0 ? f : 0;
}

/* yEd's label sizes are whole points: the largest that fits, 1 to
 * FONT_MAX (the epsilon keeps an exact fit from rounding down). */
static int whole_font(double fitting) {
  double f = floor(fitting + 1e-6);
  return f > FONT_MAX ? FONT_MAX : f < 1 ? 1 : (int)f;
}

static const char *actor_name(const evg_actor *a) {
  return a->name ? a->name : a->id;
}

/* Scales the drawing so that the tightest label fits at FONT_MAX (or
 * SCALE_MAX times, whichever is less), then gives each label the largest
 * whole size up to FONT_MAX that fits its box.  One pass over the labels
 * to measure, one to size: linear. */
static void fit_labels(yed *y) {
  size_t events = evg_graph_event_count(y->g);
  size_t actors = evg_graph_actor_count(y->g);
  double *fit_event = evg_xmalloc((events + 1) * sizeof *fit_event);
  double *fit_actor = evg_xmalloc((actors + 1) * sizeof *fit_actor);
  double tightest = FONT_MAX;
  for (size_t i = 0; i < events; i++) {
    event_text(&y->text, evg_graph_event(y->g, i), y->wrap);
    fit_event[i] = fitting_font(text_extent(y->text.data), &y->geo.events[i]);
    if (fit_event[i] < tightest)
      tightest = fit_event[i];
  }
  for (size_t a = 0; a < actors; a++) {
    fit_actor[a] = fitting_font(
        text_extent(actor_name(evg_graph_actor(y->g, a))), &y->geo.actors[a]);
    if (fit_actor[a] < tightest)
      tightest = fit_actor[a];
  }
  y->scale = 1;
  if (tightest < FONT_MAX)
    y->scale =
        tightest > FONT_MAX / SCALE_MAX ? FONT_MAX / tightest : SCALE_MAX;
  y->event_font = evg_xmalloc((events + 1) * sizeof *y->event_font);
  y->actor_font = evg_xmalloc((actors + 1) * sizeof *y->actor_font);
  for (size_t i = 0; i < events; i++)
    y->event_font[i] = whole_font(fit_event[i] * y->scale);
  for (size_t a = 0; a < actors; a++)
    y->actor_font[a] = whole_font(fit_actor[a] * y->scale);
  free(fit_event);
  free(fit_actor);
}

/* ---- the grid for graphs too large to lay out ---- */

static evg_box box_for(extent x) {
  return (evg_box){0, 0, x.em * FONT_MAX + 2 * PAD,
                   (double)x.lines * LINE_EM * FONT_MAX + 2 * PAD};
}

/* Puts `count` boxes (sizes given, centres set here) in rows of `columns`
 * cells of `cell_w`, each row as tall as its tallest box, from `top`;
 * `order` gives the box of each cell.  Returns the bottom. */
static double fill_rows(evg_box *boxes, const size_t *order, size_t count,
                        size_t columns, double cell_w, double top) {
  for (size_t first = 0; first < count; first += columns) {
    size_t last = first + columns < count ? first + columns : count;
    double row_h = 0;
    for (size_t k = first; k < last; k++)
      if (boxes[order[k]].height > row_h)
        row_h = boxes[order[k]].height;
    for (size_t k = first; k < last; k++) {
      evg_box *b = &boxes[order[k]];
      b->x = (double)(k - first) * (cell_w + GRID_GAP) + cell_w / 2;
      b->y = top + row_h / 2;
    }
    top += row_h + GRID_GAP;
  }
  return count ? top - GRID_GAP : top;
}

/* Events in time order, row by row, in a grid about as wide as a slide is
 * to its height; the actors in rows of the same width under them. */
static void grid_geometry(yed *y) {
  const evg_graph *g = y->g;
  size_t events = evg_graph_event_count(g);
  size_t actors = evg_graph_actor_count(g);
  evg_geometry *geo = &y->geo;
  geo->events = evg_xcalloc(events + 1, sizeof *geo->events);
  geo->placed = evg_xcalloc(events + 1, sizeof *geo->placed);
  geo->actors = evg_xcalloc(actors + 1, sizeof *geo->actors);
  double cell_w = 0, height_sum = 0;
  for (size_t i = 0; i < events; i++) {
    event_text(&y->text, evg_graph_event(g, i), y->wrap);
    geo->events[i] = box_for(text_extent(y->text.data));
    geo->placed[i] = true;
    if (geo->events[i].width > cell_w)
      cell_w = geo->events[i].width;
    height_sum += geo->events[i].height;
  }
  double actor_w = 0;
  for (size_t a = 0; a < actors; a++) {
    geo->actors[a] = box_for(text_extent(actor_name(evg_graph_actor(g, a))));
    if (geo->actors[a].width > actor_w)
      actor_w = geo->actors[a].width;
  }
  size_t *order = evg_xmalloc((events + actors + 1) * sizeof *order);
  for (size_t r = 0; r < events; r++)
    order[r] = evg_graph_event_by_rank(g, r);
  /* columns x (cell_w + gap) : rows x (row_h + gap) as 16 : 9 */
  double row_h = events ? height_sum / (double)events + GRID_GAP : 1;
  size_t columns =
      (size_t)ceil(sqrt((double)events * 16 / 9 * row_h / (cell_w + GRID_GAP)));
  if (columns < 1)
    columns = 1;
  double bottom = fill_rows(geo->events, order, events, columns, cell_w, 0);
  geo->width = events ? (double)columns * (cell_w + GRID_GAP) - GRID_GAP : 0;
  size_t actor_columns =
      actor_w > 0 ? (size_t)((geo->width + GRID_GAP) / (actor_w + GRID_GAP))
                  : 1;
  if (actor_columns < 1)
    actor_columns = 1;
  for (size_t a = 0; a < actors; a++)
    order[a] = a;
  double top = events ? bottom + 2 * GRID_GAP : 0;
  geo->height =
      fill_rows(geo->actors, order, actors, actor_columns, actor_w, top);
  double actors_w = (double)(actors < actor_columns ? actors : actor_columns) *
                        (actor_w + GRID_GAP) -
                    GRID_GAP;
  if (actors && actors_w > geo->width)
    geo->width = actors_w;
  free(order);
  evg_geometry_place_periods(g, geo);
}

/* ---- the yFiles elements ---- */

/* The nearest yEd shape to each Graphviz shape of an actor kind. */
static const char *yed_shape(const char *graphviz) {
  static const char *const shapes[][2] = {
      {"box", "rectangle"},    {"ellipse", "ellipse"},
      {"house", "trapezoid2"}, {"note", "parallelogram"},
      {"hexagon", "hexagon"},  {"component", "rectangle3d"},
      {"octagon", "octagon"},  {"egg", "diamond"},
  };
  for (size_t i = 0; i < sizeof shapes / sizeof shapes[0]; i++)
    if (strcmp(shapes[i][0], graphviz) == 0)
      return shapes[i][1];
  return "ellipse";
}

static const char *yed_line_type(const char *graphviz_style) {
  if (strcmp(graphviz_style, "dashed") == 0)
    return "dashed";
  if (strcmp(graphviz_style, "dotted") == 0)
    return "dotted";
  return "line";
}

static const char *yed_arrow(const char *graphviz_arrowhead) {
  static const char *const arrows[][2] = {
      {"normal", "standard"},
      {"vee", "plain"},
      {"odiamond", "white_diamond"},
      {"none", "none"},
  };
  for (size_t i = 0; i < sizeof arrows / sizeof arrows[0]; i++)
    if (strcmp(arrows[i][0], graphviz_arrowhead) == 0)
      return arrows[i][1];
  return "standard";
}

static void empty_element(evg_xml *xml, const char *name,
                          const char *const *attributes) {
  evg_xml_start(xml, name);
  for (size_t i = 0; attributes[i]; i += 2)
    evg_xml_attr(xml, attributes[i], attributes[i + 1]);
  evg_xml_end(xml);
}

/* Ends a graphics <data> written without indentation: an empty text marks
 * its content as text, so that libxml2 indents neither inside it nor its
 * end tag, and writes the line end after it. */
static void end_graphics(evg_xml *xml) {
  evg_xml_text(xml, "");
  evg_xml_indent(xml, true);
  evg_xml_end(xml);
}

static void shape_node(evg_xml *xml, const yed *y, const evg_box *box,
                       const char *fill, const char *border,
                       const char *border_type, const char *text,
                       const char *text_color, int font, const char *shape) {
  evg_xml_start(xml, "data");
  evg_xml_attr(xml, "key", "node_graphics");
  /* no indentation inside: igraph reads the whitespace between the y:
   * elements as the value of this key */
  evg_xml_indent(xml, false);
  evg_xml_start(xml, "y:ShapeNode");
  evg_xml_start(xml, "y:Geometry");
  /* yEd places a node by its top left corner */
  evg_xml_attr_points(xml, "x", (box->x - box->width / 2) * y->scale);
  evg_xml_attr_points(xml, "y", (box->y - box->height / 2) * y->scale);
  evg_xml_attr_points(xml, "width", box->width * y->scale);
  evg_xml_attr_points(xml, "height", box->height * y->scale);
  evg_xml_end(xml);
  empty_element(
      xml, "y:Fill",
      (const char *const[]){"color", fill, "transparent", "false", NULL});
  empty_element(xml, "y:BorderStyle",
                (const char *const[]){"color", border, "type", border_type,
                                      "width", "1.0", NULL});
  char size[16];
  snprintf(size, sizeof size, "%d", font);
  evg_xml_start(xml, "y:NodeLabel");
  static const char *const label_attributes[] = {
      "alignment", "left",         "autoSizePolicy",
      "content",   "fontFamily",   "Dialog",
      "fontStyle", "plain",        "hasBackgroundColor",
      "false",     "hasLineColor", "false",
      "modelName", "internal",     "modelPosition",
      "c",         "visible",      "true",
      "xml:space", "preserve",     NULL};
  for (size_t i = 0; label_attributes[i]; i += 2)
    evg_xml_attr(xml, label_attributes[i], label_attributes[i + 1]);
  evg_xml_attr(xml, "fontSize", size);
  evg_xml_attr(xml, "textColor", text_color);
  evg_xml_text(xml, text);
  evg_xml_end(xml);
  empty_element(xml, "y:Shape", (const char *const[]){"type", shape, NULL});
  evg_xml_end(xml); /* y:ShapeNode */
  end_graphics(xml);
}

static void write_node(evg_xml *xml, bool is_actor, size_t index, void *user) {
  yed *y = user;
  if (is_actor) {
    const evg_actor *a = evg_graph_actor(y->g, index);
    /* actor fills are light in every theme: the kind's dark text */
    shape_node(xml, y, &y->geo.actors[index], evg_actor_color(a->kind),
               y->theme->box_border, "line", actor_name(a),
               evg_actor_text_color(a->kind, evg_theme_named("light")),
               y->actor_font[index], yed_shape(evg_actor_shape(a->kind)));
    return;
  }
  const evg_event *e = evg_graph_event(y->g, index);
  event_text(&y->text, e, y->wrap);
  shape_node(
      xml, y, &y->geo.events[index], y->theme->box_fill, y->theme->box_border,
      e->date.approximate || e->date.uncertain ? "dashed" : "line",
      y->text.data, y->theme->text, y->event_font[index], "roundrectangle");
}

/* A period: a flat box under the drawing, over the events of its time, in
 * its colour or the theme's. */
static void write_period(evg_xml *xml, size_t index, void *user) {
  yed *y = user;
  const evg_period *p = evg_graph_period(y->g, index);
  const char *color = p->color ? p->color : y->theme->period[index % 2];
  const evg_box *box = &y->geo.periods[index];
  double font = fitting_font(text_extent(p->label), box) * y->scale;
  shape_node(xml, y, box, y->theme->band_a, color, "line", p->label, color,
             whole_font(font), "rectangle");
}

static void write_edge(evg_xml *xml, size_t index, void *user) {
  yed *y = user;
  evg_relation relation = evg_graph_edge(y->g, index)->relation;
  const evg_edge_style *style = evg_edge_style_of(relation);
  evg_xml_start(xml, "data");
  evg_xml_attr(xml, "key", "edge_graphics");
  evg_xml_indent(xml, false);
  evg_xml_start(xml, "y:PolyLineEdge");
  /* straight, from centre to centre: yEd's own edge routing redraws it */
  empty_element(xml, "y:Path",
                (const char *const[]){"sx", "0.0", "sy", "0.0", "tx", "0.0",
                                      "ty", "0.0", NULL});
  empty_element(xml, "y:LineStyle",
                (const char *const[]){"color", y->theme->relation[relation],
                                      "type", yed_line_type(style->style),
                                      "width", style->penwidth, NULL});
  empty_element(xml, "y:Arrows",
                (const char *const[]){"source", "none", "target",
                                      yed_arrow(style->arrowhead), NULL});
  empty_element(xml, "y:BendStyle",
                (const char *const[]){"smoothed", "false", NULL});
  evg_xml_end(xml); /* y:PolyLineEdge */
  end_graphics(xml);
}

/* As yEd declares them: no attr.name, so that yEd takes them for its
 * graphics and not for properties; but an attr.type, without which igraph
 * warns for every file that it ignores the key. */
static void write_keys(evg_xml *xml, void *user) {
  (void)user;
  empty_element(xml, "key",
                (const char *const[]){"id", "node_graphics", "for", "node",
                                      "yfiles.type", "nodegraphics",
                                      "attr.type", "string", NULL});
  empty_element(xml, "key",
                (const char *const[]){"id", "edge_graphics", "for", "edge",
                                      "yfiles.type", "edgegraphics",
                                      "attr.type", "string", NULL});
}

bool evg_render_yed(const evg_graph *g, const evg_render_options *options,
                    FILE *out, evg_diags *diags) {
  yed y = {.g = g, .theme = evg_theme_named(options ? options->theme : NULL)};
  if (!y.theme) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "unknown theme '%s' (expected light, dark or print)",
                  options->theme);
    return false;
  }
  bool timeline =
      options && options->layout && strcmp(options->layout, "timeline") == 0;
  size_t events = evg_graph_event_count(g);
  if (events > EVG_DRAWING_EVENTS_MAX) {
    evg_diags_add(diags, EVG_SEV_WARNING, NULL, 0, 0, 0, NULL,
                  "yEd: %zu events: more than %d to lay out; placed in a grid "
                  "in time order (yEd's Layout menu can lay them out)",
                  events, EVG_DRAWING_EVENTS_MAX);
    y.wrap = WRAP_GRAPH;
    grid_geometry(&y);
  } else {
    y.wrap = timeline ? WRAP_TIMELINE : WRAP_GRAPH;
    if (!evg_layout_geometry(g, options, &y.geo, diags)) {
      evg_buf_free(&y.text);
      return false;
    }
  }
  fit_labels(&y);
  static const char *const namespaces[] = {
      "y", "http://www.yworks.com/xml/graphml", "yed",
      "http://www.yworks.com/xml/yed/3", NULL};
  evg_graphml_flavour flavour = {
      .schema_location =
          "http://graphml.graphdrawing.org/xmlns "
          "http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd",
      .namespaces = namespaces,
      .keys = write_keys,
      .node = write_node,
      .period = write_period,
      .edge = write_edge,
      .user = &y};
  bool ok = evg_write_graphml(g, options, &flavour, "yEd", out, diags);
  evg_geometry_free(&y.geo);
  free(y.event_font);
  free(y.actor_font);
  evg_buf_free(&y.text);
  return ok;
}
