/* test_merge.c: source/quote pairs and notes in the model, evg_merge and
 * evg_render_events through the API. */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include "internal.h"
#include "merge_internal.h"
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

/* A corpus (extract --jsonl's events, read from a .jsonl) holds one article
 * an id: two articles of one file join their happening, as two files do;
 * two events of one article do not; and an events file is one article. */
static void test_corpus_articles(void) {
  evg_diags *d = evg_diags_new(0);
  static const char corpus[] =
      "{\"type\":\"event\",\"article\":\"wire-1\",\"id\":\"e1\","
      "\"date\":\"2025-03-04\",\"label\":\"Dockworkers walked out at the "
      "Calder harbour\",\"actors\":[{\"id\":\"union\",\"name\":\"Calder "
      "Dockworkers Union\",\"kind\":\"organization\"}]}\n"
      "{\"type\":\"event\",\"article\":\"wire-1\",\"id\":\"e2\","
      "\"date\":\"2025-03-04\",\"label\":\"Dockworkers at Calder harbour "
      "walked off the job\",\"actors\":[{\"id\":\"union\",\"name\":\"Calder "
      "Dockworkers Union\",\"kind\":\"organization\"}]}\n"
      "{\"type\":\"event\",\"article\":\"wire-2\",\"id\":\"e1\","
      "\"date\":\"2025-03-04\",\"label\":\"Calder harbour dockworkers "
      "walked out\",\"actors\":[{\"id\":\"cdu\",\"name\":\"Calder "
      "Dockworkers Union\",\"kind\":\"organization\"}]}\n";
  evg_graph *g =
      evg_parse_extract_jsonl(corpus, strlen(corpus), "day.jsonl", d);
  CHECK("corpus.parses", g != NULL);
  if (!g) {
    evg_diags_free(d);
    return;
  }
  const evg_graph *one[] = {g};
  evg_graph *m = evg_merge(one, 1, d);
  /* wire-2's event joins one of wire-1's two, which stay apart */
  CHECK_INT("corpus.articles-join", m ? evg_graph_event_count(m) : 0, 2);
  size_t cited_twice = 0;
  for (size_t i = 0; m && i < evg_graph_event_count(m); i++) {
    const evg_event *e = evg_graph_event(m, i);
    cited_twice += e->citation_count == 2 &&
                   strcmp(e->citations[0].source, e->citations[1].source) != 0;
  }
  CHECK_INT("corpus.joined-across-articles", cited_twice, 1);
  evg_graph_free(m);
  /* the same events as an events file: one article, nothing joins */
  bool ok;
  char *text = events_text(g, d, &ok);
  evg_graph *file = ok ? parse(text, "day.events", d) : NULL;
  const evg_graph *as_file[] = {file};
  m = file ? evg_merge(as_file, 1, d) : NULL;
  CHECK_INT("corpus.events-file-is-one-article",
            m ? evg_graph_event_count(m) : 0, 3);
  evg_graph_free(m);
  evg_graph_free(file);
  free(text);
  evg_graph_free(g);
  CHECK_INT("corpus.no-errors", evg_diags_errors(d), 0);
  evg_diags_free(d);
}

/* A chain of alike pairs (a day, the month holding it, a day at the
 * month's end) does not make one group of events a month apart: every two
 * members of a merged event lie within EVG_MERGE_GAP_DAYS. */
static void test_no_date_chain(void) {
  evg_diags *d = evg_diags_new(0);
  static const char *const texts[] = {
      "actor u\n  name: Calder Dockworkers Union\n  kind: organization\n"
      "event s\n  date: 2025-03-01\n  label: Dockworkers strike at Calder\n"
      "  actors: u\n",
      "actor u\n  name: Calder Dockworkers Union\n  kind: organization\n"
      "event s\n  date: 2025-03\n  label: Dockworkers strike at Calder\n"
      "  actors: u\n",
      "actor u\n  name: Calder Dockworkers Union\n  kind: organization\n"
      "event s\n  date: 2025-03-28\n  label: Dockworkers strike at Calder\n"
      "  actors: u\n"};
  evg_graph *g[3];
  for (int i = 0; i < 3; i++)
    g[i] = parse(texts[i],
                 i == 0   ? "x.events"
                 : i == 1 ? "y.events"
                          : "z.events",
                 d);
  CHECK("chain.parse", g[0] && g[1] && g[2]);
  if (g[0] && g[1] && g[2]) {
    const evg_graph *all[] = {g[0], g[1], g[2]};
    evg_graph *m = evg_merge(all, 3, d);
    CHECK_INT("chain.not-one-group", m ? evg_graph_event_count(m) : 0, 2);
    size_t joined = 0;
    for (size_t i = 0; m && i < evg_graph_event_count(m); i++)
      joined += evg_graph_event(m, i)->citation_count == 2;
    CHECK_INT("chain.one-pair-joined", joined, 1);
    evg_graph_free(m);
  }
  for (int i = 0; i < 3; i++)
    evg_graph_free(g[i]);
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

/* The terms of `text` (merge_terms.c), as one string of ids for
 * comparing spellings. */
static void terms_of(evg_term_folder *f, const char *text, char *out,
                     size_t size) {
  size_t *terms = NULL, count = 0, cap = 0;
  evg_terms_add(f, text, &terms, &count, &cap);
  size_t len = 0;
  out[0] = '\0';
  for (size_t i = 0; i < count && len + 24 < size; i++)
    len += (size_t)snprintf(out + len, size - len, "%s%zu", i ? " " : "",
                            terms[i]);
  free(terms);
}

/* A dated relative clause is blanked with its subject when the subject
 * opens the text or follows a dash (a dateline's); a letter whose UTF-8
 * ends in the dash's last byte ("\xc3\x93", O with an acute) is no dash
 * (review37). */
static void test_relative_subject_after_dash(void) {
  const char *dash = "ZAGREB \xe2\x80\x94 The three students who were struck "
                     "by lightning on Sunday thanked the crew on Tuesday.";
  const char *letter = "ALL\xc3\x93 the three students who were struck by "
                       "lightning on Sunday thanked the crew on Tuesday.";
  bool blanked = false;
  char *out = merge_without_dated_relatives(dash, NULL, &blanked);
  CHECK("merge.relative-subject.after-dash",
        blanked && out && !strstr(out, "students"));
  free(out);
  blanked = false;
  out = merge_without_dated_relatives(letter, NULL, &blanked);
  CHECK("merge.relative-subject.after-letter-not-dash",
        blanked && out && strstr(out, "the three students") &&
            !strstr(out, "lightning"));
  free(out);
}

static void test_terms(void) {
  evg_term_folder *f = evg_term_folder_new();
  char a[256], b[256], c[256];
  terms_of(f, "four percent", a, sizeof a);
  terms_of(f, "4 per cent", b, sizeof b);
  terms_of(f, "4%", c, sizeof c);
  CHECK("terms.percent-words", strcmp(a, b) == 0 && strcmp(a, c) == 0);
  CHECK("terms.percent-two-terms", strchr(a, ' ') != NULL);
  terms_of(f,
           "\xc2\xa3"
           "4m",
           a, sizeof a);
  terms_of(f, "4 million pounds", b, sizeof b);
  CHECK("terms.amount", strncmp(a, b, strlen(a)) == 0 && strlen(a) > 2);
  terms_of(f, "120,000 heaters", a, sizeof a);
  terms_of(f, "120000 heater", b, sizeof b);
  CHECK("terms.thousands-and-stems", strcmp(a, b) == 0);
  size_t before = evg_term_folder_size(f);
  terms_of(f, "HOUSTON, August 10, 2024 \xe2\x80\x94 on Tuesday, 6th June", a,
           sizeof a);
  CHECK("terms.dateline-and-dates-left-out",
        a[0] == '\0' && evg_term_folder_size(f) == before);
  terms_of(f, "Ingrid S\xc3\xb8rensen", a, sizeof a);
  terms_of(f, "INGRID SORENSEN", b, sizeof b);
  CHECK("terms.latin-letters-folded", strcmp(a, b) == 0);
  terms_of(f, "the union and the port", a, sizeof a);
  terms_of(f, "Union port", b, sizeof b);
  CHECK("terms.stop-words", strcmp(a, b) == 0);
  /* prepositions of time and place say when or where, not what */
  terms_of(f, "The ferry stopped running until the evening near Oxford", a,
           sizeof a);
  terms_of(f, "ferry stopped running Oxford", b, sizeof b);
  CHECK("terms.prepositions-of-time-and-place", strcmp(a, b) == 0);
  /* a word only ever written with a capital inside a sentence is a name;
   * one that opens its sentence, or is seen in lower case, is none */
  evg_term_folder *cases = evg_term_folder_new();
  size_t *ids = NULL, count = 0, cap = 0;
  evg_terms_add(cases,
                "Deputies drove him from Salisbury. Drove to Easton, and "
                "back to the easton road.",
                &ids, &count, &cap);
  CHECK("terms.name-inside-a-sentence", count == 8 &&
                                            evg_term_is_name(cases, ids[2]) &&
                                            !evg_term_is_name(cases, ids[0]) &&
                                            !evg_term_is_name(cases, ids[1]) &&
                                            !evg_term_is_name(cases, ids[4]));
  free(ids);
  evg_term_folder_free(cases);
  /* a two-word verb is the one word it stands for */
  terms_of(f, "Dufresne said sorry to residents", a, sizeof a);
  terms_of(f, "Dufresne apologized to residents", b, sizeof b);
  CHECK("terms.said-sorry-is-apologized", strcmp(a, b) == 0);
  terms_of(f, "Per Lindahl stepped down", a, sizeof a);
  terms_of(f, "Per Lindahl resigned", b, sizeof b);
  CHECK("terms.stepped-down-is-resigned", strcmp(a, b) == 0);
  /* "twenty-five" is 25, not 20 and 5 (the 5 of "5 p.m.") */
  terms_of(f, "Twenty-five people were injured", a, sizeof a);
  terms_of(f, "25 people were injured", b, sizeof b);
  terms_of(f, "5 people", c, sizeof c);
  CHECK("terms.compound-number", strcmp(a, b) == 0 && strncmp(a, c, 2) != 0);
  terms_of(f, "twenty people", a, sizeof a);
  terms_of(f, "20 people", b, sizeof b);
  CHECK("terms.tens-alone", strcmp(a, b) == 0);
  evg_term_folder_free(f);
}

/* Two inputs merged; NULL when either does not parse. */
static evg_graph *merge_texts(const char *a_text, const char *b_text,
                              evg_diags *d) {
  evg_graph *a = parse(a_text, "a.events", d),
            *b = parse(b_text, "b.events", d);
  evg_graph *m = NULL;
  if (a && b) {
    const evg_graph *both[] = {a, b};
    m = evg_merge(both, 2, d);
  }
  evg_graph_free(a);
  evg_graph_free(b);
  return m;
}

/* Citations of the merged event that `id` became (0 when gone). */
static size_t citations_of(const evg_graph *m, const char *id) {
  const evg_event *e = m ? event_by_id(m, id) : NULL;
  return e ? e->citation_count : 0;
}

static void test_merge_score(void) {
  evg_diags *d = evg_diags_new(0);
  /* the quotes tell what paraphrased headlines do not */
  evg_graph *m = merge_texts(
      "event said\n  date: 2024-03-12\n  label: Union leader speaks\n"
      "  quote: Maria Okafor told reporters members want a pension deal.\n"
      "event offer\n  date: 2024-03-13\n  label: Offer rejected\n"
      "  quote: The union rejected the wage offer within hours.\n",
      "event wants\n  date: 2024-03-12\n  label: Dockworkers' demand\n"
      "  quote: Ms. Okafor said the dockworkers wanted their pension back.\n"
      "event exporters\n  date: 2024-03-16\n  label: Backlog of weeks\n"
      "  quote: Exporters said the backlog would take weeks to clear.\n",
      d);
  CHECK_INT("merge.score.quotes", citations_of(m, "said"), 2);
  CHECK_INT("merge.score.quotes-others-apart", evg_graph_event_count(m), 3);
  evg_graph_free(m);
  /* "four percent" is "4%", "$2 billion" is "$2bn" */
  m = merge_texts("event a1\n  date: 2024-03-13\n  label: Rise of four "
                  "percent and $2 billion\n",
                  "event b1\n  date: 2024-03-14\n  label: 4% on $2bn\n", d);
  CHECK_INT("merge.score.numbers", evg_graph_event_count(m), 1);
  evg_graph_free(m);
  /* words every event has are no evidence: only rare shared words are */
  const char *topic_a =
      "event a1\n  date: 2024-03-11\n  label: Calder port union walks out\n"
      "event a2\n  date: 2024-03-12\n  label: Calder port union leader "
      "speaks\n"
      "event a3\n  date: 2024-03-13\n  label: Calder port union rejects "
      "offer\n";
  const char *topic_b =
      "event b1\n  date: 2024-03-14\n  label: Calder port union exporters "
      "complain\n"
      "event b2\n  date: 2024-03-20\n  label: Calder port union pickets\n"
      "event b3\n  date: 2024-03-21\n  label: Calder port union talks\n";
  m = merge_texts(topic_a, topic_b, d);
  CHECK_INT("merge.score.common-words-weigh-little", evg_graph_event_count(m),
            6);
  evg_graph_free(m);
  /* the same day is evidence: a word in common three days apart is not
   * enough, on the same day it is when the quote writes that day; the same
   * day alone is not */
  const char *a_text = "event x\n  date: 2024-08-06\n"
                       "  label: Engineers plan a drive\n"
                       "event y\n  date: 2024-08-01\n  label: Launch\n";
  const char *b_apart =
      "event z\n  date: 2024-08-09\n  label: Crater photographs\n"
      "  quote: Engineers want to see the rim and the floor beyond\n"
      "event w\n  date: 2024-08-01\n  label: Lift-off from Florida\n";
  m = merge_texts(a_text, b_apart, d);
  CHECK_INT("merge.score.days-apart", evg_graph_event_count(m), 4);
  evg_graph_free(m);
  const char *b_same_day =
      "event z\n  date: 2024-08-06\n  label: Crater photographs\n"
      "  quote: On August 6 engineers want to see the rim and the floor "
      "beyond\n"
      "event w\n  date: 2024-08-01\n  label: Lift-off from Florida\n";
  m = merge_texts(a_text, b_same_day, d);
  CHECK_INT("merge.score.same-day", citations_of(m, "z"), 2);
  CHECK_INT("merge.score.same-day-alone-is-not", evg_graph_event_count(m), 3);
  evg_graph_free(m);
  /* a deadline ("By Tuesday night", ../D) is told of the day it names:
   * as close to that day as the day itself */
  const char *deadline_a =
      "event signed\n  date: ../2025-09-16\n  label: About 900 employees "
      "had signed a letter\n  quote: By Tuesday night about 900 employees "
      "had signed a letter saying they would resign.\n"
      "event fell\n  date: 2025-09-15\n  label: Shares fell 12 percent\n";
  const char *deadline_b =
      "event letter\n  date: 2025-09-16\n  label: An open letter gathered "
      "signatures\n  quote: On September 16 an open letter demanding her "
      "return gathered the signatures of roughly 900 workers.\n"
      "event back\n  date: 2025-09-19\n  label: The board gave the job "
      "back\n";
  m = merge_texts(deadline_a, deadline_b, d);
  CHECK_INT("merge.score.deadline-as-its-day", citations_of(m, "letter"), 2);
  evg_graph_free(m);
  /* a day the quote does not write (the extraction carried it from the
   * sentence before) is weak: one word in common on it, in one headline
   * only and with no actor in common, is chance (merge9: "refused to
   * order a recount" and "The watchdog can order a new election") */
  const char *b_day_unwritten =
      "event z\n  date: 2024-08-06\n  label: Crater photographs\n"
      "  quote: Engineers want to see the rim and the floor beyond\n"
      "event w\n  date: 2024-08-01\n  label: Lift-off from Florida\n";
  m = merge_texts(a_text, b_day_unwritten, d);
  CHECK_INT("merge.score.same-day-unwritten", evg_graph_event_count(m), 4);
  evg_graph_free(m);
  /* merge16: against a quote that writes the day, a quote that carries
   * it must say a shared word in its headline, not only in the rest of
   * its quote ("ten hours after the cable cars had halted" points at the
   * halt); with the words in its headline it joins */
  {
    const char *halt =
        "event halt\n  date: 2026-06-08\n  label: The cable cars came to a "
        "halt over the valley\n  quote: The cable cars came to a halt on "
        "June 8 over the valley.\n"
        "event probe\n  date: 2026-06-10\n  label: Prosecutors opened an "
        "inquiry\n  quote: Prosecutors opened an inquiry on June 10.\n";
    const char *ground =
        "event ground\n  date: 2026-06-08\n  label: The last passenger "
        "touched the ground\n  quote: The last passenger touched the "
        "ground, ten hours after the cable cars had halted.\n"
        "event inquiry\n  date: 2026-06-10\n  label: Prosecutors began an "
        "inquiry\n  quote: Prosecutors began an inquiry on June 10.\n";
    m = merge_texts(halt, ground, d);
    CHECK_INT("merge.score.carried-day-rest-of-quote-apart",
              m ? evg_graph_event_count(m) : 0, 3);
    evg_graph_free(m);
    const char *halted =
        "event ground\n  date: 2026-06-08\n  label: The cable cars halted "
        "until the last passenger touched the ground\n  quote: The last "
        "passenger touched the ground, ten hours after the cable cars had "
        "halted.\n"
        "event inquiry\n  date: 2026-06-10\n  label: Prosecutors began an "
        "inquiry\n  quote: Prosecutors began an inquiry on June 10.\n";
    m = merge_texts(halt, halted, d);
    CHECK_INT("merge.score.carried-day-headline-joins",
              m ? evg_graph_event_count(m) : 0, 2);
    evg_graph_free(m);
  }
  /* of two dates as narrow, the one its quote writes wins over one the
   * extraction carried from an earlier sentence, in either input order */
  {
    const char *carried =
        "event a1\n  date: 2026-06-10\n  label: The union declared the "
        "result at its headquarters\n  quote: Supporters cheered as the union "
        "declared the result at its headquarters.\n";
    const char *written =
        "event b1\n  date: 2026-06-09\n  label: The union declared the "
        "result at its headquarters\n  quote: The union declared the result "
        "on June 9 at its headquarters.\n";
    for (int order = 0; order < 2; order++) {
      m = merge_texts(order ? written : carried, order ? carried : written, d);
      char iso[64] = "";
      if (evg_graph_event_count(m) == 1)
        evg_date_format_iso(&evg_graph_event(m, 0)->date, iso, sizeof iso);
      CHECK_STR(order ? "merge.date.written-wins-either-order"
                      : "merge.date.written-wins-over-carried",
                iso, "2026-06-09");
      evg_graph_free(m);
    }
  }
  /* the same day adds to shared words, never stands for them: one word in
   * common among a dozen (a cosine of 6%) is not one happening */
  m = merge_texts(
      "event burn\n  date: 2026-03-04\n  label: Firefighters chose burning "
      "propane rather explosion risk\n",
      "event smoke\n  date: 2026-03-04\n  label: Volunteer firefighter "
      "treated hospital smoke inhalation\n",
      d);
  CHECK_INT("merge.score.same-day-needs-text", evg_graph_event_count(m), 2);
  evg_graph_free(m);
  /* two stated days two days apart are two happenings however alike their
   * words; a day apart, or a fuzzier date (more than two days running:
   * two are a night, as narrow as a day), may be one */
  const char *shut_a = "event shut\n  date: 2026-11-10\n  label: The authority "
                       "shut the Tallaght kitchen of Cloverfield\n";
  m = merge_texts(shut_a,
                  "event shut2\n  date: 2026-11-12\n  label: The authority "
                  "shut the Tallaght kitchen of Cloverfield\n",
                  d);
  CHECK_INT("merge.score.stated-days-apart", evg_graph_event_count(m), 2);
  evg_graph_free(m);
  m = merge_texts(shut_a,
                  "event shut2\n  date: 2026-11-11\n  label: The authority "
                  "shut the Tallaght kitchen of Cloverfield\n",
                  d);
  CHECK_INT("merge.score.stated-day-after", evg_graph_event_count(m), 1);
  evg_graph_free(m);
  m = merge_texts(shut_a,
                  "event shut2\n  date: 2026-11-12/2026-11-14\n  label: The "
                  "authority shut the Tallaght kitchen of Cloverfield\n",
                  d);
  CHECK_INT("merge.score.fuzzy-days-apart", evg_graph_event_count(m), 1);
  evg_graph_free(m);
  /* a sentence that tells two happenings: the words of its other clause
   * ("firefighter") weigh little for "Was released" */
  m = merge_texts(
      "event treated\n  date: 2026-03-01\n  label: A volunteer firefighter "
      "was treated in hospital for smoke inhalation\n"
      "  quote: A volunteer firefighter was treated in hospital for smoke "
      "inhalation and was released on March 4.\n"
      "event released\n  date: 2026-03-04\n  label: Was released\n"
      "  quote: A volunteer firefighter was treated in hospital for smoke "
      "inhalation and was released on March 4.\n"
      "event bridge\n  date: 2026-03-02\n  label: Wagons knocked a section "
      "out of the stone bridge\n",
      "event burn\n  date: 2026-03-04\n  label: Firefighters let the propane "
      "burn off\n"
      "event sorry\n  date: 2026-03-05\n  label: The railway's chief said "
      "sorry to residents\n",
      d);
  CHECK_INT("merge.score.shared-sentence", evg_graph_event_count(m), 5);
  evg_graph_free(m);
  /* who did it (a name, a post) is compared as actors: the pair that
   * shares what happened ("apologized", "residents") goes first */
  m = merge_texts(
      "actor md\n  name: Marc Dufresne\n  kind: person\n"
      "event drove\n  date: 2026-03-04\n  label: Laurentian's chief "
      "executive, Marc Dufresne, drove up from Montreal\n  actors: md\n"
      "event apologized\n  date: 2026-03-04\n  label: Mr. Dufresne "
      "apologized to residents at a meeting in the arena\n  actors: md\n"
      "event bridge\n  date: 2026-03-02\n  label: Wagons knocked a section "
      "out of the stone bridge\n",
      "event sorry\n  date: 2026-03-04\n  label: Marc Dufresne, the "
      "railway's chief executive, said sorry to residents\n"
      "event fire\n  date: 2026-03-02\n  label: Propane in two tank cars "
      "ignited\n",
      d);
  CHECK_INT("merge.score.what-before-who", citations_of(m, "apologized"), 2);
  CHECK_INT("merge.score.what-before-who-other", citations_of(m, "drove"), 1);
  evg_graph_free(m);
  /* but one word of what happened, with no actor in common and in one
   * headline only ("return", the other's pointer at the news), yields to
   * a pair that shares every actor of both on a day both quotes write
   * (pair 11: the board gave the job back to Ingrid Aalto) */
  {
    const char *returned =
        "actor ia\n  name: Ingrid Aalto\n  kind: person\n"
        "actor lu\n  name: Lumora\n  kind: company\n"
        "event returned\n  date: 2025-09-19\n  label: Ingrid Aalto returned "
        "as chief executive of Lumora\n  actors: ia, lu\n  quote: Ingrid "
        "Aalto returned as chief executive of Lumora on September 19.\n";
    const char *gave_written =
        "On September 19 the board gave the job back to Ingrid Aalto, who "
        "founded Lumora.";
    const char *gave_carried =
        "The board gave the job back to Ingrid Aalto, who founded Lumora.";
    for (int written = 1; written >= 0; written--) {
      char board[1024];
      snprintf(board, sizeof board,
               "actor aalto\n  name: Ingrid Aalto\n  kind: person\n"
               "actor lumora\n  name: Lumora\n  kind: company\n"
               "event gave\n  date: 2025-09-19\n  label: The board gave the "
               "job back to Ingrid Aalto\n  actors: aalto, lumora\n  quote: "
               "%s\n"
               "event jumped\n  date: 2025-09-19\n  label: Lumora's shares "
               "jumped 15 percent\n  quote: Lumora's shares jumped 15 percent "
               "on September 19 after the news of her return.\n",
               written ? gave_written : gave_carried);
      m = merge_texts(returned, board, d);
      /* a day the extraction carried is weak: the word goes first */
      CHECK_INT(written ? "merge.score.every-actor-before-loose-word"
                        : "merge.score.loose-word-before-carried-day",
                citations_of(m, "gave"), written ? 2 : 1);
      evg_graph_free(m);
    }
    /* dates19: the board's handover names Ingrid Aalto alone (Lumora is
     * the founding's, a happening of its own): every actor of one event
     * being the other's is enough */
    m = merge_texts(
        returned,
        "actor aalto\n  name: Ingrid Aalto\n  kind: person\n"
        "event gave\n  date: 2025-09-19\n  label: The board gave the job "
        "back to Ingrid Aalto\n  actors: aalto\n  quote: On September 19 "
        "the board gave the job back to Ingrid Aalto, who founded Lumora in "
        "2013.\n"
        "event jumped\n  date: 2025-09-19\n  label: Lumora's shares jumped "
        "15 percent\n  quote: Lumora's shares jumped 15 percent on September "
        "19 after the news of her return.\n",
        d);
    CHECK_INT("merge.score.actors-of-one-before-loose-word",
              citations_of(m, "gave"), 2);
    evg_graph_free(m);
  }
  /* clock times of one day that agree within an hour rank a pair first:
   * the fall at 2:20 p.m. takes the crane that came down shortly after 2
   * p.m., not the one whose headline shares more words (pair 42); two
   * hours apart, the words decide.  The times are the tagger's, so a
   * 24-hour time and "noon" count as well as "p.m." */
  static const struct {
    const char *name, *fell_at, *down_at;
    int citations;
  } clocks[] = {
      {"merge.score.clock-times-agree", "at about 2:20 p.m.", "2 p.m.", 2},
      {"merge.score.clock-times-apart", "at about 4:20 p.m.", "2 p.m.", 1},
      {"merge.score.clock-24-hour-agrees", "at about 14:20", "2 p.m.", 2},
      {"merge.score.clock-24-hour-apart", "at about 16:20", "2 p.m.", 1},
      {"merge.score.clock-noon-agrees", "at about 12:20 p.m.", "noon", 2},
      {"merge.score.clock-noon-apart", "at about 2:20 p.m.", "noon", 1},
  };
  for (size_t k = 0; k < sizeof clocks / sizeof *clocks; k++) {
    char fell[512], other[640];
    snprintf(fell, sizeof fell,
             "event fell\n  date: 2027-06-07\n  label: A tower crane fell "
             "across Dundas Street\n  quote: A tower crane fell across Dundas "
             "Street %s on Monday, crushing two parked cars.\n",
             clocks[k].fell_at);
    snprintf(other, sizeof other,
             "event toppled\n  date: 2027-06-07\n  label: A construction "
             "crane toppled across Dundas Street\n  quote: Dundas Street "
             "reopened on Thursday, three days after a construction crane "
             "toppled across it.\n"
             "event down\n  date: 2027-06-07\n  label: The crane came down\n"
             "  quote: The crane came down shortly after %s on June 7, "
             "landing on two empty cars.\n",
             clocks[k].down_at);
    m = merge_texts(fell, other, d);
    CHECK_INT(clocks[k].name, citations_of(m, "down"), clocks[k].citations);
    evg_graph_free(m);
  }
  /* merge18: a pair whose shared words stand in neither headline, with no
   * actor in common ("the southern suburbs" of a relative clause), goes
   * after a pair that says a shared word in a headline (pair 48); alone,
   * it still joins */
  {
    const char *fought =
        "event fought\n  date: 2029-10-03\n  label: About 120 firefighters "
        "fought the blaze\n  quote: About 120 firefighters fought the blaze, "
        "which sent a column of black smoke over the southern suburbs.\n";
    const char *shut =
        "event shut\n  date: 2029-10-03\n  label: The prefecture told "
        "residents to keep their windows shut\n  quote: The prefecture told "
        "residents of Feyzin to keep their windows shut, and 14 schools kept "
        "their pupils indoors.\n";
    const char *advised =
        "event advised\n  date: 2029-10-03\n  label: People were advised to "
        "stay indoors\n  quote: For most of that day people in the southern "
        "suburbs were advised to stay indoors with their windows closed.\n";
    char both[1024];
    snprintf(both, sizeof both, "%s%s", fought, shut);
    m = merge_texts(both, advised, d);
    CHECK_INT("merge.score.words-off-cores-after-headline-word",
              citations_of(m, "fought"), 1);
    evg_graph_free(m);
    m = merge_texts(fought, advised, d);
    CHECK_INT("merge.score.words-off-cores-alone-join",
              m ? evg_graph_event_count(m) : 0, 1);
    evg_graph_free(m);
  }
  /* merge18: on different days without an actor in common, the word
   * both headlines share must stand before a verb of saying: what
   * forecasters said of the storm is not the storm (pair 47); a passive
   * "were told" is an act of its own */
  m = merge_texts(
      "event broke\n  date: 2029-06-11\n  label: The storm broke\n  quote: "
      "The storm broke over the district shortly before five in the "
      "afternoon of June 11.\n",
      "event worst\n  date: 2029-06-12\n  label: Its forecasters said it "
      "was the worst storm\n  quote: Its forecasters said on Tuesday that it "
      "was the worst storm to hit the district since 2016.\n",
      d);
  CHECK_INT("merge.score.said-word-day-apart", m ? evg_graph_event_count(m) : 0,
            2);
  evg_graph_free(m);
  m = merge_texts(
      "event reported\n  date: 2027-01-13\n  label: The company reported the "
      "escape to inspectors\n  quote: The company reported the escape to the "
      "fish health inspectors at 10 a.m. on January 13.\n",
      "event told\n  date: 2027-01-14\n  label: Government inspectors were "
      "told of the escape\n  quote: Government inspectors were told of the "
      "escape on January 14.\n",
      d);
  CHECK_INT("merge.score.passive-told-day-apart-joins",
            m ? evg_graph_event_count(m) : 0, 1);
  evg_graph_free(m);
  /* merge19: when the later day is only its paper's (its article's
   * dateline day, no date in its quote), the days are not known to differ:
   * the headlines are asked for a shared word, not their acts, and what a
   * saying reported joins (pair 52); with the day written, the act rule
   * of merge18 holds */
  {
    const char *said =
        "actor prairieland\n  name: Prairieland Equipment\n\n"
        "event said\n  date: 2030-05-08\n  label: Prairieland Equipment "
        "said its service lines took more than 4,000 calls\n  actors: "
        "prairieland\n  quote: Prairieland Equipment, a dealer, said its "
        "service lines took more than 4,000 calls for help on Wednesday.\n";
    const char *lead =
        "event lead\n  date: 2030-05-11\n  label: Farmers went back to "
        "planting\n  quote: AMES, Iowa, May 12, 2030 \xe2\x80\x94 Farmers "
        "went back to planting on Saturday.\n";
    char logged[512];
    for (int written = 0; written <= 1; written++) {
      snprintf(logged, sizeof logged,
               "%s\nevent calls\n  date: %s\n  label: One dealer logged "
               "more than 4,000 calls\n  quote: One dealer logged more than "
               "4,000 calls for help%s.\n",
               lead, written ? "2030-05-09" : "2030-05-12",
               written ? " on May 9" : "");
      m = merge_texts(said, logged, d);
      CHECK_INT(written ? "merge.score.said-written-day-apart"
                        : "merge.score.said-paper-day-joins",
                citations_of(m, "said"), written ? 1 : 2);
      evg_graph_free(m);
    }
  }
  /* merge20: of two events that start on one day (the paper's day and a
   * week from it), either may be the later: the paper's day of either
   * side lets the headlines' shared word join what a saying reported, in
   * both orders of the inputs (later_by_default looked at one side) */
  {
    const char *paper =
        "event lead\n  date: 2030-05-11\n  label: Farmers went back to "
        "planting\n  quote: AMES, Iowa, May 12, 2030 \xe2\x80\x94 Farmers "
        "went back to planting on Saturday.\n\n"
        "event said\n  date: 2030-05-12\n  label: The company said its "
        "lines took more than 4,000 calls\n  quote: The company said its "
        "lines took more than 4,000 calls for help.\n";
    const char *week =
        "event calls\n  date: 2030-05-12/2030-05-18\n  label: One dealer "
        "logged more than 4,000 calls\n  quote: One dealer logged more "
        "than 4,000 calls for help this week.\n";
    for (int swap = 0; swap <= 1; swap++) {
      m = swap ? merge_texts(week, paper, d) : merge_texts(paper, week, d);
      CHECK_INT(swap ? "merge.score.paper-day-same-first-day-swapped"
                     : "merge.score.paper-day-same-first-day",
                m ? evg_graph_event_count(m) : 0, 2);
      evg_graph_free(m);
    }
  }
  /* merge19: an event that names no actor but calls the other's by a
   * word of its name in its headline (a word written in lower case, not
   * a name) has that actor in common: the rule for different days
   * without one does not part them (pair 50's prosecutors) */
  for (int calls = 0; calls <= 1; calls++) {
    char opened[256];
    snprintf(opened, sizeof opened,
             "event opened\n  date: 2030-03-05\n  label: The %soffice opened "
             "an inquiry\n  quote: The %soffice opened an inquiry on "
             "Tuesday.\n",
             calls ? "prosecutor's " : "", calls ? "prosecutor's " : "");
    m = merge_texts(
        opened,
        "actor prosecutors\n  name: Prosecutors\n\nevent look\n  date: "
        "2030-03-06\n  label: Prosecutors will look at how often that was "
        "done\n  actors: prosecutors\n  quote: Prosecutors, who opened an "
        "inquiry the day after the blast, will look at how often that was "
        "done.\n",
        d);
    CHECK_INT(calls ? "merge.score.unnamed-calls-actor-joins"
                    : "merge.score.unnamed-other-office-apart",
              m ? evg_graph_event_count(m) : 0, calls ? 1 : 2);
    evg_graph_free(m);
  }
  /* neither names who did it and their dates differ though they
   * overlap (a day of "this week"): both headlines must share a word of
   * what happened, as on different days (pair 33: the lead's rescue of
   * the week is not the cars' halt on Monday); the same dates join by
   * the quotes' words */
  for (int same = 0; same <= 1; same++) {
    char halt[512];
    snprintf(halt, sizeof halt,
             "event halt\n  date: %s\n  label: The cars came to a halt\n"
             "  quote: The cable cars came to a halt on Monday afternoon over "
             "steep woodland in the Glemm valley.\n"
             "event flew\n  date: 2026-05-02\n  label: Pilots flew kites\n",
             same ? "2026-06-08/2026-06-14" : "2026-06-08");
    m = merge_texts(
        "event lowered\n  date: 2026-06-08/2026-06-14\n  label: Mountain "
        "rescuers lowered 86 people\n  quote: Mountain rescuers lowered 86 "
        "people one by one from a stranded cable car above the Glemm valley "
        "this week.\n"
        "event sold\n  date: 2026-05-02\n  label: Farmers sold apples\n",
        halt, d);
    CHECK_INT(same ? "merge.score.same-dates-quote-words-join"
                   : "merge.score.day-of-week-needs-headline-word",
              (int)evg_graph_event_count(m), same ? 3 : 4);
    evg_graph_free(m);
  }
  /* dates19: two days running (a night, "kept in hospital overnight")
   * are told as narrowly as one day, so they stay within a day of
   * another stated day as one day does (pair 22: the night of the 20th
   * is not the release on the 17th); a span of more days is told
   * loosely and reaches EVG_MERGE_GAP_DAYS */
  static const struct {
    const char *name, *kept;
    int events;
  } nights[] = {
      {"merge.score.night-far-apart", "2026-03-20/2026-03-21", 2},
      {"merge.score.night-overlapping-joins", "2026-03-17/2026-03-18", 1},
      {"merge.score.loose-span-reaches", "2026-03-20/2026-03-23", 1},
  };
  for (size_t k = 0; k < sizeof nights / sizeof *nights; k++) {
    char kept[256];
    snprintf(kept, sizeof kept,
             "event kept\n  date: %s\n  label: The guards were kept in "
             "hospital\n",
             nights[k].kept);
    m = merge_texts("event released\n  date: 2026-03-17\n  label: The "
                    "guards were released from hospital\n",
                    kept, d);
    CHECK_INT(nights[k].name, m ? (int)evg_graph_event_count(m) : 0,
              nights[k].events);
    evg_graph_free(m);
  }
  /* dates19: "by" a day (../2025-09-16, "By Tuesday night about 900
   * ... had signed") is as close to that day as the day itself; a day
   * later the open start weighs nothing, as before */
  for (int later = 0; later <= 1; later++) {
    char signed_by[512];
    snprintf(signed_by, sizeof signed_by,
             "event signed\n  date: ../2025-09-%s\n  label: About 900 of the "
             "company's 1,100 employees had signed\n  quote: By Tuesday night "
             "about 900 of the company's 1,100 employees had signed a letter "
             "saying they would resign unless she came back.\n",
             later ? "17" : "16");
    m = merge_texts(
        signed_by,
        "actor lumora\n  name: Lumora\n  kind: company\n"
        "event letter\n  date: 2025-09-16\n  label: Staff reacted fast: an "
        "open letter demanding her return gathered\n  actors: lumora\n  "
        "quote: Staff reacted fast: on September 16 an open letter demanding "
        "her return gathered the signatures of roughly 900 of Lumora's 1,100 "
        "workers.\n",
        d);
    CHECK_INT(later ? "merge.score.deadline-day-after-apart"
                    : "merge.score.deadline-on-the-day-joins",
              m ? (int)evg_graph_event_count(m) : 0, later ? 2 : 1);
    evg_graph_free(m);
  }
  /* dates21: two sayings on one day of what was done before it (both
   * ../2026-03-18, merge pair 22) are as close as that day; a day apart
   * they stay apart */
  for (int later = 0; later <= 1; later++) {
    char known[512];
    snprintf(known, sizeof known,
             "event known\n  date: ../2026-03-%s\n  label: Detective Chief "
             "Inspector Mark Fellows said the gang had known\n  quote: "
             "Detective Chief Inspector Mark Fellows, who leads the inquiry, "
             "said on Wednesday that the gang had known the van's route "
             "\"down to the minute.\"\n",
             later ? "19" : "18");
    m = merge_texts(
        known,
        "event planned\n  date: ../2026-03-18\n  label: Mr. Fellows told "
        "reporters that the raid had been planned\n  quote: Mr. Fellows, the "
        "detective in charge, told reporters on March 18 that the raid had "
        "been planned by people who knew exactly when the van would pass.\n",
        d);
    CHECK_INT(later ? "merge.score.deadlines-days-apart"
                    : "merge.score.deadlines-same-day-join",
              m ? (int)evg_graph_event_count(m) : 0, later ? 2 : 1);
    evg_graph_free(m);
  }
  /* one event of each input at most, the best pair first: the two
   * tellings of the fine join, the shares stay apart */
  m = merge_texts(
      "event fine\n  date: 2024-06-06\n  label: Regulator fines Brightline "
      "\xc2\xa3"
      "4m\n"
      "event shares\n  date: 2024-06-06\n  label: Brightline shares fall "
      "after the fine\n",
      "event penalty\n  date: 2024-06-06\n  label: Brightline ordered to pay "
      "\xc2\xa3"
      "4 million fine\n",
      d);
  CHECK_INT("merge.score.one-to-one", citations_of(m, "fine"), 2);
  CHECK_INT("merge.score.one-to-one-rest", evg_graph_event_count(m), 2);
  evg_graph_free(m);
  /* two events of one sentence share its quote, so their scores tie: the
   * one whose headline tells the other's happening joins it */
  m = merge_texts(
      "event began\n  date: 2024-05-20\n  label: The trouble began\n"
      "  quote: The trouble began on May 20, when Brightline pulled 120,000 "
      "heaters from shops.\n"
      "event pulled\n  date: 2024-05-20\n  label: Brightline pulled 120,000 "
      "heaters from shops\n"
      "  quote: The trouble began on May 20, when Brightline pulled 120,000 "
      "heaters from shops.\n",
      "event recalled\n  date: 2024-05-20\n  label: Brightline recalled "
      "120,000 heaters\n"
      "  quote: Brightline recalled 120,000 heaters after reports of "
      "overheating.\n",
      d);
  CHECK_INT("merge.score.tie-by-headline", citations_of(m, "pulled"), 2);
  CHECK_INT("merge.score.tie-by-headline-other", citations_of(m, "began"), 1);
  evg_graph_free(m);
  /* the words of a sentence's other clause ("pipe", "lava", "homes") are
   * that clause's happening: "Schools closed" does not join the repair
   * that shares only them */
  m = merge_texts(
      "event damaged\n  date: 2024-02-11\n  label: A pipe carrying hot "
      "water was damaged by the lava\n"
      "  quote: A pipe carrying hot water to 30,000 homes was damaged by the "
      "lava, and schools closed for the week.\n"
      "event schools\n  date: 2024-02-11\n  label: Schools closed for the "
      "week\n"
      "  quote: A pipe carrying hot water to 30,000 homes was damaged by the "
      "lava, and schools closed for the week.\n",
      "event reached\n  date: 2024-02-11\n  label: Lava reached the hot-water "
      "pipeline\n"
      "  quote: Lava reached and damaged the hot-water pipeline carrying "
      "heat to 30,000 homes.\n"
      "event laid\n  date: 2024-02-11\n  label: Engineers laid a temporary "
      "pipe around the lava\n"
      "  quote: Engineers laid a temporary pipe around the lava, and hot "
      "water returned to homes.\n",
      d);
  CHECK_INT("merge.score.sibling-words-alone", citations_of(m, "schools"), 1);
  CHECK_INT("merge.score.sibling-words-alone-count", evg_graph_event_count(m),
            3);
  evg_graph_free(m);
  /* one event names who did it, the other no one and no word of that
   * name: one shared word ("meeting") on the same day is chance, where
   * either article tells something else that day, as pair 16's did (each
   * its article's only telling left that day is merge13's pair by day) */
  const char *fillers =
      "event f1\n  date: 2026-01-01\n  label: Alpha beta gamma\n"
      "event f2\n  date: 2026-01-10\n  label: Delta epsilon zeta\n"
      "event f3\n  date: 2026-01-20\n  label: Eta theta iota\n"
      "event f4\n  date: 2026-02-01\n  label: Kappa lambda mu\n";
  char crowe[512], councillors[512];
  snprintf(crowe, sizeof crowe,
           "actor sc\n  name: Simon Crowe\n  kind: person\n"
           "event apologised\n  date: 2026-05-28\n  label: Simon Crowe "
           "apologised to residents at a meeting\n  actors: sc\n"
           "event darted\n  date: 2026-05-28\n  label: Vets darted the "
           "leopard\n%s",
           fillers);
  snprintf(councillors, sizeof councillors,
           "event agreed\n  date: 2026-05-28\n  label: Councillors agreed at "
           "a meeting to fund checks\n%s",
           fillers);
  m = merge_texts(crowe, councillors, d);
  CHECK_INT("merge.score.lone-word-unnamed", evg_graph_event_count(m), 7);
  evg_graph_free(m);
  snprintf(councillors, sizeof councillors,
           "event agreed\n  date: 2026-05-28\n  label: Mr. Crowe agreed at a "
           "meeting to fund checks\n%s",
           fillers);
  m = merge_texts(crowe, councillors, d);
  CHECK_INT("merge.score.lone-word-named", evg_graph_event_count(m), 6);
  evg_graph_free(m);
  /* a place named in both says where, not what happened: of two events of
   * the man one article tells, the other article's surrender joins the
   * one of its day, not the one a day before that shares "Salisbury" */
  char walked[768], told[768];
  snprintf(walked, sizeof walked,
           "actor lo\n  name: Luis Ortega\n  kind: person\n"
           "event walked\n  date: 2026-05-14\n  label: Luis Ortega walked "
           "into a police station\n  actors: lo\n  quote: Luis Ortega walked "
           "into a police station in Salisbury with his lawyer.\n%s",
           fillers);
  snprintf(told, sizeof told,
           "actor lo\n  name: Luis Ortega\n  kind: person\n"
           "event surrendered\n  date: 2026-05-14\n  label: Luis Ortega "
           "turned himself in\n  actors: lo\n  quote: Luis Ortega turned "
           "himself in.\n"
           "event drove\n  date: 2026-05-13\n  label: Deputies drove Mr. "
           "Ortega back to the jail from Salisbury\n  actors: lo\n  quote: "
           "Deputies drove Mr. Ortega back to the jail from Salisbury.\n%s",
           fillers);
  m = merge_texts(walked, told, d);
  CHECK_INT("merge.score.place-is-not-what", citations_of(m, "drove"), 1);
  CHECK_INT("merge.score.place-is-not-what-joined",
            citations_of(m, "surrendered"), 2);
  evg_graph_free(m);
  /* two events of one day that share only "until" are two happenings */
  char ferry[512], breakout[512];
  snprintf(ferry, sizeof ferry,
           "event ferry\n  date: 2026-05-12\n  label: The ferry stopped "
           "running until the evening\n%s",
           fillers);
  snprintf(breakout, sizeof breakout,
           "event breakout\n  date: 2026-05-12\n  label: The breakout was not "
           "discovered until the morning count\n%s",
           fillers);
  m = merge_texts(ferry, breakout, d);
  CHECK_INT("merge.score.preposition-alone", evg_graph_event_count(m), 6);
  evg_graph_free(m);
  /* one event names who did it, the other no one: the words they share
   * must tell what happened, in a headline ("visited" a hospital is not
   * "postponed" operations, however both quotes say "trust" and
   * "replace"), unless a headline says nothing of it ("The carmaker had
   * said"), where its quote speaks; the trust's article tells an inquiry
   * that day too, as pair 17's did */
  char visited[768], postponed[768];
  snprintf(visited, sizeof visited,
           "actor pn\n  name: Priya Nandakumar\n  kind: person\n"
           "event visited\n  date: 2026-09-25\n  label: Priya Nandakumar "
           "visited Cheltenham General\n  actors: pn\n  quote: Priya "
           "Nandakumar visited Cheltenham General and promised the trust "
           "money to replace its servers.\n%s",
           fillers);
  snprintf(postponed, sizeof postponed,
           "event postponed\n  date: 2026-09-25\n  label: The trust "
           "postponed operations\n  quote: The trust postponed operations, "
           "among them hip replacements.\n"
           "event inquiry\n  date: 2026-09-25\n  label: The regulator "
           "opened an inquiry\n%s",
           fillers);
  m = merge_texts(visited, postponed, d);
  CHECK_INT("merge.score.named-words-off-headlines", evg_graph_event_count(m),
            7);
  evg_graph_free(m);
  snprintf(visited, sizeof visited,
           "actor vm\n  name: Vantor Motors\n  kind: company\n"
           "event announced\n  date: 2026-01-20\n  label: Vantor announced "
           "it would end production\n  actors: vm\n  quote: Vantor "
           "announced that it would end production and move assembly to a "
           "factory in Slovakia.\n%s",
           fillers);
  snprintf(postponed, sizeof postponed,
           "event said\n  date: 2026-01-20\n  label: The carmaker had said\n"
           "  quote: The carmaker had said that the factory would stop "
           "building cars, with its work going to Slovakia.\n%s",
           fillers);
  m = merge_texts(visited, postponed, d);
  CHECK_INT("merge.score.named-reported-quote", evg_graph_event_count(m), 5);
  evg_graph_free(m);
  /* two events of one sentence match one event: the sibling whose own
   * words tell it joins it, though the other's shorter headline gives it a
   * higher score for the words of the sentence they share */
  m = merge_texts(
      "event ill\n  date: 2026-08-19\n  label: More than 240 passengers "
      "fell ill\n"
      "  quote: More than 240 passengers fell ill, and Croatian health "
      "officials refused to let anyone go ashore in Dubrovnik.\n"
      "event refused\n  date: 2026-08-19\n  label: Croatian health "
      "officials refused to let anyone go ashore\n"
      "  quote: More than 240 passengers fell ill, and Croatian health "
      "officials refused to let anyone go ashore in Dubrovnik.\n"
      "event sailed\n  date: 2026-08-15\n  label: The ship sailed from "
      "Venice with passengers\n"
      "event f1\n  date: 2026-01-01\n  label: Alpha beta gamma\n",
      "event barred\n  date: 2026-08-19\n  label: Croatian authorities "
      "barred the passengers from disembarking at Dubrovnik\n"
      "event left\n  date: 2026-08-15\n  label: The ship left Venice with "
      "3,100 passengers\n"
      "event f2\n  date: 2026-01-10\n  label: Delta epsilon zeta\n",
      d);
  CHECK_INT("merge.score.sibling-by-own-words", citations_of(m, "refused"), 2);
  CHECK_INT("merge.score.sibling-by-own-words-other", citations_of(m, "ill"),
            1);
  evg_graph_free(m);
  /* a day apart and no actor in common: a word of one headline found in
   * the other's quote is chance (the jury's hearing and its deliberation),
   * a word both headlines use may tell one happening (the count at which
   * an escape was found) */
  char speeches[512], deliberated[512];
  snprintf(speeches, sizeof speeches,
           "event speeches\n  date: 2026-03-09\n  label: Counsel for both "
           "firms gave closing speeches\n  quote: Counsel for both firms "
           "gave closing speeches to the jurors.\n%s",
           fillers);
  snprintf(deliberated, sizeof deliberated,
           "event deliberated\n  date: 2026-03-10\n  label: The jurors "
           "retired to deliberate\n%s",
           fillers);
  m = merge_texts(speeches, deliberated, d);
  CHECK_INT("merge.score.day-apart-quote-word", evg_graph_event_count(m), 6);
  evg_graph_free(m);
  snprintf(speeches, sizeof speeches,
           "event found\n  date: 2026-03-09\n  label: Wardens found two "
           "cells empty at the roll call\n%s",
           fillers);
  snprintf(deliberated, sizeof deliberated,
           "event missed\n  date: 2026-03-10\n  label: The escape came to "
           "light at the roll call\n%s",
           fillers);
  m = merge_texts(speeches, deliberated, d);
  CHECK_INT("merge.score.day-apart-headline-word", evg_graph_event_count(m), 5);
  evg_graph_free(m);
  /* merge12: told in other words, one actor named in both headlines on
   * one stated day is one happening when each is its article's only
   * event of that actor and day still alone ("FBI agents arrested Dennis
   * Kraal" / "Mr. Kraal was taken into custody"); an actor with two such
   * events in one article, or a day apart, stays apart */
  {
    const char *arrest =
        "actor dk\n  name: Dennis Kraal\n  kind: person\n"
        "event arrested\n  date: 2026-10-19\n  label: FBI agents arrested "
        "Dennis Kraal\n  actors: dk\n  quote: FBI agents arrested Dennis "
        "Kraal at his home in West Hartford at dawn that day.\n"
        "event suspended\n  date: 2026-10-20\n  label: Ashbury University "
        "suspended its rowing programme\n"
        "event bail\n  date: 2026-10-22\n  label: A New Haven judge set "
        "bail at 500,000 dollars\n";
    const char *custody =
        "actor k\n  name: Kraal\n  kind: person\n"
        "event custody\n  date: 2026-10-19\n  label: Mr. Kraal was taken "
        "into custody\n  actors: k\n  quote: Mr. Kraal, who had led the "
        "rowing programme since 2011, was taken into custody early on "
        "Monday.\n"
        "event halted\n  date: 2026-10-20\n  label: Ashbury University "
        "suspended the rowing programme\n"
        "event bond\n  date: 2026-10-22\n  label: Bail of 500,000 dollars "
        "was set in New Haven\n";
    m = merge_texts(arrest, custody, d);
    CHECK_INT("merge.actor-day.joins", citations_of(m, "arrested"), 2);
    CHECK_INT("merge.actor-day.one-each", m ? evg_graph_event_count(m) : 0, 3);
    evg_graph_free(m);
    char two[1024], apart[1024];
    snprintf(two, sizeof two,
             "%s"
             "event resigned\n  date: 2026-10-19\n  label: Dennis Kraal "
             "resigned from the club board\n  actors: dk\n",
             arrest);
    m = merge_texts(two, custody, d);
    CHECK_INT("merge.actor-day.two-that-day-apart",
              m ? evg_graph_event_count(m) : 0, 5);
    evg_graph_free(m);
    snprintf(apart, sizeof apart, "%s", custody);
    char *day = strstr(apart, "2026-10-19");
    if (day)
      memcpy(day, "2026-10-20", 10);
    m = merge_texts(arrest, apart, d);
    CHECK_INT("merge.actor-day.next-day-apart",
              m ? evg_graph_event_count(m) : 0, 4);
    evg_graph_free(m);
  }
  /* merge13: told in other words with one word in common, too little of
   * their text for the rule on words, two events of one stated day are one
   * happening when each is its article's only sentence still alone that
   * day; with a second one that day, or a word of a sibling's clause only,
   * they stay apart */
  {
    const char *rain =
        "event rain\n  date: 2026-07-04\n  label: Heavy rain filled a low "
        "passage behind the six divers\n  quote: Heavy rain filled a low "
        "passage behind the six divers, whose lamps were already failing "
        "in the cold water of the cave.\n"
        "event rescue\n  date: 2026-07-05\n  label: Rescuers pumped the "
        "water out\n"
        "event thanks\n  date: 2026-07-09\n  label: The club thanked the "
        "volunteers\n";
    const char *blocked =
        "event blocked\n  date: 2026-07-04\n  label: Their route out had "
        "been blocked\n  quote: Their route out of the cave had been "
        "blocked by the rising stream, the rescue chief told reporters at "
        "the entrance.\n"
        "event pumped\n  date: 2026-07-05\n  label: Rescuers pumped the "
        "water out\n"
        "event thanked\n  date: 2026-07-09\n  label: The club thanked the "
        "volunteers\n";
    m = merge_texts(rain, blocked, d);
    CHECK_INT("merge.lone-day.joins", citations_of(m, "blocked"), 2);
    CHECK_INT("merge.lone-day.one-each", m ? evg_graph_event_count(m) : 0, 3);
    evg_graph_free(m);
    /* merge16: against a quote that writes the day, the one that carries
     * it ("cave" only in its relative clause) says no shared word in its
     * headline: apart; with "cave" in its headline it joins */
    char dated[1024], cave[1024];
    snprintf(dated, sizeof dated, "%s",
             "event blocked\n  date: 2026-07-04\n  label: Their route out "
             "had been blocked\n  quote: On July 4 their route out of the "
             "cave had been blocked by the rising stream, the rescue chief "
             "told reporters at the entrance.\n"
             "event pumped\n  date: 2026-07-05\n  label: Rescuers pumped the "
             "water out\n"
             "event thanked\n  date: 2026-07-09\n  label: The club thanked "
             "the volunteers\n");
    m = merge_texts(rain, dated, d);
    CHECK_INT("merge.lone-day.carried-day-rest-of-quote-apart",
              m ? evg_graph_event_count(m) : 0, 4);
    evg_graph_free(m);
    snprintf(cave, sizeof cave, "%s", rain);
    char *low = strstr(cave, "a low passage");
    if (low)
      memcpy(low, "low cave pass", 13);
    m = merge_texts(cave, dated, d);
    CHECK_INT("merge.lone-day.carried-day-headline-joins",
              citations_of(m, "blocked"), 2);
    evg_graph_free(m);
    char two[2048], other[2048];
    snprintf(two, sizeof two,
             "%s"
             "event gathered\n  date: 2026-07-04\n  label: Families "
             "gathered at the farm\n",
             rain);
    m = merge_texts(two, blocked, d);
    CHECK_INT("merge.lone-day.two-that-day-apart",
              m ? evg_graph_event_count(m) : 0, 5);
    evg_graph_free(m);
    /* dates19: a night that runs into the day is a telling of that day
     * too ("aired the building overnight"): the pair is not alone on it */
    snprintf(two, sizeof two,
             "%s"
             "event gathered\n  date: 2026-07-04/2026-07-05\n  label: "
             "Families gathered at the farm\n",
             rain);
    m = merge_texts(two, blocked, d);
    CHECK_INT("merge.lone-day.night-that-day-apart",
              m ? evg_graph_event_count(m) : 0, 5);
    evg_graph_free(m);
    /* "cave" stands only in the rest of sentences told as two events */
    snprintf(other, sizeof other,
             "event blocked\n  date: 2026-07-04\n  label: Their route out "
             "had been blocked\n  quote: Their route out had been blocked "
             "and a diver swam to the cave mouth.\n"
             "event swam\n  date: 2026-07-04\n  label: A diver swam to the "
             "mouth\n  quote: Their route out had been blocked and a diver "
             "swam to the cave mouth.\n%s",
             fillers);
    snprintf(two, sizeof two,
             "event lamps\n  date: 2026-07-04\n  label: Lamps failed\n  "
             "quote: Lamps failed and the cold set in deep in the cave.\n"
             "event cold\n  date: 2026-07-04\n  label: The cold set in\n  "
             "quote: Lamps failed and the cold set in deep in the cave.\n%s",
             fillers);
    m = merge_texts(two, other, d);
    CHECK_INT("merge.lone-day.sibling-words-apart",
              m ? evg_graph_event_count(m) : 0, 8);
    evg_graph_free(m);
    /* a word from the rest of a split sentence ("homes") stops counting
     * once that rest's own event (the order to boil water) has found its
     * telling: "shops sold out" is not "all had gone home" */
    snprintf(other, sizeof other,
             "event order\n  date: 2026-07-04\n  label: Homes were told to "
             "boil their tap water\n  quote: On Saturday homes were told to "
             "boil their tap water, and shops sold out of bottled drinks "
             "within hours.\n"
             "event shops\n  date: 2026-07-04\n  label: Shops sold out of "
             "bottled drinks\n  quote: On Saturday homes were told to boil "
             "their tap water, and shops sold out of bottled drinks within "
             "hours.\n%s",
             fillers);
    snprintf(two, sizeof two,
             "event boil\n  date: 2026-07-04\n  label: The water company "
             "told homes to boil their tap water\n  quote: The water "
             "company told homes on Saturday to boil their tap water.\n"
             "event clinic\n  date: 2026-07-04\n  label: The clinic said "
             "nine patients had been treated\n  quote: The clinic said nine "
             "patients had been treated and that all had gone home.\n%s",
             fillers);
    m = merge_texts(two, other, d);
    CHECK_INT("merge.lone-day.joined-sibling-words-apart",
              m ? evg_graph_event_count(m) : 0, 7);
    CHECK_INT("merge.lone-day.joined-sibling-words-order",
              citations_of(m, "boil"), 2);
    evg_graph_free(m);
    /* articles too short to be compared as stories give no evidence */
    m = merge_texts(
        "event rain\n  date: 2026-07-04\n  label: Heavy rain filled the "
        "low cave passage behind the six divers\n",
        "event route\n  date: 2026-07-04\n  label: The route out of the "
        "cave was blocked by a rising stream\n",
        d);
    CHECK_INT("merge.lone-day.short-articles-apart",
              m ? evg_graph_event_count(m) : 0, 2);
    evg_graph_free(m);
  }
  /* "Sørensen" is "Sorensen": one actor */
  m = merge_texts("actor s\n  name: Ingrid S\xc3\xb8rensen\n  kind: person\n"
                  "event e\n  date: 2024\n  label: x\n  actors: s\n",
                  "actor t\n  name: Ingrid Sorensen\n  kind: person\n", d);
  CHECK_INT("merge.actor-latin-letters", m ? evg_graph_actor_count(m) : 0, 1);
  evg_graph_free(m);
  CHECK_INT("merge.score.no-errors", evg_diags_errors(d), 0);
  evg_diags_free(d);
}

int main(void) {
  test_citations();
  test_merge_api();
  test_corpus_articles();
  test_no_date_chain();
  test_writer_cleans();
  test_relative_subject_after_dash();
  test_terms();
  test_merge_score();
  UNIT_EXIT();
}
