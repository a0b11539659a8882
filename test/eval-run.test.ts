/**
 * `evaluate` runs the real extractor over gold documents: on the hand-made
 * fixture always, and on PolNeAR dev when ../shared/eval is present.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { evaluate, parseGoldJsonl } from '../src/eval/index.js';
import type { EvaluationReport, Prf } from '../src/eval/index.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/eval/sample.jsonl', import.meta.url));
const POLNEAR = fileURLToPath(new URL('../../shared/eval/polnear-dev.jsonl', import.meta.url));

function ratios(report: EvaluationReport): number[] {
  const prf = (p: Prf): number[] => [p.precision, p.recall, p.f1];
  const out: number[] = [];
  for (const mode of [report.lenient, report.strict]) {
    for (const scope of [mode.all, mode.speech]) {
      out.push(...prf(scope), ...prf(scope.endToEnd), ...prf(scope.endToEndByName), scope.speaker.accuracy, scope.speakerName.accuracy, scope.cue.accuracy);
      for (const k of Object.values(scope.byKind)) out.push(...prf(k), k.speaker.accuracy, k.speakerName.accuracy, k.cue.accuracy);
    }
  }
  out.push(...prf(report.roles.content), ...prf(report.roles.speaker), ...prf(report.roles.cue));
  return out;
}

function expectUnitInterval(values: number[]): void {
  for (const v of values) {
    expect(typeof v).toBe('number');
    expect(v >= 0 && v <= 1).toBe(true);
  }
}

describe('evaluate on the hand-made fixture', () => {
  test('extracts every document, reports progress, and counts the gold', () => {
    const gold = parseGoldJsonl(readFileSync(FIXTURE, 'utf8'));
    const calls: [number, number][] = [];
    const report = evaluate(gold, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(report.documents).toBe(3);
    expect(report.lenient.all.gold).toBe(10);
    expect(report.lenient.speech.gold).toBe(7);
    expect(report.lenient.all.byKind.direct.gold).toBe(3);
    expect(report.roles.speaker.gold).toBe(9);
    expect(report.errors).toBeUndefined();
    expectUnitInterval(ratios(report));
  });

  test('passes extractor options through and lists errors on request', () => {
    const gold = parseGoldJsonl(readFileSync(FIXTURE, 'utf8'));
    const none = evaluate(gold, { extractor: { kinds: [] }, errors: 3 });
    expect(none.lenient.all.predicted).toBe(0);
    expect(none.errors?.missed).toHaveLength(3);
    expect(none.errors?.spurious).toEqual([]);
    expect(() => evaluate(gold, { extractor: { kinds: ['loud' as 'direct'] } })).toThrow(TypeError);
  });
});

describe.skipIf(!existsSync(POLNEAR))('evaluate on PolNeAR dev (../shared/eval)', () => {
  test('every figure is a number from 0 to 1', () => {
    const gold = parseGoldJsonl(readFileSync(POLNEAR, 'utf8'));
    const report = evaluate(gold);
    expect(report.documents).toBe(gold.length);
    expectUnitInterval(ratios(report));
  }, 120_000);
});
