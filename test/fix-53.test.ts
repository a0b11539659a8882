/**
 * Helper fix53: five invented news articles in conventions the first two
 * probes (fix51, fix52) left out (a court trial, an earnings report, a
 * science story, a planning row, a present-tense feature), kept as fixtures
 * in test/fixtures/fix-53/, with the right output of their key sentences; and
 * the general fixes the probe led to:
 * - a name set off right after a word for a relative takes that relative's
 *   gender ("Her late husband, Ewan," is a man: a later "she" is not Ewan);
 * - a name set off after the short noun phrase that opens a reported content
 *   is that phrase's appositive ("said her manager, Tom Vale, had warned her
 *   ..." keeps the whole clause);
 * - a phrase of time after a topic preposition is no topic ("Testifying on
 *   the eighth day of the trial");
 * - a fronted participle whose adjunct ends on a name sets the scene
 *   ("Writing in the journal Planetary Letters, they said ...");
 * - titles with "co-" ("Co-author Felix Ndiaye");
 * - a lower-case "miss.", "ill.", "sun." (kept whole by the tokenizer as an
 *   abbreviation) ends its sentence;
 * - a cue closing a comparison ("than officials had predicted") leaves a
 *   trailing "according to" its clause.
 * Sentences, articles and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { EVERY, fixtureText, rowsOf, type Row, testKeySentences } from './support/fix-rows.js';

const article = (name: string): string => fixtureText('fix-53', name);

describe('fix53: a relative\'s word gives the name after it a gender', () => {
  test.each([
    ['Ada Moss kept the inn. Her late husband, Ewan, ran the boats. She says he never learned to swim.', [['he never learned to swim', 'Ada Moss', 'says']]],
    ['Tom Vale farmed the hill. His sister Noor helped at harvest. He said the rain came late.', [['the rain came late', 'Tom Vale', 'said']]],
    // a pronoun of the relative's gender is still the relative
    ['Ada Moss kept the inn. Her husband, Ewan, ran the boats. He said the sea was calm.', [['the sea was calm', 'Ewan', 'said']]],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });
});

describe('fix53: an appositive name inside a reported clause', () => {
  test.each([
    ['Ann Lee said her manager, Tom Vale, had warned her about the numbers.', [['her manager, Tom Vale, had warned her about the numbers', 'Ann Lee', 'said']]],
    ['Ann Lee said that her manager, Tom Vale, told staff the plant would close.', [['her manager, Tom Vale, told staff the plant would close', 'Ann Lee', 'said']]],
    // an inverted attribution after the content is still one
    ['The plan is dead, her manager, Tom Vale, said on Monday.', [['The plan is dead', 'Tom Vale', 'said']]],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });
});

describe('fix53: a phrase of time is no topic', () => {
  test.each([
    ['Testifying on the eighth day of the trial, Ann Lee said she was afraid.', [['she was afraid', 'Ann Lee', 'said']]],
    ['Ann Lee testified on the first day of the hearing.', []],
    // a topic stays one
    ['Ann Lee testified on the bill last year.', [['the bill', 'Ann Lee', 'testified on']]],
    ["Ann Lee commented on the day's events.", [["the day's events", 'Ann Lee', 'commented on']]],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });
});

describe('fix53: a fronted participle with a named venue', () => {
  test.each([
    ['Writing in the journal Nature Lakes, the researchers said the ice was thin.', [['the ice was thin', 'the researchers', 'said']]],
    ['Speaking on the radio show Morning Call, Ann Lee said the vote was rigged.', [['the vote was rigged', 'Ann Lee', 'said']]],
    ['Writing in the Gazette, Tom Vale said the ice was thin.', [['the ice was thin', 'Tom Vale', 'said']]],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });
});

describe('fix53: titles with co-', () => {
  test.each([
    ['Co-author Felix Ndiaye said the team would share its data. "It helps," Ndiaye said.', [['the team would share its data', 'Felix Ndiaye', 'said'], ['It helps,', 'Felix Ndiaye', 'said']]],
    ['Co-chair Ann Lee said the talks were over.', [['the talks were over', 'Ann Lee', 'said']]],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });
  test('"The co-author" is a description', () => {
    const [q] = extract('The co-author said it was thin.').quotes;
    expect(q?.speaker?.name).toBe('The co-author');
    expect(q?.speaker?.via).toBe('description');
  });
});

describe('fix53: a lower-case word the tokenizer took for an abbreviation ends its sentence', () => {
  test.each([
    ['Sam Hale said it was a near miss. Tom Vale said it was fine.', [['it was a near miss', 'Sam Hale', 'said'], ['it was fine', 'Tom Vale', 'said']]],
    ['Ann Lee said the kicker did not miss.', [['the kicker did not miss', 'Ann Lee', 'said']]],
    ['Ann Lee said her mother fell ill. "It was sudden," she said.', [['her mother fell ill', 'Ann Lee', 'said'], ['It was sudden,', 'Ann Lee', 'said']]],
    ['Ann Lee said the answer was no. "We will not sign," she said.', [['the answer was no', 'Ann Lee', 'said'], ['We will not sign,', 'Ann Lee', 'said']]],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });
  test('a state abbreviation in capitals still names no speaker', () => {
    const rows = rowsOf('Ann Lee left Jackson, Miss. Tom Vale said it was fine.');
    expect(rows).toEqual([['it was fine', 'Tom Vale', 'said']]);
  });
});

describe('fix53: a comparison\'s cue before a trailing source', () => {
  test.each([
    ['Turnout was lower than officials had predicted, according to the county.', [['Turnout was lower than officials had predicted', 'the county', 'according to']]],
    ['Sales rose faster than expected, according to the firm.', [['Sales rose faster than expected', 'the firm', 'according to']]],
    // a cue of its own before the source still attributes the clause
    ['The ballots were counted, officials said, according to the county.', [['The ballots were counted', 'officials', 'said']]],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });
});

/** Key sentences of each article: rows that must be in its output. */
const KEY: [string, Row[]][] = [
  ['trial', [
    ['I did what I was told, I was frightened of losing my job.', 'Delia Frane', 'said'],
    ['her manager, Oskar Vellum, had warned her that "nobody needs to see those numbers."', 'Delia Frane', 'said'],
    ['the witness had a motive to lie', 'Marcus Tully', 'suggested'],
    ["You were facing charges yourself, weren't you?", 'Marcus Tully', 'asked'],
    ['the documents showed "a deliberate pattern of deceit" rather than careless bookkeeping', 'Helen Osgard', 'told'],
    ['You must decide this case on the evidence you hear in this room and nothing else,', 'Ruth Calloway', 'said'],
    ['My brother is an honest man,', 'Nora Vellum', 'said'],
    ['his client had been "made a scapegoat" by senior executives who had since left the country', 'Marcus Tully', 'said'],
  ]],
  ['earnings', [
    // ("the company" after "Brantwell Systems said" is Brantwell Systems since fix68 made "Systems" a business's word)
    ['Net income dropped to $412 million in the three months to September', 'Brantwell Systems', 'said'],
    ["This was a tough quarter, and I won't pretend otherwise, But the underlying business is healthy.", 'Lena Marsh', 'told'],
    ['Brantwell had no plans to sell its consumer unit', 'Lena Marsh', 'added'],
    ['We are fully committed to the dividend.', 'Dev Anand', 'said'],
    ['investors were likely to look past the miss', 'Sam Whitcombe', 'said'],
    ['The guidance is what matters, and the guidance held,', 'Sam Whitcombe', 'said'],
    ["Workers are paying for management's mistakes,", 'Colm Rafferty', 'said'],
  ]],
  ['science', [
    ['the heat escaping from its south pole was nearly twice what earlier models predicted', 'they', 'said'],
    ['We were genuinely surprised, The numbers kept coming back higher, so we checked them again and again.', 'Amara Voss', 'said'],
    ['the findings did not mean life existed there', 'Amara Voss', 'cautioned'],
    ["It's an exciting result, but I'd want to see it confirmed by a second instrument,", 'Tobias Lindqvist', 'said'],
    ['the team planned to share its raw data with other groups', 'Felix Ndiaye', 'said'],
    ['Science works best when people can check your work,', 'Felix Ndiaye', 'said'],
  ]],
  ['planning', [
    ['Nobody is against new homes, We are against this building in this place.', 'Gwen Harrow', 'said'],
    ['the tower was "completely out of scale" with its neighbours', 'Joan Pettifer', 'said'],
    ['If we turn down every scheme, young people will never be able to live here,', 'Peter Lyle', 'told'],
    ['the car park was "an eyesore that deserves better."', 'Alan Meeks', 'wrote'],
    ['the road could not cope with more traffic', 'Sheila Dunmore', 'argued'],
    ['We will not give up,', 'Gwen Harrow', 'said'],
  ]],
  ['feature', [
    ['I thought I had reached the top of the world,', 'Mara Quill', 'recalls'],
    ["People ask me if I'm lonely, I tell them the sea is very good company.", 'Mara Quill', 'says'],
    ['him as "a quiet man with a loud laugh,"', 'Mara Quill', 'describes'],
    ['he taught her to read the weather from the colour of the water', 'Mara Quill', 'says'],
    ['the review "a polite way of saying goodbye."', 'Mara Quill', 'calls'],
    ["She's the one who notices when a boat is late, Every time.", 'Declan Royce', 'says'],
    ["I'm not an exhibit, Not yet, anyway.", 'Mara Quill', 'says'],
  ]],
];

describe('fix53: invented articles', () => {
  testKeySentences('fix-53', KEY);
  test('no content is a date, a journal or a bare noun phrase of the trial', () => {
    const contents = ['trial', 'science'].flatMap((n) => rowsOf(article(n)).map((r) => r[0]));
    expect(contents).not.toContain('the eighth day of the trial');
    expect(contents).not.toContain('Planetary Letters');
    expect(contents).not.toContain('her manager');
  });
  test('no speaker keeps a co- title, and no "she" is the husband', () => {
    const names = ['science', 'feature'].flatMap((n) => rowsOf(article(n)).map((r) => r[1]));
    expect(names).not.toContain('Co-author Felix Ndiaye');
    expect(names).not.toContain('Ewan');
  });
  test('with every category, the trailing source of the science story stays', () => {
    expect(rowsOf(article('science'), EVERY)).toContainEqual(['A moon of Saturn may be warmer beneath its icy crust than scientists thought', 'a new study', 'according to']);
  });
});
