/* fuzz_timelinejs.h: what the two TimelineJS targets check of a graph
 * read from a sheet or a JSON file: -t timelinejs writes JSON that reads
 * back (evg_parse_timelinejs_json) to the same events (ids, labels,
 * descriptions, dates, groups, extras) and periods, and writes the same
 * bytes again; GraphML of it is well-formed XML. */
#ifndef EVG_FUZZ_TIMELINEJS_H
#define EVG_FUZZ_TIMELINEJS_H

#include "fuzz.h"

#include <libxml/tree.h>

static inline void fuzz_timelinejs_write(const evg_graph *graph,
                                         fuzz_output *out) {
  evg_diags *diags = evg_diags_new(0);
  fuzz_output_open(out);
  bool ok = evg_render_timelinejs(graph, NULL, out->stream, diags);
  fuzz_output_close(out);
  FUZZ_REQUIRE(ok && evg_diags_errors(diags) == 0, "-t timelinejs failed");
  evg_diags_free(diags);
}

static inline bool fuzz_same_text(const char *a, const char *b) {
  return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static inline void fuzz_timelinejs_check(const char *text, size_t len,
                                         evg_graph *graph, evg_diags *diags) {
  fuzz_format_diags(diags);
  FUZZ_REQUIRE((graph != NULL) == (evg_diags_errors(diags) == 0),
               "a graph exactly when there is no error");
  if (!graph)
    return;
  FUZZ_REQUIRE(evg_graph_check(graph), "graph invariants");
  fuzz_output first, second, graphml;
  fuzz_timelinejs_write(graph, &first);
  evg_diags *again = evg_diags_new(0);
  evg_graph *back =
      evg_parse_timelinejs_json(first.data, first.len, "back.json", again);
  const evg_diag *why = evg_diags_count(again) ? evg_diags_get(again, 0) : 0;
  FUZZ_REQUIRE(back != NULL, "-t timelinejs does not read back: %s",
               why ? why->message : "?");
  FUZZ_REQUIRE(evg_graph_event_count(back) == evg_graph_event_count(graph) &&
                   evg_graph_period_count(back) ==
                       evg_graph_period_count(graph),
               "events or periods lost");
  for (size_t i = 0; i < evg_graph_event_count(graph); i++) {
    const evg_event *a = evg_graph_event(graph, i),
                    *b = evg_graph_event(back, i);
    FUZZ_REQUIRE(strcmp(a->id, b->id) == 0, "id %s read back as %s", a->id,
                 b->id);
    FUZZ_REQUIRE(fuzz_same_text(a->label, b->label), "label of %s", a->id);
    FUZZ_REQUIRE(fuzz_same_text(a->description, b->description),
                 "description of %s", a->id);
    FUZZ_REQUIRE(a->date.start == b->date.start && a->date.end == b->date.end,
                 "bounds of %s", a->id);
    char want[128], got[128];
    evg_date_format_iso(&a->date, want, sizeof want);
    evg_date_format_iso(&b->date, got, sizeof got);
    FUZZ_REQUIRE(strcmp(want, got) == 0, "date of %s: %s read back as %s",
                 a->id, want, got);
    FUZZ_REQUIRE(a->tag_count == b->tag_count &&
                     (!a->tag_count || strcmp(a->tags[0], b->tags[0]) == 0),
                 "group of %s", a->id);
    /* no extras (NULL) reads back as none */
    static const evg_slide no_extras = {0};
    const evg_slide *sa = a->slide ? a->slide : &no_extras,
                    *sb = b->slide ? b->slide : &no_extras;
    FUZZ_REQUIRE(fuzz_same_text(sa->display_date, sb->display_date) &&
                     fuzz_same_text(sa->start_time, sb->start_time) &&
                     fuzz_same_text(sa->media, sb->media) &&
                     fuzz_same_text(sa->background, sb->background),
                 "extras of %s", a->id);
  }
  for (size_t i = 0; i < evg_graph_period_count(graph); i++) {
    const evg_period *a = evg_graph_period(graph, i),
                     *b = evg_graph_period(back, i);
    FUZZ_REQUIRE(strcmp(a->label, b->label) == 0 &&
                     a->from.start == b->from.start && a->to.end == b->to.end,
                 "period %s", a->id);
  }
  fuzz_timelinejs_write(back, &second);
  FUZZ_REQUIRE(first.len == second.len &&
                   memcmp(first.data, second.data, first.len) == 0,
               "-t timelinejs of its own reading differs");
  fuzz_output_open(&graphml);
  evg_diags *xml = evg_diags_new(0);
  FUZZ_REQUIRE(evg_render_graphml(graph, NULL, graphml.stream, xml),
               "GraphML writer failed");
  fuzz_output_close(&graphml);
  xmlDocPtr doc = fuzz_read_xml(graphml.data, graphml.len);
  FUZZ_REQUIRE(doc != NULL, "GraphML is not well-formed");
  xmlFreeDoc(doc);
  evg_diags_free(xml);
  evg_graph_free(back);
  evg_diags_free(again);
  free(first.data);
  free(second.data);
  free(graphml.data);
  (void)text, (void)len;
}

#endif
