/* timex_tokens.c: the tagger's first pass: the keyword table and the
 * tokenizer (words, numbers, punctuation; sentences, paragraphs and
 * quotations), and the readers of numbers and years that the rules share. */
#define _DEFAULT_SOURCE /* madvise, sysconf's page size */
#include "timex_internal.h"

#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* Sorted by word, for the reader; looked up through a hash table. */
static const keyword keywords[] = {
    {"a", K_WORD, W_A, 0},
    {"a.d", K_WORD, W_AD, 0},
    {"about", K_WORD, W_ABOUT, 0},
    {"ad", K_WORD, W_AD, 0},
    {"added", K_NONE, 0, TW_REPORT},
    {"after", K_WORD, W_AFTER, 0},
    {"afternoon", K_PARTDAY, 2, 0},
    {"ago", K_WORD, W_AGO, TW_PAST},
    {"aims", K_NONE, 0, TW_AHEAD},
    {"almost", K_WORD, W_NEARLY, 0},
    {"am", K_WORD, W_AM, 0},
    {"an", K_WORD, W_AN, 0},
    {"and", K_WORD, W_AND, 0},
    {"another", K_WORD, W_ANOTHER, 0},
    {"announced", K_NONE, 0, TW_REPORT},
    {"annually", K_SETWORD, UNIT_YEAR, 0},
    {"approximately", K_WORD, W_NEARLY, 0},
    {"apr", K_MONTH, 4, 0},
    {"april", K_MONTH, 4, 0},
    {"are", K_NONE, 0, TW_AUX | TW_PRESENT},
    {"argued", K_NONE, 0, TW_REPORT},
    {"arose", K_NONE, 0, TW_PAST},
    {"around", K_WORD, W_AROUND, 0},
    {"as", K_NONE, 0, TW_AS},
    {"at", K_WORD, W_AT, 0},
    {"ate", K_NONE, 0, TW_PAST},
    {"aug", K_MONTH, 8, 0},
    {"august", K_MONTH, 8, 0},
    {"autumn", K_SEASON, 3, 0},
    {"awoke", K_NONE, 0, TW_PAST},
    {"b.c", K_WORD, W_BC, 0},
    {"b.c.e", K_WORD, W_BC, 0},
    {"bc", K_WORD, W_BC, 0},
    {"bce", K_WORD, W_BC, 0},
    {"be", K_NONE, 0, TW_AUX},
    {"became", K_NONE, 0, TW_PAST},
    {"been", K_NONE, 0, TW_LOOKBACK | TW_AUX},
    {"before", K_WORD, W_BEFORE, 0},
    {"began", K_NONE, 0, TW_PAST},
    {"beginning", K_WORD, W_BEGINNING, 0},
    {"beheld", K_NONE, 0, TW_PAST},
    {"being", K_NONE, 0, TW_AUX},
    {"between", K_WORD, W_BETWEEN, 0},
    {"black", K_WORD, W_BLACK, 0},
    {"bled", K_NONE, 0, TW_PAST},
    {"blew", K_NONE, 0, TW_PAST},
    {"bought", K_NONE, 0, TW_PAST},
    {"boxing", K_WORD, W_BOXING, 0},
    {"bred", K_NONE, 0, TW_PAST},
    {"broke", K_NONE, 0, TW_PAST},
    {"brought", K_NONE, 0, TW_PAST},
    {"built", K_NONE, 0, TW_PAST},
    {"by", K_WORD, W_BY, 0},
    {"came", K_NONE, 0, TW_PAST},
    {"can", K_NONE, 0, TW_AHEAD},
    {"caught", K_NONE, 0, TW_PAST},
    {"ce", K_WORD, W_AD, 0},
    {"centuries", K_UNIT, UNIT_CENTURY, 0},
    {"century", K_UNIT, UNIT_CENTURY, 0},
    {"chinese", K_WORD, W_CHINESE, 0},
    {"chose", K_NONE, 0, TW_PAST},
    {"christmas", K_HOLIDAY, HOLIDAY_CHRISTMAS, 0},
    {"clung", K_NONE, 0, TW_PAST},
    {"coming", K_WORD, W_COMING, 0},
    {"could", K_NONE, 0, TW_AHEAD},
    {"couple", K_WORD, W_COUPLE, 0},
    {"crept", K_NONE, 0, TW_PAST},
    {"current", K_WORD, W_CURRENT, 0},
    {"currently", K_WORD, W_CURRENTLY, 0},
    {"cyber", K_WORD, W_CYBER, 0},
    {"daily", K_SETWORD, UNIT_DAY, 0},
    {"day", K_UNIT, UNIT_DAY, 0},
    {"days", K_UNIT, UNIT_DAY, 0},
    {"dealt", K_NONE, 0, TW_PAST},
    {"dec", K_MONTH, 12, 0},
    {"decade", K_UNIT, UNIT_DECADE, 0},
    {"decades", K_UNIT, UNIT_DECADE, 0},
    {"december", K_MONTH, 12, 0},
    {"did", K_NONE, 0, TW_PAST},
    {"died", K_NONE, 0, TW_PAST},
    {"dozen", K_WORD, W_DOZEN, 0},
    {"drank", K_NONE, 0, TW_PAST},
    {"drew", K_NONE, 0, TW_PAST},
    {"drove", K_NONE, 0, TW_PAST},
    {"due", K_NONE, 0, TW_AHEAD},
    {"dug", K_NONE, 0, TW_PAST},
    {"during", K_WORD, W_DURING, 0},
    {"each", K_WORD, W_EACH, 0},
    {"earlier", K_WORD, W_EARLIER, 0},
    {"earliest", K_WORD, W_EARLIEST, 0},
    {"early", K_WORD, W_EARLY, 0},
    {"easter", K_HOLIDAY, HOLIDAY_EASTER, 0},
    {"eight", K_NUMWORD, 8, 0},
    {"eighteen", K_NUMWORD, 18, 0},
    {"eighteenth", K_ORDWORD, 18, 0},
    {"eighth", K_ORDWORD, 8, 0},
    {"eighty", K_NUMWORD, 80, 0},
    {"eleven", K_NUMWORD, 11, 0},
    {"eleventh", K_ORDWORD, 11, 0},
    {"end", K_WORD, W_END, 0},
    {"estimated", K_NONE, 0, TW_REPORT},
    {"eve", K_WORD, W_EVE, 0},
    {"evening", K_PARTDAY, 3, 0},
    {"every", K_WORD, W_EVERY, 0},
    {"expected", K_NONE, 0, TW_AHEAD},
    {"expects", K_NONE, 0, TW_AHEAD},
    {"fall", K_SEASON, 3, 0},
    {"feb", K_MONTH, 2, 0},
    {"february", K_MONTH, 2, 0},
    {"fell", K_NONE, 0, TW_PAST},
    {"felt", K_NONE, 0, TW_PAST},
    {"festival", K_WORD, W_FESTIVAL, 0},
    {"few", K_WORD, W_FEW, 0},
    {"fifteen", K_NUMWORD, 15, 0},
    {"fifteenth", K_ORDWORD, 15, 0},
    {"fifth", K_ORDWORD, 5, 0},
    {"fifty", K_NUMWORD, 50, 0},
    {"first", K_ORDWORD, 1, 0},
    {"fiscal", K_WORD, W_FISCAL, 0},
    {"five", K_NUMWORD, 5, 0},
    {"fled", K_NONE, 0, TW_PAST},
    {"flew", K_NONE, 0, TW_PAST},
    {"flung", K_NONE, 0, TW_PAST},
    {"following", K_WORD, W_FOLLOWING, 0},
    {"for", K_WORD, W_FOR, 0},
    {"forbade", K_NONE, 0, TW_PAST},
    {"foresaw", K_NONE, 0, TW_PAST},
    {"forgave", K_NONE, 0, TW_PAST},
    {"forgot", K_NONE, 0, TW_PAST},
    {"fortnight", K_UNIT, UNIT_FORTNIGHT, 0},
    {"forty", K_NUMWORD, 40, 0},
    {"fought", K_NONE, 0, TW_PAST},
    {"found", K_NONE, 0, TW_PAST},
    {"four", K_NUMWORD, 4, 0},
    {"fourteen", K_NUMWORD, 14, 0},
    {"fourteenth", K_ORDWORD, 14, 0},
    {"fourth", K_ORDWORD, 4, 0},
    {"fri", K_WEEKDAY, 5, 0},
    {"friday", K_WEEKDAY, 5, 0},
    {"fridays", K_WEEKDAYS, 5, 0},
    {"from", K_WORD, W_FROM, 0},
    {"froze", K_NONE, 0, TW_PAST},
    {"future", K_WORD, W_FUTURE, 0},
    {"gave", K_NONE, 0, TW_PAST},
    {"going", K_WORD, W_GOING, 0},
    {"good", K_HOLIDAY, HOLIDAY_GOOD, 0},
    {"got", K_NONE, 0, TW_PAST},
    {"grew", K_NONE, 0, TW_PAST},
    {"h", K_WORD, W_H, 0},
    {"had", K_NONE, 0, TW_PAST | TW_LOOKBACK},
    {"half", K_WORD, W_HALF, 0},
    {"halloween", K_HOLIDAY, HOLIDAY_HALLOWEEN, 0},
    {"has", K_NONE, 0, TW_AUX | TW_HAVE},
    {"have", K_NONE, 0, TW_AUX | TW_HAVE},
    {"heard", K_NONE, 0, TW_PAST},
    {"held", K_NONE, 0, TW_PAST},
    {"hid", K_NONE, 0, TW_PAST},
    {"hopes", K_NONE, 0, TW_AHEAD},
    {"hour", K_UNIT, UNIT_HOUR, 0},
    {"hours", K_UNIT, UNIT_HOUR, 0},
    {"hundred", K_WORD, W_HUNDRED, 0},
    {"hung", K_NONE, 0, TW_PAST},
    {"in", K_WORD, W_IN, 0},
    {"independence", K_HOLIDAY, HOLIDAY_INDEPENDENCE, 0},
    {"intends", K_NONE, 0, TW_AHEAD},
    {"is", K_NONE, 0, TW_AUX | TW_PRESENT},
    {"jan", K_MONTH, 1, 0},
    {"january", K_MONTH, 1, 0},
    {"jul", K_MONTH, 7, 0},
    {"july", K_MONTH, 7, 0},
    {"jun", K_MONTH, 6, 0},
    {"june", K_MONTH, 6, 0},
    {"kept", K_NONE, 0, TW_PAST},
    {"knelt", K_NONE, 0, TW_PAST},
    {"knew", K_NONE, 0, TW_PAST},
    {"labor", K_HOLIDAY, HOLIDAY_LABOR, 0},
    {"labour", K_HOLIDAY, HOLIDAY_LABOR, 0},
    {"laid", K_NONE, 0, TW_PAST},
    {"last", K_WORD, W_LAST, 0},
    {"late", K_WORD, W_LATE, 0},
    {"later", K_WORD, W_LATER, 0},
    {"leapt", K_NONE, 0, TW_PAST},
    {"least", K_WORD, W_LEAST, 0},
    {"led", K_NONE, 0, TW_PAST},
    {"left", K_NONE, 0, TW_PAST},
    {"lent", K_NONE, 0, TW_PAST},
    {"less", K_WORD, W_LESS, 0},
    {"likely", K_NONE, 0, TW_LIKELY},
    {"lit", K_NONE, 0, TW_PAST},
    {"long", K_WORD, W_LONG, 0},
    {"lost", K_NONE, 0, TW_PAST},
    {"lunar", K_WORD, W_LUNAR, 0},
    {"made", K_NONE, 0, TW_PAST},
    {"many", K_WORD, W_MANY, 0},
    {"mar", K_MONTH, 3, 0},
    {"march", K_MONTH, 3, 0},
    {"may", K_MONTH, 5, TW_AHEAD},
    {"meant", K_NONE, 0, TW_PAST},
    {"memorial", K_HOLIDAY, HOLIDAY_MEMORIAL, 0},
    {"met", K_NONE, 0, TW_PAST},
    {"mid", K_WORD, W_MID, 0},
    {"middle", K_WORD, W_MIDDLE, 0},
    {"midday", K_WORD, W_NOON, 0},
    {"midnight", K_WORD, W_MIDNIGHT, 0},
    {"might", K_NONE, 0, TW_AHEAD},
    {"minute", K_UNIT, UNIT_MINUTE, 0},
    {"minutes", K_UNIT, UNIT_MINUTE, 0},
    {"mistook", K_NONE, 0, TW_PAST},
    {"mon", K_WEEKDAY, 1, 0},
    {"monday", K_WEEKDAY, 1, 0},
    {"mondays", K_WEEKDAYS, 1, 0},
    {"month", K_UNIT, UNIT_MONTH, 0},
    {"monthly", K_SETWORD, UNIT_MONTH, 0},
    {"months", K_UNIT, UNIT_MONTH, 0},
    {"more", K_WORD, W_MORE, 0},
    {"morning", K_PARTDAY, 1, 0},
    {"must", K_NONE, 0, TW_AHEAD},
    {"nearly", K_WORD, W_NEARLY, 0},
    {"new", K_WORD, W_NEW, 0},
    {"next", K_WORD, W_NEXT, 0},
    {"night", K_PARTDAY, 4, 0},
    {"nine", K_NUMWORD, 9, 0},
    {"nineteen", K_NUMWORD, 19, 0},
    {"nineteenth", K_ORDWORD, 19, 0},
    {"ninety", K_NUMWORD, 90, 0},
    {"ninth", K_ORDWORD, 9, 0},
    {"noon", K_WORD, W_NOON, 0},
    {"noted", K_NONE, 0, TW_REPORT},
    {"nov", K_MONTH, 11, 0},
    {"november", K_MONTH, 11, 0},
    {"now", K_WORD, W_NOW, 0},
    {"oct", K_MONTH, 10, 0},
    {"october", K_MONTH, 10, 0},
    {"of", K_WORD, W_OF, 0},
    {"old", K_WORD, W_OLD, 0},
    {"on", K_WORD, W_ON, 0},
    {"once", K_WORD, W_ONCE, 0},
    {"one", K_NUMWORD, 1, 0},
    {"or", K_WORD, W_OR, 0},
    {"other", K_WORD, W_OTHER, 0},
    {"outgrew", K_NONE, 0, TW_PAST},
    {"over", K_WORD, W_OVER, 0},
    {"overcame", K_NONE, 0, TW_PAST},
    {"overnight", K_WORD, W_OVERNIGHT, 0},
    {"oversaw", K_NONE, 0, TW_PAST},
    {"overtook", K_NONE, 0, TW_PAST},
    {"owed", K_NONE, 0, TW_PAST},
    {"paid", K_NONE, 0, TW_PAST},
    {"past", K_WORD, W_PAST, 0},
    {"plans", K_NONE, 0, TW_AHEAD},
    {"pm", K_WORD, W_PM, 0},
    {"predicted", K_NONE, 0, TW_REPORT},
    {"presidents", K_HOLIDAY, HOLIDAY_PRESIDENTS, 0},
    {"previous", K_WORD, W_PREVIOUS, 0},
    {"q", K_WORD, W_Q, 0},
    {"quarter", K_UNIT, UNIT_QUARTER, 0},
    {"quarterly", K_SETWORD, UNIT_QUARTER, 0},
    {"quarters", K_UNIT, UNIT_QUARTER, 0},
    {"ran", K_NONE, 0, TW_PAST},
    {"rang", K_NONE, 0, TW_PAST},
    {"rebuilt", K_NONE, 0, TW_PAST},
    {"recent", K_WORD, W_RECENT, 0},
    {"recently", K_WORD, W_RECENTLY, 0},
    {"reported", K_NONE, 0, TW_REPORT},
    {"rode", K_NONE, 0, TW_PAST},
    {"rose", K_NONE, 0, TW_PAST},
    {"roughly", K_WORD, W_NEARLY, 0},
    {"said", K_NONE, 0, TW_PAST | TW_REPORT},
    {"same", K_WORD, W_SAME, 0},
    {"sang", K_NONE, 0, TW_PAST},
    {"sank", K_NONE, 0, TW_PAST},
    {"sat", K_WEEKDAY, 6, 0},
    {"saturday", K_WEEKDAY, 6, 0},
    {"saturdays", K_WEEKDAYS, 6, 0},
    {"saw", K_NONE, 0, TW_PAST},
    {"says", K_NONE, 0, TW_REPORT},
    {"scheduled", K_NONE, 0, TW_AHEAD},
    {"second", K_ORDWORD, 2, 0},
    {"seconds", K_UNIT, UNIT_SECOND, 0},
    {"sent", K_NONE, 0, TW_PAST},
    {"sep", K_MONTH, 9, 0},
    {"sept", K_MONTH, 9, 0},
    {"september", K_MONTH, 9, 0},
    {"seven", K_NUMWORD, 7, 0},
    {"seventeen", K_NUMWORD, 17, 0},
    {"seventeenth", K_ORDWORD, 17, 0},
    {"seventh", K_ORDWORD, 7, 0},
    {"seventy", K_NUMWORD, 70, 0},
    {"several", K_WORD, W_SEVERAL, 0},
    {"shall", K_WORD, W_SHALL, 0},
    {"shone", K_NONE, 0, TW_PAST},
    {"shook", K_NONE, 0, TW_PAST},
    {"should", K_NONE, 0, TW_AHEAD},
    {"shrank", K_NONE, 0, TW_PAST},
    {"since", K_WORD, W_SINCE, 0},
    {"six", K_NUMWORD, 6, 0},
    {"sixteen", K_NUMWORD, 16, 0},
    {"sixteenth", K_ORDWORD, 16, 0},
    {"sixth", K_ORDWORD, 6, 0},
    {"sixty", K_NUMWORD, 60, 0},
    {"slept", K_NONE, 0, TW_PAST},
    {"slew", K_NONE, 0, TW_PAST},
    {"slid", K_NONE, 0, TW_PAST},
    {"sold", K_NONE, 0, TW_PAST},
    {"some", K_WORD, W_SOME, 0},
    {"sought", K_NONE, 0, TW_PAST},
    {"sped", K_NONE, 0, TW_PAST},
    {"spent", K_NONE, 0, TW_PAST},
    {"spoke", K_NONE, 0, TW_PAST},
    {"sprang", K_NONE, 0, TW_PAST},
    {"spring", K_SEASON, 1, 0},
    {"spun", K_NONE, 0, TW_PAST},
    {"stank", K_NONE, 0, TW_PAST},
    {"start", K_WORD, W_START, 0},
    {"stole", K_NONE, 0, TW_PAST},
    {"stood", K_NONE, 0, TW_PAST},
    {"strode", K_NONE, 0, TW_PAST},
    {"strove", K_NONE, 0, TW_PAST},
    {"struck", K_NONE, 0, TW_PAST},
    {"stuck", K_NONE, 0, TW_PAST},
    {"stung", K_NONE, 0, TW_PAST},
    {"summer", K_SEASON, 2, 0},
    {"sun", K_WEEKDAY, 7, 0},
    {"sunday", K_WEEKDAY, 7, 0},
    {"sundays", K_WEEKDAYS, 7, 0},
    {"swam", K_NONE, 0, TW_PAST},
    {"swept", K_NONE, 0, TW_PAST},
    {"swore", K_NONE, 0, TW_PAST},
    {"swung", K_NONE, 0, TW_PAST},
    {"taught", K_NONE, 0, TW_PAST},
    {"tells", K_NONE, 0, TW_REPORT},
    {"ten", K_NUMWORD, 10, 0},
    {"tenth", K_ORDWORD, 10, 0},
    {"than", K_WORD, W_THAN, 0},
    {"thanksgiving", K_HOLIDAY, HOLIDAY_THANKSGIVING, 0},
    {"that", K_WORD, W_THAT, 0},
    {"the", K_WORD, W_THE, 0},
    {"then", K_WORD, W_THEN, 0},
    {"third", K_ORDWORD, 3, 0},
    {"thirteen", K_NUMWORD, 13, 0},
    {"thirteenth", K_ORDWORD, 13, 0},
    {"thirtieth", K_ORDWORD, 30, 0},
    {"thirty", K_NUMWORD, 30, 0},
    {"this", K_WORD, W_THIS, 0},
    {"thought", K_NONE, 0, TW_PAST},
    {"three", K_NUMWORD, 3, 0},
    {"threw", K_NONE, 0, TW_PAST},
    {"through", K_WORD, W_THROUGH, 0},
    {"thu", K_WEEKDAY, 4, 0},
    {"thurs", K_WEEKDAY, 4, 0},
    {"thursday", K_WEEKDAY, 4, 0},
    {"thursdays", K_WEEKDAYS, 4, 0},
    {"to", K_WORD, W_TO, 0},
    {"today", K_WORD, W_TODAY, 0},
    {"told", K_NONE, 0, TW_PAST | TW_REPORT},
    {"tomorrow", K_WORD, W_TOMORROW, 0},
    {"tonight", K_WORD, W_TONIGHT, 0},
    {"took", K_NONE, 0, TW_PAST},
    {"tore", K_NONE, 0, TW_PAST},
    {"trod", K_NONE, 0, TW_PAST},
    {"tue", K_WEEKDAY, 2, 0},
    {"tues", K_WEEKDAY, 2, 0},
    {"tuesday", K_WEEKDAY, 2, 0},
    {"tuesdays", K_WEEKDAYS, 2, 0},
    {"twelfth", K_ORDWORD, 12, 0},
    {"twelve", K_NUMWORD, 12, 0},
    {"twentieth", K_ORDWORD, 20, 0},
    {"twenty", K_NUMWORD, 20, 0},
    {"twice", K_WORD, W_TWICE, 0},
    {"two", K_NUMWORD, 2, 0},
    {"understood", K_NONE, 0, TW_PAST},
    {"undertook", K_NONE, 0, TW_PAST},
    {"underwent", K_NONE, 0, TW_PAST},
    {"until", K_WORD, W_UNTIL, 0},
    {"up", K_WORD, W_UP, 0},
    {"upcoming", K_NONE, 0, TW_AHEAD},
    {"upheld", K_NONE, 0, TW_PAST},
    {"used", K_NONE, 0, TW_PAST},
    {"valentine", K_HOLIDAY, HOLIDAY_VALENTINE, 0},
    {"warned", K_NONE, 0, TW_REPORT},
    {"was", K_NONE, 0, TW_PAST | TW_LOOKBACK},
    {"wed", K_WEEKDAY, 3, 0},
    {"wednesday", K_WEEKDAY, 3, 0},
    {"wednesdays", K_WEEKDAYS, 3, 0},
    {"week", K_UNIT, UNIT_WEEK, 0},
    {"weekend", K_UNIT, UNIT_WEEKEND, 0},
    {"weekends", K_UNIT, UNIT_WEEKEND, 0},
    {"weekly", K_SETWORD, UNIT_WEEK, 0},
    {"weeks", K_UNIT, UNIT_WEEK, 0},
    {"went", K_NONE, 0, TW_PAST},
    {"wept", K_NONE, 0, TW_PAST},
    {"were", K_NONE, 0, TW_PAST | TW_LOOKBACK},
    {"will", K_WORD, W_WILL, 0},
    {"winter", K_SEASON, 4, 0},
    {"withdrew", K_NONE, 0, TW_PAST},
    {"withheld", K_NONE, 0, TW_PAST},
    {"within", K_WORD, W_WITHIN, 0},
    {"withstood", K_NONE, 0, TW_PAST},
    {"woke", K_NONE, 0, TW_PAST},
    {"won", K_NONE, 0, TW_PAST},
    {"wore", K_NONE, 0, TW_PAST},
    {"would", K_NONE, 0, TW_AHEAD},
    {"wrote", K_NONE, 0, TW_PAST | TW_REPORT},
    {"wrung", K_NONE, 0, TW_PAST},
    {"year", K_UNIT, UNIT_YEAR, 0},
    {"yearly", K_SETWORD, UNIT_YEAR, 0},
    {"years", K_UNIT, UNIT_YEAR, 0},
    {"yesterday", K_WORD, W_YESTERDAY, 0},
};

/* Most words are not keywords: a hash table of the keywords answers in one
 * probe or two, where bsearch needs eight string comparisons. */
#define KEYWORD_SLOTS 1024
static const keyword *keyword_table[KEYWORD_SLOTS];
static unsigned char keyword_len[KEYWORD_SLOTS]; /* the slot's word's */
static pthread_once_t keyword_table_once = PTHREAD_ONCE_INIT;

/* A hash of the length and the first, middle and last letters: the
 * keywords differ there, and it costs the same whatever the word's length
 * (FNV over every byte was an eighth of the tokenizer).  Each byte is
 * read with bit 0x20 set, so a word hashes as its lower case does: the
 * keywords' bytes (lower-case letters and '.') keep their value. */
static inline unsigned int keyword_hash(const char *s, size_t len) {
  if (len == 0)
    return 0;
  const unsigned char *u = (const unsigned char *)s;
  uint32_t h = (uint32_t)len * 0x9E3779B1u;
  h ^= (u[0] | 0x20u) * 0x85EBCA77u;
  h ^= (u[len - 1] | 0x20u) * 0xC2B2AE3Du;
  h ^= (u[len / 2] | 0x20u) * 0x27D4EB2Fu;
  return (h ^ (h >> 15)) & (KEYWORD_SLOTS - 1);
}

static void build_keyword_table(void) {
  for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
    unsigned int h = keyword_hash(keywords[i].word, strlen(keywords[i].word));
    while (keyword_table[h])
      h = (h + 1) & (KEYWORD_SLOTS - 1);
    keyword_table[h] = &keywords[i];
    keyword_len[h] = (unsigned char)strlen(keywords[i].word);
  }
}

/* The keyword a[0..len) equals the word b[0..len), ASCII case ignored: a
 * keyword's byte is a lower-case letter or '.', which only that letter in
 * either case, or '.', gives with bit 0x20 set (a byte of a word is never
 * 0x0E; one of 0x80 and above stays above).  A keyword is a few letters,
 * compared here rather than in a call. */
static inline bool same_letters(const char *a, const char *b, size_t len) {
  size_t k = 0;
  while (k < len && a[k] == (char)(b[k] | 0x20))
    k++;
  return k == len;
}

/* The keyword `word` (len bytes, in any case), or NULL.  The table is
 * built by timex_tokenize, before any look-up. */
static const keyword *lookup(const char *word, size_t len) {
  for (unsigned int h = keyword_hash(word, len); keyword_table[h];
       h = (h + 1) & (KEYWORD_SLOTS - 1))
    if (keyword_len[h] == len &&
        same_letters(keyword_table[h]->word, word, len))
      return keyword_table[h];
  return NULL;
}

/* The list's next token, zeroed, in place (not built aside and copied:
 * a copy per token was a tenth of the tokenizer); counted by the caller
 * once whole. */
static inline token *next_token(token_list *list) {
  if (list->count == list->cap) {
    list->cap = list->cap ? list->cap * 2 : 256;
    list->items = evg_xrealloc(list->items, list->cap * sizeof *list->items);
  }
  token *t = &list->items[list->count];
  *t = (token){0};
  return t;
}

static inline size_t letter_len(const unsigned char *s, size_t len) {
  return s[0] < 0x80 ? (ascii_alpha(s[0]) ? 1 : 0)
                     : evg_utf8_letter_len(s, len);
}

/* Numbers a token's sentence: a pending break (after . ! ? or a blank
 * line) starts a new one at the next token. */
static inline void stamp(token *t, bool *pending, unsigned int *sentence,
                         token_list *list, uint32_t paragraph) {
  if (*pending && list->count > 0)
    (*sentence)++;
  t->sentence_start = *pending || list->count == 0;
  t->sentence = *sentence;
  *pending = false;
  if (t->sentence_start) {
    if (list->sentences == list->sentence_cap) {
      list->sentence_cap = list->sentence_cap ? list->sentence_cap * 2 : 64;
      list->paragraph_of = evg_xrealloc(
          list->paragraph_of, list->sentence_cap * sizeof *list->paragraph_of);
    }
    list->paragraph_of[list->sentences++] = paragraph;
  }
}

/* A number at s[i] ("1,997", "2.5", "1990s", "27th", "3pm") into *t;
 * returns where it ends. */
static size_t scan_number(const unsigned char *s, size_t len, size_t i,
                          token *t) {
  t->kind = T_NUM;
  int64_t value = 0;
  size_t j = i;
  unsigned digits = 0;
  while (j < len) {
    if (isdigit(s[j])) {
      if (value < 100000000)
        value = value * 10 + (s[j] - '0');
      digits++;
      j++;
    } else if (s[j] == ',' && j + 3 < len + 0 && isdigit(s[j + 1]) &&
               j + 3 < len && isdigit(s[j + 2]) && isdigit(s[j + 3]) &&
               (j + 4 >= len || !isdigit(s[j + 4]))) {
      t->comma = true;
      j++;
    } else if (s[j] == '.' && j + 1 < len && isdigit(s[j + 1]) && !t->decimal) {
      t->decimal = true;
      j++;
    } else {
      break;
    }
  }
  t->num = (int32_t)value;
  t->digits = (unsigned char)(digits > 255 ? 255 : digits);
  /* Letters glued on: 1990s, 27th, 3pm. */
  size_t k = j;
  while (k < len && ascii_alpha(s[k]) && k - j < 8)
    k++;
  if (k > j && (k >= len || !ascii_alpha(s[k]))) {
    size_t n = k - j;
    char suffix[9] = {0};
    for (size_t m = 0; m < n; m++)
      suffix[m] = (char)ascii_lower(s[j + m]);
    if (strcmp(suffix, "s") == 0)
      t->suffix = 's';
    else if (!strcmp(suffix, "st") || !strcmp(suffix, "nd") ||
             !strcmp(suffix, "rd") || !strcmp(suffix, "th"))
      t->suffix = 'o';
    else if (!strcmp(suffix, "am"))
      t->suffix = 'a';
    else if (!strcmp(suffix, "pm"))
      t->suffix = 'p';
    else
      t->suffix = 'x';
    j = k;
  }
  t->end = (uint32_t)j;
  return j;
}

/* A word at s[i] into *t, with its keyword class.  Returns where it
 * ends.  The word is looked up as it stands, its case ignored by the
 * look-up: no lower-case copy of every word is made (it was a quarter of
 * the tokenizer). */
static size_t scan_word(const unsigned char *s, size_t len, size_t i,
                        token *t) {
  t->kind = T_WORD;
  size_t j = i;
  for (;;) {
    /* ASCII letters, most of any word: no decoding, eight at a time */
    j = evg_alpha_run_end((const char *)s, j, len);
    size_t l = j < len ? letter_len(s + j, len - j) : 0;
    /* inner periods of U.S., a.m. */
    if (!l && j + 2 < len && s[j] == '.' && ascii_alpha(s[j + 1]) &&
        s[j + 2] == '.')
      l = 1;
    if (!l)
      break;
    j += l;
  }
  size_t n = j - i;
  const char *w = (const char *)s + i;
  t->end = (uint32_t)j;
  t->cap = ascii_upper(s[i]);
  /* no keyword is longer than 13 letters */
  const keyword *k = n <= 13 ? lookup(w, n) : NULL;
  static const keyword am = {"am", K_WORD, W_AM, 0};
  static const keyword pm = {"pm", K_WORD, W_PM, 0};
  /* "a.m", "p.m": tested only for three letters with a period between,
   * not with two string comparisons for every other word */
  if (!k && n == 3 && w[1] == '.' && (w[2] | 0x20) == 'm')
    k = (w[0] | 0x20) == 'a' ? &am : (w[0] | 0x20) == 'p' ? &pm : NULL;
  /* "sat" in lower case is the past of "sit" ("the council sat on
   * Tuesday"), not Saturday's abbreviation, which is written "Sat" */
  static const keyword sat = {"sat", K_NONE, 0, TW_PAST};
  if (k && k->cls == K_WEEKDAY && n == 3 && !t->cap && w[0] == 's' &&
      w[1] == 'a' && w[2] == 't')
    k = &sat;
  if (k) {
    t->cls = k->cls;
    t->value = k->value;
    t->tense = k->tense;
  }
  return j;
}

/* A punctuation mark (or an invalid byte) at s[i] into *t; a quotation
 * mark opens or closes *quote (numbered from *quotes).  Returns its
 * length. */
static size_t scan_punct(const unsigned char *s, size_t len, size_t i, token *t,
                         uint16_t *quote, uint16_t *quotes) {
  t->kind = T_PUNCT;
  size_t n = evg_utf8_valid_len(s + i, len - i);
  if (!n)
    n = 1;
  t->end = (uint32_t)(i + n);
  /* a sign of more than one byte is no sentence end: a currency sign
   * ("a £40 million rebuild", "€2000") reads as "$", any other as "*" */
  bool currency = (n == 2 && s[i] == 0xC2 && s[i + 1] >= 0xA2 &&
                   s[i + 1] <= 0xA5) || /* cent, pound, currency, yen */
                  (n == 3 && s[i] == 0xE2 && s[i + 1] == 0x82 &&
                   s[i + 2] >= 0xA0); /* U+20A0..U+20BF: euro, rupee, ... */
  t->punct = n == 1 ? (char)s[i] : currency ? '$' : '*';
  if (n == 3 && s[i] == 0xE2 && s[i + 1] == 0x80) {
    if (s[i + 2] == 0x93 || s[i + 2] == 0x94)
      t->punct = '-'; /* en and em dash */
    else if (s[i + 2] == 0x99 || s[i + 2] == 0x98)
      t->punct = '\''; /* curly apostrophes */
    else if (s[i + 2] == 0x9C || s[i + 2] == 0x9D)
      t->punct = '"';
  }
  if (t->punct == '"') {
    /* curly marks say which way they face; a straight one toggles */
    bool opens = n == 3 ? s[i + 2] == 0x9C : *quote == 0;
    t->quote = 0;
    if (opens) {
      if (++*quotes == 0)
        *quotes = 1;
      *quote = *quotes;
    } else {
      *quote = 0;
    }
  }
  return n;
}

/* Where a part of the text stops: the state the tokenizer carries past
 * it (the last sentence, paragraph and quotation numbered). */
typedef struct {
  unsigned int sentence;
  uint32_t paragraph;
  uint16_t quotes;
} tokenizer_state;

/* The tokens of text[from..to) into *out, read as if the text began at
 * `from` (see split_point); a token's bytes and look-ahead may run to
 * `len`.  Returns the state at `to`. */
static tokenizer_state tokenize_part(const char *text, size_t from, size_t to,
                                     size_t len, token_list *out) {
  const unsigned char *s = (const unsigned char *)text;
  /* English prose has a token every five or six bytes: one allocation
   * instead of a doubling series of copies */
  out->cap = (to - from) / 5 + 16;
  out->items = evg_xrealloc(out->items, out->cap * sizeof *out->items);
  size_t i = from;
  bool space = true;
  bool new_sentence = false;
  unsigned int sentence = 0;
  uint16_t quote = 0, quotes = 0; /* the open quotation, the last one */
  uint32_t paragraph = 0;
  bool new_paragraph = false;
  while (i < to) {
    unsigned char c = s[i];
    if (c == ' ') { /* most bytes between tokens: passed in a run */
      do
        i++;
      while (i < to && s[i] == ' ');
      space = true;
      continue;
    }
    if (c == 0xC2 && i + 1 < len && s[i + 1] == 0xA0) { /* no-break space */
      space = true;
      i += 2;
      continue;
    }
    /* the space was passed above: one test tells most tokens' first
     * bytes from the other white space */
    if (c <= '\r' && (c == '\t' || c == '\r' || c == '\n')) {
      /* A blank line ends a sentence (headlines, datelines). */
      if (c == '\n' && i + 1 < len &&
          (s[i + 1] == '\n' ||
           (s[i + 1] == '\r' && i + 2 < len && s[i + 2] == '\n'))) {
        new_sentence = true;
        quote = 0; /* a paragraph closes a quotation left open */
        new_paragraph = out->count > 0;
      }
      space = true;
      i++;
      continue;
    }
    token *t = next_token(out);
    t->start = (uint32_t)i;
    if (new_paragraph) {
      paragraph++;
      new_paragraph = false;
    }
    t->space_before = space;
    t->quote = quote;
    space = false;
    if ((unsigned char)(c - '0') < 10) {
      i = scan_number(s, len, i, t);
    } else if (letter_len(s + i, len - i)) {
      i = scan_word(s, len, i, t);
      /* The period after an abbreviation belongs to it (which reads the
       * word in any case). */
      if (i < len && s[i] == '.' &&
          evg_abbreviation(text + t->start, i - t->start)) {
        bool ends = i + 1 >= len || s[i + 1] == '\n';
        t->end = (uint32_t)(i + 1);
        i++;
        stamp(t, &new_sentence, &sentence, out, paragraph);
        new_sentence = ends;
        out->count++;
        continue;
      }
    } else {
      i += scan_punct(s, len, i, t, &quote, &quotes);
    }
    stamp(t, &new_sentence, &sentence, out, paragraph);
    if (t->kind == T_PUNCT &&
        (t->punct == '.' || t->punct == '!' || t->punct == '?'))
      new_sentence = true;
    out->count++;
  }
  return (tokenizer_state){sentence, paragraph, quotes};
}

size_t timex_split_point(const char *s, size_t len) {
  for (const char *nl = memchr(s + len / 2, '\n', len - len / 2); nl;
       nl = memchr(nl + 1, '\n', (size_t)(s + len - nl - 1))) {
    size_t i = (size_t)(nl - s);
    if (i + 1 < len && (s[i + 1] == '\n' || (s[i + 1] == '\r' && i + 2 < len &&
                                             s[i + 2] == '\n'))) {
      while (i < len &&
             (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
        i++;
      return i < len ? i : 0;
    }
    if (i + 1 >= len)
      break;
  }
  return 0;
}

/* Where the second part's tokens go, read after a first part whose state
 * is `at`: behind the first part's, their sentence and quotation numbers
 * going on from its (a quotation's number wraps past 65535 to 1, as
 * scan_punct counts). */
typedef struct {
  token *to;
  unsigned int sentence_shift;
  uint16_t quotes;
} token_move;

/* Gives the whole pages of tokens[begin, end) back to the system, which
 * reads them as zeros if they are touched again: moved tokens the list
 * still holds (a page that the tokens around the range share is kept). */
static void release_tokens(token *tokens, size_t begin, size_t end) {
#ifdef MADV_DONTNEED
  long size = sysconf(_SC_PAGESIZE);
  uintptr_t page = size > 0 ? (uintptr_t)size : 4096;
  uintptr_t from = ((uintptr_t)(tokens + begin) + page - 1) & ~(page - 1);
  uintptr_t to = (uintptr_t)(tokens + end) & ~(page - 1);
  if (to > from)
    madvise((void *)from, to - from, MADV_DONTNEED);
#else
  (void)tokens;
  (void)begin;
  (void)end;
#endif
}

/* Moves from[begin, end) from the end back, a block at a time, each block
 * given back once moved: the tokens are held once, not twice, while two
 * threads move the halves of a list that no realloc may move. */
#define MOVE_BLOCK_TOKENS 65536 /* 1.8 MB */
static void move_tokens(const token_move *m, token *from, size_t begin,
                        size_t end) {
  while (end > begin) {
    size_t left =
        end - begin > MOVE_BLOCK_TOKENS ? end - MOVE_BLOCK_TOKENS : begin;
    for (size_t k = left; k < end; k++) {
      token t = from[k];
      t.sentence += m->sentence_shift;
      if (t.quote)
        t.quote = (uint16_t)((t.quote - 1u + m->quotes) % 65535u + 1u);
      m->to[k] = t;
    }
    release_tokens(from, left, end);
    end = left;
  }
}

/* The second part, tokenized on a thread of its own, which then moves
 * the later half of its tokens behind the first part's while the first
 * thread moves the earlier half: the move writes fresh pages, and their
 * faults, not the copying, took most of its time (16 ms of a thread's
 * CPU at 4.7 MB of prose, while the extraction's first thread waited). */
typedef struct {
  const char *text;
  size_t from, len;
  token_list tokens;
  pthread_mutex_t lock;
  pthread_cond_t changed;
  bool tokenized; /* the second part is, and waits for `move` */
  bool ready;     /* `move` and `half` are set */
  token_move move;
  size_t half;
} tokenize_job;

static void *tokenize_second_part(void *arg) {
  tokenize_job *job = arg;
  tokenize_part(job->text, job->from, job->len, job->len, &job->tokens);
  pthread_mutex_lock(&job->lock);
  job->tokenized = true;
  pthread_cond_broadcast(&job->changed);
  while (!job->ready)
    pthread_cond_wait(&job->changed, &job->lock);
  pthread_mutex_unlock(&job->lock);
  move_tokens(&job->move, job->tokens.items, job->half, job->tokens.count);
  return NULL;
}

/* Makes room in `first` for the second part's tokens and says where they
 * go (first is whole: its state is `at`). */
static token_move prepare_join(token_list *first, tokenizer_state at,
                               const token_list *second) {
  bool after = first->count > 0; /* the blank line counted */
  if (first->cap < first->count + second->count) {
    first->cap = first->count + second->count;
    first->items =
        evg_xrealloc(first->items, first->cap * sizeof *first->items);
  }
  return (token_move){first->items + first->count, after ? at.sentence + 1 : 0,
                      at.quotes};
}

/* Counts the moved tokens in `first` and appends the second part's
 * sentences' paragraphs, numbered on from the first part's. */
static void finish_join(token_list *first, tokenizer_state at,
                        token_list *second) {
  uint32_t paragraph_shift = first->count > 0 ? at.paragraph + 1 : 0;
  first->count += second->count;
  if (first->sentence_cap < first->sentences + second->sentences) {
    first->sentence_cap = first->sentences + second->sentences;
    first->paragraph_of = evg_xrealloc(
        first->paragraph_of, first->sentence_cap * sizeof *first->paragraph_of);
  }
  for (size_t k = 0; k < second->sentences; k++)
    first->paragraph_of[first->sentences++] =
        second->paragraph_of[k] + paragraph_shift;
  free(second->items);
  free(second->paragraph_of);
}

void timex_tokenize_at(const char *text, size_t len, size_t split,
                       token_list *out) {
  /* built once, safely when threads tag texts at the same time */
  pthread_once(&keyword_table_once, build_keyword_table);
  tokenize_job job = {.text = text, .from = split, .len = len};
  bool threaded =
      split > 0 && split < len && pthread_mutex_init(&job.lock, NULL) == 0;
  if (threaded && pthread_cond_init(&job.changed, NULL) != 0) {
    pthread_mutex_destroy(&job.lock);
    threaded = false;
  }
  pthread_t thread;
  if (threaded &&
      pthread_create(&thread, NULL, tokenize_second_part, &job) != 0) {
    pthread_cond_destroy(&job.changed);
    pthread_mutex_destroy(&job.lock);
    threaded = false;
  }
  if (!threaded) {
    tokenize_part(text, 0, len, len, out);
    return;
  }
  tokenizer_state at = tokenize_part(text, 0, split, len, out);
  pthread_mutex_lock(&job.lock);
  while (!job.tokenized)
    pthread_cond_wait(&job.changed, &job.lock);
  job.move = prepare_join(out, at, &job.tokens);
  job.half = job.tokens.count / 2;
  job.ready = true;
  pthread_cond_broadcast(&job.changed);
  pthread_mutex_unlock(&job.lock);
  move_tokens(&job.move, job.tokens.items, 0, job.half);
  pthread_join(thread, NULL);
  pthread_cond_destroy(&job.changed);
  pthread_mutex_destroy(&job.lock);
  finish_join(out, at, &job.tokens);
}

/* Below this the text is tokenized in one part: a thread costs more. */
#define TOKENIZE_SPLIT_MIN_BYTES (256 * 1024)

/* A long text's second half is tokenized on a thread of its own: the
 * tagger reads no token before all are made, and the tokenizer is most of
 * its time (on two cores the extraction's first thread would wait). */
void timex_tokenize(const char *text, size_t len, token_list *out) {
  timex_tokenize_at(
      text, len,
      len >= TOKENIZE_SPLIT_MIN_BYTES ? timex_split_point(text, len) : 0, out);
}

/* A number written as digits or words ("two", "a", "twenty-four"). Returns
 * the tokens it takes (0 when none) and sets *value; vague amounts ("a few",
 * "several") give -1. */
size_t timex_number_at(const context *c, size_t i, int *value) {
  if (i < c->n && c->t[i].kind == T_NUM && !c->t[i].decimal &&
      c->t[i].suffix == 0 && c->t[i].digits <= 7) {
    *value = c->t[i].num;
    return 1;
  }
  if (cls(c, i) == K_NUMWORD) {
    int v = c->t[i].value;
    /* twenty-four */
    if (v >= 20 && v % 10 == 0 && punct(c, i + 1, '-') && glued(c, i + 1) &&
        cls(c, i + 2) == K_NUMWORD && c->t[i + 2].value < 10 &&
        glued(c, i + 2)) {
      *value = v + c->t[i + 2].value;
      return 3;
    }
    *value = v;
    return 1;
  }
  if (word(c, i, W_A) || word(c, i, W_AN)) {
    if (word(c, i + 1, W_FEW)) {
      *value = -1;
      return 2;
    }
    if (word(c, i + 1, W_COUPLE) && word(c, i + 2, W_OF)) {
      *value = 2;
      return 3;
    }
    if (word(c, i + 1, W_DOZEN)) {
      *value = 12;
      return 2;
    }
    *value = 1;
    return 1;
  }
  if (word(c, i, W_SEVERAL) || word(c, i, W_MANY)) {
    *value = -1;
    return 1;
  }
  if (word(c, i, W_FEW)) {
    *value = -1;
    return 1;
  }
  return 0;
}

/* A four-digit year token up to `latest`, with the guards against counts
 * and amounts. */
static bool year_token_until(const context *c, size_t i, bool strict,
                             int32_t latest) {
  if (!is_num(c, i) || c->t[i].suffix != 0 || c->t[i].digits != 4)
    return false;
  int32_t y = c->t[i].num;
  if (y < 1000 || y > latest)
    return false;
  if (i > 0 && c->t[i - 1].kind == T_PUNCT && !c->t[i].space_before &&
      (c->t[i - 1].punct == '$' || c->t[i - 1].punct == '#'))
    return false; /* $2025, #1999, £2000 */
  if (i > 1 && !c->t[i].space_before && c->t[i - 1].kind == T_PUNCT &&
      c->t[i - 1].punct == '-' && !c->t[i - 1].space_before &&
      c->t[i - 2].kind == T_WORD && c->t[i - 2].cap)
    return false; /* a product code: LX-2025 (not mid-1916, pre-2000) */
  if (i > 1 && !c->t[i].space_before && c->t[i - 1].kind == T_PUNCT &&
      (c->t[i - 1].punct == '/' || c->t[i - 1].punct == '.' ||
       c->t[i - 1].punct == ':') &&
      !c->t[i - 1].space_before && c->t[i - 2].kind == T_NUM)
    return false; /* the end of 03/04/2025, 1.2025, 10:2025 */
  if (i + 1 < c->n) {
    const token *next = &c->t[i + 1];
    if (next->kind == T_PUNCT && next->punct == '%')
      return false;
    /* "2025-13": a number after a dash is a range end only when it reads as
     * one: a later four-digit year or two digits ("1990-94") */
    if (next->kind == T_PUNCT && next->punct == '-' && !next->space_before &&
        i + 2 < c->n && c->t[i + 2].kind == T_NUM &&
        !c->t[i + 2].space_before &&
        !(c->t[i + 2].digits == 4 && c->t[i + 2].num > y) &&
        !(c->t[i + 2].digits == 2 && c->t[i + 2].num > y % 100))
      return false;
    if (next->kind == T_WORD && !next->cap) {
      /* "2000 soldiers", "1997 votes", "2025 percent": a count. */
      static const char *const counted[] = {
          "percent",   "per",      "million", "billion", "thousand",
          "people",    "soldiers", "troops",  "men",     "votes",
          "members",   "dollars",  "euros",   "miles",   "kilometers",
          "km",        "feet",     "meters",  "tons",    "units",
          "cars",      "students", "workers", "deaths",  "casualties",
          "prisoners", "points",   "seats",   "times",   NULL};
      for (size_t k = 0; counted[k]; k++)
        if (lower_word_is(c, i + 1, counted[k]))
          return false;
      size_t wl = next->end - next->start;
      const char *w = c->text + next->start;
      /* not "a 2009 analysis", "the 2008 crisis": singulars in -sis */
      bool sis = wl > 4 && w[wl - 2] == 'i' && w[wl - 3] == 's';
      bool plural = wl > 3 && w[wl - 1] == 's' && w[wl - 2] != 's' &&
                    w[wl - 2] != 'u' && w[wl - 2] != '\'' && !sis &&
                    next->cls == K_NONE;
      if (plural && strict)
        return false;
    }
  }
  return true;
}

/* A bare number is a year only in the centuries that news and history
 * tell (to 2199): "3000 marched" is a count. */
bool timex_year_token(const context *c, size_t i, bool strict) {
  return year_token_until(c, i, strict, 2199);
}

/* After a month's name any four-digit number is its year, as after a
 * day's ("December 9, 9999" already was): "December 9999" is that year's
 * December, never a December near the paper's day with the number left
 * over. */
bool timex_month_year_token(const context *c, size_t i) {
  return year_token_until(c, i, false, 9999);
}
