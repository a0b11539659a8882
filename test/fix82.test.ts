/**
 * Helper fix82: eight invented news articles in styles the earlier probes left
 * out (a court report with testimony and a verdict, an obituary with a
 * family's recollections, a tech launch with an executive and an analyst, a
 * flood report with officials and residents, coverage of a science paper, a
 * Q. / A. interview, a city council meeting and a foreign dispatch with « »
 * and „ " quotes and "said through an interpreter"), kept as fixtures in
 * test/fixtures/fix-82/, each checked row by row: [content, speaker name,
 * cue] with default options (every row also with every category on).
 * Defects left open are `it.todo` rows naming the input and the expected
 * output; the two rows they leave wrong are marked "open" in the tables.
 *
 * Fixed on the way:
 * - a passive cue with no agent before ", according to X" ("No deaths have
 *   been reported, according to the sheriff's office") lets the source report
 *   the whole clause (was the subject alone with no speaker);
 * - a preposition of place before a determiner or a possessive after the cue
 *   ("said outside the courthouse that ...") is an adjunct skipped before the
 *   content, as "at" or "in" is;
 * - the name given to a thing ("The device, called the Arc, ...") is no
 *   business "the company" stands for;
 * - a verb in -s the tagger reads as a plural noun after an inserted
 *   attribution and a bare subject ("The ruling, he said, sets a bad
 *   example") goes on with the report;
 * - the first person "I" who speaks inside an interview's answer resolves to
 *   the interviewee (the answer's speaker) again, as in a transcript's turn
 *   (the check still looked for the letter "A" as the answer's name);
 * - the noun right after a possessive in an adjunct after the cue opens no
 *   clause ("said at his house that he felt relieved" is no clause "house
 *   that he felt relieved"); after "about" or "of" it may still be what was
 *   said.
 * Sentences, articles and names are invented.
 */
import { describe, expect, it, test } from 'vitest';
import { EVERY, fixtureText, rowsOf, type Row } from './support/fix-rows.js';
import { extract } from './support/invariants.js';

const both = (text: string, expected: Row[]): void => {
  expect(rowsOf(text)).toEqual(expected);
  expect(rowsOf(text, EVERY)).toEqual(expected);
};

describe('fix82: a passive cue with no agent before "according to"', () => {
  test.each([
    ["No deaths have been reported, according to the sheriff's office.", [["No deaths have been reported", "the sheriff's office", 'according to']]],
    ['Two injuries were reported, according to the fire department.', [['Two injuries were reported', 'the fire department', 'according to']]],
    ['No arrests were announced, according to the county sheriff.', [['No arrests were announced', 'the county sheriff', 'according to']]],
    // with an agent, as before: the source reports the clause with its agent
    ['The merger was announced by the board, according to the paper.', [['The merger was announced by the board', 'the paper', 'according to']]],
    // no "according to": the passive's subject alone, as before
    ['No deaths have been reported.', [['No deaths', null, 'have been reported']]],
  ] as [string, Row[]][])('%s', both);
});

describe('fix82: a preposition of place between the cue and its "that"', () => {
  test.each([
    ['Liora Venn said outside the courthouse that she felt cheated.', [['she felt cheated', 'Liora Venn', 'said']]],
    ['Liora Venn said inside the station that the train had stopped.', [['the train had stopped', 'Liora Venn', 'said']]],
    ['Liora Venn said near the bridge the water rose fast.', [['the water rose fast', 'Liora Venn', 'said']]],
    // an adjective of the subject is no preposition: the clause starts at it
    ['Liora Venn said outside investors were nervous.', [['outside investors were nervous', 'Liora Venn', 'said']]],
    // no clause after the place: nothing reported
    ['Liora Venn spoke outside the courthouse.', []],
  ] as [string, Row[]][])('%s', both);
});

describe('fix82: the name given to a thing is no business', () => {
  test.each([
    ['Quillon Systems unveiled a laptop. The device, called the Arc, will go on sale in October, the company said.', [['The device, called the Arc, will go on sale in October', 'Quillon Systems', 'said']]],
    ['Quillon Systems unveiled a laptop called the Arc. It will go on sale in October, the company said.', [['It will go on sale in October', 'Quillon Systems', 'said']]],
    ['Quillon Systems unveiled a phone named Vela. The phone will cost $900, the company said.', [['The phone will cost $900', 'Quillon Systems', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('fix82: a verb in -s read as a noun after an inserted attribution', () => {
  test.each([
    ['The ruling, he said, sets a bad example.', [[['The ruling', 'sets a bad example'], 'he', 'said']]],
    ['The plan, she said, costs nothing.', [[['The plan', 'costs nothing'], 'she', 'said']]],
    // a real verb, as before
    ['The plan, she said, needs work.', [[['The plan', 'needs work'], 'she', 'said']]],
    // a plural noun opening a clause after a fronted phrase, as before
    ['In the end, he said, costs rose.', [[['In the end', 'costs rose'], 'he', 'said']]],
    // nothing after the -s form: the subject alone, as before
    ['The ruling, he said, sets.', [[['The ruling'], 'he', 'said']]],
  ] as [string, [string[], string, string][]][])('%s', (text, expected) => {
    const parts = (o?: object) => extract(text, o).quotes.map((q) => [q.parts.map((p) => p.text), q.speaker?.name ?? null, q.cue?.span.text ?? null]);
    expect(parts()).toEqual(expected);
    expect(parts(EVERY)).toEqual(expected);
  });
});

describe('fix82: "I" inside an interview answer is the interviewee', () => {
  test.each([
    ['Ada Moss spoke to the Gazette.\n\nQ. Who will replace you?\n\nA. I have told them my deputy is ready.', [
      ['Who will replace you', 'Q', 'Q.'],
      ['I have told them my deputy is ready', 'Ada Moss', 'A.'],
      ['my deputy is ready', 'Ada Moss', 'have told'],
    ]],
    ['We spoke with Tom Reyes.\n\nQ: What did you tell the board?\n\nA: I said the pool must stay open.', [
      ['What did you tell the board', 'Q', ':'],
      ['I said the pool must stay open', 'Tom Reyes', ':'],
      ['the pool must stay open', 'Tom Reyes', 'said'],
    ]],
    // no interviewee named before the lines: the answer has no speaker, and "I" stays
    ['Q. Who will replace you?\n\nA. I have told them my deputy is ready.', [
      ['Who will replace you', 'Q', 'Q.'],
      ['I have told them my deputy is ready', null, 'A.'],
      ['my deputy is ready', 'I', 'have told'],
    ]],
  ] as [string, Row[]][])('%s', both);
});

/** Each article's attributions with default options, in order. */
const ARTICLES: [string, Row[]][] = [
  ['court', [
    ["She treated the company account like her own wallet,","Anselm Whitcombe","told"],
    ["he had trusted Varga for almost a decade","Barnaby Quist","testified"],
    ["I gave her the keys to everything, I never checked a single statement.","Barnaby Quist","said"],
    ["he had signed blank checks on several occasions","Barnaby Quist","admitted"],
    ["her client had been following instructions","Ottilie Brandt","argued"],
    ["Nobody in that office knew where the money went, and the owner liked it that way,","Ottilie Brandt","said"],
    ["the case had shown \"how easily trust can be turned into a weapon.\"","Cornelius Aldana","said"],
    ["her client would appeal","Ottilie Brandt","said"],
    ["he felt relieved but not happy","Barnaby Quist","said"],
    ["Nobody wins here,","Barnaby Quist","said"],
  ]],
  ['obituary', [
    ["Her death","Tobias Poole","was confirmed"],
    ["she had been ill for several months","Tobias Poole","said"],
    ["My mother believed that a town without a bookshop was a town without a memory, She would stay open late if a child was halfway through a chapter.","Tobias Poole","said"],
    ["summers spent shelving books","Wren Abernathy","recalled"],
    ["She paid me in paperbacks, I think I still owe her money.","Wren Abernathy","said"],
    ["the shop had been \"the real town hall\" for decades, the place where people met, argued and made up","Lionel Dusseau","said"],
    ["she had never wanted to be rich","Marguerite Ellison-Poole","said"],
    ["I wanted to be useful,","Marguerite Ellison-Poole","told"],
    ["a memorial would be held at the shop next month","The family","said"],
  ]],
  ['launch', [
    ["The device, called the Arc, will go on sale in October for $2,199","Quillon Systems","said"],
    ["This is the biggest change to the laptop since we stopped carrying floppy disks, We think people are ready for it.","Priyanka Solberg","told"],
    ["the hinge had been tested more than 200,000 times and would outlast the battery","Priyanka Solberg","said"],
    ["the price would limit sales to early adopters","Henrik Osei","said"],
    ["It is a beautiful machine, but it is a luxury,","Henrik Osei","said"],
    ["Quillon would sell fewer than 300,000 units in the first year","Henrik Osei","estimated"],
    ["a new subscription service for cloud storage","Quillon Systems","also announced"],
    // open: the short form of the business named before (todo below)
    ["the service will cost $9 a month","Quillon","According to"],
    ["whether the Arc would replace the company's existing laptops",null,"Asked"],
    ["Not this year. Maybe in five.","Priyanka Solberg","said"],
  ]],
  ['storm', [
    ["at least 340 people had been evacuated and two shelters had opened at local schools","The county emergency management office","said"],
    ["The river crested about four feet above flood stage overnight, We expect it to stay high through Monday.","Carla Mendez-Hurst","said"],
    ["residents not to drive through standing water","Officials","urged"],
    ["Turn around, don't drown, Two feet of water will carry away most cars.","Dwayne Okafor","said"],
    ["another storm could bring up to three inches of rain on Tuesday","National Weather Service","warned"],
    ["a frightening night","Residents","described"],
    ["she woke at 3 a.m. to water lapping at her bed","Ingrid Salcedo","said"],
    ["I grabbed my dog and my pills and that's it, Everything else is gone.","Ingrid Salcedo","said"],
    ["the water had come faster than anyone expected","Marcus Tierney","said"],
    ["We've lived here thirty years and never seen anything like it,","Marcus Tierney","said"],
    ["a state of emergency for the county","Alyssa Brandvold","declared"],
    ["state crews would arrive by Sunday morning","Alyssa Brandvold","said"],
    ["No deaths have been reported","the sheriff's office","according to"],
  ]],
  ['study', [
    ["People who take a short walk after meals may keep their blood sugar steadier than those who sit","a new study","suggests"],
    ["The effect was larger than we expected, and it showed up in every age group,","Oriana Felsenthal","said"],
    ["the timing mattered more than the speed of the walk","Oriana Felsenthal","said"],
    ["the results \"should not be taken as a substitute for medication.\"","The authors","wrote"],
    ["the study relied on participants to report their own walks","Samuel Achebe-Lund","said"],
    ["People are generous when they describe their own exercise,","Samuel Achebe-Lund","said"],
    // open: the fronted "Still" and the next sentence's quotation join the report (todo below)
    ["Still the advice costs nothing If it helps even a little, why not?","Samuel Achebe-Lund","said"],
    ["The researchers plan a larger trial next year","Corrigan University","according to"],
  ]],
  ['qanda', [
    ["she would retire at the end of the season","Rosalind Achterberg","announced"],
    ["Why retire now","Q","Q."],
    ["I turn 65 in June, and my knees have been telling me for years. I want to leave while I still love it","Rosalind Achterberg","A."],
    ["What has changed most since you started","Q","Q."],
    ["The parents. When I started, they dropped the kids off and went home. Now they film every lap","Rosalind Achterberg","A."],
    ["Is that a bad thing","Q","Q."],
    ["Not always. But kids need room to fail without an audience","Rosalind Achterberg","A."],
    ["Who will replace you","Q","Q."],
    ["That is up to the board. I have told them I think my assistant, Daniel Foyle, is ready","Rosalind Achterberg","A."],
    ["I think my assistant, Daniel Foyle, is ready","Rosalind Achterberg","have told"],
    ["the search would begin in January","Ezra Lindqvist","said"],
    ["Rosalind built this program from nothing,","Ezra Lindqvist","said"],
    ["What will you miss","Q","Q."],
    ["The early mornings, believe it or not. The pool is quiet and the water is flat","Rosalind Achterberg","A."],
    ["she planned to spend more time with her grandchildren in Corvale","Rosalind Achterberg","said"],
  ]],
  ['council', [
    ["the street had become a storage lot for abandoned cars","Fatima Delacroix","said"],
    ["Residents have been asking for this for five years, Tonight we finally listened.","Fatima Delacroix","said"],
    ["the ban would punish people who had nowhere else to park","Gregor Haldane","said"],
    ["We are solving a problem for homeowners by creating one for renters,","Gregor Haldane","said"],
    ["I work nights at the hospital, Where am I supposed to put my car?","Lucia Ferraro","said"],
    ["cars had blocked his driveway three times this month","Howard Pilkington","told"],
    ["the city would open a permit program for renters before the ban takes effect in April","Benedetta Ruiz","said"],
    ["Nobody is going to be left without a place to park,","Benedetta Ruiz","said"],
    ["the permits would cost $25 a year","Oskar Wendt","said"],
  ]],
  ['dispatch', [
    ["We cannot eat promises","Tomasz Kerekes","said"],
    ["stocks of cod had fallen to record lows","scientists","warned"],
    ["Without this pause, there will be no fish left for our children","Adela Voinescu","said"],
    ["compensation has been slow","Fishermen","say"],
    ["he had received nothing so far","Tomasz Kerekes","said"],
    ["he had sold his car to pay his crew","Iuliu Marcovici","said"],
    ["the town's economy depended almost entirely on the fleet","Petra Szalai","told"],
    ["If the boats do not go out, the shops close,","Petra Szalai","said"],
    ["Brussels was watching the situation closely","A European Union official","said"],
    ["the protest was peaceful","Police","said"],
  ]],
];

describe('fix82: the invented articles, row by row', () => {
  test.each(ARTICLES)('%s', (name, expected) => {
    expect(rowsOf(fixtureText('fix-82', name))).toEqual(expected);
  });
  test.each(ARTICLES)('%s with every category keeps its rows', (name, expected) => {
    const rows = rowsOf(fixtureText('fix-82', name), EVERY);
    for (const row of expected) expect(rows).toContainEqual(row);
  });
  test('the study, with every category, finds what "It" found, and "It" is the study (pron70: an "it" after a sentence that names a text)', () => {
    expect(rowsOf(fixtureText('fix-82', 'study'), EVERY)).toContainEqual(['a ten-minute walk after dinner cut spikes in blood sugar by about a fifth', 'The study', 'found']);
  });
  test('the study, with every category: the researchers found what comes before their trailing attribution', () => {
    expect(rowsOf(fixtureText('fix-82', 'study'), EVERY)).toContainEqual(['Walking before a meal had almost no effect', 'the researchers', 'found']);
  });
  it.todo('launch: "Quillon Systems unveiled ... According to Quillon, the service will cost $9 a month." -> speaker Quillon Systems (the business a short form stands for; now "Quillon")');
  it.todo('study: \'Still, he said, the advice costs nothing. "If it helps even a little, why not?"\' -> indirect "the advice costs nothing" (Samuel Achebe-Lund, said) and a direct "If it helps even a little, why not?" (Samuel Achebe-Lund); now one mixed quote with parts "Still", "the advice costs nothing" and the quotation');
});

describe('fix82: a possessive\'s noun in an adjunct after the cue opens no clause', () => {
  test.each([
    ['Tom Reyes said at his house that he felt relieved.', [['he felt relieved', 'Tom Reyes', 'said']]],
    ['Ada Moss wrote in her letter that the mayor felt betrayed.', [['the mayor felt betrayed', 'Ada Moss', 'wrote']]],
    // a clause after the adjunct, as before
    ['Tom Reyes said in his office the deal was off.', [['the deal was off', 'Tom Reyes', 'said']]],
    // the topic after "about" is still what was said
    ['Voters were wondering about his ability to finish the race.', [['his ability to finish the race', 'Voters', 'were wondering']]],
  ] as [string, Row[]][])('%s', both);
});
