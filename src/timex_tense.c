/* timex_tense.c: the tense of the clause around an expression, which
 * decides the direction of a year-less date or a bare weekday. */
#include "timex_internal.h"

static unsigned short tense_flags(const context *c, size_t i) {
  return i < c->n ? c->t[i].tense : 0;
}

static bool past_word(const context *c, size_t i) {
  if (i >= c->n || c->t[i].kind != T_WORD || c->t[i].cap)
    return false;
  if (i > 0 && (tense_flags(c, i - 1) & TW_AS))
    return false; /* "as planned", "as expected": no verb of the clause */
  size_t len = c->t[i].end - c->t[i].start;
  const char *w = c->text + c->t[i].start;
  if (len > 4 && w[len - 2] == 'e' && w[len - 1] == 'd')
    return true;
  return (c->t[i].tense & TW_PAST) != 0;
}

/* "due" is a verb of what is to come only after a form of "be" ("the
 * report is due on Monday"); after a noun it names that noun's term
 * ("missed a payment due on Monday") and before "to" a cause ("closed due
 * to fog on Monday"), and the clause's own verb tells the tense. */
static bool due_after_be(const context *c, size_t i) {
  static const char *const be[] = {"is",   "are", "was", "were", "be",
                                   "been", "s",   "am",  NULL};
  static const char *const between[] = {"not",        "still",   "also", "now",
                                        "originally", "already", NULL};
  if (i > 0 && c->t[i - 1].kind == T_WORD)
    for (size_t b = 0; between[b]; b++)
      if (lower_word_is(c, i - 1, between[b])) {
        i--;
        break;
      }
  if (i == 0 || c->t[i - 1].kind != T_WORD)
    return false;
  for (size_t b = 0; be[b]; b++)
    if (lower_word_is(c, i - 1, be[b]))
      return true;
  return false;
}

/* How many tokens before a noun's "due" a verb of calling off is read. */
#define CALLED_OFF_REACH 16

/* "due" after a noun that a verb of calling off governs ("has cancelled
 * the second performance, due on Sunday", "postponed the vote due on
 * Friday"): what is called off has not happened yet, so its term lies
 * ahead; not "due to" (a cause). */
static bool due_called_off(const context *c, size_t i) {
  if (lower_word_is(c, i + 1, "to"))
    return false;
  unsigned int sentence = c->t[i].sentence;
  for (size_t d = 1; d <= CALLED_OFF_REACH && d <= i; d++) {
    size_t j = i - d;
    if (c->t[j].sentence != sentence ||
        (c->t[j].kind == T_PUNCT && c->t[j].punct == ';'))
      return false;
    if (c->t[j].kind != T_WORD || c->t[j].cap)
      continue;
    const char *w = c->text + c->t[j].start;
    size_t n = c->t[j].end - c->t[j].start;
    if (equals_ci(w, n, "cancelled") || equals_ci(w, n, "canceled") ||
        equals_ci(w, n, "postponed") || equals_ci(w, n, "scrapped") ||
        equals_ci(w, n, "abandoned") ||
        ((equals_ci(w, n, "called") || equals_ci(w, n, "put")) &&
         lower_word_is(c, j + 1, "off")))
      return true;
  }
  return false;
}

static bool future_word(const context *c, size_t i) {
  if (word(c, i, W_WILL) || word(c, i, W_SHALL))
    return true;
  if (word(c, i, W_GOING) && word(c, i + 1, W_TO))
    return true;
  if (i < c->n && c->t[i].kind == T_PUNCT && c->t[i].punct == '\'' &&
      lower_word_is(c, i + 1, "ll"))
    return true;
  if (i >= c->n || c->t[i].cls == K_MONTH)
    return false; /* "May" */
  /* "were likely to jump in March": ahead, even when reported */
  if ((c->t[i].tense & TW_LIKELY) && word(c, i + 1, W_TO))
    return true;
  if (!(c->t[i].tense & TW_AHEAD))
    return false;
  if (lower_word_is(c, i, "due") && !due_after_be(c, i))
    return due_called_off(c, i);
  /* "could not be reached on Monday" looks back */
  if (lower_word_is(c, i, "could") &&
      (lower_word_is(c, i + 1, "not") || lower_word_is(c, i + 1, "never") ||
       punct(c, i + 1, '\'')))
    return false;
  /* "had been scheduled to begin" looks back; "as expected" is no verb of
   * the clause */
  return !(i > 0 && (tense_flags(c, i - 1) & (TW_LOOKBACK | TW_AS)));
}

/* The tense of the verb nearest to tokens first..last in their sentence. */
/* A past form that is really a participle: "will be paid", "is expected". */
static bool participle(const context *c, size_t i) {
  if (i > 1 &&
      (lower_word_is(c, i - 1, "not") || lower_word_is(c, i - 1, "never")))
    i--; /* "is not finished" */
  return i > 0 && (tense_flags(c, i - 1) & TW_AUX);
}

static bool clause_mark(const context *c, size_t i) {
  return c->t[i].kind == T_PUNCT &&
         (c->t[i].punct == ',' || c->t[i].punct == ';' ||
          c->t[i].punct == ':' || c->t[i].punct == '-' ||
          c->t[i].punct == '(' || c->t[i].punct == ')');
}

/* The nearest verb form decides: "their union said on Saturday" is past
 * even with a "will" further off; a participle after be/has is no past
 * ("will be paid on Friday").  The expression's own clause is searched
 * first ("would become law before the summer, after she missed ..."), then
 * the sentence.  Inside a quotation only the quotation counts: the speaker's
 * tense, not the reporter's "she said". */
/* A present-tense verb of a timetable: "the museum reopens on Monday",
 * "the debate falls on Friday", "the season starts in February". */
static bool schedule_verb(const context *c, size_t k) {
  static const char *const verbs[] = {
      "opens", "reopens",   "begins",  "starts",    "ends",     "closes",
      "falls", "resumes",   "arrives", "departs",   "launches", "expires",
      "kicks", "premieres", "debuts",  "concludes", NULL};
  const token *w = &c->t[k];
  if (w->kind != T_WORD || w->cls != K_NONE || w->cap ||
      c->text[w->end - 1] != 's')
    return false;
  /* "the ends of the earth", "its opens": a noun */
  if (k > 0 &&
      (word(c, k - 1, W_THE) || word(c, k - 1, W_A) ||
       lower_word_is(c, k - 1, "its") || lower_word_is(c, k - 1, "their")))
    return false;
  for (size_t v = 0; verbs[v]; v++)
    if (lower_word_is(c, k, verbs[v]))
      return true;
  return false;
}

/* A present verb of expecting: what is expected lies ahead ("Forecasters
 * expect more storms on Friday evening, though the institute said ..."). */
static bool expects_ahead(const context *c, size_t k) {
  static const char *const verbs[] = {"expect",   "expects",    "predict",
                                      "predicts", "anticipate", "anticipates",
                                      NULL};
  const token *w = &c->t[k];
  if (w->kind != T_WORD || w->cap)
    return false;
  /* "did not expect to reopen": the auxiliary's tense, left to it */
  if (k > 0 &&
      (lower_word_is(c, k - 1, "not") || lower_word_is(c, k - 1, "did") ||
       lower_word_is(c, k - 1, "does") || lower_word_is(c, k - 1, "do")))
    return false;
  for (size_t v = 0; verbs[v]; v++)
    if (lower_word_is(c, k, verbs[v]))
      return true;
  return false;
}

/* How far back a bare form's clause is read for a verb before it. */
#define BARE_PAST_REACH 10

/* Verbs whose past is spelt as their present ("hit", "cut", "put"): the
 * keyword table cannot flag them, being nouns and presents too. */
static bool invariant_verb(const context *c, size_t k) {
  const token *t = &c->t[k];
  if (t->kind != T_WORD || t->cls != K_NONE || t->cap || t->tense)
    return false;
  /* each verb a literal, as in asks_ahead: equals_ci rules out the
   * words of other lengths before reading a byte, where a list read by
   * lower_word_is took a strlen of each verb for each word asked (this
   * runs at every word tense_at reads) */
  const char *w = c->text + t->start;
  size_t n = t->end - t->start;
#define VERB(v) equals_ci(w, n, v)
  return VERB("hit") || VERB("cut") || VERB("put") || VERB("set") ||
         VERB("shut") || VERB("hurt") || VERB("spread") || VERB("split") ||
         VERB("quit") || VERB("cost") || VERB("burst") || VERB("cast") ||
         VERB("let") || VERB("beat") || VERB("bet") || VERB("shed") ||
         VERB("thrust") || VERB("upset") || VERB("broadcast") ||
         VERB("forecast") || VERB("reset") || VERB("offset") ||
         VERB("undercut");
#undef VERB
}

/* A word that cannot be the singular subject of the verb after it: a
 * plural pronoun, a modal, "to", "not", a determiner, a relative. */
static bool not_a_subject(const context *c, size_t k) {
  static const char *const words[] = {
      "i",      "you",   "we",    "they", "to",     "not",   "never", "can",
      "cannot", "may",   "might", "must", "should", "shall", "will",  "would",
      "could",  "do",    "does",  "did",  "t",      "who",   "which", "that",
      "and",    "or",    "but",   "the",  "a",      "an",    "his",   "her",
      "its",    "their", "our",   "my",   "your",   "this",  "these", "those",
      "of",     "in",    "on",    "at",   "by",     "for",   "with",  "from",
      "into",   "per",   "than",  "as",   "if",     "when",  "where", NULL};
  for (size_t v = 0; words[v]; v++)
    if (lower_word_is(c, k, words[v]))
      return true;
  return false;
}

static bool determiner(const context *c, size_t k) {
  return lower_word_is(c, k, "a") || lower_word_is(c, k, "an") ||
         lower_word_is(c, k, "the") || lower_word_is(c, k, "its") ||
         lower_word_is(c, k, "his") || lower_word_is(c, k, "her") ||
         lower_word_is(c, k, "their");
}

static bool preposition(const context *c, size_t k) {
  static const char *const words[] = {
      "of",  "in",     "on",    "at",     "for",   "from",  "with",
      "by",  "near",   "after", "before", "when",  "as",    "and",
      "but", "during", "over",  "across", "under", "while", NULL};
  for (size_t v = 0; words[v]; v++)
    if (lower_word_is(c, k, words[v]))
      return true;
  return false;
}

/* Whether token s can be the singular subject of a bare form at k: a
 * name, "it", "he", a noun without a plural -s ("business" and "virus"
 * keep theirs). */
static bool singular_subject(const context *c, size_t s, size_t k) {
  const token *w = &c->t[s];
  if (w->kind != T_WORD || w->sentence != c->t[k].sentence || w->tense ||
      (w->cls != K_NONE && !w->cap) || not_a_subject(c, s) || past_word(c, s))
    return false;
  size_t len = w->end - w->start;
  const char *e = c->text + w->end;
  return w->cap || len <= 3 || e[-1] != 's' || e[-2] == 's' || e[-2] == 'u' ||
         e[-2] == 'i';
}

/* An adverb between a subject and its verb: "A storm also hit". */
static bool adverb(const context *c, size_t s) {
  const token *w = &c->t[s];
  if (w->kind != T_WORD || w->cap)
    return false;
  return lower_word_is(c, s, "also") || lower_word_is(c, s, "then") ||
         lower_word_is(c, s, "again") ||
         (w->end - w->start > 4 && c->text[w->end - 2] == 'l' &&
          c->text[w->end - 1] == 'y');
}

/* A bare form after a singular subject is a past: the present would take
 * an -s ("A power cut hit the campus on Saturday night", "Smith quit on
 * Monday"); not after a plural noun ("officials shut"), where present and
 * past agree, nor when a verb stands before it in its clause ("will face
 * a power cut on Saturday": a noun), nor in a headline. */
static bool bare_past(const context *c, size_t k) {
  /* a headline's bare form is a present or a passive ("Pass shut for
   * the summer") */
  if (k == 0 || !invariant_verb(c, k) || (c->headline && c->t[k].sentence == 0))
    return false;
  size_t s = k - 1;
  if (!singular_subject(c, s, k)) {
    if (s == 0 || !adverb(c, s) || !singular_subject(c, s - 1, k))
      return false;
    s--;
  }
  for (size_t d = 1; d <= BARE_PAST_REACH && d <= s; d++) {
    size_t j = s - d;
    if (c->t[j].sentence != c->t[k].sentence || clause_mark(c, j))
      break;
    /* "cut its profit forecast": the verb came first */
    if (c->t[j].tense || future_word(c, j) || past_word(c, j) ||
        invariant_verb(c, j))
      return false;
    /* "Residents face a water cut": a lowercase word before the noun's
     * article is a verb, the noun its object */
    if (j > 0 && determiner(c, j) && c->t[j - 1].kind == T_WORD &&
        !c->t[j - 1].cap && c->t[j - 1].sentence == c->t[k].sentence &&
        !preposition(c, j - 1))
      return false;
  }
  return true;
}

static bool read_tense_at(const context *c, size_t k, tense *t) {
  if (schedule_verb(c, k) || expects_ahead(c, k)) {
    *t = TENSE_FUTURE;
    return true;
  }
  if ((c->t[k].tense & TW_PRESENT) && !c->t[k].cap &&
      !(k > 0 && (tense_flags(c, k - 1) & TW_AS))) {
    *t = TENSE_PRESENT;
    return true;
  }
  if (future_word(c, k)) {
    *t = TENSE_FUTURE;
    return true;
  }
  if ((past_word(c, k) && !participle(c, k)) || bare_past(c, k)) {
    *t = TENSE_PAST;
    return true;
  }
  return false;
}

/* The tense of the verb form at token k, if it is one: read once a
 * token (context.tense_memo). */
static bool tense_at(const context *c, size_t k, tense *t) {
  if (!c->tense_memo)
    return read_tense_at(c, k, t);
  unsigned char m = c->tense_memo[k];
  if (!m) {
    tense read = TENSE_UNKNOWN;
    m = (unsigned char)(1 + (read_tense_at(c, k, &read) ? read : 0));
    c->tense_memo[k] = m;
  }
  if (m == 1)
    return false;
  *t = (tense)(m - 1);
  return true;
}

tense timex_nearest_tense(const context *c, size_t first, size_t last,
                          bool clause, uint16_t quote) {
  unsigned int sentence = c->t[first].sentence;
  bool before_open = true, after_open = true;
  tense t;
  /* in its own clause the verb that governs a date mostly comes before
   * it ("raised prices in February and plans ...") */
  if (clause) {
    for (size_t d = 1; d <= 14 && d <= first; d++) {
      size_t before = first - d;
      if (c->t[before].sentence != sentence || clause_mark(c, before) ||
          (quote && c->t[before].quote != quote))
        break;
      if (tense_at(c, before, &t))
        return t;
    }
    before_open = false;
  }
  for (size_t d = 1; d <= 14; d++) {
    size_t before = first >= d ? first - d : (size_t)-1;
    size_t after = last + d;
    if (before_open && before != (size_t)-1 &&
        c->t[before].sentence == sentence) {
      if ((clause && clause_mark(c, before)) ||
          (quote && c->t[before].quote != quote))
        before_open = false;
      else if (tense_at(c, before, &t))
        return t;
    }
    if (after_open && after < c->n && c->t[after].sentence == sentence) {
      if ((clause && clause_mark(c, after)) ||
          (quote && c->t[after].quote != quote))
        after_open = false;
      else if (tense_at(c, after, &t))
        return t;
    }
  }
  return TENSE_UNKNOWN;
}

/* Verbs whose infinitive looks ahead of them: "asked residents to send
 * comments by Friday", "urged drivers to stay home until Tuesday". */
static bool asks_ahead(const context *c, size_t i) {
  if (i >= c->n || c->t[i].kind != T_WORD)
    return false;
  /* each verb a literal, so that equals_ci rules out the words of other
   * lengths before reading a byte (a list read in a loop took a strlen
   * of each verb for each word asked: 51,000 on the bench's block); and
   * only the verbs of the word's first letter are asked (all 29 for each
   * word, most of them out of line, were 1.6 M instructions there) */
  const char *w = c->text + c->t[i].start;
  size_t n = c->t[i].end - c->t[i].start;
#define VERB(v) equals_ci(w, n, v)
  switch (n < 4 ? 0 : w[0] | 0x20) {
  case 'a':
    return VERB("asked") || VERB("advised") || VERB("agreed") ||
           VERB("aimed") || VERB("allowed");
  case 'c':
    return VERB("called");
  case 'd':
    return VERB("decided") || VERB("directed") || VERB("demanded");
  case 'e':
    return VERB("encouraged") || VERB("expected");
  case 'h':
    return VERB("hoped");
  case 'i':
    return VERB("invited") || VERB("instructed") || VERB("intends") ||
           VERB("intended");
  case 'o':
    return VERB("ordered");
  case 'p':
    return VERB("promised") || VERB("pledged") || VERB("planned");
  case 'r':
    return VERB("requested") || VERB("required");
  case 's':
    return VERB("sought");
  case 't':
    return VERB("told");
  case 'u':
    return VERB("urged");
  case 'v':
    return VERB("voted") || VERB("vowed");
  case 'w':
    return VERB("warned") || VERB("wanted");
  default:
    return false;
  }
#undef VERB
}

/* How many words of a "when" clause are read for its verb. */
#define WHEN_CLAUSE_REACH 8

/* A "when" clause in the past right after the expression ("to stop
 * production on Wednesday evening, when tests matched the samples"):
 * it tells what happened at that time, so the time is past. */
static bool past_when_follows(const context *c, size_t last) {
  size_t k = last + 1;
  if (k < c->n && punct(c, k, ','))
    k++;
  if (k >= c->n || !lower_word_is(c, k, "when"))
    return false;
  unsigned int sentence = c->t[last].sentence;
  for (size_t j = k + 1; j < c->n && j <= k + WHEN_CLAUSE_REACH; j++) {
    if (c->t[j].sentence != sentence || clause_mark(c, j))
      return false;
    if (past_word(c, j) && !participle(c, j))
      return true;
  }
  return false;
}

/* A date in an infinitive after such a verb, in its clause: "asked
 * residents [to send comments by Friday]" looks ahead of the asking;
 * with `due`, also after "was due to". */
static bool forward_infinitive(const context *c, size_t first, size_t last,
                               bool due) {
  if (past_when_follows(c, last))
    return false;
  unsigned int sentence = c->t[first].sentence;
  for (size_t back = 1; back <= 10 && back <= first; back++) {
    size_t j = first - back;
    if (c->t[j].sentence != sentence || clause_mark(c, j) ||
        (c->t[j].kind == T_PUNCT && c->t[j].punct == '.'))
      return false;
    if (past_word(c, j) && !asks_ahead(c, j))
      return false; /* "asked them to say what happened on Monday" */
    if (!word(c, j, W_TO) || j + 1 >= first || c->t[j + 1].kind != T_WORD ||
        c->t[j + 1].cls != K_NONE || c->t[j + 1].cap)
      continue;
    /* "to" and a verb; the verb that governs it at most five words back */
    for (size_t v = 1; v <= 5 && v <= j; v++) {
      if (c->t[j - v].sentence != sentence || clause_mark(c, j - v))
        break;
      if (asks_ahead(c, j - v))
        return true;
      /* "was due to report", not "closed due to heavy rain" */
      if (due && v == 1 && lower_word_is(c, j - 1, "due") && j >= 2 &&
          (tense_flags(c, j - 2) & (TW_PRESENT | TW_LOOKBACK)))
        return true;
    }
    return false;
  }
  return false;
}

bool timex_after_forward_infinitive(const context *c, size_t first,
                                    size_t last) {
  return forward_infinitive(c, first, last, true);
}

/* How many words back from "by" a verb of asking is looked for. */
#define ORDER_REACH 12
/* how many tokens before "after Monday's" a word looking ahead is read */
#define AFTER_DAY_REACH 40

/* "by" a time after a verb of asking and its object, in one clause
 * ("ordered checks of every cooling tower by the end of April"): the
 * deadline of what was asked for, ahead of the asking, as it is after an
 * infinitive; not after another past verb ("asked what had been built by
 * May"). */
static bool order_deadline(const context *c, size_t first) {
  /* "by" right before, or before "the end of", "the summer" */
  size_t by = first;
  while (by > 0 && first - by < 4 && !word(c, by - 1, W_BY) &&
         c->t[by - 1].kind == T_WORD && !c->t[by - 1].cap)
    by--;
  if (by < 2 || !word(c, by - 1, W_BY))
    return false;
  by--;
  unsigned int sentence = c->t[first].sentence;
  for (size_t back = 1; back <= ORDER_REACH && back <= by; back++) {
    size_t j = by - back;
    if (c->t[j].sentence != sentence || clause_mark(c, j) ||
        (c->t[j].tense & TW_HAVE))
      return false;
    if (asks_ahead(c, j))
      return back > 1; /* "ordered by May" is a passive's agent */
    if (past_word(c, j) || future_word(c, j))
      return false;
  }
  return false;
}

/* How many words an order's object and complement take at most
 * ("ordered [the two schools] closed again on Wednesday"). */
#define ORDER_OBJECT_REACH 6
/* How many tokens before the verb of asking its own day is read. */
#define ORDER_DAY_REACH 60

/* "on" a day after a verb of asking, its object and a participle that
 * says what the object is to be ("ordered them closed again on
 * Wednesday", "told the plants shut on Friday"): the day of the state
 * asked for, ahead of the asking, not the day of the order ("ordered
 * the evacuation on Monday" has no complement, and stays), when the
 * sentence told the asking's day before. */
static bool order_complement_day(const context *c, size_t first) {
  if (first < 4 || !word(c, first - 1, W_ON))
    return false;
  unsigned int sentence = c->t[first].sentence;
  size_t complement = 0;
  for (size_t back = 2; back <= ORDER_OBJECT_REACH + 2 && back <= first;
       back++) {
    size_t j = first - back;
    if (c->t[j].sentence != sentence || clause_mark(c, j) ||
        c->t[j].kind != T_WORD || (c->t[j].tense & (TW_HAVE | TW_AUX)))
      return false;
    if (asks_ahead(c, j)) {
      /* an object between the verb and its complement */
      if (!complement || complement <= j + 1)
        return false;
      /* and a day of the sentence told before it, the asking's ("stayed
       * shut on Tuesday, and ... ordered them closed again on
       * Wednesday"); alone, "ordered schools closed on Monday" may be
       * the order's day */
      /* read back ORDER_DAY_REACH tokens at most, as the other tense
       * reaches are: to the sentence's start, a sentence of many such
       * days was quadratic (review49: 1 MB 3.5 s) */
      size_t stop = j > ORDER_DAY_REACH ? j - ORDER_DAY_REACH : 0;
      for (size_t k = j; k-- > stop && c->t[k].sentence == sentence;)
        if (c->t[k].cls == K_WEEKDAY)
          return true;
      return false;
    }
    /* "closed", "sealed", and the state words without "-ed" */
    if (past_word(c, j) || lower_word_is(c, j, "shut") ||
        lower_word_is(c, j, "open")) {
      if (complement)
        return false; /* another verb: "said the schools closed on" */
      complement = j;
    }
  }
  return false;
}

bool timex_ahead_of_asking(const context *c, size_t first, size_t last) {
  /* "had been due to meet Kilkenny on Sunday" names a plan's day, not
   * one asked for at the day told before */
  return forward_infinitive(c, first, last, false) ||
         order_deadline(c, first) || order_complement_day(c, first);
}

tense timex_tense_near(const context *c, size_t first, size_t last) {
  unsigned int sentence = c->t[first].sentence;
  uint16_t quote = c->t[first].quote;
  size_t from = first > 14 ? first - 14 : 0;
  size_t to = last + 14 < c->n ? last + 14 : c->n - 1;
  tense t = TENSE_UNKNOWN;
  if (timex_after_forward_infinitive(c, first, last) ||
      order_deadline(c, first) || order_complement_day(c, first))
    return TENSE_FUTURE;
  /* "back at work after Monday's sick-out" (a title line without a
   * verb, or in headline present): a day's happening named after "after"
   * came before what the clause tells, unless the sentence looks ahead
   * before it ("will resume after Monday's holiday") */
  if (first >= 1 && word(c, first - 1, W_AFTER) &&
      c->t[first].cls == K_WEEKDAY && last + 2 < c->n &&
      punct(c, last + 1, '\'') && lower_word_is(c, last + 2, "s")) {
    /* the look back is bounded, as the other tense reaches are: read to
     * the sentence's start, a sentence of many such days was quadratic */
    bool ahead = false;
    size_t stop = first - 1 > AFTER_DAY_REACH ? first - 1 - AFTER_DAY_REACH : 0;
    for (size_t k = first - 1; k-- > stop && c->t[k].sentence == sentence;)
      ahead |= future_word(c, k);
    if (!ahead)
      return TENSE_PAST;
  }
  /* "sentencing set for April", "set the hearing for April 24", "called
   * a strike meeting for Friday": a date something is set or called for
   * lies ahead of the setting */
  if (first >= 2 && word(c, first - 1, W_FOR))
    for (size_t d = 2; d <= 5 && d <= first; d++)
      if ((lower_word_is(c, first - d, "set") ||
           lower_word_is(c, first - d, "slated") ||
           lower_word_is(c, first - d, "scheduled") ||
           (d > 2 && (lower_word_is(c, first - d, "called") ||
                      lower_word_is(c, first - d, "convened")))) &&
          !(tense_flags(c, first - d - 1) & TW_LOOKBACK)) /* "had been" */
        return TENSE_FUTURE;
  /* "the exchange said the second quarter would be busier": the date is
   * the subject of what was said, whose verb follows */
  if (first > 0 && word(c, first, W_THE) &&
      (tense_flags(c, first - 1) & TW_REPORT))
    for (size_t k = last + 1; k <= to && c->t[k].sentence == sentence &&
                              c->t[k].quote == quote && !clause_mark(c, k);
         k++)
      if (tense_at(c, k, &t))
        return t;
  t = timex_nearest_tense(c, first, last, true, quote);
  if (t == TENSE_UNKNOWN)
    t = timex_nearest_tense(c, first, last, false, quote);
  if (t != TENSE_UNKNOWN)
    return t;
  /* present perfect: "have merged since" */
  for (size_t k = from; k <= to; k++)
    if (c->t[k].sentence == sentence && c->t[k].quote == quote &&
        (c->t[k].tense & TW_HAVE) && past_word(c, k + 1))
      return TENSE_PAST;
  /* a speaker who names a day without a past verb speaks of what is to
   * come ("go on Wednesday," she said) */
  return quote ? TENSE_FUTURE : TENSE_UNKNOWN;
}
