/**
 * Rule `reported/interview`: the lines of a printed interview, `Q: Will the
 * budget pass?` and `A: I think it will.` The colon is the cue (lemma `:`).
 * The letter is never a person's name: an answer's speaker is the interviewee,
 * the full name the intro says was interviewed ("We spoke with Ann Lee"), else
 * the first full name in the text before the first line (the headline or
 * intro: "Q&A with Mayor Ann Lee"), with the letter as its mention; without one
 * the answer has no speaker. The questions are the interviewer's, whom the
 * text names only by the letter: their speaker is the description "Q" (kind
 * unknown). A transcript whose paragraph right before the first line tells
 * who questions whom ("Prosecutor Ada Nwosu asked the secretary, Lorna Fitch,
 * about ...") gives the questions to the one who asks and the answers to the
 * one asked ({@link examination}). A line
 * counts only when a paragraph next to it opens with the other letter, so a
 * lone `Q:` label stays a label.
 * @internal
 */
import { shapedMention } from '../../speakers/shape.js';
import type { Segment } from '../../prepare/document.js';
import type { Candidate, Mention } from '../candidate.js';
import { isMarkToken, tokenAt, tokenCount } from '../../prepare/lookup.js';
import { candidate, colonCue, endBeforeFinalMarks, range, type ReportedContext } from './shared.js';

import { makeMention, isInnerHyphen, isNameToken } from '../../speakers/phrase.js';
import { ASKED_QUESTION_WORDS, EXAMINATION_VERBS, INTERVIEW_INTRO_VERBS, INTERVIEW_INTRO_WORDS } from '../../data/cues.js';
import { TITLE_WORDS } from '../../data/titles.js';

/** How long one answer may be, in tokens. */
const MAX_ANSWER = 600;

/**
 * The letter ("Q" or "A") that opens the paragraph with a colon after it, or
 * with a full stop ("Q. Why?", which the tagger reads as one token "Q."); "".
 */
function letterOf(ctx: ReportedContext, para: Segment | undefined): string {
  if (!para || para.last - para.first < 3) return '';
  const t = tokenAt(ctx.doc, para.first);
  if (t.value === 'Q.' || t.value === 'A.') return t.value[0]!;
  return (t.value === 'Q' || t.value === 'A') && tokenAt(ctx.doc, para.first + 1).value === ':' ? t.value : '';
}

/** How far into the text before the first line the interviewee is looked for, in tokens. */
const MAX_INTRO = 300;

/**
 * The name of two or more words in tokens [0, `before`) that follows a word
 * of an interview ({@link isInterviewed}), else the first such name: the
 * interviewee; null when there is none. A name before a title of lower-case
 * nouns and adjectives and another name ({@link modifiesTitledName}) is a
 * team's or a firm's, not the interviewee's: "Harlow Saints coach Gavin
 * Roche" is Gavin Roche, "Copper Hill Bank chief economist Rafael Ortiz"
 * Rafael Ortiz; "Mara Quint last week won ..." is Mara Quint. A hyphen
 * between two name words is the name's ("Ivo Kasza-Lind", not "Ivo Kasza").
 */
function interviewee(ctx: ReportedContext, before: number): Mention | null {
  const { doc } = ctx;
  const end = Math.min(before, MAX_INTRO);
  let first: Mention | null = null;
  for (let k = 0; k < end; k++) {
    if (!isNameToken(tokenAt(doc, k), doc)) continue;
    let last = k + 1;
    // (a hyphen inside a name goes on with it: "Ivo Kasza-Lind")
    while (last < end && tokenAt(doc, last).sent === tokenAt(doc, k).sent && (isNameToken(tokenAt(doc, last), doc) || (last + 1 < end && isInnerHyphen(doc, last) && isNameToken(tokenAt(doc, last + 1), doc)))) last++;
    const m = last - k > 1 ? makeMention(doc, k, last) : null;
    if (m?.kind === 'name' && m.name.includes(' ') && !modifiesTitledName(ctx, last)) {
      // (the one the intro says was interviewed comes before a name met first: "Tom Reyes, the mayor, ... We spoke
      // with Ann Lee" is Ann Lee)
      if (isInterviewed(ctx, k)) return m;
      first ??= m;
    }
    k = last - 1;
  }
  return first;
}

/** Most tokens between a word of {@link INTERVIEW_INTRO_WORDS} and the "with" or "to" before the guest ("sat down with"). */
const MAX_INTRO_GAP = 3;

/**
 * True when the name starting at token `k` is the one an interview's intro
 * says was interviewed: right after "interviewed", after "with" a few words
 * after a noun of an interview ("a conversation with"; not "gave an interview
 * to Tom Hale", the interviewer), or after "with" or "to" a few words after a
 * verb of one with the writer for subject ("We spoke with Ann Lee", "I sat
 * down with", "We spoke to"), in its sentence.
 */
function isInterviewed(ctx: ReportedContext, k: number): boolean {
  const { doc } = ctx;
  if (k < 1) return false;
  const prev = tokenAt(doc, k - 1);
  if (prev.sent !== tokenAt(doc, k).sent) return false;
  if (prev.lower === 'interviewed') return true;
  if (prev.lower !== 'with' && prev.lower !== 'to') return false;
  for (let j = k - 2; j >= Math.max(0, k - 2 - MAX_INTRO_GAP); j--) {
    const t = tokenAt(doc, j);
    if (t.sent !== prev.sent) return false;
    // (after a noun only "with" names the guest: "gave an interview to Tom Hale" names the interviewer)
    if (INTERVIEW_INTRO_WORDS.has(t.lower)) return prev.lower === 'with';
    if (INTERVIEW_INTRO_VERBS.has(t.lower)) return writerSubject(ctx, j);
  }
  return false;
}

/** True when "we" or "I" stands in the two tokens before token `v`, in its sentence ("We recently spoke"). */
function writerSubject(ctx: ReportedContext, v: number): boolean {
  for (let j = v - 1; j >= Math.max(0, v - 2); j--) {
    const t = tokenAt(ctx.doc, j);
    if (t.sent !== tokenAt(ctx.doc, v).sent) return false;
    if (t.lower === 'we' || t.value === 'I') return true;
  }
  return false;
}

/** Most lower-case words of a title between a team's or a firm's name and a person's ("chief economist"). */
const MAX_TITLE_WORDS = 3;

/**
 * True when the name ending before token `last` is followed, in its sentence,
 * by one to {@link MAX_TITLE_WORDS} lower-case nouns or adjectives and then a
 * name word: the name modifies a title of the person named after it ("Harlow
 * Saints | coach | Gavin Roche"); not a name followed by a time ("Mara Quint
 * last week won").
 */
function modifiesTitledName(ctx: ReportedContext, last: number): boolean {
  const { doc } = ctx;
  const n = tokenCount(doc);
  const sent = tokenAt(doc, last - 1).sent;
  let j = last;
  while (j < n && j - last < MAX_TITLE_WORDS && tokenAt(doc, j).sent === sent && (tokenAt(doc, j).pos === 'NOUN' || tokenAt(doc, j).pos === 'ADJ') && /^\p{Ll}/u.test(tokenAt(doc, j).value)) j++;
  return j > last && j < n && tokenAt(doc, j).sent === sent && isNameToken(tokenAt(doc, j), doc);
}

/** Most tokens from a verb of {@link EXAMINATION_VERBS} to the name of the one asked ("asked the club's secretary, Lorna Fitch"). */
const MAX_ASKED_GAP = 8;

/** The name of two or more words of name tokens in [`first`, `last`), as a mention; else null. */
function fullNameIn(ctx: ReportedContext, first: number, last: number): Mention | null {
  if (last - first < 2) return null;
  for (let k = first; k < last; k++) if (!isNameToken(tokenAt(ctx.doc, k), ctx.doc)) return null;
  const m = makeMention(ctx.doc, first, last);
  return m?.kind === 'name' && m.name.includes(' ') ? m : null;
}

/**
 * The one who asks and the one asked in paragraph `para`, the paragraph
 * right before a transcript's first line: a name of two words or more right
 * before a verb of {@link EXAMINATION_VERBS} (a title before it may stay:
 * "Prosecutor Ada Nwosu asked"), and a name right after the verb or set off
 * by commas after a description within {@link MAX_ASKED_GAP} tokens ("asked
 * the club's secretary, Lorna Fitch, about"). The first such verb with
 * both names is read ("After the judge asked for quiet, Prosecutor Ada Nwosu
 * questioned ..."); null when there is none.
 */
function examination(ctx: ReportedContext, para: Segment | undefined): { readonly asker: Mention; readonly asked: Mention } | null {
  if (!para) return null;
  const { doc } = ctx;
  for (let v = para.first + 2; v < para.last - 2; v++) {
    const verb = tokenAt(doc, v);
    if (!EXAMINATION_VERBS.has(verb.lower) || verb.pos !== 'VERB') continue;
    let k = v;
    while (k - 1 >= para.first && tokenAt(doc, k - 1).sent === verb.sent && isNameToken(tokenAt(doc, k - 1), doc)) k--;
    const asker = fullNameIn(ctx, k, v);
    // (a verb with no full name before it is another clause's, "After the judge asked for quiet, ...": read on)
    if (asker === null) continue;
    // the one asked: a name right after the verb, or after a comma that follows a description
    let j = v + 1;
    while (j < para.last && isNameToken(tokenAt(doc, j), doc)) j++;
    let asked = fullNameIn(ctx, v + 1, j);
    for (let c = v + 1; asked === null && c < Math.min(para.last - 2, v + MAX_ASKED_GAP); c++) {
      if (tokenAt(doc, c).value !== ',' || tokenAt(doc, c).sent !== verb.sent) continue;
      let e = c + 1;
      while (e < para.last && isNameToken(tokenAt(doc, e), doc)) e++;
      if (e < para.last && tokenAt(doc, e).value === ',') asked = fullNameIn(ctx, c + 1, e);
      break;
    }
    if (asked !== null) return { asker, asked };
  }
  return null;
}

/** Most tokens of the name a question addresses its interviewee by ("Governor Ana Ruiz,"). */
const MAX_ADDRESS = 5;

/**
 * The name a question opens by addressing, set off by a comma after it and
 * with a capital first word: "Q: Mayor Baker, why did you veto the bill?"
 * gives Baker (titled Mayor), "Q: Ana Ruiz, will there be rationing?" Ana
 * Ruiz; a title alone as a form of address ("Sir, ...", "Mr. President,
 * ..."), a longer phrase, or a comma not followed by a question word or an
 * auxiliary ("Thanks, Mayor. Why ...?") gives null. The answers of an interview whose intro names no
 * one are that person's (fix97).
 */
function addressedName(ctx: ReportedContext, first: number, end: number): Mention | null {
  const { doc } = ctx;
  let k = first;
  // (a title before the name is capitalised too: "Mayor", "Dr.")
  while (k < end && k - first < MAX_ADDRESS && /^\p{Lu}/u.test(tokenAt(doc, k).value)) k++;
  if (k === first || k + 1 >= end || tokenAt(doc, k).value !== ',') return null;
  // (the question goes on after the comma with a question word or an auxiliary: "Thanks, Mayor. Why ...?" and
  // "Washington, as you know, is angry. Why?" address no one; review read84)
  const next = tokenAt(doc, k + 1);
  if (!/^\p{Ll}/u.test(next.value) || (!ASKED_QUESTION_WORDS.has(next.lower) && next.pos !== 'AUX')) return null;
  // (a title alone is a form of address, as "Sir" is: "Mr. President, why ...?")
  if (TITLE_WORDS.has(tokenAt(doc, k - 1).lower.replace(/\.$/, ''))) return null;
  const m = makeMention(doc, first, k);
  return m?.kind === 'name' && isNameToken(tokenAt(doc, k - 1), doc) ? m : null;
}

/** One candidate per question or answer line of an interview. */
export function findInterviewLines(ctx: ReportedContext): Candidate[] {
  const { doc } = ctx;
  const out: Candidate[] = [];
  let guest: Mention | null | undefined;
  let examined: { readonly asker: Mention; readonly asked: Mention } | null = null;
  doc.paragraphs.forEach((para, n) => {
    const letter = letterOf(ctx, para);
    if (!letter || para.last - para.first > MAX_ANSWER) return;
    const other = letter === 'Q' ? 'A' : 'Q';
    if (letterOf(ctx, doc.paragraphs[n - 1]) !== other && letterOf(ctx, doc.paragraphs[n + 1]) !== other) return;
    // (the colon, or the letter itself when a full stop ends it: "Q." is one token)
    const dotted = tokenAt(doc, para.first).value.length === 2;
    const colon = dotted ? para.first : para.first + 1;
    const end = endBeforeFinalMarks(doc, colon + 1, para.last);
    // a quotation right after the colon is the direct stage's
    if (end - colon - 1 < 2 || isMarkToken(tokenAt(doc, colon + 1).value)) return;
    const t = tokenAt(doc, para.first);
    // the answers are the interviewee's: the letter is a mention of that name
    // (looked for once, before the first line of the interview)
    if (guest === undefined) {
      examined = examination(ctx, doc.paragraphs[n - 1]);
      guest = examined?.asked ?? interviewee(ctx, para.first);
    }
    // (an intro that names no one leaves the name the first question calls the interviewee by: "Q: Mayor Baker, why?")
    if (guest === null && letter === 'Q') guest = addressedName(ctx, colon + 1, end);
    // the questions are the interviewer's, whom the text names only by the letter: "Q" is their mention
    // (the mention is the letter alone, without the full stop of "Q.")
    const end1 = t.start + 1;
    const speaker: Mention | null = letter === 'A'
      ? guest ? shapedMention({ first: para.first, last: para.first + 1, start: t.start, end: end1, kind: 'name', titles: guest.titles, name: guest.name }) : null
      : examined !== null
        ? shapedMention({ first: para.first, last: para.first + 1, start: t.start, end: end1, kind: 'name', titles: examined.asker.titles, name: examined.asker.name })
        : shapedMention({ first: para.first, last: para.first + 1, start: t.start, end: end1, kind: 'description', titles: [], name: letter });
    out.push(candidate(ctx, [range(doc, colon + 1, end)], colonCue(colon), speaker, 'reported/interview', 0.6));
  });
  return out;
}
