/* extract_trade_first_forms.c: the actor table's short form of a firm
 * whose name opens with its trade's word ("Uitgeverij Kade", "Käserei
 * Aebersold", "Constructora Huaylas"): the words after that word name the
 * firm again, as its owner's family name does ("Kade withdrew the book").
 * Only a firm's word counts: a body's or a broadcaster's first word
 * ("World Rugby", "Radio Tirana") is followed by a sport or a place. */
#include "extract_internal.h"

#include <string.h>

/* How many words after the trade's word make a short form. */
#define MAX_REST_WORDS 2

/* Whether the capitalised word w[0, len) may stand alone for the firm:
 * no place, country or known name of its own ("Air Moldova"), no given
 * name ("Maison Pierre"), no word that starts sentences or another body's
 * word. */
static bool may_stand_alone(evg_extraction *x, const char *w, size_t len) {
  size_t index;
  bool place = false, ship = false;
  return extract_starts_upper(w, len) &&
         !extract_kind_of_words(x, w, 0, len, &place, &ship) && !place &&
         !extract_gazetteer_lists(x, w, len, GAZ_NAME, &index) &&
         !extract_gazetteer_lists(x, w, len, GAZ_SUFFIX, &index) &&
         !extract_gazetteer_lists(x, w, len, GAZ_TITLE, &index) &&
         !extract_is_given_name(x, w, len) && !extract_common_capital(w, len) &&
         !extract_not_an_actor(w, len);
}

/* A first word that names a town's or a country's firm, more often than
 * an owner's ("Air Moldova", "Vodokanal Pleven", "Energia Kaunas", "Banca
 * Tirolese"): the words after it are a place's name. */
static bool place_trade(const char *w, size_t len) {
  static const char *const words[] = {
      "Air",     "Bank",    "Banca",   "Banque",      "Vodokanal",
      "Vodovod", "Energia", "Energie", "Énergie",     "Energi",
      "Enerji",  "Rail",    "Telecom", "Cooperativa", "Coopérative",
      "Power",   "Ports",   "Line",    "Lines",       NULL};
  return extract_word_in(w, len, words);
}

void extract_remember_trade_first_forms(evg_extraction *x, size_t actor) {
  const evg_extracted_actor *a = &x->actors[actor];
  if (strcmp(a->kind, "company") != 0)
    return;
  const char *space = strchr(a->name, ' ');
  if (!space)
    return;
  const char *kind =
      extract_gazetteer_kind(x, a->name, (size_t)(space - a->name), GAZ_SUFFIX);
  if (!kind || strcmp(kind, "company") != 0 ||
      place_trade(a->name, (size_t)(space - a->name)))
    return;
  const char *rest = space + 1;
  size_t words = 0;
  for (const char *w = rest; *w;) {
    const char *e = strchr(w, ' ');
    size_t len = e ? (size_t)(e - w) : strlen(w);
    if (++words > MAX_REST_WORDS || !may_stand_alone(x, w, len))
      return;
    w = e ? e + 1 : w + len;
  }
  evg_map_put(&x->family_names, rest, actor);
}
