/**
 * trail19: a quote followed by a name and a verb the lexicon lacks
 * (`direct/trailing-name`) takes that verb as its cue, as annotated news marks
 * it; the quote then goes on after its attribution as one interrupted quote,
 * but never across a sentence whose subject is another named person, and never
 * into a quote with a speaker of its own. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { Extraction } from '../src/index.js';

/** Each quote as [kind, parts joined by " / ", speaker name, cue text, cue lemma, rule]. */
function rows(r: Extraction): (string | null)[][] {
  return r.quotes.map((q) => [q.kind, q.parts.map((p) => p.text).join(' / '), q.speaker?.name ?? null, q.cue?.span.text ?? null, q.cue?.lemma ?? null, q.rule]);
}

describe('the verb after the name is the cue', () => {
  test.each([
    {
      name: 'a name, then a verb of manner',
      input: '"We will see," Ada Moss grinned.',
      output: [['direct', 'We will see,', 'Ada Moss', 'grinned', 'grin', 'direct/trailing-name']],
    },
    {
      name: 'an inverted verb after a question',
      input: '"Is that all?" reacted Ada Moss.',
      output: [['direct', 'Is that all?', 'Ada Moss', 'reacted', 'react', 'direct/trailing-name']],
    },
    {
      name: 'a pronoun and a verb with its particle',
      input: 'Nell Ruiz paused. "We will not wait," she went on.',
      output: [['direct', 'We will not wait,', 'Nell Ruiz', 'went on', 'go', 'direct/trailing-name']],
    },
    {
      name: 'a preposition with an object is no particle of the cue',
      input: '"That was a mistake," Pia Lund grinned on Monday.',
      output: [['direct', 'That was a mistake,', 'Pia Lund', 'grinned', 'grin', 'direct/trailing-name']],
    },
    {
      name: 'a verb the tagger reads as a noun',
      input: '"Not one of them," Pia Lund answers.',
      output: [['direct', 'Not one of them,', 'Pia Lund', 'answers', 'answer', 'direct/trailing-name']],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('the quote goes on after its attribution', () => {
  test.each([
    {
      name: 'the next sentence of the paragraph',
      input: '"We will see," Ada Moss grinned. "The vote is close."',
      output: [['direct', 'We will see, / The vote is close.', 'Ada Moss', 'grinned', 'grin', 'direct/trailing-name']],
    },
    {
      name: 'after a pronoun and a verb with its particle',
      input: 'Nell Ruiz paused. "We will not wait," she went on. "Not one more day."',
      output: [['direct', 'We will not wait, / Not one more day.', 'Nell Ruiz', 'went on', 'go', 'direct/trailing-name']],
    },
    {
      name: 'after a sentence of the same person',
      input: '"We will see," Ada Moss said. Moss shook her head. "The vote is close."',
      output: [['direct', 'We will see, / The vote is close.', 'Ada Moss', 'said', 'say', 'direct/trailing-speaker-cue']],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('negatives: two speakers are never joined', () => {
  test('a sentence of another named person between the quotes', () => {
    expect(rows(extract('"We will see," Ada Moss grinned. Karl Osei shook his head. "The vote is close and we need every hand."'))).toEqual([
      ['direct', 'We will see,', 'Ada Moss', 'grinned', 'grin', 'direct/trailing-name'],
      ['direct', 'The vote is close and we need every hand.', 'Karl Osei', null, null, 'direct/fallback-previous'],
    ]);
  });

  test('the same with a cue the lexicon holds: no context speaker across the other person', () => {
    const r = extract('"The plan is dead," Tom Vale said. Mayor Rita Kuhn disagreed. "We will try again next year."');
    expect(rows(r)).toEqual([
      ['direct', 'The plan is dead,', 'Tom Vale', 'said', 'say', 'direct/trailing-speaker-cue'],
      ['direct', 'We will try again next year.', 'Rita Kuhn', null, null, 'direct/fallback-previous'],
    ]);
  });

  test('a second quote with its own speaker stays its own', () => {
    expect(rows(extract('"We are ready," Ada Moss grinned. "Really?" Karl Osei asked.'))).toEqual([
      ['direct', 'We are ready,', 'Ada Moss', 'grinned', 'grin', 'direct/trailing-name'],
      ['direct', 'Really?', 'Karl Osei', 'asked', 'ask', 'direct/trailing-speaker-cue'],
    ]);
  });

  test('a title the name released is no quote', () => {
    expect(extract('"Thriller," Ann Vey released in 1982.').quotes).toEqual([]);
  });
});
