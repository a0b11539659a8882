/**
 * Finds every name in the document (runs of proper nouns with their titles),
 * so that a surname or a pronoun can be resolved to a full name mentioned
 * anywhere before it, not only as a speaker.
 * @internal
 */
import type { Doc, Token } from '../prepare/document.js';
import type { Mention } from '../attribution/candidate.js';
import { makeMention, titleKey } from './phrase.js';
import { TITLE_WORDS } from '../data/titles.js';
import { tokenAt } from '../prepare/lookup.js';

function isCapitalised(t: Token): boolean {
  return t.pos === 'PROPN' || (/^\p{Lu}\p{Ll}/u.test(t.value) && (t.pos === 'NOUN' || t.pos === 'ADJ'));
}

/** Every name mention in the document, in text order. */
export function findNames(doc: Doc): Mention[] {
  const out: Mention[] = [];
  const tokens = doc.tokens;
  let i = 0;
  while (i < tokens.length) {
    const t = tokenAt(doc, i);
    if (!isCapitalised(t) && !TITLE_WORDS.has(titleKey(t.value))) {
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && tokenAt(doc, j).para === t.para && (isCapitalised(tokenAt(doc, j)) || (TITLE_WORDS.has(titleKey(tokenAt(doc, j).value)) && /^\p{Lu}/u.test(tokenAt(doc, j).value)))) j++;
    if (j > i) {
      const m = makeMention(doc, i, j);
      if (m && m.kind === 'name') out.push(m);
    }
    i = Math.max(j, i + 1);
  }
  return out;
}
