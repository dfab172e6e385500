/* extract_sentences.c: the extractor's sentences: boundaries after
 * . ! ? (and closing quotes) before an upper-case letter, digit or quote,
 * and at every line end; abbreviations (evg_abbreviation) end none. */
#include "extract_internal.h"

#include <ctype.h>

static bool space_at(const char *s, size_t i, size_t len) {
  return i < len &&
         (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r');
}

/* The bytes a sentence may end at; any other is passed over at once. */
static const bool may_end[256] = {
    ['\n'] = true, ['.'] = true, ['!'] = true, ['?'] = true};

/* The first byte of s[i, len) a sentence may end at, or len.  Eight bytes
 * a step over the whole text: a word's bytes below '@' other than a space
 * (punctuation, digits, control bytes, one in some twenty-five of prose)
 * are each read with the table, the letters and spaces passed at once. */
static size_t next_may_end(const char *s, size_t i, size_t len) {
#ifdef EVG_SWAR
  while (len - i >= 8) {
    uint64_t w = evg_swar_load(s + i);
    uint64_t marks = evg_swar_in(w, 0x00, '?') & ~evg_swar_eq(w, ' ');
    while (marks) {
      size_t k = i + evg_swar_first(marks);
      if (may_end[(unsigned char)s[k]])
        return k;
      marks &= marks - 1;
    }
    i += 8;
  }
#endif
  while (i < len && !may_end[(unsigned char)s[i]])
    i++;
  return i;
}

/* Whether the single capital at s[w] ends its sentence although it reads
 * as an initial: after a capitalised word ("World War I.", "Martin V.",
 * "Plan B.") and before a word that opens sentences and never a surname
 * ("The", "He", "In").  "John F. Kennedy", "Francisco I. Madero": a name
 * follows, the period is an initial's. */
static bool letter_ends_sentence(const char *s, size_t w, size_t next,
                                 size_t len) {
  static const char *const openers[] = {
      "the",      "a",     "an",     "he",     "she",   "it",
      "they",     "we",    "his",    "her",    "its",   "their",
      "this",     "these", "those",  "in",     "on",    "at",
      "by",       "after", "before", "when",   "while", "though",
      "although", "but",   "from",   "during", "there", "then",
      "later",    "as",    "for",    "with",   "that",  NULL};
  EXTRACT_WORD_SET(set, openers, true);
  if (!ascii_upper((unsigned char)s[w]) || w < 2 || s[w - 1] != ' ')
    return false;
  size_t b = w - 1;
  while (b > 0 && ascii_alpha((unsigned char)s[b - 1]))
    b--;
  if (b + 1 >= w - 1 || !ascii_upper((unsigned char)s[b]))
    return false; /* the word before: capitalised, two letters or more */
  size_t e = next;
  while (e < len && ascii_alpha((unsigned char)s[e]))
    e++;
  return e > next && e < len && (s[e] == ' ' || s[e] == ',') &&
         extract_word_set_has(&set, s + next, e - next);
}

range *extract_split_sentences(const char *s, size_t len, size_t *count) {
  size_t cap = 64, n = 0;
  range *out = evg_xmalloc(cap * sizeof *out);
  size_t start = 0;
  for (size_t i = 0; i <= len; i++) {
    i = next_may_end(s, i, len);
    bool boundary = false;
    size_t end = i;
    if (i == len || s[i] == '\n') {
      boundary = true;
    } else if (s[i] == '.' || s[i] == '!' || s[i] == '?') {
      size_t j = i + 1;
      /* closing quotes and brackets stay with the sentence */
      while (j < len && (s[j] == '"' || s[j] == '\'' || s[j] == ')' ||
                         (j + 2 < len && (unsigned char)s[j] == 0xE2 &&
                          (unsigned char)s[j + 1] == 0x80 &&
                          ((unsigned char)s[j + 2] == 0x9D ||
                           (unsigned char)s[j + 2] == 0x99))))
        j += (unsigned char)s[j] == 0xE2 ? 3 : 1;
      if (j < len && (s[j] == ' ' || s[j] == '\t')) {
        size_t k = j;
        while (k < len && (s[k] == ' ' || s[k] == '\t'))
          k++;
        size_t w = i;
        while (w > start && word_byte((unsigned char)s[w - 1]) &&
               s[w - 1] != '\'')
          w--;
        /* inner dots: U.S. */
        while (w > start + 1 && s[w - 1] == '.' &&
               ascii_alpha((unsigned char)s[w - 2])) {
          w--;
          while (w > start && ascii_alpha((unsigned char)s[w - 1]))
            w--;
        }
        bool abbreviation =
            s[i] == '.' && evg_abbreviation(s + w, i - w) &&
            !(i - w == 1 && letter_ends_sentence(s, w, k, len)) &&
            !extract_clock_ends_sentence(s, start, w, i, k, len);
        /* "sacked in A.D. 410": the era's period before its year */
        bool era = s[i] == '.' && i - w == 3 && equals_ci(s + w, 3, "a.d") &&
                   k < len && isdigit((unsigned char)s[k]);
        if (k < len && !abbreviation && !era &&
            (ascii_upper((unsigned char)s[k]) || isdigit((unsigned char)s[k]) ||
             s[k] == '"' || (unsigned char)s[k] >= 0x80)) {
          boundary = true;
          end = j;
          i = j - 1;
        }
      }
    }
    if (!boundary)
      continue;
    size_t a = start, b = end;
    while (a < b && space_at(s, a, len))
      a++;
    while (b > a && space_at(s, b - 1, len))
      b--;
    if (b > a) {
      if (n == cap) {
        cap *= 2;
        out = evg_xrealloc(out, cap * sizeof *out);
      }
      out[n++] = (range){a, b};
    }
    start = end + (end < len && s[end] == '\n' ? 1 : 0);
    if (end == i && i < len && s[i] == '\n')
      start = i + 1;
  }
  *count = n;
  return out;
}
