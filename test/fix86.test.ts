/**
 * Helper fix86: eight invented news articles in styles the earlier probes left
 * out (an updated wire-service brief, "UPDATE 2-" and "(Adds comment from
 * ministry in paragraph 4)"; a book review quoting the book and its author; a
 * diplomatic communique story, "said in a joint statement", "a senior
 * administration official, speaking on condition of anonymity"; a
 * letters-to-the-editor digest signed "- Jane Roe, Dover"; a food feature,
 * "says chef Ana Ruiz, who ..."; a British tabloid court story, "the court
 * heard", "told the Old Bailey", "sobbed"; a podcast interview write-up with
 * timestamps; a New Zealand regional story with te reo words, "Mr Parata"
 * with no full stop and single quotation marks), kept as fixtures in
 * test/fixtures/fix-86/, each checked row by row: [content, speaker name, cue]
 * with default options (every row also with every category on). Defects left
 * open are `it.todo` rows naming the input and the expected output; the rows
 * they leave wrong are marked "open" in the tables.
 *
 * Fixed on the way:
 * - "..., the court heard.": a hearing body's "heard" at a sentence's end,
 *   after a comma and "the", reports the clause before it, by no one named;
 * - "Detective Constable Neil Ashby", "Kaumatua Hemi Parata": "constable",
 *   "kaumatua" and "kuia" are title words;
 * - "says customers order it": a plain noun between a plural noun and an
 *   object pronoun is a verb the tagger misread (the report was lost);
 * - "Kettle, of no fixed address, admitted robbery.": a lone lower-case noun
 *   naming no people after an object verb is its object, not an inverted
 *   speaker;
 * - "The Far North District Council said": a capitalised word read as an
 *   adverb between "the" and a name belongs to the name.
 * Sentences, articles and names are invented.
 */
import { describe, expect, it, test } from 'vitest';
import { EVERY, fixtureText, rowsOf, type Row } from './support/fix-rows.js';

const both = (text: string, expected: Row[]): void => {
  expect(rowsOf(text)).toEqual(expected);
  expect(rowsOf(text, EVERY)).toEqual(expected);
};

describe('fix86: ", the court heard." at the end of a sentence', () => {
  test.each([
    ['Tom Reed followed the courier from a bank in Elmsford, the court heard.', [['Tom Reed followed the courier from a bank in Elmsford', null, 'heard']]],
    ['He had been drinking before the crash, the jury heard.', [['He had been drinking before the crash', null, 'heard']]],
    ['The alarm had failed twice that week, the inquest heard.', [['The alarm had failed twice that week', null, 'heard']]],
    // no hearing body, or no clause before it: nothing
    ['He had been drinking, the neighbours heard.', []],
    ['The noise, the court heard.', []],
    // a quotation before has its own speaker
    ['"We ran," the driver told police, the court heard.', [['We ran,', 'the driver', 'told']]],
    // "heard" with a clause after it, as before
    ['The court heard that he had been drinking.', [['he had been drinking', null, 'heard']]],
  ] as [string, Row[]][])('%s', both);
});

describe('fix86: police ranks and te reo honorifics are titles', () => {
  test.each([
    ['Detective Constable Ruth Arden said the sentence was fair.', [['the sentence was fair', 'Ruth Arden', 'said']]],
    ['Police Constable Ivo Marsh said the road was closed.', [['the road was closed', 'Ivo Marsh', 'said']]],
    ['Kaumatua Rewi Tane said the hall was full.', [['the hall was full', 'Rewi Tane', 'said']]],
    ['Kuia Mere Tane said the hall was full.', [['the hall was full', 'Mere Tane', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('fix86: a plain noun between a plural noun and an object pronoun is a verb', () => {
  test.each([
    ['Chef Ivo Lind says customers order it even in July.', [['customers order it even in July', 'Ivo Lind', 'says']]],
    ['Lind said diners order them by the dozen.', [['diners order them by the dozen', 'Lind', 'said']]],
    // a verb the tagger knows, as before
    ['Lind says customers want it.', [['customers want it', 'Lind', 'says']]],
    // no object pronoun: no clause, as before
    ['Lind says customers order.', []],
  ] as [string, Row[]][])('%s', both);
});

describe('fix86: the object of "admitted" is no inverted speaker', () => {
  test.each([
    ['Pell, of no fixed address, admitted burglary.', [['burglary', 'Pell', 'admitted']]],
    ['Pell, 34, admitted burglary.', [['burglary', 'Pell', 'admitted']]],
    // a name or people after an inverting verb still speak
    ['The plan will fail, admitted Lind.', [['The plan will fail', 'Lind', 'admitted']]],
    ['The plan will fail, admitted officials.', [['The plan will fail', 'officials', 'admitted']]],
  ] as [string, Row[]][])('%s', both);
});

describe('fix86: a capitalised word read as an adverb after "the" belongs to the name', () => {
  test.each([
    ['The Far West Water Board said supplies were safe.', [['supplies were safe', 'Far West Water Board', 'said']]],
    // at a sentence's start with no "the", as before
    ['Just Harbour Trust said supplies were safe.', [['supplies were safe', 'Harbour Trust', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

/** Each article's attributions with default options, in order. */
const ARTICLES: [string, Row[]][] = [
  ['wire', [
    ["talks to resume","ministry","says"],
    ["Dock workers at the port of Harlow walked off the job on Thursday, halting grain shipments from the country's busiest terminal","port officials","said"],
    ["About 1,200 workers joined the strike, which began at 6 a.m. local time","Harlow Port Authority","according to"],
    ["No ships were loaded during the morning shift","Harlow Port Authority","said"],
    ["talks between the union and port operators would resume on Friday","The transport ministry","said"],
    ["We urge both sides to return to the table without preconditions,","Anton Bregovic","told"],
    ["at least four vessels were waiting to load","Grain traders","said"],
    ["delays could push up freight rates","Grain traders","warned"],
    ["its members had not received a pay rise in three years","The Dockers' Union","said"],
    ["Our members have been patient for too long, This strike will continue until we see a serious offer.","Marta Lindqvist","said"],
    ["the companies were prepared to improve their offer","A port operator official","said"],
  ]],
  ['bookreview', [
    ["Every family has a story it tells about itself, and a story it keeps,","Ingrid Falkenrath","writes"],
    ["she cannot be trusted","Hester Quayle","admits"],
    ["I have told this so many times that I no longer know which parts are true,","Hester Quayle","confesses"],
    ["she wanted to write about the way land binds people together even when they would rather leave","Ingrid Falkenrath","said"],
    ["I kept thinking about my grandmother, who never once left the county, She said the trees would not forgive her.","Ingrid Falkenrath","told"],
    // open: the telling of a novel's plot reports nothing a careful reader would list (todo below)
    ["the truth about the drowning","Hester Quayle","finally tells"],
    ["she is already at work on a sequel","Ingrid Falkenrath","says"],
    ["its title","Ingrid Falkenrath","would not reveal"],
  ]],
  ['communique', [
    ["The leaders of Varnland and Oskaria agreed on Tuesday to reopen two border crossings that have been closed for nearly a year","the two leaders","said"],
    ["Both sides reaffirmed their commitment to peaceful cooperation and the free movement of goods and people,","the statement","said"],
    ["the first crossing would open within 30 days","Elena Marsk","told"],
    ["This is not the end of our differences, but it is a beginning,","Elena Marsk","said"],
    ["his government would send a delegation to finalise customs arrangements next week","Tomas Reyl","said"],
    ["the breakthrough came after the two leaders met alone for more than an hour","A senior administration official","said"],
    ["They did not agree on everything, but they agreed on what mattered today,","A senior administration official","said"],
    ["the disputed fishing waters that led to the closure of the crossings last spring","the statement","made no mention of"],
    ["the fishing dispute",null,"Asked about"],
    ["it would be \"addressed in due course.\"","Tomas Reyl","said"],
    ["the agreement","Opposition lawmakers in Oskaria","criticised"],
    ["it gave away too much","Opposition lawmakers in Oskaria","saying"],
    ["it welcomed the outcome","Varnland's foreign ministry","said"],
  ]],
  ['letters', [
    ["the town centre is gridlocked","the council","claim"],
    // (a mixed quote after "that" keeps "that", as annotated news does; the letters' own text is no report)
    ["that \"no child will lose a single nature lesson.\"","Brenda Hale","told"],
    ["the route had been chosen after \"years of careful study\" and that a new nature area would be created nearby","Brenda Hale","said"],
  ]],
  ['recipe', [
    ["Lentils are the most honest food there is, If you rush them, they tell you.","Ana Ruiz","says"],
    ["the secret to good lentils is patience and a splash of vinegar at the very end","Ana Ruiz","says"],
    ["My grandmother never measured anything, I had to watch her hands for years before I understood.","Ana Ruiz","says"],
    // ("customers order it": a verb the tagger read as a noun, fixed here; the report was lost)
    ["customers order it even in July","Daniel Obi","says"],
    ["People come in for the steak and leave talking about the lentils,","Daniel Obi","says"],
    ["starting with brown lentils rather than red ones","Ana Ruiz","suggests"],
    ["Soak them for an hour and do not add salt until they are tender","Ana Ruiz","advises"],
    ["the stew \"a small miracle in a clay bowl.\"","Clara Benn","calls"],
    ["It is just lentils, But it is lentils done properly.","Ana Ruiz","says"],
  ]],
  ['tabloid', [
    // (", the court heard." at a sentence's end: fixed here; no speaker, as "The court heard that" has)
    ["Darren Kettle, 34, followed widow Maud Pemberton, 80, from a post office in Hackbridge before shoving her into a wall",null,"heard"],
    ["Kettle had \"targeted a vulnerable woman for a few pounds.\"","Helen Marsh","told"],
    ["she no longer felt safe leaving her home","Maud Pemberton","said"],
    ["I used to go to the shops every day. Now I sit by the window and watch the street,","Maud Pemberton","said"],
    ["his client was addicted to drugs at the time and was \"deeply ashamed\" of what he had done","Gareth Lowe","said"],
    // ("Kettle, of no fixed address, admitted robbery.": was content "Kettle, of no fixed address" by "robbery": fixed here)
    ["robbery","Darren Kettle","admitted"],
    ["You chose your victim because she could not fight back. That is cowardice of the worst kind.","Rosalind Carr","said"],
    ["Mum will never be the same. Nine years is nothing compared to what he took from her.","Susan Pemberton","said"],
    // ("Detective Constable": a rank, fixed here)
    ["the sentence sent a clear message to anyone who preyed on older people","Neil Ashby","said"],
  ]],
  ['podcast', [
    ["Two-time Olympic champion Kaia Brandt nearly quit rowing after the last Games","Kaia Brandt","told"],
    ["waking up every morning \"dreading the water.\"","Kaia Brandt","described"],
    ["I had won everything I wanted to win, and I felt completely empty,","Kaia Brandt","said"],
    ["she took six months away from the sport and spent most of it working in her uncle's hardware shop","Kaia Brandt","said"],
    ["whether she had ever told her coach how she felt","Leo Marchetti","asked"],
    ["Not for a long time, I thought admitting it would mean I was weak.","Kaia Brandt","replied"],
    ["her coach, Ruth Okafor, eventually noticed that something was wrong and sent her home","Kaia Brandt","said"],
    ["burnout was \"the injury nobody can see.\"","Ruth Okafor","told"],
    ["We tape ankles and ice shoulders, but we never ask how their heads are doing,","Ruth Okafor","said"],
    ["she was now training for the world championships and felt \"lighter than I have in years.\"","Kaia Brandt","said"],
    ["what she would tell younger athletes",null,"Asked"],
    ["Take the day off. The water will still be there.","Kaia Brandt",null],
  ]],
  ['nz', [
    ["they have been left to fend for themselves after floods washed out the only road into the valley","Residents of a small Northland settlement","say"],
    // ("Kaumatua Hemi Parata": an elder's honorific, fixed here)
    ["the marae had become an emergency shelter for 60 people, including tamariki and kuia","Hemi Parata","said"],
    ["We have opened our doors to everyone, but our food will not last past Friday,","Hemi Parata","said"],
    ["a helicopter would deliver supplies on Wednesday morning if the weather cleared","Aroha Whaanga","said"],
    ["Our first priority is getting water and medicine to the people who need it,","Aroha Whaanga","said"],
    ["he had lost 40 sheep","Pieter van der Merwe","said"],
    ["Ag nee, I have never seen the river this high, It came through the paddock like a train.","Pieter van der Merwe","said"],
    ["crews would begin repairing the road once the water had gone down","Far North District Council","said"],
    // ("The Far North District Council": "Far" read as an adverb was cut from the name: fixed here)
    // ("but warned": the coordinated verb's subject is the council, its mention opening at "The", fixed in review)
    ["the work could take weeks","Far North District Council","warned"],
    ["the council had asked the Government for emergency funding","Joan Tuhoe","told"],
    ["he was worried about older residents who needed regular medication","Anil Sharma","said"],
    ["Some of my patients have three days of pills left, After that, we are in real trouble.","Anil Sharma","said"],
  ]],
];

describe('fix86: the invented articles, row by row', () => {
  test.each(ARTICLES)('%s', (name, expected) => {
    expect(rowsOf(fixtureText('fix-86', name))).toEqual(expected);
  });
  test.each(ARTICLES)('%s with every category keeps its rows', (name, expected) => {
    const rows = rowsOf(fixtureText('fix-86', name), EVERY);
    for (const row of expected) expect(rows).toContainEqual(row);
  });
  it.todo('bookreview: "When Hester finally tells her niece the truth about the drowning, the book earns every one of its 400 pages." (a novel\'s plot) -> no row (now ["the truth about the drowning", "Hester Quayle", "finally tells"])');
});
