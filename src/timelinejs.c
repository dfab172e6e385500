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
};

tl_import *tl_import_new(const char *file, evg_diags *diags) {
  tl_import *import = evg_xcalloc(1, sizeof *import);
  import->builder = evg_builder_new(file, diags);
  import->diags = diags;
  import->arena = evg_builder_arena(import->builder);
  return import;
}

evg_graph *tl_import_finish(tl_import *import) {
  evg_map_free(&import->suffix_of);
  free(import->next_suffix);
  evg_graph *graph = evg_builder_finish(import->builder);
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
 * has a tag or an entity, white space collapsed, in the arena. */
static const char *plain_text(tl_import *import, const tl_cell *cell,
                              bool lines) {
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
    if (n && cp != '\n' && evg_events_rejects(cp)) {
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
static void slugify(evg_buf *slug, const char *text, const char *fallback) {
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

/* ---- slides ---- */

static void add_era(tl_import *import, const tl_slide *slide) {
  const tl_cell *cells = slide->cells;
  evg_date from, to;
  evg_buf text = {0};
  bool dated = slide_dates(import, slide, true, &from, &to, &text);
  const char *label = plain_text(import, &cells[TL_HEADLINE], false);
  if (!label)
    tl_import_error(import, &cells[TL_HEADLINE],
                    "missing Headline: an era needs one (its label)");
  evg_buf_free(&text);
  if (!dated || !label)
    return;
  evg_buf slug = {0};
  slugify(&slug, label, "era");
  const char *id = unique_id(import, slug.data);
  evg_buf_free(&slug);
  size_t index =
      evg_builder_add_period(import->builder, id, cells[TL_HEADLINE].pos);
  evg_period *period = evg_builder_period(import->builder, index);
  period->label = label;
  period->from = from;
  period->to = to;
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
  bool dated = slide_dates(import, slide, false, &from, &to, &text);
  const char *label = plain_text(import, &cells[TL_HEADLINE], false);
  if (!label)
    tl_import_error(import, &cells[TL_HEADLINE],
                    "missing Headline: every event needs one (its label)");
  evg_date_spec spec;
  memset(&spec, 0, sizeof spec);
  if (dated) {
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
  if (!dated || !label)
    return;
  evg_buf slug = {0};
  const char *given = trimmed(import, &cells[TL_UNIQUE_ID]);
  if (given && valid_id(given)) {
    evg_buf_puts(&slug, given);
  } else {
    slugify(&slug, given ? given : label, "event");
  }
  const char *id = unique_id(import, slug.data);
  if (given && valid_id(given) && strcmp(id, given) != 0) {
    char message[400];
    snprintf(message, sizeof message,
             "unique_id '%.150s' is taken: this event is '%.150s'", given, id);
    warn(import, &cells[TL_UNIQUE_ID], message);
  }
  evg_buf_free(&slug);
  const tl_cell *at = &cells[TL_HEADLINE];
  size_t event = evg_builder_add_event(import->builder, id, at->pos);
  evg_builder_event_set(import->builder, event, EVG_FIELD_LABEL, label);
  evg_builder_event_set(import->builder, event, EVG_FIELD_DESCRIPTION,
                        plain_text(import, &cells[TL_TEXT], true));
  evg_builder_event_date(import->builder, event, &spec);
  const char *group = plain_text(import, &cells[TL_GROUP], false);
  if (group)
    evg_builder_event_tag(import->builder, event, group);
  evg_builder_event_slide(import->builder, event, &extras);
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
