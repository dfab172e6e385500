/* diag.c: diagnostics collected by the library, formatted for the CLI. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

struct evg_diags {
  evg_diag *items;
  size_t count;
  size_t cap;
  int max_errors;
  int errors;
};

evg_diags *evg_diags_new(int max_errors) {
  evg_diags *diags = evg_xcalloc(1, sizeof *diags);
  diags->max_errors = max_errors;
  return diags;
}

void evg_diags_free(evg_diags *diags) {
  if (!diags)
    return;
  for (size_t i = 0; i < diags->count; i++) {
    free((char *)diags->items[i].file);
    free((char *)diags->items[i].message);
    free((char *)diags->items[i].source_line);
  }
  free(diags->items);
  free(diags);
}

/* A bidi embedding, override or isolate (U+202A-U+202E, U+2066-U+2069)
 * echoed in a source line would reorder the terminal's line and move the
 * caret away from it: each becomes U+FFFD, of the same width. */
static void neutralize_bidi(evg_buf *line) {
  unsigned char *s = (unsigned char *)line->data;
  for (size_t i = 0; i + 2 < line->len; i++) {
    bool embedding = s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] >= 0xAA &&
                     s[i + 2] <= 0xAE;
    bool isolate = s[i] == 0xE2 && s[i + 1] == 0x81 && s[i + 2] >= 0xA6 &&
                   s[i + 2] <= 0xA9;
    if (embedding || isolate) {
      s[i] = 0xEF, s[i + 1] = 0xBF, s[i + 2] = 0xBD;
      i += 2;
    }
  }
}

/* The byte offset after `count` code points of s[0..len) (invalid bytes
 * count as one). */
static size_t skip_code_points(const char *s, size_t len, size_t count) {
  size_t at = 0;
  for (; count > 0 && at < len; count--) {
    size_t n = evg_utf8_valid_len((const unsigned char *)s + at, len - at);
    at += n ? n : 1;
  }
  return at;
}

/* Keeps the source line, or of a long line the window of WINDOW code points
 * around the column with "…" where it was cut: a 9 MB line must not be
 * echoed whole by every diagnostic.  source_col is the caret's column in
 * what is kept. */
#define WINDOW 160
/* Bytes of a message kept (messages quote ids and values). */
#define MAX_MESSAGE 1000
static void keep_window(evg_diag *diag, const char *source_line) {
  size_t len = strcspn(source_line, "\r\n");
  size_t from = 0, to = len;
  int col = diag->col > 0 ? diag->col : 1;
  bool cut_before = false, cut_after = false;
  if (evg_utf8_count(source_line, len < 4 * WINDOW ? len : 4 * WINDOW) >
      WINDOW) {
    size_t before = (size_t)col > WINDOW / 2 ? (size_t)col - 1 - WINDOW / 2 : 0;
    from = skip_code_points(source_line, len, before);
    to = from + skip_code_points(source_line + from, len - from, WINDOW);
    cut_before = from > 0;
    cut_after = to < len;
    diag->source_col = col - (int)before + (cut_before ? 1 : 0);
  }
  evg_buf clean = {0};
  if (cut_before)
    evg_buf_puts(&clean, "…");
  evg_utf8_sanitize(&clean, source_line + from, to - from);
  if (cut_after)
    evg_buf_puts(&clean, "…");
  neutralize_bidi(&clean);
  diag->source_line = clean.data;
}

void evg_diags_add(evg_diags *diags, evg_severity severity, const char *file,
                   int line, int col, int span, const char *source_line,
                   const char *format, ...) {
  if (severity == EVG_SEV_ERROR) {
    diags->errors++;
    if (diags->max_errors > 0 && diags->errors > diags->max_errors)
      return;
  } else if (diags->max_errors > 0 &&
             diags->count >= (size_t)diags->max_errors * 2) {
    return; /* warnings are capped too: a list of them would not be read */
  }
  if (diags->count == diags->cap) {
    diags->cap = diags->cap ? diags->cap * 2 : 16;
    diags->items =
        evg_xrealloc(diags->items, diags->cap * sizeof *diags->items);
  }
  evg_buf message = {0};
  va_list args;
  va_start(args, format);
  va_list again;
  va_copy(again, args);
  int needed = vsnprintf(NULL, 0, format, args);
  va_end(args);
  char *text = evg_xmalloc((size_t)(needed > 0 ? needed : 0) + 1);
  vsnprintf(text, (size_t)(needed > 0 ? needed : 0) + 1, format, again);
  va_end(again);
  /* Messages quote user text: keep them printable UTF-8, and short. */
  size_t text_len = strlen(text);
  bool long_message = text_len > MAX_MESSAGE;
  if (long_message) {
    text_len = MAX_MESSAGE;
    while (text_len > 0 && ((unsigned char)text[text_len] & 0xC0) == 0x80)
      text_len--; /* not inside a character */
  }
  evg_utf8_sanitize(&message, text, text_len);
  if (long_message)
    evg_buf_puts(&message, "…");
  free(text);

  evg_diag *diag = &diags->items[diags->count++];
  diag->severity = severity;
  diag->file = file ? evg_xstrndup(file, strlen(file)) : NULL;
  diag->line = line;
  diag->col = col;
  diag->span = span > 0 ? span : 1;
  diag->message = message.data;
  diag->source_line = NULL;
  diag->source_col = col;
  if (source_line)
    keep_window(diag, source_line);
}

size_t evg_diags_count(const evg_diags *diags) { return diags->count; }

const evg_diag *evg_diags_get(const evg_diags *diags, size_t index) {
  return index < diags->count ? &diags->items[index] : NULL;
}

int evg_diags_errors(const evg_diags *diags) { return diags->errors; }

bool evg_diags_capped(const evg_diags *diags) {
  return diags->max_errors > 0 && diags->errors > diags->max_errors;
}

char *evg_diag_format(const evg_diag *diag) {
  static const char *const names[] = {"error", "warning", "note"};
  evg_buf out = {0};
  if (diag->file) {
    evg_buf_puts(&out, diag->file);
    if (diag->line > 0) {
      evg_buf_printf(&out, ":%d", diag->line);
      if (diag->col > 0)
        evg_buf_printf(&out, ":%d", diag->col);
    }
    evg_buf_puts(&out, ": ");
  }
  evg_buf_printf(&out, "%s: %s\n", names[diag->severity], diag->message);
  if (diag->source_line && diag->col > 0) {
    int caret = diag->source_col > 0 ? diag->source_col : diag->col;
    evg_buf_printf(&out, "    %s\n    ", diag->source_line);
    /* The caret goes under the column, counted in code points; tabs are
     * kept so that the terminal aligns both lines alike. */
    const unsigned char *p = (const unsigned char *)diag->source_line;
    size_t len = strlen(diag->source_line);
    int col = 1;
    size_t i = 0;
    while (i < len && col < caret + diag->span) {
      size_t n = evg_utf8_valid_len(p + i, len - i);
      if (!n)
        n = 1;
      int width =
          p[i] == '\t' ? 1 : evg_display_width(evg_utf8_decode(p + i, n));
      for (int w = 0; w < width; w++) {
        if (col < caret)
          evg_buf_putc(&out, p[i] == '\t' ? '\t' : ' ');
        else
          evg_buf_putc(&out, col == caret && w == 0 ? '^' : '~');
      }
      i += n;
      col++;
    }
    if (col <= caret) {
      /* Column at or past the end of the line (e.g. a missing value). */
      for (; col < caret; col++)
        evg_buf_putc(&out, ' ');
      evg_buf_putc(&out, '^');
    }
    evg_buf_putc(&out, '\n');
  }
  return out.data;
}
