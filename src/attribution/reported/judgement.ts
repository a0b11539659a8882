/**
 * Rule `reported/cue-judgement` (category `thought`, opt-in): a judgement
 * reported as "considers X Y", `Ms. Varga considers the levy unfair.`, `Her
 * rivals consider him a newcomer.`, `Reyes deems the plan too costly.` The
 * content is the object with its complement (an adjective or a noun phrase
 * after the object's head); the subject is the source. "considered a run"
 * (no complement) is no judgement and gives nothing.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { JUDGEMENT_VERBS } from '../../data/cues.js';
import { END, TIME_WORDS, candidate, range, sentenceOf, type ReportedContext } from './shared.js';
import { cueSubject, passiveCue } from './cue-subject.js';
import { POSSESSIVES_AND_YOUR, JUDGEMENT_STOP } from '../../data/clauses.js';
import { INDEFINITE_ARTICLES } from '../../data/function-words.js';
import { NOUN_PHRASE_TAGS } from '../../data/tags.js';
import { CLAUSE_BREAK } from '../../data/marks.js';

/** Parts of speech of the object. */
const OBJECT_POS: ReadonlySet<string> = NOUN_PHRASE_TAGS;
/** Heads of the object: a noun, a name or a pronoun. */
const HEAD_POS = new Set(['NOUN', 'PROPN', 'PRON']);
/** Most tokens of the object, and of the whole content. */
const MAX_OBJECT = 10;
const MAX_CONTENT = 30;
/** How sure the rule is (see docs/attribution.md for the measured precision). */
const CONFIDENCE = 0.6;

/** The token where the complement starts after the object at `p`, or -1. */
function complementStart(ctx: ReportedContext, p: number, last: number): number {
  const { doc } = ctx;
  let head = false;
  for (let k = p; k < last && k - p < MAX_OBJECT; k++) {
    const t = tokenAt(doc, k);
    if (ctx.quoted[k]) return -1;
    // "considered the matter last week": a time word is no complement
    if (TIME_WORDS.has(t.lower)) return -1;
    if (head) {
      // "Varga honest", "him a racist", "Reyes hopelessly naive"
      if (t.pos === 'ADJ' || (t.pos === 'DET' && INDEFINITE_ARTICLES.has(t.lower)) || (t.pos === 'ADV' && tokenAt(doc, k + 1).pos === 'ADJ')) return k;
      if (HEAD_POS.has(t.pos) || t.pos === 'PART' || t.pos === 'NUM') continue;
      // "the wars of 2016 a helpful point": a preposition inside the object
      if (t.pos === 'ADP' && t.lower === 'of') {
        head = false;
        continue;
      }
      return -1;
    }
    if (!OBJECT_POS.has(t.pos) && t.pos !== 'ADV') return -1;
    if (HEAD_POS.has(t.pos)) head = true;
    // a pronoun object is one word: "him", "himself", "it"
    if (t.pos === 'PRON' && !POSSESSIVES_AND_YOUR.has(t.lower)) {
      const next = tokenAt(doc, k + 1);
      return next.pos === 'ADJ' || (next.pos === 'DET' && INDEFINITE_ARTICLES.has(next.lower)) || (next.pos === 'ADV' && tokenAt(doc, k + 2).pos === 'ADJ') ? k + 1 : -1;
    }
  }
  return -1;
}

/** `X considers Y Z`, `X deems Y Z`. */
export function cueJudgement(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (cue.form !== 'verb' || !JUDGEMENT_VERBS.has(cue.lemma) || passiveCue(doc, cue)) return null;
  const sentence = sentenceOf(doc, cue.head);
  const p = cue.last;
  const c = complementStart(ctx, p, sentence.last);
  if (c < 0) return null;
  let end = c + 1;
  while (end < sentence.last && end - p < MAX_CONTENT) {
    const t = tokenAt(doc, end);
    if (!ctx.quoted[end] && (CLAUSE_BREAK.test(t.value) || END.has(t.value) || JUDGEMENT_STOP.has(t.lower))) break;
    end++;
  }
  if (end - p >= MAX_CONTENT) return null;
  const speaker = cueSubject(doc, cue, sentence);
  if (!speaker) return null;
  return candidate(ctx, [range(doc, p, end)], cue, speaker, 'reported/cue-judgement', CONFIDENCE);
}
