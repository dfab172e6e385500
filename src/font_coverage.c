/* font_coverage.c: which characters of the pictures' text no installed
 * font can draw (fontconfig), so that they are named in a warning rather
 * than drawn as empty boxes in silence.
 *
 * Graphviz draws text through pango, which falls back from the named
 * families to any installed font that has the character: a character is
 * drawable when some installed font covers it.  The union of every
 * installed font's character set is built once per process; each character
 * of the text is then one lookup in it, so the check is linear in the
 * text. */
#include "render_cgraph.h"

#include <fontconfig/fontconfig.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The Debian package that covers a Unicode block, by first code point; a
 * block runs to the next row's first code point.  NULL: no package (the
 * private use areas) or none that evgraph knows.  Checked against the font
 * files of Debian 12's packages (fc-scan, Unicode 14 assignments): in each
 * block but the emoji ones, the package named covers 92-100% of the
 * assigned characters, at least as many as any other of the four; in the
 * emoji blocks, fonts-noto-color-emoji has the emoji (fonts-symbola more of
 * the plain symbols beside them, in black and white); fonts-noto-cjk is
 * Chinese, Japanese and Korean.  fonts-dejavu-core is the pictures' first
 * family: Latin and the legend's box drawing and shapes. */
#define DEJAVU "fonts-dejavu-core"
#define NOTO_CORE "fonts-noto-core"
#define NOTO_CJK "fonts-noto-cjk"
#define SYMBOLS "fonts-symbola"
#define EMOJI "fonts-noto-color-emoji"
static const struct {
  unsigned int first;
  const char *package;
} blocks[] = {
    {0x0000, DEJAVU},     /* Latin-1, Latin Extended-A and -B */
    {0x0250, NOTO_CORE},  /* IPA, Greek, Cyrillic ... Georgian */
    {0x1100, NOTO_CJK},   /* Hangul Jamo */
    {0x1200, NOTO_CORE},  /* Ethiopic ... Greek Extended, punctuation */
    {0x2190, SYMBOLS},    /* arrows, mathematical and technical symbols */
    {0x2500, DEJAVU},     /* box drawing, block elements, geometric shapes */
    {0x2600, NOTO_CORE},  /* symbols, dingbats ... Supplemental Punctuation */
    {0x2E80, NOTO_CJK},   /* CJK radicals, kana, CJK ideographs */
    {0xA000, NOTO_CORE},  /* Yi ... Kayah Li */
    {0xA960, NOTO_CJK},   /* Hangul Jamo Extended-A */
    {0xA980, NOTO_CORE},  /* Javanese ... Meetei Mayek */
    {0xAC00, NOTO_CJK},   /* Hangul syllables */
    {0xD800, NULL},       /* surrogates (never decoded), private use */
    {0xF900, NOTO_CJK},   /* CJK Compatibility Ideographs */
    {0xFB00, NOTO_CORE},  /* presentation forms: Latin, Hebrew, Arabic */
    {0xFE10, NOTO_CJK},   /* vertical forms */
    {0xFE20, NOTO_CORE},  /* combining half marks */
    {0xFE30, NOTO_CJK},   /* CJK compatibility and small forms */
    {0xFE70, NOTO_CORE},  /* Arabic Presentation Forms-B */
    {0xFF00, NOTO_CJK},   /* halfwidth and fullwidth forms */
    {0xFFF0, NOTO_CORE},  /* specials */
    {0x10000, NOTO_CORE}, /* historic scripts: Linear B ... Tangut */
    {0x1B000, NOTO_CJK},  /* Kana Supplement and Extended-A */
    {0x1B170, NOTO_CORE}, /* Nushu ... Adlam, mahjong, playing cards */
    {0x1F100, EMOJI},     /* enclosed alphanumerics (flags) ... emoticons */
    {0x1F650, NOTO_CORE}, /* Ornamental Dingbats */
    {0x1F680, EMOJI},     /* Transport and Map Symbols */
    {0x1F700, NOTO_CORE}, /* alchemical, geometric shapes, arrows */
    {0x1F900, EMOJI},     /* Supplemental Symbols and Pictographs */
    {0x1FA00, NOTO_CORE}, /* chess symbols */
    {0x1FA70, EMOJI},     /* Symbols and Pictographs Extended-A */
    {0x1FB00, NOTO_CORE}, /* Symbols for Legacy Computing */
    {0x20000, NOTO_CJK},  /* CJK Unified Ideographs Extension B ... */
    {0x32000, NULL},      /* unassigned, tags, private use */
};

const char *evg_font_package(unsigned int cp) {
  size_t low = 0, high = sizeof blocks / sizeof blocks[0];
  while (high - low > 1) { /* the last row whose first is <= cp */
    size_t middle = (low + high) / 2;
    if (blocks[middle].first <= cp)
      low = middle;
    else
      high = middle;
  }
  return blocks[low].package;
}

static bool private_use(unsigned int cp) {
  return (cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000;
}

/* Characters no font needs to draw: controls, the space, and Unicode's
 * Default_Ignorable_Code_Point (joiners, variation selectors, bidi marks),
 * which renderers leave out rather than show as boxes. */
static bool drawn_without_font(unsigned int cp) {
  return cp <= 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0xAD ||
         cp == 0x34F || cp == 0x61C || (cp >= 0x115F && cp <= 0x1160) ||
         (cp >= 0x17B4 && cp <= 0x17B5) || (cp >= 0x180B && cp <= 0x180F) ||
         (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202E) ||
         (cp >= 0x2060 && cp <= 0x206F) || cp == 0x3164 ||
         (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF || cp == 0xFFA0 ||
         (cp >= 0xFFF0 && cp <= 0xFFF8) || (cp >= 0x1BCA0 && cp <= 0x1BCA3) ||
         (cp >= 0x1D173 && cp <= 0x1D17A) || (cp >= 0xE0000 && cp <= 0xE0FFF);
}

/* What the installed fonts cover, for the process (fonts installed while
 * it runs are not seen).  NULL when fontconfig could not be started. */
static FcCharSet *installed;
static bool installed_known;
static bool ascii_covered[128];

static const FcCharSet *installed_coverage(void) {
  if (installed_known)
    return installed;
  installed_known = true;
  if (!FcInit())
    return NULL;
  FcPattern *every = FcPatternCreate();
  FcObjectSet *wanted = FcObjectSetBuild(FC_CHARSET, (char *)NULL);
  FcFontSet *fonts = every && wanted ? FcFontList(NULL, every, wanted) : NULL;
  if (fonts) {
    installed = FcCharSetCreate();
    for (int i = 0; installed && i < fonts->nfont; i++) {
      FcCharSet *set;
      if (FcPatternGetCharSet(fonts->fonts[i], FC_CHARSET, 0, &set) ==
          FcResultMatch)
        FcCharSetMerge(installed, set, NULL);
    }
    FcFontSetDestroy(fonts);
  }
  if (wanted)
    FcObjectSetDestroy(wanted);
  if (every)
    FcPatternDestroy(every);
  for (unsigned int c = 0; installed && c < 128; c++)
    ascii_covered[c] = FcCharSetHasChar(installed, c);
  return installed;
}

void evg_font_coverage_cleanup(void) {
  if (installed)
    FcCharSetDestroy(installed);
  installed = NULL;
  installed_known = false;
}

/* The characters found missing so far: all of them once each, in the
 * order they were met, and where the first was. */
#define LISTED 5
typedef struct {
  const FcCharSet *fonts;
  FcCharSet *seen; /* the missing ones */
  unsigned int *missing;
  size_t count, cap;
  const char *where_kind, *where_name;
  evg_pos where;
} coverage;

static void check_text(coverage *c, const char *text, const char *kind,
                       const char *name, const evg_pos *pos) {
  if (!text)
    return;
  const unsigned char *s = (const unsigned char *)text;
  size_t len = strlen(text);
  for (size_t i = 0; i < len;) {
    unsigned int cp;
    if (s[i] < 0x80) {
      cp = s[i++];
      if (ascii_covered[cp] || drawn_without_font(cp))
        continue;
    } else {
      size_t n = evg_utf8_valid_len(s + i, len - i);
      /* invalid bytes are drawn as U+FFFD (evg_utf8_sanitize) */
      cp = n ? evg_utf8_decode(s + i, n) : 0xFFFD;
      i += n ? n : 1;
      if (drawn_without_font(cp) || FcCharSetHasChar(c->fonts, cp))
        continue;
    }
    if (FcCharSetHasChar(c->seen, cp))
      continue;
    FcCharSetAddChar(c->seen, cp);
    if (c->count == c->cap) {
      c->cap = c->cap ? 2 * c->cap : 16;
      c->missing = evg_xrealloc(c->missing, c->cap * sizeof *c->missing);
    }
    c->missing[c->count++] = cp;
    if (c->count == 1) {
      c->where_kind = kind;
      c->where_name = name;
      if (pos)
        c->where = *pos;
    }
  }
}

static void list_code_points(evg_buf *out, const unsigned int *cps,
                             size_t count) {
  for (size_t i = 0; i < count && i < LISTED; i++)
    evg_buf_printf(out, "%sU+%04X", i ? ", " : "", cps[i]);
  if (count > LISTED)
    evg_buf_printf(out, " and %zu more", count - LISTED);
}

/* The hint after the list: for each package that would help (in the order
 * of the characters), the characters it covers; then those no package
 * covers. */
static void add_hints(evg_buf *out, const coverage *c) {
  const char *packages[sizeof blocks / sizeof blocks[0]];
  size_t package_count = 0;
  unsigned int *some = evg_xmalloc(c->count * sizeof *some);
  for (size_t i = 0; i < c->count; i++) {
    const char *package = evg_font_package(c->missing[i]);
    bool known = false;
    for (size_t p = 0; p < package_count; p++)
      known |= package == packages[p];
    if (package && !known)
      packages[package_count++] = package;
  }
  for (size_t p = 0; p < package_count; p++) {
    size_t n = 0;
    for (size_t i = 0; i < c->count; i++)
      if (evg_font_package(c->missing[i]) == packages[p])
        some[n++] = c->missing[i];
    evg_buf_printf(out, "%s%s covers ", p ? "; " : ". Debian's ", packages[p]);
    list_code_points(out, some, n);
  }
  const char *separator = package_count ? "; " : ". ";
  for (int private = 1; private >= 0; private --) {
    size_t n = 0;
    for (size_t i = 0; i < c->count; i++)
      if (!evg_font_package(c->missing[i]) &&
          private_use(c->missing[i]) == private)
        some[n++] = c->missing[i];
    if (!n)
      continue;
    evg_buf_puts(out, separator);
    list_code_points(out, some, n);
    evg_buf_puts(out, private ? (n > 1 ? " are for private use: no font "
                                         "package covers them"
                                       : " is for private use: no font "
                                         "package covers it")
                              : ": no font package known to evgraph");
    separator = "; ";
  }
  free(some);
}

/* Names that fontconfig's configuration resolves to installed fonts. */
static bool generic_family(const char *name) {
  static const char *const generic[] = {
      "sans-serif", "sans",    "serif",     "monospace", "mono",
      "cursive",    "fantasy", "system-ui", "emoji",     "math"};
  for (size_t i = 0; i < sizeof generic / sizeof generic[0]; i++)
    if (strcasecmp(name, generic[i]) == 0)
      return true;
  return false;
}

static bool family_installed(const char *name) {
  FcPattern *pattern = FcPatternCreate();
  FcObjectSet *wanted = FcObjectSetBuild(FC_FAMILY, (char *)NULL);
  FcFontSet *fonts = NULL;
  if (pattern && wanted &&
      FcPatternAddString(pattern, FC_FAMILY, (const FcChar8 *)name))
    fonts = FcFontList(NULL, pattern, wanted);
  bool found = fonts && fonts->nfont > 0;
  if (fonts)
    FcFontSetDestroy(fonts);
  if (wanted)
    FcObjectSetDestroy(wanted);
  if (pattern)
    FcPatternDestroy(pattern);
  return found;
}

/* The families of a comma-separated list that no installed font has, as
 * "'A', 'B'" in `missing`; returns how many. */
static size_t missing_families(const char *list, evg_buf *missing) {
  size_t count = 0;
  evg_buf name = {0};
  for (const char *p = list; *p;) {
    size_t len = strcspn(p, ",");
    const char *start = p, *end = p + len;
    while (start < end && (*start == ' ' || *start == '\t'))
      start++;
    while (end > start && (end[-1] == ' ' || end[-1] == '\t'))
      end--;
    name.len = 0;
    evg_utf8_sanitize(&name, start, (size_t)(end - start));
    if (name.len && !generic_family(name.data) && !family_installed(name.data))
      evg_buf_printf(missing, "%s'%s'", count++ ? ", " : "", name.data);
    p += len;
    if (*p == ',')
      p++;
  }
  evg_buf_free(&name);
  return count;
}

static bool already_said(const evg_diags *diags, const char *file, int line,
                         const char *message) {
  for (size_t i = 0; i < evg_diags_count(diags); i++) {
    const evg_diag *d = evg_diags_get(diags, i);
    if (d->severity == EVG_SEV_WARNING && d->line == line &&
        (d->file && file ? strcmp(d->file, file) == 0 : d->file == file) &&
        strcmp(d->message, message) == 0)
      return true;
  }
  return false;
}

void evg_check_fonts(const evg_graph *g, const evg_render_options *options,
                     const char *title, evg_diags *diags) {
  const char *file = evg_graph_event_count(g) ? evg_graph_event(g, 0)->pos.file
                     : evg_graph_actor_count(g)
                         ? evg_graph_actor(g, 0)->pos.file
                         : NULL;
  coverage c = {.fonts = installed_coverage()};
  if (!c.fonts) {
    const char *message =
        "fontconfig could not list the installed fonts: characters that no "
        "font has would be drawn as empty boxes without a warning";
    if (!already_said(diags, file, 0, message))
      evg_diags_add(diags, EVG_SEV_WARNING, file, 0, 0, 0, NULL, "%s", message);
    return;
  }
  c.seen = FcCharSetCreate();
  if (!c.seen)
    return;
  check_text(&c, title, "the title", NULL, NULL);
  evg_buf legend = {0};
  for (int r = 0; r < EVG_REL_COUNT; r++)
    evg_buf_puts(&legend, evg_edge_style_of((evg_relation)r)->glyph);
  evg_buf_puts(&legend, "■ · –");
  check_text(&c, legend.data, "the legend", NULL, NULL);
  evg_buf_free(&legend);
  bool tag_lanes = options && options->layout &&
                   strcmp(options->layout, "timeline") == 0 && options->lanes &&
                   strcmp(options->lanes, "tag") == 0;
  for (size_t i = 0; i < evg_graph_event_count(g); i++) {
    const evg_event *e = evg_graph_event(g, i);
    char date[128];
    evg_date_format_human(&e->date, date, sizeof date);
    check_text(&c, date, "event", e->id, &e->pos);
    check_text(&c, e->label, "event", e->id, &e->pos);
    if (tag_lanes && e->tag_count)
      check_text(&c, e->tags[0], "the tag lane of event", e->id, &e->pos);
  }
  for (size_t a = 0; a < evg_graph_actor_count(g); a++) {
    const evg_actor *actor = evg_graph_actor(g, a);
    check_text(&c, actor->name ? actor->name : actor->id, "actor", actor->id,
               &actor->pos);
  }
  if (c.count) {
    evg_buf message = {0};
    evg_buf_puts(&message, "no installed font has ");
    list_code_points(&message, c.missing, c.count);
    evg_buf_printf(&message, " (%zu character%s, the first in %s", c.count,
                   c.count > 1 ? "s" : "", c.where_kind);
    if (c.where_name)
      evg_buf_printf(&message, " '%s'", c.where_name);
    evg_buf_puts(&message, c.count > 1
                               ? "): the pictures draw them as empty boxes"
                               : "): the pictures draw it as an empty box");
    add_hints(&message, &c);
    const char *where_file = c.where.file ? c.where.file : file;
    if (!already_said(diags, where_file, c.where.line, message.data))
      evg_diags_add(diags, EVG_SEV_WARNING, where_file, c.where.line,
                    c.where.col, 0, NULL, "%s", message.data);
    evg_buf_free(&message);
  }
  FcCharSetDestroy(c.seen);
  free(c.missing);
  if (options && options->font) {
    evg_buf missing = {0};
    size_t count = missing_families(options->font, &missing);
    if (count) {
      evg_buf message = {0};
      evg_buf_printf(&message,
                     "no installed font is of the famil%s %s: the pictures "
                     "are drawn with other fonts (`fc-list : family` lists "
                     "the installed families)",
                     count > 1 ? "ies" : "y", missing.data);
      if (!already_said(diags, NULL, 0, message.data))
        evg_diags_add(diags, EVG_SEV_WARNING, NULL, 0, 0, 0, NULL, "%s",
                      message.data);
      evg_buf_free(&message);
    }
    evg_buf_free(&missing);
  }
}
