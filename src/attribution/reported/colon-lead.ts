/**
 * Rules `reported/headline` and `reported/transcript`: a paragraph that opens
 * with a speaker and a colon, `Mayor Reyes: Budget Will Pass By June.` (a
 * headline) or `REYES: We will win.` (a transcript line). The colon is the cue
 * (lemma `:`). Labels such as `Update:` or `Photo:` are no speakers. The
 * lines of a Q:/A: interview come from `reported/interview`. With category
 * evidence on, a headline opened by a poll label, `Poll: Moss Leads Reyes by
 * Six`, is a finding credited to the poll (5 of 6 right on PolNeAR train).
 * @internal
 */
import { mentionWith, shapedMention } from '../../speakers/shape.js';
import type { Candidate, Mention } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { hasVerbBetween, isMarkToken, lowerBound, tokenAt } from '../../prepare/lookup.js';
import { isCapitals } from '../../prepare/case.js';
import { canSpeak, makeMention, isInnerHyphen } from '../../speakers/phrase.js';
import { COLON_LABELS, SAID_SAYS, LABEL_COPULAS, LABEL_PARTICLES, LABEL_PREPOSITIONS, POLL_HEADLINE_LABELS } from '../../data/cues.js';
import { SUBJECT_PRONOUNS } from '../../data/function-words.js';
import { TALK_PRONOUNS } from '../../data/pronouns.js';
import { PLACE_NAMES } from '../../data/places.js';
import { FIRST_NAMES } from '../../data/names.js';
import { HONORIFICS, TITLE_ABBREVIATIONS } from '../../data/titles.js';
import { isSpeakingHead } from '../../speakers/kinds.js';
import { semicolonLineEnd } from './line-semicolon.js';
import { candidate, colonCue, endBeforeFinalMarks, headOf, range, type ReportedContext } from './shared.js';
import type { CueCategory } from '../../types.js';
import { findInterviewLines } from './interview.js';
import { cueWith } from '../../cues/match.js';

/** The categories whose cue verbs after a lone label in capitals make it a dateline (the opt-in ones do not). */
const DATELINE_CUE_CATEGORIES: ReadonlySet<CueCategory> = new Set(['speech', 'writing', 'source']);
/** How many words the speaker before the colon may have. */
const MAX_SPEAKER = 6;
/** Fewest tokens of a headline's content after the colon. */
const MIN_HEADLINE = 3;
/** Fewest tokens of a transcript turn's content after a label in capitals ("HALE: I disagree."). */
const MIN_TURN = 2;
/** How long the paragraph may be, in tokens, unless it is a transcript's turn (a headline, or a label's line among no others). */
const MAX_LINE = 60;

/** True for a word that may stand in a speaker before a colon: capitalised, or a title abbreviation's full stop. */
function speakerWord(value: string, pos: string): boolean {
  return /^[A-Z]/.test(value) || value === '.' || value === '&' || (pos === 'NOUN' && /^[a-z]+$/.test(value));
}

/**
 * One candidate per paragraph that opens with `Speaker: words` (and per line of
 * a Q:/A: interview). The first person "I" that speaks inside such a line is
 * its speaker: the attributions in `found` whose speaker is "I" and whose cue
 * stands in the line get the line's speaker as antecedent.
 */
export function findColonLeads(ctx: ReportedContext, found: readonly Candidate[] = []): Candidate[] {
  const out = [...colonLines(ctx), ...pollLines(ctx), ...findInterviewLines(ctx)];
  // the attributions whose speaker is "I", by the speaker's offset (each line is then one binary search)
  const firstPerson = found
    .filter((c) => c.speaker !== null && c.cue !== null && c.speaker.kind === 'pronoun' && !c.speaker.antecedent && tokenAt(ctx.doc, c.speaker.first).lower === 'i')
    .sort((a, b) => a.speaker!.start - b.speaker!.start);
  for (const lead of out) {
    // (an answer's speaker is the interviewee's name, with the letter "A" as its mention; a question's "I" is the
    // interviewer's, whom the text names only by "Q")
    if (lead.rule === 'reported/headline' || !lead.speaker || (lead.rule === 'reported/interview' && tokenAt(ctx.doc, lead.speaker.first).value[0] !== 'A')) continue;
    const part = lead.parts[0]!;
    for (let k = lowerBound(firstPerson, part.start, (c) => c.speaker!.start); k < firstPerson.length; k++) {
      const c = firstPerson[k]!;
      const sp = c.speaker!;
      if (sp.end > part.end) break;
      c.speaker = mentionWith(sp, { antecedent: lead.speaker });
    }
  }
  return out;
}

/** A speaker label at the start of a line: `REYES:` or `Mayor Reyes:`. */
export interface ColonLabel {
  /** Token index of the colon. */
  readonly colon: number;
  /** The speaker before the colon. */
  readonly mention: Mention;
  /** True when the label is in capitals (a transcript's `REYES:`, not a headline's `Mayor Reyes:`). */
  readonly caps: boolean;
  /** True when the label is a headline's subject and finite verb ("Lee Backs Moss:"): the mention is the subject. */
  readonly headed: boolean;
}

/**
 * The speaker label that opens a line at token `first` (ending before token
 * `last`): up to {@link MAX_SPEAKER} speaker words, then a colon; not a label
 * word ("Update:", "Video:"), and a speaker that can speak. `skip(k)` is true
 * for a token that may not stand in the label (quoted words of a paragraph).
 * Null when the line opens with no such label.
 */
export function colonLabel(doc: Doc, first: number, last: number, skip: (k: number) => boolean = () => false): ColonLabel | null {
  let colon = -1;
  // the label's end: the colon, or the "(" or the comma of a role in capitals before it ("LEE (HOST):", "ANN LEE, NURSE:")
  let end = -1;
  for (let k = first; k < Math.min(last, first + MAX_SPEAKER + 1); k++) {
    const t = tokenAt(doc, k);
    if (t.value === ':') {
      colon = k;
      end = k;
      break;
    }
    if ((t.value === '(' || t.value === ',') && k > first) {
      const role = t.value === '(' ? capsRoleEnd(doc, k, last) : capsCommaRoleEnd(doc, k, last);
      if (role > 0) {
        colon = role;
        end = k;
      }
      break;
    }
    // (a hyphen inside a name stands in the label too: "KASZA-LIND:")
    if (!(speakerWord(t.value, t.pos) || (k > first && isInnerHyphen(doc, k))) || skip(k)) break;
  }
  if (colon <= first) return null;
  if (!/^[A-Z]/.test(tokenAt(doc, first).value) || COLON_LABELS.has(tokenAt(doc, end - 1).lower) || COLON_LABELS.has(tokenAt(doc, first).lower)) return null;
  // "Drought Threatens Harvest:": a heading with a finite verb; its subject speaks only in a headline ("Lee Backs Moss: I Am Proud")
  // (and "Lee Weighs In:", "Moss Hits Back:": a verb in title case and its particle end the label, whatever the tagger
  // read the verb as)
  const headline = headlineVerb(doc, first, end);
  const verb = headline >= 0 ? headline : phrasalVerb(doc, first, end);
  if (verb >= 0) {
    const subject = makeMention(doc, first, verb);
    return subject && canSpeak(doc, subject) ? { colon, mention: subject, caps: false, headed: true } : null;
  }
  // "FIX IS IN:": a copula makes the label a heading's sentence; "Network Chief On The Vote:": a preposition ends the
  // speaker's words, which must end in a noun for a person or a body or open with a first name (not "Big Win For Lee:",
  // "Stealth Over Health:")
  for (let k = first + 1; k < end; k++) {
    const lower = tokenAt(doc, k).lower;
    if (LABEL_COPULAS.has(lower)) return null;
    // (a particle ending the label has no object: "Lee Weighs In:")
    if (!LABEL_PREPOSITIONS.has(lower) || k === end - 1) continue;
    const subject = makeMention(doc, first, k);
    const head = tokenAt(doc, k - 1);
    const named = subject !== null && subject.first === first && subject.last === k && canSpeak(doc, subject) &&
      (isSpeakingHead(head) || FIRST_NAMES.has(tokenAt(doc, first).lower));
    return named ? { colon, mention: subject, caps: false, headed: true } : null;
  }
  // a one-word label in capitals that the tagger read as a verb is a surname: "FORD:", "HUNT:"
  const word = tokenAt(doc, first);
  const mention = end === first + 1 && word.pos === 'VERB' && /^\p{Lu}{2,}$/u.test(word.value)
    ? shapedMention({ first, last: end, start: word.start, end: word.end, kind: 'name' as const, titles: [], name: word.value })
    : makeMention(doc, first, end);
  if (!mention || !canSpeak(doc, mention)) return null;
  let caps = true;
  for (let k = first; k < end; k++) if (/[a-z]/.test(tokenAt(doc, k).value)) caps = false;
  // (a role in parentheses comes only with a label in capitals: "Lee (Host):" is no transcript's)
  if (end < colon && !caps) return null;
  return { colon, mention: caps ? mentionWith(mention, { turn: true }) : mention, caps, headed: false };
}

/** Most words of a role in parentheses or after a comma after a transcript's speaker: "(HOST)", "(VOICE OVER)", ", FIRE CHIEF". */
const MAX_ROLE = 3;

/**
 * The colon right after a role in capitals in parentheses that opens at token
 * `open`: `JOHN LEE (HOST):`, or after a stage direction in lower case, its
 * words joined by hyphens or not: `REPORTER (on camera):`, `ANA LEE
 * (voice-over):`; or -1. (Only a label in capitals takes either:
 * {@link colonLabel}.)
 */
function capsRoleEnd(doc: Doc, open: number, last: number): number {
  for (let k = open + 1; k < Math.min(last - 1, open + MAX_ROLE + 2); k++) {
    const t = tokenAt(doc, k);
    if (t.value === ')') return k > open + 1 && tokenAt(doc, k + 1).value === ':' ? k + 1 : -1;
    if (!/^\p{Lu}{2,}$/u.test(t.value) && !STAGE_DIRECTION_WORD.test(t.value) && !(t.value === '-' && k > open + 1)) return -1;
  }
  return -1;
}

/** A word of a stage direction in lower case in a transcript's label: "on", "camera", "voice", "over". */
const STAGE_DIRECTION_WORD = /^\p{Ll}+$/u;

/**
 * The colon right after a role in capitals set off by the comma at token
 * `comma`: `MARIA LOPEZ, RESIDENT:`, `TOM HALE, FIRE CHIEF:`, or -1.
 */
function capsCommaRoleEnd(doc: Doc, comma: number, last: number): number {
  for (let k = comma + 1; k < Math.min(last - 1, comma + MAX_ROLE + 2); k++) {
    const t = tokenAt(doc, k);
    if (t.value === ':') {
      if (k === comma + 1) return -1;
      // (a dateline is no speaker and its role: "PARIS, FRANCE:", "DENVER, COLO.:")
      const role = doc.text.slice(tokenAt(doc, comma + 1).start, tokenAt(doc, k - 1).end).toLowerCase();
      return PLACE_NAMES.has(role) || PLACE_NAMES.has(tokenAt(doc, comma - 1).lower) ? -1 : k;
    }
    if (!/^\p{Lu}{2,}$/u.test(t.value)) return -1;
  }
  return -1;
}

/**
 * The first word after the first of the label at tokens `first` to `colon - 1`
 * that is a finite verb in title case ("Drought Threatens Harvest:", "Veto
 * Power Impedes Talks:"), or -1. (A label in capitals, "JOHN HAYES:", and a
 * first name the tagger reads as a verb, "Drew Park:", have none.)
 */
function headlineVerb(doc: Doc, first: number, colon: number): number {
  for (let k = first + 1; k < colon; k++) {
    const t = tokenAt(doc, k);
    if (t.pos === 'VERB' && /[a-z]/.test(t.value) && t.lower !== t.lemma && !/ing$/.test(t.lower)) return k;
  }
  return -1;
}

/**
 * The verb of a phrasal verb in title case that ends the label at tokens
 * `first` to `end - 1`, after at least one word: "Weighs" in "Lee Weighs In",
 * "Hits" in "Moss Hits Back"; or -1.
 */
function phrasalVerb(doc: Doc, first: number, end: number): number {
  const k = end - 2;
  if (k <= first) return -1;
  const particle = tokenAt(doc, end - 1);
  const verb = tokenAt(doc, k).value;
  return LABEL_PARTICLES.has(particle.lower) && /^\p{Lu}/u.test(particle.value) && /^\p{Lu}\p{Ll}+[^s]s$/u.test(verb) ? k : -1;
}

/** Least share of the words after a headline's colon in title case. */
const TITLE_SHARE = 0.6;

/**
 * True when most words of tokens `from` to `end - 1` open with a capital: the
 * rest of a headline, "I Am Proud of Him", not a section's first sentence.
 */
function titleCase(doc: Doc, from: number, end: number): boolean {
  let words = 0;
  let upper = 0;
  for (let k = from; k < end; k++) {
    const v = tokenAt(doc, k).value;
    if (!/\p{L}/u.test(v)) continue;
    words++;
    if (/^\p{Lu}/u.test(v)) upper++;
  }
  return words > 0 && upper >= words * TITLE_SHARE;
}

/** Most capitalised words before a poll label: "New National Poll:". */
const MAX_POLL_LABEL = 3;

/**
 * With category evidence on, one candidate per headline paragraph that opens
 * with a poll label and a colon, `Poll: Moss Leads Reyes by Six in Ohio`
 * (rule `reported/headline`): the label is the source, the colon the cue
 * (category evidence), the rest of the line the finding.
 */
function pollLines(ctx: ReportedContext): Candidate[] {
  const { doc } = ctx;
  const out: Candidate[] = [];
  if (!ctx.categories.has('evidence')) return out;
  for (const para of doc.paragraphs) {
    if (para.last - para.first > MAX_LINE || para.last - para.first < 5) continue;
    let colon = para.first;
    while (colon < para.last && colon - para.first <= MAX_POLL_LABEL && /^[A-Z]/.test(tokenAt(doc, colon).value) && !ctx.quoted[colon]) colon++;
    if (colon === para.first || colon >= para.last || tokenAt(doc, colon).value !== ':' || !POLL_HEADLINE_LABELS.has(tokenAt(doc, colon - 1).lower)) continue;
    // ("New Survey:" can speak: rule `reported/headline` of every run has it)
    if (colonLabel(doc, para.first, para.last, (k) => ctx.quoted[k] === 1)) continue;
    const mention = makeMention(doc, para.first, colon);
    const end = endBeforeFinalMarks(doc, colon + 1, para.last);
    if (!mention || isMarkToken(tokenAt(doc, colon + 1).value) || end - colon - 1 < 3) continue;
    // "Poll: Should the City Build a New Pier?": a poll put to the readers has no finding
    if (asksQuestion(doc, colon + 1, para.last)) continue;
    out.push(candidate(ctx, [range(doc, colon + 1, end)], cueWith(colonCue(colon), { category: 'evidence' }), mention, 'reported/headline', 0.6));
  }
  return out;
}

/** True when tokens `from` to `to - 1` are a subject pronoun of people and its verb: "We rebuild", "I disagree" (not "It rains"). */
function pronounClause(doc: Doc, from: number, to: number): boolean {
  const subject = tokenAt(doc, from).lower;
  return to - from === MIN_TURN && SUBJECT_PRONOUNS.has(subject) && subject !== 'it' && tokenAt(doc, from + 1).pos === 'VERB';
}

/** True when a question mark stands among tokens `from` to `to - 1`. */
function asksQuestion(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokenAt(doc, k).value === '?') return true;
  return false;
}

/** Most words of a subhead after a name and a colon: "Lee: Now or never." */
const MAX_SUBHEAD = 5;

/**
 * True when tokens `from` to `end - 1` are a subhead's few words with no
 * finite verb: "Win in a walk", "A closing surge" (a line of talk has one:
 * "Well, speculation is bad").
 */
function subhead(doc: Doc, from: number, end: number): boolean {
  let words = 0;
  for (let k = from; k < end; k++) {
    const t = tokenAt(doc, k);
    if (t.pos === 'PUNCT') continue;
    if (++words > MAX_SUBHEAD) return false;
    if (t.pos === 'AUX' || t.pos === 'PRON' && k > from || (t.pos === 'VERB' && k > from && t.lower !== t.lemma && !/ing$/.test(t.lower))) return false;
  }
  return true;
}

/** Most tokens of the label before a colon that opens a line of an exchange: "Q:", "Ann Pell:". */
const MAX_EXCHANGE_LABEL = 4;

/**
 * True when the paragraph before or after paragraph `n` is a line of talk
 * under a label, one short line: a capitalised label of a few words, a colon, and words with
 * a finite verb or a question mark ("Q: Will you run again?", "Hale: We will
 * not back down."; not a neighbouring subhead, "Lee: Keep it close.").
 */
function inExchange(doc: Doc, n: number): boolean {
  for (const p of [doc.paragraphs[n - 1], doc.paragraphs[n + 1]]) {
    if (!p || p.last - p.first < 3 || p.last - p.first > MAX_LINE || !/^\p{Lu}/u.test(tokenAt(doc, p.first).value)) continue;
    let colon = p.first + 1;
    while (colon < Math.min(p.last, p.first + MAX_EXCHANGE_LABEL + 1) && tokenAt(doc, colon).value !== ':') colon++;
    if (colon >= p.last - 1 || tokenAt(doc, colon).value !== ':') continue;
    if (finiteTalk(doc, colon + 1, p.last)) return true;
  }
  return false;
}

/** True when tokens `from` to `end - 1` hold a finite verb or a question mark: "Will you run again?", "We won it." */
function finiteTalk(doc: Doc, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const t = tokenAt(doc, k);
    if (t.pos === 'AUX' || t.value === '?' || (t.pos === 'VERB' && t.lower !== t.lemma && !/ing$/.test(t.lower))) return true;
  }
  return false;
}

/**
 * True when tokens `from` to `end - 1` hold a first- or second-person pronoun outside quotation marks: "I think",
 * "our time". A word in capitals of two letters or more is none: "the US" is the country, not "us".
 */
function talks(ctx: ReportedContext, from: number, end: number): boolean {
  for (let k = from; k < end; k++) {
    const t = tokenAt(ctx.doc, k);
    if (!ctx.quoted[k] && TALK_PRONOUNS.has(t.lower) && !isCapitals(t.value)) return true;
  }
  return false;
}

/**
 * True when the label in capitals `label`, alone among its neighbours, is a
 * dateline rather than a transcript's speaker: it names a known place
 * ("MUMBAI:", "NEW DELHI:"), or the line after it, up to token `end`, is
 * narration that attributes itself, with "said", "says" or another cue verb
 * of speech, writing or source (after a label that is no "JAKE TAPPER" nor "SEN. ADA MOSS") outside quotation marks and no first- or second-person pronoun ("DEVGARH: The state has
 * cleared the plan, said the minister.").
 */
function datelineLabel(ctx: ReportedContext, label: ColonLabel, end: number): boolean {
  const { doc } = ctx;
  const words = doc.text.slice(label.mention.start, label.mention.end).toLowerCase();
  if (PLACE_NAMES.has(words)) return true;
  if (talks(ctx, label.colon + 1, end)) return false;
  for (let k = label.colon + 1; k < end; k++) if (!ctx.quoted[k] && SAID_SAYS.has(tokenAt(doc, k).lower)) return true;
  // "DOVER: Police say the pier is safe.", "... , officials warned.": any cue verb of the default categories counts,
  // unless the label is a person's name ("JAKE TAPPER: Mr Lee released a video. Take a listen.")
  // nor a role or a stage direction: "REPORTER (voice-over): Firefighters say ...", "ANCHOR: Police say ..."
  const first = words.split(/\s+/);
  // (nor after an honorific or a title's abbreviation: "SEN. ADA MOSS:", "DR ADA MOSS:"; a place may open with a title
  // word, "GENERAL SANTOS:")
  const opener = first[0]!.replace(/\.$/, '');
  if (first.length > 1 && (FIRST_NAMES.has(first[0]!) || HONORIFICS.has(opener) || (opener !== first[0] && TITLE_ABBREVIATIONS.has(opener)))) return false;
  if (label.mention.last !== label.colon || isSpeakingHead(tokenAt(doc, label.mention.last - 1))) return false;
  for (let c = lowerBound(ctx.cues, label.colon + 1, headOf); c < ctx.cues.length && ctx.cues[c]!.head < end; c++) {
    const cue = ctx.cues[c]!;
    if (cue.form === 'verb' && DATELINE_CUE_CATEGORIES.has(cue.category) && !ctx.quoted[cue.head]) return true;
  }
  return false;
}

/**
 * True when tokens `from` to `end` hold two words or more with letters and
 * none in lower case: a heading in capitals ("REMARKS AT THE HARBOUR").
 */
function allCapitals(doc: Doc, from: number, end: number): boolean {
  let words = 0;
  for (let k = from; k < end; k++) {
    const value = tokenAt(doc, k).value;
    if (/\p{Ll}/u.test(value)) return false;
    if (/\p{Lu}/u.test(value)) words++;
  }
  return words >= 2;
}

/** One candidate per paragraph that opens with `Speaker: words`. */
function colonLines(ctx: ReportedContext): Candidate[] {
  const { doc } = ctx;
  const out: Candidate[] = [];
  const labelOf = (i: number): ColonLabel | null => {
    const para = doc.paragraphs[i];
    return para ? colonLabel(doc, para.first, para.last, (k) => ctx.quoted[k] === 1) : null;
  };
  doc.paragraphs.forEach((para, i) => {
    if (para.last - para.first < 5) return;
    const label = labelOf(i);
    if (!label || label.colon + 3 > para.last) return;
    const { colon, mention, caps } = label;
    const amongLabels = labelOf(i - 1) !== null || labelOf(i + 1) !== null;
    // "MUMBAI: The state cleared the plan, said ...": a lone label in capitals is a dateline when it names a place or
    // when its line is narrated, with no I, we or you and a "said" of its own
    if (caps && !amongLabels && datelineLabel(ctx, label, para.last)) return;
    // "Reporter: What now?" then "Mayor: We rebuild the pier.": a line among lines that open with a label is a turn
    const turn = caps || amongLabels;
    // a headline is one short line; a transcript's turn may run long ("MAYOR LEE: " and a long answer), and so may a
    // turn under a label not in capitals among labelled lines when it talks ("Hale: I think ..."; not a section's
    // "Funding: The campaign said ..." nor a list "Ohio: Ann Lee, Tom Reyes, ...")
    if (para.last - para.first > MAX_LINE && !caps && !(turn && talks(ctx, colon + 1, para.last))) return;
    // the content is the rest of the paragraph, or of its line when that ends with a semicolon (a headline before
    // its subheadline: "Moss: Harbor plan is a mistake; " / "Council member says ..."); a quotation there is the
    // direct stage's
    // (not the paragraph's last token: what follows the paragraph never changes its quotes)
    const semicolon = semicolonLineEnd(doc, colon + 1, para.last - 1);
    const end = endBeforeFinalMarks(doc, colon + 1, semicolon >= 0 ? semicolon : para.last);
    // a transcript's turn may be two words ("HALE: I disagree."); a headline has three or more
    // (or, after any label, a subject pronoun and its verb: "Mayor: We rebuild.")
    // a heading with a finite verb, "Drought Threatens Harvest:", speaks only when a headline goes on after its colon
    if (label.headed && !titleCase(doc, colon + 1, end)) return;
    // "PRESIDENT ORIEL VANCE: REMARKS AT THE HARBOUR": a line in capitals after its label too is a heading, no turn
    // (unless a subject pronoun opens it, a headline's words: "MAYOR LEE: WE WILL NOT RAISE THE FARE")
    if (allCapitals(doc, colon + 1, end) && !SUBJECT_PRONOUNS.has(tokenAt(doc, colon + 1).lower)) return;
    if (isMarkToken(tokenAt(doc, colon + 1).value) || end - colon - 1 < (caps || pronounClause(doc, colon + 1, end) ? MIN_TURN : MIN_HEADLINE)) return;
    // (a turn that short says something: it has a verb, "I disagree", not a name, "BYLINE: Ann Lee")
    if (end - colon - 1 < MIN_HEADLINE && !hasVerbBetween(doc, colon + 1, end)) return;
    // "Lee: Win in a walk.", "Moss: A closing surge.": a subhead in the body, a few words with no finite verb
    // (but a short answer in an exchange of labelled lines is talk: "Q: Will you run?" / "Pell: Maybe next year.")
    if (!caps && para !== doc.paragraphs[0] && subhead(doc, colon + 1, end) && !inExchange(doc, para.para)) return;
    // "SMITH: We will win. JONES: You will not.": a transcript's turns on one line, each after a label in capitals that
    // opens a sentence, are quotes of their own
    if (caps) {
      let from = colon;
      let by = mention;
      for (let k = colon + 2; k < end; k++) {
        // (a label with an apostrophe too: "O'HARE:")
        if (!/^[.!?]$/.test(tokenAt(doc, k - 1).value) || !/^\p{Lu}['\u2019]?\p{Lu}/u.test(tokenAt(doc, k).value)) continue;
        const next = colonLabel(doc, k, end, (j) => ctx.quoted[j] === 1);
        if (next === null || !next.caps || next.colon + 1 >= end) continue;
        const before = endBeforeFinalMarks(doc, from + 1, k);
        if (before - from - 1 >= MIN_TURN) out.push(candidate(ctx, [range(doc, from + 1, before)], colonCue(from), by, 'reported/transcript', 0.6));
        from = next.colon;
        by = next.mention;
        k = next.colon;
      }
      if (from !== colon) {
        if (end - from - 1 >= MIN_TURN) out.push(candidate(ctx, [range(doc, from + 1, end)], colonCue(from), by, 'reported/transcript', 0.6));
        return;
      }
    }
    out.push(candidate(ctx, [range(doc, colon + 1, end)], colonCue(colon), mention, turn ? 'reported/transcript' : 'reported/headline', 0.6));
  });
  return out;
}
