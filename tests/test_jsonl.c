/* test_jsonl.c: the corpus API as a library user calls it:
 * evg_extract_jsonl's counts and its report callback (once per record with
 * diagnostics, positioned at the record, the list emptied between), and
 * evg_parse_extract_jsonl's ids, actors and sources. */
#define _POSIX_C_SOURCE 200809L
#include "evgraph.h"
#include "unit.h"

#include <stdlib.h>

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

int main(void) {
  test_extract_jsonl();
  test_write_error();
  UNIT_EXIT();
}
