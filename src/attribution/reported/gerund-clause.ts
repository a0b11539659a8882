/**
 * Rule `reported/cue-gerund-clause`: a cue right before a clause whose subject
 * is a gerund phrase, `Tom Reed said seeing so many boats in the bay was a
 * delight`, `She says raising the levy would hurt the town`. The clause-first
 * rule reads only a noun or pronoun as the start of a subject; here the
 * clause opens with an -ing verb and goes on to a finite verb of its own. The
 * content is that clause.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { isIngCue } from '../candidate.js';
import { isMarkToken, lowerBound, tokenAt } from '../../prepare/lookup.js';
import type { Token } from '../../prepare/document.js';
import { LISTENER_VERBS, REPORTING_VERBS } from '../../data/cues.js';
import { END, candidate, headOf, range, sentenceOf, type ReportedContext } from './shared.js';
import { cueSubject, passiveCue } from './cue-subject.js';
import { clauseEnd } from './boundary.js';

/** How far the finite verb may stand after the gerund, in tokens. */
const MAX_SUBJECT = 12;

/**
 * The token of the finite verb of a gerund subject that opens at `p`, or -1:
 * an auxiliary, or a verb after a noun or adverb (or a past form right after
 * the gerund), before any punctuation, "that" or a second -ing form.
 */
function finiteVerb(ctx: ReportedContext, p: number, limit: number): number {
  const { doc } = ctx;
  for (let k = p + 1; k < Math.min(limit, p + MAX_SUBJECT); k++) {
    const t = tokenAt(doc, k);
    if (ctx.quoted[k] || isMarkToken(t.value) || t.pos === 'PUNCT' || END.has(t.value) || t.lower === 'that') return -1;
    if (t.pos === 'AUX') return k > p + 1 ? k : -1;
    if (t.pos === 'VERB') {
      const before = tokenAt(doc, k - 1);
      if (/ing$/.test(t.lower) || before.lower === 'to') return -1;
      // "said selling picked up": a past form right after a bare gerund is its verb
      if (k === p + 1) return pastForm(t) ? k : -1;
      // a verb after an object pronoun is a bare infinitive ("seeing them leave"), not the clause's own verb
      return /^(NOUN|PROPN|ADV)$/.test(before.pos) ? k : -1;
    }
  }
  return -1;
}

/** True when verb `t` is a past form, regular or not: "picked", "rose" (not "-s" or "-ing"). */
function pastForm(t: Token): boolean {
  return t.lemma !== t.lower && !/(s|ing)$/.test(t.lower);
}

/**
 * True when a cue of saying has its head at `p` ("said adding", "kept saying");
 * a cue of another category there ("seeing" as a cue of thought) does not count.
 */
function sayingCueAt(ctx: ReportedContext, p: number): boolean {
  for (let k = lowerBound(ctx.cues, p, headOf); k < ctx.cues.length && ctx.cues[k]!.head === p; k++) {
    const c = ctx.cues[k]!;
    if (c.category === 'speech' || REPORTING_VERBS.has(c.lemma)) return true;
  }
  return false;
}

/** `X said seeing so many boats was a delight`. */
export function cueGerundClause(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (cue.form !== 'verb' || !REPORTING_VERBS.has(cue.lemma) || LISTENER_VERBS.has(cue.lemma) || passiveCue(doc, cue) || isIngCue(doc, cue)) return null;
  const sentence = sentenceOf(doc, cue.head);
  const p = cue.last;
  if (p >= sentence.last - 2) return null;
  const gerund = tokenAt(doc, p);
  // the gerund stands right after the cue, and is no cue of its own ("said adding", "kept saying")
  if (ctx.quoted[p] || gerund.pos !== 'VERB' || !/^\p{Ll}+ing$/u.test(gerund.value) || sayingCueAt(ctx, p)) return null;
  const verb = finiteVerb(ctx, p, sentence.last);
  if (verb < 0) return null;
  const speaker = cueSubject(doc, cue, sentence);
  if (!speaker) return null;
  const end = clauseEnd(ctx, sentence, cue.first, p);
  if (end <= verb) return null;
  return candidate(ctx, [range(doc, p, end)], cue, speaker, 'reported/cue-gerund-clause', 0.7);
}
