/* merge_pairs.c: the rules by which `evgraph merge` tells whether two
 * events of different articles are one happening: how closely their
 * dates agree, the weight of the words they share and whether those words
 * can tell one happening, and the pairs by actor and day (README,
 * Merging). */
#include "merge_internal.h"

#include <glib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- dates ---- */

/* Width of a date in days; an open or unknown end is wider than any. */
int64_t merge_date_width(const evg_date *d) {
  if (!evg_date_has_start(d) || !evg_date_has_end(d))
    return INT64_MAX;
  return (int64_t)d->end - d->start;
}

int32_t merge_first_day(const evg_date *d) {
  return evg_date_has_start(d) ? d->start : INT32_MIN;
}

int32_t merge_last_day(const evg_date *d) {
  return evg_date_has_end(d) ? d->end : INT32_MAX;
}

bool merge_dates_overlap(const evg_date *a, const evg_date *b) {
  return merge_first_day(a) <= merge_last_day(b) &&
         merge_first_day(b) <= merge_last_day(a);
}

/* Whether a date is one day or two days running ("overnight": the night
 * of the 21st into the 22nd), told as narrowly as one day: not a date
 * told loosely. */
static bool day_or_night(const evg_date *d) { return merge_date_width(d) <= 1; }

/* Days between two dates that do not overlap (0 when they do). */
static int64_t date_gap(const evg_date *a, const evg_date *b) {
  if (merge_dates_overlap(a, b))
    return 0;
  if (merge_last_day(a) < merge_first_day(b))
    return (int64_t)merge_first_day(b) - merge_last_day(a);
  return (int64_t)merge_first_day(a) - merge_last_day(b);
}

/* Whether both events state one day, the same. */
static bool same_stated_day(const event_rec *a, const event_rec *b) {
  const evg_date *da = &a->event->date, *db = &b->event->date;
  return merge_date_width(da) == 0 && merge_date_width(db) == 0 &&
         merge_first_day(da) == merge_first_day(db);
}

/* Whether two events' dates are one and the same span. */
static bool same_dates(const event_rec *a, const event_rec *b) {
  const evg_date *da = &a->event->date, *db = &b->event->date;
  return merge_first_day(da) == merge_first_day(db) &&
         merge_last_day(da) == merge_last_day(db);
}

/* Two clock times of one day are as much a date as the day itself: the
 * merge compares them as times, which the words leave out ("p.m." is no
 * term).  The day is compared first, so that only the quotes of pairs on
 * one stated day are tagged for their times. */
bool merge_clocks_agree(const merger *m, const event_rec *a,
                        const event_rec *b) {
  if (!same_stated_day(a, b))
    return false;
  int ca = merge_clock(m, a);
  if (ca < 0)
    return false;
  int cb = merge_clock(m, b);
  return cb >= 0 && abs(ca - cb) <= MERGE_CLOCK_GAP_MINUTES;
}

const merge_time *merge_event_time(const merger *m, const event_rec *r) {
  size_t i = (size_t)(r - m->events);
  if (!m->time_read[i]) {
    m->time_read[i] = true;
    for (size_t c = 0; c < r->event->citation_count && !m->times[i].kind; c++)
      merge_read_time(r->event->citations[c].quote, &m->times[i]);
    /* a clock told by reckoning says more than a part of the day */
    merge_time reckoned;
    if (m->times[i].kind != MERGE_TIME_CLOCK &&
        merge_reckon_time(m, r, &reckoned))
      m->times[i] = reckoned;
  }
  return &m->times[i];
}

bool merge_times_differ(const merger *m, const event_rec *a,
                        const event_rec *b) {
  if (!same_stated_day(a, b))
    return false;
  int gap = merge_time_gap(merge_event_time(m, a), merge_event_time(m, b));
  return gap > MERGE_TIME_APART_MINUTES && !merge_clocks_agree(m, a, b);
}

/* Whether an event is its sentence's only one (an article's events of one
 * sentence are its consecutive records, the first the sentence's). */
static bool told_alone(const merger *m, const event_rec *r) {
  size_t i = (size_t)(r - m->events);
  return r->sentence == i &&
         (i + 1 >= m->event_count || m->events[i + 1].article != r->article ||
          m->events[i + 1].sentence != i);
}

static bool later_by_default(const merger *m, const event_rec *a,
                             const event_rec *b);
static bool later_day_carried(const merger *m, const event_rec *a,
                              const event_rec *b);

/* Whether two events of different one-day dates may still be of one day
 * for their clocks: the later day is only its paper's
 * (later_by_default) or one its quote does not write (later_day_carried).
 * A follow-up writes a clock without the day it retells ("The sails came
 * down just before 12 o'clock", dated its paper's day, four days after
 * "Shortly before midnight the sails crashed to the ground"; merge36,
 * pairs 76 and 78; "Traffic flowed again from around ten o'clock", dated
 * the lead's Thursday, and "The road reopened at 10 p.m." on Monday;
 * merge41, pair 77). */
static bool day_written_by_clock(const merger *m, const event_rec *r);

/* ... or one only a bare clock of its quote writes, which the tagger dates
 * at its anchor, the paper's day ("He secured Claes and let her down to a
 * cherry-picker at 16:32", dated the follow-up's Sunday, and "lowered her
 * on a rope ... at 4:32 p.m." on Saturday; merge49, pairs 110 and 111). */
static bool clock_day_by_default(const merger *m, const event_rec *a,
                                 const event_rec *b) {
  if (merge_date_width(&a->event->date) != 0 ||
      merge_date_width(&b->event->date) != 0)
    return false;
  if (later_by_default(m, a, b) || later_day_carried(m, a, b))
    return true;
  int32_t first_a = merge_first_day(&a->event->date),
          first_b = merge_first_day(&b->event->date);
  return first_a != first_b &&
         date_gap(&a->event->date, &b->event->date) <=
             MERGE_DEFAULT_REACH_DAYS &&
         day_written_by_clock(m, first_a > first_b ? a : b);
}

/* Whether two times of day lie within their roundings (a part of the
 * day has none). */
static bool times_meet(const merge_time *a, const merge_time *b) {
  int gap = merge_time_gap(a, b);
  return gap >= 0 && gap <= (a->kind == MERGE_TIME_CLOCK ? a->slack : 0) +
                                (b->kind == MERGE_TIME_CLOCK ? b->slack : 0);
}

/* Whether an event of a sentence told as several is the one whose own
 * clause writes a clock time, its siblings' clauses none that meets
 * `other`'s time: the sentence's clock for `other` is that clause's, and
 * pairs by time as a sentence told alone does, with an event told alone
 * ("had started out from Duhnen at 15:55 on Saturday, hoping to ... take
 * the ferry home on Sunday" and "set off from the beach at Duhnen at
 * about 4 p.m."; merge49, pair 112).  A sibling's clock that is another
 * moment does not hide it ("began work shortly after noon and made the
 * bomb safe at 1:14 p.m." and "removed the detonator at 13:14"; merge51,
 * pair 106).  Two such clauses are not enough ("mounted the pavement at
 * about 4:15 a.m. and reversed twice into the shop front" and "The
 * attack began at a quarter past four ..., when the raiders backed a
 * stolen Audi into the shop's window", pair 94, whose gold lists the
 * second clauses). */
static bool clock_clause_alone(const merger *m, const event_rec *r,
                               const merge_time *other) {
  if (!r->has_clause || r->clause_time.kind != MERGE_TIME_CLOCK)
    return false;
  size_t first = r->sentence, i = first;
  for (; i < m->event_count && i - first < MERGE_SIBLINGS_MAX &&
         m->events[i].sentence == first;
       i++)
    if (&m->events[i] != r && (!m->events[i].has_clause ||
                               times_meet(&m->events[i].clause_time, other)))
      return false;
  return i - first < MERGE_SIBLINGS_MAX;
}

/* An event's time for a pair by time: its sentence's, or its own
 * clause's when its sentence is told as several. */
static const merge_time *pair_time(const merger *m, const event_rec *r) {
  return r->has_clause ? &r->clause_time : merge_event_time(m, r);
}

/* Whether a clock told by reckoning meets another clock that meets the
 * clock it counts from too: the other is the anchor's happening's
 * ("Sixteen minutes after Ruiz fell, the organisers halted the race"
 * against "collapsed shortly after 11 a.m.", the fall at 11:04; merge52). */
static bool meets_anchor(const merge_time *reckoned, const merge_time *other) {
  if (!reckoned->reckoned)
    return false;
  merge_time anchor = *reckoned;
  anchor.from = reckoned->anchor_from, anchor.to = reckoned->anchor_to;
  anchor.slack = reckoned->anchor_slack, anchor.reckoned = false;
  int gap = merge_time_gap(&anchor, other);
  return gap >= 0 && gap <= anchor.slack + other->slack;
}

bool merge_time_pair(const merger *m, const event_rec *a, const event_rec *b) {
  bool alone_a = told_alone(m, a), alone_b = told_alone(m, b);
  if (a->article == b->article || !(alone_a || alone_b) ||
      !(alone_a || clock_clause_alone(m, a, pair_time(m, b))) ||
      !(alone_b || clock_clause_alone(m, b, pair_time(m, a))) ||
      (a->actor_count && b->actor_count &&
       !merge_intersection(a->actors, a->actor_count, b->actors,
                           b->actor_count)))
    return false;
  bool same_day = same_stated_day(a, b);
  if (!same_day && !clock_day_by_default(m, a, b))
    return false;
  const merge_time *ta = pair_time(m, a), *tb = pair_time(m, b);
  int gap = merge_time_gap(ta, tb);
  /* two clocks say two moments unless their roundings overlap: one
   * story's happenings follow each other within the hour ("The alarm
   * sounded at 3:10 p.m." and "Firefighters arrived at 3:25 p.m."); a
   * clause's clock when they only touch is another moment ("began to
   * abseil at about 6 p.m." and "got to the top around five o'clock",
   * merge49, pair 78) */
  if (ta->kind == MERGE_TIME_CLOCK && tb->kind == MERGE_TIME_CLOCK) {
    if (meets_anchor(ta, tb) || meets_anchor(tb, ta))
      return false;
    return gap >= 0 && (gap < ta->slack + tb->slack ||
                        (alone_a && alone_b && gap == ta->slack + tb->slack));
  }
  /* across a paper's day only two clocks: a part of the day matches too
   * many of a story's happenings told days later ("through the night",
   * "through the afternoon"; merge36: pairs 22, 71 and 80 wrong) */
  if (!same_day)
    return false;
  /* a part of the day is already a span of hours as writers use it:
   * a clock outside it by more than its rounding is another moment
   * ("The gates were shut at 11:20 p.m." and "Crowds left the square in
   * the evening"; merge31) */
  const merge_time *clock = ta->kind == MERGE_TIME_CLOCK ? ta : tb;
  return gap >= 0 && clock->kind == MERGE_TIME_CLOCK && gap <= clock->slack;
}

bool merge_event_clocks_meet(const merger *m, const event_rec *a,
                             const event_rec *b) {
  if (!same_stated_day(a, b))
    return false;
  const merge_time *ta = merge_event_time(m, a), *tb = merge_event_time(m, b);
  return ta->kind == MERGE_TIME_CLOCK && tb->kind == MERGE_TIME_CLOCK &&
         times_meet(ta, tb) && !meets_anchor(ta, tb) && !meets_anchor(tb, ta);
}

bool merge_clause_clocks_meet(const merger *m, const event_rec *a,
                              const event_rec *b) {
  if (!same_stated_day(a, b))
    return false;
  const merge_time *ta =
                       a->has_clause ? &a->clause_time : merge_event_time(m, a),
                   *tb =
                       b->has_clause ? &b->clause_time : merge_event_time(m, b);
  int gap = merge_time_gap(ta, tb);
  return ta->kind == MERGE_TIME_CLOCK && tb->kind == MERGE_TIME_CLOCK &&
         gap >= 0 && gap <= ta->slack + tb->slack;
}

/* ---- the pair rules ---- */

/* Steps *i and *j (into a's and b's sorted terms) to the next term both
 * events hold; false when none is left.  Callers step past it (i++, j++). */
static inline bool next_shared_term(const event_rec *a, const event_rec *b,
                                    size_t *i, size_t *j) {
  while (*i < a->term_count && *j < b->term_count) {
    if (a->terms[*i] == b->terms[*j])
      return true;
    if (a->terms[*i] < b->terms[*j])
      ++*i;
    else
      ++*j;
  }
  return false;
}

/* The weight of the terms two sorted lists share. */
double merge_shared_weight(const merger *m, const size_t *a, size_t na,
                           const size_t *b, size_t nb) {
  size_t i = 0, j = 0;
  double sum = 0;
  while (i < na && j < nb) {
    if (a[i] == b[j])
      sum += m->term_weight[a[i]], i++, j++;
    else if (a[i] < b[j])
      i++;
    else
      j++;
  }
  return sum;
}

/* The weight of the terms two events share, each counted as much as both
 * events let it (the geometric mean of their factors). */
double merge_weighted_shared(const merger *m, const event_rec *a,
                             const event_rec *b) {
  double sum = 0;
  for (size_t i = 0, j = 0; next_shared_term(a, b, &i, &j); i++, j++)
    sum += m->term_weight[a->terms[i]] * sqrt(a->factor[i] * b->factor[j]);
  return sum;
}

/* Whether the sorted, unique `terms` hold `term`. */
static bool has_term(const size_t *terms, size_t count, size_t term) {
  return bsearch(&term, terms, count, sizeof term, merge_compare_size) != NULL;
}

/* Whether the term two events share at a->terms[i] and b->terms[j] is a
 * word of who did something for the pair: a word of a post, or of the
 * name of an actor of either event's article (event_rec.who). */
static inline bool shared_who(const event_rec *a, size_t i, const event_rec *b,
                              size_t j) {
  return a->who[i] || b->who[j];
}

shared_terms merge_share_terms(const merger *m, const event_rec *a,
                               const event_rec *b) {
  shared_terms s = {0, 0, 0, false};
  for (size_t i = 0, j = 0; next_shared_term(a, b, &i, &j); i++, j++) {
    size_t t = a->terms[i];
    s.what += !shared_who(a, i, b, j);
    s.named_what += !shared_who(a, i, b, j) && m->name_term[t];
    s.who += shared_who(a, i, b, j);
    s.own |= a->factor[i] == 1.0 && b->factor[j] == 1.0;
  }
  return s;
}

/* Whether date a is "on or before" (an open start: "By Tuesday night
 * about 900 ... had signed") the one day b states ("on September 16 an
 * open letter ... gathered the signatures"), or on or before the same day
 * as b ("said on Wednesday that the gang had known", "told reporters on
 * March 18 that the raid had been planned"): the text dates it by that
 * day, as close to b as a day of its own. */
static bool deadline_on_day(const evg_date *a, const evg_date *b) {
  return !evg_date_has_start(a) && evg_date_has_end(a) &&
         (merge_date_width(b) == 0 ||
          (!evg_date_has_start(b) && evg_date_has_end(b))) &&
         merge_last_day(a) == merge_last_day(b);
}

/* How closely two dates agree, from 0 to 1: 1 for the same day (or a
 * deadline on the other's day), halved for each day between them,
 * divided by the days the wider one spans (a month agrees with one of its
 * days 1/31); 0 for an open or unknown end. */
double merge_date_closeness(const evg_date *a, const evg_date *b) {
  if (deadline_on_day(a, b) || deadline_on_day(b, a))
    return 1; /* "By Tuesday night 900 had signed" and "on September 16" */
  int64_t wide = merge_date_width(a) > merge_date_width(b)
                     ? merge_date_width(a)
                     : merge_date_width(b);
  if (wide == INT64_MAX)
    return 0;
  int64_t gap = date_gap(a, b);
  return ldexp(1.0, -(int)(gap < 60 ? gap : 60)) / (double)(wide + 1);
}

/* Whether a term stands in what an event's headline says happened, or
 * the headline says nothing of it (quote_is_core) and the term is in its
 * quote. */
static bool in_core(const event_rec *r, size_t term) {
  return r->quote_is_core ||
         has_term(r->headline_terms, r->headline_term_count, term);
}

/* Whether a term stands in the act of an event's headline (act_terms: the
 * words before a verb of saying), or the headline says nothing of what
 * happened (quote_is_core) and the term is in its quote. */
static bool in_act(const event_rec *r, size_t term) {
  return r->quote_is_core || has_term(r->act_terms, r->act_term_count, term);
}

/* How often the words of what happened (not of who did it) that two events
 * share stand in the core of one of them (in_core): once for each. */
static size_t core_shared(const merger *m, const event_rec *a,
                          const event_rec *b) {
  size_t n = 0;
  for (size_t i = 0, j = 0; next_shared_term(a, b, &i, &j); i++, j++) {
    size_t t = a->terms[i];
    if (!shared_who(a, i, b, j))
      n += (size_t)in_core(a, t) + (size_t)in_core(b, t);
  }
  return n;
}

/* Whether a's core (in_core) says a word of what happened that b holds
 * too (not a word of who did it). */
static bool core_says_shared(const merger *m, const event_rec *a,
                             const event_rec *b) {
  for (size_t i = 0, j = 0; next_shared_term(a, b, &i, &j); i++, j++) {
    size_t t = a->terms[i];
    if (!shared_who(a, i, b, j) && in_core(a, t))
      return true;
  }
  return false;
}

/* Whether, of two events one of whose quotes writes their day and the
 * other does not (the extraction carried it from an earlier sentence),
 * the one that carries it says a word they share in its core (in_core):
 * else the words stand only in the rest of its quote, often a clause that
 * points at another happening ("He found the case ... and took it
 * straight to the police station"; "touched the ground ..., almost ten
 * hours after the cars had halted"), and its day does not tie it to the
 * other's written one (merge16).  Two quotes that both carry their day,
 * as hand-written events files' titles and quotes do, are left as they
 * were. */
static bool carried_day_words_hold(const merger *m, const event_rec *a,
                                   const event_rec *b) {
  bool wa = merge_date_written(m, a), wb = merge_date_written(m, b);
  if (wa == wb)
    return true;
  return wa ? core_says_shared(m, b, a) : core_says_shared(m, a, b);
}

/* Whether both events' `where` (in_core, in_act) use one word of what
 * happened that they share: not a word of who did it, nor a name, which
 * says where. */
static bool share_what_in(const merger *m, const event_rec *a,
                          const event_rec *b,
                          bool (*where)(const event_rec *, size_t)) {
  for (size_t i = 0, j = 0; next_shared_term(a, b, &i, &j); i++, j++) {
    size_t t = a->terms[i];
    if (!shared_who(a, i, b, j) && !m->name_term[t] && where(a, t) &&
        where(b, t))
      return true;
  }
  return false;
}

/* Whether both headlines use one word of what happened (in_core on both
 * sides; not a word of who did it, nor a name, which says where). */
bool merge_headlines_share_what(const merger *m, const event_rec *a,
                                const event_rec *b) {
  return share_what_in(m, a, b, in_core);
}

/* Whether both headlines' acts (act_terms: the words before a verb of
 * saying) use one word of what happened, as merge_headlines_share_what
 * asks of the headlines: a word of what a saying reported ("Its
 * forecasters said it was the worst storm") tells of another happening
 * than the saying's (merge18). */
static bool acts_share_what(const merger *m, const event_rec *a,
                            const event_rec *b) {
  return share_what_in(m, a, b, in_act);
}

/* Whether every word of what happened that two events share (not a word
 * of who did it) stands in both headlines. */
static bool shared_what_in_headlines(const merger *m, const event_rec *a,
                                     const event_rec *b) {
  for (size_t i = 0, j = 0; next_shared_term(a, b, &i, &j); i++, j++) {
    size_t t = a->terms[i];
    if (!shared_who(a, i, b, j) &&
        (!has_term(a->headline_terms, a->headline_term_count, t) ||
         !has_term(b->headline_terms, b->headline_term_count, t)))
      return false;
  }
  return true;
}

/* The clock time of a TIME value ("2027-06-07T14:20", "XXXX-XX-XXT12:00"
 * for "noon"), in minutes from midnight, or -1 for a part of the day
 * ("T MO": "Monday morning") or none. */
static int clock_of_value(const char *value) {
  const char *t = value ? strchr(value, 'T') : NULL;
  if (!t || !g_ascii_isdigit(t[1]) || !g_ascii_isdigit(t[2]) || t[3] != ':' ||
      !g_ascii_isdigit(t[4]) || !g_ascii_isdigit(t[5]))
    return -1;
  int hour = (t[1] - '0') * 10 + (t[2] - '0');
  int minute = (t[4] - '0') * 10 + (t[5] - '0');
  return hour < 24 && minute < 60 ? hour * 60 + minute : -1;
}

/* The first clock time the tagger found ("2:20 p.m.", "14:20", "noon"),
 * in minutes, or -1. */
static int first_clock(const evg_timexes *found) {
  for (size_t i = 0; i < evg_timexes_count(found); i++) {
    const evg_timex *x = evg_timexes_get(found, i);
    int minutes = x->type == EVG_TIMEX_TIME ? clock_of_value(x->value) : -1;
    if (minutes >= 0)
      return minutes;
  }
  return -1;
}

/* Whether a time the tagger found is a bare clock ("13:40", "6:20
 * p.m."): it writes no day, the tagger gives it the anchor's. */
static bool bare_clock(const char *quote, const evg_timex *x) {
  if (x->type != EVG_TIMEX_TIME)
    return false;
  for (size_t k = x->start; k < x->end; k++)
    if (!strchr("0123456789:. apmAPM", quote[k]))
      return false;
  return true;
}

/* WRITTEN_BY_CLOCK: only a bare clock of the quote dates it so. */
enum { WRITTEN_NOT, WRITTEN, WRITTEN_BY_CLOCK };

/* Whether the tagger found a date in a quote that overlaps the event's:
 * a date the extraction carried over from an earlier sentence ("that
 * evening", or none at all) is weak evidence that two events are one
 * happening.  Without an anchor a written day cannot be resolved, so any
 * written one counts; WRITTEN_BY_CLOCK when only a bare clock overlaps
 * it. */
static int date_found(const evg_timexes *found, const evg_date *date,
                      const evg_date *anchor, const char *quote) {
  int written = WRITTEN_NOT;
  for (size_t i = 0; i < evg_timexes_count(found); i++) {
    const evg_timex *x = evg_timexes_get(found, i);
    if (x->type != EVG_TIMEX_DATE && x->type != EVG_TIMEX_TIME)
      continue;
    if (!(x->has_date ? merge_dates_overlap(&x->date, date) : !anchor))
      continue;
    if (!bare_clock(quote, x))
      return WRITTEN;
    written = WRITTEN_BY_CLOCK;
  }
  return written;
}

/* The tagger's findings in quote `c` of an event record, with its
 * input's anchor; the caller frees them. */
static const evg_date *input_anchor(const merger *m, const event_rec *r) {
  const input *in = &m->inputs[r->input];
  return in->has_anchor ? &in->anchor : NULL;
}

static evg_timexes *tag_quote(const merger *m, const event_rec *r, size_t c) {
  const char *quote = r->event->citations[c].quote;
  return evg_tag_text(quote, strlen(quote), input_anchor(m, r));
}

/* Tags an event's first quote once, for both of what merge asks of it:
 * whether it writes the event's date (without a quote the date is the
 * author's own: written), and its first clock time; the clock stays
 * CLOCK_LATER_QUOTES when only later quotes may write one. */
static void tag_first_quote(const merger *m, const event_rec *r) {
  size_t i = (size_t)(r - m->events);
  const evg_event *e = r->event;
  m->clock[i] = e->citation_count > 1 ? CLOCK_LATER_QUOTES : -1;
  if (!e->citation_count || !e->citations[0].quote) {
    m->written[i] = 1;
    return;
  }
  evg_timexes *found = tag_quote(m, r, 0);
  m->written[i] = (signed char)date_found(found, &e->date, input_anchor(m, r),
                                          e->citations[0].quote);
  int minutes = first_clock(found);
  if (minutes >= 0)
    m->clock[i] = minutes;
  evg_timexes_free(found);
}

/* Whether the event's first quote writes its date, tagged when first
 * asked (only the events of candidate pairs that need it, and of merged
 * groups), then kept. */
bool merge_date_written(const merger *m, const event_rec *r) {
  size_t i = (size_t)(r - m->events);
  if (m->written[i] < 0)
    tag_first_quote(m, r);
  return m->written[i] != WRITTEN_NOT;
}

/* Whether only a bare clock of the event's first quote writes its day. */
static bool day_written_by_clock(const merger *m, const event_rec *r) {
  (void)merge_date_written(m, r);
  return m->written[r - m->events] == WRITTEN_BY_CLOCK;
}

/* The first clock time an event's quotes write, in minutes, or -1:
 * tagged when first asked, with merge_date_written's tagging of the
 * first quote, then kept. */
int merge_clock(const merger *m, const event_rec *r) {
  size_t i = (size_t)(r - m->events);
  (void)merge_date_written(m, r); /* tags the first quote once */
  if (m->clock[i] == CLOCK_LATER_QUOTES) {
    m->clock[i] = -1;
    for (size_t c = 1; c < r->event->citation_count && m->clock[i] < 0; c++) {
      if (!r->event->citations[c].quote)
        continue;
      evg_timexes *found = tag_quote(m, r, c);
      m->clock[i] = first_clock(found);
      evg_timexes_free(found);
    }
  }
  return m->clock[i];
}

/* Whether an event's day is its article's own (the day its dateline
 * writes) and its quote writes no date: the extraction gave it the
 * paper's day for want of one ("The exchange also scrapped roughly 1,900
 * orders"), which says it happened by then, not on that day. */
/* Whether an event is dated its article's own day, the one its dateline
 * writes (merge_dated_by_default without tagging its quote). */
static bool on_papers_day(const merger *m, const event_rec *r) {
  const article *art = &m->articles[r->article];
  return art->has_day && merge_date_width(&r->event->date) == 0 &&
         merge_first_day(&r->event->date) == art->day;
}

bool merge_dated_by_default(const merger *m, const event_rec *r) {
  return on_papers_day(m, r) && !merge_date_written(m, r);
}

void merge_carried_to_papers_day(merger *m) {
  for (size_t i = 0; i < m->event_count; i++) {
    event_rec *r = &m->events[i];
    const evg_event *e = r->event;
    const article *art = &m->articles[r->article];
    if (!art->has_day || !e->date.uncertain ||
        merge_first_day(&e->date) >= art->day || !e->citation_count ||
        !e->citations[0].quote)
      continue;
    evg_timexes *found = tag_quote(m, r, 0);
    bool written = date_found(found, &e->date, input_anchor(m, r),
                              e->citations[0].quote) != WRITTEN_NOT;
    evg_timexes_free(found);
    if (written)
      continue;
    evg_event *copy = evg_arena_alloc(&m->arena, sizeof *copy);
    *copy = *e;
    copy->date = evg_date_from_day(art->day, EVG_PREC_DAY);
    if (e->date.open_start) { /* "by then": by the paper's day */
      copy->date.open_start = copy->date.interval = true;
      copy->date.to = copy->date.from;
      evg_date_compute_bounds(&copy->date);
    }
    r->own = e;
    r->event = copy;
  }
}

void merge_own_dates(merger *m) {
  for (size_t i = 0; i < m->event_count; i++) {
    event_rec *r = &m->events[i];
    if (r->own)
      r->event = r->own, r->own = NULL;
  }
}

/* Whether the later of two events has only its paper's day
 * (merge_dated_by_default), at most MERGE_DEFAULT_REACH_DAYS after the
 * other's: their days are not known to differ.  Of two that start on one
 * day either may be the later, so either side's paper's day counts, not
 * only the one the sweep happens to compare second. */
static bool later_by_default(const merger *m, const event_rec *a,
                             const event_rec *b) {
  const evg_date *da = &a->event->date, *db = &b->event->date;
  if (date_gap(da, db) > MERGE_DEFAULT_REACH_DAYS)
    return false;
  int32_t first_a = merge_first_day(da), first_b = merge_first_day(db);
  if (first_a != first_b)
    return merge_dated_by_default(m, first_a > first_b ? a : b);
  return merge_dated_by_default(m, a) || merge_dated_by_default(m, b);
}

/* Whether both events have only their papers' days
 * (merge_dated_by_default), at most MERGE_DEFAULT_REACH_DAYS apart, and
 * both headlines use one word of what happened that is neither a name
 * nor a number: each day says only "by then", so neither tells the
 * happenings apart, and the headline word says what happened ("The
 * RCMP closed the road" and "Mounties shut the access road"; merge31).
 * A number alone ("two") recurs in many happenings of one story ("The
 * animals were loaded onto two other trucks" and "Two bulls had to be
 * put down"), where merge21 asks of amounts two digits or more. */
static bool papers_days_alike(const merger *m, const event_rec *a,
                              const event_rec *b) {
  if (date_gap(&a->event->date, &b->event->date) > MERGE_DEFAULT_REACH_DAYS ||
      !on_papers_day(m, a) || !on_papers_day(m, b))
    return false;
  bool word = false;
  for (size_t i = 0, j = 0; !word && next_shared_term(a, b, &i, &j); i++, j++) {
    size_t t = a->terms[i];
    word = !shared_who(a, i, b, j) && !m->name_term[t] && !m->number_term[t] &&
           in_core(a, t) && in_core(b, t);
  }
  /* the quotes are tagged last, and only for such a pair */
  return word && !merge_date_written(m, a) && !merge_date_written(m, b);
}

/* Whether the later of two events that start on different days, at most
 * EVG_MERGE_GAP_DAYS apart, has one day that its quote does not write:
 * the extraction carried it from an earlier sentence, often a
 * follow-up's lead, and a follow-up retells the story's earlier
 * happenings in sentences of no date of their own ("One of their divers
 * smashed the window of a small Fiat", dated the lead's Tuesday, two days
 * after "A fire service diver broke a side window"; merge41, pairs 80 and
 * 98).  Only the later day: an earlier day carried is as often another
 * happening's (merge41 tried both).  Not MERGE_DEFAULT_REACH_DAYS, a
 * paper's day's reach: join_pairs widens a group's span by that reach
 * only for a paper's day (grouping_init), so a pair further apart by a
 * carried day was found here and never joined. */
static bool later_day_carried(const merger *m, const event_rec *a,
                              const event_rec *b) {
  const evg_date *da = &a->event->date, *db = &b->event->date;
  int32_t first_a = merge_first_day(da), first_b = merge_first_day(db);
  if (first_a == first_b || date_gap(da, db) > EVG_MERGE_GAP_DAYS)
    return false;
  const event_rec *later = first_a > first_b ? a : b;
  return merge_date_width(&later->event->date) == 0 &&
         !merge_date_written(m, later);
}

/* How many words of what happened two events share that are neither
 * names nor numbers. */
static size_t shared_plain_words(const merger *m, const event_rec *a,
                                 const event_rec *b) {
  size_t n = 0;
  for (size_t i = 0, j = 0; next_shared_term(a, b, &i, &j); i++, j++) {
    size_t t = a->terms[i];
    n += !shared_who(a, i, b, j) && !m->name_term[t] && !m->number_term[t];
  }
  return n;
}

/* Whether two events too far apart for their dates (more than
 * EVG_MERGE_GAP_DAYS, or EVG_MERGE_DAY_GAP_DAYS for two stated days) may
 * still be one happening: the later one's day is only its paper's
 * (later_by_default) or one its quote does not write (later_day_carried),
 * and they have more than the day in common: an
 * actor, or two words of what happened ("The exchange also scrapped
 * roughly 1,900 orders", dated the paper's November 12, and "About 1,900
 * orders placed ... were cancelled on Tuesday", November 9; not "the
 * night tide" and "The afternoon tide" alone); two papers' days
 * alike (papers_days_alike) need no more. */
static bool reached_by_default(const merger *m, const event_rec *a,
                               const event_rec *b) {
  bool by_default = later_by_default(m, a, b);
  if (by_default && papers_days_alike(m, a, b))
    return true;
  if (!by_default && !later_day_carried(m, a, b))
    return false;
  if (merge_intersection(a->actors, a->actor_count, b->actors, b->actor_count))
    return true;
  if (!by_default) /* a count ("two") recurs in many happenings of a story */
    return shared_plain_words(m, a, b) >= 2;
  shared_terms shared = merge_share_terms(m, a, b);
  return shared.what - shared.named_what >= 2;
}

/* Whether an event that names no actor calls the other's actor by a word
 * of its name in its headline, a word also written in lower case (no
 * name, which says where): "The Rouen prosecutor's office opened an
 * investigation" and "Prosecutors, who opened an inquiry the day after
 * the blast, will look at ..." (merge19, pair 50); or by its whole name,
 * every word of it, where the extraction made no actor of it ("The
 * lights at Vitosha's ground failed" and the actor Vitosha of "The
 * floodlights went out", merge26, pair 67), on one stated day: a part
 * of a name ("Police in Pirkanmaa" and the Pirkanmaa Rescue Department)
 * is a place saying where. */
static bool unnamed_calls_actor(const merger *m, const event_rec *named,
                                const event_rec *unnamed) {
  for (size_t i = 0; i < named->name_term_count; i++) {
    size_t t = named->name_terms[i];
    if (!m->name_term[t] &&
        has_term(unnamed->headline_terms, unnamed->headline_term_count, t))
      return true;
  }
  /* by the whole name only on one stated day, the same: on different
   * days an actor in common lifts the rule on different days, and a name
   * written in another happening's headline is no evidence of it
   * (templated articles: "Beta Ltd opened a plant" and "Beta Ltd
   * recalled 10,000 cars" a month apart) */
  if (!same_stated_day(named, unnamed))
    return false;
  for (size_t i = 0; i < named->whole_name_length; i++) {
    bool whole = true;
    for (; named->whole_names[i] != SIZE_MAX; i++)
      whole = whole &&
              has_term(unnamed->headline_terms, unnamed->headline_term_count,
                       named->whole_names[i]);
    if (whole)
      return true;
  }
  return false;
}

/* Whether two events have an actor in common: both name actors (the rule
 * refused them when none is shared), or one names none and its headline
 * calls the other's by a word of its name (unnamed_calls_actor). */
static bool actor_in_common(const merger *m, const event_rec *a,
                            const event_rec *b) {
  if (a->actor_count && b->actor_count)
    return true;
  if (a->actor_count)
    return unnamed_calls_actor(m, a, b);
  return b->actor_count && unnamed_calls_actor(m, b, a);
}

/* Whether two events the later of which has only its paper's day
 * (later_by_default: the days are not known to differ) share two words of
 * what happened that are no names, the evidence reached_by_default asks
 * to reach back, and neither headline reports a saying: then those words
 * stand for a word both headlines use.  A follow-up retells a happening
 * in other words and keeps its particulars ("Two of the injured were
 * flown by helicopter to a hospital in Kayseri with broken legs" and "A
 * Spanish man and his wife who broke their legs were airlifted to
 * Kayseri, where they remain in hospital", the paper's day three days
 * later; merge25, pairs 62 and 39), where a saying's quote tells what was
 * said, often another happening ("Ms. Darby said replacement parts were
 * flown in" and "Helen Darby said the fault lay in a hydraulic ram", pair
 * 26). */
static bool words_reach_back(const event_rec *a, const event_rec *b,
                             shared_terms shared) {
  return shared.what - shared.named_what >= 2 && !a->reports_saying &&
         !b->reports_saying;
}

/* Whether the words two events share can tell one happening (README,
 * Merging): one word of both sides' own, not only of their sentences'
 * other clauses (those clauses' happenings: of "The ship was released
 * ... and sailed for Corfu ... until she cleared the bay" and "She was
 * cleared to leave ... and left the bay for Corfu", the sailing's own
 * "Corfu" and the clearance's own "cleared" each stand in the other's
 * sibling clause, and the two joined crosswise; merge45, pair 90), and
 * with one side naming who did it and the other naming no one and no word
 * of that name, more than one word, and those standing at least twice in
 * the headlines (core_shared): words of the quotes alone ("the trust",
 * "replace") are too weak without a shared actor. */
static bool sound_words(const merger *m, const event_rec *a,
                        const event_rec *b) {
  shared_terms shared = merge_share_terms(m, a, b);
  if (!shared.own)
    return false;
  /* on different days, without an actor in common, the words of the
   * quotes or of one headline alone are chance ("made their final
   * speeches to the jurors" and "The jurors began their work" the next
   * day): both headlines must say what happened with a word in common,
   * not in what a saying reported (acts_share_what); so too when neither
   * names who did it and their dates differ though they overlap (a day
   * of "this week": not known to be the same day).  When the later day
   * is only its paper's (later_by_default), the days are not known to
   * differ and what a saying reported may be the other's happening: the
   * headlines are asked, not their acts ("Prairieland Equipment said its
   * service lines took more than 4,000 calls on Wednesday" and "One
   * dealer network ... logged more than 4,000 calls", the paper's day;
   * merge19, pair 52) */
  bool same_actor = actor_in_common(m, a, b);
  if (!same_actor &&
      (date_gap(&a->event->date, &b->event->date) > 0 ||
       (!a->actor_count && !b->actor_count && !same_dates(a, b))) &&
      !(later_by_default(m, a, b) ? merge_headlines_share_what(m, a, b) ||
                                        words_reach_back(a, b, shared)
                                  : acts_share_what(m, a, b)))
    return false;
  /* without an actor in common, one shared word of what happened
   * ("order": "refused to order a recount", "The watchdog can order a new
   * election") on a day one quote does not write (the extraction carried
   * it from the sentence before) is chance, unless both headlines say it;
   * and whatever the words, the side with the carried day must say one of
   * them in its core (carried_day_words_hold) */
  if (!same_actor &&
      ((shared.what == 1 && !shared_what_in_headlines(m, a, b)) ||
       !carried_day_words_hold(m, a, b)) &&
      !(merge_date_written(m, a) && merge_date_written(m, b)))
    return false;
  if (!a->actor_count == !b->actor_count)
    return true;
  const event_rec *named = a->actor_count ? a : b,
                  *unnamed = b == named ? a : b;
  if (merge_intersection(named->name_terms, named->name_term_count,
                         unnamed->terms, unnamed->term_count) > 0)
    return true;
  return shared.what >= 2 && core_shared(m, named, unnamed) >= 2;
}

/* Whether two events name no two different actors: both name actors
 * and share one, or one names none. */
static bool actors_agree(const event_rec *a, const event_rec *b) {
  return !a->actor_count || !b->actor_count ||
         merge_intersection(a->actors, a->actor_count, b->actors,
                            b->actor_count);
}

/* What the rule asks of two events' text once its cosine is known: at
 * least EVG_MERGE_MIN_TEXT, words that can tell one happening
 * (sound_words), and with EVG_MERGE_DATE_WEIGHT times the closeness of
 * their dates a score of at least EVG_MERGE_SIMILARITY (in thousandths
 * into *score). */
static bool text_holds(const merger *m, const event_rec *a, const event_rec *b,
                       double cosine, unsigned *score) {
  if (cosine < EVG_MERGE_MIN_TEXT / 100.0)
    return false;
  if (a->weight > 0 && b->weight > 0 && !sound_words(m, a, b))
    return false;
  /* two papers' days alike (papers_days_alike) are as close as one day:
   * neither says when it happened, only by when */
  double closeness =
      papers_days_alike(m, a, b)
          ? 1
          : merge_date_closeness(&a->event->date, &b->event->date);
  double value = cosine + EVG_MERGE_DATE_WEIGHT / 100.0 * closeness;
  *score = (unsigned)lround(1000 * value);
  return *score >= 10 * EVG_MERGE_SIMILARITY;
}

/* The rule (evgraph.h, README): two events of different inputs are one
 * happening when their dates overlap or lie at most EVG_MERGE_GAP_DAYS
 * apart (EVG_MERGE_DAY_GAP_DAYS when both are one day), they share an actor (or
 * one has none), the weighted cosine of their terms is at least
 * EVG_MERGE_MIN_TEXT, and their score, that cosine plus EVG_MERGE_DATE_WEIGHT
 * times the closeness of their dates, is at least EVG_MERGE_SIMILARITY (all in
 * percent; the score in thousandths into *score). */
bool merge_same_happening(const merger *m, const event_rec *a,
                          const event_rec *b, unsigned *score) {
  if (a->article == b->article)
    return false;
  const evg_date *da = &a->event->date, *db = &b->event->date;
  /* two stated days further apart tell two happenings, where a fuzzier
   * date may just be told loosely */
  int64_t gap = date_gap(da, db);
  bool stated = day_or_night(da) && day_or_night(db);
  if ((gap > EVG_MERGE_GAP_DAYS || (stated && gap > EVG_MERGE_DAY_GAP_DAYS)) &&
      !reached_by_default(m, a, b))
    return false;
  /* clock times of one day that agree within an hour say one happening
   * more surely than two actors say two: the extraction often names a
   * thing for its owner ("Nordlys took off ... shortly after 11 a.m.",
   * "The first orbital rocket built by the Norwegian start-up ... at
   * 11:02 a.m."; merge23, pair 20); the words are asked as ever */
  if (!actors_agree(a, b) && !merge_clocks_agree(m, a, b))
    return false;
  double cosine = 0;
  if (a->weight > 0 && b->weight > 0)
    cosine = merge_weighted_shared(m, a, b) / sqrt(a->weight * b->weight);
  else if (strcmp(a->event->label, b->event->label) == 0)
    cosine = 1; /* headlines of stop words or signs only: alike when equal */
  return text_holds(m, a, b, cosine, score);
}

/* The weight of an event's headline terms. */
static double headline_weight(const merger *m, const event_rec *r) {
  double sum = 0;
  for (size_t i = 0; i < r->headline_term_count; i++)
    sum += m->term_weight[r->headline_terms[i]];
  return sum;
}

/* Whether both headlines write one amount (merge_term_is_amount). */
static bool headlines_share_amount(const merger *m, const event_rec *a,
                                   const event_rec *b) {
  for (size_t i = 0; i < a->headline_term_count; i++) {
    size_t t = a->headline_terms[i];
    if (m->amount_term[t] &&
        has_term(b->headline_terms, b->headline_term_count, t))
      return true;
  }
  return false;
}

/* Two events of one stated day, the same, whose headlines use one word of
 * what happened (merge_headlines_share_what) are compared by their
 * headlines when their whole texts fail the rule: a long quote (a lead
 * sentence of several happenings) thins the cosine of a short one ("A
 * severe geomagnetic storm scrambled satellite positioning across the
 * Midwest on Wednesday, leaving thousands of farmers unable to steer ..."
 * and "The storm had struck the Earth early on May 8", 4.1%), where the
 * headlines tell the happening alone.  So are two events the later of
 * which has only its paper's day (later_by_default: it says "by then")
 * when both headlines write one amount ("About 4,000 homes in
 * Middlesbrough and Stockton lost electricity" and "The lights went out
 * in about 4,000 homes", the paper's day five days later).  The cosine of
 * the headlines' terms then stands for the text's in the rule
 * (text_holds); a candidate by headlines, joined after every other pair,
 * and only two events still alone (merge21, pairs 33, 52, 17 and 37). */
bool merge_headlines_pair(const merger *m, const event_rec *a,
                          const event_rec *b) {
  if (a->article == b->article || !actors_agree(a, b))
    return false;
  /* the cheap tests first: whether a day is its paper's tags a quote */
  bool same_day = same_stated_day(a, b);
  if ((!same_day && !headlines_share_amount(m, a, b)) ||
      !merge_headlines_share_what(m, a, b) ||
      (!same_day && !later_by_default(m, a, b)))
    return false;
  double wa = headline_weight(m, a), wb = headline_weight(m, b);
  if (wa <= 0 || wb <= 0)
    return false;
  double cosine =
      merge_shared_weight(m, a->headline_terms, a->headline_term_count,
                          b->headline_terms, b->headline_term_count) /
      sqrt(wa * wb);
  unsigned score;
  return text_holds(m, a, b, cosine, &score);
}

/* Whether two events share one word of what happened (not of who did
 * it, nor a name) and no actor (one of them names none), and only one of
 * their headlines says that word: "Ingrid Aalto returned as chief
 * executive" and "Lumora's shares jumped ... after the news of her
 * return". Such a pair passes the rule on words, but the word is often the
 * other's pointer at another happening. */
bool merge_one_loose_word(const merger *m, const event_rec *a,
                          const event_rec *b) {
  shared_terms shared = merge_share_terms(m, a, b);
  return shared.what - shared.named_what == 1 &&
         !merge_intersection(a->actors, a->actor_count, b->actors,
                             b->actor_count) &&
         !merge_headlines_share_what(m, a, b);
}

/* Whether neither core of two events (in_core: the headline, or the
 * quote of a headline that says at most one word of what happened) says
 * a word of what happened that they share: their words stand only in the
 * rest of both quotes, often a clause of where or of another happening
 * ("fought the blaze, which sent a column of black smoke over the
 * southern suburbs" and "people in the southern suburbs were advised to
 * stay indoors"; merge18, pair 48), and an actor in common is no more
 * evidence: one person does several things in a day ("Mr. Lloyd-Evans,
 * who was the last to leave, thanked the rescuers" and "Gareth
 * Lloyd-Evans and two companions climbed out ..., the last of five
 * cavers to leave"; merge27, pair 12). */
bool merge_words_off_cores(const merger *m, const event_rec *a,
                           const event_rec *b) {
  return !core_says_shared(m, a, b) && !core_says_shared(m, b, a);
}

/* One word is the subject of one headline and a word of its object or
 * of a phrase in the other ("The town closed the fair" and "She
 * apologised to the injured on behalf of the town"): the thing one acts
 * on or beside is the other's actor, of another happening, where a
 * retelling keeps who did it first ("The town council shut the whole
 * fairground"; merge34, pair 35).  Such a pair goes after the pairs
 * whose words stand in a core, so a telling that keeps the subject takes
 * the event first; alone, it still joins ("Part of it crashed through
 * the roof", "Moments later the roof of the farmhouse was damaged"). */
bool merge_one_word_leads_one(const merger *m, const event_rec *a,
                              const event_rec *b) {
  size_t only = SIZE_MAX, count = 0;
  for (size_t i = 0, j = 0; next_shared_term(a, b, &i, &j); i++, j++)
    if (!shared_who(a, i, b, j) && !m->name_term[a->terms[i]])
      only = a->terms[i], count++;
  if (count != 1 || actor_in_common(m, a, b))
    return false;
  return (a->lead_term == only) != (b->lead_term == only);
}

/* A pair by one word that opens one headline (merge_one_word_leads_one)
 * of which one headline reports a saying and the other does not: the
 * word is who spoke or what was spoken of on one side and who acted on
 * the other, two happenings ("The organisers stopped the fireworks" and
 * "The festival's director ... said the organisers would cooperate
 * fully"; "The ferry's captain kept his vessel afloat" and "The captain
 * has told them that the rudder jammed"; pairs 95 and 97).  Story
 * evidence, no union (merge40). */
bool merge_saying_against_act(const merger *m, const event_rec *a,
                              const event_rec *b) {
  return a->reports_saying != b->reports_saying &&
         merge_one_word_leads_one(m, a, b);
}

/* Whether every actor of one event, at least one, is the other's, and
 * both state one day, the same, that both quotes write ("Ingrid Aalto
 * returned as chief executive of ... Lumora on Friday" and "On September
 * 19 the board gave the job back to Ingrid Aalto, ... who founded Lumora
 * in 2013", whose Lumora is the founding's). */
bool merge_same_actors_written_day(const merger *m, const event_rec *a,
                                   const event_rec *b) {
  size_t fewer =
      a->actor_count < b->actor_count ? a->actor_count : b->actor_count;
  return fewer &&
         merge_intersection(a->actors, a->actor_count, b->actors,
                            b->actor_count) == fewer &&
         same_stated_day(a, b) && merge_date_written(m, a) &&
         merge_date_written(m, b);
}

/* The key of one article's events of one merged actor on `day`. */
static const char *actor_key_on(evg_arena *keys, const event_rec *r,
                                size_t actor, int32_t day) {
  char *key = evg_arena_alloc(keys, 64);
  snprintf(key, 64, "%zx\x1f%zx\x1f%lx", r->article, actor, (long)day);
  return key;
}

/* The key of one article's events of one merged actor on its first day. */
static const char *actor_day_key(evg_arena *keys, const event_rec *r,
                                 size_t actor) {
  return actor_key_on(keys, r, actor, merge_first_day(&r->event->date));
}

/* Counts one telling of `key` by sentence: a sentence's second event on
 * the key adds nothing (two events of one sentence are one telling). */
static void count_telling(evg_map *sentences, evg_map *counts, evg_arena *keys,
                          const char *key, size_t sentence) {
  char *told = evg_arena_alloc(keys, 96);
  snprintf(told, 96, "%s\x1f%zx", key, sentence);
  if (!evg_map_put(sentences, told, 0))
    return;
  size_t *n = evg_map_value(counts, key);
  if (n)
    ++*n;
  else
    evg_map_put(counts, key, 1);
}

/* How many sentences of events still alone (their group of one: no pair
 * by words took them) each article has of each merged actor on each
 * stated day (one day wide), by actor_day_key: two events of one sentence
 * ("Glyn Price picked up the charred lump ..., when he came down to make
 * breakfast") are one telling, and a recall (event_rec.recalled) none:
 * its article tells the happening in a sentence of its own. */
void merge_count_alone_actor_days(merger *m, const size_t *size,
                                  evg_map *counts, evg_arena *keys) {
  evg_map sentences = {0};
  for (size_t i = 0; i < m->event_count; i++) {
    const event_rec *r = &m->events[i];
    if (merge_date_width(&r->event->date) != 0 || r->recalled ||
        size[merge_find(m->parent, i)] > 1)
      continue;
    for (size_t k = 0; k < r->actor_count; k++)
      count_telling(&sentences, counts, keys,
                    actor_day_key(keys, r, r->actors[k]), r->sentence);
  }
  evg_map_free(&sentences);
}

/* Two events that fail the rule on words may still tell one happening in
 * other words when both state one day, the same, and share an actor that
 * each headline names ("FBI agents arrested Dennis Kraal at his home" /
 * "Mr. Kraal was taken into custody early on Monday"; "Halden said on
 * Thursday that it would appeal" / "Halden Mobile said on May 14 that it
 * would challenge the verdict"): a candidate by actor and day, joined
 * after every pair by words, and only when merge_actor_day_unique holds. */
bool merge_actor_day_pair(const event_rec *a, const event_rec *b) {
  return a->article != b->article && same_stated_day(a, b) &&
         merge_intersection(a->actors, a->actor_count, b->actors,
                            b->actor_count) &&
         merge_intersection(a->headline_terms, a->headline_term_count,
                            b->name_terms, b->name_term_count) &&
         merge_intersection(b->headline_terms, b->headline_term_count,
                            a->name_terms, a->name_term_count);
}

/* Whether, of the events still alone, each of the two is its article's
 * only one of an actor they share on their day (merge_count_alone_actor_days):
 * an actor that does two things that day in one article does not tell
 * which of them the other article's is. */
bool merge_actor_day_unique(const evg_map *counts, evg_arena *keys,
                            const event_rec *a, const event_rec *b) {
  for (size_t i = 0, j = 0; i < a->actor_count && j < b->actor_count;) {
    if (a->actors[i] < b->actors[j])
      i++;
    else if (a->actors[i] > b->actors[j])
      j++;
    else {
      size_t na = 0, nb = 0;
      evg_map_get(counts, actor_day_key(keys, a, a->actors[i]), &na);
      evg_map_get(counts, actor_day_key(keys, b, b->actors[j]), &nb);
      if (na == 1 && nb == 1)
        return true;
      i++, j++;
    }
  }
  return false;
}

/* Whether two events share a word of what happened (not of who did it,
 * nor a name, which says where) that one of them says itself (at full
 * weight: not only the rest of a sentence it shares with a sibling).  A
 * word an event has only from that rest counts when a_rest (b_rest) says
 * the rest's words are still its evidence, unless it stands only in a time
 * adjunct or a dated relative clause (event_rec.aside): another
 * happening's words, no sibling's. */
static bool share_own_what(const merger *m, const event_rec *a,
                           const event_rec *b, bool a_rest, bool b_rest) {
  for (size_t i = 0, j = 0; next_shared_term(a, b, &i, &j); i++, j++) {
    size_t t = a->terms[i];
    bool a_own = a->factor[i] == 1.0, b_own = b->factor[j] == 1.0;
    if (!shared_who(a, i, b, j) && !m->name_term[t] && (a_own || b_own) &&
        (a_own || (a_rest && !a->aside[i])) &&
        (b_own || (b_rest && !b->aside[j])))
      return true;
  }
  return false;
}

/* Two events that fail the rule on words (a word in common, too little of
 * their text, or one names who did it and the other calls it "the
 * carmaker" or "she": "She announced her retirement" / "Marta Kowalczyk
 * announced that this will be her final season") may still tell one
 * happening when both state one day, the same, they name no two different
 * actors, and they share a word of what happened that one of them says
 * itself: a candidate by day, joined after every other pair, only between
 * articles that tell one story, and only when merge_lone_day_unique holds;
 * a side whose quote does not write the day says a shared word in its core
 * (carried_day_words_hold). */
bool merge_lone_day_pair(const merger *m, const event_rec *a,
                         const event_rec *b) {
  return a->article != b->article && same_stated_day(a, b) &&
         (!a->actor_count || !b->actor_count ||
          merge_intersection(a->actors, a->actor_count, b->actors,
                             b->actor_count)) &&
         share_own_what(m, a, b, true, true) && carried_day_words_hold(m, a, b);
}

/* merge_lone_day_pair's shared word, looked at again when the pair comes
 * up: a word an event has only from the rest of its sentence tells the
 * happening of that rest's own event, so once that event has found its
 * telling in the other article the word no longer counts ("homes were
 * ordered to boil their water, and supermarkets sold out" does not join
 * "all had gone home" once the order is joined).  grouped counts, by
 * sentence, its events already joined to others. */
bool merge_lone_day_words_stand(const merger *m, const size_t *grouped,
                                const event_rec *a, const event_rec *b) {
  return share_own_what(m, a, b, grouped[a->sentence] == 0,
                        grouped[b->sentence] == 0);
}

/* The actor of actor_day_key that stands for any: the day's key. */
#define ANY_ACTOR SIZE_MAX

/* How many sentences of events still alone each article has on each
 * stated day, by actor_day_key with ANY_ACTOR (two events of one sentence
 * are one telling; a recall is none). */
void merge_count_alone_days(merger *m, const size_t *size, evg_map *counts,
                            evg_arena *keys) {
  evg_map sentences = {0};
  for (size_t i = 0; i < m->event_count; i++) {
    const event_rec *r = &m->events[i];
    const evg_date *d = &r->event->date;
    if (!day_or_night(d) || r->recalled || size[merge_find(m->parent, i)] > 1)
      continue;
    /* a night is a telling of each of its two days: a pair alone on
     * one of them is not alone while it stands there ("aired the
     * building overnight" on the evening's day) */
    for (int32_t day = merge_first_day(d); day <= merge_last_day(d); day++)
      count_telling(&sentences, counts, keys,
                    actor_key_on(keys, r, ANY_ACTOR, day), r->sentence);
  }
  evg_map_free(&sentences);
}

/* Whether, of the events still alone, each of the two is its article's
 * only sentence on their day (merge_count_alone_days): with two, a word in
 * common does not tell which of them the other article's is. */
bool merge_lone_day_unique(const evg_map *counts, evg_arena *keys,
                           const event_rec *a, const event_rec *b) {
  size_t na = 0, nb = 0;
  evg_map_get(counts, actor_day_key(keys, a, ANY_ACTOR), &na);
  evg_map_get(counts, actor_day_key(keys, b, ANY_ACTOR), &nb);
  return na == 1 && nb == 1;
}
