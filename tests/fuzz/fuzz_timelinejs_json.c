/* fuzz_timelinejs_json.c: evg_parse_timelinejs_json, then the checks of
 * fuzz_timelinejs.h (-t timelinejs reads back to the same graph and
 * bytes; GraphML well-formed). */
#include "fuzz_timelinejs.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > FUZZ_MAX_INPUT)
    return 0;
  evg_diags *diags = evg_diags_new(0);
  evg_graph *graph =
      evg_parse_timelinejs_json((const char *)data, size, "fuzz.json", diags);
  fuzz_timelinejs_check((const char *)data, size, graph, diags);
  evg_graph_free(graph);
  evg_diags_free(diags);
  return 0;
}
