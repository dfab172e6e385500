/* extract_place_not_party.c: places that a clause names as where one
 * goes, where people come from, or what was renamed, which the steps of
 * extract_place_roles.c do not reach because words stand between the
 * name and the verb or the noun that makes it a place: "set off down the
 * Yukon for Dawson City", "left Oxford for Kessingham College", "about
 * 400 people from Santa Lucía", "Edo was renamed Tokyo".  Each look is a
 * fixed number of words around the name, so the whole stays linear in
 * the text. */
#include "extract_internal.h"

#include <string.h>

/* Verbs whose "for" names where one goes ("sailed for Nome", "left
 * Oxford for X", "set off down the river for X"). */
static bool leaving_verb(const char *w, size_t len) {
  static const char *const words[] = {
      "left",      "leaves",   "leave",   "leaving", "sailed",  "sail",
      "sails",     "sailing",  "steamed", "headed",  "heading", "departed",
      "departing", "embarked", "bound",   "flew",    NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Words that close the clause a verb before "for" would be read in. */
static bool clause_break(const char *w, size_t len) {
  static const char *const words[] = {"and",  "or",    "but",   "who",  "which",
                                      "that", "while", "where", "when", NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* "set off down the Yukon River for Dawson City", "left Oxford for
 * Kessingham College": a verb of leaving at most seven words before
 * "for" in its clause, past a place or a route named between, makes the
 * name where one went, whatever it is (a college, a firm).  A lower-case
 * noun right before "for" is receiver_context's ("specimens for X"); a
 * sum between ("left $5 million for the museum") makes a bequest. */
static bool destination_after_for(name_words *w, unsigned k) {
  const char *s = w->s;
  word_chain *before = &w->before, past_owner;
  bool hopped = false;
  for (unsigned n = k + 1; n < k + 8; n++) {
    chain_word v = chain_at(before, n);
    /* "left King's for Birkbeck College": the walk goes on before the
     * possessive's owner, once (the chain stops at the apostrophe) */
    size_t owner = extract_possessive_owner(s, w->start, v);
    if (owner != (size_t)-1 && !hopped) {
      past_owner = extract_chain(s, w->start, w->end, owner, false);
      before = &past_owner, hopped = true;
      v = chain_at(before, 0);
      k = 0, n = 0; /* seven words more, from the owner's */
    }
    if (!v.len || clause_break(s + v.start, v.len) ||
        !ascii_alpha((unsigned char)s[v.start]))
      return false;
    if (leaving_verb(s + v.start, v.len))
      return true;
    /* "set off", "set out", "set sail" */
    if (extract_word_in(s + v.start, v.len,
                        (const char *const[]){"off", "out", "sail", NULL})) {
      chain_word set = chain_at(before, n + 1);
      if (set.len && extract_word_in(
                         s + set.start, set.len,
                         (const char *const[]){"set", "sets", "setting", NULL}))
        return true;
    }
  }
  return false;
}

/* Nouns of people that "from" says where they live or come from ("400
 * people from San Miguel", "villagers from Ruvuma Ndogo"): the name is
 * their home, not a party.  Staff and people of a trade are left out:
 * "engineers from Severna Energia" stand for their firm. */
static bool people_of_a_place(const char *w, size_t len) {
  static const char *const words[] = {
      "people",       "residents", "villagers", "inhabitants", "townspeople",
      "pilgrims",     "families",  "refugees",  "migrants",    "emigrants",
      "immigrants",   "settlers",  "natives",   "man",         "woman",
      "women",        "boy",       "girl",      "boys",        "girls",
      "children",     "youths",    "farmers",   "fishermen",   "peasants",
      "householders", "locals",    NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* The passive "was renamed" right after the name ("Edo was renamed
 * Tokyo", "the creek was soon renamed Bonanza"): the name is what was
 * given a new name, one done to and no participant. */
static bool renamed_after(name_words *w) {
  static const char *const auxiliaries[] = {
      "was", "were", "is", "are", "has", "have", "had", "been", "be", NULL};
  static const char *const adverbs[] = {"later",    "soon",       "then",
                                        "formally", "officially", "briefly",
                                        "quickly",  "eventually", NULL};
  const char *s = w->s;
  size_t pos = w->run_end;
  bool passive = false;
  for (int n = 0; n < 4; n++) {
    size_t b, l = extract_word_just_after(s, pos, w->end, &b);
    if (!l)
      return false;
    if (extract_word_in(s + b, l, auxiliaries))
      passive = true;
    else if (!extract_word_in(s + b, l, adverbs))
      return passive && equals_ci(s + b, l, "renamed");
    pos = b + l;
  }
  return false;
}

/* "fell 9 percent on the Oslo Stock Exchange", "listed on the Baltic
 * Exchange": a market after "on" is where shares trade, no party; one
 * that acts is its subject ("the Oslo Stock Exchange suspended
 * trading"). */
static bool market_after_on(name_words *w, chain_word prep) {
  const char *s = w->s;
  if (!equals_ci(s + prep.start, prep.len, "on"))
    return false;
  size_t last = w->name_end;
  while (last > w->name_start && s[last - 1] != ' ')
    last--;
  if (last == w->name_start)
    return false; /* one word: "on Exchange" is no market's name */
  size_t len = w->name_end - last;
  return equals_ci(s + last, len, "Exchange") ||
         equals_ci(s + last, len, "Bourse");
}

size_t extract_possessive_owner(const char *s, size_t lo, chain_word word) {
  size_t b = word.start;
  if (word.len != 1 || (s[b] != 's' && s[b] != 'S'))
    return (size_t)-1;
  size_t mark = (size_t)-1;
  if (b >= lo + 1 && s[b - 1] == '\'')
    mark = b - 1;
  else if (b >= lo + 3 && (unsigned char)s[b - 3] == 0xE2 &&
           (unsigned char)s[b - 2] == 0x80 && (unsigned char)s[b - 1] == 0x99)
    mark = b - 3;
  if (mark == (size_t)-1)
    return (size_t)-1;
  size_t ob, ol = extract_word_before(s, lo, mark, &ob);
  return ol && ob + ol == mark ? ob : (size_t)-1;
}

bool extract_place_not_party(name_words *w) {
  const char *s = w->s;
  if (w->possessive)
    return false; /* "Dawson City's mayor": the possessive's own rules */
  if (renamed_after(w))
    return true;
  chain_word prev = chain_at(&w->before, 0);
  if (!prev.len)
    return false;
  /* "renamed Edo Tokyo", "was renamed Tokyo": the old name and the new */
  if (equals_ci(s + prev.start, prev.len, "renamed"))
    return true;
  unsigned k = 0; /* word k is the preposition, past "the" */
  if (equals_ci(s + prev.start, prev.len, "the"))
    k = 1;
  chain_word prep = chain_at(&w->before, k);
  if (!prep.len)
    return false;
  if (equals_ci(s + prep.start, prep.len, "for") && destination_after_for(w, k))
    return true;
  if (market_after_on(w, prep))
    return true;
  if (equals_ci(s + prep.start, prep.len, "from")) {
    chain_word noun = chain_at(&w->before, k + 1);
    if (noun.len && noun.start + noun.len + 1 == prep.start &&
        people_of_a_place(s + noun.start, noun.len))
      return true;
  }
  /* "at the city's Museum of the Cultures", "at Oxford's Ashmolean
   * Museum": an owner's possessive between "at" and the name is the
   * place's owner; the name is where it happens, as after "at the" */
  size_t owner = extract_possessive_owner(s, w->start, prev);
  if (k == 0 && owner != (size_t)-1) {
    size_t b, l = extract_word_before(s, w->start, owner, &b);
    if (l && equals_ci(s + b, l, "the"))
      l = extract_word_before(s, w->start, b, &b);
    /* "researchers at the city's Kell Museum" stand for it */
    size_t sb, sl = l ? extract_word_before(s, w->start, b, &sb) : 0;
    if (l && equals_ci(s + b, l, "at") &&
        !(sl && extract_people_at_work_noun(s + sb, sl)))
      return true;
  }
  return false;
}
