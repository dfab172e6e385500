/* extract_lead_after.c: in news, the lead's "after" clause tells what
 * the news came after ("Budapest closed its M2 line on Thursday after
 * engineers found a crack in the tunnel"), and the next paragraph often
 * tells it again with its own day ("A track inspector walking the tunnel
 * after the last train on Wednesday night noticed ... a crack").  The
 * clause has no date of its own and took the main clause's; it takes the
 * day of the sentence that tells it again: one that shares a word of
 * substance with it and names a day in the week up to the main clause's
 * date.  A clause whose count already dated it ("eleven days after
 * inspectors found") has a date of its own and is left. */
#include "extract_internal.h"

#include <string.h>

/* How many days before the main clause's date the retold day may lie:
 * the news came after it, within the week the lead reports. */
#define LEAD_AFTER_DAYS 7
/* The sentences of that paragraph read, at most: it tells the news
 * again at once, or not at all. */
#define LEAD_AFTER_SENTENCES 6
/* The words of the clause compared, at most. */
#define LEAD_AFTER_WORDS 32
#define LEAD_AFTER_WORD_LEN 24

typedef struct {
  char w[LEAD_AFTER_WORDS][LEAD_AFTER_WORD_LEN];
  size_t n;
} word_list;

/* Words of four letters or more that say nothing of what happened. */
static const char *const empty_words[] = {
    "that",    "with",    "from",    "their",     "which",   "about",
    "more",    "than",    "after",   "before",    "into",    "over",
    "have",    "been",    "were",    "this",      "they",    "them",
    "there",   "then",    "when",    "where",     "while",   "also",
    "said",    "found",   "only",    "first",     "second",  "time",
    "year",    "month",   "week",    "hour",      "some",    "most",
    "other",   "such",    "what",    "would",     "could",   "will",
    "under",   "between", "through", "during",    "against", "since",
    "until",   "upon",    "these",   "those",     "each",    "every",
    "both",    "made",    "took",    "told",      "just",    "still",
    "very",    "many",    "much",    "half",      "near",    "almost",
    "nearly",  "early",   "late",    "last",      "next",    "again",
    "once",    "whose",   "being",   "onto",      "morning", "afternoon",
    "evening", "night",   "today",   "yesterday", "minute",  "percent",
    NULL};
EXTRACT_WORD_SET(empty_word_set, empty_words, false);

/* The words of text[from, to), lower case, a plural's "s" dropped, the
 * empty ones left out. */
static void words_of(const char *text, size_t from, size_t to, word_list *out) {
  out->n = 0;
  size_t i = from;
  while (i < to && out->n < LEAD_AFTER_WORDS) {
    while (i < to && !ascii_alpha((unsigned char)text[i]))
      i++;
    size_t s = i;
    while (i < to && (ascii_alpha((unsigned char)text[i]) ||
                      (unsigned char)text[i] >= 0x80))
      i++;
    size_t n = i - s;
    if (n < 4 || n >= LEAD_AFTER_WORD_LEN)
      continue;
    char *w = out->w[out->n];
    for (size_t k = 0; k < n; k++)
      w[k] = (char)ascii_lower((unsigned char)text[s + k]);
    if (n > 4 && w[n - 1] == 's' && w[n - 2] != 's')
      n--;
    w[n] = '\0';
    if (!extract_word_set_has(&empty_word_set, w, n))
      out->n++;
  }
}

/* How many of the clause's words the sentence's words hold. */
static size_t shared_words(const word_list *clause, const word_list *sentence) {
  size_t n = 0;
  for (size_t a = 0; a < clause->n; a++)
    for (size_t b = 0; b < sentence->n; b++)
      if (strcmp(clause->w[a], sentence->w[b]) == 0) {
        n++;
        break;
      }
  return n;
}

/* Whether the word before `at` is "after". */
static bool after_before(const char *text, size_t lo, size_t at) {
  size_t e = at;
  while (e > lo && text[e - 1] == ' ')
    e--;
  return e >= lo + 5 && equals_ci(text + e - 5, 5, "after") &&
         (e == lo + 5 || !ascii_alpha((unsigned char)text[e - 6]));
}

/* Whether a dated timex starts in [from, to) ("daily", "in a month" date
 * nothing). */
static bool timex_in(const evg_timexes *timexes, size_t from, size_t to) {
  size_t count = evg_timexes_count(timexes);
  for (size_t t = evg_timexes_first_from(timexes, count, from); t < count;
       t++) {
    const evg_timex *timex = evg_timexes_at(timexes, t);
    if (timex->start >= to)
      break;
    if (timex->start >= from && timex->has_date &&
        (timex->type == EVG_TIMEX_DATE || timex->type == EVG_TIMEX_TIME))
      return true;
  }
  return false;
}

/* The day a sentence names, one day alone, within the days allowed and
 * not told in the past perfect ("had rejected a first offer on September
 * 29": backstory, not the news retold), and in *stretch the part between
 * semicolons that holds it ("...; then it called the strike on October
 * 2" tells another happening); -1 when none. */
static int32_t day_in(const char *text, const evg_timexes *timexes,
                      const range *sentence, int32_t first, int32_t last,
                      range *stretch) {
  size_t count = evg_timexes_count(timexes);
  for (size_t t = evg_timexes_first_from(timexes, count, sentence->start);
       t < count; t++) {
    const evg_timex *timex = evg_timexes_at(timexes, t);
    if (timex->start >= sentence->end)
      break;
    if (timex->start < sentence->start || !timex->has_date ||
        timex->date.interval || timex->date.start != timex->date.end ||
        (timex->type != EVG_TIMEX_DATE && timex->type != EVG_TIMEX_TIME) ||
        timex->date.start < first || timex->date.start > last ||
        extract_past_perfect_day(text, sentence->start, timex))
      continue;
    stretch->start = timex->start;
    while (stretch->start > sentence->start && text[stretch->start - 1] != ';')
      stretch->start--;
    stretch->end = timex->end;
    while (stretch->end < sentence->end && text[stretch->end] != ';')
      stretch->end++;
    return timex->date.start;
  }
  return -1;
}

static bool blank_line_between(const char *text, size_t from, size_t to) {
  const char *first = memchr(text + from, '\n', to - from);
  return first && memchr(first + 1, '\n', to - (size_t)(first + 1 - text));
}

void extract_lead_after_retold(evg_extraction *x, const char *text,
                               const range *sentences, size_t sentence_count) {
  if (x->event_count < 2 || sentence_count < 2)
    return;
  size_t lead = 0;
  while (lead < sentence_count && sentences[lead].end <= x->events[0].start)
    lead++;
  if (lead + 1 >= sentence_count)
    return;
  const range *ls = &sentences[lead];
  /* the sentences that may tell it again: the paragraph after the
   * lead's (the lead's own goes on with the causes of its cause: "after
   * a software outage grounded its fleet. The outage was caused by an
   * update installed on Sunday night") */
  size_t first = lead + 1;
  while (first < sentence_count &&
         !blank_line_between(text, sentences[first - 1].end,
                             sentences[first].start))
    first++;
  size_t last = first + 1;
  while (
      last < sentence_count && last < first + LEAD_AFTER_SENTENCES &&
      !blank_line_between(text, sentences[last - 1].end, sentences[last].start))
    last++;
  if (first >= sentence_count)
    return;
  for (size_t i = 1; i < x->event_count && x->events[i].start < ls->end; i++) {
    evg_extracted_event *e = &x->events[i];
    const char *main_date = x->events[i - 1].date;
    if (!after_before(text, ls->start, e->start) || !main_date || !e->date ||
        strcmp(main_date, e->date) != 0 ||
        timex_in(x->timexes, e->start, e->end))
      continue;
    evg_date d;
    const char *error;
    size_t at;
    if (!evg_date_parse(e->date, strlen(e->date), &d, &error, &at) ||
        d.open_start || d.open_end)
      continue;
    word_list clause, sentence;
    words_of(text, e->start, e->end, &clause);
    size_t best = 0;
    int32_t day = -1;
    for (size_t s = first; s < last; s++) {
      range stretch;
      int32_t found = day_in(text, x->timexes, &sentences[s],
                             d.start - LEAD_AFTER_DAYS, d.end, &stretch);
      if (found < 0)
        continue;
      words_of(text, stretch.start, stretch.end, &sentence);
      size_t shared = shared_words(&clause, &sentence);
      if (shared > best) {
        best = shared;
        day = found;
      }
    }
    if (day < 0 || (d.start == day && d.end == day))
      continue;
    evg_date retold = evg_date_from_day(day, EVG_PREC_DAY);
    char out[64];
    evg_date_format_iso(&retold, out, sizeof out);
    e->date = evg_arena_strndup(&x->arena, out, strlen(out));
  }
}
