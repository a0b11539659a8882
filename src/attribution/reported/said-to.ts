/**
 * Rule `reported/said-to`: a passive cue with an infinitive, `The senator is said
 * to have opposed the bill.`, `The chairman was reported to be furious.` No one
 * is named as the source; the content is the subject and the infinitive around
 * the cue, as two parts. A lone pronoun is the subject only when it stands
 * for a person (`She was said to be upset.`, `who is said to favor ...`; not
 * "It is said to be"); an aside in parentheses ends at its close, a
 * relative on "who" before the sentence's own verb. When the infinitive is the subject's own verb of
 * saying with a "that" clause (`is reported to have said that ...`), the rule
 * leaves it to that verb, as after "is understood to have said".
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { isMarkToken, tokenAt } from '../../prepare/lookup.js';
import { REPORTING_VERBS } from '../../data/cues.js';
import { NP_POS, candidate, range, sentenceOf, type ReportedContext } from './shared.js';
import { passiveCue } from './cue-subject.js';
import { contentEnd } from './content-end.js';
import { cutAtNextAttribution } from './next-attribution.js';
import { HEARSAY_VERBS } from '../../data/cues.js';
import { PERSON_SUBJECT_PRONOUNS } from '../../data/pronouns.js';
import { SAID_TO_SUBJECT_OPENERS } from '../../data/clauses.js';
import { agentBeforeTo } from './said-by-to.js';

/** Lone pronouns that stand for a person and so may be the whole subject: "he was said to", "who is said to". */
const PERSON_SUBJECTS: ReadonlySet<string> = new Set([...PERSON_SUBJECT_PRONOUNS, 'who']);

/** How long the subject may be, in tokens. */
const MAX_SUBJECT = 12;

/** Most tokens between an inner verb of saying and its "that": "told aides that", "told a radio host that". */
const MAX_TO_THAT = 4;

/**
 * True when the infinitive at `k` ("have said", "have told aides") is a
 * verb of saying of the subject with a "that" clause of its own: "is reported
 * to have said that ...", "was said to have told aides that ...".
 */
function innerSaying(ctx: ReportedContext, k: number, last: number): boolean {
  const { doc } = ctx;
  const v = tokenAt(doc, k).lower === 'have' ? k + 1 : k;
  if (v >= last || !REPORTING_VERBS.has(tokenAt(doc, v).lemma) || tokenAt(doc, v).pos !== 'VERB') return false;
  for (let q = v + 1; q < Math.min(last, v + 1 + MAX_TO_THAT); q++) {
    const w = tokenAt(doc, q);
    if (w.lower === 'that') return true;
    if (/^(VERB|AUX|PUNCT)$/.test(w.pos)) return false;
  }
  return false;
}

/** The first ")" from token `from` to `end - 1`, or `end` when there is none. */
function parenthesisClose(doc: ReportedContext['doc'], from: number, end: number): number {
  for (let k = from; k < end; k++) if (tokenAt(doc, k).value === ')') return k;
  return end;
}

/**
 * The comma from token `from` to `end - 1` after which the sentence's own
 * verb comes (", stayed home"), or `end` when there is none.
 */
function relativeClose(doc: ReportedContext['doc'], from: number, end: number): number {
  for (let k = from; k < end - 1; k++) {
    const next = tokenAt(doc, k + 1);
    if (tokenAt(doc, k).value === ',' && /^(VERB|AUX)$/.test(next.pos) && !/ing$/.test(next.lower)) return k;
  }
  return end;
}

/**
 * The start of the sentence when the subject from `start` to `cueFirst - 1`
 * closes with a comma and is set off by another after a noun phrase that
 * opens the sentence: "The mayor, Dana Voss, is said to" or "Dana Voss, the
 * mayor, is said to" (the subject is then the phrase and its appositive);
 * else `start`.
 */
function appositiveStart(ctx: ReportedContext, start: number, cueFirst: number, first: number): number {
  const { doc } = ctx;
  if (tokenAt(doc, cueFirst - 1).value !== ',' || start !== cueFirst) return start;
  let k = cueFirst - 2;
  while (k > first && cueFirst - k < MAX_SUBJECT && NP_POS.has(tokenAt(doc, k).pos)) k--;
  if (k <= first || k === cueFirst - 2 || tokenAt(doc, k).value !== ',') return start;
  let j = k - 1;
  while (j >= first && k - j < MAX_SUBJECT && NP_POS.has(tokenAt(doc, j).pos)) j--;
  return j === first - 1 && j + 1 < k ? first : start;
}

/** `X is said to have ...`, `X was reported to be ...`. */
export function saidTo(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (!HEARSAY_VERBS.has(cue.lemma) || !passiveCue(doc, cue) || !/ed$|^said$/.test(tokenAt(doc, cue.head).lower)) return null;
  const sentence = sentenceOf(doc, cue.head);
  // "were said by investigators to show ...": the agent between the cue and "to" is the source (fix96)
  const by = agentBeforeTo(doc, cue.last, sentence.last);
  const to = by ? by.to : cue.last;
  if (tokenAt(doc, to).lower !== 'to' || !/^(VERB|AUX)$/.test(tokenAt(doc, to + 1).pos) || to + 1 >= sentence.last) return null;
  // "is reported to have said that ...": the subject's own saying and its clause, as after "is understood to have said"
  if (innerSaying(ctx, to + 1, sentence.last)) return null;
  let start = cue.first;
  while (start > sentence.first && cue.first - start < MAX_SUBJECT && (NP_POS.has(tokenAt(doc, start - 1).pos) || tokenAt(doc, start - 1).value === '.')) start--;
  // "The mayor, Dana Voss, is said to ...": a name and the description it stands in apposition to, from the sentence's start
  start = appositiveStart(ctx, start, cue.first, sentence.first);
  // "It is said to ...": a lone pronoun says nothing of what was said, unless it stands for a person
  // ("she was said to be upset", "who is said to favor the levy")
  if (start === cue.first || (cue.first - start === 1 && tokenAt(doc, start).pos === 'PRON' && !PERSON_SUBJECTS.has(tokenAt(doc, start).lower))) return null;
  const before = tokenAt(doc, start - 1);
  if (start > sentence.first && !/^[,;:(]$/.test(before.value) && !isMarkToken(before.value) && !SAID_TO_SUBJECT_OPENERS.has(before.lower)) return null;
  let end = cutAtNextAttribution(ctx, to, contentEnd(ctx, to, sentence));
  // "(she was said to be upset); and ...": an aside in parentheses ends at its close
  if (before.value === '(') end = parenthesisClose(doc, to, end);
  // "Ada Moss, who is said to have pushed for the levy, stayed home": the relative ends before the sentence's verb
  if (tokenAt(doc, start).lower === 'who') end = relativeClose(doc, to, end);
  if (end - to < 2) return null;
  // (the comma that closes an appositive stays out: "The mayor, Dana Voss, | is said")
  const subjectEnd = tokenAt(doc, cue.first - 1).value === ',' ? cue.first - 1 : cue.first;
  if (by) return candidate(ctx, [range(doc, start, subjectEnd), range(doc, to, end)], cue, by.agent, 'reported/said-to-agent', 0.5);
  return candidate(ctx, [range(doc, start, subjectEnd), range(doc, to, end)], cue, null, 'reported/said-to', 0.5);
}
