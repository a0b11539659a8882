/**
 * Names and quoted words inside a subject before a cue, read whole: a
 * name with a capitalised preposition ("Hands Across Dover said"), a work's
 * title in quotation marks ('The book "Quiet Rivers" argues'), a quoted
 * nickname ('The hacker known as "Ghost" said'), a head noun in scare quotes
 * ('The so-called "experts" say').
 * @internal
 */
import { shapedMention, type Mention } from '../../shape.js';
import { WORK_NOUNS } from '../../../data/cues.js';
import type { Doc } from '../../../prepare/document.js';
import { isMarkToken, maybeToken, tokenAt } from '../../../prepare/lookup.js';
import { isTitle } from '../../../marks/title.js';
import { nameText } from '../mention.js';
import { isNameToken } from '../name-tokens.js';
import { isInnerHyphen, isPossessive } from '../name-marks.js';
import { FRENCH_SPACED } from '../../../data/marks.js';
import { NICKNAME_PARTICIPLES } from '../../../data/names.js';
import { POSSESSIVES } from '../../../data/clauses.js';

/**
 * True when the token before `start` is a capitalised preposition inside a
 * name, between a name word and the capitalised word at `start`, in a
 * sentence written in sentence case (a lower-case word at `after`): "a
 * coalition called Hands Across Dover said", "Walk Beyond Coal said". Not a
 * title-case headline ("Analysts At Jefferies Say").
 */
export function nameLinkBefore(doc: Doc, start: number, after: number, floor: number): boolean {
  const link = tokenAt(doc, start - 1);
  const before = tokenAt(doc, start - 2);
  const next = maybeToken(doc, after);
  return start - 2 >= floor && link.pos === 'ADP' && /^\p{Lu}\p{Ll}+$/u.test(link.value) && before.sent === link.sent && /^\p{Lu}/u.test(before.value) && isNameToken(before, doc) &&
    /^\p{Lu}/u.test(tokenAt(doc, start).value) && isNameToken(tokenAt(doc, start), doc) && next !== undefined && next.sent === link.sent && /^\p{Ll}/u.test(next.value);
}

/** Most words of a work's title in quotation marks inside a subject: 'The book "Quiet Rivers" argues'. */
const MAX_WORK_TITLE = 8;

/**
 * The opening mark's token of a title in quotation marks that ends right
 * before token `end` and follows the noun of a work (`WORK_NOUNS`): 'The
 * book "Quiet Rivers"', 'Her film "Low Water"'; -1 when none stands there.
 */
export function workTitleStart(doc: Doc, end: number, floor: number): number {
  if (end - 3 < floor || !isMarkToken(tokenAt(doc, end - 1).value)) return -1;
  const words: string[] = [];
  for (let k = end - 2; k > floor && k >= end - 2 - MAX_WORK_TITLE; k--) {
    const t = tokenAt(doc, k);
    if (!isMarkToken(t.value)) {
      words.unshift(t.value);
      continue;
    }
    return words.length > 0 && isTitle(words) && WORK_NOUNS.has(tokenAt(doc, k - 1).lower) ? k : -1;
  }
  return -1;
}

/** Most words of a quoted nickname inside a subject: 'known as "Ghost"', 'called "The Ledger"'. */
const MAX_NICKNAME = 4;

/**
 * The naming participle's token of a quoted nickname that ends right before
 * token `end` and follows a noun and a participle of
 * {@link NICKNAME_PARTICIPLES} ('The hacker known as "Ghost"', 'a site
 * called "The Ledger"'): the nickname opens with a capital letter. -1 when
 * none stands there.
 */
export function nicknameStart(doc: Doc, end: number, floor: number): number {
  // (a comma inside the closing mark sets the nickname off as an aside, which the appositive reading takes:
  // 'the hacker known as "Pilot," stated')
  if (end - 4 < floor || !isMarkToken(tokenAt(doc, end - 1).value) || tokenAt(doc, end - 2).value === ',') return -1;
  for (let k = end - 2; k > floor && k >= end - 2 - MAX_NICKNAME; k--) {
    const t = tokenAt(doc, k);
    if (!isMarkToken(t.value)) continue;
    if (k === end - 2 || !/^\p{Lu}/u.test(tokenAt(doc, k + 1).value)) return -1;
    let p = k - 1;
    if (tokenAt(doc, p).lower === 'as') p--;
    const participle = tokenAt(doc, p);
    if (p <= floor || !NICKNAME_PARTICIPLES.has(participle.lower) || (participle.lower === 'known') !== (p === k - 2)) return -1;
    const noun = tokenAt(doc, p - 1);
    return noun.sent === participle.sent && /^(NOUN|PROPN)$/.test(noun.pos) ? p : -1;
  }
  return -1;
}

/**
 * The description whose head noun stands alone in scare quotes right before
 * token `end`, after a determiner, a possessive, an adjective or a name
 * ('The so-called "experts" say', 'This TV "reporter" has claimed', 'the
 * union\'s "advisers" have'); the marks are part of it. Null when no
 * such head ends there.
 */
export function scareQuotedHead(doc: Doc, end: number, floor: number): Mention | null {
  if (end - 4 < floor || !isMarkToken(tokenAt(doc, end - 1).value) || !isMarkToken(tokenAt(doc, end - 3).value)) return null;
  const head = tokenAt(doc, end - 2);
  if (head.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(head.value)) return null;
  // (the marks hug the word: an opening mark before it and a closing one after it; guillemets may stand a space apart,
  // as French typesetting sets them: 'These « experts » said')
  const opening = tokenAt(doc, end - 3);
  const closing = tokenAt(doc, end - 1);
  const spaced = FRENCH_SPACED.has(opening.value) && FRENCH_SPACED.has(closing.value) && opening.end + 1 === head.start && head.end + 1 === closing.start;
  if (!spaced && (opening.end !== head.start || closing.start !== head.end)) return null;
  const before = end - 4;
  const t = tokenAt(doc, before);
  // ("so-called": a word joined by a hyphen to the one before it, whatever its tag)
  const modifier = (k: number): boolean => /^(DET|ADJ|PROPN|NUM)$/.test(tokenAt(doc, k).pos) || POSSESSIVES.has(tokenAt(doc, k).lower) || isPossessive(tokenAt(doc, k));
  if (t.sent !== head.sent || !(modifier(before) || (before - 2 >= floor && isInnerHyphen(doc, before - 1)))) return null;
  let first = before;
  for (;;) {
    if (first - 2 >= floor && isInnerHyphen(doc, first - 1)) first -= 2;
    else if (first - 1 >= floor && tokenAt(doc, first - 1).sent === head.sent && modifier(first - 1)) first--;
    else break;
  }
  // (the phrase opens with a determiner, a possessive or a name: not a bare adjective of the clause before)
  const opener = tokenAt(doc, first);
  if (!(opener.pos === 'DET' || opener.pos === 'PROPN' || POSSESSIVES.has(opener.lower) || /^\p{Lu}/u.test(opener.value))) return null;
  const start = opener.start;
  const close = tokenAt(doc, end - 1).end;
  return shapedMention({ first, last: end, start, end: close, kind: 'description', titles: [], name: nameText(doc, start, close), head: end - 2 });
}
