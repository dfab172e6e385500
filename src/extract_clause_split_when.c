/* extract_clause_split_when.c: whether a bare "when" or "after" after the
 * main clause ("was gravely injured when part of the hotel crashed
 * through the station", "halted all refuelling after water was found in
 * its tanks") opens a happening of its own.  A bare "when" otherwise says
 * what the main clause's happening was ("started on March 11 when the
 * union pulled its members out"), but a passive tells two acts with two
 * doers: one suffered, the other done (the gold's rule, one event per
 * happening).  Read by the clause splitter (extract_happenings.c); each
 * call reads at most 200 bytes each side. */
#include "extract_internal.h"

/* Whether s[from, to) holds "was" or "were", an adverb in -ly or none,
 * then a past participle ("was gravely injured", "were cut"); when
 * `clause_only`, as the clause's first verb, before any comma or
 * semicolon (the clause's own verb, not an aside's). */
static bool passive_within(const char *s, size_t from, size_t to,
                           bool clause_only) {
  for (size_t w = from; w < to;) {
    if (clause_only && (s[w] == ',' || s[w] == ';'))
      return false;
    if (!ascii_alpha((unsigned char)s[w])) {
      w++;
      continue;
    }
    size_t we = extract_letters_end(s, w, to);
    /* "after some bottles labelled as 10-milligram tablets were found":
     * a participle inside the subject, which the splitter would take for
     * the clause's verb */
    if (clause_only && ascii_is_lower((unsigned char)s[w]) &&
        !extract_past_be(s + w, we - w) && extract_verb_form(s + w, we - w))
      return false;
    /* "after his first term and was succeeded by X": a "was" right after
     * "and" goes on the main clause's subject, no clause's own verb */
    if (extract_past_be(s + w, we - w) &&
        !(clause_only && w >= from + 4 && equals_ci(s + w - 4, 4, "and "))) {
      size_t n = we;
      for (int words = 0; words < 2; words++) {
        while (n < to && s[n] == ' ')
          n++;
        size_t ne = extract_letters_end(s, n, to);
        if (ne == n || !ascii_is_lower((unsigned char)s[n]))
          break;
        if (extract_participle(s + n, ne - n))
          return true;
        if (!(ne - n > 4 && s[ne - 2] == 'l' && s[ne - 1] == 'y'))
          break;
        n = ne;
      }
    }
    w = we;
  }
  return false;
}

bool extract_when_clause_apart(const char *s, size_t from, size_t at,
                               size_t next, size_t to, bool main_passive) {
  /* "cracked when it was thrown against its supports", "was killed when
   * he fell": a pronoun is the main clause's own participant, one
   * happening told twice */
  static const char *const pronouns[] = {"it", "he",  "she", "they",
                                         "we", "you", "i",   NULL};
  size_t w = next;
  while (w < to && s[w] == ' ')
    w++;
  size_t we = extract_letters_end(s, w, to);
  if (extract_word_in(s + w, we - w, pronouns))
    return false;
  if (at > from + 200)
    from = at - 200;
  if (to > next + 200)
    to = next + 200;
  /* "when a crowded tram left the rails on Ilica, Zagreb's main shopping
   * street, and struck a lamp post": a when-clause that goes on with the
   * acts of its own subject is a story of its own, which a report tells
   * again in its own sentences; the lede stays whole */
  for (size_t c = next; c + 6 < to; c++) {
    if (s[c] != ',' || !extract_word_at(s, c + 2, to, "and"))
      continue;
    size_t v = c + 6, ve = extract_letters_end(s, v, to);
    if (ve > v && extract_past_happening_at(s, v, ve, to))
      return false;
  }
  return (main_passive && passive_within(s, from, at, false)) ||
         passive_within(s, next, to, true);
}
