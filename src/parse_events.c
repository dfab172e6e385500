/* parse_events.c: the events-file parser.  One pass over the lines; every
 * element keeps its position; errors are collected and the parse goes on. */
#include "internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef enum {
  BLOCK_NONE,
  BLOCK_EVENT,
  BLOCK_ACTOR,
  BLOCK_PERIOD,
  BLOCK_DISCARD
} block_kind;

typedef enum {
  KEY_DATE,
  KEY_LABEL,
  KEY_DESCRIPTION,
  KEY_QUOTE,
  KEY_SOURCE,
  KEY_ACTORS,
  KEY_TAGS,
  KEY_CAUSES,
  KEY_RESPONDS_TO,
  KEY_PRECEDES,
  KEY_PART_OF,
  KEY_NAME,
  KEY_KIND,
  KEY_FROM,
  KEY_TO,
  KEY_COLOR,
  KEY_NOTE,
  KEY_COUNT
} block_key;

static const char *const key_names[KEY_COUNT] = {
    "date", "label",  "description", "quote",    "source",  "actors",
    "tags", "causes", "responds-to", "precedes", "part-of", "name",
    "kind", "from",   "to",          "color",    "note"};

#define KEY_BIT(key) (1u << (key))
/* The keys of each kind of block; a broken block's lines are checked
 * against all of them. */
static unsigned int block_keys(block_kind block) {
  switch (block) {
  case BLOCK_EVENT:
    return (KEY_BIT(KEY_PART_OF + 1) - KEY_BIT(KEY_DATE)) | KEY_BIT(KEY_NOTE);
  case BLOCK_ACTOR:
    return KEY_BIT(KEY_NAME) | KEY_BIT(KEY_KIND);
  case BLOCK_PERIOD:
    return KEY_BIT(KEY_LABEL) | KEY_BIT(KEY_FROM) | KEY_BIT(KEY_TO) |
           KEY_BIT(KEY_COLOR);
  default:
    return KEY_BIT(KEY_COUNT) - 1;
  }
}

static const char *block_name(block_kind block) {
  return block == BLOCK_ACTOR    ? "actor"
         : block == BLOCK_PERIOD ? "period"
                                 : "event";
}

static const char *const actor_kinds[] = {
    "person",      "company", "government", "media", "organization",
    "institution", "country", "group",      "other", NULL};

typedef struct {
  const char *text; /* the whole input */
  size_t len;
  const char *file;
  evg_diags *diags;
  evg_builder *builder;
  evg_arena *arena;

  /* the current line */
  const char *line;
  size_t line_len;
  /* the line for diagnostics, which keep a source line up to its end: the
   * input itself while the builder runs, or a copy of a last line that no
   * newline ends (the input need not be NUL-terminated) */
  const char *source_line;
  int line_no;
  /* the last column computed on this line: list items and their errors
   * are visited left to right, so columns are counted once per line */
  const char *col_at;
  int col_value;

  block_kind block;
  size_t block_index;
  int block_line;
  const char *block_text; /* the block's header line, for diagnostics */
  size_t block_text_len;
  int block_errors;     /* errors before the block opened */
  const char *block_id; /* in block_id_buf: the builder copies what it keeps */
  evg_buf block_id_buf;
  int key_lines[KEY_COUNT]; /* line of each scalar key in this block */
  bool seen_block;          /* an event or actor was opened */
  int header_lines[3];      /* title, anchor, source */
} parser;

/* ---- positions and errors ---- */

static int col_of(parser *p, const char *at) {
  if (!p->col_at || at < p->col_at || p->col_at < p->line) {
    p->col_at = p->line;
    p->col_value = 1;
  }
  p->col_value += (int)evg_utf8_count(p->col_at, (size_t)(at - p->col_at));
  p->col_at = at;
  return p->col_value;
}

static int span_of(const char *s, size_t len) {
  int span = (int)evg_utf8_count(s, len);
  return span > 0 ? span : 1;
}

static evg_pos pos_at(parser *p, const char *at) {
  return (evg_pos){p->file, p->line_no, col_of(p, at)};
}

static void error_at(parser *p, const char *at, size_t len, const char *format,
                     ...) __attribute__((format(printf, 4, 5)));

static void error_at(parser *p, const char *at, size_t len, const char *format,
                     ...) {
  char message[512];
  va_list args;
  va_start(args, format);
  vsnprintf(message, sizeof message, format, args);
  va_end(args);
  /* the caret never reaches past the line (an error at its very end) */
  size_t room = (size_t)(p->line + p->line_len - at);
  if (at > p->line + p->line_len)
    room = 0;
  evg_diags_add(p->diags, EVG_SEV_ERROR, p->file, p->line_no, col_of(p, at),
                room ? span_of(at, len < room ? len : room) : 1, p->source_line,
                "%s", message);
}

/* ---- small lexers ---- */

/* The longest id: ids name nodes in every format and SVG element ids. */
enum { EVG_ID_MAX = 256 };

static bool is_blank(char c) { return c == ' ' || c == '\t'; }

static const char *skip_blanks(const char *s, const char *end) {
  while (s < end && is_blank(*s))
    s++;
  return s;
}

static const char *trim_end(const char *start, const char *end) {
  while (end > start && is_blank(end[-1]))
    end--;
  return end;
}

/* ASCII only, as isalpha and isalnum in the C and UTF-8 locales, without a
 * call and a table look-up per character: ids are most of a large file's
 * checked bytes. */
static bool ascii_letter(char c) {
  return (unsigned char)((c | 0x20) - 'a') < 26;
}

static bool id_start(char c) { return ascii_letter(c) || c == '_'; }

static bool id_char(char c) {
  return ascii_letter(c) || (unsigned char)(c - '0') < 10 || c == '_' ||
         c == '-' || c == '.';
}

/* The longest label, in characters: Graphviz drops a label of about
 * 850 KB from the picture without a word, and draws 200 KB. */
#define LABEL_MAX 32768

/* Checks an id; on failure reports at the offending character. */
static bool check_id(parser *p, const char *s, size_t len, const char *what) {
  if (len == 0) {
    error_at(p, s, 1, "missing %s id", what);
    return false;
  }
  if (len > EVG_ID_MAX) {
    /* an id is one unbroken DOT token: Graphviz's lexer fails past 16 KB */
    error_at(p, s + EVG_ID_MAX, 1, "%s id longer than %d characters", what,
             EVG_ID_MAX);
    return false;
  }
  for (size_t i = 0; i < len; i++) {
    if (i == 0 ? !id_start(s[0]) : !id_char(s[i])) {
      size_t n = evg_utf8_valid_len((const unsigned char *)s + i, len - i);
      error_at(p, s + i, 1,
               "invalid character '%.*s' in %s id '%.*s' (ids are letters, "
               "digits, '_', '-' and '.', and start with a letter or '_')",
               (int)(n ? n : 1), s + i, what, (int)len, s);
      return false;
    }
  }
  return true;
}

/* Levenshtein distance, capped: only used on short keys to suggest one. */
static int edit_distance(const char *a, size_t la, const char *b) {
  size_t lb = strlen(b);
  if (la > 24 || lb > 24)
    return 99;
  int row[25];
  for (size_t j = 0; j <= lb; j++)
    row[j] = (int)j;
  for (size_t i = 1; i <= la; i++) {
    int diagonal = row[0];
    row[0] = (int)i;
    for (size_t j = 1; j <= lb; j++) {
      int up = row[j];
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int best = diagonal + cost;
      if (row[j] + 1 < best)
        best = row[j] + 1;
      if (row[j - 1] + 1 < best)
        best = row[j - 1] + 1;
      row[j] = best;
      diagonal = up;
    }
  }
  return row[lb];
}

static const char *suggest(const char *key, size_t len,
                           const char *const *names, size_t count) {
  const char *best = NULL;
  int best_distance = 3;
  for (size_t i = 0; i < count; i++) {
    if (!names[i])
      continue;
    int d = edit_distance(key, len, names[i]);
    if (d < best_distance) {
      best = names[i];
      best_distance = d;
    }
  }
  return best;
}

/* ---- values ---- */

static const char *store(parser *p, const char *s, size_t len) {
  return evg_arena_strndup(p->arena, s, len);
}

static bool parse_unit(const char *s, size_t len, evg_unit *unit) {
  static const struct {
    const char *name;
    evg_unit unit;
  } units[] = {{"day", EVG_UNIT_DAY},         {"days", EVG_UNIT_DAY},
               {"week", EVG_UNIT_WEEK},       {"weeks", EVG_UNIT_WEEK},
               {"month", EVG_UNIT_MONTH},     {"months", EVG_UNIT_MONTH},
               {"quarter", EVG_UNIT_QUARTER}, {"quarters", EVG_UNIT_QUARTER},
               {"year", EVG_UNIT_YEAR},       {"years", EVG_UNIT_YEAR}};
  for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
    if (strlen(units[i].name) == len && memcmp(units[i].name, s, len) == 0) {
      *unit = units[i].unit;
      return true;
    }
  }
  return false;
}

/* Parses "anchor [+|- N unit][~?%]" or "@id [+|- N unit][~?%]" after the
 * base, already consumed up to `s`. */
static bool parse_offset(parser *p, const char *s, const char *end,
                         evg_date_spec *spec) {
  s = skip_blanks(s, end);
  spec->amount = 0;
  spec->unit = EVG_UNIT_DAY;
  if (s < end && (*s == '+' || *s == '-')) {
    int sign = *s == '-' ? -1 : 1;
    s = skip_blanks(s + 1, end);
    const char *digits = s;
    long amount = 0;
    while (s < end && isdigit((unsigned char)*s) && amount <= 1000000)
      amount = amount * 10 + (*s++ - '0');
    if (s == digits) {
      error_at(p, s < end ? s : end, 1, "expected a number after '%c'",
               sign < 0 ? '-' : '+');
      return false;
    }
    if (amount > 100000) {
      error_at(p, digits, (size_t)(s - digits), "offset is too large");
      return false;
    }
    s = skip_blanks(s, end);
    const char *word = s;
    while (s < end && ascii_alpha((unsigned char)*s))
      s++;
    if (!parse_unit(word, (size_t)(s - word), &spec->unit)) {
      error_at(p, word, s > word ? (size_t)(s - word) : 1,
               "expected a unit (days, weeks, months, quarters or years)");
      return false;
    }
    spec->amount = (int)(sign * amount);
  }
  s = skip_blanks(s, end);
  if (s < end && (*s == '~' || *s == '?' || *s == '%') && s + 1 == end) {
    spec->approximate = *s == '~' || *s == '%';
    spec->uncertain = *s == '?' || *s == '%';
    s++;
  }
  if (s < end) {
    error_at(p, s, (size_t)(end - s),
             "unexpected text after the relative date (expected '+ N unit', "
             "'- N unit' or a qualifier ~ ? %%)");
    return false;
  }
  return true;
}

static bool parse_date_value(parser *p, const char *s, const char *end,
                             evg_date_spec *spec) {
  memset(spec, 0, sizeof *spec);
  spec->text = store(p, s, (size_t)(end - s));
  spec->pos = pos_at(p, s);
  spec->span = span_of(s, (size_t)(end - s));
  spec->line = p->source_line;
  size_t len = (size_t)(end - s);
  if (len >= 6 && memcmp(s, "anchor", 6) == 0 && (len == 6 || !id_char(s[6]))) {
    spec->kind = EVG_DATE_ANCHOR;
    return parse_offset(p, s + 6, end, spec);
  }
  if (*s == '@') {
    const char *id = s + 1;
    const char *q = id;
    while (q < end && id_char(*q))
      q++;
    if (!check_id(p, id, (size_t)(q - id), "event"))
      return false;
    spec->kind = EVG_DATE_EVENT;
    spec->base.id = evg_arena_strndup(evg_builder_scratch(p->builder), id,
                                      (size_t)(q - id));
    spec->base.pos = pos_at(p, s);
    spec->base.span = span_of(s, (size_t)(q - s));
    return parse_offset(p, q, end, spec);
  }
  const char *error = NULL;
  size_t offset = 0;
  spec->kind = EVG_DATE_ABSOLUTE;
  if (!evg_date_parse(s, len, &spec->absolute, &error, &offset)) {
    if (offset > len)
      offset = len;
    error_at(p, s + offset, 1, "%s", error);
    return false;
  }
  return true;
}

/* Calls `item` for each comma-separated, trimmed item of a list value. */
typedef void (*item_fn)(parser *p, block_key key, const char *s, size_t len);

/* A tag written in double quotes may hold commas (a TimelineJS group such
 * as "Health, Schools"); inside, \" and \\ stand for a quote and a
 * backslash.  Adds the tag and returns where its item ends (the comma or
 * the end), or NULL when the item cannot be read on (a quote left open,
 * text after the closing quote); an empty tag is reported and skipped. */
static const char *quoted_tag(parser *p, const char *open, const char *end) {
  /* the closing quote first, then room for the tag's own bytes: room for
   * the rest of the line at each tag made a line of many quoted tags
   * quadratic in memory and time */
  const char *s = open + 1;
  while (s < end && *s != '"')
    s += *s == '\\' && s + 1 < end && (s[1] == '"' || s[1] == '\\') ? 2 : 1;
  if (s >= end) {
    error_at(p, open, 1, "quoted tag not closed (a closing '\"' expected)");
    return NULL;
  }
  char *text = evg_arena_alloc(p->arena, (size_t)(s - open));
  size_t len = 0;
  for (const char *c = open + 1; c < s; c++) {
    if (*c == '\\' && (c[1] == '"' || c[1] == '\\'))
      c++;
    text[len++] = *c;
  }
  text[len] = '\0';
  const char *after = skip_blanks(s + 1, end);
  if (after < end && *after != ',') {
    error_at(p, after, 1,
             "expected ',' or the end of the line after a quoted "
             "tag");
    return NULL;
  }
  if (len == 0)
    error_at(p, open, 1, "empty item in the list of 'tags'");
  else if (p->block == BLOCK_EVENT)
    evg_builder_event_tag(p->builder, p->block_index, text);
  return after;
}

static void each_item(parser *p, block_key key, const char *s, const char *end,
                      item_fn item) {
  for (;;) {
    const char *first = skip_blanks(s, end);
    if (key == KEY_TAGS && first < end && *first == '"') {
      const char *after = quoted_tag(p, first, end);
      if (!after || after >= end)
        break;
      s = after + 1;
      continue;
    }
    const char *comma =
        first < end ? memchr(first, ',', (size_t)(end - first)) : NULL;
    const char *stop = comma ? comma : end;
    const char *a = skip_blanks(s, stop);
    const char *b = trim_end(a, stop);
    if (a == b)
      error_at(p, a, 1, "empty item in the list of '%s'", key_names[key]);
    else
      item(p, key, a, (size_t)(b - a));
    if (!comma)
      break;
    s = comma + 1;
  }
}

static void add_list_item(parser *p, block_key key, const char *s, size_t len) {
  if (key == KEY_TAGS) {
    if (p->block == BLOCK_EVENT)
      evg_builder_event_tag(p->builder, p->block_index, store(p, s, len));
    return;
  }
  if (!check_id(p, s, len, key == KEY_ACTORS ? "actor" : "event"))
    return;
  static const evg_relation relations[] = {[KEY_ACTORS] = EVG_REL_INVOLVES,
                                           [KEY_CAUSES] = EVG_REL_CAUSES,
                                           [KEY_RESPONDS_TO] =
                                               EVG_REL_RESPONDS_TO,
                                           [KEY_PRECEDES] = EVG_REL_PRECEDES,
                                           [KEY_PART_OF] = EVG_REL_PART_OF};
  evg_ref ref = {evg_arena_strndup(evg_builder_scratch(p->builder), s, len),
                 pos_at(p, s), span_of(s, len)};
  if (p->block == BLOCK_EVENT)
    evg_builder_event_ref(p->builder, p->block_index, relations[key], &ref,
                          p->source_line);
}

/* ---- blocks ---- */

static void close_block(parser *p) {
  /* A block whose lines had errors may well have its date or label on one
   * of them: reporting it missing too would only repeat the error. */
  static const block_key event_keys[] = {KEY_DATE, KEY_LABEL, KEY_COUNT};
  static const block_key period_keys[] = {KEY_LABEL, KEY_FROM, KEY_TO,
                                          KEY_COUNT};
  const block_key *required = p->block == BLOCK_EVENT    ? event_keys
                              : p->block == BLOCK_PERIOD ? period_keys
                                                         : NULL;
  if (required && evg_diags_errors(p->diags) == p->block_errors) {
    for (size_t i = 0; required[i] != KEY_COUNT; i++) {
      if (!p->key_lines[required[i]])
        evg_diags_add(p->diags, EVG_SEV_ERROR, p->file, p->block_line, 1,
                      span_of(p->block_text, p->block_text_len), p->block_text,
                      "%s '%s' has no '%s'", block_name(p->block), p->block_id,
                      key_names[required[i]]);
    }
  }
  p->block = BLOCK_NONE;
}

static void open_block(parser *p, const char *s, const char *end) {
  close_block(p);
  p->seen_block = true;
  const char *word_end = s;
  while (word_end < end && !is_blank(*word_end))
    word_end++;
  block_kind kind = word_end - s == 6            ? BLOCK_PERIOD
                    : memcmp(s, "event", 5) == 0 ? BLOCK_EVENT
                                                 : BLOCK_ACTOR;
  const char *id = skip_blanks(word_end, end);
  const char *id_end = trim_end(id, end);
  memset(p->key_lines, 0, sizeof p->key_lines);
  p->block = BLOCK_DISCARD; /* until the header proves good */
  p->block_line = p->line_no;
  p->block_text = p->source_line;
  p->block_text_len = p->line_len;
  p->block_errors = evg_diags_errors(p->diags);
  p->block_id_buf.len = 0;
  evg_buf_append(&p->block_id_buf, id, (size_t)(id_end - id));
  p->block_id = p->block_id_buf.data;
  const char *what = block_name(kind);
  if (id == id_end) {
    error_at(p, id, 1, "missing %s id after '%s'", what, what);
    return;
  }
  const char *q = id;
  while (q < id_end && !is_blank(*q))
    q++;
  if (q < id_end) {
    error_at(p, skip_blanks(q, id_end),
             (size_t)(id_end - skip_blanks(q, id_end)),
             "unexpected text after the %s id (ids have no spaces)", what);
    return;
  }
  if (!check_id(p, id, (size_t)(id_end - id), what))
    return;
  evg_pos first;
  if (evg_builder_has_id(p->builder, p->block_id, &first)) {
    error_at(p, id, (size_t)(id_end - id),
             "duplicate id '%s' (first defined at line %d)", p->block_id,
             first.line);
    return;
  }
  evg_pos pos = pos_at(p, s);
  if (kind == BLOCK_EVENT) {
    p->block = BLOCK_EVENT;
    p->block_index = evg_builder_add_event(p->builder, p->block_id, pos);
  } else if (kind == BLOCK_PERIOD) {
    p->block = BLOCK_PERIOD;
    p->block_index = evg_builder_add_period(p->builder, p->block_id, pos);
  } else {
    p->block = BLOCK_ACTOR;
    p->block_index = evg_builder_add_actor(p->builder, p->block_id, pos);
  }
}

/* Splits "key: value"; reports and returns false when malformed. */
static bool split_key(parser *p, const char *s, const char *end,
                      const char **key_end, const char **value,
                      const char **value_end) {
  const char *k = s;
  while (k < end && (ascii_is_lower((unsigned char)*k) || *k == '-'))
    k++;
  const char *colon = skip_blanks(k, end);
  if (k == s || colon == end || *colon != ':') {
    const char *at = k == s ? s : colon;
    error_at(p, at, 1,
             k == s ? "expected a key (lowercase letters and '-')"
                    : "expected ':' after the key '%.*s'",
             (int)(k - s), s);
    return false;
  }
  *key_end = k;
  *value = skip_blanks(colon + 1, end);
  *value_end = trim_end(*value, end);
  if (*value == *value_end) {
    error_at(p, colon + 1, 1, "missing value for '%.*s'", (int)(k - s), s);
    return false;
  }
  return true;
}

static void header_line(parser *p, const char *s, const char *end) {
  const char *key_end, *value, *value_end;
  if (!split_key(p, s, end, &key_end, &value, &value_end))
    return;
  static const char *const header_keys[] = {"title", "anchor", "source"};
  size_t len = (size_t)(key_end - s);
  int which = -1;
  for (int i = 0; i < 3; i++)
    if (strlen(header_keys[i]) == len && memcmp(header_keys[i], s, len) == 0)
      which = i;
  if (which < 0) {
    for (int k = 0; k < KEY_COUNT; k++) {
      if (strlen(key_names[k]) == len && memcmp(key_names[k], s, len) == 0) {
        static const block_kind blocks[] = {BLOCK_EVENT, BLOCK_ACTOR,
                                            BLOCK_PERIOD};
        char owners[64] = "", lines[96] = "";
        for (size_t b = 0; b < 3; b++) {
          if (!(block_keys(blocks[b]) & KEY_BIT(k)))
            continue;
          const char *name = block_name(blocks[b]);
          bool more = false;
          for (size_t c = b + 1; c < 3; c++)
            more |= (block_keys(blocks[c]) & KEY_BIT(k)) != 0;
          const char *joint = !*owners ? "" : more ? ", " : " or ";
          size_t o = strlen(owners), l = strlen(lines);
          snprintf(owners + o, sizeof owners - o, "%s%s%s", joint,
                   *owners ? ""
                           : (name[0] == 'a' || name[0] == 'e' ? "an " : "a "),
                   name);
          snprintf(lines + l, sizeof lines - l, "%s'%s ID'", joint, name);
        }
        error_at(p, s, len, "'%s' belongs to %s: indent it under its %s line",
                 key_names[k], owners, lines);
        return;
      }
    }
    const char *hint = suggest(s, len, header_keys, 3);
    if (hint)
      error_at(p, s, len, "unknown header key '%.*s'; did you mean '%s'?",
               (int)len, s, hint);
    else
      error_at(p, s, len,
               "unknown header key '%.*s' (expected title, anchor or source)",
               (int)len, s);
    return;
  }
  if (p->seen_block) {
    error_at(p, s, len,
             "header key '%s' must come before the first event or actor",
             header_keys[which]);
    return;
  }
  if (p->header_lines[which]) {
    error_at(p, s, len, "duplicate key '%s' (first at line %d)",
             header_keys[which], p->header_lines[which]);
    return;
  }
  p->header_lines[which] = p->line_no;
  const char *text = store(p, value, (size_t)(value_end - value));
  if (which == 0) {
    evg_builder_set_title(p->builder, text);
  } else if (which == 2) {
    evg_builder_set_source(p->builder, text);
  } else {
    evg_date anchor;
    const char *error = NULL;
    size_t offset = 0;
    size_t vlen = (size_t)(value_end - value);
    if (!evg_date_parse(value, vlen, &anchor, &error, &offset)) {
      error_at(p, value + (offset < vlen ? offset : vlen), 1, "%s", error);
    } else if (anchor.interval) {
      error_at(p, value, vlen, "the anchor must be a single date, not a range");
    } else {
      evg_builder_set_anchor(p->builder, &anchor);
    }
  }
}

/* A period's bound: one absolute date (no interval), or ".." for a `to`
 * that is still open. */
static bool period_bound(parser *p, block_key key, const char *s,
                         const char *end, evg_date *date) {
  size_t len = (size_t)(end - s);
  const char *error = NULL;
  size_t offset = 0;
  if (!evg_date_parse(s, len, date, &error, &offset)) {
    error_at(p, s + (offset < len ? offset : len), 1, "%s", error);
    return false;
  }
  if (date->interval) {
    error_at(p, s, len,
             "'%s' of a period is a single date, not a range (the period "
             "is the range)",
             key_names[key]);
    return false;
  }
  return true;
}

/* True for "#RRGGBB", the colours every output format takes as written. */
static bool is_rgb_color(const char *s, size_t len) {
  if (len != 7 || s[0] != '#')
    return false;
  for (size_t i = 1; i < 7; i++)
    if (!isxdigit((unsigned char)s[i]))
      return false;
  return true;
}

static void period_line(parser *p, block_key key, const char *value,
                        const char *value_end) {
  evg_period *period = evg_builder_period(p->builder, p->block_index);
  size_t len = (size_t)(value_end - value);
  switch (key) {
  case KEY_LABEL:
    period->label = store(p, value, len);
    break;
  case KEY_COLOR:
    if (is_rgb_color(value, len))
      period->color = store(p, value, len);
    else
      error_at(p, value, len,
               "invalid color '%.*s' (expected #RRGGBB, e.g. #4477aa)",
               (int)len, value);
    break;
  case KEY_FROM:
  case KEY_TO: {
    evg_date date;
    bool open = key == KEY_TO && len == 2 && memcmp(value, "..", 2) == 0;
    if (!open && !period_bound(p, key, value, value_end, &date))
      break;
    if (key == KEY_FROM)
      period->from = date;
    else if (open)
      period->open_end = true;
    else
      period->to = date;
    /* the two bounds in order, once both are read */
    bool both = p->key_lines[KEY_FROM] && p->key_lines[KEY_TO];
    if (both && !period->open_end && period->to.end < period->from.start &&
        evg_diags_errors(p->diags) == p->block_errors) {
      char from[64], to[64];
      evg_date_format_iso(&period->from, from, sizeof from);
      evg_date_format_iso(&period->to, to, sizeof to);
      error_at(p, value, len, "period '%s' ends (%s) before it starts (%s)",
               period->id, to, from);
    }
    break;
  }
  default:
    break;
  }
}

static void block_line(parser *p, const char *s, const char *end) {
  const char *key_end, *value, *value_end;
  if (!split_key(p, s, end, &key_end, &value, &value_end))
    return;
  size_t len = (size_t)(key_end - s);
  unsigned int allowed = block_keys(p->block);
  const char *candidates[KEY_COUNT];
  size_t candidate_count = 0;
  int key = -1;
  for (int k = 0; k < KEY_COUNT; k++) {
    if (!(allowed & KEY_BIT(k)))
      continue;
    candidates[candidate_count++] = key_names[k];
    if (strlen(key_names[k]) == len && memcmp(key_names[k], s, len) == 0)
      key = k;
  }
  if (key < 0) {
    const char *what = block_name(p->block);
    const char *hint = suggest(s, len, candidates, candidate_count);
    if (hint)
      error_at(p, s, len, "unknown %s key '%.*s'; did you mean '%s'?", what,
               (int)len, s, hint);
    else if (p->block == BLOCK_ACTOR)
      error_at(p, s, len, "unknown actor key '%.*s' (expected name or kind)",
               (int)len, s);
    else if (p->block == BLOCK_PERIOD)
      error_at(p, s, len,
               "unknown period key '%.*s' (expected label, from, to or color)",
               (int)len, s);
    else
      error_at(p, s, len,
               "unknown event key '%.*s' (expected date, label, description, "
               "actors, tags, causes, responds-to, precedes, part-of, quote, "
               "source or note)",
               (int)len, s);
    return;
  }
  bool is_list = key == KEY_ACTORS || key == KEY_TAGS || key == KEY_CAUSES ||
                 key == KEY_RESPONDS_TO || key == KEY_PRECEDES ||
                 key == KEY_PART_OF;
  if (is_list) {
    each_item(p, (block_key)key, value, value_end, add_list_item);
    return;
  }
  /* source and quote pair up in the order written, notes add up: a
   * merged event keeps every source */
  bool repeats = key == KEY_QUOTE || key == KEY_SOURCE || key == KEY_NOTE;
  if (p->key_lines[key] && !repeats) {
    error_at(p, s, len, "duplicate key '%s' (first at line %d)", key_names[key],
             p->key_lines[key]);
    return;
  }
  p->key_lines[key] = p->line_no;
  if (p->block == BLOCK_DISCARD)
    return;
  if (p->block == BLOCK_PERIOD) {
    period_line(p, (block_key)key, value, value_end);
    return;
  }
  const char *text = store(p, value, (size_t)(value_end - value));
  switch (key) {
  case KEY_DATE: {
    evg_date_spec spec;
    if (parse_date_value(p, value, value_end, &spec))
      evg_builder_event_date(p->builder, p->block_index, &spec);
    break;
  }
  case KEY_LABEL: {
    /* a headline; longer text belongs in description (Graphviz drops an
     * HTML label of hundreds of KB from the picture without a word) */
    size_t length = evg_utf8_count(value, (size_t)(value_end - value));
    if (length > LABEL_MAX) {
      size_t at = 0;
      for (size_t n = 0; n < LABEL_MAX; n++) {
        size_t k = evg_utf8_valid_len((const unsigned char *)value + at,
                                      (size_t)(value_end - value) - at);
        at += k ? k : 1;
      }
      error_at(p, value + at, 1,
               "label of %zu characters: a headline has at most %d (longer "
               "text belongs in description)",
               length, LABEL_MAX);
      break;
    }
    evg_builder_event_set(p->builder, p->block_index, EVG_FIELD_LABEL, text);
    break;
  }
  case KEY_DESCRIPTION:
    evg_builder_event_set(p->builder, p->block_index, EVG_FIELD_DESCRIPTION,
                          text);
    break;
  case KEY_QUOTE:
    evg_builder_event_set(p->builder, p->block_index, EVG_FIELD_QUOTE, text);
    break;
  case KEY_SOURCE:
    evg_builder_event_set(p->builder, p->block_index, EVG_FIELD_SOURCE, text);
    break;
  case KEY_NOTE:
    evg_builder_event_set(p->builder, p->block_index, EVG_FIELD_NOTE, text);
    break;
  case KEY_NAME:
    evg_builder_actor_set(p->builder, p->block_index, text, NULL);
    break;
  case KEY_KIND: {
    bool known = false;
    for (size_t i = 0; actor_kinds[i]; i++)
      known |= strcmp(actor_kinds[i], text) == 0;
    if (known) {
      evg_builder_actor_set(p->builder, p->block_index, NULL, text);
    } else {
      const char *hint =
          suggest(value, (size_t)(value_end - value), actor_kinds, 9);
      if (hint)
        error_at(p, value, (size_t)(value_end - value),
                 "unknown actor kind '%s'; did you mean '%s'?", text, hint);
      else
        error_at(p, value, (size_t)(value_end - value),
                 "unknown actor kind '%s' (expected person, company, "
                 "government, media, organization, institution, country, "
                 "group or other)",
                 text);
    }
    break;
  }
  default:
    break;
  }
}

/* Characters that change how text is shown without showing themselves.
 * The bidirectional embeddings, overrides and isolates reorder what
 * follows them (a label can then read differently from what it holds, as
 * in "Trojan Source"): errors.  Marks, zero-width and other invisible
 * characters are legitimate in some scripts and usually pasted by
 * accident: warnings.  ZWNJ and ZWJ after a non-ASCII character are left
 * alone (Persian, Indic scripts, emoji sequences). */
typedef struct {
  unsigned int from, to;
  bool error;
  const char *name;
} hidden_range;

static const hidden_range hidden_ranges[] = {
    {0x00AD, 0x00AD, false, "SOFT HYPHEN"},
    {0x061C, 0x061C, false, "ARABIC LETTER MARK"},
    {0x180E, 0x180E, false, "MONGOLIAN VOWEL SEPARATOR"},
    {0x200B, 0x200B, false, "ZERO WIDTH SPACE"},
    {0x200C, 0x200C, false, "ZERO WIDTH NON-JOINER"},
    {0x200D, 0x200D, false, "ZERO WIDTH JOINER"},
    {0x200E, 0x200E, false, "LEFT-TO-RIGHT MARK"},
    {0x200F, 0x200F, false, "RIGHT-TO-LEFT MARK"},
    {0x2028, 0x2028, false, "LINE SEPARATOR"},
    {0x2029, 0x2029, false, "PARAGRAPH SEPARATOR"},
    {0x202A, 0x202A, true, "LEFT-TO-RIGHT EMBEDDING"},
    {0x202B, 0x202B, true, "RIGHT-TO-LEFT EMBEDDING"},
    {0x202C, 0x202C, true, "POP DIRECTIONAL FORMATTING"},
    {0x202D, 0x202D, true, "LEFT-TO-RIGHT OVERRIDE"},
    {0x202E, 0x202E, true, "RIGHT-TO-LEFT OVERRIDE"},
    {0x2060, 0x2060, false, "WORD JOINER"},
    {0x2061, 0x2064, false, "invisible operator"},
    {0x2066, 0x2066, true, "LEFT-TO-RIGHT ISOLATE"},
    {0x2067, 0x2067, true, "RIGHT-TO-LEFT ISOLATE"},
    {0x2068, 0x2068, true, "FIRST STRONG ISOLATE"},
    {0x2069, 0x2069, true, "POP DIRECTIONAL ISOLATE"},
    {0xFEFF, 0xFEFF, false, "ZERO WIDTH NO-BREAK SPACE (byte-order mark)"},
};

static const hidden_range *hidden_character(unsigned int cp) {
  if (cp < 0xAD || (cp > 0xAD && cp < 0x61C))
    return NULL; /* the common case, quickly */
  for (size_t i = 0; i < sizeof hidden_ranges / sizeof *hidden_ranges; i++)
    if (cp >= hidden_ranges[i].from && cp <= hidden_ranges[i].to)
      return &hidden_ranges[i];
  return NULL;
}

/* C0 but tab, DEL and C1. */
static bool control_character(unsigned int cp) {
  return (cp < 0x20 && cp != '\t') || (cp >= 0x7F && cp <= 0x9F);
}

/* U+FFFE and U+FFFF: valid UTF-8 but no character, and no XML file can
 * hold them (the writers' sanitizer would turn them into U+FFFD, so the
 * outputs would not read back to the model). */
static bool noncharacter(unsigned int cp) {
  return cp == 0xFFFE || cp == 0xFFFF;
}

bool evg_events_rejects(unsigned int cp) {
  const hidden_range *hidden = hidden_character(cp);
  return control_character(cp) || noncharacter(cp) || (hidden && hidden->error);
}

/* Reports the first invalid UTF-8 sequence or control character of the
 * line and returns false when there is one; warns about the first
 * invisible character (hidden_ranges) and stops at a bidi control. */
static bool check_line_text(parser *p) {
  const unsigned char *s = (const unsigned char *)p->line;
  bool warned = false;
  for (size_t i = 0; i < p->line_len;) {
    if ((s[i] >= 0x20 && s[i] < 0x7F) || s[i] == '\t') {
      i++; /* printable ASCII, most of a file: nothing to decode */
      continue;
    }
    size_t n = evg_utf8_valid_len(s + i, p->line_len - i);
    if (!n) {
      error_at(p, p->line + i, 1,
               "invalid UTF-8: byte 0x%02X at byte offset %zu of the file",
               s[i], (size_t)(p->line + i - p->text));
      return false;
    }
    unsigned int cp = evg_utf8_decode(s + i, n);
    if (control_character(cp)) {
      error_at(p, p->line + i, 1,
               "control character U+%04X (byte offset %zu of the file)", cp,
               (size_t)(p->line + i - p->text));
      return false;
    }
    if (noncharacter(cp)) {
      error_at(p, p->line + i, 1,
               "U+%04X is not a character (byte offset %zu of the file)", cp,
               (size_t)(p->line + i - p->text));
      return false;
    }
    const hidden_range *hidden = hidden_character(cp);
    bool joiner = cp == 0x200C || cp == 0x200D;
    if (hidden && joiner && i > 0 && s[i - 1] >= 0x80)
      hidden = NULL;
    if (hidden && hidden->error) {
      error_at(p, p->line + i, 1,
               "bidirectional control character U+%04X %s: it reorders the "
               "text shown around it (right-to-left text needs none)",
               cp, hidden->name);
      return false;
    }
    if (hidden && !warned) {
      warned = true;
      evg_diags_add(p->diags, EVG_SEV_WARNING, p->file, p->line_no,
                    col_of(p, p->line + i), 1, p->source_line,
                    "invisible character U+%04X %s", cp, hidden->name);
    }
    i += n;
  }
  return true;
}

/* True when the line starts with "KEY:" for a key of events or actors. */
static bool block_key_at(const char *s, const char *end) {
  const char *k = s;
  while (k < end && (ascii_is_lower((unsigned char)*k) || *k == '-'))
    k++;
  if (skip_blanks(k, end) == end || *skip_blanks(k, end) != ':')
    return false;
  for (int key = 0; key < KEY_COUNT; key++)
    if (strlen(key_names[key]) == (size_t)(k - s) &&
        memcmp(key_names[key], s, (size_t)(k - s)) == 0)
      return true;
  return false;
}

static void parse_line(parser *p) {
  const char *s = p->line;
  const char *end = p->line + p->line_len;
  const char *first = skip_blanks(s, end);
  if (first == end || *first == '#')
    return;
  end = trim_end(first, end);
  if (first == s) {
    const char *w = s;
    while (w < end && ascii_alpha((unsigned char)*w))
      w++;
    bool block_word = ((w - s == 5 && (memcmp(s, "event", 5) == 0 ||
                                       memcmp(s, "actor", 5) == 0)) ||
                       (w - s == 6 && memcmp(s, "period", 6) == 0)) &&
                      (w == end || is_blank(*w));
    if (block_word) {
      open_block(p, s, end);
    } else if (p->block != BLOCK_NONE && block_key_at(s, end)) {
      /* A forgotten indent: say so, and keep the line in its block. */
      error_at(p, s, (size_t)(w - s), "'%.*s' must be indented under '%.*s'",
               (int)(w - s), s, (int)p->block_text_len, p->block_text);
      block_line(p, s, end);
    } else {
      close_block(p);
      header_line(p, s, end);
    }
    return;
  }
  if (p->block == BLOCK_NONE) {
    error_at(p, first, 1,
             "indented line outside an event or actor (is an 'event ID' line "
             "missing above?)");
    return;
  }
  block_line(p, first, end);
}

evg_graph *evg_parse_events(const char *text, size_t len, const char *file,
                            evg_diags *diags) {
  parser p = {0};
  p.text = text;
  p.len = len;
  p.file = file ? file : "<input>";
  p.diags = diags;
  p.builder = evg_builder_new(p.file, diags);
  p.arena = evg_builder_arena(p.builder);
  const char *s = text;
  const char *end = text + len;
  if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
    s += 3; /* a byte-order mark, as some editors write */
  while (s < end) {
    const char *nl = memchr(s, '\n', (size_t)(end - s));
    const char *line_end = nl ? nl : end;
    p.line_no++;
    p.line = s;
    p.line_len = (size_t)(line_end - s);
    if (p.line_len && s[p.line_len - 1] == '\r')
      p.line_len--;
    p.source_line = nl ? p.line : store(&p, p.line, p.line_len);
    p.col_at = NULL;
    if (check_line_text(&p))
      parse_line(&p);
    s = nl ? nl + 1 : end;
  }
  close_block(&p);
  evg_buf_free(&p.block_id_buf);
  return evg_builder_finish(p.builder);
}
