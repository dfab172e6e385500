/* extract_words.c: the extractor's fixed word lists, looked up by hash.
 * Each list stays a NULL-terminated array beside the rule that reads it;
 * an extract_word_set declared next to it (EXTRACT_WORD_SET) indexes it the
 * first time it is asked.  Reading a list through cost every word of the
 * text a pass over up to 160 entries, a fifth of the extraction's time. */
#include "extract_internal.h"

#include <pthread.h>
#include <stdint.h>

/* A hash of the length and the first, second and last bytes, each with
 * bit 0x20 set (ASCII letters in lower case; a few punctuation pairs
 * merge, which only costs a probe): cheap whatever the word's length, and
 * the comparison decides.  The same hash for the exact and the case-blind
 * sets, so that words differing only in case meet in one probe sequence. */
static uint32_t folded_hash(const char *w, size_t len) {
  if (len == 0)
    return 0;
  const unsigned char *u = (const unsigned char *)w;
  uint32_t h = (uint32_t)len * 0x9E3779B1u;
  h ^= (u[0] | 0x20u) * 0x85EBCA77u;
  h ^= (u[len - 1] | 0x20u) * 0xC2B2AE3Du;
  if (len > 2)
    h ^= (u[1] | 0x20u) * 0x27D4EB2Fu;
  return h ^ (h >> 15);
}

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

/* One lock for the first use of every set: taken once per set per
 * process, so never contended for long. */
static pthread_mutex_t build_lock = PTHREAD_MUTEX_INITIALIZER;

static void build(extract_word_set *set) {
  pthread_mutex_lock(&build_lock);
  if (!atomic_load_explicit(&set->ready, memory_order_relaxed)) {
    for (size_t k = 0; set->words[k]; k++) {
      const char *entry = set->words[k];
      size_t len = strlen(entry);
      uint32_t h = folded_hash(entry, len);
      size_t i = h & set->mask;
      while (set->slots[i] &&
             !same_word(set, entry, len, set->words[slot_index(set->slots[i])]))
        i = (i + 1) & set->mask;
      if (!set->slots[i]) /* a word listed twice is kept once */
        set->slots[i] = (unsigned short)(hash_tag(h) << 8 | (k + 1));
    }
    atomic_store_explicit(&set->ready, true, memory_order_release);
  }
  pthread_mutex_unlock(&build_lock);
}

bool extract_word_set_has(extract_word_set *set, const char *w, size_t len) {
  if (!atomic_load_explicit(&set->ready, memory_order_acquire))
    build(set);
  if (len == 0 && !set->any_case)
    return false; /* as the exact lists were read: no empty word */
  uint32_t h = folded_hash(w, len);
  unsigned tag = hash_tag(h);
  for (size_t i = h & set->mask;; i = (i + 1) & set->mask) {
    unsigned short slot = set->slots[i];
    if (!slot)
      return false;
    if ((unsigned)(slot >> 8) == tag &&
        same_word(set, w, len, set->words[slot_index(slot)]))
      return true;
  }
}
