/* test_text.c: util.c's text cleaners (evg_utf8_sanitize,
 * evg_text_one_line, evg_utf8_count) and the JSON and TimeML writers'
 * tests of a string they write as it is (evg_json_plain_run,
 * evg_xml_plain_run) pass printable ASCII
 * eight bytes a step; each must answer what reading byte by byte answers,
 * for every kind of byte at every place within and across those steps. */
#define _POSIX_C_SOURCE 200809L
#include "internal.h"
#include "unit.h"

#include <jansson.h>
#include <libxml/entities.h>
#include <stdlib.h>

static const char replacement[] = "\xEF\xBF\xBD";

/* evg_utf8_sanitize byte by byte: U+FFFD for a control byte (not tab,
 * newline or return), DEL, invalid UTF-8 (a byte each) and U+FFFE/U+FFFF */
static void sanitize_ref(evg_buf *out, const unsigned char *s, size_t len) {
  out->len = 0;
  evg_buf_append(out, "", 0);
  for (size_t i = 0; i < len;) {
    unsigned char c = s[i];
    if (c < 0x80) {
      bool ok =
          !((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F);
      evg_buf_append(out, ok ? (const char *)s + i : replacement, ok ? 1 : 3);
      i++;
      continue;
    }
    size_t n = evg_utf8_valid_len(s + i, len - i);
    if (n == 3 && c == 0xEF && s[i + 1] == 0xBF && s[i + 2] >= 0xBE) {
      evg_buf_append(out, replacement, 3);
      i += 3;
    } else if (!n) {
      evg_buf_append(out, replacement, 3);
      i++;
    } else {
      evg_buf_append(out, (const char *)s + i, n);
      i += n;
    }
  }
}

/* evg_text_one_line as first written: sanitized, then each character
 * mapped (tab, newline, return: a space; what an events file rejects:
 * U+FFFD), then the spaces at both ends cut */
static void one_line_ref(evg_buf *out, const unsigned char *s, size_t len) {
  evg_buf valid = {0};
  sanitize_ref(&valid, s, len);
  out->len = 0;
  evg_buf_append(out, "", 0);
  const unsigned char *v = (const unsigned char *)valid.data;
  for (size_t i = 0, n; i < valid.len; i += n) {
    n = evg_utf8_valid_len(v + i, valid.len - i);
    unsigned int cp = evg_utf8_decode(v + i, n);
    if (cp == '\n' || cp == '\r' || cp == '\t')
      evg_buf_putc(out, ' ');
    else if (evg_events_rejects(cp))
      evg_buf_append(out, replacement, 3);
    else
      evg_buf_append(out, valid.data + i, n);
  }
  evg_buf_free(&valid);
  size_t a = 0, b = out->len;
  while (a < b && out->data[a] == ' ')
    a++;
  while (b > a && out->data[b - 1] == ' ')
    b--;
  memmove(out->data, out->data + a, b - a);
  out->len = b - a;
  out->data[out->len] = '\0';
}

static size_t count_ref(const unsigned char *s, size_t len) {
  size_t count = 0;
  for (size_t i = 0; i < len; count++) {
    size_t n = s[i] < 0x80 ? 1 : evg_utf8_valid_len(s + i, len - i);
    i += n ? n : 1;
  }
  return count;
}

/* evg_json_plain_run byte by byte: printable ASCII but '"' and '\\' */
static size_t json_plain_ref(const unsigned char *s, size_t len) {
  size_t i = 0;
  while (i < len && s[i] >= 0x20 && s[i] < 0x7F && s[i] != '"' && s[i] != '\\')
    i++;
  return i;
}

/* Every byte at every place of a 24-byte string (three eight-byte steps
 * and none left over) and of a 13-byte one (a step and a tail): the run
 * ends at it exactly when reading byte by byte says so, and a string that
 * is all run is the one jansson's compact dump writes between quotes
 * (what the JSON writer puts in its place); the others are not. */
static void test_json_plain_run(void) {
  size_t wrong = 0, not_as_jansson = 0, plain = 0;
  for (size_t len = 13; len <= 24; len += 11)
    for (size_t at = 0; at < len; at++)
      for (unsigned b = 1; b < 256; b++) {
        unsigned char text[32];
        memset(text, 'a', len);
        text[at] = (unsigned char)b;
        text[len] = '\0';
        size_t run = evg_json_plain_run((const char *)text, len);
        wrong += run != json_plain_ref(text, len);
        if (run != len)
          continue;
        plain++;
        json_t *string = json_stringn((const char *)text, len);
        char dumped[64];
        size_t size = string ? json_dumpb(string, dumped, sizeof dumped,
                                          JSON_COMPACT | JSON_ENCODE_ANY)
                             : 0;
        json_decref(string);
        not_as_jansson += size != len + 2 || dumped[0] != '"' ||
                          memcmp(dumped + 1, text, len) != 0 ||
                          dumped[len + 1] != '"';
      }
  CHECK_INT("text.json-plain.as-bytewise", wrong, 0);
  CHECK_INT("text.json-plain.as-jansson-dumps", not_as_jansson, 0);
  /* 93 plain bytes ('a' itself among them) at each place */
  CHECK_INT("text.json-plain.count", plain, (13 + 24) * 93);
}

/* evg_xml_plain_run byte by byte: printable ASCII but < > & ", tab and
 * line feed */
static size_t xml_plain_ref(const unsigned char *s, size_t len) {
  size_t i = 0;
  while (i < len && ((s[i] >= 0x20 && s[i] < 0x7F && s[i] != '<' &&
                      s[i] != '>' && s[i] != '&' && s[i] != '"') ||
                     s[i] == '\n' || s[i] == '\t'))
    i++;
  return i;
}

/* As test_json_plain_run, for the TimeML writer's runs: every byte at
 * every place of a 13-byte and a 24-byte string; a string that is all
 * run is one libxml2's text writer escapes to itself
 * (xmlEncodeSpecialChars, which xmlTextWriterWriteString calls). */
static void test_xml_plain_run(void) {
  size_t wrong = 0, not_as_libxml = 0, plain = 0;
  for (size_t len = 13; len <= 24; len += 11)
    for (size_t at = 0; at < len; at++)
      for (unsigned b = 1; b < 256; b++) {
        unsigned char text[32];
        memset(text, 'a', len);
        text[at] = (unsigned char)b;
        text[len] = '\0';
        size_t run = evg_xml_plain_run((const char *)text, len);
        wrong += run != xml_plain_ref(text, len);
        if (run != len)
          continue;
        plain++;
        xmlChar *escaped = xmlEncodeSpecialChars(NULL, text);
        not_as_libxml +=
            !escaped || strcmp((const char *)escaped, (const char *)text) != 0;
        xmlFree(escaped);
      }
  CHECK_INT("text.xml-plain.as-bytewise", wrong, 0);
  CHECK_INT("text.xml-plain.as-libxml-escapes", not_as_libxml, 0);
  /* 91 plain printable bytes ('a' among them), tab and line feed */
  CHECK_INT("text.xml-plain.count", plain, (13 + 24) * 93);
}

/* The pieces the texts are made of: printable ASCII and every kind of
 * byte or character the cleaners treat apart. */
static const char *const pieces[] = {"a",
                                     "Z",
                                     " ",
                                     "~",
                                     "\t",
                                     "\n",
                                     "\r",
                                     "\x01",
                                     "\x1F",
                                     "\x7F",
                                     "\x80",
                                     "\xC3\xA9",
                                     "\xC3",
                                     "\xE2\x80\x94",
                                     "\xEF\xBF\xBE",
                                     "\xEF\xBF\xBF",
                                     "\xEF\xBF\xBD",
                                     "\xE2\x80\x8B",
                                     "\xE2\x80\xAE",
                                     "\xF0\x9F\x98\x80",
                                     "\xF4\x90\x80\x80",
                                     "\xED\xA0\x80",
                                     "\xC0\xAF",
                                     "\xFF",
                                     "\"",
                                     "\\",
                                     "<&>",
                                     "0123456789abcdef",
                                     "@[`{AZaz"};

/* evg_abbreviation as it read its list before the switch: each entry
 * compared in turn, the word's bytes folded; a title (the first
 * seventeen entries) only with its capital. */
static bool abbreviation_ref(const char *word, size_t len) {
  static const char *const words[] = {
      "mr",     "mrs", "ms",   "dr",    "st",   "jr",  "sr",   "gen",  "col",
      "lt",     "sgt", "capt", "gov",   "sen",  "rep", "pres", "prof", "inc",
      "corp",   "co",  "ltd",  "vs",    "no",   "jan", "feb",  "mar",  "apr",
      "jun",    "jul", "aug",  "sep",   "sept", "oct", "nov",  "dec",  "u.s",
      "u.k",    "a.m", "p.m",  "e.g",   "i.e",  "etc", "mt",   "ft",   "fig",
      "approx", "est", "e.v",  "c.c.p", NULL};
  if (len == 1)
    return ascii_alpha((unsigned char)word[0]);
  for (size_t i = 0; words[i]; i++)
    if (strlen(words[i]) == len) {
      size_t k = 0;
      while (k < len &&
             ascii_lower((unsigned char)word[k]) == (unsigned char)words[i][k])
        k++;
      if (k == len)
        return i >= 17 || ascii_upper((unsigned char)word[0]);
    }
  return false;
}

/* The switch of evg_abbreviation answers as the list did: every string of
 * one to three bytes over letters of both cases, '.', a NUL and a byte
 * above 0x7F; each listed word in three cases; random strings of four to
 * seven bytes of the listed words' letters. */
static void test_abbreviation(void) {
  static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzAEGMPRSTV.\0\xC3";
  size_t n = sizeof alphabet - 1, asked = 0, bad = 0, listed = 0;
  char w[8];
  for (size_t a = 0; a < n; a++)
    for (size_t b = 0; b < n; b++)
      for (size_t c = 0; c < n; c++) {
        w[0] = alphabet[a], w[1] = alphabet[b], w[2] = alphabet[c];
        for (size_t len = 1; len <= 3; len++) {
          asked++;
          bad += evg_abbreviation(w, len) != abbreviation_ref(w, len);
          listed += len > 1 && abbreviation_ref(w, len);
        }
      }
  static const char *const cased[] = {"Mrs", "MRS", "MrS",   "Sept",  "SEPT",
                                      "U.S", "u.S", "C.C.P", "Approx"};
  for (size_t k = 0; k < sizeof cased / sizeof *cased; k++, asked++)
    bad += !evg_abbreviation(cased[k], strlen(cased[k]));
  /* a title is written with its capital: "reached the col. On" ends there */
  static const char *const lower_titles[] = {"col", "mrs", "rep", "prof"};
  for (size_t k = 0; k < sizeof lower_titles / sizeof *lower_titles;
       k++, asked++)
    bad += evg_abbreviation(lower_titles[k], strlen(lower_titles[k]));
  static const char letters[] = "abcdeghiklmnoprstuvxACP.";
  for (int round = 0; round < 200000; round++, asked++) {
    size_t len = 4 + (size_t)(rand() % 4);
    for (size_t k = 0; k < len; k++)
      w[k] = letters[rand() % (int)(sizeof letters - 1)];
    bad += evg_abbreviation(w, len) != abbreviation_ref(w, len);
  }
  CHECK_INT("text.abbreviation.as-list", bad, 0);
  /* the short strings hold many of the listed words in their cases */
  CHECK("text.abbreviation.listed-met", listed > 100);
  CHECK("text.abbreviation.asked", asked > 250000);
}

/* The eight-byte marks of equal bytes and of a range of bytes, against
 * a byte's own test: every byte value at every place of a word, among
 * random bytes (those beside a marked one are where a carry or borrow of
 * an inexact trick would mark a byte wrongly). */
static void test_swar_marks(void) {
#ifdef EVG_SWAR
  static const unsigned char eqs[] = {'.', ';', 'm', 0x00, 0x7F, 0x80, 0xFF};
  static const unsigned char ranges[][2] = {
      {'(', ','}, {'a', 'z'}, {0x00, 0x20}, {'0', '9'}, {0x7F, 0x7F}};
  size_t bad = 0, asked = 0;
  for (int round = 0; round < 200; round++)
    for (size_t place = 0; place < 8; place++)
      for (unsigned b = 0; b < 256; b++) {
        /* a neighbour one bit off the byte now and then */
        unsigned char bytes[8];
        for (size_t k = 0; k < 8; k++)
          bytes[k] =
              (unsigned char)(rand() % 4 == 0 ? b ^ 1u : (unsigned)rand());
        bytes[place] = (unsigned char)b;
        if (round % 2)
          for (size_t k = 0; k < 8; k++)
            if (k != place && rand() % 2)
              bytes[k] = (unsigned char)b; /* runs of the byte itself */
        uint64_t w = evg_swar_load((const char *)bytes);
        for (size_t e = 0; e < sizeof eqs; e++, asked++) {
          uint64_t want = 0;
          for (size_t k = 0; k < 8; k++)
            if (bytes[k] == eqs[e])
              want |= (uint64_t)0x80 << (8 * k);
          bad += evg_swar_eq(w, eqs[e]) != want;
        }
        for (size_t r = 0; r < sizeof ranges / sizeof *ranges; r++, asked++) {
          uint64_t want = 0;
          size_t last = 8;
          for (size_t k = 0; k < 8; k++)
            if (bytes[k] >= ranges[r][0] && bytes[k] <= ranges[r][1]) {
              want |= (uint64_t)0x80 << (8 * k);
              last = k;
            }
          uint64_t got = evg_swar_in(w, ranges[r][0], ranges[r][1]);
          bad += got != want || (got && evg_swar_last(got) != last);
        }
      }
  CHECK_INT("text.swar-marks.as-bytewise", bad, 0);
  CHECK("text.swar-marks.asked", asked > 4000000);
#endif
}

int main(void) {
  srand(20251204);
  test_abbreviation();
  test_swar_marks();
  size_t n_pieces = sizeof pieces / sizeof *pieces;
  size_t sanitize_bad = 0, one_line_bad = 0, count_bad = 0, plain_bad = 0,
         xml_bad = 0, letters_bad = 0, texts = 0;
  evg_buf text = {0}, got = {0}, want = {0};
  for (int round = 0; round < 20000; round++) {
    text.len = 0;
    evg_buf_append(&text, "", 0);
    /* a run of printable ASCII of every length before the odd piece, so
     * that it falls at every place of an eight-byte step */
    size_t lead = (size_t)(rand() % 24);
    for (size_t k = 0; k < lead; k++)
      evg_buf_putc(&text, (char)(0x20 + rand() % 95));
    for (int k = rand() % 6; k > 0; k--) {
      evg_buf_puts(&text, pieces[(size_t)rand() % n_pieces]);
      for (int m = rand() % 12; m > 0; m--)
        evg_buf_putc(&text, (char)(0x20 + rand() % 95));
    }
    const unsigned char *s = (const unsigned char *)text.data;
    texts++;
    got.len = 0;
    evg_utf8_sanitize(&got, text.data, text.len);
    sanitize_ref(&want, s, text.len);
    sanitize_bad +=
        got.len != want.len || memcmp(got.data, want.data, want.len) != 0;
    evg_text_one_line(&got, text.data, text.len);
    one_line_ref(&want, s, text.len);
    one_line_bad += got.len != want.len ||
                    memcmp(got.data, want.data, want.len) != 0 ||
                    got.data[got.len] != '\0';
    count_bad += evg_utf8_count(text.data, text.len) != count_ref(s, text.len);
    plain_bad +=
        evg_json_plain_run(text.data, text.len) != json_plain_ref(s, text.len);
    xml_bad +=
        evg_xml_plain_run(text.data, text.len) != xml_plain_ref(s, text.len);
    /* the tokenizer's run of letters, from every start and to every end
     * of the text (the pieces hold letters, '@', '[', '`' and '{' beside
     * them in pieces[], and bytes of 0x80 and above) */
    for (size_t from = 0; from <= text.len; from++)
      for (size_t to = from; to <= text.len; to += 1 + to % 3) {
        size_t k = from;
        while (k < to && ascii_alpha((unsigned char)text.data[k]))
          k++;
        letters_bad += evg_alpha_run_end(text.data, from, to) != k;
      }
  }
  CHECK_INT("text.sanitize.as-bytewise", sanitize_bad, 0);
  CHECK_INT("text.one-line.as-bytewise", one_line_bad, 0);
  CHECK_INT("text.count.as-bytewise", count_bad, 0);
  CHECK_INT("text.json-plain.random-as-bytewise", plain_bad, 0);
  CHECK_INT("text.xml-plain.random-as-bytewise", xml_bad, 0);
  CHECK_INT("text.alpha-run.as-bytewise", letters_bad, 0);
  CHECK("text.rounds", texts == 20000);
  evg_text_one_line(&got, "", 0);
  CHECK("text.one-line.empty", got.len == 0 && got.data && got.data[0] == 0);
  evg_buf_free(&text);
  evg_buf_free(&got);
  evg_buf_free(&want);
  test_json_plain_run();
  test_xml_plain_run();
  UNIT_EXIT();
}
