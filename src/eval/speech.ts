/**
 * The speech scope of the metric: gold attributions that are direct or mixed,
 * or whose cue is a verb of saying or "according to".
 */
import { isPlainObject, typeFailure } from '../validate.js';
import type { GoldQuote } from './types.js';

/**
 * Verbs of saying, by dictionary form. Verbs of writing (write, tweet),
 * thought (believe) and evidence (show, find) are not in the list, nor verbs
 * that judge rather than report speech (criticise, praise, call for).
 */
const SAYING = [
  'say', 'tell', 'add', 'state', 'declare', 'announce', 'claim', 'assert', 'insist', 'maintain',
  'contend', 'argue', 'explain', 'note', 'remark', 'comment', 'observe', 'mention', 'report',
  'reply', 'respond', 'answer', 'retort', 'ask', 'inquire', 'warn', 'caution', 'admit',
  'acknowledge', 'concede', 'confess', 'confirm', 'deny', 'suggest', 'recall', 'recount',
  'continue', 'repeat', 'reiterate', 'stress', 'emphasize', 'emphasise', 'promise', 'pledge', 'vow',
  'swear', 'predict', 'complain', 'lament', 'joke', 'quip', 'boast', 'brag', 'shout', 'yell',
  'scream', 'whisper', 'mutter', 'murmur', 'exclaim', 'testify', 'inform', 'speak', 'talk',
  'proclaim', 'allege', 'counter',
] as const;

const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  say: ['said'],
  tell: ['told'],
  speak: ['spoke', 'spoken'],
  swear: ['swore', 'sworn'],
  admit: ['admitted', 'admitting'],
  quip: ['quipped', 'quipping'],
};

function inflections(lemma: string): string[] {
  const forms = [lemma, ...(IRREGULAR[lemma] ?? [])];
  const consonantY = /[^aeiou]y$/.test(lemma);
  forms.push(/(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : consonantY ? `${lemma.slice(0, -1)}ies` : `${lemma}s`);
  forms.push(consonantY ? `${lemma.slice(0, -1)}ied` : lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`);
  forms.push(lemma.endsWith('e') && !lemma.endsWith('ee') ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`);
  return forms;
}

const FORMS: ReadonlySet<string> = new Set(SAYING.flatMap(inflections));
const PHRASES = /\baccording to\b|\bpoint(?:s|ed|ing)? out\b/;

/**
 * Tells whether a cue text is a verb of saying or "according to": true when
 * any of its words is a form of a listed verb of saying (`said`, `has told`,
 * `did not immediately respond`) or it contains "according to" or "point out".
 *
 * @param cue - The cue text, in any case.
 * @returns Whether the cue puts an attribution in the speech scope.
 * @throws TypeError when `cue` is not a string.
 *
 * @example
 * ```ts
 * isSpeechCue('has said');     //=> true
 * isSpeechCue('according to'); //=> true
 * isSpeechCue('believes');     //=> false
 * ```
 */
export function isSpeechCue(cue: string): boolean {
  if (typeof cue !== 'string') typeFailure('`cue`', 'a string', cue);
  const lower = cue.toLowerCase();
  if (PHRASES.test(lower)) return true;
  return (lower.match(/[a-z]+/g) ?? []).some((w) => FORMS.has(w));
}

/**
 * Tells whether a gold attribution is in the speech scope: direct or mixed,
 * or with a cue that is a verb of saying or "according to" (see {@link isSpeechCue}).
 *
 * @param quote - A gold attribution.
 * @returns Whether recall in the speech scope counts it.
 * @throws TypeError when `quote` has no valid `type` or `cue`.
 *
 * @example
 * ```ts
 * // text: 'Smith said the talks would resume.'
 * const quote = {
 *   quote: { start: 11, end: 33, text: 'the talks would resume' }, type: 'indirect' as const,
 *   speaker: { start: 0, end: 5, text: 'Smith' }, cue: { start: 6, end: 10, text: 'said' },
 * };
 * isSpeechScope(quote);                                                 //=> true
 * isSpeechScope({ ...quote, cue: { start: 6, end: 14, text: 'believes' } }); //=> false
 * isSpeechScope({ ...quote, type: 'mixed', cue: null });                 //=> true
 * ```
 */
export function isSpeechScope(quote: GoldQuote): boolean {
  if (!isPlainObject(quote)) typeFailure('`quote`', 'a gold quote { quote, type, speaker, cue }', quote);
  const { type, cue } = quote as { type: unknown; cue: unknown };
  if (type !== 'direct' && type !== 'indirect' && type !== 'mixed') typeFailure('`quote.type`', "one of 'direct', 'indirect', 'mixed'", type);
  if (cue !== null && !(isPlainObject(cue) && typeof cue.text === 'string')) typeFailure('`quote.cue`', 'null or a span with a string `text`', cue);
  return quote.type !== 'indirect' || (quote.cue !== null && isSpeechCue(quote.cue.text));
}
