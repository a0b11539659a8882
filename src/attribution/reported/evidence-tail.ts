/**
 * Content ends of opt-in attributions as annotated news marks them. A
 * finding (`evidence`) goes on over a comma and "while", "with",
 * "including", "compared", "followed" or "against" to the end of its
 * sentence, where a second figure or the detail of the first one follows:
 * `A Gazette poll found that 48 percent backed the levy, while 41 percent
 * opposed it.`, `Polls show Ms. Varga ahead, with 40 percent to Mr. Reyes's
 * 31.` Measured on PolNeAR train, every such content that stopped at the
 * comma was annotated to the sentence end (12 of 12). Stances and thoughts
 * were not (their tails after "while" or "with" stay out), but their object
 * goes on over ", including" the same way (`The union backed the plan,
 * including its cap on fares.`: 6 of 7 on train), and over
 * ", especially", ", particularly" and ", notably" unless a subordinator
 * follows (", especially after the strike" is the narrator's; stop 70). A second figure read as a
 * count of people with a stance of its own ("41 percent opposed it") is part
 * of the finding and no attribution of its own. Run on the kept candidates,
 * after the refiners; the tail must hold no quotation mark, no part or cue of
 * another attribution and no cue of its own.
 * @internal
 */
import type { Candidate } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt } from '../../prepare/lookup.js';
import { EVIDENCE_TAIL_OPENERS, EXAMPLE_TAIL_OPENERS } from '../../data/cues.js';
import { MONTH_SET, YEAR } from '../../data/time.js';
import { commaTail } from './comma-tail.js';
import { NARRATOR_SUBORDINATORS, PAST_BE_FORMS } from '../../data/clauses.js';
import { OPT_IN_CATEGORIES } from '../../options.js';

/**
 * True when a kept candidate other than `c` has a part or a cue token in
 * tokens `[from, to]`; a count of people as a source lying wholly inside
 * ("..., while 41 percent opposed it") is no obstacle: it is pushed onto
 * `absorbed`, as the second figure of the finding.
 */
function taken(doc: Doc, list: readonly Candidate[], c: Candidate, from: number, to: number, absorbed: Candidate[]): boolean {
  const start = tokenAt(doc, from).start;
  const end = tokenAt(doc, to).end;
  for (const o of list) {
    if (o === c || !o.keep) continue;
    if (o.rule === 'reported/count-subject' && o.cue && from < o.cue.first && o.cue.last <= to + 1 && o.parts.every((p) => start <= p.start && p.end <= end)) {
      absorbed.push(o);
      continue;
    }
    if (o.parts.some((p) => p.start < end && start < p.end)) return true;
    if (o.cue && o.cue.first <= to && from < o.cue.last) return true;
  }
  return false;
}

/** A year or a capitalised month: what dates a past passive as an event ("was ousted in a recall in 2019"). */
function dating(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  return YEAR.test(t.value) || (MONTH_SET.has(t.lower) && /^\p{Lu}/u.test(t.value));
}

/**
 * True when the tail in tokens `[from, to]` reads as a second part of the
 * finding: it states how things are (a form of "be" or a modal: "were
 * concerned about", "are more likely to") or holds a figure ("remains in the
 * 30s") with no verb of a past event, not an event the narrator reports on
 * its own ("..., while Lee resigned in June", "..., while the city hired 200
 * more officers"). A participle in -ed after "have" is such an event ("...,
 * while the city had hired 200 more officers"), and so is one after a past
 * "be" in a tail dated by a year or a month ("..., while Lee was ousted in
 * 2019"; "..., while 12 percent were opposed" is a state).
 */
function findingTail(doc: Doc, from: number, to: number): boolean {
  let figure = false;
  let pastEvent = false;
  let dated = false;
  for (let k = from; k <= to && !dated; k++) dated = dating(doc, k);
  for (let k = from; k <= to; k++) {
    const t = tokenAt(doc, k);
    if (t.pos === 'AUX' || t.lemma === 'be') {
      let v = k + 1;
      while (v <= to && tokenAt(doc, v).pos === 'ADV') v++;
      const participle = v <= to && tokenAt(doc, v).pos === 'VERB' && /ed$/.test(tokenAt(doc, v).lower);
      if (!participle || !(t.lemma === 'have' || (PAST_BE_FORMS.has(t.lower) && dated))) return true;
      pastEvent = true;
      k = v;
      continue;
    }
    if (t.pos === 'NUM' || /\d/.test(t.value)) figure = true;
    else if (t.pos === 'VERB' && /ed$/.test(t.lower)) pastEvent = true;
  }
  return figure && !pastEvent;
}

/**
 * Extends the content of every kept opt-in attribution in `list` to the end of
 * its sentence over a tail right after it: a finding's (`evidence`) over one
 * opened by a comma and a word of `EVIDENCE_TAIL_OPENERS` (", while", ", with",
 * ", including", ...), a thought's or a stance's only over one opened by
 * a word of `EXAMPLE_TAIL_OPENERS` (", including", ", especially", ...). A tail holding a quotation mark, a cue of its own or a part
 * or cue of another attribution stays out; a count of people with a stance
 * inside a finding's tail is absorbed (dropped as an attribution of its own).
 */
export function extendOptInTails(doc: Doc, list: readonly Candidate[], quoted: Readonly<Uint8Array>): void {
  for (const c of list) {
    if (!c.keep || !c.cue || !OPT_IN_CATEGORIES.has(c.cue.category) || c.parts.length === 0) continue;
    const part = c.parts[c.parts.length - 1]!;
    // the comma must follow the content right away: "..., while 41 percent opposed it"
    const tail = commaTail(doc, part, quoted);
    if (tail === null) continue;
    const { comma, last } = tail;
    const opener = tokenAt(doc, comma + 1).lower;
    if (c.cue.category === 'evidence' ? !EVIDENCE_TAIL_OPENERS.has(opener) : !EXAMPLE_TAIL_OPENERS.has(opener)) continue;
    // "..., especially after the strike": a narrator's adjunct of the sentence, no example of the object
    if (opener !== 'including' && c.cue.category !== 'evidence' && NARRATOR_SUBORDINATORS.has(tokenAt(doc, comma + 2).lower)) continue;
    let clear = true;
    for (let k = comma; k <= last && clear; k++) clear = quoted[k] !== 1;
    // a cue of its own in the tail ("..., with 40 percent, the poll found") keeps the content as it is
    const absorbed: Candidate[] = [];
    if (!clear || (c.cue.first <= last && comma < c.cue.last) || taken(doc, list, c, comma, last, absorbed)) continue;
    // "..., while 41 percent opposed it", "..., while Sanders would beat him 52 to 38": after "while" a second part of
    // the finding (a count of people absorbed, a figure, a state); "..., while Lee resigned in June" is the narrator's
    if (tokenAt(doc, comma + 1).lower === 'while' && absorbed.length === 0 && !findingTail(doc, comma + 2, last)) continue;
    for (const o of absorbed) o.keep = false;
    c.parts = [...c.parts.slice(0, -1), { start: part.start, end: tokenAt(doc, last).end }];
  }
}
