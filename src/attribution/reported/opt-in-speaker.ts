/**
 * Speaker spans of opt-in attributions (thought, evidence, stance) as
 * annotated news marks them, widened after the rules found them:
 * - over an appositive between the speaker and its cue: `Tom Reyes, a former
 *   school board member, hopes that ...` credits "Tom Reyes, a former school
 *   board member" (an appositive that opens with a determiner, a noun or a
 *   name; not an aside such as ", for instance," or ", speaking in Ohio,");
 * - over a pollster name joined by a slash: `A Gazette/Metro News poll shows
 *   ...` credits "A Gazette/Metro News poll", not "Metro News poll";
 * - over a party or state tag: `Sen. Ada Moss (D-Ohio) opposed ...`;
 * - over the time of a poll right before its cue: `A Gazette poll in March
 *   found ...`;
 * - back over the first of two coordinated subjects: `She and her husband
 *   oppose ...`, `Neither the mayor nor his aides believe ...` (when the
 *   first opens the sentence or a clause, without a comma before the "and").
 * Only for the opt-in categories: the default output never changes.
 * @internal
 */
import type { Candidate, CueMatch, Mention } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { OPT_IN_CATEGORIES } from '../../options.js';
import { POLL_NOUNS } from '../../data/cues.js';
import { DAY_WORDS, MONTH_WORDS } from '../../data/time.js';
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

/** Words that may open a clause right before a coordinated subject: "where Ada Moss and her aides ...". */
const CLAUSE_OPENERS = new Set([':', 'and', 'but', 'where', 'when', 'that', 'because', 'while', 'if', 'as', 'whether', 'since', 'although', 'though']);
/** Words that open a pair of coordinated subjects: "Neither the mayor nor ...". */
const PAIR_OPENERS = new Set(['neither', 'either', 'both']);
/** Most tokens of the first coordinated subject. */
const MAX_CONJUNCT = 8;

/** The mention `m` widened back over "NP and" when NP opens its sentence or a clause; else `m`. */
function overCoordination(ctx: ReportedContext, m: Mention): Mention {
  const { doc } = ctx;
  if (m.first < 2 || m.antecedent) return m;
  const and = tokenAt(doc, m.first - 1);
  if (!/^(and|nor)$/.test(and.lower) || ctx.quoted[m.first - 1]) return m;
  let j = m.first - 1;
  let noun = false;
  while (j > 0 && m.first - 1 - j < MAX_CONJUNCT) {
    const t = tokenAt(doc, j - 1);
    if (ctx.quoted[j - 1] || t.sent !== and.sent || PAIR_OPENERS.has(t.lower)) break;
    const possessive = t.value === "'s" || t.value === '\u2019s';
    if (!/^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(t.pos) && !possessive && t.value !== '%' && t.lower !== 'of') break;
    if (/^(NOUN|PROPN|PRON)$/.test(t.pos)) noun = true;
    j--;
  }
  if (!noun || j === m.first - 1 || tokenAt(doc, j).lower === 'of') return m;
  if (j > 0 && PAIR_OPENERS.has(tokenAt(doc, j - 1).lower) && tokenAt(doc, j - 1).sent === and.sent) j--;
  const before = j > 0 ? tokenAt(doc, j - 1) : null;
  // the first subject opens its sentence, a clause ("where", ": "), or follows a fronted adverb ("First, she and ...")
  const opens = !before || before.sent !== and.sent || CLAUSE_OPENERS.has(before.lower) || (before.value === ',' && j > 1 && tokenAt(doc, j - 2).pos === 'ADV' && (j - 2 === 0 || tokenAt(doc, j - 3).sent !== and.sent));
  if (!opens) return m;
  return { ...m, first: j, start: tokenAt(doc, j).start };
}

/** Most tokens inside a party or state tag: "(R-N.H.)". */
const MAX_TAG = 8;

/** The mention `m` widened over a party or state tag right after it: "Sen. Ada Moss (D-Ohio)", "Gov. Tom Reyes (R)"; else `m`. */
function overTag(ctx: ReportedContext, m: Mention): Mention {
  const { doc } = ctx;
  const open = tokenAt(doc, m.last);
  if (open.value !== '(' || ctx.quoted[m.last]) return m;
  for (let k = m.last + 1; k < doc.tokens.length && k - m.last <= MAX_TAG; k++) {
    const t = tokenAt(doc, k);
    if (t.value === ')') return k > m.last + 1 ? { ...m, last: k + 1, end: t.end } : m;
    // a tag holds capitalised words, hyphens and dots only: "R-N.H.", "Tex."
    if (!/^([A-Z][A-Za-z.]*|[-.])$/.test(t.value)) return m;
  }
  return m;
}

/** Words that open the time of a poll: "in March", "last week", "this month". */
const WHEN_OPENERS = new Set(['in', 'last', 'this']);
/** Words that name that time. */
const WHEN_WORDS = new Set([...DAY_WORDS, ...MONTH_WORDS, 'week', 'month', 'year', 'weekend']);

/** The poll mention `m` widened over its time right before the cue: "A Gazette poll in March found ..."; else `m`. */
function overPollTime(ctx: ReportedContext, m: Mention, cue: CueMatch): Mention {
  const { doc } = ctx;
  if (m.last + 2 !== cue.first) return m;
  let poll = false;
  for (let k = m.first; k < m.last && !poll; k++) poll = POLL_NOUNS.has(tokenAt(doc, k).lower);
  if (!poll) return m;
  const opener = tokenAt(doc, m.last);
  const when = tokenAt(doc, m.last + 1);
  if (!WHEN_OPENERS.has(opener.lower) || !WHEN_WORDS.has(when.lower) || ctx.quoted[m.last] || ctx.quoted[m.last + 1]) return m;
  return { ...m, last: m.last + 2, end: when.end, name: m.kind === 'description' ? doc.text.slice(m.start, when.end) : m.name };
}

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
    const wide = overPollTime(ctx, overAppositive(ctx, overTag(ctx, overCoordination(ctx, overSlash(ctx.doc, m))), c.cue), c.cue);
    if (wide !== m) c.speaker = wide;
  }
}
