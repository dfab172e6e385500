/* fuzz_timelinejs.h: what the two TimelineJS targets check of a graph
 * read from a sheet or a JSON file: -t timelinejs writes JSON that reads
 * back (evg_parse_timelinejs_json) to the same events (ids, labels,
 * descriptions, dates, tags, extras, and what evgraph's own key holds:
 * actors, relations, citations, notes, written dates), periods (ids and
 * colours too), actors and anchor, and writes the same bytes again; GraphML of
 * it is well-formed XML. */
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
    FUZZ_REQUIRE(a->tag_count == b->tag_count, "tags of %s", a->id);
    for (size_t t = 0; t < a->tag_count; t++)
      FUZZ_REQUIRE(strcmp(a->tags[t], b->tags[t]) == 0, "tag %zu of %s", t,
                   a->id);
    /* evgraph's own key: actors, citations, notes, the written date */
    FUZZ_REQUIRE(a->actor_count == b->actor_count, "actors of %s", a->id);
    for (size_t k = 0; k < a->actor_count; k++)
      FUZZ_REQUIRE(strcmp(evg_graph_actor(graph, a->actors[k])->id,
                          evg_graph_actor(back, b->actors[k])->id) == 0,
                   "actor %zu of %s", k, a->id);
    FUZZ_REQUIRE(a->citation_count == b->citation_count, "citations of %s",
                 a->id);
    for (size_t k = 0; k < a->citation_count; k++)
      FUZZ_REQUIRE(
          fuzz_same_text(a->citations[k].source, b->citations[k].source) &&
              fuzz_same_text(a->citations[k].quote, b->citations[k].quote),
          "citation %zu of %s", k, a->id);
    FUZZ_REQUIRE(a->note_count == b->note_count, "notes of %s", a->id);
    for (size_t k = 0; k < a->note_count; k++)
      FUZZ_REQUIRE(strcmp(a->notes[k], b->notes[k]) == 0, "note %zu of %s", k,
                   a->id);
    FUZZ_REQUIRE(
        a->date_derived == b->date_derived &&
            (!a->date_derived || fuzz_same_text(a->date_text, b->date_text)),
        "written date of %s", a->id);
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
                     a->from.start == b->from.start &&
                     a->open_end == b->open_end &&
                     (a->open_end || a->to.end == b->to.end),
                 "period %s", a->id);
    FUZZ_REQUIRE(strcmp(a->id, b->id) == 0 &&
                     fuzz_same_text(a->color, b->color),
                 "id or colour of period %s", a->id);
  }
  FUZZ_REQUIRE(evg_graph_actor_count(back) == evg_graph_actor_count(graph),
               "actors lost");
  for (size_t i = 0; i < evg_graph_actor_count(graph); i++) {
    const evg_actor *a = evg_graph_actor(graph, i),
                    *b = evg_graph_actor(back, i);
    FUZZ_REQUIRE(strcmp(a->id, b->id) == 0 &&
                     fuzz_same_text(a->name, b->name) &&
                     fuzz_same_text(a->kind, b->kind),
                 "actor %s", a->id);
  }
  FUZZ_REQUIRE(evg_graph_edge_count(back) == evg_graph_edge_count(graph),
               "relations lost");
  for (size_t i = 0; i < evg_graph_edge_count(graph); i++) {
    const evg_edge *a = evg_graph_edge(graph, i), *b = evg_graph_edge(back, i);
    FUZZ_REQUIRE(a->relation == b->relation && a->from == b->from &&
                     a->to == b->to,
                 "relation %zu", i);
  }
  evg_date anchor_a, anchor_b;
  bool has_a = evg_graph_anchor(graph, &anchor_a),
       has_b = evg_graph_anchor(back, &anchor_b);
  FUZZ_REQUIRE(has_a == has_b && (!has_a || anchor_a.start == anchor_b.start),
               "anchor");
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
