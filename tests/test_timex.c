/* test_timex.c: the temporal tagger, one table row per rule and trap.
 * Each row: a text, its anchor (or NULL), and the expressions expected,
 * written "span=VALUE" or "span=VALUE:TYPE" for non-DATE types, joined by
 * " | " in text order. */
#include "evgraph.h"
#include "timex_internal.h"
#include "unit.h"

#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  const char *name;
  const char *anchor;
  const char *text;
  const char *want;
} row;

static const row rows[] = {
    /* absolute dates in their spellings */
    {"abs.mdy", "2025-02-03", "It opened on January 27, 2025, in Paris.",
     "January 27, 2025=2025-01-27"},
    {"abs.dmy", "2025-02-03", "It opened on 27 January 2025.",
     "27 January 2025=2025-01-27"},
    {"abs.abbrev", "2025-02-03", "Shares fell on Jan. 27 after the news.",
     "Jan. 27=2025-01-27"},
    {"abs.iso", NULL, "The filing is dated 2025-01-27.",
     "2025-01-27=2025-01-27"},
    {"abs.ordinal", "2025-02-03", "He left on the 3rd of March 2024.",
     "the 3rd of March 2024=2024-03-03"},
    {"abs.numeric-unambiguous", NULL, "Signed 27/01/2025 and 1/27/2025.",
     "27/01/2025=2025-01-27 | 1/27/2025=2025-01-27"},
    {"abs.numeric-ambiguous", NULL, "Signed 03/04/2025.", ""},
    {"abs.weekday-date", NULL, "It was Monday, January 27, 2025.",
     "Monday, January 27, 2025=2025-01-27"},
    {"abs.month-year", NULL, "In March 2020 the markets fell.",
     "March 2020=2020-03"},
    {"abs.year", NULL, "The war began in 1939 and ended in 1945.",
     "1939=1939 | 1945=1945"},
    {"abs.bc", NULL, "Rome was founded in 753 BC.", "753 BC=BC0753"},
    /* keywords in capitals or mixed case, read as in lower case (the
     * tokenizer looks words up without a lower-case copy) */
    {"case.upper", "2025-02-03",
     "THE BOARD MET LAST MONDAY AT 9 A.M. AND AGAIN IN MARCH 2024.",
     "LAST MONDAY=2025-01-27 | 9 A.M.=2025-01-27T09:00:TIME | "
     "MARCH 2024=2024-03"},
    {"case.mixed", "2025-02-03",
     "The Board Met Last Week, Two Days Before Christmas Eve.",
     "Last Week=2025-W05 | Two Days=P2D:DURATION | Christmas Eve=2024-12-24"},
    {"case.abbreviation", "2025-02-03",
     "SHARES FELL ON JAN. 27 AND ON SEPT. 4, 1998.",
     "JAN. 27=2025-01-27 | SEPT. 4, 1998=1998-09-04"},
    {"abs.decade", NULL, "Prices rose in the 1990s.", "the 1990s=199"},
    {"abs.late-decade", NULL, "It began in the late 1990s.",
     "the late 1990s=199"},
    {"abs.century", NULL, "It was built in the 19th century.",
     "the 19th century=18"},
    {"abs.season-year", NULL, "The offensive of summer 1944 stalled.",
     "summer 1944=1944-SU"},
    {"abs.quarter", NULL, "Sales rose in the third quarter of 2024.",
     "the third quarter of 2024=2024-Q3"},
    {"abs.q-form", NULL, "Revenue in Q3 2024 doubled.", "Q3 2024=2024-Q3"},
    {"abs.half", "2025-06-01", "It shipped in the second half of 2025.",
     "the second half of 2025=2025-H2"},
    {"abs.half-of-match", "2025-06-01", "He scored early in the second half.",
     ""},
    /* a part "of" a thing, not of a year */
    {"abs.half-of-thing", "2025-06-01",
     "The state will hold back the second half of the grant.", ""},
    /* a month with the year named after it from the text's date; the
     * year words stay an expression of their own */
    {"abs.month-last-year", "2026-09-23",
     "The fire broke out in July last year.", "July=2025-07 | last year=2025"},
    {"abs.month-next-year", "2026-09-23",
     "The plant reopens in March next year.", "March=2027-03 | next year=2027"},
    /* the day that ends or starts a year or a month written out */
    {"abs.last-day-of-year", NULL,
     "The first train ran on the last day of 1881.",
     "the last day of 1881=1881-12-31"},
    {"abs.first-day-of-month", NULL,
     "The line opened on the first day of June 1882.",
     "the first day of June 1882=1882-06-01"},
    /* a bare clock time after the day of a report is on the story's day,
     * which the lead named, not on the day of the saying */
    {"time.not-on-report-day", "2025-03-12",
     "Trains stopped on Tuesday after a fault.\n\nThe operator said on "
     "Monday that it had replaced the box. The fault began at 3:40 p.m.",
     "Tuesday=2025-03-11 | Monday=2025-03-10 | 3:40 "
     "p.m.=2025-03-11T15:40:TIME"},
    /* a clock time before "on" and a day written out is on that day, not
     * on the day named in the sentence before */
    {"time.on-written-day", "2026-10-21",
     "The board met on Thursday. A wire touched a tree at 1:52 p.m. PDT on "
     "August 9.",
     "Thursday=2026-10-15 | 1:52 p.m.=2026-08-09T13:52:TIME | "
     "August 9=2026-08-09"},
    /* or a part of a day written out after "on", even when the story
     * stands at an earlier day; an hour of an evening is p.m. */
    {"time.on-written-part-of-day", NULL,
     "On May 26, 1953 they reached the South Summit. At 11:30 on the "
     "morning of May 29, 1953, the two men stood on the summit. At 7:15 on "
     "the evening of June 1 the news reached London.",
     "May 26, 1953=1953-05-26 | 11:30=1953-05-29T11:30:TIME | the morning "
     "of May 29, 1953=1953-05-29TMO:TIME | 7:15=1953-06-01T19:15:TIME | the "
     "evening of June 1=1953-06-01TEV:TIME"},
    {"abs.mid-month", "2025-02-03", "The talks resume in mid-February.",
     "mid-February=2025-02"},
    /* relative to the anchor */
    {"rel.yesterday", "2025-02-03", "Stocks fell yesterday.",
     "yesterday=2025-02-02"},
    {"rel.today", "2025-02-03", "The vote is today.", "today=2025-02-03"},
    {"rel.tomorrow", "2025-02-03", "The vote is tomorrow.",
     "tomorrow=2025-02-04"},
    {"rel.last-week", "2025-02-03", "Last week the firm said so.",
     "Last week=2025-W05"},
    {"rel.next-month", "2025-02-03", "It opens next month.",
     "next month=2025-03"},
    {"rel.this-year", "2025-02-03", "Growth slowed this year.",
     "this year=2025"},
    {"rel.ago", "2025-02-03", "The law passed two years ago.",
     "two years ago=2023"},
    {"rel.days-ago", "2025-02-03", "He resigned three days ago.",
     "three days ago=2025-01-31"},
    {"rel.earlier-this-year", "2025-06-03",
     "It was launched earlier this year.", "earlier this year=2025"},
    {"rel.end-of", "2025-02-03", "It closes at the end of 2025.",
     "the end of 2025=2025"},
    {"rel.last-december", "2025-02-03", "Prices peaked last December.",
     "last December=2024-12"},
    {"rel.now", "2025-02-03", "The firm is now worth more.", "now=PRESENT_REF"},
    {"rel.recently", "2025-02-03", "It recently changed hands.",
     "recently=PAST_REF"},
    /* weekdays and the tense */
    {"weekday.same-day", "2025-02-03",
     "The company said on Monday that "
     "profits fell.",
     "Monday=2025-02-03"},
    {"weekday.last-week-frame", "2025-02-03",
     "Last week the panic began. On Monday, Nvidia lost half its value.",
     "Last week=2025-W05 | Monday=2025-01-27"},
    /* a day of the anchor's week told first: "last week" is background */
    {"weekday.this-week-before-last-week", "2025-02-05",
     "The city declared an emergency on Tuesday, after the reservoirs fell "
     "last week. The agency said on Wednesday that it would hire more.",
     "Tuesday=2025-02-04 | last week=2025-W05 | Wednesday=2025-02-05"},
    {"weekday.past-earlier", "2025-02-06",
     "Nvidia lost half its value on "
     "Monday.",
     "Monday=2025-02-03"},
    {"weekday.past-wednesday", "2025-02-03",
     "Alibaba released a model on "
     "Wednesday.",
     "Wednesday=2025-01-29"},
    {"weekday.future", "2025-02-03", "The board will meet on Friday.",
     "Friday=2025-02-07"},
    {"weekday.participle", "2024-12-31", "Workers will be paid on Friday.",
     "Friday=2025-01-03"},
    {"weekday.holiday-in-apposition", "2026-02-23",
     "Demand jumped last week. To mark the holiday, on Tuesday, the first "
     "day of the Year of the Horse, the retailer Zhenmart, a large online "
     "seller, opened three new stores.",
     "last week=2026-W08 | Tuesday=2026-02-17 | "
     "the first day of the Year of the Horse=2026-02-17"},
    /* a quotation has its own tense: the reporter's "said" does not count */
    {"weekday.quote-future", "2026-11-23",
     "\"Go on Wednesday, not Tuesday,\" she said.",
     "Wednesday=2026-11-25 | Tuesday=2026-11-24"},
    {"weekday.quote-curly-future", "2026-11-23",
     "\xe2\x80\x9cWe meet them on Friday,\xe2\x80\x9d he said.",
     "Friday=2026-11-27"},
    {"weekday.quote-past", "2026-11-23", "\"We met them on Friday,\" he said.",
     "Friday=2026-11-20"},
    {"weekday.quote-closed", "2026-11-23", "\"It is over,\" he said on Friday.",
     "Friday=2026-11-20"},
    {"weekday.as-planned", "2024-12-31",
     "Staff will be paid on Friday as planned.", "Friday=2025-01-03"},
    {"weekday.modal", "2025-03-10",
     "Eastfield, held to a draw yesterday, can close the gap when they "
     "visit on Sunday.",
     "yesterday=2025-03-09 | Sunday=2025-03-16"},
    {"weekday.is-set", "2024-04-02", "The repair is set for Thursday.",
     "Thursday=2024-04-04"},
    {"month.verb-before", "2026-04-28",
     "It raised prices in February and plans another rise in July.",
     "February=2026-02 | July=2026-07"},
    {"month.may-is-no-modal", "2025-09-10", "Sales fell in May.",
     "May=2025-05"},
    /* "May 5 people" counts people, but after "on" a pronoun is the
     * subject of the clause the date heads */
    {"month.on-march-day-pronoun", NULL,
     "In 1415 the army arrived. On March 9 he fled, and on May 2 they "
     "left. In May 5 people died.",
     "1415=1415 | March 9=1415-03-09 | May 2=1415-05-02 | May=1415-05"},
    /* news writes a day's year only when it is not the paper's own */
    {"news-day.background-year", "2026-03-19",
     "The opera house, which opened in 1912, said on February 9 that it "
     "could not pay its staff. It is closed today. In 2025, on March 3, it "
     "cut ten jobs.",
     "1912=1912 | February 9=2026-02-09 | today=2026-03-19 | 2025=2025 | "
     "March 3=2025-03-03"},
    /* a year said alone in an earlier sentence of a story told by days
     * is background: the days stay in the year of the last day */
    {"news-day.year-aside-in-story", "2025-09-20",
     "Per Lindahl stepped down as chairman on September 18. On September 19 "
     "the board gave the job back to Ingrid Aalto, who founded the company "
     "in 2013. Directors had voted to remove her on September 15.",
     "September 18=2025-09-18 | September 19=2025-09-19 | 2013=2013 | "
     "September 15=2025-09-15"},
    /* but a year that opens the sentence of the day still sets it */
    {"news-day.year-in-sentence", "2025-09-20",
     "Per Lindahl stepped down as chairman on September 18. In 2013, on "
     "September 15, he had joined the board.",
     "September 18=2025-09-18 | 2013=2013 | September 15=2013-09-15"},
    {"news-day.same-year-despite-past", "2025-09-04",
     "The agency delayed the launch to Sept. 12, it said on Monday.",
     "Sept. 12=2025-09-12 | Monday=2025-09-01"},
    {"news-day.past-across-new-year", "2026-01-10",
     "The store opened on Dec. 28, it said on Monday.",
     "Dec. 28=2025-12-28 | Monday=2026-01-05"},
    {"news-day.future-across-new-year", "2025-12-20",
     "The store will open on Jan. 5, it said on Monday.",
     "Jan. 5=2026-01-05 | Monday=2025-12-15"},
    {"news-day.future-months-ahead", "2024-11-01",
     "The bridge will open on March 3, it said on Monday.",
     "March 3=2025-03-03 | Monday=2024-10-28"},
    {"news-day.history-keeps-tense", "2025-09-04",
     "Last week the firm said it was founded on Sept. 20.",
     "Last week=2025-W35 | Sept. 20=2025-09-20"},
    {"news-day.since-is-past", "2023-03-26",
     "The timetable had been in force since Oct. 30, it said on Sunday.",
     "Oct. 30=2022-10-30 | Sunday=2023-03-26"},
    {"news-day.last-year-frame", "2026-11-23",
     "Last year, the first snow did not arrive until December 14, the "
     "service said on Monday.",
     "Last year=2025 | December 14=2025-12-14 | Monday=2026-11-23"},
    {"tense.could-ahead", "2026-11-23",
     "Up to 5 inches could fall by Tuesday afternoon, the service said "
     "today.",
     "Tuesday afternoon=2026-11-24TAF:TIME | today=2026-11-23"},
    {"tense.could-not-be-reached", "2026-11-25",
     "Her lawyer could not be reached on Monday, it said today.",
     "Monday=2026-11-23 | today=2026-11-25"},
    /* a present form: a schedule for a day, the nearest for a month */
    {"present.day-schedule", "2023-08-10", "The cup final is on Feb. 25.",
     "Feb. 25=2024-02-25"},
    {"present.month-nearest", "2022-07-17",
     "It is the third heatwave, after hot spells in June.", "June=2022-06"},
    {"report.subject-date", "2026-03-11",
     "The exchange said the second quarter would be busier.",
     "the second quarter=2026-Q2"},
    {"report.said-on-a-day", "2026-03-11",
     "The exchange said on Monday it would list more firms.",
     "Monday=2026-03-09"},
    {"month.likely-to", "2026-02-23",
     "She said sales were likely to jump in March.", "March=2026-03"},
    {"month.died-is-past", "2024-12-31",
     "Last week the city said a storm in February used up its reserve.",
     "Last week=2024-W52 | February=2024-02"},
    /* parts of the day in a story told day by day */
    {"anaphoric.that-night", "2023-03-04",
     "On January 29 the thieves climbed in that night. Staff found the "
     "frames the next morning and two days later police had a name.",
     "January 29=2023-01-29 | that night=2023-01-29TNI:TIME | "
     "the next morning=2023-01-30TMO:TIME | two days later=2023-02-01"},
    {"anaphoric.that-night-needs-a-day", "2023-03-04", "They met that night.",
     ""},
    /* a figure's comparison point is not where the story goes */
    {"rel.comparison-earlier", "2024-09-10",
     "Sales fell 9 percent from a year earlier, and it cut jobs in May.",
     "a year earlier=2023 | May=2024-05"},
    {"rel.comparison-figure", "2026-02-23",
     "Sales dropped to 4,130 last month, down from 5,022 a year earlier.",
     "last month=2026-01 | a year earlier=2025"},
    {"rel.comparison-from-the-paper", "2024-08-02",
     "Hiring was slower than in the 12 months to July 2023. Pay was 4.1 "
     "percent higher than a year earlier, the office said on Friday.",
     "the 12 months=P12M:DURATION | July 2023=2023-07 | a year earlier=2023 | "
     "Friday=2024-08-02"},
    {"rel.next-year-frame", "2024-09-08",
     "Next year, the festival will move to late October.",
     "Next year=2025 | late October=2025-10"},
    {"rel.relative-clause-year", "2024-12-31",
     "It restores hours, which were cut two years ago, and pays for a storm "
     "in February that used up the reserve.",
     "two years ago=2022 | February=2024-02"},
    /* a year-less month takes the year said after it */
    {"year-after.of-that-year", NULL,
     "The war began in 1940. In August of that year the offensive came.",
     "1940=1940 | August of that year=1940-08"},
    {"year-after.of-the-following-year", NULL,
     "The war began in 1940. In May of the following year it spread.",
     "1940=1940 | May of the following year=1941-05"},
    {"year-after.range-and", "2025-02-03",
     "In April and June 1955, Diem moved against the sects.",
     "April=1955-04 | June 1955=1955-06"},
    {"year-after.range-dash", NULL, "The decrees (February-March 1794).",
     "February=1794-02 | March 1794=1794-03"},
    {"year-after.range-days", NULL,
     "The battle (26 June - 4 August 1952) was long.",
     "26 June=1952-06-26 | 4 August 1952=1952-08-04"},
    {"year-after.range-wraps", "2025-02-03",
     "The offensive ran from October to March 1945.",
     "October=1944-10 | March 1945=1945-03"},
    {"part-of-date.night", NULL,
     "On the night of April 18, 1775, troops marched.",
     "the night of April 18, 1775=1775-04-18TNI:TIME"},
    {"part-of-date.morning", NULL,
     "It started on the morning of 31 January 1965.",
     "the morning of 31 January 1965=1965-01-31TMO:TIME"},
    {"narrative.month-after-year", NULL,
     "Japan attacked on December 7, 1941. The war spread over the world in "
     "1941. In January the allies signed a declaration.",
     "December 7, 1941=1941-12-07 | 1941=1941 | January=1942-01"},
    {"narrative.quoted-deictic", "2009-12-19",
     "On October 3, 1935, the army crossed the river. On October 5, it took "
     "the town. He warned: \"It is us today. It will be you tomorrow.\"",
     "October 3, 1935=1935-10-03 | October 5=1935-10-05 | "
     "today=1935-10-05 | tomorrow=1935-10-06"},
    {"narrative.modern-aside", "2009-12-19",
     "The army crossed the river in August 1920. Documents found in 2004 "
     "showed why. The advance was halted on August 17.",
     "August 1920=1920-08 | 2004=2004 | August 17=1920-08-17"},
    {"trap.fall-of-a-city", NULL,
     "Girona fell on 5 February 1939. Five days after the fall of Girona "
     "the resistance broke.",
     "5 February 1939=1939-02-05 | Five days=P5D:DURATION"},
    {"season.fall-of-a-year", NULL, "It was built in the fall of 2019.",
     "the fall of 2019=2019-FA"},
    {"anaphoric.that-same-day", NULL,
     "Churchill took office on May 10, 1940. On that same day, Germany "
     "invaded France.",
     "May 10, 1940=1940-05-10 | that same day=1940-05-10"},
    {"day-of-month.ordinal", NULL,
     "On August 8, 1919, they took Minsk, and on the 28th of that month "
     "they used tanks. The attack on the 20th, failed.",
     "August 8, 1919=1919-08-08 | the 28th of that month=1919-08-28 | "
     "the 20th=1919-08-20"},
    {"day-of-month.not-an-anniversary", "2025-03-10",
     "In March 2025 it marked the 20th anniversary.", "March 2025=2025-03"},
    {"time.midday", "2026-03-11",
     "The stock was near that level by midday, traders said on Wednesday.",
     "midday=2026-03-11T12:00:TIME | Wednesday=2026-03-11"},
    {"duration.another", "2025-09-04",
     "\"Another week will not hurt,\" she said. They waited another two "
     "days.",
     "Another week=P1W:DURATION | another two days=P2D:DURATION"},
    {"duration.combined", "2022-11-26",
     "The parade took three hours and 20 minutes; the talks two years and "
     "six months.",
     "three hours and 20 minutes=PT3H20M:DURATION | "
     "two years and six months=P2Y6M:DURATION"},
    {"duration.the-months-to", "2024-08-02",
     "Hiring in the 12 months to March was overstated.",
     "the 12 months=P12M:DURATION | March=2024-03"},
    {"weekend-of-month", "2022-11-26",
     "A band will play on the first weekend of December, it said today.",
     "the first weekend of December=2022-W48-WE | today=2022-11-26"},
    {"month.for-may", "2024-08-02",
     "Figures for May were raised, the office said on Friday.",
     "May=2024-05 | Friday=2024-08-02"},
    {"anaphoric.that-month", NULL,
     "He quit in the summer of 2021 and was charged that October.",
     "the summer of 2021=2021-SU | that October=2021-10"},
    {"tense.set-for", "2025-02-18",
     "Judge Solberg set sentencing for April 24, she said on Tuesday.",
     "April 24=2025-04-24 | Tuesday=2025-02-18"},
    {"tense.had-been-set-for", "2025-05-18",
     "The trial had been scheduled for April, it said on Tuesday.",
     "April=2025-04 | Tuesday=2025-05-13"},
    {"time.hour-of-a-set", "2022-11-26",
     "The market stays open until 11 p.m. on Fridays, it said today.",
     "11 p.m.=XXXX-XX-XXT23:00:TIME | Fridays=XXXX-WXX-5:SET | "
     "today=2022-11-26"},
    {"span.month-as-modifier", "2024-08-02",
     "The August report is due on Sept. 6, it said on Friday.",
     "August=2024-08 | Sept. 6=2024-09-06 | Friday=2024-08-02"},
    {"bce.decade-and-century", NULL,
     "Athens won in 490 BC. In the following decade Themistocles rose. "
     "During the 4th century BC the treaty held.",
     "490 BC=BC0490 | the following decade=BC048 | "
     "the 4th century BC=BC03"},
    /* years of one to three digits without an era (issue 10, dates24) */
    {"short.undated-history", NULL,
     "In the spring of 68 the governor Vindex rose against Nero in Gaul. "
     "Nero killed himself in June 68, and the senate declared Galba "
     "emperor. On January 1, 69, the legions on the Rhine refused to swear "
     "loyalty to Galba. In December 69 Vespasian's troops stormed Rome.",
     "the spring of 68=0068-SP | June 68=0068-06 | January 1, 69=0069-01-01 | "
     "December 69=0069-12"},
    {"short.bare-near-story", NULL,
     "Vespasian was hailed emperor in July 69. In 70 his son Titus took "
     "Jerusalem, and by 71 the legions were home. The rebels held Masada "
     "until 73.",
     "July 69=0069-07 | 70=0070 | 71=0071 | 73=0073"},
    {"short.parts-of-a-year", NULL,
     "Boudica rose in the summer of 60. Suetonius beat her late in 61, and "
     "by the end of 62 the province was quiet. Early in 63 he left.",
     "the summer of 60=0060-SU | late in 61=0061 | the end of 62=0062 | "
     "Early in 63=0063"},
    {"short.ranges-and-lists", NULL,
     "Nero died in June 68. The civil war lasted from 68 to 70. Titus "
     "ruled in 79 and 81. The legion grew by 70 in a month.",
     "June 68=0068-06 | 68=0068 | 70=0070 | 79=0079 | 81=0081 | "
     "a month=P1M:DURATION"},
    /* a score is no range of years */
    {"short.score-is-no-range", NULL,
     "The Celtics beat the Knicks in May 100 to 98.", "May=XXXX-05"},
    /* a count, not a year: after a day and a comma, before a noun, a unit
     * or a percent, or a century away from the story */
    {"short.counts-stay-counts", NULL,
     "Galba marched in June 68. On July 5, 12 soldiers deserted, and on "
     "July 9, 40 were flogged. In 68 cases the men were paid. The tax rose "
     "by 20 percent in 3 days. Rome then had 300. Otho won in 300.",
     "June 68=0068-06 | July 5=0068-07-05 | July 9=0068-07-09 | "
     "3 days=P3D:DURATION"},
    /* a note of four sentences with its date and no year far from it is
     * news: "said on Tuesday" is the Tuesday before the paper's day (it was
     * read as a narrative, the Tuesday after "June": 2025-06-03; clauses41) */
    {"short.news-counts", "2025-07-10",
     "Retail sales in June 68 percent higher, the agency said on Tuesday. "
     "In March 150 Ukrainians were freed. In May 45 people died in floods, "
     "and on May 7, 45 were hurt. The June 68-page report came out.",
     "June=2025-06 | Tuesday=2025-07-08 | March=2025-03 | May=2025-05 | "
     "May 7=2025-05-07 | June=2025-06"},
    /* a dated text of five sentences or more with no deictic word is a
     * narrative: a month's count sets no story, nor is one far from the
     * story a year of it */
    {"short.narrative-news-counts", "2025-07-01",
     "Deaths numbered in March 150, in April 200 and in May 310. The wreck "
     "dates from 300 BC. Its hull lay on its side. Its timbers were of "
     "cedar. Its cargo was wine. Divers raised 120 amphoras in June 45, and "
     "in July 60, the museum said.",
     "March=2025-03 | April=2025-04 | May=2025-05 | 300 BC=BC0300 | "
     "June=BC0300-06 | July=BC0300-07"},
    {"short.modern-story", NULL,
     "The strikes began in May 1968. In June 68 students left the Sorbonne.",
     "May 1968=1968-05 | June=1968-06"},
    /* BC: the story's era is carried on to a bare year (WikiWars) */
    {"bce.story-era", NULL,
     "The war began in 264 BC. In 261 the Romans built a fleet, and in the "
     "summer of 260 they won at Mylae. In April 256 BC they sailed for "
     "Africa.",
     "264 BC=BC0264 | 261=BC0261 | the summer of 260=BC0260-SU | "
     "April 256 BC=BC0256-04"},
    {"bce.range-start", NULL,
     "The Ionian Revolt (499-493 BC) came first, lasting from 499 to 493 BC; "
     "a stalemate held in 496 and 495 BC.",
     "499=BC0499 | 493 BC=BC0493 | 499=BC0499 | 493 BC=BC0493 | 496=BC0496 | "
     "495 BC=BC0495"},
    {"bce.dotted-era", "2017-06-01",
     "Carthage fell in 146 B.C. The 2017 B.C. election was close.",
     "146 B.C.=BC0146 | 2017=2017"},
    {"time.timeline-day", "2026-02-12",
     "The company said on Thursday the outage began on Wednesday.\n\n"
     "Engineers pushed the change at 2:14 a.m. Wednesday, and by 3 a.m. "
     "most users were offline. They rolled it back at 6:40 a.m.",
     "Thursday=2026-02-12 | Wednesday=2026-02-11 | "
     "2:14 a.m. Wednesday=2026-02-11T02:14:TIME | "
     "3 a.m.=2026-02-11T03:00:TIME | 6:40 a.m.=2026-02-11T06:40:TIME"},
    {"time.headline-day-is-no-story-day", "2022-12-27",
     "Fuel fault strands travellers after Christmas\n\n"
     "DUNMORE, Dec. 27 (Wire) - Skylark cancelled 180 flights on Tuesday.\n"
     "\nThe fault was detected at 5:40 a.m., the airport said.",
     "Christmas=2022-12-25 | Dec. 27=2022-12-27 | Tuesday=2022-12-27 | "
     "5:40 a.m.=2022-12-27T05:40:TIME"},
    {"tense.not-a-participle-past", "2023-01-05",
     "\"If the review is not finished by the summer, we will be back,\" "
     "she said today.",
     "the summer=2023-SU | today=2023-01-05"},
    {"anaphoric.that-summer", NULL,
     "The contract went to a rival in 2015. The firm sued that summer.",
     "2015=2015 | that summer=2015-SU"},
    {"duration.more", "2024-10-14",
     "\"We can wait a few more months,\" he said. It took two more weeks.",
     "a few more months=PXM:DURATION | two more weeks=P2W:DURATION"},
    {"duration.the-year-to-march", "2025-05-21",
     "Profit rose in the year to March, the company said on Wednesday.",
     "the year=P1Y:DURATION | March=2025-03 | Wednesday=2025-05-21"},
    {"anaphoric.the-year-after", "2025-05-21",
     "\"We will not chase growth next year or the year after,\" she said.",
     "next year=2026 | the year after=2027"},
    {"duration.bare-plural", "2024-03-16",
     "The roof had leaked for decades; repairs will take months.",
     "decades=PXDE:DURATION"},
    {"recent.first-sentence", "2024-06-01",
     "In 1990 prices were cut, and recently they rose in March.",
     "1990=1990 | recently=PAST_REF | March=2024-03"},
    {"weekend-of-month.outside", "2025-02-03",
     "It happens on the fifth weekend of February 2025.",
     "February 2025=2025-02"},
    /* recurrences */
    {"set.weekday-mornings", "2017-03-14",
     "She read to children on Saturday mornings.",
     "Saturday mornings=XXXX-WXX-6TMO:SET"},
    {"set.months-of-a-yearly-set", "2020-02-13",
     "Residents can buy permits twice a year, in January and July.",
     "twice a year=P1Y:SET | January=XXXX-01 | July=XXXX-07"},
    {"set.weekly-set-month-is-specific", "2024-09-16",
     "Shots will be offered every Saturday in October.",
     "every Saturday=XXXX-WXX-6:SET | October=2024-10"},
    /* "in ten years" stays a duration: readers split between the length
     * and the point, and the held-out news read it as a length */
    {"rel.in-ten-years-duration", "2025-11-09",
     "It was the first rise in ten years.", "ten years=P10Y:DURATION"},
    {"quarter.current-ahead", "2024-08-02",
     "Growth was likely to slow in the third quarter.",
     "the third quarter=2024-Q3"},
    {"weekday.last-on-same-weekday", "2026-01-12",
     "The term, which began last Monday, has deadlines.",
     "last Monday=2026-01-05"},
    {"set.every-weekday-night", "2023-08-10",
     "One game is played every Monday night.",
     "every Monday night=XXXX-WXX-1TNI:SET"},
    {"month.may-and-june", "2024-08-02",
     "Figures for May and June were revised down.",
     "May=2024-05 | June=2024-06"},
    {"anaphoric.following-month", "2022-11-15",
     "He took the money on Oct. 2, 2019, and was charged the following "
     "February.",
     "Oct. 2, 2019=2019-10-02 | the following February=2020-02"},
    {"anaphoric.previous-month", NULL,
     "In August 1918 they gave up the salient seized the previous April.",
     "August 1918=1918-08 | the previous April=1918-04"},
    {"modifier.next-week", "2025-07-19",
     "Rain is not expected until the middle of next week.",
     "the middle of next week=2025-W30"},
    /* an hour, its zone, then "on" and a weekday: the hour is that day */
    {"time.zone-then-on-weekday", "2025-12-10",
     "The train left at 6:42 p.m. CET on Tuesday. A clinic will open at 8 "
     "a.m. Pacific Time on Saturday.",
     "6:42 p.m.=2025-12-09T18:42:TIME | Tuesday=2025-12-09 | "
     "8 a.m.=2025-12-13T08:00:TIME | Saturday=2025-12-13"},
    /* a zone's name spelled out in up to four words, or "local time",
     * between the hour and its day; a season in a zone's name or opening a
     * quoted title is no season */
    {"time.long-zone-then-on-weekday", "2026-04-24",
     "Temperatures fell at 5 a.m. Central European Summer Time on Monday. "
     "The quake struck at 3 a.m. local time on Wednesday. The film \"Winter "
     "Harbour\" was pulled in 2025.",
     "5 a.m.=2026-04-20T05:00:TIME | Monday=2026-04-20 | "
     "3 a.m.=2026-04-22T03:00:TIME | Wednesday=2026-04-22 | 2025=2025"},
    /* dates37: a capitalised season after "of" and a capitalised word
     * closes a title or a name ("The Rite of Spring", "the Festival of
     * Winter"); with a year after it, or in lower case, it is a season */
    {"date.season-closing-a-title", "2027-06-03",
     "The orchestra played The Rite of Spring in Tokyo on Tuesday and the "
     "Festival of Winter in Salzburg. It toured Japan in the Spring of 2019 "
     "and in the spring of 2021.",
     "Tuesday=2027-06-01 | the Spring of 2019=2019-SP | "
     "the spring of 2021=2021-SP"},
    /* a zone told as a possessive's time: the hour is on the day after
     * "on", in a text without an anchor too */
    {"time.possessive-zone-then-on-date", NULL,
     "The liner struck ice at 11:40 p.m. ship's time on April 14, 1912, and "
     "sank three hours later.",
     "11:40 p.m.=1912-04-14T23:40:TIME | April 14, 1912=1912-04-14 | "
     "three hours later=1912-04-15T02:40:TIME"},
    /* a day closing a relative clause set off by commas tells of the noun
     * before it: a later bare hour is on the story's day (the lead's), not
     * on that aside's day; without the commas the hour keeps the day */
    {"time.relative-clause-day-is-an-aside", "2032-05-14",
     "The church elected its archbishop on Thursday evening. The members, "
     "who gathered in Newport on Tuesday morning, held nine ballots before "
     "the result was announced at 7:45 p.m.",
     "Thursday evening=2032-05-13TEV:TIME | "
     "Tuesday morning=2032-05-11TMO:TIME | 7:45 p.m.=2032-05-13T19:45:TIME"},
    {"time.clause-day-holds-the-hour", "2032-05-14",
     "The church elected its archbishop on Thursday evening. The members "
     "gathered in Newport on Tuesday morning and held nine ballots before "
     "the result was announced at 7:45 p.m.",
     "Thursday evening=2032-05-13TEV:TIME | "
     "Tuesday morning=2032-05-11TMO:TIME | 7:45 p.m.=2032-05-11T19:45:TIME"},
    /* dates26: a few words may follow the aside's day before its closing
     * comma, and "whose" opens such a clause too */
    {"time.relative-clause-day-with-a-tail-is-an-aside", "2030-01-16",
     "A storm hit the coast on Monday night. The freighter, which left "
     "Hamburg on Saturday under a Liberian flag, listed sharply at about 11 "
     "p.m. The tug, whose crew sailed on Sunday, arrived at 4 a.m.",
     "Monday night=2030-01-14TNI:TIME | Saturday=2030-01-12 | "
     "11 p.m.=2030-01-14T23:00:TIME | Sunday=2030-01-13 | "
     "4 a.m.=2030-01-15T04:00:TIME"},
    /* "overnight" opening a noun phrase is an adjective; after a noun or
     * a verb it is the night before the anchor */
    {"overnight.adjective-in-noun-phrase", "2026-11-13",
     "Tidelink cut rest breaks on overnight sailings and ran an overnight "
     "train. Families left their homes overnight as the fire spread.",
     "overnight=2026-11-12TNI:TIME"},
    /* "the fall" right before a verb is a drop; after "in", or with its
     * year, the autumn */
    {"season.fall-as-subject-is-a-drop", NULL,
     "In 1720 prices rose. The fall began in August. In the fall of 1721 the "
     "company recovered, and the fall was steep.",
     "1720=1720 | August=1720-08 | the fall of 1721=1721-FA"},
    /* a weekday between an article or possessive and its noun names a
     * kind ("the Monday edition"); "a Monday night" is a time */
    {"weekday.attributive-names-a-kind", "2028-05-23",
     "The paper dropped the Monday edition in January 2027. Its Sunday paper "
     "went on. Staff were told on Monday, a Monday night meeting.",
     "January 2027=2027-01 | Monday=2028-05-22 | "
     "Monday night=2028-05-22TNI:TIME"},
    {"time.hours-later", "2025-07-19",
     "The fire reached the suburbs at 1:20 a.m. Saturday. Two hours later it "
     "crossed the road.",
     "1:20 a.m. Saturday=2025-07-19T01:20:TIME | "
     "Two hours later=2025-07-19T03:20:TIME"},
    {"time.minutes-later-past-midnight", "2025-07-19",
     "The alarm went off at 11:50 p.m. Friday. Twenty minutes later the "
     "doors shut.",
     "11:50 p.m. Friday=2025-07-18T23:50:TIME | "
     "Twenty minutes later=2025-07-19T00:10:TIME"},
    {"ref.plan-year-is-no-frame", "2023-03-26",
     "The airline said it would announce its routes for 2024 in September.",
     "2024=2024 | September=2023-09"},
    /* clock times */
    {"time.day-of-another-paragraph", "2021-10-19",
     "Last week the jury heard how he spent it on Christmas Eve 2019.\n\n"
     "The verdict was read at 3:40 p.m. today.",
     "Last week=2021-W41 | Christmas Eve 2019=2019-12-24 | "
     "3:40 p.m. today=2021-10-19T15:40:TIME"},
    {"time.day-of-another-paragraph-bare", "2021-10-19",
     "Last week the jury heard how he spent it on Christmas Eve 2019.\n\n"
     "The verdict was read at 3:40 p.m.",
     "Last week=2021-W41 | Christmas Eve 2019=2019-12-24 | "
     "3:40 p.m.=2021-10-19T15:40:TIME"},
    {"time.past-evening-is-yesterday", "2020-02-13",
     "The council voted yesterday. The hearing began at 7 p.m. and the "
     "meeting did not end until 11:20 p.m.",
     "yesterday=2020-02-12 | 7 p.m.=2020-02-12T19:00:TIME | "
     "11:20 p.m.=2020-02-12T23:20:TIME"},
    {"time.past-evening-no-day", "2025-07-19",
     "Last week crews dug lines.\n\nThe wind swung to the west at 9:15 p.m.",
     "Last week=2025-W28 | 9:15 p.m.=2025-07-18T21:15:TIME"},
    {"time.past-morning-is-today", "2023-06-10",
     "Last week talks stalled.\n\nThe union's team left shortly after 2 a.m.",
     "Last week=2023-W22 | 2 a.m.=2023-06-10T02:00:TIME"},
    {"time.story-day-of-the-lead", "2025-01-30",
     "SAN JOSE, Jan. 30 (Wire) - Lumora said on Wednesday that revenue "
     "rose.\n\nThe results came out at 4:05 p.m., and the shares fell.",
     "Jan. 30=2025-01-30 | Wednesday=2025-01-29 | "
     "4:05 p.m.=2025-01-29T16:05:TIME"},
    {"time.story-day-first-of-the-lead", "2021-10-19",
     "A jury on Tuesday convicted a manager. It had been sent out on Monday "
     "afternoon.\n\nThe verdict was read at 3:40 p.m.",
     "Tuesday=2021-10-19 | Monday afternoon=2021-10-18TAF:TIME | "
     "3:40 p.m.=2021-10-19T15:40:TIME"},
    /* dates33: a midnight told after a day said to be late ("Late on
     * May 29") or after its night is the one that ends it, and the hours
     * told after it are on the new day ("that evening") */
    {"time.midnight-after-late-day", NULL,
     "Late on May 29, 1953 the last team left the col, and a little after "
     "midnight the first climber reached the ridge. The others followed, "
     "and the leader came down at 9:40 that evening.",
     "May 29, 1953=1953-05-29 | midnight=1953-05-30T00:00:TIME | "
     "9:40 that evening=1953-05-30T21:40:TIME"},
    {"time.midnight-in-a-night", "2027-03-04",
     "The inmates cut the bars on Monday. That night they climbed the wall, "
     "and shortly after midnight they reached the shore.",
     "Monday=2027-03-01 | That night=2027-03-01TNI:TIME | "
     "midnight=2027-03-02T00:00:TIME"},
    /* dates40: an hour of the small hours told, in a later paragraph,
     * after an evening hour or the night of its day ends that night: the
     * next day; not one told in the past perfect */
    {"time.small-hours-after-evening", "2035-05-09",
     "A cargo ship ran aground off Fremantle at 10:50 p.m. on Monday.\n\n"
     "The crew of 19 was unhurt.\n\nTugs pulled the ship free at 4 a.m.",
     "10:50 p.m.=2035-05-07T22:50:TIME | Monday=2035-05-07 | "
     "4 a.m.=2035-05-08T04:00:TIME"},
    {"time.small-hours-after-night", "2031-03-04",
     "A barn burned down on Sunday night near Hamar.\n\nNeighbours saw the "
     "flames.\n\nFirefighters reached the farm at 2:30 a.m.",
     "Sunday night=2031-03-02TNI:TIME | 2:30 a.m.=2031-03-03T02:30:TIME"},
    {"time.small-hours-in-perfect-stay", "2035-05-09",
     "A cargo ship ran aground off Fremantle at 10:50 p.m. on Monday.\n\n"
     "The crew of 19 was unhurt.\n\nThe pilot had boarded at 4 a.m.",
     "10:50 p.m.=2035-05-07T22:50:TIME | Monday=2035-05-07 | "
     "4 a.m.=2035-05-07T04:00:TIME"},
    {"time.range-on-a-named-day", "2024-09-16",
     "A clinic will be held on October 19 from 9 a.m. to 3 p.m.",
     "October 19=2024-10-19 | 9 a.m.=2024-10-19T09:00:TIME | "
     "3 p.m.=2024-10-19T15:00:TIME"},
    {"time.everyday-range", "2023-10-18",
     "The union wants more pay for night work between 10 p.m. and 6 a.m.",
     "10 p.m.=XXXX-XX-XXT22:00:TIME | 6 a.m.=XXXX-XX-XXT06:00:TIME"},
    {"time.everyday-from-to", "2025-05-15",
     "Trucks will be allowed to cross from 7 a.m. to 7 p.m.",
     "7 a.m.=XXXX-XX-XXT07:00:TIME | 7 p.m.=XXXX-XX-XXT19:00:TIME"},
    {"time.past-range", "2020-02-13",
     "Last night the hearing ran from 7 p.m. to 11:20 p.m.",
     "Last night=2020-02-12TNI:TIME | 7 p.m.=2020-02-12T19:00:TIME | "
     "11:20 p.m.=2020-02-12T23:20:TIME"},
    {"time.range-start-takes-end-day", "2026-11-23",
     "Snow will be heaviest between 4 a.m. and 9 a.m. Tuesday.",
     "4 a.m.=2026-11-24T04:00:TIME | 9 a.m. Tuesday=2026-11-24T09:00:TIME"},
    {"time.past-not-on-future-day", "2024-09-10",
     "The earbuds go on sale on Friday. Menon spoke at the launch, which "
     "began at 10 a.m.",
     "Friday=2024-09-13 | 10 a.m.=2024-09-10T10:00:TIME"},
    /* year-less dates around the anchor */
    {"yearless.past-month", "2025-02-03",
     "The study was published in "
     "December.",
     "December=2024-12"},
    {"yearless.future-month", "2025-02-03",
     "The plant will open in "
     "September.",
     "September=2025-09"},
    {"yearless.near-holiday", "2024-12-31",
     "The city avoided a shutdown on "
     "New Year's Day.",
     "New Year's Day=2025-01-01"},
    {"yearless.ref-same-sentence", "2025-02-03",
     "In 2018 the ban began, and in April it was widened.",
     "2018=2018 | April=2018-04"},
    {"yearless.since-now", "2025-06-18",
     "Two banks closed in 2024, and two "
     "have merged since January, the "
     "regulator said today.",
     "2024=2024 | January=2025-01 | today=2025-06-18"},
    /* narrative anchoring */
    {"narrative.later", NULL,
     "On September 1, 1939, Germany invaded Poland. "
     "Three days later, Britain declared war.",
     "September 1, 1939=1939-09-01 | Three days later=1939-09-04"},
    /* the story moved on to a month after the last day named: a count
     * runs from that month, told as it */
    {"narrative.later-from-coarser-story", NULL,
     "On May 17, 1804, the party left. In August, Floyd fell ill and died "
     "a few days later. In June 1805 the river rose; two weeks later the "
     "boats sank.",
     "May 17, 1804=1804-05-17 | August=1804-08 | a few days later=1804-08 "
     "| June 1805=1805-06 | two weeks later=1805-06"},
    {"narrative.following-year", NULL,
     "The treaty was signed in 1919. The "
     "following year, the league met.",
     "1919=1919 | The following year=1920"},
    /* dates32: a year a plan is for ("vowed to come back the next year")
     * does not move a history's story there: a later bare date keeps the
     * year the story had reached */
    {"narrative.planned-year-keeps-story", NULL,
     "On June 2, 1790, the envoy reached the coast. He vowed to come back "
     "the next year with gifts. The old king died on August 9.",
     "June 2, 1790=1790-06-02 | the next year=1791 | August 9=1790-08-09"},
    /* dates33: a count of years back from a history's year ("like the
     * raid of the year before", "a rock fall of two years earlier") looks
     * back at a thing: a later bare month stays in the story's year */
    {"narrative.counted-back-year-keeps-story", NULL,
     "In the summer of 1851 the settlers feared a flood like the one of "
     "the year before. In October the levee held. In 1860 a report "
     "recalled the storms of two years earlier. In May the dam was "
     "finished.",
     "the summer of 1851=1851-SU | the year before=1850 | October=1851-10 | "
     "1860=1860 | two years earlier=1858 | May=1860-05"},
    /* dates37: a death a history tells by a count forward is a look
     * ahead; "that morning" and "the same day" after it are the story's */
    {"narrative.death-ahead-keeps-story", NULL,
     "At dawn on June 4, 1644 the guns opened fire. The keeper was struck "
     "by a beam; he died six days later. A sentry saw the sappers that "
     "morning. The garrison burned the bridge the same day.",
     "June 4, 1644=1644-06-04 | six days later=1644-06-10 | "
     "that morning=1644-06-04TMO:TIME | the same day=1644-06-04"},
    /* dates35: a day a history tells in the past perfect before the day
     * its story has reached is a flashback: "the next morning" after it,
     * told in the past, counts from the story's day; "that afternoon" in
     * the flashback's own past perfect is its day */
    {"narrative.flashback-keeps-story", NULL,
     "The steamer reached the river mouth on the evening of March 9, 1884. "
     "She had sailed from Southampton on March 2. Early the next morning a "
     "pilot came aboard. The envoy arrived at the fort on June 14. He had "
     "left the capital on June 3 and had crossed the ford that afternoon.",
     "the evening of March 9, 1884=1884-03-09TEV:TIME | March 2=1884-03-02 | "
     "the next morning=1884-03-10TMO:TIME | June 14=1884-06-14 | "
     "June 3=1884-06-03 | that afternoon=1884-06-03TAF:TIME"},
    /* dates33: a day told as what someone alleges ("Investigators say he
     * copied it on Monday") or in the past perfect, before the day told
     * last, looks back: "that day", "that afternoon" are still the day
     * told before it; not from a day ahead */
    {"anaphoric.that-day-not-a-reported-day", "2031-06-13",
     "Police arrested a printer on Thursday morning. Investigators say he "
     "copied the paper on Monday evening. The police searched his shop "
     "later that day.",
     "Thursday morning=2031-06-12TMO:TIME | Monday evening=2031-06-09TEV:TIME "
     "| that day=2031-06-12"},
    {"anaphoric.that-afternoon-not-a-perfect-day", "2030-10-10",
     "Engineers inspected the slope on Wednesday. Residents said the ground "
     "had cracked on Sunday night. The road was closed that afternoon.",
     "Wednesday=2030-10-09 | Sunday night=2030-10-06TNI:TIME | "
     "that afternoon=2030-10-09TAF:TIME"},
    /* ... but a past perfect of the writer's own opens a flashback that
     * goes on: "that afternoon" is its day */
    {"anaphoric.that-afternoon-in-a-flashback", "2032-07-26",
     "The mill ran at full speed again on Sunday. Its owner had cut output "
     "on July 21. The stream had dried up that afternoon.",
     "Sunday=2032-07-25 | July 21=2032-07-21 | "
     "that afternoon=2032-07-21TAF:TIME"},
    {"anaphoric.that-night-after-perfect-from-ahead", "2023-03-04",
     "The man is due in court on Monday. The alarm had been switched off on "
     "January 29. The thieves came in that night.",
     "Monday=2023-03-06 | January 29=2023-01-29 | "
     "that night=2023-01-29TNI:TIME"},
    /* dates32: "a week later" after a plural object is a count, not a
     * rate as "90,000 journeys a day" is */
    {"relative.count-after-plural-object", "2031-11-18",
     "Officials took samples on November 4 and told diplomats of the "
     "results a week later.",
     "November 4=2031-11-04 | a week later=2031-11-11"},
    /* dates32: in a text with no date of its own a weekday counts on from
     * the day the story has reached, in the writer's calendar: an
     * old-style "Sunday, March 4, 1643" (a Wednesday as computed) makes
     * "On Tuesday" two days on; a history that says "today" too */
    {"narrative.weekday-in-writers-calendar", NULL,
     "The gale struck the Downs on Sunday, March 4, 1643. On Tuesday the "
     "wreck of a merchantman came ashore, and on Friday the last bodies "
     "were found.",
     "Sunday, March 4, 1643=1643-03-04 | Tuesday=1643-03-06 | "
     "Friday=1643-03-09"},
    {"narrative.weekday-without-anchor", NULL,
     "The river broke its banks on Monday, June 12, 1820. On Wednesday the "
     "mill dam gave way. The mill still stands today.",
     "Monday, June 12, 1820=1820-06-12 | Wednesday=1820-06-14 | "
     "today=XXXX-XX-XX"},
    /* but a news quote tagged without its anchor (merge tags quotes so)
     * counts no weekday on from its dateline's date, the paper's day */
    {"narrative.weekday-not-from-dateline", NULL,
     "CALDER, March 16, 2024 - Ships began unloading again on Friday.",
     "March 16, 2024=2024-03-16 | Friday=XXXX-WXX-5"},
    {"narrative.month", NULL,
     "The siege began in August 1942. In November "
     "the army was encircled.",
     "August 1942=1942-08 | November=1942-11"},
    {"narrative.by-then", "2025-02-03",
     "The rules came last month. By then "
     "the model was out.",
     "last month=2025-01 | then=2025-01"},
    {"narrative.few-days-earlier", "2025-02-03",
     "The meeting was aired last week. A few days earlier, the paper praised "
     "it.",
     "last week=2025-W05 | A few days earlier=2025-01-24"},
    {"narrative.forward", NULL,
     "The states seceded in December 1860. On "
     "February 7, they formed a government.",
     "December 1860=1860-12 | February 7=1861-02-07"},
    {"narrative.despite-today", "2009-12-19",
     "Troops landed in 1944. \"Not today,\" he said. In 1945 the war ended. "
     "In 1946 peace came. By 1950 it was rebuilt. In 1951 the army left. In "
     "1952 they voted. In June the parliament met.",
     "1944=1944 | today=2009-12-19 | 1945=1945 | 1946=1946 | 1950=1950 | "
     "1951=1951 | 1952=1952 | June=1952-06"},
    {"range.years", NULL, "The Directory (1795-1799) and the war of 1990-94.",
     "1795=1795 | 1799=1799 | 1990=1990 | 94=1994"},
    {"range.days-after-month", NULL, "It was fought on April 6-7, 1915.",
     "April 6=1915-04-06 | 7, 1915=1915-04-07"},
    {"range.days-before-month", NULL, "It was fought on 6-7 January 1916.",
     "6=1916-01-06 | 7 January 1916=1916-01-07"},
    {"mid-year", NULL, "The revolt was crushed in mid-1916.", "mid-1916=1916"},
    {"end-of-the-year", NULL,
     "In 1776 enlistments ran out at the end of the "
     "year.",
     "1776=1776 | the end of the year=1776"},
    {"at-the-time", NULL,
     "The treaty was signed in 1963. At the time, few "
     "cared.",
     "1963=1963 | the time=1963"},
    /* durations and sets */
    {"duration.days", NULL, "The holiday lasts seven days.",
     "seven days=P7D:DURATION"},
    {"duration.months", NULL, "The strike lasted eleven months.",
     "eleven months=P11M:DURATION"},
    {"duration.decade", NULL, "It took a decade.", "a decade=P1DE:DURATION"},
    {"duration.approx", NULL, "The drone flies for about 40 minutes.",
     "about 40 minutes=PT40M:DURATION"},
    {"duration.comma", NULL, "It was tested for more than 3,000 hours.",
     "more than 3,000 hours=PT3000H:DURATION"},
    {"duration.vague", NULL, "It took several years.",
     "several years=PXY:DURATION"},
    {"set.every-year", NULL, "The fair is held every year.",
     "every year=P1Y:SET"},
    {"set.annually", NULL, "The report is published annually.",
     "annually=P1Y:SET"},
    {"set.weekday-plural", NULL, "The library opens on Sundays.",
     "Sundays=XXXX-WXX-7:SET"},
    /* holidays */
    {"holiday.christmas", NULL, "They met at Christmas 2019.",
     "Christmas 2019=2019-12-25"},
    {"holiday.easter", NULL, "It reopened after Easter 2024.",
     "Easter 2024=2024-03-31"},
    {"holiday.thanksgiving", NULL, "Stores closed on Thanksgiving 2023.",
     "Thanksgiving 2023=2023-11-23"},
    /* the day a holiday fell in the year told, by the rule of that year:
     * Memorial Day May 30 and Washington's birthday February 22 until
     * the Monday holidays of 1971; Thanksgiving the last Thursday of
     * November until 1938, the one before it in 1939-1941 */
    {"holiday.memorial-before-1971", NULL,
     "The veterans marched on Memorial Day 1925.",
     "Memorial Day 1925=1925-05-30"},
    {"holiday.presidents-before-1971", NULL,
     "The banks shut on Presidents' Day 1950.",
     "Presidents' Day 1950=1950-02-22"},
    {"holiday.thanksgiving-last-thursday", NULL,
     "The mill closed on Thanksgiving 1934.", "Thanksgiving 1934=1934-11-29"},
    {"holiday.thanksgiving-1940", NULL,
     "The stores opened on Thanksgiving 1940.", "Thanksgiving 1940=1940-11-21"},
    {"holiday.black-friday", "2023-11-24", "Crowds came for Black Friday.",
     "Black Friday=2023-11-24"},
    {"holiday.lunar", "2025-02-03",
     "Factories shut for the Chinese New "
     "Year.",
     "Chinese New Year=2025-01-29"},
    {"holiday.zodiac", "2020-03-01",
     "Sales peaked on the first day of the "
     "Year of the Rat.",
     "the first day of the Year of the Rat=2020-01-25"},
    /* times */
    {"time.pm", "2025-01-30", "The results came out at 4:05 p.m. today.",
     "4:05 p.m. today=2025-01-30T16:05:TIME"},
    /* a verb whose form is past or present alike ("hit", "cut", "set")
     * in a later paragraph of news: the hour is on the lede's day */
    {"time.unknown-tense-on-story-day", "2030-05-08",
     "A ferry ran aground early on Monday near Dover.\n\nThe ship hit the "
     "rocks at 3:40 a.m. near the harbour wall.",
     "Monday=2030-05-06 | 3:40 a.m.=2030-05-06T03:40:TIME"},
    /* "a quarter past eight" is a clock told in words (not yet read as
     * one), never a span of three months */
    {"time.quarter-past-no-span", "2025-01-30",
     "The tram left the rails at a quarter past eight on Tuesday.",
     "Tuesday=2025-01-28"},
    /* clock times in words ("half past", "a quarter to" not yet) */
    {"time.oclock-words", "2025-01-30",
     "The bells rang at four o'clock this morning.",
     "four o'clock this morning=2025-01-30T04:00:TIME"},
    {"time.oclock-in-the-evening", "2025-01-30",
     "The ferry will sail at seven o'clock in the evening today.",
     "seven o'clock in the evening today=2025-01-30T19:00:TIME"},
    {"time.last-night", "2025-02-03", "The vote ran late last night.",
     "last night=2025-02-02TNI:TIME"},
    /* a past hour opening the paragraph after a part of an earlier day
     * is on that day; a morning hour after a night, on the next */
    {"time.hour-after-part-of-day-paragraph", "2030-11-14",
     "Rescuers reached the village on Thursday.\n\nThe river rose on "
     "Tuesday afternoon, and families fled that evening.\n\nSoldiers "
     "cleared the school at 10 p.m.",
     "Thursday=2030-11-14 | Tuesday afternoon=2030-11-12TAF:TIME | "
     "that evening=2030-11-12TEV:TIME | 10 p.m.=2030-11-12T22:00:TIME"},
    {"time.morning-hour-after-night-paragraph", "2030-11-15",
     "Miners will strike next month, the union said on Friday.\n\nTalks "
     "with the owners broke down on Wednesday night.\n\nThe negotiators "
     "walked out at 4 a.m.",
     "next month=2030-12 | Friday=2030-11-15 | "
     "Wednesday night=2030-11-13TNI:TIME | 4 a.m.=2030-11-14T04:00:TIME"},
    /* traps: numbers that are not dates */
    {"trap.soldiers", NULL, "The army lost 2000 soldiers.", ""},
    {"trap.votes", NULL, "He won by 1,997 votes.", ""},
    {"trap.percent", NULL, "Turnout was 90 percent.", ""},
    {"trap.money", NULL, "It cost $2025 in fees.", ""},
    {"trap.product", NULL, "The LX-2025 chip sold well.", ""},
    {"trap.age", NULL, "The 24-year-old striker scored.", ""},
    /* dates32: after a preposition of time a month and day stay a date
     * before a plural noun ("from March 8 talks were held"); without one
     * "May 5 people" is a count */
    {"date.march-day-after-from-before-noun", NULL,
     "The war began in 1812. From March 8 talks were held at the fort, and "
     "in May 5 envoys left.",
     "1812=1812 | March 8=1812-03-08 | May=1812-05"},
    {"trap.may-verb", NULL, "Prices may fall.", ""},
    {"trap.march-verb", NULL, "They march on the capital.", ""},
    {"trap.company", NULL, "China Daily praised the firm.", ""},
    {"trap.last-minute", NULL, "The budget passed at the last minute.", ""},
    /* story time (issue 10): a history counts "next", "following" and
     * "last" from the date it has reached, not from a date of its own */
    {"story.the-next-summer", NULL,
     "In 1806 Parliament approved it. Stevenson began the survey the next "
     "summer.",
     "1806=1806 | the next summer=1807-SU"},
    {"story.following-spring-after-november", NULL,
     "Work began in August 1807. The crew stopped in November and returned "
     "the following spring.",
     "August 1807=1807-08 | November=1807-11 | the following spring=1808-SP"},
    {"story.next-summer-in-history-with-anchor", "2009-12-19",
     "In 1777 the army wintered at Valley Forge. The next spring it marched "
     "north. In 1780 it camped again, and next summer it moved south.",
     "1777=1777 | The next spring=1778-SP | 1780=1780 | next summer=1781-SU"},
    {"story.past-deadline-moves-the-story", NULL,
     "The war began in 1937. The front was stalemated by 1940. In August "
     "of that year the offensive began.",
     "1937=1937 | 1940=1940 | August of that year=1940-08"},
    {"story.before-a-year-is-a-boundary", "2026-01-24",
     "The maker said on January 12 that the plant would close before 2028. "
     "It had warned on January 20 that jobs were at risk.",
     "January 12=2026-01-12 | 2028=2028 | January 20=2026-01-20"},
    {"story.period-end-is-a-boundary", "2025-05-10",
     "The bank had ignored payments in the four years to 2023. The shares "
     "fell on May 5.",
     "the four years=P4Y:DURATION | 2023=2023 | May 5=2025-05-05"},
    {"story.next-year-in-history", NULL,
     "The treaty was signed in 1648. Next year the armies went home.",
     "1648=1648 | Next year=1649"},
    /* dates40: in January or February the season under way is the winter
     * that began in December, so the last autumn is the year before's and
     * the next summer this year's */
    {"story.news-last-autumn-in-february", "2040-02-16",
     "The clinic was closed last autumn. It will reopen next summer, and "
     "the wards next winter.",
     "last autumn=2039-FA | next summer=2040-SU | next winter=2040-WI"},
    {"story.news-last-spring-in-january", "2029-01-20",
     "The union was formed last spring.", "last spring=2028-SP"},
    {"story.news-next-summer-from-anchor", "2025-10-09",
     "The firm said on Monday it lost money in 2019. It will open a plant "
     "next summer.",
     "Monday=2025-10-06 | 2019=2019 | next summer=2026-SU"},
    /* speech time: a quotation's "yesterday" counts from its saying */
    {"speech.yesterday-said-on-wednesday", "2026-03-05",
     "\"We opened the doors yesterday morning,\" Shah said on Wednesday.",
     "yesterday morning=2026-03-03TMO:TIME | Wednesday=2026-03-04"},
    {"speech.yesterday-unattributed-day", "2026-03-05",
     "\"We opened the doors yesterday,\" Shah said.", "yesterday=2026-03-04"},
    {"speech.quotation-goes-on", "2026-02-04",
     "\"We stopped,\" Vogt said on Tuesday. \"Yesterday we shared the "
     "data.\"",
     "Tuesday=2026-02-03 | Yesterday=2026-02-02"},
    {"tense.was-due-to", "2026-02-04",
     "The firm said on Monday the trial began in March 2025 and was due to "
     "report results in the second quarter.",
     "Monday=2026-02-02 | March 2025=2025-03 | the second quarter=2026-Q2"},
    {"tense.agreed-on-monday-to-stays-past", "2026-02-04",
     "The council agreed on Monday to review the lease.", "Monday=2026-02-02"},
    /* a holiday and its year said after it: one expression */
    {"holiday.next-year", "2025-03-12",
     "The firm said on Monday it will open stores by Thanksgiving next year.",
     "Monday=2025-03-10 | Thanksgiving next year=2026-11-26"},
    {"holiday.next-year-in-history", NULL,
     "The army reached Trenton in 1776. It wintered there and marched on "
     "by Christmas next year.",
     "1776=1776 | Christmas next year=1777-12-25"},
    /* a year before a singular noun in -sis */
    {"year.before-sis-noun", "2025-11-12",
     "A 2019 analysis put the cost higher; the 2008 crisis hit banks.",
     "2019=2019 | 2008=2008"},
    {"trap.year-before-plural", "2025-11-12", "About 2000 analysts came.", ""},
    /* a date in an infinitive after "asked", "urged": ahead */
    {"tense.infinitive-after-asked", "2025-11-12",
     "Officials asked residents to send comments by Friday.",
     "Friday=2025-11-14"},
    {"tense.returned-to-work-stays-past", "2025-11-12",
     "The strikers returned to work on Monday.", "Monday=2025-11-10"},
    /* a timetable's present tense: ahead */
    /* dates41: a present verb of expecting looks ahead, before a "said"
     * after the comma */
    {"tense.expect-ahead", "2039-06-30",
     "Forecasters expect more storms on Friday evening, though the agency "
     "said a second tornado was unlikely.",
     "Friday evening=2039-07-01TEV:TIME"},
    {"tense.predicts-ahead", "2031-03-12",
     "The ministry predicts a shortage on Monday, the minister said.",
     "Monday=2031-03-17"},
    {"tense.schedule-reopens", "2025-03-12",
     "The museum reopens on Monday; the season starts in February.",
     "Monday=2025-03-17 | February=2026-02"},
    /* a clock time, its zone and its day: one TIME */
    {"time.zone-and-day", "2025-11-12",
     "Public hearings begin at 18:00 GMT Thursday.",
     "18:00 GMT Thursday=2025-11-13T18:00:TIME"},
    /* a clock time before a day told by reference ("the next morning",
     * "that night", "the following day"): one TIME on that day, an
     * evening part making the hour p.m. */
    {"time.on-told-day", NULL,
     "The relay team set out on 9 May 1961. At 4:20 the next morning they "
     "crossed the pass, at 10:05 that night they camped, and at 7:30 the "
     "following day they reached the hut.",
     "9 May 1961=1961-05-09 | 4:20 the next morning=1961-05-10T04:20:TIME | "
     "10:05 that night=1961-05-10T22:05:TIME | "
     "7:30 the following day=1961-05-11T07:30:TIME"},
    /* a past hour told after a later hour or part of the same day, in
     * its paragraph, is on the day after; an hour told after an earlier
     * one stays on its day */
    {"time.earlier-hour-told-later-is-next-day", NULL,
     "The ferry left Oslo at 7:15 p.m. on 3 March 1962. It docked in Kiel "
     "at 9:40 a.m., and the crew went ashore at 11 a.m.",
     "7:15 p.m.=1962-03-03T19:15:TIME | 3 March 1962=1962-03-03 | "
     "9:40 a.m.=1962-03-04T09:40:TIME | 11 a.m.=1962-03-04T11:00:TIME"},
    {"time.midnight-after-morning-is-next-day", NULL,
     "The balloon rose on the morning of 12 June 1930 and came down "
     "shortly after midnight.",
     "the morning of 12 June 1930=1930-06-12TMO:TIME | "
     "midnight=1930-06-13T00:00:TIME"},
    {"time.later-hour-same-day", NULL,
     "The ferry left Oslo at 9:40 a.m. on 3 March 1962. It docked in Kiel "
     "at 7:15 p.m.",
     "9:40 a.m.=1962-03-03T09:40:TIME | 3 March 1962=1962-03-03 | "
     "7:15 p.m.=1962-03-03T19:15:TIME"},
    /* "the next morning" after a sentence set in a month (or a year) that
     * does not hold the day named last is some day of that month; a
     * year told in its own sentence (a clause's background) is not */
    {"anaphoric.part-of-day-after-month", "2026-03-04",
     "The museum said on Tuesday that the skull was new. A rancher found it "
     "in June 2022. He called the museum the next morning.",
     "Tuesday=2026-03-03 | June 2022=2022-06 | the next morning=2022-06"},
    {"anaphoric.part-of-day-after-background-year", "2026-03-06",
     "The minister resigned on Wednesday night. The transport minister, "
     "whose sister's firm won a contract in 2024, quit the following "
     "afternoon.",
     "Wednesday night=2026-03-04TNI:TIME | 2024=2024 | "
     "the following afternoon=2026-03-05TAF:TIME"},
    /* a currency sign of more than one byte ends no sentence: the past
     * verb before it still dates the month after it */
    {"tense.past-across-pound-sign", "2026-03-10",
     "The club began a \u00a340 million rebuild of its stadium in April.",
     "April=2025-04"},
    {"tense.past-across-euro-sign", "2026-03-10",
     "The lab spent \u20ac2 million on the scanner in May.", "May=2025-05"},
    /* "lit" is a past form: the weekday after it is behind */
    {"tense.lit-is-past", "2026-11-04",
     "The mayor will thank the crews who lit the beacons on Sunday.",
     "Sunday=2026-11-01"},
    /* "the same spring" is the season of the year told, as "that spring" */
    {"anaphoric.same-season", NULL,
     "The mill burned in January 1822. It was rebuilt the same spring.",
     "January 1822=1822-01 | the same spring=1822-SP"},
    /* hours later count from the time told last: an hour of an earlier
     * day gives way to a part of a day or another day told since */
    {"rel.hours-from-time-told-last", NULL,
     "The ferry sank at 11 p.m. on 2 March 1987. Divers went down on the "
     "morning of 4 March 1987. Two hours later they found the hull.",
     "11 p.m.=1987-03-02T23:00:TIME | 2 March 1987=1987-03-02 | "
     "the morning of 4 March 1987=1987-03-04TMO:TIME | "
     "Two hours later=1987-03-04:TIME"},
    /* a year that names an earlier thing ("the verdict of 1894") looks
     * back: the story stays in the year it reached */
    {"narrative.named-earlier-thing.law", NULL,
     "In June 1899 the court quashed the verdict of 1894. The retrial "
     "opened in August.",
     "June 1899=1899-06 | 1894=1894 | August=1899-08"},
    {"narrative.named-earlier-thing.engineering", NULL,
     "In 1866 the crew raised the lost cable of 1865. The engineer was "
     "knighted that November.",
     "1866=1866 | 1865=1865 | that November=1866-11"},
    {"narrative.named-earlier-thing.sport", NULL,
     "In 1958 the club replayed the final of 1954. In May the new stadium "
     "opened.",
     "1958=1958 | 1954=1954 | May=1958-05"},
    {"narrative.named-earlier-thing.politics", NULL,
     "The assembly met again in March 1791 and rewrote the constitution of "
     "1789. In September the king accepted it.",
     "March 1791=1791-03 | 1789=1789 | September=1791-09"},
    {"narrative.named-earlier-thing.science", NULL,
     "In 1923 the team repeated the famous experiment of 1919. In July they "
     "published the result.",
     "1923=1923 | 1919=1919 | July=1923-07"},
    /* a later year so named moves the story on; a portion of a year is a
     * time, not a thing */
    {"narrative.named-later-thing-moves", NULL,
     "The commission met in 1810. The war of 1812 delayed the canal. In May "
     "the work stopped.",
     "1810=1810 | 1812=1812 | May=1812-05"},
    {"narrative.portion-of-year-moves", NULL,
     "In 1899 the army met. It spent the rest of 1898 on the review. In May "
     "the report came.",
     "1899=1899 | 1898=1898 | May=1898-05"},
    /* a year told in the past perfect inside its clause looks back from
     * the year the story has reached, which stays where it is */
    {"narrative.past-perfect-aside.music", NULL,
     "The festival opened in June 1951. Its conductor, a cellist who had "
     "founded the choir in 1938, led the premiere on July 4.",
     "June 1951=1951-06 | 1938=1938 | July 4=1951-07-04"},
    {"narrative.past-perfect-aside.science", NULL,
     "The expedition sailed in March 1911. Its doctor, who had studied "
     "malaria in 1904, fell ill in May.",
     "March 1911=1911-03 | 1904=1904 | May=1911-05"},
    /* without the perfect the story goes to the year told */
    {"narrative.simple-past-year-moves", NULL,
     "The festival opened in June 1951. The choir toured in 1938, and it "
     "sang in Vienna on July 4.",
     "June 1951=1951-06 | 1938=1938 | July 4=1938-07-04"},
    /* a "when" clause in the past right after the date tells what
     * happened then: the date is past even in an infinitive after
     * "ordered"; without it the infinitive looks ahead */
    {"tense.infinitive-then-past-when", "2026-04-17",
     "The agency ordered the mill to halt work on Wednesday evening, when "
     "inspectors found mould in the silos.",
     "Wednesday evening=2026-04-15TEV:TIME"},
    {"tense.infinitive-looks-ahead", "2026-04-17",
     "The agency ordered the mill to halt work on Wednesday evening.",
     "Wednesday evening=2026-04-22TEV:TIME"},
    /* without an anchor, deictic dates stay unresolved */
    {"no-anchor.last-week", NULL, "Last week the firm said so.",
     "Last week=XXXX"},
};

static void format_found(const char *text, const evg_timexes *found, char *out,
                         size_t size) {
  out[0] = '\0';
  for (size_t i = 0; i < evg_timexes_count(found); i++) {
    const evg_timex *t = evg_timexes_get(found, i);
    char item[256];
    if (t->type == EVG_TIMEX_DATE)
      snprintf(item, sizeof item, "%s%.*s=%s", i ? " | " : "",
               (int)(t->end - t->start), text + t->start, t->value);
    else
      snprintf(item, sizeof item, "%s%.*s=%s:%s", i ? " | " : "",
               (int)(t->end - t->start), text + t->start, t->value,
               evg_timex_type_name(t->type));
    strncat(out, item, size - strlen(out) - 1);
  }
}

static void test_rows(void) {
  for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++) {
    evg_date anchor;
    const char *error;
    size_t offset;
    bool has_anchor =
        rows[r].anchor && evg_date_parse(rows[r].anchor, strlen(rows[r].anchor),
                                         &anchor, &error, &offset);
    evg_timexes *found = evg_tag_text(rows[r].text, strlen(rows[r].text),
                                      has_anchor ? &anchor : NULL);
    char got[1024];
    format_found(rows[r].text, found, got, sizeof got);
    char name[96];
    snprintf(name, sizeof name, "timex.%s", rows[r].name);
    CHECK_STR(name, got, rows[r].want);
    evg_timexes_free(found);
  }
}

/* The driver tries at each token only the rules whose opening tests the
 * token can pass (timex.c's start masks).  Every rule is tried at every
 * token of every row and of the news gold texts, with and without an
 * anchor: none may match where the masks do not let it try. */
static void test_start_masks(void) {
  size_t unlisted = 0, texts = 0;
  evg_date anchor;
  const char *error;
  size_t offset;
  for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++) {
    bool has_anchor =
        rows[r].anchor && evg_date_parse(rows[r].anchor, strlen(rows[r].anchor),
                                         &anchor, &error, &offset);
    unlisted += timex_unlisted_starts(rows[r].text, strlen(rows[r].text),
                                      has_anchor ? &anchor : NULL);
    texts++;
  }
  CHECK("timex.masks.anchor",
        evg_date_parse("2025-02-03", 10, &anchor, &error, &offset));
  /* a start of each kind the masks list, in the sentences rules want */
  static const char every_start[] =
      "On January 27, 2025, and 27 January, 2025-01-27 and in the 1990s, the "
      "'90s and the 19th century, the third quarter, Q3 2024, H1 2025, the "
      "second half of 2024, the 3rd quarter, fiscal 2017, AD 800, the year "
      "1990, "
      "in the summer "
      "of 2019 and Spring Festival, Christmas Eve, New Year's Day, Black "
      "Friday, Cyber Monday, Boxing Day, Chinese New Year, Lunar New Year, the "
      "Year of the Snake. Today, yesterday, tomorrow, tonight, now, currently, "
      "overnight and recently it fell. Last Monday, past Friday, next "
      "Tuesday, coming Sunday, this Wednesday, the current week, the weekend, "
      "the coming week, coming summer, "
      "earlier this week, later this month, this year. By then, that day, the "
      "next day, the previous month, the same week, the day before. About two "
      "years, around three weeks, nearly four months, some five years, more "
      "than two weeks, less than a month, at least two days, up to three "
      "years, another two weeks, several years, many years, a few days, an "
      "hour, few weeks, two days ago, the past three years. Every Monday, each "
      "year, every other week, once a year, twice a week, on Sundays, "
      "annually, on Saturday mornings. At noon, at midnight, at 3:30 p.m., at "
      "9am. The future and the past. The first week of May, the last weekend "
      "of June, 1990-94, April 6-7, the morning of May 5, the 3rd of that "
      "month, the first day of the month, at the same time, at that time.";
  unlisted +=
      timex_unlisted_starts(every_start, sizeof every_start - 1, &anchor) +
      timex_unlisted_starts(every_start, sizeof every_start - 1, NULL);
  DIR *dir = opendir("tests/timex/news");
  CHECK("timex.masks.news-folder", dir != NULL);
  for (struct dirent *e; dir && (e = readdir(dir));) {
    size_t name_len = strlen(e->d_name);
    if (name_len < 4 || strcmp(e->d_name + name_len - 4, ".tml") != 0)
      continue;
    char path[512];
    snprintf(path, sizeof path, "tests/timex/news/%s", e->d_name);
    FILE *f = fopen(path, "rb");
    if (!f)
      continue;
    static char text[1 << 20];
    size_t len = fread(text, 1, sizeof text, f);
    fclose(f);
    unlisted += timex_unlisted_starts(text, len, NULL) +
                timex_unlisted_starts(text, len, &anchor);
    texts++;
  }
  if (dir)
    closedir(dir);
  CHECK("timex.masks.texts", texts > sizeof rows / sizeof rows[0] + 50);
  CHECK_INT("timex.masks.unlisted", unlisted, 0);
}

static void test_relative_forms_without_anchor(void) {
  const char *text = "Two years ago the plant closed; yesterday it reopened.";
  evg_timexes *found = evg_tag_text(text, strlen(text), NULL);
  CHECK_INT("timex.no-anchor.count", evg_timexes_count(found), 2);
  if (evg_timexes_count(found) == 2) {
    CHECK("timex.no-anchor.needs", evg_timexes_get(found, 0)->needs_anchor);
    CHECK_STR("timex.no-anchor.relative-ago",
              evg_timexes_get(found, 0)->relative, "anchor - 2 years");
    CHECK_STR("timex.no-anchor.relative-yesterday",
              evg_timexes_get(found, 1)->relative, "anchor - 1 day");
  }
  evg_timexes_free(found);
}

static void test_dateline(void) {
  const char *text = "WASHINGTON, Jan. 27, 2025 — Lawmakers met today.\n";
  evg_date date;
  CHECK("timex.dateline.found", evg_find_text_date(text, strlen(text), &date));
  char iso[32];
  evg_day_format_iso(date.start, iso, sizeof iso);
  CHECK_STR("timex.dateline.value", iso, "2025-01-27");
  CHECK("timex.dateline.none", !evg_find_text_date("No date here.", 13, &date));
  /* a date alone on its line, or set off by a colon, is the text's */
  const char *alone =
      "Rail strike ends\nPublished March 3, 2025\n\nTrains ran.";
  CHECK("timex.dateline.alone-on-line",
        evg_find_text_date(alone, strlen(alone), &date));
  const char *colon = "Updated: 4 May 2024 10:00\nThe vote was held.";
  CHECK("timex.dateline.after-colon",
        evg_find_text_date(colon, strlen(colon), &date));
  /* a date that runs on into a history's first sentence is a happening's:
   * the history is not news of that day */
  const char *history = "The Planet Found on Paper\n\nWhen Herschel found "
                        "Uranus on March 13, 1781, it was the first.\n";
  CHECK("timex.dateline.history-sentence-date",
        !evg_find_text_date(history, strlen(history), &date));
  const char *opening = "Balloons\n\nOn June 4, 1783, the brothers flew.\n";
  CHECK("timex.dateline.history-opening-date",
        !evg_find_text_date(opening, strlen(opening), &date));
}

static void test_hostile(void) {
  /* invalid UTF-8, NUL bytes, huge numbers: no crash, spans in bounds */
  const char text[] = "In 20\xC3\x28 25 \x00 January 99999999999 \xE2\x80"
                      " 2025-13-45 31 February 2024 the 1990s";
  size_t len = sizeof text - 1;
  evg_timexes *found = evg_tag_text(text, len, NULL);
  bool in_bounds = true;
  for (size_t i = 0; i < evg_timexes_count(found); i++)
    in_bounds &=
        evg_timexes_get(found, i)->end <= len &&
        evg_timexes_get(found, i)->start < evg_timexes_get(found, i)->end;
  CHECK("timex.hostile.bounds", in_bounds);
  char got[512];
  format_found(text, found, got, sizeof got);
  /* "31 February" is no date: the month and year still are */
  CHECK_STR("timex.hostile.found", got,
            "January=XXXX-01 | February 2024=2024-02 | the 1990s=199");
  evg_timexes_free(found);
}

/* Texts that end where a rule looks one token further, and amounts that
 * would overflow a day count: the tagger stays in bounds (run under ASan
 * and UBSan by make sanitize). */
static void test_edges(void) {
  const char *const texts[] = {
      ",,,,,,,,,,,,,,,,,,,,Black",
      ",,,,,,,,,,,,,,,,,,,,Cyber",
      "the",
      "Christmas",
      "New",
      "the first",
      "9999999 centuries ago",
      "In 1990 it began. 5879500 years later it ended. 9999999 days later "
      "it fell.",
      "\"",
      "'",
      "between 4 a.m. and",
      "from 7 a.m. to"};
  evg_date anchor;
  const char *error;
  size_t offset;
  evg_date_parse("2025-02-03", 10, &anchor, &error, &offset);
  for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
    evg_timexes *found = evg_tag_text(texts[k], strlen(texts[k]), &anchor);
    bool in_bounds = true;
    for (size_t i = 0; i < evg_timexes_count(found); i++)
      in_bounds &= evg_timexes_get(found, i)->end <= strlen(texts[k]);
    CHECK("timex.edges.bounds", in_bounds);
    evg_timexes_free(found);
  }
}

/* A long text's second half is tokenized on a thread of its own
 * (timex_tokenize_at): the tokens, their sentence, paragraph and
 * quotation numbers must be those of one pass over the whole text. */
static bool same_tokens(const token_list *a, const token_list *b) {
  if (a->count != b->count || a->sentences != b->sentences)
    return false;
  for (size_t k = 0; k < a->count; k++) {
    const token *x = &a->items[k], *y = &b->items[k];
    if (x->start != y->start || x->end != y->end || x->num != y->num ||
        x->sentence != y->sentence || x->quote != y->quote ||
        x->tense != y->tense || x->value != y->value || x->kind != y->kind ||
        x->cls != y->cls || x->digits != y->digits || x->suffix != y->suffix ||
        x->punct != y->punct || x->space_before != y->space_before ||
        x->cap != y->cap || x->sentence_start != y->sentence_start ||
        x->comma != y->comma || x->decimal != y->decimal)
      return false;
  }
  for (size_t k = 0; k < a->sentences; k++)
    if (a->paragraph_of[k] != b->paragraph_of[k])
      return false;
  return true;
}

/* Tokenizes `text` in one part and in two at its split point; checks the
 * split point is where it should be and the tokens are the same. */
static void check_split(const char *name, const char *text, size_t len,
                        bool splits) {
  size_t split = timex_split_point(text, len);
  char label[96];
  snprintf(label, sizeof label, "timex.split.%s.point", name);
  CHECK(label, splits ? split > 0 && split < len && text[split - 1] == '\n'
                      : split == 0);
  token_list one = {0}, two = {0};
  timex_tokenize_at(text, len, 0, &one);
  timex_tokenize_at(text, len, split, &two);
  snprintf(label, sizeof label, "timex.split.%s.same", name);
  CHECK(label, one.count > 0 && same_tokens(&one, &two));
  free(one.items);
  free(one.paragraph_of);
  free(two.items);
  free(two.paragraph_of);
}

/* `piece` repeated into a text of at least `size` bytes, with `middle`
 * written at its middle. */
static char *repeated(const char *piece, const char *middle, size_t size,
                      size_t *len) {
  size_t n = strlen(piece), m = strlen(middle);
  char *text = malloc(size + n + m + 1);
  size_t at = 0;
  while (at < size / 2)
    memcpy(text + at, piece, n), at += n;
  memcpy(text + at, middle, m), at += m;
  while (at < size)
    memcpy(text + at, piece, n), at += n;
  text[at] = '\0';
  *len = at;
  return text;
}

static void test_split_tokenizing(void) {
  static const struct {
    const char *name, *piece, *middle;
    bool splits;
  } cases[] = {
      /* a quotation left open and an abbreviation's period just before the
       * blank line; sentences and paragraphs numbered on past it */
      {"prose",
       "On Jan. 27, 2025, Acme Inc. said \"it will ship on Monday.\" Then "
       "it fell 3.5%.\n\n",
       "He said \"we will see Corp.\n\n", true},
      {"crlf", "It rose on 3 March 1990s.\r\n\r\n", "Smith Inc.\r\n\r\n \t",
       true},
      /* more than 65,535 quotations before the split (two a piece): their
       * numbers wrap */
      {"quotes",
       "\"a\" \xE2\x80\x9C"
       "b\xE2\x80\x9D ",
       "\n\n\xC2\xA0\"c ", true},
      /* no blank line from the middle on: one part */
      {"no-blank", "One sentence after another.\n", "", false},
  };
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    size_t len;
    char *text = repeated(cases[k].piece, cases[k].middle, 1000000, &len);
    check_split(cases[k].name, text, len, cases[k].splits);
    free(text);
  }
  /* a first half of white space only: no token before the split */
  size_t len = 400000;
  char *text = malloc(len + 1);
  memset(text, '\n', len / 2 + 2);
  memset(text + len / 2 + 2, 'x', len / 2 - 2);
  memcpy(text + len / 2 + 2, "On Monday \"it\" fell.", 20);
  text[len] = '\0';
  check_split("blank-first", text, len, true);
  free(text);
}

/* `years` sentences naming a far year, a month, `filler` sentences with no
 * time, then `deictic` ones saying "yesterday": in a long text the years
 * and the deictic words fall in different halves of the narrative count,
 * which two threads count. */
static char *narrative_text(size_t years, size_t filler, size_t deictic,
                            size_t *len) {
  static const char *const pieces[] = {
      "Troops landed in 1944. ", "In June the parliament met. ",
      "The men marched on. ", "He left yesterday. "};
  const size_t counts[] = {years, 1, filler, deictic};
  size_t size = 1;
  for (int k = 0; k < 4; k++)
    size += counts[k] * strlen(pieces[k]);
  char *text = malloc(size), *at = text;
  for (int k = 0; k < 4; k++)
    for (size_t i = 0; i < counts[k]; i++)
      at += sprintf(at, "%s", pieces[k]);
  *len = (size_t)(at - text);
  return text;
}

/* Far years more than four times the deictic words: a narrative, whose
 * June is the story's year, else the anchor's; a long text (over 131,072
 * tokens, counted in two halves) as a short one. */
static void test_narrative_count_halves(void) {
  static const struct {
    const char *name;
    size_t years, filler, deictic;
    const char *june;
  } cases[] = {
      {"short-narrative", 100, 0, 10, "1944-06"},
      {"short-news", 100, 0, 30, "2009-06"},
      {"long-narrative", 20000, 20000, 4000, "1944-06"},
      {"long-news", 20000, 20000, 6000, "2009-06"},
  };
  evg_date anchor;
  const char *error = NULL;
  size_t offset = 0;
  evg_date_parse("2009-12-19", 10, &anchor, &error, &offset);
  for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    size_t len;
    char *text =
        narrative_text(cases[k].years, cases[k].filler, cases[k].deictic, &len);
    evg_timexes *found = evg_tag_text(text, len, &anchor);
    const char *june = "(none)";
    for (size_t i = 0; i < evg_timexes_count(found); i++) {
      const evg_timex *t = evg_timexes_get(found, i);
      if (t->end - t->start == 4 && memcmp(text + t->start, "June", 4) == 0)
        june = t->value;
    }
    char label[96];
    snprintf(label, sizeof label, "timex.narrative-halves.%s", cases[k].name);
    CHECK_STR(label, june, cases[k].june);
    evg_timexes_free(found);
    free(text);
  }
}

/* evg_timexes_at (the extraction's inline read of an expression it knows
 * is there) gives the expression evg_timexes_get does, across the
 * list's segments (64, then 128, 256 ... expressions). */
static void test_timexes_at(void) {
  evg_buf text = {0};
  for (int k = 0; k < 500; k++)
    evg_buf_printf(&text, "It rose on May %d, %d. ", k % 28 + 1, 1900 + k);
  evg_timexes *found = evg_tag_text(text.data, text.len, NULL);
  size_t count = evg_timexes_count(found), same = 0;
  for (size_t i = 0; i < count; i++)
    same += evg_timexes_at(found, i) == evg_timexes_get(found, i);
  CHECK("timex.list.at-count", count == 500);
  CHECK("timex.list.at-same", same == count);
  evg_timexes_free(found);
  evg_buf_free(&text);
}

/* The keyword table is built on first use: threads that tag at once all
 * see it whole. */
typedef struct {
  const char *text;
  char got[256];
} tagging;

static void *tag_in_thread(void *arg) {
  tagging *job = arg;
  evg_date anchor;
  const char *error;
  size_t offset;
  evg_date_parse("2025-02-03", 10, &anchor, &error, &offset);
  evg_timexes *found = evg_tag_text(job->text, strlen(job->text), &anchor);
  format_found(job->text, found, job->got, sizeof job->got);
  evg_timexes_free(found);
  return NULL;
}

static void test_threads(void) {
  tagging jobs[4];
  pthread_t threads[4];
  for (int k = 0; k < 4; k++) {
    jobs[k].text = "The board said on Monday it would meet next week.";
    pthread_create(&threads[k], NULL, tag_in_thread, &jobs[k]);
  }
  for (int k = 0; k < 4; k++) {
    pthread_join(threads[k], NULL);
    CHECK_STR("timex.threads.same", jobs[k].got,
              "Monday=2025-02-03 | next week=2025-W07");
  }
}

int main(void) {
  test_threads(); /* first: the table is built while they run */
  test_rows();
  test_start_masks();
  test_relative_forms_without_anchor();
  test_dateline();
  test_hostile();
  test_edges();
  test_split_tokenizing();
  test_narrative_count_halves();
  test_timexes_at();
  UNIT_EXIT();
}
