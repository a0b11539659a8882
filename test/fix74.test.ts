/**
 * fix74: open bugs from invented news. A verb of writing the tagger reads as a
 * plural noun between a name and a colon ("Reader Hal Winters emails: ...")
 * is the cue; a place and its state or country before a colon ('Dover,
 * Delaware: "..."') names no roundup speaker; a writer's beat in a bio line
 * ("Nora Quill writes about technology") reports nothing. Exact text, speaker
 * name, cue and rule; plus the shapes that stay as they were and negatives.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { quoteLines } from './support/rows.js';

const cases: [string, string, string[]][] = [
  ['"emails" between a name and a colon is the cue', 'Reader Hal Winters emails: "The bridge is late again."', [
    'direct | The bridge is late again. | Hal Winters | emails | direct/leading-speaker-cue',
  ]],
  ['"posts" after a title and a name', 'Mayor Ana Cruz posts: "The pool opens at nine."', [
    'direct | The pool opens at nine. | Ana Cruz | posts | direct/leading-speaker-cue',
  ]],
  ['"texts" after a name of two words', 'Hal Winters texts: "Running late."', [
    'direct | Running late. | Hal Winters | texts | direct/leading-speaker-cue',
  ]],
  ['a common noun before "emails" and a colon is no speaker', 'Company emails: "Buy now."', []],
  ['"posts" with no colon stays a noun', 'Hal Winters posts photos of the bridge every day.', []],
  ['a town and its state before a colon name no speaker', 'Dover, Delaware: "We lost power at noon and the generator failed too."', [
    'direct | We lost power at noon and the generator failed too. | - | - | direct/unattributed',
  ]],
  ['a town and its state abbreviation', 'Dover, Del.: "We lost power at noon and the generator failed too."', [
    'direct | We lost power at noon and the generator failed too. | - | - | direct/unattributed',
  ]],
  ['a person and an outlet stay a roundup', 'Lena Park, The Harbor Times: "A fine and moving film about loss."', [
    'direct | A fine and moving film about loss. | Lena Park | - | direct/roundup',
  ]],
  ['a writer\'s beat in a bio line is no report', 'Nora Quill writes about technology and daily life.', []],
  ['"wrote about" still reports its topic', 'Nora Quill wrote about the closure of the mill.', [
    'indirect | the closure of the mill | Nora Quill | wrote about | reported/cue-topic',
  ]],
];

describe('fix74: invented-news bugs', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(quoteLines(extract(input))).toEqual(expected);
  });
});
