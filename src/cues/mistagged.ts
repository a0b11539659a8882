/**
 * Forms of a cue verb the tagger read as an adjective or noun that stand as
 * verbs where they are: "is promising to", "Smith alleged that", "by
 * promising impossible growth" ({@link mistaggedVerb}), and a past form after
 * a quotation's speaker: '"...," Sam Ortiz fumed.' ({@link pastTagAfterQuote}).
 * @internal
 */
import type { Doc, Token } from '../prepare/document.js';
import type { Lexicon } from './lexicon.js';
import { isMarkToken, maybeToken, tokenAt, tokenCount } from '../prepare/lookup.js';
import { isSurnameVerb } from './surname.js';
import { startsUpper } from '../prepare/case.js';
import { bareNounClause } from './particle-verb.js';
import { perceivedSpeaking } from './verb-group.js';
import { GERUND_CATENATIVE_VERBS, MISTAGGED_FORMS, NAMING_VERBS, QUOTED_INFINITIVE_VERBS } from '../data/cues.js';
import { NARRATOR_SUBORDINATORS, POSSESSIVES_AND_YOUR } from '../data/clauses.js';
import { PARTICIPLE_BEFORE, PERFECT_HAVE } from '../data/function-words.js';
import { PHRASE_OPENING_TAGS } from '../data/tags.js';
import { THIRD_PERSON_SUBJECT_PRONOUNS } from '../data/pronouns.js';

/**
 * True when the token at `k`, right after a "to", opens an infinitive: a verb,
 * or a verb inside an opening quotation mark (`is promising to "fix every
 * road"`, where the mark makes the tagger read "to" as a preposition). After
 * a verb of promising (`lemma` one of {@link QUOTED_INFINITIVE_VERBS}) any
 * lower-case word inside the mark will do: the tagger reads a quoted verb as a noun
 * there too (`is vowing to "dredge the bay"`).
 */
function infinitiveAfter(doc: Doc, k: number, lemma: string | undefined): boolean {
  const v = maybeToken(doc, k);
  if (v === undefined) return false;
  if (v.pos === 'VERB') return true;
  const quoted = isMarkToken(v.value) ? maybeToken(doc, k + 1) : undefined;
  if (quoted === undefined || quoted.sent !== v.sent) return false;
  return quoted.pos === 'VERB' || (lemma !== undefined && QUOTED_INFINITIVE_VERBS.has(lemma) && /^[a-z]/.test(quoted.value));
}

/** Parts of speech that may open what follows a verb of saying: "alleged that", "promising a cut", "saying they". */
const COMPLEMENT_START = new Set(['DET', 'PRON', 'PROPN', 'NUM', 'SCONJ']);

/**
 * True when a cue form that wink tagged as an adjective or noun stands as a verb:
 * after an auxiliary, an adverb, a subject, a comma (also inside a closing
 * quotation mark), a preposition like "by"
 * or (a gerund) a verb like "kept" ("began telling reporters that"), and
 * before "that", "to" and a verb, the start of a noun phrase or clause, or
 * (after a subject) a colon and a quotation ("is promising to", "Smith
 * alleged that", "by promising impossible growth", 'Article 12 affirms: "...';
 * not "the alleged shooter", "a warning").
 */
export function mistaggedVerb(doc: Doc, t: Token): boolean {
  if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  const before = tokenAt(doc, t.i - 1);
  const after = tokenAt(doc, t.i + 1);
  if (t.i === 0 || before.sent !== t.sent || after.sent !== t.sent) return false;
  const ing = /ing$/.test(t.lower);
  // ("Ann Read said leaders had ...": a surname the tagger read as a verb ends the subject too)
  const surnameBefore = before.pos === 'VERB' && isSurnameVerb(doc, t.i - 1);
  const subjectBefore = (/^(NOUN|PROPN|PRON|NUM)$/.test(before.pos) && !POSSESSIVES_AND_YOUR.has(before.lower)) || surnameBefore;
  // "began telling reporters that", "kept warning residents": a gerund after a verb like "keep" or "begin"
  // (and "was heard telling aides that": a gerund after a passive verb of perceiving)
  const catenative = ing && ((before.pos === 'VERB' && GERUND_CATENATIVE_VERBS.has(before.lemma)) || perceivedSpeaking(doc, t.i - 1));
  // ('called it "a mess," promising to fix it': a comma inside the closing mark before a participle, as a bare comma)
  const commaInMark = ing && t.i >= 2 && isMarkToken(before.value) && tokenAt(doc, t.i - 2).value === ',';
  const opens = before.pos === 'AUX' || before.pos === 'ADV' || PARTICIPLE_BEFORE.has(before.lower) || subjectBefore || catenative || commaInMark;
  if (!opens || (!ing && PARTICIPLE_BEFORE.has(before.lower) && before.value !== ',')) return false;
  // ('was branded "a stunt"', 'which the union branded "an insult"': a naming verb before the quoted name)
  const naming = NAMING_VERBS.has(MISTAGGED_FORMS.get(t.lower) ?? '') && isMarkToken(after.value);
  // ("Ann Read said leaders had paid": after a name, a bare clause; not "the said leaders", "Lee's alleged plan")
  const bareClause = !ing && /^(PROPN|VERB)$/.test(before.pos) && startsUpper(before.value) && bareNounClause(doc, t.i + 1);
  // ('Article 12 affirms: "..."': a colon before an opening quotation mark after a subject)
  // (not after a pronoun that may own the noun: 'Her notes: "..."')
  const colonQuote = !ing && subjectBefore && (before.pos !== 'PRON' || THIRD_PERSON_SUBJECT_PRONOUNS.has(before.lower)) && after.value === ':' && isMarkToken(tokenAt(doc, t.i + 2).value) && tokenAt(doc, t.i + 2).sent === t.sent;
  const next = colonQuote || after.lower === 'that' || (after.lower === 'to' && infinitiveAfter(doc, t.i + 2, MISTAGGED_FORMS.get(t.lower))) || COMPLEMENT_START.has(after.pos) || (ing && after.pos === 'ADJ' && tokenAt(doc, t.i + 2).pos === 'NOUN') || (catenative && after.pos === 'NOUN') || naming || bareClause;
  // ("have informed my husband that ...": after a perfect "have" the form is a participle, whatever follows it)
  const perfect = PERFECT_HAVE.has(before.lower) && /ed$/.test(t.lower);
  if (!next && !ing && subjectBefore && invertedTail(doc, t)) return true;
  return next && !(after.pos === 'PRON' && POSSESSIVES_AND_YOUR.has(after.lower) && !ing && !perfect);
}

/**
 * True when the past form at `t` closes an attribution after the clause it
 * reports: its subject, a short phrase of {@link PHRASE_OPENING_TAGS} right
 * after a comma that follows some words of the sentence, and then the
 * sentence's end, a comma or a preposition whose phrase holds no verb
 * ({@link verblessTail}) ("The clerk took the cash, prosecutors alleged.",
 * "..., the lawsuit alleged on Tuesday."; not "the alleged theft", "Police
 * alleged." alone, "..., two alleged in court papers to be leaders").
 */
function invertedTail(doc: Doc, t: Token): boolean {
  if (!/ed$/.test(t.lower)) return false;
  const after = tokenAt(doc, t.i + 1);
  if (!/^[.,;!?]$/.test(after.value) && after.pos !== 'ADP') return false;
  // (a preposition's phrase runs to the sentence's end or a comma with no verb: not "two alleged in court papers
  // to be leaders", a participle before its infinitive)
  if (after.pos === 'ADP' && !verblessTail(doc, t.i + 2, t.sent)) return false;
  let k = t.i - 1;
  while (k >= 0 && t.i - k <= MAX_TAG_SUBJECT && PHRASE_OPENING_TAGS.has(tokenAt(doc, k).pos) && tokenAt(doc, k).sent === t.sent) k--;
  if (k < 2 || k === t.i - 1 || t.i - k > MAX_TAG_SUBJECT || tokenAt(doc, k).value !== ',') return false;
  // some words of the reported clause before the comma
  return tokenAt(doc, k - 1).sent === t.sent && tokenAt(doc, k - 2).sent === t.sent;
}

/**
 * True when the tokens from `from` to the end of sentence `sent`, or to its
 * next comma, hold no verb, auxiliary or infinitive "to": the phrase of a
 * preposition that ends an attribution ("..., the lawsuit alleged in a
 * filing."; not "..., two alleged in court papers to be leaders").
 */
function verblessTail(doc: Doc, from: number, sent: number): boolean {
  for (let k = from; k < tokenCount(doc); k++) {
    const t = tokenAt(doc, k);
    if (t.sent !== sent || t.value === ',') return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || (t.lower === 'to' && t.pos === 'PART')) return false;
  }
  return true;
}

/** Most words of the name or description between a quotation and its verb read as an adjective: '"...," Sam Ortiz fumed.' */
const MAX_TAG_SUBJECT = 4;

/** Most words of the name or description that opens a sentence before a verb read as an adjective and a colon: 'Rovers boss Sam Ortiz fumed: "..."'. */
const MAX_COLON_SUBJECT = 5;

/** True when a colon and an opening quotation mark follow the token `t` in its sentence: 'fumed: "'. */
function colonQuoteAfter(doc: Doc, t: Token): boolean {
  const colon = maybeToken(doc, t.i + 1);
  const mark = maybeToken(doc, t.i + 2);
  return colon !== undefined && mark !== undefined && colon.value === ':' && isMarkToken(mark.value) && mark.sent === t.sent;
}

/** Most words of an age or a description set off by commas between the subject and the verb: "Fenwick, 52, fumed", "Sam Ortiz, the Rovers boss, fumed". */
const MAX_COLON_INSERT = 4;

/**
 * The last token of the subject before an age or a short description set off
 * by commas right before token `i` ("Fenwick, 52, fumed" -> "Fenwick"), or
 * `i - 1` when no such insert stands there.
 */
function beforeCommaInsert(doc: Doc, i: number, sent: number): number {
  if (i < 4 || tokenAt(doc, i - 1).value !== ',') return i - 1;
  let k = i - 2;
  while (k >= 0 && i - 2 - k < MAX_COLON_INSERT && PHRASE_OPENING_TAGS.has(tokenAt(doc, k).pos) && tokenAt(doc, k).sent === sent) k--;
  return k < i - 2 && k >= 1 && tokenAt(doc, k).value === ',' && tokenAt(doc, k).sent === sent ? k - 1 : i - 1;
}

/**
 * True when a token of tag `pos` and lower-case word `lower` has the shape
 * {@link pastTagAfterQuote} looks for, a form in "-ed" the tagger read as an
 * adjective or noun. Cue detection passes over a token without it on its tag
 * and word alone, so both read the shape from here.
 */
export function mayBePastTag(pos: string, lower: string): boolean {
  return (pos === 'ADJ' || pos === 'NOUN') && lower.endsWith('ed');
}

/**
 * The lemma of a built-in verb of speech or writing whose past form `t` the
 * tagger read as an adjective or noun, when it ends a speaker tag right after
 * a quotation: '"I can\'t believe it," Sam Ortiz fumed.', '"No," she fumed,'
 * (or opens one, its subject after it: '"No," fumed the home manager.'), or
 * before a colon and a quotation when a short subject opening the sentence
 * stands before it: 'Rovers boss Sam Ortiz fumed: "..."'.
 * The subject is a name, a pronoun or a short description with nothing but
 * its words between the closing quotation mark and the verb, and the verb
 * closes the sentence, a comma follows it, or a narrator's subordinator does
 * ({@link NARRATOR_SUBORDINATORS}).
 */
export function pastTagAfterQuote(doc: Doc, t: Token, lexicon: Lexicon): string | undefined {
  if (!mayBePastTag(t.pos, t.lower) || t.i === 0) return undefined;
  const after = maybeToken(doc, t.i + 1);
  // the speaker after the verb: '"It was a penalty," fumed the home manager.', '"No," fumed Ortiz.'
  const inverted = t.i >= 2 && isMarkToken(tokenAt(doc, t.i - 1).value) && /^[,!?]$/.test(tokenAt(doc, t.i - 2).value) && after !== undefined && after.sent === t.sent && /^(DET|PROPN)$/.test(after.pos);
  // or before a colon and a quotation, its subject opening the sentence: 'Sam Ortiz fumed: "..."'
  if (!inverted && colonQuoteAfter(doc, t)) {
    // (an age or a description set off by commas after the subject: 'Fenwick, 52, fumed: "..."', 'Sam Ortiz, the
    // Rovers boss, fumed: "..."')
    const end = beforeCommaInsert(doc, t.i, t.sent);
    let k = end;
    while (k >= 0 && end - k < MAX_COLON_SUBJECT && PHRASE_OPENING_TAGS.has(tokenAt(doc, k).pos) && tokenAt(doc, k).sent === t.sent) k--;
    if (k === end || (k >= 0 && tokenAt(doc, k).sent === t.sent)) return undefined;
  } else if (!inverted) {
    // (or the narrator's clause of when or why: '"No," she fumed as the bus left.')
    if (after !== undefined && after.sent === t.sent && !/^[.,!?;]$/.test(after.value) && !NARRATOR_SUBORDINATORS.has(after.lower)) return undefined;
    let k = t.i - 1;
    while (k >= 0 && t.i - k <= MAX_TAG_SUBJECT && PHRASE_OPENING_TAGS.has(tokenAt(doc, k).pos) && tokenAt(doc, k).sent === t.sent) k--;
    if (k < 1 || k === t.i - 1 || t.i - k > MAX_TAG_SUBJECT || !isMarkToken(tokenAt(doc, k).value) || !/^[,!?]$/.test(tokenAt(doc, k - 1).value)) return undefined;
  }
  const w = t.lower;
  // "fumed" -> fume, "snapped" -> snap, "bristled" -> bristle
  for (const stem of [w.slice(0, -1), w.slice(0, -2), w.length > 4 && w[w.length - 3] === w[w.length - 4] ? w.slice(0, -3) : '']) {
    const category = stem.length > 1 ? lexicon.verbs.get(stem) : undefined;
    if (category === 'speech' || category === 'writing') return stem;
  }
  return undefined;
}
