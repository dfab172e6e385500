/* test_filter.c: evg_graph_filter, the subgraph by window, actors, tags and
 * focus. */
#include "evgraph.h"
#include "graph_lookup.h"
#include "unit.h"

#include <stdlib.h>
#include <string.h>

/* Relations: y2023 -causes-> y2024 -precedes-> jun10 <-responds-to- rel;
 * later -part-of-> far.  ancient and lonely stand alone.  jun10 shares
 * alice with y2023 (involves, not a relation step). */
static const char *const text = "title: Filter test\n"
                                "anchor: 2024-06-15\n"
                                "source: S\n"
                                "\n"
                                "actor alice\n"
                                "  name: Alice\n"
                                "  kind: person\n"
                                "actor bob\n"
                                "  kind: company\n"
                                "actor carol\n"
                                "actor dave\n"
                                "\n"
                                "event ancient\n"
                                "  date: ../2022-03\n"
                                "  label: Ancient\n"
                                "  tags: old\n"
                                "\n"
                                "event y2023\n"
                                "  date: 2023-05-01\n"
                                "  label: A\n"
                                "  actors: alice\n"
                                "  tags: old\n"
                                "  causes: y2024\n"
                                "\n"
                                "event y2024\n"
                                "  date: 2024\n"
                                "  label: B\n"
                                "  actors: bob\n"
                                "  tags: x\n"
                                "  precedes: jun10\n"
                                "\n"
                                "event jun10\n"
                                "  date: 2024-06-10\n"
                                "  label: C\n"
                                "  description: d\n"
                                "  quote: q\n"
                                "  source: src\n"
                                "  actors: alice, carol\n"
                                "  tags: x, y\n"
                                "\n"
                                "event rel\n"
                                "  date: anchor + 1 month\n"
                                "  label: D\n"
                                "  tags: y\n"
                                "  responds-to: jun10\n"
                                "\n"
                                "event later\n"
                                "  date: 2025-02/..\n"
                                "  label: E\n"
                                "  part-of: far\n"
                                "\n"
                                "event far\n"
                                "  date: 2026-01-01\n"
                                "  label: F\n"
                                "  actors: bob\n"
                                "\n"
                                "event lonely\n"
                                "  date: 2024-06-20\n"
                                "  label: G\n"
                                "  actors: dave\n";

static evg_graph *source_graph(void) {
  evg_diags *d = evg_diags_new(20);
  evg_graph *g = evg_parse_events(text, strlen(text), "t.events", d);
  if (!g || evg_diags_count(d) != 0) {
    printf("FAIL filter.setup: the test input does not parse cleanly\n");
    exit(1);
  }
  evg_diags_free(d);
  return g;
}

static evg_date date(const char *s) {
  evg_date out;
  const char *error;
  size_t offset;
  if (!evg_date_parse(s, strlen(s), &out, &error, &offset)) {
    printf("FAIL filter.setup: bad date %s\n", s);
    exit(1);
  }
  return out;
}

/* The ids of the events, in file order, comma-separated. */
static const char *event_ids(const evg_graph *g) {
  static char buf[4][512];
  static int which;
  which = (which + 1) % 4;
  buf[which][0] = 0;
  if (!g)
    return "(null)";
  for (size_t i = 0; i < evg_graph_event_count(g); i++) {
    if (i)
      strcat(buf[which], ",");
    strcat(buf[which], evg_graph_event(g, i)->id);
  }
  return buf[which];
}

/* The ids of the events in chronological order. */
static const char *ranked_ids(const evg_graph *g) {
  static char buf[512];
  buf[0] = 0;
  for (size_t r = 0; r < evg_graph_event_count(g); r++) {
    if (r)
      strcat(buf, ",");
    strcat(buf, evg_graph_event(g, evg_graph_event_by_rank(g, r))->id);
  }
  return buf;
}

static const char *actor_ids(const evg_graph *g) {
  static char buf[512];
  buf[0] = 0;
  for (size_t i = 0; i < evg_graph_actor_count(g); i++) {
    if (i)
      strcat(buf, ",");
    strcat(buf, evg_graph_actor(g, i)->id);
  }
  return buf;
}

/* The relation edges (not involves, not next) as "from relation to". */
static const char *relation_edges(const evg_graph *g) {
  static char buf[1024];
  buf[0] = 0;
  for (size_t i = 0; i < evg_graph_edge_count(g); i++) {
    const evg_edge *e = evg_graph_edge(g, i);
    if (e->relation == EVG_REL_INVOLVES || e->relation == EVG_REL_NEXT)
      continue;
    if (buf[0])
      strcat(buf, "; ");
    strcat(buf, evg_graph_event(g, e->from)->id);
    strcat(buf, " ");
    strcat(buf, evg_relation_name(e->relation));
    strcat(buf, " ");
    strcat(buf, evg_graph_event(g, e->to)->id);
  }
  return buf;
}

/* Filters the source graph; checks that no diagnostic was added and that
 * the result passes evg_graph_check.  Returns the kept ids. */
static const char *kept(const char *name, const evg_filter *f) {
  evg_graph *g = source_graph();
  evg_diags *d = evg_diags_new(20);
  evg_graph *out = evg_graph_filter(g, f, d);
  char check_name[128];
  snprintf(check_name, sizeof check_name, "%s.valid", name);
  CHECK(check_name, out && evg_graph_check(out) && evg_diags_count(d) == 0);
  const char *ids = event_ids(out);
  evg_graph_free(out);
  evg_graph_free(g);
  evg_diags_free(d);
  return ids;
}

static void test_window(void) {
  evg_filter f = {0};
  f.has_from = true;
  f.from = date("2024-06");
  CHECK_STR("filter.window.from", kept("filter.window.from", &f),
            "y2024,jun10,rel,later,far,lonely");

  f = (evg_filter){0};
  f.has_to = true;
  f.to = date("2024-06");
  CHECK_STR("filter.window.to", kept("filter.window.to", &f),
            "ancient,y2023,y2024,jun10,lonely");

  /* the year 2024 overlaps June 2024 and stays */
  f.has_from = true;
  f.from = date("2024-06");
  CHECK_STR("filter.window.overlap", kept("filter.window.overlap", &f),
            "y2024,jun10,lonely");

  /* one day: only what can be that day */
  f.from = f.to = date("2024-06-10");
  CHECK_STR("filter.window.day", kept("filter.window.day", &f), "y2024,jun10");

  /* A/.. reaches +infinity, ../B -infinity */
  f = (evg_filter){0};
  f.has_from = true;
  f.from = date("2030");
  CHECK_STR("filter.window.open-end", kept("filter.window.open-end", &f),
            "later");
  f = (evg_filter){0};
  f.has_to = true;
  f.to = date("2000");
  CHECK_STR("filter.window.open-start", kept("filter.window.open-start", &f),
            "ancient");
  /* 2025-02/.. starts after January 2025 */
  f.to = date("2025-01");
  CHECK_STR("filter.window.open-end-start",
            kept("filter.window.open-end-start", &f),
            "ancient,y2023,y2024,jun10,rel,lonely");

  /* an open bound of the window itself sets no condition */
  f = (evg_filter){0};
  f.has_from = true;
  f.from = date("../2030");
  f.has_to = true;
  f.to = date("1990/..");
  CHECK_STR("filter.window.open-window", kept("filter.window.open-window", &f),
            "ancient,y2023,y2024,jun10,rel,later,far,lonely");
  f.from = date("2026/..");
  CHECK_STR("filter.window.from-open-interval",
            kept("filter.window.from-open-interval", &f), "later,far");
}

static void test_actors_tags(void) {
  evg_graph *g = source_graph();
  evg_diags *d = evg_diags_new(20);
  const char *alice[] = {"alice"};
  evg_filter f = {0};
  f.actors = alice;
  f.actor_count = 1;
  evg_graph *out = evg_graph_filter(g, &f, d);
  CHECK_STR("filter.actor.events", event_ids(out), "y2023,jun10");
  if (out) {
    /* carol comes with jun10; bob and dave go */
    CHECK_STR("filter.actor.actors", actor_ids(out), "alice,carol");
    CHECK_INT("filter.actor.involves", count_edges(out, EVG_REL_INVOLVES), 3);
    const evg_event *jun10 = find_event(out, "jun10");
    CHECK("filter.actor.event-actors",
          jun10 && jun10->actor_count == 2 &&
              strcmp(evg_graph_actor(out, jun10->actors[0])->id, "alice") ==
                  0 &&
              strcmp(evg_graph_actor(out, jun10->actors[1])->id, "carol") == 0);
    const evg_actor *a = evg_graph_actor(out, 0);
    CHECK("filter.actor.fields",
          strcmp(a->name, "Alice") == 0 && strcmp(a->kind, "person") == 0);
    CHECK("filter.actor.check", evg_graph_check(out));
  }
  evg_graph_free(out);

  const char *bob_dave[] = {"bob", "dave"};
  f.actors = bob_dave;
  f.actor_count = 2;
  out = evg_graph_filter(g, &f, d);
  CHECK_STR("filter.actor.any", event_ids(out), "y2024,far,lonely");
  if (out)
    CHECK_STR("filter.actor.any-actors", actor_ids(out), "bob,dave");
  evg_graph_free(out);

  f = (evg_filter){0};
  const char *y[] = {"y"};
  f.tags = y;
  f.tag_count = 1;
  out = evg_graph_filter(g, &f, d);
  CHECK_STR("filter.tag.one", event_ids(out), "jun10,rel");
  if (out)
    CHECK_STR("filter.tag.actors", actor_ids(out), "alice,carol");
  evg_graph_free(out);

  const char *old_none[] = {"nothing", "old"};
  f.tags = old_none;
  f.tag_count = 2;
  out = evg_graph_filter(g, &f, d);
  CHECK_STR("filter.tag.any", event_ids(out), "ancient,y2023");
  evg_graph_free(out);
  CHECK_INT("filter.actor-tag.no-diags", evg_diags_count(d), 0);
  evg_graph_free(g);
  evg_diags_free(d);
}

static void test_focus(void) {
  evg_filter f = {0};
  f.focus = "jun10";
  f.depth = 0;
  CHECK_STR("filter.focus.depth0", kept("filter.focus.depth0", &f), "jun10");
  /* both directions: y2024 precedes jun10, rel responds to it; not y2023
   * (shares alice: involves) nor lonely (next in time) */
  f.depth = 1;
  CHECK_STR("filter.focus.depth1", kept("filter.focus.depth1", &f),
            "y2024,jun10,rel");
  f.depth = 2;
  CHECK_STR("filter.focus.depth2", kept("filter.focus.depth2", &f),
            "y2023,y2024,jun10,rel");
  f.depth = 50;
  CHECK_STR("filter.focus.deep", kept("filter.focus.deep", &f),
            "y2023,y2024,jun10,rel");
  f.depth = -3;
  CHECK_STR("filter.focus.negative", kept("filter.focus.negative", &f),
            "jun10");
  /* outgoing only, from the start of the chain */
  f.focus = "y2023";
  f.depth = 1;
  CHECK_STR("filter.focus.forward", kept("filter.focus.forward", &f),
            "y2023,y2024");
  /* part-of, followed backwards */
  f.focus = "far";
  f.depth = 1;
  CHECK_STR("filter.focus.part-of", kept("filter.focus.part-of", &f),
            "later,far");
  f.focus = "lonely";
  f.depth = 3;
  CHECK_STR("filter.focus.alone", kept("filter.focus.alone", &f), "lonely");
}

static void test_combined(void) {
  evg_filter f = {0};
  const char *x[] = {"x"};
  f.focus = "jun10";
  f.depth = 2;
  f.has_from = true;
  f.from = date("2024-01");
  f.tags = x;
  f.tag_count = 1;
  CHECK_STR("filter.combined.focus-window-tag",
            kept("filter.combined.focus-window-tag", &f), "y2024,jun10");

  f = (evg_filter){0};
  const char *alice[] = {"alice"};
  f.actors = alice;
  f.actor_count = 1;
  f.has_to = true;
  f.to = date("2023-12");
  CHECK_STR("filter.combined.actor-window",
            kept("filter.combined.actor-window", &f), "y2023");

  /* the focus neighbourhood is counted in the whole graph: y2023 is two
   * steps from rel through jun10 even though jun10 is dropped by the tag */
  f = (evg_filter){0};
  const char *old[] = {"old"};
  f.focus = "rel";
  f.depth = 3;
  f.tags = old;
  f.tag_count = 1;
  CHECK_STR("filter.combined.focus-whole-graph",
            kept("filter.combined.focus-whole-graph", &f), "y2023");

  /* no criteria: everything */
  f = (evg_filter){0};
  CHECK_STR("filter.combined.none", kept("filter.combined.none", &f),
            "ancient,y2023,y2024,jun10,rel,later,far,lonely");
}

static void test_unknown_ids(void) {
  evg_graph *g = source_graph();
  evg_diags *d = evg_diags_new(20);
  evg_filter f = {0};
  f.focus = "nope";
  evg_graph *out = evg_graph_filter(g, &f, d);
  CHECK("filter.unknown-focus.null", out == NULL);
  CHECK_INT("filter.unknown-focus.errors", evg_diags_errors(d), 1);
  CHECK_STR("filter.unknown-focus.message",
            evg_diags_count(d) ? evg_diags_get(d, 0)->message : NULL,
            "unknown event 'nope' (the focus)");
  evg_graph_free(out);
  evg_diags_free(d);

  d = evg_diags_new(20);
  f.focus = "alice";
  out = evg_graph_filter(g, &f, d);
  CHECK("filter.actor-focus.null", out == NULL);
  CHECK_STR("filter.actor-focus.message",
            evg_diags_count(d) ? evg_diags_get(d, 0)->message : NULL,
            "'alice' is an actor, not an event: the focus is an event");
  evg_graph_free(out);
  evg_diags_free(d);

  d = evg_diags_new(20);
  const char *actors[] = {"alice", "zed", "jun10"};
  f = (evg_filter){0};
  f.actors = actors;
  f.actor_count = 3;
  out = evg_graph_filter(g, &f, d);
  CHECK("filter.unknown-actor.null", out == NULL);
  CHECK_INT("filter.unknown-actor.errors", evg_diags_errors(d), 2);
  CHECK_STR("filter.unknown-actor.message",
            evg_diags_count(d) > 0 ? evg_diags_get(d, 0)->message : NULL,
            "unknown actor 'zed'");
  CHECK_STR("filter.event-as-actor.message",
            evg_diags_count(d) > 1 ? evg_diags_get(d, 1)->message : NULL,
            "'jun10' is an event, not an actor");
  CHECK("filter.unknown-actor.no-position",
        evg_diags_count(d) > 0 && evg_diags_get(d, 0)->line == 0 &&
            evg_diags_get(d, 0)->severity == EVG_SEV_ERROR);
  evg_graph_free(out);
  evg_diags_free(d);
  evg_graph_free(g);
}

static void test_relations_and_chain(void) {
  evg_graph *g = source_graph();
  evg_diags *d = evg_diags_new(20);
  evg_filter f = {0};
  f.has_from = true;
  f.from = date("2024-06");
  evg_graph *out = evg_graph_filter(g, &f, d);
  CHECK("filter.relations.ok", out != NULL);
  if (out) {
    /* y2023 causes y2024 goes with y2023 */
    CHECK_STR("filter.relations.kept", relation_edges(out),
              "y2024 precedes jun10; rel responds-to jun10; later part-of far");
    CHECK_STR("filter.chain.order", ranked_ids(out),
              "y2024,jun10,lonely,rel,later,far");
    CHECK_INT("filter.chain.edges", count_edges(out, EVG_REL_NEXT), 5);
    bool chain = true;
    for (size_t i = 0; i < evg_graph_edge_count(out); i++) {
      const evg_edge *e = evg_graph_edge(out, i);
      if (e->relation == EVG_REL_NEXT)
        chain = chain && evg_graph_event(out, e->to)->rank ==
                             evg_graph_event(out, e->from)->rank + 1;
    }
    CHECK("filter.chain.consecutive", chain);
    CHECK("filter.chain.check", evg_graph_check(out));
    CHECK_STR("filter.actors.kept", actor_ids(out), "alice,bob,carol,dave");
  }
  evg_graph_free(out);

  /* focus rel, depth 2: y2023 (three steps) and its edge go */
  f = (evg_filter){0};
  f.focus = "rel";
  f.depth = 2;
  out = evg_graph_filter(g, &f, d);
  CHECK_STR("filter.relations.focus-events", event_ids(out), "y2024,jun10,rel");
  if (out)
    CHECK_STR("filter.relations.focus", relation_edges(out),
              "y2024 precedes jun10; rel responds-to jun10");
  evg_graph_free(out);
  CHECK_INT("filter.relations.no-diags", evg_diags_count(d), 0);
  evg_graph_free(g);
  evg_diags_free(d);
}

static bool same_pos(evg_pos a, evg_pos b) {
  return a.line == b.line && a.col == b.col && a.file && b.file &&
         strcmp(a.file, b.file) == 0;
}

static void test_preserved(void) {
  evg_graph *g = source_graph();
  evg_diags *d = evg_diags_new(20);
  evg_filter f = {0};
  f.has_from = true;
  f.from = date("2024-06-11");
  evg_graph *out = evg_graph_filter(g, &f, d);
  /* the filtered graph must not borrow from the source */
  evg_graph *orig = source_graph();
  evg_graph_free(g);
  CHECK("filter.preserve.ok", out != NULL);
  if (!out) {
    evg_graph_free(orig);
    evg_diags_free(d);
    return;
  }
  CHECK_STR("filter.preserve.title", evg_graph_title(out), "Filter test");
  CHECK_STR("filter.preserve.source", evg_graph_source(out), "S");
  evg_date anchor, want = date("2024-06-15");
  CHECK("filter.preserve.anchor",
        evg_graph_anchor(out, &anchor) && anchor.start == want.start &&
            anchor.from.precision == want.from.precision);

  bool events_ok = true, actors_ok = true, edges_ok = true, files = true;
  for (size_t i = 0; i < evg_graph_event_count(out); i++) {
    const evg_event *e = evg_graph_event(out, i);
    const evg_event *o = find_event(orig, e->id);
    events_ok = events_ok && o && same_pos(e->pos, o->pos) &&
                e->date.start == o->date.start && e->date.end == o->date.end &&
                e->date.from.precision == o->date.from.precision &&
                e->date.open_end == o->date.open_end &&
                strcmp(e->date_text, o->date_text) == 0 &&
                e->date_derived == o->date_derived &&
                strcmp(e->label, o->label) == 0 && e->tag_count == o->tag_count;
    files = files && strcmp(e->pos.file, "t.events") == 0;
  }
  for (size_t i = 0; i < evg_graph_actor_count(out); i++) {
    const evg_actor *a = evg_graph_actor(out, i);
    const evg_actor *o = NULL;
    for (size_t j = 0; j < evg_graph_actor_count(orig); j++)
      if (strcmp(evg_graph_actor(orig, j)->id, a->id) == 0)
        o = evg_graph_actor(orig, j);
    actors_ok = actors_ok && o && same_pos(a->pos, o->pos);
  }
  /* relation edges keep the position of the reference, derived edges the
   * position of their event */
  for (size_t i = 0; i < evg_graph_edge_count(out); i++) {
    const evg_edge *e = evg_graph_edge(out, i);
    const char *from = evg_graph_event(out, e->from)->id;
    if (e->relation == EVG_REL_INVOLVES || e->relation == EVG_REL_NEXT) {
      edges_ok =
          edges_ok && same_pos(e->pos, evg_graph_event(out, e->from)->pos);
      continue;
    }
    bool found = false;
    for (size_t j = 0; j < evg_graph_edge_count(orig) && !found; j++) {
      const evg_edge *o = evg_graph_edge(orig, j);
      found = o->relation == e->relation &&
              strcmp(evg_graph_event(orig, o->from)->id, from) == 0 &&
              same_pos(o->pos, e->pos);
    }
    edges_ok = edges_ok && found;
  }
  CHECK_STR("filter.preserve.events", event_ids(out),
            "y2024,rel,later,far,lonely");
  CHECK("filter.preserve.event-fields", events_ok);
  CHECK("filter.preserve.file", files);
  CHECK("filter.preserve.actor-pos", actors_ok);
  CHECK("filter.preserve.edge-pos", edges_ok);
  const evg_event *rel = find_event(out, "rel");
  CHECK("filter.preserve.derived",
        rel && rel->date_derived &&
            strcmp(rel->date_text, "anchor + 1 month") == 0 &&
            rel->date.from.precision == EVG_PREC_MONTH);
  const evg_event *rel_orig = find_event(orig, "rel");
  CHECK("filter.preserve.line", rel && rel_orig &&
                                    rel->pos.line == rel_orig->pos.line &&
                                    rel->pos.line == 41 && rel->pos.col == 1);
  const evg_event *far = find_event(out, "far");
  CHECK("filter.preserve.absolute-not-derived",
        far && !far->date_derived && strcmp(far->date_text, "2026-01-01") == 0);
  evg_graph_free(orig);
  evg_graph_free(out);

  /* description, quote, source and tags */
  g = source_graph();
  f = (evg_filter){0};
  f.focus = "jun10";
  out = evg_graph_filter(g, &f, d);
  const evg_event *jun10 = out ? find_event(out, "jun10") : NULL;
  CHECK("filter.preserve.text-fields",
        jun10 && strcmp(jun10->description, "d") == 0 &&
            strcmp(jun10->quote, "q") == 0 &&
            strcmp(jun10->source, "src") == 0 && jun10->tag_count == 2 &&
            strcmp(jun10->tags[0], "x") == 0 &&
            strcmp(jun10->tags[1], "y") == 0);
  evg_graph_free(out);
  evg_graph_free(g);
  CHECK_INT("filter.preserve.no-diags", evg_diags_count(d), 0);
  evg_diags_free(d);
}

static void test_empty(void) {
  evg_graph *g = source_graph();
  evg_diags *d = evg_diags_new(20);
  const char *none[] = {"no-such-tag"};
  evg_filter f = {0};
  f.tags = none;
  f.tag_count = 1;
  evg_graph *out = evg_graph_filter(g, &f, d);
  CHECK("filter.empty.ok", out != NULL);
  if (out) {
    CHECK_INT("filter.empty.events", evg_graph_event_count(out), 0);
    CHECK_INT("filter.empty.actors", evg_graph_actor_count(out), 0);
    CHECK_INT("filter.empty.edges", evg_graph_edge_count(out), 0);
    CHECK("filter.empty.check", evg_graph_check(out));
    CHECK_STR("filter.empty.title", evg_graph_title(out), "Filter test");
  }
  CHECK_INT("filter.empty.no-diags", evg_diags_count(d), 0);
  /* filtering an empty graph */
  evg_graph *empty = evg_parse_events("", 0, "e.events", d);
  evg_graph *again = empty ? evg_graph_filter(empty, &f, d) : NULL;
  CHECK("filter.empty.of-empty",
        again && evg_graph_event_count(again) == 0 && evg_graph_check(again));
  evg_graph_free(again);
  evg_graph_free(empty);
  evg_graph_free(out);
  evg_graph_free(g);
  evg_diags_free(d);
}

/* A graph whose relation contradicts its dates warned when parsed; the
 * filter does not repeat the warning. */
static void test_no_repeated_warnings(void) {
  const char *t = "event a\n  date: 2025\n  label: A\n  causes: b\n"
                  "event b\n  date: 2020\n  label: B\n";
  evg_diags *d = evg_diags_new(20);
  evg_graph *g = evg_parse_events(t, strlen(t), "w.events", d);
  CHECK_INT("filter.warnings.parsed", evg_diags_count(d), 1);
  evg_filter f = {0};
  evg_graph *out = g ? evg_graph_filter(g, &f, d) : NULL;
  CHECK("filter.warnings.ok", out && evg_graph_check(out));
  CHECK_INT("filter.warnings.not-repeated", evg_diags_count(d), 1);
  if (out)
    CHECK_STR("filter.warnings.relation", relation_edges(out), "a causes b");
  evg_graph_free(out);
  evg_graph_free(g);
  evg_diags_free(d);
}

/* Many events in a chain of relations: linear work, a long focus BFS. */
static void test_large(void) {
  enum { N = 20000 };
  size_t cap = (size_t)N * 64;
  /* chain e_i precedes e_{i+1} for i in [0, N-1) */
  char *text2 = malloc(cap * 2);
  size_t l2 = 0;
  for (int i = 0; i < N; i++) {
    l2 += (size_t)snprintf(text2 + l2, cap * 2 - l2,
                           "event e%d\n  date: %d\n  label: L\n", i,
                           1000 + i / 50);
    if (i + 1 < N)
      l2 += (size_t)snprintf(text2 + l2, cap * 2 - l2, "  precedes: e%d\n",
                             i + 1);
  }
  evg_diags *d = evg_diags_new(20);
  evg_graph *g = evg_parse_events(text2, l2, "big.events", d);
  CHECK("filter.large.parse", g != NULL);
  if (g) {
    evg_filter f = {0};
    f.focus = "e10000";
    f.depth = 100;
    evg_graph *out = evg_graph_filter(g, &f, d);
    CHECK_INT("filter.large.focus", out ? evg_graph_event_count(out) : 0, 201);
    CHECK("filter.large.check", out && evg_graph_check(out));
    CHECK_INT("filter.large.relations",
              out ? count_edges(out, EVG_REL_PRECEDES) : 0, 200);
    evg_graph_free(out);
    f = (evg_filter){0};
    f.has_from = true;
    f.from = date("1100");
    out = evg_graph_filter(g, &f, d);
    CHECK_INT("filter.large.window", out ? evg_graph_event_count(out) : 0,
              N - 5000);
    evg_graph_free(out);
  }
  evg_graph_free(g);
  evg_diags_free(d);
  free(text2);
}

/* An unknown end (EDTF /B, A/) has no bound either: a window on that
 * side keeps the event, as it keeps an open one. */
static void test_window_unknown_ends(void) {
  const char *events = "event began\n  date: /2022-03\n  label: A\n"
                       "event ends\n  date: 2025-02/\n  label: B\n"
                       "event closed\n  date: 2023\n  label: C\n";
  evg_diags *d = evg_diags_new(20);
  evg_graph *g = evg_parse_events(events, strlen(events), "u.events", d);
  CHECK("filter.unknown.parse", g && evg_diags_count(d) == 0);
  if (!g) {
    evg_diags_free(d);
    return;
  }
  evg_filter f = {0};
  f.has_to = true;
  f.to = date("2000");
  evg_graph *out = evg_graph_filter(g, &f, d);
  CHECK_STR("filter.unknown.start", out ? event_ids(out) : "", "began");
  evg_graph_free(out);
  f = (evg_filter){0};
  f.has_from = true;
  f.from = date("2030");
  out = evg_graph_filter(g, &f, d);
  CHECK_STR("filter.unknown.end", out ? event_ids(out) : "", "ends");
  evg_graph_free(out);
  f.from = date("2022-04");
  f.has_to = true;
  f.to = date("2022-12");
  out = evg_graph_filter(g, &f, d);
  CHECK_STR("filter.unknown.both_sides", out ? event_ids(out) : "", "");
  evg_graph_free(out);
  evg_graph_free(g);
  evg_diags_free(d);
}

int main(void) {
  test_window();
  test_window_unknown_ends();
  test_actors_tags();
  test_focus();
  test_combined();
  test_unknown_ids();
  test_relations_and_chain();
  test_preserved();
  test_empty();
  test_no_repeated_warnings();
  test_large();
  UNIT_EXIT();
}
