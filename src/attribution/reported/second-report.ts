/**
 * Where a reported clause ends when a second report follows it in the same
 * sentence with a subject of its own and a verb of saying or thinking, a cue
 * of this extraction or a reporting verb whose category is off: `said the
 * levy would pass, though Mr. Ortiz believes it will fail`, `said the levy
 * would pass, even as critics warned it would fail`, `... unpopular — the
 * treasurer also believes that ...`. The second report is not part of what
 * the first speaker said.
 * @internal
 */
import { isMarkToken, tokenAt } from '../../prepare/lookup.js';
import { REPORTING_VERBS } from '../../data/cues.js';
import { SECOND_REPORT_OPENERS, RELATIVE_CLAUSE_WORDS } from '../../data/clauses.js';
import { cueHeadAt, spacedDash, type ReportedContext } from './shared.js';
import { clauseStartsAt } from './clause-start.js';
import { NOUN_PHRASE_TAGS } from '../../data/tags.js';

/** Parts of speech in the short subject of the second report: "critics", "most analysts", "the mayor's aides", "he". */
const SUBJECT_POS: ReadonlySet<string> = NOUN_PHRASE_TAGS;
/** How many words the second report's subject may have. */
const MAX_SUBJECT = 5;
/** How far into a content the second report is looked for, in tokens. */
const MAX_SCAN = 120;

/**
 * The first token of the boundary before a short subject that ends at `verb`:
 * the comma before an opener ("..., though critics"), before "even as"
 * ("..., even as critics"), or before the subject itself; -1 when the words
 * before the verb are no short subject after such a boundary.
 */
function boundaryBefore(ctx: ReportedContext, from: number, verb: number): number {
  const { doc } = ctx;
  let k = verb - 1;
  // an adverb or an auxiliary between subject and verb: "critics still believe", "aides have said"
  while (k > from && /^(ADV|AUX|PART)$/.test(tokenAt(doc, k).pos) && verb - k <= 3) k--;
  const last = k;
  while (k > from && last - k < MAX_SUBJECT && SUBJECT_POS.has(tokenAt(doc, k).pos) && !ctx.quoted[k] && !SECOND_REPORT_OPENERS.has(tokenAt(doc, k).lower)) k--;
  if (k === last || k <= from) return -1;
  const subjectFirst = k + 1;
  const head = tokenAt(doc, subjectFirst);
  // "that", "which", "who" open a relative clause: "..., which critics say ..." is the narrator's own business
  if (RELATIVE_CLAUSE_WORDS.has(head.lower)) return -1;
  let b = k;
  // an adverb after the opener: "..., but ultimately critics believe ..."
  // (a manner adverb in -ly only: "but when Ortiz spoke" opens a clause of time)
  if (tokenAt(doc, b).pos === 'ADV' && /ly$/.test(tokenAt(doc, b).lower) && SECOND_REPORT_OPENERS.has(tokenAt(doc, b - 1).lower)) b--;
  // a dash before the subject: "... — the actress also pointed out that ..."
  if (spacedDash(ctx, b) && !ctx.quoted[b]) return b > from + 1 ? b : -1;
  const opener = tokenAt(doc, b).lower;
  if (opener === 'as' && tokenAt(doc, b - 1).lower === 'even') b -= 2;
  else if (SECOND_REPORT_OPENERS.has(opener)) b -= 1;
  else return -1;
  if (b <= from || ctx.quoted[b]) return -1;
  return tokenAt(doc, b).value === ',' ? b : -1;
}

/**
 * The end of content `[from, end)` once a second report with a subject of its
 * own is cut off: a comma and "but", "though", "although", "while",
 * "whereas", "and", "yet" or "even as" (an adverb in -ly may follow: "but
 * ultimately"), or a dash, then a subject of at most five words and a
 * verb that reports a clause ("say", "believe", "doubt", "warn", ...) that no
 * cue of this extraction stands at, followed by "that" or a clause. Only after
 * the content has a verb of its own.
 */
export function cutAtSecondReport(ctx: ReportedContext, from: number, end: number): number {
  const { doc } = ctx;
  const stop = Math.min(end - 1, from + MAX_SCAN);
  let sawVerb = false;
  for (let k = from + 1; k < stop; k++) {
    const t = tokenAt(doc, k);
    if (ctx.quoted[k] || isMarkToken(t.value)) continue;
    if (t.pos !== 'VERB') {
      if (t.pos === 'AUX') sawVerb = true;
      continue;
    }
    const reporting = REPORTING_VERBS.has(t.lemma) || cueHeadAt(ctx, k);
    if (!reporting) {
      sawVerb = true;
      continue;
    }
    const next = tokenAt(doc, k + 1);
    const reports = next.lower === 'that' || clauseStartsAt(doc, k + 1, end);
    if (sawVerb && reports) {
      const b = boundaryBefore(ctx, from, k);
      if (b > from + 1) return b;
    }
    sawVerb = true;
  }
  return end;
}

