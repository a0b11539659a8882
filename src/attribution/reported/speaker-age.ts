/**
 * Speaker spans over the speaker's age, as annotated news marks them, for
 * every cue category: `Ada Moss, 53, said ...` credits "Ada Moss, 53" and
 * `Ada Moss, 53, a retired nurse, backed ...` credits "Ada Moss, 53, a
 * retired nurse" (PolNeAR train: the gold source holds the age far more often
 * than not when the speaker comes before its cue). Only before the cue: after
 * it (`said Ada Moss, 53, of Dayton.`) gold is split. The mention's `name`
 * does not change: only its span widens.
 * @internal
 */
import type { CueMatch, Mention } from '../candidate.js';
import { onlyAdverbs, tokenAt } from '../../prepare/lookup.js';
import type { ReportedContext } from './shared.js';
import { mentionWith } from '../../speakers/shape.js';

/** An age: a whole number from 1 to 119 ("53", not "53.5", "1,200" or "2016"). */
const AGE = /^(?:[1-9]|[1-9]\d|1[01]\d)$/;

/**
 * The mention `m` of a speaker before its cue widened over ", AGE" when a comma
 * closes the age: `Ada Moss, 53, said` gives "Ada Moss, 53" (the appositive
 * rule may then go on over `, a retired nurse,`); else `m`. Not a count
 * (`Reyes, 12 percent`: no comma after the number) and never across a
 * quotation mark or a sentence end.
 */
export function overAge(ctx: ReportedContext, m: Mention, cue: CueMatch): Mention {
  const { doc } = ctx;
  const comma = m.last;
  // ", AGE ," all before the cue
  if (comma + 2 >= cue.first) return m;
  const open = tokenAt(doc, comma);
  const age = tokenAt(doc, comma + 1);
  const close = tokenAt(doc, comma + 2);
  if (open.value !== ',' || close.value !== ',' || !AGE.test(age.value)) return m;
  if (ctx.quoted[comma] || ctx.quoted[comma + 1] || ctx.quoted[comma + 2]) return m;
  if (age.sent !== tokenAt(doc, m.first).sent || close.sent !== age.sent) return m;
  return mentionWith(m, { last: comma + 2, end: age.end });
}

/**
 * True when the age widening `aged` of a speaker before `cue` reaches its cue
 * once the appositive rule has run (`widened`): either the appositive went on
 * past the age, or only adverbs stand between the comma after the age and the
 * cue (`Ada Moss, 53, also said`). Not `Ada Moss, 53, who lives in Dayton,
 * said`, where gold keeps the name alone.
 */
export function ageReachesCue(ctx: ReportedContext, aged: Mention, widened: Mention, cue: CueMatch): boolean {
  if (widened.last > aged.last) return true;
  return onlyAdverbs(ctx.doc, aged.last + 1, cue.first);
}
