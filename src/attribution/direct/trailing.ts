/**
 * A cue after the quote (rules `direct/trailing-speaker-cue`,
 * `direct/trailing-cue-speaker`, `direct/trailing-cue`,
 * `direct/trailing-according-to`): the first cue after the closing mark and
 * its speaker, before it (`"We will rebuild," Ada Moss said.`), after it
 * (`"We will rebuild," said Ada Moss.`) or after "according to"
 * (`"We will rebuild," according to the harbor office.`).
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { Attribution, CueMatch } from '../candidate.js';
import { closingMark, isIngCue } from '../candidate.js';
import { isMarkToken, maybeToken, tokenAt, tokenCount } from '../../prepare/lookup.js';
import { elidedArticleParticleStart, oneSpeaker, speakerAfter, speakerBefore, isInnerHyphen } from '../../speakers/phrase.js';
import { DAY_OR_MONTH, TIME_LEADS, TIME_PHRASE_WORDS } from '../../data/time.js';
import { afterTimePhrase } from '../../cues/time-phrase.js';
import { AFFILIATION_JOINERS } from '../../data/titles.js';
import { viewSlice, viewChar } from '../../prepare/view.js';
import { SINGULAR_BE_FORMS, SPEAKER_RELATIVES } from '../../data/clauses.js';
import { SENTENCE_END as END_OF_SENTENCE } from '../../data/marks.js';
import { endsSentence } from './bounds.js';
import { REACTION_VERBS } from '../../data/cues.js';
import { mentionWith } from '../../speakers/shape.js';

/** Punctuation that may stand between a quote and its trailing attribution. */
const GLUE = new Set([',', '\u2014', '\u2013', '-', '--', '\u2026']);

const MAX_TRAIL = 30;

/**
 * One past "was all" (and an optional "that") at token `k` after a quote, or
 * -1: `"...," was all the minister would say.`, `"...," is all that Lee said.`
 */
function allSaidEnd(doc: Doc, k: number): number {
  if (!SINGULAR_BE_FORMS.has(tokenAt(doc, k).lower) || tokenAt(doc, k + 1).lower !== 'all') return -1;
  return tokenAt(doc, k + 2).lower === 'that' ? k + 3 : k + 2;
}

/** `"...," Smith said.` `"...," said Smith.` `"...?" asked Smith.` `"...," Smith, the treasurer, said.` */
export function trailingAttribution(doc: Doc, cueAt: readonly (CueMatch | undefined)[], after: number, ceiling: number): Attribution | null {
  let k = after;
  while (k < ceiling && (GLUE.has(tokenAt(doc, k).value) || isMarkToken(tokenAt(doc, k).value))) k++;
  if (k >= ceiling) return null;
  const found = trailingAt(doc, cueAt, after, ceiling, k);
  // a quote that ends its sentence, then a line break and a subject whose verb goes on: the next line opens a paragraph of its
  // own ('..." + newline + "Lee acknowledged that ...' in text with single line breaks between paragraphs); after a full stop
  // when an object or a clause follows the verb ('Lee repeated the promise'; 'Lee said on Monday.', as in text wrapped at a
  // fixed width, stays), after a question or exclamation mark only when a clause follows the verb before any comma
  // ('"...?" + newline + "Lee asked on Monday.' stays); an inverted attribution ('asked Lee, the mayor.') opens no sentence
  const cue = found?.cue;
  if (cue && (found.speaker === null || found.speaker.first < cue.first)) {
    const end = lineBreakAfterSentence(doc, after, k);
    if (end === '.' ? objectAfter(doc, cue.last) : end !== null && clauseFollows(doc, cue, true)) return null;
  }
  return found;
}

/**
 * True when the apostrophe at token `j` marks a plural possessive, no closing
 * quotation mark: glued to a word ending in "s" before it and followed by a
 * space and a word (`Tod Verin, the Quills\u2019 campaign manager, said`).
 */
function pluralPossessive(doc: Doc, j: number): boolean {
  const t = tokenAt(doc, j);
  if (t.value !== '\u2019' && t.value !== "'") return false;
  const prev = maybeToken(doc, j - 1);
  const next = maybeToken(doc, j + 1);
  if (prev === undefined || next === undefined || prev.end !== t.start || next.start === t.end) return false;
  return /[\p{L}]s$/iu.test(prev.value) && /^\p{L}/u.test(next.value) && prev.sent === next.sent;
}

/** {@link trailingAttribution} from token `k`, the first word after the closing mark and its glue. */
function trailingAt(doc: Doc, cueAt: readonly (CueMatch | undefined)[], after: number, ceiling: number, k: number): Attribution | null {
  const limit = Math.min(ceiling, k + MAX_TRAIL);
  for (let j = k; j < limit; j++) {
    const t = tokenAt(doc, j);
    // (not the apostrophe of a name's elided article: '"...," Marten op ’t Hof said.')
    if (isMarkToken(t.value) && !pluralPossessive(doc, j) && elidedArticleParticleStart(doc, j - 1) !== j - 1) break;
    const cue = cueAt[j];
    if (!cue || cue.head !== j) continue;
    // a cue inside a relative clause set off after the speaker phrase is the relative's own, and the sentence's verb
    // after it attributes the quote: '"...," the cyclist, who asked not to be named, told police.'
    if (insideSpeakerRelative(doc, k, cue.first)) continue;
    // a participle after a quote starts an attribution of its own: '"New York values," saying the city ...'
    if (cue.first === k && cue.form === 'verb' && isIngCue(doc, cue)) break;
    if (cue.first === k && cue.form === 'verb') {
      // inverted: "said Smith"
      // right after a quote any verb of speech or writing may invert: "...," fumed Lopez
      const after1 = tokenAt(doc, cue.last + 1);
      const speaker = speakerAfter(doc, cue.last, limit) ?? (after1.pos === 'PUNCT' || cue.last + 1 >= limit ? oneSpeaker(doc, cue.last) : null);
      if (speaker) return { cue, speaker, rule: 'direct/trailing-cue-speaker', confidence: 0.95 };
      // a bare cue right after the quote only attributes it after a comma or a question
      const mark = tokenAt(doc, closingMark(doc, after));
      const glued = k > after || /[,?!]$/.test(viewSlice(doc.view, mark.start - 1, mark.start));
      return glued ? { cue, speaker: null, rule: 'direct/trailing-cue', confidence: 0.6 } : null;
    }
    const speaker = speakerBefore(doc, cue.first, k) ?? (cue.first === k + 1 ? oneSpeaker(doc, k) : null);
    // the speaker phrase starts right after the quote; with an appositive name
    // ("the press secretary, Omar Vance, said") the description before it does
    // ("KXRB This Evening anchor Dana Morgan said": a capitalised affiliation the speaker phrase stops short of opens it)
    // (not a new sentence after a quote closed by a full stop: '"..." In Dayton Mayor Ada Moss said otherwise.')
    const lead = speaker !== null && speaker.first !== k && speaker.kind === 'name' && !endsSentence(doc, after) && affiliationLead(doc, k, speaker.first);
    // ('"...," as one analyst put it.', '"...," as the mayor said on Friday.': "as" stands before the speaker
    // of a cue that takes no clause of its own)
    const asPut = speaker !== null && speaker.first === k + 1 && tokenAt(doc, k).lower === 'as' && cue.form === 'verb' && asCueEnds(doc, cue);
    // ('"...," was all the minister would say.': the quote is all the speaker said)
    const allSaid = speaker !== null && cue.form === 'verb' && speaker.first === allSaidEnd(doc, k);
    if (speaker && (speaker.first === k || asPut || allSaid || (speaker.description !== undefined && onlyPhrase(doc, k, speaker.first)) || lead)) {
      // ('"Harbour Nights" star Lena Ostrova said she would return': a title glued to a role noun before a name, the
      // cue taking a clause of its own, names a work, and is no quote)
      if (titleModifier(doc, after, k, cue)) return null;
      // after a quote closed by a full stop, "The network said it would ..." starts a sentence of its own, and
      // "Kwame Mensah agreed." reacts to the quote
      if (endsSentence(doc, after) && (clauseFollows(doc, cue) || REACTION_VERBS.has(cue.lemma))) return null;
      // 'Smith said: "A," Jones said: "B."': a cue with a colon introduces the next quote
      if (colonFollows(doc, cue)) return null;
      // the affiliation is part of the speaker phrase ("KXRB This Evening anchor Dana Morgan")
      const mention = lead ? mentionWith(speaker, { first: k, start: tokenAt(doc, k).start }) : speaker;
      return { cue, speaker: mention, rule: 'direct/trailing-speaker-cue', confidence: 0.95 };
    }
    if (cue.form === 'phrase' && cue.first === k) {
      const source = speakerAfter(doc, cue.last, limit);
      if (source) return { cue, speaker: source, rule: 'direct/trailing-according-to', confidence: 0.9 };
    }
    // only the first cue after the quote can attribute it
    break;
  }
  return null;
}

/**
 * True when token `first` (a cue's first word) lies inside a relative clause
 * opened by a comma and "who" or "which" after the speaker phrase that starts
 * at token `k`, and not yet closed by a comma: the phrase before the comma
 * holds no cue and no mark, and no comma stands between the relative pronoun
 * and `first`, but one closes the relative later in the sentence (`the
 * cyclist, who asked not to be named, told police`).
 */
function insideSpeakerRelative(doc: Doc, k: number, first: number): boolean {
  for (let r = k + 1; r < first; r++) {
    const t = tokenAt(doc, r);
    if (t.value === ',' && SPEAKER_RELATIVES.has(tokenAt(doc, r + 1).lower) && r + 1 < first) {
      for (let q = r + 2; q < first; q++) if (tokenAt(doc, q).value === ',' || END_OF_SENTENCE.has(tokenAt(doc, q).value) || isMarkToken(tokenAt(doc, q).value)) return false;
      // the relative closes with a comma later in the sentence ('Lee, who chairs the PAC said in a statement.' has no
      // comma after its relative: its "said" is the sentence's verb)
      for (let q = first + 1; q < tokenCount(doc); q++) {
        const w = tokenAt(doc, q);
        if (w.value === ',') return true;
        if (END_OF_SENTENCE.has(w.value) || isMarkToken(w.value) || w.sent !== t.sent) return false;
      }
      return false;
    }
    if (END_OF_SENTENCE.has(t.value) || isMarkToken(t.value)) return false;
  }
  return false;
}

/**
 * True when the quote closing before token `after` is the title of a work
 * that modifies the speaker phrase after it: no punctuation inside the
 * closing mark, nothing between the mark and token `k`, a bare lower-case
 * noun at `k` (a role: "star", "host", "author") and an object or a clause
 * right after the cue or after a time phrase after it
 * (`"Harbour Nights" star Lena Ostrova said she would return`).
 */
function titleModifier(doc: Doc, after: number, k: number, cue: CueMatch): boolean {
  if (k !== after) return false;
  const mark = tokenAt(doc, closingMark(doc, after));
  const head = tokenAt(doc, k);
  if (!/^[\p{L}\p{N}]$/u.test(viewSlice(doc.view, mark.start - 1, mark.start))) return false;
  // (after a time phrase too: "... said on Monday she would return", "... said Monday that ...")
  return head.pos === 'NOUN' && /^\p{Ll}/u.test(head.value) && head.sent === tokenAt(doc, cue.head).sent && objectAfter(doc, afterTimePhrase(doc, cue.last));
}

/** Most words an affiliation before a trailing speaker phrase may hold. */
const MAX_AFFILIATION = 6;

/**
 * True when tokens [from, to) are an affiliation written before a speaker's
 * title and name, all in one stretch right after a quote: capitalised words,
 * with numbers, currency signs, hyphens and the lower-case "for", "of" or "the"
 * between them ("KXRB This Evening", "Fares for $5"), opening with a capital
 * and ending with a capitalised word or a number. A preposition ("In Dayton",
 * "On Friday") or a day or month name sets a scene instead.
 */
function affiliationLead(doc: Doc, from: number, to: number): boolean {
  if (to <= from || to - from > MAX_AFFILIATION) return false;
  for (let k = from; k < to; k++) {
    const t = tokenAt(doc, k);
    if (t.sent !== tokenAt(doc, to).sent || t.para !== tokenAt(doc, to).para) return false;
    // (no affiliation holds a day or a month: "On Friday Ada Moss disagreed")
    if (DAY_OR_MONTH.has(t.lower)) return false;
    if (k > from && k < to - 1 && (/^[$£€-]$/.test(t.value) || AFFILIATION_JOINERS.has(t.value))) continue;
    const capital = /^\p{Lu}/u.test(t.value);
    if (k === from && !capital) return false;
    if (t.pos === 'ADP') return false;
    if (capital || /^[$£€]?\d/.test(t.value)) continue;
    return false;
  }
  return true;
}

/**
 * The mark that ends the sentence of the quote closing before token `after`
 * (`.`, `?` or `!` before the closing mark or marks) when a line break stands
 * between the closing mark and token `k`; null otherwise.
 */
function lineBreakAfterSentence(doc: Doc, after: number, k: number): string | null {
  const close = maybeToken(doc, closingMark(doc, after));
  if (close === undefined || !viewSlice(doc.view, close.end, tokenAt(doc, k).start).includes('\n')) return null;
  let p = close.start - 1;
  while (p > 0 && isMarkToken(viewChar(doc.view, p)!)) p--;
  const end = p >= 0 ? viewChar(doc.view, p)! : '';
  return /[.?!]/.test(end) ? end : null;
}

/**
 * True when token `k`, right after a cue, opens an object or a clause of the
 * cue's sentence ("repeated the promise", "criticized her plan", "insisted
 * that"), not an adjunct or the sentence end ("said on Monday", "said
 * Monday", "said, smiling", "said.").
 */
function objectAfter(doc: Doc, k: number): boolean {
  const t = maybeToken(doc, k);
  if (t === undefined || t.sent !== tokenAt(doc, k - 1).sent || TIME_LEADS.has(t.lower) || TIME_PHRASE_WORDS.has(t.lower)) return false;
  return t.lower === 'that' || /^(DET|NOUN|PROPN|PRON|ADJ|NUM|VERB|AUX)$/.test(t.pos);
}

/** True when tokens [from, to) hold no verb, mark or sentence end: a noun phrase and its commas. */
function onlyPhrase(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokenAt(doc, k);
    // (a plural possessive is no quotation mark: "the Hawks\u2019 coach, Ben Oyelaran, said")
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !hyphenedModifier(doc, k, from)) || (isMarkToken(t.value) && !pluralPossessive(doc, k)) || /^[.!?:;]$/.test(t.value)) return false;
  }
  return true;
}

/**
 * True when the verb-tagged token `k` is half of a hyphenated modifier inside
 * a noun phrase that opens at `from`, joined with no space to the word before
 * or after it: the "live" of "the live-stream host", the "based" of "the
 * Oslo-based writer".
 */
function hyphenedModifier(doc: Doc, k: number, from: number): boolean {
  return (k + 2 < tokenCount(doc) && isInnerHyphen(doc, k + 1)) || (k - 2 >= from && isInnerHyphen(doc, k - 1));
}

/**
 * True when a colon follows the cue before any quotation mark: "Jones said on
 * Monday: ...". A colon after a second verb belongs to that verb, and the cue
 * attributes the quote before it: '"...," Jones said, adding: "..."',
 * '"...," Jones said before adding: "..."'.
 */
function colonFollows(doc: Doc, cue: CueMatch): boolean {
  for (let k = cue.last; k < Math.min(tokenCount(doc), cue.last + 8); k++) {
    const t = tokenAt(doc, k);
    if (t.value === ':') return true;
    if ((t.pos === 'VERB' && /ing$/.test(t.lower)) || t.lower === 'then' || t.lower === 'and') return false;
    if (isMarkToken(t.value) || t.value === '.' || t.para !== tokenAt(doc, cue.head).para) return false;
  }
  return false;
}

/**
 * True when a clause follows the cue in its sentence (a verb, or a colon:
 * "Jones said: "...""), before any quotation mark. With `beforeComma`, a
 * "that" counts too and a comma ends the search: "asked, smiling at the
 * crowd that had gathered" is an adjunct, "insisted that ..." a clause.
 */
function clauseFollows(doc: Doc, cue: CueMatch, beforeComma = false): boolean {
  const sentence = doc.sentences[tokenAt(doc, cue.head).sent]!;
  for (let k = cue.last; k < sentence.last; k++) {
    const t = tokenAt(doc, k);
    if (beforeComma && t.value === ',') return false;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.value === ':' || (beforeComma && t.lower === 'that')) return true;
    if (isMarkToken(t.value)) return false;
  }
  return false;
}

/**
 * True when the cue after an "as" and its speaker takes no object or clause
 * of its own: the sentence or clause ends after it, or a time or place phrase
 * follows ('"...," as the mayor said.', '... as she put it on Friday.', '...
 * as he said last week.').
 */
function asCueEnds(doc: Doc, cue: CueMatch): boolean {
  const next = tokenAt(doc, cue.last);
  return /^[.,;!?]$/.test(next.value) || (next.pos === 'ADP' && next.lower !== 'that') || afterTimePhrase(doc, cue.last) > cue.last;
}
