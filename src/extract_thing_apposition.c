/* extract_thing_apposition.c: the attach stage's reading of a name set
 * off by a comma after a thing's common noun that a verb governs ("found
 * a moon, Charon,", "built a hut, Framheim, on the ice"): the name is
 * the thing's, which the happening acts on, no participant.
 * Only an unknown name (kind other): a person, a firm or a body after a
 * noun ("hired a lawyer, X", "a catering firm, X") is the noun's and may
 * take part; a noun that names who acts (an agent's or a kin's noun) or a
 * craft (a ship may act) keeps it. */
#include "extract_internal.h"

/* How many describing words may stand between the determiner and the
 * noun ("a small wooden hut"). */
#define MAX_MODIFIERS 2

bool extract_thing_apposition(const char *s, size_t from, size_t name_start,
                              size_t name_end, size_t to, const char *kind) {
  static const char *const determiners[] = {"a",   "an",    "the", "its", "his",
                                            "her", "their", "our", NULL};
  if (strcmp(kind, "other") != 0)
    return false;
  /* the apposition closes where the name does */
  if (name_end < to && s[name_end] != ',' && s[name_end] != '.' &&
      s[name_end] != ';')
    return false;
  size_t at = name_start;
  /* ", the Nordheim": the name's own "the" */
  if (at >= from + 4 && equals_ci(s + at - 4, 4, "the "))
    at -= 4;
  if (at < from + 3 || s[at - 1] != ' ' || s[at - 2] != ',')
    return false;
  size_t wb, wl = extract_word_before(s, from, at - 2, &wb);
  /* a whole word: "Kaiserschützen, X" is no "tzen, X" */
  if (!wl || wb + wl != at - 2 ||
      (wb > 0 && (unsigned char)s[wb - 1] >= 0x80) ||
      !ascii_is_lower((unsigned char)s[wb]) || extract_actor_noun(s + wb, wl) ||
      extract_kin_noun(s + wb, wl) || extract_vessel_noun(s + wb, wl) ||
      extract_verb_form(s + wb, wl))
    return false;
  /* back past describing words to the determiner, then the verb that
   * governs the phrase: after a preposition the comma may close it and
   * the name be another noun's ("a wrestler in the third division,
   * Kiyonohana,"; "In response to the crash, the FIA, ...") */
  for (int n = 0; n <= MAX_MODIFIERS; n++) {
    size_t pb, pl = extract_word_before(s, from, wb, &pb);
    if (!pl || !ascii_is_lower((unsigned char)s[pb]))
      return false;
    if (extract_word_in(s + pb, pl, determiners)) {
      size_t gb, gl = extract_word_before(s, from, pb, &gb);
      return gl && gb + gl + 1 == pb && ascii_is_lower((unsigned char)s[gb]) &&
             extract_verb_form(s + gb, gl);
    }
    wb = pb;
  }
  return false;
}
