/**
 * Subjects that name no one in particular before the cue: a question's
 * interrogative subject ("Which senator said the bill was dead?") and a free
 * relative's ("Whichever senator said the bill was dead was wrong") name no
 * speaker; a negated nobody ("No one at the agency said ...") speaks as
 * "Nobody" does, never the phrase after its preposition.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { shapedMention, type Mention } from '../shape.js';
import { nameText } from './mention.js';
import { isMarkToken, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { noOneStart } from './no-one.js';
import { FREE_RELATIVE_DETERMINERS, FRONTED_SUBORDINATORS, INTERROGATIVE_DETERMINERS, NOBODY_APPROXIMATORS } from '../../data/clauses.js';
import { CLAUSE_COORDINATORS, SKIPPABLE_ADVERBS } from '../../data/function-words.js';
import { NOMINAL_TAGS, NOUN_PREPOSITION_PHRASE_TAGS } from '../../data/tags.js';
import { INDEFINITE_PEOPLE } from '../../data/people.js';

/** Most words between the subject's opening word and the cue ("No one at the state agency said"). */
const MAX_SUBJECT_TAIL = 8;

/** Most adverbs between a negated nobody and its cue ("No one here ever said"). */
const MAX_CUE_ADVERBS = 2;

/**
 * True when token `k` opens its sentence (or follows an opening quotation
 * mark there, or a coordinator: "And which senator said ...?") and the
 * sentence is a question: "Which senator said ...?".
 * A question mark before a closing mark ends a quoted question: the
 * sentence's own only when the sentence opened with the mark ('"Which
 * senator said the bill was dead?"'), not a quotation inside a statement
 * ('What critics asked was simple: "Who pays?"').
 */
function opensSentence(doc: Doc, k: number, sentenceFirst: number): boolean {
  const marked = isMarkToken(tokenAt(doc, sentenceFirst).value);
  let lead = marked ? sentenceFirst + 1 : sentenceFirst;
  // ("And which senator said ...?", "But what official said ...?": a coordinator may open the question)
  if (k === lead + 1 && CLAUSE_COORDINATORS.has(tokenAt(doc, lead).lower)) lead++;
  if (k !== lead) return false;
  // (a question: its sentence ends with a question mark; "What officials said was ..." is no question)
  const sentence = doc.sentences[tokenAt(doc, k).sent];
  if (sentence === undefined) return false;
  let last = sentence.last - 1;
  while (marked && last > k && isMarkToken(tokenAt(doc, last).value)) last--;
  return tokenAt(doc, last).value === '?';
}

/**
 * True when the interrogative word at `k` determines a noun (or "of" and a
 * phrase): "Which senator", "Which of the senators"; not a free relative
 * before a subject of its own ("What he said was ...", "What Ann Lee said").
 */
function determinesNoun(doc: Doc, k: number): boolean {
  const next = maybeToken(doc, k + 1);
  return next !== undefined && (next.lower === 'of' || next.pos === 'NOUN' || next.pos === 'ADJ');
}

/**
 * True when an interrogative determiner that opens the sentence heads
 * mention `m`, or stands right before it (after "of" too): "Which senator",
 * "What official", "Which of the senators"; or a free relative's determiner
 * (FREE_RELATIVE_DETERMINERS) does, question or not: "Whichever senator". A
 * "which" after a comma is a relative and is never read here.
 */
export function interrogativeMention(doc: Doc, m: Mention, sentenceFirst: number): boolean {
  for (const k of [m.first, m.first - 1, m.first - 2]) {
    if (k < sentenceFirst) return false;
    const t = tokenAt(doc, k);
    if (INTERROGATIVE_DETERMINERS.has(t.lower)) return determinesNoun(doc, k) && opensSentence(doc, k, sentenceFirst) && (k === m.first || k === m.first - 1 || maybeToken(doc, k + 1)?.lower === 'of');
    // ("Whichever senator said ... was wrong": a free relative's subject, question or not)
    if (FREE_RELATIVE_DETERMINERS.has(t.lower)) return determinesNoun(doc, k) && (k === m.first || k === m.first - 1 || maybeToken(doc, k + 1)?.lower === 'of');
  }
  return false;
}

/**
 * True when the tokens that end at `k`, from `floor` on, are the "no one"
 * (or "no-one") that opens a subject: "No one at the agency", "and no one in
 * the room"; not the object of a preposition inside another subject
 * ("Families with no one at home said ...", whose families speak).
 */
export function nobodyOpensAt(doc: Doc, k: number, floor: number): boolean {
  const no = noOneStart(doc, k, floor);
  return no >= 0 && (no - 1 < floor || tokenAt(doc, no - 1).pos !== 'ADP');
}

/**
 * True when the subject right before token `cueFirst` names no speaker, with
 * at most a prepositional tail between and no comma or verb: an interrogative
 * determiner opening the sentence opens it ("Which senator said", "What
 * official said"), or a free relative's determiner anywhere ("Whichever
 * senator said ... was wrong").
 */
export function unnamedSubjectBefore(doc: Doc, cueFirst: number, sentenceFirst: number): boolean {
  for (let k = cueFirst - 1; k >= sentenceFirst && k >= cueFirst - 1 - MAX_SUBJECT_TAIL; k--) {
    const t = tokenAt(doc, k);
    if (t.value === ',' || t.pos === 'VERB' || t.pos === 'AUX' || (isMarkToken(t.value) && k > sentenceFirst)) return false;
    if (INTERROGATIVE_DETERMINERS.has(t.lower) && k < cueFirst - 1) return determinesNoun(doc, k) && opensSentence(doc, k, sentenceFirst);
    if (FREE_RELATIVE_DETERMINERS.has(t.lower) && k < cueFirst - 1) return determinesNoun(doc, k);
  }
  return false;
}

/** Tags of the words a negated nobody's tail may hold: "No one at the county agency", "no one in the room". */
const NOBODY_TAIL_TAGS: ReadonlySet<string> = NOUN_PREPOSITION_PHRASE_TAGS;

/**
 * True when token `at` opens its clause, from `floor` on: the sentence's
 * first word, or after a comma, a conjunction, a quotation mark or a
 * subordinator of {@link FRONTED_SUBORDINATORS} ("because no one said").
 */
function opensClause(doc: Doc, at: number, floor: number): boolean {
  const before = maybeToken(doc, at - 1);
  return at === floor || before === undefined || before.sent !== tokenAt(doc, at).sent || before.value === ',' || before.pos === 'CCONJ' || isMarkToken(before.value) || FRONTED_SUBORDINATORS.has(before.lower);
}

/**
 * The negated nobody that is the subject right before token `cueFirst`, with
 * its prepositional tail: "No one said", "No one at the agency said", "no one
 * in the room would say" (the cue's auxiliaries are the cue's). It speaks as
 * "Nobody" and "None of them" do: news annotation takes such a subject as
 * the source of what it did not say; it may be written "No-one" and open
 * with an approximator of {@link NOBODY_APPROXIMATORS} ("Virtually no one
 * said"). Null when "no one" does not open its clause ({@link opensClause})
 * or when another kind of word stands between it and the cue ("no one who
 * said"); an "else" right after "no one" is the nobody's own ("No one else
 * at the agency said"), and so it is after a pronoun of
 * {@link INDEFINITE_PEOPLE} ("Nobody else said", "Everyone else at the
 * agency said"), which without "else" the subject reading finds.
 */
export function negatedNobody(doc: Doc, cueFirst: number, floor: number): Mention | null {
  // ("No one ever said", "No one here said": up to two adverbs before the cue are the verb's, not the nobody's)
  let tail = cueFirst - 1;
  while (tail > floor && tail >= cueFirst - MAX_CUE_ADVERBS && (tokenAt(doc, tail).pos === 'ADV' || SKIPPABLE_ADVERBS.has(tokenAt(doc, tail).lower)) && tokenAt(doc, tail).lower !== 'else') tail--;
  for (let k = tail; k - 1 >= floor && k >= tail - MAX_SUBJECT_TAIL; k--) {
    const t = tokenAt(doc, k);
    // ("Nobody else said", "Someone else at the agency said": the pronoun and its "else" open the subject)
    const no = noOneStart(doc, k, floor);
    const opener = no >= 0 ? no : t.lower === 'else' && INDEFINITE_PEOPLE.has(tokenAt(doc, k - 1).lower) ? k - 1 : -1;
    if (opener >= 0) {
      // ("Virtually no one said", "Almost no one at the agency said": an approximator is the nobody's own)
      const first = opener - 1 >= floor && NOBODY_APPROXIMATORS.has(tokenAt(doc, opener - 1).lower) ? opener - 1 : opener;
      if (!opensClause(doc, first, floor)) return null;
      const start = tokenAt(doc, first).start;
      const end = tokenAt(doc, tail).end;
      return shapedMention({ first, last: tail + 1, start, end, kind: 'description', titles: [], name: nameText(doc, start, end), head: no >= 0 ? k : opener });
    }
    // ("No one else said", "No one else at the agency said")
    if (t.lower === 'else' && noOneStart(doc, k - 1, floor) >= 0) continue;
    if (!NOBODY_TAIL_TAGS.has(t.pos) || (k === tail && !NOMINAL_TAGS.has(t.pos))) return null;
  }
  return null;
}
