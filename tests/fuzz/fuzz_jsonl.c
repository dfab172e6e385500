/* fuzz_jsonl.c: corpus extraction (evg_extract_jsonl) on any bytes, and
 * its output read back by evg_parse_extract_jsonl: every output line is a
 * JSON object, the records are counted right, and the events become a
 * graph without an error (relative dates and dangling relations are only
 * warnings).  The input itself is also given to the loader, which must
 * reject or read it without harm. */
#include "fuzz.h"

#include <jansson.h>

/* The extractor is the slow part: a long input only repeats short ones. */
#define FUZZ_MAX_JSONL 16384

static void collect(const evg_diags *diags, void *context) {
  fuzz_format_diags(diags);
  *(size_t *)context += evg_diags_count(diags);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > FUZZ_MAX_JSONL)
    return 0;
  const char *text = (const char *)data;
  FILE *in = fmemopen((void *)data, size ? size : 1, "rb");
  FUZZ_REQUIRE(in != NULL, "fmemopen failed");
  if (!size)
    fgetc(in); /* fmemopen of 0 bytes is an error: read the one past */
  fuzz_output out;
  fuzz_output_open(&out);
  size_t reported = 0;
  evg_jsonl_counts counts;
  /* a small record cap, so that the too-long path is reached too */
  bool ok = evg_extract_jsonl(in, "fuzz.jsonl", 4096, out.stream, collect,
                              &reported, &counts);
  fclose(in);
  fuzz_output_close(&out);
  FUZZ_REQUIRE(ok, "extraction failed on a memory stream");
  FUZZ_REQUIRE(counts.skipped <= counts.records, "%zu of %zu skipped",
               counts.skipped, counts.records);
  FUZZ_REQUIRE(counts.skipped == 0 || reported > 0,
               "records skipped without a diagnostic");
  /* (article, id) pairs: an article twice in the input gives its events
   * twice, which the loader must refuse (the dated ones) */
  json_t *seen = json_object();
  bool repeated = false;
  size_t lines = 0;
  for (const char *line = out.data; *line;) {
    const char *end = strchr(line, '\n');
    FUZZ_REQUIRE(end, "the last line has no newline");
    json_error_t error;
    json_t *value =
        json_loadb(line, (size_t)(end - line), JSON_REJECT_DUPLICATES, &error);
    FUZZ_REQUIRE(json_is_object(value) &&
                     json_object_get(value, "article") != NULL,
                 "line %zu: %s", lines + 1, error.text);
    const char *article = json_string_value(json_object_get(value, "article"));
    const char *id = json_string_value(json_object_get(value, "id"));
    FUZZ_REQUIRE(article && id, "line %zu: no article or id", lines + 1);
    char *key = NULL;
    size_t key_len = 0;
    FILE *key_stream = open_memstream(&key, &key_len);
    FUZZ_REQUIRE(key_stream, "open_memstream failed");
    fprintf(key_stream, "%s\n%s", article, id);
    fclose(key_stream);
    /* an event with a relative date is left out: no duplicate of another */
    const char *date = json_string_value(json_object_get(value, "date"));
    if (date && strncmp(date, "anchor", 6) != 0) {
      repeated |= json_object_get(seen, key) != NULL;
      json_object_set_new(seen, key, json_true());
    }
    free(key);
    json_decref(value);
    lines++;
    line = end + 1;
  }
  FUZZ_REQUIRE(lines == counts.events, "%zu lines, %zu events", lines,
               counts.events);
  evg_diags *diags = evg_diags_new(0);
  evg_graph *graph =
      evg_parse_extract_jsonl(out.data, out.len, "events.jsonl", diags);
  fuzz_format_diags(diags);
  json_decref(seen);
  if (repeated) {
    FUZZ_REQUIRE(!graph, "an event twice, and no error");
  } else if (!graph) {
    const evg_diag *d = evg_diags_get(diags, 0);
    char *message = d ? evg_diag_format(d) : NULL;
    FUZZ_REQUIRE(graph, "the events do not read back:\n%s",
                 message ? message : "");
  } else {
    FUZZ_REQUIRE(evg_graph_check(graph), "the graph breaks its invariants");
    FUZZ_REQUIRE(evg_graph_event_count(graph) <= counts.events,
                 "%zu events read back, %zu written",
                 evg_graph_event_count(graph), counts.events);
  }
  evg_graph_free(graph);
  evg_diags_free(diags);
  free(out.data);
  /* the loader on the raw input: no crash, a graph or errors */
  diags = evg_diags_new(20);
  graph = evg_parse_extract_jsonl(text, size, "raw.jsonl", diags);
  fuzz_format_diags(diags);
  FUZZ_REQUIRE(graph || evg_diags_errors(diags) > 0, "no graph and no error");
  if (graph)
    FUZZ_REQUIRE(evg_graph_check(graph), "the raw graph breaks invariants");
  evg_graph_free(graph);
  evg_diags_free(diags);
  return 0;
}
