/* evgraph.h: the one public header of libevgraph.
 *
 * Dated events -> event graph -> DOT, SVG/PNG/PDF and GraphML.
 *
 * Ownership, in one rule: a function that returns a pointer documents who
 * frees it.  Pointers into a graph (events, actors, edges, their strings) are
 * borrowed and stay valid until evg_graph_free().  The library never prints
 * and never exits; problems are reported into an evg_diags list.
 */
#ifndef EVGRAPH_H
#define EVGRAPH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define EVG_VERSION "0.1.0"

/* ------------------------------------------------------------------ */
/* Diagnostics                                                          */
/* ------------------------------------------------------------------ */

typedef enum { EVG_SEV_ERROR, EVG_SEV_WARNING, EVG_SEV_NOTE } evg_severity;

/** One diagnostic.  All strings are owned by the list it belongs to. */
typedef struct {
  evg_severity severity;
  const char *file;        /**< file name as given, or NULL */
  int line;                /**< 1-based; 0 when the message has no position */
  int col;                 /**< 1-based, in characters (code points) */
  int span;                /**< caret width in characters, at least 1 */
  const char *message;     /**< without the "error: " prefix */
  const char *source_line; /**< the offending line (no newline), or NULL */
} evg_diag;

typedef struct evg_diags evg_diags;

/** A new, empty list that keeps at most `max_errors` errors (0: no cap);
 * errors past the cap are counted but not kept.  Free with
 * evg_diags_free(). */
evg_diags *evg_diags_new(int max_errors);
void evg_diags_free(evg_diags *diags);

/** Adds a diagnostic.  `file`, `source_line` (may be NULL; only its first
 * line is kept) and the formatted message are copied. */
void evg_diags_add(evg_diags *diags, evg_severity severity, const char *file,
                   int line, int col, int span, const char *source_line,
                   const char *format, ...)
    __attribute__((format(printf, 8, 9)));

size_t evg_diags_count(const evg_diags *diags);
/** Borrowed; valid until the list is freed. */
const evg_diag *evg_diags_get(const evg_diags *diags, size_t index);
/** Errors added, including those past the cap. */
int evg_diags_errors(const evg_diags *diags);
/** True once the cap was reached: further errors were dropped. */
bool evg_diags_capped(const evg_diags *diags);

/** Formats one diagnostic the way compilers do:
 *   file:line:col: error: message
 *       source line
 *           ^~~~
 * Returns a malloc'd string ending in a newline; the caller frees it. */
char *evg_diag_format(const evg_diag *diag);

/* ------------------------------------------------------------------ */
/* Fuzzy dates                                                         */
/* ------------------------------------------------------------------ */

/** Precision, from finest to coarsest; the order matters
 * (evg_precision_coarser). */
typedef enum {
  EVG_PREC_DAY,
  EVG_PREC_WEEK, /**< ISO 8601 week: 2025-W05 */
  EVG_PREC_MONTH,
  EVG_PREC_QUARTER, /**< 2025-Q1, EDTF 2025-33 */
  EVG_PREC_HALF,    /**< 2025-H2, EDTF 2025-41 */
  EVG_PREC_YEAR,
  EVG_PREC_DECADE,  /**< 199X */
  EVG_PREC_CENTURY, /**< 19XX */
} evg_precision;

/** One written date: a year and as much as the precision says. */
typedef struct {
  evg_precision precision;
  int32_t year; /**< astronomical: 0 is 1 BCE, -1 is 2 BCE; for
                 * decades/centuries, the first year (1990, 1900) */
  int8_t month; /**< 1..12 for DAY and MONTH precision */
  int8_t day;   /**< 1..31 for DAY precision */
  int8_t part;  /**< ISO week 1..53, quarter 1..4 or half 1..2 */
} evg_date_point;

/** A fuzzy date: a point or an interval of points, with its bounds.
 * Days are counted from 1970-01-01 in the proleptic Gregorian calendar. */
typedef struct {
  evg_date_point from; /**< the date, or an interval's first point */
  evg_date_point to;   /**< an interval's last point; = from otherwise */
  bool interval;       /**< written A/B, ../B or A/.. */
  bool open_start;     /**< ../B: on or before B */
  bool open_end;       /**< A/..: on or after A */
  bool approximate;    /**< ~ (circa) */
  bool uncertain;      /**< ? */
  int32_t start;       /**< first day it can denote (for ../B: B's first day) */
  int32_t end;         /**< last day it can denote (for A/..: A's last day) */
} evg_date;

/** The coarser of two precisions. */
evg_precision evg_precision_coarser(evg_precision a, evg_precision b);
/** "day", "week", "month", "quarter", "half", "year", "decade", "century". */
const char *evg_precision_name(evg_precision precision);

/** Days from 1970-01-01 for a valid proleptic Gregorian date. */
int32_t evg_days_from_civil(int32_t year, int month, int day);
void evg_civil_from_days(int32_t days, int32_t *year, int *month, int *day);
/** True when `day` exists in that month (leap years included). */
bool evg_date_valid_day(int32_t year, int month, int day);
/** Number of ISO 8601 weeks (52 or 53) in an ISO week-year. */
int evg_iso_weeks_in_year(int32_t iso_year);

/** Parses an absolute date in the events-file spelling: 2018, 2018-04,
 * 2018-04-16, 2025-W05, 2025-Q1, 2025-33..36, 2025-H2, 2025-40/41, 199X,
 * 19XX, -0500, 500 BCE, ranges A/B, ../B, A/.., with a trailing ~ ? or %
 * (both).  Fills `out` (bounds included) and returns true.  On failure
 * returns false, sets `*error` to a static message and `*error_offset` to
 * the byte offset in `text` where the problem is. */
bool evg_date_parse(const char *text, size_t len, evg_date *out,
                    const char **error, size_t *error_offset);

/** Computes `start` and `end` from the points and flags; used after a date
 * is built by hand (evg_date_parse does it itself). */
void evg_date_compute_bounds(evg_date *date);

/** A date of one point at the given day and precision: the point that
 * contains `day` (e.g. the ISO week or the quarter it falls in). */
evg_date evg_date_from_day(int32_t day, evg_precision precision);

/** Units for evg_date_shift. */
typedef enum {
  EVG_UNIT_DAY,
  EVG_UNIT_WEEK,
  EVG_UNIT_MONTH,
  EVG_UNIT_QUARTER,
  EVG_UNIT_YEAR
} evg_unit;

/** The date `amount` units after `base` (before, when negative).  The
 * result is the point containing the shifted first day of `base` (last day
 * when the start is open), at the coarser of base's precision and the
 * unit's: "anchor - 1 month" is a month, "@x - 7 days" keeps x's precision.
 * Month shifts clamp the day (31 Jan + 1 month = 28/29 Feb).  Qualifiers
 * (~ ?) carry over.  Returns false when the result leaves years -9999..9999. */
bool evg_date_shift(const evg_date *base, int amount, evg_unit unit,
                    evg_date *out);

/** The day a date stands at on a time line: its first day, or for an
 * open start (../B) the last day of B. */
int32_t evg_date_first_known_day(const evg_date *date);
/** The day a date ends at: its last day, or for an open end (A/..) the
 * first day of A. */
int32_t evg_date_last_known_day(const evg_date *date);
/** The date's (first) year, astronomical; B's for ../B. */
int32_t evg_date_year(const evg_date *date);

/** Chronological order: by first day, then last day (narrower first).
 * Returns <0, 0, >0.  Ties are broken by the caller (file order). */
int evg_date_compare(const evg_date *a, const evg_date *b);

/** Writes the normalised EDTF text ("2025-01", "2025-W05", "2025-Q1",
 * "2021/2024", "../2025-01-13", "2018~", "-0499") into buf (NUL-terminated,
 * truncated to size).  Returns the length it needed. */
size_t evg_date_format_edtf(const evg_date *date, char *buf, size_t size);
/** Writes the date as people read it ("c. 2018", "Jan 2025", "27 Jan 2025",
 * "2021–2024", "Q1 2025", "1990s", "500 BCE", "by 13 Jan 2025"). */
size_t evg_date_format_human(const evg_date *date, char *buf, size_t size);
/** Writes a day as ISO 8601 YYYY-MM-DD (-YYYY-MM-DD before year 0;
 * 5+ digit years as needed). */
size_t evg_day_format_iso(int32_t day, char *buf, size_t size);

/* ------------------------------------------------------------------ */
/* The event graph                                                     */
/* ------------------------------------------------------------------ */

/** Where an element came from.  `file` is owned by the graph. */
typedef struct {
  const char *file;
  int line;
  int col;
} evg_pos;

typedef enum {
  EVG_REL_CAUSES,      /**< event -> event */
  EVG_REL_RESPONDS_TO, /**< event -> event it responds to */
  EVG_REL_PRECEDES,    /**< event -> later event */
  EVG_REL_PART_OF,     /**< event -> the larger event */
  EVG_REL_INVOLVES,    /**< event -> actor */
  EVG_REL_NEXT,        /**< derived: event -> the next event in time */
  EVG_REL_COUNT
} evg_relation;

/** "causes", "responds-to", "precedes", "part-of", "involves", "next". */
const char *evg_relation_name(evg_relation relation);

typedef struct {
  const char *id;   /**< [A-Za-z_][A-Za-z0-9_.-]* */
  const char *name; /**< display name (UTF-8) */
  const char *kind; /**< person, company, government, ... */
  evg_pos pos;
} evg_actor;

typedef struct {
  const char *id;
  const char *label;       /**< the headline */
  const char *description; /**< or NULL */
  const char *quote;       /**< the source sentence, or NULL */
  const char *source;      /**< where the event was found, or NULL */
  evg_date date;           /**< resolved */
  const char *date_text;   /**< as written, e.g. "@inauguration - 7 days" */
  bool date_derived;       /**< written relative to the anchor or an event */
  const size_t *actors;    /**< actor indices */
  size_t actor_count;
  const char *const *tags;
  size_t tag_count;
  size_t rank; /**< position in the chronological order, from 0 */
  evg_pos pos;
} evg_event;

typedef struct {
  evg_relation relation;
  size_t from; /**< event index */
  size_t to;   /**< event index, or actor index for EVG_REL_INVOLVES */
  evg_pos pos; /**< where it was written (the event's, for derived edges) */
} evg_edge;

typedef struct evg_graph evg_graph;

void evg_graph_free(evg_graph *graph);

/** Header values, or NULL when the file has none. */
const char *evg_graph_title(const evg_graph *graph);
const char *evg_graph_source(const evg_graph *graph);
/** The anchor date; false when the file has none. */
bool evg_graph_anchor(const evg_graph *graph, evg_date *anchor);

size_t evg_graph_event_count(const evg_graph *graph);
/** Events in file order; borrowed. */
const evg_event *evg_graph_event(const evg_graph *graph, size_t index);
/** The index of the event at chronological rank `rank`. */
size_t evg_graph_event_by_rank(const evg_graph *graph, size_t rank);
size_t evg_graph_actor_count(const evg_graph *graph);
const evg_actor *evg_graph_actor(const evg_graph *graph, size_t index);
/** Edges: relations in file order, then involves, then the next chain. */
size_t evg_graph_edge_count(const evg_graph *graph);
const evg_edge *evg_graph_edge(const evg_graph *graph, size_t index);

/** Verifies the graph's invariants (indices in range, ranks a permutation,
 * next chain consistent with the order).  Returns true when they hold. */
bool evg_graph_check(const evg_graph *graph);

/* ------------------------------------------------------------------ */
/* The events-file parser                                              */
/* ------------------------------------------------------------------ */

/** Parses an events file held in memory (`len` bytes, need not be
 * NUL-terminated).  `file` is the name used in positions.  Returns a new
 * graph, freed by the caller with evg_graph_free(), or NULL when errors were
 * found; every error (and warning) goes to `diags`. */
evg_graph *evg_parse_events(const char *text, size_t len, const char *file,
                            evg_diags *diags);

/* ------------------------------------------------------------------ */
/* Filtering: a subgraph by date window, actors, tags or focus         */
/* ------------------------------------------------------------------ */

/** Which events to keep.  All criteria combine with AND; an empty list (or
 * a false has_ flag, or a NULL focus) means no condition.  Every pointer is
 * borrowed for the duration of the call only. */
typedef struct {
  /** Keep events whose bounds overlap [from.start, ...]: an event is kept
   * when its last possible day (`end`; +infinity for an open end A/..) is
   * on or after from.start.  An open-start `from` (../B) sets no bound. */
  bool has_from;
  evg_date from;
  /** ... and [..., to.end]: an event is kept when its first possible day
   * (`start`; -infinity for an open start ../B) is on or before to.end.
   * Fuzzy dates that overlap the window stay (2024 is kept by 2024-06).
   * An open-end `to` (A/..) sets no bound. */
  bool has_to;
  evg_date to;
  /** Keep events that involve any of these actor ids. */
  const char *const *actors;
  size_t actor_count;
  /** Keep events with any of these tags (compared exactly). */
  const char *const *tags;
  size_t tag_count;
  /** Keep events within `depth` relation steps of this event id, counted
   * in the whole graph (the other criteria then apply to the result);
   * NULL: no focus. */
  const char *focus;
  /** Relation steps from `focus`: causes, responds-to, precedes and
   * part-of, followed in either direction (not involves, not next).  0
   * keeps the focus alone; a negative depth counts as 0. */
  int depth;
} evg_filter;

/** A new graph with only the events `filter` keeps (in file order), the
 * actors they involve (all of them, in file order), the relations among
 * them, and a next chain recomputed over them.  The title, anchor, source,
 * each event's resolved date, date_text and date_derived, and every
 * element's position (file, line, column) are kept.  An empty result is a
 * valid graph with no events.  Runs in time linear in the graph plus the
 * sort of the kept events.
 *
 * Returns NULL, with an error in `diags`, when `focus` is not an event id
 * or an actor id in `filter->actors` is unknown; no other diagnostic is
 * added (warnings about the graph were given when it was built).  The
 * caller frees the result with evg_graph_free(); it does not depend on
 * `graph`, which may be freed first. */
evg_graph *evg_graph_filter(const evg_graph *graph, const evg_filter *filter,
                            evg_diags *diags);

/* ------------------------------------------------------------------ */
/* Temporal expressions in prose                                       */
/* ------------------------------------------------------------------ */

typedef enum {
  EVG_TIMEX_DATE,
  EVG_TIMEX_TIME,
  EVG_TIMEX_DURATION,
  EVG_TIMEX_SET
} evg_timex_type;

/** "DATE", "TIME", "DURATION", "SET". */
const char *evg_timex_type_name(evg_timex_type type);

/** One temporal expression found in a text. */
typedef struct {
  size_t start, end; /**< byte offsets of the span in the text */
  evg_timex_type type;
  const char *value; /**< TIMEX3 value: "2025-01-27", "2025-W05", "199",
                      * "2025-SU", "P3D", "PRESENT_REF", "XXXX-01-27" */
  const char *mod;   /**< TIMEX3 mod (START, MID, END, APPROX...) or NULL */
  bool has_date;     /**< `date` holds the calendar date it denotes */
  evg_date date;     /**< for DATE and TIME values that are resolved */
  /** The expression depends on the anchor, which was not given: `relative`
   * holds it in the events-file form ("anchor - 1 week"), or NULL when it
   * cannot be written so (a bare weekday). */
  bool needs_anchor;
  const char *relative;
} evg_timex;

typedef struct evg_timexes evg_timexes;

/** Finds and normalises the temporal expressions of an English text
 * (`len` bytes of UTF-8).  Relative expressions resolve against `anchor`
 * (the text's date; NULL when unknown) or, when the text means it, against
 * the date mentioned last ("three days later").  Returns a list freed with
 * evg_timexes_free(); the strings in it are owned by the list.  Keeps no
 * state between calls: threads may tag texts at the same time. */
evg_timexes *evg_tag_text(const char *text, size_t len, const evg_date *anchor);
size_t evg_timexes_count(const evg_timexes *list);
const evg_timex *evg_timexes_get(const evg_timexes *list, size_t index);
void evg_timexes_free(evg_timexes *list);

/** Looks for the text's own date in its first lines: a dateline ("WASHINGTON,
 * Jan. 27, 2025 —"), a "Date:"/"Published:" header or an ISO date alone on a
 * line.  Returns true and fills `date` (day precision) when found. */
bool evg_find_text_date(const char *text, size_t len, evg_date *date);

/* ------------------------------------------------------------------ */
/* Extraction: prose -> proposed events                                */
/* ------------------------------------------------------------------ */

typedef enum {
  EVG_EXTRACT_EVENTS, /**< an events file, ready to edit and render */
  EVG_EXTRACT_TIMEML, /**< the text with inline TIMEX3 elements */
  EVG_EXTRACT_JSON    /**< JSON Lines: one actor or event per line */
} evg_extract_format;

/** One proposed event: a sentence or clause that carries a date.  All
 * strings are owned by the evg_extraction. */
typedef struct {
  const char *id;
  const char *date; /**< events-file date: "2025-01-27", "../2025-W05",
                     * "anchor - 1 week" */
  const char *label;
  const char *quote; /**< the sentence */
  size_t start, end; /**< byte span of the clause */
  int start_line, start_col, end_line, end_col;
  const size_t *actors; /**< indices into the actors */
  size_t actor_count;
  int relation;  /**< an evg_relation to `target`, or -1 */
  size_t target; /**< index of the related event */
} evg_extracted_event;

typedef struct {
  const char *id;
  const char *name;
  const char *kind;
} evg_extracted_actor;

typedef struct evg_extraction evg_extraction;

/** Finds the temporal expressions of `text` and, when `events` is true,
 * proposes dated events with their actors and relations.  `anchor` is the
 * text's date; when NULL, a date in the text's first lines (a dateline) is
 * used, and failing that relative dates stay unresolved (a warning goes to
 * `diags`).  Returns a new extraction, freed with evg_extraction_free(). */
evg_extraction *evg_extract(const char *text, size_t len,
                            const evg_date *anchor, bool events,
                            evg_diags *diags);
void evg_extraction_free(evg_extraction *extraction);
/** The anchor used, or false when there was none. */
bool evg_extraction_anchor(const evg_extraction *x, evg_date *anchor);
const evg_timexes *evg_extraction_timexes(const evg_extraction *x);
size_t evg_extraction_event_count(const evg_extraction *x);
const evg_extracted_event *evg_extraction_event(const evg_extraction *x,
                                                size_t index);
size_t evg_extraction_actor_count(const evg_extraction *x);
const evg_extracted_actor *evg_extraction_actor(const evg_extraction *x,
                                                size_t index);

/** Writes an extraction in one of the formats.  `text` is the text it was
 * made from; `file` names it in the output. */
bool evg_write_extraction(const evg_extraction *x, const char *text, size_t len,
                          const char *file, evg_extract_format format,
                          FILE *out, evg_diags *diags);

/* ------------------------------------------------------------------ */
/* Renderers                                                           */
/* ------------------------------------------------------------------ */

/** Seconds the image layout may take by default (see layout_seconds). */
#define EVG_LAYOUT_SECONDS 120

typedef struct {
  const char *layout; /**< "graph" (default) or "timeline" */
  const char *title;  /**< overrides the file's title, or NULL */
  const char *theme;  /**< "light" (default), "dark" or "print" */
  const char *lanes;  /**< timeline: "actor" (default), "tag" or "none" */
  const char *font;   /**< font family, or NULL for the default (with a
                       * CJK fallback) */
  int width, height;  /**< timeline canvas in pixels; 0: 1920x1080 */
  /** evg_render_image lays out in a child process (a Graphviz crash or
   * hang must not take the caller down) and stops it after this many
   * seconds; 0 means EVG_LAYOUT_SECONDS. */
  unsigned int layout_seconds;
} evg_render_options;

/** Writes the graph as DOT (built with cgraph, written with agwrite).
 * Returns true on success; failures go to `diags`.  Graphviz keeps
 * process-wide state (its error handler, the gvc context): call this and
 * evg_render_image from one thread at a time. */
bool evg_render_dot(const evg_graph *graph, const evg_render_options *options,
                    FILE *out, evg_diags *diags);

/** Lays the graph out with gvc and renders it in `format` ("svg", "png" or
 * "pdf") to `out`.  The layout runs in a forked child process with a time
 * limit (options->layout_seconds): a crash or hang in Graphviz becomes an
 * error in `diags`, not the end of the caller. */
bool evg_render_image(const evg_graph *graph, const evg_render_options *options,
                      const char *format, FILE *out, evg_diags *diags);

/** Frees the Graphviz context that evg_render_image keeps for the whole
 * process (Graphviz 2.42 misbehaves with a second context after the first
 * is freed).  Call once before exit; rendering afterwards makes a new one. */
void evg_render_cleanup(void);

/** Writes the graph as GraphML (libxml2 xmlTextWriter). */
bool evg_render_graphml(const evg_graph *graph,
                        const evg_render_options *options, FILE *out,
                        evg_diags *diags);

/** Writes the graph as GraphML with the yFiles extension, for yEd: the
 * plain GraphML's data keys plus a drawing, each node a y:ShapeNode placed
 * by the image layout (options->layout, options->layout_seconds) with its
 * date and headline as label, each edge a y:PolyLineEdge styled by its
 * relation.  Above 2,000 events (not laid out: dot would take minutes) the
 * nodes are put in a grid in time order instead, with a warning in
 * `diags`.  Returns false, writing nothing, when the layout fails.
 * Graphviz keeps process-wide state: one thread at a time, as
 * evg_render_image. */
bool evg_render_yed(const evg_graph *graph, const evg_render_options *options,
                    FILE *out, evg_diags *diags);

/* ------------------------------------------------------------------ */
/* Output files, all or nothing                                        */
/* ------------------------------------------------------------------ */

/** A set of output files written to temporary files beside their targets
 * and renamed into place together, so that a failed run never leaves a
 * half-written file or clobbers a good one. */
typedef struct evg_outputs evg_outputs;

evg_outputs *evg_outputs_new(void);
/** Opens a temporary file in `path`'s folder for writing.  The stream is
 * owned by the set: do not fclose it.  NULL (and a diagnostic) on failure. */
FILE *evg_outputs_open(evg_outputs *outputs, const char *path,
                       evg_diags *diags);
/** Closes every stream, checks for write errors, and renames each temporary
 * file to its target.  On any failure, removes the temporary files and
 * returns false. */
bool evg_outputs_commit(evg_outputs *outputs, evg_diags *diags);
/** Removes temporary files not committed, and frees the set. */
void evg_outputs_free(evg_outputs *outputs);

#ifdef __cplusplus
}
#endif

#endif
