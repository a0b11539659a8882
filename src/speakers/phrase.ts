/**
 * Noun-phrase finding over POS tags: the speaker next to a cue, with titles,
 * possessives, appositives and prepositional tails ("a spokesman for the
 * campaign", "a source familiar with the talks").
 * @internal
 */
import type { Doc, Token } from '../prepare/document.js';
import type { Mention, MentionKind } from '../attribution/candidate.js';
import { PRONOUNS } from '../data/pronouns.js';
import { isMarkToken, tokenAt } from '../prepare/lookup.js';
import { TITLE_WORDS, NAME_SUFFIXES } from '../data/titles.js';
import { PEOPLE_NOUNS, DOCUMENT_NOUNS } from '../data/people.js';
import { CUE_VERBS } from '../data/cues.js';
import { FIRST_NAMES } from '../data/names.js';
import { DAY_WORDS, MONTH_WORDS } from '../data/time.js';

const NP_INNER = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM']);
/** Capitalised words that the tagger calls proper nouns but that never name a speaker. */
const NOT_NAMES = new Set([...MONTH_WORDS, ...DAY_WORDS]);
const DASHES = new Set(['\u2014', '\u2013', '-', '--']);
const TAIL_PREPOSITIONS = new Set(['of', 'for', 'at', 'with', 'from', 'in', 'to', 'on']);
const NOT_SPEAKERS = new Set([
  'that', 'this', 'which', 'what', 'who', 'it', 'there', 'here', 'one', 'ones', 'something', 'nothing', 'anything',
  'everything', 'thing', 'things', 'way', 'time', 'times', 'day', 'week', 'year', 'years', 'month', 'months',
  'morning', 'afternoon', 'evening', 'night', 'interview',
  ...DAY_WORDS,
  ...MONTH_WORDS.filter((m) => m !== 'may'),
]);

/** Strips a final period from a title word: "Sen." -> "sen". */
export function titleKey(value: string): string {
  const lower = value.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

function isNameToken(t: Token, doc: Doc): boolean {
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

/** Builds a mention for tokens [first, last). */
export function makeMention(doc: Doc, first: number, last: number): Mention | null {
  if (first >= last) return null;
  const tokens = doc.tokens;
  const head = tokenAt(doc, last - 1);
  if (head.pos === 'PRON') {
    if (!PRONOUNS.has(head.lower) || last - first !== 1) return null;
    return { first, last, start: head.start, end: head.end, kind: 'pronoun', titles: [], name: head.value };
  }
  // two names joined by "and" ("Smith and Jones said") speak together under both names
  for (let k = first + 1; k < last - 1; k++) {
    if (tokenAt(doc, k).lower === 'and' && isNameToken(tokenAt(doc, k - 1), doc) && isNameToken(tokenAt(doc, k + 1), doc)) {
      const left = makeMention(doc, first, k);
      const right = makeMention(doc, k + 1, last);
      if (left?.kind === 'name' && right?.kind === 'name') {
        return { first, last, start: tokenAt(doc, first).start, end: head.end, kind: 'name', titles: [], name: `${left.name} and ${right.name}` };
      }
    }
  }
  // the name is the run of capitalised words at the end of the phrase, without the
  // titles in front of it: "Senate Majority Leader Mitch McConnell", "Council member Tom Reyes"
  let nameStart = last;
  while (nameStart - 1 >= first) {
    const t = tokenAt(doc, nameStart - 1);
    const inName = isNameToken(t, doc) || NAME_SUFFIXES.has(t.lower) || ((t.value === '.' || t.value === '&' || DASHES.has(t.value)) && nameStart < last);
    if (!inName) break;
    nameStart--;
  }
  while (nameStart < last - 1 && TITLE_WORDS.has(titleKey(tokenAt(doc, nameStart).value))) nameStart++;
  // a known first name starts the name: "Chief Engineer Paul Okafor", "Transport Commissioner Paul Okafor"
  for (let k = nameStart + 1; k < last - 1; k++) {
    if (FIRST_NAMES.has(tokenAt(doc, k).lower) && !FIRST_NAMES.has(tokenAt(doc, k - 1).lower)) {
      nameStart = k;
      break;
    }
  }
  const head_ = tokenAt(doc, last - 1);
  const isName = nameStart < last && (isNameToken(head_, doc) || NAME_SUFFIXES.has(head_.lower)) && !TITLE_WORDS.has(titleKey(tokenAt(doc, nameStart).value));
  const start = tokenAt(doc, first).start;
  const end = head.end;
  if (!isName) return { first, last, start, end, kind: 'description', titles: [], name: doc.text.slice(start, end) };
  const titles: string[] = [];
  for (let j = first; j < nameStart; j++) {
    const t = tokenAt(doc, j);
    if (t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'PUNCT' || isPossessive(t)) continue;
    titles.push(t.value);
  }
  return { first, last, start, end, kind: 'name', titles, name: doc.text.slice(tokenAt(doc, nameStart).start, end) };
}

/** True when the phrase can be a speaker: a person noun, a name, a pronoun, a document or outlet. */
export function canSpeak(doc: Doc, m: Mention): boolean {
  const head = tokenAt(doc, m.last - 1);
  if (m.kind === 'pronoun' || m.kind === 'name') return true;
  if (NOT_SPEAKERS.has(head.lower)) return false;
  // the subject of a cue speaks for itself: any noun but the few that never do
  return head.pos === 'NOUN' || head.pos === 'PROPN' || PEOPLE_NOUNS.has(head.lower) || DOCUMENT_NOUNS.has(head.lower) || isNameToken(head, doc) || TITLE_WORDS.has(head.lower);
}

/** Start of the noun phrase that ends with token `end - 1`, or -1. */
function phraseStartBefore(doc: Doc, end: number, floor: number): number {
  const tokens = doc.tokens;
  const head = tokens[end - 1];
  if (!head || end - 1 < floor) return -1;
  if (head.pos === 'PRON') return end - 1;
  // a noun, a name, or a person word the tagger called an adjective ("SEIU chief says")
  const personWord = head.pos === 'ADJ' && (PEOPLE_NOUNS.has(head.lower) || TITLE_WORDS.has(head.lower));
  if (!(head.pos === 'NOUN' || head.pos === 'PROPN' || personWord || isNameToken(head, doc))) return -1;
  let k = end - 1;
  while (k - 1 >= floor) {
    const t = tokenAt(doc, k - 1);
    if (t.para !== head.para) break;
    if (NP_INNER.has(t.pos) || t.pos === 'DET' || isPossessive(t) || isNameToken(t, doc) || (t.value === '.' && isNameToken(tokenAt(doc, k), doc) && k - 2 >= 0 && /^\p{Lu}$/u.test(tokenAt(doc, k - 2).value))) {
      if (t.pos === 'DET') {
        k--;
        break;
      }
      k--;
      continue;
    }
    // "(retd)" after a rank: "Lt. Col. (retd) John Baker"
    if (t.value === ')' && tokens[k - 3]?.value === '(' && tokens[k - 4] && TITLE_WORDS.has(titleKey(tokenAt(doc, k - 4).value))) {
      k -= 3;
      continue;
    }
    // hyphenated names
    if ((t.value === '-' || t.value === '\u2010') && isNameToken(tokens[k - 2] ?? t, doc) && isNameToken(tokenAt(doc, k), doc)) {
      k -= 2;
      continue;
    }
    if ((t.lower === 'and' || t.value === '&') && isNameToken(tokenAt(doc, k), doc) && tokens[k - 2] && isNameToken(tokenAt(doc, k - 2), doc) && tokenAt(doc, k - 2).pos === 'PROPN') {
      // "Smith and Jones said": both speak; keep the pair as one mention
      k--;
      continue;
    }
    break;
  }
  // possessive pronoun determiners: "his spokesman"
  if (k - 1 >= floor && tokenAt(doc, k - 1).pos === 'PRON' && /^(his|her|their|its|our|my)$/.test(tokenAt(doc, k - 1).lower)) k--;
  return k;
}

/** Skips a comma- or dash-delimited appositive or a parenthesis that ends at `end - 1`; returns the new end. */
function skipAppositive(doc: Doc, end: number, floor: number): number {
  const tokens = doc.tokens;
  const close = tokens[end - 1];
  if (!close || end - 1 < floor) return end;
  if (close.value === ')') {
    for (let j = end - 2; j >= Math.max(floor, end - 12); j--) if (tokenAt(doc, j).value === '(') return j;
    return end;
  }
  if (close.value !== ',' && !DASHES.has(close.value)) return end;
  const isDash = DASHES.has(close.value);
  for (let j = end - 2; j >= Math.max(floor, end - 40); j--) {
    const t = tokenAt(doc, j);
    if (t.sent !== close.sent && t.para !== close.para) break;
    if (isDash ? DASHES.has(t.value) : t.value === ',') return j;
    if (t.value === ';' || t.value === ':' || isMarkToken(t.value)) break;
  }
  return end;
}

/** True when tokens [from, to) hold no verb and do not open a relative clause: "the party's treasurer", "Calder & Moss". */
function isNounPhrase(doc: Doc, from: number, to: number): boolean {
  if (from >= to || /^(who|whose|which|whom|that)$/.test(tokenAt(doc, from).lower)) return false;
  for (let k = from; k < to; k++) {
    const t = tokenAt(doc, k);
    if ((t.pos === 'VERB' && !isNameToken(t, doc)) || t.pos === 'AUX') return false;
  }
  return true;
}

const SKIPPABLE_ADVERBS = new Set(['also', 'later', 'then', 'previously', 'earlier', 'recently', 'once', 'further', 'again', 'repeatedly', 'often', 'frequently', 'similarly', 'separately', 'privately', 'publicly', 'reportedly', 'allegedly', 'initially', 'now', 'still', 'even', 'simply', 'flatly', 'bluntly', 'angrily', 'quietly', 'loudly', 'firmly', 'only', 'just', 'already', 'however', 'never', 'not', 'sometimes', 'usually', 'always']);

/**
 * The speaker written before a cue: the subject of "Smith said", "Smith, the
 * treasurer, said", "General X – the army's spokesman – had told".
 */
export function speakerBefore(doc: Doc, cueFirst: number, floor: number): Mention | null {
  let end = cueFirst;
  const tokens = doc.tokens;
  while (end - 1 >= floor && SKIPPABLE_ADVERBS.has(tokenAt(doc, end - 1).lower)) end--;
  // a relative clause: "Smith, who said ..." speaks through its antecedent
  if (end - 1 >= floor && /^(who|which)$/.test(tokenAt(doc, end - 1).value)) {
    const relative = tokenAt(doc, end - 1);
    let e = end - 1;
    if (e - 1 >= floor && tokenAt(doc, e - 1).value === ',') e--;
    // the antecedent is a phrase, never another relative pronoun ("who who who said" must not recurse)
    if (e - 1 >= floor && /^(who|which)$/.test(tokenAt(doc, e - 1).value)) return null;
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
    if (round === 0 && tokenAt(doc, skipped).value !== '(' && isNounPhrase(doc, skipped + 1, end - 1)) appositive = makeMention(doc, skipped + 1, end - 1);
    end = skipped;
    start = phraseStartBefore(doc, end, floor);
  }
  if (start < 0) return null;
  // prepositional tails: "a spokesman for the campaign", "a source familiar with the talks"
  for (let round = 0; round < 2; round++) {
    let k = start - 1;
    if (k < floor || !TAIL_PREPOSITIONS.has(tokenAt(doc, k).lower)) break;
    k--;
    while (k >= floor && tokenAt(doc, k).pos === 'ADJ') k--;
    const s = phraseStartBefore(doc, k + 1, floor);
    if (s < 0) break;
    const m = makeMention(doc, s, k + 1);
    if (!m || m.kind === 'pronoun' || !canSpeak(doc, m)) break;
    start = s;
  }
  const mention = makeMention(doc, start, end);
  // "The firm hired by the council, Calder & Moss, said": the name in the appositive is the speaker
  if (mention && mention.kind === 'description' && appositive?.kind === 'name') return { ...appositive, description: mention.name };
  if (!mention || !canSpeak(doc, mention)) return null;
  // "Ann Lee, the governor, said": the description belongs to the person
  if (mention.kind === 'name' && appositive?.kind === 'description') return { ...mention, description: appositive.name };
  return mention;
}

/** One past the end of the noun phrase that starts at `from` ("The Associated Press", "reporters"), or `from` when none does. */
export function phraseEndAfter(doc: Doc, from: number, ceiling: number): number {
  const tokens = doc.tokens;
  let k = from;
  if (k >= ceiling) return from;
  const startTok = tokenAt(doc, k);
  if (startTok.pos === 'PRON') return PRONOUNS.has(startTok.lower) ? k + 1 : from;
  if (startTok.pos === 'DET' || /^(his|her|their|its)$/.test(startTok.lower)) k++;
  while (k < ceiling) {
    const t = tokenAt(doc, k);
    if (t.para !== startTok.para) break;
    if (NP_INNER.has(t.pos) || isPossessive(t) || isNameToken(t, doc) || (t.value === '.' && k > from && TITLE_WORDS.has(titleKey(tokenAt(doc, k - 1).value + '.')))) {
      k++;
      continue;
    }
    if (t.value === '(' && tokens[k + 2]?.value === ')') {
      k += 3;
      continue;
    }
    break;
  }
  // never end on an adjective or a number: "said last" is not a phrase
  while (k > from && tokenAt(doc, k - 1).pos !== 'NOUN' && tokenAt(doc, k - 1).pos !== 'PROPN' && !isNameToken(tokenAt(doc, k - 1), doc) && tokenAt(doc, k - 1).value !== ')') k--;
  return k;
}

/** The speaker written after a cue: "said Smith", "said Smith, the treasurer". */
export function speakerAfter(doc: Doc, cueLast: number, ceiling: number): Mention | null {
  const t = doc.tokens[cueLast];
  if (t && t.pos === 'PRON' && !/^(he|she|they|it|i|we)$/.test(t.lower)) return null;
  const end = phraseEndAfter(doc, cueLast, ceiling);
  if (end <= cueLast) return null;
  const mention = makeMention(doc, cueLast, end);
  return mention && canSpeak(doc, mention) ? mention : null;
}

/**
 * The subject at the start of a sentence, for cues that share it:
 * "Clinton mocked the complaint, saying ...", "Smith arrived late and said ...".
 */
export function sentenceSubject(doc: Doc, sentenceFirst: number, before: number): Mention | null {
  const tokens = doc.tokens;
  let k = sentenceFirst;
  // a sentence that opens with a quotation: the subject follows it ("“...,” Vance said, adding ...")
  if (isMarkToken(tokenAt(doc, k).value)) {
    let close = k + 1;
    while (close < before && !isMarkToken(tokenAt(doc, close).value)) close++;
    if (close < before) k = close + 1;
  }
  while (k < before && (tokenAt(doc, k).pos === 'CCONJ' || tokenAt(doc, k).pos === 'ADV' || tokenAt(doc, k).value === ',' || isMarkToken(tokenAt(doc, k).value))) k++;
  const end = phraseEndAfter(doc, k, before);
  if (end <= k) return null;
  const next = tokens[end];
  if (!next || !(next.pos === 'VERB' || next.pos === 'AUX' || next.value === ',' || next.pos === 'ADV')) return null;
  const m = makeMention(doc, k, end);
  return m && canSpeak(doc, m) ? m : null;
}


/** The sentence subject shared by a participle or a coordinated cue: "Clinton mocked it, saying ...", "X arrived and repeatedly said ...". */
export function sharedSubject(doc: Doc, cueFirst: number, cueHead: number): Mention | null {
  const sentence = doc.sentences[tokenAt(doc, cueHead).sent]!;
  let k = cueFirst - 1;
  while (k > sentence.first && tokenAt(doc, k).pos === 'ADV') k--;
  const before = doc.tokens[k];
  if (!before || k <= sentence.first) return null;
  const participle = before.value === ',' && /ing$/.test(tokenAt(doc, cueHead).lower);
  const coordinated = before.lower === 'and' || before.lower === 'but';
  if (!participle && !coordinated) return null;
  return sentenceSubject(doc, sentence.first, k);
}
