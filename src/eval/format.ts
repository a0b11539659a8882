/**
 * Plain-text rendering of an evaluation report and its error listing.
 */
import type { QuoteKind } from '../types.js';
import { checkErrorListing, checkReport } from './check.js';
import { OPT_IN_CATEGORIES } from '../options.js';
import type { Accuracy, ErrorEntry, ErrorListing, ErrorQuote, EvaluationReport, Prf, ScopeScores } from './types.js';

const KINDS: readonly QuoteKind[] = ['direct', 'indirect', 'mixed'];

function pct(x: number): string {
  return (x * 100).toFixed(1);
}

function acc(a: Accuracy): string {
  return a.total === 0 ? '-' : pct(a.accuracy);
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function scopeRow(label: string, s: ScopeScores): string[] {
  return [
    label, String(s.gold), String(s.predicted), pct(s.precision), pct(s.recall), pct(s.f1),
    acc(s.speaker), acc(s.speakerName), acc(s.cue), pct(s.endToEnd.f1), pct(s.endToEndByName.f1),
  ];
}

function prfRow(label: string, p: Prf): string[] {
  return [label, String(p.gold), String(p.predicted), String(p.matchedPredicted), pct(p.precision), pct(p.recall), pct(p.f1)];
}

/** `1 document`, `2 documents`. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * Renders an evaluation report as readable plain-text tables: precision,
 * recall, F1, speaker accuracy (overlap and name checks), cue accuracy and
 * end-to-end F1 (by overlap and by name) for each matching mode
 * and scope, the breakdown by quotation kind, and per-role exact-span F1.
 * Figures are percentages; `-` marks an accuracy over no pairs.
 *
 * @param report - A report from `evaluate` or `scoreDocuments`.
 * @returns The tables, lines joined with `\n`, without a trailing newline.
 * @throws TypeError when `report` does not have the shape of a report (the
 *   message names the first missing field).
 *
 * @example
 * ```ts
 * import { evaluate, formatReport } from 'saidwho';
 *
 * const gold = [{
 *   id: 'a',
 *   text: '"We will win," Smith said. Jones said the vote was close.',
 *   quotes: [{
 *     quote: { start: 1, end: 12, text: 'We will win' }, type: 'direct' as const,
 *     speaker: { start: 15, end: 20, text: 'Smith' }, cue: { start: 21, end: 25, text: 'said' },
 *   }],
 * }];
 * const text = formatReport(evaluate(gold));
 * text.split('\n')[0];
 * //=> 'saidwho evaluation: 1 document, 1 gold quote (1 in the speech scope), 2 predicted'
 * text.split('\n')[6];
 * //=> 'lenient, all              1     2  50.0  100.0  66.7    100.0  100.0  100.0           66.7     66.7'
 * ```
 */
export function formatReport(report: EvaluationReport): string {
  checkReport(report);
  const out: string[] = [];
  const all = report.lenient.all;
  out.push(
    `saidwho evaluation: ${count(report.documents, 'document')}, ${count(all.gold, 'gold quote')} ` +
      `(${report.lenient.speech.gold} in the speech scope), ${all.predicted} predicted`,
  );
  const failures = report.failures ?? [];
  if (failures.length > 0) {
    const names = failures.map((f) => f.document).join(', ');
    out.push(`${failures.length} of them could not be read and count as finding nothing: ${names}`);
  }
  out.push('');
  out.push('Quotes (%): lenient = more than 30% of the gold content found; strict = at least 80% shared both ways;');
  out.push('speaker = predicted mention overlaps the gold source; name = the name a reader sees is the gold source\'s');
  out.push(
    table(
      ['', 'gold', 'pred', 'P', 'R', 'F1', 'speaker', 'name', 'cue', 'end-to-end F1', 'by name'],
      [
        scopeRow('lenient, all', report.lenient.all),
        scopeRow('lenient, speech scope', report.lenient.speech),
        scopeRow('strict, all', report.strict.all),
        scopeRow('strict, speech scope', report.strict.speech),
      ],
    ),
  );
  for (const [label, scope] of [
    ['all', report.lenient.all],
    ['speech scope', report.lenient.speech],
  ] as const) {
    out.push('');
    out.push(`By kind, lenient, ${label} (%): recall by gold kind, precision by predicted kind`);
    out.push(
      table(
        ['', 'gold', 'pred', 'P', 'R', 'F1', 'speaker', 'name', 'cue'],
        KINDS.map((k) => {
          const s = scope.byKind[k];
          return [k, String(s.gold), String(s.predicted), pct(s.precision), pct(s.recall), pct(s.f1), acc(s.speaker), acc(s.speakerName), acc(s.cue)];
        }),
      ),
    );
  }
  const optIn = Object.entries(report.byCategory ?? {}).filter(([key]) => OPT_IN_CATEGORIES.has(key));
  if (optIn.length > 0) {
    // only when an opt-in category was reported: a default run prints what it always printed
    out.push('');
    out.push('Precision by cue category of the prediction (%)');
    out.push(
      table(
        ['', 'pred', 'lenient', 'strict'],
        Object.entries(report.byCategory ?? {}).map(([key, c]) => [key, String(c.predicted), pct(c.lenient), pct(c.strict)]),
      ),
    );
  }
  out.push('');
  out.push('Per-role exact span after normalisation, unlinked (%)');
  out.push(
    table(
      ['', 'gold', 'pred', 'exact', 'P', 'R', 'F1'],
      [prfRow('content', report.roles.content), prfRow('speaker', report.roles.speaker), prfRow('cue', report.roles.cue)],
    ),
  );
  return out.join('\n');
}

function describe(q: ErrorQuote): string {
  const cover = q.coverage === null ? '' : `, covers ${pct(q.coverage)}%`;
  return `${q.kind} [${q.span.start}, ${q.span.end})${cover}; speaker: ${q.speaker ?? '(none)'}; cue: ${q.cue ?? '(none)'}`;
}

function shorten(s: string, max = 300): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}

function formatEntries(title: string, entries: readonly ErrorEntry[], insteadLabel: string): string[] {
  const out = [`${title} (${entries.length})`];
  entries.forEach((e, i) => {
    out.push('');
    out.push(`${i + 1}. ${e.document} ${describe(e.quote)}`);
    out.push(`   …${e.before}⟦${shorten(e.quote.span.text)}⟧${e.after}…`);
    out.push(e.instead === null ? `   ${insteadLabel}: nothing overlaps` : `   ${insteadLabel}: ${describe(e.instead)}`);
    if (e.instead !== null) out.push(`     "${shorten(e.instead.span.text, 200)}"`);
  });
  return out;
}

/**
 * Renders an error listing: each missed gold quote, spurious prediction and
 * wrong speaker with about 80 characters of text on each side (the quotation
 * between ⟦ and ⟧) and the nearest overlapping quotation on the other side.
 *
 * @param errors - The `errors` of a report made with the `errors` option.
 * @returns The listing, lines joined with `\n`, without a trailing newline.
 * @throws TypeError when `errors` is not such a listing.
 *
 * @example
 * ```ts
 * import { evaluate, formatErrors } from 'saidwho';
 *
 * const gold = [{
 *   id: 'a',
 *   text: '"We will win," Smith said. Jones said the vote was close.',
 *   quotes: [{
 *     quote: { start: 1, end: 12, text: 'We will win' }, type: 'direct' as const,
 *     speaker: { start: 15, end: 20, text: 'Smith' }, cue: { start: 21, end: 25, text: 'said' },
 *   }],
 * }];
 * const report = evaluate(gold, { errors: 5 });
 * formatErrors(report.errors!).split('\n').slice(2, 8);
 * //=> [
 * //   'Spurious predictions (1)',
 * //   '',
 * //   '1. a indirect [38, 56); speaker: Jones; cue: said',
 * //   '   …"We will win," Smith said. Jones said ⟦the vote was close⟧.…',
 * //   '   nearest gold: nothing overlaps',
 * //   '',
 * // ]
 * ```
 */
export function formatErrors(errors: ErrorListing): string {
  checkErrorListing(errors);
  return [
    ...formatEntries('Missed gold quotes', errors.missed, 'predicted instead'),
    '',
    ...formatEntries('Spurious predictions', errors.spurious, 'nearest gold'),
    '',
    ...formatEntries('Matched, wrong speaker', errors.wrongSpeaker, 'gold'),
    '',
    ...formatEntries('Matched, wrong speaker name', errors.wrongName, 'gold'),
  ].join('\n');
}
