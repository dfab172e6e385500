/* extract_plain_telling.c: a telling with a listener and nothing told
 * ("Darrigade told the players at the training ground on Monday and
 * left"): the news is the telling itself, whose teller acts, not a
 * report of another happening.  A few words after the verb, so the whole
 * stays linear in the text. */
#include "extract_internal.h"

#include <string.h>

/* How many words after the verb are read before giving up: a listener
 * and a few phrases of place and time. */
#define TELLING_WORDS 16

/* Nouns of the press and its occasions: "told reporters", "told a news
 * conference", "told the radio station": a report to the public, whose
 * speaker only reports. */
static bool press_word(const char *w, size_t len) {
  static const char *const words[] = {
      "reporters",   "reporter",     "journalists", "journalist", "press",
      "newspaper",   "newspapers",   "paper",       "radio",      "television",
      "broadcaster", "broadcasters", "channel",     "conference", "interview",
      "media",       "magazine",     "website",     "agency",     "station",
      "analysts",    "podcast",      "programme",   "program",    "briefing",
      NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Words that open what is told: a that-clause, a question's word, a
 * matter ("of", "about"), an order ("to"), a bare clause's subject. */
static bool content_word(const char *w, size_t len) {
  static const char *const words[] = {
      "that",    "of", "about", "to",    "how",  "what",  "why", "when",
      "whether", "if", "where", "who",   "he",   "she",   "it",  "they",
      "we",      "i",  "you",   "there", "this", "these", NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Whether a word is a finite verb (an auxiliary, a modal or a past form,
 * no -ing): the verb of a bare clause after the listener. */
static bool finite_verb(const char *w, size_t len) {
  static const char *const auxiliaries[] = {
      "had",   "has",  "have",  "was",  "were",  "is",
      "are",   "did",  "would", "will", "could", "should",
      "might", "must", "can",   "may",  "shall", NULL};
  if (extract_word_in(w, len, auxiliaries))
    return true;
  return extract_verb_form(w, len) &&
         !(len > 4 && equals_ci(w + len - 3, 3, "ing"));
}

/* Whether a quotation closes within a few bytes before `pos` (`," X
 * told`, `,” the chief executive, X, told`): the telling reports that
 * quotation. */
static bool quotation_before(const char *s, size_t start, size_t pos) {
  size_t lo = pos > start + 160 ? pos - 160 : start;
  for (size_t p = pos; p > lo + 1; p--)
    if (s[p - 1] == '"' ||
        (p >= lo + 3 && memcmp(s + p - 3, "\xE2\x80\x9D", 3) == 0))
      return true;
  return false;
}

bool extract_plain_telling(const char *s, size_t start, size_t name_start,
                           size_t verb, size_t len, size_t end) {
  if (!extract_word_in(s + verb, len,
                       (const char *const[]){"told", "tells", NULL}) ||
      quotation_before(s, start, name_start))
    return false;
  size_t pos = verb + len;
  int words = 0;
  for (int step = 0; step < 4 * TELLING_WORDS && words < TELLING_WORDS;
       step++) {
    size_t b, l = extract_word_after(s, pos, end, &b);
    if (!l) {
      /* a comma, a stop, a quotation mark or a parenthesis ends the
       * clause; a number, an abbreviation's point, an apostrophe or a
       * letter outside ASCII goes on ("at 7 a.m.", "the club's",
       * "in Mérignac") */
      bool stop = b + 1 >= end || s[b + 1] == ' ' || s[b + 1] == '\n';
      /* "p.m.", "U.S.": a point after one letter abbreviates */
      if (b >= 2 && ascii_alpha((unsigned char)s[b - 1]) &&
          (s[b - 2] == '.' || s[b - 2] == ' '))
        stop = false;
      if (b >= end || s[b] == ';' || s[b] == ',' || s[b] == '"' ||
          s[b] == '(' || s[b] == ':' || (s[b] == '.' && stop) ||
          (b + 3 <= end && (memcmp(s + b, "\xE2\x80\x9C", 3) == 0 ||
                            memcmp(s + b, "\xE2\x80\x9D", 3) == 0)))
        return words > 0;
      pos = b + 1;
      continue;
    }
    /* the listener: a common noun, not a name (a newspaper's, maybe) nor
     * a pronoun */
    if (words == 0 &&
        (ascii_upper((unsigned char)s[b]) ||
         extract_word_in(
             s + b, l,
             (const char *const[]){"him", "her", "them", "us", "me", NULL})))
      return false;
    if (press_word(s + b, l) || content_word(s + b, l))
      return false;
    /* "told the committee the plan had failed": a verb after the
     * listener is a bare clause's, what was told */
    if (words > 0 && finite_verb(s + b, l))
      return false;
    /* "and left": another verb of the same teller ("before" and "after"
     * may open a phrase of time with a that-clause after it: "told the
     * referees shortly before the tip-off that ...") */
    if (words > 0 &&
        extract_word_in(s + b, l,
                        (const char *const[]){"and", "but", "then", NULL}))
      return true;
    words++;
    pos = b + l;
  }
  return false;
}
