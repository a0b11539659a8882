/**
 * Speed round 65 reordered tests in two hot paths without changing output:
 * the object or topic of a cue (reported/object.ts: the second gerund of a
 * topic and the coordinated verb that ends an object are now read only at a
 * conjunction before a verb, and the cue's -ing form once per object), and
 * the table of finite verbs the content-then-cue rules read
 * (reported/finite-verb.ts: the tag before the word). These cases pin the
 * shapes those paths decide. Exact parts, speaker mention, cue and rule;
 * sentences without a cue yield nothing, with every category on as well.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const ALL = ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] as const;

const cases: [string, string, Row[]][] = [
  ['a topic after "about" goes on with a second gerund', 'The senator talked about health care and getting money out of politics at the town hall.', [
    row(['health care and getting money out of politics'], 'The senator', 'talked about', 'reported/cue-topic'),
  ]],
  ['after a participle cue, the second gerund is the subject\u2019s next act', 'Hundreds marched downtown on Saturday, talking about the toll and carrying signs.', [
    row(['the toll'], 'Hundreds', 'talking about', 'reported/cue-topic'),
  ]],
  ['a coordinated verb ends the object', 'The mayor criticized the new parking fees and called for a vote in the spring.', [
    row(['the new parking fees'], 'The mayor', 'criticized', 'reported/cue-object'),
    row(['a vote in the spring'], 'The mayor', 'called for', 'reported/cue-topic'),
  ]],
  ['a new subject with a verb of its own ends the topic', 'The union leader talked about wages and his aides did not reply.', [
    row(['wages'], 'The union leader', 'talked about', 'reported/cue-topic'),
  ]],
  ['a gerund subject with its finite verb before the attribution', 'Seeing the old ferry rust away led him to quit, his brother said.', [
    row(['Seeing the old ferry rust away led him to quit'], 'his brother', 'said', 'reported/content-speaker-cue'),
  ]],
  ['a clause with a finite verb before the attribution', 'Parking fees rose by half last year, the treasurer said.', [
    row(['Parking fees rose by half last year'], 'the treasurer', 'said', 'reported/content-speaker-cue'),
  ]],
];

describe('speed round 65: objects, topics and finite verbs', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each([
    'The senator spent the afternoon on health care and getting money out of politics.',
    'Hundreds marched downtown on Saturday, carrying signs.',
    'The mayor inspected the new parking meters and left for the airport.',
  ])('no cue, nothing: %s', (input) => {
    expect(rows(extract(input))).toEqual([]);
    expect(rows(extract(input, { categories: [...ALL] }))).toEqual([]);
  });
});
