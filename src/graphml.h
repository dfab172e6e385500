/* graphml.h: the GraphML document that the plain (render_graphml.c) and the
 * yEd (render_yed.c) writers share: one key table, one way of writing data,
 * one order of nodes and edges.  A flavour adds namespaces, keys and the
 * graphics of each node and edge. */
#ifndef EVG_GRAPHML_H
#define EVG_GRAPHML_H

#include "internal.h"

#include <libxml/xmlwriter.h>

/* An xmlTextWriter and the first libxml2 error met (later calls go on, so
 * that a writer need not check each call; the status decides at the end). */
typedef struct {
  xmlTextWriterPtr w;
  evg_buf scratch; /* sanitized text */
  evg_buf values;  /* an element's data fields, reused from one to the next */
  int status;      /* the first negative libxml2 return, or 0 */
} evg_xml;

void evg_xml_start(evg_xml *xml, const char *name);
/* Attribute values are written as given: the callers pass names, numbers
 * and colours of their own, never user text. */
void evg_xml_attr(evg_xml *xml, const char *name, const char *value);
/* A length in points with two decimals, "-0.00" written as "0.00". */
void evg_xml_attr_points(evg_xml *xml, const char *name, double value);
/* Text goes through evg_utf8_sanitize: xmlTextWriter escapes markup but
 * passes invalid bytes and control characters straight through. */
void evg_xml_text(evg_xml *xml, const char *text);
void evg_xml_end(evg_xml *xml);
/* Turns indentation off (inside mixed content) or back on. */
void evg_xml_indent(evg_xml *xml, bool on);

typedef struct {
  /* "NAMESPACE LOCATION" for xsi:schemaLocation */
  const char *schema_location;
  /* extra namespaces: prefix and URI pairs, ending with NULL */
  const char *const *namespaces;
  /* writes the flavour's <key> elements, after the data keys */
  void (*keys)(evg_xml *xml, void *user);
  /* writes the first <data> of a node: the event with index `index` (file
   * order), or the actor with that index */
  void (*node)(evg_xml *xml, bool actor, size_t index, void *user);
  /* writes the first <data> of the period with that index (NULL: none) */
  void (*period)(evg_xml *xml, size_t index, void *user);
  /* writes the first <data> of the edge with that index */
  void (*edge)(evg_xml *xml, size_t index, void *user);
  void *user;
} evg_graphml_flavour;

/* Writes the graph as flat GraphML with every data key of the plain
 * format, and the flavour's additions (NULL: plain GraphML).  `format`
 * names the output in error messages ("GraphML", "yEd"). */
bool evg_write_graphml(const evg_graph *graph,
                       const evg_render_options *options,
                       const evg_graphml_flavour *flavour, const char *format,
                       FILE *out, evg_diags *diags);

#endif
