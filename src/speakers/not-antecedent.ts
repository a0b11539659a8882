/**
 * Names that are no antecedent of a pronoun: the checks speaker resolution
 * runs on a capitalised name before it lets "he", "she" or "they" take it
 * (an address, a numbered label, a heading, a word part, a possessive that
 * owns nothing, a family, a place or organisation named by an appositive,
 * a word of a capitalised title, a name alone in brackets).
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Mention } from './shape.js';
import { FIRST_NAMES, NAMING_PARTICIPLES } from '../data/names.js';
import { AFFILIATION_PREPOSITIONS, NUMBER_LABELS, OPENING_COMMON_NOUNS, ORGANIZATION_NOUNS, SETTLEMENT_NOUNS } from '../data/people.js';
import { MONTH_WORDS } from '../data/time.js';
import { HEADLINE_LOWER_WORDS, MODIFIER_SEPARATORS, NAME_MODIFIER_OPENERS, COMMA_PHRASE_OPENERS } from '../data/function-words.js';
import { isMarkToken, maybeToken, tokenAt, tokenCount } from '../prepare/lookup.js';
import { startsUpper, startsUpperLower } from '../prepare/case.js';
import { kindOfHead } from './kinds.js';
import { placePairEnd } from '../prepare/place-pair.js';
import { TITLE_WORDS } from '../data/titles.js';
import { NAME_PLACE_PREPOSITIONS, PLACE_OR_FIRM_PREPOSITIONS } from '../data/places.js';
import { FINITE_BE_FORMS, TIME_ADJUNCT_SUBORDINATORS, SINGULAR_AUXILIARIES } from '../data/clauses.js';
import { NOUN_HEADED_PHRASE_TAGS } from '../data/tags.js';

/**
 * True for a name that is part of an address or a party-state code: the
 * state of "(I-Vt.)" or "R-Ohio", a city before its state ("Roanoke, Va.").
 */
export function isAddress(doc: Doc, n: Mention): boolean {
  const dash = maybeToken(doc, n.first - 1);
  if (dash?.value === '-' && /^[RDI]$/.test(maybeToken(doc, n.first - 2)?.value ?? '')) return true;
  // the whole code read as one hyphenated name: "(D-Norfolk)"
  if (/^[RDI]-\p{Lu}/u.test(n.name)) return true;
  // (the pair: prepare/place-pair.ts; a one-word state)
  if (n.last - n.first !== 1 || placePairEnd(doc, n.last) !== n.last + 2) return false;
  // the state ends the phrase: "Roanoke, Va., in November", a dateline's "BRANFORD, N.D. —", not "Smith, Ohio officials said"
  const after = maybeToken(doc, n.last + 2);
  if (after !== undefined && !/^[,.;:)\u2013\u2014]$/u.test(after.value)) return false;
  return !FIRST_NAMES.has(n.name.toLowerCase());
}

/**
 * True for one label word followed by a number: "No. 7", "Route 9", "Sept.
 * 9", "Article 5" label a thing or a day, they name no one a pronoun could
 * stand for. A label is an abbreviation with a period, a month or a word of
 * {@link NUMBER_LABELS}; any other name before a number is still one ("beat
 * Hale 52 to 48", "met Hale 3 times").
 */
export function isNumbered(doc: Doc, n: Mention): boolean {
  const next = maybeToken(doc, n.last);
  if (n.last - n.first !== 1 || next === undefined || next.sent !== tokenAt(doc, n.first).sent || !/^\d/.test(next.value)) return false;
  const word = tokenAt(doc, n.first).lower;
  return /\.$/.test(word) || NUMBER_LABELS.has(word) || MONTH_WORDS.includes(word);
}

/**
 * True for the name given to a thing: a name right after "called", "named"
 * or "dubbed" (through a "the") that follows a noun no organisation's head
 * ("The device, called the Arc, ...", "a laptop named Arc"): a product, a
 * ship or a storm, never the business "the company" stands for ("a startup
 * called Zentro" stays one).
 */
export function isThingNamed(doc: Doc, n: Mention): boolean {
  let k = n.first - 1;
  if (k >= 0 && tokenAt(doc, k).lower === 'the') k--;
  const verb = maybeToken(doc, k);
  if (verb === undefined || verb.sent !== tokenAt(doc, n.first).sent || !NAMING_PARTICIPLES.has(verb.lower)) return false;
  let h = k - 1;
  if (h >= 0 && tokenAt(doc, h).value === ',') h--;
  const head = maybeToken(doc, h);
  return head !== undefined && head.sent === verb.sent && head.pos === 'NOUN' && kindOfHead(head.lower) !== 'organization';
}

/**
 * True for a name after a preposition of place ("economists from Ridgeway Institute",
 * "at the Pentagon"): where the people "they" stands for are, not who they are.
 */
export function afterPlacePreposition(doc: Doc, n: Mention): boolean {
  const prev = maybeToken(doc, beforeDeterminer(doc, n));
  return prev !== undefined && NAME_PLACE_PREPOSITIONS.has(prev.lower);
}

/** Index of the token before a name and the determiner right before it, if any ("from [the] Pentagon"). */
export function beforeDeterminer(doc: Doc, n: Mention): number {
  return maybeToken(doc, n.first - 1)?.pos === 'DET' ? n.first - 2 : n.first - 1;
}

/** True for a name that is a whole sentence of its own: a heading such as "SUMMARY." or "Related." names no one. */
export function isHeading(doc: Doc, n: Mention): boolean {
  const sent = tokenAt(doc, n.first).sent;
  const prev = maybeToken(doc, n.first - 1);
  if (prev !== undefined && prev.sent === sent) return false;
  const next = maybeToken(doc, n.last);
  return next === undefined || next.sent !== sent || (/^[.:]$/.test(next.value) && (maybeToken(doc, n.last + 1) === undefined || maybeToken(doc, n.last + 1)!.sent !== sent));
}

/** Most words a headline has. */
const HEADLINE_MAX_WORDS = 16;

/** The paragraph index of each document's headline, or -1 ({@link headlineParagraph}). */
const HEADLINES = new WeakMap<Doc, number>();

/**
 * The paragraph index of the document's headline, or -1 when it has none: a
 * first paragraph of one line that ends in no punctuation, with a paragraph
 * after it, whose words of four letters or more are all capitalised
 * ("Farmers Brace for Long Drought"); or one that ends in a period (before or
 * after a closing quotation mark) and has every word capitalised but those of
 * {@link HEADLINE_LOWER_WORDS} ("Mayor Quits Over a Deal on the Pier.", not
 * "Ellen Marsh met Tom Harlow."). At most {@link HEADLINE_MAX_WORDS} words.
 */
export function headlineParagraph(doc: Doc): number {
  let found = HEADLINES.get(doc);
  if (found === undefined) {
    found = -1;
    const first = doc.paragraphs[0];
    if (first !== undefined && doc.paragraphs.length > 1 && first.last > first.first) {
      // (a headline may end in a period, after a closing quotation mark or before one: "Mayor Quits Over Harbor Deal.")
      const text = doc.text.slice(first.start, first.end).trim().replace(/[’'"”]?\.[’'"”]?$/u, '');
      const ws = text.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu) ?? [];
      const long = ws.filter((w) => w.length >= 4);
      // (one ending in a period has every word capitalised but a short function word: "Ellen Marsh met Tom Harlow." is a
      // sentence)
      const period = text.length < doc.text.slice(first.start, first.end).trim().length;
      const titleCase = !period || ws.every((w) => !/^\p{Ll}/u.test(w) || HEADLINE_LOWER_WORDS.has(w));
      if (titleCase && !/[\p{P}]$/u.test(text) && !text.includes('\n') && ws.length <= HEADLINE_MAX_WORDS && long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w))) found = 0;
    }
    HEADLINES.set(doc, found);
  }
  return found;
}

/** True for a name glued by a hyphen to the word before it: the "Lago" of "Mar-a-Lago" is no person. */
export function isWordPart(doc: Doc, n: Mention): boolean {
  const prev = maybeToken(doc, n.first - 1);
  return prev !== undefined && prev.value === '-' && prev.end === n.start && /\p{L}/u.test(doc.text[prev.start - 1] ?? '');
}

/**
 * True for a name whose possessive owns nothing: "had Alzheimer's and",
 * "a job at Macy's." The 's is followed by punctuation, a conjunction or a
 * preposition, so the name stands for a shop, a firm or an illness, not a
 * person a pronoun looks back at ("Smith's plan" still is one, and so are
 * "Ann Lee's and Tom Hale's proposals" and "The design was Ann Lee's.").
 */
export function isBarePossessive(doc: Doc, n: Mention): boolean {
  // the 's is a token of its own or the end of the name's last word ("Brantley's")
  const sent = tokenAt(doc, n.first).sent;
  const glued = /\p{L}['’]s$/u.test(tokenAt(doc, n.last - 1).value);
  const s = maybeToken(doc, n.last);
  if (!glued && (s === undefined || !/^['’]s$/.test(s.lower) || s.sent !== sent)) return false;
  const at = glued ? n.last : n.last + 1;
  const next = maybeToken(doc, at);
  // a predicative possessive closing the sentence is a person's: "The winning design was Ann Lee's."
  const verb = maybeToken(doc, n.first - 1);
  if (verb !== undefined && verb.sent === sent && FINITE_BE_FORMS.has(verb.lower) && (next === undefined || next.sent !== sent || /^[.!?]$/.test(next.value))) return false;
  if (next === undefined || next.sent !== sent) return true;
  // "Ann Lee's and Tom Hale's proposals": the possessive shares the noun after the next one
  if (next.pos === 'CCONJ' && sharesOwned(doc, at + 1, sent)) return false;
  return /^[,.;:)!?\u2013\u2014]$/u.test(next.value) || /^(CCONJ|ADP)$/.test(next.pos);
}

/**
 * True for a name that modifies the common noun right after it in a noun
 * phrase opened by a determiner or a possessive: "the Harbor Line depot",
 * "a Millbrook lawyer", "her Founders Day speech". The phrase names a
 * thing or a person described by the name, not the name's bearer.
 */
export function isNounModifier(doc: Doc, n: Mention): boolean {
  const sent = tokenAt(doc, n.first).sent;
  const next = maybeToken(doc, n.last);
  const prev = maybeToken(doc, n.first - 1);
  if (next === undefined || prev === undefined || next.sent !== sent || prev.sent !== sent) return false;
  if (next.pos === 'NOUN' && /^\p{Ll}/u.test(next.value) && (NAME_MODIFIER_OPENERS.has(prev.lower) || /^['’]s?$/.test(prev.lower))) return true;
  return isCoordinatedModifier(doc, n.first, n.last, sent);
}

/**
 * True when the name at tokens `first` to `last` is one of names coordinated
 * as modifiers of the common noun after the last of them, in a phrase opened
 * by a determiner or a possessive: "the Clinton, Bush and Obama eras", "her
 * Reed and Lee campaigns". Each name is at most three capitalised words, and an
 * "and" or "or" joins them.
 */
function isCoordinatedModifier(doc: Doc, first: number, last: number, sent: number): boolean {
  // forward, over separators and names, to the noun
  const forward = overCoordinated(doc, last, 1, sent);
  const noun = maybeToken(doc, forward.at);
  if (forward.at === last || noun === undefined || noun.sent !== sent || noun.pos !== 'NOUN' || !/^\p{Ll}/u.test(noun.value)) return false;
  // backward, over names and separators, to the opener
  const backward = overCoordinated(doc, first - 1, -1, sent);
  const opener = maybeToken(doc, backward.at);
  if (!(forward.joined || backward.joined) || opener === undefined || opener.sent !== sent) return false;
  return NAME_MODIFIER_OPENERS.has(opener.lower) || /^['’]s?$/.test(opener.lower);
}

/**
 * From token `k` in direction `step` in sentence `sent`, over separators
 * ({@link MODIFIER_SEPARATORS}, at most two in a row) each followed by a name
 * ({@link capitalRun}) of {@link isCoordinatedModifier}: the first token past
 * them (past the last separators when no name follows them), and whether an
 * "and" or "or" was among the separators.
 */
function overCoordinated(doc: Doc, k: number, step: 1 | -1, sent: number): { at: number; joined: boolean } {
  let joined = false;
  for (;;) {
    let sep = 0;
    for (let t = maybeToken(doc, k); t !== undefined && t.sent === sent && MODIFIER_SEPARATORS.has(t.lower) && sep < 2; t = maybeToken(doc, (k += step)), sep++) joined ||= t.lower !== ',';
    const run = capitalRun(doc, k, step, sent);
    if (sep === 0 || run === 0) return { at: k, joined };
    k += run * step;
  }
}

/** Fewest names in a list whose names are no antecedents of a pronoun ("Lee, Hale and Ward"). */
const MIN_LISTED = 3;

/**
 * True for a name in a list of {@link MIN_LISTED} or more names joined by
 * commas and a last "and" or "or": "The award went to Lee, Hale and Ward":
 * a later "he" stands for none of them more than another (each name is at
 * most three capitalised words).
 */
export function isListedName(doc: Doc, n: Mention): boolean {
  const sent = tokenAt(doc, n.first).sent;
  let names = 1;
  let joined = false;
  let commas = 0;
  for (const step of [1, -1] as const) {
    let k = step === 1 ? n.last : n.first - 1;
    for (;;) {
      let sep = 0;
      for (let t = maybeToken(doc, k); t !== undefined && t.sent === sent && MODIFIER_SEPARATORS.has(t.lower) && sep < 2; t = maybeToken(doc, (k += step)), sep++) {
        if (t.lower === ',') commas++;
        else joined = true;
      }
      const run = capitalRun(doc, k, step, sent);
      if (sep === 0 || run === 0) break;
      names++;
      k += run * step;
    }
  }
  return names >= MIN_LISTED && joined && commas > 0;
}

/** The number (up to three) of capitalised words from token `k` on in direction `step` in sentence `sent`; 0 for more. */
function capitalRun(doc: Doc, k: number, step: 1 | -1, sent: number): number {
  let n = 0;
  for (let t = maybeToken(doc, k); t !== undefined && t.sent === sent && /^\p{Lu}/u.test(t.value) && t.pos !== 'DET' && t.pos !== 'PRON'; t = maybeToken(doc, (k += step))) n++;
  return n > 3 ? 0 : n;
}

/** True when, from token `k` on in sentence `sent`, a capitalised name ends in an 's followed by a noun or adjective. */
export function sharesOwned(doc: Doc, k: number, sent: number): boolean {
  for (let j = k; j < Math.min(tokenCount(doc), k + 5); j++) {
    const t = maybeToken(doc, j)!;
    if (t.sent !== sent || !/^\p{Lu}/u.test(t.value)) return false;
    const glued = /\p{L}['’]s$/u.test(t.value);
    const s = maybeToken(doc, j + 1);
    if (!glued && (s === undefined || !/^['’]s$/.test(s.lower))) continue;
    const owned = maybeToken(doc, glued ? j + 1 : j + 2);
    return owned !== undefined && owned.sent === sent && /^(NOUN|ADJ)$/.test(owned.pos);
  }
  return false;
}

/**
 * True for one plural capitalised word after "the" ("the Hallorans had
 * stayed", "the Teamsters, the Firefighters and ..."): a family or a group,
 * never the "he" or "she" of a later sentence. Not when a noun follows ("the
 * Hallorans campaign" names what it modifies).
 */
export function isTheFamily(doc: Doc, n: Mention): boolean {
  if (n.last - n.first !== 1) return false;
  const t = tokenAt(doc, n.first);
  const prev = maybeToken(doc, n.first - 1);
  const next = maybeToken(doc, n.last);
  if (prev?.lower !== 'the' || !/\p{Ll}[^s'’]s$/u.test(t.value)) return false;
  return next === undefined || next.sent !== t.sent || !/^(NOUN|PROPN)$/.test(next.pos);
}

/**
 * True for a name of two or more capitalised words right after "the", with no
 * title among them ("told the Halverton Echo", "wrote to the Kestrel Trust"):
 * a paper, a body or a place, never the "he" or "she" of a later sentence. A
 * person's name takes no article ("the Rev. Ann Lee" keeps its title before
 * the name; "the Hallorans" is {@link isTheFamily}).
 */
export function isTheName(doc: Doc, n: Mention): boolean {
  if (n.last - n.first < 2 || n.titles.length > 0) return false;
  const t = tokenAt(doc, n.first);
  const prev = maybeToken(doc, n.first - 1);
  if (prev === undefined || prev.value !== 'the' || prev.sent !== t.sent) return false;
  for (let k = n.first; k < n.last; k++) if (TITLE_WORDS.has(tokenAt(doc, k).lower.replace(/\.$/, ''))) return false;
  return true;
}

/**
 * True for a name that an appositive or an "of" says is a place or an
 * organisation: "Brill, a farming town,", "Kestrel, the official news
 * agency,", "the state capital, Dover", "the town of Brill". The appositive
 * after the name is a determiner, adjectives and nouns only (no "of": "Tom
 * Hale, the head of the agency," is a person) ending in a settlement or
 * organisation noun; before the name only a settlement noun counts ("the
 * head of the campaign, Tom Hale" is a person), and after a comma only when
 * the name closes the phrase and the noun is not in a sentence-opening
 * prepositional phrase ("Back in her hometown, Ann Lee opened" is a person).
 */
export function isNamedThing(doc: Doc, n: Mention): boolean {
  const sent = tokenAt(doc, n.first).sent;
  const prev = maybeToken(doc, n.first - 1);
  if (prev !== undefined && prev.sent === sent && (prev.value === ',' || prev.lower === 'of')) {
    const noun = maybeToken(doc, n.first - 2);
    const named = noun !== undefined && noun.sent === sent && SETTLEMENT_NOUNS.has(noun.lower) && /^\p{Ll}/u.test(noun.value);
    if (named && (prev.lower === 'of' || (closesPhrase(doc, n) && !inOpeningPhrase(doc, n.first - 2) && !inPersonRole(doc, n.first - 2)))) return true;
  }
  if (maybeToken(doc, n.last)?.value !== ',') return false;
  const opener = maybeToken(doc, n.last + 1);
  if (opener === undefined || !COMMA_PHRASE_OPENERS.has(opener.lower)) return false;
  for (let k = n.last + 2; k < Math.min(tokenCount(doc), n.last + 9); k++) {
    const t = maybeToken(doc, k)!;
    if (t.sent !== sent) return false;
    if (/^[,;:)\u2013\u2014]$/u.test(t.value)) {
      const head = maybeToken(doc, k - 1)!;
      return k > n.last + 2 && /^\p{Ll}/u.test(head.value) && (SETTLEMENT_NOUNS.has(head.lower) || ORGANIZATION_NOUNS.has(head.lower));
    }
    if (!NOUN_HEADED_PHRASE_TAGS.has(t.pos) && !/^['’]s$/.test(t.lower)) return false;
  }
  return false;
}

/**
 * True for a name inside a capitalised title that reads as a phrase: a
 * capitalised determiner or preposition right before it and a capitalised
 * verb, preposition or adverb right after it ("No Child Left Behind") or a
 * verb among its own words ("Every Student Succeeds"). The title names a law
 * or a slogan, not a person.
 */
export function isInTitle(doc: Doc, n: Mention): boolean {
  const sent = tokenAt(doc, n.first).sent;
  const prev = maybeToken(doc, n.first - 1);
  const next = maybeToken(doc, n.last);
  if (prev === undefined || next === undefined || prev.sent !== sent || next.sent !== sent) return false;
  const capital = (value: string): boolean => /^\p{Lu}\p{Ll}/u.test(value);
  if (!capital(prev.value) || !/^(DET|ADP)$/.test(prev.pos)) return false;
  if (capital(next.value) && /^(VERB|ADP|ADV)$/.test(next.pos)) return true;
  // (or a capitalised verb inside the name: "Every Student Succeeds")
  for (let k = n.first + 1; k < n.last; k++) if (tokenAt(doc, k).pos === 'VERB') return true;
  return false;
}

/**
 * True when the settlement noun at `k` closes a prepositional phrase that
 * follows a word for a person ("the envoy for the region", "the mayor of the
 * city"): the name set off after it is that person's ("The envoy for the
 * region, Ada Moss, said"), not the place's ("the capital of the region,
 * Dover" is a place).
 */
function inPersonRole(doc: Doc, k: number): boolean {
  const sent = tokenAt(doc, k).sent;
  let at = k - 1;
  const det = maybeToken(doc, at);
  if (det !== undefined && det.sent === sent && det.pos === 'DET') at--;
  const preposition = maybeToken(doc, at);
  if (preposition === undefined || preposition.sent !== sent || preposition.pos !== 'ADP') return false;
  const role = maybeToken(doc, at - 1);
  return role !== undefined && role.sent === sent && /^\p{Ll}/u.test(role.value) && (TITLE_WORDS.has(role.lower) || kindOfHead(role.lower) === 'person');
}

/** True when the name is followed by a comma, a period, a semicolon or the end of its sentence ("the state capital, Dover."). */
export function closesPhrase(doc: Doc, n: Mention): boolean {
  const next = maybeToken(doc, n.last);
  return next === undefined || next.sent !== tokenAt(doc, n.first).sent || /^[,.;]$/.test(next.value);
}

/**
 * True when the token at `k` sits in a prepositional phrase that opens its
 * sentence and ends at the next comma ("Back in her hometown,", "After the
 * vote in the capital,"): the name after that comma is the clause's subject.
 */
export function inOpeningPhrase(doc: Doc, k: number): boolean {
  const sent = tokenAt(doc, k).sent;
  let first = k;
  while (first > 0 && maybeToken(doc, first - 1)!.sent === sent) {
    if (/^[,;:]$/.test(maybeToken(doc, first - 1)!.value)) return false;
    first--;
  }
  const t = maybeToken(doc, first)!;
  return t.pos === 'ADP' || (t.pos === 'ADV' && maybeToken(doc, first + 1)?.pos === 'ADP') || TIME_ADJUNCT_SUBORDINATORS.has(t.lower);
}

/**
 * True for a name that owns the role of an appositive set off after another
 * person's full name: "Ann Lee, Kestrel's chief editor," or "Tom Hale,
 * Varga's spokesman,". The owner is the firm or the person the role is held
 * for; a "he" or "she" that follows and fits the full name before it stands
 * for that name, not for the owner (the caller checks the gender: in "Ann
 * Lee, Tom Hale's wife," a "he" is still Tom Hale). `before` is the name
 * right before `n` in the text.
 */
export function isAppositiveOwner(doc: Doc, n: Mention, before: Mention | undefined): boolean {
  const sent = tokenAt(doc, n.first).sent;
  const comma = maybeToken(doc, n.first - 1);
  if (before === undefined || comma?.value !== ',' || before.last !== n.first - 1 || comma.sent !== sent || before.last - before.first < 2) return false;
  // the 's ends the name's last word or follows it
  const glued = /\p{L}['’]s$/u.test(tokenAt(doc, n.last - 1).value);
  const s = maybeToken(doc, n.last);
  if (!glued && (s === undefined || !/^['’]s$/.test(s.lower) || s.sent !== sent)) return false;
  const owned = maybeToken(doc, glued ? n.last : n.last + 1);
  return owned !== undefined && owned.sent === sent && /^(NOUN|ADJ)$/.test(owned.pos) && /^\p{Ll}/u.test(owned.value);
}

/**
 * True for a name joined by "of", "at" or "from" (and "the") right after
 * the name `before` in its sentence: the body or place that person belongs
 * to, not a person a pronoun stands for ("Amir Castell of Lakeport College
 * said ... he said" is Amir Castell, though "Lakeport College" stands right
 * before the verb).
 */
export function isAffiliation(doc: Doc, n: Mention, before: Mention | undefined): boolean {
  if (before === undefined || n.first < 2) return false;
  const k = beforeDeterminer(doc, n);
  const preposition = maybeToken(doc, k);
  return preposition !== undefined && AFFILIATION_PREPOSITIONS.has(preposition.lower) && before.last === k && preposition.sent === tokenAt(doc, n.first).sent;
}

/**
 * True for a name that fills a pair of brackets on its own, after a word: the
 * outlet or source a passage is credited to ("The pope told reporters (La
 * Stampa) on the plane ... he said"), not a person a pronoun stands for. A
 * name opening with a known first name is a person's, named for the noun
 * before it ("a judge (Ann Lee) ... she said").
 */
export function isBracketedName(doc: Doc, n: Mention): boolean {
  const open = maybeToken(doc, n.first - 1);
  const close = maybeToken(doc, n.last);
  const word = maybeToken(doc, n.first - 2);
  if (open?.value !== '(' || close?.value !== ')' || word === undefined || word.sent !== open.sent || !/^\p{L}/u.test(word.value)) return false;
  return !FIRST_NAMES.has(tokenAt(doc, n.first).lower);
}

/** True for a token that opens no sentence content of its own: a quotation mark, a dash or a bullet. */
function isOpener(value: string): boolean {
  return isMarkToken(value) || /^[-\u2013\u2014\u2022*(]$/u.test(value);
}

/** True when token `k` is the first word of its sentence, past any quotation marks, dashes or bullets. */
function opensSentence(doc: Doc, k: number): boolean {
  const sent = tokenAt(doc, k).sent;
  for (let j = k - 1; j >= 0; j--) {
    const t = tokenAt(doc, j);
    if (t.sent !== sent) return true;
    if (!isOpener(t.value)) return false;
  }
  return true;
}

const MID_SENTENCE = new WeakMap<Doc, ReadonlySet<string>>();

/** The capitalised words the document writes somewhere other than at the start of a sentence. */
function midSentenceWords(doc: Doc): ReadonlySet<string> {
  let words = MID_SENTENCE.get(doc);
  if (words === undefined) {
    const found = new Set<string>();
    for (let k = 1; k < tokenCount(doc); k++) {
      const t = tokenAt(doc, k);
      if (startsUpper(t.value) && !opensSentence(doc, k)) found.add(t.value);
    }
    MID_SENTENCE.set(doc, (words = found));
  }
  return words;
}

/**
 * True for a one-word name that is only the first word of a sentence,
 * written capitalised nowhere else in the text (the tagger reads most such
 * words as proper nouns, so its tag is not asked) ("Things have changed", "Audiences can expect", "Sure, he
 * admits"): a common word capitalised by its place, not a person "he" or
 * "she" can stand for. A known first name still is one, and so is a word
 * followed by a main verb, a singular auxiliary or a possessive ("Carson
 * defied", "Hale has", "Hale's plan"), unless the tagger reads it as a
 * common noun ("Rain fell") or it is one of {@link OPENING_COMMON_NOUNS}
 * ("Traffic crawled").
 */
export function isOpeningWord(doc: Doc, n: Mention): boolean {
  if (n.last - n.first !== 1) return false;
  const t = tokenAt(doc, n.first);
  const next = maybeToken(doc, n.last);
  // the subject of a verb of its own or of a singular auxiliary, or an owner, may be a person named once:
  // "Carson defied the question", "Hale has run it", "Hale's plan"
  // (unless the tagger, which reads most such words as proper nouns, reads this one as a common noun: "Rain fell",
  // or the word is a common noun of weather or the street it reads as a proper one: "Traffic crawled")
  if (t.pos !== 'NOUN' && !OPENING_COMMON_NOUNS.has(t.lower) && next !== undefined && next.sent === t.sent && (next.pos === 'VERB' || SINGULAR_AUXILIARIES.has(next.lower))) return false;
  return !FIRST_NAMES.has(t.lower) && opensSentence(doc, n.first) && !midSentenceWords(doc).has(t.value);
}

const PLACE_WORDS = new WeakMap<Doc, ReadonlySet<string>>();

/**
 * The capitalised words the document writes alone after a preposition of
 * place, with or without "the" ("moved to a flat in Brill", "a job at
 * Kestrel", "talks to his sons on Vexo"); not before an 's ("in Hale's view")
 * or another capitalised word, and not after "on" that follows a verb
 * ("called on Hale").
 */
function placeWords(doc: Doc): ReadonlySet<string> {
  let found = PLACE_WORDS.get(doc);
  if (found === undefined) {
    const out = new Set<string>();
    const table = doc.table;
    for (let k = 1, count = tokenCount(doc); k < count; k++) {
      // (a long text's word in lower case is passed over without a token object)
      if (table !== undefined && !startsUpperLower(table.valueOf(k))) continue;
      const t = tokenAt(doc, k);
      if (!startsUpperLower(t.value)) continue;
      const prev = tokenAt(doc, k - 1);
      const prep = prev.lower === 'the' && k >= 2 ? tokenAt(doc, k - 2) : prev;
      if (!PLACE_OR_FIRM_PREPOSITIONS.has(prep.value) || prep.sent !== t.sent) continue;
      // "on" after a verb may take a person: "called on Hale", "spied on Hale"; "on Vexo every week" is a medium
      if (prep.value === 'on' && prep.i > 0 && /^(VERB|AUX)$/.test(tokenAt(doc, prep.i - 1).pos)) continue;
      const next = maybeToken(doc, k + 1);
      if (next !== undefined && next.sent === t.sent && (/^\p{Lu}/u.test(next.value) || /^['’]s$/.test(next.lower) || next.value === '-')) continue;
      out.add(t.value);
    }
    PLACE_WORDS.set(doc, (found = out));
  }
  return found;
}

/**
 * True for a one-word name that the text elsewhere writes alone after a
 * preposition of place ("Brill became his home" after "a flat in Brill",
 * "Kestrel fell" after "a job at Kestrel"): a place or a firm, not a person
 * "he" or "she" can stand for. A known first name still is one; the caller
 * also keeps the surnames of full names and speakers' names.
 */
export function isPlaceWord(doc: Doc, n: Mention): boolean {
  if (n.last - n.first !== 1) return false;
  const t = tokenAt(doc, n.first);
  return !FIRST_NAMES.has(t.lower) && placeWords(doc).has(t.value);
}
