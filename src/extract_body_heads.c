/* extract_body_heads.c: the head nouns that open a public body's name
 * before "of" or "for" ("Centre for Budapest Transport", "Organisation
 * of Urban Transport of Thessaloniki") and the kind such an opening head
 * gives the whole name.  extract_names.c joins the name over its
 * connectors; extract_actor_table.c asks here for its kind. */
#include "extract_internal.h"

#include <string.h>

/* "Centre for Budapest Transport", "Center for Auto Safety": a body's
 * head before "for" or "of" that no suffix list holds, as a last word
 * names a direction or a building as often ("Army Group Centre", "the
 * Barbican Centre"). */
bool extract_centre_head(const char *w, size_t len) {
  return equals_ci(w, len, "Centre") || equals_ci(w, len, "Center");
}

/* The kind of the name s[name_start, name_end) whose first word ends at
 * first_word_end and is its head before "of" or "for", given the kind
 * its head's word had (`kind`, maybe NULL): a centre is a public body
 * (the gold's "Joint Rescue Coordination Centre", "Centre for Budapest
 * Transport"); an organisation that opens its name serves one state
 * ("Organisation for Mediation and Arbitration") unless what follows
 * names its members in the plural ("Organization of American States")
 * or their working together ("Organisation for Economic Co-operation
 * and Development", "Organization of African Unity"): a body of several
 * states. */
const char *extract_opening_head_kind(const char *s, size_t name_start,
                                      size_t first_word_end, size_t name_end,
                                      const char *kind) {
  const char *head = s + name_start;
  size_t head_len = first_word_end - name_start;
  if (!kind && extract_centre_head(head, head_len))
    return "institution";
  if (!equals_ci(head, head_len, "Organisation") &&
      !equals_ci(head, head_len, "Organization"))
    return kind;
  if (name_end > first_word_end + 1 && s[name_end - 1] == 's' &&
      s[name_end - 2] != 's')
    return kind;
  for (size_t w = first_word_end + 1; w < name_end;) {
    size_t e = w;
    while (e < name_end && s[e] != ' ')
      e++;
    if (extract_word_in(s + w, e - w,
                        (const char *const[]){"Co-operation", "Cooperation",
                                              "Unity", NULL}))
      return kind;
    w = e + 1;
  }
  return "institution";
}
