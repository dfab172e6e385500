/* fuzz_date.c: the date parser, and the round trip of what it accepted:
 * the EDTF text and the events-file text of a date parse back to the same
 * bounds, kinds of ends and qualifiers; so does a shifted date's. */
#include "fuzz.h"

/* A date is a few dozen bytes; longer inputs only repeat. */
#define FUZZ_MAX_DATE 256

/* What a reader of the written date can know (tests/test_date.c checks the
 * same for the forms it lists). */
static bool same_exported_date(const evg_date *a, const evg_date *b) {
  bool has_start = evg_date_has_start(a), has_end = evg_date_has_end(a);
  return has_start == evg_date_has_start(b) && has_end == evg_date_has_end(b) &&
         (!has_start || a->start == b->start) &&
         (!has_end || a->end == b->end) && a->open_start == b->open_start &&
         a->open_end == b->open_end && a->unknown_start == b->unknown_start &&
         a->unknown_end == b->unknown_end && a->approximate == b->approximate &&
         a->uncertain == b->uncertain;
}

typedef size_t (*date_writer)(const evg_date *, char *, size_t);

static void check_round_trip(const evg_date *date, date_writer write,
                             const char *spelling) {
  char text[128];
  size_t len = write(date, text, sizeof text);
  FUZZ_REQUIRE(len < sizeof text, "%s text of %zu bytes", spelling, len);
  FUZZ_REQUIRE(strlen(text) == len, "%s length %zu for \"%s\"", spelling, len,
               text);
  evg_date back;
  const char *error = NULL;
  size_t offset = 0;
  FUZZ_REQUIRE(evg_date_parse(text, len, &back, &error, &offset),
               "%s \"%s\" does not parse back: %s at %zu", spelling, text,
               error ? error : "?", offset);
  FUZZ_REQUIRE(same_exported_date(date, &back),
               "%s \"%s\" reads back as %d..%d, was %d..%d", spelling, text,
               back.start, back.end, date->start, date->end);
}

static void check_date(const evg_date *date) {
  FUZZ_REQUIRE(date->start <= date->end, "bounds %d > %d", date->start,
               date->end);
  check_round_trip(date, evg_date_format_edtf, "EDTF");
  check_round_trip(date, evg_date_format_iso, "events-file");
  char human[128];
  size_t len = evg_date_format_human(date, human, sizeof human);
  FUZZ_REQUIRE(len < sizeof human && strlen(human) == len,
               "human text of %zu bytes", len);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > FUZZ_MAX_DATE)
    return 0;
  evg_date date;
  const char *error = NULL;
  size_t offset = SIZE_MAX;
  if (!evg_date_parse((const char *)data, size, &date, &error, &offset)) {
    FUZZ_REQUIRE(error && *error, "rejected without a message");
    FUZZ_REQUIRE(offset <= size, "error offset %zu past %zu bytes", offset,
                 size);
    return 0;
  }
  check_date(&date);
  /* The shifts relative dates make (anchor - 1 month, @x + 3 days). */
  static const evg_unit units[] = {EVG_UNIT_DAY, EVG_UNIT_WEEK, EVG_UNIT_MONTH,
                                   EVG_UNIT_QUARTER, EVG_UNIT_YEAR};
  int amount = size % 2 ? -1 : 3;
  evg_date shifted;
  if (evg_date_shift(&date, amount, units[size % 5], &shifted))
    check_date(&shifted);
  return 0;
}
