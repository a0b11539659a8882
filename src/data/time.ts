/**
 * Words for days, months and times, which name no speaker and often stand
 * between a cue and its content ("said on Monday").
 * @internal
 */

/** The seven weekdays, lower-case ("on Tuesday"). */
const WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** {@link WEEKDAYS} as a set: "on Monday" after an object is the day of the act the object names ("praised the plan on Monday"). */
export const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAYS);

/** Days of the week and the days around today, lower-case. */
export const DAY_WORDS: readonly string[] = [...WEEKDAYS, 'today', 'tonight', 'yesterday', 'tomorrow'];

/** {@link DAY_WORDS} as a set: a capitalised one opening a sentence before a name is no part of it ("Yesterday Lena Fischer said"). */
export const DAY_SET: ReadonlySet<string> = new Set(DAY_WORDS);

/** Months, lower-case. */
export const MONTH_WORDS: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

/** Months cut short as news writes them, lower-case without the period ("Oct." -> "oct"). */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Other words of time that may follow a cue. */
export const TIME_ADVERBS: readonly string[] = ['recently', 'earlier', 'later', 'last', 'week', 'month', 'year', 'morning', 'evening', 'night', 'afternoon', 'weekend'];

/** {@link DAY_WORDS} and {@link TIME_ADVERBS} together: time words that may stand next to a cue ("said Tuesday"). */
export const TIME_WORDS: ReadonlySet<string> = new Set([...DAY_WORDS, ...TIME_ADVERBS]);

/** Words that open a time phrase: "on Friday", "last week", "this morning" (`speakers/find/time-phrase.ts`). */
export const TIME_LEADS: ReadonlySet<string> = new Set(['on', 'last', 'this', 'early', 'late', 'earlier', 'later', 'next', 'in']);
/** Words a time phrase before a verb is made of (not {@link TIME_WORDS}, which also holds "later" and "earlier"). */
export const TIME_PHRASE_WORDS: ReadonlySet<string> = new Set([...DAY_WORDS, ...MONTH_WORDS, ...TIME_ADVERBS.filter((w) => w !== 'recently' && w !== 'later' && w !== 'earlier'), 'past']);

/**
 * Nouns of spans of time, singular and plural, which own no words ("the
 * week's claim", "last year's promise" name no speaker).
 */
export const TIME_NOUNS: readonly string[] = [
  'moment', 'minute', 'hour', 'day', 'night', 'morning', 'afternoon', 'evening', 'week', 'weekend', 'month', 'quarter', 'season',
  'year', 'decade', 'century', 'era', 'age', 'term', 'cycle',
].flatMap((w) => [w, `${w}s`]);

/** {@link TIME_NOUNS} as a set: "The night the levee broke, ..." opens with one. */
export const TIME_NOUN_SET: ReadonlySet<string> = new Set(TIME_NOUNS);

/**
 * Units of time and clock times after a number: a number before one is a time
 * or a span, not a figure reported ("reported at 6 a.m.", "reported 10 minutes
 * late", "reported over 20 years").
 */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'a.m.', 'p.m.', 'a.m', 'p.m', 'am', 'pm', "o'clock",
  ...['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade'].flatMap((w) => [w, `${w}s`]),
]);

/**
 * Words that go on from a clock time written "a.m." or "p.m." when they start
 * with a capital, lower-case: time zones and their parts, days and months
 * (full or cut short), as in "9 a.m. Eastern", "6 p.m. GMT", "10 a.m. Monday",
 * "8 p.m. Jan. 5". Any other capitalised word after the clock time starts a
 * new sentence ("opened at 9 a.m. Officials said ..."), and so does any
 * word in capitals of more than five letters.
 */
export const CLOCK_TIME_FOLLOWERS: ReadonlySet<string> = new Set([
  ...DAY_WORDS, ...MONTH_WORDS,
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'eastern', 'central', 'mountain', 'pacific', 'atlantic', 'alaska', 'hawaii', 'local', 'standard', 'daylight', 'summer',
  'time', 'british', 'greenwich', 'european', 'universal', 'coordinated', 'zulu',
]);

/** Nouns of an occasion counted: "for the first time", "for the third time this year". */
export const OCCASION_NOUNS: ReadonlySet<string> = new Set(['time', 'times']);

/**
 * Nouns of a length or a count after "about a(n)" or a number, which make
 * "about" mean "roughly": the units of time and "dozen" ("spoke for about an
 * hour", "talked to about a dozen pilots").
 */
export const SPAN_UNITS: ReadonlySet<string> = new Set([...TIME_UNITS, 'dozen', 'dozens']);

/** Words of time that are no label after the object of "call": "called a cab this morning", "called the office every day". */
export const TIME_LABEL: ReadonlySet<string> = new Set([...TIME_WORDS, ...TIME_NOUNS]);

/**
 * Words that open a time adjunct after a cue ("said this week", "said early
 * Tuesday", "said late on Friday") but, before a noun that names no time, are
 * the determiner or adjective of the reported clause's subject ("said this
 * plan would fail", "said early results were good", "said late payments had
 * doubled").
 */
export const TIME_OR_SUBJECT_OPENERS: ReadonlySet<string> = new Set(['this', 'early', 'late']);

/** Words before a word of time that open a time phrase: "this morning", "every day", "last week", "that night". */
export const TIME_DETERMINERS: ReadonlySet<string> = new Set(['this', 'that', 'every', 'last', 'next']);

/** Parts of a day that may follow a weekday or "yesterday": "Tuesday morning", "Friday night". */
export const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);

/** Words that move a time phrase earlier or later in its span: "late on Friday", "early Tuesday". */
export const TIME_EDGE_WORDS: ReadonlySet<string> = new Set(['early', 'late']);

/**
 * Adjectives that, between an article and a word of time, make a time phrase
 * rather than an object: "the previous month", "the following day", "the
 * same week", "the entire year" (unlike "a chaotic night").
 */
export const TIME_PHRASE_ADJECTIVES: ReadonlySet<string> = new Set([
  'previous', 'past', 'following', 'coming', 'same', 'first', 'second', 'third', 'final', 'prior', 'preceding', 'current',
  'entire', 'whole', 'early', 'late', 'opening', 'closing', 'next', 'last',
]);

/** The seasons, which make a time phrase after {@link TIME_DETERMINERS}: "next spring", "last fall", "every summer". */
export const SEASON_WORDS: ReadonlySet<string> = new Set(['spring', 'summer', 'fall', 'autumn', 'winter']);

/** Determiners that open a time phrase, not an object, after a cue: "said this week", "reported each day". */
export const TIME_PHRASE_DETERMINERS: ReadonlySet<string> = new Set([...TIME_DETERMINERS, 'each']);

/** Words that close a time phrase measured from another time: "wrote two days ago", "reported a few days later". */
export const RELATIVE_TIME_WORDS: ReadonlySet<string> = new Set(['ago', 'later', 'earlier']);

/**
 * Words that open a time aside rather than an appositive after a speaker
 * ("Tom Reyes, Monday,", "The union, this week,", "said Ada Moss, last
 * year."): days, months, and the determiners of a time phrase.
 */
export const TIME_ASIDE_OPENERS: ReadonlySet<string> = new Set([...DAY_WORDS, ...MONTH_WORDS, ...TIME_ADVERBS, ...TIME_PHRASE_DETERMINERS]);

/**
 * Words that name a time themselves: days, months and the nouns of spans of
 * time ("called on Tuesday", "called for years", "called on this week").
 */
export const TIME_POINT_WORDS: ReadonlySet<string> = new Set([...DAY_WORDS, ...MONTH_WORDS, ...TIME_NOUNS]);

/**
 * Prepositions that open how long or since when something held, before a span
 * or a point of time: "read "Closed" for a week", "stayed up until March".
 */
export const DURATION_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'until', 'till', 'since', 'throughout']);

/** Times of the day named by a noun: "talked about midnight" names a time, no topic. */
export const CLOCK_WORDS: readonly string[] = ['noon', 'midnight', 'midday', 'dawn', 'dusk'];

/** The month words as a set (`MONTH_WORDS`). */
export const MONTH_SET: ReadonlySet<string> = new Set(MONTH_WORDS);

/** Day and month words together, as a set ("on Monday", "in March"). */
export const DAY_OR_MONTH: ReadonlySet<string> = new Set([...DAY_WORDS, ...MONTH_WORDS]);

/** Words of time that may open a time possessive with the day's or week's word: "this week's", "last year's". */
export const TIME_POSSESSIVE_OPENERS: ReadonlySet<string> = new Set(['this', 'last', 'next']);

/** Prepositions that open a time adjunct between a cue and its infinitive: "vowed on Tuesday to", "pledged in March to". */
export const TIME_START_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in']);

/**
 * {@link TIME_WORDS} and the months: days, months and other time words, after
 * which a name opens the clause ("said on Monday Ann Lee would run"), and which
 * end an object ("confirmed the report on Tuesday", "in March").
 */
export const TIME_OR_MONTH_WORDS: ReadonlySet<string> = new Set([...TIME_WORDS, ...MONTH_WORDS]);

/** Words that make a time unit a point in time: "last year", "this week". */
export const RELATIVE_TIME_DETERMINERS: ReadonlySet<string> = new Set(['last', 'this', 'next', 'that']);

/** Prepositions of a time adjunct that may close a stance's object: "defended the bridge for two days". */
export const TIME_ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'for', 'during', 'since', 'until', 'through', 'over']);

/** Time words that may end an adjunct: "on Monday", "for two days", "in May". */
export const ADJUNCT_TIME_WORDS: ReadonlySet<string> = new Set([...TIME_WORDS, ...TIME_NOUNS, ...MONTH_WORDS]);

/** Prepositions that open a time adjunct: "in 2019", "for years", "since May", "in coming weeks". */
export const STANCE_TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'for', 'during', 'since', 'over', 'until', 'through']);

/** Words that open the time of a poll: "in March", "last week", "this month". */
export const OPT_IN_WHEN_OPENERS: ReadonlySet<string> = new Set(['in', 'last', 'this']);

/** Heads of time phrases that open a sentence and are no subject: "Each election cycle, ...". */
export const NO_CUE_TIME_HEADS: ReadonlySet<string> = new Set(['cycle', 'year', 'years', 'week', 'weeks', 'month', 'months', 'day', 'days', 'time', 'night', 'morning', 'evening', 'season']);

/**
 * Words that count the span of time that led up to the words, after "after",
 * "amid" or "following" and before its unit and "of": "after a week of
 * criticism", "following several months of protests" (one word only, unlike
 * {@link SPAN_COUNTS}; `reported/boundary/second-clause.ts`).
 */
export const CIRCUMSTANCE_SPAN_COUNTS: ReadonlySet<string> = new Set(['a', 'an', 'several', 'many', 'few', 'two', 'three', 'four', 'five', 'six']);

/** Words that count a span of time before its unit: "a few", "a couple of", "two", "several". */
export const SPAN_COUNTS: ReadonlySet<string> = new Set(['a', 'an', 'few', 'couple', 'of', 'several', 'some', 'many']);

/** Words that may open a short time phrase right after a cue: "said on Tuesday", "said this week", "said last month". */
export const CUE_TIME_LEADS: ReadonlySet<string> = new Set(['on', 'this', 'last']);

/** Words of rough measure before a span of time ago: "about a month ago", "nearly two weeks ago". */
export const TIME_APPROXIMATORS: ReadonlySet<string> = new Set(['about', 'nearly', 'just', 'only', 'some', 'almost']);

/** Nouns of time that end an adjunct before a "that" clause, which then is no relative: "said last week that", "said this morning that". */
export const ADJUNCT_END_TIME_NOUNS: ReadonlySet<string> = new Set(['week', 'weeks', 'month', 'months', 'year', 'years', 'day', 'days', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'time', 'times']);

/** Words that name the time of a poll right before its cue: "A Gazette poll in March found ...", "a poll last week". */
export const POLL_WHEN_WORDS: ReadonlySet<string> = new Set([...DAY_WORDS, ...MONTH_WORDS, 'week', 'month', 'year', 'weekend']);

/** Words of time, which own no words: "the week's claim", "Monday's warning". */
export const TIME_OWNERS: ReadonlySet<string> = new Set([...DAY_WORDS, ...MONTH_WORDS, ...TIME_NOUNS]);

/** Names of months and times of day, which are times, not topics: "spoke about March" is rare, "talked about midnight" a time. */
export const NON_TOPIC_TIMES: ReadonlySet<string> = new Set([...MONTH_WORDS, ...CLOCK_WORDS]);

/** Comparatives before "than" and a span with "ago": "less than two weeks ago" (`speakers/find/before/subject-end.ts`). */
export const AGO_COMPARATIVES: ReadonlySet<string> = new Set(['less', 'more']);

/** Prepositions before a year: "who in 2010 said", "and since 2012 has said" (`speakers/find/coordinated-time.ts`). */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'since']);

/** {@link YEAR_PREPOSITIONS} and "from", before a year inside a subject's tail (`speakers/find/before/subject-end.ts`). */
export const YEAR_TAIL_PREPOSITIONS: ReadonlySet<string> = new Set([...YEAR_PREPOSITIONS, 'from']);

/** Adverbs after a relative span that tell its direction: "two days earlier", "a week later" (`reported/asked-for.ts`). */
export const SPAN_DIRECTION_ADVERBS: ReadonlySet<string> = new Set(['earlier', 'later']);

/** Words that close a time phrase only after a lead or "past": "last spring", "this past fall", "past noon" (`speakers/find/time-phrase.ts`). */
export const LED_TIME_WORDS: ReadonlySet<string> = new Set([...SEASON_WORDS, ...CLOCK_WORDS]);

/** Leads after which {@link LED_TIME_WORDS} close a time phrase: "last spring", "late winter" (`speakers/find/time-phrase.ts`). */
export const SEASON_LEADS: ReadonlySet<string> = new Set(['last', 'this', 'next', 'past', 'early', 'late']);

/** Leads of a time phrase that an edge word ({@link TIME_EDGE_WORDS}) may stand before: "late on Friday", "early last week" (`speakers/find/time-phrase.ts`). */
export const EDGED_TIME_LEADS: ReadonlySet<string> = new Set(['on', 'in', 'last', 'this']);

/** A year written in figures, 1800 to 2099: "in 2019", "since 1998", "Oct. 3, 2019". Matched against a token's text. */
export const YEAR = /^(1[89]|20)\d\d$/;

/**
 * Words of time that, right after a "that" with no verb after it to the
 * sentence's end, show the "that" to be a pronoun object: "He said that last
 * year.", "She told me that yesterday.", "I have said that before." (nothing
 * reported; "said that last year the plant lost money" has its verb and stays).
 */
export const THAT_OBJECT_TIME_WORDS: ReadonlySet<string> = new Set([...TIME_WORDS, 'before', 'again', 'next', 'this']);

/**
 * Time zones written after a live blog's time stamp, in capitals: "16:30 GMT A
 * shelter has opened, the council says." (`timestampLength` in prepare/lookup.ts).
 */
export const TIME_ZONES: ReadonlySet<string> = new Set([
  'GMT', 'UTC', 'BST', 'CET', 'CEST', 'EET', 'EEST', 'WET', 'ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'MT', 'MST', 'MDT', 'PT', 'PST', 'PDT',
  'AEST', 'AEDT', 'IST', 'JST', 'HKT', 'SGT',
]);

/**
 * Marks of the half of the day after a live blog's time stamp, read lower-case:
 * "9:05 am A shelter has opened, the council says.", "9:05 p.m. ..."
 * (`timestampLength` in prepare/lookup.ts).
 */
export const STAMP_MERIDIEMS: ReadonlySet<string> = new Set(['am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m']);

/**
 * Prepositions that open a time phrase between a cue and "as": "described at
 * the time as ...", "described in 2009 as ...", "described on Monday as ..."
 * (reported/boundary/time-before-as.ts).
 */
export const TIME_PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'on', 'during']);

/** Nouns of a time phrase before "as" besides {@link TIME_LABEL}: "at the time", "at that point", "at the outset". */
export const AS_TIME_NOUNS: ReadonlySet<string> = new Set(['time', 'point', 'outset']);
