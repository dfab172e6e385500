/* parse_timelinejs_json.c: TimelineJS JSON -> slides, read by jansson.
 *
 * A syntax error has its place (jansson's byte position, turned into the
 * line and column of the text with the source line).  Once decoded, jansson
 * keeps no position of values: other errors name the value's path
 * (events[2].start_date.month) rather than re-scan the text by hand. */
#include "timelinejs.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  const char *file;
  evg_diags *diags;
  tl_import *import;
  evg_arena scratch; /* paths and values of the slide being read */
} reader;

static void error_at_path(reader *r, const char *path, const char *message) {
  evg_diags_add(r->diags, EVG_SEV_ERROR, r->file, 0, 0, 0, NULL, "%s: %s", path,
                message);
}

static const char *join(reader *r, const char *path, const char *key) {
  size_t size = strlen(path) + strlen(key) + 2;
  char *joined = evg_arena_alloc(&r->scratch, size);
  snprintf(joined, size, "%s%s%s", path, *path ? "." : "", key);
  return joined;
}

/* A string value, checked for the characters events files refuse (jansson
 * has checked the UTF-8 and refuses \u0000); NULL when absent, false on an
 * error. */
static bool string_value(reader *r, json_t *value, const char *path,
                         tl_cell *cell) {
  cell->path = path;
  cell->pos.file = r->file;
  if (!value || json_is_null(value))
    return true;
  if (!json_is_string(value)) {
    error_at_path(r, cell->path, "must be a string");
    return false;
  }
  const char *s = json_string_value(value);
  size_t len = json_string_length(value);
  for (size_t i = 0; i < len;) {
    size_t n = evg_utf8_valid_len((const unsigned char *)s + i, len - i);
    unsigned int cp = evg_utf8_decode((const unsigned char *)s + i, n ? n : 1);
    if (n && cp != '\n' && cp != '\r' && evg_events_rejects(cp)) {
      char message[160];
      snprintf(message, sizeof message,
               "U+%04X, a control or bidirectional control character or no "
               "character, at byte %zu of the string",
               cp, i);
      error_at_path(r, cell->path, message);
      return false;
    }
    i += n ? n : 1;
  }
  cell->value = evg_arena_strndup(&r->scratch, s, len);
  return true;
}

static bool string_at(reader *r, json_t *object, const char *key,
                      const char *path, tl_cell *cell) {
  return string_value(r, json_object_get(object, key), join(r, path, key),
                      cell);
}

/* A date part: an integer, or a string (checked later like a sheet's
 * cell).  TimelineJS's examples write both. */
static bool number_at(reader *r, json_t *object, const char *key,
                      const char *path, tl_cell *cell) {
  json_t *value = json_object_get(object, key);
  if (json_is_integer(value)) {
    cell->path = join(r, path, key);
    cell->pos.file = r->file;
    char text[32];
    snprintf(text, sizeof text, "%" JSON_INTEGER_FORMAT,
             json_integer_value(value));
    cell->value = evg_arena_strndup(&r->scratch, text, strlen(text));
    return true;
  }
  if (value && !json_is_string(value) && !json_is_null(value)) {
    error_at_path(r, join(r, path, key),
                  "must be a whole number (or a string of one)");
    return false;
  }
  return string_at(r, object, key, path, cell);
}

/* hour, minute, second of a date as one HH:MM:SS cell. */
static bool time_at(reader *r, json_t *date, const char *path, tl_cell *cell) {
  static const char *const keys[] = {"hour", "minute", "second"};
  static const long limits[] = {23, 59, 59};
  long parts[3] = {0, 0, 0};
  bool given = false, seconds = false;
  for (int i = 0; i < 3; i++) {
    tl_cell part = {0};
    if (!number_at(r, date, keys[i], path, &part))
      return false;
    if (!part.value)
      continue;
    char *end;
    long value = strtol(part.value, &end, 10);
    if (*end || end == part.value || value < 0 || value > limits[i]) {
      char message[64];
      snprintf(message, sizeof message, "must be 0 to %ld", limits[i]);
      error_at_path(r, part.path, message);
      return false;
    }
    parts[i] = value;
    given = true;
    seconds = i == 2;
  }
  cell->path = join(r, path, "hour");
  cell->pos.file = r->file;
  if (given) {
    char text[16];
    if (seconds)
      snprintf(text, sizeof text, "%02ld:%02ld:%02ld", parts[0], parts[1],
               parts[2]);
    else
      snprintf(text, sizeof text, "%02ld:%02ld", parts[0], parts[1]);
    cell->value = evg_arena_strndup(&r->scratch, text, strlen(text));
  }
  return true;
}

static json_t *object_at(reader *r, json_t *parent, const char *key,
                         const char *path, bool *ok) {
  json_t *value = json_object_get(parent, key);
  if (value && !json_is_object(value) && !json_is_null(value)) {
    error_at_path(r, join(r, path, key), "must be an object");
    *ok = false;
  }
  return json_is_object(value) ? value : NULL;
}

static json_t *array_at(reader *r, json_t *parent, const char *key,
                        const char *path, bool *ok) {
  json_t *value = json_object_get(parent, key);
  if (value && !json_is_array(value) && !json_is_null(value)) {
    error_at_path(r, join(r, path, key), "must be an array");
    *ok = false;
  }
  return json_is_array(value) ? value : NULL;
}

/* An array of strings (`width` 1) or of [type, target] pairs (2) into a
 * list of cells, each with its path. */
static bool list_at(reader *r, json_t *own, const char *key, const char *path,
                    size_t width, tl_list *list) {
  bool ok = true;
  json_t *array = array_at(r, own, key, path, &ok);
  if (!array)
    return ok;
  size_t n = json_array_size(array);
  tl_cell *cells =
      evg_arena_alloc(&r->scratch, (n * width + 1) * sizeof *cells);
  memset(cells, 0, (n * width + 1) * sizeof *cells);
  const char *list_path = join(r, path, key);
  for (size_t i = 0; i < n && ok; i++) {
    char index[32];
    snprintf(index, sizeof index, "[%zu]", i);
    size_t size = strlen(list_path) + strlen(index) + 1;
    char *item_path = evg_arena_alloc(&r->scratch, size);
    snprintf(item_path, size, "%s%s", list_path, index);
    json_t *item = json_array_get(array, i);
    if (width == 1) {
      ok = string_value(r, item, item_path, &cells[i]);
      if (ok && !cells[i].value)
        error_at_path(r, item_path, "must be a string"), ok = false;
      continue;
    }
    if (!json_is_array(item) || json_array_size(item) != 2) {
      error_at_path(r, item_path, "must be a pair [\"causes\", \"event-id\"]");
      ok = false;
      continue;
    }
    for (size_t k = 0; k < 2 && ok; k++) {
      size_t part_size = size + 4;
      char *part_path = evg_arena_alloc(&r->scratch, part_size);
      snprintf(part_path, part_size, "%s[%zu]", item_path, k);
      ok = string_value(r, json_array_get(item, k), part_path,
                        &cells[2 * i + k]);
      if (ok && !cells[2 * i + k].value)
        error_at_path(r, part_path, "must be a string"), ok = false;
    }
  }
  list->cells = cells;
  list->count = n;
  return ok;
}

/* "citations": [{"source", "quote"}...] into pairs of cells. */
static bool citations_at(reader *r, json_t *own, const char *path,
                         tl_list *list) {
  bool ok = true;
  json_t *array = array_at(r, own, "citations", path, &ok);
  if (!array)
    return ok;
  size_t n = json_array_size(array);
  tl_cell *cells = evg_arena_alloc(&r->scratch, (2 * n + 1) * sizeof *cells);
  memset(cells, 0, (2 * n + 1) * sizeof *cells);
  const char *list_path = join(r, path, "citations");
  for (size_t i = 0; i < n && ok; i++) {
    char index[32];
    snprintf(index, sizeof index, "[%zu]", i);
    size_t size = strlen(list_path) + strlen(index) + 1;
    char *item_path = evg_arena_alloc(&r->scratch, size);
    snprintf(item_path, size, "%s%s", list_path, index);
    json_t *item = json_array_get(array, i);
    if (!json_is_object(item)) {
      error_at_path(r, item_path, "must be an object {\"source\", \"quote\"}");
      return false;
    }
    ok = string_at(r, item, "source", item_path, &cells[2 * i]) &&
         string_at(r, item, "quote", item_path, &cells[2 * i + 1]);
    if (ok && !cells[2 * i].value && !cells[2 * i + 1].value) {
      error_at_path(r, item_path, "has neither a source nor a quote");
      ok = false;
    }
  }
  list->cells = cells;
  list->count = n;
  return ok;
}

/* The keys of evgraph's own key that `who` reads (`keys`: the top's,
 * the title's, an era's or an event's); any other (an
 * era's "actors", an event's "color", a key misspelt) is left out with a
 * warning at its path, where it was dropped without a word. */
static void warn_unread_keys(reader *r, json_t *own, const char *own_path,
                             const char *who, const char *const *keys) {
  const char *key;
  json_t *value;
  json_object_foreach(own, key, value) {
    (void)value;
    size_t k = 0;
    while (keys[k] && strcmp(keys[k], key) != 0)
      k++;
    if (keys[k])
      continue;
    /* a key of other characters than printable ASCII is not repeated:
     * the message stays one line */
    bool plain = strlen(key) <= 100;
    for (const char *c = key; plain && *c; c++)
      plain = *c >= 0x20 && *c < 0x7F;
    evg_diags_add(r->diags, EVG_SEV_WARNING, r->file, 0, 0, 0, NULL,
                  "%s: %s reads no %s%s%s in evgraph's key: left out",
                  plain ? join(r, own_path, key) : own_path, who,
                  plain ? "\"" : "", plain ? key : "key of other characters",
                  plain ? "\"" : "");
  }
}

/* What a slide of `type` ("title", "era", "" for an event) reads of
 * evgraph's key, for warn_unread_keys. */
static void warn_unread_slide_keys(reader *r, json_t *own, const char *own_path,
                                   const char *type) {
  static const char *const event_keys[] = {"date",  "written",   "actors",
                                           "tags",  "relations", "citations",
                                           "notes", NULL};
  static const char *const era_keys[] = {"from", "to", "id", "color", NULL};
  static const char *const title_keys[] = {NULL};
  if (strcmp(type, "era") == 0)
    warn_unread_keys(r, own, own_path, "an era", era_keys);
  else if (strcmp(type, "title") == 0)
    warn_unread_keys(r, own, own_path, "the title", title_keys);
  else
    warn_unread_keys(r, own, own_path, "an event", event_keys);
}

/* The top's own key: the anchor and the actors. */
static void read_own_top(reader *r, json_t *root) {
  bool ok = true;
  json_t *own = object_at(r, root, "evgraph", "", &ok);
  if (!own)
    return;
  static const char *const top_keys[] = {"anchor", "actors", NULL};
  warn_unread_keys(r, own, "evgraph", "the top", top_keys);
  tl_cell anchor = {0};
  if (string_at(r, own, "anchor", "evgraph", &anchor) && anchor.value)
    tl_import_anchor(r->import, &anchor);
  json_t *actors = array_at(r, own, "actors", "evgraph", &ok);
  for (size_t i = 0; actors && i < json_array_size(actors); i++) {
    char path[64];
    snprintf(path, sizeof path, "evgraph.actors[%zu]", i);
    json_t *actor = json_array_get(actors, i);
    tl_cell id = {0}, name = {0}, kind = {0};
    if (!json_is_object(actor))
      error_at_path(r, path, "must be an object {\"id\", \"name\", \"kind\"}");
    else if (string_at(r, actor, "id", path, &id) &&
             string_at(r, actor, "name", path, &name) &&
             string_at(r, actor, "kind", path, &kind))
      tl_import_actor(r->import, &id, &name, &kind);
    evg_arena_free(&r->scratch);
  }
  evg_arena_free(&r->scratch);
}

/* start_date or end_date into the Year, Month, Day and Time cells. */
static bool date_at(reader *r, json_t *slide, const char *key, const char *path,
                    tl_slide *out, bool end) {
  bool ok = true;
  json_t *date = object_at(r, slide, key, path, &ok);
  const char *date_path = join(r, path, key);
  tl_cell *cells = out->cells;
  /* an absent date: Year's error names the date */
  cells[end ? TL_END_YEAR : TL_YEAR].path = join(r, date_path, "year");
  cells[end ? TL_END_YEAR : TL_YEAR].pos.file = r->file;
  if (!date)
    return ok;
  ok =
      number_at(r, date, "year", date_path,
                &cells[end ? TL_END_YEAR : TL_YEAR]) &&
      number_at(r, date, "month", date_path,
                &cells[end ? TL_END_MONTH : TL_MONTH]) &&
      number_at(r, date, "day", date_path, &cells[end ? TL_END_DAY : TL_DAY]) &&
      time_at(r, date, date_path, &cells[end ? TL_END_TIME : TL_TIME]);
  if (ok && !end && !cells[TL_DISPLAY_DATE].value)
    ok = string_at(r, date, "display_date", date_path, &cells[TL_DISPLAY_DATE]);
  return ok;
}

static void read_slide(reader *r, json_t *slide, const char *path,
                       const char *type) {
  tl_slide out;
  memset(&out, 0, sizeof out);
  for (int f = 0; f < TL_FIELD_COUNT; f++) {
    out.cells[f].path = path;
    out.cells[f].pos.file = r->file;
  }
  if (!json_is_object(slide)) {
    error_at_path(r, path, "must be an object");
    return;
  }
  bool ok = true;
  json_t *text = object_at(r, slide, "text", path, &ok);
  json_t *media = object_at(r, slide, "media", path, &ok);
  const char *text_path = join(r, path, "text");
  const char *media_path = join(r, path, "media");
  out.cells[TL_HEADLINE].path = join(r, text_path, "headline");
  if (text)
    ok = ok &&
         string_at(r, text, "headline", text_path, &out.cells[TL_HEADLINE]) &&
         string_at(r, text, "text", text_path, &out.cells[TL_TEXT]);
  if (media)
    ok = ok && string_at(r, media, "url", media_path, &out.cells[TL_MEDIA]) &&
         string_at(r, media, "credit", media_path,
                   &out.cells[TL_MEDIA_CREDIT]) &&
         string_at(r, media, "caption", media_path,
                   &out.cells[TL_MEDIA_CAPTION]) &&
         string_at(r, media, "thumbnail", media_path,
                   &out.cells[TL_MEDIA_THUMBNAIL]);
  ok = ok &&
       string_at(r, slide, "display_date", path, &out.cells[TL_DISPLAY_DATE]) &&
       string_at(r, slide, "group", path, &out.cells[TL_GROUP]) &&
       string_at(r, slide, "unique_id", path, &out.cells[TL_UNIQUE_ID]);
  /* evgraph's own key, which TimelineJS ignores: the date as evgraph
   * wrote it, where start_date and end_date say less */
  json_t *own = object_at(r, slide, "evgraph", path, &ok);
  const char *own_path = join(r, path, "evgraph");
  if (ok && own)
    ok = string_at(r, own, "date", own_path, &out.cells[TL_EVGRAPH_DATE]) &&
         string_at(r, own, "from", own_path, &out.cells[TL_EVGRAPH_FROM]) &&
         string_at(r, own, "to", own_path, &out.cells[TL_EVGRAPH_TO]) &&
         string_at(r, own, "written", own_path,
                   &out.cells[TL_EVGRAPH_WRITTEN]) &&
         string_at(r, own, "id", own_path, &out.cells[TL_EVGRAPH_ID]) &&
         string_at(r, own, "color", own_path, &out.cells[TL_EVGRAPH_COLOR]) &&
         list_at(r, own, "actors", own_path, 1, &out.actors) &&
         list_at(r, own, "tags", own_path, 1, &out.tags) &&
         list_at(r, own, "relations", own_path, 2, &out.relations) &&
         citations_at(r, own, own_path, &out.citations) &&
         list_at(r, own, "notes", own_path, 1, &out.notes);
  if (ok && own)
    warn_unread_slide_keys(r, own, own_path, type);
  /* background: {"color": ...} or {"url": ...}; a plain string too */
  json_t *background = json_object_get(slide, "background");
  if (ok && json_is_object(background)) {
    const char *background_path = join(r, path, "background");
    ok = string_at(r, background, "color", background_path,
                   &out.cells[TL_BACKGROUND]);
    if (ok && !out.cells[TL_BACKGROUND].value)
      ok = string_at(r, background, "url", background_path,
                     &out.cells[TL_BACKGROUND]);
  } else if (ok && background) {
    ok = string_at(r, slide, "background", path, &out.cells[TL_BACKGROUND]);
  }
  if (strcmp(type, "title") != 0)
    ok = ok && date_at(r, slide, "start_date", path, &out, false) &&
         date_at(r, slide, "end_date", path, &out, true);
  if (!ok)
    return;
  out.cells[TL_TYPE].value = type;
  tl_import_slide(r->import, &out);
}

/* Reads one slide with its own scratch arena: paths and values live only
 * as long as the slide is read. */
static void read_one(reader *r, json_t *slide, const char *path,
                     const char *type) {
  read_slide(r, slide, path, type);
  evg_arena_free(&r->scratch);
}

static void read_list(reader *r, json_t *root, const char *key,
                      const char *type, bool required) {
  json_t *list = json_object_get(root, key);
  if (!list && !required)
    return;
  if (!json_is_array(list)) {
    error_at_path(r, key,
                  required ? "TimelineJS JSON has an \"events\" array (this "
                             "file has none; evgraph's own -t json and "
                             "graphology files are not inputs)"
                           : "must be an array");
    return;
  }
  for (size_t i = 0; i < json_array_size(list); i++) {
    char path[64];
    snprintf(path, sizeof path, "%s[%zu]", key, i);
    read_one(r, json_array_get(list, i), path, type);
  }
}

/* A syntax error at jansson's byte position, as line and column of the
 * text with its source line (the position may be the end of the text). */
static void syntax_error(reader *r, const char *text, size_t len,
                         const json_error_t *error) {
  size_t at = error->position > 0 ? (size_t)error->position - 1 : 0;
  if (at > len)
    at = len;
  size_t line_start = 0;
  int line = 1;
  for (size_t i = 0; i < at; i++)
    if (text[i] == '\n')
      line++, line_start = i + 1;
  size_t line_end = line_start;
  while (line_end < len && text[line_end] != '\n')
    line_end++;
  char *source = evg_xstrndup(text + line_start, line_end - line_start);
  evg_diags_add(r->diags, EVG_SEV_ERROR, r->file, line,
                (int)evg_utf8_count(text + line_start, at - line_start) + 1, 1,
                source, "JSON: %s (byte %zu)", error->text, at);
  free(source);
}

evg_graph *evg_parse_timelinejs_json(const char *text, size_t len,
                                     const char *file, evg_diags *diags) {
  reader r;
  memset(&r, 0, sizeof r);
  r.file = file;
  r.diags = diags;
  r.import = tl_import_new(file, diags);
  json_error_t error;
  json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &error);
  if (!root) {
    syntax_error(&r, text, len, &error);
  } else if (!json_is_object(root)) {
    error_at_path(&r, "the top",
                  "TimelineJS JSON is an object: {\"events\": [...]}");
  } else {
    read_own_top(&r, root);
    json_t *title = json_object_get(root, "title");
    if (title && !json_is_null(title))
      read_one(&r, title, "title", "title");
    read_list(&r, root, "events", "", true);
    read_list(&r, root, "eras", "era", false);
  }
  json_decref(root);
  evg_arena_free(&r.scratch);
  return tl_import_finish(r.import);
}
