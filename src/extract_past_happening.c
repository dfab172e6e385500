/* extract_past_happening.c: whether a sentence with no date of its own
 * states a happening told in the past ("Harold was killed", "The board
 * named X as interim chief"), so that it becomes an event at the story's
 * time; a sentence that only reports, quotes, asks or states a written
 * date does not.  The verb forms it reads are extract_happenings.c's.
 * One pass over the sentence. */
#include "extract_internal.h"

#include <ctype.h>

/* Verbs that tell what someone said, thought or expected: a sentence
 * that only has them reports, it states no happening of its own. */
static bool reporting_verb(const char *w, size_t len) {
  static const char *const words[] = {
      "said",     "told",     "added",     "noted",     "explained", "wrote",
      "asked",    "argued",   "warned",    "stated",    "claimed",   "insisted",
      "recalled", "admitted", "replied",   "remarked",  "estimated", "believed",
      "thought",  "expected", "hoped",     "feared",    "seemed",    "appeared",
      "meant",    "knew",     "wanted",    "described", "called",    "based",
      "needed",   "remained", "continued", "included",  "owned",     "used",
      "lived",    "liked",    "loved",     "hated",     "preferred", NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* A month name and a day or year at s[w, e) ("March 11", "May 1998"):
 * the sentence states a date, which the story's must not replace. */
static bool written_date_at(const char *s, size_t w, size_t e, size_t end) {
  static const char *const months[] = {
      "January", "February",  "March",   "April",    "May",      "June", "July",
      "August",  "September", "October", "November", "December", NULL};
  EXTRACT_WORD_SET(set, months, false);
  return extract_word_set_has(&set, s + w, e - w) && e + 1 < end &&
         s[e] == ' ' && isdigit((unsigned char)s[e + 1]);
}

/* The end of a title in quotation marks that opens at s[q) ("Salt on the
 * Wind", "Winter Harbour"), or 0 when the quotation is no title: at most
 * eight words, each capitalised but for short function words, closed
 * before `end` by a quotation mark (and a comma or a period inside it). */
static size_t quoted_title_end(const char *s, size_t q, size_t end) {
  static const char *const small[] = {"a",  "an", "the", "of",  "on", "in",
                                      "at", "to", "for", "and", "or", NULL};
  size_t i = q + (s[q] == '"' ? 1 : 3);
  for (int words = 0; words < 8 && i < end; words++) {
    size_t e = extract_letters_end(s, i, end);
    if (e == i || !(ascii_upper((unsigned char)s[i]) ||
                    (words > 0 && extract_word_in(s + i, e - i, small))))
      return 0;
    if (e < end && (s[e] == ',' || s[e] == '.'))
      e++;
    if (e < end && s[e] == '"')
      return e + 1;
    if (e + 2 < end && (unsigned char)s[e] == 0xe2 &&
        (unsigned char)s[e + 1] == 0x80 && (unsigned char)s[e + 2] == 0x9d)
      return e + 3;
    if (e >= end || s[e] != ' ')
      return 0;
    i = e + 1;
  }
  return 0;
}

bool extract_states_past_happening(const char *s, const range *sentence) {
  size_t end = sentence->end;
  while (end > sentence->start &&
         (s[end - 1] == ' ' || s[end - 1] == '\n' || s[end - 1] == '\r'))
    end--;
  if (end == sentence->start || s[end - 1] == '?' || s[end - 1] == ':')
    return false;
  size_t prev = 0, prev_len = 0; /* the word before, 0 long at the start */
  bool past = false;             /* the whole sentence is read: a quotation or a
                                    written date later on rules it out */
  /* "Within a week the queen had knighted Hunt": a past perfect framed by
   * an opening "Within" tells what was done by the end of that stretch,
   * a happening of its own, not the background of one */
  bool within =
      end - sentence->start > 7 && equals_ci(s + sentence->start, 7, "within ");
  for (size_t i = sentence->start; i < end;) {
    unsigned char c = (unsigned char)s[i];
    /* a quotation is what someone said: no happening the text states;
     * a title in quotation marks ("Salt on the Wind") is a name */
    if (c == '"' ||
        (c == 0xe2 && i + 2 < end && (unsigned char)s[i + 1] == 0x80 &&
         ((unsigned char)s[i + 2] == 0x9c ||
          (unsigned char)s[i + 2] == 0x9d))) {
      size_t title_end = quoted_title_end(s, i, end);
      if (!title_end)
        return false;
      prev_len = 0;
      i = title_end;
      continue;
    }
    if (!ascii_alpha(c)) {
      if (c != ' ')
        prev_len = 0; /* a comma or a dash: no modifier before the verb */
      i++;
      continue;
    }
    size_t w = i, e = extract_letters_end(s, i, end);
    i = e;
    /* the months are capitalised */
    if (ascii_upper((unsigned char)s[w]) && written_date_at(s, w, e, end))
      return false;
    size_t before = prev, before_len = prev_len;
    prev = w, prev_len = e - w;
    if (within && !past && extract_past_perfect_at(s, w, e, end)) {
      past = true;
      continue;
    }
    /* once a past happening is read, only what rules it out is looked
     * for; the first word is a subject, save a part's own verb whose
     * subject it shares with the part before ("rang the Garda station") */
    if (past || !ascii_is_lower((unsigned char)s[w]) ||
        (w == sentence->start && !extract_past_happening_at(s, w, e, end)) ||
        (before_len && extract_nonfinite_before(s + before, before_len)) ||
        reporting_verb(s + w, e - w))
      continue;
    if (extract_past_be(s + w, e - w)) {
      size_t n = e;
      while (n < end && s[n] == ' ')
        n++;
      size_t ne = extract_letters_end(s, n, end);
      past |= ne > n && extract_participle(s + n, ne - n) &&
              !reporting_verb(s + n, ne - n);
      continue;
    }
    /* a past form, not an auxiliary nor a present ("says", "plans") */
    if (extract_verb_form(s + w, e - w) &&
        !extract_nonfinite_before(s + w, e - w) && s[e - 1] != 's' &&
        !equals_ci(s + w, e - w, "did") && !equals_ci(s + w, e - w, "do") &&
        !equals_ci(s + w, e - w, "is") && !equals_ci(s + w, e - w, "are") &&
        !equals_ci(s + w, e - w, "am"))
      past = true;
  }
  return past;
}
