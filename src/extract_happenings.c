/* extract_happenings.c: the happenings of a clause.  Each clause, dated or
 * not, is split again at every clause with its own subject and a finite
 * past verb that tells a happening ("Selfridge died, and Orville spent
 * ...", ", where he met X", "four days after the vessel ran aground",
 * "When X died ..., the boy was proclaimed"), so that each event keeps
 * only its own clause's actors (whether an undated sentence states a
 * past happening at all is extract_past_happening.c's).  The clauses come from
 * extract_clauses.c.  Each region is scanned in bounded windows: linear
 * in the sentence. */
#include "extract_internal.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>

/* Whether s[from, to) holds a capitalised word after its first; only the
 * last 200 bytes are read, so that a long sentence is read a bounded
 * number of times */
static bool names_someone(const char *s, size_t from, size_t to) {
  if (to > from + 200)
    from = to - 200;
  for (size_t i = from + 1; i < to; i++)
    if (ascii_upper((unsigned char)s[i]) && s[i - 1] == ' ')
      return true;
  return false;
}

/* The index of the first date that starts at or after `at` (date_count
 * when none); the dates are in text order. */
static size_t first_date_from(const evg_timex *const *dates, size_t date_count,
                              size_t at) {
  size_t lo = 0, hi = date_count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (dates[mid]->start < at)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* Whether a date starts at s[at). */
static bool date_starts_at(const evg_timex *const *dates, size_t date_count,
                           size_t at) {
  size_t k = first_date_from(dates, date_count, at);
  return k < date_count && dates[k]->start == at;
}

/* Whether s[at) lies inside a date ("at 9:55 that evening"). */
static bool date_covers(const evg_timex *const *dates, size_t date_count,
                        size_t at) {
  size_t k = first_date_from(dates, date_count, at + 1);
  return k > 0 && dates[k - 1]->end > at;
}

/* Whether a date, or a time of day the tagger leaves untagged ("dawn",
 * "half past three"), starts at s[at) and is not the owner of a noun
 * ("Monday's vote"). */
static bool time_follows(const char *s, const evg_timex *const *dates,
                         size_t date_count, size_t at, size_t to, bool *clock) {
  size_t k = first_date_from(dates, date_count, at);
  size_t date_at;
  size_t e = extract_untagged_time_end(s, at, to, &date_at);
  if (e && date_at != SIZE_MAX && !date_starts_at(dates, date_count, date_at))
    e = 0;
  /* a clock told in words ("before eight on March 14", "shortly before
   * nine,") is a preposition's time whatever stands before it, unless a
   * verb follows it as its subject's ("before dawn broke") */
  size_t v = e + 1, ve = e && e < to ? extract_letters_end(s, v, to) : v;
  *clock = e != 0 && !(e < to && s[e] == ' ' && ve > v &&
                       ascii_is_lower((unsigned char)s[v]) &&
                       extract_verb_form(s + v, ve - v));
  if (k < date_count && dates[k]->start == at)
    e = dates[k]->end;
  if (!e)
    return false;
  return !(e < to && (s[e] == '\'' || (unsigned char)s[e] == 0xE2));
}

/* Whether the first verb form of s[from, to) (read over a dozen words)
 * follows a bare "and": "after noon on Monday and covered the road" is the
 * main clause's second verb, no clause of the time's own ("until December
 * and Ludendorff recommended" has a subject between). */
static bool verb_after_and(const char *s, size_t from, size_t to) {
  bool and_before = false;
  size_t i = from;
  for (int n = 0; n < 12 && i < to; n++) {
    while (i < to && !ascii_alpha((unsigned char)s[i]))
      i++;
    size_t w = i;
    i = extract_letters_end(s, w, to);
    if (i == w)
      return false;
    if (ascii_is_lower((unsigned char)s[w]) && extract_verb_form(s + w, i - w))
      return and_before;
    and_before = equals_ci(s + w, i - w, "and");
  }
  return false;
}

/* Whether a date starts in s[from, to). */
static bool date_within(const evg_timex *const *dates, size_t date_count,
                        size_t from, size_t to) {
  size_t k = first_date_from(dates, date_count, from);
  return k < date_count && dates[k]->start < to;
}

/* Whether the timex is a part of a day told without its day
 * ("overnight", "that evening": a value in TMO, TAF, TEV or TNI and no
 * capital or digit in its words), which is told from the time of the
 * clause it follows ("after a locomotive broke down near Lyon
 * overnight"). */
static bool day_part_alone(const char *s, const evg_timex *t) {
  const char *v = t->value ? strchr(t->value, 'T') : NULL;
  if (!v || !ascii_upper((unsigned char)v[1]))
    return false;
  for (size_t c = t->start; c < t->end && c < t->start + 40; c++)
    if (isdigit((unsigned char)s[c]) || ascii_upper((unsigned char)s[c]))
      return false;
  return true;
}

/* Whether the first date in s[from, to) names its own time (one date
 * read: linear however many subordinate clauses the sentence has). */
static bool own_date_within(const char *s, const evg_timex *const *dates,
                            size_t date_count, size_t from, size_t to) {
  size_t k = first_date_from(dates, date_count, from);
  return k < date_count && dates[k]->start < to && !day_part_alone(s, dates[k]);
}

/* Whether the first date in s[from, to) is a part of a day told back to
 * a day already written ("that morning", "that evening"): the day of the
 * clause before, which the tagger resolves it to, unlike "overnight",
 * which it reads from the paper's day (see day_part_alone). */
static bool day_part_told_back(const char *s, const evg_timex *const *dates,
                               size_t date_count, size_t from, size_t to) {
  size_t k = first_date_from(dates, date_count, from);
  return k < date_count && dates[k]->start < to &&
         day_part_alone(s, dates[k]) &&
         extract_word_at(s, dates[k]->start, dates[k]->end, "that");
}

/* Whether s[from, to) names someone (see names_someone) with a capital
 * outside its dates ("On Tuesday she was disqualified" names no one):
 * reads its last 200 bytes, a binary search per capital. */
static bool names_someone_undated(const char *s, size_t from, size_t to,
                                  const evg_timex *const *dates,
                                  size_t date_count) {
  if (to > from + 200)
    from = to - 200;
  for (size_t i = from + 1; i < to; i++) {
    if (!ascii_upper((unsigned char)s[i]) || s[i - 1] != ' ')
      continue;
    size_t k = first_date_from(dates, date_count, i + 1);
    if (!(k > 0 && dates[k - 1]->start <= i && i < dates[k - 1]->end))
      return true;
  }
  return false;
}

/* The date that ends at s[at), or NULL; the dates are in text order and
 * do not overlap, so a binary search finds the last that starts before */
static const evg_timex *date_ending_at(const evg_timex *const *dates,
                                       size_t date_count, size_t at) {
  size_t k = first_date_from(dates, date_count, at);
  return k > 0 && dates[k - 1]->end == at ? dates[k - 1] : NULL;
}

/* The date a when-clause right after `d` takes: `d` itself, unless it
 * finishes a longer date told as two ("in March last year, when": the
 * year is the month's, and the clause's date is the month), or NULL. */
static const evg_timex *when_clause_date(const char *s,
                                         const evg_timex *const *dates,
                                         size_t date_count,
                                         const evg_timex *d) {
  if (!d)
    return NULL;
  size_t b = d->start;
  while (b > 0 && s[b - 1] == ' ')
    b--;
  return date_ending_at(dates, date_count, b) ? NULL : d;
}

/* Which subjects make a clause of its own.  After a subordinator with no
 * count of time ("..., when the first rain slowed the flames") only a
 * pronoun or a name does: a clause about a thing says what the happening
 * was.  After ", and", ", but" or ";" a noun phrase does too ("..., and
 * the board named its finance chief"): a main clause of its own.  After
 * a count ("four days after ...") or an opening subordinate clause,
 * anything does; so it does in a subordinate clause with a date of its own
 * after a dated main clause, whose past perfect is a happening of its own
 * too ("was summoned in October because a commission had reported in
 * September"): the date sets it apart, where an undated one is background.
 * A reason ("because ...") after a part that writes its date takes a
 * subject as after a subordinator, and its past perfect counts as its
 * verb (SUBJECT_REASON), or counts alone after a content clause
 * (SUBJECT_PRIOR; see cause_clause_splits). */
typedef enum {
  SUBJECT_ANY,
  SUBJECT_DATED,
  SUBJECT_NOUN_PHRASE,
  SUBJECT_CLAUSE,
  SUBJECT_REASON,
  SUBJECT_PRIOR,
  SUBJECT_NAMED,
  SUBJECT_SHARED
} subject_need;

/* What a clause's first words already decide (see subject_and_verb_at). */
typedef enum { OPENING_UNDECIDED, OPENING_NO, OPENING_YES } opening_verdict;

/* Passes over a date that opens the clause at s[q) (*dated: where it
 * ends, else 0) and commas of an aside before the subject (*aside); the
 * position after them.  lead_in: a preposition and an approximator may
 * lead into the date (extract_time_lead_in). */
static size_t past_opening(const char *s, size_t q, size_t to,
                           const evg_timex *const *dates, size_t date_count,
                           bool lead_in, size_t *dated, bool *aside) {
  *dated = 0;
  while (q < to && s[q] == ' ')
    q++;
  /* from the first date at or after q: a walk from the sentence's first
   * date for each clause was quadratic in a sentence of many dated
   * clauses */
  for (size_t k = first_date_from(dates, date_count, q); k < date_count; k++) {
    if (dates[k]->start > q + 24)
      break;
    size_t w = extract_letters_end(s, q, to);
    /* "and at about 10 p.m. they found": a preposition and an
     * approximator lead into the date (extract_time_lead_in) */
    if (dates[k]->start == q ||
        (dates[k]->start == w + 1 && w - q <= 3 &&
         ascii_is_lower((unsigned char)s[q])) ||
        (lead_in && extract_time_lead_in(s, q, dates[k]->start)))
      q = *dated = dates[k]->end;
    break;
  }
  /* ", and, hearing the calls, picked up": an aside before the subject */
  *aside = false;
  for (; q < to && (s[q] == ' ' || s[q] == ','); q++)
    *aside |= !*dated && s[q] == ',';
  return q;
}

/* What a verb that opens the clause at s[*q) says: a happening of its
 * own whose subject is shared (after a date of its own, or after ", and"
 * with adverbs passed over, which moves *q), or no clause of its own;
 * undecided when a subject opens it. */
static opening_verdict shared_subject_verb(const char *s, size_t *q, size_t to,
                                           size_t dated, subject_need need) {
  size_t e = extract_letters_end(s, *q, to);
  /* "..., and on September 20 defeated the earls": a verb headed by a
   * date of its own is a happening of its own, its subject shared */
  if (dated && e > *q && extract_verb_form(s + *q, e - *q) &&
      !extract_nonfinite_before(s + *q, e - *q))
    return OPENING_YES;
  /* "soon declared", "then sailed": adverbs before a shared subject's verb */
  bool then = false;
  while (e > *q && extract_clause_adverb(s + *q, e - *q)) {
    then |= equals_ci(s + *q, e - *q, "then");
    *q = e;
    while (*q < to && (s[*q] == ' ' || s[*q] == ','))
      (*q)++;
    e = extract_letters_end(s, *q, to);
  }
  /* "..., Sarah Nelmes, and inoculated James Phipps", "..., and soon
   * declared": after ", and", ", but" or ";", a past verb that tells a
   * happening is a happening of its own, its subject shared; not after
   * "then" ("anchored in the bay, and then worked south"), the next leg
   * of one course, which the relations stage would order */
  if ((need == SUBJECT_NOUN_PHRASE || need == SUBJECT_SHARED) && !then &&
      e > *q && extract_past_happening_at(s, *q, e, to))
    return extract_non_occurrence(s + *q, e - *q) ||
                   extract_agent_follows(s, e, to) ||
                   (need == SUBJECT_SHARED &&
                    (extract_speech_act(s + *q, e - *q) ||
                     !extract_object_follows(s, *q, e, to)))
               ? OPENING_NO
               : OPENING_YES;
  if (need == SUBJECT_SHARED)
    return OPENING_NO;
  if (e == *q || extract_verb_form(s + *q, e - *q) ||
      extract_clause_subordinator(s + *q, e - *q))
    return OPENING_NO; /* a verb first: the subject before is shared */
  return OPENING_UNDECIDED;
}

/* Whether a clause with its own subject and a finite verb in the past
 * that tells a happening opens at s[q) ("he chose his secretary", "in
 * December 1699 he decreed", "the company dismissed Everley", "the Gotthard
 * Railway Company, led by X, invited bids"): an opening date is passed
 * over, then a subject that opens with no verb (a pronoun, a name, a noun
 * phrase, asides after commas), then the verb, by its form and position,
 * within fourteen words.  A verb after "to" or a modal ("would share"), a
 * participle before "by" ("led by X") or after a relative pronoun is no
 * finite verb of this clause.  Bounded: at most fourteen words are read.
 * `need` says which subjects count (see subject_need). */
static bool subject_and_verb_at(const char *s, size_t q, size_t to,
                                const evg_timex *const *dates,
                                size_t date_count, subject_need need,
                                bool lead_in) {
  size_t dated;
  bool aside;
  q = past_opening(s, q, to, dates, date_count, lead_in, &dated, &aside);
  /* ", and all three were arrested", ", and about 150 were injured": a
   * count of people as subject is no list's item nor the doer before,
   * and a passive of it tells what befell them, a happening of its own */
  size_t counted = need == SUBJECT_NOUN_PHRASE && !aside
                       ? extract_count_subject_at(s, q, to)
                       : 0;
  if (!counted) {
    opening_verdict opening = shared_subject_verb(s, &q, to, dated, need);
    if (opening != OPENING_UNDECIDED)
      return opening == OPENING_YES;
  }
  size_t e = extract_letters_end(s, q, to);
  /* a noun phrase that a determiner opens, with no aside before it ("and,
   * hearing the calls, picked up" shares its subject), or a bare plural
   * ("and officers searched the flat", "and hundreds of people came out");
   * that may be a list's last item with a participle ("picric acid, TNT and
   * guncotton, and drums of benzol lashed to her deck") or tell how the
   * act before was done ("and deputies went from door to door"): its verb
   * needs an object or a particle */
  bool bare = !aside && need == SUBJECT_NOUN_PHRASE &&
              !extract_noun_phrase_opener(s + q, e - q) &&
              extract_bare_plural(s, q, e);
  bool nominal =
      counted || bare ||
      (!aside && (extract_noun_phrase_opener(s + q, e - q) ||
                  ((need == SUBJECT_CLAUSE || need == SUBJECT_REASON ||
                    need == SUBJECT_PRIOR) &&
                   extract_bare_plural(s, q, e))));
  static const char *const pronouns[] = {"he", "she", "it", "they", "we", NULL};
  bool named = extract_word_in(s + q, e - q, pronouns);
  static const char *const relatives[] = {"who",   "which", "that",
                                          "whose", "whom",  NULL};
  static const char *const coordinators[] = {"and", "but", "then", "or", NULL};
  size_t prev = q, prev_len = 0;
  bool relative = false;      /* inside an aside opened by a relative pronoun */
  bool relative_verb = false; /* the relative clause's own verb read */
  if (counted)
    q = counted; /* the count read, its noun or verb next */
  for (int words = counted ? 1 : 0; words < 14 && q < to; words++) {
    while (q < to && !ascii_alpha((unsigned char)s[q])) {
      if (s[q] == ';' || s[q] == '"' ||
          (s[q] == ':' && !extract_clock_colon(s, q, to)))
        return false;
      if (s[q] == ',') {
        relative = false; /* an aside ends at its comma */
        /* a noun phrase with an aside ("the male, named Tashi, climbed")
         * may be the clause before's object or an apposition: not split */
        if (!named && !counted && need != SUBJECT_ANY && need != SUBJECT_NAMED)
          nominal = false;
        /* ", and ...": another clause begins before any verb */
        size_t n = q + 1;
        while (n < to && s[n] == ' ')
          n++;
        size_t ne = extract_letters_end(s, n, to);
        if (ne > n && (extract_word_in(s + n, ne - n, coordinators) ||
                       extract_clause_subordinator(s + n, ne - n)))
          return false;
      }
      q++;
    }
    e = extract_letters_end(s, q, to);
    if (e == q)
      return false;
    if (words > 0 && extract_clause_subordinator(s + q, e - q))
      return false; /* "after a string of fires": no clause of its own */
    /* a date's "that" ("after an inspection that morning found") opens
     * no relative clause */
    /* "about 1,200 workers who had finished their shifts were left": a
     * past verb after the relative clause's own verb and its object is
     * the clause's (extract_relative_ends) */
    if (relative && ascii_is_lower((unsigned char)s[q]) &&
        extract_verb_form(s + q, e - q) &&
        !(prev_len && extract_nonfinite_before(s + prev, prev_len))) {
      if (relative_verb && extract_relative_ends(s, prev, prev_len, q, e))
        relative = false;
      relative_verb = true;
    }
    if (words > 0 && extract_word_in(s + q, e - q, relatives) &&
        !date_starts_at(dates, date_count, q))
      relative = true, relative_verb = false;
    else if ((need == SUBJECT_DATED ||
              ((need == SUBJECT_REASON || need == SUBJECT_PRIOR) &&
               (named || nominal))) &&
             !relative && words > 0 && extract_past_perfect_at(s, q, e, to))
      return true;
    else if (!relative && ascii_upper((unsigned char)s[q]))
      named = true;
    else if (!relative && words > 0 &&
             !(prev_len && extract_nonfinite_before(s + prev, prev_len)) &&
             extract_past_happening_at(s, q, e, to)) {
      /* "led by X," is a participle in an aside, not the clause's verb */
      size_t n = e;
      while (n < to && s[n] == ' ')
        n++;
      bool by =
          extract_letters_end(s, n, to) == n + 2 && equals_ci(s + n, 2, "by");
      /* "after some bottles labelled as 10-milligram tablets were
       * found": after a subordinator, "as" follows a participle too */
      bool clause = need == SUBJECT_CLAUSE || need == SUBJECT_REASON;
      by |= clause && extract_letters_end(s, n, to) == n + 2 &&
            equals_ci(s + n, 2, "as");
      if (!by && need == SUBJECT_PRIOR)
        return false;
      if (!by && clause && extract_non_occurrence(s + q, e - q))
        return false;
      if (!by && (named || need == SUBJECT_ANY || need == SUBJECT_DATED))
        return true;
      if (!by && (need == SUBJECT_NAMED || !nominal))
        return false;
      /* a noun phrase's verb, unless a finite verb follows: then this
       * one was a participle after its noun ("a ship built to ride the
       * pressure could drift") and the clause's verb is still to come */
      /* an active verb that tells a change: a passive ("and the concert
       * was called off") or a state ("and the lines stayed idle") tells
       * what became of the happening before */
      /* a count's passive is its own; so is its active verb with an
       * object ("and two members of parliament tabled questions"),
       * unless it keeps a state ("and 14 schools kept their pupils
       * indoors" tells how the act before was carried out, and merge
       * pair 48 reads it so) */
      if (counted)
        return !by && (extract_past_be(s + q, e - q) ||
                       (!extract_state_verb(s + q, e - q) &&
                        !equals_ci(s + q, e - q, "kept") &&
                        extract_object_follows(s, q, e, to) &&
                        !extract_finite_verb_follows(s, e, to)));
      if (!by &&
          (extract_past_be(s + q, e - q) || extract_state_verb(s + q, e - q)))
        return false;
      if (!by && bare && !extract_object_follows(s, q, e, to) &&
          !extract_particle_follows(s, e, to))
        return false;
      if (!by && !extract_finite_verb_follows(s, e, to))
        return true;
    } else if (!relative && words > 0 && ascii_is_lower((unsigned char)s[q]) &&
               extract_verb_form(s + q, e - q) &&
               !(prev_len && extract_nonfinite_before(s + prev, prev_len))) {
      return false; /* another finite verb first: a present, a modal */
    }
    prev = q, prev_len = e - q;
    q = e;
  }
  return false;
}

/* Whether the clause at s[q) opens with a past verb that tells a
 * happening, adverbs before it ("and then vaccinated"): its subject is
 * the part before's, and so is its time. */
static bool shared_verb_at(const char *s, size_t q, size_t to) {
  for (int words = 0; words < 3; words++) {
    while (q < to && (s[q] == ' ' || s[q] == ','))
      q++;
    size_t e = extract_letters_end(s, q, to);
    if (e == q || !extract_clause_adverb(s + q, e - q))
      return e > q && extract_past_happening_at(s, q, e, to);
    q = e;
  }
  return false;
}

/* Where a count of time before a subordinator starts ("four days after",
 * "a day after", ", shortly after"): the first clause ends before it, with
 * a comma before the count when there is one; `at` when there is none. */
static size_t count_before(const char *s, size_t from, size_t at) {
  static const char *const counts[] = {
      "minutes", "minute", "hours",   "hour",    "days",  "day",
      "weeks",   "week",   "months",  "month",   "years", "year",
      "shortly", "soon",   "decades", "moments", "long",  NULL};
  EXTRACT_WORD_SET(set, counts, true);
  size_t e = at;
  while (e > from && s[e - 1] == ' ')
    e--;
  size_t b = extract_word_start_before(s, from, e);
  if (b == e || !extract_word_set_has(&set, s + b, e - b))
    return at;
  /* the count's number or article: at most two words more, to a comma */
  size_t c = b;
  for (int words = 0; words < 2 && c > from; words++) {
    size_t ce = c;
    while (ce > from && s[ce - 1] == ' ')
      ce--;
    if (ce > from && s[ce - 1] == ',')
      return ce - 1;
    size_t cb = ce;
    while (cb > from && word_byte((unsigned char)s[cb - 1]))
      cb--;
    if (cb == ce)
      break;
    c = cb;
  }
  return c;
}

/* Whether the word that ends at s[at) is a verb form ("bought and sold"):
 * the verbs then share their object, one happening. */
static bool verb_just_before(const char *s, size_t from, size_t at) {
  size_t b = extract_word_start_before(s, from, at);
  return b < at && ascii_is_lower((unsigned char)s[b]) &&
         extract_verb_form(s + b, at - b);
}

/* Whether the clause at s[next, to), after "after" or "because" that
 * ends the part s[from, start), is a happening of its own though it has
 * no date of its own: a subject of any kind and a past verb that tells a
 * happening ("cancelled 140 flights on Monday after a software outage
 * grounded its fleet"; see SUBJECT_CLAUSE), and a part before that states
 * a happening itself (not "said the board had recommended the offer
 * because ...", "A widow had died after ...", which would be lost alone;
 * read over its last 400 bytes, so that the scan stays linear).  After a
 * relative or content clause ("said that it would hand back half of every
 * fare, after an outbreak ... left 270 people sick") the clause may tell
 * the reason of what was said, not of the saying, whose date it would
 * take: only one with a date of its own splits there.  A part of a day
 * told without its day ("after the talks collapsed that evening") is
 * told from the main clause's time, as dates18 reads it: no split; but
 * "overnight" is the night before the main clause's day, both its days
 * a date of its own (the gold's rule since dates19: "after a locomotive
 * broke down near Lyon overnight"). */
static bool cause_clause_splits(const char *s, size_t from, size_t start,
                                size_t next, size_t to,
                                const evg_timex *const *dates,
                                size_t date_count, bool embedded,
                                bool because) {
  bool own = own_date_within(s, dates, date_count, next, to);
  size_t first = first_date_from(dates, date_count, next);
  if (!own && first < date_count && dates[first]->start < to &&
      extract_overnight_alone(s, dates[first]))
    own = true; /* "after drivers voted overnight": the night before */
  /* a reason after a part that writes its date: that part is an event of
   * its own whatever its verb, and a reason in the past perfect is a
   * happening before it ("cut the rating the next morning because the
   * losses had wiped out a third of its capital"), even after a content
   * clause ("said on Wednesday that it would delay ... because its
   * biggest customer had cancelled orders"), where a reason in the simple
   * past may be what was said */
  bool reason = because && date_within(dates, date_count, from, start);
  if ((embedded && !own && !reason) ||
      (!own && date_within(dates, date_count, next, to) &&
       !day_part_told_back(s, dates, date_count, next, to)))
    return false;
  subject_need need = !reason            ? SUBJECT_CLAUSE
                      : embedded && !own ? SUBJECT_PRIOR
                                         : SUBJECT_REASON;
  /* a bare plural opens the clause's subject only when the part before
   * names someone, whom the split keeps out of the clause ("Peru's
   * Ministry of Culture cancelled its contract ..., after inspectors
   * found"); elsewhere the sentence reads as one happening ("Roughly 700
   * people spent the night in a leisure centre after officers knocked on
   * doors", "On Tuesday she was disqualified after photographs showed
   * her riding in a car": merge pairs 26 and 34 join it whole) */
  size_t w = next;
  while (w < to && s[w] == ' ')
    w++;
  if (extract_bare_plural(s, w, extract_letters_end(s, w, to)) &&
      !names_someone_undated(s, from, start, dates, date_count))
    return false;
  if (!subject_and_verb_at(s, next, to, dates, date_count, need, false))
    return false;
  if (reason)
    return true;
  size_t prev = 0, prev_len = 0;
  for (size_t i = start > from + 400 ? start - 400 : from; i < start;) {
    if (!ascii_alpha((unsigned char)s[i])) {
      i++;
      continue;
    }
    size_t e = extract_letters_end(s, i, start);
    if (!(prev_len && extract_nonfinite_before(s + prev, prev_len)) &&
        extract_past_happening_at(s, i, e, start))
      return true;
    prev = i, prev_len = e - i, i = e;
  }
  return false;
}

/* A place in a clause where another clause may start (see
 * undated_boundary): what joins them and where. */
typedef struct {
  size_t start, next;  /* where the boundary begins; where the clause does */
  bool subordinate;    /* ", when", ", where", "after", "until" ... */
  bool anchored;       /* the clause is a happening of its own whatever its
                          subject: ", where", a count, a date of its own */
  bool bare_and;       /* " and " with no comma before a named subject */
  bool cause, because; /* see cause_clause_splits */
  bool own_dated;      /* a subordinate clause dated apart */
  bool relative;       /* ", which" or ", who" before its verb */
  bool list;           /* ", VERB" inside a series of verb phrases */
  bool when_own;       /* a bare "when" clause of its own, its subject and
                          verb read (extract_when_named_own) */
  bool counted;        /* a count of time before the subordinator */
  size_t deadline_end; /* after ", and by" a date: where the date ends */
  size_t word_end;     /* at a space: the end of the letters after it, read
                          to tell "and" or a subordinator (0 elsewhere) */
} clause_joint;

/* Whether the word that opens s[q, to) is a past verb that tells a
 * happening and is not followed by a coordinator ("wounded and captured",
 * "beaten and killed": participles of one state or one passive). */
static bool series_verb_at(const char *s, size_t q, size_t to) {
  static const char *const coordinators[] = {"and", "or", "but", NULL};
  size_t e = extract_letters_end(s, q, to);
  if (e == q || !extract_past_happening_at(s, q, e, to) ||
      extract_past_be(s + q, e - q))
    return false;
  size_t n = e;
  while (n < to && s[n] == ' ')
    n++;
  size_t ne = extract_letters_end(s, n, to);
  return n > e && ne > n && !extract_word_in(s + n, ne - n, coordinators);
}

/* Whether the clause s[from, ...) has its past verb before its first
 * comma, `at` or earlier (read up to 300 bytes): the series opens with the
 * subject's own verb ("Brahe buried a box ..., | carved"), not with an
 * aside after the subject ("This army, led by X, | recaptured", "Giap,
 * after having failed ..., | changed", "The Division, with the 308th
 * rebuilt, | went forward"). */
static bool verb_before_comma(const char *s, size_t from, size_t at) {
  size_t prev = 0, prev_len = 0;
  for (size_t w = from; w < at && w < from + 300;) {
    /* "the villagers of Fobbing, Corringham and Stanford came": a comma
     * before a capital parts names of a list, no aside */
    if (s[w] == ',' && !(w + 2 < at && s[w + 1] == ' ' &&
                         ascii_upper((unsigned char)s[w + 2])))
      break;
    if (!ascii_alpha((unsigned char)s[w])) {
      w++;
      continue;
    }
    size_t we = extract_letters_end(s, w, at);
    if (!(prev_len && extract_nonfinite_before(s + prev, prev_len)) &&
        extract_past_happening_at(s, w, we, at) &&
        !extract_agent_follows(s, we, at))
      return true;
    prev = w, prev_len = we - w, w = we;
  }
  return false;
}

/* Whether the comma at s[i] (the clause began at `from`) parts two verb
 * phrases of a series with one subject ("invaded Italy that autumn, |
 * defeated the Vitellians in late October, and sacked Cremona"): a past
 * verb right after it, the item before it holding a verb form and opening
 * with no relative pronoun (not "Walworth, the Mayor of London, | pulled
 * him", an apposition, nor "X, whose land the bay was, | rammed", an
 * aside), the clause's own verb before its first comma
 * (verb_before_comma), and the series closed by "and" before a past verb
 * later in the clause (read up to 300 bytes, so that the scan stays
 * linear). */
static bool series_comma_at(const char *s, size_t from, size_t to, size_t i) {
  static const char *const relatives[] = {"who",  "which", "whose",
                                          "whom", "that",  NULL};
  if (!series_verb_at(s, i + 2, to))
    return false;
  size_t item = i;
  while (item > from && s[item - 1] != ',' && s[item - 1] != ';' &&
         item + 300 > i)
    item--;
  while (item < i && s[item] == ' ')
    item++;
  size_t ie = extract_letters_end(s, item, i);
  if (ie == item || extract_word_in(s + item, ie - item, relatives))
    return false;
  bool verb = false;
  for (size_t w = item; w < i && !verb; w++) {
    if (!ascii_is_lower((unsigned char)s[w]) ||
        (w > item && ascii_alpha((unsigned char)s[w - 1])))
      continue;
    size_t we = extract_letters_end(s, w, i);
    verb = extract_verb_form(s + w, we - w);
  }
  if (!verb || !verb_before_comma(s, from, i))
    return false;
  for (size_t a = i + 2; a + 5 < to && a < i + 300; a++) {
    if (s[a] == ';' || s[a] == ':')
      return false;
    if (s[a] == ' ' && extract_word_at(s, a + 1, to, "and")) {
      size_t v = a + 5;
      while (v < to && s[v] == ' ')
        v++;
      size_t ve = extract_letters_end(s, v, to);
      if (ve > v && extract_past_happening_at(s, v, ve, to))
        return true;
    }
  }
  return false;
}

/* Whether the part s[from, ...) is an item of a series of verb phrases
 * (it opens with a past verb right after a comma): a bare "and" in it
 * closes the series ("burned the temple of Jupiter and | killed him"). */
static bool in_series_item(const char *s, size_t from, size_t to) {
  return from >= 2 && s[from - 1] == ' ' && s[from - 2] == ',' &&
         series_verb_at(s, from, to);
}

/* Whether the " and" at s[i] ends an item of a series whose joint is the
 * last comma before it (read up to 300 bytes back): "came to Brentwood,
 * where ..., | refused to pay another penny and | drove him out", the
 * item after the joint a non-occurrence that stays with the part before. */
static bool closes_series_item(const char *s, size_t from, size_t to,
                               size_t i) {
  for (size_t c = i; c > from && c + 300 > i; c--)
    if (s[c - 1] == ',')
      return c < to && s[c] == ' ' && series_comma_at(s, from, to, c - 1);
  return false;
}

/* Where the deadline ends when s[q, to) opens with "by" and one of the
 * sentence's dates ("and by 5 a.m. they had put out the fires", "and by
 * April 27 the river had fallen", "and by the end of the following week
 * more than 500 were dead"): a deadline of the clause's own, as "by
 * nightfall" is (extract_by_day_part_at); 0 when it does not. */
static size_t by_date_end(const char *s, size_t q, size_t to,
                          const evg_timex *const *dates, size_t date_count) {
  static const char *const bounds[] = {"end", "close", "middle", NULL};
  while (q < to && s[q] == ' ')
    q++;
  if (!extract_word_at(s, q, to, "by"))
    return 0;
  q += 3;
  while (q < to && s[q] == ' ')
    q++;
  /* "by the end of" a date the tagger tags without its bound */
  if (extract_word_at(s, q, to, "the")) {
    size_t w = q + 4, e = extract_letters_end(s, w, to);
    if (extract_word_in(s + w, e - w, bounds) &&
        extract_word_at(s, e + 1, to, "of"))
      q = e + 4;
  }
  size_t k = first_date_from(dates, date_count, q);
  return k < date_count && dates[k]->start == q ? dates[k]->end : 0;
}

/* Whether s[q, to), after a deadline that opens the clause ("and by
 * Thursday | the fire was out", "and by the end of the following week |
 * more than 500 were dead"), tells a state reached by then: a subject of
 * one to six words, none of them a verb form, then "was" or "were" and
 * a lowercase word.  What the part before told went on until then, and
 * the state is the deadline's, so the part is a happening of its own at
 * the story's date.  Reads at most eight words. */
static bool deadline_state_at(const char *s, size_t q, size_t to) {
  while (q < to && (s[q] == ' ' || s[q] == ','))
    q++;
  for (int words = 0; words < 7 && q < to; words++) {
    size_t e = q;
    while (e < to &&
           (ascii_alpha((unsigned char)s[e]) || isdigit((unsigned char)s[e]) ||
            s[e] == '\'' || s[e] == '-'))
      e++;
    if (e == q)
      return false;
    if (words > 0 && extract_past_be(s + q, e - q)) {
      size_t n = e;
      while (n < to && s[n] == ' ')
        n++;
      return n < to && ascii_is_lower((unsigned char)s[n]) &&
             !extract_word_at(s, n, to, "to");
    }
    if (extract_verb_form(s + q, e - q))
      return false;
    q = e;
    while (q < to && s[q] == ' ')
      q++;
  }
  return false;
}

/* Whether a date that "since" opens ends at s[i) ("since Friday", "the
 * worst since 2003"): the part before is a stretch from it. */
static bool since_date_before(const char *s, size_t from, size_t i,
                              const evg_timex *const *dates,
                              size_t date_count) {
  const evg_timex *d = date_ending_at(dates, date_count, i);
  if (!d || d->start < from + 6)
    return false;
  size_t w = extract_word_start_before(s, from, d->start - 1);
  return equals_ci(s + w, d->start - 1 - w, "since");
}

/* Whether a clause may start after the semicolon, comma or space at
 * s[i] (the clause began at `from`), and how it is joined, into *j.
 * Inline in its one caller's loop, which asks at every space (107,000
 * times on the bench's 790 kB), most answers a byte or a word's test:
 * out of line, the call's entry and the struct zeroed through memory and
 * read back cost as much (4 M instructions of the bench's 528 M). */
static inline __attribute__((always_inline)) bool
clause_joint_at(const char *s, size_t from, size_t to, size_t i,
                const evg_timex *const *dates, size_t date_count,
                clause_joint *j) {
  static const char *const joins[] = {"and",  "but",   "while",
                                      "when", "where", NULL};
  *j = (clause_joint){.start = i};
  if (s[i] == ';') {
    j->next = i + 1;
  } else if (s[i] == ',' && s[i + 1] == ' ') {
    for (size_t k = 0; joins[k] && !j->next; k++)
      if (extract_word_at(s, i + 2, to, joins[k])) {
        j->next = i + 2 + strlen(joins[k]);
        j->subordinate = k >= 3; /* ", when", ", where" */
        j->anchored = k == 4;    /* ", where": a place's own happening */
        /* "has been stuck since Friday, when the ground above it sank":
         * after a stretch since a date, what happened then is a
         * happening of its own whatever its subject; after a part that
         * names its doer, so is one whose subject is one bare noun ("two
         * hours later, when sand began"), where a noun phrase ("on
         * October 12, when the board decided") tells what the part's
         * happening was (merge pairs 6, 7 and 22 read it so) */
        j->anchored |=
            k == 3 && (since_date_before(s, from, i, dates, date_count) ||
                       (date_ending_at(dates, date_count, i) &&
                        names_someone_undated(s, from, i, dates, date_count) &&
                        extract_bare_subject_at(s, j->next, to)));
      }
    /* ", and by nightfall the insects had settled": a deadline of its own
     * opens the clause, which may tell it in the past perfect */
    if (j->next && !j->subordinate)
      j->deadline_end = by_date_end(s, j->next, to, dates, date_count);
    j->own_dated = j->next && !j->subordinate &&
                   (extract_by_day_part_at(s, j->next, to) || j->deadline_end);
    static const char *const relatives[] = {"which", "who", NULL};
    for (size_t k = 0; relatives[k] && !j->next; k++)
      if (extract_word_at(s, i + 2, to, relatives[k])) {
        j->next = i + 2 + strlen(relatives[k]);
        j->relative = true;
      }
    if (!j->next && series_comma_at(s, from, to, i)) {
      j->next = i + 1;
      j->list = true;
    }
  } else if (s[i] == ' ') {
    /* "after the vessel ran aground", "until Congress fixed": a
     * subordinate clause after the main clause's verb; ", where" and
     * ", when" were read at their comma */
    size_t w = i + 1, we = extract_letters_end(s, w, to);
    j->word_end = we;
    bool comma = i > from && s[i - 1] == ',';
    const evg_timex *found = NULL;
    if (!comma && we == w + 4 && we < to && s[we] == ' ' &&
        equals_ci(s + w, 4, "that") &&
        (found = date_ending_at(dates, date_count, i)) &&
        extract_finding_before(s, from, found->start) &&
        own_date_within(s, dates, date_count, we, to) &&
        extract_date_adverbial(s, we,
                               dates[first_date_from(dates, date_count, we)])) {
      /* "reported in June | that two heater switches had welded shut
       * ... in March": what the finding found, dated apart (see
       * extract_finding_content.c); "found on Wednesday that the singer
       * had copied the melody of his 2021 hit" is one verdict */
      j->next = we;
      j->own_dated = j->anchored = true;
    } else if (!comma && we == w + 3 && we < to && s[we] == ' ' &&
               equals_ci(s + w, 3, "and") && !verb_just_before(s, from, i) &&
               (names_someone(s, we, to) || in_series_item(s, from, to) ||
                closes_series_item(s, from, to, i))) {
      j->next = we;
      j->bare_and = true;
    } else if (we > w && we < to && s[we] == ' ' &&
               extract_clause_subordinator(s + w, we - w) &&
               !(comma && (equals_ci(s + w, we - w, "when") ||
                           equals_ci(s + w, we - w, "where"))) &&
               !equals_ci(s + w, we - w, "where")) {
      /* "after a week of sailing landed": a count of time after the
       * subordinator makes it a preposition */
      size_t a = we + 1, ae = extract_letters_end(s, a, to);
      size_t u = ae + 1, ue = ae < to ? extract_letters_end(s, u, to) : ae;
      if (count_before(s, a, ae) != ae ||
          (ue > u && count_before(s, u, ue) != ue))
        return false;
      j->next = we;
      j->because = equals_ci(s + w, we - w, "because");
      /* "delay the opening by two years because ...": a count of time
       * measures "after", "before" or "until", never a reason */
      j->start = j->because ? i : count_before(s, from, i);
      /* "came down shortly after 3:30 p.m. on October 1 and covered the
       * road": a count before and a time right after make it a
       * preposition, a time of the main clause and no happening (not
       * "a day after Monday's vote collapsed", a noun's owner); so
       * does a clock in words alone (clauses40) */
      bool clock = false;
      if (time_follows(s, dates, date_count, we + 1, to, &clock) &&
          (clock || j->start != i || verb_after_and(s, we + 1, to)))
        return false;
      /* "four days after the vessel ran aground": a happening dated
       * apart from the main one, whatever its subject; so is one with
       * a date of its own after a main clause with its own ("began a
       * strike on Wednesday after talks collapsed late Tuesday") */
      j->own_dated = date_within(dates, date_count, from, i) &&
                     own_date_within(s, dates, date_count, j->next, to);
      j->anchored = j->start != i || j->own_dated;
      j->counted = j->start != i;
      /* "halted refuelling after water was found in its tanks": a
       * passive after "after" is a happening of its own (a passive
       * before it, "was disqualified after photographs showed her", is
       * left to cause_clause_splits) */
      j->anchored |= !comma && equals_ci(s + w, we - w, "after") &&
                     extract_when_clause_apart(s, from, i, we, to, false);
      /* "The walkout started on March 11 when the union pulled its
       * members out": a bare "when" after the main clause says what
       * that happening was, or what happened with it, at its time */
      if (!j->anchored && !comma && equals_ci(s + w, we - w, "when")) {
        /* "died when the barn ... collapsed": after a part that names
         * its doer, a subject of its own tells a second happening
         * (extract_when_named_own), read whole there */
        j->when_own = extract_when_named_own(
            s, from, i, we, to,
            names_someone_undated(s, from, i, dates, date_count));
        if (!j->when_own &&
            !extract_when_clause_apart(s, from, i, we, to, true))
          return false;
        j->anchored = true;
      }
      if (j->start == i && comma)
        j->start = i - 1;
      j->subordinate = true;
      j->cause = j->because || equals_ci(s + w, we - w, "after");
    }
  }
  return j->next != 0;
}

/* Reads s[*scanned, i) on from where the last call stopped, until a verb
 * form of the first clause is found: "Howard Florey, an Australian who
 * ran the school, and X began": a relative clause's verb is no verb of
 * the first clause.  Linear over a whole scan. */
static bool verb_before_scan(const char *s, size_t from, size_t i,
                             size_t *scanned) {
  static const char *const relatives[] = {"who", "which", "that", "whom", NULL};
  for (; *scanned < i; (*scanned)++) {
    size_t p = *scanned;
    if (!ascii_alpha((unsigned char)s[p]) ||
        (p != 0 && ascii_alpha((unsigned char)s[p - 1])))
      continue;
    size_t we = extract_letters_end(s, p, i);
    size_t pe = p;
    while (pe > from && s[pe - 1] == ' ')
      pe--;
    size_t pb = extract_word_start_before(s, from, pe);
    if (ascii_is_lower((unsigned char)s[p]) &&
        extract_verb_form(s + p, we - p) &&
        !(pb < pe && extract_word_in(s + pb, pe - pb, relatives))) {
      (*scanned)++;
      return true;
    }
  }
  return false;
}

/* Whether the relative pronoun s[w, e) opens a relative clause whose verb
 * comes right after it in the present ("the company that sells entry
 * tickets", "a firm which runs"): a clause of now that tells what a noun
 * is, which no past clause after it ("after inspectors found ...") can
 * tell the cause of. */
static bool present_relative_at(const char *s, size_t w, size_t e, size_t to) {
  static const char *const relatives[] = {"who", "which", "that", NULL};
  static const char *const presents[] = {"is", "are", "has", "have", NULL};
  if (!extract_word_in(s + w, e - w, relatives) || e >= to || s[e] != ' ')
    return false;
  size_t v = e + 1, ve = extract_letters_end(s, v, to);
  if (ve < v + 2 || !ascii_is_lower((unsigned char)s[v]))
    return false;
  if (extract_word_in(s + v, ve - v, presents))
    return true;
  /* a verb in -s, not a noun or an adverb in -ss, -us or -ous, nor the
   * plural subject of a content clause, which a verb follows ("found
   * that inspectors had ...") */
  if (ve <= v + 3 || s[ve - 1] != 's' || s[ve - 2] == 's' || s[ve - 2] == 'u' ||
      extract_verb_form(s + v, ve - v))
    return false;
  size_t n = ve;
  while (n < to && s[n] == ' ')
    n++;
  size_t ne = extract_letters_end(s, n, to);
  return ne > n && !extract_verb_form(s + n, ne - n);
}

/* Reads s[*scanned, i) on from where the last call stopped, until a word
 * that embeds a clause ("who", "that", "said") is found; with dates, a
 * date's "that" ("invaded Italy that autumn, | defeated") embeds none.
 * Linear over a whole scan. */
static bool embedding_scan(const char *s, size_t from, size_t i,
                           const evg_timex *const *dates, size_t date_count,
                           bool present_relatives, size_t *scanned) {
  static const char *const embedding[] = {"who",  "which", "that", "whom",
                                          "said", "says",  "told", NULL};
  EXTRACT_WORD_SET(set, embedding, true);
  for (; *scanned < i; (*scanned)++) {
    size_t p = *scanned;
    if (!ascii_alpha((unsigned char)s[p]) ||
        (p != from && ascii_alpha((unsigned char)s[p - 1])))
      continue;
    size_t we = extract_letters_end(s, p, i);
    if (extract_word_set_has(&set, s + p, we - p) &&
        !date_covers(dates, date_count, p) &&
        (present_relatives || !present_relative_at(s, p, we, i))) {
      (*scanned)++;
      return true;
    }
  }
  return false;
}

/* Whether the relative clause at s[next, to) after ", which" or ", who"
 * (the part before is s[from, start)) tells a happening of its own: an
 * active past verb right after the pronoun that tells a change (not "was
 * consecrated", a passive, nor "stayed", a state, which describe the
 * noun), not before "by", and a date in the clause or in the part before
 * ("In 1797 Jenner sent an account to the Royal Society, | which declined
 * to print it", "sent in a militia, | which fired into the crowd on July
 * 28"): its doer is the noun before the comma (see extract_event.c). */
static bool relative_splits(const char *s, size_t from, size_t start,
                            size_t next, size_t to,
                            const evg_timex *const *dates, size_t date_count) {
  size_t v = next;
  while (v < to && s[v] == ' ')
    v++;
  size_t ve = extract_letters_end(s, v, to);
  if (ve == v || !extract_past_happening_at(s, v, ve, to) ||
      extract_past_be(s + v, ve - v) || extract_state_verb(s + v, ve - v) ||
      extract_agent_follows(s, ve, to))
    return false;
  /* "the new wells, which opened in May, | had met every standard": an
   * aside inside the subject, closed by a comma before the main verb,
   * which the part would take (read up to 200 bytes) */
  for (size_t c = ve; c + 2 < to && c < ve + 200; c++) {
    if (s[c] != ',' || s[c + 1] != ' ')
      continue;
    size_t w = c + 2, we = extract_letters_end(s, w, to);
    if (we > w && ascii_is_lower((unsigned char)s[w]) &&
        extract_verb_form(s + w, we - w))
      return false;
  }
  return date_within(dates, date_count, from, start) ||
         own_date_within(s, dates, date_count, next, to);
}

/* Whether the clause after joint j starts a happening of its own: with
 * a subject and a verb of the kind its joint asks for, or a reason or
 * cause clause that splits (cause_clause_splits). */
static bool joint_splits(const char *s, size_t from, size_t to,
                         const evg_timex *const *dates, size_t date_count,
                         const clause_joint *j, bool embedded) {
  if (j->relative)
    return relative_splits(s, from, j->start, j->next, to, dates, date_count);
  if (j->when_own)
    return true;
  if (j->cause && !j->anchored &&
      cause_clause_splits(s, from, j->start, j->next, to, dates, date_count,
                          embedded, j->because))
    return true;
  if (j->because && !j->anchored)
    return false; /* "because" alone makes no clause of its own */
  /* ", and by Thursday the fire was out": a state reached by a deadline
   * of its own */
  if (j->deadline_end && deadline_state_at(s, j->deadline_end, to))
    return true;
  /* a date led into ("and at about 10 p.m. they found") opens a clause
   * of its own only after a part that names someone: the split keeps
   * that name out of the clause after it, and a part that names no one
   * ("Dark clouds rolled in") would only stand apart from its date */
  return subject_and_verb_at(s, j->next, to, dates, date_count,
                             j->bare_and || j->list       ? SUBJECT_SHARED
                             : j->own_dated || j->counted ? SUBJECT_DATED
                             : j->anchored                ? SUBJECT_ANY
                             : j->subordinate             ? SUBJECT_NAMED
                                                          : SUBJECT_NOUN_PHRASE,
                             names_someone(s, from, j->start));
}

/* The first boundary in s[from, to) after which a clause with its own
 * subject and a verb that tells a happening starts (", and the company
 * dismissed Everley", ", but the Archbishop granted", "; Macleod then
 * shared", ", where he met X", " four days after the vessel ran aground"),
 * with a verb before it too (so that "Russia, Sweden, and Denmark signed"
 * stays whole): its start and the start of the next clause. */
static bool undated_boundary(const char *s, size_t from, size_t to,
                             const evg_timex *const *dates, size_t date_count,
                             size_t *b_start, size_t *b_end, bool *frame,
                             const evg_timex **when_date, bool *shared_verb) {
  bool verb_before = false; /* a verb form in s[from, i) */
  size_t scanned = from;
  bool embedded = false; /* a word that embeds a clause in s[from, i) */
  size_t embed_scanned = from;
  /* the same, a date's "that" left out: read at a comma's joint */
  bool dated_embedded = false;
  size_t dated_scanned = from;
  /* the same, relative clauses in the present left out: read when a
   * cause clause asks, whose past verb none of them can be the cause of */
  bool cause_embedded = false;
  size_t cause_scanned = from;
  /* the same, a date's "that" left out: read in a series of verb phrases,
   * whose items share the subject before any date ("invaded Italy that
   * autumn, | defeated ..., and | sacked"); elsewhere the embedding test
   * stays as it was measured (clauses14) */
  bool series_embedded = false;
  size_t series_scanned = from;
  bool series_part = in_series_item(s, from, to);
  size_t resume = from; /* no boundary before it: see below */
  for (size_t i = from; i + 2 < to; i++) {
    /* the word after the last space was read to its end there: its
     * letters are no boundary, and are not read again */
    if (i < resume) {
      i = resume;
      if (i + 2 >= to)
        break;
    }
    /* a boundary is at a semicolon, a comma or a space: the other bytes,
     * most of the clause, on one short loop whose first test passes the
     * letters (above ';', as none of the three is) */
    while (((unsigned char)s[i] > ';' ||
            (s[i] != ' ' && s[i] != ',' && s[i] != ';')) &&
           i + 3 < to)
      i++;
    clause_joint j;
    bool joint = clause_joint_at(s, from, to, i, dates, date_count, &j);
    resume = j.word_end;
    if (!joint)
      continue;
    /* the verbs of s[from, i), read once over the whole scan */
    if (!verb_before)
      verb_before = verb_before_scan(s, from, i, &scanned);
    /* "found that X's phones copy a method ..., and ordered": after a
     * relative or content clause, a verb whose subject is left out may
     * share that clause's subject as well as the main one's: not split */
    if (!embedded)
      embedded = embedding_scan(s, from, i, NULL, 0, true, &embed_scanned);
    /* read only when a series asks (on from where it stopped: the same
     * answer), not in every clause: a second pass over each clause's words */
    bool series = j.list || series_part;
    if (series && !series_embedded)
      series_embedded =
          embedding_scan(s, from, i, dates, date_count, true, &series_scanned);
    /* "came up last, at 9:55 that evening, and shook hands": a date's
     * "that" embeds no clause, and after a comma the verb is the part's
     * own; a bare "and" ("to study its canals and later found") may
     * still go on with the clause it follows */
    bool comma = s[i] != ' ';
    if (comma && !series && !dated_embedded)
      dated_embedded =
          embedding_scan(s, from, i, dates, date_count, true, &dated_scanned);
    bool embeds = series ? series_embedded : comma ? dated_embedded : embedded;
    if (embeds && !j.subordinate && !j.relative &&
        shared_verb_at(s, j.next, to))
      continue;
    /* "The trouble was spotted on May 20, when Brightline pulled ...": a
     * clause that names no one, then a when-clause right after its date:
     * the when-clause says what the happening was, the event is its own;
     * "The case began in March 2030, when ..." tells one of its own too
     * (extract_when_frame_own) */
    const evg_timex *before =
        s[i] == ',' && extract_word_at(s, i + 2, to, "when")
            ? date_ending_at(dates, date_count, i)
            : NULL;
    *frame = before && !names_someone(s, from, before->start) &&
             !extract_when_frame_own(s, from, before->start);
    *when_date = when_clause_date(s, dates, date_count, before);
    if (!verb_before || (j.subordinate && j.start <= from && s[i] != ','))
      continue;
    if (j.cause && !series && !cause_embedded)
      cause_embedded =
          embedding_scan(s, from, i, NULL, 0, false, &cause_scanned);
    /* "ordered on Monday that ... be replayed, after an inquiry found":
     * the decision of a dated act in words embeds no saying
     * (extract_directive_content) */
    bool cause_embeds =
        cause_embedded && !(date_within(dates, date_count, from, j.start) &&
                            extract_directive_content(s, from, j.start));
    if (!joint_splits(s, from, to, dates, date_count, &j,
                      j.cause && !series ? cause_embeds : embeds) ||
        extract_negated_at(s, j.next, to))
      continue;
    *b_start = j.start;
    *shared_verb = !j.subordinate && shared_verb_at(s, j.next, to);
    size_t next = j.next;
    while (next < to && (s[next] == ' ' || s[next] == ','))
      next++;
    *b_end = next;
    return true;
  }
  return false;
}

/* Where the main clause starts after an opening subordinate clause ("When
 * his half-brother X died in 1682, the boy was proclaimed tsar"): the first
 * comma after which a clause with its own subject and past verb starts;
 * 0 when the clause opens with no subordinator or none is found.  *opened
 * is where the subordinate clause's own words start (past "When"). */
static size_t opener_end(const char *s, size_t from, size_t to,
                         const evg_timex *const *dates, size_t date_count,
                         size_t *opened) {
  static const char *const openers[] = {"when", "after", "before", "once",
                                        "as",   "while", NULL};
  /* "Sixteen minutes after Ruiz fell, ...": a count of time before the
   * subordinator (extract_counted_opener) */
  from = extract_counted_opener(s, from, to);
  size_t e = extract_letters_end(s, from, to);
  if (e == from || e >= to || s[e] != ' ' ||
      !extract_word_in(s + from, e - from, openers))
    return 0;
  *opened = e + 1;
  /* the opener's own verb first, then the comma, within 200 bytes */
  bool verb = false;
  for (size_t i = e + 1; i < to && i < from + 200; i++) {
    if (s[i] == ';')
      return 0;
    if (ascii_alpha((unsigned char)s[i]) &&
        !ascii_alpha((unsigned char)s[i - 1])) {
      size_t we = extract_letters_end(s, i, to);
      verb |= ascii_is_lower((unsigned char)s[i]) &&
              extract_verb_form(s + i, we - i);
    }
    if (s[i] != ',' || !verb)
      continue;
    /* ", and ...": a coordinated clause, not the main one */
    size_t n = i + 1;
    while (n < to && s[n] == ' ')
      n++;
    size_t ne = extract_letters_end(s, n, to);
    static const char *const joins[] = {"and", "but", "then", "or", NULL};
    if (extract_word_in(s + n, ne - n, joins))
      return 0;
    if (subject_and_verb_at(s, i + 1, to, dates, date_count, SUBJECT_ANY,
                            false))
      return i;
  }
  return 0;
}

size_t extract_relative_main_verb(const char *s, size_t from, size_t to,
                                  size_t *that_end_out,
                                  bool *subject_relative_out) {
  static const char *const coordinators[] = {"and", "but", "or", NULL};
  static const char *const pronouns[] = {"he", "she", "it", "they", "we", NULL};
  static const char *const relatives[] = {"that", "which", "who", NULL};
  static const char *const determiners[] = {"a",   "an",  "the",   "its",
                                            "his", "her", "their", NULL};
  size_t q = from, that_end = 0, prev = 0, prev_len = 0;
  bool named = false, relative_verb = false, subject_relative = false;
  for (int words = 0; words < 30 && q < to; words++) {
    while (q < to && s[q] == ' ')
      q++;
    size_t e = extract_letters_end(s, q, to);
    /* a year or a decade inside the relative clause ("in 1994", "in the
     * 1980s") is its date, read as a word */
    if (e == q && relative_verb && s[q] >= '0' && s[q] <= '9')
      while (e < to && ascii_alnum((unsigned char)s[e]))
        e++;
    if (e == q)
      return 0; /* a comma, a quotation, a figure: not this simple shape */
    bool lower = ascii_is_lower((unsigned char)s[q]);
    if (!that_end) {
      /* the head noun phrase: words with no verb, then "that" ("which",
       * "who") */
      if (words > 0 && lower && extract_word_in(s + q, e - q, relatives))
        that_end = e;
      else if (words > 5 || (lower && extract_verb_form(s + q, e - q) &&
                             !(prev_len && extract_word_in(s + prev, prev_len,
                                                           determiners))))
        return 0; /* a verb; not an adjective after "a" ("a painted
                     manuscript", "the stolen car") */
    } else if (extract_word_in(s + q, e - q, coordinators)) {
      return 0; /* "that X built and sold": whose verb is which is unsure */
    } else if (relative_verb && lower && extract_modal_in(s, q, e)) {
      /* "a bridge that collapsed in 2019 will reopen on Monday": the main
       * verb is to come; split at the modal under a subject relative's
       * test (a date of its own, in a later year), never on the clause's
       * date alone ("that stalled on Saturday will stay closed") */
      *that_end_out = that_end;
      if (subject_relative_out)
        *subject_relative_out = true;
      return q;
    } else if (!relative_verb) {
      named |= !lower || extract_word_in(s + q, e - q, pronouns);
      if (lower && extract_past_happening_at(s, q, e, to)) {
        /* a subject relative ("a manuscript that vanished in the 1980s
         * went on display on Monday"): its verb right after "that", the
         * head noun its subject */
        subject_relative = !named && prev < that_end;
        if (!named && !subject_relative)
          return 0;
        relative_verb = true;
      }
    } else if (lower && extract_past_happening_at(s, q, e, to) &&
               !(prev_len && extract_nonfinite_before(s + prev, prev_len)) &&
               !extract_word_at(s, e + 1, to, "by")) {
      *that_end_out = that_end;
      if (subject_relative_out)
        *subject_relative_out = subject_relative;
      return q;
    }
    prev = q, prev_len = e - q;
    q = e;
  }
  return 0;
}

/* Whether the first date from `that_end` (a relative clause's) ends in
 * a year before the one the first date from `verb` (the main verb's)
 * starts in: "a manuscript that vanished in the 1980s went on display on
 * Monday" tells two times years apart.  Days of one week ("a leopard that
 * slipped out on Tuesday night was caught on Thursday morning") are left
 * one clause: split, the catch joined another article's finding of the
 * animal in the merge (tests/merge/pair16). */
static bool years_apart(const evg_timex *const *dates, size_t date_count,
                        size_t that_end, size_t verb) {
  size_t r = first_date_from(dates, date_count, that_end);
  size_t m = first_date_from(dates, date_count, verb);
  return r < date_count && m < date_count && dates[r]->has_date &&
         dates[m]->has_date &&
         evg_date_year(&dates[r]->date) < evg_date_year(&dates[m]->date) &&
         dates[r]->date.end < dates[m]->date.start;
}

/* The date of a part s[start, end) of a clause dated `date`: the clause's,
 * unless the part holds a date of its own and not the clause's ("Pilots
 * walked out on Wednesday after talks collapsed late Tuesday"). */
static const evg_timex *part_date(size_t start, size_t end,
                                  const evg_timex *date,
                                  const evg_timex *const *dates,
                                  size_t date_count) {
  if (date->start >= start && date->start < end)
    return date;
  for (size_t k = 0; k < date_count; k++)
    if (dates[k]->start >= start && dates[k]->end <= end)
      return dates[k];
  return date;
}

/* Splits each clause of out[0, n) at the clauses with a subject and a
 * verb of their own inside it; each part keeps the clause's date unless
 * it holds one of its own.  Returns the new count. */
size_t extract_split_happenings(const char *s, dated_clause *out, size_t n,
                                const evg_timex *const *dates,
                                size_t date_count) {
  dated_clause split[EXTRACT_MAX_CLAUSES];
  size_t m = 0;
  for (size_t k = 0; k < n; k++) {
    size_t start = out[k].span.start, end = out[k].span.end;
    const evg_timex *date = out[k].date;
    size_t b_start, b_end;
    bool frame = false, shared = false;
    const evg_timex *when = NULL;
    /* the date a part with none of its own takes: the clause's, or after
     * a verb whose subject is shared, the part before's */
    const evg_timex *carried = date;
    size_t opened = 0;
    size_t main = m + (n - k) < EXTRACT_MAX_CLAUSES
                      ? opener_end(s, start, end, dates, date_count, &opened)
                      : 0;
    if (main) {
      split[m++] = (dated_clause){
          {opened, main}, part_date(opened, main, date, dates, date_count)};
      start = main + 1;
      while (start < end && s[start] == ' ')
        start++;
    }
    /* "Dozens of containers that the ship Solveig Star lost on Monday
     * night | began washing up on Wednesday": a relative clause dated
     * apart is a happening of its own (see extract_relative_main_verb) */
    size_t that_end = 0;
    bool subject_relative = false;
    size_t verb = !main && m + (n - k) < EXTRACT_MAX_CLAUSES
                      ? extract_relative_main_verb(s, start, end, &that_end,
                                                   &subject_relative)
                      : 0;
    /* a subject relative ("a manuscript that vanished in the 1980s | went
     * on display on Monday") is split only when the main verb has a date
     * of its own too, in a later year (see years_apart) */
    if (verb && own_date_within(s, dates, date_count, that_end, verb) &&
        (!subject_relative ||
         (own_date_within(s, dates, date_count, verb, end) &&
          years_apart(dates, date_count, that_end, verb)))) {
      split[m++] = (dated_clause){
          {start, verb - 1}, part_date(start, verb, date, dates, date_count)};
      /* the main verb's own date dates what follows it */
      date = carried = part_date(verb, end, date, dates, date_count);
      start = verb;
    }
    /* room for this clause's rest and for each clause still to come */
    while (m + (n - k) < EXTRACT_MAX_CLAUSES &&
           undated_boundary(s, start, end, dates, date_count, &b_start, &b_end,
                            &frame, &when, &shared)) {
      const evg_timex *own =
          part_date(start, b_start, carried, dates, date_count);
      if (!frame)
        split[m++] = (dated_clause){{start, b_start}, own};
      /* "the worst loss since 1760, when a fleet sacked the coast": a
       * when-clause right after a date happened at that date */
      carried = when ? when : shared ? own : date;
      start = b_end;
    }
    split[m++] = (dated_clause){
        {start, end}, part_date(start, end, carried, dates, date_count)};
  }
  memcpy(out, split, m * sizeof *out);
  return m;
}

size_t extract_happening_clauses(const char *s, const range *sentence,
                                 range *out) {
  /* the sentence as one clause dated by a stand-in, split as a dated one */
  evg_timex none = {0};
  none.start = none.end = sentence->end;
  dated_clause clauses[EXTRACT_MAX_CLAUSES] = {{*sentence, &none}};
  size_t n = extract_split_happenings(s, clauses, 1, NULL, 0);
  size_t kept = 0;
  for (size_t k = 0; k < n; k++)
    if (n == 1 || extract_states_past_happening(s, &clauses[k].span))
      out[kept++] = clauses[k].span;
  return kept;
}
