/* extract_present_after_relative.c: a news clause whose subject carries a
 * dated relative clause and whose own verb is a present or a present
 * perfect ("The two climbers who spent three hours on a ledge at the
 * weekend have thanked the crew"): the date is the relative clause's,
 * the main verb is told at the paper's time. */
#include "extract_internal.h"

/* How far before its date a relative pronoun is looked for. */
#define RELATIVE_REACH 160

/* A present or present perfect that opens the main verb phrase: "have
 * thanked", "is recovering", "says". */
static bool present_verb(const char *text, size_t w, size_t e) {
  static const char *const verbs[] = {"has", "have",    "is",     "are", "says",
                                      "say", "remains", "remain", NULL};
  return extract_word_in(text + w, e - w, verbs);
}

/* A past participle: in -ed, -en or -wn, or an irregular one spelt as
 * its past ("made", "found", "sent"). */
static bool participle(const char *w, size_t len) {
  static const char *const irregular[] = {
      "been", "made",   "found",  "paid",  "sent",  "brought", "caught", "won",
      "lost", "left",   "led",    "set",   "put",   "cut",     "hit",    "told",
      "said", "sold",   "held",   "kept",  "spent", "shut",    "begun",  "gone",
      "done", "become", "struck", "built", NULL};
  if (len >= 4 && ascii_is_lower((unsigned char)w[0]) &&
      ((w[len - 2] == 'e' && (w[len - 1] == 'd' || w[len - 1] == 'n')) ||
       (w[len - 2] == 'w' && w[len - 1] == 'n')))
    return true;
  return extract_word_in(w, len, irregular);
}

/* A participle after the subject's noun, the clause's first verb ("A man
 * arrested on Sunday is being questioned"): a reduced relative clause. */
static bool reduced_relative(const char *text, const range *clause,
                             const evg_timex *date, range *own, range *main) {
  static const char *const auxiliaries[] = {
      "is",   "are", "was", "were", "be", "been", "being", "has",
      "have", "had", "the", "a",    "an", "to",   "not",   NULL};
  size_t before = clause->start; /* the word before the one read */
  for (size_t i = clause->start; i < date->start;) {
    if (!ascii_alpha((unsigned char)text[i])) {
      if (text[i] == ',' || text[i] == ';' || text[i] == ':')
        return false;
      i++;
      continue;
    }
    size_t e = extract_letters_end(text, i, date->start);
    if (i > clause->start && participle(text + i, e - i)) {
      size_t b = extract_word_start_before(text, clause->start, before);
      if (extract_word_in(text + b, before - b, auxiliaries) ||
          extract_past_verb_in(text, clause->start, i) ||
          extract_modal_in(text, clause->start, i))
        return false;
      *own = (range){clause->start, date->end};
      *main = *clause;
      return true;
    }
    before = e;
    i = e;
  }
  return false;
}

bool extract_subject_relative_present(const char *text, const range *clause,
                                      const evg_timex *date, range *own,
                                      range *main) {
  if (date->start < clause->start || date->end >= clause->end)
    return false;
  /* the main verb right after the date, no comma between */
  size_t next = date->end;
  while (next < clause->end && text[next] == ' ')
    next++;
  if (next < clause->end && text[next] == ',') /* "..., which ... on
                                                   Saturday, is being" */
    for (next++; next < clause->end && text[next] == ' ';)
      next++;
  size_t next_end = extract_letters_end(text, next, clause->end);
  if (next_end == next || !present_verb(text, next, next_end))
    return false;
  /* "has" or "have" as a perfect, not a possession ("Bristol Airport,
   * which handled 10 million passengers last year, has no system") */
  if (extract_word_in(text + next, next_end - next,
                      (const char *const[]){"has", "have", NULL})) {
    size_t v = next_end;
    while (v < clause->end && text[v] == ' ')
      v++;
    size_t v_end = extract_letters_end(text, v, clause->end);
    if (extract_word_in(text + v, v_end - v,
                        (const char *const[]){"also", "now", "since", NULL})) {
      for (v = v_end; v < clause->end && text[v] == ' ';)
        v++; /* "has now been", "have also thanked" */
      v_end = extract_letters_end(text, v, clause->end);
    }
    if (!participle(text + v, v_end - v))
      return false;
  }
  /* "who", "which" or "that" after the subject's noun phrase, which
   * holds no verb of its own; the relative clause a past happening */
  size_t limit = date->start > clause->start + RELATIVE_REACH
                     ? date->start - RELATIVE_REACH
                     : clause->start;
  for (size_t i = date->start; i > limit;) {
    size_t e = i;
    while (e > limit && !ascii_alpha((unsigned char)text[e - 1])) {
      if (text[e - 1] == ';' || text[e - 1] == ':')
        return false;
      e--;
    }
    size_t w = extract_word_start_before(text, limit, e);
    if (w == e)
      break;
    if (extract_word_in(
            text + w, e - w,
            (const char *const[]){"who", "which", "whose", "that", NULL})) {
      size_t subject_end = w;
      while (subject_end > clause->start &&
             (text[subject_end - 1] == ' ' || text[subject_end - 1] == ','))
        subject_end--;
      if (subject_end <= clause->start ||
          extract_past_verb_in(text, clause->start, subject_end) ||
          extract_modal_in(text, clause->start, subject_end) ||
          !extract_past_verb_in(text, e, date->start) ||
          extract_modal_in(text, e, date->start))
        return false;
      *own = (range){clause->start, date->end};
      /* the whole clause, so that the main event keeps its subject
       * (its label drops the relative clause) */
      *main = *clause;
      return true;
    }
    i = w;
  }
  return reduced_relative(text, clause, date, own, main);
}
