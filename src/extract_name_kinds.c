/* extract_name_kinds.c: an actor's kind from its name's own words: a
 * ship's or a club's prefix, a word of the gazetteer at its head ("the
 * Ministry of ..."), a public body, a polity, a body of several states
 * (extract_kind_of_words; moved out of extract_actor_table.c, which
 * builds the table of actors and matches the mentions to them). */
#define _GNU_SOURCE /* memrchr */
#include "extract_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* A ship's prefix: "HMS Brisk", "RV Skarfur" are vessels (kind other). */
static bool ship_prefix(const char *w, size_t len) {
  static const char *const words[] = {"HMS", "USS",  "RV",   "RMS", "SS",
                                      "MV",  "HMAS", "HMCS", "SMS", "USNS",
                                      "HMY", "MS",   NULL};
  EXTRACT_WORD_SET(set, words, false);
  return extract_word_set_has(&set, w, len);
}

/* A sports club's prefix ("KV Scheldeport", "FC Nordby") or a word for
 * club inside its name ("Esporte Clube Araçá"): an organisation, named
 * again by its last word. */
static bool club_prefix(const char *w, size_t len) {
  static const char *const words[] = {"FC", "AFC", "KV",  "SC", "AC",  "CF",
                                      "CD", "SK",  "FK",  "SV", "KRC", "SSC",
                                      "RC", "VfB", "VfL", NULL};
  EXTRACT_WORD_SET(set, words, false);
  return extract_word_set_has(&set, w, len);
}

static bool club_word_inside(const char *name, size_t len) {
  return extract_strstr_within(name, len, " Club ") ||
         extract_strstr_within(name, len, " Clube ") ||
         extract_strstr_within(name, len, " Klub ");
}

/* "AfricaMuseum", "NewsGuild": a word written as two capitalised words
 * run together has the kind of its second, when that is a body's word of
 * the gazetteer (not an event's or a structure's). */
static const char *compound_head_kind(evg_extraction *x, const char *w,
                                      size_t len) {
  size_t head = len;
  for (size_t k = 1; k < len; k++)
    if (ascii_is_lower((unsigned char)w[k - 1]) &&
        ascii_upper((unsigned char)w[k]))
      head = k;
  if (head == len)
    return NULL;
  const char *kind =
      extract_gazetteer_kind(x, w + head, len - head, GAZ_SUFFIX);
  return extract_organisation_kind(kind) ? kind : NULL;
}

/* The kind of a name joined by "of" or "for" (at `of`): its head is the
 * word before it, or the two words before ("Reserve Bank of Australia"),
 * whatever the last word is: "First Circuit Court of Appeals",
 * "Department of Energy"; NULL when the gazetteer knows neither. */
static const char *head_before_of_kind(evg_extraction *x, const char *s,
                                       size_t name_start, const char *of) {
  const char *kind = NULL;
  size_t w = (size_t)(of - s);
  while (w > name_start && s[w - 1] != ' ')
    w--;
  size_t w2 = w > name_start ? w - 1 : w;
  while (w2 > name_start && s[w2 - 1] != ' ')
    w2--;
  if (w2 < w)
    kind = extract_gazetteer_kind(x, s + w2, (size_t)(of - s) - w2, GAZ_SUFFIX);
  if (!kind)
    kind = extract_gazetteer_kind(x, s + w, (size_t)(of - s) - w, GAZ_SUFFIX);
  /* "the Board of Trade", "the Board of Guardians": a board named by
   * what it governs alone is a government's, as a ministry is; "General
   * Board of Health" stays an agency */
  if (w == name_start && equals_ci(s + w, (size_t)(of - s) - w, "Board"))
    kind = "government";
  return kind;
}

/* Whether s[name_start, name_end), of the kind its words gave, is a
 * public body: "Federal Deposit Insurance Corporation", "Federal Home
 * Loan Bank" (a corporation or bank that a federation charters);
 * "National Science Foundation", "Dutch Research Council" (a council or
 * a foundation of one field that a nation's word names is that state's
 * agency, not a council that governs a place nor a private charity). */
static bool public_body(const char *s, size_t name_start, size_t name_end,
                        const char *kind) {
  const char *name = s + name_start;
  size_t first_word_end = name_start, last_word = name_start;
  while (first_word_end < name_end && s[first_word_end] != ' ')
    first_word_end++;
  for (size_t p = name_start; p < name_end; p++)
    if (s[p] == ' ')
      last_word = p + 1;
  size_t second_last = last_word > name_start ? last_word - 1 : name_start;
  while (second_last > name_start && s[second_last - 1] != ' ')
    second_last--;
  size_t first_len = first_word_end - name_start;
  if (strcmp(kind, "company") == 0 && last_word > name_start &&
      equals_ci(name, first_len, "Federal") &&
      ascii_upper((unsigned char)name[0]))
    return true;
  return second_last == first_word_end + 1 &&
         extract_word_in(
             s + last_word, name_end - last_word,
             (const char *const[]){"Council", "Foundation", NULL}) &&
         (equals_ci(name, first_len, "National") ||
          (first_len > 3 && ascii_is_lower((unsigned char)name[1]) &&
           extract_not_an_actor(name, first_len)));
}

/* Whether the word ends as a people's or a faction's plural: "-ians",
 * "-eans", "-ites" ("Vitellians", "Jacobites"). */
static bool people_plural(const char *w, size_t len) {
  static const char *const endings[] = {"ians", "eans", "ites", NULL};
  for (size_t k = 0; endings[k]; k++)
    if (len > 6 && memcmp(w + len - 4, endings[k], 4) == 0)
      return true;
  return false;
}

/* Whether the name is headed by a noun of a unit of a state's own
 * government: first, before "of" ("Region of the South Aegean", "Canton
 * of Uri", "Municipality of Zagori"), or last ("Khumbu Pasang Lhamu Rural
 * Municipality", "Grisons Canton").  Such a unit that acts does so as its
 * government, as a county does.  "Region" and "District" only before
 * "of": "the Kanto Region", "the Lake District" are most often a land's
 * names. */
static bool polity_head(const char *s, size_t name_start, size_t name_end,
                        size_t first_word_end, size_t last_word) {
  static const char *const units[] = {
      "Municipality", "Canton",   "Governorate", "Voivodeship", "Commune",
      "Prefecture",   "Province", "County",      "Oblast",      "Region",
      "District",     "Borough",  NULL};
  static const char *const last_units[] = {"Municipality", "Canton",
                                           "Governorate", "Voivodeship", NULL};
  if (first_word_end + 4 < name_end &&
      memcmp(s + first_word_end, " of ", 4) == 0 &&
      extract_word_in(s + name_start, first_word_end - name_start, units))
    return true;
  return last_word > name_start &&
         extract_word_in(s + last_word, name_end - last_word, last_units);
}

/* Whether the name is a body of several states: opened by a word of a
 * continent or of the world ("Asian Development Bank", "European Space
 * Agency", "International Cricket Council") and headed last by an
 * agency's, a council's, a union's, a fund's or a federation's word, or
 * by a bank that lends for development or investment; such bodies are
 * organizations, not a state's agency or government nor a lender ("Arab
 * Bank" is a firm, the "European Central Bank" its states' central
 * bank).  A commission, a board or a court of a union of states stays
 * its institution ("European Commission"). */
static bool several_states_body(const char *s, size_t name_start,
                                size_t first_word_end, size_t last_word,
                                size_t name_end) {
  static const char *const firsts[] = {
      "International", "World",     "Global", "European",       "Asian",
      "African",       "Caribbean", "Arab",   "Inter-American", NULL};
  static const char *const heads[] = {
      "Agency",       "Council",      "Union",      "Fund",
      "Organization", "Organisation", "Federation", NULL};
  if (last_word == name_start ||
      !extract_word_in(s + name_start, first_word_end - name_start, firsts))
    return false;
  if (!equals_ci(s + last_word, name_end - last_word, "Bank"))
    return extract_word_in(s + last_word, name_end - last_word, heads);
  size_t b = last_word - 1; /* the word before "Bank" */
  while (b > name_start && s[b - 1] != ' ')
    b--;
  return extract_word_in(
      s + b, last_word - 1 - b,
      (const char *const[]){"Development", "Investment", NULL});
}

/* The kind the name's own words give it: the gazetteer's whole name
 * (a place that acts does so as a government), a ship's prefix, a last
 * word ("... Inc.") or a first word ("University of ..."); NULL when
 * none does.  *place is set for countries and places. */
const char *extract_kind_of_words(evg_extraction *x, const char *s,
                                  size_t name_start, size_t name_end,
                                  bool *place, bool *ship) {
  const char *name = s + name_start;
  size_t name_len = name_end - name_start;
  /* the last space and the first found by the library, not a byte at a
   * time (the name is read for each of its mentions) */
  const char *last_space = memrchr(name, ' ', name_len);
  size_t last_word = last_space ? (size_t)(last_space - s) + 1 : name_start;
  const char *first_space = memchr(name, ' ', name_len);
  size_t first_word_end = first_space ? (size_t)(first_space - s) : name_end;
  /* the needles searched below open with a space: none is found before
   * the first, and none in a name of one word */
  const char *spaced = s + first_word_end;
  size_t spaced_len = name_end - first_word_end;
  *place = *ship = false;
  const char *kind = extract_gazetteer_kind(x, name, name_len, GAZ_NAME);
  if (!kind)
    kind = extract_national_branch_kind(x, name, name_len);
  if (kind && (strcmp(kind, "country") == 0 || strcmp(kind, "place") == 0)) {
    *place = true;
    if (strcmp(kind, "place") == 0)
      kind = "government";
  }
  if (!kind && last_word > name_start &&
      ship_prefix(name, first_word_end - name_start)) {
    *ship = true;
    kind = "other";
  }
  if (!kind && last_word > name_start &&
      (club_prefix(name, first_word_end - name_start) ||
       club_word_inside(spaced, spaced_len))) {
    *ship = true; /* named again by its last word, as a ship is */
    kind = "organization";
  }
  if (!kind &&
      polity_head(s, name_start, name_end, first_word_end, last_word)) {
    *place = true;
    kind = "government";
  }
  /* the head of a name joined by "of" is the word before it, whatever
   * the last word is: "First Circuit Court of Appeals", "Department of
   * Energy" */
  const char *of =
      kind ? NULL : extract_strstr_within(spaced, spaced_len, " of ");
  if (!kind && !of)
    of = extract_strstr_within(spaced, spaced_len,
                               " for "); /* "Institute for ..." */
  /* "Centre for ...", "Organisation of ...": what a first word that is
   * the head before "of" or "for" gives (extract_opening_head_kind); not
   * "Organisation Party of Umbria", headed by "Party" */
  if (of)
    kind = head_before_of_kind(x, s, name_start, of);
  if (of && of == s + first_word_end)
    kind = extract_opening_head_kind(s, name_start, first_word_end, name_end,
                                     kind);
  /* "Comissão do Mercado de Valores Mobiliários", "Académie des
   * Inscriptions et Belles-Lettres": a name of another language is headed
   * by its word before the first particle, as an English one before "of" */
  const char *particle =
      kind || of ? NULL : extract_first_particle(name, name_len);
  if (particle)
    kind = head_before_of_kind(x, s, name_start, particle);
  /* two last words first: "Ardwick Opera House" is no "House", nor
   * "Royal Society" alone a "Society" */
  size_t second_last = last_word > name_start ? last_word - 1 : name_start;
  while (second_last > name_start && s[second_last - 1] != ' ')
    second_last--;
  if (!kind && last_word > name_start)
    kind = extract_gazetteer_kind(x, s + second_last, name_end - second_last,
                                  GAZ_SUFFIX);
  const char *last_kind = extract_gazetteer_kind(
      x, s + last_word, name_end - last_word, GAZ_SUFFIX);
  if (!kind && last_kind &&
      (strcmp(last_kind, "event") == 0 || strcmp(last_kind, "structure") == 0))
    return last_kind; /* "Inauguration", "the Crimean War", "Kell Bridge" */
  /* a suffix word alone ("Rovers manager ...") says nothing */
  if (!kind && last_word > name_start)
    kind = last_kind; /* the same look-up, made above */
  if (!kind)
    kind = compound_head_kind(x, s + last_word, name_end - last_word);
  if (!kind && last_word > name_start)
    kind = extract_gazetteer_kind(x, name, first_word_end - name_start,
                                  GAZ_SUFFIX);
  if (kind && public_body(s, name_start, name_end, kind))
    kind = "institution";
  /* "the Northwest Territories", "Pierce County", "New York City": a
   * name ending in a noun of a place that governs itself is a place,
   * which acts as a government.  A town's one word and "City" is as
   * often a football club ("Norwich City"): only a longer name is
   * surely the city's */
  bool city = equals_ci(s + last_word, name_end - last_word, "City") &&
              memchr(name, ' ', last_word - 1 - name_start) != NULL;
  if (!kind && last_word > name_start &&
      (city ||
       extract_word_in(s + last_word, name_end - last_word,
                       (const char *const[]){"County", "Territory",
                                             "Territories", "Province",
                                             "Prefecture", "Oblast", NULL}))) {
    *place = true;
    kind = "government";
  }
  /* "Harlow & Begg": partners' names joined make a firm */
  if (!kind && extract_strstr_within(spaced, spaced_len, " & "))
    kind = "company";
  /* "The Times", "the Herald": a newspaper's word alone after the
   * article is the paper's name */
  if (!kind && last_word == name_start &&
      extract_after_article(s, name_start)) {
    const char *alone = extract_gazetteer_kind(x, name, name_len, GAZ_SUFFIX);
    if (alone && strcmp(alone, "media") == 0)
      kind = alone;
  }
  /* "the Norwegians": a people, the plural of a nationality's word */
  if (!kind && last_word == name_start && name_len > 4 &&
      name[name_len - 1] == 's' && extract_not_an_actor(name, name_len - 1))
    kind = "group";
  /* "the Vitellians", "the Carthaginians", "the Hussites": after the
   * article, one word that ends as the plural of a people's or a
   * faction's noun is a group */
  if (!kind && last_word == name_start &&
      extract_after_article(s, name_start) && people_plural(name, name_len))
    kind = "group";
  /* "the British", "the Portuguese": a people by its adjective alone
   * (found only where extract_people_adjective lets it be a name), no
   * short form of a longer name ("the British Museum") */
  if (!kind && last_word == name_start &&
      extract_nationality_adjective(name, name_len))
    kind = "group";
  /* "BBC Four", "Google DeepMind": an organisation's name first */
  if (!kind && last_word > name_start) {
    const char *first =
        extract_gazetteer_kind(x, name, first_word_end - name_start, GAZ_NAME);
    if (first &&
        (strcmp(first, "company") == 0 || strcmp(first, "media") == 0 ||
         strcmp(first, "organization") == 0))
      kind = first;
  }
  if (kind && !*place &&
      several_states_body(s, name_start, first_word_end, last_word, name_end))
    kind = "organization";
  return kind;
}

bool extract_organisation_kind(const char *kind) {
  static const char *const kinds[] = {
      "company", "government", "organization", "institution", "media",
      "group",   NULL};
  EXTRACT_WORD_SET(set, kinds, false);
  return kind && extract_word_set_has(&set, kind, strlen(kind));
}
