/* render_timelinejs.c: the model as TimelineJS JSON (jansson), for a web
 * timeline.  As render_json.c, streamed: each slide is one jansson object
 * dumped and freed; only the frame around them ({"title":..., "events":[
 * ..., "eras":[...]}) is written here.
 *
 * TimelineJS shows headlines, texts, credits, captions, groups and display
 * dates as HTML: they are escaped by libxml2 (xmlEncodeSpecialChars), line
 * breaks become <br>, so that the importer's HTML reading gives the same
 * text back. */
#include "timelinejs.h"

#include <errno.h>
#include <jansson.h>
#include <libxml/entities.h>
#include <stdlib.h>
#include <string.h>

typedef evg_json_stream writer;

/* Plain text as the HTML TimelineJS shows: escaped, lines as <br>. */
static json_t *html(writer *w, const char *value) {
  evg_buf clean = {0};
  evg_utf8_sanitize(&clean, value, strlen(value));
  xmlChar *escaped = xmlEncodeSpecialChars(
      NULL, (const xmlChar *)(clean.data ? clean.data : ""));
  evg_buf_free(&clean);
  if (!escaped) {
    evg_json_fail(w, "libxml2 could not escape a text (%s)", "out of memory?");
    return NULL;
  }
  evg_buf lines = {0};
  for (const char *s = (const char *)escaped; *s; s++) {
    if (*s == '\n')
      evg_buf_puts(&lines, "<br>");
    else if (strncmp(s, "&#13;", 5) == 0)
      s += 4; /* a carriage return, before its line feed */
    else
      evg_buf_putc(&lines, *s);
  }
  xmlFree(escaped);
  json_t *s = json_stringn(lines.data ? lines.data : "", lines.len);
  evg_buf_free(&lines);
  if (!s)
    evg_json_fail(w, "jansson refused a string (%s)", "out of memory?");
  return s;
}

static void set_html(writer *w, json_t *object, const char *key,
                     const char *value) {
  if (value)
    evg_json_set(w, object, key, html(w, value));
}

/* ---- dates ---- */

/* The first day of the unit (0 day, 1 month, 2 year) that holds `day`,
 * and its last day. */
static int32_t unit_start(int32_t day, int unit) {
  int32_t year;
  int month, d;
  evg_civil_from_days(day, &year, &month, &d);
  return unit == 2   ? evg_days_from_civil(year, 1, 1)
         : unit == 1 ? evg_days_from_civil(year, month, 1)
                     : day;
}

static int32_t unit_end(int32_t day, int unit) {
  int32_t year;
  int month, d;
  evg_civil_from_days(day, &year, &month, &d);
  if (unit == 2)
    return evg_days_from_civil(year, 12, 31);
  if (unit == 1) {
    int last = 31;
    while (!evg_date_valid_day(year, month, last))
      last--;
    return evg_days_from_civil(year, month, last);
  }
  return day;
}

/* The unit TimelineJS writes a point in: its precision when that is a
 * plain day, month or year; -1 for anything else (a week, a season, X
 * digits...). */
static int point_unit(const evg_date_point *point) {
  if (point->season || point->significant || point->unspecified)
    return -1;
  return point->precision == EVG_PREC_DAY     ? 0
         : point->precision == EVG_PREC_MONTH ? 1
         : point->precision == EVG_PREC_YEAR  ? 2
                                              : -1;
}

/* The coarsest unit that starts on `first` (or, `at_end`, ends on `last`)
 * and lies within [first, last]: the bounds said as TimelineJS can. */
static int bounds_unit(int32_t first, int32_t last, bool at_end) {
  for (int unit = 2; unit > 0; unit--) {
    int32_t day = at_end ? last : first;
    int32_t from = unit_start(day, unit), to = unit_end(day, unit);
    if (from >= first && to <= last && (at_end ? to == last : from == first))
      return unit;
  }
  return 0;
}

/* {"year", "month", "day"} of `day` down to `unit`, with a time of day
 * ("HH:MM" or "HH:MM:SS") when one is given. */
static json_t *date_object(int32_t day, int unit, const char *time) {
  int32_t year;
  int month, d;
  evg_civil_from_days(day, &year, &month, &d);
  json_t *object = json_object();
  json_object_set_new(object, "year", json_integer(year));
  if (unit <= 1)
    json_object_set_new(object, "month", json_integer(month));
  if (unit == 0)
    json_object_set_new(object, "day", json_integer(d));
  int hour, minute, second = 0;
  if (time && sscanf(time, "%d:%d:%d", &hour, &minute, &second) >= 2) {
    json_object_set_new(object, "hour", json_integer(hour));
    json_object_set_new(object, "minute", json_integer(minute));
    if (strlen(time) > 5)
      json_object_set_new(object, "second", json_integer(second));
  }
  return object;
}

/* The text TimelineJS's dates stand for, in the events-file spelling (the
 * importer's reading of them). */
static void date_spelling(evg_buf *out, int32_t day, int unit) {
  int32_t year;
  int month, d;
  evg_civil_from_days(day, &year, &month, &d);
  if (year < -9999 || year > 9999)
    evg_buf_printf(out, "Y%ld", (long)year);
  else
    evg_buf_printf(out, "%s%04ld", year < 0 ? "-" : "",
                   (long)(year < 0 ? -year : year));
  if (unit <= 1)
    evg_buf_printf(out, "-%02d", month);
  if (unit == 0)
    evg_buf_printf(out, "-%02d", d);
}

/* Whether `spelling` (date_spelling's) read as a date is `date`, in the
 * events-file spelling (where a week is not the interval of its days). */
static bool spelling_says(const evg_buf *spelling, const evg_date *date) {
  evg_date read;
  const char *error = NULL;
  size_t offset = 0;
  char want[128], got[128];
  return evg_date_parse(spelling->data, spelling->len, &read, &error,
                        &offset) &&
         evg_date_format_iso(date, want, sizeof want) < sizeof want &&
         evg_date_format_iso(&read, got, sizeof got) < sizeof got &&
         strcmp(want, got) == 0;
}

/* Sets start_date, and end_date when the span is more than one unit (or
 * has an end time), of a slide or era spanning the days [first, last]: a
 * date's own units when its points are plain days, months or years, else
 * the coarsest units its bounds fill.  Returns whether that says exactly
 * what `date` says, in the events-file spelling (where a week is not the
 * interval of its days; NULL: nothing to compare with). */
static bool set_dates(writer *w, json_t *slide, int32_t first, int32_t last,
                      const evg_slide *extras, const evg_date *date) {
  int from_unit = date ? point_unit(&date->from) : -1;
  int to_unit = date ? point_unit(&date->to) : -1;
  if (from_unit < 0 || to_unit < 0 || !evg_date_has_start(date) ||
      !evg_date_has_end(date)) {
    from_unit = bounds_unit(first, last, false);
    to_unit = bounds_unit(first, last, true);
  }
  int32_t last_unit = unit_start(last, to_unit);
  bool two = to_unit != from_unit || last_unit != unit_start(first, from_unit);
  evg_json_set(
      w, slide, "start_date",
      date_object(first, from_unit, extras ? extras->start_time : NULL));
  const char *end_time = extras ? extras->end_time : NULL;
  if (two || end_time)
    evg_json_set(w, slide, "end_date",
                 date_object(two ? last_unit : first, two ? to_unit : from_unit,
                             end_time));
  if (!date)
    return true;
  evg_buf spelling = {0};
  date_spelling(&spelling, first, from_unit);
  if (two) {
    evg_buf_putc(&spelling, '/');
    date_spelling(&spelling, last_unit, to_unit);
  }
  bool same = spelling_says(&spelling, date);
  evg_buf_free(&spelling);
  return same;
}

/* ---- evgraph's own key ---- */

/* What TimelineJS has no field for, under "evgraph" (which it ignores),
 * so that the JSON reads back to the same model: an event's actors, its
 * tags after the first (the Group), its relations in their order, its
 * source/quote pairs, its notes and a relative date's written form; at
 * the top the anchor and the actors; an era's id and colour. */

static json_t *text_array(writer *w, const char *const *items, size_t count) {
  json_t *array = json_array();
  for (size_t i = 0; i < count; i++) {
    json_t *item = evg_json_string(w, items[i]);
    if (item)
      json_array_append_new(array, item);
  }
  return array;
}

/* The event's fields TimelineJS cannot hold, added to `own` (which may
 * hold its "date" already). */
static void own_fields(writer *w, json_t *own, const evg_graph *g, size_t index,
                       const evg_relations *r) {
  const evg_event *e = evg_graph_event(g, index);
  if (e->date_derived && e->date_text)
    evg_json_set_text(w, own, "written", e->date_text);
  if (e->actor_count) {
    json_t *actors = json_array();
    for (size_t a = 0; a < e->actor_count; a++)
      json_array_append_new(
          actors, evg_json_string(w, evg_graph_actor(g, e->actors[a])->id));
    evg_json_set(w, own, "actors", actors);
  }
  if (e->tag_count > 1)
    evg_json_set(w, own, "tags", text_array(w, e->tags + 1, e->tag_count - 1));
  if (r->start[index + 1] > r->start[index]) {
    json_t *list = json_array();
    for (size_t i = r->start[index]; i < r->start[index + 1]; i++) {
      const evg_edge *edge = evg_graph_edge(g, r->edges[i]);
      json_t *pair = json_array();
      json_array_append_new(
          pair, evg_json_string(w, evg_relation_name(edge->relation)));
      json_array_append_new(
          pair, evg_json_string(w, evg_graph_event(g, edge->to)->id));
      json_array_append_new(list, pair);
    }
    evg_json_set(w, own, "relations", list);
  }
  if (e->citation_count) {
    json_t *list = json_array();
    for (size_t c = 0; c < e->citation_count; c++) {
      json_t *pair = json_object();
      evg_json_set_text(w, pair, "source", e->citations[c].source);
      evg_json_set_text(w, pair, "quote", e->citations[c].quote);
      json_array_append_new(list, pair);
    }
    evg_json_set(w, own, "citations", list);
  }
  if (e->note_count)
    evg_json_set(w, own, "notes", text_array(w, e->notes, e->note_count));
}

/* The top's own key: the anchor and the actors, or NULL when there are
 * none. */
static json_t *own_top(writer *w, const evg_graph *g) {
  evg_date anchor;
  bool has_anchor = evg_graph_anchor(g, &anchor);
  if (!has_anchor && !evg_graph_actor_count(g))
    return NULL;
  json_t *own = json_object();
  if (has_anchor) {
    char text[128];
    evg_date_format_iso(&anchor, text, sizeof text);
    evg_json_set_text(w, own, "anchor", text);
  }
  if (evg_graph_actor_count(g)) {
    json_t *actors = json_array();
    for (size_t i = 0; i < evg_graph_actor_count(g); i++) {
      const evg_actor *a = evg_graph_actor(g, i);
      json_t *actor = json_object();
      evg_json_set_text(w, actor, "id", a->id);
      evg_json_set_text(w, actor, "name", a->name);
      evg_json_set_text(w, actor, "kind", a->kind);
      json_array_append_new(actors, actor);
    }
    evg_json_set(w, own, "actors", actors);
  }
  return own;
}

/* ---- slides ---- */

static json_t *event_slide(writer *w, const evg_graph *g, size_t index,
                           const evg_relations *r) {
  const evg_event *e = evg_graph_event(g, index);
  static const evg_slide no_extras = {0};
  const evg_slide *extras = e->slide ? e->slide : &no_extras;
  json_t *slide = json_object();
  evg_json_set_text(w, slide, "unique_id", e->id);
  const evg_date *date = &e->date;
  /* start and end are the given end's bounds when the other is open or
   * unknown: ../B is written as B, A/.. as A, and said in words */
  bool exact = set_dates(w, slide, date->start, date->end, extras, date);
  if (extras->display_date) {
    set_html(w, slide, "display_date", extras->display_date);
  } else if (!exact) {
    /* what TimelineJS cannot say (a quarter, circa, no end...): shown in
     * words */
    char human[128];
    evg_date_format_human(date, human, sizeof human);
    set_html(w, slide, "display_date", human);
  }
  json_t *own = json_object();
  if (!exact || (e->date_derived && e->date_text)) {
    /* the date itself, in a key of evgraph's own that TimelineJS ignores:
     * read back, it gives the qualifiers, weeks, seasons... again (and
     * vouches for a relative date's written form) */
    char spelling[128];
    evg_date_format_iso(date, spelling, sizeof spelling);
    evg_json_set_text(w, own, "date", spelling);
  }
  own_fields(w, own, g, index, r);
  if (json_object_size(own))
    evg_json_set(w, slide, "evgraph", own);
  else
    json_decref(own);
  json_t *words = json_object();
  set_html(w, words, "headline", e->label);
  set_html(w, words, "text", e->description);
  evg_json_set(w, slide, "text", words);
  if (extras->media) {
    json_t *media = json_object();
    evg_json_set_text(w, media, "url", extras->media);
    set_html(w, media, "credit", extras->media_credit);
    set_html(w, media, "caption", extras->media_caption);
    evg_json_set_text(w, media, "thumbnail", extras->media_thumbnail);
    evg_json_set(w, slide, "media", media);
  }
  if (e->tag_count)
    set_html(w, slide, "group", e->tags[0]);
  if (extras->background) {
    json_t *background = json_object();
    evg_json_set_text(w, background,
                      extras->background[0] == '#' ? "color" : "url",
                      extras->background);
    evg_json_set(w, slide, "background", background);
  }
  return slide;
}

/* The timeline's last day: where a period still going ends. */
static int32_t last_day(const evg_graph *g) {
  int32_t last = INT32_MIN;
  for (size_t i = 0; i < evg_graph_event_count(g); i++) {
    int32_t day = evg_date_last_known_day(&evg_graph_event(g, i)->date);
    if (day > last)
      last = day;
  }
  return last;
}

/* Whether a start_date or end_date object, read as the importer reads it,
 * is `date` (in the events-file spelling). */
static bool object_says(json_t *object, const evg_date *date) {
  json_t *month = json_object_get(object, "month");
  json_t *day = json_object_get(object, "day");
  int32_t year = (int32_t)json_integer_value(json_object_get(object, "year"));
  int32_t first =
      evg_days_from_civil(year, month ? (int)json_integer_value(month) : 1,
                          day ? (int)json_integer_value(day) : 1);
  evg_buf spelling = {0};
  date_spelling(&spelling, first, day ? 0 : month ? 1 : 2);
  bool same = spelling_says(&spelling, date);
  evg_buf_free(&spelling);
  return same;
}

static json_t *era(writer *w, const evg_period *period, int32_t timeline_end) {
  json_t *object = json_object();
  evg_date span = evg_period_span(period);
  int32_t end = period->open_end ? span.start : span.end;
  if (period->open_end && timeline_end > end)
    end = timeline_end;
  set_dates(w, object, span.start, end, NULL, NULL);
  /* an era has an end_date even when it is one unit long */
  if (!json_object_get(object, "end_date"))
    evg_json_set(w, object, "end_date",
                 json_deep_copy(json_object_get(object, "start_date")));
  json_t *words = json_object();
  set_html(w, words, "headline", period->label);
  evg_json_set(w, object, "text", words);
  if (period->open_end ||
      !object_says(json_object_get(object, "start_date"), &period->from) ||
      !object_says(json_object_get(object, "end_date"), &period->to)) {
    /* from and to as the events file has them, where the era's dates say
     * less (a quarter, circa, still going) */
    char from[128], to[128] = "..";
    evg_date_format_iso(&period->from, from, sizeof from);
    if (!period->open_end)
      evg_date_format_iso(&period->to, to, sizeof to);
    json_t *own = json_object();
    evg_json_set_text(w, own, "from", from);
    evg_json_set_text(w, own, "to", to);
    evg_json_set(w, object, "evgraph", own);
  }
  /* the id, unless the reader's slug of the headline gives it (ids are
   * unique, so that slug is free), and the colour: TimelineJS's eras
   * have no field for them */
  evg_buf slug = {0};
  tl_slugify(&slug, period->label ? period->label : "", "era");
  bool slug_id = strcmp(slug.data, period->id) == 0;
  evg_buf_free(&slug);
  if (!slug_id || period->color) {
    json_t *own = json_object_get(object, "evgraph");
    if (!own) {
      own = json_object();
      evg_json_set(w, object, "evgraph", own);
    }
    if (!slug_id)
      evg_json_set_text(w, own, "id", period->id);
    evg_json_set_text(w, own, "color", period->color);
  }
  return object;
}

bool evg_render_timelinejs(const evg_graph *g,
                           const evg_render_options *options, FILE *out,
                           evg_diags *diags) {
  writer w = {.out = out, .format = "TimelineJS", .diags = diags};
  const char *title =
      options && options->title ? options->title : evg_graph_title(g);
  evg_json_put(&w, "{");
  if (title || evg_graph_source(g)) {
    json_t *slide = json_object(), *words = json_object();
    set_html(&w, words, "headline", title);
    set_html(&w, words, "text", evg_graph_source(g));
    evg_json_set(&w, slide, "text", words);
    evg_json_put(&w, "\"title\":");
    evg_json_dump(&w, slide);
    evg_json_put(&w, ",\n");
  }
  json_t *own = own_top(&w, g);
  if (own) {
    evg_json_put(&w, "\"evgraph\":");
    evg_json_dump(&w, own);
    evg_json_put(&w, ",\n");
  }
  evg_relations r = evg_bucket_relations(g);
  evg_json_put(&w, "\"events\":[");
  for (size_t i = 0; i < evg_graph_event_count(g) && !w.failed; i++)
    evg_json_element(&w, event_slide(&w, g, i, &r), i);
  evg_json_put(&w, "\n]");
  free(r.start);
  free(r.edges);
  if (evg_graph_period_count(g)) {
    int32_t end = last_day(g);
    evg_json_put(&w, ",\n\"eras\":[");
    for (size_t p = 0; p < evg_graph_period_count(g) && !w.failed; p++)
      evg_json_element(&w, era(&w, evg_graph_period(g, p), end), p);
    evg_json_put(&w, "\n]");
  }
  evg_json_put(&w, "}\n");
  evg_json_stream_finish(&w);
  return !w.failed;
}
