/* extract_care_place.c: the attach stage's reading of a hospital that
 * someone is brought to.  "Two patients were admitted to the Dr. Nélio
 * Mendonça Hospital", "was rushed to Cruces University Hospital": the
 * hospital is where the patient is cared for, a place, no participant of
 * the admission (the gold's rule for places; 0 right of 3 in the union).
 * A hospital that acts keeps its part ("Haukeland University Hospital
 * stopped all radiotherapy", "suspended the fertility unit of the Hoa Khanh
 * Women's Hospital"). */
#include "extract_internal.h"

#include <string.h>

/* Verbs that bring a patient to a place of care: "admitted to", "rushed
 * to", "airlifted to". */
static bool bringing_verb(const char *w, size_t len) {
  static const char *const verbs[] = {
      "admitted", "readmitted", "rushed",      "taken",   "took",    "flown",
      "flew",     "airlifted",  "transferred", "brought", "carried", "driven",
      "drove",    "evacuated",  "moved",       "sent",    NULL};
  EXTRACT_WORD_SET(set, verbs, true);
  return extract_word_set_has(&set, w, len);
}

/* A word that makes a name a place of care: "Cruces University
 * Hospital", "Sacred Heart Medical Center", "the Mayo Clinic". */
static bool care_word(const char *w, size_t len) {
  static const char *const words[] = {"Hospital",   "Hospitals", "Clinic",
                                      "Infirmary",  "Hospice",   "Sanatorium",
                                      "Sanitarium", "Medical",   NULL};
  EXTRACT_WORD_SET(set, words, false);
  return extract_word_set_has(&set, w, len);
}

bool extract_care_place(const char *text, size_t from, size_t name_start,
                        size_t name_end) {
  bool care = false;
  for (size_t i = name_start; i < name_end && !care;) {
    size_t b, l = extract_word_after(text, i, name_end, &b);
    if (!l) {
      i = b + 1;
      continue;
    }
    care = care_word(text + b, l);
    i = b + l;
  }
  if (!care)
    return false;
  size_t b, l = extract_word_just_before(text, from, name_start, &b);
  if (l && equals_ci(text + b, l, "the"))
    l = extract_word_just_before(text, from, b, &b);
  if (!l || !equals_ci(text + b, l, "to"))
    return false;
  /* "was admitted to", "rushed him to", "took the injured driver to": a
   * few lower-case words of the one brought between */
  for (int n = 0; n < 4; n++) {
    l = extract_word_just_before(text, from, b, &b);
    if (!l || !ascii_is_lower((unsigned char)text[b]))
      return false;
    if (bringing_verb(text + b, l))
      return true;
  }
  return false;
}
