/**
 * Attribution beyond speech, eighth round (issue 15): a present-tense verb of
 * the opt-in categories that the tagger reads as a noun ("plans", "hopes")
 * before an infinitive is a cue after a one-word name ("Petrov plans to ...")
 * or after the comma that closes an appositive or relative clause ("Petrov,
 * who won in May, plans to ..."), as it already was after a common noun or a
 * two-word name. A determiner before the name, or a verb of the sentence
 * after the infinitive ("Republican plans to cut taxes drew protests"), keeps
 * it a noun phrase. Default output never changes. Sentences and names are
 * invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category, rule]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '', q.rule]);
}

describe('a noun-tagged verb before an infinitive after a one-word name or a closing comma', () => {
  test.each([
    ['a one-word name', 'Varga plans to close the old ferry terminal before the end of the summer.', 'to close the old ferry terminal before the end of the summer', 'Varga', 'plans'],
    ['a one-word name and a coordinated infinitive', 'Varga plans to close the terminal and open a new one near the bridge.', 'to close the terminal and open a new one near the bridge', 'Varga', 'plans'],
    ['a relative clause closed by a comma', 'Varga, who won the harbor seat in May, plans to close the old ferry terminal by August.', 'to close the old ferry terminal by August', 'Varga', 'plans'],
  ])('%s', (_label, text, content, speaker, cue) => {
    expect(rows(text)).toEqual([[content, speaker, cue, 'thought', 'reported/cue-infinitive']]);
  });
});

describe('a noun phrase stays a noun phrase', () => {
  test.each([
    ['a determiner before the name', 'The Varga plans to close the terminal were shelved last week by the harbor board.'],
    ['a verb of the sentence after the infinitive', 'Republican plans to cut the ferry budget drew loud protests from the dock workers.'],
    ['a modal of the sentence after the infinitive', 'Varga plans to cut the ferry budget would leave the island towns without a boat.'],
  ])('%s', (_label, text) => {
    expect(rows(text).filter((r) => r[2] === 'plans')).toEqual([]);
  });
});

describe('default output unchanged', () => {
  test.each([
    'Varga plans to close the old ferry terminal before the end of the summer.',
    'Varga, who won the harbor seat in May, plans to close the old ferry terminal by August.',
  ])('%s', (text) => {
    expect(rows(text, {})).toEqual([]);
  });
});
