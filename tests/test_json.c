/* test_json.c: evg_render_json through the library API: hostile text
 * (invalid UTF-8, control characters, quotes, backslashes, U+2028), typed
 * values, absent values, both shapes, determinism and write errors.  The
 * output is read back with jansson's own strict decoder. */
#define _POSIX_C_SOURCE 200809L
#include "evgraph.h"
#include "unit.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static char *render(const evg_graph *g, const evg_render_options *options,
                    evg_json_flavour flavour, bool *ok) {
  char *data = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&data, &len);
  evg_diags *d = evg_diags_new(0);
  *ok = evg_render_json(g, options, flavour, out, d);
  fclose(out);
  evg_diags_free(d);
  return data;
}

/* The whole text must be one JSON value (jansson rejects anything after
 * it), with valid UTF-8 and no duplicate keys. */
static json_t *load(const char *text, const char *name) {
  json_error_t error;
  json_t *root = json_loads(text, JSON_REJECT_DUPLICATES, &error);
  UNIT_REPORT(root != NULL, name, "%s at line %d column %d", error.text,
              error.line, error.column);
  return root;
}

/* The node with this id (node-link) or key (graphology). */
static json_t *find_node(json_t *root, const char *id) {
  size_t i;
  json_t *node;
  json_array_foreach(json_object_get(root, "nodes"), i, node) {
    const char *name = json_string_value(json_object_get(node, "id"));
    if (!name)
      name = json_string_value(json_object_get(node, "key"));
    if (name && strcmp(name, id) == 0)
      return node;
  }
  return NULL;
}

static const char *string_of(json_t *object, const char *key) {
  return json_string_value(json_object_get(object, key));
}

/* The parser rejects control characters and invalid UTF-8 in the file, so
 * those come in through the title option and the file name; quotes,
 * backslashes, tabs and U+2028/U+2029 come in through the events. */
static const char hostile[] =
    "title: a \"quoted\" \\title\\\n"
    "event x\n"
    "  date: 2025-01-27\n"
    "  label: say \"hi\" \\n C:\\new \xE2\x80\xA8 line \xE2\x80\xA9 para\n"
    "  description: tab\there; </script> \\u0000 end\n"
    "  actors: p\n"
    "  tags: t1, t2\n"
    "  causes: y\n"
    "  precedes: y\n"
    "event y\n"
    "  date: 2025~\n"
    "  label: later\n"
    "actor p\n"
    "  name: \xE6\xA2\x81 \"P\"\n";

static void test_hostile_text(void) {
  evg_diags *d = evg_diags_new(0);
  /* a file name with a Latin-1 byte and a control character */
  evg_graph *g =
      evg_parse_events(hostile, strlen(hostile), "caf\xE9\x01.events", d);
  CHECK("json.hostile.parse", g != NULL);
  if (!g) {
    evg_diags_free(d);
    return;
  }
  evg_render_options options = {.title = "bad \xC3\x28 \x01 \x7F \xED\xA0\x80"
                                         " \xC0\xAF title"};
  bool ok;
  char *text = render(g, &options, EVG_JSON_NODE_LINK, &ok);
  CHECK("json.hostile.ok", ok);
  json_t *root = load(text, "json.hostile.valid");
  if (!root) {
    free(text);
    evg_graph_free(g);
    evg_diags_free(d);
    return;
  }
  json_t *graph = json_object_get(root, "graph");
  /* each bad byte (a lone lead, a control, DEL, a surrogate, an overlong
   * form) becomes U+FFFD; the title is not lost */
  CHECK_STR("json.hostile.title-sanitized", string_of(graph, "title"),
            "bad \xEF\xBF\xBD( \xEF\xBF\xBD \xEF\xBF\xBD "
            "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD "
            "title");
  json_t *x = find_node(root, "x");
  CHECK_STR("json.hostile.label-round-trip", string_of(x, "label"),
            "say \"hi\" \\n C:\\new \xE2\x80\xA8 line \xE2\x80\xA9 para");
  CHECK_STR("json.hostile.tab-kept", string_of(x, "description"),
            "tab\there; </script> \\u0000 end");
  CHECK_STR("json.hostile.file-sanitized", string_of(x, "file"),
            "caf\xEF\xBF\xBD\xEF\xBF\xBD.events");
  CHECK_STR("json.hostile.cjk", string_of(find_node(root, "p"), "label"),
            "\xE6\xA2\x81 \"P\"");
  /* escaped by jansson, not written raw */
  CHECK("json.hostile.quotes-escaped",
        strstr(text, "say \\\"hi\\\" \\\\n C:\\\\new") != NULL);
  CHECK("json.hostile.tab-escaped", strstr(text, "tab\\there") != NULL);
  CHECK("json.hostile.no-raw-control", strchr(text, '\t') == NULL &&
                                           strchr(text, '\x01') == NULL &&
                                           strchr(text, '\x7F') == NULL);
  json_decref(root);
  free(text);
  /* the file's own title, with quotes and backslashes */
  text = render(g, NULL, EVG_JSON_NODE_LINK, &ok);
  root = load(text, "json.hostile.valid-without-option");
  CHECK_STR("json.hostile.file-title",
            string_of(json_object_get(root, "graph"), "title"),
            "a \"quoted\" \\title\\");
  json_decref(root);
  free(text);
  evg_graph_free(g);
  evg_diags_free(d);
}

static const char typed[] = "anchor: 2025-02-03\n"
                            "event a\n"
                            "  date: 2025-01-20\n"
                            "  label: A\n"
                            "  actors: p\n"
                            "  causes: b\n"
                            "  precedes: b\n"
                            "event b\n"
                            "  date: anchor - 1 week?\n"
                            "  label: B\n"
                            "  quote: said so\n"
                            "event c\n"
                            "  date: ../2025-03\n"
                            "  label: C\n"
                            "actor p\n";

static void test_typed_values(void) {
  evg_diags *d = evg_diags_new(0);
  evg_graph *g = evg_parse_events(typed, strlen(typed), "t.events", d);
  bool ok;
  char *text = render(g, NULL, EVG_JSON_NODE_LINK, &ok);
  json_t *root = load(text, "json.typed.valid");
  CHECK("json.typed.directed",
        json_is_true(json_object_get(root, "directed")) &&
            json_is_true(json_object_get(root, "multigraph")));
  json_t *graph = json_object_get(root, "graph");
  CHECK_STR("json.typed.anchor", string_of(graph, "anchor"), "2025-02-03");
  CHECK("json.typed.no-title",
        json_object_get(graph, "title") == NULL &&
            json_object_get(graph, "source_text") == NULL);
  json_t *a = find_node(root, "a"), *b = find_node(root, "b"),
         *c = find_node(root, "c"), *p = find_node(root, "p");
  CHECK("json.typed.year-integer",
        json_is_integer(json_object_get(a, "year")) &&
            json_integer_value(json_object_get(a, "year")) == 2025);
  CHECK("json.typed.rank-integer",
        json_is_integer(json_object_get(c, "rank")) &&
            json_integer_value(json_object_get(c, "rank")) == 2);
  CHECK("json.typed.line-integer",
        json_integer_value(json_object_get(b, "line")) == 8 &&
            json_integer_value(json_object_get(b, "column")) == 1);
  CHECK("json.typed.booleans",
        json_is_false(json_object_get(a, "uncertain")) &&
            json_is_true(json_object_get(b, "uncertain")) &&
            json_is_false(json_object_get(b, "approximate")));
  json_t *actors = json_object_get(a, "actors");
  CHECK("json.typed.actors-array",
        json_is_array(actors) && json_array_size(actors) == 1 &&
            strcmp(json_string_value(json_array_get(actors, 0)), "p") == 0);
  CHECK("json.typed.empty-lists",
        json_is_array(json_object_get(b, "actors")) &&
            json_array_size(json_object_get(b, "actors")) == 0 &&
            json_array_size(json_object_get(b, "tags")) == 0);
  CHECK_STR("json.typed.date-written", string_of(b, "date_written"),
            "anchor - 1 week?");
  /* absent values are absent, not null or "" */
  CHECK("json.typed.absent",
        !json_object_get(a, "date_written") &&
            !json_object_get(a, "description") &&
            !json_object_get(a, "quote") && !json_object_get(c, "start") &&
            json_object_get(c, "end") && !json_object_get(p, "year") &&
            !json_object_get(p, "date"));
  CHECK_STR("json.typed.actor", string_of(p, "actor_kind"), "other");
  /* a, b: causes, precedes and next between one pair: three keys */
  json_t *links = json_object_get(root, "links");
  size_t i, parallel = 0;
  json_t *link;
  bool keys_ok = true;
  json_array_foreach(links, i, link) {
    char want[32];
    snprintf(want, sizeof want, "e%zu", i);
    keys_ok &= string_of(link, "key") && !strcmp(string_of(link, "key"), want);
    parallel += !strcmp(string_of(link, "source"), "a") &&
                !strcmp(string_of(link, "target"), "b");
  }
  CHECK("json.typed.edge-keys", keys_ok && json_array_size(links) == 5);
  CHECK_INT("json.typed.parallel-edges", parallel, 3);
  CHECK_STR("json.typed.involves",
            string_of(json_array_get(links, 2), "relation"), "involves");

  /* graphology: the same values, nested under "attributes" */
  char *second = render(g, NULL, EVG_JSON_GRAPHOLOGY, &ok);
  json_t *gr = load(second, "json.graphology.valid");
  json_t *options = json_object_get(gr, "options");
  CHECK("json.graphology.options",
        !strcmp(string_of(options, "type"), "directed") &&
            json_is_true(json_object_get(options, "multi")) &&
            json_is_false(json_object_get(options, "allowSelfLoops")));
  json_t *plain = json_deep_copy(a);
  json_object_del(plain, "id");
  CHECK("json.graphology.node-attributes",
        json_equal(json_object_get(find_node(gr, "a"), "attributes"), plain));
  json_decref(plain);
  json_t *edge = json_array_get(json_object_get(gr, "edges"), 0);
  CHECK("json.graphology.edge",
        !strcmp(string_of(edge, "key"), "e0") &&
            !strcmp(string_of(edge, "source"), "a") &&
            !strcmp(string_of(json_object_get(edge, "attributes"), "relation"),
                    "causes"));
  CHECK("json.graphology.edges-not-links",
        json_object_get(gr, "links") == NULL &&
            json_array_size(json_object_get(gr, "edges")) == 5);

  /* the same graph twice: the same bytes */
  char *again = render(g, NULL, EVG_JSON_NODE_LINK, &ok);
  CHECK("json.deterministic", strcmp(text, again) == 0);
  CHECK("json.one-element-per-line",
        strstr(text, "\"nodes\":[\n{\"id\":\"a\",") != NULL &&
            strstr(text, "\n]}\n") != NULL);
  free(again);
  json_decref(gr);
  free(second);
  json_decref(root);
  free(text);
  evg_graph_free(g);
  evg_diags_free(d);
}

static void test_empty_graph(void) {
  evg_diags *d = evg_diags_new(0);
  evg_graph *g = evg_parse_events("", 0, "empty", d);
  for (int f = 0; f < 2; f++) {
    bool ok;
    char *text =
        render(g, NULL, f ? EVG_JSON_GRAPHOLOGY : EVG_JSON_NODE_LINK, &ok);
    json_t *root = load(text, f ? "json.empty.graphology" : "json.empty");
    CHECK("json.empty.arrays",
          ok && json_array_size(json_object_get(root, "nodes")) == 0 &&
              json_is_array(json_object_get(root, f ? "edges" : "links")));
    json_decref(root);
    free(text);
  }
  evg_graph_free(g);
  evg_diags_free(d);
}

/* A full disk is an error in the diagnostics, not a silent short file. */
static void test_write_error(void) {
  FILE *full = fopen("/dev/full", "w");
  if (!full) {
    printf("SKIP json.write-error: no /dev/full\n");
    return;
  }
  setvbuf(full, NULL, _IONBF, 0);
  evg_diags *d = evg_diags_new(0);
  evg_graph *g = evg_parse_events(typed, strlen(typed), "t.events", d);
  bool ok = evg_render_json(g, NULL, EVG_JSON_NODE_LINK, full, d);
  CHECK("json.write-error.fails", !ok);
  CHECK("json.write-error.reported",
        evg_diags_errors(d) == 1 &&
            strstr(evg_diags_get(d, evg_diags_count(d) - 1)->message, "JSON") !=
                NULL);
  fclose(full);
  evg_graph_free(g);
  evg_diags_free(d);
}

int main(void) {
  test_hostile_text();
  test_typed_values();
  test_empty_graph();
  test_write_error();
  UNIT_EXIT();
}
