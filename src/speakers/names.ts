/**
 * Finds every name in the document (runs of proper nouns with their titles),
 * so that a surname or a pronoun can be resolved to a full name mentioned
 * anywhere before it, not only as a speaker.
 * @internal
 */
import type { Doc, Token } from '../prepare/document.js';
import type { Mention } from './shape.js';
import { DASHES, isNameToken, isOpenerBeforeName, possessiveOpensName } from './find/name-tokens.js';
import { elidedArticleParticleStart, givenNameParticle } from './find/name-particles.js';
import { quotedNicknameStart } from './find/quoted-nickname.js';
import { givenNameSyllable, isInnerHyphen, partyCodeEnd } from './find/name-marks.js';
import { makeMention } from './find/mention.js';
import { TITLE_WORDS } from '../data/titles.js';
import { CUE_FORM_FIRST_NAMES, GIVEN_NAME_PARTICLES, NAME_PARTICLES } from '../data/names.js';
import { isCueFormFirstName } from '../cues/surname.js';
import { ORGANIZATION_FOR, ORGANIZATION_OF } from '../data/people.js';
import { isMarkToken, maybeToken, plainTokens, timestampLength, tokenAt, tokenCount } from '../prepare/lookup.js';
import { startsUpper, startsUpperLower } from '../prepare/case.js';

function isCapitalised(t: Token, doc: Doc): boolean {
  const pos = t.pos;
  // "a group, Our Revolution, ...": a capitalised possessive inside a sentence opens a name
  if (pos === 'PRON' || pos === 'DET') return possessiveOpensName(doc, t);
  // "Outside Carrier's plant", "Top Sanders strategists": a sentence opener is no part of the name after it
  if ((pos === 'PROPN' || pos === 'NOUN' || pos === 'ADJ') && isOpenerBeforeName(doc, t)) return false;
  // a dash set off by spaces, whatever its tag: "DOVER ― Ines Marr" (a horizontal bar read as a name)
  // (only a proper noun needs the look-up: every other yes below starts with a capital letter, which no dash does)
  if (pos === 'PROPN') return !DASHES.has(t.value) || isInnerHyphen(doc, t.i);
  if ((pos === 'NOUN' || pos === 'ADJ') && startsUpperLower(t.value)) return true;
  // a surname the tagger took for a verb: "Rep. Jim Ward (R-Ohio)", or for an adverb or preposition after a first name:
  // "Sen. Tom Most opposed"
  return (pos === 'VERB' || pos === 'ADV' || pos === 'ADP') && startsUpperLower(t.value) && isNameToken(t, doc);
}

/**
 * True for a title word ("Sen.", "president"): `titleKey` of the
 * token's lower case, which is the lower case without a final period (asked
 * for every token, so without lower-casing again).
 */
function isTitleWord(t: Token): boolean {
  const lower = t.lower;
  return TITLE_WORDS.has(lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower);
}

/** True when token `k` can be a word of a name: capitalised, or a capitalised title word, and not quoted. */
function nameWord(doc: Doc, quoted: Readonly<Uint8Array>, k: number): boolean {
  if (quoted[k] === 1) return false;
  // (the token read once for all three tests)
  const t = tokenAt(doc, k);
  return isCapitalised(t, doc) || (isTitleWord(t) && startsUpper(t.value));
}

/**
 * True when token `k` is an "of" inside a name that starts at token `i`:
 * "the Ministry of Health", "Bank of America" (an organisation's name),
 * "Secretary of State Ann Cole" (a title phrase before a name); or a "for"
 * after an organisation's head ("the Club for Clean Harbors").
 */
function orgOf(doc: Doc, quoted: Readonly<Uint8Array>, k: number, i: number): boolean {
  const word = tokenAt(doc, k).lower;
  if (k <= i || maybeToken(doc, k + 1) === undefined || quoted[k + 1] === 1 || !isCapitalised(tokenAt(doc, k + 1), doc)) return false;
  const before = tokenAt(doc, k - 1);
  // "the Club for Clean Harbors", "Citizens for Safer Streets": a capitalised organisation head before "for"
  if (word === 'for') return ORGANIZATION_FOR.has(before.lower) && startsUpper(before.value);
  return word === 'of' && (ORGANIZATION_OF.has(before.lower) || (isTitleWord(before) && startsUpper(before.value)));
}

/**
 * True when token `k` is a lower-case particle inside a person's name, after
 * a name word and before one, past any further particles and a hyphen that
 * joins the last to the surname: "Omar bin Talal", "Ursula von der Hale",
 * "Charles de Brill", "Ali al-Hassan".
 */
function innerParticle(doc: Doc, quoted: Readonly<Uint8Array>, k: number, i: number): boolean {
  // ("Erik ten Hoven": a particle that is one only after a given name)
  if (k > i && GIVEN_NAME_PARTICLES.has(tokenAt(doc, k).value)) return quoted[k + 1] !== 1 && givenNameParticle(doc, k);
  // ("Sophie in 't Veld": a particle with the elided article, its mark and its "t")
  if (k > i && elidedArticleParticleStart(doc, k) > i) return true;
  if (k <= i || !NAME_PARTICLES.has(tokenAt(doc, k).value) || (!isCapitalised(tokenAt(doc, k - 1), doc) && !NAME_PARTICLES.has(tokenAt(doc, k - 1).value))) return false;
  let j = k + 1;
  while (maybeToken(doc, j) !== undefined && NAME_PARTICLES.has(tokenAt(doc, j).value) && j < k + 3) j++;
  // "Ali al-Hassan", "Hamad bin Khalid al-Thani": a particle joined to the surname by a hyphen
  if (isInnerHyphen(doc, j)) j++;
  const next = maybeToken(doc, j);
  return next !== undefined && next.sent === tokenAt(doc, k).sent && quoted[j] !== 1 && startsUpper(next.value) && isCapitalised(next, doc);
}

/**
 * Where a name run ending at the inner hyphen `j` ends: after a Korean given
 * name's lower-case second syllable ("Ban Ki-moon": `j` + 2), or at `j`; -1
 * when the run is part of a hyphenated common word ("Johnny-come-lately",
 * "Varga-style"). A function of its own, called only at such a hyphen: its
 * rare branches, met for the first time, recompile it alone, not the token
 * loop of {@link findNames}.
 */
function afterHyphen(doc: Doc, quoted: Readonly<Uint8Array>, j: number): number {
  if (quoted[j + 1] !== 1 && givenNameSyllable(doc, j + 1)) return j + 2;
  return /^\p{Ll}/u.test(tokenAt(doc, j + 1).value) ? -1 : j;
}

/**
 * True when token `i` (`t`), a cue form that is also a first name ("Said"),
 * opens its sentence as an inverted cue, not as a name ('Said Lee: "..."';
 * not "Said Hassan, a lawyer, said", see `isCueFormFirstName`).
 */
function invertedCueForm(doc: Doc, t: Token, i: number): boolean {
  if (!CUE_FORM_FIRST_NAMES.has(t.lower)) return false;
  const prev = maybeToken(doc, i - 1);
  return (prev === undefined || prev.sent !== t.sent) && !isCueFormFirstName(doc, i);
}

/**
 * The closing mark of a nickname in quotation marks whose opening mark is
 * token `open`, right after a name run that starts at `floor` ({@link
 * quotedNicknameStart}), or -1.
 */
function nicknameClose(doc: Doc, open: number, floor: number): number {
  if (open >= tokenCount(doc) || !isMarkToken(tokenAt(doc, open).value)) return -1;
  for (let c = open + 2; c <= open + 4 && c < tokenCount(doc); c++) {
    if (isMarkToken(tokenAt(doc, c).value)) return quotedNicknameStart(doc, c, floor) === open ? c : -1;
  }
  return -1;
}

/** True when token `k` is a word of a live blog's time stamp after its clock time ("15:02 GMT", "9:05 am"). */
function inTimestamp(doc: Doc, k: number): boolean {
  for (let s = k - 1; s >= 0 && s >= k - 2; s--) if (timestampLength(doc, s) > k - s) return true;
  return false;
}

/**
 * Every name mention in the document, in text order. Words inside quotation
 * marks (`quoted[i]` 1) are never names: in `"Fine," he said` the quote's
 * first word is not a person.
 */
export function findNames(doc: Doc, quoted: Readonly<Uint8Array> = new Uint8Array(0)): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  const plain = plainTokens(doc);
  const count = tokenCount(doc);
  while (i < count) {
    const t = plain !== undefined ? plain[i]! : tokenAt(doc, i);
    if (quoted[i] === 1 || (!isCapitalised(t, doc) && !isTitleWord(t))) {
      i++;
      continue;
    }
    // 'Said Lee, beaming: "..."', 'Said Lee: "..."': an inverted cue opening its sentence is no first name
    if (invertedCueForm(doc, t, i)) {
      i++;
      continue;
    }
    // "15:02 GMT Brandt: ...": a live blog's time zone after its time stamp is no first name
    if (inTimestamp(doc, i)) {
      i++;
      continue;
    }
    const code = partyCodeEnd(doc, i);
    if (code > i) {
      i = code;
      continue;
    }
    let j = i;
    while (j < count && tokenAt(doc, j).para === t.para && (nameWord(doc, quoted, j) || orgOf(doc, quoted, j, i) || innerParticle(doc, quoted, j, i) || (isInnerHyphen(doc, j) && j > i && quoted[j + 1] !== 1))) j++;
    while (j > i + 1 && !nameWord(doc, quoted, j - 1)) j--;
    // 'Dwayne "The Rock" Johnson': a nickname in quotation marks goes on to the surname after it
    const close = j > i ? nicknameClose(doc, j, i) : -1;
    if (close > 0) {
      let e = close + 1;
      while (e < count && tokenAt(doc, e).para === t.para && nameWord(doc, quoted, e)) e++;
      if (e > close + 1) j = e;
    }
    if (isInnerHyphen(doc, j)) {
      const after = afterHyphen(doc, quoted, j);
      if (after < 0) {
        i = j + 1;
        continue;
      }
      j = after;
    }
    if (j > i) {
      const m = makeMention(doc, i, j);
      if (m && m.kind === 'name') out.push(m);
    }
    i = Math.max(j, i + 1);
  }
  return out;
}
