/* extract_when_frame.c: whether a clause that names no one, dated right
 * before ", when" ("The case began in March 2030, when a former manager
 * handed over his notes"), is a happening of its own or only the frame of
 * the when-clause's.  The gold keeps a beginning, an end or a discovery
 * told by an intransitive verb ("began", "stopped again", "came to
 * light", "lost power") as its own core event beside the act that made
 * it.  A verb
 * that only says that something took place ("One notable success took
 * place on February 5, 1782, when ... captured Minorca"), a copula ("The
 * worst day was May 3, when ..."), a passive ("The mistake was spotted on
 * Monday, when a retailer complained") or a verb with an object ("The
 * airport stopped all take-offs at 6:45 p.m., when the crew saw a
 * drone") tells the when-clause's happening again, as the merge gold
 * reads it (pairs 36, 39, 43); so does a relative clause of the noun
 * before it ("the Battle of Algiers, which began on September 30, 1956,
 * when ...").  Read by the clause splitter
 * (extract_happenings.c's undated_boundary); the part is read
 * once, up to its date. */
#include "extract_internal.h"

/* Whether s[w, we) is a verb that says only that a happening took place,
 * right before the date's words at `at` ("took place on", "happened on",
 * "came in 1986"; not "came to light on") */
static bool occurrence_verb_at(const char *s, size_t w, size_t we, size_t at) {
  static const char *const words[] = {"happened", "occurred", "came",
                                      "followed", NULL};
  EXTRACT_WORD_SET(set, words, false);
  size_t n = we;
  if (equals_ci(s + w, we - w, "took") &&
      extract_word_at(s, we + 1, at, "place"))
    n = we + 6;
  else if (!extract_word_set_has(&set, s + w, we - w))
    return false;
  while (n < at && s[n] == ' ')
    n++;
  return n == at || extract_time_lead_in(s, n, at);
}

/* Words that may stand between an intransitive verb and its date: a
 * particle or an adverb ("stopped again", "broke out", "came to light") */
static bool verb_modifier(const char *w, size_t len) {
  static const char *const words[] = {"again", "out",  "up",    "down", "off",
                                      "over",  "back", "away",  "to",   "light",
                                      "first", "only", "early", NULL};
  EXTRACT_WORD_SET(set, words, false);
  return extract_word_set_has(&set, w, len) ||
         (len > 4 && w[len - 2] == 'l' && w[len - 1] == 'y');
}

bool extract_when_frame_own(const char *s, size_t from, size_t at) {
  static const char *const relatives[] = {"which", "who", "that", NULL};
  size_t p = from;
  while (p > 0 && s[p - 1] == ' ')
    p--;
  size_t b = extract_word_start_before(s, 0, p);
  if (b < p && extract_word_in(s + b, p - b, relatives))
    return false;
  size_t verb_end = 0;
  for (size_t w = from; w < at && !verb_end;) {
    if (!ascii_alpha((unsigned char)s[w])) {
      w++;
      continue;
    }
    size_t we = extract_letters_end(s, w, at);
    if (ascii_is_lower((unsigned char)s[w])) {
      /* "was spotted on Monday", "was May 3": a passive or a copula */
      if (extract_past_be(s + w, we - w) || occurrence_verb_at(s, w, we, at))
        return false;
      if (extract_past_happening_at(s, w, we, at))
        verb_end = we;
    }
    w = we;
  }
  if (!verb_end)
    return false;
  /* no object between the verb and its date: "The case began in March
   * 2030", "Work stopped again in February 1924", or one bare noun that
   * makes one verb with it ("lost power", "caught fire"); not "The
   * airport stopped all take-offs at 6:45 p.m.", an act whose doer the
   * when-clause names too */
  size_t n = verb_end;
  bool bare_noun = false;
  for (;;) {
    while (n < at && s[n] == ' ')
      n++;
    if (n == at || extract_time_lead_in(s, n, at))
      return true;
    size_t ne = extract_letters_end(s, n, at);
    if (ne == n || !ascii_is_lower((unsigned char)s[n]))
      return false;
    if (!verb_modifier(s + n, ne - n)) {
      if (bare_noun || n != verb_end + 1 ||
          extract_noun_phrase_opener(s + n, ne - n))
        return false;
      bare_noun = true;
    }
    n = ne;
  }
}

bool extract_when_frame_kept(const char *s, size_t from, size_t at) {
  for (size_t i = from + 1; i < at; i++)
    if (ascii_upper((unsigned char)s[i]) && s[i - 1] == ' ')
      return false;
  return extract_when_frame_own(s, from, at);
}
