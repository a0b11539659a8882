/**
 * Rule family `reported/evidence-*` (category `evidence`, opt-in): a finding
 * credited to a record or a study through its verb, with the finding as a
 * bare clause or as a noun phrase with a participle:
 * `County records show the mayor has not voted since 2010.` (`reported/evidence-clause`),
 * `The poll showed Ms. Varga losing ground.`, `The poll showed Varga with a
 * healthy lead.` (`reported/evidence-small-clause`).
 * The subject must be a record, a count or a study (`EVIDENCE_SUBJECTS`).
 * A clause after "show" is no listener ("showed reporters the map" is a speech
 * shape the general rules keep), so these come before them.
 * @internal
 */
import type { Candidate, CueMatch, Mention } from '../candidate.js';
import { maybeToken, tokenAt, tokenCount } from '../../prepare/lookup.js';
import { EVIDENCE_SUBJECTS, SMALL_CLAUSE_VERBS, WH_FINDING_FORMS, FINDING_FORMS } from '../../data/cues.js';
import { NP_POS, WH_WORDS, candidate, descriptionMention, range, sentenceOf, spacedDash, type ReportedContext } from './shared.js';
import { clauseStartsAt } from './clause-start.js';
import { cueSubject, passiveCue } from './cue-subject.js';
import { endAtClausePunctuation } from './content-end.js';
import { addParts, addedParts, overlapsAdded, overlapsIndex, spanIndex, type SpanIndex } from './span-index.js';
import { clauseEnd } from './boundary.js';
import { passesOptInBar } from './opt-in.js';
import { EVIDENCE_SUBJECT_ADVERBS, RECORD_PHRASE_ENDERS, RECORD_RELATIVES } from '../../data/clauses.js';
import { FOCUS_ADVERBS, STANDING_WORDS } from '../../data/function-words.js';
import { NOUN_OPENING_TAGS, NOUN_PREPOSITION_PHRASE_TAGS } from '../../data/tags.js';

/** Parts of speech that open a finding given as a noun phrase. */
const OBJECT_START: ReadonlySet<string> = NOUN_OPENING_TAGS;
/** How many tokens that noun phrase may have. */
const MAX_SUBJECT = 8;

/** The end of a small clause at `p` ("Ms. Varga losing ground"): the token after its participle, or -1. */
function smallClause(ctx: ReportedContext, p: number, last: number): number {
  const { doc } = ctx;
  let q = p;
  while (q < last && q - p < MAX_SUBJECT && NP_POS.has(tokenAt(doc, q).pos)) q++;
  const t = tokenAt(doc, q);
  if (q === p || q >= last) return -1;
  // "Varga leading by seven points", "Varga with a healthy lead", "Varga ahead in the suburbs"
  if ((t.pos === 'VERB' && /ing$/.test(t.lower)) || STANDING_WORDS.has(t.lower)) return q + 1;
  return -1;
}

/** True when a noun of the phrase (or of the phrase a relative pronoun stands for) is a record, a count or a study: "A Monmouth poll out Monday". */
function isRecord(ctx: ReportedContext, speaker: Mention): boolean {
  if (speaker.antecedent) return isRecord(ctx, speaker.antecedent);
  for (let k = speaker.first; k < speaker.last; k++) {
    const t = tokenAt(ctx.doc, k);
    // "Polls" opening a sentence and "exit polling" are often tagged as a name or a verb
    if (/^(NOUN|PROPN|VERB)$/.test(t.pos) && EVIDENCE_SUBJECTS.has(t.lower)) return true;
  }
  return false;
}

/** `Records show CLAUSE`, `The survey found NP VERB-ing ...`. */
export function evidenceClause(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (cue.category !== 'evidence' || !SMALL_CLAUSE_VERBS.has(cue.lemma) || cue.form !== 'verb' || passiveCue(doc, cue)) return null;
  const sentence = sentenceOf(doc, cue.head);
  let p = cue.last;
  while (p < sentence.last && tokenAt(doc, p).pos === 'ADV') p++;
  if (p >= sentence.last || tokenAt(doc, p).lower === 'that') return null;
  const subject = cueSubject(doc, cue, sentence);
  // a record, a count or a study, not a person: "the senator found ways to ..." is no finding
  if (!subject || (subject.kind === 'pronoun' && !subject.antecedent) || !isRecord(ctx, subject)) return null;
  return finding(ctx, cue, withOpeningParticiple(ctx, subject, sentence.first));
}

/**
 * The record `speaker` with the participle that opens the sentence (or a
 * clause after a comma) before it, which the tagger read as a verb, and an
 * adverb in -ly before that: "Leaked documents", "Newly released records"
 * (not "documents" alone).
 */
function withOpeningParticiple(ctx: ReportedContext, speaker: Mention, first: number): Mention {
  const { doc } = ctx;
  if (speaker.kind !== 'description' || speaker.antecedent) return speaker;
  let k = speaker.first;
  const participle = maybeToken(doc, k - 1);
  if (k - 1 >= first && participle !== undefined && participle.pos === 'VERB' && /ed$/.test(participle.lower) && participle.lower !== participle.lemma) k--;
  if (k - 1 >= first && tokenAt(doc, k - 1).pos === 'ADV' && /ly$/.test(tokenAt(doc, k - 1).lower)) k--;
  // (opening the sentence or a clause after a comma: "In May, leaked documents showed ...")
  const opens = k === first || (k > first && tokenAt(doc, k - 1).value === ',');
  return opens && k < speaker.first ? descriptionMention(doc, k, speaker.last) : speaker;
}

/**
 * The end of the finding `[p, end)` before its first dash outside quotation
 * marks: what follows the dash is the narrator's comment on the figures or a
 * clause of his own ("... among harbor residents, 51 to 47 - inside the error
 * margin", "... with a six-point lead — but the vote is months
 * away"). Measured on PolNeAR train with every category on, the findings
 * of these rules that held a dash were annotated up to it 6 times in 6. A
 * second finding joined on after the dash ("— and that ...") stays.
 */
function beforeDash(ctx: ReportedContext, p: number, end: number): number {
  const { doc } = ctx;
  for (let k = p + 1; k < end; k++) {
    if (ctx.quoted[k] || !spacedDash(ctx, k)) continue;
    // "... paid twice — and that the board knew": a second finding joined on, as a clause of speech keeps it
    if (tokenAt(doc, k + 1).pos === 'CCONJ' && tokenAt(doc, k + 2).lower === 'that') return end;
    return k;
  }
  return end;
}

/** Most tokens of a finding after its cue. */
const MAX_FINDING = 200;

/** The finding after `cue`, credited to the record `speaker`, or null. */
function finding(ctx: ReportedContext, cue: CueMatch, speaker: Mention): Candidate | null {
  const { doc } = ctx;
  const sentence = sentenceOf(doc, cue.head);
  let p = cue.last;
  while (p < sentence.last && tokenAt(doc, p).pos === 'ADV' && !WH_WORDS.has(tokenAt(doc, p).lower)) p++;
  if (p >= sentence.last || tokenAt(doc, p).lower === 'that') return null;
  let rule: string;
  let confidence: number;
  if (WH_WORDS.has(tokenAt(doc, p).lower) && clauseStartsAt(doc, p + 1, sentence.last)) {
    // "National polling shows why the unrest is a problem"
    rule = 'reported/evidence-clause';
    confidence = 0.7;
  } else if (clauseStartsAt(doc, p, sentence.last)) {
    rule = 'reported/evidence-clause';
    confidence = 0.75;
  } else if (smallClause(ctx, p, sentence.last) > 0) {
    rule = 'reported/evidence-small-clause';
    confidence = 0.7;
  } else if (OBJECT_START.has(tokenAt(doc, p).pos)) {
    // "The survey found broad support for the levy": the finding as a noun phrase
    rule = 'reported/evidence-object';
    confidence = 0.7;
    // "shows only a small gap": a focusing adverb belongs to the finding
    while (p > cue.last && FOCUS_ADVERBS.has(tokenAt(doc, p - 1).lower)) p--;
  } else return null;
  let end = clauseEnd(ctx, sentence, cue.first, p);
  // "records, which show X, were ...": a relative clause ends at its comma
  if (speaker.antecedent) end = Math.min(end, endAtClausePunctuation(ctx, p, sentence, end - p));
  // (at most MAX_FINDING tokens: each finding of a long sentence read it to its end)
  end = beforeDash(ctx, p, Math.min(end, p + MAX_FINDING));
  if (end - p < 3) return null;
  return candidate(ctx, [range(doc, p, end)], cue, speaker, rule, confidence);
}

/**
 * True when the phrase `speaker` read as a noun phrase runs over a finding
 * verb after a record noun: "Early surveys show residents" before "opposing
 * the fees" is a finding ("surveys show" what residents do), not a speaker.
 */
export function swallowsFinding(ctx: ReportedContext, speaker: Mention): boolean {
  let record = false;
  for (let k = speaker.first; k < speaker.last; k++) {
    const lower = tokenAt(ctx.doc, k).lower;
    if (record && FINDING_FORMS.has(lower) && k + 1 < speaker.last) return true;
    record = EVIDENCE_SUBJECTS.has(lower);
  }
  return false;
}

/** Parts of speech of the record's phrase before a finding verb the tagger missed. */
const RECORD_PHRASE_POS: ReadonlySet<string> = NOUN_PREPOSITION_PHRASE_TAGS;
/** How far back that phrase may reach. */
const MAX_RECORD_PHRASE = 8;

/** True when token `k` may stand in a record's phrase: a noun phrase word, "polling", or a participle after a noun ("released"). */
function recordPhraseWord(ctx: ReportedContext, k: number): boolean {
  const t = tokenAt(ctx.doc, k);
  if (RECORD_PHRASE_POS.has(t.pos)) return !RECORD_PHRASE_ENDERS.has(t.lower);
  // "Polls there show ...", "surveys nationally show ..."
  if (EVIDENCE_SUBJECT_ADVERBS.has(t.lower) && EVIDENCE_SUBJECTS.has(tokenAt(ctx.doc, k - 1).lower)) return true;
  // "CNN/ORC poll", "Shaw & Company"
  if (t.pos === 'PUNCT' || t.pos === 'CCONJ') return /^[\/&-]$/.test(t.value);
  return recordVerbWord(ctx, k);
}

/**
 * True when token `k` is a verb that may stand in a record's phrase: a record noun
 * the tagger read as a verb ("polling"), or a participle after a noun
 * ("the poll released", "records compiled").
 */
export function recordVerbWord(ctx: ReportedContext, k: number): boolean {
  const t = tokenAt(ctx.doc, k);
  return t.pos === 'VERB' && (EVIDENCE_SUBJECTS.has(t.lower) || (/(ed|en)$/.test(t.lower) && /^(NOUN|PROPN)$/.test(tokenAt(ctx.doc, k - 1).pos)));
}

/**
 * Findings whose verb the cue detector missed, when `evidence` cues are
 * reported: "Polls show voters trust Varga", "Exit polling shows he won",
 * "polls that show Varga with a lead" (the tagger reads "show" as a noun and
 * "Polls" as a name). The phrase before the verb must hold a record noun.
 */
export function findUndetectedFindings(ctx: ReportedContext, taken: readonly Candidate[]): Candidate[] {
  const { doc } = ctx;
  const out: Candidate[] = [];
  // (the taken spans indexed once, when the first match needs them)
  let index: SpanIndex | null = null;
  // (and the contents added here, so that a long text of matches stays linear)
  const added = addedParts();
  if (!ctx.categories.has('evidence')) return out;
  // cues that an attribution already uses; a detected finding verb whose subject the rules could not read is tried again
  const heads = new Set<number>();
  for (const c of taken) if (c.cue) for (let k = c.cue.first; k < c.cue.last; k++) heads.add(k);
  for (let k = 1; k < tokenCount(doc); k++) {
    const t = maybeToken(doc, k)!;
    // "The report details how the money was spent": a record laying out a question's answer
    const lemma = FINDING_FORMS.get(t.lower) ?? (WH_WORDS.has(maybeToken(doc, k + 1)?.lower ?? '') ? WH_FINDING_FORMS.get(t.lower) : undefined);
    if (lemma === undefined || heads.has(k) || ctx.quoted[k]) continue;
    const sentence = sentenceOf(doc, k);
    // the record's phrase right before: "Polls in the county", "Exit polling", "polls that"
    let first = k;
    if (RECORD_RELATIVES.has(tokenAt(doc, k - 1).lower) && k - 1 > sentence.first) first = k - 1;
    let q = first;
    while (q > sentence.first && first - q < MAX_RECORD_PHRASE && !ctx.quoted[q - 1] && recordPhraseWord(ctx, q - 1)) q--;
    if (q === first) continue;
    // a record noun in the phrase: "Polls in the county", "Exit polling", "A poll of Ohio released on Tuesday"
    let record = -1;
    for (let r = q; r < first && record < 0; r++) if (EVIDENCE_SUBJECTS.has(tokenAt(doc, r).lower)) record = r;
    if (record < 0) continue;
    // "after the release of polls by the Harlow institute": the phrase starts after the last preposition before the record noun
    for (let r = record - 1; r >= q; r--) {
      if (tokenAt(doc, r).pos === 'ADP') {
        q = r + 1;
        break;
      }
    }
    const cue: CueMatch = { first: k, last: k + 1, head: k, lemma, category: 'evidence', negated: false, form: 'verb' };
    const c = finding(ctx, cue, descriptionMention(doc, q, first));
    if (!c || overlapsIndex((index ??= spanIndex([taken])), c.parts[0]!.start, c.parts[c.parts.length - 1]!.end) || overlapsAdded(added, c.parts[0]!.start, c.parts[c.parts.length - 1]!.end) || !passesOptInBar(doc, c)) continue;
    out.push(addParts(added, c));
  }
  return out;
}
