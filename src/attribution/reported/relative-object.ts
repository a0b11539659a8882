/**
 * Rule `reported/relative-object`: a verb of saying (`RELATIVE_OBJECT_VERBS`) whose object is the
 * relative word or the noun its clause describes, the verb ending that clause
 * with no object after it: `the charges, which Reed has denied,` ->
 * "which"; `a plan that the mayor firmly denied` -> "a plan that"; `a fact he
 * often mentions at town meetings` -> "a fact". The speaker is the
 * clause's subject. Lower confidence than a clause.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { Candidate, CueMatch, Mention } from '../candidate.js';
import { isIngCue } from '../candidate.js';
import { isMarkToken, tokenAt } from '../../prepare/lookup.js';
import { makeMention, speakerBefore } from '../../speakers/phrase.js';
import { NON_STATEMENT_HEADS, OBJECT_RELATIVES, RELATIVE_CIRCUMSTANCE_NOUNS, RELATIVE_OBJECT_VERBS, STATEMENT_HEADS, STATEMENT_OBJECT_VERBS } from '../../data/cues.js';
import { PEOPLE_NOUNS } from '../../data/people.js';
import { INDEFINITE_PRONOUNS, SECOND_CLAUSE_CONJUNCTIONS, NON_ADJUNCT_PREPOSITIONS } from '../../data/function-words.js';
import { END, TIME_WORDS, candidate, range, sentenceOf, type ReportedContext } from './shared.js';
import { passiveCue } from './cue-subject.js';
import { CLAUSE_BREAK } from '../../data/marks.js';
import { WHO_WHOM, SPEAKER_OBJECT_RELATIVES } from '../../data/clauses.js';

/** How sure the rule is. */
const CONFIDENCE = 0.45;
/** How many words the noun phrase a clause describes may have. */
const MAX_HEAD = 5;

/**
 * True when nothing the verb could take as its object follows the cue: the
 * clause's end (punctuation, a dash, "and"/"but" before another relative or a
 * verb), or an adjunct ("to me", "on the campaign trail", "later", "in an
 * interview") that is no "that" clause nor "to" before a verb.
 */
function noObjectAfter(ctx: ReportedContext, cue: CueMatch, last: number): boolean {
  const { doc } = ctx;
  let k = cue.last;
  if (k >= last) return true;
  if (tokenAt(doc, k).pos === 'ADV' && !TIME_WORDS.has(tokenAt(doc, k).lower)) k++;
  const t = tokenAt(doc, k);
  if (k >= last || END.has(t.value) || CLAUSE_BREAK.test(t.value) || isMarkToken(t.value)) return true;
  if (SECOND_CLAUSE_CONJUNCTIONS.has(t.lower)) return OBJECT_RELATIVES.has(tokenAt(doc, k + 1).lower) || /^(VERB|AUX)$/.test(tokenAt(doc, k + 1).pos);
  if (TIME_WORDS.has(t.lower)) return true;
  // ("which he describes as his home": what "as" opens is the as-rules')
  return t.pos === 'ADP' && !NON_ADJUNCT_PREPOSITIONS.has(t.lower) && !(t.lower === 'to' && tokenAt(doc, k + 1).pos === 'VERB');
}

/** Start of the noun phrase that ends right before token `end` (a noun heads it), or -1. */
function headPhrase(doc: Doc, end: number, floor: number): number {
  const head = tokenAt(doc, end - 1);
  if (end - 1 < floor || !/^(NOUN|PRON)$/.test(head.pos) || RELATIVE_CIRCUMSTANCE_NOUNS.has(head.lower)) return -1;
  // "something he denied": an indefinite pronoun alone
  if (head.pos === 'PRON') return INDEFINITE_PRONOUNS.has(head.lower) ? end - 1 : -1;
  let k = end - 1;
  while (k - 1 >= floor && end - k < MAX_HEAD && /^(DET|ADJ|NOUN|NUM)$/.test(tokenAt(doc, k - 1).pos)) k--;
  // the phrase opens with a determiner: "a fact", "the charge" (not a bare noun inside a longer phrase)
  return tokenAt(doc, k).pos === 'DET' && k < end - 1 ? k : -1;
}

/** How many tokens before a relative word a noun of {@link STATEMENT_HEADS} may stand. */
const MAX_STATEMENT_LOOK = 8;

/**
 * True when the object from `from` to `to` is a statement: a noun phrase with
 * a head of {@link STATEMENT_HEADS}, or a relative word with one among the
 * few words before it ("the allegations that he assaulted a rival, which").
 */
function statementBefore(doc: Doc, from: number, to: number, floor: number): boolean {
  const low = OBJECT_RELATIVES.has(tokenAt(doc, from).lower) ? Math.max(floor, from - MAX_STATEMENT_LOOK) : from;
  for (let k = to - 1; k >= low; k--) if (STATEMENT_HEADS.has(tokenAt(doc, k).lower)) return true;
  return false;
}

/**
 * True when the object from `from` to `to`, with no statement noun, may still
 * be something said: its head (the nearest noun before the relative word, or
 * the phrase's last noun) is no person and no thing refused, approved,
 * greeted, shown, redone or contested ({@link NON_STATEMENT_HEADS}): "taking
 * bribes, which she denied", "the death of the prisoner, which police
 * confirmed"; not "the permit, which the board denied", "the nominee, whom
 * the board confirmed".
 */
function sayableObject(doc: Doc, from: number, to: number, floor: number): boolean {
  const relative = OBJECT_RELATIVES.has(tokenAt(doc, from).lower);
  if (relative && WHO_WHOM.has(tokenAt(doc, from).lower)) return false;
  const low = relative ? Math.max(floor, from - MAX_STATEMENT_LOOK) : from;
  for (let k = (relative ? from : to) - 1; k >= low; k--) {
    const t = tokenAt(doc, k);
    if (t.value === ',' || t.lower === 'that') continue;
    if (t.pos !== 'NOUN') return false;
    // "the death of the prisoner": the noun before "of" heads the phrase
    let j = k - 1;
    while (j > low && /^(DET|ADJ|NUM|NOUN)$/.test(tokenAt(doc, j).pos)) j--;
    const head = tokenAt(doc, j).lower === 'of' && tokenAt(doc, j - 1).pos === 'NOUN' ? tokenAt(doc, j - 1).lower : t.lower;
    return !NON_STATEMENT_HEADS.has(head) && !NON_STATEMENT_HEADS.has(head.replace(/s$/, '')) && !PEOPLE_NOUNS.has(head);
  }
  return false;
}

/** `NP, which X denied`, `NP that X denied`, `NP X denied`. */
export function relativeObject(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (cue.form !== 'verb' || cue.category !== 'speech' || !RELATIVE_OBJECT_VERBS.has(cue.lemma) || passiveCue(doc, cue) || isIngCue(doc, cue)) return null;
  const sentence = sentenceOf(doc, cue.head);
  if (!noObjectAfter(ctx, cue, sentence.last)) return null;
  // the clause's subject ends right before the cue, after at most one adverb ("he frequently mentions")
  let subjectEnd = cue.first;
  if (tokenAt(doc, subjectEnd - 1).pos === 'ADV') subjectEnd--;
  let speaker: Mention | null = speakerBefore(doc, subjectEnd, sentence.first);
  // "a rumor that the harbor board denied": a relative word read as the speaker's determiner opens the clause
  if (speaker && speaker.last - speaker.first >= 2 && SPEAKER_OBJECT_RELATIVES.has(tokenAt(doc, speaker.first).lower) && /^(DET|PRON|SCONJ)$/.test(tokenAt(doc, speaker.first).pos)) {
    speaker = makeMention(doc, speaker.first + 1, speaker.last);
  }
  if (!speaker || speaker.last !== subjectEnd || speaker.antecedent || speaker.first <= sentence.first) return null;
  const before = speaker.first - 1;
  const rel = tokenAt(doc, before);
  let from: number;
  let to: number;
  // "the facts to which Reed admitted": the relative word is the preposition's object
  if (OBJECT_RELATIVES.has(rel.lower) && tokenAt(doc, before - 1).pos === 'ADP') return null;
  if (OBJECT_RELATIVES.has(rel.lower)) {
    from = before;
    to = before + 1;
  } else {
    // "a charge that X denied" or "a fact he mentions": the noun phrase the clause describes, with its "that"
    // (annotated news marks either "a charge" or "that")
    const end = rel.lower === 'that' ? before : speaker.first;
    from = headPhrase(doc, end, sentence.first);
    to = speaker.first;
    if (from < 0) return null;
  }
  // "the permit, which the board denied", "a mistake that he repeated": a verb with a sense of refusing, showing or
  // redoing says something only of a statement ("the allegations that he assaulted a rival, which he denied")
  if (STATEMENT_OBJECT_VERBS.has(cue.lemma) && !statementBefore(doc, from, to, sentence.first) && !sayableObject(doc, from, to, sentence.first)) return null;
  return candidate(ctx, [range(doc, from, to)], cue, speaker, 'reported/relative-object', CONFIDENCE);
}
