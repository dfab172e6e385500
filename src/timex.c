/* timex.c: a rule-based temporal tagger for English news and history prose.
 *
 * One pass tokenizes the text; a second walks the tokens and, at each token
 * that can start a temporal expression, tries the rule families below
 * (longest match wins), normalises the match to a TIMEX3 value and resolves
 * it.  Both passes are linear: rules look at a bounded number of tokens.
 *
 * Resolution follows how writers use dates:
 * - deictic expressions (yesterday, last week, two years ago, on Monday)
 *   count from the anchor, the text's own date;
 * - anaphoric ones (three days later, the following year, by then, that
 *   month) count from the reference date: the date mentioned last;
 * - year-less dates (in December, Jan. 27, the third quarter) take their
 *   year from the reference date when a date was mentioned in this or the
 *   previous sentence, or in a narrative (a text without deictic
 *   expressions, such as history); otherwise from the anchor, in the
 *   direction of the tense of the nearest verb (past: the last such date
 *   before the anchor; future: the next one).
 * A bare weekday follows the tense the same way: "on Monday" in a sentence
 * in the past is the last Monday before the anchor (the anchor's own
 * weekday means a week back: writers say "today" for the same day). */
#include "internal.h"

#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Keywords                                                             */
/* ------------------------------------------------------------------ */

typedef enum {
  K_NONE,
  K_MONTH,   /* value 1..12 */
  K_WEEKDAY, /* value 1..7, Monday = 1 */
  K_NUMWORD, /* value */
  K_ORDWORD, /* value */
  K_UNIT,    /* value: evg_unit-like, see UNIT_* */
  K_SEASON,  /* value 1..4: spring, summer, autumn, winter */
  K_PARTDAY, /* value: 1 morning, 2 afternoon, 3 evening, 4 night */
  K_SETWORD, /* value: UNIT_* of annually, daily ... */
  K_HOLIDAY, /* value: HOLIDAY_* */
  K_WORD,    /* a plain function word; value: W_* */
  K_WEEKDAYS /* plural weekday (a set); value 1..7 */
} keyword_class;

enum {
  UNIT_DAY = 1,
  UNIT_WEEK,
  UNIT_MONTH,
  UNIT_QUARTER,
  UNIT_YEAR,
  UNIT_DECADE,
  UNIT_CENTURY,
  UNIT_HOUR,
  UNIT_MINUTE,
  UNIT_WEEKEND,
  UNIT_FORTNIGHT,
  UNIT_SECOND
};

enum {
  W_THE = 1,
  W_OF,
  W_IN,
  W_ON,
  W_AT,
  W_BY,
  W_SINCE,
  W_UNTIL,
  W_DURING,
  W_FROM,
  W_TO,
  W_THROUGH,
  W_BEFORE,
  W_BETWEEN,
  W_AFTER,
  W_AGO,
  W_LATER,
  W_EARLIER,
  W_NEXT,
  W_LAST,
  W_THIS,
  W_THAT,
  W_PREVIOUS,
  W_FOLLOWING,
  W_COMING,
  W_PAST,
  W_SAME,
  W_EARLY,
  W_LATE,
  W_MID,
  W_MIDDLE,
  W_END,
  W_BEGINNING,
  W_START,
  W_EVERY,
  W_EACH,
  W_TODAY,
  W_YESTERDAY,
  W_TOMORROW,
  W_TONIGHT,
  W_NOW,
  W_RECENTLY,
  W_THEN,
  W_HALF,
  W_A,
  W_FEW,
  W_SEVERAL,
  W_COUPLE,
  W_NOON,
  W_MIDNIGHT,
  W_AM,
  W_PM,
  W_BC,
  W_AD,
  W_YEARS_POSS,
  W_EVE,
  W_NEW,
  W_DAY,
  W_LONG,
  W_ONCE,
  W_TWICE,
  W_OTHER,
  W_CHINESE,
  W_LUNAR,
  W_FESTIVAL,
  W_OLD,
  W_FOR,
  W_OVER,
  W_WITHIN,
  W_RECENT,
  W_MANY,
  W_SUNDAY,
  W_MONDAY,
  W_FRIDAY,
  W_YEAR,
  W_AROUND,
  W_ABOUT,
  W_AN,
  W_WILL,
  W_SHALL,
  W_GOING,
  W_EARLIEST,
  W_Q,
  W_H,
  W_DOZEN,
  W_HUNDRED,
  W_FUTURE,
  W_CURRENTLY,
  W_AND,
  W_ANOTHER,
  W_OR,
  W_CURRENT,
  W_CYBER,
  W_BLACK,
  W_NEARLY,
  W_MORE,
  W_LESS,
  W_THAN,
  W_UP,
  W_LEAST,
  W_BOXING,
  W_SOME,
  W_FISCAL,
  W_OVERNIGHT
};

enum {
  HOLIDAY_CHRISTMAS = 1,
  HOLIDAY_EASTER,
  HOLIDAY_THANKSGIVING,
  HOLIDAY_HALLOWEEN,
  HOLIDAY_VALENTINE,
  HOLIDAY_INDEPENDENCE,
  HOLIDAY_LABOR,
  HOLIDAY_MEMORIAL,
  HOLIDAY_GOOD, /* Good Friday */
  HOLIDAY_NEWYEAR,
  HOLIDAY_PRESIDENTS
};

/* Words that tell a clause's tense, flagged in the keyword table.  Past
 * forms there are the irregular ones (regular ones end in -ed); not "cut",
 * "set", "put", "hit": present forms and nouns too. */
enum {
  TW_PAST = 1,      /* a past form: "said", "was", "ago" */
  TW_AHEAD = 2,     /* points ahead ("will" aside): "would", "plans", "is" */
  TW_LOOKBACK = 4,  /* "had been scheduled", "was expected": looks back */
  TW_AS = 8,        /* "as planned": no verb of the clause */
  TW_AUX = 16,      /* be/has before a participle: "will be paid" */
  TW_HAVE = 32,     /* present perfect: "have merged since" */
  TW_LIKELY = 64,   /* "likely to" */
  TW_PRESENT = 128, /* "is", "are" */
  TW_REPORT = 256   /* a verb of saying: "said", "told" */
};

typedef struct {
  const char *word;
  unsigned char cls; /* K_NONE for a word that only tells the tense */
  short value;
  unsigned short tense; /* TW_ flags */
} keyword;

/* Sorted by word, for the reader; looked up through a hash table. */
static const keyword keywords[] = {
    {"a", K_WORD, W_A, 0},
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
    {"aug", K_MONTH, 8, 0},
    {"august", K_MONTH, 8, 0},
    {"autumn", K_SEASON, 3, 0},
    {"bc", K_WORD, W_BC, 0},
    {"bce", K_WORD, W_BC, 0},
    {"be", K_NONE, 0, TW_AUX},
    {"became", K_NONE, 0, TW_PAST},
    {"been", K_NONE, 0, TW_LOOKBACK | TW_AUX},
    {"before", K_WORD, W_BEFORE, 0},
    {"began", K_NONE, 0, TW_PAST},
    {"beginning", K_WORD, W_BEGINNING, 0},
    {"being", K_NONE, 0, TW_AUX},
    {"between", K_WORD, W_BETWEEN, 0},
    {"black", K_WORD, W_BLACK, 0},
    {"blew", K_NONE, 0, TW_PAST},
    {"bought", K_NONE, 0, TW_PAST},
    {"boxing", K_WORD, W_BOXING, 0},
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
    {"coming", K_WORD, W_COMING, 0},
    {"could", K_NONE, 0, TW_AHEAD},
    {"couple", K_WORD, W_COUPLE, 0},
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
    {"following", K_WORD, W_FOLLOWING, 0},
    {"for", K_WORD, W_FOR, 0},
    {"forbade", K_NONE, 0, TW_PAST},
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
    {"knew", K_NONE, 0, TW_PAST},
    {"labor", K_HOLIDAY, HOLIDAY_LABOR, 0},
    {"labour", K_HOLIDAY, HOLIDAY_LABOR, 0},
    {"last", K_WORD, W_LAST, 0},
    {"late", K_WORD, W_LATE, 0},
    {"later", K_WORD, W_LATER, 0},
    {"least", K_WORD, W_LEAST, 0},
    {"led", K_NONE, 0, TW_PAST},
    {"left", K_NONE, 0, TW_PAST},
    {"lent", K_NONE, 0, TW_PAST},
    {"less", K_WORD, W_LESS, 0},
    {"likely", K_NONE, 0, TW_LIKELY},
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
    {"over", K_WORD, W_OVER, 0},
    {"overnight", K_WORD, W_OVERNIGHT, 0},
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
    {"shook", K_NONE, 0, TW_PAST},
    {"should", K_NONE, 0, TW_AHEAD},
    {"shrank", K_NONE, 0, TW_PAST},
    {"since", K_WORD, W_SINCE, 0},
    {"six", K_NUMWORD, 6, 0},
    {"sixteen", K_NUMWORD, 16, 0},
    {"sixteenth", K_ORDWORD, 16, 0},
    {"sixth", K_ORDWORD, 6, 0},
    {"sixty", K_NUMWORD, 60, 0},
    {"slid", K_NONE, 0, TW_PAST},
    {"sold", K_NONE, 0, TW_PAST},
    {"some", K_WORD, W_SOME, 0},
    {"sought", K_NONE, 0, TW_PAST},
    {"spent", K_NONE, 0, TW_PAST},
    {"spoke", K_NONE, 0, TW_PAST},
    {"spring", K_SEASON, 1, 0},
    {"spun", K_NONE, 0, TW_PAST},
    {"start", K_WORD, W_START, 0},
    {"stole", K_NONE, 0, TW_PAST},
    {"stood", K_NONE, 0, TW_PAST},
    {"struck", K_NONE, 0, TW_PAST},
    {"stuck", K_NONE, 0, TW_PAST},
    {"summer", K_SEASON, 2, 0},
    {"sun", K_WEEKDAY, 7, 0},
    {"sunday", K_WEEKDAY, 7, 0},
    {"sundays", K_WEEKDAYS, 7, 0},
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
    {"underwent", K_NONE, 0, TW_PAST},
    {"until", K_WORD, W_UNTIL, 0},
    {"up", K_WORD, W_UP, 0},
    {"upcoming", K_NONE, 0, TW_AHEAD},
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
    {"were", K_NONE, 0, TW_PAST | TW_LOOKBACK},
    {"will", K_WORD, W_WILL, 0},
    {"winter", K_SEASON, 4, 0},
    {"withdrew", K_NONE, 0, TW_PAST},
    {"within", K_WORD, W_WITHIN, 0},
    {"woke", K_NONE, 0, TW_PAST},
    {"won", K_NONE, 0, TW_PAST},
    {"wore", K_NONE, 0, TW_PAST},
    {"would", K_NONE, 0, TW_AHEAD},
    {"wrote", K_NONE, 0, TW_PAST | TW_REPORT},
    {"year", K_UNIT, UNIT_YEAR, 0},
    {"yearly", K_SETWORD, UNIT_YEAR, 0},
    {"years", K_UNIT, UNIT_YEAR, 0},
    {"yesterday", K_WORD, W_YESTERDAY, 0},
};

/* Most words are not keywords: a hash table of the keywords answers in one
 * probe or two, where bsearch needs eight string comparisons. */
#define KEYWORD_SLOTS 1024
static const keyword *keyword_table[KEYWORD_SLOTS];
static pthread_once_t keyword_table_once = PTHREAD_ONCE_INIT;

static unsigned int keyword_hash(const char *s, size_t len) {
  return evg_hash32(s, len) & (KEYWORD_SLOTS - 1);
}

static void build_keyword_table(void) {
  for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
    unsigned int h = keyword_hash(keywords[i].word, strlen(keywords[i].word));
    while (keyword_table[h])
      h = (h + 1) & (KEYWORD_SLOTS - 1);
    keyword_table[h] = &keywords[i];
  }
}

static const keyword *lookup(const char *lower, size_t len) {
  /* built once, safely when threads tag texts at the same time */
  pthread_once(&keyword_table_once, build_keyword_table);
  for (unsigned int h = keyword_hash(lower, len); keyword_table[h];
       h = (h + 1) & (KEYWORD_SLOTS - 1))
    if (strcmp(keyword_table[h]->word, lower) == 0)
      return keyword_table[h];
  return NULL;
}

/* ------------------------------------------------------------------ */
/* Tokens                                                               */
/* ------------------------------------------------------------------ */

typedef enum { T_WORD, T_NUM, T_PUNCT } token_kind;

typedef struct {
  uint32_t start, end;   /* bytes */
  int32_t num;           /* a number's value (commas ignored) */
  unsigned int sentence; /* sentence number */
  uint16_t quote;        /* the quotation the token is inside, 0 if none
                            (numbers wrap; only neighbours are compared) */
  unsigned short tense;  /* TW_ flags */
  short value;           /* keyword value */
  unsigned char kind;
  unsigned char cls; /* keyword class */
  unsigned char digits;
  char suffix; /* letters glued to a number: 's' (1990s), 'o'
                  (27th), 'a' (3am), 'p' (3pm), 'x' other */
  char punct;  /* for T_PUNCT: the ASCII char; '-' for dashes,
                  '\'' for apostrophes */
  bool space_before : 1;
  bool cap : 1;            /* a word that starts with an uppercase letter */
  bool sentence_start : 1; /* first token of a sentence */
  bool comma : 1;          /* "1,997" */
  bool decimal : 1;        /* "2.5" */
} token;
_Static_assert(sizeof(token) <= 32, "a token fits half a cache line");

typedef struct {
  token *items;
  size_t count, cap;
  uint32_t *paragraph_of; /* by sentence number: its paragraph */
  size_t sentences, sentence_cap;
} token_list;

static void push_token(token_list *list, const token *t) {
  if (list->count == list->cap) {
    list->cap = list->cap ? list->cap * 2 : 256;
    list->items = evg_xrealloc(list->items, list->cap * sizeof *list->items);
  }
  list->items[list->count++] = *t;
}

static inline size_t letter_len(const unsigned char *s, size_t len) {
  return s[0] < 0x80 ? (isalpha(s[0]) ? 1 : 0) : evg_utf8_letter_len(s, len);
}

/* Numbers a token's sentence: a pending break (after . ! ? or a blank
 * line) starts a new one at the next token. */
static void stamp(token *t, bool *pending, unsigned int *sentence,
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

static void tokenize(const char *text, size_t len, token_list *out) {
  const unsigned char *s = (const unsigned char *)text;
  /* English prose has a token every five or six bytes: one allocation
   * instead of a doubling series of copies */
  out->cap = len / 5 + 16;
  out->items = evg_xrealloc(out->items, out->cap * sizeof *out->items);
  size_t i = 0;
  bool space = true;
  bool new_sentence = false;
  unsigned int sentence = 0;
  uint16_t quote = 0, quotes = 0; /* the open quotation, the last one */
  uint32_t paragraph = 0;
  bool new_paragraph = false;
  char lower[40];
  while (i < len) {
    unsigned char c = s[i];
    if (c == 0xC2 && i + 1 < len && s[i + 1] == 0xA0) { /* no-break space */
      space = true;
      i += 2;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
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
    token t = {0};
    t.start = (uint32_t)i;
    if (new_paragraph) {
      paragraph++;
      new_paragraph = false;
    }
    t.space_before = space;
    t.quote = quote;
    space = false;
    if (isdigit(c)) {
      t.kind = T_NUM;
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
          t.comma = true;
          j++;
        } else if (s[j] == '.' && j + 1 < len && isdigit(s[j + 1]) &&
                   !t.decimal) {
          t.decimal = true;
          j++;
        } else {
          break;
        }
      }
      t.num = (int32_t)value;
      t.digits = (unsigned char)(digits > 255 ? 255 : digits);
      /* Letters glued on: 1990s, 27th, 3pm. */
      size_t k = j;
      while (k < len && isalpha(s[k]) && k - j < 8)
        k++;
      if (k > j && (k >= len || !isalpha(s[k]))) {
        size_t n = k - j;
        char suffix[9] = {0};
        for (size_t m = 0; m < n; m++)
          suffix[m] = (char)tolower(s[j + m]);
        if (strcmp(suffix, "s") == 0)
          t.suffix = 's';
        else if (!strcmp(suffix, "st") || !strcmp(suffix, "nd") ||
                 !strcmp(suffix, "rd") || !strcmp(suffix, "th"))
          t.suffix = 'o';
        else if (!strcmp(suffix, "am"))
          t.suffix = 'a';
        else if (!strcmp(suffix, "pm"))
          t.suffix = 'p';
        else
          t.suffix = 'x';
        j = k;
      }
      t.end = (uint32_t)j;
      i = j;
    } else if (letter_len(s + i, len - i)) {
      t.kind = T_WORD;
      size_t j = i;
      size_t n = 0;
      for (;;) {
        size_t l = j < len ? letter_len(s + j, len - j) : 0;
        /* inner periods of U.S., a.m. */
        if (!l && j + 2 < len && s[j] == '.' && isalpha(s[j + 1]) &&
            s[j + 2] == '.')
          l = 1;
        if (!l)
          break;
        for (size_t b = 0; b < l; b++)
          if (n + 1 < sizeof lower)
            lower[n++] = (char)tolower(s[j + b]);
        j += l;
      }
      lower[n] = '\0';
      t.end = (uint32_t)j;
      t.cap = isupper(c) != 0;
      /* no keyword is longer than 13 letters */
      const keyword *k = n <= 13 ? lookup(lower, n) : NULL;
      static const keyword am = {"am", K_WORD, W_AM, 0};
      static const keyword pm = {"pm", K_WORD, W_PM, 0};
      if (!k && strcmp(lower, "a.m") == 0)
        k = &am;
      if (!k && strcmp(lower, "p.m") == 0)
        k = &pm;
      if (k) {
        t.cls = k->cls;
        t.value = k->value;
        t.tense = k->tense;
      }
      i = j;
      /* The period after an abbreviation belongs to it. */
      if (i < len && s[i] == '.' && evg_abbreviation(lower, strlen(lower))) {
        bool ends = i + 1 >= len || s[i + 1] == '\n';
        t.end = (uint32_t)(i + 1);
        i++;
        stamp(&t, &new_sentence, &sentence, out, paragraph);
        new_sentence = ends;
        push_token(out, &t);
        continue;
      }
    } else {
      t.kind = T_PUNCT;
      size_t n = evg_utf8_valid_len(s + i, len - i);
      if (!n)
        n = 1;
      t.end = (uint32_t)(i + n);
      t.punct = n == 1 ? (char)c : '?';
      if (n == 3 && s[i] == 0xE2 && s[i + 1] == 0x80) {
        if (s[i + 2] == 0x93 || s[i + 2] == 0x94)
          t.punct = '-'; /* en and em dash */
        else if (s[i + 2] == 0x99 || s[i + 2] == 0x98)
          t.punct = '\''; /* curly apostrophes */
        else if (s[i + 2] == 0x9C || s[i + 2] == 0x9D)
          t.punct = '"';
      }
      if (t.punct == '"') {
        /* curly marks say which way they face; a straight one toggles */
        bool opens = n == 3 ? s[i + 2] == 0x9C : quote == 0;
        t.quote = 0;
        if (opens) {
          if (++quotes == 0)
            quotes = 1;
          quote = quotes;
        } else {
          quote = 0;
        }
      }
      i += n;
    }
    stamp(&t, &new_sentence, &sentence, out, paragraph);
    if (t.kind == T_PUNCT &&
        (t.punct == '.' || t.punct == '!' || t.punct == '?'))
      new_sentence = true;
    push_token(out, &t);
  }
}

/* ------------------------------------------------------------------ */
/* Calendar helpers                                                     */
/* ------------------------------------------------------------------ */

static int weekday_of(int32_t day) {
  /* 1970-01-01 was a Thursday (4); Monday = 1 */
  int w = (int)((day % 7 + 7 + 3) % 7);
  return w + 1;
}

static int32_t add_months(int32_t day, int months) {
  int32_t y;
  int m, d;
  evg_civil_from_days(day, &y, &m, &d);
  int64_t total = (int64_t)y * 12 + (m - 1) + months;
  y = (int32_t)(total >= 0 ? total / 12 : (total - 11) / 12);
  m = (int)(total - (int64_t)y * 12) + 1;
  while (d > 28 && !evg_date_valid_day(y, m, d))
    d--;
  return evg_days_from_civil(y, m, d);
}

static int32_t year_of(int32_t day) {
  int32_t y;
  int m, d;
  evg_civil_from_days(day, &y, &m, &d);
  return y;
}

static int month_of(int32_t day) {
  int32_t y;
  int m, d;
  evg_civil_from_days(day, &y, &m, &d);
  return m;
}

static int32_t easter(int32_t year) {
  /* Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
  int32_t a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4,
          f = (b + 8) / 25, g = (b - f + 1) / 3,
          h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4,
          l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
  int month = (int)((h + l - 7 * m + 114) / 31);
  int day = (int)((h + l - 7 * m + 114) % 31) + 1;
  return evg_days_from_civil(year, month, day);
}

/* The n-th (1-based; -1 = last) weekday w of a month. */
static int32_t nth_weekday(int32_t year, int month, int w, int n) {
  if (n > 0) {
    int32_t first = evg_days_from_civil(year, month, 1);
    int shift = (w - weekday_of(first) + 7) % 7;
    return first + shift + 7 * (n - 1);
  }
  int32_t last = add_months(evg_days_from_civil(year, month, 1), 1) - 1;
  int shift = (weekday_of(last) - w + 7) % 7;
  return last - shift;
}

/* Lunar (Chinese) New Year, 2000-2035. */
static const char *const lunar_new_year[] = {
    "2000-02-05", "2001-01-24", "2002-02-12", "2003-02-01", "2004-01-22",
    "2005-02-09", "2006-01-29", "2007-02-18", "2008-02-07", "2009-01-26",
    "2010-02-14", "2011-02-03", "2012-01-23", "2013-02-10", "2014-01-31",
    "2015-02-19", "2016-02-08", "2017-01-28", "2018-02-16", "2019-02-05",
    "2020-01-25", "2021-02-12", "2022-02-01", "2023-01-22", "2024-02-10",
    "2025-01-29", "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13",
    "2030-02-03", "2031-01-23", "2032-02-11", "2033-01-31", "2034-02-19",
    "2035-02-08"};

static bool lunar_new_year_day(int32_t year, int32_t *day) {
  if (year < 2000 || year > 2035)
    return false;
  const char *s = lunar_new_year[year - 2000];
  *day = evg_days_from_civil(year, atoi(s + 5), atoi(s + 8));
  return true;
}

/* ------------------------------------------------------------------ */
/* Candidates and the tagging context                                   */
/* ------------------------------------------------------------------ */

typedef enum {
  RES_NONE,   /* no calendar date (durations, sets, *_REF) */
  RES_DATE,   /* resolved to `date` */
  RES_ANCHOR, /* needs the anchor, which is missing */
} resolution;

typedef struct {
  size_t first, last; /* token indices, inclusive */
  evg_timex_type type;
  char value[48];
  const char *mod;
  resolution res;
  evg_date date;
  char relative[48];
  bool keep_reference; /* do not update the reference date */
} candidate;

typedef struct {
  const char *text;
  const token *t;
  size_t n;
  bool has_anchor;
  int32_t anchor;
  bool narrative; /* no deictic expressions: resolve against R */
  bool has_ref;
  evg_date ref; /* the date mentioned last */
  unsigned int ref_sentence;
  bool ref_explicit_year;       /* R came from a date with a written year */
  unsigned int sentence;        /* of the candidate being resolved */
  unsigned int recent_sentence; /* 1 + a sentence that says "recently" */
  bool after_since;             /* the expression follows "since" */
  bool after_by;                /* ... "by", "until" or "before" */
  bool holiday;                 /* the rule being tried is the holiday rule */
  /* the expression emitted last, for range ends: "1990-94", "April 6-7" */
  bool has_last;
  size_t last_token;
  evg_date last_date;
  /* the last date mentioned at each precision or finer: "two days later"
   * counts from the last day, "a year later" from the last date */
  bool has_fine_ref[EVG_PREC_CENTURY + 1];
  int32_t fine_ref[EVG_PREC_CENTURY + 1];
  unsigned int fine_ref_sentence; /* of the last day-precision date */
  const uint32_t *paragraph_of;   /* by sentence: its paragraph */
  bool last_week_frame;       /* the text set its story in the week before */
  bool headline;              /* the text opens with a headline */
  bool has_story_day;         /* the lead named the day of the story */
  int32_t story_day;          /* that day */
  bool has_time_day;          /* a time on a known day was found */
  int32_t time_day;           /* its day */
  unsigned int time_sentence; /* its sentence */
  bool time_is_clock;         /* an hour, not a part of the day */
  bool has_clock;             /* a clock time on a known day was found */
  int32_t clock_day;          /* its day */
  int clock_minute;           /* its minute of the day */
  bool has_yearly_set;        /* a yearly SET was found: "twice a year" */
  size_t yearly_set_last;     /* its last token */
} context;

static unsigned char cls(const context *c, size_t i) {
  return i < c->n ? c->t[i].cls : K_NONE;
}

static bool word(const context *c, size_t i, int w) {
  return i < c->n && c->t[i].cls == K_WORD && c->t[i].value == w;
}

static bool punct(const context *c, size_t i, char p) {
  return i < c->n && c->t[i].kind == T_PUNCT && c->t[i].punct == p;
}

static bool is_num(const context *c, size_t i) {
  return i < c->n && c->t[i].kind == T_NUM && !c->t[i].comma &&
         !c->t[i].decimal;
}

static bool glued(const context *c, size_t i) {
  return i < c->n && !c->t[i].space_before;
}

static inline bool lower_word_is(const context *c, size_t i, const char *w) {
  if (i >= c->n || c->t[i].kind != T_WORD)
    return false;
  size_t len = c->t[i].end - c->t[i].start;
  if (len != strlen(w))
    return false;
  for (size_t k = 0; k < len; k++)
    if (tolower((unsigned char)c->text[c->t[i].start + k]) != w[k])
      return false;
  return true;
}

/* A number written as digits or words ("two", "a", "twenty-four"). Returns
 * the tokens it takes (0 when none) and sets *value; vague amounts ("a few",
 * "several") give -1. */
static size_t number_at(const context *c, size_t i, int *value) {
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

/* A four-digit year token, with the guards against counts and amounts. */
static bool year_token(const context *c, size_t i, bool strict) {
  if (!is_num(c, i) || c->t[i].suffix != 0 || c->t[i].digits != 4)
    return false;
  int32_t y = c->t[i].num;
  if (y < 1000 || y > 2199)
    return false;
  if (i > 0 && c->t[i - 1].kind == T_PUNCT && !c->t[i].space_before &&
      (c->t[i - 1].punct == '$' || c->t[i - 1].punct == '#' ||
       c->t[i - 1].punct == '?'))
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
      bool plural = wl > 3 && w[wl - 1] == 's' && w[wl - 2] != 's' &&
                    w[wl - 2] != 'u' && w[wl - 2] != '\'' &&
                    next->cls == K_NONE;
      if (plural && strict)
        return false;
    }
  }
  return true;
}

/* ------------------------------------------------------------------ */
/* Values                                                               */
/* ------------------------------------------------------------------ */

static void year_text(int32_t y, char *buf, size_t size) {
  if (y <= 0)
    snprintf(buf, size, "BC%04ld", (long)(1 - y));
  else
    snprintf(buf, size, "%04ld", (long)y);
}

/* Sets the candidate to the date `d` and writes its TIMEX3 value. */
static void set_date(candidate *cand, evg_date d) {
  cand->res = RES_DATE;
  cand->date = d;
  char year[16];
  year_text(d.from.year, year, sizeof year);
  switch (d.from.precision) {
  case EVG_PREC_DAY:
    snprintf(cand->value, sizeof cand->value, "%s-%02d-%02d", year,
             d.from.month, d.from.day);
    break;
  case EVG_PREC_WEEK:
    snprintf(cand->value, sizeof cand->value, "%s-W%02d", year, d.from.part);
    break;
  case EVG_PREC_MONTH:
    snprintf(cand->value, sizeof cand->value, "%s-%02d", year, d.from.month);
    break;
  case EVG_PREC_QUARTER:
    snprintf(cand->value, sizeof cand->value, "%s-Q%d", year, d.from.part);
    break;
  case EVG_PREC_HALF:
    snprintf(cand->value, sizeof cand->value, "%s-H%d", year, d.from.part);
    break;
  case EVG_PREC_YEAR:
    snprintf(cand->value, sizeof cand->value, "%s", year);
    break;
  case EVG_PREC_DECADE:
  case EVG_PREC_CENTURY: {
    /* the leading digits: "199" for the 1990s, "19" for the 20th century;
     * a BCE period counts down to its last year ("BC048" for 489-480 BC,
     * "BC03" for the 4th century BC, 400-301 BC) */
    bool bce = d.from.year <= 0;
    if (bce)
      year_text(d.to.year, year, sizeof year);
    int digits = (d.from.precision == EVG_PREC_DECADE ? 3 : 2) + (bce ? 2 : 0);
    snprintf(cand->value, sizeof cand->value, "%.*s", digits, year);
    break;
  }
  }
}

/* Appends a part of the day (1 morning .. 4 night) to a day's value. */
static void append_day_part(candidate *cand, int part) {
  static const char *const parts[] = {"", "TMO", "TAF", "TEV", "TNI"};
  if (part > 0 && part <= 4)
    strncat(cand->value, parts[part],
            sizeof cand->value - strlen(cand->value) - 1);
}

static evg_date day_date(int32_t day) {
  return evg_date_from_day(day, EVG_PREC_DAY);
}

static evg_date point_date(int32_t year, int month, int day, evg_precision p) {
  if (p == EVG_PREC_DAY)
    return day_date(evg_days_from_civil(year, month, day));
  return evg_date_from_day(evg_days_from_civil(year, month ? month : 1, 1), p);
}

static void set_ref_value(candidate *cand, const char *value) {
  cand->res = RES_NONE;
  snprintf(cand->value, sizeof cand->value, "%s", value);
}

/* ------------------------------------------------------------------ */
/* Tense and the choice of year                                         */
/* ------------------------------------------------------------------ */

/* PRESENT: a present form ("is", "are") nearest: a schedule for a day
 * ("the final is on Feb. 25"), the nearest occurrence for a longer period
 * ("the third heatwave this summer, after hot spells in June") */
typedef enum { TENSE_UNKNOWN, TENSE_PAST, TENSE_FUTURE, TENSE_PRESENT } tense;

static unsigned short tense_flags(const context *c, size_t i) {
  return i < c->n ? c->t[i].tense : 0;
}

static bool past_word(const context *c, size_t i) {
  if (i >= c->n || c->t[i].kind != T_WORD || c->t[i].cap)
    return false;
  if (i > 0 && (tense_flags(c, i - 1) & TW_AS))
    return false; /* "as planned", "as expected": no verb of the clause */
  size_t len = c->t[i].end - c->t[i].start;
  const char *w = c->text + c->t[i].start;
  if (len > 4 && w[len - 2] == 'e' && w[len - 1] == 'd')
    return true;
  return (c->t[i].tense & TW_PAST) != 0;
}

static bool future_word(const context *c, size_t i) {
  if (word(c, i, W_WILL) || word(c, i, W_SHALL))
    return true;
  if (word(c, i, W_GOING) && word(c, i + 1, W_TO))
    return true;
  if (i < c->n && c->t[i].kind == T_PUNCT && c->t[i].punct == '\'' &&
      lower_word_is(c, i + 1, "ll"))
    return true;
  if (i >= c->n || c->t[i].cls == K_MONTH)
    return false; /* "May" */
  /* "were likely to jump in March": ahead, even when reported */
  if ((c->t[i].tense & TW_LIKELY) && word(c, i + 1, W_TO))
    return true;
  if (!(c->t[i].tense & TW_AHEAD))
    return false;
  /* "could not be reached on Monday" looks back */
  if (lower_word_is(c, i, "could") &&
      (lower_word_is(c, i + 1, "not") || lower_word_is(c, i + 1, "never") ||
       punct(c, i + 1, '\'')))
    return false;
  /* "had been scheduled to begin" looks back; "as expected" is no verb of
   * the clause */
  return !(i > 0 && (tense_flags(c, i - 1) & (TW_LOOKBACK | TW_AS)));
}

/* The tense of the verb nearest to tokens first..last in their sentence. */
/* A past form that is really a participle: "will be paid", "is expected". */
static bool participle(const context *c, size_t i) {
  if (i > 1 &&
      (lower_word_is(c, i - 1, "not") || lower_word_is(c, i - 1, "never")))
    i--; /* "is not finished" */
  return i > 0 && (tense_flags(c, i - 1) & TW_AUX);
}

static bool clause_mark(const context *c, size_t i) {
  return c->t[i].kind == T_PUNCT &&
         (c->t[i].punct == ',' || c->t[i].punct == ';' ||
          c->t[i].punct == ':' || c->t[i].punct == '-' ||
          c->t[i].punct == '(' || c->t[i].punct == ')');
}

/* The nearest verb form decides: "their union said on Saturday" is past
 * even with a "will" further off; a participle after be/has is no past
 * ("will be paid on Friday").  The expression's own clause is searched
 * first ("would become law before the summer, after she missed ..."), then
 * the sentence.  Inside a quotation only the quotation counts: the speaker's
 * tense, not the reporter's "she said". */
static bool tense_at(const context *c, size_t k, tense *t) {
  if ((c->t[k].tense & TW_PRESENT) && !c->t[k].cap &&
      !(k > 0 && (tense_flags(c, k - 1) & TW_AS))) {
    *t = TENSE_PRESENT;
    return true;
  }
  if (future_word(c, k)) {
    *t = TENSE_FUTURE;
    return true;
  }
  if (past_word(c, k) && !participle(c, k)) {
    *t = TENSE_PAST;
    return true;
  }
  return false;
}

static tense nearest_tense(const context *c, size_t first, size_t last,
                           bool clause, uint16_t quote) {
  unsigned int sentence = c->t[first].sentence;
  bool before_open = true, after_open = true;
  tense t;
  /* in its own clause the verb that governs a date mostly comes before
   * it ("raised prices in February and plans ...") */
  if (clause) {
    for (size_t d = 1; d <= 14 && d <= first; d++) {
      size_t before = first - d;
      if (c->t[before].sentence != sentence || clause_mark(c, before) ||
          (quote && c->t[before].quote != quote))
        break;
      if (tense_at(c, before, &t))
        return t;
    }
    before_open = false;
  }
  for (size_t d = 1; d <= 14; d++) {
    size_t before = first >= d ? first - d : (size_t)-1;
    size_t after = last + d;
    if (before_open && before != (size_t)-1 &&
        c->t[before].sentence == sentence) {
      if ((clause && clause_mark(c, before)) ||
          (quote && c->t[before].quote != quote))
        before_open = false;
      else if (tense_at(c, before, &t))
        return t;
    }
    if (after_open && after < c->n && c->t[after].sentence == sentence) {
      if ((clause && clause_mark(c, after)) ||
          (quote && c->t[after].quote != quote))
        after_open = false;
      else if (tense_at(c, after, &t))
        return t;
    }
  }
  return TENSE_UNKNOWN;
}

static tense tense_near(const context *c, size_t first, size_t last) {
  unsigned int sentence = c->t[first].sentence;
  uint16_t quote = c->t[first].quote;
  size_t from = first > 14 ? first - 14 : 0;
  size_t to = last + 14 < c->n ? last + 14 : c->n - 1;
  tense t = TENSE_UNKNOWN;
  /* "sentencing set for April", "set the hearing for April 24": a date
   * something is set for lies ahead of the setting */
  if (first >= 2 && word(c, first - 1, W_FOR))
    for (size_t d = 2; d <= 4 && d <= first; d++)
      if ((lower_word_is(c, first - d, "set") ||
           lower_word_is(c, first - d, "slated") ||
           lower_word_is(c, first - d, "scheduled")) &&
          !(tense_flags(c, first - d - 1) & TW_LOOKBACK)) /* "had been" */
        return TENSE_FUTURE;
  /* "the exchange said the second quarter would be busier": the date is
   * the subject of what was said, whose verb follows */
  if (first > 0 && word(c, first, W_THE) &&
      (tense_flags(c, first - 1) & TW_REPORT))
    for (size_t k = last + 1; k <= to && c->t[k].sentence == sentence &&
                              c->t[k].quote == quote && !clause_mark(c, k);
         k++)
      if (tense_at(c, k, &t))
        return t;
  t = nearest_tense(c, first, last, true, quote);
  if (t == TENSE_UNKNOWN)
    t = nearest_tense(c, first, last, false, quote);
  if (t != TENSE_UNKNOWN)
    return t;
  /* present perfect: "have merged since" */
  for (size_t k = from; k <= to; k++)
    if (c->t[k].sentence == sentence && c->t[k].quote == quote &&
        (c->t[k].tense & TW_HAVE) && past_word(c, k + 1))
      return TENSE_PAST;
  /* a speaker who names a day without a past verb speaks of what is to
   * come ("go on Wednesday," she said) */
  return quote ? TENSE_FUTURE : TENSE_UNKNOWN;
}

/* The base of a year-less date: the reference date when the text is a
 * narrative or the reference was mentioned in this or the last sentence,
 * else the anchor (with the tense deciding the direction). */
typedef enum { BASE_REF, BASE_ANCHOR, BASE_NONE } base_kind;

static base_kind choose_base(const context *c) {
  /* "recently", "more recent": the writer points at the present */
  if (c->has_anchor && (c->recent_sentence == c->sentence + 1 ||
                        (c->after_since && !c->narrative)))
    return BASE_ANCHOR;
  if (c->has_ref && (c->narrative || !c->has_anchor ||
                     (c->ref_explicit_year && c->sentence == c->ref_sentence)))
    return BASE_REF;
  return c->has_anchor ? BASE_ANCHOR : BASE_NONE;
}

/* How far a year-less day in news may lie across a year end from the
 * text's date: a past one back, a future one ahead. */
#define NEWS_DAY_BACK 120
#define NEWS_DAY_AHEAD 240

/* The year for a year-less month/day, or a period of `months` months from
 * `month` (a quarter, a half): around the anchor by tense, or the
 * reference's year. */
static bool pick_year(const context *c, const candidate *cand, int month,
                      int day, int months, int32_t *year) {
  base_kind base = choose_base(c);
  if (base == BASE_NONE)
    return false;
  /* in news, a deadline or a future sentence looks ahead of the text's
   * date, not back to a year named earlier in the sentence */
  tense t = TENSE_UNKNOWN;
  bool t_known = false; /* the tense is looked up once, when needed */
  if (base == BASE_REF && !c->narrative && c->has_anchor &&
      c->ref.end < c->anchor) {
    t = tense_near(c, cand->first, cand->last);
    t_known = true;
    /* not "Last year the snow did not arrive until December 14" */
    if ((c->after_by && t != TENSE_PAST) || t == TENSE_FUTURE)
      base = BASE_ANCHOR;
  }
  if (base == BASE_REF) {
    *year = evg_date_year(&c->ref);
    /* a narrative moves forward: "in December 1860 ... On February 7"
     * is the next February */
    evg_precision p = c->ref.from.precision;
    int32_t ref_day = evg_date_first_known_day(&c->ref);
    /* "December 7 ... in 1941. In January": the month said last in the
     * same year still tells where the story is */
    if (p == EVG_PREC_YEAR && c->has_fine_ref[EVG_PREC_MONTH] &&
        year_of(c->fine_ref[EVG_PREC_MONTH]) == *year) {
      p = EVG_PREC_MONTH;
      ref_day = c->fine_ref[EVG_PREC_MONTH];
    }
    if (c->narrative &&
        (p == EVG_PREC_DAY || p == EVG_PREC_MONTH || p == EVG_PREC_WEEK)) {
      if (month < month_of(ref_day) - 6)
        (*year)++; /* over half a year before: the next year is nearer */
    }
    return true;
  }
  int32_t ay = year_of(c->anchor);
  int32_t here = evg_days_from_civil(ay, month, day ? day : 1);
  int32_t here_end =
      day ? here : add_months(evg_days_from_civil(ay, month, 1), months) - 1;
  if (!t_known)
    t = tense_near(c, cand->first, cand->last);
  if (t == TENSE_PRESENT)
    t = day ? TENSE_FUTURE : TENSE_UNKNOWN;
  if (c->after_since)
    t = TENSE_PAST;
  /* "by December", "until June": a deadline ahead */
  if (c->after_by && t != TENSE_PAST)
    t = TENSE_FUTURE;
  /* a holiday within six weeks of the anchor is the near one, whatever
   * the tense ("shut on New Year's Day" written on 31 December) */
  if (day && c->holiday) {
    int32_t best = ay;
    int32_t distance = abs(here - c->anchor);
    for (int32_t y = ay - 1; y <= ay + 1; y += 2) {
      int32_t other = evg_days_from_civil(y, month, day);
      if (abs(other - c->anchor) < distance)
        best = y, distance = abs(other - c->anchor);
    }
    if (distance <= 45) {
      *year = best;
      return true;
    }
  }
  /* News writes a day without its year when the year is the paper's own
   * (AP style): the tense moves a day across a year end only when the day
   * is near ("on Dec. 28" in January, "on Jan. 5" in December); but
   * "since Oct. 30" is past, however far. */
  bool news_day = day && !c->narrative && !c->after_since;
  if (t == TENSE_FUTURE) {
    *year = here_end < c->anchor &&
                    !(news_day &&
                      evg_days_from_civil(ay + 1, month, day) - c->anchor >
                          NEWS_DAY_AHEAD)
                ? ay + 1
                : ay;
  } else if (t == TENSE_PAST) {
    *year = here > c->anchor &&
                    !(news_day &&
                      c->anchor - evg_days_from_civil(ay - 1, month, day) >
                          NEWS_DAY_BACK)
                ? ay - 1
                : ay;
  } else {
    /* the nearest occurrence */
    int32_t prev = evg_days_from_civil(ay - 1, month, day ? day : 1);
    int32_t next = evg_days_from_civil(ay + 1, month, day ? day : 1);
    int32_t best = ay;
    int32_t distance = abs(here - c->anchor);
    if (abs(prev - c->anchor) < distance)
      best = ay - 1, distance = abs(prev - c->anchor);
    if (abs(next - c->anchor) < distance)
      best = ay + 1;
    *year = best;
  }
  return true;
}

/* The day that anaphoric expressions count from. */
/* The day that "N units later" counts from: the last date mentioned at
 * the unit's precision or finer, else the last date. */
static bool ref_day_at(const context *c, evg_precision precision,
                       int32_t *day) {
  if (c->has_fine_ref[precision]) {
    *day = c->fine_ref[precision];
    return true;
  }
  if (c->has_ref) {
    *day = evg_date_first_known_day(&c->ref);
    return true;
  }
  if (c->has_anchor) {
    *day = c->anchor;
    return true;
  }
  return false;
}

static bool ref_day(const context *c, int32_t *day) {
  if (c->has_ref) {
    *day = evg_date_first_known_day(&c->ref);
    return true;
  }
  if (c->has_anchor) {
    *day = c->anchor;
    return true;
  }
  return false;
}

static void needs_anchor(candidate *cand, const char *value,
                         const char *relative) {
  cand->res = RES_ANCHOR;
  snprintf(cand->value, sizeof cand->value, "%s", value);
  snprintf(cand->relative, sizeof cand->relative, "%s",
           relative ? relative : "");
}

static const char *unit_name(int unit) {
  switch (unit) {
  case UNIT_DAY:
    return "days";
  case UNIT_WEEK:
  case UNIT_WEEKEND:
    return "weeks";
  case UNIT_MONTH:
    return "months";
  case UNIT_QUARTER:
    return "quarters";
  default:
    return "years";
  }
}

static evg_precision unit_precision(int unit) {
  switch (unit) {
  case UNIT_DAY:
  case UNIT_HOUR:
  case UNIT_MINUTE:
    return EVG_PREC_DAY;
  case UNIT_WEEK:
  case UNIT_WEEKEND:
  case UNIT_FORTNIGHT:
    return EVG_PREC_WEEK;
  case UNIT_MONTH:
    return EVG_PREC_MONTH;
  case UNIT_QUARTER:
    return EVG_PREC_QUARTER;
  case UNIT_YEAR:
    return EVG_PREC_YEAR;
  case UNIT_DECADE:
    return EVG_PREC_DECADE;
  default:
    return EVG_PREC_CENTURY;
  }
}

/* `base` shifted by amount units, at the unit's precision. */
static evg_date shift_date(int32_t base, int amount, int unit) {
  /* "9999999 centuries ago" would overflow the day count: no text means
   * more than ten thousand of a unit */
  if (amount > 10000)
    amount = 10000;
  if (amount < -10000)
    amount = -10000;
  int32_t day = base;
  switch (unit) {
  case UNIT_DAY:
    day += amount;
    break;
  case UNIT_WEEK:
  case UNIT_WEEKEND:
    day += 7 * amount;
    break;
  case UNIT_FORTNIGHT:
    day += 14 * amount;
    break;
  case UNIT_MONTH:
    day = add_months(day, amount);
    break;
  case UNIT_QUARTER:
    day = add_months(day, 3 * amount);
    break;
  case UNIT_YEAR:
    day = add_months(day, 12 * amount);
    break;
  case UNIT_DECADE:
    day = add_months(day, 120 * amount);
    break;
  case UNIT_CENTURY:
    day = add_months(day, 1200 * amount);
    break;
  default:
    break;
  }
  return evg_date_from_day(day, unit_precision(unit));
}

/* Durations: P3D, P2Y, PT4H, P1DE (decade), P1CE; vague: PXD, PXY. */
static void duration_value(char *buf, size_t size, int amount, int unit) {
  const char *letter = "D";
  bool time = false;
  switch (unit) {
  case UNIT_DAY:
    letter = "D";
    break;
  case UNIT_WEEK:
    letter = "W";
    break;
  case UNIT_WEEKEND:
    letter = "WE";
    break;
  case UNIT_FORTNIGHT:
    letter = "W", amount = amount < 0 ? amount : amount * 2;
    break;
  case UNIT_MONTH:
    letter = "M";
    break;
  case UNIT_QUARTER:
    letter = "M", amount = amount < 0 ? amount : amount * 3;
    break;
  case UNIT_SECOND:
    letter = "S", time = true;
    break;
  case UNIT_YEAR:
    letter = "Y";
    break;
  case UNIT_DECADE:
    letter = "DE";
    break;
  case UNIT_CENTURY:
    letter = "CE";
    break;
  case UNIT_HOUR:
    letter = "H", time = true;
    break;
  case UNIT_MINUTE:
    letter = "M", time = true;
    break;
  }
  if (amount < 0)
    snprintf(buf, size, "P%sX%s", time ? "T" : "", letter);
  else
    snprintf(buf, size, "P%s%d%s", time ? "T" : "", amount, letter);
}

/* ------------------------------------------------------------------ */
/* Rule families                                                        */
/* Each returns true and fills `cand` (first/last/type/value) on a match */
/* at token i.                                                          */
/* ------------------------------------------------------------------ */

static bool day_number(const context *c, size_t i, int *day) {
  if (i >= c->n || c->t[i].kind != T_NUM || c->t[i].comma || c->t[i].decimal ||
      c->t[i].digits > 2)
    return false;
  if (c->t[i].suffix != 0 && c->t[i].suffix != 'o')
    return false;
  if (c->t[i].num < 1 || c->t[i].num > 31)
    return false;
  *day = c->t[i].num;
  return true;
}

/* A month name, with the checks that keep "may" and "march" verbs out. */
static bool month_at(const context *c, size_t i, bool has_number_context) {
  if (cls(c, i) != K_MONTH)
    return false;
  size_t len = c->t[i].end - c->t[i].start;
  const char *w = c->text + c->t[i].start;
  static const char *const names[] = {
      "",     "january", "february",  "march",   "april",    "may",     "june",
      "july", "august",  "september", "october", "november", "december"};
  bool abbreviated = len <= 5 && w[len - 1] == '.';
  bool spelled_out = len == strlen(names[c->t[i].value]);
  bool full = spelled_out && c->t[i].value != 5 && c->t[i].value != 3;
  if (!c->t[i].cap)
    return false; /* "may", "march", "dec" in lowercase are not months */
  if (!spelled_out && !abbreviated && !has_number_context)
    return false; /* "Jan" alone, "Mar" alone */
  if (full || abbreviated || has_number_context)
    return true;
  /* May / March / June / July without a number: only after a preposition
   * or modifier that introduces a time ("in May", "early March"). */
  if (i == 0)
    return false;
  return word(c, i - 1, W_IN) || word(c, i - 1, W_OF) ||
         word(c, i - 1, W_SINCE) || word(c, i - 1, W_UNTIL) ||
         word(c, i - 1, W_BY) || word(c, i - 1, W_DURING) ||
         word(c, i - 1, W_EARLY) || word(c, i - 1, W_LATE) ||
         word(c, i - 1, W_LAST) || word(c, i - 1, W_NEXT) ||
         word(c, i - 1, W_THIS) || word(c, i - 1, W_FROM) ||
         word(c, i - 1, W_THROUGH) || word(c, i - 1, W_BEFORE) ||
         word(c, i - 1, W_AFTER) || punct(c, i - 1, '-') ||
         word(c, i - 1, W_FOR) || /* "figures for May" */
         (word(c, i - 1, W_TO) && i >= 2 &&
          cls(c, i - 2) == K_UNIT) || /* "the 12 months to March" */
         ((word(c, i + 1, W_AND) || word(c, i + 1, W_TO)) &&
          cls(c, i + 2) == K_MONTH && c->t[i + 2].cap); /* "May and June" */
}

/* Skips an optional comma: "January 27, 2025". */
static size_t after_comma(const context *c, size_t i) {
  return punct(c, i, ',') ? i + 1 : i;
}

/* The year that a year-less month or day takes from what follows it:
 * "August of that year" (the reference's year, one more for "of the
 * following year"), or the end of a range that names its year ("April and
 * June 1955", "February-March 1794", "26 June - 4 August 1952"; a start
 * month after the end month is in the year before: "October to March
 * 1945").  *last grows over an "of ... year" phrase, not over a range. */
static bool year_from_after(const context *c, size_t *last, int month,
                            int32_t *year) {
  size_t k = *last + 1;
  if (word(c, k, W_OF)) {
    int shift = 0;
    size_t u = k + 2;
    if (word(c, k + 1, W_THAT))
      shift = 0;
    else if (word(c, k + 1, W_THE) && word(c, k + 2, W_SAME))
      shift = 0, u++;
    else if (word(c, k + 1, W_THE) &&
             (word(c, k + 2, W_FOLLOWING) || word(c, k + 2, W_NEXT)))
      shift = 1, u++;
    else if (word(c, k + 1, W_THE) && word(c, k + 2, W_PREVIOUS))
      shift = -1, u++;
    else
      return false;
    if (cls(c, u) != K_UNIT || c->t[u].value != UNIT_YEAR || !c->has_ref)
      return false;
    *year = evg_date_year(&c->ref) + shift;
    *last = u;
    return true;
  }
  if (!(word(c, k, W_AND) || word(c, k, W_TO) || word(c, k, W_THROUGH) ||
        word(c, k, W_UNTIL) || punct(c, k, '-')))
    return false;
  k++;
  int end_month, day;
  size_t y;
  if (cls(c, k) == K_MONTH && c->t[k].cap) {
    end_month = c->t[k].value;
    y = k + 1;
    if (day_number(c, y, &day))
      y++;
  } else if (day_number(c, k, &day) && cls(c, k + 1) == K_MONTH &&
             c->t[k + 1].cap) {
    end_month = c->t[k + 1].value;
    y = k + 2;
  } else {
    return false;
  }
  y = after_comma(c, y);
  if (!year_token(c, y, false))
    return false;
  *year = c->t[y].num - (month > end_month ? 1 : 0);
  return true;
}

/* Finishes a month-day or day-month date with an optional year. */
static bool finish_day_date(const context *c, candidate *cand, size_t last,
                            int month, int day) {
  size_t y = after_comma(c, last + 1);
  /* "April 6-7, 1915": the year after the range is this date's too; the
   * span stays "April 6", and the range end is tagged on its own */
  int end_day;
  bool range = punct(c, last + 1, '-') && glued(c, last + 1) &&
               glued(c, last + 2) && day_number(c, last + 2, &end_day) &&
               end_day > day;
  if (range)
    y = after_comma(c, last + 3);
  int32_t year;
  if (year_token(c, y, false) ||
      (is_num(c, y) && c->t[y].digits == 4 && c->t[y].num >= 1000)) {
    year = c->t[y].num;
    cand->last = range ? last : y;
  } else if (year_from_after(c, &last, month, &year)) {
    cand->last = last;
  } else if (!pick_year(c, cand, month, day, 1, &year)) {
    cand->last = last;
    snprintf(cand->value, sizeof cand->value, "XXXX-%02d-%02d", month, day);
    cand->res = RES_ANCHOR;
    cand->type = EVG_TIMEX_DATE;
    return true;
  } else {
    cand->last = last;
  }
  if (!evg_date_valid_day(year, month, day))
    return false;
  cand->type = EVG_TIMEX_DATE;
  set_date(cand, point_date(year, month, day, EVG_PREC_DAY));
  return true;
}

/* "January 27, 2025", "Jan. 27", "January 27" */
static bool rule_month_day(const context *c, size_t i, candidate *cand) {
  int day;
  size_t d = i + 1;
  if (word(c, d, W_THE))
    d++;
  if (!day_number(c, d, &day) || !month_at(c, i, true))
    return false;
  /* "May 5 people" is not a date; "March 2 miles" neither */
  if (d + 1 < c->n && c->t[d + 1].kind == T_WORD && !c->t[d + 1].cap &&
      cls(c, d + 1) == K_NONE && !punct(c, d + 1, ','))
    if (c->t[i].value == 5 || c->t[i].value == 3)
      return false;
  if (!evg_date_valid_day(2000, c->t[i].value, day))
    return false;
  cand->first = i;
  return finish_day_date(c, cand, d, c->t[i].value, day);
}

/* "27 January 2025", "27th of January" */
static bool rule_day_month(const context *c, size_t i, candidate *cand) {
  int day;
  if (!day_number(c, i, &day))
    return false;
  size_t m = i + 1;
  if (word(c, m, W_OF))
    m++;
  if (!month_at(c, m, true))
    return false;
  if (!evg_date_valid_day(2000, c->t[m].value, day))
    return false;
  cand->first = i;
  return finish_day_date(c, cand, m, c->t[m].value, day);
}

/* "2025-01-27", "2025/01/27", "27/01/2025" (day > 12), "1/27/2025" */
static bool rule_numeric(const context *c, size_t i, candidate *cand) {
  if (!is_num(c, i) || i + 4 >= c->n + 0)
    return false;
  char sep = 0;
  if (punct(c, i + 1, '-') && glued(c, i + 1))
    sep = '-';
  else if (punct(c, i + 1, '/') && glued(c, i + 1))
    sep = '/';
  if (!sep || !is_num(c, i + 2) || !glued(c, i + 2) || !punct(c, i + 3, sep) ||
      !glued(c, i + 3) || !is_num(c, i + 4) || !glued(c, i + 4))
    return false;
  int a = c->t[i].num, b = c->t[i + 2].num, d = c->t[i + 4].num;
  int32_t year;
  int month, day;
  if (c->t[i].digits == 4) {
    year = a, month = b, day = d;
  } else if (c->t[i + 4].digits == 4 && sep == '/') {
    year = d;
    if (a > 12 && b <= 12)
      day = a, month = b; /* 27/01/2025 */
    else if (b > 12 && a <= 12)
      month = a, day = b; /* 1/27/2025 */
    else
      return false; /* 03/04/2025: ambiguous */
  } else {
    return false;
  }
  if (month < 1 || month > 12 || !evg_date_valid_day(year, month, day))
    return false;
  cand->first = i;
  cand->last = i + 4;
  cand->type = EVG_TIMEX_DATE;
  set_date(cand, point_date(year, month, day, EVG_PREC_DAY));
  return true;
}

/* "January 2025", "January of 2025", "January", "mid-February" */
static bool rule_month(const context *c, size_t i, candidate *cand) {
  size_t y = i + 1;
  if (word(c, y, W_OF) || punct(c, y, ','))
    y++;
  bool with_year = year_token(c, y, false);
  if (!month_at(c, i, with_year))
    return false;
  int month = c->t[i].value;
  cand->first = i;
  cand->type = EVG_TIMEX_DATE;
  int32_t year;
  if (with_year) {
    year = c->t[y].num;
    cand->last = y;
  } else if (c->has_yearly_set &&
             c->t[c->yearly_set_last].sentence == c->t[i].sentence &&
             i - c->yearly_set_last <= 3 && !c->after_since && !c->after_by) {
    /* "twice a year, in January and July": months of a recurrence */
    cand->last = i;
    snprintf(cand->value, sizeof cand->value, "XXXX-%02d", month);
    return true;
  } else {
    cand->last = i;
    /* "August of that year", "April and June 1955", else by the context */
    if (!year_from_after(c, &cand->last, month, &year) &&
        !pick_year(c, cand, month, 0, 1, &year)) {
      snprintf(cand->value, sizeof cand->value, "XXXX-%02d", month);
      cand->res = RES_ANCHOR;
      return true;
    }
  }
  set_date(cand, point_date(year, month, 0, EVG_PREC_MONTH));
  return true;
}

/* "1997", "the year 2000", "44 BC", "AD 800", "800 AD" */
static bool rule_year(const context *c, size_t i, candidate *cand) {
  cand->first = i;
  size_t y = i;
  if (word(c, i, W_FISCAL) && year_token(c, i + 1, false))
    y = i + 1; /* "fiscal 2017": the fiscal year, named by its year */
  else if (word(c, i, W_AD) && c->t[i].cap && is_num(c, i + 1) &&
           c->t[i + 1].digits <= 4)
    y = i + 1;
  else if (word(c, i, W_THE) && lower_word_is(c, i + 1, "year") &&
           year_token(c, i + 2, false))
    y = i + 2;
  if (!is_num(c, y) || c->t[y].suffix)
    return false;
  int32_t year = c->t[y].num;
  cand->last = y;
  if (y == i && (word(c, i + 1, W_BC) || word(c, i + 1, W_AD)) &&
      c->t[i].digits <= 4 && year >= 1) {
    if (word(c, i + 1, W_BC))
      year = 1 - year;
    cand->last = i + 1;
  } else if (y == i) {
    /* a bare number: only a plausible year in a plausible place */
    bool after_preposition =
        i > 0 && ((punct(c, i - 1, '-') && i > 1 && word(c, i - 2, W_MID)) ||
                  word(c, i - 1, W_IN) || word(c, i - 1, W_SINCE) ||
                  word(c, i - 1, W_BY) || word(c, i - 1, W_UNTIL) ||
                  word(c, i - 1, W_DURING) || word(c, i - 1, W_FROM) ||
                  word(c, i - 1, W_OF) || word(c, i - 1, W_BEFORE) ||
                  word(c, i - 1, W_AFTER) || word(c, i - 1, W_TO) ||
                  word(c, i - 1, W_THROUGH) || word(c, i - 1, W_EARLY) ||
                  word(c, i - 1, W_LATE) || word(c, i - 1, W_MID));
    if (!year_token(c, i, !after_preposition))
      return false;
    if (!after_preposition && (year < 1500 || year > 2100))
      return false;
  }
  cand->type = EVG_TIMEX_DATE;
  set_date(cand, point_date(year, 1, 1, EVG_PREC_YEAR));
  return true;
}

/* "the 1990s", "the '90s", "the 1800s" */
static bool rule_decade(const context *c, size_t i, candidate *cand) {
  size_t d = i;
  int32_t start;
  if (is_num(c, d) && c->t[d].suffix == 's' && c->t[d].digits == 4 &&
      c->t[d].num % 10 == 0) {
    start = c->t[d].num;
  } else if (punct(c, d, '\'') && i + 1 < c->n && is_num(c, d + 1) &&
             glued(c, d + 1) && c->t[d + 1].digits == 2 &&
             c->t[d + 1].suffix == 's' && c->t[d + 1].num % 10 == 0) {
    start = 1900 + c->t[d + 1].num;
    d++;
  } else {
    return false;
  }
  cand->first = i;
  cand->last = d;
  cand->type = EVG_TIMEX_DATE;
  /* "the 1900s" (a round century) reads as the century in history text;
   * keep it a decade: the value is the same three digits either way for
   * 1990s and the usual reading for 1800s is the century. */
  set_date(cand, point_date(start, 1, 1, EVG_PREC_DECADE));
  return true;
}

/* "the 20th century", "the nineteenth century" */
static bool rule_century(const context *c, size_t i, candidate *cand) {
  int ordinal = 0;
  if (is_num(c, i) && c->t[i].suffix == 'o' && c->t[i].num >= 1 &&
      c->t[i].num <= 30)
    ordinal = c->t[i].num;
  else if (cls(c, i) == K_ORDWORD)
    ordinal = c->t[i].value;
  size_t u = i + 1;
  if (punct(c, u, '-'))
    u++;
  if (!ordinal || cls(c, u) != K_UNIT || c->t[u].value != UNIT_CENTURY)
    return false;
  cand->first = i;
  cand->last = u;
  cand->type = EVG_TIMEX_DATE;
  int32_t start = (ordinal - 1) * 100;
  bool bc = word(c, u + 1, W_BC);
  if (bc) {
    cand->last = u + 1;
    start = 1 - ordinal * 100;
  }
  set_date(cand, point_date(start, 1, 1, EVG_PREC_CENTURY));
  if (bc) /* the 4th century BC, 400-301 BC: the 300s, "BC03" */
    snprintf(cand->value, sizeof cand->value, "BC%02d", ordinal - 1);
  return true;
}

static const char *const season_codes[] = {"", "SP", "SU", "FA", "WI"};

/* Sets the candidate to a season (1 spring .. 4 winter) of a year.  A
 * season is not an evgraph precision: the date keeps the months it spans;
 * the winter of 1915 runs from December 1914 to February 1915. */
static void set_season(candidate *cand, int season, int32_t year) {
  int first_month = season * 3; /* 3, 6, 9, 12 */
  int32_t first_year = first_month == 12 ? year - 1 : year;
  evg_date d = point_date(first_year, first_month, 1, EVG_PREC_MONTH);
  evg_date last = point_date(year, first_month == 12 ? 2 : first_month + 2, 1,
                             EVG_PREC_MONTH);
  d.to = last.from;
  d.interval = true;
  evg_date_compute_bounds(&d);
  cand->res = RES_DATE;
  cand->date = d;
  char text[16];
  year_text(year, text, sizeof text);
  snprintf(cand->value, sizeof cand->value, "%s-%s", text,
           season_codes[season]);
}

/* "summer", "the summer of 1944", "spring 2025" */
static bool rule_season(const context *c, size_t i, candidate *cand) {
  if (cls(c, i) != K_SEASON)
    return false;
  /* "fall" and "spring" are common verbs: require a hint of time */
  if (c->t[i].value == 3 && lower_word_is(c, i, "fall") &&
      !(i > 0 && (word(c, i - 1, W_THE) || word(c, i - 1, W_LAST) ||
                  word(c, i - 1, W_THIS) || word(c, i - 1, W_NEXT) ||
                  word(c, i - 1, W_EARLY) || word(c, i - 1, W_LATE))))
    return false;
  /* "the fall of Girona", "the fall of the wall": a collapse; only "the
   * fall of 2019" is a season */
  if (c->t[i].value == 3 && lower_word_is(c, i, "fall") &&
      word(c, i + 1, W_OF) && !year_token(c, i + 2, false))
    return false;
  if (c->t[i].value == 1 && !c->t[i].cap &&
      !(i > 0 && (word(c, i - 1, W_THE) || word(c, i - 1, W_LAST) ||
                  word(c, i - 1, W_THIS) || word(c, i - 1, W_NEXT) ||
                  word(c, i - 1, W_EARLY) || word(c, i - 1, W_LATE) ||
                  word(c, i - 1, W_IN) || word(c, i - 1, W_BY) ||
                  word(c, i - 1, W_UNTIL) || word(c, i - 1, W_SINCE))))
    return false;
  /* "a winter storm warning", "the summer tires": a kind, not a time */
  if (!c->narrative && i + 1 < c->n && c->t[i + 1].kind == T_WORD &&
      !c->t[i + 1].cap && c->t[i + 1].cls == K_NONE)
    return false;
  cand->first = i;
  cand->last = i;
  cand->type = EVG_TIMEX_DATE;
  size_t y = i + 1;
  if (word(c, y, W_OF))
    y++;
  int32_t year;
  if (year_token(c, y, false)) {
    year = c->t[y].num;
    cand->last = y;
  } else {
    /* the season's middle month; a winter is named by its January */
    int month = c->t[i].value == 4 ? 1 : c->t[i].value * 3 + 1;
    if (!pick_year(c, cand, month, 0, 1, &year)) {
      snprintf(cand->value, sizeof cand->value, "XXXX-%s",
               season_codes[c->t[i].value]);
      cand->res = RES_ANCHOR;
      return true;
    }
  }
  set_season(cand, c->t[i].value, year);
  return true;
}

/* "the third quarter [of 2024]", "Q3 2024", "the second half of 2025" */
static bool rule_quarter(const context *c, size_t i, candidate *cand) {
  int part = 0;
  bool half = false;
  size_t last;
  if ((word(c, i, W_Q) || word(c, i, W_H)) && c->t[i].cap && is_num(c, i + 1) &&
      glued(c, i + 1)) {
    half = word(c, i, W_H);
    part = c->t[i + 1].num;
    last = i + 1;
  } else {
    size_t o = i;
    if (word(c, o, W_THE))
      o++;
    if (cls(c, o) != K_ORDWORD && !(is_num(c, o) && c->t[o].suffix == 'o'))
      return false;
    part = cls(c, o) == K_ORDWORD ? c->t[o].value : c->t[o].num;
    size_t q = o + 1;
    if (punct(c, q, '-') && glued(c, q) && glued(c, q + 1))
      q++; /* "second-quarter results" */
    if (word(c, q, W_HALF))
      half = true;
    else if (!(cls(c, q) == K_UNIT && c->t[q].value == UNIT_QUARTER &&
               lower_word_is(c, q, "quarter")))
      return false;
    last = q;
  }
  if (part < 1 || part > (half ? 2 : 4))
    return false;
  cand->first = i;
  cand->type = EVG_TIMEX_DATE;
  size_t y = last + 1;
  bool of = word(c, y, W_OF);
  if (of)
    y++;
  int32_t year;
  int relative_year = 2; /* 2: none; -1, 0, 1: last, this, next year */
  if (of &&
      (word(c, y, W_THE) || word(c, y, W_THIS) || word(c, y, W_LAST) ||
       word(c, y, W_NEXT)) &&
      cls(c, y + 1) == K_UNIT && c->t[y + 1].value == UNIT_YEAR &&
      lower_word_is(c, y + 1, "year")) {
    relative_year = word(c, y, W_LAST) ? -1 : word(c, y, W_NEXT) ? 1 : 0;
    if (word(c, y, W_THE))
      relative_year = 3; /* "of the year": the year in context */
    last = y + 1;
  }
  if (half && !of && !(word(c, i, W_H)))
    return false; /* "the second half" of a match, not of a year */
  if (relative_year >= -1 && relative_year <= 1 && c->has_anchor) {
    year = year_of(c->anchor) + relative_year;
  } else if (year_token(c, y, false)) {
    year = c->t[y].num;
    last = y;
  } else if (is_num(c, y) && c->t[y].num >= 1000 && c->t[y].digits == 4 &&
             glued(c, y) == false && !word(c, i, W_THE)) {
    year = c->t[y].num;
    last = y;
  } else {
    int month = half ? part * 6 - 5 : part * 3 - 2;
    if (!pick_year(c, cand, month, 0, half ? 6 : 3, &year)) {
      cand->last = last;
      snprintf(cand->value, sizeof cand->value, "XXXX-%s%d", half ? "H" : "Q",
               part);
      cand->res = RES_ANCHOR;
      return true;
    }
  }
  cand->last = last;
  evg_date d = point_date(year, half ? part * 6 - 5 : part * 3 - 2, 1,
                          half ? EVG_PREC_HALF : EVG_PREC_QUARTER);
  set_date(cand, d);
  return true;
}

/* Holidays: fixed, Easter-based, nth-weekday, and the lunar new year. */
static bool holiday_day(int id, int32_t year, int32_t *day) {
  switch (id) {
  case HOLIDAY_CHRISTMAS:
    *day = evg_days_from_civil(year, 12, 25);
    return true;
  case HOLIDAY_EASTER:
    *day = easter(year);
    return true;
  case HOLIDAY_GOOD:
    *day = easter(year) - 2;
    return true;
  case HOLIDAY_THANKSGIVING:
    *day = nth_weekday(year, 11, 4, 4);
    return true;
  case HOLIDAY_HALLOWEEN:
    *day = evg_days_from_civil(year, 10, 31);
    return true;
  case HOLIDAY_VALENTINE:
    *day = evg_days_from_civil(year, 2, 14);
    return true;
  case HOLIDAY_INDEPENDENCE:
    *day = evg_days_from_civil(year, 7, 4);
    return true;
  case HOLIDAY_LABOR:
    *day = nth_weekday(year, 9, 1, 1);
    return true;
  case HOLIDAY_MEMORIAL:
    *day = nth_weekday(year, 5, 1, -1);
    return true;
  case HOLIDAY_NEWYEAR:
    *day = evg_days_from_civil(year, 1, 1);
    return true;
  case HOLIDAY_PRESIDENTS:
    *day = nth_weekday(year, 2, 1, 3);
    return true;
  default:
    return lunar_new_year_day(year, day);
  }
}

#define HOLIDAY_LUNAR 100

static bool rule_holiday_in(const context *c, size_t i, candidate *cand);

/* The holiday rule, with the context told so (for the near-day rule). */
static bool rule_holiday(const context *c, size_t i, candidate *cand) {
  context *mutable = (context *)c;
  mutable->holiday = true;
  bool found = rule_holiday_in(c, i, cand);
  mutable->holiday = false;
  return found;
}

static bool rule_holiday_in(const context *c, size_t i, candidate *cand) {
  if (i >= c->n || !c->t[i].cap)
    return false; /* every holiday name is capitalised */
  int id = 0;
  size_t last = i;
  int offset = 0; /* eve: -1 */
  if (cls(c, i) == K_HOLIDAY && c->t[i].cap) {
    id = c->t[i].value;
    switch (id) {
    case HOLIDAY_CHRISTMAS:
      if (word(c, i + 1, W_EVE))
        offset = -1, last = i + 1;
      else if (word(c, i + 1, W_DAY) || lower_word_is(c, i + 1, "day"))
        last = i + 1;
      break;
    case HOLIDAY_EASTER:
      if (word(c, i + 1, W_SUNDAY) || lower_word_is(c, i + 1, "sunday"))
        last = i + 1;
      else if (lower_word_is(c, i + 1, "monday"))
        offset = 1, last = i + 1;
      break;
    case HOLIDAY_GOOD:
      if (!lower_word_is(c, i + 1, "friday") || !c->t[i + 1].cap)
        return false;
      last = i + 1;
      break;
    case HOLIDAY_THANKSGIVING:
      if (lower_word_is(c, i + 1, "day"))
        last = i + 1;
      break;
    case HOLIDAY_HALLOWEEN:
      break;
    case HOLIDAY_VALENTINE:
      /* Valentine's Day */
      if (!(punct(c, i + 1, '\'') && lower_word_is(c, i + 2, "s") &&
            lower_word_is(c, i + 3, "day")))
        return false;
      last = i + 3;
      break;
    case HOLIDAY_PRESIDENTS:
      /* Presidents' Day */
      if (punct(c, i + 1, '\'') && lower_word_is(c, i + 2, "day") &&
          c->t[i + 2].cap) {
        last = i + 2;
        break;
      }
      return false;
    case HOLIDAY_INDEPENDENCE:
    case HOLIDAY_LABOR:
    case HOLIDAY_MEMORIAL:
      if (!lower_word_is(c, i + 1, "day") || !c->t[i + 1].cap)
        return false;
      last = i + 1;
      break;
    }
  } else if (word(c, i, W_NEW) && c->t[i].cap &&
             lower_word_is(c, i + 1, "year") && c->t[i + 1].cap) {
    /* New Year's Day / Eve, New Year */
    size_t k = i + 2;
    if (punct(c, k, '\'') && lower_word_is(c, k + 1, "s"))
      k += 2;
    else if (lower_word_is(c, k, "s"))
      k += 1;
    if (lower_word_is(c, k, "day") && c->t[k].cap)
      last = k;
    else if (word(c, k, W_EVE) && c->t[k].cap)
      last = k, offset = -1;
    else
      last = k - 1;
    id = HOLIDAY_NEWYEAR;
  } else if ((word(c, i, W_BLACK) || word(c, i, W_CYBER)) && c->t[i].cap &&
             i + 1 < c->n && c->t[i + 1].cap &&
             lower_word_is(c, i + 1,
                           word(c, i, W_BLACK) ? "friday" : "monday")) {
    id = HOLIDAY_THANKSGIVING;
    offset = word(c, i, W_BLACK) ? 1 : 4;
    last = i + 1;
  } else if (word(c, i, W_BOXING) && c->t[i].cap &&
             lower_word_is(c, i + 1, "day") && c->t[i + 1].cap) {
    id = HOLIDAY_CHRISTMAS;
    offset = 1;
    last = i + 1;
  } else if ((word(c, i, W_CHINESE) || word(c, i, W_LUNAR)) && c->t[i].cap &&
             word(c, i + 1, W_NEW) && lower_word_is(c, i + 2, "year")) {
    id = HOLIDAY_LUNAR;
    last = i + 2;
  } else if (lower_word_is(c, i, "spring") && c->t[i].cap &&
             word(c, i + 1, W_FESTIVAL) && c->t[i + 1].cap) {
    id = HOLIDAY_LUNAR;
    last = i + 1;
  } else {
    return false;
  }
  cand->first = i;
  cand->type = EVG_TIMEX_DATE;
  size_t y = last + 1;
  int32_t year;
  if (year_token(c, y, false)) {
    year = c->t[y].num;
    last = y;
  } else {
    int32_t probe;
    int month = 1, day = 1;
    if (id != HOLIDAY_LUNAR && holiday_day(id, 2001, &probe)) {
      month = month_of(probe);
      int32_t yy;
      int mm, dd;
      evg_civil_from_days(probe, &yy, &mm, &dd);
      day = dd;
    } else {
      month = 1, day = 29;
    }
    if (!pick_year(c, cand, month, day, 1, &year)) {
      cand->last = last;
      snprintf(cand->value, sizeof cand->value, "XXXX-XX-XX");
      cand->res = RES_ANCHOR;
      return true;
    }
  }
  int32_t day;
  if (!holiday_day(id, year, &day)) {
    cand->last = last;
    snprintf(cand->value, sizeof cand->value, "%04ld", (long)year);
    cand->res = RES_NONE;
    return true;
  }
  cand->last = last;
  set_date(cand, day_date(day + offset));
  return true;
}

/* "the Year of the Snake": the lunar year of that zodiac animal nearest
 * the base; with "first day of" it is that lunar new year's day. */
static bool rule_zodiac(const context *c, size_t i, candidate *cand) {
  static const char *const animals[] = {"rat",    "ox",      "tiger", "rabbit",
                                        "dragon", "snake",   "horse", "goat",
                                        "monkey", "rooster", "dog",   "pig"};
  if (!(word(c, i, W_THE) || cls(c, i) == K_ORDWORD ||
        (cls(c, i) == K_UNIT && c->t[i].cap)))
    return false; /* "the Year of the Snake", "the first day of", "Year" */
  size_t k = i;
  bool first_day = false;
  if (word(c, k, W_THE))
    k++;
  if (cls(c, k) == K_ORDWORD && c->t[k].value == 1 &&
      lower_word_is(c, k + 1, "day") && word(c, k + 2, W_OF)) {
    first_day = true;
    k += 3;
    if (word(c, k, W_THE))
      k++;
  }
  if (!(lower_word_is(c, k, "year") && c->t[k].cap && word(c, k + 1, W_OF) &&
        word(c, k + 2, W_THE)))
    return false;
  int animal = -1;
  for (int a = 0; a < 12; a++)
    if (lower_word_is(c, k + 3, animals[a]) && c->t[k + 3].cap)
      animal = a;
  if (animal < 0)
    return false;
  int32_t base_year;
  base_kind base = choose_base(c);
  if (base == BASE_NONE)
    return false;
  base_year = base == BASE_REF ? c->ref.from.year : year_of(c->anchor);
  /* 2020 was a Rat year; pick the year with this animal nearest the base */
  int32_t year = base_year;
  for (int32_t d = 0; d <= 6; d++) {
    if ((((base_year + d - 2020) % 12) + 12) % 12 == animal) {
      year = base_year + d;
      break;
    }
    if ((((base_year - d - 2020) % 12) + 12) % 12 == animal) {
      year = base_year - d;
      break;
    }
  }
  int32_t day;
  cand->first = i;
  cand->last = k + 3;
  cand->type = EVG_TIMEX_DATE;
  if (!lunar_new_year_day(year, &day))
    return false;
  if (first_day) {
    set_date(cand, day_date(day));
  } else {
    /* the lunar year, as the days it spans */
    int32_t next;
    if (!lunar_new_year_day(year + 1, &next))
      return false;
    evg_date d = day_date(day);
    d.to = day_date(next - 1).from;
    d.interval = true;
    evg_date_compute_bounds(&d);
    cand->res = RES_DATE;
    cand->date = d;
    snprintf(cand->value, sizeof cand->value, "%04ld", (long)year);
  }
  return true;
}

/* today, yesterday, tomorrow, tonight, now, recently, currently */
static bool rule_deictic_word(const context *c, size_t i, candidate *cand) {
  int offset;
  const char *relative;
  if (word(c, i, W_TODAY))
    offset = 0, relative = "anchor";
  else if (word(c, i, W_YESTERDAY))
    offset = -1, relative = "anchor - 1 day";
  else if (word(c, i, W_TOMORROW))
    offset = 1, relative = "anchor + 1 day";
  else if (word(c, i, W_TONIGHT))
    offset = 0, relative = "anchor";
  else if (word(c, i, W_NOW) || word(c, i, W_CURRENTLY)) {
    /* "now" only as an adverb of time, not "now that" */
    if (word(c, i + 1, W_THAT))
      return false;
    cand->first = cand->last = i;
    cand->type = EVG_TIMEX_DATE;
    set_ref_value(cand, "PRESENT_REF");
    return true;
  } else if (word(c, i, W_OVERNIGHT)) {
    /* the night before the anchor in the past; tonight in the future */
    cand->first = cand->last = i;
    cand->type = EVG_TIMEX_TIME;
    if (!c->has_anchor) {
      needs_anchor(cand, "XXXX-XX-XXTNI", "anchor");
      return true;
    }
    bool future = tense_near(c, i, i) == TENSE_FUTURE;
    set_date(cand, day_date(c->anchor - (future ? 0 : 1)));
    strncat(cand->value, "TNI", sizeof cand->value - strlen(cand->value) - 1);
    return true;
  } else if (word(c, i, W_RECENTLY)) {
    cand->first = cand->last = i;
    cand->type = EVG_TIMEX_DATE;
    set_ref_value(cand, "PAST_REF");
    return true;
  } else {
    return false;
  }
  cand->first = cand->last = i;
  cand->type = EVG_TIMEX_DATE;
  bool night = word(c, i, W_TONIGHT);
  int part = 0;
  if (!night && cls(c, i + 1) == K_PARTDAY) {
    part = c->t[i + 1].value;
    cand->last = i + 1;
    cand->type = EVG_TIMEX_TIME;
  }
  if (night)
    part = 4, cand->type = EVG_TIMEX_TIME;
  /* in a history, a speaker's "today" is the day the story has reached */
  bool speaker_day =
      c->narrative && c->t[i].quote && c->has_fine_ref[EVG_PREC_DAY];
  if (!c->has_anchor && !speaker_day) {
    needs_anchor(cand, "XXXX-XX-XX", relative);
    return true;
  }
  int32_t day = speaker_day ? c->fine_ref[EVG_PREC_DAY] : c->anchor;
  set_date(cand, day_date(day + offset));
  append_day_part(cand, part);
  cand->keep_reference = speaker_day;
  return true;
}

/* A bare weekday, with its direction from the tense; also "last Monday",
 * "next Friday", "this Wednesday", "Monday night", and a weekday followed
 * by an explicit date ("Monday, January 27"). */
static bool rule_weekday(const context *c, size_t i, candidate *cand) {
  size_t w = i;
  int direction = 0; /* -1 last, +1 next, 0 by tense */
  if (word(c, i, W_LAST) || word(c, i, W_PAST))
    direction = -1, w++;
  else if (word(c, i, W_NEXT) || word(c, i, W_COMING))
    direction = 1, w++;
  else if (word(c, i, W_THIS))
    direction = 2, w++;
  if (cls(c, w) != K_WEEKDAY || !c->t[w].cap)
    return false;
  size_t len = c->t[w].end - c->t[w].start;
  if (len <= 4 && c->text[c->t[w].end - 1] != '.')
    return false; /* "Sun", "Wed" alone: too ambiguous */
  /* "Monday, January 27, 2025": the explicit date decides */
  size_t after = after_comma(c, w + 1);
  candidate explicit_date = *cand;
  if (direction == 0 && (rule_month_day(c, after, &explicit_date) ||
                         rule_day_month(c, after, &explicit_date))) {
    *cand = explicit_date;
    cand->first = i;
    return true;
  }
  int weekday = c->t[w].value;
  /* "on Monday, Christmas Day,": a holiday in apposition that falls on
   * that weekday is the day; the spans stay apart */
  candidate named_day = *cand;
  if (direction == 0 && punct(c, w + 1, ',') &&
      (rule_holiday(c, after, &named_day) ||
       rule_zodiac(c, after, &named_day)) &&
      named_day.res == RES_DATE &&
      named_day.date.from.precision == EVG_PREC_DAY &&
      weekday_of(named_day.date.start) == weekday) {
    cand->first = i;
    cand->last = w;
    cand->type = EVG_TIMEX_DATE;
    set_date(cand, day_date(named_day.date.start));
    return true;
  }
  cand->first = i;
  cand->last = w;
  cand->type = EVG_TIMEX_DATE;
  int part = 0;
  if (cls(c, w + 1) == K_PARTDAY) {
    part = c->t[w + 1].value;
    cand->last = w + 1;
    cand->type = EVG_TIMEX_TIME;
  }
  base_kind base = choose_base(c);
  int32_t from;
  if (base == BASE_REF && direction == 0 && c->narrative) {
    /* in a narrative: the first such weekday after the reference */
    from = evg_date_first_known_day(&c->ref);
    int shift = (weekday - weekday_of(from) + 7) % 7;
    set_date(cand, day_date(from + shift));
  } else if (c->has_anchor) {
    from = c->anchor;
    int today = weekday_of(from);
    tense t = direction == -1  ? TENSE_PAST
              : direction == 1 ? TENSE_FUTURE
              : direction == 2 ? TENSE_UNKNOWN
                               : tense_near(c, i, cand->last);
    if (t == TENSE_PRESENT)
      t = TENSE_FUTURE; /* a schedule */
    if (t == TENSE_UNKNOWN && c->after_by)
      t = TENSE_FUTURE; /* "by Tuesday afternoon"; "had won it back by
                           Wednesday" stays past */
    int32_t day;
    if (direction == 2) {
      /* this Monday: the one in the anchor's week */
      day = from - (today - 1) + (weekday - 1);
    } else if (weekday == today && direction == 0) {
      /* the anchor's own weekday is the anchor ("the company said on
       * Monday" in Monday's paper), whatever the tense, unless the text
       * opened by setting its story in the week before */
      day = c->last_week_frame && t != TENSE_FUTURE ? from - 7 : from;
    } else if (t == TENSE_FUTURE) {
      int shift = (weekday - today + 7) % 7;
      day = from + (shift ? shift : 7);
    } else if (t == TENSE_UNKNOWN) {
      /* no tense to go by: the nearer of the last and the next */
      int back = (today - weekday + 7) % 7, ahead = (weekday - today + 7) % 7;
      if (!back)
        back = 7;
      if (!ahead)
        ahead = 7;
      day = ahead < back ? from + ahead : from - back;
    } else {
      /* the anchor's own weekday in the past is the anchor itself
       * ("the company said on Monday", in Monday's paper), unless the text
       * has set its story in the week before ("Last week, ... On Monday,
       * ...") */
      int shift = (today - weekday + 7) % 7;
      /* "last Monday" on a Monday is a week back */
      day = from -
            (shift ? shift : (c->last_week_frame || direction == -1 ? 7 : 0));
    }
    set_date(cand, day_date(day));
  } else {
    snprintf(cand->value, sizeof cand->value, "XXXX-WXX-%d", weekday);
    cand->res = RES_ANCHOR;
    return true;
  }
  append_day_part(cand, part);
  return true;
}

/* "last week", "this month", "next year", "the coming weeks" (duration),
 * "last December", "this summer", "earlier this year", "later this month",
 * "last night", "this morning" */
static bool rule_this_next_last(const context *c, size_t i, candidate *cand) {
  size_t k = i;
  int earlier_later = 0;
  if (word(c, k, W_EARLIER))
    earlier_later = -1, k++;
  else if (word(c, k, W_LATER))
    earlier_later = 1, k++;
  int direction;
  if (!earlier_later && word(c, k, W_THE) && word(c, k + 1, W_CURRENT))
    k++;
  if (!earlier_later && word(c, k, W_THE) && cls(c, k + 1) == K_UNIT &&
      c->t[k + 1].value == UNIT_WEEKEND && lower_word_is(c, k + 1, "weekend")) {
    /* "the weekend": the last one in a sentence in the past, else the
     * coming one */
    tense t = tense_near(c, k, k + 1);
    direction = t == TENSE_PAST ? -1 : (weekday_of(c->anchor) >= 6 ? 0 : 0);
    if (t == TENSE_PAST && c->has_anchor && weekday_of(c->anchor) >= 6)
      direction = 0;
  } else if (word(c, k, W_LAST))
    direction = -1;
  else if (word(c, k, W_NEXT) || word(c, k, W_COMING))
    direction = 1;
  else if (word(c, k, W_THIS) || word(c, k, W_CURRENT))
    direction = 0;
  else
    return false;
  if (earlier_later && direction != 0)
    return false;
  size_t u = k + 1;
  cand->first = i;
  cand->type = EVG_TIMEX_DATE;
  if (cls(c, u) == K_PARTDAY && direction <= 0) {
    /* last night, this morning */
    cand->last = u;
    cand->type = EVG_TIMEX_TIME;
    int part = c->t[u].value;
    int offset = direction == -1 ? -1 : 0;
    if (direction == -1 && part != 4)
      return false; /* "last morning" is not said */
    if (!c->has_anchor) {
      needs_anchor(cand, "XXXX-XX-XX", offset ? "anchor - 1 day" : "anchor");
      return true;
    }
    set_date(cand, day_date(c->anchor + offset));
    append_day_part(cand, part);
    return true;
  }
  if (cls(c, u) == K_UNIT) {
    int unit = c->t[u].value;
    if (unit == UNIT_HOUR || unit == UNIT_MINUTE || unit == UNIT_CENTURY ||
        unit == UNIT_SECOND)
      return false;
    /* "the next decade", "over the past week": a duration (rule_amount) */
    if (i > 0 && word(c, i - 1, W_THE) && direction != 0)
      return false;
    size_t len = c->t[u].end - c->t[u].start;
    bool plural =
        c->text[c->t[u].start + len - 1] == 's' && unit != UNIT_DAY + 100;
    if (plural && unit != UNIT_WEEKEND) {
      /* "the next few weeks" is handled as a duration elsewhere */
      return false;
    }
    cand->last = u;
    if (unit == UNIT_DAY)
      return false; /* "this day" / "next day": anaphoric, elsewhere */
    char relative[48];
    if (direction == 0)
      snprintf(relative, sizeof relative, "anchor");
    else
      snprintf(relative, sizeof relative, "anchor %c 1 %s",
               direction < 0 ? '-' : '+', unit_name(unit));
    if (!c->has_anchor) {
      needs_anchor(cand, "XXXX", relative);
      /* keep the relative form at the unit's precision */
      if (direction == 0) {
        snprintf(cand->relative, sizeof cand->relative, "anchor + 0 %s",
                 unit_name(unit));
      }
      return true;
    }
    if (unit == UNIT_WEEKEND) {
      /* the Saturday of that week */
      int32_t monday = c->anchor - (weekday_of(c->anchor) - 1);
      int32_t saturday = monday + 5 + 7 * direction;
      evg_date d = day_date(saturday);
      d.to = day_date(saturday + 1).from;
      d.interval = true;
      evg_date_compute_bounds(&d);
      cand->res = RES_DATE;
      cand->date = d;
      evg_date week = evg_date_from_day(saturday, EVG_PREC_WEEK);
      char year[16];
      year_text(week.from.year, year, sizeof year);
      snprintf(cand->value, sizeof cand->value, "%s-W%02d-WE", year,
               week.from.part);
      return true;
    }
    set_date(cand, shift_date(c->anchor, direction, unit));
    if (earlier_later)
      cand->mod = NULL;
    return true;
  }
  if (earlier_later)
    return false;
  if (cls(c, u) == K_MONTH && c->t[u].cap) {
    /* last December: the most recent one before the anchor's month */
    int month = c->t[u].value;
    cand->last = u;
    if (!c->has_anchor) {
      snprintf(cand->value, sizeof cand->value, "XXXX-%02d", month);
      cand->res = RES_ANCHOR;
      return true;
    }
    int32_t ay = year_of(c->anchor);
    int am = month_of(c->anchor);
    int32_t year = ay;
    if (direction < 0 && month >= am)
      year = ay - 1;
    if (direction > 0 && month <= am)
      year = ay + 1;
    set_date(cand, point_date(year, month, 0, EVG_PREC_MONTH));
    return true;
  }
  if (cls(c, u) == K_SEASON) {
    int season = c->t[u].value;
    cand->last = u;
    if (!c->has_anchor) {
      snprintf(cand->value, sizeof cand->value, "XXXX-%s",
               season_codes[season]);
      cand->res = RES_ANCHOR;
      return true;
    }
    int32_t ay = year_of(c->anchor);
    int am = month_of(c->anchor);
    int current = am == 12 || am <= 2 ? 4 : (am + 0) / 3; /* 3-5 spring */
    int32_t year = ay;
    if (direction < 0 && season >= current)
      year = ay - 1;
    if (direction > 0 && season <= current)
      year = ay + 1;
    if (season == 4 && am <= 2 && direction == 0)
      year = ay - 1; /* this winter, in January: began last December */
    int first_month = season * 3;
    evg_date d = point_date(year, first_month, 1, EVG_PREC_MONTH);
    evg_date end =
        point_date(first_month == 12 ? year + 1 : year,
                   first_month == 12 ? 2 : first_month + 2, 1, EVG_PREC_MONTH);
    d.to = end.from;
    d.interval = true;
    evg_date_compute_bounds(&d);
    cand->res = RES_DATE;
    cand->date = d;
    char text[16];
    year_text(year, text, sizeof text);
    snprintf(cand->value, sizeof cand->value, "%s-%s", text,
             season_codes[season]);
    return true;
  }
  return false;
}

/* "two years ago", "three days later", "a few days earlier", "a decade
 * later", "two weeks before" (sentence end); durations otherwise: "seven
 * days", "eleven months", "a decade", "the past two years". */
/* Token i follows a figure: "5,022", "41 percent", "$4.1 million", "3%". */
static bool after_quantity(const context *c, size_t i) {
  if (i >= 1 && c->t[i - 1].kind == T_NUM)
    return true;
  return i >= 2 && c->t[i - 2].kind == T_NUM &&
         ((c->t[i - 1].kind == T_WORD && c->t[i - 1].cls == K_NONE &&
           !c->t[i - 1].cap) ||
          punct(c, i - 1, '%'));
}

static bool rule_amount(const context *c, size_t i, candidate *cand) {
  size_t k = i;
  bool the_past = false, the_next = false;
  /* "about 40 minutes", "nearly four months", "more than 3,000 hours" */
  const char *approx = NULL;
  if (word(c, k, W_ABOUT) || word(c, k, W_AROUND) || word(c, k, W_NEARLY) ||
      word(c, k, W_SOME)) {
    approx = "APPROX";
    k++;
  } else if ((word(c, k, W_MORE) || word(c, k, W_LESS)) &&
             word(c, k + 1, W_THAN)) {
    approx = word(c, k, W_MORE) ? "MORE_THAN" : "LESS_THAN";
    k += 2;
  } else if (word(c, k, W_AT) && word(c, k + 1, W_LEAST)) {
    approx = "EQUAL_OR_MORE";
    k += 2;
  } else if (word(c, k, W_UP) && word(c, k + 1, W_TO)) {
    approx = "EQUAL_OR_LESS";
    k += 2;
  }
  if (approx) {
    int probe;
    size_t taken = number_at(c, k, &probe);
    size_t u = k + taken;
    if (punct(c, u, '-') && glued(c, u))
      u++;
    if (!taken || cls(c, u) != K_UNIT || word(c, u + 1, W_AGO) ||
        word(c, u + 1, W_LATER) || word(c, u + 1, W_EARLIER))
      return false;
  }
  if (word(c, k, W_THE) &&
      (word(c, k + 1, W_PAST) || word(c, k + 1, W_LAST) ||
       word(c, k + 1, W_NEXT) || word(c, k + 1, W_COMING) ||
       word(c, k + 1, W_FOLLOWING) || word(c, k + 1, W_PREVIOUS) ||
       lower_word_is(c, k + 1, "first"))) {
    the_past = !word(c, k + 1, W_NEXT) && !word(c, k + 1, W_COMING) &&
               !word(c, k + 1, W_FOLLOWING);
    the_next = !the_past;
    k += 2;
  }
  /* "the three months that ended March 28", "the 12 months to July": the
   * article belongs to the span */
  if (!approx && !the_past && !the_next && word(c, k, W_THE)) {
    int probe;
    size_t taken = number_at(c, k + 1, &probe);
    size_t u = k + 1 + taken;
    if (taken && !word(c, k + 1, W_A) && cls(c, u) == K_UNIT &&
        (word(c, u + 1, W_TO) || word(c, u + 1, W_THAT) ||
         word(c, u + 1, W_THROUGH) || lower_word_is(c, u + 1, "ended") ||
         lower_word_is(c, u + 1, "ending")))
      k++;
  }
  /* "leaked for decades", "within days", "the first time in years" */
  if (!approx && !the_past && !the_next && cls(c, k) == K_UNIT && k == i &&
      i > 0 && c->t[k].value != UNIT_WEEKEND &&
      c->text[c->t[k].end - 1] == 's' &&
      (word(c, i - 1, W_FOR) || word(c, i - 1, W_WITHIN) ||
       word(c, i - 1, W_IN) || word(c, i - 1, W_OVER)) &&
      !word(c, k + 1, W_AGO) && !word(c, k + 1, W_LATER) &&
      !word(c, k + 1, W_EARLIER) && !word(c, k + 1, W_OF)) {
    cand->first = cand->last = k;
    cand->type = EVG_TIMEX_DURATION;
    cand->res = RES_NONE;
    duration_value(cand->value, sizeof cand->value, -1, c->t[k].value);
    return true;
  }
  /* "profit rose in the year to March": a span ending in a month */
  if (!approx && !the_past && !the_next && word(c, k, W_THE) &&
      cls(c, k + 1) == K_UNIT && c->text[c->t[k + 1].end - 1] != 's' &&
      (word(c, k + 2, W_TO) || lower_word_is(c, k + 2, "ended") ||
       lower_word_is(c, k + 2, "ending")) &&
      cls(c, k + 3) == K_MONTH && c->t[k + 3].cap) {
    int unit = c->t[k + 1].value;
    if (unit != UNIT_YEAR && unit != UNIT_QUARTER && unit != UNIT_MONTH &&
        unit != UNIT_WEEK)
      return false;
    cand->first = i;
    cand->last = k + 1;
    cand->type = EVG_TIMEX_DURATION;
    cand->res = RES_NONE;
    duration_value(cand->value, sizeof cand->value, 1, unit);
    return true;
  }
  /* "another week", "another two days": a further span */
  bool another = !the_past && !the_next && word(c, k, W_ANOTHER);
  if (another)
    k++;
  int amount;
  size_t taken = number_at(c, k, &amount);
  if (!taken && another && cls(c, k) == K_UNIT) {
    amount = 1;
  } else if (!taken) {
    if (!(the_past || the_next) || cls(c, k) != K_UNIT)
      return false;
    /* "the past week": one; "the coming weeks": some */
    size_t unit_len = c->t[k].end - c->t[k].start;
    amount = c->text[c->t[k].end - 1] == 's' && unit_len > 3 ? -1 : 1;
  }
  /* "an hour and a half", skip; number must be followed by a unit */
  size_t u = k + taken;
  if (taken && word(c, u, W_MORE) && cls(c, u + 1) == K_UNIT)
    u++; /* "a few more months", "two more weeks" */
  if (punct(c, u, '-') && glued(c, u))
    u++; /* "two-year" */
  if (cls(c, u) != K_UNIT)
    return false;
  int unit = c->t[u].value;
  if (amount == 0)
    return false;
  /* "a 24-year-old": an age, not a duration */
  if (punct(c, u + 1, '-') && glued(c, u + 1) &&
      (word(c, u + 2, W_OLD) || lower_word_is(c, u + 2, "olds")))
    return false;
  /* "the last minute": an idiom */
  if (!taken && (unit == UNIT_MINUTE || unit == UNIT_HOUR))
    return false;
  /* a rate, not a duration: "£13.10 an hour", "90,000 journeys a day" */
  if (taken == 1 && (word(c, k, W_A) || word(c, k, W_AN)) && k > 0 &&
      !word(c, u + 1, W_EARLIER) && !word(c, u + 1, W_AGO) &&
      (c->t[k - 1].kind == T_NUM ||
       (c->t[k - 1].kind == T_WORD && c->t[k - 1].cls == K_NONE &&
        !c->t[k - 1].cap && c->text[c->t[k - 1].end - 1] == 's')))
    return false;
  /* "a day" in "once a day" belongs to the set rule; "one day" is often
   * "some day" */
  if (taken == 1 && cls(c, k) == K_NUMWORD && amount == 1 && unit == UNIT_DAY &&
      u == k + 1 && !word(c, u + 1, W_LATER) && !word(c, u + 1, W_EARLIER) &&
      !word(c, u + 1, W_AGO) && !word(c, u + 1, W_MORE) &&
      !word(c, u + 1, W_LESS))
    return false; /* but "a one-day strike", "one day more" are spans */
  cand->first = i;
  cand->last = u;
  size_t next = u + 1;
  bool ago = word(c, c->n > next ? next : next, W_AGO);
  bool later = word(c, next, W_LATER) || word(c, next, W_AFTER);
  bool earlier = word(c, next, W_EARLIER) || word(c, next, W_BEFORE);
  /* "two weeks earlier than last year": a comparison of spans */
  if ((later || earlier) && word(c, next + 1, W_THAN))
    later = earlier = false;
  /* "a quarter of a percentage point" */
  if (unit == UNIT_QUARTER && word(c, u + 1, W_OF))
    return false;
  /* "two days after the election" is an anchor we cannot resolve: the
   * amount is a duration; only a sentence-final before/after is relative */
  if ((word(c, next, W_AFTER) || word(c, next, W_BEFORE)) &&
      !(next + 1 >= c->n || c->t[next + 1].kind == T_PUNCT))
    later = earlier = false;
  if (!the_past && !the_next && (ago || later || earlier)) {
    cand->last = next;
    cand->type = EVG_TIMEX_DATE;
    int n = amount < 0 ? 3 : amount; /* "a few": about three */
    int sign = ago || earlier ? -1 : 1;
    if ((unit == UNIT_HOUR || unit == UNIT_MINUTE) && !ago && c->has_clock &&
        amount > 0) {
      /* "two hours later": from the clock time named before */
      int minutes = c->clock_minute + sign * n * (unit == UNIT_HOUR ? 60 : 1);
      int32_t day = c->clock_day + (minutes >= 0 ? minutes / 1440
                                                 : -((1439 - minutes) / 1440));
      minutes = ((minutes % 1440) + 1440) % 1440;
      cand->type = EVG_TIMEX_TIME;
      set_date(cand, day_date(day));
      char clock[16];
      snprintf(clock, sizeof clock, "T%02d:%02d", minutes / 60, minutes % 60);
      strncat(cand->value, clock, sizeof cand->value - strlen(cand->value) - 1);
      cand->keep_reference = true;
      return true;
    }
    if (unit == UNIT_HOUR || unit == UNIT_MINUTE) {
      cand->type = EVG_TIMEX_TIME;
      unit = UNIT_DAY, n = 0;
    }
    /* "down from 5,022 a year earlier", "$4.1 million a year ago": the
     * time a figure is compared with, not the time the text moves to; in
     * news it counts from the paper's date, the time of the figures */
    bool comparison =
        (ago || earlier) &&
        (after_quantity(c, i) ||
         (i > 0 && (word(c, i - 1, W_FROM) || word(c, i - 1, W_THAN))));
    int32_t base;
    if (comparison && c->has_anchor && !c->narrative) {
      base = c->anchor;
    } else if (ago) {
      if (!c->has_anchor) {
        char relative[48];
        snprintf(relative, sizeof relative, "anchor - %d %s", n,
                 unit_name(unit));
        needs_anchor(cand, "XXXX", amount < 0 ? NULL : relative);
        return true;
      }
      base = c->anchor;
    } else if (!ref_day_at(c, unit_precision(unit), &base)) {
      needs_anchor(cand, "XXXX", NULL);
      return true;
    }
    evg_date d = shift_date(base, sign * n, unit);
    cand->keep_reference = comparison;
    /* "two weeks later" after a day is a day */
    if (unit == UNIT_WEEK && !ago && c->has_fine_ref[EVG_PREC_DAY] &&
        base == c->fine_ref[EVG_PREC_DAY])
      d = day_date(base + 7 * sign * n);
    set_date(cand, d);
    if (amount < 0)
      cand->mod = "APPROX";
    return true;
  }
  if (unit == UNIT_WEEKEND)
    return false;
  cand->type = EVG_TIMEX_DURATION;
  cand->res = RES_NONE;
  cand->mod = approx;
  if (word(c, u + 1, W_LONG))
    cand->last = u + 1;
  duration_value(cand->value, sizeof cand->value, amount, unit);
  /* "three hours and 20 minutes", "two years and six months": one span */
  int more;
  size_t more_taken =
      word(c, u + 1, W_AND) && amount > 0 ? number_at(c, u + 2, &more) : 0;
  size_t more_unit = u + 2 + more_taken;
  if (more_taken && more > 0 && cls(c, more_unit) == K_UNIT) {
    int smaller = c->t[more_unit].value;
    bool clock = (unit == UNIT_HOUR && smaller == UNIT_MINUTE) ||
                 (unit == UNIT_MINUTE && smaller == UNIT_SECOND);
    bool calendar = (unit == UNIT_YEAR && smaller == UNIT_MONTH) ||
                    (unit == UNIT_MONTH && smaller == UNIT_DAY);
    if (clock || calendar) {
      char tail[32];
      duration_value(tail, sizeof tail, more, smaller);
      /* "PT20M" adds "20M"; "P6M" adds "6M" */
      strncat(cand->value, tail + (clock ? 2 : 1),
              sizeof cand->value - strlen(cand->value) - 1);
      cand->last = more_unit;
    }
  }
  return true;
}

/* "the next day", "the following year", "the previous month", "the same
 * day", "that year", "the day before", "by then" */
static bool rule_anaphoric(const context *c, size_t i, candidate *cand) {
  size_t k = i;
  int direction;
  bool that = false;
  if (word(c, k, W_THEN) && i > 0 && word(c, i - 1, W_BY)) {
    int32_t base;
    if (!c->has_ref)
      return false;
    (void)base;
    cand->first = cand->last = i;
    cand->type = EVG_TIMEX_DATE;
    candidate copy = *cand;
    set_date(&copy, c->ref);
    *cand = copy;
    /* the reference keeps its own value */
    cand->date = c->ref;
    cand->keep_reference = true;
    return true;
  }
  if (word(c, k, W_THAT)) {
    that = true;
    direction = 0;
    k++;
    if (word(c, k, W_SAME))
      k++; /* "that same day" */
  } else {
    if (!word(c, k, W_THE))
      return false;
    k++;
    if (word(c, k, W_NEXT) || word(c, k, W_FOLLOWING))
      direction = 1;
    else if (word(c, k, W_PREVIOUS))
      direction = -1;
    else if (word(c, k, W_SAME))
      direction = 0;
    else if (cls(c, k) == K_UNIT && c->t[k].value != UNIT_HOUR &&
             c->t[k].value != UNIT_MINUTE && c->t[k].value != UNIT_SECOND &&
             c->t[k].value != UNIT_WEEKEND &&
             (word(c, k + 1, W_BEFORE) || word(c, k + 1, W_AFTER)) &&
             (k + 2 >= c->n || c->t[k + 2].kind == T_PUNCT)) {
      /* "the day before", "the year after" at a clause end */
      int unit = c->t[k].value;
      int32_t base;
      if (!ref_day_at(c, unit_precision(unit), &base))
        return false;
      cand->first = i;
      cand->last = k + 1;
      cand->type = EVG_TIMEX_DATE;
      set_date(cand, shift_date(base, word(c, k + 1, W_AFTER) ? 1 : -1, unit));
      return true;
    } else {
      return false;
    }
    k++;
  }
  /* "the following February", "the previous April": the first such month
   * after (before) the reference; "that October": the one in its year */
  if (cls(c, k) == K_MONTH && c->t[k].cap && (direction != 0 || that) &&
      c->has_ref) {
    int32_t ref = evg_date_first_known_day(&c->ref);
    int month = c->t[k].value, ref_month = month_of(ref);
    int32_t year = year_of(ref);
    if (direction > 0 && month <= ref_month)
      year++;
    else if (direction < 0 && month >= ref_month)
      year--;
    cand->first = i;
    cand->last = k;
    cand->type = EVG_TIMEX_DATE;
    set_date(cand, point_date(year, month, 0, EVG_PREC_MONTH));
    return true;
  }
  /* "that summer": the season in the reference's year */
  if (that && cls(c, k) == K_SEASON && c->has_ref) {
    cand->first = i;
    cand->last = k;
    cand->type = EVG_TIMEX_DATE;
    set_season(cand, c->t[k].value, evg_date_year(&c->ref));
    return true;
  }
  /* "that night", "the next morning": a part of the day last named */
  if (cls(c, k) == K_PARTDAY && c->has_fine_ref[EVG_PREC_DAY] &&
      !(that && direction != 0)) {
    cand->first = i;
    cand->last = k;
    cand->type = EVG_TIMEX_TIME;
    set_date(cand, day_date(c->fine_ref[EVG_PREC_DAY] + direction));
    append_day_part(cand, c->t[k].value);
    cand->keep_reference = direction == 0;
    return true;
  }
  if (cls(c, k) != K_UNIT)
    return false;
  int unit = c->t[k].value;
  size_t len = c->t[k].end - c->t[k].start;
  if (c->text[c->t[k].start + len - 1] == 's' && unit != UNIT_WEEKEND)
    return false; /* "the following days": vague */
  /* "over the next decade" in news is a span ahead (a duration) */
  if (!c->narrative && !that && (unit == UNIT_DECADE || unit == UNIT_CENTURY))
    return false;
  if (unit == UNIT_HOUR || unit == UNIT_MINUTE)
    return false;
  int32_t base;
  if (!ref_day_at(c, unit_precision(unit), &base))
    return false;
  if (that && !c->has_ref)
    return false;
  cand->first = i;
  cand->last = k;
  cand->type = EVG_TIMEX_DATE;
  set_date(cand, shift_date(base, direction, unit));
  return true;
}

/* "the future", "the past" (not "the past two years") */
static bool rule_ref_phrase(const context *c, size_t i, candidate *cand) {
  if (!word(c, i, W_THE))
    return false;
  const char *value;
  if (word(c, i + 1, W_FUTURE))
    value = "FUTURE_REF";
  else if (word(c, i + 1, W_PAST) && cls(c, i + 2) != K_UNIT &&
           cls(c, i + 2) != K_NUMWORD && !is_num(c, i + 2) &&
           !word(c, i + 2, W_FEW) && !word(c, i + 2, W_SEVERAL))
    value = "PAST_REF";
  else
    return false;
  cand->first = i;
  cand->last = i + 1;
  cand->type = EVG_TIMEX_DATE;
  set_ref_value(cand, value);
  return true;
}

/* "the second week of January" */
static bool rule_week_of_month(const context *c, size_t i, candidate *cand) {
  size_t k = i;
  if (word(c, k, W_THE))
    k++;
  int n;
  if (cls(c, k) == K_ORDWORD && c->t[k].value <= 5)
    n = c->t[k].value;
  else if (word(c, k, W_LAST))
    n = -1;
  else
    return false;
  bool weekend = cls(c, k + 1) == K_UNIT && c->t[k + 1].value == UNIT_WEEKEND;
  if (!(cls(c, k + 1) == K_UNIT &&
        (c->t[k + 1].value == UNIT_WEEK || weekend) && word(c, k + 2, W_OF)))
    return false;
  candidate month = *cand;
  if (!rule_month(c, k + 3, &month) || month.res != RES_DATE ||
      month.date.from.precision != EVG_PREC_MONTH)
    return false;
  cand->first = i;
  cand->last = month.last;
  cand->type = EVG_TIMEX_DATE;
  int32_t first = month.date.start;
  if (weekend) {
    /* "the first weekend of December": the week of its n-th Saturday */
    int32_t saturday = first + (6 - weekday_of(first) + 7) % 7;
    if (n < 0)
      while (saturday + 7 <= month.date.end)
        saturday += 7;
    else
      saturday += 7 * (n - 1);
    if (saturday > month.date.end)
      return false; /* "the fifth weekend of February" */
    set_date(cand, evg_date_from_day(saturday, EVG_PREC_WEEK));
    strncat(cand->value, "-WE", sizeof cand->value - strlen(cand->value) - 1);
    return true;
  }
  int32_t day = n > 0 ? first + 7 * (n - 1) : month.date.end - 6;
  if (day > month.date.end)
    return false; /* "the fifth week of February" */
  /* the ISO week that holds most of those seven days */
  set_date(cand, evg_date_from_day(day + 3, EVG_PREC_WEEK));
  return true;
}

/* "every year", "each week", "every Monday", "annually", "twice a year" */
static bool rule_set(const context *c, size_t i, candidate *cand) {
  cand->type = EVG_TIMEX_SET;
  cand->res = RES_NONE;
  cand->first = i;
  if (cls(c, i) == K_WEEKDAY && c->t[i].cap &&
      (lower_word_is(c, i + 1, "mornings") ||
       lower_word_is(c, i + 1, "afternoons") ||
       lower_word_is(c, i + 1, "evenings") ||
       lower_word_is(c, i + 1, "nights"))) {
    /* "on Saturday mornings" */
    char first = (char)tolower((unsigned char)c->text[c->t[i + 1].start]);
    int part = first == 'm' ? 1 : first == 'a' ? 2 : first == 'e' ? 3 : 4;
    cand->last = i + 1;
    snprintf(cand->value, sizeof cand->value, "XXXX-WXX-%d", c->t[i].value);
    append_day_part(cand, part);
    return true;
  }
  if (cls(c, i) == K_WEEKDAYS && c->t[i].cap) {
    /* "on Sundays" */
    cand->last = i;
    snprintf(cand->value, sizeof cand->value, "XXXX-WXX-%d", c->t[i].value);
    return true;
  }
  if (cls(c, i) == K_SETWORD && !c->t[i].cap) {
    cand->last = i;
    duration_value(cand->value, sizeof cand->value, 1, c->t[i].value);
    return true;
  }
  if (word(c, i, W_EVERY) || word(c, i, W_EACH)) {
    size_t k = i + 1;
    int amount = 1;
    if (word(c, k, W_OTHER))
      amount = 2, k++;
    else {
      int v;
      size_t taken = number_at(c, k, &v);
      if (taken && !word(c, k, W_A) && v > 0)
        amount = v, k += taken;
    }
    if (cls(c, k) == K_UNIT) {
      cand->last = k;
      duration_value(cand->value, sizeof cand->value, amount, c->t[k].value);
      return true;
    }
    if (cls(c, k) == K_WEEKDAY && c->t[k].cap) {
      cand->last = k;
      snprintf(cand->value, sizeof cand->value, "XXXX-WXX-%d", c->t[k].value);
      if (cls(c, k + 1) == K_PARTDAY) { /* "every Monday night" */
        append_day_part(cand, c->t[k + 1].value);
        cand->last = k + 1;
      }
      return true;
    }
    if (cls(c, k) == K_MONTH && c->t[k].cap) {
      cand->last = k;
      snprintf(cand->value, sizeof cand->value, "XXXX-%02d", c->t[k].value);
      return true;
    }
    if (cls(c, k) == K_SEASON) {
      cand->last = k;
      snprintf(cand->value, sizeof cand->value, "XXXX-%s",
               season_codes[c->t[k].value]);
      return true;
    }
    if (cls(c, k) == K_PARTDAY) {
      cand->last = k;
      snprintf(cand->value, sizeof cand->value, "XXXX-XX-XX");
      append_day_part(cand, c->t[k].value);
      return true;
    }
    return false;
  }
  if ((word(c, i, W_ONCE) || word(c, i, W_TWICE)) &&
      (word(c, i + 1, W_A) || word(c, i + 1, W_AN) ||
       lower_word_is(c, i + 1, "per")) &&
      cls(c, i + 2) == K_UNIT) {
    cand->last = i + 2;
    duration_value(cand->value, sizeof cand->value, 1, c->t[i + 2].value);
    return true;
  }
  return false;
}

/* Clock times: "3 p.m.", "3:30 pm", "15:30", "noon", "midnight" */
/* A clock time at token i: "4:05 p.m.", "7pm", "noon", "23:30". Sets the
 * hour (0-23), the minute, whether a.m./p.m. was said (or noon, midnight)
 * and the last token. */
static bool clock_at(const context *c, size_t i, int *hour_out, int *minute_out,
                     bool *am_pm_out, size_t *last_out) {
  int hour = -1, minute = 0;
  bool am_pm = false;
  size_t last = i;
  if (word(c, i, W_NOON)) {
    hour = 12, am_pm = true;
  } else if (word(c, i, W_MIDNIGHT)) {
    hour = 0, am_pm = true;
  } else if (is_num(c, i) && c->t[i].digits <= 2) {
    hour = c->t[i].num;
    bool colon = punct(c, i + 1, ':') && glued(c, i + 1) && is_num(c, i + 2) &&
                 glued(c, i + 2) && c->t[i + 2].digits == 2;
    if (colon) {
      minute = c->t[i + 2].num;
      last = i + 2;
    }
    char suffix = c->t[last].suffix;
    am_pm = suffix == 'a' || suffix == 'p' || word(c, last + 1, W_AM) ||
            word(c, last + 1, W_PM);
    if (suffix == 'a' || suffix == 'p') {
      if (hour < 1 || hour > 12)
        return false;
      if (suffix == 'p' && hour != 12)
        hour += 12;
      if (suffix == 'a' && hour == 12)
        hour = 0;
    } else if (word(c, last + 1, W_AM) || word(c, last + 1, W_PM)) {
      if (hour < 1 || hour > 12)
        return false;
      bool pm = word(c, last + 1, W_PM);
      last++;
      if (pm && hour != 12)
        hour += 12;
      if (!pm && hour == 12)
        hour = 0;
    } else if (!colon) {
      return false;
    } else if (c->t[last].suffix) {
      return false;
    }
    if (hour > 23 || minute > 59)
      return false;
  } else {
    return false;
  }
  *hour_out = hour;
  *minute_out = minute;
  *am_pm_out = am_pm;
  *last_out = last;
  return true;
}

/* The other end of a clock-time range that token i..last starts ("between
 * 4 a.m. and 9 a.m.", "from 7 a.m. to 7 p.m.", "6 a.m. to 2 p.m.") or ends.
 * Sets the other end's last token and returns whether there is one. */
static bool clock_range(const context *c, size_t i, size_t last, bool *starts,
                        size_t *other_last) {
  int h, m;
  bool ap;
  size_t k = last + 1;
  bool joined = word(c, k, W_TO) || punct(c, k, '-') ||
                (word(c, k, W_AND) && i > 0 && word(c, i - 1, W_BETWEEN));
  if (joined && clock_at(c, k + 1, &h, &m, &ap, other_last)) {
    *starts = true;
    return true;
  }
  if (i < 2 ||
      !(word(c, i - 1, W_TO) || punct(c, i - 1, '-') || word(c, i - 1, W_AND)))
    return false;
  for (size_t back = 2; back <= 4 && back <= i; back++) {
    size_t end;
    if (clock_at(c, i - back, &h, &m, &ap, &end) && end == i - 2) {
      if (word(c, i - 1, W_AND) &&
          !(i - back > 0 && word(c, i - back - 1, W_BETWEEN)))
        return false;
      *starts = false;
      *other_last = last;
      return true;
    }
  }
  return false;
}

static bool rule_time(const context *c, size_t i, candidate *cand) {
  int hour, minute;
  bool am_pm; /* the hour says a.m. or p.m. (or noon, midnight) */
  size_t last;
  if (!clock_at(c, i, &hour, &minute, &am_pm, &last))
    return false;
  cand->first = i;
  cand->last = last;
  cand->type = EVG_TIMEX_TIME;
  int32_t day;
  /* "7:30 tonight", "8 this evening": an evening hour */
  if (!am_pm && hour < 12 &&
      (word(c, last + 1, W_TONIGHT) ||
       ((word(c, last + 1, W_THIS) || word(c, last + 1, W_TOMORROW)) &&
        cls(c, last + 2) == K_PARTDAY && c->t[last + 2].value >= 2)))
    hour += 12;
  char clock[32];
  snprintf(clock, sizeof clock, "T%02d:%02d", hour, minute);
  /* "2:14 a.m. today", "7:30 tonight", "6 a.m. this morning", "9 a.m.
   * Tuesday": the day that follows gives the date; the start of a range
   * takes the day named after its end ("between 4 a.m. and 9 a.m.
   * Tuesday") */
  bool range_starts = false;
  size_t range_last = last;
  bool range = clock_range(c, i, last, &range_starts, &range_last);
  size_t after = (range && range_starts ? range_last : last) + 1;
  bool own_day = !(range && range_starts); /* the day is in the span */
  candidate day_part = *cand;
  if (word(c, after, W_THIS) && cls(c, after + 1) == K_PARTDAY)
    after++; /* "this morning": the day is the anchor */
  if (c->has_anchor && (word(c, after, W_TODAY) || word(c, after, W_TONIGHT) ||
                        cls(c, after) == K_PARTDAY)) {
    if (own_day)
      cand->last = after;
    set_date(cand, day_date(c->anchor));
    strncat(cand->value, clock, sizeof cand->value - strlen(cand->value) - 1);
    return true;
  }
  if ((word(c, after, W_YESTERDAY) || word(c, after, W_TOMORROW) ||
       cls(c, after) == K_WEEKDAY) &&
      (rule_deictic_word(c, after, &day_part) ||
       rule_weekday(c, after, &day_part)) &&
      day_part.res == RES_DATE) {
    if (own_day)
      cand->last = day_part.last;
    set_date(cand, day_date(day_part.date.start));
    strncat(cand->value, clock, sizeof cand->value - strlen(cand->value) - 1);
    return true;
  }
  /* hours with no day and no past verb are everyday hours: "night work
   * between 10 p.m. and 6 a.m.", "may cross from 7 a.m. to 7 p.m." */
  /* "until 11 p.m. on Fridays", "at 6 p.m. daily", "at 9 a.m. every
   * Monday": an hour of a recurrence */
  size_t set_at = word(c, last + 1, W_ON) ? last + 2 : last + 1;
  if (cls(c, set_at) == K_WEEKDAYS || cls(c, set_at) == K_SETWORD ||
      word(c, set_at, W_EVERY) || word(c, set_at, W_EACH)) {
    snprintf(cand->value, sizeof cand->value, "XXXX-XX-XXT%02d:%02d", hour,
             minute);
    cand->res = RES_NONE;
    return true;
  }
  bool day_in_sentence =
      c->has_fine_ref[EVG_PREC_DAY] && c->fine_ref_sentence == c->t[i].sentence;
  if (range && !day_in_sentence) {
    tense t = nearest_tense(c, i, last, true, c->t[i].quote);
    if (t == TENSE_UNKNOWN)
      t = nearest_tense(c, i, last, false, c->t[i].quote);
    if (t != TENSE_PAST) {
      snprintf(cand->value, sizeof cand->value, "XXXX-XX-XXT%02d:%02d", hour,
               minute);
      cand->res = RES_NONE;
      return true;
    }
  }
  /* a bare clock time is on the day last named in this or the previous
   * sentence; in news, otherwise on the text's own day */
  tense t = tense_near(c, i, last);
  bool recent_day =
      c->has_fine_ref[EVG_PREC_DAY] &&
      c->sentence <= c->fine_ref_sentence + 1 &&
      c->paragraph_of[c->sentence] == c->paragraph_of[c->fine_ref_sentence];
  /* "which began at 10 a.m." is not on the launch day named ahead */
  if (recent_day && c->has_anchor && c->fine_ref[EVG_PREC_DAY] > c->anchor &&
      t == TENSE_PAST)
    recent_day = false;
  /* "at 2:14 a.m. Wednesday ... by 3 a.m. ... at 6:40 a.m.": the hours of
   * a timeline stay on the day of the last time named, within a paragraph,
   * or the next one after an hour ("Monday afternoon" in a lead does not
   * hold the next paragraph's hours) */
  uint32_t paragraph = c->paragraph_of[c->sentence];
  uint32_t time_paragraph = c->paragraph_of[c->time_sentence];
  bool time_day = c->has_time_day && c->sentence <= c->time_sentence + 3 &&
                  (paragraph == time_paragraph ||
                   (paragraph == time_paragraph + 1 && c->time_is_clock));
  if (recent_day) {
    day = c->fine_ref[EVG_PREC_DAY];
  } else if (time_day &&
             !(c->has_anchor && c->time_day < c->anchor && t == TENSE_FUTURE)) {
    day = c->time_day;
  } else if (c->has_story_day && !c->narrative && t == TENSE_PAST) {
    /* the day the story is about, named in its lead ("A jury on Monday
     * found ..."), holds a past hour of a later paragraph */
    day = c->story_day;
  } else if (c->has_anchor && !c->narrative) {
    /* news goes out by the evening: an evening hour already past is
     * yesterday's ("the hearing began at 7 p.m.") */
    day = c->anchor;
    if (hour >= 18 && t == TENSE_PAST)
      day--;
  } else if (choose_base(c) == BASE_NONE || !ref_day(c, &day)) {
    snprintf(cand->value, sizeof cand->value, "XXXX-XX-XXT%02d:%02d", hour,
             minute);
    cand->res = RES_ANCHOR;
    return true;
  }
  set_date(cand, day_date(day));
  strncat(cand->value, clock, sizeof cand->value - strlen(cand->value) - 1);
  cand->keep_reference = true;
  return true;
}

/* Modifiers around a date: "early", "late", "mid-", "the end of", "the
 * beginning of", "the middle of", "the start of".  Returns the tokens the
 * prefix takes and the TIMEX3 mod. */
static size_t modifier_at(const context *c, size_t i, const char **mod) {
  if (word(c, i, W_EARLY) && !punct(c, i + 1, ',')) {
    *mod = "START";
    return 1;
  }
  if (word(c, i, W_LATE) && !punct(c, i + 1, ',')) {
    *mod = "END";
    return 1;
  }
  if (word(c, i, W_MID)) {
    *mod = "MID";
    return punct(c, i + 1, '-') ? 2 : 1;
  }
  if (word(c, i, W_THE) && word(c, i + 2, W_OF)) {
    if (word(c, i + 1, W_END)) {
      *mod = "END";
      return 3;
    }
    if (word(c, i + 1, W_BEGINNING) || word(c, i + 1, W_START)) {
      *mod = "START";
      return 3;
    }
    if (word(c, i + 1, W_MIDDLE)) {
      *mod = "MID";
      return 3;
    }
  }
  return 0;
}

/* The end of a range whose start was just tagged: "1775-[1780]",
 * "1990-[94]", "April 6-[7]". */
static bool rule_range_end(const context *c, size_t i, candidate *cand) {
  if (!c->has_last || i < 2 || c->last_token != i - 2 ||
      !punct(c, i - 1, '-') || !glued(c, i - 1) || !glued(c, i) ||
      !is_num(c, i) || c->t[i].suffix)
    return false;
  const evg_date *start = &c->last_date;
  int32_t v = c->t[i].num;
  cand->first = cand->last = i;
  cand->type = EVG_TIMEX_DATE;
  if (start->from.precision == EVG_PREC_YEAR) {
    int32_t year = c->t[i].digits == 4   ? v
                   : c->t[i].digits == 2 ? start->from.year / 100 * 100 + v
                                         : -1;
    if (year <= start->from.year)
      return false;
    set_date(cand, point_date(year, 1, 1, EVG_PREC_YEAR));
    return true;
  }
  if (start->from.precision == EVG_PREC_DAY && c->t[i].digits <= 2 &&
      v > start->from.day &&
      evg_date_valid_day(start->from.year, start->from.month, (int)v)) {
    size_t y = after_comma(c, i + 1);
    if (is_num(c, y) && c->t[y].digits == 4 && c->t[y].num == start->from.year)
      cand->last = y;
    set_date(cand, point_date(start->from.year, start->from.month, (int)v,
                              EVG_PREC_DAY));
    return true;
  }
  return false;
}

/* The start of a day range before its month: "[6]-7 January 1916",
 * "[26]-30 November". */
static bool rule_day_range_start(const context *c, size_t i, candidate *cand) {
  int first, second;
  if (!day_number(c, i, &first) || !punct(c, i + 1, '-') || !glued(c, i + 1) ||
      !glued(c, i + 2) || !day_number(c, i + 2, &second) || second <= first)
    return false;
  candidate end = *cand;
  if (!rule_day_month(c, i + 2, &end) || end.res != RES_DATE)
    return false;
  cand->first = cand->last = i;
  cand->type = EVG_TIMEX_DATE;
  set_date(cand, point_date(end.date.from.year, end.date.from.month, first,
                            EVG_PREC_DAY));
  return true;
}

/* "the year" after a modifier: "by the end of the year" is the year in
 * context (the reference in a narrative, the anchor's in news). */
static bool rule_the_year(const context *c, size_t i, candidate *cand) {
  if (!word(c, i, W_THE) || cls(c, i + 1) != K_UNIT)
    return false;
  bool month = lower_word_is(c, i + 1, "month");
  if (!(lower_word_is(c, i + 1, "year") || month))
    return false;
  base_kind base = choose_base(c);
  cand->first = i;
  cand->last = i + 1;
  cand->type = EVG_TIMEX_DATE;
  if (base == BASE_NONE) {
    needs_anchor(cand, "XXXX",
                 month ? "anchor + 0 months" : "anchor + 0 years");
    return true;
  }
  int32_t day =
      base == BASE_REF ? (evg_date_first_known_day(&c->ref)) : c->anchor;
  set_date(cand,
           evg_date_from_day(day, month ? EVG_PREC_MONTH : EVG_PREC_YEAR));
  return true;
}

/* "at the time", "by that time", "at the same time": the date mentioned
 * last, as it was given. */
static bool rule_same_time(const context *c, size_t i, candidate *cand) {
  if (!(word(c, i, W_THE) || word(c, i, W_THAT)))
    return false;
  if (i == 0 || !c->has_ref ||
      !(word(c, i - 1, W_AT) || word(c, i - 1, W_BY) ||
        word(c, i - 1, W_FROM) || word(c, i - 1, W_DURING) ||
        word(c, i - 1, W_UNTIL)))
    return false;
  size_t k = i;
  if (!(word(c, k, W_THE) || word(c, k, W_THAT)))
    return false;
  k++;
  if (word(c, k, W_SAME))
    k++;
  if (!lower_word_is(c, k, "time"))
    return false;
  cand->first = i;
  cand->last = k;
  cand->type = EVG_TIMEX_DATE;
  set_date(cand, c->ref);
  cand->date = c->ref;
  cand->keep_reference = true;
  return true;
}

/* "on the 28th", "the 28th of that month": a day of the month the text
 * has just named */
static bool rule_day_of_month(const context *c, size_t i, candidate *cand) {
  int day;
  if (!word(c, i, W_THE) || !day_number(c, i + 1, &day) ||
      c->t[i + 1].suffix != 'o' || !c->has_fine_ref[EVG_PREC_MONTH] ||
      c->t[i].sentence > c->ref_sentence + 1)
    return false;
  size_t last = i + 1;
  if (word(c, i + 2, W_OF) && word(c, i + 3, W_THAT) &&
      cls(c, i + 4) == K_UNIT && c->t[i + 4].value == UNIT_MONTH)
    last = i + 4;
  else if (!(i + 2 >= c->n || c->t[i + 2].kind == T_PUNCT ||
             word(c, i + 2, W_AND)))
    return false; /* "the 20th anniversary", "the 5th largest" */
  int32_t ref = c->fine_ref[EVG_PREC_MONTH];
  int32_t year = year_of(ref);
  int month = month_of(ref);
  if (!evg_date_valid_day(year, month, day))
    return false;
  cand->first = i;
  cand->last = last;
  cand->type = EVG_TIMEX_DATE;
  set_date(cand, point_date(year, month, day, EVG_PREC_DAY));
  return true;
}

/* "the night of April 18, 1775", "the morning of 31 January": a part of
 * a day written out */
static bool rule_part_of_date(const context *c, size_t i, candidate *cand) {
  if (!word(c, i, W_THE) || cls(c, i + 1) != K_PARTDAY || !word(c, i + 2, W_OF))
    return false;
  candidate day = *cand;
  if (!(rule_month_day(c, i + 3, &day) || rule_day_month(c, i + 3, &day) ||
        rule_weekday(c, i + 3, &day)) ||
      day.res != RES_DATE || day.type != EVG_TIMEX_DATE ||
      day.date.from.precision != EVG_PREC_DAY)
    return false;
  *cand = day;
  cand->first = i;
  cand->type = EVG_TIMEX_TIME;
  append_day_part(cand, c->t[i + 1].value);
  return true;
}

typedef bool (*rule_fn)(const context *, size_t, candidate *);

/* Clears what a rule reads before it writes; cheaper than zeroing the whole
 * candidate for each of the rules tried at every token (that was half the
 * tagger's time). */
static void reset(candidate *cand, size_t start) {
  cand->first = cand->last = start;
  cand->type = EVG_TIMEX_DATE;
  cand->value[0] = '\0';
  cand->mod = NULL;
  cand->res = RES_NONE;
  cand->relative[0] = '\0';
  cand->keep_reference = false;
}

/* The date rules that may follow "the" ("the 1990s", "the summer"). */
static const rule_fn core_rules[] = {
    rule_numeric, rule_month_day, rule_day_month, rule_month,
    rule_decade,  rule_century,   rule_quarter,   rule_season,
    rule_holiday, rule_year,      rule_the_year,  NULL};

/* "the middle of next week", "early next year"; not "late last night",
 * where "late" is said of the night, not a part of it */
static bool rule_this_next_last_date(const context *c, size_t i,
                                     candidate *cand) {
  return rule_this_next_last(c, i, cand) && cand->type == EVG_TIMEX_DATE;
}

/* The date rules a modifier may precede: those, and "the middle of next
 * week", "early next year". */
static const rule_fn modified_rules[] = {
    rule_numeric, rule_month_day, rule_day_month, rule_month,
    rule_decade,  rule_century,   rule_quarter,   rule_season,
    rule_holiday, rule_year,      rule_the_year,  rule_this_next_last_date,
    NULL};

static const rule_fn all_rules[] = {rule_numeric,      rule_weekday,
                                    rule_month_day,    rule_day_month,
                                    rule_zodiac,       rule_month,
                                    rule_decade,       rule_century,
                                    rule_quarter,      rule_season,
                                    rule_holiday,      rule_year,
                                    rule_deictic_word, rule_this_next_last,
                                    rule_anaphoric,    rule_amount,
                                    rule_set,          rule_time,
                                    rule_ref_phrase,   rule_week_of_month,
                                    rule_range_end,    rule_day_range_start,
                                    rule_same_time,    rule_part_of_date,
                                    rule_day_of_month, NULL};

/* The longest match at token i (the first rule wins a tie). */
static bool match_at(const context *c, size_t i, candidate *best) {
  bool found = false;
  const char *mod = NULL;
  size_t prefix = modifier_at(c, i, &mod);
  if (!prefix && word(c, i, W_THE) &&
      (word(c, i + 1, W_EARLY) || word(c, i + 1, W_LATE) ||
       word(c, i + 1, W_MID))) {
    prefix = modifier_at(c, i + 1, &mod);
    if (prefix)
      prefix++;
  }
  const rule_fn *rules = prefix ? modified_rules : all_rules;
  size_t start = i + prefix;
  for (size_t r = 0; rules[r]; r++) {
    candidate cand;
    reset(&cand, start);
    if (!rules[r](c, start, &cand))
      continue;
    if (!found || cand.last > best->last) {
      *best = cand;
      found = true;
    }
  }
  /* "the 1990s", "the summer": the article belongs to the span */
  if (!found && word(c, i, W_THE) && !prefix) {
    candidate cand;
    for (size_t r = 0; core_rules[r]; r++) {
      /* not "the August report", "the May 5 vote": a date as a modifier
       * keeps its own span */
      if (core_rules[r] == rule_year || core_rules[r] == rule_numeric ||
          core_rules[r] == rule_holiday || core_rules[r] == rule_month ||
          core_rules[r] == rule_month_day)
        continue;
      reset(&cand, i + 1);
      if (core_rules[r](c, i + 1, &cand) &&
          (!found || cand.last > best->last)) {
        *best = cand;
        found = true;
      }
    }
    if (found)
      best->first = i;
  }
  if (found && prefix) {
    best->first = i;
    best->mod = mod;
  }
  return found;
}

/* ------------------------------------------------------------------ */
/* The list and the driver                                              */
/* ------------------------------------------------------------------ */

struct evg_timexes {
  evg_timex *items;
  size_t count, cap;
  evg_arena arena;
};

const char *evg_timex_type_name(evg_timex_type type) {
  static const char *const names[] = {"DATE", "TIME", "DURATION", "SET"};
  return type <= EVG_TIMEX_SET ? names[type] : "DATE";
}

size_t evg_timexes_count(const evg_timexes *list) { return list->count; }

const evg_timex *evg_timexes_get(const evg_timexes *list, size_t index) {
  return index < list->count ? &list->items[index] : NULL;
}

void evg_timexes_free(evg_timexes *list) {
  if (!list)
    return;
  free(list->items);
  evg_arena_free(&list->arena);
  free(list);
}

static void emit(evg_timexes *list, const context *c, const candidate *cand) {
  if (list->count == list->cap) {
    list->cap = list->cap ? list->cap * 2 : 64;
    list->items = evg_xrealloc(list->items, list->cap * sizeof *list->items);
  }
  evg_timex *x = &list->items[list->count++];
  memset(x, 0, sizeof *x);
  x->start = c->t[cand->first].start;
  x->end = c->t[cand->last].end;
  x->type = cand->type;
  x->value = evg_arena_strndup(&list->arena, cand->value, strlen(cand->value));
  x->mod = cand->mod;
  x->has_date = cand->res == RES_DATE;
  if (x->has_date)
    x->date = cand->date;
  x->needs_anchor = cand->res == RES_ANCHOR;
  if (x->needs_anchor && cand->relative[0])
    x->relative =
        evg_arena_strndup(&list->arena, cand->relative, strlen(cand->relative));
}

/* A text is a narrative when it has no deictic expression: history and
 * fiction count from the dates they mention, news from its own date. */
/* Keywords that only join or introduce expressions ("of", "in", "until",
 * "will"): the rules read them around a start, never at one.  Skipping them
 * halves the tries. */
static bool starts_expressions(int w) {
  switch (w) {
  case W_OF:
  case W_IN:
  case W_ON:
  case W_BY:
  case W_SINCE:
  case W_UNTIL:
  case W_DURING:
  case W_FROM:
  case W_TO:
  case W_THROUGH:
  case W_BEFORE:
  case W_BETWEEN:
  case W_AFTER:
  case W_OTHER:
  case W_FOR:
  case W_OVER:
  case W_WITHIN:
  case W_WILL:
  case W_SHALL:
  case W_GOING:
  case W_AND:
  case W_OR:
  case W_THAN:
    return false;
  default:
    return true;
  }
}

/* A text is a narrative when it tells of dates far from its own: history
 * and fiction count from the dates they mention, news from its own date.
 * The test weighs deictic expressions (today, last week, ago, "on Monday")
 * against written years more than two years from the anchor: a history
 * with a "today" in a quotation is still a narrative, and a news story
 * with some history is still news. */
static bool is_narrative(const context *c) {
  size_t deictic = 0, quoted = 0, far_years = 0;
  int32_t anchor_year = c->has_anchor ? year_of(c->anchor) : 0;
  for (size_t i = 0; i < c->n; i++) {
    if (c->t[i].cls == K_NONE && c->t[i].kind != T_NUM)
      continue; /* most words: no keyword and no year */
    /* "It will be you tomorrow": a speaker's own time weighs only when the
     * text has no other */
    size_t *count = c->t[i].quote ? &quoted : &deictic;
    if (word(c, i, W_TODAY) || word(c, i, W_YESTERDAY) ||
        word(c, i, W_TOMORROW) || word(c, i, W_TONIGHT) || word(c, i, W_AGO))
      (*count)++;
    else if ((word(c, i, W_LAST) || word(c, i, W_THIS) || word(c, i, W_NEXT)) &&
             cls(c, i + 1) == K_UNIT &&
             (c->t[i + 1].value == UNIT_WEEK ||
              c->t[i + 1].value == UNIT_MONTH ||
              c->t[i + 1].value == UNIT_YEAR))
      (*count)++;
    else if (i > 0 && cls(c, i) == K_WEEKDAY && c->t[i].cap &&
             word(c, i - 1, W_ON) &&
             !(cls(c, i + 2) == K_MONTH || cls(c, i + 3) == K_MONTH ||
               is_num(c, i + 2)))
      (*count)++;
    else if (c->has_anchor && year_token(c, i, true) &&
             abs(c->t[i].num - anchor_year) > 2)
      far_years++;
  }
  if (deictic == 0)
    deictic = far_years ? 0 : quoted;
  return deictic == 0 || far_years > 4 * deictic;
}

evg_timexes *evg_tag_text(const char *text, size_t len,
                          const evg_date *anchor) {
  evg_timexes *list = evg_xcalloc(1, sizeof *list);
  token_list tokens = {0};
  tokenize(text, len, &tokens);
  context c = {0};
  c.text = text;
  c.t = tokens.items;
  c.n = tokens.count;
  c.paragraph_of = tokens.paragraph_of;
  /* a first sentence alone in its paragraph is a headline */
  c.headline =
      tokens.sentences > 1 && tokens.paragraph_of[0] != tokens.paragraph_of[1];
  for (size_t k = 0; c.headline && k < c.n && c.t[k].sentence == 0; k++)
    if (c.t[k].kind == T_PUNCT && c.t[k].punct == '.' &&
        (k + 1 == c.n || c.t[k + 1].sentence != 0))
      c.headline = false; /* a lead sentence, not a headline */
  if (anchor) {
    c.has_anchor = true;
    c.anchor = evg_date_first_known_day(anchor);
  }
  c.narrative = is_narrative(&c);
  bool sentence_seen = false; /* the per-sentence scan has run once */
  for (size_t i = 0; i < c.n;) {
    const token *t = &c.t[i];
    /* Only tokens that can start an expression are tried. */
    if (t->cls == K_NONE && t->kind != T_NUM &&
        !(t->kind == T_PUNCT && t->punct == '\'')) {
      i++;
      continue;
    }
    if (t->cls == K_WORD && !starts_expressions(t->value)) {
      i++;
      continue;
    }
    /* "the", the commonest word, starts an expression only before a
     * keyword, a number or "time" ("at the time") */
    if (word(&c, i, W_THE) && i + 1 < c.n && c.t[i + 1].kind == T_WORD &&
        c.t[i + 1].cls == K_NONE && !lower_word_is(&c, i + 1, "time")) {
      i++;
      continue;
    }
    if (!sentence_seen || c.sentence != t->sentence) {
      sentence_seen = true;
      /* once per sentence: does it point at the present? */
      c.sentence = t->sentence;
      for (size_t k = i; k < c.n && c.t[k].sentence == t->sentence; k++)
        if (word(&c, k, W_RECENTLY) || word(&c, k, W_RECENT))
          c.recent_sentence = t->sentence + 1;
    }
    c.after_since = i > 0 && word(&c, i - 1, W_SINCE);
    c.after_by =
        i > 0 && (word(&c, i - 1, W_BY) || word(&c, i - 1, W_UNTIL) ||
                  word(&c, i - 1, W_BEFORE) || word(&c, i - 1, W_THROUGH));
    candidate cand;
    if (!match_at(&c, i, &cand)) {
      i++;
      continue;
    }
    emit(list, &c, &cand);
    int hour, minute;
    if (cand.type == EVG_TIMEX_TIME && cand.res == RES_DATE) {
      /* a time on a known day: the day the next bare hours are on */
      c.has_time_day = true;
      c.time_day = cand.date.start;
      c.time_sentence = t->sentence;
      c.time_is_clock =
          sscanf(cand.value, "%*d-%*d-%*dT%2d:%2d", &hour, &minute) == 2;
      if (c.time_is_clock) {
        c.has_clock = true;
        c.clock_day = cand.date.start;
        c.clock_minute = hour * 60 + minute;
      }
    }
    if (cand.type == EVG_TIMEX_SET && cand.value[0] == 'P' &&
        cand.value[strlen(cand.value) - 1] == 'Y') {
      c.has_yearly_set = true;
      c.yearly_set_last = cand.last;
    } else if (c.has_yearly_set && strncmp(cand.value, "XXXX-", 5) == 0 &&
               cand.first - c.yearly_set_last <= 3) {
      c.yearly_set_last = cand.last; /* "in January and July" */
    }
    c.has_last = cand.res == RES_DATE && cand.type == EVG_TIMEX_DATE;
    c.last_token = cand.last;
    if (c.has_last)
      c.last_date = cand.date;
    /* Dates with a day, month or year become the reference for what
     * follows ("three days later"). */
    /* "since 2015", "by 2035", "until 1990": a boundary, not the time
     * the text is telling about; nor is the year a plan is for ("routes
     * for 2024") */
    bool boundary = cand.first > 0 && (word(&c, cand.first - 1, W_SINCE) ||
                                       (word(&c, cand.first - 1, W_FOR) &&
                                        year_token(&c, cand.first, false)) ||
                                       word(&c, cand.first - 1, W_BY) ||
                                       word(&c, cand.first - 1, W_UNTIL) ||
                                       word(&c, cand.first - 1, W_THROUGH));
    /* a history that remarks on its own time ("documents found in 2004
     * proved ...") has not moved there */
    bool aside = c.narrative && c.has_ref && c.has_anchor &&
                 cand.res == RES_DATE &&
                 abs(evg_date_year(&cand.date) - year_of(c.anchor)) <= 10 &&
                 abs(evg_date_year(&c.ref) - year_of(c.anchor)) > 30;
    if (cand.res == RES_DATE && !cand.keep_reference && !boundary && !aside &&
        cand.type != EVG_TIMEX_DURATION && cand.type != EVG_TIMEX_SET) {
      c.has_ref = true;
      c.ref = cand.date;
      c.ref_sentence = t->sentence;
      c.ref_explicit_year = false;
      for (size_t k = cand.first; k <= cand.last; k++)
        if (year_token(&c, k, false))
          c.ref_explicit_year = true;
      /* "Next year, ... in late October"; not "which were cut two years
       * ago" further on */
      if (cand.date.from.precision == EVG_PREC_YEAR &&
          (cand.first == 0 || cand.first - 1 == 0 ||
           c.t[cand.first - 1].sentence != t->sentence ||
           (cand.first >= 2 && c.t[cand.first - 2].sentence != t->sentence)))
        c.ref_explicit_year = true;
      if (cand.date.from.precision >= EVG_PREC_DECADE)
        c.ref_explicit_year = false;
      evg_precision p = evg_precision_coarser(cand.date.from.precision,
                                              cand.date.to.precision);
      if (p == EVG_PREC_DAY)
        c.fine_ref_sentence = t->sentence;
      /* the lead (the headline and first sentence or two): its first day
       * near the paper's, not a dateline's ("PORTLAND, Jan. 30 (Wire) -") */
      bool dateline =
          cand.first > 0 && punct(&c, cand.first - 1, ',') &&
          (punct(&c, cand.last + 1, '(') || punct(&c, cand.last + 1, '-'));
      /* a headline tells what, not when */
      bool in_headline = c.headline && t->sentence == 0;
      if (p == EVG_PREC_DAY && c.has_anchor && !c.has_story_day && !dateline &&
          !in_headline && t->sentence <= 2 && cand.date.start <= c.anchor &&
          cand.date.start >= c.anchor - 7) {
        c.has_story_day = true;
        c.story_day = cand.date.start;
      }
      for (int q = p; q <= EVG_PREC_CENTURY; q++) {
        c.has_fine_ref[q] = true;
        c.fine_ref[q] = evg_date_first_known_day(&cand.date);
      }
      if (c.has_anchor && p == EVG_PREC_WEEK && t->sentence <= 1 &&
          cand.date.end < c.anchor - (weekday_of(c.anchor) - 1) &&
          cand.date.end >= c.anchor - (weekday_of(c.anchor) - 1) - 7)
        c.last_week_frame = true;
    }
    i = cand.last + 1;
  }
  free(tokens.items);
  free(tokens.paragraph_of);
  return list;
}

bool evg_find_text_date(const char *text, size_t len, evg_date *date) {
  /* Look at the first lines only: a dateline or header. */
  size_t limit = len < 600 ? len : 600;
  size_t lines = 0, end = 0;
  while (end < limit && lines < 4) {
    if (text[end] == '\n')
      lines++;
    end++;
  }
  evg_timexes *found = evg_tag_text(text, end, NULL);
  bool ok = false;
  for (size_t i = 0; i < found->count && !ok; i++) {
    const evg_timex *x = &found->items[i];
    if (x->has_date && x->date.from.precision == EVG_PREC_DAY &&
        !x->date.interval) {
      *date = x->date;
      ok = true;
    }
  }
  evg_timexes_free(found);
  return ok;
}
