/**
 * A cue before the quote (rules `direct/leading-speaker-cue` and
 * `direct/leading-cue`): the nearest cue before the opening mark, with at most
 * a few words, a comma, a colon or "that" between, and its speaker: in the
 * invented `Ada Moss told the harbor board on Monday: "We will rebuild."` the
 * cue is "told" and the speaker "Ada Moss"; a participle shares its clause's
 * subject (`The crowd left the pier, shouting, "Not yet."`).
 * @internal
 */
import type { Doc, Token } from '../../prepare/document.js';
import type { Attribution, CueMatch, Mention } from '../candidate.js';
import { isIngCue } from '../candidate.js';
import { isMarkToken, maybeToken, tokenAt, tokenCount } from '../../prepare/lookup.js';
import { isGerundSubjectObject, isPassiveAt, speakerAfter, speakerBefore, sharedSubject } from '../../speakers/phrase.js';
import { DAY_OR_MONTH } from '../../data/time.js';
import { afterLeadTimePhrase } from '../../cues/time-phrase.js';
import { BROADCAST_PREPOSITIONS, BROADCAST_WORK_NOUNS, CHANT_NOUN_LEMMA, LISTENER_VERBS, WORK_NOUNS, WRITTEN_WORK_NOUNS } from '../../data/cues.js';
import { isShortTitle } from '../../marks/title.js';
import { SUBJECT_PRONOUNS } from '../../data/function-words.js';
import { OBJECT_PRONOUNS } from '../../data/pronouns.js';
import { owner } from '../noun-owner.js';
import { interruptedAttribution, trailingAttributionSpeaker } from '../trailing-attribution.js';
import { POSSESSIVES, POSSESSIVES_AND_YOUR } from '../../data/clauses.js';
import { NOUN_MODIFIER_TAGS } from '../../data/tags.js';
import { clauseGoesOn } from './bounds.js';
import { setOffManner } from './inverted.js';

/** Words allowed between a leading cue and the quote it introduces. */
const LEAD_FILLER_POS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'ADV', 'PART']);

const MAX_LEAD_GAP = 12;

/** `Smith said: "..."` `Smith said on Monday: "..."` `He told reporters, "..."` */
export function leadingAttribution(doc: Doc, cueAt: readonly (CueMatch | undefined)[], open: number, floor: number, after = -1): Attribution | null {
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
      // 'recalled that in 2009, "X"', 'added that, "X"': the clause opens at "that", before the quotation,
      // and the reported-speech stage takes it whole as a mixed quote (not 'said that day, "X"': a "that" of its own)
      // (not a noun the tagger read as a verb: 'her March comment that, "X"' stays the owner's direct quote)
      if (cue.form === 'verb' && thatThenAdjunct(between) && !nounPlace(doc, cue.first)) return fallback;
      // 'described the plan as "a mess"': an object before "as" makes the quote part of a mixed quote
      if (lastBetween?.lower === 'as' && between.length > 1) return fallback;
      // a participle ("..., telling reporters, "X"") shares the clause's subject; its object is the listener
      const participle = cue.form === 'verb' && isIngCue(doc, cue);
      // "Protesters interrupted her speech at the college, shouting, "..."": a participle after a
      // comma shares the clause's subject; the noun right before the comma is an object
      // (unless an attribution closes the clause before the comma: "..., her agent said, citing "exhaustion."" is the agent's,
      // for a participle of a phrase cue too)
      // ('"A," Lee said, referring to the vote, "and B."': a participle with words of its own is an aside; the quotation
      // goes on with the one before, by that quote's cue)
      const interrupted = interruptedAttribution(doc, cueAt, cue, open, floor);
      if (interrupted) return { cue: interrupted.cue, speaker: interrupted.speaker, rule: 'direct/leading-speaker-cue', confidence: 0.9 };
      const trailing = isIngCue(doc, cue) && tokenAt(doc, cue.first - 1).value === ',' ? trailingAttributionSpeaker(doc, cueAt, cue, floor) : null;
      const shared = trailing ?? (participle && tokenAt(doc, cue.first - 1).value === ',' ? sharedSubject(doc, cue.first, cue.head) : null);
      // "joined in a thunderous chant of "..."": a noun of calling is its owner's ("their chants of") or no one's
      // (rule reported/chant-noun, which takes a clause's subject only after a verb of answering: "joined in a chant of")
      if (cue.lemma === CHANT_NOUN_LEMMA) {
        const o = owner(doc, cue.first);
        return o ? { cue, speaker: o, rule: 'direct/leading-speaker-cue', confidence: 0.9 } : fallback;
      }
      const before = shared ? null : speakerBefore(doc, cue.first, floor);
      // a speaker after the cue and before the quote, read only when needed; after a verb of telling
      // ('..., telling voters that "..."') the words there are its listener, never the speaker, unless the
      // cue opens its sentence with the speaker after it ('Asked one fisherman: "..."', 'Warned Mayor Reed: "..."')
      // An imperative ('Remind voters: "..."', 'Ask any fisherman: "..."') is no inversion: the cue must be
      // past ('Asked', 'Warned', its form not its lemma) and the speaker's phrase must end at a colon
      const listener = cue.form === 'verb' && LISTENER_VERBS.has(cue.lemma);
      const inverted = !participle && (cue.first === 0 || tokenAt(doc, cue.first - 1).sent !== tokenAt(doc, cue.first).sent || tokenAt(doc, cue.first - 1).value === ';') &&
        (!listener || tokenAt(doc, cue.head).lower !== cue.lemma);
      const outside = (): Mention | null => {
        if (listener && !inverted) return null;
        const next = speakerAfter(doc, cue.last, open);
        if (listener && next && tokenAt(doc, next.last).value !== ':') return null;
        return next && next.first < open ? next : null;
      };
      const found =
        shared ??
        (before && !isVerbObject(doc, before) ? before : null) ??
        (participle ? sharedSubject(doc, cue.first, cue.head) ?? outside() : outside() ?? sharedSubject(doc, cue.first, cue.head));
      // the speaker of a quote is never inside it: 'According to the paper, "America's laws ..."'
      const speaker = (found && found.first < open ? found : null) ?? (participle ? earlierCueSpeaker(doc, cueAt, cue, floor) : null);
      if (speaker) return { cue, speaker, rule: 'direct/leading-speaker-cue', confidence: 0.9 };
      // a cue without a speaker ("..., referring to the excuse, ") may stand after the real one
      // ('The plan was described as "dead."': a passive naming cue after a noun, and its quoted complement, are rule
      // reported/passive-quoted's, the subject a part of what was said)
      // (a subject pronoun too: 'She was described as "tireless."')
      const subject = maybeToken(doc, cue.first - 1);
      const passiveNaming = lastBetween?.lower === 'as' && between.length === 1 && subject !== undefined &&
        (/^(NOUN|PROPN)$/.test(subject.pos) || (subject.pos === 'PRON' && SUBJECT_PRONOUNS.has(subject.lower))) && isPassiveAt(doc, cue.first);
      if (between.length > 0 && !passiveNaming) fallback ??= { cue, speaker: null, rule: 'direct/leading-cue', confidence: 0.6 };
      j = cue.first;
      gap++;
      continue;
    }
    if (t.value === ':' || t.value === ',' || t.lower === 'that') {
      gap++;
      continue;
    }
    // 'Lee said, shrugging: "..."': a participle of manner that is no cue, set off right before the quotation
    if (setOffManner(doc, j, open)) {
      gap++;
      continue;
    }
    // 'As Lee put it last week, "..."', 'Lee said two weeks ago, "..."': a time phrase, whatever the tags of its words
    // ("last" read as a verb after "put it")
    const time = LEAD_FILLER_POS.has(t.pos) ? -1 : timePhraseOver(doc, j, open, floor);
    if (time >= 0) {
      j = time;
      gap++;
      continue;
    }
    if (!(LEAD_FILLER_POS.has(t.pos) || listenerPossessive(doc, cueAt, j, open) || putItListener(doc, cueAt, j)) || t.value === '.' || isMarkToken(t.value)) return fallback;
    gap++;
  }
  return fallback;
}

/** Most tokens a time phrase may run back from a word of it that is no filler: "a couple of weeks ago". */
const MAX_TIME_BACK = 4;

/**
 * The start of a time phrase ({@link afterLeadTimePhrase}) that holds token
 * `j` and ends before the quotation at `open`, not before `floor`, or -1:
 * "last week" over "last" (tagged as a verb after "put it"), "two weeks ago".
 */
function timePhraseOver(doc: Doc, j: number, open: number, floor: number): number {
  for (let s = j; s >= Math.max(floor, j - MAX_TIME_BACK); s--) {
    const end = afterLeadTimePhrase(doc, s);
    if (end > j && end <= open) return s;
  }
  return -1;
}

/**
 * True when token `j` is the object pronoun of a listener after "put it
 * to": `As one farmer put it to me, "..."`, `as she put it to us, "..."`.
 */
function putItListener(doc: Doc, cueAt: readonly (CueMatch | undefined)[], j: number): boolean {
  const t = tokenAt(doc, j);
  if (t.pos !== 'PRON' || !(OBJECT_PRONOUNS.has(t.lower) || t.lower === 'her' || t.lower === 'you') || j < 3 || tokenAt(doc, j - 1).lower !== 'to') return false;
  const cue = cueAt[j - 2];
  return cue !== undefined && cue.lemma === 'put' && cue.last === j - 1;
}

/**
 * True when token `j` is a possessive that opens the listener or the occasion
 * of a verb cue before a quotation: right after a verb of telling (`told her
 * supporters, "..."`) or after any verb cue and one preposition (`wrote to his
 * followers, "..."`, `said in her speech, "..."`). The possessive must take a
 * word of its noun phrase after it (`referred to her by` has an object
 * pronoun), and a noun of a work up to the quotation means the quotation is
 * its title (`wrote in her memoir, "Rules of Water."`), unless it is the
 * broadcast the words were said on or the written work they were given in
 * ({@link broadcastMedium}: `said on his radio show, "..."`, also after a
 * listener: `told listeners on her show, "..."`; `said in her memoir, "We
 * will never go back."`).
 */
function listenerPossessive(doc: Doc, cueAt: readonly (CueMatch | undefined)[], j: number, open: number): boolean {
  const t = tokenAt(doc, j);
  if (t.pos !== 'PRON' || !POSSESSIVES_AND_YOUR.has(t.lower)) return false;
  const next = maybeToken(doc, j + 1);
  if (next === undefined || !NOUN_MODIFIER_TAGS.has(next.pos)) return false;
  let broadcast = false;
  for (let k = j + 1; k < open; k++) {
    if (!WORK_NOUNS.has(tokenAt(doc, k).lower)) continue;
    if (!broadcastMedium(doc, j, k, open)) return false;
    broadcast = true;
  }
  // ('told listeners on his radio show, "..."': the broadcast may follow a listener; the walk back still needs the cue)
  if (broadcast) return true;
  const cueEndingAt = (k: number): CueMatch | undefined => {
    const c = k >= 0 ? cueAt[k] : undefined;
    return c !== undefined && c.form === 'verb' && c.last === k + 1 ? c : undefined;
  };
  const direct = cueEndingAt(j - 1);
  if (direct) return LISTENER_VERBS.has(direct.lemma);
  return j >= 2 && tokenAt(doc, j - 1).pos === 'ADP' && cueEndingAt(j - 2) !== undefined;
}

/** Most words of a quotation read to tell a title from words said: one past {@link isShortTitle}'s limit is enough. */
const MAX_QUOTE_WORDS_READ = 7;

/**
 * True when the noun of a work at token `k`, in the phrase the possessive at
 * token `j` opens, is the broadcast a quotation at `open` was said on: "on"
 * or "during" ({@link BROADCAST_PREPOSITIONS}), the possessive, modifiers only ("radio", "weekly TV"), a noun of
 * {@link BROADCAST_WORK_NOUNS}, then a time phrase or nothing before the
 * comma or colon that introduces the quotation, which is no short title
 * (`said on his radio show, "We will win."`, `said on her podcast last week:
 * "..."`; not `on his radio show, "The Lee Hour,"`) unless it is one word
 * closed by its own sentence mark (`said on his radio show, "Hello."`). So is the written work
 * a quotation was given in: "in" and a noun of {@link WRITTEN_WORK_NOUNS}
 * (`said in her memoir, "We will never go back."`; not `in her memoir,
 * "Rules of Water."`).
 */
function broadcastMedium(doc: Doc, j: number, k: number, open: number): boolean {
  const noun = tokenAt(doc, k).lower;
  const before = maybeToken(doc, j - 1)?.lower;
  // (or the written work it was given in: "said in her memoir, "We will never go back."")
  if (!(BROADCAST_WORK_NOUNS.has(noun) && BROADCAST_PREPOSITIONS.has(before ?? '')) && !(WRITTEN_WORK_NOUNS.has(noun) && before === 'in')) return false;
  for (let m = j + 1; m < k; m++) if (!NOUN_MODIFIER_TAGS.has(tokenAt(doc, m).pos)) return false;
  // (the noun, a time phrase or nothing, then the comma or colon: "on his show last week, ")
  if (!/^[,:]$/.test(tokenAt(doc, open - 1).value) || afterLeadTimePhrase(doc, k + 1) !== open - 1) return false;
  const words: string[] = [];
  let last = '';
  for (let m = open + 1; m < tokenCount(doc) && words.length < MAX_QUOTE_WORDS_READ; m++) {
    const w = tokenAt(doc, m);
    if (isMarkToken(w.value)) break;
    if (/[\p{L}\p{N}]/u.test(w.value)) words.push(w.value);
    last = w.value;
  }
  // (one word that closes with its own sentence mark is an utterance, not a title: 'on his radio show, "Hello."')
  if (words.length === 1 && /^[.!?]+$/.test(last)) return true;
  return words.length > 0 && !isShortTitle(words);
}

/**
 * True when the word before token `first` makes it a noun's place: a
 * determiner, a possessive, an adjective, or a day or month (`her March
 * comment`, `the statement`).
 */
function nounPlace(doc: Doc, first: number): boolean {
  const before = maybeToken(doc, first - 1);
  return before !== undefined && (before.pos === 'DET' || before.pos === 'ADJ' || POSSESSIVES.has(before.lower) || DAY_OR_MONTH.has(before.lower));
}

/**
 * True when the words between a verb cue and a quotation open with "that" and
 * then a comma or a preposition (`that, "..."`, `that in 2009, "..."`): the
 * clause after "that" holds the quotation, as annotated news reads it.
 */
function thatThenAdjunct(between: readonly Token[]): boolean {
  const next = between[1];
  return between[0]?.lower === 'that' && next !== undefined && (next.value === ',' || next.pos === 'ADP');
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
export function inlineQuoteSpeaker(doc: Doc, cueAt: readonly (CueMatch | undefined)[], open: number, floor: number): Mention | null {
  const first = Math.max(floor, doc.sentences[tokenAt(doc, open).sent]!.first);
  for (let j = open - 1; j >= first; j--) {
    const t = tokenAt(doc, j);
    if (t.value === ';' || isMarkToken(t.value)) return null;
    const cue = cueAt[j];
    if (!cue || cue.head !== j || cue.form !== 'verb' || isIngCue(doc, cue)) continue;
    return speakerBefore(doc, cue.first, first);
  }
  return null;
}

/**
 * True for a description right after a verb, its object rather than a
 * subject: "The mayor made the following remark:" has no speaker "the
 * following".
 */
function isVerbObject(doc: Doc, m: Mention): boolean {
  if (m.kind !== 'description' || m.first === 0 || tokenAt(doc, m.first).pos !== 'DET') return false;
  // ("saw the senator defending the idea that": the people a verb of perceiving sees speak)
  if (isGerundSubjectObject(doc, m)) return false;
  const verb = tokenAt(doc, m.first - 1);
  return verb.pos === 'VERB' && verb.sent === tokenAt(doc, m.first).sent && /^\p{Ll}/u.test(verb.value);
}
