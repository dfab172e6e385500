/* extract_stimulus.c: which earlier event a stimulus phrase names ("in
 * response to the strike", "as part of the inquiry", "the freeze" /
 * "froze"): its head noun, how its determiner refers, and the event whose
 * words tell that noun's happening (a word of its stem, an irregular
 * past).  The relations stage (extract_relations.c) makes the edges. */
#include "extract_internal.h"

#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>

/* How many earlier events "as part of the inquiry" may name */
#define LOOKBACK_EVENTS 8

/* The noun phrase after a cue at text[cue, cue + cue_len) ends at a comma,
 * semicolon or the clause's end; its last word (lower case) into head. */
size_t extract_phrase_head(const char *text, const range *clause, size_t cue,
                           size_t cue_len, char *head, size_t size) {
  size_t end = cue + cue_len;
  while (end < clause->end && text[end] != ',' && text[end] != ';' &&
         text[end] != '.')
    end++;
  size_t head_start;
  extract_lower_word_before(text, cue + cue_len, end, head, size, &head_start);
  return end;
}

/* The nearest of the few events before event e that names `head`, or e
 * when none does. */
size_t extract_earlier_event_naming(const evg_extraction *x, const char *text,
                                    size_t e, const char *head) {
  if (strlen(head) < 3)
    return e;
  for (size_t back = 1; back <= LOOKBACK_EVENTS && back <= e; back++) {
    const evg_extracted_event *earlier = &x->events[e - back];
    size_t len;
    if (extract_find_cue(text, earlier->start, earlier->end,
                         (const char *const[]){head, NULL},
                         &len) < earlier->end)
      return e - back;
  }
  return e;
}

/* The stimulus phrase text[from, end): its determiner says how it refers,
 * and its head noun (lower case, into head) is the word before its first
 * preposition, comma or the end ("the unpaid debt", "the criticism on
 * Wednesday by offering ..."). */
stimulus_reference extract_stimulus_head(const char *text, size_t from,
                                         size_t end, char *head, size_t size) {
  static const char *const story[] = {"the", "its", "their",
                                      "his", "her", NULL};
  static const char *const last[] = {"that", "this", "these", "those", NULL};
  static const char *const stops[] = {
      "on",     "in",   "by",    "at",     "of",   "from",  "with", "for",
      "to",     "over", "after", "before", "that", "which", "who",  "and",
      "during", "last", "this",  "early",  "late", "when",  "amid", NULL};
  stimulus_reference refers = REFERS_NEW;
  head[0] = '\0';
  for (size_t i = from, n = 0; i < end; n++) {
    while (i < end && !word_byte((unsigned char)text[i]))
      i++;
    if (i >= end)
      break;
    size_t w = i;
    while (i < end && word_byte((unsigned char)text[i]))
      i++;
    if (n == 0 && extract_word_in(text + w, i - w, story)) {
      refers = REFERS_STORY;
      continue;
    }
    if (n == 0 && extract_word_in(text + w, i - w, last)) {
      refers = REFERS_LAST;
      continue;
    }
    if (n > 0 && extract_word_in(text + w, i - w, stops)) {
      /* "the end of the war", "the use of force": a three-letter head
       * before "of" is a part or a manner of the happening after it,
       * which its stem alone would match wrongly ("ended", "used") */
      if (strlen(head) == 3 && equals_ci(text + w, i - w, "of"))
        head[0] = '\0';
      break;
    }
    size_t l = i - w < size - 1 ? i - w : size - 1;
    for (size_t k = 0; k < l; k++)
      head[k] = (char)ascii_lower((unsigned char)text[w + k]);
    head[l] = '\0';
  }
  return refers;
}

/* How far into an event its words are compared with a stimulus: a
 * happening is named near its clause's start, and a bound keeps each
 * look-up constant. */
#define STEM_SCAN_BYTES 400

/* Irregular verbs, by the stem of the noun or verb that names their
 * happening ("the freeze", "the sinking", "the sale"), and the past forms
 * that tell it ("froze the accounts", "the ground sank", "sold the
 * plant"), which share neither the stem nor enough first letters with it
 * (a past that does, "withdrew" for "the withdrawal", is matched by its
 * letters). */
static const char *const irregular_pasts[][3] = {
    {"freez", "froze", "frozen"}, {"strike", "struck", "struck"},
    {"sink", "sank", "sunk"},     {"break", "broke", "broken"},
    {"fall", "fell", "fallen"},   {"rise", "rose", "risen"},
    {"shoot", "shot", "shot"},    {"fight", "fought", "fought"},
    {"win", "won", "won"},        {"meet", "met", "met"},
    {"steal", "stole", "stolen"}, {"flee", "fled", "fled"},
    {"sale", "sold", "sold"},     {"sell", "sold", "sold"},
    {"buy", "bought", "bought"},  {"throw", "threw", "thrown"},
    {"blow", "blew", "blown"},    {"begin", "began", "begun"},
    {"catch", "caught", "caught"}};

/* The irregular pasts of the happening whose stem is `stem`, or NULL. */
static const char *const *irregular_past(const char *stem) {
  for (size_t k = 0; k < sizeof irregular_pasts / sizeof *irregular_pasts; k++)
    if (strcmp(stem, irregular_pasts[k][0]) == 0)
      return irregular_pasts[k] + 1;
  return NULL;
}

/* Whether the word text[w, i) of `event` only refers back to a happening
 * told before: a definite noun ("The flood tore through the intake", "when
 * the sinking began", "to pay its debts") does not tell the happening
 * itself; one with "of" after it ("ordered the arrest of the bulk
 * carrier") describes it in full and may be its first telling. */
static bool refers_back(const char *text, const evg_extracted_event *event,
                        size_t w, size_t i) {
  static const char *const definite[] = {"the",   "this", "that",  "these",
                                         "those", "its",  "their", "his",
                                         "her",   NULL};
  char before[8];
  size_t b;
  extract_lower_word_before(text, event->start, w, before, sizeof before, &b);
  return extract_in_list(before, definite) &&
         !(i < event->end && text[i] == ' ' &&
           extract_word_at(text, i + 1, event->end, "of"));
}

/* Whether event `e` names `head` by its stem: a noun of a happening keeps
 * its verb's stem.  Snowball's stems join "the filing" / "filed" and "the
 * resignation" / "resigned"; it leaves a compound or an irregular past
 * apart ("the walkout" / "walked off", "the withdrawal" / "withdrew"),
 * so two words sharing their first letters, all but a suffix's (3 bytes)
 * of the shorter, name the same happening too (at least 4 of them: a
 * three-letter head, "the cut", "the ban", by its stem alone: "cut",
 * "banned").  `stemmer` may be NULL; `head_stem` is head's stem then.
 * When `told_only`, a word that only refers back (refers_back) names
 * nothing, and *referred is set. */
static bool event_names_stem(const evg_extraction *x, const char *text,
                             size_t e, const char *head, const char *head_stem,
                             struct sb_stemmer *stemmer,
                             const char *const *pasts, bool told_only,
                             bool *referred) {
  size_t head_len = strlen(head);
  const evg_extracted_event *event = &x->events[e];
  size_t end = event->end;
  if (end - event->start > STEM_SCAN_BYTES)
    end = event->start + STEM_SCAN_BYTES;
  for (size_t i = event->start; i < end;) {
    while (i < end && !ascii_alpha((unsigned char)text[i]))
      i++;
    size_t w = i;
    while (i < end && ascii_alpha((unsigned char)text[i]))
      i++;
    size_t n = i - w, shared = 0;
    while (shared < n && shared < head_len &&
           ascii_lower((unsigned char)text[w + shared]) ==
               (unsigned char)head[shared])
      shared++;
    size_t shorter = n < head_len ? n : head_len;
    bool names = shared >= 4 && shared + 3 >= shorter;
    /* an English stem keeps its word's first letter (Snowball removes
     * and rewrites endings only): a word opening with another letter
     * than the head's stem is not stemmed, most of some 3,000 stems a
     * 790 kB text asked and a hundredth of its extraction */
    if (!names && stemmer && n >= 3 && n < 32 &&
        ascii_lower((unsigned char)text[w]) == (unsigned char)head_stem[0]) {
      char word[32];
      for (size_t k = 0; k < n; k++)
        word[k] = (char)ascii_lower((unsigned char)text[w + k]);
      const sb_symbol *stem =
          sb_stemmer_stem(stemmer, (const sb_symbol *)word, (int)n);
      names = stem && strcmp((const char *)stem, head_stem) == 0;
    }
    if (!names && pasts)
      names =
          equals_ci(text + w, n, pasts[0]) || equals_ci(text + w, n, pasts[1]);
    if (names && told_only && refers_back(text, event, w, i)) {
      *referred = true;
      continue;
    }
    if (names)
      return true;
  }
  return false;
}

/* How many of a text's first events may be the happening a story is
 * about: its lead tells it first */
#define STORY_EVENTS 24

/* The event before e that a definite stimulus names: "the strike" is the
 * first event (of the story's first few, then the last few) naming it by
 * its stem, since later mentions refer back to it; "that death" the
 * nearest.  e when none does. */
size_t extract_stimulus_event(evg_extraction *x, const char *text, size_t e,
                              const char *head, stimulus_reference refers) {
  size_t head_len = strlen(head);
  if (head_len < 3) /* "the act" names a happening; "the US" none */
    return e;
  if (!x->stemmer)
    x->stemmer = sb_stemmer_new("english", "UTF_8");
  struct sb_stemmer *stemmer = x->stemmer;
  char head_stem[32] = "";
  if (stemmer) {
    const sb_symbol *stem =
        sb_stemmer_stem(stemmer, (const sb_symbol *)head, (int)head_len);
    if (stem && (size_t)sb_stemmer_length(stemmer) < sizeof head_stem)
      memcpy(head_stem, stem, (size_t)sb_stemmer_length(stemmer) + 1);
    else
      stemmer = NULL; /* this head by its letters only */
  }
  const char *const *pasts = stemmer ? irregular_past(head_stem) : NULL;
  size_t found = e;
  bool referred = false;
  if (refers == REFERS_LAST) {
    for (size_t back = 1; back <= LOOKBACK_EVENTS && back <= e; back++)
      if (event_names_stem(x, text, e - back, head, head_stem, stemmer, pasts,
                           false, &referred)) {
        found = e - back;
        break;
      }
  } else {
    size_t from = e > LOOKBACK_EVENTS ? e - LOOKBACK_EVENTS : 0;
    if (from < STORY_EVENTS)
      from = STORY_EVENTS;
    for (size_t k = 0; k < e && k < STORY_EVENTS && found == e; k++)
      if (event_names_stem(x, text, k, head, head_stem, stemmer, pasts, true,
                           &referred))
        found = k;
    for (size_t k = from; k < e && found == e; k++)
      if (event_names_stem(x, text, k, head, head_stem, stemmer, pasts, true,
                           &referred))
        found = k;
  }
  return found;
}

void extract_relations_free(evg_extraction *x) {
  if (x->stemmer)
    sb_stemmer_delete(x->stemmer);
  x->stemmer = NULL;
}
