/**
 * Where reported content ends inside its sentence: the narrator's additions are
 * not part of what was said. This file keeps the order of the cuts
 * ({@link clauseEnd}); each family of cuts lives in a file of its own under
 * `boundary/`: a narrator's aside that closes (`asides.ts`), the terms, a
 * parenthesis or an appositive at the end (`narrator-tail.ts`), a second
 * clause (`second-clause.ts`), the occasion or medium it was said on
 * (`occasion.ts`), a span of time after a quoted object
 * (`after-quoted-object.ts`), an object's list or appositive name
 * (`object-list.ts`), an opt-in infinitive inside a relative clause
 * (`relative-infinitive.ts`), a headline's teaser after a dash
 * (`headline-teaser.ts`), and where content starts (`openings.ts`).
 * @internal
 */
import { lowerBound } from '../../prepare/lookup.js';
import type { Segment } from '../../prepare/document.js';
import { cutAtSecondReport } from './second-report.js';
import { headOf, cutAtMainClause, type ReportedContext } from './shared.js';
import { contentEnd } from './content-end.js';
import { cutAtNextAttribution } from './next-attribution.js';
import { cutAtAsideClose } from './boundary/asides.js';
import { cutWithAbsolute, cutConditionTail, cutNarratorTail } from './boundary/narrator-tail.js';
import { cutSecondClause } from './boundary/second-clause.js';
import { cutHeadlineTeaser } from './boundary/headline-teaser.js';


/**
 * Where a reported clause that starts at token `p` ends, for a cue whose first
 * token is `cueFirst` in `sentence`: the content end of `within` (the sentence
 * that holds `p`), cut at the next attribution, at a main clause after a
 * fronted cue, before a narrator's tail, before a second clause and before a
 * headline's teaser.
 */
export function clauseEnd(ctx: ReportedContext, sentence: Segment, cueFirst: number, p: number, within: Segment = sentence): number {
  let end = cutAtAsideClose(ctx, sentence, cueFirst, p, cutAtNextAttribution(ctx, p, contentEnd(ctx, p, within), true));
  end = cutAtSecondReport(ctx, p, end);
  const cue = ctx.cues[lowerBound(ctx.cues, cueFirst, headOf)];
  // (content goes on past the comma inside "Dalton, Ga." and "Pella, Iowa")
  end = cutAtMainClause(ctx, sentence, cueFirst, p, end);
  end = cutNarratorTail(ctx, p, cutConditionTail(ctx, p, end));
  // a finding's "while" tail is the evidence stage's to judge (evidence-tail.ts)
  return cutHeadlineTeaser(ctx, p, cutWithAbsolute(ctx, p, cutSecondClause(ctx, p, end, !(cue && cue.first === cueFirst && cue.category === 'evidence'))));
}
