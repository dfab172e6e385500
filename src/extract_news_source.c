/* extract_news_source.c: a source the sentence is told by, named at its
 * end (", the state news agency Xinhua reported.", ", Reuters reported
 * on Tuesday.") or after "according to" and a noun ("according to the
 * agency Anadolu"): it reports what happened and takes no part.  A
 * closing "reported" is read as "said" is (extract_roles.c's
 * reports_only), which "reported" is not among, since "X reported a
 * loss" is X's own deed: only the verb closing the sentence, a day at
 * most after it, counts.  Each look is a few words either side. */
#include "extract_internal.h"

#include <ctype.h>
#include <string.h>

/* Whether s[pos, end) is a day at most ("on Tuesday", "last week") and
 * then the sentence's full stop. */
static bool only_a_day_to_the_end(const char *s, size_t pos, size_t end) {
  static const char *const day_words[] = {
      "on",        "in",        "last",  "late",  "early",   "this",
      "week",      "month",     "year",  "night", "morning", "evening",
      "afternoon", "yesterday", "today", NULL};
  for (int n = 0; n < 5; n++) {
    while (pos < end && (s[pos] == ' ' || isdigit((unsigned char)s[pos])))
      pos++;
    size_t b, l = extract_word_after(s, pos, end, &b);
    if (!l)
      break;
    if (!extract_word_in(s + b, l, day_words) &&
        !extract_calendar_word(s + b, l))
      return false;
    pos = b + l;
  }
  while (pos < end && s[pos] == ' ')
    pos++;
  return pos >= end || s[pos] == '.' || s[pos] == '!';
}

/* Whether a comma sets the name off a few words before it (", the state
 * news agency Xinhua"), no other mark between. */
static bool set_off_by_comma(const char *s, size_t start, size_t name_start) {
  size_t lo = name_start > start + 60 ? name_start - 60 : start;
  for (size_t p = name_start; p > lo; p--) {
    unsigned char c = (unsigned char)s[p - 1];
    /* ", and the farmer Jan Berg reported": a clause of its own whose
     * subject did the reporting, not a source set off */
    if (c == ',') {
      size_t w = p;
      while (w < name_start && s[w] == ' ')
        w++;
      size_t e = extract_letters_end(s, w, name_start);
      return !extract_word_in(s + w, e - w,
                              (const char *const[]){"and", "but", "or", "so",
                                                    "then", "while", "when",
                                                    "as", NULL});
    }
    if (!ascii_alpha_dash(c) && c != ' ' && c != '\'' && c < 0x80)
      return false;
  }
  return false;
}

/* "according to the agency Anadolu": lower-case nouns between. */
static bool according_to_noun(name_words *w) {
  const char *s = w->s;
  for (unsigned k = 0; k < 4; k++) {
    chain_word word = chain_at(&w->before, k);
    if (!word.len || !ascii_is_lower((unsigned char)s[word.start]))
      return false;
    if (k == 0)
      continue; /* the noun right before the name */
    if (!equals_ci(s + word.start, word.len, "to"))
      continue;
    /* a noun phrase after "to" ("the historian"), not a relative
     * ("according to which the US ...") */
    chain_word det = chain_at(&w->before, k - 1);
    chain_word according = chain_at(&w->before, k + 1);
    return k >= 2 &&
           extract_word_in(s + det.start, det.len,
                           (const char *const[]){"the", "a", "an", "its", "his",
                                                 "her", "their", NULL}) &&
           equals_ci(s + according.start, according.len, "according");
  }
  return false;
}

bool extract_news_source(name_words *w) {
  const char *s = w->s;
  if (according_to_noun(w))
    return true;
  if (w->run_end != w->name_end)
    return false;
  size_t b, l = extract_word_just_after(s, w->name_end, w->end, &b);
  return l &&
         extract_word_in(s + b, l, (const char *const[]){"reported", NULL}) &&
         only_a_day_to_the_end(s, b + l, w->end) &&
         set_off_by_comma(s, w->start, w->name_start);
}
