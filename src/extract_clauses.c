/* extract_clauses.c: the dated clauses of a sentence.  A sentence that
 * states several dated happenings ("walked out on Monday and returned on
 * Wednesday", "began in 1859; then cholera stopped the works in 1865")
 * becomes one clause per happening, each dated by its own first date.
 *
 * A boundary is looked for only between two dates, so every clause holds
 * one; between them, the strongest coordinator wins (a semicolon, then
 * ", and" / ", but" / ", then", then " and", " but", " then", "before" or
 * "after" with a participle, "N units after"), and it must have a word of
 * content between the dates, so that "in January and July" stays whole.
 * Each clause is then split again at every clause with its own subject
 * and a past verb (extract_happenings.c).  Here too: which of a clause's
 * dates dates it, and the dates that date no happening (a deadline inside
 * what was said, the start of a state).
 * Each region is scanned in bounded windows: linear in the sentence. */
#include "extract_internal.h"

#include <string.h>

/* Words that carry no happening of their own between two dates. */
static bool function_word(const char *s, size_t len) {
  static const char *const words[] = {
      "the",   "and",   "but",     "then",   "for",    "from",    "with",
      "into",  "until", "through", "since",  "during", "between", "before",
      "after", "early", "late",    "also",   "again",  "both",    "either",
      "or",    "nor",   "till",    "around", "about",  "than",    "was",
      "were",  "its",   "their",   "his",    "her",    NULL};
  EXTRACT_WORD_SET(set, words, true);
  if (len < 3)
    return true; /* in, on, at, of, to, a, by */
  return extract_word_set_has(&set, s, len);
}

/* Whether s[from, to) holds a word of content (not a number). */
/* The next word of s[*i, to) at or after *i: its start into *w, *i past
 * its end; false when none is left. */
static bool next_word(const char *s, size_t *i, size_t to, size_t *w) {
  while (*i < to && !word_byte((unsigned char)s[*i]))
    (*i)++;
  if (*i >= to)
    return false;
  *w = *i;
  while (*i < to && word_byte((unsigned char)s[*i]))
    (*i)++;
  return true;
}

/* Whether a verb of asking ("ordered", "told", "asked") comes in
 * s[from, to): a day after it is the day asked for. */
static bool asking_in(const char *s, size_t from, size_t to) {
  static const char *const asking[] = {"ordered",  "told",       "asked",
                                       "directed", "instructed", "required",
                                       "called",   "convened",   NULL};
  size_t i = from, w;
  while (next_word(s, &i, to, &w))
    if (extract_word_in(s + w, i - w, asking))
      return true;
  return false;
}

static bool has_content(const char *s, size_t from, size_t to) {
  size_t i = from, w;
  while (next_word(s, &i, to, &w))
    if (!isdigit((unsigned char)s[w]) && !function_word(s + w, i - w))
      return true;
  return false;
}

/* The word at s[i, end) ends in "ing": a participle clause */
static bool participle_at(const char *s, size_t i, size_t end) {
  size_t w = i;
  while (w < end && ascii_alpha((unsigned char)s[w]))
    w++;
  return w - i > 4 && equals_ci(s + w - 3, 3, "ing");
}

/* A participle after "for" names the deed a dated sentence was for ("was
 * jailed in March 2022 for stabbing a man on a December night in 2021",
 * "for burning", "for threatening"): not "for something", "for the
 * morning" (whole words: a suffix would drop every "-rning" and
 * "-ening" verb). */
static bool deed_participle_at(const char *s, size_t i, size_t end) {
  static const char *const not_deeds[] = {"something",  "anything", "nothing",
                                          "everything", "morning",  "evening",
                                          NULL};
  size_t w = i;
  while (w < end && ascii_alpha((unsigned char)s[w]))
    w++;
  return participle_at(s, i, end) && !extract_word_in(s + i, w - i, not_deeds);
}

/* The word ending at s[i) is a plural unit of time: "eleven weeks after" */
static bool units_before(const char *s, size_t from, size_t i) {
  static const char *const units[] = {"days",  "weeks",   "months",  "years",
                                      "hours", "minutes", "decades", NULL};
  EXTRACT_WORD_SET(set, units, true);
  size_t w = i;
  while (w > from && ascii_alpha((unsigned char)s[w - 1]))
    w--;
  return extract_word_set_has(&set, s + w, i - w);
}

/* The strongest clause boundary in s[from, to): its start (where the
 * first clause ends) and its end (where the next begins); 0 when none. */
static int find_boundary(const char *s, size_t from, size_t to, size_t *start,
                         size_t *end) {
  int best = 0;
  for (size_t i = from; i < to; i++) {
    int strength = 0;
    size_t next = i;
    if (s[i] == ';') {
      strength = 4;
      next = i + 1;
    } else if (s[i] == ',' && i + 1 < to && s[i + 1] == ' ') {
      static const char *const joins[] = {"and", "but", "then", "while", NULL};
      for (size_t k = 0; joins[k] && !strength; k++)
        if (extract_word_at(s, i + 2, to, joins[k])) {
          strength = 3;
          next = i + 2 + strlen(joins[k]);
        }
    } else if (s[i] == ' ') {
      static const char *const joins[] = {"and", "but", "then", NULL};
      for (size_t k = 0; joins[k] && !strength; k++)
        if (extract_word_at(s, i + 1, to, joins[k])) {
          strength = 2;
          next = i + 1 + strlen(joins[k]);
        }
      /* "fell in August before recovering in September", "on Tuesday,
       * eleven weeks after a pipe burst on December 14" */
      for (int k = 0; k < 2 && !strength; k++) {
        const char *w = k ? "after" : "before";
        if (extract_word_at(s, i + 1, to, w) &&
            (participle_at(s, i + 2 + strlen(w), to) ||
             units_before(s, from, i))) {
          strength = 2;
          next = i + 1 + strlen(w);
        }
      }
      if (!strength && extract_word_at(s, i + 1, to, "for") &&
          deed_participle_at(s, i + 5, to)) {
        strength = 2;
        next = i + 4;
      }
    }
    if (strength > best) {
      best = strength;
      *start = i;
      *end = next;
    }
  }
  return best;
}

/* Whether s[from, to) holds a verb in the past ("began", "was",
 * "opened"), not only present or future forms ("are due to host"). */
bool extract_past_form_in(const char *s, size_t from, size_t to) {
  static const char *const present[] = {
      "is",  "are",  "am",   "be",  "do",    "does",  "will", "can",
      "may", "must", "have", "has", "shall", "would", NULL};
  for (size_t i = from; i < to;) {
    if (!ascii_alpha((unsigned char)s[i])) {
      i++;
      continue;
    }
    size_t e = extract_letters_end(s, i, to);
    if (extract_verb_form(s + i, e - i) && s[e - 1] != 's' &&
        !extract_word_in(s + i, e - i, present))
      return true;
    i = e;
  }
  return false;
}

/* Whether s[from, to) holds a verb that reports or finds what a
 * "that" after it says ("said", "told analysts", "found"). */
bool extract_report_verb_in(const char *s, size_t from, size_t to) {
  static const char *const verbs[] = {
      "said",      "says",     "told",     "announced", "reported",  "stated",
      "confirmed", "added",    "found",    "ruled",     "concluded", "decided",
      "wrote",     "warned",   "argued",   "claimed",   "showed",    "learned",
      "disclosed", "revealed", "admitted", "insisted",  "agreed",    "believed",
      "knew",      "noted",    "alleged",  "testified", "estimated", NULL};
  EXTRACT_WORD_SET(set, verbs, true);
  for (size_t i = from; i < to; i++)
    if (ascii_alpha((unsigned char)s[i]) &&
        (i == from || !ascii_alpha((unsigned char)s[i - 1]))) {
      size_t e = extract_letters_end(s, i, to);
      if (extract_word_set_has(&set, s + i, e - i))
        return true;
      i = e;
    }
  return false;
}

/* Whether s[clause_start, at) holds a verb that reports (report_verb_in),
 * for the positions of one clause in text order: the text is read only
 * past where the last question left it (read from the clause's start at
 * each date, a long sentence of dates took quadratic time). */
typedef struct {
  size_t start;   /* the clause's start */
  size_t read_to; /* s[start, read_to) is read */
  bool found;     /* a verb of reporting there */
} report_scan;

static bool report_verb_before(const char *s, report_scan *r,
                               size_t clause_start, size_t at) {
  if (r->start != clause_start || at < r->read_to)
    *r = (report_scan){clause_start, clause_start, false};
  if (!r->found && at > r->read_to)
    r->found = extract_report_verb_in(s, r->read_to, at);
  r->read_to = at > r->read_to ? at : r->read_to;
  return r->found;
}

/* The end of a possessive "'s" (or "’s") at s[at), or `at` when none. */
static size_t possessive_end(const char *s, size_t at, size_t to) {
  size_t n = at + 1 < to && s[at] == '\'' ? 1
             : at + 3 < to && (unsigned char)s[at] == 0xE2 &&
                     (unsigned char)s[at + 1] == 0x80 &&
                     (unsigned char)s[at + 2] == 0x99
                 ? 3
                 : 0;
  if (!n || (s[at + n] != 's' && s[at + n] != 'S') ||
      (at + n + 1 < to && ascii_alpha((unsigned char)s[at + n + 1])))
    return at;
  return at + n + 1;
}

/* A relative clause opened by "that" in s[from, to) that tells a
 * happening of its own in the past, before the next date ("recovered a
 * sketch that was stolen ... in November", "ending a session that the
 * governor had called two weeks ago"): within eight words after "that", a
 * past verb or a past perfect.  Not what a report says ("said on Tuesday
 * that ..."): the clause from `clause_start` holds no verb of saying.  Its
 * start (the space before "that") and the start of its own words. */
static bool that_clause_at(const char *s, report_scan *reports,
                           size_t clause_start, size_t from, size_t to,
                           size_t *b_start, size_t *b_end) {
  for (size_t i = from; i + 6 < to; i++) {
    size_t opener = 0;
    if (s[i] == ' ' && extract_word_at(s, i + 1, to, "that"))
      opener = 4;
    else if (s[i] == ' ' && extract_word_at(s, i + 1, to, "which"))
      opener = 5;
    else if (s[i] == ' ' && i > from && s[i - 1] == ',' &&
             extract_word_at(s, i + 1, to, "who"))
      opener = 3; /* ", who landed in Kent in May 1216": a person's own */
    if (!opener)
      continue;
    if (report_verb_before(s, reports, clause_start, i))
      return false;
    size_t q = i + 1 + opener;
    for (int words = 0; words < 8 && q < to; words++) {
      while (q < to && s[q] == ' ')
        q++;
      if (q >= to || !ascii_alpha((unsigned char)s[q]))
        break; /* a comma or a quotation: an aside, not the verb */
      size_t e = extract_letters_end(s, q, to);
      size_t owner = possessive_end(s, e, to);
      if (owner != e) { /* "that Tidelink's board ordered": the subject */
        q = owner;
        continue;
      }
      /* "had closed", "had been stolen"; not "had been due to open", a
       * plan rather than a happening */
      size_t v = e + 1,
             ve = e < to && s[e] == ' ' ? extract_letters_end(s, v, to) : v;
      bool been = ve - v == 4 && equals_ci(s + v, 4, "been");
      size_t p = ve + 1, pe = been && ve < to && s[ve] == ' '
                                  ? extract_letters_end(s, p, to)
                                  : p;
      bool perfect = e - q == 3 && equals_ci(s + q, 3, "had") && ve > v &&
                     extract_verb_form(s + v, ve - v) &&
                     (!been || (pe > p && extract_participle(s + p, pe - p)));
      if (perfect || extract_past_happening_at(s, q, e, to)) {
        *b_start = i > from && s[i - 1] == ',' ? i - 1 : i;
        *b_end = i + 1 + opener;
        return true;
      }
      q = e;
    }
  }
  return false;
}

/* A subject's inserted clause that holds the date `date` and closes
 * before `to` ("Jean-Luc Fournier, who took over the estate in 2011, let
 * his policy lapse in March"; "Oncara, a drug developer that licensed two
 * findings in 2021, halted a trial on Wednesday"): set off by commas right
 * after the subject, opened by a relative pronoun (at once, or after the
 * head noun of an apposition) with a past verb of its own before the
 * date, and followed by the main clause's verb in the past.  The inserted
 * clause tells a happening of the subject, dated by its own date; the
 * main clause's happening is dated by the date written in it.  Its start
 * (the closing comma), the start of the main clause's words, and whether
 * the inserted clause tells a state over a stretch of time instead ("who
 * had led the bank since 2014"): no happening of its own, but its date
 * still does not date the main clause. */
static bool inserted_clause_closes(const char *s, size_t clause_start,
                                   const evg_timex *date, size_t to,
                                   size_t *b_start, size_t *b_end,
                                   bool *lasts) {
  size_t open = date->start, limit = date->start > clause_start + 200
                                         ? date->start - 200
                                         : clause_start;
  while (open > limit && !extract_edge_before(s, open))
    open--;
  /* a subject is a few words: the test stays linear on a sentence of
   * thousands of dates */
  if (open <= clause_start + 1 || open - 1 - clause_start > 120 ||
      s[open - 1] != ',' || extract_past_form_in(s, clause_start, open - 1))
    return false;
  /* the relative pronoun, within the apposition's first six words;
   * "whose" too ("Hungary, whose own farms were hit in 2025, shut 21"):
   * the clause is still the subject's aside */
  static const char *const relatives[] = {"who",  "which", "that",
                                          "whom", "whose", NULL};
  size_t q = open, pronoun_end = 0;
  for (int words = 0; words < 6 && q < date->start && !pronoun_end; words++) {
    while (q < date->start && s[q] == ' ')
      q++;
    size_t e = extract_letters_end(s, q, date->start);
    if (e == q)
      return false;
    if (extract_word_in(s + q, e - q, relatives))
      pronoun_end = e;
    else if (words == 0 &&
             !extract_word_in(s + q, e - q,
                              (const char *const[]){"a", "an", "the", NULL}))
      return false; /* neither a pronoun nor an apposition's article */
    q = e;
  }
  if (!pronoun_end || !extract_past_form_in(s, pronoun_end, date->start))
    return false;
  /* "who had led the bank since 2014", "that has filled prescriptions
   * since 1958", "which formed one state from 1921 to 1946": a state
   * over a stretch of time, no happening */
  size_t p = date->start;
  while (p > pronoun_end && s[p - 1] == ' ')
    p--;
  size_t pw = extract_word_start_before(s, pronoun_end, p);
  static const char *const lasting[] = {"since", "for",     "until", "through",
                                        "from",  "between", "to",    NULL};
  size_t own =
      extract_letters_end(s, date->start, date->end); /* "from 1921 to" */
  bool state = extract_word_in(s + pw, p - pw, lasting) ||
               extract_word_in(s + date->start, own - date->start, lasting);
  const char *close = memchr(s + date->end, ',', to - date->end);
  if (!close)
    return false;
  size_t verb = (size_t)(close - s) + 1;
  while (verb < to && s[verb] == ' ')
    verb++;
  size_t verb_end = extract_letters_end(s, verb, to);
  if (verb_end == verb || !extract_past_happening_at(s, verb, verb_end, to))
    return false;
  *b_start = (size_t)(close - s);
  *b_end = verb;
  *lasts = state;
  return true;
}

/* The end of a dateline ("ROTTERDAM, October 9, 2025 —") whose date is
 * the timex `t` at the start of its line, or 0 when `t` is not one. */
static size_t dateline_end(const char *s, size_t len, const range *sentence,
                           const evg_timex *t) {
  /* a line start more than 60 bytes back is none: read no further */
  size_t line = t->start,
         lo = t->start > sentence->start + 61 ? t->start - 61 : sentence->start;
  while (line > lo && s[line - 1] != '\n')
    line--;
  if (t->start - line < 3 || t->start - line > 60 || s[t->start - 2] != ',')
    return 0;
  size_t i = t->end;
  while (i < len && s[i] == ' ')
    i++;
  if (i + 3 <= len && (unsigned char)s[i] == 0xE2 &&
      (unsigned char)s[i + 1] == 0x80 &&
      ((unsigned char)s[i + 2] == 0x94 || (unsigned char)s[i + 2] == 0x93))
    i += 3;
  else if (i < len && (s[i] == '-' || s[i] == ':'))
    i++;
  else
    return 0;
  while (i < len && s[i] == ' ')
    i++;
  return i < sentence->end ? i : 0;
}

bool extract_opens_with_dateline(const char *s, size_t len,
                                 const range *sentence, const evg_timex *t) {
  return dateline_end(s, len, sentence, t) != 0;
}

/* The text before s[at] is a verb of saying ("said on", "told
 * reporters on", "announced"). */
static bool said_before(const char *s, size_t at) {
  static const char *const verbs[] = {"said",      "says",      "told",
                                      "announced", "stated",    "reported",
                                      "added",     "confirmed", NULL};
  EXTRACT_WORD_SET(set, verbs, true);
  size_t e = at;
  for (int words = 0; words < 3 && e > 0; words++) {
    while (e > 0 && s[e - 1] == ' ')
      e--;
    size_t b = e;
    while (b > 0 && ascii_alpha((unsigned char)s[b - 1]))
      b--;
    if (b == e)
      return false;
    if (extract_word_set_has(&set, s + b, e - b))
      return true;
    /* "said on", "told reporters on": on and one object */
    e = b;
  }
  return false;
}

/* Whether what was said in s[from, to) is told in the past perfect ("said
 * on January 23 that its members had backed a strike on February 3"): it
 * happened before the saying, so a later date there is some other
 * happening's (the strike's), not its own. */
static bool told_as_past(const char *s, size_t from, size_t to) {
  for (size_t i = from; i + 3 <= to; i++)
    if (equals_ci(s + i, 3, "had") && (i == 0 || s[i - 1] == ' ') &&
        (i + 3 == to || s[i + 3] == ' '))
      return true;
  return false;
}

/* Whether what was said in s[from, to) is told as a future ("said on
 * Thursday that it would pay for her training this winter"): it had not
 * happened when it was said, so the saying is the clause's happening and
 * a later date there is only what was planned. */
static bool told_as_future(const char *s, size_t from, size_t to) {
  static const char *const futures[] = {"would", "will", "shall", NULL};
  for (size_t i = from; i < to; i++) {
    if (!ascii_alpha((unsigned char)s[i]) ||
        (i > 0 && ascii_alpha((unsigned char)s[i - 1])))
      continue;
    size_t e = i;
    while (e < to && ascii_alpha((unsigned char)s[e]))
      e++;
    if (extract_word_in(s + i, e - i, futures))
      return true;
    i = e;
  }
  return false;
}

/* Whether s[q, to) opens with "by" and a part of the day told without its
 * day ("by mid-morning the company had sent", "By nightfall the crowd had
 * gone", "by the late afternoon"): a deadline met on the day told before,
 * as "by Wednesday morning" is one on its own day.  Not "by night" (a
 * manner: "travelled by night"), nor a part of the day that qualifies a
 * noun ("hit by evening storms"): after it comes a comma, the end, a
 * capital or a word that opens a subject.  Reads at most six words. */
bool extract_by_day_part_at(const char *s, size_t q, size_t to) {
  static const char *const parts[] = {
      "morning",  "afternoon", "evening", "nightfall", "dusk",      "dawn",
      "daybreak", "sunrise",   "sunset",  "sundown",   "lunchtime", NULL};
  static const char *const openers[] = {
      "the", "a",    "an", "his", "her", "its",  "their", "it",   "he",
      "she", "they", "we", "i",   "all", "most", "some",  "many", NULL};
  static const char *const skips[] = {"the", "early", "late", NULL};
  EXTRACT_WORD_SET(part_set, parts, true);
  while (q < to && s[q] == ' ')
    q++;
  if (!extract_word_at(s, q, to, "by"))
    return false;
  size_t w = q + 3, e = w;
  for (int n = 0; n < 3; n++) { /* "by the late afternoon" */
    while (w < to && s[w] == ' ')
      w++;
    e = extract_letters_end(s, w, to);
    if (!extract_word_in(s + w, e - w, skips))
      break;
    w = e;
  }
  if (e - w == 3 && equals_ci(s + w, 3, "mid") && e < to && s[e] == '-')
    w = e + 1, e = extract_letters_end(s, w, to); /* "by mid-morning" */
  if (e == w || !extract_word_set_has(&part_set, s + w, e - w))
    return false;
  size_t n = e;
  while (n < to && s[n] == ' ')
    n++;
  if (n == to || s[n] == ',' || s[n] == ';' || s[n] == '.')
    return true;
  size_t ne = extract_letters_end(s, n, to);
  return ne > n && (ascii_upper((unsigned char)s[n]) ||
                    extract_word_in(s + n, ne - n, openers));
}

bool extract_by_day_part(const char *s, const range *clause,
                         const evg_timex *date) {
  if (date->start >= clause->start && date->start < clause->end)
    return false; /* "marched on Tuesday, and by dusk": the day's own */
  size_t q = clause->start, e = extract_letters_end(s, q, clause->end);
  static const char *const joins[] = {"and", "but", NULL};
  if (extract_word_in(s + q, e - q, joins))
    q = e;
  return extract_by_day_part_at(s, q, clause->end);
}

bool extract_after_month(const char *s, const range *sentence,
                         const range *clause, const evg_timex *date,
                         bool dated_inside) {
  static const char *const counts[] = {
      "minutes", "minute",  "hours",    "hour",        "days",   "day",
      "nights",  "night",   "weeks",    "week",        "months", "month",
      "seasons", "years",   "year",     "decades",     "decade", "centuries",
      "century", "shortly", "soon",     "long",        "just",   "right",
      "only",    "moments", "straight", "generations", NULL};
  if (dated_inside || !date->has_date || date->date.interval ||
      date->date.from.precision < EVG_PREC_MONTH ||
      date->date.from.precision > EVG_PREC_YEAR ||
      date->start < sentence->start || date->end > clause->start)
    return false;
  size_t ab, ae;
  extract_letters_before(s, sentence->start, clause->start, &ab, &ae);
  if (ae - ab != 5 || !equals_ci(s + ab, 5, "after") || ae == clause->start ||
      ab <= date->end)
    return false;
  /* "two months after", "shortly after": a count, dated by its reach */
  size_t cb, ce;
  extract_letters_before(s, sentence->start, ab, &cb, &ce);
  if (ce > cb && ce == ab - 1 && extract_word_in(s + cb, ce - cb, counts))
    return false;
  /* a clause: its verb after its subject and any apposition set off by
   * two commas ("after a Polish importer, Winnica Import of Kraków, sent
   * back"), not after one comma ("after the Japanese incursion into
   * Indochina, the United States embargoed": a noun phrase, then the main
   * clause) */
  bool open_comma = false;
  for (size_t i = clause->start; i < clause->end;) {
    if (s[i] == ',')
      open_comma = !open_comma;
    size_t e = extract_letters_end(s, i, clause->end);
    if (e == i) {
      i++;
      continue;
    }
    if (extract_verb_form(s + i, e - i))
      return !open_comma;
    i = e;
  }
  return false;
}

/* Whether a verb of saying in the past, not itself a past perfect
 * ("had reported in September that"), stands within five lowercase words
 * before s[at] ("said on", "said in a statement on", "told analysts
 * on"). */
static bool saying_before(const char *s, size_t from, size_t at) {
  static const char *const verbs[] = {"said",      "told",     "announced",
                                      "stated",    "reported", "added",
                                      "confirmed", NULL};
  EXTRACT_WORD_SET(set, verbs, true);
  size_t e = at;
  for (int words = 0; words < 5 && e > from; words++) {
    while (e > from && s[e - 1] == ' ')
      e--;
    size_t b = extract_word_start_before(s, from, e);
    if (b == e || !ascii_is_lower((unsigned char)s[b]))
      return false;
    if (extract_word_set_has(&set, s + b, e - b)) {
      size_t pe = b;
      while (pe > from && s[pe - 1] == ' ')
        pe--;
      size_t pb = extract_word_start_before(s, from, pe);
      return !(pe - pb == 3 && equals_ci(s + pb, 3, "had"));
    }
    e = b;
  }
  return false;
}

bool extract_reported_as_done(const char *s, const range *clause,
                              const evg_timex *date, const evg_date *anchor) {
  /* a saying on the text's own day is its news ("said on Wednesday that
   * it had cancelled the wind farm", in Wednesday's paper): that day's */
  if (anchor && date->has_date && date->date.start == anchor->start &&
      date->date.end == anchor->end)
    return false;
  if (!saying_before(s, clause->start, date->start))
    return false;
  size_t q = date->end, to = clause->end;
  /* what was said: "that", a subject of at most six words, "had" and a
   * participle ("said on Thursday that claims had reached 96 million") */
  for (int words = 0; words < 8 && q < to; words++) {
    while (q < to && s[q] == ' ')
      q++;
    size_t e = extract_letters_end(s, q, to);
    if (e == q)
      return false;
    if (equals_ci(s + q, e - q, "had")) {
      size_t n = e;
      while (n < to && s[n] == ' ')
        n++;
      size_t ne = extract_letters_end(s, n, to);
      return ne > n && ascii_is_lower((unsigned char)s[n]) &&
             (equals_ci(s + n, ne - n, "been") ||
              extract_participle(s + n, ne - n));
    }
    if (words > 0 && ascii_is_lower((unsigned char)s[q]) &&
        extract_verb_form(s + q, e - q))
      return false;
    q = e;
  }
  return false;
}

/* Whether the date `first` lies in a phrase set off by commas before
 * `next` ("The Bills, who are due to host a game on Sunday, asked fans on
 * Tuesday", "the transformer, installed in 1987, failed on Thursday"): a
 * relative clause or a participle inserted after a noun tells of that
 * noun, not when the clause's own happening took place. */
static bool inserted_phrase_holds(const char *s, const evg_timex *first,
                                  const evg_timex *next) {
  size_t open = first->start,
         limit = first->start > 160 ? first->start - 160 : 0;
  while (open > limit && !extract_edge_before(s, open))
    open--;
  if (open == limit || s[open - 1] != ',' ||
      !memchr(s + first->end, ',', next->start - first->end))
    return false;
  size_t open_comma = open - 1;
  while (s[open] == ' ')
    open++;
  size_t e = extract_letters_end(s, open, first->start);
  /* a participle: "installed in 1987", "built in 1998"; also one that
   * is no past form ("born in 1864", "written in 1841", "sunk in
   * 1628"), not an adverb or a number in "-en" ("often", "seven") */
  static const char *const participles[] = {"born", "sunk", "begun", NULL};
  static const char *const not_participles[] = {"often", "seven", "eleven",
                                                NULL};
  /* "Nordmelk, a Danish dairy group, agreed on Tuesday": the name's verb
   * (extract_apposition_verb.c) */
  if (extract_past_form_in(s, open, e) &&
      extract_apposition_before(
          s, open_comma,
          (size_t)((const char *)memchr(s + first->end, ',',
                                        next->start - first->end) -
                   s),
          next->start))
    return false;
  if (extract_past_form_in(s, open, e) ||
      extract_word_in(s + open, e - open, participles) ||
      (e > open && extract_participle(s + open, e - open) &&
       !extract_word_in(s + open, e - open, not_participles)))
    return true;
  /* a relative clause in the past ("which the team began lowering in
   * November 2024") states a happening of its own, dated there */
  static const char *const relatives[] = {"who", "which", NULL};
  return extract_word_in(s + open, e - open, relatives) &&
         !extract_past_form_in(s, e, first->start);
}

/* Whether the date `first` closes a participle set right after a noun,
 * with no commas ("a conductor on a line built in 1968 touched a juniper
 * on August 9"): when the clause's own verb follows the date at once, the
 * participle and its date tell of the noun, not of the happening.  Not
 * after "was", "had" and the like, where the participle is the verb. */
static bool reduced_relative_holds(const char *s, const evg_timex *first,
                                   const evg_timex *next) {
  size_t f = first->start;
  while (f > 0 && s[f - 1] == ' ')
    f--;
  size_t p = extract_word_start_before(s, 0, f);
  if (f - p != 2 || !(equals_ci(s + p, 2, "in") || equals_ci(s + p, 2, "on")))
    return false;
  size_t pe = p;
  while (pe > 0 && s[pe - 1] == ' ')
    pe--;
  size_t v = extract_word_start_before(s, 0, pe);
  /* "couples treated that morning in February", "on a night in July":
   * the part of a day the month narrows, between participle and date */
  static const char *const day_parts[] = {"morning", "afternoon", "evening",
                                          "night",   "day",       NULL};
  static const char *const determiners[] = {"that", "a", "one", "the", NULL};
  if (v < pe && extract_word_in(s + v, pe - v, day_parts)) {
    size_t de = v;
    while (de > 0 && s[de - 1] == ' ')
      de--;
    size_t d = extract_word_start_before(s, 0, de);
    if (d == de || !extract_word_in(s + d, de - d, determiners))
      return false;
    pe = d;
    while (pe > 0 && s[pe - 1] == ' ')
      pe--;
    v = extract_word_start_before(s, 0, pe);
    if (pe - v == 2 && equals_ci(s + v, 2, "on")) {
      while (v > 0 && s[v - 1] == ' ')
        v--;
      pe = v;
      v = extract_word_start_before(s, 0, pe);
    }
  }
  if (v == pe ||
      !(extract_participle(s + v, pe - v) || equals_ci(s + v, pe - v, "seen")))
    return false;
  size_t be = v;
  while (be > 0 && s[be - 1] == ' ')
    be--;
  size_t b = extract_word_start_before(s, 0, be);
  static const char *const auxiliaries[] = {"was", "were", "is",    "are",
                                            "be",  "been", "being", "had",
                                            "has", "have", NULL};
  if (b == be || extract_word_in(s + b, be - b, auxiliaries))
    return false;
  size_t i = first->end;
  while (i < next->start && s[i] == ' ')
    i++;
  size_t e = extract_letters_end(s, i, next->start);
  /* "A guard hired in 2019 was dismissed on Monday": a passive verb */
  static const char *const passive[] = {"was", "were", NULL};
  if (e > i && extract_word_in(s + i, e - i, passive)) {
    size_t p2 = e;
    while (p2 < next->start && s[p2] == ' ')
      p2++;
    size_t pe2 = extract_letters_end(s, p2, next->start);
    return pe2 > p2 && extract_participle(s + p2, pe2 - p2);
  }
  return e > i && extract_past_form_in(s, i, e);
}

/* Whether the date t stands before a noun as a modifier: a possessive
 * ("the winner of this year's Derby", "Monday's vote") or a compound
 * adjective after an article ("the wreck of an 18th-century ship").  It
 * tells which thing is meant, not when the clause's happening took
 * place. */
static bool modifies_noun(const char *s, const evg_timex *t, size_t to) {
  size_t e = t->end;
  if (e + 2 <= to && s[e] == '\'' && s[e + 1] == 's' &&
      (e + 2 == to || !ascii_alpha((unsigned char)s[e + 2])))
    return true;
  if (e + 4 <= to && (unsigned char)s[e] == 0xE2 &&
      (unsigned char)s[e + 1] == 0x80 && (unsigned char)s[e + 2] == 0x99 &&
      s[e + 3] == 's' && (e + 4 == to || !ascii_alpha((unsigned char)s[e + 4])))
    return true;
  if (!memchr(s + t->start, '-', t->end - t->start) || e + 2 > to ||
      s[e] != ' ' || !ascii_is_lower((unsigned char)s[e + 1]))
    return false;
  size_t b = t->start;
  while (b > 0 && s[b - 1] == ' ')
    b--;
  size_t w = extract_word_start_before(s, 0, b);
  static const char *const articles[] = {"a", "an", "the", NULL};
  return w < b && extract_word_in(s + w, b - w, articles) &&
         (w == 0 || !ascii_alpha((unsigned char)s[w - 1]));
}

/* The date of a clause whose first date is dates[k]: a finer date set
 * beside it restates it ("three years later, in February 1468"). */
static const evg_timex *clause_date_of(const char *s,
                                       const evg_timex *const *dates,
                                       size_t date_count, size_t k,
                                       size_t clause_start, size_t clause_end) {
  const evg_timex *first = dates[k];
  if (k + 1 >= date_count || dates[k + 1]->start >= clause_end ||
      !first->has_date || !dates[k + 1]->has_date)
    return first;
  const evg_timex *next = dates[k + 1];
  /* "called an early election for November 3 on Tuesday": a date after
   * "for" is when the thing planned is due; the clause's other date is
   * when its happening took place */
  size_t f = first->start;
  while (f > 0 && s[f - 1] == ' ')
    f--;
  size_t fw = extract_word_start_before(s, 0, f);
  if (f - fw == 3 && equals_ci(s + fw, 3, "for") &&
      (fw == 0 || !ascii_alpha((unsigned char)s[fw - 1])))
    return next;
  /* "will keep the pass closed until October, the canton decided on June
   * 11": a date after "until" ends a state; the clause's other date is
   * when its happening took place */
  if (f - fw == 5 && equals_ci(s + fw, 5, "until") &&
      (fw == 0 || !ascii_alpha((unsigned char)s[fw - 1])))
    return next;
  /* "Reale, who had led the bank since 2014, resigned on Wednesday": a
   * date after "since" starts a state that lasts to the time told; the
   * clause's other date is when its happening took place */
  if (f - fw == 5 && equals_ci(s + fw, 5, "since") &&
      (fw == 0 || !ascii_alpha((unsigned char)s[fw - 1])))
    return next;
  /* "couples treated that morning in February were contacted last
   * week": a day part the month narrows, both the participle's */
  if (k + 2 < date_count && dates[k + 2]->start < clause_end &&
      dates[k + 2]->has_date && next->start - first->end == 4 &&
      equals_ci(s + first->end, 4, " in ") &&
      reduced_relative_holds(s, next, dates[k + 2]))
    return dates[k + 2];
  if (inserted_phrase_holds(s, first, next) ||
      reduced_relative_holds(s, first, next) ||
      modifies_noun(s, first, next->start))
    return next;
  /* "By the time it was finished, in 1853": "the time" after "by" opens
   * a clause (the main clause's deadline); the clause's own date is the
   * one it writes */
  if (f - fw == 2 && equals_ci(s + fw, 2, "by") &&
      (fw == 0 || !ascii_alpha((unsigned char)s[fw - 1])) &&
      first->end - first->start == 8 &&
      equals_ci(s + first->start, 8, "the time"))
    return next;
  /* "Trade, which formed one parish from 1921 to 1946, fell in 2024": the
   * first date written after the subject's inserted clause */
  size_t close, main_start;
  bool lasts;
  if (inserted_clause_closes(s, clause_start, first, clause_end, &close,
                             &main_start, &lasts))
    for (size_t j = k + 1; j < date_count && dates[j]->start < clause_end; j++)
      if (dates[j]->start > close && dates[j]->has_date)
        return dates[j];
  /* "Stanford, by then governor, turned the first shovel on January 8,
   * 1863": "then" points back at the story's time; the date written out
   * is the happening's */
  if (first->end - first->start == 4 && equals_ci(s + first->start, 4, "then"))
    return next;
  /* "said on Thursday that it would clear the backlog by October 15":
   * the day of the saying is not the day of what was said */
  if (said_before(s, first->start) &&
      !(told_as_past(s, first->end, next->start) &&
        next->date.start > first->date.end) &&
      !told_as_future(s, first->end, next->start))
    return next;
  /* "With winter coming on, Magellan stopped ... at the end of March
   * 1520": a date in an opening "with" phrase is a circumstance */
  size_t before = first->start;
  while (before > 0 && s[before - 1] == ' ')
    before--;
  size_t with = extract_word_start_before(s, 0, before);
  if (before - with == 4 && equals_ci(s + with, 4, "with") &&
      (with == 0 || !ascii_alpha((unsigned char)s[with - 1])) &&
      memchr(s + first->end, ',', next->start - first->end))
    return next;
  /* "In 1970 the smelter was shut in April" (extract_opening_year.c) */
  if (extract_opening_year_yields(s, clause_start, first, next))
    return next;
  size_t i = first->end;
  if (i < next->start && s[i] == ',')
    i++;
  while (i < next->start && s[i] == ' ')
    i++;
  if (i + 3 <= next->start &&
      (equals_ci(s + i, 3, "in ") || equals_ci(s + i, 3, "on ")))
    i += 3;
  bool finer = next->date.from.precision < first->date.from.precision;
  /* "A week later, on May 30": the date written out restates a count
   * from the last one, and is what the text means */
  bool counted = false;
  static const char *const counts[] = {"later", "earlier", "ago", NULL};
  size_t w = extract_word_start_before(s, first->start, first->end);
  counted = w < first->end && extract_word_in(s + w, first->end - w, counts) &&
            next->date.from.precision == first->date.from.precision &&
            s[first->end] == ',';
  return i == next->start && first->end < next->start && (finer || counted)
             ? next
             : first;
}

bool extract_complement_in(const char *s, size_t from, size_t to) {
  static const char *const not_verbs[] = {
      "the",      "a",         "an",    "its",   "their", "his",
      "her",      "our",       "my",    "your",  "this",  "these",
      "those",    "another",   "other", "about", "some",  "more",
      "less",     "all",       "each",  "every", "date",  "court",
      "hospital", "one",       "two",   "three", "four",  "five",
      "six",      "seven",     "eight", "nine",  "ten",   "dozens",
      "hundreds", "thousands", NULL};
  for (size_t i = from; i < to;) {
    if (!ascii_alpha((unsigned char)s[i])) {
      i++;
      continue;
    }
    size_t e = extract_letters_end(s, i, to);
    if (equals_ci(s + i, e - i, "that") && e - i == 4)
      return true;
    /* "to keep", not "up to five" */
    bool up = i >= 3 && equals_ci(s + i - 3, 3, "up ");
    if (e - i == 2 && equals_ci(s + i, 2, "to") && !up && e < to &&
        s[e] == ' ') {
      size_t v = e + 1, ve = extract_letters_end(s, e + 1, to);
      if (ve > v && ascii_is_lower((unsigned char)s[v]) &&
          !extract_word_in(s + v, ve - v, not_verbs))
        return true;
    }
    i = e;
  }
  return false;
}

/* How many bytes a deadline's hour and the day it names after it may lie
 * apart ("by noon East Africa Time on Thursday"). */
#define DEADLINE_DAY_REACH 40

/* Whether the words of s[from, to) are only a zone's name between a
 * deadline's hour and its day ("by noon East Africa Time on Thursday",
 * "by noon local time on Friday"): capitalised, or "local" and "time";
 * not a clause of its own ("by noon and signed the deal on Tuesday"). */
static bool only_zone_words(const char *s, size_t from, size_t to) {
  static const char *const zone_words[] = {"local", "time", NULL};
  for (size_t i = from; i < to;) {
    if (!ascii_alpha((unsigned char)s[i])) {
      if (s[i] != ' ')
        return false;
      i++;
      continue;
    }
    size_t e = extract_letters_end(s, i, to);
    if (!extract_starts_upper(s + i, e - i) &&
        !extract_word_in(s + i, e - i, zone_words))
      return false;
    i = e;
  }
  return true;
}

/* How many bytes before a day's preposition its verb of asking is read
 * (extract_drop_content_deadlines' asked day). */
#define ASKED_DAY_REACH 200

size_t extract_drop_content_deadlines(const char *s, size_t len,
                                      const range *sentence,
                                      const evg_timex **dates,
                                      size_t date_count,
                                      const evg_date *today) {
  static const char *const limits[] = {"by",     "until",   "till",
                                       "before", "through", NULL};
  static const char *const ends[] = {"until", "till", NULL};
  size_t kept = date_count ? 1 : 0;
  bool dateline = date_count && dateline_end(s, len, sentence, dates[0]);
  const evg_timex *dropped = NULL; /* the deadline dropped last */
  for (size_t k = 1; k < date_count; k++) {
    const evg_timex *t = dates[k];
    size_t e = t->start;
    while (e > sentence->start && s[e - 1] == ' ')
      e--;
    size_t b = extract_word_start_before(s, sentence->start, e);
    /* "until at least February 20": the bound's word before "at least" */
    size_t a = b > sentence->start ? b - 1 : b;
    size_t at = extract_word_start_before(s, sentence->start, a);
    if (e - b == 5 && equals_ci(s + b, 5, "least") && a - at == 2 &&
        equals_ci(s + at, 2, "at")) {
      e = at > sentence->start ? at - 1 : at;
      b = extract_word_start_before(s, sentence->start, e);
    }
    /* a clause date of its own before it, not only the dateline's */
    bool own_date_before = kept > (dateline ? 1u : 0u);
    /* the day of a deadline's hour, told after it ("by noon East Africa
     * Time on Thursday"): the deadline's too */
    if (dropped && t->start >= dropped->end &&
        t->start < dropped->end + DEADLINE_DAY_REACH && b < e && e - b == 2 &&
        b >= dropped->end && equals_ci(s + b, 2, "on") &&
        only_zone_words(s, dropped->end, b))
      continue;
    dropped = NULL;
    /* a verb of its own after a comma ("..., but added that the savings
     * could reach ... by 2029") is a clause of its own, dated by it.
     * "until" a day still to come needs no complement: it ends a state
     * the clause begins ("banned the movement of cattle ... until at
     * least February 20"); not a past one, where the story may have gone
     * on to it ("was established on 13 April and lasted until 25 July"),
     * nor the end of a span ("from 24 July until 26 November") */
    size_t b_start, b_end;
    bool until = today && t->has_date && t->date.start > today->end && b < e &&
                 extract_word_in(s + b, e - b, ends) &&
                 has_content(s, dates[kept - 1]->end, b);
    if (b < e &&
        extract_deadline_ahead_of_past(s, dates[kept - 1]->end, b, e, t, today))
      until = true; /* "... the same evening and ordered checks by April" */
    /* "stayed shut on Tuesday, and the council ordered them closed again
     * on Wednesday": a day after the paper's after a verb of asking is
     * the day of what was asked for (the tagger reads it ahead only so),
     * not of the asking, which the date before dates */
    /* the asking and a modal are read over ASKED_DAY_REACH bytes before
     * the preposition at most, from a word's start: read from the last
     * kept date, which stays while the days after it are dropped, one
     * sentence of many asked days was quadratic (review49: 1 MB 7 s) */
    size_t ask_from = dates[kept - 1]->end;
    if (b > ask_from + ASKED_DAY_REACH) {
      ask_from = b - ASKED_DAY_REACH;
      while (ask_from < b && word_byte((unsigned char)s[ask_from - 1]))
        ask_from++;
    }
    bool asked_day = today && t->has_date && t->date.start > today->end &&
                     ((e - b == 2 && equals_ci(s + b, 2, "on")) ||
                      (e - b == 3 && equals_ci(s + b, 3, "for"))) &&
                     asking_in(s, ask_from, b) &&
                     !extract_modal_in(s, ask_from, b);
    if (own_date_before && b < e &&
        (asked_day ||
         (extract_word_in(s + b, e - b, limits) &&
          (until || extract_complement_in(s, dates[kept - 1]->end, b)) &&
          find_boundary(s, dates[kept - 1]->end, b, &b_start, &b_end) < 3))) {
      dropped = t;
      continue;
    }
    dates[kept++] = t;
  }
  return kept;
}

/* A report of the sentence set off by a comma right before a date of its
 * own ("..., was painted by van Eyck himself, the museum announced on
 * Tuesday", "..., an inquiry said in a report released on Tuesday"): the
 * last comma in s[from, to), with a verb of saying after it and no
 * "that" after the report's date (where what was said would follow).  In
 * news the announcement is a happening of its own; the clause it reports
 * keeps its date. */
static bool report_boundary(const char *s, const range *sentence, size_t from,
                            size_t to, size_t date_end, size_t *start,
                            size_t *end) {
  size_t comma = to;
  while (comma > from && s[comma - 1] != ',')
    comma--;
  if (comma == from || to - comma > 100)
    return false;
  bool saying = false;
  for (size_t i = comma; i < to; i++)
    if (ascii_alpha((unsigned char)s[i]) &&
        (i == 0 || !ascii_alpha((unsigned char)s[i - 1]))) {
      size_t e = extract_letters_end(s, i, to);
      saying |= extract_report_verb(s + i, e - i);
      i = e;
    }
  if (!saying)
    return false;
  size_t w = date_end;
  while (w < sentence->end && s[w] == ' ')
    w++;
  if (extract_word_at(s, w, sentence->end, "that"))
    return false;
  *start = comma - 1;
  *end = comma;
  return true;
}

/* The date of the part [start, end): `carried`, the opening date of a
 * main clause whose subject's relative clause was split off, unless the
 * part writes a date of its own; else clause_date_of's. */
static const evg_timex *
carried_date(const char *s, const evg_timex *const *dates, size_t date_count,
             size_t k, const evg_timex *carried, size_t start, size_t end) {
  if (!carried)
    return clause_date_of(s, dates, date_count, k, start, end);
  for (size_t j = k; j < date_count && dates[j]->start < end; j++)
    if (dates[j]->start >= start)
      return clause_date_of(s, dates, date_count, j, start, end);
  return carried;
}

size_t extract_dated_clauses(const char *s, size_t len, const range *sentence,
                             const evg_timex *const *dates, size_t date_count,
                             dated_clause *out, bool *capped) {
  size_t start = sentence->start, first = 0;
  if (dateline_end(s, len, sentence, dates[0])) {
    start = dateline_end(s, len, sentence, dates[0]);
    first = 1;
  }
  size_t n = 0;
  size_t clause_date = first;
  report_scan reports = {start, start, false};
  bool closing = false; /* the last part is a closing report */
  /* the date of the last part when it is not its own: the opening date
   * of a main clause whose subject's relative clause was split off */
  const evg_timex *carried = NULL;
  for (size_t k = first; k + 1 < date_count && n + 1 < EXTRACT_MAX_CLAUSES;
       k++) {
    /* a boundary is looked for past the part's start: a subject's
     * inserted clause split off before may close past the date (at the
     * main verb's comma), and a boundary before that start would cross
     * the next part ("Late on October 12, who was elected in May; told
     * reporters, ...") */
    size_t from = dates[k]->end > start ? dates[k]->end : start,
           to = dates[k + 1]->start;
    if (to <= from)
      continue;
    /* "On Monday the harbour trust, which had bought the pier in 2039, |
     * raised its fees": the relative clause holds the last date, the
     * opening date is the main clause's; the subject and its clause are
     * one part (dated by the clause's date), the main verb's words
     * another, dated by the opening date (they were cut at ", which",
     * the subject alone dated Monday and the verb dated 2039) */
    size_t r_close, r_main;
    bool r_lasts;
    if (dates[k]->start >= start &&
        inserted_clause_closes(s, start, dates[k + 1],
                               k + 2 < date_count ? dates[k + 2]->start
                                                  : sentence->end,
                               &r_close, &r_main, &r_lasts) &&
        !r_lasts && !has_content(s, start, dates[k]->start) &&
        dates[k]->end < r_close) {
      out[n++] = (dated_clause){{start, r_close}, dates[k + 1]};
      start = r_main;
      carried = dates[k];
      clause_date = k + 1;
      continue;
    }
    /* a report splits off unless a comma and a join ("..., and all the
     * birds were culled") or a semicolon comes before it, which keeps it
     * with the last clause; a bare "and" may join two nouns */
    size_t b_start, b_end, r_start, r_end;
    bool report = report_boundary(s, sentence, from, to, dates[k + 1]->end,
                                  &r_start, &r_end);
    int strength =
        find_boundary(s, from, report ? r_start : to, &b_start, &b_end);
    bool closes = false;
    /* "..., and all the birds were culled over the following two days,
     * the ministry said on Thursday": a closing report after a stronger
     * boundary; the part between is told at the date before it */
    bool told_before = false;
    if (report && strength < 3) {
      b_start = r_start, b_end = r_end, strength = 3;
      closes = extract_closing_report(s, r_end, to, dates[k + 1]->end,
                                      sentence->end);
    } else if (report) {
      strength = find_boundary(s, from, to, &b_start, &b_end);
      told_before = b_end < r_start &&
                    extract_closing_report(s, r_end, to, dates[k + 1]->end,
                                           sentence->end);
    }
    if (!strength &&
        that_clause_at(s, &reports, start, from, to, &b_start, &b_end))
      strength = 2;
    bool lasts;
    if (!strength &&
        inserted_clause_closes(s, start, dates[k], to, &b_start, &b_end,
                               &lasts) &&
        !lasts)
      strength = 2;
    if (!strength)
      continue;
    /* content between the dates, or after the second for a semicolon
     * ("; that October the masons laid ...") */
    bool content =
        has_content(s, from, b_start) || has_content(s, b_end, to) ||
        (strength >= 3 &&
         has_content(s, dates[k + 1]->end,
                     k + 2 < date_count ? dates[k + 2]->start : sentence->end));
    /* "..., and production did not restart until Thursday": what did
     * not happen is no happening of its own */
    if (!content || extract_negated_at(s, b_end, sentence->end))
      continue;
    out[n++] = (dated_clause){{start, b_start},
                              carried_date(s, dates, date_count, clause_date,
                                           carried, start, b_start)};
    carried = NULL;
    while (b_end < to && s[b_end] == ' ')
      b_end++;
    start = b_end;
    clause_date = k + 1;
    closing = closes;
    if (told_before && has_content(s, b_end, r_start) &&
        n + 1 < EXTRACT_MAX_CLAUSES) {
      out[n++] = (dated_clause){{b_end, r_start}, dates[k]};
      start = r_end;
      closing = true;
    }
  }
  /* dates left unread when the clauses ran out: the rest of the sentence
   * is one clause (the caller warns) */
  size_t k = clause_date;
  while (k + 1 < date_count && dates[k + 1]->start < start)
    k++;
  *capped = n + 1 >= EXTRACT_MAX_CLAUSES && k + 1 < date_count;
  /* a lead with no date but its dateline's happened on that day */
  if (clause_date == date_count)
    clause_date = 0;
  /* ", police said on Thursday.": who told the sentence and when, no
   * happening of its own (extract_closing_report.c) */
  if (start < sentence->end && !closing)
    out[n++] = (dated_clause){{start, sentence->end},
                              carried_date(s, dates, date_count, clause_date,
                                           carried, start, sentence->end)};
  return extract_split_happenings(s, out, n, dates, date_count);
}

const evg_timex *extract_range_end(const char *s, size_t len,
                                   const evg_timex *const *dates,
                                   size_t date_count, const evg_timex *date) {
  size_t k = 0;
  while (k < date_count && dates[k] != date)
    k++;
  if (k + 1 >= date_count)
    return NULL;
  const evg_timex *next = dates[k + 1];
  if (!date->has_date || !next->has_date || next->date.start <= date->date.end)
    return NULL;
  /* seasons are spans of months: one joins only the span right after */
  bool adjacent = next->date.start == date->date.end + 1 &&
                  next->date.from.precision == date->date.from.precision &&
                  date->date.interval == next->date.interval;
  if ((date->date.interval || next->date.interval) && !adjacent)
    return NULL;
  size_t e = date->start;
  while (e > 0 && s[e - 1] == ' ')
    e--;
  size_t b = extract_word_start_before(s, 0, e);
  bool between = e - b == 7 && equals_ci(s + b, 7, "between");
  bool from = e - b == 4 && equals_ci(s + b, 4, "from");
  /* "during 1880 and 1881", "in June and July", "on Thursday and Friday",
   * "spent the spring and summer": two periods joined by "and" are one
   * stretch of time through both when the first is spanned ("during") or
   * the second follows it at once; not "in 1880 and 1885" */
  bool during = e - b == 6 && equals_ci(s + b, 6, "during");
  if (!from && (during || adjacent))
    between = true;
  if (!between && !from)
    return NULL;
  /* the other end right after: " and 2023", " to 2023", " until 2023" */
  size_t w = date->end;
  while (w < next->start && s[w] == ' ')
    w++;
  size_t we = extract_letters_end(s, w, next->start);
  bool joined = between ? (we - w == 3 && equals_ci(s + w, 3, "and"))
                        : ((we - w == 2 && equals_ci(s + w, 2, "to")) ||
                           (we - w == 5 && equals_ci(s + w, 5, "until")));
  while (we < next->start && s[we] == ' ')
    we++;
  (void)len;
  return joined && we == next->start ? next : NULL;
}

/* Whether a verb form comes within the first
 * `max_words` words of s[from, to); with `stop_at_join`, before a
 * semicolon or a ", and"/", but" that would open another clause ("the
 * company's chief executive, Mette Kjærsgaard, met ..."). */
static bool verb_within(const char *s, size_t from, size_t to, size_t max_words,
                        bool stop_at_join) {
  size_t i = from;
  for (size_t n = 0; n < max_words && i < to;) {
    if (stop_at_join &&
        (s[i] == ';' ||
         (s[i] == ',' && (extract_word_at(s, i + 2, to, "and") ||
                          extract_word_at(s, i + 2, to, "but")))))
      return false;
    if (!ascii_alpha((unsigned char)s[i])) {
      i++;
      continue;
    }
    size_t e = extract_letters_end(s, i, to);
    if (extract_verb_form(s + i, e - i))
      return true;
    i = e;
    n++;
  }
  return false;
}

/* Whether the duration t is followed by "after" or "before" inside
 * s[.., to): "two days after", "a week before" (*later for "before": what
 * follows happened later); *word_end is where the word ends. */
static bool count_cue(const char *s, const evg_timex *t, size_t to, bool *later,
                      size_t *word_end) {
  /* the text need not end in a NUL: look at s[t->end] only inside */
  if (t->type != EVG_TIMEX_DURATION || t->end >= to || s[t->end] != ' ')
    return false;
  bool after = extract_word_at(s, t->end + 1, to, "after");
  bool before = extract_word_at(s, t->end + 1, to, "before");
  if (!after && !before)
    return false;
  *later = before;
  *word_end = t->end + 1 + (after ? 5 : 6);
  return true;
}

const evg_timex *extract_count_between(const char *s, size_t from, size_t to,
                                       const evg_timexes *timexes, size_t first,
                                       bool *later) {
  size_t count = evg_timexes_count(timexes);
  for (size_t k = first; k < count; k++) {
    const evg_timex *t = evg_timexes_at(timexes, k);
    if (t->start >= to)
      break;
    size_t w;
    if (t->start >= from && count_cue(s, t, to, later, &w))
      return t;
  }
  return NULL;
}

const evg_timex *extract_counted_clause(const char *s, const range *clause,
                                        const evg_timexes *timexes,
                                        size_t first, bool *later,
                                        size_t *rest) {
  size_t count = evg_timexes_count(timexes);
  for (size_t k = first; k < count; k++) {
    const evg_timex *t = evg_timexes_at(timexes, k);
    if (t->start >= clause->end)
      break;
    size_t w;
    bool before;
    if (t->start <= clause->start || !count_cue(s, t, clause->end, &before, &w))
      continue;
    /* the clause's own verb comes before the count: "Two weeks after
     * the vote, the party split" counts the sentence's own happening */
    if (!verb_within(s, clause->start, t->start, SIZE_MAX, false) ||
        !verb_within(s, w, clause->end, 10, true))
      continue;
    *later = before;
    while (w < clause->end && s[w] == ' ')
      w++;
    *rest = w;
    return t;
  }
  return NULL;
}
