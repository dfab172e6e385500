/* unit.h: a minimal test harness.  Each check prints "PASS name" or
 * "FAIL name: why"; tests/run.sh counts those lines across all suites. */
#ifndef EVG_UNIT_H
#define EVG_UNIT_H

#include <stdio.h>
#include <string.h>

static int unit_failed;

#define UNIT_REPORT(ok, name, ...)                                             \
  do {                                                                         \
    if (ok) {                                                                  \
      printf("PASS %s\n", name);                                               \
    } else {                                                                   \
      unit_failed++;                                                           \
      printf("FAIL %s (%s:%d): ", name, __FILE__, __LINE__);                   \
      printf(__VA_ARGS__);                                                     \
      printf("\n");                                                            \
    }                                                                          \
  } while (0)

/* CHECK(name, condition) */
#define CHECK(name, cond) UNIT_REPORT((cond), name, "%s", #cond)

#define CHECK_INT(name, got, want)                                             \
  do {                                                                         \
    long long got_ = (long long)(got), want_ = (long long)(want);              \
    UNIT_REPORT(got_ == want_, name, "got %lld, want %lld", got_, want_);      \
  } while (0)

#define CHECK_STR(name, got, want)                                             \
  do {                                                                         \
    const char *got_ = (got), *want_ = (want);                                 \
    UNIT_REPORT(got_ &&want_ ? strcmp(got_, want_) == 0 : got_ == want_, name, \
                "got \"%s\", want \"%s\"", got_ ? got_ : "(null)",             \
                want_ ? want_ : "(null)");                                     \
  } while (0)

#define UNIT_EXIT() return unit_failed ? 1 : 0

#endif
