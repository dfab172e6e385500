/* extract_dateline.c: the dateline a news story opens with ("SAN JOSE,
 * California, April 9, 2026 —"), which is neither a sentence's subject
 * nor a name's context: the actors and the labels start after it. */
#include "extract_internal.h"

#include <ctype.h>

size_t extract_dateline_end(const char *s, size_t start, size_t end) {
  /* an upper-case place first ("SAN JOSE,", "LONDON —") */
  size_t i = start, letters = 0;
  while (i < end) {
    unsigned char c = (unsigned char)s[i];
    /* a Latin capital beyond ASCII, two bytes in UTF-8 ("TROMSØ",
     * "ŁÓDŹ", "NEVŞEHİR") */
    if (c >= 0xC3 && c <= 0xC5 && i + 1 < end &&
        ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
      unsigned cp = ((unsigned)(c & 0x1F) << 6) | (s[i + 1] & 0x3F);
      if (!extract_latin_capital(cp))
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
