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

static bool tense_at(const context *c, size_t k, tense *t) {
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
  if (past_word(c, k) && !participle(c, k)) {
    *t = TENSE_PAST;
    return true;
  }
  return false;
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
   * of each verb for each word asked: 51,000 on the bench's block) */
  const char *w = c->text + c->t[i].start;
  size_t n = c->t[i].end - c->t[i].start;
#define VERB(v) equals_ci(w, n, v)
  return VERB("asked") || VERB("urged") || VERB("told") || VERB("ordered") ||
         VERB("advised") || VERB("warned") || VERB("called") ||
         VERB("agreed") || VERB("decided") || VERB("voted") ||
         VERB("promised") || VERB("pledged") || VERB("vowed") ||
         VERB("planned") || VERB("wanted") || VERB("sought") || VERB("aimed") ||
         VERB("hoped") || VERB("invited") || VERB("directed") ||
         VERB("instructed") || VERB("encouraged") || VERB("allowed") ||
         VERB("intends") || VERB("intended") || VERB("expected");
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
 * residents [to send comments by Friday]" looks ahead of the asking. */
bool timex_after_forward_infinitive(const context *c, size_t first,
                                    size_t last) {
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
      if (v == 1 && lower_word_is(c, j - 1, "due") && j >= 2 &&
          (tense_flags(c, j - 2) & (TW_PRESENT | TW_LOOKBACK)))
        return true;
    }
    return false;
  }
  return false;
}

tense timex_tense_near(const context *c, size_t first, size_t last) {
  unsigned int sentence = c->t[first].sentence;
  uint16_t quote = c->t[first].quote;
  size_t from = first > 14 ? first - 14 : 0;
  size_t to = last + 14 < c->n ? last + 14 : c->n - 1;
  tense t = TENSE_UNKNOWN;
  if (timex_after_forward_infinitive(c, first, last))
    return TENSE_FUTURE;
  /* "sentencing set for April", "set the hearing for April 24": a date
   * something is set for lies ahead of the setting */
  if (first >= 2 && word(c, first - 1, W_FOR))
    for (size_t d = 2; d <= 4 && d <= first; d++)
      if ((lower_word_is(c, first - d, "set") ||
           lower_word_is(c, first - d, "slated") ||
           lower_word_is(c, first - d, "scheduled")) &&
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
