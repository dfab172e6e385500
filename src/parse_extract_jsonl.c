/* parse_extract_jsonl.c: the events of a corpus (evgraph extract --jsonl,
 * one event a line) as a graph, so that render, check and merge take them
 * like an events file.  Each line is parsed with jansson; ids are made
 * unique across articles by the article's prefix. */
#include "internal.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* As the events parser's: a headline, not a page. */
#define LABEL_MAX 32768
enum { ID_MAX = 256, PREFIX_MAX = 200 };

static const char *const actor_kinds[] = {
    "person",      "company", "government", "media", "organization",
    "institution", "country", "group",      "other", NULL};

typedef struct {
  size_t event;
  evg_relation relation;
  evg_ref target;
  const char *line;
} pending_relation;

typedef struct {
  const char *file;
  evg_diags *diags;
  evg_builder *builder;
  evg_arena *arena;
  /* the current line */
  int line_no;
  const char *line; /* NUL-terminated, in the arena */
  bool hidden_said; /* the line's warning about hidden characters */
  /* article id -> index of its prefix; prefix -> article index */
  evg_map articles, prefixes;
  const char **prefix_of;
  size_t article_count, article_cap;
  evg_map actors; /* actor node id -> actor index */
  pending_relation *relations;
  size_t relation_count, relation_cap;
  evg_buf scratch;
} loader;

static int key_column(const loader *l, const char *key) {
  return evg_json_key_column(l->line, key);
}

static void report(loader *l, evg_severity severity, int col,
                   const char *format, ...)
    __attribute__((format(printf, 4, 5)));

static void report(loader *l, evg_severity severity, int col,
                   const char *format, ...) {
  char message[512];
  va_list args;
  va_start(args, format);
  vsnprintf(message, sizeof message, format, args);
  va_end(args);
  evg_diags_add(l->diags, severity, l->file, l->line_no, col, 1, l->line, "%s",
                message);
}

static bool id_start(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

static bool id_char(char c) {
  return id_start(c) || (c >= '0' && c <= '9') || c == '.' || c == '-';
}

static bool is_id(const char *s) {
  if (!id_start(*s))
    return false;
  for (; *s; s++)
    if (!id_char(*s))
      return false;
  return true;
}

/* The prefix of an article's ids: see evg_parse_extract_jsonl. */
static const char *article_prefix(loader *l, const char *article) {
  size_t index;
  if (evg_map_get(&l->articles, article, &index))
    return l->prefix_of[index];
  evg_buf prefix = {0};
  size_t len = strlen(article);
  if (is_id(article) && len <= PREFIX_MAX) {
    evg_buf_append(&prefix, article, len);
  } else {
    evg_buf_puts(&prefix, "article-");
    for (size_t i = 0; i < len && prefix.len < PREFIX_MAX; i++)
      evg_buf_putc(&prefix, id_char(article[i]) ? article[i] : '-');
  }
  size_t other;
  if (evg_map_get(&l->prefixes, prefix.data, &other)) {
    evg_buf_printf(&prefix, "-%08x", (unsigned)evg_hash32(article, len));
    if (evg_map_get(&l->prefixes, prefix.data, &other))
      report(l, EVG_SEV_ERROR, key_column(l, "article"),
             "articles '%s' and '%s' make the same ids '%s'", article,
             l->prefix_of[other], prefix.data);
  }
  if (l->article_count == l->article_cap) {
    l->article_cap = l->article_cap ? l->article_cap * 2 : 64;
    l->prefix_of =
        evg_xrealloc(l->prefix_of, l->article_cap * sizeof *l->prefix_of);
  }
  index = l->article_count++;
  const char *key = evg_arena_strndup(l->arena, article, len);
  l->prefix_of[index] = evg_arena_strndup(l->arena, prefix.data, prefix.len);
  evg_map_put(&l->articles, key, index);
  evg_map_put(&l->prefixes, l->prefix_of[index], index);
  evg_buf_free(&prefix);
  return l->prefix_of[index];
}

/* "PREFIX.ID" in the arena, or NULL (an error) when ID is no id. */
static const char *node_id(loader *l, const char *prefix, json_t *value,
                           const char *key, const char *what) {
  const char *id = json_string_value(value);
  if (!id || !is_id(id)) {
    report(l, EVG_SEV_ERROR, key_column(l, key),
           "%s needs an id of letters, digits, '_', '.' and '-'", what);
    return NULL;
  }
  size_t len = strlen(prefix) + 1 + strlen(id);
  if (len > ID_MAX) {
    report(l, EVG_SEV_ERROR, key_column(l, key),
           "%s id '%s' is too long (at most %d characters with the "
           "article's prefix)",
           what, id, ID_MAX);
    return NULL;
  }
  char *node = evg_arena_alloc(l->arena, len + 1);
  snprintf(node, len + 1, "%s.%s", prefix, id);
  return node;
}

/* True for what a graph's text must not carry (evg_text_one_line replaces
 * it): controls but tab and line ends, bidi controls, U+FFFE, U+FFFF.
 * jansson has checked the UTF-8. */
static bool has_hidden(const char *s, size_t len) {
  const unsigned char *p = (const unsigned char *)s;
  for (size_t i = 0, n; i < len; i += n) {
    n = evg_utf8_valid_len(p + i, len - i);
    if (!n)
      return true;
    unsigned int cp = evg_utf8_decode(p + i, n);
    if ((cp != '\n' && cp != '\r' && evg_events_rejects(cp)) || cp == 0xFFFE ||
        cp == 0xFFFF)
      return true;
  }
  return false;
}

/* A string field made one line, in the arena; NULL (an error) when it is
 * missing or no string and `required`. */
static const char *text_field(loader *l, json_t *object, const char *key,
                              bool required, const char *what) {
  json_t *value = json_object_get(object, key);
  if (!json_is_string(value)) {
    if (required || value)
      report(l, EVG_SEV_ERROR, value ? key_column(l, key) : 1,
             "%s needs \"%s\", a string", what, key);
    return NULL;
  }
  const char *s = json_string_value(value);
  size_t len = json_string_length(value);
  if (!l->hidden_said && has_hidden(s, len)) {
    /* once a line: a line of many actors must not give as many scans */
    l->hidden_said = true;
    report(l, EVG_SEV_WARNING, key_column(l, key),
           "a control or bidi character in \"%s\" is shown as U+FFFD", key);
  }
  evg_text_one_line(&l->scratch, s, len);
  return evg_arena_strndup(l->arena, l->scratch.data, l->scratch.len);
}

static void add_actors(loader *l, size_t event, const char *prefix,
                       json_t *actors) {
  if (!actors)
    return;
  if (!json_is_array(actors)) {
    report(l, EVG_SEV_ERROR, key_column(l, "actors"),
           "\"actors\" is a list of {\"id\", \"name\", \"kind\"}");
    return;
  }
  /* the column of every actor's position: found once, not per actor */
  int column = key_column(l, "actors");
  size_t i;
  json_t *actor;
  json_array_foreach(actors, i, actor) {
    if (!json_is_object(actor)) {
      report(l, EVG_SEV_ERROR, key_column(l, "actors"),
             "\"actors\" is a list of {\"id\", \"name\", \"kind\"}");
      return;
    }
    const char *id =
        node_id(l, prefix, json_object_get(actor, "id"), "actors", "an actor");
    const char *name = text_field(l, actor, "name", true, "an actor");
    const char *kind = json_string_value(json_object_get(actor, "kind"));
    size_t k = 0;
    while (kind && actor_kinds[k] && strcmp(actor_kinds[k], kind) != 0)
      k++;
    if (!kind || !actor_kinds[k]) {
      report(l, EVG_SEV_ERROR, key_column(l, "kind"),
             "an actor's \"kind\" is person, company, government, media, "
             "organization, institution, country, group or other");
      return;
    }
    if (!id || !name)
      return;
    size_t index;
    if (!evg_map_get(&l->actors, id, &index)) {
      if (evg_builder_has_id(l->builder, id, NULL)) {
        report(l, EVG_SEV_ERROR, key_column(l, "actors"),
               "'%s' names both an event and an actor", id);
        return;
      }
      evg_pos pos = {l->file, l->line_no, column};
      index = evg_builder_add_actor(l->builder, id, pos);
      evg_builder_actor_set(l->builder, index, name[0] ? name : id,
                            actor_kinds[k]);
      evg_map_put(&l->actors, id, index); /* id is in the arena */
    }
    evg_ref ref = {id, {l->file, l->line_no, column}, 1};
    evg_builder_event_ref(l->builder, event, EVG_REL_INVOLVES, &ref, l->line);
  }
}

static bool relation_named(const char *name, evg_relation *relation) {
  for (int r = EVG_REL_CAUSES; r <= EVG_REL_PART_OF; r++)
    if (strcmp(evg_relation_name((evg_relation)r), name) == 0) {
      *relation = (evg_relation)r;
      return true;
    }
  return false;
}

/* The article id as text: a string, or an integer as its digits (as
 * evg_extract_jsonl writes it). */
static const char *article_id(loader *l, json_t *value) {
  l->scratch.len = 0;
  if (json_is_string(value) && json_string_length(value) > 0 &&
      !memchr(json_string_value(value), 0, json_string_length(value)))
    return json_string_value(value);
  if (json_is_integer(value)) {
    evg_buf_printf(&l->scratch, "%" JSON_INTEGER_FORMAT,
                   json_integer_value(value));
    return evg_arena_strndup(l->arena, l->scratch.data, l->scratch.len);
  }
  report(l, EVG_SEV_ERROR, key_column(l, "article"),
         "an event line needs \"article\", a non-empty string or an integer");
  return NULL;
}

/* Keeps the relation of event `event` to the target named by `target`,
 * resolved once every line is read. */
static void pend_relation(loader *l, size_t event, const char *prefix,
                          json_t *relation, json_t *target_value) {
  evg_relation kind;
  const char *target =
      node_id(l, prefix, target_value, "target", "a relation's target");
  if (!json_is_string(relation) ||
      !relation_named(json_string_value(relation), &kind)) {
    report(l, EVG_SEV_ERROR, key_column(l, "relation"),
           "\"relation\" is causes, responds-to, precedes or part-of");
    return;
  }
  if (!target)
    return;
  if (l->relation_count == l->relation_cap) {
    l->relation_cap = l->relation_cap ? l->relation_cap * 2 : 16;
    l->relations =
        evg_xrealloc(l->relations, l->relation_cap * sizeof *l->relations);
  }
  l->relations[l->relation_count++] = (pending_relation){
      event,
      kind,
      {target, {l->file, l->line_no, key_column(l, "target")}, 1},
      l->line};
}

static void event_line(loader *l, json_t *object) {
  if (!json_is_object(object) ||
      !json_is_string(json_object_get(object, "type")) ||
      strcmp(json_string_value(json_object_get(object, "type")), "event")) {
    report(l, EVG_SEV_ERROR, 1,
           "not an event line of evgraph extract --jsonl: {\"type\": "
           "\"event\", \"article\": ..., \"id\": ...}");
    return;
  }
  const char *article = article_id(l, json_object_get(object, "article"));
  if (!article)
    return;
  const char *prefix = article_prefix(l, article);
  const char *id =
      node_id(l, prefix, json_object_get(object, "id"), "id", "an event");
  const char *date_text = text_field(l, object, "date", true, "an event");
  const char *label = text_field(l, object, "label", true, "an event");
  const char *quote = text_field(l, object, "quote", false, "an event");
  if (!id || !date_text || !label)
    return;
  if (evg_utf8_count(label, strlen(label)) > LABEL_MAX) {
    report(l, EVG_SEV_ERROR, key_column(l, "label"),
           "label of %zu characters: a headline has at most %d",
           evg_utf8_count(label, strlen(label)), LABEL_MAX);
    return;
  }
  evg_date_spec spec;
  memset(&spec, 0, sizeof spec);
  const char *error = NULL;
  size_t offset = 0;
  if (!evg_date_parse(date_text, strlen(date_text), &spec.absolute, &error,
                      &offset)) {
    if (strncmp(date_text, "anchor", 6) == 0)
      report(l, EVG_SEV_WARNING, key_column(l, "date"),
             "event '%s' left out: its date '%s' is relative and its "
             "article has no \"date\"",
             id, date_text);
    else
      report(l, EVG_SEV_ERROR, key_column(l, "date"), "bad date '%s': %s",
             date_text, error);
    return;
  }
  /* after the date: an event left out is no duplicate */
  evg_pos first;
  if (evg_builder_has_id(l->builder, id, &first)) {
    report(l, EVG_SEV_ERROR, key_column(l, "id"),
           "duplicate id '%s' (first at line %d): is an article in the file "
           "twice?",
           id, first.line);
    return;
  }
  spec.kind = EVG_DATE_ABSOLUTE;
  spec.text = date_text;
  spec.pos = (evg_pos){l->file, l->line_no, key_column(l, "date")};
  spec.span = 1;
  spec.line = l->line;
  evg_pos pos = {l->file, l->line_no, 1};
  size_t event = evg_builder_add_event(l->builder, id, pos);
  evg_builder_event_set(l->builder, event, EVG_FIELD_LABEL,
                        label[0] ? label : "(no label)");
  evg_builder_event_date(l->builder, event, &spec);
  if (quote && quote[0])
    evg_builder_event_set(l->builder, event, EVG_FIELD_QUOTE, quote);
  evg_text_one_line(&l->scratch, article, strlen(article));
  evg_builder_event_set(
      l->builder, event, EVG_FIELD_SOURCE,
      evg_arena_strndup(l->arena, l->scratch.data, l->scratch.len));
  add_actors(l, event, prefix, json_object_get(object, "actors"));
  json_t *relation = json_object_get(object, "relation");
  if (relation)
    pend_relation(l, event, prefix, relation,
                  json_object_get(object, "target"));
  /* an event's further relations (several may leave one event) */
  json_t *more = json_object_get(object, "more_relations");
  size_t k;
  json_t *item;
  json_array_foreach(more, k, item) {
    relation = json_object_get(item, "relation");
    if (relation)
      pend_relation(l, event, prefix, relation,
                    json_object_get(item, "target"));
  }
}

evg_graph *evg_parse_extract_jsonl(const char *text, size_t len,
                                   const char *file, evg_diags *diags) {
  loader l;
  memset(&l, 0, sizeof l);
  l.builder = evg_builder_new(file, diags);
  l.arena = evg_builder_arena(l.builder);
  l.file = evg_arena_strndup(l.arena, file, strlen(file));
  l.diags = diags;
  size_t at = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  while (at < len) {
    const char *start = text + at;
    const char *newline = memchr(start, '\n', len - at);
    size_t line_len = newline ? (size_t)(newline - start) : len - at;
    at += line_len + (newline ? 1 : 0);
    l.line_no++;
    if (line_len && start[line_len - 1] == '\r')
      line_len--;
    size_t i = 0;
    while (i < line_len && (start[i] == ' ' || start[i] == '\t'))
      i++;
    if (i == line_len)
      continue;
    l.line = evg_arena_strndup(l.arena, start, line_len);
    l.hidden_said = false;
    json_error_t error;
    json_t *object =
        json_loadb(start, line_len, JSON_REJECT_DUPLICATES, &error);
    if (!object)
      report(&l, EVG_SEV_ERROR, error.column > 0 ? error.column : 1,
             "not a JSON event line: %s", error.text);
    else
      event_line(&l, object);
    json_decref(object);
  }
  /* relations within an article, to the events that are there */
  for (size_t r = 0; r < l.relation_count; r++) {
    const pending_relation *p = &l.relations[r];
    if (evg_builder_has_id(l.builder, p->target.id, NULL)) {
      evg_builder_event_ref(l.builder, p->event, p->relation, &p->target,
                            p->line);
    } else {
      l.line_no = p->target.pos.line;
      l.line = p->line;
      report(&l, EVG_SEV_WARNING, p->target.pos.col,
             "relation to '%s' left out: no such event", p->target.id);
    }
  }
  evg_map_free(&l.articles);
  evg_map_free(&l.prefixes);
  evg_map_free(&l.actors);
  free(l.prefix_of);
  free(l.relations);
  evg_buf_free(&l.scratch);
  return evg_builder_finish(l.builder);
}
