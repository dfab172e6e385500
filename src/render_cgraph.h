/* render_cgraph.h: what the DOT and image renderers share: attribute
 * setting, Graphviz error capture, text escaping and the visual style. */
#ifndef EVG_RENDER_CGRAPH_H
#define EVG_RENDER_CGRAPH_H

#include "internal.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

/* cgraph takes char * everywhere; this is the one place that casts. */
void evg_ag_set(void *object, const char *name, const char *value);
/* A new directed graph whose objects are numbered in creation order, so
 * that clusters come out in the same order on every run. */
Agraph_t *evg_ag_open(const char *name);
/* Declares an attribute with its default at the root (agattr). */
void evg_ag_declare(Agraph_t *graph, int kind, const char *name,
                    const char *value);

/* Routes Graphviz's messages into `diags` between begin and end; returns
 * the number of Graphviz errors seen meanwhile. */
void evg_ag_errors_begin(evg_diags *diags);
int evg_ag_errors_end(void);

/* Appends text for a plain (non-HTML) label: sanitized UTF-8 with every
 * backslash doubled, since Graphviz reads \n, \l, \N ... in labels, '&' as
 * "&amp;", since it decodes character references in them, and line ends
 * and tabs as spaces. */
void evg_label_escape(evg_buf *out, const char *text);
/* Appends text for a tooltip, which Graphviz 2.43 treats differently from
 * labels: backslashes quadrupled, '&' as "&amp;" (see the definition). */
void evg_tooltip_escape(evg_buf *out, const char *text);
/* Appends sanitized text escaped for an HTML-like label: XML escaping,
 * ']' as a character reference, backslashes doubled, line ends and tabs
 * as spaces. */
void evg_html_escape(evg_buf *out, const char *text, size_t len);
/* Appends text escaped for HTML, broken into lines of about `width`
 * characters at spaces, joined by `<BR ALIGN="LEFT"/>`-style `br`. */
void evg_html_wrap(evg_buf *out, const char *text, size_t width,
                   const char *br);
/* The same lines as plain text (sanitized, not escaped), joined by '\n',
 * for writers whose library escapes (the yEd labels). */
void evg_text_wrap(evg_buf *out, const char *text, size_t width);

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
/* A theme: the colours of a picture. */
typedef struct {
  const char *name;
  bool dark;
  const char *background, *text, *muted; /* muted: dates, ticks */
  const char *box_fill, *box_border;     /* event boxes */
  const char *band_a, *band_b;           /* lanes and year boxes */
  const char *box_line;                  /* year-box and lane borders */
  const char *axis;
  const char *relation[EVG_REL_COUNT]; /* edge and legend colours */
  const char *period[2];               /* periods without a colour, in turn */
  /* --highlight: the chosen events' boxes stand out (a tinted fill and a
   * strong border), the others fade (their fill, border, one colour for
   * all their text, and the relations that touch them) */
  const char *emphasis_fill, *emphasis_border;
  const char *faded_fill, *faded_border, *faded_text, *faded_edge;
  /* every actor name in this colour rather than by kind; NULL: by kind
   * (set by evg_theme_faded) */
  const char *actor_text;
} evg_theme;

/* "light", "dark" or "print"; NULL gives light; unknown names give NULL. */
const evg_theme *evg_theme_named(const char *name);

/* The look of an event box under --highlight, as a theme whose box and text
 * colours are the emphasised or the faded ones: an event label built with
 * it, and its box filled and bordered with its box_fill and box_border,
 * show the event emphasised or faded.  Only colours change, never a size:
 * the boxes stay where they were. */
evg_theme evg_theme_emphasised(const evg_theme *theme);
evg_theme evg_theme_faded(const evg_theme *theme);

/* Which events options->highlight names, by event index (malloc'd, freed
 * by the caller), or NULL when it names none: then nothing is emphasised
 * or faded.  Ids that are not events are left out (evg_check_highlight
 * reports them). */
bool *evg_highlighted_events(const evg_graph *g,
                             const evg_render_options *options);

/* The text colour of an actor kind on the theme's event boxes. */
const char *evg_actor_text_color(const char *kind, const evg_theme *theme);

/* A year as people read it: "2025", "44 BCE" (astronomical 0 is 1 BCE). */
void evg_year_label(int32_t year, char *buf, size_t size);

/* Sets an HTML-like label (agstrdup_html). */
void evg_set_html(Agraph_t *root, void *object, const char *name,
                  const char *html);
/* An event's HTML label: its date as people read it, the headline wrapped
 * at `wrap` characters, and its actors coloured by kind.  The date and the
 * actors are 11 points; the headline takes the node's fontsize. */
void evg_event_label(evg_buf *out, const evg_graph *g, const evg_event *e,
                     const evg_theme *theme, size_t wrap);
/* The same with the date and the actors at `small_pt` points. */
void evg_event_label_sized(evg_buf *out, const evg_graph *g, const evg_event *e,
                           const evg_theme *theme, size_t wrap,
                           double small_pt);
/* The title (wrapped at `title_wrap` characters, 0: not wrapped) and a
 * legend of the relations and actor kinds that occur, at 13 points. */
void evg_graph_label(evg_buf *out, const evg_graph *g, const char *title,
                     const evg_theme *theme, size_t title_wrap);
/* The same with the legend at `legend_pt` points. */
void evg_graph_label_sized(evg_buf *out, const evg_graph *g, const char *title,
                           const evg_theme *theme, size_t title_wrap,
                           double legend_pt);

#define EVG_FONT "DejaVu Sans,WenQuanYi Micro Hei,sans-serif"

/* Fonts (font_coverage.c).  Adds one warning to `diags` when some
 * character of the text the pictures draw (title, legend, dates,
 * headlines, actor names, tag lanes) is in no installed font, as fontconfig
 * reports: the first few as U+XXXX, where the first one is, and the Debian
 * packages that cover them; and one when a family of options->font is not
 * installed.  The same warning already in `diags` (several pictures of one
 * graph) is not added again. */
void evg_check_fonts(const evg_graph *g, const evg_render_options *options,
                     const char *title, evg_diags *diags);
/* The Debian font package that covers code point cp, by Unicode block, or
 * NULL when there is none (private use) or none that evgraph knows. */
const char *evg_font_package(unsigned int cp);
/* Frees what evg_check_fonts keeps for the process. */
void evg_font_coverage_cleanup(void);

#endif
