/**
 * Spurious reports with default options (spur55): invented sentences of shapes
 * that produced predictions a careful reader would not mark as attributions.
 * Negatives must give no quote on the cue named; near misses of the same words
 * must still give the exact quote, speaker and cue.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './support/invariants.js';

/** The quotes of `input` whose cue lemma is `lemma`, as [text, speaker name, rule]. */
function onCue(input: string, lemma: string): [string, string | null, string][] {
  return extract(input).quotes.filter((q) => q.cue?.lemma === lemma).map((q) => [q.text, q.speaker?.name ?? null, q.rule]);
}

describe('"claim" in its sense of taking a prize or a place reports nothing', () => {
  // (each gave a reported clause before: the words after the prize read as a clause)
  const negatives: string[] = [
    'A narrow win in Marlow by Senator Edda Quill was not enough to claim the nomination when Ivo Brandt surged in the states that followed.',
    'Moscow has been bolstering the junta as it claims more land from the Varn-backed militias and the Osk Front and gaining leverage while talks crawl.',
    'The army claims more territory every week, the ministry said.',
    'Brandt must be kept below the 900 delegates he would need to claim the nomination on ballot one at the Oskar Hall convention, and then his rivals hope to sway delegates later.',
    'The Tallis Rovers claimed the title after the league ruled their rivals had fielded an ineligible player.',
  ];
  for (const input of negatives) it(`nothing on "claim": ${input.slice(0, 60)}`, () => expect(onCue(input, 'claim')).toEqual([]));

  // (a verb right after the prize noun, or "that", opens a clause that is reported)
  const positives: [string, [string, string | null, string][]][] = [
    ['Senator Edda Quill claimed the nomination was stolen by party insiders.', [['the nomination was stolen by party insiders', 'Edda Quill', 'reported/cue-clause']]],
    ['Ivo Brandt claimed his rivals had bought the seat with donations from Marlow.', [['his rivals had bought the seat with donations from Marlow', 'Ivo Brandt', 'reported/cue-clause']]],
    ['The militia claimed that the territory had always belonged to the Varn people.', [['the territory had always belonged to the Varn people', 'The militia', 'reported/cue-that']]],
  ];
  for (const [input, want] of positives) it(`kept: ${input.slice(0, 60)}`, () => expect(onCue(input, 'claim')).toEqual(want));
});

describe('"all told" (in all) is no cue', () => {
  // (each gave a report on "told" before, with "All" or the sentence's subject as its speaker)
  const negatives: string[] = [
    'All told, up to 9,000 workers in Marlow could lose their jobs.',
    'The Tallis fund, all told, raised $4 million in May.',
  ];
  for (const input of negatives) it(`nothing on "tell": ${input}`, () => expect(onCue(input, 'tell')).toEqual([]));

  // ("all" after the subject is a quantifier; "All told" inside a quote is part of what was said)
  const positives: [string, string, [string, string | null, string][]][] = [
    ['Quill, Brandt and Osk all told me the bridge was unsafe.', 'tell', [['the bridge was unsafe', 'Quill, Brandt and Osk', 'reported/cue-clause']]],
    ['They all told reporters the vote would be close.', 'tell', [['the vote would be close', 'They', 'reported/cue-clause']]],
    ['"All told, we spent too much," Quill said.', 'say', [['All told, we spent too much,', 'Quill', 'direct/trailing-speaker-cue']]],
  ];
  for (const [input, lemma, want] of positives) it(`kept: ${input}`, () => expect(onCue(input, lemma)).toEqual(want));
});

describe('"pledged" as the adjective of "pledged delegates" is no cue', () => {
  // (the first gave a report of "delegates, yet Brandt still holds the momentum" before)
  const negatives: string[] = [
    'Quill has carried more counties and more pledged delegates, yet Brandt still holds the momentum.',
    'Quill leads in pledged delegates, but Brandt has the momentum.',
  ];
  for (const input of negatives) it(`nothing on "pledge": ${input}`, () => expect(onCue(input, 'pledge')).toEqual([]));

  // (the verb with its own object or infinitive is still a cue)
  const positives: [string, [string, string | null, string][]][] = [
    ['Quill has pledged to win over the delegates before the convention.', [['to win over the delegates before the convention', 'Quill', 'reported/cue-infinitive']]],
  ];
  for (const [input, want] of positives) it(`kept: ${input}`, () => expect(onCue(input, 'pledge')).toEqual(want));
});
