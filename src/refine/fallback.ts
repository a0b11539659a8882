/**
 * A last guess for direct quotes that no rule attributed and that survived the
 * refiners. It runs after the refiners and changes no quote's text, only its
 * cue, speaker, link and rule:
 * - a quote inside its sentence with its own attribution right after it
 *   (`Based on the record, "...," Lee said.`) takes that cue and speaker,
 *   unless a kept quote already uses the cue (`direct/fallback-trailing`,
 *   confidence 0.7); the quote right after it is linked to it by context
 *   (`"B."` after it: `direct/context`, confidence 0.3); so is the quote
 *   right after a speaker with no cue (`"A," he surmised. "B."`, the first
 *   read by `direct/trailing-name` or `direct/fallback-after`), when one
 *   sentence end at most stands between them;
 * - otherwise the speaker is guessed, with confidence 0.3: the subject of the
 *   sentence the quote sits in (`In a later vote, Lee warned of the "owners
 *   of technology" who are "..."`, rule `direct/fallback-subject`), the
 *   subject right after a quote that its own sentence goes on from (`"...,"
 *   Ann Lee, who chairs the board, noted in a letter.`, `-after`) or the
 *   person named after an inverted verb that is no cue of the options
 *   (`"...," remembered Ann Lee.`, `-after`), or, for a
 *   quote that is a sentence of its own, the subject of the sentence right
 *   before it in the paragraph (`Lee is upbeat about the race. "We can win."`,
 *   `-previous`), and for a quote that is a paragraph of its own, a person
 *   named as the subject of the last sentence of the paragraph before it
 *   (also `-previous`; not for a quote that speaks of that person as "he" or "she", nor for
 *   the subject of a passive). The subject must name a person, group, organisation or
 *   document. A quote after a colon is left to the clause-colon rule, but
 *   for a name alone labelling it (`Rep. Ann Lee (D-Ore.): "..."`, `-colon`)
 *   and a lead-in that is only the owner of words said or written
 *   (`Lee's reply was: "..."`, `From Lee's Facebook post: "..."`, `From the
 *   report: "..."`, `-colon-owner`).
 * Besides, an extraposed "it" that speaks for any kept quote is no speaker
 * (`It is important to note that ...`, `It is hard not to wonder`, `It's no
 * exaggeration to`, `It seems that`, `, it seems,`: removed, rule suffix
 * `-extraposed`; `speakers/expletive-it.ts`) or
 * gives way to the people after "for" (`It is common for aides to say ...`,
 * whose cue is then `to say`), and
 * a noun of saying with no owner takes the subject of its clause
 * (`reported/noun-cue-fallback-subject`, confidence 0.3). (A noun of saying
 * with its maker after "by" or "from" is read by `reported/noun-cue-agent`,
 * in `attribution/reported/noun-cue.ts`.)
 * @internal
 */
import type { Candidate, CueMatch, Mention } from '../attribution/candidate.js';
import type { Doc } from '../prepare/document.js';
import { isMarkToken, isRegularPast, tokenAt, tokenCount } from '../prepare/lookup.js';
import { canSpeak, extraposedSpeaker, makeMention, sentenceSubject, speakerBefore } from '../speakers/phrase.js';
import { joinedFloor } from '../speakers/find/floor.js';
import { isPlaceName, kindOfHead, kindOfName } from '../speakers/kinds.js';
import { isNameToken } from '../speakers/find/name-tokens.js';
import { DOCUMENT_NOUNS, MUTE_DOCUMENTS, UNSPOKEN_OWNED_WORDS } from '../data/people.js';
import { FIRST_NAMES, UNISEX_FIRST_NAMES } from '../data/names.js';
import { PRONOUNS } from '../data/pronouns.js';
import { isPassiveAt } from '../speakers/find/passive.js';
import { tokenBounds } from '../attribution/direct/bounds.js';
import { trailingAttribution } from '../attribution/direct/trailing.js';
import { followsAttribution, headOf, ownAttributionFollows } from './context.js';
import { candidateStart, outsideVerbCue } from '../attribution/candidate.js';
import { COLON_SPEECH_WORDS, CUE_VERBS } from '../data/cues.js';
import { owner } from '../attribution/noun-owner.js';
import { viewSlice } from '../prepare/view.js';
import { SINGULAR_BE_FORMS } from '../data/clauses.js';
import { NOT_SPEAKING_PRONOUNS, DOCUMENT_DETERMINERS } from '../data/function-words.js';
import { cueWith } from '../cues/match.js';
import { isExpletiveIt } from '../speakers/expletive-it.js';

/**
 * True when the quote's tokens `from` to `to` (exclusive) speak of the person
 * `name` in the third person: its first "he" / "she" comes before any name
 * in the quote and has the gender of `name`'s first name ('Tom Reyes was
 * arrested.¶"He is a danger."'), either gender for a name given to both
 * ("Kim", {@link UNISEX_FIRST_NAMES}); "he" after a name in the quote is that
 * name's.
 */
function speaksOf(doc: Doc, from: number, to: number, name: string): boolean {
  const first = name.split(/\s+/)[0]!.toLowerCase();
  const gender = FIRST_NAMES.get(first);
  if (gender === undefined) return false;
  const either = UNISEX_FIRST_NAMES.has(first);
  for (let k = from; k < to; k++) {
    const t = tokenAt(doc, k);
    if (t.pos === 'PROPN') return false;
    const g = PRONOUNS.get(t.lower)?.gender;
    if (g === 'male' || g === 'female') return either || g === gender;
  }
  return false;
}

/** Confidence of a guessed speaker. */
const CONFIDENCE = 0.3;

/**
 * A subject fit to speak for a quote: a name (not a place's), a person
 * pronoun, or a description of people, an organisation or a document ("the
 * timing of the surge", "those services" are not).
 */
function fit(doc: Doc, m: Mention | null): Mention | null {
  if (m === null || (m.kind === 'pronoun' && NOT_SPEAKING_PRONOUNS.has(m.name.toLowerCase())) || !canSpeak(doc, m)) return null;
  // (a place, its state's abbreviation too, speaks for no one: "Hollis, N.H.:")
  if (m.kind === 'name') return isPlaceName(m.name) || kindOfName(m.name) === 'place' ? null : m;
  if (m.kind === 'pronoun') return m;
  const head = tokenAt(doc, m.head ?? m.last - 1).lower;
  return kindOfHead(head) !== 'unknown' || DOCUMENT_NOUNS.has(head) ? m : null;
}

/**
 * Attributes what the rules and refiners left open, in place (see the module
 * comment): to each kept direct quote with neither cue, speaker nor link, the
 * attribution right after it (`direct/fallback-trailing`), a link to the
 * quote before it (`direct/context`) or a guessed speaker
 * (`direct/fallback-*`); to each noun of saying with no owner (`Lee bristled
 * at the suggestion that ...`), the subject of its clause
 * (`reported/noun-cue-fallback-subject`); and it drops or replaces an
 * extraposed "it" speaking for any kept quote. `verbs` are the reported
 * verbs the options keep (a built-in verb of saying they leave out is no
 * attribution after a quote); `cueAt` holds the cue over each
 * token it covers, if any, for finding the attribution after a quote.
 */
export function guessSpeakers(doc: Doc, candidates: readonly Candidate[], verbs: ReadonlyMap<string, unknown>, cueAt: readonly (CueMatch | undefined)[]): void {
  const used = new Set<CueMatch>();
  for (const c of candidates) if (c.keep && c.cue) used.add(c.cue);
  const previous = previousDirects(candidates);
  for (const c of candidates) {
    // "It is important to note that ...": an extraposed "it" is no speaker; "It is common for aides to say": the aides are
    if (c.keep && c.speaker?.kind === 'pronoun' && c.speaker.name.toLowerCase() === 'it' && c.cue && c.speaker.last === c.cue.first) {
      const extraposed = extraposedSpeaker(doc, c.cue.first);
      if (extraposed !== undefined) {
        c.speaker = extraposed;
        if (extraposed === null) c.rule = `${c.rule}-extraposed`;
        // (the cue is what the people do, after them: "to say", not "has been common for aides to say")
        else if (extraposed.last > c.cue.first && extraposed.last <= c.cue.head) c.cue = cueWith(c.cue, { first: extraposed.last });
      } else if (isExpletiveIt(doc, c.speaker.first, c.cue.first)) {
        // "It is hard not to wonder whether", "It's no exaggeration to call", "It appears, though, that", ", it seems,":
        // an "it" that stands for no one
        c.speaker = null;
        c.rule = `${c.rule}-extraposed`;
      }
    }
    // a noun of saying with no owner: "Lee bristled at the suggestion that ...", "Aides dismissed claims that ..."
    if (c.keep && c.rule === 'reported/noun-cue' && c.speaker === null && c.from === null && c.cue !== null) {
      const cue = c.cue;
      const sentence = doc.sentences[tokenAt(doc, cue.first).sent]!;
      // "received a letter warning that ...", "with a new survey finding that ...": a word in -ing right after a
      // noun is a participle on it; that noun phrase says it (when it can), not the subject who found it
      const before = cue.first > sentence.first ? tokenAt(doc, cue.first - 1) : undefined;
      // (also a noun the tagger read as another word right after a determiner: "a sign warning that ...")
      const nounLike = before !== undefined && (before.pos === 'NOUN' || (/^(ADJ|VERB)$/.test(before.pos) && cue.first - 2 >= sentence.first && tokenAt(doc, cue.first - 2).pos === 'DET'));
      const textParticiple = /ing$/.test(tokenAt(doc, cue.head).lower) && nounLike;
      const m = textParticiple ? fit(doc, speakerBefore(doc, cue.first, sentence.first)) : fit(doc, sentenceSubject(doc, sentence.first, cue.first));
      // (the text noun right before the participle, or no one: "Crews posted a notice warning that" credits no crew)
      if (m && (textParticiple ? m.last === cue.first : m.last <= cue.first)) {
        c.speaker = m;
        c.rule = 'reported/noun-cue-fallback-subject';
        c.confidence = Math.min(c.confidence, CONFIDENCE);
      }
      continue;
    }
    if (!c.keep || c.kind !== 'direct' || c.speaker !== null || c.cue !== null || c.from !== null || c.stretches.length === 0) continue;
    // 'Based on the record, "...," Lee said.': a quote inside its sentence with its own attribution after it
    const trailing = trailingFor(doc, c, cueAt);
    if (trailing && !used.has(trailing.cue)) {
      used.add(trailing.cue);
      c.cue = trailing.cue;
      c.speaker = trailing.speaker;
      c.rule = 'direct/fallback-trailing';
      c.confidence = TRAILING_CONFIDENCE;
      continue;
    }
    // ('Based on the record, "A," Lee said. "B."': the quote right after that attribution is Lee's too)
    const before = previous.get(c) ?? null;
    if (before && before.rule === 'direct/fallback-trailing' && before.speaker && followsAttribution(doc, before, c)) {
      c.from = before;
      c.via = 'context';
      c.rule = 'direct/context';
      c.confidence = CONFIDENCE;
      continue;
    }
    // ('"A," he surmised. "B."': the quote right after a speaker with a verb the lexicon lacks is his too)
    if (before && followsNamedSpeaker(doc, before, c)) {
      c.from = before.from ?? before;
      c.via = 'context';
      c.rule = 'direct/context';
      c.confidence = CONFIDENCE;
      continue;
    }
    const guess = guessFor(doc, c, verbs);
    if (guess === null) continue;
    c.speaker = guess.speaker;
    c.rule = guess.rule;
    c.confidence = CONFIDENCE;
    // 'Lee anticipated that the hardest task would be "...."': the subject's own verb is the cue
    if (guess.rule === 'direct/fallback-subject') c.cue = subjectVerb(doc, c, guess.speaker, cueAt);
  }
}

/** Parts of speech that may stand between a subject and its verb: "also", "has", "had long". */
const BEFORE_VERB = new Set(['AUX', 'ADV', 'PART']);

/**
 * The verb right after the guessed subject `speaker` of the quote `c`, as its
 * cue, when it stands before the quote in the same sentence, is no cue of the
 * lexicon in any category (an opt-in cue left off stays off), has a past
 * form and opens a that-clause, right away or after a short listener (`He
 * anticipated that ...`, `Lee confided to her that ...`; not `carried banners
 * reading "..."`); null otherwise.
 */
function subjectVerb(doc: Doc, c: Candidate, speaker: Mention, cueAt: readonly (CueMatch | undefined)[]): CueMatch | null {
  const start = candidateStart(c);
  let v = speaker.last;
  while (v < tokenCount(doc) && v - speaker.last < 3 && BEFORE_VERB.has(tokenAt(doc, v).pos)) v++;
  if (v >= tokenCount(doc) || tokenAt(doc, v).start >= start || tokenAt(doc, v).sent !== tokenAt(doc, speaker.first).sent) return null;
  const t = tokenAt(doc, v);
  if (t.pos !== 'VERB' || cueAt[v] !== undefined || CUE_VERBS.has(t.lemma) || !isRegularPast(t)) return null;
  // the verb opens a that-clause, right away or after a short listener ("confided to her sister that"):
  // not a verb whose object bears the words ('carried banners reading "..."')
  let k = v + 1;
  if (tokenAt(doc, k).lower === 'to') while (k < tokenCount(doc) && k - v <= 4 && tokenAt(doc, k).lower !== 'that') k++;
  if (k >= tokenCount(doc) || tokenAt(doc, k).lower !== 'that' || tokenAt(doc, k).start >= start + 1) return null;
  return outsideVerbCue(doc, speaker.last, v);
}

/** Rules that give a direct quote a speaker after it and no cue. */
const NAMED_RULES: ReadonlySet<string> = new Set(['direct/trailing-name', 'direct/fallback-after']);

/** At most this many characters between a quote with a speaker and no cue and the quote it speaks on in. */
const MAX_NAMED_GAP = 100;

/**
 * True when `c` opens, in the same paragraph, right after the sentence that
 * ends with the speaker of the direct quote `prev`, which has a speaker and
 * no cue (`"A," he surmised. "B."`, rules `direct/trailing-name` and
 * `direct/fallback-after`), and no
 * attribution of its own follows `c`.
 */
function followsNamedSpeaker(doc: Doc, prev: Candidate, c: Candidate): boolean {
  return NAMED_RULES.has(prev.rule) && !ownAttributionFollows(doc, c) && followsAttribution(doc, prev, c, true, MAX_NAMED_GAP);
}

/** Confidence of a quote given the attribution right after it although its sentence does not open with it. */
const TRAILING_CONFIDENCE = 0.7;

/**
 * The cue and speaker right after a direct quote that stands inside its
 * sentence (`Based on the record, "...," Lee said.`, `Lee "...," said Ann
 * Reyes.`), which the direct rules leave to reported speech; null when none.
 */
function trailingFor(doc: Doc, c: Candidate, cueAt: readonly (CueMatch | undefined)[]): { cue: CueMatch; speaker: Mention } | null {
  const b = tokenBounds(doc, c);
  const last = c.stretches[c.stretches.length - 1]!;
  if (last.close < 0 || b.after >= b.paraEnd) return null;
  // only a quote that closes on a comma, a question or an exclamation goes on to its attribution
  const end = viewSlice(doc.view, last.contentStart, last.contentEnd).trimEnd();
  if (!/[,?!]$/.test(end) && tokenAt(doc, b.after).value !== ',') return null;
  const found = trailingAttribution(doc, cueAt, b.after, b.paraEnd);
  return found && found.cue && found.speaker ? { cue: found.cue, speaker: found.speaker } : null;
}

/**
 * Each kept direct quote mapped to the kept direct quote that starts last
 * before it (the first such in `candidates` when several start there), for
 * all of them at once: one sort, not a scan of every quote per quote.
 */
function previousDirects(candidates: readonly Candidate[]): Map<Candidate, Candidate> {
  const direct = candidates.filter((o) => o.keep && o.kind === 'direct').map((o) => ({ o, start: candidateStart(o) }));
  // (a stable sort: among quotes starting at the same place the first in `candidates` stays first)
  direct.sort((a, b) => a.start - b.start);
  const out = new Map<Candidate, Candidate>();
  let prev: Candidate | null = null;
  let groupFirst = 0;
  for (let i = 0; i < direct.length; i++) {
    if (i > 0 && direct[i]!.start !== direct[i - 1]!.start) {
      prev = direct[groupFirst]!.o;
      groupFirst = i;
    }
    if (prev !== null) out.set(direct[i]!.o, prev);
  }
  return out;
}

function guessFor(doc: Doc, c: Candidate, verbs: ReadonlyMap<string, unknown>): { speaker: Mention; rule: string } | null {
  const b = tokenBounds(doc, c);
  const open = b.open;
  // after a colon the clause rules have had their say ('Rangers found a sign on the door: "Gone fishing."');
  // only a name labelling the quote is a guess ('Rep. Ann Varga (D-Ore.): "..."', also as a paragraph of its own)
  if (open > 0 && /:$/.test(tokenAt(doc, open - 1).value)) return colonLabel(doc, open - 1) ?? colonOwner(doc, open - 1);
  const sentence = doc.sentences[tokenAt(doc, open).sent]!;
  const first = Math.max(sentence.first, b.paraStart);
  // the sentence the quote sits in: its subject before the quote, or after a quote that opens it
  if (first < open) {
    const m = fit(doc, sentenceSubject(doc, first, open));
    if (m) return { speaker: m, rule: 'direct/fallback-subject' };
  }
  // words of the quote's own sentence after it: '"...," Ann Lee, who chairs the board, noted in a letter.'
  // (after its first stretch when the quote went on past them: '"A," Ann Lee noted in a letter. "B."')
  // ('"A?" Vidal pressed. "B."': a name and a verb after a question that goes on are its own sentence's too)
  const head = headOf(c);
  const after = head === c ? b.after : tokenBounds(doc, head).after;
  if (first >= open && after < b.paraEnd && ownAttributionFollows(doc, head, head !== c)) {
    const end = doc.sentences[tokenAt(doc, after).sent]!.last;
    let k = after;
    if (tokenAt(doc, k).value === ',') k++;
    const m = fit(doc, sentenceSubject(doc, k, Math.min(end, b.paraEnd)));
    // (a verb of saying the options leave out is no verb of saying: '"...," Smith said.' with speech off)
    if (m && m.first === k && !leftOutVerbAfter(doc, m.last, Math.min(end, b.paraEnd), verbs)) return { speaker: m, rule: 'direct/fallback-after' };
    // an inverted verb the lexicon lacks and a person's name: '"...," remembered Ann Lee, the firm's spokeswoman.'
    const inverted = invertedName(doc, k, Math.min(end, b.paraEnd), verbs);
    if (inverted) return { speaker: inverted, rule: 'direct/fallback-after' };
  }
  // a quote that is a sentence of its own: the subject of the sentence before it, in its paragraph
  // ("Lee is upbeat about the race. "We can win."")
  if (first >= open) {
    const prev = doc.sentences[tokenAt(doc, open).sent - 1];
    if (prev && prev.first >= b.paraStart && !hasMark(doc, prev.first, prev.last)) {
      const m = fit(doc, sentenceSubject(doc, prev.first, prev.last));
      if (m) return { speaker: m, rule: 'direct/fallback-previous' };
    }
    // a quote that is a paragraph of its own: a person named as the subject of the paragraph before it
    // ("Lee is upbeat about the race.¶"We can win."")
    if (prev && open === b.paraStart && b.after >= b.paraEnd - 1 && tokenAt(doc, prev.last - 1).para === tokenAt(doc, open).para - 1 && !hasMark(doc, prev.first, prev.last)) {
      const m = fit(doc, sentenceSubject(doc, prev.first, prev.last));
      // (not when the quote speaks of that person as "he" or "she", nor when the person is the subject of a
      // passive: 'Tom Reyes was arrested on Friday.¶"He is a danger."')
      if (m && m.kind === 'name' && kindOfName(m.name) === 'person' && !speaksOf(doc, open, b.after, m.name) && !isPassiveAt(doc, m.last)) return { speaker: m, rule: 'direct/fallback-previous' };
    }
  }
  return null;
}

/**
 * The name that makes up the whole of its sentence up to the colon at token
 * `colon`, with its party code, fit to speak (`Rep. Ann Varga (D-Ore.):`,
 * `Former secretary of labor Ann Varga:`), as the guess; null otherwise
 * (`The Ledger focuses on one number:` is the clause rules' own).
 */
function colonLabel(doc: Doc, colon: number): { speaker: Mention; rule: string } | null {
  const sentence = doc.sentences[tokenAt(doc, colon).sent]!;
  const para = doc.paragraphs[tokenAt(doc, colon).para]!;
  // (a sentence break inside a party code is none: "(R-S.C.):")
  const first = Math.max(joinedFloor(doc, sentence.first), para.first);
  if (first >= colon || hasMark(doc, first, colon)) return null;
  let end = colon;
  if (tokenAt(doc, end - 1).value === ')' || /^\)/.test(tokenAt(doc, colon).value)) {
    let k = end - 1;
    while (k > first && tokenAt(doc, k).value !== '(') k--;
    if (k > first) end = k;
  }
  const label = makeMention(doc, first, end);
  if (!label || label.kind !== 'name' || label.first !== first || label.last !== end) return null;
  return fit(doc, label) ? { speaker: label, rule: 'direct/fallback-colon' } : null;
}

/**
 * The owner of the words a lead-in before the colon at token `colon` names,
 * when the lead-in is nothing but those words: a possessive and a noun of
 * words said or written, maybe with "was" or "is" (`Reyes's reply:`,
 * `The mayor's answer was:`, `From Reyes's Facebook post:`), or "From" and
 * a document (`From the report:`, which then speaks itself); null otherwise,
 * and for a motto, slogan or case ({@link UNSPOKEN_OWNED_WORDS}) or data or
 * a poll after "From" ({@link MUTE_DOCUMENTS}).
 */
function colonOwner(doc: Doc, colon: number): { speaker: Mention; rule: string } | null {
  const sentence = doc.sentences[tokenAt(doc, colon).sent]!;
  const para = doc.paragraphs[tokenAt(doc, colon).para]!;
  const first = Math.max(joinedFloor(doc, sentence.first), para.first);
  if (first >= colon || hasMark(doc, first, colon)) return null;
  const from = tokenAt(doc, first).lower === 'from';
  const start = from ? first + 1 : first;
  const end = !from && SINGULAR_BE_FORMS.has(tokenAt(doc, colon - 1).lower) ? colon - 1 : colon;
  const noun = end - 1;
  const head = tokenAt(doc, noun);
  if (noun <= start || !/^(NOUN|PROPN)$/.test(head.pos) || !(COLON_SPEECH_WORDS.has(head.lower) || DOCUMENT_NOUNS.has(head.lower))) return null;
  if (UNSPOKEN_OWNED_WORDS.has(head.lower)) return null;
  // (one capitalised word may name the medium between the owner and the noun: "Reyes's Facebook post")
  const medium = noun - 1 > start && tokenAt(doc, noun - 1).pos === 'PROPN' && !/^['’]s$/.test(tokenAt(doc, noun - 1).lower);
  const o = owner(doc, noun) ?? (medium ? owner(doc, noun - 1) : null);
  if (o && o.first === start && o.kind !== 'pronoun') {
    const m = fit(doc, o);
    return m ? { speaker: m, rule: 'direct/fallback-colon-owner' } : null;
  }
  // "From the report:": the document speaks
  if (from && noun === start + 1 && DOCUMENT_DETERMINERS.has(tokenAt(doc, start).lower) && DOCUMENT_NOUNS.has(head.lower) && !MUTE_DOCUMENTS.has(head.lower)) {
    const m = fit(doc, makeMention(doc, start, end));
    return m ? { speaker: m, rule: 'direct/fallback-colon-owner' } : null;
  }
  return null;
}

/**
 * The person named right after a lower-case past form at token `k`, the
 * name ending its sentence or followed by a comma (`remembered Ann Lee, ...`);
 * null otherwise, and when the verb is a built-in verb of saying or writing
 * that `verbs` leaves out.
 */
function invertedName(doc: Doc, k: number, end: number, verbs: ReadonlyMap<string, unknown>): Mention | null {
  const verb = tokenAt(doc, k);
  // (a verb of thought after a direct quote recalls words said: "remembered")
  const category = CUE_VERBS.get(verb.lemma);
  if (verb.pos !== 'VERB' || !/^\p{Ll}+ed$/u.test(verb.value) || (category !== undefined && category !== 'thought' && !verbs.has(verb.lemma))) return null;
  let last = k + 1;
  while (last < end && isNameToken(tokenAt(doc, last), doc)) last++;
  if (last === k + 1 || (last < end && !/^[,.]$/.test(tokenAt(doc, last).value))) return null;
  const m = makeMention(doc, k + 1, last);
  return m && m.kind === 'name' && m.first === k + 1 && kindOfName(m.name) === 'person' ? m : null;
}

/** True when the first verb in tokens [from, to) is a built-in cue verb that `verbs` (the reported ones) leaves out. */
function leftOutVerbAfter(doc: Doc, from: number, to: number, verbs: ReadonlyMap<string, unknown>): boolean {
  for (let k = from; k < to; k++) {
    const t = tokenAt(doc, k);
    if (t.pos === 'VERB') return CUE_VERBS.has(t.lemma) && !verbs.has(t.lemma);
  }
  return false;
}

/** True when tokens [from, to) hold a quotation mark. */
function hasMark(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isMarkToken(tokenAt(doc, k).value)) return true;
  return false;
}
