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

#endif
