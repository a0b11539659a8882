/**
 * Capitalised words that open a sentence and start no name: a noun of records,
 * a quantifier, a kind of business or body before a name.
 * @internal
 */
import { FIRST_NAMES } from '../../data/names.js';
import { BODY_KIND_OPENERS, COMPANY_STATE_WORDS, DOCUMENT_NOUNS } from '../../data/people.js';
import { EVIDENCE_SUBJECTS, FINDING_SOURCES } from '../../data/cues.js';
import { DAY_SET, MONTH_SET } from '../../data/time.js';
import { HONORIFICS, TITLE_WORDS } from '../../data/titles.js';
import type { Doc } from '../../prepare/document.js';
import { namesInText } from './name-uses.js';
import { tokenTitleKey } from './title-keys.js';
import { isMarkToken, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { SENTENCE_QUANTIFIERS } from '../../data/function-words.js';
import { startsUpper, startsUpperLower } from '../../prepare/case.js';

/**
 * True when token `k` is a noun of records or studies capitalised only
 * because it opens its sentence: "Research shows that ...", "Research by the
 * institute found ..." (the tagger reads it as a proper noun), unless the text
 * writes it as a name elsewhere. The head nouns of the evidence rules count
 * too: "Evidence suggests ...", "Footage shows ...", "Polling shows ...".
 */
export function recordOpening(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  if (!(isRecordNoun(t.lower) || EVIDENCE_SUBJECTS.has(t.lower)) || !/^\p{Lu}\p{Ll}+$/u.test(t.value) || namesInText(doc).has(t.value)) return false;
  const prev = maybeToken(doc, k - 1);
  return prev === undefined || prev.sent !== t.sent;
}

/**
 * True for a lower-case noun of records or studies (`FINDING_SOURCES` or
 * `DOCUMENT_NOUNS`): "research", "survey", "report", "letter".
 */
export function isRecordNoun(lower: string): boolean {
  return FINDING_SOURCES.has(lower) || DOCUMENT_NOUNS.has(lower);
}

/**
 * True when token `k` is a quantifier capitalised only because it opens its
 * sentence ({@link SENTENCE_QUANTIFIERS}): "Most of the voters the paper
 * polled", "Many Democrats", "Others" are descriptions of people, not names.
 * A word the text writes after a first name elsewhere is a surname ("Tom
 * Most ... Most said"), and a quotation closed by a comma opens no sentence
 * ('"...," Most said').
 */
export function quantifierOpening(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  if (!SENTENCE_QUANTIFIERS.has(t.lower) || !/^\p{Lu}\p{Ll}/u.test(t.value) || namesInText(doc).has(t.value)) return false;
  const prev = maybeToken(doc, k - 1);
  if (prev === undefined || prev.sent !== t.sent) return true;
  return isMarkToken(prev.value) && !(k >= 2 && tokenAt(doc, k - 2).value === ',');
}

/**
 * True when token `k`, a capitalised noun of a kind of business or body
 * ({@link BODY_KIND_OPENERS}) that opens its sentence (or a quotation),
 * stands before a run of two or more capitalised name words up to `last`:
 * "Developer Harlow Homes says", "Retailer Marks & Spencer said". One word
 * after it may be a name of two words ("Utility Warehouse") and stays.
 */
export function roleBeforeBodyName(doc: Doc, k: number, last: number): boolean {
  const t = tokenAt(doc, k);
  if (last - k < 3 || !BODY_KIND_OPENERS.has(t.lower) || !startsUpperLower(t.value)) return false;
  const prev = maybeToken(doc, k - 1);
  if (prev !== undefined && prev.sent === t.sent && !isMarkToken(prev.value)) return false;
  for (let j = k + 1; j < last; j++) {
    const w = tokenAt(doc, j);
    if (!(startsUpper(w.value) || w.value === '&') || TITLE_WORDS.has(tokenTitleKey(w))) return false;
  }
  return true;
}

/**
 * True when token `k` opens its sentence (or follows a quotation mark there)
 * and is a capitalised common noun that could open a body's name: no day,
 * month, word of a company's state ("Struggling"), title or honorific, nor one
 * before a known first name.
 */
export function sentenceOpeningNoun(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  const before = maybeToken(doc, k - 1);
  const opens = before === undefined || before.sent !== t.sent || isMarkToken(before.value);
  // (no title before a person's name: "Senator Frank Church said" keeps its reading)
  const next = maybeToken(doc, k + 1);
  if (TITLE_WORDS.has(tokenTitleKey(t)) || HONORIFICS.has(tokenTitleKey(t)) || (next !== undefined && FIRST_NAMES.has(next.lower))) return false;
  return opens && (t.pos === 'NOUN' || t.pos === 'PROPN') && startsUpperLower(t.value) && !DAY_SET.has(t.lower) && !MONTH_SET.has(t.lower) && !COMPANY_STATE_WORDS.has(t.lower);
}
