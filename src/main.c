/* main.c: the command line.  Everything else is the library. */
#define _GNU_SOURCE /* fopencookie */
#include "evgraph.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2 };

#define MAX_ERRORS 20
/* An input file is read whole: past this many MiB (--max-input) it is
 * refused with a message rather than left to exhaust the memory. */
#define MAX_INPUT_MIB 1024
#define MAX_INPUT_MIB_LIMIT 65536

static const char usage[] =
    "Usage: evgraph render FILE... [-t FORMATS] [-o DIR | -o FILE | -o -] "
    "[OPTIONS]\n"
    "       evgraph check FILE...\n"
    "       evgraph merge FILE... [-o FILE]\n"
    "       evgraph extract [--anchor YYYY-MM-DD] [--format "
    "events|timeml|json] FILE\n"
    "       evgraph extract --jsonl [FILE] < articles.jsonl > events.jsonl\n"
    "       evgraph --help | --version\n"
    "\n"
    "Turns events files (*.events) and TimelineJS timelines (its sheet as\n"
    "*.csv, its JSON as *.json) into an event graph.\n"
    "\n"
    "Commands:\n"
    "  render   write the graph of each FILE as DOT, SVG, GraphML, PNG,\n"
    "           PDF or JSON\n"
    "  check    validate each FILE and write nothing\n"
    "  extract  find the dates in prose and propose dated events (stdout)\n"
    "  merge    join events files into one: actors by name, the same\n"
    "           happening told twice into one event with every source\n"
    "           (stdout, or -o FILE)\n"
    "\n"
    "Options:\n"
    "  -t, --format FORMATS  comma-separated: dot, svg, graphml, png, pdf,\n"
    "                        json (node-link: NetworkX, d3), graphology\n"
    "                        (NAME.graphology.json, for Graph.from)\n"
    "                        gexf (Gephi, with the timeline)\n"
    "                        yed (GraphML with the drawing for yEd, written\n"
    "                        as NAME.yed.graphml), timelinejs (TimelineJS\n"
    "                        JSON, NAME.timeline.json), events (an events\n"
    "                        file, dates resolved)\n"
    "                        (default: dot,svg,graphml)\n"
    "  -o, --output DIR      folder for the outputs, created if missing\n"
    "                        (default: out); '-' writes the one format\n"
    "                        given by -t to standard output; a FILE named\n"
    "                        for that one format (-t png -o slide.png)\n"
    "                        is written as that file\n"
    "      --title TEXT      title of the picture and the graph\n"
    "      --layout L        pictures and yed: graph (default) or timeline\n"
    "      --lanes L         timeline lanes: actor (default), tag or none\n"
    "      --size WxH        the slide in pixels (default 1920x1080); both\n"
    "                        layouts keep headlines at 24 px and other text\n"
    "                        at 18 px on it, or warn\n"
    "      --deck            timeline: svg and png as slides, "
    "NAME-slide01.svg\n"
    "                        ... (an overview, then the events cut into\n"
    "                        slides whose text stays legible), pdf as one\n"
    "                        NAME-deck.pdf with a page per slide\n"
    "      --theme T         light (default), dark or print\n"
    "      --font FAMILY     font of the pictures\n"
    "      --highlight ID    pictures: the event emphasised, the others "
    "faded,\n"
    "                        at the same places (repeatable)\n"
    "      --from DATE, --to DATE  keep events that overlap the window\n"
    "      --actor ID        keep events that involve the actor (repeatable)\n"
    "      --tag TAG         keep events with the tag (repeatable)\n"
    "      --focus ID        keep events within --depth relation steps\n"
    "      --depth N         (default 1) of the event ID\n"
    "      --anchor DATE     extract: the text's date, for relative dates\n"
    "                        (default: a dateline in the text, else none)\n"
    "      --format FORMAT   extract: events (default), timeml or json\n"
    "      --jsonl           extract: JSON Lines of articles {\"id\", "
    "\"date\",\n"
    "                        \"text\"} in (standard input by default),\n"
    "                        one event a line out, streaming\n"
    "      --max-input MIB   refuse an input file larger than this\n"
    "                        (default 1024)\n"
    "  -h, --help            show this help\n"
    "  -V, --version         show the version\n"
    "\n"
    "FILE '-' reads an events file from standard input; other inputs are\n"
    "told by their extension (.events, .csv, .json, and .jsonl: extract\n"
    "--jsonl's output, a corpus's events).  Outputs are named after the\n"
    "input\n"
    "(out/NAME.dot ...) and are replaced all together or not at all.\n"
    "\n"
    "Exit status: 0 success (warnings allowed), 1 the input has errors,\n"
    "2 usage error or a file that cannot be read or written.\n";

enum {
  DOT,
  SVG,
  GRAPHML,
  PNG,
  PDF,
  JSON,
  GRAPHOLOGY,
  GEXF,
  YED,
  TIMELINEJS,
  EVENTS,
  FORMAT_COUNT
};
/* Each format and the extension of its file (DIR/NAME.EXTENSION). */
static const struct {
  const char *name, *extension;
} formats[FORMAT_COUNT] = {{"dot", "dot"},
                           {"svg", "svg"},
                           {"graphml", "graphml"},
                           {"png", "png"},
                           {"pdf", "pdf"},
                           {"json", "json"},
                           {"graphology", "graphology.json"},
                           {"gexf", "gexf"},
                           {"yed", "yed.graphml"},
                           {"timelinejs", "timeline.json"},
                           {"events", "events"}};
#define FORMAT_NAMES                                                           \
  "dot, svg, graphml, png, pdf, json, graphology, gexf, yed, timelinejs or "   \
  "events"

typedef struct {
  const char *command;
  const char **files;
  size_t file_count;
  bool wanted[FORMAT_COUNT];
  const char *output;
  bool output_given;
  evg_render_options render;
  const char *anchor;
  const char *extract_format;
  evg_filter filter;
  bool filtering;
  bool depth_given;
  bool deck;        /* --deck: svg, png and pdf as slides */
  bool jsonl;       /* extract --jsonl */
  size_t max_input; /* bytes of one input file */
} cli;

static int usage_error(const char *format, const char *detail) {
  fprintf(stderr, "evgraph: ");
  fprintf(stderr, format, detail);
  fprintf(stderr, "\nUse 'evgraph --help' for usage.\n");
  return EXIT_USAGE;
}

static void print_diags(const evg_diags *diags) {
  for (size_t i = 0; i < evg_diags_count(diags); i++) {
    const evg_diag *diag = evg_diags_get(diags, i);
    char *text = evg_diag_format(diag);
    if (!diag->file)
      fputs("evgraph: ", stderr);
    fputs(text, stderr);
    free(text);
  }
  if (evg_diags_capped(diags))
    fprintf(stderr, "evgraph: %d errors in all; only the first %d are shown\n",
            evg_diags_errors(diags), MAX_ERRORS);
}

static int parse_formats(cli *c, const char *list) {
  if (!*list)
    return usage_error("%s", "-t needs at least one format (" FORMAT_NAMES ")");
  memset(c->wanted, 0, sizeof c->wanted);
  const char *s = list;
  while (*s) {
    size_t len = strcspn(s, ",");
    bool known = false;
    for (int f = 0; f < FORMAT_COUNT; f++) {
      if (strlen(formats[f].name) == len &&
          strncmp(formats[f].name, s, len) == 0) {
        c->wanted[f] = true;
        known = true;
      }
    }
    if (!known)
      return usage_error("unknown format '%s' (expected " FORMAT_NAMES ")", s);
    s += len;
    if (*s == ',')
      s++;
  }
  return EXIT_OK;
}

static int parse_args(cli *c, int argc, char **argv) {
  c->files = calloc((size_t)argc, sizeof *c->files);
  c->output = "out";
  c->wanted[DOT] = c->wanted[SVG] = c->wanted[GRAPHML] = true;
  bool options_done = false;
  for (int i = 1; i < argc; i++) {
    const char *arg = argv[i];
    if (options_done || arg[0] != '-' || strcmp(arg, "-") == 0) {
      if (!c->command)
        c->command = arg;
      else
        c->files[c->file_count++] = arg;
      continue;
    }
    if (strcmp(arg, "--") == 0) {
      options_done = true;
      continue;
    }
    if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
      fputs(usage, stdout);
      exit(EXIT_OK);
    }
    if (strcmp(arg, "-V") == 0 || strcmp(arg, "--version") == 0) {
      printf("evgraph %s\n", EVG_VERSION);
      exit(EXIT_OK);
    }
    if (strcmp(arg, "--deck") == 0) {
      c->deck = true;
      continue;
    }
    if (strcmp(arg, "--jsonl") == 0) {
      c->jsonl = true;
      continue;
    }
    const char *value = NULL;
    const char *name = arg;
    bool short_form = arg[1] != '-' && arg[2] != '\0';
    if (short_form) { /* -tsvg */
      static char flag[3];
      flag[0] = '-', flag[1] = arg[1], flag[2] = '\0';
      name = flag;
      value = arg + 2;
    } else if (strncmp(arg, "--", 2) == 0 && strchr(arg, '=')) {
      static char long_name[64];
      snprintf(long_name, sizeof long_name, "%.*s",
               (int)(strchr(arg, '=') - arg), arg);
      name = long_name;
      value = strchr(arg, '=') + 1;
    }
    bool takes_value =
        strcmp(name, "-t") == 0 || strcmp(name, "--format") == 0 ||
        strcmp(name, "--anchor") == 0 || strcmp(name, "--layout") == 0 ||
        strcmp(name, "--lanes") == 0 || strcmp(name, "--size") == 0 ||
        strcmp(name, "--theme") == 0 || strcmp(name, "--font") == 0 ||
        strcmp(name, "--from") == 0 || strcmp(name, "--to") == 0 ||
        strcmp(name, "--actor") == 0 || strcmp(name, "--tag") == 0 ||
        strcmp(name, "--focus") == 0 || strcmp(name, "--depth") == 0 ||
        strcmp(name, "-o") == 0 || strcmp(name, "--output") == 0 ||
        strcmp(name, "--title") == 0 || strcmp(name, "--max-input") == 0 ||
        strcmp(name, "--highlight") == 0;
    if (!takes_value)
      return usage_error("unknown option '%s'", arg);
    if (!value) {
      if (i + 1 >= argc)
        return usage_error("option '%s' needs a value", arg);
      value = argv[++i];
    }
    if (strcmp(name, "--anchor") == 0) {
      c->anchor = value;
    } else if (strcmp(name, "--layout") == 0) {
      if (strcmp(value, "graph") != 0 && strcmp(value, "timeline") != 0)
        return usage_error("unknown layout '%s' (expected graph or timeline)",
                           value);
      c->render.layout = value;
    } else if (strcmp(name, "--lanes") == 0) {
      if (strcmp(value, "actor") != 0 && strcmp(value, "tag") != 0 &&
          strcmp(value, "none") != 0)
        return usage_error("unknown lanes '%s' (expected actor, tag or none)",
                           value);
      c->render.lanes = value;
    } else if (strcmp(name, "--theme") == 0) {
      if (strcmp(value, "light") != 0 && strcmp(value, "dark") != 0 &&
          strcmp(value, "print") != 0)
        return usage_error("unknown theme '%s' (expected light, dark or print)",
                           value);
      c->render.theme = value;
    } else if (strcmp(name, "--font") == 0) {
      c->render.font = value;
    } else if (strcmp(name, "--from") == 0 || strcmp(name, "--to") == 0) {
      evg_date date;
      const char *error = NULL;
      size_t offset = 0;
      if (!evg_date_parse(value, strlen(value), &date, &error, &offset))
        return usage_error("%s needs a date such as 2025-01 or 2018", name);
      if (name[2] == 'f')
        c->filter.has_from = true, c->filter.from = date;
      else
        c->filter.has_to = true, c->filter.to = date;
      c->filtering = true;
    } else if (strcmp(name, "--actor") == 0 || strcmp(name, "--tag") == 0) {
      bool actor = strcmp(name, "--actor") == 0;
      const char **list =
          (const char **)(actor ? c->filter.actors : c->filter.tags);
      size_t *count = actor ? &c->filter.actor_count : &c->filter.tag_count;
      list = realloc(list, (*count + 1) * sizeof *list);
      list[(*count)++] = value;
      if (actor)
        c->filter.actors = list;
      else
        c->filter.tags = list;
      c->filtering = true;
    } else if (strcmp(name, "--highlight") == 0) {
      const char **list = (const char **)c->render.highlight;
      list = realloc(list, (c->render.highlight_count + 1) * sizeof *list);
      list[c->render.highlight_count++] = value;
      c->render.highlight = list;
    } else if (strcmp(name, "--focus") == 0) {
      c->filter.focus = value;
      c->filtering = true;
    } else if (strcmp(name, "--max-input") == 0) {
      char *end;
      errno = 0;
      long mib = strtol(value, &end, 10);
      if (*end || errno == ERANGE || mib < 1 || mib > MAX_INPUT_MIB_LIMIT)
        return usage_error("--max-input needs MiB, from 1 to 65536 (got '%s')",
                           value);
      c->max_input = (size_t)mib << 20;
    } else if (strcmp(name, "--depth") == 0) {
      char *end;
      long depth = strtol(value, &end, 10);
      if (*end || depth < 0 || depth > 1000000)
        return usage_error("--depth needs a whole number (got '%s')", value);
      c->filter.depth = (int)depth;
      c->depth_given = true;
    } else if (strcmp(name, "--size") == 0) {
      /* strtol, not sscanf's %d: 4294969216 must not wrap to 1920 */
      char *x = NULL, *end = NULL;
      errno = 0;
      long w = strtol(value, &x, 10), h = 0;
      if (x != value && (*x == 'x' || *x == 'X') && x[1] >= '0' && x[1] <= '9')
        h = strtol(x + 1, &end, 10);
      if (!end || *end || errno == ERANGE || w < 320 || h < 240 || w > 20000 ||
          h > 20000)
        return usage_error("--size needs WxH in pixels, from 320x240 to "
                           "20000x20000 (got '%s')",
                           value);
      c->render.width = (int)w;
      c->render.height = (int)h;
    } else if (c->command && strcmp(c->command, "extract") == 0 &&
               strcmp(name, "--format") == 0) {
      c->extract_format = value;
    } else if (strcmp(name, "-t") == 0 || strcmp(name, "--format") == 0) {
      int rc = parse_formats(c, value);
      if (rc)
        return rc;
    } else if (strcmp(name, "-o") == 0 || strcmp(name, "--output") == 0) {
      c->output = value;
      c->output_given = true;
    } else {
      c->render.title = value;
    }
  }
  if (!c->command)
    return usage_error("%s", "missing command (render or check)");
  if (strcmp(c->command, "render") != 0 && strcmp(c->command, "check") != 0 &&
      strcmp(c->command, "extract") != 0 && strcmp(c->command, "merge") != 0)
    return usage_error(
        "unknown command '%s' (expected render, check, extract or merge)",
        c->command);
  if (c->jsonl && strcmp(c->command, "extract") != 0)
    return usage_error("%s", "--jsonl is an option of extract");
  if (c->file_count == 0 && !c->jsonl)
    return usage_error("%s", "missing input FILE ('-' reads standard input)");
  if (c->depth_given && !c->filter.focus)
    return usage_error("%s", "--depth counts steps from --focus ID");
  if (c->deck && (!c->render.layout || strcmp(c->render.layout, "timeline")))
    return usage_error("%s", "--deck draws the timeline as slides: add "
                             "--layout timeline");
  return EXIT_OK;
}

/* Reads a whole file (or stdin for "-") into a malloc'd buffer. */
static char *read_input(const char *path, size_t max_bytes, size_t *len) {
  FILE *in = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  if (!in) {
    fprintf(stderr, "evgraph: cannot read '%s': %s\n", path, strerror(errno));
    return NULL;
  }
  size_t cap = 65536, used = 0;
  char *data = malloc(cap);
  size_t n;
  bool too_large = false;
  while (data && (n = fread(data + used, 1, cap - used, in)) > 0) {
    used += n;
    if (used > max_bytes) {
      too_large = true;
      break;
    }
    if (used == cap) {
      cap *= 2;
      char *bigger = realloc(data, cap);
      if (!bigger)
        free(data);
      data = bigger;
    }
  }
  bool failed = !data || ferror(in);
  if (in != stdin)
    fclose(in);
  if (too_large) {
    fprintf(stderr,
            "evgraph: '%s' is larger than %zu MiB, the input cap; raise it "
            "with --max-input MIB\n",
            path, max_bytes >> 20);
    free(data);
    return NULL;
  }
  if (failed) {
    fprintf(stderr, "evgraph: cannot read '%s': %s\n", path,
            data ? strerror(errno) : "out of memory");
    free(data);
    return NULL;
  }
  *len = used;
  return data;
}

/* "-o slide.png" with one input and the one format png: that file rather
 * than a folder of that name ("-o x.yed.graphml" for yed: the name ends in
 * the format's extension).  Returns the format's index, or -1. */
static int single_output_format(const cli *c) {
  if (c->file_count != 1)
    return -1;
  int only = -1;
  for (int f = 0; f < FORMAT_COUNT; f++)
    if (c->wanted[f]) {
      if (only >= 0)
        return -1;
      only = f;
    }
  if (only < 0)
    return -1;
  const char *type = strrchr(formats[only].extension, '.');
  type = type ? type + 1 : formats[only].extension;
  size_t n = strlen(c->output), e = strlen(type);
  if (n <= e + 1 || c->output[n - e - 1] != '.' ||
      strcmp(c->output + n - e, type) != 0)
    return -1;
  struct stat st;
  if (stat(c->output, &st) == 0 && S_ISDIR(st.st_mode))
    return -1; /* an existing folder stays a folder */
  return only;
}

/* "data/x.events" -> "x"; "x.timeline.json" (what -t timelinejs writes)
 * -> "x"; "-" -> "stdin". */
static char *output_stem(const char *path) {
  if (strcmp(path, "-") == 0)
    return strdup("stdin");
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  size_t len = strlen(base);
  static const char timeline[] = ".timeline.json";
  const char *dot = strrchr(base, '.');
  if (len > sizeof timeline - 1 &&
      strcmp(base + len - (sizeof timeline - 1), timeline) == 0)
    len -= sizeof timeline - 1;
  else if (dot && dot != base)
    len = (size_t)(dot - base);
  return strndup(base, len);
}

/* The files of a deck: DIR/NAME-slide01.svg ... (as many digits as the
 * last number needs, at least two, so that they sort), DIR/NAME-deck.pdf. */
typedef struct {
  const cli *c;
  const char *stem;
  const char *extension;
  evg_outputs *outputs;
  bool failed_usage; /* an output that is an input: exit 2 */
} deck_files;

static const char *same_file_as_input(const cli *c, const char *path);
static void hold_signals(bool hold);

static FILE *open_deck_file(void *context, size_t slide, size_t slide_count,
                            evg_diags *diags) {
  deck_files *files = context;
  /* the numbers as wide as the last one, at least two digits */
  char number[32];
  snprintf(number, sizeof number, "%zu", slide_count);
  size_t digits = strlen(number) < 2 ? 2 : strlen(number);
  snprintf(number, sizeof number, "%zu", slide);
  char padded[40] = "";
  for (size_t k = strlen(number); k < digits; k++)
    strcat(padded, "0");
  strcat(padded, number);
  size_t size = strlen(files->c->output) + strlen(files->stem) + 64;
  char *path = malloc(size);
  if (slide == 0)
    snprintf(path, size, "%s/%s-deck.%s", files->c->output, files->stem,
             files->extension);
  else
    snprintf(path, size, "%s/%s-slide%s.%s", files->c->output, files->stem,
             padded, files->extension);
  const char *input = same_file_as_input(files->c, path);
  FILE *out = NULL;
  if (input) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "the output %s is the input '%s'; refusing to overwrite it "
                  "(choose another -o)",
                  path, input);
    files->failed_usage = true;
  } else {
    hold_signals(true);
    out = evg_outputs_open(files->outputs, path, diags);
    hold_signals(false);
  }
  free(path);
  return out;
}

/* What an input holds, told by its name: .events (or no extension, or
 * '-'), .csv (a TimelineJS sheet), .json (TimelineJS JSON) or .jsonl
 * (extract --jsonl's events). */
typedef enum {
  INPUT_EVENTS,
  INPUT_CSV,
  INPUT_JSON,
  INPUT_JSONL,
  INPUT_UNKNOWN
} input_type;

static input_type input_type_of(const char *path) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  const char *dot = strrchr(base, '.');
  if (strcmp(path, "-") == 0 || !dot || dot == base ||
      strcmp(dot, ".events") == 0)
    return INPUT_EVENTS;
  if (strcasecmp(dot, ".csv") == 0)
    return INPUT_CSV;
  if (strcasecmp(dot, ".json") == 0)
    return INPUT_JSON;
  if (strcasecmp(dot, ".jsonl") == 0)
    return INPUT_JSONL;
  return INPUT_UNKNOWN;
}

static bool render_format(const evg_graph *g, const cli *c, int format,
                          FILE *out, evg_diags *diags) {
  if (format == DOT)
    return evg_render_dot(g, &c->render, out, diags);
  if (format == GRAPHML)
    return evg_render_graphml(g, &c->render, out, diags);
  if (format == JSON || format == GRAPHOLOGY)
    return evg_render_json(
        g, &c->render,
        format == JSON ? EVG_JSON_NODE_LINK : EVG_JSON_GRAPHOLOGY, out, diags);
  if (format == GEXF)
    return evg_render_gexf(g, &c->render, out, diags);
  if (format == YED)
    return evg_render_yed(g, &c->render, out, diags);
  if (format == TIMELINEJS)
    return evg_render_timelinejs(g, &c->render, out, diags);
  if (format == EVENTS)
    return evg_render_events(g, out, diags);
  return evg_render_image(g, &c->render, formats[format].name, out, diags);
}

/* SIGINT and SIGTERM while rendering: the temporary files go, and the
 * folder this run made, then the signal ends the process as it would have
 * (the layout child follows its parent, see render_image.c). */
static evg_outputs *volatile signal_outputs;
static const char *volatile signal_folder;

static void on_signal(int sig) {
  if (signal_outputs)
    evg_outputs_unlink_temporaries(signal_outputs);
  if (signal_folder)
    rmdir(signal_folder);
  signal(sig, SIG_DFL);
  raise(sig);
}

static void catch_signals(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, NULL);
  sigaction(SIGTERM, &action, NULL);
  sigaction(SIGHUP, &action, NULL);
}

/* Blocks (true) or lets through (false) the signals above, around the
 * calls that change the set of outputs. */
static void hold_signals(bool hold) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGHUP);
  sigprocmask(hold ? SIG_BLOCK : SIG_UNBLOCK, &set, NULL);
}

/* The inputs' files (device and inode), sorted, so that each output path
 * is checked against all inputs with one stat and a binary search: with
 * thousands of inputs a scan per output would be quadratic. */
typedef struct {
  dev_t dev;
  ino_t ino;
  size_t index; /* into cli.files */
} input_identity;

static input_identity *input_identities;
static size_t input_identity_count;

/* Orders by file (device, inode); bsearch looks a file up with it. */
static int compare_files(const void *a, const void *b) {
  const input_identity *x = a, *y = b;
  if (x->dev != y->dev)
    return x->dev < y->dev ? -1 : 1;
  return x->ino < y->ino ? -1 : x->ino > y->ino;
}

/* By file, then by place on the command line. */
static int compare_identities(const void *a, const void *b) {
  int order = compare_files(a, b);
  if (order)
    return order;
  const input_identity *x = a, *y = b;
  return x->index < y->index ? -1 : x->index > y->index;
}

static void note_input_identities(const cli *c) {
  input_identities =
      calloc(c->file_count ? c->file_count : 1, sizeof *input_identities);
  input_identity_count = 0;
  for (size_t i = 0; i < c->file_count; i++) {
    struct stat in;
    if (strcmp(c->files[i], "-") != 0 && stat(c->files[i], &in) == 0)
      input_identities[input_identity_count++] =
          (input_identity){in.st_dev, in.st_ino, i};
  }
  qsort(input_identities, input_identity_count, sizeof *input_identities,
        compare_identities);
}

/* The input an output path names, or NULL: "render x.dot -t dot -o x.dot"
 * must not replace what it reads.  The first such input on the command
 * line. */
static const char *same_file_as_input(const cli *c, const char *path) {
  struct stat out;
  if (stat(path, &out) != 0)
    return NULL;
  input_identity key = {out.st_dev, out.st_ino, 0};
  const input_identity *found =
      bsearch(&key, input_identities, input_identity_count,
              sizeof *input_identities, compare_files);
  if (!found)
    return NULL;
  /* the same file given twice: the first on the command line */
  while (found > input_identities && compare_files(found - 1, &key) == 0)
    found--;
  return c->files[found->index];
}

/* Writes a finished output to standard output; says why when it cannot
 * (a full disk, a closed pipe). */
static bool write_stdout(const char *data, size_t len) {
  /* an empty output may come with no buffer, which fwrite must not get */
  if ((len == 0 || fwrite(data, 1, len, stdout) == len) && fflush(stdout) == 0)
    return true;
  fprintf(stderr, "evgraph: cannot write to standard output: %s\n",
          strerror(errno ? errno : EIO));
  return false;
}

/* Renders `format` of *graph, the last one for it when `last`: DOT then
 * takes the graph (*graph becomes NULL) and frees it while it writes,
 * rather than hold it beside cgraph's copy. */
static bool render_last_format(evg_graph **graph, const cli *c, int format,
                               bool last, FILE *out, evg_diags *diags) {
  if (format != DOT || !last)
    return render_format(*graph, c, format, out, diags);
  evg_graph *taken = *graph;
  *graph = NULL;
  return evg_render_dot_consume(taken, &c->render, out, diags);
}

/* True when no format after `format` is wanted. */
static bool last_wanted(const cli *c, int format) {
  for (int f = format + 1; f < FORMAT_COUNT; f++)
    if (c->wanted[f])
      return false;
  return true;
}

/* An output held in memory until it is whole: open_memstream grows its
 * buffer by copying it into a new one twice the size, so that a large
 * output was copied once more and its pages touched twice (a third of
 * `extract`'s writing time on the thread that writes); realloc moves a
 * large block's pages instead. */
typedef struct {
  char *data;
  size_t len, cap;
} memory_output;

static ssize_t memory_write(void *cookie, const char *bytes, size_t n) {
  memory_output *m = cookie;
  if (n > m->cap - m->len) {
    size_t cap = m->cap ? m->cap : 65536;
    while (cap - m->len < n)
      cap *= 2;
    char *bigger = realloc(m->data, cap);
    if (!bigger)
      return 0; /* stdio marks the stream failed */
    m->data = bigger;
    m->cap = cap;
  }
  memcpy(m->data + m->len, bytes, n);
  m->len += n;
  return (ssize_t)n;
}

static FILE *memory_open(memory_output *m) {
  *m = (memory_output){0};
  FILE *f = fopencookie(m, "w", (cookie_io_functions_t){.write = memory_write});
  /* the writers hand over blocks of 64 kB: copied straight in */
  if (f)
    setvbuf(f, NULL, _IOFBF, 65536);
  return f;
}

/* Renders into memory first: stdout gets the whole output or nothing. */
static int render_to_stdout(evg_graph **g, const cli *c, evg_diags *diags) {
  int format = -1, count = 0;
  for (int f = 0; f < FORMAT_COUNT; f++)
    if (c->wanted[f])
      format = f, count++;
  if (count != 1)
    return usage_error("%s", "'-o -' needs exactly one format (-t)");
  memory_output held;
  FILE *memory = memory_open(&held);
  bool ok = memory && render_last_format(g, c, format, true, memory, diags);
  if (memory)
    ok &= fclose(memory) == 0;
  print_diags(diags);
  if (ok)
    ok = write_stdout(held.data, held.len);
  free(held.data);
  return ok ? EXIT_OK : EXIT_USAGE;
}

static void report_diags(const evg_diags *diags, void *context) {
  (void)context;
  print_diags(diags);
}

/* evgraph extract --jsonl: articles in, events out, one record at a time;
 * a bad record is reported and skipped, and the exit status is then 1. */
static int extract_jsonl(const cli *c) {
  if (c->file_count > 1 || c->anchor || c->extract_format)
    return usage_error("%s", "extract --jsonl takes at most one FILE, and "
                             "each record's \"date\" rather than --anchor "
                             "or --format");
  const char *path = c->file_count ? c->files[0] : "-";
  bool from_stdin = strcmp(path, "-") == 0;
  FILE *in = from_stdin ? stdin : fopen(path, "rb");
  if (!in) {
    fprintf(stderr, "evgraph: cannot read '%s': %s\n", path, strerror(errno));
    return EXIT_USAGE;
  }
  evg_jsonl_counts counts;
  bool ok = evg_extract_jsonl(in, from_stdin ? "<stdin>" : path, c->max_input,
                              stdout, report_diags, NULL, &counts);
  if (!from_stdin)
    fclose(in);
  if (counts.skipped)
    fprintf(stderr, "evgraph: %zu of %zu records skipped for errors\n",
            counts.skipped, counts.records);
  return !ok ? EXIT_USAGE : counts.skipped ? EXIT_INPUT : EXIT_OK;
}

/* evgraph extract: prose in, events (or TimeML, or JSON Lines) out. */
static int extract(const cli *c) {
  if (c->jsonl)
    return extract_jsonl(c);
  if (c->file_count != 1)
    return usage_error("%s", "extract takes exactly one input FILE");
  evg_extract_format format = EVG_EXTRACT_EVENTS;
  if (c->extract_format) {
    if (strcmp(c->extract_format, "timeml") == 0)
      format = EVG_EXTRACT_TIMEML;
    else if (strcmp(c->extract_format, "json") == 0)
      format = EVG_EXTRACT_JSON;
    else if (strcmp(c->extract_format, "events") != 0)
      return usage_error("unknown extract format '%s' (expected events, "
                         "timeml or json)",
                         c->extract_format);
  }
  evg_date anchor;
  if (c->anchor) {
    const char *error = NULL;
    size_t offset = 0;
    if (!evg_date_parse(c->anchor, strlen(c->anchor), &anchor, &error,
                        &offset) ||
        anchor.interval || anchor.from.precision != EVG_PREC_DAY)
      return usage_error("--anchor needs a day, YYYY-MM-DD (got '%s')",
                         c->anchor);
  }
  size_t len = 0;
  char *text = read_input(c->files[0], c->max_input, &len);
  if (!text)
    return EXIT_USAGE;
  const char *name = strcmp(c->files[0], "-") == 0 ? "<stdin>" : c->files[0];
  evg_diags *diags = evg_diags_new(MAX_ERRORS);
  evg_extraction *x = evg_extract(text, len, c->anchor ? &anchor : NULL,
                                  format != EVG_EXTRACT_TIMEML, diags);
  memory_output held;
  FILE *memory = memory_open(&held);
  bool ok =
      memory && evg_write_extraction(x, text, len, name, format, memory, diags);
  if (memory)
    ok &= fclose(memory) == 0;
  print_diags(diags);
  if (ok)
    ok = write_stdout(held.data, held.len);
  free(held.data);
  evg_extraction_free(x);
  evg_diags_free(diags);
  free(text);
  return ok ? EXIT_OK : EXIT_USAGE;
}

/* evgraph merge: the parsed inputs joined, as one events file on standard
 * output or in -o FILE (written whole or not at all). */
static int merge(const cli *c, evg_graph **graphs) {
  evg_diags *diags = evg_diags_new(MAX_ERRORS);
  evg_graph *merged =
      evg_merge((const evg_graph *const *)graphs, c->file_count, diags);
  int status = merged ? EXIT_OK : EXIT_INPUT;
  bool to_stdout = !c->output_given || strcmp(c->output, "-") == 0;
  const char *input = to_stdout ? NULL : same_file_as_input(c, c->output);
  if (merged && input) {
    fprintf(stderr,
            "evgraph: the output %s is the input '%s'; refusing to overwrite "
            "it (choose another -o)\n",
            c->output, input);
    status = EXIT_USAGE;
  } else if (merged && to_stdout) {
    memory_output held;
    FILE *memory = memory_open(&held);
    bool ok = memory && evg_render_events(merged, memory, diags);
    if (memory)
      ok &= fclose(memory) == 0;
    print_diags(diags);
    evg_diags_free(diags);
    diags = NULL;
    if (!ok || !write_stdout(held.data, held.len))
      status = EXIT_USAGE;
    free(held.data);
  } else if (merged) {
    evg_outputs *outputs = evg_outputs_new();
    FILE *out = evg_outputs_open(outputs, c->output, diags);
    if (!out || !evg_render_events(merged, out, diags) ||
        !evg_outputs_commit(outputs, diags))
      status = EXIT_USAGE;
    evg_outputs_free(outputs);
  }
  if (diags)
    print_diags(diags);
  evg_diags_free(diags);
  evg_graph_free(merged);
  return status;
}

static void free_cli(cli *c) {
  free(c->files);
  free((void *)c->filter.actors);
  free((void *)c->filter.tags);
  free((void *)c->render.highlight);
}

/* The highlighted ids that the filters left out of `kept`: each is an
 * error (an id that is no event was reported before filtering). */
static bool highlight_kept(const cli *c, const evg_graph *kept, size_t total,
                           evg_diags *diags) {
  bool ok = true;
  for (size_t k = 0; k < c->render.highlight_count; k++) {
    bool found = false;
    /* a handful of ids: a scan each */
    for (size_t i = 0; i < evg_graph_event_count(kept) && !found; i++)
      found = strcmp(evg_graph_event(kept, i)->id, c->render.highlight[k]) == 0;
    if (!found) {
      evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 1, NULL,
                    "event '%s' (to highlight) is not among the %zu of %zu "
                    "events that the filters keep",
                    c->render.highlight[k], evg_graph_event_count(kept), total);
      ok = false;
    }
  }
  return ok;
}

/* Reads, checks and filters every input into graphs[i] (NULL where it
 * failed), printing each one's diagnostics; all are parsed before anything
 * is written, so any error means nothing is. */
static int load_inputs(const cli *c, evg_graph **graphs) {
  int status = EXIT_OK;
  for (size_t i = 0; i < c->file_count; i++) {
    input_type type = input_type_of(c->files[i]);
    if (type == INPUT_UNKNOWN) {
      fprintf(stderr,
              "evgraph: cannot tell what '%s' holds from its name: inputs "
              "are NAME.events, NAME.csv (a TimelineJS sheet) or NAME.json "
              "(TimelineJS JSON)\n",
              c->files[i]);
      status = EXIT_USAGE;
      continue;
    }
    size_t len = 0;
    char *text = read_input(c->files[i], c->max_input, &len);
    if (!text) {
      status = EXIT_USAGE;
      continue;
    }
    evg_diags *diags = evg_diags_new(MAX_ERRORS);
    const char *name = strcmp(c->files[i], "-") == 0 ? "<stdin>" : c->files[i];
    graphs[i] =
        type == INPUT_CSV    ? evg_parse_timelinejs_csv(text, len, name, diags)
        : type == INPUT_JSON ? evg_parse_timelinejs_json(text, len, name, diags)
        : type == INPUT_JSONL ? evg_parse_extract_jsonl(text, len, name, diags)
                              : evg_parse_events(text, len, name, diags);
    if (graphs[i] && !evg_check_highlight(graphs[i], &c->render, diags)) {
      evg_graph_free(graphs[i]);
      graphs[i] = NULL;
    }
    if (graphs[i] && c->filtering) {
      evg_graph *kept = evg_graph_filter(graphs[i], &c->filter, diags);
      if (kept && evg_graph_event_count(kept) == 0)
        evg_diags_add(diags, EVG_SEV_WARNING, name, 0, 0, 0, NULL,
                      "the filters keep no event of the %zu",
                      evg_graph_event_count(graphs[i]));
      if (kept &&
          !highlight_kept(c, kept, evg_graph_event_count(graphs[i]), diags)) {
        evg_graph_free(kept);
        kept = NULL;
      }
      evg_graph_free(graphs[i]);
      graphs[i] = kept;
    }
    print_diags(diags);
    if (!graphs[i] && status == EXIT_OK)
      status = EXIT_INPUT;
    evg_diags_free(diags);
    free(text);
  }
  return status;
}

typedef struct {
  const char *stem;
  size_t index; /* into cli.files */
} named_input;

static int compare_named_inputs(const void *a, const void *b) {
  const named_input *x = a, *y = b;
  int order = strcmp(x->stem, y->stem);
  return order ? order : (x->index < y->index ? -1 : x->index > y->index);
}

/* Two inputs with one name would write one file twice: says which (the
 * earliest input that repeats an earlier one's name) and returns false.
 * Sorted, not compared pair by pair: thousands of inputs stay fast. */
static bool stems_distinct(const cli *c, char **stems, int first_format) {
  size_t n = c->file_count;
  named_input *sorted = malloc((n ? n : 1) * sizeof *sorted);
  for (size_t i = 0; i < n; i++)
    sorted[i] = (named_input){stems[i], i};
  qsort(sorted, n, sizeof *sorted, compare_named_inputs);
  size_t repeat = n, earlier = 0;
  for (size_t k = 0; k + 1 < n; k++) {
    /* in a run of one name, the second is the first to repeat it */
    bool run_starts = k == 0 || strcmp(sorted[k - 1].stem, sorted[k].stem);
    if (run_starts && strcmp(sorted[k].stem, sorted[k + 1].stem) == 0 &&
        sorted[k + 1].index < repeat) {
      repeat = sorted[k + 1].index;
      earlier = sorted[k].index;
    }
  }
  free(sorted);
  if (repeat == n)
    return true;
  fprintf(stderr, "evgraph: '%s' and '%s' would both write %s/%s.%s\n",
          c->files[earlier], c->files[repeat], c->output, stems[repeat],
          formats[first_format].extension);
  return false;
}

/* evgraph render into -o FILE or -o DIR: every wanted format of every
 * input, all committed at the end or none. */
static int render_files(const cli *c, evg_graph **graphs) {
  evg_diags *diags = evg_diags_new(MAX_ERRORS);
  int status = EXIT_OK;
  int single = single_output_format(c);
  int first_format = 0;
  while (first_format < FORMAT_COUNT && !c->wanted[first_format])
    first_format++;
  char **stems = calloc(c->file_count ? c->file_count : 1, sizeof *stems);
  for (size_t i = 0; i < c->file_count; i++)
    stems[i] = output_stem(c->files[i]);
  if (!stems_distinct(c, stems, first_format))
    status = EXIT_USAGE;
  /* a folder this run made is removed again when the run fails */
  bool made_folder = false;
  if (status == EXIT_OK && single < 0) {
    if (mkdir(c->output, 0777) == 0) {
      made_folder = true;
    } else if (errno != EEXIST) {
      fprintf(stderr, "evgraph: cannot create '%s': %s\n", c->output,
              strerror(errno));
      status = EXIT_USAGE;
    }
  }
  evg_outputs *outputs = evg_outputs_new();
  signal_folder = made_folder ? c->output : NULL;
  signal_outputs = outputs;
  catch_signals();
  for (size_t i = 0; i < c->file_count && status == EXIT_OK; i++) {
    for (int f = 0; f < FORMAT_COUNT && status == EXIT_OK; f++) {
      if (!c->wanted[f])
        continue;
      if (c->deck && (f == SVG || f == PNG || f == PDF)) {
        deck_files files = {c, stems[i], formats[f].extension, outputs, false};
        if (!evg_render_deck(graphs[i], &c->render, formats[f].name,
                             open_deck_file, &files, diags))
          status = EXIT_USAGE;
        continue;
      }
      size_t size = strlen(c->output) + strlen(stems[i]) +
                    strlen(formats[f].extension) + 4;
      char *path = malloc(size);
      if (single >= 0)
        snprintf(path, size, "%s", c->output);
      else
        snprintf(path, size, "%s/%s.%s", c->output, stems[i],
                 formats[f].extension);
      const char *input = same_file_as_input(c, path);
      if (input) {
        fprintf(stderr,
                "evgraph: the output %s is the input '%s'; refusing to "
                "overwrite it (choose another -o)\n",
                path, input);
        status = EXIT_USAGE;
        free(path);
        break;
      }
      hold_signals(true);
      FILE *out = evg_outputs_open(outputs, path, diags);
      hold_signals(false);
      if (!out ||
          !render_last_format(&graphs[i], c, f, last_wanted(c, f), out, diags))
        status = EXIT_USAGE;
      free(path);
    }
  }
  hold_signals(true);
  if (status == EXIT_OK && !evg_outputs_commit(outputs, diags))
    status = EXIT_USAGE;
  evg_outputs_free(outputs);
  signal_outputs = NULL;
  signal_folder = NULL;
  hold_signals(false);
  if (status != EXIT_OK && made_folder)
    rmdir(c->output); /* only when empty: nothing of ours is in it */
  print_diags(diags);
  evg_diags_free(diags);
  for (size_t i = 0; i < c->file_count; i++)
    free(stems[i]);
  free(stems);
  return status;
}

int main(int argc, char **argv) {
  cli c = {0};
  c.filter.depth = 1;
  c.max_input = (size_t)MAX_INPUT_MIB << 20;
  int rc = parse_args(&c, argc, argv);
  if (rc) {
    free_cli(&c);
    return rc;
  }
  if (strcmp(c.command, "extract") == 0) {
    rc = extract(&c);
    free_cli(&c);
    return rc;
  }
  bool to_stdout = strcmp(c.output, "-") == 0;
  if (c.deck && (to_stdout || single_output_format(&c) >= 0) &&
      (c.wanted[SVG] || c.wanted[PNG] || c.wanted[PDF])) {
    free_cli(&c);
    return usage_error("%s", "--deck writes a file per slide: give a folder "
                             "with -o DIR");
  }
  if (to_stdout && c.file_count != 1 && strcmp(c.command, "merge") != 0) {
    free_cli(&c);
    return usage_error("%s", "'-o -' takes exactly one input FILE");
  }
  evg_graph **graphs = calloc(c.file_count ? c.file_count : 1, sizeof *graphs);
  int status = load_inputs(&c, graphs);
  note_input_identities(&c);
  if (status == EXIT_OK && strcmp(c.command, "merge") == 0)
    status = merge(&c, graphs);
  if (status == EXIT_OK && strcmp(c.command, "render") == 0) {
    if (to_stdout) {
      evg_diags *diags = evg_diags_new(MAX_ERRORS);
      status = render_to_stdout(&graphs[0], &c, diags);
      evg_diags_free(diags);
    } else {
      status = render_files(&c, graphs);
    }
  }
  for (size_t i = 0; i < c.file_count; i++)
    evg_graph_free(graphs[i]);
  free(graphs);
  free(input_identities);
  free_cli(&c);
  evg_render_cleanup();
  return status;
}
