/* extract_headlines.c: an event's headline (its label) from its part of
 * the sentence: the main clause, cut to a few words (its subject, verb
 * and object), from the text extract_label_text.c keeps (no date phrases,
 * asides or opening clauses).  extract_label_subjects.c gives a part that
 * shares the subject of the clause before that subject. */
#include "extract_internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* A word of the kept text: bytes [start, start + len) of it, and
 * [bare_start, bare_start + bare_len) the word with its punctuation
 * ("Brel," "(D-Colo.)") stripped at both ends, for comparing with word
 * lists: found once, as each word is tested against many lists. */
typedef struct {
  size_t start, len, bare_start, bare_len;
} word;

/* Inline: make_headline makes one for each word of every label (87,000
 * on the bench's 790 kB), and a call's entry and its returned struct cost
 * as much as the trimming. */
static inline word make_word(const char *t, size_t start, size_t len) {
  size_t a = start, e = start + len;
  while (a < e && !ascii_alnum((unsigned char)t[a]) &&
         (unsigned char)t[a] < 0x80)
    a++;
  while (e > a && !ascii_alnum((unsigned char)t[e - 1]) &&
         (unsigned char)t[e - 1] < 0x80)
    e--;
  return (word){start, len, a, e - a};
}

static void bare(const char *t, word w, const char **b, size_t *len) {
  *b = t + w.bare_start;
  *len = w.bare_len;
}

/* Inline at each call: most lists are literals there, which
 * extract_word_in compares as constants; through one out-of-line copy each
 * list was walked entry by entry (66,000 calls on the bench's 790 kB,
 * half of them from clause_core). */
__attribute__((always_inline)) static inline bool
word_is(const char *t, word w, const char *const *words) {
  const char *b;
  size_t len;
  bare(t, w, &b, &len);
  return extract_word_in(b, len, words);
}

/* word_is for a list with a word set */
static bool word_in_set(const char *t, word w, extract_word_set *set) {
  const char *b;
  size_t len;
  bare(t, w, &b, &len);
  return extract_word_set_has(set, b, len);
}

/* The verb forms that do not end in -ed: the auxiliaries, then the past
 * and present forms, in one list so that a word is looked up once (the
 * adverbs that stand in a verb group, "not", "also", "never", "already",
 * "then", "later", are not verb forms). */
static const char *const verb_forms[] = {
    "is",       "are",       "was",     "were",       "be",        "been",
    "has",      "have",      "had",     "will",       "would",     "can",
    "could",    "may",       "might",   "must",       "shall",     "should",
    "did",      "does",      "do",      "said",       "says",      "told",
    "tells",    "won",       "wins",    "beat",       "lost",      "took",
    "made",     "gave",      "sold",    "bought",     "left",      "began",
    "begins",   "fell",      "rose",    "hit",        "cut",       "set",
    "put",      "went",      "came",    "became",     "ran",       "led",
    "met",      "sent",      "spent",   "built",      "held",      "kept",
    "paid",     "found",     "fought",  "sank",       "struck",    "broke",
    "chose",    "drew",      "drove",   "flew",       "forgot",    "froze",
    "grew",     "knew",      "lay",     "lent",       "meant",     "overtook",
    "quit",     "rang",      "rode",    "saw",        "shot",      "shut",
    "slid",     "spoke",     "stood",   "stole",      "swept",     "swore",
    "taught",   "threw",     "thought", "understood", "upheld",    "withdrew",
    "wrote",    "ate",       "bore",    "bid",        "brought",   "caught",
    "dealt",    "dug",       "fed",     "felt",       "fled",      "forbade",
    "forgave",  "got",       "hung",    "heard",      "hid",       "let",
    "lit",      "read",      "rebuilt", "sought",     "sang",      "sat",
    "slept",    "split",     "spread",  "sprang",     "stuck",     "stung",
    "strove",   "swam",      "swung",   "tore",       "woke",      "wore",
    "wove",     "wept",      "wound",   "arose",      "awoke",     "befell",
    "beheld",   "bent",      "blew",    "clung",      "crept",     "dwelt",
    "flung",    "knelt",     "leapt",   "mistook",    "overcame",  "overran",
    "oversaw",  "overthrew", "shook",   "shone",      "shrank",    "slew",
    "sped",     "spun",      "strode",  "trod",       "undertook", "underwent",
    "withheld", "withstood", "plans",   "expects",    "wants",     "bled",
    "bred",     "wed",       "laid",    "bit",        NULL};

static bool determiner(const char *t, word w) {
  static const char *const words[] = {"the",  "a",    "an",    "its",
                                      "his",  "her",  "their", "our",
                                      "this", "that", NULL};
  EXTRACT_WORD_SET(set, words, true);
  return word_in_set(t, w, &set);
}

/* Whether word i is a verb form: an auxiliary, an irregular form, or a
 * word in -ed that no determiner comes before ("the proposed plan"); after
 * an article or a possessive no irregular form is one either ("a set of
 * wheels", "the cut", "its lead"): those words take a noun.  Not after
 * "that", "this" or "her", which may open a clause or end an object
 * ("the rules that set the price"). */
static bool verb_at(const char *t, const word *w, size_t i) {
  const char *b;
  size_t len;
  bare(t, w[i], &b, &len);
  if (!extract_verb_form(b, len))
    return false;
  if (i == 0 || !determiner(t, w[i - 1]))
    return true;
  static const char *const auxiliaries[] = {
      "is",    "are",    "was",   "were", "be",    "been", "has",   "have",
      "had",   "will",   "would", "can",  "could", "may",  "might", "must",
      "shall", "should", "did",   "does", "do",    NULL};
  EXTRACT_WORD_SET(auxiliary_set, auxiliaries, true);
  /* an auxiliary after "that" is a relative clause's ("The tug that had
   * been towing") */
  if (extract_word_set_has(&auxiliary_set, b, len))
    return true;
  /* a word the article's phrase lost ("such a | winter, was"): the
   * article ends with its comma, the verb is one */
  return b[len - 1] != 'd' &&
         (!ascii_alpha((unsigned char)t[w[i - 1].start + w[i - 1].len - 1]) ||
          !word_is(t, w[i - 1],
                   (const char *const[]){"the", "a", "an", "its", "his",
                                         "their", "our", NULL}));
}

/* The auxiliaries and irregular forms of verb_forms, read by
 * extract_verb_form inline (extract_internal.h) */
_Static_assert(sizeof verb_forms / sizeof *verb_forms <= 256,
               "a word set holds at most 255 words");
static unsigned short
    verb_form_slots[EXTRACT_WORD_SLOTS(sizeof verb_forms / sizeof *verb_forms)];
extract_word_set extract_verb_form_set = {
    verb_forms,
    verb_form_slots,
    EXTRACT_WORD_SLOTS(sizeof verb_forms / sizeof *verb_forms) - 1,
    true,
    false,
    {0}};

static bool reporting(const char *t, word w) {
  static const char *const words[] = {
      "said",      "says",      "told",      "tells",        "announced",
      "added",     "wrote",     "confirmed", "confirms",     "warned",
      "warns",     "reported",  "noted",     "argued",       "revealed",
      "claimed",   "stated",    "insisted",  "admitted",     "acknowledged",
      "disclosed", "explained", "predicted", "estimated",    "declared",
      "concluded", "suggested", "announces", "acknowledges", NULL};
  EXTRACT_WORD_SET(set, words, true);
  return word_in_set(t, w, &set);
}

static bool ends_with_comma(const char *t, word w) {
  return w.len && t[w.start + w.len - 1] == ',';
}

static bool starts_capital(const char *t, word w) {
  return w.len && ascii_upper((unsigned char)t[w.start]);
}

/* Words that open a clause: an object never reaches past one. */
static bool clause_opener(const char *t, word w) {
  static const char *const words[] = {
      "which",   "who",   "whom", "whose", "where",    "that",
      "and",     "but",   "or",   "if",    "although", "though",
      "because", "while", "when", "as",    "after",    "before",
      "since",   "until", "than", NULL};
  EXTRACT_WORD_SET(set, words, true);
  return word_in_set(t, w, &set);
}

/* Words before which an object or a subject ends. */
static bool boundary(const char *t, word w) {
  static const char *const words[] = {
      "in",     "at",        "on",        "by",      "for",      "with",
      "from",   "to",        "into",      "during",  "since",    "until",
      "after",  "before",    "as",        "because", "while",    "when",
      "which",  "who",       "whom",      "whose",   "where",    "that",
      "and",    "but",       "or",        "if",      "although", "though",
      "than",   "under",     "over",      "against", "despite",  "amid",
      "across", "through",   "between",   "without", "near",     "via",
      "around", "toward",    "towards",   "ending",  "citing",   "blaming",
      "saying", "according", "including", "after",   "aboard",   NULL};
  EXTRACT_WORD_SET(set, words, true);
  return word_in_set(t, w, &set);
}

/* Whether word k is an "and" or "or" that joins two subjects rather
 * than ending one: no verb after it ("in the hundreds and | armed with"
 * joins two modifiers). */
static bool joins_subjects(const char *t, const word *w, size_t k, size_t n) {
  return k + 1 < n &&
         word_is(t, w[k], (const char *const[]){"and", "or", NULL}) &&
         !verb_at(t, w, k + 1);
}

/* Whether word k is an "and" or "&" inside a name that a subject runs
 * on past ("The Food and Drug Administration's chief", "the Leeds Rugby
 * and Cricket Club chairman"): capitals on both sides, the name after it
 * closed by a possessive or followed by more of the subject before its
 * verb v.  Two names that are two subjects reach the verb or a boundary
 * ("Britain and France signed", "Britain and France in 1940 signed"). */
static bool and_in_name(const char *t, const word *w, size_t from, size_t k,
                        size_t v) {
  if (k <= from || k + 1 >= v || ends_with_comma(t, w[k - 1]) ||
      !starts_capital(t, w[k - 1]) || !starts_capital(t, w[k + 1]) ||
      ends_with_comma(t, w[k + 1]) ||
      !(word_is(t, w[k], (const char *const[]){"and", NULL}) ||
        (w[k].len == 1 && t[w[k].start] == '&')))
    return false;
  size_t r = k + 1;
  while (r < v && starts_capital(t, w[r]) && !ends_with_comma(t, w[r])) {
    const char *end = t + w[r].start + w[r].len;
    r++;
    size_t len = w[r - 1].len;
    if (end[-1] == '\'' || (len > 2 && end[-2] == '\'' && end[-1] == 's') ||
        (len > 4 && memcmp(end - 4, "\xE2\x80\x99s", 4) == 0))
      return true; /* "Federation's", "Sciences'" */
  }
  /* a common noun of the subject goes on after the name ("Club |
   * chairman"), not a bracket ("Artaphernes | (son of ...)") */
  return r < v && !ends_with_comma(t, w[r - 1]) &&
         ascii_is_lower((unsigned char)t[w[r].start]) && !boundary(t, w[r]) &&
         !verb_at(t, w, r);
}

/* The number of words of [from, end), a name that holds an "and" of
 * and_in_name counted as one ("The | International Ski and Snowboard
 * Federation's | controller"): the subject's length in what it names. */
static size_t subject_words(const char *t, const word *w, size_t from,
                            size_t end, size_t v) {
  size_t count = end - from;
  for (size_t k = from + 1; k + 1 < end; k++)
    if (and_in_name(t, w, from, k, v)) {
      size_t a = k - 1, b = k + 1;
      while (a > from + 1 &&
             (starts_capital(t, w[a - 1]) ||
              word_is(t, w[a - 1], (const char *const[]){"of", "for", NULL})))
        a--;
      while (b + 1 < end && starts_capital(t, w[b + 1]) &&
             !ends_with_comma(t, w[b]))
        b++;
      count -= b - a; /* words a to b, one name */
      k = b;
    }
  return count;
}

/* Words a headline does not end with. */
static bool dangling(const char *t, word w) {
  static const char *const words[] = {
      "the",     "a",          "an",        "of",       "to",      "and",
      "or",      "but",        "in",        "on",       "at",      "by",
      "for",     "with",       "from",      "as",       "than",    "that",
      "its",     "his",        "her",       "their",    "which",   "who",
      "is",      "was",        "were",      "are",      "has",     "had",
      "have",    "will",       "would",     "be",       "been",    "into",
      "during",  "since",      "until",     "after",    "before",  "early",
      "late",    "about",      "this",      "last",     "next",    "between",
      "through", "throughout", "within",    "over",     "around",  "our",
      "not",     "so",         "whether",   "because",  "while",   "when",
      "where",   "how",        "what",      "if",       "above",   "against",
      "among",   "amid",       "beyond",    "onto",     "upon",    "toward",
      "towards", "via",        "without",   "despite",  "per",     "unlike",
      "near",    "under",      "following", "previous", "beneath", "underneath",
      "along",   "almost",     "nearly",    "just",     "most",    NULL};
  EXTRACT_WORD_SET(set, words, true);
  return word_in_set(t, w, &set) || w.len == 0 ||
         (w.len == 3 && memcmp(t + w.start, "\xE2\x80\x94", 3) == 0);
}

static size_t quote_marks(const char *t, word w, int *straight, int *curly) {
  size_t n = 0;
  for (size_t k = w.start; k < w.start + w.len; k++) {
    if (t[k] == '"')
      (*straight)++, n++;
    else if ((unsigned char)t[k] == 0xE2 && k + 2 < w.start + w.len &&
             (unsigned char)t[k + 1] == 0x80) {
      if ((unsigned char)t[k + 2] == 0x9C)
        (*curly)++, n++;
      else if ((unsigned char)t[k + 2] == 0x9D)
        (*curly)--, n++;
    }
  }
  return n;
}

/* The first n words without a quotation cut in half: when one opens and
 * does not close within them, the headline ends before it. */
static size_t keep_quotes_whole(const char *t, const word *w, size_t n) {
  /* most headlines hold no quotation mark: the bytes the words span are
   * searched for the marks' first bytes at once, where each word's were
   * read in turn (48,000 words on the bench's block, asked again for the
   * same words by the callers) */
  size_t lo = SIZE_MAX, hi = 0;
  for (size_t i = 0; i < n; i++) {
    if (w[i].start < lo)
      lo = w[i].start;
    if (w[i].start + w[i].len > hi)
      hi = w[i].start + w[i].len;
  }
  if (lo >= hi ||
      (!memchr(t + lo, '"', hi - lo) && !memchr(t + lo, 0xE2, hi - lo)))
    return n;
  int straight = 0, curly = 0;
  size_t open_at = n;
  for (size_t i = 0; i < n; i++) {
    int s0 = straight, c0 = curly;
    quote_marks(t, w[i], &straight, &curly);
    if ((s0 % 2 == 0 && straight % 2 == 1) || (c0 == 0 && curly > 0))
      open_at = i;
    if (straight % 2 == 0 && curly <= 0)
      open_at = n;
  }
  return open_at;
}

static bool ends_phrase(const char *t, word w);

/* Whether the headline's word n - 1, the last of the part's `total`, is
 * a verb's particle that a preposition of the date dropped after it left
 * last ("The miners broke through | at eight in the morning", "was
 * switched on | in December 1983", "The clearing went on | until 1932"):
 * the verb's, not a preposition left hanging.  Not where the words were
 * cut for room, where its object went. */
static bool particle_ends(const char *t, const word *w, size_t n,
                          size_t total) {
  return n == total && n >= 2 &&
         word_is(t, w[n - 1],
                 (const char *const[]){"through", "over", "on", "in", "around",
                                       "along", "about", NULL}) &&
         !ends_phrase(t, w[n - 2]) && verb_at(t, w, n - 2);
}

/* Drops words that leave a headline hanging at its end ("... the", "...
 * on"), of the part's `total` words. */
static size_t trim_dangling(const char *t, const word *w, size_t n,
                            size_t total) {
  while (n > 1 && dangling(t, w[n - 1]) && !particle_ends(t, w, n, total)) {
    /* "better than most", "the most": a quantity that ends its phrase */
    if (n > 2 && word_is(t, w[n - 1], (const char *const[]){"most", NULL}) &&
        word_is(t, w[n - 2], (const char *const[]){"than", "the", NULL}))
      break;
    /* "more | than", "less | than": the comparison goes whole */
    if (n > 2 && word_is(t, w[n - 1], (const char *const[]){"than", NULL}) &&
        word_is(t, w[n - 2],
                (const char *const[]){"more", "less", "fewer", NULL}))
      n--;
    n--;
  }
  return n;
}

/* Whether word w ends with punctuation that closes a phrase (a comma,
 * a quotation mark, a bracket ...). */
static bool ends_phrase(const char *t, word w) {
  if (w.len == 0)
    return true;
  unsigned char c = (unsigned char)t[w.start + w.len - 1];
  return !ascii_alnum(c) && c != '\'' && c != '-';
}

/* Where the prepositional phrase starts whose "of" (word e, or the one
 * before e's article) a cut at e splits, a determiner and at most one word
 * before the "of" ("suspended at the request | of the Commission", "at
 * the request of the | Oslo ...": at "at"), no further back than `floor`;
 * e when there is no such "of". */
static size_t prepositional_phrase_cut(const char *t, const word *w,
                                       size_t floor, size_t e) {
  static const char *const prepositions[] = {
      "at", "in", "on", "by", "for", "with", "from", "under", NULL};
  /* the "of" at e, or before e and an article ("of the | Oslo") */
  size_t of = e;
  if (e >= floor + 2 &&
      word_is(t, w[e - 1], (const char *const[]){"the", "a", "an", NULL}))
    of = e - 2;
  if (!word_is(t, w[of], (const char *const[]){"of", NULL}))
    return e;
  for (size_t k = of - 1; k > floor && of - k <= 2; k--)
    if (word_is(t, w[k], (const char *const[]){"the", "a", "an", NULL}))
      return word_is(t, w[k - 1], prepositions) ? k - 1 : e;
  return e;
}

/* Where a headline ending before word e ends so as not to stop inside a
 * noun phrase: e when the phrase is over (word e opens another phrase or
 * clause, or punctuation closes it), else before the phrase's determiner
 * or first word ("at the top of | the Vienna concert | hall", "the roof
 * of | a sheep | farmer's house"), no further back than `floor`. */
static size_t noun_phrase_end(const char *t, const word *w, size_t n,
                              size_t floor, size_t e) {
  if (e >= n || e <= floor || ends_phrase(t, w[e - 1]))
    return e;
  const char *b;
  size_t len;
  bare(t, w[e], &b, &len);
  bool possessive = len > 2 && b[len - 2] == '\'' && b[len - 1] == 's';
  static const char *const quantities[] = {
      "several", "many",  "few",   "some", "all",   "both",  "each", "every",
      "one",     "two",   "three", "four", "five",  "times", "more", "most",
      "much",    "again", "too",   "once", "twice", NULL};
  EXTRACT_WORD_SET(quantity_set, quantities, true);
  bool continues =
      possessive ||
      (len > 0 && ascii_is_lower((unsigned char)b[0]) && !boundary(t, w[e]) &&
       !word_in_set(t, w[e], &quantity_set) && !clause_opener(t, w[e]) &&
       !dangling(t, w[e]) && !verb_at(t, w, e) &&
       !(len > 2 && b[len - 2] == 'l' && b[len - 1] == 'y') &&
       !(len > 4 && memcmp(b + len - 3, "ing", 3) == 0));
  if (!continues)
    return e;
  static const char *const determiners[] = {
      "the",  "a",    "an",      "its",  "his",   "her",  "their", "our",
      "this", "that", "another", "some", "every", "each", "no",    NULL};
  EXTRACT_WORD_SET(set, determiners, true);
  /* back to the phrase's determiner, the name before a possessive
   * ("of | Ms. Castellanos's legal | costs") or the "of" before it ("a
   * reward | of five | million"); the object keeps a word */
  for (size_t k = e; k > floor + 1 && e - k < 4;) {
    k--;
    if (word_in_set(t, w[k], &set))
      return k;
    bare(t, w[k], &b, &len);
    if (k < e - 1 && len > 2 && b[len - 2] == '\'' && b[len - 1] == 's') {
      while (k > floor + 1 && starts_capital(t, w[k - 1]))
        k--;
      return k;
    }
    if (word_is(t, w[k], (const char *const[]){"of", NULL}))
      return k;
    if (boundary(t, w[k]) || verb_at(t, w, k) || ends_phrase(t, w[k]))
      break;
  }
  return e;
}

/* Appends words [from, to) of the kept text to `out`, space-separated. */
static void put_words(evg_buf *out, const char *t, const word *w, size_t from,
                      size_t to) {
  for (size_t i = from; i < to; i++) {
    if (out->len)
      evg_buf_putc(out, ' ');
    evg_buf_append(out, t + w[i].start, w[i].len);
  }
}

/* The end of the object after the verb group ending at `v`: up to a
 * preposition, a conjunction or a clause ("hired the bank Oduya Partners
 * | to review ..."), within `budget` words. */
static size_t object_end(const char *t, const word *w, size_t n, size_t v,
                         size_t budget) {
  size_t e = v;
  bool content = false; /* a word of the object itself, not a preposition */
  while (e < n && e - v < budget) {
    bool comparison = /* "lost more than half ..." */
        e > v && word_is(t, w[e], (const char *const[]){"than", NULL}) &&
        word_is(t, w[e - 1],
                (const char *const[]){"more", "less", "fewer", "rather", NULL});
    /* "came after | a seven-week trial": a preposition before its noun
     * phrase, not a clause */
    bool phrase = !content && e + 1 < n && determiner(t, w[e + 1]) &&
                  word_is(t, w[e],
                          (const char *const[]){"after", "before", "since",
                                                "until", NULL});
    if ((content || (clause_opener(t, w[e]) && !phrase)) && boundary(t, w[e]) &&
        !comparison && !word_is(t, w[e], (const char *const[]){"of", NULL}))
      break;
    content = content || !boundary(t, w[e]);
    e++;
    if (t[w[e - 1].start + w[e - 1].len - 1] == ',' ||
        t[w[e - 1].start + w[e - 1].len - 1] == ';')
      break;
  }
  return e;
}

/* Whether the comma after word k joins two adjectives of one noun phrase
 * ("a second, weaker band", "a short, round hull") rather than opening an
 * aside: lowercase words on both sides, the second no verb, participle or
 * word that opens an aside. */
static bool coordinate_comma(const char *t, const word *w, size_t k, size_t n) {
  if (k == 0 || k + 2 >= n || !determiner(t, w[k - 1]) ||
      !ascii_is_lower((unsigned char)t[w[k].start]) ||
      !ascii_is_lower((unsigned char)t[w[k + 1].start]) ||
      !ascii_is_lower((unsigned char)t[w[k + 2].start]) ||
      verb_at(t, w, k + 1) || determiner(t, w[k + 1]) ||
      clause_opener(t, w[k + 1]) || boundary(t, w[k + 1]) ||
      dangling(t, w[k + 1]))
    return false;
  const char *b;
  size_t len;
  bare(t, w[k + 1], &b, &len);
  return !(len > 3 && memcmp(b + len - 3, "ing", 3) == 0) &&
         !extract_aside_opener(b, len);
}

/* Whether the verb form at v is a participle after its noun ("a comet
 * discovered by an amateur in Chile would pass"): "by" after it, and a
 * finite verb a few words on with no clause opener or punctuation between,
 * which is the clause's verb. */
static bool reduced_relative(const char *t, const word *w, size_t v, size_t n) {
  static const char *const finite[] = {
      "is",     "are",   "was",   "were", "has", "have",  "had",
      "will",   "would", "could", "can",  "may", "might", "must",
      "should", "shall", "did",   "does", NULL};
  EXTRACT_WORD_SET(finite_set, finite, true);
  if (v == 0 || v + 2 >= n ||
      !word_is(t, w[v + 1], (const char *const[]){"by", NULL}) ||
      word_in_set(t, w[v], &finite_set) || verb_at(t, w, v - 1) ||
      ends_phrase(t, w[v - 1]) || ends_phrase(t, w[v]))
    return false;
  for (size_t k = v + 2; k < n && k < v + 9; k++) {
    if (clause_opener(t, w[k]) || ends_phrase(t, w[k - 1]))
      return false;
    if (word_in_set(t, w[k], &finite_set))
      return true;
  }
  return false;
}

/* Whether word v, in -ed after a count, is an adjective of the noun that
 * follows ("on the nine inhabited islands", "300 injured workers"), not
 * the verb of a count as subject ("About 300 died", "Ten killed in
 * ..."): a lowercase word that opens no phrase comes next. */
static bool participle_after_count(const char *t, const word *w, size_t v,
                                   size_t n) {
  static const char *const counts[] = {
      "two",     "three",  "four",    "five",     "six",      "seven",
      "eight",   "nine",   "ten",     "eleven",   "twelve",   "twenty",
      "dozen",   "dozens", "hundred", "hundreds", "thousand", "thousands",
      "several", "many",   "few",     NULL};
  EXTRACT_WORD_SET(count_set, counts, true);
  const char *b;
  size_t len;
  bare(t, w[v], &b, &len);
  if (v == 0 || v + 1 >= n || len < 4 || b[len - 2] != 'e' ||
      b[len - 1] != 'd' || ends_phrase(t, w[v - 1]) || ends_phrase(t, w[v]))
    return false;
  const char *c;
  size_t clen;
  bare(t, w[v - 1], &c, &clen);
  bool digits = clen > 0;
  for (size_t k = 0; k < clen && digits; k++)
    digits = (c[k] >= '0' && c[k] <= '9') || c[k] == ',';
  if (!digits && !word_in_set(t, w[v - 1], &count_set))
    return false;
  const char *nb;
  size_t nlen;
  bare(t, w[v + 1], &nb, &nlen);
  return nlen > 0 && ascii_is_lower((unsigned char)nb[0]) &&
         !boundary(t, w[v + 1]) && !dangling(t, w[v + 1]) &&
         !verb_at(t, w, v + 1);
}

/* The verb after the relative clause whose verb is word v, when a "who",
 * "which" or "that" with no comma before it opens that clause inside the
 * subject ("One of the two workers who were badly burned | was still in a
 * critical condition", "The ships that had been loading ... | were
 * shifted"): the clause's verb group passed, the first auxiliary before a
 * clause opener or a comma, else the first verb form there ("The man who
 * saw the crash | called police"); v when there is none.  "that" after a
 * preposition or a verb is no relative pronoun ("in that region"). */
static size_t past_relative_clause(const char *t, const word *w, size_t from,
                                   size_t n, size_t v) {
  static const char *const auxiliaries[] = {
      "is",    "are",    "was",   "were", "has", "have",  "had",
      "will",  "would",  "could", "can",  "may", "might", "must",
      "shall", "should", "did",   "does", NULL};
  EXTRACT_WORD_SET(auxiliary_set, auxiliaries, true);
  size_t rel = v;
  for (size_t k = from + 1; k < v && k < n; k++)
    if (word_is(t, w[k], (const char *const[]){"who", "which", "that", NULL}) &&
        !ends_phrase(t, w[k - 1]) &&
        !(word_is(t, w[k], (const char *const[]){"that", NULL}) &&
          (boundary(t, w[k - 1]) || verb_at(t, w, k - 1))))
      rel = k;
  if (rel == v || v >= n)
    return v;
  for (size_t k = rel; k < v; k++)
    if (ends_phrase(t, w[k]))
      return v;
  /* the clause's verb right after its pronoun, or its own subject first
   * ("that a turf cutter pulled", "who he met"); a lowercase word of
   * another sort there is a verb the lists do not know ("that organises
   * the fair | has promised") or a date's noun ("the ice that season |
   * was"), and v is the main verb */
  if (rel + 1 < v &&
      !(determiner(t, w[rel + 1]) || starts_capital(t, w[rel + 1]) ||
        word_is(t, w[rel + 1],
                (const char *const[]){"he", "she", "it", "they", "we", "i",
                                      "you", NULL})))
    return v;
  /* past the clause's verb group ("were badly burned"), not into the
   * main verb's auxiliary after it ("burned | was") */
  size_t k = v + 1, last_verb = v;
  while (k < n && !ends_phrase(t, w[k - 1])) {
    if (verb_at(t, w, k)) {
      if (word_in_set(t, w[k], &auxiliary_set) &&
          !word_in_set(t, w[last_verb], &auxiliary_set))
        break;
      last_verb = k;
    } else if (!(w[k].bare_len > 2 &&
                 t[w[k].bare_start + w[k].bare_len - 2] == 'l' &&
                 t[w[k].bare_start + w[k].bare_len - 1] == 'y') &&
               !word_is(t, w[k],
                        (const char *const[]){"not", "never", "also", "being",
                                              NULL}))
      break;
    k++;
  }
  size_t first_verb = v;
  for (; k < n && k < from + 20; k++) {
    /* a clause of its own, or after a verb found its infinitive ("ran
     * forth | to have", "met at | what was called"; not "pushed back to
     * sea ... | came") */
    if (ends_phrase(t, w[k - 1]) || clause_opener(t, w[k]) ||
        (first_verb != v &&
         word_is(t, w[k],
                 (const char *const[]){"to", "what", "how", "why", NULL})))
      break;
    /* an infinitive is no clause's verb ("was to | be") */
    if (!verb_at(t, w, k) || reduced_relative(t, w, k, n) ||
        participle_after_count(t, w, k, n) ||
        word_is(t, w[k - 1], (const char *const[]){"to", NULL}))
      continue;
    if (word_in_set(t, w[k], &auxiliary_set))
      return k;
    if (first_verb == v)
      first_verb = k;
  }
  return first_verb;
}

/* The verb of the clause of words [from, n) (*verb), past an aside that a
 * comma after the subject opened (*aside: where the subject's comma ends,
 * n when none), and the commas before the verb that close no coordinate
 * adjectives (*commas, the first at *first_comma).  Returns false when no
 * verb is found within reach. */
static bool clause_verb(const char *t, const word *w, size_t from, size_t n,
                        size_t *verb, size_t *aside, size_t *commas,
                        size_t *first_comma) {
  size_t v = from + 1;
  while (v < n && v < from + 14 &&
         (!verb_at(t, w, v) || reduced_relative(t, w, v, n) ||
          participle_after_count(t, w, v, n)))
    v++;
  /* the main verb past a relative clause may stand further on */
  size_t reach = from + 14;
  if (v < n && v < from + 14) {
    size_t main = past_relative_clause(t, w, from, n, v);
    if (main != v)
      reach = from + 20;
    v = main;
  }
  /* "Valmora's council, led by ..., had closed": past the aside (a verb
   * after an opening comma, not after one that closes an apposition:
   * "The authority's lawyer, Dana Whitfield, said") */
  *commas = 0, *first_comma = n;
  for (size_t k = from; k < v && k < n; k++)
    if (ends_with_comma(t, w[k]) && !coordinate_comma(t, w, k, n)) {
      (*commas)++;
      if (*first_comma == n)
        *first_comma = k;
    }
  *aside = n;
  if (v < n && *commas % 2 == 1) {
    /* inside an aside that a comma opened ("Acme, the chipmaker based in
     * San Jose, lowered"): the subject ends at that comma, the verb comes
     * after the aside's closing comma */
    *aside = *first_comma + 1;
    size_t close = v;
    while (close < n && close < from + 16 && !ends_with_comma(t, w[close]))
      close++;
    v = close + 1;
    while (v < n && v < close + 6 && !verb_at(t, w, v))
      v++;
    if (v >= n || v >= close + 6 || !verb_at(t, w, v))
      return false;
  }
  if (*aside == n && (v >= n || v >= reach || !verb_at(t, w, v)))
    return false;
  *verb = v;
  return true;
}

/* Where the subject of the clause from word `from` to its verb v ends: a
 * long subject to its first preposition, or its head alone; the
 * apposition left out (*aside moved to its start).  0 when no subject
 * fits. */
static size_t subject_end_at(const char *t, const word *w, size_t from,
                             size_t v, size_t commas, size_t first_comma,
                             size_t *aside) {
  /* a long subject: to its first preposition ("A relief army | under
   * Count ...") */
  size_t subject_end = *aside < v ? *aside : v;
  if (subject_end - from > 5 && commas >= 2 &&
      subject_words(t, w, from, first_comma + 1, v) <= 5) {
    /* "the Union Pacific's construction company, | Crédit Mobilier, had
     * given": the apposition left out */
    *aside = subject_end = first_comma + 1;
  } else if (subject_end - from > 5 &&
             !(subject_end - from <= 7 &&
               word_is(t, w[from + 1],
                       (const char *const[]){"who", "which", NULL}))) {
    /* ("Those who got over the passes | built": a pronoun's clause
     * whole while short, it is the subject's meaning; when long, the noun
     * alone, not the pronoun and half its clause: "Locks | that had been
     * set to open only ... stayed shut") */
    subject_end = from + 2;
    if (word_is(t, w[from + 1], (const char *const[]){"who", "which", NULL}) ||
        (word_is(t, w[from + 1], (const char *const[]){"that", NULL}) &&
         from + 2 < v && verb_at(t, w, from + 2)))
      subject_end = from + 1;
    while (subject_end < v && (!boundary(t, w[subject_end]) ||
                               and_in_name(t, w, from, subject_end, v)))
      subject_end++;
    /* "A coach and a father | who is a nurse gave": two subjects whole,
     * or the verb agrees with one of them ("A Spanish man were") */
    bool two = false;
    if (subject_end < v && joins_subjects(t, w, subject_end, v)) {
      size_t joined = subject_end + 1;
      while (joined < v && !boundary(t, w[joined]))
        joined++;
      two = joined - from <= 6;
      if (two)
        subject_end = joined;
    }
    if (subject_words(t, w, from, subject_end, v) > 5 && !two) {
      /* its head alone: "Paleontologists | at the Museum of the Rockies" */
      subject_end = from + 1;
      while (subject_end < v && (!boundary(t, w[subject_end]) ||
                                 and_in_name(t, w, from, subject_end, v)))
        subject_end++;
      if (subject_words(t, w, from, subject_end, v) > 5)
        return 0;
    }
    /* not ending on its preposition: "Collectors (from) | as far away as
     * Arizona" */
    while (subject_end > from + 1 && dangling(t, w[subject_end - 1]))
      subject_end--;
    /* "up | to 600 of its staff": a quantity's word is no subject */
    if (subject_end == from + 1 &&
        (boundary(t, w[from]) || dangling(t, w[from]) ||
         word_is(t, w[from],
                 (const char *const[]){"up", "nearly", "almost", "about",
                                       "more", "less", "fewer", NULL})))
      return 0;
    /* "a comet | discovered by ...": the participle is not the subject's */
    while (subject_end > from + 1 && verb_at(t, w, subject_end - 1))
      subject_end--;
  }
  return subject_end;
}

/* Where the head of the subject [from, subject_end) ends, the subject
 * cut to make room for the rest ("Curators | at National Museum Wales"):
 * subject_end when it has no head to cut to: two subjects ("The fuel and
 * the water | were found": the first alone would drop the second, "The
 * fuel were"), or a quantity's word before its count ("More | than 100
 * homes and shops"). */
static size_t subject_head(const char *t, const word *w, size_t from,
                           size_t subject_end, size_t n) {
  size_t head_end = from + 1;
  while (head_end < subject_end &&
         (!boundary(t, w[head_end]) ||
          and_in_name(t, w, from, head_end, subject_end)))
    head_end++;
  if (head_end < subject_end &&
      (joins_subjects(t, w, head_end, n) ||
       (head_end == from + 1 &&
        word_is(t, w[from],
                (const char *const[]){"more", "less", "fewer", "up", "nearly",
                                      "almost", "about", NULL}))))
    return subject_end;
  return head_end;
}

static bool clause_core(const char *t, const word *w, size_t from, size_t n,
                        size_t budget, unsigned depth, evg_buf *out);

/* How deep a report's content is read for its own clause ("X said Y told
 * Z that ..."): each level may read its content twice more, so a chain
 * of reports without end ("A told the players B told the players ...")
 * would cost exponential time without a bound. */
#define REPORT_DEPTH 4

/* What reported_core found: the headline is written, none fits, or the
 * verb and its object are to be read as another verb's. */
typedef enum { REPORT_WRITTEN, REPORT_NONE, REPORT_AS_OBJECT } report_outcome;

/* Whether words [from, v) are a quotation that opens at word `from` and
 * closes before its speaker (""We will appeal," the club | said"). */
static bool quotation_before_speaker(const char *t, const word *w, size_t from,
                                     size_t v) {
  if (v <= from + 1 || (t[w[from].start] != '"' &&
                        !(w[from].len >= 3 &&
                          memcmp(t + w[from].start, "\xE2\x80\x9C", 3) == 0)))
    return false;
  size_t closed = keep_quotes_whole(t, w + from, v - from);
  /* whole up to the verb, and closed before the speaker's words */
  if (closed != v - from)
    return false;
  for (size_t k = from; k + 1 < v; k++) {
    int straight = 0, curly = 0;
    word tail = w[k];
    if (quote_marks(t, tail, &straight, &curly) && k > from &&
        (straight % 2 == 1 || curly < 0))
      return true;
  }
  return false;
}

/* "X said (in a statement) that Y ...": the speaker, the verb of saying
 * and what was said, when the clause's main verb reports it (the verbs
 * that also take a plain object, "reported on the fires", "claimed
 * responsibility", only with "that").  The verb group ends at *g, the
 * subject at *subject_end, *used words of the budget are taken; each may
 * change ("told analysts", the speaker by its head). */
static report_outcome reported_core(const char *t, const word *w, size_t from,
                                    size_t n, size_t budget, size_t v,
                                    size_t aside, size_t *g,
                                    size_t *subject_end, size_t *used,
                                    unsigned depth, evg_buf *out) {
  if (depth >= REPORT_DEPTH) /* the verb and its object, as another's */
    return REPORT_AS_OBJECT;
  size_t c = *g;
  while (c < n && c < *g + 6 &&
         !word_is(t, w[c], (const char *const[]){"that", NULL}))
    c++;
  bool that = c < n && c < *g + 6;
  size_t main_verb = *g - 1; /* "had | warned" */
  while (main_verb > v && !verb_at(t, w, main_verb))
    main_verb--;
  if (!reporting(t, w[main_verb]) ||
      !(that || word_is(t, w[main_verb],
                        (const char *const[]){"said", "says", "told", "tells",
                                              "added", NULL})))
    return REPORT_AS_OBJECT;
  c = that ? c + 1 : *g;
  /* "said that | when its plant flooded, | the workers went home": what
   * was said is the clause after the subordinate one (not past a comma
   * before "that": "declared its neutrality, arguing that because") */
  bool comma_before = false;
  for (size_t k = *g - 1; that && k + 1 < c && !comma_before; k++)
    comma_before = ends_with_comma(t, w[k]);
  if (that && !comma_before && c + 2 < n &&
      word_is(t, w[c],
              (const char *const[]){"when", "after", "before", "because", "if",
                                    "while", "once", "since", "although",
                                    "though", "until", "unless", "as", NULL})) {
    size_t close = c + 1;
    while (close < n && close < c + 16 && !ends_with_comma(t, w[close]))
      close++;
    if (close + 1 < n && close < c + 16)
      c = close + 1;
  }
  /* ""We disagree with the verdict," he said | in a statement ...": the
   * quotation before its speaker is what was said; the words after the
   * verb are its circumstances */
  if (!that && *g - from <= budget && quotation_before_speaker(t, w, from, v)) {
    put_words(out, t, w, from, *g);
    return REPORT_WRITTEN;
  }
  evg_buf said = {0};
  /* "told": with its listener only when short ("told analysts that") */
  bool told =
      word_is(t, w[main_verb], (const char *const[]){"told", "tells", NULL});
  if (told && c > *g && c - *g + *used <= budget) {
    *used += c - *g;
    *g = c;
  }
  /* the speaker by its head when what was said does not fit after the
   * whole of it ("Curators | at National Museum Wales confirmed") */
  size_t head_end = subject_head(t, w, from, *subject_end, n);
  bool fits = c < n && (!told || *g == c) &&
              clause_core(t, w, c, n, budget - *used, depth + 1, &said);
  if (!fits && c < n && (!told || *g == c) && head_end < *subject_end) {
    evg_buf_free(&said);
    said = (evg_buf){0};
    *used -= *subject_end - head_end;
    *subject_end = head_end;
    fits = clause_core(t, w, c, n, budget - *used, depth + 1, &said);
  }
  if (fits) {
    put_words(out, t, w, from, *subject_end);
    if (aside < v && out->len && out->data[out->len - 1] == ',')
      out->data[--out->len] = '\0'; /* "Hanjin Energy, | said" */
    put_words(out, t, w, v, *g);
    evg_buf_putc(out, ' ');
    evg_buf_append(out, said.data, said.len);
    evg_buf_free(&said);
    return REPORT_WRITTEN;
  }
  evg_buf_free(&said);
  if (c < n && clause_core(t, w, c, n, budget, depth + 1, out))
    return REPORT_WRITTEN;
  /* "told analysts on a call | that ...": the listener taken and what was
   * said too long; the words up to "that", not its clause cut in half */
  if (told && that && *g == c) {
    put_words(out, t, w, from, *subject_end);
    if (aside < v && out->len && out->data[out->len - 1] == ',')
      out->data[--out->len] = '\0';
    put_words(out, t, w, v, c - 1);
    return REPORT_WRITTEN;
  }
  /* neither fits: the verb and its object as another verb's ("warned |
   * that up to 600 of its own staff ...") */
  return that ? REPORT_AS_OBJECT : REPORT_NONE;
}

/* Where the object after the verb group [v, g) ends, within the budget
 * left (*used words taken; the subject cut to its head at *subject_end
 * when that makes room for the object's noun phrase): not inside a name,
 * its phrase whole or left out, no quotation cut in half.  0 when only a
 * quotation's start would be left. */
static size_t object_extent(const char *t, const word *w, size_t from, size_t n,
                            size_t budget, size_t v, size_t g,
                            size_t *subject_end, size_t *used) {
  size_t e =
      ends_with_comma(t, w[g - 1]) ? g : object_end(t, w, n, g, budget - *used);
  /* an object cut inside its noun phrase for want of room: the subject by
   * its head makes room ("Workers | at Vantor Motors' factory voted to
   * hold a one-day regional strike") */
  size_t head_end = subject_head(t, w, from, *subject_end, n);
  if (e > g && e < n && !ends_with_comma(t, w[g - 1]) &&
      noun_phrase_end(t, w, n, g, e) != e && head_end < *subject_end) {
    size_t wider =
        object_end(t, w, n, g, budget - *used + *subject_end - head_end);
    if (noun_phrase_end(t, w, n, g, wider) == wider) {
      *used -= *subject_end - head_end;
      *subject_end = head_end;
      e = wider;
    }
  }
  /* not inside a name: "blocked the Port | of Salem Authority" */
  if (e < n && e > g && starts_capital(t, w[e]) &&
      (starts_capital(t, w[e - 1]) ||
       word_is(t, w[e], (const char *const[]){"of", NULL}))) {
    size_t b = e;
    while (b > g &&
           (starts_capital(t, w[b - 1]) ||
            word_is(t, w[b - 1], (const char *const[]){"of", "&", NULL})))
      b--;
    e = b;
  }
  /* a passive's phrase cut before its "of" is left out whole: "was
   * suspended | at the request | of the Commission" (a passive needs no
   * object) */
  if (e < n && e > g + 2 && g >= v + 2 &&
      word_is(t, w[g - 2],
              (const char *const[]){"was", "were", "is", "are", "been", NULL}))
    e = prepositional_phrase_cut(t, w, g, e);
  /* the object's phrase whole or left out, unless that leaves the verb
   * without its object ("raided | the bank's head office") */
  size_t phrase_end = trim_dangling(t, w, noun_phrase_end(t, w, n, g, e), n);
  bool verb_left = verb_at(t, w, phrase_end - 1) ||
                   (phrase_end >= 2 &&
                    word_is(t, w[phrase_end - 2],
                            (const char *const[]){"to", NULL})); /* "to hold" */
  /* a passive needs no object: its phrase cut to nothing is left out
   * ("The fuel and the water were found | in the two"), not kept cut */
  bool passive =
      g >= v + 2 &&
      word_is(t, w[g - 2],
              (const char *const[]){"was", "were", "is", "are", "been", NULL});
  e = phrase_end > g && !verb_left ? phrase_end
      : passive && phrase_end <= g ? g
                                   : trim_dangling(t, w, e, n);
  if (e < g)
    e = g;
  /* no quotation cut in half, from the subject on: the quotation whole
   * when it closes within the budget ("had "never stopped believing in
   * the plan.""), else the words before it */
  size_t whole_to = from + keep_quotes_whole(t, w + from, e - from);
  for (size_t close = e + 1;
       whole_to < e && close <= n && close - e + (e - g) + *used <= budget;
       close++)
    if (from + keep_quotes_whole(t, w + from, close - from) == close) {
      e = whole_to = close;
      break;
    }
  if (whole_to < e) {
    if (whole_to <= v)
      return 0;
    e = trim_dangling(t, w, whole_to, n);
  }
  return e;
}

/* The subject, the verb group and its object of words [from, n): at most
 * `budget` words into `out`.  Returns false when no verb is found. */
static bool clause_core(const char *t, const word *w, size_t from, size_t n,
                        size_t budget, unsigned depth, evg_buf *out) {
  size_t v, aside, commas, first_comma;
  /* a part that opens with its verb, its subject the clause's before it
   * ("... broke loose, | rolled more than twenty kilometres and smashed
   * into a train"), has no subject to find: a later verb would make the
   * first verb's words its subject ("rolled more | smashed"); its words
   * up to a phrase boundary are the headline (make_headline) */
  if (from == 0 && ascii_is_lower((unsigned char)t[w[from].start]) &&
      verb_at(t, w, from) && !ends_phrase(t, w[from]) &&
      !reporting(t, w[from]) &&
      !(from + 1 < n &&
        word_is(t, w[from + 1], (const char *const[]){"that", NULL})))
    return false;
  if (!clause_verb(t, w, from, n, &v, &aside, &commas, &first_comma))
    return false;
  size_t subject_end =
      subject_end_at(t, w, from, v, commas, first_comma, &aside);
  if (!subject_end)
    return false;
  size_t g = v + 1; /* the verb group: "had suspended", "was filed" */
  while (g < n &&
         (verb_at(t, w, g) ||
          word_is(t, w[g],
                  (const char *const[]){"not", "also", "never", "up", "down",
                                        "off", "out", "back", NULL})))
    g++;
  size_t used = (subject_end - from) + (g - v);
  if (used > budget)
    return false;
  report_outcome report = reported_core(t, w, from, n, budget, v, aside, &g,
                                        &subject_end, &used, depth, out);
  if (report != REPORT_AS_OBJECT)
    return report == REPORT_WRITTEN;
  size_t e = object_extent(t, w, from, n, budget, v, g, &subject_end, &used);
  /* a descriptor that leaves its verb no room for the object gives way to
   * the name in apposition ("The International Ski and Snowboard
   * Federation's equipment controller, | Petra Lindqvist, | measured the
   * suit": "Petra Lindqvist measured the suit") */
  if (e == g && g < n && aside == subject_end && aside < v && v - aside <= 4 &&
      ends_with_comma(t, w[v - 1])) {
    bool name = true;
    for (size_t k = aside; k < v && name; k++)
      name = starts_capital(t, w[k]);
    size_t name_end = v, name_used = (v - aside) + (g - v);
    size_t named = name ? object_extent(t, w, aside, n, budget, v, g, &name_end,
                                        &name_used)
                        : 0;
    if (named > g && name_end == v) {
      put_words(out, t, w, aside, v);
      if (out->len && out->data[out->len - 1] == ',')
        out->data[--out->len] = '\0';
      put_words(out, t, w, v, named);
      return true;
    }
  }
  if (e <= v || (e == g && dangling(t, w[g - 1])))
    return false; /* the verb itself was left hanging ("the stone was") */
  put_words(out, t, w, from, subject_end);
  if (aside < v && out->len && out->data[out->len - 1] == ',')
    out->data[--out->len] = '\0'; /* "Valmora's council, | had closed" */
  put_words(out, t, w, v, e);
  return true;
}

/* A word of punctuation only, not a quotation mark or "&": what is left
 * of "(1917-1918)" or "— 1960 —" once the date is gone. */
static bool debris(const char *t, word w) {
  for (size_t k = w.start; k < w.start + w.len; k++) {
    unsigned char c = (unsigned char)t[k];
    if (ascii_alnum(c) || c == '"' || c == '&' || c == '$')
      return false;
    if (c == 0xE2 && k + 2 < w.start + w.len &&
        (unsigned char)t[k + 1] == 0x80 &&
        ((unsigned char)t[k + 2] == 0x9C || (unsigned char)t[k + 2] == 0x9D))
      return false;
    if (c >= 0x80 && !(c == 0xE2 && k + 2 < w.start + w.len &&
                       (unsigned char)t[k + 1] == 0x80))
      return false; /* a letter of another script */
  }
  return true;
}

/* Whether two words, their punctuation stripped (bare), are one, case
 * aside. */
static bool same_bare(const char *x, size_t xl, const char *y, size_t yl) {
  if (xl == 0 || xl != yl)
    return false;
  for (size_t k = 0; k < xl; k++)
    if (ascii_lower((unsigned char)x[k]) != ascii_lower((unsigned char)y[k]))
      return false;
  return true;
}

/* Where the main clause starts when the text opens with a preposition
 * or a subordinator and no comma set it apart: at the named subject
 * before the verb ("In a statement de Gaulle reversed his stand" -> "de
 * Gaulle reversed ..."), or after the subordinator ("Since the artillery
 * overlooked the positions" -> "the artillery overlooked ..."). */
static size_t clause_start(const char *t, const word *w, size_t n) {
  static const char *const subordinators[] = {
      "since",    "after",  "before",  "when", "while",
      "although", "though", "because", "if",   "once",
      "unless",   "until",  "as",      "for",  NULL};
  static const char *const prepositions[] = {
      "in",      "on",      "at",     "by",   "with",    "during",
      "under",   "of",      "from",   "into", "through", "despite",
      "amid",    "unlike",  "like",   "over", "against", "among",
      "between", "without", "within", "upon", NULL};
  EXTRACT_WORD_SET(subordinator_set, subordinators, true);
  EXTRACT_WORD_SET(preposition_set, prepositions, true);
  size_t from = 0;
  if (n == 0) /* no word to look at (a clause of only punctuation) */
    return 0;
  while (from + 2 < n && word_in_set(t, w[from], &subordinator_set))
    from++;
  if (from > 0 && from + 1 < n && !word_in_set(t, w[from], &preposition_set))
    return from;
  if (!word_in_set(t, w[from], &preposition_set) &&
      !word_in_set(t, w[from], &subordinator_set))
    return from;
  size_t v = from + 1;
  while (v < n && v < from + 14 && !verb_at(t, w, v))
    v++;
  if (v >= n || v >= from + 14)
    return from;
  size_t b = v;
  while (b > from + 1) {
    const char *x;
    size_t xl;
    bare(t, w[b - 1], &x, &xl);
    if (xl > 2 && x[xl - 2] == 'l' && x[xl - 1] == 'y' &&
        !starts_capital(t, w[b - 1]))
      b--; /* "dramatically" */
    else
      break;
  }
  /* "From then on he directed", "Within sight of the coast, the ice
   * closed", "At X in December Edgar and the bishops submitted": a subject
   * pronoun, or a noun phrase that opens with its determiner, just before
   * the verb */
  static const char *const pronouns[] = {"he", "she", "it", "they", "we", NULL};
  static const char *const determiners[] = {"the", "a",   "an",    "his",
                                            "her", "its", "their", NULL};
  if (b > from + 1 && word_is(t, w[b - 1], pronouns))
    return b - 1;
  size_t d = b;
  while (d > from + 1 && d + 3 > b && !starts_capital(t, w[d - 1]) &&
         !word_is(t, w[d - 1], determiners) && !ends_with_comma(t, w[d - 1]))
    d--;
  if (d < b && d > from + 1 && word_is(t, w[d - 1], determiners) &&
      !starts_capital(t, w[d - 1])) {
    d--;
    /* "Edgar and the bishops" */
    if (d > from + 2 &&
        word_is(t, w[d - 1], (const char *const[]){"and", NULL}) &&
        starts_capital(t, w[d - 2]))
      d -= 2;
    return d;
  }
  size_t name_end = b;
  while (b > from + 1 &&
         (starts_capital(t, w[b - 1]) ||
          word_is(t, w[b - 1],
                  (const char *const[]){"de", "van", "von", "of", NULL})))
    b--;
  if (b == name_end)
    return from;
  if (b > from + 1 && word_is(t, w[b - 1], (const char *const[]){"the", NULL}))
    b--;
  return b;
}

/* "launch of a cheap but capable system, known as R1": the
 * name stands for the noun phrase it names ("launch of R1"), from the
 * phrase's preposition or the start.  Returns the new word count. */
static size_t use_given_name(const char *t, word *w, size_t n) {
  for (size_t k = 1; k + 1 < n; k++) {
    /* every form needs the comma before it: tested first, it spares the
     * word look-ups of almost every word */
    if (!ends_with_comma(t, w[k - 1]))
      continue;
    size_t name = k + 1;
    if (word_is(t, w[k], (const char *const[]){"known", NULL}) &&
        word_is(t, w[k + 1], (const char *const[]){"as", NULL}))
      name = k + 2;
    else if (!word_is(t, w[k],
                      (const char *const[]){"called", "dubbed", "named", NULL}))
      continue;
    if (name >= n || !starts_capital(t, w[name]))
      continue;
    size_t phrase = k;
    while (phrase > 0 && !word_is(t, w[phrase - 1],
                                  (const char *const[]){"of", "for", "to",
                                                        "from", "with", NULL}))
      phrase--;
    memmove(w + phrase, w + name, (n - name) * sizeof *w);
    return n - (name - phrase);
  }
  return n;
}

/* The kept text as a headline of at most HEADLINE_WORDS words: itself
 * when short and whole; else its subject, verb and object; else its
 * words up to a phrase boundary.  Never an ellipsis, never half a
 * quotation, no word doubled ("The the"). */
static void make_headline(const char *t, size_t len, evg_buf *out) {
  /* most parts have fewer words than this: no allocation for them */
  word few[64];
  size_t cap = sizeof few / sizeof *few, n = 0;
  word *w = few;
  /* the last kept word without its punctuation, kept for the next word's
   * comparison rather than stripped again */
  const char *last_bare = NULL;
  size_t last_bare_len = 0;
  for (size_t i = 0; i < len;) {
    while (i < len && t[i] == ' ')
      i++;
    size_t b = i;
    while (i < len && t[i] != ' ')
      i++;
    if (i == b)
      break;
    word next = make_word(t, b, i - b);
    const char *next_bare;
    size_t next_bare_len;
    bare(t, next, &next_bare, &next_bare_len);
    if (n > 0 && same_bare(last_bare, last_bare_len, next_bare, next_bare_len))
      continue; /* "The the" */
    if (debris(t, next))
      continue; /* "()" or "(-)" where a date was */
    if (n == cap) {
      cap *= 2;
      w = w == few ? memcpy(evg_xmalloc(cap * sizeof *w), few, sizeof few)
                   : evg_xrealloc(w, cap * sizeof *w);
    }
    w[n++] = next;
    last_bare = next_bare;
    last_bare_len = next_bare_len;
  }
  /* "And the panic that followed ...": no conjunction first */
  size_t first = 0;
  while (first + 1 < n &&
         word_is(t, w[first],
                 (const char *const[]){"and", "but", "or", "so", "yet", NULL}))
    first++;
  first += clause_start(t, w + first, n - first);
  memmove(w, w + first, (n - first) * sizeof *w);
  n -= first;
  if (n > HEADLINE_WORDS)
    n = use_given_name(t, w, n);
  /* short and whole: the quotation test reads all the words, so only when
   * they are few */
  if (n <= HEADLINE_WORDS &&
      trim_dangling(t, w, keep_quotes_whole(t, w, n), n) == n) {
    put_words(out, t, w, 0, n);
  } else if (!clause_core(t, w, 0, n, HEADLINE_WORDS, 0, out)) {
    /* no clause found: the words up to the last boundary that fits */
    size_t cut = n < HEADLINE_WORDS ? n : HEADLINE_WORDS;
    for (size_t k = cut; k > 3; k--)
      if (k < n && boundary(t, w[k])) {
        cut = k;
        break;
      }
    cut = trim_dangling(
        t, w, noun_phrase_end(t, w, n, 0, keep_quotes_whole(t, w, cut)), n);
    /* not a second verb cut from its object ("released money for the
     * response | and brought | in 400 extra firefighters") */
    if (cut > 3 && cut < n && verb_at(t, w, cut - 1) &&
        word_is(t, w[cut - 2], (const char *const[]){"and", "but", "or", NULL}))
      cut = trim_dangling(t, w, cut - 2, n);
    put_words(out, t, w, 0, cut);
  }
  bool letters = false;
  for (size_t k = 0; k < out->len && !letters; k++)
    letters = ascii_alnum((unsigned char)out->data[k]) != 0;
  if (!letters) {
    /* a quotation that runs on past the part ("From a strength of ..."
     * with no closing mark) or a part that is only a date: its first
     * words without quotation marks */
    out->len = 0;
    size_t cut = n < HEADLINE_WORDS ? n : HEADLINE_WORDS;
    cut = trim_dangling(t, w, cut, n);
    for (size_t i = 0; i < cut; i++) {
      if (out->len)
        evg_buf_putc(out, ' ');
      for (size_t k = w[i].start; k < w[i].start + w[i].len; k++) {
        if (t[k] == '"')
          continue;
        if ((unsigned char)t[k] == 0xE2 && k + 2 < w[i].start + w[i].len &&
            (unsigned char)t[k + 1] == 0x80 &&
            ((unsigned char)t[k + 2] == 0x9C ||
             (unsigned char)t[k + 2] == 0x9D)) {
          k += 2;
          continue;
        }
        evg_buf_putc(out, t[k]);
      }
    }
    if (out->data)
      out->data[out->len] = '\0';
  }
  if (w != few)
    free(w);
}

/* The length of label[0, len) without a parenthesis that the word budget
 * left open ("failed to pay 1.8 trillion dong | ($71"): the words before
 * it, its spaces and commas trimmed. */
static size_t without_open_parenthesis(const char *label, size_t len) {
  /* most labels have no parenthesis: one memchr, not a walk back over
   * the label testing two bytes at each */
  if (!memchr(label, '(', len))
    return len;
  const char *open = NULL;
  for (size_t k = len; k > 0 && !open; k--)
    if (label[k - 1] == ')')
      return len;
    else if (label[k - 1] == '(')
      open = label + k - 1;
  if (!open || open == label)
    return len;
  size_t cut = (size_t)(open - label);
  while (cut > 0 && (label[cut - 1] == ' ' || label[cut - 1] == ','))
    cut--;
  return cut;
}

/* The label from the kept text: no space before punctuation, no doubled
 * commas, trimmed, a headline of at most HEADLINE_WORDS words,
 * capitalised. */
/* The length of label[0, len) without a participle that ends it alone
 * after a comma ("Handed it to the FDIC, | ending"): a clause cut to its
 * first word says nothing. */
static size_t without_lone_participle(const char *label, size_t len) {
  size_t b = len;
  while (b > 0 && ascii_alpha((unsigned char)label[b - 1]))
    b--;
  if (len - b > 4 && b >= 2 && label[b - 1] == ' ' && label[b - 2] == ',' &&
      ascii_is_lower((unsigned char)label[b]) &&
      memcmp(label + len - 3, "ing", 3) == 0)
    return b - 2;
  return len;
}

static char *finish_label(evg_extraction *x, evg_buf *text) {
  /* tidied in place: it never writes ahead of what it reads */
  evg_buf tidy = *text;
  char *kept = tidy.data; /* through locals: see copy_segment */
  size_t kept_len = 0;
  for (size_t i = 0; i < text->len; i++) {
    char c = text->data[i];
    if ((unsigned char)c > '.') { /* most bytes: one test */
      kept[kept_len++] = c;
      continue;
    }
    if ((c == ',' || c == '.') && kept_len && kept[kept_len - 1] == ' ')
      kept_len--;
    if (c == ',' && kept_len && kept[kept_len - 1] == ',')
      continue;
    if (c == ' ' && (kept_len == 0 || kept[kept_len - 1] == ' '))
      continue;
    kept[kept_len++] = c;
  }
  tidy.len = kept_len;
  tidy.data[tidy.len] = '\0';
  size_t a = 0, b = tidy.len;
  while (a < b &&
         (tidy.data[a] == ' ' || tidy.data[a] == ',' || tidy.data[a] == ';' ||
          tidy.data[a] == '-' || tidy.data[a] == ':'))
    a++;
  while (b > a && (tidy.data[b - 1] == ' ' || tidy.data[b - 1] == ',' ||
                   tidy.data[b - 1] == '.' || tidy.data[b - 1] == ';' ||
                   tidy.data[b - 1] == ':'))
    b--;
  evg_buf out = x->label_headline; /* the scratch, put back below */
  out.len = 0;
  evg_buf_reserve(&out, b - a + 16);
  make_headline(tidy.data + a, b - a, &out);
  while (out.len &&
         (out.data[out.len - 1] == ',' || out.data[out.len - 1] == ';' ||
          out.data[out.len - 1] == ':'))
    out.data[--out.len] = '\0';
  /* '" was not good enough,"' where a date opened the quotation */
  if (out.len > 2 && out.data[0] == '"' && out.data[1] == ' ') {
    memmove(out.data + 1, out.data + 2, out.len - 1);
    out.len--;
  }
  out.len = without_lone_participle(out.data, out.len);
  out.len = without_open_parenthesis(out.data, out.len);
  out.data[out.len] = '\0';
  size_t first = out.len && out.data[0] == '"' ? 1 : 0;
  if (out.len > first && ascii_is_lower((unsigned char)out.data[first]))
    out.data[first] = (char)ascii_to_upper((unsigned char)out.data[first]);
  text->len = tidy.len;
  char *label = evg_arena_strndup(&x->arena, out.data, out.len);
  x->label_headline = out;
  return label;
}

/* A short label: the part's main clause, from the part's text without
 * its date phrases, opening segments and asides (extract_label_text),
 * made a headline (finish_label). */
char *extract_part_label(evg_extraction *x, const char *s, size_t start,
                         size_t end) {
  evg_buf text = x->label_text; /* the scratch, put back below */
  text.len = 0;
  extract_label_text(x, s, start, end, &text);
  char *label = finish_label(x, &text);
  x->label_text = text;
  return label;
}

/* The headline of subject[0, n) (closed by a comma when `close`) and the
 * label text of the part s[start, end), its first letter lowered: the
 * subject's and the part's words made one clause before the headline is
 * cut ("Health Minister Radu Ciobanu" and "suspended the hospital's
 * technical director, Vasile Pop, the same evening" give "Health Minister
 * Radu Ciobanu suspended the hospital's technical director"). */
char *extract_subject_part_label(evg_extraction *x, const char *subject,
                                 size_t n, bool close, const char *s,
                                 size_t start, size_t end) {
  evg_buf own = {0}, text = {0};
  extract_label_text(x, s, start, end, &own);
  evg_buf_append(&text, subject, n);
  if (close)
    evg_buf_putc(&text, ',');
  evg_buf_putc(&text, ' ');
  if (own.len) {
    evg_buf_putc(&text, (char)ascii_lower((unsigned char)own.data[0]));
    evg_buf_append(&text, own.data + 1, own.len - 1);
  }
  char *label = finish_label(x, &text);
  evg_buf_free(&own);
  evg_buf_free(&text);
  return label;
}

/* Whether the label is only its speaker and a verb of saying ("The port
 * authority said"): its last word one of reporting's, after no form of
 * "be" ("was confirmed"), and no quotation in it. */
bool extract_label_only_speaker(const char *label) {
  size_t len = strlen(label);
  if (memchr(label, '"', len) || strstr(label, "\xE2\x80\x9C"))
    return false;
  size_t e = len, b = e;
  while (b > 0 && label[b - 1] != ' ')
    b--;
  if (b == 0 || !ascii_is_lower((unsigned char)label[b]))
    return false;
  size_t pb = b - 1;
  while (pb > 0 && label[pb - 1] != ' ')
    pb--;
  static const char *const be[] = {"is", "are",  "was",   "were",
                                   "be", "been", "being", NULL};
  word last = make_word(label, b, e - b),
       before = make_word(label, pb, b - 1 - pb);
  return reporting(label, last) && !word_is(label, before, be);
}

/* word_is for the word at t[start, start + len): its punctuation stripped
 * at both ends, as the headline's words are compared. */
bool extract_headline_word_is(const char *t, size_t start, size_t len,
                              const char *const *words) {
  return word_is(t, make_word(t, start, len), words);
}
