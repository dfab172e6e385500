/* internal.h: shared by the library's files, not installed. */
#ifndef EVG_INTERNAL_H
#define EVG_INTERNAL_H

#include "evgraph.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <string.h>

/* Allocation failure is not recoverable in a CLI tool's library that keeps
 * no partial state; evg_xmalloc aborts with a message on stderr rather than
 * returning NULL into every caller. */
void *evg_xmalloc(size_t size);
void *evg_xcalloc(size_t count, size_t size);
void *evg_xrealloc(void *ptr, size_t size);
char *evg_xstrndup(const char *s, size_t len);

/* isalpha, isalnum, isupper, islower, isspace, tolower and toupper of
 * the C locale, inline: the C library's are a call for every byte of the
 * text and follow the locale a program embedding the library may set (a
 * single-byte locale takes UTF-8's bytes for letters; Turkish lowers "I"
 * to a dotless i), while the tagger and the extractor must read the C
 * locale's letters only, the same everywhere (tests/test_actor_ids.c). */
/* Whether each byte is an ASCII letter or a digit (a table in util.c):
 * one test of a byte in memory where the letters' two ranges and the
 * digits' took a few instructions each, in the word loops that walk most
 * bytes of the text. */
/* Two more classes serve the extractor's word walks, one test a byte
 * where each took two or three: letters and '-' (a letters-and-dashes
 * word), and a word's bytes with its digits, hyphens, apostrophes and
 * non-ASCII bytes. */
enum {
  EVG_ASCII_ALPHA = 1,
  EVG_ASCII_DIGIT = 2,
  EVG_ASCII_DASH = 4,
  EVG_ASCII_WORD = 8
};
extern const unsigned char evg_ascii_class[256];
static inline bool ascii_alpha(unsigned char c) {
  return evg_ascii_class[c] & EVG_ASCII_ALPHA;
}
static inline bool ascii_alnum(unsigned char c) {
  return evg_ascii_class[c] & (EVG_ASCII_ALPHA | EVG_ASCII_DIGIT);
}
/* An ASCII letter or '-'. */
static inline bool ascii_alpha_dash(unsigned char c) {
  return evg_ascii_class[c] & EVG_ASCII_DASH;
}
/* An ASCII letter or digit, '-', '\'' or a byte of 0x80 and above. */
static inline bool ascii_word_byte(unsigned char c) {
  return evg_ascii_class[c] & EVG_ASCII_WORD;
}
/* ascii_word_byte without the digits. */
static inline bool ascii_word_letter(unsigned char c) {
  return (evg_ascii_class[c] & (EVG_ASCII_WORD | EVG_ASCII_DIGIT)) ==
         EVG_ASCII_WORD;
}
static inline bool ascii_upper(unsigned char c) {
  return (unsigned char)(c - 'A') < 26;
}
static inline unsigned char ascii_lower(unsigned char c) {
  return ascii_upper(c) ? (unsigned char)(c + ('a' - 'A')) : c;
}

/* a[0..len) equals b, ASCII case ignored.  No strlen of b: most words of
 * a list differ at their first byte.  Two bytes are the same letter when
 * equal, or when they differ in the case bit alone and are letters: no
 * folding of either for the bytes that are equal. */
static inline bool equals_ci(const char *a, size_t len, const char *b) {
  /* b a literal (most calls, inlined): its length, known when compiled,
   * rules out the words of other lengths before any byte is read; then
   * its bytes are constants, the loop is unrolled, and a lower-case
   * letter of b is matched with one OR (x | 0x20 is y exactly when x is
   * y or its capital) */
  if (__builtin_constant_p(__builtin_strlen(b))) {
    size_t n = __builtin_strlen(b);
    if (n != len)
      return false;
#pragma GCC unroll 16
    for (size_t i = 0; i < n; i++) {
      unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
      if ((unsigned char)(y - 'a') < 26
              ? (x | 0x20) != y
              : x != y && ((x ^ y) != 0x20 || !ascii_alpha(x)))
        return false;
    }
    return true;
  }
  for (size_t i = 0; i < len; i++) {
    unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
    if (y == '\0' || (x != y && ((x ^ y) != 0x20 || !ascii_alpha(x))))
      return false;
  }
  return b[len] == '\0';
}
static inline bool ascii_is_lower(unsigned char c) {
  return (unsigned char)(c - 'a') < 26;
}
static inline unsigned char ascii_to_upper(unsigned char c) {
  return ascii_is_lower(c) ? (unsigned char)(c - ('a' - 'A')) : c;
}
static inline bool ascii_space(unsigned char c) {
  return c == ' ' || (unsigned char)(c - '\t') < 5; /* \t \n \v \f \r */
}

/* A run of letters eight bytes at a time, for the tokenizer's words (never
 * empty, five letters on average).  Not for the extractor's walks around
 * a name, most of which stop at their first byte, nor its name finder's
 * words: tried there (extract_letters_end, extract_word_before and
 * _after, extract_word_end_quick), the eight-byte step cost more than it
 * saved (515.3 M -> 524.3 M, and 513.4 M -> 514.2 M, on the bench's
 * block).  The class marks bit 7 of every byte of a little-endian word
 * that is an ASCII letter, exactly (no carry crosses a byte: each sum is
 * of seven bits and a constant below 0x80). */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) &&                            \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define EVG_SWAR 1
#define EVG_SWAR_ONES 0x0101010101010101u
#define EVG_SWAR_HIGH 0x8080808080808080u
static inline uint64_t evg_swar_load(const char *s) {
  uint64_t w;
  __builtin_memcpy(&w, s, 8);
  return w;
}
/* ASCII letters: with the case bit set, 'a' to 'z', and below 0x80. */
static inline uint64_t evg_swar_alpha(uint64_t w) {
  uint64_t low = (w | 0x20 * EVG_SWAR_ONES) & ~EVG_SWAR_HIGH;
  uint64_t from_a = low + (0x80 - 'a') * EVG_SWAR_ONES;
  uint64_t past_z = low + (0x80 - 'z' - 1) * EVG_SWAR_ONES;
  return from_a & ~past_z & ~w & EVG_SWAR_HIGH;
}
/* The index of the first byte marked in a nonzero mask. */
static inline size_t evg_swar_first(uint64_t marks) {
  return (unsigned)__builtin_ctzll(marks) >> 3;
}
/* The index of the last byte marked in a nonzero mask. */
static inline size_t evg_swar_last(uint64_t marks) {
  return (63u - (unsigned)__builtin_clzll(marks)) >> 3;
}
/* The bytes equal to c, exactly: a byte of w ^ c is zero when adding 0x7F
 * to its low seven bits leaves bit 7 clear and its own bit 7 is clear
 * (each sum stays within its byte). */
static inline uint64_t evg_swar_eq(uint64_t w, unsigned char c) {
  uint64_t v = w ^ (c * EVG_SWAR_ONES), low7 = 0x7F * EVG_SWAR_ONES;
  return ~(((v & low7) + low7) | v | low7);
}
/* The bytes from lo to hi, both ASCII, exactly (as evg_swar_alpha). */
static inline uint64_t evg_swar_in(uint64_t w, unsigned char lo,
                                   unsigned char hi) {
  uint64_t low = w & ~EVG_SWAR_HIGH;
  uint64_t from_lo = low + (0x80 - lo) * EVG_SWAR_ONES;
  uint64_t past_hi = low + (0x80 - hi - 1) * EVG_SWAR_ONES;
  return from_lo & ~past_hi & ~w & EVG_SWAR_HIGH;
}
#endif

/* The end of the run of ASCII letters from s[i), before `to`. */
static inline size_t evg_alpha_run_end(const char *s, size_t i, size_t to) {
#ifdef EVG_SWAR
  for (; i < to && to - i >= 8; i += 8) {
    uint64_t other = ~evg_swar_alpha(evg_swar_load(s + i)) & EVG_SWAR_HIGH;
    if (other)
      return i + evg_swar_first(other);
  }
#endif
  while (i < to && ascii_alpha((unsigned char)s[i]))
    i++;
  return i;
}

/* The end of the last byte of s[lo, c) that is a or b, or lo when there
 * is none: for the walks back over most of a window to its last comma
 * (extract_attach.c, extract_trailing_relative.c), eight bytes a step. */
static inline size_t evg_mark_before(const char *s, size_t lo, size_t c,
                                     unsigned char a, unsigned char b) {
#ifdef EVG_SWAR
  for (; c >= lo + 8; c -= 8) {
    uint64_t w = evg_swar_load(s + c - 8);
    uint64_t marks = evg_swar_eq(w, a) | evg_swar_eq(w, b);
    if (marks)
      return c - 8 + evg_swar_last(marks) + 1;
  }
#endif
  while (c > lo && (unsigned char)s[c - 1] != a && (unsigned char)s[c - 1] != b)
    c--;
  return c;
}

/* Whether word[0, len) is a time zone's abbreviation written in capitals
 * ("GMT", "CEST"; not "Est." or a name): the tagger reads one after a
 * clock time, and a label drops it with that time (timex_rules_times.c). */
bool evg_zone_abbreviation(const char *word, size_t len);

/* A growable byte buffer; `data` is always NUL-terminated. */
typedef struct {
  char *data;
  size_t len;
  size_t cap;
} evg_buf;

/* Makes room for `extra` more bytes, so that a loop of byte writes that
 * knows its bound does not grow the buffer step by step. */
void evg_buf_reserve(evg_buf *buf, size_t extra);
/* Inline, the growth alone out of line: the writers and labels add some
 * 240,000 pieces on the bench's block, most of a byte or a literal (whose
 * strlen and copy gcc then folds), and the calls to append, to reserve
 * and to memcpy cost more than the copy. */
static inline void evg_buf_append(evg_buf *buf, const char *s, size_t len) {
  if (buf->len + len + 1 > buf->cap)
    evg_buf_reserve(buf, len);
  memcpy(buf->data + buf->len, s, len);
  buf->len += len;
  buf->data[buf->len] = '\0';
}
static inline void evg_buf_puts(evg_buf *buf, const char *s) {
  evg_buf_append(buf, s, strlen(s));
}
static inline void evg_buf_putc(evg_buf *buf, char c) {
  if (buf->len + 2 > buf->cap)
    evg_buf_reserve(buf, 1);
  buf->data[buf->len++] = c;
  buf->data[buf->len] = '\0';
}
void evg_buf_printf(evg_buf *buf, const char *format, ...)
    __attribute__((format(printf, 2, 3)));
void evg_buf_free(evg_buf *buf);
/* Appends tags as the comma-separated list the events file and the
 * `tags` value write: ", " between them, each as it is, or in double
 * quotes (with \" and \\ inside) when it holds a comma or a quote or
 * starts or ends with a blank, as the events parser reads it back. */
void evg_buf_put_tags(evg_buf *buf, const char *const *tags, size_t count);

/* An arena of strings and small objects freed all at once. */
typedef struct evg_arena_block evg_arena_block;
typedef struct {
  evg_arena_block *head;
} evg_arena;

/* Aligned for any object. */
void *evg_arena_alloc(evg_arena *arena, size_t size);
/* Aligned for pointers, integers and doubles only (objects with no wider
 * member): a million small objects then waste no padding to 16 bytes. */
void *evg_arena_alloc_words(evg_arena *arena, size_t size);
/* A NUL-terminated copy, packed byte by byte (strings need no alignment:
 * rounding each up to 16 bytes took a third of a model's text). */
char *evg_arena_strndup(evg_arena *arena, const char *s, size_t len);
/* Moves every block of `from` into `into` (nothing is copied; `from` is
 * left empty): what two threads allocated apart is freed together. */
void evg_arena_absorb(evg_arena *into, evg_arena *from);
void evg_arena_free(evg_arena *arena);

/* Maps NUL-terminated keys (borrowed; they must outlive the map) to size_t
 * values.  Open addressing, grows at 50% load: O(1) expected.  A slot keeps
 * its key's hash beside the key, so that a probe compares the hashes and
 * reads a key's bytes only when they match (one cache line per probe). */
typedef struct {
  const char *key;
  size_t value;
  size_t hash;
} evg_map_slot;
typedef struct {
  evg_map_slot *slots;
  size_t cap;
  size_t count;
} evg_map;

/* Returns true and sets *value when the key is present. */
bool evg_map_get(const evg_map *map, const char *key, size_t *value);
/* The same with the key's evg_map_hash computed once for several maps. */
size_t evg_map_hash(const char *key);
bool evg_map_get_hashed(const evg_map *map, const char *key, size_t hash,
                        size_t *value);
/* The same for the key's first len bytes, no terminator needed. */
bool evg_map_get_span(const evg_map *map, const char *key, size_t len,
                      size_t *value);
/* For a loop of look-ups in a map larger than the cache: ask for the
 * slot of a key some look-ups ahead, then (nearer) for the key that slot
 * holds, so that the misses overlap rather than come one after another. */
void evg_map_prefetch(const evg_map *map, size_t hash);
void evg_map_prefetch_key(const evg_map *map, size_t hash);
/* The value of a present key, to change in place (valid until the next
 * put); NULL when the key is absent. */
size_t *evg_map_value(evg_map *map, const char *key);
/* Inserts; returns false (and leaves the map unchanged) when present. */
bool evg_map_put(evg_map *map, const char *key, size_t value);
void evg_map_free(evg_map *map);

/* The event at chronological rank `rank`. */
const evg_event *evg_graph_ranked_event(const evg_graph *graph, size_t rank);

/* Abbreviations whose period does not end a sentence ("Jan.", "U.S.",
 * "Mr.", initials); `word` is `len` bytes without the final period, in any
 * case.  One list for the tagger and the extractor, so that both split
 * sentences alike. */
bool evg_abbreviation(const char *word, size_t len);

/* Writes `value` in decimal (as "%lld" does) into `text`, which has room
 * for any long long, and returns it: writers format millions of numbers. */
char *evg_format_integer(char text[24], long long value);

/* True when the NUL-terminated `s` is ASCII that evg_utf8_sanitize would
 * copy unchanged (no control characters but tab, LF and CR), with its
 * length in *len: the common case, which a writer then passes on as is. */
bool evg_ascii_clean(const char *s, size_t *len);

/* The length of the run of s[0..len) that a JSON string holds as it is:
 * printable ASCII (0x20 to 0x7E) but '"' and '\\'.  A string that is all
 * such bytes is written by jansson's dump as itself between quotes (it
 * escapes only '"', '\\' and control bytes, and without
 * JSON_ENSURE_ASCII passes valid UTF-8 on), and evg_utf8_sanitize leaves
 * it unchanged. */
size_t evg_json_plain_run(const char *s, size_t len);

/* The relations (causes ... part-of) of each event in edge order,
 * bucketed by their source event (a counting sort: linear in the edges):
 * event e's are edges[start[e] .. start[e + 1]).  The events and the
 * TimelineJS writers read them so; free both arrays. */
typedef struct {
  size_t *start; /* by event, into `edges`; start[count] = total */
  size_t *edges; /* edge indices */
} evg_relations;
evg_relations evg_bucket_relations(const evg_graph *g);

/* The length of the run of s[0..len) that an XML text holds as it is:
 * printable ASCII but '<', '>', '&' and '"', and tab and line feed.
 * libxml2's xmlTextWriterWriteString passes such bytes through
 * xmlEncodeSpecialChars unchanged (it escapes those four and the return),
 * and evg_utf8_sanitize leaves them unchanged. */
size_t evg_xml_plain_run(const char *s, size_t len);

/* 32-bit FNV-1a of `len` bytes: the keyword table's slots, the hashed part
 * of actor ids. */
uint32_t evg_hash32(const void *data, size_t len);

/* UTF-8: length of the valid sequence at s (1..4), or 0 when invalid. */
size_t evg_utf8_valid_len(const unsigned char *s, size_t len);
/* The code point of the valid n-byte sequence at s. */
unsigned int evg_utf8_decode(const unsigned char *s, size_t n);
/* The length of the letter at s (1..4 bytes): an ASCII letter, or a
 * letter of another script; 0 for anything else, including the punctuation
 * and symbols outside ASCII (dashes, curly quotes, currency signs). */
size_t evg_utf8_letter_len(const unsigned char *s, size_t len);
/* The ASCII letters a Latin letter with marks is written with in an id
 * ("e" for U+00C9, "oe" for U+0152, "ss" for U+00DF), lower case; NULL for
 * code points outside Latin-1 and Latin Extended-A, and for signs. */
const char *evg_ascii_letters(unsigned int cp);
/* Display width of a code point: 2 for CJK and other wide characters
 * (two columns in a terminal, about one em in a proportional font), else
 * 1. */
int evg_display_width(unsigned int cp);
/* Number of code points in s[0..len) (invalid bytes count as one). */
size_t evg_utf8_count(const char *s, size_t len);
/* Copies s into buf, replacing invalid UTF-8, C0 controls other than
 * tab, LF and CR, and U+FFFE and U+FFFF (not XML characters) with U+FFFD,
 * so that any writer gets clean text. */
void evg_utf8_sanitize(evg_buf *buf, const char *s, size_t len);

/* The words by which the merge compares events (merge_terms.c): text
 * folded into terms, each an id in the folder's vocabulary. */
typedef struct evg_term_folder evg_term_folder;
evg_term_folder *evg_term_folder_new(void);
void evg_term_folder_free(evg_term_folder *folder);
/* Terms so far: one more than the largest id given. */
size_t evg_term_folder_size(const evg_term_folder *folder);
/* Appends the term ids of `text` (NULL: none) to (*terms)[*count..],
 * growing *terms (capacity *cap, realloc'd). */
void evg_terms_add(evg_term_folder *folder, const char *text, size_t **terms,
                   size_t *count, size_t *cap);
/* Whether a term was only ever written with a capital, at least once
 * inside a sentence: a name (of a place, a thing, a body), which says where
 * or who, not what happened. */
bool evg_term_is_name(const evg_term_folder *folder, size_t term);

/* Writes x as an events file (evg_write_extraction's events format); with
 * `threaded`, the events' records are put together in batches on two
 * threads, a few batches held at a time (the same bytes either way).
 * evg_write_extraction takes the second thread from this many events on. */
#define EXTRACT_WRITER_THREAD_MIN_EVENTS 2048
void extract_write_events(const evg_extraction *x, const char *text, size_t len,
                          const char *file_name, FILE *out, bool threaded);

/* Writes the events of one article of a corpus as JSON Lines, one event a
 * line, each with "article" (this id) and its actors' objects inline: the
 * lines of evgraph extract --jsonl (evg_extract_jsonl).  False, with an
 * error in `diags`, when jansson or the stream fails. */
bool evg_write_extraction_article(const evg_extraction *x, const char *article,
                                  FILE *out, evg_diags *diags);

/* The column (in characters, from 1) of `"key":` in a line of JSON, for
 * messages about its value: jansson gives no positions of values.  A quote
 * escaped in a string (\") is no key's.  1 when not found. */
int evg_json_key_column(const char *line, const char *key);

/* A jansson string of `text` made valid UTF-8 first (jansson refuses
 * invalid UTF-8, and one bad byte must not lose a whole file), built in
 * `scratch`; NULL when jansson fails.  The JSON writers' one way to a
 * string. */
struct json_t *evg_json_text(evg_buf *scratch, const char *text);

/* A JSON file streamed one jansson value at a time (json_stream.c): the
 * node-link/graphology and TimelineJS writers.  `format` names the file in
 * errors ("JSON: write error (...)"); after the first error nothing more
 * is written and `failed` stays true.  Start with {out, format, diags}
 * and end with evg_json_stream_finish. */
typedef struct {
  FILE *out;
  const char *format;
  evg_diags *diags;
  evg_buf scratch;
  bool failed;
} evg_json_stream;

/* Reports `what` (a printf format of one %s, filled with `detail`) once. */
void evg_json_fail(evg_json_stream *s, const char *what, const char *detail);
/* A new string of `value` made valid UTF-8; NULL after an error. */
struct json_t *evg_json_string(evg_json_stream *s, const char *value);
/* Sets `key`, taking the reference; a NULL value (an earlier failure) is
 * skipped, as json_object_set_new would. */
void evg_json_set(evg_json_stream *s, struct json_t *object, const char *key,
                  struct json_t *value);
/* Sets `key` to the string of `value` when `value` is not NULL. */
void evg_json_set_text(evg_json_stream *s, struct json_t *object,
                       const char *key, const char *value);
void evg_json_put(evg_json_stream *s, const char *bytes);
/* Writes `value` compact and drops the reference. */
void evg_json_dump(evg_json_stream *s, struct json_t *value);
/* One array element on its own line: ",\n" before all but the first. */
void evg_json_element(evg_json_stream *s, struct json_t *value, size_t index);
void evg_json_stream_finish(evg_json_stream *s);

/* Text made one line for an events file or a graph's field: clean UTF-8
 * (evg_utf8_sanitize), line breaks and tabs as spaces, what the events
 * parser rejects (C1 controls, bidi overrides) as U+FFFD, trimmed.  Into
 * `clean`, which it resets. */
void evg_text_one_line(evg_buf *clean, const char *text, size_t len);

/* True for the code points the events parser rejects in a line: controls
 * other than tab (C0, DEL, C1) and the bidi embeddings, overrides and
 * isolates.  Writers of events files replace them. */
bool evg_events_rejects(unsigned int cp);

/* The data fields every writer gives an event, in this order: date,
 * date_label, date_written (relative dates only), date_iso, start and end
 * (absent when open or unknown), precision, year, approximate, uncertain, rank,
 * actors, tags, description, quote, source (the last three when given),
 * then after a merge `sources` and `quotes` (every citation's, one per line,
 * an empty line for a missing half; only with two citations or more) and
 * `notes` (one per line, when any: GraphML has no list type).  Values
 * point into *storage, which the call resets.  Returns the number of fields. */
#define EVG_EVENT_FIELDS 20
/* What a field's value is, beyond its text: writers with types (JSON)
 * take `number` or the model's lists rather than parse the text again. */
typedef enum {
  EVG_VALUE_TEXT,
  EVG_VALUE_INTEGER, /* `number` */
  EVG_VALUE_BOOLEAN, /* `number`, 0 or 1 */
  EVG_VALUE_ACTORS,  /* the event's actor ids, comma-joined in `value` */
  EVG_VALUE_TAGS     /* the event's tags, comma-joined in `value` */
} evg_value_type;

typedef struct {
  const char *name;
  const char *value;
  evg_value_type type;
  long long number;
} evg_field;
size_t evg_event_fields(const evg_graph *graph, const evg_event *event,
                        evg_buf *storage, evg_field *fields);
/* The names of the fields above that only some graphs have (`sources`,
 * `quotes`, `notes`), NULL-terminated, when some event of `graph` has
 * them: writers that declare their keys up front declare these only then,
 * so that files without them stay as they were.  Into names[4]. */
void evg_event_extra_fields(const evg_graph *graph, const char *names[4]);

/* The data fields every writer gives a period, in this order: date (its
 * span as EDTF, A/B or A/..), date_label, start, end (absent while it
 * lasts), color (when given).  As evg_event_fields. */
#define EVG_PERIOD_FIELDS 5
size_t evg_period_fields(const evg_period *period, evg_buf *storage,
                         evg_field *fields);

/* A box of a laid-out drawing: its centre and size, in points, y growing
 * downwards from the drawing's top left corner (as yEd and SVG count). */
typedef struct {
  double x, y, width, height;
} evg_box;

/* Where the pictures put each event, and a row of actors under them: the
 * geometry that the GEXF and yEd writers hand on, so that Gephi and yEd
 * open the finished drawing. */
typedef struct {
  evg_box *events;  /* by event index */
  evg_box *actors;  /* by actor index */
  evg_box *periods; /* by period index */
  bool *placed;     /* by event index; all true after a successful layout */
  double width, height;
} evg_geometry;

/* The most events the graph layout (a slide: 2,000 generated events take
 * 3 s and are drawn at a seventh of the legible size) is asked to lay out.  The
 * GEXF and yEd writers above it still write every element, and say in a
 * warning what they did instead; the pictures refuse up front, naming the
 * timeline layout and the filters. */
#define EVG_DRAWING_EVENTS_MAX 2000
/* The same for the timeline layout, which is evgraph's own and about
 * linear (30,000 events: 15 s, 440 MB). */
#define EVG_TIMELINE_EVENTS_MAX 50000

/* Lays the graph out as evg_render_image does (options->layout "graph" or
 * "timeline", in a child process under the same time limit) and fills
 * `geometry`, freed with evg_geometry_free.  False, with an error in
 * `diags`, when the layout fails. */
bool evg_layout_geometry(const evg_graph *graph,
                         const evg_render_options *options,
                         evg_geometry *geometry, evg_diags *diags);
void evg_geometry_free(evg_geometry *geometry);
/* Puts the periods in a row under the rest of `geometry` (allocating
 * geometry->periods), each spanning the events of its time; done by
 * evg_layout_geometry, for other geometries by their maker. */
void evg_geometry_place_periods(const evg_graph *graph, evg_geometry *geometry);

/* While a libxml2 writer runs, libxml2's errors (which it would print) go
 * to `diags` as "WHAT: libxml2: message", the first one only. */
typedef struct {
  evg_diags *diags;
  const char *what;
  int count;                             /* errors seen */
  void (*saved_handler)(void *, void *); /* libxml2's, restored at end */
  void *saved_context;
} evg_xml_errors;
void evg_xml_errors_begin(evg_xml_errors *errors, evg_diags *diags,
                          const char *what);
void evg_xml_errors_end(evg_xml_errors *errors);

/* Graph construction, used by the parsers.  The builder owns everything it
 * is given through its arena. */
typedef struct evg_builder evg_builder;

typedef struct {
  const char *id; /* alive until evg_builder_finish (its scratch arena) */
  evg_pos pos;    /* position of the reference, for errors */
  int span;
} evg_ref;

/* The ways an event's date can be written. */
typedef enum {
  EVG_DATE_ABSOLUTE,
  EVG_DATE_ANCHOR, /* anchor +/- amount unit */
  EVG_DATE_EVENT   /* @id +/- amount unit */
} evg_date_kind;

typedef struct {
  evg_date_kind kind;
  evg_date absolute; /* for EVG_DATE_ABSOLUTE */
  evg_ref base;      /* for EVG_DATE_EVENT */
  int amount;        /* signed */
  evg_unit unit;
  bool approximate; /* qualifier after a relative date */
  bool uncertain;
  const char *text; /* as written (arena) */
  evg_pos pos;
  int span;
  const char *line; /* the source line, for diagnostics (arena) */
} evg_date_spec;

evg_builder *evg_builder_new(const char *file, evg_diags *diags);
/* Frees the builder; returns the graph (or NULL when errors were found). */
evg_graph *evg_builder_finish(evg_builder *builder);
evg_arena *evg_builder_arena(evg_builder *builder);
/* For strings the builder needs only until evg_builder_finish, which frees
 * them: the ids of references and of relative dates' base events. */
evg_arena *evg_builder_scratch(evg_builder *builder);

void evg_builder_set_title(evg_builder *b, const char *title);
void evg_builder_set_source(evg_builder *b, const char *source);
void evg_builder_set_anchor(evg_builder *b, const evg_date *anchor);

/* The id must be unique across events and actors; the caller checks with
 * evg_builder_has_id first and reports duplicates at its position. */
bool evg_builder_has_id(evg_builder *b, const char *id, evg_pos *first);
/* The actor's name is its id and its kind "other" until set. */
size_t evg_builder_add_actor(evg_builder *b, const char *id, evg_pos pos);
void evg_builder_actor_set(evg_builder *b, size_t actor, const char *name,
                           const char *kind);

/* A period; the parser fills the returned period's label, dates and
 * colour (the pointer is valid until the next evg_builder_add_period). */
size_t evg_builder_add_period(evg_builder *b, const char *id, evg_pos pos);
evg_period *evg_builder_period(evg_builder *b, size_t period);

size_t evg_builder_add_event(evg_builder *b, const char *id, evg_pos pos);
typedef enum {
  EVG_FIELD_LABEL,
  EVG_FIELD_DESCRIPTION,
  EVG_FIELD_QUOTE,  /* pairs with the last citation's source, if free */
  EVG_FIELD_SOURCE, /* pairs with the last citation's quote, if free */
  EVG_FIELD_NOTE    /* adds a note */
} evg_event_field;
void evg_builder_event_set(evg_builder *b, size_t event, evg_event_field f,
                           const char *value);
/* Adds a whole source/quote pair (either may be NULL, not both). */
void evg_builder_event_cite(evg_builder *b, size_t event, const char *source,
                            const char *quote);
void evg_builder_event_date(evg_builder *b, size_t event,
                            const evg_date_spec *date);
void evg_builder_event_tag(evg_builder *b, size_t event, const char *tag);
/* The TimelineJS extras; the strings must live in the builder's arena. */
void evg_builder_event_slide(evg_builder *b, size_t event,
                             const evg_slide *slide);
/* Relations and actors by id, resolved when the builder finishes. */
void evg_builder_event_ref(evg_builder *b, size_t event, evg_relation relation,
                           const evg_ref *target, const char *line);

/* timex.c: tagging read by another thread while it goes on (extract.c).
 * evg_tag_into fills a list made by evg_timexes_new, as evg_tag_text does,
 * and says as it goes how far it has come; evg_timexes_wait returns once
 * every expression that starts before `offset` is in the list (counted by
 * evg_timexes_count; the expressions never move). */
/* The list is filled in segments that never move (segment k holds
 * TIMEX_SEGMENT_BASE << k expressions; see timex.c). */
#define TIMEX_SEGMENT_BASE 64
#define TIMEX_SEGMENTS 40
struct evg_timexes {
  evg_timex *segments[TIMEX_SEGMENTS];
  atomic_size_t count;
  size_t cap;
  evg_arena arena;
  atomic_size_t tagged_to;
  pthread_mutex_t lock; /* guards the wait for tagged_to */
  pthread_cond_t progress;
};
/* The expression `index`, which the caller knows is in the list (below a
 * count it read with evg_timexes_count): the segment of `index` and its
 * place in it, the segments before k holding BASE * (2^k - 1).  Inline,
 * without the count read again: evg_timexes_get, a call that does, was
 * asked 250,000 times by the labels and the dated clauses on the bench's
 * 790 kB of prose. */
static inline evg_timex *evg_timexes_at(const evg_timexes *list, size_t index) {
  size_t block = index / TIMEX_SEGMENT_BASE + 1;
  unsigned k = 63u - (unsigned)__builtin_clzll((unsigned long long)block);
  size_t before = TIMEX_SEGMENT_BASE * (((size_t)1 << k) - 1);
  return &list->segments[k][index - before];
}
/* The index of the first expression of list[0, count) that starts at or
 * after byte `at` (count when none), by halving: the list is in text
 * order, and a stage that asks for each sentence or clause must not read
 * it from the start each time. */
static inline size_t evg_timexes_first_from(const evg_timexes *list,
                                            size_t count, size_t at) {
  size_t lo = 0, hi = count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (evg_timexes_at(list, mid)->start < at)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}
evg_timexes *evg_timexes_new(void);
void evg_tag_into(evg_timexes *list, const char *text, size_t len,
                  const evg_date *anchor);
void evg_timexes_wait(evg_timexes *list, size_t offset);

#endif
