/* merge_clauses.c: the time of day each event's own clause writes, of a
 * sentence the extraction told as several events (merge47).  The events
 * file gives the clause: the event's source span (file:line:column-
 * line:column, the columns in characters, the end one past the clause)
 * lies inside its quote, the sentence, which starts at its events' least
 * column, less its dateline ("PALERMO, Italy, September 22, 2048 — "). */
#include "merge_internal.h"

#include <stdlib.h>
#include <string.h>

/* A source span on one line: its line and its columns, or false. */
static bool read_span(const char *source, long *line, long *from, long *to) {
  if (!source)
    return false;
  /* from the end, the path may hold ':' and '-': "l1:c1-l2:c2" */
  long num[4];
  const char *p = source + strlen(source);
  for (int k = 3; k >= 0; k--) {
    const char *end = p;
    while (p > source && p[-1] >= '0' && p[-1] <= '9')
      p--;
    if (p == end || p == source || end - p > 9)
      return false;
    num[k] = strtol(p, NULL, 10);
    char sep = k == 2 ? '-' : ':';
    if (p[-1] != sep)
      return false;
    p--;
  }
  if (num[0] != num[2] || num[1] < 1 || num[3] <= num[1])
    return false;
  *line = num[0], *from = num[1], *to = num[3];
  return true;
}

/* The byte offset of character `chars` of a UTF-8 text, or SIZE_MAX when
 * the text is shorter. */
static size_t char_offset(const char *text, long chars) {
  size_t i = 0;
  for (long k = 0; k < chars; k++) {
    if (!text[i])
      return SIZE_MAX;
    i++;
    while (((unsigned char)text[i] & 0xC0) == 0x80)
      i++;
  }
  return i;
}

/* Whether a clause may start at byte `at` of the quote: a word's first
 * character (a letter, digit or quotation mark after a byte that is no
 * ASCII letter or digit: a span starting inside a word's non-ASCII
 * letters, as at the "t" of "été", is taken, a harmless miss since the
 * extractor's spans start at words). */
static bool word_start(const char *quote, size_t at) {
  unsigned char c = (unsigned char)quote[at];
  bool word = c >= 0x80 || ascii_alnum(c) || c == '"' || c == '\'';
  return word && (at == 0 || !ascii_alnum((unsigned char)quote[at - 1]));
}

/* Of each sentence (its first record, event_rec.sentence), the least
 * first column of its events' spans into column[first], or -1 when one
 * has no span or they lie on different lines. */
static void sentence_columns(const merger *m, long *column, long *line_of) {
  for (size_t i = 0; i < m->event_count; i++) {
    const event_rec *r = &m->events[i];
    size_t k = r->sentence;
    long line, from, to;
    bool span = r->event->citation_count &&
                read_span(r->event->citations[0].source, &line, &from, &to);
    if (k == i) {
      column[k] = span ? from : -1, line_of[k] = span ? line : -1;
    } else if (!span || line_of[k] != line)
      column[k] = -1;
    else if (column[k] >= 0 && from < column[k])
      column[k] = from;
  }
}

void merge_clause_times(merger *m) {
  size_t n = m->event_count;
  long *column = evg_xmalloc((n + 1) * sizeof *column);
  long *line_of = evg_xmalloc((n + 1) * sizeof *line_of);
  sentence_columns(m, column, line_of);
  for (size_t i = 0; i < n; i++) {
    event_rec *r = &m->events[i];
    size_t k = r->sentence;
    r->has_clause = false;
    long line, from, to;
    /* only a sentence told as several events: its records are its
     * first's and those right after it, as the extractor writes them;
     * in an edited file whose sentence's records are apart, the first
     * gets no clause and keeps the whole quote's first clock */
    bool split = k != i || (i + 1 < n && m->events[i + 1].sentence == i);
    if (!split || column[k] < 0 ||
        !read_span(r->event->citations[0].source, &line, &from, &to))
      continue;
    const char *quote = r->event->citations[0].quote;
    long start = column[k] - (long)merge_dateline_chars(quote);
    if (start < 1 || from < start)
      continue;
    size_t at = char_offset(quote, from - start),
           end = char_offset(quote, to - start);
    /* the least column is taken for the sentence's start (its first
     * clause, after a dateline); a clause found to start inside a word
     * says it is not, and is left */
    if (at == SIZE_MAX || end == SIZE_MAX || !word_start(quote, at))
      continue;
    char *clause = evg_xstrndup(quote + at, end - at);
    merge_read_time(clause, &r->clause_time);
    free(clause);
    r->has_clause = true;
  }
  free(line_of);
  free(column);
}

size_t merge_clock_sibling(const merger *m, size_t r, const event_rec *other) {
  const event_rec *own = &m->events[r];
  if (!own->has_clause || merge_clause_clocks_meet(m, own, other))
    return SIZE_MAX;
  size_t first = own->sentence, found = SIZE_MAX;
  for (size_t i = first; i < m->event_count && i - first < MERGE_SIBLINGS_MAX &&
                         m->events[i].sentence == first;
       i++) {
    if (i == r || !m->events[i].has_clause ||
        !merge_clause_clocks_meet(m, &m->events[i], other))
      continue;
    if (found != SIZE_MAX)
      return SIZE_MAX;
    found = i;
  }
  return found;
}
