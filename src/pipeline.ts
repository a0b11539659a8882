/**
 * The order of the stages, in one place. Each stage is a small function over
 * the prepared document and the candidate list; later stages only see what
 * earlier ones left.
 * @internal
 */
import type { Extraction } from './types.js';
import type { ResolvedOptions } from './options.js';
import type { Tokenizer } from './prepare/wink.js';
import { prepare, type Doc } from './prepare/document.js';
import { append, tokenAt, tokenAtOrAfter, tokenCount } from './prepare/lookup.js';
import { scanQuotes } from './marks/scan.js';
import { compileLexicon, type Lexicon } from './cues/lexicon.js';
import { detectCues } from './cues/detect.js';
import type { Candidate, CueMatch } from './attribution/candidate.js';
import { attributeDirect } from './attribution/direct.js';
import { directCandidates } from './attribution/direct/candidates.js';
import { dropNarratedStretches } from './attribution/stray.js';
import { attributeNextSentence } from './attribution/next-sentence.js';
import { absorbQuotedFragments, findReported } from './attribution/reported.js';
import { findColonLeads } from './attribution/reported/colon-lead.js';
import { findQuotedTranscripts } from './attribution/reported/transcript-quoted.js';
import { addNounCues } from './attribution/reported/noun-cue.js';
import { findVerbAsQuoted } from './attribution/reported/verb-as-quoted.js';
import { findConjoinedQuoted } from './attribution/reported/conjoined-quoted.js';
import { findDashedNounQuotes } from './attribution/reported/noun-dashed.js';
import { widenThatFragments } from './attribution/reported/that-fragment.js';
import { extendQuotedTails } from './attribution/reported/quoted-tail.js';
import { findPollSources } from './attribution/reported/poll-source.js';
import { findToViews } from './attribution/reported/to-view.js';
import { fillOptInSubjects } from './attribution/reported/opt-in-subject.js';
import { widenOptInSpeakers } from './attribution/reported/opt-in-speaker.js';
import { widenOptInCues } from './attribution/reported/opt-in-cue.js';
import { extendOptInTails } from './attribution/reported/evidence-tail.js';
import { extendOptInNounLists } from './attribution/reported/opt-in-noun-list.js';
import { cutFrontedClauses } from './attribution/reported/opt-in-fronted.js';
import { cutOptInSemicolons } from './attribution/reported/opt-in-semicolon.js';
import { cutInfinitiveSecondPredicates } from './attribution/reported/infinitive-second-predicate.js';
import { trimDanglingConjunctions } from './attribution/reported/dangling.js';
import { takePropositionNouns } from './attribution/reported/proposition-object.js';
import { takeReportNouns } from './attribution/reported/report-noun-object.js';
import { cutStanceAdjuncts } from './attribution/reported/stance-adjunct.js';
import { cutNameObjectAdjuncts } from './attribution/reported/stance-name-adjunct.js';
import { widenSpeakerSpans } from './attribution/reported/speaker-span.js';
import { widenCueAdverbs, widenCueTrailingAdverbs } from './attribution/reported/cue-adverb.js';
import { widenCuePrepositions } from './attribution/reported/cue-particle.js';
import { widenCueInfinitiveTo } from './attribution/reported/cue-infinitive-to.js';
import { widenCueNouns } from './attribution/reported/cue-noun.js';
import { widenCueMedia } from './attribution/reported/cue-medium.js';
import { findCountSubjects } from './attribution/reported/count-subject.js';
import { findStanceNames } from './attribution/reported/stance-name.js';
import { findStanceRoles } from './attribution/reported/stance-role.js';
import { findStancePhrases } from './attribution/reported/stance-phrase.js';
import { findStateObjects } from './attribution/reported/state-object.js';
import { findUndetectedFindings } from './attribution/reported/evidence.js';
import { findTrailingFindings } from './attribution/reported/evidence-trailing.js';
import { findReportedlyClauses } from './attribution/reported/reportedly.js';
import { mergeInterrupted } from './refine/merge.js';
import { dropQuotedHeadings } from './refine/heading.js';
import { carryContext } from './refine/context.js';
import { dropScareQuotes } from './refine/scare.js';
import { dropEditorsNoteClauses } from './refine/editors-note.js';
import { dropLinkExcerpts } from './refine/link-excerpt.js';
import { dropCorrectionNoteClauses } from './refine/correction-note.js';
import { dropOverlaps } from './refine/overlap.js';
import { dropNestedOptIns } from './refine/opt-in-nested.js';
import { cutClausesBeforeQuotes } from './refine/clause-before-quote.js';
import { dropColonQuotesInClauses } from './refine/colon-in-clause.js';
import { fillSentenceGaps } from './refine/sentence-gap.js';
import { assemble } from './assemble/result.js';
import { guessSpeakers } from './refine/fallback.js';
import { markThatQuotesMixed } from './refine/that-quote.js';
import { creditPolls } from './attribution/poll-outer.js';
import { forgetSpeakerSearches } from './speakers/phrase.js';
import { suggestCollection } from './prepare/collection.js';

/** Options compiled once per extractor. */
export interface Settings {
  readonly options: ResolvedOptions;
  readonly lexicon: Lexicon;
}

/** Compiles validated options into what the stages read. */
export function compileSettings(options: ResolvedOptions): Settings {
  return { options, lexicon: compileLexicon(options) };
}

/** Runs every stage over one text. */
export function runPipeline(text: string, tokenizer: Tokenizer, settings: Settings): Extraction {
  // 1. text preparation: view, paragraphs, tokens with offsets
  const doc = prepare(text, tokenizer);
  // (a long text: wink's batches are garbage now; without a hint V8 collects them during the rule stages, at a
  // larger heap)
  suggestCollection(doc);
  // 2. to 7., in a function of their own: what only they use (marks, cues, stretches) is garbage
  // by the time the speakers are resolved, when a long text needs the most memory
  const { candidates, quoted } = findCandidates(doc, settings);
  // the rules' remembered speaker searches are garbage now (resolution asks few of them again)
  forgetSpeakerSearches(doc);
  // (a long text: so is what the rule stages dropped; without a hint V8 may let speaker resolution and the result
  // grow the heap to four times the live data before it collects again)
  suggestCollection(doc);
  // 8. speaker resolution and result assembly
  return assemble(doc, candidates, settings.options, quoted);
}

/**
 * Stages 2 to 7 over a prepared document: the candidates that survived the
 * refiners, and one byte per token, 1 inside quotation marks.
 */
function findCandidates(doc: Doc, settings: Settings): { candidates: Candidate[]; quoted: Uint8Array } {
  // 2. quote-mark scanning
  const scanned = scanQuotes(doc);
  // 3. cue detection
  const cues = detectCues(doc, settings.lexicon);
  // an unclosed mark in plain narration opens nothing
  const stretches = dropNarratedStretches(doc, scanned, cues);
  // filled sparsely, not made at the length of the text: in a long text few tokens are cues, and
  // the engine then keeps only those (a list as long as the tokens took 8 bytes per token)
  const cueAt = cuesByToken(cues);
  // 4. direct quotations and their attribution (speaker finding happens inside the rules)
  const candidates = directCandidates(doc, stretches);
  attributeDirect(doc, candidates, cueAt, settings.lexicon.verbs);
  // a quote left with no speaker, named in the short sentence after it: '"..." So said Mayor Ann Lee.'
  attributeNextSentence(doc, candidates);
  // 5. a quoted section heading ('A long way from home.' as a paragraph of its own) is no quote and joins none;
  // interrupted quotes ("A," he said, "B.") become one before reported speech looks for free cues
  dropQuotedHeadings(doc, candidates);
  mergeInterrupted(doc, candidates, false);
  // 6. reported speech and mixed quotes, from the cues direct quotes left free
  const outermost = stretches.filter((s) => s.depth === 0);
  // one byte per token: 1 inside quotation marks
  const quoted = quotedTokens(doc, outermost);
  const used = new Set<CueMatch>();
  for (const c of candidates) {
    if (c.cue) used.add(c.cue);
    if (c.relayed) used.add(c.relayed);
  }
  const context = { doc, cues, used, stretches: outermost, quoted, categories: settings.options.categories, removedNouns: settings.lexicon.removedNouns };
  // nouns of saying with a that-clause: "his claim that ..."
  const reported = addNounCues(context, findReported(context));
  // opt-in attributions found without a speaker: the subject before "is not convinced that ..."
  fillOptInSubjects(context, reported);
  // every candidate so far, for the rules below that must not take a span one of them holds
  const all = [...candidates, ...reported];
  const add = (found: readonly Candidate[]): void => {
    append(reported, found);
    append(all, found);
  };
  // headlines and transcript lines: "Mayor Reyes: Budget Will Pass By June."
  add(findColonLeads(context, all));
  // findings credited to a poll through "in" (opt-in category evidence): "In a Gazette poll, 52 percent ..."
  add(findPollSources(context, candidates, reported));
  // views credited through a fronted "to" (opt-in category thought): "To Ada Moss, the levy is a tax on renters."
  add(findToViews(context, all));
  // poll findings whose source is a count of people (opt-in categories): "6 in 10 voters backed Ramirez"
  add(findCountSubjects(context, all));
  // stances on a named person (opt-in category stance): "Mayor Lee endorsed Sen. Reyes"
  add(findStanceNames(context, all));
  // sides taken as a role (opt-in category stance): "Ms. Varga is an outspoken supporter of the levy"
  add(findStanceRoles(context, all));
  // and with a phrase of their own (opt-in category stance): "came out against the toll", "threw her support behind Reyes"
  add(findStancePhrases(context, all));
  // findings whose verb the tagger read as a noun (opt-in category evidence): "Polls show voters trust Varga"
  add(findUndetectedFindings(context, all));
  // findings whose record closes the sentence (opt-in category evidence): "..., campaign and corporate records show."
  add(findTrailingFindings(context, all));
  // clauses reported by no one named (opt-in category evidence): "The club is reportedly spending $2.4 million on ads."
  add(findReportedlyClauses(context, all));
  // states of mind with their object, after the clauses reported by no one named ("has reportedly been critical of") (opt-in categories thought and stance): "is skeptical of the levy", "is eager to sell"
  add(findStateObjects(context, all));
  // quoted characterisations through a verb outside the lexicon: 'defended her deputy as "a decent man"'
  add(findVerbAsQuoted(context, all));
  // a second verb with quoted words after a quoted object: 'called it "a mess" and compared it to "a sinking ship"'
  add(findConjoinedQuoted(context, all));
  // a quotation set off by dashes after an owned noun of saying: 'The minister's remarks — "we will not bend" — drew cheers'
  add(findDashedNounQuotes(context, all));
  absorbQuotedFragments(context, reported, candidates);
  // a transcript printed as a quotation, one turn per label: '"REYES: We will win.\n\n"HALE: Are you sure?"'
  // (after the absorption above: the marks that open a turn's paragraphs make no turn mixed)
  add(findQuotedTranscripts(context, candidates));
  // "In a Gazette poll, 52 percent said ...": the poll is credited
  creditPolls(doc, reported);
  // opt-in speakers as annotated news marks them: "A Gazette/Metro poll", "She and her husband"
  widenOptInSpeakers(context, reported);
  // every speaker as annotated news marks them: "Sen. Ada Moss (D-Ohio)", "Tom Reyes, a former mayor,"
  // (after the opt-in widening above, so "A Gazette/Metro poll" may take a tag or an appositive too; before the
  // refiners, so a speaker that guessSpeakers adds below keeps the span it was found with: a guess is never widened)
  widenSpeakerSpans(context, all);
  append(candidates, reported);
  // 7. refiners; order matters: merge, then context carry, then the scare-quote filter, then one quote per span
  // quoted stretches that no reported speech claimed join the quote before them
  mergeInterrupted(doc, candidates, true);
  carryContext(doc, candidates);
  dropScareQuotes(doc, candidates);
  // the publisher's own words: an editor's note describing a person ('Editor's note: Reyes ... who has often
  // vowed to ...') and the excerpt a list of links quotes after a byline ('"Museum to reopen," by the Ledger's Ann Cole: "..."')
  dropEditorsNoteClauses(doc, candidates);
  dropLinkExcerpts(doc, candidates);
  // and a correction or update note: 'Correction: A prior version of this piece wrongly said that ...'
  dropCorrectionNoteClauses(doc, candidates);
  dropOverlaps(candidates);
  // an opt-in thought, finding or stance inside a headline or transcript turn gives way to it: 'Riders Worried About ...'
  dropNestedOptIns(doc, candidates);
  // a quote after a colon that closes a reported clause is the clause's: 'said that she sent the same note: "..."'
  dropColonQuotesInClauses(doc, candidates);
  // and a reported clause ends at the colon or dash before a quotation attributed on its own: 'said the levy had
  // lost its purpose: "It no longer funds the schools," she told the board.'
  cutClausesBeforeQuotes(doc, candidates, quoted);
  // a last guess at who speaks a direct quote no rule attributed (changes no quote)
  guessSpeakers(doc, candidates, settings.lexicon.verbs, cueAt);
  // a quote the guess left inside a "that" clause takes the clause: 'worried that the net was "a hammock"'
  widenThatFragments(doc, candidates);
  // and a quote its sentence goes on with takes the phrase after it: '"the work we still owe" to the people of the valley'
  extendQuotedTails(doc, candidates);
  // a reported quote that took a later quotation of its sentence as a part holds the words between: 'hoped for a big
  // crowd, which "will help her win"' is one stretch
  fillSentenceGaps(doc, candidates);
  // opt-in cues as annotated news marks them: "expressed concern"
  widenOptInCues(doc, candidates, quoted);
  // and their findings: "..., while 41 percent opposed it" (a thought's or stance's object: "..., including the toll")
  extendOptInTails(doc, candidates, quoted);
  // and their content stopped inside a list of nouns that closes the sentence: "by mail, radio spots and posters"
  extendOptInNounLists(doc, candidates, quoted);
  // and their content inside a fronted clause: "While the sale is expected to close in May, ..."
  cutFrontedClauses(doc, candidates, quoted);
  // and a thought or stance before a semicolon: "thinks the toll is too high; the council ..."
  cutOptInSemicolons(doc, candidates, quoted);
  // and an infinitive's content before a second predicate of its subject: "declined to be named and is not ..."
  cutInfinitiveSecondPredicates(doc, candidates, quoted);
  // and a stance's object before a closing time or margin: "backed the levy for years"
  cutStanceAdjuncts(doc, candidates, quoted);
  // and a stance's name object before what follows it without a comma: "backed Ada Moss after the debate"
  cutNameObjectAdjuncts(doc, candidates, quoted);
  // and the proposition their verb takes: "rejected the notion that ..."
  takePropositionNouns(doc, candidates, quoted);
  // and a speech cue's noun of report: "cited reports that ...", "asked about her assertion that ..."
  takeReportNouns(doc, candidates, quoted);
  // every cue as annotated news marks it: "openly admitted"
  widenCueAdverbs(doc, candidates, quoted);
  // and one right after a verb cue: "said sarcastically"
  widenCueTrailingAdverbs(doc, candidates, quoted);
  // and the statement a participle describes: "issued a statement saying"
  widenCueMedia(doc, candidates, quoted);
  // and the noun and preposition that open its object: "signaled support for", "claimed responsibility for"
  widenCueNouns(doc, candidates, quoted);
  // and the preposition its verb takes: "called on", "called for"
  widenCuePrepositions(doc, candidates, quoted);
  // and the "to" of an infinitive cue: "used the hearing to argue that ..."
  widenCueInfinitiveTo(doc, candidates, quoted);
  // last, a reported content (any category) that a cut above left on a conjunction: "... on the first ballot and"
  trimDanglingConjunctions(doc, candidates, quoted);
  // and a direct quote that is a whole "that" clause is a mixed one: 'told the crowd that "..."'
  markThatQuotesMixed(doc, candidates);
  // only the candidates kept reach the result: those dropped (and what they hold) are garbage before the speakers
  // are resolved, when a long text needs the most memory
  return { candidates: candidates.filter((c) => c.keep), quoted };
}

// The two token loops below stand in small functions of their own: inside
// findCandidates, called once per text, their turns made V8 take it for hot and
// compile it (twice over the first hundred articles, with every stage it
// inlines); now only the loops are compiled.

/** The cue of each token that a cue covers, filled sparsely (see findCandidates). */
function cuesByToken(cues: readonly CueMatch[]): (CueMatch | undefined)[] {
  let size = 0;
  for (const c of cues) if (c.last > size) size = c.last;
  // made at its final size (holes read as undefined, as past the end): filled from empty, a first cue
  // more than about a thousand tokens in turned the list into a dictionary, and growing it left copies behind
  // (kept to texts of the articles' size: a long text's list grows as before, its memory not measured here)
  const cueAt: (CueMatch | undefined)[] = size < MAX_PRESIZED ? new Array<CueMatch | undefined>(size) : [];
  for (const c of cues) for (let k = c.first; k < c.last; k++) cueAt[k] = c;
  return cueAt;
}

/** Largest list {@link cuesByToken} makes at its final size at once. */
const MAX_PRESIZED = 50_000;

/** One byte per token: 1 inside the content of one of `stretches` (the outermost quotation marks). */
function quotedTokens(doc: Doc, stretches: readonly { readonly contentStart: number; readonly contentEnd: number }[]): Uint8Array {
  const quoted = new Uint8Array(tokenCount(doc));
  for (const s of stretches) {
    for (let k = tokenAtOrAfter(doc, s.contentStart); k < quoted.length && tokenAt(doc, k).end <= s.contentEnd; k++) quoted[k] = 1;
  }
  return quoted;
}
