/**
 * Rule `reported/warned-listener`: a verb of warning with its listener and
 * what it warns against, `Ms. Ortiz warned the pilots against sailing in fog.`
 * Annotated news takes the listener with the warning as the content ("the
 * pilots against sailing in fog"). A listener alone is no content: `She warned
 * the crew.` yields nothing, nor does "of" that belongs to the listener
 * (`She warned members of the board.`: "of" is the warning before a gerund,
 * a clause, an indefinite noun phrase or a danger, `warned the crew of the
 * risk of fog`; otherwise the listener goes on to a later against/about:
 * `warned members of the board against selling`). Lower confidence than a clause, so
 * `minConfidence` can drop it.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import type { Doc } from '../../prepare/document.js';
import { WARNING_NOUNS, WARNING_PREPOSITIONS } from '../../data/cues.js';
import { WARNING_CLAUSE_OPENERS } from '../../data/clauses.js';
import { sentenceOf, type ReportedContext } from './shared.js';
import { passiveCue } from './cue-subject.js';
import { objectAt } from './object.js';
import { INDEFINITE_ARTICLES } from '../../data/function-words.js';
import { NOUN_HEADED_PHRASE_TAGS } from '../../data/tags.js';

/** How many words the listener may have: "the harbor pilots of the north shore". */
const MAX_LISTENER = 8;

/** Parts of speech of a listener phrase: "the pilots", "Port Alden's council", "two big banks". */
const LISTENER_POS: ReadonlySet<string> = NOUN_HEADED_PHRASE_TAGS;

/** True when the words at `p`, after "of", are a warning: a gerund or a clause, not the rest of a listener. */
function warningAfterOf(doc: Doc, p: number): boolean {
  const t = tokenAt(doc, p);
  return WARNING_CLAUSE_OPENERS.has(t.lower) || (/ing$/.test(t.lower) && (t.pos === 'VERB' || t.pos === 'NOUN'));
}

/**
 * True when the noun phrase at `p`, after "of", is a warning: it opens with
 * an indefinite article ("of a sharp slowdown") or names a danger ("of the
 * risk of flooding"). `last` is the end of the sentence.
 */
function warningNounPhrase(doc: Doc, p: number, last: number): boolean {
  if (INDEFINITE_ARTICLES.has(tokenAt(doc, p).lower)) return true;
  for (let k = p; k < last && k - p < MAX_LISTENER && LISTENER_POS.has(tokenAt(doc, k).pos); k++) {
    if (WARNING_NOUNS.has(tokenAt(doc, k).lower)) return true;
  }
  return false;
}

/** `X warned the pilots against sailing in fog`: the listener, then the warning's preposition. */
export function warnedListener(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  const prepositions = WARNING_PREPOSITIONS.get(cue.lemma);
  if (!prepositions || cue.form !== 'verb' || passiveCue(doc, cue)) return null;
  const sentence = sentenceOf(doc, cue.head);
  const p = cue.last;
  let k = p;
  while (k < sentence.last && k - p < MAX_LISTENER && LISTENER_POS.has(tokenAt(doc, k).pos) && !ctx.quoted[k]) k++;
  if (k === p || k + 1 >= sentence.last || !prepositions.has(tokenAt(doc, k).lower)) return null;
  // "warned members of the board", "warned residents of the north shore": "of" belongs to the listener unless a
  // gerund, a clause, an indefinite noun phrase or a danger follows it ("warned the crew of sailing in fog",
  // "warned them of what could happen", "warned investors of a slowdown", "warned residents of the risk of flooding");
  // a listener with "of" may go on to the warning's preposition ("warned members of the board against selling")
  if (tokenAt(doc, k).lower === 'of' && !warningAfterOf(doc, k + 1) && !warningNounPhrase(doc, k + 1, sentence.last)) {
    let j = k + 1;
    while (j < sentence.last && j - p < MAX_LISTENER && LISTENER_POS.has(tokenAt(doc, j).pos) && !ctx.quoted[j]) j++;
    const w = tokenAt(doc, j).lower;
    if (j === k + 1 || j + 1 >= sentence.last || w === 'of' || !prepositions.has(w)) return null;
  }
  return objectAt(ctx, cue, sentence, p, 'reported/warned-listener');
}
