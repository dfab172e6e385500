/* extract_internal.h: what the extractor's files share (not installed):
 * the extraction, sentences, mentions and parts of sentences, and each
 * stage's functions.  extract.c says how the stages fit together. */
#ifndef EVG_EXTRACT_INTERNAL_H
#define EVG_EXTRACT_INTERNAL_H

#include "internal.h"

#include <ctype.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>

/* The gazetteer's indexes: whole names, suffix words, titles, given names. */
#define EXTRACT_GAZETTEER_MAPS 4

/* Where an event takes its actors from once the mentions are known
 * (evg_extract finds the mentions on a second thread while the events are
 * found, then attaches the actors). */
typedef struct {
  size_t sentence_start; /* the first byte of the event's sentence */
  size_t own_end;        /* names from here on are a subordinate clause's */
  size_t opener_start, opener_end; /* and those in here an opening one's */
  bool elided;   /* the subject is a pronoun or left out: the doer of the
                    event before it in the sentence acts */
  bool personal; /* that pronoun is "he", "she", "his" or "her": the person
                    named last before it in the sentence acts */
  bool neuter;   /* that pronoun is "it" or "its": a thing's, never a
                    person's, so no person named before acts */
  bool plural;   /* that pronoun is "they": a common plural noun opening
                    the subject before it ("Firemen from X arrived, and
                    they") names no one */
  unsigned char done_to; /* "him" or "her" (DONE_TO_ONE) or "them"
                            (DONE_TO_JOINED) as an object in a part split
                            from its sentence: the person named last before
                            it, or the two people joined by "and", are done
                            to; 0 when none */
  size_t antecedent;     /* a part that opens a relative clause (", which
                            declined"): where its noun ends, the comma; its
                            name there acts.  0 when none */
  bool inherited;        /* set when the actors are attached: the first actor is
                            a doer taken from the part before */
  size_t date_start;     /* where the part's date stands in it, or
                            (size_t)-1: the clause that holds it is the
                            part's own */
  unsigned char *paths;  /* set when the actors are attached: each actor's
                            way to the event (ACTOR_PATH_*), for
                            tests/actor_paths.c; a name's way is read only
                            when asked (extract_run's `paths`), else NONE */
  size_t vessel;         /* where a subject "the vessel" (a craft's noun, its
                            article first) opens in the part: the craft named
                            last before it in the sentence acts; 0 when
                            none */
} actor_scope;

enum { DONE_TO_ONE = 1, DONE_TO_JOINED = 2 };

/* The threading contract (extract_run, extract.c).  On long texts two
 * threads run at once:
 *   the tagger (timex.c), then the mentions stage (extract_actors.c,
 *     extract_actor_table.c, extract_roles.c, extract_place_roles.c), one
 *     after the other on the second thread;
 * the mentions stage writes x: its arena, actors, actor_ids, family_names,
 * cue_kinds, inner_names (and reads the gazetteer maps, loaded before it
 * starts); the events stage (find_events, extract_clauses.c,
 * extract_relations.c, extract_headlines.c, extract_add_event) writes an
 * extraction of its own, `found`, which holds copies of the timexes and the
 * anchor and nothing else of x: its events, actor_scopes and its own arena,
 * which x's absorbs after the join. The events stage runs while the text is
 * still being tagged: before a sentence it waits (evg_timexes_wait) until every
 * timex that starts before the sentence's end is in the list, so it must read
 * no timex of a later sentence nor the list's count before that wait (a count
 * read then is short; the timexes read never move).  Both may read the text,
 * the sentences, the timexes and the fixed word sets (built once under a
 * lock).  So a rule
 * of the events stage must allocate only from the extraction it is given
 * (a date it makes, as story_date and within_reach do, a label), never
 * from x's arena nor any other buffer the mentions stage grows; and it must
 * not read the actors, mentions or name maps: what needs them waits for
 * the join (attach_actors), where both stages' results are whole.  `make
 * tsan` finds a race of a rule whose kind of sentence the prose of
 * tests/test_extract_threads.c holds: give a new rule's kind a sentence
 * there.  Once its events are found, the first thread helps the mentions
 * stage: it finds the names (find_candidates, extract_actors.c) of chunks
 * of paragraphs from the text's end, with an extraction of its own
 * (x's gazetteer and timexes, an arena, a log of the names it would put in
 * cue_kinds and inner_names, put in x's maps after in the text's order).
 * So finding a sentence's names must read none of x's actors or name maps
 * (only the second pass, mention_actor, does), nor anything of the
 * paragraphs before its own.  A rule that reads the still empty maps of `found`
 * changes the output, which tests/same_output.sh shows against the binary
 * before. */
/* A relation of event `from` beyond its own `relation` field. */
typedef struct {
  size_t from;
  int relation;
  size_t target;
} extra_relation;

struct evg_extraction {
  evg_arena arena;
  bool has_anchor;
  evg_date anchor;
  evg_timexes *timexes;
  evg_extracted_event *events;
  actor_scope *actor_scopes; /* one per event */
  size_t event_count, event_cap;
  evg_extracted_actor *actors;
  size_t actor_count, actor_cap;
  /* the relations of events that already have one, in the order found;
   * grouped by event into `more` once the relations are final */
  extra_relation *extras;
  size_t extra_count, extra_cap;
  evg_extracted_relation *more;
  evg_map actor_ids;    /* id -> index */
  evg_map family_names; /* a short form of a name (a person's family name,
                          an organisation's first word) -> index */
  evg_map cue_kinds;    /* a name -> its kind said by the words around it
                           somewhere in the text (index into kind_names) */
  /* names, suffixes, titles, given names -> gazetteer line */
  evg_map gazetteer[EXTRACT_GAZETTEER_MAPS];
  evg_map inner_names; /* one-word names found inside a sentence */
  /* the text's lower-case plurals of agent nouns ("workers"), read at
   * the first look-up, or by the first thread before the mentions stage
   * begins (extract_read_lower_plurals) */
  evg_map lower_plurals;
  bool lower_plurals_read;
  /* whether the text is about a sport (sports_text), read at the first
   * name that asks */
  bool sport_read, sport;
  /* the relations' stemmer ("in response to the strike"), made at the
   * first look-up and freed when the events stage ends: that stage's alone
   * (on its own evg_extraction), as a stemmer is not shared between
   * threads */
  struct sb_stemmer *stemmer;
  /* the events stage's scratch, kept from event to event so that a label
   * and a quote allocate nothing once the first sentences have grown it:
   * a label's text and its headline (each copied to the arena when done)
   * and a sentence's cleaned quote; freed with the stage
   * (extract_scratch_free) */
  evg_buf label_text, label_headline, quote;
  /* what extract_lead_event found of the first event's lead, kept so
   * that every "in response to the ..." of a text reads the lead once:
   * `start` is the first event's start it is of; the line is searched for
   * its end from `scanned` on, as far as each call may read */
  struct {
    bool known, ended, is_lead;
    size_t start, line, body, scanned;
  } lead;
  /* set on the extraction a chunk of the mentions stage is found with on
   * the events stage's thread (extract_help_find_mentions): the names
   * that stage would put in cue_kinds and inner_names, kept in order and
   * put in x's maps after the chunks before them */
  struct extract_name_log *name_log;
  /* the sentences whose dates made more clauses than
   * EXTRACT_MAX_CLAUSES (the rest is one clause, one event), and where
   * the first of them starts: warned of once (extract_run) */
  size_t capped_sentences;
  int capped_line, capped_col;
};

/* A byte of a word: ASCII letters and digits, - and ', and any byte of a
 * non-ASCII character. */
static inline bool word_byte(unsigned char c) { return ascii_word_byte(c); }

/* Whether s[i - 1] ends a clause or phrase read backwards: a comma,
 * semicolon, full stop or line break, not the comma or point of a number
 * ("18,000 signatures", "3.5 percent"). */
static inline bool extract_edge_before(const char *s, size_t i) {
  char c = s[i - 1];
  if (c == ';' || c == '\n')
    return true;
  if (c != ',' && c != '.')
    return false;
  return !(i >= 2 && s[i - 2] >= '0' && s[i - 2] <= '9' && s[i] >= '0' &&
           s[i] <= '9');
}

/* Whether the colon at s[i) stands between two digits: a clock's
 * ("at about 8:45 a.m."), which ends no clause. */
static inline bool extract_clock_colon(const char *s, size_t i, size_t to) {
  return s[i] == ':' && i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9' &&
         i + 1 < to && s[i + 1] >= '0' && s[i + 1] <= '9';
}

/* The end of the word that starts at s[i), letters only (the clause
 * files' reads, shared by extract_clauses.c and extract_happenings.c). */
static inline size_t extract_letters_end(const char *s, size_t i, size_t to) {
  while (i < to && ascii_alpha((unsigned char)s[i]))
    i++;
  return i;
}

/* The word that ends at s[e) (letters only): its start. */
static inline size_t extract_word_start_before(const char *s, size_t from,
                                               size_t e) {
  while (e > from && ascii_alpha((unsigned char)s[e - 1]))
    e--;
  return e;
}

/* The run of letters s[*from, *to) just before `at` past its spaces,
 * within s[start, at): "to" of "submitted to him"; empty when none.
 * (extract_word_before also takes hyphens into a word.) */
static inline void extract_letters_before(const char *s, size_t start,
                                          size_t at, size_t *from, size_t *to) {
  while (at > start && s[at - 1] == ' ')
    at--;
  *to = at;
  *from = extract_word_start_before(s, start, at);
}

/* s[i, ...) starts with the word `w` followed by a space */
static inline bool extract_word_at(const char *s, size_t i, size_t end,
                                   const char *w) {
  size_t l = strlen(w);
  return i + l < end && equals_ci(s + i, l, w) && s[i + l] == ' ' &&
         (i == 0 || !word_byte((unsigned char)s[i - 1]));
}

/* Whether w[0..len) is the entry e, ASCII case ignored; `want` is the
 * word's first byte with the case bit set. */
__attribute__((always_inline)) static inline bool
extract_word_entry_is(const char *w, size_t len, unsigned char want,
                      const char *e) {
  /* the first byte rules out most entries: a letter's two cases differ
   * in the case bit alone, so with it set in both the entry's first byte
   * is the word's or its other case.  Other bytes that differ in that bit
   * alone pass too, and equals_ci, which compares the whole entry (its
   * first byte again: never past the end of an entry, "" included, where
   * gcc's bounds check sees one), turns them away. */
  return ((unsigned char)e[0] | 0x20) == want && equals_ci(w, len, e);
}

/* w[0..len) is one of the NULL-terminated words, ASCII case ignored */
__attribute__((always_inline)) static inline bool
extract_word_in(const char *w, size_t len, const char *const *words) {
  if (len == 0) {
    for (size_t i = 0; words[i]; i++)
      if (words[i][0] == '\0')
        return true;
    return false;
  }
  /* the case bit set whatever the byte: one OR, where a test of whether
   * it is a letter took a table's load (an entry's first byte is a
   * constant, set when compiled) */
  unsigned char want = (unsigned char)w[0] | 0x20;
  /* Most lists are compound literals of a few words at the call: the
   * first entries read at constant indices, which gcc folds (no array
   * built on the stack, no pointer loaded; each entry its length and
   * first byte compared as constants), where a loop over them is not
   * unrolled.  A list held elsewhere costs what the loop did.  Under
   * ASan, whose build gcc does not fold so, the entries past a short
   * list's NULL read as out of bounds to -Warray-bounds (they are never
   * reached): the loop alone there. */
#if !defined(__SANITIZE_ADDRESS__)
#define EXTRACT_WORD_ENTRY(k)                                                  \
  if (!words[k])                                                               \
    return false;                                                              \
  if (extract_word_entry_is(w, len, want, words[k]))                           \
    return true;
  EXTRACT_WORD_ENTRY(0)
  EXTRACT_WORD_ENTRY(1)
  EXTRACT_WORD_ENTRY(2)
  EXTRACT_WORD_ENTRY(3)
  EXTRACT_WORD_ENTRY(4)
  EXTRACT_WORD_ENTRY(5)
  EXTRACT_WORD_ENTRY(6)
  EXTRACT_WORD_ENTRY(7)
#undef EXTRACT_WORD_ENTRY
  for (size_t i = 8; words[i]; i++)
#else
  for (size_t i = 0; words[i]; i++)
#endif
    if (extract_word_entry_is(w, len, want, words[i]))
      return true;
  return false;
}

/* extract_words.c */
/* A fixed word list indexed by a hash of its words (ASCII case folded),
 * built on its first lookup, once per process and safe between threads.
 * The slots are static, sized from the list when it is compiled: nothing
 * is allocated or freed.  Declare one beside its list:
 *   static const char *const words[] = {"said", "told", NULL};
 *   EXTRACT_WORD_SET(set, words, true);
 *   return extract_word_set_has(&set, w, len); */
typedef struct {
  const char *const *words; /* NULL-terminated */
  unsigned short *slots;    /* index + 1 into words in the low byte, a hash tag
                               in the high one; 0 is an empty slot */
  size_t mask;              /* slot count - 1, a power of two */
  bool any_case;            /* ASCII case ignored, else the bytes exactly */
  atomic_bool ready;
  /* The shapes no entry has: absent[length % 32] holds the bit of a
   * first byte's low five bits (a letter's two cases share it) when no
   * entry of such a length opens with it; the empty word has no shape.
   * All clear until the build stores each row at once, so a look-up
   * reads it before `ready`: either value is true. */
  _Atomic uint32_t absent[32];
} extract_word_set;

/* Whether a set has no entry of the shape of w[0..len), len > 0: the
 * length modulo 32 (one instruction where a cap at 31 took three; the
 * words of 32 bytes and more are few) and the first byte. */
static inline bool extract_word_shape_absent(const extract_word_set *set,
                                             const char *w, size_t len) {
  return atomic_load_explicit(&set->absent[len & 31], memory_order_relaxed) >>
             ((unsigned char)w[0] & 31) &
         1;
}

/* At least twice as many slots as entries (list_size counts the NULL). */
#define EXTRACT_WORD_SLOTS(list_size)                                          \
  ((list_size) <= 8     ? 16                                                   \
   : (list_size) <= 16  ? 32                                                   \
   : (list_size) <= 32  ? 64                                                   \
   : (list_size) <= 64  ? 128                                                  \
   : (list_size) <= 128 ? 256                                                  \
                        : 512)
#define EXTRACT_WORD_SET(name, list, any_case)                                 \
  _Static_assert(sizeof(list) / sizeof *(list) <= 256,                         \
                 "a word set holds at most 255 words");                        \
  static unsigned short                                                        \
      name##_slots[EXTRACT_WORD_SLOTS(sizeof(list) / sizeof *(list))];         \
  static extract_word_set name = {                                             \
      list,                                                                    \
      name##_slots,                                                            \
      EXTRACT_WORD_SLOTS(sizeof(list) / sizeof *(list)) - 1,                   \
      any_case,                                                                \
      false,                                                                   \
      {0}}

/* The out-of-line parts of a look-up (extract_words.c): the first use's
 * indexing, and the comparison with an entry whose tag matched. */
void extract_word_set_build(extract_word_set *set);
bool extract_word_set_same(const extract_word_set *set, const char *w,
                           size_t len, unsigned short slot);

/* A hash of the length and the first, second and last bytes, each with
 * bit 0x20 set (ASCII letters in lower case; a few punctuation pairs
 * merge, which only costs a probe): cheap whatever the word's length, and
 * the comparison decides.  The same hash for the exact and the case-blind
 * sets, so that words differing only in case meet in one probe sequence.
 * The four bytes are packed into one key and mixed by one multiply, whose
 * high half depends on every bit of the key (three multiplies and their
 * xors were a twentieth of the extraction). */
static inline uint32_t extract_word_hash(const char *w, size_t len) {
  if (len == 0)
    return 0;
  const unsigned char *u = (const unsigned char *)w;
  uint32_t key = (uint32_t)(len & 0xFF) | (uint32_t)u[0] << 8 |
                 (uint32_t)u[len > 1] << 16 | (uint32_t)u[len - 1] << 24;
  key |= 0x20202000u;
  return (uint32_t)(((uint64_t)key * 0x9E3779B97F4A7C15u) >> 32);
}

/* Whether w[0..len) is one of the set's words: ASCII case ignored when
 * the set says so, else exactly (and never the empty word).  Inline: most
 * look-ups miss on a slot's tag or an empty slot, and a call's entry and
 * exit cost as much as that (600,000 look-ups on 790 kB of prose). */
static inline bool extract_word_set_probe(const extract_word_set *set,
                                          const char *w, size_t len,
                                          uint32_t h);
static inline bool extract_word_set_has(extract_word_set *set, const char *w,
                                        size_t len) {
  /* a word whose length and first byte no entry has together is no
   * entry: neither hashed nor probed.  Four look-ups in five end here (of
   * 1.5 M on 790 kB of prose; the length and the first byte each alone
   * let 42% through, together 20%), before `ready` is read. */
  if (len && extract_word_shape_absent(set, w, len))
    return false;
  if (!atomic_load_explicit(&set->ready, memory_order_acquire))
    extract_word_set_build(set);
  return extract_word_set_probe(set, w, len, extract_word_hash(w, len));
}

/* The same with the word's extract_word_hash given: a word looked up in
 * several sets is hashed once. */
static inline bool extract_word_set_has_hash(extract_word_set *set,
                                             const char *w, size_t len,
                                             uint32_t h) {
  if (len && extract_word_shape_absent(set, w, len))
    return false;
  if (!atomic_load_explicit(&set->ready, memory_order_acquire))
    extract_word_set_build(set);
  return extract_word_set_probe(set, w, len, h);
}

/* The probe of a set already built: the two look-ups above test `ready`
 * once each (it was tested twice a look-up, a load and a branch of
 * some 600,000). */
static inline bool extract_word_set_probe(const extract_word_set *set,
                                          const char *w, size_t len,
                                          uint32_t h) {
  if (len == 0 && !set->any_case)
    return false; /* as the exact lists were read: no empty word */
  unsigned tag = (h >> 24) & 0xFFu; /* a slot's high byte */
  for (size_t i = h & set->mask;; i = (i + 1) & set->mask) {
    unsigned short slot = set->slots[i];
    if (!slot)
      return false;
    if ((unsigned)(slot >> 8) == tag &&
        extract_word_set_same(set, w, len, slot))
      return true;
  }
}

/* A sentence: bytes [start, end) of the text. */
typedef struct {
  size_t start, end;
} range;

/* A mention of an actor in the text. */
typedef struct {
  size_t start, end; /* bytes of the name */
  size_t actor;
  size_t participle_from; /* see mention_context */
} mention;

/* A byte offset with its line and column. */
typedef struct {
  size_t offset;
  int line, col;
} text_pos;

/* A part of a sentence that becomes an event: the whole sentence, or a
 * cause, an effect, a response, a stimulus. */
typedef struct {
  size_t start, end;
  const evg_timex *timex;
  bool on_or_before;
  bool on_or_after; /* an effect dated only by its cause */
  int relation;
  size_t target_offset; /* the related part, by its index among parts */
} part;

/* extract_sentences.c */
/* The sentences of s[0..len), in order; the caller frees the array. */
range *extract_split_sentences(const char *s, size_t len, size_t *count);

/* extract_clock_sentence_end.c */
/* Whether the period of a clock's "a.m." or "p.m." (s[w, period)) ends
 * the sentence that starts at `start`: a capitalised word at `next` that
 * is no time zone, weekday or month, after a clock that does not open
 * the sentence. */
bool extract_clock_ends_sentence(const char *s, size_t start, size_t w,
                                 size_t period, size_t next, size_t len);

/* extract_closing_report.c */
/* Whether w[0, len) is a verb that reports a sentence ("said", "told",
 * "announced" ...): the report_boundary's and the closing report's. */
bool extract_report_verb(const char *w, size_t len);
/* Whether the report s[comma, sentence_end), its date at [date_start,
 * date_end), only says who told the sentence and when (", police said on
 * Thursday."): a few words, a verb of saying, the date that ends the
 * sentence; it stays with the clause it reports. */
bool extract_closing_report(const char *s, size_t comma, size_t date_start,
                            size_t date_end, size_t sentence_end);

/* extract_modified_article.c */
/* The length of the article ("a", "an") before the noun at s[noun), over
 * up to two modifiers ("a Chemnitz firm", "a small Danish firm"), its
 * start in *ab; 0 when none. */
size_t extract_modified_article(const char *s, size_t noun, size_t *ab);

/* extract_place_phrase_head.c */
/* Moves *nb, *nl from a place's name that ends an apposition's noun
 * phrase ("a firm from Oradea,") to the phrase's head noun ("firm");
 * leaves them when no "from" or "in" and a lower-case noun come before
 * the place. */
void extract_place_phrase_head(const char *s, size_t *nb, size_t *nl);

/* extract_untagged_time.c */
/* The end of a time of day the tagger leaves untagged that opens s[at,
 * to) after spaces ("dawn", "half past three", "a quarter past eight",
 * "five o'clock", "six in the evening", "ten at night", "nine" at a comma,
 * the sentence's or the range's end, "five" before "in" or "on" and a
 * date or right before a date), else 0.
 * *date_at: where a tagged date must start for the reading to hold (a
 * bare hour: "five in | the afternoon of June 11"; "before five people
 * died" counts people), SIZE_MAX when none must. */
size_t extract_untagged_time_end(const char *s, size_t at, size_t to,
                                 size_t *date_at);

/* extract_verb_forms.c */
/* Whether the lower-case word s[w, e) is a finite verb in the past that
 * tells a happening ("ran", "was proclaimed"; not "had", "said", "is"). */
bool extract_past_happening_at(const char *s, size_t w, size_t e, size_t to);
/* Whether w[0..len) may be a past participle ("stolen", "thrown",
 * "built"). */
bool extract_participle(const char *w, size_t len);
/* Whether w[0..len) is a word after which a past form is no finite verb
 * of the clause: an auxiliary, a modal, "to", a determiner ("had
 * served", "would appeal", "the crowded promenade"). */
bool extract_nonfinite_before(const char *w, size_t len);
/* Whether w[0..len) is "was" or "were". */
bool extract_past_be(const char *w, size_t len);
/* Whether s[w, e) is "had" with a past participle after it before `to`,
 * "been" between or not ("had reported", "had been sold"). */
bool extract_past_perfect_at(const char *s, size_t w, size_t e, size_t to);
/* Whether the clause at s[q) says, within its first six words, that
 * something did not happen ("he made no commitment"). */
bool extract_negated_at(const char *s, size_t q, size_t to);
/* Whether w[0..len) is a subordinator whose clause may tell a happening
 * of its own ("where", "when", "after", "before", "until", "because"). */
extern extract_word_set extract_clause_subordinator_set;
/* Inline: clause_joint_at asks at every space of a clause it scans
 * (81,000 times on the bench's 790 kB), most look-ups ending at the
 * set's shapes, where a call's entry and exit cost as much. */
static inline bool extract_clause_subordinator(const char *w, size_t len) {
  return extract_word_set_has(&extract_clause_subordinator_set, w, len);
}
/* Whether w[0..len) is an adverb that may stand between "and" and a verb
 * or its subject ("soon", "then", any word in -ly). */
bool extract_clause_adverb(const char *w, size_t len);
/* Whether w[0..len) is a past that tells a state ("stayed", "lasted"). */
bool extract_state_verb(const char *w, size_t len);
/* Whether w[0..len) tells that something did not happen ("failed",
 * "spared", "missed"). */
bool extract_non_occurrence(const char *w, size_t len);
/* Whether w[0..len) is a verb of saying, asking or promising ("told",
 * "promised", a reporting verb). */
bool extract_speech_act(const char *w, size_t len);
/* Whether the verb s[w, e) has an object of its own, a particle between
 * ("handed it to", "laid off 240"). */
bool extract_object_follows(const char *s, size_t w, size_t e, size_t to);
/* Whether " by " follows s[e) (a participle with its agent). */
bool extract_agent_follows(const char *s, size_t e, size_t to);
/* Whether a modal or a past form that tells a happening follows s[e) in
 * its clause (at most ten words, up to a comma or a clause's opener). */
bool extract_finite_verb_follows(const char *s, size_t e, size_t to);

/* extract_finding_content.c */
/* Whether a verb that tells a finding ("reported", "concluded", "found";
 * not "said", "confirmed") ends right before the date that starts at
 * s[date_start), its preposition between ("reported in June | that ..."). */
bool extract_finding_before(const char *s, size_t from, size_t date_start);
/* Whether the date d is led by a preposition
 * ("in March", "during 1912"), a time of the clause's verb, not a noun's
 * ("his 2021 hit"). */
bool extract_date_adverbial(const char *s, size_t from, const evg_timex *d);

/* extract_clauses.c */
/* A clause of a sentence that states one dated happening, and its date. */
typedef struct {
  range span;
  const evg_timex *date;
} dated_clause;
#define EXTRACT_MAX_CLAUSES 8
/* The dated clauses of `sentence`, whose dates (DATE or TIME timexes with
 * a date, in text order) are dates[0..date_count), date_count >= 1, into
 * out[0..EXTRACT_MAX_CLAUSES); returns how many.  A dateline's date dates
 * only a lead that has no other. */
/* Leaves out of dates[0..date_count) a limit inside a complement ("said
 * on January 20 that it would stop before 2028", "met her on Thursday and
 * promised to keep it open until 2029"): the date of what was said or
 * wanted, not of the saying, when the clause has a date of its own before
 * it; so is an "until" still to come after `today` (the text's day, or
 * NULL), the end of a state the clause begins ("banned the movement of
 * cattle until at least February 20"), and the day a dropped deadline's
 * hour names ("by noon on Thursday").  Keeps the others in order; returns
 * how many. */
size_t extract_drop_content_deadlines(const char *s, size_t len,
                                      const range *sentence,
                                      const evg_timex **dates,
                                      size_t date_count, const evg_date *today);
/* Whether s[q, to) opens with "by" and a part of the day told without its
 * day ("by mid-morning the company had sent"); see extract_clauses.c. */
bool extract_by_day_part_at(const char *s, size_t q, size_t to);
/* Whether `clause`, dated by `date` told before it, opens with such a
 * "by" ("By mid-morning the wind had driven the flames"): on or before
 * that date. */
bool extract_by_day_part(const char *s, const range *clause,
                         const evg_timex *date);
/* Whether `date`, in `clause`, dates a saying of something told in the
 * past perfect ("said on Thursday that claims had reached 96 million
 * euros"): that happened on or before the day, as a "by" clause does.
 * Not a saying on the text's own day `anchor` (NULL: none), its news. */
bool extract_reported_as_done(const char *s, const range *clause,
                              const evg_timex *date, const evg_date *anchor);
/* Whether `clause` is the clause of an "after" (no count of time before
 * it: "in February, after a Polish importer sent back two shipments") with
 * no date of its own, its sentence's main clause dated before it by a month
 * or a year: the cause happened on or before that month or year, not
 * within it alone, as the gold writes it.  Not when `dated_inside`: a
 * time written in the clause ("at Lincoln on May 20 of that year"). */
bool extract_after_month(const char *s, const range *sentence,
                         const range *clause, const evg_timex *date,
                         bool dated_inside);
/* Whether s[from, to) holds a verb in the past ("began", "was",
 * "opened"), not only present or future forms ("are due to host"). */
bool extract_past_form_in(const char *s, size_t from, size_t to);
/* Whether s[from, to) holds a verb that reports or finds what a "that"
 * after it says ("said", "told analysts", "found"). */
bool extract_report_verb_in(const char *s, size_t from, size_t to);
/* Whether s[from, to) opens a complement, a that-clause or a
 * to-infinitive ("said that the factory would", "asked him to keep"):
 * what follows is what was said or wanted. */
bool extract_complement_in(const char *s, size_t from, size_t to);
/* Leaves out of dates[0..date_count) each date written after "for" right
 * after a participle set after a noun, or a relative clause's verb ("a
 * march planned for Friday", "a meeting that had been set for next
 * Monday"): the time of the thing planned.  All of them only when
 * `story_told` (the story has a time for the sentence) or another date
 * stays.  Keeps the others in order; returns how many. */
size_t extract_drop_planned_dates(const char *s, const range *sentence,
                                  const evg_timex **dates, size_t date_count,
                                  bool story_told);
/* Leaves out of dates[0..date_count) each date written after "since"
 * that starts a state of something other than the clause's happening
 * ("which has made cheese since 1961", "samples taken since October"):
 * it lasts to the time told and is never the date of the clause's
 * happening.  Keeps the others in order; returns how many. */
size_t extract_drop_state_starts(const char *s, const range *sentence,
                                 const evg_timex **dates, size_t date_count);
/* Leaves out of dates[0..date_count) each date that closes a phrase
 * describing a noun of the clause ("under rules that the council adopted
 * in 2022.", ", the largest fine since it was set up in 1988.", "A crane
 * bought by the board in 2019 collapsed"): background to the noun, not
 * the time of the clause's happening.  Keeps the others in order; returns
 * how many. */
size_t extract_drop_noun_phrase_dates(const char *s, const range *sentence,
                                      const evg_timex **dates,
                                      size_t date_count);
/* Leaves out of dates[0..date_count) each date still to come on the
 * paper's day `today` that sits in a relative clause in the present after
 * a past verb ("accepted an arbitrator's award that gives its members a
 * pay rise from January"): the noun's terms, not the time of the past
 * happening (extract_relative_ahead.c).  Keeps the others in order;
 * returns how many. */
size_t extract_drop_relative_ahead(const char *s, const range *sentence,
                                   const evg_timex **dates, size_t date_count,
                                   const evg_date *today);
/* The date that closes a range the clause date `date` opens ("between 2019
 * and 2023", "from May 3 to May 9"), among dates[0..date_count); NULL
 * when it opens none. */
const evg_timex *extract_range_end(const char *s, size_t len,
                                   const evg_timex *const *dates,
                                   size_t date_count, const evg_timex *date);
size_t extract_dated_clauses(const char *s, size_t len, const range *sentence,
                             const evg_timex *const *dates, size_t date_count,
                             dated_clause *out, bool *capped);
/* Whether the date `t` opens a dateline ("ROTTERDAM, October 9, 2025 —")
 * at the start of `sentence`: the text is news dated that day. */
bool extract_opens_with_dateline(const char *s, size_t len,
                                 const range *sentence, const evg_timex *t);
/* extract_happenings.c */
/* The clauses of an undated `sentence` that states a past happening,
 * one per clause with its own subject and verb ("Selfridge died, and
 * Orville spent seven weeks in hospital"), into out[0..EXTRACT_MAX_CLAUSES);
 * a part that tells no happening ("Banting was furious that ...") is left
 * out.  Returns how many. */
size_t extract_happening_clauses(const char *s, const range *sentence,
                                 range *out);
/* The undated events of a history paragraph told since the story's day,
 * events [first, end), carried from `story` (extract_between.c). */
typedef struct {
  size_t first, end;
  const evg_timex *story;
  bool open;
} between_pending;
/* Whether the sentence names a part of a day without its date ("The
 * cavalry charged at dusk"): the day told, not a time between. */
bool extract_between_day_part_in(const char *s, const range *sentence);
/* Notes events [first, end) of an undated sentence as carried from the
 * day `story`, joining the run noted before when it is the same; a story
 * that is no day ends the run. */
void extract_between_note(between_pending *b, const evg_timex *story,
                          size_t first, size_t end);
/* Ends the run at the paragraph's next date `next`: when it is a day or a
 * month at least a week after the story's day, the run's events are
 * dated from that day to it. */
void extract_between_close(evg_extraction *x, between_pending *b,
                           const evg_timex *next);
/* Whether `date`, dating `clause`, is a day told in the past perfect
 * before the day `story` has reached ("She had left New York on December
 * 1"): a flashback, after which a history's story stays at its day
 * (extract_flashback.c). */
bool extract_flashback_day(const char *s, const range *clause,
                           const evg_timex *date, const evg_timex *story);
/* Whether `date` is told in the past perfect: a "had" a few words before
 * it in s[from, date->start), in its clause ("who had reached the town at
 * 9:14 a.m. on Wednesday"). */
bool extract_past_perfect_day(const char *s, size_t from,
                              const evg_timex *date);
/* Whether the undated sentence goes on telling the story in the simple
 * past (extract_states_past_happening, and no "has" or "have"): a
 * paragraph that ends with it ended at the story's day, even when that
 * day was told in the past perfect (extract_flashback.c). */
bool extract_went_on_in_past(const char *s, const range *sentence);

/* Whether the clause s[clause) says "had already": what it tells was done
 * before the story's day (extract_done_before.c). */
bool extract_done_before(const char *s, const range *clause);
/* Whether a sentence without a date states a happening told in the past
 * ("Harold was killed", "The board named X as interim chief"): a past
 * verb of its own after its subject, outside quotations, not only a verb
 * of saying or thinking, not a past perfect, a modal or a question.  Such
 * a sentence happened at the story's time. */
bool extract_states_past_happening(const char *s, const range *sentence);
/* Splits each clause of out[0, n) (n <= EXTRACT_MAX_CLAUSES) at the
 * clauses with a subject and a verb of their own inside it ("..., and the
 * company dismissed Everley"); each part keeps the clause's date unless it
 * holds one of its own among dates[0..date_count).  Returns the new
 * count, at most EXTRACT_MAX_CLAUSES. */
size_t extract_split_happenings(const char *s, dated_clause *out, size_t n,
                                const evg_timex *const *dates,
                                size_t date_count);
/* Where the main verb starts in s[from, to) after a subject that holds
 * an object relative clause with a named subject ("Dozens of containers
 * that the ship Solveig Star lost on Monday night | began washing up") or
 * a subject relative clause ("A painted manuscript that vanished in the
 * 1980s | went on display"; "which", "who" too): the relative clause
 * tells a happening of its own, and the name in it is no subject of the
 * main verb.  *that_end is where the relative clause's words start;
 * *subject_relative (when not NULL) says which of the two shapes it is.
 * 0 when the clause opens otherwise.  Bounded: at most thirty words are
 * read. */
size_t extract_relative_main_verb(const char *s, size_t from, size_t to,
                                  size_t *that_end, bool *subject_relative);

/* extract_clauses.c */
/* "sued in March 2022, two months after residents first complained",
 * "came two days after the chief executive met Nordwerk": a count of
 * units, "after" or "before", then a clause with a verb of its own, inside
 * `clause` after its own verb, states a happening that many units before
 * (after, for "before") the clause's.  Returns the count (a DURATION among
 * timexes[first..]) with *later set for "before" and *rest where the
 * counted clause starts, or NULL. */
const evg_timex *extract_counted_clause(const char *s, const range *clause,
                                        const evg_timexes *timexes,
                                        size_t first, bool *later,
                                        size_t *rest);

/* The count of time between a clause and the one split off after it
 * (s[from, to): "..., three days after the port authority raised their
 * pay"): a duration followed by "after" (what follows happened that long
 * before, *later false) or "before" (*later true), among timexes[first..];
 * NULL when there is none. */
const evg_timex *extract_count_between(const char *s, size_t from, size_t to,
                                       const evg_timexes *timexes, size_t first,
                                       bool *later);

#include "extract_internal_names.h"

/* extract_roles.c */
/* What the words around a name say about it. */
typedef struct {
  bool not_participant;   /* a reporter, a title of a work, compared with, in
                             an apposition or a date phrase */
  bool location;          /* after in, at, near ...: a place, unless an
                             organisation */
  bool in_place;          /* with `location`, after "in" ("in the"): a place
                             even when a government bears the name ("in
                             Parliament", "in Tallowood" for its council) */
  bool direction;         /* after from, to, into: a place when one is known */
  bool article_place;     /* "on the X", "down the X": with place_location,
                             a river's or a sea's word, not a firm's */
  bool arrival;           /* after "reached": where one arrived, whatever
                             the name is ("reached Suez" for the Suez Canal
                             Company) */
  bool place_location;    /* after on, over, up, for: a place when one is
                             known ("on the Neva") */
  bool body_follows;      /* "Germany's agency": a possessive place that acts
                             through a body */
  bool modifier;          /* before a noun: "U.S. restrictions", a place as
                             an adjective */
  bool after_article;     /* "a Rubens sketch": with `modifier`, a name used
                             as an adjective */
  bool craft_after;       /* with `modifier`, a craft's noun after the name
                             ("a Japan Coast Guard helicopter") */
  bool of_noun;           /* after a common noun and of, on, about, against:
                             "a picture of DNA", "work on DNA" */
  bool listed;            /* after the name before in a list ("of Fobbing,
                             Corringham and Stanford"): shares its role */
  bool given;             /* the thing a verb of giving hands over, after its
                             receiver: "gave Russia Livonia" */
  bool told;              /* the one told what a that-clause says ("told
                             Carter that ..."): a participant, unless a
                             newspaper or a broadcaster, which only reports */
  size_t participle_from; /* in a clause of a verb in -ing ("after
                             meeting X"): where its opener starts; the
                             name is only of an event from there on.
                             0 when none */
  const char *kind;       /* the kind the neighbouring words say, or NULL */
} mention_context;
/* The context of the name s[name_start, name_end) in the sentence
 * s[start, end); run_end is past its possessive 's when it has one. */
mention_context extract_mention_context(const char *s, size_t start, size_t end,
                                        size_t name_start, size_t name_end,
                                        size_t run_end);
/* The start of the relative pronoun whose clause (of another noun) holds
 * the name at `pos` in the sentence from `start`, or (size_t)-1. */
size_t extract_relative_clause(const char *s, size_t start, size_t pos);
/* The start of the modal of what a verb of saying reports, when the
 * name s[name_start, name_end) sits in it ("said the club would appeal
 * to X"), or (size_t)-1. */
size_t extract_reported_modal(const char *s, size_t start, size_t end,
                              size_t name_start, size_t name_end);
/* Whether a word is a verb of saying ("said", "told", "wrote"). */
bool extract_reporting_verb(const char *w, size_t len);
/* Whether a word cannot be the noun a name modifies (a preposition, a
 * conjunction, an adverb: "invaded Russia in 1708"). */
bool extract_particle_word(const char *w, size_t len);
bool extract_function_word_after(const char *w, size_t len);

/* extract_actor_table.c */
/* A name found in a sentence, before it is given an actor. */
typedef struct {
  size_t start, end;
  bool initial, titled;
  bool possessive;    /* followed by 's: "Valmora's council" */
  bool title_of_work; /* a capitalised "The" inside a sentence opens it */
  mention_context context;
  bool genitive; /* a name in the genitive with no noun after it */
  /* what the name's own words say (extract_kind_of_words), found with the name
   * so that the helping thread finds it for its chunks */
  const char *words_kind;
  bool words_place, words_ship;
  /* a title alone with no determiner before it ("blamed Lord", "Wills and
   * King"): a family name only when a person of that name came before */
  bool bare_title;
} name_candidate;

/* The names a chunk found on the helping thread would have put in the
 * maps (extract_help_find_mentions), in order: kind is an index into
 * extract_actor_table.c's kinds, or SIZE_MAX for a name found inside a
 * sentence. */
typedef struct {
  const char *name;
  size_t len, kind;
} extract_logged_name;
struct extract_name_log {
  extract_logged_name *items;
  size_t count, cap;
};

/* The actor that candidate c of the sentence text s[0, len) mentions, or
 * (size_t)-1 for a word that may be no name or the name of an event;
 * *participant says whether this mention names a participant. */
size_t extract_mention_actor(evg_extraction *x, const char *s, size_t len,
                             const name_candidate *c, bool *participant);
/* The kind the name s[name_start, name_end)'s own words give it (the
 * gazetteer's whole name, a ship's prefix, a last or first word), or
 * NULL; *place is set for countries and places, *ship for vessels. */
const char *extract_kind_of_words(evg_extraction *x, const char *s,
                                  size_t name_start, size_t name_end,
                                  bool *place, bool *ship);
/* What extract_name_kinds.c (extract_kind_of_words) and
 * extract_actor_table.c share: */
/* The first needle in s[0, len), or NULL (inline: its callers pass
 * literal needles, whose length and compare the compiler then folds). */
static inline const char *extract_strstr_within(const char *s, size_t len,
                                                const char *needle) {
  size_t n = strlen(needle);
  for (size_t i = 0; i + n <= len; i++)
    if (memcmp(s + i, needle, n) == 0)
      return s + i;
  return NULL;
}
/* The space before the name's first particle that a word follows
 * ("Académie des Inscriptions": " des"), or before its first word with
 * the Arabic article ("Ansar al-Islam": " al-Islam"), or NULL. */
const char *extract_first_particle(const char *name, size_t len);
/* Whether the name starting at `start` follows "the" or "The". */
bool extract_after_article(const char *s, size_t start);
/* Whether `kind` is an organisation's: a company, government,
 * organization, institution, media or group. */
bool extract_organisation_kind(const char *kind);
/* Whether a name that a naming word brings ends an aside after which
 * the clause's verb comes (", named Fram, was launched"): it names the
 * subject (extract_named_subject.c). */
bool extract_named_subject(const char *s, size_t name_end, size_t end);
/* Whether words that give a name stand right before s[name_start):
 * "called", "named", "known as", "under the name". */
bool extract_naming_words_before(const char *s, size_t start,
                                 size_t name_start);
/* Names listed together are of one kind: a guessed person's listed
 * with a firm, and no known person, is a firm (extract_list_kinds.c). */
void extract_share_list_kinds(evg_extraction *x, const char *s,
                              const mention *mentions, size_t count);
/* Remembers the kind ("company", ...) that the words around the name
 * say, for later mentions of it; on the helping thread, logs it. */
void extract_remember_cue(evg_extraction *x, const char *name, size_t len,
                          const char *kind);
/* Remembers a one-word name found inside a sentence (not at its start);
 * on the helping thread, logs it. */
void extract_remember_inner_name(evg_extraction *x, const char *name,
                                 size_t len);
/* Puts what the helping thread logged for a chunk into the maps, in
 * order, and frees the log's items. */
void extract_replay_name_log(evg_extraction *x, struct extract_name_log *log);
/* Reads the text's lower-case plurals of agent nouns into
 * x->lower_plurals, which a name's kind may ask for later; without this
 * call they are read at the first question. */
void extract_read_lower_plurals(evg_extraction *x, const char *s, size_t len);
/* The start of the name's last word (0 for a single word). */
size_t extract_last_word_start(const char *name, size_t len);
/* Marks a given name that opens two different full names among the
 * candidates as shared, so that alone it names neither. */
void extract_mark_shared_given_names(evg_extraction *x, const char *s,
                                     const name_candidate *candidates,
                                     size_t count);

/* extract_kind_context.c */
/* Whether the noun names a ship, a boat or another craft ("vessel",
 * "trawler", "airship"). */
bool extract_vessel_noun(const char *w, size_t len);
/* The kind ("company", "media", "person", ...) the words around the name
 * s[.., name_end) say, or NULL; run_end is past its possessive 's, prev
 * and prev2 the two words before it, with their lengths. */
const char *extract_kind_from_context(const char *s, size_t end,
                                      size_t name_end, size_t run_end,
                                      const char *prev, size_t len,
                                      const char *prev2, size_t len2);
/* The kind the noun of an apposition after the name s[.., name_end) gives
 * it ("X, the brewer,"), or NULL. */
const char *extract_apposition_kind(const char *s, size_t name_end, size_t end);
/* Whether the words after the name ending at name_end move a currency's
 * rate ("raised its base rate"): a central bank's deed. */
bool extract_rate_setter_follows(const char *s, size_t name_end, size_t end);
/* Whether the lower-case word is a noun of one who does something
 * ("merchant", "worker", "chemist"), by its ending. */
bool extract_agent_noun(const char *w, size_t len);

/* extract_dateline.c */
/* The end of a dateline that opens s[start, end) ("SAN JOSE, California,
 * April 9, 2026 —"), or start when there is none. */
size_t extract_dateline_end(const char *s, size_t start, size_t end);

/* extract_context.c */
/* The letters-and-dashes word that ends right before `pos` (spaces
 * between), not before `lo`: its start in *ws and its length, 0 when
 * punctuation comes first (*ws is then where the spaces end). */
static inline size_t extract_word_before(const char *s, size_t lo, size_t pos,
                                         size_t *ws) {
  size_t e = pos;
  while (e > lo && s[e - 1] == ' ')
    e--;
  size_t b = e;
  while (b > lo && ascii_alpha_dash((unsigned char)s[b - 1]))
    b--;
  *ws = b;
  return e - b;
}

/* The letters-and-dashes word that starts after `pos` (spaces between),
 * before `hi`: its start in *ws and its length, 0 when punctuation comes
 * first. */
static inline size_t extract_word_after(const char *s, size_t pos, size_t hi,
                                        size_t *ws) {
  size_t b = pos;
  while (b < hi && s[b] == ' ')
    b++;
  size_t e = b;
  while (e < hi && ascii_alpha_dash((unsigned char)s[e]))
    e++;
  *ws = b;
  return e - b;
}

/* extract_word_before's word when one space alone stands between it and
 * `pos` ("a | Vickers aircraft"), else 0. */
static inline size_t extract_word_just_before(const char *s, size_t lo,
                                              size_t pos, size_t *ws) {
  size_t len = extract_word_before(s, lo, pos, ws);
  return len && *ws + len + 1 == pos ? len : 0;
}

/* extract_word_after's word when one space alone stands between `pos` and
 * it, else 0. */
static inline size_t extract_word_just_after(const char *s, size_t pos,
                                             size_t hi, size_t *ws) {
  size_t len = extract_word_after(s, pos, hi, ws);
  return len && *ws == pos + 1 ? len : 0;
}

/* A word of a chain: bytes [start, start + len), len 0 at punctuation. */
typedef struct {
  size_t start, len;
} chain_word;

/* How many words of a chain are kept; a rule reading further walks on
 * from the last one kept, without keeping. */
#define CHAIN_WORDS 12

/* The words one after another before (or after) a position of a sentence,
 * each found on its first read and kept: the context rules of a name read
 * the same few words around it many times.  Word k is what k + 1 calls of
 * extract_word_before (extract_word_after) from `from` give, each from the
 * start (the end) of the one before; past punctuation every word is the
 * same empty one. */
typedef struct {
  const char *s;
  size_t lo, hi; /* the sentence's bytes: no look goes outside */
  size_t from;
  bool forward;
  unsigned count; /* words kept */
  chain_word words[CHAIN_WORDS];
} word_chain;

static inline word_chain extract_chain(const char *s, size_t lo, size_t hi,
                                       size_t from, bool forward) {
  word_chain c;
  c.s = s, c.lo = lo, c.hi = hi, c.from = from, c.forward = forward;
  c.count = 0;
  return c;
}

/* Finds and keeps the words up to k (or walks past the kept ones). */
chain_word extract_chain_walk(word_chain *c, unsigned k);

/* Word k of the chain (0: the nearest). */
static inline chain_word chain_at(word_chain *c, unsigned k) {
  return k < c->count ? c->words[k] : extract_chain_walk(c, k);
}

/* extract_roles.c and extract_place_roles.c */
/* The name being looked at and the two words before it, which every
 * step of extract_mention_context reads. */
typedef struct {
  const char *s;
  size_t start, end, name_start, name_end, run_end;
  bool possessive;          /* followed by 's */
  size_t ws, len;           /* the word before the name (len 0: none) */
  size_t prev2_start, len2; /* the word before that */
  word_chain before;        /* the words before the name, nearest first */
  word_chain before_comma;  /* those before ", " right before it */
} name_words;
/* The steps of extract_mention_context that say a name is where
 * something happens or only modifies a noun (extract_place_roles.c). */
void extract_place_context(name_words *w, mention_context *c);
void extract_modifier_context(name_words *w, mention_context *c);
/* The steps that say a name only speaks, is only compared with, titles a
 * work, or owns the noun after its "'s" (extract_speech_roles.c). */
void extract_speech_context(name_words *w, mention_context *c);
void extract_possessive_context(name_words *w, mention_context *c);
/* Whether words k.. of the chain are "by" or "to", a participle and the
 * lower-case noun it describes ("a firm founded by X"; extract_roles.c). */
bool extract_participle_of_noun_at(word_chain *before, unsigned k);
/* Whether a lower-case noun names a happening ("arrest", "invasion",
 * a nominalisation in -tion, -ment ...; extract_roles.c). */
bool extract_happening_noun(const char *w, size_t len);
/* extract_noun_roles.c: a name inside a phrase that belongs to a common
 * noun, not to the clause.  Whether the name is the agent of a
 * participle that describes a noun, an article and words that describe
 * the name between ("a panel consulted by the Holy Office", "a yacht
 * entered by the Southampton team X"). */
bool extract_agent_of_described_noun(word_chain *before);
/* Whether the name follows "of" (and "the") after a noun of one person's
 * office or tie ("the secretary of the X Society", "patriarch of the X
 * Church", "the son of X"): the office holder is meant, not the name. */
bool extract_holder_of_office_before(word_chain *before);
/* extract_office_modifier.c: whether the name stands before an office's
 * lower-case noun (one or two words before it) and its holder's name
 * ("West Yorkshire mayor Tracy Brabin"): it says whose the office is and
 * takes no part; the holder does. */
bool extract_office_modifier(name_words *w);
/* extract_titled_speaker.c: whether the name follows a verb of saying
 * and a title ("said Colonel Ivar Moe", "said Dr. Ana Lima"): one who
 * only says. */
bool extract_titled_speaker(name_words *w);
/* extract_place_not_party.c: whether the name is a place that its
 * clause names past other words: where one went after "for" and a verb
 * of leaving ("set off down the Yukon for X"), the home of people "from"
 * it ("400 people from X"), what "was renamed", or where it happens after
 * "at" and an owner's possessive ("at the city's X Museum"). */
bool extract_place_not_party(name_words *w);
/* When the chain's word is the "s" of a possessive ("the city's X",
 * "Aizu's"), where its owner's word starts; (size_t)-1 otherwise.  The
 * chain stops at the apostrophe: a rule that reads past the owner walks
 * on from there. */
size_t extract_possessive_owner(const char *s, size_t lo, chain_word word);
/* Whether a word is staff or people of a trade in the plural
 * ("pilots", "researchers", "Experts"), who stand for the body they are
 * "at" (extract_place_roles.c). */
bool extract_people_at_work_noun(const char *w, size_t len);
/* extract_news_source.c: whether the name is a source the sentence is
 * told by: closing it before "reported" (", the agency Xinhua
 * reported."), or after "according to" and a noun. */
bool extract_news_source(name_words *w);
/* Whether the name is the agent of a participle set off by commas
 * between a subject and its verb ("A new bridge, designed by X and built
 * by the firm of Y, opened"): it tells of the subject, not the clause. */
bool extract_agent_in_participle_aside(name_words *w);
/* Whether the clause or aside the name stands in closes, at most `words`
 * words on, with a comma and a verb: the end of an aside inside a subject
 * ("X, who led Keystone for six years, stepped down"); over an apposition
 * that an article opens when over_apposition (", the Archbishop of
 * Canterbury,"). */
bool extract_aside_closes(name_words *w, unsigned words, bool over_apposition);
/* Whether the name stands in a relative clause in the past perfect ("a
 * young Scot who had hired two guides, Y and his son"). */
bool extract_in_pluperfect_relative(name_words *w);
/* Whether the name follows "of" after the head noun of a thing that opens
 * the clause and whose verb comes right after the name ("Shares of X
 * fell", "the main gate of X gave way"): X owns the subject, which is no
 * person or body of X's ("the men of Kent", "officers of the X"). */
bool extract_owner_of_subject(name_words *w);
/* Whether a lower-case word names a part or a count of what follows its
 * "of" ("most of", "the majority of"): what follows takes part. */
bool extract_part_noun(const char *w, size_t len);
/* Word k of the chain that is the "the" opening the phrase whose noun is
 * word `noun`, lower-case describing words between ("the export
 * certificates"), or 0. */
unsigned extract_article_of_noun(word_chain *before, unsigned noun);

/* Bodies through which a place acts ("Germany's agency"), and nouns
 * after "the X" that make X the name of those people ("the Medici
 * family"). */
bool extract_body_noun(const char *w, size_t len);
/* Whether a noun names who acts rather than what happened: a noun that
 * gives a name its kind, an agent noun or a body (extract_kind_context.c). */
bool extract_actor_noun(const char *w, size_t len);
bool extract_kin_noun(const char *w, size_t len);
/* Nouns that a name after "of" names: "the city of Valmora" is Valmora
 * (extract_place_roles.c). */
bool extract_named_place_noun(const char *w, size_t len);

/* extract_headlines.c */
/* The most words a headline keeps. */
#define HEADLINE_WORDS 10
/* The auxiliaries and irregular pasts and presents, all of them
 * lower-case words: a set read inline, not through a call (a call's entry
 * and exit cost as much as the look-up, most of which end at the set's
 * shapes). */
extern extract_word_set extract_verb_form_set;
/* Whether the word b[0..len) is a verb form: an auxiliary, an irregular
 * past or present, or a word in -ed.  Inline, the endings tested before
 * the list, which only a word opening with a lower-case letter can be in:
 * the rules ask 435,000 times on the bench's 790 kB of prose, most of them
 * of capitalised words, numbers and nouns. */
static inline bool extract_verb_form(const char *b, size_t len) {
  if (len == 0 || ascii_upper((unsigned char)b[0]))
    return false;
  if (len >= 5 && b[len - 2] == 'e' && b[len - 1] == 'd')
    return true;
  /* a four-letter past of a three-letter verb in -e ("sued", "died",
   * "tied", "owed", "eyed", "toed"): the letter before "ed" is a vowel or w,
   * y; the nouns in -eed and the clusters ("need", "seed", "shed", "sled")
   * are not verbs */
  if (len == 4 && b[2] == 'e' && b[3] == 'd' && strchr("aiouwy", b[1]))
    return true;
  return ascii_is_lower((unsigned char)b[0]) &&
         extract_word_set_has(&extract_verb_form_set, b, len);
}
/* extract_headlines.c */
/* The headline of the part s[start, end): its main clause cut to its
 * subject, verb and object; in x's arena. */
char *extract_part_label(evg_extraction *x, const char *s, size_t start,
                         size_t end);
/* The headline of subject[0, n), a comma after it when `close`, and the
 * label text of the part s[start, end) as one clause; in x's arena. */
char *extract_subject_part_label(evg_extraction *x, const char *subject,
                                 size_t n, bool close, const char *s,
                                 size_t start, size_t end);
/* Whether the label is only its speaker and a verb of saying. */
bool extract_label_only_speaker(const char *label);
bool extract_headline_word_is(const char *t, size_t start, size_t len,
                              const char *const *words);
/* extract_label_subjects.c */
char *extract_make_label(evg_extraction *x, const char *s, size_t start,
                         size_t end);

/* extract_label_text.c */
/* Whether s[a, e) holds a verb form (extract_verb_form). */
bool extract_has_verb(const char *s, size_t a, size_t e);
/* Whether w[0..len) opens an aside after the main clause has begun (an
 * apposition, a relative or participial clause: "a", "who", "including"). */
bool extract_aside_opener(const char *w, size_t len);
/* The index of the first timex of `x` that ends after `offset` (a binary
 * search: the timexes are in text order, and labels and relations ask in
 * any order). */
size_t extract_first_timex_after(const evg_extraction *x, size_t offset);
/* Whether s[offset] lies inside a timex ("that autumn"). */
bool extract_in_timex(const evg_extraction *x, size_t offset);
/* Writes into `text` (empty, or {0}) the text of the label of the part
 * s[start, end): its comma-separated segments without those that open
 * the clause and hold its date ("Last week,", "On Monday,"), opening
 * clauses and asides (", a tech startup,", ", which ..."), and without
 * the date phrases inside the rest; the part's own words when that leaves
 * no letter (a part that is only a date).  The caller frees the buffer. */
void extract_label_text(const evg_extraction *x, const char *s, size_t start,
                        size_t end, evg_buf *text);

/* extract.c */
/* evg_extract, with the mentions found on a thread of their own beside the
 * events when `threaded` (evg_extract asks for it on long texts); the same
 * extraction either way, and sequential when no thread can be started.
 * With `paths`, each actor's way to its event is recorded for
 * tests/actor_paths.c (nothing of it reaches the output, so evg_extract
 * does not ask: see extract_attach_actors). */
evg_extraction *extract_run(const char *text, size_t len,
                            const evg_date *anchor, bool events, bool threaded,
                            bool paths, evg_diags *diags);
/* extraction.c: frees the events stage's scratch buffers (x->label_text,
 * label_headline, quote) and leaves them empty. */
void extract_scratch_free(evg_extraction *x);

#include "extract_internal_dates.h"

#include "extract_internal_relations.h"

/* extract_bare_subjects.c */
/* Whether the word s[w, e) is a bare plural noun that may open a subject
 * ("after inspectors found", "and officers searched"): lower-case, in -s,
 * no verb form, not a singular's or an adverb's -s ("loss", "thus"), a
 * reflexive or "afterwards".  After "after" or "because" no list or object
 * of the clause before can stand before the clause's verb; after ", and"
 * one may (see subject_and_verb_at, extract_happenings.c). */
bool extract_bare_plural(const char *s, size_t w, size_t e);
/* Whether a verb's particle follows the word that ends at s[e) ("came
 * out", "broke down"). */
bool extract_particle_follows(const char *s, size_t e, size_t to);
/* Determiners, possessives and quantifiers that open a noun phrase */
bool extract_noun_phrase_opener(const char *w, size_t len);
/* Whether the clause at s[q) opens with a one-word subject with no
 * determiner and a past verb that tells a happening, not "was" or "were"
 * ("when sand began", "when thieves cut it"): a thing not told before,
 * whose act is its own. */
bool extract_bare_subject_at(const char *s, size_t q, size_t to);

/* extract_time_lead_in.c */
/* Whether s[q, at) leads into a date that stands at `at` as a clause's
 * opening: a lowercase preposition of time, at most one approximator
 * before or after it ("at about", "over", "just after"). */
bool extract_time_lead_in(const char *s, size_t q, size_t at);

/* extract_counted_opener.c */
/* Where the subordinator ("after", "before") stands after a count of
 * time that opens the clause at s[from) ("Sixteen minutes after Ruiz
 * fell, ...", "Shortly before the vote, ..."); `from` when the clause
 * opens with no such count. */
size_t extract_counted_opener(const char *s, size_t from, size_t to);

/* extract_relative_end.c */
/* Whether the past verb ("be" or one that tells a happening) at s[w, e), read
 * inside a relative clause with no commas after that clause's own verb (the
 * word before it at s[prev, prev + prev_len)), is the main clause's verb:
 * "workers who had finished their shifts | were left"; not after a coordinator
 * ("who fell and were hurt") or a relative pronoun. */
bool extract_relative_ends(const char *s, size_t prev, size_t prev_len,
                           size_t w, size_t e);

/* extract_when_frame.c */
/* Whether the part s[from, at), which names no one and ends on a date
 * (at: the date's start) before ", when", tells a happening of its own:
 * an active past verb with no object before the date ("The case began
 * in March 2030", "Work stopped again in February 1924"), not a verb of
 * occurrence, a copula, a passive or a relative clause. */
bool extract_when_frame_own(const char *s, size_t from, size_t at);
/* Whether s[from, at) names no one (no capital after a space) and tells
 * a happening of its own by extract_when_frame_own: the main clause the
 * clause splitter keeps beside its when-clause. */
bool extract_when_frame_kept(const char *s, size_t from, size_t at);

/* extract_count_subject.c */
/* Where the count that opens the clause at s[q) ends, when it is a count
 * of people as subject (", and all three were arrested", ", and about 150
 * were injured", ", and two members of parliament tabled"): a number word
 * or digits, an approximator before it, a lowercase word after it that is
 * no measure ("two days later", "40 percent"); 0 when there is none. */
size_t extract_count_subject_at(const char *s, size_t q, size_t to);

/* extract_clause_split_when.c */
/* Whether a bare "when" or "after" after the main clause s[from, at)
 * opens a happening of its own at s[next, to): a passive in it ("lost
 * its power when the cable was cut", "halted refuelling after water was
 * found"), or, when `main_passive`, in the main clause ("was gravely
 * injured when part of the hotel crashed"): two acts with two doers. */
bool extract_when_clause_apart(const char *s, size_t from, size_t at,
                               size_t next, size_t to, bool main_passive);

/* extract_directive_content.c */
/* Whether the part s[from, at) that a cause clause follows embeds only
 * the "that" clause of a verb of an act in words ("ordered on Monday that
 * the match be replayed, | after an inquiry found"), no other relative,
 * content clause or saying (read over its last 400 bytes). */
bool extract_directive_content(const char *s, size_t from, size_t at);

/* extract_when_named.c */
/* Whether a bare "when" clause at s[next, to), after a part s[from, at)
 * that names someone (part_names_someone) and tells a happening (no
 * modal, no "was" before a word in -ing or a state), is a happening of
 * its own: a subject that a determiner opens and a past verb that tells a
 * change, not a number reached ("died when the barn he was sheltering in
 * collapsed"). */
bool extract_when_named_own(const char *s, size_t from, size_t at, size_t next,
                            size_t to, bool part_names_someone);

/* Whether the word s[w, e) is a common plural noun that heads a subject,
 * capitalised or not ("Firemen", "Shares", "detectives"): in -s as
 * extract_bare_plural reads it, or in -men; not a stretch of time ("Years
 * later"). */
bool extract_plural_common_noun(const char *s, size_t w, size_t e);

#include "extract_internal_attach.h"

#endif
