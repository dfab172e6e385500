/* render_cgraph.h: what the DOT and image renderers share: attribute
 * setting, Graphviz error capture, text escaping and the visual style. */
#ifndef EVG_RENDER_CGRAPH_H
#define EVG_RENDER_CGRAPH_H

#include "internal.h"

#include <graphviz/cgraph.h>

/* cgraph takes char * everywhere; this is the one place that casts. */
void evg_ag_set(void *object, const char *name, const char *value);
/* Declares an attribute with its default at the root (agattr). */
void evg_ag_declare(Agraph_t *graph, int kind, const char *name,
                    const char *value);

/* Routes Graphviz's messages into `diags` between begin and end; returns
 * the number of Graphviz errors seen meanwhile. */
void evg_ag_errors_begin(evg_diags *diags);
int evg_ag_errors_end(void);

/* Appends text for a plain (non-HTML) label: sanitized UTF-8 with every
 * backslash doubled, since Graphviz reads \n, \l, \N ... in labels. */
void evg_label_escape(evg_buf *out, const char *text);
/* Appends sanitized text escaped for an HTML-like label (XML escaping). */
void evg_html_escape(evg_buf *out, const char *text, size_t len);
/* Appends text escaped for HTML, broken into lines of about `width`
 * characters at spaces, joined by `<BR ALIGN="LEFT"/>`-style `br`. */
void evg_html_wrap(evg_buf *out, const char *text, size_t width,
                   const char *br);

/* The visual style. */
typedef struct {
  const char *color;
  const char *style;
  const char *penwidth;
  const char *arrowhead;
  const char *glyph; /* a line sample for the legend */
} evg_edge_style;

const evg_edge_style *evg_edge_style_of(evg_relation relation);
/* Fill colour and shape of an actor kind. */
const char *evg_actor_color(const char *kind);
const char *evg_actor_shape(const char *kind);
/* A dark text colour that reads on white for an actor kind. */
const char *evg_actor_text_color(const char *kind);

#define EVG_FONT "DejaVu Sans,WenQuanYi Micro Hei,sans-serif"

#endif
