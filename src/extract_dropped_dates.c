/* extract_dropped_dates.c: the dates of a sentence that date no happening
 * of its clause, left out before a clause takes its date: the time of a
 * thing planned ("a march planned for Friday"), the start of a state
 * ("which has made cheese since 1961"), and a date closing a phrase that
 * describes a noun ("A crane bought by the board in 2019 collapsed").
 * Split from extract_clauses.c, which finds the clauses and their own
 * dates.  Each scan is bounded in words: linear in the sentence. */
#include "extract_internal.h"

#include <string.h>

/* How many words before "since" its verb is looked for: the phrase is
 * short, and the bound keeps the scan linear. */
#define STATE_VERB_REACH 8

/* A form that may be a past participle: in -ed or -en, or an irregular
 * one spelt as its past ("bought", "made"); not a past only ("drove"). */
static bool participle_form(const char *w, size_t len) {
  static const char *const irregular[] = {
      "bought", "made", "built",   "sold",   "held",  "kept", "found",
      "paid",   "sent", "brought", "caught", "won",   "lost", "left",
      "led",    "set",  "put",     "cut",    "spent", "hit",  NULL};
  if (len >= 4 && ascii_is_lower((unsigned char)w[0]) && w[len - 1] == 'd' &&
      w[len - 2] == 'e')
    return true;
  if (len >= 5 && ascii_is_lower((unsigned char)w[0]) && w[len - 1] == 'n' &&
      w[len - 2] == 'e')
    return true;
  return extract_word_in(w, len, irregular);
}

/* Whether the phrase starting at `since_start` ("since 1961", "for
 * Friday") tells of something other than the clause's happening: it is
 * inside a relative clause ("which has made cheese since 1961"), or after
 * a participle set after a noun ("samples taken from 27 patients since
 * October", "cheese bought since November"), within `reach` words.  Not
 * the clause's own perfect ("nine cases had been confirmed since Monday":
 * happenings from that day to the time told). */
static bool of_a_noun_before(const char *s, const range *sentence,
                             size_t since_start, int reach) {
  static const char *const relatives[] = {"who", "which", "that", NULL};
  static const char *const auxiliaries[] = {"was", "were", "is",    "are",
                                            "be",  "been", "being", "had",
                                            "has", "have", NULL};
  size_t e = since_start;
  for (int words = 0; words < reach; words++) {
    while (e > sentence->start && s[e - 1] == ' ')
      e--;
    if (e == sentence->start || !ascii_alnum((unsigned char)s[e - 1]))
      return false; /* the clause ends at a comma or the sentence */
    size_t b = e;
    while (b > sentence->start && ascii_alnum((unsigned char)s[b - 1]))
      b--; /* a word or a number ("from 27 patients") */
    if (extract_word_in(s + b, e - b, relatives))
      return true;
    if (!extract_word_in(s + b, e - b, auxiliaries) &&
        participle_form(s + b, e - b)) {
      /* the verb found: walk back over its auxiliaries */
      size_t pe = b, pb = b;
      bool helped = false;
      for (int aux = 0; aux < 3; aux++) {
        while (pe > sentence->start && s[pe - 1] == ' ')
          pe--;
        pb = extract_word_start_before(s, sentence->start, pe);
        if (pb == pe || !extract_word_in(s + pb, pe - pb, auxiliaries))
          break;
        helped = true;
        pe = pb;
      }
      if (!helped) /* "samples taken": a participle after a noun */
        return pb < pe && ascii_is_lower((unsigned char)s[pb]);
      /* "which has made": a relative clause's perfect; "cases had been
       * confirmed": the clause's own */
      return pb < pe && extract_word_in(s + pb, pe - pb, relatives);
    }
    e = b;
  }
  return false;
}

/* Whether the "since" ending at `since_start` starts a state of
 * something other than the clause's happening (of_a_noun_before). */
static bool state_since(const char *s, const range *sentence,
                        size_t since_start) {
  return of_a_noun_before(s, sentence, since_start, STATE_VERB_REACH);
}

/* How far back (bytes) a participle's clause verb is looked for. */
#define PLANNED_REACH 120

/* Whether the date starting at `at` follows "for" right after a
 * participle set after a noun or a relative clause's verb ("a march
 * planned for Friday", "a meeting that had been set for next Monday"):
 * the time of the thing planned, not of the clause's happening.  Not the
 * clause's own verb ("The ceremony was planned for May 8", "A hearing is
 * set for June 9"). */
static bool planned_for(const char *s, const range *sentence, size_t at) {
  size_t b, e, v, ve, w, p;
  extract_letters_before(s, sentence->start, at, &b, &e);
  if (e - b != 3 || !equals_ci(s + b, 3, "for"))
    return false;
  extract_letters_before(s, sentence->start, b, &v, &ve);
  if (v == ve || !participle_form(s + v, ve - v))
    return false;
  if (of_a_noun_before(s, sentence, ve, 1))
    return true;
  /* "called off a march to Parliament planned for Friday", "cancelled
   * ... a performance of "The Planets" planned for Saturday": a verb of
   * the clause before the noun the participle follows */
  extract_letters_before(s, sentence->start, v, &w, &p);
  static const char *const helpers[] = {"was",  "were", "is",  "are",  "be",
                                        "been", "had",  "has", "have", NULL};
  if (w < p && extract_word_in(s + w, p - w, helpers))
    return false; /* the participle is the clause's own verb */
  size_t from =
      v > sentence->start + PLANNED_REACH ? v - PLANNED_REACH : sentence->start;
  for (size_t i = v; i > from; i--)
    if (s[i - 1] == ';' || s[i - 1] == '.')
      from = i;
  return extract_past_form_in(s, from, w);
}

size_t extract_drop_planned_dates(const char *s, const range *sentence,
                                  const evg_timex **dates, size_t date_count,
                                  bool story_told) {
  size_t kept = 0, planned = 0;
  for (size_t k = 0; k < date_count; k++)
    planned += planned_for(s, sentence, dates[k]->start);
  /* the sentence's only date stays when the story has no time yet */
  if (!planned || (planned == date_count && !story_told))
    return date_count;
  for (size_t k = 0; k < date_count; k++)
    if (!planned_for(s, sentence, dates[k]->start))
      dates[kept++] = dates[k];
  return kept;
}

size_t extract_drop_state_starts(const char *s, const range *sentence,
                                 const evg_timex **dates, size_t date_count) {
  size_t kept = 0;
  for (size_t k = 0; k < date_count; k++) {
    size_t e = dates[k]->start;
    while (e > sentence->start && s[e - 1] == ' ')
      e--;
    size_t b = extract_word_start_before(s, sentence->start, e);
    size_t after = dates[k]->end;
    while (after < sentence->end && (s[after] == ' ' || s[after] == ','))
      after++;
    /* "missing since Nov. 9, when thieves cut it": the "when" clause
     * happened on that date */
    bool when_follows = after <= sentence->end && sentence->end - after >= 4 &&
                        equals_ci(s + after, 4, "when");
    if (e - b == 5 && equals_ci(s + b, 5, "since") && !when_follows &&
        state_since(s, sentence, b))
      continue;
    dates[kept++] = dates[k];
  }
  return kept;
}

/* How many words before a date's preposition the phrase that holds it is
 * looked for: such phrases are short, and the bound keeps the scan
 * linear. */
#define MODIFIER_REACH 10

/* Whether a past verb, the clause's own, opens s[at, to) past spaces
 * ("a siren installed by the district in 2029 | sounded"). */
static bool past_verb_opens(const char *s, size_t at, size_t to) {
  while (at < to && s[at] == ' ')
    at++;
  size_t e = extract_letters_end(s, at, to);
  return e > at && extract_past_form_in(s, at, e);
}

/* Whether a verb form comes in the MODIFIER_REACH words before `at`
 * within the sentence, no comma between: the clause's own verb, so that
 * the noun after it is its object or complement ("granted the
 * injunction that", "was enough under rules that"), not its subject
 * ("The race that the Americans had crossed the ocean for came on"). */
static bool verb_within_before(const char *s, const range *sentence,
                               size_t at) {
  size_t e = at;
  for (int words = 0; words < MODIFIER_REACH; words++) {
    while (e > sentence->start && s[e - 1] == ' ')
      e--;
    if (e == sentence->start || !word_byte((unsigned char)s[e - 1]))
      return false;
    size_t b = e;
    while (b > sentence->start && word_byte((unsigned char)s[b - 1]))
      b--;
    if (extract_verb_form(s + b, e - b))
      return true;
    e = b;
  }
  return false;
}

/* Whether the words from the comma before `at` (at most MODIFIER_REACH)
 * open with a determiner: a noun phrase set off after the clause (",
 * their steepest drop since", ", the largest penalty the league has
 * handed out since"), not the clause's own words ("had watched over the
 * barn since"). */
static bool apposition_before(const char *s, const range *sentence, size_t at) {
  static const char *const determiners[] = {"the", "its", "their", "his", "her",
                                            "a",   "an",  "our",   NULL};
  size_t e = at, b = at;
  for (int words = 0; words <= MODIFIER_REACH; words++) {
    while (e > sentence->start && s[e - 1] == ' ')
      e--;
    if (e == sentence->start)
      return false;
    if (s[e - 1] == ',') {
      size_t we = extract_letters_end(s, b, at);
      return we > b && extract_word_in(s + b, we - b, determiners);
    }
    if (!word_byte((unsigned char)s[e - 1]))
      return false;
    b = e;
    while (b > sentence->start && word_byte((unsigned char)s[b - 1]))
      b--;
    e = b;
  }
  return false;
}

/* Whether the date `t` closes a phrase that describes a noun of the
 * clause rather than dating its happening, after "in" or "on", within
 * MODIFIER_REACH words, no comma between: a relative clause with no
 * comma before it, after the clause's own verb and at the sentence's end
 * ("the board was wound up under rules that the council adopted in
 * 2022."); a clause of "since" that ends a noun phrase set off by a comma
 * (", the largest fine the authority has issued since it was set up in
 * 1988."); or a participle after a noun with its agent, before the
 * clause's own past verb ("A crane bought by the board in 2019
 * collapsed"; without an agent, reduced_relative_holds reads "a line
 * built in 1968 touched").  *opener: where a phrase at the sentence's
 * end opens (its relative word or "since"); the sentence's start for a
 * participle. */
static bool noun_phrase_date(const char *s, const range *sentence,
                             const evg_timex *t, size_t *opener) {
  static const char *const relatives[] = {"that", "which", "who", "whom", NULL};
  static const char *const not_nouns[] = {
      "so",     "now",     "such", "than",   "and",   "but",      "or", "after",
      "before", "because", "that", "except", "given", "provided", NULL};
  static const char *const not_participles[] = {
      "was",  "were", "is",  "are",  "be",  "been",  "being", "had",
      "has",  "have", "did", "does", "do",  "it",    "he",    "she",
      "they", "we",   "I",   "you",  "who", "which", "that",  NULL};
  size_t pb, pe;
  extract_letters_before(s, sentence->start, t->start, &pb, &pe);
  if (pe - pb != 2 || pe == t->start ||
      !(equals_ci(s + pb, 2, "in") || equals_ci(s + pb, 2, "on")))
    return false;
  /* what follows the date: the sentence's end, or the clause's verb */
  size_t after = t->end;
  while (after < sentence->end && s[after] == ' ')
    after++;
  bool ends = after >= sentence->end || ((s[after] == '.' || s[after] == '!') &&
                                         after + 1 >= sentence->end);
  bool verb_next = !ends && past_verb_opens(s, after, sentence->end);
  if (!ends && !verb_next)
    return false;
  bool verb = false; /* a verb between the opener and the date */
  size_t e = pb, prev_start = pb, prev_end = pb;
  for (int words = 0; words < MODIFIER_REACH; words++) {
    while (e > sentence->start && s[e - 1] == ' ')
      e--;
    if (e == sentence->start || !word_byte((unsigned char)s[e - 1]))
      return false; /* a comma, a quotation mark: no phrase of a noun */
    size_t b = e;
    while (b > sentence->start && word_byte((unsigned char)s[b - 1]))
      b--;
    size_t we = extract_letters_end(s, b, e);
    if (we == e && b < we && ascii_is_lower((unsigned char)s[b])) {
      /* the word before this one: a noun, not a verb or a joint */
      size_t nb, ne;
      extract_letters_before(s, sentence->start, b, &nb, &ne);
      bool noun_before = ne > nb && ne + 1 == b &&
                         !extract_verb_form(s + nb, ne - nb) &&
                         !extract_word_in(s + nb, ne - nb, not_nouns) &&
                         !extract_word_in(s + nb, ne - nb, not_participles);
      *opener = b; /* read only when a relative or "since" opens here */
      if (extract_word_in(s + b, we - b, relatives))
        return verb && ends && noun_before &&
               verb_within_before(s, sentence, nb) &&
               !extract_report_verb_in(
                   s, nb > sentence->start + 60 ? nb - 60 : sentence->start, b);
      if (equals_ci(s + b, we - b, "since"))
        return verb && ends && apposition_before(s, sentence, b);
      /* a participle before its agent ("installed by the district in") */
      if (verb_next && noun_before && prev_end > prev_start &&
          equals_ci(s + prev_start, prev_end - prev_start, "by") &&
          participle_form(s + b, we - b) &&
          !extract_word_in(s + b, we - b, not_participles)) {
        *opener = sentence->start; /* the clause's verb follows the date */
        return true;
      }
      if (extract_verb_form(s + b, we - b))
        verb = true;
    }
    prev_start = b, prev_end = we;
    e = b;
  }
  return false;
}

size_t extract_drop_noun_phrase_dates(const char *s, const range *sentence,
                                      const evg_timex **dates,
                                      size_t date_count) {
  size_t kept = 0;
  for (size_t k = 0; k < date_count; k++) {
    size_t opener = sentence->start;
    /* a phrase at the sentence's end is dropped only when its date is
     * the sentence's one and a happening told in the past comes before
     * it ("The board was also fined, the largest fine ... since"), not a
     * state ("The best-known case was a strike at a mill which closed in
     * 2028": the relative clause's happening is the sentence's one);
     * beside another date ("signed the 1954 accords that took effect on
     * July 21") the clauses split at the relative clause, each with its
     * own */
    if (noun_phrase_date(s, sentence, dates[k], &opener) &&
        (opener == sentence->start ||
         (date_count == 1 && extract_states_past_happening(
                                 s, &(range){sentence->start, opener})))) {
      continue;
    }
    dates[kept++] = dates[k];
  }
  return kept;
}
