/* timex_internal.h: what the tagger's files share (not installed): the
 * keyword classes, tokens, candidates and the tagging context, the small
 * readers of tokens, and each stage's functions.  timex.c says how the
 * stages fit together. */
#ifndef EVG_TIMEX_INTERNAL_H
#define EVG_TIMEX_INTERNAL_H

#include "internal.h"

#include <ctype.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Keywords                                                             */
/* ------------------------------------------------------------------ */

typedef enum {
  K_NONE,
  K_MONTH,   /* value 1..12 */
  K_WEEKDAY, /* value 1..7, Monday = 1 */
  K_NUMWORD, /* value */
  K_ORDWORD, /* value */
  K_UNIT,    /* value: evg_unit-like, see UNIT_* */
  K_SEASON,  /* value 1..4: spring, summer, autumn, winter */
  K_PARTDAY, /* value: 1 morning, 2 afternoon, 3 evening, 4 night */
  K_SETWORD, /* value: UNIT_* of annually, daily ... */
  K_HOLIDAY, /* value: HOLIDAY_* */
  K_WORD,    /* a plain function word; value: W_* */
  K_WEEKDAYS /* plural weekday (a set); value 1..7 */
} keyword_class;

enum {
  UNIT_DAY = 1,
  UNIT_WEEK,
  UNIT_MONTH,
  UNIT_QUARTER,
  UNIT_YEAR,
  UNIT_DECADE,
  UNIT_CENTURY,
  UNIT_HOUR,
  UNIT_MINUTE,
  UNIT_WEEKEND,
  UNIT_FORTNIGHT,
  UNIT_SECOND
};

enum {
  W_THE = 1,
  W_OF,
  W_IN,
  W_ON,
  W_AT,
  W_BY,
  W_SINCE,
  W_UNTIL,
  W_DURING,
  W_FROM,
  W_TO,
  W_THROUGH,
  W_BEFORE,
  W_BETWEEN,
  W_AFTER,
  W_AGO,
  W_LATER,
  W_EARLIER,
  W_NEXT,
  W_LAST,
  W_THIS,
  W_THAT,
  W_PREVIOUS,
  W_FOLLOWING,
  W_COMING,
  W_PAST,
  W_SAME,
  W_EARLY,
  W_LATE,
  W_MID,
  W_MIDDLE,
  W_END,
  W_BEGINNING,
  W_START,
  W_EVERY,
  W_EACH,
  W_TODAY,
  W_YESTERDAY,
  W_TOMORROW,
  W_TONIGHT,
  W_NOW,
  W_RECENTLY,
  W_THEN,
  W_HALF,
  W_A,
  W_FEW,
  W_SEVERAL,
  W_COUPLE,
  W_NOON,
  W_MIDNIGHT,
  W_AM,
  W_PM,
  W_BC,
  W_AD,
  W_YEARS_POSS,
  W_EVE,
  W_NEW,
  W_DAY,
  W_LONG,
  W_ONCE,
  W_TWICE,
  W_OTHER,
  W_CHINESE,
  W_LUNAR,
  W_FESTIVAL,
  W_OLD,
  W_FOR,
  W_OVER,
  W_WITHIN,
  W_RECENT,
  W_MANY,
  W_SUNDAY,
  W_MONDAY,
  W_FRIDAY,
  W_YEAR,
  W_AROUND,
  W_ABOUT,
  W_AN,
  W_WILL,
  W_SHALL,
  W_GOING,
  W_EARLIEST,
  W_Q,
  W_H,
  W_DOZEN,
  W_HUNDRED,
  W_FUTURE,
  W_CURRENTLY,
  W_AND,
  W_ANOTHER,
  W_OR,
  W_CURRENT,
  W_CYBER,
  W_BLACK,
  W_NEARLY,
  W_MORE,
  W_LESS,
  W_THAN,
  W_UP,
  W_LEAST,
  W_BOXING,
  W_SOME,
  W_FISCAL,
  W_OVERNIGHT
};

enum {
  HOLIDAY_CHRISTMAS = 1,
  HOLIDAY_EASTER,
  HOLIDAY_THANKSGIVING,
  HOLIDAY_HALLOWEEN,
  HOLIDAY_VALENTINE,
  HOLIDAY_INDEPENDENCE,
  HOLIDAY_LABOR,
  HOLIDAY_MEMORIAL,
  HOLIDAY_GOOD, /* Good Friday */
  HOLIDAY_NEWYEAR,
  HOLIDAY_PRESIDENTS
};

/* Words that tell a clause's tense, flagged in the keyword table.  Past
 * forms there are the irregular ones (regular ones end in -ed); not "cut",
 * "set", "put", "hit": present forms and nouns too. */
enum {
  TW_PAST = 1,      /* a past form: "said", "was", "ago" */
  TW_AHEAD = 2,     /* points ahead ("will" aside): "would", "plans", "is" */
  TW_LOOKBACK = 4,  /* "had been scheduled", "was expected": looks back */
  TW_AS = 8,        /* "as planned": no verb of the clause */
  TW_AUX = 16,      /* be/has before a participle: "will be paid" */
  TW_HAVE = 32,     /* present perfect: "have merged since" */
  TW_LIKELY = 64,   /* "likely to" */
  TW_PRESENT = 128, /* "is", "are" */
  TW_REPORT = 256   /* a verb of saying: "said", "told" */
};

typedef struct {
  const char *word;
  unsigned char cls; /* K_NONE for a word that only tells the tense */
  short value;
  unsigned short tense; /* TW_ flags */
} keyword;

/* ------------------------------------------------------------------ */
/* Tokens                                                               */
/* ------------------------------------------------------------------ */

typedef enum { T_WORD, T_NUM, T_PUNCT } token_kind;

typedef struct {
  uint32_t start, end;   /* bytes */
  int32_t num;           /* a number's value (commas ignored) */
  unsigned int sentence; /* sentence number */
  uint16_t quote;        /* the quotation the token is inside, 0 if none
                            (numbers wrap; only neighbours are compared) */
  unsigned short tense;  /* TW_ flags */
  short value;           /* keyword value */
  unsigned char kind;
  unsigned char cls; /* keyword class */
  unsigned char digits;
  char suffix; /* letters glued to a number: 's' (1990s), 'o'
                  (27th), 'a' (3am), 'p' (3pm), 'x' other */
  char punct;  /* for T_PUNCT: the ASCII char; '-' for dashes,
                  '\'' for apostrophes */
  bool space_before : 1;
  bool cap : 1;            /* a word that starts with an uppercase letter */
  bool sentence_start : 1; /* first token of a sentence */
  bool comma : 1;          /* "1,997" */
  bool decimal : 1;        /* "2.5" */
} token;
_Static_assert(sizeof(token) <= 32, "a token fits half a cache line");

typedef struct {
  token *items;
  size_t count, cap;
  uint32_t *paragraph_of; /* by sentence number: its paragraph */
  size_t sentences, sentence_cap;
} token_list;

/* ------------------------------------------------------------------ */
/* Candidates and the tagging context                                   */
/* ------------------------------------------------------------------ */

typedef enum {
  RES_NONE,   /* no calendar date (durations, sets, *_REF) */
  RES_DATE,   /* resolved to `date` */
  RES_ANCHOR, /* needs the anchor, which is missing */
} resolution;

typedef struct {
  size_t first, last; /* token indices, inclusive */
  evg_timex_type type;
  char value[48];
  const char *mod;
  resolution res;
  evg_date date;
  char relative[48];
  bool keep_reference; /* do not update the reference date */
  /* a weekday written with the date ("Sunday, September 2, 1666"): how
   * many days the writer's weekday is after the computed one (0-6; an
   * old-style date is ten days behind), or -1 */
  int weekday_skew;
  /* the match an earlier rule found at the same start (longest_match):
   * its first token, SIZE_MAX when none, and its last.  A rule's match
   * that ends at or before rival_last loses to it, so the rule may stop
   * short of the work only a winner needs (a month's year picked from
   * the context, when "May 3" has matched at "May") */
  size_t rival_first, rival_last;
} candidate;

typedef struct {
  const char *text;
  const token *t;
  size_t n;
  bool has_anchor;
  int32_t anchor;
  bool narrative;    /* no deictic expressions: resolve against R */
  bool ref_dateline; /* the reference date is a dateline's ("CALDER,
                       March 16, 2024 -"): the paper's day, not a story's */
  int weekday_skew;  /* the last candidate's weekday_skew that was not -1:
                        the writer's calendar, for weekdays counted on */
  bool has_ref;
  evg_date ref; /* the date mentioned last */
  unsigned int ref_sentence;
  bool ref_explicit_year; /* R came from a date with a written year */
  bool ref_aside; /* R closes a relative clause (timex_relative_aside) */
  bool ref_opens; /* R is a year that opens its sentence ("In 1911 ...") */
  unsigned int sentence;        /* of the candidate being resolved */
  unsigned int recent_sentence; /* 1 + a sentence that says "recently" */
  bool after_since;             /* the expression follows "since" */
  bool after_by;                /* ... "by", "until" or "before" */
  bool holiday;                 /* the rule being tried is the holiday rule */
  /* the expression emitted last, for range ends: "1990-94", "April 6-7" */
  bool has_last;
  size_t last_token;
  evg_date last_date;
  /* the last date mentioned at each precision or finer: "two days later"
   * counts from the last day, "a year later" from the last date */
  bool has_fine_ref[EVG_PREC_CENTURY + 1];
  int32_t fine_ref[EVG_PREC_CENTURY + 1];
  unsigned int fine_ref_sentence; /* of the last day-precision date */
  const uint32_t *paragraph_of;   /* by sentence: its paragraph */
  bool last_week_frame;       /* the text set its story in the week before */
  bool headline;              /* the text opens with a headline */
  bool has_story_day;         /* the lead named the day of the story */
  int32_t story_day;          /* that day */
  bool has_time_day;          /* a time on a known day was found */
  int32_t time_day;           /* its day */
  unsigned int time_sentence; /* its sentence */
  bool time_day_aside;        /* that time closes a relative clause */
  bool fine_ref_aside;        /* so does the last day told */
  bool time_is_clock;         /* an hour, not a part of the day */
  bool time_is_night;         /* a night ("that night", "overnight") */
  bool time_in_perfect;       /* told in the past perfect ("had left") */
  bool has_clock;             /* a clock time on a known day was found */
  int32_t clock_day;          /* its day */
  int clock_minute;           /* its minute of the day */
  bool has_hour;              /* a clock time or a part of a day was told */
  int32_t hour_day;           /* its day */
  int hour_minute;            /* the minute of the day it starts at */
  bool hour_night;            /* it was a night ("Tuesday night") */
  unsigned int hour_sentence; /* its sentence */
  bool has_yearly_set;        /* a yearly SET was found: "twice a year" */
  size_t yearly_set_last;     /* its last token */
  /* the day told last looks back from a report ("Detectives say he copied
   * it on Tuesday", "said the bank had cracked on Sunday"): "that day"
   * is still the day told before it, `told_day` */
  bool day_looked_back;
  int32_t told_day;
  /* by token, what tense_at (timex_tense.c) gave, plus one; 0 when not
   * asked yet.  Its answer is the tokens' alone, and the expressions of
   * a sentence read the same words around them, each twice (the clause,
   * then the sentence): asked once a token.  Shared by the copies of the
   * context (a flashback's story, a probe). */
  unsigned char *tense_memo;
} context;

/* The day "that day", "that afternoon" mean: the day told last, unless it
 * looked back from a report. */
static inline int32_t timex_that_day(const context *c) {
  return c->day_looked_back ? c->told_day : c->fine_ref[EVG_PREC_DAY];
}

static inline unsigned char cls(const context *c, size_t i) {
  return i < c->n ? c->t[i].cls : K_NONE;
}

static inline bool word(const context *c, size_t i, int w) {
  return i < c->n && c->t[i].cls == K_WORD && c->t[i].value == w;
}

static inline bool punct(const context *c, size_t i, char p) {
  return i < c->n && c->t[i].kind == T_PUNCT && c->t[i].punct == p;
}

static inline bool is_num(const context *c, size_t i) {
  return i < c->n && c->t[i].kind == T_NUM && !c->t[i].comma &&
         !c->t[i].decimal;
}

static inline bool glued(const context *c, size_t i) {
  return i < c->n && !c->t[i].space_before;
}

static inline bool lower_word_is(const context *c, size_t i, const char *w) {
  if (i >= c->n || c->t[i].kind != T_WORD)
    return false;
  size_t len = c->t[i].end - c->t[i].start;
  const char *t = c->text + c->t[i].start;
  /* a literal's length is known when compiled; a list's entry (the
   * loops over word lists) is read only as far as the word goes, where
   * a strlen of each entry was taken for each word asked */
  if (__builtin_constant_p(__builtin_strlen(w)) && len != __builtin_strlen(w))
    return false;
  for (size_t k = 0; k < len; k++)
    if (w[k] == '\0' || ascii_lower((unsigned char)t[k]) != w[k])
      return false;
  return w[len] == '\0';
}

/* How far back a relative pronoun is looked for before a date: the
 * bound keeps the scan linear. */
#define RELATIVE_REACH 30

/* How many words may follow the date before the comma that closes its
 * relative clause ("on Saturday under the flag of Malta,"). */
#define RELATIVE_TAIL 6

/* Whether the expression closes a relative clause set off by commas
 * (", who gathered ... on Tuesday morning, held nine ballots", ", which
 * had left the rate unchanged ... on February 24, also suspended", ",
 * which left Rotterdam on Saturday under the flag of Malta, rolled"): its
 * day tells of the noun before, an aside, and is not the day a later
 * bare hour is on. */
static inline bool timex_relative_aside(const context *c, size_t first,
                                        size_t last) {
  unsigned int sentence = c->t[first].sentence;
  size_t close = last + 1;
  while (close < c->n && close <= last + RELATIVE_TAIL &&
         c->t[close].kind == T_WORD && c->t[close].sentence == sentence)
    close++;
  if (!punct(c, close, ','))
    return false;
  for (size_t k = first, seen = 0; k > 0 && seen < RELATIVE_REACH; seen++) {
    k--;
    if (c->t[k].sentence != sentence)
      return false;
    if (c->t[k].kind == T_PUNCT)
      return c->t[k].punct == ',' && k + 1 < first &&
             (lower_word_is(c, k + 1, "who") ||
              lower_word_is(c, k + 1, "which") ||
              lower_word_is(c, k + 1, "whose"));
  }
  return false;
}

static inline evg_date day_date(int32_t day) {
  return evg_date_from_day(day, EVG_PREC_DAY);
}

/* ------------------------------------------------------------------ */
/* Tense and the base of a year-less date                               */
/* ------------------------------------------------------------------ */

/* PRESENT: a present form ("is", "are") nearest: a schedule for a day
 * ("the final is on Feb. 25"), the nearest occurrence for a longer period
 * ("the third heatwave this summer, after hot spells in June") */
typedef enum { TENSE_UNKNOWN, TENSE_PAST, TENSE_FUTURE, TENSE_PRESENT } tense;

/* The base of a year-less date: the reference date when the text is a
 * narrative or the reference was mentioned in this or the last sentence,
 * else the anchor (with the tense deciding the direction). */
typedef enum { BASE_REF, BASE_ANCHOR, BASE_NONE } base_kind;

/* timex_tokens.c */
/* The tokens of text[0..len) into *out, each with its sentence, quotation
 * and keyword class, and the paragraph of each sentence. */
void timex_tokenize(const char *text, size_t len, token_list *out);
/* Where a text's second half may be tokenized on its own: past the white
 * space after the first blank line from the middle on.  A blank line ends
 * the sentence and closes any quotation, and no token spans white space,
 * so the part after it reads as a text of its own, its numbers shifted.
 * 0 when there is no such place. */
size_t timex_split_point(const char *s, size_t len);
/* The same tokens, text[split..len) tokenized on a second thread (split a
 * timex_split_point; 0 for one part). */
void timex_tokenize_at(const char *text, size_t len, size_t split,
                       token_list *out);
size_t timex_number_at(const context *c, size_t i, int *value);
bool timex_year_token(const context *c, size_t i, bool strict);
bool timex_month_year_token(const context *c, size_t i);

/* timex_calendar.c */
int timex_weekday_of(int32_t day);
/* The day `months` months on, the day of the month kept (or the last). */
int32_t timex_add_months(int32_t day, int months);
/* The year and the month of a day number. */
int32_t timex_year_of(int32_t day);
int timex_month_of(int32_t day);
/* Lunar New Year of `year`; false outside the table (2000-2035). */
bool timex_lunar_new_year_day(int32_t year, int32_t *day);
bool timex_holiday_day(int id, int32_t year, int32_t *day);

/* timex_values.c */
void timex_year_text(int32_t y, char *buf, size_t size);
void timex_set_date(candidate *cand, evg_date d);
void timex_append_day_part(candidate *cand, int part);
/* A date at precision p from a year, a month (0: January) and a day. */
evg_date timex_point_date(int32_t year, int month, int day, evg_precision p);
/* A value that is no calendar date: PRESENT_REF, PAST_REF ... */
void timex_set_ref_value(candidate *cand, const char *value);
/* A unit's plural for relative forms ("anchor - 2 years"), and the
 * precision of a date counted in it. */
const char *timex_unit_name(int unit);
evg_precision timex_unit_precision(int unit);
void timex_duration_value(char *buf, size_t size, int amount, int unit);
extern const char *const timex_season_codes[];

/* timex_tense.c */
/* The tense of the verb nearest tokens first..last in their sentence (and
 * quotation), looking first in their own clause when `clause`. */
tense timex_nearest_tense(const context *c, size_t first, size_t last,
                          bool clause, uint16_t quote);
/* The tense that decides the direction of the expression at first..last:
 * the nearest verb, a plan ("set for April"), reported speech. */
tense timex_tense_near(const context *c, size_t first, size_t last);
/* Whether tokens first..last are in an infinitive after a verb that looks
 * ahead ("promised to return the following year"). */
bool timex_after_forward_infinitive(const context *c, size_t first,
                                    size_t last);
/* Whether tokens first..last lie ahead of a verb of asking: in its
 * infinitive or a deadline of what it asked for ("ordered checks by
 * Friday"). */
bool timex_ahead_of_asking(const context *c, size_t first, size_t last);

/* timex_resolve.c */
/* What a year-less date counts from (see base_kind). */
base_kind timex_choose_base(const context *c);
bool timex_pick_year(const context *c, const candidate *cand, int month,
                     int day, int months, int32_t *year);
/* The year that a number of one to three digits written without an era
 * names in story time: a year of the story's era (BC after "264 BC", as
 * WikiWars writes it), the common era before any date was told; none in a
 * story of our millennium, nor before a date in a text that is not a
 * narrative.  With `near`, only within a century of the story. */
bool timex_story_short_year(const context *c, int32_t number, bool near,
                            int32_t *year);
bool timex_ref_day_at(const context *c, evg_precision precision, int32_t *day);
/* The first day of the reference date, else the anchor. */
bool timex_ref_day(const context *c, int32_t *day);
/* The candidate needs the anchor, which is missing: its value as far as
 * known and its relative form ("anchor - 1 day"). */
void timex_needs_anchor(candidate *cand, const char *value,
                        const char *relative);
evg_date timex_shift_date(int32_t base, int amount, int unit);

/* Rule families.  Each returns true and fills `cand` (first/last/type/value)
 * on a match at token i. */

/* timex_rules_absolute.c */
/* A day of the month at token i: 1..31, "27th" too. */
bool timex_day_number(const context *c, size_t i, int *day);
size_t timex_after_comma(const context *c, size_t i);
/* The era written at token i: -1 for BC ("BC", "BCE", "B.C."), 1 for AD
 * ("AD", "CE", "A.D."), 0 for none ("the 2017 B.C. election" has none). */
int timex_era_at(const context *c, size_t i);
/* How a year of one to three digits without an era is introduced. */
typedef enum {
  SHORT_NO_DAY,    /* after a month or season: "June 68", a number > 31 */
  SHORT_AFTER_DAY, /* after a day and a comma: "January 1, 69," */
  SHORT_PART_OF,   /* "the spring of 68", "the end of 68", "early in 68" */
  SHORT_BARE       /* "in 68", "until 69": near the story's year only */
} short_year_form;
/* A year of one to three digits at token i introduced as `form`: its
 * year and last token (an era after it included: "April 480 BC"). */
bool timex_short_year(const context *c, size_t i, short_year_form form,
                      int32_t *year, size_t *last);
bool timex_rule_month_day(const context *c, size_t i, candidate *cand);
bool timex_rule_day_month(const context *c, size_t i, candidate *cand);
bool timex_rule_numeric(const context *c, size_t i, candidate *cand);
bool timex_rule_month(const context *c, size_t i, candidate *cand);
bool timex_rule_year(const context *c, size_t i, candidate *cand);
bool timex_rule_decade(const context *c, size_t i, candidate *cand);
bool timex_rule_century(const context *c, size_t i, candidate *cand);
/* The season that starts in `year` (a winter runs into the next), named
 * by that year. */
void timex_set_season(candidate *cand, int season, int32_t year);
bool timex_rule_season(const context *c, size_t i, candidate *cand);
bool timex_rule_quarter(const context *c, size_t i, candidate *cand);
bool timex_rule_week_of_month(const context *c, size_t i, candidate *cand);
bool timex_rule_range_end(const context *c, size_t i, candidate *cand);
bool timex_rule_day_range_start(const context *c, size_t i, candidate *cand);

/* timex_rules_holidays.c */
bool timex_rule_holiday(const context *c, size_t i, candidate *cand);
bool timex_rule_zodiac(const context *c, size_t i, candidate *cand);

/* timex_rules_relative.c */
bool timex_rule_deictic_word(const context *c, size_t i, candidate *cand);
bool timex_rule_weekday(const context *c, size_t i, candidate *cand);
bool timex_rule_this_next_last(const context *c, size_t i, candidate *cand);
bool timex_rule_anaphoric(const context *c, size_t i, candidate *cand);
bool timex_rule_ref_phrase(const context *c, size_t i, candidate *cand);
bool timex_rule_the_year(const context *c, size_t i, candidate *cand);
bool timex_rule_same_time(const context *c, size_t i, candidate *cand);
bool timex_rule_day_of_month(const context *c, size_t i, candidate *cand);

/* timex.c */
/* Whether the clause of the expression starting at token `first` is in
 * the past perfect: a "had" before it, in its clause. */
bool timex_perfect_before(const context *c, size_t first);
/* How many times, tagging the text, a rule matched at a token where the
 * driver's start masks do not let it try (0 when the masks are complete
 * for the text): tries every rule at every token.  For tests. */
size_t timex_unlisted_starts(const char *text, size_t len,
                             const evg_date *anchor);

/* timex_rules_durations.c */
bool timex_rule_amount(const context *c, size_t i, candidate *cand);
bool timex_rule_set(const context *c, size_t i, candidate *cand);

/* timex_rules_times.c */
bool timex_rule_time(const context *c, size_t i, candidate *cand);
bool timex_rule_part_of_date(const context *c, size_t i, candidate *cand);

#endif
