/**
 * Helper fix85: eight invented news articles in styles the earlier probes left
 * out (a local TV news transcript with ANCHOR: and REPORTER (on camera):
 * lines and sound bites under a name line in capitals; a university press
 * release about a study, "said lead author", "Co-author ... said", "added";
 * a Supreme Court ruling summary, "wrote for the majority", "In a dissent",
 * "The court held that"; a live-updates page on a wildfire with timestamps;
 * a financial markets wrap, "said Jane Dorsey, chief strategist at ...",
 * "Traders said", "according to data from"; a present-tense magazine profile,
 * "she says, laughing"; a parliamentary committee hearing with questions and
 * answers; a travel story quoting readers by first name, age and town), kept
 * as fixtures in test/fixtures/fix-85/, each checked row by row: [content,
 * speaker name, cue] with default options (every row also with every category
 * on). Defects left open are `it.todo` rows naming the input and the expected
 * output; the rows they leave wrong are marked "open" in the tables.
 *
 * Fixed on the way:
 * - "asked Cook whether ...", "asked Ravel when ...": a capitalised word the
 *   tagger read as a verb, right after the cue and before a question word,
 *   is the one asked (the question was lost);
 * - "Traders said selling picked up ...": a past form right after a bare
 *   gerund is its clause's verb (the report was lost);
 * - "The court held that ...": "hold" reports a ruling with "that" and a
 *   clause after it ("held a rally", "held that post" report nothing);
 * - a transcript's label in capitals takes the text's own spelling of the
 *   name ("HAROLD MBEKI, RESIDENT:" after "Resident Harold Mbeki"), and a
 *   stage direction in lower case in parentheses ("REPORTER (on camera):",
 *   "(voice-over)"); wink's "):" emoticon after a word is a bracket and a colon;
 * - "said under questioning that ...", "under pressure": manner adjuncts
 *   between a cue and its content;
 * - "MPs heard that ...", "Lawmakers heard ...": members of a hearing body
 *   hear as the body does (a report with no speaker).
 * Sentences, articles and names are invented.
 */
import { describe, expect, it, test } from 'vitest';
import { EVERY, fixtureText, rowsOf, type Row } from './support/fix-rows.js';

const both = (text: string, expected: Row[]): void => {
  expect(rowsOf(text)).toEqual(expected);
  expect(rowsOf(text, EVERY)).toEqual(expected);
};

describe('fix85: a capitalised word read as a verb after "asked" is the one asked', () => {
  test.each([
    ['He asked Cook whether she would refund them.', [['whether she would refund them', 'He', 'asked']]],
    ['Pennington asked Ravel when the shortage would end.', [['when the shortage would end', 'Pennington', 'asked']]],
    ['He asked Ravel if she would resign.', [['if she would resign', 'He', 'asked']]],
    // a name the tagger reads as a name, as before
    ['He asked Smith whether she would refund them.', [['whether she would refund them', 'He', 'asked']]],
    // no question after the name: nothing, as before
    ['He asked Ravel about the refunds.', []],
  ] as [string, Row[]][])('%s', both);
});

describe('fix85: a bare gerund before a past verb opens the reported clause', () => {
  test.each([
    ['Traders said selling picked up in the final hour.', [['selling picked up in the final hour', 'Traders', 'said']]],
    ['Ana Ruiz said voting went smoothly.', [['voting went smoothly', 'Ana Ruiz', 'said']]],
    ['She said spending rose.', [['spending rose', 'She', 'said']]],
    // with a noun between, as before
    ['Tom Reed said seeing so many boats was a delight.', [['seeing so many boats was a delight', 'Tom Reed', 'said']]],
    // a gerund with no clause after it reports nothing
    ['He said getting involved.', []],
  ] as [string, Row[]][])('%s', both);
});

describe('fix85: "held that" of a ruling', () => {
  test.each([
    ['The court held that the law did not violate the commerce clause.', [['the law did not violate the commerce clause', 'The court', 'held']]],
    ['The judges held that the statute was valid.', [['the statute was valid', 'The judges', 'held']]],
    ['The court has long held that states may tax sales.', [['states may tax sales', 'The court', 'has long held']]],
    ['The majority holds that it applies.', [['it applies', 'The majority', 'holds']]],
    // no clause after "that", or no "that": no report
    ['He held that post for years.', []],
    ['He held that job until 2010 when he retired.', []],
    ['The panel held a hearing on Tuesday.', []],
  ] as [string, Row[]][])('%s', both);
  test('removeCues: ["hold"] turns it off', () => {
    expect(rowsOf('The court held that the law did not violate the commerce clause.', { removeCues: ['hold'] })).toEqual([]);
  });
});

describe('fix85: transcript labels', () => {
  test.each([
    // the text's own spelling of a name it also writes in capitals
    ['Resident Ada Quell woke at dawn.\n\nADA QUELL, RESIDENT: The water was everywhere.',
      [['The water was everywhere', 'Ada Quell', ':']]],
    // a name only in capitals keeps them, as before
    ['ADA QUELL, RESIDENT: The water was everywhere.', [['The water was everywhere', 'ADA QUELL', ':']]],
    // a stage direction in lower case in parentheses
    ['REPORTER (voice-over): Firefighters say the blaze started in a kitchen.',
      [['Firefighters say the blaze started in a kitchen', 'REPORTER', ':'], ['the blaze started in a kitchen', 'Firefighters', 'say']]],
    ['ANA LEE (on camera): We will rebuild the bridge by spring.', [['We will rebuild the bridge by spring', 'ANA LEE', ':']]],
    ['JOHN SMITH (HOST): Welcome back to the programme.', [['Welcome back to the programme', 'JOHN SMITH', ':']]],
    // a label in ordinary case takes no stage direction, as it takes no role
    ['Lee (on camera): We will rebuild.', []],
  ] as [string, Row[]][])('%s', both);
});

describe('fix85: members of a hearing body "heard" a clause as the body does', () => {
  test.each([
    ['MPs heard that the company had lost £40 million.', [['the company had lost £40 million', null, 'heard']]],
    ['Lawmakers heard the plan had failed.', [['the plan had failed', null, 'heard']]],
    ['The committee heard that the trains were old.', [['the trains were old', null, 'heard']]],
    // no hearing: nothing, as before
    ['Voters heard that the plan had failed.', []],
  ] as [string, Row[]][])('%s', both);
});

describe('fix85: "under questioning" between a cue and its content', () => {
  test.each([
    ['Ravel said under questioning that the targets had been missed.', [['the targets had been missed', 'Ravel', 'said']]],
    ['Ravel conceded under questioning that the targets had been missed.', [['the targets had been missed', 'Ravel', 'conceded']]],
    ['Ravel said under pressure the targets had been missed.', [['the targets had been missed', 'Ravel', 'said']]],
    // a phrase of "under" that is the clause's own, as before
    ['She said under the plan taxes would rise.', [['under the plan taxes would rise', 'She', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

/** Each article's attributions with default options, in order. */
const ARTICLES: [string, Row[]][] = [
  ['tvnews', [
    ["Good evening. Crews in Marlow Heights spent the day pumping water out of basements after a water main burst beneath Foster Avenue early this morning. Reporter Dana Whitcombe is live at the scene","ANCHOR",":"],
    // ("REPORTER (on camera):" is a turn label, as "REPORTER:" is: fixed here)
    ["Thanks, Glen. The break happened just after 4 a.m., and by sunrise the water was knee-deep along three blocks. City officials say about 40 homes were affected","Dana Whitcombe",":"],
    ["about 40 homes were affected","City officials","say"],
    // (the label in capitals takes the text's spelling of the name, "Resident Harold Mbeki": fixed here)
    ["I thought it was rain at first. Then I opened the back door and the yard was a lake","Harold Mbeki",":"],
    ["The city's water director, Colette Ambrose, said the pipe was nearly 90 years old","Dana Whitcombe",":"],
    ["the pipe was nearly 90 years old","Colette Ambrose","said"],
    ["We have about 30 miles of pipe that age, and we are replacing it as fast as the budget allows","Colette Ambrose",":"],
    ["Ambrose said crews expect to restore service to every home by Wednesday night. Neighbors told us they are frustrated","Dana Whitcombe",":"],
    ["crews expect to restore service to every home by Wednesday night","Colette Ambrose","said"],
    ["they are frustrated","Neighbors","told"],
    // (a name the text writes only in capitals keeps them, as before)
    ["This is the third time in five years. Nobody listens until the street floods","NADIA FERREIRA",":"],
    // ("REPORTER (on camera):": fixed here)
    ["The city says residents can pick up bottled water at the Foster Avenue fire station until service returns. Reporting live in Marlow Heights, Dana Whitcombe, Channel 9 News","Dana Whitcombe",":"],
    ["residents can pick up bottled water at the Foster Avenue fire station until service returns","The city","says"],
    ["Thank you, Dana","ANCHOR",":"],
  ]],
  ['pressrelease', [
    ["Teenagers who sleep fewer than seven hours a night are twice as likely to report feeling lonely","a new study from Brentwick State University","according to"],
    ["We expected to see some link, but the size of the effect surprised us, Sleep seems to shape how teenagers read the people around them.","Marisol Quenneville","said"],
    ["The researchers found that students who slept less were more likely to rate neutral faces as unfriendly","Marisol Quenneville","said"],
    ["the findings should not be read as proof that poor sleep causes loneliness","Theo Achebe","said"],
    ["It could run in both directions, Lonely teenagers may also lie awake longer.","Theo Achebe","added"],
    ["two districts in the state have already agreed to take part","Marisol Quenneville","said"],
    ["the results \"give schools a practical lever they can actually pull.\"","Beatrix Olumide","said"],
  ]],
  ['ruling', [
    ["states may require online sellers of hunting knives to verify a buyer's age, upholding a Carrow state law that a trade group had challenged","Supreme Court","ruled"],
    ["the law placed only a modest burden on sellers and served the state's interest in protecting minors","Evelyn Marchetti","wrote"],
    ["A state that may bar a shopkeeper from selling a blade to a child across the counter may ask the same of a seller across the internet,","Evelyn Marchetti","wrote"],
    // ("The court held that": fixed here; "The court" is the Supreme Court named before)
    ["the law did not violate the commerce clause because it treated in-state and out-of-state sellers alike","Supreme Court","held"],
    ["the ruling would let each state impose its own rules on a national market","Raymond Oyelaran","argued"],
    ["Today's decision invites fifty different checkout pages,","Raymond Oyelaran","wrote"],
    ["his clients were disappointed but would comply","Felix Brannock","said"],
    ["the decision \"a win for common sense.\"","Wilma Saunders","called"],
    ["the ruling could shape pending challenges to age-verification laws for other products","Legal scholars","said"],
    ["the majority opinion left \"plenty of room for the next fight.\"","Gideon Park","said"],
  ]],
  ['liveupdates', [
    ["The Cedar Hollow fire has grown to 14,000 acres and is 10 percent contained","fire officials","said"],
    ["deputies had gone door to door in the Pine Ridge subdivision to make sure residents had left","Lorraine Dubois","said"],
    ["If you are still there, leave now, We cannot promise we will be able to reach you later tonight.","Lorraine Dubois","said"],
    ["Strong winds pushed the fire across Route 12","the state forestry agency","according to"],
    ["crews were focusing on protecting homes on the east side of the valley","Marcus Tillery","said"],
    ["two firefighters had been treated for heat exhaustion","Marcus Tillery","said"],
    // ("declared a state of emergency" is a declaration, as OBJECT_VERB_NOUNS has it)
    ["a state of emergency for Linden County","Helena Vasquez","declared"],
    ["Every resource the state has is available to this community,","Helena Vasquez","said"],
    ["she had 15 minutes to pack","Rita Kowalczyk","said"],
    ["I grabbed the photo albums and the dog food, That was it.","Rita Kowalczyk","said"],
    ["the cause of the fire was under investigation","Officials","said"],
  ]],
  ['markets', [
    ["Bond yields rose to their highest level since March","data from Harwick Analytics","according to"],
    ["The market is finally taking the central bank at its word, Nobody is betting on a cut this summer anymore.","Jane Dorsey","said"],
    // (a bare gerund before its past verb opens the clause: fixed here)
    // open: "a regional bank warned that loan losses would rise" inside it is no row of its own (todo below)
    ["selling picked up in the final hour after a regional bank warned that loan losses would rise","Traders","said"],
    ["supply would stay tight through the autumn","Analysts at Kessing Brothers","said"],
    ["the pullback was healthy after a strong spring","Raul Ibarra","said"],
    ["We have been waiting for a chance to buy good companies at better prices,","Raul Ibarra","said"],
    ["shoppers were \"spending carefully but steadily.\"","Priscilla Hong","told"],
  ]],
  ['profile', [
    ["People ask when I will retire, I tell them I retired from the bank. This is not work.","Odile Marchbanks","says"],
    ["she took her first class on a dare from her granddaughter","Odile Marchbanks","says"],
    ["I made a bowl that looked like a hat, I kept it. It is on my kitchen table.","Odile Marchbanks","says"],
    ["the waiting list runs to next spring","Kwame Lindell","says"],
    ["She remembers every student's name and every student's mistakes, Both of those are a gift.","Kwame Lindell","says"],
    ["the secret is patience","Odile Marchbanks","insists"],
    ["Clay punishes anyone who hurries","Odile Marchbanks","says"],
    ["Tomorrow, we glaze.","Odile Marchbanks","says"],
  ]],
  ['committee', [
    ["why one train in six had been cancelled since January","Gareth Pennington","asking"],
    ["a shortage of drivers was to blame","Sunita Ravel","told"],
    ["We simply do not have enough people trained to run the timetable we promised,","Sunita Ravel","said"],
    ["when the shortage would end","Gareth Pennington","asked"],
    ["By the end of next year, We have 140 drivers in training right now.","Sunita Ravel","replied"],
    ["passengers in his constituency had \"run out of patience.\"","Owen Tregarthen","said"],
    // ("He asked Ravel whether": a surname the tagger read as a verb is the one asked: fixed here)
    ["whether she would refund season ticket holders","Owen Tregarthen","asked"],
    ["the company was considering a partial refund but had not made a decision","Sunita Ravel","said"],
    ["the company of \"hiding behind a recruitment problem it created itself.\"","Fiona Aldous","accused"],
    ["it was monitoring Northline's performance closely","Department for Transport","said"],
    ["the committee would write to the transport secretary","Gareth Pennington","said"],
  ]],
  ['travel', [
    ["queues that stretched out of the terminal and onto the pavement","Readers","described"],
    ["We waited four hours and then they told us our bags would follow us to Spain, They never did.","Maria","said"],
    ["he had missed his connecting flight to Lisbon","Tom","said"],
    ["Nobody from the airline could tell us anything,","Tom","said"],
    ["staff had handed out bottles of water but no information","Priya","said"],
    ["the fault had been fixed by Saturday evening and that most bags had been returned to their owners","The airport","said"],
    ["passengers whose bags were delayed could claim up to £1,300 for essential items","Fair Fares","said"],
    ["travellers to keep every receipt","Edwin Castellan","urged"],
    ["Airlines count on people not knowing their rights,","Edwin Castellan","said"],
    ["she had spent £200 on clothes and toiletries and was still waiting for a reply to her claim","Maria","said"],
  ]],
];

describe('fix85: the invented articles, row by row', () => {
  test.each(ARTICLES)('%s', (name, expected) => {
    expect(rowsOf(fixtureText('fix-85', name))).toEqual(expected);
  });
  test.each(ARTICLES)('%s with every category keeps its rows', (name, expected) => {
    const rows = rowsOf(fixtureText('fix-85', name), EVERY);
    for (const row of expected) expect(rows).toContainEqual(row);
  });
  it.todo('markets: "Traders said selling picked up in the final hour after a regional bank warned that loan losses would rise." -> also ["loan losses would rise", "a regional bank", "warned"] (now a report inside reported content is no row of its own)');
  it.todo('committee style: "Pressed by Pennington, she said the figures were provisional." (no one else named) -> speaker "she" (now Pennington, the one who pressed)');
});
