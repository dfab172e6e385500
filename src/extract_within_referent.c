/* extract_within_referent.c: "within days of the fire", "within hours of
 * the failure", "within minutes of the announcement": the reach of
 * "within" counts from the happening the phrase after "of" names, when
 * the text told it with a date, not from the last date told (the gold's
 * convention, tests/events_gold/README.md: "within" of a referent is an
 * interval from the referent's date; a referent that is a stretch counts
 * from its end, "within days of the fire" out by September 6 is
 * 09-06/09-13). */
#include "extract_internal.h"

#include <string.h>

/* How many words of the phrase after "of" may name the happening ("the
 * fire at the mill": "fire", then "mill") */
#define WITHIN_REFERENT_WORDS 3

/* The point a referent's date `d` ends at: its last point, or its one
 * point; false for a date that has no last point told ("2031-03/..",
 * "2031-03/") or is no day, month or year. */
static bool referent_end(const evg_date *d, evg_date *out) {
  if (d->open_end || d->unknown_end)
    return false;
  evg_date_point p = d->interval ? d->to : d->from;
  if (p.precision > EVG_PREC_YEAR ||
      (p.precision == EVG_PREC_MONTH && (p.month < 1 || p.month > 12)))
    return false;
  *out = (evg_date){0};
  out->from = out->to = p;
  evg_date_compute_bounds(out);
  return true;
}

const evg_timex *extract_within_referent(evg_extraction *x, const char *text,
                                         const range *sentence, size_t t_index,
                                         const evg_timex *story) {
  const evg_timex *t = evg_timexes_get(x->timexes, t_index);
  size_t at = t->end;
  if (at >= sentence->end || text[at] != ' ' ||
      !extract_word_at(text, at + 1, sentence->end, "of"))
    return NULL;
  /* a date of its own ("within days of March 3") is the referent's
   * date already, counted by the caller */
  size_t from = at + 4, end;
  if (extract_count_phrase(x, text, sentence, t_index, from, true, &end))
    return NULL;
  static const char *const determiners[] = {"the",   "a",   "an",  "its",
                                            "their", "his", "her", "that",
                                            "this",  "s",   NULL};
  static const char *const prepositions[] = {
      "of", "at", "in", "on", "near", "to", "by", "from", "for", "with", NULL};
  /* words that end the phrase: the clause goes on past it ("within
   * minutes of the statement and closed lower") */
  static const char *const conjunctions[] = {
      "and",  "or",    "but",   "as",     "when", "while", "which", "who",
      "whom", "where", "after", "before", "than", "then",  NULL};
  /* a pronoun or a quantity names no happening ("within hours of each
   * other", "within days of them"): no referent */
  static const char *const pronouns[] = {
      "each", "other", "another", "one",  "them", "him",      "you",
      "all",  "both",  "some",    "most", "many", "everyone", NULL};
  size_t e = x->event_count, tried = 0;
  bool after_noun = false;
  for (size_t i = from; i < end && tried < WITHIN_REFERENT_WORDS;) {
    while (i < end && !word_byte((unsigned char)text[i]))
      i++;
    size_t w = i;
    while (i < end && word_byte((unsigned char)text[i]))
      i++;
    if (i == w)
      continue;
    if (extract_word_in(text + w, i - w, prepositions)) {
      after_noun = false; /* "the fire at the mill" */
      continue;
    }
    /* the phrase after "of" has ended where the clause's own subject or
     * verb follows its noun ("Within days of the fire the crews left",
     * "of the fire Wren handed"): those name no referent */
    if (extract_word_in(text + w, i - w, conjunctions) ||
        extract_word_in(text + w, i - w, pronouns) ||
        (after_noun && (extract_word_in(text + w, i - w, determiners) ||
                        ascii_upper((unsigned char)text[w]) ||
                        (ascii_is_lower((unsigned char)text[w]) &&
                         extract_verb_form(text + w, i - w)))))
      break;
    if (extract_word_in(text + w, i - w, determiners))
      continue;
    after_noun = true;
    if (i - w >= 32)
      continue;
    char head[32];
    for (size_t k = 0; k < i - w; k++)
      head[k] = (char)ascii_lower((unsigned char)text[w + k]);
    head[i - w] = '\0';
    tried++;
    bool name = ascii_upper((unsigned char)text[w]);
    size_t named = extract_stimulus_event(x, text, e, head,
                                          name ? REFERS_LAST : REFERS_STORY);
    if (named == e)
      continue;
    const char *value = x->events[named].date;
    evg_date told, end_point;
    const char *error;
    size_t error_at;
    if (!value ||
        !evg_date_parse(value, strlen(value), &told, &error, &error_at) ||
        !referent_end(&told, &end_point))
      return NULL;
    evg_timex *then = evg_arena_alloc(&x->arena, sizeof *then);
    *then = *story;
    then->value = NULL;
    then->mod = NULL;
    then->date = end_point;
    return then;
  }
  return NULL;
}
