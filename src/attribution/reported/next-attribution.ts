/**
 * Where reported content ends before another attribution that starts inside
 * it ("A said B — and he noted C"): {@link cutAtNextAttribution} and the
 * tests that keep a later cue the content's own (two coordinated subjects, an
 * appositive name, a modal after a fronted clause, a participle on a passive).
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { CueMatch, Mention } from '../candidate.js';
import { isMarkToken, lowerBound, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { oneSpeaker, speakerBefore } from '../../speakers/phrase.js';
import { ARTICLES, SUBJECT_PRONOUNS, SUBORDINATORS as SUBORDINATORS_FRONTED, SECOND_CLAUSE_CONJUNCTIONS, CUE_NEGATIONS } from '../../data/function-words.js';
import { NEXT_ATTRIBUTION_BOUNDARIES as BOUNDARY, NEXT_ATTRIBUTION_LOOSE_BOUNDARIES as LOOSE_BOUNDARY, NEXT_ATTRIBUTION_SUBORDINATORS, MODALS, POSSESSIVES, RELATIVE_CLAUSE_WORDS } from '../../data/clauses.js';
import { ASPECT_CUES, DECLINING_VERBS, SAID_SAYS, SAID_WORDS_NOUNS, THOUGHT_ADJECTIVES } from '../../data/cues.js';
import { PERSON_SUBJECT_PRONOUNS } from '../../data/pronouns.js';
import { OPT_IN_CATEGORIES } from '../../options.js';
import { END, MAX_LOOK, headOf, modalCue, spacedDash, type ReportedContext } from './shared.js';
import { isCommaBoundary } from './cue-subject.js';

/**
 * True when the token at `k` is a bare noun with the sentence's end or a comma
 * right after it: the speaker of an inverted "said" ("..., said reporters.",
 * "..., said analysts, who ...").
 */
function bareNounSpeaker(doc: Doc, k: number): boolean {
  const t = maybeToken(doc, k);
  const next = maybeToken(doc, k + 1);
  return t !== undefined && next !== undefined && t.pos === 'NOUN' && /^\p{Ll}/u.test(t.value) && next.sent === t.sent && (END.has(next.value) || next.value === ',');
}

/**
 * True when `cue` is a bare "said" or "says" (no auxiliary) right after a
 * comma that stands past token `floor`, outside quotation marks: the verb of
 * an inverted attribution when its speaker follows ("..., said an aide",
 * "..., said Tom Varga"). The caller tests what follows.
 */
export function saidAfterComma(ctx: ReportedContext, cue: CueMatch, floor: number): boolean {
  const { doc } = ctx;
  return SAID_SAYS.has(tokenAt(doc, cue.head).lower) && cue.first === cue.head && cue.first - 1 > floor && tokenAt(doc, cue.first - 1).value === ',' && !ctx.quoted[cue.first - 1];
}

/**
 * True when the words of cue `c`, or the word right after them (`c.last`, past
 * the cue), hold a negation: "would not identify", "doesn't plan", "hopes not
 * to return" (the speaker's own act, like a refusal). Reading only the cue's
 * words (`k < c.last`) changes nothing on PolNeAR train or dev but lets "and
 * hopes not to return" run on in the content before it.
 */
function negatedCue(doc: Doc, c: CueMatch): boolean {
  for (let k = c.first; k <= c.last; k++) if (CUE_NEGATIONS.has(tokenAt(doc, k).lower)) return true;
  return false;
}

/**
 * Whether tokens `from` to `to` (exclusive; a bounded window of one content) hold a verb, an auxiliary or a noun of
 * words said ({@link SAID_WORDS_NOUNS}: "the promise", "his remarks").
 */
function holdsReport(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokenAt(doc, k);
    if (/^(VERB|AUX)$/.test(t.pos) || SAID_WORDS_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/**
 * Ends content before another attribution that starts inside it: "A said B —
 * and he noted C". `clause` is true for a reported clause, whose words before
 * a plain "and" may be the first of two subjects ("said his band and its
 * producer wrote ..."), where an object's are not ("will call you a liar and
 * the paper will ...").
 */
export function cutAtNextAttribution(ctx: ReportedContext, from: number, end: number, clause = false): number {
  const { doc } = ctx;
  const start = lowerBound(ctx.cues, from + 1, headOf);
  // "said she liked the plan but feared its cost": a cue of an opt-in category coordinated by "and" or "but" with
  // no subject of its own, inside the content of a cue reported by default, shares the content's subject: the
  // content goes on, as it does in a default run
  const defaultCue = start > 0 && !OPT_IN_CATEGORIES.has(ctx.cues[start - 1]!.category);
  for (let k = start; k < ctx.cues.length && k - start < MAX_CUES_INSIDE; k++) {
    const c = ctx.cues[k]!;
    if (c.first >= end || c.first - from > MAX_LOOK * 4) break;
    // a cue inside quoted words belongs to the quote ("that "we close one chapter and we begin another"")
    if (ctx.quoted[c.head]) continue;
    // "says he is optimistic that ...": a state of mind told in the content is the content's own (opt-in cues only)
    if (THOUGHT_ADJECTIVES.has(c.lemma) && tokenAt(doc, c.head).pos === 'ADJ') continue;
    // "expected $12 billion, down from an earlier forecast of $13 billion": no attribution starts right after an
    // article; the cue verb is a noun of the content's phrase
    if (ARTICLES.has(tokenAt(doc, c.first - 1).lower) && !ctx.quoted[c.first - 1]) continue;
    if (c.form === 'phrase') {
      if (tokenAt(doc, c.first - 1).value === ',') return trimBoundary(doc, c.first, from);
      continue;
    }
    const sp = speakerBefore(doc, c.first, from) ?? (c.first - 1 > from ? oneSpeaker(doc, c.first - 1) : null);
    // "said that if elected, he would advise ...": a cue after a modal, its subject after a comma, is what the
    // content's main clause says will be done, not a report of its own ("..., and NBC will accuse you" is one)
    // (only after a fronted clause: "said the budget was balanced, Varga will argue that ..." is a report of its own)
    const modalComma = (sp && sp.first > from ? sp.first : c.first) - 1;
    if (modalCue(doc, c.first, c.head) && tokenAt(doc, modalComma).value === ',' && !plainClauseBefore(doc, from, modalComma)) continue;
    // "said she and Lee had spoken ...", "said both he and Ross promised ...": a plain "and" after a subject pronoun
    // joins two subjects of one clause, the later cue is the content's own
    if (sp && sp.first > from && coordinatedSubject(ctx, sp.first - 1)) continue;
    // "said his band and its producer wrote ...": an "and" after a bare noun phrase, with no verb or comma
    // before it, joins two subjects of one clause too
    if (clause && sp && sp.first - 1 > from && nounPhraseAnd(ctx, from, sp.first - 1)) continue;
    // "said her manager, Tom Vale, had warned her ...": a name set off after the noun phrase that opens the content
    // is that phrase's appositive, the cue the content's own
    if (sp && sp.first > from && appositiveSubject(ctx, from, sp)) continue;
    if (sp && sp.first > from && (BOUNDARY.has(tokenAt(doc, sp.first - 1).lower) || isCommaBoundary(doc, sp.first - 1))) return trimBoundary(doc, sp.first, from);
    // "urged voters to stay home after the mogul said the race was over": an object's or an infinitive's content ends
    // before a subordinate clause that holds a report of its own (a reported clause keeps it: "said he was on the
    // fence until Lee said she would run"); the later cue a verb that does not take an infinitive ("vowed not to sign
    // until the board agrees to cut fares", "because the forms are far more demanding" go on)
    if (!clause && sp && sp.first - 1 > from && NEXT_ATTRIBUTION_SUBORDINATORS.has(tokenAt(doc, sp.first - 1).lower) && !ctx.quoted[sp.first - 1] && subordinateReport(doc, c)) return trimBoundary(doc, sp.first - 1, from);
    // "he taught law, and added: ...": a coordinated cue that shares the subject
    if (!sp && SECOND_CLAUSE_CONJUNCTIONS.has(tokenAt(doc, c.first - 1).lower) && c.first - 1 > from) {
      // (not a refusal: "said it was a mistake and declined to say more" is the speaker's own act)
      if (defaultCue && OPT_IN_CATEGORIES.has(c.category) && !DECLINING_VERBS.has(c.lemma) && !negatedCue(doc, c)) continue;
      // (nor a participle that goes on a passive of the content: "said the man was arrested and charged with arson")
      if (passiveGoesOn(ctx, from, c)) continue;
      // (nor a verb of starting or going on with its own complement: "said he was sorry and had begun to repay the money")
      if (aspectGoesOn(ctx, c)) continue;
      // (nor a base form that goes on a modal of the content after a finite cue: "says it will monitor the streets and
      // add speed bumps")
      if (start > 0 && baseAfterModal(ctx, from, c, ctx.cues[start - 1]!)) continue;
      return trimBoundary(doc, c.first - 1, from);
    }
    // "said the county would not move, said an aide who ...": "said" after a comma before a name or a
    // determiner inverts another speaker's attribution (not "the deal, said to be worth ...", "instead of, say, the ...")
    // (the name or determiner in the cue's own sentence: not the next paragraph's first word after a bare "says")
    if (saidAfterComma(ctx, c, from) && tokenAt(doc, c.last).sent === tokenAt(doc, c.head).sent && (/^(DET|PROPN)$/.test(tokenAt(doc, c.last).pos) || bareNounSpeaker(doc, c.last))) return trimBoundary(doc, c.first, from);
    // "Carson said X, telling reporters that Y": a participle cue starts an attribution of its own
    // (after a spaced dash too: "Varga says the budget was balanced - asserting that ..."; and when the phrase read as
    // the participle's subject starts the content itself and holds a verb or a noun of words said: "repeated claims
    // that Varga recites lines, calling him ...", "echoed the promise, saying ...", not "claimed the seat in a radio
    // spot, saying: ...", whose phrase is no report)
    if ((!sp || (sp.first <= from && sp.last >= c.first - 1 && holdsReport(doc, from, c.first - 1))) && (isCommaBoundary(doc, c.first - 1) || spacedDash(ctx, c.first - 1)) && /ing$/.test(tokenAt(doc, c.head).lower) && c.first - 1 > from) return trimBoundary(doc, c.first, from);
    // "..., and nearly 3 in 5 replied Y", "... — others say Y": a subject the speaker finder does not read
    const opener = subjectAfterBoundary(ctx, from, c.first);
    if (opener > 0) return trimBoundary(doc, opener, from);
  }
  return end;
}

/**
 * True when cue `c` reads as a report of its own inside a subordinate clause: its head a verb not in "-ing" (or a
 * gerund after a finite verb of the cue's group: "after the mogul kept saying the race was over"), the word after the
 * cue not "to" ("after the mogul said the race was over", not "until the board agrees to cut fares" nor "because the
 * forms are far more demanding").
 */
function subordinateReport(doc: Doc, c: CueMatch): boolean {
  const head = tokenAt(doc, c.head);
  const opener = tokenAt(doc, c.first);
  const finite = !/ing$/.test(head.lower) || (c.first < c.head && opener.pos === 'VERB' && !/ing$/.test(opener.lower));
  // (nor a verb of starting or going on, {@link ASPECT_CUES}, which reports nothing: "seemed to improve after the new
  // schedule began")
  // (a gerund after the group's finite verb may be tagged an adjective: "kept telling reporters")
  const verb = head.pos === 'VERB' || (c.first < c.head && /ing$/.test(head.lower));
  return verb && finite && !ASPECT_CUES.has(c.lemma) && maybeToken(doc, c.last)?.lower !== 'to';
}

/**
 * True when cue `c` is a verb of starting or going on ({@link ASPECT_CUES})
 * followed, outside quotation marks, by "to", a gerund or the start of a noun
 * phrase ("had begun to repay", "began repaying", "continued the work"): an
 * act, not a report, so the content goes on through it.
 */
function aspectGoesOn(ctx: ReportedContext, c: CueMatch): boolean {
  const next = maybeToken(ctx.doc, c.last);
  if (!ASPECT_CUES.has(c.lemma) || next === undefined || ctx.quoted[c.last] || next.sent !== tokenAt(ctx.doc, c.head).sent) return false;
  return next.lower === 'to' || (next.pos === 'VERB' && /ing$/.test(next.lower)) || /^(DET|NOUN|ADJ|NUM)$/.test(next.pos) || POSSESSIVES.has(next.lower);
}

/**
 * True when cue `c`, a one-word base form right after "and" or "but", goes on
 * a modal of the content that starts at `from` (a modal stands between them,
 * unquoted, in the cue's sentence), and the content's own cue `outer` is a
 * finite form, which no base form coordinates with: "says it will monitor the
 * streets and add speed bumps", not "will say the plan works and add that ...".
 */
function baseAfterModal(ctx: ReportedContext, from: number, c: CueMatch, outer: CueMatch): boolean {
  const { doc } = ctx;
  const head = tokenAt(doc, c.head);
  const outerHead = tokenAt(doc, outer.head);
  if (c.first !== c.head || head.pos !== 'VERB' || head.lower !== head.lemma || outerHead.lower === outerHead.lemma) return false;
  for (let k = c.first - 2; k >= from; k--) {
    const t = tokenAt(doc, k);
    if (ctx.quoted[k] || t.sent !== head.sent || /^[;:]$/.test(t.value)) return false;
    if (MODALS.has(t.lower) && t.pos === 'AUX') return true;
  }
  return false;
}

/**
 * True when cue `c`, a bare past form right after "and" or "but", goes on a
 * passive of the content that starts at `from`: a form of "be" and a past
 * participle stand before it (and after `from`), and a preposition other than
 * "that" follows the cue, not a clause (`said the man was arrested and charged
 * with arson`; not `said the plan was approved and added that ...`).
 */
function passiveGoesOn(ctx: ReportedContext, from: number, c: CueMatch): boolean {
  const { doc } = ctx;
  const head = tokenAt(doc, c.head);
  if (c.first !== c.head || !/ed$/.test(head.lower) || c.last !== c.head + 1) return false;
  const next = maybeToken(doc, c.last);
  if (next === undefined || next.pos !== 'ADP' || next.lower === 'that' || ctx.quoted[c.last]) return false;
  for (let k = c.first - 2; k > from; k--) {
    const t = tokenAt(doc, k);
    if (ctx.quoted[k]) return false;
    if (t.pos === 'VERB' && /ed$/.test(t.lower) && tokenAt(doc, k - 1).lemma === 'be') return true;
  }
  return false;
}

/**
 * True when the "and" at `k` stands, unquoted, after content from token `from`
 * that holds no verb, auxiliary, punctuation or subject pronoun: the content
 * so far is a noun phrase, the first of two subjects ("his band and its
 * producer wrote"). A subject pronoun opens a clause of its own, whatever the
 * tagger makes of its verb ("they back the levy and 17 have said ...").
 */
function nounPhraseAnd(ctx: ReportedContext, from: number, k: number): boolean {
  const { doc } = ctx;
  if (tokenAt(doc, k).lower !== 'and' || ctx.quoted[k]) return false;
  for (let q = from; q < k; q++) {
    const t = tokenAt(doc, q);
    if (ctx.quoted[q] || /^(VERB|AUX|PUNCT|SCONJ|ADP)$/.test(t.pos) || SUBJECT_PRONOUNS.has(t.lower)) return false;
  }
  return true;
}

/** Most words of the noun phrase an appositive name follows ({@link appositiveSubject}). */
const MAX_APPOSITIVE_HEAD = 4;

/**
 * True when speaker `sp` is a name set off by commas right after a short
 * noun phrase that opens the content at `from` ("her manager, Tom Vale,",
 * "the company's founder, Ada Moss,"): the subject of the content's own
 * clause, not a new attribution. The phrase has a determiner or possessive
 * and no verb, preposition, punctuation or quoted word.
 */
function appositiveSubject(ctx: ReportedContext, from: number, sp: Mention): boolean {
  const { doc } = ctx;
  const comma = sp.first - 1;
  if (tokenAt(doc, comma).value !== ',' || tokenAt(doc, sp.last).value !== ',' || sp.kind !== 'name') return false;
  let q = from;
  if (tokenAt(doc, q).lower === 'that') q++;
  if (comma - q < 2 || comma - q > MAX_APPOSITIVE_HEAD || !/^(DET|PRON)$/.test(tokenAt(doc, q).pos)) return false;
  for (let k = q; k < comma; k++) {
    const t = tokenAt(doc, k);
    if (ctx.quoted[k] || (k > q && !/^(ADJ|NOUN|PROPN|PART)$/.test(t.pos))) return false;
  }
  return true;
}

/**
 * True when the "and" at `k` stands, unquoted and with no comma before it,
 * right after a subject pronoun ("he", "she", "they", "we", "I"): it joins two
 * subjects of one clause ("she and Lee had spoken", "both he and Ross
 * promised"), since no clause ends on a subject pronoun.
 */
function coordinatedSubject(ctx: ReportedContext, k: number): boolean {
  return tokenAt(ctx.doc, k).lower === 'and' && !ctx.quoted[k] && !ctx.quoted[k - 1] && PERSON_SUBJECT_PRONOUNS.has(tokenAt(ctx.doc, k - 1).lower);
}

/**
 * True when the content from `from` (after "that" if any) up to the comma at
 * `comma` is one plain clause (`said the budget was balanced, Varga will
 * argue ...`): no subordinator or preposition opens it, no comma, colon,
 * quotation mark or relative word stands in it, and it has a finite verb
 * after its first word. A fronted clause or phrase (`said that if elected,
 * she would ...`, `that in a race between A and B, he would ...`) is none.
 */
function plainClauseBefore(doc: Doc, from: number, comma: number): boolean {
  const at = tokenAt(doc, from).lower === 'that' ? from + 1 : from;
  const opener = tokenAt(doc, at);
  if (at >= comma || SUBORDINATORS_FRONTED.has(opener.lower) || opener.pos === 'ADP' || opener.pos === 'SCONJ') return false;
  let verb = false;
  for (let k = at; k < comma; k++) {
    const t = tokenAt(doc, k);
    if (/^[,;:]$/.test(t.value) || isMarkToken(t.value) || RELATIVE_CLAUSE_WORDS.has(t.lower)) return false;
    if (k > at && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower)))) verb = true;
  }
  return verb;
}

/** Parts of speech in a short subject before a later cue: "more than 4 in 10", "others", "half of them". */
const SHORT_SUBJECT = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADP']);
/** How many words a short subject before a later cue may have. */
const MAX_SHORT_SUBJECT = 6;

/**
 * The first token of a short subject (no verb, not a relative pronoun) that stands
 * between a boundary (a comma, dash, ", and", "but", "though") and a cue at `cueFirst`, or -1.
 */
function subjectAfterBoundary(ctx: ReportedContext, from: number, cueFirst: number): number {
  const { doc } = ctx;
  // (the words of a hyphened compound count as one: "the 41-year-old father of two")
  let joined = 0;
  for (let k = cueFirst - 1; k > from && cueFirst - k - joined <= MAX_SHORT_SUBJECT + 1; k--) {
    const t = tokenAt(doc, k);
    if (ctx.quoted[k]) return -1;
    // "a share of town-centre spending than merchants believe", "..., and the 41-year-old father of two
    // agreed": a hyphen inside a word is no boundary, and a subject does not start in the middle of a compound
    if (t.value === '-' && wordHyphen(doc, k)) {
      joined += 2;
      continue;
    }
    if (k + 1 >= cueFirst || k <= from + 1) {
      if (BOUNDARY.has(t.lower) || LOOSE_BOUNDARY.has(t.lower)) return -1;
    } else if (BOUNDARY.has(t.lower)) {
      // "because Congress and the president agreed": a plain "and" joins two subjects; ", and" opens a clause
      return t.lower !== 'and' || tokenAt(doc, k - 1).value === ',' ? k + 1 : -1;
    }
    // "X, even though he was warned": the "even" goes with its "though"
    else if (LOOSE_BOUNDARY.has(t.lower)) return k - 1 > from && tokenAt(doc, k - 1).lower === 'even' && !ctx.quoted[k - 1] ? k - 1 : k;
    if (!SHORT_SUBJECT.has(t.pos) || RELATIVE_CLAUSE_WORDS.has(t.lower)) return -1;
  }
  return -1;
}

/** True when the hyphen at token `k` joins two words with no space on either side ("town-centre", "front-runner"). */
function wordHyphen(doc: Doc, k: number): boolean {
  const before = maybeToken(doc, k - 1);
  const after = maybeToken(doc, k + 1);
  const t = tokenAt(doc, k);
  return before !== undefined && after !== undefined && before.end === t.start && t.end === after.start && /\p{L}|\p{N}/u.test(before.value) && /\p{L}|\p{N}/u.test(after.value);
}

/** How many later cues inside a content are checked for an attribution of their own. */
const MAX_CUES_INSIDE = 12;

/** Where a cut at token `at` ends: before the boundary words and spaced hyphens that stand right before it (down to `floor` + 1). */
function trimBoundary(doc: Doc, at: number, floor: number): number {
  let e = at;
  // a spaced hyphen standing for a dash goes too ("safe - and the council agreed")
  while (e > floor + 1 && (BOUNDARY.has(tokenAt(doc, e - 1).lower) || tokenAt(doc, e - 1).value === '-')) e--;
  return e;
}
