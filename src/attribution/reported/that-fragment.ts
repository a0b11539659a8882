/**
 * Content starts of direct quotations that no rule attributed and that open
 * inside a "that" clause: `Lee worried that the safety net was becoming "a
 * hammock for the idle."` has the content "that the safety net was becoming
 * "a hammock for the idle."", as annotated news marks it (a mixed quote), not
 * the quoted words alone. Only for the quotes whose speaker the last guess
 * found in their sentence (`direct/fallback-subject`) or that have none
 * (`direct/unattributed`): a quote with a cue of its own was cut by the rule
 * that found it. Run after that guess, on the kept candidates.
 * @internal
 */
import type { Candidate } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { isMarkToken, tokenAt, tokenAtOrAfter } from '../../prepare/lookup.js';

/** Rules of the quotes whose start may move back to "that". */
const THAT_FRAGMENT_RULES: ReadonlySet<string> = new Set(['direct/fallback-subject', 'direct/unattributed']);

/** Most tokens between "that" and the opening mark. */
const MAX_LEAD = 25;

/** Punctuation that ends the clause before a quotation: the words before it are not the clause's. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([':', ';', '(', ')']);

/**
 * Moves the start of the kept quotes in `list` that open inside a "that"
 * clause back to "that", and makes them mixed quotes. "that" must stand in
 * the quote's sentence, with no quotation mark, colon, semicolon or
 * parenthesis and at least one word between it and the opening mark, and
 * must open a clause: it is no determiner (`later that month for "..."`) and
 * the word after it is no verb (`a website that runs stories such as "..."`
 * is a relative clause about the website).
 */
export function widenThatFragments(doc: Doc, list: readonly Candidate[]): void {
  for (const c of list) {
    if (!c.keep || c.kind !== 'direct' || !THAT_FRAGMENT_RULES.has(c.rule) || c.stretches.length !== 1 || c.parts.length !== 1) continue;
    const open = tokenAtOrAfter(doc, c.stretches[0]!.open);
    if (open <= 0 || !isMarkToken(tokenAt(doc, open).value)) continue;
    const sentence = doc.sentences[tokenAt(doc, open).sent]!;
    let that = -1;
    for (let k = open - 1; k >= sentence.first && open - k <= MAX_LEAD; k--) {
      const t = tokenAt(doc, k);
      if (isMarkToken(t.value) || CLAUSE_BREAKS.has(t.value)) break;
      if (t.lower === 'that') {
        that = k;
        break;
      }
    }
    // ("later that month for "records ..."": a determiner opens no clause)
    if (that < 0 || that + 1 >= open || tokenAt(doc, that).pos === 'DET') continue;
    const next = tokenAt(doc, that + 1);
    if (next.pos === 'VERB' || next.pos === 'AUX') continue;
    c.parts = [{ start: tokenAt(doc, that).start, end: tokenAt(doc, open - 1).end }, ...c.parts];
    c.kind = 'mixed';
  }
}
