/**
 * Rule `reported/conjoined-quoted`: a second verb of the subject, joined by
 * "and" or "but" to a cue whose object holds quoted words, whose own object
 * holds quoted words too: `The mayor called the budget "a total disaster"
 * and compared it to plans that were "doomed from the start."` The second
 * verb need not be a cue, but judges, likens or speaks (CONJOINED_QUOTED_VERBS
 * in src/data/cues.ts): its quoted words are the same subject's, and
 * annotated news marks them as a second mixed quote with that verb as its
 * cue. It runs late among the reported-speech rules (see src/pipeline.ts),
 * on the verbs the rules before it left, and takes no span that an
 * attributed quote holds.
 * @internal
 */
import type { Candidate } from '../candidate.js';
import { conjoinedVerbAt, outsideVerbCue } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { CONJOINED_QUOTED_VERBS, CUE_VERBS } from '../../data/cues.js';
import { cueWithQuotedObject, inCueForm } from './quoted-object.js';
import { sentenceOf, type ReportedContext } from './shared.js';
import { candidateWith } from '../candidate.js';

/** How sure the rule is: below the quoted object of the cue it is joined to. */
const CONFIDENCE = 0.6;

/**
 * Finds the second verbs with quoted objects after the quoted objects of
 * rule `reported/cue-quoted-object`: the first verb's speaker is the
 * speaker, the second verb the cue, its object the content.
 */
export function findConjoinedQuoted(ctx: ReportedContext, taken: readonly Candidate[]): Candidate[] {
  const { doc } = ctx;
  const out: Candidate[] = [];
  if (ctx.stretches.length === 0) return out;
  const heads = new Set<number>();
  for (const c of ctx.cues) heads.add(c.head);
  for (const c of taken) if (c.cue) heads.add(c.cue.head);
  for (const c of taken) {
    if (c.rule !== 'reported/cue-quoted-object' || !c.cue || c.cue.form !== 'verb' || c.speaker === null) continue;
    const last = c.parts[c.parts.length - 1]!;
    // the token right after the content: "and" or "but"
    let k = c.cue.last;
    while (k < ctx.quoted.length && tokenAt(doc, k).start < last.end) k++;
    const sentence = sentenceOf(doc, c.cue.head);
    if (k >= sentence.last || !conjoinedVerbAt(doc, k, sentence.last)) continue;
    let v = k + 1;
    while (v < sentence.last && tokenAt(doc, v).pos === 'ADV') v++;
    const t = tokenAt(doc, v);
    // the verb has the first cue's form ("called ... and compared"), and no rule took it
    // (a verb the lexicon knows, in any category, is never relabelled here: an opt-in cue left off stays off)
    // (a verb of judging or likening: "and painted the harbor ..." or "and watched the vote on ..." quotes no words said)
    if (heads.has(v) || ctx.quoted[v] || CUE_VERBS.has(t.lemma) || !CONJOINED_QUOTED_VERBS.has(t.lemma) || !inCueForm(tokenAt(doc, c.cue.head), t)) continue;
    const cue = outsideVerbCue(doc, v, v);
    const found = cueWithQuotedObject(ctx, cue);
    if (!found) continue;
    const from = found.parts[0]!.start;
    const to = found.parts[found.parts.length - 1]!.end;
    // no attributed quote or reported clause already holds these words
    if (taken.some((o) => (o.cue !== null || o.kind !== 'direct') && o.parts.some((p) => p.start < to && from < p.end))) continue;
    out.push(candidateWith(found, { speaker: c.speaker, rule: 'reported/conjoined-quoted', confidence: CONFIDENCE }));
  }
  return out;
}
