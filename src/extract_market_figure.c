/* extract_market_figure.c: names of market figures, which rise and fall
 * but never act: a share index or an average ("the Dow Jones Industrial
 * Average closed at 381", "the Nikkei 225 lost 2 percent", "the Consumer
 * Price Index rose").  The gold names no actor for them; the figure's
 * mover, a firm or a market, is named by its own words when the text
 * gives it. */
#include "extract_internal.h"

#include <ctype.h>
#include <string.h>

/* The first words of indexes named with their count of shares ("FTSE
 * 100", "CAC 40", "S&P 500", "Nikkei 225"): alone, several are a firm's
 * or a paper's name (Nikkei, the publisher), so the figure must follow. */
static bool index_family(const char *w, size_t len) {
  static const char *const words[] = {
      "FTSE", "CAC",   "DAX",   "Nikkei", "S&P",  "Kospi", "Sensex",  "Nifty",
      "IBEX", "TOPIX", "Stoxx", "OMXS",   "OMXC", "OMXH",  "AEX",     "BEL",
      "PSI",  "SMI",   "ATX",   "WIG",    "ASX",  "MIB",   "Russell", NULL};
  EXTRACT_WORD_SET(set, words, true);
  return extract_word_set_has(&set, w, len);
}

bool extract_market_figure(const char *name, size_t len) {
  const char *last, *space = NULL;
  for (const char *p = name; p < name + len; p++)
    if (*p == ' ')
      space = p;
  if (!space)
    return false; /* one word: "Index" alone is the Church's list */
  /* "Congregation of the Index" is a body, "Index on Censorship" a
   * group: an index's name has no "of" and ends on its word */
  for (const char *p = name; p + 4 <= name + len; p++)
    if (!memcmp(p, " of ", 4))
      return false;
  last = space + 1;
  size_t last_len = (size_t)(name + len - last);
  /* "Dow Jones Industrial Average", "Nordic Composite Index" */
  if (equals_ci(last, last_len, "Average") ||
      equals_ci(last, last_len, "Index"))
    return true;
  /* "FTSE 100", "Nikkei 225": a family's word, then its count */
  const char *first_end = memchr(name, ' ', len);
  return first_end && index_family(name, (size_t)(first_end - name)) &&
         (size_t)(first_end + 1 - name) < len &&
         isdigit((unsigned char)first_end[1]);
}
