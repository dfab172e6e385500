/* extract_relations.c: the events of a dated clause and the relations its
 * words state: causes ("X prompted Y", "Y was caused by X"), responses
 * ("in response to X", "retaliated"), part-of ("as part of the inquiry"),
 * order ("... and reopened three days later": the event before precedes);
 * and, once a text's events are found, those that the words joining two
 * events of a sentence state ("X, two days after Y", "X on Tuesday, after
 * Y last week", "X as part of a plan that Y").
 * A cause that is only supposed ("could have led to"), denied ("did not
 * cause") or an adjective ("a forced stay") makes no edge: an edge left
 * out is better than a wrong one.  Which earlier event a response or
 * part-of phrase names is found in extract_stimulus.c. */
#include "extract_internal.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char *const cause_cues[] = {
    "prompted", "caused", "triggered", "sparked", "led to", "resulted in",
    "provoked", "spurred", "set off", "touched off", "forced",
    /* only "was driven by": "drove" is mostly a journey or a blow ("drove
     * his wife to hospital", "drove the last spike"), and its causing
     * sense moves something ("drove prices into ...") */
    "driven",
    /* "X, prompting Y": the participle after the clause names its effect */
    "prompting", "causing", "triggering", "sparking", "leading to", "provoking",
    "forcing", NULL};
/* what follows names the stimulus */
static const char *const response_cues[] = {"in response to",
                                            "in reaction to",
                                            "responding to",
                                            "responded to",
                                            "in retaliation for",
                                            "retaliated for",
                                            NULL};
/* the stimulus is what the text told last */
static const char *const bare_response_cues[] = {
    "in response", "in reaction", "in retaliation",
    "retaliated",  "responded",   NULL};
static const char *const part_cues[] = {"as part of", NULL};

/* The first whole-word, case-insensitive occurrence of any cue in
 * s[start, end); returns its start (or end when none) and its length. */
size_t extract_find_cue(const char *s, size_t start, size_t end,
                        const char *const *cues, size_t *cue_len) {
  /* the bytes some cue starts with: most words are passed over on their
   * first byte, without reading the cues */
  bool opens[256] = {false};
  for (size_t c = 0; cues[c]; c++)
    opens[(unsigned char)cues[c][0]] = true;
  /* i: the start, or a byte after one that is no word's */
  for (size_t i = start; i < end; i++) {
    char first = (char)ascii_lower((unsigned char)s[i]);
    bool in_word = word_byte((unsigned char)s[i]);
    for (size_t c = 0; opens[(unsigned char)first] && cues[c]; c++) {
      if (cues[c][0] != first)
        continue; /* the cues are lower case; most words start none */
      /* the cue's length is known only once it matched */
      size_t l = 1;
      while (cues[c][l] != '\0' && i + l < end &&
             ascii_lower((unsigned char)s[i + l]) == (unsigned char)cues[c][l])
        l++;
      if (cues[c][l] == '\0' &&
          (i + l == end || !word_byte((unsigned char)s[i + l]))) {
        *cue_len = l;
        return i;
      }
    }
    /* no cue starts inside a word: on to the byte after it */
    while (in_word && i + 1 < end && word_byte((unsigned char)s[i + 1]))
      i++;
    if (in_word)
      i++;
  }
  return end;
}

/* The word before s[at] (within s[from, at)), lower case, into out. */
void extract_lower_word_before(const char *s, size_t from, size_t at, char *out,
                               size_t size, size_t *word_start) {
  size_t e = at;
  while (e > from && !word_byte((unsigned char)s[e - 1]))
    e--;
  size_t b = e;
  while (b > from && word_byte((unsigned char)s[b - 1]))
    b--;
  size_t n = e - b < size - 1 ? e - b : size - 1;
  for (size_t k = 0; k < n; k++)
    out[k] = (char)ascii_lower((unsigned char)s[b + k]);
  out[n] = '\0';
  *word_start = b;
}

bool extract_in_list(const char *w, const char *const *list) {
  for (size_t k = 0; list[k]; k++)
    if (strcmp(w, list[k]) == 0)
      return true;
  return false;
}

/* How a cause cue at s[cue, cue + len) reads. */
typedef enum { CUE_NONE, CUE_ACTIVE, CUE_PASSIVE } cue_reading;

static cue_reading read_cause_cue(const char *s, size_t from, size_t end,
                                  size_t cue, size_t len) {
  static const char *const determiners[] = {"a",     "an",   "the", "its",
                                            "their", "his",  "her", "our",
                                            "this",  "that", NULL};
  static const char *const suppositions[] = {
      "could",    "might",    "may",   "would",  "should",  "can",    "will",
      "not",      "never",    "if",    "unless", "whether", "cannot", "didn't",
      "wouldn't", "couldn't", "won't", "must",   NULL};
  static const char *const be[] = {"was",  "were", "is",    "are",
                                   "been", "be",   "being", NULL};
  char w[16];
  size_t at = cue, b;
  extract_lower_word_before(s, from, at, w, sizeof w, &b);
  if (extract_in_list(w, determiners))
    return CUE_NONE; /* "a forced overnight stay" */
  bool passive_be = extract_in_list(w, be);
  /* "could have led to", "might not cause", "had not prompted" */
  for (int k = 0; k < 3 && w[0]; k++) {
    /* "on May 4, prompting": the month, not the verb */
    if (extract_in_list(w, suppositions) &&
        !(strcmp(w, "may") == 0 && ascii_upper((unsigned char)s[b])))
      return CUE_NONE;
    at = b;
    extract_lower_word_before(s, from, at, w, sizeof w, &b);
  }
  size_t after = cue + len;
  while (after < end && s[after] == ' ')
    after++;
  bool by = after + 3 <= end && equals_ci(s + after, 2, "by") &&
            !word_byte((unsigned char)s[after + 2]);
  /* "was caused by a faulty update"; without the verb "be" ("fires
   * caused by its heaters") the words only qualify a noun, and what
   * follows "by" is a thing, not a happening */
  if (by && passive_be) {
    /* "was sparked by a lightning strike on June 15": a cause with no
     * verb of its own is the one happening told from its cause, one
     * event; "was caused by a faulty update installed on Sunday night"
     * tells a happening before it, an event of its own */
    for (size_t i = after + 2; i < end && s[i] != ',' && s[i] != ';';) {
      if (!ascii_alpha((unsigned char)s[i])) {
        i++;
        continue;
      }
      size_t ws = i;
      while (i < end && ascii_alpha((unsigned char)s[i]))
        i++;
      if (extract_verb_form(s + ws, i - ws))
        return CUE_PASSIVE;
    }
    return CUE_NONE;
  }
  if (by)
    return CUE_NONE;
  /* "was forced to resign": the one who forced is not said */
  if (passive_be || equals_ci(s + cue, len, "driven"))
    return CUE_NONE;
  /* "forced the Russians off the heights": a motion, not a cause */
  static const char *const motions[] = {
      "across", "into", "toward", "towards", "through", "over",
      "onto",   "past", "along",  "around",  "against", "back",
      "away",   "off",  "out",    "from",    NULL};
  /* "set off up the river", "set off across the mountains": a departure;
   * a cause sets off something ("set off a panic") */
  static const char *const not_objects[] = {
      "up",      "down",  "for",   "from",   "on",    "at",    "in",
      "to",      "by",    "with",  "across", "into",  "along", "toward",
      "towards", "again", "home",  "north",  "south", "east",  "west",
      "through", "over",  "early", "before", "after", NULL};
  if (equals_ci(s + cue, len, "set off") ||
      equals_ci(s + cue, len, "touched off")) {
    size_t ws = after, we = after;
    while (we < end && ascii_alpha((unsigned char)s[we]))
      we++;
    char word[16];
    size_t l = we - ws < sizeof word - 1 ? we - ws : sizeof word - 1;
    for (size_t k = 0; k < l; k++)
      word[k] = (char)ascii_lower((unsigned char)s[ws + k]);
    word[l] = '\0';
    if (we == ws || extract_in_list(word, not_objects))
      return CUE_NONE;
  }
  if (equals_ci(s + cue, len, "forced") || equals_ci(s + cue, len, "forcing")) {
    size_t i = after;
    for (int n = 0; n < 6 && i < end && s[i] != ',' && s[i] != ';'; n++) {
      while (i < end && s[i] == ' ')
        i++;
      size_t ws = i;
      /* a number is a word here: "forced 60 residents out" */
      while (i < end && (ascii_alnum((unsigned char)s[i]) || s[i] == ','))
        i++;
      if (i == ws)
        break;
      char word[16];
      size_t l = i - ws < sizeof word - 1 ? i - ws : sizeof word - 1;
      for (size_t k = 0; k < l; k++)
        word[k] = (char)ascii_lower((unsigned char)s[ws + k]);
      word[l] = '\0';
      if (extract_in_list(word, motions))
        return CUE_NONE;
    }
  }
  return CUE_ACTIVE;
}

/* Whether the subject before an active cause cue at s[cue) has a verb of
 * its own: the words back to a comma, the clause's start or a word that
 * opens a clause.  "The reports of Russell caused a scandal", "An
 * overheating engine forced them down": a cause with no verb is the one
 * happening told from its cause, one event, as in the passive; "A
 * transformer that overheated ... set off the blackout" tells a happening
 * before it.  A participle ("..., prompting Y") has the clause before it
 * for its cause. */
static bool cause_has_verb(const char *s, size_t from, size_t cue, size_t len,
                           size_t *subject) {
  static const char *const openers[] = {
      "when",  "while", "after", "before", "because", "since", "as", "whose",
      "which", "who",   "that",  "where",  "and",     "but",   NULL};
  size_t first = cue;
  while (first < cue + len && s[first] != ' ')
    first++;
  if (first - cue > 3 && equals_ci(s + first - 3, 3, "ing"))
    return true;
  *subject = from;
  for (size_t e = cue; e > from;) {
    while (e > from && s[e - 1] == ' ')
      e--;
    *subject = e;
    /* the comma of a date ("May 2, 2025") is no clause's end */
    if (e == from || s[e - 1] == ';' ||
        (s[e - 1] == ',' && !(s[e + 1] >= '0' && s[e + 1] <= '9')))
      return false;
    size_t b = e;
    while (b > from && word_byte((unsigned char)s[b - 1]))
      b--;
    /* the point of a number ("a magnitude 8.3 earthquake") is no stop */
    if (b == e && s[e - 1] == '.' && e - 1 > from &&
        (s[e - 2] >= '0' && s[e - 2] <= '9') && (s[e] >= '0' && s[e] <= '9')) {
      e--;
      continue;
    }
    if (b == e && s[e - 1] != ',')
      return true; /* a dash or a quote: read no further, keep the split */
    if (b == e) {
      e--;
      continue;
    }
    if (extract_verb_form(s + b, e - b))
      return true;
    if (extract_word_in(s + b, e - b, openers))
      return false;
    e = b;
  }
  *subject = from;
  return false;
}

/* The last relative pronoun before an active cue at text[cue) (its start,
 * and its length into *len), or `start` with *len 0 when none. */
static size_t cause_pronoun(const char *text, size_t start, size_t cue,
                            size_t *len) {
  static const char *const pronouns[] = {" whose ", " which ", " who ", NULL};
  size_t pronoun = start;
  *len = 0;
  for (size_t p = start; p + 7 < cue; p++)
    for (size_t k = 0; pronouns[k]; k++) {
      size_t l = strlen(pronouns[k]);
      if (p + l <= cue && strncmp(text + p, pronouns[k], l) == 0)
        pronoun = p, *len = l;
    }
  return pronoun;
}

/* Whether the clause's date lies in [start, end) */
static bool date_in(const evg_timex *date, size_t start, size_t end) {
  return date->start >= start && date->end <= end;
}

/* "X prompted Y" at the cue text[cue, cue + cue_len) (or "Y was caused
 * by X" when `passive`): X causes Y.  The part holding the clause's date
 * is dated by it; the other comes on or before it (a cause) or on or
 * after it (an effect). */
static void cause_and_effect(evg_extraction *x, const char *text,
                             const range *sentence, const range *clause,
                             text_pos cursor, const evg_timex *date, size_t cue,
                             size_t cue_len, bool passive) {
  size_t first_event = x->event_count;
  /* "..., a startup whose release of R1 prompted a sell-off": the
   * cause starts at the relative pronoun; what comes before it is the
   * clause's own event, and cause and effect come on or before it */
  size_t pronoun_len = 0;
  size_t pronoun = passive
                       ? clause->start
                       : cause_pronoun(text, clause->start, cue, &pronoun_len);
  bool nested = pronoun_len > 0;
  if (nested) {
    part main = {
        .start = clause->start, .end = pronoun, .timex = date, .relation = -1};
    extract_add_event(x, text, sentence, cursor, &main);
    first_event = x->event_count;
  }
  size_t before_start = nested ? pronoun + pronoun_len : clause->start;
  size_t after_start = cue + cue_len;
  if (passive) {
    while (after_start < clause->end && text[after_start] == ' ')
      after_start++;
    after_start += 2; /* "by" */
  }
  size_t before_end = cue;
  if (passive) { /* "The outage was caused by": the outage */
    char w[8];
    size_t b;
    extract_lower_word_before(text, before_start, cue, w, sizeof w, &b);
    if (strcmp(w, "was") == 0 || strcmp(w, "were") == 0 ||
        strcmp(w, "is") == 0 || strcmp(w, "are") == 0 || strcmp(w, "been") == 0)
      before_end = b;
  }
  part before = {
      .start = before_start, .end = before_end, .timex = date, .relation = -1};
  part after = {
      .start = after_start, .end = clause->end, .timex = date, .relation = -1};
  part *cause = passive ? &after : &before;
  part *effect = passive ? &before : &after;
  if (nested) {
    cause->on_or_before = effect->on_or_before = true;
  } else if (date_in(date, cause->start, cause->end)) {
    effect->on_or_after = true;
  } else {
    cause->on_or_before = true;
  }
  /* the events in text order; the earlier one is added first */
  part *first = passive ? effect : cause, *second = passive ? cause : effect;
  extract_add_event(x, text, sentence, cursor, first);
  bool have_first = x->event_count == first_event + 1;
  extract_add_event(x, text, sentence, cursor, second);
  if (have_first && x->event_count == first_event + 2) {
    size_t c = passive ? first_event + 1 : first_event;
    x->events[c].relation = EVG_REL_CAUSES;
    x->events[c].target = passive ? first_event : first_event + 1;
  }
}

/* "..., in response to X, ..." at text[response, response + cue_len): a
 * definite X ("the strike", "that death") is a happening told before, the
 * earlier event that names it; none when no event does (an edge left out
 * rather than one to the phrase, which names no happening of its own).
 * An indefinite X ("complaints by a privacy group", "Zeta Corp") is the
 * nearest earlier event naming its last word, else new: an event of its
 * own, on or before the clause. */
static void response_to(evg_extraction *x, const char *text,
                        const range *sentence, const range *clause,
                        text_pos cursor, const evg_timex *date, size_t response,
                        size_t cue_len) {
  size_t first_event = x->event_count;
  char last_word[32], head[32];
  size_t stimulus_end = extract_phrase_head(text, clause, response, cue_len,
                                            last_word, sizeof last_word);
  stimulus_reference refers = extract_stimulus_head(
      text, response + cue_len, stimulus_end, head, sizeof head);
  /* "The inquiry was opened in September in response to complaints by a
   * group, whose volunteers had found ...": a stimulus new to the text is
   * an event of its own, and the response ends where it begins */
  size_t main_end = clause->end;
  if (refers == REFERS_NEW &&
      extract_earlier_event_naming(x, text, first_event, last_word) ==
          first_event &&
      date_in(date, clause->start, response)) {
    main_end = response;
    while (main_end > clause->start &&
           (text[main_end - 1] == ' ' || text[main_end - 1] == ','))
      main_end--;
  }
  part main = {
      .start = clause->start, .end = main_end, .timex = date, .relation = -1};
  extract_add_event(x, text, sentence, cursor, &main);
  if (x->event_count == first_event)
    return;
  if (refers != REFERS_NEW) {
    size_t named = extract_stimulus_event(x, text, first_event, head, refers);
    /* "In response to the strike" after a lead that told "walked out";
     * not a verb's object ("responded to the criticism"), which may be a
     * saying rather than the happening */
    if (named == first_event && refers == REFERS_STORY &&
        ascii_lower((unsigned char)text[response]) == 'i')
      named = extract_lead_event(x, text, first_event, response);
    if (named < first_event) {
      x->events[first_event].relation = EVG_REL_RESPONDS_TO;
      x->events[first_event].target = named;
    }
    return;
  }
  /* "in response to Zeta Corp": the earlier event naming it */
  size_t named = extract_earlier_event_naming(x, text, first_event, last_word);
  if (named < first_event) {
    x->events[first_event].relation = EVG_REL_RESPONDS_TO;
    x->events[first_event].target = named;
    return;
  }
  part stimulus = {.start = response + cue_len,
                   .end = stimulus_end,
                   .timex = date,
                   .on_or_before = true,
                   .relation = -1};
  extract_add_event(x, text, sentence, cursor, &stimulus);
  if (x->event_count == first_event + 2) {
    x->events[first_event].relation = EVG_REL_RESPONDS_TO;
    x->events[first_event].target = first_event + 1;
  }
}

static bool told_just_before(const evg_extraction *x, const char *text,
                             size_t earlier, const range *sentence,
                             bool across);

/* "as part of the inquiry, it ordered ...": the event `e` is part of the
 * nearest earlier event (of the last few) that names the inquiry (the
 * phrase's head noun, not a word of a relative clause after it: "a plan
 * that its board adopted in September"); none when no earlier event does,
 * or when the whole is new to the text ("as part of a shutoff plan").
 * "as part of it" or "as part of this": the event told just before. */
static void part_of(evg_extraction *x, const char *text, size_t e,
                    const range *sentence, const range *clause, size_t cue,
                    size_t cue_len) {
  char last_word[32], head[32];
  size_t end = extract_phrase_head(text, clause, cue, cue_len, last_word,
                                   sizeof last_word);
  stimulus_reference refers =
      extract_stimulus_head(text, cue + cue_len, end, head, sizeof head);
  /* "began a salvage operation the same day. As part of it, divers
   * pumped ...": a pronoun for the whole is the happening just told */
  if (e > 0 &&
      (strcmp(head, "it") == 0 || (refers == REFERS_LAST && head[0] == '\0'))) {
    if (told_just_before(x, text, e - 1, sentence, true)) {
      x->events[e].relation = EVG_REL_PART_OF;
      x->events[e].target = e - 1;
    }
    return;
  }
  if (refers == REFERS_NEW)
    return;
  size_t named = extract_earlier_event_naming(x, text, e, head);
  if (named < e) {
    x->events[e].relation = EVG_REL_PART_OF;
    x->events[e].target = named;
  }
}

/* Words that date a clause from the happening told just before it ("Six
 * days later", "The next day", "then", "within days"): the text states
 * that the earlier one came first. */
static const char *const sequel_cues[] = {
    "later",          "then",         "afterwards",
    "afterward",      "after that",   "the next",
    "the following",  "within days",  "within hours",
    "within weeks",   "within a day", "within a week",
    "within minutes", "soon after",   NULL};

/* The cue lists a dated clause is read for, found in one pass over its
 * words: reading each list over the clause (five passes) was a fifth of
 * the events stage. */
enum {
  CUE_CAUSE,
  CUE_RESPONSE,
  CUE_BARE_RESPONSE,
  CUE_PART,
  CUE_SEQUEL,
  CUE_LISTS
};
static const char *const *const clause_cue_lists[CUE_LISTS] = {
    [CUE_CAUSE] = cause_cues,
    [CUE_RESPONSE] = response_cues,
    [CUE_BARE_RESPONSE] = bare_response_cues,
    [CUE_PART] = part_cues,
    [CUE_SEQUEL] = sequel_cues};

/* Every cue of those lists, grouped by first byte and, within a byte, in
 * list order then in the list's own order (the first cue of a list that
 * matches at a word wins, as in find_cue).  A cue matches only where a
 * word of its first word's length starts: `first_lengths` turns most
 * words away on one bit. */
typedef struct {
  const char *cue;
  unsigned char list;
  unsigned char first_len; /* bytes up to its first space */
  unsigned char len;
} cue_entry;
enum { CUE_ENTRIES_MAX = 64 };
static struct {
  cue_entry entries[CUE_ENTRIES_MAX];
  unsigned char first[257];    /* byte b's entries: [first[b], first[b + 1]) */
  uint32_t first_lengths[256]; /* bit min(n, 31): a first word of n bytes */
  size_t max_len;              /* the longest cue's bytes */
} cue_index;
static pthread_once_t cue_index_once = PTHREAD_ONCE_INIT;

static uint32_t length_bit(size_t n) { return 1u << (n < 31 ? n : 31); }

static void build_cue_index(void) {
  unsigned count[256] = {0};
  size_t total = 0;
  for (size_t l = 0; l < CUE_LISTS; l++)
    for (size_t c = 0; clause_cue_lists[l][c]; c++, total++)
      count[(unsigned char)clause_cue_lists[l][c][0]]++;
  /* a fixed table: a list grown past it is a programming error */
  if (total > CUE_ENTRIES_MAX)
    abort();
  unsigned next[256];
  cue_index.first[0] = 0;
  for (size_t b = 0; b < 256; b++) {
    next[b] = cue_index.first[b];
    cue_index.first[b + 1] = (unsigned char)(cue_index.first[b] + count[b]);
  }
  for (size_t l = 0; l < CUE_LISTS; l++)
    for (size_t c = 0; clause_cue_lists[l][c]; c++) {
      const char *cue = clause_cue_lists[l][c];
      unsigned char b = (unsigned char)cue[0];
      size_t first_len = strcspn(cue, " ");
      cue_index.entries[next[b]++] =
          (cue_entry){cue, (unsigned char)l, (unsigned char)first_len,
                      (unsigned char)strlen(cue)};
      cue_index.first_lengths[b] |= length_bit(first_len);
      if (strlen(cue) > cue_index.max_len)
        cue_index.max_len = strlen(cue);
    }
}

/* For each list l in the bit set `lists`, what extract_find_cue(s, start, end,
 * list l) returns: the first whole-word, case-insensitive occurrence of
 * any of its cues (at[l] = end when none) and its length. */
static void find_clause_cues(const char *s, size_t start, size_t end,
                             unsigned lists, size_t at[CUE_LISTS],
                             size_t len[CUE_LISTS]) {
  pthread_once(&cue_index_once, build_cue_index);
  for (size_t l = 0; l < CUE_LISTS; l++) {
    at[l] = end;
    len[l] = 0;
  }
  /* where find_cue tries its cues: `start`, and each word's first byte */
  for (size_t w = start; w < end && lists != 0;) {
    size_t i = w;
    while (i < end && word_byte((unsigned char)s[i]))
      i++;
    size_t n = i - w;
    unsigned char first = ascii_lower((unsigned char)s[w]);
    if (n > 0 && (cue_index.first_lengths[first] & length_bit(n))) {
      for (size_t k = cue_index.first[first]; k < cue_index.first[first + 1];
           k++) {
        const cue_entry *e = &cue_index.entries[k];
        if (e->first_len != n || !(lists & 1u << e->list) || w + e->len > end)
          continue;
        size_t b = 1;
        while (b < e->len &&
               ascii_lower((unsigned char)s[w + b]) == (unsigned char)e->cue[b])
          b++;
        if (b == e->len &&
            (w + b == end || !word_byte((unsigned char)s[w + b]))) {
          at[e->list] = w;
          len[e->list] = e->len;
          lists &= ~(1u << e->list);
        }
      }
    }
    /* no cue starts with a byte that is no word's */
    while (i < end && !word_byte((unsigned char)s[i]))
      i++;
    w = i;
  }
}

/* Whether the sequel cue at text[cue, cue + len) of the clause
 * text[from, end) dates the clause from the happening before it: not "by
 * then", "from then on", "no later than", "a later stage", "for the next
 * seven years" (a stretch, not a happening), nor a "then" after a comma,
 * which orders the clause's own verbs ("marched west, then lost his
 * nerve"). */
static bool sequel_cue_dates(const evg_extraction *x, const char *text,
                             size_t from, size_t end, size_t cue, size_t len) {
  static const char *const not_before_then[] = {
      "by",   "since", "until", "till", "than",
      "even", "back",  "from",  "and",  NULL};
  /* "a later stage", "according to later accounts", "in later years":
   * an adjective */
  static const char *const not_before_later[] = {
      "a",  "an", "the", "no",  "its",  "his",  "her", "their", "any",
      "to", "in", "of",  "for", "with", "from", "at",  "by",    NULL};
  static const char *const stretches[] = {"for", "spent", "spend", "during",
                                          NULL};
  char w[16];
  size_t b;
  extract_lower_word_before(text, from, cue, w, sizeof w, &b);
  if (equals_ci(text + cue, len, "then")) {
    size_t c = cue;
    while (c > from && text[c - 1] == ' ')
      c--;
    /* "and then" opening the clause follows the clause before it; inside
     * the clause it orders the clause's own verbs */
    size_t first = from;
    while (first < b && !word_byte((unsigned char)text[first]))
      first++;
    if (strcmp(w, "and") == 0 && first == b)
      return true;
    return !extract_in_list(w, not_before_then) &&
           !(c > from && text[c - 1] == ',');
  }
  if (equals_ci(text + cue, len, "later")) {
    /* "The note, later called the bordereau, listed ...": after a comma
     * inside the clause it times a part of the clause, as "then" does */
    size_t c = cue;
    while (c > from && text[c - 1] == ' ')
      c--;
    if (c > from && text[c - 1] == ',')
      return false;
    size_t after = cue + len;
    while (after < end && text[after] == ' ')
      after++;
    if (after + 4 <= end && equals_ci(text + after, 4, "than"))
      return false;
    return !extract_in_list(w, not_before_later);
  }
  /* "passing it from one boy's arm to the next": a pronoun, not a time;
   * the tagger reads "the next day", "the following spring" */
  if (equals_ci(text + cue, len, "the next") ||
      equals_ci(text + cue, len, "the following"))
    return !extract_in_list(w, stretches) && extract_in_timex(x, cue + len);
  /* "Within days of the fire", "Soon after dark": the count names what
   * it counts from */
  size_t after = cue + len;
  while (after < end && text[after] == ' ')
    after++;
  if (len > 7 && equals_ci(text + cue, 7, "within "))
    return !(after + 2 < end && equals_ci(text + after, 2, "of") &&
             !word_byte((unsigned char)text[after + 2]));
  if (equals_ci(text + cue, len, "soon after"))
    return !(after < end && word_byte((unsigned char)text[after]));
  return true;
}

/* Words that take a clause out of any order, matched with their case
 * ("may" the verb, not the month May; "will", not a man named Will): a
 * clause that denies or supposes its happening ("did not take much
 * interest until ...", "would return later"), foretells it ("will vote",
 * "is expected to close": a forecast has not happened, and the order of
 * two forecasts is a plan, not a sequence of events) or reports it
 * ("World Athletics said on Monday that ...", "replied a week later that
 * ...": a saying is about a happening, not a next step). */
static const char *const unordered_words[] = {
    "not",      "never",    "no",        "didn't",  "could",  "might",
    "would",    "should",   "may",       "if",      "unless", "won't",
    "wouldn't", "will",     "expected",  "expects", "plans",  "planned",
    "due",      "resumes",  "scheduled", "said",    "says",   "announced",
    "told",     "reported", "stated",    "replied", NULL};
EXTRACT_WORD_SET(unordered_set, unordered_words, false);
static const char *const forecast_words[] = {"will",    "expected",  "expects",
                                             "plans",   "planned",   "due",
                                             "resumes", "scheduled", NULL};
EXTRACT_WORD_SET(forecast_set, forecast_words, false);
/* Verbs of saying: a clause holding one reports, and what it reports is
 * not the happening an "after" clause gives a reason for. */
static const char *const saying_words[] = {
    "said", "says", "announced", "told", "reported", "stated", "replied", NULL};
EXTRACT_WORD_SET(saying_set, saying_words, false);

bool extract_opens_with_order_word(const char *text, size_t start, size_t end) {
  while (start < end && !word_byte((unsigned char)text[start]))
    start++;
  size_t at[CUE_LISTS], len[CUE_LISTS];
  find_clause_cues(text, start, end, 1u << CUE_SEQUEL, at, len);
  return at[CUE_SEQUEL] == start;
}

/* Where the first word of `set` in text[from, end) starts, or end. */
static size_t first_word_of(const char *text, size_t from, size_t end,
                            extract_word_set *set) {
  for (size_t i = from; i < end;) {
    while (i < end && !word_byte((unsigned char)text[i]))
      i++;
    size_t w = i;
    while (i < end && word_byte((unsigned char)text[i]))
      i++;
    if (i > w && extract_word_set_has(set, text + w, i - w))
      return w;
  }
  return end;
}

/* Whether text[from, end) holds a word of `set`. */
static bool clause_has_word(const char *text, size_t from, size_t end,
                            extract_word_set *set) {
  return first_word_of(text, from, end, set) < end;
}

static const char *const subordinators[] = {"that", "when",  "which", "who",
                                            "whom", "whose", "where", NULL};
EXTRACT_WORD_SET(subordinator_set, subordinators, true);

/* Where the clause text[from, end) leaves its main verb for a
 * subordinate one ("it was clear that she would not break free", "lifted
 * the order when no tsunami came"): a denial or supposition after it is
 * the subordinate's, not the clause's happening. */
static size_t subordinate_start(const char *text, size_t from, size_t end) {
  return first_word_of(text, from, end, &subordinator_set);
}

/* Whether the clause's main words from `from` (just after its word of
 * order) hold a word of `set`, read up to its first subordinate clause.
 * A subordinator opening those words opens no clause after the main
 * verb: "that" there points to a noun ("later that night", "a week later
 * that plan"), and a "when ..." is skipped to its comma ("A week later,
 * when the storm ended, the ships could not leave").  Linear: `from`
 * only moves on. */
static bool main_words_have(const char *text, size_t from, size_t end,
                            extract_word_set *set) {
  for (;;) {
    size_t sub = subordinate_start(text, from, end);
    if (clause_has_word(text, from, sub, set))
      return true;
    if (sub == end)
      return false;
    for (size_t i = from; i < sub; i++)
      if (word_byte((unsigned char)text[i]))
        return false; /* after the main words: the subordinate's */
    if (sub + 4 <= end && equals_ci(text + sub, 4, "that")) {
      from = sub + 4;
      continue;
    }
    const char *comma = memchr(text + sub, ',', end - sub);
    if (!comma)
      return false;
    from = (size_t)(comma - text) + 1;
  }
}

/* Whether event `earlier` was told in this sentence (or, when `across`,
 * the one before it: at most one sentence end between them, looked for in
 * a bounded window). */
static bool told_just_before(const evg_extraction *x, const char *text,
                             size_t earlier, const range *sentence,
                             bool across) {
  size_t from = x->events[earlier].end;
  if (from >= sentence->start)
    return true;
  if (!across || sentence->start - from > 1200)
    return false;
  int ends = 0;
  for (size_t i = from; i + 1 < sentence->start; i++)
    if ((text[i] == '.' || text[i] == '!' || text[i] == '?') &&
        (text[i + 1] == ' ' || text[i + 1] == '\n'))
      ends++;
  return ends <= 1;
}

/* Whether text[start, end) holds a written date (a DATE or TIME timex with
 * a date): a count such as "three days later" counts from a date the text
 * gave, not from a happening told at the story's time.  A binary search:
 * the timexes are in text order. */
static bool holds_written_date(const evg_extraction *x, size_t start,
                               size_t end) {
  for (size_t t = extract_first_timex_after(x, start);
       t < evg_timexes_count(x->timexes); t++) {
    const evg_timex *timex = evg_timexes_get(x->timexes, t);
    if (timex->start >= end)
      return false;
    if ((timex->type == EVG_TIMEX_DATE || timex->type == EVG_TIMEX_TIME) &&
        (timex->has_date || timex->relative) && timex->start >= start)
      return true;
  }
  return false;
}

static bool parse_date(const char *text, evg_date *date) {
  const char *error;
  size_t offset;
  return text && evg_date_parse(text, strlen(text), date, &error, &offset);
}

/* Whether the event's span opens with a past verb, its subject left out
 * ("cut his sentence to ten years") */
static bool opens_with_past_verb(const char *text,
                                 const evg_extracted_event *event) {
  size_t e = extract_letters_end(text, event->start, event->end);
  return e > event->start &&
         extract_past_happening_at(text, event->start, e, event->end);
}

/* Whether the clause's date bounds a stretch rather than dating a next
 * step: "came down ... through Monday" and "stayed below freezing until
 * after sunrise on Tuesday" tell how long the happening before lasted,
 * "ran a generator until the lines were mended on Monday" when it ended. */
static bool date_bounds_stretch(const char *text, const range *clause,
                                const evg_timex *date) {
  static const char *const ends[] = {"through", "until", "till", NULL};
  EXTRACT_WORD_SET(ends_set, ends, true);
  if (date->start < clause->start || date->start > clause->end)
    return false;
  char w[16];
  size_t b;
  extract_lower_word_before(text, clause->start, date->start, w, sizeof w, &b);
  if (strcmp(w, "to") == 0)
    return true;
  return clause_has_word(text, clause->start, date->start, &ends_set);
}

/* Whether the event's own verb is a past perfect ("The union had
 * rejected an offer on September 29"): told back from the story's time,
 * as background, it is no step of the story's order (after a count that
 * opens the clause it is one: count_opens_clause).  Only a "had" before any
 * other verb and any relative or subordinate word is the event's own ("the
 * church that Edward had built", "said that hackers had copied"). */
static bool past_perfect(const char *text, const evg_extracted_event *event) {
  static const char *const openers[] = {
      "that",  "which", "who", "whose",   "whom",  "where",  "when", "after",
      "since", "as",    "if",  "because", "until", "before", NULL};
  for (size_t i = event->start; i < event->end;) {
    while (i < event->end && !word_byte((unsigned char)text[i]))
      i++;
    size_t w = i;
    while (i < event->end && word_byte((unsigned char)text[i]))
      i++;
    if (i == w)
      break;
    if (extract_word_in(text + w, i - w, openers))
      return false;
    if (equals_ci(text + w, i - w, "had")) {
      size_t n = i;
      while (n < event->end && text[n] == ' ')
        n++;
      size_t ne = extract_letters_end(text, n, event->end);
      return ne > n && !equals_ci(text + n, ne - n, "to") &&
             extract_verb_form(text + n, ne - n);
    }
    if (extract_verb_form(text + w, i - w))
      return false; /* the clause's verb comes first: "entered Rouen, and
                       the lands John's family had held were gone" */
  }
  return false;
}

/* Whether the count ending at text[p] is restated as a written date in
 * apposition ("A week later, on May 30, a rumour ...", "Three days later,
 * on September 28, the wind turned"): the text gives both the date and
 * that it counts from the happening just told, which then needs no
 * written date of its own ("Washington Roebling watched the fireworks
 * from his window.").  "Later that night" is no restatement: no comma. */
static bool count_restated(const evg_extraction *x, const char *text,
                           const range *clause, size_t p) {
  while (p < clause->end && text[p] == ' ')
    p++;
  if (p >= clause->end || text[p] != ',')
    return false;
  p++;
  while (p < clause->end && text[p] == ' ')
    p++;
  return holds_written_date(x, p, p + 4 < clause->end ? p + 4 : clause->end);
}

/* Whether the word of order at text[at, at + len) counts a stretch within
 * a day ("Moments later he saw a flash", "Some hours later the bomber
 * stalled"): so short a count, opening its sentence, counts from the
 * happening just told, whether or not that one has a written date (a
 * longer one, "A year later", most often from the last dated one; inside
 * a sentence, from a clause that a list may have cut short). */
static bool short_count(const char *text, size_t from, size_t at, size_t len) {
  static const char *const units[] = {"moments", "moment", "minutes", "minute",
                                      "seconds", "hour",   "hours",   NULL};
  if (!equals_ci(text + at, len, "later"))
    return false;
  char w[16];
  size_t b;
  extract_lower_word_before(text, from, at, w, sizeof w, &b);
  return extract_in_list(w, units);
}

/* Whether the count at `at` opens its clause, bare or after "By"
 * ("Within days the story had been cabled", "By the next evening they
 * had cleared twelve steps"): a past perfect after it tells what was
 * done by the counted time, a step after the happening counted from,
 * not background told back. */
static bool count_opens_clause(const char *text, const range *clause,
                               size_t at) {
  size_t p = clause->start;
  while (p < at && !word_byte((unsigned char)text[p]))
    p++;
  if (p + 3 <= at && equals_ci(text + p, 2, "by") && text[p + 2] == ' ')
    p += 3;
  while (p < at && text[p] == ' ')
    p++;
  return p == at;
}

/* Words that open a time clause told after its main clause: "crowned on
 * May 27, 1199, after his brother died", "declared an emergency on Sunday
 * afternoon, hours before the first bands arrived", "began on August 5,
 * 1857, when the Niagara started paying out cable": the clause tells
 * another happening, or the same moment, as the main clause's time. */
static const char *const time_clause_openers[] = {"after", "before", "when",
                                                  NULL};

/* Whether the opener at `at` is a time clause's: "after" and "before"
 * are; "when" only after a comma (", when the Niagara started"), since
 * after a noun it opens a relative clause ("the day when the bridge
 * fell") and after a verb a question ("could not say when"). */
static bool opens_time_clause(const char *text, size_t from, size_t at,
                              const char *opener) {
  if (!extract_in_list(opener, time_clause_openers))
    return false;
  if (strcmp(opener, "when") != 0)
    return true;
  while (at > from && text[at - 1] == ' ')
    at--;
  return at > from && text[at - 1] == ',';
}

/* Whether the event e is a main clause kept beside its when-clause
 * (extract_when_frame_kept), read up to its last written date. */
static bool when_frame_before(const evg_extraction *x, const char *text,
                              const evg_extracted_event *e) {
  const evg_timex *last = NULL;
  for (size_t t = extract_first_timex_after(x, e->start);
       t < evg_timexes_count(x->timexes); t++) {
    const evg_timex *timex = evg_timexes_get(x->timexes, t);
    if (timex->start >= e->end)
      break;
    if (timex->start >= e->start)
      last = timex;
  }
  return last && extract_when_frame_kept(text, e->start, last->start);
}

/* "Six days later, the cable snapped": the event told just before, dated
 * by a date written in its own clause (or by the count's restated date:
 * count_restated), precedes event e when a word of order counts from it
 * ("later", "then", "the next day") in the same sentence, or opens the next one
 * (its first words: further in, it may count from another date of the sentence
 * before).  Two dated clauses joined by "and" with no such word give none, as
 * the gold's rule has it (tests/events_gold/README.md): their dates alone give
 * the order, which the graph derives from them.  None when that event states
 * another relation, when the clause is denied or supposed before any
 * subordinate word (after one, the denial is the subordinate's: "By the next
 * month it was clear that she would not break free"), or when the dates
 * disagree. */
static void sequel(evg_extraction *x, const char *text, const range *sentence,
                   const range *clause, const evg_timex *date, size_t e,
                   size_t first_cue, size_t first_cue_len) {
  if (e == 0)
    return;
  size_t before = e - 1;
  /* "the judges found him guilty on September 9 ... and cut his
   * sentence": a verb phrase split off with its subject and date shared
   * stands for the part that wrote the date */
  while (before > 0 && x->events[before - 1].relation < 0 &&
         x->actor_scopes[before - 1].sentence_start ==
             x->actor_scopes[before].sentence_start &&
         strcmp(x->events[before - 1].date, x->events[before].date) == 0 &&
         opens_with_past_verb(text, &x->events[before]) &&
         !holds_written_date(x, x->events[before].start, x->events[before].end))
    before--;
  /* "John was crowned on May 27, 1199, after his brother Richard died
   * that April. Five years later ...": a happening told after its main
   * clause in a time clause times the main clause; the story stands at
   * the main clause's, and the count counts from it; not from a
   * beginning or an end told before the act that made it ("The case
   * began in March 2030, when a manager handed over his notes. The
   * company then applied": extract_when_frame_kept), where the story
   * goes on from the act */
  char opener[8];
  size_t opener_start;
  extract_lower_word_before(text, x->actor_scopes[before].sentence_start,
                            x->events[before].start, opener, sizeof opener,
                            &opener_start);
  if (before > 0 &&
      opens_time_clause(text, x->actor_scopes[before].sentence_start,
                        opener_start, opener) &&
      !(strcmp(opener, "when") == 0 &&
        when_frame_before(x, text, &x->events[before - 1])) &&
      x->events[before - 1].relation < 0 &&
      x->actor_scopes[before - 1].sentence_start ==
          x->actor_scopes[before].sentence_start)
    before--;
  const evg_extracted_event *earlier = &x->events[before];
  /* from the sentence before, only a count in the first words (the
   * longest cue, "the following", fits past them): no need to read on */
  bool same = told_just_before(x, text, before, sentence, false);
  size_t scan_end = clause->end;
  if (!same && sentence->start + 24 + 16 < scan_end)
    scan_end = sentence->start + 24 + 16;
  size_t len, at = clause->start;
  for (;;) {
    /* the clause's first cue is known from the one pass over it
     * (extract_clause_events), and so is what a scan cut short finds
     * before the word the longest cue before the cut starts in: only a
     * cue ending at the cut, or in the word the cut splits, can read
     * otherwise there; from that word on, and after a rejected cue, the
     * scan reads again */
    size_t from = at;
    if (at == clause->start && scan_end < clause->end &&
        scan_end > at + cue_index.max_len) {
      from = scan_end - cue_index.max_len;
      while (from > at && word_byte((unsigned char)text[from - 1]))
        from--;
    }
    if (at == clause->start && (scan_end == clause->end || first_cue < from)) {
      at = first_cue;
      len = first_cue_len;
    } else {
      size_t cue_at[CUE_LISTS], cue_len[CUE_LISTS];
      find_clause_cues(text, from, scan_end, 1u << CUE_SEQUEL, cue_at, cue_len);
      at = cue_at[CUE_SEQUEL];
      len = cue_len[CUE_SEQUEL];
    }
    if (at >= scan_end ||
        sequel_cue_dates(x, text, clause->start, clause->end, at, len))
      break;
    at += len;
  }
  /* the cheap tests first: most clauses have no count */
  if (at >= scan_end || (!same && !told_just_before(x, text, before, sentence,
                                                    at - sentence->start < 24)))
    return;
  if (date_bounds_stretch(text, clause, date))
    return;
  /* "The first attempt began on August 5, 1857, when the Niagara started
   * paying out cable": a "when" clause whose main clause stands as no
   * event of its own happened at that clause's time, so the main clause's
   * written date dates it */
  size_t dated_from = earlier->start;
  extract_lower_word_before(text, x->actor_scopes[before].sentence_start,
                            earlier->start, opener, sizeof opener,
                            &opener_start);
  if (strcmp(opener, "when") == 0 &&
      opens_time_clause(text, x->actor_scopes[before].sentence_start,
                        opener_start, opener))
    dated_from = x->actor_scopes[before].sentence_start;
  if ((!holds_written_date(x, dated_from, earlier->end) &&
       !count_restated(x, text, clause, at + len) &&
       !(at - sentence->start < 24 &&
         short_count(text, clause->start, at, len)) &&
       !extract_then_before_past_verb(text, at, len, clause->end,
                                      earlier->start, earlier->end)) ||
      past_perfect(text, earlier) ||
      (past_perfect(text, &x->events[e]) &&
       !count_opens_clause(text, clause, at)) ||
      /* a denial, saying or forecast of the clause's own words, before
       * its word of order (up to a subordinate clause: "agreed that the
       * war could not be ended ... and on the following day") or after */
      clause_has_word(text, clause->start,
                      subordinate_start(text, clause->start, at),
                      &unordered_set) ||
      main_words_have(text, at + len, clause->end, &unordered_set) ||
      clause_has_word(text, earlier->start, earlier->end, &forecast_set))
    return;
  evg_date a, z;
  bool dates = parse_date(earlier->date, &a) &&
               parse_date(x->events[e].date, &z) && evg_date_has_start(&a) &&
               evg_date_has_end(&a) && evg_date_has_start(&z) &&
               evg_date_has_end(&z);
  if (dates && z.end < a.start) /* told as later, dated before */
    return;
  extract_relate(x, before, EVG_REL_PRECEDES, e);
}

/* Whether an active cause cue at text[cue, cue + len) splits its clause
 * into a cause and an effect: a cause with a verb or a date of its own ("A
 * storm in February prompted a closure") is a happening before the
 * effect, and so is one told in a relative clause ("a startup whose
 * release of R1 prompted a sell-off"); a bare noun phrase ("The reports
 * of Russell caused a scandal") is the one happening told from its
 * cause. */
static bool verbless_cause_splits(const evg_extraction *x, const char *text,
                                  const range *clause, size_t cue, size_t len) {
  size_t subject, pronoun_len;
  if (cause_has_verb(text, clause->start, cue, len, &subject))
    return true;
  cause_pronoun(text, clause->start, cue, &pronoun_len);
  return pronoun_len > 0 || holds_written_date(x, subject, cue);
}

/* "The pause was prompted by a safety board's report on January 29": a
 * passive cause cue whose subject is a short definite phrase naming a
 * happening told before ("the pause", after "Helvax paused its trial")
 * tells that happening's cause, the clause's own event; the earlier event
 * that the phrase names, or x->event_count when none does. */
static size_t effect_told_before(evg_extraction *x, const char *text,
                                 const range *clause, size_t cue, size_t len) {
  static const char *const was[] = {"was", "were", NULL};
  size_t none = x->event_count;
  char w[8], head[32];
  size_t be;
  extract_lower_word_before(text, clause->start, cue, w, sizeof w, &be);
  if (!extract_in_list(w, was))
    return none;
  size_t after = cue + len;
  while (after < clause->end && text[after] == ' ')
    after++;
  if (!extract_word_at(text, after, clause->end, "by"))
    return none;
  /* a short phrase: a determiner and at most three words, no comma */
  int words = 0;
  for (size_t i = clause->start; i < be; i++) {
    if (text[i] == ',' || text[i] == ';')
      return none;
    if (word_byte((unsigned char)text[i]) &&
        (i == clause->start || !word_byte((unsigned char)text[i - 1])))
      words++;
  }
  if (words > 4)
    return none;
  stimulus_reference refers =
      extract_stimulus_head(text, clause->start, be, head, sizeof head);
  /* "The company was forced by its lenders to sell": a party, no
   * happening told before */
  if (refers == REFERS_NEW || extract_actor_noun(head, strlen(head)))
    return none;
  return extract_stimulus_event(x, text, none, head, refers);
}

void extract_clause_events(evg_extraction *x, const char *text,
                           const range *sentence, const range *clause,
                           text_pos cursor, const evg_timex *date) {
  /* a clause a split left empty or crossed: no happening to tell (the
   * clause stage made one of "Late on October 12, who ...; told
   * reporters, ... on May 5" until its boundaries were looked for past a
   * part's start; kept as a guard) */
  if (clause->end <= clause->start)
    return;
  size_t first_event = x->event_count;
  size_t cues[CUE_LISTS], cue_lens[CUE_LISTS];
  find_clause_cues(text, clause->start, clause->end, (1u << CUE_LISTS) - 1,
                   cues, cue_lens);
  size_t cue = cues[CUE_CAUSE], cause_len = cue_lens[CUE_CAUSE];
  cue_reading reading =
      cue < clause->end
          ? read_cause_cue(text, clause->start, clause->end, cue, cause_len)
          : CUE_NONE;
  if (reading == CUE_ACTIVE &&
      !verbless_cause_splits(x, text, clause, cue, cause_len))
    reading = CUE_NONE;
  size_t response = cues[CUE_RESPONSE], response_len = cue_lens[CUE_RESPONSE];
  size_t effect = cue < clause->end
                      ? effect_told_before(x, text, clause, cue, cause_len)
                      : first_event;
  /* "would restore sailings by August 28", "By the summer the Russians had
   * withdrawn": on or before the deadline, inside a clause or opening it */
  size_t b = date->start;
  while (b > clause->start && text[b - 1] == ' ')
    b--;
  bool by = b >= clause->start + 2 && equals_ci(text + b - 2, 2, "by") &&
            (b == clause->start + 2 || !word_byte((unsigned char)text[b - 3]));
  part whole = {
      .start = clause->start,
      .end = clause->end,
      .timex = date,
      .on_or_before =
          by || extract_by_day_part(text, clause, date) ||
          extract_reported_as_done(text, clause, date,
                                   x->has_anchor ? &x->anchor : NULL) ||
          extract_after_month(
              text, sentence, clause, date,
              holds_written_date(x, clause->start, sentence->end)),
      .relation = -1};
  if (effect < first_event) {
    extract_add_event(x, text, sentence, cursor, &whole);
    if (x->event_count > first_event) {
      x->events[first_event].relation = EVG_REL_CAUSES;
      x->events[first_event].target = effect;
    }
    return;
  }
  if (reading != CUE_NONE && cue - clause->start > 12 &&
      clause->end - (cue + cause_len) > 12) {
    cause_and_effect(x, text, sentence, clause, cursor, date, cue, cause_len,
                     reading == CUE_PASSIVE);
    if (x->event_count > first_event)
      sequel(x, text, sentence, clause, date, first_event, cues[CUE_SEQUEL],
             cue_lens[CUE_SEQUEL]);
    return;
  }
  if (response < clause->end) {
    response_to(x, text, sentence, clause, cursor, date, response,
                response_len);
    if (x->event_count > first_event)
      sequel(x, text, sentence, clause, date, first_event, cues[CUE_SEQUEL],
             cue_lens[CUE_SEQUEL]);
    return;
  }
  extract_add_event(x, text, sentence, cursor, &whole);
  if (x->event_count == first_event)
    return;
  /* "In response, ...", "Israel retaliated": the previous event */
  if (first_event > 0 && cues[CUE_BARE_RESPONSE] < clause->end) {
    x->events[first_event].relation = EVG_REL_RESPONDS_TO;
    x->events[first_event].target = first_event - 1;
  } else if (cues[CUE_PART] < clause->end) {
    part_of(x, text, first_event, sentence, clause, cues[CUE_PART],
            cue_lens[CUE_PART]);
  }
  sequel(x, text, sentence, clause, date, first_event, cues[CUE_SEQUEL],
         cue_lens[CUE_SEQUEL]);
}

/* Whether `subject` is a subject with a relative clause set off by
 * commas, whose main verb `main` then tells ("Jean Dupont, who founded
 * the firm in 1998, let his lease lapse in March because ..."): only a
 * comma stands between the two, and `subject` holds ", who" or ", which".
 * The aside is no happening of the main clause's subject told before, so
 * what follows the main clause counts from the main clause. */
static bool subject_aside(const char *text, const evg_extracted_event *subject,
                          const evg_extracted_event *main) {
  if (main->start < subject->end)
    return false;
  for (size_t i = subject->end; i < main->start; i++)
    if (text[i] != ',' && text[i] != ' ')
      return false;
  for (size_t i = subject->start; i + 2 < subject->end; i++)
    if (text[i] == ',' && (extract_word_at(text, i + 2, subject->end, "who") ||
                           extract_word_at(text, i + 2, subject->end, "which")))
      return true;
  return false;
}

/* How many events of a sentence back a clause of shared subject is
 * followed to the one that names it ("closed on Wednesday and ordered
 * its students to leave ..., a day after ..."): a bound keeps it
 * constant per event. */
#define SHARED_SUBJECT_BACK 4

/* The event an "after" clause following event `a` counts from: `a`, or
 * the earlier event of its sentence whose subject `a` shares ("The
 * university closed ... and ordered its students to leave ..., a day
 * after protesters set fire to it": the closure). */
static size_t after_main_event(const evg_extraction *x, const char *text,
                               size_t a) {
  for (int n = 0; n < SHARED_SUBJECT_BACK && a > 0; n++) {
    if (x->actor_scopes[a - 1].sentence_start !=
            x->actor_scopes[a].sentence_start ||
        x->events[a - 1].relation >= 0 ||
        !opens_with_past_verb(text, &x->events[a]) ||
        subject_aside(text, &x->events[a - 1], &x->events[a]))
      break;
    a--;
  }
  return a;
}

/* Whether the dated event `earlier` ends before `later` starts, both
 * with readable bounds. */
static bool dated_before(const evg_extracted_event *earlier,
                         const evg_extracted_event *later) {
  evg_date a, z;
  return parse_date(earlier->date, &a) && parse_date(later->date, &z) &&
         evg_date_has_end(&a) && evg_date_has_start(&z) && a.end < z.start;
}

/* Whether `word` ("after", "because") is the last word before event y
 * and stands within 40 bytes of the end of `before`, the event y follows
 * ("X, after Y", "X because Y"); *at is where the word starts.  Written
 * as a sum: X may end in the text's first 40 bytes. */
static bool joined_by(const char *text, const evg_extracted_event *before,
                      const evg_extracted_event *y, const char *word,
                      size_t *at) {
  char w[8];
  extract_lower_word_before(text, before->start, y->start, w, sizeof w, at);
  return strcmp(w, word) == 0 && *at + 40 >= before->end;
}

/* Whether the main clause's written date (no count: "a week after" is
 * read above) stands just before "after", a comma apart at most ("cut
 * two of those routes in July after assaults on drivers rose", "opened
 * an inquiry in June after his daughter complained"): the clause dates
 * its happening and gives the "after" clause as its reason. */
static bool date_just_before(const evg_extraction *x, const char *text,
                             const evg_extracted_event *before, size_t after) {
  size_t t = extract_first_timex_after(x, before->start);
  for (; t < evg_timexes_count(x->timexes); t++) {
    const evg_timex *timex = evg_timexes_get(x->timexes, t);
    if (timex->start >= after)
      break;
    size_t p = timex->end;
    while (p < after && (text[p] == ' ' || text[p] == ','))
      p++;
    if (p == after && timex->type != EVG_TIMEX_DURATION)
      return true;
  }
  return false;
}

/* "X, after Y" between events e - 1 (X) and e (Y) of one sentence, the
 * word "after" the last before Y: what the gold's rule
 * (tests/events_gold/README.md) reads in it.  A count before it ("...
 * on Wednesday, two days after Y") states the order: Y precedes X.  A
 * bare "after" reads as a reason, Y causes X, when Y holds a written date
 * of its own before X's ("banned all new spending on Tuesday, after its
 * auditors reported last week that ..."): without one, the "after" clause
 * is most often a part or a detail of X's happening ("returned to work
 * on Wednesday after the operator raised its offer"), which the gold
 * tells as one event, or of an order only.  After the text's first
 * event, the lead's happening, a bare "after" is the reason the story is
 * told for ("closed the bridge on Tuesday after a barge struck one of its
 * piers"), unless the main clause is a saying or a forecast ("the museum
 * announced on Tuesday, after ..."), which tells no happening it causes;
 * a later clause of the lead ("..., and in May its rival cut flights
 * after ...") is a happening told beside the news, as elsewhere.  Past
 * the lead, a bare "after" right behind the main clause's written date
 * ("pulled its funding on March 30 after players gave it poor marks") is
 * a reason too, unless the main clause is a saying, a forecast, a denial
 * or a supposition (date_just_before). */
static void after_relation(evg_extraction *x, const char *text, size_t e) {
  const evg_extracted_event *y = &x->events[e];
  const evg_extracted_event *before = &x->events[e - 1];
  size_t after;
  if (!joined_by(text, before, y, "after", &after))
    return;
  size_t t = extract_first_timex_after(x, before->start);
  const evg_timex *count = NULL;
  for (; t < evg_timexes_count(x->timexes); t++) {
    const evg_timex *timex = evg_timexes_get(x->timexes, t);
    if (timex->start >= after)
      break;
    if (timex->type == EVG_TIMEX_DURATION && timex->end + 1 == after)
      count = timex;
  }
  size_t main = after_main_event(x, text, e - 1);
  if (count) {
    /* only a count after a comma: "until two days after", "at least
     * twelve months after" bound a stretch */
    size_t c = count->start;
    while (c > before->start && text[c - 1] == ' ')
      c--;
    if (c == before->start || text[c - 1] != ',')
      return;
    /* "said on Thursday, three years after ...": a saying or a forecast
     * states no order of happenings */
    if (clause_has_word(text, before->start, before->end, &unordered_set))
      return;
    extract_relate(x, e, EVG_REL_PRECEDES, main);
    return;
  }
  if (holds_written_date(x, y->start, y->end) && dated_before(y, before))
    extract_relate(x, e, EVG_REL_CAUSES, main);
  else if (main == 0 &&
           !clause_has_word(text, x->events[main].start, before->end,
                            &saying_set) &&
           !clause_has_word(text, x->events[main].start, before->end,
                            &forecast_set))
    extract_relate(x, e, EVG_REL_CAUSES, main);
  /* the date is X's own: the clause that writes it, not an earlier verb
   * of the same subject ("reissued the charter in November 1216, and
   * issued it again in 1217 after ..."), is the effect; unordered_set
   * holds the sayings and the forecasts as well as the denials */
  else if (date_just_before(x, text, before, after) &&
           !clause_has_word(text, x->events[main].start, before->end,
                            &unordered_set))
    extract_relate(x, e, EVG_REL_CAUSES, e - 1);
}

/* Words that deny a happening: a clause holding one tells what did not
 * happen ("the database could not be restarted"), no effect. */
static const char *const denials[] = {"not", "never", "no", "cannot", NULL};
EXTRACT_WORD_SET(denial_set, denials, true);

/* Whether text[from, to) denies a happening: a word of denials, or any
 * word ending in "n't", its apostrophe plain or typographic ("couldn't",
 * "couldn’t"). */
static bool clause_denies(const char *text, size_t from, size_t to) {
  if (clause_has_word(text, from, to, &denial_set))
    return true;
  for (size_t i = from; i + 3 <= to; i++) {
    size_t n = 0;
    if (memcmp(text + i, "n't", 3) == 0)
      n = 3;
    else if (i + 5 <= to && memcmp(text + i, "n\xe2\x80\x99t", 5) == 0)
      n = 5;
    if (n && (i + n == to || !word_byte((unsigned char)text[i + n])))
      return true;
  }
  return false;
}

/* "X because Y" between events e - 1 (X) and e (Y) of one sentence, the
 * word "because" the last before Y: Y causes X when Y is told as a
 * happening before X's, a past perfect ("because its lender had frozen
 * its credit line") or a clause with a written date of its own ("because
 * the club agreed on Monday to ..."); a "because" clause with neither
 * most often gives a state ("because the policy excluded storms",
 * "because the records concerned health"), no happening.  None when X is
 * denied, or when Y runs on past a comma's "and" ("because the losses had
 * wiped out a third of its capital, and depositors queued ..."): where
 * the reason ends is not told. */
static void because_relation(evg_extraction *x, const char *text, size_t e) {
  const evg_extracted_event *y = &x->events[e];
  const evg_extracted_event *before = &x->events[e - 1];
  size_t because;
  if (!joined_by(text, before, y, "because", &because))
    return;
  if (!past_perfect(text, y) && !holds_written_date(x, y->start, y->end))
    return;
  for (size_t i = y->start; i + 5 < y->end; i++)
    if (text[i] == ',' && extract_word_at(text, i + 2, y->end, "and"))
      return;
  size_t main = after_main_event(x, text, e - 1);
  if (clause_denies(text, x->events[main].start, before->end))
    return;
  extract_relate(x, e, EVG_REL_CAUSES, main);
}

/* Whether text[from, to) is only a relative pronoun that opens a clause
 * about the thing just named: " that ", ", which ".  False when the two
 * events overlap (to before from: a noun event inside its sentence's,
 * "In response to rumours, the Valais government opened ..."), where the
 * length would wrap and the compare read past the text. */
static bool only_relative_pronoun(const char *text, size_t from, size_t to) {
  if (to < from)
    return false;
  while (from < to && (text[from] == ' ' || text[from] == ','))
    from++;
  while (to > from && text[to - 1] == ' ')
    to--;
  return equals_ci(text + from, to - from, "that") ||
         equals_ci(text + from, to - from, "which");
}

/* "put it on the ballot in June as part of a climate plan that it adopted
 * in 2024": a whole new to the text ("a plan"), named at the end of event
 * `e - 1`, is the happening the relative clause after it tells, event `e`
 * (part_of gives no edge for an indefinite whole: here the text tells it). */
static void part_of_relative(evg_extraction *x, const char *text, size_t e) {
  const evg_extracted_event *member = &x->events[e - 1];
  if (!only_relative_pronoun(text, member->end, x->events[e].start))
    return;
  size_t len;
  size_t cue =
      extract_find_cue(text, member->start, member->end, part_cues, &len);
  if (cue >= member->end)
    return;
  for (size_t i = cue + len; i < member->end; i++)
    if (text[i] == ',' || text[i] == ';')
      return; /* the phrase ends before the event does */
  char head[32];
  if (extract_stimulus_head(text, cue + len, member->end, head, sizeof head) !=
      REFERS_NEW)
    return;
  extract_relate(x, e - 1, EVG_REL_PART_OF, e);
}

void extract_relate(evg_extraction *x, size_t from, int relation,
                    size_t target) {
  evg_extracted_event *event = &x->events[from];
  if (event->relation < 0) {
    event->relation = relation;
    event->target = target;
    return;
  }
  if (event->relation == relation && event->target == target)
    return;
  if (x->extra_count == x->extra_cap) {
    x->extra_cap = x->extra_cap ? 2 * x->extra_cap : 16;
    x->extras = evg_xrealloc(x->extras, x->extra_cap * sizeof *x->extras);
  }
  x->extras[x->extra_count++] = (extra_relation){from, relation, target};
}

void extract_joined_relations(evg_extraction *x, const char *text) {
  for (size_t e = 1; e < x->event_count; e++) {
    if (x->actor_scopes[e].sentence_start !=
        x->actor_scopes[e - 1].sentence_start)
      continue;
    part_of_relative(x, text, e);
    after_relation(x, text, e);
    because_relation(x, text, e);
  }
}
