/* extract_group_members.c: the roles stage's reading of the preposition
 * before a group whose members are named after "among them".  A group a
 * recipient's "to" or a passive agent's "by" governs is done to or acts
 * ("posted copies to physicists across Europe, among them X", "a protest
 * signed by some of the writers in France, among them X"): the gold keeps
 * its members (roentgen-rays, eiffel-tower).  A place right after the
 * group's noun ("across Europe", "in France") is the noun's own, read
 * past; any other preposition's group ("with 312 passengers on board,
 * among them X") stays out.  An aside that names a member before "among
 * them" ("four riders, Garin among them, and gave ... to X") closes at its
 * comma: a name after it is the clause's own. */
#include "extract_internal.h"

int extract_group_preposition(const char *s, size_t b, size_t len, size_t end) {
  if (equals_ci(s + b, len, "to") || equals_ci(s + b, len, "by"))
    return 1;
  static const char *const of_place[] = {"in", "across", "from", "at", NULL};
  if (b + len + 1 < end && s[b + len] == ' ' && s[b + len + 1] >= 'A' &&
      s[b + len + 1] <= 'Z' && extract_word_in(s + b, len, of_place))
    return -1;
  return 0;
}

bool extract_member_aside_closed(const char *s, size_t start, size_t among,
                                 size_t them_end) {
  if (s[them_end] != ',' || among < start + 2 || s[among - 1] != ' ')
    return false;
  size_t b, l = extract_word_before(s, start, among, &b);
  /* a capital that no comma parts from "among": "Garin among them," */
  return l && b + l + 1 == among && s[b] >= 'A' && s[b] <= 'Z';
}
