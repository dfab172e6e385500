/* merge_internal.h: what the stages of evg_merge share (merge.c, the
 * merge itself; merge_articles.c, the articles of the inputs and which
 * tell one story; merge_pairs.c, the rules that tell whether two events
 * are one happening). */
#ifndef EVGRAPH_MERGE_INTERNAL_H
#define EVGRAPH_MERGE_INTERNAL_H

#include "internal.h"

/* A time of day a quote writes (merge_time.c): a clock time, from == to,
 * on a twelve-hour dial when `twelve` (no "a.m.", "p.m." or part of the
 * day says which half), or a part of the day ("afternoon"), a span; in
 * minutes from midnight, a night's end past the next midnight.  A clock's
 * `slack` is how far either side of it the moment may lie, by how it is
 * rounded and hedged (merge30: "at 6 p.m." 15 minutes, "at about 6 p.m."
 * 30, "at 3:10 p.m." 2). */
typedef enum { MERGE_TIME_NONE, MERGE_TIME_CLOCK, MERGE_TIME_PART } time_kind;
typedef struct {
  time_kind kind;
  int from, to;
  bool twelve;
  int slack;
  bool reckoned; /* a clock told by reckoning (merge_reckon_time) */
  int anchor_from, anchor_to, anchor_slack; /* its anchor's clock, then */
} merge_time;
/* Reads the first time of day a quote writes, not a bound ("until 10:30
 * p.m.", "by 10 p.m."), into *out (kind MERGE_TIME_NONE when none). */
void merge_read_time(const char *quote, merge_time *out);
/* The least gap in minutes between two times of day, or -1 when either
 * is none. */
int merge_time_gap(const merge_time *a, const merge_time *b);
/* A time told by reckoning from another happening (merge52): "twelve
 * minutes after it caught fire", "less than an hour after the alarm",
 * "About 45 minutes later": the minutes after the anchor, from..to
 * ("less than an hour" is 0..60), a slack by the count's rounding and
 * hedge, and the anchor's words of four letters or more ("caught",
 * "fire"; none for "later"). */
#define MERGE_RECKON_WORDS 4
typedef struct {
  int from, to, slack;
  char anchor[MERGE_RECKON_WORDS][24];
  size_t anchor_words;
} merge_reckoning;
/* Reads the first reckoning a quote writes; false when none. */
bool merge_read_reckoning(const char *quote, merge_reckoning *out);
/* Whether a quote holds a word that begins as `word` does (its first
 * five letters: "stop" and "stopped", "alarm" and "alarms"). */
bool merge_quote_has_word(const char *quote, const char *word);

/* One input graph, in the canonical order. */
typedef struct {
  const evg_graph *graph;
  char *content; /* the graph as an events file: the order's key */
  size_t content_len;
  const char *name;  /* the file name of its first element, or "" */
  bool corpus;       /* a .jsonl of extract --jsonl: one article an id */
  size_t *record_of; /* by event of its graph: its event record */
  bool has_anchor;   /* its graph's anchor, for the tagger */
  evg_date anchor;
} input;

/* One article: the unit that never joins itself and that the story guard
 * compares.  An events file (or a one-article extraction) is one; a
 * corpus input holds one per article id (its events' source). */
typedef struct {
  size_t input;
  const char *id;  /* a corpus article's id, or NULL (the whole input) */
  const char *key; /* its canonical order: see merge_find_articles */
  size_t key_len;
  char *own_key;          /* the key when made for it (a corpus article) */
  const char *input_name; /* breaks ties of keys */
  size_t *events; /* its events' indices in the input's graph, in order */
  size_t event_count;
  size_t first_record; /* its records are first_record.. +event_count */
  size_t *terms;       /* sorted, unique term ids of all its events */
  size_t term_count;
  double norm;    /* the length of its terms' weight vector */
  size_t *actors; /* sorted, unique merged actors of its events */
  size_t actor_count;
  /* sorted, unique term ids of its events' actors' names: the words of
   * who did something in this article (event_rec.who) */
  size_t *who_terms;
  size_t who_term_count;
  size_t names;     /* of its terms, the names (evg_term_is_name) */
  size_t sentences; /* its events' distinct first quotes (or events) */
  bool has_day;     /* its dateline's day, when its lead's quote opens */
  int32_t day;      /* with one ("VENICE, August 22, 2026 —") */
  /* the record of its lead's first event: its first sentence's, or the
   * second's when only the second opens with a dateline (the first is
   * the title line, told as an event for a date it writes: "Minister
   * suspends new controller rota after Friday's sick-out") */
  size_t lead;
} article;

/* One actor of one input. */
typedef struct {
  size_t input;
  const evg_actor *actor;
  char *key; /* folded name without titles */
  size_t words;
  const char *last_word; /* into key */
  size_t merged;         /* index of the merged actor */
} actor_rec;

/* One event of one input. */
typedef struct {
  size_t input;
  size_t article;
  size_t index; /* in its graph */
  /* what pairing reads: the input's event, or while events are paired a
   * copy dated its paper's day (merge_carried_to_papers_day); `own` is
   * the input's event then, else NULL */
  const evg_event *event, *own;
  size_t *terms; /* sorted, unique term ids of its headline and quotes */
  size_t term_count;
  size_t *headline_terms; /* sorted, unique term ids of its headline */
  size_t headline_term_count;
  /* the first term of its headline (SIZE_MAX when none): the first word
   * of its subject, as a headline mostly opens ("The town closed the
   * fair") */
  size_t lead_term;
  /* sorted, unique term ids of its headline's act: the words before a
   * verb of saying (merge_headline_act_length), the whole headline when
   * it says none */
  size_t *act_terms;
  size_t act_term_count;
  /* its headline reports a saying (its act is shorter than it): its quote
   * tells what was said, often of another happening */
  bool reports_saying;
  /* by term (as terms): a word of who did something, not of what
   * happened: a word of a post, or of the name of an actor of its
   * article (merge_article_who_terms); a term two events share is a word
   * of who for the pair when it is one for either */
  bool *who;
  size_t *name_terms; /* sorted, unique term ids of its actors' names */
  size_t name_term_count;
  /* each actor's name as its sorted, unique term ids, one name after
   * another, each closed by SIZE_MAX (unnamed_calls_actor) */
  size_t *whole_names;
  size_t whole_name_length;
  /* the terms of its headline and of its quotes outside their time
   * adjuncts ("almost three hours after the escape"), read by
   * weigh_event_terms, then freed */
  size_t *main_terms;
  size_t main_term_count;
  /* the same, outside their dated relative clauses too ("who was struck
   * by lightning on Sunday"), read by weigh_event_terms, then freed */
  size_t *told_terms;
  size_t told_term_count;
  /* of a sentence told as several events, its own clause (its source's
   * span in its quote) was found, and the first time of day that clause
   * writes (merge_clause_times): a time the sentence writes in a
   * sibling's clause is the sibling's */
  bool has_clause;
  merge_time clause_time;
  /* a quote of its restates a happening in a dated relative clause: the
   * clause's words weigh as a sibling's in `factor`, and at full weight
   * in `story_factor` (story_weight their sum), by which a pair counts
   * for its articles' story (restated_pair in merge.c) */
  bool restates;
  double *story_factor;
  double story_weight;
  double weight;  /* the sum of its terms' weights */
  double *factor; /* by term: what its weight counts for in this event */
  /* by term: only in a time adjunct or a dated relative clause, which
   * tell another happening than the sentence's (no sibling's rest) */
  bool *aside;
  size_t *actors; /* merged actor indices, sorted, unique */
  size_t actor_count;
  /* its headline holds at most one word of what happened ("The carmaker
   * had said"), so its quote tells what happened */
  bool quote_is_core;
  size_t sentence; /* the first record of its article with its first quote */
  /* a happening its sentence recalls to date another: an event of a
   * sentence told as several, not the first, that ends before the first
   * begins and whose headline follows "after" or "since" in the quote
   * ("Trains crossed the Rhine again on Friday, three days after a barge
   * rammed the bridge"); its article tells it again in a sentence of its
   * own, which goes first (merge24) */
  bool recalled;
  /* of its article's lead: a sentence after the lead tells a day of its
   * date again (merge_mark_days_told_again) */
  bool day_told_again;
} event_rec;

/* What makes two events a candidate, in the order their pairs are
 * joined: the rule on words first, then the pairs that fail it but are
 * their articles' only tellings still alone of one actor on one day, then
 * of one day, then the pairs by clock times that agree, then the pairs
 * whose headlines pass it.  Two clocks that agree within their roundings
 * say which telling is the other's more surely than one noun of the story
 * in both headlines: a lead summing the story up ("A warehouse packed
 * with fireworks ... blew up late on Wednesday") would take by headlines
 * the other article's "The warehouse went up with a roar shortly before
 * eleven", whose telling is "The first blast came at about 10:50 p.m."
 * (merge33). */
typedef enum {
  PAIR_BY_WORDS, /* merge_same_happening */
  PAIR_BY_ACTOR, /* merge_actor_day_pair, joined if merge_actor_day_unique */
  PAIR_BY_DAY,   /* merge_lone_day_pair, joined if merge_lone_day_unique */
  PAIR_BY_TIME,  /* merge_time_pair, joined if its events' only one */
  PAIR_BY_HEADLINES, /* merge_headlines_pair */
  /* a pair by words only through a dated relative clause's words, which
   * restate the other's happening: evidence of one story for the guard
   * (merge_keep_related_articles), never joined */
  PAIR_BY_STORY
} pair_kind;

/* Two events that may be one happening. */
typedef struct {
  bool what; /* they share a word beyond who did it and where (a name) */
  unsigned similarity; /* the score, in thousandths */
  double headlines;    /* the weight their headlines share: breaks ties */
  double shared;       /* merge_weighted_shared: chooses among siblings */
  double date_part;    /* what their dates add to the score */
  /* PAIR_BY_ACTOR, PAIR_BY_DAY and PAIR_BY_HEADLINES pairs join only two
   * events still alone, after every pair by words */
  pair_kind kind;
  /* a pair by one loose word (merge_one_loose_word) one of whose events
   * has a pair by every actor of both (merge_same_actors_written_day):
   * it goes after the pairs that share only who did it */
  bool yields;
  /* a pair by words whose shared words stand in neither core
   * (merge_words_off_cores): it goes there too */
  bool off_cores;
  /* a pair by words whose one shared word of what happened opens one
   * headline, its subject, and not the other (merge_one_word_leads_one):
   * it goes there too */
  bool one_lead;
  /* one of its events is recalled (event_rec.recalled): the pair goes
   * after every other */
  bool recall;
  /* a pair by words of two leads whose later article's event is a clause
   * of its lead (merge_restating_lead): that event's index plus one, else
   * 0; the pair is PAIR_BY_STORY */
  size_t restating;
  /* a pair by words of an event of one day and one dated a span of at
   * most MERGE_LOOSE_SPAN_DAYS that holds it ("this week", "at the
   * weekend"): not known to be one day, and the loose date is often a
   * follow-up's lead restating the story's happening in passing ("A
   * beekeeper whose lorry overturned on the A7 last week says ..."); the
   * pair goes after every pair of known days (merge28) */
  bool loose_day;
  size_t a, b; /* event records, a < b */
} candidate;

typedef struct {
  evg_diags *diags;
  input *inputs;
  size_t input_count;
  article *articles; /* in canonical order */
  size_t article_count;
  evg_arena arena; /* scratch strings */
  evg_buf scratch;
  /* actors */
  actor_rec *actors;
  size_t actor_count;
  evg_map actor_index; /* "input\x1fid" -> actor record */
  size_t merged_actors;
  size_t *merged_actor_rep; /* merged actor -> its representative record */
  const char **merged_actor_kind;
  /* events */
  event_rec *events;
  size_t event_count;
  size_t *parent;      /* union-find over event records */
  double *term_weight; /* by term id */
  bool *post_term;     /* by term id: a word of a post ("mayor") */
  bool *amount_term;   /* by term id: merge_term_is_amount */
  bool *number_term;   /* by term id: merge_term_is_number */
  bool *name_term;     /* by term id: a name (evg_term_is_name) */
  evg_map ids;         /* ids taken in the result */
  signed char
      *written;      /* by event record: merge_date_written, -1 until asked */
  int *clock;        /* by event record: merge_clock, valid once written is */
  merge_time *times; /* by event record: merge_event_time, once time_read */
  bool *time_read;
} merger;

/* What two events' shared terms are made of: how many tell what happened
 * (not a word of an actor's name or post: who did something is compared as
 * actors, not as words), and whether one of them is among both sides' own
 * words at full weight (not only the rest of a sentence it shares with a
 * sibling event, which may be the sibling's happening). */
typedef struct {
  size_t what, who;
  size_t named_what; /* of `what`, the names (a place: where, not what) */
  bool own;
} shared_terms;

/* Whether a term is a number of two digits or more ("1400" of "1,400"),
 * an amount (merge_terms.c). */
bool merge_term_is_amount(const evg_term_folder *folder, size_t term);
/* Whether a term is a number of any size ("2" of "two"), merge_terms.c. */
bool merge_term_is_number(const evg_term_folder *folder, size_t term);

/* The length of a headline's act: its text before its first verb of
 * saying ("Its forecasters said it was the worst storm": what follows is
 * what was said, of another happening), not a passive's ("Government
 * inspectors were told of the escape"); the whole headline when it has
 * none (merge_terms.c). */
size_t merge_headline_act_length(const char *label);

/* Copies of a headline or quote with the words that tell another
 * happening than the sentence's blanked (merge_terms.c): its time
 * adjuncts ("almost three hours after the escape"; NULL when it has
 * none); its dated relative clauses ("who was struck by lightning on
 * Sunday", into `out`, a copy of `text` made when NULL and needed,
 * *blanked set when one was; a participle's clause and the subject
 * noun with them); and a headline's relative clause, when its quote's was
 * blanked (`told`, that quote's blanked copy, finds a participle's; NULL
 * when it has none). */
char *merge_quote_without_adjuncts(const char *quote);
char *merge_without_dated_relatives(const char *text, char *out, bool *blanked);
char *merge_headline_without_relative(const char *label, const char *quote,
                                      const char *told);

/* The length in characters of a news dateline that opens a sentence
 * ("CALDER, March 15, 2024 — ", its spaces too), 0 when none
 * (merge_terms.c). */
size_t merge_dateline_chars(const char *text);
/* Each record's own clause's time of day (event_rec.clause_time), of a
 * sentence told as several events (merge_clauses.c). */
void merge_clause_times(merger *m);

/* Union-find over event records: the root of `i`'s group (merge.c). */
size_t merge_find(size_t *parent, size_t i);

/* Lower-case words of `text` without accents, into `out` (reset): the
 * actors' and periods' key (merge.c). */
void merge_fold_words(evg_buf *out, const char *text);
/* The merged actor of an event's actor `a` (its index in the event's
 * actors), once the actors are merged (merge.c). */
size_t merge_actor_of(merger *m, const event_rec *r, size_t a);

/* Dates of events compared (merge_pairs.c). */
/* Width of a date in days; an open or unknown end is wider than any. */
int64_t merge_date_width(const evg_date *d);
int32_t merge_first_day(const evg_date *d);
int32_t merge_last_day(const evg_date *d);
bool merge_dates_overlap(const evg_date *a, const evg_date *b);
/* From 0 to 1: 1 for the same day (see merge_pairs.c). */
double merge_date_closeness(const evg_date *a, const evg_date *b);
/* Whether the event's quote writes its date (tagged when first asked). */
bool merge_date_written(const merger *m, const event_rec *r);

/* Clock times of one day that agree within an hour ("at about 2:20 p.m."
 * and "shortly after 2 p.m.") rank a pair by words as if their score were
 * MERGE_CLOCK_RANK thousandths higher (merge.c). */
#define MERGE_CLOCK_GAP_MINUTES 60
#define MERGE_CLOCK_RANK 100
/* merge_clock's mark for a first quote without a clock time, the later
 * quotes not yet tagged. */
#define CLOCK_LATER_QUOTES (-2)
/* Times of day of one stated day further apart than this tell two
 * happenings (merge_times_differ). */
#define MERGE_TIME_APART_MINUTES 60

/* How many days before its article's own an event dated by default
 * (merge_dated_by_default) may have happened: a week of news. */
#define MERGE_DEFAULT_REACH_DAYS 7

/* The widest span (in days) that a pair by words ranks as a loose day
 * against one day inside it: a week ("this week", "last week") or less
 * ("at the weekend"); a month, a season or a year is no restatement's
 * date but a standing fact's or a plan's (candidate.loose_day). */
#define MERGE_LOOSE_SPAN_DAYS 7
/* Whether the event's day is only its article's (merge_pairs.c). */
bool merge_dated_by_default(const merger *m, const event_rec *r);
/* Pairs each event whose date is uncertain, before its paper's day and
 * not written in its quote ("2024-03-05?": the extraction's paragraph
 * carry, told_by_carry in extract.c) by its paper's day ("by" it when the
 * date has no start), the date it had before that carry, so the carry
 * changes no merge; merge_own_dates gives the events their own dates
 * back for the merged file. */
void merge_carried_to_papers_day(merger *m);
void merge_own_dates(merger *m);

/* The pair rules (merge_pairs.c). */
/* The weight of the terms two sorted lists share. */
double merge_shared_weight(const merger *m, const size_t *a, size_t na,
                           const size_t *b, size_t nb);
/* The weight of the terms two events share, by both events' factors. */
double merge_weighted_shared(const merger *m, const event_rec *a,
                             const event_rec *b);
shared_terms merge_share_terms(const merger *m, const event_rec *a,
                               const event_rec *b);
/* The rule (evgraph.h, README): whether two events of different articles
 * are one happening; their score, in thousandths, into *score. */
bool merge_same_happening(const merger *m, const event_rec *a,
                          const event_rec *b, unsigned *score);
/* Two events of one stated day that fail the rule by their whole texts
 * but pass it by their headlines, which share a word of what happened: a
 * candidate by headlines (merge_pairs.c). */
bool merge_headlines_pair(const merger *m, const event_rec *a,
                          const event_rec *b);
/* Whether two events share one word of what happened and no actor, and
 * only one of their headlines says that word (merge_pairs.c). */
bool merge_one_loose_word(const merger *m, const event_rec *a,
                          const event_rec *b);
/* Whether neither event's core says a word
 * of what happened that they share (merge_pairs.c). */
bool merge_words_off_cores(const merger *m, const event_rec *a,
                           const event_rec *b);
/* Whether two events with no actor in common share one word of what
 * happened, no name aside, and it opens one headline and not the other
 * (merge_pairs.c). */
bool merge_one_word_leads_one(const merger *m, const event_rec *a,
                              const event_rec *b);
/* One of the two reports a saying, the other not, and they share one
 * such word (merge_pairs.c). */
bool merge_saying_against_act(const merger *m, const event_rec *a,
                              const event_rec *b);
/* Whether two events name the same actors, at least one, on one stated
 * day, the same, that both quotes write. */
bool merge_same_actors_written_day(const merger *m, const event_rec *a,
                                   const event_rec *b);
/* The first clock time ("2:20 p.m.", "14:20", "noon") an event's quotes
 * write, as the tagger finds it, in minutes from midnight, or -1 (tagged
 * when first asked). */
int merge_clock(const merger *m, const event_rec *r);
/* Whether both events are one stated day, the same, and write clock
 * times at most MERGE_CLOCK_GAP_MINUTES apart. */
/* The time of day an event's quotes write first (merge_read_time), read
 * when first asked, then kept. */
const merge_time *merge_event_time(const merger *m, const event_rec *r);
/* The clock an event's first quote tells by reckoning from a clock its
 * article wrote before ("six minutes after the alarm"), into *out; false
 * when it tells none (merge_reckon.c). */
bool merge_reckon_time(const merger *m, const event_rec *r, merge_time *out);
/* Whether both events are one stated day, the same, and their quotes
 * write times of day more than MERGE_TIME_APART_MINUTES apart ("shortly
 * after eight o'clock in the evening" and "on the afternoon of August 11,
 * shortly after a quarter past four"): two happenings (merge29). */
bool merge_times_differ(const merger *m, const event_rec *a,
                        const event_rec *b);
/* Two events of one stated day, the same, that name no two different
 * actors and whose quotes write times of day that agree, one of them a
 * clock time ("at 6:40 a.m." and "shortly before seven in the morning";
 * "at 8 p.m." and "that evening"): a candidate by time (merge29); two
 * clock times only when they lie within their slacks (merge30: "at 3:10
 * p.m." and "at 3:25 p.m." are two moments), a clock and a part of the
 * day only when the clock lies within the part, but for its slack
 * (merge31: "at 11:20 p.m." is no moment of "in the evening"); two
 * clocks also when the later day is only its paper's, the other stated
 * at most MERGE_DEFAULT_REACH_DAYS before (merge36). */
bool merge_time_pair(const merger *m, const event_rec *a, const event_rec *b);
/* The candidates without the pairs by time that do not tell which of an
 * event's tellings is the other article's (merge_time_pairs.c); returns
 * the new count. */
size_t merge_drop_ambiguous_time_pairs(const merger *m, candidate *pairs,
                                       size_t count);
bool merge_clocks_agree(const merger *m, const event_rec *a,
                        const event_rec *b);
/* Whether two events of one stated day write clock times within their
 * roundings (merge_time.slack), each in its own clause when its sentence
 * is told as several events (event_rec.clause_time), else its quote's
 * first (merge_event_time). */
bool merge_clause_clocks_meet(const merger *m, const event_rec *a,
                              const event_rec *b);
/* Whether two events of one stated day write clocks (merge_event_time,
 * a reckoned one too) that meet within their roundings, neither a
 * reckoning whose anchor meets the other (merge52). */
bool merge_event_clocks_meet(const merger *m, const event_rec *a,
                             const event_rec *b);
/* A sentence's records follow its first one (merge_clause_times); a
 * sentence told as more events than this is not searched for siblings. */
#define MERGE_SIBLINGS_MAX 16
/* Of the sentence told as several events that record `r` belongs to, the
 * one other record whose own clause writes a clock time that meets
 * `other`'s (merge_clause_clocks_meet) when r's own clause does not;
 * SIZE_MAX when none or more than one (merge_clauses.c). */
size_t merge_clock_sibling(const merger *m, size_t r, const event_rec *other);
/* A candidate by actor and day: one stated day, an actor both headlines
 * name. */
bool merge_actor_day_pair(const event_rec *a, const event_rec *b);
/* Of the events still alone (their group's `size` is 1), how many
 * sentences each article has of each merged actor on each stated day. */
void merge_count_alone_actor_days(merger *m, const size_t *size,
                                  evg_map *counts, evg_arena *keys);
/* Whether each of the two is its article's only event still alone of an
 * actor they share on their day. */
bool merge_actor_day_unique(const evg_map *counts, evg_arena *keys,
                            const event_rec *a, const event_rec *b);

/* A candidate by day: one stated day, no two different actors, and a
 * word of what happened that one of them says itself. */
bool merge_lone_day_pair(const merger *m, const event_rec *a,
                         const event_rec *b);
/* Whether the pair's shared word still stands when the pair comes up (both
 * events still alone): a word one event has only from the rest of its
 * sentence counts while no event of that sentence has been joined
 * (grouped: by sentence, how many of its events have). */
bool merge_lone_day_words_stand(const merger *m, const size_t *grouped,
                                const event_rec *a, const event_rec *b);
/* Of the events still alone, how many sentences each article has on each
 * stated day. */
void merge_count_alone_days(merger *m, const size_t *size, evg_map *counts,
                            evg_arena *keys);
/* Whether each of the two is its article's only sentence still alone on
 * their day. */
bool merge_lone_day_unique(const evg_map *counts, evg_arena *keys,
                           const event_rec *a, const event_rec *b);

/* Sorts and removes repeats; returns the new count. */
size_t merge_sort_unique(size_t *items, size_t count);
/* How many items two sorted lists share. */
size_t merge_intersection(const size_t *a, size_t na, const size_t *b,
                          size_t nb);
int merge_compare_size(const void *x, const void *y);
/* Whether both headlines use one word of what happened (merge_pairs.c). */
bool merge_headlines_share_what(const merger *m, const event_rec *a,
                                const event_rec *b);

/* The articles of the inputs (after they are in canonical order), in a
 * canonical order of their own (merge_articles.c). */
void merge_find_articles(merger *m);
void merge_free_articles(merger *m);
/* Each article's words of who did something (its events' actors'
 * names), once its events are recorded (merge_articles.c). */
void merge_article_who_terms(merger *m);
/* Each article's profile, from its events' terms and actors
 * (merge_articles.c); after the events are collected. */
void merge_article_profiles(merger *m);
/* Drops the candidate pairs of articles that do not tell one story and
 * lack strong evidence of their own; returns the new count. */
size_t merge_keep_related_articles(const merger *m, candidate *pairs,
                                   size_t count);

/* Whether an event tells its article's first sentence, its lead
 * (merge_restated_lead.c). */
bool merge_opens_article(const merger *m, const event_rec *r);
/* Whether record i is an event of its article's title line, a sentence
 * before its lead (article.lead): the article's summary, which the lead
 * tells in full; it pairs with nothing, so that it takes no other
 * article's telling from its lead or body ("Minister suspends new
 * controller rota after Friday's sick-out" had taken "More than half of
 * the controllers ... called in sick on Friday" from "Sixty-two of the
 * 110 controllers ... reported sick"; merge43, pair 103)
 * (merge_restated_lead.c). */
bool merge_title_line(const merger *m, size_t i);
/* Of records x and y, both of their articles' leads, articles of two
 * dateline days: the later article's record plus one when it is a later
 * event of its sentence than the first (a clause restating the story's
 * first happening) or holds a dated relative clause restating it
 * (event_rec.restates), and its article tells that day again after its
 * lead, else 0 (merge_restated_lead.c). */
size_t merge_restating_lead(const merger *m, size_t x, size_t y);
/* Sets event_rec.day_told_again of every lead's event: sorted spans of
 * the events after the lead, one search each, so that a long lead costs
 * no walk of its article per pair (merge_restated_lead.c). */
void merge_mark_days_told_again(merger *m);
/* Makes every candidate of an event found restating a lead a
 * PAIR_BY_STORY: story evidence, no union; so too every candidate of the
 * lead event a dated relative clause restates with an event of the
 * restating article, when both articles tell that day again after their
 * leads (merge48) (merge_restated_lead.c). */
void merge_demote_restating(const merger *m, candidate *pairs, size_t count);

/* The merged graph of a merger whose events are grouped (merge_result.c);
 * diagnostics of its building into `diags`. */
evg_graph *merge_build_result(merger *m, evg_diags *diags);

#endif
