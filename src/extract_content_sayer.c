/* extract_content_sayer.c: whether a name is the subject of a verb of
 * saying or finding whose content clause, with a subject of its own, holds
 * the part's date ("The Public Health Directorate of Cluj said its
 * laboratory had found the strain ... last Friday", "The appeals court
 * ruled 2-1 that the Army Corps had ignored its own rules when it approved
 * the project in 2023"): the part then tells the content's happening, and
 * the one who says or finds it is none of its actors.  Kept: a content
 * opened by a pronoun ("said it had stopped picking on Tuesday", the
 * sayer's own deed), a saying with words of its own before its content
 * ("said on Thursday that", "said in a statement that"), and a verb that
 * may take an object ("found the body on Monday") with no "that".  Read
 * by extract_attach.c for each name of a part; reads a few words after
 * the name. */
#include "extract_internal.h"

/* How far after the name its apposition may close (", an analyst at
 * Y, said"). */
#define APPOSITION_REACH 100
/* How far after the content's first word its date may stand. */
#define CONTENT_REACH 240

/* Verbs whose content a "that" opens; "said" takes one without it. */
static bool content_verb(const char *w, size_t len) {
  static const char *const words[] = {"said",        "says",      "ruled",
                                      "found",       "concluded", "confirmed",
                                      "announced",   "reported",  "determined",
                                      "established", NULL};
  return extract_word_in(w, len, words);
}

/* Words that open a content clause's own subject: a determiner, a
 * possessive or a quantifier ("its laboratory", "the Army Corps"). */
static bool subject_opener(const char *w, size_t len) {
  static const char *const words[] = {
      "the",  "a",     "an",    "its",   "his",  "her",     "their",
      "this", "these", "those", "some",  "most", "several", "many",
      "all",  "both",  "each",  "every", "no",   NULL};
  return extract_word_in(w, len, words);
}

/* Whether a modal stands in s[from, to): what the content says is yet to
 * come. */
static bool modal_before(const char *s, size_t from, size_t to) {
  static const char *const modals[] = {"would", "will",  "could", "can",
                                       "may",   "might", "shall", "should",
                                       "must",  NULL};
  for (size_t i = from; i < to;) {
    size_t w, l = extract_word_after(s, i, to, &w);
    if (!l) {
      i = w + 1;
      continue;
    }
    if (extract_word_in(s + w, l, modals))
      return true;
    i = w + l;
  }
  return false;
}

bool extract_content_sayer(const char *s, size_t name_end, size_t to,
                           size_t date_start) {
  if (date_start == (size_t)-1 || date_start <= name_end || date_start >= to)
    return false;
  size_t p = name_end;
  /* an apposition closed by a comma before the date */
  if (p < to && s[p] == ',') {
    size_t close = p + 1;
    while (close < date_start && close < p + APPOSITION_REACH &&
           s[close] != ',')
      close++;
    if (close >= date_start || s[close] != ',')
      return false;
    p = close + 1;
  }
  size_t v, vl = extract_word_after(s, p, date_start, &v);
  if (!vl || !content_verb(s + v, vl))
    return false;
  bool said = equals_ci(s + v, vl, "said") || equals_ci(s + v, vl, "says");
  /* a vote's split ("ruled 2-1 that"): a number, no word */
  size_t q = v + vl;
  while (q < date_start && s[q] == ' ')
    q++;
  if (q < date_start && s[q] >= '0' && s[q] <= '9') {
    while (q < date_start && s[q] != ' ')
      q++;
  }
  size_t c, cl = extract_word_after(s, q, date_start, &c);
  if (!cl)
    return false;
  bool that = equals_ci(s + c, cl, "that");
  if (that)
    cl = extract_word_after(s, c + cl, date_start, &c);
  if (!cl || (!that && !said))
    return false;
  /* the content's subject: a name or a noun phrase, no pronoun; its
   * date within reach, so that each name reads a bounded span */
  if (date_start - c > CONTENT_REACH ||
      (ascii_upper((unsigned char)s[c]) ? extract_calendar_word(s + c, cl)
                                        : !subject_opener(s + c, cl)))
    return false;
  /* a deed told in the past before the date; a plan ("said the ministry
   * would take over ticket sales from July 1") is a decision the sayer
   * announces, a part of it (see extract_roles.c's own_body_follows) */
  return !modal_before(s, c, date_start) &&
         extract_past_form_in(s, c + cl, date_start);
}
