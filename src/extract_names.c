/* extract_names.c: the words of names: word shapes, the gazetteer's
 * lookups, and runs of capitalised words grown into names ("Bank of
 * England", "Jay Cooke & Company") and trimmed of the adjectives, openers
 * and titles at their front.  extract_actors.c finds them in sentences,
 * extract_actor_table.c makes actors of them. */
#include "extract_internal.h"

#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* The gazetteer, compiled in from data/gazetteer.txt (build/gazetteer.c). */
extern const char *const evg_gazetteer[];

/* The end of the word starting at i (letters, digits, inner dots). */
size_t extract_word_end(const char *s, size_t i, size_t end) {
  for (;;) {
    /* ASCII letters and digits, most of every word, on a short path */
    while (i < end && ascii_alnum((unsigned char)s[i]))
      i++;
    /* a space or a punctuation mark, where most words end: none of the
     * tests below takes it */
    if (i == end || (!ascii_word_byte((unsigned char)s[i]) && s[i] != '.'))
      return i;
    size_t n = extract_name_char(s, i, end);
    if (n) {
      i += n;
    } else if (i + 1 < end && s[i] == '.' &&
               ascii_alpha((unsigned char)s[i + 1]) && i > 0 &&
               ascii_alpha((unsigned char)s[i - 1])) {
      i++;
    } else if (i + 3 < end && (unsigned char)s[i] == 0xE2 &&
               (unsigned char)s[i + 1] == 0x80 &&
               (unsigned char)s[i + 2] == 0x99 &&
               ascii_alpha((unsigned char)s[i + 3])) {
      i += 3; /* a curly apostrophe inside a word: China’s */
    } else {
      return i;
    }
  }
}

/* Ends with the possessive 's (straight or curly) or a plural's s'?
 * Returns its length. */
size_t extract_possessive(const char *s, size_t start, size_t end) {
  if (end >= start + 3 && s[end - 1] == 's' && s[end - 2] == '\'')
    return 2;
  /* a plural's, whose apostrophe the word keeps: "Norrland Battery
   * Systems' cell plant" (a curly one ends the word before it) */
  if (end >= start + 3 && s[end - 1] == '\'' && s[end - 2] == 's')
    return 1;
  if (end >= start + 5 && s[end - 1] == 's' &&
      (unsigned char)s[end - 2] == 0x99 && (unsigned char)s[end - 3] == 0x80 &&
      (unsigned char)s[end - 4] == 0xE2)
    return 4;
  return 0;
}

/* Adjectives of a nation, a people or a region ("French Guiana",
 * "Western Europe"): a place's phrase may open with one. */
bool extract_nationality_adjective(const char *w, size_t len) {
  static const char *const words[] = {
      "American", "British", "Chinese", "French", "German", "Japanese",
      "Russian", "Swiss", "English", "European", "Asian", "African", "Indian",
      "Korean", "Italian", "Spanish", "Soviet", "Western", "Eastern", "Arab",
      "Israeli", "Iranian", "Iraqi", "Ukrainian", "Polish", "Canadian",
      "Mexican", "Brazilian", "Australian", "Dutch", "Greek", "Turkish",
      "Egyptian", "Persian", "Belgian", "Flemish", "Walloon", "Norwegian",
      "Danish", "Swedish", "Finnish", "Irish", "Scottish", "Welsh",
      "Portuguese", "Austrian", "Czech", "Hungarian", "Romanian", "Bulgarian",
      "Serbian", "Croatian", "Pakistani", "Afghan", "Saudi", "Syrian",
      "Lebanese", "Nigerian", "Kenyan", "Ethiopian", "Vietnamese", "Thai",
      "Indonesian", "Filipino", "Malaysian", "Argentine", "Chilean",
      "Colombian", "Peruvian", "Venezuelan", "Cuban", "Taiwanese", "Icelandic",
      "Estonian", "Latvian", "Lithuanian", "Slovak", "Slovenian", "Georgian",
      "Armenian", "Palestinian", "Jordanian", "Moroccan", "Algerian",
      "Tunisian", "Ghanaian", "Bangladeshi", "Nepalese", "Mongolian", "Kazakh",
      "Uzbek", "Norse", "Prussian", "Ottoman", "Byzantine", "Venetian",
      "Bavarian", "Catalan", "Basque", "Sunni", "Shia", "Nazi", "Latin",
      /* completed from the states of the world and the best-known
       * peoples of history (actors44), their plural naming the people
       * ("the Haitians"); left out where the word opens other names,
       * which would lose it as an adjective at their front ("Norman",
       * "Celtic", "Tamil" of Tamil Nadu, "Confederate States of America",
       * "Macedonian Front", "Kurdish Peshmerga", "First Athenian
       * Alliance", "Eritrean Corps": WikiWars) */
      "Albanian", "Andorran", "Angolan", "Argentinian", "Azerbaijani",
      "Bahraini", "Belarusian", "Bolivian", "Bosnian", "Burmese", "Burundian",
      "Cambodian", "Cameroonian", "Chadian", "Congolese", "Cypriot",
      "Ecuadorian", "Emirati", "Fijian", "Gabonese", "Gambian", "Guatemalan",
      "Guinean", "Haitian", "Honduran", "Ivorian", "Jamaican", "Kuwaiti",
      "Kyrgyz", "Laotian", "Liberian", "Libyan", "Malagasy", "Malawian",
      "Malian", "Maltese", "Mauritanian", "Moldovan", "Montenegrin",
      "Mozambican", "Namibian", "Nepali", "Nicaraguan", "Nigerien", "Omani",
      "Panamanian", "Paraguayan", "Qatari", "Rwandan", "Salvadoran", "Samoan",
      "Senegalese", "Singaporean", "Somali", "Sudanese", "Tajik", "Tanzanian",
      "Togolese", "Tongan", "Turkmen", "Ugandan", "Uruguayan", "Yemeni",
      "Zambian", "Zimbabwean", "Bhutanese", "Beninese", "Tibetan", "Uyghur",
      "Punjabi", "Bengali", "Sinhalese", "Javanese", "Hawaiian", "Maori",
      "Scot", "Carthaginian", "Spartan", "Assyrian", "Babylonian", "Phoenician",
      "Frankish", "Castilian", "Aragonese", "Neapolitan", "Sicilian", "Genoese",
      "Florentine", "Milanese", "Piedmontese", "Sardinian", "Breton",
      "Hanoverian", "Bohemian", "Moravian", "Magyar", "Wallachian", "Moldavian",
      "Muscovite", "Circassian", "Chechen", "Berber", "Bedouin", "Moorish",
      "Frisian", "Pashtun", "Sikh", "Gurkha", NULL};
  EXTRACT_WORD_SET(set, words, false);
  return extract_word_set_has(&set, w, len);
}

/* Whether a verb form ends right before `pos`: "handed to", "lost to"
 * give to a party; "loyal to", "acceptable to" do not. */
static bool verb_before(const char *s, size_t start, size_t pos) {
  size_t b, l = extract_word_just_before(s, start, pos, &b);
  return l && extract_verb_form(s + b, l);
}

/* The people's adjective s[name_start, name_end) after "the" that is a
 * verb's doer or its object: "The English landed", "On May 5, the French
 * took", "greeted the English in their own language".  The doer opens
 * the sentence or follows a comma, with a verb in the past right after
 * it (not "where the British had", "the land the Dutch called": another
 * clause's); the object follows a verb form other than "be" or "have"
 * (pb, pl: the word before "the"), and the caller asks, as after a
 * preposition, that no noun follow ("greeted the English captain"). */
static bool people_adjective_of_verb(const char *s, size_t start,
                                     size_t name_start, size_t name_end,
                                     size_t end, size_t pb, size_t pl) {
  size_t the = name_start - 4;
  if (pl && s[pb] != ',' && extract_verb_form(s + pb, pl) &&
      !extract_word_in(s + pb, pl,
                       (const char *const[]){"is", "was", "are", "were", "be",
                                             "been", "has", "have", "had",
                                             NULL}))
    return true; /* the caller reads the word after it */
  /* after a comma, or a date's number that a phrase of time without
   * one ends in ("at dawn on August 8 the English fell") */
  bool opens = the == start ||
               (the >= start + 2 && s[the - 1] == ' ' &&
                (s[the - 2] == ',' || isdigit((unsigned char)s[the - 2])));
  size_t nb, nl;
  return opens && name_end < end && s[name_end] == ' ' &&
         (nl = extract_word_just_after(s, name_end, end, &nb)) &&
         extract_verb_form(s + nb, nl) &&
         !extract_word_in(s + nb, nl,
                          (const char *const[]){"is", "are", "be", NULL});
}

/* Whether s[name_start, name_end) is a nation's adjective that names
 * its people after "the" and a preposition of a party ("handed to the
 * British", "captured by the Portuguese", "at war with the French"; "to"
 * after a verb):
 * one in -sh, -ch or -ese, or "Swiss", whose plural has no -s, with no
 * noun after it: the end of the clause, a verb, a preposition ("the
 * Irish of the North" is a name's head: not "of").  Their forces or
 * government are done to or act, a group.  A subject's ("where the
 * British had not", "the land the Dutch called X") is left alone: it is
 * as often another clause's. */
bool extract_people_adjective(const char *s, size_t start, size_t name_start,
                              size_t name_end, size_t end) {
  static const char *const prepositions[] = {"to",      "by",   "with", "from",
                                             "against", "upon", NULL};
  size_t len = name_end - name_start;
  const char *w = s + name_start;
  size_t pb, pl;
  if (name_start < start + 4 || !equals_ci(s + name_start - 4, 4, "the ") ||
      !extract_people_word(w, len))
    return false;
  /* an item of a list of peoples is read as the whole list: what stands
   * before the first and after the last */
  extract_people_list(s, start, end, name_start, name_end, &name_start,
                      &name_end);
  pl = extract_word_just_before(s, start, name_start - 4, &pb);
  if ((!pl || !extract_word_in(s + pb, pl, prepositions) ||
       (equals_ci(s + pb, pl, "to") && !verb_before(s, start, pb))) &&
      !people_adjective_of_verb(s, start, name_start, name_end, end, pb, pl))
    return false;
  if (name_end >= end || s[name_end] != ' ')
    return true; /* punctuation or the sentence's end */
  size_t nb, nl = extract_word_just_after(s, name_end, end, &nb);
  return nl && ascii_is_lower((unsigned char)s[nb]) &&
         !equals_ci(s + nb, nl, "of") &&
         (extract_verb_form(s + nb, nl) ||
          extract_function_word_after(s + nb, nl));
}

/* Nouns of one person of a nation whose adjective is another word ("the
 * Swede Lina Holm", "the Frenchman Luc Garnier"): at a name's front they
 * describe it, as "the Swedish rider" would, and are no word of it;
 * alone ("a German and a Pole") they name no one.  "Finn" and "Dane",
 * given names as often ("Dane Whitlock opened"), are left out. */
static bool nationality_noun(const char *w, size_t len) {
  static const char *const words[] = {
      "Swede",       "Briton",     "Spaniard",     "Pole",       "Frenchman",
      "Frenchwoman", "Englishman", "Englishwoman", "Dutchman",   "Dutchwoman",
      "Irishman",    "Irishwoman", "Welshman",     "Welshwoman", "Scotsman",
      "Scotswoman",  "Icelander",  "Luxembourger", "Serb",       "Croat",
      "Slovene",     "Kurd",       "Greenlander",  NULL};
  EXTRACT_WORD_SET(set, words, false);
  return extract_word_set_has(&set, w, len);
}

/* Nationality and other adjectives and acronyms that are not actors. */
bool extract_not_an_actor(const char *w, size_t len) {
  static const char *const words[] = {
      "Westerners", "Easterners", "Americans", "Europeans", "Roman",
      "Christian",  "Muslim",     "Jewish",    "Catholic",  "Protestant",
      "AI",         "A.I",        "A.I.",      "GDP",       "EV",
      "E.V.",       "E.V",        "IPO",       "TV",        "OK",
      "PhD",        "Internet",   "Hindu",     "Buddhist",  "Time",
      "DNA",        "RNA",        NULL};
  EXTRACT_WORD_SET(set, words, false);
  /* time zones ("5 p.m. EDT"): the tagger's list, in capitals */
  return extract_nationality_adjective(w, len) || nationality_noun(w, len) ||
         extract_word_set_has(&set, w, len) || evg_zone_abbreviation(w, len) ||
         extract_officer_acronym(w, len);
}

bool extract_officer_acronym(const char *w, size_t len) {
  static const char *const words[] = {"CEO", "CFO", "COO", "CTO", NULL};
  EXTRACT_WORD_SET(set, words, false);
  return extract_word_set_has(&set, w, len);
}

bool extract_starts_upper(const char *s, size_t len) {
  const unsigned char *u = (const unsigned char *)s;
  if (len == 0)
    return false;
  if (u[0] < 0x80)
    return ascii_upper(u[0]) != 0;
  size_t n = evg_utf8_valid_len(u, len);
  if (!n)
    return false;
  /* Capitals of Latin-1 (À-Þ but not ×), Latin Extended-A (capital and
   * small alternate, with a shift at U+0139 and U+0179), Greek and
   * Cyrillic; CJK ideographs start names too. */
  unsigned int cp = evg_utf8_decode(u, n);
  return extract_latin_capital(cp) || (cp >= 0x391 && cp <= 0x3A9) ||
         (cp >= 0x400 && cp <= 0x42F) || (cp >= 0x4E00 && cp <= 0x9FFF);
}

bool extract_latin_capital(unsigned int cp) {
  if (cp >= 0x100 && cp <= 0x17F) {
    if (cp == 0x178)
      return true; /* Ÿ */
    if (cp == 0x138 || cp == 0x17F)
      return false; /* ĸ and ſ have no capital */
    bool odd = cp & 1;
    return (cp >= 0x139 && cp <= 0x148) || cp >= 0x179 ? odd : !odd;
  }
  return cp >= 0xC0 && cp <= 0xDE && cp != 0xD7;
}

/* The gazetteer indexed by the text of each entry: built once for the
 * process and only read after, by every extraction and thread (a build
 * per extraction was half the work of `extract --jsonl` on short
 * articles). */
static evg_map gazetteer_index[EXTRACT_GAZETTEER_MAPS];
static pthread_once_t gazetteer_once = PTHREAD_ONCE_INIT;
/* The shapes of each map's entries: a bit for each pair of a first byte's
 * low five bits and a length (31 and longer share one), so that most words
 * asked, which no entry is, are told so without a hash and a probe (some
 * 200,000 look-ups on 790 kB of prose, a fortieth of the extraction). */
static uint64_t gazetteer_shapes[EXTRACT_GAZETTEER_MAPS][16];

/* The kind of each line of the gazetteer ("person", "org" ...), its own
 * terminated copy made with the index: a look-up hands it out, where it
 * copied it into the extraction's arena each time (52,000 a 790 kB text). */
static const char **gazetteer_kinds;

static size_t shape_bit(const char *name, size_t len) {
  return ((unsigned char)name[0] & 31u) * 32 + (len < 31 ? len : 31);
}

static void build_gazetteer_index(void) {
  size_t lines = 0, bytes = 0;
  for (; evg_gazetteer[lines]; lines++)
    bytes += strlen(evg_gazetteer[lines]) + 1;
  gazetteer_kinds = evg_xcalloc(lines ? lines : 1, sizeof *gazetteer_kinds);
  char *kinds = evg_xmalloc(bytes ? bytes : 1);
  for (size_t i = 0; evg_gazetteer[i]; i++) {
    const char *line = evg_gazetteer[i];
    const char *tab = strchr(line, '\t');
    if (!tab)
      continue;
    int which = strncmp(line, "title\t", 6) == 0   ? GAZ_TITLE
                : strncmp(line, "given\t", 6) == 0 ? GAZ_GIVEN
                : strncmp(line, "suffix-", 7) == 0 ? GAZ_SUFFIX
                                                   : GAZ_NAME;
    evg_map_put(&gazetteer_index[which], tab + 1, i);
    const char *kind = which == GAZ_SUFFIX ? line + 7 : line;
    size_t kind_len = (size_t)(tab - kind);
    memcpy(kinds, kind, kind_len);
    kinds[kind_len] = '\0';
    gazetteer_kinds[i] = kinds;
    kinds += kind_len + 1;
    size_t len = strlen(tab + 1);
    if (len) {
      size_t bit = shape_bit(tab + 1, len);
      gazetteer_shapes[which][bit / 64] |= (uint64_t)1 << (bit % 64);
    }
  }
}

/* Gives x the gazetteer's index: copies of the maps, which share the
 * process's slots (never freed with x). */
void extract_load_gazetteer(evg_extraction *x) {
  pthread_once(&gazetteer_once, build_gazetteer_index);
  for (int m = 0; m < EXTRACT_GAZETTEER_MAPS; m++)
    x->gazetteer[m] = gazetteer_index[m];
}

/* Whether the gazetteer lists a name (or a suffix word); *index is its
 * line. */
bool extract_gazetteer_lists(const evg_extraction *x, const char *name,
                             size_t len, int which, size_t *index) {
  if (len >= NAME_KEY_MAX)
    return false;
  /* x->gazetteer is the process's index, whose shapes these are */
  if (len) {
    size_t bit = shape_bit(name, len);
    if (!(gazetteer_shapes[which][bit / 64] >> (bit % 64) & 1))
      return false;
  }
  return evg_map_get_span(&x->gazetteer[which], name, len, index);
}

/* The kind the gazetteer gives a name (or a suffix word), or NULL. */
const char *extract_gazetteer_kind(evg_extraction *x, const char *name,
                                   size_t len, int which) {
  size_t index;
  if (!extract_gazetteer_lists(x, name, len, which, &index))
    return NULL;
  return gazetteer_kinds[index];
}

bool extract_is_title(evg_extraction *x, const char *word, size_t len) {
  size_t index;
  return extract_gazetteer_lists(x, word, len, GAZ_TITLE, &index);
}

bool extract_is_given_name(evg_extraction *x, const char *word, size_t len) {
  size_t index;
  return extract_gazetteer_lists(x, word, len, GAZ_GIVEN, &index);
}

/* Capitalised words that start sentences without being names. */
bool extract_common_capital(const char *w, size_t len) {
  static const char *const words[] = {
      "The", "A", "An", "In", "On", "At", "By", "For", "But", "And", "Or", "As",
      "It", "Its", "He", "She", "They", "We", "I", "You", "This", "That",
      "These", "Those", "There", "Here", "His", "Her", "Their", "Our", "My",
      "Some", "Such", "Still", "Although", "When", "While", "After", "Before",
      "Since", "Until", "If", "Given", "Speaking", "Elsewhere", "More", "Most",
      "Many", "Much", "Last", "Next", "Then", "Yet", "So", "Also", "Even", "To",
      "From", "With", "Without", "Did", "Do", "Does", "Is", "Was", "Were",
      "Are", "Sure", "Of", "Engineering", "Yesterday", "Today", "Tomorrow",
      "Earlier", "Later", "What", "Who", "How", "Why", "Where", "Which", "No",
      "Not", "All", "Both", "Each", "Every", "Another", "Other", "One", "Two",
      "Three", "Meanwhile", "However", "Instead", "Now", "Once", "Over",
      "Under", "Shortly", "Soon", "Just", "Only", "First", "Second", "Third",
      /* the rest of the closed classes that open sentences: subordinators,
       * prepositions and quantifiers ("Because John would not ...",
       * "Hundreds of porters carried ...") */
      "Because", "Though", "Unless", "Whether", "Whereas", "Nor", "During",
      "Despite", "Following", "Within", "Among", "Amid", "Against", "Through",
      "Throughout", "Across", "Between", "Around", "Along", "Upon", "Into",
      "Toward", "Towards", "Beyond", "Behind", "Beside", "Above", "Below",
      "Unlike", "About", "Several", "Few", "Neither", "Either", "Hundreds",
      "Thousands", "Dozens", "Millions",
      /* a count's approximators ("Almost 13 million shares changed
       * hands": "Almost" read as the firm whose shares they were) */
      "Almost", "Nearly", "Roughly", "Approximately", "Barely", "Fully",
      "Exactly", "Precisely", "Fewer", "Less", NULL};
  EXTRACT_WORD_SET(set, words, false);
  return extract_word_set_has(&set, w, len);
}

static bool temporal_word(const char *w, size_t len) {
  static const char *const words[] = {
      "January",  "February",  "March",    "April",        "May",
      "June",     "July",      "August",   "September",    "October",
      "November", "December",  "Jan.",     "Feb.",         "Aug.",
      "Sept.",    "Oct.",      "Nov.",     "Dec.",         "Monday",
      "Tuesday",  "Wednesday", "Thursday", "Friday",       "Saturday",
      "Sunday",   "Christmas", "Easter",   "Thanksgiving", "Year",
      "Eve",      "Day",       NULL};
  EXTRACT_WORD_SET(set, words, false);
  return extract_word_set_has(&set, w, len);
}

/* Words that end an abbreviation with its period ("Inc.", "St."): any
 * other word keeps a period after it out of the name ("Bloomberg News."
 * ends a sentence). */
bool extract_abbreviation(const char *s, size_t w, size_t e) {
  static const char *const words[] = {
      "Inc", "Corp", "Co",   "Ltd", "Bros", "Jr",     "Sr",
      "St",  "Mt",   "Ft",   "Dr",  "Mr",   "Mrs",    "Ms",
      "Gen", "Gov",  "Sen",  "Rep", "Lt",   "Col",    "Capt",
      "Sgt", "Adm",  "Prof", "Rev", "No",   "Messrs", NULL};
  EXTRACT_WORD_SET(set, words, false);
  if (e - w == 1 && ascii_upper((unsigned char)s[w]))
    return true; /* an initial: "John F. Kennedy" */
  if (memchr(s + w, '.', e - w))
    return true; /* "U.S", "U.K" */
  return extract_word_set_has(&set, s + w, e - w);
}

/* Whether the gazetteer gives the word s[w, e) a suffix kind or makes it a
 * title: a word that may stand before "of" in one name ("Bank of
 * England", "Duke of Ostrava"). */
static bool joins_with_of(evg_extraction *x, const char *s, size_t w,
                          size_t e) {
  size_t index;
  return extract_gazetteer_lists(x, s + w, e - w, GAZ_SUFFIX, &index) ||
         extract_is_title(x, s + w, e - w);
}

/* Whether "of" after the word s[w, e) names a firm's seat, not more of
 * its name: after a company's word ("Northline Airways of Minneapolis",
 * "Fifth Meridian Bancorp of Cincinnati"), but for a bank's, which is
 * named after the place it serves ("Federal Reserve Bank of Cleveland"). */
static bool firm_seat_follows(evg_extraction *x, const char *s, size_t w,
                              size_t e) {
  const char *kind = extract_gazetteer_kind(x, s + w, e - w, GAZ_SUFFIX);
  return kind && strcmp(kind, "company") == 0 &&
         !equals_ci(s + w, e - w, "Bank");
}

/* The words that join a family name to a given name in lower case ("de",
 * "van", "bin"): "Ludwig van Beethoven", "Sanne de Wit". */
bool extract_name_particle(const char *w, size_t len) {
  static const char *const particles[] = {
      "de",  "van", "von", "der", "den",  "da",  "du",  "di",
      "la",  "le",  "bin", "ibn", "al",   "des", "del", "della",
      "dos", "das", "na",  "ben", "bint", NULL};
  EXTRACT_WORD_SET(set, particles, false);
  return extract_word_set_has(&set, w, len);
}

/* The articles that may follow a particle before the capitalised word
 * ("Palos de la Frontera", "Jan van der Berg", "Bartolomé de las
 * Casas"): the word after the particle's end `ne`, when it is one of them
 * in lower case and a word follows; `ne` otherwise. */
static size_t article_after_particle(const char *s, size_t end, size_t ne) {
  static const char *const articles[] = {"la",  "las", "los", "le", "les",
                                         "der", "den", "het", NULL};
  EXTRACT_WORD_SET(set, articles, false);
  size_t a = ne + 1;
  if (a >= end || s[ne] != ' ' || !ascii_is_lower((unsigned char)s[a]))
    return ne;
  size_t ae = extract_word_end(s, a, end);
  return ae < end && s[ae] == ' ' && extract_word_set_has(&set, s + a, ae - a)
             ? ae
             : ne;
}

/* The lower-case words inside names of other languages that are also
 * words of English or single letters ("do", "e"), or the conjunctions of
 * those languages ("Académie des Inscriptions et Belles-Lettres",
 * "Antonio Díaz Soto y Gama", "Comissão do Mercado de Valores"): they
 * join only a name that is plainly foreign: a particle joined in it
 * already, or a letter outside ASCII in its words. */
static bool foreign_connector(const char *w, size_t len) {
  static const char *const words[] = {"do", "et",  "e",  "y",
                                      "i",  "und", "zu", NULL};
  EXTRACT_WORD_SET(set, words, false);
  return extract_word_set_has(&set, w, len);
}

/* Whether a particle follows the word after the connector that ends at
 * `ne`: "Autoridade do Porto de Aveiro" is foreign by its "de". */
static bool particle_after_next(const char *s, size_t end, size_t ne) {
  size_t a = ne + 1;
  if (a >= end || s[ne] != ' ')
    return false;
  size_t ae = extract_word_end(s, a, end), p = ae + 1;
  if (ae == a || p >= end || s[ae] != ' ')
    return false;
  size_t pe = extract_word_end(s, p, end);
  return pe > p && extract_name_particle(s + p, pe - p);
}

/* "d'Arrest", "d'Arlandes", "l'Isle": an elided lower-case particle
 * joined by an apostrophe (straight or curly) to a capitalised word, a
 * family name's own first word. */
static bool elided_particle_word(const char *s, size_t w, size_t e) {
  if (w + 2 >= e || (s[w] != 'd' && s[w] != 'l'))
    return false;
  size_t after = 0;
  if (s[w + 1] == '\'')
    after = w + 2;
  else if (w + 4 < e && (unsigned char)s[w + 1] == 0xE2 &&
           (unsigned char)s[w + 2] == 0x80 && (unsigned char)s[w + 3] == 0x99)
    after = w + 4;
  return after && after < e && extract_starts_upper(s + after, e - after);
}

/* Whether the word s[w, e) is the last word of a public or private body
 * (the gazetteer's suffixes of kind government, institution or
 * organization: "Agency", "Institute", "Trust"), not of a company, whose
 * names are more often joined by "and" in a list ("Ford and General
 * Motors"). */
static bool body_word(evg_extraction *x, const char *s, size_t w, size_t e) {
  if (extract_centre_head(s + w, e - w) && ascii_upper((unsigned char)s[w]))
    return true;
  const char *kind = extract_gazetteer_kind(x, s + w, e - w, GAZ_SUFFIX);
  return kind &&
         (strcmp(kind, "government") == 0 || strcmp(kind, "institution") == 0 ||
          strcmp(kind, "organization") == 0);
}

/* Whether the word s[w, e) is a company's last word in the gazetteer
 * ("Securities", "Shipping"). */
static bool company_word(evg_extraction *x, const char *s, size_t w, size_t e) {
  const char *kind = extract_gazetteer_kind(x, s + w, e - w, GAZ_SUFFIX);
  return kind && strcmp(kind, "company") == 0;
}

/* Whether the word s[w, e) is the last word of a public body, a state's
 * or an agency ("Commission", "Ministry", "Unit"). */
static bool public_body_word(evg_extraction *x, const char *s, size_t w,
                             size_t e) {
  const char *kind = extract_gazetteer_kind(x, s + w, e - w, GAZ_SUFFIX);
  return kind &&
         (strcmp(kind, "government") == 0 || strcmp(kind, "institution") == 0);
}

/* Whether "the " (any case) ends just before `at`. */
static bool article_before(const char *s, size_t at) {
  return at >= 4 && s[at - 1] == ' ' && equals_ci(s + at - 4, 3, "the") &&
         (at == 4 || !isalpha((unsigned char)s[at - 5]));
}

/* The end of the run of capitalised words (no connectors) that starts at
 * `at`, of at most `most` words; *last is its last word's start.  Returns
 * `at` when no capitalised word starts there. */
static size_t capitalised_run(const char *s, size_t at, size_t end, size_t most,
                              size_t *last) {
  size_t run_end = at;
  for (size_t n = 0; n < most && at < end; n++) {
    size_t e = extract_word_end(s, at, end);
    if (e == at || !extract_starts_upper(s + at, e - at) ||
        temporal_word(s + at, e - at))
      break;
    *last = at;
    run_end = e;
    if (e >= end || s[e] != ' ')
      break;
    at = e + 1;
  }
  return run_end;
}

/* Whether the gazetteer lists the word s[w, e) as a place or a country
 * ("Queensland", "England"). */
static bool place_word(evg_extraction *x, const char *s, size_t w, size_t e) {
  const char *kind = extract_gazetteer_kind(x, s + w, e - w, GAZ_NAME);
  return kind && (strcmp(kind, "place") == 0 || strcmp(kind, "country") == 0);
}

/* "Animal and Plant Health Agency", "Federal Food Safety and Veterinary
 * Office", "Resources Safety and Health Queensland": after a run of one
 * to three capitalised words (an article aside) that is no name of its
 * own (no suffix, title or given name in it, not in the gazetteer),
 * "and" and a capitalised run that ends with a body's word make one
 * name, and so does a run of two words or more that ends with a place
 * when the left run has two words or more (a body of a state).  Names
 * in a list have a kind of their own ("Skyra Airways and Boreal Air",
 * "Leland Stanford and Collis Huntington").  `and_end` is the end of
 * "and"; returns the joined run's end, or 0. */
static size_t body_joined_by_and(evg_extraction *x, const char *s, size_t end,
                                 size_t run_start, size_t run_end,
                                 size_t and_end) {
  size_t words = 0, index;
  size_t first_end = extract_word_end(s, run_start, run_end);
  bool article = article_before(s, run_start);
  if (equals_ci(s + run_start, first_end - run_start, "the")) {
    article = true;
    run_start = first_end;
    while (run_start < run_end && s[run_start] == ' ')
      run_start++;
  }
  /* a firm's word that ends the left run ("the Cyprus Securities and
   * Exchange Commission", "the Securities and Exchange Commission") names
   * a field, not a firm, after an article (a firm's name takes none) and
   * before a public body's word */
  bool field_word = false, lone_body = false;
  for (size_t p = run_start; p < run_end;) {
    size_t e = extract_word_end(s, p, run_end);
    if (e > p && e < run_end && s[e] == '.')
      e++; /* "U.S. Customs": an abbreviation's period */
    size_t next = e;
    while (next < run_end && s[next] == ' ')
      next++;
    bool suffix =
        e > p && extract_gazetteer_lists(x, s + p, e - p, GAZ_SUFFIX, &index);
    if (suffix && next >= run_end && article && company_word(x, s, p, e))
      field_word = true;
    /* "the Port and Douro Wines Institute", "the Army and Navy Club": a
     * body's word alone after the article is the field of the body the
     * right run names */
    else if (suffix && words == 0 && next >= run_end && article)
      lone_body = true;
    else if (e == p || suffix || extract_is_title(x, s + p, e - p) ||
             (words == 0 && extract_is_given_name(x, s + p, e - p)))
      return 0;
    words++;
    p = next;
  }
  if (words == 0 || words > 3 ||
      extract_gazetteer_lists(x, s + run_start, run_end - run_start, GAZ_NAME,
                              &index))
    return 0;
  if (and_end >= end || s[and_end] != ' ')
    return 0;
  size_t last = 0, right = and_end + 1;
  size_t right_end = capitalised_run(s, right, end, 4, &last);
  if (right_end == right || last == right)
    return 0;
  /* "the International Ski and Snowboard Federation's controller": the
   * body's word is read without its possessive, which the name leaves */
  if (right_end - last > 2 && equals_ci(s + right_end - 2, 2, "'s"))
    right_end -= 2;
  else if (right_end - last > 4 &&
           memcmp(s + right_end - 4, "\xE2\x80\x99s", 4) == 0)
    right_end -= 4;
  if (field_word)
    return public_body_word(x, s, last, right_end) ? right_end : 0;
  if (lone_body)
    return body_word(x, s, last, right_end) ? right_end : 0;
  if (body_word(x, s, last, right_end))
    return right_end;
  size_t right_first = extract_word_end(s, right, right_end);
  if (words >= 2 && place_word(x, s, last, right_end) &&
      !extract_gazetteer_lists(x, s + right, right_first - right, GAZ_NAME,
                               &index))
    return right_end;
  /* "Immigration and Customs Enforcement": fields of work either side */
  size_t left_last = run_start;
  for (size_t p = run_start; p < run_end; p++)
    if (s[p] == ' ')
      left_last = p + 1;
  if (!extract_is_given_name(x, s + right, right_first - right) &&
      extract_remit_pair(s, left_last, run_end, right, last, right_end,
                         place_word(x, s, last, right_end)))
    return right_end;
  return 0;
}

/* "Department for Environment, Food and Rural Affairs", "Ministry of
 * Business, Innovation and Employment": after a body's "for" or "of" and
 * its first capitalised run ending at `pos`, a list ", B and C" of
 * capitalised runs belongs to the name, and so, when `pair`, does "and C"
 * alone ("Department of Education and Workforce").  Returns the list's
 * end, or 0 when no such list (closed by "and" and a capitalised word)
 * follows. */
static size_t for_list_end(const char *s, size_t pos, size_t end, bool pair) {
  for (int items = 0; items < 6; items++) {
    size_t last = 0, after;
    if (pos + 2 < end && s[pos] == ',' && s[pos + 1] == ' ')
      after = pos + 2;
    else if ((items > 0 || pair) && pos + 5 < end &&
             memcmp(s + pos, " and ", 5) == 0)
      after = pos + 5;
    else
      return 0;
    size_t e = capitalised_run(s, after, end, 3, &last);
    if (e == after)
      return 0;
    if (s[pos] == ' ')
      return e; /* "and C" closes the list */
    pos = e;
  }
  return 0;
}

/* The capitalised run of words s[run_start, run_end) grown to the right
 * over capitalised words and connectors ("Bank of England", "Jay Cooke &
 * Company", "Ludwig van Beethoven"), up to `end`, a possessive (unless an
 * organisation's word follows: "Essex Fishermen's Association") or the
 * timex at timex_index.  "of" joins after one word or an organisation's
 * or title's word, not after a person's name ("Mark Doyle of Peoria").
 * Returns the run's end. */
/* "Edward the Confessor", "Alfred the Great": a given name and its
 * epithet make one name (not "Peter the Tsar" nor "John the Times").
 * The epithet's end, or 0. */
static size_t epithet_end(evg_extraction *x, const char *s, size_t end,
                          size_t run_start, size_t run_end) {
  if (!extract_is_given_name(x, s + run_start, run_end - run_start) ||
      run_end + 5 >= end || memcmp(s + run_end, " the ", 5) != 0)
    return 0;
  size_t epithet = run_end + 5, stop = extract_word_end(s, epithet, end);
  size_t index;
  if (stop > epithet && extract_starts_upper(s + epithet, stop - epithet) &&
      !temporal_word(s + epithet, stop - epithet) &&
      !extract_is_title(x, s + epithet, stop - epithet) &&
      !extract_gazetteer_lists(x, s + epithet, stop - epithet, GAZ_NAME,
                               &index) &&
      !extract_gazetteer_lists(x, s + epithet, stop - epithet, GAZ_SUFFIX,
                               &index))
    return stop;
  return 0;
}

/* "al-Assad", "el-Baradei", "ash-Shara": the Arabic article in lower
 * case joined by a hyphen to a capitalised word, a name's word wherever
 * it stands ("Bashar al-Assad", "al-Qaeda"). */
/* The rest of extract_article_name_word, once its hyphen test passed. */
bool extract_article_name_word_at(const char *s, size_t w, size_t e) {
  static const char *const articles[] = {"al",  "el", "ad", "as",
                                         "ash", "ar", NULL};
  EXTRACT_WORD_SET(set, articles, false);
  size_t h = w;
  while (h < e && h < w + 4 && s[h] != '-')
    h++;
  return h < e && s[h] == '-' && h > w &&
         extract_word_set_has(&set, s + w, h - w) &&
         extract_starts_upper(s + h + 1, e - h - 1);
}

/* Whether the gazetteer gives the word s[w, e) the suffix kind of an
 * event or a document ("Convention", "Treaty"). */
static bool event_word(evg_extraction *x, const char *s, size_t w, size_t e) {
  const char *kind = extract_gazetteer_kind(x, s + w, e - w, GAZ_SUFFIX);
  return kind && strcmp(kind, "event") == 0;
}

/* "the Congregation of the Index", "the Valley of the Kings": one
 * capitalised word in the singular right after "the" is a name's head,
 * which goes on over "of the" and a capitalised word ("Christians of the
 * Ottoman Empire", plural, are people of it; "the Irish of the North", a
 * people's adjective, too). */
static bool lone_head_after_the(const char *s, size_t run_start,
                                size_t run_end) {
  return run_start >= 4 && equals_ci(s + run_start - 4, 3, "the") &&
         s[run_start - 1] == ' ' &&
         (run_start == 4 || !ascii_alnum((unsigned char)s[run_start - 5])) &&
         s[run_end - 1] != 's' &&
         !memchr(s + run_start, ' ', run_end - run_start) &&
         !extract_not_an_actor(s + run_start, run_end - run_start);
}

/* The capitalised word a connector ("of", "for", "&", "de") ending at
 * `ne` joins to the name, in [*after, *after_end): the next word, or
 * after "of the" (`the_ok`: "for the") the one after it when the name's
 * last word (at last_word) takes "of" ("Office of the Privacy
 * Commissioner", "Bank of the West"), or `the_ok` says the name takes
 * it.  False when none follows. */
static bool word_after_connector(evg_extraction *x, const char *s, size_t end,
                                 size_t ne, bool of, bool the_ok,
                                 size_t last_word, size_t *after,
                                 size_t *after_end) {
  size_t a = ne;
  while (a < end && s[a] == ' ')
    a++;
  size_t a_end = extract_word_end(s, a, end);
  if ((of || the_ok) && a_end == a + 3 && equals_ci(s + a, 3, "the") &&
      ascii_is_lower((unsigned char)s[a]) &&
      (the_ok ||
       joins_with_of(x, s, last_word, extract_word_end(s, last_word, end)))) {
    size_t next = a_end;
    while (next < end && s[next] == ' ')
      next++;
    size_t next_end = extract_word_end(s, next, end);
    if (next_end > next && extract_starts_upper(s + next, next_end - next) &&
        !temporal_word(s + next, next_end - next))
      a = next, a_end = next_end;
  }
  *after = a;
  *after_end = a_end;
  return a_end > a && extract_starts_upper(s + a, a_end - a) &&
         !temporal_word(s + a, a_end - a);
}

/* Whether s[w, e) holds a letter outside ASCII: a word of another
 * language ("Santé", "España"). */
static bool foreign_letters(const char *s, size_t w, size_t e) {
  for (size_t i = w; i < e; i++)
    if ((unsigned char)s[i] >= 0x80)
      return true;
  return false;
}

/* "Santé publique France", "Vuelta a España": in a name of another
 * language a lower-case word joins two capitalised ones, the first spelt
 * with a letter outside ASCII, or the second when the word is short.  The end
 * of the capitalised word after the lower-case word s[nw, ne), or 0 when it
 * does not join. */
static size_t foreign_lower_join(const char *s, size_t end, size_t last_word,
                                 size_t k, size_t nw, size_t ne) {
  static const char *const english[] = {
      "in",  "at",  "on",  "to",  "by",  "for", "from", "with", "and",
      "or",  "the", "as",  "an",  "is",  "was", "are",  "were", "has",
      "had", "but", "nor", "not", "its", "it",  "than", "then", NULL};
  EXTRACT_WORD_SET(english_set, english, false);
  if (ne - nw > 12 || ne >= end || s[ne] != ' ' ||
      !ascii_is_lower((unsigned char)s[nw]) ||
      extract_word_set_has(&english_set, s + nw, ne - nw) ||
      extract_verb_form(s + nw, ne - nw))
    return 0;
  size_t aw = ne + 1, ae = extract_word_end(s, aw, end);
  if (ae == aw || !extract_starts_upper(s + aw, ae - aw) ||
      temporal_word(s + aw, ae - aw))
    return 0;
  /* "French agency Sécurité" is no such name: the word before the
   * lower-case one is foreign, or that word is a short particle */
  return foreign_letters(s, last_word, k) ||
                 (ne - nw <= 3 && foreign_letters(s, aw, ae))
             ? ae
             : 0;
}

size_t extract_grow_name_run(evg_extraction *x, const char *s, size_t end,
                             size_t run_start, size_t run_end,
                             size_t timex_index, size_t timex_count) {
  size_t epithet = epithet_end(x, s, end, run_start, run_end);
  if (epithet)
    return epithet;
  /* "The Fall of Valmora": an article is not a word of the name */
  size_t k = run_end, last_word = run_start;
  size_t words = equals_ci(s + run_start, run_end - run_start, "the") ? 0 : 1;
  /* a body's word before "of": "Court of Arbitration for Sport" takes
   * its "for" as the body's */
  bool body_head = false;
  /* a name of another language so far: a particle joined in it, or a
   * letter outside ASCII in the words before `scanned` (read once each) */
  bool foreign_name = false;
  size_t scanned = run_start;
  for (;;) {
    size_t gap = k;
    while (gap < end && (s[gap] == ' ' || (s[gap] == '\n' && gap == k)))
      gap++;
    if (gap == k || gap >= end)
      break;
    size_t nw = gap, ne = extract_word_end_quick(s, gap, end);
    if (ne < end && s[ne] == '.' && ne > nw && extract_abbreviation(s, nw, ne))
      ne++;
    if (extract_possessive(s, run_start, run_end)) {
      size_t index;
      if (!(ne > nw &&
            extract_gazetteer_lists(x, s + nw, ne - nw, GAZ_SUFFIX, &index)))
        break; /* "China's AI": the name ends at the possessive */
    }
    bool ampersand = ne == nw && s[nw] == '&';
    if (ampersand)
      ne = nw + 1;
    if (ne == nw)
      break;
    if (equals_ci(s + nw, ne - nw, "and") &&
        !extract_starts_upper(s + nw, ne - nw)) {
      size_t joined = body_joined_by_and(x, s, end, run_start, run_end, ne);
      if (!joined)
        joined = extract_arts_pair_end(s, run_start, run_end, ne, end);
      if (joined) {
        run_end = k = joined;
        for (last_word = joined; s[last_word - 1] != ' ';)
          last_word--;
        words += 3;
        continue;
      }
      break;
    }
    /* "Commission for Communications Regulation": "for" after a body's
     * word, as "of" (the last word's end found only then: this runs at
     * each word after a name) */
    bool lower_for = equals_ci(s + nw, ne - nw, "for") &&
                     !extract_starts_upper(s + nw, ne - nw);
    size_t last_end = lower_for ? extract_word_end(s, last_word, end) : 0;
    /* "International Convention for the Safety of Life": a document's
     * word takes "for the" as a body's word takes "for" */
    bool event_for = lower_for && event_word(x, s, last_word, last_end);
    bool body_for =
        event_for ||
        (lower_for && (body_head || body_word(x, s, last_word, last_end)));
    bool of = equals_ci(s + nw, ne - nw, "of");
    bool the_ok = event_for || (of && words == 1 &&
                                lone_head_after_the(s, run_start, run_end));
    bool particle = extract_name_particle(s + nw, ne - nw);
    if (!foreign_name && !particle && foreign_connector(s + nw, ne - nw)) {
      foreign_name =
          foreign_letters(s, scanned, k) || particle_after_next(s, end, ne);
      scanned = k;
    }
    bool joins_foreign = foreign_name && foreign_connector(s + nw, ne - nw);
    bool connector = ampersand || of || body_for || particle || joins_foreign;
    if (connector && !extract_starts_upper(s + nw, ne - nw)) {
      /* "the DNA of Derek Mowat", "the CEO of Vantor Systems": a common
       * noun in capitals takes no "of" into a name */
      if (of && words == 1 &&
          extract_not_an_actor(s + run_start, run_end - run_start))
        break;
      bool second_of = of && words > 1 &&
                       (!joins_with_of(x, s, last_word,
                                       extract_word_end(s, last_word, end)) ||
                        firm_seat_follows(x, s, last_word,
                                          extract_word_end(s, last_word, end)));
      /* "Organisation of Urban Transport of Thessaloniki": a name headed
       * by a body's word before "of" takes a second "of" and the place
       * it serves, whatever word ends it so far */
      if (second_of && !body_head)
        break;
      /* only when a capitalised word follows */
      size_t after, after_end;
      /* "de la Frontera": the particle's article before the word */
      size_t joined_end = particle ? article_after_particle(s, end, ne) : ne;
      if (word_after_connector(x, s, end, joined_end, of, the_ok, last_word,
                               &after, &after_end)) {
        size_t owner_last = after;
        /* "the Board of Guardians of St James's parish": a possessive
         * after the second "of" owns a common noun, no name's part */
        if (second_of &&
            extract_possessive(s, after,
                               capitalised_run(s, after, end, 3, &owner_last)))
          break;
        foreign_name |= particle;
        bool body_of = of && body_word(x, s, last_word,
                                       extract_word_end(s, last_word, end));
        body_head |= body_of;
        run_end = after_end;
        k = after_end;
        last_word = after;
        words += 2;
        if (body_for || body_of || second_of) {
          size_t tail = capitalised_run(s, after, end, 3, &last_word);
          /* "Authority for Consumers and Markets", as "Department of
           * Education and Workforce": a body's "for" takes a pair too,
           * and so does its second "of" ("... for Combat of
           * Counter-Revolution and Sabotage") */
          size_t list = for_list_end(
              s, tail, end, body_of || second_of || (body_for && !event_for));
          run_end = k = list ? list : tail;
          if (list)
            for (last_word = list; s[last_word - 1] != ' ';)
              last_word--;
        }
        continue;
      }
      break;
    }
    size_t foreign = foreign_lower_join(s, end, last_word, k, nw, ne);
    if (foreign) {
      run_end = k = foreign;
      for (last_word = foreign; s[last_word - 1] != ' ';)
        last_word--;
      words += 2;
      continue;
    }
    bool article_word = extract_article_name_word(s, nw, ne);
    foreign_name |= article_word;
    if ((!extract_starts_upper(s + nw, ne - nw) &&
         !elided_particle_word(s, nw, ne) && !article_word) ||
        temporal_word(s + nw, ne - nw))
      break;
    if (timex_index < timex_count &&
        evg_timexes_get(x->timexes, timex_index)->start < ne &&
        evg_timexes_get(x->timexes, timex_index)->end > nw)
      break;
    /* "took the name Martin V. The council closed": after an initial's
     * period, a word that opens sentences opens the next one */
    if (s[k - 1] == '.' && extract_common_capital(s + nw, ne - nw))
      break;
    run_end = ne;
    k = ne;
    last_word = nw;
    words++;
  }
  /* "Apollo 15 landed": a number after the name ends it, unless the
   * tagger read it as a time's */
  size_t numbered = extract_name_number_end(s, end, last_word, run_end);
  if (numbered > run_end &&
      !(timex_index < timex_count &&
        evg_timexes_get(x->timexes, timex_index)->start < numbered &&
        evg_timexes_get(x->timexes, timex_index)->end > run_end))
    run_end = numbered;
  return run_end;
}

/* Whether the last word of s[name_start, name_end), or its last two,
 * is the head noun of a body's name, a suffix of the gazetteer for a
 * company, a government, an institution, an organisation or a medium
 * ("Union", "Board", "Airways", "Red Cross"), after at least one other
 * word. */
static bool body_head_noun(evg_extraction *x, const char *s, size_t name_start,
                           size_t name_end) {
  /* "Western Australian Department of Health", "the Spanish Agency for
   * Food Safety": the head is before "of" or "for" */
  for (size_t i = name_start; i + 4 <= name_end; i++)
    if (memcmp(s + i, " of ", 4) == 0 ||
        (i + 5 <= name_end && memcmp(s + i, " for ", 5) == 0)) {
      name_end = i;
      break;
    }
  size_t last = name_end;
  while (last > name_start && s[last - 1] != ' ')
    last--;
  if (last == name_start)
    return false;
  const char *kind =
      extract_gazetteer_kind(x, s + last, name_end - last, GAZ_SUFFIX);
  /* "the Danish Red Cross": a body named by a nation's society of a
   * movement keeps the nation's adjective, as "Coast Guard" does */
  size_t second = last - 1;
  while (second > name_start && s[second - 1] != ' ')
    second--;
  if (!kind && second > name_start)
    kind = extract_gazetteer_kind(x, s + second, name_end - second, GAZ_SUFFIX);
  return kind && strcmp(kind, "event") != 0 && strcmp(kind, "structure") != 0;
}

/* Whether the word w ends in a hyphen and a participle that makes an
 * adjective of a place or a body ("-based", "-owned", "-led"). */
static bool hyphenated_participle(const char *w, size_t len) {
  /* asked of every name's first word, most with no hyphen; each ending's
   * length known when compiled, where strlen was called for each */
#define ENDING(e)                                                              \
  { e, sizeof e - 1 }
  static const struct {
    const char *text;
    size_t len;
  } endings[] = {ENDING("-based"),      ENDING("-born"),
                 ENDING("-owned"),      ENDING("-led"),
                 ENDING("-backed"),     ENDING("-listed"),
                 ENDING("-run"),        ENDING("-controlled"),
                 ENDING("-registered"), ENDING("-headquartered")};
#undef ENDING
  if (!memchr(w, '-', len))
    return false;
  for (size_t k = 0; k < sizeof endings / sizeof *endings; k++) {
    size_t n = endings[k].len;
    if (len > n + 1 && memcmp(w + len - n, endings[k].text, n) == 0)
      return true;
  }
  return false;
}

/* Whether the title s[p, q) is a word of the name itself, kept: a
 * peerage named by its seat after a particle ("the Marquis de Polignac",
 * "the Duc d'Orléans", as "the Marquis of Bute" keeps its "of"), or a
 * craft named after an officer ("the frigate Almirante Lynch", "the
 * steamer General Slocum"), which no one holds.  Looks at one word either
 * side. */
static bool title_is_the_name(evg_extraction *x, const char *s,
                              size_t run_start, size_t p, size_t q,
                              size_t name_end) {
  static const char *const peerages[] = {
      "Marquis",  "Marquess",    "Marchioness", "Duke",     "Duchess",
      "Duc",      "Duchesse",    "Count",       "Countess", "Comte",
      "Comtesse", "Conde",       "Condesa",     "Baron",    "Baroness",
      "Viscount", "Viscountess", "Earl",        "Graf",     "Freiherr",
      "Prince",   "Princess",    "Herzog",      "Marqués",  "Marquês",
      "Duque",    "Duquesa",     "Conte",       "Contessa", NULL};
  /* the Romance particles of a seat; "von", "van" open a family name
   * ("Baron von Steuben") */
  static const char *const particles[] = {"de", "du", "des", "del", "della",
                                          "di", "da", "y",   NULL};
  size_t nb, nl = extract_word_just_after(s, q, name_end, &nb);
  /* "d'Arlandes": the word read stops at the apostrophe */
  bool elided = q + 3 < name_end && s[q + 1] == 'd' &&
                (s[q + 2] == '\'' || (unsigned char)s[q + 2] == 0xE2);
  if (nl && extract_word_in(s + p, q - p, peerages) &&
      (extract_word_in(s + nb, nl, particles) || elided))
    return true;
  /* "Lord Mersey", "Lady Bracknell", "Lord Howard of Effingham": a peer
   * called by the title's own name, no given name after "Lord", is named
   * with it (the gold's fullest form); "Lord Francis Douglas" is a
   * courtesy title before a person's whole name, which stands alone */
  if (nl &&
      (equals_ci(s + p, q - p, "Lord") || equals_ci(s + p, q - p, "Lady")) &&
      extract_starts_upper(s + nb, nl) &&
      !extract_is_given_name(x, s + nb, nl) &&
      !extract_is_title(x, s + nb, nl) && !extract_not_an_actor(s + nb, nl) &&
      (nb + nl == name_end ||
       (nb + nl + 4 <= name_end && memcmp(s + nb + nl, " of ", 4) == 0)))
    return true;
  size_t vb, vl = p == run_start && run_start > 0
                      ? extract_word_just_before(s, 0, run_start, &vb)
                      : 0;
  return vl && extract_vessel_noun(s + vb, vl);
}

/* The kind of the body whose branch the name len bytes at `name` names:
 * a nationality's adjective before the whole name of a body the
 * gazetteer knows ("the Norwegian Red Cross", "the Turkish Red
 * Crescent": that nation's branch, the adjective the name's own word),
 * or NULL. */
const char *extract_national_branch_kind(evg_extraction *x, const char *name,
                                         size_t len) {
  const char *space = memchr(name, ' ', len);
  if (!space || !extract_nationality_adjective(name, (size_t)(space - name)))
    return NULL;
  const char *kind = extract_gazetteer_kind(
      x, space + 1, (size_t)(name + len - space - 1), GAZ_NAME);
  return kind && (strcmp(kind, "organization") == 0 ||
                  strcmp(kind, "institution") == 0)
             ? kind
             : NULL;
}

/* The start of the name in the run s[name_start, name_end): without the
 * adjectives and articles at its front, a common sentence opener when the
 * run starts the sentence (`initial`), a common noun with "of" that opens
 * it ("Shares of Halvorsen"), and titles (*titled is set). */
size_t extract_trim_name_start(evg_extraction *x, const char *s,
                               size_t name_start, size_t name_end, bool initial,
                               bool *titled) {
  size_t run_start = name_start;
  /* adjectives and acronyms at the front: "American A.I. firms", but not
   * of a name the gazetteer knows whole ("the Ottoman Empire") nor of a
   * body's name, which ends in its head noun and keeps the adjective as
   * its own word ("the European Chess Union", "the Scottish Government",
   * "British Airways") */
  bool body = body_head_noun(x, s, name_start, name_end);
  for (;;) {
    size_t whole;
    if (extract_gazetteer_lists(x, s + name_start, name_end - name_start,
                                GAZ_NAME, &whole))
      break;
    size_t first_end = name_start;
    while (first_end < name_end && s[first_end] != ' ')
      first_end++;
    bool article = equals_ci(s + name_start, first_end - name_start, "the") ||
                   equals_ci(s + name_start, first_end - name_start, "a");
    if (!article && first_end < name_end &&
        extract_national_branch_kind(x, s + name_start, name_end - name_start))
      break;
    if (first_end >= name_end ||
        (!article && (body || !extract_not_an_actor(s + name_start,
                                                    first_end - name_start))))
      break;
    name_start = first_end + 1;
    while (name_start < name_end && s[name_start] == ' ')
      name_start++;
    initial = false;
  }
  /* "The CEO of Vantor Systems": the noun's "of" goes with it */
  if (name_start > run_start)
    name_start = extract_skip_opening_preposition(s, name_start, name_end);
  name_start = extract_after_place_possessive(x, s, name_start, name_end);
  /* "Luxembourg-based Valora Telecom", "Oslo-listed": a place joined to
   * a participle by a hyphen is an adjective of the name, not its word */
  size_t lead_end = name_start;
  while (lead_end < name_end && s[lead_end] != ' ')
    lead_end++;
  if (lead_end < name_end &&
      hyphenated_participle(s + name_start, lead_end - name_start)) {
    name_start = lead_end + 1;
    initial = false;
  }
  /* first word: drop it when it is a common sentence opener */
  size_t first_end = name_start;
  while (first_end < name_end && s[first_end] != ' ')
    first_end++;
  if (initial &&
      extract_common_capital(s + name_start, first_end - name_start)) {
    name_start = first_end;
    while (name_start < name_end && s[name_start] == ' ')
      name_start++;
    /* a quantifier's "of" goes with it: "Most of Cape Verde lost ..." names
     * Cape Verde, not "of Cape Verde" */
    if (name_start + 3 < name_end && memcmp(s + name_start, "of ", 3) == 0)
      name_start += 3;
  } else if (initial && first_end + 4 < name_end &&
             memcmp(s + first_end, " of ", 4) == 0 &&
             !joins_with_of(x, s, name_start, first_end)) {
    size_t index;
    if (!extract_gazetteer_lists(x, s + name_start, name_end - name_start,
                                 GAZ_NAME, &index))
      name_start = first_end + 4;
  }
  /* titles: "Premier Li Qiang", "Commerce Secretary Gina Raimondo" */
  *titled = false;
  /* the head noun of the rest: the word before its "of", or its last;
   * found once for all the words before that "of" (found anew for each
   * word, a long run of capitalised words took quadratic time) */
  size_t head_end = name_start, head_word = name_start;
  for (size_t p = name_start; p < name_end;) {
    size_t q = p;
    while (q < name_end && s[q] != ' ')
      q++;
    if (head_end < q + 1) {
      head_end = q + 1;
      while (head_end < name_end && !(head_end + 4 <= name_end &&
                                      memcmp(s + head_end, " of ", 4) == 0))
        head_end++;
      head_word = head_end;
      while (head_word > q + 1 && s[head_word - 1] != ' ')
        head_word--;
    }
    size_t head = head_word > q + 1 ? head_word : q + 1;
    size_t index;
    /* "St. Brigid General Hospital", "General Motors", "the General Board
     * of Health", "the General Medical Council": a title before a name
     * whose head noun is an organisation's is a word of it (a rank stands
     * before a person's name, not a body's).  The head is looked up only
     * for a title: the same head stands behind every word before its "of",
     * and few words are titles. */
    if (extract_is_title(x, s + p, q - p) && q < name_end &&
        !(q + 1 < name_end && head < head_end &&
          extract_gazetteer_lists(x, s + head, head_end - head, GAZ_SUFFIX,
                                  &index)) &&
        !(q + 4 <= name_end && memcmp(s + q, " of ", 4) == 0) &&
        !title_is_the_name(x, s, run_start, p, q, name_end)) {
      name_start = q + 1;
      *titled = true;
    }
    p = q + 1;
  }
  return name_start;
}

/* A word of the compass that opens compound adjectives ("South African"). */
bool extract_compass_word(const char *w, size_t len) {
  static const char *const words[] = {
      "North",    "South",    "East",    "West",    "Central",
      "Northern", "Southern", "Eastern", "Western", NULL};
  EXTRACT_WORD_SET(set, words, false);
  return extract_word_set_has(&set, w, len);
}

/* A planet's name alone ("found Uranus", "moons circling Jupiter"): a
 * body of the sky is seen, found or circled, never a party; "Earth" is
 * written as a common noun too, and a firm named after a planet has a
 * second word ("Mars Wrigley"). */
static bool planet_name(const char *name, size_t len) {
  static const char *const words[] = {"Mercury", "Venus",  "Mars",
                                      "Jupiter", "Saturn", "Uranus",
                                      "Neptune", "Pluto",  NULL};
  EXTRACT_WORD_SET(set, words, false);
  return extract_word_set_has(&set, name, len);
}

/* A name that is no actor: a date word, a common capitalised word, an
 * adjective ("English-language"), a time zone ("Eastern Time"), a
 * planet. */
bool extract_not_a_name(const char *name, size_t name_len) {
  if (temporal_word(name, name_len) || extract_common_capital(name, name_len) ||
      extract_not_an_actor(name, name_len) || planet_name(name, name_len))
    return true;
  if (name_len > 5 && memcmp(name + name_len - 5, " Time", 5) == 0)
    return true;
  /* "Central European", "South African": a compass word and a
   * nationality's adjective make a compound adjective, no name: its noun
   * was cut off ("... Summer Time") or is common ("East Asian markets") */
  const char *space = memchr(name, ' ', name_len);
  if (space && !memchr(space + 1, ' ', (size_t)(name + name_len - space - 1)) &&
      extract_compass_word(name, (size_t)(space - name)) &&
      ascii_is_lower((unsigned char)name[name_len - 1]) &&
      extract_not_an_actor(space + 1, (size_t)(name + name_len - space - 1)))
    return true;
  /* "English-language": an adjective with its noun */
  size_t dash = 0;
  while (dash < name_len && name[dash] != '-')
    dash++;
  return dash < name_len && extract_not_an_actor(name, dash);
}