/* extract_roles.c: what the words around a name say about it: whether it
 * names a participant of its clause (the doer or the one done to) or
 * something else (a party in an apposition, one who receives, a holder
 * of an office); whether it only speaks, is only compared with, titles a
 * work or owns the noun after its "'s" is extract_speech_roles.c's,
 * whether it is a place or only modifies a noun extract_place_roles.c's,
 * the kind its neighbours give it extract_kind_context.c's.  No parser:
 * a few words either side, each look bounded, so that the whole stays
 * linear in the text. */
#include "extract_internal.h"

#include <ctype.h>
#include <string.h>

/* How far back a look for an enclosing comma or parenthesis goes: far
 * enough for an apposition, short enough that a sentence of names without
 * commas costs each name a constant. */
#define LOOK_BACK 160

/* Verbs of saying: a name that only says is no participant. */
bool extract_reporting_verb(const char *w, size_t len) {
  static const char *const words[] = {
      "said",     "says",      "say",      "told",     "tells",
      "added",    "adds",      "wrote",    "writes",   "noted",
      "notes",    "explained", "argued",   "argues",   "stated",
      "recalled", "testified", "insisted", "remarked", "commented",
      "observed", "estimated", "believes", "thinks",   NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Verbs that hand a thing over to a new owner: "sold its shares to
 * Britain", "ceded the province to X": after "to", the receiver, one done
 * to, not where something went ("sent troops to France" is). */
static bool owning_verb(const char *w, size_t len) {
  static const char *const words[] = {
      "gave",       "give",   "gives",    "giving", "handed",      "hands",
      "offered",    "offers", "granted",  "grants", "awarded",     "lent",
      "sold",       "sells",  "selling",  "paid",   "pays",        "promised",
      "owed",       "ceded",  "assigned", "leased", "transferred", "donated",
      "bequeathed", NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Verbs that take a thing from an owner: "bought the territory from
 * France", "received a doctorate from Oxford": after "from", the one who
 * gave or sold it, not where it came from. */
static bool taking_verb(const char *w, size_t len) {
  static const char *const words[] = {
      "bought",   "buys",      "buy",       "received", "receives", "acquired",
      "acquires", "purchased", "inherited", "borrowed", "obtained", "won",
      "wins",     "wrested",   "leased",    "licensed", "accepted", NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Verbs of giving, which take a receiver and then the thing given ("passed
 * Crick a report", "gave Russia Livonia"): the receiver is one done to, the
 * thing given is no participant. */
static bool giving_verb(const char *w, size_t len) {
  static const char *const words[] = {"passed", "showed",  "shows",  "sent",
                                      "sends",  "brought", "denied", NULL};
  EXTRACT_WORD_SET(set, words, true);
  return owning_verb(w, len) || extract_word_set_has(&set, w, len);
}

/* Whether a pronoun comes within a few words after `pos`: "X said he
 * would ..." makes X the doer of what is said, not only its reporter. */
static bool pronoun_follows(const char *s, size_t pos, size_t end) {
  static const char *const pronouns[] = {
      "he", "she", "it", "they", "we", "i", "his", "her", "its", "their", NULL};
  EXTRACT_WORD_SET(set, pronouns, true);
  if (extract_saying_closed(s, pos, end))
    return false;
  for (int n = 0; n < 10 && pos < end; n++) {
    while (pos < end && !ascii_alpha((unsigned char)s[pos]))
      pos++;
    size_t b = pos;
    while (pos < end && ascii_alpha((unsigned char)s[pos]))
      pos++;
    if (extract_word_set_has(&set, s + b, pos - b))
      return true;
  }
  return false;
}

/* Whether "told" or "tells" at s[verb, verb + len) gives an order, an
 * object then a to-infinitive within a few words ("told residents of
 * the town to leave"): the one who orders acts, not only reports. */
static bool directive_follows(const char *s, size_t verb, size_t len,
                              size_t end) {
  if (!extract_word_in(s + verb, len,
                       (const char *const[]){"told", "tells", NULL}))
    return false;
  size_t pos = verb + len;
  for (int n = 0; n < 8 && pos < end; n++) {
    size_t w, l = extract_word_after(s, pos, end, &w);
    if (l == 0 || s[w - 1] == ',' || equals_ci(s + w, l, "that"))
      return false;
    if (n > 0 && equals_ci(s + w, l, "to")) {
      size_t v, vl = extract_word_after(s, w + l, end, &v);
      return vl > 0 && ascii_is_lower((unsigned char)s[v]) &&
             !extract_word_in(s + v, vl,
                              (const char *const[]){"the", "a", "an", NULL});
    }
    pos = w + l;
  }
  return false;
}

/* Whether "wrote" or "writes" at s[verb, verb + len) has "to" and its
 * addressee right after ("wrote to parents", "wrote to the FAA"), or a
 * thing written as its object ("wrote a long petition", "wrote his
 * will"): a letter sent or a document made is a happening with a doer,
 * not only a report of another one. */
static bool letter_follows(const char *s, size_t verb, size_t len, size_t end) {
  if (!extract_word_in(s + verb, len,
                       (const char *const[]){"wrote", "writes", NULL}))
    return false;
  size_t ws, l = extract_word_after(s, verb + len, end, &ws);
  return ws == verb + len + 1 &&
         extract_word_in(s + ws, l,
                         (const char *const[]){"to", "a", "an", "his", "her",
                                               "their", "its", NULL});
}

/* Nouns of one who leads a body and speaks for it: "Economy Minister X",
 * "the club's chairman, X" (not a spokesman, who only reports). */
static bool leader_noun(const char *w, size_t len) {
  static const char *const words[] = {
      "chairman",   "chairwoman", "president", "minister",
      "chancellor", "premier",    "governor",  "mayor",
      "chief",      "executive",  "director",  "manager",
      "coach",      "secretary",  "leader",    NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Whether "the" and a noun of a body ("the government", "the club")
 * come within a few words after `pos`, in the clause said: a leader who
 * says what his body will do announces its decision. */
static bool own_body_follows(const char *s, size_t pos, size_t end) {
  static const char *const bodies[] = {
      "government", "club",  "company", "ministry", "council",
      "board",      "party", "firm",    "team",     "department",
      "city",       "state", "bank",    "union",    NULL};
  EXTRACT_WORD_SET(set, bodies, true);
  bool article = false;
  for (int n = 0; n < 10 && pos < end; n++) {
    size_t b, l = extract_word_after(s, pos, end, &b);
    if (!l || memchr(s + pos, ';', b - pos))
      return false;
    if (article && extract_word_set_has(&set, s + b, l))
      return !extract_past_deed_reported(s, b + l, end);
    article = equals_ci(s + b, l, "the");
    pos = b + l;
  }
  return false;
}

/* Months and days: a capitalised word before a comma that closes an
 * opening date phrase, not a name. */
static const char *const date_words[] = {
    "January",  "February", "March",    "April",     "May",
    "June",     "July",     "August",   "September", "October",
    "November", "December", "Monday",   "Tuesday",   "Wednesday",
    "Thursday", "Friday",   "Saturday", "Sunday",    NULL};
EXTRACT_WORD_SET(date_word_set, date_words, true);

bool extract_calendar_word(const char *w, size_t len) {
  return extract_word_set_has(&date_word_set, w, len);
}

/* Whether a day ("on Thursday", "on March 3", "yesterday") stands between
 * a verb of saying that ends at `pos` and the "that" of what it says ("said
 * on Thursday that", "told the staff on Monday that").  In a lede (the
 * sentence a dateline opens) such a saying is the news itself, an
 * announcement, and the one who speaks its doer; further on, a dated
 * saying mostly reports a figure or another's deed. */
static bool dated_saying(const char *s, size_t pos, size_t end) {
  bool dated = false, on = false;
  for (int n = 0; n < 10 && pos < end; n++) {
    while (pos < end && (s[pos] == ' ' || isdigit((unsigned char)s[pos])))
      pos++;
    size_t b, l = extract_word_after(s, pos, end, &b);
    if (!l)
      return false;
    if (equals_ci(s + b, l, "that"))
      return dated;
    if ((on && extract_word_set_has(&date_word_set, s + b, l)) ||
        equals_ci(s + b, l, "yesterday"))
      dated = true;
    on = equals_ci(s + b, l, "on");
    pos = b + l;
  }
  return false;
}

/* Whether the name is the subject of a verb of saying with no pronoun of
 * its own after it ("Peter Grady, an analyst, said the cut ...", ", the
 * institute said."); a `leader` who says what his body will do is not
 * only reporting. */
static bool reports_only(const char *s, size_t start, size_t name_start,
                         size_t end, size_t after_name, bool leader,
                         bool lede) {
  size_t pos = after_name;
  size_t ws0, len0 = extract_word_after(s, pos + (pos < end && s[pos] == ','),
                                        end, &ws0);
  if (extract_reporting_verb(s + ws0, len0) &&
      !extract_goods_recalled(s, ws0, len0, end))
    return !pronoun_follows(s, ws0 + len0, end) &&
           !(leader && own_body_follows(s, ws0 + len0, end)) &&
           !directive_follows(s, ws0, len0, end) &&
           !letter_follows(s, ws0, len0, end) &&
           !extract_plain_telling(s, start, name_start, ws0, len0, end) &&
           !(lede &&
             dated_saying(s, ws0 + len0, end)); /* ", Dana Whitfield, said" */
  /* over an apposition: "X, an analyst at Y, said" */
  if (pos < end && s[pos] == ',') {
    size_t close = pos + 1;
    while (close < end && close < pos + LOOK_BACK && s[close] != ',')
      close++;
    if (close < end && s[close] == ',')
      pos = close + 1;
  }
  size_t ws, len = extract_word_after(s, pos, end, &ws);
  if (extract_word_in(s + ws, len,
                      (const char *const[]){"also", "later", "then", NULL}))
    len = extract_word_after(s, ws + len, end, &ws);
  if (!extract_reporting_verb(s + ws, len) ||
      extract_goods_recalled(s, ws, len, end))
    return false;
  return !pronoun_follows(s, ws + len, end) &&
         !(leader && own_body_follows(s, ws + len, end)) &&
         !directive_follows(s, ws, len, end) &&
         !letter_follows(s, ws, len, end) &&
         !extract_plain_telling(s, start, name_start, ws, len, end) &&
         !(lede && dated_saying(s, ws + len, end));
}

/* Whether s[.., comma) is a phrase of place that opens its sentence or
 * follows a comma ("In Geneva", ", at the Security Council"): its first
 * word, after the comma or `lo` before it, is a preposition of place. */
static bool fronted_place_phrase(const char *s, size_t lo, size_t comma) {
  size_t p = comma;
  while (p > lo && s[p - 1] != ',')
    p--;
  size_t ws, len = extract_word_after(s, p, comma, &ws);
  if (!len ||
      !extract_word_in(
          s + ws, len,
          (const char *const[]){"in", "at", "near", "outside", "inside", NULL}))
    return false;
  /* the place's name alone, with "the" and "of": not "In 1402 Zhu Di,
   * the Prince of Yan," (a date, then the subject the apposition names) */
  for (size_t i = ws + len; i < comma;) {
    size_t b, l = extract_word_after(s, i, comma, &b);
    if (!l)
      return b >= comma; /* a number or a mark: "In 1402 Zhu Di" */
    if (!ascii_upper((unsigned char)s[b]) &&
        !extract_word_in(s + b, l, (const char *const[]){"the", "of", NULL}))
      return false;
    i = b + l;
  }
  return true;
}

/* The end of the last byte of s[lo, c) from '(' to ',' (one of ( ) * +
 * ,), or lo when there is none.  Eight bytes a step: this walk, unlike
 * those around a word, goes back over most of its window before most
 * names (some 300 instructions a name on the bench's block). */
static size_t apposition_mark_before(const char *s, size_t lo, size_t c) {
#ifdef EVG_SWAR
  for (; c >= lo + 8; c -= 8) {
    uint64_t marks = evg_swar_in(evg_swar_load(s + c - 8), '(', ',');
    if (marks)
      return c - 8 + evg_swar_last(marks) + 1;
  }
#endif
  while (c > lo && (unsigned char)(s[c - 1] - '(') > ',' - '(')
    c--;
  return c;
}

/* Whether the name sits in a comma-enclosed apposition that opens with
 * an article after another name ("Sen. Laura Kessler, a Democrat from
 * Evanston,"), or inside parentheses. */
static bool in_apposition(const char *s, size_t start, size_t name_start) {
  size_t lo = name_start > start + LOOK_BACK ? name_start - LOOK_BACK : start;
  for (size_t c = name_start; (c = apposition_mark_before(s, lo, c)) > lo;
       c--) {
    char ch = s[c - 1];
    if (ch == ')')
      return false;
    if (ch == '(')
      return true;
    if (ch != ',')
      continue;
    size_t ws, len = extract_word_after(s, c, name_start, &ws);
    if (!extract_word_in(s + ws, len,
                         (const char *const[]){"a", "an", "the", NULL}))
      return false;
    size_t before, blen = extract_word_before(s, start, c - 1, &before);
    if (blen == 0 || !ascii_upper((unsigned char)s[before]))
      return false;
    /* "In January, the Dutch group X": the comma closes a date phrase */
    if (extract_word_set_has(&date_word_set, s + before, blen))
      return false;
    /* "On October 25, at the Security Council, the American ambassador X
     * set", "In Omsk, the Russian Provisional Government": the comma
     * closes a fronted phrase of place */
    if (fronted_place_phrase(s, lo, c - 1))
      return false;
    /* an apposition has no verb: ", a court blocked the Port" is a clause;
     * a relative clause inside it is still the apposition's (", a
     * biochemist who had fled Nazi Germany,") */
    for (size_t i = ws; i < name_start;) {
      size_t b, l = extract_word_after(s, i, name_start, &b);
      if (l == 0) {
        i = b + 1;
        continue;
      }
      if (extract_word_in(s + b, l,
                          (const char *const[]){"who", "whose", "which", NULL}))
        return true;
      if (extract_verb_form(s + b, l))
        return false;
      i = b + l;
    }
    return true;
  }
  return false;
}

/* Words that cannot be the noun a name modifies: "invaded Russia in
 * 1708" is no "U.S. restrictions". */
bool extract_function_word_after(const char *w, size_t len) {
  static const char *const words[] = {
      "in",         "on",      "at",     "by",      "for",     "from",
      "with",       "to",      "of",     "as",      "after",   "before",
      "since",      "during",  "into",   "over",    "under",   "until",
      "about",      "against", "across", "through", "toward",  "towards",
      "near",       "without", "that",   "which",   "who",     "whose",
      "when",       "where",   "while",  "but",     "nor",     "than",
      "because",    "if",      "once",   "then",    "also",    "again",
      "later",      "first",   "last",   "now",     "not",     "never",
      "still",      "only",    "alone",  "itself",  "himself", "herself",
      "themselves", NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Bodies through which a place acts: "Germany's product safety agency
 * issued a warning" names Germany as a party, "York's oldest footbridge"
 * does not. */
bool extract_body_noun(const char *w, size_t len) {
  static const char *const words[] = {
      "agency",     "agencies",    "government",  "army",        "armies",
      "navy",       "parliament",  "ministry",    "police",      "troops",
      "forces",     "court",       "courts",      "regulator",   "regulators",
      "authority",  "authorities", "council",     "senate",      "congress",
      "cabinet",    "embassy",     "military",    "fleet",       "bank",
      "department", "officials",   "prosecutors", "legislature", "diplomats",
      "campaign",   "lawyers",     NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Nouns after "the X" that make X the name of those people: "the
 * Montgolfier brothers", "the Medici family". */
static const char *const kin_nouns[] = {"brothers", "sisters", "family",
                                        "families", "twins",   "couple",
                                        "dynasty",  "clan",    NULL};
EXTRACT_WORD_SET(kin_noun_set, kin_nouns, true);

bool extract_kin_noun(const char *w, size_t len) {
  return extract_word_set_has(&kin_noun_set, w, len);
}

/* Whether a verb of naming comes before the name at `pos` with its
 * object or after an adverb or "be": "called it the Pacific", "later
 * called Domesday Book", "was named X".  "A firm called X" and "Trump
 * called X" are left alone. */
static bool naming_before(word_chain *before) {
  static const char *const verbs[] = {
      "called", "named", "renamed", "dubbed", "christened", "nicknamed", NULL};
  static const char *const objects[] = {"it",   "him",  "her",
                                        "them", "this", NULL};
  static const char *const adverbs[] = {
      "later",    "now",       "also",  "once", "since",   "then",
      "often",    "sometimes", "was",   "were", "is",      "are",
      "be",       "been",      "being", "soon", "quickly", "officially",
      "formally", "first",     NULL};
  EXTRACT_WORD_SET(verb_set, verbs, true);
  EXTRACT_WORD_SET(object_set, objects, true);
  EXTRACT_WORD_SET(adverb_set, adverbs, true);
  const char *s = before->s;
  size_t start = before->lo;
  unsigned k = 0;
  chain_word w = chain_at(before, k);
  /* "took the name Martin V", "under the name X": the name itself */
  chain_word det = chain_at(before, 1);
  if (extract_word_in(s + w.start, w.len,
                      (const char *const[]){"name", "names", NULL}) &&
      extract_word_in(s + det.start, det.len,
                      (const char *const[]){"the", "a", "his", "her", "its",
                                            "their", NULL}))
    return true;
  if (equals_ci(s + w.start, w.len, "the") ||
      equals_ci(s + w.start, w.len, "a"))
    w = chain_at(before, ++k);
  bool object = w.len && extract_word_set_has(&object_set, s + w.start, w.len);
  if (object)
    w = chain_at(before, ++k);
  size_t b = w.start;
  if (!w.len || !extract_word_set_has(&verb_set, s + b, w.len))
    return false;
  if (object)
    return true;
  /* "a land he called Staten Landt": a clause of a noun with no relative
   * word, whose object, the noun, is given the name */
  chain_word subject = chain_at(before, k + 1);
  chain_word noun = chain_at(before, k + 2);
  if (subject.len && noun.len &&
      extract_word_in(s + subject.start, subject.len,
                      (const char *const[]){"he", "she", "they", "we", NULL}) &&
      ascii_is_lower((unsigned char)s[noun.start]) &&
      !extract_verb_form(s + noun.start, noun.len) &&
      !extract_function_word_after(s + noun.start, noun.len))
    return true;
  chain_word adverb = chain_at(before, k + 1);
  size_t ab = adverb.start, al = adverb.len;
  return (al && extract_word_set_has(&adverb_set, s + ab, al)) ||
         (al == 0 && b > start && s[b - 1] != ' ') ||
         (al == 0 && b > start + 1 && s[b - 2] == ',');
}

/* Nouns of kin before "of": "the son of X". */
static const char *const kin_of_nouns[] = {
    "son",      "sons",          "daughter", "daughters", "wife",   "husband",
    "widow",    "brother",       "sister",   "father",    "mother", "heir",
    "grandson", "granddaughter", "nephew",   "niece",     "cousin", NULL};

/* Whether "the son of" comes before the name at `pos`, over a title
 * ("the son of Tsar Alexis"). */
static bool kin_of_before(word_chain *before) {
  const char *s = before->s;
  unsigned k = 0;
  chain_word w = chain_at(before, k);
  for (int n = 0; n < 2 && w.len && ascii_upper((unsigned char)s[w.start]); n++)
    w = chain_at(before, ++k);
  if (!equals_ci(s + w.start, w.len, "of"))
    return false;
  w = chain_at(before, k + 1);
  return w.len && extract_word_in(s + w.start, w.len, kin_of_nouns);
}

/* Whether an apposition after the name says it is a happening: "X, a
 * journey of ...", "X, the annual race ...". */
static bool happening_apposition(const char *s, size_t name_end, size_t end) {
  static const char *const nouns[] = {
      "journey",    "voyage",  "expedition", "trip",     "tour",
      "mission",    "race",    "festival",   "ceremony", "conference",
      "pilgrimage", "crusade", "campaign",   NULL};
  if (name_end + 1 >= end || s[name_end] != ',')
    return false;
  size_t b, l = extract_word_after(s, name_end + 1, end, &b);
  if (!extract_word_in(s + b, l, (const char *const[]){"a", "an", "the", NULL}))
    return false;
  size_t pos = b + l;
  for (int n = 0; n < 3; n++) {
    size_t b2, l2 = extract_word_after(s, pos, end, &b2);
    if (!l2)
      return false;
    if (extract_word_in(s + b2, l2, nouns))
      return true;
    pos = b2 + l2;
  }
  return false;
}

/* Whether the name at `pos` ends a participle phrase of ownership after
 * a comma or right after its noun: "The train, run by the start-up X,
 * left", ", owned by X", "a power line owned by X started the fire".
 * Who owns or runs the subject does not act ("led by X" and
 * "commanded by X" do; "was owned by X" is a clause of its own). */
static bool owner_phrase_before(word_chain *before) {
  static const char *const verbs[] = {
      "run",    "owned",  "operated", "managed",   "controlled",
      "backed", "funded", "financed", "sponsored", NULL};
  const char *s = before->s;
  size_t start = before->lo;
  for (unsigned n = 0; n < 6; n++) {
    chain_word w = chain_at(before, n);
    if (!w.len)
      return false;
    if (equals_ci(s + w.start, w.len, "by")) {
      chain_word verb = chain_at(before, n + 1);
      size_t vb = verb.start, vl = verb.len;
      if (!vl || !extract_word_in(s + vb, vl, verbs))
        return false;
      chain_word noun = chain_at(before, n + 2);
      size_t nb = noun.start, nl = noun.len;
      if (nl && ascii_is_lower((unsigned char)s[nb]) &&
          !extract_verb_form(s + nb, nl) &&
          !extract_function_word_after(s + nb, nl) &&
          !equals_ci(s + nb, nl, "and") && !equals_ci(s + nb, nl, "or") &&
          s[nb + nl] == ' ')
        return true; /* "a line owned by X": the noun it follows */
      while (vb > start && s[vb - 1] == ' ')
        vb--;
      return vb > start && s[vb - 1] == ',';
    }
  }
  return false;
}

/* Whether the group that ends before `pos` acts or is done to: the
 * subject ("; one of them, X, died", "two sponsors, among them X, froze")
 * or a verb's object ("picked ten climbers, among them X", "persuaded
 * four merchants, among them X"), or after a recipient's "to" or a
 * passive's "by" (extract_group_preposition), not another preposition's
 * ("with 312 passengers on board, among them X"); a place after the
 * group's noun ("physicists across Europe") and a date phrase are passed
 * over.  Reads ten words back at most. */
static bool group_acts_before(const char *s, size_t start, size_t pos) {
  static const char *const prepositions[] = {
      "with",    "for",     "to",      "from",   "at",      "in",
      "on",      "by",      "into",    "onto",   "over",    "under",
      "between", "among",   "against", "toward", "towards", "across",
      "through", "without", "about",   "like",   "than",    NULL};
  size_t i = pos;
  for (unsigned n = 0; n < 10; n++) {
    while (i > start && (s[i - 1] == ' ' || isdigit((unsigned char)s[i - 1])))
      i--;
    size_t b, l = extract_word_before(s, start, i, &b);
    if (l == 0) /* the sentence's start or punctuation: a subject */
      return i == start || strchr(",;:", s[i - 1]) != NULL;
    /* a date phrase between ("in June, among them", "On June 20 one of
     * them"): its preposition is no object's */
    if (extract_word_set_has(&date_word_set, s + b, l)) {
      size_t pb, pl = extract_word_before(s, start, b, &pb);
      i = pl && extract_word_in(s + pb, pl,
                                (const char *const[]){"in", "on", NULL})
              ? pb
              : b;
      continue;
    }
    if (extract_word_in(s + b, l, prepositions)) {
      int way = extract_group_preposition(s, b, l, pos);
      if (way < 0) {
        i = b;
        continue;
      }
      return way > 0;
    }
    if (equals_ci(s + b, l, "and") || extract_verb_form(s + b, l))
      return true;
    i = b;
  }
  return false;
}

/* Whether "of them" after the word at s[b, b + len) names members one by
 * one ("one of them", "two of them"), not a share ("most of them"). */
static bool counted_members(const char *s, size_t b, size_t len) {
  static const char *const counts[] = {"one",  "two",  "three", "four",
                                       "five", "both", NULL};
  return extract_word_in(s + b, len, counts);
}

/* Whether the count at `pos` ("one of them") is the object of an
 * infinitive: a lower-case word right before it that "to" opens ("ordered
 * the firm to pay one of them, X,"), as no noun can stand there without
 * a comma. */
static bool infinitive_object(const char *s, size_t start, size_t pos) {
  size_t vb, vl = extract_word_before(s, start, pos, &vb);
  if (!vl || vb + vl + 1 != pos || s[vb] < 'a' || s[vb] > 'z')
    return false;
  size_t tb, tl = extract_word_before(s, start, vb, &tb);
  return tl && tb + tl + 1 == vb && equals_ci(s + tb, tl, "to");
}

/* The end of the last byte of s[lo, i) that is '.', ';', ':' or 'm', or
 * lo when there is none; eight bytes a step, as apposition_mark_before
 * (few windows hold a stop). */
static size_t group_mark_before(const char *s, size_t lo, size_t i) {
#ifdef EVG_SWAR
  for (; i >= lo + 8; i -= 8) {
    uint64_t w = evg_swar_load(s + i - 8);
    /* ':' and ';' are 0x3A and 0x3B: with bit 0 set, the only bytes
     * that are ';' */
    uint64_t marks = evg_swar_eq(w | EVG_SWAR_ONES, ';') | evg_swar_eq(w, '.') |
                     evg_swar_eq(w, 'm');
    if (marks)
      return i - 8 + evg_swar_last(marks) + 1;
  }
#endif
  while (i > lo && s[i - 1] != '.' && s[i - 1] != ';' && s[i - 1] != ':' &&
         s[i - 1] != 'm')
    i--;
  return i;
}

/* Whether the name at `pos` is one of a group counted by the clause
 * before: "with 312 passengers, among them the deputy mayor, X", "the
 * captains, most of them Spaniards who ...".  Looked for in a few words
 * back, within the sentence.  A member named of a group that acts or is
 * done to acts or is done to itself ("two sponsors, among them X,
 * froze their payments"). */
static bool member_of_group_before(const char *s, size_t start, size_t pos) {
  size_t lo = pos > start + 60 ? pos - 60 : start;
  for (size_t i = pos; (i = group_mark_before(s, lo + 1, i)) > lo + 1; i--) {
    char ch = s[i - 1];
    if (ch == '.' || ch == ';' || ch == ':')
      return false;
    if (i < lo + 4)
      continue; /* "them", "whom" */
    size_t b, l = extract_word_before(s, lo, i, &b);
    if (b + l != i ||
        !extract_word_in(s + b, l, (const char *const[]){"them", "whom", NULL}))
      continue;
    size_t pb, pl = extract_word_before(s, lo, b, &pb);
    if (!pl || !extract_word_in(s + pb, pl,
                                (const char *const[]){"among", "of", NULL}))
      continue;
    if (equals_ci(s + b, l, "whom"))
      return true;
    if (equals_ci(s + pb, pl, "among") &&
        extract_member_aside_closed(s, start, pb, b + l))
      return false;
    if (equals_ci(s + pb, pl, "among"))
      return !(pb >= start + 2 && s[pb - 2] == ',' &&
               group_acts_before(s, start, pb - 2));
    size_t cb, cl = extract_word_before(s, start, pb, &cb);
    return !(
        cl && counted_members(s, cb, cl) &&
        (group_acts_before(s, start, cb) || infinitive_object(s, start, cb)));
  }
  return false;
}

/* The relative pronoun that opens a relative clause of another noun
 * holding the name at `pos`, a dozen words back at most and no
 * punctuation between: ", which buys no turbines from X", "a book whose
 * portrait of X", "a bet that X had made", "what X called"; or
 * (size_t)-1.  "said that X ..." (a verb before "that") is reported
 * speech, left to its own rules; "where" opens a clause of place that may
 * be the happening itself; "that lunchtime X" is no clause. */
size_t extract_relative_clause(const char *s, size_t start, size_t pos) {
  static const char *const pronouns[] = {"which", "whose", "who",
                                         "whom",  "what",  NULL};
  /* hashed: the loop tests up to a dozen words before each of the names */
  EXTRACT_WORD_SET(pronoun_set, pronouns, true);
  static const char *const not_nouns[] = {
      "so", "now", "such", "given", "except", "and",   "but",
      "or", "yet", "nor",  "after", "before", "since", NULL};
  size_t p = pos;
  for (int n = 0; n < 12; n++) {
    /* over a possessive: "made with the Union Pacific's Thomas Durant" */
    if (p >= start + 3 && s[p - 1] == ' ' && s[p - 2] == 's' &&
        s[p - 3] == '\'')
      p -= 3;
    else if (p >= start + 5 && s[p - 1] == ' ' && s[p - 2] == 's' &&
             memcmp(s + p - 5, "\xe2\x80\x99", 3) == 0)
      p -= 5;
    size_t b, l = extract_word_before(s, start, p, &b);
    if (!l)
      return (size_t)-1;
    if (extract_word_set_has(&pronoun_set, s + b, l))
      return b > start ? b : (size_t)-1;
    if (equals_ci(s + b, l, "that")) {
      size_t nb, nl = extract_word_before(s, start, b, &nb);
      bool after_noun = nl > 2 && ascii_is_lower((unsigned char)s[nb]) &&
                        !extract_verb_form(s + nb, nl) &&
                        !extract_reporting_verb(s + nb, nl) &&
                        !extract_function_word_after(s + nb, nl) &&
                        !extract_word_in(s + nb, nl, not_nouns);
      return after_noun ? b : (size_t)-1;
    }
    p = b;
  }
  return (size_t)-1;
}

/* Whether the word s[b, b + len) is a common noun a "by" phrase can
 * belong to: lower case, no verb form (a passive's agent follows "was
 * replaced by"), no function word, no adverb in -ly. */
static bool noun_before_by(const char *s, size_t b, size_t len) {
  return len > 2 && ascii_is_lower((unsigned char)s[b]) &&
         !extract_verb_form(s + b, len) &&
         !extract_function_word_after(s + b, len) &&
         !(s[b + len - 2] == 'l' && s[b + len - 1] == 'y') &&
         !extract_word_in(s + b, len,
                          (const char *const[]){
                              "and",       "or",      "but",       "driven",
                              "written",   "taken",   "made",      "held",
                              "won",       "beaten",  "hard",      "late",
                              "early",     "again",   "twice",     "once",
                              "first",     "soon",    "back",      "down",
                              "out",       "off",     "up",        "today",
                              "yesterday", "tonight", "overnight", NULL});
}

/* Whether words k.. of the chain are "by" or "to", a participle and the
 * lower-case noun it describes, read backwards: "a family firm founded
 * by X", "every tower built by X", "a letter addressed to X".  The
 * participle tells of the noun, not the clause; a passive has an
 * auxiliary where the noun would be ("was built by X"). */
bool extract_participle_of_noun_at(word_chain *before, unsigned k) {
  const char *s = before->s;
  chain_word prep = chain_at(before, k);
  if (!extract_word_in(s + prep.start, prep.len,
                       (const char *const[]){"by", "to", NULL}))
    return false;
  chain_word verb = chain_at(before, k + 1);
  chain_word noun = chain_at(before, k + 2);
  /* "the medal went to X" is a clause of its own: with "to", only a noun
   * that a verb takes as its object ("found a letter addressed to X") */
  if (equals_ci(s + prep.start, prep.len, "to")) {
    chain_word det = chain_at(before, k + 3);
    chain_word object_of = chain_at(before, k + 4);
    if (!extract_word_in(s + det.start, det.len,
                         (const char *const[]){"a", "an", "the", "every",
                                               "another", NULL}) ||
        !object_of.len || !ascii_is_lower((unsigned char)s[object_of.start]) ||
        !extract_verb_form(s + object_of.start, object_of.len))
      return false;
  }
  return verb.len > 3 && ascii_is_lower((unsigned char)s[verb.start]) &&
         extract_verb_form(s + verb.start, verb.len) &&
         noun_before_by(s, noun.start, noun.len) &&
         !extract_word_in(s + noun.start, noun.len,
                          (const char *const[]){"he", "she", "it", "they", "we",
                                                "who", "which", "that", NULL});
}

/* Whether the name is the agent or the addressee of a participle that
 * describes a noun, right after it or in apposition to its object ("a
 * letter addressed to another officer, Major X"). */
static bool participle_of_noun(word_chain *name_before, size_t start,
                               size_t end, size_t name_start) {
  if (extract_participle_of_noun_at(name_before, 0))
    return true;
  /* over titles to a comma, then "another officer": an article and a
   * lower-case noun */
  const char *s = name_before->s;
  size_t pos = name_start;
  for (int n = 0; n < 3; n++) {
    size_t b, l = extract_word_just_before(s, start, pos, &b);
    if (!l || !ascii_upper((unsigned char)s[b]))
      break;
    pos = b;
  }
  if (pos < start + 2 || s[pos - 2] != ',' || s[pos - 1] != ' ')
    return false;
  word_chain before = extract_chain(s, start, end, pos - 2, false);
  chain_word noun = chain_at(&before, 0);
  if (!noun.len || !ascii_is_lower((unsigned char)s[noun.start]) ||
      extract_verb_form(s + noun.start, noun.len))
    return false;
  chain_word det = chain_at(&before, 1);
  unsigned k =
      extract_word_in(s + det.start, det.len,
                      (const char *const[]){"a", "an", "the", "another", NULL})
          ? 2
          : 1;
  return extract_participle_of_noun_at(&before, k);
}

/* Whether the name at `pos` follows a "by" that belongs to a noun
 * ("articles by Wilkins and by Franklin", "a novel by X"): the author of
 * a thing named in passing, not a participant of the clause.  A
 * passive's agent ("was replaced by X") follows a verb form. */
static bool author_of_noun(word_chain *before) {
  const char *s = before->s;
  chain_word w = chain_at(before, 0);
  if (!equals_ci(s + w.start, w.len, "by"))
    return false;
  chain_word noun = chain_at(before, 1);
  if (noun_before_by(s, noun.start, noun.len))
    return true;
  /* "articles by Wilkins and by Franklin": the "by" before the "and" */
  if (!extract_word_in(s + noun.start, noun.len,
                       (const char *const[]){"and", "or", NULL}))
    return false;
  for (unsigned n = 2; n < 7; n++) {
    w = chain_at(before, n);
    if (!w.len)
      return false;
    if (equals_ci(s + w.start, w.len, "by")) {
      noun = chain_at(before, n + 1);
      return noun_before_by(s, noun.start, noun.len);
    }
  }
  return false;
}

/* Whether the name at `pos` ends a phrase of time built on a noun of a
 * happening: "on the death of his brother Charles II", "after the fall
 * of X", "before the arrival of X".  The name takes part in that other
 * happening, which dates this one; it is no participant here.  Looked
 * for a few words back, no punctuation between. */
static bool in_time_phrase_of(word_chain *before) {
  static const char *const time_prepositions[] = {
      "on",    "upon",      "after",  "before", "since",
      "until", "following", "during", NULL};
  static const char *const determiners[] = {"the",   "his", "her",
                                            "their", "its", NULL};
  /* "before the end of the year X put it on show": a noun of time
   * closes the "of" phrase, as no name can follow it in apposition, and
   * the name opens the main clause that needs no comma after the date */
  static const char *const times[] = {
      "year",    "month",  "week",      "day",     "season", "summer",
      "winter",  "spring", "autumn",    "century", "decade", "morning",
      "evening", "night",  "afternoon", "quarter", NULL};
  /* asked of up to five words before each name: by hash, not read
   * through */
  EXTRACT_WORD_SET(time_set, times, true);
  const char *s = before->s;
  for (unsigned n = 0; n < 5; n++) {
    chain_word w = chain_at(before, n);
    if (!w.len || extract_word_set_has(&time_set, s + w.start, w.len))
      return false;
    if (equals_ci(s + w.start, w.len, "of")) {
      chain_word noun = chain_at(before, n + 1);
      size_t nb = noun.start, nl = noun.len;
      if (nl < 3 || !ascii_is_lower((unsigned char)s[nb]) ||
          extract_verb_form(s + nb, nl) ||
          extract_function_word_after(s + nb, nl))
        return false;
      chain_word d = chain_at(before, n + 2);
      if (!extract_word_in(s + d.start, d.len, determiners))
        return false;
      chain_word t = chain_at(before, n + 3);
      return extract_word_in(s + t.start, t.len, time_prepositions);
    }
  }
  return false;
}

/* Whether the name sits in a clause of a verb in -ing that a
 * subordinating word opens, no punctuation and no other verb between:
 * "died while returning from a campaign against the Mongols", "showed
 * Watson the photograph without asking Franklin".  The name is the
 * participle's, a happening other than the clause's verb's (or, after
 * "without", one that did not happen). */
static size_t participle_clause_opener(word_chain *before, size_t run_end,
                                       size_t end) {
  static const char *const openers[] = {"while", "without", "after", "before",
                                        "since", "when",    "upon",  NULL};
  const char *s = before->s;
  /* "after winning the election Harding appointed": a name that its
   * verb follows is the main clause's subject, no comma written */
  size_t vb, vl = extract_word_just_after(s, run_end, end, &vb);
  if (vl && ascii_is_lower((unsigned char)s[vb]) &&
      extract_verb_form(s + vb, vl))
    return 0;
  for (unsigned n = 0; n < 8; n++) {
    chain_word w = chain_at(before, n);
    size_t b = w.start, l = w.len;
    if (!l)
      return 0;
    if (l > 4 && ascii_is_lower((unsigned char)s[b]) &&
        equals_ci(s + b + l - 3, 3, "ing")) {
      /* "upon questioning by Senator X": a noun in -ing whose doer the
       * "by" phrase names, a cause the clause may answer */
      chain_word after = n ? chain_at(before, n - 1) : (chain_word){0, 0};
      if (after.len && equals_ci(s + after.start, after.len, "by"))
        return 0;
      chain_word o = chain_at(before, n + 1);
      return extract_word_in(s + o.start, o.len, openers) ? o.start : 0;
    }
    if (extract_verb_form(s + b, l))
      return 0;
  }
  return 0;
}

/* Whether the name follows "organisers of (the)": "Organisers of the
 * Draa Valley Ultra stopped the race" names the event they run, not a
 * party; the organisers act unnamed. */
static bool organised_event_before(word_chain *before) {
  const char *s = before->s;
  chain_word w = chain_at(before, 0);
  unsigned k = equals_ci(s + w.start, w.len, "the") ? 1 : 0;
  chain_word of = chain_at(before, k), noun = chain_at(before, k + 1);
  return equals_ci(s + of.start, of.len, "of") &&
         extract_word_in(s + noun.start, noun.len,
                         (const char *const[]){"organisers", "organizers",
                                               "organiser", "organizer",
                                               "promoters", "promoter", NULL});
}

/* Whether the word w before "of" counts members or a part of a group:
 * "one of its engineers, X", "two of his guards, X and Y", "some of their
 * players": the apposition names the members, who act or are done to
 * themselves, not an owner. */
static bool member_counted(const char *s, chain_word w) {
  static const char *const counts[] = {"two", "three", "four",    "five",
                                       "six", "seven", "eight",   "nine",
                                       "ten", "dozen", "another", NULL};
  return w.len && (extract_part_noun(s + w.start, w.len) ||
                   extract_word_in(s + w.start, w.len, counts) ||
                   isdigit((unsigned char)s[w.start]));
}

/* Whether the name at `pos` is in apposition to a noun that follows
 * "of" and a possessive ("over the objections of his superintendent, X",
 * "the son of Tsar Alexis and his second wife, X"): it says whose the
 * thing is or whose kin someone is, as "X's objections" does, and the
 * owner is no participant. */
static bool of_apposition_before(word_chain *before_comma, size_t pos) {
  const char *s = before_comma->s;
  if (pos < before_comma->lo + 2 || s[pos - 2] != ',' || s[pos - 1] != ' ')
    return false;
  size_t p = pos - 2;
  bool owner = false;
  /* "the head of his council, X": a body before the comma is no one a
   * name stands for; the name is the head's, who acts */
  static const char *const bodies[] = {
      "council",  "party",    "board",  "government", "army",  "cabinet",
      "ministry", "staff",    "court",  "household",  "team",  "club",
      "firm",     "company",  "church", "order",      "guild", "union",
      "navy",     "regiment", "fleet",  NULL};
  chain_word last = chain_at(before_comma, 0);
  if (last.len && extract_word_in(s + last.start, last.len, bodies))
    return false;
  for (unsigned n = 0; n < 8; n++) {
    chain_word w = chain_at(before_comma, n);
    size_t b = w.start, l = w.len;
    if (!l || (b + l < p && s[b + l] != ' '))
      return false; /* punctuation: the apposition opens no "of" phrase */
    if (equals_ci(s + b, l, "of"))
      return owner && !member_counted(s, chain_at(before_comma, n + 1));
    if (extract_verb_form(s + b, l))
      return false;
    owner |= extract_word_in(
        s + b, l, (const char *const[]){"his", "her", "their", "its", NULL});
    p = b;
  }
  return false;
}

/* Words before the name that make it a title of a work, one spoken to
 * or of, or one only compared with; and an article before it. */
static bool modal_word(const char *w, size_t len) {
  static const char *const modals[] = {"would", "might",  "could", "may",
                                       "will",  "should", NULL};
  EXTRACT_WORD_SET(set, modals, true);
  return extract_word_set_has(&set, w, len);
}

/* The start of the modal ("would", "might") of what a verb of saying
 * reports, when the name sits in it, between the verb and the name or
 * right after the name ("said the Californian might have saved", "said
 * that the club would appeal to the Swiss Federal Supreme Court"), or
 * (size_t)-1.  The words before are read back to punctuation, a bounded
 * way. */
size_t extract_reported_modal(const char *s, size_t start, size_t end,
                              size_t name_start, size_t name_end) {
  size_t ab, al = extract_word_just_after(s, name_end, end, &ab);
  size_t modal = al && modal_word(s + ab, al) ? ab : (size_t)-1;
  size_t p = name_start;
  for (int words = 0; words < 20; words++) {
    while (p > start && s[p - 1] == ' ')
      p--;
    /* the bytes strchr(",;:\"()", c) finds, its NUL included, on a test
     * that passes the letters first: a call per word was a fifth of this
     * function's cost */
    if (p <= start)
      return (size_t)-1;
    unsigned char c = (unsigned char)s[p - 1];
    if (c <= ';' && (c == ',' || c == ';' || c == ':' || c == '"' || c == '(' ||
                     c == ')' || c == '\0'))
      return (size_t)-1;
    size_t b = p;
    while (b > start && s[b - 1] != ' ')
      b--;
    if (extract_reporting_verb(s + b, p - b))
      return modal;
    if (modal_word(s + b, p - b))
      modal = b;
    p = b;
  }
  return (size_t)-1;
}

/* Whether the name ends the object of "won" or "became", over its
 * article and a noun with "of" ("won the Grand Prix", "won a stage of
 * the Vuelta", "became First Lord of the Treasury"): a prize won or a
 * post one comes to hold is what the doer gains, no party. */
static bool gained_before(word_chain *before) {
  static const char *const verbs[] = {"won",     "wins",     "win",
                                      "winning", "became",   "becomes",
                                      "become",  "becoming", NULL};
  static const char *const determiners[] = {"the", "a",   "an",    "his",
                                            "her", "its", "their", NULL};
  EXTRACT_WORD_SET(verb_set, verbs, true);
  EXTRACT_WORD_SET(determiner_set, determiners, true);
  const char *s = before->s;
  for (unsigned n = 0; n < 5; n++) {
    chain_word w = chain_at(before, n);
    if (!w.len)
      return false;
    if (extract_word_set_has(&verb_set, s + w.start, w.len))
      return true;
    /* past "of", only a lower-case noun and its article */
    if (!extract_word_set_has(&determiner_set, s + w.start, w.len) &&
        !equals_ci(s + w.start, w.len, "of") &&
        (n == 0 || !ascii_is_lower((unsigned char)s[w.start]) ||
         extract_verb_form(s + w.start, w.len) ||
         extract_function_word_after(s + w.start, w.len)))
      return false;
  }
  return false;
}

/* Phrases that make the name no participant: a case, a report only, an
 * apposition, "as X", "into X", a name given, a relative, an owner. */
/* "Florence, where the Grand Duke of Tuscany had made him his court
 * philosopher": the subject of a where-clause in the past perfect tells
 * what had happened at the place before, background to the clause that
 * names the place, not a part of it (a where-clause in the simple past,
 * "where X set a record", may be the happening itself). */
bool extract_aside_closes(name_words *w, unsigned words, bool over_apposition) {
  const char *s = w->s;
  word_chain after = extract_chain(s, w->start, w->end, w->run_end, true);
  for (unsigned n = 0; n < words; n++) {
    chain_word word = chain_at(&after, n);
    if (word.len)
      continue;
    if (word.start + 1 >= w->end || s[word.start] != ',')
      return false;
    size_t vb, vl = extract_word_just_after(s, word.start + 1, w->end, &vb);
    if (over_apposition && vl &&
        extract_word_in(s + vb, vl,
                        (const char *const[]){"the", "a", "an", NULL}))
      continue;
    return vl && ascii_is_lower((unsigned char)s[vb]) &&
           extract_verb_form(s + vb, vl);
  }
  return false;
}

/* "The chain's chief executive, Thomas Kerrigan, who led Keystone for
 * six years, stepped down", "Koh Lim & Partners, which had signed off
 * Meranti's accounts ..., wrote": a name in a relative clause set
 * between a subject and its verb tells what the subject had done before,
 * background to the clause; a relative clause that ends the sentence
 * ("the Treaty of Nystad, which gave Russia Livonia") may be the
 * happening itself. */
static bool background_relative_clause(name_words *w) {
  const char *s = w->s;
  for (unsigned n = 1; n < 10; n++) {
    chain_word rel = chain_at(&w->before, n);
    if (!rel.len)
      return false;
    if (!extract_word_in(s + rel.start, rel.len,
                         (const char *const[]){"which", "who", NULL}))
      continue;
    chain_word verb = chain_at(&w->before, n - 1);
    return rel.start >= w->start + 2 && s[rel.start - 2] == ',' &&
           s[rel.start - 1] == ' ' && chain_at(&w->before, n + 1).len == 0 &&
           extract_verb_form(s + verb.start, verb.len) &&
           extract_aside_closes(w, CHAIN_WORDS, false);
  }
  return false;
}

static bool background_where_clause(name_words *w) {
  const char *s = w->s;
  chain_word where = chain_at(&w->before, 0);
  if (extract_word_in(s + where.start, where.len,
                      (const char *const[]){"the", "a", "an", NULL}))
    where = chain_at(&w->before, 1);
  if (!where.len || !extract_word_in(s + where.start, where.len,
                                     (const char *const[]){"where", NULL}))
    return false;
  if (where.start < w->start + 2 || s[where.start - 2] != ',' ||
      s[where.start - 1] != ' ')
    return false;
  size_t hb, hl = extract_word_just_after(s, w->run_end, w->end, &hb);
  return hl && extract_word_in(s + hb, hl, (const char *const[]){"had", NULL});
}

/* "The Bible was finished in 1455", "the Dialogue ... was printed in
 * Florence": the subject of a passive of making is the work made, no one
 * who acts (its maker, if named, is the agent after "by"). */
static bool work_made_passive(name_words *w) {
  static const char *const made[] = {
      "built",   "finished", "completed", "printed",  "published",
      "written", "painted",  "composed",  "engraved", "drafted",
      "carved",  "cast",     "bound",     "typeset",  NULL};
  const char *s = w->s;
  size_t ab, al = extract_word_just_after(s, w->run_end, w->end, &ab);
  if (!al || w->possessive ||
      !extract_word_in(s + ab, al, (const char *const[]){"was", "were", NULL}))
    return false;
  size_t vb, vl = extract_word_just_after(s, ab + al, w->end, &vb);
  if (vl && extract_word_in(s + vb, vl,
                            (const char *const[]){"first", "finally", "later",
                                                  "soon", "then", NULL}))
    vl = extract_word_just_after(s, vb + vl, w->end, &vb);
  return vl && extract_word_in(s + vb, vl, made);
}

/* Whether one of the words k .. k + 4 of the chain, lower-case words
 * between ("demanded on Tuesday that", "called on Thursday for"), is a
 * verb of demanding. */
static bool demand_verb_before(word_chain *before, unsigned k) {
  static const char *const verbs[] = {
      "demanded", "demands",     "demand",     "urged",      "urges",
      "insisted", "insists",     "requested",  "requests",   "proposed",
      "proposes", "recommended", "called",     "calls",      "pressed",
      "presses",  "appealed",    "campaigned", "petitioned", NULL};
  const char *s = before->s;
  for (unsigned n = k; n < k + 5; n++) {
    chain_word v = chain_at(before, n);
    if (!v.len)
      return false;
    if (extract_word_in(s + v.start, v.len, verbs))
      return true;
  }
  return false;
}

/* "demanded that Harlan keep a printed edition", "called for Prof. X to
 * resign": the subject of what a verb of demanding asks for (a bare verb
 * after "that", "to" after "for") is asked to act, and has not; no
 * participant of the demand. */
static bool demanded_clause_subject(name_words *w) {
  const char *s = w->s;
  word_chain titled;
  word_chain *before = &w->before;
  size_t tb, tl;
  /* over a title's abbreviation: "for Prof. Chebet" */
  if (w->name_start >= w->start + 2 && s[w->name_start - 2] == '.' &&
      (tl = extract_word_before(s, w->start, w->name_start - 2, &tb)) &&
      tb + tl + 2 == w->name_start && ascii_upper((unsigned char)s[tb])) {
    titled = extract_chain(s, w->start, w->end, tb, false);
    before = &titled;
  }
  unsigned k = 0;
  chain_word opener = chain_at(before, 0);
  if (extract_word_in(s + opener.start, opener.len,
                      (const char *const[]){"the", NULL}))
    opener = chain_at(before, ++k);
  bool that = extract_word_in(s + opener.start, opener.len,
                              (const char *const[]){"that", NULL});
  bool for_ = extract_word_in(s + opener.start, opener.len,
                              (const char *const[]){"for", NULL});
  if (w->possessive || (!that && !for_) || !demand_verb_before(before, k + 1))
    return false;
  size_t vb, vl = extract_word_just_after(s, w->run_end, w->end, &vb);
  if (!vl || !ascii_is_lower((unsigned char)s[vb]))
    return false;
  if (for_)
    return equals_ci(s + vb, vl, "to");
  /* a bare verb: no past, no -s of the present, no function word */
  return !extract_verb_form(s + vb, vl) &&
         !extract_function_word_after(s + vb, vl) && s[vb + vl - 1] != 's';
}

/* Whether the noun w[0..len) names a happening, whose "of" is the one it
 * happens to ("the arrest of X", "the takeover of X", "the closure of
 * X"): the suffixes of English nominalisations, and the common nouns of
 * a happening that have none. */
bool extract_happening_noun(const char *w, size_t len) {
  static const char *const suffixes[] = {"tion", "sion", "ment", "al",
                                         "ure",  "ing",  "over", "ance",
                                         "ence", "ery",  NULL};
  for (size_t i = 0; suffixes[i]; i++) {
    size_t sl = strlen(suffixes[i]);
    if (len > sl + 2 && memcmp(w + len - sl, suffixes[i], sl) == 0)
      return true;
  }
  return extract_word_in(
      w, len,
      (const char *const[]){
          "arrest", "release", "sale",    "purchase", "death",    "murder",
          "trial",  "siege",   "defeat",  "rescue",   "return",   "visit",
          "fall",   "sack",    "capture", "escape",   "collapse", "launch",
          "merger", "bid",     "attack",  "invasion", "raid",     "audit",
          "review", "probe",   "search",  "loss",     "work",     "efforts",
          "role",   NULL});
}

/* "cancelled the memoir of the former diplomat X", "gave the keys of the
 * Church of the Nativity", "told the staff of the Millbrook Ledger": a
 * name after "of" that says whose a verb's object is, a thing, not a
 * happening ("ordered the arrest of X" is done to X; "praised the work
 * of X", X's doing), nor its shares, its wreck or a body of it, which
 * stand for it, nor "the town of X", which is X; the object is done to,
 * not its owner. */
static bool owner_of_object(name_words *w) {
  const char *s = w->s;
  unsigned n = 0;
  chain_word word = chain_at(&w->before, n);
  while (n < 3 && word.len && ascii_is_lower((unsigned char)s[word.start]) &&
         !equals_ci(s + word.start, word.len, "of") &&
         !extract_verb_form(s + word.start, word.len) &&
         !extract_function_word_after(s + word.start, word.len))
    word = chain_at(&w->before, ++n);
  if (!equals_ci(s + word.start, word.len, "of"))
    return false;
  chain_word noun = chain_at(&w->before, n + 1);
  /* "suspended the export certificates of X": words may describe it */
  unsigned a = extract_article_of_noun(&w->before, n + 1);
  chain_word art = chain_at(&w->before, a ? a : n + 2);
  chain_word verb = chain_at(&w->before, (a ? a : n + 2) + 1);
  return noun.len && ascii_is_lower((unsigned char)s[noun.start]) &&
         !extract_verb_form(s + noun.start, noun.len) &&
         !extract_happening_noun(s + noun.start, noun.len) &&
         !extract_part_noun(s + noun.start, noun.len) &&
         !extract_body_noun(s + noun.start, noun.len) &&
         !extract_named_place_noun(s + noun.start, noun.len) &&
         !extract_word_in(s + noun.start, noun.len,
                          (const char *const[]){
                              "shares", "stock", "stake", "assets", "band",
                              "group", "wreck", "remains", "hull", NULL}) &&
         !extract_function_word_after(s + noun.start, noun.len) &&
         equals_ci(s + art.start, art.len, "the") && verb.len &&
         ascii_is_lower((unsigned char)s[verb.start]) &&
         extract_verb_form(s + verb.start, verb.len);
}

static void role_phrase_context(name_words *w, mention_context *c) {
  const char *s = w->s;
  size_t start = w->start;
  size_t end = w->end;
  size_t name_start = w->name_start;
  size_t name_end = w->name_end;
  size_t run_end = w->run_end;
  bool possessive = w->possessive;
  size_t ws = w->ws;
  size_t len = w->len;
  size_t prev2_start = w->prev2_start;
  size_t len2 = w->len2;
  const char *prev = w->s + w->ws;
  /* "Salem Harbor Coalition v. Reyes": a case's name */
  if ((name_start >= start + 4 && memcmp(s + name_start - 4, " v. ", 4) == 0) ||
      (run_end + 4 <= end && memcmp(s + run_end, " v. ", 4) == 0))
    c->not_participant = true;
  /* "Economy Minister X said", "the club's chairman, X, said" */
  bool leader = leader_noun(prev, len);
  if (!len && name_start >= start + 2 && s[name_start - 2] == ',') {
    chain_word comma_word = chain_at(&w->before_comma, 0);
    leader = leader_noun(s + comma_word.start, comma_word.len);
  }
  /* a dateline fits in LOOK_BACK bytes: each name costs a constant */
  size_t head = end - start > LOOK_BACK ? start + LOOK_BACK : end;
  bool lede = extract_dateline_end(s, start, head) > start;
  if (reports_only(s, start, name_start, end, run_end, leader, lede) &&
      !possessive)
    c->not_participant = true;
  if ((in_apposition(s, start, name_start) &&
       !extract_in_people_list(s, start, end, name_start, name_end)) ||
      of_apposition_before(&w->before_comma, name_start) ||
      author_of_noun(&w->before) || in_time_phrase_of(&w->before) ||
      participle_of_noun(&w->before, start, end, name_start) ||
      extract_agent_of_described_noun(&w->before) ||
      extract_holder_of_office_before(&w->before))
    c->not_participant = true;
  c->participle_from = participle_clause_opener(&w->before, w->run_end, w->end);
  /* "became law as the Bill of Rights", "such as X": what something is
   * or is like, not who acts ("as well as X" joins a list) */
  /* the word before the name, or before its article */
  unsigned k = equals_ci(prev, len, "the") && len2 ? 1 : 0;
  {
    size_t ab = k ? prev2_start : ws, al = k ? len2 : len;
    if (equals_ci(s + ab, al, "as")) {
      chain_word well = chain_at(&w->before, k + 1);
      if (!equals_ci(s + well.start, well.len, "well"))
        c->not_participant = true;
    }
  }
  if (gained_before(&w->before))
    c->not_participant = true;
  /* "slipped out of London", "talked his way into the Cavendish
   * Laboratory": where one goes, whatever the place is (an inquiry into
   * a firm and a merger into one keep it) */
  {
    size_t ib = k ? prev2_start : ws, il = k ? len2 : len;
    chain_word bw = il ? chain_at(&w->before, k + 1) : (chain_word){ib, 0};
    size_t bb = bw.start, bl = bw.len;
    if (equals_ci(s + ib, il, "of") && equals_ci(s + bb, bl, "out"))
      c->not_participant = true;
    if (equals_ci(s + ib, il, "into") &&
        !extract_word_in(
            s + bb, bl,
            (const char *const[]){"inquiry", "inquiries", "investigation",
                                  "investigations", "probe", "review", "look",
                                  "looked", "looking", "merged", "merge",
                                  "folded", "absorbed", "integrated", NULL}))
      c->not_participant = true;
  }
  if (organised_event_before(&w->before))
    c->not_participant = true;
  /* "32.4 degrees Celsius", "minus 40 degrees Fahrenheit": the scale a
   * measure is read on, named after its maker, is no party */
  if (extract_word_in(prev, len,
                      (const char *const[]){"degrees", "degree", NULL}))
    c->not_participant = true;
  /* "called it the Pacific", "later called Domesday Book": a name given
   * to something, not one who acts ("a firm called X" keeps X) */
  if (naming_before(&w->before) && !extract_named_subject(s, name_end, end))
    c->not_participant = true;
  /* "the son of Tsar Alexis", "the widow of X": a relative named to say
   * whose, not one who acts */
  if (kin_of_before(&w->before))
    c->not_participant = true;
  /* "the Grand Embassy, a journey of 250 people": a happening's name */
  if (happening_apposition(s, name_end, end) &&
      !extract_noun_apposition(s, start, name_start))
    c->not_participant = true;
  if (owner_phrase_before(&w->before) ||
      member_of_group_before(s, start, name_start) ||
      background_where_clause(w) || background_relative_clause(w) ||
      extract_agent_in_participle_aside(w) ||
      extract_in_pluperfect_relative(w) || work_made_passive(w) ||
      owner_of_object(w) || demanded_clause_subject(w) ||
      extract_owner_of_subject(w))
    c->not_participant = true;
}

/* After the phrase of place: a receiver of a verb of giving or of a
 * thing owned ("passed Crick a report", "sold its shares to Britain"), a
 * destination located by an apposition, "for" after a common noun, one
 * taken somewhere. */
static void receiver_context(name_words *w, mention_context *c) {
  const char *s = w->s;
  size_t end = w->end;
  size_t name_start = w->name_start;
  size_t name_end = w->name_end;
  size_t run_end = w->run_end;
  bool possessive = w->possessive;
  size_t ws = w->ws;
  size_t len = w->len;
  size_t prev2_start = w->prev2_start;
  size_t len2 = w->len2;
  const char *prev = w->s + w->ws;
  size_t place_ws = ws, place_len = len;
  unsigned k = 0; /* place_ws is word k of the chain before the name */
  if (equals_ci(s + ws, len, "the") && len2)
    place_ws = prev2_start, place_len = len2, k = 1;
  /* "passed Crick a report": after a verb of giving, a name followed by
   * what is given (an article, a possessive or another name) receives it,
   * one done to, not a place passed; the name right after a receiver
   * ("gave Russia Livonia") is the thing given */
  if (len && !possessive && giving_verb(prev, len)) {
    size_t nb, nl = extract_word_just_after(s, name_end, end, &nb);
    if (nl && (ascii_upper((unsigned char)s[nb]) ||
               extract_word_in(s + nb, nl,
                               (const char *const[]){"a", "an", "his", "her",
                                                     "their", "its", NULL})))
      c->location = false;
  }
  /* "took a glider to Kitty Hawk, on the Outer Banks": a destination that
   * an apposition of place locates is a place itself */
  if (c->direction && run_end + 2 < end && s[run_end] == ',' &&
      s[run_end + 1] == ' ') {
    size_t pb, pl = extract_word_after(s, run_end + 1, end, &pb);
    if (pl && extract_word_in(
                  s + pb, pl,
                  (const char *const[]){"on", "in", "near", "at", "off", NULL}))
      c->location = true;
  }
  /* "specimens for Jefferson", "an emergency for Erie County": after a
   * common noun, "for" names whom or where the thing is for, no
   * participant of the clause (a bid or a search for X aims at X) */
  if (equals_ci(s + place_ws, place_len, "for")) {
    chain_word noun = chain_at(&w->before, k + 1);
    size_t nb = noun.start, nl = noun.len;
    if (nl > 2 && ascii_is_lower((unsigned char)s[nb]) &&
        !extract_verb_form(s + nb, nl) &&
        !extract_function_word_after(s + nb, nl) &&
        !extract_word_in(s + nb, nl,
                         (const char *const[]){"bid", "bids", "offer", "offers",
                                               "search", "hunt", "warrant",
                                               "warrants", "vote", "votes",
                                               "support", NULL}))
      c->not_participant = true;
  }
  /* "sold its shares to Britain", "bought the territory from France":
   * the receiver or the giver of a thing owned, a few words after the
   * verb within its clause */
  if (c->direction && (equals_ci(s + place_ws, place_len, "to") ||
                       equals_ci(s + place_ws, place_len, "from"))) {
    bool to = equals_ci(s + place_ws, place_len, "to");
    for (unsigned n = k + 1; n < k + 7; n++) {
      chain_word verb = chain_at(&w->before, n);
      size_t vb = verb.start, vl = verb.len;
      if (!vl)
        break;
      if (to ? owning_verb(s + vb, vl) : taking_verb(s + vb, vl)) {
        c->direction = c->location = false;
        break;
      }
    }
  }
  if (len && ascii_upper((unsigned char)prev[0]) &&
      ws + len + 1 == name_start && s[ws + len] == ' ') {
    size_t b = ws;
    for (unsigned n = 1; n < 5 && !c->given; n++) {
      chain_word verb = chain_at(&w->before, n);
      size_t vb = verb.start, vl = verb.len;
      if (!vl || vb + vl == b) /* punctuation, or no space between */
        break;
      c->given = giving_verb(s + vb, vl);
      if (!ascii_upper((unsigned char)s[vb]))
        break;
      b = vb;
    }
  }
  /* "were admitted to X", "was rushed to X": where someone was taken */
  if (c->direction) {
    static const char *const taken[] = {
        "admitted", "taken",   "rushed",    "transferred", "flown",
        "moved",    "brought", "evacuated", "airlifted",   NULL};
    chain_word verb = chain_at(&w->before, k + 1);
    if (verb.len && extract_word_in(s + verb.start, verb.len, taken))
      c->location = true;
  }
}

mention_context extract_mention_context(const char *s, size_t start, size_t end,
                                        size_t name_start, size_t name_end,
                                        size_t run_end) {
  mention_context c = {0};
  name_words w = {.s = s,
                  .start = start,
                  .end = end,
                  .name_start = name_start,
                  .name_end = name_end,
                  .run_end = run_end,
                  .possessive = run_end > name_end};
  w.before = extract_chain(s, start, end, name_start, false);
  /* read only when ", " comes right before the name */
  w.before_comma = extract_chain(
      s, start, end, name_start >= start + 2 ? name_start - 2 : start, false);
  chain_word prev = chain_at(&w.before, 0);
  w.ws = prev.start, w.len = prev.len;
  /* with len 0, the word before it is the same empty one */
  chain_word prev2 = chain_at(&w.before, 1);
  w.prev2_start = prev2.start, w.len2 = prev2.len;
  extract_speech_context(&w, &c);
  extract_possessive_context(&w, &c);
  role_phrase_context(&w, &c);
  extract_place_context(&w, &c);
  receiver_context(&w, &c);
  extract_modifier_context(&w, &c);
  if (extract_office_modifier(&w) || extract_titled_speaker(&w) ||
      extract_news_source(&w) || extract_place_not_party(&w))
    c.not_participant = true;
  c.kind = extract_kind_from_context(s, end, name_end, run_end, s + w.ws, w.len,
                                     s + w.prev2_start, w.len2);
  return c;
}
