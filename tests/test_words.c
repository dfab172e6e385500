/* test_words.c: the extractor's hashed word lists (src/extract_words.c):
 * a set answers exactly what reading its list through answered, in both
 * case modes, for lists of every slot size, and builds once when threads
 * ask for it at the same time.  Also the chains of words around a name
 * (src/extract_context.c): each word is what walking word by word gives. */
#define _POSIX_C_SOURCE 200809L
#include "extract_internal.h"
#include "unit.h"

#include <pthread.h>
#include <stdlib.h>

/* What reading the list through answers: the reference. */
static bool listed(const char *const *words, bool any_case, const char *w,
                   size_t len) {
  if (len == 0 && !any_case)
    return false;
  for (size_t i = 0; words[i]; i++) {
    if (any_case ? equals_ci(w, len, words[i])
                 : strlen(words[i]) == len && memcmp(words[i], w, len) == 0)
      return true;
  }
  return false;
}

static const char *const verbs[] = {
    "said",   "says",   "told",  "tells", "won",  "wins",   "beat",
    "lost",   "took",   "made",  "gave",  "sold", "bought", "left",
    "began",  "begins", "fell",  "rose",  "hit",  "cut",    "set",
    "put",    "went",   "came",  "ran",   "led",  "met",    "sent",
    "spent",  "built",  "held",  "kept",  "paid", "found",  "fought",
    "sank",   "struck", "broke", "chose", "drew", "drove",  "flew",
    "forgot", "froze",  "grew",  "knew",  "lay",  "said",   NULL};

static const char *const capitals[] = {"The",  "A",  "May", "AI",
                                       "A.I.", "US", "us",  NULL};

/* The words probed: every entry in three cases, prefixes and extensions
 * of them, and strangers. */
static void probe(const char *name, extract_word_set *set,
                  const char *const *words, bool any_case) {
  int wrong = 0, probes = 0;
  char w[64];
  for (size_t i = 0; words[i]; i++) {
    size_t len = strlen(words[i]);
    for (int variant = 0; variant < 6; variant++) {
      memcpy(w, words[i], len + 1);
      size_t n = len;
      if (variant == 1)
        for (size_t k = 0; k < n; k++)
          w[k] = (char)toupper((unsigned char)w[k]);
      if (variant == 2)
        w[0] = (char)toupper((unsigned char)w[0]);
      if (variant == 3 && n > 0)
        n--; /* a prefix */
      if (variant == 4)
        w[n++] = 's'; /* a longer word */
      if (variant == 5)
        w[0] = '\0'; /* a NUL inside the word */
      probes++;
      if (extract_word_set_has(set, w, n) != listed(words, any_case, w, n))
        wrong++;
    }
  }
  static const char *const strangers[] = {
      "", "x", "zebra", "saidsaid", "\xC3\xA9t\xC3\xA9", "s a i d"};
  for (size_t k = 0; k < sizeof strangers / sizeof *strangers; k++) {
    probes++;
    size_t n = strlen(strangers[k]);
    if (extract_word_set_has(set, strangers[k], n) !=
        listed(words, any_case, strangers[k], n))
      wrong++;
  }
  UNIT_REPORT(wrong == 0, name, "%d of %d probes answered wrong", wrong,
              probes);
}

static void test_any_case(void) {
  EXTRACT_WORD_SET(set, verbs, true);
  probe("word set, ASCII case ignored: the list's answers", &set, verbs, true);
  CHECK("word set, any case: SAID is said",
        extract_word_set_has(&set, "SAID", 4));
  CHECK("word set, any case: a prefix is not the word",
        !extract_word_set_has(&set, "sai", 3));
  CHECK("word set, any case: a word listed twice is found",
        extract_word_set_has(&set, "said", 4));
}

static void test_exact(void) {
  EXTRACT_WORD_SET(set, capitals, false);
  probe("word set, exact: the list's answers", &set, capitals, false);
  CHECK("word set, exact: May but not may",
        extract_word_set_has(&set, "May", 3) &&
            !extract_word_set_has(&set, "may", 3));
  CHECK("word set, exact: US and us are two words",
        extract_word_set_has(&set, "US", 2) &&
            extract_word_set_has(&set, "us", 2) &&
            !extract_word_set_has(&set, "Us", 2));
  CHECK("word set, exact: never the empty word",
        !extract_word_set_has(&set, "", 0));
}

/* A set tells the lengths of its entries apart before it hashes: 31
 * bytes and more share one mark, so a long entry is still found, and a
 * word of another length than any entry is not. */
static void test_lengths(void) {
  static const char *const words[] = {
      "the", "seven", "Internationalisation-and-more-words", "", NULL};
  EXTRACT_WORD_SET(set, words, true);
  probe("word set, lengths: the list's answers", &set, words, true);
  CHECK("word set, lengths: an entry past 31 bytes is found, not one longer",
        extract_word_set_has(&set, "INTERNATIONALISATION-AND-MORE-WORDS", 35) &&
            !extract_word_set_has(&set, "Internationalisation-and-more-wordss",
                                  36));
  CHECK("word set, lengths: the empty entry of a case-blind set",
        extract_word_set_has(&set, "", 0) &&
            !extract_word_set_has(&set, "them", 4));
}

/* A set marks its entries' first bytes by their low five bits before it
 * hashes: a letter's two cases share a mark, and so do bytes 32 apart
 * ('@' and '`', 'a' and 0xC1), which the comparison then tells apart. */
static void test_first_bytes(void) {
  static const char *const words[] = {"said", "Told", "@home", "\xC1t", NULL};
  EXTRACT_WORD_SET(set, words, true);
  probe("word set, first bytes: the list's answers", &set, words, true);
  CHECK("word set, first bytes: the marks of s, T, @ and 0xC1 alone",
        (~set.absent[4] | ~set.absent[5] | ~set.absent[2]) ==
            (1u << ('s' & 31) | 1u << ('T' & 31) | 1u << ('@' & 31) |
             1u << (0xC1 & 31)));
  CHECK("word set, first bytes: SAID and tOLD are found, bold and `home not",
        extract_word_set_has(&set, "SAID", 4) &&
            extract_word_set_has(&set, "tOLD", 4) &&
            !extract_word_set_has(&set, "bold", 4) &&
            !extract_word_set_has(&set, "`home", 5));
  CHECK("word set, first bytes: at is not 0xC1t",
        !extract_word_set_has(&set, "at", 2) &&
            extract_word_set_has(&set, "\xC1T", 2));
}

/* A set marks each length's first bytes apart: "said" and "@home" mark
 * s among the words of four bytes and @ among those of five, not both in
 * each, so that "@said" and "sHOME" are told apart before any hash; no
 * row is marked before the first look-up builds the set. */
static void test_shapes(void) {
  static const char *const words[] = {"said", "@home", "", NULL};
  EXTRACT_WORD_SET(set, words, true);
  bool clear = true;
  for (size_t r = 0; r < 32; r++)
    clear = clear && set.absent[r] == 0;
  CHECK("word set, shapes: no row marked before the build", clear);
  probe("word set, shapes: the list's answers", &set, words, true);
  CHECK("word set, shapes: the first bytes of four and of five bytes apart",
        ~set.absent[4] == 1u << ('s' & 31) &&
            ~set.absent[5] == 1u << ('@' & 31));
  CHECK("word set, shapes: the empty entry marks no row, and is found",
        set.absent[0] == ~0u && set.absent[1] == ~0u &&
            extract_word_set_has(&set, "", 0));
  CHECK("word set, shapes: sHOME and @said are no entries",
        !extract_word_set_has(&set, "sHOME", 5) &&
            !extract_word_set_has(&set, "@said", 5) &&
            extract_word_set_has(&set, "@HOME", 5));
}

/* Lists of 1 to 255 words, so that every slot size is filled to its
 * limit: generated words "w0" ... "w254". */
static void test_sizes(void) {
  static char storage[255][8];
  static const char *words[256];
  for (int k = 0; k < 255; k++) {
    snprintf(storage[k], sizeof storage[k], "w%d", k);
    words[k] = storage[k];
  }
  words[255] = NULL;
  int wrong = 0;
  for (int size = 1; size <= 255; size++) {
    const char *kept = words[size];
    words[size] = NULL; /* the list is words[0, size) */
    /* a set made by hand as EXTRACT_WORD_SET makes it, for this size */
    unsigned short slots[512] = {0};
    extract_word_set set = {
        words, slots, EXTRACT_WORD_SLOTS((size_t)size + 1) - 1,
        true,  false, {0}};
    for (int k = 0; k < 260; k++) {
      char w[8];
      snprintf(w, sizeof w, "W%d", k);
      if (extract_word_set_has(&set, w, strlen(w)) != (k < size))
        wrong++;
    }
    words[size] = kept;
  }
  CHECK_INT("word set: every size from 1 to 255 words finds each and no more",
            wrong, 0);
}

/* Threads asking a set for the first time at once: one builds it, all
 * get the right answers (the sanitizer run would flag a torn table). */
static const char *const shared_words[] = {"alpha", "beta", "gamma", "delta",
                                           NULL};
static extract_word_set *shared_set(void) {
  EXTRACT_WORD_SET(set, shared_words, true);
  return &set;
}

static void *ask(void *arg) {
  int *wrong = arg;
  for (int round = 0; round < 1000; round++)
    if (!extract_word_set_has(shared_set(), "Gamma", 5) ||
        extract_word_set_has(shared_set(), "epsilon", 7))
      (*wrong)++;
  return NULL;
}

static void test_threads(void) {
  pthread_t threads[4];
  int wrong[4] = {0};
  for (int k = 0; k < 4; k++)
    pthread_create(&threads[k], NULL, ask, &wrong[k]);
  for (int k = 0; k < 4; k++)
    pthread_join(threads[k], NULL);
  CHECK_INT("word set: four threads on its first use agree",
            wrong[0] + wrong[1] + wrong[2] + wrong[3], 0);
}

/* Word k of a chain, however the chain was read before, is what k + 1
 * steps of extract_word_before (extract_word_after) give, past the words
 * kept and past punctuation too. */
static void test_chains(void) {
  static const char *const texts[] = {
      "Then the son of the late Tsar Peter the Great of all the Russias met "
      "with envoys sent by the Ottoman court, said Ivan Petrov",
      "Shares of Acme, a firm (based in Ohio) rose; Acme-Corp's chief said", "",
      "  x", "a b c d e f g h i j k l m n o p q r s t u v w"};
  int wrong = 0, reads = 0;
  for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
    const char *s = texts[t];
    size_t n = strlen(s), lo = n > 3 ? 2 : 0;
    for (size_t from = lo; from <= n; from++) {
      for (int forward = 0; forward < 2; forward++) {
        /* three orders of reading: near first, far first, every third */
        for (int order = 0; order < 3; order++) {
          word_chain c = extract_chain(s, lo, n, from, forward);
          for (unsigned i = 0; i < CHAIN_WORDS + 6; i++) {
            unsigned k = order == 0   ? i
                         : order == 1 ? CHAIN_WORDS + 5 - i
                                      : (i * 3) % (CHAIN_WORDS + 6);
            size_t pos = from, ws = from, len = 0;
            for (unsigned step = 0; step <= k; step++) {
              len = forward ? extract_word_after(s, pos, n, &ws)
                            : extract_word_before(s, lo, pos, &ws);
              pos = forward ? ws + len : ws;
            }
            chain_word w = chain_at(&c, k);
            wrong += w.start != ws || w.len != len;
            reads++;
          }
        }
      }
    }
  }
  CHECK("word chain: some words read", reads > 1000);
  CHECK_INT("word chain: each word as the walk gives it", wrong, 0);
}

/* A look-up with the hash given answers as one that hashes. */
static void test_given_hash(void) {
  EXTRACT_WORD_SET(set, verbs, true);
  static const char *const probes[] = {"said", "SAID", "Told", "x", "", "tol"};
  int wrong = 0;
  for (size_t i = 0; i < sizeof probes / sizeof *probes; i++) {
    size_t len = strlen(probes[i]);
    wrong += extract_word_set_has_hash(&set, probes[i], len,
                                       extract_word_hash(probes[i], len)) !=
             listed(verbs, true, probes[i], len);
  }
  CHECK_INT("word set: a look-up with its hash given", wrong, 0);
}

/* equals_ci and extract_word_in compare bytes without folding the equal
 * ones (src/internal.h, src/extract_internal.h): their answers are those
 * of folding both sides with ascii_lower, for every pair of bytes (the
 * pairs 0x20 apart that are no letters, "@" and "`", "[" and "{", 0xC1
 * and 0xE1, included) and for words with NULs, other cases and longer or
 * shorter entries. */
static bool folded_equal(const char *a, size_t len, const char *b) {
  for (size_t i = 0; i < len; i++)
    if (b[i] == '\0' ||
        ascii_lower((unsigned char)a[i]) != ascii_lower((unsigned char)b[i]))
      return false;
  return b[len] == '\0';
}

static bool folded_in(const char *w, size_t len, const char *const *words) {
  for (size_t i = 0; words[i]; i++)
    if (folded_equal(w, len, words[i]))
      return true;
  return false;
}

static void test_case_blind_compare(void) {
  int wrong = 0;
  for (int x = 0; x < 256; x++)
    for (int y = 1; y < 256; y++) {
      char a[2] = {(char)x, 'q'}, b[3] = {(char)y, 'Q', '\0'};
      if (equals_ci(a, 2, b) != folded_equal(a, 2, b))
        wrong++;
      const char *const list[] = {"", "zz", b, NULL};
      if (extract_word_in(a, 2, list) != folded_in(a, 2, list) ||
          extract_word_in(a, 1, list) != folded_in(a, 1, list))
        wrong++;
    }
  static const char *const words[] = {"said",  "SAID", "@home", "[x]",
                                      "\xC1t", "",     "a",     NULL};
  static const char *const probes[] = {"Said", "sAID", "`home", "@HOME",
                                       "{x}",  "[X]",  "\xE1t", "\xC1T",
                                       "",     "A",    "sai",   "saids"};
  for (size_t k = 0; k < sizeof probes / sizeof *probes; k++) {
    size_t n = strlen(probes[k]);
    if (extract_word_in(probes[k], n, words) != folded_in(probes[k], n, words))
      wrong++;
    for (size_t i = 0; words[i]; i++)
      if (equals_ci(probes[k], n, words[i]) !=
          folded_equal(probes[k], n, words[i]))
        wrong++;
  }
  const char nul_word[] = {'\0', 'a'}; /* a NUL in the text */
  if (extract_word_in(nul_word, 2, words) ||
      extract_word_in(nul_word, 1, words))
    wrong++;
  CHECK_INT("equals_ci and extract_word_in: the answers of folding both sides",
            wrong, 0);
  CHECK("extract_word_in: \"`home\" is not \"@home\"",
        !extract_word_in("`home", 5, words) &&
            extract_word_in("@HOME", 5, words));
  CHECK("equals_ci: \"{x}\" is not \"[x]\", \"[X]\" is",
        !equals_ci("{x}", 3, "[x]") && equals_ci("[X]", 3, "[x]"));
}

/* extract_word_in reads a list's first eight entries at constant indices
 * (folded when the list is a literal at the call) and the rest in a loop:
 * an entry is found at every place of lists of one to twelve entries,
 * held in an array and written at the call, and a word is not found
 * past a list's end. */
static void test_word_in_places(void) {
  static const char *const pool[] = {"of",  "For", "the", "@home", "3-D",
                                     "a.m", "by",  "Was", "into",  "[x]",
                                     "per", "via", NULL};
  static const char *const probes[] = {
      "of",   "OF",  "for", "THE", "`home", "@Home", "3-d",  "A.M", "by", "was",
      "Into", "{x}", "[X]", "per", "VIA",   "vi",    "viaa", "o",   ""};
  enum { PROBES = sizeof probes / sizeof *probes };
  int wrong = 0;
  const char *list[13];
  for (size_t n = 0; n <= 12; n++) {
    memcpy(list, pool, n * sizeof *list);
    list[n] = NULL;
    for (size_t k = 0; k < PROBES; k++) {
      size_t len = strlen(probes[k]);
      if (extract_word_in(probes[k], len, list) !=
          folded_in(probes[k], len, list))
        wrong++;
    }
  }
  const char *const *literal =
      (const char *const[]){"of",  "For",  "the", "@home", "3-D", "a.m", "by",
                            "Was", "into", "[x]", "per",   "via", NULL};
  for (size_t k = 0; k < PROBES; k++) {
    size_t len = strlen(probes[k]);
    if (extract_word_in(probes[k], len,
                        (const char *const[]){"of", "For", "the", "@home",
                                              "3-D", "a.m", "by", "Was", "into",
                                              "[x]", "per", "via", NULL}) !=
        folded_in(probes[k], len, literal))
      wrong++;
  }
  CHECK_INT("extract_word_in: an entry found at every place of lists of "
            "1 to 12 words, in an array and written at the call",
            wrong, 0);
  CHECK("extract_word_in: \"via\", the twelfth entry, found; \"vi\" not",
        extract_word_in("VIA", 3,
                        (const char *const[]){"of", "For", "the", "@home",
                                              "3-D", "a.m", "by", "Was", "into",
                                              "[x]", "per", "via", NULL}) &&
            !extract_word_in("vi", 2,
                             (const char *const[]){"of", "For", "the", "@home",
                                                   "3-D", "a.m", "by", "Was",
                                                   "into", "[x]", "per", "via",
                                                   NULL}));
}

/* equals_ci with a literal: its bytes compared as constants, a lower-case
 * letter by one OR; every byte at each place of literals of letters in
 * both cases, digits, punctuation and the pairs 0x20 apart that are no
 * letters answers as folding both sides. */
#define LITERAL_CHECK(lit)                                                     \
  do {                                                                         \
    const char *l_ = lit;                                                      \
    size_t n_ = strlen(l_);                                                    \
    char a_[8];                                                                \
    for (size_t at_ = 0; at_ < n_; at_++)                                      \
      for (int x_ = 0; x_ < 256; x_++) {                                       \
        memcpy(a_, l_, n_);                                                    \
        a_[at_] = (char)x_;                                                    \
        if (equals_ci(a_, n_, lit) != folded_equal(a_, n_, l_) ||              \
            equals_ci(a_, n_ - 1, lit))                                        \
          wrong++;                                                             \
      }                                                                        \
  } while (0)

static void test_literal_compare(void) {
  int wrong = 0;
  LITERAL_CHECK("q");
  LITERAL_CHECK("Q");
  LITERAL_CHECK("said");
  LITERAL_CHECK("U.S.");
  LITERAL_CHECK("@x");
  LITERAL_CHECK("[z]");
  LITERAL_CHECK("3-d");
  LITERAL_CHECK("`{~");
  LITERAL_CHECK("\xC1t");
  CHECK_INT("equals_ci with a literal: every byte at every place answers as "
            "folding both sides",
            wrong, 0);
  CHECK("equals_ci: \"SAID\" is \"said\", \"@X\" is not \"`x\"",
        equals_ci("SAID", 4, "said") && equals_ci("sAiD", 4, "SAID") &&
            !equals_ci("@X", 2, "`x") && !equals_ci("sai", 3, "said"));
}

/* What extract_agent_noun answered when it compared its five endings in
 * turn: the reference. */
static bool agent_by_endings(const char *w, size_t len) {
  static const char *const endings[] = {"er", "or", "ist", "ant", "ian", NULL};
  if (len < 5 || !ascii_is_lower((unsigned char)w[0]))
    return false;
  for (size_t k = 0; endings[k]; k++) {
    size_t n = strlen(endings[k]);
    if (memcmp(w + len - n, endings[k], n) == 0)
      return true;
  }
  return false;
}

/* Every word of 4 to 6 bytes whose first byte is a lower-case letter, a
 * capital or a digit and whose last three are drawn from the endings'
 * letters and strangers. */
static void test_agent_noun(void) {
  static const char last[] = "aeinorstxRN";
  int wrong = 0, probes = 0;
  for (size_t len = 4; len <= 6; len++)
    for (const char *first = "mM7"; *first; first++)
      for (size_t a = 0; last[a]; a++)
        for (size_t b = 0; last[b]; b++)
          for (size_t c = 0; last[c]; c++) {
            char w[8] = {*first, 'q', 'q', 'q', 'q', 'q', 'q', '\0'};
            w[len - 3] = last[a], w[len - 2] = last[b], w[len - 1] = last[c];
            probes++;
            if (extract_agent_noun(w, len) != agent_by_endings(w, len))
              wrong++;
          }
  UNIT_REPORT(wrong == 0, "extract_agent_noun: the five endings' answers",
              "%d of %d probes answered wrong", wrong, probes);
}

/* ascii_alpha and ascii_alnum read a table (util.c): each of the 256
 * bytes answers as the two ranges of letters and the digits do; so do the
 * word classes read from it, as the tests they stand for. */
static void test_ascii_class(void) {
  int wrong = 0, wrong_words = 0;
  for (int c = 0; c < 256; c++) {
    bool alpha = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    bool alnum = alpha || (c >= '0' && c <= '9');
    if (ascii_alpha((unsigned char)c) != alpha ||
        ascii_alnum((unsigned char)c) != alnum)
      wrong++;
    bool dash = alpha || c == '-';
    bool word = alnum || c >= 0x80 || c == '-' || c == '\'';
    bool letter = alpha || c >= 0x80 || c == '-' || c == '\'';
    if (ascii_alpha_dash((unsigned char)c) != dash ||
        ascii_word_byte((unsigned char)c) != word ||
        ascii_word_letter((unsigned char)c) != letter)
      wrong_words++;
  }
  CHECK_INT("ascii_alpha and ascii_alnum: the table answers as the ranges "
            "for all 256 bytes",
            wrong, 0);
  CHECK_INT("ascii_alpha_dash, ascii_word_byte and ascii_word_letter: the "
            "table answers as their tests for all 256 bytes",
            wrong_words, 0);
}

/* extract_word_end_quick (extract_internal.h) passes a word's ASCII
 * letters and digits inline and calls extract_word_end for the rest: from
 * every start of random texts of the bytes words are made of and end at
 * (inner periods, hyphens, apostrophes, a curly apostrophe, a two-byte
 * letter, a curly quote, spaces), it ends where the call ends. */
static void test_word_end_quick(void) {
  static const char *const pieces[] = {"a",        "Z",
                                       "q",        "7",
                                       ".",        "-",
                                       "'",        " ",
                                       ",",        "\xE2\x80\x99",
                                       "\xC3\xA9", "\xE2\x80\x9C",
                                       "\xE2",     "\n",
                                       "(",        "U.S",
                                       "s"};
  enum { PIECES = sizeof pieces / sizeof *pieces };
  unsigned int seed = 12345;
  int wrong = 0, probes = 0;
  char text[64];
  for (int round = 0; round < 20000; round++) {
    size_t len = 0;
    while (len < 40) {
      seed = seed * 1103515245u + 12345u;
      const char *p = pieces[(seed >> 16) % PIECES];
      size_t n = strlen(p);
      memcpy(text + len, p, n);
      len += n;
    }
    for (size_t i = 0; i <= len; i++) {
      probes++;
      if (extract_word_end_quick(text, i, len) !=
          extract_word_end(text, i, len))
        wrong++;
    }
  }
  UNIT_REPORT(wrong == 0,
              "extract_word_end_quick: ends where extract_word_end does",
              "%d of %d starts ended elsewhere", wrong, probes);
}

int main(void) {
  test_word_end_quick();
  test_ascii_class();
  test_chains();
  test_given_hash();
  test_any_case();
  test_exact();
  test_lengths();
  test_shapes();
  test_first_bytes();
  test_sizes();
  test_threads();
  test_case_blind_compare();
  test_word_in_places();
  test_literal_compare();
  test_agent_noun();
  UNIT_EXIT();
}
