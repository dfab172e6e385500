/* extract_internal_names.h: the name stage's shared declarations (finding
 * names, their edges and bounds, peoples, the mentions) for the extractor's
 * files. Included by extract_internal.h only, at its place there: it uses the
 * types declared before it. */
#ifndef EVG_EXTRACT_INTERNAL_NAMES_H
#define EVG_EXTRACT_INTERNAL_NAMES_H

/* extract_names.c */
enum { GAZ_NAME, GAZ_SUFFIX, GAZ_TITLE, GAZ_GIVEN };
/* Names this long are never looked up: no list holds one, and a long run
 * of letters in hostile text is not taken for a name seen before. */
enum { NAME_KEY_MAX = 96 };

/* The length of the name character at s: ASCII letters, digits, '-' and
 * '\'', and letters of other scripts; 0 for other characters, including
 * the punctuation outside ASCII (curly quotes, dashes). */
static inline size_t extract_name_char(const char *text, size_t i, size_t end) {
  const unsigned char *s = (const unsigned char *)text + i;
  if (i >= end)
    return 0;
  if (s[0] < 0x80)
    return ascii_word_byte(s[0]) ? 1 : 0;
  return evg_utf8_letter_len(s, end - i);
}

/* The end of the word starting at i (letters, digits, inner dots). */
size_t extract_word_end(const char *s, size_t i, size_t end);
/* extract_word_end with its common case inline: a run of ASCII letters and
 * digits ended by a byte that ends words (the call, resumed at the run's
 * end, gives the same end: it keeps no state but its place). */
static inline size_t extract_word_end_quick(const char *s, size_t i,
                                            size_t end) {
  while (i < end && ascii_alnum((unsigned char)s[i]))
    i++;
  if (i == end || (!ascii_word_byte((unsigned char)s[i]) && s[i] != '.'))
    return i;
  return extract_word_end(s, i, end);
}
/* The length of a possessive 's (straight or curly) ending s[start, end),
 * or 0. */
size_t extract_possessive(const char *s, size_t start, size_t end);
/* extract_body_heads.c: "Centre", "Organisation" opening a body's name */
bool extract_centre_head(const char *w, size_t len);
const char *extract_opening_head_kind(const char *s, size_t name_start,
                                      size_t first_word_end, size_t name_end,
                                      const char *kind);
/* A month or a day of the week, named in any case ("March", "Monday"). */
bool extract_calendar_word(const char *w, size_t len);
/* Nationality and other adjectives and acronyms that are not actors. */
bool extract_not_an_actor(const char *w, size_t len);
/* A company officer's acronym, in capitals ("CEO", "CFO", "COO", "CTO"):
 * no name of its own, and an office whose holder, not the body after
 * "of", takes part (extract_not_an_actor, office_noun). */
bool extract_officer_acronym(const char *w, size_t len);
bool extract_nationality_adjective(const char *w, size_t len);
/* "al-Assad": the Arabic article joined to a capitalised word.  The
 * articles are of two or three letters: a word with no hyphen after its
 * second or third byte is none, and that test is made inline (the name
 * finder asks at each lower-case word, 140,000 times on the bench's 790 kB
 * block, where the call cost more than the test). */
bool extract_article_name_word_at(const char *s, size_t w, size_t e);
static inline bool extract_article_name_word(const char *s, size_t w,
                                             size_t e) {
  return e - w >= 4 && (s[w + 2] == '-' || s[w + 3] == '-') &&
         extract_article_name_word_at(s, w, e);
}

bool extract_people_adjective(const char *s, size_t start, size_t name_start,
                              size_t name_end, size_t end);
/* Remembers the words after a firm's opening trade word ("Uitgeverij
 * Kade") as a short form of the actor (extract_trade_first_forms.c). */
void extract_remember_trade_first_forms(evg_extraction *x, size_t actor);
/* The lower-case words that join a family name ("de", "van", "bin"). */
bool extract_name_particle(const char *w, size_t len);
/* Whether the word starts with a capital (of Latin, Greek, Cyrillic) or an
 * ideograph. */
bool extract_starts_upper(const char *s, size_t len);
/* Whether the code point is a capital of Latin-1 or Latin Extended-A
 * (U+00C0 to U+017F: À to Þ but ×, and the capitals of the pairs after
 * it); extract_starts_upper's test for those letters. */
bool extract_latin_capital(unsigned int cp);
/* Capitalised words that start sentences without being names. */
bool extract_common_capital(const char *w, size_t len);
/* Gives x the gazetteer indexed by the text of each entry (built at the
 * process's first extraction, shared, never freed). */
void extract_load_gazetteer(evg_extraction *x);
/* Whether the gazetteer's list `which` (GAZ_*) holds the name; *index is
 * its line. */
bool extract_gazetteer_lists(const evg_extraction *x, const char *name,
                             size_t len, int which, size_t *index);
/* The kind the gazetteer gives a name (or a suffix word), or NULL; in the
 * extraction's arena. */
const char *extract_gazetteer_kind(evg_extraction *x, const char *name,
                                   size_t len, int which);
/* The kind of the body a nationality's adjective before its whole name
 * names a branch of ("the Norwegian Red Cross"), or NULL. */
const char *extract_national_branch_kind(evg_extraction *x, const char *name,
                                         size_t len);
bool extract_is_title(evg_extraction *x, const char *word, size_t len);
bool extract_is_given_name(evg_extraction *x, const char *word, size_t len);
/* Whether the word s[w, e) keeps a period after it ("Inc.", "U.S."). */
bool extract_abbreviation(const char *s, size_t w, size_t e);
/* The capitalised run s[run_start, run_end) grown to the right over
 * capitalised words and connectors up to `end` or the timex at
 * timex_index; returns the run's end. */
size_t extract_grow_name_run(evg_extraction *x, const char *s, size_t end,
                             size_t run_start, size_t run_end,
                             size_t timex_index, size_t timex_count);
/* The start of the name in the run s[name_start, name_end) without the
 * adjectives, articles, sentence opener (when `initial`) and titles at
 * its front (*titled is set for a title). */
size_t extract_trim_name_start(evg_extraction *x, const char *s,
                               size_t name_start, size_t name_end, bool initial,
                               bool *titled);
/* A name that is no actor: a date word, a common capitalised word, an
 * adjective, a time zone. */
bool extract_not_a_name(const char *name, size_t name_len);

/* extract_name_edges.c */
/* The start of a name past an "of", "for" or "from" that opens it (left
 * by a common noun cut from its front: "The CEO of Vantor Systems"). */
size_t extract_skip_opening_preposition(const char *s, size_t start,
                                        size_t end);
/* Whether a person's name is a given name and "of" a place ("Mary of
 * Modena", "Catherine of Aragon"): the place alone names someone else. */
bool extract_given_name_of_place(evg_extraction *x, const char *name);

/* The start of a firm's name whose first word is a title ("Shares of
 * General Dynamics"): the title's start when the words around the title
 * and the name s[name_start, name_end) in the sentence s[start, end) say
 * a firm's and one word, no given name, is left after the title;
 * name_start otherwise. */
size_t extract_title_of_firm(evg_extraction *x, const char *s, size_t start,
                             size_t end, size_t run_start, size_t name_start,
                             size_t name_end, size_t run_end);

/* extract_peoples.c */
/* Whether the word names a people after "the": a nation's adjective
 * whose plural has no -s ("French"), or a plural no name alone
 * ("Americans"). */
bool extract_people_word(const char *w, size_t len);
/* The bounds of the list of peoples ("the A, the B and the C") that the
 * name s[name_start, name_end) after "the" is an item of: *first, the
 * first item's name start, *last_end, the last item's end. */
void extract_people_list(const char *s, size_t start, size_t end,
                         size_t name_start, size_t name_end, size_t *first,
                         size_t *last_end);
/* Whether that name is a later item of such a list (its comma opens no
 * apposition). */
bool extract_in_people_list(const char *s, size_t start, size_t end,
                            size_t name_start, size_t name_end);

/* extract_name_bounds.c */
/* The end of a number of one to three digits after the name whose last
 * word starts at last_word and that ends at run_end, when the clause
 * goes on after it ("Apollo 15 landed"), else run_end. */
size_t extract_name_number_end(const char *s, size_t end, size_t last_word,
                               size_t run_end);
/* The kind of a name that ends in such a number: "organization" after
 * "Local", else "other"; NULL when it ends in none. */
const char *extract_numbered_name_kind(const char *name, size_t len);
/* Whether the word names a field of public work ("Protection",
 * "Fisheries"). */
bool extract_remit_noun(const char *w, size_t len);
/* Whether a left run ending in the field word s[left_last, left_end),
 * "and", and the right run s[right, right_end) (last word at right_last)
 * ending in a field word or in a place (`place_last`), make one body's
 * name. */
bool extract_remit_pair(const char *s, size_t left_last, size_t left_end,
                        size_t right, size_t right_last, size_t right_end,
                        bool place_last);
/* The kind of such a name: "organization" for a union's ("... Workers"),
 * "institution" for an agency's; NULL for other names. */
const char *extract_remit_pair_kind(const char *name, size_t len);
/* Whether the run s[run_start, run_end) is "the", a title and its words
 * before a comma and a given name: an office, its holder in apposition
 * ("the Lord Chamberlain, Thomas Howard,"). */
bool extract_office_before_holder(evg_extraction *x, const char *s,
                                  size_t start, size_t end, size_t run_start,
                                  size_t run_end);
/* The end of the first name of the run s[run_start, run_end) when a
 * phrase of time that opens the sentence [start, end) ends in it and the
 * subject's name follows ("Eleven days after Gravelines Elizabeth rode"),
 * else run_end. */
size_t extract_split_fronted_subject(evg_extraction *x, const char *s,
                                     size_t start, size_t end, size_t run_start,
                                     size_t run_end);
/* Whether the name s[name_start, name_end) is the object of such a
 * phrase of time, which a comma or the subject's name ends: it dates the
 * clause and takes no part in it. */
bool extract_fronted_time_object(const char *s, size_t start, size_t end,
                                 size_t name_start, size_t name_end);
/* extract_opening_adjective.c: where the name starts in the run
 * s[name_start, name_end) that opens a sentence, past a participle or
 * an adjective capitalised by its place that a lower-case noun after
 * the run shows is no name's word ("Stolen Mixtec codex", "Former Sintra
 * mayor"); `end` is the sentence's.  name_start when none. */
size_t extract_opening_adjective_end(evg_extraction *x, const char *s,
                                     size_t name_start, size_t name_end,
                                     size_t end);
/* extract_coordinated_modifier.c: whether the name s[name_start,
 * name_end), which modifies a noun (`modifier`: "the Kestrel Vale and
 * Otter Mead railway"), is joined by "and" to the name s[prev_start,
 * prev_end) after "the": the pair says which the noun is, and neither
 * takes part, unless the noun is a body's ("the US and British
 * governments"); armed men ("the Satsuma and Choshu forces") are none. */
bool extract_coordinated_modifier(const char *s, size_t start, size_t end,
                                  size_t prev_start, size_t prev_end,
                                  size_t name_start, size_t name_end,
                                  bool modifier);
/* Whether s[run_start, p) is a known place and s[p + 1, run_end) a body's
 * generic name, which the place says whose ("Japan Coast Guard"). */
bool extract_place_owns_body(evg_extraction *x, const char *s, size_t run_start,
                             size_t p, size_t run_end);
/* The start of the body's name after a known place's possessive at the
 * front of s[name_start, name_end) ("Portugal's Ministry of Health"),
 * else name_start. */
size_t extract_after_place_possessive(evg_extraction *x, const char *s,
                                      size_t name_start, size_t name_end);
/* Whether the word is a point of the compass or its adjective ("North",
 * "Western"), which opens a region's name. */
bool extract_compass_word(const char *w, size_t len);

/* extract_actors.c */
/* The mentions stage's names are found in chunks of paragraphs; on long
 * texts the events stage's thread, done first, takes chunks from the back
 * while the mentions stage takes them from the front.  A share is made
 * before both threads start and freed after the join. */
typedef struct extract_mention_share extract_mention_share;
extract_mention_share *extract_mention_share_new(void);
void extract_mention_share_free(extract_mention_share *share);
/* The mentions of the text's actors, in order (*count of them); with
 * `share`, extract_help_find_mentions may find some chunks' names. */
mention *extract_find_mentions(evg_extraction *x, const char *s, size_t len,
                               const range *sentences, size_t sentence_count,
                               extract_mention_share *share, size_t *count);
/* Finds names of the chunks not yet taken, from the back, until the
 * mentions stage (extract_find_mentions with `share`) has taken the rest;
 * called on the events stage's thread once its own work is done.  It
 * reads the text, sentences, timexes and gazetteer, and writes only what
 * the share holds. */
void extract_help_find_mentions(extract_mention_share *share);
/* How many chunks the helper found (known once extract_find_mentions with
 * the share has returned). */
size_t extract_mention_share_helped(const extract_mention_share *share);

/* extract_market_figure.c */
/* Whether the actor's name is a market figure, an index or an average
 * ("Dow Jones Industrial Average", "Nikkei 225"), which moves but never
 * acts. */
bool extract_market_figure(const char *name, size_t len);

/* extract_article_craft.c */
/* Whether the place's name s[start, end) is a craft's: "the" before it
 * (no preposition before that) and a verb form after it, before `to`
 * ("the Portland reached Seattle"); never when x's gazetteer lists the
 * name as a country's, not a town's. */
bool extract_article_craft(evg_extraction *x, const char *s, size_t start,
                           size_t end, size_t to);

/* extract_arts_pair.c */
/* The end of a company of the performing arts named for two arts joined
 * by "and" ("the National Opera and Ballet"): the run s[run_start,
 * run_end) ends with an arts' word, "and" ends at and_end, and one or two
 * arts' words follow; 0 otherwise. */
size_t extract_arts_pair_end(const char *s, size_t run_start, size_t run_end,
                             size_t and_end, size_t end);

#endif
