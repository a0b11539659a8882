/**
 * The speaker name check of the metric, on hand-made gold: the name a reader
 * sees must be the gold source's, not merely overlap it.
 */
import { describe, expect, test } from 'vitest';
import { formatErrors, formatReport, parseGoldJsonl, scoreDocuments } from '../src/eval/index.js';
import { runHeads } from '../src/eval/name.js';
import type { GoldQuote } from '../src/eval/index.js';
import type { Quote, Span } from '../src/types.js';
import { at, extraction, gdoc, gq, pq } from './eval-helpers.js';

/** A predicted direct quote of `parts` whose speaker has `name` and `mention`. */
function named(parts: Span[], name: string, mention: Span | null): Quote {
  const q = pq('direct', parts);
  return { ...q, speaker: { id: 0, name, mention, via: mention === null ? 'context' : 'name' } };
}

function nameAccuracy(text: string, gold: GoldQuote[], quotes: Quote[], mentions: Span[] = []): number[] {
  const r = scoreDocuments([{ gold: gdoc(text, gold), predicted: extraction(quotes, mentions) }]);
  return [r.lenient.all.speakerName.correct, r.lenient.all.speaker.correct, r.lenient.all.speakerName.total];
}

describe('runs of capitalised words in the gold source', () => {
  test.each([
    ['The commander of NATO forces in Europe, General Mark Hale', ['hale']],
    ['Sen. Tom Reyes of Ohio', ['sen', 'reyes']],
    ['the Federal Bureau of Mines', ['bureau']],
    ['The New York Post', ['post']],
    ['a spokesman for the Clinton campaign', []],
    ['He', []],
    ["Trump's campaign manager", ['trump']],
    ['Douglas Lane-Eakins, an economist', ['lane-eakins']],
    ['an aide who Trump trusts', []],
  ])('%s', (source, heads) => {
    expect(runHeads(source)).toEqual(heads);
  });
});

describe('speaker name accuracy', () => {
  const T = 'The commander of NATO forces in Europe, General Mark Hale, said "we hold the line." He added: "Paris agrees."';
  const gold = [
    gq('direct', at(T, 'we hold the line.'), at(T, 'The commander of NATO forces in Europe, General Mark Hale'), at(T, 'said')),
    gq('direct', at(T, 'Paris agrees.'), at(T, 'He'), at(T, 'added')),
  ];

  test('a place inside the speaker phrase overlaps but is not the name', () => {
    const wrong = [named([at(T, 'we hold the line.')], 'Europe', at(T, 'Europe'))];
    expect(nameAccuracy(T, gold.slice(0, 1), wrong)).toEqual([0, 1, 1]);
    const right = [named([at(T, 'we hold the line.')], 'General Mark Hale', at(T, 'General Mark Hale'))];
    expect(nameAccuracy(T, gold.slice(0, 1), right)).toEqual([1, 1, 1]);
  });

  test('a pronoun in gold falls back to the overlap check, but a name taken from inside the quote is wrong', () => {
    const byPronoun = [named([at(T, 'Paris agrees.')], 'General Mark Hale', at(T, 'He'))];
    expect(nameAccuracy(T, gold.slice(1), byPronoun)).toEqual([1, 1, 1]);
    const elsewhere = [named([at(T, 'Paris agrees.')], 'Europe', at(T, 'He'))];
    expect(nameAccuracy(T, gold.slice(1), elsewhere)).toEqual([1, 1, 1]);
    // "Paris" occurs only inside the gold quotation: never its speaker's name.
    const fromQuote = [named([at(T, 'Paris agrees.')], 'Paris', at(T, 'He'))];
    expect(nameAccuracy(T, gold.slice(1), fromQuote)).toEqual([0, 1, 1]);
  });

  test('a canonical speaker_reference decides by last word, also for a speaker from context', () => {
    const withRef: GoldQuote[] = [{ ...(gold[1] as GoldQuote), speaker_reference: 'Mark Hale' }];
    const context = [named([at(T, 'Paris agrees.')], 'General Mark Hale', null)];
    // Speaker 0 has no mention overlapping "He": wrong by overlap, right by name.
    expect(nameAccuracy(T, withRef, context, [at(T, 'General Mark Hale')])).toEqual([1, 0, 1]);
    const other = [named([at(T, 'Paris agrees.')], 'NATO', at(T, 'He'))];
    expect(nameAccuracy(T, withRef, other)).toEqual([0, 1, 1]);
  });

  test('a speaker from context is judged by the gold name, not scored wrong for lacking a mention', () => {
    const T2 = 'Ann Lee spoke first. "We win," said Lee. "Always."';
    const g = [gq('direct', at(T2, 'Always.'), at(T2, 'Lee', 1), null)];
    expect(nameAccuracy(T2, g, [named([at(T2, 'Always.')], 'Ann Lee', null)], [at(T2, 'Ann Lee')])).toEqual([1, 0, 1]);
    expect(nameAccuracy(T2, g, [named([at(T2, 'Always.')], 'Bo Kim', null)], [at(T2, 'Ann Lee')])).toEqual([0, 0, 1]);
  });

  test('null speakers: both null right, one side null wrong; possessives are ignored', () => {
    const T3 = "Kim's aide said it would rain. Officials said it would not.";
    const g = [
      gq('indirect', at(T3, 'it would rain'), at(T3, "Kim's aide"), at(T3, 'said')),
      gq('indirect', at(T3, 'it would not'), null, null),
    ];
    const p = [
      { ...named([at(T3, 'it would rain')], "Kim's", at(T3, "Kim's")), kind: 'indirect' as const },
      { ...named([at(T3, 'it would not')], 'Officials', at(T3, 'Officials')), kind: 'indirect' as const },
    ];
    expect(nameAccuracy(T3, g, p)).toEqual([1, 1, 2]);
    expect(nameAccuracy(T3, g, [{ ...pq('indirect', [at(T3, 'it would rain')]) }])).toEqual([0, 0, 1]);
  });

  test('end to end by name, the text report and the listing show the name check', () => {
    const r = scoreDocuments(
      [{ gold: gdoc(T, gold.slice(0, 1)), predicted: extraction([named([at(T, 'we hold the line.')], 'Europe', at(T, 'Europe'))]) }],
      { errors: 3 },
    );
    expect(r.lenient.speech.endToEnd.f1).toBe(1);
    expect(r.lenient.speech.endToEndByName).toMatchObject({ matchedGold: 0, matchedPredicted: 0, f1: 0 });
    expect(r.lenient.all.byKind.direct.speakerName).toEqual({ correct: 0, total: 1, accuracy: 0 });
    const text = formatReport(r);
    expect(text).toContain('name');
    expect(text.split('\n')[6]).toBe('lenient, all              1     1  100.0  100.0  100.0    100.0   0.0  0.0          100.0      0.0');
    expect(r.errors?.wrongName).toHaveLength(1);
    expect(r.errors?.wrongSpeaker).toHaveLength(0);
    expect(formatErrors(r.errors!)).toContain('Matched, wrong speaker name (1)');
  });

  test('parseGoldJsonl keeps speaker_reference and rejects a non-string one', () => {
    const line = '{"id":"1","text":"He said no.","quotes":[{"quote":{"start":8,"end":10},"type":"indirect","speaker":{"start":0,"end":2},"cue":null,"speaker_reference":"Ann Lee"}]}';
    expect(parseGoldJsonl(line)[0]?.quotes[0]?.speaker_reference).toBe('Ann Lee');
    expect(() => parseGoldJsonl(line.replace('"Ann Lee"', '5'))).toThrow(/speaker_reference must be a string/);
  });
});
