/* render_image.c: lays out and renders a built picture with gvc (svg, png
 * or pdf), in a child process with a time limit, or the slides of a deck
 * (svg and png: a file per slide; pdf: one page per slide, through cairo's
 * PDF surface); and the geometry of a laid-out picture, for the GEXF and
 * yEd writers.  The pictures themselves are built in picture_graph.c,
 * picture_timeline.c and picture_deck.c. */
#define _POSIX_C_SOURCE 200809L /* fork, pipe, strsignal, open_memstream */
#include "picture.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <errno.h>
#include <graphviz/gvc.h>
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#include <unistd.h>

/* One gvc context for the process: Graphviz 2.42's pango plugin keeps a
 * font name from the first context's text cache, and a second context
 * after gvFreeContext reads that freed memory (valgrind shows it). */
static GVC_t *context;

static GVC_t *shared_context(void) {
  if (!context)
    context = gvContext();
  return context;
}

void evg_render_cleanup(void) {
  if (context)
    gvFreeContext(context);
  context = NULL;
  evg_font_coverage_cleanup();
}

/* The geometry of a laid-out picture, one line per event box: "E id x y w
 * h" (the centre, y down from the top left, in points), after a line "B w
 * h" for the whole drawing.  Event boxes are found by their SVG id
 * ("event-ID"), which both layouts give them. */
static bool write_geometry(Agraph_t *picture, FILE *out) {
  boxf bb = GD_bb(picture);
  fprintf(out, "B %.2f %.2f\n", bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);
  for (Agnode_t *n = agfstnode(picture); n; n = agnxtnode(picture, n)) {
    const char *id = agget(n, (char *)"id");
    if (!id || strncmp(id, "event-", 6) != 0)
      continue;
    fprintf(out, "E %s %.2f %.2f %.2f %.2f\n", id + 6, ND_coord(n).x - bb.LL.x,
            bb.UR.y - ND_coord(n).y, ND_width(n) * 72.0, ND_height(n) * 72.0);
  }
  return !ferror(out);
}

/* The kinds of picture, by options->layout (NULL: the first). */
static const evg_picture_kind picture_kinds[] = {
    {"graph", "nop2", EVG_DRAWING_EVENTS_MAX,
     "use --layout timeline (up to 50000), or ", evg_build_graph_picture},
    {"timeline", "nop2", EVG_TIMELINE_EVENTS_MAX, "", evg_build_timeline},
};

static const evg_picture_kind *picture_kind_named(const char *layout) {
  if (!layout)
    return &picture_kinds[0];
  for (size_t k = 0; k < sizeof picture_kinds / sizeof picture_kinds[0]; k++)
    if (strcmp(layout, picture_kinds[k].layout) == 0)
      return &picture_kinds[k];
  return NULL;
}

void evg_picture_measure(GVC_t *gvc, Agraph_t *labels, Agnode_t *const *nodes,
                         size_t count, evg_size *sizes) {
  if (gvLayout(gvc, labels, "nop2") != 0)
    return;
  for (size_t i = 0; i < count; i++) {
    sizes[i].width = ND_width(nodes[i]) * 72.0;
    sizes[i].height = ND_height(nodes[i]) * 72.0;
  }
  gvFreeLayout(gvc, labels);
}

/* The graph attribute that carries a builder's warning to draw(). */
#define WARNING_ATTRIBUTE "evg_warning"

void evg_picture_warn(Agraph_t *picture, const char *message) {
  evg_ag_declare(picture, AGRAPH, WARNING_ATTRIBUTE, "");
  evg_ag_set(picture, WARNING_ATTRIBUTE, message);
}

static void take_warning(Agraph_t *picture, evg_diags *diags) {
  const char *message = agget(picture, (char *)WARNING_ATTRIBUTE);
  if (message && *message)
    evg_diags_add(diags, EVG_SEV_WARNING, NULL, 0, 0, 0, NULL, "%s", message);
}

/* A picture to draw, as the options ask for it. */
typedef struct {
  const char *title;
  const evg_theme *theme;
  const evg_picture_kind *kind;
  unsigned int seconds; /* the layout's time limit */
  bool deck;            /* the slides of a deck (evg_render_deck) */
} picture_request;

/* Reads the options into `request`; false, with an error in `diags`, for
 * an unknown theme or layout, or more events than the layout draws. */
static bool read_request(const evg_graph *g, const evg_render_options *options,
                         const char *format, picture_request *request,
                         evg_diags *diags) {
  request->title =
      options && options->title ? options->title : evg_graph_title(g);
  request->theme = evg_theme_named(options ? options->theme : NULL);
  if (!request->theme) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "unknown theme '%s' (expected light, dark or print)",
                  options->theme);
    return false;
  }
  request->kind = picture_kind_named(request->deck ? "timeline"
                                     : options     ? options->layout
                                                   : NULL);
  if (!request->kind) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "unknown layout '%s' (expected graph or timeline)",
                  options->layout);
    return false;
  }
  size_t events = evg_graph_event_count(g);
  if (events > request->kind->events_max) {
    /* refused up front: the layout would run out its time, not finish */
    evg_diags_add(
        diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
        "%s: %zu events are more than the %s layout draws (at most %zu); %s"
        "keep fewer with --from/--to, --actor, --tag or --focus",
        format, events, request->kind->layout, request->kind->events_max,
        request->kind->too_many_hint);
    return false;
  }
  if (!evg_check_highlight(g, options, diags))
    return false;
  request->seconds = options && options->layout_seconds
                         ? options->layout_seconds
                         : EVG_LAYOUT_SECONDS;
  return true;
}

/* Lays out and renders in this process; the format GEOMETRY_FORMAT writes
 * the geometry instead of a picture. */
static const char GEOMETRY_FORMAT[] = "geometry";

static cairo_status_t write_pdf(void *out, const unsigned char *data,
                                unsigned int length) {
  return fwrite(data, 1, length, out) == length ? CAIRO_STATUS_SUCCESS
                                                : CAIRO_STATUS_WRITE_ERROR;
}

/* One slide laid out and drawn: as a page of `pdf`, or framed into `out`
 * as "slide K COUNT BYTES\n" and the bytes. */
static bool draw_slide(GVC_t *gvc, Agraph_t *picture, const char *format,
                       cairo_surface_t *pdf, double width, double height,
                       size_t k, size_t count, FILE *out, evg_diags *diags) {
  if (gvLayout(gvc, picture, "nop2") != 0) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "%s: Graphviz's nop2 layout failed on slide %zu", format,
                  k + 1);
    return false;
  }
  bool ok = true;
  if (pdf) {
    /* Graphviz's PDF device finishes its surface after one page: it gets
     * a sub-surface of the deck's, whose finishing leaves the deck open */
    cairo_surface_t *page =
        cairo_surface_create_for_rectangle(pdf, 0, 0, width, height);
    cairo_t *cr = cairo_create(page);
    ok = gvRenderContext(gvc, picture, "pdf:cairo", cr) == 0 &&
         cairo_status(cr) == CAIRO_STATUS_SUCCESS;
    cairo_destroy(cr);
    cairo_surface_destroy(page);
    cairo_surface_show_page(pdf);
  } else {
    char *data = NULL;
    unsigned int length = 0;
    ok = gvRenderData(gvc, picture, format, &data, &length) == 0;
    if (ok)
      ok = fprintf(out, "slide %zu %zu %u\n", k + 1, count, length) > 0 &&
           fwrite(data, 1, length, out) == length;
    gvFreeRenderData(data);
  }
  if (!ok)
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "%s: Graphviz could not render slide %zu", format, k + 1);
  gvFreeLayout(gvc, picture);
  return ok;
}

/* The slides of a deck, one after the other; a PDF is framed whole as
 * "deck 0 COUNT BYTES\n" and the bytes. */
static bool draw_deck(const evg_graph *g, const evg_render_options *options,
                      const picture_request *request, const char *format,
                      FILE *out, evg_diags *diags) {
  GVC_t *gvc = shared_context();
  evg_deck *deck =
      evg_deck_plan(g, options, request->title, request->theme, gvc);
  size_t count = evg_deck_slide_count(deck);
  double width = (options && options->width ? options->width : 1920) * 0.75;
  double height = (options && options->height ? options->height : 1080) * 0.75;
  bool pdf_wanted = strcmp(format, "pdf") == 0;
  char *pdf_data = NULL;
  size_t pdf_size = 0;
  FILE *pdf_out = pdf_wanted ? open_memstream(&pdf_data, &pdf_size) : NULL;
  cairo_surface_t *pdf = NULL;
  bool ok = !pdf_wanted || pdf_out;
  if (ok && pdf_wanted) {
    pdf =
        cairo_pdf_surface_create_for_stream(write_pdf, pdf_out, width, height);
    cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_TITLE,
                                   request->title ? request->title : "");
    cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_CREATOR,
                                   "evgraph " EVG_VERSION);
    /* no creation time: the same input gives the same bytes (cairo 1.16
     * leaves the date out when it is set to too short a text) */
    cairo_pdf_surface_set_metadata(pdf, CAIRO_PDF_METADATA_CREATE_DATE, "");
  }
  for (size_t k = 0; ok && k < count; k++) {
    Agraph_t *picture = evg_deck_build(deck, k, gvc);
    take_warning(picture, diags);
    ok = draw_slide(gvc, picture, format, pdf, width, height, k, count, out,
                    diags);
    agclose(picture);
  }
  if (pdf) {
    cairo_surface_finish(pdf);
    if (cairo_surface_status(pdf) != CAIRO_STATUS_SUCCESS && ok) {
      evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                    "pdf: cairo could not write the deck: %s",
                    cairo_status_to_string(cairo_surface_status(pdf)));
      ok = false;
    }
    cairo_surface_destroy(pdf);
  }
  if (pdf_out) {
    ok &= fclose(pdf_out) == 0;
    if (ok)
      ok = fprintf(out, "deck 0 %zu %zu\n", count, pdf_size) > 0 &&
           fwrite(pdf_data, 1, pdf_size, out) == pdf_size;
    free(pdf_data);
  }
  evg_deck_free(deck);
  return ok;
}

static bool draw(const evg_graph *g, const evg_render_options *options,
                 const picture_request *request, const char *format, FILE *out,
                 evg_diags *diags) {
  evg_ag_errors_begin(diags);
  if (request->deck) {
    bool ok = draw_deck(g, options, request, format, out, diags);
    if (evg_ag_errors_end() > 0 && ok) {
      evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                    "%s: Graphviz reported errors while drawing", format);
      ok = false;
    }
    return ok;
  }
  GVC_t *gvc = shared_context();
  /* the builder's warnings are about the slide: the geometry that the
   * GEXF and yEd writers take is no slide */
  evg_diags *slide_diags = format == GEOMETRY_FORMAT ? evg_diags_new(0) : diags;
  Agraph_t *picture = request->kind->build(g, options, request->title,
                                           request->theme, gvc, slide_diags);
  if (slide_diags != diags)
    evg_diags_free(slide_diags);
  if (format != GEOMETRY_FORMAT) /* positions only: no text is read there */
    take_warning(picture, diags);
  const char *engine = request->kind->engine;
  bool ok = gvLayout(gvc, picture, engine) == 0;
  if (!ok)
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "%s: Graphviz's %s layout failed (are Graphviz's layout "
                  "plugins installed? .ci/deps run installs them)",
                  format, engine);
  if (ok && format == GEOMETRY_FORMAT) {
    if (!write_geometry(picture, out)) {
      evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                    "layout: cannot pass the geometry on");
      ok = false;
    }
    gvFreeLayout(gvc, picture);
  } else if (ok) {
    if (gvRender(gvc, picture, format, out) != 0) {
      evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                    "%s: Graphviz could not render this format", format);
      ok = false;
    }
    gvFreeLayout(gvc, picture);
  }
  agclose(picture);
  int errors = evg_ag_errors_end();
  /* A malformed HTML label does not fail the layout; its error does. */
  if (ok && errors > 0) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "%s: Graphviz reported errors while drawing", format);
    ok = false;
  }
  return ok;
}

/* Copies everything readable from fd to out (out may be NULL). */
static bool drain(int fd, FILE *out) {
  char buffer[65536];
  bool ok = true;
  for (;;) {
    ssize_t n = read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0)
      return ok && n == 0;
    if (out && fwrite(buffer, 1, (size_t)n, out) != (size_t)n)
      ok = false;
  }
}

/* The layout child: draws into data_fd, sends its diagnostics through
 * message_fd, one per line (severity letter, then the message), and
 * ends: status 0 when the drawing is complete. */
static void child_draw(const evg_graph *g, const evg_render_options *options,
                       const picture_request *request, const char *format,
                       pid_t parent, int data_fd, int message_fd) {
#ifdef __linux__
  /* a caller stopped by a signal takes its layout with it */
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != parent)
    _exit(3);
#else
  (void)parent;
#endif
  alarm(request->seconds);
  evg_diags *found = evg_diags_new(0);
  FILE *drawing = fdopen(data_fd, "wb");
  bool ok = drawing && draw(g, options, request, format, drawing, found);
  if (drawing)
    ok &= fclose(drawing) == 0;
  evg_render_cleanup();
  FILE *report = fdopen(message_fd, "w");
  for (size_t i = 0; report && i < evg_diags_count(found); i++) {
    const evg_diag *d = evg_diags_get(found, i);
    fprintf(report, "%c%s\n", d->severity == EVG_SEV_ERROR ? 'E' : 'W',
            d->message);
  }
  if (report)
    fclose(report);
  evg_diags_free(found);
  _exit(ok ? 0 : 3);
}

/* Whether `diags` holds this warning already: the pictures of one graph in
 * several formats give the same warnings once. */
static bool already_warned(const evg_diags *diags, const char *message) {
  for (size_t i = 0; i < evg_diags_count(diags); i++) {
    const evg_diag *d = evg_diags_get(diags, i);
    if (d->severity == EVG_SEV_WARNING && !d->file &&
        strcmp(d->message, message) == 0)
      return true;
  }
  return false;
}

/* Adds the child's diagnostics, read from fd to its end, to `diags`;
 * a warning already there is not added again. */
static void collect_messages(int fd, evg_diags *diags) {
  char *text = NULL;
  size_t size = 0;
  FILE *collected = open_memstream(&text, &size);
  drain(fd, collected);
  if (collected)
    fclose(collected);
  for (char *line = text; line && *line;) {
    char *end = strchr(line, '\n');
    if (end)
      *end = '\0';
    if (line[0] == 'E' || !already_warned(diags, line + 1))
      evg_diags_add(diags, line[0] == 'E' ? EVG_SEV_ERROR : EVG_SEV_WARNING,
                    NULL, 0, 0, 0, NULL, "%s", line + 1);
    line = end ? end + 1 : line + strlen(line);
  }
  free(text);
}

/* Waits for the child; true when it ended with status 0.  A crash, the
 * time limit or a failed wait is an error in `diags`. */
static bool child_succeeded(pid_t child, const evg_graph *g,
                            const picture_request *request, const char *format,
                            evg_diags *diags) {
  int status = 0;
  pid_t waited;
  while ((waited = waitpid(child, &status, 0)) < 0 && errno == EINTR)
    ;
  if (waited != child) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "%s: cannot learn how the layout ended: %s", format,
                  strerror(errno));
    return false;
  }
  if (WIFSIGNALED(status)) {
    int sig = WTERMSIG(status);
    if (sig == SIGALRM)
      evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                    "%s: Graphviz's %s layout ran past %u seconds and was "
                    "stopped (%zu events; DOT and GraphML do not need it)",
                    format, request->kind->engine, request->seconds,
                    evg_graph_event_count(g));
    else
      evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                    "%s: Graphviz's %s layout crashed (%s); nothing was "
                    "written",
                    format, request->kind->engine, strsignal(sig));
    return false;
  }
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

/* Graphviz 2.43's layouts can abort or loop on some graphs (the notes
 * list the triggers we know; the pictures avoid them).  So the layout runs
 * in a child process with a time limit: a crash or a hang becomes an error
 * message, and the caller's all-or-nothing output stays intact.  The child
 * sends the drawing through one pipe and its diagnostics through another. */
static bool draw_in_child(const evg_graph *g, const evg_render_options *options,
                          const char *format, bool deck, FILE *out,
                          evg_diags *diags) {
  picture_request request;
  request.deck = deck;
  if (!read_request(g, options, format, &request, diags))
    return false;
  int data[2], messages[2];
  if (pipe(data) != 0) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "%s: cannot start the layout: %s", format, strerror(errno));
    return false;
  }
  if (pipe(messages) != 0) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "%s: cannot start the layout: %s", format, strerror(errno));
    close(data[0]);
    close(data[1]);
    return false;
  }
  fflush(NULL);
  pid_t parent = getpid();
  pid_t child = fork();
  if (child < 0) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "%s: cannot start the layout: %s", format, strerror(errno));
    close(data[0]), close(data[1]), close(messages[0]), close(messages[1]);
    return false;
  }
  if (child == 0) {
    close(data[0]);
    close(messages[0]);
    child_draw(g, options, &request, format, parent, data[1], messages[1]);
  }
  close(data[1]);
  close(messages[1]);
  /* the drawing is kept until the child has ended well: a crash must not
   * leave half a picture in the caller's stream */
  char *drawing = NULL;
  size_t drawing_size = 0;
  FILE *held = open_memstream(&drawing, &drawing_size);
  bool ok = held && drain(data[0], held);
  if (held)
    ok &= fclose(held) == 0;
  close(data[0]);
  collect_messages(messages[0], diags);
  close(messages[0]);
  ok = child_succeeded(child, g, &request, format, diags) && ok;
  if (ok && (fwrite(drawing, 1, drawing_size, out) != drawing_size ||
             fflush(out) != 0)) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "%s: cannot write the picture: %s", format,
                  strerror(errno ? errno : EIO));
    ok = false;
  }
  free(drawing);
  return ok;
}

bool evg_check_highlight(const evg_graph *g, const evg_render_options *options,
                         evg_diags *diags) {
  if (!options || options->highlight_count == 0)
    return true;
  evg_map ids = {0};
  for (size_t i = 0; i < evg_graph_event_count(g); i++)
    evg_map_put(&ids, evg_graph_event(g, i)->id, i);
  evg_map actors = {0};
  for (size_t a = 0; a < evg_graph_actor_count(g); a++)
    evg_map_put(&actors, evg_graph_actor(g, a)->id, a);
  bool ok = true;
  for (size_t k = 0; k < options->highlight_count; k++) {
    const char *id = options->highlight[k] ? options->highlight[k] : "";
    size_t index;
    if (evg_map_get(&ids, id, &index))
      continue;
    if (evg_map_get(&actors, id, &index))
      evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 1, NULL,
                    "'%s' is an actor, not an event: only events are "
                    "highlighted",
                    id);
    else
      evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 1, NULL,
                    "unknown event '%s' (to highlight)", id);
    ok = false;
  }
  evg_map_free(&ids);
  evg_map_free(&actors);
  return ok;
}

bool evg_render_image(const evg_graph *g, const evg_render_options *options,
                      const char *format, FILE *out, evg_diags *diags) {
  if (strcmp(format, "svg") != 0 && strcmp(format, "png") != 0 &&
      strcmp(format, "pdf") != 0) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "unknown image format '%s' (expected svg, png or pdf)",
                  format);
    return false;
  }
  /* text only: done here, before the layout, once for every format */
  evg_check_fonts(
      g, options,
      options && options->title ? options->title : evg_graph_title(g), diags);
  return draw_in_child(g, options, format, false, out, diags);
}

/* Hands each framed output of the deck's child to the caller's stream. */
static bool hand_out(const char *data, size_t size, evg_deck_opener open,
                     void *caller, evg_diags *diags) {
  size_t at = 0;
  while (at < size) {
    char kind[8];
    size_t slide, count, length;
    int used = 0;
    const char *end = memchr(data + at, '\n', size - at);
    if (!end ||
        sscanf(data + at, "%7s %zu %zu %zu%n", kind, &slide, &count, &length,
               &used) != 4 ||
        length > size - (size_t)(end + 1 - data)) {
      evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                    "deck: the slides came back garbled");
      return false;
    }
    at = (size_t)(end + 1 - data);
    FILE *out = open(caller, slide, count, diags);
    if (!out)
      return false;
    if (fwrite(data + at, 1, length, out) != length || fflush(out) != 0) {
      evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                    "deck: cannot write slide %zu: %s", slide,
                    strerror(errno ? errno : EIO));
      return false;
    }
    at += length;
  }
  return true;
}

bool evg_render_deck(const evg_graph *g, const evg_render_options *options,
                     const char *format, evg_deck_opener open, void *caller,
                     evg_diags *diags) {
  if (strcmp(format, "svg") != 0 && strcmp(format, "png") != 0 &&
      strcmp(format, "pdf") != 0) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "unknown image format '%s' (expected svg, png or pdf)",
                  format);
    return false;
  }
  if (options && options->layout && strcmp(options->layout, "timeline") != 0) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "a deck is drawn in the timeline layout, not '%s' (use "
                  "--layout timeline)",
                  options->layout);
    return false;
  }
  evg_check_fonts(
      g, options,
      options && options->title ? options->title : evg_graph_title(g), diags);
  char *data = NULL;
  size_t size = 0;
  FILE *memory = open_memstream(&data, &size);
  bool ok = memory && draw_in_child(g, options, format, true, memory, diags);
  if (memory)
    ok &= fclose(memory) == 0;
  ok = ok && hand_out(data, size, open, caller, diags);
  free(data);
  return ok;
}

/* Actors are not drawn in the pictures: they go in a row under the drawing,
 * each near the middle of its events, in that order, packed so that no two
 * overlap.  A box's width follows its name (about 7.5 points a character at
 * the 14-point size of the pictures). */
typedef struct {
  double x;
  size_t item; /* the actor or period it places */
} row_slot;

static int by_slot_x(const void *a, const void *b) {
  const row_slot *p = a, *q = b;
  if (p->x != q->x)
    return p->x < q->x ? -1 : 1;
  return p->item < q->item ? -1 : p->item > q->item;
}

#define ROW_GAP 12
#define ROW_HEIGHT 30

/* Packs one row of boxes at `top`, in the order of `slots`: each at its
 * wanted left edge, or right after the box before it, so that no two
 * overlap.  Boxes are written by item (slots[k].item).  Returns the
 * row's right edge. */
static double pack_row(const row_slot *slots, size_t n, const double *want_left,
                       const double *width, double top, evg_box *boxes) {
  double right = 0;
  for (size_t k = 0; k < n; k++) {
    size_t item = slots[k].item;
    double w = width[item], left = want_left[item];
    if (k > 0 && left < right + ROW_GAP)
      left = right + ROW_GAP;
    if (left < 0)
      left = 0;
    boxes[item] = (evg_box){left + w / 2, top + ROW_HEIGHT / 2, w, ROW_HEIGHT};
    right = left + w;
  }
  return right;
}

static void place_actors(const evg_graph *g, evg_geometry *geo) {
  size_t actors = evg_graph_actor_count(g);
  if (actors == 0)
    return;
  double *sum = evg_xcalloc(actors, sizeof *sum);
  size_t *count = evg_xcalloc(actors, sizeof *count);
  for (size_t i = 0; i < evg_graph_edge_count(g); i++) {
    const evg_edge *e = evg_graph_edge(g, i);
    if (e->relation != EVG_REL_INVOLVES || !geo->placed[e->from])
      continue;
    sum[e->to] += geo->events[e->from].x;
    count[e->to]++;
  }
  row_slot *slots = evg_xmalloc(actors * sizeof *slots);
  for (size_t a = 0; a < actors; a++) {
    slots[a].item = a;
    slots[a].x = count[a] ? sum[a] / (double)count[a] : geo->width / 2;
  }
  qsort(slots, actors, sizeof *slots, by_slot_x);
  /* each box centred under its events: its left edge is half a width
   * before that */
  double *want_left = evg_xmalloc(actors * sizeof *want_left);
  double *width = evg_xmalloc(actors * sizeof *width);
  for (size_t k = 0; k < actors; k++) {
    const evg_actor *a = evg_graph_actor(g, slots[k].item);
    const char *name = a->name ? a->name : a->id;
    double w = 7.5 * (double)evg_utf8_count(name, strlen(name)) + 24;
    width[slots[k].item] = w < 60 ? 60 : w;
    want_left[slots[k].item] = slots[k].x - width[slots[k].item] / 2;
  }
  double top = geo->height + 48;
  double right = pack_row(slots, actors, want_left, width, top, geo->actors);
  if (right > geo->width)
    geo->width = right;
  geo->height = top + ROW_HEIGHT;
  free(want_left);
  free(width);
  free(slots);
  free(sum);
  free(count);
}

bool evg_layout_geometry(const evg_graph *g, const evg_render_options *options,
                         evg_geometry *geo, evg_diags *diags) {
  memset(geo, 0, sizeof *geo);
  char *text = NULL;
  size_t size = 0;
  FILE *memory = open_memstream(&text, &size);
  if (!memory) {
    evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                  "layout: out of memory");
    return false;
  }
  bool ok = draw_in_child(g, options, GEOMETRY_FORMAT, false, memory, diags);
  ok &= fclose(memory) == 0;
  size_t events = evg_graph_event_count(g);
  geo->events = evg_xcalloc(events ? events : 1, sizeof *geo->events);
  geo->placed = evg_xcalloc(events ? events : 1, sizeof *geo->placed);
  geo->actors = evg_xcalloc(evg_graph_actor_count(g) + 1, sizeof *geo->actors);
  evg_map ids = {0};
  for (size_t i = 0; i < events; i++)
    evg_map_put(&ids, evg_graph_event(g, i)->id, i);
  for (char *line = text; ok && line && *line;) {
    char *end = strchr(line, '\n');
    if (end)
      *end = '\0';
    char id[256];
    double x, y, w, h;
    size_t index;
    if (line[0] == 'B') {
      ok = sscanf(line, "B %lf %lf", &geo->width, &geo->height) == 2;
    } else if (sscanf(line, "E %255s %lf %lf %lf %lf", id, &x, &y, &w, &h) ==
                   5 &&
               evg_map_get(&ids, id, &index)) {
      geo->events[index] = (evg_box){x, y, w, h};
      geo->placed[index] = true;
    } else {
      ok = false;
    }
    line = end ? end + 1 : line + strlen(line);
  }
  evg_map_free(&ids);
  free(text);
  for (size_t i = 0; ok && i < events; i++)
    if (!geo->placed[i]) {
      evg_diags_add(diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                    "layout: the event '%s' was not placed",
                    evg_graph_event(g, i)->id);
      ok = false;
    }
  if (!ok) {
    evg_geometry_free(geo);
    return false;
  }
  place_actors(g, geo);
  evg_geometry_place_periods(g, geo);
  return true;
}

void evg_geometry_place_periods(const evg_graph *g, evg_geometry *geo) {
  size_t periods = evg_graph_period_count(g);
  geo->periods = evg_xcalloc(periods + 1, sizeof *geo->periods);
  if (periods == 0)
    return;
  /* each period over the events it holds: from the leftmost box's left
   * edge to the rightmost's right edge, or in the middle when it holds
   * none; one row, packed like the actors'.  The events a period holds are
   * a run of the chronological order (by first day), found by binary
   * search; a segment tree over that order gives each run's leftmost and
   * rightmost edge: (events + periods) x log(events), never their product
   * (a yEd grid may hold a million events). */
  double *left = evg_xmalloc(periods * sizeof *left);
  double *right = evg_xmalloc(periods * sizeof *right);
  row_slot *slots = evg_xmalloc(periods * sizeof *slots);
  size_t n = evg_graph_event_count(g);
  double *low = evg_xmalloc((2 * n + 1) * sizeof *low);
  double *high = evg_xmalloc((2 * n + 1) * sizeof *high);
  for (size_t r = 0; r < n; r++) {
    size_t i = evg_graph_event_by_rank(g, r);
    const evg_box *box = &geo->events[i];
    low[n + r] = geo->placed[i] ? box->x - box->width / 2 : INFINITY;
    high[n + r] = geo->placed[i] ? box->x + box->width / 2 : -INFINITY;
  }
  for (size_t k = n; k-- > 1;) {
    low[k] = fmin(low[2 * k], low[2 * k + 1]);
    high[k] = fmax(high[2 * k], high[2 * k + 1]);
  }
  for (size_t p = 0; p < periods; p++) {
    evg_date span = evg_period_span(evg_graph_period(g, p));
    /* ranks [from, to): first day on or after the start, and on or before
     * the end (events are ordered by their first day) */
    size_t from = 0, to = n;
    for (size_t a = 0, b = n; a < b;) {
      size_t mid = a + (b - a) / 2;
      if (evg_graph_event(g, evg_graph_event_by_rank(g, mid))->date.start <
          span.start)
        a = mid + 1;
      else
        b = mid;
      from = a;
    }
    if (evg_date_has_end(&span)) {
      size_t a = from, b = n;
      while (a < b) {
        size_t mid = a + (b - a) / 2;
        if (evg_graph_event(g, evg_graph_event_by_rank(g, mid))->date.start <=
            span.end)
          a = mid + 1;
        else
          b = mid;
      }
      to = a;
    }
    left[p] = INFINITY, right[p] = -INFINITY;
    for (size_t a = from + n, b = to + n; a < b; a /= 2, b /= 2) {
      if (a & 1) {
        left[p] = fmin(left[p], low[a]);
        right[p] = fmax(right[p], high[a]);
        a++;
      }
      if (b & 1) {
        b--;
        left[p] = fmin(left[p], low[b]);
        right[p] = fmax(right[p], high[b]);
      }
    }
  }
  free(low);
  free(high);
  /* each box from the left edge of its events (in the middle when it holds
   * none), at least as wide as its events and its label */
  double *width = evg_xmalloc(periods * sizeof *width);
  for (size_t p = 0; p < periods; p++) {
    const char *label = evg_graph_period(g, p)->label;
    width[p] = 7.5 * (double)evg_utf8_count(label, strlen(label)) + 24;
    if (right[p] - left[p] > width[p])
      width[p] = right[p] - left[p];
    if (right[p] < left[p])
      left[p] = geo->width / 2;
    slots[p].item = p;
    slots[p].x = left[p];
  }
  qsort(slots, periods, sizeof *slots, by_slot_x);
  double top = geo->height + 24;
  double end = pack_row(slots, periods, left, width, top, geo->periods);
  if (end > geo->width)
    geo->width = end;
  geo->height = top + ROW_HEIGHT;
  free(width);
  free(slots);
  free(right);
  free(left);
}

void evg_geometry_free(evg_geometry *geo) {
  free(geo->events);
  free(geo->actors);
  free(geo->periods);
  free(geo->placed);
  memset(geo, 0, sizeof *geo);
}
