/**
 * What "it" and "they" stand for when nothing nearer settles them: the
 * organisation or group mentioned last before the pronoun (src/speakers/
 * organization-pronouns.ts, read from the mentions of organisations and groups
 * only, back from the last given). Pins the winner after the split of
 * src/speakers/entities.ts into layers: the one mentioned last, not the one
 * named first; a name that turned into an organisation's after it spoke
 * counts with its earlier mentions; no organisation or group at all leaves
 * "they" unresolved; a long text of many bodies keeps each paragraph's own.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { quoteLines } from './support/rows.js';

const cases: [string, string, string[]][] = [
  ['the body mentioned last, not the one named first', 'Acme Bank said rates would rise. Harlow Council said the road would close. Acme Bank said the branch would stay. "Prices are too high," it said.', [
    'indirect | rates would rise | Acme Bank | said | reported/cue-clause',
    'indirect | the road would close | Harlow Council | said | reported/cue-clause',
    'indirect | the branch would stay | Acme Bank | said | reported/cue-clause',
    'direct | Prices are too high, | Acme Bank | said | direct/trailing-speaker-cue',
  ]],
  ['a bare name made an organisation by "it" counts for a later "they"', 'Greenpeace said the mine would poison the river. "We will go to court," it added. Tom Reyes said the talks would resume on Monday. "Nobody listened to us," they said.', [
    'indirect | the mine would poison the river | Greenpeace | said | reported/cue-clause',
    'direct | We will go to court, | Greenpeace | added | direct/trailing-speaker-cue',
    'indirect | the talks would resume on Monday | Tom Reyes | said | reported/cue-clause',
    'direct | Nobody listened to us, | Greenpeace | said | direct/trailing-speaker-cue',
  ]],
  ['people only: "they" stays unresolved', 'Tom Reyes said the talks would resume. Tom Reyes said the hall would close. "Nobody listened to us," they said.', [
    'indirect | the talks would resume | Tom Reyes | said | reported/cue-clause',
    'indirect | the hall would close | Tom Reyes | said | reported/cue-clause',
    'direct | Nobody listened to us, | they | said | direct/trailing-speaker-cue',
  ]],
];

describe('the organisation or group mentioned last stands for "it" and "they"', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(quoteLines(extract(input))).toEqual(expected);
  });

  test('a long text of many bodies: each paragraph\'s "it" and "they" name its own', () => {
    const towns = ['Brill', 'Quill', 'Fenn', 'Ashby', 'Tarrant', 'Wend', 'Okoro', 'Sallow', 'Ketter', 'Dorn'];
    const kinds = ['Council', 'Bank', 'Union', 'Trust', 'Agency', 'Authority'];
    const paragraphs: string[] = [];
    const bodies: string[] = [];
    for (let p = 0; p < 60; p++) {
      const body = `${towns[p % towns.length]} ${kinds[Math.floor(p / towns.length)]}`;
      bodies.push(body);
      paragraphs.push(`${body} said the plan would cost more than expected. "The costs keep rising," it said. "We were never asked," they said.`);
    }
    const r = extract(paragraphs.join('\n\n'));
    const pronouns = r.quotes.filter((q) => q.kind === 'direct');
    expect(pronouns).toHaveLength(120);
    pronouns.forEach((q, k) => expect(q.speaker?.name).toBe(bodies[Math.floor(k / 2)]));
  });
});
