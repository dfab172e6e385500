/* test_extract_threads.c: on long texts evg_extract finds the mentions on
 * a thread of its own while it finds the events, then gives the events
 * their actors (src/extract.c).  The extraction must be the one the stages
 * give one after the other: the same events, actors, relations and bytes
 * written, in every format.  Run under ThreadSanitizer by `make tsan`. */
#define _GNU_SOURCE /* fopencookie, mallinfo2 */
#include "extract_internal.h"
#include "unit.h"

#include <jansson.h>
#include <malloc.h>
#include <pthread.h>
#include <stdlib.h>

static const char *const names[] = {
    "Halvorsen", "Okonkwo",  "Delacroix", "Brennan",   "Takahashi", "Moreau",
    "Lindqvist", "Castillo", "Novak",     "Abernathy", "Ferreira",  "Kowalski"};
static const char *const months[] = {"January", "March",     "May",
                                     "July",    "September", "November"};

/* Dated sentences of the kinds the events stage reads (causes, responses,
 * parts, pronoun subjects, subordinate clauses, datelines, when-frames,
 * passives with a verbless cause, counts from the clause before), and undated
 * past happenings that take the story's date (news: the dateline's day; a
 * `history`, without one: the year or a reach "within a day" of it, which the
 * events stage makes in its arena while the mentions stage fills x's), with
 * names the mentions stage finds, until the text has at least `size` bytes. */
static char *prose(size_t size, bool history, size_t *len) {
  evg_buf text = {0};
  if (!history)
    evg_buf_puts(&text, "OSLO, Norway, March 3, 2024 \xe2\x80\x94 Markets "
                        "opened late.\n\n");
  for (unsigned i = 0; text.len < size; i++) {
    const char *a = names[i % 12], *b = names[(i * 5 + 3) % 12],
               *c = names[(i * 7 + 1) % 12], *month = months[i % 6];
    unsigned day = 1 + i % 28, year = 1950 + i % 70;
    evg_buf_printf(&text,
                   "On %s %u, %u, %s Holdings bought a stake in %s Bank "
                   "after the board of %s Corp approved the deal. ",
                   month, day, year, a, b, c);
    evg_buf_printf(&text,
                   "Mr. %s announced the plan on %s %u, %u, and he said "
                   "the work would end in %u. ",
                   b, month, day, year, year + 1);
    evg_buf_printf(&text,
                   "The strike at %s Mills on %s %u, %u prompted a "
                   "sell-off at %s Corp, officials said. ",
                   c, month, day, year + 2, a);
    evg_buf_printf(&text,
                   "In response to the strike, %s Group raised wages on "
                   "%s %u, %u.\n\n",
                   b, month, day, year + 3);
    evg_buf_printf(&text,
                   "As part of the inquiry, the %s Agency ordered an audit "
                   "on %s %u, %u, but died in %u.\n\n",
                   a, month, day, year + 3, year + 4);
    evg_buf_printf(&text,
                   "In %s %u, %s Holdings sold its stake in %s Bank. The "
                   "board of %s Corp dismissed Anna %s. %s Group seized the "
                   "mills within a day.\n\n",
                   month, year + 5, c, a, b, c, a);
    evg_buf_printf(&text,
                   "The trouble began on %s %u, %u, when %s Corp pulled its "
                   "bid for %s Mills. The fire at %s Mills was sparked by a "
                   "lightning strike on %s %u, %u.\n\n",
                   month, day, year + 6, b, c, a, month, day, year + 6);
    /* a count from the clause before: the order its words state */
    evg_buf_printf(&text,
                   "%s Corp closed its plant on %s %u, %u and reopened it "
                   "three days later.\n\n",
                   c, month, day, year + 7);
  }
  *len = text.len;
  return text.data;
}

/* The extraction as written in `format`, in a new string. */
static char *written(const evg_extraction *x, const char *text, size_t len,
                     evg_extract_format format) {
  char *data = NULL;
  size_t size = 0;
  FILE *out = open_memstream(&data, &size);
  evg_diags *diags = evg_diags_new(0);
  if (out) {
    (void)evg_write_extraction(x, text, len, "prose.txt", format, out, diags);
    fclose(out);
  }
  evg_diags_free(diags);
  return data;
}

/* Whether the JSON Lines `json` hold x's event lines in order, each with
 * its id, label, quote, actors and start: the writer dumps batches of
 * them on two threads and must keep them whole and in order. */
static bool event_lines_in_order(const evg_extraction *x, const char *json) {
  size_t next = 0;
  for (const char *line = json; line && *line;) {
    const char *end = strchr(line, '\n');
    json_error_t error;
    json_t *o =
        json_loadb(line, end ? (size_t)(end - line) : strlen(line), 0, &error);
    line = end ? end + 1 : NULL;
    if (!o)
      return false;
    bool ok = true;
    if (strcmp(json_string_value(json_object_get(o, "type")), "event") == 0) {
      const evg_extracted_event *e = evg_extraction_event(x, next++);
      json_t *actors = json_object_get(o, "actors");
      ok = e &&
           strcmp(json_string_value(json_object_get(o, "id")), e->id) == 0 &&
           strcmp(json_string_value(json_object_get(o, "label")), e->label) ==
               0 &&
           strcmp(json_string_value(json_object_get(o, "quote")), e->quote) ==
               0 &&
           json_integer_value(
               json_object_get(json_object_get(o, "start"), "offset")) ==
               (json_int_t)e->start &&
           json_array_size(actors) == e->actor_count;
      for (size_t a = 0; ok && a < e->actor_count; a++)
        ok = strcmp(json_string_value(json_array_get(actors, a)),
                    evg_extraction_actor(x, e->actors[a])->id) == 0;
    }
    json_decref(o);
    if (!ok)
      return false;
  }
  return next == evg_extraction_event_count(x);
}

/* The events file written with the events' records put together on two
 * threads (extract_write_events), against the one written on one thread:
 * the same bytes, and every event's record once, in order. */
static void events_written_on_two_threads(const char *name,
                                          const evg_extraction *x,
                                          const char *text, size_t len) {
  char *data[2] = {NULL, NULL};
  size_t size[2] = {0, 0};
  for (int threaded = 0; threaded < 2; threaded++) {
    FILE *out = open_memstream(&data[threaded], &size[threaded]);
    if (out) {
      extract_write_events(x, text, len, "prose.txt", out, threaded);
      fclose(out);
    }
  }
  char label[96];
  snprintf(label, sizeof label, "%s: events file from two threads", name);
  CHECK(label, data[0] && data[1] && size[0] == size[1] &&
                   memcmp(data[0], data[1], size[0]) == 0);
  size_t next = 0, events = evg_extraction_event_count(x);
  for (const char *at = data[1]; at && (at = strstr(at, "\nevent ")); at++) {
    const char *id = at + 7;
    const char *want = next < events ? evg_extraction_event(x, next)->id : "";
    size_t n = strlen(want);
    if (strncmp(id, want, n) != 0 || id[n] != '\n')
      break;
    next++;
  }
  snprintf(label, sizeof label, "%s: every event's record once, in order",
           name);
  CHECK_INT(label, next, events);
  free(data[0]);
  free(data[1]);
}

/* The heap in use (glibc's count: small blocks and mmap'd ones), or 0
 * where another allocator stands in (ThreadSanitizer's). */
static size_t heap_in_use(void) {
  struct mallinfo2 m = mallinfo2();
  return m.uordblks + m.hblkhd;
}

/* A stream that counts the bytes written to it and, at each write, the
 * most heap in use above what was in use before. */
typedef struct {
  size_t bytes, before, most_held;
} counted_output;

static ssize_t count_write(void *cookie, const char *data, size_t size) {
  (void)data;
  counted_output *c = cookie;
  size_t now = heap_in_use();
  if (now > c->before && now - c->before > c->most_held)
    c->most_held = now - c->before;
  c->bytes += size;
  return (ssize_t)size;
}

/* The writers of the events file and of the JSON Lines, on two threads,
 * hold a few batches at a time, not the later events' records until the
 * first ones are written: at any write, the heap held above what was in
 * use before is under a quarter of the output (about a twentieth with a
 * ring of batches, two thirds when the second thread kept its records
 * until the first was done). */
static void writers_hold_few_batches(const evg_extraction *x, const char *text,
                                     size_t len) {
  for (int json = 0; json < 2; json++) {
    counted_output c = {0};
    cookie_io_functions_t io = {.write = count_write};
    FILE *out = fopencookie(&c, "w", io);
    if (!out) {
      CHECK("a counting stream", false);
      return;
    }
    c.before = heap_in_use();
    evg_diags *diags = evg_diags_new(0);
    if (json)
      evg_write_extraction(x, text, len, "prose.txt", EVG_EXTRACT_JSON, out,
                           diags);
    else
      extract_write_events(x, text, len, "prose.txt", out, true);
    fclose(out);
    evg_diags_free(diags);
    char label[96];
    snprintf(label, sizeof label,
             "%s writer: %zu bytes held at most for %zu written",
             json ? "JSON" : "events", c.most_held, c.bytes);
    CHECK(label, c.bytes > 1000000 && c.most_held < c.bytes / 4);
  }
}

/* Compares the two extractions of one text; the threaded one is `got`. */
static void same_extraction(const char *name, const evg_extraction *got,
                            const evg_extraction *want, const char *text,
                            size_t len) {
  char label[96];
  size_t events = evg_extraction_event_count(want);
  snprintf(label, sizeof label, "%s: event count", name);
  CHECK_INT(label, evg_extraction_event_count(got), events);
  snprintf(label, sizeof label, "%s: actor count", name);
  CHECK_INT(label, evg_extraction_actor_count(got),
            evg_extraction_actor_count(want));
  size_t differ = 0, with_actors = 0, related = 0, undated = 0, reach = 0,
         sequels = 0;
  for (size_t e = 0; e < events && e < evg_extraction_event_count(got); e++) {
    const evg_extracted_event *g = evg_extraction_event(got, e);
    const evg_extracted_event *w = evg_extraction_event(want, e);
    bool same =
        g->actor_count == w->actor_count && g->relation == w->relation &&
        (w->relation < 0 || g->target == w->target) &&
        strcmp(g->label, w->label) == 0 && strcmp(g->date, w->date) == 0;
    for (size_t a = 0; same && a < w->actor_count; a++)
      same = g->actors[a] == w->actors[a];
    differ += !same;
    with_actors += w->actor_count > 0;
    related += w->relation >= 0;
    sequels += w->relation == EVG_REL_PRECEDES;
    /* the undated sentences' events, with their actors attached */
    undated += strstr(w->label, "dismissed Anna") && w->actor_count >= 2;
    reach += strstr(w->quote, "within a day") && w->actor_count >= 1;
  }
  snprintf(label, sizeof label, "%s: events with the same actors", name);
  CHECK_INT(label, differ, 0);
  static const evg_extract_format formats[] = {
      EVG_EXTRACT_EVENTS, EVG_EXTRACT_JSON, EVG_EXTRACT_TIMEML};
  for (size_t f = 0; f < 3; f++) {
    char *g = written(got, text, len, formats[f]);
    char *w = written(want, text, len, formats[f]);
    snprintf(label, sizeof label, "%s: the same bytes written (format %zu)",
             name, f);
    CHECK(label, g && w && strcmp(g, w) == 0);
    if (formats[f] == EVG_EXTRACT_JSON) {
      snprintf(label, sizeof label, "%s: JSON event lines whole, in order",
               name);
      CHECK(label, g && event_lines_in_order(got, g));
    }
    free(g);
    free(w);
  }
  events_written_on_two_threads(name, got, text, len);
  /* a text that names no actor or relation would test nothing */
  if (strcmp(name, "empty") != 0) {
    snprintf(label, sizeof label, "%s: events name actors", name);
    CHECK(label, with_actors * 2 > events);
    snprintf(label, sizeof label, "%s: events are related", name);
    CHECK(label, related * 10 > events);
    snprintf(label, sizeof label, "%s: counts from the clause before", name);
    CHECK(label, sequels * 20 > events);
    snprintf(label, sizeof label, "%s: undated happenings at the story's time",
             name);
    CHECK(label, undated > 0 && reach > 0);
  }
}

/* `anchored`: the text's date given, as --anchor does (the text is news);
 * else the text's own. */
static void compare(const char *name, const char *text, size_t len,
                    bool anchored) {
  evg_date anchor;
  const char *error;
  size_t offset;
  (void)evg_date_parse("2025-02-03", 10, &anchor, &error, &offset);
  const evg_date *given = anchored ? &anchor : NULL;
  evg_diags *diags = evg_diags_new(0);
  evg_extraction *one_after_other =
      extract_run(text, len, given, true, false, false, diags);
  evg_extraction *threaded =
      extract_run(text, len, given, true, true, false, diags);
  same_extraction(name, threaded, one_after_other, text, len);
  evg_extraction_free(one_after_other);
  evg_extraction_free(threaded);
  evg_diags_free(diags);
}

/* The tagger on a thread of its own, as extract_run starts it. */
typedef struct {
  evg_timexes *list;
  const char *text;
  size_t len;
  const evg_date *anchor;
} tag_job;

static void *tag(void *arg) {
  tag_job *job = arg;
  evg_tag_into(job->list, job->text, job->len, job->anchor);
  return NULL;
}

/* The events stage reads the timexes while the tagger still adds them:
 * after evg_timexes_wait(offset), every timex that starts before offset is
 * counted and whole (the same as in the list tagged alone), and the ones
 * read before stay where they were.  The reader starts at once, so without
 * the wait it would find the list short while the tagger tokenizes. */
static void tagging_read_as_it_goes(const char *text, size_t len) {
  evg_date anchor;
  const char *error;
  size_t offset;
  (void)evg_date_parse("2025-02-03", 10, &anchor, &error, &offset);
  evg_timexes *alone = evg_tag_text(text, len, &anchor);
  size_t total = evg_timexes_count(alone);
  evg_timexes *list = evg_timexes_new();
  tag_job job = {list, text, len, &anchor};
  pthread_t thread;
  bool started = pthread_create(&thread, NULL, tag, &job) == 0;
  CHECK("tagger thread started", started);
  if (!started) {
    evg_timexes_free(list);
    evg_timexes_free(alone);
    return;
  }
  size_t differ = 0, short_counts = 0, moved = 0, read = 0, waits = 0;
  const evg_timex *first = NULL;
  for (size_t upto = 1000; upto < len + 1000; upto += 1000, waits++) {
    evg_timexes_wait(list, upto);
    size_t count = evg_timexes_count(list);
    /* every timex of the list tagged alone that starts before upto */
    while (read < total && evg_timexes_get(alone, read)->start < upto) {
      const evg_timex *want = evg_timexes_get(alone, read);
      const evg_timex *got = evg_timexes_get(list, read);
      if (read >= count || !got) {
        short_counts++;
        break;
      }
      differ += got->start != want->start || got->end != want->end ||
                strcmp(got->value, want->value) != 0 ||
                got->has_date != want->has_date;
      read++;
    }
    if (!first && count > 0)
      first = evg_timexes_get(list, 0);
    moved += first && evg_timexes_get(list, 0) != first;
  }
  pthread_join(thread, NULL);
  CHECK_INT("tagging read as it goes: timexes counted after the wait",
            short_counts, 0);
  CHECK_INT("tagging read as it goes: the same timexes", differ, 0);
  CHECK_INT("tagging read as it goes: timexes never move", moved, 0);
  CHECK_INT("tagging read as it goes: all read", read, total);
  CHECK_INT("tagging read as it goes: the same count at the end",
            evg_timexes_count(list), total);
  CHECK("tagging read as it goes: a text with many timexes",
        total > 10000 && waits > 1000);
  evg_timexes_free(list);
  evg_timexes_free(alone);
}

/* An extraction with the text tagged, as the mentions stage starts from. */
static evg_extraction *tagged(const char *text, size_t len) {
  evg_extraction *x = evg_xcalloc(1, sizeof *x);
  extract_load_gazetteer(x);
  x->timexes = evg_timexes_new();
  evg_tag_into(x->timexes, text, len, NULL);
  return x;
}

static void *help(void *arg) {
  extract_help_find_mentions(arg);
  return NULL;
}

/* The mentions stage's names found in chunks, some of them by a helping
 * thread (started first, so that it takes chunks from the back as soon
 * as they are made): the same mentions and actors, in the same order, as
 * found on one thread, and the helper found some. */
static void mentions_found_with_help(const char *text, size_t len) {
  size_t sentence_count, alone_count, helped_count;
  range *sentences = extract_split_sentences(text, len, &sentence_count);
  evg_extraction *one = tagged(text, len), *two = tagged(text, len);
  mention *alone = extract_find_mentions(one, text, len, sentences,
                                         sentence_count, NULL, &alone_count);
  extract_mention_share *share = extract_mention_share_new();
  pthread_t thread;
  bool started = pthread_create(&thread, NULL, help, share) == 0;
  CHECK("helping thread started", started);
  mention *helped = extract_find_mentions(two, text, len, sentences,
                                          sentence_count, share, &helped_count);
  if (started)
    pthread_join(thread, NULL);
  CHECK("mentions with help: the helper found chunks",
        extract_mention_share_helped(share) > 0);
  CHECK_INT("mentions with help: the same count", helped_count, alone_count);
  size_t differ = 0;
  for (size_t k = 0; k < alone_count && k < helped_count; k++)
    differ += alone[k].start != helped[k].start ||
              alone[k].end != helped[k].end ||
              strcmp(evg_extraction_actor(one, alone[k].actor)->id,
                     evg_extraction_actor(two, helped[k].actor)->id) != 0 ||
              strcmp(evg_extraction_actor(one, alone[k].actor)->kind,
                     evg_extraction_actor(two, helped[k].actor)->kind) != 0;
  CHECK_INT("mentions with help: the same mentions and actors", differ, 0);
  CHECK_INT("mentions with help: the same actors",
            evg_extraction_actor_count(two), evg_extraction_actor_count(one));
  CHECK("mentions with help: a text with many mentions", alone_count > 1000);
  extract_mention_share_free(share);
  free(alone);
  free(helped);
  free(sentences);
  evg_extraction_free(one);
  evg_extraction_free(two);
}

/* The kind of the actor named `name` in x, or NULL. */
static const char *kind_of(const evg_extraction *x, const char *name) {
  for (size_t a = 0; a < evg_extraction_actor_count(x); a++)
    if (strcmp(evg_extraction_actor(x, a)->name, name) == 0)
      return evg_extraction_actor(x, a)->kind;
  return NULL;
}

/* The text's lower-case plurals ("workers"), which make "Varde Metal
 * Workers" a body, are read by the first thread before the mentions stage
 * begins when threaded, at the first question when not: the same kind. */
static void plurals_read_before_mentions(const char *text, size_t len) {
  evg_buf framed = {0};
  evg_buf_append(&framed, text, len);
  evg_buf_puts(&framed, "\n\nStaff at Tarn Mills voted to join the Varde "
                        "Metal Workers on March 3, 2024. The firm had "
                        "promised workers a raise.\n");
  evg_diags *diags = evg_diags_new(0);
  evg_extraction *one_after_other =
      extract_run(framed.data, framed.len, NULL, true, false, false, diags);
  evg_extraction *threaded =
      extract_run(framed.data, framed.len, NULL, true, true, false, diags);
  const char *alone = kind_of(one_after_other, "Varde Metal Workers");
  const char *read_first = kind_of(threaded, "Varde Metal Workers");
  CHECK("lower-case plurals: a body's kind, read at the first question",
        alone && strcmp(alone, "organization") == 0);
  CHECK("lower-case plurals: a body's kind, read before the mentions stage",
        read_first && strcmp(read_first, "organization") == 0);
  evg_extraction_free(one_after_other);
  evg_extraction_free(threaded);
  evg_diags_free(diags);
  evg_buf_free(&framed);
}

/* Two extractions at once, each on a thread: the gazetteer's index is
 * built once for the process and shared (a build per extraction was half
 * of `extract --jsonl` on short articles), whichever thread asks first. */
static void *extract_short(void *arg) {
  const char *text = "Reuters reported that Acme Corp hired Maria Lopez on "
                     "March 3, 2024.";
  evg_diags *diags = evg_diags_new(0);
  evg_extraction **out = arg;
  *out = evg_extract(text, strlen(text), NULL, true, diags);
  evg_diags_free(diags);
  return NULL;
}

static void gazetteer_built_once(void) {
  evg_extraction *a = NULL, *b = NULL;
  pthread_t thread;
  bool started = pthread_create(&thread, NULL, extract_short, &a) == 0;
  extract_short(&b);
  if (started)
    pthread_join(thread, NULL);
  bool shared = a && b;
  for (int m = 0; shared && m < EXTRACT_GAZETTEER_MAPS; m++)
    shared = a->gazetteer[m].count > 0 &&
             a->gazetteer[m].slots == b->gazetteer[m].slots;
  CHECK("gazetteer: one index for the process, shared by extractions",
        started && shared);
  evg_extraction_free(a);
  evg_extraction_free(b);
}

/* A name's way to its event (extract_actor_path) is read only when the
 * driver asks (tests/actor_paths.c): evg_extract leaves it NONE, and with
 * `paths` every actor has one, the events and actors the same. */
static void ways_recorded_when_asked(void) {
  static const char text[] =
      "Acme Corp sued Beta Ltd in Paris on March 3, 2024. On March 4, 2024, "
      "Gamma Inc bought shares of Delta Group from Omega Partners.\n";
  size_t len = sizeof text - 1;
  evg_diags *diags = evg_diags_new(0);
  evg_extraction *plain = evg_extract(text, len, NULL, true, diags);
  evg_extraction *asked =
      extract_run(text, len, NULL, true, false, true, diags);
  size_t named = 0, unnamed = 0, recorded = 0;
  bool same = plain->event_count == asked->event_count;
  for (size_t e = 0; same && e < plain->event_count; e++) {
    const evg_extracted_event *a = &plain->events[e], *b = &asked->events[e];
    same = a->actor_count == b->actor_count;
    for (size_t k = 0; same && k < a->actor_count; k++) {
      same = strcmp(plain->actors[a->actors[k]].id,
                    asked->actors[b->actors[k]].id) == 0;
      named += plain->actor_scopes[e].paths[k] != ACTOR_PATH_NONE;
      recorded += asked->actor_scopes[e].paths[k] != ACTOR_PATH_NONE;
      unnamed += asked->actor_scopes[e].paths[k] == ACTOR_PATH_NONE;
    }
  }
  CHECK("paths: the same events and actors", same);
  CHECK_INT("paths: none read unasked", named, 0);
  CHECK("paths: some actors to record", recorded >= 4);
  CHECK_INT("paths: every one recorded when asked", unnamed, 0);
  evg_extraction_free(plain);
  evg_extraction_free(asked);
  evg_diags_free(diags);
}

int main(void) {
  size_t len;
  char *text = prose(2 * 1024 * 1024, false, &len);
  gazetteer_built_once();
  ways_recorded_when_asked();
  tagging_read_as_it_goes(text, len);
  /* one-word names that open sentences at the start and are found inside
   * one, or kinded by the words around them, only in the last paragraph:
   * a chunk the helper finds (it takes them from the back) */
  evg_buf framed = {0};
  evg_buf_puts(&framed, "Endurance sank on March 3, 1990. Kestrel drifted "
                        "on March 4, 1990.\n\n");
  evg_buf_append(&framed, text, len);
  evg_buf_puts(&framed, "\n\nRescuers reached Endurance on March 5, 1990, "
                        "and shares of Kestrel fell.\n");
  mentions_found_with_help(framed.data, framed.len);
  evg_buf_free(&framed);
  compare("2 MB of prose", text, len, true);
  plurals_read_before_mentions(text, 128 * 1024);
  /* enough events that evg_write_extraction takes the writer's thread */
  evg_diags *many = evg_diags_new(0);
  evg_extraction *long_one = evg_extract(text, len, NULL, true, many);
  CHECK("2 MB of prose: events for the writer's thread",
        evg_extraction_event_count(long_one) >=
            EXTRACT_WRITER_THREAD_MIN_EVENTS);
  writers_hold_few_batches(long_one, text, len);
  evg_extraction_free(long_one);
  evg_diags_free(many);
  free(text);
  text = prose(1024 * 1024, true, &len);
  compare("1 MB of history", text, len, false);
  free(text);
  text = prose(3000, false, &len);
  compare("3 kB of prose", text, len, true);
  free(text);
  compare("empty", "", 0, true);
  /* evg_extract takes the thread above its size and none below: both give
   * what the stages give one after the other */
  text = prose(200 * 1024, false, &len);
  evg_diags *diags = evg_diags_new(0);
  evg_extraction *x = evg_extract(text, len, NULL, true, diags);
  evg_extraction *y = extract_run(text, len, NULL, true, false, false, diags);
  same_extraction("evg_extract", x, y, text, len);
  evg_extraction_free(x);
  evg_extraction_free(y);
  evg_diags_free(diags);
  free(text);
  UNIT_EXIT();
}
