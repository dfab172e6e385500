/* extract_attach.c: the actors of each proposed event, once the mentions
 * of the whole text are known (extract.c calls it after the two threads
 * join): the names in the event's own part, less those of an opening or
 * inserted clause, plus the doer a part without a subject of its own
 * takes from the part before, and the person a "him", "her" or "them"
 * stands for. */
#include "extract_internal.h"

#include <string.h>

#define MAX_EVENT_ACTORS 8
#define NO_ACTOR ((size_t)-1)

/* The person a "he" or "she" at `at` stands for: the person named last
 * before it in its sentence, outside a content clause ("Banting was
 * furious that Best had been left out, and he gave ..." is Banting's; "X
 * met Governor Alice Chisholm, and she dissolved ..." Chisholm's).  Reads
 * at most 600 bytes back; NO_ACTOR when there is none. */
static size_t person_before(const evg_extraction *x, const char *text,
                            const mention *mentions, size_t first, size_t count,
                            size_t sentence_start, size_t at) {
  size_t from = at > sentence_start + 600 ? at - 600 : sentence_start;
  size_t content = at; /* the first " that " in [from, at) */
  for (size_t i = from; i + 6 <= at && content == at; i++)
    if (text[i] == ' ' && equals_ci(text + i + 1, 4, "that") &&
        text[i + 5] == ' ')
      content = i;
  size_t found = NO_ACTOR;
  for (size_t m = first; m < count && mentions[m].start < content; m++)
    if (mentions[m].start >= from &&
        strcmp(x->actors[mentions[m].actor].kind, "person") == 0)
      found = mentions[m].actor;
  return found;
}

/* Puts `actor` (with its way to the event) first among actors[0, *count),
 * unless it is NO_ACTOR or already there; the caller leaves room. */
static void put_first(size_t *actors, unsigned char *paths, size_t *count,
                      size_t actor, unsigned char path) {
  if (actor == NO_ACTOR)
    return;
  for (size_t k = 0; k < *count; k++)
    if (actors[k] == actor)
      return;
  memmove(actors + 1, actors, *count * sizeof *actors);
  memmove(paths + 1, paths, *count);
  actors[0] = actor;
  paths[0] = path;
  (*count)++;
}

/* The craft a subject "the vessel" at `at` stands for: the last name
 * before it in its sentence of kind other, the kind a craft's noun gives
 * ("a Senegalese trawler, the Ndeye Coumba, ... the vessel had dragged");
 * NO_ACTOR when none. */
static size_t vessel_before(const evg_extraction *x, const mention *mentions,
                            size_t first, size_t count, size_t sentence_start,
                            size_t at) {
  size_t found = NO_ACTOR;
  for (size_t m = first; m < count && mentions[m].end <= at; m++)
    if (mentions[m].start >= sentence_start &&
        strcmp(x->actors[mentions[m].actor].kind, "other") == 0)
      found = mentions[m].actor;
  return found;
}

/* Whether the word "and" stands between spaces in text[from, to). */
static bool holds_and(const char *text, size_t from, size_t to) {
  for (size_t i = from; i + 5 <= to; i++)
    if (memcmp(text + i, " and ", 5) == 0)
      return true;
  return false;
}

/* The people a "them" at `at` stands for, into joined[] (at most
 * MAX_EVENT_ACTORS; returns how many): the last list of people named before
 * it in its sentence (mentions from `first`) closed by "and" within 120
 * bytes, appositions allowed before the "and" ("dragged out Simon
 * Sudbury, Archbishop of Canterbury, and Sir Robert Hales, the Treasurer,
 * and beheaded them"), items before parted by a bare comma ("arrested Ivo
 * Brandt, Nils Ek and Tom Lund, and beat them": all three); none when the
 * names so joined are not all people ("toured Paris and Berlin, and the
 * rebels attacked them": no one). */
static size_t people_joined_before(const evg_extraction *x, const char *text,
                                   const mention *mentions, size_t first,
                                   size_t count, size_t at, size_t *joined) {
  size_t run[MAX_EVENT_ACTORS]; /* the people listed so far, by commas */
  size_t run_count = 0, joined_count = 0;
  const mention *before = NULL; /* the person named last so far */
  for (size_t m = first; m < count && mentions[m].end <= at; m++) {
    const mention *b = &mentions[m];
    if (strcmp(x->actors[b->actor].kind, "person") != 0)
      continue;
    bool next = before && before->actor != b->actor && b->start >= before->end;
    if (next && b->start - before->end <= 120 &&
        holds_and(text, before->end, b->start)) {
      memcpy(joined, run, run_count * sizeof *run);
      joined_count = run_count;
      if (joined_count < MAX_EVENT_ACTORS)
        joined[joined_count++] = b->actor;
    }
    if (!(next && b->start == before->end + 2 && text[before->end] == ','))
      run_count = 0;
    if (run_count < MAX_EVENT_ACTORS)
      run[run_count++] = b->actor;
    before = b;
  }
  return joined_count;
}

/* Whether the name at `at` comes after a verb of its clause, read back
 * to `from` or to the comma before it (a clause or an apposition opens
 * there: "..., so the ship's carpenter, Pieter Jacobszoon, swam" is the
 * subject), at most 300 bytes, and is no passive's agent ("joined by his
 * brother Tostig" does what the clause does). */
static bool named_after_verb(const char *text, size_t from, size_t at) {
  size_t start = at;
  while (start > from && start + 300 > at && text[start - 1] != ',')
    start--;
  bool agent = false;
  for (size_t i = start; i + 4 <= at && !agent; i++)
    agent = text[i] == ' ' && equals_ci(text + i + 1, 2, "by") &&
            text[i + 3] == ' ';
  if (agent)
    return false;
  /* "The enraged Iranians": a participle after a determiner describes */
  static const char *const determiners[] = {"the", "a",     "an",  "its", "his",
                                            "her", "their", "our", NULL};
  /* the word before: where it starts and its length, 0 at the start
   * (one space need not part it: "the  enraged", "the \"enraged\"") */
  size_t before_start = start, before = 0;
  for (size_t i = start; i < at;) {
    while (i < at && !ascii_alpha((unsigned char)text[i]))
      i++;
    size_t b = i;
    while (i < at && ascii_alpha((unsigned char)text[i]))
      i++;
    if (i > b && extract_verb_form(text + b, i - b) &&
        !(before && extract_word_in(text + before_start, before, determiners)))
      return true;
    before_start = b;
    before = i - b;
  }
  return false;
}

/* Whether a lower-case verb form comes in text[from, to). */
static bool verb_between(const char *text, size_t from, size_t to) {
  for (size_t i = from; i < to; i++) {
    if (!ascii_is_lower((unsigned char)text[i]) ||
        (i > from && ascii_alpha((unsigned char)text[i - 1])))
      continue;
    size_t e = extract_letters_end(text, i, to);
    if (extract_verb_form(text + i, e - i))
      return true;
    i = e;
  }
  return false;
}

/* Whether `at` lies in a "where" or "when" clause inserted after a
 * place or a time of the clause that opens at `from` ("stormed the
 * Capitol, where Vespasian's brother Flavius Sabinus had taken refuge, |
 * burned", "came to Brentwood, where one of them, John Bampton, was holding
 * his inquiry, refused"): its names are its own, not the main clause's
 * actors.  The clause runs from its comma to a comma before a verb, "and"
 * or "but" (the main clause goes on), a semicolon or `at`; the main clause
 * has its verb before the comma ("Only in 1866, when Dodge became ...":
 * the when-clause is the happening told).  Reads at most 300 bytes back
 * to the clause's comma, and 300 more before that comma for the main
 * clause's verb; up to `to` (past `at`) for the word after a comma. */
static bool in_inserted_clause(const char *text, size_t from, size_t at,
                               size_t to) {
  static const char *const openers[] = {"where", "when", NULL};
  static const char *const joins[] = {"and", "but", NULL};
  /* the bytes read back: after from's, at most 300, to each comma or
   * semicolon eight at a step (2.5 M instructions a byte at a time on the
   * bench's 790 kB block) */
  size_t lo = at > from + 301 ? at - 300 : from + 1;
  for (size_t c = at;
       c > lo && (c = evg_mark_before(text, lo, c, ',', ';')) > lo; c--) {
    if (text[c - 1] == ';')
      return false;
    if (text[c] != ' ')
      continue;
    size_t w = c + 1, we = extract_letters_end(text, w, to);
    if (we > w && extract_word_in(text + w, we - w, openers))
      return verb_between(text, c > from + 300 ? c - 300 : from, c - 1);
    if (we > w && ascii_is_lower((unsigned char)text[w]) &&
        (extract_verb_form(text + w, we - w) ||
         extract_word_in(text + w, we - w, joins)))
      return false;
  }
  return false;
}

/* The doer of event k for a part after it whose subject is left out:
 * the doer it inherited itself (none when it inherited none: its first
 * actor is then its own object), else its first actor when named before
 * its verb (its subject), never a first actor named after the verb ("X
 * met the Spaniards at the river, and crossed it": the Spaniards are
 * met, they do not cross) nor one a "the vessel" stood for; NO_ACTOR
 * then. */
static size_t subject_of(const evg_extraction *x, const char *text, size_t k,
                         const mention *mentions, size_t first, size_t count) {
  const evg_extracted_event *e = &x->events[k];
  const actor_scope *scope = &x->actor_scopes[k];
  if (scope->elided)
    return scope->inherited ? e->actors[0] : NO_ACTOR;
  /* a craft taken for "the vessel" is a guess kept to its own clause */
  if (scope->paths && e->actor_count && scope->paths[0] == ACTOR_PATH_VESSEL)
    return NO_ACTOR;
  size_t from = e->start;
  if (scope->opener_start <= from && scope->opener_end > from)
    from = scope->opener_end;
  for (size_t m = first; m < count && mentions[m].start < e->end; m++)
    if (mentions[m].actor == e->actors[0] && mentions[m].start >= from)
      return named_after_verb(text, from, mentions[m].start) ||
                     extract_pronoun_subject(text, from, mentions[m].start)
                 ? NO_ACTOR
                 : e->actors[0];
  return e->actors[0];
}

/* Whether the admission policy (extract_path_admits) lets mention m be
 * an actor of the part text[from, to): the preposition before it is read
 * only for a kind the policy asks it of, a few words back.  "They landed
 * on Luzon, and seized Manila": the place no part admits is no doer a
 * later part takes either. */
static bool admitted_in(const evg_extraction *x, const char *text, size_t from,
                        const mention *m, size_t to) {
  const char *kind = x->actors[m->actor].kind;
  if (extract_region_of_name(text, from, m->start, kind) ||
      extract_owner_of_place(text, from, m->start) ||
      extract_craft_as_place(text, from, m->start, kind) ||
      extract_work_title(text, from, m->start, m->end, to) ||
      extract_aimed_against(text, from, m->start) ||
      extract_under_no_leader(text, from, m->start) ||
      extract_place_of_origin(text, from, m->start, kind) ||
      extract_counted_people(text, from, m->start, m->end, kind) ||
      extract_care_place(text, from, m->start, m->end) ||
      extract_state_of_relation(text, from, m->start, kind) ||
      extract_street_name(text, from, m->start, m->end, to) ||
      extract_person_of_thing(text, from, m->start, kind) ||
      extract_thing_apposition(text, from, m->start, m->end, to, kind) ||
      extract_thing_list(text, from, m->start, m->end, to, kind) ||
      extract_place_read_as_person(x, text, from, m->start, m->end, kind))
    return false;
  return strcmp(kind, "other") != 0 ||
         extract_path_admits(
             text, from, m->start,
             extract_preposition_path(text, from, m->start, m->end, to), kind);
}

/* The doer of the clause before event ei in its sentence, for a subject
 * left out or a pronoun: the first actor of the nearest event before it
 * in the sentence that has one (a subordinate clause between, "after
 * three volunteers fell ill", names none), else the first name of the
 * sentence before it (the clause before told no happening: "Banting was
 * furious ..., and he gave"). */
static size_t doer_before(const evg_extraction *x, const char *text, size_t ei,
                          const mention *mentions, size_t first, size_t count,
                          size_t sentence_start, unsigned char *path) {
  /* a part inside the inserted clause ("when Carter quarrelled ... and |
   * handed the keys") shares that clause's subject */
  const evg_extracted_event *e = &x->events[ei];
  bool outside = !in_inserted_clause(text, sentence_start, e->start, e->end);
  for (size_t k = ei; k-- > 0;) {
    const evg_extracted_event *before = &x->events[k];
    if (before->start < sentence_start)
      break;
    /* ", who died in 1989, and wrote": a relative clause's doer is its
     * antecedent, not the subject the later part shares */
    if (x->actor_scopes[k].antecedent)
      continue;
    /* "stormed the fort, where Piet Vos hid, | looted": the inserted
     * clause's subject is not the main clause's */
    if (before->actor_count > 0 &&
        !(outside &&
          in_inserted_clause(text, sentence_start, before->start, before->end)))
      return subject_of(x, text, k, mentions, first, count);
  }
  *path = ACTOR_PATH_SENTENCE_FIRST;
  return first < count && mentions[first].start >= sentence_start &&
                 mentions[first].end <= e->start &&
                 !(outside &&
                   in_inserted_clause(text, sentence_start,
                                      mentions[first].start, e->start)) &&
                 admitted_in(x, text, sentence_start, &mentions[first],
                             e->start)
             ? mentions[first].actor
             : NO_ACTOR;
}

/* The name a "he" or "she" at `at` stands for when the sentence names no
 * person before it and the clause before's doer is of no person's or
 * unknown kind (a body, a country, a place) or none ("the Fisheries
 * Directorate ordered Hansen to resign, and he handed in his papers": a
 * body is never a "he"): the last name of kind other (an unknown one-word
 * name, most often a person's) before `at` in the sentence, admitted by
 * the text from the sentence's start to `at`; NO_ACTOR when none. */
static size_t other_name_before(const evg_extraction *x, const char *text,
                                const mention *mentions, size_t first,
                                size_t count, size_t sentence_start,
                                size_t at) {
  size_t found = NO_ACTOR;
  for (size_t m = first; m < count && mentions[m].end <= at; m++)
    if (mentions[m].start >= sentence_start &&
        strcmp(x->actors[mentions[m].actor].kind, "other") == 0 &&
        admitted_in(x, text, sentence_start, &mentions[m], at))
      found = mentions[m].actor;
  return found;
}

/* Whether text[from, to) only parts two items of a list: a comma, an
 * "and" or both, and a "the" after them (", ", " and ", ", and the "). */
static bool list_gap(const char *text, size_t from, size_t to) {
  size_t i = from;
  if (i < to && text[i] == ',')
    i++;
  if (i >= to || text[i] != ' ')
    return false;
  i++;
  bool joined = i > from + 1; /* a comma was read */
  if (i + 4 <= to && memcmp(text + i, "and ", 4) == 0)
    i += 4, joined = true;
  if (i + 4 <= to && memcmp(text + i, "the ", 4) == 0)
    i += 4;
  return joined && i == to;
}

/* The names listed after `doer`'s last mention before `at` in the
 * sentence, each parted from the one before by a comma or "and" ("the
 * Americans, the British and the French agreed ..., and they signed":
 * a "they" after a list is the whole list, not its first member), into
 * listed[] (at most MAX_EVENT_ACTORS); returns how many. */
static size_t listed_after(const mention *mentions, size_t first, size_t count,
                           const char *text, size_t sentence_start, size_t doer,
                           size_t at, size_t *listed) {
  size_t last = count;
  for (size_t m = first; m < count && mentions[m].end <= at; m++)
    if (mentions[m].start >= sentence_start && mentions[m].actor == doer)
      last = m;
  size_t n = 0;
  for (size_t m = last; m < count && m + 1 < count && n < MAX_EVENT_ACTORS;
       m++) {
    const mention *next = &mentions[m + 1];
    if (next->end > at || next->start < mentions[m].end ||
        !list_gap(text, mentions[m].end, next->start))
      break;
    listed[n++] = next->actor;
  }
  return n;
}

/* Whether the clause before event ei in its sentence (the sentence's
 * start when none is before it) opens its subject with a common plural
 * noun, read up to its first verb or name ("Firemen from the depot and
 * from Vyshhorod arrived", "Shares in Kavala Mining fell", "On March 3
 * detectives arrested the banker X"): a "they" after it is that noun, not
 * a name of the clause.  An opener the clause's first word, a
 * preposition, starts and its first comma ends ("Amid protests, Greece
 * and Cyprus signed", "Despite warnings from fishermen, ...") stands
 * before the subject: its nouns are not the subject's.
 * Reads at most 12 words. */
static bool plural_noun_before(const evg_extraction *x, const char *text,
                               size_t ei, const mention *mentions, size_t first,
                               size_t count, size_t sentence_start) {
  static const char *const prepositions[] = {
      "amid",    "after", "before",  "despite", "during",  "following", "with",
      "without", "under", "in",      "on",      "at",      "by",        "since",
      "for",     "among", "against", "over",    "through", "from",      "of",
      "to",      "until", "as",      NULL};
  size_t from = sentence_start, to = x->events[ei].start;
  if (ei > 0 && x->events[ei - 1].start >= sentence_start &&
      x->events[ei - 1].start < to)
    from = x->events[ei - 1].start;
  size_t m = first;
  size_t i = from;
  bool found = false;   /* a plural noun in the subject read so far */
  bool opener = false;  /* the clause opens with a preposition, no comma
                           read yet */
  bool comma = false;   /* a comma was read: the opener, if any, is over */
  bool decided = false; /* the clause's first word was read */
  for (int n = 0; n < 12 && i < to; n++) {
    while (i < to && !ascii_alnum((unsigned char)text[i])) {
      if (text[i] == ',' && !comma) {
        if (opener)
          found = false; /* "Amid protests, ...": an opener's noun */
        opener = false;
        comma = true;
      }
      i++;
    }
    size_t e = i;
    while (e < to && ascii_alnum((unsigned char)text[e]))
      e++;
    if (e == i)
      break;
    /* the clause's first word, past a joining "and" or "but" */
    if (!decided &&
        !extract_word_in(text + i, e - i,
                         (const char *const[]){"and", "but", NULL})) {
      opener = !comma && extract_word_in(text + i, e - i, prepositions);
      decided = true;
    }
    while (m < count && mentions[m].end <= i)
      m++;
    if (m < count && mentions[m].start <= i)
      return found; /* a name opens the subject ("Britain and France"),
                       or stands in it after its noun ("Shares in X") */
    if (extract_verb_form(text + i, e - i))
      return found;
    if (!found && extract_plural_common_noun(text, i, e))
      found = true;
    i = e;
  }
  return found;
}

/* Whether a "they" at `at` may stand for `doer`, carried from the clause
 * before: one person or one craft is a "she" or "he", so only when its
 * last mention before `at` in the sentence is joined to another by an
 * "and" after it or before it ("Franklin and her student ... went on, and
 * they exposed", "William and Mary accepted the crown, and they were
 * crowned", "her student and Franklin"); a firm, a country or
 * a people may be a "they" alone ("the Speedwell leaked, and they put in
 * at Dartmouth": not the ship). */
static bool they_may_be(const evg_extraction *x, const char *text, size_t doer,
                        const mention *mentions, size_t first, size_t count,
                        size_t at) {
  const char *kind = x->actors[doer].kind;
  if (strcmp(kind, "person") != 0 && strcmp(kind, "other") != 0)
    return true;
  size_t start = 0, end = 0;
  for (size_t m = first; m < count && mentions[m].end <= at; m++)
    if (mentions[m].actor == doer)
      start = mentions[m].start, end = mentions[m].end;
  /* joined on either side: "Franklin and her student", "her student and
   * Franklin" */
  return end && ((end + 5 <= at && memcmp(text + end, " and ", 5) == 0) ||
                 (start >= 5 && memcmp(text + start - 5, " and ", 5) == 0));
}

/* The actor named right before the comma at `comma` (a relative
 * clause's noun: "the Royal Society, which"), or before an apposition
 * that a determiner opens ("Louis, the son of Philip Augustus, who");
 * NO_ACTOR when none.  Reads the mentions from `first`, the sentence's,
 * up to the comma, and at most 200 bytes of text back. */
static size_t antecedent_of(const evg_extraction *x, const char *text,
                            const mention *mentions, size_t first, size_t count,
                            size_t sentence_start, size_t comma) {
  size_t apposition = 0; /* the comma that opens an apposition */
  for (size_t c = comma; c > sentence_start + 1 && c + 200 > comma; c--)
    if (text[c - 1] == ',' && text[c] == ' ') {
      static const char *const determiners[] = {"the", "a", "an", NULL};
      size_t e = extract_letters_end(text, c + 1, comma);
      if (extract_word_in(text + c + 1, e - c - 1, determiners))
        apposition = c - 1;
      break;
    }
  size_t found = NO_ACTOR, before = NO_ACTOR, last = NO_ACTOR;
  for (size_t m = first; m < count && mentions[m].start < comma; m++) {
    last = mentions[m].actor;
    if (mentions[m].end == comma)
      found = mentions[m].actor;
    if (apposition && mentions[m].end == apposition)
      before = mentions[m].actor;
  }
  size_t doer = found != NO_ACTOR ? found : before;
  /* "fired John Smith, which angered the unions": "which" is never a
   * person's; it takes the clause before */
  if (doer != NO_ACTOR && equals_ci(text + comma + 2, 5, "which") &&
      strcmp(x->actors[doer].kind, "person") == 0)
    return NO_ACTOR;
  /* "met Smith in Paris, who resigned": "who" is a person's, the one
   * named last when the name before the comma is no participant's */
  size_t word = extract_word_start_before(text, sentence_start, comma);
  if (doer == NO_ACTOR && equals_ci(text + comma + 2, 3, "who") &&
      word < comma && ascii_upper((unsigned char)text[word]))
    doer = last;
  return doer;
}

/* Gives each event the actors named in its part (mentions, in text order),
 * each once, at most MAX_EVENT_ACTORS: the array is sized to that cap, not
 * to the text's mentions (which made memory quadratic in the number of
 * dated sentences). */
void extract_attach_actors(evg_extraction *x, const char *text,
                           const mention *mentions, size_t mention_count,
                           bool record_paths) {
  size_t first_mention = 0;
  for (size_t ei = 0; ei < x->event_count; ei++) {
    evg_extracted_event *e = &x->events[ei];
    actor_scope *scope = &x->actor_scopes[ei];
    /* the events are in text order: their sentences' starts never go back */
    while (first_mention < mention_count &&
           mentions[first_mention].end <= scope->sentence_start)
      first_mention++;
    /* gathered here, kept at their count: room for MAX_EVENT_ACTORS in
     * the arena for each event was 80 bytes where most have one actor or
     * none (a tenth of the memory on a text of many short dated lines) */
    size_t actors[MAX_EVENT_ACTORS];
    unsigned char paths[MAX_EVENT_ACTORS];
    size_t count = 0;
    size_t part_from = e->start;
    if (scope->opener_start <= part_from && scope->opener_end > part_from)
      part_from = scope->opener_end;
    size_t part_to = scope->own_end > e->end ? scope->own_end : e->end;
    /* the words of the part, read once for the looks at its names' clauses
     * (read again for each name, they were 8.5 M instructions of 21 M on
     * the bench's 790 kB of prose) */
    extract_part_words words;
    extract_part_words_start(&words, text, e->start, e->end);
    size_t date_clause =
        extract_date_clause_subject(text, e->start, e->end, scope->date_start);
    for (size_t m = first_mention;
         m < mention_count && mentions[m].start < scope->own_end; m++) {
      /* a name of an actor the event has already (or an event full) adds
       * nothing: the looks at its clause below read the part's words
       * again, and read nothing but the text */
      bool seen = count == MAX_EVENT_ACTORS;
      for (size_t k = 0; k < count && !seen; k++)
        seen = actors[k] == mentions[m].actor;
      if (seen || mentions[m].end <= e->start ||
          (date_clause != (size_t)-1 && mentions[m].end <= date_clause) ||
          mentions[m].participle_from > e->start ||
          (mentions[m].start >= scope->opener_start &&
           mentions[m].start < scope->opener_end) ||
          in_inserted_clause(text, e->start, mentions[m].start, e->end) ||
          extract_in_other_clause(text, e->start, mentions[m].start, e->end,
                                  scope->date_start, &words) ||
          extract_contact_relative(text, e->start, mentions[m].start, e->end,
                                   scope->date_start, &words) ||
          extract_trailing_relative(text, e->start, mentions[m].start, e->end,
                                    scope->date_start) ||
          extract_content_sayer(text, mentions[m].end, e->end,
                                scope->date_start))
        continue;
      /* a name's way (some 760 instructions) is only the driver's; a
       * doer's or a pronoun's, below, is set whatever: subject_of reads
       * "the vessel"'s */
      if (!admitted_in(x, text, part_from, &mentions[m], part_to))
        continue;
      paths[count] =
          record_paths ? extract_actor_path(text, part_from, mentions[m].start,
                                            mentions[m].end, part_to)
                       : ACTOR_PATH_NONE;
      actors[count++] = mentions[m].actor;
    }
    /* "..., and he chose his secretary", "..., but died in 1809": a clause
     * whose subject is a pronoun or left out has the doer of the clause
     * before it in the sentence; "he" or "she" the person named last */
    if (scope->elided && count < MAX_EVENT_ACTORS) {
      unsigned char path = ACTOR_PATH_HE_SHE;
      size_t doer =
          scope->personal
              ? person_before(x, text, mentions, first_mention, mention_count,
                              scope->sentence_start, e->start)
              : NO_ACTOR;
      /* ", which declined to print it": the name before the comma acts,
       * or no one named (", which fired into the crowd") */
      if (scope->antecedent) {
        path = ACTOR_PATH_ANTECEDENT;
        doer = antecedent_of(x, text, mentions, first_mention, mention_count,
                             scope->sentence_start, scope->antecedent);
      } else if (doer == NO_ACTOR) {
        path = ACTOR_PATH_INHERITED;
        doer = doer_before(x, text, ei, mentions, first_mention, mention_count,
                           scope->sentence_start, &path);
        if (scope->personal && (doer == NO_ACTOR ||
                                (strcmp(x->actors[doer].kind, "person") != 0 &&
                                 strcmp(x->actors[doer].kind, "other") != 0))) {
          path = ACTOR_PATH_HE_SHE;
          doer =
              other_name_before(x, text, mentions, first_mention, mention_count,
                                scope->sentence_start, e->start);
        }
        /* "Firemen from X arrived, and they put out the fires": "they" is
         * the firemen, whom no name stands for; nor is one person a
         * "they" (they_may_be).  Read only when a doer was found. */
        if (scope->plural && doer != NO_ACTOR &&
            (plural_noun_before(x, text, ei, mentions, first_mention,
                                mention_count, scope->sentence_start) ||
             !they_may_be(x, text, doer, mentions, first_mention, mention_count,
                          e->start)))
          doer = NO_ACTOR;
      }
      /* "lost control of his car, and it rolled": "it" is the thing, not
       * the person who did the clause before */
      if (scope->neuter && doer != NO_ACTOR &&
          strcmp(x->actors[doer].kind, "person") == 0)
        doer = NO_ACTOR;
      /* "halved the fee, and the start was moved to July": the date's
       * clause has a subject of its own */
      if (date_clause != (size_t)-1)
        doer = NO_ACTOR;
      put_first(actors, paths, &count, doer, path);
      scope->inherited = doer != NO_ACTOR && actors[0] == doer;
      if (scope->plural && doer != NO_ACTOR) {
        size_t listed[MAX_EVENT_ACTORS];
        size_t n = listed_after(mentions, first_mention, mention_count, text,
                                scope->sentence_start, doer, e->start, listed);
        /* right after the doer, in the list's order */
        size_t at = 0;
        while (at < count && actors[at] != doer)
          at++;
        for (size_t l = 0; l < n && at < count && count < MAX_EVENT_ACTORS;
             l++) {
          bool seen = false;
          for (size_t k = 0; k < count && !seen; k++)
            seen = actors[k] == listed[l];
          if (seen)
            continue;
          at++;
          memmove(actors + at + 1, actors + at, (count - at) * sizeof *actors);
          memmove(paths + at + 1, paths + at, count - at);
          actors[at] = listed[l];
          paths[at] = path;
          count++;
        }
      }
    }
    /* "..., and the vessel ran aground": the craft named before */
    if (scope->vessel && !scope->elided && count < MAX_EVENT_ACTORS) {
      size_t craft = vessel_before(x, mentions, first_mention, mention_count,
                                   scope->sentence_start, scope->vessel);
      put_first(actors, paths, &count, craft, ACTOR_PATH_VESSEL);
    }
    /* "..., and the company dismissed him": the person named before;
     * "arrested X and Y, and beat them": both */
    size_t done_to[MAX_EVENT_ACTORS], done_count = 0;
    if (scope->done_to == DONE_TO_ONE)
      done_to[done_count++] =
          person_before(x, text, mentions, first_mention, mention_count,
                        scope->sentence_start, e->start);
    else if (scope->done_to == DONE_TO_JOINED)
      done_count = people_joined_before(x, text, mentions, first_mention,
                                        mention_count, e->start, done_to);
    for (size_t d = 0; d < done_count && count < MAX_EVENT_ACTORS; d++) {
      bool seen = done_to[d] == NO_ACTOR;
      for (size_t k = 0; k < count && !seen; k++)
        seen = actors[k] == done_to[d];
      if (!seen) {
        paths[count] = scope->done_to == DONE_TO_ONE ? ACTOR_PATH_HIM_HER
                                                     : ACTOR_PATH_THEM;
        actors[count++] = done_to[d];
      }
    }
    e->actor_count = count;
    if (count) {
      size_t *kept = evg_arena_alloc_words(
          &x->arena, count * (sizeof *actors + sizeof *paths));
      memcpy(kept, actors, count * sizeof *actors);
      e->actors = kept;
      scope->paths = memcpy(kept + count, paths, count);
    }
  }
}
