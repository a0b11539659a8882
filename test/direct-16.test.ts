/**
 * direct16: a direct quote that goes on past its own speaker and a verb the
 * lexicon lacks (`"A," an angry Vidal retaliated. "B."`, `"A?" Vidal pressed.
 * "B."`) is that speaker's, not carried from the quote before it; a quote
 * inside the sentence of the attribution of the quote before it takes its own
 * trailing cue and speaker (`"A," she said, but ..., "B," said Ada Kunin.`).
 * Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { Extraction } from '../src/index.js';

/** Each direct quote as `text | speaker name | cue | rule`. */
function rows(r: Extraction): string[] {
  return r.quotes
    .filter((q) => q.kind === 'direct')
    .map((q) => `${q.text} | ${q.speaker?.name ?? '-'} | ${q.cue?.span.text ?? '-'} | ${q.rule}`);
}

describe('a named speaker between the stretches of a quote', () => {
  test.each([
    {
      name: 'a comma, a described name and a verb outside the lexicon, in the paragraph after an attributed quote',
      input: 'Reyes said the harbor had lost its nerve: "The harbor is not what it was," he claimed.\n\n"The harbor will outlast us all," an angry Vidal retaliated. "It keeps going, since it still has boats and pilots and tugs."',
      last: 'The harbor will outlast us all, It keeps going, since it still has boats and pilots and tugs. | Vidal | - | direct/fallback-after',
    },
    {
      name: 'a question, a name and "went on"',
      input: 'Ada Moss answered pointedly: "That can happen to anyone in May." "You know, it happens, right?" Reyes went on, as if he did not hear her. "But you have to get over it and fight back."',
      last: 'You know, it happens, right? But you have to get over it and fight back. | Reyes | - | direct/fallback-after',
    },
    {
      name: 'a question, a name and "pressed"',
      input: 'Ada Moss answered the host at length. "We will not build it this year." "Would it be open to the farmers?" Luis Vidal pressed. "Maybe let some of them stay if they register?"',
      last: 'Would it be open to the farmers? Maybe let some of them stay if they register? | Luis Vidal | - | direct/fallback-after',
    },
  ])('$name', ({ input, last }) => {
    const found = rows(extract(input));
    expect(found[found.length - 1]).toEqual(last);
  });

  test.each([
    {
      name: 'a question and a sentence whose subject is no speaker: the quote is still carried from the one before',
      input: 'Ada Moss spoke to the crowd about the harbour.\n\n"Is the port going to close?" The question hung in the air. "No, it is not going to close this year."',
      last: 'Is the port going to close? No, it is not going to close this year. | Ada Moss | - | direct/context',
    },
    {
      name: 'a quote that ends its sentence, then a named sentence of its own in another paragraph',
      input: '"The port will stay open all winter," Ada Moss said.\n\n"We are ready for the ships." Luis Vidal left the room.',
      last: 'We are ready for the ships. | Ada Moss | - | direct/context',
    },
  ])('$name', ({ input, last }) => {
    const found = rows(extract(input));
    expect(found[found.length - 1]).toEqual(last);
  });
});

describe('a quote inside the attribution sentence of the quote before', () => {
  test.each([
    {
      name: 'a cue and a name after the second quote',
      input: '"Her usual temper is sour," he said, but in spite of that, "I expect she will sign it," said Ada Kunin.',
      output: ['Her usual temper is sour, | he | said | direct/trailing-speaker-cue', 'I expect she will sign it, | Ada Kunin | said | direct/trailing-cue-speaker'],
    },
    {
      name: 'no attribution after the second quote: it goes on with the first (unchanged)',
      input: '"Her usual temper is sour," he said, but in spite of that, "I expect she will sign it in the spring."',
      output: ['Her usual temper is sour, I expect she will sign it in the spring. | he | said | direct/trailing-speaker-cue'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});
