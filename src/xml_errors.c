/* xml_errors.c: libxml2 reports its errors (a full disk while writing, say)
 * by printing them; the library never prints, so while a writer runs they
 * go to its diagnostics instead. */
#include "internal.h"

#include <libxml/xmlerror.h>
#include <string.h>

static void collect(void *context, xmlErrorPtr error) {
  evg_xml_errors *errors = context;
  if (!error || errors->count++ > 0)
    return; /* the first says why; the rest repeat it */
  const char *message = error->message ? error->message : "unknown error";
  size_t len = strlen(message);
  while (len > 0 && (message[len - 1] == '\n' || message[len - 1] == ' '))
    len--;
  evg_diags_add(errors->diags, EVG_SEV_ERROR, NULL, 0, 0, 0, NULL,
                "%s: libxml2: %.*s", errors->what, (int)len, message);
}

void evg_xml_errors_begin(evg_xml_errors *errors, evg_diags *diags,
                          const char *what) {
  errors->diags = diags;
  errors->what = what;
  errors->count = 0;
  /* libxml2 keeps its handlers per thread */
  errors->saved_handler = (void (*)(void *, void *))xmlStructuredError;
  errors->saved_context = xmlStructuredErrorContext;
  xmlSetStructuredErrorFunc(errors, collect);
}

void evg_xml_errors_end(evg_xml_errors *errors) {
  xmlSetStructuredErrorFunc(errors->saved_context,
                            (xmlStructuredErrorFunc)errors->saved_handler);
}
