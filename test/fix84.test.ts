/**
 * Helper fix84: eight invented news articles in styles the earlier probes left
 * out (an Irish regional paper with Mr and Ms without a full stop and "the
 * Taoiseach"; a wire roundup of world reactions, "In Berlin, the chancellor
 * said ..."; a fact-check with "The claim:" and "Our ruling:"; a long-form
 * feature whose speakers are called "the nurse" and "the widow"; a business
 * story with analysts' notes to clients; an op-ed that quotes Lincoln and the
 * writer's grandmother; a trial transcript with Q. and A. lines; a student
 * paper with "said junior Ana Ruiz" and first names alone), kept as fixtures
 * in test/fixtures/fix-84/, each checked row by row: [content, speaker name,
 * cue] with default options (every row also with every category on). Defects
 * left open are `it.todo` rows naming the input and the expected output; the
 * rows they leave wrong are marked "open" in the tables.
 *
 * Fixed on the way:
 * - a job word before a first name the list lacks and a surname is a title
 *   also when "of" and a capitalised word follow the name ("Criminologist
 *   Hana Osei of Larchmont University said" is Hana Osei), as before "said"
 *   or a comma;
 * - a transcript's Q. and A. lines: when the paragraph right before the
 *   first line tells who questions whom ("Prosecutor Ada Nwosu asked the
 *   club's secretary, Lorna Fitch, about ..."), the questions are the one
 *   who asks and the answers the one asked (the answers went to the first
 *   full name in the text, the questions to "Q");
 * - "used to say", a bare past habit of speech, is the cue, as "went on to
 *   say" is ("was used to say" and "has used to describe" stay as they were).
 * Sentences, articles and names are invented.
 */
import { describe, expect, it, test } from 'vitest';
import { EVERY, fixtureText, rowsOf, type Row } from './support/fix-rows.js';

const both = (text: string, expected: Row[]): void => {
  expect(rowsOf(text)).toEqual(expected);
  expect(rowsOf(text, EVERY)).toEqual(expected);
};

describe('fix84: a job word before a name with "of" after it is a title', () => {
  test.each([
    ['Criminologist Hana Osei of Larchmont University said that swings were common.', [['swings were common', 'Hana Osei', 'said']]],
    ['Ecologist Tomas Verrin of the Orla Trust said the river was clean.', [['the river was clean', 'Tomas Verrin', 'said']]],
    // before "said", as before
    ['Criminologist Hana Osei said that swings were common.', [['swings were common', 'Hana Osei', 'said']]],
    // a body's name keeps its first word: "Retirement" ends as a common noun does
    ['Teacher Retirement System of Ohio said returns fell.', [['returns fell', 'Teacher Retirement System', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

describe('fix84: a transcript names who asks and who answers', () => {
  test.each([
    ["Prosecutor Ada Nwosu asked the club's secretary, Lorna Fitch, about a payment.\n\nQ. Did you approve that payment?\n\nA. No. I had never seen it.",
      [['Did you approve that payment', 'Ada Nwosu', 'Q.'], ['No. I had never seen it', 'Lorna Fitch', 'A.']]],
    ['On Monday, defense attorney Milo Brandt asked Tom Reyes about the night of the fire.\n\nQ. Where were you that night?\n\nA. At home with my wife.',
      [['about the night of the fire', 'Milo Brandt', 'asked'], ['Where were you that night', 'Milo Brandt', 'Q.'], ['At home with my wife', 'Tom Reyes', 'A.']]],
    // a printed interview's intro, as before: the questions are "Q", the answers the one spoken with
    ['We spoke with Mayor Ann Lee about the budget.\n\nQ: Will the budget pass?\n\nA: I think it will pass.',
      [['the budget', 'We', 'spoke'], ['Will the budget pass', 'Q', ':'], ['I think it will pass', 'Ann Lee', ':']]],
    // no names around "asked": as before
    ['The trial of Tom Hale went on.\n\nThe lawyer asked the witness twice.\n\nQ. Did you approve that payment?\n\nA. No. I had never seen it.',
      [['Did you approve that payment', 'Q', 'Q.'], ['No. I had never seen it', 'Tom Hale', 'A.']]],
  ] as [string, Row[]][])('%s', both);
});

describe('fix84: "used to say" is the cue', () => {
  test.each([
    ['As my grandmother used to say, "A promise is a debt."', [['A promise is a debt.', 'my grandmother', 'used to say']]],
    ['Tom Reyes used to boast that he never lost.', [['he never lost', 'Tom Reyes', 'used to boast']]],
    ['My father never used to say that he was tired.', [['he was tired', 'My father', 'never used to say']]],
    // a tool's use is no habit of speech, as before
    ['It is a word Tom Reyes has used to describe his rival.', [['his rival', 'Tom Reyes', 'to describe']]],
    ['Ana Ruiz used the vote to say that she was ready.', [['she was ready', 'Ana Ruiz', 'to say']]],
  ] as [string, Row[]][])('%s', both);
});

/** Each article's attributions with default options, in order. */
const ARTICLES: [string, Row[]][] = [
  ['regional', [
    ["the Taoiseach to visit the flooded townlands before the end of the month", "Aoife Brannigan", "has called on"],
    ["more than 60 homes along the River Tullan had been damaged since the storm", "Aoife Brannigan", "said"],
    ["People here have been bailing water out of their kitchens for a fortnight, They deserve to see the man in charge standing in it.", "Aoife Brannigan", "said"],
    ["his schedule for the coming weeks had not been finalised", "A spokesman for the Taoiseach", "said"],
    ["he had lost 40 sheep in a single night", "Declan Moorhouse", "told"],
    ["I have never seen the river come up that fast,", "Declan Moorhouse", "said"],
    ["emergency payments of up to 5,000 euro would be available from Friday", "The county council", "said"],
    ["staff would visit every affected household", "Niamh Golding", "said"],
    ["Nobody should have to fill in a form standing in a wet hallway,", "Niamh Golding", "said"],
    ["the payments were \"a sticking plaster on a broken leg.\"", "Fergal Ahearne", "said"],
  ]],
  ['reactions', [
    // open: "the ceasefire agreed between ..." is a participle on a noun, no report (todo below)
    ["between Veltria and Ostrava, with most welcoming the deal", "Governments around the world reacted on Sunday to the ceasefire", "agreed"],
    // open: the speaker is "Governments around the world" (todo below)
    ["both sides to keep to it", "Governments around the world reacted on Sunday to the ceasefire", "urging"],
    ["the agreement was \"a first step, not a last one.\"", "the chancellor", "said"],
    // ("She" is the chancellor who spoke just before, not "Ostrava", a party to the ceasefire named earlier: fixed by names58)
    ["Germany would send 20 million euro in aid to the border region", "the chancellor", "said"],
    ["France stood ready to help monitor the ceasefire", "the foreign ministry", "said"],
    ["the United States would press both governments to release prisoners within a month", "Harlan Weaver", "told"],
    ["A ceasefire that does not bring people home is only half a ceasefire,", "Harlan Weaver", "said"],
    ["China welcomed any step that reduced tension in the region", "Lin Mei", "said"],
    ["he doubted the deal would hold past the winter", "Selim Oruç", "said"],
    ["We have seen these papers signed before,", "Selim Oruç", "said"],
    ["it would send observers if both sides agreed", "African Union", "said"],
    ["the agreement showed diplomacy could still work", "Amara Koinange", "said"],
  ]],
  ['factcheck', [
    ["crime in Marlow County \"fell by half\" during his first term", "Wendell Pryce", "said"],
    // (the corpus we measure on keeps "that" before a quotation inside the content)
    ["that \"violent crime in Marlow County has fallen by half since I took office.\"", "Wendell Pryce", "writing"],
    // ("asked his office for the source": a request, read as asked-for content, as in the news corpus)
    ["the source of the figure", "We", "asked"],
    ["the governor was referring to a report from the county sheriff", "Carla Benning", "said"],
    ["violent crime fell by 18 percent between 2019 and 2023", "the sheriff's annual figures", "According to"],
    ["the larger drop the governor cited covered only one category, armed robbery", "Ronan Tate", "told"],
    ["The robbery number is real, but it is not the whole picture,", "Ronan Tate", "said"],
    // ("Criminologist" before the name and "of Larchmont University" after it: a title, fixed here)
    ["short-term swings in county crime figures were common", "Hana Osei", "said"],
    ["One year tells you very little,", "Hana Osei", "said"],
    ["the governor of \"cherry-picking the one number that flatters him.\"", "Gloria Maddox", "accused"],
    ["the governor stood by the tweet", "Carla Benning", "said"],
  ]],
  ['feature', [
    // ("the nurse" is Rosalind Achterberg, named two sentences before, a "She" sentence between: fixed by names59)
    ["You learn to listen to a ward the way you listen to a house, There is a sound it makes when everything is fine. And there is a sound it makes when it is not.", "Rosalind Achterberg", "said"],
    ["The hardest nights are the quiet ones, Quiet means somebody has stopped asking for things.", "Rosalind Achterberg", "said"],
    // ("the widow" is Marguerite Hollis, the one person named, a "He" sentence between: fixed by names59)
    ["He used to sing in the car, Terrible voice. I would give anything to hear it again.", "Marguerite Hollis", "said"],
    ["the nurses had let her stay past visiting hours every night", "Marguerite Hollis", "said"],
    ["she would never forget it", "Marguerite Hollis", "said"],
    ["That is the job, You do not leave people alone at the end.", "Rosalind Achterberg", "said"],
  ]],
  ['analysts', [
    ["a price war in Asia could squeeze margins further", "analysts", "warned"],
    ["it now expects to deliver between 410,000 and 430,000 vehicles this year, down from an earlier forecast of 500,000", "Corvane Motors", "said"],
    ["The guidance cut was bigger than we feared, We see no quick fix.", "analysts at Halden Bank", "wrote"],
    ["the company had been slow to respond to cheaper rivals", "Tobias Lindqvist", "wrote"],
    ["the slowdown was temporary and kept their buy rating", "Analysts at Brookfield Partners", "said"],
    ["the company would cut prices on two models from next month", "Ingrid Solvang", "told"],
    ["We will not give up market share to protect one quarter,", "Ingrid Solvang", "said"],
    ["new battery plants in Ohio and Poland would lower costs by 2026", "Ingrid Solvang", "said"],
    ["They are running to stand still,", "Paloma Reyes", "said"],
  ]],
  ['oped', [
    ["The best way to predict your future is to create it.", "Lincoln", "once said"],
    ["the delay was needed because construction costs had risen", "Doris Fenwick", "said"],
    ["the library would open \"no later than 2027.\"", "Stefan Kroll", "told"],
    ["the project is \"under review.\"", "Stefan Kroll", "now says"],
    // (an indirect question the writer asked)
    ["what they think", "I", "asked"],
    ["the building leaks every time it rains", "Tamsin Oduya", "said"],
    ["We put buckets between the picture books,", "Tamsin Oduya", "told"],
    ["a library is a luxury", "Some", "will say"],
    ["it is the cheapest classroom a city can build", "I", "say"],
    // ("used to say" is the cue, fixed here)
    ["A promise is a debt.", "my grandmother", "used to say"],
  ]],
  ['transcript', [
    // (Q. is the prosecutor who "asked the club's secretary, Lorna Fitch", A. the secretary: fixed here)
    ["Did you approve that payment", "Adaeze Nwosu", "Q."],
    ["No. I had never seen it until the auditors showed me", "Lorna Fitch", "A."],
    ["Who had access to the account", "Adaeze Nwosu", "Q."],
    ["Only Cedric and the bank", "Lorna Fitch", "A."],
    ["whether she had ever checked the monthly statements", "Milo Brandt", "asked"],
    ["Not every month, I trusted him.", "Lorna Fitch", "said"],
    ["the club's records were so poorly kept that no one could say where the money went", "Milo Brandt", "told"],
    ["Sloppy bookkeeping is not a crime,", "Milo Brandt", "said"],
    ["the transfer went to an account in Wollaston's mother's name", "Adaeze Nwosu", "said"],
    ["the trial was expected to last a week", "Harriet Coombe", "said"],
  ]],
  ['student', [
    ["Some of us work until ten and study after, Midnight is the middle of my day.", "Ana Ruiz", "said"],
    ["he had used the library every night during finals last year", "Devin Okafor", "said"],
    ["My dorm is loud. This is the only quiet place I have,", "Devin Okafor", "said"],
    ["the group had collected more than 900 signatures in a week", "Ana Ruiz", "said"],
    ["she rarely saw more than a handful of people in the building after 1 a.m.", "Priya Natarajan", "said"],
    ["It is a lot of electricity for six people,", "Priya Natarajan", "said"],
    ["the change would save about $80,000 a year", "Harold Bexley", "said"],
    ["the university would keep one study room open all night", "Harold Bexley", "said"],
    ["that was not enough", "Mateo Lindgren", "said"],
    ["One room for 12,000 students?", "Mateo Lindgren", "asked"],
    ["the group would meet with Bexley next week", "Ana Ruiz", "said"],
  ]],
];

describe('fix84: the invented articles, row by row', () => {
  test.each(ARTICLES)('%s', (name, expected) => {
    expect(rowsOf(fixtureText('fix-84', name))).toEqual(expected);
  });
  test.each(ARTICLES)('%s with every category keeps its rows', (name, expected) => {
    const rows = rowsOf(fixtureText('fix-84', name), EVERY);
    for (const row of expected) expect(rows).toContainEqual(row);
  });
  it.todo('reactions: "Governments around the world reacted on Sunday to the ceasefire agreed between Veltria and Ostrava, with most welcoming the deal and urging both sides to keep to it." -> no report for "agreed" (a participle on "the ceasefire"); "both sides to keep to it" is Governments around the world, urging (now the whole clause before "agreed" is the speaker)');
  it.todo('oped, every category: "Our city council seems determined to prove him wrong." -> no report (now "Our city council determined to prove him wrong", no speaker, "seems")');
});
