/* extract_internal_relations.h: the relations stage's shared declarations
 * (cue words, the lead's and "then"'s relations, the stimulus of a response,
 * the checks that drop unsound edges) for the extractor's files. Included by
 * extract_internal.h only, at its place there: it uses the types declared
 * before it. */
#ifndef EVG_EXTRACT_INTERNAL_RELATIONS_H
#define EVG_EXTRACT_INTERNAL_RELATIONS_H

/* extract_relations.c */
/* The first whole-word, case-insensitive occurrence of any cue of the
 * NULL-ended list in s[start, end): its start (end when none), its length
 * in *cue_len. */
size_t extract_find_cue(const char *s, size_t start, size_t end,
                        const char *const *cues, size_t *cue_len);
/* The word before s[at] (within s[from, at)), lower case, into out (size
 * bytes); its start in *word_start. */
void extract_lower_word_before(const char *s, size_t from, size_t at, char *out,
                               size_t size, size_t *word_start);
/* Whether w is one of the NULL-ended list. */
bool extract_in_list(const char *w, const char *const *list);
/* The relations the words joining two events of a sentence state ("X on
 * Monday, after Y on Friday", "X, two days after Y", "X as part of a plan
 * that Y"), once the events are all found (see extract_relations.c). */
void extract_joined_relations(evg_extraction *x, const char *text);
/* Gives event `from` the relation to `target`: its own when it has none,
 * else one more (an event may cause one and precede another); nothing
 * when it has that one already. */
void extract_relate(evg_extraction *x, size_t from, int relation,
                    size_t target);
/* Whether text[start, end) opens with a word of order that counts from
 * the happening told before it ("within days his fever fell", "then
 * ..."): the text states that order. */
bool extract_opens_with_order_word(const char *text, size_t start, size_t end);
/* The events of `clause` of `sentence` (whose start is at `cursor`), dated
 * `date`, and the relations its words say. */
void extract_clause_events(evg_extraction *x, const char *text,
                           const range *sentence, const range *clause,
                           text_pos cursor, const evg_timex *date);

/* extract_stimulus.c */
/* How a stimulus phrase ("the strike", "that death", "complaints by a
 * group") refers: a definite one to a happening the text has told. */
typedef enum { REFERS_NEW, REFERS_STORY, REFERS_LAST } stimulus_reference;
/* The noun phrase after a cue at text[cue, cue + cue_len) ends at a comma,
 * semicolon or the clause's end; its last word (lower case) into head;
 * returns the phrase's end. */
size_t extract_phrase_head(const char *text, const range *clause, size_t cue,
                           size_t cue_len, char *head, size_t size);
/* The nearest of the few events before event e that names head (its
 * words hold it as a cue); e when none. */
size_t extract_earlier_event_naming(const evg_extraction *x, const char *text,
                                    size_t e, const char *head);
/* The stimulus phrase text[from, end): how its determiner refers, and its
 * head noun (lower case) into head. */
stimulus_reference extract_stimulus_head(const char *text, size_t from,
                                         size_t end, char *head, size_t size);
/* The earlier event (before event e) whose words tell the happening that
 * head names as `refers` says; e when none. */
size_t extract_stimulus_event(evg_extraction *x, const char *text, size_t e,
                              const char *head, stimulus_reference refers);
/* extract_relations_then.c */
/* Whether text[at, at + len) is "then" right before a finite past verb
 * that tells a happening ("Magellan then agreed"), read before `end`: a
 * word of order that needs no written date, when the earlier event
 * text[from, to) tells no second happening ("... and had them baptised"). */
bool extract_then_before_past_verb(const char *text, size_t at, size_t len,
                                   size_t end, size_t from, size_t to);

/* extract_relations_lead.c */
/* The first event when a news report's lead (a dateline opens its line)
 * tells it and no other happening: the one a later definite noun for the
 * story names, when no earlier event shares that noun; e when the text has
 * no such lead.  Reads text[0, limit) only; what it finds is kept in
 * x->lead, so a text's lead is read once. */
size_t extract_lead_event(evg_extraction *x, const char *text, size_t e,
                          size_t limit);
/* Frees what the stimulus search kept in `x` (its stemmer), once the
 * events stage is done with `x`. */
void extract_relations_free(evg_extraction *x);

/* extract_relations_checked.c */
/* Drops each relation of x whose dates contradict it (an answer or an
 * effect before what it follows) and each that closes a cycle in the
 * order the events file checks.  Linear in the relations. */
void extract_drop_unsound_relations(evg_extraction *x);
/* Hands each event of x the further relations kept, in the order found
 * (an event whose own relation was dropped takes its first), and frees
 * x->extras. */
void extract_group_more_relations(evg_extraction *x);

#endif
