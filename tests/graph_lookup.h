/* graph_lookup.h: lookups the unit tests make in a built graph. */
#ifndef EVG_GRAPH_LOOKUP_H
#define EVG_GRAPH_LOOKUP_H

#include "evgraph.h"

#include <string.h>

/* The event with this id, or NULL. */
static inline const evg_event *find_event(const evg_graph *g, const char *id) {
  for (size_t i = 0; i < evg_graph_event_count(g); i++)
    if (strcmp(evg_graph_event(g, i)->id, id) == 0)
      return evg_graph_event(g, i);
  return NULL;
}

/* How many edges carry this relation. */
static inline size_t count_edges(const evg_graph *g, evg_relation relation) {
  size_t n = 0;
  for (size_t i = 0; i < evg_graph_edge_count(g); i++)
    n += evg_graph_edge(g, i)->relation == relation;
  return n;
}

#endif
