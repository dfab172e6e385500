/* extract_peoples.c: peoples named by their nation's word after "the"
 * ("the French", "the Americans"), alone or in a list of such peoples
 * ("the Americans, the British and the French agreed").  Each look is a
 * few words either side of the name, so the whole stays linear. */
#include "extract_internal.h"

#include <string.h>

/* Whether the word is a nation's adjective whose plural has no -s ("the
 * French", "the Dutch", "the Portuguese", "the Swiss"), or the plural of
 * one that is no name on its own ("Americans", "Europeans": the bare
 * plural is most often everyone of the nation, "Americans are
 * worried"; after "the" it is the nation's forces or government). */
bool extract_people_word(const char *w, size_t len) {
  if (len < 4 || memchr(w, ' ', len))
    return false;
  if (extract_nationality_adjective(w, len))
    return memcmp(w + len - 2, "sh", 2) == 0 ||
           memcmp(w + len - 2, "ch", 2) == 0 ||
           memcmp(w + len - 3, "ese", 3) == 0 || equals_ci(w, len, "Swiss");
  return w[len - 1] == 's' && extract_nationality_adjective(w, len - 1) &&
         extract_not_an_actor(w, len);
}

/* Whether s[a, e) is "the" and a people's word, as an item of a list:
 * any nation's adjective or its plural ("the Belgians"). */
static bool people_item(const char *s, size_t a, size_t e) {
  if (e < a + 8 || !equals_ci(s + a, 4, "the "))
    return false;
  const char *w = s + a + 4;
  size_t len = e - a - 4;
  return extract_nationality_adjective(w, len) ||
         (w[len - 1] == 's' && extract_nationality_adjective(w, len - 1));
}

/* The start of "the" of the item before the one whose "the" starts at
 * `the` (", the British" or " and the French" after it), or `the`. */
static size_t item_before(const char *s, size_t start, size_t the) {
  size_t sep = the;
  if (sep >= start + 2 && s[sep - 1] == ' ' && s[sep - 2] == ',')
    sep -= 2;
  else if (sep >= start + 5 && memcmp(s + sep - 5, " and ", 5) == 0)
    sep -= 5;
  else
    return the;
  if (sep > start + 1 && s[sep - 1] == ',')
    sep--; /* "the Dutch, the English, and the French" */
  size_t ws, wl = extract_word_before(s, start, sep, &ws);
  if (!wl || ws + wl != sep || ws < start + 4 || !people_item(s, ws - 4, sep))
    return the;
  return ws - 4;
}

/* The end of the item after the one ending at `e`, or `e`. */
static size_t item_after(const char *s, size_t end, size_t e) {
  size_t a;
  if (e + 2 < end && s[e] == ',' && s[e + 1] == ' ')
    a = e + 2;
  else if (e + 5 < end && memcmp(s + e, " and ", 5) == 0)
    a = e + 5;
  else
    return e;
  size_t ws, wl;
  if (a + 4 >= end || !equals_ci(s + a, 4, "the ") ||
      !(wl = extract_word_just_after(s, a + 3, end, &ws)) ||
      !people_item(s, a, ws + wl))
    return e;
  return ws + wl;
}

/* "the Americans, the British and the French agreed": the bounds of the
 * list of peoples, each "the" and its word, that the name s[name_start,
 * name_end) after "the" is an item of: *first is the first item's name
 * start, *last_end the last item's end (the name's own bounds when it
 * stands alone).  At most eight items either way. */
void extract_people_list(const char *s, size_t start, size_t end,
                         size_t name_start, size_t name_end, size_t *first,
                         size_t *last_end) {
  size_t the = name_start - 4, e = name_end;
  for (int n = 0; n < 8; n++) {
    size_t before = item_before(s, start, the);
    if (before == the)
      break;
    the = before;
  }
  for (int n = 0; n < 8; n++) {
    size_t after = item_after(s, end, e);
    if (after == e)
      break;
    e = after;
  }
  *first = the + 4;
  *last_end = e;
}

/* Whether the name s[name_start, name_end) after "the" is a later item of
 * a list of peoples ("the Americans, the British and the French"): the
 * comma before it joins the list, it opens no apposition. */
bool extract_in_people_list(const char *s, size_t start, size_t end,
                            size_t name_start, size_t name_end) {
  if (name_start < start + 4 || !equals_ci(s + name_start - 4, 4, "the ") ||
      !people_item(s, name_start - 4, name_end))
    return false;
  return item_before(s, start, name_start - 4) != name_start - 4;
}
