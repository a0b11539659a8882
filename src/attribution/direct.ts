/**
 * Direct quotations: builds candidates from quoted stretches and links them to
 * a cue and a speaker, rule by rule (each rule sees only what earlier rules
 * left unattributed). This file keeps the order of the rules
 * ({@link attributeDirect}); each rule family lives in a file of its own under
 * `direct/`: the candidates (`candidates.ts`), where a quote sits
 * (`bounds.ts`), a cue after the quote (`trailing.ts`), a cue before it
 * (`leading.ts`), an inverted opening (`inverted.ts`), colon lead-ins
 * (`colon-lead.ts`), a source phrase before a quote with its own attribution
 * after it (`source-lead.ts`) and the words outside the marks that join the quote
 * (`mixed-parts.ts`). Speaker-only attributions with no cue are in
 * `no-cue.ts`.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Candidate, CueMatch } from './candidate.js';
import { attributionWith, isIngCue } from './candidate.js';
import { outerSource, relayedWords } from './outer-source.js';
import { clauseColon, dashSignature, innerSignature, nameColon, onlyPunctuationBetween, trailingName } from './no-cue.js';
import { tokenAt } from '../prepare/lookup.js';
import { DAY_OR_MONTH } from '../data/time.js';
import { NOUN_CUES } from '../data/cues.js';
import { owner } from './noun-owner.js';
import { tokenBounds, floorBefore, opensSentence, parenthesisedQuote } from './direct/bounds.js';
import { ownAttribution } from './direct/candidates.js';
import { trailOverSharedLead } from './direct/second-speaker.js';
import { trailingAttribution } from './direct/trailing.js';
import { dashedReportQuote } from './direct/dashed-report.js';
import { invertedOverManner, invertedOpening } from './direct/inverted.js';
import { leadingAttribution, inlineQuoteSpeaker } from './direct/leading.js';
import { trailOverSourceLead } from './direct/source-lead.js';
import { colonLeadIn, leadsInNext, colonLead } from './direct/colon-lead.js';
import { namingRelative, introduction, midSentenceLead, quoteTail } from './direct/mixed-parts.js';


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
    // ('Ann Vidal said the levy had lost its purpose — "It no longer funds the schools," she told the board.': a dash
    // after a clause with its own subject and verb sets off a quotation attributed after it, as a colon does)
    const opens = opensSentence(doc, b.open, floor) || parenthesisedQuote(doc, b.open, b.after) || dashedReportQuote(doc, cueAt, b.open, b.after, floor, ceiling);
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
      (midTrail ? (framed ? midTrail : attributionWith(midTrail, { rule: 'direct/mid-sentence-trailing-cue' })) : null) ??
      (trail && leadsInNext(doc, trail, b.after, ceiling, nextInPara) ? colonLead(doc, cueAt, b.open, floor, b.after) ?? trail : trail) ??
      // ('According to the report, "A," Lee said.': a source phrase before the quote gives way to its own attribution after it)
      trailOverSharedLead(doc, cueAt, trailOverSourceLead(doc, cueAt, invertedOverManner(doc, cueAt, leadingAttribution(doc, cueAt, b.open, floor, b.after), b.open, floor), b.after, ceiling), b.after, ceiling) ??
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
        if (lead) found = attributionWith(lead, { rule: 'direct/colon-lead-in' });
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
      if (speaker) found = attributionWith(found, { speaker, rule: 'direct/leading-speaker-cue' });
    }
    // a noun of saying with no speaker is its owner's: 'after her comment that, "..."', 'Lee's remark: "..."'
    if (found && found.speaker === null && found.cue && found.cue.last - found.cue.first === 1 && NOUN_CUES.has(tokenAt(doc, found.cue.head).lower)) {
      // (a day or a month between: "her March comment", "Lee's Friday remark")
      const head = found.cue.head;
      const speaker = owner(doc, head) ?? (head > 0 && DAY_OR_MONTH.has(tokenAt(doc, head - 1).lower) ? owner(doc, head - 1) : null);
      if (speaker) found = attributionWith(found, { speaker, rule: 'direct/leading-speaker-cue' });
    }
    // a cue with no speaker in a clause ending in a colon: "The mayor made the following remark:"
    if (found && found.speaker === null) {
      const subject = clauseColon(doc, b.open, floor, true);
      if (subject) found = attributionWith(found, { speaker: subject.speaker, rule: subject.rule });
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
