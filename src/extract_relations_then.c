/* extract_relations_then.c: "then" before a past verb ("Magellan then
 * agreed to attack Lapulapu", "A gust then overturned the machine") is a
 * word of order that needs no date: it tells that the happening came
 * after the one told just before, dated or not, as a count ("two days
 * later") tells only when it counts from a written date.  The relations
 * stage (extract_relations.c) makes the edge. */
#include "extract_internal.h"

#include <string.h>

/* Whether text[from, to) tells a second happening after its first: "and"
 * before a past verb ("made an alliance with Humabon ... and had
 * hundreds of his people baptised"), where "then" counts from the last
 * told, which the one event does not stand for alone. */
static bool tells_two(const char *text, size_t from, size_t to) {
  static const char *const joiners[] = {"and", NULL};
  size_t len;
  for (size_t at = from;; at += len) {
    at = extract_find_cue(text, at, to, joiners, &len);
    if (at >= to)
      return false;
    size_t w = at + len;
    if (w < to && text[w] == ' ') {
      size_t e = extract_letters_end(text, w + 1, to);
      /* "had" too: "and had his people baptised" tells a deed */
      if (e > w + 1 && (extract_past_happening_at(text, w + 1, e, to) ||
                        equals_ci(text + w + 1, e - w - 1, "had")))
        return true;
    }
  }
}

/* Whether text[at, at + len) is "then" with a finite past verb telling a
 * happening right after it, before `end` (not "then 23", "the then
 * governor", "was then in Paris"), and the earlier event text[from, to)
 * tells no second happening joined by "and". */
bool extract_then_before_past_verb(const char *text, size_t at, size_t len,
                                   size_t end, size_t from, size_t to) {
  if (!equals_ci(text + at, len, "then"))
    return false;
  if (tells_two(text, from, to))
    return false;
  /* "Stalin had then disobeyed his orders": told back, not a step on */
  char before[8];
  size_t b;
  extract_lower_word_before(text, from, at, before, sizeof before, &b);
  if (strcmp(before, "had") == 0)
    return false;
  size_t w = at + len;
  if (w >= end || text[w] != ' ')
    return false;
  w++;
  size_t e = extract_letters_end(text, w, end);
  return e > w && extract_past_happening_at(text, w, e, end);
}
