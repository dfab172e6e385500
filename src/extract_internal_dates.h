/* extract_internal_dates.h: the shared declarations of the stage that dates
 * an event (a clause's own date, the story's day carried to undated
 * sentences, a news lead's day, stretches and spans) and adds it, for the
 * extractor's files. Included by extract_internal.h only, at its place
 * there: it uses the types declared before it. */
#ifndef EVG_EXTRACT_INTERNAL_DATES_H
#define EVG_EXTRACT_INTERNAL_DATES_H

/* extract_relative_saying.c */
/* Where the label of the part s[start, end), dated by `date`, ends when
 * that date stands in its subject's relative clause and the main clause
 * after it only reports ("X, who had joined ... in 2022, | said on
 * Wednesday that ..."): at the clause's closing comma; 0 otherwise. */
size_t extract_relative_saying_end(const evg_extraction *x, const char *s,
                                   size_t start, size_t end,
                                   const evg_timex *date);

/* extract_opening_date.c */
/* Whether the sentence's first dated clause is its opening date alone
 * ("On the afternoon of February 18, 1930,") and clause k, the next,
 * holds a date of its own inside it, not heading it ("while examining
 * plates taken on January 23, Tombaugh saw"): the opening date is then
 * clause k's too. */
bool extract_opening_date_alone(const char *text, const dated_clause *clauses,
                                size_t k);

/* extract_count_to_date.c */
/* The count of time written right before "before" or "after" and the
 * date `date` ("two days before Christmas"), among the timexes from
 * `first` on, within text[from, ..); *later for "after".  NULL when the
 * date has no such count, or the count tells how long something lasted
 * ("for two days after Christmas"). */
const evg_timex *extract_count_to_date(const char *text, size_t from,
                                       const evg_timexes *timexes, size_t first,
                                       const evg_timex *date, bool *later);

/* extract_told_days.c */
/* The latest day the text told as a date of its own before byte
 * `before` (a dateline's day left out; the last few dates read), or
 * NULL: where "over the two days" ends. */
const evg_timex *extract_latest_day_told(const evg_extraction *x,
                                         const char *text, size_t len,
                                         size_t before);

/* The phrase after a count's word ("two days after | the fire", "within
 * days of | the fire") from `from` to its clause's end, in *end; whether
 * it holds a date of its own after timex t_index (a duration too when
 * `durations`). extract_part_dates.c. */
bool extract_count_phrase(const evg_extraction *x, const char *text,
                          const range *sentence, size_t t_index, size_t from,
                          bool durations, size_t *end);

/* extract_within_referent.c */
/* "within days of the fire" (the duration, timex t_index, in `sentence`):
 * the end of the date of the earlier event the phrase after "of" names,
 * as a copy of `story` in the arena, the point "within" reaches from;
 * NULL when no "of" follows, the phrase holds a date of its own, names
 * no dated event, or that event's date has no last point. */
const evg_timex *extract_within_referent(evg_extraction *x, const char *text,
                                         const range *sentence, size_t t_index,
                                         const evg_timex *story);

/* extract_apposition_verb.c */
/* Whether the comma at s[comma] closes a name's apposition ("Nordmelk, a
 * Danish dairy group,"): a past form after it is the name's own verb, no
 * participle inserted after a noun, unless a finite verb follows the
 * comma at s[close] that ends the phrase (s read before `end`). */
bool extract_apposition_before(const char *s, size_t comma, size_t close,
                               size_t end);

/* extract_state_stretch.c */
/* Whether the timex t (in text after `from`) follows "for most of", "for
 * much of", "for all of" or "throughout": how long a state lasted ("The
 * road stayed closed for most of Tuesday"), no time the story moves to. */
bool extract_state_stretch(const char *text, size_t from, const evg_timex *t);

/* extract_rescheduled.c */
/* Whether the date `t` of `clause` is a thing's new date after a verb
 * that moves it in time and "to", "until" or "till" ("put back by a
 * week, to August 27", "the start was moved to July"): when the thing is
 * due, not when it was moved. */
bool extract_rescheduled_date(const char *s, const range *sentence,
                              const evg_timex *t);

/* extract_opening_year.c */
/* Whether `next`, a finer date inside the year `first` that opens the
 * clause at clause_start ("In 1970 the smelter was shut in April"), is
 * the clause's date: after a plain "in" or "on" of the same clause, with
 * no relative, complement or inserted phrase between. */
bool extract_opening_year_yields(const char *s, size_t clause_start,
                                 const evg_timex *first, const evg_timex *next);

/* extract_event.c */
/* Adds the event of part p of a sentence (at sentence_pos) when its timex
 * gives a date: its label, quote, position, and where its actors are
 * (they are attached once the mentions are known: the events stage runs
 * beside the mentions stage and reads no actor, mention or name map). */
void extract_add_event(evg_extraction *x, const char *s, const range *sentence,
                       text_pos sentence_pos, const part *p);
/* The line and column of s[offset], counted on from `from` (a position
 * at or before it). */
text_pos extract_position_in(const char *s, text_pos from, size_t offset);
/* A season's timex as the events file's EDTF season code ("1804-24") in
 * `text`, or false when it is no season. */
bool extract_season_code(const evg_timex *t, char *text, size_t size);
/* Whether `date`, the only date of `clause`, closes a relative clause set
 * off by commas inside it, with a past verb of its own ("The council,
 * which had left the rate unchanged at its meeting on February 24, also
 * suspended the auctions"; "carried the altarpiece, which a woodcarver
 * made in 1640, out through a side door"): it dates that clause's
 * happening, not the clause around it, which goes on after the closing
 * comma; or a relative clause that closes the clause after a past
 * happening ("..., as did two ministers, Ana Vea and Tevi Maka, who had
 * resigned on Monday."), *own then opening at the noun's names set off
 * by commas.  *own is the relative clause (with the subject it follows,
 * when it follows the subject), *main the clause around it. */
/* Whether a modal ("would", "will", "could", "should", "might") comes in
 * text[from, to): "which would be dissolved on March 20" tells what was
 * yet to come. */
bool extract_modal_in(const char *text, size_t from, size_t to);
/* Whether a verb in the past ("made", "had left", "was appointed") comes
 * in text[from, to). */
bool extract_past_verb_in(const char *text, size_t from, size_t to);
/* Whether the timex t is the word "overnight" with a night's value
 * (a day in TNI), a date of its clause's own (extract_overnight.c). */
bool extract_overnight_alone(const char *s, const evg_timex *t);
/* Whether the timex t ("overnight") runs "into", "until" or "till" a day
 * told next ("overnight into Monday"): that day's number in *day. */
bool extract_overnight_into(const evg_extraction *x, const char *s,
                            size_t text_end, const evg_timex *t, int32_t *day);

/* extract_lead_day.c */
/* Whether the story's day `story` is the lead's day `lead`, told outside
 * a relative clause and not in the past perfect: in news (the caller,
 * story_told_by, asks only there) an undated happening of a later
 * paragraph goes on at it, not at the paper's day. */
bool extract_lead_day_holds(const char *text, const evg_timex *story,
                            const evg_timex *lead);
/* Whether the story was left at days (an interval: "on Tuesday and
 * Wednesday") that hold the lead's day: in news a later paragraph's
 * undated happening goes on at the lead's day, not at both. */
bool extract_lead_day_within(const evg_timex *story, const evg_timex *lead);
/* Whether the story was left at a month or a year before the lead's day
 * (a backstory: "The trial opened in 2041."), the lead's day before the
 * paper's (`anchor_day`): in news a later paragraph's undated happening
 * ("Passing sentence, the judge ordered ...") goes back to the lead's
 * day, not on at the paper's. */
bool extract_lead_day_after_backstory(const evg_timex *story,
                                      const evg_timex *lead,
                                      const evg_timex *anchor_day);

/* extract_lead_after.c */
/* In news, the lead's undated "after" clause takes the day of a sentence
 * of the next paragraph that tells it again: one sharing a word of substance
 * with it and naming a day in the week up to the main clause's date.  Run once
 * the events are found (find_events), every timex tagged. */
void extract_lead_after_retold(evg_extraction *x, const char *text,
                               const range *sentences, size_t sentence_count);

/* extract_news_span.c */
/* Whether, in news, clause k has no date of its own and is joined by
 * "and" or "but" to the next clause, whose date (clause k's) closes it and
 * comes a day after `story`: its happening spans from the story's date to
 * that day, the span in *out. */
bool extract_news_span(const char *text, const dated_clause *clauses,
                       size_t clause_count, size_t k, const evg_timex *story,
                       evg_date *out);

/* extract_months_between.c */
/* Whether an undated clause told at `story` (a day, or a month the story
 * stands at: `month`) before a clause headed by the month `next` spans
 * the months from the story's to that one; the span in *out. */
bool extract_months_between(const evg_timex *story, const evg_timex *next,
                            bool month, evg_date *out);
/* Whether the date t, after the word s[b, e), is a "by" still to come on
 * the paper's day `today` (a news text's) after a verb in the past in
 * s[from, b): the deadline of what the verb asked for, not the time of
 * its happening (extract_deadline_ahead.c). */
bool extract_deadline_ahead_of_past(const char *s, size_t from, size_t b,
                                    size_t e, const evg_timex *t,
                                    const evg_date *today);

/* A news clause whose subject carries a relative clause that closes with
 * `date` and whose own verb, right after the date, is a present or a
 * present perfect ("The two climbers who spent three hours on a ledge at
 * the weekend have thanked the crew", "The ferry, which ran aground on
 * Saturday, is being towed"): *own is the subject with its relative
 * clause, *main the verb phrase, told at the paper's time
 * (extract_present_after_relative.c). */
bool extract_subject_relative_present(const char *text, const range *clause,
                                      const evg_timex *date, range *own,
                                      range *main);
/* A date closing a relative clause inside `clause`, the relative clause
 * in *own and the clause around it in *main (extract_event.c); *own is
 * empty when the relative clause tells a state it ends ("who ran the
 * firm until 2046"), no happening of its own. */
bool extract_relative_holds_date(const char *text, const range *clause,
                                 const evg_timex *date,
                                 const evg_timex *const *dates,
                                 size_t date_count, range *own, range *main);

/* extract_part_dates.c */
/* A copy of `timex` in the arena that says `date` instead: its TIMEX3
 * value and modifier no longer describe it, so they are dropped. */
evg_timex *extract_redated(evg_extraction *x, const evg_timex *timex,
                           evg_date date);
/* The clause date `date`, or the range it opens ("between 2019 and 2023"
 * dates what went on through those years, not only in 2019) as one
 * timex in the arena. */
const evg_timex *extract_range_date(evg_extraction *x, const char *text,
                                    size_t len, const evg_timex *const *dates,
                                    size_t date_count, const evg_timex *date);
/* Whether a blank line (a paragraph's end) lies in text[from, to). */
bool extract_paragraph_break_between(const char *text, size_t from, size_t to);
/* Whether the word before the timex is "since": the start of a state
 * ("had led it since May 2019"), not a time the story stands at. */
bool extract_after_since(const char *text, const evg_timex *t);
/* The date of an undated clause told before a clause headed by a date of
 * its own ("James sent his family to France, and on December 11 he
 * fled"): after the story's day (or the month it stands at) and by that
 * date when that date is a day, else the story's date (see story_date). */
const evg_timex *extract_between_days(evg_extraction *x, const char *text,
                                      const evg_timex *story,
                                      const evg_timex *next);
/* `date` moved by the count `value` ("P4D", "P1W", "P2M", "P3Y"),
 * back or (when `later`) forward, at the coarser of the date's precision
 * and the unit's; false for an unwritten count ("days after") or a date
 * that is no single day, month or year. */
bool extract_counted_date(const evg_timex *date, const char *value, bool later,
                          evg_date *out);
/* "Magellan retook the ships within a day" (the story at April 1): from
 * the story's date to the end of the duration after it, at the coarser of
 * the date's precision and the unit's (the gold's convention: "rejected
 * within a week" of an October approach is October to November); "over"
 * a duration, the stretch it lasted; "after" one, the date that long on.
 * The sentence's (or part's) duration is among the timexes from `first`;
 * `date` itself when it has none. */
const evg_timex *extract_within_reach(evg_extraction *x, const char *text,
                                      const range *sentence, size_t first,
                                      const evg_timex *date, bool *named_count);
/* The date of an undated happening told at `story`: its reach when the
 * sentence says "within" a duration, counted from the story's own date
 * ("within a week" of November 1951 is November to December), else the
 * story's date as story_date gives it (in news, the text's day). */
const evg_timex *extract_undated_date(evg_extraction *x, const char *text,
                                      const range *sentence, size_t first,
                                      const evg_timex *story, bool news,
                                      bool *named_count);

#endif
