/* extract_headlines.c: an event's headline (its label): the main
 * clause of its part of the sentence, without its date phrases, asides
 * and opening clauses, cut to a few words. */
#include "extract_internal.h"

#include <ctype.h>
#include <string.h>

/* The index of the first timex that ends after `offset` (binary search:
 * labels are made in any order). */
static size_t first_timex_after(const evg_extraction *x, size_t offset) {
  size_t lo = 0, hi = evg_timexes_count(x->timexes);
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (evg_timexes_get(x->timexes, mid)->end <= offset)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* Words that open a comma-enclosed aside after the main clause has begun
 * (appositions, relative and participial clauses), and words that open a
 * subordinate clause before it.  A label keeps the main clause only. */
static bool word_in(const char *w, size_t len, const char *const *words) {
  for (size_t i = 0; words[i]; i++)
    if (equals_ci(w, len, words[i]))
      return true;
  return false;
}

static bool aside_opener(const char *w, size_t len) {
  static const char *const words[] = {
      "a",          "an",     "who",       "which",
      "whose",      "whom",   "where",     "including",
      "citing",     "adding", "according", "particularly",
      "especially", "just",   "shortly",   NULL};
  return word_in(w, len, words);
}

static bool leading_opener(const char *w, size_t len) {
  static const char *const words[] = {
      "when",   "while",   "although", "though",  "as",        "if",    "after",
      "before", "shortly", "just",     "however", "meanwhile", "still", "yet",
      "but",    "and",     "also",     "then",    "thus",      NULL};
  return word_in(w, len, words);
}

/* The most words a label keeps. */
#define LABEL_WORDS 14

/* Whether the segment s[a, seg_end) of a part ending at `end` is left out
 * of the label: a short opening that holds the date, an opening clause,
 * or an aside after the main clause began (`kept_any`).  t: the first
 * timex that may overlap the segment. */
static bool drop_segment(const evg_extraction *x, const char *s, size_t a,
                         size_t seg_end, size_t end, size_t t, bool kept_any) {
  size_t count = evg_timexes_count(x->timexes);
  size_t first_end = a;
  while (first_end < seg_end && isalpha((unsigned char)s[first_end]))
    first_end++;
  bool has_timex = false;
  for (size_t k = t; k < count; k++) {
    const evg_timex *timex = evg_timexes_get(x->timexes, k);
    if (timex->start >= seg_end)
      break;
    if (timex->end > a)
      has_timex = true;
  }
  size_t words_in_segment = 1;
  for (size_t k = a; k < seg_end; k++)
    words_in_segment += s[k] == ' ';
  /* "Last week,", "On Monday,": a short opening that holds the date */
  return (!kept_any && has_timex && seg_end < end && words_in_segment <= 8) ||
         (!kept_any && leading_opener(s + a, first_end - a) && seg_end < end) ||
         (kept_any && aside_opener(s + a, first_end - a));
}

/* evg_buf_putc without the call while the buffer has room: labels are
 * built a byte at a time from the whole of each part, a twentieth of the
 * extraction's time through the call. */
static inline void put_byte(evg_buf *buf, char c) {
  if (buf->len + 2 <= buf->cap) {
    buf->data[buf->len++] = c;
    buf->data[buf->len] = '\0';
  } else {
    evg_buf_putc(buf, c);
  }
}

/* Removes the preposition that ends `text` ("on", "in", "since" ...):
 * the date phrase it introduced is left out. */
static void drop_preposition(evg_buf *text) {
  size_t back = text->len;
  while (back > 0 && text->data[back - 1] == ' ')
    back--;
  size_t word = back;
  while (word > 0 && isalpha((unsigned char)text->data[word - 1]))
    word--;
  static const char *const preps[] = {"on",     "in",    "at",    "by",
                                      "during", "since", "until", "from",
                                      "of",     "last",  "this",  NULL};
  for (size_t p = 0; preps[p]; p++)
    if (equals_ci(text->data + word, back - word, preps[p])) {
      text->len = word;
      text->data[word] = '\0';
    }
}

/* Appends s[a, seg_end) to `text`, leaving out date phrases and the
 * preposition before each, with white space as single spaces.  *t: the
 * first timex that may overlap, moved on. */
static void copy_segment(const evg_extraction *x, const char *s, size_t a,
                         size_t seg_end, size_t *t, evg_buf *text) {
  size_t count = evg_timexes_count(x->timexes);
  size_t i = a;
  while (i < seg_end) {
    const evg_timex *timex = NULL;
    while (*t < count && evg_timexes_get(x->timexes, *t)->end <= i)
      (*t)++;
    if (*t < count && evg_timexes_get(x->timexes, *t)->start <= i)
      timex = evg_timexes_get(x->timexes, *t);
    if (timex) {
      drop_preposition(text);
      i = timex->end;
      continue;
    }
    char c = s[i];
    if (c == '\n' || c == '\r' || c == '\t')
      c = ' ';
    if (!(c == ' ' && (text->len == 0 || text->data[text->len - 1] == ' ')))
      put_byte(text, c);
    i++;
  }
}

/* The label from the kept text: no space before punctuation, no doubled
 * commas, trimmed, cut at LABEL_WORDS words (with " …"), capitalised. */
static char *finish_label(evg_extraction *x, const evg_buf *text) {
  evg_buf tidy = {0};
  evg_buf_append(&tidy, "", 0);
  for (size_t i = 0; i < text->len; i++) {
    char c = text->data[i];
    if ((c == ',' || c == '.') && tidy.len && tidy.data[tidy.len - 1] == ' ')
      tidy.data[--tidy.len] = '\0';
    if (c == ',' && tidy.len && tidy.data[tidy.len - 1] == ',')
      continue;
    if (c == ' ' && (tidy.len == 0 || tidy.data[tidy.len - 1] == ' '))
      continue;
    put_byte(&tidy, c);
  }
  size_t a = 0, b = tidy.len;
  while (a < b &&
         (tidy.data[a] == ' ' || tidy.data[a] == ',' || tidy.data[a] == ';' ||
          tidy.data[a] == '-' || tidy.data[a] == ':'))
    a++;
  while (b > a && (tidy.data[b - 1] == ' ' || tidy.data[b - 1] == ',' ||
                   tidy.data[b - 1] == '.' || tidy.data[b - 1] == ';' ||
                   tidy.data[b - 1] == ':'))
    b--;
  size_t words = 0, cut = b;
  for (size_t p = a; p < b; p++) {
    if (tidy.data[p] == ' ' && ++words == LABEL_WORDS) {
      cut = p;
      break;
    }
  }
  while (cut > a && (tidy.data[cut - 1] == ',' || tidy.data[cut - 1] == ' '))
    cut--;
  evg_buf out = {0};
  evg_buf_append(&out, tidy.data + a, cut - a);
  if (cut < b)
    evg_buf_puts(&out, " …");
  if (out.len && islower((unsigned char)out.data[0]))
    out.data[0] = (char)toupper((unsigned char)out.data[0]);
  evg_buf_free(&tidy);
  char *label = evg_arena_strndup(&x->arena, out.data, out.len);
  evg_buf_free(&out);
  return label;
}

/* A short label: the part's main clause.  The text is cut into
 * comma-separated segments; segments that open the clause and hold its
 * date ("Last week,", "On Monday,") and asides (", a tech startup,", ",
 * which ...") are dropped, date phrases inside the rest are removed, and
 * the result is cut at LABEL_WORDS words. */
char *extract_make_label(evg_extraction *x, const char *s, size_t start,
                         size_t end) {
  size_t t = first_timex_after(x, start);
  size_t timex_count = evg_timexes_count(x->timexes);
  evg_buf text = {0};
  evg_buf_append(&text, "", 0);
  bool kept_any = false, after_aside = false;
  size_t seg = start;
  while (seg < end) {
    size_t seg_end = seg;
    while (seg_end < end &&
           !(s[seg_end] == ',' && seg_end + 1 < end && s[seg_end + 1] == ' ') &&
           s[seg_end] != ';')
      seg_end++;
    size_t a = seg;
    while (a < seg_end && (s[a] == ' ' || s[a] == ','))
      a++;
    /* Timexes that end before this segment touch no later one either:
     * without this, a sentence of dropped date segments ("On January 1,
     * 2020, January 2, 2020, ...") rescans them all for each segment. */
    while (t < timex_count && evg_timexes_get(x->timexes, t)->end <= a)
      t++;
    bool drop = drop_segment(x, s, a, seg_end, end, t, kept_any);
    if (drop && kept_any)
      after_aside = true;
    if (!drop) {
      size_t before = text.len;
      if (kept_any)
        evg_buf_puts(&text, after_aside ? " " : ", ");
      size_t mark = text.len;
      after_aside = false;
      copy_segment(x, s, a, seg_end, &t, &text);
      /* a segment that was only a date adds nothing */
      bool empty = true;
      for (size_t k = mark; k < text.len && empty; k++)
        empty = text.data[k] == ' ' || text.data[k] == ',';
      if (empty) {
        text.len = before;
        text.data[before] = '\0';
      } else {
        kept_any = true;
      }
    }
    seg = seg_end < end ? seg_end + 1 : end;
  }
  char *label = finish_label(x, &text);
  evg_buf_free(&text);
  return label;
}
