/* extraction.c: the extraction a run of evg_extract gives, read through
 * its accessors (evgraph.h) and released with everything it owns; the
 * stages that fill it are extract.c's. */
#include "extract_internal.h"

#include <stdlib.h>

/* The events stage's scratch buffers (extract_internal.h). */
void extract_scratch_free(evg_extraction *x) {
  evg_buf_free(&x->label_text);
  evg_buf_free(&x->label_headline);
  evg_buf_free(&x->quote);
}

void evg_extraction_free(evg_extraction *x) {
  if (!x)
    return;
  extract_scratch_free(x);
  evg_timexes_free(x->timexes);
  free(x->events);
  free(x->more);
  free(x->actor_scopes);
  free(x->actors);
  evg_map_free(&x->actor_ids);
  evg_map_free(&x->family_names);
  evg_map_free(&x->cue_kinds);
  evg_map_free(&x->inner_names);
  evg_map_free(&x->lower_plurals);
  /* x->gazetteer: the process's index (extract_load_gazetteer) */
  evg_arena_free(&x->arena);
  free(x);
}

bool evg_extraction_anchor(const evg_extraction *x, evg_date *anchor) {
  if (x->has_anchor && anchor)
    *anchor = x->anchor;
  return x->has_anchor;
}

const evg_timexes *evg_extraction_timexes(const evg_extraction *x) {
  return x->timexes;
}

size_t evg_extraction_event_count(const evg_extraction *x) {
  return x->event_count;
}

const evg_extracted_event *evg_extraction_event(const evg_extraction *x,
                                                size_t index) {
  return index < x->event_count ? &x->events[index] : NULL;
}

size_t evg_extraction_actor_count(const evg_extraction *x) {
  return x->actor_count;
}

const evg_extracted_actor *evg_extraction_actor(const evg_extraction *x,
                                                size_t index) {
  return index < x->actor_count ? &x->actors[index] : NULL;
}
