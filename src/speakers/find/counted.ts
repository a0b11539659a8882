/**
 * Counted groups and quantifiers standing as the subject of a cue ("Six in 10
 * say", "all but two said", "Those over 60 say", "A third said", "Yet another said").
 * @internal
 */
import { FRACTION_NOUNS, AGE_GROUP_HEADS } from '../../data/people.js';
import { shapedMention, type Mention } from '../shape.js';
import type { Doc } from '../../prepare/document.js';
import { isMarkToken, tokenAt } from '../../prepare/lookup.js';
import { nameText } from './mention.js';
import { COUNTED_APPROXIMATORS, FRACTION_COUNTS, COUNT_COMPARATIVES, AGE_GROUP_COMPARISONS, LONE_QUANTIFIERS } from '../../data/function-words.js';

/**
 * A counted group before a cue: "Six in 10 say", "About one in five said",
 * "Nearly nine out of 10 say", "all but two said".
 * A number is no noun phrase of its own, so this is read apart.
 */
export function counted(doc: Doc, end: number, floor: number): Mention | null {
  const last = tokenAt(doc, end - 1);
  if (end - 3 < floor || last.pos !== 'NUM') return null;
  // "Those over 60 say", "people under 30 said": an age group
  if (AGE_GROUP_COMPARISONS.has(tokenAt(doc, end - 2).lower) && AGE_GROUP_HEADS.has(tokenAt(doc, end - 3).lower)) {
    const start = tokenAt(doc, end - 3).start;
    return shapedMention({ first: end - 3, last: end, start, end: last.end, kind: 'description', titles: [], name: nameText(doc, start, last.end), head: end - 3 });
  }
  let first: number;
  // "six in 10", "nine out of 10", "all but two"
  if (tokenAt(doc, end - 2).lower === 'in' && tokenAt(doc, end - 3).pos === 'NUM') first = end - 3;
  else if (end - 4 >= floor && tokenAt(doc, end - 2).lower === 'of' && tokenAt(doc, end - 3).lower === 'out' && tokenAt(doc, end - 4).pos === 'NUM') first = end - 4;
  else if (tokenAt(doc, end - 2).lower === 'but' && tokenAt(doc, end - 3).lower === 'all') first = end - 3;
  else return null;
  if (first - 1 >= floor && COUNTED_APPROXIMATORS.has(tokenAt(doc, first - 1).lower)) first--;
  // "More than six in 10", "fewer than one in five"
  else if (first - 2 >= floor && tokenAt(doc, first - 1).lower === 'than' && COUNT_COMPARATIVES.has(tokenAt(doc, first - 2).lower)) first -= 2;
  const start = tokenAt(doc, first).start;
  return shapedMention({ first, last: end, start, end: last.end, kind: 'description', titles: [], name: nameText(doc, start, last.end), head: first });
}

/** A quantifier standing alone as the subject after a comma or at the sentence start: "To varying degrees, all agreed". */
export function quantifierAlone(doc: Doc, end: number, floor: number): Mention | null {
  const q = tokenAt(doc, end - 1);
  // "A third said", "a majority say": a fraction with its article
  // (and "The two admit": a number after "the")
  const fraction = end - 2 >= floor && ((FRACTION_NOUNS.has(q.lower) && FRACTION_COUNTS.has(tokenAt(doc, end - 2).lower)) || (q.pos === 'NUM' && /^[a-z]+$/.test(q.lower) && tokenAt(doc, end - 2).lower === 'the'));
  const first = fraction ? end - 2 : end - 1;
  const prev = tokenAt(doc, first - 1);
  if (end - 1 < floor || !(fraction || LONE_QUANTIFIERS.has(q.lower))) return null;
  // after a comma, a quotation mark or the sentence start, or an opening conjunction ("Yet another said")
  const opener = tokenAt(doc, first - 2);
  const opensAfterConjunction = first - 1 >= floor && (prev.pos === 'CCONJ' || prev.pos === 'ADV') && prev.sent === q.sent && (first - 1 === floor || opener.sent !== prev.sent || isMarkToken(opener.value));
  if (!(first === floor || prev.sent !== q.sent || prev.value === ',' || isMarkToken(prev.value) || opensAfterConjunction)) return null;
  const start = tokenAt(doc, first).start;
  return shapedMention({ first, last: end, start, end: q.end, kind: 'description', titles: [], name: nameText(doc, start, q.end) });
}
