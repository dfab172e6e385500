/* extract_dateline.c: the dateline a news story opens with ("SAN JOSE,
 * California, April 9, 2026 —"), which is neither a sentence's subject
 * nor a name's context: the actors and the labels start after it. */
#include "extract_internal.h"

#include <ctype.h>

/* Whether the two bytes c, d are a capital of Latin-1 or Latin
 * Extended-A (U+00C0 to U+017F) in UTF-8: À to Þ but ×, and the
 * capitals of the pairs after it (even code points, odd from Ĺ to Ň, and
 * Ÿ, Ź, Ż, Ž). */
static bool latin_capital(unsigned char c, unsigned char d) {
  unsigned cp = ((unsigned)(c & 0x1F) << 6) | (d & 0x3F);
  if (cp < 0x100)
    return cp >= 0xC0 && cp <= 0xDE && cp != 0xD7;
  if (cp == 0x178 || cp == 0x179 || cp == 0x17B || cp == 0x17D)
    return true;
  if (cp == 0x138 || cp == 0x149 || cp > 0x177)
    return false;
  return (cp >= 0x139 && cp <= 0x148) ? cp % 2 == 1 : cp % 2 == 0;
}

size_t extract_dateline_end(const char *s, size_t start, size_t end) {
  /* an upper-case place first ("SAN JOSE,", "LONDON —") */
  size_t i = start, letters = 0;
  while (i < end) {
    unsigned char c = (unsigned char)s[i];
    /* a Latin capital beyond ASCII, two bytes in UTF-8 ("TROMSØ",
     * "ŁÓDŹ", "NEVŞEHİR") */
    if (c >= 0xC3 && c <= 0xC5 && i + 1 < end &&
        ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
      if (!latin_capital(c, (unsigned char)s[i + 1]))
        break;
      letters++;
      i += 2;
      continue;
    }
    if (!(ascii_upper(c) || c == ' ' || c == '.' || c == '-' || c == '\''))
      break;
    letters += ascii_upper(c) != 0;
    i++;
  }
  if (letters < 2 || i >= end || (s[i] != ',' && s[i] != '\xE2' && s[i] != '-'))
    return start;
  /* then, within a line's length, a dash: "—", "–" or "--" */
  size_t limit = i + 100 < end ? i + 100 : end;
  for (size_t k = i; k + 2 < limit; k++) {
    if (s[k] == '\n')
      break;
    bool dash =
        ((unsigned char)s[k] == 0xE2 && (unsigned char)s[k + 1] == 0x80 &&
         ((unsigned char)s[k + 2] == 0x94 || (unsigned char)s[k + 2] == 0x93));
    bool hyphen = s[k] == '-' && k > i && s[k - 1] == ' ' && s[k + 1] == ' ';
    if (dash || hyphen || (s[k] == '-' && s[k + 1] == '-')) {
      size_t after = k + (dash ? 3 : hyphen ? 1 : 2);
      while (after < end && (s[after] == ' ' || s[after] == '\n'))
        after++;
      return after;
    }
  }
  return start;
}
