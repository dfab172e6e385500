/* actor_paths: for each text given, one line per proposed event, the
 * event's byte span and, per actor, its name and the way it came to the
 * event (extract_actor_path_name: "subject", "object", "by",
 * "inherited-doer", ...).  A developer's tool, not a test: with
 * tests/actor_paths.py it counts each way's right and wrong actors
 * against the gold ("make actor-paths"; README "actorpaths").  Runs
 * the extraction as `evgraph extract` does without --anchor, asking it to
 * record the ways (evg_extract does not: no output holds them). */
#include "extract_internal.h"

#include <stdio.h>
#include <stdlib.h>

static void put_json_string(const char *s) {
  putchar('"');
  for (; *s; s++) {
    if (*s == '"' || *s == '\\')
      putchar('\\');
    if ((unsigned char)*s < 0x20)
      printf("\\u%04x", (unsigned char)*s);
    else
      putchar(*s);
  }
  putchar('"');
}

int main(int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    FILE *f = fopen(argv[i], "rb");
    if (!f) {
      perror(argv[i]);
      return 1;
    }
    char *text = NULL;
    size_t len = 0, cap = 0, n;
    char chunk[65536];
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
      if (len + n + 1 > cap) {
        cap = (len + n + 1) * 2;
        text = realloc(text, cap);
        if (!text)
          return 1;
      }
      memcpy(text + len, chunk, n);
      len += n;
    }
    fclose(f);
    if (!text)
      continue;
    text[len] = '\0';
    evg_diags *diags = evg_diags_new(10);
    /* on one thread: the same extraction as evg_extract's, whatever the
     * text's length (tests/test_extract_threads.c) */
    evg_extraction *x = extract_run(text, len, NULL, true, false, true, diags);
    for (size_t e = 0; x && e < x->event_count; e++) {
      const evg_extracted_event *ev = &x->events[e];
      printf("{\"file\":");
      put_json_string(argv[i]);
      printf(",\"start\":%zu,\"end\":%zu,\"actors\":[", ev->start, ev->end);
      for (size_t a = 0; a < ev->actor_count; a++) {
        const evg_extracted_actor *actor = &x->actors[ev->actors[a]];
        printf("%s{\"name\":", a ? "," : "");
        put_json_string(actor->name);
        printf(",\"kind\":");
        put_json_string(actor->kind);
        printf(",\"path\":\"%s\"}",
               extract_actor_path_name(x->actor_scopes[e].paths[a]));
      }
      printf("]}\n");
    }
    evg_extraction_free(x);
    evg_diags_free(diags);
    free(text);
  }
  return 0;
}
