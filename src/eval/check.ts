/**
 * Argument checks of the evaluation API: gold documents, extractions, options
 * and reports, each failure a TypeError that names the argument, the
 * expectation and the value received.
 * @internal
 */
import type { Extraction, QuoteKind } from '../types.js';
import { checkArray, checkObject, isPlainObject, own, typeFailure } from '../validate.js';
import { checkGoldDocument } from './gold.js';
import type { ErrorListing, EvaluateOptions, EvaluationReport, GoldDocument, ScoreOptions, ScoredDocument } from './types.js';

const KINDS: readonly QuoteKind[] = ['direct', 'indirect', 'mixed'];
const SCORE_KEYS = ['errors', 'errorMode'];
const EVALUATE_KEYS = ['extractor', 'onProgress', ...SCORE_KEYS];

function at(what: string): string {
  return `\`${what}\``;
}

/** Gold documents given to `evaluate`, read and checked. */
export function checkGold(gold: unknown): GoldDocument[] {
  const items = checkArray(gold, at('gold'), 'an array of gold documents');
  return items.map((doc, i) => checkGoldDocument(doc, `gold[${i}]`));
}

function checkSpan(value: unknown, text: string, what: string): void {
  if (!isPlainObject(value)) typeFailure(at(what), 'a span {start, end, text}', value);
  const start = own(value, 'start');
  const end = own(value, 'end');
  if (!Number.isInteger(start) || (start as number) < 0 || (start as number) > text.length) {
    typeFailure(at(`${what}.start`), `an integer from 0 to the text length ${text.length}`, start);
  }
  if (!Number.isInteger(end) || (end as number) < (start as number) || (end as number) > text.length) {
    typeFailure(at(`${what}.end`), `an integer from start (${start as number}) to the text length ${text.length}`, end);
  }
}

/** An extraction as `scoreDocuments` reads it, with every span inside `text`. */
function checkExtraction(value: unknown, text: string, what: string): Extraction {
  if (!isPlainObject(value)) typeFailure(at(what), 'an Extraction {quotes, speakers}', value);
  const quotes = checkArray(own(value, 'quotes'), at(`${what}.quotes`), 'an array of quotes');
  const speakers = checkArray(own(value, 'speakers'), at(`${what}.speakers`), 'an array of speakers');
  quotes.forEach((q, i) => {
    const where = `${what}.quotes[${i}]`;
    if (!isPlainObject(q)) typeFailure(at(where), 'a quote', q);
    const kind = own(q, 'kind');
    if (!KINDS.includes(kind as QuoteKind)) typeFailure(at(`${where}.kind`), "one of 'direct', 'indirect', 'mixed'", kind);
    checkSpan(own(q, 'span'), text, `${where}.span`);
    checkArray(own(q, 'parts'), at(`${where}.parts`), 'an array of spans').forEach((p, k) => checkSpan(p, text, `${where}.parts[${k}]`));
    const cue = own(q, 'cue');
    if (cue !== null) {
      if (!isPlainObject(cue)) typeFailure(at(`${where}.cue`), 'null or a cue {span, lemma, category, negated}', cue);
      checkSpan(own(cue, 'span'), text, `${where}.cue.span`);
    }
    const speaker = own(q, 'speaker');
    if (speaker !== null) {
      if (!isPlainObject(speaker)) typeFailure(at(`${where}.speaker`), 'null or a speaker reference {id, name, mention, via}', speaker);
      const id = own(speaker, 'id');
      if (!Number.isInteger(id) || (id as number) < 0) typeFailure(at(`${where}.speaker.id`), 'an index into speakers', id);
      const mention = own(speaker, 'mention');
      if (mention !== null) checkSpan(mention, text, `${where}.speaker.mention`);
    }
  });
  speakers.forEach((s, i) => {
    const where = `${what}.speakers[${i}]`;
    if (!isPlainObject(s)) typeFailure(at(where), 'a speaker', s);
    checkArray(own(s, 'mentions'), at(`${where}.mentions`), 'an array of spans').forEach((m, k) => checkSpan(m, text, `${where}.mentions[${k}]`));
  });
  return value as unknown as Extraction;
}

/** Scored documents given to `scoreDocuments`, checked. */
export function checkScoredDocuments(docs: unknown): ScoredDocument[] {
  const items = checkArray(docs, at('docs'), 'an array of { gold, predicted }');
  return items.map((d, i) => {
    const o = checkObject(d, at(`docs[${i}]`), 'an object { gold, predicted }', ['gold', 'predicted']);
    const gold = checkGoldDocument(own(o, 'gold'), `docs[${i}].gold`);
    return { gold, predicted: checkExtraction(own(o, 'predicted'), gold.text, `docs[${i}].predicted`) };
  });
}

function checkScoreFields(o: Record<string, unknown>): ScoreOptions {
  const errors = own(o, 'errors');
  const errorMode = own(o, 'errorMode');
  if (errors !== undefined && (!Number.isInteger(errors) || (errors as number) < 0)) {
    typeFailure(at('options.errors'), 'a whole number from 0', errors);
  }
  if (errorMode !== undefined && errorMode !== 'lenient' && errorMode !== 'strict') {
    typeFailure(at('options.errorMode'), "'lenient' or 'strict'", errorMode);
  }
  return {
    ...(errors === undefined ? {} : { errors: errors as number }),
    ...(errorMode === undefined ? {} : { errorMode: errorMode as 'lenient' | 'strict' }),
  };
}

/** Options of `scoreDocuments`, checked; only own properties count. */
export function checkScoreOptions(options: unknown): ScoreOptions {
  if (options === undefined) return {};
  return checkScoreFields(checkObject(options, at('options'), 'an object', SCORE_KEYS));
}

/** Options of `evaluate`, checked; only own properties count. */
export function checkEvaluateOptions(options: unknown): EvaluateOptions {
  if (options === undefined) return {};
  const o = checkObject(options, at('options'), 'an object', EVALUATE_KEYS);
  const onProgress = own(o, 'onProgress');
  if (onProgress !== undefined && typeof onProgress !== 'function') typeFailure(at('options.onProgress'), 'a function', onProgress);
  const extractor = own(o, 'extractor');
  return {
    ...checkScoreFields(o),
    ...(extractor === undefined ? {} : { extractor: extractor as EvaluateOptions['extractor'] }),
    ...(onProgress === undefined ? {} : { onProgress: onProgress as EvaluateOptions['onProgress'] }),
  };
}

const SCORE_FIELDS = ['gold', 'predicted', 'precision', 'recall', 'f1'];

function checkNumbers(value: unknown, what: string, fields: readonly string[]): void {
  if (!isPlainObject(value)) typeFailure(at(what), 'an object of scores', value);
  for (const f of fields) {
    const n = own(value, f);
    if (typeof n !== 'number') typeFailure(at(`${what}.${f}`), 'a number', n);
  }
}

/** A report as `formatReport` reads it. */
export function checkReport(report: unknown): EvaluationReport {
  if (!isPlainObject(report)) typeFailure(at('report'), 'an evaluation report from evaluate or scoreDocuments', report);
  const documents = own(report, 'documents');
  if (!Number.isInteger(documents)) {
    typeFailure(at('report.documents'), 'a whole number (is this a report from evaluate or scoreDocuments?)', documents);
  }
  for (const mode of ['lenient', 'strict']) {
    const m = own(report, mode);
    if (!isPlainObject(m)) typeFailure(at(`report.${mode}`), 'an object of scores', m);
    for (const scope of ['all', 'speech']) {
      const s = own(m, scope);
      const where = `report.${mode}.${scope}`;
      checkNumbers(s, where, SCORE_FIELDS);
      const scores = s as Record<string, unknown>;
      checkNumbers(own(scores, 'speaker'), `${where}.speaker`, ['total', 'accuracy']);
      checkNumbers(own(scores, 'cue'), `${where}.cue`, ['total', 'accuracy']);
      checkNumbers(own(scores, 'speakerName'), `${where}.speakerName`, ['total', 'accuracy']);
      checkNumbers(own(scores, 'endToEnd'), `${where}.endToEnd`, ['f1']);
      checkNumbers(own(scores, 'endToEndByName'), `${where}.endToEndByName`, ['f1']);
      const byKind = own(scores, 'byKind');
      if (!isPlainObject(byKind)) typeFailure(at(`${where}.byKind`), 'an object of scores by kind', byKind);
      for (const k of KINDS) {
        const kind = own(byKind, k);
        checkNumbers(kind, `${where}.byKind.${k}`, SCORE_FIELDS);
        checkNumbers(own(kind as Record<string, unknown>, 'speaker'), `${where}.byKind.${k}.speaker`, ['total', 'accuracy']);
        checkNumbers(own(kind as Record<string, unknown>, 'speakerName'), `${where}.byKind.${k}.speakerName`, ['total', 'accuracy']);
        checkNumbers(own(kind as Record<string, unknown>, 'cue'), `${where}.byKind.${k}.cue`, ['total', 'accuracy']);
      }
    }
  }
  const roles = own(report, 'roles');
  if (!isPlainObject(roles)) typeFailure(at('report.roles'), 'an object of scores', roles);
  for (const role of ['content', 'speaker', 'cue']) checkNumbers(own(roles, role), `report.roles.${role}`, [...SCORE_FIELDS, 'matchedPredicted']);
  const byCategory = own(report, 'byCategory');
  if (byCategory !== undefined) {
    if (!isPlainObject(byCategory)) typeFailure(at('report.byCategory'), 'an object of precision by cue category', byCategory);
    for (const key of Object.keys(byCategory)) checkNumbers(own(byCategory, key), `report.byCategory.${key}`, ['predicted', 'matchedLenient', 'matchedStrict', 'lenient', 'strict']);
  }
  return report as unknown as EvaluationReport;
}

/** An error listing as `formatErrors` reads it. */
export function checkErrorListing(errors: unknown): ErrorListing {
  if (!isPlainObject(errors)) typeFailure(at('errors'), 'the `errors` of a report made with the `errors` option', errors);
  for (const key of ['missed', 'spurious', 'wrongSpeaker', 'wrongName']) {
    checkArray(own(errors, key), at(`errors.${key}`), 'an array of error entries');
  }
  return errors as unknown as ErrorListing;
}
