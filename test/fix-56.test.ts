/**
 * Helper fix56: five invented news articles in conventions the earlier
 * probes (fix51 to fix55) left out (a markets report, a British politics
 * story with single quotation marks, a long-form interview feature, a
 * disaster report, a football press conference), kept as fixtures in
 * test/fixtures/fix-56/, with the right output of their key sentences; and
 * the general fixes the probe led to:
 * - "MP", "MEP", "CEO" and the like after a determiner and one word head
 *   a description of a person, not a name ("The Tory MP, Giles Ambry,
 *   said" is Giles Ambry's; "A Labour MP said" is the description's);
 * - a cleft before an attribution goes on with its relative after it ("It
 *   was her mother, she says, who taught her to read");
 * - "Dame" or "Sir" before a given name alone stands for the full name
 *   before it ("Dame Rosalind" after "Dame Rosalind Carey"), whatever the
 *   given name;
 * - a listener before an infinitive takes a phrase of place that narrows it
 *   down ("urged residents near the site to ...");
 * - a clause right after the noun of "about" describes that noun and is no
 *   clause the cue reports ("wrote about towns she loved").
 * Sentences, articles and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { fixtureText, rowsOf, type Row, testKeySentences } from './support/fix-rows.js';

const article = (name: string): string => fixtureText('fix-56', name);

describe('fix56: "Dame" or "Sir" before a given name alone', () => {
  test.each([
    ['Dame Orla Pennick chaired the panel. "We need answers," Dame Orla said.', [['We need answers,', 'Orla Pennick', 'said']]],
    ['Sir Bastian Greel spoke first. Sir Bastian said the plan was sound.', [['the plan was sound', 'Bastian Greel', 'said']]],
    // a surname after the honorific joins as before; a given name without it joins too, since an unknown first
    // name alone stands for the two-word name it opened before (it stayed a name of its own until then)
    ['Dame Orla Pennick spoke first. Dame Pennick said the plan was sound.', [['the plan was sound', 'Orla Pennick', 'said']]],
    ['Bastian Greel spoke first. Bastian said the plan was sound.', [['the plan was sound', 'Bastian Greel', 'said']]],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });
});

describe('fix56: a title acronym after a determiner and one word describes a person', () => {
  test.each([
    ['The Tory MP for Barnford, Giles Ambry, said the scheme was a mess.', [['the scheme was a mess', 'Giles Ambry', 'said']]],
    ['The Tory MP, Giles Ambry, said the scheme was a mess.', [['the scheme was a mess', 'Giles Ambry', 'said']]],
    ['A Labour MP said the scheme was a mess.', [['the scheme was a mess', 'A Labour MP', 'said']]],
    ['The scheme is a mess, said the Acme CEO.', [['The scheme is a mess', 'the Acme CEO', 'said']]],
    // a name before a post-nominal, and a body's acronym, as before
    ['Giles Ambry MP said the scheme was a mess.', [['the scheme was a mess', 'Giles Ambry', 'said']]],
    ['The Texas GOP said the scheme was a mess.', [['the scheme was a mess', 'Texas GOP', 'said']]],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });
});

describe('fix56: a cleft before the attribution goes on with its relative', () => {
  test.each([
    ['It was her mother, Ada Moss says, who taught her to read.', [['It was her mother who taught her to read', 'Ada Moss', 'says']]],
    ['It is the teachers, he said, who will pay the price.', [['It is the teachers who will pay the price', 'he', 'said']]],
    // a relative after an inverted speaker still describes the speaker
    ['The plan is sound, said Ann Hale, who teaches law.', [['The plan is sound', 'Ann Hale', 'said']]],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });
});

describe('fix56: a listener narrowed down by a phrase of place', () => {
  test.each([
    ['He urged residents near the site to keep their windows shut.', [['residents near the site to keep their windows shut', 'He', 'urged']]],
    ['The agency urged families along the river to leave.', [['families along the river to leave', 'The agency', 'urged']]],
    ['Ada Moss urged shop owners inside the zone to close early.', [['shop owners inside the zone to close early', 'Ada Moss', 'urged']]],
    // a time is still no part of the listener
    ['Ada Moss urged lawmakers on Tuesday to act.', []],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });
});

describe('fix56: a clause that describes the noun after "about"', () => {
  test.each([
    ['Ada Moss wrote about towns she loved.', 'she loved'],
    ['Nell Corran has spent years writing about rivers she fished as a girl.', 'she fished as a girl'],
  ])('%s', (text, clause) => {
    const rows = rowsOf(text);
    // the relative clause alone is no content; whatever the cue keeps takes its noun with it
    expect(rows.map((r) => r[0])).not.toContain(clause);
    for (const r of rows) expect(r[0].startsWith(clause)).toBe(false);
  });
  // a rough amount after "about" opens the clause as before
  test('said about 40 people were hurt', () => {
    expect(rowsOf('Ada Moss said about 40 people were hurt.')).toEqual([['about 40 people were hurt', 'Ada Moss', 'said']]);
  });
});

const KEY: [string, Row[]][] = [
  ['markets', [
    ['The guidance cut was bigger than anyone on the desk expected,', 'Pia Orlov', 'said'],
    ['the slowdown could last into the spring', 'Analysts at Brannock Capital', 'wrote'],
    ['We think the worst is not yet priced in,', 'the Brannock analysts', 'wrote'],
    ['The yield on the ten-year note slipped to 3.9 percent', 'Tessaly Markets', 'according to'],
    ['policymakers would watch wage data closely before deciding on another cut', 'Lena Sarkis', 'told'],
    ['he expected choppy trading to continue for several weeks', 'Rohan Adair', 'added'],
  ]],
  ['commons', [
    ['The process was fair, it was open and it delivered value for the taxpayer,', 'Harriet Lyle', 'said'],
    ["the prime minister had 'full confidence' in Ms Lyle", 'A Downing Street spokesman', 'said'],
    ["the minister should 'consider her position'", 'Jeremy Stott', 'said'],
    ['Parliament must be able to see what was agreed and why,', 'Rosalind Carey', 'said'],
    ['We won this contract on merit and we are proud of the service we run.', 'A spokeswoman for the company', 'said'],
    ['If the minister has nothing to hide, she should welcome the chance to clear her name.', 'Owen Pryce', 'added'],
  ]],
  ['interview', [
    ['It was her grandmother who first took her out on the boats', 'Nadia Ferrant', 'says'],
    ['The trains,', 'Nadia Ferrant', 'says'],
    ['the book is partly an attempt to understand him', 'Nadia Ferrant', 'says'],
    ['the manuscript arrived almost finished', 'Simon Greaves', 'says'],
    ['Nadia doesn\'t send drafts, She sends books.', 'Simon Greaves', 'told'],
    ['I still wake up some nights and rewrite it in my head,', 'Nadia Ferrant', 'says'],
  ]],
  ['disaster', [
    ['Two firefighters were among the injured', 'a fire department spokeswoman', 'said'],
    ['I heard three bangs, like fireworks, and then the whole sky went orange,', 'Luis Marren', 'said'],
    ['Nobody listened,', 'Grace Tolley', 'said'],
    ['residents near the site to keep windows closed because of smoke', 'Tobias Wren', 'urged'],
    ['two of them were employees of the company', 'officials', 'said'],
  ]],
  ['transfer', [
    ['the club had held talks over a move for Lumen City striker Dario Velasco', 'Rolf Keller', 'confirmed'],
    ['Ben is not for sale, Full stop.', 'Rolf Keller', 'said'],
    ["I've spoken to Ben and he's happy here. He wants to win things with this club.", 'Rolf Keller', 'added'],
    ['Velasco was keen on the move but would wait to see what other offers arrived', 'A source close to the player', 'said'],
  ]],
];

describe('fix56: invented articles', () => {
  testKeySentences('fix-56', KEY);
  test('no content is a relative clause alone, and no Dame is known by her given name only', () => {
    expect(rowsOf(article('interview')).map((r) => r[0])).not.toContain('she left');
    expect(rowsOf(article('commons')).map((r) => r[1])).not.toContain('Rosalind');
  });
});
