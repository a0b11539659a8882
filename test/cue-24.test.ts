/**
 * cue24: particle phrases that say something of their object, with no
 * quotation or "that" needed (rule `reported/cue-object`): "lashed out at",
 * "pointed to". The
 * object of "pointed to" runs on past a comma and a time word. Negatives:
 * pointing at a place, a thing or a person, "points" as a noun, an opening
 * participle, pointing while speaking, "pushed back on" (left out).
 * Invented sentences with the exact parts, speaker, cue and rule.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const found: [string, string, Row[]][] = [
  ['lashed out at', 'The harbor chief lashed out at the shipping firms on Monday.', [
    row(['the shipping firms on Monday'], 'The harbor chief', 'lashed out at', 'reported/cue-object'),
  ]],
  ['pointed to, past a time word', 'The coach pointed to the team’s wins Saturday in Reno and Boise.', [
    row(['the team’s wins Saturday in Reno and Boise'], 'The coach', 'pointed to', 'reported/cue-object'),
  ]],
  ['pointed to, to a relative after a comma', 'The planners pointed to the example of Dover, which rebuilt its pier in a year.', [
    row(['the example of Dover'], 'The planners', 'pointed to', 'reported/cue-object'),
  ]],
];

const none: [string, string][] = [
  ['pointed to the door', 'The guard pointed to the door.'],
  ['stood by the window', 'The clerk stood by the window.'],
  ['"points" as a noun', 'Her lead shrank from nine points to four points.'],
  ['pushed back on, left out', 'The council pushed back on the new parking rules.'],
  ['an opening participle', 'Pointing to the new figures, the mayor asked for more time.'],
  ['pointed to a person shown', 'The witness pointed to a man in the third row.'],
];

describe('cue24: particle phrases with an object', () => {
  test.each(found)('%s', (_name, text, expected) => {
    expect(rows(extract(text))).toEqual(expected);
  });
  test.each(none)('%s', (_name, text) => {
    expect(extract(text).quotes).toEqual([]);
  });
  test('pointing to while speaking: only the quotation', () => {
    const cues = extract('"The pool goes here," the architect said, pointing to the plans.').quotes.map((q) => q.cue?.span.text);
    expect(cues).toEqual(['said']);
  });
});

describe('"pointed to" + an object whose "which" clause says something (lead, stop 35)', () => {
  test.each([
    ['Lee pointed to a letter which said the pier must close.', [['a letter', 'Lee', 'pointed to'], ['the pier must close', 'a letter', 'said']]],
    ['The mayor pointed to a report which warned that the toll would fail.', [['a report', 'The mayor', 'pointed to'], ['the toll would fail', 'a report', 'warned']]],
    // a "which" clause with no verb of saying stays in the object
    ['The coach pointed to a season which ended in March.', [['a season which ended in March', 'The coach', 'pointed to']]],
  ])('%s', (text, want) => {
    expect(extract(text).quotes.map((q) => [q.span.text, q.speaker?.name, q.cue?.span.text])).toEqual(want);
  });
});
