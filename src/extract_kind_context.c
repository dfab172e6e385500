/* extract_kind_context.c: the kind the words around a name give it
 * ("shares of X", "the brewer X", "X said in a statement", "X, the
 * Spanish e-bike brand,"), read from a few words either side, each look
 * bounded.  Whether the name is a participant at all is
 * extract_roles.c's. */
#include "extract_internal.h"

#include <ctype.h>
#include <string.h>

/* Nouns of ships, boats, aircraft and craft: "the vessel X" is other.
 * kinds29 (README's table of the evidence of each wrong kind at first
 * sight) added the craft of rails and of space ("the carrier Iwo Jima",
 * "the rocket X", "the locomotive X"). */
static const char *const vessels[] = {
    "ship",       "vessel",     "whaler",     "frigate",    "steamer",
    "schooner",   "liner",      "tanker",     "freighter",  "submarine",
    "cruiser",    "destroyer",  "battleship", "spacecraft", "probe",
    "rover",      "lander",     "satellite",  "yacht",      "ferry",
    "lifeboat",   "boat",       "steamboat",  "keelboat",   "barge",
    "canoe",      "sloop",      "brig",       "clipper",    "galleon",
    "warship",    "gunboat",    "icebreaker", "aircraft",   "airliner",
    "bomber",     "biplane",    "monoplane",  "seaplane",   "airship",
    "telescope",  "instrument", "trawler",    "tug",        "tugboat",
    "catamaran",  "trimaran",   "corvette",   "dredger",    "minesweeper",
    "hovercraft", "flagship",   "caravel",    "carrack",    "galley",
    "dhow",       "felucca",    "pinnace",    "collier",    "steamship",
    "sailboat",   "dinghy",     "ketch",      "yawl",       "barque",
    "longship",   "trireme",    "whaleboat",  "carrier",    "rocket",
    "launcher",   "locomotive", "shuttle",    "capsule",    "orbiter",
    "glider",     "balloon",    "zeppelin",   "raft",       NULL};

bool extract_vessel_noun(const char *w, size_t len) {
  EXTRACT_WORD_SET(set, vessels, true);
  return extract_word_set_has(&set, w, len);
}

/* The kind a noun just before a name gives it ("the brewer X", "the
 * vessel X"), or NULL.  General English nouns of trades, crafts and roles,
 * no names; kinds29 added the trades that sell or carry goods ("the
 * American distributor X"; not "miner" and "trader", a worker's and a
 * fur trader's as often; "exporter" since actors70, once the firm its
 * possessive made an actor was a firm by its own words) and the roles of
 * one person ("the Wampanoag leader Massasoit", "the wrestler X"). */
static const char *kind_of_noun(const char *w, size_t len) {
  static const char *const companies[] = {
      "company",      "firm",       "bank",      "lender",      "brewer",
      "retailer",     "insurer",    "startup",   "start-up",    "carmaker",
      "automaker",    "chipmaker",  "maker",     "airline",     "conglomerate",
      "manufacturer", "supplier",   "developer", "producer",    "group",
      "shares",       "stock",      "rival",     "brand",       "utility",
      "operator",     "chain",      "grocer",    "companies",   "firms",
      "publisher",    "subsidiary", "importer",  "distributor", "shipper",
      "wholesaler",   "refiner",    "exporter",  NULL};
  static const char *const media[] = {"newspaper", "broadcaster", "magazine",
                                      "network",   "channel",     "paper",
                                      "journal",   "journals",    NULL};
  static const char *const groups[] = {"side", "band", "tribe", "regiment",
                                       NULL};
  static const char *const institutions[] = {"agency", "regulator", "police",
                                             "school", NULL};
  /* "the country singer X", "his brother X", "the northern earls X and
   * Y": the one named is a person */
  static const char *const people[] = {
      "singer",    "songwriter",  "musician",     "composer",   "painter",
      "poet",      "writer",      "novelist",     "actor",      "actress",
      "brother",   "sister",      "son",          "daughter",   "wife",
      "husband",   "father",      "mother",       "nephew",     "niece",
      "cousin",    "uncle",       "aunt",         "widow",      "heir",
      "earl",      "earls",       "duke",         "king",       "queen",
      "prince",    "princess",    "ruler",        "chieftain",  "bishop",
      "explorer",  "navigator",   "scientist",    "chemist",    "biochemist",
      "surgeon",   "physician",   "engineer",     "architect",  "runner",
      "athlete",   "teacher",     "founder",      "chief",      "servant",
      "executive", "mayor",       "governor",     "spokesman",  "spokeswoman",
      "lawyer",    "attorney",    "judge",        "rapper",     "wrestler",
      "leader",    "elder",       "sculptor",     "comedian",   "dancer",
      "boxer",     "playwright",  "photographer", "goalkeeper", "striker",
      "cyclist",   "jockey",      "sachem",       "warlord",    "monk",
      "priest",    "imam",        "rabbi",        "pastor",     "pianist",
      "guitarist", "violinist",   "drummer",      "journalist", "reporter",
      "historian", "philosopher", "astronaut",    "cosmonaut",  "activist",
      "artist",    "designer",    "pilot",        "captain",    "admiral",
      NULL};
  EXTRACT_WORD_SET(company_set, companies, true);
  EXTRACT_WORD_SET(media_set, media, true);
  EXTRACT_WORD_SET(group_set, groups, true);
  EXTRACT_WORD_SET(institution_set, institutions, true);
  static const char *const organisations[] = {
      "union",  "charity",   "federation",  "association",  "nonprofit",
      "unions", "charities", "federations", "associations", "club",
      "clubs",  "team",      NULL};
  EXTRACT_WORD_SET(people_set, people, true);
  EXTRACT_WORD_SET(organisation_set, organisations, true);
  uint32_t h = extract_word_hash(w, len); /* one hash for the five sets */
  if (extract_word_set_has_hash(&company_set, w, len, h))
    return "company";
  if (extract_word_set_has_hash(&media_set, w, len, h))
    return "media";
  if (extract_vessel_noun(w, len))
    return "other";
  if (extract_word_set_has_hash(&group_set, w, len, h))
    return "group";
  if (extract_word_set_has_hash(&people_set, w, len, h))
    return "person";
  if (extract_word_set_has_hash(&organisation_set, w, len, h))
    return "organization";
  if (extract_word_set_has_hash(&institution_set, w, len, h))
    return "institution";
  return NULL;
}

/* A noun of one who does something ("merchant", "dealer", "chemist",
 * "publisher"): by its ending, -er, -or, -ist, -ant or -ian. */
bool extract_agent_noun(const char *w, size_t len) {
  if (len < 5 || !ascii_is_lower((unsigned char)w[0]))
    return false;
  /* the endings by their last byte: a test or two, not five compares
   * (the lower-case plurals of a whole text are tried) */
  const char *e = w + len;
  switch (e[-1]) {
  case 'r': /* -er, -or */
    return e[-2] == 'e' || e[-2] == 'o';
  case 't': /* -ist, -ant */
    return (e[-3] == 'i' && e[-2] == 's') || (e[-3] == 'a' && e[-2] == 'n');
  case 'n': /* -ian */
    return e[-3] == 'i' && e[-2] == 'a';
  default:
    return false;
  }
}

/* The length of the apostrophe (straight, or U+2019 in UTF-8) that
 * starts at s[pos) before `end`, or 0. */
static size_t apostrophe_at(const char *s, size_t pos, size_t end) {
  if (pos < end && s[pos] == '\'')
    return 1;
  return pos + 3 <= end && memcmp(s + pos, "\xE2\x80\x99", 3) == 0 ? 3 : 0;
}

/* The length of the apostrophe that ends right before s[pos), or 0. */
static size_t apostrophe_before(const char *s, size_t pos) {
  if (pos >= 1 && s[pos - 1] == '\'')
    return 1;
  return pos >= 3 && memcmp(s + pos - 3, "\xE2\x80\x99", 3) == 0 ? 3 : 0;
}

/* Whether a possessive of a person ("his", "her", "their") or of a name
 * ("Harlan's", not "the Union Pacific's" nor "the pump's") comes before
 * the noun at `w`, one modifier between allowed ("their radio
 * operator"). */
static bool owned_noun(const char *s, size_t w) {
  size_t pos = w;
  for (int n = 0; n < 2; n++) {
    size_t b, l = extract_word_before(s, 0, pos, &b);
    if (!l)
      return false;
    if (extract_word_in(s + b, l,
                        (const char *const[]){"his", "her", "their", NULL}))
      return true;
    size_t mark = apostrophe_before(s, b);
    if (l == 1 && s[b] == 's' && mark) {
      size_t ob, ol = extract_word_before(s, 0, b - mark, &ob);
      if (!ol || !extract_starts_upper(s + ob, ol))
        return false;
      for (int k = 0; k < 4; k++) { /* the owner's other words */
        size_t pb, pl = extract_word_before(s, 0, ob, &pb);
        if (!pl || !extract_starts_upper(s + pb, pl))
          return !(pl && equals_ci(s + pb, pl, "the"));
        ob = pb;
      }
      return false;
    }
    pos = b;
  }
  return false;
}

/* The kind a noun at s[w, w + len) gives the name beside it, as
 * kind_of_noun, but a group of people named by a plural possessive ("the
 * residents' group", "the writers' group") is an association, not a firm
 * ("the French group X"), and a firm's noun that a person or a name owns
 * says nothing. */
static const char *kind_of_noun_at(const char *s, size_t w, size_t len,
                                   bool name_several) {
  const char *kind = kind_of_noun(s + w, len);
  /* "the central bank": a state's bank, an institution, not a lender */
  size_t cb, cl = extract_word_just_before(s, 0, w, &cb);
  if (kind && equals_ci(s + w, len, "bank") && equals_ci(s + cb, cl, "central"))
    return "institution";
  /* "the rating agency Fitch", "a travel agency": an agency named by the
   * trade it sells is a firm, a news agency a medium; "the campaign group
   * X", "a pressure group": a group named by what it presses for is an
   * association, not a firm (kinds29, README's table: a noun before the
   * name was the evidence of 5 wrong kinds in 4 sets today's code still
   * got wrong) */
  if (cl && equals_ci(s + w, len, "agency")) {
    static const char *const trades[] = {
        "rating",    "ratings",    "credit",      "advertising", "travel",
        "talent",    "employment", "recruitment", "estate",      "shipping",
        "marketing", "modelling",  "modeling",    NULL};
    if (extract_word_in(s + cb, cl,
                        (const char *const[]){"news", "press", NULL}))
      return "media";
    if (extract_word_in(s + cb, cl, trades))
      return "company";
  }
  /* "the low-cost carrier X", "the flag carrier X", "the mobile carrier
   * X": a carrier of a trade is an airline or a telephone company, a firm;
   * a bare "carrier" or "the aircraft carrier X" stays a ship */
  if (cl && equals_ci(s + w, len, "carrier")) {
    static const char *const trades[] = {
        "low-cost",  "budget",    "flag",    "national", "regional",
        "discount",  "no-frills", "charter", "cargo",    "freight",
        "mobile",    "wireless",  "telecom", "airline",  "state-owned",
        "long-haul", "domestic",  NULL};
    if (extract_word_in(s + cb, cl, trades))
      return "company";
  }
  if (cl && equals_ci(s + w, len, "group")) {
    static const char *const causes[] = {
        "campaign",     "campaigning", "pressure",  "advocacy",
        "lobby",        "lobbying",    "protest",   "activist",
        "rights",       "residents",   "community", "environmental",
        "conservation", "citizens",    "civic",     NULL};
    if (extract_word_in(s + cb, cl, causes))
      return "organization";
  }
  /* "His rival Hubert Latham", "Harlan's producer, Dale Whitcomb", "their
   * radio operator, Giuseppe Biagi": one's rival, producer or operator
   * named in full is most often a person, and the name's own words
   * decide; "his company, X", "his publisher, Gallimard" stay firms */
  if (kind && strcmp(kind, "company") == 0 && name_several &&
      (extract_agent_noun(s + w, len) || equals_ci(s + w, len, "rival")) &&
      owned_noun(s, w))
    return NULL;
  if (!kind || strcmp(kind, "company") != 0 ||
      !extract_word_in(s + w, len, (const char *const[]){"group", NULL}))
    return kind;
  if ((w >= 3 && memcmp(s + w - 3, "s' ", 3) == 0) ||
      (w >= 5 && memcmp(s + w - 5, "s\xE2\x80\x99 ", 5) == 0))
    return "organization";
  return kind;
}

/* "His follower Jerome of Prague", "her tutor Anselm of Laon": an agent
 * noun that "his", "her", "their" or a name owns, just before the name,
 * is one person's relation to another; not a firm's to a person ("his
 * employer", "her sponsor"). */
static bool owned_person_noun(const char *s, const char *w, size_t len) {
  static const char *const business[] = {
      "employer", "sponsor",   "distributor", "contractor",
      "creditor", "backer",    "investor",    "carrier",
      "owner",    "broker",    "dealer",      "printer",
      "manager",  "organiser", "organizer",   NULL};
  return extract_agent_noun(w, len) && !extract_word_in(w, len, business) &&
         owned_noun(s, (size_t)(w - s));
}

/* Whether a word of business comes within a few words after `pos`, in
 * the same clause, past the word right after the name (its verb; "Chief
 * executive ..." is a title): what X does is a company's ("cut 90 jobs",
 * "named a chief executive", "reported a profit"), not a post the name
 * holds ("resigned as chief executive", "stepped down as ..."). */
static bool business_follows(const char *s, size_t pos, size_t end) {
  static const char *const words[] = {
      "jobs",      "workers",   "employees", "staff",    "shares",
      "profit",    "profits",   "revenue",   "earnings", "dividend",
      "stake",     "customers", "executive", "merger",   "acquisition",
      "takeover",  "factory",   "factories", "stores",   "shareholders",
      "investors", "forecast",  "layoffs",   "products", NULL};
  EXTRACT_WORD_SET(set, words, true);
  for (int n = 0; n < 8 && pos < end; n++) {
    while (pos < end && s[pos] == ' ')
      pos++;
    if (pos < end && (s[pos] == ',' || s[pos] == ';' || s[pos] == '.'))
      return false;
    size_t b = pos;
    while (pos < end && s[pos] != ' ' && s[pos] != ',' && s[pos] != '.' &&
           s[pos] != ';')
      pos++;
    if (pos == b)
      pos++;
    else if (n > 0 && n <= 2 && equals_ci(s + b, pos - b, "as"))
      return false; /* "resigned as chief executive": the person's post */
    else if (n > 0 && extract_word_set_has(&set, s + b, pos - b))
      return true;
  }
  return false;
}

/* "X raised its base rate", "X cut interest rates by half a point", "X
 * held its key rate": a bank that moves the rate of a currency's money is
 * the state's central bank, an institution, not a lender (whose rates are
 * a mortgage's or a deposit's).  Reads the verb right after the name and
 * at most four words on. */
bool extract_rate_setter_follows(const char *s, size_t name_end, size_t end) {
  static const char *const moves[] = {
      "raised",  "raises",  "cut",     "cuts",    "lowered",   "lowers",
      "held",    "holds",   "kept",    "keeps",   "left",      "leaves",
      "hiked",   "hikes",   "lifted",  "lifts",   "increased", "increases",
      "reduced", "reduces", "slashed", "slashes", NULL};
  static const char *const rates[] = {"interest", "base",      "key",
                                      "policy",   "benchmark", "repo",
                                      "discount", "overnight", NULL};
  size_t b, l = extract_word_just_after(s, name_end, end, &b);
  if (!l || !extract_word_in(s + b, l, moves))
    return false;
  size_t prev = 0, prev_len = 0, pos = b + l;
  for (int n = 0; n < 4; n++) {
    l = extract_word_just_after(s, pos, end, &b);
    if (!l)
      return false;
    if (extract_word_in(s + b, l, (const char *const[]){"rate", "rates", NULL}))
      return prev_len && extract_word_in(s + prev, prev_len, rates);
    prev = b, prev_len = l, pos = b + l;
  }
  return false;
}

/* "Brigalow Coal, which owns the mine", "X, which has made bottles since
 * 1919", "X, which represents 600 staff": a name that "which" (never
 * "who") takes up is a business's when it runs, owns or makes something,
 * and a union's or an association's when it represents people.
 * `name_end` is the name's end; NULL when the clause says neither. */
static const char *relative_kind(const char *s, size_t name_end, size_t end) {
  static const char *const business[] = {
      "runs",   "owns",     "operates",     "employs", "makes",    "sells",
      "builds", "produces", "manufactures", "brews",   "supplies", "mines",
      "grows",  NULL};
  /* the same verbs after "has" or "had" */
  static const char *const business_done[] = {
      "run",   "owned",    "operated",     "employed", "made",     "sold",
      "built", "produced", "manufactured", "brewed",   "supplied", "mined",
      "grown", NULL};
  EXTRACT_WORD_SET(business_set, business, true);
  EXTRACT_WORD_SET(done_set, business_done, true);
  if (name_end >= end || s[name_end] != ',')
    return NULL;
  size_t wb, wl = extract_word_after(s, name_end + 1, end, &wb);
  if (!equals_ci(s + wb, wl, "which") || !ascii_is_lower((unsigned char)s[wb]))
    return NULL;
  size_t vb, vl = extract_word_after(s, wb + wl, end, &vb);
  if (vb != wb + wl + 1)
    return NULL;
  if (extract_word_set_has(&business_set, s + vb, vl))
    return "company";
  if (extract_word_in(s + vb, vl,
                      (const char *const[]){"represents", "represented", NULL}))
    return "organization";
  if (!extract_word_in(s + vb, vl, (const char *const[]){"has", "had", NULL}))
    return NULL;
  size_t db, dl = extract_word_after(s, vb + vl, end, &db);
  return db == vb + vl + 1 && extract_word_set_has(&done_set, s + db, dl)
             ? "company"
             : NULL;
}

/* "Tenzing, who had lived in Darjeeling", "a founder named Orban, whom the
 * emperor could not afford": "who" and "whom" take up a person, never a
 * body or a thing (those take "which"). */
static bool person_relative_follows(const char *s, size_t name_end,
                                    size_t end) {
  if (name_end >= end || s[name_end] != ',')
    return false;
  size_t wb, wl = extract_word_after(s, name_end + 1, end, &wb);
  return wb == name_end + 2 && ascii_is_lower((unsigned char)s[wb]) &&
         extract_word_in(s + wb, wl,
                         (const char *const[]){"who", "whom", NULL});
}

/* Whether the sentence before the name's own (at most BODY_LOOKBACK
 * bytes back) offers something else "its" may take up: a body's or a
 * firm's noun ("The carmaker lost money"), "it" or "its", or a name of
 * two capitalised words ("Talbot Motors lost money"; not "off Balboa and
 * Cristobal").  Bounded: linear over the text. */
#define BODY_LOOKBACK 400
static bool antecedent_before(const char *s, size_t name_start) {
  static const char *const openers[] = {"the", "a",  "an", "on",  "in",
                                        "at",  "by", "of", "for", NULL};
  size_t floor = name_start > BODY_LOOKBACK ? name_start - BODY_LOOKBACK : 0;
  size_t ends = 0, i = name_start;
  while (i > floor && ends < 2) {
    i--;
    if ((s[i] == '.' || s[i] == '!' || s[i] == '?') &&
        isspace((unsigned char)s[i + 1]))
      ends++;
  }
  size_t own = i; /* the start of the name's own sentence: none before */
  for (size_t k = name_start; k > i; k--)
    if ((s[k - 1] == '.' || s[k - 1] == '!' || s[k - 1] == '?') &&
        isspace((unsigned char)s[k])) {
      own = k;
      break;
    }
  bool capital_before = false; /* the word just before: a name's */
  for (size_t w = i; w < own;) {
    if (!isalpha((unsigned char)s[w])) {
      if (!isspace((unsigned char)s[w]))
        capital_before = false;
      w++;
      continue;
    }
    size_t e = w;
    while (e < own && isalpha((unsigned char)s[e]))
      e++;
    char low[32];
    size_t len = e - w < sizeof low ? e - w : 0;
    for (size_t k = 0; k < len; k++)
      low[k] = (char)tolower((unsigned char)s[w + k]);
    const char *kind = len ? kind_of_noun(low, len) : NULL;
    bool capital = isupper((unsigned char)s[w]);
    if ((kind && strcmp(kind, "person") != 0) ||
        (len && equals_ci(low, len, "its")) || (capital && capital_before))
      return true;
    /* a bare "it" is no antecedent: "It rained all week" */
    capital_before = capital && !(len && extract_word_in(low, len, openers));
    w = e;
  }
  return false;
}

/* "Hafsund Gas turned two of its tankers back": a name of several words
 * whose clause, with its verb right after it, says "its" before any other
 * noun phrase, name or person's pronoun could take it up, is a body, most
 * often a business; a person takes "his" or "her" (one word alone is as
 * often a ship's or a place's).  After a verb of saying the clause that
 * follows has a subject of its own ("Ryle said its profit"); after a verb
 * of holding a post, "its" is a body's named before ("Dodge became its
 * chief engineer"). */
static const char *its_follows(const char *s, size_t name_end, size_t end,
                               bool several) {
  static const char *const posts[] = {
      "became", "becomes", "become", "was",    "is",     "remained", "remains",
      "joined", "joins",   "led",    "leads",  "headed", "heads",    "chaired",
      "chairs", "founded", "served", "serves", NULL};
  if (!several)
    return NULL;
  static const char *const stops[] = {
      "the",  "a",   "an",    "this", "that", "these", "those",
      "his",  "her", "their", "our",  "my",   "your",  "him",
      "them", "he",  "she",   "they", "who",  "which", "whose",
      "whom", "it",  "and",   "or",   NULL};
  EXTRACT_WORD_SET(stop_set, stops, true);
  size_t b, l = extract_word_just_after(s, name_end, end, &b);
  if (!l || !ascii_is_lower((unsigned char)s[b]) ||
      extract_reporting_verb(s + b, l) || extract_word_in(s + b, l, posts) ||
      extract_function_word_after(s + b, l) || extract_actor_noun(s + b, l) ||
      extract_word_in(s + b, l, (const char *const[]){"and", "or", NULL}))
    return NULL; /* "sell the Riverside Hall to cover its debts": no verb;
                  * "the Bolshevik Communist government and its": a noun */
  size_t pos = b + l;
  for (int n = 0; n < 8; n++) {
    l = extract_word_just_after(s, pos, end, &b);
    if (!l || !ascii_is_lower((unsigned char)s[b]))
      return NULL; /* punctuation, a number, a name */
    if (equals_ci(s + b, l, "its"))
      return "company";
    if (extract_word_set_has(&stop_set, s + b, l) ||
        extract_reporting_verb(s + b, l))
      return NULL;
    pos = b + l;
  }
  return NULL;
}

/* "a road contractor, Pettit Civil, without a tender in 2029, and the
 * firm had belonged to ...": a clause joined on by "and" or "but" whose
 * subject is "the" and a firm's noun takes up the name of several words
 * before it, when no other name or person's pronoun comes between. */
static const char *firm_follows(const char *s, size_t name_end, size_t end,
                                bool several) {
  static const char *const persons[] = {"he",  "she", "his",  "her",
                                        "him", "who", "whom", NULL};
  if (!several)
    return NULL;
  size_t pos = name_end;
  bool joined = false; /* a comma and "and" or "but" right before */
  for (int n = 0; n < 16 && pos < end; n++) {
    while (pos < end && s[pos] == ' ')
      pos++;
    if (pos < end && (s[pos] == ',' || isdigit((unsigned char)s[pos]))) {
      pos++; /* a year or a sum says nothing of the subject */
      continue;
    }
    size_t b, l = extract_word_after(s, pos, end, &b);
    if (!l || !ascii_is_lower((unsigned char)s[b]) ||
        extract_word_in(s + b, l, persons))
      return NULL;
    bool after_and = joined;
    joined =
        extract_word_in(s + b, l, (const char *const[]){"and", "but", NULL}) &&
        b >= 2 && s[b - 2] == ',';
    if (after_and && equals_ci(s + b, l, "the")) {
      size_t nb, nl = extract_word_just_after(s, b + l, end, &nb);
      const char *kind = nl ? kind_of_noun(s + nb, nl) : NULL;
      size_t vb, vl = nl ? extract_word_just_after(s, nb + nl, end, &vb) : 0;
      if (!kind || strcmp(kind, "company") != 0 || !vl ||
          !ascii_is_lower((unsigned char)s[vb]))
        return NULL;
      /* "blamed Wil Harker in 1858, and the company dismissed him": the
       * firm's clause takes up a person */
      for (int k = 0; k < 8 && vl; k++) {
        if (extract_word_in(s + vb, vl, persons))
          return NULL;
        vl = extract_word_just_after(s, vb + vl, end, &vb);
      }
      return kind;
    }
    pos = b + l;
  }
  return NULL;
}

/* "the Montgolfier brothers", "the European Beyond EPICA project": after
 * "the", a name that a noun of people or of a body follows modifies that
 * noun, which says what the name is: kin named together are a family, a
 * group, and a project is a body that acts (an organization). */
static const char *head_noun_kind(const char *s, size_t name_end, size_t end,
                                  const char *prev, size_t len,
                                  const char *prev2, size_t len2) {
  /* "the European Beyond EPICA project": a capitalised adjective between */
  bool article = (len && equals_ci(prev, len, "the")) ||
                 (len && len2 && extract_starts_upper(prev, len) &&
                  equals_ci(prev2, len2, "the"));
  if (!article || name_end >= end || s[name_end] != ' ')
    return NULL;
  size_t b, l = extract_word_after(s, name_end, end, &b);
  if (b != name_end + 1 || !ascii_is_lower((unsigned char)s[b]))
    return NULL;
  if (extract_word_in(s + b, l,
                      (const char *const[]){"brothers", "sisters", NULL}))
    return "group";
  if (extract_word_in(
          s + b, l,
          (const char *const[]){"project", "programme", "program", NULL}))
    return "organization";
  return NULL;
}

/* The position past a possessive "'s" (or "’s") at `pos`, or `pos`. */
static size_t past_possessive(const char *s, size_t pos, size_t end) {
  size_t mark = apostrophe_at(s, pos, end);
  if (mark && pos + mark < end && s[pos + mark] == 's')
    return pos + mark + 1;
  /* a plural's: "the writers' group" */
  if (mark && pos > 0 && s[pos - 1] == 's')
    return pos + mark;
  return pos;
}

/* Whether the noun phrase that ends at `pos` goes on, before any comma,
 * to a verb of its own with no preposition after it: it is the clause's
 * subject, not an apposition ("Downstream, the water utility in Kitwe
 * closed its intake": "Downstream" opens the clause); "the brewer based
 * in X," and "the operator that runs the port," describe.  Reads at most
 * eight words. */
static bool subject_of_verb_after(const char *s, size_t pos, size_t end) {
  static const char *const stops[] = {"that", "which", "who", "whose",
                                      "and",  "or",    NULL};
  static const char *const prepositions[] = {
      "in", "by", "at", "on", "from", "for", "to", "with", "near", "as", NULL};
  for (int n = 0; n < 8 && pos < end; n++) {
    size_t b, l = extract_word_after(s, pos, end, &b);
    if (!l || extract_word_in(s + b, l, stops))
      return false;
    if (ascii_is_lower((unsigned char)s[b]) && extract_verb_form(s + b, l)) {
      size_t nb, nl = extract_word_after(s, b + l, end, &nb);
      return nl && nb == b + l + 1 &&
             !extract_word_in(s + nb, nl, prepositions);
    }
    pos = b + l;
  }
  return false;
}

/* A maker's or a builder's trade that the news says of a firm in an
 * apposition after its name ("X, a Spanish coachbuilder,", "X, the
 * German drugmaker,"; actors75: events_test37's wrong kind at first
 * sight).  Not the trades that name a craftsman as often ("watchmaker",
 * "shipbuilder": "the shipbuilder Colin Archer" is a person in the union
 * gold); before a name, not at all. */
static bool firm_trade_noun(const char *w, size_t len) {
  static const char *const trades[] = {
      "coachbuilder", "coachbuilders", "drugmaker", "steelmaker", "planemaker",
      "truckmaker",   "busmaker",      "tyremaker", "tiremaker",  NULL};
  EXTRACT_WORD_SET(set, trades, true);
  return extract_word_set_has(&set, w, len);
}

/* "X, the brewer,", "X, the Spanish e-bike brand,", "X, Chile's disaster
 * agency,": the kind the noun of an apposition a few words on gives the
 * name, or NULL. */
const char *extract_apposition_kind(const char *s, size_t name_end,
                                    size_t end) {
  const char *kind = NULL;
  if (name_end + 1 < end && s[name_end] == ',') {
    size_t b, l = extract_word_after(s, name_end + 1, end, &b);
    size_t owner = past_possessive(s, b + l, end);
    if (equals_ci(s + b, l, "the") || equals_ci(s + b, l, "a") ||
        (l && owner > b + l && extract_starts_upper(s + b, l))) {
      size_t pos = owner;
      for (int n = 0; n < 4 && !kind; n++) {
        size_t b2, l2 = extract_word_after(s, pos, end, &b2);
        /* "a 65-foot yacht", "a 40 ft ketch": a measure describes the
         * noun after it, as an adjective does */
        if (!l2 && b2 < end && isdigit((unsigned char)s[b2])) {
          pos = b2;
          while (pos < end && (isalnum((unsigned char)s[pos]) ||
                               s[pos] == '-' || s[pos] == '.'))
            pos++;
          continue;
        }
        if (!l2)
          break;
        /* "the publishing arm of the media group X": a part is of the
         * kind of the body it is part of, a few words on */
        size_t ob, ol = extract_word_after(s, b2 + l2, end, &ob);
        if (extract_word_in(s + b2, l2,
                            (const char *const[]){"arm", "unit", "division",
                                                  "branch", "wing", NULL}) &&
            ob == b2 + l2 + 1 && equals_ci(s + ob, ol, "of")) {
          pos = ob + ol, n = 0;
          continue;
        }
        /* "a New York paper merchant", "the police chief": a noun
         * before an agent noun, or before a noun of a kind, says what the
         * head deals in or serves; the head decides */
        size_t b3, l3 = extract_word_after(s, b2 + l2, end, &b3);
        bool modifier =
            b3 == b2 + l2 + 1 && ((extract_agent_noun(s + b3, l3) &&
                                   !extract_function_word_after(s + b3, l3)) ||
                                  kind_of_noun(s + b3, l3));
        if (!modifier)
          kind = kind_of_noun_at(s, b2, l2, false);
        if (!modifier && !kind && firm_trade_noun(s + b2, l2))
          kind = "company";
        pos = past_possessive(s, b2 + l2, end); /* "the province's" */
      }
      if (kind && subject_of_verb_after(s, pos, end))
        kind = NULL;
    }
  }
  return kind;
}

/* "A group calling itself Seed Defenders", "a freighter named Vantor Spirit":
 * a name that a noun after "a" introduces with "calling itself", "called"
 * or "named" takes that noun's kind; a group alone, no firm's word before
 * it, is a body of people, an organization ("the media group X" is a
 * firm).  "The team named X" is the team's naming, no introduction. */
static const char *introduced_kind(const char *s, const char *prev, size_t len,
                                   const char *prev2, size_t len2) {
  size_t at;
  if (len && len2 && equals_ci(prev, len, "itself") &&
      equals_ci(prev2, len2, "calling"))
    at = (size_t)(prev2 - s);
  else if (len &&
           extract_word_in(prev, len,
                           (const char *const[]){"called", "named", NULL}))
    at = (size_t)(prev - s);
  else
    return NULL;
  size_t nb, nl = extract_word_just_before(s, 0, at, &nb);
  size_t ab, al = extract_word_just_before(s, 0, nb, &ab);
  /* "a Chemnitz firm called X", "a small Danish firm called X": a
   * modifier or two, a place's or an adjective, between the article and
   * the noun (extract_modified_article) */
  if (nl && al)
    al = extract_modified_article(s, nb, &ab);
  if (!nl || !al)
    return NULL;
  if (equals_ci(s + nb, nl, "group"))
    return "organization";
  return kind_of_noun_at(s, nb, nl, false);
}

/* "the owner of a liveaboard boat, Ibrahim Nashid", "the largest ship of
 * the fleet, the X": the noun before an apposition's comma that "of"
 * brings (an article or a modifier or two between) is not the phrase's head;
 * the noun before "of" is, and says what the name is (kinds28, README's
 * table: a kind by the context was right 28 times in 49 at first sight,
 * wrong in 11 sets; own names of this shape 0 of 7 before, 7 after).  Moves
 * *nb, *nl to that noun; reads at most four words back. */
static void of_head(const char *s, size_t *nb, size_t *nl) {
  size_t pos = *nb;
  for (int n = 0; n < 4 && *nl; n++) {
    size_t b, l = extract_word_just_before(s, 0, pos, &b);
    if (!l || !ascii_is_lower((unsigned char)s[b]))
      return;
    if (equals_ci(s + b, l, "of")) {
      size_t hb, hl = extract_word_just_before(s, 0, b, &hb);
      if (hl && ascii_is_lower((unsigned char)s[hb]))
        *nb = hb, *nl = hl;
      return;
    }
    pos = b;
  }
}

/* Where the comma before a list's first item stands, read back from the
 * "and" at s[and_start) across that item ("two trawlers, the Costa Brava
 * and the Y": the comma after "trawlers"); 0 when the words between are
 * not a name's (capitalised, or a small word of one: "de", "del"). */
static size_t list_comma(const char *s, size_t and_start) {
  static const char *const small[] = {"the", "de", "del", "la",
                                      "da",  "of", "y",   NULL};
  size_t pos = and_start;
  for (int n = 0; n < 7; n++) {
    size_t b, l = extract_word_before(s, 0, pos, &b);
    if (!l)
      return n > 0 && b > 0 && s[b - 1] == ',' ? b : 0;
    if (!extract_starts_upper(s + b, l) && !extract_word_in(s + b, l, small))
      return 0;
    pos = b;
  }
  return 0;
}

/* The kind the words around the name say: "the brewer X", "shares of X",
 * "X's shares", "X said in a statement", "X, the brewer,". */
const char *extract_kind_from_context(const char *s, size_t end,
                                      size_t name_end, size_t run_end,
                                      const char *prev, size_t len,
                                      const char *prev2, size_t len2) {
  bool possessive = run_end > name_end;
  /* kinds from the words around: "the brewer X", "shares of X", "X's
   * shares", "X said in a statement" */
  size_t name_start = (size_t)(prev - s) + len;
  while (name_start < name_end &&
         (s[name_start] == ' ' || s[name_start] == ','))
    name_start++;
  bool several = memchr(s + name_start, ' ', name_end - name_start) != NULL;
  const char *kind = kind_of_noun_at(s, (size_t)(prev - s), len, several);
  if (!kind && len && owned_person_noun(s, prev, len))
    kind = "person";
  /* an agency's noun only in apposition, where the comma ends the name:
   * before a foreign name it reads a name cut at its lower-case word ("the
   * French health agency Santé publique France") */
  if (kind && strcmp(kind, "institution") == 0)
    kind = NULL;
  if (!kind)
    kind = introduced_kind(s, prev, len, prev2, len2);
  if (!kind && len &&
      extract_word_in(prev, len, (const char *const[]){"of", "in", NULL}) &&
      len2 &&
      extract_word_in(prev2, len2,
                      (const char *const[]){"shares", "stock", NULL}))
    kind = "company";
  /* "crews from Vattenfall", "engineers from X": a firm's staff, named by
   * the firm they come from (a known place keeps its own kind: "crews
   * from Ohio"); not "troops of X", a leader's as often ("the forces of
   * Nestor Makhno") */
  if (!kind && len && len2 && equals_ci(prev, len, "from") &&
      extract_word_in(prev2, len2,
                      (const char *const[]){"crews", "engineers", "technicians",
                                            "linemen", NULL}))
    kind = "company";
  size_t as,
      alen = extract_word_after(s, possessive ? run_end : name_end, end, &as);
  if (!kind && extract_word_in(s + as, alen,
                               (const char *const[]){"shares", "stock",
                                                     "shareholders", NULL}))
    kind = "company";
  if (!kind && possessive &&
      extract_word_in(s + as, alen,
                      (const char *const[]){"board", "chairman", "profit",
                                            "profits", "revenue", "sales",
                                            "factory", "plant", NULL}))
    kind = "company";
  /* "Kestrel's chief executive", "X's chief financial officer": a
   * business's officers */
  if (!kind && possessive && equals_ci(s + as, alen, "chief")) {
    size_t bs, blen = extract_word_after(s, as + alen, end, &bs);
    if (extract_word_in(s + bs, blen,
                        (const char *const[]){"executive", "technology",
                                              "financial", "operating", NULL}))
      kind = "company";
  }
  /* "a Central Pacific crew", "Nordvik Air pilots": a firm's staff */
  if (!kind && !possessive && as == name_end + 1 &&
      extract_word_in(s + as, alen,
                      (const char *const[]){"crew", "crews", "employees",
                                            "pilots", "executives", NULL}))
    kind = "company";
  if (!kind && extract_reporting_verb(s + as, alen) && as + alen + 16 <= end &&
      memcmp(s + as + alen, " in a statement", 15) == 0)
    kind = "company";
  if (!kind && business_follows(s, as, end))
    kind = "company"; /* "Skyrail cut 90 jobs" */
  /* "Krell recalled 2,000 pumps": a maker takes its goods back ("a
   * dairy in the Bernese Oberland recalled": a place's name) */
  static const char *const places[] = {"in",   "at", "on", "near",
                                       "from", "of", NULL};
  if (!kind && !possessive && as == name_end + 1 &&
      extract_goods_recalled(s, as, alen, end) &&
      !(len && extract_word_in(prev, len, places)) &&
      !(len && equals_ci(prev, len, "the") && len2 &&
        extract_word_in(prev2, len2, places)))
    kind = "company";
  if (!kind && !possessive)
    kind = relative_kind(s, name_end, end);
  if (!kind && !possessive)
    kind = head_noun_kind(s, name_end, end, prev, len, prev2, len2);
  /* "Anna Berg and Tom Lund closed its doors": names joined by "and" or
   * "or" would say "their"; "its" is another's */
  bool joined = len && extract_word_in(
                           prev, len, (const char *const[]){"and", "or", NULL});
  if (!kind && !possessive && !joined) {
    kind = its_follows(s, name_end, end, several);
    /* "The carmaker lost money. Siobhan Keane quit its board": its own */
    if (kind && antecedent_before(s, name_start))
      kind = NULL;
  }
  if (!kind && !possessive)
    kind = firm_follows(s, name_end, end, several);
  /* "the smallest ship, the Santiago": the noun before the apposition */
  if (!kind && (len == 0 || equals_ci(prev, len, "the"))) {
    size_t comma = (size_t)(prev - s);
    while (comma > 0 && s[comma - 1] == ' ')
      comma--;
    /* "two trawlers, the X and the Y": the list's later item is said of
     * the same noun */
    if (len && len2 && equals_ci(prev2, len2, "and"))
      comma = list_comma(s, (size_t)(prev2 - s));
    if (comma > 0 && s[comma - 1] == ',') {
      size_t nb, nl = extract_word_before(s, 0, comma - 1, &nb);
      of_head(s, &nb, &nl);
      extract_place_phrase_head(s, &nb, &nl); /* "a firm from Oradea, X" */
      kind = kind_of_noun_at(s, nb, nl, several);
      /* "Two other Harlan papers, the Kenosha Beacon", "the schools,
       * Whitworth Heights and Pine Creek", "stopped two trawlers, the
       * X and the Y": a plural that "the", "other", a count or a name
       * opens names them ("to build effective warships, the Confederacy
       * attempted": a phrase before the subject) */
      static const char *const openers[] = {"the",     "other", "two", "three",
                                            "four",    "five",  "six", "both",
                                            "several", NULL};
      size_t db, dl = extract_word_before(s, 0, nb, &db);
      if (!kind && nl > 4 && s[nb + nl - 1] == 's' && dl &&
          (extract_word_in(s + db, dl, openers) ||
           extract_starts_upper(s + db, dl)))
        kind = kind_of_noun(s + nb, nl - 1);
    }
  }
  if (!kind)
    kind = extract_apposition_kind(s, name_end, end);
  /* not after "of" or "the" ("the people of Venice, who", "the
   * Athenians, who", "Hasdrubal the Fair, who"), nor in apposition
   * ("Supreme Commander, Korea, who"): "who" takes up what comes before */
  if (!kind && !possessive && person_relative_follows(s, name_end, end) &&
      !(len &&
        extract_word_in(prev, len, (const char *const[]){"of", "the", NULL})) &&
      !(len == 0 && prev > s && prev[-1] == ','))
    kind = "person";
  return kind;
}

/* Whether a noun names who acts ("the company", "the ferry", "the
 * regulator", "the dealers", "the council") rather than what happened. */
bool extract_actor_noun(const char *w, size_t len) {
  return kind_of_noun(w, len) || extract_agent_noun(w, len) ||
         extract_body_noun(w, len);
}
