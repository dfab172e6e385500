/* parse_timelinejs_csv.c: a TimelineJS sheet saved as CSV -> slides, read
 * by libcsv (strict RFC 4180 quoting).
 *
 * libcsv reports no positions, only its callbacks.  It calls them when it
 * reads a delimiter, a line end, or at the end of the input, and at no
 * other byte; so the input is fed to it in pieces that end at each comma,
 * CR or LF, and a callback made during a piece happened at the piece's
 * last byte.  A cell runs from the byte after the previous delimiter to
 * that byte; a row starts at its first cell, after the line ends libcsv
 * skips.  Lines and columns (code points) are counted from those offsets
 * by one forward pass, as the offsets only grow. */
#include "timelinejs.h"

#include <csv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct {
  char *value; /* malloc'd, NUL-terminated; NULL when blank */
  size_t start, end;
} raw_cell;

typedef struct {
  const char *file;
  const char *text; /* the input, NUL-terminated copy */
  size_t len;
  evg_diags *diags;
  tl_import *import;
  /* where the pieces are */
  size_t piece_end;  /* offset of the byte a callback happens at */
  size_t cell_start; /* offset where the cell being read starts */
  bool at_row_start; /* line ends before cell_start are skipped */
  /* the row being read */
  raw_cell *cells;
  size_t cell_count, cell_cap;
  /* the header: column i of the sheet is field columns[i] (-1: ignored) */
  int *columns;
  size_t column_count;
  bool header_done;
  bool header_bad; /* the rows are not read: every one would fail alike */
  /* the line and column of `cursor`, moved forward only */
  size_t cursor, line_start;
  int line_no, col;
} reader;

/* Moves the cursor to `offset` (not before it), counting lines and code
 * points on the way. */
static void advance(reader *r, size_t offset) {
  for (; r->cursor < offset; r->cursor++) {
    unsigned char c = (unsigned char)r->text[r->cursor];
    if (c == '\n') {
      r->line_no++;
      r->col = 1;
      r->line_start = r->cursor + 1;
    } else if ((c & 0xC0) != 0x80) {
      r->col++;
    }
  }
}

/* The position of `offset`, which is at or after every offset asked
 * before. */
static tl_cell position(reader *r, size_t offset, size_t end) {
  advance(r, offset);
  tl_cell cell = {0};
  cell.pos = (evg_pos){r->file, r->line_no, r->col};
  cell.line = r->text + r->line_start;
  cell.span = 1;
  if (end > offset && !memchr(r->text + offset, '\n', end - offset))
    cell.span = (int)evg_utf8_count(r->text + offset, end - offset);
  return cell;
}

static void error_at(reader *r, size_t offset, const char *message) {
  tl_cell cell = position(r, offset, offset + 1);
  tl_import_error(r->import, &cell, "%s", message);
}

/* Invalid UTF-8, control characters (but the line ends, which CSV
 * needs, and tab), U+FFFE/U+FFFF and the bidi controls are errors, as in
 * events files: at most one per line. */
static bool check_text(reader *r) {
  const unsigned char *s = (const unsigned char *)r->text;
  bool ok = true;
  size_t bad_line = (size_t)-1, line = 0;
  for (size_t i = 0; i < r->len;) {
    size_t n = evg_utf8_valid_len(s + i, r->len - i);
    unsigned int cp = n ? evg_utf8_decode(s + i, n) : 0;
    char message[200];
    message[0] = '\0';
    if (!n)
      snprintf(message, sizeof message,
               "invalid UTF-8: byte 0x%02X at byte offset %zu of the file",
               s[i], i);
    else if (cp != '\n' && cp != '\r' && evg_events_rejects(cp))
      snprintf(message, sizeof message,
               cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)
                   ? "control character U+%04X (byte offset %zu of the file)"
               : cp >= 0xFFFE
                   ? "U+%04X is not a character (byte offset %zu of the file)"
                   : "bidirectional control character U+%04X (byte offset "
                     "%zu of the file): it reorders the text shown around "
                     "it (right-to-left text needs none)",
               cp, i);
    if (message[0] && bad_line != line) {
      error_at(r, i, message);
      bad_line = line;
      ok = false;
    }
    line += cp == '\n';
    i += n ? n : 1;
  }
  return ok;
}

static void clear_row(reader *r) {
  for (size_t i = 0; i < r->cell_count; i++)
    free(r->cells[i].value);
  r->cell_count = 0;
}

/* A header name as the template writes it: case and the spaces around
 * it ignored. */
static int column_of(const char *name) {
  for (int f = 0; f < TL_COLUMN_COUNT; f++)
    if (strcasecmp(name, tl_column_names[f]) == 0)
      return f;
  return -1;
}

static void read_header(reader *r) {
  r->header_done = true;
  r->column_count = r->cell_count;
  r->columns = evg_xcalloc(r->cell_count, sizeof *r->columns);
  bool seen[TL_COLUMN_COUNT] = {false};
  tl_cell row = position(r, r->cells[0].start, 0);
  for (size_t i = 0; i < r->cell_count; i++) {
    raw_cell *raw = &r->cells[i];
    int f = raw->value ? column_of(raw->value) : -1;
    r->columns[i] = -1;
    tl_cell cell = position(r, raw->start, raw->end);
    if (f >= 0 && seen[f]) {
      tl_import_error(r->import, &cell, "a second '%s' column",
                      tl_column_names[f]);
    } else if (f >= 0) {
      seen[f] = true;
      r->columns[i] = f;
    } else {
      evg_diags_add(r->diags, EVG_SEV_WARNING, r->file, cell.pos.line,
                    cell.pos.col, cell.span, cell.line,
                    "column '%s' is none of the TimelineJS template's; its "
                    "cells are left out",
                    raw->value ? raw->value : "");
    }
  }
  static const tl_field needed[] = {TL_YEAR, TL_HEADLINE};
  for (size_t i = 0; i < sizeof needed / sizeof *needed; i++)
    if (!seen[needed[i]]) {
      r->header_bad = true;
      tl_import_error(r->import, &row,
                      "the header row has no '%s' column (a TimelineJS "
                      "sheet's first row names its columns: Year, Month, "
                      "Day, Time, End Year, ...)",
                      tl_column_names[needed[i]]);
    }
}

static void read_row(reader *r) {
  bool blank = true;
  for (size_t i = 0; i < r->cell_count && blank; i++)
    blank = !r->cells[i].value;
  if (blank)
    return; /* a sheet's empty rows come out as ",,,," */
  tl_slide slide;
  memset(&slide, 0, sizeof slide);
  slide.sheet = true;
  tl_cell row = position(r, r->cells[0].start, 0);
  if (r->cell_count != r->column_count) {
    tl_import_error(r->import, &row,
                    "this row has %zu cells, the header row %zu", r->cell_count,
                    r->column_count);
    return;
  }
  for (int f = 0; f < TL_FIELD_COUNT; f++)
    slide.cells[f] = row; /* an absent column: errors point at the row */
  for (size_t i = 0; i < r->cell_count; i++) {
    if (r->columns[i] < 0)
      continue;
    tl_cell cell = position(r, r->cells[i].start, r->cells[i].end);
    cell.value = r->cells[i].value;
    slide.cells[r->columns[i]] = cell;
  }
  slide.pos = row.pos;
  slide.line = row.line;
  tl_import_slide(r->import, &slide);
}

static bool blank_text(const char *s, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
      return false;
  return true;
}

/* libcsv: a cell ended at r->piece_end. */
static void on_cell(void *data, size_t len, void *context) {
  reader *r = context;
  if (r->at_row_start) {
    while (r->cell_start < r->piece_end &&
           (r->text[r->cell_start] == '\r' || r->text[r->cell_start] == '\n'))
      r->cell_start++;
    r->at_row_start = false;
  }
  if (r->cell_count == r->cell_cap) {
    r->cell_cap = r->cell_cap ? 2 * r->cell_cap : 32;
    r->cells = evg_xrealloc(r->cells, r->cell_cap * sizeof *r->cells);
  }
  raw_cell *cell = &r->cells[r->cell_count++];
  size_t start = r->cell_start;
  while (start < r->piece_end &&
         (r->text[start] == ' ' || r->text[start] == '\t'))
    start++; /* at the cell's text, past the blanks libcsv trims */
  cell->start = start;
  cell->end = r->piece_end;
  cell->value = data && !blank_text(data, len) ? evg_xstrndup(data, len) : NULL;
  r->cell_start = r->piece_end + 1;
}

/* libcsv: a row ended at r->piece_end. */
static void on_row(int terminator, void *context) {
  reader *r = context;
  if (!r->header_done)
    read_header(r);
  else if (!r->header_bad)
    read_row(r);
  clear_row(r);
  r->cell_start = r->piece_end + 1;
  r->at_row_start = true;
}

/* Where the quote of the unfinished cell opened. */
static size_t open_quote(const reader *r) {
  size_t at = r->cell_start;
  while (at < r->len && (r->text[at] == '\r' || r->text[at] == '\n' ||
                         r->text[at] == ' ' || r->text[at] == '\t'))
    at++;
  return at;
}

static void read_csv(reader *r) {
  struct csv_parser parser;
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_EMPTY_IS_NULL) !=
      0) {
    evg_diags_add(r->diags, EVG_SEV_ERROR, r->file, 0, 0, 0, NULL, "libcsv: %s",
                  "cannot start the parser");
    return;
  }
  size_t offset = 0;
  if (r->len >= 3 && memcmp(r->text, "\xEF\xBB\xBF", 3) == 0)
    offset = 3; /* a byte-order mark */
  r->cell_start = offset;
  r->at_row_start = true;
  bool failed = false;
  while (offset < r->len && !failed) {
    size_t end = offset;
    while (end < r->len && r->text[end] != ',' && r->text[end] != '\n' &&
           r->text[end] != '\r')
      end++;
    if (end < r->len)
      end++; /* the delimiter ends the piece */
    r->piece_end = end - 1;
    size_t done =
        csv_parse(&parser, r->text + offset, end - offset, on_cell, on_row, r);
    if (done != end - offset) {
      failed = true;
      if (csv_error(&parser) == CSV_EPARSE)
        error_at(r, offset + done,
                 "a quote in a cell: quote the whole cell and double the "
                 "quotes inside (\"say \"\"hi\"\"\")");
      else
        error_at(r, offset + done, csv_strerror(csv_error(&parser)));
    }
    offset = end;
  }
  r->piece_end = r->len;
  if (!failed && csv_fini(&parser, on_cell, on_row, r) != 0) {
    if (csv_error(&parser) == CSV_EPARSE)
      error_at(r, open_quote(r),
               "this quoted cell is not closed: its quote runs to the end "
               "of the file");
    else
      error_at(r, r->len, csv_strerror(csv_error(&parser)));
  }
  csv_free(&parser);
}

evg_graph *evg_parse_timelinejs_csv(const char *text, size_t len,
                                    const char *file, evg_diags *diags) {
  reader r;
  memset(&r, 0, sizeof r);
  char *copy = evg_xmalloc(len + 1);
  memcpy(copy, text, len);
  copy[len] = '\0';
  r.text = copy;
  r.len = len;
  r.file = file;
  r.diags = diags;
  r.line_no = 1;
  r.col = 1;
  r.import = tl_import_new(file, diags);
  if (check_text(&r))
    read_csv(&r);
  if (!r.header_done && evg_diags_errors(diags) == 0)
    evg_diags_add(diags, EVG_SEV_ERROR, file, 0, 0, 0, NULL,
                  "an empty sheet: the first row names the columns (Year, "
                  "Month, Day, ..., Headline, ...)");
  evg_graph *graph = tl_import_finish(r.import);
  clear_row(&r);
  free(r.cells);
  free(r.columns);
  free(copy);
  return graph;
}
