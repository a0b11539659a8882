/**
 * Participles and coordinated cues that take the clause's subject
 * (", saying", "and said", "went on to say").
 * @internal
 */
import type { Mention } from '../shape.js';
import { CUE_VERBS, OBJECT_SPEAKS_VERBS, SAYING_CATEGORIES } from '../../data/cues.js';
import type { Doc, Segment, Token } from '../../prepare/document.js';
import { isMarkToken, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { DASHES, isNameToken } from './name-tokens.js';
import { scareQuoteStart } from './quoted-nickname.js';
import { speakerAfter } from './after.js';
import type { SpeakerSearch } from './search.js';
import { joinedFloor } from './floor.js';
import { verbGroupStart } from './verb-group.js';
import { remembered, type MentionMemo } from './memo.js';
import { sentenceSubject, subjectAfterCommas } from './subject.js';
import { longSubjectBeforeVerb } from './long-subject.js';
import { conjoinedClauseSubject } from './conjoined-clause.js';
import { objectRelativeSubject } from './object-relative.js';
import { subordinatorBefore } from './subordinate-adjunct.js';
import { nameText } from './mention.js';
import { isPeopleKind, kindOfHead, kindOfName } from '../kinds.js';
import { COMPOUND_PREPOSITIONS_2, COMPOUND_PREPOSITIONS_3, SUBORDINATORS, GERUND_PREPOSITIONS, LINKING_CONJUNCTIONS, OPENING_CONJUNCTIONS, ASIDE_WORDS, LIST_CONJUNCTIONS, SECOND_CLAUSE_CONJUNCTIONS } from '../../data/function-words.js';
import { PARTICIPLE_CLAUSE_OPENERS, PROGRESSIVE_BE_FORMS, WHO_WHICH_RELATIVES, FINITE_BE_FORMS, CLAUSE_RELATIVES, SUBJECT_CLAUSE_SUBORDINATORS, SHARED_CUE_GROUP_WORDS, COMMA_VERB_COMPLEMENTS } from '../../data/clauses.js';
import { PERSON_SUBJECT_PRONOUNS, THIRD_PERSON_SPEAKER_PRONOUNS } from '../../data/pronouns.js';
import { COLLECTIVE_PEOPLE, IRREGULAR_PERSON_PLURALS } from '../../data/people.js';
import { mentionWith } from '../shape.js';

/**
 * How far back from the comma before a participle the verb of saying it
 * continues may stand: '"...," said Ann Lee during the debate in Denver,
 * suggesting' (up to a quotation mark or the sentence start).
 */
const MAX_SAID_BACK = 20;

/** How far back from that comma any verb of saying may stand: '"...," Morrow said on the radio, adding'. */
const NEAR_SAID = 8;

/**
 * True when token `k` opens a clause: the sentence's first word, or the first
 * word after a quotation mark, a comma, a conjunction or an adverb
 * (`"...," the clerk recalled`, `"...", the clerk recalled`, `CLAUSE, the
 * paper reported`, `... but the board warned`, `and then the mayor objected`),
 * not a word inside a noun phrase (`praised the changes the board announced`).
 */
function opensClause(doc: Doc, k: number, sentenceFirst: number): boolean {
  if (k === sentenceFirst) return true;
  if (k < sentenceFirst) return false;
  const prev = tokenAt(doc, k - 1);
  return isMarkToken(prev.value) || prev.value === ',' || /^(CCONJ|SCONJ|ADV)$/.test(prev.pos);
}


/**
 * True when token `k` is before the sentence or only an opening conjunction (after an adverb and its comma)
 * or a quotation mark stands at `k` and before it.
 */
function opensSentence(doc: Doc, k: number, sentenceFirst: number): boolean {
  let j = k;
  // ("In addition to stating", "Instead of saying": a compound preposition)
  if (j - 2 >= sentenceFirst && COMPOUND_PREPOSITIONS_3.has(`${tokenAt(doc, j - 2).lower} ${tokenAt(doc, j - 1).lower} ${tokenAt(doc, j).lower}`)) j -= 3;
  else if (j - 1 >= sentenceFirst && COMPOUND_PREPOSITIONS_2.has(`${tokenAt(doc, j - 1).lower} ${tokenAt(doc, j).lower}`)) j -= 2;
  else if (j >= sentenceFirst && OPENING_CONJUNCTIONS.has(tokenAt(doc, j).lower)) j--;
  // "Now, after arguing ...", "Later, while saying ...": an adverb and its comma open the sentence first
  if (j - 1 === sentenceFirst && tokenAt(doc, j).value === ',' && tokenAt(doc, j - 1).pos === 'ADV' && j < k) j -= 2;
  while (j >= sentenceFirst && isMarkToken(tokenAt(doc, j).value)) j--;
  return j < sentenceFirst;
}

/**
 * True when token `t` is in a finite form other than "-ed": lower-case, not
 * its lemma, not in "-ing" or "-ed" ("said", "told", "wrote", "says",
 * "tells"; not "comment", "saying", "charged"). Read only of a token the
 * tagger takes for a verb of saying.
 */
function finiteForm(t: Token): boolean {
  return /^\p{Ll}+$/u.test(t.value) && t.lower !== t.lemma && !/(ing|ed)$/.test(t.lower);
}

/** True when the verb at `k` comes before its subject: after a quotation, or first in its sentence. */
function isInverted(doc: Doc, k: number, sentenceFirst: number): boolean {
  const prev = tokenAt(doc, k - 1);
  return k === sentenceFirst || isMarkToken(prev.value) || (prev.value === ',' && isMarkToken(tokenAt(doc, k - 2).value));
}

/** True when a reported clause ("that ...", "he had ...") starts within a few tokens after the cue's head, before any quotation mark. */
function clauseFollows(doc: Doc, cueHead: number, last: number): boolean {
  for (let k = cueHead + 1; k < Math.min(last, cueHead + 9); k++) {
    const t = tokenAt(doc, k);
    if (isMarkToken(t.value) || /^[.;:!?]$/.test(t.value)) return false;
    if (t.lower === 'that') return true;
    if (PERSON_SUBJECT_PRONOUNS.has(t.lower) && /^(AUX|VERB)$/.test(tokenAt(doc, k + 1).pos)) return true;
  }
  return false;
}

/**
 * How far back from "to" the finite verb of an infinitive of purpose may
 * stand: past a participle aside with an appositive in it ("chimed in,
 * breaking with the board's chair, Tom Reyes, to argue"; 12 before names
 * round 11, 16, 20 and 24 measured the same on PolNeAR train).
 */
const MAX_PURPOSE_BACK = 16;

/**
 * True when "to" at `k` opens an infinitive of purpose: a finite verb of the
 * clause stands before it (a participle set off by commas passed over), with no
 * verb that hands the infinitive to its object and no noun, name or pronoun right
 * before it.
 */
function purposeInfinitive(doc: Doc, k: number, sentenceFirst: number): boolean {
  const prev = tokenAt(doc, k - 1);
  // (a noun before "to" may take the infinitive itself: "a plan to announce", "authority to call"; but "went out of her way to")
  if ((prev.pos === 'NOUN' && prev.lower !== 'way') || prev.pos === 'PROPN' || prev.pos === 'PRON' || prev.pos === 'ADJ' || prev.pos === 'VERB' || prev.pos === 'AUX') return false;
  for (let v = k - 1; v >= Math.max(sentenceFirst + 1, k - MAX_PURPOSE_BACK); v--) {
    const t = tokenAt(doc, v);
    if (isMarkToken(t.value) || t.value === ';' || t.value === ':') return false;
    // ("chimed in, breaking with the chair, to argue": a participle set off by commas is passed over)
    if (t.pos === 'VERB' && /ing$/.test(t.lower) && tokenAt(doc, v - 1).value === ',') continue;
    if (t.pos === 'VERB') return !OBJECT_SPEAKS_VERBS.has(t.lemma) && !/ing$/.test(t.lower) && !/^\p{Lu}/u.test(t.value);
  }
  return false;
}

/**
 * How far back from "and" or "but" the verb a cue is coordinated with may
 * stand: past a long object with places and companions in it ("Lee stayed
 * home, and Ann Ruiz toured the station on the edge of the county with two
 * engineers from the board and said"; 16 before names round 13, 24 measured
 * 1 name fixed and none broken on PolNeAR train).
 */
const MAX_COORDINATED_BACK = 24;

/**
 * The subject right before the verb that a cue after "and" or "but" at `and`
 * is coordinated with: the nearest finite verb before the conjunction in its
 * sentence, whose own subject stands right before it ("When asked, he laughed
 * and said", "Quill has backed the plan but has since said"); null when that
 * verb has no subject of its own next to it. With `saying` (the cue is a verb
 * of speech or writing) a copula with no verb after it counts as that verb
 * ("While Quill is a fan of the plan and wrote that ...").
 */
function coordinatedVerbSubject(doc: Doc, and: number, sentenceFirst: number, speakerBefore: SpeakerSearch, saying = false): Mention | null {
  for (let v = and - 1; v > sentenceFirst && v >= and - MAX_COORDINATED_BACK; v--) {
    const t = tokenAt(doc, v);
    // (a short quoted stretch in the clause is passed over: 'lamented the "dismal" state and criticized')
    const scare = isMarkToken(t.value) ? scareQuoteStart(doc, v, sentenceFirst) : -1;
    if (scare >= 0) {
      v = scare;
      continue;
    }
    if (isMarkToken(t.value) || /^[;:]$/.test(t.value)) return null;
    // (a copula with no verb after it, for a verb of saying only: "While Quill is a fan of the plan and wrote"; when its
    // subject does not fit, the search goes on to the verb before it: "Lee said the plan is sound and added"; so it
    // does when the subject stands in a clause inside the sentence: "Lee visited Ohio when Varga was governor and wrote")
    const copula = saying && t.pos === 'AUX' && FINITE_BE_FORMS.has(t.lower) && !/^(VERB|AUX)$/.test(tokenAt(doc, v + 1).pos);
    if (copula) {
      const m = clauseSubject(doc, verbGroupStart(doc, v, sentenceFirst), sentenceFirst, speakerBefore);
      if (m && opensSentenceClause(doc, m.first, sentenceFirst)) return m;
      continue;
    }
    if ((t.pos !== 'VERB' && !isJoinedNounVerb(doc, v)) || /ing$/.test(t.lower) || !/^\p{Ll}/u.test(t.value)) continue;
    // ('The pact, which Ortiz called a "disaster" and promised': the subject of an object relative clause)
    const near = speakerBefore(doc, verbGroupStart(doc, v, sentenceFirst), sentenceFirst);
    const inner = near !== null && near.first - 1 > sentenceFirst ? objectRelativeSubject(doc, near.first - 1, and, speakerBefore) : null;
    if (inner) return inner;
    const subject = clauseSubject(doc, verbGroupStart(doc, v, sentenceFirst), sentenceFirst, speakerBefore);
    // "Ann Lee shot and killed a deer but claimed": the verb joined to one before it by "and" has no subject of its own
    if (subject === null && LIST_CONJUNCTIONS.has(tokenAt(doc, v - 1).lower) && v - 2 > sentenceFirst) continue;
    // (for a verb of saying, a verb whose subject does not open a clause may stand inside the object clause of an
    // earlier verb of saying, whose subject speaks: "Lee said he welcomed the deal and added")
    if (subject || !saying || !saysBefore(doc, v, sentenceFirst)) return subject;
  }
  return null;
}

/**
 * True when token `v` is a verb the tagger read as a noun between a name and
 * "and" or "or" and another verb: the "shot" of "Ann Lee shot and killed".
 */
function isJoinedNounVerb(doc: Doc, v: number): boolean {
  const t = tokenAt(doc, v);
  const and = tokenAt(doc, v + 1);
  return t.pos === 'NOUN' && /^\p{Ll}+$/u.test(t.value) && isNameToken(tokenAt(doc, v - 1), doc) && LIST_CONJUNCTIONS.has(and.lower) && tokenAt(doc, v + 2).pos === 'VERB' && and.sent === t.sent;
}

/** True when a verb of saying or writing stands before token `v` in its sentence (from `sentenceFirst`). */
function saysBefore(doc: Doc, v: number, sentenceFirst: number): boolean {
  for (let k = v - 1; k >= sentenceFirst; k--) {
    const t = tokenAt(doc, k);
    if (isMarkToken(t.value) || /^[;:]$/.test(t.value)) return false;
    if (t.pos === 'VERB' && SAYING_CATEGORIES.has(CUE_VERBS.get(t.lemma) ?? '')) return true;
  }
  return false;
}

/**
 * True when a subject starting at `first` opens the sentence, or follows a
 * subordinator that opens it ("While Quill is a fan"), quotation marks
 * before either passed over; not a subject inside the sentence ("Lee visited
 * Ohio when Varga was governor").
 */
function opensSentenceClause(doc: Doc, first: number, sentenceFirst: number): boolean {
  let j = first - 1;
  if (j >= sentenceFirst && SUBORDINATORS.has(tokenAt(doc, j).lower)) j--;
  while (j >= sentenceFirst && isMarkToken(tokenAt(doc, j).value)) j--;
  return j < sentenceFirst;
}

/** How many words a short aside between a pronoun subject and its verb may have: "she, once again, pledged". */
const MAX_ASIDE = 4;

/**
 * True when the commas at `open` and `close` set off a short aside of
 * adverbs, prepositions, determiners, adjectives, nouns and numbers only (no
 * verb): ", once again,", ", in turn,", ", for his part,".
 */
function adverbialAside(doc: Doc, open: number, close: number): boolean {
  if (tokenAt(doc, open).value !== ',' || close - open - 1 < 1 || close - open - 1 > MAX_ASIDE) return false;
  for (let k = open + 1; k < close; k++) if (!/^(ADV|ADP|DET|ADJ|NOUN|NUM|PRON)$/.test(tokenAt(doc, k).pos) || CLAUSE_RELATIVES.has(tokenAt(doc, k).lower)) return false;
  return true;
}

/**
 * The subject standing right before the verb group opening at `first`, when
 * it opens its clause (see {@link coordinatedVerbSubject}); null otherwise.
 */
function clauseSubject(doc: Doc, first: number, sentenceFirst: number, speakerBefore: SpeakerSearch): Mention | null {
  const m = speakerBefore(doc, first, sentenceFirst);
  // (a name may be set off from its verb by a relative clause or an appositive: "Ravel, who backed her in May, repeated ...")
  // (and a pronoun from its verb by a short adverbial aside: "and she, once again, pledged ...")
  const setOff = m !== null && tokenAt(doc, first - 1).value === ',' && m.last < first - 1 && (m.kind === 'name' || (m.kind === 'pronoun' && adverbialAside(doc, m.last, first - 1)));
  // (a description of people, a group or an organisation only opening a clause of its own: "..., but the aides stayed and said")
  const joined = m !== null && m.first - 1 > sentenceFirst && /^[,;]$/.test(tokenAt(doc, m.first - 2).value) && LINKING_CONJUNCTIONS.has(tokenAt(doc, m.first - 1).lower);
  const described = m?.kind === 'description' && joined && kindOfHead(tokenAt(doc, m.head ?? m.last - 1).lower) !== 'unknown';
  if (!m || (m.kind !== 'pronoun' && m.kind !== 'name' && !described) || (m.last !== first && !setOff) || m.antecedent !== undefined) return null;
  // the subject opens its clause: at the sentence start, after a comma ("When asked, he laughed and said"),
  // or after a subordinator that opens the sentence or follows a comma ("Lee, though she praised him and said")
  // (a bullet before the sentence opens it too: "~ Ann Lee went on a rant and hinted")
  const prev = m.first - 1;
  const bullet = prev >= sentenceFirst && /^[~•*·]$/.test(tokenAt(doc, prev).value) && prev - 1 < sentenceFirst;
  if (prev < sentenceFirst || tokenAt(doc, prev).value === ',' || bullet) return m;
  const opens = prev === sentenceFirst || tokenAt(doc, prev - 1).value === ',';
  // ("The mayor left early, but Lee stayed and said": a clause of its own after a comma and "and" or "but")
  if (prev > sentenceFirst && /^[,;]$/.test(tokenAt(doc, prev - 1).value) && LINKING_CONJUNCTIONS.has(tokenAt(doc, prev).lower)) return m;
  // ("The crowd cheered when Lee spotted a sign and asked": a clause opened by when, as or while inside the sentence)
  return (opens && SUBORDINATORS.has(tokenAt(doc, prev).lower)) || SUBJECT_CLAUSE_SUBORDINATORS.has(tokenAt(doc, prev).lower) ? m : null;
}

/**
 * How far back from "and" the gerund a gerund cue is coordinated with may
 * stand: past the first gerund's own that-clause ("with Lee tweeting that it
 * was a disaster for the city and asking").
 */
const MAX_GERUND_BACK = 20;

/**
 * The subject of the gerund before "and" at `and` that a gerund cue after it
 * is coordinated with: the phrase right before that gerund ("Ads featuring
 * voters telling their stories and criticizing"), or for a participle after a
 * comma the clause's subject (", calling them liars and vowing"); null when
 * no gerund stands before the conjunction in its clause.
 */
function coordinatedGerundSubject(doc: Doc, and: number, sentenceFirst: number, speakerBefore: SpeakerSearch): Mention | null {
  // (a finite verb or a short quotation may stand in the gerund's own that-clause: "with Lee tweeting that it was a
  // disaster and asking"; the gerund must then be a cue with "that": "walking with his aides watching a "sunset" and
  // knowing" is no such clause)
  let clauseVerb = false;
  for (let v = and - 1; v > sentenceFirst && v >= and - MAX_GERUND_BACK; v--) {
    const t = tokenAt(doc, v);
    // (a short quoted stretch in that clause is passed over: 'tweeting that it was a "disaster" and asking')
    const scare = isMarkToken(t.value) ? scareQuoteStart(doc, v, sentenceFirst) : -1;
    if (scare >= 0) {
      v = scare;
      clauseVerb = true;
      continue;
    }
    if (isMarkToken(t.value) || /^[;:]$/.test(t.value)) return null;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower))) {
      clauseVerb = true;
      continue;
    }
    if (t.pos !== 'VERB' || !/^\p{Ll}/u.test(t.value)) continue;
    if (clauseVerb && (tokenAt(doc, v + 1).lower !== 'that' || !CUE_VERBS.has(t.lemma))) return null;
    if (tokenAt(doc, v - 1).value === ',') return sharedSubject(doc, v, v, speakerBefore);
    const m = speakerBefore(doc, v, sentenceFirst);
    return m && m.last === v && m.kind !== 'pronoun' ? m : null;
  }
  return null;
}

/**
 * How far back from the comma before a participle the finite verb of a
 * clause opened by a subordinator may stand: past its object and a phrase
 * after it ("after the banker entered the race for the board with harsh words
 * about farmers, calling"; 10 before names round 40).
 */
const MAX_SUBORDINATE_BACK = 14;

/**
 * The subject of the clause opened by one of {@link PARTICIPLE_CLAUSE_OPENERS} that ends at the comma
 * `comma` before a participle ("..., when protesters rushed the stage,
 * shouting"): a name, or a description of people or a group, standing right
 * before the clause's finite verb; null otherwise.
 */
function subordinateSubject(doc: Doc, comma: number, sentenceFirst: number, speakerBefore: SpeakerSearch): Mention | null {
  for (let v = comma - 1; v > sentenceFirst && v >= comma - MAX_SUBORDINATE_BACK; v--) {
    const t = tokenAt(doc, v);
    if (isMarkToken(t.value) || /^[,;:]$/.test(t.value) || DASHES.has(t.value)) return null;
    // (a progressive verb group is finite too: "as Lee is increasingly relying on her deputy, mentioning")
    if (t.pos !== 'VERB' || (/ing$/.test(t.lower) && !isProgressive(doc, v, sentenceFirst)) || !/^\p{Ll}/u.test(t.value)) continue;
    const first = verbGroupStart(doc, v, sentenceFirst);
    const m = speakerBefore(doc, first, sentenceFirst);
    if (!m || m.last !== first) return null;
    // (a short adjunct may stand between the subordinator and the subject: "though in a radio interview last week she used")
    const opener = subordinatorBefore(doc, m.first, sentenceFirst);
    if (opener < 0) return null;
    // (a progressive only after a subordinator: "the mayor and her aides are courting him, pointing to" joins two nouns)
    if (first !== v && /ing$/.test(t.lower) && SECOND_CLAUSE_CONJUNCTIONS.has(tokenAt(doc, opener).lower)) return null;
    if (m.kind === 'pronoun') return THIRD_PERSON_SPEAKER_PRONOUNS.has(m.name.toLowerCase()) ? m : null;
    if (m.antecedent !== undefined) return null;
    if (m.kind === 'name') return isPeopleKind(kindOfName(m.name)) ? m : null;
    const head = kindOfHead(tokenAt(doc, m.head ?? m.last - 1).lower);
    return isPeopleKind(head) ? m : null;
  }
  return null;
}

/** True when the verb in -ing at `v` follows a form of "be" (adverbs between passed over): "is relying", "was quietly drafting". */
function isProgressive(doc: Doc, v: number, sentenceFirst: number): boolean {
  let j = v - 1;
  while (j > sentenceFirst && tokenAt(doc, j).pos === 'ADV') j--;
  return j >= sentenceFirst && tokenAt(doc, j).pos === 'AUX' && PROGRESSIVE_BE_FORMS.has(tokenAt(doc, j).lower);
}

/** How far back from a relative pronoun the main verb whose object it follows may stand ("announced new support from mothers who"). */
const MAX_OBJECT_BACK = 10;

/**
 * The subject of the main verb whose object a restrictive relative clause at
 * `who` (no comma before it) describes, when a cue after "and" or "but" closes
 * that clause: "Ann Lee thanked the aides who quit but said", "The board announced
 * support from parents who lost children and said". The subject stands right
 * before the verb group and opens the sentence or a clause; a name, a pronoun,
 * or a description of a person, a group or an organisation. Null otherwise.
 */
function objectRelativeOwner(doc: Doc, who: number, sentenceFirst: number, speakerBefore: SpeakerSearch): Mention | null {
  const prev = tokenAt(doc, who - 1);
  if (prev.value === ',' || DASHES.has(prev.value) || isMarkToken(prev.value)) return null;
  for (let v = who - 1; v > sentenceFirst && v >= who - MAX_OBJECT_BACK; v--) {
    const t = tokenAt(doc, v);
    if (isMarkToken(t.value) || /^[,;:]$/.test(t.value) || DASHES.has(t.value) || t.pos === 'AUX') return null;
    if (t.pos !== 'VERB') continue;
    if (/ing$/.test(t.lower) || !/^\p{Ll}/u.test(t.value)) return null;
    const first = verbGroupStart(doc, v, sentenceFirst);
    const m = speakerBefore(doc, first, sentenceFirst);
    if (!m || m.last !== first || !opensSentenceClause(doc, m.first, sentenceFirst)) return null;
    if (m.kind === 'pronoun') return PERSON_SUBJECT_PRONOUNS.has(m.name.toLowerCase()) ? m : null;
    if (m.kind === 'name') return m.antecedent === undefined ? m : null;
    return kindOfHead(tokenAt(doc, m.head ?? m.last - 1).lower) !== 'unknown' ? m : null;
  }
  return null;
}

/**
 * True when "or" or "nor" at `k` joins a verb of saying before it to the cue
 * after it: "would neither confirm nor deny that", "did not confirm or deny".
 */
function saidOrSaid(doc: Doc, k: number, floor: number): boolean {
  const or = tokenAt(doc, k);
  const verb = maybeToken(doc, k - 1);
  return (or.lower === 'or' || or.lower === 'nor') && k - 1 > floor && verb !== undefined && verb.pos === 'VERB' && CUE_VERBS.has(verb.lemma);
}

/** How many tokens {@link relativeScanStart} leaves to the plain scan before it asks the sentence's index. */
const NEAR_RELATIVE_SCAN = 48;

/** True for a token that ends the scan back for "who" or "which" of {@link findSharedSubject}: a comma, a quotation mark, a dash, or that word itself. */
function endsRelativeScan(doc: Doc, w: number): boolean {
  const t = tokenAt(doc, w);
  return t.value === ',' || isMarkToken(t.value) || DASHES.has(t.value) || WHO_WHICH_RELATIVES.has(t.lower);
}

/**
 * Where the scan back from token `from` for "who" or "which" of
 * {@link findSharedSubject} may start: `from` itself when a token that ends
 * the scan stands within a few tokens, else the latest such token at or
 * before `from` (the sentence's first token when there is none), read from an
 * index of the sentence made once: a long sentence without commas of many
 * coordinated cues ("... and said ... and said ...") would read its words
 * back for every cue. The scan reads the same tokens from there on.
 */
function relativeScanStart(doc: Doc, from: number, sentence: Segment): number {
  const near = Math.max(sentence.first, from - NEAR_RELATIVE_SCAN);
  for (let w = from; w > near; w--) if (endsRelativeScan(doc, w)) return w;
  if (near === sentence.first) return near;
  let index = RELATIVE_SCAN_INDEX.get(doc);
  if (index === undefined || index.first !== sentence.first) {
    // latest[j]: the latest token at or before sentence.first + j that ends the scan (sentence.first when none)
    const latest = new Int32Array(sentence.last - sentence.first);
    let last = sentence.first;
    for (let w = sentence.first + 1; w < sentence.last; w++) {
      if (endsRelativeScan(doc, w)) last = w;
      latest[w - sentence.first] = last;
    }
    latest[0] = sentence.first;
    index = { first: sentence.first, latest };
    RELATIVE_SCAN_INDEX.set(doc, index);
  }
  return index.latest[from - sentence.first]!;
}

/** The index of {@link relativeScanStart} for the latest long sentence asked about, by document. */
const RELATIVE_SCAN_INDEX = new WeakMap<Doc, { first: number; latest: Int32Array }>();

/**
 * The sentence subject shared by a participle or a coordinated cue: "Lindqvist mocked it, saying ...", "X arrived and repeatedly said ...".
 * `speakerBefore` is the search of before/speaker-before.ts (see {@link SpeakerSearch}), always the same one: the answer is remembered by cue alone.
 */
export function sharedSubject(doc: Doc, cueFirst: number, cueHead: number, speakerBefore: SpeakerSearch): Mention | null {
  // several rules ask for the same cue's shared subject (about a fifth of the calls over news articles)
  return remembered(FOUND_SHARED, doc, cueFirst, cueHead, findSharedSubject, speakerBefore);
}

/**
 * {@link sharedSubject} by document and by cue (first token and head); the
 * tokens of a document never change once it is prepared.
 */
const FOUND_SHARED: MentionMemo = new WeakMap();

/**
 * Drops what {@link sharedSubject} remembers of `doc`: an ask after that works
 * the answer out again, the same as a remembered one.
 */
export function forgetSharedSubjects(doc: Doc): void {
  FOUND_SHARED.delete(doc);
}

/** {@link sharedSubject}, worked out. */
function findSharedSubject(doc: Doc, cueFirst: number, cueHead: number, speakerBefore: SpeakerSearch): Mention | null {
  const sentence = doc.sentences[tokenAt(doc, cueHead).sent]!;
  let k = cueFirst - 1;
  // ("but has since said", "and had not yet revealed": auxiliaries and adverbs stand between the conjunction and the cue)
  while (k > sentence.first && (tokenAt(doc, k).pos === 'ADV' || (tokenAt(doc, k).pos === 'AUX' && /^\p{Ll}/u.test(tokenAt(doc, k).value)) || SHARED_CUE_GROUP_WORDS.has(tokenAt(doc, k).lower))) k--;
  // "Noting that X, Okoro added", "After suggesting that X, Mr. Brisco ...": a participle opening the sentence
  // takes the subject that follows its clause
  // (and "Having announced that X, Judge Lee ...": a perfect participle)
  const having = k === cueFirst - 1 && tokenAt(doc, k).lower === 'having';
  if ((/ing$/.test(tokenAt(doc, cueHead).lower) || having) && opensSentence(doc, having ? k - 1 : k, sentence.first)) return subjectAfterCommas(doc, cueHead + 1, sentence.last, 60);
  // 'needled the paper's "reporter," saying': a closing mark right after a comma stands for the comma
  // (a mark typed as two apostrophes is two tokens: 'as ''under review,'' saying')
  if (k - 2 > sentence.first && isMarkToken(tokenAt(doc, k).value) && isMarkToken(tokenAt(doc, k - 1).value) && tokenAt(doc, k - 1).end === tokenAt(doc, k).start && tokenAt(doc, k - 2).value === ',' && /ing$/.test(tokenAt(doc, cueHead).lower)) k--;
  if (k - 1 > sentence.first && isMarkToken(tokenAt(doc, k).value) && tokenAt(doc, k - 1).value === ',' && /ing$/.test(tokenAt(doc, cueHead).lower)) k--;
  const before = maybeToken(doc, k);
  if (!before || k <= sentence.first) return null;
  // "..., saying", "... - saying", and "before saying", "by saying", "upon saying"
  // (and "aside from stating", but not "kept them from saying", whose subject is the object)
  const asideFrom = before.lower === 'from' && ASIDE_WORDS.has(maybeToken(doc, k - 1)?.lower ?? '');
  // ("faulted her for saying that ...": the one who faults reports it; only before a reported clause, not an object:
  // "praised for speaking out about ...")
  const forClause = before.lower !== 'for' || clauseFollows(doc, cueHead, sentence.last);
  const participle = (before.value === ',' || DASHES.has(before.value) || GERUND_PREPOSITIONS.has(before.lower) || asideFrom) && /ing$/.test(tokenAt(doc, cueHead).lower) && forClause;
  // (and "X paused, then revealed")
  // (and "would neither confirm nor deny", "did not confirm or deny": a verb of saying joined by "or" or "nor")
  const coordinated = before.lower === 'and' || before.lower === 'but' || (before.value === ',' && tokenAt(doc, cueFirst).lower === 'then') || saidOrSaid(doc, k, sentence.first);
  // "went on to say", "went on to add": the subject of "went"
  const wentOn = before.lower === 'to' && maybeToken(doc, k - 1)?.lower === 'on' && maybeToken(doc, k - 2)?.lemma === 'go';
  // "waited by the gate to insist", "took pains to stress", "spoke up, ..., to argue": an infinitive of purpose
  // takes the subject of the clause's verb (not after a verb that hands the infinitive to its object: "asked him to say")
  const purpose = !wentOn && before.lower === 'to' && before.pos === 'PART' && purposeInfinitive(doc, k, sentence.first);
  // "Reyes wins the state, vows to press on", "The agency hid facts, admitted it ...": a finite verb after a comma
  // (not after a quotation, where an inverted cue names its speaker after it: '"...," said Lee')
  const head = tokenAt(doc, cueHead);
  const commaVerb = before.value === ',' && k === cueFirst - 1 && !isMarkToken(tokenAt(doc, k - 1).value) && cueFirst === cueHead && head.pos === 'VERB' &&
    /^\p{Ll}.*(s|ed)$/u.test(head.value) && COMMA_VERB_COMPLEMENTS.has(maybeToken(doc, cueHead + 1)?.lower ?? '');
  if (!participle && !coordinated && !wentOn && !commaVerb && !purpose) return null;
  // '"...," Morrow said, adding that ...', '... said Mr. Dunmore, adding', 'Ebbe said on the radio, adding':
  // the speaker of the verb of saying shortly before the comma
  if (participle && before.value === ',') {
    for (let v = k - 1; v >= Math.max(sentence.first, k - MAX_SAID_BACK); v--) {
      const said = tokenAt(doc, v);
      if (isMarkToken(said.value)) break;
      // (a verb the tagger reads after a determiner or a name is a noun: "a Twitter comment")
      const prev = tokenAt(doc, v - 1);
      // (but a past tense right before the comma is the verb: '"...," the clerk recalled, adding'; only when the
      // determiner opens the clause, not in "praised the changes the board announced, adding")
      const det = prev.pos === 'DET' ? v - 1 : v - 2;
      // (so is an irregular past or a present after a determiner that opens the clause, before the comma or before
      // the verb's object: "Taxes must fall, the mayor said, adding", "..., the mayor told reporters, adding",
      // "..., the mayor says, adding"; a plain present after a plural noun before the comma: "..., the mayors say, adding")
      // (also after a plural that does not end in -s, "..., the people say, adding", and when the tagger reads the
      // present after the plural as a noun: "..., the mayors claim, adding")
      const pluralPresent = v === k - 1 && /^\p{Ll}+$/u.test(said.value) && said.lower === said.lemma && prev.pos === 'NOUN' &&
        (prev.lower !== prev.lemma || COLLECTIVE_PEOPLE.has(prev.lower) || IRREGULAR_PERSON_PLURALS.has(prev.lower));
      const pastBeforeComma = (v === k - 1 ? /ed$/.test(said.lower) || finiteForm(said) || pluralPresent : finiteForm(said)) && opensClause(doc, det, sentence.first);
      const afterDeterminer = !pastBeforeComma && (prev.pos === 'DET' || (/^(PROPN|ADJ|NOUN)$/.test(prev.pos) && tokenAt(doc, v - 2).pos === 'DET'));
      if ((said.pos !== 'VERB' && !(pluralPresent && said.pos === 'NOUN')) || !SAYING_CATEGORIES.has(CUE_VERBS.get(said.lemma) ?? '') || afterDeterminer) continue;
      // the verb's auxiliaries belong to it ("had mocked"); the words after it are its object,
      // a speaker only when the verb is inverted after a quotation ('"...," said Mr. Dunmore, adding')
      let verbFirst = v;
      while (verbFirst - 1 > sentence.first && tokenAt(doc, verbFirst - 1).pos === 'AUX') verbFirst--;
      // (further back than a few words, only a verb inverted right after a quotation: '"...," said Ann Lee during
      // the debate in Denver, suggesting')
      if (v < k - NEAR_SAID && !(v + 1 < k && isInverted(doc, verbFirst, sentence.first))) break;
      const floor = Math.max(sentence.first, verbFirst - 12);
      // (a bare verb of saying inverted after a comma names its speaker after it too: "Taxes will rise, said Tom
      // Reyes, adding that ..."; the words before the comma are what was said, not its subject)
      const commaInverted = v + 1 < k && verbFirst === v && said.lemma === 'say' && tokenAt(doc, v - 1).value === ',' ? speakerAfter(doc, v + 1, k) : null;
      if (commaInverted) return commaInverted;
      const speaker = speakerBefore(doc, verbFirst, floor) ?? (v + 1 < k && isInverted(doc, verbFirst, sentence.first) ? speakerAfter(doc, v + 1, k) : null);
      if (speaker) return speaker;
      break;
    }
  }
  // "The trouble began when protesters rushed the stage, shouting": a participle after the verb of a
  // clause opened by when, as or while takes that clause's subject, not the sentence's
  if (participle && before.value === ',') {
    const subject = subordinateSubject(doc, k, sentence.first, speakerBefore);
    if (subject) return subject;
    // "A jury charged the guard and Varga fired her chief, acknowledging": the nearer clause's subject after "and"
    const joined = conjoinedClauseSubject(doc, k, sentence.first, speakerBefore);
    if (joined) return joined;
  }
  // "the mayor who opened her term by promising", "who likes the job and is saying":
  // a cue inside a relative clause shares the relative pronoun (no comma between them)
  if (!(participle && before.value === ',')) {
    for (let w = relativeScanStart(doc, k - 1, sentence); w > sentence.first; w--) {
      const t = tokenAt(doc, w);
      if (t.value === ',' || isMarkToken(t.value) || DASHES.has(t.value)) break;
      if (WHO_WHICH_RELATIVES.has(t.lower)) {
        // ("Ann Lee thanked the aides who quit but said": a cue after "and" or "but" goes with the main verb whose object
        // the restrictive relative clause describes; its subject speaks)
        // ("The pact, which Ortiz called a disaster and vowed to scrap": the relative word is the object; the clause's subject speaks)
        const inner = coordinated ? objectRelativeSubject(doc, w, k, speakerBefore) : null;
        if (inner) return inner;
        const owner = coordinated ? objectRelativeOwner(doc, w, sentence.first, speakerBefore) : null;
        if (owner) return owner;
        const relative = speakerBefore(doc, w + 1, sentence.first);
        if (relative?.kind === 'pronoun' && relative.antecedent) return relative;
        break;
      }
    }
  }
  // "with Lee tweeting that ... and asking", "officials stressing ... and vowing": a gerund after "and"
  // shares the subject of the gerund it is coordinated with
  if (coordinated && before.value !== ',' && /ing$/.test(head.lower)) {
    const subject = coordinatedGerundSubject(doc, k, sentence.first, speakerBefore);
    if (subject) return subject;
  }
  // "When asked about it, he laughed and said": the subject of the verb the cue is coordinated with
  if (coordinated && before.value !== ',') {
    const subject = coordinatedVerbSubject(doc, k, sentence.first, speakerBefore, SAYING_CATEGORIES.has(CUE_VERBS.get(head.lemma) ?? ''));
    if (subject) return subject;
  }
  // (from the start of a sentence cut inside a word: "Rep. X (D-N.Y.) reacted ..., saying")
  const floor = joinedFloor(doc, sentence.first);
  // ("Officers with no stake in it but with years in the field chafed ... and said": a subject with long modifiers)
  const subject = sentenceSubject(doc, floor, wentOn ? k - 2 : k);
  // ("Parents of children enrolled at the school met ... and said": a participle right after the subject's noun
  // modifies it, and the subject runs on to the verb after its modifiers, with no comma in between)
  if (subject?.kind === 'description' && coordinated && !wentOn) {
    const end = participlePhraseEnd(doc, subject.last, k);
    if (end > subject.last) {
      const stop = tokenAt(doc, end - 1).end;
      return mentionWith(subject, { last: end, end: stop, name: nameText(doc, tokenAt(doc, subject.first).start, stop) });
    }
  }
  return subject ?? ((coordinated || participle) && !wentOn ? longSubjectBeforeVerb(doc, floor, k) : null);
}

/** How many tokens a participle phrase after a subject may run, its verb included. */
const MAX_PARTICIPLE_PHRASE = 8;

/**
 * Where the participle phrase that modifies the subject ending before token
 * `k` ends, when one does: a participle in -ed right after the subject's noun,
 * with a preposition after it, then nouns, adjectives, determiners and
 * prepositions only, up to the clause's own verb before `before` ("Parents of
 * children enrolled at the school | met on Monday and said"); `k` when there
 * is none.
 */
function participlePhraseEnd(doc: Doc, k: number, before: number): number {
  const t = maybeToken(doc, k);
  const next = maybeToken(doc, k + 1);
  if (t === undefined || next === undefined || k + 2 >= before || t.pos !== 'VERB' || !/ed$/.test(t.lower) || t.lower === t.lemma || next.pos !== 'ADP' || !/^(NOUN|PROPN)$/.test(tokenAt(doc, k - 1).pos)) return k;
  for (let j = k + 2; j < before && j <= k + MAX_PARTICIPLE_PHRASE; j++) {
    const w = tokenAt(doc, j);
    if (w.pos === 'VERB' && /^\p{Ll}/u.test(w.value) && !/ing$/.test(w.lower) && /^(NOUN|PROPN)$/.test(tokenAt(doc, j - 1).pos)) return j;
    if (!/^(NOUN|PROPN|ADJ|DET|ADP|NUM)$/.test(w.pos)) return k;
  }
  return k;
}
