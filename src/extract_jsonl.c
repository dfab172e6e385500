/* extract_jsonl.c: corpus extraction, a mapper over records.  JSON Lines
 * of articles in, JSON Lines of events out, one record at a time: memory
 * is the longest record's, whatever the corpus's length. */
#define _POSIX_C_SOURCE 200809L
#include "internal.h"

#include <errno.h>
#include <jansson.h>
#include <string.h>

/* Reads one line, without its newline (and a CR before it), into `line`.
 * A line past `max` bytes is read to its end but not kept: `*length` says
 * how long it was.  False at the end of the input. */
static bool read_line(FILE *in, evg_buf *line, size_t max, size_t *length) {
  line->len = 0;
  evg_buf_append(line, "", 0);
  size_t total = 0;
  char chunk[4096];
  size_t used = 0;
  int c = EOF;
  while ((c = getc_unlocked(in)) != EOF && c != '\n') {
    if (total++ >= max)
      continue;
    chunk[used++] = (char)c;
    if (used == sizeof chunk) {
      evg_buf_append(line, chunk, used);
      used = 0;
    }
  }
  evg_buf_append(line, chunk, used);
  *length = total;
  if (total <= max && line->len && line->data[line->len - 1] == '\r')
    line->data[--line->len] = '\0';
  return c != EOF || total > 0;
}

static bool blank(const char *s, size_t len) {
  for (size_t i = 0; i < len; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
      return false;
  return true;
}

/* The record's id as text: a string as it is, an integer as its digits.
 * Into `id`; false when it is neither. */
static bool record_id(json_t *value, evg_buf *id) {
  id->len = 0;
  /* empty, the article could not be named in a line of events (the
   * loader of those lines, like a reader, needs a name) */
  if (json_is_string(value) && json_string_length(value) > 0 &&
      !memchr(json_string_value(value), 0, json_string_length(value))) {
    evg_buf_append(id, json_string_value(value), json_string_length(value));
    return true;
  }
  if (json_is_integer(value)) {
    evg_buf_printf(id, "%" JSON_INTEGER_FORMAT, json_integer_value(value));
    return true;
  }
  return false;
}

int evg_json_key_column(const char *line, const char *key) {
  size_t n = strlen(key);
  for (const char *at = strchr(line, '"'); at; at = strchr(at + 1, '"')) {
    if (at > line && at[-1] == '\\')
      continue;
    if (strncmp(at + 1, key, n) != 0 || at[n + 1] != '"')
      continue;
    const char *after = at + n + 2;
    while (*after == ' ' || *after == '\t')
      after++;
    if (*after == ':')
      return 1 + (int)evg_utf8_count(line, (size_t)(at - line));
  }
  return 1;
}

typedef struct {
  const char *file;
  int line_no;
  const char *line;
  evg_diags *diags;
} record;

static void record_error(const record *r, int col, const char *format, ...)
    __attribute__((format(printf, 3, 4)));

static void record_error(const record *r, int col, const char *format, ...) {
  char message[512];
  va_list args;
  va_start(args, format);
  vsnprintf(message, sizeof message, format, args);
  va_end(args);
  evg_diags_add(r->diags, EVG_SEV_ERROR, r->file, r->line_no, col > 0 ? col : 1,
                1, r->line, "%s", message);
}

/* One record: parsed, extracted, its events written.  False when it is
 * skipped (an error in r->diags) or the output failed (*write_failed). */
static bool extract_record(const record *r, size_t len, FILE *out, evg_buf *id,
                           size_t *events, bool *write_failed) {
  json_error_t error;
  json_t *root = json_loadb(r->line, len, JSON_REJECT_DUPLICATES, &error);
  if (!root) {
    record_error(r, error.column, "not a JSON record: %s", error.text);
    return false;
  }
  bool ok = false;
  json_t *text = json_object_get(root, "text");
  json_t *date = json_object_get(root, "date");
  if (!json_is_object(root)) {
    record_error(r, 1,
                 "a record is a JSON object: {\"id\": ..., \"date\": "
                 "\"YYYY-MM-DD\", \"text\": ...}");
  } else if (!record_id(json_object_get(root, "id"), id)) {
    record_error(
        r, evg_json_key_column(r->line, "id"),
        "the record needs an \"id\", a non-empty string or an integer");
  } else if (!json_is_string(text)) {
    record_error(r, evg_json_key_column(r->line, "text"),
                 "article '%s': the record needs a \"text\" string", id->data);
  } else if (date && !json_is_null(date) && !json_is_string(date)) {
    record_error(r, evg_json_key_column(r->line, "date"),
                 "article '%s': \"date\" is a string, YYYY-MM-DD", id->data);
  } else {
    evg_date anchor;
    bool dated = date && json_is_string(date);
    const char *error_text = NULL;
    size_t offset = 0;
    if (dated &&
        (!evg_date_parse(json_string_value(date), json_string_length(date),
                         &anchor, &error_text, &offset) ||
         anchor.interval || anchor.from.precision != EVG_PREC_DAY)) {
      record_error(r, evg_json_key_column(r->line, "date"),
                   "article '%s': \"date\" must be a day, YYYY-MM-DD",
                   id->data);
    } else {
      evg_diags *found = evg_diags_new(0);
      evg_extraction *x =
          evg_extract(json_string_value(text), json_string_length(text),
                      dated ? &anchor : NULL, true, found);
      /* The extraction's diagnostics belong to this record.  Without an
       * anchor, its first is the warning that points at --anchor: here the
       * record's "date" gives the anchor. */
      size_t first = 0;
      if (!dated && !evg_extraction_anchor(x, NULL)) {
        evg_diags_add(r->diags, EVG_SEV_WARNING, r->file, r->line_no, 1, 1,
                      NULL,
                      "article '%s' has no \"date\" and its text no "
                      "dateline: relative dates stay unresolved",
                      id->data);
        first = 1;
      }
      for (size_t i = first; i < evg_diags_count(found); i++) {
        const evg_diag *d = evg_diags_get(found, i);
        evg_diags_add(r->diags, d->severity, r->file, r->line_no, 1, 1, NULL,
                      "article '%s': %s", id->data, d->message);
      }
      evg_diags_free(found);
      if (evg_write_extraction_article(x, id->data, out, r->diags) &&
          fflush(out) == 0) {
        *events += evg_extraction_event_count(x);
        ok = true;
      } else {
        *write_failed = true;
      }
      evg_extraction_free(x);
    }
  }
  json_decref(root);
  return ok;
}

bool evg_extract_jsonl(FILE *in, const char *file, size_t max_record, FILE *out,
                       evg_diags_report report, void *context,
                       evg_jsonl_counts *counts) {
  evg_jsonl_counts tally = {0, 0, 0};
  evg_buf line = {0}, id = {0};
  evg_diags *diags = evg_diags_new(0);
  bool write_failed = false;
  size_t length;
  int line_no = 0;
  while (!write_failed && read_line(in, &line, max_record, &length)) {
    line_no++;
    /* a byte-order mark before the first record, as editors write it */
    if (line_no == 1 && line.len >= 3 &&
        memcmp(line.data, "\xEF\xBB\xBF", 3) == 0) {
      memmove(line.data, line.data + 3, line.len - 2);
      line.len -= 3;
    }
    if (length <= max_record && blank(line.data, line.len))
      continue;
    tally.records++;
    record r = {file, line_no, line.data, diags};
    errno = 0; /* a write error's cause, not an earlier call's */
    if (length > max_record) {
      r.line = NULL;
      record_error(&r, 1,
                   "a record of %zu bytes, longer than the limit of %zu MiB "
                   "(--max-input MIB raises it)",
                   length, max_record >> 20);
      tally.skipped++;
    } else if (!extract_record(&r, line.len, out, &id, &tally.events,
                               &write_failed) &&
               !write_failed) {
      tally.skipped++;
    }
    if (write_failed)
      evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                    "cannot write the events: %s",
                    strerror(errno ? errno : EIO));
    if (evg_diags_count(diags) && report)
      report(diags, context);
    evg_diags_free(diags);
    diags = evg_diags_new(0);
  }
  bool read_failed = ferror(in) != 0;
  if (read_failed) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "cannot read %s: %s", file, strerror(errno ? errno : EIO));
    if (report)
      report(diags, context);
  }
  evg_diags_free(diags);
  evg_buf_free(&line);
  evg_buf_free(&id);
  if (counts)
    *counts = tally;
  return !write_failed && !read_failed;
}
