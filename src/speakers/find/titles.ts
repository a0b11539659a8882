/**
 * Titles before a name as phrases ("Chief Executive Officer", "Sen.").
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { isInnerHyphen, isPossessive } from './name-tokens.js';
import { maybeToken, tokenAt } from '../../prepare/lookup.js';

/**
 * The one empty list of titles that mentions without a title share (a long
 * text has hundreds of thousands of names, most without a title; a mention's
 * titles are never changed in place).
 */
export const NO_TITLES: readonly string[] = [];

/**
 * The titles before a name as phrases: "Chief Executive Officer" is one title,
 * "Sen." and "Prime Minister" two; determiners, possessives and commas separate them.
 */
export function titlePhrases(doc: Doc, first: number, nameStart: number): readonly string[] {
  // (most names stand without a title: no closure, no second list)
  if (first >= nameStart) return NO_TITLES;
  const titles: string[] = [];
  let from = -1;
  const close = (to: number): void => {
    if (from >= 0) titles.push(doc.text.slice(tokenAt(doc, from).start, tokenAt(doc, to - 1).end));
    from = -1;
  };
  for (let j = first; j < nameStart; j++) {
    const t = tokenAt(doc, j);
    if (isInnerHyphen(doc, j)) continue;
    if (t.pos === 'DET' || t.pos === 'PRON' || (t.pos === 'PUNCT' && t.value !== '.') || isPossessive(t)) {
      close(j);
      continue;
    }
    if (t.value === '.') continue;
    // an abbreviated title ends its phrase: "Sen." then "Majority Leader"
    const prev = maybeToken(doc, j - 1);
    if (from >= 0 && prev !== undefined && (prev.value === '.' || prev.value.endsWith('.'))) close(j);
    if (from < 0) from = j;
  }
  close(nameStart);
  if (titles.length === 0) return NO_TITLES;
  return titles.map((t) => t.replace(/\s+/g, ' '));
}

