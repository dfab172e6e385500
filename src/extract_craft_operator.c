/* extract_craft_operator.c: the names stage's reading of a body's name
 * before a craft's noun ("a Japan Coast Guard helicopter lifted its 19
 * crew to safety", "a Royal Navy ship towed the barge"): the body sends
 * and runs the craft, and the gold keeps it as the one who acts, as it
 * keeps a firm before its crew ("a Central Pacific crew laid").  Only a
 * body of state or service the name's own words make known (a
 * government, an institution, a force): a firm before a craft is most
 * often its maker ("a Boeing jet", "a Sikorsky helicopter"). */
#include "extract_internal.h"

bool extract_operated_craft(const char *w, size_t len) {
  static const char *const crafts[] = {
      "helicopter", "helicopters", "plane",     "planes",     "aircraft",
      "jet",        "jets",        "ship",      "ships",      "boat",
      "boats",      "vessel",      "vessels",   "cutter",     "cutters",
      "lifeboat",   "lifeboats",   "ambulance", "ambulances", "drone",
      "drones",     "warship",     "warships",  "patrol",     "frigate",
      "icebreaker", "convoy",      "truck",     "trucks",     NULL};
  EXTRACT_WORD_SET(set, crafts, true);
  return extract_word_set_has(&set, w, len);
}
