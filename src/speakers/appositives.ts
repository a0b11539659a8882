/**
 * Appositives of a name in speaker resolution: the description set off by
 * commas right after a name ("Tom Hale, the mayor,") or right before it ("the
 * mayor, Ann Lee,"), and the words for a role whose "of" names a workplace.
 * @internal
 */
import type { Doc, Token } from '../prepare/document.js';
import type { Mention } from './shape.js';
import { TITLE_WORDS } from '../data/titles.js';
import { ARTICLES, LIST_CONJUNCTIONS } from '../data/function-words.js';
import { KIN_NOUNS, PEOPLE_NOUNS } from '../data/people.js';
import { THIRD_POSSESSIVES } from '../data/clauses.js';
import { titleKey } from './find/title-keys.js';
import { kindOfHead } from './kinds.js';
import { maybeToken, tokenAt, tokenCount } from '../prepare/lookup.js';

/**
 * The description set off by commas right after a name, opened by a
 * determiner: "Tom Hale, the mayor of Springfield,", "Ann Lee, 61, a
 * farmer,". Null when there is none.
 */
export function appositiveAfter(doc: Doc, n: Mention): string | null {
  let k = n.last;
  if (maybeToken(doc, k)?.value !== ',') return null;
  k++;
  // an age first: "Ann Lee, 61, a farmer,"
  if (maybeToken(doc, k)?.pos === 'NUM' && maybeToken(doc, k + 1)?.value === ',') k += 2;
  const open = maybeToken(doc, k);
  if (open === undefined || !ARTICLES.has(open.lower) || open.sent !== tokenAt(doc, n.first).sent) return null;
  for (let j = k + 1; j < Math.min(tokenCount(doc), k + 12); j++) {
    const t = tokenAt(doc, j);
    if (t.sent !== open.sent || t.pos === 'VERB' || t.pos === 'AUX') return null;
    if (t.value === ',' || t.value === '.' || t.value === ';' || t.value === ')') {
      const last = tokenAt(doc, j - 1);
      return j > k + 1 && (last.pos === 'NOUN' || last.pos === 'PROPN') ? doc.text.slice(open.start, last.end) : null;
    }
  }
  return null;
}

/**
 * The description set off by a comma right before a name that a comma or
 * the sentence end closes, opened by a determiner or a possessive: "her
 * husband, Leo Marsh,", "the mayor, Ann Lee,". Null when there is none,
 * in a list ("the mayor, Ann Lee, and Tom Hale") and after a preposition
 * ("The author of the book, Ann Lee,").
 */
export function appositiveBefore(doc: Doc, n: Mention): string | null {
  const comma = n.first - 1;
  const after = maybeToken(doc, n.last);
  if (comma < 2 || tokenAt(doc, comma).value !== ',' || after === undefined || !/^[,.]$/.test(after.value)) return null;
  const next = maybeToken(doc, n.last + 1);
  // (a description after the "and" leaves the name set off: "The police chief, Tom Hale, and the mayor met")
  if (after.value === ',' && next !== undefined && LIST_CONJUNCTIONS.has(next.lower) && !opensDescription(doc, n.last + 2)) return null;
  const head = tokenAt(doc, comma - 1);
  if (head.sent !== tokenAt(doc, n.first).sent) return null;
  const role = roleOfBefore(doc, comma);
  if (role !== null) return role;
  // (the tagger reads some role nouns as adjectives: "The police chief, Tom Hale,")
  if (head.pos !== 'NOUN' && !(head.pos === 'ADJ' && PEOPLE_NOUNS.has(head.lower))) return null;
  for (let j = comma - 2; j >= Math.max(0, comma - 5); j--) {
    const t = tokenAt(doc, j);
    if (t.sent !== head.sent) return null;
    // (the phrase opens there, not inside a longer one: "The author of the book, Ann Lee," is no book)
    if (ARTICLES.has(t.lower) || THIRD_POSSESSIVES.has(t.lower)) return j > 0 && tokenAt(doc, j - 1).pos === 'ADP' ? null : doc.text.slice(t.start, head.end);
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN') return null;
  }
  return null;
}

/**
 * The role "of" a place or a body that opens a sentence and a comma ends
 * before a name: "The mayor of Kelby, Ann Lee,", "The chief executive of
 * Arlo Bank, Tom Reed,". Null for any other phrase, and for a phrase after
 * anything but the sentence start ("a letter to the mayor of Kelby, Ann Lee,").
 */
function roleOfBefore(doc: Doc, comma: number): string | null {
  const head = tokenAt(doc, comma - 1);
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return null;
  for (let j = comma - 2; j >= Math.max(1, comma - 6); j--) {
    const t = tokenAt(doc, j);
    if (t.sent !== head.sent) return null;
    if (t.lower === 'of') {
      const role = tokenAt(doc, j - 1);
      if (!isRoleWord(role) || KIN_NOUNS.has(role.lower)) return null;
      // the role's own words back to the article that opens the sentence: "The (deputy) mayor"
      for (let i = j - 2; i >= Math.max(0, j - 4); i--) {
        const w = tokenAt(doc, i);
        if (ARTICLES.has(w.lower)) return (i === 0 || tokenAt(doc, i - 1).sent !== w.sent) && /^\p{Lu}/u.test(w.value) ? doc.text.slice(w.start, head.end) : null;
        if (w.pos !== 'ADJ' && w.pos !== 'NOUN' && w.pos !== 'PROPN') return null;
      }
      return null;
    }
    if (!/^(NOUN|PROPN|ADJ|DET)$/.test(t.pos) || /^\p{P}/u.test(t.value)) return null;
  }
  return null;
}

/** True when token `k` opens a description: an article, a possessive or a number before a lower-case word ("the mayor", "his wife", "two aides"). */
function opensDescription(doc: Doc, k: number): boolean {
  const t = maybeToken(doc, k);
  const word = maybeToken(doc, k + 1);
  return t !== undefined && word !== undefined && (ARTICLES.has(t.lower) || THIRD_POSSESSIVES.has(t.lower) || t.pos === 'NUM') && !/^\p{Lu}/u.test(word.value);
}

/**
 * True for a title or a word for a person ("CEO", "governor", "spokesman"):
 * the name after its "of" is where that person works ("the president of
 * Harbor Watch"), not a person a pronoun stands for; not a word for a
 * relative ("the wife of Hale": Hale is a person).
 */
export function isRoleWord(t: Token | undefined): boolean {
  if (t === undefined || KIN_NOUNS.has(t.lower) || KIN_NOUNS.has(t.lower.replace(/s$/, ''))) return false;
  return TITLE_WORDS.has(titleKey(t.lower)) || kindOfHead(t.lower) === 'person';
}
