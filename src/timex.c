/* timex.c: a rule-based temporal tagger for English news and history prose.
 *
 * One pass tokenizes the text; a second walks the tokens and, at each token
 * that can start a temporal expression, tries the rule families (longest
 * match wins), normalises the match to a TIMEX3 value and resolves it.  Both
 * passes are linear: rules look at a bounded number of tokens.
 *
 * Resolution follows how writers use dates:
 * - deictic expressions (yesterday, last week, two years ago, on Monday)
 *   count from the anchor, the text's own date;
 * - anaphoric ones (three days later, the following year, by then, that
 *   month) count from the reference date: the date mentioned last;
 * - year-less dates (in December, Jan. 27, the third quarter) take their
 *   year from the reference date when a date was mentioned in this or the
 *   previous sentence, or in a narrative (a text without deictic
 *   expressions, such as history); otherwise from the anchor, in the
 *   direction of the tense of the nearest verb (past: the last such date
 *   before the anchor; future: the next one).
 * A bare weekday follows the tense the same way: "on Monday" in a sentence
 * in the past is the last Monday before the anchor (the anchor's own
 * weekday means a week back: writers say "today" for the same day).
 *
 * The stages, a file each (timex_internal.h holds what they share):
 *   timex_tokens.c          keyword table, tokenizer, numbers and years
 *   timex_calendar.c        weekdays, months, Easter, holidays, lunar new year
 *   timex_values.c          TIMEX3 values, durations, units
 *   timex_tense.c           the tense around an expression
 *   timex_resolve.c         what an expression counts from, year-less dates
 *   timex_rules_absolute.c  days, months, years, decades, seasons, quarters
 *   timex_rules_holidays.c  holidays and zodiac years
 *   timex_rules_relative.c  today, on Monday, next week, the following year
 *   timex_rules_durations.c two years ago, seven days, every year
 *   timex_rules_times.c     clock times and parts of a day
 *   timex.c (this file)     the rule driver, the expression list, the entry
 *                           points evg_tag_text and evg_find_text_date. */
#include "timex_internal.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Modifiers around a date: "early", "late", "mid-", "the end of", "the
 * beginning of", "the middle of", "the start of".  Returns the tokens the
 * prefix takes and the TIMEX3 mod. */
static size_t modifier_at(const context *c, size_t i, const char **mod) {
  /* "early in 1914", "Late in 68": before a year the preposition is in
   * the span (WikiWars); news gold leaves "early in [July]" a month */
  bool in_year = word(c, i + 1, W_IN) && is_num(c, i + 2);
  if (word(c, i, W_EARLY) && !punct(c, i + 1, ',')) {
    *mod = "START";
    return in_year ? 2 : 1;
  }
  if (word(c, i, W_LATE) && !punct(c, i + 1, ',')) {
    *mod = "END";
    return in_year ? 2 : 1;
  }
  if (word(c, i, W_MID)) {
    *mod = "MID";
    return punct(c, i + 1, '-') ? 2 : 1;
  }
  if (word(c, i, W_THE) && word(c, i + 2, W_OF)) {
    if (word(c, i + 1, W_END)) {
      *mod = "END";
      return 3;
    }
    if (word(c, i + 1, W_BEGINNING) || word(c, i + 1, W_START)) {
      *mod = "START";
      return 3;
    }
    if (word(c, i + 1, W_MIDDLE)) {
      *mod = "MID";
      return 3;
    }
  }
  return 0;
}

typedef bool (*rule_fn)(const context *, size_t, candidate *);

/* Clears what a rule reads before it writes; cheaper than zeroing the whole
 * candidate for each of the rules tried at every token (that was half the
 * tagger's time). */
static void reset(candidate *cand, size_t start) {
  cand->first = cand->last = start;
  cand->type = EVG_TIMEX_DATE;
  cand->value[0] = '\0';
  cand->mod = NULL;
  cand->res = RES_NONE;
  cand->relative[0] = '\0';
  cand->keep_reference = false;
  cand->weekday_skew = -1;
  cand->rival_first = SIZE_MAX;
}

/* Which rules may match at a token, by what the token is.  Each of some
 * 16,000 start tokens of a long text used to try every rule (most fail on
 * their first test of the token); now a token tries only the rules whose
 * first test it can pass.  A rule's bit below is set for a kind of token
 * when the rule's opening tests (in timex_rules_*.c) accept it there;
 * `timex_unlisted_starts` checks that no rule matches anywhere else, so
 * change these masks with the rules (tests/test_timex.c runs the check). */
enum {
  R_NUMERIC,
  R_WEEKDAY,
  R_MONTH_DAY,
  R_DAY_MONTH,
  R_ZODIAC,
  R_MONTH,
  R_DECADE,
  R_CENTURY,
  R_QUARTER,
  R_SEASON,
  R_HOLIDAY,
  R_YEAR,
  R_THE_YEAR,
  R_DEICTIC_WORD,
  R_THIS_NEXT_LAST,
  R_ANAPHORIC,
  R_AMOUNT,
  R_SET,
  R_TIME,
  R_REF_PHRASE,
  R_WEEK_OF_MONTH,
  R_RANGE_END,
  R_DAY_RANGE_START,
  R_SAME_TIME,
  R_PART_OF_DATE,
  R_DAY_OF_MONTH
};
#define RULE(r) (1u << (r))

/* A number ("27", "1990s", "3pm", "4th"); an apostrophe ("'90s"). */
static const uint32_t number_starts =
    RULE(R_NUMERIC) | RULE(R_DAY_MONTH) | RULE(R_DECADE) | RULE(R_CENTURY) |
    RULE(R_QUARTER) | RULE(R_YEAR) | RULE(R_AMOUNT) | RULE(R_TIME) |
    RULE(R_RANGE_END) | RULE(R_DAY_RANGE_START);
static const uint32_t apostrophe_starts = RULE(R_DECADE);

/* A keyword of a class other than K_WORD (a plain word: none). */
static const uint32_t class_starts[K_WEEKDAYS + 1] = {
    [K_MONTH] = RULE(R_MONTH_DAY) | RULE(R_MONTH),
    [K_WEEKDAY] = RULE(R_WEEKDAY) | RULE(R_SET),
    [K_NUMWORD] = RULE(R_AMOUNT) | RULE(R_TIME), /* "four o'clock" */
    [K_ORDWORD] = RULE(R_ZODIAC) | RULE(R_CENTURY) | RULE(R_QUARTER) |
                  RULE(R_WEEK_OF_MONTH),
    [K_UNIT] = RULE(R_ZODIAC) | RULE(R_AMOUNT),
    [K_SEASON] = RULE(R_SEASON) | RULE(R_HOLIDAY), /* "Spring Festival" */
    [K_SETWORD] = RULE(R_SET),
    [K_HOLIDAY] = RULE(R_HOLIDAY),
    [K_WEEKDAYS] = RULE(R_SET),
};

/* A function word (K_WORD), by its W_ value. */
static const uint32_t word_starts[W_OVERNIGHT + 1] = {
    [W_THE] = RULE(R_ZODIAC) | RULE(R_QUARTER) | RULE(R_YEAR) |
              RULE(R_THE_YEAR) | RULE(R_THIS_NEXT_LAST) | RULE(R_ANAPHORIC) |
              RULE(R_AMOUNT) | RULE(R_REF_PHRASE) | RULE(R_WEEK_OF_MONTH) |
              RULE(R_SAME_TIME) | RULE(R_PART_OF_DATE) | RULE(R_DAY_OF_MONTH),
    [W_LAST] = RULE(R_WEEKDAY) | RULE(R_THIS_NEXT_LAST) | RULE(R_WEEK_OF_MONTH),
    [W_PAST] = RULE(R_WEEKDAY),
    [W_NEXT] = RULE(R_WEEKDAY) | RULE(R_THIS_NEXT_LAST),
    [W_COMING] = RULE(R_WEEKDAY) | RULE(R_THIS_NEXT_LAST),
    [W_THIS] = RULE(R_WEEKDAY) | RULE(R_THIS_NEXT_LAST),
    [W_EARLIER] = RULE(R_THIS_NEXT_LAST),
    [W_LATER] = RULE(R_THIS_NEXT_LAST),
    [W_CURRENT] = RULE(R_THIS_NEXT_LAST),
    [W_Q] = RULE(R_QUARTER),
    [W_H] = RULE(R_QUARTER),
    [W_NEW] = RULE(R_HOLIDAY),
    [W_BLACK] = RULE(R_HOLIDAY),
    [W_CYBER] = RULE(R_HOLIDAY),
    [W_BOXING] = RULE(R_HOLIDAY),
    [W_CHINESE] = RULE(R_HOLIDAY),
    [W_LUNAR] = RULE(R_HOLIDAY),
    [W_FISCAL] = RULE(R_YEAR),
    [W_AD] = RULE(R_YEAR),
    [W_TODAY] = RULE(R_DEICTIC_WORD),
    [W_YESTERDAY] = RULE(R_DEICTIC_WORD),
    [W_TOMORROW] = RULE(R_DEICTIC_WORD),
    [W_TONIGHT] = RULE(R_DEICTIC_WORD),
    [W_NOW] = RULE(R_DEICTIC_WORD),
    [W_CURRENTLY] = RULE(R_DEICTIC_WORD),
    [W_OVERNIGHT] = RULE(R_DEICTIC_WORD),
    [W_RECENTLY] = RULE(R_DEICTIC_WORD),
    [W_THEN] = RULE(R_ANAPHORIC),
    [W_THAT] = RULE(R_ANAPHORIC) | RULE(R_SAME_TIME),
    /* a number ("a", "several"), "another", or an approximation before
     * one ("about", "more than", "at least", "up to") */
    [W_A] = RULE(R_AMOUNT),
    [W_AN] = RULE(R_AMOUNT),
    [W_SEVERAL] = RULE(R_AMOUNT),
    [W_MANY] = RULE(R_AMOUNT),
    [W_FEW] = RULE(R_AMOUNT),
    [W_ANOTHER] = RULE(R_AMOUNT),
    [W_ABOUT] = RULE(R_AMOUNT),
    [W_AROUND] = RULE(R_AMOUNT),
    [W_NEARLY] = RULE(R_AMOUNT),
    [W_SOME] = RULE(R_AMOUNT),
    [W_MORE] = RULE(R_AMOUNT),
    [W_LESS] = RULE(R_AMOUNT),
    [W_AT] = RULE(R_AMOUNT),
    [W_UP] = RULE(R_AMOUNT),
    [W_EVERY] = RULE(R_SET),
    [W_EACH] = RULE(R_SET),
    [W_ONCE] = RULE(R_SET),
    [W_TWICE] = RULE(R_SET),
    [W_NOON] = RULE(R_TIME),
    [W_MIDNIGHT] = RULE(R_TIME),
};

/* The rules that may match at token i. */
static uint32_t rules_starting_at(const context *c, size_t i) {
  if (i >= c->n)
    return 0;
  const token *t = &c->t[i];
  uint32_t kind = t->kind == T_NUM                         ? number_starts
                  : t->kind == T_PUNCT && t->punct == '\'' ? apostrophe_starts
                                                           : 0;
  if (t->cls == K_WORD)
    return kind |
           (t->value >= 0 && t->value <= W_OVERNIGHT ? word_starts[t->value]
                                                     : 0);
  return kind | (t->cls <= K_WEEKDAYS ? class_starts[t->cls] : 0);
}

/* "the middle of next week", "early next year"; not "late last night",
 * where "late" is said of the night, not a part of it */
static bool rule_this_next_last_date(const context *c, size_t i,
                                     candidate *cand) {
  return timex_rule_this_next_last(c, i, cand) && cand->type == EVG_TIMEX_DATE;
}

/* A list of rules: the rule of each R_ it holds (NULL: not in it).  The
 * R_ order is the order rules are tried in, and the first of two matches
 * of the same length wins. */
typedef rule_fn rule_list[R_DAY_OF_MONTH + 1];

static const rule_list all_rules = {
    [R_NUMERIC] = timex_rule_numeric,
    [R_WEEKDAY] = timex_rule_weekday,
    [R_MONTH_DAY] = timex_rule_month_day,
    [R_DAY_MONTH] = timex_rule_day_month,
    [R_ZODIAC] = timex_rule_zodiac,
    [R_MONTH] = timex_rule_month,
    [R_DECADE] = timex_rule_decade,
    [R_CENTURY] = timex_rule_century,
    [R_QUARTER] = timex_rule_quarter,
    [R_SEASON] = timex_rule_season,
    [R_HOLIDAY] = timex_rule_holiday,
    [R_YEAR] = timex_rule_year,
    [R_DEICTIC_WORD] = timex_rule_deictic_word,
    [R_THIS_NEXT_LAST] = timex_rule_this_next_last,
    [R_ANAPHORIC] = timex_rule_anaphoric,
    [R_AMOUNT] = timex_rule_amount,
    [R_SET] = timex_rule_set,
    [R_TIME] = timex_rule_time,
    [R_REF_PHRASE] = timex_rule_ref_phrase,
    [R_WEEK_OF_MONTH] = timex_rule_week_of_month,
    [R_RANGE_END] = timex_rule_range_end,
    [R_DAY_RANGE_START] = timex_rule_day_range_start,
    [R_SAME_TIME] = timex_rule_same_time,
    [R_PART_OF_DATE] = timex_rule_part_of_date,
    [R_DAY_OF_MONTH] = timex_rule_day_of_month,
};

/* The date rules a modifier may precede: the dates, and "the middle of
 * next week", "early next year". */
static const rule_list modified_rules = {
    [R_NUMERIC] = timex_rule_numeric,
    [R_MONTH_DAY] = timex_rule_month_day,
    [R_DAY_MONTH] = timex_rule_day_month,
    [R_MONTH] = timex_rule_month,
    [R_DECADE] = timex_rule_decade,
    [R_CENTURY] = timex_rule_century,
    [R_QUARTER] = timex_rule_quarter,
    [R_SEASON] = timex_rule_season,
    [R_HOLIDAY] = timex_rule_holiday,
    [R_YEAR] = timex_rule_year,
    [R_THE_YEAR] = timex_rule_the_year,
    [R_THIS_NEXT_LAST] = rule_this_next_last_date,
};

/* The date rules that may follow "the" and take it into their span ("the
 * 1990s", "the summer"); not those whose date is a modifier there and
 * keeps its own span ("the August report", "the May 5 vote"). */
static const rule_list after_the_rules = {
    [R_DAY_MONTH] = timex_rule_day_month, [R_DECADE] = timex_rule_decade,
    [R_CENTURY] = timex_rule_century,     [R_QUARTER] = timex_rule_quarter,
    [R_SEASON] = timex_rule_season,       [R_THE_YEAR] = timex_rule_the_year,
};

/* The longest match at `start` of the rules of `rules` that may start
 * there (the first rule wins a tie). */
static bool longest_match(const context *c, const rule_list rules, size_t start,
                          candidate *best) {
  bool found = false;
  for (uint32_t may = rules_starting_at(c, start); may; may &= may - 1) {
    rule_fn match = rules[__builtin_ctz(may)];
    if (!match)
      continue;
    candidate cand;
    reset(&cand, start);
    if (found)
      cand.rival_first = start, cand.rival_last = best->last;
    if (match(c, start, &cand) && (!found || cand.last > best->last)) {
      *best = cand;
      found = true;
    }
  }
  return found;
}

/* The longest match at token i. */
static bool match_at(const context *c, size_t i, candidate *best) {
  const char *mod = NULL;
  size_t prefix = modifier_at(c, i, &mod);
  if (!prefix && word(c, i, W_THE) &&
      (word(c, i + 1, W_EARLY) || word(c, i + 1, W_LATE) ||
       word(c, i + 1, W_MID))) {
    prefix = modifier_at(c, i + 1, &mod);
    if (prefix)
      prefix++;
  }
  bool found =
      longest_match(c, prefix ? modified_rules : all_rules, i + prefix, best);
  /* "the 1990s", "the summer": the article belongs to the span */
  if (!found && word(c, i, W_THE) && !prefix) {
    found = longest_match(c, after_the_rules, i + 1, best);
    if (found)
      best->first = i;
  }
  if (found && prefix) {
    best->first = i;
    best->mod = mod;
  }
  return found;
}

/* ------------------------------------------------------------------ */
/* The list and the driver                                              */
/* ------------------------------------------------------------------ */

/* The list is filled in segments that never move (segment k holds
 * TIMEX_SEGMENT_BASE << k expressions), so that a reader on another
 * thread may hold an expression while the tagger adds more: extract.c
 * finds events in a text while it is still being tagged.  `count` is
 * stored after each expression is whole (release), and `tagged_to` says
 * how far the tagger has gone: every expression still to come starts at
 * or after it (SIZE_MAX once tagging is done).  The struct is in
 * internal.h, with evg_timexes_at. */

const char *evg_timex_type_name(evg_timex_type type) {
  static const char *const names[] = {"DATE", "TIME", "DURATION", "SET"};
  return type <= EVG_TIMEX_SET ? names[type] : "DATE";
}

size_t evg_timexes_count(const evg_timexes *list) {
  return atomic_load_explicit(&list->count, memory_order_acquire);
}

const evg_timex *evg_timexes_get(const evg_timexes *list, size_t index) {
  return index < evg_timexes_count(list) ? evg_timexes_at(list, index) : NULL;
}

evg_timexes *evg_timexes_new(void) {
  evg_timexes *list = evg_xcalloc(1, sizeof *list);
  atomic_init(&list->count, 0);
  atomic_init(&list->tagged_to, 0);
  pthread_mutex_init(&list->lock, NULL);
  pthread_cond_init(&list->progress, NULL);
  return list;
}

void evg_timexes_free(evg_timexes *list) {
  if (!list)
    return;
  for (size_t k = 0; k < TIMEX_SEGMENTS; k++)
    free(list->segments[k]);
  evg_arena_free(&list->arena);
  pthread_mutex_destroy(&list->lock);
  pthread_cond_destroy(&list->progress);
  free(list);
}

/* Every expression that starts before `offset` is in the list. */
static void publish_progress(evg_timexes *list, size_t offset) {
  pthread_mutex_lock(&list->lock);
  atomic_store_explicit(&list->tagged_to, offset, memory_order_release);
  pthread_cond_broadcast(&list->progress);
  pthread_mutex_unlock(&list->lock);
}

void evg_timexes_wait(evg_timexes *list, size_t offset) {
  if (atomic_load_explicit(&list->tagged_to, memory_order_acquire) >= offset)
    return;
  pthread_mutex_lock(&list->lock);
  while (atomic_load_explicit(&list->tagged_to, memory_order_acquire) < offset)
    pthread_cond_wait(&list->progress, &list->lock);
  pthread_mutex_unlock(&list->lock);
}

static void emit(evg_timexes *list, const context *c, const candidate *cand) {
  size_t count = atomic_load_explicit(&list->count, memory_order_relaxed);
  if (count == list->cap) {
    size_t k = 0;
    while (list->segments[k])
      k++;
    list->segments[k] =
        evg_xmalloc((TIMEX_SEGMENT_BASE << k) * sizeof *list->segments[k]);
    list->cap += TIMEX_SEGMENT_BASE << k;
  }
  evg_timex *x = evg_timexes_at(list, count);
  memset(x, 0, sizeof *x);
  x->start = c->t[cand->first].start;
  x->end = c->t[cand->last].end;
  x->type = cand->type;
  x->value = evg_arena_strndup(&list->arena, cand->value, strlen(cand->value));
  x->mod = cand->mod;
  x->has_date = cand->res == RES_DATE;
  if (x->has_date)
    x->date = cand->date;
  x->needs_anchor = cand->res == RES_ANCHOR;
  if (x->needs_anchor && cand->relative[0])
    x->relative =
        evg_arena_strndup(&list->arena, cand->relative, strlen(cand->relative));
  atomic_store_explicit(&list->count, count + 1, memory_order_release);
}

/* A text is a narrative when it has no deictic expression: history and
 * fiction count from the dates they mention, news from its own date. */
/* Keywords that only join or introduce expressions ("of", "in", "until",
 * "will"): the rules read them around a start, never at one.  Skipping them
 * halves the tries. */
static bool starts_expressions(int w) {
  switch (w) {
  case W_OF:
  case W_IN:
  case W_ON:
  case W_BY:
  case W_SINCE:
  case W_UNTIL:
  case W_DURING:
  case W_FROM:
  case W_TO:
  case W_THROUGH:
  case W_BEFORE:
  case W_BETWEEN:
  case W_AFTER:
  case W_OTHER:
  case W_FOR:
  case W_OVER:
  case W_WITHIN:
  case W_WILL:
  case W_SHALL:
  case W_GOING:
  case W_AND:
  case W_OR:
  case W_THAN:
    return false;
  default:
    return true;
  }
}

/* A text is a narrative when it tells of dates far from its own: history
 * and fiction count from the dates they mention, news from its own date.
 * The test weighs deictic expressions (today, last week, ago, "on Monday")
 * against written years more than two years from the anchor: a history
 * with a "today" in a quotation is still a narrative, and a news story
 * with some history is still news. */
/* The tokens that weigh for and against a narrative in tokens [from, to). */
typedef struct {
  const context *c;
  size_t from, to;
  size_t deictic, quoted, far_years;
} narrative_count;

static void count_narrative(narrative_count *n) {
  const context *c = n->c;
  int32_t anchor_year = c->has_anchor ? timex_year_of(c->anchor) : 0;
  for (size_t i = n->from; i < n->to; i++) {
    if (c->t[i].cls == K_NONE && c->t[i].kind != T_NUM)
      continue; /* most words: no keyword and no year */
    /* "It will be you tomorrow": a speaker's own time weighs only when the
     * text has no other; "the next year" counts on from a told year, as
     * a history does, where "next year" counts from the writer's */
    size_t *count = c->t[i].quote ? &n->quoted : &n->deictic;
    if (word(c, i, W_TODAY) || word(c, i, W_YESTERDAY) ||
        word(c, i, W_TOMORROW) || word(c, i, W_TONIGHT) || word(c, i, W_AGO))
      (*count)++;
    else if ((word(c, i, W_LAST) || word(c, i, W_THIS) ||
              (word(c, i, W_NEXT) && !(i > 0 && word(c, i - 1, W_THE)))) &&
             cls(c, i + 1) == K_UNIT &&
             (c->t[i + 1].value == UNIT_WEEK ||
              c->t[i + 1].value == UNIT_MONTH ||
              c->t[i + 1].value == UNIT_YEAR))
      (*count)++;
    else if (i > 0 && cls(c, i) == K_WEEKDAY && c->t[i].cap &&
             word(c, i - 1, W_ON) &&
             !(cls(c, i + 2) == K_MONTH || cls(c, i + 3) == K_MONTH ||
               is_num(c, i + 2)))
      (*count)++;
    else if (c->has_anchor && timex_year_token(c, i, true) &&
             abs(c->t[i].num - anchor_year) > 2)
      n->far_years++;
  }
}

static void *count_narrative_part(void *n) {
  count_narrative(n);
  return NULL;
}

/* Below this many sentences a text without deictic words is no
 * narrative for that alone (is_narrative; the tokens' sentences count
 * from 0, so the last one's index plus one). */
#define NARRATIVE_MIN_SENTENCES 5

/* Below this many tokens the count runs on one thread: a thread costs
 * more than half of it. */
#define NARRATIVE_SPLIT_MIN_TOKENS (128 * 1024)

/* A long text's tokens are counted in two halves, the second on a thread
 * of its own: the count reads every token before the first expression is
 * tagged, while the events stage, on the other core, waits for the tagger.
 * The halves' counts are summed, so the answer is the same either way. */
static bool is_narrative(const context *c) {
  size_t half = c->n / 2;
  narrative_count first = {.c = c, .to = c->n};
  narrative_count second = {.c = c, .from = half, .to = c->n};
  pthread_t thread;
  bool threaded =
      c->n >= NARRATIVE_SPLIT_MIN_TOKENS &&
      pthread_create(&thread, NULL, count_narrative_part, &second) == 0;
  if (threaded)
    first.to = half;
  count_narrative(&first);
  if (threaded) {
    pthread_join(thread, NULL);
    first.deictic += second.deictic;
    first.quoted += second.quoted;
    first.far_years += second.far_years;
  }
  /* a note of a few sentences with a date of its own and no year far
   * from it has too few words to count by: no "yesterday" or "on Monday"
   * is no sign of a history there, and its days lie around its own date
   * ("OSLO, January 3, 2042 — A storm struck the coast on December 30" is
   * 2041-12-30, not the dateline's year read as the story's) */
  if (c->has_anchor && first.far_years == 0 && first.deictic == 0 &&
      (c->n == 0 || c->t[c->n - 1].sentence + 1 < NARRATIVE_MIN_SENTENCES))
    return false;
  size_t deictic = first.deictic;
  if (deictic == 0)
    deictic = first.far_years ? 0 : first.quoted;
  return deictic == 0 || first.far_years > 4 * deictic;
}

/* The context of a text's tokens before the first expression: the
 * headline, the anchor, whether the text is a narrative. */
static void start_context(context *c, const char *text,
                          const token_list *tokens, const evg_date *anchor) {
  c->text = text;
  c->t = tokens->items;
  c->n = tokens->count;
  c->paragraph_of = tokens->paragraph_of;
  /* a first sentence alone in its paragraph is a headline */
  c->headline = tokens->sentences > 1 &&
                tokens->paragraph_of[0] != tokens->paragraph_of[1];
  for (size_t k = 0; c->headline && k < c->n && c->t[k].sentence == 0; k++)
    if (c->t[k].kind == T_PUNCT && c->t[k].punct == '.' &&
        (k + 1 == c->n || c->t[k + 1].sentence != 0))
      c->headline = false; /* a lead sentence, not a headline */
  if (anchor) {
    c->has_anchor = true;
    c->anchor = evg_date_first_known_day(anchor);
  }
  /* freed by the caller with the tokens */
  c->tense_memo = evg_xcalloc(c->n + 1, 1);
  c->narrative = is_narrative(c);
}

/* Only tokens that can start an expression are tried. */
static bool may_start(const context *c, size_t i) {
  const token *t = &c->t[i];
  if (t->cls == K_NONE && t->kind != T_NUM &&
      !(t->kind == T_PUNCT && t->punct == '\''))
    return false;
  if (t->cls == K_WORD && !starts_expressions(t->value))
    return false;
  /* "the", the commonest word, starts an expression only before a
   * keyword, a number or "time" ("at the time") */
  if (word(c, i, W_THE) && i + 1 < c->n && c->t[i + 1].kind == T_WORD &&
      c->t[i + 1].cls == K_NONE && !lower_word_is(c, i + 1, "time"))
    return false;
  return true;
}

/* What the context says of token i before the rules are tried there: its
 * sentence, and the word before it. */
static void enter_token(context *c, size_t i, bool *sentence_seen) {
  const token *t = &c->t[i];
  if (!*sentence_seen || c->sentence != t->sentence) {
    *sentence_seen = true;
    /* once per sentence: does it point at the present? */
    c->sentence = t->sentence;
    for (size_t k = i; k < c->n && c->t[k].sentence == t->sentence; k++)
      if (word(c, k, W_RECENTLY) || word(c, k, W_RECENT))
        c->recent_sentence = t->sentence + 1;
  }
  c->after_since = i > 0 && word(c, i - 1, W_SINCE);
  c->after_by =
      i > 0 && (word(c, i - 1, W_BY) || word(c, i - 1, W_UNTIL) ||
                word(c, i - 1, W_BEFORE) || word(c, i - 1, W_THROUGH));
}

/* How far back a past perfect is looked for before a date: a clause's
 * "had" sits a few words before its date; the bound keeps the scan linear. */
#define PERFECT_REACH 10

/* Whether the clause of an expression starting at token `first` is in the
 * past perfect: a "had" before it, in its clause. */
bool timex_perfect_before(const context *c, size_t first) {
  unsigned int sentence = c->t[first].sentence;
  for (size_t k = first, seen = 0; k > 0 && seen < PERFECT_REACH; seen++) {
    k--;
    if (c->t[k].sentence != sentence || c->t[k].kind == T_PUNCT)
      return false; /* the clause ends at a comma or the sentence */
    if (lower_word_is(c, k, "had"))
      return true;
  }
  return false;
}

/* Notes the hour a time on a known day starts at (`minute` of its day,
 * or -1 for a part of a day: a morning from midnight, as "3 a.m." is in
 * it, an afternoon from noon, an evening from 6 p.m.; a night runs past
 * midnight and is no hour to count from, but for the midnight in it,
 * which ends its day: minute 0, which only a midnight told after it
 * moves on). */
static void note_hour(context *c, const candidate *cand, unsigned int sentence,
                      int minute) {
  static const char *const parts[] = {"TMO", "TAF", "TEV", "TNI"};
  static const int starts[] = {0, 12 * 60, 18 * 60, 0};
  const char *part = strchr(cand->value, 'T');
  for (int k = 0; minute < 0 && part && k < 4; k++)
    if (strcmp(part, parts[k]) == 0)
      minute = starts[k];
  c->has_hour = minute >= 0;
  c->hour_night = part && strcmp(part, "TNI") == 0;
  c->hour_day = cand->date.start;
  c->hour_minute = minute;
  c->hour_sentence = sentence;
}

/* After an expression of sentence `sentence` was emitted: the day of its
 * time, a yearly set, the expression emitted last. */
static void note_expression(context *c, const candidate *cand,
                            unsigned int sentence) {
  int hour, minute;
  if (cand->type == EVG_TIMEX_TIME && cand->res == RES_DATE) {
    /* a time on a known day: the day the next bare hours are on */
    c->has_time_day = true;
    c->time_day = cand->date.start;
    c->time_sentence = sentence;
    c->time_day_aside = timex_relative_aside(c, cand->first, cand->last);
    c->time_is_clock =
        sscanf(cand->value, "%*d-%*d-%*dT%2d:%2d", &hour, &minute) == 2;
    const char *part = strchr(cand->value, 'T');
    c->time_is_night = part && strcmp(part, "TNI") == 0;
    c->time_in_perfect = timex_perfect_before(c, cand->first);
    note_hour(c, cand, sentence, c->time_is_clock ? hour * 60 + minute : -1);
    if (c->time_is_clock) {
      c->has_clock = true;
      c->clock_day = cand->date.start;
      c->clock_minute = hour * 60 + minute;
    } else {
      /* "filed a protest on Wednesday morning ... two hours later": the
       * hours count from the part of the day told last, not an older hour */
      c->has_clock = false;
    }
  } else if (cand->type == EVG_TIMEX_DATE && cand->res == RES_DATE &&
             !cand->date.interval &&
             cand->date.from.precision == EVG_PREC_DAY) {
    if (cand->date.start != c->clock_day)
      c->has_clock = false; /* so does another day told since */
    /* "Late on October 12 a rescuer rode down, and a few minutes after
     * midnight ...": a day told late is an evening of it, and a midnight
     * told after it is the one that ends it */
    size_t late = cand->first >= 1 && word(c, cand->first - 1, W_ON)
                      ? cand->first - 1
                      : cand->first;
    if (late >= 1 && word(c, late - 1, W_LATE))
      note_hour(c, cand, sentence, 18 * 60);
  }
  if (cand->type == EVG_TIMEX_SET && cand->value[0] == 'P' &&
      cand->value[strlen(cand->value) - 1] == 'Y') {
    c->has_yearly_set = true;
    c->yearly_set_last = cand->last;
  } else if (c->has_yearly_set && strncmp(cand->value, "XXXX-", 5) == 0 &&
             cand->first - c->yearly_set_last <= 3) {
    c->yearly_set_last = cand->last; /* "in January and July" */
  }
  c->has_last = cand->res == RES_DATE && cand->type == EVG_TIMEX_DATE;
  c->last_token = cand->last;
  if (c->has_last)
    c->last_date = cand->date;
}

/* The expression ends a period of time: "the four years to 2023", "the
 * 12 months to June" ("to" after a unit), not "dates to March 2015" or
 * "switch to tomorrow". */
static bool period_end(const context *c, const candidate *cand) {
  if (cand->first < 2 || !word(c, cand->first - 1, W_TO))
    return false;
  size_t before = cand->first - 2;
  return cls(c, before) == K_UNIT;
}

/* A year alone, earlier than the year a history's story has reached:
 * what the two tests below ask before looking at its words. */
static bool year_before_story(const context *c, const candidate *cand) {
  return c->narrative && c->has_ref && cand->res == RES_DATE &&
         !cand->date.interval && cand->date.from.precision == EVG_PREC_YEAR &&
         evg_date_year(&cand->date) < evg_date_year(&c->ref);
}

/* A bare year naming an earlier thing: "quashed the verdict of 1894",
 * "fished the lost cable of 1865 out": "the NOUN of YEAR" before the year
 * the story has reached looks back at the thing; the story stays where it
 * is.  Not "the rest of 1898" or "the summer of 1898", which are times. */
static bool names_earlier_thing(const context *c, const candidate *cand) {
  if (!year_before_story(c, cand) || cand->first != cand->last ||
      cand->first < 3 || !word(c, cand->first - 1, W_OF))
    return false;
  size_t noun = cand->first - 2;
  static const char *const portions[] = {
      "rest", "course", "remainder", "bulk", "whole", "most",
      "part", "much",   "all",       "fall", "some",  "many"};
  if (c->t[noun].kind != T_WORD || cls(c, noun) != K_NONE)
    return false;
  for (size_t k = 0; k < sizeof portions / sizeof *portions; k++)
    if (lower_word_is(c, noun, portions[k]))
      return false;
  /* "the NOUN" or "the ADJECTIVE NOUN" */
  return word(c, noun - 1, W_THE) ||
         (noun >= 2 && c->t[noun - 1].kind == T_WORD &&
          cls(c, noun - 1) == K_NONE && word(c, noun - 2, W_THE));
}

/* A bare year between "a" and its noun, earlier than the year the text
 * has reached ("had a bottle labelled as a 1963 vintage tested"): it
 * names a kind of thing, a vintage or a model, not a time the story
 * moves to; "that June" after it stays in the story's year. */
static bool year_of_a_kind(const context *c, const candidate *cand) {
  if (!c->has_ref || cand->res != RES_DATE || cand->date.interval ||
      cand->date.from.precision != EVG_PREC_YEAR ||
      evg_date_year(&cand->date) >= evg_date_year(&c->ref) ||
      cand->first != cand->last || cand->first == 0 ||
      !(word(c, cand->first - 1, W_A) ||
        lower_word_is(c, cand->first - 1, "an")))
    return false;
  size_t noun = cand->last + 1;
  return noun < c->n && c->t[noun].kind == T_WORD && !c->t[noun].cap &&
         cls(c, noun) == K_NONE &&
         c->t[noun].sentence == c->t[cand->last].sentence;
}

/* A year told in the past perfect inside its clause, earlier than the
 * year a history has reached ("Henri Farman, a painter who had turned to
 * aviation in 1907, won ... on August 27"): it looks back from story
 * time, which stays where it is. */
static bool past_perfect_aside(const context *c, const candidate *cand) {
  return year_before_story(c, cand) && timex_perfect_before(c, cand->first);
}

/* A count of years back from the year a history has reached, with no
 * year written ("like the failed landing at the Bay of Pigs the year
 * before", "a society founded eight years earlier", "its successes of the
 * previous year"): it looks back at a thing, and the story stays in its
 * year. */
static bool counted_back_year(const context *c, const candidate *cand) {
  if (!year_before_story(c, cand))
    return false;
  bool back = false;
  for (size_t k = cand->first; k <= cand->last; k++) {
    if (timex_year_token(c, k, false))
      return false;
    back = back || word(c, k, W_BEFORE) || word(c, k, W_EARLIER) ||
           word(c, k, W_PREVIOUS);
  }
  return back;
}

/* A death a history (no anchor) tells by a count forward ("was gravely
 * injured when the hotel fell; he died four days later", "died on the
 * march a few weeks later"): a look ahead at one person's end, told where
 * the person leaves the story; the story stays at the day it had reached,
 * so "that morning" in the next sentence is still the morning told. */
static bool death_ahead(const context *c, const candidate *cand) {
  if (!c->narrative || c->has_anchor || !c->has_ref || cand->res != RES_DATE)
    return false;
  bool later = false;
  for (size_t k = cand->first; k <= cand->last; k++) {
    if (timex_year_token(c, k, false) || cls(c, k) == K_MONTH)
      return false; /* "died in 1468", "died three years later, in May" */
    later = later || word(c, k, W_LATER);
  }
  if (!later)
    return false;
  unsigned int sentence = c->t[cand->first].sentence;
  for (size_t k = cand->first; k > 0 && cand->first - k < 8; k--) {
    if (c->t[k - 1].sentence != sentence || punct(c, k - 1, ';'))
      break;
    if (lower_word_is(c, k - 1, "died"))
      return true;
  }
  return false;
}

/* Whether the expression's date becomes the reference date. */
static bool moves_reference(const context *c, const candidate *cand) {
  /* "since 2015", "by 2035", "until 1990", "before 2028", "in the four
   * years to 2023": a boundary,
   * not the time the text is telling about; nor is the year a plan is for
   * ("routes for 2024") */
  bool deadline =
      cand->first > 0 &&
      (word(c, cand->first - 1, W_BY) || word(c, cand->first - 1, W_UNTIL) ||
       word(c, cand->first - 1, W_BEFORE) ||
       word(c, cand->first - 1, W_THROUGH) || period_end(c, cand));
  /* but a history's "was stalemated by 1940. In August of that year" has
   * reached 1940: story time moves with a past deadline */
  if (deadline && c->narrative && cand->res == RES_DATE &&
      !(c->has_anchor &&
        evg_date_year(&cand->date) >= timex_year_of(c->anchor) - 2) &&
      timex_tense_near(c, cand->first, cand->last) == TENSE_PAST)
    deadline = false;
  bool boundary = deadline || (cand->first > 0 &&
                               (word(c, cand->first - 1, W_SINCE) ||
                                (word(c, cand->first - 1, W_FOR) &&
                                 timex_year_token(c, cand->first, false))));
  /* a history that remarks on its own time ("documents found in 2004
   * proved ...") has not moved there */
  bool aside =
      c->narrative && c->has_ref && c->has_anchor && cand->res == RES_DATE &&
      abs(evg_date_year(&cand->date) - timex_year_of(c->anchor)) <= 10 &&
      abs(evg_date_year(&c->ref) - timex_year_of(c->anchor)) > 30;
  /* "Perry promised to return the following year": the year a plan is
   * for, while the story stays where it was (a planned day still counts
   * for "visit ... on Tuesday and ... the day after") */
  bool planned = cand->res == RES_DATE &&
                 cand->date.from.precision >= EVG_PREC_YEAR &&
                 timex_after_forward_infinitive(c, cand->first, cand->last);
  return cand->res == RES_DATE && !cand->keep_reference && !boundary &&
         !aside && !planned && !names_earlier_thing(c, cand) &&
         !year_of_a_kind(c, cand) && !past_perfect_aside(c, cand) &&
         !counted_back_year(c, cand) && !death_ahead(c, cand) &&
         cand->type != EVG_TIMEX_DURATION && cand->type != EVG_TIMEX_SET;
}

/* Whether the expression is told as what someone alleges ("Detectives
 * say one of them photographed a copy on Tuesday"; "say" or "says" before
 * it in its sentence, not right before as in "says on Monday") or reports
 * in the past perfect ("Residents said the ground had cracked on
 * Sunday").  A past perfect of the writer's own opens a flashback that
 * goes on ("EDF had reduced output late on July 21. The river had reached
 * 28.4 degrees that afternoon"). */
static bool told_in_report(const context *c, const candidate *cand) {
  bool perfect = timex_perfect_before(c, cand->first);
  unsigned int sentence = c->t[cand->first].sentence;
  for (size_t k = cand->first, seen = 0; k > 0 && seen < 40; seen++) {
    k--;
    if (c->t[k].sentence != sentence)
      return false;
    if (k + 2 >= cand->first)
      continue; /* "says on Monday": the day of the saying */
    if (lower_word_is(c, k, "say") || lower_word_is(c, k, "says") ||
        (perfect && (c->t[k].tense & TW_REPORT)))
      return true;
  }
  return false;
}

/* The expression's date, of sentence `sentence`, is the reference date
 * now, at its precision and coarser ones; in the lead it may be the day
 * of the story, or set the story in the week before. */
static void set_reference(context *c, const candidate *cand,
                          unsigned int sentence) {
  /* "began in the spring of 2046. ... alerted the police that June, and
   * searched the lodges in September": "that June" is in the year written
   * before, and dates the months and days of its sentence as that year
   * would */
  bool year_carried = c->has_ref && c->ref_explicit_year &&
                      word(c, cand->first, W_THAT) &&
                      (cls(c, cand->first + 1) == K_MONTH ||
                       cls(c, cand->first + 1) == K_SEASON) &&
                      cand->res == RES_DATE &&
                      evg_date_year(&cand->date) == evg_date_year(&c->ref);
  c->has_ref = true;
  c->ref = cand->date;
  c->ref_sentence = sentence;
  c->ref_explicit_year = year_carried;
  c->ref_aside = timex_relative_aside(c, cand->first, cand->last);
  for (size_t k = cand->first; k <= cand->last; k++)
    if (timex_year_token(c, k, false))
      c->ref_explicit_year = true;
  /* "Next year, ... in late October"; not "which were cut two years
   * ago" further on */
  c->ref_opens =
      cand->date.from.precision == EVG_PREC_YEAR &&
      (cand->first == 0 || cand->first - 1 == 0 ||
       c->t[cand->first - 1].sentence != sentence ||
       (cand->first >= 2 && c->t[cand->first - 2].sentence != sentence));
  if (c->ref_opens)
    c->ref_explicit_year = true;
  if (cand->date.from.precision >= EVG_PREC_DECADE)
    c->ref_explicit_year = false;
  evg_precision p =
      evg_precision_coarser(cand->date.from.precision, cand->date.to.precision);
  if (p == EVG_PREC_DAY) {
    /* a day before the one told last, told in a report, looks back from
     * it (so do the days told after it in such reports); not from a day
     * still ahead ("is due in court on Monday. The alarm had been switched
     * off on January 29. The thieves came in that night") */
    bool back =
        c->has_fine_ref[EVG_PREC_DAY] && told_in_report(c, cand) &&
        !(c->has_anchor && c->fine_ref[EVG_PREC_DAY] > c->anchor) &&
        (c->day_looked_back || cand->date.start < c->fine_ref[EVG_PREC_DAY]);
    if (back && !c->day_looked_back)
      c->told_day = c->fine_ref[EVG_PREC_DAY];
    c->day_looked_back = back;
    c->fine_ref_sentence = sentence;
    c->fine_ref_aside = timex_relative_aside(c, cand->first, cand->last);
  }
  /* the lead (the headline and first sentence or two): its first day
   * near the paper's, not a dateline's ("PORTLAND, Jan. 30 (Wire) -") */
  bool dateline =
      cand->first > 0 && punct(c, cand->first - 1, ',') &&
      (punct(c, cand->last + 1, '(') || punct(c, cand->last + 1, '-'));
  c->ref_dateline = dateline;
  /* a headline tells what, not when */
  bool in_headline = c->headline && sentence == 0;
  if (p == EVG_PREC_DAY && c->has_anchor && !c->has_story_day && !dateline &&
      !in_headline && sentence <= 2 && cand->date.start <= c->anchor &&
      cand->date.start >= c->anchor - 7) {
    c->has_story_day = true;
    c->story_day = cand->date.start;
  }
  for (int q = p; q <= EVG_PREC_CENTURY; q++) {
    c->has_fine_ref[q] = true;
    c->fine_ref[q] = evg_date_first_known_day(&cand->date);
  }
  /* "Last week, ...": the story is set in the week before, unless a day
   * of the anchor's own week was told first ("declared an emergency on
   * Tuesday, after the reservoirs fell ... last week") */
  int32_t monday = c->anchor - (timex_weekday_of(c->anchor) - 1);
  if (c->has_anchor && p == EVG_PREC_WEEK && sentence <= 1 &&
      cand->date.end < monday && cand->date.end >= monday - 7 &&
      !(c->has_story_day && c->story_day >= monday))
    c->last_week_frame = true;
}

/* How often the tagger says how far it has gone: a reader waits for at
 * most this many bytes of text, and the lock is taken once per step. */
#define TIMEX_PROGRESS_STEP (16 * 1024)

/* Tries every rule at token i, whatever the start masks say, and counts
 * those that match where rules_starting_at does not list them. */
static size_t unlisted_rules_at(const context *c, size_t i,
                                bool sentence_seen) {
  context probe = *c; /* enter_token as the driver would, on a copy */
  enter_token(&probe, i, &sentence_seen);
  uint32_t may = rules_starting_at(&probe, i);
  size_t unlisted = 0;
  const rule_fn *lists[] = {all_rules, modified_rules, after_the_rules};
  for (size_t l = 0; l < sizeof lists / sizeof *lists; l++)
    for (unsigned r = 0; r <= R_DAY_OF_MONTH; r++) {
      candidate cand;
      reset(&cand, i);
      if (lists[l][r] && !(may & RULE(r)) && lists[l][r](&probe, i, &cand))
        unlisted++;
    }
  return unlisted;
}

/* Whether the sentence of token i, from i on, holds a past perfect. */
static bool sentence_has_perfect(const context *c, size_t i) {
  for (size_t k = i; k < c->n && c->t[k].sentence == c->t[i].sentence; k++)
    if (lower_word_is(c, k, "had"))
      return true;
  return false;
}

/* Whether a "had" stands within PERFECT_REACH words before token `first`,
 * in its clause, read as the extractor reads a flashback's
 * (extract_flashback_day): words only, the clause ending at a comma or a
 * semicolon; a number, a bracket or an apostrophe ("from St John's on
 * March 2") ends nothing.  Where the two disagreed, "the next morning"
 * counted from the flashback's day while the undated sentence before it
 * stayed at the story's.  At most three tokens a word are read. */
static bool flashback_perfect_before(const context *c, size_t first) {
  unsigned int sentence = c->t[first].sentence;
  size_t words = 0;
  for (size_t k = first, seen = 0;
       k > 0 && words < PERFECT_REACH && seen < 3 * PERFECT_REACH; seen++) {
    k--;
    const token *t = &c->t[k];
    if (t->sentence != sentence ||
        (t->kind == T_PUNCT && (t->punct == ',' || t->punct == ';')))
      return false;
    if (t->kind != T_WORD)
      continue;
    words++;
    if (lower_word_is(c, k, "had"))
      return true;
  }
  return false;
}

/* A flashback: a day a history (no anchor) tells in the past perfect,
 * before the day its story has reached ("reached the harbour on December
 * 5. She had left New York on December 1"), a report's too ("Her owners
 * said she had loaded slate on April 15"), as the extractor keeps the
 * story's day after either (extract_flashback_day).  It is the
 * reference while the past perfect goes on; the next sentence without one
 * is back at the story's day ("Early the next morning ..." is December
 * 6), unless a time was told outside it first.  Not in news, whose
 * backstory opens in the past perfect and goes on in the past ("EDF had
 * reduced output on July 21. ... At around nine that night it took one
 * reactor off the grid": July 21). */
static bool opens_flashback(const context *c, const candidate *cand) {
  return c->narrative && !c->has_anchor && cand->res == RES_DATE &&
         !cand->date.interval && cand->date.from.precision == EVG_PREC_DAY &&
         c->has_fine_ref[EVG_PREC_DAY] &&
         cand->date.start < c->fine_ref[EVG_PREC_DAY] &&
         flashback_perfect_before(c, cand->first);
}

/* The driver: tags the tokens of `c` into `list`.  With `unlisted`, also
 * tries every rule at every token (see timex_unlisted_starts). */
static void tag_tokens(evg_timexes *list, context *c, size_t *unlisted) {
  bool sentence_seen = false; /* the per-sentence scan has run once */
  size_t next_progress = TIMEX_PROGRESS_STEP;
  size_t probed = 0; /* tokens before it were probed (with `unlisted`) */
  /* the context before a flashback (opens_flashback), and its sentence */
  context story = {0};
  bool flashback = false;
  unsigned int flashback_sentence = 0;
  for (size_t i = 0; i < c->n;) {
    if (flashback && c->t[i].sentence != flashback_sentence) {
      flashback_sentence = c->t[i].sentence;
      if (!sentence_has_perfect(c, i)) {
        *c = story;
        flashback = false;
      }
    }
    for (; unlisted && probed <= i; probed++)
      *unlisted += unlisted_rules_at(c, probed, sentence_seen);
    /* what a match at i or later emits starts at token i or later */
    if (c->t[i].start >= next_progress) {
      publish_progress(list, c->t[i].start);
      next_progress = c->t[i].start + TIMEX_PROGRESS_STEP;
    }
    if (!may_start(c, i)) {
      i++;
      continue;
    }
    enter_token(c, i, &sentence_seen);
    candidate cand;
    if (!match_at(c, i, &cand)) {
      i++;
      continue;
    }
    emit(list, c, &cand);
    if (cand.weekday_skew >= 0)
      c->weekday_skew = cand.weekday_skew;
    unsigned int sentence = c->t[i].sentence;
    /* "had taken their seats on Sunday evening when the captain told
     * the referees before the 7 p.m. tip-off": a time told outside the
     * past perfect after it carries the story on from there */
    if (flashback && cand.res == RES_DATE &&
        !flashback_perfect_before(c, cand.first))
      flashback = false;
    if (!flashback && moves_reference(c, &cand) && opens_flashback(c, &cand)) {
      story = *c;
      flashback = true;
      flashback_sentence = sentence;
    }
    note_expression(c, &cand, sentence);
    /* Dates with a day, month or year become the reference for what
     * follows ("three days later"). */
    if (moves_reference(c, &cand))
      set_reference(c, &cand, sentence);
    /* the tokens inside the expression are probed in the state after it */
    for (; unlisted && probed <= cand.last; probed++)
      *unlisted += unlisted_rules_at(c, probed, sentence_seen);
    i = cand.last + 1;
  }
  publish_progress(list, SIZE_MAX);
}

void evg_tag_into(evg_timexes *list, const char *text, size_t len,
                  const evg_date *anchor) {
  token_list tokens = {0};
  timex_tokenize(text, len, &tokens);
  context c = {0};
  start_context(&c, text, &tokens, anchor);
  tag_tokens(list, &c, NULL);
  free(c.tense_memo);
  free(tokens.items);
  free(tokens.paragraph_of);
}

size_t timex_unlisted_starts(const char *text, size_t len,
                             const evg_date *anchor) {
  token_list tokens = {0};
  timex_tokenize(text, len, &tokens);
  context c = {0};
  start_context(&c, text, &tokens, anchor);
  evg_timexes *list = evg_timexes_new();
  size_t unlisted = 0;
  tag_tokens(list, &c, &unlisted);
  free(c.tense_memo);
  evg_timexes_free(list);
  free(tokens.items);
  free(tokens.paragraph_of);
  return unlisted;
}

evg_timexes *evg_tag_text(const char *text, size_t len,
                          const evg_date *anchor) {
  evg_timexes *list = evg_timexes_new();
  evg_tag_into(list, text, len, anchor);
  return list;
}

/* What ends a dateline's date: its line's end, or a dash, a bar, a colon
 * or a bracket that sets it off from the story ("SAN JOSE, April 9, 2026
 * — Halvorsen ...").  A date that runs on into its sentence ("on March
 * 13, 1781, it was the first planet ...") is a happening's, not the
 * text's: a history that opens with one is not news of that day. */
static bool ends_dateline(const char *text, size_t len, size_t end) {
  while (end < len && (text[end] == ' ' || text[end] == '\t'))
    end++;
  if (end == len)
    return true;
  unsigned char c = (unsigned char)text[end];
  if (c == '\n' || c == '\r' || c == '-' || c == '|' || c == ':' || c == '(' ||
      c == '[')
    return true;
  /* an en or em dash (U+2013, U+2014) */
  return c == 0xE2 && end + 2 < len && (unsigned char)text[end + 1] == 0x80 &&
         ((unsigned char)text[end + 2] == 0x93 ||
          (unsigned char)text[end + 2] == 0x94);
}

bool evg_find_text_date(const char *text, size_t len, evg_date *date) {
  /* Look at the first lines only: a dateline or header. */
  size_t limit = len < 600 ? len : 600;
  size_t lines = 0, end = 0;
  while (end < limit && lines < 4) {
    if (text[end] == '\n')
      lines++;
    end++;
  }
  evg_timexes *found = evg_tag_text(text, end, NULL);
  bool ok = false;
  for (size_t i = 0; i < evg_timexes_count(found) && !ok; i++) {
    const evg_timex *x = evg_timexes_get(found, i);
    if (x->has_date && x->date.from.precision == EVG_PREC_DAY &&
        !x->date.interval && ends_dateline(text, end, x->end)) {
      *date = x->date;
      ok = true;
    }
  }
  evg_timexes_free(found);
  return ok;
}
