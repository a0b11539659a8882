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

function isCapitalised(t: Token): boolean {
  return t.pos === 'PROPN' || (/^\p{Lu}\p{Ll}/u.test(t.value) && (t.pos === 'NOUN' || t.pos === 'ADJ'));
}

/**
 * Every name mention in the document, in text order. Words inside quotation
 * marks (`quoted[i]` true) are never names: in `"Fine," he said` the quote's
 * first word is not a person.
 */
export function findNames(doc: Doc, quoted: readonly boolean[] = []): Mention[] {
  const out: Mention[] = [];
  const tokens = doc.tokens;
  const nameWord = (k: number): boolean =>
    quoted[k] !== true && (isCapitalised(tokens[k]!) || (TITLE_WORDS.has(titleKey(tokens[k]!.value)) && /^\p{Lu}/u.test(tokens[k]!.value)));
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (quoted[i] === true || (!isCapitalised(t) && !TITLE_WORDS.has(titleKey(t.value)))) {
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && tokens[j]!.para === t.para && nameWord(j)) j++;
    if (j > i) {
      const m = makeMention(doc, i, j);
      if (m && m.kind === 'name') out.push(m);
    }
    i = Math.max(j, i + 1);
  }
  return out;
}
