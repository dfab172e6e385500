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

/* Whether text[from, end) ends as a sentence does: a full stop, "!" or
 * "?", then perhaps closing quotes or a bracket, not a line cut short. */
static bool ends_sentence(const char *text, size_t from, size_t end) {
  for (;;) {
    while (end > from && (text[end - 1] == ' ' || text[end - 1] == '\t' ||
                          text[end - 1] == '\r' || text[end - 1] == '"' ||
                          text[end - 1] == '\'' || text[end - 1] == ')'))
      end--;
    /* a curly closing quote, U+2019 or U+201D */
    if (end >= from + 3 && (unsigned char)text[end - 3] == 0xE2 &&
        (unsigned char)text[end - 2] == 0x80 &&
        ((unsigned char)text[end - 1] == 0x99 ||
         (unsigned char)text[end - 1] == 0x9D))
      end -= 3;
    else
      break;
  }
  return end > from &&
         (text[end - 1] == '.' || text[end - 1] == '!' || text[end - 1] == '?');
}

/* The end of the lead sentence that opens at text[body] when it is the
 * whole of its paragraph, the line text[line, stop) (a news lead stands
 * alone: a paragraph of several sentences is no lead, and neither is a
 * line that ends inside its sentence, a paragraph wrapped onto the lines
 * after it); 0 otherwise.  The sentence splitter's, over that line only. */
static size_t lead_end(const char *text, size_t line, size_t body,
                       size_t stop) {
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
  return end && ends_sentence(text, body, end) ? end : 0;
}

/* The first event, when it is told in a lead that opens with a dateline
 * ("ROTTERDAM, October 9, 2025 — Dockworkers ... walked out"), is a
 * paragraph of one sentence and tells one happening; e when there is no such
 * lead (a history tells many happenings, none of them the one a later noun must
 * mean), or its paragraph runs on to `limit`, a position after the lead: the
 * text is read no further.  What is found is kept in x->lead: a text's
 * every call reads its lead once, and its line up to the last limit.
 */
size_t extract_lead_event(evg_extraction *x, const char *text, size_t e,
                          size_t limit) {
  if (e == 0 || e > x->event_count || x->events[0].start >= limit)
    return e;
  size_t start = x->events[0].start;
  if (!x->lead.known || x->lead.start != start) {
    size_t line = start;
    while (line > 0 && text[line - 1] != '\n')
      line--;
    size_t body = extract_dateline_end(text, line, start);
    x->lead.known = true;
    x->lead.ended = x->lead.is_lead = false;
    x->lead.start = start;
    x->lead.line = line;
    x->lead.body = x->lead.scanned = body;
  }
  if (x->lead.body == x->lead.line)
    return e;
  if (!x->lead.ended) {
    /* on from where the last call stopped: below it is no line break */
    size_t stop = x->lead.scanned;
    while (stop < limit && text[stop] != '\n')
      stop++;
    x->lead.scanned = stop;
    if (stop >= limit)
      return e;
    size_t len, end = lead_end(text, x->lead.line, x->lead.body, stop);
    x->lead.ended = true;
    x->lead.is_lead =
        end != 0 && extract_find_cue(text, x->lead.body, end, second_happening,
                                     &len) >= end;
  }
  return x->lead.is_lead && x->lead.scanned < limit ? 0 : e;
}
