/* timelinejs.c: TimelineJS slides -> the event graph.  Both readers (the
 * sheet as CSV, the JSON) hand their slides here: dates are written in the
 * events-file spelling and read by evg_date_parse, HTML is reduced to its
 * text by libxml2's HTML parser, ids are slugs of the headlines. */
#define _XOPEN_SOURCE 700 /* strptime */
#include "timelinejs.h"

#include <libxml/HTMLparser.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

const char *const tl_column_names[TL_COLUMN_COUNT] = {
    "Year",      "Month",   "Day",          "Time",          "End Year",
    "End Month", "End Day", "End Time",     "Display Date",  "Headline",
    "Text",      "Media",   "Media Credit", "Media Caption", "Media Thumbnail",
    "Type",      "Group",   "Background"};

/* The longest slug: ids name nodes and SVG elements; a headline is a
 * sentence, its first words are enough to recognise it. */
enum { SLUG_MAX = 64 };

struct tl_import {
  evg_builder *builder;
  evg_diags *diags;
  evg_arena *arena;
  evg_map suffix_of;   /* slug -> its slot in next_suffix */
  size_t *next_suffix; /* the next -N to try, per slug taken twice */
  size_t suffix_count, suffix_cap;
  bool has_title;
  int32_t last_day;           /* the last known day of the events read */
  struct open_era *open_eras; /* eras read as still going */
  size_t open_count, open_cap;
  /* evgraph's own key: the actors' ids, the events' and eras' (the ids a
   * reference may name, to tell an unknown one at its path), the
   * references checked when every slide is read, relative dates' written
   * forms put back on the finished graph */
  evg_map actor_ids, event_ids, era_ids;
  struct own_ref *refs;
  size_t ref_count, ref_cap;
  struct written *written;
  size_t written_count, written_cap;
};

/* An actor or relation of evgraph's key, added once its target is known. */
struct own_ref {
  size_t event;
  evg_relation relation; /* EVG_REL_INVOLVES: an actor */
  tl_cell cell;          /* the id, its path in the arena */
};

struct written {
  size_t event;
  const char *text;
};

/* An era whose "evgraph": {"to": ".."} was read: -t timelinejs ended its
 * end_date on the timeline's last day, or on its own start when that is
 * later, so any other end_date (before an event's last day, or after it)
 * was edited in TimelineJS, and wins (checked when every slide is
 * read). */
struct open_era {
  size_t period;
  int32_t fields_last; /* the last day of end_date */
  evg_date from, to;   /* start_date and end_date as dates */
  tl_cell cell;        /* the "to", for the warning */
  const char *own_from;
};

static void warn(tl_import *import, const tl_cell *cell, const char *message);

/* The open eras whose end_date is not where -t timelinejs ends one (the
 * last event's last day, or the era's start when later): edited, their
 * fields are read instead, with a warning. */
static void check_open_eras(tl_import *import) {
  for (size_t i = 0; i < import->open_count; i++) {
    const struct open_era *o = &import->open_eras[i];
    /* -t timelinejs ends it on the last event's last day, or where it
     * starts when that is later: another end was edited */
    int32_t written =
        import->last_day > o->from.start ? import->last_day : o->from.start;
    if (o->fields_last == written)
      continue;
    char message[400];
    snprintf(message, sizeof message,
             "'%.100s' to '..' is not the span of start_date and end_date "
             "(%s): they are read instead",
             o->own_from,
             o->fields_last < import->last_day
                 ? "an event ends after end_date"
                 : "end_date is after the last event, where a period still "
                   "going ends");
    warn(import, &o->cell, message);
    evg_period *period = evg_builder_period(import->builder, o->period);
    period->from = o->from;
    period->to = o->to;
    period->open_end = false;
  }
}

tl_import *tl_import_new(const char *file, evg_diags *diags) {
  tl_import *import = evg_xcalloc(1, sizeof *import);
  import->builder = evg_builder_new(file, diags);
  import->diags = diags;
  import->arena = evg_builder_arena(import->builder);
  import->last_day = INT32_MIN;
  return import;
}

static void add_refs(tl_import *import);

evg_graph *tl_import_finish(tl_import *import) {
  check_open_eras(import);
  add_refs(import);
  free(import->open_eras);
  evg_map_free(&import->suffix_of);
  free(import->next_suffix);
  evg_map_free(&import->actor_ids);
  evg_map_free(&import->event_ids);
  evg_map_free(&import->era_ids);
  free(import->refs);
  evg_graph *graph = evg_builder_finish(import->builder);
  if (graph) {
    /* The graph is new and its events are no const objects: a relative
     * date's written form, which the builder sets only from a relative
     * spec (filter.c does the same) */
    for (size_t i = 0; i < import->written_count; i++) {
      evg_event *e =
          (evg_event *)evg_graph_event(graph, import->written[i].event);
      e->date_text = import->written[i].text;
      e->date_derived = true;
    }
  }
  free(import->written);
  free(import);
  return graph;
}

static void report(tl_import *import, evg_severity severity,
                   const tl_cell *cell, const char *message) {
  if (cell->path)
    evg_diags_add(import->diags, severity, cell->pos.file, 0, 0, 0, NULL,
                  "%s: %s", cell->path, message);
  else
    evg_diags_add(import->diags, severity, cell->pos.file, cell->pos.line,
                  cell->pos.col, cell->span, cell->line, "%s", message);
}

void tl_import_error(tl_import *import, const tl_cell *cell, const char *format,
                     ...) {
  char message[512];
  va_list args;
  va_start(args, format);
  vsnprintf(message, sizeof message, format, args);
  va_end(args);
  report(import, EVG_SEV_ERROR, cell, message);
}

static void warn(tl_import *import, const tl_cell *cell, const char *message) {
  report(import, EVG_SEV_WARNING, cell, message);
}

static bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The cell's text without surrounding white space, in the arena; NULL
 * when nothing is left. */
static const char *trimmed(tl_import *import, const tl_cell *cell) {
  const char *s = cell->value;
  if (!s)
    return NULL;
  size_t len = strlen(s);
  while (len && is_space(*s))
    s++, len--;
  while (len && is_space(s[len - 1]))
    len--;
  return len ? evg_arena_strndup(import->arena, s, len) : NULL;
}

/* ---- HTML to text ---- */

/* Elements that end a line of text (or, in a headline, a word). */
static bool breaks_line(const xmlChar *name) {
  static const char *const names[] = {"br", "p",  "div", "li",        "tr",
                                      "h1", "h2", "h3",  "h4",        "h5",
                                      "h6", "ul", "ol",  "blockquote"};
  for (size_t i = 0; i < sizeof names / sizeof *names; i++)
    if (xmlStrcasecmp(name, (const xmlChar *)names[i]) == 0)
      return true;
  return false;
}

/* Appends `s`, each run of white space as one space (a line break, when
 * the run holds one and `lines` is true), none at the start of a line. */
static void put_collapsed(evg_buf *out, const char *s, size_t len, bool lines) {
  for (size_t i = 0; i < len;) {
    if (!is_space(s[i])) {
      evg_buf_putc(out, s[i++]);
      continue;
    }
    bool newline = false;
    while (i < len && is_space(s[i]))
      newline |= s[i++] == '\n';
    if (out->len && out->data[out->len - 1] != '\n' &&
        out->data[out->len - 1] != ' ')
      evg_buf_putc(out, newline && lines ? '\n' : ' ');
    else if (newline && lines && out->len && out->data[out->len - 1] == ' ')
      out->data[out->len - 1] = '\n';
  }
}

/* The text of an HTML fragment, walked without recursion (the parser
 * limits the depth, but a loop needs no stack at all). */
static void html_text(evg_buf *out, const char *s, size_t len, bool lines) {
  if (len > INT_MAX)
    len = INT_MAX;
  htmlDocPtr doc = htmlReadMemory(s, (int)len, NULL, "UTF-8",
                                  HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                      HTML_PARSE_NONET);
  xmlNodePtr node = doc ? xmlDocGetRootElement(doc) : NULL;
  while (node) {
    bool skip = node->type == XML_ELEMENT_NODE &&
                (xmlStrcasecmp(node->name, (const xmlChar *)"script") == 0 ||
                 xmlStrcasecmp(node->name, (const xmlChar *)"style") == 0);
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      if (node->content)
        put_collapsed(out, (const char *)node->content,
                      strlen((const char *)node->content), false);
    } else if (node->type == XML_ELEMENT_NODE && breaks_line(node->name)) {
      put_collapsed(out, "\n", 1, lines);
    }
    if (node->children && !skip) {
      node = node->children;
      continue;
    }
    while (node && !node->next) {
      node = node->parent;
      if (node && node->type == XML_ELEMENT_NODE && breaks_line(node->name))
        put_collapsed(out, "\n", 1, lines);
      if (node && node->type != XML_ELEMENT_NODE)
        node = NULL; /* back at the document */
    }
    if (node)
      node = node->next;
  }
  xmlFreeDoc(doc);
}

/* A headline (one line) or a text (lines kept) as plain text: HTML when it
 * has a tag or an entity, white space collapsed, in the arena; `report`:
 * a character the events file refuses is an error (else the text is read
 * a second time, and was reported the first). */
static const char *read_text(tl_import *import, const tl_cell *cell, bool lines,
                             bool report) {
  const char *s = cell->value;
  if (!s)
    return NULL;
  size_t len = strlen(s);
  evg_buf out = {0};
  if (memchr(s, '<', len) || memchr(s, '&', len))
    html_text(&out, s, len, lines);
  else
    put_collapsed(&out, s, len, lines);
  while (out.len && is_space(out.data[out.len - 1]))
    out.len--;
  /* a character reference ("&#135;", "&#8238;") can give what the cell
   * itself may not hold: the same error, not a file that reads back
   * different */
  const unsigned char *u = (const unsigned char *)out.data;
  for (size_t i = 0; i < out.len;) {
    size_t n = evg_utf8_valid_len(u + i, out.len - i);
    unsigned int cp = evg_utf8_decode(u + i, n ? n : 1);
    if (n && cp != '\n' && evg_events_rejects(cp) && report) {
      tl_import_error(import, cell,
                      "a character reference gives U+%04X, a control or "
                      "bidirectional control character or no character",
                      cp);
      break;
    }
    i += n ? n : 1;
  }
  const char *text =
      out.len ? evg_arena_strndup(import->arena, out.data, out.len) : NULL;
  evg_buf_free(&out);
  return text;
}

static const char *plain_text(tl_import *import, const tl_cell *cell,
                              bool lines) {
  return read_text(import, cell, lines, true);
}

/* ---- ids ---- */

static bool valid_id(const char *s) {
  size_t len = strlen(s);
  if (len == 0 || len > 256 ||
      !((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || *s == '_'))
    return false;
  return strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                   "0123456789_.-") == len;
}

/* "The Berlin Wall falls!" -> "the-berlin-wall-falls"; accented Latin
 * letters lose their marks, other characters separate words. */
void tl_slugify(evg_buf *slug, const char *text, const char *fallback) {
  slug->len = 0;
  const unsigned char *s = (const unsigned char *)(text ? text : "");
  size_t len = strlen((const char *)s);
  bool dash = false;
  for (size_t i = 0; i < len && slug->len < SLUG_MAX;) {
    size_t n = evg_utf8_valid_len(s + i, len - i);
    unsigned int cp = n ? evg_utf8_decode(s + i, n) : 0xFFFD;
    i += n ? n : 1;
    const char *letters = NULL;
    char ascii[2] = {0, 0};
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9'))
      ascii[0] = (char)cp, letters = ascii;
    else if (cp >= 'A' && cp <= 'Z')
      ascii[0] = (char)(cp - 'A' + 'a'), letters = ascii;
    else if (cp >= 0x80)
      letters = evg_ascii_letters(cp);
    if (!letters) {
      dash = slug->len > 0;
      continue;
    }
    if (dash)
      evg_buf_putc(slug, '-');
    dash = false;
    evg_buf_puts(slug, letters);
  }
  if (slug->len > SLUG_MAX)
    slug->len = SLUG_MAX;
  while (slug->len && slug->data[slug->len - 1] == '-')
    slug->len--;
  if (slug->len == 0 || (slug->data[0] >= '0' && slug->data[0] <= '9')) {
    /* "1989" alone is no id: "event-1989" */
    char *rest = evg_xstrndup(slug->data ? slug->data : "", slug->len);
    slug->len = 0;
    evg_buf_puts(slug, fallback);
    if (*rest)
      evg_buf_printf(slug, "-%s", rest);
    free(rest);
  }
  if (slug->data)
    slug->data[slug->len] = '\0';
}

/* `base` if no element has it, else base-2, base-3...: the first free,
 * in slide order.  The map remembers where each base's search stopped, so
 * a thousand equal headlines take linear time. */
static const char *unique_id(tl_import *import, const char *base) {
  if (!evg_builder_has_id(import->builder, base, NULL))
    return evg_arena_strndup(import->arena, base, strlen(base));
  size_t slot;
  if (!evg_map_get(&import->suffix_of, base, &slot)) {
    if (import->suffix_count == import->suffix_cap) {
      import->suffix_cap = import->suffix_cap ? 2 * import->suffix_cap : 16;
      import->next_suffix =
          evg_xrealloc(import->next_suffix,
                       import->suffix_cap * sizeof *import->next_suffix);
    }
    slot = import->suffix_count++;
    import->next_suffix[slot] = 2;
    evg_map_put(&import->suffix_of,
                evg_arena_strndup(import->arena, base, strlen(base)), slot);
  }
  evg_buf candidate = {0};
  do {
    candidate.len = 0;
    evg_buf_printf(&candidate, "%s-%zu", base, import->next_suffix[slot]++);
  } while (evg_builder_has_id(import->builder, candidate.data, NULL));
  const char *id =
      evg_arena_strndup(import->arena, candidate.data, candidate.len);
  evg_buf_free(&candidate);
  return id;
}

/* ---- dates ---- */

/* A whole number with an optional minus sign, white space around it
 * allowed; false when it is anything else or outside [min, max]. */
static bool whole_number(const char *s, long min, long max, long *out) {
  while (is_space(*s))
    s++;
  const char *digits = *s == '-' ? s + 1 : s;
  if (*digits < '0' || *digits > '9')
    return false;
  char *end;
  long value = strtol(s, &end, 10);
  while (is_space(*end))
    end++;
  if (*end || value < min || value > max)
    return false;
  *out = value;
  return true;
}

/* One end of a date: Year, Month and Day cells in the events-file
 * spelling (2025, 2025-01, 2025-01-20, -0500, Y12345).  False, with an
 * error at the faulty cell, when the cells do not make a date. */
static bool date_text(tl_import *import, const tl_cell *cells, bool end,
                      evg_buf *text) {
  const tl_cell *year = &cells[end ? TL_END_YEAR : TL_YEAR];
  const tl_cell *month = &cells[end ? TL_END_MONTH : TL_MONTH];
  const tl_cell *day = &cells[end ? TL_END_DAY : TL_DAY];
  const char *what = end ? "End " : "";
  long y = 0, m = 0, d = 0;
  if (!whole_number(year->value, -999999, 999999, &y)) {
    tl_import_error(import, year,
                    "%sYear must be a whole number from -999999 to 999999 "
                    "(negative: before year 1), not '%s'",
                    what, year->value);
    return false;
  }
  if (month->value && !whole_number(month->value, 1, 12, &m)) {
    tl_import_error(import, month, "%sMonth must be 1 to 12, not '%s'", what,
                    month->value);
    return false;
  }
  if (day->value && !whole_number(day->value, 1, 31, &d)) {
    tl_import_error(import, day, "%sDay must be 1 to 31, not '%s'", what,
                    day->value);
    return false;
  }
  if (d && !m) {
    tl_import_error(import, day, "%sDay needs a%s Month", what,
                    end ? "n End" : "");
    return false;
  }
  if (y < -9999 || y > 9999)
    evg_buf_printf(text, "Y%ld", y);
  else
    evg_buf_printf(text, "%s%04ld", y < 0 ? "-" : "", y < 0 ? -y : y);
  if (m)
    evg_buf_printf(text, "-%02ld", m);
  if (d)
    evg_buf_printf(text, "-%02ld", d);
  return true;
}

/* Parses `text`, reporting the date parser's message at the cell that the
 * failing part came from. */
static bool parse_date(tl_import *import, const tl_cell *cells, bool end,
                       const char *text, evg_date *date) {
  const char *error = NULL;
  size_t offset = 0;
  if (evg_date_parse(text, strlen(text), date, &error, &offset))
    return true;
  /* offsets: the year's digits, then -MM, then -DD */
  const char *dash = strchr(text + 1, '-');
  const char *second = dash ? strchr(dash + 1, '-') : NULL;
  tl_field field = end ? TL_END_YEAR : TL_YEAR;
  if (second && offset > (size_t)(second - text))
    field = end ? TL_END_DAY : TL_DAY;
  else if (dash && offset > (size_t)(dash - text))
    field = end ? TL_END_MONTH : TL_MONTH;
  if (!cells[field].value)
    field = end ? TL_END_YEAR : TL_YEAR;
  tl_import_error(import, &cells[field], "%s (%s)", error, text);
  return false;
}

/* A time of day as TimelineJS's sheet takes it, 24-hour or with AM/PM,
 * read by strptime and written back as HH:MM or HH:MM:SS. */
static const char *time_of_day(tl_import *import, const tl_cell *cell) {
  static const char *const forms[] = {"%H:%M:%S", "%H:%M", "%I:%M:%S %p",
                                      "%I:%M %p", "%I %p"};
  const char *value = trimmed(import, cell);
  if (!value)
    return NULL;
  for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    const char *end = strptime(value, forms[i], &tm);
    if (end && !*end) {
      char text[16];
      if (strstr(forms[i], "%S"))
        snprintf(text, sizeof text, "%02d:%02d:%02d", tm.tm_hour, tm.tm_min,
                 tm.tm_sec);
      else
        snprintf(text, sizeof text, "%02d:%02d", tm.tm_hour, tm.tm_min);
      return evg_arena_strndup(import->arena, text, strlen(text));
    }
  }
  tl_import_error(import, cell,
                  "a time of day is HH:MM or HH:MM:SS (24-hour) or with AM "
                  "or PM (1:30 PM), not '%s'",
                  value);
  return NULL;
}

/* The slide's start date, and its end when End Year is given; `text`
 * gets them in the events-file spelling (A, or A/B).  False (errors
 * reported) when the slide has no date or a bad one; an era needs both. */
static bool slide_dates(tl_import *import, const tl_slide *slide, bool era,
                        evg_date *from, evg_date *to, evg_buf *text) {
  const tl_cell *cells = slide->cells;
  if (!cells[TL_YEAR].value) {
    tl_import_error(import, &cells[TL_YEAR],
                    "missing Year: every %s needs a date",
                    era ? "era" : "event");
    return false;
  }
  bool has_end = cells[TL_END_YEAR].value != NULL;
  const tl_cell *stray = cells[TL_END_MONTH].value ? &cells[TL_END_MONTH]
                         : cells[TL_END_DAY].value ? &cells[TL_END_DAY]
                                                   : NULL;
  if (!has_end && stray) {
    tl_import_error(import, stray, "an end date needs an End Year");
    return false;
  }
  if (!has_end && era) {
    tl_import_error(import, &cells[TL_END_YEAR],
                    "missing End Year: an era needs an end date");
    return false;
  }
  evg_buf stop = {0};
  bool ok = date_text(import, cells, false, text) &&
            parse_date(import, cells, false, text->data, from);
  *to = *from;
  if (ok && has_end)
    ok = date_text(import, cells, true, &stop) &&
         parse_date(import, cells, true, stop.data, to);
  if (ok && has_end && to->end < from->start) {
    tl_import_error(import, &cells[TL_END_YEAR],
                    "the end date (%s) is before the start (%s)", stop.data,
                    text->data);
    ok = false;
  }
  if (ok && has_end && strcmp(text->data, stop.data) != 0)
    evg_buf_printf(text, "/%s", stop.data);
  evg_buf_free(&stop);
  return ok;
}

/* ---- evgraph's own date ---- */

/* The days [first, last] that the Year, Month, Day and End cells span,
 * the bounds -t timelinejs wrote them for; false when the cells are not
 * a plain date (the usual reading then reports what is wrong). */
static bool cell_bounds(const tl_cell *cells, int32_t *first, int32_t *last) {
  for (int end = 0; end < 2; end++) {
    const tl_cell *year = &cells[end ? TL_END_YEAR : TL_YEAR];
    const tl_cell *month = &cells[end ? TL_END_MONTH : TL_MONTH];
    const tl_cell *day = &cells[end ? TL_END_DAY : TL_DAY];
    long y, m = 0, d = 0;
    if (end && !year->value)
      return !month->value && !day->value;
    if (!year->value || !whole_number(year->value, -999999, 999999, &y) ||
        (month->value && !whole_number(month->value, 1, 12, &m)) ||
        (day->value && (!m || !whole_number(day->value, 1, 31, &d) ||
                        !evg_date_valid_day((int32_t)y, (int)m, (int)d))))
      return false;
    int last_month = m ? (int)m : 12, last_day = d ? (int)d : 31;
    while (!evg_date_valid_day((int32_t)y, last_month, last_day))
      last_day--;
    if (!end)
      *first = evg_days_from_civil((int32_t)y, m ? (int)m : 1, d ? (int)d : 1);
    *last = evg_days_from_civil((int32_t)y, last_month, last_day);
  }
  return true;
}

static bool parses_with_bounds(const char *text, int32_t first, int32_t last,
                               evg_date *date) {
  const char *error = NULL;
  size_t offset = 0;
  return evg_date_parse(text, strlen(text), date, &error, &offset) &&
         date->start == first && date->end == last;
}

/* Up to this many spellings of a point that starts (or ends) on a day. */
enum { POINTS_MAX = 32, POINT_SIZE = 24 };
/* Up to this many points of each end kept for a Display Date's words. */
enum { POINTS_SAID = 4 };

typedef struct {
  char text[POINTS_MAX][POINT_SIZE];
  int count;
} tl_points;

static void add_point(tl_points *points, const char *format, ...)
    __attribute__((format(printf, 2, 3)));
static void add_point(tl_points *points, const char *format, ...) {
  if (points->count == POINTS_MAX)
    return;
  va_list args;
  va_start(args, format);
  int n = vsnprintf(points->text[points->count], POINT_SIZE, format, args);
  va_end(args);
  if (n > 0 && n < POINT_SIZE)
    points->count++;
}

/* "2025", "-0043": a year as a four-digit events-file year. */
static void year_text(char *out, size_t size, int32_t year) {
  snprintf(out, size, "%s%04ld", year < 0 ? "-" : "",
           (long)(year < 0 ? -year : year));
}

/* The spellings of the points that start on `day` (or, `at_end`, end on
 * it) other than a plain day, month or year: the ISO week, quarters,
 * halves, EDTF seasons and quadrimesters, the decade and the century.
 * Those that do not start (end) there are dropped by the caller. */
static void code_points(tl_points *points, int32_t day, bool at_end) {
  int32_t year;
  int month, d;
  evg_civil_from_days(day, &year, &month, &d);
  if (year < -9999 || year > 9999)
    return; /* a Y year stands alone */
  char y[16];
  year_text(y, sizeof y, year);
  for (int q = 1; q <= 4; q++)
    add_point(points, "%s-Q%d", y, q);
  add_point(points, "%s-H1", y);
  add_point(points, "%s-H2", y);
  for (int code = 21; code <= 39; code++)
    if (code < 33 || code > 36)
      add_point(points, "%s-%d", y, code);
  /* the week: its Thursday's year is its ISO year (1970-01-01 was one) */
  int weekday = (int)(((day % 7) + 7 + 3) % 7); /* 0 Monday .. 6 Sunday */
  if (weekday == (at_end ? 6 : 0)) {
    int32_t thursday = at_end ? day - 3 : day + 3, week_year;
    int m, dd;
    evg_civil_from_days(thursday, &week_year, &m, &dd);
    if (week_year >= -9999 && week_year <= 9999) {
      char wy[16];
      year_text(wy, sizeof wy, week_year);
      add_point(points, "%s-W%02d", wy,
                (thursday - evg_days_from_civil(week_year, 1, 1)) / 7 + 1);
    }
  }
  /* 199X and 19XX: the decade and century that hold the year */
  y[strlen(y) - 1] = 'X';
  add_point(points, "%s", y);
  y[strlen(y) - 2] = 'X';
  add_point(points, "%s", y);
}

/* The points a Display Date says in a form of their own: an X date as it
 * is written ("156X-12-25", alone or as an end: "1XXX–2025", "c. 199X?"),
 * significant digits by their estimate ("1900–1999 (est. 1950)": 1950S1
 * to 1950S4 are tried). */
static void written_points(tl_points *points, const char *display) {
  static const char *const before[] = {"by ", "from ", "?", "c. "};
  const char *dash = "\xE2\x80\x93";
  for (const char *piece = display; piece;) {
    const char *next = strstr(piece, dash);
    size_t len = next ? (size_t)(next - piece) : strlen(piece);
    for (size_t i = 0; i < sizeof before / sizeof *before; i++) {
      size_t n = strlen(before[i]);
      if (len >= n && strncmp(piece, before[i], n) == 0)
        piece += n, len -= n;
    }
    if (len && piece[len - 1] == '?')
      len--;
    if (len && len < POINT_SIZE && memchr(piece, 'X', len))
      add_point(points, "%.*s", (int)len, piece);
    piece = next ? next + strlen(dash) : NULL;
  }
  const char *estimate = strstr(display, "(est. ");
  long year;
  char *end;
  if (!estimate)
    return;
  year = strtol(estimate + 6, &end, 10);
  /* an estimate outside the cells' years (-999999 to 999999) is none of
   * their points (1000000 BCE is -999999); beyond them 1 - year could
   * overflow ("(est. -99999999999999999999 BCE)": strtol gives LONG_MIN) */
  if (year < -999999 || year > 1000000)
    return;
  if (strncmp(end, " BCE", 4) == 0)
    year = 1 - year;
  char y[24];
  if (year < -9999 || year > 9999)
    snprintf(y, sizeof y, "Y%ld", year);
  else
    year_text(y, sizeof y, (int32_t)year);
  for (int digits = 1; digits <= 4; digits++)
    add_point(points, "%sS%d", y, digits);
}

/* Keeps the points that start on `first` (`at_end`: end on `last`). */
static void keep_bounded(tl_points *points, int32_t first, int32_t last,
                         bool at_end) {
  int kept = 0;
  for (int i = 0; i < points->count; i++) {
    evg_date date;
    const char *error = NULL;
    size_t offset = 0;
    const char *text = points->text[i];
    if (evg_date_parse(text, strlen(text), &date, &error, &offset) &&
        !date.interval &&
        (at_end ? date.end == last && date.start >= first
                : date.start == first && date.end <= last))
      memmove(points->text[kept++], text, POINT_SIZE);
  }
  points->count = kept;
}

/* Keeps the points that `display` says: their words, or (a week, quarter
 * or half, which an interval in one year says compactly, "Q1–Q3 2025")
 * their first word.  Most Display Dates are the user's own words: this
 * leaves no point to try for them. */
static void keep_said(tl_points *points, const char *display) {
  int kept = 0;
  for (int i = 0; i < points->count; i++) {
    evg_date date;
    const char *error = NULL;
    size_t offset = 0;
    const char *text = points->text[i];
    char words[256];
    if (!evg_date_parse(text, strlen(text), &date, &error, &offset) ||
        evg_date_format_human(&date, words, sizeof words) >= sizeof words)
      continue;
    char *space = strchr(words, ' ');
    bool compact = space && !date.from.season &&
                   (date.from.precision == EVG_PREC_WEEK ||
                    date.from.precision == EVG_PREC_QUARTER ||
                    date.from.precision == EVG_PREC_HALF);
    if (!strstr(display, words) && compact)
      *space = '\0';
    if (strstr(display, words))
      memmove(points->text[kept++], text, POINT_SIZE);
  }
  points->count = kept;
}

/* Whether `text` is a date of the bounds [first, last] that evgraph says
 * in exactly the words `display`, other than the cells' own (`plain`). */
static bool says(const char *text, int32_t first, int32_t last,
                 const char *display, const char *plain, evg_date *date) {
  char words[256], spelling[128];
  return parses_with_bounds(text, first, last, date) &&
         evg_date_format_human(date, words, sizeof words) < sizeof words &&
         strcmp(words, display) == 0 &&
         evg_date_format_iso(date, spelling, sizeof spelling) <
             sizeof spelling &&
         strcmp(spelling, plain) != 0;
}

/* A sheet's Display Date that -t timelinejs wrote for a date its cells
 * cannot say, read back: a week, quarter, half, season, decade, century or
 * X date, a qualifier on either end (~ ? %), an open or unknown end, said
 * in words ("c. 2018", "Q1 2025?", "by week 5, 2025").  Only the words
 * evg_date_format_human writes are read, and only for the cells' bounds:
 * every date of those bounds made of such points is said in words and
 * compared, none is guessed from free text.  The date's spelling (in the
 * arena), or NULL. */
static const char *display_date(tl_import *import, const tl_cell *cells,
                                int32_t first, int32_t last, evg_date *date) {
  const char *display =
      read_text(import, &cells[TL_DISPLAY_DATE], false, false);
  if (!display || !strpbrk(display, "0123456789"))
    return NULL;
  static const char *const marks[] = {"", "~", "?", "%"};
  /* a point: as it is, and with an open or unknown start or end */
  static const char *const shapes[] = {"%s%s", "../%s%s", "%s%s/..", "/%s%s",
                                       "%s%s/"};
  tl_points *starts = evg_xcalloc(2, sizeof *starts), *ends = starts + 1;
  evg_buf own = {0}, candidate = {0};
  date_text(import, cells, false, &own);
  add_point(starts, "%s", own.data);
  if (cells[TL_END_YEAR].value) {
    own.len = 0;
    date_text(import, cells, true, &own);
  }
  add_point(ends, "%s", own.data);
  /* the cells' own date: a Display Date of it is the user's to keep */
  char plain[128] = "";
  evg_date cells_date;
  candidate.len = 0;
  evg_buf_printf(&candidate, "%s/%s", starts->text[0], ends->text[0]);
  if (parses_with_bounds(candidate.data, first, last, &cells_date))
    evg_date_format_iso(&cells_date, plain, sizeof plain);
  code_points(starts, first, false);
  code_points(ends, last, true);
  written_points(starts, display);
  written_points(ends, display);
  keep_bounded(starts, first, last, false);
  keep_bounded(ends, first, last, true);
  keep_said(starts, display);
  keep_said(ends, display);
  /* each point of the whole bounds, in each shape and with each mark,
   * then each interval of a start and an end, each end with each mark:
   * the one date said so, or none when two are ("1900s" is the decade
   * 190X and the century 19XX) */
  evg_date said;
  int matches = 0;
  char spelling[128] = "", first_spelling[128] = "", first_match[128] = "";
  /* evgraph's words of one date keep a few points of each end (at most
   * 3 and 2 of the forms of tests/edtf_forms.txt): words that keep more
   * are the user's, and trying each pair of 32 points of each end would
   * take 17,000 dates a row (0.4 ms: 8 s for 20,000 rows) */
  bool too_many = starts->count > POINTS_SAID || ends->count > POINTS_SAID;
  int points = too_many ? 0 : starts->count * 5 * 4;
  int total = too_many ? 0 : points + starts->count * ends->count * 16;
  for (int i = 0; i < total && matches < 2; i++) {
    candidate.len = 0;
    if (i < points) {
      int p = i / 20, shape = i / 4 % 5, mark = i % 4;
      evg_buf_printf(&candidate, shapes[shape], starts->text[p], marks[mark]);
    } else {
      int k = i - points, pair = k / 16, mark = k % 16;
      evg_buf_printf(&candidate, "%s%s/%s%s", starts->text[pair / ends->count],
                     marks[mark / 4], ends->text[pair % ends->count],
                     marks[mark % 4]);
    }
    if (!says(candidate.data, first, last, display, plain, &said))
      continue;
    evg_date_format_iso(&said, spelling, sizeof spelling);
    if (matches == 0) {
      *date = said;
      snprintf(first_match, sizeof first_match, "%s", candidate.data);
      memcpy(first_spelling, spelling, sizeof spelling);
      matches = 1;
    } else if (strcmp(spelling, first_spelling) != 0) {
      matches = 2;
    }
  }
  const char *found = matches == 1 ? first_match : NULL;
  if (found)
    found = evg_arena_strndup(import->arena, found, strlen(found));
  free(starts);
  evg_buf_free(&own);
  evg_buf_free(&candidate);
  return found;
}

/* The date evgraph wrote beside TimelineJS's fields, when their bounds
 * agree (TimelineJS's own fields come first: a date edited there wins):
 * the JSON's "evgraph": {"date"}, or a sheet's Display Date in evgraph's
 * words.  Its spelling, or NULL. */
static const char *own_date(tl_import *import, const tl_slide *slide,
                            evg_date *date) {
  const tl_cell *cells = slide->cells;
  int32_t first, last;
  const tl_cell *own = &cells[TL_EVGRAPH_DATE];
  const char *text = trimmed(import, own);
  if (!cell_bounds(cells, &first, &last))
    return NULL;
  if (text) {
    if (parses_with_bounds(text, first, last, date))
      return text;
    char message[400];
    snprintf(message, sizeof message,
             "'%.150s' is not the date of start_date and end_date: they are "
             "read instead",
             text);
    warn(import, own, message);
    return NULL;
  }
  return slide->sheet ? display_date(import, cells, first, last, date) : NULL;
}

/* An era's from and to as evgraph wrote them beside TimelineJS's fields
 * ("evgraph": {"from", "to"}; "to": ".." while it lasts, which the fields
 * end on the timeline's last day or after: only from is compared here,
 * the end when every slide is read, check_open_eras), when they agree
 * with the fields: true, and `period` gets them; else false, with a
 * warning when they disagree (none when both are absent or the fields
 * are no plain date). */
static bool own_span(tl_import *import, const tl_slide *slide,
                     evg_period *period) {
  const tl_cell *cells = slide->cells;
  const char *from = trimmed(import, &cells[TL_EVGRAPH_FROM]);
  const char *to = trimmed(import, &cells[TL_EVGRAPH_TO]);
  int32_t first, last;
  if ((!from && !to) || !cell_bounds(cells, &first, &last))
    return false;
  evg_date start, end;
  memset(&end, 0, sizeof end);
  const char *error = NULL;
  size_t offset = 0;
  bool open = to && strcmp(to, "..") == 0;
  bool ok = from && to &&
            evg_date_parse(from, strlen(from), &start, &error, &offset) &&
            !start.interval && start.start == first &&
            (open || (evg_date_parse(to, strlen(to), &end, &error, &offset) &&
                      !end.interval && end.end == last));
  if (!ok) {
    char message[400];
    snprintf(message, sizeof message,
             "'%.100s' to '%.100s' is not the span of start_date and "
             "end_date: they are read instead",
             from ? from : "", to ? to : "");
    warn(import, &cells[from ? TL_EVGRAPH_FROM : TL_EVGRAPH_TO], message);
    return false;
  }
  period->from = start;
  period->to = end;
  period->open_end = open;
  return true;
}

/* ---- evgraph's own key: what TimelineJS has no field for ---- */

/* An id given (an event's unique_id, an era's "evgraph": {"id"}) when it
 * is a valid id not taken yet (a warning when it is taken), else a slug of
 * the one given, or of the headline when none is; in the arena.  An era's
 * id of evgraph's own key that is no id is slugged with a warning (a
 * TimelineJS unique_id may be any text). */
static const char *own_id(tl_import *import, const tl_cell *cell,
                          const char *key, const char *label,
                          const char *fallback) {
  evg_buf slug = {0};
  const char *given = trimmed(import, cell);
  if (given && valid_id(given))
    evg_buf_puts(&slug, given);
  else
    tl_slugify(&slug, given ? given : label, fallback);
  const char *id = unique_id(import, slug.data);
  if (given && valid_id(given) && strcmp(id, given) != 0) {
    char message[400];
    snprintf(message, sizeof message,
             "%s '%.150s' is taken: this %s is '%.150s'", key, given, fallback,
             id);
    warn(import, cell, message);
  } else if (given && !valid_id(given) && strcmp(key, "id") == 0) {
    char message[400];
    snprintf(message, sizeof message,
             "no id ([A-Za-z_][A-Za-z0-9_.-]*, at most 256 characters): "
             "this %s is '%.150s'",
             fallback, id);
    warn(import, cell, message);
  }
  evg_buf_free(&slug);
  return id;
}

/* An era's colour, #RRGGBB as the events file has it; NULL (an error)
 * otherwise. */
static const char *own_color(tl_import *import, const tl_cell *cell) {
  const char *color = trimmed(import, cell);
  if (!color)
    return NULL;
  if (strlen(color) == 7 && color[0] == '#' &&
      strspn(color + 1, "0123456789abcdefABCDEF") == 6)
    return color;
  tl_import_error(import, cell, "a colour is #RRGGBB, not '%.100s'", color);
  return NULL;
}

void tl_import_anchor(tl_import *import, const tl_cell *cell) {
  const char *text = trimmed(import, cell);
  evg_date anchor;
  const char *error = NULL;
  size_t offset = 0;
  if (!text)
    return;
  if (!evg_date_parse(text, strlen(text), &anchor, &error, &offset))
    tl_import_error(import, cell, "%s ('%.100s')", error, text);
  else if (anchor.interval)
    tl_import_error(import, cell,
                    "the anchor must be a single date, not a range ('%.100s')",
                    text);
  else
    evg_builder_set_anchor(import->builder, &anchor);
}

void tl_import_actor(tl_import *import, const tl_cell *id_cell,
                     const tl_cell *name, const tl_cell *kind_cell) {
  static const char *const kinds[] = {"person",  "company",      "government",
                                      "media",   "organization", "institution",
                                      "country", "group",        "other"};
  const char *id = trimmed(import, id_cell);
  const char *kind = trimmed(import, kind_cell);
  if (!id || !valid_id(id)) {
    tl_import_error(import, id_cell,
                    "an actor's id is [A-Za-z_][A-Za-z0-9_.-]*, at most 256 "
                    "characters, not '%.100s'",
                    id ? id : "");
    return;
  }
  if (evg_builder_has_id(import->builder, id, NULL)) {
    tl_import_error(import, id_cell, "the id '%.100s' is taken", id);
    return;
  }
  bool known = !kind;
  for (size_t i = 0; kind && i < sizeof kinds / sizeof *kinds; i++)
    known |= strcmp(kinds[i], kind) == 0;
  if (!known) {
    tl_import_error(import, kind_cell,
                    "unknown actor kind '%.100s' (expected person, company, "
                    "government, media, organization, institution, country, "
                    "group or other)",
                    kind);
    return;
  }
  evg_pos pos = {id_cell->pos.file, 0, 0};
  size_t actor = evg_builder_add_actor(import->builder, id, pos);
  evg_builder_actor_set(import->builder, actor, trimmed(import, name), kind);
  evg_map_put(&import->actor_ids, id, actor);
}

/* A reference to check and add when every slide is read; its cell (path
 * and all) copied: the reader's strings live only as long as the slide. */
static void own_ref(tl_import *import, size_t event, evg_relation relation,
                    const tl_cell *cell) {
  if (import->ref_count == import->ref_cap) {
    import->ref_cap = import->ref_cap ? 2 * import->ref_cap : 16;
    import->refs =
        evg_xrealloc(import->refs, import->ref_cap * sizeof *import->refs);
  }
  struct own_ref *ref = &import->refs[import->ref_count++];
  ref->event = event;
  ref->relation = relation;
  ref->cell = *cell;
  /* the id and path are needed until the builder finishes: its scratch
   * arena, not the graph's */
  evg_arena *scratch = evg_builder_scratch(import->builder);
  const char *id = trimmed(import, cell);
  ref->cell.value = id ? evg_arena_strndup(scratch, id, strlen(id)) : NULL;
  ref->cell.line = NULL;
  ref->cell.path =
      cell->path ? evg_arena_strndup(scratch, cell->path, strlen(cell->path))
                 : NULL;
}

/* The actors, the tags after the Group, the relations, the source/quote
 * pairs, the notes and a relative date's written form of an event (kept
 * when the date it was written for is the date read: `own_date`). */
static void own_event(tl_import *import, const tl_slide *slide, size_t event,
                      bool own_date) {
  for (size_t i = 0; i < slide->actors.count; i++)
    own_ref(import, event, EVG_REL_INVOLVES, &slide->actors.cells[i]);
  for (size_t i = 0; i < slide->tags.count; i++) {
    const char *tag = trimmed(import, &slide->tags.cells[i]);
    /* an events file's tags are one line (a tag with a comma is written
     * in quotes): a line break would break the file */
    if (tag && tag[strcspn(tag, "\n\r")])
      tl_import_error(import, &slide->tags.cells[i], "%s",
                      "a tag holds no line break (an events file's list of "
                      "tags is one line)");
    else if (tag)
      evg_builder_event_tag(import->builder, event, tag);
  }
  for (size_t i = 0; i < slide->relations.count; i++) {
    const tl_cell *type = &slide->relations.cells[2 * i];
    evg_relation relation = EVG_REL_INVOLVES;
    for (int r = EVG_REL_CAUSES; r < EVG_REL_INVOLVES; r++)
      if (strcmp(type->value, evg_relation_name((evg_relation)r)) == 0)
        relation = (evg_relation)r;
    if (relation == EVG_REL_INVOLVES)
      tl_import_error(import, type,
                      "a relation is causes, responds-to, precedes or "
                      "part-of, not '%.100s'",
                      type->value);
    else
      own_ref(import, event, relation, &slide->relations.cells[2 * i + 1]);
  }
  for (size_t i = 0; i < slide->citations.count; i++)
    evg_builder_event_cite(import->builder, event,
                           trimmed(import, &slide->citations.cells[2 * i]),
                           trimmed(import, &slide->citations.cells[2 * i + 1]));
  for (size_t i = 0; i < slide->notes.count; i++)
    evg_builder_event_set(import->builder, event, EVG_FIELD_NOTE,
                          trimmed(import, &slide->notes.cells[i]));
  const tl_cell *written = &slide->cells[TL_EVGRAPH_WRITTEN];
  const char *text = trimmed(import, written);
  if (text && !own_date) {
    char message[400];
    snprintf(message, sizeof message,
             "'%.150s' is the written form of evgraph.date, which is not the "
             "date read: left out",
             text);
    warn(import, written, message);
  } else if (text) {
    if (import->written_count == import->written_cap) {
      import->written_cap = import->written_cap ? 2 * import->written_cap : 16;
      import->written = evg_xrealloc(
          import->written, import->written_cap * sizeof *import->written);
    }
    import->written[import->written_count++] = (struct written){event, text};
  }
}

/* Each reference of evgraph's key, when it names what it should: an
 * actor, or another event (an error at its path otherwise). */
static void add_refs(tl_import *import) {
  for (size_t i = 0; i < import->ref_count; i++) {
    const struct own_ref *ref = &import->refs[i];
    const char *id = ref->cell.value ? ref->cell.value : "";
    bool actor = ref->relation == EVG_REL_INVOLVES;
    size_t index;
    const char *is = evg_map_get(&import->actor_ids, id, &index)   ? "an actor"
                     : evg_map_get(&import->era_ids, id, &index)   ? "an era"
                     : evg_map_get(&import->event_ids, id, &index) ? "an event"
                                                                   : NULL;
    if (!is) {
      tl_import_error(import, &ref->cell, "unknown %s '%.150s'",
                      actor ? "actor" : "event", id);
    } else if (strcmp(is, actor ? "an actor" : "an event") != 0) {
      tl_import_error(import, &ref->cell, "'%.150s' is %s, not %s", id, is,
                      actor ? "an actor" : "an event");
    } else if (!actor && index == ref->event) {
      tl_import_error(import, &ref->cell,
                      "an event cannot have the relation '%s' to itself",
                      evg_relation_name(ref->relation));
    } else {
      evg_ref target = {id, ref->cell.pos, 1};
      evg_builder_event_ref(import->builder, ref->event, ref->relation, &target,
                            NULL);
    }
  }
}

/* ---- slides ---- */

static void add_era(tl_import *import, const tl_slide *slide) {
  const tl_cell *cells = slide->cells;
  evg_date from, to;
  evg_buf text = {0};
  evg_period own;
  memset(&own, 0, sizeof own);
  bool has_own = own_span(import, slide, &own);
  bool dated = has_own || slide_dates(import, slide, true, &from, &to, &text);
  const char *label = plain_text(import, &cells[TL_HEADLINE], false);
  if (!label)
    tl_import_error(import, &cells[TL_HEADLINE],
                    "missing Headline: an era needs one (its label)");
  evg_buf_free(&text);
  if (!dated || !label)
    return;
  const char *id = own_id(import, &cells[TL_EVGRAPH_ID], "id", label, "era");
  const char *color = own_color(import, &cells[TL_EVGRAPH_COLOR]);
  size_t index =
      evg_builder_add_period(import->builder, id, cells[TL_HEADLINE].pos);
  evg_map_put(&import->era_ids, id, index);
  evg_period *period = evg_builder_period(import->builder, index);
  period->label = label;
  period->color = color;
  period->from = has_own ? own.from : from;
  period->to = has_own ? own.to : to;
  period->open_end = has_own && own.open_end;
  int32_t first, last;
  if (has_own && own.open_end && cell_bounds(cells, &first, &last) &&
      slide_dates(import, slide, true, &from, &to, &text)) {
    if (import->open_count == import->open_cap) {
      import->open_cap = import->open_cap ? 2 * import->open_cap : 4;
      import->open_eras = evg_xrealloc(
          import->open_eras, import->open_cap * sizeof *import->open_eras);
    }
    struct open_era *o = &import->open_eras[import->open_count++];
    o->period = index;
    o->fields_last = last;
    o->from = from;
    o->to = to;
    o->cell = cells[TL_EVGRAPH_TO];
    o->cell.value = NULL;
    o->cell.line = o->cell.line ? evg_arena_strndup(import->arena, o->cell.line,
                                                    strlen(o->cell.line))
                                : NULL;
    o->cell.path = o->cell.path ? evg_arena_strndup(import->arena, o->cell.path,
                                                    strlen(o->cell.path))
                                : NULL;
    o->own_from = trimmed(import, &cells[TL_EVGRAPH_FROM]);
  }
  evg_buf_free(&text);
}

static void set_title(tl_import *import, const tl_slide *slide) {
  const tl_cell *headline = &slide->cells[TL_HEADLINE];
  if (import->has_title) {
    warn(import, headline,
         "a second title slide: the first one's headline is the title");
    return;
  }
  import->has_title = true;
  const char *title = plain_text(import, headline, false);
  if (title)
    evg_builder_set_title(import->builder, title);
  const char *text = plain_text(import, &slide->cells[TL_TEXT], false);
  if (text)
    evg_builder_set_source(import->builder, text);
}

static void add_event(tl_import *import, const tl_slide *slide) {
  const tl_cell *cells = slide->cells;
  evg_date from, to;
  evg_buf text = {0};
  evg_date_spec spec;
  memset(&spec, 0, sizeof spec);
  const char *own = own_date(import, slide, &spec.absolute);
  bool dated = true;
  if (own)
    evg_buf_puts(&text, own);
  else
    dated = slide_dates(import, slide, false, &from, &to, &text);
  const char *label = plain_text(import, &cells[TL_HEADLINE], false);
  if (!label)
    tl_import_error(import, &cells[TL_HEADLINE],
                    "missing Headline: every event needs one (its label)");
  if (dated && !own) {
    /* A/B read again as one date: its bounds and precision are the
     * interval's, as the events parser makes them */
    const char *error = NULL;
    size_t offset = 0;
    dated =
        evg_date_parse(text.data, text.len, &spec.absolute, &error, &offset);
    if (!dated)
      tl_import_error(import, &cells[TL_END_YEAR], "%s (%s)", error, text.data);
  }
  spec.kind = EVG_DATE_ABSOLUTE;
  spec.text =
      evg_arena_strndup(import->arena, text.data ? text.data : "", text.len);
  spec.pos = cells[TL_YEAR].pos;
  spec.span = cells[TL_YEAR].span;
  spec.line = cells[TL_YEAR].line;
  evg_buf_free(&text);
  evg_slide extras = {
      .display_date = plain_text(import, &cells[TL_DISPLAY_DATE], false),
      .start_time = time_of_day(import, &cells[TL_TIME]),
      .end_time = time_of_day(import, &cells[TL_END_TIME]),
      .media = trimmed(import, &cells[TL_MEDIA]),
      .media_credit = plain_text(import, &cells[TL_MEDIA_CREDIT], false),
      .media_caption = plain_text(import, &cells[TL_MEDIA_CAPTION], false),
      .media_thumbnail = trimmed(import, &cells[TL_MEDIA_THUMBNAIL]),
      .background = trimmed(import, &cells[TL_BACKGROUND])};
  if (own && extras.display_date) {
    /* the words -t timelinejs writes for this date again */
    char words[256];
    if (evg_date_format_human(&spec.absolute, words, sizeof words) <
            sizeof words &&
        strcmp(words, extras.display_date) == 0)
      extras.display_date = NULL;
  }
  if (!dated || !label)
    return;
  const char *id =
      own_id(import, &cells[TL_UNIQUE_ID], "unique_id", label, "event");
  const tl_cell *at = &cells[TL_HEADLINE];
  size_t event = evg_builder_add_event(import->builder, id, at->pos);
  evg_map_put(&import->event_ids, id, event);
  evg_builder_event_set(import->builder, event, EVG_FIELD_LABEL, label);
  evg_builder_event_set(import->builder, event, EVG_FIELD_DESCRIPTION,
                        plain_text(import, &cells[TL_TEXT], true));
  evg_builder_event_date(import->builder, event, &spec);
  int32_t day = evg_date_last_known_day(&spec.absolute);
  if (day > import->last_day)
    import->last_day = day;
  const char *group = plain_text(import, &cells[TL_GROUP], false);
  if (group)
    evg_builder_event_tag(import->builder, event, group);
  evg_builder_event_slide(import->builder, event, &extras);
  own_event(import, slide, event, own != NULL);
}

void tl_import_slide(tl_import *import, const tl_slide *slide) {
  const tl_cell *type = &slide->cells[TL_TYPE];
  const char *kind = trimmed(import, type);
  if (!kind)
    add_event(import, slide);
  else if (strcasecmp(kind, "title") == 0)
    set_title(import, slide);
  else if (strcasecmp(kind, "era") == 0)
    add_era(import, slide);
  else
    tl_import_error(import, type,
                    "Type is title, era or empty (an event), not '%s'", kind);
}
