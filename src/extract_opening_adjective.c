/* extract_opening_adjective.c: a participle or an adjective that opens
 * a sentence or a headline is capitalised by its place, and a proper
 * adjective or a name after it joins it in one run of capitals ("Stolen
 * Mixtec codex goes on display", "Painted Aztec shields went on sale",
 * "Former Sintra mayor jailed"): the run's first word is no word of a
 * name.  Only a run that a lower-case noun follows is read so, since a
 * name may end in "-ed" ("Ahmed Salah signed"); the look is the run's
 * first word and the word after it. */
#include "extract_internal.h"

#include <string.h>

/* Past participles in "-en" and adjectives that open a noun phrase
 * before a proper adjective and are never a name's first word. */
static bool opening_adjective(const char *w, size_t len) {
  static const char *const words[] = {
      "stolen",  "broken",   "frozen",  "hidden", "fallen",  "forgotten",
      "sunken",  "shrunken", "lost",    "former", "rebuilt", "rare",
      "ancient", "unpaid",   "missing", NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Whether the capitalised word s[b, b + len) reads as a participle in
 * "-ed" ("Painted", "Looted"): not "-eed" ("Saeed"), "-hmed" or "-mmed"
 * (the given names "Ahmed", "Mehmed", "Mohammed") nor a short word
 * ("Fred", "Reed"). */
static bool participle_in_ed(const char *s, size_t b, size_t len) {
  if (len < 6 || s[b + len - 2] != 'e' || s[b + len - 1] != 'd' ||
      s[b + len - 3] == 'e')
    return false;
  return !(s[b + len - 3] == 'm' &&
           (s[b + len - 4] == 'h' || s[b + len - 4] == 'm'));
}

size_t extract_opening_adjective_end(evg_extraction *x, const char *s,
                                     size_t name_start, size_t name_end,
                                     size_t end) {
  size_t first_end = extract_word_end(s, name_start, name_end);
  size_t len = first_end - name_start, index;
  if (first_end >= name_end || s[first_end] != ' ' ||
      !(opening_adjective(s + name_start, len) ||
        participle_in_ed(s, name_start, len)) ||
      extract_is_given_name(x, s + name_start, len) ||
      extract_gazetteer_lists(x, s + name_start, name_end - name_start,
                              GAZ_NAME, &index))
    return name_start;
  /* a lower-case noun right after the run: the words before it describe
   * it ("codex", "shields", "mayor"); a verb there makes the run a
   * subject's name */
  size_t nb, nl = extract_word_just_after(s, name_end, end, &nb);
  if (!nl || nb != name_end + 1 || !ascii_is_lower((unsigned char)s[nb]) ||
      extract_verb_form(s + nb, nl) || extract_function_word_after(s + nb, nl))
    return name_start;
  return first_end + 1;
}
