/* extract_part_words.c: the attach stage's table of one part's words, read
 * once for all the names of the part.  Two looks at each name's clause
 * (extract_clause_bound.c, extract_contact_relative.c) read a window of
 * words around the name; reading each window's bytes again for each name
 * of each event was some 8.5 M instructions on the bench's 790 kB of prose.
 * The table reads the part forward as the windows reach further, in two
 * lists (words with their digits, and their letters alone, a number then
 * being no word), and gives each look its window as a walk of the
 * window's bytes would find it: the words cut at the window's ends, and a
 * stop before its first word only when the stop stands inside it.  A list
 * drops the words no later window can reach (names come in text order),
 * so it holds one window's words at most, on the caller's stack. */
#include "extract_internal.h"

#include <string.h>

#define NO_STOP ((size_t)-1)

static inline bool digit(unsigned char c) {
  return (unsigned char)(c - '0') < 10;
}

/* Starts the table afresh at `at`: its first word starts there. */
static void restart(extract_part_words *t, size_t at) {
  t->kept_from = t->read = at;
  t->word_stop = t->letter_stop = NO_STOP;
  t->words.n = t->letters.n = 0;
}

void extract_part_words_start(extract_part_words *t, const char *s, size_t from,
                              size_t to) {
  t->s = s;
  t->to = to;
  restart(t, from);
}

/* Makes room in the full list l: drops the words that end by `floor`,
 * which no window reaches. */
static void drop_before(extract_part_words *t, extract_word_list *l,
                        size_t floor, size_t start) {
  size_t gone = 0;
  while (gone < l->n && l->w[gone].end <= floor)
    gone++;
  /* the words past the floor are most often one window's, fewer than the
   * list holds; when none can go (a word that splits into hundreds of
   * letter runs, "a1a1...", only in made-up text), the list starts over:
   * the window then loses the words before the restart and later windows
   * read them afresh (bounded by the window, never past the part) */
  if (gone == 0) {
    gone = l->n;
    floor = start;
  }
  memmove(l->w, l->w + gone, (l->n - gone) * sizeof *l->w);
  memmove(l->stop_at, l->stop_at + gone, (l->n - gone) * sizeof *l->stop_at);
  l->n -= gone;
  if (floor > t->kept_from)
    t->kept_from = floor;
}

/* Adds s[start, end) to list l, its stop at *stop (then none). */
static inline void add(extract_part_words *t, extract_word_list *l,
                       size_t floor, size_t start, size_t end, size_t *stop) {
  if (l->n == EXTRACT_PART_WORDS_CAP)
    drop_before(t, l, floor, start);
  l->w[l->n] = (extract_window_word){start, end, *stop != NO_STOP};
  l->stop_at[l->n++] = *stop;
  *stop = NO_STOP;
}

/* Reads the part on until every word that starts before `hi` is held,
 * each to its end. */
static void read_to(extract_part_words *t, size_t floor, size_t hi) {
  const char *s = t->s;
  size_t i = t->read;
  while (i < hi) {
    unsigned char c = (unsigned char)s[i];
    if (!ascii_word_byte(c)) {
      if (c != ' ' && c != '"')
        t->word_stop = t->letter_stop = i;
      i++;
      continue;
    }
    size_t b = i;
    /* its letters eight at a step, then its other bytes */
    i = evg_alpha_run_end(s, i, t->to);
    bool digits = false;
    while (i < t->to && ascii_word_byte((unsigned char)s[i]))
      digits |= digit((unsigned char)s[i++]);
    add(t, &t->words, floor, b, i, &t->word_stop);
    if (!digits) {
      add(t, &t->letters, floor, b, i, &t->letter_stop);
      continue;
    }
    for (size_t k = b; k < i;) {
      if (digit((unsigned char)s[k])) {
        k++;
        continue;
      }
      size_t run = k;
      while (k < i && !digit((unsigned char)s[k]))
        k++;
      add(t, &t->letters, floor, run, k, &t->letter_stop);
    }
  }
  t->read = i;
}

/* The first word of l that ends past `lo` (first) or starts at or past
 * `hi` (!first). */
static size_t find(const extract_word_list *l, size_t pos, bool first) {
  size_t a = 0, b = l->n;
  while (a < b) {
    size_t mid = a + (b - a) / 2;
    if (first ? l->w[mid].end > pos : l->w[mid].start >= pos)
      b = mid;
    else
      a = mid + 1;
  }
  return a;
}

size_t extract_part_words_window(extract_part_words *t, size_t at, size_t lo,
                                 size_t hi, bool numbers,
                                 extract_window_word *out, size_t max) {
  if (hi > t->to)
    hi = t->to;
  size_t floor =
      at > EXTRACT_PART_WORDS_BACK ? at - EXTRACT_PART_WORDS_BACK : 0;
  if (floor > lo)
    floor = lo;
  /* a window behind what the lists hold, or past what was read: read
   * afresh from its start */
  if (lo < t->kept_from || lo > t->read)
    restart(t, lo);
  read_to(t, floor, hi);
  const extract_word_list *l = numbers ? &t->words : &t->letters;
  size_t a = find(l, lo, true), n = find(l, hi, false) - a;
  if (n > max)
    n = max;
  if (n == 0)
    return 0;
  memcpy(out, l->w + a, n * sizeof *out);
  /* the first word cut at lo, and its stop only inside the window */
  if (out[0].start < lo)
    out[0].start = lo;
  out[0].comma = l->stop_at[a] != NO_STOP && l->stop_at[a] >= lo;
  if (out[n - 1].end > hi)
    out[n - 1].end = hi;
  return n;
}
