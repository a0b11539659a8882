/**
 * Rule `reported/stance-name` (category `stance`, opt-in): an endorsement of a
 * person, `Mayor Ann Lee endorsed Sen. Tom Reyes of Ohio.`, `He endorsed Mayor
 * Lia Varga on Monday.` A backing of one, `The union backed Tom Reyes.`, is
 * rule `reported/stance-name-back`, at a lower confidence. The object is the person's name with its titles and a
 * following "of PLACE", or "him" or "her"; the subject may be any speaker
 * phrase but a relative pronoun or a generic "you". A participle after a noun
 * ("a group endorsing Moss"), a modal ("would endorse") and a negation give
 * nothing: they were annotated seldom on train. Short as the content is, a
 * stance on a named person is annotated far more often than a stance on a
 * thing. It runs after the other reported-speech rules, on the verbs they
 * left, and takes no span they hold.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { Candidate, CueMatch } from '../candidate.js';
import { isIngCue } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { STANCE_NAME_BACK_VERBS, STANCE_NAME_VERBS } from '../../data/cues.js';
import { DAY_OR_MONTH } from '../../data/time.js';
import { NAME_PARTICLES } from '../../data/names.js';
import { candidate, range, sentenceOf, type ReportedContext } from './shared.js';
import { cueSubject, passiveCue } from './cue-subject.js';
import { addParts, addedParts, overlapsAdded, overlapsIndex, spanIndex, type SpanIndex } from './span-index.js';
import { STANCE_WHICH_CONFIDENCE, STANCE_WHICH_RULE, isCommaWhichSubject } from './stance-which.js';
import { PERSON_OBJECT_PRONOUNS, NOT_STANCE_SUBJECTS } from '../../data/pronouns.js';
import { MODALS } from '../../data/clauses.js';

/** Words that may stand before the name inside the object: "former Florida Gov.", "then-Republican presidential candidate". */
const BEFORE_NAME = new Set(['ADJ', 'NOUN', 'PROPN', 'PUNCT']);
/** Most tokens of the object. */
const MAX_OBJECT = 10;
/** How sure the rule is. */
const CONFIDENCE = 0.75;
/**
 * The rule of a backing of a named person, `The union backed Tom Reyes.`, and
 * how sure it is: less than an endorsement (10 of 12 new ones right on
 * PolNeAR train with every category on, against 28 of 34 for endorse), so
 * that `minConfidence` above it drops it first.
 */
const BACK_RULE = 'reported/stance-name-back';
const BACK_CONFIDENCE = 0.65;

/** Most lower-case particles inside a name: "de la" in "Ana de la Cruz". */
const MAX_PARTICLES = 3;

/**
 * The index of the capitalised word after lower-case name particles at `k`
 * ("de la" in "Ana de la Cruz", "van" in "Tom van Dyke"), or `k` when no
 * such particles and word stand there.
 */
function particlesBeforeName(doc: Doc, k: number, last: number): number {
  let j = k;
  while (j < last && j - k < MAX_PARTICLES && NAME_PARTICLES.has(tokenAt(doc, j).value)) j++;
  return j > k && j < last && tokenAt(doc, j).pos === 'PROPN' && /^\p{Lu}/u.test(tokenAt(doc, j).value) ? j : k;
}

/** One past the name object at `p`, or -1: "Sen. Tom Reyes of Ohio", "former Gov. Ada Moss", "him". */
function nameObject(ctx: ReportedContext, p: number, last: number): number {
  const { doc } = ctx;
  const first = tokenAt(doc, p);
  if (PERSON_OBJECT_PRONOUNS.has(first.lower)) {
    // "backed her campaign": a possessive is no object of its own
    return p + 1 < last && /^(NOUN|ADJ|PROPN)$/.test(tokenAt(doc, p + 1).pos) ? -1 : p + 1;
  }
  let k = p;
  let end = -1;
  while (k < last && k - p < MAX_OBJECT && !ctx.quoted[k]) {
    const t = tokenAt(doc, k);
    // "endorsed Reyes Wednesday": a day or a month ends the name
    if (end > 0 && DAY_OR_MONTH.has(t.lower)) break;
    // "Ana de la Cruz", "Tom van Dyke": lower-case particles before the name's next capitalised word stay in it
    const particles = end > 0 ? particlesBeforeName(doc, k, last) : k;
    if (particles > k) {
      k = particles;
      continue;
    }
    if (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.value)) end = k + 1;
    else if (!BEFORE_NAME.has(t.pos) || (t.pos === 'PUNCT' && !/^[.-]$/.test(t.value))) break;
    // the name ends at its last capitalised word: "Reyes for president"
    else if (end > 0 && t.pos !== 'PUNCT') break;
    k++;
  }
  // "Sen." ending the sentence splitter's sentence: the name runs on past it
  if (end < 0 || /\.$/.test(tokenAt(doc, end - 1).value)) return -1;
  // "Sen. Tom Reyes of Ohio": a state or city after the name
  if (tokenAt(doc, end).lower === 'of' && end + 1 < last && tokenAt(doc, end + 1).pos === 'PROPN') {
    end += 2;
    while (end < last && tokenAt(doc, end).pos === 'PROPN' && end - p < MAX_OBJECT + 3) end++;
  }
  // "Reyes's plan", "the Reyes campaign": a name inside a noun phrase is no person object
  const after = tokenAt(doc, end);
  if (end < last && (after.pos === 'PART' || after.pos === 'NOUN' || /^['’]s?$/.test(after.value))) return -1;
  return end;
}

/** True when a modal stands among the cue's auxiliaries: "would endorse", "could back". */
function hasModal(ctx: ReportedContext, cue: CueMatch): boolean {
  for (let k = cue.first; k < cue.head; k++) if (MODALS.has(tokenAt(ctx.doc, k).lower)) return true;
  return false;
}

/** Finds the stances on named people that the other rules left, when `stance` cues are reported. */
export function findStanceNames(ctx: ReportedContext, taken: readonly Candidate[]): Candidate[] {
  const { doc } = ctx;
  const out: Candidate[] = [];
  // (the taken spans indexed once, when the first match needs them)
  let index: SpanIndex | null = null;
  // (and the contents added here, so that a long text of matches stays linear)
  const added = addedParts();
  if (!ctx.categories.has('stance')) return out;
  const heads = new Set<number>();
  for (const c of taken) if (c.cue) heads.add(c.cue.head);
  for (const cue of ctx.cues) {
    const back = STANCE_NAME_BACK_VERBS.has(cue.lemma);
    if (cue.form !== 'verb' || cue.category !== 'stance' || (!STANCE_NAME_VERBS.has(cue.lemma) && !back) || ctx.used.has(cue) || heads.has(cue.head) || ctx.quoted[cue.head]) continue;
    // "would endorse", "has not endorsed": a stance not (yet) taken is annotated seldom (0 of 2 on train)
    if (cue.negated || passiveCue(doc, cue) || hasModal(ctx, cue)) continue;
    const sentence = sentenceOf(doc, cue.head);
    const p = cue.last;
    if (p >= sentence.last) continue;
    const end = nameObject(ctx, p, sentence.last);
    if (end < 0) continue;
    // a relative pronoun or a generic "you" as subject, or a participle right after a noun ("a group endorsing Moss"),
    // was annotated seldom on train (63%, 0%, 75% for endorse)
    const participle = isIngCue(doc, cue) && cue.first === cue.head && tokenAt(doc, cue.first - 1).sent === tokenAt(doc, cue.head).sent && /^(NOUN|PROPN)$/.test(tokenAt(doc, cue.first - 1).pos);
    if (participle) continue;
    const speaker = cueSubject(doc, cue, sentence);
    if (!speaker) continue;
    // "The union, which endorsed Reyes, ...": a group's ", which" is rule `reported/stance-name-which`
    const which = isCommaWhichSubject(doc, speaker);
    if (!which && (speaker.antecedent || NOT_STANCE_SUBJECTS.has(speaker.name.toLowerCase()))) continue;
    const r = range(doc, p, end);
    if (overlapsIndex((index ??= spanIndex([taken])), r.start, r.end) || overlapsAdded(added, r.start, r.end)) continue;
    const [rule, confidence] = which ? [STANCE_WHICH_RULE, STANCE_WHICH_CONFIDENCE] : back ? [BACK_RULE, BACK_CONFIDENCE] : ['reported/stance-name', CONFIDENCE];
    out.push(addParts(added, candidate(ctx, [r], cue, speaker, rule, confidence)));
  }
  return out;
}
