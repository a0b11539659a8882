/**
 * Surnames that are also verbs ("Will", "Read", "Hope", "Cook"): a
 * capitalised verb form right after a name, inside a sentence written in
 * sentence case, is the name's last word and not a cue ("Lee Will wrote",
 * "Ann Read said", "said Ann Read on Monday").
 * @internal
 */
import type { Doc, Token } from '../prepare/document.js';
import { isMarkToken, maybeToken, tokenAt, tokenCount } from '../prepare/lookup.js';
import { startsUpper, startsUpperLower } from '../prepare/case.js';
import { CUE_VERBS, SAYING_CATEGORIES } from '../data/cues.js';
import { CUE_FORM_FIRST_NAMES, FIRST_NAMES } from '../data/names.js';
import { HEADLINE_LOWER } from '../data/function-words.js';

/** How far, in tokens either way, the headline check looks for a lower-case word of the sentence. */
const SENTENCE_REACH = 60;

/**
 * True when token `i`, a capitalised verb or auxiliary ("Will", "Read"),
 * is a surname: it follows a capitalised proper noun of its sentence ("Lee
 * Will wrote", "said Ann Read on Monday", "said state Sen. Ann Read.",
 * "Ann Read has said"), or stands alone between a quotation and its verb
 * ('"...," Will wrote'), no capitalised word follows it and the sentence is
 * written in sentence case, where a verb inside a sentence is never capitalised. A title-case headline ("Lee
 * Will Win the Race") is left alone: it holds no lower-case word but short
 * function words.
 */
export function isSurnameVerb(doc: Doc, i: number): boolean {
  const t = maybeToken(doc, i);
  if (t === undefined || !isSurnameForm(t)) return false;
  // a base form opening the sentence right before an inflected verb of speech: "Read said", "Cook told reporters"
  if (i === 0 || tokenAt(doc, i - 1).sent !== t.sent) return opensBeforeSpeechVerb(doc, t);
  const prev = tokenAt(doc, i - 1);
  // a surname alone right after a quotation and before its verb: '"...," Will wrote', '"...," Read said'
  // (a name of two such words too: '"...," Will Read said')
  if (isMarkToken(prev.value) && i >= 2 && /^[,?!]$/.test(tokenAt(doc, i - 2).value)) {
    let v = i + 1;
    if (isSurnameForm(maybeToken(doc, v))) v++;
    const verb = maybeToken(doc, v);
    return verb !== undefined && verb.sent === t.sent && verb.pos === 'VERB' && /^\p{Ll}/u.test(verb.value) && sentenceCase(doc, i);
  }
  // ('"...," Will Read said': the second of two; '"...," Grant Will said': after a capitalised noun there too)
  const afterQuote = i >= 3 && isMarkToken(tokenAt(doc, i - 2).value) && /^[,?!]$/.test(tokenAt(doc, i - 3).value);
  // ("Will Read said the pier must stay", "Will Read, the harbor master, said": after the first name "Will" opening
  // the sentence, before a lower-case verb or a comma)
  // ('"...," said Will Read.': after a lower-case verb, before a comma or the sentence's end)
  const willOpens = i === 1 || tokenAt(doc, i - 2).sent !== t.sent;
  const willAfterVerb = i >= 2 && tokenAt(doc, i - 2).pos === 'VERB' && /^\p{Ll}/u.test(tokenAt(doc, i - 2).value);
  const after = maybeToken(doc, i + 1);
  const afterWill = prev.value === 'Will' && ((willOpens && ((after?.pos === 'VERB' && /^\p{Ll}/u.test(after.value)) || after?.value === ',')) ||
    (willAfterVerb && (after === undefined || after.sent !== t.sent || /^[,.]$/.test(after.value))));
  const afterSurname = afterWill || (afterQuote && ((isSurnameForm(prev) && isSurnameVerb(doc, i - 1)) || (prev.pos === 'NOUN' && startsUpperLower(prev.value))));
  if ((prev.pos !== 'PROPN' || !startsUpper(prev.value)) && !afterSurname) return false;
  // (a capitalised word after it goes on a run of capitals: "Lee Will Win", "Donald Trump Wants To")
  const next = maybeToken(doc, i + 1);
  if (next !== undefined && next.sent === t.sent && /^\p{Lu}/u.test(next.value)) return false;
  return sentenceCase(doc, i);
}

/**
 * True when token `i`, a capitalised verb in its base form that is also a
 * first name ("Hope", "Mark"), stands right before a capitalised word inside
 * a sentence written in sentence case: the first name of a person ("Hope Lind,
 * a spokeswoman, declined to comment", "campaign aide Hope Lind said"), not a
 * cue. A verb inside such a sentence is never capitalised, and an imperative
 * opening one ("Hope for the best") is followed by a lower-case word.
 */
export function isFirstNameVerb(doc: Doc, i: number): boolean {
  const t = maybeToken(doc, i);
  if (t === undefined || !startsUpperLower(t.value) || t.lower !== t.lemma || !FIRST_NAMES.has(t.lower)) return false;
  const next = maybeToken(doc, i + 1);
  if (next === undefined || next.sent !== t.sent || !startsUpperLower(next.value)) return false;
  return sentenceCase(doc, i);
}

/**
 * True when token `i`, a capitalised first name written like an inflected
 * cue verb ({@link CUE_FORM_FIRST_NAMES}: "Said"), opens a name of its
 * sentence, written in sentence case: before a capitalised word, the name
 * followed by a lower-case verb or a comma ('"...," Said Hassan said', "Said
 * Hassan, a lawyer, said") or after a lower-case verb of saying ('said Said
 * Hassan'), and not before a known first name. An inverted cue opening its
 * sentence ('Said Lee: "..."', 'Said Ann Lee, who knew him, "..."': a
 * quotation mark later in it) is left a cue.
 */
export function isCueFormFirstName(doc: Doc, i: number): boolean {
  const t = maybeToken(doc, i);
  if (t === undefined || !CUE_FORM_FIRST_NAMES.has(t.lower) || !startsUpperLower(t.value)) return false;
  const next = maybeToken(doc, i + 1);
  if (next === undefined || next.sent !== t.sent || !startsUpperLower(next.value)) return false;
  const prev = maybeToken(doc, i - 1);
  const afterCue = prev !== undefined && prev.sent === t.sent && prev.pos === 'VERB' && /^\p{Ll}/u.test(prev.value) && SAYING_CATEGORIES.has(CUE_VERBS.get(prev.lemma) ?? '');
  let k = i + 1;
  while (k < i + 4 && startsUpperLower(maybeToken(doc, k)?.value ?? '') && tokenAt(doc, k).sent === t.sent) k++;
  const after = maybeToken(doc, k);
  const verbAfter = after !== undefined && after.sent === t.sent && (after.pos === 'VERB' || after.pos === 'AUX') && /^\p{Ll}/u.test(after.value);
  // (a comma after the name opening the sentence only with no quotation mark later in it: 'Said Ann Lee, who knew him,
  // "..."' is an inverted cue;
  // nor before a known first name, which "Said" then introduces)
  const opens = prev === undefined || prev.sent !== t.sent;
  const commaAfter = after !== undefined && after.value === ',' && !isMarkToken(maybeToken(doc, k + 1)?.value ?? '') && (!opens || !markLater(doc, k));
  if (FIRST_NAMES.has(next.lower)) return false;
  return (afterCue || verbAfter || commaAfter) && sentenceCase(doc, i);
}

/** True when a quotation mark stands after token `k` in its sentence. */
function markLater(doc: Doc, k: number): boolean {
  const sent = tokenAt(doc, k).sent;
  for (let j = k + 1; j < tokenCount(doc) && tokenAt(doc, j).sent === sent; j++) if (isMarkToken(tokenAt(doc, j).value)) return true;
  return false;
}

/**
 * True when `t`, a capitalised base form opening its sentence, stands right
 * before an inflected, lower-case verb of speech: "Read said the vote was
 * close", "Cook told reporters". An imperative is never followed by such a
 * verb; "Reports said" is no base form.
 */
function opensBeforeSpeechVerb(doc: Doc, t: Token): boolean {
  if (t.lower !== t.lemma) return false;
  const next = maybeToken(doc, t.i + 1);
  return next !== undefined && next.sent === t.sent && next.pos === 'VERB' && /^\p{Ll}/u.test(next.value) && next.lower !== next.lemma && SAYING_CATEGORIES.has(CUE_VERBS.get(next.lemma) ?? '');
}

/** True when `t` is a capitalised verb or auxiliary, a form a surname may take ("Will", "Read"). */
function isSurnameForm(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX') && startsUpperLower(t.value);
}

/**
 * True when token `i`, a capitalised verb inside a sentence written in
 * sentence case, opens a name after a preposition: "of Counter Jihad", "at
 * Say Media". A verb inside such a sentence is never capitalised.
 */
export function isVerbInName(doc: Doc, i: number): boolean {
  const t = maybeToken(doc, i);
  if (t === undefined || t.pos !== 'VERB' || !startsUpperLower(t.value) || i === 0) return false;
  const prev = tokenAt(doc, i - 1);
  const next = maybeToken(doc, i + 1);
  if (prev.sent !== t.sent || prev.pos !== 'ADP' || !/^\p{Ll}/u.test(prev.value)) return false;
  if (next === undefined || next.sent !== t.sent || !/^\p{Lu}\p{Ll}/u.test(next.value)) return false;
  return sentenceCase(doc, i);
}

/**
 * True when the sentence of token `i`, inside its line, holds a lower-case
 * word that a headline would capitalise ("said", "pier"): not a preposition,
 * determiner, conjunction or particle ("after", "with"), nor the second half
 * of a hyphenated word ("Reagan-like").
 */
function sentenceCase(doc: Doc, i: number): boolean {
  const sent = tokenAt(doc, i).sent;
  const lowerWord = (k: number): boolean => {
    const w = tokenAt(doc, k);
    return /^\p{Ll}+$/u.test(w.value) && !HEADLINE_LOWER.has(w.lower) && !/^(ADP|DET|CCONJ|SCONJ|PART)$/.test(w.pos) &&
      !(k > 0 && tokenAt(doc, k - 1).value === '-');
  };
  // (a line break ends a headline that the sentence splitter runs on into the text below it)
  const sameLine = (a: number, b: number): boolean => !doc.text.slice(tokenAt(doc, a).end, tokenAt(doc, b).start).includes('\n');
  for (let k = i + 1; k < Math.min(tokenCount(doc), i + SENTENCE_REACH) && tokenAt(doc, k).sent === sent && sameLine(k - 1, k); k++) if (lowerWord(k)) return true;
  for (let k = i - 1; k >= Math.max(0, i - SENTENCE_REACH) && tokenAt(doc, k).sent === sent && sameLine(k, k + 1); k--) if (lowerWord(k)) return true;
  return false;
}
