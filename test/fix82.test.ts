/**
 * Helper fix82: eight invented news articles in styles the earlier probes left
 * out (a court report with testimony and a verdict, an obituary with a
 * family's recollections, a tech launch with an executive and an analyst, a
 * flood report with officials and residents, coverage of a science paper, a
 * Q. / A. interview, a city council meeting and a foreign dispatch with « »
 * and „ " quotes and "said through an interpreter"), kept as fixtures in
 * test/fixtures/fix-82/, each checked row by row: [content, speaker name,
 * cue] with default options. Defects left open are `it.todo` rows.
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
 *   (the check still looked for the letter "A" as the answer's name).
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
