/**
 * Rule `reported/cue-quoted-object`: a cue whose object holds quoted words.
 * @internal
 */
import type { Candidate, CueMatch, Mention } from '../candidate.js';
import type { Doc, Token } from '../../prepare/document.js';
import { CALLING_OUT_VERBS, INFINITIVE_VERBS, LISTENER_VERBS, MANNER_PARTICIPLE_LEMMAS, NAMED_THING_NOUNS, NAMING_VERBS, QUOTATION_PREPOSITIONS, QUOTED_OBJECT_ADJUNCTS, QUOTED_OBJECT_TIME_CLAUSES, WORK_NOUNS } from '../../data/cues.js';
import { conjoinedVerbAt, isIngCue, markEnd } from '../candidate.js';
import { isMarkToken, isRegularPast, lowerBound, tokenAt, tokenAtOrAfter, tokenCount } from '../../prepare/lookup.js';
import { TAIL_BREAKS } from '../../data/marks.js';
import { isTitle, wordsOf } from '../../marks/title.js';
import { PERSON_SUBJECT_PRONOUNS } from '../../data/pronouns.js';
import { RELATIVE_PRONOUNS, QUOTED_OBJECT_CLAUSE_RELATIVES, QUOTED_OBJECT_CLAUSE_JOINERS } from '../../data/clauses.js';
import { sharedSubject, speakerBefore } from '../../speakers/phrase.js';
import { cutAfterQuotedObject } from './boundary/after-quoted-object.js';
import { cutSecondClause } from './boundary/second-clause.js';
import { relativeOpening, skipShortLead } from './boundary/openings.js';
import { candidate, headOf, holdsAttributedQuote, openOf, range, sentenceOf, spacedDash, type ReportedContext } from './shared.js';
import { cueSubject, subjectlessCue } from './cue-subject.js';
import { afterTimeAdjunct } from './infinitive.js';
import { asAfterTimePhrase } from './boundary/time-before-as.js';
import { objectAfterTimePhrase } from './boundary/time-before-object.js';
import { contentEnd } from './content-end.js';
import { cutAtNextAttribution } from './next-attribution.js';
import { viewSlice, viewChar } from '../../prepare/view.js';
import { PHRASE_OPENING_TAGS } from '../../data/tags.js';
import { DESCRIBED_NOUN_OPENERS } from '../../data/function-words.js';
import { placeComma } from './boundary/place-comma.js';
import { cueWith } from '../../cues/match.js';
import { programmeTitle } from './programme-title.js';

/**
 * True when a word follows the closing mark that ends at offset `end` before
 * the bracket that closes it: the "he said" of 'he noted ("We will stay," he
 * said)', not the bare ')' of 'chanted ("Lock her up!")'.
 */
function wordsAfterQuote(doc: Doc, end: number): boolean {
  const next = tokenAtOrAfter(doc, end);
  return next < tokenCount(doc) && tokenAt(doc, next).value !== ')';
}

/**
 * `Ada Moss called half of his backers "freeloaders."` `He blasted the media as
 * "dishonest."`: a cue whose object holds quoted words, without a clause.
 */
export function cueWithQuotedObject(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  const sentence = sentenceOf(doc, cue.head);
  // (the quoted words first: most cues have none shortly after them, and their subject is then never looked for)
  const from = cue.last;
  if (from >= sentence.last) return null;
  // 'As Lee put it to me, "..."': the quotation after "put it" and its listener is the direct stage's
  if (cue.lemma === 'put' && cue.last - cue.first === 2 && tokenAt(doc, cue.first + 1).lower === 'it') return null;
  const fromChar = tokenAt(doc, from).start;
  const windowEnd = tokenAt(doc, Math.min(sentence.last, from + QUOTE_WINDOW) - 1).end;
  const at = lowerBound(ctx.stretches, fromChar, openOf);
  const quote = ctx.stretches[at];
  if (!quote || quote.close < 0 || quote.open >= windowEnd) return null;
  // a bare participle ("tweets accusing her") does not take the phrase before it as its subject
  const participle = isIngCue(doc, cue);
  // (a participle after the subject's own object takes the subject as the clause rule does:
  // 'The council issued a statement calling the test "a clear violation"')
  const speaker = participle
    ? withSubject(doc, cue, sentence.first) ?? sharedSubject(doc, cue.first, cue.head) ?? cueSubject(doc, cue, sentence)
    : speakerBefore(doc, cue.first, sentence.first) ?? sharedSubject(doc, cue.first, cue.head);
  // "..., calling him "a total stiff."": a participle after a comma whose subject was not found still reports
  const subjectless = !speaker && participle && subjectlessCue(doc, cue, sentence);
  if (!speaker && !subjectless) return null;
  // 'he noted ("We will stay," he said)', 'tweeted (in Spanish) "..."': a bracket right after the cue opens an aside,
  // no object, unless the quotation alone fills it ('The crowd chanted ("Lock her up!")' is the crowd's words)
  if (tokenAt(doc, from).value === '(' && (quote.open !== tokenAt(doc, from + 1).start || wordsAfterQuote(doc, quote.end))) return null;
  // 'Said Lee, beaming, "..."': a participle set off by commas right before a quotation tells how it was said; the
  // quotation is the direct stage's, no object of the participle
  if (participle && from === cue.head + 1 && tokenAt(doc, from).value === ',' && tokenAt(doc, cue.first - 1).value === ',' && tokenAt(doc, from + 1).start === quote.open) return null;
  // 'Lee said, smiling: "..."': a participle of manner set off after the cue tells how the quotation was said, and
  // the quotation is the direct stage's, no object (also when the participle is no cue of its own: "smiling")
  if (mannerBefore(doc, from, quote.open)) return null;
  // 'did not offer details, but officials ... signed a "dissent" memo': a new clause before the quote is not the object
  if (newClauseBefore(doc, from, quote.open)) return null;
  // a quoted title is no one's words: 'quoted from "The Drowning Coast"' (a name such as "Miss Piggy" may be)
  const quoted = wordsOf(viewSlice(doc.view, quote.contentStart, quote.contentEnd));
  // (after a naming verb and its object the quoted words are a name given: 'called Ann Lee "The Iron Mayor"')
  const named = NAMING_VERBS.has(cue.lemma) && tokenAt(doc, from).start < quote.open && !isMarkToken(tokenAt(doc, from).value);
  if (quoted.length >= 3 && isTitle(quoted) && !named) return null;
  // 'Lee, speaking on "Morning Report," said ...': a programme's title after a verb of speaking is where, not what
  if (programmeTitle(doc, cue, from, quote.open, quoted)) return null;
  // 'She called her dog "Max."': a name given to a pet or a child is no one's words
  if (named && givenName(doc, from, quote.open, quoted)) return null;
  // (right after the noun of a work, a title of any length: 'read the poem "Evening Tide"', 'the film "Jaws"';
  // unless quoted words follow it in the object: 'blasted the film "Frozen" for being "too soft"')
  const later = ctx.stretches[at + 1];
  if (isTitle(quoted) && !named && workBefore(doc, from, quote.open) && !(later && later.open < windowEnd)) return null;
  // no other cue between this one and the quote
  // (an -ed form after a possessive or a determiner describes a noun: "calling Ann's proposed levy "a tax grab"")
  const next = ctx.cues[lowerBound(ctx.cues, from, headOf)];
  const modifier = next !== undefined && next.first === next.head && /ed$/.test(tokenAt(doc, next.head).lower) && DESCRIBED_NOUN_OPENERS.has(tokenAt(doc, next.first - 1).lower);
  // (a gerund after "of" is inside the object: 'accused the board of asking "silly" questions')
  const gerund = next !== undefined && next.first === next.head && isIngCue(doc, next) && next.first > from && tokenAt(doc, next.first - 1).lower === 'of';
  if (next && next !== cue && !modifier && !gerund && tokenAt(doc, next.head).start < quote.open) return null;
  const end = cutQuotedObjectTail(ctx, cue, from, cutAfterQuotedObject(ctx, from, cutSecondClause(ctx, from, cutAtNextAttribution(ctx, from, contentEnd(ctx, from, sentence)))));
  if (end <= from || tokenAt(doc, end - 1).end < quote.open) return null;
  // 'Smith warned: "We will win," he said': after a colon, a quotation with its own attribution is the direct stage's
  if (tokenAt(doc, from).value === ':' && holdsAttributedQuote(ctx, from, end)) return null;
  // "referred to Brisco as ...", "called for a ...": the preposition belongs to the cue
  let start = from;
  // (also right before the quotation mark: 'called for "boots on the ground"', 'talked about "winning"'; not "to", which may
  // open an infinitive: 'vowed to "rip up" the deal', nor "as", which annotated news keeps: 'described as "volatile"')
  const prep = tokenAt(doc, start);
  const markNext = isMarkToken(tokenAt(doc, start + 1).value) && tokenAt(doc, start + 1).start === quote.open;
  // ("for" before a gerund, which the tagger reads as a subordinator: 'called for tripling "the number of ..."')
  const gerundFor = prep.pos === 'SCONJ' && prep.lower === 'for' && tokenAt(doc, start + 1).pos === 'VERB' && /ing$/.test(tokenAt(doc, start + 1).lower);
  // ('an honour she described at the time as "very nice"': a time phrase before "as" is no particle of the cue; the
  // words said start at "as")
  const to = INFINITIVE_VERBS.has(cue.lemma) ? afterTimeAdjunct(doc, from, end) : asAfterTimePhrase(doc, from, end);
  const timeTo0 = to > from && tokenAt(doc, to).start < quote.open ? to : from;
  // ('The mayor called on Monday for "calm."': a time right after the cue is neither its particle nor what was said)
  const timeTo = timeTo0 === from ? objectAfterTimePhrase(doc, from, end, quote.open) : timeTo0;
  if (timeTo === from && (prep.pos === 'ADP' || gerundFor) && start + 1 < end && ((!isMarkToken(tokenAt(doc, start + 1).value) && tokenAt(doc, start + 1).start < quote.open) || (markNext && !QUOTATION_PREPOSITIONS.has(prep.lower)))) start++;
  const spanned = start > from ? cueWith(cue, { last: start }) : cue;
  // 'pledged Saturday to rid the port of "those wrecks"', 'promised on Tuesday to ...': a time between a cue of an
  // infinitive and its "to" is the cue's adjunct, not what was said (as in reported/cue-infinitive)
  if (timeTo > from) start = timeTo;
  // 'told them, "..."': a short listener before a comma or a colon is not part of the quotation
  start = skipShortLead(ctx, start, end);
  // 'told the crowd at the pier, "We will win the seat."': a sentence quoted after a comma, a colon or a dash
  start = skipLeadBeforeSentence(ctx, cue, start, end, quote.open);
  // 'told her backers that "we will win"': the listener before "that" is not what was said
  start = skipListenerBeforeThat(ctx, cue, start, end, quote.open);
  const parts = [range(doc, start, end)];
  // 'the plan, which Ada Moss called "a mess"', 'the emails, which she said were "private"': the relative word opens what was said
  const relative = speaker ? relativeOpening(doc, cue, speaker) : null;
  if (relative) parts.unshift(relative);
  if (!speaker) return candidate(ctx, [range(doc, start, end)], spanned, null, 'reported/cue-quoted-object-no-speaker', 0.5);
  return candidate(ctx, parts, spanned, speaker, 'reported/cue-quoted-object', 0.7);
}

/**
 * True when the object from token `from` to the opening mark at offset `open`
 * is a possessive or a determiner and a noun of {@link NAMED_THING_NOUNS}, and
 * the quoted words are one or two capitalised words: a name given.
 */
function givenName(doc: Doc, from: number, open: number, quoted: readonly string[]): boolean {
  if (quoted.length < 1 || quoted.length > 2 || !quoted.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.replace(/[.,!?]$/, '')))) return false;
  const noun = tokenAt(doc, from + 1);
  if (noun.end > open || !isMarkToken(tokenAt(doc, from + 2).value) || tokenAt(doc, from + 2).start !== open) return false;
  return /^(DET|PRON)$/.test(tokenAt(doc, from).pos) && NAMED_THING_NOUNS.has(noun.lower);
}

/**
 * True when the object at token `from` of a naming verb (`cue`) is a pet, a
 * child or a boat given a quoted name ({@link givenName}): `She called her dog
 * "Max."` For the rules that read the object without its quotation.
 */
export function givenNameObject(ctx: ReportedContext, cue: CueMatch, from: number): boolean {
  const { doc } = ctx;
  if (!NAMING_VERBS.has(cue.lemma) || from + 2 >= tokenCount(doc)) return false;
  const quote = ctx.stretches[lowerBound(ctx.stretches, tokenAt(doc, from).start, openOf)];
  if (!quote || quote.close < 0) return false;
  return givenName(doc, from, quote.open, wordsOf(viewSlice(doc.view, quote.contentStart, quote.contentEnd)));
}

/** True when the token right before the opening mark at offset `open` (from token `from` on) is the noun of a work: 'the poem "..."'. */
function workBefore(doc: Doc, from: number, open: number): boolean {
  for (let k = from; k < tokenCount(doc) && tokenAt(doc, k).start < open; k++) {
    if (tokenAt(doc, k + 1).start >= open) return WORK_NOUNS.has(tokenAt(doc, k).lower);
  }
  return false;
}

/** Most tokens from the cue to the opening mark of the quoted words in its object. */
const QUOTE_WINDOW = 20;

/**
 * True when a subject and a finite verb follow the joiner at `k`, before
 * `open`: "and workers cheered", "as colleagues listened", "and the crowd has".
 */
function subjectAndVerbAfter(doc: Doc, k: number, open: number): boolean {
  let j = k + 1;
  let noun = false;
  // (a relative word ends the phrase: "as a former mayor who would" is no new clause)
  while (j < tokenCount(doc) && j - k <= 4 && tokenAt(doc, j).start < open && PHRASE_OPENING_TAGS.has(tokenAt(doc, j).pos) && !RELATIVE_PRONOUNS.has(tokenAt(doc, j).lower)) {
    if (/^(NOUN|PROPN|PRON)$/.test(tokenAt(doc, j).pos)) noun = true;
    j++;
  }
  if (!noun || j >= tokenCount(doc) || tokenAt(doc, j).start >= open) return false;
  const v = tokenAt(doc, j);
  return v.pos === 'AUX' || (v.pos === 'VERB' && !/ing$/.test(v.lower) && v.lemma !== v.lower);
}

/**
 * True when a new clause opens between the cue's last token `from` and the
 * opening mark at `open`: a comma and "but" or a subject pronoun (`did not
 * offer details, but officials ...`, `began organizing late, he deployed staff
 * to the "Super Tuesday" states`), a semicolon after the cue's
 * words (`announced the deal; workers cheered the "historic" agreement`), a
 * comma and "where", "which" or "who" whose clause no later comma closes
 * (`at a hearing, where protesters held signs reading "..."`; not `the board,
 * which the council chooses, of running "..."`), or "and" or "as" with a
 * subject and a finite verb (`as colleagues listened to her "..."`).
 */
function newClauseBefore(doc: Doc, from: number, open: number): boolean {
  for (let k = from; k + 1 < tokenCount(doc) && tokenAt(doc, k + 1).start < open; k++) {
    const t = tokenAt(doc, k);
    if (k > from && t.value === ';') return true;
    if (k > from && QUOTED_OBJECT_CLAUSE_JOINERS.has(t.lower) && subjectAndVerbAfter(doc, k, open)) return true;
    if (t.value !== ',') continue;
    const next = tokenAt(doc, k + 1).lower;
    if (next === 'but' || PERSON_SUBJECT_PRONOUNS.has(next)) return true;
    if (QUOTED_OBJECT_CLAUSE_RELATIVES.has(next) && !commaBefore(doc, k + 1, open)) return true;
  }
  return false;
}

/**
 * True when a comma at token `from`, a participle of manner of
 * {@link MANNER_PARTICIPLE_LEMMAS} and a colon or a comma stand right before
 * the opening mark at offset `open`: 'said, smiling: "..."'.
 */
function mannerBefore(doc: Doc, from: number, open: number): boolean {
  if (from + 3 >= tokenCount(doc) || tokenAt(doc, from).value !== ',' || tokenAt(doc, from + 3).start !== open) return false;
  const participle = tokenAt(doc, from + 1);
  const stop = tokenAt(doc, from + 2).value;
  return (stop === ':' || stop === ',') && /ing$/.test(participle.lower) && MANNER_PARTICIPLE_LEMMAS.has(participle.lemma);
}

/** True when a comma stands from token `from` on, before the character `open`. */
function commaBefore(doc: Doc, from: number, open: number): boolean {
  for (let k = from; k < tokenCount(doc) && tokenAt(doc, k).start < open; k++) if (tokenAt(doc, k).value === ',') return true;
  return false;
}

/**
 * The end of a quoted object `[from, end)` once the narrator's words after its
 * last quotation are cut: the words that complete the object stay (`called the
 * pier "a real step up" from the old one`), a comma, a semicolon, a dash or a
 * parenthesis ends them (`..., because the town ...`), and so does "and" or
 * "but" before a verb (`... and left the hall`, `... but did not say why`), a
 * second verb of the subject. A second verb of the subject in the cue's own form ends the
 * object after its first quotation too, even when a later quotation follows
 * (`called the pier "a mess" and compared it to "a sinking ship"`: the second
 * verb's words are another report).
 */
function cutQuotedObjectTail(ctx: ReportedContext, cue: CueMatch, from: number, end: number): number {
  const { doc } = ctx;
  const second = secondVerbAfterFirstQuote(ctx, cue, from, end);
  if (second >= 0) return second;
  let close = -1;
  for (let k = end - 1; k > from; k--) {
    if (isMarkToken(tokenAt(doc, k).value) && !ctx.quoted[k] && ctx.quoted[k - 1]) {
      close = k;
      break;
    }
    if (ctx.quoted[k]) return end;
  }
  if (close < 0) return end;
  // (the second token of a closing mark of two apostrophes, '')
  const after = Math.min(markEnd(doc, close), end);
  // 'called it ''a disgrace,'' drew ...': a comma inside the closing mark ends the object
  if (/^[,;]$/.test(tokenAt(doc, close - 1).value)) return after;
  // 'chanted "No more cuts" outside the town hall': when the quotation is the whole object of a verb of calling out,
  // a place or time adjunct after it is the narrator's
  if (after < end && CALLING_OUT_VERBS.has(cue.lemma) && wholeQuotedObject(ctx, from, close) && QUOTED_OBJECT_ADJUNCTS.has(tokenAt(doc, after).lower)) return after;
  // 'chanted "shame on you" as the minister arrived': a clause of time after the quotation is the narrator's
  if (after < end && QUOTED_OBJECT_TIME_CLAUSES.has(tokenAt(doc, after).lower) && subjectAndVerbAfter(doc, after, tokenAt(doc, end - 1).end)) return after;
  const nominal = !/^(AUX|VERB)$/.test(tokenAt(doc, from).pos);
  for (let k = after; k < end; k++) {
    const t = tokenAt(doc, k);
    // (a hyphen inside a word, "well-paid", is no dash; the comma inside "Harbor City, New Jersey" closes nothing)
    if (TAIL_BREAKS.has(t.value) && (t.value !== '-' || /\s/.test(viewChar(doc.view, t.start - 1) ?? '')) && !placeComma(doc, k)) return k;
    // (an auxiliary's verb only after an object that opens with no verb: in 'which a report said was "careless" but did
    // not warrant charges' the verb goes on with the clause the object opens)
    if (conjoinedVerbAt(doc, k, end) || (nominal && conjoinedAuxAt(doc, k, end))) return k;
  }
  return end;
}

/**
 * True when token `k` is "and" or "but" and an auxiliary, any "not" or
 * adverbs, and a verb follow it before token `limit`: `calls for "deep cuts"
 * but does not name a figure`, `... and has since resigned`: a second verb of
 * the subject, in a form {@link conjoinedVerbAt} does not read.
 */
function conjoinedAuxAt(doc: Doc, k: number, limit: number): boolean {
  const t = tokenAt(doc, k);
  if ((t.lower !== 'and' && t.lower !== 'but') || k + 1 >= limit || tokenAt(doc, k + 1).pos !== 'AUX') return false;
  let v = k + 2;
  // ("has since resigned": a "since" right before the verb is the adverb, whatever the tagger read)
  while (v < limit && (/^(PART|ADV)$/.test(tokenAt(doc, v).pos) || (tokenAt(doc, v).lower === 'since' && v + 1 < limit && tokenAt(doc, v + 1).pos === 'VERB'))) v++;
  return v < limit && tokenAt(doc, v).pos === 'VERB';
}

/** True when the object from token `from` is one quotation that closes at token `close`: an opening mark and quoted words only. */
function wholeQuotedObject(ctx: ReportedContext, from: number, close: number): boolean {
  if (!isMarkToken(tokenAt(ctx.doc, from).value) || ctx.quoted[from]) return false;
  for (let k = from + 1; k < close; k++) if (!ctx.quoted[k]) return false;
  return close > from + 1;
}

/**
 * True when `verb` has the form of the cue verb `head`: an -ing form after an
 * -ing cue, else a past form in "-ed" that differs from its lemma
 * ("compared" after "called").
 */
export function inCueForm(head: Token, verb: Token): boolean {
  return /ing$/.test(head.lower) ? /ing$/.test(verb.lower) : isRegularPast(verb);
}

/**
 * The index of "and" or "but" that opens a second verb of the subject after
 * the first quotation in a quoted object `[from, end)`, when a later
 * quotation follows it: `called the budget "a total disaster" and compared it
 * to plans that were "doomed"`. The verb must have the cue's own form (a past
 * form after a past cue, an -ing form after an -ing cue), so that a verb
 * inside the object stays (`accused him of "lying" and misleading "the
 * public"`); -1 when there is none.
 */
function secondVerbAfterFirstQuote(ctx: ReportedContext, cue: CueMatch, from: number, end: number): number {
  const { doc } = ctx;
  const head = tokenAt(doc, cue.head);
  const ing = /ing$/.test(head.lower);
  // a past form in "-ed" differs from its lemma ("called"); a present one ("calls") or an irregular one ("told") is left alone
  if (!ing && !isRegularPast(head)) return -1;
  let k = from + 1;
  while (k < end && !(isMarkToken(tokenAt(doc, k).value) && !ctx.quoted[k] && ctx.quoted[k - 1])) k++;
  if (k >= end) return -1;
  for (k = markEnd(doc, k); k < end; k++) {
    if (ctx.quoted[k]) return -1;
    if (!conjoinedVerbAt(doc, k, end)) continue;
    let v = k + 1;
    while (v < end && tokenAt(doc, v).pos === 'ADV') v++;
    const verb = tokenAt(doc, v);
    if (!inCueForm(head, verb)) return -1;
    // only when a later quotation follows: with none, the cut below finds the verb as well
    for (let q = v + 1; q < end; q++) if (ctx.quoted[q]) return k;
    return -1;
  }
  return -1;
}

/**
 * `..., with Sen. Ann Lee calling it "a mess."`: the subject of a participle
 * cue right after it, in a phrase that "with" opens; null otherwise.
 */
function withSubject(doc: Doc, cue: CueMatch, floor: number): Mention | null {
  const m = speakerBefore(doc, cue.first, floor);
  if (!m || m.last !== cue.first || m.first <= floor) return null;
  return tokenAt(doc, m.first - 1).lower === 'with' ? m : null;
}

/**
 * The start of a quoted object's content `[start, end)` once the listener of a
 * verb such as "tell" or "assure" is left out: `told her backers that "we are
 * in this together"`, `assured reporters at the pier that "..."` give the
 * "that" and the quotation, as annotated news marks them. Only when "that"
 * stands right before the opening mark and the words before it hold no verb
 * (an "-ing" word inside a noun phrase is none: "outside a polling station"),
 * no mark and no quoted word.
 */
function skipListenerBeforeThat(ctx: ReportedContext, cue: CueMatch, start: number, end: number, open: number): number {
  const { doc } = ctx;
  if (!LISTENER_VERBS.has(cue.lemma)) return start;
  let q = start;
  while (q < end && tokenAt(doc, q).start < open) q++;
  if (q <= start + 1 || q >= end || tokenAt(doc, q - 1).lower !== 'that') return start;
  for (let k = start; k < q - 1; k++) {
    const t = tokenAt(doc, k);
    if (ctx.quoted[k] || isMarkToken(t.value) || (t.pos === 'VERB' && !attributiveGerund(ctx, k, start)) || t.pos === 'AUX' || t.lower === 'that') return start;
  }
  return q - 1;
}

/**
 * True when the "-ing" word at `k`, after `start`, modifies the noun after it
 * inside a noun phrase ("outside a polling station", "at a voting booth"): a
 * determiner or an adjective before it and a noun after it, a listener's
 * place rather than a verb.
 */
function attributiveGerund(ctx: ReportedContext, k: number, start: number): boolean {
  const { doc } = ctx;
  if (k <= start || !/ing$/.test(tokenAt(doc, k).lower)) return false;
  return /^(DET|ADJ)$/.test(tokenAt(doc, k - 1).pos) && tokenAt(doc, k + 1).pos === 'NOUN';
}

/**
 * True when the tokens `[start, q)` are a short listener: one to three words
 * of a noun phrase (a determiner, an adjective, a number, a noun, a name or a pronoun)
 * that end in a noun, a name or a pronoun: "them", "the reporters".
 */
function shortListener(doc: Doc, start: number, q: number): boolean {
  if (q - start > LISTENER_MAX_WORDS) return false;
  for (let k = start; k < q; k++) if (!/^(DET|ADJ|NUM|NOUN|PROPN|PRON)$/.test(tokenAt(doc, k).pos)) return false;
  return /^(NOUN|PROPN|PRON)$/.test(tokenAt(doc, q - 1).pos);
}

/** Most words of a listener with no mark before a quoted sentence ({@link shortListener}). */
const LISTENER_MAX_WORDS = 3;

/**
 * The start of a quoted object's content `[start, end)` once the words before
 * a quoted sentence are left out: when a comma, a colon or a dash stands right
 * before the opening mark, the quotation opens with a capital, holds three
 * words or more and runs to the content's end (`told the crowd at the pier,
 * "We will win the seat."`; `posted two words on her page - "Never again"` is
 * too short), annotated news marks the quotation alone. `start` stays when the
 * quotation has an attribution of its own after it in the sentence (the direct
 * stage's). After a verb of {@link LISTENER_VERBS}, a short listener needs no
 * mark before the quotation (`told them "The trip was too long."`).
 */
function skipLeadBeforeSentence(ctx: ReportedContext, cue: CueMatch, start: number, end: number, open: number): number {
  const { doc } = ctx;
  let q = start;
  while (q < end && tokenAt(doc, q).start < open) q++;
  if (q >= end) return start;
  // ('told them "The trip was too long."': with no mark, a short listener of a verb such as "tell" right before it)
  const listener = q > start && LISTENER_VERBS.has(cue.lemma) && shortListener(doc, start, q);
  if (q <= start + 1 && !listener) return start;
  const before = tokenAt(doc, q - 1);
  const dash = before.value === ':' || spacedDash(ctx, q - 1);
  const comma = before.value === ',';
  if (!dash && !comma && !listener) return start;
  for (let k = start; k < q - 1; k++) if (ctx.quoted[k] || isMarkToken(tokenAt(doc, k).value)) return start;
  // the quotation opens with a capital: a sentence of its own
  const first = tokenAt(doc, q + 1);
  if (!/^[A-Z]/.test(first.value)) return start;
  // the quotation runs to the end of the content
  let words = 0;
  for (let k = q + 1; k < end - 1; k++) {
    if (!ctx.quoted[k] && !isMarkToken(tokenAt(doc, k).value) && !/^[.,!?]$/.test(tokenAt(doc, k).value)) return start;
    if (/\w/.test(tokenAt(doc, k).value)) words++;
  }
  // (a quotation with an attribution of its own after it is the direct stage's: '..., "We will win," the ad says')
  const next = ctx.cues[lowerBound(ctx.cues, end, headOf)];
  if (next && tokenAt(doc, next.head).sent === tokenAt(doc, q).sent) return start;
  return words >= 3 ? q : start;
}
