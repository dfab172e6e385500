/* picture_deck.c: the story as a deck of slides (--deck), each a timeline
 * picture that meets the legibility floor (picture_timeline.c draws them,
 * render_image.c lays them out and renders them).
 *
 * - Every event's box is measured once at the floor, with the stubs it
 *   could need at most (its relations as if every related event were on
 *   another slide), so that a slide planned with these sizes still fits
 *   with the stubs it gets.
 * - The events, in time order, are cut into runs: from each start, the
 *   longest run that fits one slide (a galloping then binary search, each
 *   test a packing: O(k log k) for k events), then the cut within the
 *   second half of that run at the best place: a period's boundary first,
 *   then the widest gap in time, then the latest.  O(n log^2 n) in all.
 * - A relation between events on two slides is a stub in both boxes:
 *   "→ 27 Jan 2025: Nvidia sheds $590bn (slide 4)".
 * - Slide 1 is an overview: the whole axis, the periods, and each slide's
 *   stretch of time. */
#include "picture.h"

#include <stdlib.h>
#include <string.h>

/* Characters of a related headline in a stub, and stub lines per box
 * (past it the last line counts the rest and names their slides). */
#define STUB_HEADLINE 30
#define STUB_LINES 2
#define STUB_SLIDES_NAMED 4

struct evg_deck {
  const evg_graph *g;
  const evg_render_options *options;
  const char *title;
  const evg_theme *theme;
  GVC_t *gvc;
  size_t n;
  size_t *rank_of;     /* by event index */
  size_t *slide_of;    /* by rank */
  size_t *links;       /* relation edges by rank (see link_start) */
  size_t *link_start;  /* by rank, n + 1 */
  char **stubs;        /* by rank */
  size_t *slide_edges; /* edges within a slide, grouped by slide */
  evg_timeline_slide overview;
  evg_timeline_slide *slides;
  size_t slide_count;
  evg_arena arena; /* subtitles and numbers */
};

static bool drawn_relation(const evg_edge *edge) {
  return edge->relation != EVG_REL_INVOLVES && edge->relation != EVG_REL_NEXT;
}

static int32_t rank_day(const evg_graph *g, size_t rank) {
  return evg_date_first_known_day(&evg_graph_ranked_event(g, rank)->date);
}

/* The relations of each event, by rank: counted, then placed (O(edges)). */
static void index_links(evg_deck *deck) {
  const evg_graph *g = deck->g;
  size_t edges = evg_graph_edge_count(g);
  deck->link_start = evg_xcalloc(deck->n + 2, sizeof *deck->link_start);
  for (size_t i = 0; i < edges; i++) {
    const evg_edge *e = evg_graph_edge(g, i);
    if (!drawn_relation(e))
      continue;
    deck->link_start[deck->rank_of[e->from] + 2]++;
    deck->link_start[deck->rank_of[e->to] + 2]++;
  }
  for (size_t r = 2; r < deck->n + 2; r++)
    deck->link_start[r] += deck->link_start[r - 1];
  deck->links =
      evg_xmalloc((deck->link_start[deck->n + 1] + 1) * sizeof *deck->links);
  for (size_t i = 0; i < edges; i++) {
    const evg_edge *e = evg_graph_edge(g, i);
    if (!drawn_relation(e))
      continue;
    deck->links[deck->link_start[deck->rank_of[e->from] + 1]++] = i;
    deck->links[deck->link_start[deck->rank_of[e->to] + 1]++] = i;
  }
  /* link_start[r] is now where rank r's links begin */
}

/* The slide number of rank r as users count (the overview is 1), or the
 * widest number when the slides are not known yet (measuring). */
static size_t shown_slide(const evg_deck *deck, size_t rank) {
  return deck->slide_of ? deck->slide_of[rank] + 2 : deck->n + 1;
}

/* The stub rows of rank r: its relations to events on other slides (all
 * of them while the slides are not known). */
static char *stub_rows(const evg_deck *deck, size_t r) {
  const evg_graph *g = deck->g;
  size_t mine = deck->slide_of ? deck->slide_of[r] : (size_t)-1;
  size_t away = 0;
  for (size_t k = deck->link_start[r]; k < deck->link_start[r + 1]; k++) {
    const evg_edge *e = evg_graph_edge(g, deck->links[k]);
    size_t other = deck->rank_of[e->from] == r ? e->to : e->from;
    if (!deck->slide_of || deck->slide_of[deck->rank_of[other]] != mine)
      away++;
  }
  if (away == 0)
    return NULL;
  evg_buf rows = {0}, text = {0};
  size_t shown = 0, rest = 0, named = 0, last_named = 0;
  for (size_t k = deck->link_start[r]; k < deck->link_start[r + 1]; k++) {
    const evg_edge *e = evg_graph_edge(g, deck->links[k]);
    bool outgoing = deck->rank_of[e->from] == r;
    size_t other = outgoing ? e->to : e->from;
    size_t other_rank = deck->rank_of[other];
    if (deck->slide_of && deck->slide_of[other_rank] == mine)
      continue;
    size_t slide = shown_slide(deck, other_rank);
    if (shown + 1 < STUB_LINES ||
        (shown + 1 == STUB_LINES && away == shown + 1)) {
      const evg_event *target = evg_graph_event(g, other);
      char date[128];
      evg_date_format_human(&target->date, date, sizeof date);
      text.len = 0;
      evg_buf_printf(&text, "%s: ", date);
      size_t len = strlen(target->label), cut = 0, chars = 0;
      while (cut < len && chars < STUB_HEADLINE) {
        size_t step = evg_utf8_valid_len(
            (const unsigned char *)target->label + cut, len - cut);
        cut += step ? step : 1;
        chars++;
      }
      evg_buf_append(&text, target->label, cut);
      if (cut < len)
        evg_buf_puts(&text, "…");
      evg_buf_printf(&text, " (slide %zu)", slide);
      evg_buf_printf(&rows,
                     "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"11\" "
                     "COLOR=\"%s\"><FONT COLOR=\"%s\">%s</FONT> ",
                     deck->theme->muted, deck->theme->relation[e->relation],
                     outgoing ? "→" : "←");
      evg_html_escape(&rows, text.data, text.len);
      evg_buf_puts(&rows, "</FONT></TD></TR>");
      shown++;
      continue;
    }
    /* the last line: how many more, and on which slides */
    if (rest == 0) {
      text.len = 0;
      evg_buf_printf(&text, "%zu more relations: slide", away - shown);
    }
    rest++;
    if (named < STUB_SLIDES_NAMED && (named == 0 || slide != last_named)) {
      evg_buf_printf(&text, "%s %zu", named ? "," : "", slide);
      named++;
      last_named = slide;
    } else if (named == STUB_SLIDES_NAMED && slide != last_named) {
      evg_buf_puts(&text, " …");
      named++;
    }
  }
  if (rest) {
    evg_buf_printf(&rows,
                   "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"11\" "
                   "COLOR=\"%s\">",
                   deck->theme->muted);
    evg_html_escape(&rows, text.data, text.len);
    evg_buf_puts(&rows, "</FONT></TD></TR>");
  }
  evg_buf_free(&text);
  return rows.data;
}

static void make_stubs(evg_deck *deck) {
  for (size_t r = 0; r < deck->n; r++) {
    free(deck->stubs[r]);
    deck->stubs[r] = stub_rows(deck, r);
  }
}

/* ---- the cut ---- */

static int compare_days(const void *a, const void *b) {
  int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
  return x < y ? -1 : x > y;
}

/* Whether a period starts or ends (its day after) in (d0, d1]. */
static bool period_boundary(const int32_t *bounds, size_t count, int32_t d0,
                            int32_t d1) {
  size_t lo = 0, hi = count; /* the first bound > d0 */
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (bounds[mid] <= d0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < count && bounds[lo] <= d1;
}

/* The most events from rank `first` that fit one slide (at least 1). */
static size_t longest_fit(const evg_deck *deck, size_t first,
                          const evg_size *sizes, evg_size header) {
  size_t left = deck->n - first;
  size_t lo = 1, step = 1;
  while (lo < left) {
    size_t try = lo + step < left ? lo + step : left;
    if (!evg_timeline_fits(deck->g, deck->options, first, try, sizes + first,
                           header))
      break;
    lo = try;
    step *= 2;
  }
  size_t hi = lo + step < left ? lo + step : left; /* hi does not fit */
  if (hi == lo)
    return lo;
  hi--; /* the largest still untested */
  while (lo < hi) {
    size_t mid = lo + (hi - lo + 1) / 2;
    if (evg_timeline_fits(deck->g, deck->options, first, mid, sizes + first,
                          header))
      lo = mid;
    else
      hi = mid - 1;
  }
  return lo;
}

/* Slide runs: returns their number; starts[] gets each run's first rank. */
static size_t cut_slides(const evg_deck *deck, const evg_size *sizes,
                         evg_size header, size_t *starts) {
  const evg_graph *g = deck->g;
  size_t periods = evg_graph_period_count(g), bound_count = 0;
  int32_t *bounds = evg_xmalloc((2 * periods + 1) * sizeof *bounds);
  for (size_t p = 0; p < periods; p++) {
    evg_date span = evg_period_span(evg_graph_period(g, p));
    if (evg_date_has_start(&span))
      bounds[bound_count++] = evg_date_first_known_day(&span);
    if (evg_date_has_end(&span) && !evg_graph_period(g, p)->open_end)
      bounds[bound_count++] = evg_date_last_known_day(&span) + 1;
  }
  qsort(bounds, bound_count, sizeof *bounds, compare_days);
  size_t count = 0;
  for (size_t first = 0; first < deck->n;) {
    starts[count++] = first;
    size_t fit = longest_fit(deck, first, sizes, header);
    if (first + fit >= deck->n)
      break;
    /* the cut before rank c, for c in the second half of the run */
    size_t best = first + fit;
    int32_t best_gap = -1;
    bool best_bound = false;
    for (size_t c = first + (fit + 1) / 2; c <= first + fit; c++) {
      if (c == first)
        continue;
      int32_t d0 = rank_day(g, c - 1), d1 = rank_day(g, c);
      bool bound = period_boundary(bounds, bound_count, d0, d1);
      int32_t gap = d1 - d0;
      if ((bound && !best_bound) || (bound == best_bound && gap >= best_gap)) {
        best = c, best_gap = gap, best_bound = bound;
      }
    }
    first = best;
  }
  free(bounds);
  return count;
}

/* Rank -> slide for the runs starting at starts[0..count), and the stubs
 * that gives. */
static void assign_slides(evg_deck *deck, const size_t *starts, size_t count) {
  for (size_t k = 0; k < count; k++) {
    size_t end = k + 1 < count ? starts[k + 1] : deck->n;
    for (size_t r = starts[k]; r < end; r++)
      deck->slide_of[r] = k;
  }
  make_stubs(deck);
}

/* Measures every slide with its stubs; cuts each that does not fit (and
 * holds more than one event) at the widest gap of its middle half.
 * Returns whether it cut any; starts[] and *count then change. */
static bool split_crowded(evg_deck *deck, evg_size *sizes, size_t *starts,
                          size_t *count) {
  size_t old = *count, kept = 0;
  size_t *cuts = evg_xmalloc((old + 1) * sizeof *cuts);
  size_t cut_count = 0;
  for (size_t k = 0; k < old; k++) {
    size_t first = starts[k];
    size_t end = k + 1 < old ? starts[k + 1] : deck->n;
    evg_timeline_slide slide = {
        first, end - first, "a subtitle", NULL, deck->stubs + first, NULL, 0};
    evg_size header;
    evg_timeline_measure(deck->g, deck->options, deck->title, deck->theme,
                         deck->gvc, &slide, sizes + first, &header);
    if (slide.count < 2 ||
        evg_timeline_fits(deck->g, deck->options, first, slide.count,
                          sizes + first, header))
      continue;
    size_t best = first + slide.count / 2;
    int32_t best_gap = -1;
    for (size_t c = first + slide.count / 4 + 1;
         c <= first + 3 * slide.count / 4 && c < end; c++) {
      int32_t gap = rank_day(deck->g, c) - rank_day(deck->g, c - 1);
      if (gap > best_gap)
        best = c, best_gap = gap;
    }
    cuts[cut_count++] = best;
  }
  if (cut_count == 0) {
    free(cuts);
    return false;
  }
  /* merge the cuts into the starts (both ascending) */
  size_t *merged = evg_xmalloc((old + cut_count + 1) * sizeof *merged);
  size_t i = 0, j = 0;
  while (i < old || j < cut_count)
    merged[kept++] = j == cut_count || (i < old && starts[i] < cuts[j])
                         ? starts[i++]
                         : cuts[j++];
  memcpy(starts, merged, kept * sizeof *starts);
  *count = kept;
  free(merged);
  free(cuts);
  return true;
}

/* ---- the deck ---- */

static const char *deck_text(evg_deck *deck, const char *text) {
  return evg_arena_strndup(&deck->arena, text, strlen(text));
}

/* "c. Q2 1997 – Dec 2024 · Biden administration": the dates of the
 * slide's first and last events and the periods it overlaps. */
static const char *subtitle_of(evg_deck *deck, const evg_timeline_slide *s) {
  const evg_graph *g = deck->g;
  char a[128], b[128];
  const evg_event *head = evg_graph_ranked_event(g, s->first);
  const evg_event *tail = evg_graph_ranked_event(g, s->first + s->count - 1);
  evg_date_format_human(&head->date, a, sizeof a);
  evg_date_format_human(&tail->date, b, sizeof b);
  evg_buf text = {0};
  evg_buf_puts(&text, a);
  if (strcmp(a, b) != 0)
    evg_buf_printf(&text, " – %s", b);
  int32_t d0 = rank_day(g, s->first), d1 = rank_day(g, s->first + s->count - 1);
  size_t named = 0;
  for (size_t p = 0; p < evg_graph_period_count(g); p++) {
    const evg_period *period = evg_graph_period(g, p);
    evg_date span = evg_period_span(period);
    bool after_start =
        !evg_date_has_start(&span) || evg_date_first_known_day(&span) <= d1;
    bool before_end = period->open_end || !evg_date_has_end(&span) ||
                      evg_date_last_known_day(&span) >= d0;
    if (!after_start || !before_end)
      continue;
    if (named++ == 2) {
      evg_buf_puts(&text, " …");
      break;
    }
    evg_buf_printf(&text, "%s%s", named == 1 ? " · " : ", ", period->label);
  }
  const char *kept = deck_text(deck, text.data);
  evg_buf_free(&text);
  return kept;
}

evg_deck *evg_deck_plan(const evg_graph *g, const evg_render_options *options,
                        const char *title, const evg_theme *theme, GVC_t *gvc) {
  evg_deck *deck = evg_xcalloc(1, sizeof *deck);
  deck->g = g;
  deck->options = options;
  deck->title = title;
  deck->theme = theme;
  deck->gvc = gvc;
  size_t n = deck->n = evg_graph_event_count(g);
  deck->rank_of = evg_xmalloc((n + 1) * sizeof *deck->rank_of);
  for (size_t r = 0; r < n; r++)
    deck->rank_of[evg_graph_event_by_rank(g, r)] = r;
  deck->stubs = evg_xcalloc(n + 1, sizeof *deck->stubs);
  index_links(deck);
  /* the sizes with every stub an event could get */
  make_stubs(deck);
  evg_size *sizes = evg_xmalloc((n + 1) * sizeof *sizes);
  evg_size header = {0, 0};
  evg_timeline_slide all = {0, n, "a subtitle", NULL, deck->stubs, NULL, 0};
  evg_timeline_measure(g, options, title, theme, gvc, &all, sizes, &header);
  size_t *starts = evg_xmalloc((n + 1) * sizeof *starts);
  size_t count = n ? cut_slides(deck, sizes, header, starts) : 0;
  deck->slide_of = evg_xmalloc((n + 1) * sizeof *deck->slide_of);
  assign_slides(deck, starts, count);
  /* Measured with the stubs they got, the boxes are no larger, but the
   * packing is not monotone: a slide that no longer fits is cut in two,
   * until every slide fits (rare; each round measures every slide). */
  while (split_crowded(deck, sizes, starts, &count))
    assign_slides(deck, starts, count);
  free(sizes);
  deck->slide_count = count;
  deck->slides = evg_xcalloc(count + 1, sizeof *deck->slides);
  for (size_t k = 0; k < count; k++) {
    size_t end = k + 1 < count ? starts[k + 1] : n;
    deck->slides[k].first = starts[k];
    deck->slides[k].count = end - starts[k];
  }
  free(starts);
  /* the edges drawn on each slide */
  size_t edges = evg_graph_edge_count(g);
  size_t *at = evg_xcalloc(deck->slide_count + 2, sizeof *at);
  for (size_t i = 0; i < edges; i++) {
    const evg_edge *e = evg_graph_edge(g, i);
    size_t s = deck->slide_of[deck->rank_of[e->from]];
    if (drawn_relation(e) && s == deck->slide_of[deck->rank_of[e->to]])
      at[s + 1]++;
  }
  for (size_t k = 1; k <= deck->slide_count; k++)
    at[k] += at[k - 1];
  deck->slide_edges =
      evg_xmalloc((at[deck->slide_count] + 1) * sizeof *deck->slide_edges);
  for (size_t k = 0; k < deck->slide_count; k++) {
    deck->slides[k].edges = deck->slide_edges + at[k];
    deck->slides[k].edge_count = 0;
  }
  for (size_t i = 0; i < edges; i++) {
    const evg_edge *e = evg_graph_edge(g, i);
    size_t s = deck->slide_of[deck->rank_of[e->from]];
    if (drawn_relation(e) && s == deck->slide_of[deck->rank_of[e->to]])
      deck->slide_edges[at[s] + deck->slides[s].edge_count++] = i;
  }
  free(at);
  char text[160];
  size_t total = deck->slide_count + 1;
  for (size_t k = 0; k < deck->slide_count; k++) {
    evg_timeline_slide *s = &deck->slides[k];
    s->stubs = deck->stubs + s->first;
    s->subtitle = subtitle_of(deck, s);
    snprintf(text, sizeof text, "%zu / %zu", k + 2, total);
    s->number = deck_text(deck, text);
  }
  snprintf(text, sizeof text, "1 / %zu", total);
  deck->overview.number = deck_text(deck, text);
  if (deck->slide_count)
    snprintf(text, sizeof text, "Overview: %zu events on slides 2–%zu", n,
             total);
  else
    snprintf(text, sizeof text, "Overview: no events");
  deck->overview.subtitle = deck_text(deck, text);
  return deck;
}

size_t evg_deck_slide_count(const evg_deck *deck) {
  return deck->slide_count + 1;
}

Agraph_t *evg_deck_build(const evg_deck *deck, size_t k, GVC_t *gvc) {
  if (k == 0)
    return evg_build_timeline_overview(deck->g, deck->options, deck->title,
                                       deck->theme, gvc, &deck->overview,
                                       deck->slides, deck->slide_count);
  return evg_build_timeline_slide(deck->g, deck->options, deck->title,
                                  deck->theme, gvc, &deck->slides[k - 1]);
}

void evg_deck_free(evg_deck *deck) {
  if (!deck)
    return;
  for (size_t r = 0; r < deck->n; r++)
    free(deck->stubs[r]);
  free(deck->stubs);
  free(deck->rank_of);
  free(deck->slide_of);
  free(deck->links);
  free(deck->link_start);
  free(deck->slide_edges);
  free(deck->slides);
  evg_arena_free(&deck->arena);
  free(deck);
}
