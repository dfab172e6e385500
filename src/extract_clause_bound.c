/* extract_clause_bound.c: whether a name inside an event's part stands in
 * a clause of its own, not the event's (extract_attach.c leaves such names
 * out): an actor of an event is a participant of the event's own clause.
 * Three shapes of English put another clause inside a part the events
 * stage did not split, because that clause tells no happening of its own:
 *   a relative clause whose subject is a name ("tombs from Thebes that
 *     the painter Nils Ek had sent him", "the society that Anna Berg had
 *     founded"), unless it holds the part's date (then it is the event:
 *     "the ferry that Brekke Lines bought on May 5");
 *   a clause joined by "and" or "but" after the event's verb with a
 *     subject of its own (", and the fans of Dunmore Athletic were
 *     furious");
 *   a phrase of a past participle with its own subject and agent after the
 *     event's verb (", most of it owed by Tarnby Council").
 * Each look reads a bounded window of words around the name. */
#include "extract_internal.h"

/* How far before a name the look for the clause that holds it goes. */
#define WINDOW_BACK 400
/* And how far after it, for the verb after a relative clause's subject. */
#define WINDOW_AHEAD 120
#define MAX_WORDS 160

/* Its words: letters, hyphens, apostrophes and non-ASCII bytes (a number
 * is no word nor a stop: "on August 25 and the Allies"), each with whether
 * a comma (or other stop) stands between it and the word before. */
typedef extract_window_word bound_word;
_Static_assert(WINDOW_BACK <= EXTRACT_PART_WORDS_BACK &&
                   WINDOW_AHEAD <= EXTRACT_PART_WORDS_AHEAD,
               "the part's table holds the window");

static bool capital(const char *s, const bound_word *w) {
  unsigned char c = (unsigned char)s[w->start];
  return ascii_upper(c) || c >= 0x80;
}

static bool lower_verb(const char *s, const bound_word *w) {
  return ascii_is_lower((unsigned char)s[w->start]) &&
         extract_verb_form(s + w->start, w->end - w->start);
}

static bool word_is(const char *s, const bound_word *w,
                    const char *const *words) {
  return extract_word_in(s + w->start, w->end - w->start, words);
}

/* Words a relative "that" cannot follow as its noun: it is then a
 * conjunction ("so that", "now that") or a content clause's. */
static const char *const not_nouns[] = {
    "so",   "such",   "now",   "given", "except", "provided", "and",
    "but",  "or",     "than",  "in",    "on",     "at",       "of",
    "to",   "for",    "by",    "with",  "is",     "was",      "are",
    "were", "be",     "been",  "not",   "also",   "say",      "says",
    "said", "saying", "under", "after", "before", "during",   "from",
    "into", "about",  "like",  "later", "then",   NULL};

/* Verbs that take someone and a "that" clause ("told the court that X
 * had"): the clause is what is told, not a relative one. */
static const char *const telling[] = {
    "told",      "tell",      "tells",     "telling",  "informed",  "inform",
    "informs",   "warned",    "warn",      "warns",    "assured",   "assure",
    "reminded",  "convinced", "persuaded", "notified", "advised",   "showed",
    "shown",     "taught",    "promised",  "promise",  "satisfied", "urged",
    "reassured", "signalled", "signaled",  NULL};

/* The small words that join a name's capitalised words: the English
 * "of" and the particles names share (extract_name_particle). */
static bool name_link(const char *s, const bound_word *w) {
  return word_is(s, w, (const char *const[]){"of", "et", "y", NULL}) ||
         extract_name_particle(s + w->start, w->end - w->start);
}

static const char *const articles[] = {"the", "a", "an", NULL};

/* Words that open a noun phrase that may be a clause's subject. */
static const char *const subject_openers[] = {
    "the",  "a",    "an",      "his",   "her",  "its",  "their",
    "our",  "this", "these",   "those", "some", "most", "many",
    "all",  "both", "each",    "no",    "one",  "two",  "three",
    "half", "much", "several", "few",   "none", NULL};

/* Words after which a verb form describes a noun ("a negotiated
 * settlement", "the learned society"); "both were" is a clause. */
static const char *const determiners[] = {"the",  "a",     "an",    "his",
                                          "her",  "its",   "their", "our",
                                          "this", "these", "those", NULL};

/* Where the name that opens at word j ends: past its capitalised words and
 * the small words that join them ("Grand Council of Norland"); the index
 * of the first word after it. */
static size_t past_name(const char *s, const bound_word *w, size_t n,
                        size_t j) {
  while (j < n && !w[j].comma &&
         (capital(s, &w[j]) || (name_link(s, &w[j]) && j + 1 < n &&
                                !w[j + 1].comma && capital(s, &w[j + 1]))))
    j++;
  return j;
}

/* The first word at or after i that a comma comes before, or n. */
static size_t clause_end(const bound_word *w, size_t n, size_t i) {
  while (i < n && !w[i].comma)
    i++;
  return i;
}

/* Whether word i ("that", "which", "whom") opens a relative clause whose
 * subject is a name: "rules that the Grand Council of Norland passed",
 * "drawings of tombs from Thebes that the painter Nils Ek had sent him".
 * The word before is its noun, never a verb, an
 * adverb, a day or a month ("found on Wednesday that X had", "moved so
 * slowly that"); a verb of telling just before that noun makes the clause
 * what is told ("told the court that Smith had lied").  The clause runs
 * from its subject, word *from, to the comma after its verb, word *to. */
static bool named_relative(const char *s, const bound_word *w, size_t n,
                           size_t i, size_t *from, size_t *to) {
  static const char *const relatives[] = {"that", "which", "whom", NULL};
  static const char *const so[] = {"so", "such", NULL};
  /* asked at every word before the name: a lower-case 't' or 'w' and four
   * or five letters before the list is read (a call per word) */
  size_t len_i = w[i].end - w[i].start;
  unsigned char first_i = (unsigned char)s[w[i].start];
  if (i == 0 || i + 1 >= n || (len_i != 4 && len_i != 5) ||
      (first_i != 't' && first_i != 'w') || !word_is(s, &w[i], relatives))
    return false;
  const bound_word *noun = &w[i - 1];
  unsigned char first = (unsigned char)s[noun->start];
  size_t len = noun->end - noun->start;
  /* a lower-case word in -ly or -ing, after "to" or right after a name
   * is a verb or an adverb ("to conclude that", "Karsh states that",
   * "seeing that") */
  if (!(ascii_alpha(first) || first >= 0x80) || word_is(s, noun, not_nouns) ||
      (capital(s, noun) && extract_calendar_word(s + noun->start, len)) ||
      (!capital(s, noun) &&
       (lower_verb(s, noun) ||
        (len > 3 && s[noun->end - 2] == 'l' && s[noun->end - 1] == 'y') ||
        (i >= 2 && !noun->comma &&
         (word_is(s, &w[i - 2], (const char *const[]){"to", NULL}) ||
          capital(s, &w[i - 2]))))))
    return false;
  if (len > 4 && equals_ci(s + noun->end - 3, 3, "ing")) /* "Seeing that" */
    return false;
  /* what a verb just before says, finds or tells ("admitted on Nightline
   * that", "told the court that"); "the learned society" is no verb */
  for (size_t k = i - 1, seen = 0; k-- > 0 && seen < 3 && !w[k + 1].comma;
       seen++)
    if (word_is(s, &w[k], telling) || word_is(s, &w[k], so) ||
        extract_reporting_verb(s + w[k].start, w[k].end - w[k].start) ||
        (seen < 2 && lower_verb(s, &w[k]) &&
         !(k > 0 && word_is(s, &w[k - 1], determiners))))
      return false;
  /* "it was during the battle that Badoglio unleashed": a cleft */
  for (size_t k = i, seen = 0; k-- > 1 && seen < 10 && !w[k + 1].comma; seen++)
    if (word_is(s, &w[k], (const char *const[]){"was", "is", NULL}) &&
        equals_ci(s + w[k - 1].start, w[k - 1].end - w[k - 1].start, "it"))
      return false;
  size_t j = i + 1;
  if (w[j].comma)
    return false;
  /* "the painter Nils Ek": a title or two after an article
   * before the name ("that treaty Romania was" is no relative) */
  if (word_is(s, &w[j], articles)) {
    j++;
    for (int t = 0; t < 3 && j < n && !w[j].comma && !capital(s, &w[j]) &&
                    !lower_verb(s, &w[j]);
         t++)
      j++;
  }
  if (j >= n || w[j].comma || !capital(s, &w[j]))
    return false;
  size_t k = past_name(s, w, n, j);
  if (k >= n || w[k].comma || !lower_verb(s, &w[k]))
    return false;
  *from = j;
  *to = clause_end(w, n, k);
  return true;
}

/* Whether word i opens a clause of its own after the event's verb: "and"
 * or "but" after a comma, then a noun phrase (an article, a possessive or a
 * quantifier first, at most six words) and a verb ("..., but most of the
 * fans were furious", "..., and its planks were used"); or, after a bare
 * comma, such a noun phrase and a past participle with its agent (", most
 * of it owed by Tarnby Council").  Everything after it in the part is that
 * clause's. */
static bool opens_own_clause(const char *s, const bound_word *w, size_t n,
                             size_t i) {
  static const char *const joins[] = {"and",     "but", "while",
                                      "whereas", "yet", NULL};
  if (!w[i].comma)
    return false;
  bool joined = word_is(s, &w[i], joins);
  size_t j = joined ? i + 1 : i;
  if (j >= n || (joined && w[j].comma) || !word_is(s, &w[j], subject_openers))
    return false;
  size_t k = j + 1;
  while (k < n && k < j + 6 && !w[k].comma && !lower_verb(s, &w[k]))
    k++;
  /* "a negotiated settlement": after an article, a verb form describes */
  if (k >= n || w[k].comma || !lower_verb(s, &w[k]) ||
      word_is(s, &w[k - 1], determiners))
    return false;
  if (joined)
    return true;
  static const char *const by[] = {"by", NULL};
  return k + 1 < n && !w[k + 1].comma && word_is(s, &w[k + 1], by) &&
         s[w[k].end - 1] == 'd';
}

/* Whether the part's date stands at or after word `from` and before word
 * `to` (n: the part's end): that clause is then the part's own. */
static bool dated(const bound_word *w, size_t n, size_t from, size_t to,
                  size_t date_start) {
  return date_start != (size_t)-1 && date_start >= w[from].start &&
         (to >= n || date_start < w[to].start);
}

bool extract_in_other_clause(const char *s, size_t from, size_t at, size_t to,
                             size_t date_start, extract_part_words *words) {
  size_t lo = at > from + WINDOW_BACK ? at - WINDOW_BACK : from;
  size_t hi = at + WINDOW_AHEAD < to ? at + WINDOW_AHEAD : to;
  /* start at a word's start: a window cut inside a word reads half a word */
  while (lo > from && lo < at && s[lo - 1] != ' ')
    lo++;
  /* a name with no word before it in the window (most often a part's
   * subject) stands in no clause the words before it open: the window is
   * not read */
  size_t first = lo;
  while (first < at && !ascii_word_letter((unsigned char)s[first]))
    first++;
  if (first >= at)
    return false;
  bound_word w[MAX_WORDS];
  size_t n = extract_part_words_window(words, at, lo, hi, false, w, MAX_WORDS);
  size_t target = n; /* the index of the name's first word */
  for (size_t i = 0; i < n && target == n; i++)
    if (w[i].start >= at)
      target = i;
  if (target == n)
    return false;
  bool verb = lo > from; /* a window cut short starts past the verb */
  for (size_t i = 0; i < target; i++) {
    size_t a, b;
    if (named_relative(s, w, n, i, &a, &b) && target >= a && target < b &&
        !dated(w, n, a, b, date_start))
      return true;
    /* such a clause runs to the part's end */
    if (verb && opens_own_clause(s, w, n, i) && !dated(w, n, i, n, date_start))
      return true;
    verb = verb || lower_verb(s, &w[i]);
  }
  return false;
}
