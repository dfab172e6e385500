/* extract.c: from prose to proposed events.  Sentences and clauses that
 * carry a date become events; capitalised name spans, helped by the
 * gazetteer, become actors; cue words ("prompted", "in response to")
 * become relations.
 *
 * The stages, a file each (extract_internal.h holds what they share):
 *   extract_sentences.c  sentence boundaries
 *   extract_actors.c     the names of each sentence (mentions), by chunks
 *   extract_actor_table.c which actor a name mentions: ids, kinds, short forms
 *   extract_name_kinds.c the kind a name's own words give it
 *   extract_roles.c      what the words around a name say: participant
 *                        or not (extract_place_roles.c: a place, a
 *                        modifier), its kind (extract_kind_context.c)
 *   extract_clauses.c    a sentence's dated clauses, a dateline left out
 *   extract_happenings.c clauses split at a subject and past verb of their own
 *   extract_event.c      the event of a dated part: its date, label, quote
 *   extract_part_dates.c a part's date: a range, a reach, the story's date
 *   extract_headlines.c  an event's label, its main clause
 *   extract_relations.c  a dated clause's events, causes, responses, part-of
 *   extract_relations_checked.c the relations against the dates and the
 *                        order (no contradiction, no cycle), then grouped
 *                        by event
 *   extract_attach.c     each event's actors from the mentions of its part
 *   extraction.c         the extraction's accessors and its release
 *   extract.c (this file) the extraction, evg_extract (the
 *                        temporal expressions come from timex.c): the
 *                        mentions and the events found side by side (two
 *                        threads on long texts), the dates of undated
 *                        sentences from the story's time, then the actors
 *                        attached (extract_attach.c) */
#include "extract_internal.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* Whether `story` is a day before the paper's `anchor_day`: in news, the
 * day the story was just told at, which a happening told next goes on in. */
static bool day_before_paper(const evg_timex *story,
                             const evg_timex *anchor_day) {
  return story->has_date && anchor_day &&
         story->date.from.precision == EVG_PREC_DAY &&
         story->date.end < anchor_day->date.start;
}

/* Whether text[from, to) is a comma and a relative word (", where", ",
 * which", ", who") that opens a clause telling of a place or a thing the
 * clause before named. */
static bool relative_between(const char *text, size_t from, size_t to) {
  while (from < to && text[from] == ' ')
    from++;
  if (from >= to || text[from] != ',')
    return false;
  from++;
  while (from < to && text[from] == ' ')
    from++;
  size_t end = to;
  while (end > from && text[end - 1] == ' ')
    end--;
  return (end - from == 5 && (equals_ci(text + from, 5, "where") ||
                              equals_ci(text + from, 5, "which"))) ||
         (end - from == 3 && equals_ci(text + from, 3, "who"));
}

/* Whether text[from, to) joins two main clauses: ", and", ", but" or
 * "; " ("The board asked Lord Mersey to lead it, and the hearings opened
 * ... on May 2"). */
static bool coordinated_between(const char *text, size_t from, size_t to) {
  while (from < to && text[from] == ' ')
    from++;
  while (to > from && text[to - 1] == ' ')
    to--;
  if (from >= to)
    return false;
  if (text[from] == ';')
    return to == from + 1;
  if (text[from] != ',')
    return false;
  from++;
  while (from < to && text[from] == ' ')
    from++;
  return equals_ci(text + from, to - from, "and") ||
         equals_ci(text + from, to - from, "but");
}

/* Whether clause k's date heads a later clause of its sentence ("..., and
 * on December 11 he fled": at most a short preposition before it), rather
 * than lying inside one ("the strike began after talks collapsed on March
 * 8": the strike followed that date, it was not told at the story's time
 * before it).  In a `history`, a date anywhere in the main clause joined
 * next counts too ("The company hired Roebling, and he presented his
 * design that autumn"): what was told before it came first. */
static bool date_heads_later_clause(const char *text,
                                    const dated_clause *clauses,
                                    size_t clause_count, size_t k,
                                    bool history) {
  const evg_timex *date = clauses[k].date;
  if (clauses[k].span.end > date->start)
    return false;
  /* "hurried down to X and sent a message, and it reached London on June
   * 1": the parts before the date's clause, each without a date of its
   * own, came before it together */
  bool chained = true;
  for (size_t j = k + 1; j < clause_count; j++) {
    if (date->start >= clauses[j].span.start &&
        date->start < clauses[j].span.end)
      return date->start <= clauses[j].span.start + 4 ||
             (chained &&
              (relative_between(text, clauses[j - 1].span.end,
                                clauses[j].span.start) ||
               (history && coordinated_between(text, clauses[j - 1].span.end,
                                               clauses[j].span.start))));
    chained = chained && clauses[j].date == date;
  }
  return false;
}

/* The events of `clause`: two when it counts a happening of its own from
 * its date ("sued in March 2022, two months after residents first
 * complained": the complaint is dated January 2022). */
static void add_clause_events(evg_extraction *x, const char *text,
                              const range *sentence, const range *clause,
                              text_pos cursor, const evg_timex *date,
                              size_t first_timex) {
  bool later;
  size_t rest;
  evg_date counted;
  const evg_timex *count = extract_counted_clause(text, clause, x->timexes,
                                                  first_timex, &later, &rest);
  if (!count || !extract_counted_date(date, count->value, later, &counted)) {
    extract_clause_events(x, text, sentence, clause, cursor, date);
    return;
  }
  range own = {clause->start, count->start};
  while (own.end > own.start &&
         (text[own.end - 1] == ' ' || text[own.end - 1] == ','))
    own.end--;
  extract_clause_events(x, text, sentence, &own, cursor, date);
  evg_timex *then = extract_redated(x, date, counted);
  then->start = count->start; /* the count is what dates it */
  then->end = count->end;
  range counted_span = {rest, clause->end};
  extract_clause_events(x, text, sentence, &counted_span, cursor, then);
}

/* Where the last coordinated part of `clause` opens, after ", and", ",
 * but" or "; " at or past `from` (*joint where the joint starts); 0 when
 * there is none. */
static size_t last_joint(const char *text, const range *clause, size_t from,
                         size_t *joint) {
  static const char *const joints[] = {", and ", ", but ", "; ", NULL};
  size_t opens = 0;
  for (size_t i = from; i + 2 < clause->end; i++) {
    if (text[i] != ',' && text[i] != ';')
      continue;
    for (int j = 0; joints[j]; j++) {
      size_t n = strlen(joints[j]);
      if (i + n <= clause->end && memcmp(text + i, joints[j], n) == 0) {
        opens = i + n;
        *joint = i;
        break;
      }
    }
  }
  return opens;
}

/* The span a part of a sentence that names no date or time of its own
 * reaches from `date` by a duration ("rejected within a week" of an
 * October approach), or `date` itself; a duration inside a complement
 * ("and ordered Kestrel to hand over its logs within ten days") is a
 * deadline of what was wanted, no reach of the part's happening. */
static const evg_timex *dateless_reach(evg_extraction *x, const char *text,
                                       const range *part_span, size_t first,
                                       const evg_timex *date) {
  size_t count = evg_timexes_count(x->timexes);
  bool duration_seen = false;
  for (size_t k = first; k < count; k++) {
    const evg_timex *t = evg_timexes_at(x->timexes, k);
    if (t->start >= part_span->end)
      break;
    if (t->start < part_span->start)
      continue;
    if (t->type != EVG_TIMEX_DURATION)
      return date;
    if (!duration_seen &&
        extract_complement_in(text, part_span->start, t->start))
      return date;
    duration_seen = true;
  }
  return extract_within_reach(x, text, part_span, first, date, NULL);
}

/* Drops the "precedes" that an earlier event of the sentence got towards
 * the events from `first` on, split off here and dated by a reach counted
 * from its date: that order is ours, not one the text states (the gold
 * sets it for some such pairs and not for others; a clause the clause
 * stage split keeps its order), unless the part opens with its word of
 * order (", and within days the army took him back"): then the text
 * states it. */
static void drop_counted_order(evg_extraction *x, const range *sentence,
                               size_t first) {
  for (size_t e = first; e-- > 0;) {
    if (x->actor_scopes[e].sentence_start != sentence->start)
      break;
    if (x->events[e].relation == EVG_REL_PRECEDES &&
        x->events[e].target >= first)
      x->events[e].relation = -1;
  }
  /* the further relations of those events, found last */
  for (size_t k = x->extra_count; k-- > 0;) {
    extra_relation *extra = &x->extras[k];
    if (x->actor_scopes[extra->from].sentence_start != sentence->start)
      break;
    if (extra->relation == EVG_REL_PRECEDES && extra->target >= first)
      extra->relation = -1;
  }
}

/* The events of the dated clause `clause`: those of add_clause_events,
 * except that a part after its date that tells a happening only by a
 * reach from that date ("approached Kessler in October, but its offer was
 * rejected within a week"; a clause split off after the date, "in March
 * 1929, and he resigned within weeks") is a happening over the reach. */
static void add_dated_clause_events(evg_extraction *x, const char *text,
                                    const range *sentence, const range *clause,
                                    text_pos cursor, const evg_timex *date,
                                    size_t first_timex) {
  if (date->end <= clause->start) {
    add_clause_events(x, text, sentence, clause, cursor,
                      dateless_reach(x, text, clause, first_timex, date),
                      first_timex);
    return;
  }
  size_t joint = 0;
  size_t rest = date->start >= clause->start && date->end <= clause->end
                    ? last_joint(text, clause, date->end, &joint)
                    : 0;
  range later = {rest, clause->end};
  const evg_timex *reach =
      rest ? dateless_reach(x, text, &later, first_timex, date) : date;
  if (reach == date) {
    add_clause_events(x, text, sentence, clause, cursor, date, first_timex);
    return;
  }
  range own = {clause->start, joint};
  add_clause_events(x, text, sentence, &own, cursor, date, first_timex);
  size_t later_first = x->event_count;
  add_clause_events(x, text, sentence, &later, cursor, reach, first_timex);
  if (!extract_opens_with_order_word(text, later.start, later.end))
    drop_counted_order(x, sentence, later_first);
}

/* Whether the part opens with its own past verb, its subject the part
 * before's ("and failed to agree"). */
static bool shares_subject(const char *text, const range *span) {
  size_t e = extract_letters_end(text, span->start, span->end);
  return e > span->start &&
         extract_past_happening_at(text, span->start, e, span->end);
}

/* Whether a story's date follows "since", for the story `of`. */
typedef struct {
  const evg_timex *of;
  bool since;
} since_memo;

/* Where the story stands as find_events reads on: what an undated
 * sentence is dated by, and what a clause's date is counted from. */
typedef struct {
  /* the date of the last dated clause, and the text's own day when it is
   * news (its date given, or written in a dateline) */
  const evg_timex *story, *anchor_day;
  /* the first date the story was told at: across a paragraph, the story
   * goes on at the day just told only when it is the lead's day */
  const evg_timex *lead;
  /* the sentence that told the story's date, and whether a paragraph has
   * ended since */
  size_t story_sentence;
  bool paragraph_since_story;
  /* the first sentence of a paragraph whose paragraph before ended at
   * the story's time (in news, a day before the paper's goes on there) */
  size_t opening_sentence;
  bool ended_at_story;
  /* the story's day holds in this paragraph only by that carry: its
   * undated events' days are marked uncertain (mark_carried) */
  bool carried;
  /* one past the opening sentence of a paragraph that went back to the
   * lead's day after a backstory (extract_lead_day_after_backstory); 0
   * when none */
  size_t backstory_opening;
  bool news; /* the text's date given or found in a dateline */
  /* a history's undated events since the story's day, dated between it
   * and the paragraph's next date once that is read */
  between_pending between;
  /* after_since of the story, read once per story, not at each sentence
   * (spaces before its date are read back one by one); shared by the
   * copies of st */
  since_memo *since;
} story_time;

/* extract_after_since(text, story), kept for the last story asked about. */
static bool story_after_since(const char *text, const evg_timex *story,
                              since_memo *memo) {
  if (memo->of != story) {
    memo->of = story;
    memo->since = extract_after_since(text, story);
  }
  return memo->since;
}

/* The dated timexes of `sentence`, from timex_index on, into *dates
 * (grown as needed, reused across sentences so linear overall); their
 * count. */
static size_t sentence_dates(const evg_extraction *x, const range *sentence,
                             size_t timex_index, size_t timex_count,
                             const evg_timex ***dates, size_t *date_cap) {
  size_t date_count = 0;
  for (size_t t = timex_index; t < timex_count; t++) {
    const evg_timex *timex = evg_timexes_at(x->timexes, t);
    if (timex->start >= sentence->end)
      break;
    if ((timex->type == EVG_TIMEX_DATE || timex->type == EVG_TIMEX_TIME) &&
        (timex->has_date || timex->relative)) {
      if (date_count == *date_cap) {
        *date_cap = *date_cap ? 2 * *date_cap : 16;
        *dates = evg_xrealloc(*dates, *date_cap * sizeof **dates);
      }
      (*dates)[date_count++] = timex;
    }
  }
  return date_count;
}

/* The time an undated happening of sentence si is told at, the story
 * standing at st->story: in news, a past happening told right after an
 * earlier day of the story ("He found the collar on June 16. He rang the
 * police within the hour") happened on that day, not on the paper's; a
 * month or a year ("who had led it since 2019") says no day it went on
 * from.  With `carry`, the lead's day the story was left at holds a later
 * paragraph too (extract_lead_day_holds; marked uncertain, as the carry
 * is, by told_by_carry). */
static const evg_timex *story_told_by(const char *text, size_t si,
                                      const story_time *st, bool carry) {
  const evg_timex *story = st->story;
  bool just_told =
      !st->paragraph_since_story ||
      (carry && st->ended_at_story && st->opening_sentence == si) ||
      (st->story_sentence + 1 == si && st->lead && story->has_date &&
       st->lead->has_date && story->date.start == st->lead->date.start &&
       story->date.end == st->lead->date.end) ||
      (carry && extract_lead_day_holds(text, story, st->lead));
  const evg_timex *anchor_day = st->anchor_day;
  /* "Airlines cancelled all flights on Tuesday and Wednesday. // A man
   * was killed in Uruma": the lead's day inside the days told holds; so
   * it does after a backstory, in a paragraph that opens undated
   * ("The trial opened in 2041. // Passing sentence, the judge ordered
   * ..."), not after a dated sentence of its own ("had owned the bog
   * since May 2019. The board thanked the farmer") */
  if (carry && st->news && st->paragraph_since_story &&
      (extract_lead_day_within(story, st->lead) ||
       (extract_lead_day_after_backstory(story, st->lead, anchor_day) &&
        (st->opening_sentence == si ||
         st->backstory_opening == st->opening_sentence + 1))))
    return st->lead;
  return st->news && !((just_told && day_before_paper(story, anchor_day)) ||
                       (story->has_date && anchor_day &&
                        story->date.end < anchor_day->date.start &&
                        !st->paragraph_since_story &&
                        story->date.from.precision == EVG_PREC_MONTH &&
                        !story_after_since(text, story, st->since)))
             ? anchor_day
             : story;
}

static const evg_timex *story_told(const char *text, size_t si,
                                   const story_time *st) {
  return story_told_by(text, si, st, true);
}

/* Whether the paragraph carry alone (the story's day going on into the
 * paragraph after one that ended at it) gives sentence si the story's
 * time `told` (story_told's answer): without it the sentence had its
 * paper's day. */
static bool told_by_carry(const char *text, size_t si, const story_time *st,
                          const evg_timex *told) {
  return st->carried || told != story_told_by(text, si, st, false);
}

/* Marks the dates of events [first, x->event_count) uncertain
 * ("2024-03-05?"): a time the paragraph carry gave (told_by_carry), which
 * the text does not write for them.  The merger pairs such an event by
 * its paper's day, as it did before the carry
 * (merge_carried_to_papers_day). */
static void mark_carried(evg_extraction *x, size_t first) {
  for (size_t i = first; i < x->event_count; i++) {
    const char *text = x->events[i].date;
    evg_date d;
    const char *error;
    size_t at;
    char out[128];
    if (!evg_date_parse(text, strlen(text), &d, &error, &at) ||
        !evg_date_qualify(&d, false, true))
      continue;
    evg_date_format_iso(&d, out, sizeof out);
    x->events[i].date = evg_arena_strndup(&x->arena, out, strlen(out));
  }
}

/* Whether a and b are one and the same day ("on Tuesday afternoon ...
 * that evening"): a relative clause closing a sentence at the story's
 * own day does not take the clause around it off that day. */
static bool same_day(const evg_timex *a, const evg_timex *b) {
  return a->has_date && b->has_date && !a->date.interval && !b->date.interval &&
         a->date.start == a->date.end && a->date.start == b->date.start &&
         b->date.start == b->date.end;
}

/* Whether the story's lead was told at a day, not after the text's own:
 * the day the news happened. */
static bool lead_day(const story_time *st) {
  const evg_timex *lead = st->lead;
  return lead && lead->has_date && !lead->date.interval &&
         lead->date.from.precision == EVG_PREC_DAY && st->anchor_day &&
         lead->date.end <= st->anchor_day->date.end;
}

/* The events of sentence si, which has no date of its own: an undated
 * happening told after the story has begun happened at the story's
 * time, the text's own day in news, the date the story has reached in a
 * history. */
static void undated_sentence_events(evg_extraction *x, const char *text,
                                    const range *sentence, size_t si,
                                    text_pos cursor, size_t timex_index,
                                    story_time *st) {
  const evg_timex *story = st->story;
  if (!story || x->event_count == 0 ||
      !extract_states_past_happening(text, sentence))
    return;
  range happenings[EXTRACT_MAX_CLAUSES];
  size_t happening_count =
      extract_happening_clauses(text, sentence, happenings);
  const evg_timex *told = story_told(text, si, st);
  bool carried = st->news && (told == story || told == st->lead) &&
                 told_by_carry(text, si, st, told);
  bool named_count = false;
  const evg_timex *undated = extract_undated_date(
      x, text, sentence, timex_index, told, st->news, &named_count);
  /* "Eleven days after Gravelines Elizabeth rode ...": the story goes on
   * from the day counted to ("By then Medina Sidonia had chosen ...") */
  if (named_count) {
    st->story = undated;
    st->story_sentence = si;
    st->paragraph_since_story = false;
    st->carried = false;
  }
  /* the lead's day a paragraph opening after a backstory went back to
   * holds through its undated sentences */
  if (st->news && told == st->lead && told != story &&
      st->opening_sentence == si)
    st->backstory_opening = si + 1;
  /* the story's day, carried into this paragraph, holds through it */
  if (st->news && told == story) {
    st->paragraph_since_story = false;
    st->carried = carried && !named_count;
  }
  size_t first = x->event_count;
  for (size_t k = 0; k < happening_count; k++) {
    /* "The agency acted eight months after the charity filed a petition":
     * the happening after the count came that long before the story's
     * time, as in a dated sentence (dated_sentence_events) */
    const evg_timex *date = undated;
    bool later;
    evg_date counted;
    const evg_timex *count = extract_count_between(
        text, k ? happenings[k - 1].end : sentence->start, happenings[k].start,
        x->timexes, timex_index, &later);
    if (count && extract_counted_date(undated, count->value, later, &counted)) {
      evg_timex *then = extract_redated(x, undated, counted);
      then->start = count->start;
      then->end = count->end;
      date = then;
    }
    /* "He had already burned the suburbs": done before the day told */
    if (!st->news && date == undated && date->has_date &&
        !date->date.interval && date->date.from.precision == EVG_PREC_DAY &&
        extract_done_before(text, &happenings[k])) {
      evg_date before = date->date;
      before.interval = before.open_start = true;
      before.to = before.from;
      date = extract_redated(x, date, before);
    }
    add_clause_events(x, text, sentence, &happenings[k], cursor, date,
                      timex_index);
  }
  if (carried && !named_count)
    mark_carried(x, first);
  /* a history's sentence with no time of its own ("within an hour"
   * says one, and so does "at dusk"), in the paragraph of the day told;
   * the part-of-day words are read only for such a sentence */
  if (!st->news && undated == told && !st->paragraph_since_story &&
      !(timex_index < evg_timexes_count(x->timexes) &&
        evg_timexes_at(x->timexes, timex_index)->start < sentence->end) &&
      !extract_between_day_part_in(text, sentence))
    extract_between_note(&st->between, told, first, x->event_count);
  else
    st->between.open = false;
}

/* How many of the sentence's dates lie in `span`. */
static size_t dates_in(const evg_timex *const *dates, size_t date_count,
                       const range *span) {
  size_t n = 0;
  for (size_t k = 0; k < date_count; k++)
    if (dates[k]->start < span->end && dates[k]->end > span->start)
      n++;
  return n;
}

/* The events of sentence si's dated clauses: one event (or cause and
 * effect...) per clause, each dated by its own date, by the story's time
 * when a date heads a later clause, or by a count from the clause
 * before. */
static void dated_sentence_events(evg_extraction *x, const char *text,
                                  size_t len, const range *sentence, size_t si,
                                  text_pos cursor, size_t timex_index,
                                  const evg_timex **dates, size_t date_count,
                                  story_time *st) {
  const evg_timex *anchor_day = st->anchor_day;
  extract_between_close(x, &st->between, dates[0]);
  dated_clause clauses[EXTRACT_MAX_CLAUSES];
  bool capped;
  size_t clause_count = extract_dated_clauses(text, len, sentence, dates,
                                              date_count, clauses, &capped);
  if (capped && x->capped_sentences++ == 0)
    x->capped_line = cursor.line, x->capped_col = cursor.col;
  const evg_timex *date_before = NULL; /* the date of clause k - 1 */
  bool counted_before = false;         /* clause k - 1 was dated by a count */
  bool heads_later_before = false; /* clause k - 1 came before a later date */
  const story_time told_before = *st; /* where the story stood before it */
  /* a relative clause's date that a clause before left to it, and the
   * date that clause took instead */
  const evg_timex *relative_date = NULL, *instead = NULL;
  for (size_t k = 0; k < clause_count; k++) {
    const evg_timex *before = st->story;
    const evg_timex *story =
        extract_range_date(x, text, len, dates, date_count, clauses[k].date);
    /* "She reached Hong Kong two days before Christmas": a count right
     * before the date names the day that far from it */
    bool count_later;
    const evg_timex *to_date =
        extract_count_to_date(text, sentence->start, x->timexes, timex_index,
                              clauses[k].date, &count_later);
    evg_date counted_to;
    if (to_date && story == clauses[k].date &&
        extract_counted_date(story, to_date->value, count_later, &counted_to))
      story = extract_redated(x, story, counted_to);
    st->story = story;
    if (!st->lead)
      st->lead = story;
    /* "He sailed up the Humber, and on September 20 defeated the
     * earls": a date heading a later clause is that clause's; the
     * clause before it happened at the story's time so far */
    const evg_timex *date = story;
    /* ... unless it says how long after the story's time it came
     * ("After sixteen days they landed ..., and on May 19 ...") */
    const evg_timex *reach = NULL;
    bool heads_later = false;
    if (before &&
        date_heads_later_clause(text, clauses, clause_count, k, !st->news)) {
      reach = dateless_reach(x, text, &clauses[k].span, timex_index, before);
      heads_later = reach == before;
      date = reach != before ? reach
             : heads_later_before && clauses[k - 1].date == clauses[k].date
                 ? date_before /* the part before's span, shared */
             : !st->news ? extract_between_days(x, text, before, story)
             : day_before_paper(before, anchor_day) ? before
                                                    : anchor_day;
      if (reach == before)
        reach = NULL;
    }
    /* "On the afternoon of February 18, 1930, while examining plates
     * taken on January 23, Tombaugh saw": the opener's date is the
     * sentence's (extract_opening_date.c) */
    if (date == story && !reach && date_before &&
        extract_opening_date_alone(text, clauses, k))
      date = st->story = date_before;
    /* in news, "went through the books and handed their report to the
     * board on February 20": the first part spans to that day */
    evg_date span;
    if (st->news && !heads_later && !reach && date == story &&
        extract_news_span(text, clauses, clause_count, k, before, &span))
      date = extract_redated(x, before, span);
    heads_later_before = heads_later;
    /* "..., three days after the port authority raised their pay": a
     * clause split off after a count happened that long before (after)
     * the clause before it */
    bool later;
    const evg_timex *count =
        k == 0 ? NULL
               : extract_count_between(text, clauses[k - 1].span.end,
                                       clauses[k].span.start, x->timexes,
                                       timex_index, &later);
    evg_date counted;
    if (count &&
        extract_counted_date(date_before, count->value, later, &counted)) {
      evg_timex *then = extract_redated(x, date_before, counted);
      then->start = count->start; /* the count is what dates it */
      then->end = count->end;
      date = then;
      counted_before = true;
    } else if (!(counted_before && shares_subject(text, &clauses[k].span))) {
      counted_before = false;
    } else {
      date = date_before; /* "two days after X met Y and failed to agree" */
    }
    /* "the start was moved to July", "put back by a week, to August 27":
     * the new date is the thing's; the moving happened at the time of the
     * clause before it, or else where the story stood (in news, the
     * lead's day) (extract_rescheduled.c) */
    if (date == story && extract_rescheduled_date(text, sentence, story)) {
      const evg_timex *then = k > 0 && date_before           ? date_before
                              : st->news && told_before.lead ? told_before.lead
                              : st->news                     ? anchor_day
                                                             : before;
      if (then)
        date = then;
    }
    /* "..., which a woodcarver made in 1640, out through a side door, and
     * a volunteer drove it": the clauses after a relative clause's date
     * share the time of the clause around it */
    if (relative_date && clauses[k].date == relative_date && date == story &&
        date->end <= clauses[k].span.start)
      date = st->story = instead;
    /* in news, a date closing a relative clause inside the clause dates
     * that clause alone, background to the news; the clause around it is
     * told at the story's time, once the story has one.  A history's
     * clause around it may come at any time after it.  Not before a
     * relative clause's day later than the story's ("Storms hit on
     * Saturday. The mayor, who visited the site on Sunday, thanked the
     * crews": not on Saturday), unless that clause tells what was yet to
     * come ("which would be dissolved on March 20"). */
    range own, main;
    if (st->news && date == story && told_before.story && x->event_count > 0 &&
        extract_relative_holds_date(text, &clauses[k].span, date, dates,
                                    date_count, &own, &main) &&
        !(main.end < own.start && same_day(told_before.story, date))) {
      if (own.start < own.end)
        add_dated_clause_events(x, text, sentence, &own, cursor, date,
                                timex_index);
      bool by_lead = lead_day(&told_before);
      const evg_timex *told =
          by_lead ? told_before.lead : story_told(text, si, &told_before);
      bool carried = !by_lead && told == told_before.story &&
                     told_by_carry(text, si, &told_before, told);
      if (told->has_date && date->has_date &&
          told->date.end < date->date.start &&
          !extract_modal_in(text, own.start, date->start))
        told = date;
      date = extract_undated_date(x, text, &main, timex_index, told, st->news,
                                  NULL);
      size_t first = x->event_count;
      add_clause_events(x, text, sentence,
                        own.start < own.end ? &main : &clauses[k].span, cursor,
                        date, timex_index);
      if (carried && date == told_before.story)
        mark_carried(x, first);
      relative_date = story;
      instead = st->story = date_before = date;
      st->story_sentence = si;
      st->paragraph_since_story = false;
      st->carried = false;
      continue;
    }
    /* in news, a subject with a dated relative clause before a present or
     * a present perfect ("The two climbers who spent three hours on a
     * ledge at the weekend have thanked the crew"): the date is the
     * relative clause's; the verb is told at the paper's time */
    if (st->news && date == story && anchor_day && !reach &&
        !(count && date == date_before) &&
        dates_in(dates, date_count, &clauses[k].span) == 1 &&
        extract_subject_relative_present(text, &clauses[k].span, date, &own,
                                         &main)) {
      add_dated_clause_events(x, text, sentence, &own, cursor, date,
                              timex_index);
      add_clause_events(x, text, sentence, &main, cursor, anchor_day,
                        timex_index);
      if (st->lead == story && k == 0 && !told_before.lead)
        st->lead = anchor_day;
      relative_date = story;
      instead = st->story = date_before = anchor_day;
      st->story_sentence = si;
      st->paragraph_since_story = false;
      st->carried = false;
      continue;
    }
    date_before = date;
    st->story_sentence = si;
    st->paragraph_since_story = false;
    st->carried = false;
    if (reach && date == reach)
      add_clause_events(x, text, sentence, &clauses[k].span, cursor, date,
                        timex_index);
    else
      add_dated_clause_events(x, text, sentence, &clauses[k].span, cursor, date,
                              timex_index);
    /* "..., saying they had not been paid since November": the start of
     * a state lasting to the time told is no time the story moves to; a
     * sentence that opens with it tells the story no time at all; nor is
     * a day told in the past perfect before the story's (a flashback),
     * nor the night before it a later clause tells ("after drivers voted
     * overnight") */
    if (before && (extract_after_since(text, clauses[k].date) ||
                   (st->news && extract_state_stretch(text, sentence->start,
                                                      clauses[k].date)) ||
                   (!st->news && extract_flashback_day(text, &clauses[k].span,
                                                       story, before)) ||
                   (k > 0 && extract_overnight_alone(text, clauses[k].date)))) {
      st->story = before;
      if (k == 0) {
        st->story_sentence = told_before.story_sentence;
        st->paragraph_since_story = told_before.paragraph_since_story;
        st->carried = told_before.carried;
      }
    }
  }
}

/* The events of the sentences' dated clauses and their relations, into x
 * (without actors: see extract_add_event).  x is the events stage's own
 * extraction (see extract_run): its arena, events, timexes and anchor;
 * `news` when the caller gave the text's date. */
static void find_events(evg_extraction *x, const char *text, size_t len,
                        const range *sentences, size_t sentence_count,
                        bool news) {
  size_t timex_index = 0, timex_count = 0;
  text_pos cursor = {0, 1, 1};
  /* the dated timexes of one sentence; reused, so linear overall */
  const evg_timex **dates = NULL;
  size_t date_cap = 0;
  since_memo since = {0};
  story_time st = {.news = news, .since = &since};
  /* whether the story's day, as last read at a paragraph's end, is told
   * in the past perfect: a day carried through many paragraphs is read
   * once, not again at each (its sentence may be long) */
  const evg_timex *perfect_story = NULL;
  size_t perfect_from = 0;
  bool perfect = false;
  /* about an event a sentence, reserved at once: grown by doubling, each
   * copy wrote the events again into fresh pages, a seventh of the run's
   * page faults; at most an event per 64 bytes, so that a text of many
   * short sentences reserves no more than a small share of its size */
  if (!x->event_cap) {
    size_t reserve =
        (sentence_count < len / 64 ? sentence_count : len / 64) + 32;
    x->events = evg_xmalloc(reserve * sizeof *x->events);
    x->actor_scopes = evg_xmalloc(reserve * sizeof *x->actor_scopes);
    x->event_cap = reserve;
  }
  if (x->has_anchor) {
    evg_timex *day = evg_arena_alloc(&x->arena, sizeof *day);
    memset(day, 0, sizeof *day);
    day->type = EVG_TIMEX_DATE;
    day->has_date = true;
    day->date = x->anchor;
    st.anchor_day = day;
  }
  for (size_t si = 0; si < sentence_count; si++) {
    const range *sentence = &sentences[si];
    /* the text may still be being tagged (extract_run): every timex the
     * sentence reads starts before its end */
    evg_timexes_wait(x->timexes, sentence->end);
    timex_count = evg_timexes_count(x->timexes);
    cursor = extract_position_in(text, cursor, sentence->start);
    if (si > 0 && extract_paragraph_break_between(text, sentences[si - 1].end,
                                                  sentence->start)) {
      /* not a day told in the past perfect ("who had reached the town
       * at 9:14 a.m. on Wednesday"): backstory the news has left */
      st.ended_at_story = !st.paragraph_since_story && st.story;
      if (st.ended_at_story) {
        size_t from = sentences[st.story_sentence].start;
        if (st.story != perfect_story || from != perfect_from) {
          perfect_story = st.story;
          perfect_from = from;
          perfect = extract_past_perfect_day(text, from, st.story);
        }
        /* unless the paragraph went on after it in the past, the story
         * told at that day ("The institute had issued its warning at 3
         * p.m. ... In Siedliszcze the roof of a school was torn off") */
        st.ended_at_story =
            !perfect || (st.story_sentence + 1 < si &&
                         extract_went_on_in_past(text, &sentences[si - 1]));
      }
      st.opening_sentence = si;
      st.paragraph_since_story = true;
      st.carried = false;
      st.between.open = false;
    }
    while (timex_index < timex_count &&
           evg_timexes_at(x->timexes, timex_index)->end <= sentence->start)
      timex_index++;
    size_t date_count = sentence_dates(x, sentence, timex_index, timex_count,
                                       &dates, &date_cap);
    date_count =
        extract_drop_content_deadlines(text, len, sentence, dates, date_count,
                                       x->has_anchor ? &x->anchor : NULL);
    /* once the story has a time, a sentence whose only dates start
     * states is told at that time (the undated path below) */
    if (st.story && x->event_count > 0)
      date_count = extract_drop_state_starts(text, sentence, dates, date_count);
    if (st.story && x->event_count > 0 && st.news) {
      date_count =
          extract_drop_noun_phrase_dates(text, sentence, dates, date_count);
      date_count = extract_drop_relative_ahead(
          text, sentence, dates, date_count, x->has_anchor ? &x->anchor : NULL);
    }
    date_count = extract_drop_planned_dates(text, sentence, dates, date_count,
                                            st.story && x->event_count > 0);
    if (!date_count) {
      undated_sentence_events(x, text, sentence, si, cursor, timex_index, &st);
      continue;
    }
    if (!st.story)
      st.news |= st.anchor_day &&
                 extract_opens_with_dateline(text, len, sentence, dates[0]);
    dated_sentence_events(x, text, len, sentence, si, cursor, timex_index,
                          dates, date_count, &st);
  }
  if (st.news)
    extract_lead_after_retold(x, text, sentences, sentence_count);
  free(dates);
}

/* The tagger and then the mentions stage, run on a thread of its own
 * beside find_events: the events stage reads the timexes as the tagger
 * adds them (evg_timexes_wait), and the two stages write apart (the
 * mentions stage the actors, name maps and x's arena; the events stage
 * the events and an arena of its own). */
typedef struct {
  evg_extraction *x;
  const char *text;
  size_t len;
  /* split by the first thread while this one tags: set under `lock`,
   * then `split` */
  const range *sentences;
  size_t sentence_count;
  bool split;
  pthread_mutex_t lock;
  pthread_cond_t split_done;
  mention *mentions;
  size_t mention_count;
  /* when threaded: the chunks of names the events stage's thread finds
   * once its events are found (extract_help_find_mentions) */
  extract_mention_share *share;
} mentions_job;

static void *tag_and_find_mentions(void *arg) {
  mentions_job *job = arg;
  evg_extraction *x = job->x;
  evg_tag_into(x->timexes, job->text, job->len,
               x->has_anchor ? &x->anchor : NULL);
  pthread_mutex_lock(&job->lock);
  while (!job->split)
    pthread_cond_wait(&job->split_done, &job->lock);
  pthread_mutex_unlock(&job->lock);
  job->mentions = extract_find_mentions(x, job->text, job->len, job->sentences,
                                        job->sentence_count, job->share,
                                        &job->mention_count);
  return NULL;
}

evg_extraction *extract_run(const char *text, size_t len,
                            const evg_date *anchor, bool events, bool threaded,
                            bool paths, evg_diags *diags) {
  evg_extraction *x = evg_xcalloc(1, sizeof *x);
  extract_load_gazetteer(x);
  if (anchor) {
    x->has_anchor = true;
    x->anchor = *anchor;
  } else if (evg_find_text_date(text, len, &x->anchor)) {
    x->has_anchor = true;
  } else {
    evg_diags_add(diags, EVG_SEV_WARNING, NULL, 0, 0, 0, NULL,
                  "the text has no date of its own: relative dates stay "
                  "unresolved (give one with --anchor YYYY-MM-DD)");
  }
  x->timexes = evg_timexes_new();
  if (!events) {
    evg_tag_into(x->timexes, text, len, x->has_anchor ? &x->anchor : NULL);
    return x;
  }
  mentions_job job = {.x = x, .text = text, .len = len};
  pthread_mutex_init(&job.lock, NULL);
  pthread_cond_init(&job.split_done, NULL);
  /* the events stage fills an extraction of its own, moved into x after;
   * the same stages run whether or not a thread could be started, so the
   * output is the same bytes.  It is given copies of what it may read
   * (the timexes, the anchor), never x: x's arena, actors and name maps
   * are the mentions stage's until the join (extract_internal.h).  The
   * tagger (a quarter of the work) runs on the thread before the mentions
   * stage, while the events stage follows it sentence by sentence: the
   * two threads then carry about the same work. */
  evg_extraction found = {
      .timexes = x->timexes, .has_anchor = x->has_anchor, .anchor = x->anchor};
  pthread_t thread;
  if (threaded)
    job.share = extract_mention_share_new();
  threaded = threaded &&
             pthread_create(&thread, NULL, tag_and_find_mentions, &job) == 0;
  if (!threaded) {
    extract_mention_share_free(job.share);
    job.share = NULL;
  }
  /* the sentences are split while the second thread tags; so are the
   * lower-case plurals read, which its actors may ask for: this thread
   * would otherwise wait for the first timexes, and the actors are given
   * on one thread while this one waits at the join */
  size_t sentence_count;
  range *sentences = extract_split_sentences(text, len, &sentence_count);
  if (threaded)
    extract_read_lower_plurals(x, text, len);
  pthread_mutex_lock(&job.lock);
  job.sentences = sentences;
  job.sentence_count = sentence_count;
  job.split = true;
  pthread_cond_signal(&job.split_done);
  pthread_mutex_unlock(&job.lock);
  if (!threaded)
    tag_and_find_mentions(&job);
  find_events(&found, text, len, sentences, sentence_count, anchor != NULL);
  extract_joined_relations(&found, text);
  extract_relations_free(&found);
  extract_scratch_free(&found);
  /* the mentions stage, the longer, is then helped with its names; the
   * relations are checked against the dates (events only) while it gives
   * its names actors in the text's order, alone */
  if (threaded)
    extract_help_find_mentions(job.share);
  extract_drop_unsound_relations(&found);
  if (threaded)
    pthread_join(thread, NULL);
  extract_mention_share_free(job.share);
  extract_group_more_relations(&found);
  x->events = found.events;
  x->more = found.more;
  x->actor_scopes = found.actor_scopes;
  x->event_count = found.event_count;
  x->event_cap = found.event_cap;
  /* issue 11: a cap never shrinks the output silently */
  if (found.capped_sentences)
    evg_diags_add(diags, EVG_SEV_WARNING, NULL, found.capped_line,
                  found.capped_col, 0, NULL,
                  "%zu sentence(s) hold more dated clauses than the %d a "
                  "sentence gives events for (the first at line %d, column "
                  "%d): the rest of each is one event",
                  found.capped_sentences, EXTRACT_MAX_CLAUSES,
                  found.capped_line, found.capped_col);
  evg_arena_absorb(&x->arena, &found.arena);
  extract_attach_actors(x, text, job.mentions, job.mention_count, paths);
  free(sentences);
  free(job.mentions);
  pthread_mutex_destroy(&job.lock);
  pthread_cond_destroy(&job.split_done);
  return x;
}

/* Below this, a thread costs more than it saves (news articles, one at a
 * time in --jsonl). */
#define EXTRACT_THREAD_MIN_BYTES (64 * 1024)

evg_extraction *evg_extract(const char *text, size_t len,
                            const evg_date *anchor, bool events,
                            evg_diags *diags) {
  return extract_run(text, len, anchor, events, len >= EXTRACT_THREAD_MIN_BYTES,
                     false, diags);
}
