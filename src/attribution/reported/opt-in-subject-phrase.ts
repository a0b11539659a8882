/**
 * Content ends of opt-in cues inside the subject of their sentence: in
 * `Tenants opposing the rent rise have asked the council for a vote.` the
 * sentence's own verb "have asked" comes after the content, which is "the rent
 * rise", as annotated news marks it; so in `The budget she hopes to pass
 * differs from the one the council wrote.` ("to pass") and `The council, which
 * is expected to vote in May, has not met.` ("to vote in May", the last part
 * after the subject "which"). Only a thought, finding or stance whose content
 * follows its cue, when nothing before the cue in its sentence is a finite
 * verb or opens a clause, and the content reaches a finite verb right after a
 * noun (or, after a comma that closed the aside the cue opened, right after
 * the comma). A content that is a clause of its own ("the view that prices had
 * to fall was widely shared", "Investors expecting a quick sale may want to
 * wait": the tagger's clause) is left as it is. Run on the kept candidates,
 * after the opt-in tails.
 * @internal
 */
import type { Candidate } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { tokenAt, tokenAtOrAfter, tokenCount } from '../../prepare/lookup.js';
import { FINITE_AUX, INFINITIVE_INNER_CLAUSE_WORDS, SUBJECT_PHRASE_OBJECT_RULES } from '../../data/clauses.js';
import { OPT_IN_CATEGORIES } from '../../options.js';
import { NOMINAL_TAGS } from '../../data/tags.js';

/** Tags of a word that may end the noun phrase before a finite verb. */
const NOUN_END: ReadonlySet<string> = NOMINAL_TAGS;

/** True when token `k` reads as a finite verb: a finite auxiliary, or a verb that no auxiliary, "to" or pronoun comes before. */
function finiteAt(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  if (t.pos === 'AUX') return FINITE_AUX.has(t.lower);
  // an inflected verb in lower case: the tagger reads some nouns as verbs ("teacher pay", "Head Start")
  if (t.pos !== 'VERB' || t.lower.endsWith('ing') || t.lower === t.lemma || t.value !== t.lower) return false;
  const prev = tokenAt(doc, k - 1);
  return prev.pos !== 'AUX' && prev.pos !== 'PART' && prev.lower !== 'to';
}

/** Per document and sentence: the first token that is a finite verb or opens a clause, and the first noun or pronoun. */
const SUBJECT_FACTS = new WeakMap<Doc, Map<number, readonly [firstBad: number, firstNoun: number]>>();

/**
 * True when nothing in sentence `s` before the cue at token `to` is a finite
 * verb or opens a clause, and some noun or pronoun stands there. What each
 * sentence holds is read once per document, so that many cues in one long
 * sentence ("voters fearing voters fearing ...") do not read it again each.
 */
function inSubject(doc: Doc, s: number, to: number): boolean {
  let perDoc = SUBJECT_FACTS.get(doc);
  if (perDoc === undefined) SUBJECT_FACTS.set(doc, (perDoc = new Map()));
  let facts = perDoc.get(s);
  if (facts === undefined) {
    const sent = doc.sentences[s]!;
    let firstBad = sent.last + 1;
    let firstNoun = sent.last + 1;
    for (let k = sent.first; k <= sent.last && k < firstBad; k++) {
      const t = tokenAt(doc, k);
      if (finiteAt(doc, k) || t.pos === 'SCONJ' || (INFINITIVE_INNER_CLAUSE_WORDS.has(t.lower) && !RELATIVES.has(t.lower))) firstBad = k;
      else if (firstNoun > k && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON')) firstNoun = k;
    }
    facts = [firstBad, firstNoun];
    perDoc.set(s, facts);
  }
  return facts[0] >= to && facts[1] < to;
}

/** Relative pronouns that may stand before a cue in its sentence's subject: "voters who expect ...". */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'that']);

/**
 * Cuts the content of opt-in candidate `c` at the finite verb of the sentence
 * whose subject holds its cue (see the module comment); a candidate of another
 * shape is left as it is.
 */
export function cutSubjectPhraseContent(doc: Doc, c: Candidate, quoted: Readonly<Uint8Array>): void {
  if (!c.cue || !OPT_IN_CATEGORIES.has(c.cue.category) || c.parts.length === 0 || c.parts.length > 2) return;
  // (or its last part when the first is the subject before the cue: the "which" of "which is expected to vote")
  const part = c.parts.at(-1)!;
  if (c.parts.length === 2 && c.parts[0]!.end > tokenAt(doc, c.cue.first).start) return;
  const first = tokenAtOrAfter(doc, part.start);
  if (first >= tokenCount(doc) || first < c.cue.last) return;
  const cueFirst = c.cue.first;
  const s = tokenAt(doc, cueFirst).sent;
  const sent = doc.sentences[s]!;
  if (!inSubject(doc, s, cueFirst)) return;
  // (read as far as the walk below needs, not to the content's end: a content may run to the end of a long sentence)
  const inPart = (k: number): boolean => k < tokenCount(doc) && tokenAt(doc, k).end <= part.end;
  // the cue modifies a noun: a participle ("voters fearing ..."), a relative clause ("voters who expect ...",
  // "the bill she hopes to pass") or a noun of its own ("his plan to ...")
  const head = tokenAt(doc, cueFirst);
  let b = cueFirst - 1;
  while (b > sent.first && tokenAt(doc, b).pos === 'ADV') b--;
  const before = tokenAt(doc, b);
  const relative = RELATIVES.has(before.lower) || (before.pos === 'PRON' && NOUN_END.has(tokenAt(doc, b - 1).pos));
  const participle = head.pos === 'VERB' && (head.lower.endsWith('ing') || (head.lower.endsWith('ed') && before.value === ','));
  if (!relative && !participle && head.pos !== 'NOUN') return;
  if (RELATIVES.has(before.lower) || before.pos === 'PRON') b--;
  // the cue opens an aside: "The council, which is expected to ...", "Voters, fearing ..."
  const aside = tokenAt(doc, b).value === ',';
  let object = tokenAt(doc, first).lower === 'to' || SUBJECT_PHRASE_OBJECT_RULES.has(c.rule);
  let cut = -1;
  for (let k = first + 1; inPart(k); k++) {
    const t = tokenAt(doc, k);
    if (quoted[k]) continue;
    if (t.value === ',') {
      if (!aside) break;
      // the comma that closes the aside, then the sentence's verb (after an adverb: ", repeatedly failed")
      const v = tokenAt(doc, k + 1).pos === 'ADV' && inPart(k + 2) ? k + 2 : k + 1;
      if (inPart(v) && finiteAt(doc, v)) cut = k;
      break;
    }
    // "expect the president to keep pushing": an object and its infinitive
    if (t.lower === 'to' && t.pos === 'PART') object = true;
    // the "as" of "see Ms. Varga as ..." belongs to the cue's object
    if (t.lower === 'as' && c.rule === 'reported/cue-as') continue;
    if (INFINITIVE_INNER_CLAUSE_WORDS.has(t.lower) || t.pos === 'SCONJ' || t.pos === 'CCONJ' || /^[(\u2014\u2013;:-]/.test(t.value)) break;
    if (!finiteAt(doc, k)) continue;
    const p = tokenAt(doc, k - 1);
    // (or an infinitive's bare verb: "the budget she hopes to pass differs ...")
    const bare = p.pos === 'VERB' && p.lower === p.lemma && tokenAt(doc, k - 2).lower === 'to';
    if (!NOUN_END.has(p.pos) && !bare && !(p.pos === 'ADV' && NOUN_END.has(tokenAt(doc, k - 2).pos))) break;
    // a content that is a clause of its own is left as it is: annotated news may give it the verb after it too
    if (object) cut = p.pos === 'ADV' ? k - 1 : k;
    break;
  }
  if (cut <= first) return;
  // a quotation later in the sentence would join the cut content as a part of its own: left as it is
  for (let k = cut; k < sent.last; k++) if (quoted[k]) return;
  c.parts = [...c.parts.slice(0, -1), { start: part.start, end: tokenAt(doc, cut - 1).end }];
}
