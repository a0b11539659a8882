import { describe, expect, test } from 'vitest';
import { formatErrors, formatReport, isSpeechCue, isSpeechScope, parseGoldJsonl, scoreDocuments } from '../src/eval/index.js';
import type { EvaluationReport, GoldDocument } from '../src/eval/index.js';
import type { Extraction } from '../src/types.js';
import { at, extraction, gdoc, gq, pq, range } from './eval-helpers.js';

function score(gold: GoldDocument, predicted: Extraction): EvaluationReport {
  return scoreDocuments([{ gold, predicted }]);
}

// Two direct quotes and one reported one, with speakers and cues.
const T1 = '"We will win," Jane Smith said. The senator told reporters that the talks would resume. "Not today," she added.';
const G1 = gdoc(T1, [
  gq('direct', at(T1, 'We will win,'), at(T1, 'Jane Smith'), at(T1, 'said')),
  gq('indirect', at(T1, 'that the talks would resume'), at(T1, 'The senator'), at(T1, 'told')),
  gq('direct', at(T1, 'Not today,'), at(T1, 'she'), at(T1, 'added')),
]);
const PERFECT1 = extraction([
  pq('direct', [at(T1, 'We will win,')], { speaker: at(T1, 'Jane Smith'), cue: at(T1, 'said'), span: at(T1, '"We will win,"') }),
  pq('indirect', [at(T1, 'the talks would resume')], { speaker: at(T1, 'The senator'), cue: at(T1, 'told') }),
  pq('direct', [at(T1, 'Not today,')], { speaker: at(T1, 'she'), cue: at(T1, 'added'), span: at(T1, '"Not today,"') }),
]);

describe('perfect and empty predictions', () => {
  test('a perfect prediction scores 1 everywhere', () => {
    const r = score(G1, PERFECT1);
    for (const mode of [r.lenient, r.strict]) {
      for (const scope of [mode.all, mode.speech]) {
        expect([scope.precision, scope.recall, scope.f1]).toEqual([1, 1, 1]);
        expect(scope.speaker).toEqual({ correct: 3, total: 3, accuracy: 1 });
        expect(scope.cue).toEqual({ correct: 3, total: 3, accuracy: 1 });
        expect(scope.endToEnd.f1).toBe(1);
      }
      expect(mode.all.byKind.direct).toMatchObject({ gold: 2, predicted: 2, recall: 1, precision: 1 });
      expect(mode.all.byKind.indirect).toMatchObject({ gold: 1, predicted: 1, recall: 1, precision: 1 });
      expect(mode.all.byKind.mixed).toMatchObject({ gold: 0, predicted: 0, recall: 0, precision: 0, f1: 0 });
    }
    expect(r.roles.content).toMatchObject({ gold: 3, predicted: 3, matchedGold: 3, f1: 1 });
    expect(r.roles.speaker.f1).toBe(1);
    expect(r.roles.cue.f1).toBe(1);
    expect(r.documents).toBe(1);
  });

  test('an empty prediction scores 0', () => {
    const r = score(G1, extraction([]));
    expect(r.lenient.all).toMatchObject({ gold: 3, predicted: 0, matchedGold: 0, precision: 0, recall: 0, f1: 0 });
    expect(r.strict.speech).toMatchObject({ gold: 3, precision: 0, recall: 0, f1: 0 });
    expect(r.lenient.all.speaker).toEqual({ correct: 0, total: 0, accuracy: 0 });
    expect(r.lenient.all.endToEnd.f1).toBe(0);
    expect(r.roles.content.f1).toBe(0);
    expect(r.roles.speaker.f1).toBe(0);
  });

  test('no documents gives zeros, not NaN', () => {
    const r = scoreDocuments([]);
    expect(r.documents).toBe(0);
    expect(r.lenient.all.f1).toBe(0);
    expect(Number.isNaN(r.strict.all.precision)).toBe(false);
  });
});

// Gold content "0123456789" (10 characters, nothing to trim).
const T2 = 'Smith said 0123456789 today x.';
const G2 = gdoc(T2, [gq('indirect', at(T2, '0123456789'), at(T2, 'Smith'), at(T2, 'said'))]);
const from = at(T2, '0123456789').start;
function predictChars(start: number, end: number): Extraction {
  return extraction([pq('indirect', [range(T2, from + start, from + end)])]);
}

describe('matching thresholds', () => {
  test.each([
    // [description, start, end (relative to gold start), lenient match, strict match]
    ['3 of 10 gold characters (30%) is not lenient', 0, 3, false, false],
    ['4 of 10 (40%) is lenient', 6, 10, true, false],
    ['7 of 10 inside gold is lenient, not strict', 0, 7, true, false],
    ['8 of 10 inside gold (80% both ways) is strict', 2, 10, true, true],
    ['all 10 plus " t" (10 of 12 = 83%) is strict', 0, 12, true, true],
    ['all 10 plus " to" (10 of 13 = 77%) is lenient, not strict', 0, 13, true, false],
    ['no shared character matches nothing', 11, 16, false, false],
  ])('%s', (_name, start, end, lenient, strict) => {
    const r = score(G2, predictChars(start, end));
    expect(r.lenient.all.matchedGold).toBe(lenient ? 1 : 0);
    expect(r.strict.all.matchedGold).toBe(strict ? 1 : 0);
    expect(r.lenient.all.precision).toBe(lenient ? 1 : 0);
  });

  test('a prediction split in parts counts only the characters of its parts', () => {
    // Parts "0123" and "89" share 6 of 10 characters: lenient; pred length 6, gold 10: not strict.
    const r = score(G2, extraction([pq('indirect', [range(T2, from, from + 4), range(T2, from + 8, from + 10)])]));
    expect(r.lenient.all.matchedGold).toBe(1);
    expect(r.strict.all.matchedGold).toBe(0);
  });

  test('gold fragments are the gold content when present', () => {
    const T = '"Alpha beta," he said, "gamma delta."';
    const hull = range(T, 1, 36);
    const frags = [at(T, 'Alpha beta,'), at(T, 'gamma delta.')];
    const gold = gdoc(T, [gq('direct', hull, at(T, 'he'), at(T, 'said'), frags)]);
    // Predicting the two fragments is a strict match although the hull is longer.
    const r = score(gold, extraction([pq('direct', [at(T, 'Alpha beta,'), at(T, 'gamma delta.')])]));
    expect(r.strict.all.matchedGold).toBe(1);
    // Predicting only "he said" shares nothing with the fragments.
    const r2 = score(gold, extraction([pq('direct', [at(T, 'he said')])]));
    expect(r2.lenient.all.matchedGold).toBe(0);
  });
});

describe('one-to-one pairing', () => {
  test('two predictions on one gold quote count once', () => {
    const r = score(G2, extraction([pq('indirect', [range(T2, from, from + 10)]), pq('indirect', [range(T2, from, from + 9)])]));
    expect(r.lenient.all).toMatchObject({ gold: 1, predicted: 2, matchedGold: 1, matchedPredicted: 1, precision: 0.5, recall: 1 });
    expect(r.lenient.all.f1).toBeCloseTo(2 / 3, 12);
  });

  test('one prediction over two gold quotes counts once', () => {
    const T = 'He said aaaa bbbb and she said cccc dddd.';
    const gold = gdoc(T, [gq('indirect', at(T, 'aaaa bbbb')), gq('indirect', at(T, 'cccc dddd'))]);
    const r = score(gold, extraction([pq('indirect', [range(T, at(T, 'aaaa').start, at(T, 'dddd').end)])]));
    // The prediction covers 100% of each gold quote, but pairs with one only.
    expect(r.lenient.all).toMatchObject({ gold: 2, predicted: 1, matchedGold: 1, matchedPredicted: 1, recall: 0.5, precision: 1 });
  });

  test('pairing is best first: the closer prediction takes the gold quote', () => {
    const T = 'He said aaaa bbbb and she said cccc dddd.';
    const A = at(T, 'aaaa bbbb');
    const B = at(T, 'cccc dddd');
    const gold = gdoc(T, [gq('indirect', A), gq('indirect', B)]);
    // p0 spans A and B (covers both fully); p1 is exactly A. Best first: p1-A, then p0-B.
    const p0 = pq('indirect', [range(T, A.start, B.end)]);
    const p1 = pq('indirect', [A]);
    const r = score(gold, extraction([p0, p1]));
    expect(r.lenient.all).toMatchObject({ matchedGold: 2, matchedPredicted: 2, precision: 1, recall: 1 });
    // Strict: p0 covers less than 80% of itself with either gold, so only p1-A.
    expect(r.strict.all).toMatchObject({ matchedGold: 1, matchedPredicted: 1, precision: 0.5, recall: 0.5 });
  });
});

describe('normalisation', () => {
  test('quotation marks, punctuation, whitespace and a leading "that" are trimmed', () => {
    const T = 'She said that "the deal is done." And more.';
    const gold = gdoc(T, [gq('mixed', at(T, ' that "the deal is done." '), at(T, 'She'), at(T, 'said'))]);
    const r = score(gold, extraction([pq('mixed', [at(T, 'the deal is done')], { speaker: at(T, 'She'), cue: at(T, 'said') })]));
    expect(r.strict.all.matchedGold).toBe(1);
    expect(r.roles.content).toMatchObject({ matchedGold: 1, f1: 1 });
  });

  test('speaker and cue spans are normalised before the exact comparison', () => {
    const T = 'The mayor, Ann Lee, said: "No."';
    const gold = gdoc(T, [gq('direct', at(T, 'No.'), at(T, 'Ann Lee,'), at(T, 'said:'))]);
    const r = score(gold, extraction([pq('direct', [at(T, 'No.')], { speaker: at(T, ' Ann Lee'), cue: at(T, 'said') })]));
    expect(r.roles.speaker.f1).toBe(1);
    expect(r.roles.cue.f1).toBe(1);
  });

  test('only one leading "that" is dropped, on both sides', () => {
    const T = 'He said that that was all.';
    const gold = gdoc(T, [gq('indirect', at(T, 'that that was all'))]);
    // Both sides normalise to the second "that was all".
    const same = score(gold, extraction([pq('indirect', [at(T, 'that that was all')])]));
    expect(same.roles.content.f1).toBe(1);
    // "was all" is shorter than the normalised gold content.
    const shorter = score(gold, extraction([pq('indirect', [at(T, 'was all')])]));
    expect(shorter.roles.content.f1).toBe(0);
    expect(shorter.strict.all.matchedGold).toBe(0);
    expect(shorter.lenient.all.matchedGold).toBe(1);
  });

  test('a punctuation-only cue keeps its raw span', () => {
    const T = 'Trump: "We win."';
    const gold = gdoc(T, [gq('direct', at(T, 'We win.'), at(T, 'Trump'), at(T, ':'))]);
    const r = score(gold, extraction([pq('direct', [at(T, 'We win.')], { speaker: at(T, 'Trump'), cue: at(T, ':') })]));
    expect(r.lenient.all.cue.accuracy).toBe(1);
    expect(r.roles.cue.f1).toBe(1);
  });
});

describe('speech scope', () => {
  test('cues of saying and "according to" are in scope; belief and evidence are not', () => {
    expect(['said', 'has told', 'did not immediately respond', 'according to', 'Says', 'pointed out', 'replied'].map(isSpeechCue)).toEqual([
      true, true, true, true, true, true, true,
    ]);
    expect(['believes', 'shows', 'found', 'wrote', ':'].map(isSpeechCue)).toEqual([false, false, false, false, false]);
    const T = 'x';
    expect(isSpeechScope(gq('direct', range(T, 0, 1)))).toBe(true);
    expect(isSpeechScope(gq('mixed', range(T, 0, 1)))).toBe(true);
    expect(isSpeechScope(gq('indirect', range(T, 0, 1)))).toBe(false);
  });

  test('recall counts only speech-scope gold; precision is over all predictions', () => {
    const T = 'Lee believes rates will rise. Kim said rates will fall. "Maybe," Roe added. The poll shows Ann leads.';
    const gold = gdoc(T, [
      gq('indirect', at(T, 'rates will rise'), at(T, 'Lee'), at(T, 'believes')),
      gq('indirect', at(T, 'rates will fall'), at(T, 'Kim'), at(T, 'said')),
      gq('direct', at(T, 'Maybe,'), at(T, 'Roe'), at(T, 'added')),
      gq('indirect', at(T, 'Ann leads'), at(T, 'The poll'), at(T, 'shows')),
    ]);
    const predicted = extraction([
      pq('indirect', [at(T, 'rates will rise')], { speaker: at(T, 'Lee') }),
      pq('indirect', [at(T, 'rates will fall')], { speaker: at(T, 'Kim') }),
      pq('indirect', [at(T, 'Lee believes')]),
    ]);
    const r = score(gold, predicted);
    expect(r.lenient.all).toMatchObject({ gold: 4, predicted: 3, matchedGold: 2, matchedPredicted: 2, recall: 0.5 });
    expect(r.lenient.all.precision).toBeCloseTo(2 / 3, 12);
    expect(r.lenient.speech).toMatchObject({ gold: 2, predicted: 3, matchedGold: 1, matchedPredicted: 2, recall: 0.5 });
    expect(r.lenient.speech.precision).toBeCloseTo(2 / 3, 12);
    // Accuracy in the speech scope looks at speech-scope pairs only.
    expect(r.lenient.all.speaker).toEqual({ correct: 2, total: 2, accuracy: 1 });
    expect(r.lenient.speech.speaker).toEqual({ correct: 1, total: 1, accuracy: 1 });
    expect(r.lenient.all.cue).toEqual({ correct: 0, total: 2, accuracy: 0 });
  });
});

describe('speaker, cue and end to end', () => {
  const T = '"One," Ann said. "Two," it was said. "Three," Bob said. "Four," Ann said.';
  const gold = gdoc(T, [
    gq('direct', at(T, 'One,'), at(T, 'Ann'), at(T, 'said')),
    gq('direct', at(T, 'Two,'), null, at(T, 'said', 1)),
    gq('direct', at(T, 'Three,'), at(T, 'Bob'), at(T, 'said', 2)),
    gq('direct', at(T, 'Four,'), at(T, 'Ann', 1), null),
  ]);

  test('overlap decides; both null is correct; null against a span is wrong', () => {
    const predicted = extraction(
      [
        pq('direct', [at(T, 'One,')], { speaker: range(T, at(T, 'Ann').start, at(T, 'Ann').start + 2), cue: at(T, 'said') }),
        pq('direct', [at(T, 'Two,')], { speaker: null, cue: null }),
        pq('direct', [at(T, 'Three,')], { speaker: at(T, 'Ann'), cue: at(T, 'said', 2) }),
        pq('direct', [at(T, 'Four,')], { speaker: { id: 0 }, cue: null }),
      ],
      // Speaker 0, known from context for "Four", has a mention overlapping the gold one.
      [at(T, 'Ann'), at(T, 'Ann', 1)],
    );
    const r = score(gold, predicted);
    // One: partial overlap, right. Two: both null, right. Three: wrong. Four: context speaker, right.
    expect(r.lenient.all.speaker).toEqual({ correct: 3, total: 4, accuracy: 0.75 });
    // Cues: One right, Two gold cue vs null wrong, Three right, Four both null right.
    expect(r.lenient.all.cue).toEqual({ correct: 3, total: 4, accuracy: 0.75 });
    expect(r.lenient.all.endToEnd).toMatchObject({ matchedGold: 3, matchedPredicted: 3, precision: 0.75, recall: 0.75 });
    // Per-role exact, unlinked: "An" is not "Ann"; Three's "Ann" is not its speaker but is the gold
    // speaker span of One, so it counts; the context speaker has no span.
    expect(r.roles.speaker).toMatchObject({ gold: 3, predicted: 2, matchedGold: 1 });
    expect(r.roles.cue).toMatchObject({ gold: 3, predicted: 2, matchedGold: 2, precision: 1 });
    expect(r.roles.cue.recall).toBeCloseTo(2 / 3, 12);
  });

  test('a predicted speaker where gold has none is wrong', () => {
    const r = score(gold, extraction([pq('direct', [at(T, 'Two,')], { speaker: at(T, 'Ann'), cue: at(T, 'said', 1) })]));
    expect(r.lenient.all.speaker).toEqual({ correct: 0, total: 1, accuracy: 0 });
    expect(r.lenient.all.endToEnd.matchedPredicted).toBe(0);
  });
});

describe('per-role exact spans are multisets', () => {
  test('a repeated speaker mention counts once per quote on each side', () => {
    const T = 'She said aa bb and cc dd.';
    const she = at(T, 'She');
    const gold = gdoc(T, [gq('indirect', at(T, 'aa bb'), she, at(T, 'said')), gq('indirect', at(T, 'cc dd'), she, at(T, 'said'))]);
    const one = score(gold, extraction([pq('indirect', [at(T, 'aa bb')], { speaker: she })]));
    expect(one.roles.speaker).toMatchObject({ gold: 2, predicted: 1, matchedGold: 1, precision: 1, recall: 0.5 });
    const three = score(
      gold,
      extraction([
        pq('indirect', [at(T, 'aa bb')], { speaker: she }),
        pq('indirect', [at(T, 'cc dd')], { speaker: she }),
        pq('indirect', [at(T, 'dd')], { speaker: she }),
      ]),
    );
    expect(three.roles.speaker).toMatchObject({ gold: 2, predicted: 3, matchedGold: 2, recall: 1 });
    expect(three.roles.speaker.precision).toBeCloseTo(2 / 3, 12);
  });
});

describe('breakdown by kind', () => {
  test('recall by gold kind, precision by predicted kind', () => {
    const T = 'A said "aa aa". B said bb bb. C said cc "cc".';
    const gold = gdoc(T, [gq('direct', at(T, 'aa aa')), gq('indirect', at(T, 'bb bb')), gq('mixed', at(T, 'cc "cc"'))]);
    // The direct gold is found by a prediction labelled indirect; the mixed one by a mixed; plus a spurious direct.
    const predicted = extraction([pq('indirect', [at(T, 'aa aa')]), pq('mixed', [at(T, 'cc "cc"')]), pq('direct', [at(T, 'A said')])]);
    const k = score(gold, predicted).lenient.all.byKind;
    expect(k.direct).toMatchObject({ gold: 1, matchedGold: 1, recall: 1, predicted: 1, matchedPredicted: 0, precision: 0 });
    expect(k.indirect).toMatchObject({ gold: 1, matchedGold: 0, recall: 0, predicted: 1, matchedPredicted: 1, precision: 1 });
    expect(k.mixed).toMatchObject({ gold: 1, matchedGold: 1, recall: 1, predicted: 1, matchedPredicted: 1, precision: 1, f1: 1 });
  });

  test('figures add up over documents (micro average)', () => {
    const r = scoreDocuments([
      { gold: G1, predicted: PERFECT1 },
      { gold: G2, predicted: extraction([]) },
    ]);
    expect(r.documents).toBe(2);
    expect(r.lenient.all).toMatchObject({ gold: 4, predicted: 3, matchedGold: 3, precision: 1, recall: 0.75 });
  });
});

describe('parseGoldJsonl', () => {
  const line = JSON.stringify(G1);

  test('reads documents, skips blank lines, accepts CRLF and a BOM', () => {
    const docs = parseGoldJsonl(`\uFEFF${line}\r\n\n${JSON.stringify(G2)}\n`);
    expect(docs.map((d) => d.id)).toEqual(['doc', 'doc']);
    expect(docs[0]).toEqual(G1);
  });

  test('derives span text when absent, keeps fragments and relation', () => {
    const docs = parseGoldJsonl(
      JSON.stringify({
        id: 7,
        text: 'Abc said x y z.',
        quotes: [{ quote: { start: 9, end: 14, fragments: [{ start: 13, end: 14 }, { start: 9, end: 10 }] }, type: 'indirect', speaker: { start: 0, end: 3 }, cue: null, relation: 'Attribution' }],
      }),
    );
    expect(docs[0]?.id).toBe('7');
    expect(docs[0]?.quotes[0]).toEqual({
      quote: { start: 9, end: 14, text: 'x y z', fragments: [{ start: 9, end: 10, text: 'x' }, { start: 13, end: 14, text: 'z' }] },
      type: 'indirect',
      speaker: { start: 0, end: 3, text: 'Abc' },
      cue: null,
      relation: 'Attribution',
    });
  });

  test.each([
    ['{not json', /^line 3: not valid JSON/],
    ['[]', /^line 3: a document must be a JSON object/],
    ['{"id":"a","quotes":[]}', /^line 3: `text` must be a string/],
    ['{"id":"a","text":"hi","quotes":[{"quote":{"start":0,"end":2,"text":"ho"},"type":"direct","speaker":null,"cue":null}]}', /^line 3: `quotes\[0\]\.quote\.text` "ho" does not equal text\.slice\(0, 2\) = "hi"/],
    ['{"id":"a","text":"hi","quotes":[{"quote":{"start":0,"end":9},"type":"direct"}]}', /^line 3: `quotes\[0\]\.quote\.end` must be at most the text length 2, got 9$/],
    ['{"id":"a","text":"hi","quotes":[{"quote":{"start":0,"end":2},"type":"quoted"}]}', /^line 3: `quotes\[0\]\.type` must be one of 'direct', 'indirect', 'mixed', got 'quoted'$/],
  ])('a malformed line names its line number: %s', (bad, message) => {
    expect(() => parseGoldJsonl(`${line}\n\n${bad}\n`)).toThrow(message);
  });
});

describe('formatting', () => {
  test('formatReport shows each mode and scope, the kinds and the roles', () => {
    const text = formatReport(score(G1, PERFECT1));
    expect(text).toContain('saidwho evaluation: 1 document, 3 gold quotes (3 in the speech scope), 3 predicted');
    expect(text).toMatch(/^lenient, all\s+3\s+3\s+100\.0\s+100\.0\s+100\.0\s+100\.0\s+100\.0\s+100\.0\s+100\.0\s+100\.0$/m);
    expect(text).toMatch(/^strict, speech scope\s+3\s+3\s+100\.0/m);
    expect(text).toMatch(/^mixed\s+0\s+0\s+0\.0\s+0\.0\s+0\.0\s+-\s+-\s+-$/m);
    expect(text).toMatch(/^speaker\s+3\s+3\s+3\s+100\.0\s+100\.0\s+100\.0$/m);
  });

  test('precision by cue category: counted per prediction, printed only for opt-in categories, checked when formatted', () => {
    const r = score(G1, PERFECT1);
    expect(r.byCategory).toEqual({ speech: { predicted: 3, matchedLenient: 3, matchedStrict: 3, lenient: 1, strict: 1 } });
    expect(formatReport(r)).not.toContain('Precision by cue category');
    const thought = { ...r, byCategory: { thought: { predicted: 4, matchedLenient: 3, matchedStrict: 2, lenient: 0.75, strict: 0.5 } } };
    expect(formatReport(thought)).toMatch(/^thought\s+4\s+75\.0\s+50\.0$/m);
    const broken = { ...r, byCategory: { thought: { predicted: 4, lenient: 0.75, strict: 0.5 } } } as unknown as EvaluationReport;
    expect(() => formatReport(broken)).toThrow(TypeError);
  });

  test('the error listing shows missed, spurious and wrong-speaker quotes with context', () => {
    const predicted = extraction([
      pq('direct', [at(T1, 'We will win,')], { speaker: at(T1, 'reporters'), cue: at(T1, 'said') }),
      pq('indirect', [at(T1, 'The senator told')]),
    ]);
    const r = scoreDocuments([{ gold: G1, predicted }], { errors: 5 });
    const e = r.errors;
    expect(e?.missed.map((m) => m.quote.span.text)).toEqual(['that the talks would resume', 'Not today,']);
    expect(e?.missed[0]?.before).toBe('"We will win," Jane Smith said. The senator told reporters ');
    expect(e?.missed[0]?.after).toBe('. "Not today," she added.');
    // "The senator told" does not overlap the missed content, so nothing was predicted instead.
    expect(e?.missed[0]?.instead).toBeNull();
    expect(e?.spurious).toHaveLength(1);
    expect(e?.spurious[0]?.instead).toBeNull();
    expect(e?.wrongSpeaker[0]?.quote.speaker).toBe('reporters');
    expect(e?.wrongSpeaker[0]?.instead).toMatchObject({ speaker: 'Jane Smith', cue: 'said', coverage: 1 });
    const text = formatErrors(e ?? { missed: [], spurious: [], wrongSpeaker: [], wrongName: [] });
    expect(text).toContain('Missed gold quotes (2)');
    expect(text).toContain('⟦that the talks would resume⟧');
    expect(text).toContain('predicted instead: nothing overlaps');
    expect(text).toContain('Matched, wrong speaker (1)');
  });

  test('the listing takes errors round-robin across documents and stops at the limit', () => {
    const docs = [0, 1, 2].map((i) => ({ gold: { ...G1, id: `d${i}` }, predicted: extraction([]) }));
    const r = scoreDocuments(docs, { errors: 4 });
    expect(r.errors?.missed.map((m) => `${m.document}:${m.quote.span.text}`)).toEqual([
      'd0:We will win,',
      'd1:We will win,',
      'd2:We will win,',
      'd0:that the talks would resume',
    ]);
  });

  test('a missed quote shows the overlapping prediction with its coverage', () => {
    const r = scoreDocuments([{ gold: G2, predicted: predictChars(0, 3) }], { errors: 1 });
    expect(r.errors?.missed[0]?.instead).toMatchObject({ span: { text: '012' }, coverage: 0.3, speaker: null });
    expect(r.errors?.spurious[0]?.instead).toMatchObject({ span: { text: '0123456789' }, coverage: 1, speaker: 'Smith' });
  });
});
