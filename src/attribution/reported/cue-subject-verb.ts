/**
 * Where reported content ends at a second verb of the cue's own subject:
 * `Lee said she admires the mayor and praised his budget.` The "and" (or
 * "but") with a finite verb and no subject of its own coordinates either with the reported
 * clause's verb (`said prices rose and fell`: content goes on) or with the cue
 * (`said ... and praised`: content ends). The tense tells them apart: a verb
 * in the cue's tense after a clause whose verbs are in the other tense goes
 * with the cue (`says the flood was a disaster and blames the county`); so
 * does such a verb after a noun-phrase object with no verb (`claimed
 * self-defense and was acquitted`).
 * @internal
 */
import type { Doc, Token } from '../../prepare/document.js';
import type { CueMatch } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { CONDITIONAL_MODALS, PAST_AUXILIARIES, PRESENT_AUXILIARIES } from '../../data/clauses.js';
import type { ReportedContext } from './shared.js';
import { OBJECT_DETERMINERS, PRESENT_HAVE, UNCHANGED_PAST_VERBS } from '../../data/function-words.js';
import { POSSESSIVES } from '../../data/clauses.js';

/** The tense of a finite verb or auxiliary. */
type Tense = 'past' | 'present';

/**
 * The tense of token `t` when it is a finite verb whose form shows it: an
 * auxiliary or modal of either list, a verb in -s (present) or a verb whose
 * form differs from its lemma without -s or -ing (past). Null for a base
 * form ("set", "want"), a gerund or a non-verb.
 */
function tenseOf(t: Token): Tense | null {
  if (PAST_AUXILIARIES.has(t.lower)) return 'past';
  if (PRESENT_AUXILIARIES.has(t.lower)) return 'present';
  if (t.pos !== 'VERB' || t.lower === t.lemma || /ing$/.test(t.lower)) return null;
  if (/[^s]s$/.test(t.lower) && (t.lower === `${t.lemma}s` || t.lower === `${t.lemma}es` || /ies$/.test(t.lower))) return 'present';
  return /ed$/.test(t.lower) || !/s$/.test(t.lower) ? 'past' : null;
}

/** The tense of the cue: its first auxiliary's ("has said", "did not say"), else its verb's. */
function cueTense(doc: Doc, cue: CueMatch): Tense | null {
  const first = tokenAt(doc, cue.first);
  if (first.pos === 'AUX' && cue.first < cue.head) return PAST_AUXILIARIES.has(first.lower) ? 'past' : null;
  return tenseOf(tokenAt(doc, cue.head));
}

/**
 * The end of content `[p, end)` reported by a finite `cue`, cut before an
 * unquoted "and" or "but" (with its comma) whose next word (past one adverb) is a
 * finite verb in the cue's tense, when no finite verb of the content before
 * it is in that tense or in the perfect (a perfect goes on in the past: `has
 * not held dinners and never called a donor`) and none is of a form that
 * hides its tense (`the cost hit a record and rose`). Not a modal of the
 * past (`opposes the bill and would veto it`: a condition), and after a
 * present cue only a plain verb, no auxiliary (`says the firm lost money and
 * is cutting jobs`: the clause's own shift). A content with no finite verb
 * before the "and" is cut only when it is the object of a clause cue
 * (`nounObject`: `claimed self-defense and was acquitted`); a that-clause
 * always has a verb, which the tagger may have missed.
 */
export function cutAtCueSubjectVerb(ctx: ReportedContext, cue: CueMatch, p: number, end: number, nounObject: boolean): number {
  const { doc } = ctx;
  const cueT = cueTense(doc, cue);
  if (cueT === null) return cutAtNonFiniteCue(ctx, cue, p, end);
  let finite = false;
  for (let k = p; k < end - 1; k++) {
    const t = tokenAt(doc, k);
    if ((t.lower !== 'and' && t.lower !== 'but') || k === p || ctx.quoted[k]) {
      // (a verb inside a hyphenated adjective is none: "weaker-than-expected revenue")
      if ((t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.lower) && !hyphenJoined(doc, k)) {
        const tense = tenseOf(t);
        // (a verb whose form does not show its tense may be of the past: "said the cost hit $5 and rose")
        if (tense === cueT || (tense === null && t.pos === 'VERB' && !finite) || perfectAt(doc, k, end)) return end;
        if (tense !== null || t.pos === 'AUX') finite = true;
      }
      continue;
    }
    let v = k + 1;
    if (tokenAt(doc, v).pos === 'ADV' && v + 1 < end) v++;
    const verb = tokenAt(doc, v);
    // (a past that looks like its base form before an object's determiner goes with a cue in the past: "reported
    // weaker revenue and cut its forecast")
    const verbTense: Tense | null = tenseOf(verb) ?? (cueT === 'past' && unchangedPastBeforeObject(doc, v, end) ? 'past' : null);
    if (ctx.quoted[v] || (verb.pos !== 'VERB' && verb.pos !== 'AUX') || CONDITIONAL_MODALS.has(verb.lower) || verbTense !== cueT || (cueT === 'present' && verb.pos !== 'VERB')) continue;
    if (!finite && !nounObject) return end;
    return tokenAt(doc, k - 1).value === ',' ? k - 1 : k;
  }
  return end;
}

/**
 * True when the verb at `v` is one whose past is its base form ("cut", "set",
 * "hit": {@link UNCHANGED_PAST_VERBS}) and a determiner or a possessive opens
 * its object: "and cut its forecast", "and set a new target".
 */
function unchangedPastBeforeObject(doc: Doc, v: number, end: number): boolean {
  const verb = tokenAt(doc, v);
  if (verb.pos !== 'VERB' || !UNCHANGED_PAST_VERBS.has(verb.lower) || v + 2 >= end) return false;
  const next = tokenAt(doc, v + 1).lower;
  return OBJECT_DETERMINERS.has(next) || POSSESSIVES.has(next);
}

/** True when the token at `k` follows a hyphen with no space between them ("-expected" in "weaker-than-expected"). */
function hyphenJoined(doc: Doc, k: number): boolean {
  const before = tokenAt(doc, k - 1);
  return k > 0 && before.value === '-' && before.end === tokenAt(doc, k).start;
}

/** True when the "has"/"have" at `k` opens a perfect: a verb (past one adverb or "not") follows it ("has been", "have not held"). */
function perfectAt(doc: Doc, k: number, end: number): boolean {
  if (!PRESENT_HAVE.has(tokenAt(doc, k).lower)) return false;
  let v = k + 1;
  while (v < end && v <= k + 2 && (tokenAt(doc, v).pos === 'ADV' || tokenAt(doc, v).pos === 'PART')) v++;
  return v < end && (tokenAt(doc, v).pos === 'VERB' || tokenAt(doc, v).lower === 'been');
}

/**
 * The end of content `[p, end)` of a cue in the -ing form or after "to", cut
 * before an unquoted "and" followed by a verb of the same form that the
 * content has not had before: `praised her, stating the race was close and
 * chiding the press` (gerund), `came out to argue that the plan works and to
 * rail against its critics` (infinitive). A content with such a form of its
 * own before the "and" may coordinate it (`accused him of lying and
 * cheating`, `to say they want to cut fees and to raise wages`): left alone.
 */
function cutAtNonFiniteCue(ctx: ReportedContext, cue: CueMatch, p: number, end: number): number {
  const { doc } = ctx;
  const head = tokenAt(doc, cue.head);
  const gerund = head.pos === 'VERB' && /ing$/.test(head.lower) && cue.first === cue.head;
  const infinitive = !gerund && cue.first >= 1 && tokenAt(doc, cue.first - 1).lower === 'to';
  if (!gerund && !infinitive) return end;
  // the same form inside the content: a verb in -ing, or "to" before a verb
  const sameForm = (k: number): boolean => gerund
    ? tokenAt(doc, k).pos === 'VERB' && /ing$/.test(tokenAt(doc, k).lower)
    : tokenAt(doc, k).lower === 'to' && k + 1 < end && tokenAt(doc, k + 1).pos === 'VERB';
  for (let k = p; k < end - 2; k++) {
    if (ctx.quoted[k]) continue;
    if (tokenAt(doc, k).lower === 'and' && k > p && sameForm(k + 1) && !ctx.quoted[k + 1]) return tokenAt(doc, k - 1).value === ',' ? k - 1 : k;
    if (sameForm(k)) return end;
  }
  return end;
}
