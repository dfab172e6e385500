/* test_render.c: the renderers through the library API: escaping and
 * sanitizing of hostile text, well-formed output, failure reporting. */
#define _GNU_SOURCE /* fopencookie, mallinfo2 */
#include "evgraph.h"
#include "render_cgraph.h"
#include "unit.h"

#include <malloc.h>
#include <math.h>

#include <fontconfig/fontconfig.h>
#include <libxml/parser.h>
#include <stdlib.h>
#include <string.h>

static char *render(const evg_graph *g, const evg_render_options *options,
                    const char *format, bool *ok) {
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
  else
    *ok = evg_render_image(g, options, format, out, d);
  fclose(out);
  evg_diags_free(d);
  return data;
}

static bool well_formed_xml(const char *text) {
  xmlDocPtr doc =
      xmlReadMemory(text, (int)strlen(text), "x.xml", NULL,
                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  bool ok = doc != NULL;
  xmlFreeDoc(doc);
  return ok;
}

static const char hostile[] =
    "title: A & B <c> \"d\" 'e'\n"
    "event x\n"
    "  date: 2025-01-27\n"
    "  label: </TD></TR><TR><TD>injected & \\N \\G \\l C:\\new ]]> <!-- \n"
    "  description: tab\there; quote \" end\n"
    "actor p\n"
    "  name: <b>Bold</b> & 梁\n";

/* U+FFFE and U+FFFF are valid UTF-8 but not XML characters (found by
 * tests/fuzz/fuzz_extract in TimeML, then by fuzz_events in a tag): the
 * events parser rejects them, and text that reaches a writer another way
 * (a title option) has them as U+FFFD. */
static void test_noncharacters(void) {
  static const char bad[] =
      "event x\n  date: 2025\n  label: a\xEF\xBF\xBF b\xEF\xBF\xBE\n";
  evg_diags *d = evg_diags_new(0);
  evg_graph *g = evg_parse_events(bad, strlen(bad), "n", d);
  CHECK("render.noncharacter.rejected", g == NULL && evg_diags_errors(d) == 1);
  evg_graph_free(g);
  evg_diags_free(d);
  d = evg_diags_new(0);
  static const char good[] = "event x\n  date: 2025\n  label: a b\n";
  g = evg_parse_events(good, strlen(good), "n", d);
  CHECK("render.noncharacter.parse", g != NULL);
  evg_render_options options = {.title = "a\xEF\xBF\xBF b\xEF\xBF\xBE"};
  bool ok = false;
  char *graphml = g ? render(g, &options, "graphml", &ok) : NULL;
  CHECK("render.noncharacter.graphml-well-formed",
        ok && graphml && well_formed_xml(graphml));
  CHECK("render.noncharacter.replaced",
        graphml && strstr(graphml, "a\xEF\xBF\xBD b\xEF\xBF\xBD") != NULL);
  free(graphml);
  evg_graph_free(g);
  evg_diags_free(d);
}

static void test_hostile_text(void) {
  evg_diags *d = evg_diags_new(0);
  evg_graph *g = evg_parse_events(hostile, strlen(hostile), "h", d);
  CHECK("render.hostile.parse", g != NULL);
  if (!g) {
    evg_diags_free(d);
    return;
  }
  bool ok;
  char *graphml = render(g, NULL, "graphml", &ok);
  CHECK("render.hostile.graphml-ok", ok);
  CHECK("render.hostile.graphml-well-formed", well_formed_xml(graphml));
  CHECK("render.hostile.graphml-escaped",
        strstr(graphml, "&lt;/TD&gt;&lt;/TR&gt;") != NULL);
  free(graphml);

  char *gexf = render(g, NULL, "gexf", &ok);
  CHECK("render.hostile.gexf-ok", ok);
  CHECK("render.hostile.gexf-well-formed", gexf && well_formed_xml(gexf));
  CHECK("render.hostile.gexf-escaped",
        gexf && strstr(gexf, "label=\"&lt;/TD&gt;&lt;/TR&gt;") != NULL);
  /* the tab of the description is kept, as a character reference */
  CHECK("render.hostile.gexf-tab",
        gexf &&
            strstr(gexf, "value=\"tab&#9;here; quote &quot; end\"") != NULL);
  CHECK("render.hostile.gexf-cjk", gexf && strstr(gexf, "&amp; 梁") != NULL);
  free(gexf);
  /* the yEd label is text too: no element of the headline survives */
  char *yed = render(g, NULL, "yed", &ok);
  CHECK("render.hostile.yed-ok", ok);
  CHECK("render.hostile.yed-well-formed", yed && well_formed_xml(yed));
  CHECK("render.hostile.yed-escaped",
        yed && strstr(yed, "27 Jan 2025\n&lt;/TD&gt;&lt;/TR&gt;") != NULL);
  free(yed);

  char *dot = render(g, NULL, "dot", &ok);
  CHECK("render.hostile.dot-ok", ok);
  /* backslashes doubled in the label: Graphviz would read \N, \l, \n */
  CHECK("render.hostile.dot-backslashes",
        strstr(dot, "\\\\N \\\\G \\\\l C:\\\\new") != NULL);
  free(dot);

  char *svg = render(g, NULL, "svg", &ok);
  CHECK("render.hostile.svg-ok", ok);
  CHECK("render.hostile.svg-well-formed", svg && well_formed_xml(svg));
  /* the label is text, not table markup: the literal survives escaped */
  CHECK("render.hostile.svg-text", svg && strstr(svg, "&lt;/TD&gt;") != NULL);
  /* backslash codes are drawn as written, not expanded to the node name */
  CHECK("render.hostile.svg-backslashes",
        svg && strstr(svg, "\\N \\G \\l C:\\new") != NULL);
  free(svg);

  /* A title with invalid UTF-8 and control bytes (e.g. from the command
   * line) is sanitized in every output. */
  evg_render_options options = {.title = "bad \xC3\x28 \x01 title"};
  graphml = render(g, &options, "graphml", &ok);
  CHECK("render.bad-title.graphml-ok", ok);
  CHECK("render.bad-title.graphml-well-formed", well_formed_xml(graphml));
  CHECK("render.bad-title.replaced",
        strstr(graphml, "bad \xEF\xBF\xBD( \xEF\xBF\xBD title") != NULL);
  free(graphml);
  gexf = render(g, &options, "gexf", &ok);
  CHECK("render.bad-title.gexf-ok", ok);
  CHECK("render.bad-title.gexf-well-formed", gexf && well_formed_xml(gexf));
  CHECK("render.bad-title.gexf-replaced",
        gexf && strstr(gexf, "<description>bad \xEF\xBF\xBD( \xEF\xBF\xBD "
                             "title</description>") != NULL);
  free(gexf);
  yed = render(g, &options, "yed", &ok);
  CHECK("render.bad-title.yed-ok", ok && well_formed_xml(yed));
  CHECK("render.bad-title.yed-replaced",
        strstr(yed, "bad \xEF\xBF\xBD( \xEF\xBF\xBD title") != NULL);
  free(yed);
  svg = render(g, &options, "svg", &ok);
  CHECK("render.bad-title.svg-ok", ok);
  CHECK("render.bad-title.svg-well-formed", svg && well_formed_xml(svg));
  free(svg);
  dot = render(g, &options, "dot", &ok);
  CHECK("render.bad-title.dot-ok", ok);
  CHECK("render.bad-title.dot-clean", strstr(dot, "\xC3\x28") == NULL);
  free(dot);

  char *png = render(g, NULL, "png", &ok);
  CHECK("render.png", ok && png && memcmp(png, "\x89PNG", 4) == 0);
  free(png);
  char *pdf = render(g, NULL, "pdf", &ok);
  CHECK("render.pdf", ok && pdf && memcmp(pdf, "%PDF", 4) == 0);
  free(pdf);
  char *bad = render(g, NULL, "jpeg-xl", &ok);
  CHECK("render.unknown-format-fails", !ok);
  free(bad);
  evg_graph_free(g);
  evg_diags_free(d);
}

static void test_empty_graph(void) {
  evg_diags *d = evg_diags_new(0);
  evg_graph *g = evg_parse_events("", 0, "empty", d);
  bool ok;
  char *svg = render(g, NULL, "svg", &ok);
  CHECK("render.empty.svg", ok && svg && well_formed_xml(svg));
  free(svg);
  char *graphml = render(g, NULL, "graphml", &ok);
  CHECK("render.empty.graphml", ok && well_formed_xml(graphml));
  free(graphml);
  char *yed = render(g, NULL, "yed", &ok);
  CHECK("render.empty.yed", ok && well_formed_xml(yed));
  free(yed);
  evg_graph_free(g);
  evg_diags_free(d);
}

static void test_outputs(void) {
  char dir[] = "/tmp/evg-outputs-XXXXXX";
  if (!mkdtemp(dir)) {
    CHECK("outputs.mkdtemp", false);
    return;
  }
  char path[256], other[256];
  snprintf(path, sizeof path, "%s/a.txt", dir);
  snprintf(other, sizeof other, "%s/b.txt", dir);
  evg_diags *d = evg_diags_new(0);
  /* a failed set leaves nothing behind */
  evg_outputs *o = evg_outputs_new();
  FILE *f = evg_outputs_open(o, path, d);
  CHECK("outputs.open", f != NULL);
  fputs("partial", f);
  evg_outputs_free(o);
  FILE *check = fopen(path, "r");
  CHECK("outputs.abandoned-not-created", check == NULL);
  if (check)
    fclose(check);
  /* a committed set appears whole */
  o = evg_outputs_new();
  fputs("one", evg_outputs_open(o, path, d));
  fputs("two", evg_outputs_open(o, other, d));
  CHECK("outputs.commit", evg_outputs_commit(o, d));
  evg_outputs_free(o);
  char buf[16] = "";
  check = fopen(other, "r");
  if (check) {
    if (!fgets(buf, sizeof buf, check))
      buf[0] = '\0';
    fclose(check);
  }
  CHECK_STR("outputs.content", buf, "two");
  /* a target folder that does not exist is an error, not a crash */
  char missing[300];
  snprintf(missing, sizeof missing, "%s/no/such/x", dir);
  o = evg_outputs_new();
  CHECK("outputs.missing-folder", evg_outputs_open(o, missing, d) == NULL);
  evg_outputs_free(o);
  CHECK("outputs.diag", evg_diags_errors(d) == 1);
  remove(path);
  remove(other);
  remove(dir);
  evg_diags_free(d);
}

static void test_layout_time_limit(void) {
  /* a layout past its time limit is stopped and reported, not waited for */
  size_t n = 4000, cap = n * 64 + 64, len = 0;
  char *text = malloc(cap);
  for (size_t i = 0; i < n; i++)
    len += (size_t)snprintf(text + len, cap - len,
                            "event e%zu\n  date: %zu-%02zu\n  label: L%zu\n", i,
                            1000 + i / 12, i % 12 + 1, i);
  evg_diags *d = evg_diags_new(0);
  evg_graph *g = evg_parse_events(text, len, "big", d);
  CHECK("render.limit.parse", g != NULL);
  if (g) {
    evg_render_options options = {.layout_seconds = 1};
    char *data = NULL;
    size_t size = 0;
    FILE *out = open_memstream(&data, &size);
    bool ok = evg_render_image(g, &options, "svg", out, d);
    fclose(out);
    /* above the graph layout's cap: refused up front, not laid out */
    CHECK("render.cap.fails", !ok);
    bool said = false;
    for (size_t i = 0; i < evg_diags_count(d); i++)
      said |= strstr(evg_diags_get(d, i)->message,
                     "4000 events are more than the graph layout draws") != 0;
    CHECK("render.cap.message", said);
    free(data);
    /* the yEd drawing comes from the same layout: under the cap, a layout
     * that fails is an error and nothing is written */
    /* as many events as are laid out, with headlines of 200 words that
     * take the layout about 40 s to measure and place (without the
     * limit) */
    size_t part_n = EVG_DRAWING_EVENTS_MAX, part_len = 0;
    char words[1600];
    size_t words_len = 0;
    for (int k = 0; k < 200; k++)
      words_len += (size_t)snprintf(words + words_len, sizeof words - words_len,
                                    " word%d", k);
    char *part_text = malloc(part_n * (100 + words_len) + 64);
    for (size_t i = 0; i < part_n; i++) {
      part_len +=
          (size_t)sprintf(part_text + part_len,
                          "event e%zu\n  date: %zu-%02zu\n  label: L%zu%s\n", i,
                          1000 + i / 12, i % 12 + 1, i, words);
      if (i + 37 < part_n)
        part_len += (size_t)sprintf(part_text + part_len,
                                    "  precedes: e%zu, e%zu, e%zu\n", i + 1,
                                    i + 12, i + 37);
    }
    evg_diags *part_diags = evg_diags_new(0);
    evg_graph *part = evg_parse_events(part_text, part_len, "part", part_diags);
    free(part_text);
    CHECK("render.limit.yed-under-the-cap",
          part && evg_graph_event_count(part) == EVG_DRAWING_EVENTS_MAX);
    data = NULL;
    out = open_memstream(&data, &size);
    ok = part && evg_render_yed(part, &options, out, part_diags);
    fclose(out);
    CHECK("render.limit.yed-fails", !ok);
    CHECK_INT("render.limit.yed-nothing-written", size, 0);
    said = false;
    for (size_t i = 0; i < evg_diags_count(part_diags); i++)
      said |= strstr(evg_diags_get(part_diags, i)->message,
                     "ran past 1 seconds") != 0;
    CHECK("render.limit.yed-message", said);
    free(data);
    /* the same graph as a picture: stopped at the limit and reported */
    data = NULL;
    out = open_memstream(&data, &size);
    ok = part && evg_render_image(part, &options, "svg", out, part_diags);
    fclose(out);
    CHECK("render.limit.fails", !ok);
    said = false;
    for (size_t i = 0; i < evg_diags_count(part_diags); i++)
      said |= strstr(evg_diags_get(part_diags, i)->message,
                     "svg: Graphviz's nop2 layout ran past 1 seconds") != 0;
    CHECK("render.limit.message", said);
    free(data);
    evg_graph_free(part);
    evg_diags_free(part_diags);
  }
  evg_graph_free(g);
  evg_diags_free(d);
  free(text);
}

static evg_graph *generated(size_t n, evg_diags *d) {
  size_t cap = n * 64 + 64, len = 0;
  char *text = malloc(cap);
  for (size_t i = 0; i < n; i++)
    len += (size_t)snprintf(text + len, cap - len,
                            "event e%zu\n  date: %zu-%02zu\n  label: L%zu\n", i,
                            1000 + i / 12, i % 12 + 1, i);
  evg_graph *g = evg_parse_events(text, len, "big", d);
  free(text);
  return g;
}

static evg_graph *related(size_t n, evg_diags *d) {
  evg_buf text = {0};
  int32_t first = evg_days_from_civil(1900, 1, 1);
  for (size_t i = 0; i < n; i++) {
    char day[32];
    evg_day_format_iso(first + 18 * (int32_t)i, day, sizeof day);
    evg_buf_printf(&text, "event e%zu\n  date: %s\n  label: Event %zu", i, day,
                   i);
    /* 200-word headlines: measuring and placing them keeps the layout
     * busy for seconds (about 12 s here) */
    for (int w = 0; w < 200; w++)
      evg_buf_printf(&text, " word%d", w);
    evg_buf_printf(&text, "\n");
    if (i + 41 < n)
      evg_buf_printf(&text, "  causes: e%zu, e%zu, e%zu\n", i + 7, i + 23,
                     i + 41);
  }
  evg_graph *g = evg_parse_events(text.data, text.len, "related", d);
  evg_buf_free(&text);
  return g;
}

static bool said(const evg_diags *d, evg_severity severity, const char *text) {
  for (size_t i = 0; i < evg_diags_count(d); i++)
    if (evg_diags_get(d, i)->severity == severity &&
        strstr(evg_diags_get(d, i)->message, text))
      return true;
  return false;
}

static char *render_gexf(const evg_graph *g, const evg_render_options *options,
                         evg_diags *d, bool *ok) {
  char *data = NULL;
  size_t size = 0;
  FILE *out = open_memstream(&data, &size);
  *ok = evg_render_gexf(g, options, out, d);
  fclose(out);
  return data;
}

static void test_gexf_limits(void) {
  /* above the cap: written whole, without positions, and said so */
  evg_diags *d = evg_diags_new(0);
  evg_graph *g = generated(EVG_DRAWING_EVENTS_MAX + 1, d);
  bool ok = false;
  char *gexf = g ? render_gexf(g, NULL, d, &ok) : NULL;
  CHECK("gexf.cap.ok", ok);
  CHECK("gexf.cap.warning",
        said(d, EVG_SEV_WARNING,
             "2001 events: more than 2000 to lay out; written without "
             "positions; the tool can lay it out itself"));
  CHECK("gexf.cap.no-positions", gexf && !strstr(gexf, "<position"));
  CHECK("gexf.cap.every-event", gexf && strstr(gexf, "<node id=\"e2000\"") &&
                                    strstr(gexf, "<nodes count=\"2001\">"));
  free(gexf);
  evg_graph_free(g);
  evg_diags_free(d);

  /* under the cap, a failed layout is an error and nothing is written:
   * relations across many years and long headlines make the layout take
   * far past 1 s */
  d = evg_diags_new(0);
  g = related(EVG_DRAWING_EVENTS_MAX - 100, d);
  evg_render_options options = {.layout_seconds = 1};
  gexf = g ? render_gexf(g, &options, d, &ok) : NULL;
  CHECK("gexf.layout-limit.fails", !ok);
  CHECK("gexf.layout-limit.nothing-written", gexf && !*gexf);
  CHECK("gexf.layout-limit.message",
        said(d, EVG_SEV_ERROR, "ran past 1 seconds"));
  free(gexf);
  evg_graph_free(g);
  evg_diags_free(d);

  /* 1 BCE (year 0) has no xs:date: left out of the time span, with a
   * warning; the start and end attributes keep it */
  static const char year_zero[] = "event z\n  date: 1 BCE\n  label: Z\n"
                                  "event b\n  date: -0001\n  label: B\n";
  d = evg_diags_new(0);
  g = evg_parse_events(year_zero, strlen(year_zero), "z", d);
  gexf = g ? render_gexf(g, NULL, d, &ok) : NULL;
  CHECK("gexf.year-zero.ok", ok);
  CHECK("gexf.year-zero.warning",
        said(d, EVG_SEV_WARNING, "2 event bounds fall in 1 BCE (year 0)"));
  CHECK("gexf.year-zero.left-out",
        gexf && strstr(gexf, "<node id=\"z\" label=\"Z\">"));
  CHECK("gexf.year-zero.kept",
        gexf && strstr(gexf, "for=\"start\" value=\"0000-01-01\""));
  CHECK("gexf.year-zero.bce-written",
        gexf && strstr(gexf, "start=\"-0001-01-01\" end=\"-0001-12-31\""));
  free(gexf);
  evg_graph_free(g);
  evg_diags_free(d);

  /* a period's bound in 1 BCE: the same, said of the period */
  static const char period_zero[] = "period p\n  label: P\n  from: 1 BCE\n"
                                    "  to: 0001\n"
                                    "event e\n  date: 0001\n  label: E\n";
  d = evg_diags_new(0);
  g = evg_parse_events(period_zero, strlen(period_zero), "p", d);
  gexf = g ? render_gexf(g, NULL, d, &ok) : NULL;
  CHECK("gexf.period-year-zero.ok", ok);
  CHECK("gexf.period-year-zero.warning",
        said(d, EVG_SEV_WARNING, "1 period bounds fall in 1 BCE (year 0)"));
  CHECK("gexf.period-year-zero.end-kept",
        gexf && strstr(gexf, "<node id=\"p\" label=\"P\" end=\"0001-12-31\">"));
  free(gexf);
  evg_graph_free(g);
  evg_diags_free(d);
}

/* WCAG 2 contrast of two #RRGGBB colours. */
static double luminance(const char *hex) {
  unsigned int rgb[3];
  sscanf(hex + 1, "%2x%2x%2x", &rgb[0], &rgb[1], &rgb[2]);
  double channel[3];
  for (int i = 0; i < 3; i++) {
    double c = rgb[i] / 255.0;
    channel[i] = c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
  }
  return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
}

static double contrast(const char *a, const char *b) {
  double x = luminance(a), y = luminance(b);
  return x > y ? (x + 0.05) / (y + 0.05) : (y + 0.05) / (x + 0.05);
}

static void test_theme_contrast(void) {
  static const char *const kinds[] = {"person",  "company",      "government",
                                      "media",   "organization", "institution",
                                      "country", "group",        "other"};
  static const char *const names[] = {"light", "dark", "print"};
  for (size_t t = 0; t < 3; t++) {
    const evg_theme *theme = evg_theme_named(names[t]);
    const char *grounds[] = {theme->background, theme->box_fill, theme->band_a,
                             theme->band_b};
    double worst = 99;
    for (size_t g = 0; g < 4; g++) {
      double c = contrast(theme->text, grounds[g]);
      worst = c < worst ? c : worst;
      c = contrast(theme->muted, grounds[g]);
      worst = c < worst ? c : worst;
      for (size_t k = 0; k < 9; k++) {
        c = contrast(evg_actor_text_color(kinds[k], theme), grounds[g]);
        worst = c < worst ? c : worst;
      }
    }
    char name[64];
    snprintf(name, sizeof name, "theme.%s.contrast-4.5", names[t]);
    UNIT_REPORT(worst >= 4.5, name, "lowest contrast %.2f", worst);
    /* period names: on the ground above the lanes (timeline) and on the
     * first band colour (yEd's period boxes) */
    worst = 99;
    for (size_t p = 0; p < 2; p++) {
      double c = contrast(theme->period[p], theme->background);
      worst = c < worst ? c : worst;
      c = contrast(theme->period[p], theme->band_a);
      worst = c < worst ? c : worst;
    }
    snprintf(name, sizeof name, "theme.%s.period-contrast-4.5", names[t]);
    UNIT_REPORT(worst >= 4.5, name, "lowest contrast %.2f", worst);
    /* --highlight: every text of an emphasised box on its tint, as the
     * look gives it (headline, date, actors of every kind) */
    evg_theme look = evg_theme_emphasised(theme);
    worst = contrast(look.text, look.box_fill);
    worst = fmin(worst, contrast(look.muted, look.box_fill));
    for (size_t k = 0; k < 9; k++)
      worst = fmin(worst, contrast(evg_actor_text_color(kinds[k], &look),
                                   look.box_fill));
    snprintf(name, sizeof name, "theme.%s.emphasised-contrast-4.5", names[t]);
    UNIT_REPORT(worst >= 4.5, name, "lowest contrast %.2f", worst);
    /* faded: one grey for all the text, still AA on its fill and on the
     * ground, but at most half the emphasised headline's contrast, so
     * that it recedes */
    evg_theme faded = evg_theme_faded(theme);
    bool one_grey = strcmp(faded.text, faded.muted) == 0;
    for (size_t k = 0; k < 9; k++)
      one_grey &=
          strcmp(evg_actor_text_color(kinds[k], &faded), faded.text) == 0;
    snprintf(name, sizeof name, "theme.%s.faded-one-grey", names[t]);
    CHECK(name, one_grey);
    double low = fmin(contrast(faded.text, faded.box_fill),
                      contrast(faded.text, theme->background));
    double high = contrast(look.text, look.box_fill);
    snprintf(name, sizeof name, "theme.%s.faded-contrast", names[t]);
    UNIT_REPORT(low >= 4.5 && low <= high / 2, name,
                "faded %.2f, emphasised headline %.2f", low, high);
  }
  CHECK("theme.unknown", evg_theme_named("neon") == NULL);
}

/* Labels wrap at spaces; a word longer than a line is cut after its last
 * hyphen that fits, else at the line's end. */
static void test_wrap(void) {
  static const struct {
    const char *text;
    size_t width;
    const char *want;
  } cases[] = {
      {"a new low-cost model", 10, "a new|low-cost|model"},
      {"an artificial-intelligence model", 22,
       "an|artificial-|intelligence model"},
      {"supercalifragilistic", 8, "supercal|ifragili|stic"},
      {"x-ray", 3, "x-|ray"},
      {"R&D <now>", 20, "R&amp;D &lt;now&gt;"},
  };
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    evg_buf out = {0};
    evg_html_wrap(&out, cases[k].text, cases[k].width, "|");
    CHECK_STR("render.wrap", out.data ? out.data : "", cases[k].want);
    evg_buf_free(&out);
  }
  /* the same lines as plain text, for the yEd labels: not escaped (libxml2
   * escapes), sanitized, tabs and line ends inside the text as spaces */
  evg_buf out = {0};
  evg_text_wrap(&out, "R&D <now>\tan artificial-intelligence \xC3( model", 22);
  CHECK_STR("render.text-wrap", out.data,
            "R&D <now> an\nartificial-\nintelligence \xEF\xBF\xBD( model");
  evg_buf_free(&out);
}

static bool boxes_overlap(const evg_box *a, const evg_box *b) {
  return fabs(a->x - b->x) * 2 < a->width + b->width - 0.5 &&
         fabs(a->y - b->y) * 2 < a->height + b->height - 0.5;
}

static bool box_inside(const evg_box *b, const evg_geometry *geo) {
  return b->width > 0 && b->height > 0 && b->x - b->width / 2 >= -0.5 &&
         b->y - b->height / 2 >= -0.5 &&
         b->x + b->width / 2 <= geo->width + 0.5 &&
         b->y + b->height / 2 <= geo->height + 0.5;
}

/* The geometry GEXF and yEd hand on: every event and actor placed inside
 * the drawing, no two boxes overlapping, actors under the events, the same
 * numbers every time. */
static void test_geometry(void) {
  size_t len = 0;
  char *text = NULL;
  FILE *in = fopen("data/deepseek-2025.events", "rb");
  CHECK("geometry.input", in != NULL);
  if (!in)
    return;
  FILE *memory = open_memstream(&text, &len);
  char chunk[4096];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, in)) > 0)
    fwrite(chunk, 1, n, memory);
  fclose(in);
  fclose(memory);
  evg_diags *d = evg_diags_new(0);
  evg_graph *g = evg_parse_events(text, len, "deepseek", d);
  free(text);
  CHECK("geometry.parse", g != NULL);
  if (!g) {
    evg_diags_free(d);
    return;
  }
  static const char *const layouts[] = {"graph", "timeline"};
  for (int k = 0; k < 2; k++) {
    evg_render_options options = {0};
    options.layout = layouts[k];
    evg_geometry geo, again;
    bool ok = evg_layout_geometry(g, &options, &geo, d);
    CHECK("geometry.layout", ok);
    if (!ok)
      continue;
    size_t events = evg_graph_event_count(g), actors = evg_graph_actor_count(g);
    bool placed = true, inside = true, apart = true, below = true;
    double lowest_event = 0;
    for (size_t i = 0; i < events; i++) {
      placed &= geo.placed[i];
      inside &= box_inside(&geo.events[i], &geo);
      double bottom = geo.events[i].y + geo.events[i].height / 2;
      if (bottom > lowest_event)
        lowest_event = bottom;
      for (size_t j = 0; j < i; j++)
        apart &= !boxes_overlap(&geo.events[i], &geo.events[j]);
    }
    for (size_t a = 0; a < actors; a++) {
      inside &= box_inside(&geo.actors[a], &geo);
      below &= geo.actors[a].y - geo.actors[a].height / 2 > lowest_event;
      for (size_t b = 0; b < a; b++)
        apart &= !boxes_overlap(&geo.actors[a], &geo.actors[b]);
    }
    CHECK("geometry.every-event-placed", placed);
    CHECK("geometry.inside-the-drawing", inside);
    CHECK("geometry.no-overlap", apart);
    CHECK("geometry.actors-below", below);
    CHECK("geometry.size", geo.width > 300 && geo.height > 200);
    ok = evg_layout_geometry(g, &options, &again, d);
    CHECK("geometry.deterministic",
          ok &&
              memcmp(geo.events, again.events, events * sizeof *geo.events) ==
                  0 &&
              memcmp(geo.actors, again.actors, actors * sizeof *geo.actors) ==
                  0);
    if (ok)
      evg_geometry_free(&again);
    evg_geometry_free(&geo);
  }
  for (size_t i = 0; i < evg_diags_count(d); i++)
    fprintf(stderr, "geometry: %s\n", evg_diags_get(d, i)->message);
  CHECK_INT("geometry.no-diagnostics", evg_diags_count(d), 0);
  evg_graph_free(g);
  evg_diags_free(d);
}

/* Renders `format` of g into a memory stream, keeping what it reports in
 * d. */
static bool render_into(const evg_graph *g, const evg_render_options *options,
                        const char *format, evg_diags *d) {
  char *data = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&data, &len);
  bool ok = strcmp(format, "dot") == 0 ? evg_render_dot(g, options, out, d)
            : strcmp(format, "graphml") == 0
                ? evg_render_graphml(g, options, out, d)
                : evg_render_image(g, options, format, out, d);
  fclose(out);
  free(data);
  return ok;
}

static size_t font_warnings(const evg_diags *d) {
  size_t n = 0;
  for (size_t i = 0; i < evg_diags_count(d); i++)
    n += evg_diags_get(d, i)->severity == EVG_SEV_WARNING &&
         strstr(evg_diags_get(d, i)->message, "no installed font") != NULL;
  return n;
}

/* Whether any installed font has code point cp (fontconfig, as a user's
 * fc-list ':charset=...' would say). */
static bool some_font_has(unsigned int cp) {
  FcPattern *pattern = FcPatternCreate();
  FcCharSet *set = FcCharSetCreate();
  FcCharSetAddChar(set, cp);
  FcPatternAddCharSet(pattern, FC_CHARSET, set);
  FcObjectSet *wanted = FcObjectSetBuild(FC_FAMILY, (char *)NULL);
  FcFontSet *fonts = FcFontList(NULL, pattern, wanted);
  bool found = fonts && fonts->nfont > 0;
  if (fonts)
    FcFontSetDestroy(fonts);
  FcObjectSetDestroy(wanted);
  FcCharSetDestroy(set);
  FcPatternDestroy(pattern);
  return found;
}

static evg_graph *parsed(const char *text, evg_diags *d) {
  return evg_parse_events(text, strlen(text), "fonts.events", d);
}

static void test_font_coverage(void) {
  /* the table of packages by Unicode block */
  CHECK_STR("fonts.package.cjk", evg_font_package(0x6881), "fonts-noto-cjk");
  CHECK_STR("fonts.package.hangul", evg_font_package(0xAC00), "fonts-noto-cjk");
  CHECK_STR("fonts.package.kana", evg_font_package(0x30A2), "fonts-noto-cjk");
  CHECK_STR("fonts.package.tibetan", evg_font_package(0x0F40),
            "fonts-noto-core");
  CHECK_STR("fonts.package.arabic", evg_font_package(0x0627),
            "fonts-noto-core");
  CHECK_STR("fonts.package.emoji", evg_font_package(0x1F970),
            "fonts-noto-color-emoji");
  CHECK_STR("fonts.package.arrows", evg_font_package(0x2192), "fonts-symbola");
  CHECK_STR("fonts.package.latin", evg_font_package(0x00E9),
            "fonts-dejavu-core");
  CHECK_STR("fonts.package.legend-square", evg_font_package(0x25A0),
            "fonts-dejavu-core");
  CHECK_STR("fonts.package.greek", evg_font_package(0x03B1), "fonts-noto-core");
  CHECK_STR("fonts.package.private-use", evg_font_package(0xE000), NULL);
  CHECK_STR("fonts.package.private-use-plane-15", evg_font_package(0xF0000),
            NULL);
  CHECK_STR("fonts.package.cjk-extension-b", evg_font_package(0x20000),
            "fonts-noto-cjk");
  CHECK_STR("fonts.package.last", evg_font_package(0x10FFFF), NULL);

  /* a private-use character (no font on a Debian machine has one) in a
   * headline: one warning for svg, png and pdf together, at the event,
   * naming it */
  evg_diags *d = evg_diags_new(0);
  evg_graph *g = parsed("title: Fonts\n"
                        "event plain\n  date: 2025-01-01\n  label: Plain\n"
                        "event pua\n  date: 2025-01-02\n"
                        "  label: A \xee\x80\x80 mark\n",
                        d);
  CHECK("fonts.pua.parse", g != NULL);
  CHECK("fonts.pua.no-font-has-it", !some_font_has(0xE000));
  if (g) {
    CHECK("fonts.pua.dot-ok", render_into(g, NULL, "dot", d));
    CHECK("fonts.pua.graphml-ok", render_into(g, NULL, "graphml", d));
    CHECK_INT("fonts.pua.not-for-dot-and-graphml", font_warnings(d), 0);
    CHECK("fonts.pua.svg-ok", render_into(g, NULL, "svg", d));
    CHECK_INT("fonts.pua.svg-warns", font_warnings(d), 1);
    CHECK("fonts.pua.png-ok", render_into(g, NULL, "png", d));
    CHECK("fonts.pua.pdf-ok", render_into(g, NULL, "pdf", d));
    CHECK_INT("fonts.pua.once-for-three-formats", font_warnings(d), 1);
    const evg_diag *w = NULL;
    for (size_t i = 0; i < evg_diags_count(d); i++)
      if (strstr(evg_diags_get(d, i)->message, "no installed font"))
        w = evg_diags_get(d, i);
    CHECK("fonts.pua.message",
          w && strstr(w->message, "no installed font has U+E000 (1 "
                                  "character, the first in event 'pua')"));
    CHECK("fonts.pua.why", w && strstr(w->message, "U+E000 is for private "
                                                   "use: no font package"));
    CHECK_STR("fonts.pua.file", w ? w->file : NULL, "fonts.events");
    CHECK_INT("fonts.pua.line", w ? w->line : 0, 5);
    char *text = w ? evg_diag_format(w) : NULL;
    CHECK("fonts.pua.diagnostic-form",
          text && strncmp(text,
                          "fonts.events:5:1: warning: no installed "
                          "font has U+E000",
                          52) == 0);
    free(text);
    CHECK_INT("fonts.pua.no-error", evg_diags_errors(d), 0);
  }
  evg_graph_free(g);
  evg_diags_free(d);

  /* many characters: the first five, a count, and a package for each;
   * plane 15's private use (OpenSymbol, which LibreOffice brings, has
   * U+E001...) */
  d = evg_diags_new(0);
  g = parsed("actor p\n  name: \xf3\xb0\x80\x81\xf3\xb0\x80\x82\n"
             "event e\n  date: 2025-01-02\n  actors: p\n"
             "  label: "
             "\xf3\xb0\x80\x80\xf3\xb0\x80\x81\xf3\xb0\x80\x83\xf3\xb0\x80\x84"
             "\xf3\xb0\x80\x85\xf3\xb0\x80\x86\xf3\xb0\x80\x80\n",
             d);
  CHECK("fonts.many.no-font-has-them",
        !some_font_has(0xF0000) && !some_font_has(0xF0006));
  if (g) {
    render_into(g, NULL, "svg", d);
    CHECK("fonts.many.first-five",
          said(d, EVG_SEV_WARNING,
               "no installed font has U+F0000, U+F0001, U+F0003, U+F0004, "
               "U+F0005 and 2 more (7 characters, the first in event 'e')"));
  }
  evg_graph_free(g);
  evg_diags_free(d);

  /* a script with a Debian font package that is not installed: the
   * package is named (skipped when this machine has a Tibetan font) */
  if (some_font_has(0x0F40)) {
    printf("SKIP fonts.tibetan: a font for U+0F40 is installed here\n");
  } else {
    d = evg_diags_new(0);
    g = parsed("event t\n  date: 2025-01-02\n"
               "  label: \xe0\xbd\x80\xe0\xbd\x81 and \xee\x80\x80\n",
               d);
    if (g)
      render_into(g, NULL, "png", d);
    CHECK("fonts.tibetan.package",
          said(d, EVG_SEV_WARNING,
               "Debian's fonts-noto-core covers U+0F40, U+0F41; U+E000 is for "
               "private use"));
    evg_graph_free(g);
    evg_diags_free(d);
  }

  /* Latin and CJK (the font make installs), invalid UTF-8 (drawn as
   * U+FFFD), joiners and variation selectors (drawn without a glyph): no
   * warning in any layout (bidi isolates such as U+2066 are parse errors
   * now, so none is in the label) */
  CHECK("fonts.cjk.installed", some_font_has(0x6881) && some_font_has(0xAC00));
  d = evg_diags_new(0);
  g = parsed("title: DeepSeek \xe2\x80\x94 \xe6\xa2\x81\xe6\x96\x87\n"
             "actor liang\n  name: \xe6\xa2\x81\xe6\x96\x87\xe9\x94\x8b "
             "(Liang Wenfeng)\n"
             "event r1\n  date: 2025-01-20~\n  actors: liang\n  tags: "
             "\xed\x95\x9c\xea\xb5\xad\n"
             "  label: R1 \xe5\x8f\x91\xe5\xb8\x83 Caf\xc3\xa9 "
             "\xe2\x80\x8d\xef\xb8\x8f\xe2\x80\x8b\xf3\xa0\x84\x80\n",
             d);
  CHECK("fonts.cjk.parse", g != NULL);
  if (g) {
    evg_render_options timeline = {
        .layout = "timeline", .lanes = "tag", .title = "bad \xff byte"};
    CHECK("fonts.cjk.svg-ok", render_into(g, NULL, "svg", d));
    CHECK("fonts.cjk.timeline-ok", render_into(g, &timeline, "png", d));
    CHECK_INT("fonts.cjk.no-warning", font_warnings(d), 0);
  }
  evg_graph_free(g);
  evg_diags_free(d);

  /* a family of --font that is not installed is named; generic names,
   * and installed ones in any case, are not; the graph layout draws with
   * the family asked for */
  d = evg_diags_new(0);
  g = parsed("event e\n  date: 2025-01-02\n  label: E\n", d);
  if (g) {
    evg_render_options missing = {.font = "No Such Family Evgraph, dejavu "
                                          "sans,Another Missing,sans-serif"};
    evg_render_options present = {.font = "DejaVu Serif, sans-serif"};
    render_into(g, &present, "svg", d);
    CHECK_INT("fonts.family.installed", evg_diags_count(d), 0);
    render_into(g, &missing, "svg", d);
    render_into(g, &missing, "png", d);
    CHECK_INT("fonts.family.once", evg_diags_count(d), 1);
    CHECK("fonts.family.missing",
          said(d, EVG_SEV_WARNING,
               "no installed font is of the families 'No Such Family "
               "Evgraph', 'Another Missing': the pictures are drawn with "
               "other fonts"));
    bool ok;
    char *svg = render(g, &present, "svg", &ok);
    CHECK("fonts.family.graph-layout-uses-it",
          ok && svg && strstr(svg, "font-family=\"DejaVu Serif,") &&
              !strstr(svg, "font-family=\"DejaVu Sans"));
    free(svg);
  }
  evg_graph_free(g);
  evg_diags_free(d);

  /* the tag lanes of a timeline are drawn, tags elsewhere are not */
  d = evg_diags_new(0);
  g = parsed("event e\n  date: 2025-01-02\n  label: E\n  tags: "
             "x\xee\x80\x80\n",
             d);
  if (g) {
    evg_render_options tags = {.layout = "timeline", .lanes = "tag"};
    render_into(g, NULL, "svg", d);
    CHECK_INT("fonts.tags.not-drawn-in-graph", font_warnings(d), 0);
    render_into(g, &tags, "svg", d);
    CHECK("fonts.tags.lane",
          said(d, EVG_SEV_WARNING, "the first in the tag lane of event 'e'"));
  }
  evg_graph_free(g);
  evg_diags_free(d);
}

/* The live heap (glibc's count) at the first byte agwrite writes, less
 * that before the render: cgraph then holds the whole graph, the peak of a
 * DOT render. */
typedef struct {
  size_t heap_before, heap_at_write;
  evg_buf text;
} heap_probe;

static size_t live_heap(void) {
  struct mallinfo2 info = mallinfo2();
  return info.uordblks + info.hblkhd;
}

static ssize_t probe_write(void *cookie, const char *data, size_t len) {
  heap_probe *probe = cookie;
  if (!probe->heap_at_write)
    probe->heap_at_write = live_heap() - probe->heap_before;
  evg_buf_append(&probe->text, data, len);
  return (ssize_t)len;
}

static heap_probe render_dot_probed(evg_graph *g, bool consume, bool *ok) {
  heap_probe probe = {0};
  cookie_io_functions_t io = {NULL, probe_write, NULL, NULL};
  FILE *out = fopencookie(&probe, "w", io);
  setvbuf(out, NULL, _IOFBF, 4096);
  evg_diags *d = evg_diags_new(0);
  probe.heap_before = live_heap(); /* the model included */
  *ok = consume ? evg_render_dot_consume(g, NULL, out, d)
                : evg_render_dot(g, NULL, out, d);
  fclose(out);
  evg_diags_free(d);
  return probe;
}

/* evg_render_dot_consume writes what evg_render_dot writes, and frees the
 * model before cgraph's graph is whole: at agwrite the heap has grown by
 * less than evg_render_dot's, by most of the model. */
static void test_dot_consume(void) {
  evg_buf text = {0};
  evg_buf_puts(&text, "title: T\nanchor: 2025-02-03\n");
  for (int a = 0; a < 50; a++)
    evg_buf_printf(&text, "actor a%d\n  name: Actor %d\n  kind: person\n\n", a,
                   a);
  enum { EVENTS = 4000 };
  for (int e = 0; e < EVENTS; e++) {
    evg_buf_printf(&text,
                   "event e%d\n  date: %d-%02d\n  label: Event %d with a "
                   "headline of some length\n  description: What happened "
                   "in event %d, told in a sentence or two of text.\n  "
                   "actors: a%d, a%d\n  tags: t%d\n",
                   e, 1990 + e % 30, 1 + e % 12, e, e, e % 50, (e + 7) % 50,
                   e % 9);
    if (e + 1 < EVENTS && e % 3 == 0)
      evg_buf_printf(&text, "  causes: e%d\n", e + 1);
    evg_buf_puts(&text, "\n");
  }
  evg_diags *d = evg_diags_new(0);
  size_t before = live_heap();
  evg_graph *kept = evg_parse_events(text.data, text.len, "gen.events", d);
  size_t model = live_heap() - before;
  evg_graph *taken = evg_parse_events(text.data, text.len, "gen.events", d);
  CHECK("dot consume: parsed", kept && taken);
  if (!kept || !taken)
    return;
  bool ok_kept, ok_taken;
  heap_probe plain = render_dot_probed(kept, false, &ok_kept);
  heap_probe consumed = render_dot_probed(taken, true, &ok_taken);
  CHECK("dot consume: both written", ok_kept && ok_taken);
  CHECK("dot consume: the same DOT",
        plain.text.len > 0 && plain.text.len == consumed.text.len &&
            memcmp(plain.text.data, consumed.text.data, plain.text.len) == 0);
  if (model < 100000) {
    /* ASan's or valgrind's allocator: glibc's counts do not see it */
    printf("SKIP dot consume: the model is gone at agwrite: glibc's heap "
           "counts see no model (%zu bytes: ASan's or valgrind's allocator)\n",
           model);
  } else {
    UNIT_REPORT(consumed.heap_at_write + model / 2 < plain.heap_at_write,
                "dot consume: the model is gone at agwrite",
                "model %zu bytes, heap at agwrite %zu (consume) vs %zu", model,
                consumed.heap_at_write, plain.heap_at_write);
  }
  evg_buf_free(&plain.text);
  evg_buf_free(&consumed.text);
  evg_graph_free(kept);
  evg_diags_free(d);
  evg_buf_free(&text);
}

int main(void) {
  test_wrap();
  test_geometry();
  test_hostile_text();
  test_noncharacters();
  test_empty_graph();
  test_dot_consume();
  test_outputs();
  test_layout_time_limit();
  test_gexf_limits();
  test_theme_contrast();
  test_font_coverage();
  evg_render_cleanup();
  xmlCleanupParser();
  UNIT_EXIT();
}
