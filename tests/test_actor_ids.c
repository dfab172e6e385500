/* test_actor_ids.c: an actor's id is the name in ASCII lower case
 * (src/extract_actor_table.c), whatever locale a program embedding the library
 * has set.  In a single-byte locale the C library's isalnum and tolower
 * answer otherwise: Turkish ISO-8859-9 lowers "I" to 0xFD (a dotless i)
 * and takes the bytes of UTF-8 letters (0xC3 of "É") for letters.  No
 * such locale is installed here (`locale -a`: C, C.utf8, POSIX), so the
 * test builds one with localedef into a folder of its own (LOCPATH). */
#define _GNU_SOURCE /* mkdtemp, setenv */
#include "evgraph.h"
#include "unit.h"

#include <ctype.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static const char text[] =
    "ISTANBUL, Turkey, March 3, 2024 \xe2\x80\x94 IBM Istanbul sued "
    "\xc3\x89mile Zola on March 3, 2024. Mr. Zola answered IBM Istanbul on "
    "March 5, 2024.\n";

/* The ids of the text's actors, joined by spaces, in `out`. */
static void actor_ids(char *out, size_t size) {
  evg_diags *diags = evg_diags_new(0);
  evg_extraction *x = evg_extract(text, sizeof text - 1, NULL, true, diags);
  size_t used = 0;
  out[0] = '\0';
  for (size_t i = 0; i < evg_extraction_actor_count(x); i++)
    used += (size_t)snprintf(out + used, size - used, "%s%s", i ? " " : "",
                             evg_extraction_actor(x, i)->id);
  evg_extraction_free(x);
  evg_diags_free(diags);
}

/* The whole extraction of a longer article (names, kinds, labels, dates)
 * as an events file, in `*out` (malloc'd); NULL when it cannot be read. */
static char *article_events(const char *path) {
  FILE *in = fopen(path, "rb");
  if (!in)
    return NULL;
  static char article[65536];
  size_t len = fread(article, 1, sizeof article - 1, in);
  fclose(in);
  char *out = NULL;
  size_t out_len = 0;
  FILE *mem = open_memstream(&out, &out_len);
  evg_diags *diags = evg_diags_new(0);
  evg_extraction *x = evg_extract(article, len, NULL, true, diags);
  evg_write_extraction(x, article, len, path, EVG_EXTRACT_EVENTS, mem, diags);
  evg_extraction_free(x);
  evg_diags_free(diags);
  fclose(mem);
  return out;
}

/* Makes the Turkish ISO-8859-9 locale in a new folder and sets LC_ALL to
 * it; false when localedef or its sources are missing. */
static bool set_turkish_locale(const char *dir) {
  char command[256];
  snprintf(command, sizeof command,
           "localedef -i tr_TR -f ISO-8859-9 %s/tr >/dev/null 2>&1", dir);
  if (system(command) != 0)
    return false;
  setenv("LOCPATH", dir, 1);
  return setlocale(LC_ALL, "tr") != NULL;
}

int main(void) {
  char in_c[512], in_turkish[512], dir[] = "/tmp/evg-locale-XXXXXX";
  actor_ids(in_c, sizeof in_c);
  /* an article with names in accented letters and a dotted capital */
  const char *article = "tests/events_test11/news-02-game-studio-layoffs.txt";
  char *events_c = article_events(article);
  CHECK("extraction: the article is read", events_c && *events_c);
  CHECK("actor ids: the C locale's",
        strstr(in_c, "ibm-istanbul") && strstr(in_c, "emile-zola"));
  bool folder = mkdtemp(dir) != NULL;
  if (folder && set_turkish_locale(dir)) {
    /* the library's own checks: a single-byte locale answers otherwise */
    CHECK("actor ids: the locale lowers I otherwise", tolower('I') != 'i');
    actor_ids(in_turkish, sizeof in_turkish);
    CHECK_STR("actor ids: the same in a Turkish locale", in_turkish, in_c);
    char *events_turkish = article_events(article);
    CHECK("extraction: the same events in a Turkish locale",
          events_c && events_turkish && strcmp(events_c, events_turkish) == 0);
    free(events_turkish);
    setlocale(LC_ALL, "C");
  } else {
    printf("SKIP actor ids in a Turkish locale: localedef could not make "
           "tr_TR.ISO-8859-9\n");
  }
  free(events_c);
  char command[300];
  snprintf(command, sizeof command, "rm -rf %s", dir);
  if (folder && system(command) != 0)
    return 1;
  UNIT_EXIT();
}
