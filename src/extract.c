/* extract.c: from prose to proposed events.  Sentences and clauses that
 * carry a date become events; capitalised name spans, helped by the
 * gazetteer, become actors; cue words ("prompted", "in response to")
 * become relations. */
#include "internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* The gazetteer, compiled in from data/gazetteer.txt (build/gazetteer.c). */
extern const char *const evg_gazetteer[];

struct evg_extraction {
  evg_arena arena;
  bool has_anchor;
  evg_date anchor;
  evg_timexes *timexes;
  evg_extracted_event *events;
  size_t event_count, event_cap;
  evg_extracted_actor *actors;
  size_t actor_count, actor_cap;
  evg_map actor_ids;    /* id -> index */
  evg_map family_names; /* last word of a person's name -> index */
  evg_map gazetteer[3]; /* names, suffixes, titles -> gazetteer line */
};

void evg_extraction_free(evg_extraction *x) {
  if (!x)
    return;
  evg_timexes_free(x->timexes);
  free(x->events);
  free(x->actors);
  evg_map_free(&x->actor_ids);
  evg_map_free(&x->family_names);
  for (int k = 0; k < 3; k++)
    evg_map_free(&x->gazetteer[k]);
  evg_arena_free(&x->arena);
  free(x);
}

bool evg_extraction_anchor(const evg_extraction *x, evg_date *anchor) {
  if (x->has_anchor && anchor)
    *anchor = x->anchor;
  return x->has_anchor;
}

const evg_timexes *evg_extraction_timexes(const evg_extraction *x) {
  return x->timexes;
}

size_t evg_extraction_event_count(const evg_extraction *x) {
  return x->event_count;
}

const evg_extracted_event *evg_extraction_event(const evg_extraction *x,
                                                size_t index) {
  return index < x->event_count ? &x->events[index] : NULL;
}

size_t evg_extraction_actor_count(const evg_extraction *x) {
  return x->actor_count;
}

const evg_extracted_actor *evg_extraction_actor(const evg_extraction *x,
                                                size_t index) {
  return index < x->actor_count ? &x->actors[index] : NULL;
}

/* ------------------------------------------------------------------ */
/* Text helpers                                                         */
/* ------------------------------------------------------------------ */

static bool space_at(const char *s, size_t i, size_t len) {
  return i < len &&
         (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r');
}

static bool word_byte(unsigned char c) {
  return isalnum(c) || c >= 0x80 || c == '-' || c == '\'';
}

/* The length of the name character at s: ASCII letters, digits, '-' and
 * '\'', and letters of other scripts; 0 for other characters, including
 * the punctuation outside ASCII (curly quotes, dashes). */
static size_t name_char(const char *text, size_t i, size_t end) {
  const unsigned char *s = (const unsigned char *)text + i;
  if (i >= end)
    return 0;
  if (s[0] < 0x80)
    return isalnum(s[0]) || s[0] == '-' || s[0] == '\'' ? 1 : 0;
  return evg_utf8_letter_len(s, end - i);
}

/* The end of the word starting at i (letters, digits, inner dots). */
static size_t word_end(const char *s, size_t i, size_t end) {
  for (;;) {
    size_t n = name_char(s, i, end);
    if (n) {
      i += n;
    } else if (i + 1 < end && s[i] == '.' && isalpha((unsigned char)s[i + 1]) &&
               i > 0 && isalpha((unsigned char)s[i - 1])) {
      i++;
    } else if (i + 3 < end && (unsigned char)s[i] == 0xE2 &&
               (unsigned char)s[i + 1] == 0x80 &&
               (unsigned char)s[i + 2] == 0x99 &&
               isalpha((unsigned char)s[i + 3])) {
      i += 3; /* a curly apostrophe inside a word: China’s */
    } else {
      return i;
    }
  }
}

/* Ends with the possessive 's (straight or curly)?  Returns its length. */
static size_t possessive(const char *s, size_t start, size_t end) {
  if (end >= start + 3 && s[end - 1] == 's' && s[end - 2] == '\'')
    return 2;
  if (end >= start + 5 && s[end - 1] == 's' &&
      (unsigned char)s[end - 2] == 0x99 && (unsigned char)s[end - 3] == 0x80 &&
      (unsigned char)s[end - 4] == 0xE2)
    return 4;
  return 0;
}

/* Whether w (len bytes) is one of the NULL-terminated words, exactly. */
static bool word_listed(const char *w, size_t len, const char *const *words) {
  for (size_t i = 0; words[i]; i++)
    if (strlen(words[i]) == len && strncmp(words[i], w, len) == 0)
      return true;
  return false;
}

/* Nationality and other adjectives and acronyms that are not actors. */
static bool not_an_actor(const char *w, size_t len) {
  static const char *const words[] = {
      "American",   "British",   "Chinese",    "French",     "German",
      "Japanese",   "Russian",   "Swiss",      "English",    "European",
      "Asian",      "African",   "Indian",     "Korean",     "Italian",
      "Spanish",    "Soviet",    "Western",    "Eastern",    "Westerners",
      "Easterners", "Americans", "Europeans",  "Arab",       "Israeli",
      "Iranian",    "Iraqi",     "Ukrainian",  "Polish",     "Canadian",
      "Mexican",    "Brazilian", "Australian", "Dutch",      "Greek",
      "Turkish",    "Egyptian",  "Persian",    "Roman",      "Christian",
      "Muslim",     "Jewish",    "Catholic",   "Protestant", "AI",
      "A.I",        "A.I.",      "CEO",        "GDP",        "EV",
      "E.V.",       "E.V",       "IPO",        "TV",         "OK",
      "PhD",        "Internet",  NULL};
  return word_listed(w, len, words);
}

static bool starts_upper(const char *s, size_t len) {
  const unsigned char *u = (const unsigned char *)s;
  if (len == 0)
    return false;
  if (u[0] < 0x80)
    return isupper(u[0]) != 0;
  size_t n = evg_utf8_valid_len(u, len);
  if (!n)
    return false;
  /* Capitals of Latin-1 (À-Þ but not ×), Latin Extended-A (capital and
   * small alternate, with a shift at U+0139 and U+0179), Greek and
   * Cyrillic; CJK ideographs start names too. */
  unsigned int cp = evg_utf8_decode(u, n);
  if (cp >= 0x100 && cp <= 0x17F) {
    if (cp == 0x178)
      return true; /* Ÿ */
    if (cp == 0x138 || cp == 0x17F)
      return false; /* ĸ and ſ have no capital */
    bool odd = cp & 1;
    return (cp >= 0x139 && cp <= 0x148) || cp >= 0x179 ? odd : !odd;
  }
  return (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
         (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x400 && cp <= 0x42F) ||
         (cp >= 0x4E00 && cp <= 0x9FFF);
}

static bool equals_ci(const char *a, size_t len, const char *b) {
  if (strlen(b) != len)
    return false;
  for (size_t i = 0; i < len; i++)
    if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[i]))
      return false;
  return true;
}

/* Sentence boundaries: after . ! ? (and closing quotes) followed by space
 * and an upper-case letter, digit or quote; and at every line end. */
typedef struct {
  size_t start, end;
} range;

static range *split_sentences(const char *s, size_t len, size_t *count) {
  size_t cap = 64, n = 0;
  range *out = evg_xmalloc(cap * sizeof *out);
  size_t start = 0;
  for (size_t i = 0; i <= len; i++) {
    bool boundary = false;
    size_t end = i;
    if (i == len || s[i] == '\n') {
      boundary = true;
    } else if (s[i] == '.' || s[i] == '!' || s[i] == '?') {
      size_t j = i + 1;
      /* closing quotes and brackets stay with the sentence */
      while (j < len && (s[j] == '"' || s[j] == '\'' || s[j] == ')' ||
                         (j + 2 < len && (unsigned char)s[j] == 0xE2 &&
                          (unsigned char)s[j + 1] == 0x80 &&
                          ((unsigned char)s[j + 2] == 0x9D ||
                           (unsigned char)s[j + 2] == 0x99))))
        j += (unsigned char)s[j] == 0xE2 ? 3 : 1;
      if (j < len && (s[j] == ' ' || s[j] == '\t')) {
        size_t k = j;
        while (k < len && (s[k] == ' ' || s[k] == '\t'))
          k++;
        size_t w = i;
        while (w > start && word_byte((unsigned char)s[w - 1]) &&
               s[w - 1] != '\'')
          w--;
        /* inner dots: U.S. */
        while (w > start + 1 && s[w - 1] == '.' &&
               isalpha((unsigned char)s[w - 2])) {
          w--;
          while (w > start && isalpha((unsigned char)s[w - 1]))
            w--;
        }
        bool abbreviation = s[i] == '.' && evg_abbreviation(s + w, i - w);
        if (k < len && !abbreviation &&
            (isupper((unsigned char)s[k]) || isdigit((unsigned char)s[k]) ||
             s[k] == '"' || (unsigned char)s[k] >= 0x80)) {
          boundary = true;
          end = j;
          i = j - 1;
        }
      }
    }
    if (!boundary)
      continue;
    size_t a = start, b = end;
    while (a < b && space_at(s, a, len))
      a++;
    while (b > a && space_at(s, b - 1, len))
      b--;
    if (b > a) {
      if (n == cap) {
        cap *= 2;
        out = evg_xrealloc(out, cap * sizeof *out);
      }
      out[n++] = (range){a, b};
    }
    start = end + (end < len && s[end] == '\n' ? 1 : 0);
    if (end == i && i < len && s[i] == '\n')
      start = i + 1;
  }
  *count = n;
  return out;
}

/* ------------------------------------------------------------------ */
/* Actors                                                               */
/* ------------------------------------------------------------------ */

typedef struct {
  size_t start, end; /* bytes of the name */
  size_t actor;
} mention;

enum { GAZ_NAME, GAZ_SUFFIX, GAZ_TITLE };

/* Indexes the gazetteer by the text of each entry, once per extraction. */
static void load_gazetteer(evg_extraction *x) {
  for (size_t i = 0; evg_gazetteer[i]; i++) {
    const char *line = evg_gazetteer[i];
    const char *tab = strchr(line, '\t');
    if (!tab)
      continue;
    int which = strncmp(line, "title\t", 6) == 0   ? GAZ_TITLE
                : strncmp(line, "suffix-", 7) == 0 ? GAZ_SUFFIX
                                                   : GAZ_NAME;
    evg_map_put(&x->gazetteer[which], tab + 1, i);
  }
}

/* Whether the gazetteer lists a name (or a suffix word); *index is its
 * line. */
static bool gazetteer_lists(const evg_extraction *x, const char *name,
                            size_t len, int which, size_t *index) {
  char key[96];
  if (len >= sizeof key)
    return false;
  memcpy(key, name, len);
  key[len] = '\0';
  return evg_map_get(&x->gazetteer[which], key, index);
}

/* The kind the gazetteer gives a name (or a suffix word), or NULL. */
static const char *gazetteer_kind(evg_extraction *x, const char *name,
                                  size_t len, int which) {
  size_t index;
  if (!gazetteer_lists(x, name, len, which, &index))
    return NULL;
  const char *line = evg_gazetteer[index];
  const char *tab = strchr(line, '\t');
  const char *kind = which == GAZ_SUFFIX ? line + 7 : line;
  return evg_arena_strndup(&x->arena, kind, (size_t)(tab - kind));
}

static bool is_title(evg_extraction *x, const char *word, size_t len) {
  size_t index;
  return gazetteer_lists(x, word, len, GAZ_TITLE, &index);
}

/* Capitalised words that start sentences without being names. */
static bool common_capital(const char *w, size_t len) {
  static const char *const words[] = {
      "The",       "A",     "An",        "In",       "On",
      "At",        "By",    "For",       "But",      "And",
      "Or",        "As",    "It",        "Its",      "He",
      "She",       "They",  "We",        "I",        "You",
      "This",      "That",  "These",     "Those",    "There",
      "Here",      "His",   "Her",       "Their",    "Our",
      "My",        "Some",  "Such",      "Still",    "Although",
      "When",      "While", "After",     "Before",   "Since",
      "Until",     "If",    "Given",     "Speaking", "Elsewhere",
      "More",      "Most",  "Many",      "Much",     "Last",
      "Next",      "Then",  "Yet",       "So",       "Also",
      "Even",      "To",    "From",      "With",     "Without",
      "Did",       "Do",    "Does",      "Is",       "Was",
      "Were",      "Are",   "Sure",      "Of",       "Engineering",
      "Yesterday", "Today", "Tomorrow",  "Earlier",  "Later",
      "What",      "Who",   "How",       "Why",      "Where",
      "Which",     "No",    "Not",       "All",      "Both",
      "Each",      "Every", "Another",   "Other",    "One",
      "Two",       "Three", "Meanwhile", "However",  "Instead",
      "Now",       "Once",  "Over",      "Under",    "Shortly",
      "Soon",      "Just",  "Only",      "First",    "Second",
      "Third",     NULL};
  return word_listed(w, len, words);
}

static bool temporal_word(const char *w, size_t len) {
  static const char *const words[] = {
      "January",      "February",  "March",     "April",
      "May",          "June",      "July",      "August",
      "September",    "October",   "November",  "December",
      "Jan.",         "Feb.",      "Aug.",      "Sept.",
      "Oct.",         "Nov.",      "Dec.",      "Monday",
      "Tuesday",      "Wednesday", "Thursday",  "Friday",
      "Saturday",     "Sunday",    "Christmas", "Easter",
      "Thanksgiving", "New",       "Year",      "Eve",
      "Day",          NULL};
  return word_listed(w, len, words);
}

static size_t add_actor(evg_extraction *x, const char *name, size_t len,
                        const char *kind) {
  /* The id: the name in lower case ASCII with dashes, Latin letters with
   * marks written without them ("Émile" -> "emile").  Letters of other
   * scripts have no ASCII form: a name with any gets a hash of itself
   * after the rest ("北京 Holdings" -> "holdings-1b2c3d", "北京" ->
   * "actor-4e5f60"), so that one name keeps one id and two names do not
   * share one. */
  char id[64];
  size_t n = 0;
  bool dash = false, dropped = false;
  const unsigned char *u = (const unsigned char *)name;
  size_t i = 0;
  while (i < len && n + 3 < sizeof id) {
    const char *letters = NULL;
    char ascii[2] = {0, 0};
    size_t step = 1;
    if (isalnum(u[i])) {
      ascii[0] = (char)tolower(u[i]);
      letters = ascii;
    } else if (u[i] >= 0x80) {
      step = evg_utf8_valid_len(u + i, len - i);
      if (!step)
        step = 1;
      else
        letters = evg_ascii_letters(evg_utf8_decode(u + i, step));
      if (!letters && evg_utf8_letter_len(u + i, len - i))
        dropped = true;
    }
    i += step;
    if (!letters) {
      dash = true;
      continue;
    }
    if (dash && n > 0)
      id[n++] = '-';
    for (; *letters && n + 1 < sizeof id; letters++)
      id[n++] = *letters;
    dash = false;
  }
  id[n] = '\0';
  if (i < len)
    dropped = true; /* cut short: two long names could share the rest */
  if (n == 0 || !isalpha((unsigned char)id[0]))
    n = 0, dropped = true;
  if (dropped) {
    uint32_t hash = evg_hash32(name, len);
    if (n > 40)
      n = 40;
    snprintf(id + n, sizeof id - n, "%s%06x", n ? "-" : "actor-",
             (unsigned)(hash & 0xFFFFFF));
  }
  size_t existing;
  if (evg_map_get(&x->actor_ids, id, &existing))
    return existing;
  if (x->actor_count == x->actor_cap) {
    x->actor_cap = x->actor_cap ? x->actor_cap * 2 : 16;
    x->actors = evg_xrealloc(x->actors, x->actor_cap * sizeof *x->actors);
  }
  evg_extracted_actor *a = &x->actors[x->actor_count];
  a->id = evg_arena_strndup(&x->arena, id, strlen(id));
  a->name = evg_arena_strndup(&x->arena, name, len);
  a->kind = evg_arena_strndup(&x->arena, kind, strlen(kind));
  evg_map_put(&x->actor_ids, a->id, x->actor_count);
  const char *space = strrchr(a->name, ' ');
  if (strcmp(kind, "person") == 0 && space)
    evg_map_put(&x->family_names, space + 1, x->actor_count);
  return x->actor_count++;
}

/* Finds name spans: runs of capitalised words (with "of", "de", "&"
 * inside), less sentence-initial common words, titles and dates. */
static mention *find_mentions(evg_extraction *x, const char *s, size_t len,
                              const range *sentences, size_t sentence_count,
                              size_t *count) {
  size_t cap = 64, n = 0;
  mention *out = evg_xmalloc(cap * sizeof *out);
  size_t timex_index = 0;
  size_t timex_count = evg_timexes_count(x->timexes);
  for (size_t si = 0; si < sentence_count; si++) {
    size_t i = sentences[si].start, end = sentences[si].end;
    bool first_word = true;
    while (i < end) {
      while (i < end && !name_char(s, i, end))
        i++;
      size_t w = i;
      i = word_end(s, i, end);
      /* a trailing period of an abbreviation like "Inc." or "U.S." */
      if (i < end && s[i] == '.' && i - w <= 4 && i > w &&
          isupper((unsigned char)s[w]))
        i++;
      if (i == w)
        continue;
      bool initial = first_word;
      first_word = false;
      while (timex_index < timex_count &&
             evg_timexes_get(x->timexes, timex_index)->end <= w)
        timex_index++;
      if (!starts_upper(s + w, i - w))
        continue;
      if (timex_index < timex_count &&
          evg_timexes_get(x->timexes, timex_index)->start <= w)
        continue;
      /* grow the run */
      size_t run_start = w, run_end = i;
      size_t k = i;
      for (;;) {
        size_t gap = k;
        while (gap < end && s[gap] == ' ')
          gap++;
        if (gap == k || gap >= end)
          break;
        if (possessive(s, run_start, run_end))
          break; /* "China's AI": the name ends at the possessive */
        size_t nw = gap, ne = word_end(s, gap, end);
        if (ne < end && s[ne] == '.' && ne - nw <= 4 &&
            isupper((unsigned char)s[nw]))
          ne++;
        if (ne == nw)
          break;
        bool connector = equals_ci(s + nw, ne - nw, "of") ||
                         equals_ci(s + nw, ne - nw, "de") ||
                         equals_ci(s + nw, ne - nw, "&");
        if (connector && !starts_upper(s + nw, ne - nw)) {
          /* only when a capitalised word follows */
          size_t after = ne;
          while (after < end && s[after] == ' ')
            after++;
          size_t after_end = word_end(s, after, end);
          if (after_end > after && starts_upper(s + after, after_end - after) &&
              !temporal_word(s + after, after_end - after)) {
            run_end = after_end;
            k = after_end;
            continue;
          }
          break;
        }
        if (!starts_upper(s + nw, ne - nw) || temporal_word(s + nw, ne - nw))
          break;
        if (timex_index < timex_count &&
            evg_timexes_get(x->timexes, timex_index)->start < ne &&
            evg_timexes_get(x->timexes, timex_index)->end > nw)
          break;
        run_end = ne;
        k = ne;
      }
      i = run_end > i ? run_end : i;
      /* possessive 's is not part of the name */
      size_t name_end = run_end - possessive(s, run_start, run_end);
      size_t name_start = run_start;
      /* adjectives and acronyms at the front: "American A.I. firms" */
      for (;;) {
        size_t first_end = name_start;
        while (first_end < name_end && s[first_end] != ' ')
          first_end++;
        bool article =
            equals_ci(s + name_start, first_end - name_start, "the") ||
            equals_ci(s + name_start, first_end - name_start, "a");
        if (first_end >= name_end ||
            (!article && !not_an_actor(s + name_start, first_end - name_start)))
          break;
        name_start = first_end + 1;
        while (name_start < name_end && s[name_start] == ' ')
          name_start++;
      }
      /* first word: drop it when it is a common sentence opener */
      size_t first_end = name_start;
      while (first_end < name_end && s[first_end] != ' ')
        first_end++;
      if (initial && common_capital(s + name_start, first_end - name_start)) {
        name_start = first_end;
        while (name_start < name_end && s[name_start] == ' ')
          name_start++;
      }
      /* titles: "Premier Li Qiang", "Commerce Secretary Gina Raimondo" */
      bool titled = false;
      for (size_t p = name_start; p < name_end;) {
        size_t q = p;
        while (q < name_end && s[q] != ' ')
          q++;
        if (is_title(x, s + p, q - p) && q < name_end) {
          name_start = q + 1;
          titled = true;
        }
        p = q + 1;
      }
      if (name_end <= name_start)
        continue;
      size_t name_len = name_end - name_start;
      const char *name = s + name_start;
      if (temporal_word(name, name_len) || common_capital(name, name_len) ||
          not_an_actor(name, name_len))
        continue;
      {
        /* "English-language": an adjective with its noun */
        size_t dash = 0;
        while (dash < name_len && name[dash] != '-')
          dash++;
        if (dash < name_len && not_an_actor(name, dash))
          continue;
      }
      /* a single word starting a sentence: a name only when the text also
       * capitalises it elsewhere or the gazetteer knows it */
      const char *kind = gazetteer_kind(x, name, name_len, GAZ_NAME);
      size_t last_word = name_start;
      for (size_t p = name_start; p < name_end; p++)
        if (s[p] == ' ')
          last_word = p + 1;
      size_t first_word_end = name_start;
      while (first_word_end < name_end && s[first_word_end] != ' ')
        first_word_end++;
      if (!kind)
        kind =
            gazetteer_kind(x, s + last_word, name_end - last_word, GAZ_SUFFIX);
      if (!kind)
        kind = gazetteer_kind(x, name, first_word_end - name_start, GAZ_SUFFIX);
      bool words_several = last_word > name_start;
      if (!kind && titled)
        kind = "person";
      /* later mentions of a person by family name */
      size_t actor = (size_t)-1;
      if (!kind && !words_several) {
        char family[64];
        if (name_len < sizeof family) {
          memcpy(family, name, name_len);
          family[name_len] = '\0';
          size_t found;
          if (evg_map_get(&x->family_names, family, &found))
            actor = found;
        }
        if (actor == (size_t)-1 && (initial || name_len < 3))
          continue;
      }
      if (actor == (size_t)-1) {
        if (!kind) {
          int words = 1;
          for (size_t p = name_start; p < name_end; p++)
            words += s[p] == ' ';
          kind = words >= 2 && words <= 3 ? "person" : "other";
        }
        actor = add_actor(x, name, name_len, kind);
      }
      if (n == cap) {
        cap *= 2;
        out = evg_xrealloc(out, cap * sizeof *out);
      }
      out[n++] = (mention){name_start, name_end, actor};
    }
  }
  *count = n;
  return out;
}

/* ------------------------------------------------------------------ */
/* Events                                                               */
/* ------------------------------------------------------------------ */

static const char *const cause_cues[] = {
    "prompted",    "caused",   "triggered", "sparked", "led to",
    "resulted in", "provoked", "spurred",   "set off", "touched off",
    "forced",      "drove",    NULL};
static const char *const response_cues[] = {"in response to", "in reaction to",
                                            "responding to",
                                            "in retaliation for", NULL};

/* The first whole-word, case-insensitive occurrence of any cue in
 * s[start, end); returns its start (or end when none) and its length. */
static size_t find_cue(const char *s, size_t start, size_t end,
                       const char *const *cues, size_t *cue_len) {
  for (size_t i = start; i < end; i++) {
    if (i > start && word_byte((unsigned char)s[i - 1]))
      continue;
    for (size_t c = 0; cues[c]; c++) {
      size_t l = strlen(cues[c]);
      if (i + l <= end && equals_ci(s + i, l, cues[c]) &&
          (i + l == end || !word_byte((unsigned char)s[i + l]))) {
        *cue_len = l;
        return i;
      }
    }
  }
  return end;
}

/* Line and column of a byte offset inside a sentence whose start position
 * is known: the scan is bounded by the sentence. */
typedef struct {
  size_t offset;
  int line, col;
} text_pos;

static text_pos position_in(const char *s, text_pos from, size_t offset) {
  text_pos at = from;
  size_t line_start = from.offset;
  int col_base = from.col;
  for (size_t i = from.offset; i < offset; i++) {
    if (s[i] == '\n') {
      at.line++;
      line_start = i + 1;
      col_base = 1;
    }
  }
  at.offset = offset;
  at.col = col_base + (int)evg_utf8_count(s + line_start, offset - line_start);
  return at;
}

/* The index of the first timex that ends after `offset` (binary search:
 * labels are made in any order). */
static size_t first_timex_after(const evg_extraction *x, size_t offset) {
  size_t lo = 0, hi = evg_timexes_count(x->timexes);
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (evg_timexes_get(x->timexes, mid)->end <= offset)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* Words that open a comma-enclosed aside after the main clause has begun
 * (appositions, relative and participial clauses), and words that open a
 * subordinate clause before it.  A label keeps the main clause only. */
static bool word_in(const char *w, size_t len, const char *const *words) {
  for (size_t i = 0; words[i]; i++)
    if (equals_ci(w, len, words[i]))
      return true;
  return false;
}

static bool aside_opener(const char *w, size_t len) {
  static const char *const words[] = {
      "a",          "an",     "who",       "which",
      "whose",      "whom",   "where",     "including",
      "citing",     "adding", "according", "particularly",
      "especially", "just",   "shortly",   NULL};
  return word_in(w, len, words);
}

static bool leading_opener(const char *w, size_t len) {
  static const char *const words[] = {
      "when",   "while",   "although", "though",  "as",        "if",    "after",
      "before", "shortly", "just",     "however", "meanwhile", "still", "yet",
      "but",    "and",     "also",     "then",    "thus",      NULL};
  return word_in(w, len, words);
}

#define LABEL_WORDS 14

/* A short label: the part's main clause.  The text is cut into
 * comma-separated segments; segments that open the clause and hold its
 * date ("Last week,", "On Monday,") and asides (", a tech startup,", ",
 * which ...") are dropped, date phrases inside the rest are removed, and
 * the result is cut at LABEL_WORDS words. */
static char *make_label(evg_extraction *x, const char *s, size_t start,
                        size_t end) {
  size_t count = evg_timexes_count(x->timexes);
  size_t t = first_timex_after(x, start);
  evg_buf text = {0};
  evg_buf_append(&text, "", 0);
  bool kept_any = false, after_aside = false;
  size_t seg = start;
  while (seg < end) {
    size_t seg_end = seg;
    while (seg_end < end &&
           !(s[seg_end] == ',' && seg_end + 1 < end && s[seg_end + 1] == ' ') &&
           s[seg_end] != ';')
      seg_end++;
    size_t a = seg;
    while (a < seg_end && (s[a] == ' ' || s[a] == ','))
      a++;
    size_t first_end = a;
    while (first_end < seg_end && isalpha((unsigned char)s[first_end]))
      first_end++;
    bool has_timex = false;
    for (size_t k = t; k < count; k++) {
      const evg_timex *timex = evg_timexes_get(x->timexes, k);
      if (timex->start >= seg_end)
        break;
      if (timex->end > a)
        has_timex = true;
    }
    size_t words_in_segment = 1;
    for (size_t k = a; k < seg_end; k++)
      words_in_segment += s[k] == ' ';
    /* "Last week,", "On Monday,": a short opening that holds the date */
    bool drop =
        (!kept_any && has_timex && seg_end < end && words_in_segment <= 8) ||
        (!kept_any && leading_opener(s + a, first_end - a) && seg_end < end) ||
        (kept_any && aside_opener(s + a, first_end - a));
    if (drop && kept_any)
      after_aside = true;
    if (!drop) {
      size_t before = text.len;
      if (kept_any)
        evg_buf_puts(&text, after_aside ? " " : ", ");
      size_t mark = text.len;
      after_aside = false;
      /* copy, leaving out date phrases and the preposition before each */
      size_t i = a;
      while (i < seg_end) {
        const evg_timex *timex = NULL;
        while (t < count && evg_timexes_get(x->timexes, t)->end <= i)
          t++;
        if (t < count && evg_timexes_get(x->timexes, t)->start <= i)
          timex = evg_timexes_get(x->timexes, t);
        if (timex) {
          size_t back = text.len;
          while (back > 0 && text.data[back - 1] == ' ')
            back--;
          size_t word = back;
          while (word > 0 && isalpha((unsigned char)text.data[word - 1]))
            word--;
          static const char *const preps[] = {
              "on",    "in",   "at", "by",   "during", "since",
              "until", "from", "of", "last", "this",   NULL};
          for (size_t p = 0; preps[p]; p++)
            if (equals_ci(text.data + word, back - word, preps[p])) {
              text.len = word;
              text.data[word] = '\0';
            }
          i = timex->end;
          continue;
        }
        char c = s[i];
        if (c == '\n' || c == '\r' || c == '\t')
          c = ' ';
        if (!(c == ' ' && (text.len == 0 || text.data[text.len - 1] == ' ')))
          evg_buf_putc(&text, c);
        i++;
      }
      /* a segment that was only a date adds nothing */
      bool empty = true;
      for (size_t k = mark; k < text.len && empty; k++)
        empty = text.data[k] == ' ' || text.data[k] == ',';
      if (empty) {
        text.len = before;
        text.data[before] = '\0';
      } else {
        kept_any = true;
      }
    }
    seg = seg_end < end ? seg_end + 1 : end;
  }
  /* tidy: no space before punctuation, no doubled commas */
  evg_buf tidy = {0};
  evg_buf_append(&tidy, "", 0);
  for (size_t i = 0; i < text.len; i++) {
    char c = text.data[i];
    if ((c == ',' || c == '.') && tidy.len && tidy.data[tidy.len - 1] == ' ')
      tidy.data[--tidy.len] = '\0';
    if (c == ',' && tidy.len && tidy.data[tidy.len - 1] == ',')
      continue;
    if (c == ' ' && (tidy.len == 0 || tidy.data[tidy.len - 1] == ' '))
      continue;
    evg_buf_putc(&tidy, c);
  }
  evg_buf_free(&text);
  size_t a = 0, b = tidy.len;
  while (a < b &&
         (tidy.data[a] == ' ' || tidy.data[a] == ',' || tidy.data[a] == ';' ||
          tidy.data[a] == '-' || tidy.data[a] == ':'))
    a++;
  while (b > a && (tidy.data[b - 1] == ' ' || tidy.data[b - 1] == ',' ||
                   tidy.data[b - 1] == '.' || tidy.data[b - 1] == ';' ||
                   tidy.data[b - 1] == ':'))
    b--;
  size_t words = 0, cut = b;
  for (size_t p = a; p < b; p++) {
    if (tidy.data[p] == ' ' && ++words == LABEL_WORDS) {
      cut = p;
      break;
    }
  }
  while (cut > a && (tidy.data[cut - 1] == ',' || tidy.data[cut - 1] == ' '))
    cut--;
  evg_buf out = {0};
  evg_buf_append(&out, tidy.data + a, cut - a);
  if (cut < b)
    evg_buf_puts(&out, " …");
  if (out.len && islower((unsigned char)out.data[0]))
    out.data[0] = (char)toupper((unsigned char)out.data[0]);
  evg_buf_free(&tidy);
  char *label = evg_arena_strndup(&x->arena, out.data, out.len);
  evg_buf_free(&out);
  return label;
}

/* The events-file date of a timex, or NULL when it has none. */
static const char *timex_date(evg_extraction *x, const evg_timex *t,
                              bool on_or_before) {
  char text[96];
  if (t->has_date) {
    evg_date d = t->date;
    if (t->mod && strcmp(t->mod, "APPROX") == 0)
      (void)evg_date_qualify(&d, true, false);
    if (on_or_before && !d.interval) {
      d.open_start = true;
      d.interval = true;
      d.to = d.from;
      evg_date_compute_bounds(&d);
    }
    evg_date_format_iso(&d, text, sizeof text);
  } else if (t->needs_anchor && t->relative) {
    if (on_or_before)
      return NULL;
    snprintf(text, sizeof text, "%s", t->relative);
  } else {
    return NULL;
  }
  return evg_arena_strndup(&x->arena, text, strlen(text));
}

typedef struct {
  size_t start, end;
  const evg_timex *timex;
  bool on_or_before;
  int relation;
  size_t target_offset; /* the related part, by its index among parts */
} part;

#define MAX_EVENT_ACTORS 8

static void add_event(evg_extraction *x, const char *s, const range *sentence,
                      text_pos sentence_pos, const part *p,
                      const mention *mentions, size_t mention_count,
                      size_t first_mention) {
  const char *date = timex_date(x, p->timex, p->on_or_before);
  if (!date)
    return;
  if (x->event_count == x->event_cap) {
    x->event_cap = x->event_cap ? x->event_cap * 2 : 32;
    x->events = evg_xrealloc(x->events, x->event_cap * sizeof *x->events);
  }
  evg_extracted_event *e = &x->events[x->event_count];
  memset(e, 0, sizeof *e);
  char id[32];
  snprintf(id, sizeof id, "event-%zu", x->event_count + 1);
  e->id = evg_arena_strndup(&x->arena, id, strlen(id));
  e->date = date;
  e->label = make_label(x, s, p->start, p->end);
  e->quote = evg_arena_strndup(&x->arena, s + sentence->start,
                               sentence->end - sentence->start);
  e->start = p->start;
  e->end = p->end;
  text_pos a = position_in(s, sentence_pos, p->start);
  text_pos b = position_in(s, a, p->end);
  e->start_line = a.line, e->start_col = a.col;
  e->end_line = b.line, e->end_col = b.col;
  /* actors named in the part, each once, at most MAX_EVENT_ACTORS: the
   * array is sized to that cap, not to the text's mentions (which made
   * memory quadratic in the number of dated sentences) */
  size_t *actors =
      evg_arena_alloc(&x->arena, MAX_EVENT_ACTORS * sizeof *actors);
  size_t count = 0;
  for (size_t m = first_mention;
       m < mention_count && mentions[m].start < p->end; m++) {
    if (mentions[m].end <= p->start)
      continue;
    bool seen = false;
    for (size_t k = 0; k < count && !seen; k++)
      seen = actors[k] == mentions[m].actor;
    if (!seen && count < MAX_EVENT_ACTORS)
      actors[count++] = mentions[m].actor;
  }
  e->actors = actors;
  e->actor_count = count;
  e->relation = -1;
  x->event_count++;
}

/* "X prompted Y" at the cue text[cue, cue + cue_len): X causes Y; X
 * happened on or before Y's date. */
static void cause_and_effect(evg_extraction *x, const char *text,
                             const range *sentence, text_pos cursor,
                             const evg_timex *date, const mention *mentions,
                             size_t mention_count, size_t first_mention,
                             size_t cue, size_t cue_len) {
  size_t first_event = x->event_count;
  /* "..., a startup whose release of R1 prompted a sell-off": the
   * cause starts at the relative pronoun; what comes before it is the
   * sentence's own event, and cause and effect come on or before it */
  size_t pronoun = sentence->start, pronoun_len = 0;
  for (size_t p = sentence->start; p + 7 < cue; p++) {
    static const char *const pronouns[] = {" whose ", " which ", " who ", NULL};
    for (size_t k = 0; pronouns[k]; k++) {
      size_t l = strlen(pronouns[k]);
      if (p + l <= cue && strncmp(text + p, pronouns[k], l) == 0)
        pronoun = p, pronoun_len = l;
    }
  }
  bool nested = pronoun_len > 0;
  if (nested) {
    part main = {sentence->start, pronoun, date, false, -1, 0};
    add_event(x, text, sentence, cursor, &main, mentions, mention_count,
              first_mention);
    first_event = x->event_count;
  }
  part cause = {
      nested ? pronoun + pronoun_len : sentence->start, cue, date, true, -1, 0};
  part effect = {cue + cue_len, sentence->end, date, nested, -1, 0};
  add_event(x, text, sentence, cursor, &cause, mentions, mention_count,
            first_mention);
  size_t cause_index = x->event_count - 1;
  bool have_cause = x->event_count > first_event;
  add_event(x, text, sentence, cursor, &effect, mentions, mention_count,
            first_mention);
  if (have_cause && x->event_count == first_event + 2) {
    x->events[cause_index].relation = EVG_REL_CAUSES;
    x->events[cause_index].target = x->event_count - 1;
  }
}

/* "..., in response to X, ..." at text[response, response + cue_len): X
 * is on or before the sentence */
static void response_to(evg_extraction *x, const char *text,
                        const range *sentence, text_pos cursor,
                        const evg_timex *date, const mention *mentions,
                        size_t mention_count, size_t first_mention,
                        size_t response, size_t cue_len) {
  size_t first_event = x->event_count;
  size_t stimulus_end = response + cue_len;
  while (stimulus_end < sentence->end && text[stimulus_end] != ',' &&
         text[stimulus_end] != ';')
    stimulus_end++;
  part main = {sentence->start, sentence->end, date, false, -1, 0};
  part stimulus = {response + cue_len, stimulus_end, date, true, -1, 0};
  add_event(x, text, sentence, cursor, &main, mentions, mention_count,
            first_mention);
  size_t main_index = x->event_count - 1;
  add_event(x, text, sentence, cursor, &stimulus, mentions, mention_count,
            first_mention);
  if (x->event_count == first_event + 2) {
    x->events[main_index].relation = EVG_REL_RESPONDS_TO;
    x->events[main_index].target = x->event_count - 1;
  }
}

/* The events of a sentence whose date is `date`, and the relations its
 * cue words say: a cause and its effect, a response and what it answers,
 * else the whole sentence (which answers the previous event when it opens
 * with "In response"). */
static void sentence_events(evg_extraction *x, const char *text,
                            const range *sentence, text_pos cursor,
                            const evg_timex *date, const mention *mentions,
                            size_t mention_count, size_t first_mention) {
  size_t first_event = x->event_count;
  size_t cue_len = 0;
  size_t cue =
      find_cue(text, sentence->start, sentence->end, cause_cues, &cue_len);
  size_t response =
      find_cue(text, sentence->start, sentence->end, response_cues, &cue_len);
  if (cue < sentence->end && cue - sentence->start > 12 &&
      sentence->end - (cue + cue_len) > 12) {
    cause_and_effect(x, text, sentence, cursor, date, mentions, mention_count,
                     first_mention, cue, cue_len);
  } else if (response < sentence->end) {
    response_to(x, text, sentence, cursor, date, mentions, mention_count,
                first_mention, response, cue_len);
  } else {
    part whole = {sentence->start, sentence->end, date, false, -1, 0};
    add_event(x, text, sentence, cursor, &whole, mentions, mention_count,
              first_mention);
    /* "In response, ..." answers the previous event */
    size_t opening = 0;
    if (x->event_count > first_event && first_event > 0 &&
        find_cue(text, sentence->start,
                 sentence->start + 16 < sentence->end ? sentence->start + 16
                                                      : sentence->end,
                 (const char *const[]){"in response", "in reaction", NULL},
                 &opening) == sentence->start) {
      x->events[first_event].relation = EVG_REL_RESPONDS_TO;
      x->events[first_event].target = first_event - 1;
    }
  }
}

evg_extraction *evg_extract(const char *text, size_t len,
                            const evg_date *anchor, bool events,
                            evg_diags *diags) {
  evg_extraction *x = evg_xcalloc(1, sizeof *x);
  load_gazetteer(x);
  if (anchor) {
    x->has_anchor = true;
    x->anchor = *anchor;
  } else if (evg_find_text_date(text, len, &x->anchor)) {
    x->has_anchor = true;
  } else {
    evg_diags_add(diags, EVG_SEV_WARNING, NULL, 0, 0, 0, NULL,
                  "the text has no date of its own: relative dates stay "
                  "unresolved (give one with --anchor YYYY-MM-DD)");
  }
  x->timexes = evg_tag_text(text, len, x->has_anchor ? &x->anchor : NULL);
  if (!events)
    return x;
  size_t sentence_count;
  range *sentences = split_sentences(text, len, &sentence_count);
  size_t mention_count;
  mention *mentions =
      find_mentions(x, text, len, sentences, sentence_count, &mention_count);
  size_t timex_index = 0, timex_count = evg_timexes_count(x->timexes);
  size_t first_mention = 0;
  text_pos cursor = {0, 1, 1};
  for (size_t si = 0; si < sentence_count; si++) {
    const range *sentence = &sentences[si];
    cursor = position_in(text, cursor, sentence->start);
    while (first_mention < mention_count &&
           mentions[first_mention].end <= sentence->start)
      first_mention++;
    /* the sentence's first date (DATE or TIME) is its date */
    while (timex_index < timex_count &&
           evg_timexes_get(x->timexes, timex_index)->end <= sentence->start)
      timex_index++;
    const evg_timex *date = NULL;
    for (size_t t = timex_index; t < timex_count; t++) {
      const evg_timex *timex = evg_timexes_get(x->timexes, t);
      if (timex->start >= sentence->end)
        break;
      if ((timex->type == EVG_TIMEX_DATE || timex->type == EVG_TIMEX_TIME) &&
          (timex->has_date || timex->relative)) {
        date = timex;
        break;
      }
    }
    if (!date)
      continue;
    sentence_events(x, text, sentence, cursor, date, mentions, mention_count,
                    first_mention);
  }
  free(sentences);
  free(mentions);
  return x;
}
