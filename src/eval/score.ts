/**
 * The metric: matching, precision, recall, F1, accuracies, per-role exact spans.
 */
import type { QuoteKind } from '../types.js';
import { checkScoreOptions, checkScoredDocuments } from './check.js';
import { listErrors } from './errors.js';
import { normaliseRange, roleRange, type Range } from './normalise.js';
import { pairDocument, prepareDocument, type Mode, type Pair, type PreparedDocument } from './match.js';
import type {
  Accuracy,
  CategoryPrecision,
  EvaluationReport,
  KindScores,
  ModeScores,
  Prf,
  RoleScores,
  ScopeScores,
  ScoreOptions,
  ScoredDocument,
} from './types.js';

const KINDS: readonly QuoteKind[] = ['direct', 'indirect', 'mixed'];

interface Tally {
  gold: number;
  predicted: number;
  matchedGold: number;
  matchedPredicted: number;
  speakerCorrect: number;
  nameCorrect: number;
  cueCorrect: number;
  pairs: number;
  e2eGold: number;
  e2ePredicted: number;
  nameGold: number;
  namePredicted: number;
}

function tally(): Tally {
  return {
    gold: 0, predicted: 0, matchedGold: 0, matchedPredicted: 0, speakerCorrect: 0, nameCorrect: 0, cueCorrect: 0,
    pairs: 0, e2eGold: 0, e2ePredicted: 0, nameGold: 0, namePredicted: 0,
  };
}

function ratio(n: number, d: number): number {
  return d === 0 ? 0 : n / d;
}

function prf(gold: number, predicted: number, matchedGold: number, matchedPredicted: number): Prf {
  const precision = ratio(matchedPredicted, predicted);
  const recall = ratio(matchedGold, gold);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { gold, predicted, matchedGold, matchedPredicted, precision, recall, f1 };
}

function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, accuracy: ratio(correct, total) };
}

interface ScopeTally {
  readonly total: Tally;
  readonly kinds: Record<QuoteKind, Tally>;
}

function scopeTally(): ScopeTally {
  return { total: tally(), kinds: { direct: tally(), indirect: tally(), mixed: tally() } };
}

/** Adds one document's pairing to a scope's tallies; `inScope` picks the gold quotes recall counts. */
function addDocument(t: ScopeTally, doc: PreparedDocument, pairs: readonly Pair[], inScope: (speech: boolean) => boolean): void {
  for (const g of doc.goldQuotes) {
    if (!inScope(g.speech)) continue;
    t.total.gold++;
    t.kinds[g.kind].gold++;
  }
  for (const p of doc.predictions) {
    t.total.predicted++;
    t.kinds[p.kind].predicted++;
  }
  for (const pair of pairs) {
    // Precision: a prediction matched to any gold quote is right, in every scope.
    t.total.matchedPredicted++;
    t.kinds[pair.predicted.kind].matchedPredicted++;
    if (pair.speakerCorrect) t.total.e2ePredicted++;
    if (pair.nameCorrect) t.total.namePredicted++;
    if (!inScope(pair.gold.speech)) continue;
    for (const k of [t.total, t.kinds[pair.gold.kind]]) {
      k.matchedGold++;
      k.pairs++;
      if (pair.speakerCorrect) {
        k.speakerCorrect++;
        k.e2eGold++;
      }
      if (pair.nameCorrect) {
        k.nameCorrect++;
        k.nameGold++;
      }
      if (pair.cueCorrect) k.cueCorrect++;
    }
  }
}

function kindScores(t: Tally): KindScores {
  return {
    ...prf(t.gold, t.predicted, t.matchedGold, t.matchedPredicted),
    speaker: accuracy(t.speakerCorrect, t.pairs),
    speakerName: accuracy(t.nameCorrect, t.pairs),
    cue: accuracy(t.cueCorrect, t.pairs),
  };
}

function scopeScores(t: ScopeTally): ScopeScores {
  const byKind = {} as Record<QuoteKind, KindScores>;
  for (const k of KINDS) byKind[k] = kindScores(t.kinds[k]);
  return {
    ...kindScores(t.total),
    endToEnd: prf(t.total.gold, t.total.predicted, t.total.e2eGold, t.total.e2ePredicted),
    endToEndByName: prf(t.total.gold, t.total.predicted, t.total.nameGold, t.total.namePredicted),
    byKind,
  };
}

interface RoleTally {
  gold: number;
  predicted: number;
  matched: number;
}

function addMultiset(t: RoleTally, gold: readonly Range[], predicted: readonly Range[]): void {
  const counts = new Map<string, number>();
  for (const [s, e] of gold) counts.set(`${s}:${e}`, (counts.get(`${s}:${e}`) ?? 0) + 1);
  for (const [s, e] of predicted) {
    const key = `${s}:${e}`;
    const left = counts.get(key) ?? 0;
    if (left > 0) {
      t.matched++;
      counts.set(key, left - 1);
    }
  }
  t.gold += gold.length;
  t.predicted += predicted.length;
}

function roleScores(t: RoleTally): RoleScores {
  return prf(t.gold, t.predicted, t.matched, t.matched);
}

function contentHull(text: string, start: number, end: number): Range {
  return normaliseRange(text, start, end, true);
}

/**
 * Scores extractions against gold documents with the project's metric (see
 * `docs/evaluation.md`): span normalisation, lenient and strict matching with
 * greedy one-to-one pairing per document, precision, recall and F1 on all gold
 * and on the speech scope, speaker and cue accuracy on matched pairs,
 * end-to-end figures, per-kind breakdown and per-role exact-span F1. Figures
 * are micro-averaged over documents.
 *
 * @param docs - Each gold document with what was extracted from its text.
 * @param options - Ask for an error listing with `errors`.
 * @returns The evaluation report.
 * @throws TypeError when `docs` is not an array of `{ gold, predicted }` with
 *   valid gold documents and extractions whose spans lie inside the text, or an
 *   option is invalid; the message names the field and shows the value.
 *
 * @example
 * ```ts
 * import { createExtractor, scoreDocuments } from 'saidwho';
 *
 * const gold = [{
 *   id: 'a',
 *   text: '"We will win," Smith said. Jones said the vote was close.',
 *   quotes: [{
 *     quote: { start: 1, end: 12, text: 'We will win' }, type: 'direct' as const,
 *     speaker: { start: 15, end: 20, text: 'Smith' }, cue: { start: 21, end: 25, text: 'said' },
 *   }],
 * }];
 * const extractor = createExtractor();
 * const report = scoreDocuments(gold.map((g) => ({ gold: g, predicted: extractor.extract(g.text) })));
 * report.lenient.all.f1;                 //=> 0.6666666666666666
 * report.lenient.all.byKind.direct.f1;   //=> 1
 * report.roles.content;
 * //=> { gold: 1, predicted: 2, matchedGold: 1, matchedPredicted: 1, precision: 0.5, recall: 1, f1: 0.6666666666666666 }
 *
 * // predictions from elsewhere are plain Extraction objects
 * scoreDocuments([{ gold: gold[0], predicted: { quotes: [], speakers: [] } }]).lenient.all.recall; //=> 0
 * ```
 */
export function scoreDocuments(docs: readonly ScoredDocument[], options: ScoreOptions = {}): EvaluationReport {
  return scoreChecked(checkScoredDocuments(docs), checkScoreOptions(options));
}

/** {@link scoreDocuments} over documents and options already checked. @internal */
export function scoreChecked(docs: readonly ScoredDocument[], options: ScoreOptions): EvaluationReport {
  const modes: Record<Mode, { all: ScopeTally; speech: ScopeTally }> = {
    lenient: { all: scopeTally(), speech: scopeTally() },
    strict: { all: scopeTally(), speech: scopeTally() },
  };
  const roles = {
    content: { gold: 0, predicted: 0, matched: 0 },
    speaker: { gold: 0, predicted: 0, matched: 0 },
    cue: { gold: 0, predicted: 0, matched: 0 },
  };
  const prepared: PreparedDocument[] = [];
  const categories = new Map<string, { predicted: number; lenient: number; strict: number }>();
  const categoryOf = (q: { readonly cue: { readonly category: string } | null }): string => q.cue?.category ?? 'none';
  const categoryTally = (key: string): { predicted: number; lenient: number; strict: number } => {
    let t = categories.get(key);
    if (!t) categories.set(key, (t = { predicted: 0, lenient: 0, strict: 0 }));
    return t;
  };
  for (const { gold, predicted } of docs) {
    const doc = prepareDocument(gold, predicted);
    const text = gold.text;
    if ((options.errors ?? 0) > 0) prepared.push(doc);
    for (const q of predicted.quotes) categoryTally(categoryOf(q)).predicted++;
    for (const mode of ['lenient', 'strict'] as const) {
      const pairs = pairDocument(doc, mode);
      for (const pair of pairs) categoryTally(categoryOf(pair.predicted.source))[mode]++;
      addDocument(modes[mode].all, doc, pairs, () => true);
      addDocument(modes[mode].speech, doc, pairs, (speech) => speech);
    }
    addMultiset(
      roles.content,
      gold.quotes.map((q) => contentHull(text, q.quote.start, q.quote.end)),
      predicted.quotes.map((q) => contentHull(text, q.span.start, q.span.end)),
    );
    addMultiset(
      roles.speaker,
      gold.quotes.flatMap((q) => (q.speaker === null ? [] : [roleRange(text, q.speaker)])),
      predicted.quotes.flatMap((q) => (q.speaker?.mention ? [roleRange(text, q.speaker.mention)] : [])),
    );
    addMultiset(
      roles.cue,
      gold.quotes.flatMap((q) => (q.cue === null ? [] : [roleRange(text, q.cue)])),
      predicted.quotes.flatMap((q) => (q.cue === null ? [] : [roleRange(text, q.cue.span)])),
    );
  }
  const modeScores = (m: Mode): ModeScores => ({ all: scopeScores(modes[m].all), speech: scopeScores(modes[m].speech) });
  const report: EvaluationReport = {
    documents: docs.length,
    lenient: modeScores('lenient'),
    strict: modeScores('strict'),
    roles: { content: roleScores(roles.content), speaker: roleScores(roles.speaker), cue: roleScores(roles.cue) },
    byCategory: Object.fromEntries(
      [...categories].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, t]): [string, CategoryPrecision] => [
        key,
        { predicted: t.predicted, matchedLenient: t.lenient, matchedStrict: t.strict, lenient: ratio(t.lenient, t.predicted), strict: ratio(t.strict, t.predicted) },
      ]),
    ),
  };
  const limit = options.errors ?? 0;
  if (limit <= 0) return report;
  return { ...report, errors: listErrors(prepared, limit, options.errorMode ?? 'lenient') };
}
