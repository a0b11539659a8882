/**
 * Rule `reported/evidence-trailing` (category `evidence`, opt-in): a finding
 * whose record closes the sentence after a comma, `The mayor has given to no
 * candidate since 2010, state election records compiled by the Harbor Center
 * show.`, `..., campaign and corporate records show.`, `..., a new statewide
 * poll has found.`, `..., tallies by the Harbor Center and other trackers
 * show.` The content is the sentence before the comma (a leading "But" or
 * "And" left out), the record's phrase the speaker, the verb group the cue.
 * The phrase must hold a record noun (`EVIDENCE_SUBJECTS`) and only words of
 * a noun phrase, its prepositions, "and" / "or" and participles after a noun
 * ("compiled", "filed"). It takes what the general rules left: a sentence
 * none of their attributions overlaps. On PolNeAR train, 21 of the 22
 * sentences so closed by a record were annotated.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { EVIDENCE_SUBJECTS, TRAILING_FINDING_FORMS } from '../../data/cues.js';
import { passesOptInBar } from './opt-in.js';
import { recordVerbWord } from './evidence.js';
import { candidate, descriptionMention, range, type ReportedContext } from './shared.js';
import { overlapsIndex, spanIndex, type SpanIndex } from './span-index.js';
import { RECORD_VERB_GROUP_WORDS, TRAILING_RECORD_CLAUSE_OPENERS } from '../../data/clauses.js';

/** How sure the rule is. */
const CONFIDENCE = 0.8;
/** Most tokens of the record's phrase: "tallies by the Harbor Center and other trackers". */
const MAX_RECORD_PHRASE = 16;
/** Parts of speech of the record's phrase ("a new statewide poll": the tagger may read "new" as an adverb). */
const RECORD_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'ADV', 'NOUN', 'PROPN', 'NUM', 'ADP', 'CCONJ', 'PART']);

/** True when token `k` may stand in a record's phrase: a noun-phrase word, a preposition, or a participle after a noun ("compiled"). */
function phraseWord(ctx: ReportedContext, k: number): boolean {
  const t = tokenAt(ctx.doc, k);
  if (RECORD_PHRASE_POS.has(t.pos)) return true;
  if (t.pos === 'PUNCT') return /^[\/&'’-]$/.test(t.value);
  return recordVerbWord(ctx, k);
}

/** Finds the findings whose record closes their sentence after a comma, when `evidence` cues are reported. */
export function findTrailingFindings(ctx: ReportedContext, taken: readonly Candidate[]): Candidate[] {
  const { doc } = ctx;
  const out: Candidate[] = [];
  if (!ctx.categories.has('evidence')) return out;
  let index: SpanIndex | null = null;
  for (const sentence of doc.sentences) {
    // the verb right before the closing period: "... records show."
    const stop = sentence.last - 1;
    if (stop <= sentence.first || tokenAt(doc, stop).value !== '.') continue;
    const verb = stop - 1;
    const lemma = TRAILING_FINDING_FORMS.get(tokenAt(doc, verb).lower);
    if (lemma === undefined || ctx.quoted[verb]) continue;
    let groupFirst = verb;
    while (groupFirst - 1 > sentence.first && RECORD_VERB_GROUP_WORDS.has(tokenAt(doc, groupFirst - 1).lower)) groupFirst--;
    // the record's phrase back to its comma
    let comma = groupFirst - 1;
    while (comma > sentence.first && groupFirst - comma <= MAX_RECORD_PHRASE && tokenAt(doc, comma).value !== ',' && !ctx.quoted[comma] && phraseWord(ctx, comma)) comma--;
    if (tokenAt(doc, comma).value !== ',' || comma + 1 >= groupFirst || ctx.quoted[comma]) continue;
    const opener = tokenAt(doc, comma + 1);
    if (TRAILING_RECORD_CLAUSE_OPENERS.has(opener.lower) || opener.pos === 'ADP') continue;
    let record = false;
    for (let k = comma + 1; k < groupFirst && !record; k++) record = EVIDENCE_SUBJECTS.has(tokenAt(doc, k).lower) && tokenAt(doc, k).pos !== 'ADP';
    if (!record) continue;
    // the content: the sentence before the comma, a leading "But" / "And" (and its comma) left out, no quotation in it
    let from = sentence.first;
    if (tokenAt(doc, from).pos === 'CCONJ') from++;
    if (tokenAt(doc, from).value === ',') from++;
    if (comma - from < 2) continue;
    let quotedContent = false;
    for (let k = from; k < comma && !quotedContent; k++) quotedContent = ctx.quoted[k] === 1;
    if (quotedContent) continue;
    const start = tokenAt(doc, from).start;
    const end = tokenAt(doc, comma - 1).end;
    if (overlapsIndex((index ??= spanIndex([taken])), start, tokenAt(doc, stop).end)) continue;
    const cue: CueMatch = { first: groupFirst, last: verb + 1, head: verb, lemma, category: 'evidence', negated: false, form: 'verb' };
    const c = candidate(ctx, [range(doc, from, comma)], cue, descriptionMention(doc, comma + 1, groupFirst), 'reported/evidence-trailing', CONFIDENCE);
    if (end <= start || !passesOptInBar(doc, c)) continue;
    out.push(c);
  }
  return out;
}
