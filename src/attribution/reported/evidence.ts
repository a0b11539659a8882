/**
 * Rule family `reported/evidence-*` (category `evidence`, opt-in): a finding
 * credited to a record or a study through its verb, with the finding as a
 * bare clause or as a noun phrase with a participle:
 * `County records show the mayor has not voted since 2010.` (`reported/evidence-clause`),
 * `The poll showed Ms. Varga losing ground.`, `The poll showed Varga with a
 * healthy lead.` (`reported/evidence-small-clause`).
 * The subject must be a record, a count or a study (`EVIDENCE_SUBJECTS`).
 * A clause after "show" is no listener ("showed reporters the map" is a speech
 * shape the general rules keep), so these come before them.
 * @internal
 */
import type { Candidate, CueMatch, Mention } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { EVIDENCE_SUBJECTS, SMALL_CLAUSE_VERBS } from '../../data/cues.js';
import { candidate, clauseStartsAt, contentEnd, endAtClausePunctuation, cueSubject, cutAtMainClause, cutAtNextAttribution, passiveCue, range, sentenceOf, type ReportedContext } from './shared.js';
import { cutNarratorTail, cutSecondClause } from './boundary.js';

/** Adverbs that belong to a finding given as a noun phrase: "only a small gap", "nearly 40 percent". */
const FOCUS = /^(only|just|nearly|almost|about|roughly|around|barely|little|no)$/;
/** Parts of speech that open a finding given as a noun phrase. */
const OBJECT_START = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Parts of speech of the noun phrase before the participle of a small clause. */
const SUBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
/** Words after the noun phrase that say where it stands: "Varga with a lead", "Varga ahead". */
const STANDING = new Set(['with', 'ahead', 'behind']);
/** How many tokens that noun phrase may have. */
const MAX_SUBJECT = 8;

/** The end of a small clause at `p` ("Ms. Varga losing ground"): the token after its participle, or -1. */
function smallClause(ctx: ReportedContext, p: number, last: number): number {
  const { doc } = ctx;
  let q = p;
  while (q < last && q - p < MAX_SUBJECT && SUBJECT_POS.has(tokenAt(doc, q).pos)) q++;
  const t = tokenAt(doc, q);
  if (q === p || q >= last) return -1;
  // "Varga leading by seven points", "Varga with a healthy lead", "Varga ahead in the suburbs"
  if ((t.pos === 'VERB' && /ing$/.test(t.lower)) || STANDING.has(t.lower)) return q + 1;
  return -1;
}

/** True when a noun of the phrase (or of the phrase a relative pronoun stands for) is a record, a count or a study: "A Monmouth poll out Monday". */
function isRecord(ctx: ReportedContext, speaker: Mention): boolean {
  if (speaker.antecedent) return isRecord(ctx, speaker.antecedent);
  for (let k = speaker.first; k < speaker.last; k++) {
    const t = tokenAt(ctx.doc, k);
    if (t.pos === 'NOUN' && EVIDENCE_SUBJECTS.has(t.lower)) return true;
  }
  return false;
}

/** `Records show CLAUSE`, `The survey found NP VERB-ing ...`. */
export function evidenceClause(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (cue.category !== 'evidence' || !SMALL_CLAUSE_VERBS.has(cue.lemma) || cue.form !== 'verb' || passiveCue(doc, cue)) return null;
  const sentence = sentenceOf(doc, cue.head);
  let p = cue.last;
  while (p < sentence.last && tokenAt(doc, p).pos === 'ADV') p++;
  if (p >= sentence.last || tokenAt(doc, p).lower === 'that') return null;
  const speaker = cueSubject(doc, cue, sentence);
  // a record, a count or a study, not a person: "the senator found ways to ..." is no finding
  if (!speaker || (speaker.kind !== 'description' && !speaker.antecedent) || !isRecord(ctx, speaker)) return null;
  let rule: string;
  let confidence: number;
  if (clauseStartsAt(doc, p, sentence.last)) {
    rule = 'reported/evidence-clause';
    confidence = 0.75;
  } else if (smallClause(ctx, p, sentence.last) > 0) {
    rule = 'reported/evidence-small-clause';
    confidence = 0.7;
  } else if (OBJECT_START.has(tokenAt(doc, p).pos)) {
    // "The survey found broad support for the levy": the finding as a noun phrase
    rule = 'reported/evidence-object';
    confidence = 0.7;
    // "shows only a small gap": a focusing adverb belongs to the finding
    while (p > cue.last && FOCUS.test(tokenAt(doc, p - 1).lower)) p--;
  } else return null;
  let end = cutAtNextAttribution(ctx, p, contentEnd(ctx, p, sentence));
  end = cutAtMainClause(ctx, sentence, cue.first, p, end);
  end = cutNarratorTail(ctx, p, end);
  end = cutSecondClause(ctx, p, end);
  // "records, which show X, were ...": a relative clause ends at its comma
  if (speaker.antecedent) end = Math.min(end, endAtClausePunctuation(ctx, p, sentence, end - p));
  if (end - p < 3) return null;
  return candidate(ctx, [range(doc, p, end)], cue, speaker, rule, confidence);
}
