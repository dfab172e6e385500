/* extract_relations_lead.c: the story's own happening as the stimulus a
 * news report names by a noun no earlier event shares ("In response to
 * the strike, the council voted ..." after a lead that told "Dockworkers
 * walked out").  A report's lead tells the happening it is about, and a
 * later definite noun for "the" happening refers to it even when the lead
 * used other words (a verb, a synonym).  The relations stage
 * (extract_relations.c) makes the edge. */
#include "extract_internal.h"

#include <stdlib.h>

/* Words that open a second happening inside the lead ("stopped the race
 * after a runner died", "lost its connection when the cable was cut"),
 * or tell one before it ("which had warned the company in August"): the
 * noun may then name either, and the edge is left out. */
static const char *const second_happening[] = {"after",     "when",   "because",
                                               "following", "before", "until",
                                               "as",        "had",    NULL};

/* The end of the lead sentence that opens at text[body] when it is the
 * whole of its paragraph (a news lead stands alone: a paragraph of
 * several sentences, or one that runs on to `limit`, is no lead); 0
 * otherwise.  The sentence splitter's, over that paragraph only. */
static size_t lead_end(const char *text, size_t line, size_t body,
                       size_t limit) {
  size_t stop = body;
  while (stop < limit && text[stop] != '\n')
    stop++;
  if (stop >= limit)
    return 0;
  size_t count = 0, end = 0;
  range *sentences = extract_split_sentences(text + line, stop - line, &count);
  for (size_t k = 0; k < count; k++)
    if (line + sentences[k].end > body) {
      end = line + sentences[k].end;
      break;
    }
  free(sentences);
  for (size_t i = end; end && i < stop; i++)
    if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r')
      return 0;
  return end;
}

/* The first event, when it is told in a lead that opens with a dateline
 * ("ROTTERDAM, October 9, 2025 — Dockworkers ... walked out"), is a
 * paragraph of one sentence and tells one happening; e when there is no such
 * lead (a history tells many happenings, none of them the one a later noun must
 * mean).  The text is read no further than `limit`, a position after the lead.
 */
size_t extract_lead_event(const evg_extraction *x, const char *text, size_t e,
                          size_t limit) {
  if (e == 0 || e > x->event_count || x->events[0].start >= limit)
    return e;
  size_t start = x->events[0].start, line = start;
  while (line > 0 && text[line - 1] != '\n')
    line--;
  size_t body = extract_dateline_end(text, line, start);
  if (body == line)
    return e;
  size_t len, end = lead_end(text, line, body, limit);
  if (end == 0 ||
      extract_find_cue(text, body, end, second_happening, &len) < end)
    return e;
  return 0;
}
