/**
 * A name before a possessive or a contracted "has" or "is".
 * @internal
 */
import { CUE_VERBS, NOT_PRENOMINAL_SAYING_FORMS } from '../../data/cues.js';
import { FIRST_NAMES } from '../../data/names.js';
import { HONORIFICS, TITLE_ABBREVIATIONS } from '../../data/titles.js';
import type { Doc } from '../../prepare/document.js';
import { maybeToken, tokenAt, tokenCount } from '../../prepare/lookup.js';
import { startsUpper } from '../../prepare/case.js';
import { tokenTitleKey } from './title-keys.js';
import { isInnerHyphen } from './name-marks.js';

/**
 * True when token `k` is the "'s" that ends a capitalised name written with a
 * possessive, a business ("McDonald's", "Sotheby's"), right before a verb of
 * its sentence, adverbs between: "McDonald's said ...", "Macy's also said".
 * The tagger reads the "'s" as a possessive with no noun after it; a name
 * with a noun after its "'s" ("McDonald's spokesman said") is the owner
 * inside a phrase, and so is one before a participle that modifies a noun
 * ("Lee's repeated requests", "Lee's reported net worth"), but never one of
 * the saying forms of {@link NOT_PRENOMINAL_SAYING_FORMS} ("Sotheby's said
 * prices rose"). Not a person's name, whose "'s" is "has": after an honorific,
 * a title or a known first name ("Mr. Obama's said", "Laura Lee's been"), or
 * a word the text also writes with no "'s" after it ("Obama said ...").
 */
export function possessiveName(doc: Doc, k: number, floor: number): boolean {
  const s = maybeToken(doc, k);
  // (adverbs may stand between: "McDonald's also said")
  let v = k + 1;
  while (v < k + 3 && maybeToken(doc, v)?.pos === 'ADV' && /^\p{Ll}/u.test(tokenAt(doc, v).value)) v++;
  const verb = maybeToken(doc, v);
  if (s === undefined || verb === undefined || k - 1 < floor || (s.lower !== "'s" && s.lower !== '\u2019s') || s.pos !== 'PART') return false;
  const name = tokenAt(doc, k - 1);
  if (name.end !== s.start || name.pos !== 'PROPN' || !/^\p{Lu}/u.test(name.value) || verb.sent !== s.sent || !/^\p{Ll}/u.test(verb.value)) return false;
  // a person's name, whose "'s" is "has": "Mr. Obama's said", "Barack Obama's been", or a word the text writes with no
  // "'s" after it too ("Obama said ... Obama's said")
  if (personBeforeContraction(doc, k - 1) || bareCapitals(doc).has(name.value)) return false;
  const next = maybeToken(doc, v + 1);
  const nextTag = next === undefined || next.sent !== verb.sent ? 'PUNCT' : next.pos;
  // an auxiliary before its verb: "Macy's has said", "Sotheby's will say"
  if (verb.pos === 'AUX') return /^(VERB|ADV|PART)$/.test(nextTag);
  if (verb.pos !== 'VERB' || verb.lower === verb.lemma || /ing$/.test(verb.lower)) return false;
  // "said", "says", "told", "wrote" modify no noun: a noun after them is the subject of the clause said ("McDonald's
  // said sales fell", "Sotheby's says prices rose")
  if (NOT_PRENOMINAL_SAYING_FORMS.has(verb.lower)) return true;
  // a form in -s opens a clause only before a pronoun, determiner or subordinator ("Macy's says it"; not the plural
  // noun of "Lee's promises to" or "Lee's calls for"); a past form is no participle before its noun ("Lee's
  // repeated requests", "Lee's reported net worth")
  if (/s$/.test(verb.lower)) return /^(PRON|DET|SCONJ)$/.test(nextTag);
  return !/^(NOUN|ADJ|NUM|VERB)$/.test(nextTag);
}

/**
 * True when token `k` is the "'s" that stands for "has" after a person's name,
 * right before a past form of a cue verb of its sentence (adverbs between):
 * "Mr. Tolland's said", "Target's said" in a text that also writes "Target
 * said". The name before it is the speaker, without the "'s". A person's name
 * is the one {@link possessiveName} refuses: after an honorific, a title or a
 * known first name, or a word the text also writes with no "'s" after it. A
 * past form before a noun is a participle ("Lee's repeated requests").
 */
export function contractedHasName(doc: Doc, k: number, floor: number): boolean {
  const s = maybeToken(doc, k);
  if (s === undefined || k - 1 < floor || (s.lower !== "'s" && s.lower !== '\u2019s') || s.pos !== 'PART') return false;
  let v = k + 1;
  while (v < k + 3 && maybeToken(doc, v)?.pos === 'ADV' && /^\p{Ll}/u.test(tokenAt(doc, v).value)) v++;
  const verb = maybeToken(doc, v);
  const name = tokenAt(doc, k - 1);
  if (verb === undefined || name.end !== s.start || name.pos !== 'PROPN' || !/^\p{Lu}/u.test(name.value) || verb.sent !== s.sent) return false;
  // (a past form of a cue verb: "said", "told", "warned"; not "says" or "saying")
  if (verb.pos !== 'VERB' || !/^\p{Ll}/u.test(verb.value) || verb.lower === verb.lemma || /(s|ing)$/.test(verb.lower) || !CUE_VERBS.has(verb.lemma)) return false;
  if (!personBeforeContraction(doc, k - 1) && !bareCapitals(doc).has(name.value)) return false;
  // (a past form before a noun is its participle, the name its owner: "Lee's repeated requests", "Lee's declared
  // goal"; never "said", "told" or "wrote")
  const next = maybeToken(doc, v + 1);
  const nextTag = next === undefined || next.sent !== verb.sent ? 'PUNCT' : next.pos;
  return NOT_PRENOMINAL_SAYING_FORMS.has(verb.lower) || !/^(NOUN|PROPN|ADJ|NUM|VERB)$/.test(nextTag);
}

/**
 * True when the name word at `k` (or the hyphenated name it ends, "Kasza-Lind")
 * follows an honorific, a title or a known first name in its sentence ("Mr.
 * Obama", "Sen. Ada Moss", "Barack Obama", "Mr. Kasza-Lind"):
 * a person's name, whose "'s" before a verb stands for "has" or "is".
 */
function personBeforeContraction(doc: Doc, k: number): boolean {
  // (a hyphenated name from its first part: "Mr. Kasza-Lind's said")
  while (k >= 2 && isInnerHyphen(doc, k - 1)) k -= 2;
  const before = maybeToken(doc, k - 1);
  if (before === undefined || k < 1 || before.sent !== tokenAt(doc, k).sent) return false;
  // ("Mr." may be read as "Mr" and ".")
  const word = before.value === '.' && k >= 2 ? tokenAt(doc, k - 2) : before;
  const key = tokenTitleKey(word);
  return HONORIFICS.has(key) || TITLE_ABBREVIATIONS.has(key) || (word === before && /^\p{Lu}\p{Ll}/u.test(word.value) && FIRST_NAMES.has(word.lower));
}

/** Per document, the capitalised words written at least once with no "'s" right after them ({@link bareCapitals}). */
const BARE_CAPITALS = new WeakMap<Doc, ReadonlySet<string>>();

/**
 * The capitalised words of the text written at least once with no "'s"
 * right after them: "Obama" when the text has "Obama said" as well as
 * "Obama's said"; never "McDonald" when it writes "McDonald's" only.
 */
function bareCapitals(doc: Doc): ReadonlySet<string> {
  let found = BARE_CAPITALS.get(doc);
  if (found !== undefined) return found;
  const set = new Set<string>();
  const count = tokenCount(doc);
  for (let k = 0; k < count; k++) {
    const t = tokenAt(doc, k);
    if (!startsUpper(t.value)) continue;
    const next = maybeToken(doc, k + 1);
    if (next === undefined || next.start !== t.end || (next.lower !== "'s" && next.lower !== '\u2019s')) set.add(t.value);
  }
  found = set;
  BARE_CAPITALS.set(doc, found);
  return found;
}
