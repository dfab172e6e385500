/* extract_relations_checked.c: the relations proposed, checked once the
 * events are found: those the dates contradict and those that close a
 * cycle are dropped (an edge left out is better than a wrong one, or a
 * file that does not load), and the further relations kept are handed to
 * their events.  Called by extract.c's extract_run. */
#include "extract_internal.h"

#include <stdlib.h>
#include <string.h>

/* A proposed relation whose dates contradict it (an answer dated before
 * what it answers, an effect before its cause) is left out: the cue was
 * misread ("said on Thursday that it met regulators, in response to ..."
 * of a later event), and an edge left out is better than a wrong one.
 * Dates still relative to an anchor are not compared. */
static bool dated(const char *text, evg_date *date) {
  const char *error;
  size_t offset;
  return text && evg_date_parse(text, strlen(text), date, &error, &offset);
}

/* Relation k of x: event k's own for k below the event count, then the
 * further ones; its type (-1 once dropped) by pointer, to drop it. */
static int *relation_at(evg_extraction *x, size_t k, size_t *from,
                        size_t *target) {
  if (k < x->event_count) {
    *from = k;
    *target = x->events[k].target;
    return &x->events[k].relation;
  }
  extra_relation *extra = &x->extras[k - x->event_count];
  *from = extra->from;
  *target = extra->target;
  return &extra->relation;
}

static void drop_contradicted_relations(evg_extraction *x) {
  for (size_t k = 0; k < x->event_count + x->extra_count; k++) {
    size_t from, target;
    int *relation = relation_at(x, k, &from, &target);
    if (*relation != EVG_REL_RESPONDS_TO && *relation != EVG_REL_CAUSES)
      continue;
    evg_date here, there;
    if (!dated(x->events[from].date, &here) ||
        !dated(x->events[target].date, &there))
      continue;
    /* the later of the two must not end before the earlier starts */
    bool responds = *relation == EVG_REL_RESPONDS_TO;
    const evg_date *earlier = responds ? &there : &here;
    const evg_date *later = responds ? &here : &there;
    if (evg_date_has_end(later) && evg_date_has_start(earlier) &&
        later->end < earlier->start)
      *relation = -1;
  }
}

/* The edge relation k adds to the order the events file checks for
 * cycles (graph.c): causes and precedes run from its event to its target,
 * responds-to from the target to the event; part-of, in a graph of its
 * own, from the event to the whole.  False when k is not of that graph. */
static bool relation_edge(evg_extraction *x, size_t k, bool part_of,
                          size_t *tail, size_t *head) {
  size_t from, target;
  int r = *relation_at(x, k, &from, &target);
  if (r < 0 || target >= x->event_count || (r == EVG_REL_PART_OF) != part_of ||
      (!part_of && r != EVG_REL_CAUSES && r != EVG_REL_PRECEDES &&
       r != EVG_REL_RESPONDS_TO))
    return false;
  bool reversed = r == EVG_REL_RESPONDS_TO;
  *tail = reversed ? target : from;
  *head = reversed ? from : target;
  return true;
}

/* Drops each relation that closes a cycle ("X, two days after Y" read
 * twice over a garbled sentence can give Y precedes X and X precedes Y):
 * the events file refuses a cycle, and an edge left out is better than a
 * file that does not load.  One depth-first search over the relations,
 * dropping its back edges, leaves none; linear in the relations. */
static void drop_cyclic_relations(evg_extraction *x, bool part_of) {
  size_t n = x->event_count, m = n + x->extra_count;
  if (n == 0)
    return;
  /* the edges by tail: offsets[t] .. offsets[t + 1] in owners and heads */
  size_t *offsets = evg_xcalloc(n + 1, sizeof *offsets);
  size_t *owners = evg_xcalloc(m, sizeof *owners);
  size_t *heads = evg_xcalloc(m, sizeof *heads);
  size_t tail, head;
  for (size_t k = 0; k < m; k++)
    if (relation_edge(x, k, part_of, &tail, &head))
      offsets[tail + 1]++;
  for (size_t t = 0; t < n; t++)
    offsets[t + 1] += offsets[t];
  size_t *next = evg_xcalloc(n, sizeof *next); /* each tail's next edge */
  memcpy(next, offsets, n * sizeof *next);
  for (size_t k = 0; k < m; k++)
    if (relation_edge(x, k, part_of, &tail, &head)) {
      owners[next[tail]] = k;
      heads[next[tail]++] = head;
    }
  memcpy(next, offsets, n * sizeof *next);
  /* 0 unseen, 1 on the search's path, 2 done */
  unsigned char *state = evg_xcalloc(n, 1);
  size_t *path = evg_xcalloc(n, sizeof *path);
  for (size_t root = 0; root < n; root++) {
    if (state[root])
      continue;
    size_t depth = 0;
    path[depth++] = root;
    state[root] = 1;
    while (depth) {
      size_t v = path[depth - 1];
      if (next[v] == offsets[v + 1]) {
        state[v] = 2;
        depth--;
        continue;
      }
      size_t edge = next[v]++;
      if (state[heads[edge]] == 1) {
        size_t from, target; /* closes a cycle */
        *relation_at(x, owners[edge], &from, &target) = -1;
      } else if (state[heads[edge]] == 0) {
        state[heads[edge]] = 1;
        path[depth++] = heads[edge];
      }
    }
  }
  free(path);
  free(state);
  free(next);
  free(heads);
  free(owners);
  free(offsets);
}

void extract_drop_unsound_relations(evg_extraction *x) {
  drop_contradicted_relations(x);
  drop_cyclic_relations(x, false);
  drop_cyclic_relations(x, true);
}

/* Hands each event the further relations kept (those dropped left out),
 * grouped by event in the order found: a counting sort, linear.  An event
 * whose own relation was dropped takes its first further one. */
void extract_group_more_relations(evg_extraction *x) {
  size_t n = x->event_count, kept = 0;
  size_t *offsets = evg_xcalloc(n + 1, sizeof *offsets);
  for (size_t k = 0; k < x->extra_count; k++) {
    extra_relation *extra = &x->extras[k];
    if (extra->relation < 0)
      continue;
    evg_extracted_event *event = &x->events[extra->from];
    if (event->relation < 0) {
      event->relation = extra->relation;
      event->target = extra->target;
      extra->relation = -1;
      continue;
    }
    offsets[extra->from + 1]++;
    kept++;
  }
  for (size_t e = 0; e < n; e++)
    offsets[e + 1] += offsets[e];
  x->more = kept ? evg_xcalloc(kept, sizeof *x->more) : NULL;
  for (size_t e = 0; e < n; e++) {
    x->events[e].more_relations =
        offsets[e + 1] > offsets[e] ? x->more + offsets[e] : NULL;
    x->events[e].more_relation_count = 0;
  }
  for (size_t k = 0; k < x->extra_count; k++) {
    const extra_relation *extra = &x->extras[k];
    if (extra->relation < 0)
      continue;
    evg_extracted_event *event = &x->events[extra->from];
    x->more[offsets[extra->from] + event->more_relation_count++] =
        (evg_extracted_relation){extra->relation, extra->target};
  }
  free(offsets);
  free(x->extras);
  x->extras = NULL;
  x->extra_count = x->extra_cap = 0;
}
