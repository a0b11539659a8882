/**
 * Words in scare quotes, and a nickname in quotation marks inside a name.
 * @internal
 */
import { PEOPLE_NOUNS } from '../../data/people.js';
import type { Doc, Token } from '../../prepare/document.js';
import { isMarkToken, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { startsUpper } from '../../prepare/case.js';
import { isInnerHyphen } from './name-marks.js';
import { isNameToken } from './name-tokens.js';

/** Most words a short quoted stretch passed over inside a clause may hold: 'lamented the "dismal" state', 'proposed we "keep the tolls where they are"' (measured on PolNeAR train: 4 -> 6 fixes one speaker, breaks none). */
const MAX_SCARE_WORDS = 6;

/**
 * When the quotation mark at token `close` closes a short quoted stretch of
 * words inside its sentence, at or after `floor` (a scare quote or a quoted
 * name: 'lamented the "dismal" state and said'), the index of its
 * opening mark; else -1. The stretch holds one to {@link MAX_SCARE_WORDS}
 * words and no punctuation, and opens after a word.
 */
export function scareQuoteStart(doc: Doc, close: number, floor: number): number {
  const closing = maybeToken(doc, close);
  if (closing === undefined || !isMarkToken(closing.value)) return -1;
  for (let j = close - 1; j >= Math.max(floor, close - MAX_SCARE_WORDS - 1); j--) {
    const t = tokenAt(doc, j);
    if (t.sent !== closing.sent) return -1;
    if (isMarkToken(t.value)) {
      const before = maybeToken(doc, j - 1);
      return j < close - 1 && j > floor && before !== undefined && before.sent === t.sent && /^[\p{L}\p{N}]/u.test(before.value) ? j : -1;
    }
    if (!/^[\p{L}\p{N}]/u.test(t.value) && !isInnerHyphen(doc, j)) return -1;
  }
  return -1;
}

/**
 * True when `given`, a token right before a nickname's opening mark, may be
 * the given name: a name word, or a capitalised proper noun that is a person
 * noun opening its sentence ('Baker "Slim" Jones said': the nickname and the
 * surname after it show "Baker" to be a name, not the job).
 */
export function givenBeforeNickname(doc: Doc, given: Token): boolean {
  return isNameToken(given, doc) || (given.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(given.value) && PEOPLE_NOUNS.has(given.lower));
}

/**
 * The opening mark of a nickname whose closing mark is token `close`, or -1:
 * one to three capitalised words in quotation marks (the first may be a
 * lower-case "the": 'Bill "the Hammer" Walters'), right after a
 * capitalised given name and right before a capitalised surname, all in one
 * sentence ('Dwayne "The Rock" Johnson', 'Bill "Sonny" Walters').
 */
export function quotedNicknameStart(doc: Doc, close: number, floor: number): number {
  const open = scareQuoteStart(doc, close, floor);
  if (open < 0 || close - open - 1 > 3 || open - 1 < floor) return -1;
  const given = tokenAt(doc, open - 1), surname = maybeToken(doc, close + 1);
  if (surname === undefined || surname.sent !== given.sent || !isNameToken(surname, doc) || !givenBeforeNickname(doc, given) || given.pos !== 'PROPN') return -1;
  // (the marks are set off by spaces outside and none inside)
  if (tokenAt(doc, open).start === given.end || tokenAt(doc, close).end === surname.start) return -1;
  // (a lower-case "the" may open it before a capitalised word: 'Bill "the Hammer" Walters')
  for (let j = open + 1; j < close; j++) if (!startsUpper(tokenAt(doc, j).value) && !(j === open + 1 && j + 1 < close && tokenAt(doc, j).value === 'the')) return -1;
  return open;
}
