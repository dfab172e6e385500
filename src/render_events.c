/* render_events.c: the model written back as an events file, which the
 * events parser reads to the same model (less positions).  `evgraph merge`
 * writes its result with it, and `-t events` any graph. */
#include "internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  FILE *out;
  evg_diags *diags;
  evg_buf clean;
  evg_buf line; /* a value put before `put` cleans it: tags, a note */
  bool failed;
} writer;

/* Writes `key: value` at `indent`, the value made one line.  A value that
 * had to change to fit is named in a warning; one that is empty after that
 * cannot be written (the parser wants a value) and is an error for
 * `required` keys, left out otherwise. */
static void put(writer *w, const char *indent, const char *key,
                const char *value, const char *owner, bool required) {
  if (!value)
    return;
  size_t len = strlen(value);
  evg_text_one_line(&w->clean, value, len);
  if (w->clean.len != len || memcmp(w->clean.data, value, len) != 0)
    evg_diags_add(w->diags, EVG_SEV_WARNING, NULL, 0, 0, 1, NULL,
                  "events: %s: the %s holds what an events file cannot "
                  "(line breaks, control characters, invalid UTF-8 or "
                  "surrounding spaces); written cleaned",
                  owner, key);
  if (w->clean.len == 0) {
    if (required) {
      evg_diags_add(w->diags, EVG_SEV_ERROR, NULL, 0, 0, 1, NULL,
                    "events: %s: the %s is empty once made one line", owner,
                    key);
      w->failed = true;
    }
    return;
  }
  fprintf(w->out, "%s%s: %s\n", indent, key, w->clean.data);
}

static void put_date(writer *w, const char *key, const evg_date *date) {
  char text[128];
  evg_date_format_iso(date, text, sizeof text);
  fprintf(w->out, "  %s: %s\n", key, text);
}

static void write_header(writer *w, const evg_graph *g) {
  put(w, "", "title", evg_graph_title(g), "the header", false);
  evg_date anchor;
  if (evg_graph_anchor(g, &anchor)) {
    char text[128];
    evg_date_format_iso(&anchor, text, sizeof text);
    fprintf(w->out, "anchor: %s\n", text);
  }
  put(w, "", "source", evg_graph_source(g), "the header", false);
}

static void write_actor(writer *w, const evg_actor *a) {
  char owner[300];
  snprintf(owner, sizeof owner, "actor '%s'", a->id);
  fprintf(w->out, "\nactor %s\n", a->id);
  put(w, "  ", "name", a->name, owner, false);
  put(w, "  ", "kind", a->kind, owner, false);
}

static void write_period(writer *w, const evg_period *p) {
  char owner[300];
  snprintf(owner, sizeof owner, "period '%s'", p->id);
  fprintf(w->out, "\nperiod %s\n", p->id);
  put(w, "  ", "label", p->label, owner, true);
  put_date(w, "from", &p->from);
  if (p->open_end)
    fprintf(w->out, "  to: ..\n");
  else
    put_date(w, "to", &p->to);
  put(w, "  ", "color", p->color, owner, false);
}

/* A comma-separated list line, when the list is not empty. */
static void put_list(writer *w, const char *key, const char *const *items,
                     size_t count) {
  if (!count)
    return;
  fprintf(w->out, "  %s: ", key);
  for (size_t i = 0; i < count; i++)
    fprintf(w->out, "%s%s", i ? ", " : "", items[i]);
  fputc('\n', w->out);
}

static void write_event(writer *w, const evg_graph *g, size_t index,
                        const evg_relations *r, const char **scratch) {
  const evg_event *e = evg_graph_event(g, index);
  char owner[300];
  snprintf(owner, sizeof owner, "event '%s'", e->id);
  fprintf(w->out, "\nevent %s\n", e->id);
  put_date(w, "date", &e->date);
  put(w, "  ", "label", e->label, owner, true);
  put(w, "  ", "description", e->description, owner, false);
  for (size_t a = 0; a < e->actor_count; a++)
    scratch[a] = evg_graph_actor(g, e->actors[a])->id;
  put_list(w, "actors", scratch, e->actor_count);
  if (e->tag_count) {
    /* put makes the line one line; a tag with a comma goes in quotes */
    w->line.len = 0;
    evg_buf_put_tags(&w->line, e->tags, e->tag_count);
    put(w, "  ", "tags", w->line.data, owner, false);
  }
  /* one line per run of one relation, so that the edges read back in
   * their order */
  for (size_t i = r->start[index]; i < r->start[index + 1];) {
    evg_relation relation = evg_graph_edge(g, r->edges[i])->relation;
    size_t count = 0;
    for (; i < r->start[index + 1] &&
           evg_graph_edge(g, r->edges[i])->relation == relation;
         i++)
      scratch[count++] =
          evg_graph_event(g, evg_graph_edge(g, r->edges[i])->to)->id;
    put_list(w, evg_relation_name(relation), scratch, count);
  }
  for (size_t c = 0; c < e->citation_count; c++) {
    const evg_citation *cite = &e->citations[c];
    /* the parser pairs a lone quote with a lone source before it (and a
     * lone source with a lone quote): such neighbours read back as one */
    if (c > 0 && (!cite->source != !e->citations[c - 1].source) &&
        (!cite->quote != !e->citations[c - 1].quote))
      evg_diags_add(w->diags, EVG_SEV_WARNING, NULL, 0, 0, 1, NULL,
                    "events: %s: citations %zu and %zu each lack the other's "
                    "half and read back as one pair",
                    owner, c, c + 1);
    /* after a lone quote a "source:" would complete it: a pair then
     * starts with its quote, which opens a citation of its own */
    bool quote_first = c > 0 && !e->citations[c - 1].source && cite->quote;
    if (quote_first)
      put(w, "  ", "quote", cite->quote, owner, false);
    put(w, "  ", "source", cite->source, owner, false);
    if (!quote_first)
      put(w, "  ", "quote", cite->quote, owner, false);
  }
  /* the file must not depend on an anchor or other events: the resolved
   * date is written, the written form kept as a note */
  if (e->date_derived && e->date_text) {
    w->line.len = 0;
    evg_buf_printf(&w->line, "date written as: %s", e->date_text);
    put(w, "  ", "note", w->line.data, owner, false);
  }
  for (size_t n = 0; n < e->note_count; n++)
    put(w, "  ", "note", e->notes[n], owner, false);
}

bool evg_render_events(const evg_graph *g, FILE *out, evg_diags *diags) {
  writer w = {out, diags, {0}, {0}, false};
  write_header(&w, g);
  for (size_t i = 0; i < evg_graph_actor_count(g); i++)
    write_actor(&w, evg_graph_actor(g, i));
  for (size_t i = 0; i < evg_graph_period_count(g); i++)
    write_period(&w, evg_graph_period(g, i));
  evg_relations r = evg_bucket_relations(g);
  /* names of one event's actors or relation targets */
  size_t most = evg_graph_actor_count(g) + evg_graph_edge_count(g) + 1;
  const char **scratch = evg_xmalloc(most * sizeof *scratch);
  for (size_t i = 0; i < evg_graph_event_count(g); i++)
    write_event(&w, g, i, &r, scratch);
  free(scratch);
  free(r.start);
  free(r.edges);
  evg_buf_free(&w.clean);
  evg_buf_free(&w.line);
  if (fflush(out) != 0 || ferror(out)) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 1, NULL,
                  "events: write error (%s)", strerror(errno));
    return false;
  }
  return !w.failed;
}
