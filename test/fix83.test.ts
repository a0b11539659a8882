/**
 * Helper fix83: eight invented news articles in styles the earlier probes left
 * out (a defence briefing with long titled speakers, a football match report
 * with "said the 38-year-old", a parliamentary debate in Hansard style, an
 * earnings call write-up, a police log, a school-board story that names
 * parents and students by first name after the first mention, a celebrity
 * piece with a nickname and social-media posts, and an explainer with
 * "critics say", "supporters argue", "experts warn" and "according to"),
 * kept as fixtures in test/fixtures/fix-83/, each checked row by row:
 * [content, speaker name, cue] with default options (every row also with
 * every category on). Defects left open are `it.todo` rows naming the input
 * and the expected output; the rows they leave wrong are marked "open" in
 * the tables.
 *
 * Fixed on the way:
 * - a capitalised participle before its subject's noun and the noun's verb
 *   ("Allied navies will hold drills, X said") opens the content, as
 *   "Armed men stormed the bank" did (it was read as an introductory
 *   participle, "Asked whether ...", and nothing was reported);
 * - a participle before a noun inside a speaker's description ("the
 *   commander of allied forces in the Pacific, Admiral Jo Park") keeps the
 *   description whole, so the content ends before it;
 * - an unknown first name alone stands for the two-word person's name it
 *   opened before ("Kezia" after "Sophomore Kezia Lund"); "freshman" and
 *   "sophomore" are titles as "senior" and "junior" are;
 * - "the 29-year-old singer" (an age and a singular noun for a person)
 *   stands for the one person named just before, as "the 29-year-old" does;
 * - a nickname in quotation marks inside a name ('Savannah "Sav"
 *   Delacourt') stands for the name when used alone ("Sav said");
 * - a base form after "and" that goes on a modal of the content ("says it
 *   will monitor side streets and add speed bumps") is no second report of
 *   the speaker's: the content goes on through it.
 * Sentences, articles and names are invented.
 */
import { describe, expect, it, test } from 'vitest';
import { EVERY, fixtureText, rowsOf, type Row } from './support/fix-rows.js';

const both = (text: string, expected: Row[]): void => {
  expect(rowsOf(text)).toEqual(expected);
  expect(rowsOf(text, EVERY)).toEqual(expected);
};

describe("fix83: a participle before the subject's noun opens the content", () => {
  test.each([
    ['Allied navies will hold drills next month, Jo Park said.', [['Allied navies will hold drills next month', 'Jo Park', 'said']]],
    ['Elected officials should listen to voters, Ada Brook said.', [['Elected officials should listen to voters', 'Ada Brook', 'said']]],
    ['Trained nurses will hold a rally on Friday, the union said.', [['Trained nurses will hold a rally on Friday', 'the union', 'said']]],
    // an introductory participle is still no content
    ['Asked whether he would run, Tom Reyes said no.', [['whether he would run', null, 'Asked'], ['no', 'Tom Reyes', 'said']]],
    ['Pressed on the matter, Tom Reyes said nothing.', []],
  ] as [string, Row[]][])('%s', both);
});

describe("fix83: a participle inside a speaker's description", () => {
  test.each([
    ['The fleet will sail on Monday, the commander of allied forces in the Pacific, Admiral Jo Park, said.', [['The fleet will sail on Monday', 'Jo Park', 'said']]],
    ['Taxes will rise, the leader of elected officials, Ada Brook, said.', [['Taxes will rise', 'Ada Brook', 'said']]],
    // no participle, as before
    ['The fleet will sail on Monday, the head of the navy, Admiral Jo Park, said.', [['The fleet will sail on Monday', 'Jo Park', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('fix83: a first name alone after the full name', () => {
  test.each([
    ['Parent Jonah Whitlock spoke first. "I have three kids," Jonah said.', [['I have three kids,', 'Jonah Whitlock', 'said']]],
    ['Sophomore Kezia Lund disagreed. "I would rather fail," Kezia said.', [['I would rather fail,', 'Kezia Lund', 'said']]],
    ['Senior Aiden Marchetti told the board that his friends worked. "We lose shifts," Aiden said.', [['his friends worked', 'Aiden Marchetti', 'told'], ['We lose shifts,', 'Aiden Marchetti', 'said']]],
    // a word after an article opens no person's name: "the Velo Express" is a thing
    ['Fans rode the Velo Express to the match. "It was packed," Velo said.', [['It was packed,', 'Velo', 'said']]],
    // the word used alone before the longer name: it is not that name's first name
    ['Velo said the team was ready. Velo Express tickets sold out. "We are thrilled," Velo said.', [['the team was ready', 'Velo', 'said'], ['We are thrilled,', 'Velo', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('fix83: "the 29-year-old singer" is the person named just before', () => {
  test.each([
    ['Ada Moss won. "I need a rest," the 29-year-old singer said.', [['I need a rest,', 'Ada Moss', 'said']]],
    ['Tom Reyes, 41, was arrested on Friday. The 41-year-old man told officers that he was lost.', [['he was lost', 'Tom Reyes', 'told']]],
    // the age alone, as before
    ['Ada Moss won. "I need a rest," the 29-year-old said.', [['I need a rest,', 'Ada Moss', 'said']]],
    // two people before it: no one
    ['Ada Moss beat Lena Ortiz. "I need a rest," the 29-year-old singer said.', [['I need a rest,', 'the 29-year-old singer', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('fix83: a nickname in quotation marks inside a name', () => {
  test.each([
    ['Pop star Savannah "Sav" Delacourt took a year off. Fans cheered. "I need a rest," Sav said.', [['I need a rest,', 'Savannah Delacourt', 'said']]],
    ['Producer Marcus “Mo” Fairweather spoke first. Later, Mo told reporters that the album was done.', [['the album was done', 'Marcus Fairweather', 'told']]],
    // no nickname: the one word stays itself
    ['Pop star Savannah Delacourt took a year off. Fans cheered. "I need a rest," Sav said.', [['I need a rest,', 'Sav', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('fix83: a base form after a modal of the content is no second report', () => {
  test.each([
    ['The department says it will monitor side streets and add speed bumps where needed.', [['it will monitor side streets and add speed bumps where needed', 'The department', 'says']]],
    ['Tom Reyes said he would fix the roof and tell the tenants.', [['he would fix the roof and tell the tenants', 'Tom Reyes', 'said']]],
    // a finite cue after "and" is the speaker's second report, as before
    ['Ada Moss said the plan works and added that it is cheap.', [['the plan works', 'Ada Moss', 'said'], ['it is cheap', 'Ada Moss', 'added']]],
    // a base-form cue coordinated with a base-form cue, as before
    ['Ada Moss will say the plan works and add that it is cheap.', [['the plan works', 'Ada Moss', 'will say'], ['it is cheap', 'Ada Moss', 'add']]],
  ] as [string, Row[]][])('%s', both);
});

/** Each article's attributions with default options, in order. */
const ARTICLES: [string, Row[]][] = [
  ['defence', [
    ["Allied navies will hold their largest joint exercise in a decade next month", "Jo Park", "said"],
    ["the drills would involve more than 40 ships and 200 aircraft from nine countries", "Jo Park", "said"],
    ["This is not aimed at any one nation, It is aimed at keeping the sea lanes open for everyone.", "Jo Park", "said"],
    ["two submarines would take part for the first time", "Rufus Terranova", "told"],
    // ("declined to say where ..." stays a report: the news corpus we measure on marks every "declined to say" +
    // content as an attribution; only the bare "declined to comment" is boilerplate)
    ["where they would be based", "Rufus Terranova", "say"],
    ["the exercise had been planned for more than a year", "Imre Vasko", "said"],
    ["Nothing about the timing is a message,", "Imre Vasko", "said"],
    ["the scale of the drills \"sends a signal whether they admit it or not.\"", "Delphine Arkwright", "said"],
    ["whether the exercise would pass through disputed waters", null, "was asked"],
    ["We will sail where international law allows us to sail,", "Jo Park", "said"],
    ["observers from three neutral countries had been invited", "The ministry", "said"],
  ]],
  ['football', [
    ["I have been in this game for thirty years and I have never seen a dressing room like that at half-time, Nobody shouted. They just looked at each other and decided.", "Gideon Stroud", "said"],
    ["his captain, Callum Birtwhistle, had spoken to the players before the restart", "Gideon Stroud", "said"],
    ["The gaffer gave us the plan, I just repeated it louder,", "Callum Birtwhistle", "said"],
    ["I closed my eyes and hit it, When I opened them, everyone was on top of me.", "Oluwaseun Brady", "said"],
    ["her side had \"switched off\" after the break", "Marta Lindgren", "said"],
    ["she would not blame the referee for the second goal", "Marta Lindgren", "told"],
    ["We were the better team for an hour, and that counts for nothing,", "Marta Lindgren", "said"],
  ]],
  ['hansard', [
    ["the courts were used for fewer than two days a week", "Miranda Oakhurst", "said"],
    ["Mr Speaker, we cannot keep paying for buildings that stand empty,", "Miranda Oakhurst", "told"],
    ["the closures would force victims to travel up to 60 miles for a hearing", "Percival Dunmore", "said"],
    ["Justice that is out of reach is no justice at all,", "Percival Dunmore", "said"],
    ["video hearings would be available in every library in the affected counties", "Miranda Oakhurst", "replied"],
    ["Will the Secretary of State tell the House how many of those libraries are open after five o'clock?", "Hester Quayle", "asked"],
    ["she would write to the honourable lady with the figures", "Miranda Oakhurst", "said"],
    ["the government of \"closing courts by stealth.\"", "Ambrose Kettering", "accused"],
    ["the opposition would force a vote on the plan next week", "Ambrose Kettering", "said"],
    // "called for order" reports nothing (fixed by lead57)
  ]],
  ['earnings', [
    ["a 12 percent rise in third-quarter revenue on Thursday, beating forecasts, as shoppers kept buying its frozen meals despite higher prices", "Brindlewood Foods", "reported"],
    ["net income rose to $214 million, or 88 cents a share, from $180 million a year earlier", "Brindlewood Foods", "said"],
    ["Our customers are trading down from restaurants, and we are catching them, We expect that to continue through the holidays.", "Nadia Whitcombe", "said"],
    ["the company had raised prices by about 4 percent in the quarter", "Lars Eberhardt", "said"],
    ["costs for packaging had started to fall", "Lars Eberhardt", "told"],
    ["whether the price increases had already peaked", "Priya Ramaswamy", "asked"],
    ["the company did not plan further increases this year", "Lars Eberhardt", "said"],
    ["The guidance looks conservative to me,", "Priya Ramaswamy", "wrote"],
  ]],
  ['blotter', [
    ["The following incidents", null, "were reported"],
    ["someone had taken a bicycle from her porch overnight", "A resident of Orchard Lane", "reported"],
    ["there were no suspects", "Millbrook Police Department", "said"],
    ["another car had struck his mirror in the parking lot of Dunmore Plaza and left", "A driver", "told"],
    ["The other driver was later found and cited", "Millbrook Police Department", "said"],
    ["Officers asked the residents to turn it down", "the log", "according to"],
    ["a deer trapped in a fence near Halvorsen Park", "A jogger", "reported"],
    ["a man had left without paying for two bottles of wine", "A store manager on Main Street", "said"],
    ["He walked out like he owned the place,", "A store manager on Main Street", "told"],
    ["most thefts in town could be prevented", "Tabitha Orloff", "said"],
    ["Lock your car and bring the bike inside,", "Tabitha Orloff", "said"],
  ]],
  ['schoolboard', [
    ["the change followed research showing teenagers need more sleep", "Loretta Vance", "said"],
    ["We kept hearing the same thing from students, and this time we listened,", "Loretta Vance", "said"],
    ["the later start would make it harder for him to get to work", "Jonah Whitlock", "said"],
    ["I have three kids at three different schools, Somebody has to drive them.", "Jonah Whitlock", "said"],
    ["her daughter had been falling asleep in first period since September", "Beatriz Colón", "said"],
    ["most of his classmates worked after school", "Aiden Marchetti", "told"],
    ["If we start later, we finish later, and we lose shifts,", "Aiden Marchetti", "said"],
    ["I would rather lose a shift than fail chemistry,", "Kezia Lund", "said"],
    ["bus schedules would be redrawn over the summer", "Harold Quist", "said"],
    ["the district expected to save about $40,000 a year on buses", "Harold Quist", "said"],
  ]],
  ['celebrity', [
    ["she is taking a year off from touring", "Savannah Delacourt", "has confirmed"],
    // ("Pop star" before the name is no second person: the 29-year-old singer is Savannah Delacourt)
    ["I need to be a person for a while, not a product,", "Savannah Delacourt", "wrote"],
    ["she would use the time to write and to visit her grandmother in Tallow Creek", "Savannah Delacourt", "said"],
    ["Take all the time you need, we will be here,", "one fan", "posted"],
    ["he was proud of her", "Marcus Fairweather", "said"],
    ["She has given everything for six years, She has earned a breath.", "Marcus Fairweather", "told"],
    ["the singer would still release a single in the autumn", "A representative for Delacourt", "said"],
    // open: a post of emojis is no report (todo below)
    ["a string of heart emojis", "Tiffany Rourke", "posted"],
    ["Proud of you, sis.", "Tiffany Rourke", "wrote"],
    // ("she" after "Sav later thanked fans" is Savannah Delacourt: "Sav" is her nickname)
    ["You guys are the reason I can do this at all,", "Savannah Delacourt", "said"],
  ]],
  ['explainer', [
    ["the toll will cut traffic and pay for new buses", "Supporters", "argue"],
    ["Every dollar raised goes back into transit,", "Evelyn Marsh", "said"],
    ["the toll falls hardest on workers who cannot choose when they travel", "Critics", "say"],
    ["A nurse cannot start her shift at ten just to save three dollars,", "Rafael Duarte", "said"],
    ["tolls often push traffic onto side streets", "Experts", "warn"],
    ["traffic on nearby roads rose by 15 percent after a similar toll opened in Kessington", "Pelham Institute", "According to"],
    ["it will monitor side streets and add speed bumps where needed", "The state transport department", "says"],
    ["drivers adjust within months", "Ingrid Haldorsen", "said"],
    ["People complain for a year, then they forget they ever paid nothing,", "Ingrid Haldorsen", "said"],
    ["Lawmakers are expected to vote next month", "the governor's office", "according to"],
  ]],
];

/** Open rows that every category's cues widen (checked on their own below). */
const EVERY_WIDER: ReadonlySet<string> = new Set(['where they would be based']);

describe('fix83: the invented articles, row by row', () => {
  test.each(ARTICLES)('%s', (name, expected) => {
    expect(rowsOf(fixtureText('fix-83', name))).toEqual(expected);
  });
  test.each(ARTICLES.filter(([name]) => name !== 'celebrity'))('%s with every category keeps its rows', (name, expected) => {
    const rows = rowsOf(fixtureText('fix-83', name), EVERY);
    for (const row of expected) if (!EVERY_WIDER.has(row[0])) expect(rows).toContainEqual(row);
  });
  test('the defence briefing, with every category, reads "declined" as the cue (still open)', () => {
    expect(rowsOf(fixtureText('fix-83', 'defence'), EVERY)).toContainEqual(['to say where they would be based', 'Rufus Terranova', 'declined']);
  });
  test('the celebrity piece, with every category, credits "Sav later thanked fans" to Savannah Delacourt', () => {
    const rows = rowsOf(fixtureText('fix-83', 'celebrity'), EVERY);
    expect(rows).toContainEqual(['fans in a short video', 'Savannah Delacourt', 'later thanked']);
  });
  it.todo('celebrity: "Delacourt\'s former bandmate Tiffany Rourke posted a string of heart emojis and wrote: ..." -> no report for "a string of heart emojis" (now Tiffany Rourke, posted)');
});
