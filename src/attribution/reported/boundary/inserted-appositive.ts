/**
 * The speaker's appositive inside an inserted attribution is no content: in
 * the invented `Rather than raise the fee, said Ann Lee, a senior analyst at
 * the port, the board wants the gap narrowed.` and `At the root of the
 * trouble, according to Tom Vale, another former envoy, was a decision to
 * wait.` the report resumes after the appositive ("the board wants ...",
 * "was a decision ..."), not at it. The appositive names a person: an article
 * or "another" before a people noun (`a senior analyst`, `another former
 * envoy`), or a bare title (`senior vice president for sales`); and what
 * follows its comma goes on with the report: a verb, or a clause with a
 * subject and a verb of its own.
 * @internal
 */
import { tokenAt } from '../../../prepare/lookup.js';
import type { Doc } from '../../../prepare/document.js';
import { APPOSITIVE_DETERMINERS, ARTICLES } from '../../../data/function-words.js';
import { PEOPLE_NOUNS } from '../../../data/people.js';
import { clauseStartsAt } from '../clause-start.js';
import { verbless } from '../verbless.js';

/**
 * True when tokens [from, end) open with an article (or "another") and name a
 * person before any preposition or comma: "a former mayor", "the clerk",
 * "another former envoy", "a spokesman for the firm" ({@link PEOPLE_NOUNS}).
 * @internal
 */
export function personAppositive(doc: Doc, from: number, end: number): boolean {
  if (!APPOSITIVE_DETERMINERS.has(tokenAt(doc, from).lower)) return false;
  for (let k = from + 1; k < end; k++) {
    const t = tokenAt(doc, k);
    if (t.pos === 'ADP' || t.value === ',') return false;
    if (PEOPLE_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** Most words of a bare title before its "of" phrase: "chief executive", "former deputy director". */
const MAX_BARE_TITLE = 3;

/**
 * True when tokens [from, end) open with a title with no article, of at most
 * {@link MAX_BARE_TITLE} nouns or adjectives, one of them naming a person
 * ({@link PEOPLE_NOUNS}), and end there or go on with a preposition: "president
 * of the union", "chief executive of Harbor Freight", "spokeswoman".
 * @internal
 */
export function bareTitleAppositive(doc: Doc, from: number, end: number): boolean {
  let person = false;
  let k = from;
  for (; k < end && k - from < MAX_BARE_TITLE; k++) {
    const t = tokenAt(doc, k);
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ') break;
    if (PEOPLE_NOUNS.has(t.lower)) person = true;
  }
  return person && k > from && (k === end || tokenAt(doc, k).pos === 'ADP');
}

/**
 * Where the content goes on after an appositive of the speaker at `from`
 * (tokens up to `end`, the content's end): past `a historian at the college,`
 * when a verb phrase follows it (`is that ...`), and past a person's
 * appositive (`a senior analyst,`, `another former envoy,`, `president of the
 * union,`) when a verb or a clause of its own follows; else `from`.
 * @internal
 */
export function afterAppositive(doc: Doc, from: number, end: number): number {
  const first = tokenAt(doc, from);
  const article = first.pos === 'DET' && ARTICLES.has(first.lower);
  for (let k = from + 1; k < end - 1; k++) {
    if (tokenAt(doc, k).value !== ',') continue;
    const next = tokenAt(doc, k + 1);
    const verb = next.pos === 'AUX' || (next.pos === 'VERB' && !/(ing|ed)$/.test(next.lower));
    if (!verbless(doc, from, k)) return from;
    if (article && verb) return k + 1;
    const person = personAppositive(doc, from, k) || bareTitleAppositive(doc, from, k);
    return person && (verb || clauseStartsAt(doc, k + 1, end)) ? k + 1 : from;
  }
  return from;
}
