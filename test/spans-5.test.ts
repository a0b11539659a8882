/**
 * Speaker and cue spans of every attribution as annotated news marks them
 * (spans round 5, issues 11 and 15): the speaker's appositive, before or
 * after the cue, and a party or state tag belong to the speaker span; a
 * manner adverb in -ly right before the cue belongs to the cue. The
 * speaker's name stays the person's name. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** Each quote as [content, speaker mention text, speaker name, cue, rule], default options. */
function spans(text: string): [string, string | null, string | null, string, string][] {
  return extract(text).quotes.map((q) => [q.text, q.speaker?.mention?.text ?? null, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.rule]);
}

type Row = [string, string | null, string | null, string, string];

describe('speech speakers: the appositive and the party tag belong to the speaker span', () => {
  test.each([
    ['appositive between speaker and cue', 'Tom Reyes, the harbor master, said the pier would hold through the winter.',
      [['the pier would hold through the winter', 'Tom Reyes, the harbor master', 'Tom Reyes', 'said', 'reported/cue-clause']]],
    ['appositive after an inverted speaker, direct quote', '"The pier will hold," said Ada Moss, a harbor engineer at the port authority.',
      [['The pier will hold,', 'Ada Moss, a harbor engineer at the port authority', 'Ada Moss', 'said', 'direct/trailing-cue-speaker']]],
    ['appositive after an inverted speaker, then a relative clause', '"The pier will hold," said Ada Moss, a harbor engineer, who has worked on the docks for years.',
      [['The pier will hold,', 'Ada Moss, a harbor engineer, who has worked on the docks for years', 'Ada Moss', 'said', 'direct/trailing-cue-speaker']]],
    ['appositive opening with an adjective, reported speech', 'The pier will hold through the winter, said Ada Moss, senior engineer at the port authority.',
      [['The pier will hold through the winter', 'Ada Moss, senior engineer at the port authority', 'Ada Moss', 'said', 'reported/content-cue-speaker']]],
    ['appositive opening with "then"', 'The pier will hold through the winter, said Ada Moss, then the chief engineer at the port.',
      [['The pier will hold through the winter', 'Ada Moss, then the chief engineer at the port', 'Ada Moss', 'said', 'reported/content-cue-speaker']]],
    ['a party and state tag', 'Sen. Ada Moss (D-Ohio) said the pier would hold through the winter.',
      [['the pier would hold through the winter', 'Sen. Ada Moss (D-Ohio)', 'Ada Moss', 'said', 'reported/cue-clause']]],
    ['a party tag, then an appositive', '"The pier will hold," said Rep. Tom Reyes (R-Tex.), a member of the harbor panel.',
      [['The pier will hold,', 'Rep. Tom Reyes (R-Tex.), a member of the harbor panel', 'Tom Reyes', 'said', 'direct/trailing-cue-speaker']]],
  ] as [string, string, Row[]][])('%s', (_label, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('speech speakers: spans that stay as found', () => {
  test.each([
    ['an aside between commas', 'Tom Reyes, for instance, said the pier would hold through the winter.', 'Tom Reyes'],
    ['a participle phrase before the cue', 'Tom Reyes, speaking in Dayton, said the pier would hold through the winter.', 'Tom Reyes'],
    ['a relative clause before the cue', 'Tom Reyes, who runs the harbor, said the pier would hold through the winter.', 'Tom Reyes'],
    ['a clause with "whose" after the speaker', '"The pier will hold," said Ada Moss, whose firm built the docks.', 'Ada Moss'],
    ['an age after the speaker', '"The pier will hold," said Ada Moss, 61, of Dayton.', 'Ada Moss'],
    ['a participle after the speaker', '"The pier will hold," said Ada Moss, smiling at the crowd.', 'Ada Moss'],
    ['an appositive that runs into a quotation', '"The pier will hold," said Ada Moss, the author of "Iron Docks."', 'Ada Moss'],
    ['the main clause after "according to X,"', 'According to the budget office, the deficit will grow by a third next year.', 'the budget office'],
  ])('%s', (_label, text, mention) => {
    expect(spans(text).map((s) => s[1])).toEqual([mention]);
  });
});

describe('speech cues: a manner adverb in -ly right before the cue belongs to it', () => {
  test.each([
    ['a manner adverb', 'Ms. Varga openly admitted that the pier would not hold through the winter.', 'openly admitted'],
    ['"reportedly" (inside the gold cue on train)', 'Ms. Varga reportedly said that the pier would hold through the winter.', 'reportedly said'],
    ['"only" stays out', 'Ms. Varga only said that the pier would hold through the winter.', 'said'],
    ['"likely" stays out', 'Ms. Varga likely said that the pier would hold through the winter.', 'said'],
    ['"early" stays out', 'Ms. Varga early said that the pier would hold through the winter.', 'said'],
    ['an adverb of the verb before it stays out', 'An aide who was not allowed to speak publicly said the pier would hold.', 'said'],
    ['an adverb before a phrase cue stays out', 'That is partly according to the harbor master, who inspected the pier.', 'according to'],
  ])('%s', (_label, text, cue) => {
    expect(spans(text).map((s) => s[3])).toEqual([cue]);
  });
});

describe('speech cues: the preposition "call" takes belongs to the cue', () => {
  test.each([
    ['called on', 'Ms. Varga called on the council to rebuild the pier before the winter.', 'called on'],
    ['called for', 'Ms. Varga has called for an inquiry into the closing of the pier.', 'has called for'],
    ['another verb keeps its span ("said on" is outside the gold cue more often than in)', 'Ms. Varga said on Tuesday that the pier would close before the winter.', 'said'],
  ])('%s', (_label, text, cue) => {
    expect(spans(text).map((s) => s[3])).toEqual([cue]);
  });
});
