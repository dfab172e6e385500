/* extract_label_subjects.c: the label of an event's part of the
 * sentence (extract_make_label) when the part does not stand alone: a
 * part that shares the subject of the clause before ("... walked out and
 * | returned to work") gets that subject, a part after a relative pronoun
 * its noun, and a label that is only its speaker what was said before it.
 * The headline itself is extract_headlines.c's. */
#include "extract_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Whether a sentence starts at s[b] (floor: where the look stops): after
 * a line break, or after a space that follows ".", "?" or "!" (a closing
 * quotation mark between), not after an abbreviation ("Mr.", "Inc."). */
static bool sentence_starts(const char *s, size_t floor, size_t b) {
  if (s[b - 1] == '\n')
    return true;
  if (b < floor + 2 || s[b - 1] != ' ')
    return false;
  size_t p = b - 1;
  if (p > floor && s[p - 1] == '"')
    p--;
  else if (p >= floor + 3 && (unsigned char)s[p - 1] == 0x9D &&
           (unsigned char)s[p - 2] == 0x80 && (unsigned char)s[p - 3] == 0xE2)
    p -= 3;
  if (p == floor || !strchr(".?!", s[p - 1]))
    return false;
  size_t word_start = p - 1;
  while (word_start > floor && ascii_alpha((unsigned char)s[word_start - 1]))
    word_start--;
  return !(ascii_upper((unsigned char)s[word_start]) &&
           p - 1 - word_start <= 3);
}

/* How far back a part's sentence is looked for: a headline reads only
 * the first words of a text anyway. */
#define SENTENCE_LOOK_BACK 400

/* Adverbs that stand between a subject and its verb ("never", "then",
 * "also", "soon", "later", "still", any word in -ly). */
static bool subject_ends_at_adverb(const char *w, size_t len) {
  static const char *const words[] = {"never", "not",   "then",  "also",
                                      "soon",  "later", "still", NULL};
  return (len > 4 && w[len - 2] == 'l' && w[len - 1] == 'y' &&
          ascii_is_lower((unsigned char)w[0])) ||
         extract_word_in(w, len, words);
}

/* The subject of a label: its words before its first verb form, at most
 * six, cut to its head before a preposition when `head` ("Dockworkers |
 * at the terminal walked out"); 0 long when it opens with a verb. */
static size_t label_subject(const char *label, bool head) {
  static const char *const prepositions[] = {"at",  "of",    "in",   "from",
                                             "for", "on",    "with", "near",
                                             "to",  "under", NULL};
  size_t i = 0, end = 0, previous = 0;
  int commas = 0;
  for (int words = 0; words < 7 && label[i]; words++) {
    size_t e = i;
    while (label[e] && label[e] != ' ')
      e++;
    size_t we = e;
    while (we > i && strchr(",;:", label[we - 1]))
      we--;
    /* "The seized | crab": after an article or a possessive a word in -ed
     * is the noun's adjective ("This created ..." is a verb) */
    bool adjective = words > 0 && label[we - 1] == 'd' &&
                     extract_headline_word_is(
                         label, previous, i - 1 - previous,
                         (const char *const[]){"the", "a", "an", "its", "his",
                                               "her", "their", "our", NULL});
    if (words > 0 && !adjective && extract_verb_form(label + i, we - i)) {
      /* "Further encouraged by ...": a participle, no subject before it;
       * "The King was recognised | and arrested": a passive shared */
      static const char *const be[] = {"was", "were", "is", "are", NULL};
      bool by = label[e] == ' ' && strncmp(label + e + 1, "by ", 3) == 0;
      return by || commas == 1 || extract_word_in(label + i, we - i, be) ? 0
                                                                         : end;
    }
    if (words == 0 && we - i > 4 && strncmp(label + we - 3, "ing", 3) == 0)
      return 0; /* "Involving a number ...": no subject */
    /* "Brown never | flew a plane again and died": an adverb before the
     * verb is the verb's, not the subject's */
    if (words > 0 && we == e && subject_ends_at_adverb(label + i, we - i))
      return commas == 1 ? 0 : end;
    if (words > 0 && head && extract_word_in(label + i, we - i, prepositions))
      return commas == 1 ? 0 : end;
    /* "The operator, CalMac Ferries, | suspended": an apposition closed
     * before the verb belongs to the subject; another aside does not */
    if (we < e && (we + 1 != e || label[we] != ',' || ++commas > 2))
      return 0;
    end = e;
    previous = i;
    i = label[e] ? e + 1 : e;
  }
  return 0;
}

/* Whether s[start, ...) opens with a verb that shares the subject of the
 * clause before, after "and", "but" or "then" ("... walked out on Monday
 * and | returned to work on Wednesday"); the part ends at end (the text
 * need not end in a NUL). */
static bool shares_subject(const char *s, size_t floor, size_t start,
                           size_t end) {
  size_t e = start;
  while (e < end && e < start + 40 && ascii_alpha((unsigned char)s[e]))
    e++;
  if (e == start || !ascii_is_lower((unsigned char)s[start]) ||
      !extract_verb_form(s + start, e - start))
    return false;
  size_t pb, pe;
  extract_letters_before(s, floor, start, &pb, &pe);
  /* "invaded Italy that autumn, | defeated the Vitellians": an item of a
   * series of verb phrases (extract_happenings.c), after its comma */
  return extract_word_in(s + pb, pe - pb,
                         (const char *const[]){"and", "but", "then", NULL}) ||
         (pb == pe && pe > floor && s[pe - 1] == ',' &&
          extract_past_happening_at(s, start, e, end));
}

/* How many bytes of `label` fit in `budget` words: all of it, or the
 * label cut before its last prepositional phrases ("Inoculated James
 * Phipps through two small cuts | in the arm"), keeping its verb and at
 * least two words after; 0 when it cannot be cut so. */
static size_t own_words_within(const char *label, size_t budget) {
  /* not "of", which binds to its noun ("a new round | of talks"), nor
   * "to", which may open an infinitive */
  static const char *const prepositions[] = {
      "at",   "in",   "from",    "for",  "on",     "with", "near",
      "into", "onto", "through", "over", "across", "by",   NULL};
  size_t len = strlen(label), words = 1;
  for (size_t k = 0; k < len; k++)
    words += label[k] == ' ';
  while (words > budget) {
    size_t cut = 0, w = 0, cut_words = 0;
    for (size_t i = 0, n = 1; i < len; n++) {
      size_t e = i;
      while (e < len && label[e] != ' ')
        e++;
      if (n > 3 && extract_word_in(label + i, e - i, prepositions))
        cut = w, cut_words = n - 1;
      w = e;
      i = e < len ? e + 1 : e;
    }
    if (!cut)
      return 0;
    len = cut;
    while (len > 0 && strchr(",;:", label[len - 1]))
      len--; /* "Phipps, | through" */
    words = cut_words;
  }
  return len;
}

/* The number of words of s[0, n), n > 0. */
static size_t words_in(const char *s, size_t n) {
  size_t words = 1;
  for (size_t k = 0; k < n; k++)
    words += s[k] == ' ';
  return words;
}

/* subject[0, n), a comma when `close` (an apposition it opened), then
 * the label's first `own` bytes with its first letter lowered ("Carter"
 * and "Handed the keys ..." give "Carter handed the keys ..."). */
static char *subject_and_label(evg_extraction *x, const char *subject, size_t n,
                               bool close, const char *label, size_t own) {
  evg_buf out = {0};
  evg_buf_append(&out, subject, n);
  if (close)
    evg_buf_putc(&out, ',');
  evg_buf_putc(&out, ' ');
  evg_buf_putc(&out, (char)ascii_lower((unsigned char)label[0]));
  evg_buf_append(&out, label + 1, own - 1);
  char *joined = evg_arena_strndup(&x->arena, out.data, out.len);
  evg_buf_free(&out);
  return joined;
}

/* The label of a part whose subject was left out: the subject of the
 * clause before it in the sentence, then its own words ("Dockworkers
 * returned to work"), at most ten words; NULL when none fits. */
static char *with_subject(evg_extraction *x, const char *s, size_t b,
                          size_t start, const char *label) {
  size_t before_end = start;
  while (before_end > b && !ascii_alpha((unsigned char)s[before_end - 1]))
    before_end--;
  size_t joint = extract_word_start_before(s, b, before_end);
  if (extract_word_in(s + joint, before_end - joint,
                      (const char *const[]){"and", "but", "then", NULL}))
    before_end = joint; /* past "and"; a series' comma has none */
  if (before_end <= b || !extract_has_verb(s, b, before_end))
    return NULL;
  /* "a traveller who returned ... and attended", "said the fault was
   * introduced ... and went unnoticed": the verb may share a relative
   * clause's or a content clause's subject, not the sentence's */
  static const char *const embedding[] = {
      "who", "which", "that", "whom", "whose", "said", "says", "told", NULL};
  for (size_t i = b; i < before_end;) {
    size_t e = i;
    while (e < before_end && ascii_alpha((unsigned char)s[e]))
      e++;
    /* "Fust sued Gutenberg that autumn and": a date's "that" */
    if (e > i && extract_word_in(s + i, e - i, embedding) &&
        !extract_in_timex(x, i))
      return NULL;
    i = e + 1;
  }
  const char *before = extract_part_label(x, s, b, before_end);
  for (int head = 0; head < 2; head++) {
    size_t n = label_subject(before, head);
    size_t own =
        n ? own_words_within(label, HEADLINE_WORDS - words_in(before, n)) : 0;
    if (own)
      return subject_and_label(x, before, n, false, label, own);
  }
  return NULL;
}

/* The headline of subject[0, n) and the part s[start, end) made one
 * clause (extract_subject_part_label), when it keeps the subject whole, of
 * at most six words, and two words after it at least, its verb and more
 * ("The Solveig Star rolled heavily"); NULL when the cut took the
 * subject's end ("The Standards | in Public Office Commission said") or
 * left the verb alone ("The Fox Valley NewsGuild demanded"). */
static char *joined_label(evg_extraction *x, const char *subject, size_t n,
                          const char *s, size_t start, size_t end) {
  const char *comma = memchr(subject, ',', n);
  if (words_in(subject, n) > 6)
    return NULL;
  char *label =
      extract_subject_part_label(x, subject, n, comma != NULL, s, start, end);
  /* an apposition the headline leaves out: its descriptor before the
   * comma is the subject kept ("The market regulator, the Comissão ...") */
  size_t kept =
      comma && strncmp(label, subject, n) != 0 ? (size_t)(comma - subject) : n;
  size_t len = strlen(label);
  if (len <= kept + 1 || strncmp(label, subject, kept) != 0 ||
      label[kept] != ' ')
    return NULL;
  const char *second = strchr(label + kept + 1, ' ');
  return second && second[1] ? label : NULL;
}

/* The label of a part that opens with its verb right after a relative
 * clause closed by a comma ("Its chief executive, Fiona Marsh, who had
 * joined in 2018, | resigned on Monday"): the words before ", who" or
 * ", which" as its subject, when they hold no verb, then its own words,
 * at most ten; NULL when none fits or the part is no such part.  The
 * verb's word ends by `end`, the part's end. */
/* Adverbs that may stand between a subject and its verb. */
static const char *const verb_adverbs[] = {
    "also",       "then",    "later",   "again",   "still",
    "soon",       "never",   "finally", "quickly", "immediately",
    "eventually", "briefly", NULL};

static char *after_relative(evg_extraction *x, const char *s, size_t b,
                            size_t at, size_t part_start, size_t end,
                            const char *label) {
  size_t e = at;
  while (e < end && e < at + 40 && ascii_alpha((unsigned char)s[e]))
    e++;
  size_t v = at, ve = e; /* the verb, past an adverb ("also raised") */
  if (ve < end && s[ve] == ' ' &&
      extract_word_in(s + at, e - at, verb_adverbs)) {
    v = ve + 1;
    ve = extract_letters_end(s, v, end);
  }
  /* "..., which was sold on Monday, then | hired": the adverb before the
   * part's verb */
  size_t pw, pe;
  extract_letters_before(s, b, at, &pw, &pe);
  if (v == at && pw < pe && pe + 1 == at &&
      extract_word_in(s + pw, pe - pw, verb_adverbs))
    at = pw;
  if (at < b + 2 || s[at - 1] != ' ' || s[at - 2] != ',' ||
      !ascii_is_lower((unsigned char)s[v]) || !extract_verb_form(s + v, ve - v))
    return NULL;
  size_t rel = 0; /* the comma that opens the relative clause */
  for (size_t i = b; i + 2 < at - 2 && !rel; i++)
    if (s[i] == ',' && s[i + 1] == ' ') {
      size_t w = i + 2, we = w;
      while (we < at && ascii_alpha((unsigned char)s[we]))
        we++;
      if (extract_word_in(s + w, we - w,
                          (const char *const[]){"who", "which", "whose", NULL}))
        rel = i;
    }
  /* "The second, an American machine that had started on September 5, |
   * broke through": an apposition that holds a "that" clause closes the
   * subject as a relative clause does (clauses40: the part was labelled
   * "Broke") */
  size_t open = 0; /* the apposition: the last comma's stretch */
  for (size_t i = at - 3; !rel && !open && i > b; i--)
    if (s[i] == ',' && s[i + 1] == ' ')
      open = i;
  for (size_t q = open + 2; open && !rel && q + 6 < at - 2; q++)
    if (s[q] == ' ' && extract_word_at(s, q + 1, at - 2, "that"))
      rel = open;
  if (!rel)
    return NULL;
  /* a clause joined on by ", and" or ", but" is the subject's own:
   * "Austria closed a crossing, and | Hungary, whose farms were hit in
   * 2025, shut 21" */
  if (extract_has_verb(s, b, rel))
    for (size_t i = rel; i > b + 2; i--)
      if (s[i - 1] == ' ' && s[i - 2] == ',' &&
          extract_word_in(s + i, extract_letters_end(s, i, rel) - i,
                          (const char *const[]){"and", "but", NULL})) {
        b = extract_letters_end(s, i, rel) + 1;
        break;
      }
  if (b >= rel || extract_has_verb(s, b, rel))
    return NULL;
  const char *subject = extract_part_label(x, s, b, rel);
  size_t n = strlen(subject), own = 0;
  const char *whole_subject = subject;
  size_t whole_n = n;
  for (int whole = 1; whole >= 0 && !own; whole--) {
    const char *comma = strrchr(subject, ',');
    if (!whole) { /* "The dairy's owner, | Martin Aebersold": the name */
      if (!comma || comma[1] != ' ' || !ascii_upper((unsigned char)comma[2]))
        break;
      n -= (size_t)(comma + 2 - subject);
      subject = comma + 2;
    }
    size_t subject_words = words_in(subject, n);
    if (n && subject_words < HEADLINE_WORDS)
      own = own_words_within(label, HEADLINE_WORDS - subject_words);
  }
  /* the part's words too long to follow the subject whole: the two made
   * one clause and cut as a headline ("Suspended the hospital's technical
   * director, Vasile Pop" -> "Health Minister Radu Ciobanu suspended the
   * hospital's technical director") */
  if (!own)
    return whole_n ? joined_label(x, whole_subject, whole_n, s, part_start, end)
                   : NULL;
  /* "The operator, CalMac Ferries, said": the apposition closed */
  return subject_and_label(x, subject, n, memchr(subject, ',', n) != NULL,
                           label, own);
}

/* Whether the comma at s[i] sits inside a figure ("2,000") */
static bool thousands_comma(const char *s, size_t b, size_t i) {
  return i > b && isdigit((unsigned char)s[i - 1]) &&
         isdigit((unsigned char)s[i + 1]);
}

/* The noun phrase before the comma of ", which" or ", who" that opens
 * the part at s[start) with its verb ("... to the Royal Society, which |
 * declined to print it"), read back to a verb, a comma or a preposition
 * that opens an adjunct, at most six words, opening with a determiner, a
 * count or a capital: its doer, in [*np, *np_end); false when there is none
 * ("last Friday, which | freed": a date, no noun that acts). */
static bool relative_noun(evg_extraction *x, const char *s, size_t b,
                          size_t start, size_t *np, size_t *np_end) {
  static const char *const relatives[] = {"which", "who", NULL};
  static const char *const stops[] = {
      "to",   "by",   "from",  "at",     "in",      "on",     "into",
      "with", "for",  "as",    "than",   "and",     "that",   "under",
      "over", "near", "after", "before", "against", "across", "through",
      "down", "up",   "out",   "off",    "back",    "away",   NULL};
  static const char *const openers[] = {"the", "a",   "an",    "its",
                                        "his", "her", "their", NULL};
  size_t w, e;
  extract_letters_before(s, b, start, &w, &e);
  if (w == e || !extract_word_in(s + w, e - w, relatives) || w < b + 3 ||
      s[w - 1] != ' ' || s[w - 2] != ',')
    return false;
  *np_end = w - 2;
  size_t first = *np_end; /* the first word kept */
  for (int words = 0;; words++) {
    size_t q = first;
    while (q > b && s[q - 1] == ' ')
      q--;
    if (q == b || (s[q - 1] == ',' && !thousands_comma(s, b, q - 1)))
      break; /* the phrase opens the sentence or follows a comma */
    size_t p = q;
    while (p > b && s[p - 1] != ' ' &&
           (s[p - 1] != ',' || thousands_comma(s, b, p - 1)))
      p--;
    /* "met Smith in Paris, who": a place is no "who" */
    if (s[w] == 'w' && w + 3 == e &&
        extract_word_in(
            s + p, q - p,
            (const char *const[]){"in", "at", "near", "into", "from", NULL}))
      return false;
    if (extract_word_in(s + p, q - p, stops) ||
        (ascii_is_lower((unsigned char)s[p]) &&
         extract_verb_form(s + p, q - p)))
      break;
    /* "to trace | the gang, which": a verb after "to"; "In 1914 | the
     * French army, which": a date before the noun opens no part of it */
    size_t tw, te;
    extract_letters_before(s, b, p, &tw, &te);
    if (words > 0 && (extract_in_timex(x, p) ||
                      (te > tw && equals_ci(s + tw, te - tw, "to") &&
                       ascii_is_lower((unsigned char)s[p]) &&
                       !extract_word_in(s + p, q - p, openers))))
      break;
    /* "at the request of | the State Securities Commission, which": a
     * name with its article after "of" is the noun */
    if (equals_ci(s + p, q - p, "of") && *np_end - first > 5 &&
        strncmp(s + first, "the ", 4) == 0 &&
        ascii_upper((unsigned char)s[first + 4]))
      break;
    if (words == 6)
      return false;
    first = p;
  }
  size_t fe = extract_letters_end(s, first, *np_end);
  *np = first;
  /* a count of people opens the noun too ("as did two aldermen, who |
   * had resigned": the label was "Had resigned"; clauses40) */
  if (first == *np_end || !(ascii_upper((unsigned char)s[first]) ||
                            extract_word_in(s + first, fe - first, openers) ||
                            extract_count_subject_at(s, first, *np_end)))
    return false;
  for (size_t i = first; i < *np_end; i++) /* six words at most */
    if ((i == first || s[i - 1] == ' ') && extract_in_timex(x, i))
      return false;
  return true;
}

/* The label of a part that opens a relative clause with its verb: its
 * noun as its subject ("The Royal Society declined to print it"), at
 * most ten words; NULL when it has none (see relative_noun). */
static char *relative_label(evg_extraction *x, const char *s, size_t b,
                            size_t start, size_t end, const char *label) {
  size_t np, np_end, e = extract_letters_end(s, start, end);
  /* not ", which | the institute began": the pronoun is no subject */
  if (!*label || e == start || !ascii_is_lower((unsigned char)s[start]) ||
      !extract_verb_form(s + start, e - start) ||
      !relative_noun(x, s, b, start, &np, &np_end))
    return NULL;
  size_t subject_words = words_in(s + np, np_end - np);
  size_t own = subject_words < HEADLINE_WORDS
                   ? own_words_within(label, HEADLINE_WORDS - subject_words)
                   : 0;
  if (!own)
    return NULL;
  char *subject = evg_arena_strndup(&x->arena, s + np, np_end - np);
  subject[0] = (char)ascii_to_upper((unsigned char)subject[0]);
  return subject_and_label(x, subject, np_end - np, false, label, own);
}

/* The label of a part that opens with the pronoun of a relative clause
 * after a comma ("a woman of 34, | who was treated in the San Martino
 * hospital", "a gas main, | which engineers repaired overnight"): its
 * noun as the subject before the clause's verb ("A woman of 34 was
 * treated in the San Martino hospital"), or as the object after the
 * clause's own subject and verb ("Engineers repaired a gas main"); NULL
 * when it has none (see relative_noun).  The label was "Who was treated
 * ..." (clauses41). */
static char *pronoun_label(evg_extraction *x, const char *s, size_t b,
                           size_t start, size_t end, const char *label) {
  size_t pe = extract_letters_end(s, start, end);
  if (pe == start || pe >= end || s[pe] != ' ' ||
      !extract_word_in(s + start, pe - start,
                       (const char *const[]){"who", "which", NULL}) ||
      !ascii_is_lower((unsigned char)s[start]))
    return NULL;
  size_t next = pe + 1, np, np_end;
  const char *rest = strchr(label, ' ');
  if (!rest || !(equals_ci(label, (size_t)(rest - label), "who") ||
                 equals_ci(label, (size_t)(rest - label), "which")))
    return NULL;
  rest++;
  if (!*rest || !relative_noun(x, s, b, next, &np, &np_end))
    return NULL;
  size_t subject_words = words_in(s + np, np_end - np);
  size_t ne = extract_letters_end(s, next, end);
  char *noun = evg_arena_strndup(&x->arena, s + np, np_end - np);
  if (ne > next && ascii_is_lower((unsigned char)s[next]) &&
      extract_verb_form(s + next, ne - next)) {
    /* the pronoun is the subject: the noun stands before the verb */
    size_t own = subject_words < HEADLINE_WORDS
                     ? own_words_within(rest, HEADLINE_WORDS - subject_words)
                     : 0;
    if (!own)
      return NULL;
    noun[0] = (char)ascii_to_upper((unsigned char)noun[0]);
    return subject_and_label(x, noun, np_end - np, false, rest, own);
  }
  /* the pronoun is the object: the clause's subject and verb, then the
   * noun ("which Kestrel launched in 2025" -> "Kestrel launched a
   * two-year programme"), when they are all the rest keeps */
  size_t rest_words = words_in(rest, strlen(rest));
  const char *last = strrchr(rest, ' ');
  if (!last || rest_words > 4 || rest_words + subject_words > HEADLINE_WORDS ||
      !ascii_is_lower((unsigned char)last[1]))
    return NULL;
  if (extract_word_in(noun, extract_letters_end(noun, 0, strlen(noun)),
                      (const char *const[]){"the", "a", "an", "its", "his",
                                            "her", "their", NULL}))
    noun[0] = (char)ascii_lower((unsigned char)noun[0]);
  evg_buf out = {0};
  evg_buf_append(&out, rest, strlen(rest));
  evg_buf_putc(&out, ' ');
  evg_buf_append(&out, noun, strlen(noun));
  out.data[0] = (char)ascii_to_upper((unsigned char)out.data[0]);
  char *joined = evg_arena_strndup(&x->arena, out.data, out.len);
  evg_buf_free(&out);
  return joined;
}

/* The label of a part (part_label); of a part whose subject is left out
 * ("... walked out on Monday and | returned to work"), with the subject of
 * the clause before; when that is only a speaker and a verb of saying (",
 * the port authority said."), the saying is not the happening: the label
 * of what was said before it in the sentence ("Traffic at the port fell 18
 * percent"). */
char *extract_make_label(evg_extraction *x, const char *s, size_t start,
                         size_t end) {
  char *label = extract_part_label(x, s, start, end);
  size_t floor = start > SENTENCE_LOOK_BACK ? start - SENTENCE_LOOK_BACK : 0;
  size_t b = start;
  while (b > floor && !sentence_starts(s, floor, b))
    b--;
  char *relative = *label && b < start
                       ? after_relative(x, s, b, start, start, end, label)
                       : NULL;
  if (relative)
    return relative;
  relative = b < start ? relative_label(x, s, b, start, end, label) : NULL;
  if (relative)
    return relative;
  relative =
      *label && b < start ? pronoun_label(x, s, b, start, end, label) : NULL;
  if (relative)
    return relative;
  if (*label && b < start && shares_subject(s, b, start, end)) {
    /* after a bare "and", the subject shared is the part's just before
     * it, when the sentence was split there ("Work stopped again, when
     * Carter quarrelled ... and | locked it"); after ", and" it may be
     * the main clause's ("declared ..., hours before the first bands
     * arrived, and | deployed") */
    size_t before = b;
    const evg_extracted_event *last =
        x->event_count > 0 ? &x->events[x->event_count - 1] : NULL;
    /* an item of a series after its comma ("Brahe buried a box ..., |
     * carved a message") shares the subject of the part just before it;
     * not of a part that opens with its verb itself ("burned the temple
     * and | killed him" after "stormed the Capitol, |"): then the
     * sentence's */
    size_t pb, pe;
    extract_letters_before(s, b, start, &pb, &pe);
    bool series = pb == pe && pe > b && s[pe - 1] == ',';
    if (last && last->start > b && last->end <= start &&
        (series || !memchr(s + last->end, ',', start - last->end)) &&
        !shares_subject(s, b, last->start, last->end))
      before = last->start;
    char *joined = with_subject(x, s, before, start, label);
    if (!joined && before > b)
      joined = with_subject(x, s, b, start, label);
    if (!joined && before > b) /* "X, who ..., | trained ... and | died" */
      joined = after_relative(x, s, b, before, start, end, label);
    if (joined)
      return joined;
  }
  if (!extract_label_only_speaker(label))
    return label;
  size_t said_end = start;
  while (said_end > b && (s[said_end - 1] == ' ' || s[said_end - 1] == ','))
    said_end--;
  if (said_end <= b || !extract_has_verb(s, b, said_end))
    return label; /* nothing said before it, or only a dateline */
  char *said = extract_part_label(x, s, b, said_end);
  return *said && !extract_label_only_speaker(said) ? said : label;
}
