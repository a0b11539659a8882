/**
 * Direct quotations: builds candidates from quoted stretches and links them to
 * a cue and a speaker, rule by rule (each rule sees only what earlier rules
 * left unattributed).
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Attribution, Candidate, CueMatch, Range } from './candidate.js';
import { closingMark, conjoinedVerbAt, isIngCue, narratorClauseAt } from './candidate.js';
import { outerSource, relayedWords } from './outer-source.js';
import { clauseColon, dashSignature, innerSignature, nameColon, onlyPunctuationBetween, trailingName } from './no-cue.js';
import { isMarkToken, tokenAt, tokenCount } from '../prepare/lookup.js';
import { DAY_OR_MONTH, TIME_WORDS } from '../data/time.js';
import { CONNECTIVE_OPENERS, NAMING_VERBS, NOUN_CUES, TOPIC_OPENERS } from '../data/cues.js';
import { owner } from './reported/noun-cue.js';
import { viewSlice, viewChar } from '../prepare/view.js';
import { WH_RELATIVE_PRONOUNS } from '../data/clauses.js';
import { tokenBounds, floorBefore, clauseGoesOn, opensSentence, parenthesisedQuote } from './direct/bounds.js';
import { ownAttribution, directCandidates } from './direct/candidates.js';
import { trailingAttribution } from './direct/trailing.js';
import { invertedOverManner, invertedOpening } from './direct/inverted.js';
import { leadingAttribution, inlineQuoteSpeaker } from './direct/leading.js';
import { colonLeadIn, leadsInNext, colonLead } from './direct/colon-lead.js';

// the other stages read these from here, the direct stage's entry point (pipeline.ts, refine/)
export { directCandidates, opensSentence, tokenBounds, trailingAttribution };

/**
 * Links each direct candidate to a cue and speaker where the text around it
 * says so. `verbs` are the cue verbs the options report (by lemma); a
 * built-in verb missing from them is never read as a verb of speech.
 */
export function attributeDirect(doc: Doc, candidates: Candidate[], cueAt: readonly (CueMatch | undefined)[], verbs: ReadonlyMap<string, unknown>): void {
  for (let n = 0; n < candidates.length; n++) {
    const c = candidates[n]!;
    const b = tokenBounds(doc, c);
    // '"... more stimulus.\nAnn Lee, Harbor Institute."': the signature line inside the marks is no part of the words
    const signature = innerSignature(doc, c.parts[c.parts.length - 1]!);
    if (signature) {
      c.parts[c.parts.length - 1] = { start: c.parts[c.parts.length - 1]!.start, end: signature.end };
      c.signed = true;
    }
    const next = candidates[n + 1];
    const nextInPara = next !== undefined && next.para === c.stretches[c.stretches.length - 1]!.para;
    const ceiling = nextInPara ? tokenBounds(doc, next).open : b.paraEnd;
    const prev = candidates[n - 1];
    const floor = floorBefore(doc, candidates, n);
    // a quote inside a sentence ('The plan is "pure fantasy," Smith said') is part of
    // reported speech: its trailing attribution is left to the reported-speech stage
    const opens = opensSentence(doc, b.open, floor) || parenthesisedQuote(doc, b.open, b.after);
    // 'Ann Lee "is wrong. She knows it," Moss said': a quotation of sentences that opens inside one
    const words = opens ? null : midSentenceLead(doc, cueAt, b.open, b.after, floor);
    // 'After the vote, "We won. It is over," Hale said.': a fronted phrase and its comma frame the quote, which is read as opening its
    // sentence; only when the quote opens like a sentence (not 'Ann Lee, the mayor, "is wrong. ..."', where the words before are its subject)
    const framed = words !== null && tokenAt(doc, b.open - 1).value === ',' && /^\p{Lu}/u.test(tokenAt(doc, b.open + 1).value);
    const lead = framed ? null : words;
    const midTrail = words ? trailingAttribution(doc, cueAt, b.after, ceiling) : null;
    // ('Lee said: "A." Moss said, "B."': after a colon lead-in, a quote closed by a full stop keeps its leading
    // attribution when the one after it leads in the next quote)
    const trail = opens ? trailingAttribution(doc, cueAt, b.after, ceiling) : null;
    let found =
      (midTrail ? (framed ? midTrail : { ...midTrail, rule: 'direct/mid-sentence-trailing-cue' }) : null) ??
      (trail && leadsInNext(doc, trail, b.after, ceiling, nextInPara) ? colonLead(doc, cueAt, b.open, floor, b.after) ?? trail : trail) ??
      invertedOverManner(doc, cueAt, leadingAttribution(doc, cueAt, b.open, floor, b.after), b.open, floor) ??
      invertedOpening(doc, cueAt, b.open, floor) ??
      dashSignature(doc, b.after, b.paraEnd) ??
      nameColon(doc, b.open, floor) ??
      (opens ? trailingName(doc, b.after, ceiling, verbs) : null) ??
      clauseColon(doc, b.open, floor) ??
      (signature ? { cue: null, speaker: signature.speaker, rule: 'direct/inner-signature', confidence: 0.6 } : null);
    // '"A," she said, but despite the tone, "B," said Ada Kunin.': a quote inside the sentence of the attribution of
    // the quote before it, in its paragraph, takes a cue and a speaker of its own right after it
    // (both quotes end in a comma: '"A," she said, ..., "B," ...')
    if (
      !found && !opens && prev !== undefined && prev.cue !== null && prev.speaker !== null && prev.cue.first >= tokenBounds(doc, prev).after &&
      tokenAt(doc, prev.cue.first).sent === tokenAt(doc, b.open).sent && c.stretches.length === 1 && prev.stretches.length === 1 &&
      ownAttribution(doc, c.stretches[0]!) && ownAttribution(doc, prev.stretches[0]!)
    ) {
      const own = trailingAttribution(doc, cueAt, b.after, ceiling);
      if (own && own.cue !== null && own.speaker !== null) found = own;
    }
    // a colon lead-in at the end of the paragraph before: `Smith said:` / `"..."`
    if (!found && b.open === b.paraStart && c.para > 0) {
      const before = doc.paragraphs[c.para - 1]!;
      if (tokenAt(doc, before.last - 1).value === ':') {
        const lead = leadingAttribution(doc, cueAt, before.last, before.first) ?? colonLeadIn(doc, cueAt, before.last - 1);
        if (lead) found = { ...lead, rule: 'direct/colon-lead-in' };
        else found = clauseColon(doc, before.last, before.first);
      }
    }
    // a participle right after the quote before, in its paragraph: 'Lee said, "A," adding, "B."' takes that
    // quote's speaker; 'Lee called it "a mess," adding, "B."' (the quote before is part of its sentence, with
    // no speaker of its own yet) takes the speaker of the verb cue that sentence opens with
    if (
      found && found.speaker === null && found.cue && found.cue.form === 'verb' && isIngCue(doc, found.cue) && prev &&
      prev.stretches[prev.stretches.length - 1]!.para === c.para && onlyPunctuationBetween(doc, floor, found.cue.first)
    ) {
      const speaker = prev.speaker ?? inlineQuoteSpeaker(doc, cueAt, tokenBounds(doc, prev).open, b.paraStart);
      if (speaker) found = { ...found, speaker, rule: 'direct/leading-speaker-cue' };
    }
    // a noun of saying with no speaker is its owner's: 'after her comment that, "..."', 'Lee's remark: "..."'
    if (found && found.speaker === null && found.cue && found.cue.last - found.cue.first === 1 && NOUN_CUES.has(tokenAt(doc, found.cue.head).lower)) {
      // (a day or a month between: "her March comment", "Lee's Friday remark")
      const head = found.cue.head;
      const speaker = owner(doc, head) ?? (head > 0 && DAY_OR_MONTH.has(tokenAt(doc, head - 1).lower) ? owner(doc, head - 1) : null);
      if (speaker) found = { ...found, speaker, rule: 'direct/leading-speaker-cue' };
    }
    // a cue with no speaker in a clause ending in a colon: "The mayor made the following remark:"
    if (found && found.speaker === null) {
      const subject = clauseColon(doc, b.open, floor, true);
      if (subject) found = { ...found, speaker: subject.speaker, rule: subject.rule };
    }
    // '"...," Lee said, according to The Harbor Times.': the outer source is credited
    const inner = found;
    if (found) found = outerSource(doc, cueAt, found, ceiling) ?? found;
    if (found) {
      c.cue = found.cue;
      if (found.relayed) c.relayed = found.relayed;
      // the outer source reports the quote with its attribution: '"We won," Lee said' of '..., according to the Times'
      // (dropped again when the quote goes on after it: see mergeInterrupted)
      const relayed = found.relayed && inner ? relayedWords(doc, inner, c.parts[c.parts.length - 1]!.end) : null;
      if (relayed) {
        c.parts = [...c.parts, relayed];
        c.relayedWords = relayed;
        // (the only words outside the marks: mergeInterrupted makes the quote direct again when it drops them)
        c.kind = 'mixed';
      }
      c.speaker = found.speaker;
      c.rule = found.rule;
      c.confidence = found.confidence;
      if (midTrail && lead && found.cue === midTrail.cue) {
        c.parts = [lead, ...c.parts];
        c.kind = 'mixed';
      }
      // 'Lee said, "We need two more weeks" before the vote.', 'Reyes: "No Chance" Of A Tax Cut': the words that finish
      // the sentence belong to the quote (not after a trailing attribution, whose speaker and cue follow the mark)
      const tail = c.stretches.length === 1 && (!found.cue || found.cue.last <= b.open) && (!found.speaker || found.speaker.last <= b.open) ? quoteTail(doc, b.after) : null;
      if (tail) {
        c.parts = [...c.parts, tail];
        c.kind = 'mixed';
      }
      const intro = found.rule === 'direct/leading-speaker-cue' ? introduction(doc, cueAt, found, b.open, floor) ?? namingRelative(doc, found, b.open) : null;
      if (intro) {
        // "As for the deficit, she said, "..."": the words before the cue open what was said
        c.parts = [intro, ...c.parts];
        c.kind = 'mixed';
      }
    }
  }
}

/**
 * `which he described as "a mess"`, `who the mayor calls "a fine man"`: the
 * relative word before the speaker of a naming verb right before the
 * quotation, which annotated news counts as the first part of what was said;
 * null otherwise.
 */
function namingRelative(doc: Doc, found: Attribution, open: number): Range | null {
  const { cue, speaker } = found;
  if (!cue || !speaker || !NAMING_VERBS.has(cue.lemma) || speaker.last > cue.first) return null;
  const between = open - cue.last;
  if (between > 1 || (between === 1 && tokenAt(doc, cue.last).lower !== 'as')) return null;
  const rel = tokenAt(doc, speaker.first - 1);
  if (speaker.first === 0 || !WH_RELATIVE_PRONOUNS.has(rel.lower) || rel.sent !== tokenAt(doc, open).sent) return null;
  return { start: rel.start, end: rel.end };
}

/**
 * `In other words, he said, "..."`, `As Ned stumbled, Mr. Reyes said, "..."`:
 * the words from the sentence start to the comma before a speaker and cue that
 * stand between commas before the quote, which annotated news counts as the
 * first part of what was said; null when they hold a quotation mark, a cue or
 * a comma, or open with a preposition or a participle (the narrator's framing:
 * `At the debate, she said, "..."`), or have no verb (`Minutes later, ...`);
 * a topic (`Of the plan, ...`) or a connective (`Of
 * course, ...`, `In other words, ...`, `Instead, ...`) opens what was said.
 * The attribution may also be inverted (`But, said Ann Lee, "..."`) or have
 * a "that" after its comma (`It is a warning, Lee said, that "..."`); then,
 * as after a lone conjunction (`But, he added, "..."`), the words before it
 * are what was said whatever opens them. Null too when a cue of its own
 * stands between the speaker and this cue (`The pier will close, Lee said,
 * adding, "..."`): the words before are that cue's report.
 */
function introduction(doc: Doc, cueAt: readonly (CueMatch | undefined)[], found: Attribution, open: number, floor: number): Range | null {
  const { cue, speaker } = found;
  if (!cue || !speaker) return null;
  // 'It is a warning, Lee said, that "..."': a "that" after the attribution's comma leads into the quotation
  const that = open - 2 >= cue.last && tokenAt(doc, open - 1).lower === 'that' ? 1 : 0;
  const close = open - 1 - that;
  if (tokenAt(doc, close).value !== ',') return null;
  // 'But, said Ann Lee, "..."': an inverted attribution, its speaker right after the cue, closes at that comma too
  const inverted = cue.form === 'verb' && speaker.first === cue.last && speaker.last === close;
  if (speaker.last > cue.first && !inverted) return null;
  // 'No new ferry, he said, "will fix the harbor."': a quotation that opens in lower case goes on from the words before
  // (the speaker right before the cue: 'she sent a note saying, "agreed."' is the narrator's)
  const continues = !that && speaker.last === cue.first && /^\p{Ll}/u.test(viewSlice(doc.view, tokenAt(doc, open).start, tokenAt(doc, open).start + 40).replace(/^[\s"'`\u2018\u2019\u201C\u201D\u201E\u201A\u00AB\u00BB\u2039\u203A]+/u, ''));
  // (then a short listener may follow the cue: 'In the end, she told the crowd, "it will work out."')
  if (!inverted && cue.last !== close && !(continues && shortListener(doc, cue.last, close))) return null;
  const comma = (inverted ? cue.first : speaker.first) - 1;
  if (tokenAt(doc, comma).value !== ',') return null;
  // '..., Lee said, adding, "..."': a cue of its own between the speaker and this one reports the words before
  for (let k = speaker.last; k < cue.first; k++) if (cueAt[k]) return null;
  const sentence = doc.sentences[tokenAt(doc, open).sent]!;
  const start = Math.max(sentence.first, floor);
  if (comma - start < 1) return null;
  // "At Sunday's debate, she said, ...", "After reading the verse, he said, ...": the narrator's framing
  const openAt = tokenAt(doc, start).pos === 'CCONJ' ? start + 1 : start;
  const opener = tokenAt(doc, openAt);
  // "Of the plan, she said, ...", "In other words, ...": a topic or a connective opens what was said;
  // so do a lone conjunction ("But, he added, ..."), an inverted attribution ("..., said Lee, ...") and a "that"
  // after it, which set the attribution inside the sentence the quotation finishes
  const linked = (comma - start === 1 && tokenAt(doc, start).pos === 'CCONJ') || inverted || that === 1;
  const topic = continues || linked || TOPIC_OPENERS.has(opener.lower) || CONNECTIVE_OPENERS.has(viewSlice(doc.view, opener.start, tokenAt(doc, comma - 1).end).toLowerCase());
  if (!topic && (opener.pos === 'ADP' || (opener.pos === 'VERB' && /ing$/.test(opener.lower)))) return null;
  let verb = false;
  for (let k = start; k < comma; k++) {
    const t = tokenAt(doc, k);
    if (isMarkToken(t.value) || cueAt[k] || /^[:;,()\u2014\u2013-]$/.test(t.value) || t.value === '--') return null;
    verb ||= t.pos === 'VERB' || t.pos === 'AUX';
  }
  // "Minutes later, he said, ...": a time phrase with no verb frames the quote
  if (!verb && !topic) return null;
  return { start: tokenAt(doc, start).start, end: tokenAt(doc, comma - 1).end };
}

/**
 * `Instead, Ann Lee "is wrong. She knows it," Moss said.`: the words that open
 * the sentence of a quotation which starts inside it and runs over more than
 * one sentence, which annotated news counts as the first part of what was
 * said; null when the quotation stays in one sentence, or the words before it
 * hold a cue, a quotation mark, a colon or a semicolon, or no word.
 */
function midSentenceLead(doc: Doc, cueAt: readonly (CueMatch | undefined)[], open: number, after: number, floor: number): Range | null {
  const first = tokenAt(doc, open);
  if (after - 2 <= open || tokenAt(doc, after - 2).sent === first.sent) return null;
  const start = Math.max(doc.sentences[first.sent]!.first, floor);
  if (start >= open) return null;
  let word = false;
  for (let k = start; k < open; k++) {
    const t = tokenAt(doc, k);
    if (cueAt[k] || isMarkToken(t.value) || t.value === ':' || t.value === ';') return null;
    word ||= /[\p{L}\p{N}]/u.test(t.value);
  }
  if (!word) return null;
  return { start: tokenAt(doc, start).start, end: tokenAt(doc, open - 1).end };
}

/** Punctuation that ends the words finishing a sentence after a quotation. */
const TAIL_STOPS = new Set([',', ';', ':', '.', '?', '!', '(', '\u2014', '\u2013', '--']);

/**
 * `... said, "We need two more weeks" before the vote.`: the words of the
 * same sentence after the closing mark (at token `after`) up to a comma, a
 * stop, a dash, another quotation mark or "and"/"but" before a verb; null
 * when the quotation ends with its own punctuation, punctuation follows it
 * or the words name a time (the narrator's `on Friday`).
 */
function quoteTail(doc: Doc, after: number): Range | null {
  if (!clauseGoesOn(doc, after)) return null;
  // a quotation that ends with its own punctuation ("Time will tell," when asked) is complete
  const close = tokenAt(doc, closingMark(doc, after));
  if (!/[\p{L}\p{N}]/u.test(viewChar(doc.view, close.start - 1) ?? '')) return null;
  const sent = tokenAt(doc, after).sent;
  let k = after;
  while (k < tokenCount(doc)) {
    const t = tokenAt(doc, k);
    if (t.sent !== sent || TAIL_STOPS.has(t.value) || isMarkToken(t.value)) break;
    // '... "We will win" as the crowd cheered': a subordinate clause of the narrator ("before the vote", a preposition, stays)
    if (narratorClauseAt(doc, k)) break;
    // "... and left the hall": a second verb of the narrator's subject
    if (conjoinedVerbAt(doc, k, tokenCount(doc))) break;
    // 'wrote, "..." on Sunday': the narrator's time of saying
    if (TIME_WORDS.has(t.lower)) return null;
    k++;
  }
  if (k === after) return null;
  return { start: tokenAt(doc, after).start, end: tokenAt(doc, k - 1).end };
}

/** Most words of a listener between a cue and the comma before a quotation. */
const MAX_LISTENER_WORDS = 3;

/** True when tokens `[from, to)` are one to three words, none of them a mark or punctuation (`told the crowd`). */
function shortListener(doc: Doc, from: number, to: number): boolean {
  if (to <= from || to - from > MAX_LISTENER_WORDS) return false;
  for (let k = from; k < to; k++) if (!/^[\p{L}\p{N}]/u.test(tokenAt(doc, k).value)) return false;
  return true;
}
