/**
 * Speaker spans over the possessive mark of a noun cue's owner, as annotated
 * news marks them (PolNeAR train: the gold source holds the "'s" in most
 * cases): `Tom Reyes's claim that ...` credits "Tom Reyes's", `the
 * campaign's warning that ...` credits "the campaign's". The mention's `name`
 * does not change ("Tom Reyes"): only its span widens.
 * @internal
 */
import type { CueMatch, Mention } from '../candidate.js';
import { tokenAt, tokenCount } from '../../prepare/lookup.js';
import type { ReportedContext } from './shared.js';
import { mentionWith } from '../../speakers/shape.js';

/** A possessive mark as its own token: "'s", "’s", or the lone apostrophe of a plural ("the unions'"). */
const POSSESSIVE_MARK = /^(['\u2019]s|['\u2019])$/iu;
/** Most tokens between the possessive mark and its noun cue: "Reyes's | by-now-familiar | claim". */
const MAX_BETWEEN = 6;

/**
 * The mention `m` widened over the possessive mark right after it when the
 * cue it owns follows within a few words of the same sentence: `Tom Reyes's
 * claim`; else `m`. A pronoun ("his claim") has no mark to take.
 */
export function overPossessive(ctx: ReportedContext, m: Mention, cue: CueMatch): Mention {
  const { doc } = ctx;
  const mark = m.last;
  if (m.kind === 'pronoun' || mark >= tokenCount(doc) || cue.first <= mark || cue.first - mark - 1 > MAX_BETWEEN) return m;
  const t = tokenAt(doc, mark);
  // (glued to the owner: "Reyes's", not a quotation mark after a space)
  if (!POSSESSIVE_MARK.test(t.value) || t.start !== m.end || ctx.quoted[mark] || t.sent !== tokenAt(doc, cue.first).sent) return m;
  // (a description keeps its head noun, which tells its kind: "the campaign" an organization, not the mark)
  return m.kind === 'description' ? mentionWith(m, { last: mark + 1, end: t.end, head: m.head ?? mark - 1 }) : mentionWith(m, { last: mark + 1, end: t.end });
}
