/**
 * Speaker spans of opt-in attributions (thought, evidence, stance) as
 * annotated news marks them, widened after the rules found them:
 * - over a pollster name joined by a slash: `A Gazette/Metro News poll shows
 *   ...` credits "A Gazette/Metro News poll", not "Metro News poll";
 * - over the time of a poll right before its cue: `A Gazette poll in March
 *   found ...`;
 * - back over the first of two coordinated subjects: `She and her husband
 *   oppose ...`, `Neither the mayor nor his aides believe ...` (when the
 *   first opens the sentence or a clause, without a comma before the "and").
 * Only for the opt-in categories (the speaker's appositive and party tag are
 * widened for every category, in `speaker-span.ts`).
 * @internal
 */
import type { Candidate, CueMatch, Mention } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { OPT_IN_CATEGORIES } from '../../options.js';
import { POLL_NOUNS } from '../../data/cues.js';
import { POLL_WHEN_WORDS, OPT_IN_WHEN_OPENERS } from '../../data/time.js';
import { COORDINATED_SUBJECT_OPENERS, PAIR_OPENERS } from '../../data/clauses.js';
import type { ReportedContext } from './shared.js';
import { PHRASE_OPENING_TAGS } from '../../data/tags.js';
import { SPEAKER_JOINING_CONJUNCTIONS } from '../../data/function-words.js';
import { mentionWith } from '../../speakers/shape.js';

/** Most tokens of a pollster name before a slash ("Des Moines Register" in "A Des Moines Register/Gazette poll"), its determiner and adjectives included. */
const MAX_BEFORE_SLASH = 6;

/** Most tokens of the first coordinated subject. */
const MAX_CONJUNCT = 8;

/**
 * The mention `m` widened back over "NP and" when NP opens its sentence or a
 * clause; else `m`. A description's name becomes the whole group ("Neither the
 * mayor nor his aides"); a name keeps its person.
 */
function overCoordination(ctx: ReportedContext, m: Mention): Mention {
  const { doc } = ctx;
  if (m.first < 2 || m.antecedent) return m;
  const and = tokenAt(doc, m.first - 1);
  if (!SPEAKER_JOINING_CONJUNCTIONS.has(and.lower) || ctx.quoted[m.first - 1]) return m;
  let j = m.first - 1;
  let noun = false;
  while (j > 0 && m.first - 1 - j < MAX_CONJUNCT) {
    const t = tokenAt(doc, j - 1);
    if (ctx.quoted[j - 1] || t.sent !== and.sent || PAIR_OPENERS.has(t.lower)) break;
    const possessive = t.value === "'s" || t.value === '\u2019s';
    if (!PHRASE_OPENING_TAGS.has(t.pos) && !possessive && t.value !== '%' && t.lower !== 'of') break;
    if (/^(NOUN|PROPN|PRON)$/.test(t.pos)) noun = true;
    j--;
  }
  if (!noun || j === m.first - 1 || tokenAt(doc, j).lower === 'of') return m;
  if (j > 0 && PAIR_OPENERS.has(tokenAt(doc, j - 1).lower) && tokenAt(doc, j - 1).sent === and.sent) j--;
  const before = j > 0 ? tokenAt(doc, j - 1) : null;
  // the first subject opens its sentence, a clause ("where", ": "), or follows a fronted adverb ("First, she and ...")
  const opens = !before || before.sent !== and.sent || COORDINATED_SUBJECT_OPENERS.has(before.lower) || (before.value === ',' && j > 1 && tokenAt(doc, j - 2).pos === 'ADV' && (j - 2 === 0 || tokenAt(doc, j - 3).sent !== and.sent));
  if (!opens) return m;
  const start = tokenAt(doc, j).start;
  // (a description names the whole group, as a pair found whole does: "his aides" of "Neither the mayor nor his aides")
  return mentionWith(m, { first: j, start, name: m.kind === 'description' ? doc.text.slice(start, m.end) : m.name });
}

/** The poll mention `m` widened over its time right before the cue: "A Gazette poll in March found ..."; else `m`. */
function overPollTime(ctx: ReportedContext, m: Mention, cue: CueMatch): Mention {
  const { doc } = ctx;
  if (m.last + 2 !== cue.first) return m;
  let poll = false;
  for (let k = m.first; k < m.last && !poll; k++) poll = POLL_NOUNS.has(tokenAt(doc, k).lower);
  if (!poll) return m;
  const opener = tokenAt(doc, m.last);
  const when = tokenAt(doc, m.last + 1);
  if (!OPT_IN_WHEN_OPENERS.has(opener.lower) || !POLL_WHEN_WORDS.has(when.lower) || ctx.quoted[m.last] || ctx.quoted[m.last + 1]) return m;
  return mentionWith(m, { last: m.last + 2, end: when.end, name: m.kind === 'description' ? doc.text.slice(m.start, when.end) : m.name });
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
  return mentionWith(m, { first, start, name: m.kind === 'description' ? doc.text.slice(start, m.end) : m.name });
}

/** Widens the speaker spans of the opt-in attributions in `list` that found their speaker themselves. */
export function widenOptInSpeakers(ctx: ReportedContext, list: readonly Candidate[]): void {
  for (const c of list) {
    const m = c.speaker;
    if (!m || c.via || !c.cue || !OPT_IN_CATEGORIES.has(c.cue.category)) continue;
    const wide = overPollTime(ctx, overCoordination(ctx, overSlash(ctx.doc, m)), c.cue);
    if (wide !== m) c.speaker = wide;
  }
}
