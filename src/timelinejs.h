/* timelinejs.h: what the TimelineJS readers (the sheet as CSV, the JSON)
 * share: one slide, a row of the sheet or an object of the JSON, with the
 * position of each value, and the step that turns slides into the graph
 * (timelinejs.c). */
#ifndef EVG_TIMELINEJS_H
#define EVG_TIMELINEJS_H

#include "internal.h"

/* The template's columns, in its order, then what only the JSON has. */
typedef enum {
  TL_YEAR,
  TL_MONTH,
  TL_DAY,
  TL_TIME,
  TL_END_YEAR,
  TL_END_MONTH,
  TL_END_DAY,
  TL_END_TIME,
  TL_DISPLAY_DATE,
  TL_HEADLINE,
  TL_TEXT,
  TL_MEDIA,
  TL_MEDIA_CREDIT,
  TL_MEDIA_CAPTION,
  TL_MEDIA_THUMBNAIL,
  TL_TYPE,
  TL_GROUP,
  TL_BACKGROUND,
  TL_COLUMN_COUNT, /* the sheet's columns end here */
  TL_UNIQUE_ID = TL_COLUMN_COUNT,
  TL_EVGRAPH_DATE, /* "evgraph": {"date"}: what -t timelinejs adds to */
  TL_EVGRAPH_FROM, /* an event's date, an era's from and to */
  TL_EVGRAPH_TO,
  TL_EVGRAPH_WRITTEN, /* an event's relative date as written */
  TL_EVGRAPH_ID,      /* an era's id and colour */
  TL_EVGRAPH_COLOR,
  TL_FIELD_COUNT
} tl_field;

/* "Year", "Month", ... "Background": the sheet's header names. */
extern const char *const tl_column_names[TL_COLUMN_COUNT];

/* One value: NUL-terminated text (NULL when absent or empty), where it
 * is, and for JSON the path of the value that messages name. */
typedef struct {
  const char *value;
  evg_pos pos;      /* line 0 for JSON: jansson keeps no positions */
  int span;         /* caret width in characters */
  const char *line; /* the NUL-terminated source line, or NULL */
  const char *path; /* "events[2].start_date.year", or NULL (CSV) */
} tl_cell;

/* The lists of evgraph's own key (JSON only): values, each with its
 * path; pairs take two cells (a relation's type and target, a citation's
 * source and quote, either value NULL). */
typedef struct {
  const tl_cell *cells;
  size_t count;
} tl_list;

/* A slide; TL_TYPE holds "title" or "era" (any case) for those, empty or
 * absent for an event.  `pos` and `line` are the row's (its first cell). */
typedef struct {
  tl_cell cells[TL_FIELD_COUNT];
  evg_pos pos;
  const char *line;
  bool sheet; /* a row of a sheet: its Display Date may carry the date */
  tl_list actors, tags, notes;  /* tags after the Group */
  tl_list relations, citations; /* pairs */
} tl_slide;

typedef struct tl_import tl_import;

tl_import *tl_import_new(const char *file, evg_diags *diags);
/* Strings given to tl_import_slide need not outlive the call. */
void tl_import_slide(tl_import *import, const tl_slide *slide);
/* The top's "evgraph": {"anchor", "actors": [{"id", "name", "kind"}]}
 * (JSON only). */
void tl_import_anchor(tl_import *import, const tl_cell *anchor);
void tl_import_actor(tl_import *import, const tl_cell *id, const tl_cell *name,
                     const tl_cell *kind);
/* An id made of a headline ("The Wall falls!" -> "the-wall-falls"), or
 * `fallback` when nothing is left; what the readers name an event or era
 * that has no id of its own. */
void tl_slugify(evg_buf *slug, const char *text, const char *fallback);
/* An error at a cell: at its position, or naming its JSON path. */
void tl_import_error(tl_import *import, const tl_cell *cell, const char *format,
                     ...) __attribute__((format(printf, 3, 4)));
/* Frees the import; the graph, or NULL when errors were reported. */
evg_graph *tl_import_finish(tl_import *import);

#endif
