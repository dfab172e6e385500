/* extract_actors.c: actors in prose: the names extract_names.c finds,
 * their kinds, their mentions and what the words around them say, and one
 * actor per person or organisation however it is written again. */
#include "extract_internal.h"

#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static void make_actor_id(const char *name, size_t len, char id[64]) {
  /* The id: the name in lower case ASCII with dashes, Latin letters with
   * marks written without them ("Émile" -> "emile").  Letters of other
   * scripts have no ASCII form: a name with any gets a hash of itself
   * after the rest ("北京 Holdings" -> "holdings-1b2c3d", "北京" ->
   * "actor-4e5f60"), so that one name keeps one id and two names do not
   * share one. */
  size_t n = 0;
  bool dash = false, dropped = false;
  const unsigned char *u = (const unsigned char *)name;
  size_t i = 0;
  while (i < len && n + 3 < 64) {
    /* an ASCII letter or digit, most of a name's bytes, on a short path;
     * not isalnum and tolower: an id must not follow the locale */
    if (ascii_alnum(u[i])) {
      if (dash && n > 0)
        id[n++] = '-';
      id[n++] = (char)ascii_lower(u[i++]);
      dash = false;
      continue;
    }
    const char *letters = NULL;
    size_t step = 1;
    if (u[i] >= 0x80) {
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
    for (; *letters && n + 1 < 64; letters++)
      id[n++] = *letters;
    dash = false;
  }
  id[n] = '\0';
  if (i < len)
    dropped = true; /* cut short: two long names could share the rest */
  if (n == 0 || !ascii_alpha((unsigned char)id[0]))
    n = 0, dropped = true;
  if (dropped) {
    uint32_t hash = evg_hash32(name, len);
    if (n > 40)
      n = 40;
    snprintf(id + n, 64 - n, "%s%06x", n ? "-" : "actor-",
             (unsigned)(hash & 0xFFFFFF));
  }
}

/* The actor named `name`, added with `kind` when no actor has its id. */
static size_t add_actor(evg_extraction *x, const char *name, size_t len,
                        const char *kind) {
  char id[64];
  make_actor_id(name, len, id);
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
  return x->actor_count++;
}

/* Kinds said by context, by index in cue_kinds. */
static const char *const kind_names[] = {
    "company",      "media",      "other",       "group", "person",
    "organization", "government", "institution", NULL};

/* The names a chunk found on the helping thread would have put in the
 * maps (extract_help_find_mentions), in order: kind is an index into
 * kind_names, or INNER_NAME for inner_names. */
#define INNER_NAME SIZE_MAX
typedef struct {
  const char *name;
  size_t len, kind;
} logged_name;
struct extract_name_log {
  logged_name *items;
  size_t count, cap;
};

static void log_name(struct extract_name_log *log, const char *name, size_t len,
                     size_t kind) {
  if (log->count == log->cap) {
    log->cap = log->cap ? 2 * log->cap : 64;
    log->items = evg_xrealloc(log->items, log->cap * sizeof *log->items);
  }
  log->items[log->count++] = (logged_name){name, len, kind};
}

static void remember_cue(evg_extraction *x, const char *name, size_t len,
                         const char *kind) {
  for (size_t k = 0; kind_names[k]; k++) {
    if (strcmp(kind_names[k], kind) != 0)
      continue;
    if (x->name_log) {
      log_name(x->name_log, name, len, k);
      return;
    }
    char *key = evg_arena_strndup(&x->arena, name, len);
    evg_map_put(&x->cue_kinds, key, k);
    return;
  }
}

/* A one-word name found inside a sentence (see seen_inside). */
static void remember_inner_name(evg_extraction *x, const char *name,
                                size_t len) {
  if (x->name_log)
    log_name(x->name_log, name, len, INNER_NAME);
  else
    evg_map_put(&x->inner_names, evg_arena_strndup(&x->arena, name, len), 0);
}

static const char *cue_kind(const evg_extraction *x, const char *name,
                            size_t len) {
  size_t k;
  return len < NAME_KEY_MAX && evg_map_get_span(&x->cue_kinds, name, len, &k)
             ? kind_names[k]
             : NULL;
}

/* The first needle in s[0, len), or NULL. */
static const char *strstr_within(const char *s, size_t len,
                                 const char *needle) {
  size_t n = strlen(needle);
  for (size_t i = 0; i + n <= len; i++)
    if (memcmp(s + i, needle, n) == 0)
      return s + i;
  return NULL;
}

/* A ship's prefix: "HMS Brisk", "RV Skarfur" are vessels (kind other). */
static bool ship_prefix(const char *w, size_t len) {
  static const char *const words[] = {"HMS", "USS",  "RV",   "RMS", "SS",
                                      "MV",  "HMAS", "HMCS", "SMS", "USNS",
                                      "HMY", "MS",   NULL};
  EXTRACT_WORD_SET(set, words, false);
  return extract_word_set_has(&set, w, len);
}

/* The value of a short form that two actors share (mark_shared_given_names). */
#define SHARED_SHORT_NAME ((size_t)-2)

/* A sports club's prefix ("KV Scheldeport", "FC Nordby") or a word for
 * club inside its name ("Esporte Clube Araçá"): an organisation, named
 * again by its last word. */
static bool club_prefix(const char *w, size_t len) {
  static const char *const words[] = {"FC", "AFC", "KV",  "SC", "AC",  "CF",
                                      "CD", "SK",  "FK",  "SV", "KRC", "SSC",
                                      "RC", "VfB", "VfL", NULL};
  EXTRACT_WORD_SET(set, words, false);
  return extract_word_set_has(&set, w, len);
}

static bool club_word_inside(const char *name, size_t len) {
  return strstr_within(name, len, " Club ") ||
         strstr_within(name, len, " Clube ") ||
         strstr_within(name, len, " Klub ");
}

/* Short forms that later name the same actor: a person's family name
 * ("Lindqvist"), a ship's name without its prefix ("Skarfur"), and an
 * organisation's first word ("Halvorsen" for Halvorsen Semiconductor
 * Inc.), unless the gazetteer knows that word. */
static bool organisation_kind(const char *kind);

/* "the Food and Drug Administration ... the FDA", "the Department for
 * Environment, Food and Rural Affairs ... Defra": an organisation of three
 * or more capitalised words is named again by their initials, written in
 * capitals or as a word ("Defra", "Nato"). */
static void remember_initials(evg_extraction *x, size_t actor) {
  const char *name = x->actors[actor].name;
  char initials[16];
  size_t n = 0;
  for (const char *p = name; *p; p++) {
    if (p != name && p[-1] != ' ')
      continue;
    if (!ascii_upper((unsigned char)*p))
      continue;
    if (n + 1 >= sizeof initials)
      return;
    initials[n++] = *p;
  }
  if (n < 3)
    return;
  initials[n] = '\0';
  evg_map_put(&x->family_names, evg_arena_strndup(&x->arena, initials, n),
              actor);
  for (size_t i = 1; i < n; i++)
    initials[i] = (char)ascii_lower((unsigned char)initials[i]);
  evg_map_put(&x->family_names, evg_arena_strndup(&x->arena, initials, n),
              actor);
}

/* Whether the name holds a lower-case particle before a capitalised word
 * ("Sanne de Wit", "de Wit", "Charles-Marie de La Condamine"): the
 * shape of a person's name. */
static bool particle_name(const char *name, size_t len) {
  size_t w = 0;
  while (w < len) {
    size_t e = w;
    while (e < len && name[e] != ' ')
      e++;
    if (e < len && extract_name_particle(name + w, e - w) &&
        extract_starts_upper(name + e + 1, len - e - 1))
      return true;
    w = e + 1;
  }
  return false;
}

/* "Sanne de Wit ... Ms. de Wit", "Charles-Marie de La Condamine ... La
 * Condamine": a family name with its particle, or the capitalised words
 * after the particle, name the person again. */
static void remember_particle_forms(evg_extraction *x, size_t actor) {
  const char *name = x->actors[actor].name;
  const char *end = name + strlen(name);
  for (const char *p = strchr(name, ' '); p; p = strchr(p + 1, ' ')) {
    const char *w = p + 1, *e = strchr(w, ' ');
    if (!e || !extract_name_particle(w, (size_t)(e - w)) ||
        !extract_starts_upper(e + 1, (size_t)(end - e - 1)))
      continue;
    evg_map_put(&x->family_names, w, actor);
    const char *next = e + 1;
    while (*next && *next != ' ')
      next++;
    if (*next) /* "La Condamine", not "Wit" again */
      evg_map_put(&x->family_names, e + 1, actor);
  }
}

static void remember_short_name(evg_extraction *x, size_t actor,
                                bool by_last_word) {
  const evg_extracted_actor *a = &x->actors[actor];
  const char *space = strchr(a->name, ' ');
  if (!space)
    return;
  const char *last = strrchr(a->name, ' ') + 1;
  size_t index;
  if (strcmp(a->kind, "person") == 0 || by_last_word) {
    evg_map_put(&x->family_names, last, actor);
    /* the first name too, unless another actor has it already (put
     * leaves the first one): "Peter" is Peter Alekseyevich */
    if (!by_last_word)
      evg_map_put(
          &x->family_names,
          evg_arena_strndup(&x->arena, a->name, (size_t)(space - a->name)),
          actor);
    if (!by_last_word)
      remember_particle_forms(x, actor);
    return;
  }
  /* "the U.S. Army ... the Army": an organisation's suffix word alone
   * names the organisation named with it before */
  if (organisation_kind(a->kind) &&
      extract_gazetteer_lists(x, last, strlen(last), GAZ_SUFFIX, &index))
    evg_map_put(&x->family_names, last, actor);
  /* "Fifth Meridian Bancorp ... Fifth Meridian": so does the name
   * without its suffix word, when two words or more are left */
  if (organisation_kind(a->kind) && last - 1 > space &&
      extract_gazetteer_lists(x, last, strlen(last), GAZ_SUFFIX, &index))
    evg_map_put(
        &x->family_names,
        evg_arena_strndup(&x->arena, a->name, (size_t)(last - 1 - a->name)),
        actor);
  /* "the Academy of Sciences ... the Academy": so does its head word
   * before "of" */
  const char *of = strstr(a->name, " of ");
  if (organisation_kind(a->kind) && of) {
    const char *head = of;
    while (head > a->name && head[-1] != ' ')
      head--;
    if (extract_gazetteer_lists(x, head, (size_t)(of - head), GAZ_SUFFIX,
                                &index))
      evg_map_put(&x->family_names,
                  evg_arena_strndup(&x->arena, head, (size_t)(of - head)),
                  actor);
  }
  if (organisation_kind(a->kind))
    remember_initials(x, actor);
  size_t first_len = (size_t)(space - a->name);
  if (extract_gazetteer_lists(x, a->name, first_len, GAZ_NAME, &index) ||
      extract_gazetteer_lists(x, a->name, first_len, GAZ_SUFFIX, &index) ||
      extract_not_an_actor(a->name, first_len) ||
      extract_common_capital(a->name, first_len))
    return;
  char *first = evg_arena_strndup(&x->arena, a->name, first_len);
  evg_map_put(&x->family_names, first, actor);
}

/* Whether the name starting at `start` follows "the" or "The". */
static bool after_article(const char *s, size_t start) {
  return start >= 4 && (memcmp(s + start - 4, "the ", 4) == 0 ||
                        memcmp(s + start - 4, "The ", 4) == 0);
}

/* The start of the name's last word (0 for a single word). */
static size_t last_word_start(const char *name, size_t len) {
  size_t last = len;
  while (last > 0 && name[last - 1] != ' ')
    last--;
  return last;
}

/* "AfricaMuseum", "NewsGuild": a word written as two capitalised words
 * run together has the kind of its second, when that is a body's word of
 * the gazetteer (not an event's or a structure's). */
static const char *compound_head_kind(evg_extraction *x, const char *w,
                                      size_t len) {
  size_t head = len;
  for (size_t k = 1; k < len; k++)
    if (ascii_is_lower((unsigned char)w[k - 1]) &&
        ascii_upper((unsigned char)w[k]))
      head = k;
  if (head == len)
    return NULL;
  const char *kind =
      extract_gazetteer_kind(x, w + head, len - head, GAZ_SUFFIX);
  return organisation_kind(kind) ? kind : NULL;
}

/* The kind the name's own words give it: the gazetteer's whole name
 * (a place that acts does so as a government), a ship's prefix, a last
 * word ("... Inc.") or a first word ("University of ..."); NULL when
 * none does.  *place is set for countries and places. */
static const char *kind_of_words(evg_extraction *x, const char *s,
                                 size_t name_start, size_t name_end,
                                 bool *place, bool *ship) {
  const char *name = s + name_start;
  size_t name_len = name_end - name_start;
  size_t last_word = name_start;
  for (size_t p = name_start; p < name_end; p++)
    if (s[p] == ' ')
      last_word = p + 1;
  size_t first_word_end = name_start;
  while (first_word_end < name_end && s[first_word_end] != ' ')
    first_word_end++;
  *place = *ship = false;
  const char *kind = extract_gazetteer_kind(x, name, name_len, GAZ_NAME);
  if (kind && (strcmp(kind, "country") == 0 || strcmp(kind, "place") == 0)) {
    *place = true;
    if (strcmp(kind, "place") == 0)
      kind = "government";
  }
  if (!kind && last_word > name_start &&
      ship_prefix(name, first_word_end - name_start)) {
    *ship = true;
    kind = "other";
  }
  if (!kind && last_word > name_start &&
      (club_prefix(name, first_word_end - name_start) ||
       club_word_inside(name, name_len))) {
    *ship = true; /* named again by its last word, as a ship is */
    kind = "organization";
  }
  /* the head of a name joined by "of" is the word before it, whatever
   * the last word is: "First Circuit Court of Appeals", "Department of
   * Energy" */
  const char *of = kind ? NULL : strstr_within(name, name_len, " of ");
  if (!kind && !of)
    of = strstr_within(name, name_len, " for "); /* "Institute for ..." */
  if (of) {
    size_t w = (size_t)(of - s);
    while (w > name_start && s[w - 1] != ' ')
      w--;
    /* two words first: "Reserve Bank of Australia" */
    size_t w2 = w > name_start ? w - 1 : w;
    while (w2 > name_start && s[w2 - 1] != ' ')
      w2--;
    if (w2 < w)
      kind =
          extract_gazetteer_kind(x, s + w2, (size_t)(of - s) - w2, GAZ_SUFFIX);
    if (!kind)
      kind = extract_gazetteer_kind(x, s + w, (size_t)(of - s) - w, GAZ_SUFFIX);
    /* "the Board of Trade", "the Board of Guardians": a board named by
     * what it governs alone is a government's, as a ministry is; "General
     * Board of Health" stays an agency */
    if (w == name_start && equals_ci(s + w, (size_t)(of - s) - w, "Board"))
      kind = "government";
  }
  /* two last words first: "Ardwick Opera House" is no "House", nor
   * "Royal Society" alone a "Society" */
  size_t second_last = last_word > name_start ? last_word - 1 : name_start;
  while (second_last > name_start && s[second_last - 1] != ' ')
    second_last--;
  if (!kind && last_word > name_start)
    kind = extract_gazetteer_kind(x, s + second_last, name_end - second_last,
                                  GAZ_SUFFIX);
  const char *last_kind = extract_gazetteer_kind(
      x, s + last_word, name_end - last_word, GAZ_SUFFIX);
  if (!kind && last_kind &&
      (strcmp(last_kind, "event") == 0 || strcmp(last_kind, "structure") == 0))
    return last_kind; /* "Inauguration", "the Crimean War", "Kell Bridge" */
  /* a suffix word alone ("Rovers manager ...") says nothing */
  if (!kind && last_word > name_start)
    kind = extract_gazetteer_kind(x, s + last_word, name_end - last_word,
                                  GAZ_SUFFIX);
  if (!kind)
    kind = compound_head_kind(x, s + last_word, name_end - last_word);
  if (!kind && last_word > name_start)
    kind = extract_gazetteer_kind(x, name, first_word_end - name_start,
                                  GAZ_SUFFIX);
  /* "Federal Deposit Insurance Corporation", "Federal Home Loan Bank": a
   * corporation or bank that a federation charters is a public body */
  if (kind && strcmp(kind, "company") == 0 && last_word > name_start &&
      equals_ci(name, first_word_end - name_start, "Federal") &&
      ascii_upper((unsigned char)name[0]))
    kind = "institution";
  /* "the Northwest Territories", "Pierce County", "New York City": a
   * name ending in a noun of a place that governs itself is a place,
   * which acts as a government.  A town's one word and "City" is as
   * often a football club ("Norwich City"): only a longer name is
   * surely the city's */
  bool city = equals_ci(s + last_word, name_end - last_word, "City") &&
              memchr(name, ' ', last_word - 1 - name_start) != NULL;
  if (!kind && last_word > name_start &&
      (city ||
       extract_word_in(s + last_word, name_end - last_word,
                       (const char *const[]){"County", "Territory",
                                             "Territories", "Province",
                                             "Prefecture", "Oblast", NULL}))) {
    *place = true;
    kind = "government";
  }
  /* "Harlow & Begg": partners' names joined make a firm */
  if (!kind && strstr_within(name, name_len, " & "))
    kind = "company";
  /* "The Times", "the Herald": a newspaper's word alone after the
   * article is the paper's name */
  if (!kind && last_word == name_start && after_article(s, name_start)) {
    const char *alone = extract_gazetteer_kind(x, name, name_len, GAZ_SUFFIX);
    if (alone && strcmp(alone, "media") == 0)
      kind = alone;
  }
  /* "the Norwegians": a people, the plural of a nationality's word */
  if (!kind && last_word == name_start && name_len > 4 &&
      name[name_len - 1] == 's' && extract_not_an_actor(name, name_len - 1))
    kind = "group";
  /* "BBC Four", "Google DeepMind": an organisation's name first */
  if (!kind && last_word > name_start) {
    const char *first =
        extract_gazetteer_kind(x, name, first_word_end - name_start, GAZ_NAME);
    if (first &&
        (strcmp(first, "company") == 0 || strcmp(first, "media") == 0 ||
         strcmp(first, "organization") == 0))
      kind = first;
  }
  return kind;
}

static bool organisation_kind(const char *kind) {
  static const char *const kinds[] = {
      "company", "government", "organization", "institution", "media",
      "group",   NULL};
  EXTRACT_WORD_SET(set, kinds, false);
  return kind && extract_word_set_has(&set, kind, strlen(kind));
}

/* A name found in a sentence, before it is given an actor. */
typedef struct {
  size_t start, end;
  bool initial, titled;
  bool possessive;    /* followed by 's: "Valmora's council" */
  bool title_of_work; /* a capitalised "The" inside a sentence opens it */
  mention_context context;
  bool genitive; /* a name in the genitive with no noun after it */
  /* what the name's own words say (kind_of_words), found with the name so
   * that the helping thread finds it for its chunks */
  const char *words_kind;
  bool words_place, words_ship;
  /* a title alone with no determiner before it ("blamed Lord", "Wills and
   * King"): a family name only when a person of that name came before */
  bool bare_title;
} candidate;

/* Whether the one-word name was found inside a sentence somewhere in the
 * text: then it opens sentences as a name too ("Endurance sank"). */
static bool seen_inside(const evg_extraction *x, const char *name, size_t len) {
  size_t k;
  return len < NAME_KEY_MAX && evg_map_get_span(&x->inner_names, name, len, &k);
}

/* Gives the actor `kind` when its name's own words give it none and it
 * opens with no given name: its kind was a guess.  Not from a mention by
 * the last word alone, a person's family name ("Greta Sandberg ...
 * Sandberg said the merger would allow the company to invest"), while a
 * firm is named again by its first ("Kestrel" for Kestrel Mobile). */
static void correct_guessed_kind(evg_extraction *x, size_t actor,
                                 const char *kind, const char *said,
                                 size_t said_len) {
  evg_extracted_actor *a = &x->actors[actor];
  size_t len = strlen(a->name);
  const char *last = strrchr(a->name, ' ');
  if (last && strlen(last + 1) == said_len &&
      memcmp(last + 1, said, said_len) == 0)
    return;
  const char *space = memchr(a->name, ' ', len);
  size_t first_len = space ? (size_t)(space - a->name) : len;
  bool place, ship;
  if (kind_of_words(x, a->name, 0, len, &place, &ship) ||
      extract_is_given_name(x, a->name, first_len) ||
      extract_is_title(x, a->name, first_len))
    return;
  a->kind = evg_arena_strndup(&x->arena, kind, strlen(kind));
}

/* "Lakeshore Savings" in a headline, "Lakeshore Savings Bank" in the
 * text: a body's name given in full after a shorter form, one head noun
 * of the gazetteer more, names the same body, whose name becomes the
 * fullest form.  Returns that actor, renamed, or (size_t)-1. */
static size_t shorter_form_of(evg_extraction *x, const char *name, size_t len,
                              const char *kind) {
  size_t last = last_word_start(name, len), found;
  if (last < 2 || !organisation_kind(kind) ||
      !extract_gazetteer_kind(x, name + last, len - last, GAZ_SUFFIX))
    return (size_t)-1;
  char id[64], full_id[64];
  make_actor_id(name, last - 1, id);
  make_actor_id(name, len, full_id);
  if (!evg_map_get(&x->actor_ids, id, &found) ||
      evg_map_get(&x->actor_ids, full_id, &(size_t){0}))
    return (size_t)-1;
  evg_extracted_actor *a = &x->actors[found];
  const char *space = memchr(name, ' ', len);
  /* a person's kind was a guess for two unknown words, unless the first
   * is a given name ("Charles Schwab" is no short "Charles Schwab Bank") */
  if ((strcmp(a->kind, "person") == 0 &&
       extract_is_given_name(x, name, (size_t)(space - name))) ||
      strlen(a->name) != last - 1 || memcmp(a->name, name, last - 1) != 0)
    return (size_t)-1;
  a->name = evg_arena_strndup(&x->arena, name, len);
  a->kind = evg_arena_strndup(&x->arena, kind, strlen(kind));
  a->id = evg_arena_strndup(&x->arena, full_id, strlen(full_id));
  evg_map_put(&x->actor_ids, a->id, found);
  return found;
}

/* Whether the name's last word is a country or a place of the gazetteer
 * and its first word no given name: a national or regional body's name
 * ("PEN America", "Health Queensland"), not a person's, whose family
 * name is rarely a country's. */
static bool ends_with_place(evg_extraction *x, const char *name, size_t len) {
  size_t last = last_word_start(name, len);
  const char *space = memchr(name, ' ', len);
  if (last == 0 || !space ||
      extract_is_given_name(x, name, (size_t)(space - name)) ||
      extract_compass_word(name, (size_t)(space - name)))
    return false; /* "North Atlantic" is a region */
  const char *kind =
      extract_gazetteer_kind(x, name + last, len - last, GAZ_NAME);
  return kind && (strcmp(kind, "country") == 0 || strcmp(kind, "place") == 0);
}

/* The kind of a body's word of the gazetteer ("Senate", "Court"), or
 * NULL for other suffixes (a firm's "Group", an army's, an event's "War",
 * a structure's "Bridge"). */
static const char *body_word_alone(evg_extraction *x, const char *name,
                                   size_t len) {
  const char *kind = extract_gazetteer_kind(x, name, len, GAZ_SUFFIX);
  return kind && organisation_kind(kind) && strcmp(kind, "company") != 0 &&
                 strcmp(kind, "group") != 0
             ? kind
             : NULL;
}

/* Whether the name ends in a word of an event that a body holds and
 * acts for ("Film Festival", "World Games"), not of a war, a storm or a
 * treaty, which acts for no one. */
static bool held_event(const char *name, size_t len) {
  static const char *const words[] = {"Festival",      "Conference", "Summit",
                                      "Games",         "Olympics",   "Tour",
                                      "Championships", NULL};
  size_t last = last_word_start(name, len);
  return extract_word_in(name + last, len - last, words);
}

/* Whether the words after a name at `at` are a verb of action, not of
 * being or having, and the start of its object ("canceled all flights",
 * "withdrew the documentary"). */
static bool acts_on_object(const char *s, size_t at, size_t len) {
  static const char *const not_actions[] = {
      "was", "were", "is", "are", "had", "has", "have", "became", NULL};
  static const char *const objects[] = {"the", "a",   "an",    "all", "its",
                                        "his", "her", "their", NULL};
  if (at >= len || s[at] != ' ')
    return false;
  size_t v = at + 1, ve = v;
  while (ve < len && ascii_alpha((unsigned char)s[ve]))
    ve++;
  if (ve == v || ve >= len || !ascii_is_lower((unsigned char)s[v]) ||
      !extract_verb_form(s + v, ve - v) ||
      extract_word_in(s + v, ve - v, not_actions) || s[ve] != ' ')
    return false;
  size_t o = ve + 1, oe = o;
  while (oe < len && ascii_alpha((unsigned char)s[oe]))
    oe++;
  return oe > o && extract_word_in(s + o, oe - o, objects);
}

/* Whether a person named before has the family name s[0, len) ("Stanley
 * Lord ... blamed Lord"). */
static bool person_of_family_name(const evg_extraction *x, const char *name,
                                  size_t len) {
  char family[64];
  size_t found;
  if (len >= sizeof family)
    return false;
  memcpy(family, name, len);
  family[len] = '\0';
  return evg_map_get(&x->family_names, family, &found) &&
         found != SHARED_SHORT_NAME &&
         strcmp(x->actors[found].kind, "person") == 0;
}

/* The actor that candidate c mentions, or (size_t)-1 for a single word
 * that may be no name (it starts the sentence, or is short) and for the
 * name of an event ("the Siege of Valmora", "the Scottish Cup").
 * *participant says whether this mention names a participant. */
static size_t mention_actor(evg_extraction *x, const char *s, size_t len,
                            const candidate *c, bool *participant) {
  size_t name_len = c->end - c->start;
  const char *name = s + c->start;
  bool place = c->words_place, ship = c->words_ship;
  const char *kind = c->words_kind;
  if (c->bare_title) {
    if (!person_of_family_name(x, name, name_len))
      return (size_t)-1;
    kind = NULL, place = false; /* the family-name look-up below finds it */
  }
  if (kind && (strcmp(kind, "event") == 0 || strcmp(kind, "structure") == 0)) {
    /* "Buffalo Niagara International Airport canceled all flights": a
     * place's or an event's name that opens the sentence and does
     * something to an object is the body that runs it */
    if (!(c->initial && acts_on_object(s, c->end, len) &&
          (strcmp(kind, "structure") == 0 || held_event(name, name_len))))
      return (size_t)-1; /* "the Crimean War", "the Lindmark Canal" */
    kind = strcmp(kind, "event") == 0 ? "organization" : "other";
  }
  /* "the smallest ship, the Santiago", "his servant, York": a vessel or
   * a person named after a place */
  if (place) {
    const char *cue = cue_kind(x, name, name_len);
    if (cue && (strcmp(cue, "other") == 0 || strcmp(cue, "person") == 0))
      kind = cue, place = false;
  }
  bool known = kind != NULL;
  bool words_several = memchr(name, ' ', name_len) != NULL;
  size_t actor = (size_t)-1;
  /* later mentions by a short form: "Ms. Lindqvist", "Halvorsen"; of
   * several words only a family name with its particle ("de Wit", "La
   * Condamine", remember_particle_forms) */
  if (!kind) {
    char family[64];
    if (name_len < sizeof family) {
      memcpy(family, name, name_len);
      family[name_len] = '\0';
      size_t found;
      size_t index;
      /* an organisation's suffix word stands for it only as "the Army",
       * not as a modifier: "Union leader Maria Okafor" */
      bool suffix_alone =
          extract_gazetteer_lists(x, name, name_len, GAZ_SUFFIX, &index) &&
          !after_article(s, c->start);
      if (evg_map_get(&x->family_names, family, &found) &&
          found != SHARED_SHORT_NAME &&
          !(suffix_alone && organisation_kind(x->actors[found].kind)))
        actor = found;
    }
  }
  /* a person's short form, a given name or a title names someone, never
   * a place: "the prize went to Watson, Crick and Wilkins" */
  bool named_person =
      c->titled ||
      (actor != (size_t)-1 && strcmp(x->actors[actor].kind, "person") == 0) ||
      (!kind && !words_several && extract_is_given_name(x, name, name_len));
  if (actor == (size_t)-1) {
    /* "the construction boss Charles Crocker hired fifty workers": a
     * name of two or three words that opens with a given name is a
     * person's, whatever business the words after it speak of (a
     * suffix, "Charles Schwab Corporation", was looked at before) */
    if (!kind && words_several && !place) {
      const char *space = memchr(name, ' ', name_len);
      int words = 1;
      for (size_t p = 0; p < name_len; p++)
        words += name[p] == ' ';
      if (words <= 3 &&
          extract_is_given_name(x, name, (size_t)(space - name)) &&
          !strstr_within(name, name_len, " of "))
        kind = "person";
    }
    /* "the Senate", "the Academy": a body's word alone after the article
     * names that body, when none was named with it before */
    if (!kind && !words_several && after_article(s, c->start)) {
      kind = body_word_alone(x, name, name_len);
      known = kind != NULL;
    }
    if (!kind)
      kind = cue_kind(x, name, name_len);
    if (!kind && c->genitive)
      kind = "company"; /* Moody's, Sainsbury's: a firm */
    if (!kind && c->titled)
      kind = "person";
    /* "William", "Edward": a given name alone is a person's */
    if (!kind && !words_several && extract_is_given_name(x, name, name_len))
      kind = "person";
    /* a capital after the article that opens the sentence is a name's
     * own, not the sentence's ("The Titanic struck") */
    if (!kind && !words_several &&
        ((c->initial && !c->possessive && !after_article(s, c->start) &&
          !seen_inside(x, name, name_len)) ||
         name_len < 3))
      return (size_t)-1;
    if (!kind && particle_name(name, name_len))
      kind = "person"; /* "Charles-Marie de La Condamine", "de Wit" */
    /* "Arts Council England", "Biosecurity Tasmania": a body named for a
     * place is most often its public agency; a cue read before ("PEN
     * America, the writers' group,") says otherwise */
    if (!kind && words_several && ends_with_place(x, name, name_len))
      kind = "institution";
    if (!kind) {
      int words = 1;
      for (size_t p = c->start; p < c->end; p++)
        words += s[p] == ' ';
      kind = words >= 2 && words <= 3 ? "person" : "other";
    }
    size_t before = x->actor_count;
    actor = shorter_form_of(x, name, name_len, kind);
    if (actor == (size_t)-1)
      actor = add_actor(x, name, name_len, kind);
    if (x->actor_count > before)
      remember_short_name(x, actor, ship);
  }
  const mention_context *m = &c->context;
  /* "Kestrel Mobile installed ... Kestrel's chief executive": a kind
   * guessed for want of evidence (a person's for two or three unknown
   * words, other) yields to an organisation's kind that a later mention's
   * context gives, unless the name's words say otherwise */
  if (m->kind && organisation_kind(m->kind) && !c->titled &&
      (strcmp(x->actors[actor].kind, "person") == 0 ||
       strcmp(x->actors[actor].kind, "other") == 0))
    correct_guessed_kind(x, actor, m->kind, name, name_len);
  /* "Shares in Kessler", "approached Kessler", "sent it to the FDA": a
   * short form or a cue that makes the name an organisation's keeps it
   * out of the places */
  bool organisation = (known && !place && organisation_kind(kind)) ||
                      (!place && organisation_kind(x->actors[actor].kind) &&
                       strcmp(x->actors[actor].kind, "group") != 0);
  *participant =
      !m->not_participant && !m->given && !(c->title_of_work && !known) &&
      !(m->location && !organisation) &&
      !(m->arrival && !named_person &&
        strcmp(x->actors[actor].kind, "person") != 0) &&
      !(m->direction && (place || (!known && !words_several && !named_person &&
                                   !organisation))) &&
      !(m->place_location && place) &&
      /* "traffic on the Elbe", "down the Amazon": one word after "the"
       * and a preposition of place is a river's or a sea's */
      !(m->article_place && !words_several && !named_person &&
        strcmp(x->actors[actor].kind, "person") != 0) &&
      !(c->possessive && !m->body_follows && !organisation_kind(m->kind) &&
        (place || !organisation_kind(x->actors[actor].kind))) &&
      !(m->modifier && (place || m->after_article)) &&
      !((m->modifier || m->of_noun) && !known &&
        strcmp(x->actors[actor].kind, "other") == 0);
  return actor;
}

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
 * Russia Livonia"): the end of the first, else run_end.  Only short runs
 * are tried, so that the look stays bounded. */
static size_t split_two_names(evg_extraction *x, const char *s,
                              size_t run_start, size_t run_end) {
  size_t whole, spaces = 0;
  if (run_end - run_start > 64 ||
      extract_gazetteer_lists(x, s + run_start, run_end - run_start, GAZ_NAME,
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
                                &second))
      return p;
  }
  return run_end;
}

/* The capitalised name that starts at s[w, i) in the sentence [start,
 * end), as a candidate; false when it is no name. */
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

/* The end of a lower-case noun of a state's body ("government",
 * "parliament", "crown") right after the name s[name_start, name_end)
 * when the name is a nationality's adjective or a place the gazetteer
 * knows; 0 otherwise. */
static size_t state_body_after(evg_extraction *x, const char *s,
                               size_t name_start, size_t name_end, size_t end) {
  static const char *const nouns[] = {"government", "parliament", "legislature",
                                      "crown",      "cabinet",    "senate",
                                      "assembly",   NULL};
  EXTRACT_WORD_SET(set, nouns, false);
  if (name_end + 1 >= end || s[name_end] != ' ')
    return 0;
  size_t noun = name_end + 1, noun_end = extract_word_end(s, noun, end);
  if (noun_end == noun ||
      !extract_word_set_has(&set, s + noun, noun_end - noun))
    return 0;
  size_t len = name_end - name_start;
  if (!memchr(s + name_start, ' ', len) &&
      extract_not_an_actor(s + name_start, len))
    return noun_end;
  const char *kind = extract_gazetteer_kind(x, s + name_start, len, GAZ_NAME);
  if (kind && (strcmp(kind, "place") == 0 || strcmp(kind, "country") == 0))
    return noun_end;
  return 0;
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
  size_t b, l = extract_word_before(s, start, pos, &b);
  return l && b + l + 1 == pos && extract_word_set_has(&set, s + b, l);
}

static bool find_candidate(evg_extraction *x, const char *s, size_t start,
                           size_t end, size_t w, size_t *i, bool initial,
                           size_t timex_index, size_t timex_count,
                           candidate *c) {
  size_t run_start = w;
  size_t run_end =
      extract_grow_name_run(x, s, end, run_start, *i, timex_index, timex_count);
  run_end = split_two_names(x, s, run_start, run_end);
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
  bool titled;
  size_t name_start =
      extract_trim_name_start(x, s, run_start, name_end, initial, &titled);
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
   * body, which acts (not its army or troops: those the text names by
   * their people) */
  size_t body_end = run_end == name_end
                        ? state_body_after(x, s, name_start, name_end, end)
                        : 0;
  if (body_end) {
    name_end = run_end = *i = body_end;
    remember_cue(x, s + name_start, name_end - name_start, "government");
  } else if (extract_not_a_name(s + name_start, name_end - name_start)) {
    return false;
  }
  *c = (candidate){name_start, name_end,  initial, titled, run_end > name_end,
                   false,      {0},       own_s,   NULL,   false,
                   false,      bare_title};
  c->title_of_work = !initial && run_end > run_start + 4 &&
                     memcmp(s + run_start, "The ", 4) == 0 &&
                     name_start > run_start;
  c->context =
      extract_mention_context(s, start, end, name_start, name_end, run_end);
  return true;
}

/* Whether the gazetteer makes the candidate's name a place or a
 * country. */
static bool known_place(evg_extraction *x, const char *s, const candidate *c) {
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

/* Whether the candidate is a post named before the one who holds it, in
 * apposition: "the Wreck Commissioner, Lord Mersey,", "The curate of St
 * Luke's, Henry Whitehead,".  Its words say which post (a title that ends
 * it, the place or body after "the curate of"); they name no one who acts.
 * The holder opens with a given name or a title. */
static bool post_before_holder(evg_extraction *x, const char *s, size_t start,
                               size_t end, const candidate *c) {
  if (c->end + 2 >= end || s[c->end] != ',' || s[c->end + 1] != ' ')
    return false;
  size_t hb, hl = extract_word_after(s, c->end + 1, end, &hb);
  if (!hl || hb != c->end + 2 ||
      !(extract_is_given_name(x, s + hb, hl) ||
        extract_is_title(x, s + hb, hl)))
    return false;
  size_t last = c->start + last_word_start(s + c->start, c->end - c->start);
  if (last > c->start && extract_is_title(x, s + last, c->end - last))
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
 * participants the gold keeps.  Only the timexes next to the candidate
 * are read: a bounded step. */
static bool in_undated_reported_modal(evg_extraction *x, const char *s,
                                      size_t start, size_t end,
                                      const candidate *c, size_t timex_index) {
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
                                       const candidate *c, size_t timex_index) {
  size_t pronoun = extract_relative_clause(s, start, c->start);
  if (pronoun == (size_t)-1)
    return false;
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

/* A given name that opens two different full names ("William Sancroft",
 * "William of Orange") does not say which one it means when it stands
 * alone: it is marked shared in the short forms before any actor takes
 * it, so that "William" stays an actor of its own rather than the first
 * William named. */
static void mark_shared_given_names(evg_extraction *x, const char *s,
                                    const candidate *candidates, size_t count) {
  evg_map first_full = {0}; /* a given name -> the first candidate with it */
  for (size_t k = 0; k < count; k++) {
    const candidate *c = &candidates[k];
    const char *space = memchr(s + c->start, ' ', c->end - c->start);
    if (!space)
      continue;
    size_t given_len = (size_t)(space - (s + c->start));
    if (!extract_is_given_name(x, s + c->start, given_len))
      continue;
    char *given = evg_arena_strndup(&x->arena, s + c->start, given_len);
    size_t other;
    if (evg_map_put(&first_full, given, k) ||
        !evg_map_get(&first_full, given, &other))
      continue;
    const candidate *o = &candidates[other];
    if (o->end - o->start != c->end - c->start ||
        memcmp(s + o->start, s + c->start, c->end - c->start) != 0)
      evg_map_put(&x->family_names, given, SHARED_SHORT_NAME);
  }
  evg_map_free(&first_full);
}

/* "Wilbur and Orville Wright", "Pierre and Marie Curie": a lone word
 * joined by "and" to a two-word name that nothing else kinds is a given
 * name whose family name the second one carries. */
static bool coordinated_given_name(evg_extraction *x, const char *s,
                                   const candidate *lone,
                                   const candidate *full) {
  if (memchr(s + lone->start, ' ', lone->end - lone->start) ||
      lone->context.kind || full->context.kind || lone->context.location ||
      full->context.location)
    return false;
  const char *space = memchr(s + full->start, ' ', full->end - full->start);
  if (!space || memchr(space + 1, ' ', (size_t)(s + full->end - space - 1)))
    return false;
  bool place, ship;
  return !kind_of_words(x, s, lone->start, lone->end, &place, &ship) &&
         !place &&
         !kind_of_words(x, s, full->start, full->end, &place, &ship) && !place;
}

/* What the name before says of this one, read before a headline's
 * names are dropped: a place of origin ("Sen. Mark Doyle of Peoria"), a
 * part of a known place ("the Outer Banks of North Carolina" marks the
 * name before), a place of a place's possessive ("at Heart's
 * Content"). */
static void place_after_previous(evg_extraction *x, const char *s, size_t start,
                                 candidate *prev, candidate *c) {
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
                                         size_t end, const candidate *prev,
                                         candidate *c) {
  size_t gap = c->start - prev->end;
  if (prev->end < c->start && gap <= 5 &&
      (memcmp(s + prev->end, " and ", gap) == 0 ||
       memcmp(s + prev->end, " or ", gap) == 0) &&
      (gap == 5 || gap == 4)) {
    c->context.location |= prev->context.location;
    c->context.direction |= prev->context.direction;
    c->context.place_location |= prev->context.place_location;
    c->context.not_participant |= prev->context.not_participant;
    c->context.given |= prev->context.given;
    /* "the earls Edwin and Morcar": the noun names both */
    if (!c->context.kind)
      c->context.kind = prev->context.kind;
    if (gap == 5 && coordinated_given_name(x, s, prev, c))
      remember_cue(x, s + prev->start, prev->end - prev->start, "person");
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

/* Candidates found so far, in the text's order. */
typedef struct {
  candidate *items;
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
  candidate *candidates = found->items;
  size_t timex_index = piece->timex_first;
  size_t timex_count = evg_timexes_count(x->timexes);
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
      track_quotes(s, scanned, i, &quoted, &parens);
      size_t w = i;
      i = extract_word_end(s, i, end);
      if (i < end && s[i] == '.' && i > w && extract_abbreviation(s, w, i))
        i++;
      scanned = i;
      if (i == w)
        continue;
      bool initial = first_word;
      first_word = false;
      while (timex_index < timex_count &&
             evg_timexes_get(x->timexes, timex_index)->end <= w)
        timex_index++;
      if (!extract_starts_upper(s + w, i - w))
        continue;
      if (timex_index < timex_count &&
          evg_timexes_get(x->timexes, timex_index)->start <= w)
        continue;
      candidate c;
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
      if (quoted || parens > 0)
        c.context.not_participant = true;
      if (office_of_before(x, s, start, c.start) ||
          structure_of_before(x, s, start, c.start) ||
          post_before_holder(x, s, start, end, &c))
        c.context.not_participant = true;
      if (!c.context.not_participant &&
          (in_undated_relative_clause(x, s, start, end, &c, timex_index) ||
           in_undated_reported_modal(x, s, start, end, &c, timex_index)))
        c.context.not_participant = true;
      if (c.context.kind)
        remember_cue(x, s + c.start, c.end - c.start, c.context.kind);
      if (!initial && !memchr(s + c.start, ' ', c.end - c.start))
        remember_inner_name(x, s + c.start, c.end - c.start);
      c.words_kind =
          kind_of_words(x, s, c.start, c.end, &c.words_place, &c.words_ship);
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
    for (size_t i = 0; i < piece->logged.count; i++) {
      const logged_name *name = &piece->logged.items[i];
      if (name->kind == INNER_NAME)
        remember_inner_name(x, name->name, name->len);
      else
        remember_cue(x, name->name, name->len, kind_names[name->kind]);
    }
    append_candidates(found, &piece->found);
    free(piece->logged.items);
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
  candidate *candidates = found.items;
  size_t candidate_count = found.count;
  mark_shared_given_names(x, s, candidates, candidate_count);
  mention *out = evg_xmalloc(cap * sizeof *out);
  for (size_t k = 0; k < candidate_count; k++) {
    bool participant = false;
    size_t actor = mention_actor(x, s, len, &candidates[k], &participant);
    if (actor == (size_t)-1 || !participant)
      continue;
    if (n == cap) {
      cap *= 2;
      out = evg_xrealloc(out, cap * sizeof *out);
    }
    out[n++] = (mention){candidates[k].start, candidates[k].end, actor};
  }
  free(candidates);
  *count = n;
  return out;
}
