/* test_jsonl.c: the corpus API as a library user calls it:
 * evg_extract_jsonl's counts and its report callback (once per record with
 * diagnostics, positioned at the record, the list emptied between), and
 * evg_parse_extract_jsonl's ids, actors and sources. */
#define _POSIX_C_SOURCE 200809L
#include "evgraph.h"
#include "unit.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  int calls;
  int lines[8]; /* the line of each call's first diagnostic */
  size_t sizes[8];
} reports;

static void collect(const evg_diags *diags, void *context) {
  reports *r = context;
  if (r->calls < 8) {
    r->lines[r->calls] = evg_diags_get(diags, 0)->line;
    r->sizes[r->calls] = evg_diags_count(diags);
  }
  r->calls++;
}

static const char articles[] =
    "{\"id\": \"a\", \"date\": \"2025-03-10\", \"text\": \"Acme Corp "
    "resigned on Monday. Beta Ltd cut its forecast in the fourth "
    "quarter.\"}\n"
    "\n"
    "{\"id\": 2, \"text\": 7}\n"
    "{\"id\": \"c\", \"text\": \"Tomorrow the board meets.\"}\n"
    "{\"id\": \"d\", \"date\": \"2025-03-10\", \"text\": \"No date "
    "here.\"}\n";

static void test_extract_jsonl(void) {
  FILE *in = fmemopen((void *)articles, sizeof articles - 1, "r");
  char *data = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&data, &len);
  reports r = {0};
  evg_jsonl_counts counts;
  bool ok =
      evg_extract_jsonl(in, "corpus.jsonl", 1 << 20, out, collect, &r, &counts);
  fclose(in);
  fclose(out);
  CHECK("jsonl.api.ok", ok);
  CHECK_INT("jsonl.api.records", counts.records, 4);
  CHECK_INT("jsonl.api.skipped", counts.skipped, 1);
  CHECK_INT("jsonl.api.events", counts.events, 3);
  size_t lines = 0;
  for (size_t i = 0; i < len; i++)
    lines += data[i] == '\n';
  CHECK_INT("jsonl.api.one-line-per-event", lines, counts.events);
  /* the bad record (line 3) and the undated one (line 4), each alone */
  CHECK_INT("jsonl.api.report-calls", r.calls, 2);
  CHECK_INT("jsonl.api.report-line-3", r.lines[0], 3);
  CHECK_INT("jsonl.api.report-line-4", r.lines[1], 4);
  CHECK_INT("jsonl.api.report-emptied", r.sizes[1], 1);
  const char *first = "{\"type\":\"event\",\"article\":\"a\",";
  CHECK("jsonl.api.article-first",
        data && strncmp(data, first, strlen(first)) == 0);

  evg_diags *diags = evg_diags_new(0);
  evg_graph *graph = evg_parse_extract_jsonl(data, len, "events.jsonl", diags);
  CHECK("jsonl.api.graph", graph != NULL);
  if (graph) {
    /* c's event is relative without an anchor: left out with a warning */
    CHECK_INT("jsonl.api.graph-events", evg_graph_event_count(graph), 2);
    CHECK_INT("jsonl.api.graph-warning", evg_diags_count(diags), 1);
    CHECK_STR("jsonl.api.graph-id", evg_graph_event(graph, 0)->id, "a.event-1");
    CHECK_STR("jsonl.api.graph-source", evg_graph_event(graph, 0)->source, "a");
    CHECK_INT("jsonl.api.graph-actors", evg_graph_actor_count(graph), 2);
    CHECK_STR("jsonl.api.graph-actor-id", evg_graph_actor(graph, 0)->id,
              "a.acme-corp");
    CHECK_STR("jsonl.api.graph-actor-name", evg_graph_actor(graph, 0)->name,
              "Acme Corp");
    CHECK("jsonl.api.graph-check", evg_graph_check(graph));
  }
  evg_graph_free(graph);
  evg_diags_free(diags);
  free(data);
}

/* A failed write stops the run and says so. */
static void test_write_error(void) {
  FILE *in = fmemopen((void *)articles, sizeof articles - 1, "r");
  FILE *full = fopen("/dev/full", "w");
  reports r = {0};
  evg_jsonl_counts counts;
  bool ok = evg_extract_jsonl(in, "corpus.jsonl", 1 << 20, full, collect, &r,
                              &counts);
  fclose(in);
  if (full)
    fclose(full);
  CHECK("jsonl.api.write-error", full && !ok);
  CHECK_INT("jsonl.api.write-error-stops", counts.records, 1);
  CHECK("jsonl.api.write-error-reported", r.calls >= 1);
}

/* Each line of `data` is what jansson itself writes for the object it
 * holds (compact, keys in order): the JSON writers put the keys, the
 * punctuation and the integers around strings that jansson encodes, and
 * must write the bytes a dump of the whole object gives.  Counts lines in
 * `lines`. */
static bool lines_as_jansson_dumps_them(const char *data, size_t *lines) {
  *lines = 0;
  for (const char *line = data; *line;) {
    const char *end = strchr(line, '\n');
    if (!end)
      return false;
    json_error_t error;
    json_t *o = json_loadb(line, (size_t)(end - line), 0, &error);
    char *again = o ? json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    bool same = again && strlen(again) == (size_t)(end - line) &&
                memcmp(again, line, (size_t)(end - line)) == 0;
    free(again);
    json_decref(o);
    if (!same)
      return false;
    ++*lines;
    line = end + 1;
  }
  return true;
}

/* Strings that need jansson's escapes (quotation marks, backslashes, a
 * tab, a control byte, invalid UTF-8 made valid, non-ASCII), actors,
 * relations and large offsets, in both JSON writers. */
static void test_lines_as_jansson_writes_them(void) {
  static const char text[] =
      "Acme \"Big\" Corp hired John Smith on 3 March 2024.\x01 Then "
      "\xe2\x80\x9c"
      "Beta\\Gamma\xe2\x80\x9d Ltd sued Acme Corp\t"
      "on 5 March 2024 in response to the hiring. Caf\xc3\xa9 Holdings "
      "cut \xff jobs on 7 March 2024. Maria Lopez resigned on 9 March "
      "2024 after the lawsuit.\n";
  evg_diags *diags = evg_diags_new(0);
  evg_extraction *x = evg_extract(text, sizeof text - 1, NULL, true, diags);
  char *data = NULL;
  size_t len = 0, lines = 0;
  FILE *out = open_memstream(&data, &len);
  bool written = x && out &&
                 evg_write_extraction(x, text, sizeof text - 1,
                                      "a \"quoted\\\" name\x02.txt",
                                      EVG_EXTRACT_JSON, out, diags);
  if (out)
    fclose(out);
  CHECK("jsonl.json.written", written);
  CHECK("jsonl.json.as-jansson-dumps",
        written && data && lines_as_jansson_dumps_them(data, &lines));
  CHECK("jsonl.json.has-events", data && strstr(data, "\"type\":\"event\"") &&
                                     strstr(data, "\"relation\":") &&
                                     strstr(data, "\\\"") &&
                                     strstr(data, "\\t"));
  free(data);
  evg_extraction_free(x);
  evg_diags_free(diags);

  /* the corpus lines: articles' ids and actors' objects (a record is
   * JSON, valid UTF-8: the invalid byte left out) */
  char valid[sizeof text];
  size_t n = 0;
  for (const char *c = text; *c; c++)
    if ((unsigned char)*c != 0xff)
      valid[n++] = *c;
  valid[n] = '\0';
  json_t *record = json_pack("{s:s, s:s, s:s}", "id", "a\"1\\", "date",
                             "2024-03-01", "text", valid);
  char *in_text = record ? json_dumps(record, JSON_COMPACT) : NULL;
  json_decref(record);
  FILE *in = in_text ? fmemopen(in_text, strlen(in_text), "r") : NULL;
  data = NULL;
  len = 0;
  out = open_memstream(&data, &len);
  reports r = {0};
  written =
      in && out &&
      evg_extract_jsonl(in, "corpus.jsonl", 1 << 20, out, collect, &r, NULL);
  if (in)
    fclose(in);
  if (out)
    fclose(out);
  CHECK("jsonl.corpus.as-jansson-dumps",
        written && data && lines_as_jansson_dumps_them(data, &lines) &&
            lines >= 3 && strstr(data, "\"article\":\"a\\\"1\\\\\""));
  free(data);
  free(in_text);
}

int main(void) {
  test_extract_jsonl();
  test_write_error();
  test_lines_as_jansson_writes_them();
  UNIT_EXIT();
}
