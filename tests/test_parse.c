/* test_parse.c: the events-file parser and the model it builds. */
#include "evgraph.h"
#include "graph_lookup.h"
#include "internal.h"
#include "unit.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static evg_graph *parse(const char *text, evg_diags **diags) {
  *diags = evg_diags_new(20);
  return evg_parse_events(text, strlen(text), "t.events", *diags);
}

static const char *iso(int32_t day) {
  static char buf[4][32];
  static int which;
  which = (which + 1) % 4;
  evg_day_format_iso(day, buf[which], sizeof buf[which]);
  return buf[which];
}

/* The events-file spelling: 2025-W05 says which week was resolved. */
static const char *edtf(const evg_date *date) {
  static char buf[64];
  evg_date_format_iso(date, buf, sizeof buf);
  return buf;
}

static const char *first_message(const evg_diags *d) {
  return evg_diags_count(d) ? evg_diags_get(d, 0)->message : NULL;
}

static void test_full_file(void) {
  const char *text = "# comment\n"
                     "title: T\n"
                     "anchor: 2025-02-03\n"
                     "source: S\n"
                     "\n"
                     "actor ds\n"
                     "  name: 深度求索\n"
                     "  kind: company\n"
                     "\n"
                     "event r1\n"
                     "  date: 2025-01-20\n"
                     "  label: R1 ships\n"
                     "  description: d\n"
                     "  actors: ds\n"
                     "  tags: ai, launch\n"
                     "  causes: drop\n"
                     "\n"
                     "event drop\n"
                     "\tdate: anchor - 7 days\n"
                     "\tlabel: Drop\n"
                     "\n"
                     "event ban\n"
                     "  date: 2018\n"
                     "  label: Ban\n"
                     "  precedes: r1\n";
  evg_diags *d;
  evg_graph *g = parse(text, &d);
  CHECK("parse.full.ok", g != NULL);
  CHECK_INT("parse.full.no-diags", evg_diags_count(d), 0);
  if (g) {
    CHECK_STR("parse.full.title", evg_graph_title(g), "T");
    CHECK_STR("parse.full.source", evg_graph_source(g), "S");
    evg_date anchor;
    CHECK("parse.full.anchor", evg_graph_anchor(g, &anchor));
    CHECK_STR("parse.full.anchor-value", iso(anchor.start), "2025-02-03");
    CHECK_INT("parse.full.events", evg_graph_event_count(g), 3);
    CHECK_INT("parse.full.actors", evg_graph_actor_count(g), 1);
    CHECK_STR("parse.full.actor-name", evg_graph_actor(g, 0)->name, "深度求索");
    CHECK_STR("parse.full.actor-kind", evg_graph_actor(g, 0)->kind, "company");
    CHECK_INT("parse.full.actor-line", evg_graph_actor(g, 0)->pos.line, 6);
    const evg_event *r1 = find_event(g, "r1");
    const evg_event *drop = find_event(g, "drop");
    const evg_event *ban = find_event(g, "ban");
    CHECK("parse.full.found", r1 && drop && ban);
    if (r1 && drop && ban) {
      CHECK_STR("parse.full.label", r1->label, "R1 ships");
      CHECK_STR("parse.full.description", r1->description, "d");
      CHECK_INT("parse.full.tags", r1->tag_count, 2);
      CHECK_STR("parse.full.tag1", r1->tags[1], "launch");
      CHECK_INT("parse.full.actor-count", r1->actor_count, 1);
      CHECK_INT("parse.full.pos-line", r1->pos.line, 10);
      CHECK_INT("parse.full.pos-col", r1->pos.col, 1);
      CHECK_STR("parse.full.pos-file", r1->pos.file, "t.events");
      CHECK_STR("parse.full.relative", iso(drop->date.start), "2025-01-27");
      CHECK("parse.full.derived", drop->date_derived);
      CHECK_STR("parse.full.date-text", drop->date_text, "anchor - 7 days");
      CHECK("parse.full.not-derived", !r1->date_derived);
      CHECK_INT("parse.full.rank-ban", ban->rank, 0);
      CHECK_INT("parse.full.rank-r1", r1->rank, 1);
      CHECK_INT("parse.full.rank-drop", drop->rank, 2);
      CHECK_INT("parse.full.by-rank", evg_graph_event_by_rank(g, 0), 2);
    }
    CHECK_INT("parse.full.causes", count_edges(g, EVG_REL_CAUSES), 1);
    CHECK_INT("parse.full.precedes", count_edges(g, EVG_REL_PRECEDES), 1);
    CHECK_INT("parse.full.involves", count_edges(g, EVG_REL_INVOLVES), 1);
    CHECK_INT("parse.full.next", count_edges(g, EVG_REL_NEXT), 2);
    CHECK("parse.full.check", evg_graph_check(g));
    /* the causes edge keeps the position of its target id */
    const evg_edge *first = evg_graph_edge(g, 0);
    CHECK_INT("parse.full.edge-line", first->pos.line, 16);
    CHECK_INT("parse.full.edge-col", first->pos.col, 11);
  }
  evg_graph_free(g);
  evg_diags_free(d);
}

static void test_crlf_bom(void) {
  evg_diags *d;
  evg_graph *g = parse("\xEF\xBB\xBFtitle: X\r\n\r\nevent a\r\n  date: 2025-W05"
                       "\r\n  label: A  \r\n",
                       &d);
  CHECK("parse.crlf.ok", g != NULL);
  if (g) {
    CHECK_STR("parse.crlf.title", evg_graph_title(g), "X");
    CHECK_STR("parse.crlf.label-trimmed", evg_graph_event(g, 0)->label, "A");
    CHECK_STR("parse.crlf.week", edtf(&evg_graph_event(g, 0)->date),
              "2025-W05");
  }
  evg_graph_free(g);
  evg_diags_free(d);
}

/* README's relative-date rule on open and unknown intervals: it applies to
 * the given end and keeps the other side. */
static void test_relative_open(void) {
  evg_diags *d;
  evg_graph *g = parse("event x\n  date: ../2025\n  label: X\n"
                       "event a\n  date: @x + 1 day\n  label: A\n"
                       "event y\n  date: 2025-01-13/..\n  label: Y\n"
                       "event b\n  date: @y + 1 day?\n  label: B\n"
                       "event z\n  date: /2025-06~\n  label: Z\n"
                       "event c\n  date: @z - 1 month\n  label: C\n"
                       "event w\n  date: 1984~/2004\n  label: W\n"
                       "event e\n  date: @w + 1 year\n  label: E\n",
                       &d);
  CHECK("parse.relative-open.ok", g != NULL);
  if (g) {
    CHECK_STR("parse.relative-open.open-start", edtf(&find_event(g, "a")->date),
              "../2025");
    CHECK_STR("parse.relative-open.open-end", edtf(&find_event(g, "b")->date),
              "2025-01-14?/..");
    CHECK_STR("parse.relative-open.unknown-start",
              edtf(&find_event(g, "c")->date), "/2025-05~");
    /* A closed interval becomes the point its first day is shifted into,
     * approximate because one of its ends is. */
    CHECK_STR("parse.relative-open.closed", edtf(&find_event(g, "e")->date),
              "1985~");
  }
  evg_graph_free(g);
  evg_diags_free(d);
}

static void test_relative_chain(void) {
  /* Declared out of order: c depends on b, which depends on a. */
  evg_diags *d;
  evg_graph *g = parse("anchor: 2025-02-03\n"
                       "event c\n  date: @b + 1 month\n  label: C\n"
                       "event b\n  date: @a - 3 days~\n  label: B\n"
                       "event a\n  date: anchor - 1 week\n  label: A\n"
                       "event y\n  date: anchor - 2 years\n  label: Y\n"
                       "event m\n  date: anchor - 1 month\n  label: M\n"
                       "event q\n  date: anchor + 1 quarter?\n  label: Q\n",
                       &d);
  CHECK("parse.relative.ok", g != NULL);
  if (g) {
    CHECK_STR("parse.relative.week", edtf(&find_event(g, "a")->date),
              "2025-W05");
    CHECK_STR("parse.relative.chain-approx", edtf(&find_event(g, "b")->date),
              "2025-W04~");
    CHECK_STR("parse.relative.chain2", edtf(&find_event(g, "c")->date),
              "2025-02~");
    CHECK_STR("parse.relative.years", edtf(&find_event(g, "y")->date), "2023");
    CHECK_STR("parse.relative.month", edtf(&find_event(g, "m")->date),
              "2025-01");
    CHECK_STR("parse.relative.quarter", edtf(&find_event(g, "q")->date),
              "2025-Q2?");
  }
  evg_graph_free(g);
  evg_diags_free(d);
}

static void test_order_rule(void) {
  /* Same start: the narrower date first; same date: file order. */
  evg_diags *d;
  evg_graph *g = parse("event year\n  date: 2025\n  label: Y\n"
                       "event day2\n  date: 2025-01-02\n  label: D2\n"
                       "event day1\n  date: 2025-01-01\n  label: D1\n"
                       "event day1b\n  date: 2025-01-01\n  label: D1b\n"
                       "event before\n  date: ../2024-12-31\n  label: B\n",
                       &d);
  CHECK("parse.order.ok", g != NULL);
  if (g) {
    const char *want[] = {"before", "day1", "day1b", "year", "day2"};
    for (size_t r = 0; r < 5; r++) {
      char name[64];
      snprintf(name, sizeof name, "parse.order.rank%zu", r);
      CHECK_STR(name, evg_graph_event(g, evg_graph_event_by_rank(g, r))->id,
                want[r]);
    }
    CHECK("parse.order.check", evg_graph_check(g));
  }
  evg_graph_free(g);
  evg_diags_free(d);
}

static void test_errors_continue(void) {
  /* Several independent errors are all reported, in one run. */
  evg_diags *d;
  evg_graph *g = parse("event a\n  date: 2025-02-30\n  label: A\n"
                       "event b\n  date: 2025-13\n  label: B\n"
                       "event c\n  colour: red\n  date: 2025\n  label: C\n",
                       &d);
  CHECK("parse.errors.null", g == NULL);
  CHECK_INT("parse.errors.count", evg_diags_errors(d), 3);
  if (evg_diags_count(d) == 3) {
    CHECK_INT("parse.errors.line1", evg_diags_get(d, 0)->line, 2);
    CHECK_INT("parse.errors.col1", evg_diags_get(d, 0)->col, 17);
    CHECK_INT("parse.errors.line2", evg_diags_get(d, 1)->line, 5);
    CHECK_INT("parse.errors.line3", evg_diags_get(d, 2)->line, 8);
  }
  evg_graph_free(g);
  evg_diags_free(d);
}

static void test_cap(void) {
  evg_diags *d = evg_diags_new(3);
  char text[4096] = "";
  for (int i = 0; i < 10; i++)
    strcat(text, "event a\n  date: 2025\n  label: A\n");
  evg_graph *g = evg_parse_events(text, strlen(text), "cap", d);
  CHECK("parse.cap.null", g == NULL);
  CHECK_INT("parse.cap.errors", evg_diags_errors(d), 9);
  CHECK_INT("parse.cap.kept", evg_diags_count(d), 3);
  CHECK("parse.cap.capped", evg_diags_capped(d));
  evg_diags_free(d);
}

static void test_duplicates_warn(void) {
  evg_diags *d;
  evg_graph *g = parse("event a\n  date: 2025\n  label: A\n  causes: b, b\n"
                       "event b\n  date: 2026\n  label: B\n",
                       &d);
  CHECK("parse.dup-relation.ok", g != NULL);
  CHECK_INT("parse.dup-relation.warning", evg_diags_count(d), 1);
  if (evg_diags_count(d))
    CHECK_INT("parse.dup-relation.severity", evg_diags_get(d, 0)->severity,
              EVG_SEV_WARNING);
  if (g)
    CHECK_INT("parse.dup-relation.one-edge", count_edges(g, EVG_REL_CAUSES), 1);
  evg_graph_free(g);
  evg_diags_free(d);
}

static void test_empty(void) {
  evg_diags *d;
  evg_graph *g = parse("", &d);
  CHECK("parse.empty.ok", g != NULL);
  if (g) {
    CHECK_INT("parse.empty.events", evg_graph_event_count(g), 0);
    CHECK("parse.empty.check", evg_graph_check(g));
  }
  evg_graph_free(g);
  evg_diags_free(d);
  g = parse("# only a comment\n\n   \n", &d);
  CHECK("parse.comments-only.ok", g != NULL);
  evg_graph_free(g);
  evg_diags_free(d);
}

static void test_diag_format(void) {
  evg_diags *d = evg_diags_new(0);
  evg_diags_add(d, EVG_SEV_ERROR, "f.events", 2, 9, 3, "  kind: 梁文锋x",
                "bad %s", "kind");
  char *text = evg_diag_format(evg_diags_get(d, 0));
  /* CJK characters take two terminal columns: the caret skips two each. */
  CHECK_STR("diag.format.wide", text,
            "f.events:2:9: error: bad kind\n"
            "      kind: 梁文锋x\n"
            "            ^~~~~~\n");
  free(text);
  evg_diags_add(d, EVG_SEV_WARNING, NULL, 0, 0, 0, NULL, "plain");
  text = evg_diag_format(evg_diags_get(d, 1));
  CHECK_STR("diag.format.no-position", text, "warning: plain\n");
  free(text);
  evg_diags_add(d, EVG_SEV_ERROR, "f", 1, 5, 1, "ab", "past the end");
  text = evg_diag_format(evg_diags_get(d, 2));
  CHECK_STR("diag.format.past-end", text,
            "f:1:5: error: past the end\n    ab\n        ^\n");
  free(text);
  /* Invalid UTF-8 in a message is replaced, never copied raw. */
  evg_diags_add(d, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL, "x\xC3y");
  CHECK_STR("diag.sanitized", evg_diags_get(d, 3)->message, "x\xEF\xBF\xBDy");
  evg_diags_free(d);
}

/* Numbers as "%lld" writes them, without printf. */
static void test_format_integer(void) {
  static const long long values[] = {0,   7,          -1,        10,
                                     -10, 1234567890, LLONG_MAX, LLONG_MIN};
  for (size_t i = 0; i < sizeof values / sizeof *values; i++) {
    char text[24], want[32];
    snprintf(want, sizeof want, "%lld", values[i]);
    CHECK_STR("util.format-integer", evg_format_integer(text, values[i]), want);
  }
  size_t len = 99;
  CHECK("util.ascii-clean.plain", evg_ascii_clean("a b\tc\r\n", &len));
  CHECK_INT("util.ascii-clean.length", len, 7);
  CHECK("util.ascii-clean.empty", evg_ascii_clean("", &len) && len == 0);
  CHECK("util.ascii-clean.utf8", !evg_ascii_clean("caf\xC3\xA9", &len));
  CHECK("util.ascii-clean.control", !evg_ascii_clean("a\x01", &len));
  CHECK("util.ascii-clean.del", !evg_ascii_clean("a\x7F", &len));
}

/* References and tags given out of event order (as the filter gives them)
 * reach each event in the order given to it. */
static void test_builder_out_of_order(void) {
  evg_diags *d = evg_diags_new(0);
  evg_builder *b = evg_builder_new("t.events", d);
  evg_arena *scratch = evg_builder_scratch(b);
  const char *ids[] = {"a", "b", "c"};
  for (int i = 0; i < 3; i++) {
    size_t e = evg_builder_add_event(b, ids[i], (evg_pos){NULL, i + 1, 1});
    evg_date_spec spec;
    memset(&spec, 0, sizeof spec);
    spec.kind = EVG_DATE_ABSOLUTE;
    spec.text = "2025";
    const char *error = NULL;
    size_t offset = 0;
    evg_date_parse("2025", 4, &spec.absolute, &error, &offset);
    evg_builder_event_date(b, e, &spec);
    evg_builder_event_set(b, e, EVG_FIELD_LABEL, ids[i]);
  }
  /* c, then a, then c again and b: out of order */
  struct {
    size_t from;
    const char *to;
    evg_relation relation;
  } refs[] = {{2, "a", EVG_REL_RESPONDS_TO},
              {0, "c", EVG_REL_PRECEDES},
              {2, "b", EVG_REL_RESPONDS_TO},
              {1, "c", EVG_REL_CAUSES},
              {0, "b", EVG_REL_CAUSES}};
  for (size_t r = 0; r < sizeof refs / sizeof *refs; r++) {
    evg_ref ref = {evg_arena_strndup(scratch, refs[r].to, 1),
                   (evg_pos){NULL, 10 + (int)r, 3}, 1};
    evg_builder_event_ref(b, refs[r].from, refs[r].relation, &ref, NULL);
  }
  evg_builder_event_tag(b, 2, "z");
  evg_builder_event_tag(b, 0, "x");
  evg_builder_event_tag(b, 2, "y");
  evg_graph *g = evg_builder_finish(b);
  CHECK("builder.out-of-order.ok", g != NULL);
  if (g) {
    /* relation edges in event order, each event's in the order given */
    static const char *const want[] = {"a precedes c", "a causes b",
                                       "b causes c", "c responds-to a",
                                       "c responds-to b"};
    char got[64];
    for (size_t i = 0; i < 5; i++) {
      const evg_edge *edge = evg_graph_edge(g, i);
      snprintf(got, sizeof got, "%s %s %s", evg_graph_event(g, edge->from)->id,
               evg_relation_name(edge->relation),
               evg_graph_event(g, edge->to)->id);
      CHECK_STR("builder.out-of-order.edges", got, want[i]);
    }
    const evg_event *c = find_event(g, "c");
    CHECK_INT("builder.out-of-order.tag-count", c->tag_count, 2);
    if (c->tag_count == 2) {
      CHECK_STR("builder.out-of-order.tag-1", c->tags[0], "z");
      CHECK_STR("builder.out-of-order.tag-2", c->tags[1], "y");
    }
    CHECK_INT("builder.out-of-order.a-tags", find_event(g, "a")->tag_count, 1);
    CHECK("builder.out-of-order.check", evg_graph_check(g));
  }
  evg_graph_free(g);
  evg_diags_free(d);
}

/* A diagnostic shows its own line only, also when the parser keeps lines
 * in the input rather than copies; a last line without newline is read
 * within the given length (the input need not end with NUL). */
static void test_diag_source_lines(void) {
  static const char text[] = "event a\n  date: 2025-13-01\n  label: A\n"
                             "event b\n  date: 2025\n  label: B\n  causes: q";
  size_t len = sizeof text - 1;
  char *exact = malloc(len); /* no NUL after the last line */
  memcpy(exact, text, len);
  evg_diags *d = evg_diags_new(0);
  evg_graph *g = evg_parse_events(exact, len, "t.events", d);
  CHECK("diag-lines.fails", g == NULL);
  CHECK_INT("diag-lines.count", evg_diags_count(d), 2);
  if (evg_diags_count(d) == 2) {
    CHECK_STR("diag-lines.middle", evg_diags_get(d, 0)->source_line,
              "  date: 2025-13-01");
    CHECK_STR("diag-lines.last", evg_diags_get(d, 1)->source_line,
              "  causes: q");
  }
  evg_graph_free(g);
  evg_diags_free(d);
  free(exact);
}

static void test_large_linear(void) {
  /* 20,000 events in a chain of relative dates and causes, declared last
   * to first: parses without deep recursion and stays ordered. */
  size_t n = 20000;
  size_t cap = n * 80 + 64;
  char *text = malloc(cap);
  size_t len = (size_t)snprintf(text, cap, "anchor: 2000-01-01\n");
  for (size_t k = n; k-- > 0;) {
    if (k == 0)
      len += (size_t)snprintf(text + len, cap - len,
                              "event e0\n  date: anchor\n  label: L\n"
                              "  causes: e1\n");
    else if (k == n - 1)
      len += (size_t)snprintf(text + len, cap - len,
                              "event e%zu\n  date: @e%zu + 1 day\n"
                              "  label: L\n",
                              k, k - 1);
    else
      len += (size_t)snprintf(text + len, cap - len,
                              "event e%zu\n  date: @e%zu + 1 day\n"
                              "  label: L\n  causes: e%zu\n",
                              k, k - 1, k + 1);
  }
  evg_diags *d = evg_diags_new(20);
  evg_graph *g = evg_parse_events(text, len, "big", d);
  CHECK("parse.large.ok", g != NULL);
  CHECK_INT("parse.large.no-diags", evg_diags_count(d), 0);
  if (g) {
    CHECK_INT("parse.large.events", evg_graph_event_count(g), n);
    /* e19999 is declared first and dated last */
    CHECK_STR("parse.large.last-date", iso(evg_graph_event(g, 0)->date.start),
              "2054-10-03");
    CHECK_INT("parse.large.last-rank", evg_graph_event(g, 0)->rank, n - 1);
    CHECK_INT("parse.large.causes", count_edges(g, EVG_REL_CAUSES), n - 1);
    CHECK("parse.large.check", evg_graph_check(g));
  }
  evg_graph_free(g);
  evg_diags_free(d);
  free(text);
}

/* A diagnostic on a long line echoes a window around the column, with the
 * caret under the right character, and a long message is cut. */
static void test_diag_window(void) {
  evg_buf line = {0};
  for (int i = 0; i < 100000; i++)
    evg_buf_puts(&line, "ab ");
  size_t at = line.len;
  evg_buf_puts(&line, "WRONG");
  for (int i = 0; i < 100000; i++)
    evg_buf_puts(&line, " cd");
  evg_diags *d = evg_diags_new(0);
  int col = (int)at + 1;
  evg_diags_add(d, EVG_SEV_ERROR, "f", 4, col, 5, line.data, "bad %s", "thing");
  char *text = evg_diag_format(evg_diags_get(d, 0));
  CHECK("diag.window.short", strlen(text) < 600);
  char want[64];
  snprintf(want, sizeof want, "f:4:%d: error: bad thing\n", col);
  CHECK("diag.window.position-kept", strncmp(text, want, strlen(want)) == 0);
  /* the caret stands under the W of WRONG */
  const char *source = strchr(text, '\n') + 1;
  const char *caret_line = strchr(source, '\n') + 1;
  const char *wrong = strstr(source, "WRONG");
  const char *caret = strchr(caret_line, '^');
  CHECK("diag.window.has-word", wrong && wrong < caret_line);
  CHECK("diag.window.cut-marks",
        strncmp(source, "    …", strlen("    …")) == 0 &&
            strstr(source, "…\n") == caret_line - strlen("…\n"));
  /* columns in code points: "    …" is 5 of them before the text */
  CHECK("diag.window.caret-under",
        wrong && caret &&
            evg_utf8_count(source, (size_t)(wrong - source)) ==
                (size_t)(caret - caret_line));
  CHECK("diag.window.tildes", caret && strncmp(caret, "^~~~~\n", 6) == 0);
  free(text);
  /* a message quoting a huge value is cut */
  evg_diags_add(d, EVG_SEV_ERROR, "f", 1, 1, 1, NULL, "unknown '%s'",
                line.data);
  CHECK("diag.message.capped",
        strlen(evg_diags_get(d, 1)->message) < 1100 &&
            strstr(evg_diags_get(d, 1)->message, "…") != NULL);
  evg_diags_free(d);
  evg_buf_free(&line);
}

/* Periods: their fields, their span as one date, and they survive a
 * filter that keeps no event (they are context, not events). */
static void test_periods(void) {
  const char *text = "period biden\n"
                     "  label: Biden administration\n"
                     "  from: 2021-01-20\n"
                     "  to: 2025-01-20\n"
                     "  color: #4477aa\n"
                     "period trump2\n"
                     "  label: Trump's second term\n"
                     "  from: 2025-01-20\n"
                     "  to: ..\n"
                     "event a\n"
                     "  date: 2024\n"
                     "  label: A\n";
  evg_diags *d;
  evg_graph *g = parse(text, &d);
  CHECK("period.parsed", g != NULL);
  if (!g) {
    evg_diags_free(d);
    return;
  }
  CHECK_INT("period.count", evg_graph_period_count(g), 2);
  CHECK_INT("period.events-apart", evg_graph_event_count(g), 1);
  const evg_period *biden = evg_graph_period(g, 0);
  const evg_period *trump = evg_graph_period(g, 1);
  CHECK_STR("period.id", biden->id, "biden");
  CHECK_STR("period.label", biden->label, "Biden administration");
  CHECK_STR("period.color", biden->color, "#4477aa");
  CHECK("period.no-color", trump->color == NULL);
  CHECK_INT("period.line", biden->pos.line, 1);
  CHECK_INT("period.line2", trump->pos.line, 6);
  evg_date span = evg_period_span(biden);
  char text_span[64];
  evg_date_format_edtf(&span, text_span, sizeof text_span);
  CHECK_STR("period.span", text_span, "2021-01-20/2025-01-20");
  CHECK_STR("period.start", iso(span.start), "2021-01-20");
  CHECK_STR("period.end", iso(span.end), "2025-01-20");
  CHECK("period.open", trump->open_end && !biden->open_end);
  span = evg_period_span(trump);
  evg_date_format_edtf(&span, text_span, sizeof text_span);
  CHECK_STR("period.open-span", text_span, "2025-01-20/..");
  CHECK("period.open-no-end", !evg_date_has_end(&span));
  CHECK("period.check", evg_graph_check(g));
  evg_filter filter = {0};
  filter.has_from = true;
  CHECK("period.filter-date",
        evg_date_parse("2030", 4, &filter.from, NULL, NULL));
  evg_graph *none = evg_graph_filter(g, &filter, d);
  CHECK_INT("period.filter-events", none ? evg_graph_event_count(none) : 9, 0);
  CHECK_INT("period.filter-kept", none ? evg_graph_period_count(none) : 0, 2);
  if (none) {
    CHECK_STR("period.filter-label", evg_graph_period(none, 1)->label,
              "Trump's second term");
    CHECK_STR("period.filter-file", evg_graph_period(none, 0)->pos.file,
              "t.events");
    CHECK("period.filter-open", evg_graph_period(none, 1)->open_end);
  }
  evg_graph_free(none);
  evg_graph_free(g);
  evg_diags_free(d);
}

/* The id map with keys of every length around the hash's eight-byte
 * steps (0 to 40 bytes), keys that are prefixes of others, repeats, and
 * look-ups of absent keys; the hashed look-up agrees with the plain one. */
static void test_id_map(void) {
  enum { KEYS = 20000 };
  char(*keys)[48] = calloc(KEYS, sizeof *keys);
  evg_map map = {0};
  bool all_new = true;
  for (size_t i = 0; i < KEYS; i++) {
    size_t len = i % 41;
    snprintf(keys[i], sizeof keys[i], "%zu-", i);
    size_t have = strlen(keys[i]);
    for (size_t k = have; k < len; k++)
      keys[i][k] = (char)('a' + (i + k) % 26);
    keys[i][len < have ? have : len] = '\0';
    if (i == 0)
      keys[i][0] = '\0'; /* the empty key */
    all_new &= evg_map_put(&map, keys[i], i);
  }
  CHECK("map.put-new", all_new);
  bool found = true, hashed = true, repeats = true, spans = true;
  for (size_t i = 0; i < KEYS; i++) {
    size_t value = (size_t)-1, again = (size_t)-1, span = (size_t)-1;
    found &= evg_map_get(&map, keys[i], &value) && value == i;
    /* by (pointer, length) inside a longer text, its next byte no NUL */
    char text[64];
    size_t len = strlen(keys[i]);
    snprintf(text, sizeof text, "%s-tail", keys[i]);
    spans &= evg_map_get_span(&map, text, len, &span) && span == i;
    hashed &=
        evg_map_get_hashed(&map, keys[i], evg_map_hash(keys[i]), &again) &&
        again == i;
    repeats &= !evg_map_put(&map, keys[i], 0);
  }
  CHECK("map.get", found);
  CHECK("map.get-hashed", hashed);
  CHECK("map.get-span", spans);
  CHECK("map.repeat-refused", repeats);
  CHECK_INT("map.count", map.count, KEYS);
  size_t value;
  CHECK("map.absent", !evg_map_get(&map, "no such key", &value) &&
                          !evg_map_get(&map, "1-b", &value) &&
                          !evg_map_get(&map, "12345678-absent", &value));
  /* a span that is a stored key's prefix, or one longer than it ("1-" is
   * stored, "1" and "1-b" are not) */
  CHECK("map.span-absent", !evg_map_get_span(&map, "1-b", 1, &value) &&
                               !evg_map_get_span(&map, "1-b", 3, &value) &&
                               evg_map_get_span(&map, "1-b", 2, &value) &&
                               value == 1 &&
                               !evg_map_get_span(&map, "1-\0", 3, &value));
  evg_map_free(&map);
  free(keys);
  /* The hash reads a key's last bytes in overlapping loads: a change of
   * any one byte, at any length, changes the hash. */
  bool every_byte = true;
  for (size_t len = 1; len <= 24; len++) {
    char key[32];
    memset(key, 'k', len);
    key[len] = '\0';
    size_t base = evg_map_hash(key);
    for (size_t p = 0; p < len; p++) {
      key[p] = 'q';
      every_byte &= evg_map_hash(key) != base;
      key[p] = 'k';
    }
  }
  CHECK("map.hash-every-byte", every_byte);
}

/* The model of an events file: no TimelineJS extras (NULL, not 64 empty
 * bytes per event); each event's lists are its own; a reference to an id
 * of the wrong kind is reported as such from the per-kind id maps. */
static void test_model_lists(void) {
  const char *text = "actor p\n  name: P\n"
                     "actor q\n  name: Q\n"
                     "event a\n  date: 2025-01-02\n  label: A\n"
                     "  actors: q, p\n  tags: x, y\n"
                     "event b\n  date: 2025-01-02\n  label: B\n"
                     "event c\n  date: 2025-01-01\n  label: C\n"
                     "  actors: p\n  source: S\n  note: N\n  causes: a\n";
  evg_diags *d;
  evg_graph *g = parse(text, &d);
  CHECK("model.ok", g != NULL);
  if (g) {
    bool no_slides = true;
    for (size_t i = 0; i < evg_graph_event_count(g); i++)
      no_slides &= evg_graph_event(g, i)->slide == NULL;
    CHECK("model.no-slides", no_slides);
    const evg_event *a = find_event(g, "a"), *b = find_event(g, "b"),
                    *c = find_event(g, "c");
    CHECK_INT("model.a-actors", a->actor_count, 2);
    CHECK_STR("model.a-actor-1", evg_graph_actor(g, a->actors[0])->id, "q");
    CHECK_STR("model.a-actor-2", evg_graph_actor(g, a->actors[1])->id, "p");
    CHECK_INT("model.b-lists",
              b->actor_count + b->tag_count + b->citation_count + b->note_count,
              0);
    CHECK_INT("model.c-actors", c->actor_count, 1);
    CHECK_STR("model.c-actor", evg_graph_actor(g, c->actors[0])->id, "p");
    CHECK_STR("model.c-source", c->source, "S");
    CHECK_INT("model.c-notes", c->note_count, 1);
    CHECK_STR("model.a-tag-2", a->tag_count == 2 ? a->tags[1] : NULL, "y");
    /* equal dates keep the file order */
    CHECK_INT("model.rank-c", c->rank, 0);
    CHECK_INT("model.rank-a", a->rank, 1);
    CHECK_INT("model.rank-b", b->rank, 2);
    CHECK("model.check", evg_graph_check(g));
  }
  evg_graph_free(g);
  evg_diags_free(d);
  g = parse("actor p\n  name: P\n"
            "event a\n  date: 2025\n  label: A\n  actors: a\n"
            "  causes: p\n",
            &d);
  CHECK("model.wrong-kind-fails", g == NULL);
  CHECK_INT("model.wrong-kind-errors", evg_diags_errors(d), 2);
  CHECK_STR("model.wrong-kind-actor", first_message(d),
            "'a' is an event, not an actor");
  CHECK_STR("model.wrong-kind-event",
            evg_diags_count(d) > 1 ? evg_diags_get(d, 1)->message : NULL,
            "'p' is an actor, not an event");
  evg_graph_free(g);
  evg_diags_free(d);
  /* a TimelineJS slide is kept only when it says something */
  d = evg_diags_new(0);
  evg_builder *builder = evg_builder_new("t", d);
  for (int i = 0; i < 2; i++) {
    size_t e = evg_builder_add_event(builder, i ? "m" : "n",
                                     (evg_pos){NULL, i + 1, 1});
    evg_date_spec spec;
    memset(&spec, 0, sizeof spec);
    spec.kind = EVG_DATE_ABSOLUTE;
    spec.text = "2025";
    const char *error = NULL;
    size_t offset = 0;
    evg_date_parse("2025", 4, &spec.absolute, &error, &offset);
    evg_builder_event_date(builder, e, &spec);
    evg_builder_event_set(builder, e, EVG_FIELD_LABEL, "L");
    evg_slide slide = {0};
    slide.media = i ? "https://example.org/m.png" : NULL;
    evg_builder_event_slide(builder, e, &slide);
  }
  g = evg_builder_finish(builder);
  CHECK("model.slides-ok", g != NULL);
  if (g) {
    CHECK("model.empty-slide", find_event(g, "n")->slide == NULL);
    const evg_slide *m = find_event(g, "m")->slide;
    CHECK_STR("model.slide-media", m ? m->media : NULL,
              "https://example.org/m.png");
  }
  evg_graph_free(g);
  evg_diags_free(d);
}

int main(void) {
  test_diag_window();
  test_full_file();
  test_crlf_bom();
  test_relative_chain();
  test_relative_open();
  test_order_rule();
  test_errors_continue();
  test_cap();
  test_duplicates_warn();
  test_empty();
  test_diag_format();
  test_large_linear();
  test_periods();
  test_format_integer();
  test_builder_out_of_order();
  test_diag_source_lines();
  test_id_map();
  test_model_lists();
  (void)first_message;
  UNIT_EXIT();
}
