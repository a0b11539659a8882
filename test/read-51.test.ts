/**
 * read51 (a read of round one): `removeCues` turns a removed verb's nouns off
 * in the other rules whose cue is such a noun too, not only the noun-cue and
 * dashed-noun rules: a noun of promising before its infinitive
 * (`reported/noun-infinitive`), a made remark on a topic
 * (`reported/noun-topic`) and a fronted "in X's view" (`reported/in-view`,
 * thought). Each row: the text, the options it runs with, the verb removed,
 * and the expected `content | speaker | cue | rule`, which must be gone once
 * the verb is removed and stay when another verb is. Invented sentences.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as `content | speaker name | cue | rule`. */
function rows(text: string, options: object): string[] {
  return extract(text, options).quotes.map((q) => `${q.text} | ${q.speaker?.name ?? '-'} | ${q.cue?.span.text ?? '-'} | ${q.rule}`);
}

const ROWS: [string, object, string, string][] = [
  ["Councillor Pell Arbery's pledge to rebuild the jetty drew cheers.", {}, 'pledge', 'to rebuild the jetty | Pell Arbery | pledge | reported/noun-infinitive'],
  ["Councillor Pell Arbery's pledge to rebuild the jetty drew cheers.", {}, 'pledged', 'to rebuild the jetty | Pell Arbery | pledge | reported/noun-infinitive'],
  ["The warden's threat to close the trail angered hikers.", {}, 'threaten', 'to close the trail | The warden | threat | reported/noun-infinitive'],
  ["Senator Ivo Brandt's vows to cut the toll won him the seat.", {}, 'vow', 'to cut the toll | Ivo Brandt | vows | reported/noun-infinitive'],
  ['Mayor Dorrit Vale made sharp remarks about the parking levy.', {}, 'remark', 'the parking levy | Dorrit Vale | made sharp remarks about | reported/noun-topic'],
  ['Mayor Dorrit Vale has made no comment on the parking levy.', {}, 'comment', 'the parking levy | Dorrit Vale | has made no comment on | reported/noun-topic'],
  ['In her view, the parking levy will drive shoppers away.', ALL, 'view', 'the parking levy will drive shoppers away | her | view | reported/in-view'],
];

describe('removeCues turns the nouns of a removed verb off in the noun-infinitive, noun-topic and in-view rules (read51)', () => {
  test.each(ROWS)('%s (removing %s)', (text, options, removed, expected) => {
    expect(rows(text, options)).toEqual([expected]);
    expect(rows(text, { ...options, removeCues: [removed] })).toEqual([]);
    // removing another verb leaves the noun on
    expect(rows(text, { ...options, removeCues: ['boast'] })).toEqual([expected]);
  });
});
