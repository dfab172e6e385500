/* extract_verb_forms.c: the verb-form and word-class tests the clause
 * splitter asks (extract_happenings.c, extract_clauses.c): whether a word
 * is a finite past that tells a happening, a participle, a subordinator,
 * a verb of saying or of state, and whether an object, an agent or a
 * finite verb follows.  Each reads a bounded window of words. */
#include "extract_internal.h"

#include <ctype.h>
#include <string.h>

/* Words after which a past form is no finite verb of the clause: a past
 * perfect or a modal ("had served", "would appeal"), an infinitive, a
 * noun's modifier ("the crowded promenade"). */
bool extract_nonfinite_before(const char *w, size_t len) {
  static const char *const words[] = {
      "had",  "has",   "have",  "would", "could", "should", "might",  "may",
      "must", "will",  "can",   "to",    "be",    "been",   "being",  "the",
      "a",    "an",    "its",   "his",   "her",   "their",  "our",    "this",
      "that", "these", "those", "not",   "never", "having", "hardly", NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Forms of "be" in the past: a happening only before a participle ("was
 * killed", "were left"), a state before anything else ("was a maze"). */
bool extract_past_be(const char *w, size_t len) {
  return (len == 3 && equals_ci(w, 3, "was")) ||
         (len == 4 && equals_ci(w, 4, "were"));
}

/* A past participle after "was"/"were": in -ed, -en, -wn ("thrown",
 * "drawn", "shown") or an irregular form */
bool extract_participle(const char *w, size_t len) {
  if (len >= 5 && (w[len - 2] == 'e' || w[len - 2] == 'w') &&
      w[len - 1] == 'n' && ascii_is_lower((unsigned char)w[0]))
    return true;
  return extract_verb_form(w, len) && !extract_past_be(w, len) &&
         !extract_nonfinite_before(w, len);
}

/* Irregular participles that are no past form and end in neither -en nor
 * -wn ("had begun", "had sunk", "had torn"): after "had" they can only be
 * participles.  Not read after "was": "was drunk", "was done" are more
 * often states. */
static bool irregular_participle(const char *w, size_t len) {
  static const char *const words[] = {
      "begun", "swum",  "drunk",  "sunk",  "shrunk", "sung",
      "rung",  "run",   "torn",   "worn",  "sworn",  "done",
      "gone",  "stunk", "sprung", "shorn", "borne",  NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Whether the word s[w, e) is "had" with a past participle after it,
 * "been" between or not ("had reported", "had been sold"). */
bool extract_past_perfect_at(const char *s, size_t w, size_t e, size_t to) {
  if (!equals_ci(s + w, e - w, "had"))
    return false;
  for (int words = 0; words < 2; words++) {
    size_t n = e;
    while (n < to && s[n] == ' ')
      n++;
    e = extract_letters_end(s, n, to);
    if (e == n || !ascii_is_lower((unsigned char)s[n]))
      return false;
    if (!equals_ci(s + n, e - n, "been"))
      return extract_participle(s + n, e - n) ||
             irregular_participle(s + n, e - n);
  }
  return false;
}

/* Whether the clause at s[q) says, within its first six words, that
 * something did not happen ("he made no commitment", "it did not say"):
 * no happening of its own, it stays with the clause before. */
bool extract_negated_at(const char *s, size_t q, size_t to) {
  static const char *const negations[] = {"no",      "not",   "never", "didn",
                                          "don",     "doesn", "wasn",  "weren",
                                          "nothing", NULL};
  EXTRACT_WORD_SET(set, negations, true);
  for (int n = 0; n < 6 && q < to; n++) {
    while (q < to && !ascii_alpha((unsigned char)s[q])) {
      if (s[q] == ',' || s[q] == ';')
        return false;
      q++;
    }
    size_t e = extract_letters_end(s, q, to);
    if (e > q && extract_word_set_has(&set, s + q, e - q))
      return true;
    q = e;
  }
  return false;
}

/* Verbs that report what someone said or thought: a clause of its own
 * made of one tells no happening. */
static bool saying_verb(const char *w, size_t len) {
  static const char *const words[] = {
      "said",      "says",    "believed", "thought", "expected",
      "hoped",     "feared",  "knew",     "seemed",  "appeared",
      "wanted",    "needed",  "remained", "meant",   "liked",
      "preferred", "hundred", "indeed",   NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Whether the lower-case word s[w, e) is a finite verb in the past that
 * tells a happening, by its form: in -ed or an irregular past, not an
 * auxiliary, a present, a past perfect or a verb of saying; "was" and
 * "were" count before a participle ("was proclaimed"), an adverb between. */
bool extract_past_happening_at(const char *s, size_t w, size_t e, size_t to) {
  if (!ascii_is_lower((unsigned char)s[w]) ||
      !extract_verb_form(s + w, e - w) || saying_verb(s + w, e - w))
    return false;
  /* a past perfect ("after crews had left") tells what came before, the
   * background of a happening rather than one of its own */
  if (e - w == 3 && equals_ci(s + w, 3, "had"))
    return false;
  if (extract_past_be(s + w, e - w)) {
    size_t n = e;
    for (int words = 0; words < 2 && n < to; words++) {
      while (n < to && s[n] == ' ')
        n++;
      size_t ne = extract_letters_end(s, n, to);
      if (ne == n)
        return false;
      if (extract_participle(s + n, ne - n))
        return !saying_verb(s + n, ne - n);
      n = ne;
    }
    return false;
  }
  /* an auxiliary or a present ("is", "says", "plans") tells no past */
  return !extract_nonfinite_before(s + w, e - w) && s[e - 1] != 's' &&
         !equals_ci(s + w, e - w, "did") && !equals_ci(s + w, e - w, "do") &&
         !equals_ci(s + w, e - w, "is") && !equals_ci(s + w, e - w, "are");
}

/* Subordinators whose clause, with a subject and a verb of its own after
 * the main clause's verb, tells a happening of its own ("..., where he met
 * X", "four days after the vessel ran aground", "until Congress fixed"). */
static const char *const clause_subordinators[] = {
    "where", "when", "after", "before", "until", "because", NULL};
static unsigned short clause_subordinator_slots[EXTRACT_WORD_SLOTS(
    sizeof clause_subordinators / sizeof *clause_subordinators)];
extract_word_set extract_clause_subordinator_set = {
    clause_subordinators,
    clause_subordinator_slots,
    EXTRACT_WORD_SLOTS(sizeof clause_subordinators /
                       sizeof *clause_subordinators) -
        1,
    true,
    false,
    {0}};

/* Adverbs that may stand between "and" and a verb ("and soon declared",
 * "and then sailed") or its subject ("and soon afterwards they
 * questioned"): any word in -ly, and a few others. */
bool extract_clause_adverb(const char *w, size_t len) {
  static const char *const words[] = {
      "soon",  "then", "later",      "also",      "again",
      "still", "once", "afterwards", "afterward", NULL};
  EXTRACT_WORD_SET(set, words, true);
  return (len > 4 && w[len - 2] == 'l' && w[len - 1] == 'y' &&
          ascii_is_lower((unsigned char)w[0])) ||
         extract_word_set_has(&set, w, len);
}

/* Verbs in the past that tell a state that went on, not a change */
bool extract_state_verb(const char *w, size_t len) {
  static const char *const words[] = {"stayed", "remained", "lasted", "existed",
                                      NULL};
  return extract_word_in(w, len, words);
}

/* Verbs that tell that something did not happen ("failed to agree",
 * "spared Brel", "swung at the spike and missed"): like a negation (see
 * extract_negated_at), told of the happening before, not one of its own. */
bool extract_non_occurrence(const char *w, size_t len) {
  static const char *const words[] = {
      "failed",  "refused", "declined",  "spared", "missed",
      "avoided", "omitted", "neglected", "forgot", NULL};
  return extract_word_in(w, len, words);
}

/* Verbs of saying, asking or promising ("and promised refunds", "and
 * told the players that ...", "and asked the state to inspect"): after a
 * bare "and" what was said goes with the act it was said at, a visit or a
 * meeting, one happening. */
bool extract_speech_act(const char *w, size_t len) {
  static const char *const words[] = {
      "told",    "asked",      "promised",   "pledged", "thanked", "urged",
      "offered", "apologised", "apologized", "assured", "warned",  "announced",
      "called",  "vowed",      "invited",    NULL};
  return extract_word_in(w, len, words) || extract_reporting_verb(w, len);
}

/* Whether the verb s[w, e) has an object of its own, a particle between
 * ("handed it to", "sent a coded message", "laid off 240"): the next word
 * opens no prepositional phrase and the verb is no passive's "was".  A
 * verb without one ("tumbled back and crashed into the sea", "and were
 * released on Tuesday", "and escaped with the gold") goes on with the act
 * before it. */
bool extract_object_follows(const char *s, size_t w, size_t e, size_t to) {
  static const char *const particles[] = {"off",  "up",   "out",  "down",
                                          "back", "away", "over", NULL};
  static const char *const prepositions[] = {
      "in",      "into",    "on",   "onto",    "at",     "to",      "from",
      "with",    "for",     "by",   "after",   "before", "through", "across",
      "toward",  "towards", "near", "under",   "around", "of",      "about",
      "during",  "until",   "as",   "against", "along",  "past",    "beyond",
      "without", "again",   NULL};
  if (extract_past_be(s + w, e - w))
    return false;
  for (int words = 0; words < 2; words++) {
    if (e >= to || s[e] != ' ')
      return false;
    size_t n = e + 1, ne = extract_letters_end(s, n, to);
    if (ne == n) /* a number or a currency ("$61 million") */
      return n < to && (isdigit((unsigned char)s[n]) || s[n] == '$' ||
                        (unsigned char)s[n] >= 0x80);
    if (words == 0 && extract_word_in(s + n, ne - n, particles)) {
      e = ne;
      continue;
    }
    return !extract_word_in(s + n, ne - n, prepositions);
  }
  return false;
}

/* Whether "by" follows the word that ends at s[e) ("was ordered by the
 * Legislature ... and led by Margaret Oyelaran"): a participle with its
 * agent goes on with the passive before, who holds a role in it. */
bool extract_agent_follows(const char *s, size_t e, size_t to) {
  return e + 3 < to && s[e] == ' ' && s[e + 1] == 'b' && s[e + 2] == 'y' &&
         s[e + 3] == ' ';
}

/* Whether a finite verb (a modal, or a past form that tells a happening)
 * follows s[e) in its clause: reads at most ten words, up to a comma, a
 * semicolon or a word that opens another clause. */
bool extract_finite_verb_follows(const char *s, size_t e, size_t to) {
  static const char *const stops[] = {
      "and",     "but",  "or",    "that",  "which", "who",    "whom",
      "whose",   "when", "where", "while", "after", "before", "until",
      "because", "as",   "if",    "so",    NULL};
  static const char *const modals[] = {
      "would", "could", "should", "might", "must", "will", "can", "may", NULL};
  EXTRACT_WORD_SET(stop_set, stops, true);
  size_t prev = 0, prev_len = 0;
  for (int words = 0; words < 10 && e < to; words++) {
    while (e < to && !ascii_alpha((unsigned char)s[e])) {
      if (s[e] == ',' || s[e] == ';' ||
          (s[e] == ':' && !extract_clock_colon(s, e, to)))
        return false;
      e++;
    }
    size_t w = e;
    e = extract_letters_end(s, w, to);
    if (e == w || extract_word_set_has(&stop_set, s + w, e - w))
      return false;
    if ((ascii_is_lower((unsigned char)s[w]) &&
         extract_word_in(s + w, e - w, modals)) ||
        (!(prev_len && extract_nonfinite_before(s + prev, prev_len)) &&
         extract_past_happening_at(s, w, e, to)))
      return true;
    prev = w, prev_len = e - w;
  }
  return false;
}
