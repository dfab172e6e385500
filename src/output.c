/* output.c: output files written beside their targets, renamed together. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
  char *target;
  char *temporary;
  char *backup; /* the old target, kept until all renames succeed */
  FILE *stream;
  bool in_place; /* a device, pipe or socket, written where it is */
} pending_file;

struct evg_outputs {
  pending_file *files;
  size_t count, cap;
};

evg_outputs *evg_outputs_new(void) {
  return evg_xcalloc(1, sizeof(evg_outputs));
}

static void add_file(evg_outputs *o, pending_file f) {
  if (o->count == o->cap) {
    o->cap = o->cap ? o->cap * 2 : 4;
    o->files = evg_xrealloc(o->files, o->cap * sizeof *o->files);
  }
  o->files[o->count++] = f;
}

/* /dev/null, a named pipe or a socket: renaming a file over it would put a
 * plain file in the device's place (as root, for the whole system), and
 * there is nothing to keep whole, so it is written where it is. */
static FILE *open_in_place(evg_outputs *o, const char *path, evg_diags *diags) {
  FILE *stream = fopen(path, "wb");
  if (!stream) {
    evg_diags_add(diags, EVG_SEV_ERROR, path, 0, 0, 0, NULL, "cannot open: %s",
                  strerror(errno));
    return NULL;
  }
  add_file(o, (pending_file){evg_xstrndup(path, strlen(path)), NULL, NULL,
                             stream, true});
  return stream;
}

FILE *evg_outputs_open(evg_outputs *o, const char *given, evg_diags *diags) {
  struct stat info;
  if (stat(given, &info) == 0 && !S_ISREG(info.st_mode) &&
      !S_ISDIR(info.st_mode))
    return open_in_place(o, given, diags);
  /* A link to a file: the file it names is replaced, the link kept. */
  char *resolved = NULL;
  if (lstat(given, &info) == 0 && S_ISLNK(info.st_mode))
    resolved = realpath(given, NULL);
  const char *path = resolved ? resolved : given;
  size_t len = strlen(path);
  const char *slash = strrchr(path, '/');
  size_t dir_len = slash ? (size_t)(slash - path) + 1 : 0;
  /* A hidden name in the same folder: rename() is atomic only within one
   * file system. */
  char *temporary = evg_xmalloc(len + 32);
  snprintf(temporary, len + 32, "%.*s.%s.tmp-XXXXXX", (int)dir_len, path,
           path + dir_len);
  int fd = mkstemp(temporary);
  if (fd < 0) {
    evg_diags_add(diags, EVG_SEV_ERROR, path, 0, 0, 0, NULL,
                  "cannot create a file in its folder: %s", strerror(errno));
    free(temporary);
    free(resolved);
    return NULL;
  }
  /* mkstemp makes the file private; give it the usual mode. */
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  FILE *stream = fdopen(fd, "wb");
  if (!stream) {
    evg_diags_add(diags, EVG_SEV_ERROR, path, 0, 0, 0, NULL, "cannot open: %s",
                  strerror(errno));
    close(fd);
    unlink(temporary);
    free(temporary);
    free(resolved);
    return NULL;
  }
  add_file(o, (pending_file){evg_xstrndup(path, len), temporary, NULL, stream,
                             false});
  free(resolved);
  return stream;
}

static void discard(evg_outputs *o) {
  for (size_t i = 0; i < o->count; i++) {
    if (o->files[i].stream)
      fclose(o->files[i].stream);
    o->files[i].stream = NULL;
    if (o->files[i].temporary)
      unlink(o->files[i].temporary);
  }
}

/* Renames every temporary file into place.  A target that exists is kept
 * under a backup name first, so that when a later rename fails the earlier
 * ones can be undone and the folder is left as it was. */
static bool replace_all(evg_outputs *o, evg_diags *diags) {
  size_t done = 0;
  bool ok = true;
  for (; done < o->count; done++) {
    pending_file *f = &o->files[done];
    if (f->in_place)
      continue;
    f->backup = evg_xmalloc(strlen(f->temporary) + 8);
    sprintf(f->backup, "%s.old", f->temporary);
    struct stat info;
    bool exists = lstat(f->target, &info) == 0;
    if (exists && S_ISDIR(info.st_mode)) {
      evg_diags_add(diags, EVG_SEV_ERROR, f->target, 0, 0, 0, NULL,
                    "cannot replace: %s", strerror(EISDIR));
      free(f->backup);
      f->backup = NULL;
      ok = false;
      break;
    }
    if (exists && link(f->target, f->backup) != 0 &&
        rename(f->target, f->backup) != 0) {
      evg_diags_add(diags, EVG_SEV_ERROR, f->target, 0, 0, 0, NULL,
                    "cannot replace: %s", strerror(errno));
      free(f->backup);
      f->backup = NULL;
      ok = false;
      break;
    }
    if (access(f->backup, F_OK) != 0) {
      free(f->backup);
      f->backup = NULL;
    }
    if (rename(f->temporary, f->target) != 0) {
      evg_diags_add(diags, EVG_SEV_ERROR, f->target, 0, 0, 0, NULL,
                    "cannot replace: %s", strerror(errno));
      ok = false;
      if (f->backup && access(f->target, F_OK) != 0)
        rename(f->backup, f->target);
      break;
    }
  }
  for (size_t i = 0; i < o->count; i++) {
    pending_file *f = &o->files[i];
    if (f->in_place)
      continue;
    if (!ok && i < done) {
      /* undo: the old file back, or no file where there was none */
      if (f->backup)
        rename(f->backup, f->target);
      else
        unlink(f->target);
    }
    if (f->backup) {
      unlink(f->backup);
      free(f->backup);
      f->backup = NULL;
    }
    if (i < done || ok) {
      free(f->temporary);
      f->temporary = NULL;
    }
  }
  return ok;
}

bool evg_outputs_commit(evg_outputs *o, evg_diags *diags) {
  bool ok = true;
  for (size_t i = 0; i < o->count; i++) {
    pending_file *f = &o->files[i];
    bool failed = ferror(f->stream) != 0;
    failed |= fclose(f->stream) != 0;
    f->stream = NULL;
    if (failed) {
      evg_diags_add(diags, EVG_SEV_ERROR, f->target, 0, 0, 0, NULL,
                    "write failed: %s", strerror(errno ? errno : EIO));
      ok = false;
    }
  }
  if (ok)
    ok = replace_all(o, diags);
  if (!ok)
    discard(o);
  return ok;
}

void evg_outputs_unlink_temporaries(const evg_outputs *o) {
  /* only unlink(2): this runs in signal handlers */
  for (size_t i = 0; o && i < o->count; i++)
    if (o->files[i].temporary)
      unlink(o->files[i].temporary);
}

void evg_outputs_free(evg_outputs *o) {
  if (!o)
    return;
  discard(o);
  for (size_t i = 0; i < o->count; i++) {
    free(o->files[i].target);
    free(o->files[i].temporary);
  }
  free(o->files);
  free(o);
}
