/* test_merge.c: source/quote pairs and notes in the model, evg_merge and
 * evg_render_events through the API. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include "internal.h"
#include "unit.h"

#include <stdlib.h>

static evg_graph *parse(const char *text, const char *file, evg_diags *d) {
  return evg_parse_events(text, strlen(text), file, d);
}

static const evg_event *event_by_id(const evg_graph *g, const char *id) {
  for (size_t i = 0; i < evg_graph_event_count(g); i++)
    if (strcmp(evg_graph_event(g, i)->id, id) == 0)
      return evg_graph_event(g, i);
  return NULL;
}

static void test_citations(void) {
  evg_diags *d = evg_diags_new(0);
  evg_graph *g = parse("event x\n"
                       "  date: 2025\n"
                       "  label: told thrice\n"
                       "  quote: q1\n"
                       "  source: s1\n"
                       "  source: s2\n"
                       "  quote: q2, with a comma\n"
                       "  quote: q3\n"
                       "  note: n1\n"
                       "  note: n2\n"
                       "event y\n"
                       "  date: 2025\n"
                       "  label: untold\n",
                       "c.events", d);
  CHECK("citations.parse", g != NULL);
  if (!g) {
    evg_diags_free(d);
    return;
  }
  const evg_event *x = event_by_id(g, "x");
  CHECK_INT("citations.count", x->citation_count, 3);
  CHECK_STR("citations.first-quote-then-source", x->citations[0].source, "s1");
  CHECK_STR("citations.first-quote", x->citations[0].quote, "q1");
  CHECK_STR("citations.second", x->citations[1].quote, "q2, with a comma");
  CHECK_STR("citations.second-source", x->citations[1].source, "s2");
  CHECK("citations.lone-quote", x->citations[2].source == NULL);
  CHECK_STR("citations.old-fields-are-the-first", x->quote, "q1");
  CHECK_STR("citations.old-source", x->source, "s1");
  CHECK_INT("notes.count", x->note_count, 2);
  CHECK_STR("notes.second", x->notes[1], "n2");
  const evg_event *y = event_by_id(g, "y");
  CHECK_INT("citations.none", y->citation_count, 0);
  CHECK("citations.none-null", y->quote == NULL && y->source == NULL);
  /* a filter keeps them */
  evg_filter filter = {0};
  evg_graph *kept = evg_graph_filter(g, &filter, d);
  const evg_event *kx = kept ? event_by_id(kept, "x") : NULL;
  CHECK("citations.filter-keeps",
        kx && kx->citation_count == 3 && kx->note_count == 2 &&
            strcmp(kx->citations[1].quote, "q2, with a comma") == 0);
  evg_graph_free(kept);
  evg_graph_free(g);
  /* scalar keys still may not repeat */
  g = parse("event x\n  date: 2025\n  label: a\n  label: b\n", "d.events", d);
  CHECK("citations.label-still-scalar", g == NULL);
  evg_diags_free(d);
}

static char *events_text(const evg_graph *g, evg_diags *d, bool *ok) {
  char *text = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&text, &len);
  *ok = evg_render_events(g, out, d);
  fclose(out);
  return text;
}

static void test_merge_api(void) {
  evg_diags *d = evg_diags_new(0);
  evg_graph *a = parse("source: paper A\n"
                       "actor m\n  name: Mr. José Núñez\n  kind: person\n"
                       "event one\n  date: 2025-03-03\n"
                       "  label: Harbour strike begins at Calder\n"
                       "  actors: m\n",
                       "a.events", d);
  evg_graph *b = parse("source: paper B\n"
                       "actor nunez\n  name: NUNEZ\n  kind: person\n"
                       "event one\n  date: 2025-03\n"
                       "  label: Strike begins in Calder harbour\n"
                       "  actors: nunez\n"
                       "event two\n  date: 2025-03-20\n"
                       "  label: Minister resigns\n",
                       "b.events", d);
  CHECK("merge.inputs-parse", a && b);
  if (!a || !b) {
    evg_graph_free(a);
    evg_graph_free(b);
    evg_diags_free(d);
    return;
  }
  const evg_graph *ab[] = {a, b}, *ba[] = {b, a};
  evg_graph *m1 = evg_merge(ab, 2, d);
  evg_graph *m2 = evg_merge(ba, 2, d);
  CHECK("merge.result", m1 && m2);
  if (m1 && m2) {
    CHECK_INT("merge.actors-folded", evg_graph_actor_count(m1), 1);
    CHECK_STR("merge.actor-id-fullest-name", evg_graph_actor(m1, 0)->id, "m");
    CHECK_INT("merge.events", evg_graph_event_count(m1), 2);
    const evg_event *one = event_by_id(m1, "one");
    CHECK("merge.one-event", one != NULL);
    if (one) {
      CHECK_INT("merge.both-sources", one->citation_count, 2);
      char day[32];
      evg_day_format_iso(one->date.start, day, sizeof day);
      CHECK_STR("merge.narrower-date", day, "2025-03-03");
    }
    CHECK("merge.graph-valid", evg_graph_check(m1));
    bool ok1, ok2;
    char *t1 = events_text(m1, d, &ok1), *t2 = events_text(m2, d, &ok2);
    CHECK("merge.order-independent", ok1 && ok2 && strcmp(t1, t2) == 0);
    evg_graph *back = parse(t1, "back.events", d);
    CHECK("merge.written-reads-back", back != NULL);
    evg_graph_free(back);
    free(t1);
    free(t2);
  }
  evg_graph_free(m1);
  evg_graph_free(m2);
  evg_graph *empty = evg_merge(NULL, 0, d);
  CHECK("merge.nothing-is-empty", empty && evg_graph_event_count(empty) == 0);
  evg_graph_free(empty);
  evg_graph_free(a);
  evg_graph_free(b);
  evg_diags_free(d);
}

/* A value the events file cannot hold (a line break, surrounding spaces),
 * as another importer could give it, is written cleaned with a warning. */
static void test_writer_cleans(void) {
  evg_diags *d = evg_diags_new(0);
  evg_builder *b = evg_builder_new("built", d);
  size_t e = evg_builder_add_event(b, "x", (evg_pos){NULL, 1, 1});
  evg_builder_event_set(b, e, EVG_FIELD_LABEL, "two\nlines ");
  evg_builder_event_cite(b, e, "s", "a \"quote\" # not a comment");
  evg_date_spec spec = {0};
  spec.kind = EVG_DATE_ABSOLUTE;
  evg_date_parse("2025", 4, &spec.absolute, &(const char *){NULL},
                 &(size_t){0});
  spec.text = "2025";
  evg_builder_event_date(b, e, &spec);
  evg_graph *g = evg_builder_finish(b);
  CHECK("writer.built", g != NULL);
  if (g) {
    evg_diags *w = evg_diags_new(0);
    bool ok;
    char *text = events_text(g, w, &ok);
    CHECK("writer.ok", ok);
    CHECK("writer.one-line", strstr(text, "  label: two lines\n") != NULL);
    CHECK("writer.hash-is-text",
          strstr(text, "  quote: a \"quote\" # not a comment\n") != NULL);
    CHECK_INT("writer.warned", evg_diags_count(w), 1);
    evg_graph *back = parse(text, "back.events", w);
    CHECK("writer.reads-back", back != NULL);
    evg_graph_free(back);
    free(text);
    evg_diags_free(w);
  }
  evg_graph_free(g);
  evg_diags_free(d);
}

int main(void) {
  test_citations();
  test_merge_api();
  test_writer_cleans();
  UNIT_EXIT();
}
