/**
 * Speaker spans over an "of" phrase after a speaker that follows its verb
 * cue, as annotated news marks them (PolNeAR train: the gold source holds the
 * phrase in nearly every case): `..., said Ada Moss of the Harbor Trust.`
 * credits "Ada Moss of the Harbor Trust". (Before the cue the phrase is part
 * of the speaker already: "Ada Moss of the Harbor Trust said ...".) The
 * mention's `name` does not change: only its span widens.
 * @internal
 */
import type { CueMatch, Mention } from '../candidate.js';
import { tokenAt, tokenCount } from '../../prepare/lookup.js';
import type { ReportedContext } from './shared.js';
import { DAY_OR_MONTH } from '../../data/time.js';
import { NAME_INNER_WORDS } from '../../data/function-words.js';
import { mentionWith } from '../../speakers/shape.js';

/** Most tokens an "of" phrase may have, "of" included. */
const MAX_OF_PHRASE = 10;
/** Parts of speech inside an "of" phrase: "the Harbor Trust", "the state's largest union", "Local 802". */
const PHRASE_POS = /^(DET|PROPN|NOUN|ADJ|NUM|PART)$/;
/** Tokens that end the phrase: a comma, a stop mark or the sentence's end. */
const PHRASE_ENDS = /^([,;:.!?()\u2014\u2013]|--)$/;

/**
 * The mention `m` of a name after its verb cue widened over "of" and the
 * noun phrase after it, up to a comma, a stop mark or the sentence's end:
 * `said Ada Moss of the Harbor Trust.`; else `m`. The phrase ends before any
 * word that is not a noun phrase's ("of the Harbor Trust | in a statement")
 * and before a quotation. Not after a phrase cue (`according to Ada Moss of
 * ...`).
 */
export function overOfPhrase(ctx: ReportedContext, m: Mention, cue: CueMatch): Mention {
  const { doc } = ctx;
  const of = m.last;
  if (cue.form === 'phrase' || m.kind !== 'name' || m.first < cue.last || of + 1 >= tokenCount(doc)) return m;
  const t = tokenAt(doc, of);
  if (t.lower !== 'of' || ctx.quoted[of] || t.sent !== tokenAt(doc, m.first).sent) return m;
  let end = of + 1;
  while (end < tokenCount(doc) && end - of < MAX_OF_PHRASE) {
    const w = tokenAt(doc, end);
    if (w.sent !== t.sent || PHRASE_ENDS.test(w.value)) break;
    // ("of the teachers' union": the apostrophe of a plural possessive, glued to its "s" and before a word, fix96)
    if (pluralApostrophe(ctx, end)) {
      end++;
      continue;
    }
    // ("the Committee for Fair Rents": a preposition inside a name's capitals; not "and", which may join a second speaker)
    const next = end + 1 < tokenCount(doc) ? tokenAt(doc, end + 1) : undefined;
    const named = NAME_INNER_WORDS.has(w.value.toLowerCase()) && next !== undefined && /^\p{Lu}/u.test(next.value) && !DAY_OR_MONTH.has(next.lower) && /^\p{Lu}/u.test(tokenAt(doc, end - 1).value);
    // (anything else ends it: "of the Harbor Trust | in a statement")
    if (ctx.quoted[end] || (!PHRASE_POS.test(w.pos) && !named)) break;
    end++;
  }
  if (end === of + 1 || end - of >= MAX_OF_PHRASE) return m;
  return mentionWith(m, { last: end, end: tokenAt(doc, end - 1).end });
}

/**
 * True when token `k` is the bare apostrophe of a plural possessive inside
 * the phrase: glued to a word ending in "s", a space and a word after it, in
 * one sentence and outside any quotation ("the teachers' union").
 */
function pluralApostrophe(ctx: ReportedContext, k: number): boolean {
  const { doc } = ctx;
  const t = tokenAt(doc, k);
  if ((t.value !== "'" && t.value !== '\u2019') || k + 1 >= tokenCount(doc) || ctx.quoted[k]) return false;
  const prev = tokenAt(doc, k - 1);
  const next = tokenAt(doc, k + 1);
  return prev.end === t.start && /\p{L}s$/iu.test(prev.value) && next.start > t.end && /^\p{L}/u.test(next.value) && next.sent === t.sent;
}
