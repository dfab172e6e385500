/* extract_actors.c: the mentions stage: the names extract_names.c finds
 * in each sentence, what the words around them say, on chunks of
 * paragraphs shared by two threads; extract_actor_table.c makes actors of
 * them. */
#include "extract_internal.h"

#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Quotation marks and parentheses between words: whether the text is
 * inside a quotation or parentheses after s[from, to). */
static void track_quotes(const char *s, size_t from, size_t to, bool *quoted,
                         int *parens) {
  for (size_t k = from; k < to; k++) {
    unsigned char c = (unsigned char)s[k];
    if (c == '"')
      *quoted = !*quoted;
    else if (c == 0xE2 && k + 2 < to && (unsigned char)s[k + 1] == 0x80 &&
             (unsigned char)s[k + 2] == 0x9C)
      *quoted = true;
    else if (c == 0xE2 && k + 2 < to && (unsigned char)s[k + 1] == 0x80 &&
             (unsigned char)s[k + 2] == 0x9D)
      *quoted = false;
    else if (c == '(')
      (*parens)++;
    else if (c == ')' && *parens > 0)
      (*parens)--;
    else if (c == '\n' && k + 1 < to && s[k + 1] == '\n')
      *quoted = false, *parens = 0; /* a paragraph ends any quotation */
  }
}

/* Whether the sentence s[start, end) is a headline in title case
 * ("Halvorsen Cuts Its Forecast as Car Orders Slump"): a line of at least
 * three words, every word of four letters or more capitalised, with no
 * period at its end.  Its names are the article's, not an event's. */
static bool title_case_line(const char *s, size_t start, size_t end) {
  size_t b = end;
  while (b > start && ascii_space((unsigned char)s[b - 1]))
    b--;
  if (b == start || s[b - 1] == '.' || memchr(s + start, '\n', b - start))
    return false;
  int words = 0;
  for (size_t i = start; i < b;) {
    while (i < b && !ascii_alpha((unsigned char)s[i]))
      i++;
    size_t w = i;
    while (i < b && ascii_alpha((unsigned char)s[i]))
      i++;
    if (i == w)
      break;
    words++;
    if (i - w >= 4 && !ascii_upper((unsigned char)s[w]))
      return false;
  }
  return words >= 3;
}

/* Two names the gazetteer knows, run together without a comma ("gave
 * Russia Livonia"), but not a place before a body's generic name ("a
 * Japan Coast Guard helicopter"): the end of the first, else run_end.  Only
 * short runs are tried, so that the look stays bounded. */
static size_t split_two_names(evg_extraction *x, const char *s,
                              size_t run_start, size_t run_end) {
  size_t whole, spaces = 0;
  /* a run the gazetteer lists whole, as a name or as a two-word suffix
   * ("Parliament House", "Opera House"), is one name */
  if (run_end - run_start > 64 ||
      extract_gazetteer_lists(x, s + run_start, run_end - run_start, GAZ_NAME,
                              &whole) ||
      extract_gazetteer_lists(x, s + run_start, run_end - run_start, GAZ_SUFFIX,
                              &whole))
    return run_end;
  for (size_t p = run_start; p < run_end && spaces < 6; p++) {
    if (s[p] != ' ')
      continue;
    spaces++;
    size_t first, second;
    if (extract_gazetteer_lists(x, s + run_start, p - run_start, GAZ_NAME,
                                &first) &&
        extract_gazetteer_lists(x, s + p + 1, run_end - p - 1, GAZ_NAME,
                                &second) &&
        !extract_place_owns_body(x, s, run_start, p, run_end))
      return p;
  }
  return run_end;
}

/* The capitalised name that starts at s[w, i) in the sentence [start,
 * end), as a name_candidate; false when it is no name. */
/* Whether the word after s[pos, end) is in `words`; *next is its end. */
static bool next_word_in(const char *s, size_t pos, size_t end,
                         extract_word_set *words, size_t *next) {
  if (pos >= end || s[pos] != ' ')
    return false;
  size_t w = pos + 1;
  *next = extract_word_end(s, w, end);
  return *next > w && extract_word_set_has(words, s + w, *next - w);
}

/* Whether the name that ends with 's at `after` (after the 's) names a
 * business in its founder's genitive (Moody's, Sainsbury's, Lloyd's), as
 * English shop and firm names do: no noun follows the 's, which a
 * possessive always has.  Seen when the 's ends the clause ("shares of
 * Macy's.") or a verb follows it: an auxiliary or a reporting verb, or a
 * word (not a preposition) with its object right after it ("Moody's cut
 * the rating", "opened 40 shops"), which a noun does not take. */
static bool genitive_name(const char *s, size_t after, size_t end) {
  static const char *const verbs[] = {
      "said",     "says",   "has",      "had",       "have", "is",
      "was",      "will",   "would",    "could",     "can",  "may",
      "might",    "did",    "does",     "also",      "told", "added",
      "declined", "agreed", "reported", "announced", NULL};
  static const char *const objects[] = {"the",  "a",   "an",    "its",
                                        "his",  "her", "their", "our",
                                        "them", "it",  "him",   NULL};
  static const char *const joiners[] = {
      "in",    "on",   "at",    "by",     "for",   "from",   "with",  "to",
      "of",    "as",   "after", "before", "since", "during", "into",  "over",
      "under", "near", "and",   "or",     "but",   "than",   "about", NULL};
  EXTRACT_WORD_SET(verb_set, verbs, false);
  EXTRACT_WORD_SET(object_set, objects, false);
  EXTRACT_WORD_SET(joiner_set, joiners, false);
  if (after >= end || s[after] == ',' || s[after] == '.' || s[after] == ';' ||
      s[after] == ')')
    return true;
  size_t verb_end;
  if (next_word_in(s, after, end, &verb_set, &verb_end))
    return true;
  size_t w = after + 1;
  verb_end = extract_word_end(s, w, end);
  size_t object_end;
  if (verb_end == w || !ascii_is_lower((unsigned char)s[w]) ||
      extract_word_set_has(&joiner_set, s + w, verb_end - w))
    return false; /* "reached St. John's in the middle of May" */
  return next_word_in(s, verb_end, end, &object_set, &object_end) ||
         (verb_end + 1 < end && s[verb_end] == ' ' &&
          isdigit((unsigned char)s[verb_end + 1])); /* "opened 40 shops" */
}

/* Whether the word "the" (any case) ends right before `pos` with its
 * space. */
static bool the_before(const char *s, size_t pos) {
  return pos >= 4 && strncasecmp(s + pos - 4, "the ", 4) == 0 &&
         (pos == 4 || !isalpha((unsigned char)s[pos - 5]));
}

/* The end of a lower-case noun of a state's body ("government",
 * "parliament", "crown") or of its armed force ("army", "navy") right
 * after the name s[name_start, name_end) when the name is a nationality's
 * adjective or a place the gazetteer knows, or a name no list knows after
 * "the"; of "family" after "the" and a name ("the Brandt family": the
 * family acts, as a group); 0 otherwise.  *kind_out is the body's kind: a
 * government, or a group for a force or a family. */
static size_t state_body_after(evg_extraction *x, const char *s,
                               size_t name_start, size_t name_end, size_t end,
                               const char **kind_out) {
  static const char *const nouns[] = {"government", "parliament", "legislature",
                                      "crown",      "cabinet",    "senate",
                                      "assembly",   NULL};
  static const char *const forces[] = {"army", "navy", NULL};
  EXTRACT_WORD_SET(set, nouns, false);
  EXTRACT_WORD_SET(force_set, forces, false);
  if (name_end + 1 >= end || s[name_end] != ' ')
    return 0;
  size_t noun = name_end + 1, noun_end = extract_word_end(s, noun, end);
  if (noun_end == noun)
    return 0;
  size_t len = name_end - name_start;
  bool adjective = !memchr(s + name_start, ' ', len) &&
                   extract_not_an_actor(s + name_start, len);
  if (!adjective && the_before(s, name_start) && noun_end - noun == 6 &&
      memcmp(s + noun, "family", 6) == 0) {
    *kind_out = "group";
    return noun_end;
  }
  bool force = extract_word_set_has(&force_set, s + noun, noun_end - noun);
  if (!force && !extract_word_set_has(&set, s + noun, noun_end - noun))
    return 0;
  /* "US army General Tommy Franks": the force says whose the title is */
  if (force && noun_end + 1 < end && s[noun_end] == ' ' &&
      ascii_upper((unsigned char)s[noun_end + 1]))
    return 0;
  *kind_out = force ? "group" : "government";
  if (adjective)
    return noun_end;
  const char *kind = extract_gazetteer_kind(x, s + name_start, len, GAZ_NAME);
  if (kind && (strcmp(kind, "place") == 0 || strcmp(kind, "country") == 0))
    return noun_end;
  /* "the Valais government", "the Howard government": after "the", a name
   * no list knows before the noun is the place or the leader the body is
   * known by */
  return !force && !kind && the_before(s, name_start) ? noun_end : 0;
}

/* Whether s[name_start, name_end) is a title alone ("King", "Mayor") or
 * a title "of the" one word that is no known place ("President of the
 * Republic"). */
static bool office_alone(evg_extraction *x, const char *s, size_t name_start,
                         size_t name_end) {
  size_t first_end = name_start;
  while (first_end < name_end && s[first_end] != ' ')
    first_end++;
  if (!extract_is_title(x, s + name_start, first_end - name_start))
    return false;
  if (first_end == name_end)
    return true;
  size_t rest = first_end + 8;
  if (rest >= name_end || memcmp(s + first_end, " of the ", 8) != 0 ||
      memchr(s + rest, ' ', name_end - rest))
    return false;
  const char *kind =
      extract_gazetteer_kind(x, s + rest, name_end - rest, GAZ_NAME);
  return !kind || (strcmp(kind, "place") != 0 && strcmp(kind, "country") != 0);
}

/* Whether a determiner comes right before the word at `pos` ("the
 * King", "his lord"): a title after one is a common noun of an office. */
static bool determiner_before(const char *s, size_t start, size_t pos) {
  static const char *const words[] = {"the", "a",    "an",    "this",   "that",
                                      "his", "her",  "its",   "their",  "our",
                                      "my",  "your", "whose", "every",  "each",
                                      "no",  "new",  "late",  "former", NULL};
  EXTRACT_WORD_SET(set, words, true);
  size_t b, l = extract_word_just_before(s, start, pos, &b);
  return l && extract_word_set_has(&set, s + b, l);
}

static bool find_candidate(evg_extraction *x, const char *s, size_t start,
                           size_t end, size_t w, size_t *i, bool initial,
                           size_t timex_index, size_t timex_count,
                           name_candidate *c) {
  size_t run_start = w;
  size_t run_end =
      extract_grow_name_run(x, s, end, run_start, *i, timex_index, timex_count);
  run_end = split_two_names(x, s, run_start, run_end);
  run_end = extract_split_fronted_subject(x, s, start, end, run_start, run_end);
  *i = run_end > *i ? run_end : *i;
  /* possessive 's is not part of the name, unless no noun follows it:
   * then the 's is the name's own ("Moody's cut ...") */
  size_t name_end = run_end - extract_possessive(s, run_start, run_end);
  size_t owner = name_end;
  while (owner > run_start && s[owner - 1] != ' ')
    owner--;
  /* a title's genitive names a place or a college ("King's",
   * "Queen's"), not a firm */
  bool own_s = name_end < run_end &&
               !extract_is_title(x, s + owner, name_end - owner) &&
               genitive_name(s, run_end, end);
  if (own_s)
    name_end = run_end;
  if (extract_office_before_holder(x, s, start, end, run_start, run_end))
    return false; /* "the Lord Chamberlain, Thomas Howard," */
  bool titled;
  size_t name_start =
      extract_trim_name_start(x, s, run_start, name_end, initial, &titled);
  /* "Stolen Mixtec codex goes on display": the opener describes */
  if (initial && name_start == run_start)
    name_start = extract_opening_adjective_end(x, s, name_start, name_end, end);
  if (name_end <= name_start)
    return false;
  /* "The King sent word", "the Lord Mayor", "the President of the
   * Republic": a title alone, or of a common noun of a state, is a
   * common noun of an office, as "the company" is of a firm; it names no
   * one ("the Queen of the Netherlands" names a country's queen) */
  bool bare_title = false;
  if (office_alone(x, s, name_start, name_end)) {
    bare_title = !memchr(s + name_start, ' ', name_end - name_start) &&
                 !determiner_before(s, start, name_start);
    if (!bare_title)
      return false;
  }
  /* "the Australian government", "the Norwegian parliament", "the New
   * York legislature", "the Spanish crown": a nationality's adjective or a
   * known place before a lower-case noun of a state's body names that
   * body, which acts; so does "the Ottoman army", a group (troops are
   * named by their people) */
  const char *body_kind = NULL;
  size_t body_end =
      run_end == name_end
          ? state_body_after(x, s, name_start, name_end, end, &body_kind)
          : 0;
  if (body_end) {
    name_end = run_end = *i = body_end;
    extract_remember_cue(x, s + name_start, name_end - name_start, body_kind);
  } else if (extract_people_adjective(s, start, name_start, name_end, end)) {
    extract_remember_cue(x, s + name_start, name_end - name_start, "group");
  } else if (extract_not_a_name(s + name_start, name_end - name_start)) {
    return false;
  }
  *c = (name_candidate){
      name_start, name_end, initial, titled, run_end > name_end, false, {0},
      own_s,      NULL,     false,   false,  bare_title};
  c->title_of_work = !initial && run_end > run_start + 4 &&
                     memcmp(s + run_start, "The ", 4) == 0 &&
                     name_start > run_start;
  c->context =
      extract_mention_context(s, start, end, name_start, name_end, run_end);
  if (titled) {
    size_t firm = extract_title_of_firm(x, s, start, end, run_start, name_start,
                                        name_end, run_end);
    if (firm < name_start) {
      c->start = firm;
      c->titled = false;
      c->context =
          extract_mention_context(s, start, end, firm, name_end, run_end);
    }
  }
  return true;
}

/* Whether the gazetteer makes the candidate's name a place or a
 * country. */
static bool known_place(evg_extraction *x, const char *s,
                        const name_candidate *c) {
  const char *kind =
      extract_gazetteer_kind(x, s + c->start, c->end - c->start, GAZ_NAME);
  return kind && (strcmp(kind, "place") == 0 || strcmp(kind, "country") == 0);
}

/* Whether a list goes on after a name that ends at `pos`: "and" or "or";
 * for a known place also a comma or a period ("in Peoria, Illinois,"),
 * which after another name may close an apposition ("in Vancouver,
 * Harlow & Begg, filed"). */
static bool list_continues(const char *s, size_t pos, size_t end, bool place) {
  if (pos >= end || s[pos] == ',' || s[pos] == '.' || s[pos] == ';')
    return place;
  return (pos + 5 <= end && memcmp(s + pos, " and ", 5) == 0) ||
         (pos + 4 <= end && memcmp(s + pos, " or ", 4) == 0);
}

/* Whether the name at `pos` follows "king of", "governor of", "the
 * archbishop of": the place or body an office is of, named to say which
 * office, not one who acts ("James II became king of England"). */
/* The lower-case noun right before " of " that ends at `pos`, capitalised
 * into word (as the gazetteer spells titles and suffixes): its length, or
 * 0 when there is none. */
static size_t noun_before_of(const char *s, size_t start, size_t pos,
                             char word[32]) {
  if (pos < start + 4 || memcmp(s + pos - 4, " of ", 4) != 0)
    return 0;
  size_t e = pos - 4, b = e;
  while (b > start && ascii_alpha((unsigned char)s[b - 1]))
    b--;
  if (e - b < 3 || e - b > 24 || !ascii_is_lower((unsigned char)s[b]))
    return 0;
  memcpy(word, s + b, e - b);
  word[0] = (char)ascii_to_upper((unsigned char)word[0]);
  return e - b;
}

static bool office_of_before(evg_extraction *x, const char *s, size_t start,
                             size_t pos) {
  char word[32];
  size_t len = noun_before_of(s, start, pos, word);
  return len && extract_is_title(x, word, len);
}

/* Whether the gazetteer lists s[w, e) as a place or a country. */
static bool place_words(evg_extraction *x, const char *s, size_t w, size_t e) {
  const char *kind = extract_gazetteer_kind(x, s + w, e - w, GAZ_NAME);
  return kind && (strcmp(kind, "place") == 0 || strcmp(kind, "country") == 0);
}

/* Whether two to four capitalised words at `at` name a person in an
 * apposition that a comma closes, with a lower-case word after it that
 * is no "and" or "or" of a list: "Siân Pritchard, as", "Tiberius Julius
 * Alexander, made".  No word is a known place or a body's word ("the
 * armies of France, Great Britain, and Russia"; "the owner of the site,
 * Harlow Holdings, said"). */
static bool holder_name_at(evg_extraction *x, const char *s, size_t at,
                           size_t end) {
  size_t index;
  for (size_t words = 1, w = at;; words++) {
    size_t e = extract_word_end(s, w, end);
    if (e == w || !extract_starts_upper(s + w, e - w) ||
        place_words(x, s, w, e) || place_words(x, s, at, e) ||
        extract_gazetteer_lists(x, s + w, e - w, GAZ_SUFFIX, &index))
      return false;
    if (e < end && s[e] == ' ' && words < 4) {
      w = e + 1;
      continue;
    }
    size_t nb, nl = extract_word_just_after(s, e + 1, end, &nb);
    return words >= 2 && e < end && s[e] == ',' && nl &&
           ascii_is_lower((unsigned char)s[nb]) &&
           !equals_ci(s + nb, nl, "and") && !equals_ci(s + nb, nl, "or");
  }
}

/* Whether the candidate is a post named before the one who holds it, in
 * apposition: "the Wreck Commissioner, Lord Mersey,", "The curate of St
 * Luke's, Henry Whitehead,", "the Bishop of Bangor, Rhys Meredydd,".  Its
 * words say which post (a title that ends it or opens it before "of",
 * the place or body after "the curate of"); they name no one who acts.
 * The holder opens with a given name or a title, or is a person's name
 * whose apposition a comma closes (holder_name_at). */
static bool post_before_holder(evg_extraction *x, const char *s, size_t start,
                               size_t end, const name_candidate *c) {
  if (c->end + 2 >= end || s[c->end] != ',' || s[c->end + 1] != ' ')
    return false;
  /* the ASCII word read stops at "É": a name past ASCII ("the Mayor of
   * Tromsø, Émile Ødegård,") is holder_name_at's alone */
  size_t hb, hl = extract_word_after(s, c->end + 1, end, &hb);
  if (hb != c->end + 2 || !((hl && (extract_is_given_name(x, s + hb, hl) ||
                                    extract_is_title(x, s + hb, hl))) ||
                            holder_name_at(x, s, hb, end)))
    return false;
  size_t last =
      c->start + extract_last_word_start(s + c->start, c->end - c->start);
  if (last > c->start && extract_is_title(x, s + last, c->end - last))
    return true;
  /* "the Bishop of Monmouth, Siân Pritchard,": a title before "of" */
  size_t first_end = c->start;
  while (first_end < c->end && s[first_end] != ' ')
    first_end++;
  if (first_end + 4 < c->end && memcmp(s + first_end, " of ", 4) == 0 &&
      extract_is_title(x, s + c->start, first_end - c->start))
    return true;
  size_t pos = c->start;
  if (pos >= start + 4 && memcmp(s + pos - 4, "the ", 4) == 0)
    pos -= 4;
  char word[32];
  size_t len = noun_before_of(s, start, pos, word);
  if (!len)
    return false;
  size_t ab, al = extract_word_before(s, start, pos - 4 - len, &ab);
  return equals_ci(s + ab, al, "the");
}

/* Whether the name at `pos` follows "the fortress of", "the naval base of"
 * (a "the" between allowed): a noun the gazetteer gives structures
 * ("Fort", "Castle", "Base") names a building or a work by the name after
 * it, where things happen, as "Fort X" does; never one who acts. */
static bool structure_of_before(evg_extraction *x, const char *s, size_t start,
                                size_t pos) {
  if (pos >= start + 4 && memcmp(s + pos - 4, "the ", 4) == 0)
    pos -= 4;
  char word[32];
  size_t len = noun_before_of(s, start, pos, word);
  const char *kind =
      len ? extract_gazetteer_kind(x, word, len, GAZ_SUFFIX) : NULL;
  return kind && strcmp(kind, "structure") == 0;
}

/* Whether the candidate sits in what a verb of saying reports that would
 * or might be, with no date after the modal: no happening, so no
 * participant of the saying's ("said that the club would appeal to the
 * Swiss Federal Supreme Court").  A report with a date of its own ("said
 * the union would meet Sandberg next week") tells a plan, whose
 * participants the gold keeps.  Only the timexes next to the name_candidate
 * are read: a bounded step. */
static bool in_undated_reported_modal(evg_extraction *x, const char *s,
                                      size_t start, size_t end,
                                      const name_candidate *c,
                                      size_t timex_index) {
  size_t modal = extract_reported_modal(s, start, end, c->start, c->end);
  if (modal == (size_t)-1)
    return false;
  size_t timex_count = evg_timexes_count(x->timexes);
  if (timex_index > 0 &&
      evg_timexes_get(x->timexes, timex_index - 1)->start >= modal)
    return false;
  return !(timex_index < timex_count &&
           evg_timexes_get(x->timexes, timex_index)->start < end);
}

/* Whether the candidate sits in a relative clause of another noun that
 * gives no date of its own (", which buys no turbines from Nordwerk", "a
 * bet that Crocker had made"): the clause describes that noun, and its
 * names are not participants.  A clause with its own date ("a session
 * that Governor X had called two weeks ago") tells a happening of its
 * own, whose participants they are, and so does one whose noun is dated
 * right before it.  The clause ends at the next comma,
 * semicolon or colon, looked for a bounded way ahead. */
static bool in_undated_relative_clause(evg_extraction *x, const char *s,
                                       size_t start, size_t end,
                                       const name_candidate *c,
                                       size_t timex_index) {
  size_t pronoun = extract_relative_clause(s, start, c->start);
  if (pronoun == (size_t)-1)
    return false;
  /* "The apprentice, who fights under the name Kiyohikari, collapsed":
   * the clause names its own noun, the subject */
  if (extract_naming_words_before(s, start, c->start) &&
      extract_named_subject(s, c->end, end)) {
    /* "who" says the noun, and so the one named, is a person */
    if (equals_ci(s + pronoun, 3, "who") &&
        !ascii_alpha((unsigned char)s[pronoun + 3]))
      extract_remember_cue(x, s + c->start, c->end - c->start, "person");
    return false;
  }
  size_t clause_end = c->end, limit = c->end + 160 < end ? c->end + 160 : end;
  while (clause_end < limit && s[clause_end] != ',' && s[clause_end] != ';' &&
         s[clause_end] != ':')
    clause_end++;
  size_t timex_count = evg_timexes_count(x->timexes);
  /* a date inside the clause, or one that ends right before it and
   * dates its noun ("the Treaty of Nystad in 1721, which gave Russia
   * Livonia": what the treaty did then) */
  if (timex_index > 0 &&
      evg_timexes_get(x->timexes, timex_index - 1)->end + 3 >= pronoun)
    return false;
  if (timex_index < timex_count &&
      evg_timexes_get(x->timexes, timex_index)->start < clause_end)
    return false;
  return true;
}

/* "Wilbur and Orville Wright", "Pierre and Marie Curie": a lone word
 * joined by "and" to a two-word name that nothing else kinds is a given
 * name whose family name the second one carries. */
static bool coordinated_given_name(evg_extraction *x, const char *s,
                                   const name_candidate *lone,
                                   const name_candidate *full) {
  if (memchr(s + lone->start, ' ', lone->end - lone->start) ||
      lone->context.kind || full->context.kind || lone->context.location ||
      full->context.location)
    return false;
  const char *space = memchr(s + full->start, ' ', full->end - full->start);
  if (!space || memchr(space + 1, ' ', (size_t)(s + full->end - space - 1)))
    return false;
  bool place, ship;
  return !extract_kind_of_words(x, s, lone->start, lone->end, &place, &ship) &&
         !place &&
         !extract_kind_of_words(x, s, full->start, full->end, &place, &ship) &&
         !place;
}

/* What the name before says of this one, read before a headline's
 * names are dropped: a place of origin ("Sen. Mark Doyle of Peoria"), a
 * part of a known place ("the Outer Banks of North Carolina" marks the
 * name before), a place of a place's possessive ("at Heart's
 * Content"). */
static void place_after_previous(evg_extraction *x, const char *s, size_t start,
                                 name_candidate *prev, name_candidate *c) {
  bool of_after_prev = c->start >= 4 && prev->end == c->start - 4 &&
                       memcmp(s + c->start - 4, " of ", 4) == 0;
  /* "Sen. Mark Doyle of Peoria": a place of origin after a person */
  if (of_after_prev && (prev->titled || memchr(s + prev->start, ' ',
                                               c->start - 4 - prev->start)))
    c->context.location = true;
  /* "the Outer Banks of North Carolina": a name after "the" that a
   * known place follows with "of" is a part of that place */
  if (of_after_prev && known_place(x, s, c)) {
    if (!prev->titled && prev->start >= start + 4 &&
        (memcmp(s + prev->start - 4, "the ", 4) == 0 ||
         memcmp(s + prev->start - 4, "The ", 4) == 0))
      prev->context.location = true;
  }
  /* "at Heart's Content", "on Martha's Vineyard": a name right after
   * a place's possessive is a place of it (or the place's own name) */
  size_t mark = c->start - prev->end;
  if (prev->possessive && prev->context.location && prev->end < c->start &&
      ((mark == 3 && memcmp(s + prev->end, "'s ", 3) == 0) ||
       (mark == 5 && memcmp(s + prev->end, "\xe2\x80\x99s ", 5) == 0)))
    c->context.location = true;
}

/* What a name shares with the one before in the same sentence: a place
 * in the clause through "and"/"or", a list of places after a comma, a
 * title of a place in apposition. */
static void context_shared_with_previous(evg_extraction *x, const char *s,
                                         size_t end, const name_candidate *prev,
                                         name_candidate *c) {
  size_t gap = c->start - prev->end;
  /* "across Europe and Microsoft complained": a name its verb follows
   * opens a clause of its own, no member of the list before */
  size_t vb, vl = extract_word_just_after(s, c->end, end, &vb);
  bool subject = vl && ascii_is_lower((unsigned char)s[vb]) &&
                 extract_verb_form(s + vb, vl);
  if (prev->end < c->start && gap <= 5 &&
      (memcmp(s + prev->end, " and ", gap) == 0 ||
       memcmp(s + prev->end, " or ", gap) == 0) &&
      (gap == 5 || gap == 4)) {
    c->context.location |= prev->context.location;
    c->context.direction |= prev->context.direction;
    c->context.place_location |= prev->context.place_location;
    c->context.not_participant |= prev->context.not_participant && !subject;
    c->context.given |= prev->context.given;
    /* "the villagers of Fobbing, Corringham and Stanford came": a verb
     * after the last of a list opens no clause of its own */
    c->context.listed =
        !subject || (prev->start >= 2 && s[prev->start - 2] == ',' &&
                     s[prev->start - 1] == ' ');
    /* "the earls Edwin and Morcar": the noun names both */
    if (!c->context.kind)
      c->context.kind = prev->context.kind;
    if (gap == 5 && coordinated_given_name(x, s, prev, c))
      extract_remember_cue(x, s + prev->start, prev->end - prev->start,
                           "person");
  }
  bool after_comma = prev->end + 2 == c->start && s[prev->end] == ',' &&
                     s[prev->end + 1] == ' ';
  /* "from Normandy, Brittany and Flanders", "in Peoria, Illinois,":
   * a name between commas after a place, before "and", "or" or a
   * comma, is a place of the same list or the place's state */
  if (after_comma && list_continues(s, c->end, end, known_place(x, s, c))) {
    c->context.location |= prev->context.location;
    c->context.direction |= prev->context.direction;
    c->context.place_location |= prev->context.place_location;
    c->context.given |= prev->context.given; /* "Livonia, Estonia" */
    c->context.listed = true;
  }
  /* "Edward the Confessor, King of England,": a title of a place
   * in apposition is the post of the name before it */
  size_t first_end = c->start;
  while (first_end < c->end && s[first_end] != ' ')
    first_end++;
  if (after_comma && first_end + 4 < c->end &&
      memcmp(s + first_end, " of ", 4) == 0 &&
      extract_is_title(x, s + c->start, first_end - c->start))
    c->context.not_participant = true;
}

/* Whether a people's adjective of the gazetteer's list stands in a list
 * next to `at` (before it when `before`): ", " or " and " between. */
static bool adjective_listed(const char *s, size_t start, size_t end, size_t at,
                             bool before) {
  size_t b, l = 0;
  if (before) {
    if (at >= start + 2 && s[at - 2] == ',' && s[at - 1] == ' ')
      l = extract_word_before(s, start, at - 2, &b); /* "Bavarian, |" */
    else if (at >= start + 5 && memcmp(s + at - 5, " and ", 5) == 0)
      l = extract_word_just_before(s, start, at - 4, &b); /* "X and |" */
  } else {
    size_t gap = at + 2 <= end && s[at] == ','                      ? at + 1
                 : at + 5 <= end && memcmp(s + at, " and ", 5) == 0 ? at + 4
                                                                    : 0;
    l = gap ? extract_word_just_after(s, gap, end, &b) : 0;
  }
  return l && extract_nationality_adjective(s + b, l);
}

/* "The relief army, Austrian, Bavarian, Saxon and Polish, gathered": one
 * capitalised word between two people's adjectives of a list is one
 * more adjective, not a name. */
static bool adjective_among_adjectives(const char *s, size_t start, size_t end,
                                       const name_candidate *c) {
  return !memchr(s + c->start, ' ', c->end - c->start) &&
         adjective_listed(s, start, end, c->start, true) &&
         adjective_listed(s, start, end, c->end, false);
}

/* Candidates found so far, in the text's order. */
typedef struct {
  name_candidate *items;
  size_t count, cap;
} candidate_list;

/* A chunk of sentences [first, last): the first opens a paragraph (or the
 * text), so no quotation or parenthesis is open before it and no name
 * before it is next to one of it.  timex_first: the first timex that ends
 * after its start. */
typedef struct {
  size_t first, last, timex_first;
  candidate_list found;           /* when found on the helping thread */
  struct extract_name_log logged; /* likewise */
} chunk;

/* Finds the candidates of the chunk's sentences into *found. */
static void find_candidates(evg_extraction *x, const char *s,
                            const range *sentences, const chunk *piece,
                            candidate_list *found) {
  size_t candidate_count = found->count, candidate_cap = found->cap;
  name_candidate *candidates = found->items;
  size_t timex_index = piece->timex_first;
  size_t timex_count = evg_timexes_count(x->timexes);
  /* the first timex not ended before the word, read once as the index
   * moves, not at each word (a call into the list per word) */
  const evg_timex *next_timex = timex_index < timex_count
                                    ? evg_timexes_get(x->timexes, timex_index)
                                    : NULL;
  bool quoted = false;
  int parens = 0;
  size_t scanned = piece->first ? sentences[piece->first].start : 0;
  for (size_t si = piece->first; si < piece->last; si++) {
    size_t start = sentences[si].start, end = sentences[si].end;
    size_t i = extract_dateline_end(s, start, end);
    bool headline_line = title_case_line(s, start, end);
    track_quotes(s, scanned, i, &quoted, &parens);
    scanned = i;
    bool first_word = true;
    while (i < end) {
      while (i < end && !extract_name_char(s, i, end))
        i++;
      /* most gaps are one space, which opens and closes nothing */
      if (i != scanned + 1 || s[scanned] != ' ')
        track_quotes(s, scanned, i, &quoted, &parens);
      size_t w = i;
      i = extract_word_end_quick(s, i, end);
      if (i < end && s[i] == '.' && i > w && extract_abbreviation(s, w, i))
        i++;
      scanned = i;
      if (i == w)
        continue;
      /* a word opening with an ASCII byte not a capital (most words) is
       * no name's start unless an article joins it to one ("al-Assad"):
       * it needs neither the opening's tests nor the time expressions */
      bool small =
          (unsigned char)s[w] < 0x80 && !ascii_upper((unsigned char)s[w]);
      if (small && !extract_article_name_word(s, w, i)) {
        first_word = false;
        continue;
      }
      /* "the U.S. As Kennedy took over": after an abbreviation's period,
       * a word that opens sentences opens one the splitter kept joined */
      bool initial =
          first_word || (w >= start + 2 && s[w - 2] == '.' && s[w - 1] == ' ' &&
                         extract_common_capital(s + w, i - w));
      first_word = false;
      while (next_timex && next_timex->end <= w)
        next_timex = ++timex_index < timex_count
                         ? evg_timexes_get(x->timexes, timex_index)
                         : NULL;
      if (!small && !extract_starts_upper(s + w, i - w) &&
          !extract_article_name_word(s, w, i))
        continue;
      if (next_timex && next_timex->start <= w)
        continue;
      name_candidate c;
      if (!find_candidate(x, s, start, end, w, &i, initial, timex_index,
                          timex_count, &c))
        continue;
      scanned = i;
      if (candidate_count)
        place_after_previous(x, s, start, &candidates[candidate_count - 1], &c);
      if (headline_line)
        continue;
      if (candidate_count)
        context_shared_with_previous(x, s, end,
                                     &candidates[candidate_count - 1], &c);
      /* "the Kestrel Vale and Otter Mead railway": both say which */
      if (candidate_count &&
          extract_coordinated_modifier(s, start, end,
                                       candidates[candidate_count - 1].start,
                                       candidates[candidate_count - 1].end,
                                       c.start, c.end, c.context.modifier)) {
        candidates[candidate_count - 1].context.not_participant = true;
        c.context.not_participant = true;
      }
      if (quoted || parens > 0)
        c.context.not_participant = true;
      if (adjective_among_adjectives(s, start, end, &c) ||
          office_of_before(x, s, start, c.start) ||
          structure_of_before(x, s, start, c.start) ||
          post_before_holder(x, s, start, end, &c) ||
          extract_fronted_time_object(s, start, end, c.start, c.end))
        c.context.not_participant = true;
      if (!c.context.not_participant &&
          (in_undated_relative_clause(x, s, start, end, &c, timex_index) ||
           in_undated_reported_modal(x, s, start, end, &c, timex_index)))
        c.context.not_participant = true;
      if (c.context.kind)
        extract_remember_cue(x, s + c.start, c.end - c.start, c.context.kind);
      if (!initial && !memchr(s + c.start, ' ', c.end - c.start))
        extract_remember_inner_name(x, s + c.start, c.end - c.start);
      c.words_kind = extract_kind_of_words(x, s, c.start, c.end, &c.words_place,
                                           &c.words_ship);
      if (candidate_count == candidate_cap) {
        candidate_cap = candidate_cap ? 2 * candidate_cap : 64;
        candidates =
            evg_xrealloc(candidates, candidate_cap * sizeof *candidates);
      }
      candidates[candidate_count++] = c;
    }
  }
  *found = (candidate_list){candidates, candidate_count, candidate_cap};
}

/* Chunks of about this many bytes, each ended at a paragraph: enough that
 * taking one costs nothing beside finding its names, few enough that the
 * two threads end together. */
#define CHUNK_BYTES 16384

/* Whether only white space, with a blank line ("\n\n", which closes any
 * quotation or parenthesis: track_quotes), lies between two sentences. */
static bool paragraph_between(const char *s, size_t from, size_t to) {
  bool blank = false;
  for (size_t k = from; k < to; k++) {
    if (s[k] != ' ' && s[k] != '\t' && s[k] != '\r' && s[k] != '\n')
      return false;
    blank |= s[k] == '\n' && k + 1 < to && s[k + 1] == '\n';
  }
  return blank;
}

/* The text's chunks (*count of them), each with its first timex. */
static chunk *make_chunks(const evg_extraction *x, const char *s,
                          const range *sentences, size_t sentence_count,
                          size_t *count) {
  size_t n = 0, cap = 16;
  chunk *chunks = evg_xcalloc(cap, sizeof *chunks);
  const evg_timexes *timexes = x->timexes;
  size_t timex_count = evg_timexes_count(timexes), t = 0;
  for (size_t k = 0; k < sentence_count; k++) {
    if (k > 0 &&
        (sentences[k].start - sentences[chunks[n - 1].first].start <
             CHUNK_BYTES ||
         !paragraph_between(s, sentences[k - 1].end, sentences[k].start)))
      continue;
    if (n == cap) {
      cap *= 2;
      chunks = evg_xrealloc(chunks, cap * sizeof *chunks);
    }
    /* the sentences' starts grow: the first timex ending after one is
     * found going on from the chunk before's */
    while (t < timex_count &&
           evg_timexes_get(timexes, t)->end <= sentences[k].start)
      t++;
    chunks[n++] = (chunk){.first = k, .timex_first = t};
    if (n > 1)
      chunks[n - 2].last = k;
  }
  if (n)
    chunks[n - 1].last = sentence_count;
  *count = n;
  return chunks;
}

/* The chunks shared by the mentions stage (from the front) and the events
 * stage's thread (from the back, extract_help_find_mentions). */
struct extract_mention_share {
  pthread_mutex_t lock;
  pthread_cond_t changed;
  bool ready;         /* the chunks are made: what follows is set */
  bool helping;       /* the helper is finding a chunk's names */
  size_t front, back; /* chunks [front, back) are not taken yet */
  const char *s;
  const range *sentences;
  chunk *chunks;
  size_t chunk_count;
  size_t helped; /* chunks the helper found, once all are found */
  /* the helper's extraction: x's gazetteer and timexes, an arena of its
   * own (absorbed into x's after) and the chunk's name log */
  evg_extraction helper;
};

extract_mention_share *extract_mention_share_new(void) {
  extract_mention_share *share = evg_xcalloc(1, sizeof *share);
  pthread_mutex_init(&share->lock, NULL);
  pthread_cond_init(&share->changed, NULL);
  return share;
}

void extract_mention_share_free(extract_mention_share *share) {
  if (!share)
    return;
  pthread_mutex_destroy(&share->lock);
  pthread_cond_destroy(&share->changed);
  evg_arena_free(&share->helper.arena);
  free(share);
}

size_t extract_mention_share_helped(const extract_mention_share *share) {
  return share->helped;
}

void extract_help_find_mentions(extract_mention_share *share) {
  pthread_mutex_lock(&share->lock);
  while (!share->ready)
    pthread_cond_wait(&share->changed, &share->lock);
  while (share->front < share->back) {
    chunk *piece = &share->chunks[--share->back];
    share->helping = true;
    pthread_mutex_unlock(&share->lock);
    share->helper.name_log = &piece->logged;
    find_candidates(&share->helper, share->s, share->sentences, piece,
                    &piece->found);
    pthread_mutex_lock(&share->lock);
    share->helping = false;
    pthread_cond_broadcast(&share->changed);
  }
  pthread_mutex_unlock(&share->lock);
}

/* Puts the candidates of `from` after those of `to`, in one copy. */
static void append_candidates(candidate_list *to, const candidate_list *from) {
  if (to->count + from->count > to->cap) {
    while (to->count + from->count > to->cap)
      to->cap = to->cap ? 2 * to->cap : 64;
    to->items = evg_xrealloc(to->items, to->cap * sizeof *to->items);
  }
  if (from->count)
    memcpy(to->items + to->count, from->items,
           from->count * sizeof *from->items);
  to->count += from->count;
}

/* Finds the candidates of every chunk into *found: those of the chunks it
 * takes here, then those the helper found, with the names they logged put
 * in x's maps in the text's order. */
static void find_all_candidates(evg_extraction *x, const char *s,
                                const range *sentences, size_t sentence_count,
                                extract_mention_share *share,
                                candidate_list *found) {
  if (!share) {
    chunk whole = {.first = 0, .last = sentence_count};
    find_candidates(x, s, sentences, &whole, found);
    return;
  }
  size_t chunk_count;
  chunk *chunks = make_chunks(x, s, sentences, sentence_count, &chunk_count);
  pthread_mutex_lock(&share->lock);
  share->s = s;
  share->sentences = sentences;
  share->chunks = chunks;
  share->chunk_count = share->back = chunk_count;
  share->helper.timexes = x->timexes;
  for (size_t m = 0; m < EXTRACT_GAZETTEER_MAPS; m++)
    share->helper.gazetteer[m] = x->gazetteer[m];
  share->ready = true;
  pthread_cond_broadcast(&share->changed);
  while (share->front < share->back) {
    const chunk *piece = &chunks[share->front++];
    pthread_mutex_unlock(&share->lock);
    find_candidates(x, s, sentences, piece, found);
    pthread_mutex_lock(&share->lock);
  }
  while (share->helping)
    pthread_cond_wait(&share->changed, &share->lock);
  size_t helped = share->front;
  share->helped = chunk_count - helped;
  pthread_mutex_unlock(&share->lock);
  for (size_t k = helped; k < chunk_count; k++) {
    chunk *piece = &chunks[k];
    extract_replay_name_log(x, &piece->logged);
    append_candidates(found, &piece->found);
    free(piece->found.items);
  }
  evg_arena_absorb(&x->arena, &share->helper.arena);
  free(chunks);
}

/* Finds name spans: runs of capitalised words (with "of", "de", "&"
 * inside), less datelines, sentence-initial common words, titles, dates
 * and words inside quotations; gives each an actor, and keeps the
 * mentions that name participants.  Two passes: the kinds that context
 * gives ("shares of Halvorsen") hold for every mention of the name. */
mention *extract_find_mentions(evg_extraction *x, const char *s, size_t len,
                               const range *sentences, size_t sentence_count,
                               extract_mention_share *share, size_t *count) {
  size_t cap = 64, n = 0;
  candidate_list found = {0};
  find_all_candidates(x, s, sentences, sentence_count, share, &found);
  name_candidate *candidates = found.items;
  size_t candidate_count = found.count;
  extract_mark_shared_given_names(x, s, candidates, candidate_count);
  mention *out = evg_xmalloc(cap * sizeof *out);
  /* whether the candidate before was left out as what a noun before
   * "of" is about ("the villagers of Fobbing"): so are the unknown names
   * listed after it ("Corringham and Stanford"), while a known first
   * name ("the omission of Athens and Sparta") keeps its list in */
  bool dropped_of = false;
  for (size_t k = 0; k < candidate_count; k++) {
    bool participant = false;
    if (dropped_of && candidates[k].context.listed)
      candidates[k].context.of_noun = true;
    size_t actor =
        extract_mention_actor(x, s, len, &candidates[k], &participant);
    dropped_of = candidates[k].context.of_noun && !participant;
    if (actor == (size_t)-1 || !participant)
      continue;
    if (n == cap) {
      cap *= 2;
      out = evg_xrealloc(out, cap * sizeof *out);
    }
    out[n++] = (mention){candidates[k].start, candidates[k].end, actor,
                         candidates[k].context.participle_from};
  }
  free(candidates);
  extract_share_list_kinds(x, s, out, n);
  *count = n;
  return out;
}
