/**
 * Titles before a name as phrases ("Chief Executive Officer", "Sen.").
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { isInnerHyphen, isPossessive } from './name-marks.js';
import { maybeToken, tokenAt } from '../../prepare/lookup.js';
import { startsUpper } from '../../prepare/case.js';
import { JOB_TITLE_WORDS, TITLE_WORDS } from '../../data/titles.js';
import { PEOPLE_NOUNS } from '../../data/people.js';

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
    // a preposition or conjunction that joins no title words ends all that stands before it: those words are no
    // title of the name ("an analysis by Ann Reyes", "a look at Tom Hale", "Acme and Tom Hale"); "Secretary of
    // State", "Vice President for Policy" and "author and former Mayor" stay whole
    if (!titleLink(doc, j, first, nameStart)) {
      titles.length = 0;
      from = -1;
      continue;
    }
    // an abbreviated title ends its phrase: "Sen." then "Majority Leader"
    const prev = maybeToken(doc, j - 1);
    if (from >= 0 && prev !== undefined && (prev.value === '.' || prev.value.endsWith('.'))) close(j);
    if (from < 0) from = j;
  }
  close(nameStart);
  if (titles.length === 0) return NO_TITLES;
  return titles.map((t) => t.replace(/\s+/g, ' '));
}


/**
 * False when the token at `j`, before a name starting at `nameStart`, is a
 * lower-case preposition or conjunction that joins no title words, so that
 * the words before it are no title of the name: "by", "at", "with" anywhere
 * ("analysis by", "a look at"); "of" and "for" after a word that is no title
 * ("a photo of", "most of"); "and" or "or" opening or closing the words before
 * the name ("Acme and Tom Hale"). True for every other token, and for "of" and
 * "for" after a capitalised word or a title ("Secretary of State", "Supervisor
 * of Elections", "spokesman for") and "and" between titles ("author and
 * former Mayor").
 */
function titleLink(doc: Doc, j: number, first: number, nameStart: number): boolean {
  const t = tokenAt(doc, j);
  if (t.pos !== 'ADP' && t.pos !== 'CCONJ' && t.pos !== 'SCONJ') return true;
  // (a word joined by a hyphen is no link: "out-hustling")
  if (!/^\p{Ll}/u.test(t.value) || isInnerHyphen(doc, j + 1)) return true;
  if (t.pos === 'CCONJ') {
    // (a determiner between "and" and the name: "CNN and the Ledger")
    let k = j + 1;
    while (k < nameStart && tokenAt(doc, k).pos === 'DET') k++;
    return j > first && k < nameStart;
  }
  if (t.lower === 'of' || t.lower === 'for') {
    const prev = j > first ? tokenAt(doc, j - 1) : undefined;
    if (prev === undefined) return false;
    const key = prev.lower.replace(/\.$/u, '');
    return startsUpper(prev.value) || TITLE_WORDS.has(key) || JOB_TITLE_WORDS.has(key) || PEOPLE_NOUNS.has(key);
  }
  return false;
}
