/**
 * Speaker spans over a description set before the speaker's name, as
 * annotated news marks them (PolNeAR train: the gold source holds the
 * description in most cases when it opens its clause), for every cue
 * category: `The harbor's spokesman, Tom Reyes, said ...` credits "The
 * harbor's spokesman, Tom Reyes", and `..., said a close friend from school,
 * Ada Moss.` credits "a close friend from school, Ada Moss". The description
 * must open its sentence or clause (after a comma, a quotation, a cue or a
 * leading "and", "but", "when", "as"), hold a common noun, end on a noun and
 * hold no verb of its own; before the cue a comma must close the name
 * (`The plan, Tom Reyes said, ...` is a parenthetical, not a description).
 * The mention's `name` does not change: only its span widens.
 * @internal
 */
import { afterCommaAside } from './speaker-aside.js';
import type { CueMatch, Mention } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import type { ReportedContext } from './shared.js';
import { participleModifier } from './speaker-appositive.js';
import { TIME_POINT_WORDS } from '../../data/time.js';
import { DESCRIPTION_CLAUSE_OPENERS, CLAUSE_RELATIVES } from '../../data/clauses.js';
import { mentionWith } from '../../speakers/shape.js';

/** Most tokens a leading description may have. */
const MAX_DESCRIPTION = 12;
/** Tokens that end the leftward search for the description's first word. */
const DESCRIPTION_STOPS = /^([,;:()\u2014\u2013"\u201c\u201d\u2018]|--|''|``)$/;
/** Parts of speech that may open a description: "the", "his", "Nevada's", "One", "former". */
const DESCRIPTION_OPENERS = /^(DET|PRON|PROPN|NOUN|ADJ|NUM)$/;

/** True when token `k` closes a quotation with an apostrophe after punctuation: the second mark of `,''`, or `,'`. */
function closingApostrophe(ctx: ReportedContext, k: number): boolean {
  const t = tokenAt(ctx.doc, k);
  return /^['\u2019]$/u.test(t.value) && k > 0 && tokenAt(ctx.doc, k - 1).pos === 'PUNCT';
}

/**
 * True when token `k` is a hyphen set off by spaces, a dash typed as a
 * hyphen: the one after a dateline in "CAIRO - The head of the army, Gen.
 * Ali Omar, said".
 */
function spacedHyphen(ctx: ReportedContext, k: number): boolean {
  const t = tokenAt(ctx.doc, k);
  return t.value === '-' && k > 0 && tokenAt(ctx.doc, k - 1).end < t.start && tokenAt(ctx.doc, k + 1).start > t.end;
}

/**
 * The mention `m` of a name widened leftwards over "DESCRIPTION, " right
 * before it: `the harbor spokesman, Tom Reyes, said` gives "the harbor
 * spokesman, Tom Reyes"; else `m`.
 */
export function overLeadingDescription(ctx: ReportedContext, m: Mention, cue: CueMatch): Mention {
  const { doc } = ctx;
  const comma = m.first - 1;
  // (a name, not a description that the tagger read as one: "a Democratic group")
  if (m.kind !== 'name' || comma < 1 || cue.form === 'phrase' || tokenAt(doc, m.first).pos === 'DET') return m;
  const c = tokenAt(doc, comma);
  const sent = tokenAt(doc, m.first).sent;
  if (c.value !== ',' || ctx.quoted[comma] || c.sent !== sent) return m;
  const after = m.first >= cue.last;
  if (!after) {
    // before the cue: a comma closes the name, then only adverbs up to the cue ("Tom Reyes, also said")
    const close = m.last;
    if (close >= cue.first || tokenAt(doc, close).value !== ',') return m;
    for (let k = close + 1; k < cue.first; k++) {
      // (and an aside set off by commas: "Tom Reyes, of course, said")
      const aside = afterCommaAside(ctx, k, cue.first);
      if (aside > k) k = aside - 1;
      else if (tokenAt(doc, k).pos !== 'ADV') return m;
    }
  }
  // the description's first word: back to a stop mark, the sentence's start or the cue
  let s = comma;
  while (s > 0 && comma - s < MAX_DESCRIPTION) {
    const t = tokenAt(doc, s - 1);
    if (t.sent !== sent || ctx.quoted[s - 1] || DESCRIPTION_STOPS.test(t.value) || spacedHyphen(ctx, s - 1) || closingApostrophe(ctx, s - 1) || (after && s - 1 < cue.last)) break;
    s--;
  }
  if (comma - s >= MAX_DESCRIPTION) return m;
  if (after && s !== cue.last) return m;
  while (s < comma && DESCRIPTION_CLAUSE_OPENERS.has(tokenAt(doc, s).lower)) s++;
  if (s >= comma) return m;
  const open = tokenAt(doc, s);
  const head = tokenAt(doc, comma - 1);
  if (!DESCRIPTION_OPENERS.test(open.pos) || !/^(NOUN|PROPN)$/.test(head.pos) || TIME_POINT_WORDS.has(head.lower)) return m;
  // (a participle clause, whatever its tag: "Opening the hearing, Ada Moss, ...")
  if (/(ing|ed)$/.test(open.lower)) return m;
  let noun = false;
  for (let k = s; k < comma; k++) {
    const t = tokenAt(doc, k);
    if (t.pos === 'NOUN' && !TIME_POINT_WORDS.has(t.lower)) noun = true;
    if (/^(VERB|AUX|SCONJ)$/.test(t.pos) && !/^\p{Lu}/u.test(t.value) && !participleModifier(ctx, k)) return m;
    if (CLAUSE_RELATIVES.has(t.lower)) return m;
  }
  if (!noun) return m;
  return mentionWith(m, { first: s, start: open.start });
}

