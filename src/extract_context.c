/* extract_context.c: the words around a name found once.  The context
 * rules (extract_roles.c) read the word before a name, the one before
 * that, the one after it, many times over for each name; a chain keeps
 * each word the first time a rule asks for it, so that the text is walked
 * once per word. */
#include "extract_internal.h"

static chain_word step(const word_chain *c, size_t pos) {
  chain_word w;
  w.len = c->forward ? extract_word_after(c->s, pos, c->hi, &w.start)
                     : extract_word_before(c->s, c->lo, pos, &w.start);
  return w;
}

/* Where the walk to the word after `w` starts. */
static size_t next_from(const word_chain *c, chain_word w) {
  return c->forward ? w.start + w.len : w.start;
}

chain_word extract_chain_walk(word_chain *c, unsigned k) {
  chain_word w;
  size_t pos = c->count ? next_from(c, c->words[c->count - 1]) : c->from;
  for (unsigned i = c->count;; i++) {
    w = step(c, pos);
    if (i < CHAIN_WORDS)
      c->words[c->count++] = w;
    if (i == k)
      return w;
    pos = next_from(c, w);
  }
}
