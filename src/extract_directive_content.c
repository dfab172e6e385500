/* extract_directive_content.c: whether the clause a cause clause follows
 * is embedded only as what an act in words decided ("The Gaelic Athletic
 * Association ordered on Monday that the semi-final be replayed, | after
 * an inquiry found that ...", "The council recommended on Wednesday that
 * the wage rise by 7 percent, ..., | after employers' representatives
 * dropped their objections").  An order, a ruling or a recommendation is
 * a happening of its own, dated, and the "after" clause tells its cause:
 * the gold makes it a core event of its own beside the order.  After a
 * verb of saying ("said ... that it would hand back half of every fare,
 * after an outbreak ...") the clause may be what was said, and stays
 * (clauses17).  Read by the clause splitter (extract_happenings.c's
 * undated_boundary); at most 400 bytes before the cause clause. */
#include "extract_internal.h"

/* Verbs of an act done in words whose "that" clause says what it decided */
static bool directive_verb(const char *w, size_t len) {
  static const char *const words[] = {
      "ordered",  "recommended", "ruled",    "decided",    "agreed",
      "voted",    "demanded",    "directed", "instructed", "required",
      "proposed", "urged",       "resolved", "insisted",   NULL};
  return extract_word_in(w, len, words);
}

bool extract_directive_content(const char *s, size_t from, size_t at) {
  static const char *const embedding[] = {"who",  "which", "that", "whom",
                                          "said", "says",  "told", NULL};
  if (at > from + 400)
    from = at - 400;
  /* the last three words before "that" (a date between: "ordered on
   * Monday that") */
  size_t words[3] = {0, 0, 0}, ends[3] = {0, 0, 0};
  int n = 0;
  bool directive = false;
  for (size_t w = from; w < at;) {
    if (!ascii_alpha((unsigned char)s[w]) ||
        (w > from && ascii_alpha((unsigned char)s[w - 1]))) {
      w++;
      continue;
    }
    size_t we = extract_letters_end(s, w, at);
    if (extract_word_in(s + w, we - w, embedding)) {
      /* a second embedding word: a clause inside the decision, or a
       * relative or a saying first */
      if (directive || !equals_ci(s + w, we - w, "that"))
        return false;
      for (int k = 0; k < n && !directive; k++)
        directive = ascii_is_lower((unsigned char)s[words[k]]) &&
                    directive_verb(s + words[k], ends[k] - words[k]);
      if (!directive)
        return false;
    } else if (!directive) {
      if (n == 3) {
        words[0] = words[1], ends[0] = ends[1];
        words[1] = words[2], ends[1] = ends[2];
        n = 2;
      }
      words[n] = w, ends[n] = we, n++;
    }
    w = we;
  }
  return directive;
}
