/* render_cgraph.c: helpers shared by the cgraph-based renderers. */
#include "render_cgraph.h"

#include <stdlib.h>
#include <string.h>

void evg_ag_set(void *object, const char *name, const char *value) {
  agsafeset(object, (char *)name, (char *)value, (char *)"");
}

void evg_ag_declare(Agraph_t *graph, int kind, const char *name,
                    const char *value) {
  agattr(graph, kind, (char *)name, (char *)value);
}

/* agseterrf has no user pointer, so the current list is process-wide; the
 * renderers are not meant to run concurrently in one process. */
static evg_diags *capture_diags;
static int capture_errors;

/* Graphviz sends one message in pieces ("Warning", ": ", "text\n"): they
 * are gathered up to the newline, then classified by their prefix. */
static evg_buf pending;

static int capture(char *message) {
  if (!capture_diags)
    return 0;
  evg_buf_puts(&pending, message);
  if (!pending.len || pending.data[pending.len - 1] != '\n')
    return 0;
  size_t len = pending.len;
  while (len && (pending.data[len - 1] == '\n' || pending.data[len - 1] == ' '))
    len--;
  bool warning = strncmp(pending.data, "Warning", 7) == 0;
  if (!warning)
    capture_errors++;
  evg_diags_add(capture_diags, warning ? EVG_SEV_WARNING : EVG_SEV_ERROR, NULL,
                0, 0, 0, NULL, "graphviz: %.*s", (int)len, pending.data);
  pending.len = 0;
  pending.data[0] = '\0';
  return 0;
}

void evg_ag_errors_begin(evg_diags *diags) {
  capture_diags = diags;
  capture_errors = 0;
  agseterrf(capture);
  agreseterrors();
}

int evg_ag_errors_end(void) {
  if (pending.len)
    capture("\n"); /* a last message without its newline */
  evg_buf_free(&pending);
  int errors = capture_errors;
  capture_diags = NULL;
  agseterrf(NULL);
  return errors;
}

void evg_label_escape(evg_buf *out, const char *text) {
  evg_buf clean = {0};
  evg_utf8_sanitize(&clean, text, strlen(text));
  for (size_t i = 0; i < clean.len; i++) {
    char c = clean.data[i];
    if (c == '\\')
      evg_buf_puts(out, "\\\\");
    else if (c == '&')
      evg_buf_puts(out, "&amp;"); /* Graphviz decodes entities in labels */
    else if (c == '\n' || c == '\r' || c == '\t')
      evg_buf_putc(out, ' ');
    else
      evg_buf_putc(out, c);
  }
  evg_buf_free(&clean);
}

void evg_tooltip_escape(evg_buf *out, const char *text) {
  evg_buf clean = {0};
  evg_utf8_sanitize(&clean, text, strlen(text));
  for (size_t i = 0; i < clean.len; i++) {
    char c = clean.data[i];
    if (c == '\\')
      /* Graphviz 2.43 reads a tooltip's backslashes twice (once when it
       * is taken, once as map data): four give one */
      evg_buf_puts(out, "\\\\\\\\");
    else if (c == '&')
      /* it decodes &#1; (raw in the SVG: ill-formed) and &#8238; (a real
       * bidi override) but keeps &amp;, which the SVG reader decodes */
      evg_buf_puts(out, "&amp;");
    else if (c == '\n' || c == '\r' || c == '\t')
      evg_buf_putc(out, ' ');
    else
      evg_buf_putc(out, c);
  }
  evg_buf_free(&clean);
}

void evg_html_escape(evg_buf *out, const char *text, size_t len) {
  evg_buf clean = {0};
  evg_utf8_sanitize(&clean, text, len);
  for (size_t i = 0; i < clean.len; i++) {
    switch (clean.data[i]) {
    case '&':
      evg_buf_puts(out, "&amp;");
      break;
    case '<':
      evg_buf_puts(out, "&lt;");
      break;
    case '>':
      evg_buf_puts(out, "&gt;");
      break;
    case '"':
      evg_buf_puts(out, "&quot;");
      break;
    case '\'':
      evg_buf_puts(out, "&#39;");
      break;
    case ']':
      /* Graphviz 2.43's HTML lexer rejects some text of brackets before a
       * tag ("]" or "]]" alone: "syntax error"); as a reference it is text */
      evg_buf_puts(out, "&#93;");
      break;
    case '\\':
      /* Graphviz expands \N, \G, \L ... in HTML text too; doubled, a
       * backslash is drawn as itself */
      evg_buf_puts(out, "\\\\");
      break;
    case '\n':
    case '\r':
    case '\t':
      evg_buf_putc(out, ' ');
      break;
    default:
      evg_buf_putc(out, clean.data[i]);
    }
  }
  evg_buf_free(&clean);
}

/* Appends sanitized text as it is, with line ends and tabs as spaces. */
static void plain_piece(evg_buf *out, const char *text, size_t len) {
  size_t from = out->len;
  evg_utf8_sanitize(out, text, len);
  for (size_t i = from; i < out->len; i++)
    if (out->data[i] == '\n' || out->data[i] == '\r' || out->data[i] == '\t')
      out->data[i] = ' ';
}

/* Breaks text into lines of about `width` characters; each piece of text
 * goes through `piece` (escaping), each line break is `br`. */
static void wrap_lines(evg_buf *out, const char *text, size_t width,
                       const char *br,
                       void (*piece)(evg_buf *, const char *, size_t)) {
  size_t len = strlen(text), i = 0, line = 0;
  if (width == 0)
    width = 1;
  while (i < len) {
    while (i < len && text[i] == ' ')
      i++;
    if (i >= len)
      break;
    /* the next word and its length in characters */
    size_t w = i, chars = 0;
    while (w < len && text[w] != ' ') {
      size_t n = evg_utf8_valid_len((const unsigned char *)text + w, len - w);
      w += n ? n : 1;
      chars++;
    }
    if (line > 0 && line + 1 + chars > width) {
      evg_buf_puts(out, br);
      line = 0;
    } else if (line > 0) {
      evg_buf_putc(out, ' ');
      line++;
    }
    /* a word longer than a line is cut, after its last hyphen that fits
     * ("artificial-" / "intelligence"), else where the line ends: names
     * without spaces (CJK) too */
    size_t p = i;
    while (chars > width) {
      size_t q = p, taken = 0, hyphen = 0, hyphen_taken = 0;
      for (size_t k = 0; k < width - line && q < w; k++) {
        size_t n = evg_utf8_valid_len((const unsigned char *)text + q, w - q);
        q += n ? n : 1;
        taken++;
        if (text[q - 1] == '-' && q < w)
          hyphen = q, hyphen_taken = taken;
      }
      if (hyphen && hyphen_taken > 1)
        q = hyphen, taken = hyphen_taken;
      piece(out, text + p, q - p);
      evg_buf_puts(out, br);
      chars -= taken;
      line = 0;
      p = q;
    }
    piece(out, text + p, w - p);
    line += chars;
    i = w;
  }
}

void evg_html_wrap(evg_buf *out, const char *text, size_t width,
                   const char *br) {
  wrap_lines(out, text, width, br, evg_html_escape);
}

void evg_text_wrap(evg_buf *out, const char *text, size_t width) {
  wrap_lines(out, text, width, "\n", plain_piece);
}

static const evg_edge_style edge_styles[EVG_REL_COUNT] = {
    [EVG_REL_CAUSES] = {"#C0392B", "solid", "2.4", "normal", "━━━▶"},
    [EVG_REL_RESPONDS_TO] = {"#1F5FAD", "dashed", "1.8", "normal", "╺╺╺▶"},
    [EVG_REL_PRECEDES] = {"#5F6B73", "dotted", "1.8", "vee", "┈┈┈▶"},
    [EVG_REL_PART_OF] = {"#2E7D32", "solid", "1.6", "odiamond", "───◇"},
    [EVG_REL_INVOLVES] = {"#B0B7BD", "solid", "0.8", "none", "───"},
    [EVG_REL_NEXT] = {"#9AA3AA", "dotted", "1.0", "normal", "···▸"},
};

const evg_edge_style *evg_edge_style_of(evg_relation relation) {
  return &edge_styles[relation < EVG_REL_COUNT ? relation : EVG_REL_NEXT];
}

typedef struct {
  const char *kind;
  const char *fill;
  const char *text;       /* on a light box */
  const char *light_text; /* on a dark box */
  const char *shape;
} actor_style;

/* Fills light enough for black text (contrast well above 4.5:1); text
 * colours dark enough to read on white. */
static const actor_style actor_styles[] = {
    {"person", "#FDE2C8", "#9A4A00", "#FFB870", "ellipse"},
    {"company", "#D6E6FA", "#1B4F8A", "#8CC0FF", "box"},
    {"government", "#F6D5D5", "#A02323", "#FF9C9C", "house"},
    {"media", "#E6DAF5", "#5B2C91", "#CDA8FF", "note"},
    {"organization", "#D5F0E3", "#17684A", "#7FD9B0", "hexagon"},
    {"institution", "#D5F0E3", "#17684A", "#7FD9B0", "component"},
    {"country", "#F3EBC4", "#6F5A00", "#E6CF6A", "octagon"},
    {"group", "#E4E7EA", "#404A52", "#C3CCD4", "egg"},
    {"other", "#EEEEEE", "#4A4A4A", "#C8C8C8", "ellipse"},
};

static const actor_style *actor_style_of(const char *kind) {
  size_t count = sizeof actor_styles / sizeof actor_styles[0];
  for (size_t i = 0; i < count; i++)
    if (kind && strcmp(actor_styles[i].kind, kind) == 0)
      return &actor_styles[i];
  return &actor_styles[count - 1];
}

const char *evg_actor_color(const char *kind) {
  return actor_style_of(kind)->fill;
}

const char *evg_actor_shape(const char *kind) {
  return actor_style_of(kind)->shape;
}

const char *evg_actor_text_color(const char *kind, const evg_theme *theme) {
  if (theme->actor_text)
    return theme->actor_text;
  return theme->dark ? actor_style_of(kind)->light_text
                     : actor_style_of(kind)->text;
}

/* Themes.  Every text colour keeps a contrast of at least 4.5:1 (WCAG AA)
 * against the background it is drawn on; tests/test_render.c checks it.
 * So do the --highlight looks: every text of an emphasised box on its
 * tint, and the faded text (one grey for headline, date and actors) on the
 * faded fill and the ground, at 4.5-5:1, a third of the emphasised
 * headline's contrast (13.8, 11.8, 17.9:1): clearly behind, still read. */
static const evg_theme themes[] = {
    {"light",
     false,
     "#FFFFFF",
     "#1B2733",
     "#4A5560",
     "#FFFFFF",
     "#8A96A3",
     "#F3F5F7",
     "#E6EAEE",
     "#D5DBE0",
     "#4A5560",
     {"#C0392B", "#1F5FAD", "#5F6B73", "#2E7D32", "#B0B7BD", "#9AA3AA"},
     {"#7A4A8A", "#24666C"},
     "#FFF4D1",
     "#C47A00",
     "#FFFFFF",
     "#E1E6EA",
     "#6B757F",
     "#D5DBE0",
     NULL},
    {"dark",
     true,
     "#11161C",
     "#EEF2F6",
     "#AAB6C2",
     "#1C242D",
     "#5D6B79",
     "#18202A",
     "#1F2833",
     "#2E3A47",
     "#AAB6C2",
     {"#FF8A7A", "#7DB3FF", "#B5C0CA", "#7FD39A", "#5D6B79", "#6C7A88"},
     {"#C9A0DC", "#6FC7C0"},
     "#33301F",
     "#F0B429",
     "#161C23",
     "#27313C",
     "#7F8A96",
     "#323E4B",
     NULL},
    {"print",
     false,
     "#FFFFFF",
     "#000000",
     "#333333",
     "#FFFFFF",
     "#555555",
     "#F2F2F2",
     "#E5E5E5",
     "#BBBBBB",
     "#333333",
     {"#A31515", "#0B3D91", "#444444", "#1B5E20", "#888888", "#777777"},
     {"#444444", "#6B6B6B"},
     "#EDEDED",
     "#000000",
     "#FFFFFF",
     "#CCCCCC",
     "#717171",
     "#C8C8C8",
     NULL},
};

const evg_theme *evg_theme_named(const char *name) {
  for (size_t i = 0; i < sizeof themes / sizeof themes[0]; i++)
    if (!name || strcmp(themes[i].name, name) == 0)
      return &themes[i];
  return NULL;
}

evg_theme evg_theme_emphasised(const evg_theme *theme) {
  evg_theme look = *theme;
  look.box_fill = theme->emphasis_fill;
  look.box_border = theme->emphasis_border;
  return look;
}

evg_theme evg_theme_faded(const evg_theme *theme) {
  evg_theme look = *theme;
  look.box_fill = theme->faded_fill;
  look.box_border = theme->faded_border;
  look.text = look.muted = look.actor_text = theme->faded_text;
  return look;
}

bool *evg_highlighted_events(const evg_graph *g,
                             const evg_render_options *options) {
  if (!options || options->highlight_count == 0)
    return NULL;
  size_t n = evg_graph_event_count(g);
  evg_map ids = {0};
  for (size_t i = 0; i < n; i++)
    evg_map_put(&ids, evg_graph_event(g, i)->id, i);
  bool *chosen = evg_xcalloc(n + 1, sizeof *chosen);
  for (size_t k = 0; k < options->highlight_count; k++) {
    size_t index;
    if (options->highlight[k] &&
        evg_map_get(&ids, options->highlight[k], &index))
      chosen[index] = true;
  }
  evg_map_free(&ids);
  return chosen;
}

void evg_event_label(evg_buf *out, const evg_graph *g, const evg_event *e,
                     const evg_theme *theme, size_t wrap) {
  evg_event_label_sized(out, g, e, theme, wrap, 11);
}

void evg_event_label_sized(evg_buf *out, const evg_graph *g, const evg_event *e,
                           const evg_theme *theme, size_t wrap,
                           double small_pt) {
  char date[128];
  evg_date_format_human(&e->date, date, sizeof date);
  evg_buf_puts(out, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" "
                    "CELLPADDING=\"1\">");
  evg_buf_printf(out,
                 "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"%g\" "
                 "COLOR=\"%s\">",
                 small_pt, theme->muted);
  evg_html_escape(out, date, strlen(date));
  evg_buf_puts(out, "</FONT></TD></TR><TR><TD ALIGN=\"LEFT\" "
                    "BALIGN=\"LEFT\"><B>");
  evg_html_wrap(out, e->label, wrap, "<BR/>");
  evg_buf_puts(out, "</B></TD></TR>");
  if (e->actor_count) {
    evg_buf_printf(out,
                   "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">"
                   "<FONT POINT-SIZE=\"%g\">",
                   small_pt);
    size_t line = 0;
    for (size_t a = 0; a < e->actor_count; a++) {
      const evg_actor *actor = evg_graph_actor(g, e->actors[a]);
      size_t length = evg_utf8_count(actor->name, strlen(actor->name));
      if (a && line + length + 2 > wrap + 6) {
        evg_buf_puts(out, "<BR/>");
        line = 0;
      } else if (a) {
        evg_buf_puts(out, " · ");
        line += 3;
      }
      evg_buf_printf(out, "<FONT COLOR=\"%s\">",
                     evg_actor_text_color(actor->kind, theme));
      evg_html_escape(out, actor->name, strlen(actor->name));
      evg_buf_puts(out, "</FONT>");
      line += length;
    }
    evg_buf_puts(out, "</FONT></TD></TR>");
  }
  evg_buf_puts(out, "</TABLE>");
}

void evg_set_html(Agraph_t *root, void *object, const char *name,
                  const char *html) {
  char *label = agstrdup_html(root, (char *)html);
  evg_ag_set(object, name, label);
  agstrfree(root, label);
}

/* The title and a legend of the relations and actor kinds that occur. */
void evg_graph_label(evg_buf *out, const evg_graph *g, const char *title,
                     const evg_theme *theme, size_t title_wrap) {
  evg_graph_label_sized(out, g, title, theme, title_wrap, 13);
}

void evg_graph_label_sized(evg_buf *out, const evg_graph *g, const char *title,
                           const evg_theme *theme, size_t title_wrap,
                           double legend_pt) {
  bool relation_used[EVG_REL_COUNT] = {false};
  for (size_t i = 0; i < evg_graph_edge_count(g); i++)
    relation_used[evg_graph_edge(g, i)->relation] = true;
  evg_buf_puts(out, "<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"4\">");
  if (title) {
    evg_buf_puts(out, "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">"
                      "<FONT POINT-SIZE=\"26\"><B>");
    if (title_wrap)
      evg_html_wrap(out, title, title_wrap, "<BR/>");
    else
      evg_html_escape(out, title, strlen(title));
    evg_buf_puts(out, "</B></FONT></TD></TR>");
  }
  evg_buf_printf(out, "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"%g\">",
                 legend_pt);
  bool any = false;
  static const evg_relation shown[] = {EVG_REL_CAUSES, EVG_REL_RESPONDS_TO,
                                       EVG_REL_PRECEDES, EVG_REL_PART_OF};
  for (size_t i = 0; i < 4; i++) {
    if (!relation_used[shown[i]])
      continue;
    const evg_edge_style *style = evg_edge_style_of(shown[i]);
    evg_buf_printf(out, "%s<FONT COLOR=\"%s\">%s</FONT>  %s",
                   any ? "      " : "", theme->relation[shown[i]], style->glyph,
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
    evg_buf_printf(out, "%s<FONT COLOR=\"%s\">■ %s</FONT>", any ? "     " : "",
                   evg_actor_text_color(kinds[k], theme), kinds[k]);
    any = true;
  }
  if (!any)
    evg_buf_puts(out, " ");
  evg_buf_puts(out, "</FONT></TD></TR></TABLE>");
}

/* ---- object ids in creation order ----
 * cgraph's default ids for named objects are the addresses of their
 * interned names, and subgraphs (clusters) are kept in id order: the SVG
 * then lists clusters in an order that changes from run to run.  This id
 * discipline numbers names in the order they are first used. */

typedef struct {
  Agraph_t *graph;
  evg_map ids;        /* name -> index */
  const char **names; /* interned with agstrdup: agwrite reads their
                       * reference-string header (aghtmlstr) */
  size_t count, cap;
  IDTYPE anonymous;
} id_state;

static void *ids_open(Agraph_t *g, Agdisc_t *disc) {
  (void)disc;
  id_state *s = evg_xcalloc(1, sizeof(id_state));
  s->graph = g;
  return s;
}

static long ids_map(void *state, int objtype, char *str, IDTYPE *id,
                    int createflag) {
  (void)objtype;
  id_state *s = state;
  if (!str) {
    *id = 2 * s->anonymous++ + 1;
    return 1;
  }
  size_t index;
  if (evg_map_get(&s->ids, str, &index)) {
    *id = 2 * (IDTYPE)index;
    return 1;
  }
  if (!createflag)
    return 0;
  if (s->count == s->cap) {
    s->cap = s->cap ? s->cap * 2 : 64;
    s->names = evg_xrealloc(s->names, s->cap * sizeof *s->names);
  }
  const char *copy = agstrdup(s->graph, str);
  s->names[s->count] = copy;
  evg_map_put(&s->ids, copy, s->count);
  *id = 2 * (IDTYPE)s->count++;
  return 1;
}

static long ids_alloc(void *state, int objtype, IDTYPE id) {
  (void)state, (void)objtype, (void)id;
  return 0;
}

static void ids_free(void *state, int objtype, IDTYPE id) {
  (void)state, (void)objtype, (void)id;
}

static char *ids_print(void *state, int objtype, IDTYPE id) {
  (void)objtype;
  id_state *s = state;
  return id % 2 == 0 && id / 2 < s->count ? (char *)s->names[id / 2] : NULL;
}

static void ids_close(void *state) {
  /* the names go with the graph's string dictionary */
  id_state *s = state;
  evg_map_free(&s->ids);
  free(s->names);
  free(s);
}

static void ids_register(void *state, int objtype, void *obj) {
  (void)state, (void)objtype, (void)obj;
}

static Agiddisc_t sequential_ids = {ids_open,  ids_map,   ids_alloc,   ids_free,
                                    ids_print, ids_close, ids_register};
static Agdisc_t sequential_disc = {&AgMemDisc, &sequential_ids, &AgIoDisc};

Agraph_t *evg_ag_open(const char *name) {
  return agopen((char *)name, Agdirected, &sequential_disc);
}

void evg_year_label(int32_t year, char *buf, size_t size) {
  if (year <= 0)
    snprintf(buf, size, "%ld BCE", 1 - (long)year);
  else
    snprintf(buf, size, "%ld", (long)year);
}
