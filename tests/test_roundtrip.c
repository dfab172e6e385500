/* test_roundtrip.c: every text of the model reads back equal from every
 * format (issue 11): DOT through cgraph's agmemread, GraphML, yEd's GraphML
 * and GEXF through libxml2, JSON through jansson, and the SVG of both layouts
 * is well-formed with each description as its event's tooltip. */
#define _POSIX_C_SOURCE 200809L
#include "evgraph.h"
#include "internal.h"
#include "unit.h"

#include <graphviz/cgraph.h>
#include <jansson.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

/* The hostile values; each one becomes an event's label, description,
 * quote and source (a 20 KB run of CJK or of one letter has no place where
 * agwrite breaks its line). */
static const char *const hostile_values[] = {
    "ends in a backslash\\",
    "ends in three\\\\\\",
    "a backslash before a quote \\\" and \\\\\" there",
    "\"quoted\" 'single' <b>bold</b> & &amp; &lt;",
    "references &#1; &#x1; &#8238; &#45; &nbsp; &bogus",
    "Graphviz escapes \\N \\G \\L \\E \\T \\H \\n \\l \\r C:\\new",
    "CDATA ]]> and <![CDATA[ x ]]",
    "]]",
    "]",
    "tab\tinside",
    "two  spaces -- and a comment <!-- x -->",
    "%s %n %% {} [] ; , = -> --",
};

static char *long_run(const char *unit, size_t bytes) {
  evg_buf buf = {0};
  while (buf.len < bytes)
    evg_buf_puts(&buf, unit);
  return buf.data;
}

static char *events_text(char **longs, size_t long_count) {
  evg_buf text = {0};
  evg_buf_puts(&text, "title: T \\N &#1; ]] ends\\\n"
                      "source: a source ending in a backslash\\\n"
                      "actor p\n  name: <b>P</b> & \\N \"q\\\n");
  size_t count = sizeof hostile_values / sizeof *hostile_values;
  for (size_t i = 0; i < count + long_count; i++) {
    const char *v = i < count ? hostile_values[i] : longs[i - count];
    evg_buf_printf(&text,
                   "event e%zu\n  date: 2025-01-%02zu\n  label: %s\n"
                   "  description: %s\n  quote: %s\n  source: %s\n",
                   i, i % 28 + 1, v, v, v, v);
    if (i == 0)
      evg_buf_puts(&text, "  actors: p\n");
  }
  return text.data;
}

static char *render(const evg_graph *g, const char *format,
                    const evg_render_options *options, bool *ok) {
  char *data = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&data, &len);
  evg_diags *d = evg_diags_new(0);
  if (strcmp(format, "dot") == 0)
    *ok = evg_render_dot(g, options, out, d);
  else if (strcmp(format, "graphml") == 0)
    *ok = evg_render_graphml(g, options, out, d);
  else if (strcmp(format, "gexf") == 0)
    *ok = evg_render_gexf(g, options, out, d);
  else if (strcmp(format, "yed") == 0)
    *ok = evg_render_yed(g, options, out, d);
  else if (strcmp(format, "json") == 0)
    *ok = evg_render_json(g, options, EVG_JSON_NODE_LINK, out, d);
  else
    *ok = evg_render_image(g, options, format, out, d);
  fclose(out);
  evg_diags_free(d);
  return data;
}

/* A DOT escString as the model's text: "\\" is one backslash. */
static char *unescape_dot(const char *value) {
  evg_buf out = {0};
  evg_buf_append(&out, "", 0);
  for (const char *s = value; *s; s++) {
    if (s[0] == '\\' && s[1] == '\\')
      s++;
    evg_buf_putc(&out, *s);
  }
  return out.data;
}

/* A DOT label as Graphviz draws it: "\\" a backslash, "\n" a line break,
 * "&amp;" an ampersand (cgraph decodes the other references). */
static char *unescape_label(const char *value) {
  evg_buf out = {0};
  evg_buf_append(&out, "", 0);
  for (const char *s = value; *s; s++) {
    if (s[0] == '\\' && (s[1] == '\\' || s[1] == 'n')) {
      evg_buf_putc(&out, s[1] == 'n' ? '\n' : '\\');
      s++;
    } else if (strncmp(s, "&amp;", 5) == 0) {
      evg_buf_putc(&out, '&');
      s += 4;
    } else {
      evg_buf_putc(&out, *s);
    }
  }
  return out.data;
}

/* The text a plain label or tooltip shows: tabs and line ends as spaces. */
static char *flattened(const char *text) {
  char *copy = evg_xstrndup(text, strlen(text));
  for (char *s = copy; *s; s++)
    if (*s == '\t' || *s == '\n' || *s == '\r')
      *s = ' ';
  return copy;
}

/* Graphviz writes the second of two spaces as U+00A0 (so that a browser
 * keeps it); a reader sees the same spacing. */
static void nbsp_as_space(xmlChar *text) {
  if (!text)
    return;
  char *out = (char *)text;
  for (const char *s = (const char *)text; *s; s++) {
    if ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0) {
      *out++ = ' ';
      s++;
    } else {
      *out++ = *s;
    }
  }
  *out = '\0';
}

static void test_dot(const evg_graph *g) {
  bool ok;
  char *dot = render(g, "dot", NULL, &ok);
  CHECK("roundtrip.dot.written", ok && dot);
  agseterr(AGMAX); /* a syntax error fails the check below, quietly */
  Agraph_t *back = dot ? agmemread(dot) : NULL;
  CHECK("roundtrip.dot.agread", back != NULL);
  if (!back) {
    free(dot);
    return;
  }
  size_t mismatches = 0, compared = 0;
  evg_buf storage = {0};
  for (size_t i = 0; i < evg_graph_event_count(g); i++) {
    const evg_event *e = evg_graph_event(g, i);
    Agnode_t *node = agnode(back, (char *)e->id, 0);
    if (!node) {
      mismatches++;
      continue;
    }
    evg_field fields[EVG_EVENT_FIELDS];
    size_t count = evg_event_fields(g, e, &storage, fields);
    for (size_t f = 0; f < count; f++) {
      /* an empty value is not written (it is the default) */
      char *value = agget(node, (char *)fields[f].name);
      char *text = unescape_dot(value ? value : "");
      bool same = strcmp(text, fields[f].value) == 0;
      if (!same && mismatches++ < 3)
        printf("  dot %s.%s: got \"%.60s\"\n", e->id, fields[f].name,
               text ? text : "(none)");
      compared++;
      free(text);
    }
    char human[128];
    evg_date_format_human(&e->date, human, sizeof human);
    evg_buf want = {0};
    evg_buf_printf(&want, "%s\n", human);
    char *flat = flattened(e->label);
    evg_buf_puts(&want, flat);
    free(flat);
    char *label = unescape_label(agget(node, (char *)"label"));
    if (strcmp(label, want.data) != 0 && mismatches++ < 3)
      printf("  dot %s.label: got \"%.60s\"\n", e->id, label);
    free(label);
    evg_buf_free(&want);
    char *file = unescape_dot(agget(node, (char *)"file"));
    mismatches += strcmp(file, e->pos.file) != 0;
    free(file);
  }
  evg_buf_free(&storage);
  CHECK("roundtrip.dot.every-field", compared > 100 && mismatches == 0);
  char *source = unescape_dot(agget(back, (char *)"source"));
  CHECK_STR("roundtrip.dot.header-source", source, evg_graph_source(g));
  free(source);
  char *title = unescape_label(agget(back, (char *)"label"));
  CHECK_STR("roundtrip.dot.title", title, evg_graph_title(g));
  free(title);
  Agnode_t *actor = agnode(back, (char *)"p", 0);
  char *name = actor ? unescape_label(agget(actor, (char *)"label")) : NULL;
  CHECK_STR("roundtrip.dot.actor-name", name, evg_graph_actor(g, 0)->name);
  free(name);
  /* no run between backslashes and quotes reaches the lexer's limit */
  size_t longest = 0;
  for (const char *s = dot; *s;) {
    size_t n = strcspn(s, "\\\"");
    longest = n > longest ? n : longest;
    s += n + (s[n] != '\0');
  }
  CHECK("roundtrip.dot.short-runs", longest < 16384);
  agclose(back);
  free(dot);
}

static xmlDocPtr read_xml(const char *text) {
  return text ? xmlReadMemory(text, (int)strlen(text), "x.xml", NULL,
                              XML_PARSE_NONET | XML_PARSE_NOERROR |
                                  XML_PARSE_NOWARNING)
              : NULL;
}

static bool named(xmlNodePtr n, const char *name) {
  return n->type == XML_ELEMENT_NODE &&
         strcmp((const char *)n->name, name) == 0;
}

/* Depth-first search for the element `name` whose attribute `attr` is
 * `value`. */
static xmlNodePtr find(xmlNodePtr n, const char *name, const char *attr,
                       const char *value) {
  for (; n; n = n->next) {
    if (named(n, name)) {
      xmlChar *v = xmlGetProp(n, (const xmlChar *)attr);
      bool hit = v && strcmp((const char *)v, value) == 0;
      xmlFree(v);
      if (hit)
        return n;
    }
    xmlNodePtr inner = find(n->children, name, attr, value);
    if (inner)
      return inner;
  }
  return NULL;
}

/* Compares every field of every event with the XML: GraphML's
 * <data key="NAME">, GEXF's <attvalue for="NAME" value=...>. */
static void test_xml(const evg_graph *g, const char *format) {
  bool ok;
  char *text = render(g, format, NULL, &ok);
  xmlDocPtr doc = read_xml(text);
  char name[64];
  snprintf(name, sizeof name, "roundtrip.%s.well-formed", format);
  CHECK(name, ok && doc != NULL);
  if (!doc) {
    free(text);
    return;
  }
  bool gexf = strcmp(format, "gexf") == 0;
  size_t mismatches = 0, compared = 0;
  evg_buf storage = {0};
  xmlNodePtr root = xmlDocGetRootElement(doc);
  for (size_t i = 0; i < evg_graph_event_count(g); i++) {
    const evg_event *e = evg_graph_event(g, i);
    xmlNodePtr node = find(root, "node", "id", e->id);
    evg_field fields[EVG_EVENT_FIELDS];
    size_t count = evg_event_fields(g, e, &storage, fields);
    for (size_t f = 0; f < count && node; f++) {
      xmlNodePtr data =
          gexf ? find(node->children, "attvalue", "for", fields[f].name)
               : find(node->children, "data", "key", fields[f].name);
      xmlChar *value = !data  ? NULL
                       : gexf ? xmlGetProp(data, (const xmlChar *)"value")
                              : xmlNodeGetContent(data);
      bool same = value ? strcmp((const char *)value, fields[f].value) == 0
                        : !*fields[f].value; /* empty: left out */
      if (!same && mismatches++ < 3)
        printf("  %s %s.%s: got \"%.60s\"\n", format, e->id, fields[f].name,
               value ? (const char *)value : "(none)");
      compared++;
      xmlFree(value);
    }
    xmlChar *label = NULL;
    if (node && gexf)
      label = xmlGetProp(node, (const xmlChar *)"label");
    else if (node)
      for (xmlNodePtr d = node->children; d && !label; d = d->next) {
        xmlChar *key =
            named(d, "data") ? xmlGetProp(d, (const xmlChar *)"key") : NULL;
        if (key && strcmp((const char *)key, "label") == 0)
          label = xmlNodeGetContent(d);
        xmlFree(key);
      }
    mismatches += !node || !label || strcmp((const char *)label, e->label);
    xmlFree(label);
  }
  evg_buf_free(&storage);
  snprintf(name, sizeof name, "roundtrip.%s.every-field", format);
  CHECK(name, compared > 100 && mismatches == 0);
  xmlFreeDoc(doc);
  free(text);
}

static void test_json(const evg_graph *g) {
  bool ok;
  char *text = render(g, "json", NULL, &ok);
  json_error_t error;
  json_t *doc = text ? json_loads(text, 0, &error) : NULL;
  CHECK("roundtrip.json.read", ok && doc != NULL);
  if (!doc) {
    free(text);
    return;
  }
  json_t *nodes = json_object_get(doc, "nodes");
  size_t mismatches = 0, compared = 0, index;
  json_t *node;
  json_array_foreach(nodes, index, node) {
    const char *id = json_string_value(json_object_get(node, "id"));
    const evg_event *e = NULL;
    for (size_t i = 0; i < evg_graph_event_count(g) && !e; i++)
      if (id && strcmp(evg_graph_event(g, i)->id, id) == 0)
        e = evg_graph_event(g, i);
    if (!e)
      continue;
    const char *names[] = {"label", "description", "quote", "source"};
    const char *want[] = {e->label, e->description, e->quote, e->source};
    for (size_t f = 0; f < 4; f++) {
      const char *got = json_string_value(json_object_get(node, names[f]));
      bool same = got && want[f] && strcmp(got, want[f]) == 0;
      if (!same && mismatches++ < 3)
        printf("  json %s.%s: got \"%.60s\"\n", id, names[f],
               got ? got : "(none)");
      compared++;
    }
  }
  CHECK("roundtrip.json.every-text",
        compared == 4 * evg_graph_event_count(g) && mismatches == 0);
  const char *source = json_string_value(
      json_object_get(json_object_get(doc, "graph"), "source_text"));
  CHECK_STR("roundtrip.json.header-source", source, evg_graph_source(g));
  json_decref(doc);
  free(text);
}

/* The SVG of each layout: well-formed, and each event's tooltip is its
 * description as text (no reference decoded, no \N expanded). */
static void test_svg(const evg_graph *g, const char *layout) {
  evg_render_options options = {.layout = layout};
  bool ok;
  char *text = render(g, "svg", &options, &ok);
  xmlDocPtr doc = read_xml(text);
  char name[64];
  snprintf(name, sizeof name, "roundtrip.svg-%s.well-formed", layout);
  CHECK(name, ok && doc != NULL);
  if (!doc) {
    free(text);
    return;
  }
  size_t mismatches = 0;
  for (size_t i = 0; i < evg_graph_event_count(g); i++) {
    const evg_event *e = evg_graph_event(g, i);
    char id[64];
    snprintf(id, sizeof id, "a_event-%s", e->id);
    xmlNodePtr group = find(xmlDocGetRootElement(doc), "g", "id", id);
    xmlChar *tip = NULL;
    for (xmlNodePtr a = group ? group->children : NULL; a && !tip; a = a->next)
      if (named(a, "a"))
        tip = xmlGetNsProp(a, (const xmlChar *)"title",
                           (const xmlChar *)"http://www.w3.org/1999/xlink");
    char *want = flattened(e->description);
    nbsp_as_space(tip);
    if ((!tip || strcmp((const char *)tip, want) != 0) && mismatches++ < 3)
      printf("  svg %s %s tooltip: got \"%.60s\"\n", layout, e->id,
             tip ? (const char *)tip : "(none)");
    free(want);
    xmlFree(tip);
  }
  snprintf(name, sizeof name, "roundtrip.svg-%s.tooltips", layout);
  CHECK(name, mismatches == 0);
  xmlFreeDoc(doc);
  free(text);
  /* the cairo renderers take the same labels */
  char *png = render(g, "png", &options, &ok);
  snprintf(name, sizeof name, "roundtrip.png-%s", layout);
  CHECK(name, ok && png && memcmp(png, "\x89PNG", 4) == 0);
  free(png);
}

int main(void) {
  char *longs[] = {long_run("x", 20000), long_run("漢", 20000),
                   long_run("a\\", 32000)};
  size_t long_count = sizeof longs / sizeof *longs;
  char *text = events_text(longs, long_count);
  evg_diags *d = evg_diags_new(0);
  evg_graph *g = evg_parse_events(text, strlen(text), "hostile.events", d);
  CHECK("roundtrip.parse", g != NULL);
  if (g) {
    test_dot(g);
    test_xml(g, "graphml");
    test_xml(g, "gexf");
    test_xml(g, "yed");
    test_json(g);
    test_svg(g, "graph");
    test_svg(g, "timeline");
    evg_graph_free(g);
  }
  for (size_t i = 0; i < long_count; i++)
    free(longs[i]);
  free(text);
  evg_diags_free(d);
  xmlCleanupParser();
  UNIT_EXIT();
}
