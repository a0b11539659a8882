/**
 * Where the noun-phrase object of a cue goes on past a comma: a list of noun
 * phrases that closes the sentence ("praised the new library, two parks and
 * a clinic.") is one object, not a first item and the narrator's aside.
 * @internal
 */
import { tokenAt } from '../../../prepare/lookup.js';
import { END, type ReportedContext } from '../shared.js';
import { LIST_COMMENT_OPENERS, LIST_POSSESSIVES, LIST_STOP_WORDS } from '../../../data/noun-list.js';
import { LIST_CONJUNCTIONS } from '../../../data/function-words.js';
import { TIME_OR_MONTH_WORDS } from '../../../data/time.js';
import { NOMINAL_TAGS } from '../../../data/tags.js';

/** Tags a list item may not hold: a verb or a clause opener makes the rest a clause of its own. */
const CLAUSE_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'SCONJ', 'INTJ']);

/** Tags that make a list item a noun phrase. */
const NOUN_TAGS: ReadonlySet<string> = NOMINAL_TAGS;

/**
 * The end (exclusive token index) of the object that starts at token `p` when
 * the comma at token `k` goes on into a list of noun phrases that closes the
 * sentence: ", B and C." or ", B, C, or D." (the invented "The mayor praised
 * the new library, two parks and a clinic." gives "the new library, two parks
 * and a clinic"); -1 otherwise. The object before the comma and every item
 * hold no verb, no clause opener, no time word ("last year") and no quotation mark; each item holds a
 * noun, a name or a number and opens with no preposition, and an item before the conjunction that opens with
 * "a", "an" or a time noun holds none but "of" (", a victory for the city and its workers" is a comment whose
 * "and" joins the preposition's objects); exactly one "and" or "or" joins the last item, and
 * no comma follows it. A pronoun may only be a possessive ("her support for
 * the plan"). Called for default cues only: opt-in contents have their own
 * list rule (`reported/opt-in-noun-list.ts`). Measured on PolNeAR train (see
 * CHANGELOG).
 *
 * @param ctx - The extraction context.
 * @param p - The object's first token.
 * @param k - The comma that would end the object.
 * @param last - The sentence's end (exclusive token index).
 */
export function nounListEnd(ctx: ReportedContext, p: number, k: number, last: number): number {
  const { doc } = ctx;
  if (k <= p || tokenAt(doc, k).value !== ',' || ctx.quoted[k]) return -1;
  for (let j = p; j < k; j++) if (ctx.quoted[j] || !itemWord(ctx, j)) return -1;
  let conjunction = -1;
  let hasNoun = false;
  let opener = '';
  let j = k + 1;
  for (; j < last; j++) {
    const t = tokenAt(doc, j);
    if (END.has(t.value)) break;
    if (ctx.quoted[j]) return -1;
    if (t.value === ',') {
      // (an empty item, or a comma after the conjunction's item: "B and C, who ...")
      if (!hasNoun || conjunction > 0) return -1;
      hasNoun = false;
      continue;
    }
    if (LIST_CONJUNCTIONS.has(t.lower) && t.pos === 'CCONJ') {
      // (one conjunction, after an item or right after the comma: ", B, and C")
      if (conjunction > 0) return -1;
      if (!hasNoun && tokenAt(doc, j - 1).value !== ',') return -1;
      conjunction = j;
      hasNoun = false;
      continue;
    }
    if (!itemWord(ctx, j)) return -1;
    // (an item opens with no preposition: ", to the delight of ..." is the narrator's adjunct)
    if (t.pos === 'ADP' && (tokenAt(doc, j - 1).value === ',' || j === conjunction + 1)) return -1;
    if (tokenAt(doc, j - 1).value === ',') opener = t.lower;
    // (an item before the conjunction that opens with "a" or a time noun holds no preposition but "of": in ", a
    // victory for the city and its workers", ", hours after the vote and the protest" the "and" joins the
    // preposition's objects inside the narrator's comment; review read83)
    if (t.pos === 'ADP' && conjunction < 0 && t.lower !== 'of' && LIST_COMMENT_OPENERS.has(opener)) return -1;
    if (NOUN_TAGS.has(t.pos)) hasNoun = true;
  }
  // the list closes the sentence, with an item after its conjunction
  if (conjunction < 0 || !hasNoun || j >= last || !END.has(tokenAt(doc, j).value)) return -1;
  return j;
}

/** True when token `j` may stand inside a listed noun phrase. */
function itemWord(ctx: ReportedContext, j: number): boolean {
  const t = tokenAt(ctx.doc, j);
  if (CLAUSE_TAGS.has(t.pos) || LIST_STOP_WORDS.has(t.lower) || TIME_OR_MONTH_WORDS.has(t.lower)) return false;
  if (t.pos === 'PRON') return LIST_POSSESSIVES.has(t.lower);
  return !/^[;:()\u2014\u2013"\u201c\u201d]$/.test(t.value) && t.value !== '--';
}
