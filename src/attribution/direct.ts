/**
 * Direct quotations: builds candidates from quoted stretches and links them to
 * a cue and a speaker, rule by rule (each rule sees only what earlier rules
 * left unattributed).
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { QuotedStretch } from '../marks/scan.js';
import type { Candidate, CueMatch, Mention, Range } from './candidate.js';
import { tokenAt, tokenAtOrAfter, isMarkToken } from '../prepare/lookup.js';
import { speakerAfter, speakerBefore, makeMention, sharedSubject, sentenceSubject, canSpeak } from '../speakers/phrase.js';
import { isNameToken } from '../speakers/find/name-tokens.js';
import { kindOfHead } from '../speakers/kinds.js';
import { CUE_VERBS, LISTENER_VERBS, COLON_SPEECH_WORDS, COLON_SPEECH_VERBS } from '../data/cues.js';
import { DOCUMENT_NOUNS } from '../data/people.js';
import { DAY_WORDS } from '../data/time.js';

/** Days of the week and the days around today, which may follow a verb of saying ("grinned Monday"). */
const DAYS: ReadonlySet<string> = new Set(DAY_WORDS);

/** Builds one candidate per outermost quoted stretch, joining quotes that run over paragraphs. */
export function directCandidates(doc: Doc, stretches: readonly QuotedStretch[]): Candidate[] {
  const out: Candidate[] = [];
  let previous: Candidate | null = null;
  for (const s of stretches) {
    if (s.depth !== 0) continue;
    if (s.contentEnd <= s.contentStart || doc.view.slice(s.contentStart, s.contentEnd).trim().length === 0) continue;
    const prevStretch = previous?.stretches[previous.stretches.length - 1];
    const continues =
      previous !== null &&
      prevStretch !== undefined &&
      prevStretch.close < 0 &&
      prevStretch.para === s.para - 1 &&
      s.open === doc.paragraphs[s.para]!.start;
    if (continues && previous) {
      previous.stretches.push(s);
      previous.parts.push({ start: s.contentStart, end: s.contentEnd });
      continue;
    }
    previous = {
      kind: 'direct',
      parts: [{ start: s.contentStart, end: s.contentEnd }],
      cue: null,
      speaker: null,
      via: null,
      from: null,
      confidence: 0,
      rule: '',
      para: s.para,
      stretches: [s],
      keep: true,
    };
    out.push(previous);
  }
  return out;
}

/** Token bounds of a candidate: the opening-mark token and one past the closing-mark token. */
export function tokenBounds(doc: Doc, c: Candidate): { open: number; after: number; paraEnd: number; paraStart: number } {
  const first = c.stretches[0]!;
  const last = c.stretches[c.stretches.length - 1]!;
  const para = doc.paragraphs[last.para]!;
  return {
    open: tokenAtOrAfter(doc, first.open),
    after: last.close >= 0 ? tokenAtOrAfter(doc, last.close) + 1 : para.last,
    paraEnd: para.last,
    paraStart: doc.paragraphs[first.para]!.first,
  };
}

/** Punctuation that may stand between a quote and its trailing attribution. */
const GLUE = new Set([',', '\u2014', '\u2013', '-', '--', '\u2026']);
/** Words allowed between a leading cue and the quote it introduces. */
const LEAD_FILLER_POS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'ADV', 'PART']);
const MAX_TRAIL = 30;
const MAX_LEAD_GAP = 12;

interface Attribution {
  cue: CueMatch | null;
  speaker: Mention | null;
  rule: string;
  confidence: number;
}

/** Words that stand for one speaker among several already named: `"...," one said`, `said another`. */
const ONE_WORDS = new Set(['one', 'another']);

/**
 * "one" or "another" at token `k` as a speaker of its own, when it stands alone
 * next to the cue (`one said`, `said another.`, `Yet another said`), not inside a
 * phrase (`no one said`, `one of them`, `another voter`).
 */
export function oneSpeaker(doc: Doc, k: number): Mention | null {
  const t = tokenAt(doc, k);
  if (!ONE_WORDS.has(t.lower) || /^(no|any|every|some|the|each)$/.test(tokenAt(doc, k - 1).lower)) return null;
  return { first: k, last: k + 1, start: t.start, end: t.end, kind: 'description', titles: [], name: t.value };
}

/** `"...," Smith said.` `"...," said Smith.` `"...?" asked Smith.` `"...," Smith, the treasurer, said.` */
function trailingAttribution(doc: Doc, cueAt: readonly (CueMatch | undefined)[], after: number, ceiling: number): Attribution | null {
  const tokens = doc.tokens;
  let k = after;
  while (k < ceiling && (GLUE.has(tokenAt(doc, k).value) || isMarkToken(tokenAt(doc, k).value))) k++;
  if (k >= ceiling) return null;
  const limit = Math.min(ceiling, k + MAX_TRAIL);
  for (let j = k; j < limit; j++) {
    const t = tokenAt(doc, j);
    if (isMarkToken(t.value)) break;
    const cue = cueAt[j];
    if (!cue || cue.head !== j) continue;
    // a participle after a quote starts an attribution of its own: '"New York values," saying the city ...'
    if (cue.first === k && cue.form === 'verb' && /ing$/.test(tokenAt(doc, cue.head).lower)) break;
    if (cue.first === k && cue.form === 'verb') {
      // inverted: "said Smith"
      // right after a quote any verb of speech or writing may invert: "...," fumed Lopez
      const after1 = tokenAt(doc, cue.last + 1);
      const speaker = speakerAfter(doc, cue.last, limit) ?? (after1.pos === 'PUNCT' || cue.last + 1 >= limit ? oneSpeaker(doc, cue.last) : null);
      if (speaker) return { cue, speaker, rule: 'direct/trailing-cue-speaker', confidence: 0.95 };
      // a bare cue right after the quote only attributes it after a comma or a question
      const glued = k > after || /[,?!]$/.test(doc.view.slice(tokenAt(doc, after - 1).start - 1, tokenAt(doc, after - 1).start));
      return glued ? { cue, speaker: null, rule: 'direct/trailing-cue', confidence: 0.6 } : null;
    }
    const speaker = speakerBefore(doc, cue.first, k) ?? (cue.first === k + 1 ? oneSpeaker(doc, k) : null);
    // the speaker phrase starts right after the quote; with an appositive name
    // ("the press secretary, Omar Vance, said") the description before it does
    if (speaker && (speaker.first === k || (speaker.description !== undefined && onlyPhrase(doc, k, speaker.first)))) {
      // after a quote closed by a full stop, "The network said it would ..." starts a sentence of its own
      if (endsSentence(doc, after) && clauseFollows(doc, cue)) return null;
      // 'Smith said: "A," Jones said: "B."': a cue with a colon introduces the next quote
      if (colonFollows(doc, cue)) return null;
      return { cue, speaker, rule: 'direct/trailing-speaker-cue', confidence: 0.95 };
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

/** True when the quote that closes just before token `after` ends with a full stop. */
function endsSentence(doc: Doc, after: number): boolean {
  const close = doc.tokens[after - 1];
  return close !== undefined && close.start > 0 && doc.view[close.start - 1] === '.';
}

/** True when tokens [from, to) hold no verb, mark or sentence end: a noun phrase and its commas. */
function onlyPhrase(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokenAt(doc, k);
    if (t.pos === 'AUX' || t.pos === 'VERB' || isMarkToken(t.value) || /^[.!?:;]$/.test(t.value)) return false;
  }
  return true;
}

/**
 * True when a colon follows the cue before any quotation mark: "Jones said on
 * Monday: ...". A colon after a second verb belongs to that verb, and the cue
 * attributes the quote before it: '"...," Jones said, adding: "..."',
 * '"...," Jones said before adding: "..."'.
 */
function colonFollows(doc: Doc, cue: CueMatch): boolean {
  for (let k = cue.last; k < Math.min(doc.tokens.length, cue.last + 8); k++) {
    const t = tokenAt(doc, k);
    if (t.value === ':') return true;
    if ((t.pos === 'VERB' && /ing$/.test(t.lower)) || t.lower === 'then' || t.lower === 'and') return false;
    if (isMarkToken(t.value) || t.value === '.' || t.para !== tokenAt(doc, cue.head).para) return false;
  }
  return false;
}

/** True when a verb follows the cue in its sentence (the cue introduces a clause, not a quote before it). */
function clauseFollows(doc: Doc, cue: CueMatch): boolean {
  const sentence = doc.sentences[tokenAt(doc, cue.head).sent]!;
  for (let k = cue.last; k < sentence.last; k++) {
    const t = tokenAt(doc, k);
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.value === ':') return true; // a clause, or "Jones said: "...""
    if (isMarkToken(t.value)) return false;
  }
  return false;
}

/** `Smith said: "..."` `Smith said on Monday: "..."` `He told reporters, "..."` */
function leadingAttribution(doc: Doc, cueAt: readonly (CueMatch | undefined)[], open: number, floor: number, after = -1): Attribution | null {
  const tokens = doc.tokens;
  let gap = 0;
  let fallback: Attribution | null = null;
  for (let j = open - 1; j >= floor && gap <= MAX_LEAD_GAP; j--) {
    const t = tokenAt(doc, j);
    const cue = cueAt[j];
    if (cue && (cue.head === j || cue.last - 1 === j)) {
      const between = tokens.slice(cue.last, open);
      const lastBetween = between[between.length - 1];
      const introduces =
        between.length === 0 || lastBetween!.value === ':' || lastBetween!.value === ',' || lastBetween!.lower === 'that' || lastBetween!.lower === 'as';
      if (!introduces) return fallback;
      // 'said that "X" about Y', 'called it "X" for Y': the quote is part of a longer clause,
      // which the reported-speech stage takes whole as a mixed quote
      const loose = between.length === 0 || lastBetween!.lower === 'that' || lastBetween!.lower === 'as';
      if (loose && after >= 0 && clauseGoesOn(doc, after)) return fallback;
      // 'described the plan as "a mess"': an object before "as" makes the quote part of a mixed quote
      if (lastBetween?.lower === 'as' && between.length > 1) return fallback;
      // a participle ("..., telling reporters, "X"") shares the clause's subject; its object is the listener
      const participle = cue.form === 'verb' && /ing$/.test(tokenAt(doc, cue.head).lower);
      // "Protesters interrupted her speech at the college, shouting, "..."": a participle after a
      // comma shares the clause's subject; the noun right before the comma is an object
      const shared = participle && tokenAt(doc, cue.first - 1).value === ',' ? sharedSubject(doc, cue.first, cue.head) : null;
      const before = shared ? null : speakerBefore(doc, cue.first, floor);
      const next = speakerAfter(doc, cue.last, open);
      const outside = next && next.first < open ? next : null;
      const found =
        shared ??
        (before && !isVerbObject(doc, before) ? before : null) ??
        (participle ? sharedSubject(doc, cue.first, cue.head) ?? outside : outside ?? sharedSubject(doc, cue.first, cue.head));
      // the speaker of a quote is never inside it: 'According to the paper, "America's laws ..."'
      const speaker = (found && found.first < open ? found : null) ?? (participle ? earlierCueSpeaker(doc, cueAt, cue, floor) : null);
      if (speaker) return { cue, speaker, rule: 'direct/leading-speaker-cue', confidence: 0.9 };
      // a cue without a speaker ("..., referring to the excuse, ") may stand after the real one
      if (between.length > 0) fallback ??= { cue, speaker: null, rule: 'direct/leading-cue', confidence: 0.6 };
      j = cue.first;
      gap++;
      continue;
    }
    if (t.value === ':' || t.value === ',' || t.lower === 'that') {
      gap++;
      continue;
    }
    if (!LEAD_FILLER_POS.has(t.pos) || t.value === '.' || isMarkToken(t.value)) return fallback;
    gap++;
  }
  return fallback;
}

/**
 * `"...," said Ann Lee at the time, adding that "..."`: the speaker of the
 * nearest verb cue before a participle cue, between `floor` and it.
 */
function earlierCueSpeaker(doc: Doc, cueAt: readonly (CueMatch | undefined)[], cue: CueMatch, floor: number): Mention | null {
  for (let j = cue.first - 1; j >= floor; j--) {
    const t = tokenAt(doc, j);
    // (a period that closes an abbreviation in parentheses, "(D-Va.)", goes on)
    if ((t.value === '.' && tokenAt(doc, j + 1).value !== ')') || t.value === ';') return null;
    const earlier = cueAt[j];
    if (!earlier || earlier === cue || earlier.head !== j || earlier.form !== 'verb') continue;
    return speakerBefore(doc, earlier.first, floor) ?? speakerAfter(doc, earlier.last, cue.first);
  }
  return null;
}

/**
 * `Lee called it "a mess,"`: the speaker of the nearest verb cue before the
 * quotation that opens at token `open`, in its sentence, not before `floor`.
 */
function inlineQuoteSpeaker(doc: Doc, cueAt: readonly (CueMatch | undefined)[], open: number, floor: number): Mention | null {
  const first = Math.max(floor, doc.sentences[tokenAt(doc, open).sent]!.first);
  for (let j = open - 1; j >= first; j--) {
    const t = tokenAt(doc, j);
    if (t.value === ';' || isMarkToken(t.value)) return null;
    const cue = cueAt[j];
    if (!cue || cue.head !== j || cue.form !== 'verb' || /ing$/.test(t.lower)) continue;
    return speakerBefore(doc, cue.first, first);
  }
  return null;
}

/**
 * True for a description right after a verb, its object rather than a
 * subject: "Sanders made the following comment:" has no speaker "the
 * following".
 */
function isVerbObject(doc: Doc, m: Mention): boolean {
  if (m.kind !== 'description' || m.first === 0 || tokenAt(doc, m.first).pos !== 'DET') return false;
  const verb = tokenAt(doc, m.first - 1);
  return verb.pos === 'VERB' && verb.sent === tokenAt(doc, m.first).sent && /^\p{Ll}/u.test(verb.value);
}

/** `Delgado described the night the water came in:` before a quoted paragraph: the last cue with a speaker in the sentence of the colon. */
function colonLeadIn(doc: Doc, cueAt: readonly (CueMatch | undefined)[], colon: number): Attribution | null {
  const sentence = doc.sentences[tokenAt(doc, colon).sent]!;
  for (let j = colon - 1; j >= sentence.first; j--) {
    const cue = cueAt[j];
    if (!cue || cue.head !== j) continue;
    const speaker = speakerBefore(doc, cue.first, sentence.first);
    if (speaker) return { cue, speaker, rule: 'direct/colon-lead-in', confidence: 0.8 };
  }
  return null;
}

/** True when words of the same sentence follow the closing mark (`"X" about Y`), not punctuation or the sentence end. */
function clauseGoesOn(doc: Doc, after: number): boolean {
  const next = doc.tokens[after];
  const close = doc.tokens[after - 1];
  if (!next || !close || next.sent !== close.sent || next.para !== close.para) return false;
  // a quote that ends its own sentence inside the marks ("... today.") does not go on
  if (close.start > 0 && /[.!?]/.test(doc.view[close.start - 1]!)) return false;
  return next.pos !== 'PUNCT' && !isMarkToken(next.value);
}

/** `"..." — John Smith` at the end of a line or paragraph: a signature without a verb. */
function dashSignature(doc: Doc, after: number, paraEnd: number): Attribution | null {
  const tokens = doc.tokens;
  const dash = tokens[after];
  if (!dash || !/^(\u2014|\u2013|\u2015|-|--)$/.test(dash.value)) return null;
  let end = after + 1;
  while (end < paraEnd && end - after <= 6 && !/[\n\r]/.test(doc.view.slice(tokenAt(doc, end - 1).end, tokenAt(doc, end).start))) end++;
  if (end < paraEnd && !/[\n\r]/.test(doc.view.slice(tokenAt(doc, end - 1).end, tokenAt(doc, end).start))) return null;
  if (tokenAt(doc, end - 1).value === '.') end--;
  if (end - after - 1 < 1) return null;
  const m = makeMention(doc, after + 1, end);
  if (!m || m.kind !== 'name') return null;
  return { cue: null, speaker: m, rule: 'direct/dash-signature', confidence: 0.7 };
}

/**
 * `Reid: "Never underestimate Trump."`, `- David Wasserman: "..."`, `As Tom
 * Ridge put it: "..."`: a name (or "as X put it") standing alone before a colon
 * and the quote, at the start of its sentence or after a dash.
 */
function nameColon(doc: Doc, open: number, floor: number): Attribution | null {
  const tokens = doc.tokens;
  const colon = open - 1;
  if (colon - 1 < floor || tokenAt(doc, colon).value !== ':') return null;
  // "as X put it:"
  if (tokenAt(doc, colon - 1).lower === 'it' && tokenAt(doc, colon - 2).lemma === 'put') {
    const speaker = speakerBefore(doc, colon - 2, Math.max(floor, colon - 20));
    const as = speaker ? tokens[speaker.first - 1] : undefined;
    if (speaker && as?.lower === 'as' && speaker.kind !== 'pronoun') return { cue: null, speaker, rule: 'direct/name-colon', confidence: 0.7 };
    return null;
  }
  const sentence = doc.sentences[tokenAt(doc, colon).sent]!;
  let start = Math.max(floor, sentence.first);
  for (let k = colon - 1; k > start; k--) {
    if (/^(\u2014|\u2013|-|--)$/.test(tokenAt(doc, k).value)) {
      start = k + 1;
      break;
    }
  }
  // a review or vox-pop roundup: 'Lena Park, The Harbor Times: "..."' names the person, then the outlet
  let comma = -1;
  for (let k = start + 1; k < colon - 1; k++) if (tokenAt(doc, k).value === ',') comma = k;
  const outlet = (k: number): boolean => /^[A-Z]/.test(tokenAt(doc, k).value) || /^(of|the|&|\.)$/.test(tokenAt(doc, k).lower);
  let named = comma > start && tokenAt(doc, start).pos !== 'ADP';
  for (let k = comma + 1; named && k < colon; k++) named = outlet(k);
  if (named && comma - start <= 4 && colon - start <= 12) {
    const person = makeMention(doc, start, comma);
    if (person && person.kind === 'name' && person.first === start) return { cue: null, speaker: person, rule: 'direct/roundup', confidence: 0.7 };
  }
  if (colon - start < 1 || colon - start > 6) return null;
  const m = makeMention(doc, start, colon);
  if (!m || m.kind !== 'name' || m.first !== start) return null;
  return { cue: null, speaker: m, rule: 'direct/name-colon', confidence: 0.7 };
}

/**
 * `"...," Bennett grinned.`, `"...?" reacted Lee.`: a name right after the
 * quote (after a comma at most) with a verb next to it, when no cue was read
 * there (a verb missing from the lexicon) and the verb takes no object (see
 * `intransitive`: `"Thriller," Ann Lee released in 1982` is a title); the
 * name speaks, and no cue is recorded.
 */
function trailingName(doc: Doc, after: number, ceiling: number, reported: ReadonlyMap<string, unknown>): Attribution | null {
  let k = after;
  if (k < ceiling && tokenAt(doc, k).value === ',') k++;
  if (k >= ceiling) return null;
  const close = tokenAt(doc, after - 1);
  if (tokenAt(doc, k).sent !== close.sent && !/[,?!]/.test(doc.view.slice(close.start - 1, close.start))) return null;
  // a built-in cue verb that the options leave out (its category not reported, or removed) stays out
  const leftOut = (lemma: string): boolean => CUE_VERBS.has(lemma) && !reported.has(lemma);
  const isVerb = (j: number): boolean =>
    j < ceiling && /^(VERB|AUX)$/.test(tokenAt(doc, j).pos) && /^\p{Ll}/u.test(tokenAt(doc, j).value) && !/ing$/.test(tokenAt(doc, j).lower) && !leftOut(tokenAt(doc, j).lemma);
  const nameEnd = (from: number): number => {
    let j = from;
    while (j < ceiling && j - from < 4 && isNameToken(tokenAt(doc, j), doc)) j++;
    return j;
  };
  // after a question or an exclamation, a name and a verb may open the next sentence ('"...?" Others saw'):
  // only the inverted order counts there; after a full stop nothing does
  const mark = doc.view.slice(close.start - 1, close.start);
  if (mark === '.' || mark === ':' || mark === ';') return null;
  const inverted = mark === '?' || mark === '!';
  // "reacted Lee."
  const verbFirst = isVerb(k) ? nameEnd(k + 1) : k;
  if (verbFirst > k + 1 && (verbFirst >= ceiling || /^[.,;]$/.test(tokenAt(doc, verbFirst).value))) {
    const m = makeMention(doc, k + 1, verbFirst);
    if (m && m.kind === 'name' && canSpeak(doc, m)) return { cue: null, speaker: m, rule: 'direct/trailing-name', confidence: 0.6 };
  }
  // '"...," he went on.'
  if (!inverted && /^(he|she|they|we|i)$/.test(tokenAt(doc, k).lower) && isVerb(k + 1) && intransitive(doc, k + 2, ceiling)) {
    const m = makeMention(doc, k, k + 1);
    if (m) return { cue: null, speaker: m, rule: 'direct/trailing-name', confidence: 0.6 };
  }
  // "Tom Bennick grinned."; not '"Thriller," Ann Lee released in 1982': the quoted words are the verb's object
  const end = nameEnd(k);
  if (!inverted && end > k && isVerb(end) && intransitive(doc, end + 1, ceiling)) {
    const m = makeMention(doc, k, end);
    if (m && m.kind === 'name' && m.first === k && canSpeak(doc, m)) return { cue: null, speaker: m, rule: 'direct/trailing-name', confidence: 0.6 };
  }
  return null;
}

/** Particles that end a verb of saying with no object: "went on", "fired back", "chimed in". */
const END_PARTICLES = new Set(['back', 'on', 'in', 'up', 'out', 'off', 'along']);

/**
 * True when the verb before `from` takes no object: only adverbs, a day word,
 * a particle ("back", "on", "in") and then punctuation, a conjunction or the
 * end follow it, a listener at most between, or a phrase of manner or place (`grinned.`,
 * `went on.`, `grinned Monday,`, `said as ...`, `sings to Ann Lee before ...`,
 * `grinned with a laugh`), as a verb of saying after a quote
 * does; `released in 1982` and `directed the film` have the quote as object.
 */
function intransitive(doc: Doc, from: number, ceiling: number): boolean {
  let k = from;
  if (k < ceiling && END_PARTICLES.has(tokenAt(doc, k).lower)) k++;
  while (k < ceiling && (tokenAt(doc, k).pos === 'ADV' || DAYS.has(tokenAt(doc, k).lower))) k++;
  // a listener: "sings to Clinton", "grinned at him"
  if (k + 1 < ceiling && /^(to|at)$/.test(tokenAt(doc, k).lower) && /^(PROPN|PRON)$/.test(tokenAt(doc, k + 1).pos)) {
    k++;
    while (k < ceiling && /^(PROPN|PRON)$/.test(tokenAt(doc, k).pos)) k++;
  }
  const t = k < ceiling ? tokenAt(doc, k) : null;
  // a manner or a place: "grinned with a laugh", "grinned at the gate"
  return !t || /^(PUNCT|SCONJ|CCONJ)$/.test(t.pos) || /^(as|while|when|before|after|because|until|and|but|with|at)$/.test(t.lower) || isMarkToken(t.value);
}

/** Heads of time phrases that open a sentence and are no subject: "Each election cycle, ...". */
const TIME_HEADS: ReadonlySet<string> = new Set(['cycle', 'year', 'years', 'week', 'weeks', 'month', 'months', 'day', 'days', 'time', 'night', 'morning', 'evening', 'season']);

/**
 * `Mayor Dan Kirk delivered a blunt message to the council: "..."`, `She went
 * on: "..."`: a quote right after a colon that ends a clause with no cue the
 * rules read; the clause's subject speaks (a person, a pronoun, a group, an
 * organisation or a document), and no cue is recorded. "it" and "there" never
 * speak (`Wait, it gets better: "..."`). Unless `cued` (a cue was read and only
 * its speaker is sought), the clause must introduce words (see `introducesWords`).
 */
function clauseColon(doc: Doc, open: number, floor: number, cued = false): Attribution | null {
  const colon = open - 1;
  if (colon <= floor || tokenAt(doc, colon).value !== ':') return null;
  const sentence = doc.sentences[tokenAt(doc, colon).sent]!;
  const first = Math.max(floor, sentence.first);
  for (let k = first; k < colon; k++) if (isMarkToken(tokenAt(doc, k).value)) return null;
  // the subject of the last clause that has one: "When Lee died, Mayor Kirk released the following
  // statement:", "Reyes lost, and the paper has proof:"; a clause opens the sentence, or follows a comma or "and"
  let found: Mention | null = null;
  for (let k = first; k < colon; k++) {
    if (k > first && !/^(,|and|but|;)$/.test(tokenAt(doc, k - 1).lower)) continue;
    const m = sentenceSubject(doc, k, colon);
    if (m && m.first <= k + 2 && m.last < colon) found = m;
  }
  if (!found || (found.kind === 'pronoun' && /^(it|there|this|that|you)$/i.test(found.name)) || TIME_HEADS.has(tokenAt(doc, found.last - 1).lower)) return null;
  // a description of a state ("the mood was grim:") speaks nothing; one of people, an organisation or
  // a document does, and so does any that does something ("a familiar voice celebrated the attacks:")
  const head = tokenAt(doc, found.head ?? found.last - 1).lower;
  let verb = found.last;
  while (verb < colon && tokenAt(doc, verb).pos === 'ADV') verb++;
  if (found.kind === 'description' && kindOfHead(head) === 'unknown' && !DOCUMENT_NOUNS.has(head) && tokenAt(doc, verb).lemma === 'be') return null;
  // with no cue read, the clause must introduce words: "Police found a sign taped to the window:" does not
  if (!cued && !introducesWords(doc, found.last, colon)) return null;
  // "Lee was asked:", "The senator was told by aides:": the subject of a passive verb of saying is the
  // listener; an agent after "by" speaks, else nobody the clause names
  const passive = passiveSaying(doc, verb, colon);
  if (passive >= 0) {
    if (tokenAt(doc, passive).lower !== 'by') return null;
    const agent = makeMention(doc, passive + 1, colon);
    return agent && agent.first === passive + 1 && agent.last === colon ? { cue: null, speaker: agent, rule: 'direct/clause-colon', confidence: 0.6 } : null;
  }
  return { cue: null, speaker: found, rule: 'direct/clause-colon', confidence: 0.6 };
}

/** Categories of cue verbs that introduce words before a colon (not "found", "backed"). */
const WORD_CATEGORIES = new Set(['speech', 'writing', 'thought']);

/**
 * True when the clause in tokens [from, colon) introduces words: a verb of
 * saying, writing or thinking ("has said the same thing", "imagined"), a noun
 * of words said ("delivered a blunt message", "in an interview"), an adjective
 * of a firm view ("she is sure that ..."), "turned to", or "went
 * on", "went further", "shot back", "put it", "made clear".
 */
function introducesWords(doc: Doc, from: number, colon: number): boolean {
  for (let k = from; k < colon; k++) {
    const t = tokenAt(doc, k);
    if (COLON_SPEECH_WORDS.has(t.lower) || t.lower === 'back') return true;
    // (a participle may come tagged as a noun: "is shown lecturing:")
    const lemmas = /ing$/.test(t.lower) ? [t.lemma, t.lower.slice(0, -3), `${t.lower.slice(0, -3)}e`] : [t.lemma];
    const verbal = t.pos === 'VERB' || (t.pos === 'NOUN' && /ing$/.test(t.lower));
    if (verbal && lemmas.some((l) => WORD_CATEGORIES.has(CUE_VERBS.get(l) ?? '') || COLON_SPEECH_VERBS.has(l))) return true;
    // the verb before, over adverbs ("went even further") or one word ("made that clear")
    let v = k - 1;
    while (v > from && tokenAt(doc, v).pos === 'ADV') v--;
    const before = v >= from ? tokenAt(doc, v).lemma : '';
    const before2 = k - 2 >= from ? tokenAt(doc, k - 2).lemma : '';
    if ((before === 'go' && /^(on|further|farther)$/.test(t.lower)) || (before === 'turn' && t.lower === 'to') || (before === 'put' && t.lower === 'it') || ((before === 'make' || before2 === 'make') && t.lower === 'clear')) return true;
  }
  return false;
}

/**
 * When tokens from `verb` read "was asked", "were told", "got warned" (a form of
 * "be" or "get", adverbs, then the participle of a verb whose object is the
 * listener), the index after the participle; else -1.
 */
function passiveSaying(doc: Doc, verb: number, colon: number): number {
  if (verb >= colon || !/^(be|get)$/.test(tokenAt(doc, verb).lemma)) return -1;
  let k = verb + 1;
  while (k < colon && tokenAt(doc, k).pos === 'ADV') k++;
  const t = tokenAt(doc, k);
  // ("is shown lecturing:" shows the speaker)
  return k < colon && t.pos === 'VERB' && !/ing$/.test(t.lower) && LISTENER_VERBS.has(t.lemma) && !/^(show|teach)$/.test(t.lemma) ? k + 1 : -1;
}

/** True when tokens [from, to) are punctuation or quotation marks only. */
function onlyPunctuationBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokenAt(doc, k).pos !== 'PUNCT' && !isMarkToken(tokenAt(doc, k).value)) return false;
  return true;
}

/** True when nothing but punctuation stands between the start of the sentence (or `floor`) and the opening mark. */
export function opensSentence(doc: Doc, open: number, floor: number): boolean {
  const sentence = doc.sentences[tokenAt(doc, open).sent]!;
  for (let k = open - 1; k >= Math.max(sentence.first, floor); k--) {
    const t = tokenAt(doc, k);
    if (t.value === ':' || t.value === ';') return true; // "X scolded him: "...," she said"
    if (t.value === '>') return true; // markup before the mark: <p>"...," she said; > "...," she said (markdown)
    if (t.pos !== 'PUNCT' && !isMarkToken(t.value)) return false;
  }
  return true;
}

/**
 * Links each direct candidate to a cue and speaker where the text around it
 * says so. `verbs` are the cue verbs the options report (by lemma); a
 * built-in verb missing from them is never read as a verb of speech.
 */
export function attributeDirect(doc: Doc, candidates: Candidate[], cueAt: readonly (CueMatch | undefined)[], verbs: ReadonlyMap<string, unknown> = CUE_VERBS): void {
  for (let n = 0; n < candidates.length; n++) {
    const c = candidates[n]!;
    const b = tokenBounds(doc, c);
    const next = candidates[n + 1];
    const ceiling = next && next.para === c.stretches[c.stretches.length - 1]!.para ? tokenBounds(doc, next).open : b.paraEnd;
    const prev = candidates[n - 1];
    const floor = prev && prev.stretches[prev.stretches.length - 1]!.para === c.para ? tokenBounds(doc, prev).after : b.paraStart;
    // a quote inside a sentence ('The plan is "pure fantasy," Smith said') is part of
    // reported speech: its trailing attribution is left to the reported-speech stage
    let found =
      (opensSentence(doc, b.open, floor) ? trailingAttribution(doc, cueAt, b.after, ceiling) : null) ??
      leadingAttribution(doc, cueAt, b.open, floor, b.after) ??
      dashSignature(doc, b.after, b.paraEnd) ??
      nameColon(doc, b.open, floor) ??
      (opensSentence(doc, b.open, floor) ? trailingName(doc, b.after, ceiling, verbs) : null) ??
      clauseColon(doc, b.open, floor);
    // a colon lead-in at the end of the paragraph before: `Smith said:` / `"..."`
    if (!found && b.open === b.paraStart && c.para > 0) {
      const before = doc.paragraphs[c.para - 1]!;
      if (tokenAt(doc, before.last - 1).value === ':') {
        const lead = leadingAttribution(doc, cueAt, before.last, before.first) ?? colonLeadIn(doc, cueAt, before.last - 1);
        if (lead) found = { ...lead, rule: 'direct/colon-lead-in' };
        else found = clauseColon(doc, before.last, before.first);
      }
    }
    // 'Lee said, "A," adding, "B."': a participle right after the quote before takes its speaker
    if (found && found.speaker === null && found.cue && prev && prev.speaker && prev.stretches[prev.stretches.length - 1]!.para === c.para && /ing$/.test(tokenAt(doc, found.cue.head).lower) && found.cue.form === 'verb' && onlyPunctuationBetween(doc, floor, found.cue.first)) {
      found = { ...found, speaker: prev.speaker, rule: 'direct/leading-speaker-cue' };
    }
    // 'Lee called it "a mess," adding, "B."': the quote before is part of its sentence (no speaker of its
    // own yet); the participle takes the speaker of the verb cue that sentence opens with
    if (found && found.speaker === null && found.cue && prev && !prev.speaker && prev.stretches[prev.stretches.length - 1]!.para === c.para && /ing$/.test(tokenAt(doc, found.cue.head).lower) && found.cue.form === 'verb' && onlyPunctuationBetween(doc, floor, found.cue.first)) {
      const speaker = inlineQuoteSpeaker(doc, cueAt, tokenBounds(doc, prev).open, b.paraStart);
      if (speaker) found = { ...found, speaker, rule: 'direct/leading-speaker-cue' };
    }
    // a cue with no speaker in a clause ending in a colon: "Sanders made the following comment:"
    if (found && found.speaker === null) {
      const subject = clauseColon(doc, b.open, floor, true);
      if (subject) found = { ...found, speaker: subject.speaker, rule: subject.rule };
    }
    if (found) {
      c.cue = found.cue;
      c.speaker = found.speaker;
      c.rule = found.rule;
      c.confidence = found.confidence;
      const intro = found.rule === 'direct/leading-speaker-cue' ? introduction(doc, cueAt, found, b.open, floor) : null;
      if (intro) {
        // "As for the deficit, she said, "..."": the words before the cue open what was said
        c.parts = [intro, ...c.parts];
        c.kind = 'mixed';
      }
    }
  }
}

/**
 * `In other words, he said, "..."`, `As Freddy stumbled, Mr. Trump said, "..."`:
 * the words from the sentence start to the comma before a speaker and cue that
 * stand between commas before the quote, which annotated news counts as the
 * first part of what was said; null when they hold a quotation mark, a cue or
 * a comma, or open with a preposition or a participle (the narrator's framing:
 * `At the debate, she said, "..."`).
 */
function introduction(doc: Doc, cueAt: readonly (CueMatch | undefined)[], found: Attribution, open: number, floor: number): Range | null {
  const { cue, speaker } = found;
  if (!cue || !speaker || speaker.last > cue.first || tokenAt(doc, open - 1).value !== ',' || cue.last !== open - 1) return null;
  const comma = speaker.first - 1;
  if (tokenAt(doc, comma).value !== ',') return null;
  const sentence = doc.sentences[tokenAt(doc, open).sent]!;
  const start = Math.max(sentence.first, floor);
  if (comma - start < 1) return null;
  // "At Sunday's debate, she said, ...", "After reading the verse, he said, ...": the narrator's framing
  const opener = tokenAt(doc, tokenAt(doc, start).pos === 'CCONJ' ? start + 1 : start);
  if (opener.pos === 'ADP' || (opener.pos === 'VERB' && /ing$/.test(opener.lower))) return null;
  let verb = false;
  for (let k = start; k < comma; k++) {
    const t = tokenAt(doc, k);
    if (isMarkToken(t.value) || cueAt[k] || /^[:;,()\u2014\u2013-]$/.test(t.value) || t.value === '--') return null;
    verb ||= t.pos === 'VERB' || t.pos === 'AUX';
  }
  // "Minutes later, he said, ...": a time phrase with no verb frames the quote
  if (!verb) return null;
  return { start: tokenAt(doc, start).start, end: tokenAt(doc, comma - 1).end };
}
