/* picture.h: the picture builders and the file that draws their pictures.
 *
 * The data flows one way: the model -> a picture (a cgraph graph whose
 * attributes say what to draw: picture_graph.c, picture_timeline.c) -> gvc
 * layout and rendering (render_image.c, in a child process) -> the file.
 * A builder makes no layout itself; it may ask render_image.c to measure
 * its labels (evg_picture_measure). */
#ifndef EVG_PICTURE_H
#define EVG_PICTURE_H

#include "render_cgraph.h"

/* Builds the picture of `g`; the caller lays it out with the kind's engine
 * and frees it with agclose.  `gvc` is for evg_picture_measure; warnings
 * about the picture (a slide too full to keep its text legible) go to
 * `diags`. */
typedef Agraph_t *evg_picture_builder(const evg_graph *g,
                                      const evg_render_options *options,
                                      const char *title, const evg_theme *theme,
                                      GVC_t *gvc, evg_diags *diags);

/* One kind of picture: the name options->layout gives it, the Graphviz
 * engine that lays its picture out, the most events it draws (and what to
 * do instead, the start of a sentence), and its builder. */
typedef struct {
  const char *layout;
  const char *engine;
  size_t events_max;
  const char *too_many_hint;
  evg_picture_builder *build;
} evg_picture_kind;

/* The slide of columns of event boxes, placed by the builder with the
 * text at the legibility floor, edges routed by nop2 (picture_graph.c). */
Agraph_t *evg_build_graph_picture(const evg_graph *g,
                                  const evg_render_options *options,
                                  const char *title, const evg_theme *theme,
                                  GVC_t *gvc, evg_diags *diags);
/* Events on a true time axis: positions computed by the builder, edges
 * routed by the nop2 engine (picture_timeline.c). */
Agraph_t *evg_build_timeline(const evg_graph *g,
                             const evg_render_options *options,
                             const char *title, const evg_theme *theme,
                             GVC_t *gvc, evg_diags *diags);

/* The width and height of a node, in points. */
typedef struct {
  double width, height;
} evg_size;

/* Lays `labels` out with nop2 (every node pinned, e.g. at "0,0!") to learn
 * the size Graphviz gives nodes[0..count), written to sizes[]; leaves
 * sizes[] as it was when the layout fails.  The graph stays the caller's.
 * (render_image.c) */
void evg_picture_measure(GVC_t *gvc, Agraph_t *labels, Agnode_t *const *nodes,
                         size_t count, evg_size *sizes);

/* ---- the legibility floor and decks (issue 9) ---- */

/* The least size a browser draws text at, in CSS pixels at the requested
 * size (--size): event headlines, and every other text. */
#define EVG_FLOOR_HEADLINE_PX 24.0
#define EVG_FLOOR_TEXT_PX 18.0

/* A warning for the user from a builder (a drawing below the floor): the
 * picture keeps it and render_image.c reports it, once per run. */
void evg_picture_warn(Agraph_t *picture, const char *message);

/* A slide of a deck: the events of ranks [first, first + count) (a run of
 * the time order), its subtitle and number ("2 / 5"), per event the HTML
 * rows (<TR>...</TR>, text at POINT-SIZE="11", which the timeline scales)
 * that name the related events on other slides, or NULL, and the edges
 * drawn among its events. */
typedef struct {
  size_t first, count;
  const char *subtitle;
  const char *number;
  char *const *stubs;
  const size_t *edges;
  size_t edge_count;
} evg_timeline_slide;

/* The timeline picture of one slide (picture_timeline.c). */
Agraph_t *evg_build_timeline_slide(const evg_graph *g,
                                   const evg_render_options *options,
                                   const char *title, const evg_theme *theme,
                                   GVC_t *gvc, const evg_timeline_slide *slide);
/* The overview: the whole time axis, the periods, and where each of
 * slides[0..slide_count) lies on it; `overview` gives the subtitle and
 * number. */
Agraph_t *evg_build_timeline_overview(
    const evg_graph *g, const evg_render_options *options, const char *title,
    const evg_theme *theme, GVC_t *gvc, const evg_timeline_slide *overview,
    const evg_timeline_slide *slides, size_t slide_count);
/* The sizes the boxes of `slide` (stubs included) and its header get at
 * the floor, into sizes[0..slide->count) and *header. */
void evg_timeline_measure(const evg_graph *g, const evg_render_options *options,
                          const char *title, const evg_theme *theme, GVC_t *gvc,
                          const evg_timeline_slide *slide, evg_size *sizes,
                          evg_size *header);
/* Whether the events of ranks [first, first + count), with these box
 * sizes and header, fit one slide at the floor.  O(count log count). */
bool evg_timeline_fits(const evg_graph *g, const evg_render_options *options,
                       size_t first, size_t count, const evg_size *sizes,
                       evg_size header);

/* A deck (picture_deck.c): the events split into slides that meet the
 * floor, after an overview.  Slide 0 is the overview. */
typedef struct evg_deck evg_deck;
evg_deck *evg_deck_plan(const evg_graph *g, const evg_render_options *options,
                        const char *title, const evg_theme *theme, GVC_t *gvc);
size_t evg_deck_slide_count(const evg_deck *deck);
/* Builds slide k (0: the overview) for a nop2 layout; agclose frees it. */
Agraph_t *evg_deck_build(const evg_deck *deck, size_t k, GVC_t *gvc);
void evg_deck_free(evg_deck *deck);

#endif
