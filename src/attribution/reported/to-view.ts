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
import { tokenIn } from '../../prepare/lookup.js';
import { makeMention } from '../../speakers/phrase.js';
import { passesOptInBar } from './opt-in.js';
import { candidate, clauseStartsAt, contentEnd, descriptionMention, range, sentenceOf, spanTaken, type ReportedContext } from './shared.js';

/** Words for people that may stand alone after "to": "To many, ...". */
const PEOPLE_WORDS = new Set(['them', 'him', 'her', 'me', 'us', 'many', 'others', 'some', 'most']);
/** Words that may open the sentence before "to". */
const OPENERS = new Set(['but', 'and', 'yet']);
/** Most tokens between "to" and its comma. */
const MAX_PHRASE = 8;
/** How sure the rule is. */
const CONFIDENCE = 0.6;

/** Finds the views credited through a fronted "to" when `thought` cues are reported. */
export function findToViews(ctx: ReportedContext, taken: readonly Candidate[]): Candidate[] {
  const { doc } = ctx;
  const out: Candidate[] = [];
  if (!ctx.categories.has('thought')) return out;
  for (let k = 0; k < doc.tokens.length; k++) {
    const t = doc.tokens[k]!;
    if (t.lower !== 'to' || ctx.quoted[k]) continue;
    const sentence = sentenceOf(doc, k);
    if (k !== sentence.first && !(k === sentence.first + 1 && OPENERS.has(tokenIn(doc, sentence, sentence.first).lower))) continue;
    // the phrase runs to the first comma: a name, a word for people, or a possessive with its noun ("her supporters")
    let comma = k + 1;
    while (comma < sentence.last && comma - k <= MAX_PHRASE && tokenIn(doc, sentence, comma).value !== ',') comma++;
    if (comma >= sentence.last || comma - k > MAX_PHRASE || comma === k + 1) continue;
    const first = tokenIn(doc, sentence, k + 1);
    const people = comma === k + 2 && PEOPLE_WORDS.has(first.lower);
    const named = first.pos === 'PROPN' && /^\p{Lu}/u.test(first.value);
    const owned = /^(his|her|their|its)$/.test(first.lower) && tokenIn(doc, sentence, comma - 1).pos === 'NOUN';
    if (!people && !named && !owned) continue;
    let ok = true;
    for (let q = k + 1; q < comma && ok; q++) if (ctx.quoted[q] || /^(VERB|AUX)$/.test(tokenIn(doc, sentence, q).pos)) ok = false;
    if (!ok) continue;
    const from = comma + 1;
    if (!clauseStartsAt(doc, from, sentence.last)) continue;
    const end = contentEnd(ctx, from, sentence);
    if (end - from < 3) continue;
    const r = range(doc, from, end);
    if (spanTaken([taken, out], r.start, r.end)) continue;
    const cue: CueMatch = { first: k, last: k + 1, head: k, lemma: 'to', category: 'thought', negated: false, form: 'phrase' };
    const speaker = makeMention(doc, k + 1, comma) ?? descriptionMention(doc, k + 1, comma);
    const c = candidate(ctx, [r], cue, speaker, 'reported/to-view', CONFIDENCE);
    if (passesOptInBar(doc, c)) out.push(c);
  }
  return out;
}
