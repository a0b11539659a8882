/**
 * A person's name set off after the description in a source phrase:
 * `according to its lawyer, Ada Brook, ...` names Ada Brook, not "its lawyer"
 * (read by the rules `reported/according-to-*` in `source-phrase.ts`).
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { Mention } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { makeMention } from '../../speakers/phrase.js';
import { kindOfName } from '../../speakers/kinds.js';
import { PEOPLE_NOUNS } from '../../data/people.js';

/** Most words of a name in apposition to a source ("Sen. Ada Brook"). */
const MAX_APPOSITIVE_NAME = 4;

/**
 * The source of a source phrase widened over the person's name set off after
 * it, and the token after that name: `its lawyer, Ada Brook,` or `Varga's
 * spokesman, Ned Olsen.` name the person, with the description kept
 * (`description`) and the mention running over both. Only after a
 * description whose head (the token before `comma`) is a singular noun for a
 * person (`lawyer`, `spokesman`; not `an FBI summary of its investigation,
 * Cheryl Mills, ...` whose name opens the clause), and only when a comma or
 * the sentence's end closes the name (`According to the lawyer, Ada Brook
 * had ...` makes Ada Brook the clause's subject). `null` otherwise.
 * @param comma the token right after the source, which must be a comma
 * @param sentenceLast the token after the sentence
 */
export function sourceAppositiveName(doc: Doc, source: Mention, comma: number, sentenceLast: number): { speaker: Mention; end: number } | null {
  if (source.kind !== 'description' || comma >= sentenceLast || tokenAt(doc, comma).value !== ',') return null;
  const head = tokenAt(doc, comma - 1).lower;
  if (!PEOPLE_NOUNS.has(head) || /[^s]s$/.test(head)) return null;
  let end = comma + 1;
  while (end < sentenceLast && end - comma <= MAX_APPOSITIVE_NAME && isNameWord(doc, end)) end++;
  if (end === comma + 1 || end - comma > MAX_APPOSITIVE_NAME) return null;
  if (end < sentenceLast && !/^[,.;]$/.test(tokenAt(doc, end).value)) return null;
  const name = makeMention(doc, comma + 1, end);
  if (name === null || name.kind !== 'name' || name.first !== comma + 1 || name.last !== end || kindOfName(name.name) !== 'person') return null;
  return { speaker: { ...name, first: source.first, start: source.start, description: source.name }, end };
}

/** True when token `k` is a word of a name: a proper noun written with a capital. */
function isNameWord(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  return t.pos === 'PROPN' && /^\p{Lu}/u.test(t.value);
}
