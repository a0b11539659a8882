/**
 * Rule `reported/cue-as` (category `thought`, opt-in): a judgement reported
 * as "sees X as Y", `Most voters see the levy as a tax on renters.`, `The
 * board viewed the merger as a threat.` The content is the object with what it
 * is seen as; the subject is the source.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { tokenAt, tokenIn } from '../../prepare/lookup.js';
import { AS_VERBS } from '../../data/cues.js';
import { candidate, range, sentenceOf, type ReportedContext } from './shared.js';
import { cueSubject, passiveCue } from './cue-subject.js';
import { contentEnd } from './content-end.js';
import { cutAtNextAttribution } from './next-attribution.js';
import { NOUN_PHRASE_TAGS } from '../../data/tags.js';

/** Parts of speech of the object before "as". */
const OBJECT_POS: ReadonlySet<string> = NOUN_PHRASE_TAGS;
/** How many tokens the object before "as" may have. */
const MAX_OBJECT = 12;

/**
 * True when token `q` of an object that starts at `p` is a word inside it
 * that is no noun-phrase tag: a conjunction joining two nouns ("safety and
 * wages", a noun-phrase word after it), or an adverb or a participle after a noun ("the schedule farther
 * ahead", "the vote held Sunday", "the crowds waiting outside").
 */
function innerObjectWord(ctx: ReportedContext, p: number, q: number): boolean {
  if (q === p) return false;
  const t = tokenAt(ctx.doc, q);
  // (a conjunction joins two nouns: not one right before "as", "saw the flood and as a result they moved")
  if (t.pos === 'CCONJ') return OBJECT_POS.has(tokenAt(ctx.doc, q + 1).pos) && tokenAt(ctx.doc, q + 1).lower !== 'as';
  // (not an adverb before an adjective: "has seen a decidedly fiercer debate as more visitors came" is no judgement)
  const before = tokenAt(ctx.doc, q - 1).pos;
  if (t.pos === 'ADV') return before === 'NOUN' || before === 'PROPN' || (before === 'ADV' && q - 1 > p && /^(NOUN|PROPN)$/.test(tokenAt(ctx.doc, q - 2).pos));
  return t.pos === 'VERB' && /(ed|ing)$/.test(t.lower) && (before === 'NOUN' || before === 'PROPN');
}

/** `X sees Y as Z`, `X viewed Y as Z`. */
export function cueAs(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (!AS_VERBS.has(cue.lemma) || passiveCue(doc, cue)) return null;
  const sentence = sentenceOf(doc, cue.head);
  const p = cue.last;
  let q = p;
  while (q < sentence.last && q - p < MAX_OBJECT && tokenIn(doc, sentence, q).lower !== 'as') {
    const t = tokenIn(doc, sentence, q);
    // "the campaign of Tom Reyes as ...": a preposition inside the object
    if (!OBJECT_POS.has(t.pos) && !(t.pos === 'ADP' && q > p) && !innerObjectWord(ctx, p, q)) return null;
    q++;
  }
  if (q === p || tokenIn(doc, sentence, q).lower !== 'as' || q + 1 >= sentence.last) return null;
  const speaker = cueSubject(doc, cue, sentence);
  if (!speaker) return null;
  const end = cutAtNextAttribution(ctx, p, contentEnd(ctx, p, sentence));
  if (end - q < 2) return null;
  return candidate(ctx, [range(doc, p, end)], cue, speaker, 'reported/cue-as', 0.6);
}
