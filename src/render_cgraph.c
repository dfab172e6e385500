/* render_cgraph.c: helpers shared by the cgraph-based renderers. */
#include "render_cgraph.h"

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

static int capture(char *message) {
  if (!capture_diags)
    return 0;
  size_t len = strlen(message);
  while (len && (message[len - 1] == '\n' || message[len - 1] == ' '))
    len--;
  /* Graphviz prefixes "Error: " or "Warning: " itself. */
  bool warning = strncmp(message, "Warning", 7) == 0;
  if (!warning)
    capture_errors++;
  evg_diags_add(capture_diags, warning ? EVG_SEV_WARNING : EVG_SEV_ERROR,
                NULL, 0, 0, 0, NULL, "graphviz: %.*s", (int)len, message);
  return 0;
}

void evg_ag_errors_begin(evg_diags *diags) {
  capture_diags = diags;
  capture_errors = 0;
  agseterrf(capture);
  agreseterrors();
}

int evg_ag_errors_end(void) {
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

void evg_html_wrap(evg_buf *out, const char *text, size_t width,
                   const char *br) {
  size_t len = strlen(text);
  size_t line_start = 0;
  while (line_start < len) {
    while (line_start < len && text[line_start] == ' ')
      line_start++;
    if (line_start >= len)
      break;
    /* Take words while the line stays within `width` characters; a word
     * longer than the width gets a line of its own. */
    size_t end = line_start, last_break = 0;
    size_t chars = 0;
    while (end < len) {
      size_t n = evg_utf8_valid_len((const unsigned char *)text + end,
                                    len - end);
      if (!n)
        n = 1;
      if (text[end] == ' ') {
        if (chars > width)
          break;
        last_break = end;
      }
      end += n;
      chars++;
    }
    if (end < len || chars > width) {
      if (last_break > line_start && chars > width)
        end = last_break;
    }
    if (line_start > 0 && out->len)
      evg_buf_puts(out, br);
    evg_html_escape(out, text + line_start, end - line_start);
    line_start = end;
  }
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
  const char *text;
  const char *shape;
} actor_style;

/* Fills light enough for black text (contrast well above 4.5:1); text
 * colours dark enough to read on white. */
static const actor_style actor_styles[] = {
    {"person", "#FDE2C8", "#9A4A00", "ellipse"},
    {"company", "#D6E6FA", "#1B4F8A", "box"},
    {"government", "#F6D5D5", "#A02323", "house"},
    {"media", "#E6DAF5", "#5B2C91", "note"},
    {"organization", "#D5F0E3", "#17684A", "hexagon"},
    {"institution", "#D5F0E3", "#17684A", "component"},
    {"country", "#F3EBC4", "#6F5A00", "octagon"},
    {"group", "#E4E7EA", "#404A52", "egg"},
    {"other", "#EEEEEE", "#4A4A4A", "ellipse"},
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

const char *evg_actor_text_color(const char *kind) {
  return actor_style_of(kind)->text;
}
