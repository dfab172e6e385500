/* extract_group_members.c: the roles stage's reading of the preposition
 * before a group whose members are named after "among them".  A group a
 * recipient's "to" or a passive agent's "by" governs is done to or acts
 * ("posted copies to physicists across Europe, among them X", "a protest
 * signed by some of the writers in France, among them X"): the gold keeps
 * its members (roentgen-rays, eiffel-tower).  A place right after the
 * group's noun ("across Europe", "in France") is the noun's own, read
 * past; any other preposition's group ("with 312 passengers on board,
 * among them X") stays out. */
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
