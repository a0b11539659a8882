/**
 * Speaker spans of opt-in attributions (thought, evidence, stance) as
 * annotated news marks them, widened after the rules found them:
 * - over an appositive between the speaker and its cue: `Tom Reyes, a former
 *   school board member, hopes that ...` credits "Tom Reyes, a former school
 *   board member" (an appositive that opens with a determiner, a noun or a
 *   name; not an aside such as ", for instance," or ", speaking in Ohio,");
 * - over a pollster name joined by a slash: `A Gazette/Metro News poll shows
 *   ...` credits "A Gazette/Metro News poll", not "Metro News poll".
 * Only for the opt-in categories: the default output never changes.
 * @internal
 */
import type { Candidate, CueMatch, Mention } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { OPT_IN_CATEGORIES } from '../../options.js';
import type { ReportedContext } from './shared.js';

/** Most tokens an appositive may have. */
const MAX_APPOSITIVE = 30;
/** Parts of speech that may open an appositive: "a former mayor", "his chief of staff", "executive director of ...", "Ada Moss and Tom Reyes". */
const APPOSITIVE_OPENERS = /^(DET|NOUN|PROPN)$/;
/** Words that open a relative clause inside an appositive, after which verbs may come: "a pollster who worked on ...". */
const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'which', 'that']);
/** Tokens that end the search for the comma closing an appositive. */
const APPOSITIVE_STOPS = /^([;:()\u2014\u2013"\u201c\u201d]|--)$/;
/** Most tokens of a pollster name before a slash ("Des Moines Register" in "A Des Moines Register/Gazette poll"), its determiner and adjectives included. */
const MAX_BEFORE_SLASH = 6;

/** The mention `m` widened over ", APPOSITIVE," when that appositive runs up to the cue (adverbs aside); else `m`. */
function overAppositive(ctx: ReportedContext, m: Mention, cue: CueMatch): Mention {
  const { doc } = ctx;
  const comma = m.last;
  if (comma + 1 >= cue.first || tokenAt(doc, comma).value !== ',' || ctx.quoted[comma]) return m;
  const opener = tokenAt(doc, comma + 1);
  if (!APPOSITIVE_OPENERS.test(opener.pos)) return m;
  let close = -1;
  let relative = false;
  for (let k = comma + 1; k < cue.first && k - comma <= MAX_APPOSITIVE; k++) {
    const t = tokenAt(doc, k);
    if (ctx.quoted[k] || APPOSITIVE_STOPS.test(t.value) || t.sent !== opener.sent) return m;
    if (RELATIVE_WORDS.has(t.lower)) relative = true;
    // "Disillusioned, Mr. Mitchell resigned, ...": a verb of its own makes a clause, not an appositive
    // ("a book calling for ...", "a pollster who worked on ..." stay appositives)
    // (a capitalised word is a name the tagger misread: "Will Rush")
    if (!relative && /^(VERB|AUX)$/.test(t.pos) && !/ing$/.test(t.lower) && !/^\p{Lu}/u.test(t.value)) return m;
    if (t.value === ',') {
      close = k;
      break;
    }
  }
  if (close < 0 || close === comma + 1) return m;
  // only adverbs between the closing comma and the cue: "..., also declined"
  for (let k = close + 1; k < cue.first; k++) if (tokenAt(doc, k).pos !== 'ADV') return m;
  return { ...m, last: close, end: tokenAt(doc, close - 1).end };
}

/** The mention `m` widened back over "NAME/" glued to its first token and the determiner and adjectives before that name; else `m`. */
function overSlash(doc: Doc, m: Mention): Mention {
  if (m.first < 2) return m;
  const slash = tokenAt(doc, m.first - 1);
  const before = tokenAt(doc, m.first - 2);
  if (slash.value !== '/' || slash.end !== m.start || before.end !== slash.start || before.sent !== slash.sent) return m;
  let first = m.first - 2;
  while (first > 0 && m.first - 1 - first < MAX_BEFORE_SLASH) {
    const t = tokenAt(doc, first - 1);
    if (t.sent !== slash.sent || !/^(PROPN|ADJ|DET)$/.test(t.pos)) break;
    first--;
    if (t.pos === 'DET') break;
  }
  const start = tokenAt(doc, first).start;
  return { ...m, first, start, name: m.kind === 'description' ? doc.text.slice(start, m.end) : m.name };
}

/** Widens the speaker spans of the opt-in attributions in `list` that found their speaker themselves. */
export function widenOptInSpeakers(ctx: ReportedContext, list: readonly Candidate[]): void {
  for (const c of list) {
    const m = c.speaker;
    if (!m || c.via || !c.cue || !OPT_IN_CATEGORIES.has(c.cue.category)) continue;
    const wide = overAppositive(ctx, overSlash(ctx.doc, m), c.cue);
    if (wide !== m) c.speaker = wide;
  }
}
