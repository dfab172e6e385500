/* extract_actor_table.c: the text's actors: which actor a name found in a
 * sentence mentions (extract_mention_actor), with its id, its kind from
 * its own words (extract_name_kinds.c) and the words around it, and the
 * short forms that later name it again ("the FDA", "Ms. de Wit"). */
#define _GNU_SOURCE /* memrchr */
#include "extract_internal.h"

#include <ctype.h>
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

/* A name logged on the helping thread that goes to inner_names, not to
 * cue_kinds (struct extract_name_log). */
#define INNER_NAME SIZE_MAX

/* Kinds said by context, by index in cue_kinds. */
static const char *const kind_names[] = {
    "company",      "media",      "other",       "group", "person",
    "organization", "government", "institution", NULL};

static void log_name(struct extract_name_log *log, const char *name, size_t len,
                     size_t kind) {
  if (log->count == log->cap) {
    log->cap = log->cap ? 2 * log->cap : 64;
    log->items = evg_xrealloc(log->items, log->cap * sizeof *log->items);
  }
  log->items[log->count++] = (extract_logged_name){name, len, kind};
}

void extract_remember_cue(evg_extraction *x, const char *name, size_t len,
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
void extract_remember_inner_name(evg_extraction *x, const char *name,
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

/* The value of a short form that two actors share
 * (extract_mark_shared_given_names). */
#define SHARED_SHORT_NAME ((size_t)-2)

/* Short forms that later name the same actor: a person's family name
 * ("Lindqvist"), a ship's name without its prefix ("Skarfur"), and an
 * organisation's first word ("Halvorsen" for Halvorsen Semiconductor
 * Inc.), unless the gazetteer knows that word. */

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

/* The space before the name's first particle that a word follows
 * ("Académie des Inscriptions": " des"), or before its first word with
 * the Arabic article ("Ansar al-Islam": " al-Islam"), or NULL. */
const char *extract_first_particle(const char *name, size_t len) {
  for (const char *p = memchr(name, ' ', len); p;
       p = memchr(p + 1, ' ', len - (size_t)(p + 1 - name))) {
    const char *w = p + 1, *e = memchr(w, ' ', len - (size_t)(w - name));
    if (e && extract_name_particle(w, (size_t)(e - w)))
      return p;
    if (extract_article_name_word(
            w, 0, e ? (size_t)(e - w) : len - (size_t)(w - name)))
      return p;
  }
  return NULL;
}

/* Whether the name holds a lower-case particle before a capitalised word
 * ("Sanne de Wit", "de Wit", "Charles-Marie de La Condamine"), or a word
 * with the Arabic article ("al-Sadr"): the shape of a person's name. */
static bool particle_name(const char *name, size_t len) {
  size_t w = 0;
  while (w < len) {
    size_t e = w;
    while (e < len && name[e] != ' ')
      e++;
    if ((e < len && extract_name_particle(name + w, e - w) &&
         extract_starts_upper(name + e + 1, len - e - 1)) ||
        extract_article_name_word(name, w, e))
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
  /* "Moqtada al-Sadr ... Al-Sadr ... Sadr": a family name with the
   * Arabic article names the person again capitalised at a sentence's
   * start, or without its article */
  const char *last = strrchr(name, ' ');
  size_t last_len = last ? (size_t)(end - last - 1) : 0;
  if (last && extract_article_name_word(last + 1, 0, last_len)) {
    char *upper = evg_arena_strndup(&x->arena, last + 1, last_len);
    upper[0] = (char)ascii_to_upper((unsigned char)upper[0]);
    evg_map_put(&x->family_names, upper, actor);
    evg_map_put(&x->family_names, strchr(last + 1, '-') + 1, actor);
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
    /* "Mary of Modena ... Modena celebrated": the place a given name is
     * "of" names the place, not the person */
    if (by_last_word || !extract_given_name_of_place(x, a->name))
      evg_map_put(&x->family_names, last, actor);
    /* the first name too, unless another actor has it already (put
     * leaves the first one): "Peter" is Peter Alekseyevich; a peer's
     * title kept in his name ("Lord Mersey") is no name of his */
    if (!by_last_word &&
        !extract_is_title(x, a->name, (size_t)(space - a->name)))
      evg_map_put(
          &x->family_names,
          evg_arena_strndup(&x->arena, a->name, (size_t)(space - a->name)),
          actor);
    if (!by_last_word)
      remember_particle_forms(x, actor);
    return;
  }
  /* "the Valais government", "the Brandt family": a name that ends in a
   * lower-case noun is a body named after its first words (a place, a
   * leader, a family name), which alone do not name the body, nor does
   * the common noun */
  if (ascii_is_lower((unsigned char)*last))
    return;
  /* "the U.S. Army ... the Army": an organisation's suffix word alone
   * names the organisation named with it before */
  if (extract_organisation_kind(a->kind) &&
      extract_gazetteer_lists(x, last, strlen(last), GAZ_SUFFIX, &index))
    evg_map_put(&x->family_names, last, actor);
  /* "Fifth Meridian Bancorp ... Fifth Meridian": so does the name
   * without its suffix word, when two words or more are left */
  if (extract_organisation_kind(a->kind) && last - 1 > space &&
      extract_gazetteer_lists(x, last, strlen(last), GAZ_SUFFIX, &index))
    evg_map_put(
        &x->family_names,
        evg_arena_strndup(&x->arena, a->name, (size_t)(last - 1 - a->name)),
        actor);
  /* "the Academy of Sciences ... the Academy", "the Generalitat de
   * Catalunya ... the Generalitat": so does its head word before "of" or
   * a particle */
  const char *of = strstr(a->name, " of ");
  if (!of)
    of = extract_first_particle(a->name, strlen(a->name));
  if (extract_organisation_kind(a->kind) && of) {
    const char *head = of;
    while (head > a->name && head[-1] != ' ')
      head--;
    if (extract_gazetteer_lists(x, head, (size_t)(of - head), GAZ_SUFFIX,
                                &index))
      evg_map_put(&x->family_names,
                  evg_arena_strndup(&x->arena, head, (size_t)(of - head)),
                  actor);
  }
  if (extract_organisation_kind(a->kind))
    remember_initials(x, actor);
  extract_remember_trade_first_forms(x, actor);
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
bool extract_after_article(const char *s, size_t start) {
  return start >= 4 && (memcmp(s + start - 4, "the ", 4) == 0 ||
                        memcmp(s + start - 4, "The ", 4) == 0);
}

/* The start of the name's last word (0 for a single word). */
size_t extract_last_word_start(const char *name, size_t len) {
  size_t last = len;
  while (last > 0 && name[last - 1] != ' ')
    last--;
  return last;
}

/* Whether the one-word name was found inside a sentence somewhere in the
 * text: then it opens sentences as a name too ("Endurance sank"). */
static bool seen_inside(const evg_extraction *x, const char *name, size_t len) {
  size_t k;
  return len < NAME_KEY_MAX && evg_map_get_span(&x->inner_names, name, len, &k);
}

/* Whether the word w[0, n) can be what plural_named_in_lower_case asks
 * about: the plural of an agent noun ("workers", "growers"). */
static bool agent_plural(const char *w, size_t n) {
  return n >= 4 && n < NAME_KEY_MAX && w[n - 1] == 's' &&
         extract_agent_noun(w, n - 1);
}

/* The text's lower-case words of letters that are agent_plural, into
 * x->lower_plurals.  Such a word ends in an "s" that no letter follows:
 * memchr finds the "s"es, and only the words they end are read back (a
 * pass over every byte cost 7 M instructions on 790 kB, the put of every
 * plural 1.4 M). */
void extract_read_lower_plurals(evg_extraction *x, const char *s, size_t len) {
  x->lower_plurals_read = true;
  size_t k;
  for (const char *p = s; (p = memchr(p, 's', len - (size_t)(p - s))) != NULL;
       p++) {
    size_t i = (size_t)(p - s) + 1; /* the word's end */
    if (i < len && ascii_alpha((unsigned char)s[i]))
      continue;
    size_t w = i - 1; /* its start, read back no further than a key */
    while (w > 0 && i - w < NAME_KEY_MAX &&
           ascii_alpha((unsigned char)s[w - 1]))
      w--;
    if (w > 0 && ascii_alpha((unsigned char)s[w - 1]))
      continue; /* longer than a key */
    if ((w == 0 || !word_byte((unsigned char)s[w - 1])) &&
        agent_plural(s + w, i - w) &&
        !evg_map_get_span(&x->lower_plurals, s + w, i - w, &k))
      evg_map_put(&x->lower_plurals, evg_arena_strndup(&x->arena, s + w, i - w),
                  0);
  }
}

/* "United Auto Workers ... promising workers a raise", "Tasmanian Fruit
 * Growers ... growers": a name whose last word is the plural of an agent
 * noun that the text also writes in lower case, as a common noun, names a
 * body of those people, not a person (whose family name the text never
 * writes so; "Maarten Kuipers").  A plural of things ("Tidelink Ferries")
 * says nothing of people. */
static bool plural_named_in_lower_case(evg_extraction *x, const char *s,
                                       size_t len, const char *name,
                                       size_t name_len) {
  size_t last = extract_last_word_start(name, name_len);
  size_t n = name_len - last;
  char lower[NAME_KEY_MAX];
  if (last == 0 || n < 4 || n >= sizeof lower || name[name_len - 1] != 's' ||
      !ascii_upper((unsigned char)name[last]))
    return false;
  for (size_t k = 0; k < n; k++)
    lower[k] = (char)ascii_lower((unsigned char)name[last + k]);
  if (!agent_plural(lower, n))
    return false;
  /* the text is read only once a name asks */
  if (!x->lower_plurals_read)
    extract_read_lower_plurals(x, s, len);
  size_t found;
  return evg_map_get_span(&x->lower_plurals, lower, n, &found);
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
  if (extract_kind_of_words(x, a->name, 0, len, &place, &ship) ||
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
  size_t last = extract_last_word_start(name, len), found;
  /* "the KMT ... the KMT government": a lower-case noun after a name is
   * a body the name's bearer heads or lends its name to, not the same */
  /* "the British ... the British Museum": a people's adjective alone
   * names the people, not the body it opens */
  /* "the state of Pennsylvania ... the Pennsylvania Railroad": a known
   * place's name alone names the place, not the body named after it */
  const char *short_kind;
  if (last < 2 || !extract_organisation_kind(kind) ||
      ascii_is_lower((unsigned char)name[last]) ||
      extract_nationality_adjective(name, last - 1) ||
      !extract_gazetteer_kind(x, name + last, len - last, GAZ_SUFFIX) ||
      ((short_kind = extract_gazetteer_kind(x, name, last - 1, GAZ_NAME)) &&
       (strcmp(short_kind, "place") == 0 ||
        strcmp(short_kind, "country") == 0)))
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
  size_t last = extract_last_word_start(name, len);
  const char *space = memchr(name, ' ', len);
  if (last == 0 || !space ||
      extract_is_given_name(x, name, (size_t)(space - name)) ||
      extract_compass_word(name, (size_t)(space - name)))
    return false; /* "North Atlantic" is a region */
  const char *kind =
      extract_gazetteer_kind(x, name + last, len - last, GAZ_NAME);
  /* a place of two words: "Elections Nova Scotia", "Maritime New
   * Zealand" */
  size_t second = last > 1 ? extract_last_word_start(name, last - 1) : 0;
  if (!kind && second > 0)
    kind = extract_gazetteer_kind(x, name + second, len - second, GAZ_NAME);
  return kind && (strcmp(kind, "country") == 0 || strcmp(kind, "place") == 0);
}

/* The kind of a body's word of the gazetteer ("Senate", "Court"), or
 * NULL for other suffixes (a firm's "Group", an army's, an event's "War",
 * a structure's "Bridge"). */
static const char *body_word_alone(evg_extraction *x, const char *name,
                                   size_t len) {
  const char *kind = extract_gazetteer_kind(x, name, len, GAZ_SUFFIX);
  return kind && extract_organisation_kind(kind) &&
                 strcmp(kind, "company") != 0 && strcmp(kind, "group") != 0
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
  size_t last = extract_last_word_start(name, len);
  return extract_word_in(name + last, len - last, words);
}

/* Whether the words after a name at `at` (or after the comma that
 * closes its apposition) are a verb of action, not of being or having,
 * and the start of its object ("canceled all flights", "withdrew the
 * documentary", "put two extra buses"). */
static bool acts_on_object(const char *s, size_t at, size_t len) {
  static const char *const not_actions[] = {
      "was", "were", "is", "are", "had", "has", "have", "became", NULL};
  static const char *const objects[] = {"the", "a",   "an",    "all", "its",
                                        "his", "her", "their", NULL};
  if (at < len && s[at] == ',')
    at++; /* ", Stadium Watch, began": the apposition's close */
  if (at >= len || s[at] != ' ')
    return false;
  size_t v = at + 1, ve = v;
  while (ve < len && ascii_alpha((unsigned char)s[ve]))
    ve++;
  /* "has cancelled the second performance": a perfect's auxiliary
   * before a participle is the action's, not a verb of having */
  static const char *const perfect[] = {"has", "have", "had", NULL};
  if (ve + 1 < len && s[ve] == ' ' && extract_word_in(s + v, ve - v, perfect)) {
    size_t p = ve + 1, pe = p;
    while (pe < len && ascii_alpha((unsigned char)s[pe]))
      pe++;
    if (pe > p && ascii_is_lower((unsigned char)s[p]) &&
        extract_participle(s + p, pe - p))
      v = p, ve = pe;
  }
  if (ve == v || ve >= len || !ascii_is_lower((unsigned char)s[v]) ||
      !extract_verb_form(s + v, ve - v) ||
      extract_word_in(s + v, ve - v, not_actions) || s[ve] != ' ')
    return false;
  size_t o = ve + 1, oe = o;
  while (oe < len && ascii_alpha((unsigned char)s[oe]))
    oe++;
  static const char *const counts[] = {
      "two",  "three", "four",   "five",     "six",       "seven", "eight",
      "nine", "ten",   "dozens", "hundreds", "thousands", NULL};
  /* a count ("put two extra detector dogs", "cut 300 jobs") or a verb's
   * -ing form after it ("began collecting signatures") */
  return (oe > o && (extract_word_in(s + o, oe - o, objects) ||
                     extract_word_in(s + o, oe - o, counts) ||
                     (oe - o > 5 && memcmp(s + oe - 3, "ing", 3) == 0))) ||
         (o < len && isdigit((unsigned char)s[o]));
}

/* Whether the name at s[start) opens a clause after a comma: a phrase
 * before it ("In response to the vote, Hobart Airport put") or an
 * apposition ("a residents' group, Stadium Watch, began"). */
static bool after_comma(const char *s, size_t start) {
  return start >= 2 && s[start - 1] == ' ' && s[start - 2] == ',';
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

/* "the Bank of Cape Verde, the central bank,", "The National Bank of
 * Hungary raised its base rate": a bank's word makes a lender unless the
 * words around say the bank is the state's, an institution. */
static bool central_bank_said(const char *s, size_t len,
                              const name_candidate *c) {
  const char *name = s + c->start;
  size_t name_len = c->end - c->start;
  const char *bank = extract_strstr_within(name, name_len, "Bank");
  if (!bank || (bank > name && bank[-1] != ' ') ||
      (bank + 4 < name + name_len && bank[4] != ' '))
    return false;
  const char *apposition = extract_apposition_kind(s, c->end, len);
  return extract_rate_setter_follows(s, c->end, len) ||
         (apposition && strcmp(apposition, "institution") == 0);
}

/* The kind the name's own words give candidate c (*kind, *place on
 * entry: the words' look-up), corrected by what stands around it: an
 * apposition that says what a government's body is (*said, else NULL),
 * a bare title's family name, a place's or an event's name that acts, a
 * place's name a cue makes a vessel's or a person's.  False when the
 * mention names no actor (an event's name, a title without a known
 * family name). */
static bool kind_from_words(evg_extraction *x, const char *s, size_t len,
                            const name_candidate *c, const char **kind,
                            bool *place, const char **said) {
  size_t name_len = c->end - c->start;
  const char *name = s + c->start;
  /* "The Commercial Affairs Department, the police unit that ...",
   * "Halcyon House, the publishing arm of the media group X": what an
   * apposition says the body is outweighs a head word of a government
   * ("Department", "House"), which bodies of other sorts share; not an
   * agency's or a central bank's ("the Federal Reserve, the central
   * bank,": "bank" is most often a firm's noun) */
  *said = NULL;
  if (*kind && !*place && strcmp(*kind, "government") == 0) {
    const char *apposition = extract_apposition_kind(s, c->end, len);
    if (apposition && extract_organisation_kind(apposition) &&
        strcmp(apposition, *kind) != 0)
      *kind = *said = apposition;
  }
  if (*kind && !*place && strcmp(*kind, "company") == 0 &&
      central_bank_said(s, len, c))
    *kind = *said = "institution";
  if (c->bare_title) {
    if (!person_of_family_name(x, name, name_len))
      return false;
    *kind = NULL, *place = false; /* the family-name look-up finds it */
  }
  if (*kind &&
      (strcmp(*kind, "event") == 0 || strcmp(*kind, "structure") == 0)) {
    /* "Buffalo Niagara International Airport canceled all flights": a
     * place's or an event's name that opens the sentence and does
     * something to an object is the body that runs it */
    bool opens = c->initial || after_comma(s, c->start);
    /* "the tanker Sea Falcon", "the bulk carrier Cape Merlin": a vessel's
     * noun said of the name outweighs a structure's word in it */
    const char *vessel =
        strcmp(*kind, "structure") == 0 ? cue_kind(x, name, name_len) : NULL;
    bool vessel_named = vessel && strcmp(vessel, "other") == 0;
    if (!vessel_named &&
        !(opens && acts_on_object(s, c->end, len) &&
          (strcmp(*kind, "structure") == 0 || held_event(name, name_len))))
      return false; /* "the Crimean War", "the Lindmark Canal" */
    *kind = strcmp(*kind, "event") == 0 ? "organization" : "other";
    /* "a residents' group, Stadium Watch, began collecting": what the
     * words around say the body is outweighs a structure's word */
    if (c->context.kind && extract_organisation_kind(c->context.kind))
      *kind = c->context.kind;
  }
  /* "the smallest ship, the Santiago", "his servant, York": a vessel or
   * a person named after a place */
  if (*place) {
    const char *cue = extract_article_craft(x, s, c->start, c->end, len)
                          ? "other"
                          : cue_kind(x, name, name_len);
    if (cue && (strcmp(cue, "other") == 0 || strcmp(cue, "person") == 0))
      *kind = cue, *place = false;
  }
  return true;
}

/* The actor named before that candidate c's name is a short form of
 * ("Ms. Lindqvist", "Halvorsen"; of several words only a family name
 * with its particle, "de Wit", "La Condamine": remember_particle_forms),
 * or (size_t)-1. */
static size_t short_form_actor(evg_extraction *x, const char *s,
                               const name_candidate *c) {
  size_t name_len = c->end - c->start;
  const char *name = s + c->start;
  char family[64];
  if (name_len >= sizeof family)
    return (size_t)-1;
  memcpy(family, name, name_len);
  family[name_len] = '\0';
  size_t found;
  size_t index;
  /* an organisation's suffix word stands for it only as "the Army",
   * not as a modifier: "Union leader Maria Okafor" */
  bool suffix_alone =
      extract_gazetteer_lists(x, name, name_len, GAZ_SUFFIX, &index) &&
      !extract_after_article(s, c->start);
  /* "Hollins Turkeys ... Mr. Hollins": an honorific names a person, never
   * the firm whose first word is his name */
  if (evg_map_get(&x->family_names, family, &found) &&
      found != SHARED_SHORT_NAME &&
      !(suffix_alone && extract_organisation_kind(x->actors[found].kind)) &&
      !(c->titled && extract_organisation_kind(x->actors[found].kind)))
    return found;
  return (size_t)-1;
}

/* Whether the name's first word is a title and "of" follows it ("Duke of
 * Medina Sidonia", "Marquis of Santa Cruz"): the gazetteer's titles, or a
 * rank that is written before "of" (not stripped from a name before it as
 * the gazetteer's are: "the Marquis d'Arlandes" keeps it). */
static bool title_of(evg_extraction *x, const char *name, size_t len) {
  static const char *const ranks[] = {
      "Marquis",  "Marquess",  "Marchioness", "Viscount", "Viscountess",
      "Margrave", "Landgrave", "Elector",     "Archduke", "Archduchess",
      "Doge",     "Emir",      "Caliph",      "Khedive",  "Nawab",
      "Maharaja", "Rajah",     NULL};
  const char *space = memchr(name, ' ', len);
  size_t first = space ? (size_t)(space - name) : len;
  return space && first + 4 < len && memcmp(space, " of ", 4) == 0 &&
         (extract_is_title(x, name, first) ||
          extract_word_in(name, first, ranks));
}

/* Whether the word w[0, len) stands in s[0, len) as a word, not inside
 * one; reads each of its occurrences once. */
static bool word_in_text(const char *s, size_t len, const char *w) {
  size_t n = strlen(w);
  if (len < n)
    return false;
  size_t last = len - n; /* the last place the word can start */
  for (const char *p = s;
       (p = memchr(p, w[0], last + 1 - (size_t)(p - s))) != NULL; p++) {
    size_t at = (size_t)(p - s);
    if (memcmp(p, w, n) == 0 &&
        (at == 0 || !word_byte((unsigned char)s[at - 1])) &&
        (at + n == len || !word_byte((unsigned char)s[at + n])))
      return true;
    if (at == last)
      break;
  }
  return false;
}

/* Whether the text is about a sport: three or more of the words of
 * matches, teams and their seasons stand in it ("league", "squad",
 * "fans", "wickets" ...).  No history of a war in WikiWars has three; a
 * report of a match or of a club's troubles has four to seven.  Read
 * once, at the first name that asks. */
static bool sports_text(evg_extraction *x, const char *s, size_t len) {
  static const char *const words[] = {
      "league",     "coach",   "squad",        "club",    "fans",
      "stadium",    "playoff", "playoffs",     "referee", "referees",
      "tournament", "striker", "goalkeeper",   "wickets", "innings",
      "scored",     "goals",   "championship", "team",    "trophy",
      NULL};
  if (x->sport_read)
    return x->sport;
  x->sport_read = true;
  int found = 0;
  for (size_t k = 0; words[k] && found < 3; k++)
    found += word_in_text(s, len, words[k]);
  x->sport = found >= 3;
  return x->sport;
}

/* Whether a word of the name is its text's dateline town ("KAUNAS,
 * Lithuania, February 26 —" and "Neris Kaunas"), written in capitals in
 * the text's first lines. */
static bool dateline_town_in(const char *s, size_t len, const char *name,
                             size_t name_len) {
  size_t head = len < 400 ? len : 400;
  char upper[NAME_KEY_MAX + 1];
  for (size_t w = 0; w < name_len;) {
    size_t e = w;
    while (e < name_len && name[e] != ' ')
      e++;
    if (e - w >= 3 && e - w < NAME_KEY_MAX) {
      for (size_t k = w; k < e; k++)
        upper[k - w] = (char)ascii_to_upper((unsigned char)name[k]);
      upper[e - w] = ',';
      size_t n = e - w + 1;
      /* only a line's start can hold it: from one to the next by memchr,
       * where a test at every byte of the 400 was a name's main cost */
      for (size_t at = 0; at + n <= head;) {
        if (memcmp(s + at, upper, n) == 0)
          return true;
        const char *nl = memchr(s + at, '\n', head - at);
        if (!nl)
          break;
        at = (size_t)(nl - s) + 1;
      }
    }
    w = e + 1;
  }
  return false;
}

/* "Dynamo Varna sacked their coach": "their" in the name's own clause,
 * within eight words and before any "his" or "her", takes up the name as
 * a body of people; a person would be "his" or "her".  Not a name
 * joined by "and" or "or" to another ("Ana Ruiz and Lea Moss won their
 * match"). */
static bool their_follows(const char *s, size_t len, size_t name_start,
                          size_t name_end) {
  size_t pb, pl = extract_word_just_before(s, 0, name_start, &pb);
  if (pl &&
      extract_word_in(s + pb, pl, (const char *const[]){"and", "or", NULL}))
    return false;
  size_t pos = name_end;
  for (int n = 0; n < 8; n++) {
    size_t b, l = extract_word_just_after(s, pos, len, &b);
    if (!l || extract_word_in(s + b, l,
                              (const char *const[]){"and", "or", "his", "her",
                                                    "who", "which", NULL}))
      return false;
    if (equals_ci(s + b, l, "their"))
      return true;
    pos = b + l;
  }
  return false;
}

/* "the Hyderabad Hawks", "Norwich City", "Neris Kaunas" in a report of
 * a sport: a name of two or three words that no given name opens is a
 * club's (an organisation), not a person's, when a person's name could
 * not stand so: after the article (not in a phrase of place), ending in
 * a town's club word ("City", "United", "Town"), taken up by "their", or
 * holding a town, a known one or the dateline's (a club is named for its
 * town; a player is not). */
static bool club_named(evg_extraction *x, const char *s, size_t len,
                       const name_candidate *c, int words) {
  const char *name = s + c->start;
  size_t name_len = c->end - c->start;
  if (words < 2 || words > 3 || !sports_text(x, s, len))
    return false;
  /* "a tour of the West Indies", "flew to the Faroe Islands": not where
   * a place stands */
  const mention_context *m = &c->context;
  if (extract_after_article(s, c->start) && !m->location && !m->direction &&
      !m->of_noun && !m->article_place)
    return true;
  size_t last = extract_last_word_start(name, name_len);
  if (extract_word_in(name + last, name_len - last,
                      (const char *const[]){"City", "United", "Town", NULL}) ||
      their_follows(s, len, c->start, c->end))
    return true;
  for (size_t w = 0; w < name_len;) {
    size_t e = w;
    while (e < name_len && name[e] != ' ')
      e++;
    const char *kind = extract_gazetteer_kind(x, name + w, e - w, GAZ_NAME);
    if (kind && (strcmp(kind, "place") == 0 || strcmp(kind, "country") == 0))
      return true;
    w = e + 1;
  }
  return dateline_town_in(s, len, name, name_len);
}

/* The kind of a new actor for candidate c when its words gave `kind`
 * (NULL: none), guessed from the text for want of better (*known set
 * when a body's word alone names a body); NULL when the mention names no
 * actor (a single capitalised word that only opens the sentence, or a
 * short one). */
static const char *guessed_kind(evg_extraction *x, const char *s, size_t len,
                                const name_candidate *c, const char *kind,
                                bool place, bool words_several, bool *known,
                                bool *by_count) {
  size_t name_len = c->end - c->start;
  const char *name = s + c->start;
  /* "the construction boss Charles Crocker hired fifty workers": a
   * name of two or three words that opens with a given name is a
   * person's, whatever business the words after it speak of (a
   * suffix, "Charles Schwab Corporation", was looked at before) */
  /* "the yacht Marie Galante", "a trawler, the Don Aurelio": a vessel's
   * noun said of the name anywhere in the text outweighs a given name */
  const char *cue = kind ? NULL : cue_kind(x, name, name_len);
  if (cue && strcmp(cue, "other") == 0)
    kind = cue;
  if (!kind && words_several && !place) {
    const char *space = memchr(name, ' ', name_len);
    int words = 1;
    for (size_t p = 0; p < name_len; p++)
      words += name[p] == ' ';
    if (words <= 3 && extract_is_given_name(x, name, (size_t)(space - name)) &&
        !extract_strstr_within(name, name_len, " of "))
      kind = "person";
  }
  /* "the Senate", "the Academy": a body's word alone after the article
   * names that body, when none was named with it before */
  if (!kind && !words_several && extract_after_article(s, c->start)) {
    kind = body_word_alone(x, name, name_len);
    *known = kind != NULL;
  }
  /* a title or an honorific names a person, whatever kind the words
   * around the name gave it elsewhere ("Hollins Turkeys closed its plant
   * ... Mr. Hollins met the workers") */
  if (!kind && c->titled)
    kind = "person";
  if (!kind)
    kind = cue_kind(x, name, name_len);
  if (!kind && c->genitive)
    kind = "company"; /* Moody's, Sainsbury's: a firm */
  /* "William", "Edward": a given name alone is a person's */
  if (!kind && !words_several && extract_is_given_name(x, name, name_len))
    kind = "person";
  /* a capital after the article that opens the sentence is a name's
   * own, not the sentence's ("The Titanic struck") */
  if (!kind && !words_several &&
      ((c->initial && !c->possessive && !extract_after_article(s, c->start) &&
        !seen_inside(x, name, name_len)) ||
       name_len < 3))
    return NULL;
  if (!kind && particle_name(name, name_len))
    kind = "person"; /* "Charles-Marie de La Condamine", "de Wit" */
  /* "the Duke of Medina Sidonia", "the Count of Barcelona": a title
   * before "of" names the one who holds it, a person, not a body named
   * for its place */
  if (!kind && title_of(x, name, name_len))
    kind = "person";
  if (!kind && words_several && !place) {
    int words = 1;
    for (size_t p = 0; p < name_len; p++)
      words += name[p] == ' ';
    if (club_named(x, s, len, c, words))
      kind = "organization";
  }
  /* "Arts Council England", "Biosecurity Tasmania": a body named for a
   * place is most often its public agency; a cue read before ("PEN
   * America, the writers' group,") says otherwise */
  if (!kind && words_several)
    kind = extract_remit_pair_kind(name, name_len); /* "Customs and ..." */
  if (!kind && words_several && ends_with_place(x, name, name_len))
    kind = "institution";
  if (!kind && words_several &&
      plural_named_in_lower_case(x, s, len, name, name_len))
    kind = "organization";
  if (!kind)
    kind = extract_numbered_name_kind(name, name_len); /* "Apollo 15" */
  if (!kind) {
    int words = 1;
    for (size_t p = c->start; p < c->end; p++)
      words += s[p] == ' ';
    kind = words >= 2 && words <= 3 ? "person" : "other";
    /* "the Berlin Wall": a person's name takes no article */
    *by_count = extract_after_article(s, c->start);
  }
  return kind;
}

/* Whether candidate c's mention of `actor` names a participant: not a
 * reporter, a thing given, a title of a work, a place (in a phrase of
 * place or of going, a river's word after "the"), a possessive place, a
 * name that only modifies a noun.  `kind` and `known`: the kind the
 * name's words or cues gave; `place`: its words name a place. */
static bool mention_participant(const evg_extraction *x,
                                const name_candidate *c, size_t actor,
                                const char *kind, bool known, bool place,
                                bool named_person, bool words_several,
                                bool by_count) {
  const mention_context *m = &c->context;
  const char *actor_kind = x->actors[actor].kind;
  /* "Shares in Kessler", "approached Kessler", "sent it to the FDA": a
   * short form or a cue that makes the name an organisation's keeps it
   * out of the places */
  bool organisation = (known && !place && extract_organisation_kind(kind)) ||
                      (!place && extract_organisation_kind(actor_kind) &&
                       strcmp(actor_kind, "group") != 0);
  /* "in Parliament", "the council chambers in Tallowood": a government
   * after "in" is the place it governs or sits in; a firm may be a party
   * ("shares in Kessler") */
  bool government = strcmp(actor_kind, "government") == 0 ||
                    (known && strcmp(kind, "government") == 0);
  /* "the Dow Jones Industrial Average closed at 381": a figure */
  const char *actor_name = x->actors[actor].name;
  if (extract_market_figure(actor_name, strlen(actor_name)))
    return false;
  return !m->not_participant && !m->given && !(c->title_of_work && !known) &&
         !(m->told && strcmp(actor_kind, "media") == 0) &&
         !(m->location && (!organisation || (m->in_place && government))) &&
         !(m->arrival && !named_person && strcmp(actor_kind, "person") != 0) &&
         !(m->direction && (place || (!known && !words_several &&
                                      !named_person && !organisation))) &&
         !(m->place_location && place) &&
         /* "traffic on the Elbe", "down the Amazon": one word after "the"
          * and a preposition of place is a river's or a sea's */
         !(m->article_place && !words_several && !named_person &&
           strcmp(actor_kind, "person") != 0) &&
         !(c->possessive && !m->body_follows &&
           !extract_organisation_kind(m->kind) &&
           (place || !extract_organisation_kind(actor_kind))) &&
         /* "a Japan Coast Guard helicopter": the body runs the craft
          * (extract_operated_craft) */
         !(m->modifier && (place || m->after_article) &&
           !(m->craft_after && known && !place &&
             extract_organisation_kind(kind) &&
             strcmp(kind, "company") != 0)) &&
         !((m->modifier || m->of_noun) && !known &&
           strcmp(actor_kind, "other") == 0) &&
         /* "the defence of the Central Highlands", "the signing of the
          * Tripartite Pact": an unknown name after a common noun, "of"
          * and the article is what the noun is about, as an unknown
          * "other" is ("under the command of Anton Denikin" stays) */
         !(m->of_noun && by_count);
}

/* "the town of Kut al-Amara", "the al-Faw peninsula": a noun of a place
 * ("town", "village", "peninsula") before "of" and the name, or right
 * after it, says the name is the place's. */
static bool place_noun_around(const char *s, size_t len,
                              const name_candidate *c) {
  size_t a = c->end + 1, ae = a;
  while (ae < len && ae < a + 24 && ascii_is_lower((unsigned char)s[ae]))
    ae++;
  if (c->end < len && s[c->end] == ' ' && ae > a &&
      extract_named_place_noun(s + a, ae - a))
    return true;
  if (c->start < 6 || memcmp(s + c->start - 4, " of ", 4) != 0)
    return false;
  size_t e = c->start - 4, b = e;
  while (b > 0 && b + 24 > e && ascii_alpha((unsigned char)s[b - 1]))
    b--;
  return extract_named_place_noun(s + b, e - b) ||
         equals_ci(s + b, e - b, "birthplace");
}

/* "the canton of Uri", "the city of Valmora": a polity's noun before
 * "of" and the name says the name is a polity's, which acts as a
 * government (not "the island of X", "the port of X": places only). */
static bool polity_of_before(const char *s, const name_candidate *c) {
  static const char *const polities[] = {
      "city",     "town",         "village", "township", "republic",
      "province", "state",        "canton",  "county",   "kingdom",
      "duchy",    "principality", NULL};
  if (c->start < 6 || memcmp(s + c->start - 4, " of ", 4) != 0)
    return false;
  size_t e = c->start - 4, b = e;
  while (b > 0 && b + 24 > e && ascii_alpha((unsigned char)s[b - 1]))
    b--;
  return b < e && ascii_is_lower((unsigned char)s[b]) &&
         extract_word_in(s + b, e - b, polities);
}

/* "a rival from Santa Maria da Feira", "sailed from Palos de la
 * Frontera", "born in Sanlúcar de Barrameda": a name with a particle
 * that no given name or title opens, where a place stands (after "in",
 * "from", "near" ...) or by a noun of a place, is a town's, and so is
 * a word with the Arabic article alone ("in al-Anbar"); "a letter from
 * Juan de Cartagena" is a person's. */
static bool town_with_particle(evg_extraction *x, const char *s, size_t len,
                               const name_candidate *c) {
  const char *name = s + c->start;
  size_t name_len = c->end - c->start;
  /* the particles of family names, not of towns: "a prize went to Gerrit
   * van Houten", "evidence from Maarten van der Berg" (a given name the
   * gazetteer lacks) */
  static const char *const family_only[] = {"van", "von", "bin", "ibn", NULL};
  const char *particle = extract_first_particle(name, name_len);
  if (particle) {
    const char *w = particle + 1;
    const char *e = memchr(w, ' ', name_len - (size_t)(w - name));
    if (e && extract_word_in(w, (size_t)(e - w), family_only))
      return false;
  }
  const char *space = memchr(name, ' ', name_len);
  bool article = extract_article_name_word(
      name, 0, space ? (size_t)(space - name) : name_len);
  if (!space && !article)
    return false;
  if (!space)
    space = name + name_len;
  /* "the town of Abu Hishma": "Abu" and "Umm" open the names of places
   * as of people; a noun of a place says which */
  size_t first = (size_t)(space - name);
  bool kunya = space < name + name_len &&
               (equals_ci(name, first, "Abu") || equals_ci(name, first, "Umm"));
  bool place_noun = place_noun_around(s, len, c);
  return !c->titled &&
         ((kunya && place_noun) ||
          ((c->context.location || c->context.direction || place_noun) &&
           particle_name(name, name_len))) &&
         !extract_is_given_name(x, name, (size_t)(space - name)) &&
         !extract_is_title(x, name, (size_t)(space - name));
}

/* The actor that candidate c mentions, or (size_t)-1 for a single word
 * that may be no name (it starts the sentence, or is short) and for the
 * name of an event ("the Siege of Valmora", "the Scottish Cup").
 * *participant says whether this mention names a participant. */
size_t extract_mention_actor(evg_extraction *x, const char *s, size_t len,
                             const name_candidate *c, bool *participant) {
  size_t name_len = c->end - c->start;
  const char *name = s + c->start;
  bool place = c->words_place;
  const char *kind = c->words_kind, *said;
  if (!kind_from_words(x, s, len, c, &kind, &place, &said))
    return (size_t)-1;
  bool words_several = memchr(name, ' ', name_len) != NULL;
  if (!kind && (town_with_particle(x, s, len, c) || polity_of_before(s, c))) {
    kind = "government"; /* a place that acts does so as a government */
    place = true;
  }
  bool known = kind != NULL;
  /* later mentions by a short form; a newspaper's word alone, which its
   * words kind ("the Ledger" after "the Millbrook Ledger"), is one too */
  const char *word_kind;
  bool word_alone =
      kind && !words_several &&
      (word_kind = extract_gazetteer_kind(x, name, name_len, GAZ_SUFFIX)) &&
      strcmp(word_kind, "media") == 0;
  size_t actor = kind && !word_alone ? (size_t)-1 : short_form_actor(x, s, c);
  /* a person's short form, a given name or a title names someone, never
   * a place: "the prize went to Watson, Crick and Wilkins" */
  bool named_person =
      c->titled ||
      (actor != (size_t)-1 && strcmp(x->actors[actor].kind, "person") == 0) ||
      (!kind && !words_several && extract_is_given_name(x, name, name_len));
  bool by_count = false; /* the kind guessed from the count of words */
  if (actor == (size_t)-1) {
    kind = guessed_kind(x, s, len, c, kind, place, words_several, &known,
                        &by_count);
    if (!kind)
      return (size_t)-1;
    size_t before = x->actor_count;
    actor = shorter_form_of(x, name, name_len, kind);
    if (actor == (size_t)-1)
      actor = add_actor(x, name, name_len, kind);
    /* a vessel the words around name ("Their Vickers Vimy, a bomber,")
     * is named again by its last word, as a ship is ("the Vimy"); one who
     * holds a title "of" a place is named again by the words after "of"
     * ("Medina Sidonia", "Carnarvon"), not by the title ("the Archbishop
     * of Wales ... its next Archbishop") */
    if (x->actor_count > before && title_of(x, name, name_len)) {
      const char *of = strstr(x->actors[actor].name, " of ");
      if (of)
        evg_map_put(&x->family_names, of + 4, actor);
    } else if (x->actor_count > before)
      remember_short_name(
          x, actor,
          c->words_ship ||
              (c->context.kind && strcmp(c->context.kind, "other") == 0));
  }
  /* ... also when a mention before (a headline's) named it first */
  if (said && strcmp(x->actors[actor].kind, c->words_kind) == 0)
    x->actors[actor].kind = said;
  /* "Kestrel Mobile installed ... Kestrel's chief executive": a kind
   * guessed for want of evidence (a person's for two or three unknown
   * words, other) yields to an organisation's kind that a later mention's
   * context gives, unless the name's words say otherwise */
  const mention_context *m = &c->context;
  if (m->kind && extract_organisation_kind(m->kind) && !c->titled &&
      (strcmp(x->actors[actor].kind, "person") == 0 ||
       strcmp(x->actors[actor].kind, "other") == 0))
    correct_guessed_kind(x, actor, m->kind, name, name_len);
  *participant = mention_participant(x, c, actor, kind, known, place,
                                     named_person, words_several, by_count);
  return actor;
}

/* A given name that opens two different full names ("William Sancroft",
 * "William of Orange") does not say which one it means when it stands
 * alone: it is marked shared in the short forms before any actor takes
 * it, so that "William" stays an actor of its own rather than the first
 * William named. */
void extract_mark_shared_given_names(evg_extraction *x, const char *s,
                                     const name_candidate *candidates,
                                     size_t count) {
  evg_map first_full = {0}; /* a given name -> the first candidate with it */
  for (size_t k = 0; k < count; k++) {
    const name_candidate *c = &candidates[k];
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
    const name_candidate *o = &candidates[other];
    if (o->end - o->start != c->end - c->start ||
        memcmp(s + o->start, s + c->start, c->end - c->start) != 0)
      evg_map_put(&x->family_names, given, SHARED_SHORT_NAME);
  }
  evg_map_free(&first_full);
}

void extract_replay_name_log(evg_extraction *x, struct extract_name_log *log) {
  for (size_t i = 0; i < log->count; i++) {
    const extract_logged_name *name = &log->items[i];
    if (name->kind == INNER_NAME)
      extract_remember_inner_name(x, name->name, name->len);
    else
      extract_remember_cue(x, name->name, name->len, kind_names[name->kind]);
  }
  free(log->items);
}
