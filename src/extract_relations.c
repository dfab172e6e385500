/* extract_relations.c: the events of a dated sentence and the relations
 * its cue words say: "prompted", "led to" (causes), "in response to"
 * (responds to). */
#include "extract_internal.h"

#include <string.h>

static const char *const cause_cues[] = {
    "prompted",    "caused",   "triggered", "sparked", "led to",
    "resulted in", "provoked", "spurred",   "set off", "touched off",
    "forced",      "drove",    NULL};
static const char *const response_cues[] = {"in response to", "in reaction to",
                                            "responding to",
                                            "in retaliation for", NULL};

/* The first whole-word, case-insensitive occurrence of any cue in
 * s[start, end); returns its start (or end when none) and its length. */
static size_t find_cue(const char *s, size_t start, size_t end,
                       const char *const *cues, size_t *cue_len) {
  for (size_t i = start; i < end; i++) {
    if (i > start && word_byte((unsigned char)s[i - 1]))
      continue;
    char first = (char)tolower((unsigned char)s[i]);
    for (size_t c = 0; cues[c]; c++) {
      if (cues[c][0] != first)
        continue; /* the cues are lower case; most words start none */
      size_t l = strlen(cues[c]);
      if (i + l <= end && equals_ci(s + i, l, cues[c]) &&
          (i + l == end || !word_byte((unsigned char)s[i + l]))) {
        *cue_len = l;
        return i;
      }
    }
  }
  return end;
}

/* "X prompted Y" at the cue text[cue, cue + cue_len): X causes Y; X
 * happened on or before Y's date. */
static void cause_and_effect(evg_extraction *x, const char *text,
                             const range *sentence, text_pos cursor,
                             const evg_timex *date, const mention *mentions,
                             size_t mention_count, size_t first_mention,
                             size_t cue, size_t cue_len) {
  size_t first_event = x->event_count;
  /* "..., a startup whose release of R1 prompted a sell-off": the
   * cause starts at the relative pronoun; what comes before it is the
   * sentence's own event, and cause and effect come on or before it */
  size_t pronoun = sentence->start, pronoun_len = 0;
  for (size_t p = sentence->start; p + 7 < cue; p++) {
    static const char *const pronouns[] = {" whose ", " which ", " who ", NULL};
    for (size_t k = 0; pronouns[k]; k++) {
      size_t l = strlen(pronouns[k]);
      if (p + l <= cue && strncmp(text + p, pronouns[k], l) == 0)
        pronoun = p, pronoun_len = l;
    }
  }
  bool nested = pronoun_len > 0;
  if (nested) {
    part main = {sentence->start, pronoun, date, false, -1, 0};
    extract_add_event(x, text, sentence, cursor, &main, mentions, mention_count,
                      first_mention);
    first_event = x->event_count;
  }
  part cause = {
      nested ? pronoun + pronoun_len : sentence->start, cue, date, true, -1, 0};
  part effect = {cue + cue_len, sentence->end, date, nested, -1, 0};
  extract_add_event(x, text, sentence, cursor, &cause, mentions, mention_count,
                    first_mention);
  size_t cause_index = x->event_count - 1;
  bool have_cause = x->event_count > first_event;
  extract_add_event(x, text, sentence, cursor, &effect, mentions, mention_count,
                    first_mention);
  if (have_cause && x->event_count == first_event + 2) {
    x->events[cause_index].relation = EVG_REL_CAUSES;
    x->events[cause_index].target = x->event_count - 1;
  }
}

/* "..., in response to X, ..." at text[response, response + cue_len): X
 * is on or before the sentence */
static void response_to(evg_extraction *x, const char *text,
                        const range *sentence, text_pos cursor,
                        const evg_timex *date, const mention *mentions,
                        size_t mention_count, size_t first_mention,
                        size_t response, size_t cue_len) {
  size_t first_event = x->event_count;
  size_t stimulus_end = response + cue_len;
  while (stimulus_end < sentence->end && text[stimulus_end] != ',' &&
         text[stimulus_end] != ';')
    stimulus_end++;
  part main = {sentence->start, sentence->end, date, false, -1, 0};
  part stimulus = {response + cue_len, stimulus_end, date, true, -1, 0};
  extract_add_event(x, text, sentence, cursor, &main, mentions, mention_count,
                    first_mention);
  size_t main_index = x->event_count - 1;
  extract_add_event(x, text, sentence, cursor, &stimulus, mentions,
                    mention_count, first_mention);
  if (x->event_count == first_event + 2) {
    x->events[main_index].relation = EVG_REL_RESPONDS_TO;
    x->events[main_index].target = x->event_count - 1;
  }
}

/* The events of a sentence whose date is `date`, and the relations its
 * cue words say: a cause and its effect, a response and what it answers,
 * else the whole sentence (which answers the previous event when it opens
 * with "In response"). */
void extract_sentence_events(evg_extraction *x, const char *text,
                             const range *sentence, text_pos cursor,
                             const evg_timex *date, const mention *mentions,
                             size_t mention_count, size_t first_mention) {
  size_t first_event = x->event_count;
  size_t cue_len = 0;
  size_t cue =
      find_cue(text, sentence->start, sentence->end, cause_cues, &cue_len);
  size_t response =
      find_cue(text, sentence->start, sentence->end, response_cues, &cue_len);
  if (cue < sentence->end && cue - sentence->start > 12 &&
      sentence->end - (cue + cue_len) > 12) {
    cause_and_effect(x, text, sentence, cursor, date, mentions, mention_count,
                     first_mention, cue, cue_len);
  } else if (response < sentence->end) {
    response_to(x, text, sentence, cursor, date, mentions, mention_count,
                first_mention, response, cue_len);
  } else {
    part whole = {sentence->start, sentence->end, date, false, -1, 0};
    extract_add_event(x, text, sentence, cursor, &whole, mentions,
                      mention_count, first_mention);
    /* "In response, ..." answers the previous event */
    size_t opening = 0;
    if (x->event_count > first_event && first_event > 0 &&
        find_cue(text, sentence->start,
                 sentence->start + 16 < sentence->end ? sentence->start + 16
                                                      : sentence->end,
                 (const char *const[]){"in response", "in reaction", NULL},
                 &opening) == sentence->start) {
      x->events[first_event].relation = EVG_REL_RESPONDS_TO;
      x->events[first_event].target = first_event - 1;
    }
  }
}
