/* merge_terms.c: the words by which `evgraph merge` tells whether two
 * events are one happening: an event's headline and quotes folded into
 * terms (ids in one vocabulary per merge).  Folding: the news dateline
 * ("CALDER, March 15, 2024 —") left out, Unicode case folding and NFKD
 * with the marks dropped (glib) and the Latin letters it keeps whole (ø,
 * æ) in ASCII, English stop words and the words of
 * dates (month and weekday names, "a.m." and "p.m.", and the day and year
 * numbers beside a month) left out (the dates are compared as dates), a
 * clock time one term ("@10:30" of "10:30 p.m." and "half past ten"), numbers
 * in one spelling ("four percent", "4 per cent" and "4%" are "4 percent";
 * "120,000"; "£4m" is "4 million"; "twenty-five" is "25"), other words as
 * Snowball stems
 * (libstemmer), a verb of "re-" as the verb ("reopened" is "open"). */
#include "extract_internal.h"
#include "internal.h"
#include "merge_internal.h"

#include <glib.h>
#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>

struct evg_term_folder {
  struct sb_stemmer *stemmer; /* NULL when libstemmer has no English */
  evg_map vocabulary;         /* term -> id */
  evg_arena arena;            /* the terms */
  evg_buf folded, term;       /* scratch */
  size_t *starts;             /* words of the folded text: offsets */
  unsigned char *word_case;   /* by word: WORD_CAPITAL, WORD_INITIAL */
  size_t word_cap;
  unsigned char *term_case; /* by term: TERM_LOWER, TERM_NAME */
  size_t term_case_cap;
};

evg_term_folder *evg_term_folder_new(void) {
  evg_term_folder *f = evg_xcalloc(1, sizeof *f);
  f->stemmer = sb_stemmer_new("english", "UTF_8");
  return f;
}

void evg_term_folder_free(evg_term_folder *f) {
  if (!f)
    return;
  if (f->stemmer)
    sb_stemmer_delete(f->stemmer);
  evg_map_free(&f->vocabulary);
  evg_arena_free(&f->arena);
  evg_buf_free(&f->folded);
  evg_buf_free(&f->term);
  free(f->starts);
  free(f->word_case);
  free(f->term_case);
  free(f);
}

size_t evg_term_folder_size(const evg_term_folder *f) {
  return f->vocabulary.count;
}

/* A word written with a capital, and one that opens its text or sentence
 * (where any word has one). */
#define WORD_CAPITAL 1
#define WORD_INITIAL 2
#define WORD_GROUPED 4  /* digits a comma joined ("1,400") */
#define WORD_CLOCK 8    /* an hour before a colon, "6" of "6:12" */
#define WORD_MINUTES 16 /* the minutes after it, "12" */
/* A term seen written in lower case, and one seen with a capital inside
 * a sentence; a number of two digits or more (no case: never a name). */
#define TERM_LOWER 1
#define TERM_NAME 2
#define TERM_AMOUNT 4
#define TERM_NUMBER 8 /* digits only, an amount or not ("2" of "two") */

bool evg_term_is_name(const evg_term_folder *f, size_t term) {
  return term < f->term_case_cap && f->term_case[term] == TERM_NAME;
}

bool merge_term_is_amount(const evg_term_folder *f, size_t term) {
  return term < f->term_case_cap && (f->term_case[term] & TERM_AMOUNT);
}

bool merge_term_is_number(const evg_term_folder *f, size_t term) {
  return term < f->term_case_cap && (f->term_case[term] & TERM_NUMBER);
}

/* Term `id`'s slot of term_case, grown to hold it. */
static unsigned char *term_case_of(evg_term_folder *f, size_t id) {
  if (id >= f->term_case_cap) {
    size_t cap = f->term_case_cap ? 2 * f->term_case_cap : 64;
    while (cap <= id)
      cap *= 2;
    f->term_case = evg_xrealloc(f->term_case, cap);
    memset(f->term_case + f->term_case_cap, 0, cap - f->term_case_cap);
    f->term_case_cap = cap;
  }
  return &f->term_case[id];
}

static bool in_list(const char *const *list, const char *word, size_t len) {
  for (size_t i = 0; list[i]; i++)
    if (strlen(list[i]) == len && memcmp(list[i], word, len) == 0)
      return true;
  return false;
}

/* English words that say nothing about which happening a text tells. */
static bool is_stopword(const char *word, size_t len) {
  static const char *const words[] = {
      "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by",
      "for", "from", "with", "as", "is", "are", "was", "were", "be", "been",
      "has", "have", "had", "it", "its", "this", "that", "these", "those",
      "his", "her", "their", "they", "he", "she", "we", "after", "before",
      "into", "over", "about", "than", "then", "also", "which", "who", "will",
      "would", "said", "says", "say", "not", "no", "up", "out", "new", "more",
      "most", "s", "our", "them", "him", "i", "you", "there", "what", "when",
      "while", "could", "can", "did", "do", "does", "being", "all", "any",
      "some", "other", "so", "if", "would", "should", "may", "might", "must",
      "just", "only", "very", "such", "own", "same", "both", "each", "where",
      /* prepositions of time and place, and the rest of Snowball's
       * English list: they say when or where, never what happened ("The
       * ferry stopped running until the evening" is no "breakout not
       * discovered until the morning count") */
      "until", "till", "through", "during", "against", "between", "above",
      "below", "under", "near", "again", "further", "once", "here", "why",
      "how", "because", "nor", "too", "few", "me", "my", "your", "whom", "am",
      "having", "doing", NULL};
  EXTRACT_WORD_SET(set, words, false);
  return extract_word_set_has(&set, word, len);
}

/* The words of dates, which the merge compares as dates. */
static bool is_month(const char *word, size_t len) {
  static const char *const months[] = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december",
      "jan",     "feb",      "apr",       "jun",     "jul",      "aug",
      "sep",     "sept",     "oct",       "nov",     "dec",      NULL};
  EXTRACT_WORD_SET(set, months, false);
  return extract_word_set_has(&set, word, len);
}

/* "time" of "at the time", "in time", "by the time" says when, as
 * "earlier" does: no word of what happened ("A parcel van was coming along
 * the road at the time" is no "The driver braked but could not stop in
 * time"; merge45, pair 104). */
static bool is_day_word(const char *word, size_t len) {
  static const char *const days[] = {
      "monday",    "tuesday", "wednesday", "thursday", "friday",  "saturday",
      "sunday",    "today",   "yesterday", "tomorrow", "tonight", "morning",
      "afternoon", "evening", "night",     "day",      "days",    "week",
      "weeks",     "weekend", "earlier",   "later",    "ago",     "last",
      "next",      "time",    "times",     NULL};
  EXTRACT_WORD_SET(set, days, false);
  return extract_word_set_has(&set, word, len);
}

/* "four" is "4": numbers written in words up to ninety. */
static const char *number_word(const char *word, size_t len) {
  static const char *const words[] = {
      "zero",    "0",  "one",       "1",  "two",      "2",  "three",    "3",
      "four",    "4",  "five",      "5",  "six",      "6",  "seven",    "7",
      "eight",   "8",  "nine",      "9",  "ten",      "10", "eleven",   "11",
      "twelve",  "12", "thirteen",  "13", "fourteen", "14", "fifteen",  "15",
      "sixteen", "16", "seventeen", "17", "eighteen", "18", "nineteen", "19",
      "twenty",  "20", "thirty",    "30", "forty",    "40", "fifty",    "50",
      "sixty",   "60", "seventy",   "70", "eighty",   "80", "ninety",   "90",
      "dozen",   "12", NULL};
  for (size_t i = 0; words[i]; i += 2)
    if (strlen(words[i]) == len && memcmp(words[i], word, len) == 0)
      return words[i + 1];
  return NULL;
}

/* A unit of time measured within a day ("six minutes", "five hours"). */
static bool is_clock_unit(const char *word, size_t len) {
  static const char *const units[] = {"second", "seconds", "minute", "minutes",
                                      "hour",   "hours",   NULL};
  return in_list(units, word, len);
}

/* "m", "mn", "bn", "k" after a number: the word they stand for. */
static const char *magnitude(const char *word, size_t len) {
  static const char *const words[] = {
      "m",        "million",  "mn",       "million",  "million", "million",
      "bn",       "billion",  "b",        "billion",  "billion", "billion",
      "k",        "thousand", "thousand", "thousand", "tn",      "trillion",
      "trillion", "trillion", NULL};
  for (size_t i = 0; words[i]; i += 2)
    if (strlen(words[i]) == len && memcmp(words[i], word, len) == 0)
      return words[i + 1];
  return NULL;
}

static bool all_digits(const char *word, size_t len) {
  if (!len)
    return false;
  for (size_t i = 0; i < len; i++)
    if (word[i] < '0' || word[i] > '9')
      return false;
  return true;
}

/* "6", "16", "6th": a day of the month as written beside its name. */
static bool is_day_number(const char *word, size_t len) {
  static const char *const ordinals[] = {"st", "nd", "rd", "th", NULL};
  size_t digits = 0;
  while (digits < len && g_ascii_isdigit(word[digits]))
    digits++;
  return digits >= 1 && digits <= 2 &&
         (digits == len || in_list(ordinals, word + digits, len - digits));
}

/* Whether two words are "a.m." or "p.m." folded ("a m", "p m"): a time
 * of day, a date's word like "evening". */
static bool is_meridiem(const char *w, size_t len, const char *next,
                        size_t next_len) {
  return len == 1 && (*w == 'a' || *w == 'p') && next_len == 1 && *next == 'm';
}

/* The value of a number of one or two digits written in digits or as a
 * word ("6", "18", "six", "twenty"), or -1. */
static int small_number(const char *w, size_t len) {
  const char *n = all_digits(w, len) ? w : number_word(w, len);
  size_t digits = n == w ? len : n ? strlen(n) : 0;
  if (!digits || digits > 2)
    return -1;
  return digits == 1 ? n[0] - '0' : (n[0] - '0') * 10 + (n[1] - '0');
}

/* The hour a word names on a clock ("6", "18", "six", "eleven"), or -1. */
static int clock_hour(const char *w, size_t len) {
  int hour = small_number(w, len);
  return hour >= 0 && hour <= (all_digits(w, len) ? 24 : 12) ? hour : -1;
}

/* The minutes before "past" or "to" ("half", "quarter", "ten"), or -1. */
static int clock_minutes(const char *w, size_t len) {
  if (len == 4 && memcmp(w, "half", 4) == 0)
    return 30;
  if (len == 7 && memcmp(w, "quarter", 7) == 0)
    return 15;
  int minutes = small_number(w, len);
  return minutes < 60 ? minutes : -1;
}

static bool word_is(const char *w, size_t len, const char *word) {
  return strlen(word) == len && memcmp(w, word, len) == 0;
}

/* Whether a word is a part of the day ("in the evening"). */
static bool is_day_part(const char *w, size_t len) {
  static const char *const parts[] = {"morning", "afternoon", "evening",
                                      "night", NULL};
  return in_list(parts, w, len);
}

/* The length of a dateline at the start of a news sentence: an upper-case
 * place, then anything up to a dash within the first 100 bytes
 * ("CALDER, March 15, 2024 — "); 0 when there is none. */
static size_t dateline_len(const char *text) {
  size_t upper = 0;
  const char *s = text;
  while ((*s >= 'A' && *s <= 'Z') || (unsigned char)*s >= 0x80) {
    if (*s >= 'A' && *s <= 'Z')
      upper++;
    s++;
  }
  if (upper < 2 || (*s != ',' && *s != ' '))
    return 0;
  static const char *const dashes[] = {"\xe2\x80\x94", "\xe2\x80\x93", " - ",
                                       " -- ", NULL};
  for (const char *p = s; *p && p - text < 100; p++)
    for (size_t d = 0; dashes[d]; d++)
      if (strncmp(p, dashes[d], strlen(dashes[d])) == 0)
        return (size_t)(p - text) + strlen(dashes[d]);
  return 0;
}

size_t merge_dateline_chars(const char *text) {
  size_t bytes = dateline_len(text), chars = 0;
  while (bytes && text[bytes] == ' ')
    bytes++;
  for (size_t i = 0; i < bytes; i++)
    chars += ((unsigned char)text[i] & 0xC0) != 0x80;
  return chars;
}

/* Whether `c` ends a sentence or opens one (a quotation, a bracket, a
 * dash): the next word's capital says nothing of it being a name. */
static bool opens_sentence(gunichar c) {
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' ||
         c == '(' || c == 0x201c || c == 0x201d || c == 0x2014 || c == 0x2013;
}

/* Folds `text` into words in f->folded, one space between them, their
 * offsets in f->starts and their case in f->word_case; returns their
 * number.  A comma between digits joins them ("120,000"), a point between
 * digits stays ("2.5"), and "%" is the word "percent".  Case folding goes
 * character by character (what g_utf8_casefold does to a string) so that
 * each word's capital is known. */
static size_t fold_text(evg_term_folder *f, const char *text) {
  evg_buf clean = {0};
  evg_utf8_sanitize(&clean, text, strlen(text));
  char *decomposed = g_utf8_normalize(clean.data, -1, G_NORMALIZE_NFKD);
  evg_buf_free(&clean);
  f->folded.len = 0;
  evg_buf_append(&f->folded, "", 0);
  if (!decomposed)
    return 0;
  size_t words = 0;
  bool in_word = false, initial = true, minutes_next = false;
  for (const char *s = decomposed; *s; s = g_utf8_next_char(s)) {
    gunichar c = g_utf8_get_char(s);
    if (g_unichar_ismark(c))
      continue;
    bool digit_before = in_word && f->folded.len &&
                        g_ascii_isdigit(f->folded.data[f->folded.len - 1]);
    /* "6:12": an hour and two digits of minutes, a clock time */
    if (c == ':' && digit_before && s[1] >= '0' && s[1] <= '5' &&
        g_ascii_isdigit(s[2]) && !g_ascii_isalnum(s[3])) {
      f->word_case[words - 1] |= WORD_CLOCK;
      minutes_next = true;
    }
    if ((c == ',' || c == '.') && digit_before && g_ascii_isdigit(s[1])) {
      if (c == '.')
        evg_buf_putc(&f->folded, '.');
      else
        f->word_case[words - 1] |= WORD_GROUPED;
      continue;
    }
    bool percent = c == '%';
    if (!g_unichar_isalnum(c) && !percent) {
      in_word = false;
      if (opens_sentence(c))
        initial = true;
      else if (!g_unichar_isspace(c))
        initial = false;
      continue;
    }
    if (!in_word || percent) {
      if (words == f->word_cap) {
        f->word_cap = f->word_cap ? 2 * f->word_cap : 32;
        f->starts = evg_xrealloc(f->starts, f->word_cap * sizeof *f->starts);
        f->word_case =
            evg_xrealloc(f->word_case, f->word_cap * sizeof *f->word_case);
      }
      if (f->folded.len)
        evg_buf_putc(&f->folded, ' ');
      f->word_case[words] =
          (unsigned char)((g_unichar_isupper(c) || g_unichar_istitle(c)
                               ? WORD_CAPITAL
                               : 0) |
                          (initial ? WORD_INITIAL : 0) |
                          (minutes_next ? WORD_MINUTES : 0));
      minutes_next = false;
      f->starts[words++] = f->folded.len;
      initial = false;
    }
    if (percent) {
      evg_buf_puts(&f->folded, "percent");
      in_word = false;
      continue;
    }
    in_word = true;
    if (c < 0x80) {
      evg_buf_putc(&f->folded, g_ascii_tolower((char)c));
      continue;
    }
    char *lower = g_utf8_casefold(s, g_utf8_next_char(s) - s);
    for (const char *l = lower; *l; l = g_utf8_next_char(l)) {
      if (g_unichar_ismark(g_utf8_get_char(l)))
        continue;
      const char *letters = evg_ascii_letters(g_utf8_get_char(l)); /* ø: o */
      if (letters)
        evg_buf_puts(&f->folded, letters);
      else
        evg_buf_append(&f->folded, l, (size_t)(g_utf8_next_char(l) - l));
    }
    g_free(lower);
  }
  g_free(decomposed);
  return words;
}

/* Two-word phrases news writers use for a one-word verb, and that verb's
 * stem: "said sorry" is "apologized", "stepped down" is "resigned". */
static const char *phrase_term(const char *word, size_t len, const char *next,
                               size_t next_len) {
  static const char *const phrases[] = {
      "say",      "sorry",  "apolog", "says",   "sorry",   "apolog", "said",
      "sorry",    "apolog", "saying", "sorry",  "apolog",  "step",   "down",
      "resign",   "steps",  "down",   "resign", "stepped", "down",   "resign",
      "stepping", "down",   "resign", NULL};
  for (size_t i = 0; phrases[i]; i += 3)
    if (strlen(phrases[i]) == len && memcmp(phrases[i], word, len) == 0 &&
        strlen(phrases[i + 1]) == next_len &&
        memcmp(phrases[i + 1], next, next_len) == 0)
      return phrases[i + 2];
  return NULL;
}

/* Whether a stem is a verb's with "re-" ("again") before it, whose act
 * is the verb's own ("reopen" is "open"): "The centre reopened" and "The
 * shopping centre opened its doors again" tell one act, "again" being a
 * stop word (merge26, pair 66).  A list, since most words that open with
 * "re" are no such verb ("return", "remain", "replace", "record"); the
 * stems are Snowball's ("reassembl" of "reassembled"). */
static bool again_verb(const char *stem, size_t len) {
  static const char *const verbs[] = {
      "open",   "start",   "build",  "connect", "launch", "play",
      "run",    "elect",   "load",   "fill",    "plant",  "design",
      "appear", "assembl", "conven", "issu",    "test",   "train",
      "enter",  "surfac",  "instal", NULL};
  return len > 4 && stem[0] == 'r' && stem[1] == 'e' &&
         in_list(verbs, stem + 2, len - 2);
}

/* Notes a number term ("1400", "2.5", "25" of "twenty-five") of two
 * digits or more as an amount: a count told in both headlines ("1,400
 * operations", "1,400 planned procedures") is as particular as a name,
 * where "two" or "five" recur in many happenings of one story.  Four
 * digits from 1000 to 2099 written without a comma are a year ("in
 * 2026"), which headlines of one season share by chance. */
static void note_amount(evg_term_folder *f, size_t id, const char *term,
                        size_t len, bool grouped) {
  size_t digits = 0;
  for (size_t i = 0; i < len; i++) {
    if (!g_ascii_isdigit(term[i]) && term[i] != '.')
      return;
    digits += term[i] != '.';
  }
  bool year = !grouped && digits == 4 && len == 4 &&
              (term[0] == '1' || (term[0] == '2' && term[1] == '0'));
  if (digits)
    *term_case_of(f, id) |= TERM_NUMBER;
  if (digits >= 2 && !year)
    *term_case_of(f, id) |= TERM_AMOUNT;
}

static void add_term(evg_term_folder *f, const char *term, size_t len,
                     size_t **terms, size_t *count, size_t *cap) {
  f->term.len = 0;
  evg_buf_append(&f->term, term, len);
  size_t id;
  if (!evg_map_get(&f->vocabulary, f->term.data, &id)) {
    id = f->vocabulary.count;
    evg_map_put(&f->vocabulary, evg_arena_strndup(&f->arena, term, len), id);
  }
  if (*count == *cap) {
    *cap = *cap ? 2 * *cap : 16;
    *terms = evg_xrealloc(*terms, *cap * sizeof **terms);
  }
  (*terms)[(*count)++] = id;
}

/* Notes how a word of term `id` was written: in lower case, or with a
 * capital inside its sentence (a name's way). */
static void note_case(evg_term_folder *f, size_t id, unsigned char word_case) {
  unsigned char *term_case = term_case_of(f, id);
  if (!(word_case & WORD_CAPITAL))
    *term_case |= TERM_LOWER;
  else if (!(word_case & WORD_INITIAL))
    *term_case |= TERM_NAME;
}

void evg_terms_add(evg_term_folder *f, const char *text, size_t **terms,
                   size_t *count, size_t *cap) {
  if (!text)
    return;
  size_t n = fold_text(f, text + dateline_len(text));
  char *data = f->folded.data;
  /* each word's end, then the words a date takes: a month, the day
   * number before or after it and a year after that */
  size_t *ends = evg_xmalloc((n + 1) * sizeof *ends);
  bool *skip = evg_xcalloc(n + 1, sizeof *skip);
  int *at = evg_xmalloc((n + 1) * sizeof *at);
  for (size_t w = 0; w < n; w++)
    at[w] = -1;
  for (size_t w = 0; w < n; w++)
    ends[w] = w + 1 < n ? f->starts[w + 1] - 1 : f->folded.len;
#define WORD(w) (data + f->starts[w])
#define LEN(w) (ends[w] - f->starts[w])
  for (size_t w = 0; w < n; w++) {
    if (is_day_word(WORD(w), LEN(w)))
      skip[w] = true;
    /* "a.m." and "p.m." say when, like "evening": no word of what
     * happened (two times of one day shared "p" and "m") */
    if (w + 1 < n && is_meridiem(WORD(w), LEN(w), WORD(w + 1), LEN(w + 1)))
      skip[w] = skip[w + 1] = true;
    /* a count of minutes or hours measures a time, as a date says one:
     * no word of what happened ("A patrol arrived six minutes after the
     * alarm" is no "The burglar alarm sounded within minutes"; "spent up
     * to five hours stuck" no "Nearly five hours after the stop, a
     * mechanic ... freed the brake"), where a unit alone may name the
     * happening's own moment ("Minutes later the mobile app went dark") */
    if (w && is_clock_unit(WORD(w), LEN(w)) &&
        (all_digits(WORD(w - 1), LEN(w - 1)) ||
         number_word(WORD(w - 1), LEN(w - 1))))
      skip[w] = skip[w - 1] = true;
    if (!is_month(WORD(w), LEN(w)))
      continue;
    skip[w] = true;
    size_t next = w + 1;
    if (w && is_day_number(WORD(w - 1), LEN(w - 1)))
      skip[w - 1] = true;
    else if (next < n && is_day_number(WORD(next), LEN(next)))
      skip[next++] = true;
    if (next < n && all_digits(WORD(next), LEN(next)) && LEN(next) == 4)
      skip[next] = true;
  }
  /* a clock time is one term, its hour on a twelve-hour dial and its
   * minutes ("@10:30" of "10:30 p.m." and "half past ten"): its words are
   * no counts ("2" of "two o'clock" is no word of "Two Spanish tourists",
   * pair 70), while the time itself is as particular as an amount ("began
   * again at 2:20 p.m." and "did not resume until 2:20 p.m.", pair 40).
   * "6:12", an hour before "o'clock", "a.m." / "p.m." or "in the
   * evening", "half past ten", "quarter past two", "ten past six",
   * "quarter to six"; at[w] is the minutes of the time that word w
   * starts, its other words skipped */
  for (size_t w = 0; w < n; w++) {
    int hour = clock_hour(WORD(w), LEN(w));
    if (hour < 0)
      continue;
    int minutes = w >= 2 ? clock_minutes(WORD(w - 2), LEN(w - 2)) : -1;
    bool oclock = w + 2 < n && word_is(WORD(w + 1), LEN(w + 1), "o") &&
                  word_is(WORD(w + 2), LEN(w + 2), "clock");
    const char *rel = w >= 1 ? WORD(w - 1) : "";
    size_t rel_len = w >= 1 ? LEN(w - 1) : 0;
    if (minutes >= 0 && hour <= 12 && at[w - 2] < 0 && !skip[w - 2] &&
        (word_is(rel, rel_len, "past") ||
         (word_is(rel, rel_len, "to") && minutes == 15))) {
      at[w - 2] = word_is(rel, rel_len, "past")
                      ? hour % 12 * 60 + minutes
                      : (hour + 11) % 12 * 60 + 60 - minutes;
      skip[w - 1] = skip[w] = true;
    } else if ((f->word_case[w] & WORD_CLOCK) && w + 1 < n &&
               (f->word_case[w + 1] & WORD_MINUTES)) {
      const char *mm = WORD(w + 1);
      at[w] = hour % 12 * 60 + (mm[0] - '0') * 10 + (mm[1] - '0');
      skip[w + 1] = true;
    } else if (oclock ||
               (w + 2 < n && is_meridiem(WORD(w + 1), LEN(w + 1), WORD(w + 2),
                                         LEN(w + 2))) ||
               (w + 3 < n && word_is(WORD(w + 1), LEN(w + 1), "in") &&
                word_is(WORD(w + 2), LEN(w + 2), "the") &&
                is_day_part(WORD(w + 3), LEN(w + 3)))) {
      at[w] = hour % 12 * 60;
    }
    /* "o'clock" (the meridiem's words are skipped as a date's) */
    if (oclock)
      skip[w + 1] = skip[w + 2] = true;
  }
  for (size_t w = 0; w < n; w++) {
    if (skip[w])
      continue;
    if (at[w] >= 0) {
      char time[16];
      int length =
          snprintf(time, sizeof time, "@%d:%02d", at[w] / 60, at[w] % 60);
      add_term(f, time, (size_t)length, terms, count, cap);
      continue;
    }
    const char *word = WORD(w);
    size_t len = LEN(w);
    if (len == 3 && memcmp(word, "per", 3) == 0 && w + 1 < n &&
        LEN(w + 1) == 4 && memcmp(WORD(w + 1), "cent", 4) == 0) {
      add_term(f, "percent", 7, terms, count, cap);
      skip[w + 1] = true;
      continue;
    }
    const char *phrase =
        w + 1 < n ? phrase_term(word, len, WORD(w + 1), LEN(w + 1)) : NULL;
    if (phrase) {
      add_term(f, phrase, strlen(phrase), terms, count, cap);
      skip[w + 1] = true;
      continue;
    }
    const char *number = number_word(word, len);
    if (number) {
      /* "twenty-five" is 25, not 20 and the 5 of "5 p.m." */
      const char *unit =
          w + 1 < n ? number_word(WORD(w + 1), LEN(w + 1)) : NULL;
      if (number[1] == '0' && !number[2] && number[0] >= '2' && unit &&
          unit[0] != '0' && !unit[1]) {
        char both[3] = {number[0], unit[0], '\0'};
        add_term(f, both, 2, terms, count, cap);
        note_amount(f, (*terms)[*count - 1], both, 2, false);
        skip[w + 1] = true;
        continue;
      }
      add_term(f, number, strlen(number), terms, count, cap);
      note_amount(f, (*terms)[*count - 1], number, strlen(number), false);
      continue;
    }
    if (g_ascii_isdigit(word[0])) {
      /* a number, and a magnitude or ordinal written onto it */
      size_t digits = 0;
      while (digits < len &&
             (g_ascii_isdigit(word[digits]) || word[digits] == '.'))
        digits++;
      const char *unit = magnitude(word + digits, len - digits);
      static const char *const ordinals[] = {"st", "nd", "rd", "th", NULL};
      if (digits == len || unit ||
          in_list(ordinals, word + digits, len - digits)) {
        add_term(f, word, digits, terms, count, cap);
        /* "22nd" says which, not how many */
        if (digits == len || unit)
          note_amount(f, (*terms)[*count - 1], word, digits,
                      f->word_case[w] & WORD_GROUPED);
        if (unit)
          add_term(f, unit, strlen(unit), terms, count, cap);
        continue;
      }
    }
    const char *unit = magnitude(word, len);
    if (unit && len > 2) { /* "million", not a lone "m" */
      add_term(f, unit, strlen(unit), terms, count, cap);
      continue;
    }
    if (is_stopword(word, len))
      continue;
    const sb_symbol *stem =
        f->stemmer
            ? sb_stemmer_stem(f->stemmer, (const sb_symbol *)word, (int)len)
            : NULL;
    size_t stem_len = stem ? (size_t)sb_stemmer_length(f->stemmer) : 0;
    if (stem && again_verb((const char *)stem, stem_len))
      add_term(f, (const char *)stem + 2, stem_len - 2, terms, count, cap);
    else if (stem)
      add_term(f, (const char *)stem, stem_len, terms, count, cap);
    else
      add_term(f, word, len, terms, count, cap);
    note_case(f, (*terms)[*count - 1], f->word_case[w]);
  }
#undef WORD
#undef LEN
  free(ends);
  free(skip);
  free(at);
}

/* Whether a word is a form of "be", before which a verb of saying is a
 * passive ("were told of the escape"): an act, not a report. */
static bool be_form(const char *w, size_t len) {
  static const char *const forms[] = {"be",   "is",   "are",   "was",
                                      "were", "been", "being", NULL};
  for (size_t i = 0; forms[i]; i++)
    if (strlen(forms[i]) == len && equals_ci(w, len, forms[i]))
      return true;
  return false;
}

size_t merge_headline_act_length(const char *label) {
  size_t before = 0, before_len = 0;
  for (size_t i = 0; label[i];) {
    while (label[i] && !g_ascii_isalpha(label[i]))
      i++;
    size_t w = i;
    while (g_ascii_isalpha(label[i]))
      i++;
    if (i > w && extract_reporting_verb(label + w, i - w) &&
        !(before_len && be_form(label + before, before_len)))
      return w;
    before = w, before_len = i - w;
  }
  return strlen(label);
}

/* ---- words that tell another happening than the sentence's ---- */

#define ADJUNCT_WORDS 8 /* a time adjunct's words at most, its word first */

/* Whether the words from s on name a time, not a happening: "after 4
 * a.m.", "before noon", "since Monday", "after dark", "before the end
 * of the week" (a determiner skipped). */
static bool names_time(const char *s) {
  static const char *const skip[] = {"the",  "a",      "an",      "that",
                                     "this", "last",   "next",    "about",
                                     "just", "around", "shortly", NULL};
  static const char *const times[] = {
      "noon",      "midday",    "midnight", "dawn",      "dusk",     "daybreak",
      "nightfall", "sunrise",   "sunset",   "dark",      "daylight", "morning",
      "afternoon", "evening",   "night",    "day",       "days",     "week",
      "weeks",     "weekend",   "month",    "months",    "year",     "years",
      "hour",      "hours",     "minute",   "minutes",   "end",      "start",
      "beginning", "middle",    "then",     "now",       "monday",   "tuesday",
      "wednesday", "thursday",  "friday",   "saturday",  "sunday",   "january",
      "february",  "march",     "april",    "may",       "june",     "july",
      "august",    "september", "october",  "november",  "december", "spring",
      "summer",    "autumn",    "winter",   "one",       "two",      "three",
      "four",      "five",      "six",      "seven",     "eight",    "nine",
      "ten",       "eleven",    "twelve",   "half",      "quarter",  "twenty",
      "thirty",    "forty",     "fifty",    "early",     "late",     "lunch",
      "lunchtime", "breakfast", "dinner",   "yesterday", "today",    "tomorrow",
      "tonight",   NULL};
  for (int words = 0; words < 3; words++) {
    while (*s == ' ')
      s++;
    if (*s >= '0' && *s <= '9')
      return true;
    const char *w = s;
    while (ascii_alpha((unsigned char)*s))
      s++;
    size_t n = (size_t)(s - w);
    bool skipped = false;
    for (size_t i = 0; skip[i] && !skipped; i++)
      skipped = equals_ci(w, n, skip[i]);
    if (skipped)
      continue;
    for (size_t i = 0; times[i]; i++)
      if (equals_ci(w, n, times[i]))
        return true;
    return false;
  }
  return false;
}

/* A copy of a quote with its time adjuncts blanked: "after", "before" or
 * "since" and the words that follow it up to a comma, a colon, a
 * semicolon, a dash, a bracket or a full stop, at most ADJUNCT_WORDS
 * words, unless they name a time (names_time).  Such a phrase dates the
 * sentence by another happening ("The road reopened at 10 p.m., almost
 * three hours after the escape"): its words point at that happening
 * (merge30).  "during" is left: it names a happening the sentence's lies
 * within, often the story's own.  NULL when it has none. */
char *merge_quote_without_adjuncts(const char *quote) {
  if (!quote)
    return NULL;
  char *out = NULL;
  const char *p = quote;
  while (*p) {
    while (*p && !ascii_alpha((unsigned char)*p))
      p++;
    const char *w = p;
    while (*p && ascii_alpha((unsigned char)*p))
      p++;
    size_t n = (size_t)(p - w);
    if (!n || !(equals_ci(w, n, "after") || equals_ci(w, n, "before") ||
                equals_ci(w, n, "since")))
      continue;
    if (names_time(p))
      continue;
    if (!out)
      out = evg_xstrndup(quote, strlen(quote));
    char *q = out + (w - quote);
    size_t words = 0;
    bool in_word = false;
    for (; *q && !strchr(",;:.()\xe2", *q); q++) {
      bool alnum = ascii_alnum((unsigned char)*q);
      if (alnum && !in_word && ++words > ADJUNCT_WORDS)
        break;
      in_word = alnum;
      *q = ' ';
    }
    p = quote + (q - out);
  }
  return out;
}

#define SUBJECT_WORDS 6   /* a restating clause's subject's words at most */
#define RELATIVE_WORDS 16 /* a dated relative clause's words at most */

/* Whether a word opens a relative clause about the noun before it. */
static bool relative_pronoun(const char *w, size_t n) {
  return equals_ci(w, n, "who") || equals_ci(w, n, "whose") ||
         equals_ci(w, n, "which");
}

/* Whether a word is a form of "be", "have" or "do", or a modal: after a
 * noun it is a finite verb; before a participle it makes it one. */
static bool auxiliary(const char *w, size_t n) {
  static const char *const words[] = {
      "is",    "are",   "was",    "were", "be",    "been", "being", "has",
      "have",  "had",   "do",     "does", "did",   "will", "would", "can",
      "could", "shall", "should", "may",  "might", "must", NULL};
  for (size_t i = 0; words[i]; i++)
    if (equals_ci(w, n, words[i]))
      return true;
  return false;
}

/* Whether a finite verb (an auxiliary: "had", "was", "has been") follows
 * text[from) after spaces: a date right before it closes the subject's
 * clause, where a main verb's date is followed by a comma, a conjunction
 * or the end. */
static bool finite_verb_after(const char *text, size_t from) {
  while (text[from] == ' ')
    from++;
  size_t end = from;
  while (ascii_alpha((unsigned char)text[end]))
    end++;
  return end > from && auxiliary(text + from, end - from);
}

/* Whether the finite verb after text[from) puts the main clause at
 * another time than a date before it: a present, a perfect, a past
 * perfect or a modal ("is", "has been", "have thanked", "had reported",
 * "will stay"), where a simple past ("were taken to two hospitals on
 * Sunday" of "The four people injured ... on Sunday were taken") may
 * tell the main clause on that date. */
static bool other_time_after(const char *text, size_t from) {
  static const char *const words[] = {
      "is",    "are",    "has",   "have", "had",   "will", "would", "can",
      "could", "should", "shall", "may",  "might", "must", NULL};
  while (text[from] == ' ')
    from++;
  size_t end = from;
  while (ascii_alpha((unsigned char)text[end]))
    end++;
  for (size_t i = 0; words[i]; i++)
    if (equals_ci(text + from, end - from, words[i]))
      return true;
  return false;
}

/* Whether the "that" at text[w) follows a noun, so may open a relative
 * clause about it ("The oil tanker that rammed a commuter ferry ... on
 * Friday had reported a fault"), not a clause of what was said ("said
 * that", "so that", "now that"): the word before it is no verb form and
 * none that takes a clause. */
static bool relative_that(const char *text, size_t w) {
  static const char *const takes_clause[] = {
      "so",    "now",  "such",   "and",   "but",  "or",    "not",
      "says",  "say",  "know",   "fear",  "hope", "think", "believe",
      "claim", "warn", "show",   "means", "mean", "is",    "was",
      "are",   "were", "insist", "argue", NULL};
  size_t e = w;
  while (e > 0 && text[e - 1] == ' ')
    e--;
  size_t b = e;
  while (b > 0 && ascii_alpha((unsigned char)text[b - 1]))
    b--;
  if (b == e || extract_verb_form(text + b, e - b))
    return false;
  for (size_t i = 0; takes_clause[i]; i++)
    if (equals_ci(text + b, e - b, takes_clause[i]))
      return false;
  return true;
}

/* Whether the word text[w, e) is a past participle set after a noun (a
 * reduced relative clause: "The three students plucked from a ledge ...
 * on Sunday had walked past signs"): lower case, a participle, the word
 * before it a word of no verb, joining or negation (none of "were
 * plucked", "and plucked", "not plucked"), and a finite verb right after
 * the clause's date `date_end` (an auxiliary, "had", "will"), where a
 * main verb's date is followed by a comma, a conjunction or the end. */
static bool reduced_relative_at(const char *text, size_t w, size_t e,
                                size_t date_end) {
  static const char *const joins[] = {"and",   "or",   "but",  "not",
                                      "never", "also", "then", "just",
                                      "that",  "to",   NULL};
  if (!ascii_is_lower((unsigned char)text[w]) ||
      !extract_participle(text + w, e - w))
    return false;
  size_t b = w;
  while (b > 0 && text[b - 1] == ' ')
    b--;
  size_t pe = b;
  while (b > 0 && ascii_alpha((unsigned char)text[b - 1]))
    b--;
  if (b == pe || pe == w || auxiliary(text + b, pe - b))
    return false;
  for (size_t i = 0; joins[i]; i++)
    if (equals_ci(text + b, pe - b, joins[i]))
      return false;
  return finite_verb_after(text, date_end);
}

/* `out` (a copy of `text`, made when NULL and needed) with its dated
 * relative clauses blanked: "who", "whose" or "which" and the words up to
 * the end of the first date or time the tagger finds after it, at most
 * RELATIVE_WORDS words on, with no comma, colon, semicolon, dash, bracket
 * or full stop between, when the sentence writes another date or time
 * after that one, its own ("The goalkeeper who was struck by lightning at
 * a youth tournament on Sunday left hospital on Wednesday"; "Ms.
 * Kowalczyk, who lifted the trophy on April 19, announced on April 21"),
 * or a verb of another time right after it (other_time_after: "The pilot
 * who ejected ... on Saturday has been moved out of intensive care").
 * A relative clause that dates itself tells who or what the noun is by a
 * happening already told, not the sentence's own: its words point at that
 * one.  With one date only, the date may be the sentence's own, after
 * the clause ("The man who shot the bear was fined on Monday").  A past
 * participle after the noun opens such a clause too when a finite verb
 * follows its date (reduced_relative_at: "The people rescued from an ice
 * floe this week will have to pay ..., the council said on Thursday").
 * The clause's noun, when it is the sentence's subject (subject_start),
 * goes with it: "The three students" of the students plucked from a
 * ledge is the story's thing, named by the happening restated, and the
 * first report names it too (merge33).  *blanked is set when one was. */
typedef struct {
  size_t start, end;
  bool wide; /* a month, a year or more: a standing fact's time */
} text_span;

static int compare_spans(const void *x, const void *y) {
  const text_span *p = x, *q = y;
  return p->start < q->start ? -1 : p->start > q->start;
}

/* The dates and times the tagger finds in a text, in text order; their
 * count into *count. */
static text_span *dates_in(const char *text, size_t len, size_t *count) {
  evg_timexes *found = evg_tag_text(text, len, NULL);
  size_t n = evg_timexes_count(found);
  text_span *spans = evg_xmalloc((n + 1) * sizeof *spans);
  *count = 0;
  for (size_t i = 0; i < n; i++) {
    const evg_timex *x = evg_timexes_get(found, i);
    if (x->type == EVG_TIMEX_DATE || x->type == EVG_TIMEX_TIME)
      spans[(*count)++] = (text_span){
          x->start, x->end,
          x->has_date && merge_date_width(&x->date) > MERGE_LOOSE_SPAN_DAYS};
  }
  evg_timexes_free(found);
  qsort(spans, *count, sizeof *spans, compare_spans);
  return spans;
}

/* Whether a word opens a noun phrase: an article, a demonstrative or a
 * possessive. */
static bool determiner(const char *w, size_t n) {
  static const char *const words[] = {"the",   "a",     "an",  "this", "that",
                                      "these", "those", "its", "his",  "her",
                                      "their", "our",   NULL};
  for (size_t i = 0; words[i]; i++)
    if (equals_ci(w, n, words[i]))
      return true;
  return false;
}

/* Where the sentence's subject starts when it is the noun phrase that
 * ends at text[from) (a clause's noun, "The three students" of "The three
 * students plucked from a ledge ... on Sunday"): at most SUBJECT_WORDS
 * words back to the text's start or a dash or colon (a dateline's),
 * opening on a determiner, with no verb form among them (in "Police
 * searched the house which ..." the noun is the object).  `from` itself
 * when there is none. */
static size_t subject_start(const char *text, size_t from) {
  size_t b = from;
  for (size_t taken = 0; taken < SUBJECT_WORDS; taken++) {
    size_t e = b;
    while (e > 0 && text[e - 1] == ' ')
      e--;
    size_t s0 = e;
    while (s0 > 0 && (ascii_alnum((unsigned char)text[s0 - 1]) ||
                      text[s0 - 1] == '-' || text[s0 - 1] == '\''))
      s0--;
    if (s0 == e)
      break;
    if (extract_verb_form(text + s0, e - s0))
      return from;
    b = s0;
  }
  if (b == from)
    return from;
  size_t before = b;
  while (before > 0 && text[before - 1] == ' ')
    before--;
  unsigned char c = before ? (unsigned char)text[before - 1] : 0;
  /* an em or an en dash, E2 80 94 / E2 80 93 in UTF-8, all three bytes:
   * "Ó" and "Ô" (C3 93, C3 94) end in the same byte */
  bool dash = before >= 3 && (c == 0x94 || c == 0x93) &&
              (unsigned char)text[before - 3] == 0xe2 &&
              (unsigned char)text[before - 2] == 0x80;
  bool opens = !before || dash || c == ':';
  const char *w = text + b;
  size_t n = 0;
  while (ascii_alpha((unsigned char)w[n]))
    n++;
  return opens && determiner(w, n) ? b : from;
}

char *merge_without_dated_relatives(const char *text, char *out,
                                    bool *blanked) {
  text_span *dates = NULL;
  size_t count = 0, next = 0, then = 0, len = strlen(text);
  for (const char *p = text; *p;) {
    while (*p && !ascii_alpha((unsigned char)*p))
      p++;
    const char *w = p;
    while (*p && ascii_alpha((unsigned char)*p))
      p++;
    if (p == w)
      continue;
    bool pronoun = relative_pronoun(w, (size_t)(p - w));
    bool that = !pronoun && w > text && equals_ci(w, (size_t)(p - w), "that") &&
                relative_that(text, (size_t)(w - text));
    if (!pronoun && !that &&
        (w == text || !ascii_is_lower((unsigned char)*w) ||
         !extract_participle(w, (size_t)(p - w))))
      continue;
    if (!dates)
      dates = dates_in(text, len, &count);
    /* the clause's date (the first after the pronoun), and the
     * sentence's own after it; one cursor over the dates */
    while (next < count && dates[next].start < (size_t)(p - text))
      next++;
    if (then <= next)
      then = next + 1;
    while (then < count && dates[then].start < dates[next].end)
      then++;
    /* a clause dated by a month or a year tells a standing fact ("who
     * had led the rowing programme since 2011"), no happening restated */
    if (next >= count || dates[next].wide)
      continue;
    const text_span *when = &dates[next];
    /* without a date of the sentence's own after the clause's, a finite
     * verb of another time right after that date says the date closed
     * the subject's clause ("The pilot who ejected from a jet trainer
     * that crashed ... on Saturday has been moved out of intensive care";
     * "The two climbers who spent three hours on a ledge ... at the
     * weekend have thanked the crew"), where "The man who shot the bear
     * was fined on Monday" dates its main verb (merge40) */
    if (then >= count && !other_time_after(text, when->end))
      continue;
    /* "that" opens a relative clause only when such a verb follows its
     * date: "a search that kept much of the town indoors" may be the
     * sentence's own happening */
    if (that && !other_time_after(text, when->end))
      continue;
    if (!pronoun && !that &&
        !reduced_relative_at(text, (size_t)(w - text), (size_t)(p - text),
                             when->end))
      continue;
    size_t words = 0;
    bool in_word = false, open = true;
    for (const char *q = p; q < text + when->start && open; q++) {
      bool alnum = ascii_alnum((unsigned char)*q);
      words += alnum && !in_word;
      in_word = alnum;
      open = !strchr(",;:.()\xe2", *q) && words <= RELATIVE_WORDS;
    }
    if (!open)
      continue;
    if (!out)
      out = evg_xstrndup(text, len);
    /* the noun the clause tells about, right before it (no comma
     * between): the story's thing, named by the restated happening */
    size_t from = (size_t)(w - text);
    from = subject_start(text, from);
    memset(out + from, ' ', when->end - from);
    *blanked = true;
    p = text + when->end;
  }
  free(dates);
  return out;
}

/* Whether the word w[0..n) is a participle that opens a blanked clause
 * of `told`, the blanked copy of `quote` (the headline's reduced relative
 * clause, "The three students plucked from a ledge"). */
static bool blanked_word(const char *w, size_t n, const char *quote,
                         const char *told) {
  if (!quote || !told || !extract_participle(w, n))
    return false;
  for (const char *q = quote; *q; q++) {
    if (strncmp(q, w, n) != 0 || ascii_alpha((unsigned char)q[n]) ||
        (q > quote && ascii_alpha((unsigned char)q[-1])))
      continue;
    if (told[q - quote] == ' ')
      return true;
  }
  return false;
}

/* Whether every whole-word occurrence of w[0..n) in `quote` lies in a
 * blanked clause of `told`, with at least one. */
static bool only_blanked(const char *w, size_t n, const char *quote,
                         const char *told) {
  bool seen = false;
  for (const char *q = quote; *q; q++) {
    if (g_ascii_strncasecmp(q, w, n) != 0)
      continue;
    if (ascii_alpha((unsigned char)q[n]) ||
        (q > quote && ascii_alpha((unsigned char)q[-1])))
      continue;
    if (told[q - quote] != ' ')
      return false;
    seen = true;
  }
  return seen;
}

/* A headline that opens on the subject its quote's blanked clause took
 * with it ("The oil tanker had reported a fault" of "The oil tanker that
 * rammed a commuter ferry ... on Friday had reported a fault"): those
 * words (after a determiner) blanked, when the quote writes them nowhere
 * else.  A copy, or NULL when none is. */
static char *headline_without_blanked_subject(const char *label,
                                              const char *quote,
                                              const char *told) {
  if (!quote || !told)
    return NULL;
  const char *p = label, *end = label;
  bool first = true, any = false;
  while (*p) {
    while (*p && !ascii_alpha((unsigned char)*p))
      p++;
    const char *w = p;
    while (*p && ascii_alpha((unsigned char)*p))
      p++;
    size_t n = (size_t)(p - w);
    if (!n)
      break;
    if (first && determiner(w, n)) {
      first = false;
      end = p;
      continue;
    }
    first = false;
    if (!only_blanked(w, n, quote, told))
      break;
    end = p, any = true;
  }
  if (!any)
    return NULL;
  size_t blank = (size_t)(end - label);
  char *out = evg_xstrndup(label, strlen(label));
  memset(out, ' ', blank);
  return out;
}

/* A headline with a relative clause whose quote's dated relative clause
 * was blanked: the extraction took the clause for the act ("The
 * 11-year-old goalkeeper who was struck by lightning"), so the clause is
 * blanked to the headline's end, its subject with it.  A participle's
 * clause is found by its word, blanked in the quote (`told`, the blanked
 * copy of `quote`).  A copy, or NULL when it has none. */
char *merge_headline_without_relative(const char *label, const char *quote,
                                      const char *told) {
  for (const char *p = label; *p;) {
    while (*p && !ascii_alpha((unsigned char)*p))
      p++;
    const char *w = p;
    while (*p && ascii_alpha((unsigned char)*p))
      p++;
    if (p > w && w > label &&
        (relative_pronoun(w, (size_t)(p - w)) ||
         blanked_word(w, (size_t)(p - w), quote, told))) {
      char *out = evg_xstrndup(label, strlen(label));
      size_t from = (size_t)(w - label);
      from = subject_start(label, from);
      memset(out + from, ' ', strlen(label) - from);
      return out;
    }
  }
  return headline_without_blanked_subject(label, quote, told);
}
