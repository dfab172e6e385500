/* fuzz_extract.c: the prose tagger and extractor, and the extraction in its
 * three formats read back: the events file by evgraph's own parser (it is
 * meant to be rendered as it is), JSON Lines line by line by jansson,
 * TimeML by libxml2 with the text unchanged inside TEXT. */
#include "fuzz.h"
#include "internal.h"

#include <jansson.h>
#include <libxml/tree.h>

/* The tagger is the slow part: a long text only repeats short ones. */
#define FUZZ_MAX_PROSE 16384

static void write_format(const evg_extraction *x, const char *text, size_t len,
                         evg_extract_format format, fuzz_output *out) {
  evg_diags *diags = evg_diags_new(0);
  fuzz_output_open(out);
  bool ok = evg_write_extraction(x, text, len, "fuzz.txt", format, out->stream,
                                 diags);
  fuzz_output_close(out);
  FUZZ_REQUIRE(ok && evg_diags_errors(diags) == 0,
               "writing format %d failed: %s", (int)format,
               evg_diags_count(diags) ? evg_diags_get(diags, 0)->message
                                      : "no diagnostic");
  evg_diags_free(diags);
}

static void check_events(const evg_extraction *x, const char *text,
                         size_t len) {
  fuzz_output events;
  write_format(x, text, len, EVG_EXTRACT_EVENTS, &events);
  /* Without an anchor, relative dates stay relative and the file asks for
   * an anchor line: add one, as its user does. */
  evg_date anchor;
  evg_buf file = {0};
  if (!evg_extraction_anchor(x, &anchor))
    evg_buf_puts(&file, "anchor: 2025-01-27\n");
  evg_buf_append(&file, events.data, events.len);
  evg_diags *diags = evg_diags_new(0);
  evg_graph *graph =
      evg_parse_events(file.data, file.len, "extracted.events", diags);
  if (!graph) {
    const evg_diag *d = evg_diags_get(diags, 0);
    char *message = d ? evg_diag_format(d) : NULL;
    FUZZ_REQUIRE(graph, "the events file does not parse:\n%s\n%s",
                 message ? message : "", file.data);
  }
  FUZZ_REQUIRE(evg_graph_event_count(graph) == evg_extraction_event_count(x),
               "%zu events read back, %zu extracted",
               evg_graph_event_count(graph), evg_extraction_event_count(x));
  evg_graph_free(graph);
  evg_diags_free(diags);
  evg_buf_free(&file);
  free(events.data);
}

static void check_json_lines(const evg_extraction *x, const char *text,
                             size_t len) {
  fuzz_output lines;
  write_format(x, text, len, EVG_EXTRACT_JSON, &lines);
  size_t count = 0;
  for (const char *line = lines.data; *line;) {
    const char *end = strchr(line, '\n');
    FUZZ_REQUIRE(end, "JSON Lines: the last line has no newline");
    json_error_t error;
    json_t *value =
        json_loadb(line, (size_t)(end - line), JSON_REJECT_DUPLICATES, &error);
    FUZZ_REQUIRE(json_is_object(value), "JSON line %zu: %s", count + 1,
                 error.text);
    json_decref(value);
    count++;
    line = end + 1;
  }
  /* one line per event and per actor that some event names */
  size_t actors = 0, actor_count = evg_extraction_actor_count(x);
  bool *used = calloc(actor_count + 1, sizeof *used);
  FUZZ_REQUIRE(used != NULL, "out of memory");
  for (size_t e = 0; e < evg_extraction_event_count(x); e++) {
    const evg_extracted_event *event = evg_extraction_event(x, e);
    for (size_t a = 0; a < event->actor_count; a++) {
      actors += !used[event->actors[a]];
      used[event->actors[a]] = true;
    }
  }
  free(used);
  FUZZ_REQUIRE(count == actors + evg_extraction_event_count(x),
               "%zu JSON lines", count);
  free(lines.data);
}

static void check_timeml(const evg_extraction *x, const char *text,
                         size_t len) {
  fuzz_output xml;
  write_format(x, text, len, EVG_EXTRACT_TIMEML, &xml);
  xmlDocPtr doc = fuzz_read_xml(xml.data, xml.len);
  FUZZ_REQUIRE(doc != NULL, "TimeML is not well-formed:\n%s", xml.data);
  xmlNodePtr body = xmlDocGetRootElement(doc)->children;
  while (body && !(body->type == XML_ELEMENT_NODE &&
                   strcmp((const char *)body->name, "TEXT") == 0))
    body = body->next;
  FUZZ_REQUIRE(body != NULL, "TimeML has no TEXT");
  /* Clean text (what evg_utf8_sanitize leaves alone) comes back as it was
   * written; XML cannot carry the rest. */
  evg_buf clean = {0};
  evg_utf8_sanitize(&clean, text, len);
  if (clean.len == len && memcmp(clean.data, text, len) == 0) {
    xmlChar *content = xmlNodeGetContent(body);
    FUZZ_REQUIRE(content && strlen((const char *)content) == len &&
                     memcmp(content, text, len) == 0,
                 "TimeML's TEXT differs from the text");
    xmlFree(content);
  }
  evg_buf_free(&clean);
  xmlFreeDoc(doc);
  free(xml.data);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > FUZZ_MAX_PROSE)
    return 0;
  const char *text = (const char *)data;
  evg_diags *diags = evg_diags_new(0);
  evg_extraction *x = evg_extract(text, size, NULL, true, diags);
  FUZZ_REQUIRE(x != NULL, "no extraction");
  fuzz_format_diags(diags);
  evg_diags_free(diags);
  const evg_timexes *timexes = evg_extraction_timexes(x);
  for (size_t i = 0; i < evg_timexes_count(timexes); i++) {
    const evg_timex *t = evg_timexes_get(timexes, i);
    FUZZ_REQUIRE(t->start < t->end && t->end <= size,
                 "timex %zu spans %zu..%zu of %zu bytes", i, t->start, t->end,
                 size);
    FUZZ_REQUIRE(t->value && *t->value, "timex %zu has no value", i);
  }
  check_events(x, text, size);
  check_json_lines(x, text, size);
  check_timeml(x, text, size);
  evg_extraction_free(x);
  return 0;
}
