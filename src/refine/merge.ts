/**
 * Joins the stretches of one interrupted quotation: `"A," he said, "B."` and
 * `"A," he said. "B. C."` are one quote with several parts, as annotated news
 * corpora count them. A quoted stretch with no attribution of its own that
 * follows reported speech in the same paragraph joins it too (`X said A. "B."`),
 * which makes that quote mixed. When the attribution sentence of a direct quote
 * went on with a reported clause or question of its own (`"A," he told Reuters
 * when asked if ... . "B."`), the next quote joins the direct quote, not that clause,
 * unless that clause is a participle's (`"A," she said, adding that X.`) and the
 * quote opens with "And" or "But": then it goes on with that clause. A quoted
 * section heading (a short paragraph in single marks) joins nothing and is dropped.
 * In the sentence that attributes a direct quote, quoted words right after its
 * cue, speaker, listener, a time word or a linking word go on with the quote
 * (`Lee said, because "we ..."`); a quoted title there (`Lee said on WXRT's
 * "Morning Hour."`: short, in Title Case) joins nothing and is dropped; other
 * quoted words of the narrator there join nothing and stay a quote of their own.
 * A quoted title inside the speaker of the quote before (`according to the
 * "Ports for All" paper`) is part of that speaker and is dropped.
 * A quoted paragraph with no attribution of its own joins the quote of the
 * paragraph before when that paragraph ends with the quote's attribution, one
 * sentence (`"A," she said.` / `"B."`, also after a mixed quote's: `X "A," she
 * said.` / `"B."`), or with a reported quote (`She said A.` / `"B."`), as news
 * corpora annotate a quote running on; so does the one quoted paragraph after a
 * quote its attribution leads in (`She said, "A."` / `"B."`: see `lead-in-paragraph.ts`).
 * No join crosses another speaker: see `otherSpeakerBetween` (`merge-guard.ts`).
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Candidate } from '../attribution/candidate.js';
import { candidateEnd, candidateStart, conjoinedVerbAt, isIngCue } from '../attribution/candidate.js';
import { opensSentence, tokenBounds } from '../attribution/direct/bounds.js';
import { append, isMarkToken, maybeToken, tokenAt, tokenAtOrAfter } from '../prepare/lookup.js';
import { isShortTitle, wordsOf } from '../marks/title.js';
import { NAMING_PARTICIPLES } from '../data/names.js';
import { TIME_WORDS } from '../data/time.js';
import { viewSlice } from '../prepare/view.js';
import { CUE_VERBS } from '../data/cues.js';
import type { CueCategory } from '../types.js';
import { unknownVerbAttribution } from './unknown-verb.js';
import { otherSpeakerBetween } from './merge-guard.js';
import { quoteAsSubject } from './quote-subject.js';
import { fillsParagraph, leadInEndsParagraph, onlyPunctuationToParagraphEnd } from './lead-in-paragraph.js';
import { SECOND_CLAUSE_CONJUNCTIONS, CLAUSE_COORDINATORS } from '../data/function-words.js';

function absorb(into: Candidate, other: Candidate): void {
  append(into.stretches, other.stretches);
  // an attribution between the parts is no part of the quote ('"A," Lee said, according to the Times. "B."')
  const relayed = into.relayedWords;
  if (relayed) {
    into.parts = into.parts.filter((p) => p !== relayed);
    into.relayedWords = null;
    // (those words were what made the quote mixed)
    into.kind = 'direct';
  }
  for (const part of other.parts) {
    const last = into.parts[into.parts.length - 1]!;
    // a part that overlaps the last one extends it rather than repeating its words
    if (part.start < last.end) into.parts[into.parts.length - 1] = { start: last.start, end: Math.max(last.end, part.end) };
    else into.parts.push(part);
  }
  if (into.kind === 'indirect') into.kind = 'mixed';
  other.keep = false;
}

/**
 * Cue categories whose reported quote a quotation in a later sentence or paragraph goes on with
 * (`Lee said A. "B."`, `Lee wrote A. "B."`, `Lee praised A. "B."`); a thought or a finding does not take one.
 */
const FOLLOWED_CATEGORIES: ReadonlySet<CueCategory> = new Set<CueCategory>(['speech', 'writing', 'source', 'stance']);

/** True when the quoted words of `c` are short and in Title Case: a programme or a work, not a quotation. */
function looksLikeTitle(doc: Doc, c: Candidate): boolean {
  const words = c.parts.flatMap((p) => wordsOf(viewSlice(doc.view, p.start, p.end)));
  return isShortTitle(words);
}

/**
 * True when the quotation `c` opening at token `open` is a short Title Case
 * title that stands after the cue of the reported quote `host`, whose content
 * ends before that cue, and runs to its sentence's end: `The pier will close,
 * Lee said on WXRT's "Morning Hour."`, `..., Lee wrote in her memoir, "Hard
 * Tides."`, `..., Lee said in a speech titled "Hard Choices."`. The title
 * names the programme or the work of the attribution.
 */
function titleInTrailingAttribution(doc: Doc, host: Candidate, c: Candidate, open: number): boolean {
  const cue = host.cue;
  if (cue === null || host.parts[host.parts.length - 1]!.end > tokenAt(doc, cue.first).start || cue.last > open) return false;
  // after a preposition, a possessive or a common noun of the attribution ('on WXRT's "Morning Hour."', 'in his book
  // "Tides."'), or a comma after such a noun ('in her memoir, "Hard Tides."'), never right after the cue or a name
  const before = maybeToken(doc, open - 1);
  if (before === undefined || open - 1 < cue.last) return false;
  const commaAfterNoun = before.value === ',' && open - 2 >= cue.last && maybeToken(doc, open - 2)?.pos === 'NOUN';
  // ('in a speech titled "Hard Choices."': a participle that names the noun before it, fix95)
  const namedNoun = NAMING_PARTICIPLES.has(before.lower) && open - 2 >= cue.last && maybeToken(doc, open - 2)?.pos === 'NOUN';
  if (!(before.pos === 'ADP' || /^['\u2019]s$/u.test(before.value) || before.pos === 'NOUN' || commaAfterNoun || namedNoun)) return false;
  let k = tokenAtOrAfter(doc, candidateEnd(c));
  while (maybeToken(doc, k) !== undefined && isMarkToken(tokenAt(doc, k).value)) k++;
  const after = maybeToken(doc, k);
  const ends = after === undefined || after.sent !== maybeToken(doc, open)!.sent || /^[.!?]$/.test(after.value);
  return ends && looksLikeTitle(doc, c);
}

/**
 * True when the quotation `c` is a short Title Case title glued to a
 * lower-case noun right after its closing mark, with no punctuation inside
 * the mark: the '"Harbour Nights"' of '"Harbour Nights" host Ann Lee', a
 * work that modifies the noun.
 */
function titleBeforeNoun(doc: Doc, c: Candidate): boolean {
  const end = candidateEnd(c);
  const next = maybeToken(doc, tokenAtOrAfter(doc, end));
  if (next === undefined || next.start !== end + 1 || next.pos !== 'NOUN' || !/^\p{Ll}/u.test(next.value)) return false;
  return /[\p{L}\p{N}]$/u.test(viewSlice(doc.view, end - 2, end - 1)) && looksLikeTitle(doc, c);
}

/** Parts of speech of a word that hands an attribution back to the quote ("said, because", "said, then"). */
const LINKING_POS = new Set(['SCONJ', 'ADV', 'CCONJ', 'ADP']);

/**
 * True when only the attribution of the direct quote `host` stands before the
 * quoted words opening at token `open`: its cue, its speaker, a listener right
 * after the cue, a time word, and a linking word (`"A," Lee said, because "B."`,
 * `Lee told reporters "B."`, `he said Tuesday "B."`).
 */
function resumesQuote(doc: Doc, host: Candidate, open: number): boolean {
  const cue = host.cue!;
  const sp = host.speaker;
  const from = sp && sp.first >= cue.last && sp.first <= cue.last + 1 ? sp.last : cue.last;
  if (from > open || open - from > 4) return false;
  for (let k = from; k < open; k++) {
    const t = tokenAt(doc, k);
    // a listener right after the cue: 'told reporters', 'told the board'
    const listener = k === cue.last && (t.pos === 'NOUN' || t.pos === 'PRON' || t.pos === 'PROPN' || t.pos === 'DET');
    if (t.pos !== 'PUNCT' && !TIME_WORDS.has(t.lower) && !LINKING_POS.has(t.pos) && !listener && !(k === cue.last + 1 && tokenAt(doc, cue.last).pos === 'DET' && t.pos === 'NOUN')) return false;
  }
  return true;
}

function lastParagraph(c: Candidate): number {
  return c.stretches.length > 0 && c.kind === 'direct' ? c.stretches[c.stretches.length - 1]!.para : c.para;
}

/**
 * Merges each direct candidate sharing a cue, and (when `unattributed`) each one
 * with no attribution, into the attributed quote before it in its paragraph.
 */
export function mergeInterrupted(doc: Doc, candidates: readonly Candidate[], unattributed: boolean): void {
  const ordered = candidates.filter((c) => c.keep).sort((a, b) => candidateStart(a) - candidateStart(b));
  let host: Candidate | null = null;
  // the last direct quote with a cue: '"A," he told Reuters when asked if ... . "B."' joins A, not the question
  let directHost: Candidate | null = null;
  for (const c of ordered) {
    // a title quoted inside the speaker of the quote before ('according to the "Ports for All" paper') is part of
    // that speaker's name, no quote
    if (host && host.speaker !== null && c.cue === null && c.speaker === null && candidateStart(c) >= host.speaker.start && candidateEnd(c) <= host.speaker.end) {
      c.keep = false;
      continue;
    }
    if (unattributed && host && host.kind !== 'direct' && directHost && attributionSentenceBefore(doc, directHost, host, c)) {
      // '"A," she said, adding that X. "And B."': the participle's own clause goes on with the quote after it
      const into = participleReport(doc, host) && opensWithConjunction(doc, c) ? host : directHost;
      if (!otherSpeakerBetween(doc, into, c)) {
        absorb(into, c);
        continue;
      }
    }
    if (host && host.cue !== null && lastParagraph(host) === c.para && c.kind === 'direct' && c.stretches.length > 0) {
      // a stretch with no attribution joins only when it stands as a sentence of its own, not as a scare quote
      const open = tokenBounds(doc, c).open;
      const hostEnd = host.parts[host.parts.length - 1]!.end;
      const sameSentence = maybeToken(doc, tokenAtOrAfter(doc, hostEnd - 1))?.sent === maybeToken(doc, open)!.sent;
      // quoted words right after a preposition, or after a word in the sentence of a direct quote's attribution,
      // are the narrator's ('Lee said on "Morning Edition."', 'calling him a "talented guy"'), unless the
      // attribution hands back to the quote: 'Lee said, because "we have the votes."', 'Lee told reporters "..."'
      const before = maybeToken(doc, open - 1);
      const direct = host.rule.startsWith('direct/');
      const afterWord = sameSentence && direct && before !== undefined && /^(?:[\p{L}\p{N}]+|['\u2019]s)$/u.test(before.value) && !CLAUSE_COORDINATORS.has(before.value.toLowerCase());
      const narrated = (before?.pos === 'ADP' || afterWord) && before!.sent === maybeToken(doc, open)!.sent;
      // a short stretch in Title Case there is a title: 'Lee said on WXRT's "Morning Hour."'
      const titled = narrated && looksLikeTitle(doc, c);
      const resumes = narrated && !titled && direct && resumesQuote(doc, host, open);
      // after reported speech, a quote in a later sentence joins only when it opens that sentence, not after a
      // lead-in of its own ('X vows A. Then, the laugh line: "B."')
      const opens = sameSentence || (direct ? opensSentence(doc, open, 0) : bareOpening(doc, open));
      // after reported words, quoted words that a second verb of the subject takes are that verb's, not a report
      // ('called the plan "a joke" and painted the harbor "bright blue"')
      // (and after a question put to the speaker, the sentence's own clause holds the answer, not the question:
      // 'Asked if the mine would close, the minister was calm: "Never."')
      // (in a later sentence too: 'Asked whether the plant would close, she smiled. "We will see."' is her answer)
      const otherVerb = (sameSentence && !direct && verbBetween(doc, tokenAtOrAfter(doc, hostEnd), open)) || host.rule === 'reported/asked-question';
      // a thought or a finding is the narrator's reading: a quote in a later sentence is no part of it
      // ('Lee fears the town has lost its way. "We need jobs."')
      const heldBack = !sameSentence && !direct && !FOLLOWED_CATEGORIES.has(host.cue.category);
      // ('"A," Lee said. "B," an angry Hale retaliated.': a quote attributed through a verb outside the lexicon is Hale's)
      // ('X claimed A. "Harbour Nights" host Ann Lee said B.': a title that modifies the noun after it is no quote)
      // ('X claimed A. "It was never sold" remains the answer.': a quotation its sentence's verb follows is that verb's subject)
      const follows = unattributed && c.cue === null && c.speaker === null && (!narrated || resumes) && opens && !otherVerb && !heldBack && !unknownVerbAttribution(doc, c) && !titleBeforeNoun(doc, c) && !(!sameSentence && quoteAsSubject(doc, c));
      // a title right after the cue is its listener or its programme, no part of the quote ('Lee told "Face the Nation."')
      // (so is one in the attribution that follows reported words: 'The pier will close, Lee said on WXRT's "Morning
      // Hour."', '..., Lee wrote in her memoir, "Hard Tides."')
      if ((c.cue === host.cue && titled) || (sameSentence && !direct && c.cue === null && c.speaker === null && titleInTrailingAttribution(doc, host, c, open))) {
        c.keep = false;
        continue;
      }
      // (never across another speaker: see otherSpeakerBetween)
      if ((c.cue === host.cue || follows) && !otherSpeakerBetween(doc, host, c)) {
        absorb(host, c);
        continue;
      }
      // '"A," Lee said. Instead, "B."': a quotation after a short lead-in, in the sentence after a direct quote's
      // attribution, goes on with that quote, lead-in and all (with both marks, as a mixed quote's part has them)
      if (unattributed && !sameSentence && direct && c.cue === null && c.speaker === null && leadsOnAfterAttribution(doc, host, c) && !otherSpeakerBetween(doc, host, c)) {
        c.parts[0] = { start: tokenAt(doc, doc.sentences[tokenAt(doc, open).sent]!.first).start, end: Math.max(c.parts[0]!.end, c.stretches[0]!.end) };
        absorb(host, c);
        host.kind = 'mixed';
        continue;
      }
      // a title in the attribution of a direct quote is no quote; other quoted words of the narrator there stay
      // a quote of their own; either way the quote stays the host of what follows
      if (narrated && unattributed && c.cue === null && c.speaker === null && direct) {
        if (titled) c.keep = false;
        continue;
      }
    }
    // a quoted paragraph with no attribution of its own after the paragraph that ends
    // with an attributed quote continues that quote: '"A," she said.' / '"B."'
    // (a reported thought or finding takes none: see FOLLOWED_CATEGORIES)
    if (unattributed && host && continuesParagraph(doc, host, c) && (host.kind === 'direct' || (host.cue !== null && FOLLOWED_CATEGORIES.has(host.cue.category))) && !otherSpeakerBetween(doc, host, c)) {
      absorb(host, c);
      continue;
    }
    // '"A," the ad says. "B."': a quote whose attribution no rule read goes on after the one sentence that follows it
    if (unattributed && host && narratedBetween(doc, host, c) && !otherSpeakerBetween(doc, host, c)) {
      absorb(host, c);
      continue;
    }
    host = c;
    if (c.kind === 'direct' && c.cue !== null) directHost = c;
  }
}

/** Most words of the narrator before a quotation that goes on with the quote of the sentence before. */
const MAX_LEAD_WORDS = 8;

/** Fewest words of a quotation that goes on with the quote of the sentence before after a lead-in. */
const MIN_LEAD_QUOTE_WORDS = 4;

/**
 * True when the direct quote `c`, with no attribution of its own, opens in
 * the sentence right after the one that holds the attribution and the end of
 * the direct quote `host`, after a short lead-in of the narrator's with no
 * quotation mark, and runs to its sentence's end: `"A," Lee said. But "B
 * C D E."`, `"A," Lee said. Instead, "B C D E."`. Annotated news reads the
 * lead-in and the quotation as the rest of Lee's quote. Not a scare quote
 * (`..." Lee said. Lee sits on the "town board" now.`: short, or not at the
 * sentence's end) and not after a long sentence of the narrator's.
 */
function leadsOnAfterAttribution(doc: Doc, host: Candidate, c: Candidate): boolean {
  if (host.cue === null || c.stretches.length !== 1) return false;
  const stretch = c.stretches[0]!;
  if (stretch.close < 0) return false;
  const open = tokenBounds(doc, c).open;
  const sent = tokenAt(doc, open).sent;
  const hostEnd = tokenAtOrAfter(doc, host.parts[host.parts.length - 1]!.end - 1);
  if (sent === 0 || tokenAt(doc, host.cue.head).sent !== sent - 1 || tokenAt(doc, hostEnd).sent !== sent - 1) return false;
  const sentence = doc.sentences[sent]!;
  const lead = doc.text.slice(tokenAt(doc, sentence.first).start, stretch.open);
  const words = lead.match(/[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)?/gu) ?? [];
  if (words.length === 0 || words.length > MAX_LEAD_WORDS) return false;
  if (wordsOf(viewSlice(doc.view, stretch.contentStart, stretch.contentEnd)).length < MIN_LEAD_QUOTE_WORDS) return false;
  // no quotation mark in the lead-in, and no cue verb of any category, which takes the quotation itself:
  // 'She wants the board "to ..."'
  for (let k = sentence.first; k < open; k++) {
    const t = tokenAt(doc, k);
    if (isMarkToken(t.value) || (t.pos === 'VERB' && CUE_VERBS.has(t.lemma))) return false;
  }
  // the quotation ends its sentence
  return /^[\s\p{P}]*$/u.test(doc.text.slice(stretch.end, tokenAt(doc, sentence.last - 1).end));
}

/** True when "and" or "but" and a verb stand between tokens `from` and `open`: "... and painted the harbor". */
function verbBetween(doc: Doc, from: number, open: number): boolean {
  for (let k = from; k < open; k++) if (conjoinedVerbAt(doc, k, open)) return true;
  return false;
}

/** True when nothing but punctuation and marks stands between the start of its sentence and the mark at token `open`. */
function bareOpening(doc: Doc, open: number): boolean {
  const sentence = doc.sentences[tokenAt(doc, open).sent]!;
  for (let k = sentence.first; k < open; k++) if (/[\p{L}\p{N}]/u.test(tokenAt(doc, k).value)) return false;
  return true;
}

/** True when `c` is reported content of a participle cue after a comma: `..., adding that X`. */
function participleReport(doc: Doc, c: Candidate): boolean {
  const cue = c.cue;
  return cue !== null && cue.form === 'verb' && isIngCue(doc, cue) && tokenAt(doc, cue.first - 1).value === ',';
}

/** True when the quoted words of `c` open with "And" or "But". */
function opensWithConjunction(doc: Doc, c: Candidate): boolean {
  return SECOND_CLAUSE_CONJUNCTIONS.has(tokenAt(doc, tokenAtOrAfter(doc, c.parts[0]!.start)).lower);
}

/**
 * True when `c`, a quote with no attribution of its own that opens a sentence,
 * follows the sentence that attributes the direct quote `direct`, and the
 * reported candidate `between` stands inside that sentence: the attribution
 * went on with a question or a clause of its own before the quote resumed.
 */
function attributionSentenceBefore(doc: Doc, direct: Candidate, between: Candidate, c: Candidate): boolean {
  if (c.kind !== 'direct' || c.stretches.length === 0 || c.cue !== null || c.speaker !== null || direct.cue === null || lastParagraph(direct) !== c.para) return false;
  if (between.cue === null) return false;
  const open = tokenBounds(doc, c).open;
  if (!opensSentence(doc, open, 0)) return false;
  const before = tokenAt(doc, open - 1).sent;
  return tokenAt(doc, direct.cue.head).sent === before && tokenAt(doc, between.cue.head).sent === before;
}

/**
 * True when `c`, a quoted paragraph with no attribution of its own, follows the
 * paragraph that ends with the attributed direct quote `host` and its short
 * attribution, or with the reported quote `host` itself.
 */
function continuesParagraph(doc: Doc, host: Candidate, c: Candidate): boolean {
  if (host.cue === null || c.kind !== 'direct' || c.cue !== null || c.speaker !== null || c.stretches.length === 0) return false;
  // a reported host stays one after it took quoted paragraphs: it takes every one that follows, as a direct host does
  // (also after a quote that its attribution leads in: 'Vidal said, "A."' / '"B."', see leadInEndsParagraph)
  if (host.kind === 'direct') return attributionEndsParagraph(doc, host, host.stretches[host.stretches.length - 1]!.para, c) || leadInEndsParagraph(doc, host, c);
  return reportEndsParagraph(doc, host, c) || (quotedReportBeforeCue(doc, host) && attributionEndsParagraph(doc, host, host.para, c));
}

/**
 * Most characters of the attribution sentence that ends the paragraph before a
 * quoted paragraph going on with its quote: one sentence, with its adjuncts and
 * appositives ('"A," Lee said on Monday in Dayton, the county seat, before the
 * vote.' / '"B."').
 */
const MAX_ATTRIBUTION_TAIL = 250;

/**
 * True when `host` is a mixed quote whose cue stands after its content, as a
 * direct quote's trailing attribution does: `The levy "will hurt renters," Lee
 * said.` Its paragraph ending with that attribution, a quoted paragraph after
 * it goes on with its quotation.
 */
function quotedReportBeforeCue(doc: Doc, host: Candidate): boolean {
  return host.kind === 'mixed' && host.cue !== null && tokenAt(doc, host.cue.first).start >= host.parts[host.parts.length - 1]!.end;
}

/**
 * True when the quoted paragraph `c` opens the paragraph after `para`, which
 * ends with the quote `host` and its attribution, one short sentence after it,
 * and `c` fills its paragraph.
 */
function attributionEndsParagraph(doc: Doc, host: Candidate, hostPara: number, c: Candidate): boolean {
  const first = c.stretches[0]!;
  if (host.cue === null || first.para !== hostPara + 1 || first.open !== doc.paragraphs[first.para]!.start) return false;
  // nothing but the attribution after the host's quote: its cue stands after the quote's last part
  const para = doc.paragraphs[hostPara]!;
  const after = candidateEnd(host);
  const cueEnd = tokenAt(doc, host.cue.last - 1).end;
  const tailStart = Math.max(after, cueEnd);
  const tail = doc.text.slice(tailStart, tokenAt(doc, para.last - 1).end);
  // the attribution is one sentence (by the document's sentences: 'said Mr. Lee.' is one), and the quote fills its paragraph
  if (cueEnd <= candidateStart(host) || tail.length > MAX_ATTRIBUTION_TAIL || /["\u201c\u201d]/.test(tail) || wordInLaterSentence(doc, tokenAtOrAfter(doc, tailStart), para.last)) return false;
  return fillsParagraph(doc, c);
}

/** True when a word among tokens [from, to) stands in a later sentence than token `from - 1`. */
function wordInLaterSentence(doc: Doc, from: number, to: number): boolean {
  const sent = tokenAt(doc, from - 1).sent;
  for (let k = from; k < to; k++) {
    const t = tokenAt(doc, k);
    if (t.sent !== sent && /[\p{L}\p{N}]/u.test(t.value)) return true;
  }
  return false;
}

/**
 * True when the reported quote `host` (with the quoted paragraphs it took, if
 * any) ends the paragraph right before the quoted paragraph `c` opens.
 */
function reportEndsParagraph(doc: Doc, host: Candidate, c: Candidate): boolean {
  const first = c.stretches[0]!;
  const para = doc.paragraphs[first.para - 1];
  const hostPara = host.stretches.length > 0 ? host.stretches[host.stretches.length - 1]!.para : host.para;
  if (!para || hostPara !== first.para - 1 || first.open !== doc.paragraphs[first.para]!.start) return false;
  return onlyPunctuationToParagraphEnd(doc, candidateEnd(host), first.para - 1) && fillsParagraph(doc, c);
}

/** Most characters the one sentence between the stretches of an unattributed quote may have. */
const MAX_NARRATION = 250;

/**
 * True when `host` and `c` are direct quotes with no attribution yet, in one
 * paragraph, `host` opening its sentence, and between them stands one sentence with no quotation marks,
 * after a quote that closed on a comma, a question mark or an exclamation mark
 * and before one that opens the next sentence: `"A," the ad says. "B."`,
 * `"A?" Lee went on. "B."` Annotated news reads them as one interrupted quote
 * whose attribution is that sentence, as it does when a rule reads the cue.
 */
function narratedBetween(doc: Doc, host: Candidate, c: Candidate): boolean {
  if (host.kind !== 'direct' || c.kind !== 'direct' || host.cue !== null || host.speaker !== null || c.cue !== null || c.speaker !== null) return false;
  const last = host.stretches[host.stretches.length - 1];
  const first = c.stretches[0];
  if (!last || !first || last.close < 0 || first.para !== last.para) return false;
  // the first quote opens its sentence ('Based on the log, "A," Lee said. "B."' is the trailing-attribution guess's)
  if (!opensSentence(doc, tokenBounds(doc, host).open, 0)) return false;
  // the quote closes on a comma, a question mark or an exclamation mark: the sentence goes on
  if (!/[,?!]\s*$/.test(doc.text.slice(last.contentStart, last.contentEnd))) return false;
  const between = doc.text.slice(last.end, first.open);
  if (between.length > MAX_NARRATION || !/^\s*[\p{L}\p{N}(]/u.test(between) || /["\u201c\u201d\n]/.test(between) || !/[.!?]\s*$/.test(between)) return false;
  // one sentence: the words after the closing mark and the mark that opens the next quote's sentence
  const after = tokenAtOrAfter(doc, last.end);
  const open = tokenBounds(doc, c).open;
  return open > after && tokenAt(doc, after).sent === tokenAt(doc, open - 1).sent && opensSentence(doc, open, 0);
}
