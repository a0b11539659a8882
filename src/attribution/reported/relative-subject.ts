/**
 * Rule `reported/relative-subject-cue`: a verb of saying inside a relative
 * clause whose subject is a noun phrase, where `reported/relative-cue` finds
 * no speaker: an adverb between the relative word and the subject (`the
 * dock plan, which even rival skippers say was among the best`), or the clause's own verb
 * read by the tagger as a noun (`laws that some say target fishermen`, `a gap
 * that harbor experts say renders the fence useless`). The content is the relative word
 * and the clause after the cue, in two parts, as `reported/relative-cue` cuts
 * it; the speaker is the subject between them.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { isIngCue } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { makeMention } from '../../speakers/phrase.js';
import { interrogativeMention } from '../../speakers/find/unnamed-subject.js';
import { RELATIVE_SUBJECT_ADVERBS, RELATIVE_SUBJECT_OBJECT_START, RELATIVE_SUBJECT_POS, RELATIVE_SUBJECT_WORDS, REPORTING_VERBS } from '../../data/cues.js';
import { POSSESSIVES } from '../../data/clauses.js';
import { candidate, range, sentenceOf, type ReportedContext } from './shared.js';
import { passiveCue } from './cue-subject.js';
import { endAtClausePunctuation } from './content-end.js';
import { PLURAL_QUANTIFIER_SUBJECTS } from '../../data/function-words.js';

/** Most words in the subject between the relative word and the cue: "who U.S. intelligence officials say". */
const MAX_SUBJECT = 5;

/** How long the relative clause may run, in tokens. */
const MAX_CLAUSE = 120;

/**
 * True when token `i`, right after the cue, is the relative clause's own
 * verb: a finite verb or auxiliary, or a word the tagger read as a noun in
 * -s before the start of its object (`say renders the fence useless`), or
 * one after a plural subject (`some say target fishermen`).
 */
function clauseVerbAt(ctx: ReportedContext, i: number, pluralSubject: boolean): boolean {
  const { doc } = ctx;
  const t = tokenAt(doc, i);
  if (t.pos === 'AUX' || t.pos === 'VERB') return !/ing$/.test(t.lower) && t.lower !== 'to';
  if (t.pos !== 'NOUN') return false;
  const next = tokenAt(doc, i + 1);
  if (next.sent !== t.sent || !RELATIVE_SUBJECT_OBJECT_START.has(next.pos)) return false;
  return /[^s]s$/.test(t.lower) || pluralSubject;
}

/**
 * True when the relative word at `rel` may open a relative clause: "that"
 * only after a noun or a name that is no verb misread ("the rules that some
 * say ...", not "found that workers say ..." or "Reed worries that critics
 * say ...", where "that" opens a clause of its own).
 */
function relativeWordAt(ctx: ReportedContext, rel: number): boolean {
  const { doc } = ctx;
  if (tokenAt(doc, rel).lower !== 'that') return true;
  const before = tokenAt(doc, rel - 1);
  if (rel === 0 || !/^(NOUN|PROPN)$/.test(before.pos)) return false;
  // a noun in -s right after a name or a pronoun is its verb: "Reed worries that ..."; not after a possessive
  // ("defended its rules that ...") or a name modifying the noun ("adopted Maine rules that ...")
  if (!(before.pos === 'NOUN' && /[^s]s$/.test(before.lower) && rel > 1)) return true;
  const subject = tokenAt(doc, rel - 2);
  if (subject.pos === 'PRON') return POSSESSIVES.has(subject.lower);
  return subject.pos !== 'PROPN' || !nameOpensClause(ctx, rel - 2);
}

/** True when the name ending at token `k` opens its clause: first in its sentence, or after punctuation, a conjunction or "that". */
function nameOpensClause(ctx: ReportedContext, k: number): boolean {
  const { doc } = ctx;
  let j = k;
  while (j > 0 && tokenAt(doc, j - 1).pos === 'PROPN' && tokenAt(doc, j - 1).sent === tokenAt(doc, k).sent) j--;
  if (j === 0) return true;
  const prev = tokenAt(doc, j - 1);
  return prev.sent !== tokenAt(doc, k).sent || /^(PUNCT|CCONJ|SCONJ)$/.test(prev.pos) || prev.lower === 'that';
}

/** `the dock plan, which even rival skippers say was among the best`, `laws that some say target fishermen`. */
export function relativeSubjectCue(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (cue.form !== 'verb' || cue.first !== cue.head || !REPORTING_VERBS.has(cue.lemma) || passiveCue(doc, cue) || isIngCue(doc, cue)) return null;
  const sentence = sentenceOf(doc, cue.head);
  if (cue.last >= sentence.last) return null;
  // the subject: nouns, determiners and adjectives back from the cue to the relative word
  let k = cue.first - 1;
  while (k > sentence.first && cue.first - k <= MAX_SUBJECT && RELATIVE_SUBJECT_POS.has(tokenAt(doc, k).pos) && !RELATIVE_SUBJECT_WORDS.has(tokenAt(doc, k).lower)) k--;
  const subjectFirst = k + 1;
  if (subjectFirst >= cue.first) return null;
  // an adverb may stand between the relative word and the subject: "which even rival skippers say"
  let rel = k;
  while (rel > sentence.first && RELATIVE_SUBJECT_ADVERBS.has(tokenAt(doc, rel).lower)) rel--;
  if (!RELATIVE_SUBJECT_WORDS.has(tokenAt(doc, rel).lower) || tokenAt(doc, rel).sent !== tokenAt(doc, cue.head).sent || !relativeWordAt(ctx, rel)) return null;
  const head = tokenAt(doc, cue.first - 1);
  const plural = /s$/.test(head.lower) || PLURAL_QUANTIFIER_SUBJECTS.has(head.lower);
  if (!clauseVerbAt(ctx, cue.last, plural)) return null;
  const speaker = makeMention(doc, subjectFirst, cue.first);
  // "Which senator told reporters the bill was dead?": a question's "which" opening the sentence is no relative
  // word, and its subject names no speaker (speakers/find/unnamed-subject.ts)
  if (!speaker || interrogativeMention(doc, speaker, sentence.first)) return null;
  const end = endAtClausePunctuation(ctx, cue.last, sentence, MAX_CLAUSE);
  if (end - cue.last < 2) return null;
  return candidate(ctx, [range(doc, rel, rel + 1), range(doc, cue.last, end)], cue, speaker, 'reported/relative-subject-cue', 0.55);
}
