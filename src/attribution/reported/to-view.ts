/**
 * Rule `reported/to-view` (category `thought`, opt-in): a view credited to
 * someone through a fronted "to", `To Ada Moss, the new levy is a tax on
 * renters.`, `But to others, the plan is a waste of money.` The person is the
 * source, "to" the cue, the clause after the comma the content. Only at the
 * start of a sentence (or after "but", "and", "yet"), and only with a name or
 * a word for people before the comma: "To date, ..." or "To that end, ..."
 * give nothing. On PolNeAR train, 8 of the 9 such fronted phrases were
 * annotated. The fronted "for" ("For Ada Moss, the mission is different") was
 * annotated far less often (4 of 34) and stays out.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import type { Segment } from '../../prepare/document.js';
import { maybeToken, tokenCount, tokenIn } from '../../prepare/lookup.js';
import { makeMention } from '../../speakers/phrase.js';
import { kindOfHead, kindOfName, isPeopleKind } from '../../speakers/kinds.js';
import { IN_VIEW_NOUNS, TO_VIEW_PEOPLE_WORDS, THIRD_POSSESSIVES, WHO_WHICH_RELATIVES } from '../../data/clauses.js';
import { LINKING_CONJUNCTIONS } from '../../data/function-words.js';
import { passesOptInBar } from './opt-in.js';
import { owner } from '../noun-owner.js';
import { candidate, descriptionMention, range, sentenceOf, type ReportedContext } from './shared.js';
import { clauseStartsAt } from './clause-start.js';
import { contentEnd } from './content-end.js';
import { overlapsIndex, spanIndex, type SpanIndex } from './span-index.js';
/** Most tokens between "in" and the noun of its view ("In the new mayor's view"). */
const MAX_OWNER = 5;

/**
 * The view credited through a fronted "in", its owner and a noun of view
 * ({@link IN_VIEW_NOUNS}), then a comma: "In her view, the policy has
 * failed.", "In Ada Moss's opinion, ...". The owner is the source, the noun
 * the cue. Null for any other "in" at `k`.
 */
function inView(ctx: ReportedContext, k: number, sentence: Segment): Candidate | null {
  const { doc } = ctx;
  const ofOwner = inViewOf(ctx, k, sentence);
  if (ofOwner !== null) return ofOwner;
  let noun = k + 1;
  while (noun < sentence.last && noun - k <= MAX_OWNER && !IN_VIEW_NOUNS.has(tokenIn(doc, sentence, noun).lower)) noun++;
  // (a noun whose verb the caller removed is off too: `removeCues: ['view']` drops "In her view, ...")
  if (noun >= sentence.last - 1 || noun - k > MAX_OWNER || tokenIn(doc, sentence, noun + 1).value !== ',' || ctx.quoted[noun] || ctx.removedNouns.has(tokenIn(doc, sentence, noun).lower)) return null;
  const speaker = owner(doc, noun);
  // ("In my view, ...": a first-person view is an aside, as "I think" is)
  if (speaker === null || speaker.first !== k + 1 || (speaker.kind === 'pronoun' && !THIRD_POSSESSIVES.has(speaker.name.toLowerCase()))) return null;
  const from = noun + 2;
  if (!clauseStartsAt(doc, from, sentence.last)) return null;
  const end = contentEnd(ctx, from, sentence);
  if (end - from < 3) return null;
  const cue: CueMatch = { first: noun, last: noun + 1, head: noun, lemma: tokenIn(doc, sentence, noun).lower, category: 'thought', negated: false, form: 'phrase' };
  return candidate(ctx, [range(doc, from, end)], cue, speaker, 'reported/in-view', CONFIDENCE);
}

/**
 * The view credited through a fronted "in the", a noun of view and "of" its
 * owner, then a comma: "In the view of the two senators, the tariffs are a
 * mistake.", "In the opinion of Ada Moss, ...". The owner, a name or a
 * description headed by a word for people or an organisation, is the source,
 * the noun the cue. Null for any other "in" at `k` (none on PolNeAR train).
 */
function inViewOf(ctx: ReportedContext, k: number, sentence: Segment): Candidate | null {
  const { doc } = ctx;
  const noun = k + 2;
  if (noun + 2 >= sentence.last || tokenIn(doc, sentence, k + 1).lower !== 'the' || !IN_VIEW_NOUNS.has(tokenIn(doc, sentence, noun).lower) || tokenIn(doc, sentence, noun + 1).lower !== 'of') return null;
  if (ctx.quoted[noun] || ctx.removedNouns.has(tokenIn(doc, sentence, noun).lower)) return null;
  const first = noun + 2;
  let comma = first;
  while (comma < sentence.last && comma - first <= MAX_OWNER && tokenIn(doc, sentence, comma).value !== ',') comma++;
  if (comma >= sentence.last - 1 || comma === first || comma - first > MAX_OWNER) return null;
  for (let q = first; q < comma; q++) if (ctx.quoted[q] || /^(VERB|AUX)$/.test(tokenIn(doc, sentence, q).pos)) return null;
  const named = makeMention(doc, first, comma);
  const head = tokenIn(doc, sentence, comma - 1);
  // ("In the view of the hills, ...": only people or a body hold a view)
  const speaker = named !== null && named.kind === 'name' && named.first === first && named.last === comma ? named : head.pos === 'NOUN' && kindOfHead(head.lower) !== 'unknown' ? descriptionMention(doc, first, comma) : null;
  if (speaker === null) return null;
  const from = comma + 1;
  if (!clauseStartsAt(doc, from, sentence.last)) return null;
  const end = contentEnd(ctx, from, sentence);
  if (end - from < 3) return null;
  const cue: CueMatch = { first: noun, last: noun + 1, head: noun, lemma: tokenIn(doc, sentence, noun).lower, category: 'thought', negated: false, form: 'phrase' };
  return candidate(ctx, [range(doc, from, end)], cue, speaker, 'reported/in-view', CONFIDENCE);
}

/** Most tokens between "to" and its comma. */
const MAX_PHRASE = 8;
/** How sure the rule is. */
const CONFIDENCE = 0.6;

/** Finds the views credited through a fronted "to" when `thought` cues are reported. */
export function findToViews(ctx: ReportedContext, taken: readonly Candidate[]): Candidate[] {
  const { doc } = ctx;
  const out: Candidate[] = [];
  if (!ctx.categories.has('thought')) return out;
  let index: SpanIndex | null = null;
  for (let k = 0; k < tokenCount(doc); k++) {
    const t = maybeToken(doc, k)!;
    if ((t.lower !== 'to' && t.lower !== 'in') || ctx.quoted[k]) continue;
    const sentence = sentenceOf(doc, k);
    if (k !== sentence.first && !(k === sentence.first + 1 && LINKING_CONJUNCTIONS.has(tokenIn(doc, sentence, sentence.first).lower))) continue;
    if (t.lower === 'in') {
      const c = inView(ctx, k, sentence);
      if (c === null) continue;
      index ??= spanIndex([taken]);
      const prev = out[out.length - 1];
      const r = c.parts[0]!;
      if (overlapsIndex(index, r.start, r.end) || (prev !== undefined && prev.parts.some((p) => p.start < r.end && r.start < p.end))) continue;
      if (passesOptInBar(doc, c)) out.push(c);
      continue;
    }
    // the phrase runs to the first comma: a name, a word for people, or a possessive with its noun ("her supporters")
    let comma = k + 1;
    while (comma < sentence.last && comma - k <= MAX_PHRASE && tokenIn(doc, sentence, comma).value !== ',') comma++;
    if (comma >= sentence.last || comma - k > MAX_PHRASE || comma === k + 1) continue;
    const first = tokenIn(doc, sentence, k + 1);
    const people = comma === k + 2 && TO_VIEW_PEOPLE_WORDS.has(first.lower);
    const named = first.pos === 'PROPN' && /^\p{Lu}/u.test(first.value);
    // "To her supporters, ..." but not "To her surprise, ..." or "To his credit, ...": the noun must stand for people
    const last = tokenIn(doc, sentence, comma - 1);
    const owned = THIRD_POSSESSIVES.has(first.lower) && last.pos === 'NOUN' && kindOfHead(last.lower) !== 'unknown' && kindOfHead(last.lower) !== 'organization';
    if (!people && !named && !owned) continue;
    // "To Ada Moss, who ran, ...": a relative clause on the name, no view
    if (WHO_WHICH_RELATIVES.has(tokenIn(doc, sentence, comma + 1).lower)) continue;
    let ok = true;
    for (let q = k + 1; q < comma && ok; q++) if (ctx.quoted[q] || /^(VERB|AUX)$/.test(tokenIn(doc, sentence, q).pos)) ok = false;
    if (!ok) continue;
    const from = comma + 1;
    if (!clauseStartsAt(doc, from, sentence.last)) continue;
    const end = contentEnd(ctx, from, sentence);
    if (end - from < 3) continue;
    const r = range(doc, from, end);
    index ??= spanIndex([taken]);
    // `out` is in text order: only its last view can overlap this one
    const prev = out[out.length - 1];
    if (overlapsIndex(index, r.start, r.end) || (prev !== undefined && prev.parts.some((p) => p.start < r.end && r.start < p.end))) continue;
    const cue: CueMatch = { first: k, last: k + 1, head: k, lemma: 'to', category: 'thought', negated: false, form: 'phrase' };
    const speaker = makeMention(doc, k + 1, comma) ?? descriptionMention(doc, k + 1, comma);
    // "To Chicago, the team flew ...": a place or an organisation holds no view
    if (named && !people && !owned && (speaker === null || speaker.kind !== 'name' || !isPeopleKind(kindOfName(speaker.name)))) continue;
    const c = candidate(ctx, [r], cue, speaker, 'reported/to-view', CONFIDENCE);
    if (passesOptInBar(doc, c)) out.push(c);
  }
  return out;
}
