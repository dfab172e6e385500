/* render_extract.c: an extraction as an events file, as JSON Lines (jansson),
 * or as the text with inline TIMEX3 elements (TimeML, written with libxml2). */
#include "internal.h"

#include <jansson.h>
#include <libxml/xmlwriter.h>
#include <limits.h>
#include <pthread.h>
#include <string.h>

/* ---- a ring of batches, put together on two threads ---- */

/* A long output is put together in batches by two threads, each taking
 * the next batch not yet taken into its slot of a ring (batch b into slot
 * b % RING_SLOTS), and the first thread writes the slots in the order of
 * the batches: the bytes as one thread writes them, at most RING_SLOTS
 * batches held.  Taking the next batch rather than every other one keeps
 * both threads busy to the end, though the first also writes every batch
 * and what comes before them (with every other batch, the second thread
 * idled a fifth of the JSON's time).  Each thread has its own state:
 * helper_begin makes the second thread's from `context`, helper_end frees
 * it. */
#define RING_SLOTS 4

typedef struct {
  size_t batches;
  /* puts batch b into `into` with a thread's state; false on a failure */
  bool (*fill)(void *state, evg_buf *into, size_t b);
  void *(*helper_begin)(void *context);
  void (*helper_end)(void *state);
  void *context;
  bool threaded; /* the second thread runs */
  pthread_t thread;
  pthread_mutex_t lock;
  pthread_cond_t changed;
  size_t taken;   /* batches taken by either thread */
  size_t written; /* batches written */
  evg_buf slots[RING_SLOTS];
  bool full[RING_SLOTS]; /* filled and not yet written */
  bool failed;           /* a batch failed on the second thread */
} batch_ring;

/* Fills batch b's slot, marked full after; false on a failure. */
static bool ring_fill_slot(batch_ring *r, void *state, size_t b) {
  evg_buf *slot = &r->slots[b % RING_SLOTS];
  /* the slot is this thread's until it is marked full */
  slot->len = 0;
  bool ok = r->fill(state, slot, b);
  pthread_mutex_lock(&r->lock);
  r->full[b % RING_SLOTS] = true;
  pthread_cond_broadcast(&r->changed);
  pthread_mutex_unlock(&r->lock);
  return ok;
}

static void *ring_helper(void *arg) {
  batch_ring *r = arg;
  void *state = r->helper_begin(r->context);
  bool ok = true;
  for (;;) {
    pthread_mutex_lock(&r->lock);
    while (r->taken < r->batches && r->taken >= r->written + RING_SLOTS)
      pthread_cond_wait(&r->changed, &r->lock);
    size_t b = r->taken < r->batches ? r->taken++ : SIZE_MAX;
    r->failed |= !ok;
    pthread_mutex_unlock(&r->lock);
    if (b == SIZE_MAX)
      break;
    ok = ring_fill_slot(r, state, b) && ok;
  }
  r->helper_end(state);
  return NULL;
}

/* Starts the second thread on r's batches when `wanted` and a thread can
 * be started (r->threaded says whether it runs).  It is started before
 * what comes before the batches is written, so that it fills the first
 * batches meanwhile rather than wait for them. */
static void ring_start(batch_ring *r, bool wanted) {
  r->threaded = wanted && pthread_mutex_init(&r->lock, NULL) == 0;
  if (r->threaded && pthread_cond_init(&r->changed, NULL) != 0) {
    pthread_mutex_destroy(&r->lock);
    r->threaded = false;
  }
  if (r->threaded && pthread_create(&r->thread, NULL, ring_helper, r) != 0) {
    pthread_cond_destroy(&r->changed);
    pthread_mutex_destroy(&r->lock);
    r->threaded = false;
  }
}

/* One step of the first thread with the second one running: the next
 * batch written once it is filled, else a batch taken to fill here, else
 * a wait.  False once every batch is written. */
static bool ring_step(batch_ring *r, void *state, FILE *out, bool *ok) {
  pthread_mutex_lock(&r->lock);
  if (r->written == r->batches) {
    pthread_mutex_unlock(&r->lock);
    return false;
  }
  size_t slot = r->written % RING_SLOTS;
  if (r->full[slot]) {
    *ok = *ok && !r->failed;
    pthread_mutex_unlock(&r->lock);
    const evg_buf *done = &r->slots[slot];
    if (*ok && fwrite(done->data, 1, done->len, out) != done->len)
      *ok = false;
    pthread_mutex_lock(&r->lock);
    r->full[slot] = false;
    r->written++;
    pthread_cond_broadcast(&r->changed);
  } else if (r->taken < r->batches && r->taken < r->written + RING_SLOTS) {
    size_t b = r->taken++;
    pthread_mutex_unlock(&r->lock);
    *ok = ring_fill_slot(r, state, b) && *ok;
    return true;
  } else {
    pthread_cond_wait(&r->changed, &r->lock);
  }
  pthread_mutex_unlock(&r->lock);
  return true;
}

/* Writes r's batches to `out` in order, filled with `state` on this thread
 * and, where it runs (ring_start), on the second; every batch is written
 * or passed over, even after a failure, so that the second thread never
 * waits for a slot no one frees.  False on a failure of either thread's
 * fill or of a write. */
static bool ring_write(batch_ring *r, void *state, FILE *out) {
  bool ok = true;
  for (size_t b = 0; !r->threaded && b < r->batches; b++) {
    evg_buf *slot = &r->slots[0];
    slot->len = 0;
    ok = r->fill(state, slot, b) && ok;
    if (ok && fwrite(slot->data, 1, slot->len, out) != slot->len)
      ok = false;
  }
  while (r->threaded && ring_step(r, state, out, &ok))
    ;
  if (r->threaded) {
    pthread_join(r->thread, NULL);
    ok = ok && !r->failed;
    pthread_cond_destroy(&r->changed);
    pthread_mutex_destroy(&r->lock);
  }
  for (size_t k = 0; k < RING_SLOTS; k++)
    evg_buf_free(&r->slots[k]);
  return ok;
}

/* ---- events file ---- */

/* Which actors some event names (actor_count + 1 flags, to free): the
 * outputs list only those; the extraction also knows names that only
 * report or locate. */
static bool *actors_in_events(const evg_extraction *x) {
  bool *used = evg_xcalloc(evg_extraction_actor_count(x) + 1, sizeof *used);
  for (size_t e = 0; e < evg_extraction_event_count(x); e++) {
    const evg_extracted_event *event = evg_extraction_event(x, e);
    for (size_t a = 0; a < event->actor_count; a++)
      used[event->actors[a]] = true;
  }
  return used;
}

/* Writes `text` on one line; `clean` is scratch space, reused. */
static void put_value(FILE *out, evg_buf *clean, const char *text) {
  evg_text_one_line(clean, text, strlen(text));
  fwrite(clean->data, 1, clean->len, out);
  fputc('\n', out);
}

/* Appends `text` on one line and a newline to `block`; `clean` is scratch
 * space, reused. */
static void put_line(evg_buf *block, evg_buf *clean, const char *text) {
  evg_text_one_line(clean, text, strlen(text));
  evg_buf_append(block, clean->data, clean->len);
  evg_buf_putc(block, '\n');
}

/* Appends a string literal, measured when compiled. */
#define PUT_LITERAL(buf, literal)                                              \
  evg_buf_append((buf), literal, sizeof literal - 1)

#define BLOCK_BYTES 65536

/* Writes what `block` holds once it holds `at_least` bytes. */
static void flush_block(evg_buf *block, FILE *out, size_t at_least) {
  if (block->len >= at_least && block->len) {
    fwrite(block->data, 1, block->len, out);
    block->len = 0;
  }
}

/* Appends the relations of `event`, one line per kind ("causes: a, b"):
 * the events file takes a key once, with a list. */
static void put_relations(evg_buf *block, const evg_extraction *x,
                          const evg_extracted_event *event) {
  if (event->relation < 0)
    return;
  for (int kind = EVG_REL_CAUSES; kind <= EVG_REL_PART_OF; kind++) {
    bool any = false;
    for (size_t r = 0; r <= event->more_relation_count; r++) {
      int relation =
          r ? event->more_relations[r - 1].relation : event->relation;
      size_t target = r ? event->more_relations[r - 1].target : event->target;
      if (relation != kind)
        continue;
      if (!any) {
        PUT_LITERAL(block, "  ");
        evg_buf_puts(block, evg_relation_name(relation));
        PUT_LITERAL(block, ": ");
      } else {
        PUT_LITERAL(block, ", ");
      }
      evg_buf_puts(block, evg_extraction_event(x, target)->id);
      any = true;
    }
    if (any)
      evg_buf_putc(block, '\n');
  }
}

/* Appends the record of `event` to `block`; `clean` and `quote_line` are
 * scratch space, reused (the events of one sentence share its quote, made
 * one line once: *last_quote is the quote quote_line holds). */
static void put_event(evg_buf *block, evg_buf *clean, evg_buf *quote_line,
                      const char **last_quote, const evg_extraction *x,
                      const evg_extracted_event *event, const evg_buf *file) {
  char numbers[24];
  PUT_LITERAL(block, "\nevent ");
  evg_buf_puts(block, event->id);
  PUT_LITERAL(block, "\n  date: ");
  evg_buf_puts(block, event->date);
  PUT_LITERAL(block, "\n  label: ");
  put_line(block, clean, event->label[0] ? event->label : "(no label)");
  if (event->actor_count) {
    PUT_LITERAL(block, "  actors: ");
    for (size_t a = 0; a < event->actor_count; a++) {
      if (a)
        PUT_LITERAL(block, ", ");
      evg_buf_puts(block, evg_extraction_actor(x, event->actors[a])->id);
    }
    evg_buf_putc(block, '\n');
  }
  put_relations(block, x, event);
  PUT_LITERAL(block, "  quote: ");
  if (event->quote != *last_quote) {
    evg_text_one_line(quote_line, event->quote, strlen(event->quote));
    *last_quote = event->quote;
  }
  evg_buf_append(block, quote_line->data, quote_line->len);
  PUT_LITERAL(block, "\n  source: ");
  evg_buf_append(block, file->data, file->len);
  const int places[4] = {event->start_line, event->start_col, event->end_line,
                         event->end_col};
  static const char separators[4] = {':', ':', '-', ':'};
  for (int k = 0; k < 4; k++) {
    evg_buf_putc(block, separators[k]);
    evg_buf_puts(block, evg_format_integer(numbers, places[k]));
  }
  evg_buf_putc(block, '\n');
}

/* A thread's state for putting event records together: its scratch
 * space (put_event's). */
typedef struct {
  const evg_extraction *x;
  const evg_buf *file; /* the source's name, made one line */
  evg_buf clean, quote_line;
  const char *last_quote;
} event_records;

/* The records are put together in batches of this many events (about
 * 80 kB: 317 bytes a record on the bench's prose). */
#define EVENT_BATCH_EVENTS 256

static bool fill_event_batch(void *state, evg_buf *into, size_t b) {
  event_records *r = state;
  size_t end = (b + 1) * EVENT_BATCH_EVENTS;
  if (end > evg_extraction_event_count(r->x))
    end = evg_extraction_event_count(r->x);
  for (size_t e = b * EVENT_BATCH_EVENTS; e < end; e++)
    put_event(into, &r->clean, &r->quote_line, &r->last_quote, r->x,
              evg_extraction_event(r->x, e), r->file);
  return true;
}

/* The second thread's records, from the first thread's (its x and file,
 * which do not change). */
static void *event_records_begin(void *context) {
  const event_records *first = context;
  event_records *r = evg_xcalloc(1, sizeof *r);
  r->x = first->x;
  r->file = first->file;
  return r;
}

static void event_records_free(event_records *r) {
  evg_buf_free(&r->clean);
  evg_buf_free(&r->quote_line);
}

static void event_records_end(void *state) {
  event_records_free(state);
  free(state);
}

/* The header lines: the title, the anchor and the source. */
static void write_header(const evg_extraction *x, const char *text, size_t len,
                         const char *file, FILE *out) {
  fprintf(out,
          "# Proposed by evgraph extract from %s: review the labels, "
          "actors and relations.\n",
          file);
  /* The first line is the title when it reads like a headline. */
  size_t line_end = 0;
  while (line_end < len && text[line_end] != '\n')
    line_end++;
  evg_buf title = {0};
  if (line_end > 0 && line_end < 120 && text[line_end - 1] != '.')
    evg_text_one_line(&title, text,
                      line_end); /* a NUL in it is U+FFFD, not its end */
  if (title.len == 0) {
    /* else the file's name, without its folder and extension */
    const char *base = strrchr(file, '/');
    base = base ? base + 1 : file;
    const char *dot = strrchr(base, '.');
    size_t n = dot && dot != base ? (size_t)(dot - base) : strlen(base);
    evg_text_one_line(&title, n ? base : file, n ? n : strlen(file));
  }
  /* an empty value is an error in the events file */
  fprintf(out, "title: %s\n", title.len ? title.data : "(untitled)");
  evg_buf_free(&title);
  evg_date anchor;
  if (evg_extraction_anchor(x, &anchor)) {
    char date[64];
    evg_date_format_iso(&anchor, date, sizeof date);
    fprintf(out, "anchor: %s\n", date);
  } else {
    fputs("# The text has no date of its own: add 'anchor: YYYY-MM-DD' to "
          "resolve the relative dates below.\n",
          out);
  }
  evg_buf clean = {0};
  fputs("source: ", out);
  put_value(out, &clean, file);
  evg_buf_free(&clean);
}

void extract_write_events(const evg_extraction *x, const char *text, size_t len,
                          const char *file_name, FILE *out, bool threaded) {
  evg_buf file_line = {0}, block = {0};
  evg_text_one_line(&file_line, file_name, strlen(file_name));
  write_header(x, text, len, file_line.data, out);
  /* The records are put together in buffers, each written at once: a
   * dozen stdio calls an event, a printf of the source, and then a write
   * per event were a third of the writer.  On long texts the events'
   * batches are put together on two threads (a ring of batches); this
   * thread also puts the actors' records together and writes every
   * batch, a third of the writer's work (callgrind). */
  event_records first = {.x = x, .file = &file_line};
  size_t event_count = evg_extraction_event_count(x);
  batch_ring ring = {.batches = (event_count + EVENT_BATCH_EVENTS - 1) /
                                EVENT_BATCH_EVENTS,
                     .fill = fill_event_batch,
                     .helper_begin = event_records_begin,
                     .helper_end = event_records_end,
                     .context = &first};
  ring_start(&ring, threaded);
  /* Actors that some event names, in order of first use. */
  size_t actor_count = evg_extraction_actor_count(x);
  bool *used = actors_in_events(x);
  for (size_t a = 0; a < actor_count; a++) {
    if (!used[a])
      continue;
    const evg_extracted_actor *actor = evg_extraction_actor(x, a);
    PUT_LITERAL(&block, "\nactor ");
    evg_buf_puts(&block, actor->id);
    PUT_LITERAL(&block, "\n  name: ");
    put_line(&block, &first.clean, actor->name);
    PUT_LITERAL(&block, "  kind: ");
    evg_buf_puts(&block, actor->kind);
    evg_buf_putc(&block, '\n');
    flush_block(&block, out, BLOCK_BYTES);
  }
  free(used);
  flush_block(&block, out, 0);
  /* a failed write shows in ferror(out), which the caller checks */
  ring_write(&ring, &first, out);
  event_records_free(&first);
  evg_buf_free(&block);
  evg_buf_free(&file_line);
}

/* ---- JSON Lines ---- */

/* One object per line, put together as it is written, so memory stays
 * flat however long the text.  jansson encodes every string that needs
 * an escape or cleaning (put_text writes the others, most of them, as they
 * are); the keys, the punctuation and the integers around them are fixed
 * text.  A line built as jansson objects and dumped whole spent
 * a third of its dump (callgrind, the bench's 790 kB block: 80 M of
 * json_dumpb's 246 M) on what a fixed line needs not: the loop check,
 * which formats each object's address and hashes it, and an snprintf
 * per integer. */
typedef struct {
  FILE *out;      /* where the lines go, or NULL: */
  evg_buf *batch; /* appended to this (a batch put together on a thread) */
  evg_buf line;   /* the line under way when it goes to `out` */
  evg_buf scratch;
  json_t *string; /* refilled with each string jansson encodes */
  bool failed;
} json_lines;

static evg_buf *json_into(json_lines *j) {
  return j->batch ? j->batch : &j->line;
}

static void put(json_lines *j, const char *bytes) {
  evg_buf_puts(json_into(j), bytes);
}

static void put_integer(json_lines *j, long long n) {
  char text[24];
  put(j, evg_format_integer(text, n));
}

/* s[0, len) made valid UTF-8 and escaped by jansson (jansson refuses
 * invalid UTF-8, and one bad byte must not lose the line), appended
 * without the quotes its dump puts around it.  json_dumpb says the size
 * it needs; a string longer than the room is dumped again once the room
 * is made. */
static void put_escaped(json_lines *j, const char *s, size_t len) {
  const size_t flags = JSON_COMPACT | JSON_ENCODE_ANY;
  j->scratch.len = 0;
  evg_utf8_sanitize(&j->scratch, s, len);
  if (!j->string)
    j->string = json_stringn_nocheck(j->scratch.data, j->scratch.len);
  else if (json_string_setn_nocheck(j->string, j->scratch.data,
                                    j->scratch.len) != 0)
    j->failed = true;
  if (!j->string || j->failed) {
    j->failed = true;
    return;
  }
  evg_buf *into = json_into(j);
  evg_buf_reserve(into, j->scratch.len + 64);
  size_t room = into->cap - into->len - 1;
  size_t size = json_dumpb(j->string, into->data + into->len, room, flags);
  if (size > room) {
    evg_buf_reserve(into, size);
    room = into->cap - into->len - 1;
    size = json_dumpb(j->string, into->data + into->len, room, flags);
  }
  if (size < 2 || size > room) {
    j->failed = true;
    return;
  }
  memmove(into->data + into->len, into->data + into->len + 1, size - 2);
  into->len += size - 2;
  into->data[into->len] = '\0';
}

/* `text` as a JSON string.  Its plain runs (evg_json_plain_run: most
 * strings whole, and most of the rest) go in as they are, which
 * jansson's compact dump would give back unchanged at some 40
 * instructions a byte; the bytes between them (UTF-8, '"', '\\',
 * control bytes) go through put_escaped.  Both the cleaning and
 * jansson's escapes treat each such byte or character alone, so the
 * string split at ASCII bytes is written as it was whole. */
static void put_text(json_lines *j, const char *text) {
  if (j->failed)
    return;
  size_t len = strlen(text);
  evg_buf *into = json_into(j);
  evg_buf_putc(into, '"');
  for (size_t i = 0; i < len;) {
    size_t plain = evg_json_plain_run(text + i, len - i);
    evg_buf_append(into, text + i, plain);
    i += plain;
    if (i == len)
      break;
    size_t other = 1;
    while (i + other < len && evg_json_plain_run(text + i + other, 1) == 0)
      other++;
    put_escaped(j, text + i, other);
    if (j->failed)
      return;
    i += other;
  }
  evg_buf_putc(into, '"');
}

/* `key` (the comma before it, the quoted key and the colon, as given) and
 * `text` as its value, encoded once into `into`: a field every line of an
 * output repeats. */
static void encode_field(json_lines *j, evg_buf *into, const char *key,
                         const char *text) {
  evg_buf *was = j->batch;
  j->batch = into;
  put(j, key);
  put_text(j, text);
  j->batch = was;
}

/* Ends a line: appended to the batch, or written. */
static void line_end(json_lines *j) {
  evg_buf_putc(json_into(j), '\n');
  if (j->batch)
    return;
  if (!j->failed && fwrite(j->line.data, 1, j->line.len, j->out) != j->line.len)
    j->failed = true;
  j->line.len = 0;
}

/* A position object, {"offset", "line", "column"}, after `key`. */
static void put_position(json_lines *j, const char *key, size_t offset,
                         int line, int column) {
  put(j, key);
  put(j, "{\"offset\":");
  put_integer(j, (long long)offset);
  put(j, ",\"line\":");
  put_integer(j, line);
  put(j, ",\"column\":");
  put_integer(j, column);
  put(j, "}");
}

/* Writes the line of `event`, its keys in this order.  In an
 * extraction's JSON Lines the actors are ids of the actor lines and
 * `file_field` (encoded once) names the text; a corpus line
 * (`article_field` given) names its article and carries its actors'
 * objects, so that it stands alone. */
static void event_line(json_lines *j, const evg_extraction *x,
                       const evg_extracted_event *event,
                       const evg_buf *article_field,
                       const evg_buf *file_field) {
  if (j->failed)
    return;
  put(j, "{\"type\":\"event\"");
  if (article_field)
    evg_buf_append(json_into(j), article_field->data, article_field->len);
  put(j, ",\"id\":");
  put_text(j, event->id);
  put(j, ",\"date\":");
  put_text(j, event->date);
  put(j, ",\"label\":");
  put_text(j, event->label);
  put(j, ",\"actors\":[");
  for (size_t a = 0; a < event->actor_count; a++) {
    const evg_extracted_actor *actor =
        evg_extraction_actor(x, event->actors[a]);
    if (a)
      put(j, ",");
    if (article_field) {
      put(j, "{\"id\":");
      put_text(j, actor->id);
      put(j, ",\"name\":");
      put_text(j, actor->name);
      put(j, ",\"kind\":");
      put_text(j, actor->kind);
      put(j, "}");
    } else {
      put_text(j, actor->id);
    }
  }
  put(j, "]");
  if (event->relation >= 0) {
    put(j, ",\"relation\":");
    put_text(j, evg_relation_name(event->relation));
    put(j, ",\"target\":");
    put_text(j, evg_extraction_event(x, event->target)->id);
  }
  if (event->more_relation_count) {
    put(j, ",\"more_relations\":[");
    for (size_t r = 0; r < event->more_relation_count; r++) {
      const evg_extracted_relation *more = &event->more_relations[r];
      put(j, r ? ",{\"relation\":" : "{\"relation\":");
      put_text(j, evg_relation_name(more->relation));
      put(j, ",\"target\":");
      put_text(j, evg_extraction_event(x, more->target)->id);
      put(j, "}");
    }
    put(j, "]");
  }
  put(j, ",\"quote\":");
  put_text(j, event->quote);
  if (file_field)
    evg_buf_append(json_into(j), file_field->data, file_field->len);
  put_position(j, ",\"start\":", event->start, event->start_line,
               event->start_col);
  put_position(j, ",\"end\":", event->end, event->end_line, event->end_col);
  put(j, "}");
  line_end(j);
}

/* The event lines are put together in batches of this many events, by
 * two threads on long texts: jansson's encoding of the strings, a call
 * per character, is most of the JSON output's own time. */
#define JSON_BATCH_EVENTS 256

/* A thread's state for putting event lines into the ring's batches: its
 * own string to refill and its own scratch, and the file's field. */
typedef struct {
  json_lines *j;
  const evg_extraction *x;
  const evg_buf *file_field;
  json_lines own;
} json_dumper;

static bool fill_json_batch(void *state, evg_buf *into, size_t b) {
  json_dumper *d = state;
  size_t end = (b + 1) * JSON_BATCH_EVENTS;
  if (end > evg_extraction_event_count(d->x))
    end = evg_extraction_event_count(d->x);
  d->j->batch = into;
  for (size_t e = b * JSON_BATCH_EVENTS; e < end; e++)
    event_line(d->j, d->x, evg_extraction_event(d->x, e), NULL, d->file_field);
  d->j->batch = NULL;
  return !d->j->failed;
}

static void *json_dumper_begin(void *context) {
  const json_dumper *first = context;
  json_dumper *d = evg_xcalloc(1, sizeof *d);
  d->j = &d->own;
  d->x = first->x;
  d->file_field = first->file_field; /* read only, by both threads */
  return d;
}

static void json_lines_free(json_lines *j) {
  evg_buf_free(&j->scratch);
  evg_buf_free(&j->line);
  json_decref(j->string);
}

static void json_dumper_end(void *state) {
  json_dumper *d = state;
  json_lines_free(&d->own);
  free(d);
}

static bool json_lines_end(json_lines *j, evg_diags *diags) {
  json_lines_free(j);
  if (j->failed)
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "JSON: jansson could not write the extraction");
  return !j->failed;
}

static bool write_json(const evg_extraction *x, const char *file, FILE *out,
                       evg_diags *diags) {
  json_lines j = {.out = out};
  /* every event names the same file: encoded once */
  evg_buf file_field = {0};
  encode_field(&j, &file_field, ",\"file\":", file);
  /* Actors that some event names, as in the events file: the extraction
   * also knows names that only report or locate (their mentions help
   * "Mr. Smith" find John Smith). */
  size_t actor_count = evg_extraction_actor_count(x);
  bool *used = actors_in_events(x);
  json_dumper first = {.j = &j, .x = x, .file_field = &file_field};
  batch_ring ring = {
      .batches = (evg_extraction_event_count(x) + JSON_BATCH_EVENTS - 1) /
                 JSON_BATCH_EVENTS,
      .fill = fill_json_batch,
      .helper_begin = json_dumper_begin,
      .helper_end = json_dumper_end,
      .context = &first};
  ring_start(&ring, ring.batches >= 4);
  for (size_t a = 0; a < actor_count && !j.failed; a++) {
    if (!used[a])
      continue;
    const evg_extracted_actor *actor = evg_extraction_actor(x, a);
    put(&j, "{\"type\":\"actor\",\"id\":");
    put_text(&j, actor->id);
    put(&j, ",\"name\":");
    put_text(&j, actor->name);
    put(&j, ",\"kind\":");
    put_text(&j, actor->kind);
    put(&j, "}");
    line_end(&j);
  }
  if (!ring_write(&ring, &first, out))
    j.failed = true;
  evg_buf_free(&file_field);
  free(used);
  return json_lines_end(&j, diags);
}

bool evg_write_extraction_article(const evg_extraction *x, const char *article,
                                  FILE *out, evg_diags *diags) {
  json_lines j = {.out = out};
  evg_buf article_field = {0};
  encode_field(&j, &article_field, ",\"article\":", article);
  for (size_t e = 0; e < evg_extraction_event_count(x); e++)
    event_line(&j, x, evg_extraction_event(x, e), &article_field, NULL);
  evg_buf_free(&article_field);
  return json_lines_end(&j, diags) && ferror(out) == 0;
}

/* ---- TimeML ---- */

typedef struct {
  xmlTextWriterPtr w;
  int status;
  evg_buf scratch;
} timeml_writer;

static void check(timeml_writer *tw, int rc) {
  if (rc < 0 && tw->status == 0)
    tw->status = rc;
}

static const xmlChar *x_(const char *s) { return (const xmlChar *)s; }

/* The text between and inside the expressions.  Its plain runs
 * (evg_xml_plain_run: most of a text) go to the writer as they are
 * through xmlTextWriterWriteRawLen, which closes an open start tag as
 * xmlTextWriterWriteString does: that call would copy them unchanged
 * through xmlEncodeSpecialChars and evg_utf8_sanitize, at some 35
 * instructions a byte (a third of a `timeml` run).  The bytes between
 * plain runs (UTF-8, control bytes, < > & " and the return) take that
 * call as before; both cleanings treat each such byte or character
 * alone, so the runs split at ASCII bytes give the same output. */
static void write_text(timeml_writer *tw, const char *s, size_t len) {
  while (len > 0) {
    size_t plain = evg_xml_plain_run(s, len);
    if (plain > INT_MAX)
      plain = INT_MAX;
    if (plain) {
      check(tw, xmlTextWriterWriteRawLen(tw->w, x_(s), (int)plain));
      s += plain;
      len -= plain;
      continue;
    }
    size_t other = 1;
    while (other < len && evg_xml_plain_run(s + other, 1) == 0)
      other++;
    tw->scratch.len = 0;
    evg_utf8_sanitize(&tw->scratch, s, other);
    check(tw, xmlTextWriterWriteString(tw->w, x_(tw->scratch.data)));
    s += other;
    len -= other;
  }
}

static void start_timex(timeml_writer *tw, size_t tid, const char *type,
                        const char *value, const char *mod) {
  /* "t" and the number, without snprintf's format parsing (some 300
   * instructions an expression, a twentieth of a `timeml` run) */
  char digits[24], id[32] = "t";
  strcpy(id + 1, evg_format_integer(digits, (long long)tid));
  check(tw, xmlTextWriterStartElement(tw->w, x_("TIMEX3")));
  check(tw, xmlTextWriterWriteAttribute(tw->w, x_("tid"), x_(id)));
  check(tw, xmlTextWriterWriteAttribute(tw->w, x_("type"), x_(type)));
  check(tw, xmlTextWriterWriteAttribute(tw->w, x_("value"), x_(value)));
  if (mod)
    check(tw, xmlTextWriterWriteAttribute(tw->w, x_("mod"), x_(mod)));
}

static bool write_timeml(const evg_extraction *x, const char *text, size_t len,
                         FILE *out, evg_diags *diags) {
  xmlOutputBufferPtr buffer = xmlOutputBufferCreateFile(out, NULL);
  timeml_writer tw = {buffer ? xmlNewTextWriter(buffer) : NULL, 0, {0}};
  if (!tw.w) {
    if (buffer)
      xmlOutputBufferClose(buffer);
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "TimeML: cannot create the libxml2 writer");
    return false;
  }
  check(&tw, xmlTextWriterStartDocument(tw.w, "1.0", "UTF-8", NULL));
  check(&tw, xmlTextWriterStartElement(tw.w, x_("TimeML")));
  check(&tw, xmlTextWriterWriteString(tw.w, x_("\n")));
  evg_date anchor;
  if (evg_extraction_anchor(x, &anchor)) {
    char date[64];
    evg_day_format_iso(anchor.start, date, sizeof date);
    check(&tw, xmlTextWriterStartElement(tw.w, x_("DCT")));
    start_timex(&tw, 0, "DATE", date, NULL);
    check(&tw, xmlTextWriterWriteAttribute(tw.w, x_("functionInDocument"),
                                           x_("CREATION_TIME")));
    check(&tw, xmlTextWriterWriteString(tw.w, x_(date)));
    check(&tw, xmlTextWriterEndElement(tw.w));
    check(&tw, xmlTextWriterEndElement(tw.w));
    check(&tw, xmlTextWriterWriteString(tw.w, x_("\n")));
  }
  check(&tw, xmlTextWriterStartElement(tw.w, x_("TEXT")));
  const evg_timexes *timexes = evg_extraction_timexes(x);
  size_t at = 0;
  for (size_t i = 0; i < evg_timexes_count(timexes); i++) {
    const evg_timex *t = evg_timexes_get(timexes, i);
    if (t->start < at || t->end > len)
      continue;
    write_text(&tw, text + at, t->start - at);
    start_timex(&tw, i + 1, evg_timex_type_name(t->type), t->value, t->mod);
    write_text(&tw, text + t->start, t->end - t->start);
    check(&tw, xmlTextWriterEndElement(tw.w));
    at = t->end;
  }
  write_text(&tw, text + at, len - at);
  check(&tw, xmlTextWriterEndElement(tw.w)); /* TEXT */
  check(&tw, xmlTextWriterWriteString(tw.w, x_("\n")));
  check(&tw, xmlTextWriterEndElement(tw.w)); /* TimeML */
  check(&tw, xmlTextWriterEndDocument(tw.w));
  xmlFreeTextWriter(tw.w);
  evg_buf_free(&tw.scratch);
  if (tw.status < 0) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "TimeML: libxml2 failed while writing (error %d)", tw.status);
    return false;
  }
  return true;
}

bool evg_write_extraction(const evg_extraction *x, const char *text, size_t len,
                          const char *file, evg_extract_format format,
                          FILE *out, evg_diags *diags) {
  switch (format) {
  case EVG_EXTRACT_TIMEML: {
    evg_xml_errors errors;
    evg_xml_errors_begin(&errors, diags, "TimeML");
    bool ok = write_timeml(x, text, len, out, diags);
    evg_xml_errors_end(&errors);
    return ok;
  }
  case EVG_EXTRACT_JSON:
    if (!write_json(x, file, out, diags))
      return false;
    break;
  case EVG_EXTRACT_EVENTS:
    extract_write_events(x, text, len, file, out,
                         evg_extraction_event_count(x) >=
                             EXTRACT_WRITER_THREAD_MIN_EVENTS);
    break;
  }
  return ferror(out) == 0;
}
