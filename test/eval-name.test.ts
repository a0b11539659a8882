/**
 * The speaker name check of the metric, on hand-made gold: the name a reader
 * sees must be the gold source's, not merely overlap it.
 */
import { describe, expect, test } from 'vitest';
import { formatErrors, formatReport, parseGoldJsonl, scoreDocuments } from '../src/eval/index.js';
import { opensWithDescription, runHeads } from '../src/eval/name.js';
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
    // A title before "of": the run after it ends in the holder's name when it holds a given name.
    ['Secretary of State Ann Lorimer', ['secretary', 'lorimer']],
    ['Ravenna Secretary of State Tom Brackett', ['secretary', 'brackett']],
    ['Director of National Intelligence James Odell', ['director', 'odell']],
    ['Secretary of Homeland Security', ['secretary']],
    ['the head of NATO', []],
    ['the wife of John Reyes', []],
    ['a spokesman for the Pentagon', []],
    // A capitalised function word opens no run.
    ['Among them', []],
    ['Just shy of half of voters', []],
    ['In Ohio', []],
    ['An aide to Governor Ann Lee', []],
    ['But Senator Tom Reyes', ['reyes']],
    ['Even Lee', ['lee']],
    ['Many Tarnish Democrats', ['democrats']],
    // An acronym spelled like a function word is still a word of a run.
    ['Tom Hale, who served as a US senator', ['hale', 'us']],
  ])('%s', (source, heads) => {
    expect(runHeads(source)).toEqual(heads);
  });
});

describe('a name that opens with the gold description', () => {
  test.each([
    ['Some observers, including Professor Ann Lee,', 'Some observers', true],
    ['Several candidates, including Tom Hale,', 'Several candidates', true],
    ['Other major unions, including the Tarn Federation of Weavers,', 'Other major unions', true],
    ['Some miners — for instance, Ann Lee —', 'Some miners', true],
    // A name set off after the description is the name a reader sees.
    ['An aide to the mayor, Tom Hale,', 'An aide to the mayor', false],
    // Only part of the description, or a description that holds a name.
    ['Some observers, including Professor Ann Lee,', 'Some', false],
    ['Some observers, including Professor Ann Lee,', 'observers', false],
    ['Some Tarnish observers, including Ann Lee,', 'Some Tarnish observers', false],
    ['Some observers', 'Some observers', false],
  ])('%s / %s', (source, name, expected) => {
    expect(opensWithDescription(source, name)).toBe(expected);
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

  test('a title holder after "of" is the name; a capitalised function word is no name', () => {
    const T4 = 'Secretary of State Ann Lorimer said "the talks go on." Among them, Tom Hale said "no."';
    const g = [
      gq('direct', at(T4, 'the talks go on.'), at(T4, 'Secretary of State Ann Lorimer'), at(T4, 'said')),
      gq('direct', at(T4, 'no.'), at(T4, 'Among them'), at(T4, 'said', 1)),
    ];
    const right = [named([at(T4, 'the talks go on.')], 'Ann Lorimer', at(T4, 'Ann Lorimer'))];
    expect(nameAccuracy(T4, g.slice(0, 1), right)).toEqual([1, 1, 1]);
    const state = [named([at(T4, 'the talks go on.')], 'State', at(T4, 'State'))];
    expect(nameAccuracy(T4, g.slice(0, 1), state)).toEqual([0, 1, 1]);
    // No run in "Among them": the overlap check decides.
    const overlapping = [named([at(T4, 'no.')], 'Among', at(T4, 'Among them'))];
    expect(nameAccuracy(T4, g.slice(1), overlapping)).toEqual([1, 1, 1]);
    const elsewhere = [named([at(T4, 'no.')], 'Tom Hale', at(T4, 'Tom Hale'))];
    expect(nameAccuracy(T4, g.slice(1), elsewhere)).toEqual([0, 0, 1]);
  });

  test('a description the gold source opens with is the name; an example after "including" is not needed', () => {
    const T5 = 'Some observers, including Professor Ann Lee, said it would rain. An aide to the mayor, Tom Hale, said it would not.';
    const g = [
      gq('indirect', at(T5, 'it would rain'), at(T5, 'Some observers, including Professor Ann Lee,'), at(T5, 'said')),
      gq('indirect', at(T5, 'it would not'), at(T5, 'An aide to the mayor, Tom Hale,'), at(T5, 'said', 1)),
    ];
    const ind = (q: Quote): Quote => ({ ...q, kind: 'indirect' });
    expect(nameAccuracy(T5, g.slice(0, 1), [ind(named([at(T5, 'it would rain')], 'Some observers', at(T5, 'Some observers')))])).toEqual([1, 1, 1]);
    expect(nameAccuracy(T5, g.slice(0, 1), [ind(named([at(T5, 'it would rain')], 'Tom Hale', at(T5, 'Tom Hale')))])).toEqual([0, 0, 1]);
    expect(nameAccuracy(T5, g.slice(1), [ind(named([at(T5, 'it would not')], 'An aide to the mayor', at(T5, 'An aide to the mayor')))])).toEqual([0, 1, 1]);
    expect(nameAccuracy(T5, g.slice(1), [ind(named([at(T5, 'it would not')], 'Tom Hale', at(T5, 'Tom Hale')))])).toEqual([1, 1, 1]);
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
