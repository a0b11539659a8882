/**
 * Noun-phrase finding over POS tags: the speaker next to a cue, with titles,
 * possessives, appositives and prepositional tails ("a spokesman for the
 * campaign", "a source familiar with the talks").
 * @internal
 */
import type { Doc, Token } from '../prepare/document.js';
import type { Mention, MentionKind } from '../attribution/candidate.js';
import { PRONOUNS } from '../data/pronouns.js';
import { isMarkToken } from '../prepare/lookup.js';
import { TITLE_WORDS, NAME_SUFFIXES } from '../data/titles.js';
import { PEOPLE_NOUNS, DOCUMENT_NOUNS, ORGANIZATION_NOUNS, ORGANIZATION_OF } from '../data/people.js';
import { CUE_VERBS } from '../data/cues.js';
import { FIRST_NAMES } from '../data/names.js';
import { DAY_WORDS, MONTH_WORDS, TIME_ADVERBS } from '../data/time.js';
import { isPlaceName, isStateAbbreviation } from './kinds.js';

const NP_INNER = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM']);
/** Words that open a time phrase: "on Friday", "last week", "this morning". */
const TIME_LEADS = new Set(['on', 'last', 'this', 'early', 'late', 'earlier', 'later', 'next', 'in']);
/** Words a time phrase is made of. */
const TIME_WORDS = new Set([...DAY_WORDS, ...MONTH_WORDS, ...TIME_ADVERBS.filter((w) => w !== 'recently' && w !== 'later' && w !== 'earlier')]);
/** Capitalised words that the tagger calls proper nouns but that never name a speaker. */
const NOT_NAMES = new Set([...MONTH_WORDS, ...DAY_WORDS]);
const DASHES = new Set(['\u2014', '\u2013', '-', '--']);
const TAIL_PREPOSITIONS = new Set(['of', 'for', 'at', 'with', 'from', 'in', 'to', 'on']);
const NOT_SPEAKERS = new Set([
  'that', 'this', 'which', 'what', 'who', 'it', 'there', 'here', 'one', 'ones', 'something', 'nothing', 'anything',
  'everything', 'thing', 'things', 'way', 'time', 'times', 'day', 'week', 'year', 'years', 'month', 'months',
  'morning', 'afternoon', 'evening', 'night', 'interview', 'hours', 'days', 'weeks', 'minutes', 'moments', 'decades', 'later',
  ...DAY_WORDS,
  ...MONTH_WORDS.filter((m) => m !== 'may'),
]);

/** Strips a final period from a title word: "Sen." -> "sen". */
export function titleKey(value: string): string {
  const lower = value.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/** True when a token can be part of a name (a proper noun, a capitalised word the tagger misread). */
export function isNameToken(t: Token, doc: Doc): boolean {
  if (t.pos !== 'PROPN' && (!/^\p{Lu}/u.test(t.value) || t.value.length < 2)) return false;
  const prev = doc.tokens[t.i - 1];
  const next = doc.tokens[t.i + 1];
  const opensSentence = !prev || prev.sent !== t.sent || isMarkToken(prev.value);
  if (t.pos === 'PROPN') return !NOT_NAMES.has(t.lower) && !(opensSentence && PEOPLE_NOUNS.has(t.lower));
  // a capitalised common noun that opens a sentence ("Officials said") is not a name
  if (t.pos === 'NOUN' || t.pos === 'ADJ') return !(opensSentence && PEOPLE_NOUNS.has(t.lower));
  if (t.pos !== 'VERB') return false;
  // a capitalised verb form inside a name ("The Associated Press"), or a name
  // the tagger took for a verb before a cue ("Lynch said"), never first in a sentence
  if (next && next.para === t.para && next.pos === 'PROPN') return true;
  // a surname after a first name ("Oliver K. Hedge"), unless it is a verb of saying ("Trump Says")
  if (prev && prev.sent === t.sent && prev.pos === 'PROPN' && !CUE_VERBS.has(t.lemma)) return true;
  return prev !== undefined && prev.sent === t.sent && next !== undefined && next.pos === 'VERB' && !/^\p{Lu}/u.test(next.value);
}

function isPossessive(t: Token | undefined): boolean {
  return t !== undefined && (t.lower === "'s" || t.lower === '\u2019s' || t.lower === "'" || t.lower === '\u2019') && t.pos === 'PART';
}

/** True when token `k` is a hyphen joining two words with no space: "Lane-Eakins", "Min-jun". */
export function isInnerHyphen(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  const prev = doc.tokens[k - 1];
  const next = doc.tokens[k + 1];
  return t !== undefined && prev !== undefined && next !== undefined && (t.value === '-' || t.value === '\u2010') &&
    prev.end === t.start && t.end === next.start && prev.para === next.para;
}

/**
 * One past the end of a party-state code starting at token `k` ("R-Tenn.",
 * "D-Ore", "I-Vt."), or `k` when there is none. Such codes are neither names
 * nor descriptions.
 */
export function partyCodeEnd(doc: Doc, k: number): number {
  const tokens = doc.tokens;
  const party = tokens[k];
  if (!party || !/^[RDI]$/.test(party.value) || !isInnerHyphen(doc, k + 1)) return k;
  const state = tokens[k + 2]!;
  if (!isStateAbbreviation(state.value) && !isPlaceName(state.value)) return k;
  return tokens[k + 3]?.value === '.' && tokens[k + 3]!.start === state.end ? k + 4 : k + 3;
}

/** Builds a mention for tokens [first, last). */
export function makeMention(doc: Doc, first: number, last: number): Mention | null {
  if (first >= last) return null;
  const tokens = doc.tokens;
  const head = tokens[last - 1]!;
  if (head.pos === 'PRON') {
    if (!PRONOUNS.has(head.lower) || last - first !== 1) return null;
    return { first, last, start: head.start, end: head.end, kind: 'pronoun', titles: [], name: head.value };
  }
  // two names joined by "and" ("Smith and Jones said") speak together under both names
  for (let k = first + 1; k < last - 1; k++) {
    if (tokens[k]!.lower === 'and' && isNameToken(tokens[k - 1]!, doc) && isNameToken(tokens[k + 1]!, doc)) {
      const left = makeMention(doc, first, k);
      const right = makeMention(doc, k + 1, last);
      if (left?.kind === 'name' && right?.kind === 'name') {
        return { first, last, start: tokens[first]!.start, end: head.end, kind: 'name', titles: [], name: `${left.name} and ${right.name}` };
      }
    }
  }
  // "Rep. Ann Cole of California", "analysts at Jefferies": a place or organisation after
  // of/in/at/from/for describes the speaker; "the Federal Bureau of Mines" stays whole
  const tail = describingTail(doc, first, last);
  if (tail !== null) return tail;
  // the name is the run of capitalised words at the end of the phrase, without the
  // titles in front of it: "Senate Majority Leader Mitch McConnell", "Council member Tom Reyes"
  let nameStart = last;
  while (nameStart - 1 >= first) {
    const t = tokens[nameStart - 1]!;
    // "of" inside an organisation's name: "the Federal Bureau of Mines", "Department of Energy"
    const orgOf = t.lower === 'of' && nameStart < last && nameStart - 2 >= first && ORGANIZATION_OF.has(tokens[nameStart - 2]!.lower) && /^\p{Lu}/u.test(tokens[nameStart - 2]!.value);
    const inName = isNameToken(t, doc) || NAME_SUFFIXES.has(t.lower) || orgOf || ((t.value === '.' || t.value === '&' || DASHES.has(t.value)) && nameStart < last);
    if (!inName) break;
    nameStart--;
  }
  while (nameStart < last - 1 && TITLE_WORDS.has(titleKey(tokens[nameStart]!.value))) nameStart++;
  // a known first name starts the name: "Chief Engineer Paul Okafor", "Transport Commissioner Paul Okafor"
  for (let k = nameStart + 1; k < last - 1; k++) {
    if (FIRST_NAMES.has(tokens[k]!.lower) && !FIRST_NAMES.has(tokens[k - 1]!.lower)) {
      nameStart = k;
      break;
    }
  }
  const head_ = tokens[last - 1]!;
  // "Mr. King", "Dr. Judge": after an honorific a title word is a surname
  const afterHonorific = nameStart === last - 1 && nameStart > first && HONORIFICS.has(titleKey(tokens[nameStart - 1]!.value));
  const isName = nameStart < last && (isNameToken(head_, doc) || NAME_SUFFIXES.has(head_.lower)) && (afterHonorific || !TITLE_WORDS.has(titleKey(tokens[nameStart]!.value)));
  const start = tokens[first]!.start;
  const end = head.end;
  if (!isName) return { first, last, start, end, kind: 'description', titles: [], name: doc.text.slice(start, end), ...descriptionHead(doc, first, last) };
  return { first, last, start, end, kind: 'name', titles: titlePhrases(doc, first, nameStart), name: doc.text.slice(tokens[nameStart]!.start, end) };
}

/**
 * The titles before a name as phrases: "Chief Executive Officer" is one title,
 * "Sen." and "Prime Minister" two; determiners, possessives and commas separate them.
 */
function titlePhrases(doc: Doc, first: number, nameStart: number): string[] {
  const tokens = doc.tokens;
  const titles: string[] = [];
  let from = -1;
  const close = (to: number): void => {
    if (from >= 0) titles.push(doc.text.slice(tokens[from]!.start, tokens[to - 1]!.end));
    from = -1;
  };
  for (let j = first; j < nameStart; j++) {
    const t = tokens[j]!;
    if (isInnerHyphen(doc, j)) continue;
    if (t.pos === 'DET' || t.pos === 'PRON' || (t.pos === 'PUNCT' && t.value !== '.') || isPossessive(t)) {
      close(j);
      continue;
    }
    if (t.value === '.') continue;
    // an abbreviated title ends its phrase: "Sen." then "Majority Leader"
    const prev = tokens[j - 1];
    if (from >= 0 && prev !== undefined && (prev.value === '.' || prev.value.endsWith('.'))) close(j);
    if (from < 0) from = j;
  }
  close(nameStart);
  return titles.map((t) => t.replace(/\s+/g, ' '));
}

/**
 * The head of a description when it is not its last word: the last noun before
 * a preposition ("sources familiar with the talks" -> sources, "aides close to
 * Clinton" -> aides).
 */
function descriptionHead(doc: Doc, first: number, last: number): { head?: number } {
  const tokens = doc.tokens;
  let head = -1;
  let counted = false;
  for (let k = first; k < last; k++) {
    const t = tokens[k]!;
    // "most of the candidates", "74 percent of voters": the head is the counted noun
    if (t.lower === 'of' && (head < 0 || isCount(tokens[head]!) || (k > first && isCount(tokens[k - 1]!)))) {
      head = -1;
      counted = true;
      continue;
    }
    if (k === first && t.lower === 'at' && tokens[k + 1]?.lower === 'least') {
      k++;
      continue;
    }
    if (t.pos === 'ADP' || (t.pos === 'ADJ' && tokens[k + 1]?.pos === 'ADP')) return head >= 0 ? { head } : {};
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = k;
  }
  return counted && head >= 0 && head < last - 1 ? { head } : {};
}

/** A word that counts: "most", "half", "percent", "majority". */
function isCount(t: Token): boolean {
  return QUANTIFIERS.has(t.lower) || COUNT_NOUNS.has(t.lower) || t.pos === 'NUM';
}

/** True when a cue starting at `k` is passive: a form of "be" or "get" and a past participle ("was revealed", "were told"). */
export function isPassiveAt(doc: Doc, k: number): boolean {
  const tokens = doc.tokens;
  // "was told", "had been told", "has been reported", "'s been reported"
  let j = k;
  let be = false;
  while (tokens[j] && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'PART') && j - k < 5) {
    if (tokens[j]!.pos === 'AUX' && (tokens[j]!.lemma === 'be' || tokens[j]!.lemma === 'get')) be = true;
    j++;
  }
  if (!be) return false;
  const verb = tokens[j];
  // "was quoted as saying": the subject is quoted, so it speaks
  if (verb?.lower === 'quoted' && tokens[j + 1]?.lower === 'as' && /ing$/.test(tokens[j + 2]?.lower ?? '')) return false;
  return verb !== undefined && verb.pos === 'VERB' && /(ed|own|wn|ld|lt|ght|id|en|ne)$/.test(verb.lower) && !/ing$/.test(verb.lower) && verb.lower !== verb.lemma;
}

/** Honorifics after which any capitalised word is a surname. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sen', 'rep', 'gov']);

const DESCRIBING_PREPOSITIONS = new Set(['of', 'in', 'at', 'from', 'for', 'to', 'with', 'on']);

/**
 * A phrase "X of/in/at/from/for Y" whose Y is a capitalised name (a place or an
 * organisation): the speaker is X, and Y only describes it. Returns the
 * mention, or null when the phrase is not of that shape: an organisation name
 * with "of" ("the Federal Bureau of Mines", "Department of Energy"), a title
 * with "of" before a person ("Secretary of State John Kerry").
 */
function describingTail(doc: Doc, first: number, last: number): Mention | null {
  const tokens = doc.tokens;
  for (let k = first + 1; k < last - 1; k++) {
    const prep = tokens[k]!;
    if (!DESCRIBING_PREPOSITIONS.has(prep.lower)) continue;
    let y = k + 1;
    if (tokens[y]!.pos === 'DET' && y < last - 1) y++;
    if (!/^\p{Lu}/u.test(tokens[y]!.value)) continue;
    const before = tokens[k - 1]!;
    if (prep.lower === 'of' && /^\p{Lu}/u.test(before.value) && ORGANIZATION_OF.has(before.lower)) continue;
    // only titles before the preposition: "Secretary of State Kerry" is a title phrase
    let allTitles = true;
    for (let j = first; j < k; j++) {
      const t = tokens[j]!;
      if (t.value === '.') continue;
      if (t.pos === 'DET' || !/^\p{Lu}/u.test(t.value) || !TITLE_WORDS.has(titleKey(t.value))) allTitles = false;
    }
    if (allTitles) return null;
    // a person named at the end: "Director of Government Affairs Phil Smith"
    let run = last;
    while (run - 1 > k && isNameToken(tokens[run - 1]!, doc)) run--;
    if (last - run >= 2 && FIRST_NAMES.has(tokens[run]!.lower)) return null;
    const head = makeMention(doc, first, k);
    if (head === null || head.kind === 'pronoun') return null;
    const start = tokens[first]!.start;
    const end = tokens[last - 1]!.end;
    if (head.kind === 'name') return { ...head, last, end };
    // "74 percent of Democratic voters": a count is not the head; the counted people are
    const counted = prep.lower === 'of' && isCount(tokens[k - 1]!);
    const whole = counted ? descriptionHead(doc, first, last).head ?? last - 1 : head.head ?? k - 1;
    return { first, last, start, end, kind: 'description', titles: [], name: doc.text.slice(start, end), head: whole };
  }
  return null;
}

/** True when the phrase can be a speaker: a person noun, a name, a pronoun, a document or outlet. */
export function canSpeak(doc: Doc, m: Mention): boolean {
  const head = doc.tokens[m.last - 1]!;
  if (m.kind === 'pronoun' || m.kind === 'name') return true;
  if (NOT_SPEAKERS.has(head.lower)) return false;
  // the subject of a cue speaks for itself: any noun but the few that never do
  return head.pos === 'NOUN' || head.pos === 'PROPN' || PEOPLE_NOUNS.has(head.lower) || DOCUMENT_NOUNS.has(head.lower) || ORGANIZATION_NOUNS.has(head.lower) || isNameToken(head, doc) || TITLE_WORDS.has(head.lower);
}

/** Start of the noun phrase that ends with token `end - 1`, or -1. */
function phraseStartBefore(doc: Doc, end: number, floor: number): number {
  const tokens = doc.tokens;
  const head = tokens[end - 1];
  if (!head || end - 1 < floor) return -1;
  if (head.pos === 'PRON') return end - 1;
  // a noun, a name, or a person word the tagger called an adjective ("SEIU chief says")
  // also an adjective or adverb the tagger gave a noun after "the": "the daily wrote", "the local said"
  const personWord = (head.pos === 'ADJ' && (PEOPLE_NOUNS.has(head.lower) || TITLE_WORDS.has(head.lower))) ||
    ((head.pos === 'ADJ' || head.pos === 'ADV') && end - 2 >= floor && tokens[end - 2]!.pos === 'DET' && !/ly$/.test(head.lower));
  if (!(head.pos === 'NOUN' || head.pos === 'PROPN' || personWord || isNameToken(head, doc))) return -1;
  let k = end - 1;
  while (k - 1 >= floor) {
    const t = tokens[k - 1]!;
    if (t.para !== head.para) break;
    if (NP_INNER.has(t.pos) || t.pos === 'DET' || isPossessive(t) || isNameToken(t, doc) || (t.value === '.' && isNameToken(tokens[k]!, doc) && k - 2 >= 0 && /^\p{Lu}$/u.test(tokens[k - 2]!.value))) {
      if (t.pos === 'DET') {
        k--;
        break;
      }
      k--;
      continue;
    }
    // "(retd)" after a rank: "Lt. Col. (retd) John Baker"
    if (t.value === ')' && tokens[k - 3]?.value === '(' && tokens[k - 4] && TITLE_WORDS.has(titleKey(tokens[k - 4]!.value))) {
      k -= 3;
      continue;
    }
    // hyphenated names
    if ((t.value === '-' || t.value === '\u2010') && ((isNameToken(tokens[k - 2] ?? t, doc) && isNameToken(tokens[k]!, doc)) || isInnerHyphen(doc, k - 1)) && k - 2 >= floor) {
      k -= 2;
      continue;
    }
    // a participle used as an adjective inside the phrase: "Democratic registered voters", "the newly elected mayor"
    const inner = tokens[k - 2];
    if (t.pos === 'VERB' && /ed$/.test(t.lower) && k - 2 >= floor && inner !== undefined && (inner.pos === 'ADJ' || inner.pos === 'DET' || inner.pos === 'NUM' || inner.pos === 'ADV' || isPossessive(inner))) {
      k--;
      continue;
    }
    // the second half of a hyphenated word: "Texas-based", "61-year-old"
    if (k - 2 > floor && isInnerHyphen(doc, k - 2) && /^[\p{L}\p{N}]/u.test(t.value)) {
      k--;
      continue;
    }
    if ((t.lower === 'and' || t.value === '&') && isNameToken(tokens[k]!, doc) && tokens[k - 2] && isNameToken(tokens[k - 2]!, doc) && tokens[k - 2]!.pos === 'PROPN') {
      // "Smith and Jones said": both speak; keep the pair as one mention
      k--;
      continue;
    }
    break;
  }
  // possessive pronoun determiners: "his spokesman"
  if (k - 1 >= floor && tokens[k - 1]!.pos === 'PRON' && /^(his|her|their|its|our|my)$/.test(tokens[k - 1]!.lower)) k--;
  return k;
}

/** Skips a comma- or dash-delimited appositive or a parenthesis that ends at `end - 1`; returns the new end. */
function skipAppositive(doc: Doc, end: number, floor: number): number {
  const tokens = doc.tokens;
  const close = tokens[end - 1];
  if (!close || end - 1 < floor) return end;
  if (close.value === ')') {
    for (let j = end - 2; j >= Math.max(floor, end - 12); j--) if (tokens[j]!.value === '(') return j;
    return end;
  }
  if (close.value !== ',' && !DASHES.has(close.value)) return end;
  const isDash = DASHES.has(close.value);
  for (let j = end - 2; j >= Math.max(floor, end - 40); j--) {
    const t = tokens[j]!;
    if (t.sent !== close.sent && t.para !== close.para) break;
    if (isDash ? DASHES.has(t.value) : t.value === ',') return j;
    // a bare possessive apostrophe ("Sanders' adviser") is no quotation mark
    const possessive = (t.value === "'" || t.value === '\u2019') && tokens[j - 1] !== undefined && tokens[j - 1]!.end === t.start && /s$/i.test(tokens[j - 1]!.value);
    if (t.value === ';' || t.value === ':' || (isMarkToken(t.value) && !possessive)) break;
  }
  return end;
}

/** True when tokens [from, to) hold no verb and do not open a relative clause: "the party's treasurer", "Calder & Moss". */
function isNounPhrase(doc: Doc, from: number, to: number): boolean {
  if (from >= to || /^(who|whose|which|whom|that)$/.test(doc.tokens[from]!.lower)) return false;
  let noun = false;
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    if ((t.pos === 'VERB' && !isNameToken(t, doc)) || t.pos === 'AUX') return false;
    // an adverb alone ("Pakistan, nevertheless, says") is no phrase; "the daily" is
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'PRON' || isNameToken(t, doc) || (k > from && doc.tokens[k - 1]!.pos === 'DET')) noun = true;
  }
  return noun;
}

/** Prepositions before a gerund cue that shares the clause's subject: "before saying", "by saying". */
const GERUND_PREPOSITIONS = new Set(['by', 'before', 'after', 'upon', 'while', 'without']);

/** Intensifying pronouns after a subject: "Cruz himself said". */
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves']);

const SKIPPABLE_ADVERBS = new Set(['also', 'later', 'then', 'previously', 'earlier', 'recently', 'once', 'further', 'again', 'repeatedly', 'often', 'frequently', 'similarly', 'separately', 'privately', 'publicly', 'reportedly', 'allegedly', 'initially', 'now', 'still', 'even', 'simply', 'flatly', 'bluntly', 'angrily', 'quietly', 'loudly', 'firmly', 'only', 'just', 'already', 'however', 'never', 'not', 'sometimes', 'usually', 'always']);

/**
 * The speaker written before a cue: the subject of "Smith said", "Smith, the
 * treasurer, said", "General X – the army's spokesman – had told".
 */
export function speakerBefore(doc: Doc, cueFirst: number, floor: number): Mention | null {
  let end = cueFirst;
  const tokens = doc.tokens;
  // a passive cue ("it was revealed that", "Smith was asked, ...", "voters were told"): its subject is no speaker
  if (isPassiveAt(doc, cueFirst)) return null;
  // a stray comma after a parenthesis: "Sen. Jack Reed (D-R.I.), said"
  if (end - 2 >= floor && tokens[end - 1]!.value === ',' && tokens[end - 2]!.value === ')' && skipAppositive(doc, end, floor) === end) end--;
  // adverbs and time phrases between the subject and its verb: "X famously said", "The agency on Friday said"
  for (let round = 0; round < 3; round++) {
    const from = end;
    while (end - 1 >= floor && (SKIPPABLE_ADVERBS.has(tokens[end - 1]!.lower) || REFLEXIVES.has(tokens[end - 1]!.lower) || (tokens[end - 1]!.pos === 'ADV' && /ly$/.test(tokens[end - 1]!.lower)))) end--;
    let t = end;
    while (t - 1 > floor && (TIME_WORDS.has(tokens[t - 1]!.lower) || (t < end && tokens[t - 1]!.pos === 'NUM'))) t--;
    if (t < end && t - 1 > floor && TIME_LEADS.has(tokens[t - 1]!.lower)) t--;
    // a bare day or month right before the verb ("Smith Monday said") is a time phrase too
    if (t < end && t > floor && tokens[t - 1]!.pos !== 'ADP' && !TIME_LEADS.has(tokens[t]!.lower) && !DAY_WORDS.includes(tokens[t]!.lower)) t = end;
    end = t;
    if (end === from) break;
  }
  // a relative clause: "Smith, who said ..." speaks through its antecedent
  if (end - 1 >= floor && /^(who|which)$/.test(tokens[end - 1]!.value)) {
    const relative = tokens[end - 1]!;
    let e = end - 1;
    if (e - 1 >= floor && tokens[e - 1]!.value === ',') e--;
    // the antecedent is a phrase, never another relative pronoun ("who who who said" must not recurse)
    if (e - 1 >= floor && /^(who|which)$/.test(tokens[e - 1]!.value)) return null;
    const antecedent = speakerBefore(doc, e, floor);
    if (!antecedent) return null;
    return { first: relative.i, last: relative.i + 1, start: relative.start, end: relative.end, kind: 'pronoun', titles: [], name: relative.value, antecedent };
  }
  // "Smith, the treasurer, said", "Jordan (R-Ohio), a panel member, said", "X – the spokesman – said"
  let start = phraseStartBefore(doc, end, floor);
  let appositive: Mention | null = null;
  for (let round = 0; round < 3 && start < 0; round++) {
    // the token before `end` closes the appositive; in later rounds it is the comma that opened the last one
    const opener = tokens[end];
    const parenthesis = tokens[end - 1]?.value === ')';
    const close = round > 0 && !parenthesis && opener !== undefined && (opener.value === ',' || DASHES.has(opener.value)) ? end + 1 : end;
    const skipped = skipAppositive(doc, close, floor);
    if (skipped === close) break;
    const partyCode = partyCodeEnd(doc, skipped + 1) === end - 1;
    if (round === 0 && !partyCode && tokens[skipped]!.value !== '(' && isNounPhrase(doc, skipped + 1, end - 1)) appositive = makeMention(doc, skipped + 1, end - 1);
    end = skipped;
    start = phraseStartBefore(doc, end, floor);
  }
  if (start < 0) return null;
  // prepositional tails: "a spokesman for the campaign", "a source familiar with the talks"
  for (let round = 0; round < 2; round++) {
    let k = start - 1;
    if (k < floor || !TAIL_PREPOSITIONS.has(tokens[k]!.lower)) break;
    k--;
    // a quantifier: "most of the candidates", "half of voters", "one of his aides"
    if (k >= floor && tokens[k + 1]!.lower === 'of' && QUANTIFIERS.has(tokens[k]!.lower)) {
      start = k;
      continue;
    }
    while (k >= floor && tokens[k]!.pos === 'ADJ') k--;
    const s = phraseStartBefore(doc, k + 1, floor);
    if (s < 0) break;
    const m = makeMention(doc, s, k + 1);
    if (!m || m.kind === 'pronoun' || !canSpeak(doc, m)) break;
    start = s;
  }
  // "at least half of voters", "nearly half", "about 9 percent"
  while (start - 1 >= floor && (QUANTIFIERS.has(tokens[start]!.lower) || tokens[start]!.pos === 'NUM') && /^(nearly|almost|about|roughly|only|just|least|over|some|approximately|virtually)$/.test(tokens[start - 1]!.lower)) {
    start--;
    if (tokens[start]!.lower === 'least' && tokens[start - 1]?.lower === 'at' && start - 1 >= floor) start--;
  }
  // coordinated subjects: "Politicians and even some technologists say", "Friends, lobbyists and former foes say"
  start = coordinatedStart(doc, start, floor);
  const mention = makeMention(doc, start, end);
  // "Officials who spoke with The Post said": the phrase is the object inside a relative clause
  const relative = relativeClauseSubject(doc, start, floor);
  if (relative) return relative;
  // "His office released a statement saying ...": the issuer speaks; the statement is the medium
  // a verb with its particle: "sent out a press release saying"
  const verbAt = /^(out|up|off)$/.test(tokens[start - 1]?.lower ?? '') ? start - 2 : start - 1;
  const verb = tokens[verbAt];
  // likewise any object of a verb before a bare participle: "The senator emailed supporters saying: ..."
  if (mention && mention.kind !== 'pronoun' && verb !== undefined && verb.pos === 'VERB' &&
    /ing$/.test(tokens[cueFirst]?.lower ?? '') && verbAt > floor) {
    const issuer = sentenceSubject(doc, doc.sentences[verb.sent]!.first, verbAt + 1);
    if (issuer) return issuer;
  }
  // "The firm hired by the council, Calder & Moss, said": the name in the appositive is the speaker
  if (mention && mention.kind === 'description' && appositive?.kind === 'name') {
    // when the description opens the sentence ("Her rival, Tom Park, warned"), the mention covers both: it is no quotation
    const opens = tokens[start - 1] === undefined || tokens[start - 1]!.sent !== tokens[start]!.sent;
    return opens ? { ...appositive, first: start, start: tokens[start]!.start, description: mention.name } : { ...appositive, description: mention.name };
  }
  if (!mention || !canSpeak(doc, mention)) return null;
  // "Mike Shields, president of the fund, a super PAC ..., said": the description is itself an appositive of a name
  if (mention.kind === 'description' && tokens[mention.first - 1]?.value === ',' && mention.first - 1 > floor) {
    const s = phraseStartBefore(doc, mention.first - 1, floor);
    const name = s >= 0 ? makeMention(doc, s, mention.first - 1) : null;
    const opens = s === floor || (s > 0 && (tokens[s - 1]!.sent !== tokens[s]!.sent || tokens[s - 1]!.value === ',' || isMarkToken(tokens[s - 1]!.value)));
    if (name?.kind === 'name' && opens) return { ...name, description: mention.name };
  }
  // "Ann Lee, the governor, said": the description belongs to the person
  if (mention.kind === 'name' && appositive?.kind === 'description') return { ...mention, description: appositive.name };
  // "Her rival, Tom Park, warned": a description opening the sentence belongs to the name, it is no quotation
  if (mention.kind === 'name') return withLeadingDescription(doc, mention, floor) ?? mention;
  return mention;
}

/** A name whose sentence opens with a describing phrase and a comma ("His younger brother, David Henderson,"), widened to cover it. */
function withLeadingDescription(doc: Doc, m: Mention, floor: number): Mention | null {
  const tokens = doc.tokens;
  const comma = m.first - 1;
  if (comma - 1 < floor || tokens[comma]!.value !== ',') return null;
  const sentence = doc.sentences[tokens[m.first]!.sent]!;
  let from = Math.max(floor, sentence.first);
  while (from < comma && isMarkToken(tokens[from]!.value)) from++;
  if (comma - from < 1 || comma - from > 6 || !isNounPhrase(doc, from, comma)) return null;
  // "In a letter to the board, Mayor Reyes wrote": a fronted phrase is no description of the name
  if (tokens[from]!.pos === 'ADP') return null;
  const head = tokens[comma - 1]!;
  if (!PEOPLE_NOUNS.has(head.lower) && !/^(his|her|their|its|our|my)$/.test(tokens[from]!.lower)) return null;
  const d = makeMention(doc, from, comma);
  if (!d || d.kind !== 'description') return null;
  return { ...m, first: from, start: tokens[from]!.start, description: d.name };
}

/** Nouns of quantity before "of": "74 percent of voters", "a majority of members". */
const COUNT_NOUNS = new Set(['percent', 'majority', 'minority', 'number', 'share', 'plurality', 'group', 'third', 'quarter', 'half', 'dozen', 'handful']);

/** Words that count people before "of": "most of the candidates". */
const QUANTIFIERS = new Set(['most', 'many', 'some', 'half', 'all', 'none', 'each', 'one', 'two', 'three', 'several', 'few', 'majority', 'third', 'quarter', 'dozens', 'hundreds', 'thousands', 'both', 'either', 'neither', 'any', 'none']);

/**
 * The start of a coordination of people that ends at `start`: "Politicians and
 * even some technologists", "Friends, lobbyists and former foes". Only plural
 * people words or names are joined, and only when the first opens the sentence.
 */
function coordinatedStart(doc: Doc, start: number, floor: number): number {
  const tokens = doc.tokens;
  let k = start - 1;
  while (k >= floor && tokens[k]!.pos === 'ADV') k--;
  if (k < floor || tokens[k]!.lower !== 'and') return start;
  let s = k;
  for (let round = 0; round < 4; round++) {
    const p = phraseStartBefore(doc, s, floor);
    if (p < 0) return start;
    const m = makeMention(doc, p, s);
    const head = tokens[s - 1]!;
    if (!m || m.kind === 'pronoun' || !(m.kind === 'name' || PEOPLE_NOUNS.has(head.lower) || (head.pos === 'NOUN' && /[^s]s$/.test(head.lower)))) return start;
    const before = tokens[p - 1];
    if (before === undefined || p === floor || before.sent !== tokens[p]!.sent || isMarkToken(before.value)) return p;
    // "But Sanders and his supporters argue": a conjunction or adverb opening the sentence
    const opener = tokens[p - 2];
    if ((before.pos === 'CCONJ' || before.pos === 'ADV') && (p - 1 === floor || opener === undefined || opener.sent !== before.sent || isMarkToken(opener.value))) return p;
    if (before.value !== ',') return start;
    s = p - 1;
  }
  return start;
}

/**
 * When the phrase starting at `start` is the object of a short relative clause
 * ("officials who spoke with The Post", "a man who met Smith"), the phrase the
 * clause describes; else null.
 */
function relativeClauseSubject(doc: Doc, start: number, floor: number): Mention | null {
  const tokens = doc.tokens;
  let k = start - 1;
  let verb = false;
  for (let n = 0; n < 5 && k > floor; n++, k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true;
    else if (t.pos !== 'ADP' && t.pos !== 'ADV' && t.pos !== 'PART') break;
  }
  if (!verb || k <= floor || !/^(who|that)$/.test(tokens[k]!.lower)) return null;
  const s = phraseStartBefore(doc, k, floor);
  if (s < 0) return null;
  const m = makeMention(doc, coordinatedStart(doc, s, floor), k);
  return m && m.kind !== 'pronoun' && canSpeak(doc, m) && (m.kind === 'name' || PEOPLE_NOUNS.has(tokens[k - 1]!.lower)) ? m : null;
}

/** One past the end of the noun phrase that starts at `from` ("The Associated Press", "reporters"), or `from` when none does. */
export function phraseEndAfter(doc: Doc, from: number, ceiling: number): number {
  const tokens = doc.tokens;
  let k = from;
  if (k >= ceiling) return from;
  const startTok = tokens[k]!;
  const possessive = /^(his|her|their|its|our|my)$/.test(startTok.lower) && tokens[k + 1] !== undefined && (tokens[k + 1]!.pos === 'NOUN' || tokens[k + 1]!.pos === 'ADJ');
  if (startTok.pos === 'PRON' && !possessive) return PRONOUNS.has(startTok.lower) ? k + 1 : from;
  if (startTok.pos === 'DET' || possessive) k++;
  while (k < ceiling) {
    const t = tokens[k]!;
    if (t.para !== startTok.para) break;
    if (NP_INNER.has(t.pos) || isPossessive(t) || isNameToken(t, doc) || (t.value === '.' && k > from && TITLE_WORDS.has(titleKey(tokens[k - 1]!.value + '.')))) {
      k++;
      continue;
    }
    if (t.value === '(' && tokens[k + 2]?.value === ')') {
      k += 3;
      continue;
    }
    // hyphenated names and words: "Lane-Eakins", "61-year-old"
    if (k > from && isInnerHyphen(doc, k) && k + 1 < ceiling) {
      k += 2;
      continue;
    }
    break;
  }
  // never end on an adjective or a number: "said last" is not a phrase
  while (k > from && tokens[k - 1]!.pos !== 'NOUN' && tokens[k - 1]!.pos !== 'PROPN' && !isNameToken(tokens[k - 1]!, doc) && tokens[k - 1]!.value !== ')') k--;
  return k;
}

/** The speaker written after a cue: "said Smith", "said Smith, the treasurer". */
export function speakerAfter(doc: Doc, cueLast: number, ceiling: number): Mention | null {
  const t = doc.tokens[cueLast];
  if (t && t.pos === 'PRON' && !/^(he|she|they|it|i|we)$/.test(t.lower)) return null;
  const tokens = doc.tokens;
  // "said one of those advisers": a quantifier and its people
  if (t !== undefined && QUANTIFIERS.has(t.lower) && tokens[cueLast + 1]?.lower === 'of' && cueLast + 2 < ceiling) {
    const rest = phraseEndAfter(doc, cueLast + 2, ceiling);
    const m = rest > cueLast + 2 ? makeMention(doc, cueLast, rest) : null;
    if (m && PEOPLE_NOUNS.has(tokens[rest - 1]!.lower)) return m;
  }
  let end = phraseEndAfter(doc, cueLast, ceiling);
  if (end <= cueLast) return null;
  // "said a former spokesman for the ministry", "concluded a 2013 article in the journal", "said master of ceremonies Asab Tabchi"
  const headWord = tokens[end - 1]!.lower;
  if (t?.pos === 'DET' || (t !== undefined && !isNameToken(t, doc) && (PEOPLE_NOUNS.has(headWord) || TITLE_WORDS.has(headWord)))) {
    for (let round = 0; round < 2; round++) {
      const prep = tokens[end];
      if (!prep || end + 1 >= ceiling || !TAIL_PREPOSITIONS.has(prep.lower)) break;
      const tail = phraseEndAfter(doc, end + 1, ceiling);
      if (tail <= end + 1) break;
      end = tail;
    }
  }
  const mention = makeMention(doc, cueLast, end);
  if (!mention || !canSpeak(doc, mention)) return null;
  // "said a former spokesman for the ministry, Oleg Voloshyn.": the name in the appositive speaks
  if (mention.kind === 'description' && tokens[end]?.value === ',' && end + 1 < ceiling) {
    const nameEnd = phraseEndAfter(doc, end + 1, ceiling);
    const closes = tokens[nameEnd];
    const name = nameEnd > end + 1 ? makeMention(doc, end + 1, nameEnd) : null;
    if (name?.kind === 'name' && (closes === undefined || nameEnd >= ceiling || /^[.,;]$/.test(closes.value) || isMarkToken(closes.value))) {
      return { ...name, description: mention.name };
    }
  }
  return mention;
}

/**
 * The subject at the start of a sentence, for cues that share it:
 * "Clinton mocked the complaint, saying ...", "Smith arrived late and said ...".
 * An opening phrase ("On Monday,", "In a statement,") may stand before it, and
 * a parenthesis, a party-state code, an appositive, a time phrase or an
 * adverb between it and its verb ("Donald Trump on Thursday ratcheted ...").
 */
export function sentenceSubject(doc: Doc, sentenceFirst: number, before: number): Mention | null {
  const tokens = doc.tokens;
  let k = sentenceFirst;
  // a sentence that opens with a quotation: the subject follows it ("“...,” Vance said, adding ...")
  if (isMarkToken(tokens[k]!.value)) {
    let close = k + 1;
    while (close < before && !isMarkToken(tokens[close]!.value)) close++;
    if (close < before) k = close + 1;
  }
  // a dateline opens the paragraph: "ORLANDO, Fla. (Reuters) - President Obama on Thursday met ..."
  if (/^\p{Lu}{3,}$/u.test(tokens[k]!.value) && (k === 0 || tokens[k - 1]!.para !== tokens[k]!.para)) {
    for (let d = k + 1; d < Math.min(before, k + 12); d++) {
      if (DASHES.has(tokens[d]!.value)) {
        k = d + 1;
        break;
      }
    }
  }
  const first = subjectAt(doc, k, before, true);
  if (first) return first;
  // after an opening phrase: "On Monday, the Gazette became ..., saying"; only a comma (or a dash) in the first few tokens
  for (let c = k + 1; c < Math.min(before, k + 12); c++) {
    if (tokens[c]!.value !== ',' && !DASHES.has(tokens[c]!.value)) continue;
    const m = subjectAt(doc, c + 1, before, false);
    if (m) return m;
    break;
  }
  return null;
}

/** One past a time phrase at `k` ("on Friday", "last week", "Monday night"), or `k`. */
export function timePhraseEnd(doc: Doc, k: number, ceiling: number): number {
  const tokens = doc.tokens;
  let j = k;
  if (j < ceiling && TIME_LEADS.has(tokens[j]!.lower)) j++;
  const from = j;
  while (j < ceiling && (TIME_WORDS.has(tokens[j]!.lower) || (j > from && tokens[j]!.pos === 'NUM'))) j++;
  return j > from ? j : k;
}

/** The subject phrase starting at `k` when a verb follows it, possibly after a parenthesis, appositive, time phrase or adverbs. */
function subjectAt(doc: Doc, k: number, before: number, lenient: boolean): Mention | null {
  const tokens = doc.tokens;
  while (k < before && (tokens[k]!.pos === 'CCONJ' || tokens[k]!.pos === 'ADV' || tokens[k]!.value === ',' || isMarkToken(tokens[k]!.value))) k++;
  const end = phraseEndAfter(doc, k, before);
  if (end <= k || NOT_SPEAKERS.has(tokens[end - 1]!.lower)) return null;
  const next = tokens[end];
  if (!next) return null;
  let verbFollows = lenient && (next.pos === 'VERB' || next.pos === 'AUX' || next.value === ',' || next.pos === 'ADV');
  if (!verbFollows) {
    let j = end;
    for (let round = 0; round < 4 && j < before; round++) {
      const t = tokens[j]!;
      const code = t.value === ',' ? partyCodeEnd(doc, j + 1) : j;
      if (code > j + 1 && tokens[code]?.value === ',') j = code + 1;
      else if (t.value === '(') {
        let close = j + 1;
        while (close < Math.min(before, j + 10) && tokens[close]!.value !== ')') close++;
        if (close >= before || tokens[close]!.value !== ')') break;
        j = close + 1;
      } else if (timePhraseEnd(doc, j, before) > j) j = timePhraseEnd(doc, j, before);
      else if (t.pos === 'ADV') j++;
      else if (t.value === ',') {
        let close = j + 1;
        while (close < Math.min(before, j + 16) && tokens[close]!.value !== ',') close++;
        if (close >= before || !isNounPhrase(doc, j + 1, close)) break;
        j = close + 1;
      } else break;
    }
    const verb = tokens[j];
    verbFollows = j < before && verb !== undefined && (verb.pos === 'VERB' || verb.pos === 'AUX') && !/ing$/.test(verb.lower);
  }
  if (!verbFollows) return null;
  // "Gov. Rick Vance (R)": the parenthesis is not part of the name
  let nameEnd = end;
  if (tokens[end - 1]!.value === ')') {
    while (nameEnd > k && tokens[nameEnd - 1]!.value !== '(') nameEnd--;
    nameEnd = nameEnd > k + 1 ? nameEnd - 1 : end;
  }
  const m = makeMention(doc, k, nameEnd);
  return m && canSpeak(doc, m) ? m : null;
}

/** The sentence subject shared by a participle or a coordinated cue: "Clinton mocked it, saying ...", "X arrived and repeatedly said ...". */
export function sharedSubject(doc: Doc, cueFirst: number, cueHead: number): Mention | null {
  const sentence = doc.sentences[doc.tokens[cueHead]!.sent]!;
  let k = cueFirst - 1;
  while (k > sentence.first && doc.tokens[k]!.pos === 'ADV') k--;
  const before = doc.tokens[k];
  if (!before || k <= sentence.first) return null;
  // "..., saying", and "before saying", "by saying", "upon saying"
  const participle = (before.value === ',' || GERUND_PREPOSITIONS.has(before.lower)) && /ing$/.test(doc.tokens[cueHead]!.lower);
  const coordinated = before.lower === 'and' || before.lower === 'but';
  // "went on to say", "went on to add": the subject of "went"
  const wentOn = before.lower === 'to' && doc.tokens[k - 1]?.lower === 'on' && doc.tokens[k - 2]?.lemma === 'go';
  if (!participle && !coordinated && !wentOn) return null;
  // '"...," Fiorina said, adding that ...', '... said Mr. Burr, adding', 'Graham said on MSNBC, adding':
  // the speaker of the verb of saying shortly before the comma
  if (participle && before.value === ',') {
    for (let v = k - 1; v >= Math.max(sentence.first, k - 8); v--) {
      const said = doc.tokens[v]!;
      if (isMarkToken(said.value)) break;
      if (said.pos !== 'VERB' || CUE_VERBS.get(said.lemma) !== 'speech') continue;
      const floor = Math.max(sentence.first, v - 12);
      const speaker = speakerBefore(doc, v, floor) ?? (v + 1 < k ? speakerAfter(doc, v + 1, k) : null);
      if (speaker) return speaker;
      break;
    }
  }
  return sentenceSubject(doc, sentence.first, wentOn ? k - 2 : k);
}
