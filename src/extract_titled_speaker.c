/* extract_titled_speaker.c: a speaker named after the verb of saying
 * with a title between ("..., said Colonel Ivar Moe.", "said Dr. Ana
 * Lima, who led the trials"): the title is no word of the name, so the
 * word before the name is the title, not the verb the look for "said X"
 * reads (extract_speech_context); the one who only says is no
 * participant of what is said.  The look is up to three words back. */
#include "extract_internal.h"

#include <string.h>

/* The start of the capitalised word, an abbreviation's full stop
 * allowed ("Dr.", "Gen."), that ends one space before `pos`, or `pos`
 * when there is none. */
static size_t title_word_before(const char *s, size_t lo, size_t pos) {
  if (pos < lo + 2 || s[pos - 1] != ' ')
    return pos;
  size_t e = pos - 1;
  if (s[e - 1] == '.')
    e--;
  size_t b = e;
  while (b > lo && ascii_alpha_dash((unsigned char)s[b - 1]))
    b--;
  /* "Police said Tuesday John Smith was held": a day is no title */
  if (b == e || !ascii_upper((unsigned char)s[b]) ||
      extract_calendar_word(s + b, e - b))
    return pos;
  return b;
}

bool extract_titled_speaker(name_words *w) {
  const char *s = w->s;
  size_t pos = w->name_start;
  int titles = 0;
  for (; titles < 3; titles++) {
    size_t b = title_word_before(s, w->start, pos);
    if (b == pos)
      break;
    pos = b;
  }
  if (!titles)
    return false;
  size_t vb, vl = extract_word_just_before(s, w->start, pos, &vb);
  /* "told Colonel Moe that ...": the one told takes part (the listener
   * of extract_speech_context) */
  return vl && ascii_is_lower((unsigned char)s[vb]) &&
         extract_reporting_verb(s + vb, vl) &&
         !extract_word_in(s + vb, vl,
                          (const char *const[]){"told", "tells", NULL});
}
