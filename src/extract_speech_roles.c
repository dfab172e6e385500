/* extract_speech_roles.c: names that the words around them make no
 * participant although they stand in the clause: a speaker or a source
 * who only reports, a rival only compared with, a title of a work, and
 * an owner before "'s" whose noun names someone or something else
 * ("Sophia's supporters", "X's chief executive").  Split out of
 * extract_roles.c, which reads the other roles of a name; each look is
 * a few words either side, so the whole stays linear in the text. */
#include "extract_internal.h"

#include <ctype.h>
#include <string.h>

/* Words after which a name is a title of a work, not an actor. */
static bool work_noun(const char *w, size_t len) {
  static const char *const words[] = {
      "film",    "movie",    "book",      "novel",    "documentary", "album",
      "song",    "play",     "series",    "memoir",   "chronicle",   "poem",
      "opera",   "painting", "titled",    "entitled", "headlined",   "dubbed",
      "column",  "show",     "programme", "program",  "exhibition",  "essay",
      "article", "episode",  "podcast",   NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Whether "born" or "née" opens an aside or follows "was" right before
 * the name ("Bly, born Elizabeth Cochrane in 1864,", "she was born Ma
 * He", "Born Ilse Kromm, she"): the name one bore at birth, the same
 * person as the subject, no one else.  Not after an adverb ("the newly
 * born Prince George" is the subject) nor in an aside after a common
 * noun. */
static bool birth_name_before(name_words *w) {
  const char *s = w->s;
  if (!w->len || w->ws + w->len + 1 != w->name_start)
    return false;
  size_t born = w->ws; /* where "born" or "née" starts */
  bool nee = w->len == 1 && s[born] == 'e' && born >= w->start + 3 &&
             memcmp(s + born - 3, "n\xc3\xa9", 3) == 0;
  if (nee)
    born -= 3;
  else if (!extract_word_in(s + born, w->len,
                            (const char *const[]){"born", "nee", NULL}))
    return false;
  size_t vb, vl = extract_word_just_before(s, w->start, born, &vb);
  if (vl)
    return extract_word_in(s + vb, vl,
                           (const char *const[]){"was", "is", "been", NULL});
  /* an aside after the subject's own name: "Her sister, born Anna
   * Kromm," names the sister herself */
  if (born < w->start + 3 || s[born - 1] != ' ' || s[born - 2] != ',')
    return false;
  size_t nb, nl = extract_word_before(s, w->start, born - 2, &nb);
  return nl && ascii_upper((unsigned char)s[nb]);
}

/* A firm's figures, which rise and fall on their own: "Veltra's shares
 * fell", "the paper's sales doubled". */
static bool firm_figure(const char *w, size_t len) {
  return extract_word_in(w, len,
                         (const char *const[]){"shares", "stock", "sales",
                                               "profits", "profit", "revenue",
                                               "revenues", "earnings",
                                               "turnover", NULL});
}

/* Nouns of a person's relation or role: "Sophia's supporters", "Clark's
 * servant", "X's chief executive" name someone else, not X. */
static bool person_noun(const char *w, size_t len) {
  static const char *const words[] = {
      "son",           "sons",        "daughter",
      "daughters",     "wife",        "husband",
      "brother",       "brothers",    "sister",
      "sisters",       "father",      "mother",
      "uncle",         "aunt",        "nephew",
      "niece",         "cousin",      "heir",
      "widow",         "servant",     "slave",
      "supporters",    "followers",   "allies",
      "enemies",       "rival",       "rivals",
      "friend",        "friends",     "chief",
      "executive",     "spokesman",   "spokeswoman",
      "spokesperson",  "lawyer",      "lawyers",
      "attorney",      "mayor",       "president",
      "chairman",      "chairwoman",  "director",
      "founder",       "minister",    "secretary",
      "envoy",         "ambassador",  "adviser",
      "advisers",      "advisor",     "aide",
      "aides",         "deputy",      "successor",
      "predecessor",   "mistress",    "tutor",
      "guide",         "interpreter", "captain",
      "commander",     "officials",   "official",
      "leader",        "leaders",     "regent",
      "half-brother",  "half-sister", "grandson",
      "granddaughter", "stepson",     "parent",
      "owner",         "owners",      "subsidiary",
      "manager",       "managers",    "coach",
      "players",       "troops",      "soldiers",
      "shareholders",  "investors",   "employees",
      "generals",      "forces",      "board",
      "army",          "armies",      "men",
      "fleet",         "navy",        "warships",
      "legions",       NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Whether the word s[b, b + len) is a participle in -ing that takes an
 * object or a complement ("the Smithsonian Institution asking for
 * everything", "the Navy seeking a ship"): a verb of the name's clause,
 * not a noun the name modifies ("the Wembley meeting"). */
static bool participle_at(const char *s, size_t b, size_t len, size_t end) {
  if (len < 5 || !equals_ci(s + b + len - 3, 3, "ing"))
    return false;
  size_t nb, nl = extract_word_after(s, b + len, end, &nb);
  return nl && nb == b + len + 1 &&
         extract_word_in(s + nb, nl,
                         (const char *const[]){"for", "a", "an", "his", "her",
                                               "its", "their", "that", NULL});
}

/* Whether the name is in apposition to a source after "according to"
 * ("according to the fire chief, X", "according to the inspector leading
 * the inquiry, X"): one who reports, as "according to X" is.  The noun
 * phrase runs back, with no punctuation, to "according to" and an
 * article or a possessive. */
static bool according_to_apposition(name_words *w) {
  const char *s = w->s;
  if (w->name_start < w->start + 2 || s[w->name_start - 2] != ',' ||
      s[w->name_start - 1] != ' ')
    return false;
  /* an apposition closes at once ("..., X." or "..., X, said"); a name
   * its verb follows is the main clause's subject ("According to the
   * report, X approved"), and so is one after a name ("according to the
   * adviser Y, X ...") */
  if (w->run_end < w->end && !strchr(",.;)", s[w->run_end]))
    return false;
  chain_word noun = chain_at(&w->before_comma, 0);
  if (!noun.len || !ascii_is_lower((unsigned char)s[noun.start]))
    return false;
  for (unsigned k = 1; k < 9; k++) {
    chain_word det = chain_at(&w->before_comma, k);
    if (!det.len)
      return false;
    if (!extract_word_in(s + det.start, det.len,
                         (const char *const[]){"the", "a", "an", "its", "his",
                                               "her", "their", NULL}))
      continue;
    chain_word to = chain_at(&w->before_comma, k + 1);
    chain_word according = chain_at(&w->before_comma, k + 2);
    if (equals_ci(s + to.start, to.len, "to") &&
        equals_ci(s + according.start, according.len, "according"))
      return true;
  }
  return false;
}

void extract_speech_context(name_words *w, mention_context *c) {
  const char *s = w->s;
  size_t start = w->start;
  size_t end = w->end;
  size_t name_start = w->name_start;
  size_t name_end = w->name_end;
  size_t run_end = w->run_end;
  size_t len = w->len;
  size_t prev2_start = w->prev2_start;
  size_t len2 = w->len2;
  const char *prev = w->s + w->ws;
  /* "the film Poisoned Taps", "a chronicle, The Fall of Valmora," */
  if (work_noun(prev, len) || birth_name_before(w))
    c->not_participant = true;
  if (!len && name_start >= start + 2 && s[name_start - 2] == ',') {
    chain_word comma_word = chain_at(&w->before_comma, 0);
    if (work_noun(s + comma_word.start, comma_word.len))
      c->not_participant = true;
  }
  /* "told Carter that he could no longer afford the search", "told the
   * Pontifical Academy of Sciences that ...", "told the Academy of
   * Sciences of a second element", "told the board about the loss": the
   * one told a that-clause or a matter takes part in the telling */
  size_t tb, tl = extract_word_just_after(s, run_end, end, &tb);
  bool that_follows =
      tl && run_end == name_end &&
      extract_word_in(s + tb, tl,
                      (const char *const[]){"that", "of", "about", NULL});
  static const char *const telling[] = {"told", "tells", NULL};
  c->told = that_follows && extract_word_in(prev, len, telling);
  /* "said X", "told X", "according to X", "an interview with X" */
  if ((extract_reporting_verb(prev, len) && !c->told) ||
      (equals_ci(prev, len, "to") &&
       equals_ci(s + prev2_start, len2, "according")) ||
      (equals_ci(prev, len, "the") && equals_ci(s + prev2_start, len2, "to") &&
       prev2_start >= start + 10 &&
       memcmp(s + prev2_start - 10, "according ", 10) == 0) ||
      (equals_ci(prev, len, "with") &&
       equals_ci(s + prev2_start, len2, "interview")) ||
      according_to_apposition(w))
    c->not_participant = true;
  /* "told the Chicago Tribune", "told the newspaper Aftenposten": the
   * listener, a few lower-case words after the verb */
  for (unsigned n = 0; n < 3; n++) {
    chain_word told = chain_at(&w->before, n);
    size_t b = told.start, l = told.len;
    if (!l || ascii_upper((unsigned char)s[b]))
      break;
    if (n > 0 && extract_word_in(s + b, l, telling)) {
      /* "told the X that": over the article alone */
      if (that_follows && n == 1 && equals_ci(prev, len, "the"))
        c->told = true;
      else
        c->not_participant = true;
    }
  }
  /* "than rival Corvane", "compared with X", "unlike X": looked for a
   * few words back, not past punctuation */
  c->after_article = equals_ci(prev, len, "a") || equals_ci(prev, len, "an");
  /* "the Danubian principalities", "the Malakoff bastion": a name between
   * "the" and a noun says which one; "the Montgolfier brothers" are the
   * ones named */
  if (equals_ci(prev, len, "the") && run_end == name_end) {
    size_t nb, nl = extract_word_just_after(s, name_end, end, &nb);
    c->after_article |=
        nl && !extract_kin_noun(s + nb, nl) &&
        !extract_function_word_after(s + nb, nl) &&
        !extract_verb_form(s + nb, nl) && !participle_at(s, nb, nl, end) &&
        !extract_word_in(s + nb, nl,
                         (const char *const[]){"off", "out", "up", "down",
                                               "away", "back", "and", "or",
                                               NULL});
  }
  static const char *const comparison_words[] = {
      "than", "unlike", "versus", "vs", "compared", "outpacing", "ahead", NULL};
  EXTRACT_WORD_SET(comparison_set, comparison_words, true);
  for (unsigned n = 0; n < 5; n++) {
    chain_word cw = chain_at(&w->before, n);
    size_t b = cw.start, l = cw.len;
    if (!l)
      break;
    if (extract_word_set_has(&comparison_set, s + b, l))
      c->not_participant = true;
    if (n == 0 &&
        extract_word_in(s + b, l, (const char *const[]){"with", "to", NULL})) {
      chain_word compared = chain_at(&w->before, 1);
      if (equals_ci(s + compared.start, compared.len, "compared"))
        c->not_participant = true;
    }
  }
}

/* After a possessive: a date phrase ("after X's inauguration"), the one
 * named after it who acts ("X's chairman"), a body it acts through. */
/* Whether the possessive name s[name_start, run_end) opens a noun phrase
 * in apposition to another name: "Senapred, Chile's disaster agency,"
 * (after a name and a comma, closed by a comma) or "the Union Pacific's
 * construction company, Crédit Mobilier," (a name follows the phrase):
 * the body named acts, the possessive only says whose it is.  The phrase
 * is lower-case words, no verb among them ("Paris, France's president
 * said," is a clause). */
static bool possessive_apposition(const char *s, size_t start, size_t end,
                                  size_t name_start, size_t run_end) {
  size_t p = run_end;
  int words = 0;
  for (; words < 5; words++) {
    size_t b, l = extract_word_just_after(s, p, end, &b);
    if (!l || !ascii_is_lower((unsigned char)s[b]) ||
        extract_verb_form(s + b, l) || extract_function_word_after(s + b, l))
      break;
    p = b + l;
  }
  if (!words || p + 2 >= end || s[p] != ',' || s[p + 1] != ' ')
    return false;
  if (ascii_upper((unsigned char)s[p + 2]))
    return true; /* "X's construction company, Crédit Mobilier," */
  if (name_start < start + 3 || s[name_start - 2] != ',' ||
      s[name_start - 1] != ' ')
    return false;
  size_t hb, hl = extract_word_before(s, start, name_start - 2, &hb);
  return hl && hb + hl + 2 == name_start && ascii_upper((unsigned char)s[hb]) &&
         !extract_calendar_word(s + hb, hl);
}

void extract_possessive_context(name_words *w, mention_context *c) {
  const char *s = w->s;
  size_t end = w->end;
  size_t run_end = w->run_end;
  bool possessive = w->possessive;
  /* "after Trump's second inauguration": a date phrase */
  if (possessive) {
    static const char *const date_prepositions[] = {
        "before", "after",     "since", "until", "till",
        "during", "following", "ahead", NULL};
    EXTRACT_WORD_SET(date_preposition_set, date_prepositions, true);
    for (unsigned n = 0; n < 4; n++) {
      chain_word dw = chain_at(&w->before, n);
      if (!dw.len)
        break;
      if (extract_word_set_has(&date_preposition_set, s + dw.start, dw.len))
        c->not_participant = true;
    }
  }
  /* "Sophia's supporters", "Clark's enslaved servant": the one named
   * after the possessive acts, not X (an adjective may come between) */
  if (possessive) {
    size_t b, l = extract_word_after(s, run_end, end, &b);
    bool participle = l > 2 && s[b + l - 2] == 'e' && s[b + l - 1] == 'd';
    /* "FIFA's Football Tribunal ruled": the body named after the
     * possessive acts, not its owner (a model, "X's C90 jet", is X's) */
    bool digit = b + l < end && isdigit((unsigned char)s[b + l]);
    if (l && b <= run_end + 6 && ascii_upper((unsigned char)s[b]) && !digit)
      c->not_participant = true;
    /* "Veltra's shares fell", "Kestrel's sales doubled": what moves is
     * the stock or the figure, not the firm */
    if (person_noun(s + b, l) || firm_figure(s + b, l))
      c->not_participant = true;
    else if (l && (!extract_verb_form(s + b, l) || participle) && b + l < end) {
      /* "Harold's exiled brother": a participle is an adjective there */
      size_t b2, l2 = extract_word_after(s, b + l, end, &b2);
      if (b2 == b + l + 1 && person_noun(s + b2, l2))
        c->not_participant = true;
    }
  }
  if (possessive &&
      possessive_apposition(s, w->start, end, w->name_start, run_end))
    c->not_participant = true;
  /* "Germany's product safety agency": the place acts through a body */
  if (possessive) {
    size_t b = run_end;
    for (int n = 0; n < 4 && !c->body_follows; n++) {
      size_t l = extract_word_after(s, b, end, &b);
      if (!l)
        break;
      c->body_follows = extract_body_noun(s + b, l);
      b += l;
    }
  }
}
