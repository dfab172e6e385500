/* evgraph.h: the one public header of libevgraph.
 *
 * Dated events -> event graph -> DOT, SVG/PNG/PDF and GraphML.
 *
 * Ownership, in one rule: a function that returns a pointer documents who
 * frees it.  Pointers into a graph (events, actors, edges, their strings) are
 * borrowed and stay valid until evg_graph_free().  The library never prints
 * and never exits; problems are reported into an evg_diags list.
 *
 * Linking: `make install` puts libevgraph.so (soname libevgraph.so.MAJOR),
 * libevgraph.a and evgraph.pc in place, so
 *   cc prog.c $(pkg-config --cflags --libs evgraph)
 * links the shared library and
 *   cc prog.c $(pkg-config --static --cflags --libs evgraph)
 * gives every library libevgraph.a needs (cgraph, gvc, libxml2, jansson,
 * fontconfig, glib, -lstemmer, -lm, -pthread) for a static link of it.
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

/* The library is built with -fvisibility=hidden: only what is marked
 * EVG_EXPORT is visible outside libevgraph.so. */
#if defined(__GNUC__) && __GNUC__ >= 4
#define EVG_EXPORT __attribute__((visibility("default")))
#else
#define EVG_EXPORT
#endif

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
  const char *source_line; /**< the offending line (no newline), or NULL;
                            * of a long line, the 160 code points around
                            * the column, with "…" where it was cut */
  int source_col;          /**< the caret's column in source_line */
} evg_diag;

typedef struct evg_diags evg_diags;

/** A new, empty list that keeps at most `max_errors` errors (0: no cap);
 * errors past the cap are counted but not kept.  Free with
 * evg_diags_free(). */
EVG_EXPORT evg_diags *evg_diags_new(int max_errors);
EVG_EXPORT void evg_diags_free(evg_diags *diags);

/** Adds a diagnostic.  `file`, `source_line` (may be NULL; only its first
 * line is kept) and the formatted message are copied. */
EVG_EXPORT void evg_diags_add(evg_diags *diags, evg_severity severity,
                              const char *file, int line, int col, int span,
                              const char *source_line, const char *format, ...)
    __attribute__((format(printf, 8, 9)));

EVG_EXPORT size_t evg_diags_count(const evg_diags *diags);
/** Borrowed; valid until the list is freed. */
EVG_EXPORT const evg_diag *evg_diags_get(const evg_diags *diags, size_t index);
/** Errors added, including those past the cap. */
EVG_EXPORT int evg_diags_errors(const evg_diags *diags);
/** True once the cap was reached: further errors were dropped. */
EVG_EXPORT bool evg_diags_capped(const evg_diags *diags);

/** Formats one diagnostic the way compilers do:
 *   file:line:col: error: message
 *       source line
 *           ^~~~
 * Returns a malloc'd string ending in a newline; the caller frees it. */
EVG_EXPORT char *evg_diag_format(const evg_diag *diag);

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

/** One written date: a year and as much as the precision says, with the
 * EDTF details that change its bounds or its spelling.
 *
 * `precision` is the unit the point spans: for unspecified digits and
 * significant digits it is the coarsest unit they leave open (2004-XX is a
 * year, 156X-12-25 a decade, 1XXX or 1950S2 a century: the scale has no
 * millennium).  EDTF seasons 21-32 count as quarters and quadrimesters
 * 37-39 as halves (the next coarser step). */
typedef struct {
  evg_precision precision;
  int32_t year;        /**< astronomical: 0 is 1 BCE, -1 is 2 BCE; for
                        * decades/centuries, the first year (1990, 1900); with
                        * unspecified digits, the written digits with X as 0 */
  int8_t month;        /**< 1..12 for DAY and MONTH precision (X digits as 0) */
  int8_t day;          /**< 1..31 for DAY precision (X digits as 0) */
  int8_t part;         /**< ISO week 1..53, quarter 1..4 or half 1..2 */
  int8_t season;       /**< EDTF code 21..32 or 37..39 as written, else 0 */
  int8_t significant;  /**< S of 1950S2 (significant digits), else 0 */
  uint8_t unspecified; /**< X digits (EVG_X_*), 0 when none */
  bool approximate;    /**< ~ on this point (or this end) */
  bool uncertain;      /**< ? on this point (or this end) */
} evg_date_point;

/** Bits of evg_date_point.unspecified: which written digits are X.  Only
 * four-digit years take X digits (1XXX, 156X-12-25, 1985-04-XX). */
enum {
  EVG_X_YEAR = 0x0f,  /**< bit 3: thousands ... bit 0: units of the year */
  EVG_X_MONTH = 0x30, /**< bit 5: tens, bit 4: units of the month */
  EVG_X_DAY = 0xc0    /**< bit 7: tens, bit 6: units of the day */
};

/** A fuzzy date: a point or an interval of points, with its bounds.
 * Days are counted from 1970-01-01 in the proleptic Gregorian calendar.
 *
 * An interval end is given (a point), open (`..`: the interval has no
 * start or no end, it runs on indefinitely) or unknown (empty, EDTF's
 * `/2025` and `2025/`: the end exists but nobody knows it).  Neither an
 * open nor an unknown end has a finite bound, so `start` (`end`) then
 * holds the given end's first (last) day and writers omit it.
 *
 * Qualifiers belong to points: `from.approximate` etc.  The date-level
 * `approximate` and `uncertain` say whether any point of the date carries
 * one (1984~/2004 is approximate); evg_date_compute_bounds sets them. */
typedef struct {
  evg_date_point from; /**< the date, or an interval's first point */
  evg_date_point to;   /**< an interval's last point; = from otherwise */
  bool interval;       /**< written A/B, ../B, A/.., /B or A/ */
  bool open_start;     /**< ../B: on or before B, no start */
  bool open_end;       /**< A/..: on or after A, no end */
  bool unknown_start;  /**< /B: began at an unknown time, ended in B */
  bool unknown_end;    /**< A/: began in A, ended at an unknown time */
  bool approximate;    /**< ~ (circa) on any point */
  bool uncertain;      /**< ? on any point */
  int32_t start;       /**< first day it can denote (no start: B's first day) */
  int32_t end;         /**< last day it can denote (no end: A's last day) */
} evg_date;

/** True when the date has a finite first day (not ../B nor /B). */
EVG_EXPORT bool evg_date_has_start(const evg_date *date);
/** True when the date has a finite last day (not A/.. nor A/). */
EVG_EXPORT bool evg_date_has_end(const evg_date *date);

/** The coarser of two precisions. */
EVG_EXPORT evg_precision evg_precision_coarser(evg_precision a,
                                               evg_precision b);
/** "day", "week", "month", "quarter", "half", "year", "decade", "century". */
EVG_EXPORT const char *evg_precision_name(evg_precision precision);

/** Days from 1970-01-01 for a valid proleptic Gregorian date. */
EVG_EXPORT int32_t evg_days_from_civil(int32_t year, int month, int day);
EVG_EXPORT void evg_civil_from_days(int32_t days, int32_t *year, int *month,
                                    int *day);
/** True when `day` exists in that month (leap years included). */
EVG_EXPORT bool evg_date_valid_day(int32_t year, int month, int day);
/** Number of ISO 8601 weeks (52 or 53) in an ISO week-year. */
EVG_EXPORT int evg_iso_weeks_in_year(int32_t iso_year);

/** Parses an absolute date: EDTF levels 0-2 for single dates and
 * intervals, and the events-file spellings.  Accepted: 2018, 2018-04,
 * 2018-04-16; ISO weeks 2025-W05; quarters 2025-Q1 or 2025-33..36; halves
 * 2025-H2 or 2025-40/41; seasons 2001-21..32; quadrimesters 2001-37..39;
 * unspecified digits 199X, 19XX, 1XXX, 2004-XX, 1985-04-XX, 156X-12-25
 * (not XXXX: it has no bound); years -0500, 500 BCE, Y12345, Y-12345,
 * Y17E4 (exponent), 1950S2 (significant digits: 1900-1999), all within
 * -999999..999999; intervals A/B, ../B, A/.., /B, A/; a qualifier ~ ? or %
 * after a point or after each interval end (1984~/2004, 2021/2024~; the
 * events-file spelling A/..~ qualifies A).  Fills `out` (bounds
 * included) and returns true.  On failure returns false, sets `*error` to
 * a static message and `*error_offset` to the byte offset in `text` where
 * the problem is. */
EVG_EXPORT bool evg_date_parse(const char *text, size_t len, evg_date *out,
                               const char **error, size_t *error_offset);

/** Computes `start` and `end` from the points and flags; used after a date
 * is built by hand (evg_date_parse does it itself). */
EVG_EXPORT void evg_date_compute_bounds(evg_date *date);

/** A date of one point at the given day and precision: the point that
 * contains `day` (e.g. the ISO week or the quarter it falls in). */
EVG_EXPORT evg_date evg_date_from_day(int32_t day, evg_precision precision);

/** Units for evg_date_shift. */
typedef enum {
  EVG_UNIT_DAY,
  EVG_UNIT_WEEK,
  EVG_UNIT_MONTH,
  EVG_UNIT_QUARTER,
  EVG_UNIT_YEAR
} evg_unit;

/** The date `amount` units after `base` (before, when negative).  The
 * result is the point containing the shifted first day of `base`, at the
 * coarser of base's precision and the unit's: "anchor - 1 month" is a
 * month, "@x - 7 days" keeps x's precision.  For an interval with an open
 * or unknown end, the rule applies to its given end, at that end's
 * precision, and the open or unknown side is kept: ../2025 + 1 day is
 * ../2025, 2025-01-13/.. + 1 day is 2025-01-14/..  Month shifts clamp the
 * day (31 Jan + 1 month = 28/29 Feb).  Qualifiers carry over.  Returns
 * false when the result leaves years -999999..999999, when it is finer
 * than a year outside -9999..9999, or when a year beyond four digits would
 * be qualified or an interval end (EDTF writes Y12345 alone). */
EVG_EXPORT bool evg_date_shift(const evg_date *base, int amount, evg_unit unit,
                               evg_date *out);

/** Adds qualifiers to a date: to the point, or to each given end of an
 * interval (a relative date's trailing ~ ? %).  Returns false, changing
 * nothing, for a year beyond four digits: EDTF has no qualifier for it. */
EVG_EXPORT bool evg_date_qualify(evg_date *date, bool approximate,
                                 bool uncertain);

/** The day a date stands at on a time line: its first day, or without a
 * start (../B, /B) the last day of B. */
EVG_EXPORT int32_t evg_date_first_known_day(const evg_date *date);
/** The day a date ends at: its last day, or without an end (A/.., A/)
 * the first day of A. */
EVG_EXPORT int32_t evg_date_last_known_day(const evg_date *date);
/** The date's (first) year, astronomical; B's for ../B and /B; the year of
 * the first day for X digits and significant digits (-1XXX: -1999). */
EVG_EXPORT int32_t evg_date_year(const evg_date *date);

/** Chronological order: by first day, then last day (narrower first).
 * Returns <0, 0, >0.  Ties are broken by the caller (file order). */
EVG_EXPORT int evg_date_compare(const evg_date *a, const evg_date *b);

/** Writes the date as EDTF (levels 0-2) whose bounds are exactly `start`
 * and `end`: "2025-01", "2025-33" (a quarter), "2025-40" (a half),
 * "2025-01-27/2025-02-02" (a week is the interval of its days),
 * "2021/2024~", "1984~/2004", "2025-03~/..", "/2025", "199X", "-0499",
 * "Y12345", "1950S2"; a BCE decade or century is the interval of its years.
 * Where EDTF (as edtf.js reads it) has no spelling, a point is written as
 * the span of its days, months or years with the same bounds: a qualified
 * season, X date or decade ("2001-07?/2001-09?", "1990?/1999?"), a sub-year
 * code or significant digits as an interval end ("2025-01/2025-09"), X
 * digits in an interval with a qualified end; A/A is written A.
 * Into buf (NUL-terminated, truncated to size); returns the length needed. */
EVG_EXPORT size_t evg_date_format_edtf(const evg_date *date, char *buf,
                                       size_t size);
/** Writes the date in the events-file spelling: as evg_date_format_edtf,
 * but weeks, quarters and halves as ISO-style 2025-W05, 2025-Q1, 2025-H2
 * (the GraphML and DOT `date_iso` value). */
EVG_EXPORT size_t evg_date_format_iso(const evg_date *date, char *buf,
                                      size_t size);
/** Writes the date as people read it ("c. 2018", "Jan 2025", "27 Jan 2025",
 * "2021–2024", "Q1 2025", "1990s", "500 BCE", "by 13 Jan 2025"). */
EVG_EXPORT size_t evg_date_format_human(const evg_date *date, char *buf,
                                        size_t size);
/** Writes a day as ISO 8601 YYYY-MM-DD (-YYYY-MM-DD before year 0; past
 * 9999 ISO's expanded form with its sign, +12345-01-01). */
EVG_EXPORT size_t evg_day_format_iso(int32_t day, char *buf, size_t size);

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
EVG_EXPORT const char *evg_relation_name(evg_relation relation);

typedef struct {
  const char *id;   /**< [A-Za-z_][A-Za-z0-9_.-]*, at most 256 */
  const char *name; /**< display name (UTF-8) */
  const char *kind; /**< person, company, government, ... */
  evg_pos pos;
} evg_actor;

/** What a web timeline (TimelineJS) shows of an event beyond the graph:
 * read from a TimelineJS sheet or JSON file and written back by
 * evg_render_timelinejs.  Every member is NULL when not given.  The events
 * file and the other formats do not carry these. */
typedef struct {
  const char *display_date;    /**< shown instead of the date */
  const char *start_time;      /**< time of day, "HH:MM" or "HH:MM:SS" */
  const char *end_time;        /**< of the end date, likewise */
  const char *media;           /**< URL (or embed text) of a picture, video,
                                * map... */
  const char *media_credit;    /**< who made the media */
  const char *media_caption;   /**< what it shows */
  const char *media_thumbnail; /**< URL of a small picture */
  const char *background;      /**< a colour (#RRGGBB) or a picture URL */
} evg_slide;

/** One source of an event and what it says: an events file's `source:`
 * and `quote:` keys, paired in the order written (a `quote:` completes the
 * last pair when it has no quote yet, else starts a new one; `source:`
 * likewise).  Either may be NULL, not both. */
typedef struct {
  const char *source;
  const char *quote;
} evg_citation;

typedef struct {
  const char *id;
  const char *label;       /**< the headline */
  const char *description; /**< or NULL */
  const char *quote;       /**< the first citation's quote, or NULL */
  const char *source;      /**< the first citation's source, or NULL */
  evg_date date;           /**< resolved */
  const char *date_text;   /**< as written, e.g. "@inauguration - 7 days" */
  bool date_derived;       /**< written relative to the anchor or an event */
  const size_t *actors;    /**< actor indices */
  size_t actor_count;
  const char *const *tags;
  size_t tag_count;
  size_t rank; /**< position in the chronological order, from 0 */
  evg_pos pos;
  /** TimelineJS's extras, or NULL when the input gave none (events files
   * never do): kept apart, since a million events would otherwise carry
   * 64 empty bytes each. */
  const evg_slide *slide;
  /** Every source/quote pair, in file order (several after a merge);
   * `quote` and `source` above are citations[0]'s.  Borrowed. */
  const evg_citation *citations;
  size_t citation_count;
  /** `note:` lines, in file order (a merge notes the dates it overrode). */
  const char *const *notes;
  size_t note_count;
} evg_event;

typedef struct {
  evg_relation relation;
  size_t from; /**< event index */
  size_t to;   /**< event index, or actor index for EVG_REL_INVOLVES */
  evg_pos pos; /**< where it was written (the event's, for derived edges) */
} evg_edge;

/** A period: a named stretch of time that gives the events their context
 * ("Biden administration"), written as a `period ID` block.  It is no
 * event: it has no relations and no rank.  The timeline draws it as a
 * band behind the events; the graph picture leaves it out; the data
 * formats write it as a node of kind "period". */
typedef struct {
  const char *id;
  const char *label;
  evg_date from;     /**< a single date: the period starts on its first day */
  evg_date to;       /**< a single date: it ends on its last day; unused
                      * when open_end */
  bool open_end;     /**< written `to: ..`: still going */
  const char *color; /**< "#RRGGBB", or NULL for the theme's colour */
  evg_pos pos;
} evg_period;

/** The period as one date: the interval from `from` to `to` (A/B), or
 * A/.. when it is still going; its bounds are the period's first and last
 * days. */
EVG_EXPORT evg_date evg_period_span(const evg_period *period);

typedef struct evg_graph evg_graph;

EVG_EXPORT void evg_graph_free(evg_graph *graph);

/** Header values, or NULL when the file has none. */
EVG_EXPORT const char *evg_graph_title(const evg_graph *graph);
EVG_EXPORT const char *evg_graph_source(const evg_graph *graph);
/** The anchor date; false when the file has none. */
EVG_EXPORT bool evg_graph_anchor(const evg_graph *graph, evg_date *anchor);

EVG_EXPORT size_t evg_graph_event_count(const evg_graph *graph);
/** Events in file order; borrowed. */
EVG_EXPORT const evg_event *evg_graph_event(const evg_graph *graph,
                                            size_t index);
/** The index of the event at chronological rank `rank`. */
EVG_EXPORT size_t evg_graph_event_by_rank(const evg_graph *graph, size_t rank);
EVG_EXPORT size_t evg_graph_actor_count(const evg_graph *graph);
EVG_EXPORT const evg_actor *evg_graph_actor(const evg_graph *graph,
                                            size_t index);
EVG_EXPORT size_t evg_graph_period_count(const evg_graph *graph);
/** Periods in file order; borrowed. */
EVG_EXPORT const evg_period *evg_graph_period(const evg_graph *graph,
                                              size_t index);
/** Edges: relations in file order, then involves, then the next chain. */
EVG_EXPORT size_t evg_graph_edge_count(const evg_graph *graph);
EVG_EXPORT const evg_edge *evg_graph_edge(const evg_graph *graph, size_t index);

/** Verifies the graph's invariants (indices in range, ranks a permutation,
 * next chain consistent with the order).  Returns true when they hold. */
EVG_EXPORT bool evg_graph_check(const evg_graph *graph);

/* ------------------------------------------------------------------ */
/* The events-file parser                                              */
/* ------------------------------------------------------------------ */

/** Parses an events file held in memory (`len` bytes, need not be
 * NUL-terminated).  `file` is the name used in positions.  Returns a new
 * graph, freed by the caller with evg_graph_free(), or NULL when errors were
 * found; every error (and warning) goes to `diags`.  Invalid UTF-8, control
 * characters (C0 but tab, DEL, C1) and bidi embeddings, overrides and
 * isolates are errors; invisible characters (zero-width, marks, U+FEFF
 * inside a line) are warnings. */
EVG_EXPORT evg_graph *evg_parse_events(const char *text, size_t len,
                                       const char *file, evg_diags *diags);

/* ------------------------------------------------------------------ */
/* TimelineJS: its spreadsheet (CSV) and JSON as inputs                */
/* ------------------------------------------------------------------ */

/** Parses a TimelineJS spreadsheet saved as CSV (RFC 4180, read with
 * libcsv): a header row naming the template's columns (Year, Month, Day,
 * Time, End Year, End Month, End Day, End Time, Display Date, Headline,
 * Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group,
 * Background; in any order, case and spaces around names ignored), then
 * one row per event.  Year (negative: before year 1, astronomical as
 * JavaScript counts), Month and Day give a date of year, month or day
 * precision, End Year... an interval; Headline becomes the label and Text
 * the description (HTML reduced to its text by libxml2's HTML parser);
 * Group a tag; Type "era" rows become periods, the "title" row the
 * title (its Text the header's source).  Ids are slugs of the headlines,
 * made unique with -2, -3... in row order.  Positions are the row's line
 * and the cell's column (characters).  Otherwise as evg_parse_events:
 * returns a graph freed with evg_graph_free(), or NULL when errors were
 * found; every diagnostic goes to `diags`. */
EVG_EXPORT evg_graph *evg_parse_timelinejs_csv(const char *text, size_t len,
                                               const char *file,
                                               evg_diags *diags);

/** Parses TimelineJS JSON (read with jansson): {"title": slide, "events":
 * [slide...], "eras": [era...]}, each slide with start_date and end_date
 * ({year, month, day, hour, minute, second, display_date}; numbers or
 * strings of digits), text {headline, text}, media {url, credit, caption,
 * thumbnail}, group, display_date, background {color or url} and
 * unique_id (kept as the id when it is a valid, unused id).  Mapped as
 * evg_parse_timelinejs_csv.  A syntax error is reported at its line and
 * column; jansson keeps no position of values, so other errors name the
 * value's path ("events[2].start_date.month") and have line 0, as do the
 * positions of the elements. */
EVG_EXPORT evg_graph *evg_parse_timelinejs_json(const char *text, size_t len,
                                                const char *file,
                                                evg_diags *diags);
/* Merging: several events files, one graph                             */
/* ------------------------------------------------------------------ */

/** Joins graphs (events files, usually extractions of articles about the
 * same happenings) into one, as `evgraph merge` does (README, Merging):
 *  - actors whose names fold to the same key (case and accents folded,
 *    titles such as "Mr." dropped) become one, and so does a lone family
 *    name with the one full name that ends in it;
 *  - events from different articles (a graph is one; a graph of
 *    evg_parse_extract_jsonl whose file name ends in ".jsonl" holds one an
 *    article id, its events' source) that are the same happening (dates that
 *    overlap or lie at most EVG_MERGE_GAP_DAYS apart, EVG_MERGE_DAY_GAP_DAYS
 *    when both are one day or two running, a shared actor, no actors on
 *    one side or clock times of one stated day within an hour, a score of
 *    text and date closeness at least
 *    EVG_MERGE_SIMILARITY, of which the text at least EVG_MERGE_MIN_TEXT)
 *    become one, keeping every citation; pairs are
 *    taken from the highest score down, one event of each article at most,
 *    every two members at most EVG_MERGE_GAP_DAYS apart;
 *    an event made from part of a sentence must share one of its own words
 *    (not only the rest of its sentence's), and when only one side names
 *    who acted, they need two shared words, standing twice in the
 *    headlines; on different days without a shared actor, both headlines
 *    must use one word of what happened (README, Merging); after those,
 *    two events still alone that fall on the same stated day, share an
 *    actor each headline names and are each their article's only telling
 *    of that actor that day join too (paraphrases: "arrested X" / "X was
 *    taken into custody"); last, two events still alone of one stated day
 *    that name no two different actors, share a word of what happened
 *    that one of them says itself, and are each their article's only
 *    sentence still alone that day join, between articles that tell one
 *    story ("She announced her retirement" / "Kowalczyk announced that
 *    this will be her final season"); two events of one stated day whose
 *    quotes write times of day more than an hour apart (a clock time or a
 *    part of the day) are two happenings, and two still alone whose times
 *    agree, one a clock time, join last when each is the other article's
 *    only telling at that time, between articles of one story (merge29);
 *  - two articles' events join only when the articles tell one story: their
 *    candidate pairs cover two or more sentences of each, their terms are
 *    alike and they share a name (merge_articles.c states the thresholds),
 *    unless a pair has strong evidence of its own (an actor in common and a
 *    word of what happened in both headlines, or clock times of one stated
 *    day within an hour); articles of fewer than three sentences are
 *    exempt.  Without it a corpus of unrelated articles joined events that
 *    only fell on one day and shared a common word;
 *  - a merged event takes the narrowest date; a date that does not overlap
 *    it is reported as a warning in `diags` citing both positions and kept
 *    as a note;
 *  - every date is written resolved (relative ones noted as written).
 * The result does not depend on the order of `graphs` nor of a corpus's
 * articles (they are put in a canonical order by content first).  Ids taken by
 * two different merged elements are told apart with "-2", "-3"... in that
 * order.  Returns a new graph freed with evg_graph_free() (it does not borrow
 * from `graphs`), or NULL with errors in `diags` (merged relations that form a
 * cycle).  Time O(n log n) in the number of events. */
EVG_EXPORT evg_graph *evg_merge(const evg_graph *const *graphs, size_t count,
                                evg_diags *diags);

/** Days between two non-overlapping dates that may still be one event. */
#define EVG_MERGE_GAP_DAYS 3
/** The same when both dates are one day each, or two days running (a
 * night): a day late is a telling of the night or of the morning after,
 * two days a different happening. */
#define EVG_MERGE_DAY_GAP_DAYS 1
/** Least score, in percent, of two events taken as one: the cosine of
 * their terms (the headline's and the quotes' words, folded and stemmed,
 * each weighted by the log of its inverse share of the merged events) plus
 * EVG_MERGE_DATE_WEIGHT percent of the closeness of their dates (1 for
 * the same day, halved for each day between, divided by the days the wider
 * spans, 0 for an open end). */
#define EVG_MERGE_SIMILARITY 25
/** What the closeness of two dates adds to their score, in percent. */
#define EVG_MERGE_DATE_WEIGHT 20
/** What the words of an event's quote outside its headline weigh, in
 * percent, when the quote is also another event's of the same input (a
 * sentence that tells two happenings: the rest of it may be the other's). */
#define EVG_MERGE_SHARED_SENTENCE 25
/** Least cosine of their terms, in percent, for two events taken as one:
 * the closeness of their dates adds to what their words share, never
 * stands for it (two happenings of one day share a word by chance). */
#define EVG_MERGE_MIN_TEXT 8

/** Writes the graph as an events file that evg_parse_events reads back to
 * the same model (less positions): header, actors, periods, events.
 * Dates are written resolved, in the events-file spelling; a relative
 * date's written form becomes a `note:`.  A value the file cannot hold on
 * one line (line breaks, control characters, invalid UTF-8, surrounding
 * spaces) is cleaned, with a warning in `diags`.  Returns true on success;
 * write errors go to `diags`. */
EVG_EXPORT bool evg_render_events(const evg_graph *graph, FILE *out,
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
 * them, a next chain recomputed over them, and every period.  The title,
 * anchor, source, each event's resolved date, date_text and date_derived, and
 * every element's position (file, line, column) are kept.  An empty result is a
 * valid graph with no events.  Runs in time linear in the graph plus the
 * sort of the kept events.
 *
 * Returns NULL, with an error in `diags`, when `focus` is not an event id
 * or an actor id in `filter->actors` is unknown; no other diagnostic is
 * added (warnings about the graph were given when it was built).  The
 * caller frees the result with evg_graph_free(); it does not depend on
 * `graph`, which may be freed first. */
EVG_EXPORT evg_graph *evg_graph_filter(const evg_graph *graph,
                                       const evg_filter *filter,
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
EVG_EXPORT const char *evg_timex_type_name(evg_timex_type type);

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
EVG_EXPORT evg_timexes *evg_tag_text(const char *text, size_t len,
                                     const evg_date *anchor);
EVG_EXPORT size_t evg_timexes_count(const evg_timexes *list);
EVG_EXPORT const evg_timex *evg_timexes_get(const evg_timexes *list,
                                            size_t index);
EVG_EXPORT void evg_timexes_free(evg_timexes *list);

/** Looks for the text's own date in its first lines: a dateline ("WASHINGTON,
 * Jan. 27, 2025 —"), a "Date:"/"Published:" header or an ISO date alone on a
 * line: a date its line ends with, or a dash, colon, bar or bracket sets
 * off.  A date that runs on into a sentence ("On June 4, 1783, the
 * brothers flew") is a happening's, not the text's.  Returns true and
 * fills `date` (day precision) when found. */
EVG_EXPORT bool evg_find_text_date(const char *text, size_t len,
                                   evg_date *date);

/* ------------------------------------------------------------------ */
/* Extraction: prose -> proposed events                                */
/* ------------------------------------------------------------------ */

typedef enum {
  EVG_EXTRACT_EVENTS, /**< an events file, ready to edit and render */
  EVG_EXTRACT_TIMEML, /**< the text with inline TIMEX3 elements */
  EVG_EXTRACT_JSON    /**< JSON Lines: one actor or event per line */
} evg_extract_format;

/** A further relation of a proposed event: an evg_relation to the event
 * at index `target`. */
typedef struct {
  int relation;
  size_t target;
} evg_extracted_relation;

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
  /** the event's relations beyond `relation` (none when it is -1), owned
   * by the evg_extraction */
  const evg_extracted_relation *more_relations;
  size_t more_relation_count;
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
 * `diags`).  Returns a new extraction, freed with evg_extraction_free().
 * Safe to call from several threads at once.  The first call builds an
 * index of the gazetteer that every later call shares read-only; it lives
 * until the process ends (about 90 KB, "still reachable" to valgrind). */
EVG_EXPORT evg_extraction *evg_extract(const char *text, size_t len,
                                       const evg_date *anchor, bool events,
                                       evg_diags *diags);
EVG_EXPORT void evg_extraction_free(evg_extraction *extraction);
/** The anchor used, or false when there was none. */
EVG_EXPORT bool evg_extraction_anchor(const evg_extraction *x,
                                      evg_date *anchor);
EVG_EXPORT const evg_timexes *evg_extraction_timexes(const evg_extraction *x);
EVG_EXPORT size_t evg_extraction_event_count(const evg_extraction *x);
EVG_EXPORT const evg_extracted_event *
evg_extraction_event(const evg_extraction *x, size_t index);
EVG_EXPORT size_t evg_extraction_actor_count(const evg_extraction *x);
EVG_EXPORT const evg_extracted_actor *
evg_extraction_actor(const evg_extraction *x, size_t index);

/** Writes an extraction in one of the formats.  `text` is the text it was
 * made from; `file` names it in the output. */
EVG_EXPORT bool evg_write_extraction(const evg_extraction *x, const char *text,
                                     size_t len, const char *file,
                                     evg_extract_format format, FILE *out,
                                     evg_diags *diags);

/* ------------------------------------------------------------------ */
/* Corpus extraction: JSON Lines of articles -> JSON Lines of events    */
/* ------------------------------------------------------------------ */

/** What evg_extract_jsonl did. */
typedef struct {
  size_t records; /**< records read (blank lines are no records) */
  size_t skipped; /**< records left out for an error */
  size_t events;  /**< event lines written */
} evg_jsonl_counts;

/** Receives the diagnostics of one record (positioned `file:LINE:COL`)
 * once it is done; the list is emptied when the callback returns. */
typedef void (*evg_diags_report)(const evg_diags *diags, void *context);

/** Reads JSON Lines of articles, `{"id": ..., "date": "YYYY-MM-DD",
 * "text": ...}`, from `in` (named `file` in positions) and writes, for
 * each, the events evg_extract finds, one JSON object a line: the event
 * record of EVG_EXTRACT_JSON without "file", plus "article" (the id: a
 * string, or an integer written as its digits) and the event's actors as
 * objects {id, name, kind}, so that every line stands alone.  Event ids are
 * the extraction's ("event-1" ...); the pair (article, id) is unique.
 * `date` is the article's anchor (absent or null: a dateline in the text,
 * else none); other keys are ignored.
 *
 * Streaming, in memory bounded by the longest record: each record is
 * parsed (jansson), extracted, written, flushed and freed before the next
 * is read.  A record longer than `max_record` bytes, malformed, or without
 * a string "text" and a string or integer "id" gets an error in `report`'s
 * list and is skipped; the run goes on (a corpus run must not die on one bad
 * record), and counts->skipped says how many.  Returns false when `in`
 * cannot be read or `out` written (an error reported too); true otherwise,
 * skipped records included.  `counts` may be NULL. */
EVG_EXPORT bool evg_extract_jsonl(FILE *in, const char *file, size_t max_record,
                                  FILE *out, evg_diags_report report,
                                  void *context, evg_jsonl_counts *counts);

/** Builds a graph from what evg_extract_jsonl writes (`len` bytes; `file`
 * names it in positions), so that `evgraph render` and `check` take a
 * corpus's events.  Each line is an event: its id is the article's prefix,
 * a dot and its id ("nyt-1.event-3"); the prefix is the article id where
 * that is an id ([A-Za-z_][A-Za-z0-9_.-]*), else "article-" and the id with
 * other characters as '-' ("article-42"), with its hash appended when two
 * articles would share one.  Actors are one node per article and actor id
 * (prefixed alike); `source` is the article id, `quote` the sentence.
 * Relations point within the article; one to an event that is not there
 * is left out with a warning, and so is an event whose date stayed
 * relative ("anchor - 1 week": its article had no date).  Malformed lines
 * are errors at their line and column (jansson's).  Returns NULL when
 * errors were found; the caller frees the graph with evg_graph_free(). */
EVG_EXPORT evg_graph *evg_parse_extract_jsonl(const char *text, size_t len,
                                              const char *file,
                                              evg_diags *diags);

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
  /** The slide in pixels, the canvas of both layouts; 0: 1920x1080.  The
   * pictures fit it; the graph layout keeps its text at the legibility
   * floor (headlines 24 px, other text 18 px at this size) and warns when
   * the events do not fit at that size. */
  int width, height;
  /** Event ids drawn emphasised in the pictures (SVG, PNG, PDF), with the
   * relations among them, and every other event faded, each at the place
   * it has without them: consecutive slides tell a story.  Borrowed; NULL
   * (or a count of 0): none.  evg_check_highlight checks the ids. */
  const char *const *highlight;
  size_t highlight_count;
  /** evg_render_image lays out in a child process (a Graphviz crash or
   * hang must not take the caller down) and stops it after this many
   * seconds; 0 means EVG_LAYOUT_SECONDS. */
  unsigned int layout_seconds;
} evg_render_options;

/** Checks that every id of options->highlight is an event of `graph`:
 * each that is not (unknown, or an actor's) is an error in `diags`.
 * Returns true when all are events.  evg_render_image checks them too, and
 * draws nothing when one is not. */
EVG_EXPORT bool evg_check_highlight(const evg_graph *graph,
                                    const evg_render_options *options,
                                    evg_diags *diags);

/** Writes the graph as DOT (built with cgraph, written with agwrite).
 * Text attributes are Graphviz escStrings (each backslash doubled, so that
 * cgraph reads every value back; README, DOT), with a line continuation in
 * runs past 8 KB.  Returns true on success; failures go to `diags`.  Graphviz
 * keeps process-wide state (its error handler, the gvc context): call this and
 * evg_render_image from one thread at a time. */
EVG_EXPORT bool evg_render_dot(const evg_graph *graph,
                               const evg_render_options *options, FILE *out,
                               evg_diags *diags);

/** As evg_render_dot, for a caller that is done with `graph`: takes it and
 * frees it (whatever the outcome), as soon as cgraph holds its nodes and
 * their attributes.  cgraph then makes the edges from a copy of 20 bytes an
 * edge, and writes, without the model beside it: the model is about a
 * fifth of what evg_render_dot holds at its peak.  The DOT is the same,
 * byte for byte.  `graph` must not be used after the call. */
EVG_EXPORT bool evg_render_dot_consume(evg_graph *graph,
                                       const evg_render_options *options,
                                       FILE *out, evg_diags *diags);

/** Lays the graph out with gvc and renders it in `format` ("svg", "png" or
 * "pdf") to `out`.  The layout runs in a forked child process with a time
 * limit (options->layout_seconds): a crash or hang in Graphviz becomes an
 * error in `diags`, not the end of the caller.  Characters of the drawn text
 * that no installed font has (fontconfig) would come out as empty boxes:
 * they are named in a warning in `diags` (U+XXXX, the first one's event,
 * the Debian packages that cover them), once per graph when several
 * formats are rendered into one `diags`. */
EVG_EXPORT bool evg_render_image(const evg_graph *graph,
                                 const evg_render_options *options,
                                 const char *format, FILE *out,
                                 evg_diags *diags);

/** Opens the file of one output of evg_render_deck: slide `slide` of
 * `slide_count` (numbered from 1; slide 1 is the overview) in svg and png,
 * or the whole deck (`slide` 0) in pdf.  Returns a stream that stays the
 * caller's (evg_render_deck writes to it and neither closes nor keeps it),
 * or NULL after adding an error to `diags`, which ends the deck. */
typedef FILE *(*evg_deck_opener)(void *context, size_t slide,
                                 size_t slide_count, evg_diags *diags);

/** Draws the timeline as a deck of slides of options->width x height, on
 * which the text meets the legibility floor (headlines at least 24 px,
 * other text 18 px, as a browser draws the SVG at that size): an overview
 * (the whole time axis, the periods, each slide's stretch of time), then
 * the events in time order, cut at natural gaps (periods' boundaries
 * first, then the widest gaps) into slides that fit; every event is on
 * exactly one slide, and a relation to an event on another slide is a
 * stub in its box ("→ 27 Jan 2025: ... (slide 4)").  `format` "svg" or
 * "png" writes a file per slide, "pdf" one file of one page per slide
 * (cairo, fonts embedded), each through `open`.  Laid out in a child
 * process as evg_render_image; a slide that cannot meet the floor (an
 * event too large for a slide alone) is drawn smaller with a warning.
 * options->layout must be NULL or "timeline".  Returns true on success. */
EVG_EXPORT bool evg_render_deck(const evg_graph *graph,
                                const evg_render_options *options,
                                const char *format, evg_deck_opener open,
                                void *context, evg_diags *diags);

/** Frees the Graphviz context that evg_render_image keeps for the whole
 * process (Graphviz 2.42 misbehaves with a second context after the first
 * is freed).  Call once before exit; rendering afterwards makes a new one. */
EVG_EXPORT void evg_render_cleanup(void);

/** Writes the graph as GraphML (libxml2 xmlTextWriter). */
EVG_EXPORT bool evg_render_graphml(const evg_graph *graph,
                                   const evg_render_options *options, FILE *out,
                                   evg_diags *diags);

/** The two shapes of evg_render_json. */
typedef enum {
  /** Node-link, as NetworkX node_link_graph (2.8: its defaults; 3.4 on:
   * edges="links") and d3 read it: {directed, multigraph, graph, nodes:
   * [{id, ...}], links: [{source, target, key, ...}]}. */
  EVG_JSON_NODE_LINK,
  /** graphology's serialisation, for Graph.from(): {options, attributes,
   * nodes: [{key, attributes}], edges: [{key, source, target,
   * attributes}]}. */
  EVG_JSON_GRAPHOLOGY
} evg_json_flavour;

/** Writes the graph as JSON (jansson) in one of the two shapes: a directed
 * multigraph with the GraphML writer's attributes, typed (year, rank, line
 * and column integers, approximate and uncertain booleans, actors and tags
 * arrays; absent values are absent).  Edge keys are e0, e1, ... as GraphML's
 * edge ids.  Text is made valid UTF-8 first (U+FFFD).  Streamed one node or
 * edge at a time, one per line: memory does not grow with the graph.
 * Returns true on success; failures (write errors included) go to
 * `diags`. */
EVG_EXPORT bool evg_render_json(const evg_graph *graph,
                                const evg_render_options *options,
                                evg_json_flavour flavour, FILE *out,
                                evg_diags *diags);

/** Writes the graph as GEXF 1.2draft (libxml2 xmlTextWriter) for Gephi's
 * timeline: mode="dynamic", each event spanning its bounds (open ends left
 * out), each actor from its first event to its last, each edge while its
 * later event lasts; attributes typed and named as the GraphML keys;
 * colours by actor kind and relation (options->theme), and the positions
 * and sizes of the picture's layout (options->layout).  The layout runs as
 * evg_render_image's does (same child process and time limit) and a failed
 * layout is an error; above 2000 events no layout is made, the file has
 * no positions, and a warning in `diags` says so.
 * Dates in 1 BCE (year 0), which GEXF's date type cannot write, are left
 * out of the time spans with a warning.  Returns true on success.  It uses
 * Graphviz as evg_render_image does: one thread at a time. */
EVG_EXPORT bool evg_render_gexf(const evg_graph *graph,
                                const evg_render_options *options, FILE *out,
                                evg_diags *diags);

/** Writes the graph as GraphML with the yFiles extension, for yEd: the
 * plain GraphML's data keys plus a drawing, each node a y:ShapeNode placed
 * by the image layout (options->layout, options->layout_seconds) with its
 * date and headline as label, each edge a y:PolyLineEdge styled by its
 * relation.  Above 2,000 events (not laid out: the layouts are slides) the
 * nodes are put in a grid in time order instead, with a warning in
 * `diags`.  Returns false, writing nothing, when the layout fails.
 * Graphviz keeps process-wide state: one thread at a time, as
 * evg_render_image. */
EVG_EXPORT bool evg_render_yed(const evg_graph *graph,
                               const evg_render_options *options, FILE *out,
                               evg_diags *diags);

/** Writes the graph as TimelineJS JSON (jansson), for a web timeline:
 * {"title": {"text": {"headline", "text"}}, "events": [...], "eras":
 * [...]}.  Each event (in file order) is a slide with its id as unique_id,
 * start_date and end_date ({year, month, day} at the finest of year, month
 * and day that its bounds allow, with hour, minute and second from
 * slide.start_time), text {headline: label, text: description}, group (the
 * first tag), display_date, media and background (from `slide`).  What
 * TimelineJS cannot hold is lost: actors, relations, quotes and sources,
 * and the exact form of weeks, quarters, seasons, X digits and qualifiers,
 * whose bounds are kept and whose evgraph date text becomes display_date
 * (unless one is given); an open end is left out, an open start starts at
 * its given end.  Periods become eras (one still going ends with the
 * timeline's last day).  Returns true on success; failures go to
 * `diags`. */
EVG_EXPORT bool evg_render_timelinejs(const evg_graph *graph,
                                      const evg_render_options *options,
                                      FILE *out, evg_diags *diags);

/* ------------------------------------------------------------------ */
/* Output files, all or nothing                                        */
/* ------------------------------------------------------------------ */

/** A set of output files written to temporary files beside their targets
 * and renamed into place together, so that a failed run never leaves a
 * half-written file or clobbers a good one. */
typedef struct evg_outputs evg_outputs;

EVG_EXPORT evg_outputs *evg_outputs_new(void);
/** Opens a temporary file in `path`'s folder for writing.  The stream is
 * owned by the set: do not fclose it.  NULL (and a diagnostic) on failure. */
EVG_EXPORT FILE *evg_outputs_open(evg_outputs *outputs, const char *path,
                                  evg_diags *diags);
/** Closes every stream, checks for write errors, and renames each temporary
 * file to its target.  On any failure, removes the temporary files and
 * returns false. */
EVG_EXPORT bool evg_outputs_commit(evg_outputs *outputs, evg_diags *diags);
/** Removes the temporary files of the set and nothing else: no memory is
 * freed, no stream closed.  Async-signal-safe, for a SIGINT or SIGTERM
 * handler, provided the signal cannot arrive while another evg_outputs
 * function runs on the set (block it around them). */
EVG_EXPORT void evg_outputs_unlink_temporaries(const evg_outputs *outputs);
/** Removes temporary files not committed, and frees the set. */
EVG_EXPORT void evg_outputs_free(evg_outputs *outputs);

#ifdef __cplusplus
}
#endif

#endif
