/* replay.c: runs a fuzz target's LLVMFuzzerTestOneInput over files and
 * folders without libFuzzer, so that `make test` (gcc, no clang) checks the
 * seed corpus and every past finding in tests/fuzz/corpus/.  A broken
 * check aborts, which tests/run.sh counts as a failure. */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Runs one file; false when it cannot be read. */
static bool replay_file(const char *path) {
  FILE *in = fopen(path, "rb");
  if (!in)
    return false;
  char *data = NULL;
  size_t len = 0, cap = 0, n;
  do {
    if (len == cap) {
      cap = cap ? 2 * cap : 4096;
      char *grown = realloc(data, cap);
      if (!grown)
        abort();
      data = grown;
    }
    n = fread(data + len, 1, cap - len, in);
    len += n;
  } while (n > 0);
  bool ok = !ferror(in);
  fclose(in);
  if (ok) {
    /* an input of its exact size, as libFuzzer gives it, so that a read
     * one byte past the text's end is past the allocation (ASan sees it) */
    char *exact = malloc(len ? len : 1);
    if (!exact)
      abort();
    memcpy(exact, data, len);
    LLVMFuzzerTestOneInput((const uint8_t *)exact, len);
    free(exact);
  }
  free(data);
  return ok;
}

int main(int argc, char **argv) {
  size_t inputs = 0;
  for (int i = 1; i < argc; i++) {
    struct stat st;
    if (stat(argv[i], &st) != 0) {
      printf("FAIL replay: cannot read %s\n", argv[i]);
      return 1;
    }
    if (!S_ISDIR(st.st_mode)) {
      inputs += replay_file(argv[i]);
      continue;
    }
    DIR *dir = opendir(argv[i]);
    struct dirent *entry;
    while (dir && (entry = readdir(dir))) {
      if (entry->d_name[0] == '.')
        continue;
      char path[4096];
      snprintf(path, sizeof path, "%s/%s", argv[i], entry->d_name);
      if (!replay_file(path)) {
        printf("FAIL replay: cannot read %s\n", path);
        return 1;
      }
      inputs++;
    }
    if (dir)
      closedir(dir);
  }
  const char *name = strrchr(argv[0], '/');
  printf("%s %s: %zu inputs replayed\n", inputs ? "PASS" : "FAIL",
         name ? name + 1 : argv[0], inputs);
  return inputs ? 0 : 1;
}
