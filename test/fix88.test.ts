/**
 * Helper fix88: six invented news articles in styles the earlier probes left
 * out (a Canadian parliamentary report, "rose in the House", "told reporters
 * in the foyer", question period; a UK football match report with the
 * managers' press-conference quotes in single quotation marks, "he added",
 * "admitted"; a medical study write-up with its lead author, "the researchers
 * wrote" and an outside expert "who was not involved in the study"; a court
 * verdict with the judge's sentencing remarks and the defence barrister; an
 * obituary quoting family and colleagues in the past tense, "recalled",
 * "remembered"; a live blog of timestamped updates, "Update:", posts "wrote on
 * X"), kept as fixtures in test/fixtures/fix-88/, each checked row by row:
 * [content, speaker name, cue] with default options (every row also with
 * every category on). Defects left open are `it.todo` rows naming the input
 * and the expected output; the rows they leave wrong are marked "open".
 *
 * Fixed on the way:
 * - "Transport Minister Hana Tremblay-Okafor": a hyphened surname after a
 *   post stays the name alone;
 * - "Opposition Leader Pierre Lamy": "leader" ends a post before a name;
 * - "The Parliamentary Budget Officer, Martin Lacasse, said": the person in
 *   apposition after a post in title case speaks;
 * - "Rovers boss Sam Ortiz fumed: '...'": a past form the tagger reads as an
 *   adjective is the cue before a colon and a quotation;
 * - "posted a video on X. 'Stay safe,' she says.": the full stop after "on X"
 *   ends the sentence;
 * - "16:30 A shelter has opened, the council says.": a live blog's time stamp
 *   is no part of the report.
 * Sentences, articles and names are invented.
 */
import { describe, expect, it, test } from 'vitest';
import { EVERY, fixtureText, rowsOf, type Row } from './support/fix-rows.js';

const both = (text: string, expected: Row[]): void => {
  expect(rowsOf(text)).toEqual(expected);
  expect(rowsOf(text, EVERY)).toEqual(expected);
};

describe('fix88: a post before a name is no part of the name', () => {
  test.each([
    ['Transport Minister Hana Tremblay-Okafor said the line would open in May.', [['the line would open in May', 'Hana Tremblay-Okafor', 'said']]],
    ['Fisheries Secretary Ola Brandt-Moyo said the quota would stay.', [['the quota would stay', 'Ola Brandt-Moyo', 'said']]],
    ['Opposition Leader Pierre Lamy said the plan was a waste.', [['the plan was a waste', 'Pierre Lamy', 'said']]],
    ['Government House Leader Mira Osei said the vote would be held on Thursday.', [['the vote would be held on Thursday', 'Mira Osei', 'said']]],
    ['The Parliamentary Budget Officer, Martin Lacasse, said the line could cost $9 billion.', [['the line could cost $9 billion', 'Martin Lacasse', 'said']]],
    ['In a report, the Fiscal Review Officer, Dana Quill, said the line could cost $9 billion.', [['the line could cost $9 billion', 'Dana Quill', 'said']]],
    // a body in title case keeps its name
    ['The Harbour Board, a body of nine members, said the line could cost $9 billion.', [['the line could cost $9 billion', 'Harbour Board', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('fix88: a past form read as an adjective before a colon and a quotation is the cue', () => {
  test.each([
    ["Rovers boss Sam Ortiz fumed: 'It was a clear penalty.'", [['It was a clear penalty.', 'Sam Ortiz', 'fumed']]],
    ['The manager fumed: "It was a clear penalty."', [['It was a clear penalty.', 'The manager', 'fumed']]],
    // once todo rows here, fixed by the next round ("fumed" is a built-in form; an age between commas)
    ['Fenwick, 52, fumed: "It was a clear penalty."', [['It was a clear penalty.', 'Fenwick', 'fumed']]],
    ['Alan Lopez fumed that the referee had missed it.', [['the referee had missed it', 'Alan Lopez', 'fumed']]],
  ] as [string, Row[]][])('%s', both);
});

describe('fix88: a live blog\'s lines', () => {
  test.each([
    ['Ana Roth posted on X. "Stay upstairs," she wrote.', [['Stay upstairs,', 'Ana Roth', 'wrote']]],
    ['Ana Roth posted on X. Officials said the road was shut.', [['the road was shut', 'Officials', 'said']]],
    ['"Stay upstairs," Ana Roth wrote on X.', [['Stay upstairs,', 'Ana Roth', 'wrote']]],
    ['Live updates\n\n16:30 A shelter has opened at the Tarnby pool, the council says.', [['A shelter has opened at the Tarnby pool', 'the council', 'says']]],
    ['9.45 The Tarnby bridge is shut, police say.', [['The Tarnby bridge is shut', 'police', 'say']]],
  ] as [string, Row[]][])('%s', both);
});

test('fix88: a live blog\'s line posting a video on X (with evidence on, the video is what was posted)', () => {
  const text = "11:05 Update: Mayor Ana Roth has posted a video on X. 'Stay upstairs,' she says.";
  expect(rowsOf(text)).toEqual([['Stay upstairs,', 'Ana Roth', 'says']]);
  expect(rowsOf(text, EVERY)).toEqual([['a video', 'Ana Roth', 'has posted'], ['Stay upstairs,', 'Ana Roth', 'says']]);
});

/** Each article's attributions with default options, in order. */
const ARTICLES: [string, Row[]][] = [
  ['commons', [
    // (a hyphened surname after "Transport Minister": fixed here, was "Transport Minister Geneviève Tremblay-Okafor")
    ["This line will carry grain, minerals and people to a coast that has waited a century for it,","Geneviève Tremblay-Okafor","said"],
    ["The minister has had three years to table a budget for this railway, and she has tabled nothing, Canadians deserve to know what they are paying for.","Dale Hargreave","said"],
    ["the full estimate would be tabled before the summer recess","Geneviève Tremblay-Okafor","replied"],
    ["the project was \"on schedule and on budget.\"","Geneviève Tremblay-Okafor","said"],
    ["I am not going to apologise for building something in the North,","Geneviève Tremblay-Okafor","told"],
    // ("Leader" ends a post: fixed here, was "Opposition Leader Pierre Dumont")
    ["the plan \"a northern boondoggle.\"","Pierre Dumont","called"],
    ["her party would support the line only if the First Nations along the route shared in its revenue","Roxanne Baptiste","said"],
    // (a person in apposition after a post in title case: fixed here, was "Parliamentary Budget Officer")
    ["the railway could cost as much as $14 billion","Martin Lacasse","said"],
    ["the government disputed that figure","A spokesperson for the minister","later said"],
  ]],
  ['football', [
    // (a mixed quote of one word in the object of "hailed")
    ["his side's 'character'","Ray Cottle","hailed"],
    ["I thought we were second best for an hour, But the lads kept going, and that's what I ask of them.","Ray Cottle","admitted"],
    ["Jordan has been waiting for his chance and he took it, I'm delighted for him.","Ray Cottle","added"],
    ["captain Sam Whitlock had suffered a hamstring injury and would miss the trip to Eastmoor next week","Ray Cottle","confirmed"],
    // ("fumed" tagged as an adjective before a colon: fixed here, was no speaker and no cue)
    ["It's a stonewall penalty. Everybody in the ground saw it apart from the one man who matters.","Alan Fenwick","fumed"],
    ["his players had deserved at least a point","Alan Fenwick","insisted"],
    ["he would not be criticising them","Alan Fenwick","said"],
    ["scoring the winner was 'the best feeling in the world'","Liam Doherty","said"],
    ["I just hit it and hoped,","the midfielder","said"],
  ]],
  ['liveblog', [
    ["The Marrowby River has burst its banks in two places","Environment Office","says"],
    ["residents in the lower town to leave their homes","Priya Holloway","has urged"],
    ["Please do not wait until the water reaches your door,","Priya Holloway","wrote"],
    // ("on X." ends the sentence: fixed here, was the narration swallowed into the quote, speaker "Update")
    ["Stay upstairs if you cannot get out,","Priya Holloway","says"],
    ["they have rescued 17 people from houses on Quay Street so far","Fire crews","say"],
    ["the bridge would stay shut overnight","A police spokesperson","said"],
    ["his shop was under a metre of water","Dev Malhotra","told"],
    ["I have lost everything on the ground floor,","Dev Malhotra","said"],
    ["Another 60mm could fall by midnight,","Jonah Reyes","wrote"],
    ["she will visit Marrowby tomorrow","Claire Dunmore","says"],
    ["the government would \"do whatever it takes\" to help","Claire Dunmore","told"],
    // (the time stamp "16:30" is no part of the report: fixed here)
    ["An emergency shelter has opened at Marrowby Leisure Centre","the council","says"],
  ]],
  ['obituary', [
    ["She died peacefully at her home on Sunday","her family","said"],
    ["she would walk the high pastures every morning until she was well into her eighties","Thomas Ellsworth","recalled"],
    ["She never once asked anyone to do a job she would not do herself, The sheep knew her voice better than they knew the dogs.","Thomas Ellsworth","said"],
    ["she had done more than anyone to save the Carrow Blackface breed","Colin Varley","said"],
    ["When the rest of us were giving up on the breed, Margaret kept going, We owe her a great deal.","Colin Varley","recalled"],
    // ("at the time" is no object of "described": fixed by lead64, was content "the time as ...", cue "described at")
    // open: the words are Margaret Ellsworth's, not Isla's (todo below)
    ["as \"very nice, but the ewes won't care.\"","Isla","described"],
  ]],
  ['study', [
    ["People who walk for at least 30 minutes a day after a heart attack are far less likely to suffer another one","a new study","according to"],
    ["The effect was much larger than we expected, and it held for patients of every age,","Anneliese Morrow","said"],
    ["the benefit \"cannot be explained by weight loss alone\"","The researchers","wrote"],
    ["walking to be built into standard rehabilitation programmes","The researchers","called for"],
    ["the team had adjusted for smoking, diet and income","Anneliese Morrow","said"],
    ["the findings were encouraging","Felix Adeyemi","said"],
    ["patients should not overdo it","Felix Adeyemi","warned"],
    ["Walking is safe for most people, but anyone who has chest pain should stop and speak to their doctor,","Felix Adeyemi","said"],
    ["the charity hoped the results would change how hospitals treat patients after they go home","A spokesperson for the trust","said"],
  ]],
  ['verdict', [
    ["Pryce had \"betrayed the trust of people who could not protect themselves.\"","Helen Marchbank","said"],
    ["You treated the savings of your residents as your own bank account, Your greed was matched only by your arrogance.","Helen Marchbank","told"],
    ["she had taken into account his previous good character but that the scale of the fraud left her no choice","Helen Marchbank","said"],
    ["his client was \"deeply ashamed\" and had already sold his house to repay some of the money","Nathan Ellery","had told"],
    ["his client would consider an appeal","Nathan Ellery","said"],
    ["the victims had finally seen justice done","Ruth Calloway","said"],
    ["Many of them did not live to see this day, and that is the real tragedy of this case,","Ruth Calloway","said"],
    // ("the court heard": no one named speaks)
    ["Pryce spent the money on a villa in Portugal and a collection of classic cars",null,"heard"],
  ]],
];

describe('fix88: the invented articles, row by row', () => {
  test.each(ARTICLES)('%s', (name, expected) => {
    expect(rowsOf(fixtureText('fix-88', name))).toEqual(expected);
  });
  test.each(ARTICLES)('%s with every category keeps its rows', (name, expected) => {
    const rows = rowsOf(fixtureText('fix-88', name), EVERY);
    for (const row of expected) expect(rows).toContainEqual(row);
  });
  it.todo('obituary: "In 2009 she was awarded an MBE for services to farming, an honour she described at the time as \"very nice, but the ewes won\'t care.\"" -> ["as \"very nice, but the ewes won\'t care.\"" (or the quoted words), "Margaret Ellsworth", "described"] (now speaker "Isla": "she" resolves to the nearest woman named rather than the subject of the obituary; content and cue are right since lead64)');
  it.todo('obituary: "Her granddaughter Isla remembered her as a fierce but generous woman who kept a tin of toffees in every coat pocket." -> with default options no row, or ["a fierce but generous woman ...", "Isla", "remembered"] (now only with every category on, content "her as a fierce but generous woman ...")');
});
