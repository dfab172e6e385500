/* extract_place_roles.c: names that say where or which, not who: a
 * place in a phrase of place or of going ("in Dresden", "sailed from
 * Iceland", a court in which a case is heard), and a name that only
 * modifies a noun ("a Falcon 9 rocket", "any Aebersold cheese", the
 * vehicle one travels in, "a picture of DNA").  The rest of a name's
 * role is extract_roles.c's, which calls both steps here.  Each look is a
 * few words either side, so the whole stays linear in the text. */
#include "extract_internal.h"

#include <ctype.h>
#include <string.h>

static bool location_preposition(const char *w, size_t len) {
  static const char *const words[] = {
      "in",      "at",      "near",    "across", "throughout",
      "outside", "inside",  "around",  "within", "toward",
      "towards", "via",     "off",     "beyond", "along",
      "past",    "between", "through", "beside", NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Verbs whose object, when a place, is where one goes, not one done to:
 * "left Reykjavik", "reached Bismarck". */
static bool motion_verb(const char *w, size_t len) {
  static const char *const words[] = {
      "left",     "leaves",     "leave",   "reached",   "reaches",
      "arrived",  "visited",    "visits",  "toured",    "crossed",
      "entered",  "sailed",     "flew",    "returned",  "departed",
      "passed",   "approached", "leaving", "reaching",  "crossing",
      "entering", "visiting",   "sailing", "returning", "approaching",
      NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Whether the word right before the name, a verb of going in -ing, is a
 * noun after a determiner and at most one adjective ("After a stormy
 * crossing Bly landed", "after the crossing X took"): the name is the
 * next clause's subject, not a place crossed ("after crossing the Alps",
 * "a bridge crossing the Euphrates": the name after an article is
 * crossed).  The adjective one of a few or in -y, -ous, -ful, -al, -ic:
 * a noun there ("a bridge crossing X") makes the -ing a participle. */
static bool going_noun_in_ing(word_chain *before) {
  static const char *const determiners[] = {"a",     "an",  "the", "his", "her",
                                            "their", "its", "our", NULL};
  static const char *const adjectives[] = {
      "long",  "short", "rough", "brief", "calm",   "slow", "fast", "quick",
      "night", "first", "final", "last",  "smooth", "safe", "hard", NULL};
  static const char *const endings[] = {"y", "ous", "ful", "al", "ic", NULL};
  const char *s = before->s;
  chain_word verb = chain_at(before, 0), one = chain_at(before, 1);
  if (verb.len < 5 || !equals_ci(s + verb.start + verb.len - 3, 3, "ing") ||
      !one.len || !ascii_is_lower((unsigned char)s[one.start]))
    return false;
  if (extract_word_in(s + one.start, one.len, determiners))
    return true;
  bool adjective = extract_word_in(s + one.start, one.len, adjectives);
  for (unsigned e = 0; !adjective && endings[e]; e++) {
    size_t el = strlen(endings[e]);
    adjective = one.len > el + 2 &&
                equals_ci(s + one.start + one.len - el, el, endings[e]);
  }
  chain_word two = chain_at(before, 2);
  return adjective && two.len &&
         extract_word_in(s + two.start, two.len, determiners);
}

/* Whether a verb of going stands right before the preposition at
 * `prep` ("sailed from X", "travelled to X"; not "went to", which a prize
 * does to its winners), or before a place left and then
 * "for" ("left Paris for X"): X is where one went or came from. */
static bool motion_before(word_chain *before, unsigned k, size_t prep,
                          size_t prep_len) {
  static const char *const more[] = {
      "travelled", "traveled",  "moved",     "marched",  "floated",
      "fled",      "rode",      "drove",     "walked",   "headed",
      "steamed",   "journeyed", "retreated", "withdrew", NULL};
  const char *s = before->s;
  chain_word v = chain_at(before, k + 1);
  /* "rode out to X", "sailed back to X": a particle that a handing
   * takes too ("sold out to X") counts after a verb of going only */
  if (v.len && v.start + v.len + 1 == prep &&
      extract_word_in(s + v.start, v.len,
                      (const char *const[]){"out", "back", "off", "away",
                                            "over", "on", "ahead", NULL}))
    v = chain_at(before, k + 2);
  else if (v.len && v.start + v.len + 1 == prep &&
           !motion_verb(s + v.start, v.len) &&
           equals_ci(s + prep, prep_len, "for") &&
           ascii_upper((unsigned char)s[v.start]))
    v = chain_at(before, k + 2); /* "left Paris for" */
  size_t vb = v.start, vl = v.len;
  return vl && (motion_verb(s + vb, vl) || extract_word_in(s + vb, vl, more));
}

/* Nouns of a going, whose "to", "from" or "towards" names where it
 * went ("a march to Parliament", "the road to Damascus"): a place,
 * whatever body bears the name.  A possessive owns the place ("a retreat
 * towards the Allies' positions"). */
static bool going_noun(const char *w, size_t len) {
  static const char *const words[] = {
      "march",      "marches",     "journey",    "journeys", "voyage",
      "voyages",    "trip",        "trips",      "flight",   "flights",
      "expedition", "expeditions", "procession", "retreat",  "pilgrimage",
      "road",       "roads",       "route",      "routes",   NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Whether word k of the chain is an adverb that only a going takes
 * before "to", "into" or "from" ("went straight to X", "hurried down to
 * X", "marched west to X"): X is where one went, whatever the verb.  Not
 * "back", "over", "on", "off" or "out", which a handing takes too ("went
 * over to X", "passed on to X", "sold off to X"). */
static bool adverb_of_going_before(word_chain *before, unsigned k) {
  static const char *const words[] = {
      "straight",  "directly",   "down",     "up",       "home",    "ashore",
      "inland",    "overland",   "north",    "south",    "east",    "west",
      "northward", "southward",  "eastward", "westward", "upriver", "downriver",
      "upstream",  "downstream", NULL};
  chain_word adverb = chain_at(before, k);
  chain_word verb = chain_at(before, k + 1);
  return adverb.len && verb.len &&
         ascii_is_lower((unsigned char)before->s[verb.start]) &&
         extract_word_in(before->s + adverb.start, adverb.len, words);
}

/* Prepositions of place that no party to a deal or a dispute takes
 * ("shares in X", "a contract with X", "filed at X" may name a firm):
 * "a plant outside Clarksville", "a data centre near Shannon" say where,
 * even when a body bears the place's name.  A possessive owns the place
 * ("along the White Army's lines of supply"): its own rules decide. */
static bool only_place_preposition(const char *w, size_t len) {
  return extract_word_in(w, len,
                         (const char *const[]){"near", "outside", "inside",
                                               "beside", "beyond", "throughout",
                                               "across", "along", NULL});
}

static bool direction_preposition(const char *w, size_t len) {
  static const char *const words[] = {"from", "to", "into", "onto", NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Verbs of taking or attacking a place, whose object, when a place, is
 * where an army went, not a party to the fight: "invaded Italy",
 * "sacked Cremona", "seized Nanjing".  A person or a body captured keeps
 * its role ("captured the king", "defeated the Vitellians"): the object
 * counts as a place only when one is known or a single unknown word. */
static bool place_taking_verb(const char *w, size_t len) {
  static const char *const words[] = {
      "sacked",    "sacking",  "stormed",   "storming",  "besieged",
      "besieging", "razed",    "overran",   "overrun",   "seized",
      "seizing",   "captured", "capturing", "occupied",  "occupies",
      "occupying", "annexed",  "annexing",  "conquered", "conquering",
      NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Prepositions of place that, before a known place, make it where
 * something happens: "on the Neva", "over Annonay", "up the Missouri",
 * "set out for South Georgia". Not "declared war on Russia". */
static bool place_preposition(const char *w, size_t len) {
  static const char *const words[] = {"on",   "over",  "up",  "down",
                                      "upon", "under", "for", NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Prepositions of place that a verb also takes in another sense
 * ("rallied behind X", "ranked above X"): of place only after a noun. */
static bool over_like_preposition(const char *w, size_t len) {
  return extract_word_in(
      w, len,
      (const char *const[]){"behind", "above", "below", "beneath", NULL});
}

/* Nouns before "on" that make the name a target, not a place: "war on
 * Russia", "sanctions on Iran". */
static bool target_noun(const char *w, size_t len) {
  static const char *const words[] = {
      "war",     "sanctions", "attack",   "attacks",  "embargo", "tariffs",
      "tariff",  "pressure",  "duties",   "ban",      "raid",    "raids",
      "assault", "offensive", "advanced", "marched",  "called",  "relied",
      "depend",  "depends",   "depended", "imposed",  "spied",   "declared",
      "turned",  "waged",     "fired",    "launched", "closed",  NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Nouns of a part of a place or of a place named after "of": "the mouth
 * of the Don", "the harbour of Sinope", "the city of St. Petersburg",
 * "within 900 kilometres of X".  The name says where; it does not act. */
static bool part_of_place_noun(const char *w, size_t len) {
  static const char *const words[] = {
      "mouth",    "part",   "parts",      "coast",      "coasts",  "shore",
      "shores",   "bank",   "banks",      "edge",       "front",   "heart",
      "centre",   "center", "outskirts",  "suburbs",    "streets", "waters",
      "falls",    "foot",   "summit",     "top",        "harbour", "harbor",
      "valley",   "north",  "south",      "east",       "west",    "interior",
      "walls",    "gates",  "kilometres", "kilometers", "miles",   "km",
      "governor", "source", "estuary",    "tip",        "slopes",  "area",
      "way",      "bay",    "gulf",       "strait",     "straits", "bend",
      NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Nouns of a post of rule over a land, a city or a church: "the prefect
 * of Egypt", "was soon master of London", "patriarch of the Orthodox
 * Church".  The name after "of" only says which post; the holder acts. */
static bool post_of_rule_noun(const char *w, size_t len) {
  static const char *const words[] = {
      "prefect", "procurator", "viceroy",    "satrap",    "king",   "queen",
      "emperor", "empress",    "prince",     "princess",  "duke",   "duchess",
      "earl",    "bishop",     "archbishop", "patriarch", "mayor",  "sultan",
      "tsar",    "czar",       "shah",       "khan",      "master", "ruler",
      "lord",    NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Nouns of an armed force or of the members of a body: "the legions of
 * Upper Germany", "the army of Lower Germany", "members of Congress".
 * The name after "of" only says which group; the group acts (the gold
 * names no actor for the place or the body that qualifies it, nor for
 * the owner of "Otho's forces").  The people of a place ("the people of
 * Venice welcomed X") are left to the place: the kinds rounds keep it. */
static bool group_of_people_noun(const char *w, size_t len) {
  static const char *const words[] = {
      "legions", "legion",    "army",       "armies",   "troops",
      "forces",  "fleet",     "fleets",     "garrison", "soldiers",
      "members", "followers", "supporters", NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Nouns that a name after "of" names: "the city of Valmora" is Valmora,
 * a place when the phrase follows a preposition of place ("into the city
 * of St. Petersburg", "in the town of Casa Seca"), an actor otherwise
 * ("punish the city of Valmora"). */
bool extract_named_place_noun(const char *w, size_t len) {
  static const char *const words[] = {
      "city",         "town",     "village",  "villages",  "fortress",
      "island",       "islands",  "port",     "capital",   "region",
      "district",     "province", "township", "peninsula", "republic",
      "state",        "canton",   "county",   "kingdom",   "duchy",
      "principality", NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Whether a preposition of place or a verb of going ("reached the
 * villages of X") comes at most three words before
 * `pos` (an article and capitalised words between): "into the Ottoman city".
 * Before the article, one lower-case word that modifies the noun may stand
 * ("to the imperial city of X", "near the border town of X"). */
static bool place_phrase_before(word_chain *before, unsigned k) {
  const char *s = before->s;
  bool article = false, modifier = false;
  word_chain past_owner;
  for (unsigned n = 0; n < 3; n++) {
    chain_word w = chain_at(before, k + n);
    size_t b = w.start, l = w.len;
    /* "reached Aizu's castle town of X": an owner's possessive stands
     * for the article; the walk goes on before its owner (the chain
     * stops at the apostrophe) */
    size_t owner = extract_possessive_owner(s, before->lo, w);
    if (owner != (size_t)-1 && !article) {
      past_owner = extract_chain(s, before->lo, before->hi, owner, false);
      before = &past_owner, k = 0, n = (unsigned)-1, article = true;
      continue;
    }
    if (!l)
      return false;
    if (location_preposition(s + b, l) || direction_preposition(s + b, l) ||
        place_preposition(s + b, l) || motion_verb(s + b, l))
      return true;
    bool art = equals_ci(s + b, l, "the") || equals_ci(s + b, l, "a");
    /* "In May the kingdom of Sardinia sent": a capitalised word before
     * the article closes another phrase (a date's) */
    if (article && !art && ascii_upper((unsigned char)s[b]))
      return false;
    article |= art;
    if (!ascii_upper((unsigned char)s[b]) && !art) {
      if (article || modifier || extract_verb_form(s + b, l) ||
          extract_function_word_after(s + b, l))
        return false;
      modifier = true;
    }
  }
  return false;
}

/* Adverbs that complete a verb of motion or taking ("took the Pinta
 * away", "pulled the Baltic Star off the bank", "towed the Vega
 * ashore"): after a name they say where its object went, and are no
 * noun that the name modifies. */
bool extract_particle_word(const char *w, size_t len) {
  static const char *const words[] = {
      "away",  "off",    "back",    "out",     "up",        "down",
      "aside", "ashore", "aground", "adrift",  "afloat",    "apart",
      "aloft", "abroad", "onward",  "forward", "overboard", NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Nouns of people that work somewhere: "pilots at Nordvik Air" are its
 * staff, and the company is a party, not a place. */
static bool staff_noun(const char *w, size_t len) {
  static const char *const words[] = {
      "pilots",  "workers", "staff",   "employees",  "engineers", "nurses",
      "doctors", "drivers", "miners",  "teachers",   "crews",     "crew",
      "guards",  "members", "dockers", "executives", "managers",  NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Staff, or people of a trade in the plural, capitalised or not, that
 * a body's name after "at" or "of" says whose they are ("paleontologists
 * at the Kell Museum", "Experts of the Royal Institute"): the body acts
 * through them.  A plural of an agent noun ("researchers", "chemists")
 * or "experts". */
bool extract_people_at_work_noun(const char *w, size_t len) {
  char lower[32];
  if (len < 6 || len >= sizeof lower || w[len - 1] != 's')
    return false;
  for (size_t k = 0; k < len; k++)
    lower[k] = (char)ascii_lower((unsigned char)w[k]);
  return staff_noun(lower, len) || extract_agent_noun(lower, len - 1) ||
         equals_ci(lower, len, "experts");
}

/* Whether a word of s[start, end) is a court's or a tribunal's ("High
 * Court", "Ontario Superior Court of Justice"). */
static bool court_name(const char *s, size_t start, size_t end) {
  for (size_t p = start; p < end;) {
    size_t e = extract_word_end(s, p, end);
    if (e == p)
      return false;
    if (extract_word_in(
            s + p, e - p,
            (const char *const[]){"Court", "Courts", "Tribunal", NULL}))
      return true;
    for (p = e; p < end && s[p] == ' ';)
      p++;
  }
  return false;
}

/* "the mouth of the Don", "the harbour of Sinope"; "the Great Falls
 * of the Missouri", "the Church of the Nativity": the end of a longer
 * name, which names a place or a thing.  The word before the name, past
 * "the", is "of" (word k of the chain before it, starting at place_ws). */
static void of_place_context(name_words *w, mention_context *c, size_t place_ws,
                             unsigned k) {
  const char *s = w->s;
  size_t ws = w->ws;
  chain_word noun = chain_at(&w->before, k + 1);
  size_t nb = noun.start, nl = noun.len;
  /* staff that open the sentence are capitalised and no longer name:
   * "Experts of the Royal Institute examined" */
  bool opening_staff = chain_at(&w->before, k + 2).len == 0 &&
                       extract_people_at_work_noun(s + nb, nl);
  if (nl && place_ws != ws && ascii_upper((unsigned char)s[nb]) &&
      !opening_staff)
    c->not_participant = true;
  /* a part of a place is a place whatever its owner ("in front of the
   * Kremlin") */
  if (nl && ascii_is_lower((unsigned char)s[nb]) &&
      part_of_place_noun(s + nb, nl))
    c->not_participant = true;
  /* "the prefect of Egypt": a place or a body that names a post is
   * no participant when a place (a body keeps its role, as after "in") */
  if (nl && ascii_is_lower((unsigned char)s[nb]) &&
      post_of_rule_noun(s + nb, nl))
    c->location = true;
  /* one plural word is the group's own people ("his army of Villistas
   * joined"), no owner ("members of Congress" is one) */
  size_t name_len = w->name_end - w->name_start;
  bool own_people = name_len > 2 && !memchr(s + w->name_start, ' ', name_len) &&
                    s[w->name_end - 1] == 's' && s[w->name_end - 2] != 's';
  if (nl && ascii_is_lower((unsigned char)s[nb]) && !own_people &&
      group_of_people_noun(s + nb, nl))
    c->not_participant = true;
  /* "in the bakery of Thomas Farriner", "in the courtyard of the Ecole
   * Militaire": a name that says whose is the place where something
   * happens (a preposition of place, an article, a noun, "of") does not
   * act in it ("at the request of X" may: "at" is left out) */
  if (nl && ascii_is_lower((unsigned char)s[nb]) &&
      !extract_verb_form(s + nb, nl) &&
      !extract_function_word_after(s + nb, nl)) {
    chain_word art = chain_at(&w->before, k + 2);
    chain_word prep = chain_at(&w->before, k + 3);
    /* "in the Dominican convent of Santa Maria": a capitalised adjective
     * between the article and the noun */
    if (art.len && ascii_upper((unsigned char)s[art.start]) &&
        !equals_ci(s + art.start, art.len, "the"))
      art = prep, prep = chain_at(&w->before, k + 4);
    if (equals_ci(s + art.start, art.len, "the") && prep.len &&
        extract_word_in(s + prep.start, prep.len,
                        (const char *const[]){"in", "near", "off", "inside",
                                              "outside", "beside", "behind",
                                              NULL}))
      c->not_participant = true;
  }
  if (nl && ascii_is_lower((unsigned char)s[nb]) &&
      extract_named_place_noun(s + nb, nl) &&
      place_phrase_before(&w->before, k + 2)) {
    c->location = true;
    /* "reached the villages of the Mandan": places in the plural are
     * not the name's own, whose owner is named to say where */
    c->not_participant |= s[nb + nl - 1] == 's';
  }
}

static void place_context(name_words *w, mention_context *c);
static bool place_headed_name(const char *s, size_t start, size_t end);

/* Where the name stands in a phrase of place or of going: in, at, from,
 * to, up and down, after a verb of going.  A nationality's adjective
 * right before the name, which the name leaves out ("off the coast of
 * French Guiana", "in French Guiana"), stands in the phrase with it. */
/* The start of the word of letters and figures that ends before the
 * space at s[at - 1), or `at` when there is none. */
static size_t token_before(const char *s, size_t lo, size_t at) {
  if (at < lo + 2 || s[at - 1] != ' ')
    return at;
  size_t b = at - 1;
  while (b > lo && (ascii_alpha((unsigned char)s[b - 1]) ||
                    isdigit((unsigned char)s[b - 1])))
    b--;
  return b;
}

/* Whether s[b, e) is an ordinal in figures ("53rd"): a year or a day
 * ("in 1405 Zheng He", "on May 3 Ortega") is a date's, not a street's. */
static bool ordinal_figure(const char *s, size_t b, size_t e) {
  return e >= b + 3 && isdigit((unsigned char)s[b]) &&
         ascii_alpha((unsigned char)s[e - 1]);
}

/* The start of an ordinal, or a list of two, right before the name
 * ("between 45th and 53rd Streets", "on 5th Avenue"): of the name's
 * phrase, so that the preposition before it is the name's; 0 when none. */
static size_t numbers_before(name_words *w) {
  const char *s = w->s;
  size_t n = token_before(s, w->start, w->name_start);
  if (n + 1 >= w->name_start || !ordinal_figure(s, n, w->name_start - 1))
    return 0;
  size_t and = token_before(s, w->start, n);
  size_t m = token_before(s, w->start, and);
  if (and+1 < n &&
      extract_word_in(s + and, n - 1 - and,
                      (const char *const[]){"and", "or", "to", NULL}) &&
      m + 1 < and&&ordinal_figure(s, m, and-1))
    return m;
  return n;
}

void extract_place_context(name_words *w, mention_context *c) {
  place_context(w, c);
  const char *s = w->s;
  size_t numbers = numbers_before(w);
  if (numbers) {
    name_words past = *w;
    past.name_start = numbers;
    past.before = extract_chain(s, w->start, w->end, past.name_start, false);
    chain_word p1 = chain_at(&past.before, 0), p2 = chain_at(&past.before, 1);
    past.ws = p1.start, past.len = p1.len;
    past.prev2_start = p2.start, past.len2 = p2.len;
    mention_context number = {0};
    place_context(&past, &number);
    /* where, not whither: "fell to the 16th Army" names the army */
    c->location |= number.location && !number.direction;
    c->in_place |= number.in_place;
    return;
  }
  if (!w->len || w->ws + w->len + 1 != w->name_start ||
      !extract_nationality_adjective(s + w->ws, w->len))
    return;
  name_words with = *w;
  with.name_start = w->ws;
  with.before = extract_chain(s, w->start, w->end, w->ws, false);
  chain_word prev = chain_at(&with.before, 0);
  chain_word prev2 = chain_at(&with.before, 1);
  with.ws = prev.start, with.len = prev.len;
  with.prev2_start = prev2.start, with.len2 = prev2.len;
  /* only right after a preposition, a verb of going or "the" ("towards
   * the new Iraqi Security Forces" is a body's, past a noun phrase) */
  if (!prev.len || !(equals_ci(s + prev.start, prev.len, "the") ||
                     equals_ci(s + prev.start, prev.len, "of") ||
                     location_preposition(s + prev.start, prev.len) ||
                     direction_preposition(s + prev.start, prev.len) ||
                     place_preposition(s + prev.start, prev.len) ||
                     motion_verb(s + prev.start, prev.len)))
    return;
  mention_context adjective = {0};
  place_context(&with, &adjective);
  c->location |= adjective.location;
  c->in_place |= adjective.in_place;
  c->not_participant |= adjective.not_participant;
  c->direction |= adjective.direction;
  c->place_location |= adjective.place_location;
}

static void place_context(name_words *w, mention_context *c) {
  const char *s = w->s;
  size_t name_start = w->name_start;
  size_t ws = w->ws;
  size_t len = w->len;
  size_t prev2_start = w->prev2_start;
  size_t len2 = w->len2;
  const char *prev = w->s + w->ws;
  /* places: "in Dresden", "at Hampden Park", "from Iceland" */
  size_t place_ws = ws, place_len = len;
  unsigned k = 0; /* place_ws is word k of the chain before the name */
  if (equals_ci(prev, len, "the") && len2)
    place_ws = prev2_start, place_len = len2, k = 1;
  c->location = location_preposition(s + place_ws, place_len) ||
                (motion_verb(prev, len) && !going_noun_in_ing(&w->before)) ||
                (k == 1 && motion_verb(s + place_ws, place_len));
  c->in_place = equals_ci(s + place_ws, place_len, "in");
  /* "a vote of no confidence in the Government", "their trust in the
   * Ministry": "in" after a noun of belief names whom it is placed in */
  if (c->in_place) {
    chain_word noun = chain_at(&w->before, k + 1);
    c->in_place =
        !(noun.len && noun.start + noun.len + 1 == place_ws &&
          extract_word_in(s + noun.start, noun.len,
                          (const char *const[]){"confidence", "trust", "faith",
                                                "belief", NULL}));
  }
  /* "flew a balloon over Annonay", "the hill behind Galata", "high
   * ground above Plataea": such a preposition after a noun is of place;
   * after a verb it is the verb's ("took over the line", "ruled over
   * Poland", "rallied behind X").  Past "the", only "over" and those
   * of depth ("a crack beneath the Vltava", "a tunnel below the
   * Thames"): "its prestige behind the FLN" backs a body */
  if (extract_word_in(s + place_ws, place_len,
                      (const char *const[]){"over", "beneath", "below",
                                            "underneath", NULL}) ||
      (place_ws == ws && over_like_preposition(prev, len))) {
    chain_word verb = chain_at(&w->before, k + 1);
    c->location |= verb.len && ascii_is_lower((unsigned char)s[verb.start]) &&
                   !extract_verb_form(s + verb.start, verb.len) &&
                   !extract_function_word_after(s + verb.start, verb.len);
  }
  /* "pumping brine from beneath the Salar de Atacama": after "from" such
   * a preposition is of place whatever comes before */
  if (over_like_preposition(s + place_ws, place_len)) {
    chain_word from = chain_at(&w->before, k + 1);
    c->location |= equals_ci(s + from.start, from.len, "from");
  }
  /* "sued Harbourline in the High Court", "filed a motion in the Ontario
   * Superior Court of Justice": a court after "in" is where the case is
   * heard, not a party to it ("appointed by the High Court" is) */
  if (equals_ci(s + place_ws, place_len, "in") &&
      court_name(s, name_start, w->name_end))
    c->not_participant = true;
  /* "the Union Pacific reached Cheyenne", "the barge reached Lindmark":
   * what one reaches is where one arrives, even when a firm or a people
   * bears its name; one is reached by a person ("the news reached
   * Nansen"), and that name is no organisation's anyway */
  c->arrival = extract_word_in(
      s + place_ws, place_len,
      (const char *const[]){"reached", "reaches", "reach", "reaching", NULL});
  /* "in the lifeboat James Caird": a noun and its article between */
  if (len && len2 && ascii_is_lower((unsigned char)prev[0]) &&
      !extract_verb_form(prev, len) &&
      !extract_function_word_after(prev, len) &&
      (equals_ci(s + prev2_start, len2, "the") ||
       equals_ci(s + prev2_start, len2, "a"))) {
    chain_word third = chain_at(&w->before, 2);
    if (third.len && location_preposition(s + third.start, third.len))
      c->location = true;
  }
  /* "in western Europe", "near present-day Sioux City": one lower-case
   * adjective between */
  if (len && len2 && ascii_is_lower((unsigned char)prev[0]) &&
      !equals_ci(prev, len, "the") && !extract_verb_form(prev, len) &&
      !extract_function_word_after(prev, len) &&
      location_preposition(s + prev2_start, len2))
    c->location = true;
  if (equals_ci(s + place_ws, place_len, "of"))
    of_place_context(w, c, place_ws, k);
  if (place_preposition(s + place_ws, place_len)) {
    chain_word target = chain_at(&w->before, k + 1);
    c->place_location =
        !(target.len && target_noun(s + target.start, target.len));
    c->article_place = c->place_location && place_ws != ws &&
                       !equals_ci(s + place_ws, place_len, "for");
  }
  /* "held across the Channel", "along the Danube": one word after "the"
   * and a preposition that only a place takes is a sea's, a river's or a
   * range's, whatever its words suggest ("Channel" a broadcaster's) */
  c->article_place |=
      place_ws != ws &&
      extract_word_in(s + place_ws, place_len,
                      (const char *const[]){"across", "along", "beyond",
                                            "throughout", NULL});
  /* "sailed up the Humber", "down the Rhine": a river or a road, known
   * or not */
  if (place_ws != ws &&
      extract_word_in(s + place_ws, place_len,
                      (const char *const[]){"up", "down", NULL}))
    c->location = true;
  /* "met at the Ministry of Labour": after "at", a place whatever it is;
   * but staff that open their clause bare ("Pilots at Nordvik Air began a
   * strike") stand for the firm.  Counted or with an article ("400 deck
   * and catering crew at Tidelink Ferries", "the workers at Göschenen")
   * they are people at a place, and "at X's plant" is at the plant */
  chain_word staff = chain_at(&w->before, k + 1);
  bool staff_at = equals_ci(s + place_ws, place_len, "at") && staff.len &&
                  (staff_noun(s + staff.start, staff.len) ||
                   extract_people_at_work_noun(s + staff.start, staff.len)) &&
                  !w->possessive && chain_at(&w->before, k + 2).len == 0;
  if (staff_at)
    c->location = false;
  else
    c->not_participant |=
        equals_ci(s + place_ws, place_len, "at") ||
        (!w->possessive && only_place_preposition(s + place_ws, place_len));
  c->direction = direction_preposition(s + place_ws, place_len);
  /* "invaded Italy", "stormed the Capitol": right after the verb, or
   * after it and "the" */
  if (!w->possessive && place_taking_verb(s + place_ws, place_len) &&
      place_ws + place_len + 1 == (place_ws == ws ? name_start : ws))
    c->direction = true;
  if ((c->direction || equals_ci(s + place_ws, place_len, "for")) &&
      place_ws + place_len + 1 == name_start &&
      motion_before(&w->before, k, place_ws, place_len))
    c->location = true;
  if (c->direction && adverb_of_going_before(&w->before, k + 1))
    c->location = true;
  if ((c->location || c->direction) && !w->possessive &&
      place_headed_name(s, name_start, w->name_end))
    c->not_participant = true;
  if ((c->direction || equals_ci(s + place_ws, place_len, "towards")) &&
      !equals_ci(s + place_ws, place_len, "onto") &&
      !equals_ci(s + place_ws, place_len, "from") && !w->possessive) {
    chain_word noun = chain_at(&w->before, k + 1);
    if (noun.len && noun.start + noun.len + 1 == place_ws &&
        going_noun(s + noun.start, noun.len))
      c->not_participant = true;
  }
}

/* Whether the word that ends right before `pos`, one space between, is
 * a lower-case word of the clause, no coordinator: a verb or a
 * preposition the noun phrase at `pos` is the object of. */
static bool object_position(const char *s, size_t start, size_t pos) {
  static const char *const coordinators[] = {"and", "or", "but", "nor", NULL};
  EXTRACT_WORD_SET(set, coordinators, false);
  size_t b, len = extract_word_just_before(s, start, pos, &b);
  return len && ascii_is_lower((unsigned char)s[b]) &&
         !extract_word_set_has(&set, s + b, len);
}

/* Whether the name s[start, end) is headed by a noun of a building or a
 * ground: its last word ("the Forum", "the Capitol", "Windsor Castle"),
 * or its first before more words ("Temple of Vesta", "County Cork",
 * "Fort Sumter").  After a preposition of place or of going such a name
 * is where, even when a cue made it a body ("a plant in County Cork
 * that it shares": "shares" cued a firm). */
static bool place_headed_name(const char *s, size_t start, size_t end) {
  static const char *const heads[] = {
      "Forum",     "Capitol", "Temple", "Castle",   "Palace",
      "Cathedral", "Abbey",   "Fort",   "Fortress", "Citadel",
      "Square",    "Tower",   "County", "Mount",    NULL};
  size_t first_end = extract_word_end(s, start, end);
  if (first_end < end && extract_word_in(s + start, first_end - start, heads))
    return true;
  size_t last = end;
  while (last > start && s[last - 1] != ' ')
    last--;
  return extract_word_in(s + last, end - last, heads);
}

/* Whether the name stands between an indefinite determiner ("a",
 * "any"), a count ("two", "several") or a possessive ("its"), one
 * lower-case word after it allowed, and a lower-case noun in an object's
 * place: "eat any Aebersold cheese", "delivering a new Vickers aircraft",
 * "arrested two Kelvar clerks", "deposits on its unfinished Tal Bay
 * flats": the name says whose or which thing the noun is, as an
 * adjective would, and names no participant.  Such a phrase as a
 * subject ("On April 28 a Central Pacific crew laid") is the body's own
 * people acting, which the gold keeps. */
static bool modifier_of_noun(const char *s, size_t start, size_t end,
                             size_t name_start, size_t name_end) {
  static const char *const indefinites[] = {"a",    "an",    "any", "another",
                                            "each", "every", "no",  NULL};
  EXTRACT_WORD_SET(set, indefinites, false);
  /* a count or a possessive: "arrested two Kelvar clerks", "its
   * unfinished Tal Bay flats" */
  static const char *const counts[] = {
      "two", "three",   "four", "five",  "six", "seven", "eight", "nine",
      "ten", "several", "its",  "their", "his", "her",   NULL};
  EXTRACT_WORD_SET(count_set, counts, false);
  size_t nb, nl = extract_word_just_after(s, name_end, end, &nb);
  if (!nl || !ascii_is_lower((unsigned char)s[nb]) ||
      extract_verb_form(s + nb, nl))
    return false;
  /* after a count or a possessive, a noun must follow: "flew his airship
   * Norge from", "by his brother X and" name the thing or the person */
  bool noun =
      !extract_particle_word(s + nb, nl) &&
      !extract_function_word_after(s + nb, nl) &&
      !extract_word_in(s + nb, nl, (const char *const[]){"and", "or", NULL});
  size_t db, dl = extract_word_just_before(s, start, name_start, &db);
  if (!dl)
    return false;
  for (int n = 0; n < 2; n++) {
    if (extract_word_set_has(&set, s + db, dl) ||
        (noun && extract_word_set_has(&count_set, s + db, dl)))
      return object_position(s, start, db);
    /* one lower-case word between: "a new Vickers aircraft" */
    if (n > 0 || !ascii_is_lower((unsigned char)s[db]))
      return false;
    dl = extract_word_just_before(s, start, db, &db);
    if (!dl)
      return false;
  }
  return false;
}

/* Whether the name names the vehicle of a phrase "in a NOUN": after
 * "called" or "named", or in apposition (", the X"), with a lower-case
 * noun, at most two words before it and a determiner after "in" or
 * "aboard" ("left in a Sopwith biplane called Atlantic", "flew out in a
 * French seaplane, the Latham 47"): what one travels in, no participant.
 * The ship of a clause ("The ship, named Fram, was launched") is not in
 * such a phrase. */
static bool vehicle_in_phrase(const char *s, size_t start, size_t name_start) {
  static const char *const determiners[] = {"a",   "an",    "the", "his",
                                            "her", "their", "its", NULL};
  EXTRACT_WORD_SET(set, determiners, false);
  size_t b, len = extract_word_just_before(s, start, name_start, &b);
  if (!len)
    return false;
  size_t pos;
  if (extract_word_in(s + b, len,
                      (const char *const[]){"called", "named", NULL}))
    pos = b;
  else if (extract_word_in(s + b, len,
                           (const char *const[]){"the", "a", NULL}) &&
           b >= start + 2 && s[b - 2] == ',' && s[b - 1] == ' ')
    pos = b - 2;
  else
    return false;
  size_t nb, nl = extract_word_before(s, start, pos, &nb);
  if (!nl || nb + nl + 1 < pos || !ascii_is_lower((unsigned char)s[nb]) ||
      extract_verb_form(s + nb, nl) || extract_word_set_has(&set, s + nb, nl))
    return false;
  for (int words = 0; words < 3; words++) {
    size_t db, dl = extract_word_just_before(s, start, nb, &db);
    if (!dl)
      return false;
    if (extract_word_set_has(&set, s + db, dl)) {
      size_t pb, pl = extract_word_just_before(s, start, db, &pb);
      return pl && extract_word_in(s + pb, pl,
                                   (const char *const[]){"in", "aboard", NULL});
    }
    nb = db;
  }
  return false;
}

/* A name before a common noun that it modifies, and a name in a phrase
 * that belongs to a common noun ("a picture of DNA"). */
void extract_modifier_context(name_words *w, mention_context *c) {
  const char *s = w->s;
  size_t end = w->end;
  size_t name_end = w->name_end;
  size_t run_end = w->run_end;
  bool possessive = w->possessive;
  size_t ws = w->ws;
  size_t len = w->len;
  size_t prev2_start = w->prev2_start;
  size_t len2 = w->len2;
  const char *prev = w->s + w->ws;
  static const char *const verbs_and_joins[] = {
      "says",    "plans",   "wants", "leads", "faces", "bans", "holds",
      "remains", "imposes", "sees",  "and",   "or",    NULL};
  EXTRACT_WORD_SET(verb_or_join_set, verbs_and_joins, true);
  static const char *const determiners[] = {
      "the", "a",   "an",    "this",  "these", "those", "its",
      "his", "her", "their", "every", "each",  "some",  NULL};
  EXTRACT_WORD_SET(determiner_set, determiners, true);
  /* "a Falcon 9 rocket": a model's number between the name and its noun */
  size_t noun_from = name_end;
  if (!possessive && name_end + 2 < end && s[name_end] == ' ' &&
      isdigit((unsigned char)s[name_end + 1])) {
    size_t d = name_end + 1;
    while (d < end && d < name_end + 8 && ascii_alnum((unsigned char)s[d]))
      d++;
    if (d < end && s[d] == ' ')
      noun_from = d;
  }
  size_t as,
      alen = extract_word_after(s, possessive ? run_end : noun_from, end, &as);
  c->modifier = !possessive && alen > 0 && as == noun_from + 1 &&
                ascii_is_lower((unsigned char)s[as]) &&
                !extract_verb_form(s + as, alen) &&
                !extract_word_set_has(&verb_or_join_set, s + as, alen) &&
                !extract_function_word_after(s + as, alen) &&
                !extract_kin_noun(s + as, alen) &&
                !staff_noun(s + as, alen) && /* "a Central Pacific crew laid" */
                !extract_particle_word(s + as, alen) &&
                /* "to the FDA the same afternoon", "sent Acme a letter": a
                 * determiner starts a new noun phrase, no noun the name
                 * modifies */
                !extract_word_set_has(&determiner_set, s + as, alen) &&
                /* "asked Moscow what had happened", "asked the Kremlin
                 * whether": an interrogative opens the matter asked, a
                 * clause, no noun */
                !extract_word_in(s + as, alen,
                                 (const char *const[]){"what", "whether", "how",
                                                       "why", NULL});
  /* "his young Shoshone wife": a name before a relative's noun in the
   * singular says where the person comes from or whose family, as a
   * nationality's adjective does; the relative is the one named ("the
   * Montgolfier brothers" stay) */
  c->craft_after = c->modifier && extract_operated_craft(s + as, alen);
  static const char *const relatives[] = {
      "wife",   "husband", "son",    "daughter", "father",
      "mother", "brother", "sister", "uncle",    "aunt",
      "nephew", "niece",   "cousin", "widow",    NULL};
  EXTRACT_WORD_SET(relative_set, relatives, true);
  if (c->modifier && extract_word_set_has(&relative_set, s + as, alen))
    c->not_participant = true;
  /* "a blurred X-ray picture of DNA", "work on DNA": a name in a phrase
   * that belongs to a common noun says what the noun is about (shares
   * of a firm, the wreck of a ship, a city of its own name, its staff or
   * bodies aside) */
  {
    size_t pb = ws, pl = len;
    unsigned k = 0; /* pb is word k of the chain before the name */
    if (equals_ci(prev, len, "the") && len2)
      pb = prev2_start, pl = len2, k = 1;
    if (extract_word_in(
            s + pb, pl,
            (const char *const[]){"of", "on", "about", "against", NULL})) {
      chain_word noun = chain_at(&w->before, k + 1);
      size_t nb = noun.start, nl = noun.len;
      c->of_noun =
          nl > 2 && ascii_is_lower((unsigned char)s[nb]) &&
          !extract_verb_form(s + nb, nl) &&
          !extract_function_word_after(s + nb, nl) &&
          !equals_ci(s + nb, nl, "and") && !equals_ci(s + nb, nl, "or") &&
          !extract_named_place_noun(s + nb, nl) &&
          !extract_body_noun(s + nb, nl) && !staff_noun(s + nb, nl) &&
          !target_noun(s + nb, nl) &&
          !extract_word_in(s + nb, nl,
                           (const char *const[]){"shares", "stock", "band",
                                                 "group", "wreck", "remains",
                                                 "hull", NULL});
    }
  }
  c->not_participant |=
      modifier_of_noun(s, w->start, end, w->name_start, name_end) ||
      vehicle_in_phrase(s, w->start, w->name_start);
}
