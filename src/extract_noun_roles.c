/* extract_noun_roles.c: names that belong to a common noun's phrase, not
 * to the clause around it: the agent of a participle that describes a
 * noun, with an article and descriptive words between ("a panel consulted
 * by the Holy Office", "a yacht entered by the Dorset club X"), and the
 * body or person one holds an office of ("the secretary of X").  The
 * rest of a name's role is extract_roles.c's, which calls these.  Each
 * look reads a few words before the name, so the whole stays linear. */
#include "extract_internal.h"

#include <string.h>

/* How many words may describe the name between its article and it ("the
 * Dorset club X": two). */
#define DESCRIBING_WORDS 3

/* How many words a participle's aside may run on after the name before
 * its closing comma ("designed by X and built by the firm of Y beside the
 * stumps of the old piers,": twelve). */
#define ASIDE_WORDS 16

/* Whether the word s[b, b + len) may describe a name after its article:
 * a capitalised word ("the Southampton team X") or a lower-case noun
 * ("the statesman X"), no verb form or function word, which would open
 * a clause of its own. */
static bool describing_word(const char *s, size_t b, size_t len) {
  if (!len)
    return false;
  if (ascii_upper((unsigned char)s[b]))
    return true;
  return len > 2 && !extract_verb_form(s + b, len) &&
         !extract_function_word_after(s + b, len) &&
         !extract_reporting_verb(s + b, len);
}

/* Whether the lower-case noun s[b, b + len) names a deed ("the strike
 * executed by the Air Force destroyed ..."): its agent is the deed's
 * doer, and so the clause's. */
static bool deed_noun(const char *s, size_t b, size_t len) {
  return extract_happening_noun(s + b, len) ||
         extract_word_in(s + b, len,
                         (const char *const[]){"strike", "strikes", "campaign",
                                               "campaigns", "attacks", "raids",
                                               "offensive", NULL});
}

bool extract_agent_of_described_noun(word_chain *before) {
  const char *s = before->s;
  for (unsigned k = 0; k <= DESCRIBING_WORDS; k++) {
    chain_word w = chain_at(before, k);
    /* "a town held by his ally X": a possessive stands as the article */
    if (extract_word_in(s + w.start, w.len,
                        (const char *const[]){"the", "a", "an", "his", "her",
                                              "its", "their", NULL})) {
      /* "by", the participle, then the noun it describes */
      chain_word noun = chain_at(before, k + 3);
      return extract_participle_of_noun_at(before, k + 1) &&
             !deed_noun(s, noun.start, noun.len);
    }
    if (!describing_word(s, w.start, w.len))
      return false;
  }
  return false;
}

/* Participles whose agent leads, steers or goes along with the subject,
 * and so takes part in what it does ("Seven bishops, led by X,
 * petitioned", "the tug Yelcho, commanded by X, reached the island",
 * "The mayor, joined by X, opened the bridge"). */
static bool accompanying_participle(const char *s, size_t b, size_t len) {
  return extract_word_in(
      s + b, len,
      (const char *const[]){
          "led",       "headed",   "run",         "commanded", "captained",
          "skippered", "guided",   "accompanied", "joined",    "helped",
          "aided",     "assisted", "escorted",    "backed",    "supported",
          "flanked",   "driven",   "piloted",     "flown",     "ridden",
          "steered",   NULL});
}

bool extract_agent_in_participle_aside(name_words *w) {
  const char *s = w->s;
  word_chain *before = &w->before;
  /* back from the name to "by" after a participle that a comma opens;
   * over "and" to an earlier one ("designed by X and built by Y") */
  for (unsigned n = 1; n + 1 < CHAIN_WORDS; n++) {
    chain_word verb = chain_at(before, n);
    if (!verb.len)
      return false;
    chain_word by = chain_at(before, n - 1);
    if (!equals_ci(s + by.start, by.len, "by") || verb.len < 3 ||
        !extract_verb_form(s + verb.start, verb.len))
      continue;
    if (accompanying_participle(s, verb.start, verb.len))
      return false;
    chain_word next = chain_at(before, n + 1);
    if (next.len && equals_ci(s + next.start, next.len, "and"))
      continue;
    return !next.len && verb.start >= w->start + 2 &&
           s[verb.start - 2] == ',' && s[verb.start - 1] == ' ' &&
           extract_aside_closes(w, ASIDE_WORDS, true);
  }
  return false;
}

/* Whether the name stands in a relative clause in the past perfect ("he
 * met X, a young Scot who had hired two guides, Y and his son"; "the
 * firm, which had bought Y's mill"): what had happened before,
 * background to the clause, whose own happening it is not.  An
 * apposition's comma may stand right before the name. */
bool extract_in_pluperfect_relative(name_words *w) {
  const char *s = w->s;
  word_chain *before = w->len ? &w->before : &w->before_comma;
  if (!w->len && (w->name_start < w->start + 2 || s[w->name_start - 2] != ',' ||
                  s[w->name_start - 1] != ' '))
    return false;
  for (unsigned n = 1; n + 1 < CHAIN_WORDS; n++) {
    chain_word rel = chain_at(before, n);
    if (!rel.len)
      return false;
    if (!extract_word_in(s + rel.start, rel.len,
                         (const char *const[]){"who", "which", NULL}))
      continue;
    chain_word had = chain_at(before, n - 1);
    return equals_ci(s + had.start, had.len, "had");
  }
  return false;
}

/* Whether the lower-case noun s[b, b + len) names one person by an office
 * or a tie that a body, place or person gives ("the secretary of", "the
 * patriarch of", "the son of"): that person, not the one after "of",
 * takes part.  Plurals stay out: "Experts of the Royal Institute examined"
 * stand for the body. */
static bool office_noun(const char *s, size_t b, size_t len) {
  static const char *const words[] = {
      "secretary",  "patriarch",   "president", "chairman", "chairwoman",
      "chair",      "head",        "member",    "envoy",    "chief",
      "director",   "mayor",       "governor",  "king",     "queen",
      "sultan",     "emperor",     "leader",    "minister", "ambassador",
      "commander",  "owner",       "founder",   "bishop",   "archbishop",
      "chancellor", "treasurer",   "editor",    "manager",  "clerk",
      "spokesman",  "spokeswoman", "son",       "daughter", "wife",
      "widow",      "husband",     "brother",   "sister",   "heir",
      "deputy",     "captain",     "coach",     "abbot",    "prior",
      "regent",     "dean",        "rector",    "provost",  "superintendent",
      NULL};
  EXTRACT_WORD_SET(set, words, false);
  /* "the CEO of", "the CFO of" */
  if (extract_officer_acronym(s + b, len))
    return true;
  if (!len || !ascii_is_lower((unsigned char)s[b]))
    return false;
  /* "governor-general", "vice-president": the office is the last part */
  size_t from = b;
  for (size_t i = b; i < b + len; i++)
    if (s[i] == '-')
      from = i + 1;
  return extract_word_set_has(&set, s + from, b + len - from);
}

bool extract_holder_of_office_before(word_chain *before) {
  const char *s = before->s;
  chain_word w = chain_at(before, 0);
  unsigned k = equals_ci(s + w.start, w.len, "the") ? 1 : 0;
  chain_word of = chain_at(before, k);
  if (!equals_ci(s + of.start, of.len, "of"))
    return false;
  chain_word noun = chain_at(before, k + 1);
  return office_noun(s, noun.start, noun.len);
}

/* Whether the lower-case noun s[b, b + len), or its singular, names
 * people or a body that acts for the name after "of" ("the men of Kent",
 * "officers of the Polish Border Guard", "the army of Lower Germany"), a
 * part or a count of it ("most of", "the rest of"), a place the name is
 * ("the town of X") or a deed of it: then the name takes part. */
bool extract_part_noun(const char *w, size_t len) {
  static const char *const words[] = {
      "most", "all",  "some",     "one",  "many",      "part",
      "half", "rest", "none",     "each", "both",      "several",
      "any",  "few",  "majority", "bulk", "remainder", NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

static bool acting_noun(const char *s, size_t b, size_t len) {
  static const char *const words[] = {
      "men",        "people",     "troops",    "forces",   "army",
      "armies",     "legions",    "fleet",     "fleets",   "crew",
      "crews",      "family",     "families",  "heirs",    "supporters",
      "citizens",   "followers",  "wreck",     "remains",  "hull",
      "staff",      "members",    "house",     "houses",   "shares",
      "stock",      "stake",      "assets",    "crowd",    "crowds",
      "experts",    "rebels",     "officials", "guards",   "delegates",
      "envoys",     "allies",     "residents", "students", "agents",
      "police",     "nobles",     "knights",   "board",    "boards",
      "management", "leadership", "committee", "council",  "cabinet",
      NULL};
  EXTRACT_WORD_SET(set, words, true);
  if (extract_word_set_has(&set, s + b, len) || extract_part_noun(s + b, len))
    return true;
  size_t one = len > 3 && s[b + len - 1] == 's' ? len - 1 : len;
  /* "the ships of X sailed": a body's craft stands for it, as "a Japan
   * Coast Guard helicopter" does */
  return extract_vessel_noun(s + b, len) || extract_vessel_noun(s + b, one) ||
         extract_agent_noun(s + b, len) || extract_agent_noun(s + b, one) ||
         extract_body_noun(s + b, len) || extract_body_noun(s + b, one) ||
         extract_kin_noun(s + b, len) || extract_kin_noun(s + b, one) ||
         extract_happening_noun(s + b, len) ||
         extract_named_place_noun(s + b, len);
}

bool extract_owner_of_subject(name_words *w) {
  const char *s = w->s;
  word_chain *before = &w->before;
  unsigned k =
      equals_ci(s + chain_at(before, 0).start, chain_at(before, 0).len, "the")
          ? 1
          : 0;
  if (!equals_ci(s + chain_at(before, k).start, chain_at(before, k).len, "of"))
    return false;
  /* the noun, then describing words and an article back to the clause's
   * start: the sentence's or a comma's ("On May 3, the main gate of") */
  chain_word noun = chain_at(before, k + 1);
  if (noun.len < 3)
    return false;
  char lower[32];
  if (noun.len >= sizeof lower)
    return false;
  for (size_t i = 0; i < noun.len; i++)
    lower[i] = (char)ascii_lower((unsigned char)s[noun.start + i]);
  if (acting_noun(lower, 0, noun.len) || extract_verb_form(lower, noun.len) ||
      extract_function_word_after(lower, noun.len))
    return false;
  unsigned n = k + 2;
  chain_word word = chain_at(before, n);
  bool opens = ascii_upper((unsigned char)s[noun.start]);
  for (unsigned d = 0; word.len && !opens && d <= DESCRIBING_WORDS; d++) {
    if (extract_word_in(
            s + word.start, word.len,
            (const char *const[]){"the", "a", "an", "The", "A", "An", NULL})) {
      opens = true;
    } else if (!ascii_is_lower((unsigned char)s[word.start]) ||
               !describing_word(s, word.start, word.len)) {
      return false;
    }
    word = chain_at(before, ++n);
  }
  if (!opens || chain_at(before, n).len)
    return false;
  /* a verb of its own right after the name: the phrase is the subject */
  size_t v = w->run_end;
  if (v + 2 >= w->end || s[v] != ' ' ||
      !ascii_is_lower((unsigned char)s[v + 1]))
    return false;
  size_t ve = v + 1;
  while (ve < w->end && ascii_alpha((unsigned char)s[ve]))
    ve++;
  return extract_verb_form(s + v + 1, ve - v - 1);
}

unsigned extract_article_of_noun(word_chain *before, unsigned noun) {
  const char *s = before->s;
  for (unsigned k = noun + 1; k <= noun + 1 + DESCRIBING_WORDS; k++) {
    chain_word w = chain_at(before, k);
    if (equals_ci(s + w.start, w.len, "the"))
      return k;
    if (!w.len || !ascii_is_lower((unsigned char)s[w.start]) ||
        !describing_word(s, w.start, w.len))
      return 0;
  }
  return 0;
}
