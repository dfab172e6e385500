/* extract_internal_attach.h: the attach stage's shared declarations (a part's
 * words, the clause bounds and the looks that keep a name off a part's actors).
 * Included by extract_internal.h only, at its place there: it uses
 * the types declared before it. */
#ifndef EVG_EXTRACT_INTERNAL_ATTACH_H
#define EVG_EXTRACT_INTERNAL_ATTACH_H

/* extract_part_words.c: a part's words, read once for the windows the
 * attach stage's looks read around each of its names. */
/* How far before and after a name a window may reach, and the words a
 * list holds: those of the widest window, each a byte and a stop apart,
 * and one cut at either end. */
#define EXTRACT_PART_WORDS_BACK 400
#define EXTRACT_PART_WORDS_AHEAD 160
#define EXTRACT_PART_WORDS_CAP                                                 \
  ((EXTRACT_PART_WORDS_BACK + EXTRACT_PART_WORDS_AHEAD) / 2 + 4)
/* A word of a window: a run of word bytes (ascii_word_byte, or its letters
 * alone), and whether a stop (a byte neither a word's, a space nor '"')
 * stands between it and the word before in the window. */
typedef struct {
  size_t start, end;
  bool comma;
} extract_window_word;
/* The words of a part as read, each with the last stop before it (after
 * the word before; (size_t)-1 for none). */
typedef struct {
  size_t n;
  extract_window_word w[EXTRACT_PART_WORDS_CAP];
  size_t stop_at[EXTRACT_PART_WORDS_CAP];
} extract_word_list;
/* A table of the words of a part, filled as windows ask for them; on the
 * stack of its caller, no memory of its own. */
typedef struct {
  const char *s;
  size_t to;                     /* the part's end */
  size_t kept_from;              /* every word read that ends past it is held */
  size_t read;                   /* where the reading stopped */
  size_t word_stop, letter_stop; /* the last stop read after each list's
                                    last word */
  extract_word_list words;       /* runs of word bytes */
  extract_word_list letters;     /* the same without their digits */
} extract_part_words;
/* Starts the table of the part s[from, to); nothing is read yet. */
void extract_part_words_start(extract_part_words *t, const char *s, size_t from,
                              size_t to);
/* The words of s[lo, hi) into out[], the first `max`, as a walk of those
 * bytes would find them: a word's bytes with its digits (`numbers`) or
 * its letters alone (a number then no word nor a stop); lo and hi in the
 * part, at most EXTRACT_PART_WORDS_BACK before and
 * EXTRACT_PART_WORDS_AHEAD after `at`, the name the window is read for.
 * Windows asked for names in text order read each byte of the part once,
 * unless a word splitting into more runs than the list holds makes it
 * start over (see drop_before).  Returns how many. */
size_t extract_part_words_window(extract_part_words *t, size_t at, size_t lo,
                                 size_t hi, bool numbers,
                                 extract_window_word *out, size_t max);

/* extract_clause_bound.c */
/* Whether the name at `at` of the part s[from, to) stands in a clause of
 * its own, not the part's: a relative clause whose subject is a name, or a
 * clause or participle phrase with a subject of its own after the part's
 * verb; never the clause that holds the part's date at `date_start`
 * ("containers that the cargo ship Solveig Star lost on Monday night").
 * Reads a bounded window around `at`, its words from `words` (the part's
 * table). */
bool extract_in_other_clause(const char *s, size_t from, size_t at, size_t to,
                             size_t date_start, extract_part_words *words);

/* extract_actor_paths.c */
/* The ways an actor comes to an event: its name's place in the event's
 * part, or the doer or pronoun it stands for; from ACTOR_PATH_PREPOSITION
 * on, the name after a preposition (one code per preposition). */
enum {
  ACTOR_PATH_NONE,
  ACTOR_PATH_SUBJECT,       /* before the part's first verb */
  ACTOR_PATH_OBJECT,        /* after a verb, no preposition before it */
  ACTOR_PATH_POSSESSIVE,    /* "Acme's board" */
  ACTOR_PATH_COMMA,         /* after a verb and a comma: an apposition, a
                               list */
  ACTOR_PATH_AND,           /* after a verb and "and" or "or" */
  ACTOR_PATH_SUBJECT_COMMA, /* before the verb, after a comma */
  ACTOR_PATH_SUBJECT_AND,   /* before the verb, after "and" or "or" */
  ACTOR_PATH_BRACKET,       /* after "(" */
  ACTOR_PATH_HE_SHE,        /* the person a "he" or "she" stands for */
  ACTOR_PATH_ANTECEDENT,    /* the noun of ", which" or ", who" */
  ACTOR_PATH_INHERITED,     /* the doer of the event before, subject left out */
  ACTOR_PATH_SENTENCE_FIRST, /* the sentence's first name, subject left out */
  ACTOR_PATH_HIM_HER,        /* the person a "him" or "her" stands for */
  ACTOR_PATH_THEM,           /* the people a "them" stands for */
  ACTOR_PATH_VESSEL,         /* the craft a "the vessel" stands for */
  ACTOR_PATH_PREPOSITION
};
/* The path of a name s[name_start, name_end) in the part that opens at
 * `from` (text readable up to `to`): where it stands to the verb and the
 * word before it. */
unsigned char extract_actor_path(const char *text, size_t from,
                                 size_t name_start, size_t name_end, size_t to);
/* extract_actor_path when the name follows a preposition (a constant
 * read: no scan of the part for a verb), else ACTOR_PATH_NONE. */
unsigned char extract_preposition_path(const char *text, size_t from,
                                       size_t name_start, size_t name_end,
                                       size_t to);
/* The path's name ("subject", "by", "he-she"). */
const char *extract_actor_path_name(unsigned char path);
/* Whether a name of `kind` at text[name_start) that comes by `path` to
 * the event whose part opens at `from` is admitted as its actor: the
 * admission policy (not an "other" after a preposition of place, time or
 * part). */
bool extract_path_admits(const char *text, size_t from, size_t name_start,
                         unsigned char path, const char *kind);

/* Whether the name at `name_start`, of a state's or a place's kind, is
 * a region of it ("western Cuba", "inner Finnmark"): a lower-case word of
 * direction or part right before it.  A region is where things happen,
 * never an actor. */
bool extract_region_of_name(const char *text, size_t from, size_t name_start,
                            const char *kind);

/* extract_place_owner.c */
/* Whether the name at `name_start` owns a place the event is only put at
 * or toward ("to the stable of X", "below the chamber of X"): a
 * preposition of place, a room's or a building's noun, "of" and the name.
 * Such an owner is where, not who. */
bool extract_owner_of_place(const char *text, size_t from, size_t name_start);
/* Whether the name at `name_start`, of kind other, names a craft the
 * event happens on or in ("aboard the frigate X", "into the lunar module,
 * X"): a preposition of place after the part's verb, the craft's noun
 * and the name.  A craft there is where, as a room is. */
bool extract_craft_as_place(const char *text, size_t from, size_t name_start,
                            const char *kind);
/* Whether the name at text[name_start, name_end) is a work's title: the
 * object of a verb of writing or printing ("wrote the Two New Sciences")
 * or its subject in the passive ("the X was printed"); or what a copy, a
 * likeness, a trace or a servant "of" it belongs to ("a portrait of X",
 * "the DNA of X", "a servant of X").  Neither is an actor. */
bool extract_work_title(const char *text, size_t from, size_t name_start,
                        size_t name_end, size_t to);

/* extract_attach.c */
/* Gives each of x's events its actors from the text's mentions (in text
 * order, `mention_count` of them), once both stages are done; the
 * actors' arrays are in x's arena.  A name's way to its event
 * (extract_actor_path) is read only with `record_paths`: no output holds
 * it. */
void extract_attach_actors(evg_extraction *x, const char *text,
                           const mention *mentions, size_t mention_count,
                           bool record_paths);

/* extract_against_party.c */
/* Whether the name at `name_start` follows "against" (a determiner
 * between) after a noun of a contest, an alliance or a law ("the final
 * against Karachi", "an alliance against Germany", "the laws against
 * Catholics"): the side a thing is aimed at, no participant.  Reads
 * text[from, name_start). */
bool extract_aimed_against(const char *text, size_t from, size_t name_start);

/* extract_under_leader.c */
/* Whether the name at `name_start` follows "under" (up to four words
 * between, no "of") after a pronoun or an adverb ("to find them, under
 * Captain X", "stay together under X"): no participant of the clause; a
 * noun, a name or a verb before "under" makes the name a leader ("a party
 * under X", "served under X").  Reads text[from, name_start). */
bool extract_under_no_leader(const char *text, size_t from, size_t name_start);

/* extract_origin_place.c: a name after "from" that follows a noun of
 * people ("a physiotherapist from X", "firemen from the station and from
 * X"), no body by its kind, is where they come from: no participant.
 * Reads text[from, name_start). */
bool extract_place_of_origin(const char *text, size_t from, size_t name_start,
                             const char *kind);

/* extract_counted_people.c: a town's people's plural in -ers after a
 * count ("some 300,000 Berliners", "Two New Yorkers") is a crowd, no
 * party.  Reads text[from, name_end). */
bool extract_counted_people(const char *text, size_t from, size_t name_start,
                            size_t name_end, const char *kind);

/* extract_care_place.c: a hospital after a verb that brings a patient to
 * it ("admitted to X Hospital", "rushed him to the Y Clinic") is where the
 * patient is cared for: no participant.  Reads text[from, name_end). */
bool extract_care_place(const char *text, size_t from, size_t name_start,
                        size_t name_end);

/* extract_content_sayer.c: whether the name that ends at `name_end` is
 * the subject of a verb of saying or finding whose content clause, with a
 * subject of its own (no pronoun), holds the part's date at `date_start`
 * before `to` ("X said its laboratory had found ... last Friday", "ruled
 * that the Army Corps had ignored ... in 2023"): no actor of the part. */
bool extract_content_sayer(const char *s, size_t name_end, size_t to,
                           size_t date_start);

/* extract_saying_scope.c: whether the verb of saying that ends at `pos`
 * is closed by a comma with no quotation after it ("..., the agency
 * said, and ..."): what it says came before. */
bool extract_saying_closed(const char *s, size_t pos, size_t end);

/* extract_relation_state.c: a state after "with" and a noun of a tie
 * between places ("border crossings with Slovakia", "at war with
 * Poland") says which tie: no participant; a deal's or a meeting's
 * ("a treaty with France") keeps its party.  Reads text[from,
 * name_start). */
bool extract_state_of_relation(const char *text, size_t from, size_t name_start,
                               const char *kind);

/* extract_street_names.c: a street, a square or a station named in
 * another language by its last word ("Dag Hammarskjölds väg",
 * "Storgatan"; not one a street word opens, "Rue de Rivoli", left on
 * purpose: see extract_street_names.c), or the name joined to one by "and"
 * ("between Déli pályaudvar and Astoria"), is a place: no participant.  Reads
 * text[from, to). */
bool extract_street_name(const char *text, size_t from, size_t name_start,
                         size_t name_end, size_t to);

/* extract_person_of_thing.c: a person after "of" and a noun of a thing
 * (a portrait, a stable, a servant, a feast) says whose or which thing:
 * no participant; a happening's, a command's or a body's "of" keeps its
 * part.  Reads text[from, name_start). */
bool extract_person_of_thing(const char *text, size_t from, size_t name_start,
                             const char *kind);

/* extract_place_person.c: a name made a person by its shape alone after a
 * preposition of place and "the" ("on the Champ de Mars") is a place.
 * Reads text[from, name_end). */
bool extract_place_read_as_person(const evg_extraction *x, const char *text,
                                  size_t from, size_t name_start,
                                  size_t name_end, const char *kind);

/* extract_contact_relative.c: whether the name at `name_start` stands in
 * a relative clause without "that" whose subject is a name ("reached the
 * island Columbus named", "the army the Ottoman Empire had sent ...
 * marched"): its names are not the part's participants; never the clause
 * that holds the part's date at `date_start`.  Reads a bounded window of
 * text[from, to), its words from `words` (the part's table). */
bool extract_contact_relative(const char *s, size_t from, size_t name_start,
                              size_t to, size_t date_start,
                              extract_part_words *words);

/* extract_date_clause_subject.c: where the clause that holds the part's
 * date at `date_start` opens when ", and", ", but" or ";" joins it to
 * the part before and a subject of its own, a noun phrase, opens it
 * ("..., and within days the miners of that camp had staked the creek"):
 * names before that point, and a left-out subject's doer, are none of the
 * part's actors; (size_t)-1 when the date stands in no such clause.
 * Reads at most 160 bytes before the date and a few words after the
 * join. */
size_t extract_date_clause_subject(const char *s, size_t from, size_t to,
                                   size_t date_start);

/* extract_pronoun_subject.c: whether the clause text[from, to) (`to`
 * its first name's start) opens its subject with a pronoun ("He sailed
 * ... with two mates, X and Y"; "On June 2, he filed"): a left-out
 * subject after it is the pronoun's, not a name after its verb.  Reads
 * at most 12 words of text[from, to) (and the marks between them), the
 * word after the pronoun and at most 120 bytes for a participle's
 * agent. */
bool extract_pronoun_subject(const char *s, size_t from, size_t to);

/* extract_thing_apposition.c: whether the unknown name (kind other) at
 * text[name_start, name_end) is set off by a comma after a thing's noun
 * that a verb governs ("found a moon, Charon,", "built a hut,
 * Framheim,"): the thing's name, no participant.  Reads back the noun,
 * up to two describing words, the determiner and the verb (six words
 * with the name's own "the"), and the byte after the name. */
bool extract_thing_apposition(const char *s, size_t from, size_t name_start,
                              size_t name_end, size_t to, const char *kind);

/* extract_thing_list.c: whether the unknown name (kind other) at
 * text[name_start, name_end) is joined by "and" to a thing's singular
 * common noun ("tested for hepatitis and HIV", "Jonah and the whale"):
 * an item of a list of things, no participant.  Reads the word before
 * "and", and after the name a determiner, a noun and the byte after
 * them. */
bool extract_thing_list(const char *s, size_t from, size_t name_start,
                        size_t name_end, size_t to, const char *kind);

/* extract_trailing_relative.c: whether the name at `name_start` stands in
 * a relative clause that a comma sets off after the part's verb (",
 * which lets NamWater buy", ", whose inspectors, among them X,"): its
 * names are not the part's participants; never the clause that holds
 * the part's date at `date_start`, nor one closed before the name.
 * Reads text[from, name_start) and the date's place. */
bool extract_trailing_relative(const char *s, size_t from, size_t name_start,
                               size_t to, size_t date_start);

/* Whether the verb of saying s[verb, verb + len) is "recalled" (or
 * "recalls") before an amount or a stock of goods ("recalled 2,000
 * pumps", "recalled all of its cheeses"): a recall, no saying.  Reads one
 * word after it, up to `end`. */
bool extract_goods_recalled(const char *s, size_t verb, size_t len, size_t end);

/* extract_plain_telling.c: whether "told" or "tells" at s[verb, verb +
 * len) has a listener (a common noun, not the press) and nothing told up
 * to its clause's end ("told the players at the training ground on
 * Monday and left"), no quotation closing right before the name at
 * `name_start`: the telling is the happening and its teller acts.  Reads
 * a few words after the verb and a few bytes before the name, not
 * before `start`. */
bool extract_plain_telling(const char *s, size_t start, size_t name_start,
                           size_t verb, size_t len, size_t end);

/* Whether "had" follows a body's noun at `noun_end` in what a leader
 * says ("said the company had stopped"): a past deed reported, no
 * decision announced.  Reads one word. */
bool extract_past_deed_reported(const char *s, size_t noun_end, size_t end);

/* extract_group_members.c: how the preposition s[b, b + len) before a
 * group whose members "among them" names reads: 1 the group takes part
 * (a recipient's "to", a passive agent's "by"), -1 it opens a place of
 * the group's noun, read past ("physicists across Europe"), 0 the group
 * is a preposition's only.  Reads two bytes past the word (a space and
 * a capital), below `end`. */
int extract_group_preposition(const char *s, size_t b, size_t len, size_t end);
/* extract_craft_operator.c: whether w[0, len) is a craft's noun that a
 * body's name before it says the body runs ("helicopter", "cutter"). */
bool extract_operated_craft(const char *w, size_t len);
/* extract_noun_apposition.c: whether the name at `name_start` stands in
 * apposition to a common noun with its determiner right before the comma
 * ("to the editor, Henri Desgrange,"). */
bool extract_noun_apposition(const char *s, size_t start, size_t name_start);

/* Whether "among them" at s[among, them_end) closes an aside after a
 * member's name ("the first four riders, Garin among them, and gave the
 * victory to the fifth, X"): a name right before "among", no comma
 * between, and a comma right after "them".  The names after the comma
 * are the clause's, no members. */
bool extract_member_aside_closed(const char *s, size_t start, size_t among,
                                 size_t them_end);

#endif
