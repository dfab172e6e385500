/* fuzz.h: what the libFuzzer targets share: the input cap, a check that
 * aborts (libFuzzer saves the input that made it fail), writers run into
 * memory, and quiet readers. */
#ifndef EVG_FUZZ_H
#define EVG_FUZZ_H

#define _POSIX_C_SOURCE 200809L
#include "evgraph.h"

#include <libxml/parser.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Larger inputs find nothing new and slow every run down. */
#define FUZZ_MAX_INPUT 65536

/* A broken promise of the library: say which, then abort so that
 * libFuzzer keeps the input as a crash file. */
#define FUZZ_REQUIRE(cond, ...)                                                \
  do {                                                                         \
    if (!(cond)) {                                                             \
      fprintf(stderr, "fuzz: %s:%d: %s: ", __FILE__, __LINE__, #cond);         \
      fprintf(stderr, __VA_ARGS__);                                            \
      fputc('\n', stderr);                                                     \
      abort();                                                                 \
    }                                                                          \
  } while (0)

/* An output written into memory: `data` is NUL-terminated, freed with
 * free(). */
typedef struct {
  char *data;
  size_t len;
  FILE *stream;
} fuzz_output;

static inline void fuzz_output_open(fuzz_output *out) {
  out->data = NULL;
  out->len = 0;
  out->stream = open_memstream(&out->data, &out->len);
  FUZZ_REQUIRE(out->stream != NULL, "open_memstream failed");
}

static inline void fuzz_output_close(fuzz_output *out) {
  FUZZ_REQUIRE(fclose(out->stream) == 0, "closing the memory stream failed");
  out->stream = NULL;
}

/* Every diagnostic formats (the CLI prints them all). */
static inline void fuzz_format_diags(const evg_diags *diags) {
  for (size_t i = 0; i < evg_diags_count(diags); i++) {
    char *text = evg_diag_format(evg_diags_get(diags, i));
    FUZZ_REQUIRE(text && *text, "diagnostic %zu did not format", i);
    free(text);
  }
}

/* Parses XML as a user's reader would (no network, no entities), without
 * printing; NULL when it is not well-formed. */
static inline xmlDocPtr fuzz_read_xml(const char *text, size_t len) {
  return xmlReadMemory(text, (int)len, "fuzz.xml", NULL,
                       XML_PARSE_NONET | XML_PARSE_NOERROR |
                           XML_PARSE_NOWARNING);
}

#endif
