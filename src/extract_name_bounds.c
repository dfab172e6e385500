/* extract_name_bounds.c: where a run of capitalised words that holds two
 * names is cut.  English writes a short fronted phrase of time without a
 * comma ("Eleven days after Gravelines Elizabeth rode ..."), so the
 * phrase's object and the clause's subject meet in one run; the words
 * the gazetteer knows say where the one ends.  Each look is a few words
 * at the run's front, so the whole stays linear in the text. */
#include "extract_internal.h"

#include <ctype.h>
#include <string.h>

/* Prepositions that open a phrase of time before the subject. */
static bool time_preposition(const char *w, size_t len) {
  static const char *const words[] = {"after", "before",    "since",
                                      "until", "following", NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Words that may stand before such a preposition at the sentence's start:
 * a count and its unit, or an adverb of degree ("Eleven days after",
 * "Soon after", "Only a week before"). */
static bool count_word(const char *w, size_t len) {
  static const char *const words[] = {
      "a",         "an",     "one",   "two",     "three", "four",
      "five",      "six",    "seven", "eight",   "nine",  "ten",
      "eleven",    "twelve", "few",   "several", "some",  "many",
      "hour",      "hours",  "day",   "days",    "week",  "weeks",
      "month",     "months", "year",  "years",   "soon",  "shortly",
      "long",      "just",   "only",  "even",    "not",   "immediately",
      "fortnight", NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Whether the word before `at` is a preposition of time that opens the
 * sentence [start, ...), after at most three count words. */
static bool after_fronted_time_preposition(const char *s, size_t start,
                                           size_t at) {
  size_t b, l = extract_word_just_before(s, start, at, &b);
  if (!l || !time_preposition(s + b, l))
    return false;
  for (int words = 0; words <= 3; words++) {
    size_t k = b;
    while (k > start && (s[k - 1] == ' ' || s[k - 1] == '"'))
      k--;
    if (k == start)
      return true;
    if (words == 3 || !(l = extract_word_just_before(s, start, b, &b)) ||
        !count_word(s + b, l))
      return false;
  }
  return false;
}

/* Words that open a place's name before a given name ("Port Elizabeth",
 * "San Juan", "Fort William"), beside those the gazetteer has as a
 * structure's or a body's word. */
static bool place_opener(const char *w, size_t len) {
  static const char *const words[] = {
      "San",   "Santa", "Santo", "Saint", "St",    "Sainte", "New",
      "Port",  "Fort",  "Mount", "Lake",  "Cape",  "Point",  "Glen",
      "North", "South", "East",  "West",  "Upper", "Lower",  NULL};
  EXTRACT_WORD_SET(set, words, false);
  return extract_word_set_has(&set, w, len);
}

/* Whether the head s[a, e) of a run can be a phrase's object alone: no
 * word of it a given name, a title, a word of a place's or a body's
 * name. */
static bool plain_head(evg_extraction *x, const char *s, size_t a, size_t e) {
  for (size_t w = a; w < e;) {
    size_t we = extract_word_end(s, w, e);
    size_t index;
    if (we == w || extract_is_given_name(x, s + w, we - w) ||
        extract_is_title(x, s + w, we - w) || place_opener(s + w, we - w) ||
        extract_gazetteer_lists(x, s + w, we - w, GAZ_SUFFIX, &index))
      return false;
    w = we;
    while (w < e && s[w] == ' ')
      w++;
  }
  return true;
}

size_t extract_split_fronted_subject(evg_extraction *x, const char *s,
                                     size_t start, size_t end, size_t run_start,
                                     size_t run_end) {
  /* the subject: a verb (a lower-case word) comes right after the run */
  if (run_end - run_start > 64 || run_end + 1 >= end || s[run_end] != ' ' ||
      !ascii_is_lower((unsigned char)s[run_end + 1]) ||
      !after_fronted_time_preposition(s, start, run_start))
    return run_end;
  size_t spaces = 0;
  for (size_t p = run_start; p < run_end && spaces < 3; p++) {
    if (s[p] != ' ')
      continue;
    spaces++;
    size_t t = p + 1, te = extract_word_end(s, t, run_end);
    if (te == t || !extract_starts_upper(s + t, te - t))
      return run_end; /* a connector: "Treaty of Paris" is one name */
    /* "after Gravelines Elizabeth rode": a given name opens the subject */
    if (extract_is_given_name(x, s + t, te - t) &&
        plain_head(x, s, run_start, p))
      return p;
  }
  return run_end;
}

bool extract_fronted_time_object(const char *s, size_t start, size_t end,
                                 size_t name_start, size_t name_end) {
  /* "Eleven days after Gravelines, Elizabeth rode": the phrase's object
   * dates the clause; it ends at a comma or where the subject's name
   * begins (extract_split_fronted_subject) */
  if (name_end + 1 >= end ||
      !(s[name_end] == ',' ||
        (s[name_end] == ' ' && extract_starts_upper(s + name_end + 1, 1))))
    return false;
  return after_fronted_time_preposition(s, start, name_start);
}

bool extract_place_owns_body(evg_extraction *x, const char *s, size_t run_start,
                             size_t p, size_t run_end) {
  /* "the United States Coast Guard", "a Japan Coast Guard helicopter":
   * a body's name that is also a generic word of bodies (the gazetteer
   * lists "Coast Guard" as a suffix) is one body with the place before
   * it, which says whose; two places ("gave Russia Livonia") stay two */
  const char *kind =
      extract_gazetteer_kind(x, s + run_start, p - run_start, GAZ_NAME);
  size_t index;
  if (!kind || !(strcmp(kind, "place") == 0 || strcmp(kind, "country") == 0))
    return false;
  if (extract_gazetteer_lists(x, s + p + 1, run_end - p - 1, GAZ_SUFFIX,
                              &index))
    return true;
  /* "the Tennessee Supreme Court", "the Kenya Supreme Court": a public
   * body's whole name of several words that ends in a body's head noun
   * ("Court", "Council", "Office") is the generic name every state's body
   * of that sort has, and the place before it says which; a name of its
   * own after a place ("gave Russia Livonia") has no such head */
  const char *body =
      extract_gazetteer_kind(x, s + p + 1, run_end - p - 1, GAZ_NAME);
  if (!body ||
      !(strcmp(body, "institution") == 0 || strcmp(body, "government") == 0))
    return false;
  size_t last = run_end;
  while (last > p + 1 && s[last - 1] != ' ')
    last--;
  return last > p + 1 && extract_gazetteer_lists(x, s + last, run_end - last,
                                                 GAZ_SUFFIX, &index);
}

/* "Portugal's Ministry of Health", "Kenya's Ministry of Labour": a known
 * country or place in the possessive before a body's name says whose body
 * it is, as in "the Ministry of Health of Portugal"; the body alone is
 * named (the gold's rule), the place is no word of it.  The start of the
 * body's name after the possessive, or name_start.  The run holds one
 * possessive at most a few words in, so the look is bounded. */
size_t extract_after_place_possessive(evg_extraction *x, const char *s,
                                      size_t name_start, size_t name_end) {
  size_t p = name_start;
  for (int words = 0; words < 4 && p < name_end; words++) {
    size_t e = p;
    while (e < name_end && s[e] != ' ')
      e++;
    size_t own = extract_possessive(s, p, e);
    if (own) {
      const char *kind = extract_gazetteer_kind(x, s + name_start,
                                                e - own - name_start, GAZ_NAME);
      size_t body = e + 1, body_end = body;
      while (body_end < name_end && s[body_end] != ' ')
        body_end++;
      size_t index;
      bool body_word = body < name_end &&
                       extract_gazetteer_lists(x, s + body, body_end - body,
                                               GAZ_SUFFIX, &index);
      return kind &&
                     (strcmp(kind, "country") == 0 ||
                      strcmp(kind, "place") == 0) &&
                     body_word
                 ? body
                 : name_start;
    }
    p = e + 1;
  }
  return name_start;
}

/* "Apollo 15 landed", "Teamsters Local 727, which", "Voyager 2.": a number
 * of one to three digits right after a name is the name's last word (a
 * craft's, a union local's, a channel's), when the clause goes on after
 * it with punctuation, a verb or a function word.  A count of something
 * ("Acme 40 percent", "Boeing 737 jets") has a noun after it; a year has
 * four digits; a score or a range ("Arsenal 2-1") a dash. */
size_t extract_name_number_end(const char *s, size_t end, size_t last_word,
                               size_t run_end) {
  if (run_end + 2 > end || s[run_end] != ' ' ||
      !isdigit((unsigned char)s[run_end + 1]) ||
      extract_common_capital(s + last_word, run_end - last_word))
    return run_end;
  size_t d = run_end + 1;
  while (d < end && d - run_end <= 4 && isdigit((unsigned char)s[d]))
    d++;
  if (d - run_end - 1 > 3)
    return run_end;
  if (d >= end)
    return d;
  unsigned char c = (unsigned char)s[d];
  if (c == ',' || c == '.' || c == ';' || c == ':' || c == ')')
    return d + 1 >= end || s[d + 1] == ' ' || s[d + 1] == '\n' ? d : run_end;
  if (c != ' ')
    return run_end;
  size_t ws, wl = extract_word_just_after(s, d, end, &ws);
  return wl && ascii_is_lower((unsigned char)s[ws]) &&
                 (extract_verb_form(s + ws, wl) ||
                  extract_function_word_after(s + ws, wl))
             ? d
             : run_end;
}

/* The kind of a name whose last word is a number (extract_name_number_end):
 * a union's branch after "Local" ("Teamsters Local 727"), else a craft's
 * or a thing's ("Apollo 15", "Voyager 2"): no person's name ends in an
 * Arabic numeral.  NULL when the name ends in no number. */
const char *extract_numbered_name_kind(const char *name, size_t len) {
  size_t d = len;
  while (d > 0 && isdigit((unsigned char)name[d - 1]))
    d--;
  if (d == len || d < 2 || name[d - 1] != ' ')
    return NULL;
  if (d >= 7 && memcmp(name + d - 7, " Local ", 7) == 0)
    return "organization";
  return "other";
}

/* Nouns of a field of public work that agencies, ministries and unions
 * are named for, at either side of their "and" ("Customs and Border
 * Protection", "Fisheries and Oceans Canada"). */
bool extract_remit_noun(const char *w, size_t len) {
  static const char *const words[] = {
      "Protection",  "Enforcement", "Safety",      "Security",   "Standards",
      "Services",    "Affairs",     "Development", "Welfare",    "Conservation",
      "Management",  "Prevention",  "Control",     "Planning",   "Research",
      "Customs",     "Immigration", "Border",      "Fisheries",  "Oceans",
      "Health",      "Care",        "Energy",      "Mining",     "Transport",
      "Logistics",   "Sanitation",  "Water",       "Food",       "Environment",
      "Agriculture", "Labour",      "Labor",       "Employment", "Innovation",
      "Industry",    "Commerce",    "Culture",     "Heritage",   "Tourism",
      "Education",   "Justice",     "Finance",     "Revenue",    "Excise",
      "Forestry",    "Wildlife",    "Parks",       "Housing",    "Trade",
      "Trades",      "Workers",     "Veterinary",  "Aviation",   "Maritime",
      "Rescue",      "Relief",      "Recovery",    "Resilience", "Emergency",
      NULL};
  EXTRACT_WORD_SET(set, words, false);
  return extract_word_set_has(&set, w, len);
}

/* "U.S. Customs and Border Protection", "Immigration and Customs
 * Enforcement", "Health and Social Care Scotland", "Transport and
 * Logistics Workers": a left run ending in a field of work at
 * s[left_last, left_end) and a right run [right, right_end) of two words
 * or more that ends in one too, or in a place (when `place_last`), make
 * one body's name; the fields are no names of their
 * own, so "Hamas and Islamic Jihad" stays two. */
bool extract_remit_pair(const char *s, size_t left_last, size_t left_end,
                        size_t right, size_t right_last, size_t right_end,
                        bool place_last) {
  if (!extract_remit_noun(s + left_last, left_end - left_last) ||
      right_last == right)
    return false;
  return place_last ||
         extract_remit_noun(s + right_last, right_end - right_last);
}

/* The kind of a body's name joined by "and" between fields of work: a
 * union's ("Transport and Logistics Workers") or an agency's ("Customs
 * and Border Protection"); NULL for other names. */
const char *extract_remit_pair_kind(const char *name, size_t len) {
  const char *and = NULL;
  for (size_t p = 0; p + 5 <= len; p++)
    if (memcmp(name + p, " and ", 5) == 0) {
      and = name + p;
      break;
    }
  if (!and)
    return NULL;
  size_t left = (size_t)(and-name);
  while (left > 0 && name[left - 1] != ' ')
    left--;
  size_t last = len;
  while (last > 0 && name[last - 1] != ' ')
    last--;
  if (!extract_remit_noun(name + left, (size_t)(and-name) - left) ||
      !extract_remit_noun(name + last, len - last))
    return NULL;
  return equals_ci(name + last, len - last, "Workers") ||
                 equals_ci(name + last, len - last, "Trades")
             ? "organization"
             : "institution";
}

/* "the Lord Chamberlain, Thomas Howard, walked": a title with its words
 * after "the" names an office (a person's name takes no article), and a
 * given name in apposition after its comma names the one who holds it;
 * the office is no actor beside the holder.  s[run_start, run_end) is
 * the run, [start, end) the sentence. */
bool extract_office_before_holder(evg_extraction *x, const char *s,
                                  size_t start, size_t end, size_t run_start,
                                  size_t run_end) {
  if (run_start < start + 4 || !equals_ci(s + run_start - 4, 4, "the ") ||
      run_end + 3 >= end || s[run_end] != ',' || s[run_end + 1] != ' ')
    return false;
  size_t first_end = extract_word_end(s, run_start, run_end);
  if (first_end >= run_end ||
      !extract_is_title(x, s + run_start, first_end - run_start))
    return false;
  size_t gb = run_end + 2, ge = extract_word_end(s, gb, end);
  return ge > gb && ge < end && s[ge] == ' ' &&
         extract_is_given_name(x, s + gb, ge - gb);
}
