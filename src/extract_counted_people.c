/* extract_counted_people.c: the attach stage's reading of a count before
 * the plural of a town's people.  "Some 300,000 Berliners gathered", "Two
 * New Yorkers went to Washington": the townspeople counted are a crowd the
 * text does not name as a party, and the gold lists none of them (0 right
 * of 2 in the union).  Only the "-ers" plural of a town's people
 * (Berliners, Londoners, New Yorkers): a nation's counted men are a
 * side's, a party by meaning (WikiWars' "capturing nearly 1,000
 * Hessians", "a force of 1,000 Ethiopians crossed"). */
#include "extract_internal.h"

/* Whether the name's last word is a town's people's plural in -ers
 * (Berliners, New Yorkers). */
static bool people_plural(const char *text, size_t start, size_t end) {
  if (end < start + 5 || !ascii_upper((unsigned char)text[start]))
    return false;
  const char *e = text + end;
  return e[-3] == 'e' && e[-2] == 'r' && e[-1] == 's';
}

bool extract_counted_people(const char *text, size_t from, size_t name_start,
                            size_t name_end, const char *kind) {
  static const char *const bodies[] = {"company", "organization", "institution",
                                       "media",   "government",   NULL};
  if (extract_word_in(kind, strlen(kind), bodies) ||
      !people_plural(text, name_start, name_end))
    return false;
  /* a number in figures just before ("300,000 Berliners") */
  size_t p = name_start;
  if (p > from && text[p - 1] == ' ')
    p--;
  if (p > from && text[p - 1] >= '0' && text[p - 1] <= '9') {
    /* not a day of a date ("On December 5 West Berliners voted") */
    static const char *const months[] = {
        "January",  "February", "March",  "April",     "May",
        "June",     "July",     "August", "September", "October",
        "November", "December", "Jan",    "Feb",       "Mar",
        "Apr",      "Jun",      "Jul",    "Aug",       "Sep",
        "Sept",     "Oct",      "Nov",    "Dec",       NULL};
    while (p > from &&
           ((text[p - 1] >= '0' && text[p - 1] <= '9') || text[p - 1] == ','))
      p--;
    size_t mb, ml = extract_word_just_before(text, from, p, &mb);
    return !(ml && extract_word_in(text + mb, ml, months));
  }
  static const char *const counts[] = {
      "two",    "three",   "four",  "five",    "six",      "seven",
      "eight",  "nine",    "ten",   "eleven",  "twelve",   "twenty",
      "thirty", "forty",   "fifty", "hundred", "thousand", "million",
      "dozen",  "several", "many",  NULL};
  static const char *const crowds[] = {"hundreds", "thousands", "millions",
                                       "dozens",   "tens",      NULL};
  size_t b, l = extract_word_just_before(text, from, name_start, &b);
  if (!l)
    return false;
  char low[16];
  if (l >= sizeof low)
    return false;
  for (size_t i = 0; i < l; i++)
    low[i] = (char)ascii_lower((unsigned char)text[b + i]);
  if (extract_word_in(low, l, counts))
    return true;
  /* "thousands of Berliners" */
  if (!equals_ci(text + b, l, "of"))
    return false;
  l = extract_word_just_before(text, from, b, &b);
  if (!l || l >= sizeof low)
    return false;
  for (size_t i = 0; i < l; i++)
    low[i] = (char)ascii_lower((unsigned char)text[b + i]);
  return extract_word_in(low, l, crowds);
}
