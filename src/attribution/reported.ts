/**
 * Reported speech: clauses attributed through a cue without quotation marks
 * (`X said (that) CLAUSE`, `CLAUSE, X said`, `according to X, CLAUSE`), and
 * mixed quotes, where the reported clause holds quoted words.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Candidate, CueMatch } from './candidate.js';
import { isIngCue } from './candidate.js';
import { isMarkToken, lowerBound, maybeToken, tokenAt, tokenCount } from '../prepare/lookup.js';
import { speakerBefore } from '../speakers/phrase.js';
import { openOf, sentenceOf, type ReportedContext } from './reported/shared.js';
import { opensQuotation } from '../marks/quoted-words.js';
import { cueThenContent } from './reported/cue-then-content.js';
import { cueWithQuotedObject } from './reported/quoted-object.js';
import { contentThenCue } from './reported/content-then-cue.js';
import { sourcePhrase } from './reported/source-phrase.js';
import { cueInfinitive } from './reported/infinitive.js';
import { cueObject } from './reported/object.js';
import { passiveSubject } from './reported/passive.js';
import { reducedPassiveSubject } from './reported/reduced-passive.js';
import { impersonal } from './reported/raising.js';
import { cueAs } from './reported/seen-as.js';
import { evidenceClause } from './reported/evidence.js';
import { cueFeeling } from './reported/expressed.js';
import { cueFeelingBare } from './reported/feeling-bare.js';
import { cueJudgement } from './reported/judgement.js';
import { passesOptInBar } from './reported/opt-in.js';
import { lowerRestrictiveStances } from './reported/restrictive-stance.js';
import { thingSubject } from './reported/thing-subject.js';
import { optInCueNoVerb } from './reported/opt-in-not-verb.js';
import { anonymousTopic } from './reported/anonymous-topic.js';
import { cutOccasionTail } from './reported/boundary/occasion.js';
import { cutRelativeInfinitive } from './reported/boundary/relative-infinitive.js';
import { OPT_IN_CATEGORIES } from '../options.js';
import { saidTo } from './reported/said-to.js';
import { passiveQuoted } from './reported/passive-quoted.js';
import { relativeCue } from './reported/relative.js';
import { pseudoCleft } from './reported/pseudo-cleft.js';
import { relativeSubjectCue } from './reported/relative-subject.js';
import { askedListener, askedOf } from './reported/asked.js';
import { reducedRelativeCue } from './reported/reduced-relative.js';
import { cueFarThat } from './reported/far-that.js';
import { speechObject } from './reported/speech-object.js';
import { citingObject } from './reported/citing.js';
import { cueGerundClause } from './reported/gerund-clause.js';
import { pronounAccordingTo } from './reported/pronoun-according.js';
import { declaredOutcome } from './reported/declared-outcome.js';
import { askedWhich } from './reported/asked-which.js';
import { cueWh } from './reported/cue-wh.js';
import { cueNpObject } from './reported/np-object.js';
import { claimedOutcome } from './reported/claimed-outcome.js';
import { cutSubjectPhraseContent } from './reported/opt-in-subject-phrase.js';
import { reportFigure } from './reported/report-figure.js';
import { cueAnswerTo } from './reported/answer-to.js';
import { cueTopicAfterAdjunct } from './reported/cue-topic-adjunct.js';
import { relativeObject } from './reported/relative-object.js';
import { chantNoun } from './reported/chant-noun.js';
import { cueTopicWord } from './reported/topic-one-word.js';
import { warnedListener } from './reported/warned-listener.js';
import { askedWh } from './reported/asked-wh.js';
import { nounInfinitives } from './reported/noun-infinitive.js';
import { nounTopics } from './reported/noun-topic.js';
import { nounMentions } from './reported/noun-mention.js';
import { soundedNotes } from './reported/sounded-note.js';
import { askedFor } from './reported/asked-for.js';
import { headlineVerbs } from './reported/headline-verb.js';
import { continuedVerb } from './reported/continued-verb.js';
import { nearerOptInCue } from './reported/nearer-opt-in-cue.js';
import { shortOptInShape } from './reported/opt-in-short.js';
import { shortFeelingShape } from './reported/feeling-short.js';
import { shortTopicShape } from './reported/topic-short.js';
import { FRONTED_SUBORDINATORS, SECOND_REPORT_JOINERS } from '../data/clauses.js';
import { viewSlice } from '../prepare/view.js';
import { JOINER_ADVERBS } from '../data/function-words.js';

export type { ReportedContext } from './reported/shared.js';

/** True when the cue stands inside the content of `c`. */
function within(doc: Doc, cue: CueMatch, c: Candidate): boolean {
  const at = tokenAt(doc, cue.head).start;
  return c.parts.some((p) => at >= p.start && at < p.end);
}

function overlaps(a: Candidate, b: Candidate): boolean {
  for (const p of a.parts) for (const q of b.parts) if (p.start < q.end && q.start < p.end) return true;
  return false;
}

/** True when the cue and its speaker follow a comma: "..., X said" or "..., said X". */
function afterComma(ctx: ReportedContext, cue: CueMatch): boolean {
  const { doc } = ctx;
  const sentence = sentenceOf(doc, cue.head);
  const sp = speakerBefore(doc, cue.first, sentence.first);
  const before = maybeToken(doc, (sp ? sp.first : cue.first) - 1);
  return before !== undefined && before.value === ',' && before.sent === tokenAt(doc, cue.head).sent;
}

/**
 * When the reported candidate `inner`, whose cue stands inside the content of
 * `outer`, is a second report of the sentence with a subject of its own,
 * joined to the first by a conjunction or a subordinator ("X said A, but Y
 * says B", "X admitted A when Y reported B", "X said A, and Y says B"), ends
 * the content of `outer` before that word and returns true: each report keeps
 * its own content. A report the first one's content frames ("X said Y told
 * him B", "X said that Y says B") stays inside it (false).
 */
function endBeforeSecondReport(doc: Doc, outer: Candidate, inner: Candidate): boolean {
  const sp = inner.speaker;
  const cue = inner.cue;
  if (!sp || !cue || sp.last > cue.first || outer.cue === null || sp.first <= outer.cue.last) return false;
  // the inner content follows its cue
  if (inner.parts[0]!.start < tokenAt(doc, cue.last - 1).end) return false;
  const opener = tokenAt(doc, sp.first - 1);
  if (opener.value !== opener.lower || !SECOND_REPORT_JOINERS.has(opener.lower)) return false;
  // (a conjunction never follows a stranded preposition: 'what critics point to as the reason', 'referred to as')
  if (/^(ADP|PART)$/.test(tokenAt(doc, sp.first - 2).pos)) return false;
  // (a clause of its own: a finite verb, not a participle: 'the same thing as Lee referring to ...')
  if (isIngCue(doc, cue)) return false;
  let cut = sp.first - 1;
  // 'as safe as engineers say': a comparison, not a second clause
  if (opener.lower === 'as' && [2, 3, 4].some((d) => tokenAt(doc, cut - d).lower === 'as')) return false;
  // 'even as Y says', 'just as Y says'
  if (JOINER_ADVERBS.has(tokenAt(doc, cut - 1).lower)) cut--;
  if (tokenAt(doc, cut - 1).value === ',') cut--;
  const at = tokenAt(doc, cut).start;
  const last = outer.parts[outer.parts.length - 1]!;
  // at least two words of the first content stay before the cut
  if (at <= last.start || viewSlice(doc.view, last.start, at).trim().split(/\s+/).length < 2 || at >= last.end) return false;
  outer.parts[outer.parts.length - 1] = { start: last.start, end: tokenAt(doc, cut - 1).end };
  return true;
}

/**
 * True when the cue of `outer` stands in a subordinate clause that opens the
 * sentence and ends at a comma ("When the primaries conclude, ...", "By the
 * time the polls closed, ..."), and `inner`, the report of the main clause,
 * has its speaker after that comma: the main clause's own cue is its
 * attribution.
 */
function inFrontedClause(doc: Doc, outer: Candidate, inner: Candidate): boolean {
  const sp = inner.speaker;
  const cue = outer.cue;
  if (!sp || !cue || !inner.cue || sp.last > inner.cue.first) return false;
  const sentence = sentenceOf(doc, cue.head);
  let k = sentence.first;
  while (k < cue.first && (tokenAt(doc, k).pos === 'PUNCT' || tokenAt(doc, k).value === '\n')) k++;
  const opener = tokenAt(doc, k).lower;
  const byTime = opener === 'by' && tokenAt(doc, k + 1).lower === 'the' && tokenAt(doc, k + 2).lower === 'time';
  if (!byTime && !FRONTED_SUBORDINATORS.has(opener)) return false;
  if (k >= cue.first) return false;
  // the comma that closes the fronted clause stands after the cue and right before the inner speaker's phrase
  for (let j = k; j < sp.first; j++) {
    const t = tokenAt(doc, j);
    if (t.value === ',') return j > cue.last - 1 && j === sp.first - 1;
    if (/^[.;:!?]$/.test(t.value)) return false;
  }
  return false;
}

/** Ends a candidate's last part where `cut` says, unless that leaves the part empty. */
function cutLastPart(c: Candidate, cut: (start: number, end: number) => number): void {
  const last = c.parts[c.parts.length - 1]!;
  const end = cut(last.start, last.end);
  if (end > last.start) c.parts[c.parts.length - 1] = { start: last.start, end };
}

/** Rules of a cue and its noun-phrase object, whose occasion ("at a rally") is cut off for an opt-in cue (see {@link cutOccasionTail}). */
const OCCASION_RULES: ReadonlySet<string> = new Set(['reported/cue-object', 'reported/speech-object', 'reported/cue-quoted-object']);

/** Start of a candidate's first part and end of its last (parts are in text order). */
const startOf = (c: Candidate): number => c.parts[0]!.start;
const endOf = (c: Candidate): number => c.parts[c.parts.length - 1]!.end;

/**
 * True when the candidate's speaker is a "you" asked in an inverted question,
 * "Are you saying the report is wrong?", "Did you tell them the vote was
 * close?": the question puts words to the listener, it reports none.
 */
function askedOfListener(doc: Doc, c: Candidate): boolean {
  const sp = c.speaker;
  if (!sp || sp.kind !== 'pronoun' || sp.last !== sp.first + 1 || tokenAt(doc, sp.first).lower !== 'you' || sp.first < 1) return false;
  const aux = tokenAt(doc, sp.first - 1);
  if (aux.pos !== 'AUX' || !/^\p{Lu}/u.test(aux.value)) return false;
  // the auxiliary opens the sentence, or a transcript's turn ("HALE: Are you saying ...?")
  const before = maybeToken(doc, aux.i - 1);
  if (before !== undefined && before.sent === aux.sent && before.value !== ':' && !isMarkToken(before.value)) return false;
  for (let k = c.cue!.last; k < tokenCount(doc) && tokenAt(doc, k).sent === aux.sent; k++) if (tokenAt(doc, k).value === '?') return true;
  return false;
}

/**
 * Finds reported speech for every cue not used by a direct quotation.
 *
 * One clause, one attribution: a new candidate is checked against the latest
 * earlier one it overlaps. The backward scan stops as soon as no earlier
 * candidate can reach the new one's start (a running maximum of their ends),
 * so a paragraph of many attributions stays linear.
 */
export function findReported(ctx: ReportedContext): Candidate[] {
  // slots in text order; a candidate that loses a clash leaves a hole (null)
  const out: (Candidate | null)[] = [];
  // reach[k]: the largest end among slots 0..k, removed ones included (an upper bound is enough to stop)
  const reach: number[] = [];
  for (const cue of ctx.cues) {
    if (ctx.used.has(cue) || ctx.quoted[cue.head]) continue;
    // "a sought-after host", "breaches regarding the rules": an opt-in cue word that is no verb here reports nothing
    if (optInCueNoVerb(ctx.doc, cue)) continue;
    // "requested anonymity to discuss the talks": the topic a source was not cleared to speak on is boilerplate
    if (anonymousTopic(ctx.doc, cue)) continue;
    const c =
      cue.form === 'phrase'
        ? citingObject(ctx, cue) ?? pronounAccordingTo(ctx, cue) ?? sourcePhrase(ctx, cue)
        : chantNoun(ctx, cue) ??
          declaredOutcome(ctx, cue) ??
          claimedOutcome(ctx, cue) ??
          impersonal(ctx, cue) ??
          evidenceClause(ctx, cue) ??
          reducedPassiveSubject(ctx, cue) ??
          (afterComma(ctx, cue) ? contentThenCue(ctx, cue) ?? cueThenContent(ctx, cue) : cueThenContent(ctx, cue) ?? contentThenCue(ctx, cue)) ??
          cueFarThat(ctx, cue) ??
          cueGerundClause(ctx, cue) ??
          askedOf(ctx, cue) ??
          askedWhich(ctx, cue) ??
          askedWh(ctx, cue) ??
          cueWithQuotedObject(ctx, cue) ??
          passiveQuoted(ctx, cue) ??
          cueInfinitive(ctx, cue) ??
          askedListener(ctx, cue) ??
          cueAs(ctx, cue) ??
          cueFeeling(ctx, cue) ??
          cueFeelingBare(ctx, cue) ??
          cueJudgement(ctx, cue) ??
          cueAnswerTo(ctx, cue) ??
          cueWh(ctx, cue) ??
          cueObject(ctx, cue) ??
          warnedListener(ctx, cue) ??
          cueTopicAfterAdjunct(ctx, cue) ??
          cueTopicWord(ctx, cue) ??
          askedFor(ctx, cue) ??
          continuedVerb(ctx, cue) ??
          reportFigure(ctx, cue) ??
          passiveSubject(ctx, cue) ??
          saidTo(ctx, cue) ??
          pseudoCleft(ctx, cue) ??
          relativeCue(ctx, cue) ??
          relativeSubjectCue(ctx, cue) ??
          relativeObject(ctx, cue) ??
          reducedRelativeCue(ctx, cue) ??
          speechObject(ctx, cue) ??
          cueNpObject(ctx, cue);
    if (!c || askedOfListener(ctx.doc, c)) continue;
    // (only an opt-in cue can fail the bar; it is held until the clash below is known)
    let barred = !passesOptInBar(ctx.doc, c);
    // the bar measures the object with its occasion, as it was measured on train
    if (OCCASION_RULES.has(c.rule) && OPT_IN_CATEGORIES.has(c.cue!.category)) cutLastPart(c, (start, end) => cutOccasionTail(ctx, start, end));
    if (c.rule === 'reported/cue-infinitive') cutLastPart(c, (start, end) => cutRelativeInfinitive(ctx, c.cue!, start, end));
    // "House aides backing the bill have said ...": a reported opt-in content in its sentence's subject ends before the
    // sentence's verb, so that the report of that verb keeps its clause (only when the category is reported)
    if (ctx.categories.has(c.cue!.category)) cutSubjectPhraseContent(ctx.doc, c, ctx.quoted);
    // "The council plans to close the old ferry pier.": a short opt-in shape the bar refused, at a lower confidence
    // (only when its category is reported: an unreported thought must not take a span from a reported cue)
    // (and "voiced concern about the toll", "pushed for a levy": a short feeling or stance, at a lower confidence)
    // (never one whose subject is a thing: "The ferry measure seeks to ...", refused whatever its length)
    const short = barred && ctx.categories.has(c.cue!.category) && !thingSubject(ctx.doc, c) ? (shortOptInShape(ctx.doc, c) ?? shortFeelingShape(ctx.doc, c) ?? shortTopicShape(ctx.doc, c)) : null;
    if (short) {
      c.rule = short.rule;
      c.confidence = short.confidence;
      barred = false;
    }
    // candidates are found in text order and never leave their paragraph: look back within it
    const from = startOf(c);
    let clash = -1;
    for (let k = out.length - 1; k >= 0 && reach[k]! > from; k--) {
      const other = out[k];
      if (!other) continue;
      if (other.para !== c.para) break;
      if (overlaps(other, c)) {
        clash = k;
        break;
      }
    }
    // a barred candidate goes, unless it clashes with a default cue's and its own opt-in verb is nearer the clause:
    // "New figures published on Wednesday show that rents rose" (that clause needs no bar)
    if (barred && (clash < 0 || !nearerOptInCue(ctx.doc, out[clash]!, c))) continue;
    if (clash >= 0) {
      const other = out[clash]!;
      // "She says it underscores that ...": the outer attribution holds the inner one
      const inner = within(ctx.doc, c.cue!, other);
      const outer = within(ctx.doc, other.cue!, c);
      // "X said A, but Y says B": a second report with its own subject ends the first one's content
      if (inner && endBeforeSecondReport(ctx.doc, other, c)) {
        // (kept below, after the first)
      } else if (inner && inFrontedClause(ctx.doc, other, c)) {
        // "When the talks ended, the union said B": the report of the main clause, not the fronted clause's verb
        out[clash] = null;
      } else if (nearerOptInCue(ctx.doc, other, c)) {
        // "New figures published on Wednesday show that ...": the opt-in verb nearer the clause reports it
        out[clash] = null;
      } else {
        if (inner || (!outer && other.confidence >= c.confidence)) continue;
        out[clash] = null;
      }
    }
    reach.push(Math.max(reach[reach.length - 1] ?? 0, endOf(c)));
    out.push(c);
  }
  const found = out.filter((c): c is Candidate => c !== null);
  // "aides who backed the plan": a stance in a restrictive relative clause describes more often than it reports
  lowerRestrictiveStances(ctx.doc, found);
  // nouns of promising owned by their speaker, with an infinitive: "her pledge to cut fees"
  const withInfinitives = [...found, ...nounInfinitives(ctx, found)];
  // the topic of a noun of commenting owned or made by its speaker: "her comments about the toll"
  const withTopics = [...withInfinitives, ...nounTopics(ctx, withInfinitives)];
  // what the subject of "made" mentions: "made no mention of the strike", "made veiled references to the audit"
  const withMentions = [...withTopics, ...nounMentions(ctx, withTopics)];
  // the topic of a note sounded: "sounded a cautious note about the budget"
  const withNotes = [...withMentions, ...soundedNotes(ctx, withMentions)];
  // a headline's verb of judging with an object, read as a noun by the tagger: "Mayor Reyes slams port board"
  return [...withNotes, ...headlineVerbs(ctx, withNotes)];
}

/**
 * Makes reported speech that holds quoted words mixed, and drops the direct
 * candidates it absorbs (unless they carry an attribution of their own).
 */
export function absorbQuotedFragments(ctx: ReportedContext, reported: readonly Candidate[], direct: readonly Candidate[]): void {
  // (by where the quoted words start: a mark may be one character or an entity, "&quot;")
  const directStart = (d: Candidate): number => d.stretches[0]!.contentStart;
  for (const r of reported) {
    const first = r.parts[0]!.start;
    const last = r.parts[r.parts.length - 1]!.end;
    // (a quotation opened inside the content; not one between parts, in a source phrase's speaker)
    // (measured, fix99: testing quoted tokens instead, holdsQuoted, changes 12 of 924 PolNeAR documents, contents that
    // start inside a quotation opened before them: 9 only turn mixed, 3 train contents change, 0 better, 2 worse)
    if (opensQuotation(ctx.stretches, r.parts)) r.kind = 'mixed';
    for (let k = lowerBound(direct, first, directStart); k < direct.length; k++) {
      const d = direct[k]!;
      if (d.stretches[0]!.open >= last) break;
      const de = d.stretches[d.stretches.length - 1]!.end;
      // a quote whose own cue stands inside the reported content belongs to that content:
      // 'Mills said he felt the fans were saying, "We have given up," and that hurt.'
      const cueInside = d.cue !== null && r.parts.some((p) => tokenAt(ctx.doc, d.cue!.head).start >= p.start && tokenAt(ctx.doc, d.cue!.head).end <= p.end);
      if (d.keep && de <= last + 1 && (d.cue === null || d.cue.head === r.cue?.head || cueInside)) d.keep = false;
    }
    if (r.kind === 'mixed') {
      // content wholly inside one pair of marks is a direct quote (outermost stretches do not nest)
      const holder = ctx.stretches[lowerBound(ctx.stretches, first + 1, openOf) - 1];
      // its words are the quoted ones, without the marks, and its span the stretch with them
      if (holder && holder.open <= first && holder.end >= last) {
        r.kind = 'direct';
        r.stretches = [holder];
        r.parts = [{ start: holder.contentStart, end: holder.contentEnd }];
      }
    }
  }
}
