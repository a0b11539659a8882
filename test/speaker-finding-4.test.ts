/**
 * Speaker finding, round 4: a quote right after a speaker with no cue takes
 * that speaker by context, a leading noun of saying takes its owner, a
 * contracted "has" after "who" keeps the cue's speaker, and a quantifier alone
 * opening its clause speaks. Rows marked "unchanged" must keep what they gave
 * before these rules. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { Extraction } from '../src/index.js';

/** Each quote as `text | speaker name <- mention | cue | rule`. */
function rows(r: Extraction): string[] {
  return r.quotes.map((q) => {
    const s = q.speaker ? `${q.speaker.name} <- ${q.speaker.mention?.text ?? '(context)'}` : '-';
    return `${q.text} | ${s} | ${q.cue?.span.text ?? '-'} | ${q.rule}`;
  });
}

describe('a quote after a speaker with no cue', () => {
  test.each([
    {
      name: 'a pronoun and a verb the lexicon lacks',
      input: 'Voters are tired. "People are afraid of wasting votes," he surmised. "Online, I see his posts all the time."',
      // (trail19: the verb is the cue, and the quote goes on after it as one interrupted quote)
      output: ['People are afraid of wasting votes, Online, I see his posts all the time. | he <- he | surmised | direct/trailing-name'],
    },
    {
      name: 'a name and a verb of manner',
      input: '"The plan is dead," Tom Hale grinned. "We will try again next year."',
      output: ['The plan is dead, We will try again next year. | Tom Hale <- Tom Hale | grinned | direct/trailing-name'],
    },
    {
      name: 'unchanged: another sentence between them is not carried over',
      input: '"The plan is dead," Tom Hale grinned. Mayor Ann Reyes disagreed. "We will try again next year."',
      output: [
        'The plan is dead, | Tom Hale <- Tom Hale | grinned | direct/trailing-name',
        'We will try again next year. | Ann Reyes <- Mayor Ann Reyes | - | direct/fallback-previous',
      ],
    },
    {
      name: 'a speaker read from the words after the quote, with no cue',
      input: 'The board met on Monday. "We will not sell the farm," Ann Lee, who chairs the board, shrugged at the table. "The land stays with the town."',
      output: [
        // (one interrupted quote: the sentence between is its attribution)
        'We will not sell the farm, The land stays with the town. | Ann Lee <- Ann Lee | - | direct/fallback-after',
      ],
    },
    {
      name: 'unchanged: a sentence with its own subject between them',
      input: 'The board met on Monday. "We will not sell the farm," Ann Lee, who chairs the board, shrugged at the table. Tom Hale left the room. "The land stays with the town."',
      output: [
        'We will not sell the farm, | Ann Lee <- Ann Lee | - | direct/fallback-after',
        'The land stays with the town. | Tom Hale <- Tom Hale | - | direct/fallback-previous',
      ],
    },
    {
      name: 'a quote interrupted by a pronoun and a verb the lexicon lacks goes on',
      input: 'Ann Lee took the floor. "As far as I can tell," she surmised, "the farm pays for itself every other year, and the bank knows it."',
      output: ['As far as I can tell, the farm pays for itself every other year, and the bank knows it. | Ann Lee <- she | surmised | direct/trailing-name'],
    },
    {
      name: 'unchanged: a cue joins the two quotes into one',
      input: '"The plan is dead," Tom Hale said. "We will try again next year."',
      output: ['The plan is dead, We will try again next year. | Tom Hale <- Tom Hale | said | direct/trailing-speaker-cue'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('a leading noun of saying and its owner', () => {
  test.each([
    {
      name: 'a possessive pronoun and a month between',
      input: 'The guild will not back Ann Reyes after her March comment that, "We are going to shut the mills."',
      output: ['We are going to shut the mills. | Ann Reyes <- her | comment | direct/leading-speaker-cue'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('a contracted "has" after a relative pronoun', () => {
  test.each([
    {
      name: "who's argued",
      input: "The plan was backed by the council member Tom Hale, who's argued for years that towns cannot be bound by the state.",
      output: ["towns cannot be bound by the state | Tom Hale <- who | 's argued | reported/cue-that"],
    },
    {
      name: 'who’s said, with a curly apostrophe',
      input: 'The plan was backed by the council member Tom Hale, who’s said for years that towns cannot be bound by the state.',
      output: ['towns cannot be bound by the state | Tom Hale <- who | ’s said | reported/cue-that'],
    },
    {
      name: "unchanged: it's said is a passive with no speaker",
      input: "It's said that the mill will close in the spring.",
      output: ["the mill will close in the spring | - | 's said | reported/cue-that-no-speaker"],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});

describe('a quantifier alone as the subject', () => {
  test.each([
    {
      name: 'after a semicolon',
      input: 'Nine of ten growers were worried about prices; most said they would sell their land.',
      output: ['they would sell their land | most <- most | said | reported/cue-clause'],
    },
    {
      name: 'after "and"',
      input: 'Several growers met in the barn, and both said the price was too low.',
      output: ['the price was too low | both <- both | said | reported/cue-clause'],
    },
    {
      name: 'unchanged: a quantifier after its pronoun is not the speaker',
      input: 'The growers, they all said, were worried.',
      output: ['The growers were worried | they <- they | said | reported/content-speaker-cue'],
    },
  ])('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });
});
