/* extract_label_text.c: the text an event's label is made from.  A
 * part of a sentence is cut into comma-separated segments; segments that
 * open the clause and hold its date ("Last week,", "On Monday,"),
 * opening clauses and asides (", a tech startup,", ", which ...") are
 * dropped, and date phrases inside the rest are removed with the
 * preposition before each.  extract_headlines.c then chooses the words of
 * the label from this text. */
#include "extract_internal.h"

#include <ctype.h>
#include <stdint.h>
#include <string.h>

size_t extract_first_timex_after(const evg_extraction *x, size_t offset) {
  /* the expressions' ends grow with their index: segment by segment
   * (TIMEX_SEGMENT_BASE << k each, internal.h), the last of each says
   * whether the answer lies further, then a binary search within one
   * array, where each probe of a search over the whole list found its
   * segment again (12,800 searches of 13 probes on the bench's block) */
  const evg_timexes *list = x->timexes;
  size_t count = evg_timexes_count(list), first = 0;
  for (unsigned k = 0; first < count; k++) {
    const evg_timex *segment = list->segments[k];
    size_t size = (size_t)TIMEX_SEGMENT_BASE << k;
    if (size > count - first)
      size = count - first;
    if (segment[size - 1].end <= offset) {
      first += size;
      continue;
    }
    size_t lo = 0, hi = size;
    while (lo < hi) {
      size_t mid = lo + (hi - lo) / 2;
      if (segment[mid].end <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
    return first + lo;
  }
  return count;
}

bool extract_in_timex(const evg_extraction *x, size_t offset) {
  size_t k = extract_first_timex_after(x, offset);
  return k < evg_timexes_count(x->timexes) &&
         evg_timexes_at(x->timexes, k)->start <= offset;
}

/* Words that open a comma-enclosed aside after the main clause has begun
 * (appositions, relative and participial clauses), and words that open a
 * subordinate clause before it.  A label keeps the main clause only. */
bool extract_aside_opener(const char *w, size_t len) {
  static const char *const words[] = {
      "a",          "an",     "who",       "which",
      "whose",      "whom",   "where",     "including",
      "citing",     "adding", "according", "particularly",
      "especially", "just",   "shortly",   NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Subordinators open a clause that is not the main one; adverbs open
 * a segment that is left out only when it has no verb ("Shortly before
 * the holiday," but not "then Secretary Gina Raimondo said"). */
static bool leading_opener(const char *w, size_t len) {
  static const char *const words[] = {"when",    "while", "although", "though",
                                      "as",      "if",    "after",    "before",
                                      "because", NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

static bool leading_adverb(const char *w, size_t len) {
  static const char *const words[] = {"shortly", "just", "however", "meanwhile",
                                      "still",   "yet",  "but",     "and",
                                      "also",    "then", "thus",    NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

/* Whether s[a, e) holds a verb form; when `adjectives_out`, not one in
 * -d after a determiner ("the missed payment", "a proposed merger"). */
static bool verb_in(const char *s, size_t a, size_t e, bool adjectives_out) {
  static const char *const determiners[] = {"the", "a",     "an",  "its",
                                            "his", "their", "her", NULL};
  size_t before = a, before_end = a; /* the word before, if any */
  for (size_t i = a; i < e;) {
    while (i < e && !ascii_alpha((unsigned char)s[i]))
      i++;
    size_t b = i;
    while (i < e && ascii_alpha((unsigned char)s[i]))
      i++;
    if (i > b && extract_verb_form(s + b, i - b) &&
        !(adjectives_out && s[i - 1] == 'd' && before_end > before &&
          extract_word_in(s + before, before_end - before, determiners)))
      return true;
    before = b, before_end = i;
  }
  return false;
}

bool extract_has_verb(const char *s, size_t a, size_t e) {
  return verb_in(s, a, e, false);
}

/* counts words up to nine; defined with the segment tests below */
static size_t segment_words(const char *s, size_t a, size_t seg_end);

/* Whether s[a, e) is a closing attribution: ", analyst Peter Grady
 * said.", ", the institute said." */
static bool attribution(const char *s, size_t a, size_t e) {
  while (e > a && !ascii_alpha((unsigned char)s[e - 1]))
    e--;
  if (segment_words(s, a, e) > 6)
    return false;
  size_t b = e;
  while (b > a && ascii_alpha((unsigned char)s[b - 1]))
    b--;
  static const char *const verbs[] = {"said",  "says",  "reported", "reports",
                                      "added", "wrote", "noted",    NULL};
  EXTRACT_WORD_SET(set, verbs, true);
  return b > a && extract_word_set_has(&set, s + b, e - b);
}

/* Where the words of the segment s[a, seg_end) end before a date that
 * closes it and the preposition of that date (", police said | on
 * Thursday."): a report's own day is no word of what it says.  seg_end
 * when no date closes it.  t: the first timex that may overlap. */
static size_t report_date_start(const evg_extraction *x, const char *s,
                                size_t a, size_t seg_end, size_t t) {
  static const char *const preps[] = {"on", "in", "at", "late", "early", NULL};
  size_t e = seg_end;
  while (e > a && !ascii_alnum((unsigned char)s[e - 1]))
    e--;
  size_t count = evg_timexes_count(x->timexes);
  const evg_timex *last = NULL;
  for (size_t k = t; k < count; k++) {
    const evg_timex *timex = evg_timexes_at(x->timexes, k);
    if (timex->start >= seg_end)
      break;
    if (timex->start >= a)
      last = timex;
  }
  if (!last || last->end < e)
    return seg_end;
  size_t w = last->start;
  while (w > a && s[w - 1] == ' ')
    w--;
  size_t b = extract_word_start_before(s, a, w);
  return b < w && extract_word_in(s + b, w - b, preps) ? b : w;
}

/* Whether s[a, e) is a prepositional opening before the main clause: "In
 * announcing the rules,", "In a study of startups published in
 * December,": a preposition followed by an article or a gerund, or with
 * no verb at all ("Despite the storm,"; a -d word after its determiner
 * is none: "In response to the missed payment,"). */
static bool adverbial_opening(const char *s, size_t a, size_t e) {
  static const char *const prepositions[] = {
      "in",      "on",        "at",   "by",      "for",     "with",  "from",
      "during",  "despite",   "amid", "under",   "through", "after", "before",
      "without", "following", "upon", "against", "among",   NULL};
  EXTRACT_WORD_SET(set, prepositions, true);
  size_t p = a;
  while (p < e && ascii_alpha((unsigned char)s[p]))
    p++;
  if (!extract_word_set_has(&set, s + a, p - a))
    return false;
  size_t n = p + 1, ne = n;
  while (ne < e && ascii_alpha((unsigned char)s[ne]))
    ne++;
  bool gerund = ne - n > 4 && memcmp(s + ne - 3, "ing", 3) == 0;
  return gerund || equals_ci(s + n, ne - n, "a") ||
         equals_ci(s + n, ne - n, "an") || !verb_in(s, a, e, true);
}

/* Whether the segment s[a, seg_end), followed by the main clause up to
 * `end`, is an absolute or participle clause, which is no headline: "With
 * 380 miles completed,", "Without a permit,", "Having won the league,",
 * "Its funding approved on Monday," (a determiner's noun phrase and a
 * participle with no auxiliary, before a clause of its own that is neither
 * joined by a conjunction nor an attribution: not "Prices rose, the bank
 * said" nor "The plan failed, and ..."). */
static bool absolute_opening(const char *s, size_t a, size_t seg_end,
                             size_t end) {
  size_t first_end = a;
  while (first_end < seg_end && ascii_alpha((unsigned char)s[first_end]))
    first_end++;
  static const char *const openers[] = {"with", "without", "having", NULL};
  EXTRACT_WORD_SET(opener_set, openers, true);
  if (extract_word_set_has(&opener_set, s + a, first_end - a))
    return true;
  /* a subject opens with a name, a determiner or a pronoun */
  static const char *const subject_openers[] = {
      "the", "a",  "an",  "its", "his",  "her", "their",
      "our", "he", "she", "it",  "they", "we",  NULL};
  EXTRACT_WORD_SET(subject_set, subject_openers, false);
  static const char *const determiners[] = {"the",   "its", "his", "her",
                                            "their", "our", NULL};
  EXTRACT_WORD_SET(determiner_set, determiners, true);
  static const char *const finite[] = {
      "is",     "are",   "was",  "were",  "has",  "have",  "had",
      "will",   "would", "can",  "could", "may",  "might", "must",
      "should", "did",   "does", "do",    "said", "says",  NULL};
  EXTRACT_WORD_SET(finite_set, finite, true);
  if (!extract_word_set_has(&determiner_set, s + a, first_end - a))
    return false;
  /* a participle after the noun ("Its funding approved on Monday"), with
   * no auxiliary and no object after it: "The company's shares climbed |
   * 6 percent" and "reached | St. Louis" are main clauses */
  bool participle = false;
  for (size_t i = first_end, words = 1; i < seg_end && !participle; words++) {
    while (i < seg_end && !ascii_alnum((unsigned char)s[i]))
      i++;
    size_t b = i;
    while (i < seg_end && ascii_alnum((unsigned char)s[i]))
      i++;
    if (extract_word_set_has(&finite_set, s + b, i - b))
      return false;
    if (words > 1 && i > b && extract_verb_form(s + b, i - b)) {
      participle = true;
      size_t next = i;
      while (next < seg_end && s[next] == ' ')
        next++;
      size_t next_end = next;
      while (next_end < seg_end && ascii_alpha((unsigned char)s[next_end]))
        next_end++;
      if (next < seg_end &&
          (!ascii_is_lower((unsigned char)s[next]) ||
           extract_word_set_has(&subject_set, s + next, next_end - next)))
        return false;
    }
  }
  if (!participle)
    return false;
  /* the main clause after it opens with its subject (not "to a crowd that
   * ...", "and the men ...") and has its verb in its own segment ("the
   * villagers held their fair", not "their biggest rise in a year, as
   * analysts predicted"); no attribution ("Prices rose, the bank said") */
  size_t rest = seg_end + 1;
  while (rest < end && s[rest] == ' ')
    rest++;
  size_t rest_word = rest;
  while (rest_word < end && ascii_alpha((unsigned char)s[rest_word]))
    rest_word++;
  size_t clause_end = rest;
  while (clause_end < end && s[clause_end] != ',' && s[clause_end] != ';')
    clause_end++;
  bool subject = rest < end && (ascii_upper((unsigned char)s[rest]) ||
                                extract_word_set_has(&subject_set, s + rest,
                                                     rest_word - rest));
  return subject && extract_has_verb(s, rest, clause_end) &&
         !attribution(s, rest, end);
}

/* The words of s[a, seg_end), counted only as far as drop_segment's tests
 * look: 9 means more than 8. */
static size_t segment_words(const char *s, size_t a, size_t seg_end) {
  size_t words = 1;
  for (const char *p = s + a, *stop = s + seg_end;
       words <= 8 && (p = memchr(p, ' ', (size_t)(stop - p))) != NULL; p++)
    words++;
  return words;
}

/* Whether a determiner and a word follow the date that ends at s[from)
 * before the segment's end ("On Tuesday | the governor"): the clause's
 * subject has begun. */
static bool subject_after_date(const char *s, size_t from, size_t seg_end) {
  static const char *const determiners[] = {"the", "its",   "his",
                                            "her", "their", NULL};
  while (from < seg_end && s[from] == ' ')
    from++;
  size_t e = extract_letters_end(s, from, seg_end);
  if (e == from || e >= seg_end || s[e] != ' ' ||
      !extract_word_in(s + from, e - from, determiners))
    return false;
  /* a noun's phrase of one to three lower-case words, no verb */
  size_t words = 0;
  for (size_t i = e + 1; i < seg_end; words++) {
    size_t w = i;
    i = extract_letters_end(s, i, seg_end);
    if (i == w || !ascii_is_lower((unsigned char)s[w]) || words == 3)
      return false;
    if (i < seg_end && s[i] != ' ')
      return false;
    while (i < seg_end && s[i] == ' ')
      i++;
  }
  return words > 0 && !extract_has_verb(s, e + 1, seg_end);
}

/* Whether the words after the date that ends at s[from) and before the
 * segment's end are a noun's phrase that a relative clause after the
 * comma goes on to describe ("On Monday | the harbour board, which ...",
 * "In 1914 | the French army, which ...", "On Monday | Silva Shipping,
 * which ..."): one to five words, the first a determiner or a capital,
 * no verb. */
static bool subject_before_relative(const char *s, size_t from, size_t seg_end,
                                    size_t end) {
  static const char *const determiners[] = {"the", "its",   "his",
                                            "her", "their", NULL};
  size_t r = seg_end + 1;
  while (r < end && s[r] == ' ')
    r++;
  size_t re = extract_letters_end(s, r, end);
  if (seg_end >= end || s[seg_end] != ',' || re == r || re >= end ||
      s[re] != ' ' ||
      !extract_word_in(s + r, re - r,
                       (const char *const[]){"which", "who", "whose", NULL}))
    return false;
  while (from < seg_end && s[from] == ' ')
    from++;
  size_t e = extract_letters_end(s, from, seg_end);
  if (e == from || !(ascii_upper((unsigned char)s[from]) ||
                     extract_word_in(s + from, e - from, determiners)))
    return false;
  size_t words = 0;
  for (size_t i = from; i < seg_end; words++) {
    size_t w = i;
    i = extract_letters_end(s, i, seg_end);
    /* a possessive's mark: "the club's owner" */
    if (i > w && i < seg_end && s[i] == '\'')
      i += i + 1 < seg_end && s[i + 1] == 's' ? 2 : 1;
    else if (i > w && i + 2 < seg_end && memcmp(s + i, "\xE2\x80\x99", 3) == 0)
      i += i + 3 < seg_end && s[i + 3] == 's' ? 4 : 3;
    if (i == w || words == 5 || (i < seg_end && s[i] != ' '))
      return false;
    while (i < seg_end && s[i] == ' ')
      i++;
  }
  return words > 0 && !extract_has_verb(s, from, seg_end);
}

/* Whether the comma at s[comma] opens a name of one to four capitalised
 * words closed by a comma and followed by a word in lower case (", Jan
 * Weiher, was killed"): an apposition naming the subject before it. */
static bool named_apposition_at(const char *s, size_t comma, size_t end) {
  size_t i = comma + 1, words = 0;
  while (i < end && s[i] == ' ')
    i++;
  while (i < end && s[i] != ',') {
    size_t w = i;
    while (i < end && s[i] != ' ' && s[i] != ',')
      i++;
    if (i == w || !ascii_upper((unsigned char)s[w]) || ++words > 4)
      return false;
    while (i < end && s[i] == ' ')
      i++;
  }
  if (i >= end || words == 0)
    return false;
  i++;
  while (i < end && s[i] == ' ')
    i++;
  return i < end && ascii_is_lower((unsigned char)s[i]);
}

/* Whether s[a, e) opens with "according to": an attribution, at the
 * clause's start ("According to the ministry, the plant closed") or after
 * it ("The dam burst on Sunday, according to police."). */
static bool according_to_at(const char *s, size_t a, size_t e) {
  while (a < e && s[a] == ' ')
    a++;
  size_t w = extract_letters_end(s, a, e);
  if (!equals_ci(s + a, w - a, "according") || w >= e || s[w] != ' ')
    return false;
  size_t t = w + 1, te = extract_letters_end(s, t, e);
  return equals_ci(s + t, te - t, "to");
}

/* Whether the segment s[a, e) is an opening "According to X," with no
 * clause of its own: not "According to the Politburo they were
 * complying with the treaty, ..." (a subject pronoun begins the
 * clause inside it). */
static bool according_opening(const char *s, size_t a, size_t e) {
  if (!according_to_at(s, a, e))
    return false;
  static const char *const pronouns[] = {"he", "she", "they", "we", "it", NULL};
  for (size_t i = a; i < e;) {
    while (i < e && !ascii_alpha((unsigned char)s[i]))
      i++;
    size_t b = i;
    i = extract_letters_end(s, i, e);
    if (i > b && extract_word_in(s + b, i - b, pronouns))
      return false;
  }
  return true;
}

/* Whether all that follows the segment ending at s[seg_end) is an
 * attribution (", according to the broadcaster LRT.", ", officials
 * said."): the segment before it is the clause it attributes, kept even
 * when its verb is not known ("The dam burst on Sunday"). */
static bool attribution_follows(const evg_extraction *x, const char *s,
                                size_t seg_end, size_t end, size_t t) {
  if (seg_end >= end || s[seg_end] != ',')
    return false;
  size_t a = seg_end + 1;
  while (a < end && s[a] == ' ')
    a++;
  if (according_to_at(s, a, end))
    return true;
  const char *comma = memchr(s + a, ',', end - a);
  return !comma && attribution(s, a, report_date_start(x, s, a, end, t));
}

/* Whether the segment s[a, seg_end) of a part ending at `end` is left out
 * of the label: a short opening that holds the date, an opening clause,
 * or an aside after the main clause began (`kept_any`).  t: the first
 * timex that may overlap the segment. */
static bool drop_segment(const evg_extraction *x, const char *s, size_t a,
                         size_t seg_end, size_t end, size_t t, bool kept_any) {
  size_t count = evg_timexes_count(x->timexes);
  size_t first_end = a;
  while (first_end < seg_end && ascii_alpha((unsigned char)s[first_end]))
    first_end++;
  bool has_timex = false;
  size_t timex_end = a;
  for (size_t k = t; k < count; k++) {
    const evg_timex *timex = evg_timexes_at(x->timexes, k);
    if (timex->start >= seg_end)
      break;
    if (timex->end > a) {
      has_timex = true;
      if (timex->end > timex_end)
        timex_end = timex->end;
    }
  }
  /* "On Tuesday the governor, | Jan Weiher, | was killed": after its date
   * the segment opens the subject whose named apposition follows */
  if (has_timex && !kept_any && seg_end < end &&
      subject_after_date(s, timex_end, seg_end) &&
      named_apposition_at(s, seg_end, end))
    return false;
  /* "On Monday the harbour board, | which had bought the pier, | raised":
   * the subject a relative clause describes, kept after its date */
  if (has_timex && !kept_any && seg_end < end &&
      subject_before_relative(s, timex_end, seg_end, end))
    return false;
  /* "On Monday, | which was a holiday, | the union called": a relative
   * clause of the opening date tells what the day was, not who did what */
  if (!kept_any && seg_end < end && a >= 3 && s[a - 1] == ' ' &&
      s[a - 2] == ',' && extract_in_timex(x, a - 3) &&
      extract_word_in(s + a, first_end - a,
                      (const char *const[]){"which", "when", NULL}))
    return true;
  /* "Last week,", "On Monday,": a short opening that holds the date (not
   * a clause with its verb: "Shares fell 14 percent on Wednesday, a
   * steeper drop ...") */
  bool quotation = a < seg_end && (s[a] == '"' || (unsigned char)s[a] == 0xE2);
  /* the words are counted only where a test asks (segment_words) */
  return (!kept_any && has_timex && seg_end < end &&
          segment_words(s, a, seg_end) <= 8 &&
          !extract_has_verb(s, a, seg_end) && !quotation &&
          !attribution_follows(x, s, seg_end, end, t)) ||
         (!kept_any && seg_end < end && according_opening(s, a, seg_end)) ||
         (!kept_any && leading_opener(s + a, first_end - a) && seg_end < end) ||
         (!kept_any && leading_adverb(s + a, first_end - a) && seg_end < end &&
          !extract_has_verb(s, a, seg_end)) ||
         (!kept_any && seg_end < end && adverbial_opening(s, a, seg_end)) ||
         (!kept_any && seg_end < end && absolute_opening(s, a, seg_end, end)) ||
         (kept_any && extract_aside_opener(s + a, first_end - a)) ||
         (kept_any && seg_end == end &&
          attribution(s, a, report_date_start(x, s, a, seg_end, t))) ||
         (kept_any && equals_ci(s + a, first_end - a, "the") &&
          segment_words(s, a, seg_end) <= 6 &&
          !extract_has_verb(s, a, seg_end));
}

/* evg_buf_putc without the call while the buffer has room: labels are
 * built a byte at a time from the whole of each part, a twentieth of the
 * extraction's time through the call.  The caller writes the closing NUL
 * (put_end) once its loop is done. */
static inline void put_byte(evg_buf *buf, char c) {
  if (buf->len + 2 <= buf->cap)
    buf->data[buf->len++] = c;
  else
    evg_buf_putc(buf, c);
}

static inline void put_end(evg_buf *buf) { buf->data[buf->len] = '\0'; }

/* The start of the word that ends `text` (trailing spaces aside); *back:
 * its end. */
static size_t last_word(const evg_buf *text, size_t *back) {
  *back = text->len;
  while (*back > 0 && text->data[*back - 1] == ' ')
    (*back)--;
  size_t word = *back;
  while (word > 0 && ascii_alpha((unsigned char)text->data[word - 1]))
    word--;
  return word;
}

/* A word that introduces a date phrase ("on", "in", "since" ...). */
static bool date_preposition(const char *w, size_t len) {
  static const char *const preps[] = {
      "on",      "in",      "at",         "by",     "during", "since",  "until",
      "from",    "of",      "last",       "this",   "over",   "for",    "after",
      "before",  "through", "throughout", "within", "around", "across", "past",
      "between", "under",   "as",         "till",   NULL};
  EXTRACT_WORD_SET(set, preps, true);
  return extract_word_set_has(&set, w, len);
}

/* Moves *word back over an adverb that measured the dropped date phrase
 * from its preposition text[*word, back) ("sank soon | after midnight",
 * "landed just | before noon", "came down shortly | after 3:30 p.m."),
 * which would hang at the headline's end.  Only adverbs that measure
 * nothing else ("turned right | at noon" keeps "right") and only before a
 * preposition of a point in time. */
static void drop_time_adverb_at(const evg_buf *text, size_t *word,
                                size_t back) {
  static const char *const points[] = {
      "after", "before", "until", "by", "around", "at", "past", "till", NULL};
  static const char *const adverbs[] = {"shortly",     "just",     "soon",
                                        "immediately", "sometime", "long",
                                        "well",        NULL};
  EXTRACT_WORD_SET(point_set, points, true);
  EXTRACT_WORD_SET(adverb_set, adverbs, true);
  if (!extract_word_set_has(&point_set, text->data + *word, back - *word))
    return;
  size_t adverb_end,
      adverb =
          last_word(&(evg_buf){.data = text->data, .len = *word}, &adverb_end);
  if (adverb < *word && extract_word_set_has(&adverb_set, text->data + adverb,
                                             adverb_end - adverb))
    *word = adverb;
  /* "a little | after two": the adverb of two words goes whole */
  else if (adverb < *word &&
           equals_ci(text->data + adverb, adverb_end - adverb, "little")) {
    size_t a_end,
        a = last_word(&(evg_buf){.data = text->data, .len = adverb}, &a_end);
    if (a < a_end && equals_ci(text->data + a, a_end - a, "a"))
      *word = a;
  }
}

/* Removes the preposition that ends `text` ("on", "in", "since" ...):
 * the date phrase it introduced is left out, and with it the words of
 * the phrase that the date phrase did not take ("through | the
 * following | Sunday", "at Skagway | the same | spring"). */
static void drop_preposition(evg_buf *text) {
  size_t back;
  size_t word = last_word(text, &back);
  static const char *const date_modifiers[] = {"following", "same", "next",
                                               "previous", NULL};
  EXTRACT_WORD_SET(modifier_set, date_modifiers, true);
  if (extract_word_set_has(&modifier_set, text->data + word, back - word)) {
    size_t article_end;
    size_t article =
        last_word(&(evg_buf){.data = text->data, .len = word}, &article_end);
    if (equals_ci(text->data + article, article_end - article, "the")) {
      text->len = article;
      text->data[article] = '\0';
      word = last_word(text, &back);
    }
  }
  /* "until at least | February 20": the bound's "at least" goes with it
   * when a preposition stands before it */
  if (equals_ci(text->data + word, back - word, "least")) {
    size_t at_end,
        at = last_word(&(evg_buf){.data = text->data, .len = word}, &at_end);
    size_t prep_end,
        prep = last_word(&(evg_buf){.data = text->data, .len = at}, &prep_end);
    if (equals_ci(text->data + at, at_end - at, "at") &&
        date_preposition(text->data + prep, prep_end - prep)) {
      text->len = prep;
      text->data[prep] = '\0';
      return;
    }
  }
  /* "almost | a year later", "less than | a day later": a word that
   * measured the date goes with it, and so does "more" or "less" with
   * its "than" */
  static const char *const measures[] = {
      "almost", "nearly", "about", "roughly", "approximately", "just", NULL};
  EXTRACT_WORD_SET(measure_set, measures, true);
  if (extract_word_set_has(&measure_set, text->data + word, back - word)) {
    text->len = word;
    text->data[word] = '\0';
    word = last_word(text, &back);
  } else if (equals_ci(text->data + word, back - word, "than")) {
    size_t more_end,
        more =
            last_word(&(evg_buf){.data = text->data, .len = word}, &more_end);
    if (more < more_end &&
        extract_word_in(text->data + more, more_end - more,
                        (const char *const[]){"more", "less", "fewer", NULL})) {
      text->len = more;
      text->data[more] = '\0';
      word = last_word(text, &back);
    }
  }
  if (date_preposition(text->data + word, back - word)) {
    /* "by the end | of | the following week": a bound of the date that
     * the tagger left out of it goes with its own preposition */
    if (back - word == 2 && equals_ci(text->data + word, 2, "of")) {
      size_t bound_end,
          bound = last_word(&(evg_buf){.data = text->data, .len = word},
                            &bound_end);
      size_t the_end,
          the =
              last_word(&(evg_buf){.data = text->data, .len = bound}, &the_end);
      size_t prep_end,
          prep =
              last_word(&(evg_buf){.data = text->data, .len = the}, &prep_end);
      if (bound < bound_end &&
          extract_word_in(
              text->data + bound, bound_end - bound,
              (const char *const[]){"end", "close", "middle", NULL}) &&
          equals_ci(text->data + the, the_end - the, "the") &&
          prep < prep_end &&
          date_preposition(text->data + prep, prep_end - prep))
        word = prep, back = prep_end;
    }
    drop_time_adverb_at(text, &word, back);
    text->len = word;
    text->data[word] = '\0';
    /* "Late | on October 12 a rescuer ...", "Early | in May": the
     * adverb that opened the sentence qualified the date */
    size_t first_end, first = last_word(text, &first_end);
    if (first == 0 && first_end > 0 &&
        extract_word_in(text->data, first_end,
                        (const char *const[]){"late", "early", NULL})) {
      text->len = 0;
      text->data[0] = '\0';
    }
  }
}

/* Whether the date phrase after the kept text `out[0, len)`, whose last
 * word starts at `word`, completes a quantity's "of" ("spent most | of |
 * a month", "for much of | a year", "half of | the decade"): without it
 * the quantity would stand alone ("spent most in the Canary Islands").
 * A date that is no duration only as a verb's object ("spent most | of |
 * that day"), not after a preposition ("For most of that day people
 * ...": the phrase goes whole). */
static bool quantity_of(const char *out, size_t word, size_t len,
                        const evg_timex *timex) {
  if (!equals_ci(out + word, len - word, "of"))
    return false;
  evg_buf kept = {.data = (char *)out, .len = word};
  size_t back;
  size_t before = last_word(&kept, &back);
  static const char *const quantities[] = {"most", "much", "part", "half",
                                           "all",  "some", "rest", NULL};
  EXTRACT_WORD_SET(set, quantities, true);
  if (back == before ||
      !extract_word_set_has(&set, out + before, back - before))
    return false;
  if (timex->type == EVG_TIMEX_DURATION)
    return true;
  size_t verb_end,
      verb =
          last_word(&(evg_buf){.data = (char *)out, .len = before}, &verb_end);
  return verb < verb_end && extract_verb_form(out + verb, verb_end - verb);
}

/* Whether the date phrase s[start, end) modifies a noun phrase's head
 * rather than standing for a time, with the kept text `out[0, len)`
 * before it: after a determiner and before a lowercase word ("a 2019
 * analysis", "an October storm", "a seven-week trial"), or a duration
 * or a date after no preposition before "of" ("after two days of
 * deliberations", "attended every day of the trial").  Removing it would leave
 * the article or the "of" without its phrase, so it stays. */
static bool modifier_date(const char *out, size_t len, const char *s,
                          const evg_timex *timex, size_t seg_end) {
  size_t end = timex->end;
  if (end + 1 >= seg_end || s[end] != ' ')
    return false;
  size_t next = end + 1, next_end = next;
  while (next_end < seg_end && ascii_alpha((unsigned char)s[next_end]))
    next_end++;
  if (next_end == next)
    return false;
  bool of = equals_ci(s + next, next_end - next, "of");
  if (!of && !ascii_is_lower((unsigned char)s[next]))
    return false;
  while (len > 0 && out[len - 1] == ' ')
    len--;
  size_t word = len;
  while (word > 0 && ascii_alpha((unsigned char)out[word - 1]))
    word--;
  if (word > 0 && out[word - 1] != ' ')
    return false;
  if (quantity_of(out, word, len, timex))
    return true;
  static const char *const determiners[] = {"a",    "an",   "the",   "its",
                                            "his",  "her",  "their", "our",
                                            "this", "that", NULL};
  EXTRACT_WORD_SET(set, determiners, true);
  static const char *const preps[] = {
      "in",  "on",    "at",     "by",      "during", "since", "until", "from",
      "for", "after", "before", "through", "within", "till",  NULL};
  EXTRACT_WORD_SET(prep_set, preps, true);
  /* "(after) two days of deliberations", not "died in 1809 | of wounds" */
  if (of)
    return timex->type == EVG_TIMEX_DURATION ||
           (len > 0 &&
            !extract_word_set_has(&prep_set, out + word, len - word));
  return extract_word_set_has(&set, out + word, len - word);
}

/* The end of the time zone that names the zone of the clock time ending
 * at s[i] (" PDT", " Eastern Time", " Central European Summer Time", "
 * local time"), as the tagger reads one; `i` when none follows.  The
 * zone goes with the clock time it qualifies. */
static size_t zone_end(const char *s, size_t i, size_t seg_end) {
  size_t k = i;
  for (size_t words = 0; words < 4; words++) {
    if (k + 1 >= seg_end || s[k] != ' ')
      return i;
    size_t w = k + 1, e = w;
    while (e < seg_end && ascii_alpha((unsigned char)s[e]))
      e++;
    if (e == w)
      return i;
    if (words == 0 && evg_zone_abbreviation(s + w, e - w))
      return e;
    if (equals_ci(s + w, e - w, "time") &&
        (words > 0 || ascii_is_lower((unsigned char)s[w])))
      return words > 0 ? e : i;
    bool local = words == 0 && equals_ci(s + w, e - w, "local");
    if (!local && !ascii_upper((unsigned char)s[w]))
      return i;
    k = e;
  }
  return i;
}

/* Whether the duration that follows the kept text `out[0, len)` is the
 * object of the verb before it ("expected to take six weeks", "lasted
 * almost a year"): no preposition introduces it, so without it the verb
 * would dangle.  Not a distance from another time ("comes two years
 * after ...", "took place two days late"): that phrase goes whole. */
static bool verb_object_duration(const char *out, size_t len, const char *s,
                                 const evg_timex *timex, size_t seg_end) {
  if (timex->type != EVG_TIMEX_DURATION)
    return false;
  size_t next = timex->end + 1, next_end = next;
  while (next_end < seg_end && ascii_alpha((unsigned char)s[next_end]))
    next_end++;
  static const char *const relative[] = {"after", "before", "later", "earlier",
                                         "late",  "early",  "ago",   NULL};
  EXTRACT_WORD_SET(relative_set, relative, true);
  if (timex->end < seg_end && s[timex->end] == ' ' &&
      extract_word_set_has(&relative_set, s + next, next_end - next))
    return false;
  evg_buf kept = {.data = (char *)out, .len = len};
  size_t back;
  size_t word = last_word(&kept, &back);
  if (back == word || (word > 0 && out[word - 1] != ' ') ||
      !ascii_is_lower((unsigned char)out[word]))
    return false;
  return !date_preposition(out + word, back - word);
}

/* The length of the possessive mark at s[i] ("'s" or "’s" ending a
 * word), 0 when none. */
static size_t possessive_mark(const char *s, size_t i, size_t seg_end) {
  size_t len = i + 2 <= seg_end && s[i] == '\'' && s[i + 1] == 's'          ? 2
               : i + 4 <= seg_end && memcmp(s + i, "\xE2\x80\x99s", 4) == 0 ? 4
                                                                            : 0;
  if (len && i + len < seg_end && ascii_alpha((unsigned char)s[i + len]))
    return 0;
  return len;
}

/* Whether the letters a, b (lower case) end a word of untagged_time_after's
 * two lists: "after", "before", "until", "by", "around", "at", "till";
 * "about", "nearly", "almost", "roughly", "approximately". */
static bool point_ending(unsigned char a, unsigned char b) {
  switch (b) {
  case 'r':
    return a == 'e';
  case 'e':
    return a == 'r';
  case 'l':
    return a == 'i' || a == 'l';
  case 'y':
    return a == 'b' || a == 'l';
  case 'd':
    return a == 'n';
  case 't':
    return a == 'a' || a == 'u' || a == 's';
  default:
    return false;
  }
}

/* The end of a time of day the tagger left untagged at s[at, to) after
 * a preposition of a point in time that ends out[0, *len) ("shortly
 * after | half past three", "before | dawn"), else 0: it goes with its
 * preposition as a tagged time does, or the label keeps "after half
 * past three" or, once cut at "after", a bare "shortly".  A word of
 * approximation between them goes with the time, as the tagger's own
 * "around 2:50 p.m." does: *len is moved back before it. */
static size_t untagged_time_after(const evg_extraction *x, const char *s,
                                  size_t at, size_t to, char *out,
                                  size_t *len) {
  /* a word added here ends in two letters point_ending must know */
  static const char *const points[] = {"after",  "before", "until", "by",
                                       "around", "at",     "till",  NULL};
  static const char *const approximations[] = {
      "around", "about", "nearly", "almost", "roughly", "approximately", NULL};
  EXTRACT_WORD_SET(point_set, points, true);
  EXTRACT_WORD_SET(approximation_set, approximations, true);
  if (!ascii_alpha((unsigned char)s[at]))
    return 0;
  size_t kept = *len;
  /* the copy's last word, just read forward, is read back only when its
   * last two letters end one of those words (a byte with the case bit set
   * is a letter from 'a' to 'z' only if it is an ASCII letter): most words
   * of a label end otherwise, and the copy asks at each space */
  size_t last = kept;
  while (last > 0 && out[last - 1] == ' ')
    last--;
  if (last < 2 || !point_ending((unsigned char)(out[last - 2] | 0x20),
                                (unsigned char)(out[last - 1] | 0x20)))
    return 0;
  size_t back, word = last_word(&(evg_buf){.data = out, .len = kept}, &back);
  if (word < back &&
      extract_word_set_has(&approximation_set, out + word, back - word)) {
    size_t before_back,
        before = last_word(&(evg_buf){.data = out, .len = word}, &before_back);
    if (before < before_back &&
        extract_word_set_has(&point_set, out + before, before_back - before))
      kept = word, word = before, back = before_back;
  }
  if (word == back ||
      !extract_word_set_has(&point_set, out + word, back - word))
    return 0;
  size_t date_at, e = extract_untagged_time_end(s, at, to, &date_at);
  if (e && date_at != SIZE_MAX) {
    size_t k = extract_first_timex_after(x, date_at);
    if (!(k < evg_timexes_count(x->timexes) &&
          evg_timexes_at(x->timexes, k)->start == date_at))
      return 0;
  }
  if (e)
    *len = kept;
  return e;
}

/* Appends s[a, seg_end) to `text`, leaving out date phrases and the
 * preposition before each (not those inside a noun phrase:
 * modifier_date), with white space as single spaces.  *t: the first
 * timex that may overlap, moved on.  *low: lowered to the shortest the
 * text was cut to (a dropped preposition goes back into the text before). */
static void copy_segment(const evg_extraction *x, const char *s, size_t a,
                         size_t seg_end, size_t *t, evg_buf *text,
                         size_t *low) {
  size_t count = evg_timexes_count(x->timexes);
  size_t i = a;
  /* the timex at *t, fetched again only when *t moves on: not twice a
   * byte */
  const evg_timex *next = *t < count ? evg_timexes_at(x->timexes, *t) : NULL;
  /* at most a byte for each byte read (a possessive date's " the" at
   * most four for its three or more): room made once, and the bytes
   * written through locals (a store through a char pointer would make
   * the compiler reload the buffer's fields for each byte) */
  evg_buf_reserve(text, seg_end - a + 4);
  char *out = text->data;
  size_t len = text->len;
  while (i < seg_end) {
    while (next && next->end <= i) {
      (*t)++;
      next = *t < count ? evg_timexes_at(x->timexes, *t) : NULL;
    }
    bool kept_date = false;
    if (next && next->start <= i) {
      if (!modifier_date(out, len, s, next, seg_end) &&
          !verb_object_duration(out, len, s, next, seg_end)) {
        i = next->type == EVG_TIMEX_TIME ? zone_end(s, next->end, seg_end)
                                         : next->end;
        size_t mark = possessive_mark(s, i, seg_end);
        if (mark) {
          /* "on | next year's | budget": the date stood for the noun's
           * determiner, "the" stands in and the preposition stays */
          i += mark;
          if (len > 0 && out[len - 1] != ' ')
            out[len++] = ' ';
          memcpy(out + len, "the", 3);
          len += 3;
          continue;
        }
        text->len = len;
        drop_preposition(text);
        len = text->len;
        if (len < *low)
          *low = len;
        continue;
      }
      kept_date = true;
    }
    /* the bytes up to the next date phrase (or to the end of a kept one) */
    size_t stop = kept_date ? (next->end < seg_end ? next->end : seg_end)
                  : next && next->start < seg_end ? next->start
                                                  : seg_end;
    for (; i < stop; i++) {
      char c = s[i];
      if ((unsigned char)c > ' ') { /* most bytes: one test */
        out[len++] = c;
        continue;
      }
      if (c == '\n' || c == '\r' || c == '\t')
        c = ' ';
      size_t untagged = c == ' ' && i + 1 < stop
                            ? untagged_time_after(x, s, i + 1, stop, out, &len)
                            : 0;
      if (untagged) {
        text->len = len;
        drop_preposition(text);
        len = text->len;
        if (len < *low)
          *low = len;
        i = untagged - 1;
        continue;
      }
      if (!(c == ' ' && (len == 0 || out[len - 1] == ' ')))
        out[len++] = c;
    }
  }
  text->len = len;
  put_end(text);
}

/* The end of the segment that starts at s[seg): the next comma that a
 * space follows and no timex holds ("May 4, 1587"), else `semicolon` (the
 * next ';' or the part's end).  *inside: the first timex a comma may fall
 * in, moved on. */
static size_t segment_end(const evg_extraction *x, const char *s, size_t seg,
                          size_t semicolon, size_t end, size_t *inside) {
  size_t timex_count = evg_timexes_count(x->timexes);
  size_t seg_end = seg;
  for (;;) {
    const char *comma = memchr(s + seg_end, ',', semicolon - seg_end);
    if (!comma)
      return semicolon;
    seg_end = (size_t)(comma - s);
    if (seg_end + 1 >= end || s[seg_end + 1] != ' ') {
      seg_end++;
      continue;
    }
    while (*inside < timex_count &&
           evg_timexes_at(x->timexes, *inside)->end <= seg_end)
      (*inside)++;
    if (!(*inside < timex_count &&
          evg_timexes_at(x->timexes, *inside)->start < seg_end))
      return seg_end;
    seg_end++;
  }
}

/* Where the words of the last segment s[a, seg_end) of a part that
 * starts at `start` begin when the segment is a subject's inserted "who"
 * or "which" clause, split off before the main verb ("Jean-Luc Fournier,
 * who took over the estate in 2011, let ..."): the part tells that
 * clause's happening, the subject and the clause's verb without the
 * pronoun.  0 when it is none.  *whose when the pronoun is "whose": the
 * subject is then the owner of the clause's own subject ("Hungary, whose
 * farms were hit": "Hungary's farms were hit"). */
static size_t subject_clause_words(const char *s, size_t start, size_t a,
                                   size_t seg_end, size_t end, bool kept_any,
                                   bool *whose) {
  size_t pronoun = a, verb_end;
  while (pronoun < seg_end && ascii_alpha((unsigned char)s[pronoun]))
    pronoun++;
  for (verb_end = pronoun + 1;
       verb_end < seg_end && ascii_alpha((unsigned char)s[verb_end]);)
    verb_end++;
  /* "whose" is followed by its clause's subject, then the verb */
  bool owner = equals_ci(s + a, pronoun - a, "whose");
  bool subject_clause =
      kept_any && seg_end == end && ascii_alnum((unsigned char)s[end - 1]) &&
      verb_end < seg_end &&
      (equals_ci(s + a, pronoun - a, "who") ||
       equals_ci(s + a, pronoun - a, "which") || owner) &&
      extract_has_verb(s, pronoun, owner ? seg_end : verb_end) &&
      !extract_has_verb(s, start, a);
  *whose = subject_clause && owner;
  return subject_clause ? pronoun + 1 : 0;
}

/* Past an opening "but" or "and" of the segment s[a, seg_end) when the
 * rest is a subject without a verb and the next segment, up to `end`,
 * opens a "who", "which" or "whose" clause; else `a`. */
static size_t past_joining_word(const char *s, size_t a, size_t seg_end,
                                size_t end) {
  size_t e = extract_letters_end(s, a, seg_end);
  if (e + 1 >= seg_end || s[e] != ' ' ||
      !extract_word_in(s + a, e - a,
                       (const char *const[]){"but", "and", NULL}) ||
      extract_has_verb(s, e, seg_end))
    return a;
  size_t next = seg_end + 1;
  while (next < end && s[next] == ' ')
    next++;
  size_t next_end = extract_letters_end(s, next, end);
  return extract_word_in(s + next, next_end - next,
                         (const char *const[]){"who", "which", "whose", NULL})
             ? e + 1
             : a;
}

/* text: "descriptor, Name" -> "Name", the name after its last ", "
 * (a capital, or a letter past ASCII: "Trịnh"); else unchanged.  Whether
 * it changed. */
static bool keep_named_apposition(evg_buf *text) {
  size_t k = text->len;
  while (k > 0 && text->data[k - 1] != ',')
    k--;
  if (k == 0 || k + 1 >= text->len || text->data[k] != ' ')
    return false;
  unsigned char c = (unsigned char)text->data[k + 1];
  if (!ascii_upper(c) && c < 0xC0)
    return false;
  memmove(text->data, text->data + k + 1, text->len - k - 1);
  text->len -= k + 1;
  text->data[text->len] = '\0';
  return true;
}

/* What descriptor_then_name reads of the whole label, kept as the label
 * grows rather than read again for each segment: one long sentence of
 * many segments was quadratic (review50: 1 MB 1.8 s).  The text's bytes
 * before a cut (label_scan_cut) stay as they were; what was read of them
 * stays. */
#define LABEL_NONE SIZE_MAX
typedef struct {
  size_t read;       /* text[0, read) read for ',' and '(' */
  size_t comma;      /* one past the last ',' in it, 0 for none */
  size_t bracket;    /* the first '(' in it, or LABEL_NONE */
  size_t pronouns;   /* the spaces at [0, pronouns) tested for a pronoun */
  size_t pronoun;    /* the first " who ", " which ", " that ", or NONE */
  size_t ands;       /* the bytes at [comma, ands) tested for " and " */
  size_t and_at;     /* the first " and " or NUL there (strstr's), or NONE */
  size_t word_comma; /* the comma `common` was told for, 0 for none */
  bool common;
} label_scan;

static void label_scan_reset(label_scan *scan) {
  *scan = (label_scan){
      .bracket = LABEL_NONE, .pronoun = LABEL_NONE, .and_at = LABEL_NONE};
}

/* The text was cut to `len` (its bytes before kept, those after written
 * again): what was read past it goes. */
static void label_scan_cut(label_scan *scan, const evg_buf *text, size_t len) {
  if (scan->read > len)
    scan->read = len;
  if (scan->bracket != LABEL_NONE && scan->bracket >= len)
    scan->bracket = LABEL_NONE;
  if (scan->comma > len) {
    /* not a dropped preposition's cut (letters and spaces): the last
     * comma before it is found again */
    size_t k = len;
    while (k > 0 && text->data[k - 1] != ',')
      k--;
    scan->comma = k;
    scan->ands = k;
    scan->and_at = LABEL_NONE;
    scan->word_comma = 0;
  }
  size_t tested = len >= 6 ? len - 6 : 0;
  if (scan->pronouns > tested)
    scan->pronouns = tested;
  if (scan->pronoun != LABEL_NONE && scan->pronoun >= scan->pronouns)
    scan->pronoun = LABEL_NONE;
  tested = len >= 4 ? len - 4 : 0;
  if (tested < scan->comma)
    tested = scan->comma;
  if (scan->ands > tested)
    scan->ands = tested;
  if (scan->and_at != LABEL_NONE && scan->and_at >= scan->ands)
    scan->and_at = LABEL_NONE;
}

/* Whether a relative pronoun's word follows the space at text[i]. */
static bool pronoun_at(const char *text, size_t i) {
  return text[i] == ' ' && (strncmp(text + i + 1, "who ", 4) == 0 ||
                            strncmp(text + i + 1, "which ", 6) == 0 ||
                            strncmp(text + i + 1, "that ", 5) == 0);
}

/* Whether `text` ends in a common noun's phrase, a comma and a name ("The
 * mayor, Graham Pettit", "The local MP, Rachel Amory"): not a name's own comma
 * ("The Ministry of Business, Innovation and Employment") nor one inside
 * brackets.  `scan`: what was read of `text` before. */
static bool descriptor_then_name(const evg_buf *text, label_scan *scan) {
  const char *d = text->data;
  for (size_t i = scan->read; i < text->len; i++)
    if (d[i] == ',') {
      scan->comma = i + 1;
      scan->ands = i + 1;
      scan->and_at = LABEL_NONE;
    } else if (d[i] == '(' && scan->bracket == LABEL_NONE)
      scan->bracket = i;
  scan->read = text->len;
  size_t k = scan->comma;
  if (k < 2 || scan->bracket != LABEL_NONE)
    return false;
  if (scan->word_comma != k) {
    size_t word = k - 1;
    while (word > 0 && d[word - 1] != ' ')
      word--;
    /* "mayor", or a title's capitals ("The local MP, Rachel Amory") */
    bool common = ascii_is_lower((unsigned char)d[word]);
    if (!common) {
      size_t i = word; /* the word is text[word, k - 1), before its comma */
      while (i < k - 1 && ascii_upper((unsigned char)d[i]))
        i++;
      common = i == k - 1 && k - 1 - word >= 2;
    }
    scan->word_comma = k;
    scan->common = common;
  }
  if (!scan->common)
    return false;
  /* a noun phrase, not one with its own clause ("The man who died,
   * Pierre Lacoste"): that clause tells the event too.  A pronoun's test
   * reads seven bytes: those with all seven in the text are kept. */
  size_t tested = text->len >= 6 ? text->len - 6 : 0;
  for (size_t i = scan->pronouns; i < tested && scan->pronoun == LABEL_NONE;
       i++)
    if (pronoun_at(d, i))
      scan->pronoun = i;
  if (scan->pronouns < tested)
    scan->pronouns = tested;
  if (scan->pronoun != LABEL_NONE && scan->pronoun + 1 < k)
    return false;
  for (size_t i = scan->pronouns; i + 1 < k; i++)
    if (pronoun_at(d, i))
      return false;
  /* strstr(text + k, " and "): the first " and ", or a NUL that ends it */
  tested = text->len >= 4 ? text->len - 4 : 0;
  for (size_t i = scan->ands; i < tested && scan->and_at == LABEL_NONE; i++)
    if (d[i] == '\0' || memcmp(d + i, " and ", 5) == 0)
      scan->and_at = i;
  if (scan->ands < tested)
    scan->ands = tested;
  return !(scan->and_at != LABEL_NONE && d[scan->and_at] == ' ');
}

/* Whether s[a, seg_end) opens with a verb form ("said on Tuesday ..."). */
static bool verb_opens(const char *s, size_t a, size_t seg_end) {
  size_t e = a;
  while (e < seg_end && ascii_alpha((unsigned char)s[e]))
    e++;
  return e > a && extract_verb_form(s + a, e - a);
}

/* Appends the kept segment s[a, seg_end) to `text` (after ", ", or a
 * space after a dropped aside, when something was kept before).  Returns
 * whether it added words: a segment that was only a date adds nothing. */
static bool append_segment(const evg_extraction *x, const char *s, size_t a,
                           size_t seg_end, size_t *t, evg_buf *text,
                           bool kept_any, bool after_aside, label_scan *scan) {
  size_t before = text->len;
  if (kept_any)
    evg_buf_puts(text, after_aside ? " " : ", ");
  size_t mark = text->len;
  size_t low = text->len;
  copy_segment(x, s, a, seg_end, t, text, &low);
  bool empty = true;
  for (size_t k = mark; k < text->len && empty; k++)
    empty = text->data[k] == ' ' || text->data[k] == ',';
  if (empty) {
    text->len = before;
    text->data[before] = '\0';
    if (before < low)
      low = before;
  }
  /* bytes from `low` on may have been written again (past the cut back
   * up to `before` too) */
  label_scan_cut(scan, text, low);
  return !empty;
}

/* The part's own words with white space as single spaces: the text of a
 * part that is only a date ("1917-1918", "By the spring of 1794"). */
static void own_words(const char *s, size_t start, size_t end, evg_buf *text) {
  text->len = 0;
  for (size_t i = start; i < end; i++) {
    char c = s[i] == '\n' || s[i] == '\r' || s[i] == '\t' ? ' ' : s[i];
    if (!(c == ' ' && (text->len == 0 || text->data[text->len - 1] == ' ')))
      put_byte(text, c);
  }
  put_end(text);
}

void extract_label_text(const evg_extraction *x, const char *s, size_t start,
                        size_t end, evg_buf *text) {
  if (end < start) /* a crossed span labels nothing */
    end = start;
  size_t t = extract_first_timex_after(x, start);
  size_t timex_count = evg_timexes_count(x->timexes);
  evg_buf_reserve(text, end - start + 16);
  bool kept_any = false, after_aside = false;
  label_scan scan;
  label_scan_reset(&scan);
  size_t seg = extract_dateline_end(s, start, end);
  size_t inside = t; /* the timex a comma may fall in: "May 4, 1587" */
  /* the next ';' (or end), found again only once passed: the segments'
   * ends are found by memchr rather than three tests a byte */
  size_t semicolon = 0;
  for (bool first = true; seg < end; first = false) {
    if (first || semicolon < seg) {
      const char *found = memchr(s + seg, ';', end - seg);
      semicolon = found ? (size_t)(found - s) : end;
    }
    /* "reached Lisbon on May 27; | it had stopped ...": after ';' comes
     * another clause, and the label tells the first one's happening */
    if (kept_any && s[seg - 1] == ';' &&
        extract_has_verb(text->data, 0, text->len))
      break;
    size_t seg_end = segment_end(x, s, seg, semicolon, end, &inside);
    size_t a = seg;
    while (a < seg_end && (s[a] == ' ' || s[a] == ','))
      a++;
    /* Timexes that end before this segment touch no later one either:
     * without this, a sentence of dropped date segments ("On January 1,
     * 2020, January 2, 2020, ...") rescans them all for each segment. */
    while (t < timex_count && evg_timexes_at(x->timexes, t)->end <= a)
      t++;
    /* "But the firm, | which was sold on Monday": the conjunction goes,
     * its subject stays for the relative clause after it */
    if (!kept_any && seg_end < end)
      a = past_joining_word(s, a, seg_end, end);
    bool whose;
    size_t words =
        subject_clause_words(s, start, a, seg_end, end, kept_any, &whose);
    if (words)
      a = words, after_aside = true;
    /* "Its chairman, Trinh Bao, | who founded ...": the name alone is
     * the clause's subject ("Trinh Bao founded ...") */
    if (words && !whose && keep_named_apposition(text))
      label_scan_reset(&scan);
    /* after a word in -s an apostrophe alone: "The farmers' cattle",
     * "The Netherlands' dikes", not "The farmers's" */
    if (whose)
      evg_buf_puts(text, text->len && (text->data[text->len - 1] | 0x20) == 's'
                             ? "'"
                             : "'s");
    bool drop = !words && drop_segment(x, s, a, seg_end, end, t, kept_any);
    if (drop && kept_any)
      after_aside = true;
    /* "The mayor, Graham Pettit, | who was elected ..., | said": the
     * dropped aside took the apposition's closing comma; it comes back
     * ("The councillor, Declan Moloney, resigned"), or when the clause
     * would not fit a headline with the apposition whole, the name alone
     * is the verb's subject ("Graham Pettit said that the council had done
     * nothing wrong") */
    if (!drop && !words && after_aside && kept_any &&
        verb_opens(s, a, seg_end) && descriptor_then_name(text, &scan)) {
      /* segment_words counts up to 9: enough to tell more than ten */
      if (segment_words(text->data, 0, text->len) +
              segment_words(s, a, seg_end) >
          10) {
        if (keep_named_apposition(text))
          label_scan_reset(&scan);
      } else
        evg_buf_putc(text, ',');
    }
    if (!drop) {
      bool added = append_segment(x, s, a, seg_end, &t, text, kept_any,
                                  after_aside, &scan);
      after_aside = false;
      kept_any |= added;
    }
    seg = seg_end < end ? seg_end + 1 : end;
  }
  bool letters = false;
  for (size_t k = 0; k < text->len && !letters; k++)
    letters = ascii_alnum((unsigned char)text->data[k]) != 0;
  if (!letters)
    own_words(s, start, end, text);
}
