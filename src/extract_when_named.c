/* extract_when_named.c: whether a bare "when" after a main clause that
 * names its doer opens a happening of its own though both clauses are
 * active ("The farmer, Jozef Kania, died when the barn he was sheltering
 * in collapsed", "Most of Cape Verde lost its connection on Monday when
 * the undersea cable that links the islands was cut").  The gold makes
 * such a clause, with a subject of its own that a determiner opens, a
 * core event beside the main one (the clause stage kept them whole, and
 * the main clause's name went to both).  A when-clause after a part that
 * names no one ("The walkout started on March 11 when the union pulled
 * its members out") still says what that happening was, and one whose
 * verb reaches a number ("blew the whistle when the clock reached 75
 * minutes") tells a time, not a happening.  Read by the clause splitter
 * (extract_happenings.c's clause_joint_at); at most 30 words are read. */
#include "extract_internal.h"

/* Whether the word that ends at s[e) (inside s[from, ...)) is a relative
 * pronoun, a subject pronoun or "had": a verb right after it belongs to a
 * clause inside the subject ("the barn he had built collapsed") */
static bool inner_clause_before(const char *s, size_t from, size_t e) {
  static const char *const words[] = {"that", "which", "who", "he",  "she",
                                      "they", "it",    "we",  "had", NULL};
  while (e > from && s[e - 1] == ' ')
    e--;
  size_t b = extract_word_start_before(s, from, e);
  return b < e && extract_word_in(s + b, e - b, words);
}

/* Whether a number follows the verb that ends at s[e) ("reached 75
 * minutes", "hit forty degrees"): a threshold read as a time. */
static bool number_follows(const char *s, size_t e, size_t to) {
  static const char *const numbers[] = {
      "one",   "two",    "three",  "four",     "five",   "six",
      "seven", "eight",  "nine",   "ten",      "eleven", "twelve",
      "fifty", "twenty", "thirty", "forty",    "sixty",  "hundred",
      "zero",  "half",   "about",  "midnight", "noon",   NULL};
  if (e >= to || s[e] != ' ')
    return false;
  size_t n = e + 1, ne = extract_letters_end(s, n, to);
  if (ne == n)
    return n < to && isdigit((unsigned char)s[n]);
  return extract_word_in(s + n, ne - n, numbers);
}

/* Whether the part s[from, at) tells a background rather than a
 * happening: a modal ("the record would be confirmed when the results came
 * back": a condition), a negation or a past perfect ("he did not take a
 * conciliatory attitude when the Romans berated him", "had taken their
 * seats when the captain told the referees": the when-clause is the
 * happening told), an infinitive or an adverb in -ly right before "when", a
 * form of "be" before a word in -ing ("was heading downhill when its rear car
 * jumped the track": the when-clause is the happening, the part its scene) or
 * before no participle ("was there when an earthquake destroyed the city": a
 * state).  Reads its last 200 bytes. */
static bool background_part(const char *s, size_t from, size_t at) {
  static const char *const modals[] = {
      "would", "will", "could", "can", "should", "might", "must", "may", NULL};
  static const char *const negations[] = {"not", "never", "no", NULL};
  /* "had pledged to defect when the Persians reached": an infinitive
   * right before "when" tells what was meant to happen then */
  size_t e = at;
  while (e > from && s[e - 1] == ' ')
    e--;
  size_t b = extract_word_start_before(s, from, e);
  size_t pe = b;
  while (pe > from && s[pe - 1] == ' ')
    pe--;
  size_t pb = extract_word_start_before(s, from, pe);
  if (pb < pe && equals_ci(s + pb, pe - pb, "to"))
    return true;
  /* "became untenable, particularly when the monsoon made dropping
   * supplies difficult": an adverb of degree makes it a circumstance */
  if (e - b > 4 && s[e - 2] == 'l' && s[e - 1] == 'y')
    return true;
  if (at > from + 200)
    from = at - 200;
  for (size_t w = from; w < at;) {
    if (!ascii_alpha((unsigned char)s[w]) ||
        (w > from && ascii_alpha((unsigned char)s[w - 1]))) {
      w++;
      continue;
    }
    size_t we = extract_letters_end(s, w, at);
    if (ascii_is_lower((unsigned char)s[w]) &&
        (extract_word_in(s + w, we - w, modals) ||
         extract_word_in(s + w, we - w, negations) ||
         extract_past_perfect_at(s, w, we, at)))
      return true;
    if (extract_past_be(s + w, we - w) || equals_ci(s + w, we - w, "been")) {
      size_t n = we;
      while (n < at && s[n] == ' ')
        n++;
      size_t ne = extract_letters_end(s, n, at);
      if (ne > n + 3 && (equals_ci(s + ne - 3, 3, "ing") ||
                         !extract_participle(s + n, ne - n)))
        return true;
      if (ne == n)
        return true;
    }
    w = we;
  }
  return false;
}

bool extract_when_named_own(const char *s, size_t from, size_t at, size_t next,
                            size_t to, bool part_names_someone) {
  static const char *const states[] = {"remained", "stayed", "lasted",
                                       "existed",  "seemed", NULL};
  static const char *const negatives[] = {"failed", "refused", "declined",
                                          "missed", NULL};
  if (!part_names_someone || background_part(s, from, at))
    return false;
  size_t w = next;
  while (w < to && s[w] == ' ')
    w++;
  size_t we = extract_letters_end(s, w, to);
  if (we == w || !extract_noun_phrase_opener(s + w, we - w))
    return false;
  size_t first = w;
  for (int words = 0; words < 30 && w < to; words++) {
    while (w < to && !ascii_alpha((unsigned char)s[w])) {
      if (s[w] == ',' || s[w] == ';' || s[w] == '"' ||
          (s[w] == ':' && !extract_clock_colon(s, w, to)))
        return false;
      w++;
    }
    we = extract_letters_end(s, w, to);
    if (we == w)
      return false;
    if (w > first && ascii_is_lower((unsigned char)s[w]) &&
        extract_past_happening_at(s, w, we, to) &&
        !inner_clause_before(s, first, w)) {
      if (extract_word_in(s + w, we - w, states) ||
          extract_word_in(s + w, we - w, negatives))
        return false;
      if (extract_past_be(s + w, we - w))
        return true; /* a passive: "was cut" */
      return !number_follows(s, we, to);
    }
    w = we;
  }
  return false;
}
