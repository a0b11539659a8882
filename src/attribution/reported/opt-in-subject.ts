/**
 * Subjects for opt-in attributions that a rule found without a speaker, read
 * back over the auxiliaries, negations and adverbs before the cue:
 * `Ms. Varga is not convinced that the levy will pass.`, `The union is
 * apparently so worried that ...`, `He soon learned that ...`, and a bare
 * quantifier opening the clause, "few" too: `But few believe the truce will
 * last.` Only for the
 * opt-in categories (thought, evidence, stance): the default output never
 * changes. The attribution keeps its content and confidence; its rule loses
 * the `-no-speaker` suffix.
 * @internal
 */
import type { Candidate, CueMatch, Mention } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { bareQuantifier, sentenceSubject, speakerBefore } from '../../speakers/phrase.js';
import { OPT_IN_CATEGORIES } from '../../options.js';
import { NO_SUBJECT_WORDS } from '../../data/clauses.js';
import { OPT_IN_BARE_QUANTIFIERS } from '../../data/function-words.js';
import { sentenceOf, type ReportedContext } from './shared.js';

const SUFFIX = '-no-speaker';

/** The sentence's subject when it ends right at `k`, else null. */
function subjectEndingAt(ctx: ReportedContext, first: number, k: number): Mention | null {
  const subject = sentenceSubject(ctx.doc, first, k);
  return subject && subject.last === k ? subject : null;
}

/**
 * A bare quantifier ("few", "some", "all", ...) opening the clause right
 * before opt-in cue `cue`, over its auxiliaries and adverbs: the "few" of
 * `But few believe the truce will last.`, `and few are calling for a recount`;
 * else null. Null for every default category (speech, writing, source).
 */
export function optInQuantifier(ctx: ReportedContext, cue: CueMatch, sentenceFirst: number): Mention | null {
  if (!OPT_IN_CATEGORIES.has(cue.category)) return null;
  const { doc } = ctx;
  let k = cue.first;
  while (k > sentenceFirst && /^(AUX|PART|ADV)$/.test(tokenAt(doc, k - 1).pos) && tokenAt(doc, k - 1).lower !== 'to') k--;
  if (k - 1 < sentenceFirst || ctx.quoted[k - 1]) return null;
  return bareQuantifier(doc, k, sentenceFirst, OPT_IN_BARE_QUANTIFIERS);
}

/** Gives the subject before the cue to opt-in attributions in `list` that have no speaker. */
export function fillOptInSubjects(ctx: ReportedContext, list: readonly Candidate[]): void {
  const { doc } = ctx;
  for (const c of list) {
    if (c.speaker || !c.cue || !OPT_IN_CATEGORIES.has(c.cue.category) || !c.rule.endsWith(SUFFIX)) continue;
    const sentence = sentenceOf(doc, c.cue.head);
    let k = c.cue.first;
    while (k > sentence.first && /^(AUX|PART|ADV)$/.test(tokenAt(doc, k - 1).pos) && tokenAt(doc, k - 1).lower !== 'to') k--;
    // "to convince voters that ...", "helped convince ...": a verb's object clause has its subject elsewhere
    if (k <= sentence.first || /^(VERB|ADP|SCONJ|CCONJ|PUNCT)$/.test(tokenAt(doc, k - 1).pos) || tokenAt(doc, k - 1).lower === 'to') continue;
    // "are not convinced", "is worried" read as passives to the speaker finder: the sentence's subject right before them
    // (read only when the speaker finder found no one before the cue)
    // ("But few believe ...": a quantifier alone opening the clause, "few" for the opt-in categories only)
    const speaker = speakerBefore(doc, k, sentence.first) ?? subjectEndingAt(ctx, sentence.first, k) ?? bareQuantifier(doc, k, sentence.first, OPT_IN_BARE_QUANTIFIERS);
    if (!speaker || speaker.antecedent || NO_SUBJECT_WORDS.has(speaker.name.toLowerCase())) continue;
    c.speaker = speaker;
    c.rule = c.rule.slice(0, -SUFFIX.length);
  }
}
