/**
 * The floor of a speaker search: the first token it may go back to, moved
 * back over a sentence break the tokenizer made inside a word or after a
 * title's abbreviation.
 * @internal
 */
import type { Doc, Token } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { isNameToken } from './name-tokens.js';
import { tokenTitleKey } from './title-keys.js';
import { TITLE_NOUNS } from '../../data/titles.js';

/**
 * The floor moved back over a sentence break inside a word ("R-N.Y." read as
 * "R-N." and "Y."): a break with no space before the new sentence's first
 * letter is no sentence break, so the subject before it is still in reach.
 */
export function joinedFloor(doc: Doc, floor: number): number {
  let f = floor;
  for (let round = 0; round < 3 && f > 0; round++) {
    const first = tokenAt(doc, f);
    const prev = tokenAt(doc, f - 1);
    if (prev.sent === first.sent || prev.value !== '.' || !/^\p{L}/u.test(first.value)) break;
    // ("Navy Chief Adm. Tom Reyes": a title's abbreviation before a name is no sentence end either)
    if (prev.end !== first.start && !(f - 2 >= 0 && isTitleAbbreviation(tokenAt(doc, f - 2), prev) && /^\p{Lu}/u.test(first.value) && isNameToken(first, doc))) break;
    f = doc.sentences[prev.sent]?.first ?? f;
  }
  return f;
}

/** True when `word` and the full stop right after it spell a short title: "Adm.", "Gen.", "Sen.". */
function isTitleAbbreviation(word: Token, stop: Token): boolean {
  const key = tokenTitleKey(word);
  return word.end === stop.start && /^\p{Lu}\p{Ll}{1,4}$/u.test(word.value) && key in TITLE_NOUNS && TITLE_NOUNS[key] !== key;
}
