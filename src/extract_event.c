/* extract_event.c: the event of one dated part of a sentence: its date
 * in the events file's notation (a season's code, "on or before" for a
 * deadline, an overnight's two days), where its label's words begin (past
 * an opening clause, a subordinate clause or an elided subject), its label,
 * quote and position.  Its actors are attached later, in extract.c, once
 * the mentions are known. */
#include "extract_internal.h"

#include <stdio.h>
#include <string.h>

text_pos extract_position_in(const char *s, text_pos from, size_t offset) {
  text_pos at = from;
  size_t line_start = from.offset;
  int col_base = from.col;
  /* memchr finds the line ends many bytes a step; most sentences have
   * none */
  for (const char *nl = s + from.offset;
       offset > from.offset &&
       (nl = memchr(nl, '\n', (size_t)(s + offset - nl))) != NULL;
       nl++) {
    at.line++;
    line_start = (size_t)(nl - s) + 1;
    col_base = 1;
  }
  at.offset = offset;
  at.col = col_base + (int)evg_utf8_count(s + line_start, offset - line_start);
  return at;
}

/* A season's timex ("1807-SU", "1805-WI") as the EDTF code the events
 * file spells seasons with, or false when it is no season.  The code is
 * that of the year and quarter holding the season's first month, from the
 * tagger's span, not its value's year: a TimeML winter may be named by its
 * January (1805-WI, December 1804 to February 1805) and is written 1804-24,
 * the year it began in, as histories and edtf.js's quarters place it. */
bool extract_season_code(const evg_timex *t, char *text, size_t size) {
  size_t len = strlen(t->value);
  const evg_date_point *first = &t->date.from;
  /* a season code needs a four-digit year; other years keep the span */
  if (len < 3 || t->value[len - 3] != '-' || !t->date.interval ||
      first->precision != EVG_PREC_MONTH || first->month % 3 != 0 ||
      first->year < 0 || first->year > 9999)
    return false;
  static const char *const seasons[] = {"SP", "SU", "FA", "WI"};
  int k = first->month / 3 - 1;
  if (strcmp(t->value + len - 2, seasons[k]) != 0)
    return false;
  snprintf(text, size, "%04d-%d", (int)first->year, 21 + k);
  return true;
}

/* Whether the timex is "overnight", "last night" or "the following
 * night", "the next night": a night that TimeML names by the day it begins on
 * (2027-01-21TNI) but that runs into the next, told without the day that
 * names it ("that night", "on Tuesday night" are that day's). */
static bool overnight(const char *s, const evg_timex *t) {
  size_t len = t->value ? strlen(t->value) : 0;
  if (!t->has_date || t->date.interval ||
      t->date.from.precision != EVG_PREC_DAY || len <= 3 ||
      strcmp(t->value + len - 3, "TNI") != 0)
    return false;
  size_t n = t->end - t->start;
  const char *w = s + t->start;
  return equals_ci(w, n, "overnight") ||
         (n >= 15 && equals_ci(w + n - 15, 15, "following night")) ||
         (n >= 10 && equals_ci(w + n - 10, 10, "next night")) ||
         equals_ci(w, n, "last night");
}

/* The nearest timex with a date that starts before t in the text: one
 * search of the tagger's list (in text order), then at most a few steps
 * back; NULL when there is none. */
static const evg_timex *dated_timex_before(const evg_extraction *x,
                                           const evg_timex *t) {
  size_t lo = evg_timexes_first_from(x->timexes, evg_timexes_count(x->timexes),
                                     t->start);
  for (size_t k = 0; k < 4 && lo > 0; k++) {
    const evg_timex *p = evg_timexes_at(x->timexes, --lo);
    if (p->has_date)
      return p;
  }
  return NULL;
}

/* Whether the timex is a midnight told as the night around it, not a
 * moment at or after it: "around midnight", "towards midnight" with no
 * day named after it ("around midnight on Sunday" names its day), or what
 * lasted into it ("talks that ran past midnight").  The gold writes such
 * a night told without its day as both its days; "shortly after
 * midnight", "one minute past midnight" and "ended at midnight" are a
 * moment of the day it begins. */
static bool midnight_night(const char *s, size_t text_end, const evg_timex *t) {
  size_t len = t->value ? strlen(t->value) : 0;
  if (!t->has_date || t->date.interval ||
      t->date.from.precision != EVG_PREC_DAY || len < 6 ||
      strcmp(t->value + len - 6, "T00:00") != 0 ||
      !equals_ci(s + t->start, t->end - t->start, "midnight"))
    return false;
  size_t lo = t->start > 48 ? t->start - 48 : 0, a, b, n;
  size_t al = extract_word_just_before(s, lo, t->start, &a);
  size_t hi = t->end + 8 < text_end ? t->end + 8 : text_end;
  if (extract_word_just_after(s, t->end, hi, &n) == 2 &&
      equals_ci(s + n, 2, "on"))
    return false;
  if (extract_word_in(s + a, al,
                      (const char *const[]){"around", "about", "towards",
                                            "toward", "near", NULL}))
    return true;
  static const char *const lasting[] = {
      "ran",   "run",    "lasted", "continued", "dragged", "stretched",
      "went",  "on",     "worked", "sat",       "talked",  "stayed",
      "raged", "burned", "burnt",  "carried",   NULL};
  size_t bl = al ? extract_word_just_before(s, lo, a, &b) : 0;
  return extract_word_in(s + a, al,
                         (const char *const[]){"past", "into", "until", "till",
                                               "beyond", NULL}) &&
         extract_word_in(s + b, bl, lasting);
}

/* The events-file date of a timex in the text s, or NULL when it has
 * none. */
static const char *timex_date(evg_extraction *x, const char *s,
                              const range *sentence, const evg_timex *t,
                              bool on_or_before, bool on_or_after) {
  size_t sentence_end = sentence->end;
  char text[96], season[16];
  if (t->has_date && t->value &&
      extract_season_code(t, season, sizeof season)) {
    /* keeps "that summer" a season, not three months, and "by the summer"
     * on or before it (`../1854-22`) */
    snprintf(text, sizeof text, "%s%s%s", on_or_before ? "../" : "", season,
             on_or_after ? "/.." : "");
  } else if (t->has_date) {
    evg_date d = t->date;
    /* "flew them to Kinshasa overnight": both days of the night; a
     * sentence after it that names no time ("Firefighters answered 600
     * calls overnight. About 14,000 homes lost power") tells the story
     * at the night's day, the day TimeML names it by, not both */
    if (!on_or_before && !on_or_after && t->start >= sentence->start &&
        overnight(s, t)) {
      /* "Around midnight ... // the following night": the tagger counts
       * the day after the midnight's, but the night after the one that
       * midnight is in begins on the midnight's own day */
      const evg_timex *told = dated_timex_before(x, t);
      size_t tl = told && told->value ? strlen(told->value) : 0;
      bool after_midnight =
          !equals_ci(s + t->start, t->end - t->start, "overnight") && tl >= 6 &&
          strcmp(told->value + tl - 6, "T00:00") == 0 && !told->date.interval &&
          told->date.start + 1 == t->date.start;
      int32_t first = t->date.start - (after_midnight ? 1 : 0), into;
      if (equals_ci(s + t->start, t->end - t->start, "overnight") &&
          extract_overnight_into(x, s, sentence_end, t, &into))
        first = into - 1;
      d = evg_date_from_day(first, EVG_PREC_DAY);
      d.to = evg_date_from_day(first + 1, EVG_PREC_DAY).from;
      d.interval = true;
      evg_date_compute_bounds(&d);
    } else if (!on_or_before && !on_or_after &&
               midnight_night(s, sentence_end, t)) {
      /* the night around the midnight: the day before and its own, or its
       * own and the next when the tagger put it at the start of the day
       * just told ("On May 28 ... Towards midnight") */
      const evg_timex *told = dated_timex_before(x, t);
      int32_t first =
          told && !told->date.interval && told->date.start == t->date.start
              ? t->date.start
              : t->date.start - 1;
      d = evg_date_from_day(first, EVG_PREC_DAY);
      d.to = evg_date_from_day(first + 1, EVG_PREC_DAY).from;
      d.interval = true;
      evg_date_compute_bounds(&d);
    }
    if (t->mod && strcmp(t->mod, "APPROX") == 0)
      (void)evg_date_qualify(&d, true, false);
    if (on_or_before && !d.interval) {
      d.open_start = true;
      d.interval = true;
      d.to = d.from;
      evg_date_compute_bounds(&d);
    } else if (on_or_after && !d.interval) {
      d.open_end = true;
      d.interval = true;
      d.to = d.from;
      evg_date_compute_bounds(&d);
    }
    evg_date_format_iso(&d, text, sizeof text);
  } else if (t->needs_anchor && t->relative) {
    if (on_or_before || on_or_after)
      return NULL;
    snprintf(text, sizeof text, "%s", t->relative);
  } else {
    return NULL;
  }
  return evg_arena_strndup(&x->arena, text, strlen(text));
}

/* Whether a word of text[from, to) passes `test` (given the word
 * text[w, e) and the range's end): the one walk past_verb_in and
 * extract_modal_in share. */
static bool some_word(const char *text, size_t from, size_t to,
                      bool (*test)(const char *text, size_t w, size_t e,
                                   size_t to)) {
  for (size_t i = from; i < to;) {
    if (!ascii_alpha((unsigned char)text[i])) {
      i++;
      continue;
    }
    size_t e = extract_letters_end(text, i, to);
    if (test(text, i, e, to))
      return true;
    i = e;
  }
  return false;
}

static bool past_word(const char *text, size_t w, size_t e, size_t to) {
  static const char *const auxiliaries[] = {"had", "was", "were", NULL};
  return extract_word_in(text + w, e - w, auxiliaries) ||
         extract_past_happening_at(text, w, e, to);
}

/* Whether a verb in the past comes in text[from, to) ("made", "had
 * left", "was appointed"). */
static bool past_verb_in(const char *text, size_t from, size_t to) {
  return some_word(text, from, to, past_word);
}

/* Whether a verb in the past comes in text[from, to) (see
 * extract_internal.h). */
bool extract_past_verb_in(const char *text, size_t from, size_t to) {
  return past_verb_in(text, from, to);
}

static bool modal_word(const char *text, size_t w, size_t e, size_t to) {
  static const char *const modals[] = {"would",  "will",  "could",
                                       "should", "might", NULL};
  (void)to;
  return extract_word_in(text + w, e - w, modals);
}

/* Whether a modal comes in text[from, to) (see extract_internal.h). */
bool extract_modal_in(const char *text, size_t from, size_t to) {
  return some_word(text, from, to, modal_word);
}

/* A date closing a relative clause (see extract_internal.h): the
 * clause-date rule of extract.c, here beside the other readings of a
 * part's clauses. */
bool extract_relative_holds_date(const char *text, const range *clause,
                                 const evg_timex *date,
                                 const evg_timex *const *dates,
                                 size_t date_count, range *own, range *main) {
  if (date->start < clause->start || date->end > clause->end)
    return false;
  /* "..., as did two ministers, who had resigned on Monday.": a relative
   * clause that closes the clause, its date the last words */
  bool closes = true;
  for (size_t i = date->end; i < clause->end && closes; i++)
    closes = !ascii_alnum((unsigned char)text[i]);
  if (!closes && (date->end + 2 >= clause->end || text[date->end] != ','))
    return false;
  for (size_t k = 0; k < date_count; k++)
    if (dates[k] != date && dates[k]->start < clause->end &&
        dates[k]->end > clause->start)
      return false;
  size_t open = date->start, limit = date->start > clause->start + 160
                                         ? date->start - 160
                                         : clause->start;
  while (open > limit && !extract_edge_before(text, open))
    open--;
  if (open <= clause->start + 1 || text[open - 1] != ',')
    return false;
  while (open < date->start && text[open] == ' ')
    open++;
  size_t pronoun_end = extract_letters_end(text, open, date->start);
  if (!extract_word_in(text + open, pronoun_end - open,
                       (const char *const[]){"which", "who", "whose", NULL}) ||
      !past_verb_in(text, pronoun_end, date->start))
    return false;
  /* "which had stood there since 1923": a state over a stretch of time,
   * left to the rules of states */
  size_t b = date->start;
  while (b > open && text[b - 1] == ' ')
    b--;
  size_t w = extract_word_start_before(text, open, b);
  static const char *const lasting[] = {"since", "for",     "until", "through",
                                        "from",  "between", "to",    NULL};
  /* ... but a state the relative clause ends ("who ran the firm until
   * 2046, was found guilty") is background to the news: no happening of
   * its own (an empty `own`), the clause around it told at the story's
   * time */
  bool ended =
      !closes && extract_word_in(text + w, b - w,
                                 (const char *const[]){"until", "till", NULL});
  if (extract_word_in(text + w, b - w, lasting) && !ended)
    return false;
  /* the clause around it, a past happening, came before the comma */
  if (closes) {
    size_t comma = open;
    while (comma > clause->start && text[comma - 1] != ',')
      comma--;
    if (comma <= clause->start + 1 ||
        !past_verb_in(text, clause->start, comma - 1))
      return false;
    /* the noun it tells of, set off by commas ("two ministers, Ana Vea
     * and Tevi Maka, who had resigned"): its names are the clause's */
    size_t noun = comma - 1;
    while (noun > clause->start && text[noun - 1] != ',')
      noun--;
    if (noun > clause->start + 1 && comma - noun < 60 &&
        !past_verb_in(text, noun, comma - 1)) {
      open = noun;
      while (open < comma && text[open] == ' ')
        open++;
    }
    *own = (range){open, date->end};
    *main = (range){clause->start, comma - 1};
    return true;
  }
  /* the clause around goes on: not another clause joined after it */
  size_t next = date->end + 1;
  while (next < clause->end && text[next] == ' ')
    next++;
  size_t next_end = extract_letters_end(text, next, clause->end);
  static const char *const joins[] = {"and",  "but",   "or",    "then",
                                      "when", "while", "after", "before",
                                      "as",   "until", NULL};
  if (next_end == next || !ascii_is_lower((unsigned char)text[next]) ||
      extract_word_in(text + next, next_end - next, joins))
    return false;
  bool subject = !past_verb_in(text, clause->start, open);
  /* after the subject, the clause's own verb follows the comma */
  if (subject && !past_verb_in(text, next, clause->end))
    return false;
  *own = (range){subject ? clause->start : open, date->end};
  *main = subject ? (range){next, clause->end} : *clause;
  if (ended)
    own->start = own->end;
  return true;
}

/* Whether the part p, not the first of its sentence, opens (after its
 * date phrase, "in December 1699 he decreed", and adverbs, "soon") with a
 * subject pronoun, a possessive one ("its shares dropped") or a verb that
 * shares the subject before it ("and deployed 300 troops", "died in
 * February 1725"); *personal when the pronoun is a person's, *neuter
 * when it is "it" or "its", *plural when it is "they". */
static bool subject_elided(const char *s, const part *p, const range *sentence,
                           bool *personal, bool *neuter, bool *plural) {
  *personal = *neuter = *plural = false;
  if (p->start <= sentence->start)
    return false;
  size_t q = p->start;
  if (p->timex && p->timex->start >= q && p->timex->start <= q + 5) {
    size_t w = q;
    while (w < p->timex->start && ascii_is_lower((unsigned char)s[w]))
      w++;
    /* the word before the date is its preposition ("in December"), not
     * the part's verb ("sank the next morning", "died two days later") */
    if (w == p->timex->start ||
        (w < p->timex->start && s[w] == ' ' && w + 1 == p->timex->start &&
         !extract_verb_form(s + q, w - q)))
      q = p->timex->end;
  }
  static const char *const adverbs[] = {"soon",    "then",       "later",
                                        "also",    "again",      "there",
                                        "finally", "eventually", NULL};
  size_t e = q;
  do {
    q = e;
    while (q < p->end && (s[q] == ' ' || s[q] == ','))
      q++;
    /* "and there, in May, he handed": the part's date after an adverb */
    if (p->timex && p->timex->start > q && p->timex->start <= q + 5 &&
        p->timex->end < p->end && s[p->timex->end] == ',') {
      size_t w = q;
      while (w < p->timex->start && ascii_is_lower((unsigned char)s[w]))
        w++;
      if (w + 1 == p->timex->start && s[w] == ' ')
        q = p->timex->end + 1;
      while (q < p->end && (s[q] == ' ' || s[q] == ','))
        q++;
    }
    e = q;
    while (e < p->end && ascii_alpha((unsigned char)s[e]))
      e++;
  } while (e > q && extract_word_in(s + q, e - q, adverbs));
  static const char *const persons[] = {"he", "she", "his", "her", NULL};
  static const char *const others[] = {"it", "they", "its", "their", NULL};
  static const char *const possessives[] = {"his", "her", "its", "their", NULL};
  /* "its board cancelled", "his government lost a vote": a possessive's
   * noun acts, not its owner, which the gold leaves out; but a firm's
   * shares or stock are its own price ("and its shares dropped") */
  if (e > q && extract_word_in(s + q, e - q, possessives)) {
    size_t nb, nl = extract_word_after(s, e, p->end, &nb);
    if (!extract_word_in(s + nb, nl,
                         (const char *const[]){"shares", "stock", NULL}))
      return false;
  }
  *personal = e > q && extract_word_in(s + q, e - q, persons);
  *neuter = e > q && extract_word_in(s + q, e - q,
                                     (const char *const[]){"it", "its", NULL});
  *plural = e > q &&
            extract_word_in(s + q, e - q, (const char *const[]){"they", NULL});
  return e > q && (*personal || extract_word_in(s + q, e - q, others) ||
                   extract_verb_form(s + q, e - q));
}

/* Whether "the" at s[at] opens a craft's common noun that is a clause's
 * subject: up to two describing words ("the 366-metre vessel"), the noun,
 * then an auxiliary or a verb ("ran aground", "had dragged"). */
static bool vessel_phrase_at(const char *s, size_t at, size_t end) {
  static const char *const auxiliaries[] = {"had", "has",   "was", "were",
                                            "is",  "would", NULL};
  if (at + 4 > end || !equals_ci(s + at, 3, "the") || s[at + 3] != ' ')
    return false;
  size_t w = at + 4;
  for (int n = 0; n < 4 && w < end; n++) {
    size_t e = w;
    while (e < end && s[e] != ' ' && s[e] != ',' && s[e] != '.')
      e++;
    if (e == w ||
        !(ascii_is_lower((unsigned char)s[w]) ||
          (s[w] >= '0' && s[w] <= '9')) ||
        extract_verb_form(s + w, e - w))
      return false;
    if (extract_vessel_noun(s + w, e - w)) {
      size_t vb, vl = extract_word_after(s, e, end, &vb);
      return vl && vb == e + 1 && ascii_is_lower((unsigned char)s[vb]) &&
             (extract_word_in(s + vb, vl, auxiliaries) ||
              extract_verb_form(s + vb, vl));
    }
    if (e >= end || s[e] != ' ' || n == 3)
      return false;
    w = e + 1;
  }
  return false;
}

/* Where a subject "the vessel" opens in the part p, not the first of its
 * sentence: at its start or after "that" ("admitted that the vessel had
 * dragged its anchor"); 0 when none.  The craft named before it in the
 * sentence is meant, as a pronoun would be. */
static size_t vessel_subject(const char *s, const part *p,
                             const range *sentence) {
  if (p->start <= sentence->start)
    return 0;
  size_t q = p->start;
  while (q < p->end && (s[q] == ' ' || s[q] == ','))
    q++;
  if (vessel_phrase_at(s, q, p->end))
    return q;
  for (size_t i = q; i + 10 <= p->end; i++)
    if (s[i] == ' ' && equals_ci(s + i + 1, 5, "that ") &&
        vessel_phrase_at(s, i + 6, p->end))
      return i + 6;
  return 0;
}

/* Where the noun before ", which" or ", who" ends when the part p opens
 * right after them with its verb ("sent an account to the Royal Society,
 * which | declined to print it": its comma); 0 when it does not (", which
 * | it withdrew": the pronoun acts). */
static size_t relative_antecedent(const char *s, const part *p,
                                  const range *sentence) {
  static const char *const relatives[] = {"which", "who", NULL};
  size_t from, to;
  extract_letters_before(s, sentence->start, p->start, &from, &to);
  size_t e = extract_letters_end(s, p->start, p->end);
  if (e == p->start || !ascii_is_lower((unsigned char)s[p->start]) ||
      !extract_verb_form(s + p->start, e - p->start) || to == from ||
      !extract_word_in(s + from, to - from, relatives) ||
      from < sentence->start + 3 || s[from - 1] != ' ' || s[from - 2] != ',')
    return 0;
  return from - 2;
}

/* Whether two capitalised words joined by "and" ("Ivo Brandt and Nils
 * Ek") come in the 200 bytes before `at` in the sentence from `from`:
 * "them" stands for people named so, not for a plural noun between
 * ("Anna Berg met the farmers, and the soldiers beat them"). */
static bool names_joined_before(const char *s, size_t from, size_t at) {
  if (at > from + 200)
    from = at - 200;
  for (size_t i = from + 1; i + 6 <= at; i++) {
    if (memcmp(s + i, " and ", 5) != 0 || !ascii_upper((unsigned char)s[i + 5]))
      continue;
    size_t b = extract_word_start_before(s, from, i);
    if (b < i && ascii_upper((unsigned char)s[b]))
      return true;
  }
  return false;
}

/* Whether the part p, not the first of its sentence, holds "him", "her"
 * (DONE_TO_ONE) or "them" (DONE_TO_JOINED) as an object (before a stop or a
 * preposition, not a noun: "the company dismissed him", "acquitted her after a
 * hearing", "dragged out X and Y, and beheaded them"): the gold names the
 * person it stands for when the sentence names them. */
static unsigned char object_pronoun(const char *s, const part *p,
                                    const range *sentence) {
  static const char *const prepositions[] = {
      "to",   "back", "as", "after",  "for",  "in",  "on",    "at",
      "with", "from", "of", "into",   "out",  "up",  "down",  "off",
      "away", "over", "by", "before", "that", "and", "about", NULL};
  if (p->start <= sentence->start)
    return false;
  for (size_t i = p->start; i + 3 <= p->end; i++) {
    if (i > p->start && ascii_alpha((unsigned char)s[i - 1]))
      continue;
    size_t n = i + 4 <= p->end && equals_ci(s + i, 4, "them") ? 4 : 3;
    if ((n == 3 && !equals_ci(s + i, 3, "him") &&
         !equals_ci(s + i, 3, "her")) ||
        (i + n < p->end && ascii_alpha((unsigned char)s[i + n])) ||
        (n == 4 && !names_joined_before(s, sentence->start, p->start)))
      continue;
    /* "submitted to him": a preposition's object is no one done to */
    size_t a, b;
    extract_letters_before(s, p->start, i, &a, &b);
    if (extract_word_in(s + a, b - a, prepositions))
      continue;
    /* "granted him a pension": before a noun phrase, a recipient */
    unsigned char kind = n == 4 ? DONE_TO_JOINED : DONE_TO_ONE;
    size_t w = i + n;
    if (w >= p->end || s[w] != ' ')
      return kind; /* a stop or the part's end */
    size_t e = ++w;
    while (e < p->end && ascii_alpha((unsigned char)s[e]))
      e++;
    if (extract_word_in(s + w, e - w, prepositions))
      return kind;
  }
  return 0;
}

/* Whether the word s[w, e) opens a participle clause after a comma
 * (", beating the top seed, X", ", dropping the Great Seal"): what it
 * names is what the participle does, not the clause's own verb. */
static bool trailing_participle(const char *s, size_t start, size_t w,
                                size_t e) {
  /* prepositions and nouns in -ing: ", including X" lists the object */
  static const char *const not_participles[] = {
      "including", "excluding", "during",     "concerning",
      "regarding", "morning",   "evening",    "nothing",
      "something", "anything",  "everything", NULL};
  EXTRACT_WORD_SET(not_participle_set, not_participles, true);
  return w >= start + 2 && s[w - 2] == ',' && s[w - 1] == ' ' && e - w >= 5 &&
         equals_ci(s + e - 3, 3, "ing") &&
         ascii_is_lower((unsigned char)s[w]) &&
         !extract_word_set_has(&not_participle_set, s + w, e - w);
}

/* Where a subordinate clause opens inside the part, after the part's own
 * verb: "returned to work after the operator, X, raised its offer", "due to
 * begin once the Y has approved plans".  Names past it are the clause's
 * participants, not the event's, and so are a participle clause's after a
 * comma (", beating X"); p->end when there is none.  A part that
 * opens with its subordinator ("When X bought ...") has no verb before
 * it and keeps its names. */
static size_t subordinate_start(const char *s, const part *p) {
  static const char *const subordinators[] = {
      "after",  "once",  "when",   "while",   "because", "although",
      "though", "until", "unless", "whereas", "before",  NULL};
  static const char *const time_units[] = {
      "minute",  "minutes", "hour",    "hours",  "day",     "days",
      "week",    "weeks",   "month",   "months", "year",    "years",
      "shortly", "soon",    "moments", "decade", "decades", NULL};
  EXTRACT_WORD_SET(subordinator_set, subordinators, true);
  EXTRACT_WORD_SET(time_unit_set, time_units, true);
  bool verb = false;
  for (size_t i = p->start; i < p->end;) {
    while (i < p->end && !ascii_alpha((unsigned char)s[i]))
      i++;
    size_t w = i;
    while (i < p->end && ascii_alpha_dash((unsigned char)s[i]))
      i++;
    if (i == w)
      break;
    /* the word before is read only for a subordinator after the verb */
    bool opens = verb && extract_word_set_has(&subordinator_set, s + w, i - w);
    /* "a day after X praised ...", "four days after X entered ...": the
     * clause dates a happening of its own, whose names stay with the part
     * that holds it */
    bool anchored = false;
    if (opens) {
      size_t pb, pe;
      extract_letters_before(s, p->start, w, &pb, &pe);
      anchored = extract_word_set_has(&time_unit_set, s + pb, pe - pb);
    }
    if (opens && !anchored) {
      /* "after" or "before" a date or a noun alone is a preposition:
       * a clause has a verb within a few words */
      size_t j = i;
      for (int n = 0; n < 12 && j < p->end; n++) {
        while (j < p->end && !ascii_alpha((unsigned char)s[j]))
          j++;
        size_t b = j;
        while (j < p->end && ascii_alpha_dash((unsigned char)s[j]))
          j++;
        if (j > b && ascii_is_lower((unsigned char)s[b]) &&
            extract_verb_form(s + b, j - b))
          return w;
      }
      continue;
    }
    if (verb && trailing_participle(s, p->start, w, i))
      return w;
    if (!verb) /* once found, not looked for again */
      verb = ascii_is_lower((unsigned char)s[w]) &&
             extract_verb_form(s + w, i - w);
  }
  return p->end;
}

/* The next word of s[*i, end): its start in *w, its end in *i; false at
 * the end. */
static inline bool next_word(const char *s, size_t *i, size_t end, size_t *w) {
  while (*i < end && !ascii_alpha((unsigned char)s[*i]))
    (*i)++;
  *w = *i;
  while (*i < end && ascii_alpha_dash((unsigned char)s[*i]))
    (*i)++;
  return *i > *w;
}

/* Whether a lower-case verb form comes in s[from, to). */
static bool verb_between(const char *s, size_t from, size_t to) {
  for (size_t i = from, w; next_word(s, &i, to, &w);)
    if (ascii_is_lower((unsigned char)s[w]) && extract_verb_form(s + w, i - w))
      return true;
  return false;
}

/* A subordinate clause that opens the part before its main clause, the
 * first words or after an opening phrase and a comma, a measure of time
 * before it or not: "After the Normans had pretended to flee, Harold was
 * killed", "On April 19, a day after the Carpathia docked, a subcommittee
 * opened hearings".  Its names are its own, not the main clause's;
 * [*from, *to) is empty when there is none.  A part that is the
 * subordinate clause alone keeps its names, and so does one that holds
 * the part's date (its happening is the one dated).  "When" is left out:
 * a when-clause tells the main clause's time by a happening of its own,
 * which the gold counts as the event ("When the United States bought
 * Louisiana from France in 1803, Jefferson sent ..."). */
static void opening_clause(const char *s, const part *p, size_t *from,
                           size_t *to) {
  static const char *const subordinators[] = {
      "after", "before", "while",  "because", "although", "though",
      "once",  "until",  "unless", "whereas", NULL};
  static const char *const measures[] = {
      "a",     "an",    "one",    "two",  "three", "four",
      "five",  "hours", "hour",   "day",  "days",  "week",
      "weeks", "month", "months", "year", "years", NULL};
  EXTRACT_WORD_SET(subordinator_set, subordinators, true);
  EXTRACT_WORD_SET(measure_set, measures, true);
  *from = *to = p->start;
  size_t i = p->start, w = p->start;
  bool open = true; /* where a subordinator may stand */
  bool found = false;
  for (int n = 0; n < 12 && !found && next_word(s, &i, p->end, &w); n++) {
    bool after_comma = w >= p->start + 2 && s[w - 2] == ',' && s[w - 1] == ' ';
    bool at_opening = w == p->start || after_comma || open;
    if (at_opening && extract_word_set_has(&subordinator_set, s + w, i - w))
      found = true;
    else if (at_opening && n > 0 &&
             extract_word_set_has(&measure_set, s + w, i - w))
      open = true; /* ", a day after", ", two weeks before" */
    else if (at_opening && n > 0)
      return; /* the opening phrase is over: the main clause */
    else if (ascii_is_lower((unsigned char)s[w]) &&
             extract_verb_form(s + w, i - w))
      return;
    else
      open = false;
  }
  if (!found)
    return;
  /* its end: the first comma, after its verb ("after the war," is a
   * phrase), with a verb after it */
  for (size_t c = i; c + 1 < p->end; c++) {
    if (s[c] != ',' || s[c + 1] != ' ')
      continue;
    if (!verb_between(s, i, c))
      return;
    bool dated = p->timex && p->timex->start >= w && p->timex->start < c;
    if (!dated && verb_between(s, c, p->end))
      *from = w, *to = c;
    return;
  }
}

/* Where the content clause of a verb of finding or knowing opens in the
 * part ("a review found that the Californian had been too far away",
 * "he learned that the Streltsy had rebelled"), when the part's date is
 * before it, in the clause that finds: the part is the finding, and the
 * content's names are not its participants.  p->end when there is none,
 * or when the date is the content's.  Verbs of saying are left to the
 * rules of reporting (the gold keeps what "a newspaper revealed that X
 * had given" names). */
static size_t content_start(const char *s, const part *p) {
  static const char *const verbs[] = {
      "found",    "learned",  "learnt",    "read",    "heard", "discovered",
      "realised", "realized", "concluded", "noticed", "knew",  NULL};
  EXTRACT_WORD_SET(verb_set, verbs, true);
  if (!p->timex || p->timex->start < p->start || p->timex->start >= p->end)
    return p->end;
  for (size_t i = p->start, w; next_word(s, &i, p->end, &w);) {
    if (!extract_word_set_has(&verb_set, s + w, i - w))
      continue;
    /* "it was discovered that X had supplied": a passive's content is
     * the happening told */
    size_t b, l = extract_word_before(s, p->start, w, &b);
    if (extract_word_in(s + b, l,
                        (const char *const[]){"was", "were", "is", "are",
                                              "been", "be", NULL}))
      continue;
    /* "found that", "said on Thursday that": the content opens after
     * "that" within a few words ("found X liable", "heard a dog bark" are
     * no content clauses) */
    for (size_t j = i, v; j < i + 40 && next_word(s, &j, p->end, &v);) {
      if (equals_ci(s + v, j - v, "that"))
        return p->timex->start < w ? j : p->end;
      if (ascii_is_lower((unsigned char)s[v]) &&
          extract_verb_form(s + v, j - v))
        break;
    }
    return p->end;
  }
  return p->end;
}

void extract_add_event(evg_extraction *x, const char *s, const range *sentence,
                       text_pos sentence_pos, const part *p) {
  const char *date =
      timex_date(x, s, sentence, p->timex, p->on_or_before, p->on_or_after);
  if (!date)
    return;
  if (x->event_count == x->event_cap) {
    x->event_cap = x->event_cap ? x->event_cap * 2 : 32;
    x->events = evg_xrealloc(x->events, x->event_cap * sizeof *x->events);
    x->actor_scopes =
        evg_xrealloc(x->actor_scopes, x->event_cap * sizeof *x->actor_scopes);
  }
  evg_extracted_event *e = &x->events[x->event_count];
  memset(e, 0, sizeof *e);
  char id[32] = "event-", number[24];
  strcat(id, evg_format_integer(number, (long long)x->event_count + 1));
  e->id = evg_arena_strndup(&x->arena, id, strlen(id));
  e->date = date;
  /* "X, who had joined ... in 2022, | said on Wednesday that ...": the
   * relative clause's happening is the one told */
  size_t told = extract_relative_saying_end(x, s, p->start, p->end, p->timex);
  e->label = extract_make_label(x, s, p->start, told ? told : p->end);
  if (x->event_count > 0 &&
      x->actor_scopes[x->event_count - 1].sentence_start == sentence->start) {
    /* another event of the same sentence (sentences never overlap): the
     * same quote, cleaned once */
    e->quote = x->events[x->event_count - 1].quote;
  } else {
    /* Clean UTF-8, so that a NUL in the text does not cut the quote short */
    evg_buf quote = x->quote; /* the scratch, put back below */
    quote.len = 0;
    /* room for the sentence as it is, the usual case: no doubling series */
    evg_buf_reserve(&quote, sentence->end - sentence->start);
    evg_utf8_sanitize(&quote, s + sentence->start,
                      sentence->end - sentence->start);
    e->quote = evg_arena_strndup(&x->arena, quote.data, quote.len);
    x->quote = quote;
  }
  e->start = p->start;
  e->end = p->end;
  text_pos a = extract_position_in(s, sentence_pos, p->start);
  text_pos b = extract_position_in(s, a, p->end);
  e->start_line = a.line, e->start_col = a.col;
  e->end_line = b.line, e->end_col = b.col;
  e->relation = -1;
  bool personal = false, neuter = false, plural = false;
  bool elided = x->event_count > 0 &&
                subject_elided(s, p, sentence, &personal, &neuter, &plural);
  /* the main verb after a subject holding a relative clause split off:
   * its subject is the head noun, not the name inside that clause */
  size_t that_end;
  if (elided && x->events[x->event_count - 1].start >= sentence->start &&
      extract_relative_main_verb(s, x->events[x->event_count - 1].start, p->end,
                                 &that_end, NULL) == p->start)
    elided = false;
  size_t antecedent = relative_antecedent(s, p, sentence);
  size_t opener_start, opener_end;
  opening_clause(s, p, &opener_start, &opener_end);
  size_t own_end = subordinate_start(s, p), content = content_start(s, p);
  x->actor_scopes[x->event_count] = (actor_scope){
      sentence->start,
      content < own_end ? content : own_end,
      opener_start,
      opener_end,
      elided,
      elided && personal,
      elided && neuter,
      elided && plural,
      object_pronoun(s, p, sentence),
      antecedent,
      false,
      p->timex && p->timex->start >= p->start && p->timex->start < p->end
          ? p->timex->start
          : (size_t)-1,
      NULL,
      vessel_subject(s, p, sentence)};
  x->event_count++;
}
