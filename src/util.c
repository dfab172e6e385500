/* util.c: allocation, buffers, the arena, the id map and UTF-8 checks. */
#include "internal.h"

#include <jansson.h>

#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static void *check_alloc(void *ptr) {
  if (!ptr) {
    fputs("evgraph: out of memory\n", stderr);
    abort();
  }
  return ptr;
}

void *evg_xmalloc(size_t size) { return check_alloc(malloc(size ? size : 1)); }

void *evg_xcalloc(size_t count, size_t size) {
  return check_alloc(calloc(count ? count : 1, size ? size : 1));
}

void *evg_xrealloc(void *ptr, size_t size) {
  return check_alloc(realloc(ptr, size ? size : 1));
}

char *evg_xstrndup(const char *s, size_t len) {
  char *copy = evg_xmalloc(len + 1);
  memcpy(copy, s, len);
  copy[len] = '\0';
  return copy;
}

/* ---- buffers ---- */

static void buf_reserve(evg_buf *buf, size_t extra) {
  if (buf->len + extra + 1 <= buf->cap)
    return;
  /* a size the doubling cannot reach (an unsigned difference that
   * wrapped) fails as memory does, with its message, rather than the
   * doubling looping for ever */
  if (extra > SIZE_MAX / 4 - buf->len)
    check_alloc(NULL);
  size_t cap = buf->cap ? buf->cap : 64;
  while (cap < buf->len + extra + 1)
    cap *= 2;
  buf->data = evg_xrealloc(buf->data, cap);
  buf->cap = cap;
}

void evg_buf_reserve(evg_buf *buf, size_t extra) {
  buf_reserve(buf, extra);
  buf->data[buf->len] = '\0';
}

void evg_buf_printf(evg_buf *buf, const char *format, ...) {
  va_list args;
  va_start(args, format);
  va_list again;
  va_copy(again, args);
  int needed = vsnprintf(NULL, 0, format, args);
  va_end(args);
  if (needed > 0) {
    buf_reserve(buf, (size_t)needed);
    vsnprintf(buf->data + buf->len, (size_t)needed + 1, format, again);
    buf->len += (size_t)needed;
  }
  va_end(again);
}

static void put_tag(evg_buf *buf, const char *tag) {
  size_t len = strlen(tag);
  bool blank_end = len && (tag[0] == ' ' || tag[0] == '\t' ||
                           tag[len - 1] == ' ' || tag[len - 1] == '\t');
  if (!blank_end && !strpbrk(tag, ",\"")) {
    evg_buf_puts(buf, tag);
    return;
  }
  evg_buf_putc(buf, '"');
  for (const char *c = tag; *c; c++) {
    if (*c == '"' || *c == '\\')
      evg_buf_putc(buf, '\\');
    evg_buf_putc(buf, *c);
  }
  evg_buf_putc(buf, '"');
}

void evg_buf_put_tags(evg_buf *buf, const char *const *tags, size_t count) {
  for (size_t t = 0; t < count; t++) {
    if (t)
      evg_buf_append(buf, ", ", 2);
    put_tag(buf, tags[t]);
  }
}

void evg_buf_free(evg_buf *buf) {
  free(buf->data);
  buf->data = NULL;
  buf->len = buf->cap = 0;
}

/* ---- arena ---- */

struct evg_arena_block {
  evg_arena_block *next;
  size_t used;
  size_t cap;
  _Alignas(max_align_t) unsigned char data[];
};

enum { ARENA_BLOCK = 65536 - 64 }; /* about 64 KiB with malloc's header */

static void *arena_take(evg_arena *arena, size_t size) {
  evg_arena_block *block = arena->head;
  if (!block || block->used + size > block->cap) {
    size_t cap =
        size > ARENA_BLOCK - sizeof *block ? size : ARENA_BLOCK - sizeof *block;
    block = evg_xmalloc(sizeof *block + cap);
    block->used = 0;
    block->cap = cap;
    block->next = arena->head;
    arena->head = block;
  }
  void *ptr = block->data + block->used;
  block->used += size;
  return ptr;
}

static void *arena_alloc_aligned(evg_arena *arena, size_t size, size_t align) {
  evg_arena_block *block = arena->head;
  if (block) /* the next aligned offset (strings leave it unaligned) */
    block->used = (block->used + align - 1) & ~(align - 1);
  if (block && block->used > block->cap)
    block->used = block->cap;
  return arena_take(arena, (size + align - 1) & ~(align - 1));
}

void *evg_arena_alloc(evg_arena *arena, size_t size) {
  return arena_alloc_aligned(arena, size, 16);
}

void *evg_arena_alloc_words(evg_arena *arena, size_t size) {
  return arena_alloc_aligned(arena, size, sizeof(void *));
}

char *evg_arena_strndup(evg_arena *arena, const char *s, size_t len) {
  char *copy = arena_take(arena, len + 1);
  memcpy(copy, s, len);
  copy[len] = '\0';
  return copy;
}

void evg_arena_absorb(evg_arena *into, evg_arena *from) {
  /* behind into's blocks: into keeps filling the block it was filling */
  evg_arena_block **end = &into->head;
  while (*end)
    end = &(*end)->next;
  *end = from->head;
  from->head = NULL;
}

void evg_arena_free(evg_arena *arena) {
  evg_arena_block *block = arena->head;
  while (block) {
    evg_arena_block *next = block->next;
    free(block);
    block = next;
  }
  arena->head = NULL;
}

/* The classes of each byte (internal.h): ASCII letters (EVG_ASCII_ALPHA),
 * digits (EVG_ASCII_DIGIT), letters and '-' (EVG_ASCII_DASH), and the
 * bytes of a word with its digits, hyphens, apostrophes and non-ASCII
 * bytes (EVG_ASCII_WORD) */
const unsigned char evg_ascii_class[256] = {
    0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  /* 0x00 */
    0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  0,  /* 0x10 */
    0,  0,  0,  0,  0,  0,  0,  8,  0,  0,  0,  0,  0,  12, 0,  0,  /* 0x20 */
    10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 0,  0,  0,  0,  0,  0,  /* 0x30 */
    0,  13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, /* 0x40 */
    13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 0,  0,  0,  0,  0,  /* 0x50 */
    0,  13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, /* 0x60 */
    13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 13, 0,  0,  0,  0,  0,  /* 0x70 */
    8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  /* 0x80 */
    8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  /* 0x90 */
    8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  /* 0xA0 */
    8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  /* 0xB0 */
    8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  /* 0xC0 */
    8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  /* 0xD0 */
    8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  /* 0xE0 */
    8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  /* 0xF0 */
};

uint32_t evg_hash32(const void *data, size_t len) {
  const unsigned char *p = data;
  uint32_t hash = 2166136261u; /* FNV-1a */
  for (size_t i = 0; i < len; i++)
    hash = (hash ^ p[i]) * 16777619u;
  return hash;
}

/* ---- id map ---- */

/* Eight bytes a step (FNV-1a's dependent multiply per byte was a tenth of
 * a large file's look-ups), then a final mix so that the low bits the
 * slots are chosen by depend on every byte.  The last bytes are read in
 * fixed-size loads that may overlap ones already read (the length is in
 * the seed): most keys are short words, and a byte loop over the tail
 * was half of each look-up. */
static inline size_t hash_key(const char *key, size_t len) {
  uint64_t hash = 0x9E3779B97F4A7C15u ^ len, word;
  if (len >= 8) {
    const char *last = key + len - 8;
    for (; key < last; key += 8) {
      memcpy(&word, key, 8);
      hash = (hash ^ word) * 0xFF51AFD7ED558CCDu;
      hash ^= hash >> 32;
    }
    memcpy(&word, last, 8);
  } else if (len >= 4) {
    uint32_t head, tail;
    memcpy(&head, key, 4);
    memcpy(&tail, key + len - 4, 4);
    word = (uint64_t)head << 32 | tail;
  } else if (len) {
    const unsigned char *bytes = (const unsigned char *)key;
    word = (uint64_t)bytes[0] << 16 | (uint64_t)bytes[len / 2] << 8 |
           bytes[len - 1];
  } else {
    word = 0;
  }
  hash = (hash ^ word) * 0xFF51AFD7ED558CCDu;
  hash ^= hash >> 29;
  hash *= 0xC4CEB9FE1A85EC53u;
  hash ^= hash >> 32;
  return (size_t)hash;
}

size_t evg_map_hash(const char *key) { return hash_key(key, strlen(key)); }

static inline size_t map_slot(const evg_map *map, const char *key,
                              size_t hash) {
  size_t mask = map->cap - 1;
  size_t slot = hash & mask;
  while (map->slots[slot].key && (map->slots[slot].hash != hash ||
                                  strcmp(map->slots[slot].key, key) != 0))
    slot = (slot + 1) & mask;
  return slot;
}

bool evg_map_get_hashed(const evg_map *map, const char *key, size_t hash,
                        size_t *value) {
  if (!map->cap)
    return false;
  size_t slot = map_slot(map, key, hash);
  if (!map->slots[slot].key)
    return false;
  *value = map->slots[slot].value;
  return true;
}

/* The hash and the probe inline: the extractor looks up some 176,000
 * words in a 790 kB text, and the calls cost as much as the look-ups. */
bool evg_map_get(const evg_map *map, const char *key, size_t *value) {
  if (!map->cap)
    return false;
  size_t slot = map_slot(map, key, hash_key(key, strlen(key)));
  if (!map->slots[slot].key)
    return false;
  *value = map->slots[slot].value;
  return true;
}

/* By (pointer, length): the extractor looks up words inside the text, and
 * copying each into a terminated key, then measuring it, was a third of
 * its look-ups' cost. */
bool evg_map_get_span(const evg_map *map, const char *key, size_t len,
                      size_t *value) {
  if (!map->cap)
    return false;
  size_t hash = hash_key(key, len), mask = map->cap - 1;
  for (size_t slot = hash & mask; map->slots[slot].key;
       slot = (slot + 1) & mask) {
    const evg_map_slot *entry = &map->slots[slot];
    if (entry->hash != hash)
      continue;
    size_t same = 0; /* stops at the stored key's end: never reads past it */
    while (same < len && entry->key[same] && entry->key[same] == key[same])
      same++;
    if (same == len && entry->key[len] == '\0') {
      *value = entry->value;
      return true;
    }
  }
  return false;
}

void evg_map_prefetch(const evg_map *map, size_t hash) {
  if (map->cap)
    __builtin_prefetch(&map->slots[hash & (map->cap - 1)]);
}

void evg_map_prefetch_key(const evg_map *map, size_t hash) {
  if (!map->cap)
    return;
  const evg_map_slot *slot = &map->slots[hash & (map->cap - 1)];
  if (slot->key && slot->hash == hash)
    __builtin_prefetch(slot->key);
}

static void map_grow(evg_map *map) {
  evg_map bigger = {0};
  bigger.cap = map->cap ? map->cap * 2 : 64;
  bigger.slots = evg_xcalloc(bigger.cap, sizeof *bigger.slots);
  for (size_t i = 0; i < map->cap; i++) {
    const evg_map_slot *old = &map->slots[i];
    if (old->key) {
      size_t slot = old->hash & (bigger.cap - 1);
      while (bigger.slots[slot].key)
        slot = (slot + 1) & (bigger.cap - 1);
      bigger.slots[slot] = *old;
      bigger.count++;
    }
  }
  evg_map_free(map);
  *map = bigger;
}

size_t *evg_map_value(evg_map *map, const char *key) {
  if (!map->cap)
    return NULL;
  size_t slot = map_slot(map, key, hash_key(key, strlen(key)));
  return map->slots[slot].key ? &map->slots[slot].value : NULL;
}

bool evg_map_put(evg_map *map, const char *key, size_t value) {
  if ((map->count + 1) * 2 > map->cap)
    map_grow(map);
  size_t hash = hash_key(key, strlen(key));
  size_t slot = map_slot(map, key, hash);
  if (map->slots[slot].key)
    return false;
  map->slots[slot] = (evg_map_slot){key, value, hash};
  map->count++;
  return true;
}

void evg_map_free(evg_map *map) {
  free(map->slots);
  map->slots = NULL;
  map->cap = map->count = 0;
}

/* ---- UTF-8 ---- */

size_t evg_utf8_valid_len(const unsigned char *s, size_t len) {
  if (len == 0)
    return 0;
  unsigned char c = s[0];
  if (c < 0x80)
    return 1;
  size_t need;
  unsigned int min, cp;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 2, min = 0x80, cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 3, min = 0x800, cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 4, min = 0x10000, cp = c & 0x07;
  } else {
    return 0;
  }
  if (len < need)
    return 0;
  for (size_t i = 1; i < need; i++) {
    if ((s[i] & 0xC0) != 0x80)
      return 0;
    cp = (cp << 6) | (s[i] & 0x3F);
  }
  /* Overlong forms, surrogates and code points past U+10FFFF. */
  if (cp < min || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
    return 0;
  return need;
}

unsigned int evg_utf8_decode(const unsigned char *s, size_t n) {
  if (n <= 1)
    return s[0];
  unsigned int cp = s[0] & (0x7F >> n);
  for (size_t i = 1; i < n; i++)
    cp = (cp << 6) | (s[i] & 0x3F);
  return cp;
}

size_t evg_utf8_letter_len(const unsigned char *s, size_t len) {
  if (s[0] < 0x80)
    return ascii_alpha(s[0]) ? 1 : 0;
  size_t n = evg_utf8_valid_len(s, len);
  if (!n)
    return 0;
  unsigned int cp = evg_utf8_decode(s, n);
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x2BFF) ||
      (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
      (cp >= 0xFF00 && cp <= 0xFF20))
    return 0;
  return n;
}

const char *evg_ascii_letters(unsigned int cp) {
  /* U+00C0..U+00FF and U+0100..U+017F by base letter; the digits stand for
   * the letters written with two (1 ij, 2 oe, 3 ae, 4 th, 5 ss) and '.'
   * for the two signs among them (multiplication, division) */
  static const char latin1[] =
      "aaaaaa3ceeeeiiiidnooooo.ouuuuy45aaaaaa3ceeeeiiiidnooooo.ouuuuy4y";
  static const char extended_a[] = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhh"
                                   "iiiiiiiiii11jjkkkllllllllllnnnnnnnnnoooo"
                                   "oo22rrrrrrssssssssttttttuuuuuuuuuuuuwwyy"
                                   "yzzzzzzs";
  static const char *const pairs[] = {"", "ij", "oe", "ae", "th", "ss"};
  static const char singles[] = "a\0b\0c\0d\0e\0f\0g\0h\0i\0j\0k\0l\0m\0"
                                "n\0o\0p\0q\0r\0s\0t\0u\0v\0w\0x\0y\0z";
  char c;
  if (cp >= 0xC0 && cp <= 0xFF)
    c = latin1[cp - 0xC0];
  else if (cp >= 0x100 && cp <= 0x17F)
    c = extended_a[cp - 0x100];
  else
    return NULL;
  if (c == '.')
    return NULL;
  if (c >= '1' && c <= '5')
    return pairs[c - '0'];
  return singles + 2 * (c - 'a');
}

/* The length of the run of printable ASCII (0x20 to 0x7E) that s[0..len)
 * starts with, most of any text: eight bytes a step, each step asking
 * whether any byte has its high bit set, is below 0x20 or is 0x7F (the
 * answer is exact; which byte it is, the bytewise loop finds). */
static size_t printable_ascii_run(const unsigned char *s, size_t len) {
  const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  size_t i = 0;
  for (uint64_t w; i + 8 <= len; i += 8) {
    memcpy(&w, s + i, 8);
    uint64_t del = w ^ (0x7F * ones);
    if ((w & highs) | ((w - 0x20 * ones) & ~w & highs) |
        ((del - ones) & ~del & highs))
      break;
  }
  while (i < len && s[i] >= 0x20 && s[i] < 0x7F)
    i++;
  return i;
}

size_t evg_utf8_count(const char *s, size_t len) {
  size_t count = 0;
  const unsigned char *p = (const unsigned char *)s;
  for (size_t i = 0; i < len; count++) {
    size_t plain = printable_ascii_run(p + i, len - i);
    if (plain) { /* one character a byte */
      i += plain;
      count += plain - 1;
      continue;
    }
    if (p[i] < 0x80) {
      i++;
      continue;
    }
    size_t n = evg_utf8_valid_len(p + i, len - i);
    i += n ? n : 1;
  }
  return count;
}

int evg_display_width(unsigned int cp) {
  if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
      (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
      (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) ||
      (cp >= 0x20000 && cp <= 0x3FFFD))
    return 2;
  return 1;
}

char *evg_format_integer(char text[24], long long value) {
  char *at = text + 23;
  *at = '\0';
  /* in unsigned arithmetic, so that LLONG_MIN has a magnitude */
  unsigned long long magnitude =
      value < 0 ? 0ull - (unsigned long long)value : (unsigned long long)value;
  do {
    *--at = (char)('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude);
  if (value < 0)
    *--at = '-';
  return at;
}

bool evg_ascii_clean(const char *s, size_t *len) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  for (; p[i]; i++) {
    unsigned char c = p[i];
    if (c >= 0x7F || (c < 0x20 && c != '\t' && c != '\n' && c != '\r'))
      return false;
  }
  *len = i;
  return true;
}

size_t evg_json_plain_run(const char *s, size_t len) {
  const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  /* eight bytes a step: a high bit, a byte below 0x20, or a byte equal to
   * 0x7F, '"' or '\\' (a zero byte after the xor) ends the step; exact,
   * and the bytewise loop finds which byte it was */
  for (uint64_t w; i + 8 <= len; i += 8) {
    memcpy(&w, p + i, 8);
    uint64_t del = w ^ (0x7F * ones), quote = w ^ ('"' * ones),
             slash = w ^ ('\\' * ones);
    if ((w & highs) | ((w - 0x20 * ones) & ~w & highs) |
        ((del - ones) & ~del & highs) | ((quote - ones) & ~quote & highs) |
        ((slash - ones) & ~slash & highs))
      break;
  }
  while (i < len && p[i] >= 0x20 && p[i] < 0x7F && p[i] != '"' && p[i] != '\\')
    i++;
  return i;
}

static bool xml_plain_byte(unsigned char c) {
  return (c >= 0x20 && c < 0x7F && c != '<' && c != '>' && c != '&' &&
          c != '"') ||
         c == '\n' || c == '\t';
}

size_t evg_xml_plain_run(const char *s, size_t len) {
  const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  while (i < len) {
    /* eight bytes a step as evg_json_plain_run's; the step that one of
     * the bytes ends is read byte by byte, and a line feed or a tab
     * there (below 0x20, so it ends the step) lets the steps go on */
    for (uint64_t w; i + 8 <= len; i += 8) {
      memcpy(&w, p + i, 8);
      uint64_t del = w ^ (0x7F * ones), lt = w ^ ('<' * ones),
               gt = w ^ ('>' * ones), amp = w ^ ('&' * ones),
               quote = w ^ ('"' * ones);
      if ((w & highs) | ((w - 0x20 * ones) & ~w & highs) |
          ((del - ones) & ~del & highs) | ((lt - ones) & ~lt & highs) |
          ((gt - ones) & ~gt & highs) | ((amp - ones) & ~amp & highs) |
          ((quote - ones) & ~quote & highs))
        break;
    }
    size_t stop = i + 8 < len ? i + 8 : len;
    while (i < stop && xml_plain_byte(p[i]))
      i++;
    if (i < stop)
      return i;
  }
  return len;
}

void evg_utf8_sanitize(evg_buf *buf, const char *s, size_t len) {
  static const char replacement[] = "\xEF\xBF\xBD";
  const unsigned char *p = (const unsigned char *)s;
  evg_buf_append(buf, "", 0); /* terminated even when s is empty */
  size_t i = 0;
  while (i < len) {
    size_t run = i, bad = 1; /* the bytes one U+FFFD replaces */
    /* Copy the longest clean run at once. */
    while (run < len) {
      run += printable_ascii_run(p + run, len - run);
      if (run == len)
        break;
      unsigned char c = p[run];
      if (c < 0x80) {
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
          break;
        run++;
        continue;
      }
      size_t n = evg_utf8_valid_len(p + run, len - run);
      /* U+FFFE and U+FFFF (EF BF BE/BF) are no XML characters */
      if (n == 3 && p[run] == 0xEF && p[run + 1] == 0xBF && p[run + 2] >= 0xBE)
        bad = 3;
      if (!n || bad == 3)
        break;
      run += n;
    }
    evg_buf_append(buf, s + i, run - i);
    if (run < len) {
      evg_buf_append(buf, replacement, 3);
      run += bad;
    }
    i = run;
  }
}

/* An abbreviation's letters, at most six, packed into one number after a
 * byte 1 that marks where they begin (so that words of different lengths
 * differ whatever their bytes). */
#define ABBR1(a) ((uint64_t)1 << 8 | (uint64_t)(a))
#define ABBR2(a, b) (ABBR1(a) << 8 | (uint64_t)(b))
#define ABBR3(a, b, c) (ABBR2(a, b) << 8 | (uint64_t)(c))
#define ABBR4(a, b, c, d) (ABBR3(a, b, c) << 8 | (uint64_t)(d))
#define ABBR5(a, b, c, d, e) (ABBR4(a, b, c, d) << 8 | (uint64_t)(e))
#define ABBR6(a, b, c, d, e, f) (ABBR5(a, b, c, d, e) << 8 | (uint64_t)(f))

bool evg_abbreviation(const char *word, size_t len) {
  if (len == 1) /* initials: "J. Smith"; not a number ("on May 9. The") */
    return ascii_alpha((unsigned char)word[0]);
  if (len == 0 || len > 6)
    return false; /* none listed is empty or longer: most words end here */
  /* the word folded and packed once, then one switch (a binary search the
   * compiler lays out), where each of the 49 was compared in turn: this
   * runs at every period of the text, twice (the tokenizer and the
   * sentences) */
  uint64_t key = 1;
  for (size_t k = 0; k < len; k++)
    key = key << 8 | ascii_lower((unsigned char)word[k]);
  switch (key) {
  /* titles are written with a capital: "reached the col. On July 1" and
   * "a sales rep. He" end their sentences */
  case ABBR2('m', 'r'):
  case ABBR3('m', 'r', 's'):
  case ABBR2('m', 's'):
  case ABBR2('d', 'r'):
  case ABBR2('s', 't'):
  case ABBR2('j', 'r'):
  case ABBR2('s', 'r'):
  case ABBR3('g', 'e', 'n'):
  case ABBR3('c', 'o', 'l'):
  case ABBR2('l', 't'):
  case ABBR3('s', 'g', 't'):
  case ABBR4('c', 'a', 'p', 't'):
  case ABBR3('g', 'o', 'v'):
  case ABBR3('s', 'e', 'n'):
  case ABBR3('r', 'e', 'p'):
  case ABBR4('p', 'r', 'e', 's'):
  case ABBR4('p', 'r', 'o', 'f'):
    return ascii_upper((unsigned char)word[0]);
  case ABBR3('i', 'n', 'c'):
  case ABBR4('c', 'o', 'r', 'p'):
  case ABBR2('c', 'o'):
  case ABBR3('l', 't', 'd'):
  case ABBR2('v', 's'):
  case ABBR2('n', 'o'):
  case ABBR3('j', 'a', 'n'):
  case ABBR3('f', 'e', 'b'):
  case ABBR3('m', 'a', 'r'):
  case ABBR3('a', 'p', 'r'):
  case ABBR3('j', 'u', 'n'):
  case ABBR3('j', 'u', 'l'):
  case ABBR3('a', 'u', 'g'):
  case ABBR3('s', 'e', 'p'):
  case ABBR4('s', 'e', 'p', 't'):
  case ABBR3('o', 'c', 't'):
  case ABBR3('n', 'o', 'v'):
  case ABBR3('d', 'e', 'c'):
  case ABBR3('u', '.', 's'):
  case ABBR3('u', '.', 'k'):
  case ABBR3('a', '.', 'm'):
  case ABBR3('p', '.', 'm'):
  case ABBR3('e', '.', 'g'):
  case ABBR3('i', '.', 'e'):
  case ABBR3('e', 't', 'c'):
  case ABBR2('m', 't'):
  case ABBR2('f', 't'):
  case ABBR3('f', 'i', 'g'):
  case ABBR6('a', 'p', 'p', 'r', 'o', 'x'):
  case ABBR3('e', 's', 't'):
  case ABBR3('e', '.', 'v'):
  case ABBR5('c', '.', 'c', '.', 'p'):
    return true;
  default:
    return false;
  }
}

/* See internal.h.  A file name with a newline must not add lines to an
 * events file. */
void evg_text_one_line(evg_buf *clean, const char *text, size_t len) {
  static const char replacement[] = "\xEF\xBF\xBD";
  clean->len = 0;
  evg_buf_append(clean, "", 0); /* terminated even when text is empty */
  const unsigned char *s = (const unsigned char *)text;
  for (size_t i = 0; i < len;) {
    /* Printable ASCII, most of any text, needs neither checking nor
     * decoding: copied a run at once; the character after it goes the
     * long way, as evg_utf8_sanitize then the events file's rules see it. */
    size_t plain = printable_ascii_run(s + i, len - i);
    evg_buf_append(clean, text + i, plain);
    i += plain;
    if (i == len)
      break;
    size_t n = evg_utf8_valid_len(s + i, len - i);
    if (s[i] == '\n' || s[i] == '\r' || s[i] == '\t') {
      evg_buf_putc(clean, ' ');
      i++;
    } else if (s[i] < 0x80 || !n) { /* a control byte or invalid UTF-8 */
      evg_buf_append(clean, replacement, 3);
      i++;
    } else if (evg_events_rejects(evg_utf8_decode(s + i, n))) {
      /* also U+FFFE and U+FFFF, which evg_utf8_sanitize replaces whole */
      evg_buf_append(clean, replacement, 3);
      i += n;
    } else {
      evg_buf_append(clean, text + i, n);
      i += n;
    }
  }
  size_t a = 0, b = clean->len;
  while (a < b && clean->data[a] == ' ')
    a++;
  while (b > a && clean->data[b - 1] == ' ')
    b--;
  memmove(clean->data, clean->data + a, b - a);
  clean->len = b - a;
  clean->data[clean->len] = '\0';
}

struct json_t *evg_json_text(evg_buf *scratch, const char *text) {
  scratch->len = 0;
  evg_utf8_sanitize(scratch, text, strlen(text));
  /* no second UTF-8 check: evg_utf8_sanitize's output is valid */
  return json_stringn_nocheck(scratch->data, scratch->len);
}
