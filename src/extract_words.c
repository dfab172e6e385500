/* extract_words.c: the extractor's fixed word lists, looked up by hash.
 * Each list stays a NULL-terminated array beside the rule that reads it;
 * an extract_word_set declared next to it (EXTRACT_WORD_SET) indexes it the
 * first time it is asked.  Reading a list through cost every word of the
 * text a pass over up to 160 entries, a fifth of the extraction's time.
 * The look-up itself is inline (extract_internal.h); here are its slow
 * parts. */
#include "extract_internal.h"

#include <pthread.h>
#include <stdint.h>

/* A slot holds the entry's index + 1 (at most 255) in its low byte and
 * eight bits of its hash in the high byte: a probe that meets another
 * word is nearly always told apart by the tag, without a comparison. */
static unsigned hash_tag(uint32_t h) { return (h >> 24) & 0xFFu; }

static size_t slot_index(unsigned short slot) {
  return (size_t)(slot & 0xFFu) - 1;
}

static bool same_word(const extract_word_set *set, const char *w, size_t len,
                      const char *entry) {
  if (set->any_case)
    return equals_ci(w, len, entry);
  for (size_t i = 0; i < len; i++)
    if (entry[i] == '\0' || entry[i] != w[i])
      return false;
  return entry[len] == '\0';
}

bool extract_word_set_same(const extract_word_set *set, const char *w,
                           size_t len, unsigned short slot) {
  return same_word(set, w, len, set->words[slot_index(slot)]);
}

/* One lock for the first use of every set: taken once per set per
 * process, so never contended for long. */
static pthread_mutex_t build_lock = PTHREAD_MUTEX_INITIALIZER;

void extract_word_set_build(extract_word_set *set) {
  pthread_mutex_lock(&build_lock);
  if (!atomic_load_explicit(&set->ready, memory_order_relaxed)) {
    uint32_t present[32] = {0};
    for (size_t k = 0; set->words[k]; k++) {
      const char *entry = set->words[k];
      size_t len = strlen(entry);
      uint32_t h = extract_word_hash(entry, len);
      size_t i = h & set->mask;
      while (set->slots[i] &&
             !same_word(set, entry, len, set->words[slot_index(set->slots[i])]))
        i = (i + 1) & set->mask;
      if (!set->slots[i]) /* a word listed twice is kept once */
        set->slots[i] = (unsigned short)(hash_tag(h) << 8 | (k + 1));
      if (len) /* the empty word is looked up without its shape */
        present[len & 31] |= 1u << ((unsigned char)entry[0] & 31);
    }
    /* each row stored whole: a look-up on another thread reads it as all
     * clear (it then waits here for the build) or as final */
    for (size_t r = 0; r < 32; r++)
      atomic_store_explicit(&set->absent[r], ~present[r], memory_order_relaxed);
    atomic_store_explicit(&set->ready, true, memory_order_release);
  }
  pthread_mutex_unlock(&build_lock);
}
