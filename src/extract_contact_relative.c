/* extract_contact_relative.c: the attach stage's reading of a relative
 * clause without "that" or "which" (a contact clause) whose subject is a
 * name: "reached the island Columbus named La Española", "the largest
 * army the Ottoman Empire had sent into Europe ... marched", "On May 1,
 * the morning the Lusitania was to leave New York, the embassy placed".
 * The clause describes a noun of the part; its names act in it, not in
 * the part's happening.  A noun followed by a bare name and a verb is as
 * often the name's apposition ("the tenor Enrico Caruso sang"), so that
 * shape counts only as an object after a verb; a name with its own "the"
 * after the noun ("army the Ottoman Empire") is no apposition.  A time's
 * noun opening a clause is its adverb ("The next day the Senate voted"),
 * so it counts only as an aside between commas. */
#include "extract_internal.h"

/* How far before and after a name the look for its clause goes. */
#define WINDOW_BACK 240
#define WINDOW_AHEAD 160
#define MAX_WORDS 64

/* Its words (a number is a word: "of 1683 the army" is no "of the army"),
 * each with whether a comma or other stop stands before it. */
typedef extract_window_word contact_word;
_Static_assert(WINDOW_BACK <= EXTRACT_PART_WORDS_BACK &&
                   WINDOW_AHEAD <= EXTRACT_PART_WORDS_AHEAD,
               "the part's table holds the window");

/* The lists are read through sets (below each list): a walk of the 44
 * and 73 words for each word of each name's window was 10 M instructions
 * on the bench's 790 kB of prose. */
static bool is(const char *s, const contact_word *w, extract_word_set *set) {
  return extract_word_set_has(set, s + w->start, w->end - w->start);
}

static bool lower(const char *s, const contact_word *w) {
  return ascii_is_lower((unsigned char)s[w->start]);
}

static bool capital(const char *s, const contact_word *w) {
  unsigned char c = (unsigned char)s[w->start];
  return ascii_upper(c) || c >= 0x80;
}

static bool verb(const char *s, const contact_word *w) {
  return lower(s, w) && extract_verb_form(s + w->start, w->end - w->start);
}

/* ("that" and "this" left out: "meant that all Boeotia fell" is a
 * content clause) */
static const char *const determiners[] = {"the", "a",   "an",    "its",
                                          "his", "her", "their", NULL};
EXTRACT_WORD_SET(determiners_set, determiners, true);

/* Words a noun of the clause cannot be, nor a word between it and its
 * determiner. */
static const char *const not_nouns[] = {
    "of",    "and",   "or",   "but",   "to",    "in",   "on",        "at",
    "by",    "for",   "with", "from",  "as",    "than", "into",      "who",
    "which", "that",  "when", "where", "while", "not",  "only",      "also",
    "then",  "later", "same", "first", "last",  "next", "following", "previous",
    "all",   "both",  "each", "most",  "some",  "many", "several",   "few",
    "none",  "half",  "any",  "every", NULL};
EXTRACT_WORD_SET(not_nouns_set, not_nouns, true);

/* Words before the determiner that make the phrase no object nor aside:
 * a preposition opens a phrase of its own ("By the summer the Russians
 * had", "After the third run the Vasa was"); a verb of telling or
 * finding takes a content clause ("told the court Smith had lied"); a
 * causative or a verb of seeing takes a subject and its verb ("had the
 * monk Gennadios installed"); after "was" the clause is what is said of
 * the subject ("were the greatest number the Viet Minh had captured"). */
static const char *const not_before[] = {
    "in",         "on",        "at",       "by",       "for",
    "to",         "from",      "with",     "during",   "after",
    "before",     "through",   "over",     "under",    "into",
    "of",         "about",     "since",    "until",    "within",
    "among",      "against",   "across",   "toward",   "towards",
    "throughout", "despite",   "without",  "beyond",   "near",
    "was",        "were",      "is",       "are",      "been",
    "be",         "became",    "become",   "had",      "has",
    "have",       "made",      "let",      "saw",      "heard",
    "watched",    "found",     "learned",  "learnt",   "knew",
    "believed",   "thought",   "feared",   "hoped",    "showed",
    "told",       "warned",    "informed", "assured",  "reminded",
    "convinced",  "persuaded", "notified", "advised",  "taught",
    "promised",   "urged",     "realised", "realized", "noticed",
    "discovered", "concluded", "insisted", NULL};
EXTRACT_WORD_SET(not_before_set, not_before, true);

static const char *const time_nouns[] = {
    "day",  "night",  "morning", "evening", "afternoon", "week",   "month",
    "year", "spring", "summer",  "autumn",  "fall",      "winter", "season",
    "time", "hour",   "moment",  "weekend", NULL};
EXTRACT_WORD_SET(time_nouns_set, time_nouns, true);

/* Words a verb group of the clause may hold beside its verb forms ("was
 * to leave", "had not yet"). */
static const char *const group_words[] = {"to",   "not",   "yet",  "already",
                                          "just", "never", "once", NULL};
EXTRACT_WORD_SET(group_words_set, group_words, true);

/* Where the name that opens at word j ends: past its capitalised words
 * and "of" between them ("Duke of Marlborough"). */
static size_t past_name(const char *s, const contact_word *w, size_t n,
                        size_t j) {
  while (j < n && !w[j].comma &&
         (capital(s, &w[j]) ||
          (equals_ci(s + w[j].start, w[j].end - w[j].start, "of") &&
           j + 1 < n && !w[j + 1].comma && capital(s, &w[j + 1]))))
    j++;
  return j;
}

/* Whether "on" stands before the time's noun's determiner at word d, a
 * verb before it in the window: the clause names the time of a verb told
 * before it, not an opening adverb ("On the morning the king ..."). */
static bool on_the_time(const char *s, const contact_word *w, size_t d) {
  if (d < 2 || w[d].comma || w[d - 1].comma ||
      !equals_ci(s + w[d - 1].start, w[d - 1].end - w[d - 1].start, "on"))
    return false;
  for (size_t b = d - 1; b > 0; b--)
    if (verb(s, &w[b - 1]))
      return true;
  return false;
}

/* Whether a contact clause's subject opens at word j, after the noun at
 * word i (d: its determiner); k: the clause's verb; its end in *end (a
 * byte offset: the next comma, the next verb after the verb group, or
 * `to`). */
static bool contact_clause(const char *s, const contact_word *w, size_t n,
                           size_t d, size_t i, size_t j, size_t to,
                           bool reaches_end, size_t *end) {
  bool article = equals_ci(s + w[j].start, w[j].end - w[j].start, "the");
  size_t name = article ? j + 1 : j;
  if (name >= n || w[name].comma || !capital(s, &w[name]))
    return false;
  size_t k = past_name(s, w, n, name);
  if (k >= n || w[k].comma || !verb(s, &w[k]))
    return false;
  bool time = is(s, &w[i], &time_nouns_set);
  bool on_time = time && on_the_time(s, w, d);
  if (d > 0 && !w[d].comma && !on_time && is(s, &w[d - 1], &not_before_set))
    return false;
  /* a bare name after the noun: only an object's clause ("reached the
   * island Columbus named"), never a subject's apposition; or a time's
   * aside past the part's start ("on March 13, the day Lowell would have
   * turned 75"), which no name stands in apposition to */
  bool time_aside = time && d > 0 && (w[d].comma || on_time);
  if (!article && !time_aside &&
      (time || d == 0 || w[d].comma || !verb(s, &w[d - 1])))
    return false;
  /* a time's noun: only an aside between commas ("On May 1, the morning
   * the Lusitania was to leave New York, the embassy ..."), or after
   * "on" past the part's verb ("had come home on the night Aziz died") */
  if (time && !w[d].comma && !on_time)
    return false;
  size_t g = k + 1;
  while (g < n && !w[g].comma &&
         (verb(s, &w[g]) || is(s, &w[g], &group_words_set)))
    g++;
  size_t e = g;
  while (e < n && !w[e].comma && !verb(s, &w[e]))
    e++;
  /* closed by a comma, or running to the part's end ("landed on November
   * 5, the day the Soviet Union threatened London with rockets."); "on"
   * opens no aside, so its clause must run to the end */
  if (time && (e < n ? !w[e].comma || on_time : !reaches_end))
    return false;
  *end = e < n ? w[e].start : to;
  return true;
}

bool extract_contact_relative(const char *s, size_t from, size_t name_start,
                              size_t to, size_t date_start,
                              extract_part_words *words) {
  size_t lo = name_start > from + WINDOW_BACK ? name_start - WINDOW_BACK : from;
  size_t hi = name_start + WINDOW_AHEAD < to ? name_start + WINDOW_AHEAD : to;
  while (lo > from && lo < name_start && s[lo - 1] != ' ')
    lo++;
  /* the clause's noun and its determiner are two words before the name:
   * a name with fewer in the window (most often a part's subject) opens
   * no such clause, and the window is not read */
  size_t before = 0;
  for (size_t i = name_start; i > lo && before < 2; i--)
    before += ascii_word_byte((unsigned char)s[i - 1]) &&
              (i - 1 == lo || !ascii_word_byte((unsigned char)s[i - 2]));
  if (before < 2)
    return false;
  contact_word w[MAX_WORDS];
  size_t n =
      extract_part_words_window(words, name_start, lo, hi, true, w, MAX_WORDS);
  for (size_t i = 1; i + 1 < n && w[i].start < name_start; i++) {
    if (!lower(s, &w[i]) || w[i + 1].comma || verb(s, &w[i]) ||
        is(s, &w[i], &not_nouns_set) || is(s, &w[i], &determiners_set))
      continue;
    /* its determiner, at most two describing words before the noun */
    size_t d = i;
    for (size_t back = 1; back <= 3 && back <= i && d == i; back++) {
      const contact_word *b = &w[i - back];
      if (w[i - back + 1].comma)
        break;
      if (is(s, b, &determiners_set))
        d = i - back;
      else if (!lower(s, b) || verb(s, b) || is(s, b, &not_nouns_set))
        break;
    }
    size_t end;
    if (d == i || !contact_clause(s, w, n, d, i, i + 1, to, hi == to, &end))
      continue;
    if (name_start >= w[i + 1].start && name_start < end &&
        !(date_start != (size_t)-1 && date_start >= w[i + 1].start &&
          date_start < end))
      return true;
  }
  return false;
}
