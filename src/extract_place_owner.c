/* extract_place_owner.c: names that only say where or what, no actor:
 * the owner of a place the event is put at ("moved his horses to the
 * stable of X", "below the chamber of the House of Lords"), a craft the
 * event happens on ("aboard the warship X") and a work's title ("wrote
 * the Two New Sciences"). */
#include "extract_internal.h"

/* Rooms, buildings and grounds a name after "of" owns or holds; not
 * "office" or "headquarters", which stand for the body or the holder
 * ("a letter to the office of the governor" is to the governor). */
static bool owned_place_noun(const char *w, size_t len) {
  static const char *const nouns[] = {
      "house",    "home",   "palace", "stable",    "stables", "chamber",
      "chambers", "hall",   "flat",   "apartment", "villa",   "residence",
      "estate",   "castle", "cellar", "cellars",   "garden",  "gardens",
      "tomb",     "grave",  "farm",   "shop",      "studio",  "workshop",
      "camp",     "tent",   "yard",   "mansion",   "lodge",   "courtyard",
      NULL};
  return extract_word_in(w, len, nouns);
}

/* Prepositions of place and way that put the event at or toward such a
 * place ("from" is left out: "an order from the office of X" has X as
 * its source). */
static bool place_preposition(const char *w, size_t len) {
  static const char *const preps[] = {
      "to",      "into",    "in",      "inside", "at",     "outside",
      "below",   "beneath", "under",   "near",   "beside", "behind",
      "through", "toward",  "towards", "onto",   "across", "around",
      "within",  "past",    "above",   NULL};
  return extract_word_in(w, len, preps);
}

bool extract_owner_of_place(const char *text, size_t from, size_t name_start) {
  static const char *const determiners[] = {"the", "a",   "an",    "his",
                                            "her", "its", "their", NULL};
  size_t b, e;
  /* "of", "of the" or "of Sultan" (a title the name was stripped of)
   * right before the name */
  extract_letters_before(text, from, name_start, &b, &e);
  if (e > b && !ascii_is_lower((unsigned char)text[b]) &&
      !equals_ci(text + b, e - b, "of"))
    extract_letters_before(text, from, b, &b, &e);
  if (e > b && extract_word_in(text + b, e - b, determiners))
    extract_letters_before(text, from, b, &b, &e);
  if (!(e - b == 2 && equals_ci(text + b, 2, "of")))
    return false;
  extract_letters_before(text, from, b, &b, &e);
  if (e == b || !owned_place_noun(text + b, e - b))
    return false;
  /* the noun's determiner and at most one word of its own ("the old
   * stable", "his country house") before the preposition */
  for (int step = 0; step < 3; step++) {
    extract_letters_before(text, from, b, &b, &e);
    if (e == b)
      return false;
    if (place_preposition(text + b, e - b))
      return true;
    if (!ascii_is_lower((unsigned char)text[b]))
      return false;
  }
  return false;
}

/* Nouns of a craft's parts that a name can be given to, beside
 * extract_vessel_noun's ("the lunar module, Eagle"). */
static bool craft_noun(const char *w, size_t len) {
  return extract_vessel_noun(w, len) || equals_ci(w, len, "module");
}

bool extract_craft_as_place(const char *text, size_t from, size_t name_start,
                            const char *kind) {
  static const char *const places[] = {"aboard", "board",  "into", "onto",
                                       "inside", "in",     "on",   "at",
                                       "off",    "within", NULL};
  if (strcmp(kind, "other") != 0)
    return false;
  size_t at = name_start, b, e;
  /* the name in apposition: "the lunar module, Eagle" */
  while (at > from && text[at - 1] == ' ')
    at--;
  if (at > from && text[at - 1] == ',')
    at--;
  extract_letters_before(text, from, at, &b, &e);
  if (e == b || !craft_noun(text + b, e - b))
    return false;
  /* up to two words of the noun's own and its determiner ("the aircraft
   * carrier", "the lunar module") back to the preposition */
  for (int step = 0; step < 3; step++) {
    extract_letters_before(text, from, b, &b, &e);
    if (e == b)
      return false;
    /* after the verb: "Scientists aboard the vessel X found" speaks
     * of the ship's people, who act (a scan of the part, read only once
     * the words before the name matched) */
    if (extract_word_in(text + b, e - b, places))
      return extract_has_verb(text, from, b);
    if (!ascii_is_lower((unsigned char)text[b]))
      return false;
  }
  return false;
}

/* Verbs whose object is a work: "wrote the Two New Sciences" (not
 * "composed", which is also "made up": "the Church composed the First
 * Estate"). */
static bool writing_verb(const char *w, size_t len) {
  static const char *const verbs[] = {
      "wrote", "published", "printed", "penned", "authored", "written", NULL};
  return extract_word_in(w, len, verbs);
}

/* Nouns of a copy or a version of a work. */
static bool work_noun(const char *w, size_t len) {
  static const char *const nouns[] = {"edition",   "editions",    "copy",
                                      "copies",    "translation", "manuscript",
                                      "facsimile", NULL};
  return extract_word_in(w, len, nouns);
}

/* Nouns of a likeness: the one it shows sits for it, no participant
 * ("lifted the portrait of Lisa Gherardini off its hooks", "toppled a
 * statue of Lenin"). */
static bool likeness_noun(const char *w, size_t len) {
  static const char *const nouns[] = {
      "portrait",    "portraits", "painting", "paintings", "statue",
      "statues",     "bust",      "busts",    "likeness",  "photograph",
      "photographs", "photo",     "photos",   "sketch",    "drawing",
      "sculpture",   "effigy",    "mural",    "biography", NULL};
  return extract_word_in(w, len, nouns);
}

/* Nouns of a trace of someone or of someone's servant: the one "of" names
 * left the trace or employs the servant, no participant of what is done
 * with them ("the tests found the DNA of Derek Mowat", "handed a letter
 * to a servant of William Parker"). */
static bool belonging_noun(const char *w, size_t len) {
  static const char *const nouns[] = {
      "DNA",     "fingerprints", "fingerprint", "footprints",
      "servant", "servants",     "maid",        "valet",
      "butler",  "footman",      NULL};
  return extract_word_in(w, len, nouns);
}

/* A word a title runs across: a capitalised one or a small word of it
 * ("the Dialogue on Tides", "the Revolutions of the Heavenly Spheres"). */
static bool title_word(const char *w, size_t len) {
  static const char *const small[] = {"of", "on",  "the", "and",
                                      "in", "for", NULL};
  return !ascii_is_lower((unsigned char)w[0]) || extract_word_in(w, len, small);
}

/* Whether the words after a verb of writing open a title: its first word
 * (past "the", "a" or "an") capitalised, so that "wrote and Queen X
 * signed" or "wrote of Queen X" name no work. */
static bool title_opens_at(const char *text, size_t verb_end, size_t to) {
  size_t w, l = extract_word_just_after(text, verb_end, to, &w);
  if (l && extract_word_in(text + w, l,
                           (const char *const[]){"the", "a", "an", NULL}))
    l = extract_word_just_after(text, w + l, to, &w);
  return l && !ascii_is_lower((unsigned char)text[w]);
}

bool extract_work_title(const char *text, size_t from, size_t name_start,
                        size_t name_end, size_t to) {
  /* back across the title's words (six at most) to a verb of writing:
   * "published the X", "wrote X", "printed the Discourses on X" */
  size_t b = name_start, e;
  for (int step = 0; step < 6; step++) {
    extract_letters_before(text, from, b, &b, &e);
    if (e == b)
      break;
    if (ascii_is_lower((unsigned char)text[b]) && writing_verb(text + b, e - b))
      return title_opens_at(text, e, name_end);
    /* "an edition of Ptolemy's Geography": a work's noun, "of" and the
     * title, an author's possessive between; "a portrait of X": the
     * sitter; "the DNA of X", "a servant of X": the one it belongs to */
    if (e - b == 2 && equals_ci(text + b, 2, "of")) {
      size_t nb, ne;
      extract_letters_before(text, from, b, &nb, &ne);
      if (ne > nb &&
          (work_noun(text + nb, ne - nb) || likeness_noun(text + nb, ne - nb) ||
           belonging_noun(text + nb, ne - nb)))
        return true;
    }
    if (b >= from + 2 && text[b - 1] == '\'' && text[b - 2] != ' ' &&
        e - b == 1 && text[b] == 's') {
      b--; /* past the "'s" of "Ptolemy's": its word comes next */
      continue;
    }
    if (!title_word(text + b, e - b))
      break;
  }
  /* on across them to "was" or "were" and such a verb: "the Dialogue on
   * Tides was printed" */
  static const char *const be[] = {"was", "were", NULL};
  size_t at = name_end, wb, wl;
  for (int step = 0; step < 6; step++) {
    wl = extract_word_just_after(text, at, to, &wb);
    if (!wl)
      return false;
    if (extract_word_in(text + wb, wl, be)) {
      size_t vb, vl = extract_word_just_after(text, wb + wl, to, &vb);
      return vl && writing_verb(text + vb, vl);
    }
    if (!title_word(text + wb, wl))
      return false;
    at = wb + wl;
  }
  return false;
}
