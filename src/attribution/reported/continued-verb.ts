/**
 * Rule `reported/continued-verb`: what the subject of "continue to" kept
 * saying through a verb of saying with an object, `Reyes continued to
 * question the board's figures.`, `Ms. Lind has continued to attack the
 * mayor's ties to the port.` The cue is the verb group of "continue" with
 * "to" and the inner verb ("continued to question"); the content is the inner
 * verb's object, cut as an object of a verb of saying is (clause
 * punctuation and a comma, a phrase of where or when it was said, a clause of
 * its own after "and" / "but"). "maintain" keeps rather than says with a
 * noun phrase ("continues to maintain a lead") and is left out, and so is "call",
 * which summons or names ("continued to call the shots", "call a meeting"). The inner verb must be a speech cue of the lexicon and
 * its object a noun phrase: a that-clause or a question after it is the inner
 * cue's own, and "continued to grow" reports nothing. A negated "continue" and
 * one with no subject give nothing. Lower confidence than a clause, so
 * `minConfidence` can drop it.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { CUE_VERBS, NOT_SAYING_WITH_OBJECT } from '../../data/cues.js';
import { WH_WORDS } from '../../data/clauses.js';
import { cutMediumAdjunct } from './boundary/occasion.js';
import { candidate, endBeforeSecondClause, range, sentenceOf, type ReportedContext } from './shared.js';
import { cueSubject } from './cue-subject.js';
import { contentEnd, endAtClausePunctuation } from './content-end.js';
import { NO_OBJECT_PRONOUNS } from '../../data/pronouns.js';
import { PHRASE_OPENING_TAGS } from '../../data/tags.js';
import { cueWith } from '../../cues/match.js';

/** The rule's name. */
const RULE = 'reported/continued-verb';
/** How sure the rule is (a noun-phrase object, below a clause). */
const CONFIDENCE = 0.45;
/** Parts of speech that may open the object: a noun phrase. */
const OBJECT_START: ReadonlySet<string> = PHRASE_OPENING_TAGS;

/** `X continued to VERB NP`, with VERB a verb of saying. */
export function continuedVerb(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (!ctx.categories.has('speech') || cue.form !== 'verb' || cue.lemma !== 'continue' || cue.negated) return null;
  if (tokenAt(doc, cue.head).pos !== 'VERB' || tokenAt(doc, cue.last).lower !== 'to') return null;
  let v = cue.last + 1;
  if (tokenAt(doc, v).pos === 'ADV') v++;
  const verb = tokenAt(doc, v);
  if (verb.pos !== 'VERB' || verb.lower !== verb.lemma || CUE_VERBS.get(verb.lemma) !== 'speech' || NOT_SAYING_WITH_OBJECT.has(verb.lemma) || ctx.quoted[v]) return null;
  const sentence = sentenceOf(doc, cue.head);
  const open = tokenAt(doc, v + 1);
  if (v + 1 >= sentence.last || ctx.quoted[v + 1] || !OBJECT_START.has(open.pos) || NO_OBJECT_PRONOUNS.has(open.lower) || WH_WORDS.has(open.lower)) return null;
  const speaker = cueSubject(doc, cue, sentence);
  if (!speaker) return null;
  const bound = contentEnd(ctx, v + 1, sentence);
  const end = endBeforeSecondClause(ctx, v + 1, Math.min(endAtClausePunctuation(ctx, v + 1, sentence, bound - v), cutMediumAdjunct(ctx, v + 1, bound)));
  if (end <= v + 1) return null;
  return candidate(ctx, [range(doc, v + 1, end)], cueWith(cue, { last: v + 1 }), speaker, RULE, CONFIDENCE);
}
