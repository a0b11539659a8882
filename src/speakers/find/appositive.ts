/**
 * Appositives and parentheses around a speaker ("Smith, the treasurer, said",
 * "Her rival, Tom Park, warned").
 * @internal
 */
import type { Mention } from '../shape.js';
import { kindOfName } from '../kinds.js';
import { MAX_PLACE_WORDS, placePairEnd } from '../../prepare/place-pair.js';
import type { Doc } from '../../prepare/document.js';
import { isMarkToken, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { makeMention } from './mention.js';
import { DASHES, isNameToken } from './name-tokens.js';
import { isInnerHyphen } from './name-marks.js';
import { isNounPhrase } from './noun-phrase.js';
import { POSSESSIVES } from '../../data/clauses.js';
import { NAMING_PHRASES, PEOPLE_NOUNS } from '../../data/people.js';
import { ARTICLES, LIST_CONJUNCTIONS } from '../../data/function-words.js';
import { TITLE_WORDS } from '../../data/titles.js';
import { mentionWith } from '../shape.js';

/** How many tokens back a comma- or dash-delimited appositive may open (a long relative clause: "Tom Reyes, who ..., said"). */
const MAX_APPOSITIVE = 80;

/** Skips a comma- or dash-delimited appositive or a parenthesis that ends at `end - 1`; returns the new end. */
export function skipAppositive(doc: Doc, end: number, floor: number): number {
  // a comma inside a closing quotation mark closes the appositive: 'the hacker known as "Pilot," stated'
  // (a mark typed as two apostrophes is two tokens: 'the author of ''Towns,'' said')
  // (and only a name or a noun inside a noun phrase, after a word: not '(''Lee Wins,'' declared the Gazette)', not
  // 'the levy ''is a poor idea,'' said Lee')
  const closingMark = isMarkToken(maybeToken(doc, end - 1)?.value ?? '') ? markStart(doc, end - 1) : -1;
  const quotedStart = closingMark >= 0 && maybeToken(doc, closingMark - 1)?.value === ',' ? quotedWordStart(doc, closingMark, floor) : -1;
  const opening = quotedStart >= 0 && (closingMark === end - 1 || (wordBefore(doc, quotedStart) && !/^(VERB|AUX|PRON|PART)$/.test(tokenAt(doc, quotedStart + 2).pos))) ? quotedStart : -1;
  const inner = opening >= 0;
  const close = maybeToken(doc, inner ? closingMark - 1 : end - 1);
  if (!close || end - 1 < floor) return end;
  if (close.value === ')') {
    for (let j = end - 2; j >= Math.max(floor, end - 12); j--) if (tokenAt(doc, j).value === '(') return j;
    return end;
  }
  if (close.value !== ',' && !DASHES.has(close.value)) return end;
  const isDash = DASHES.has(close.value);
  for (let j = inner ? opening - 1 : end - 2; j >= Math.max(floor, end - MAX_APPOSITIVE); j--) {
    const t = tokenAt(doc, j);
    if (t.sent !== close.sent && t.para !== close.para) break;
    // "in Columbus, Ohio," and "of Huntsville, Ala.,": the comma inside a place is no opener
    // (nor the comma that closes such a place: "a supporter from Jackson, Miss., attending the rally,")
    if (!isDash && t.value === ',' && (isPlaceAfterComma(doc, j) || closesPlace(doc, j, floor))) continue;
    // nor a comma inside a list of lower-case words: "deputy minister for housing, roads, and schools,"
    if (!isDash && t.value === ',' && isListComma(doc, j, end - 1)) continue;
    // (a hyphen inside a word is no opener: "Lee — after a well-timed pause — said")
    if (isDash && isInnerHyphen(doc, j)) continue;
    if (isDash ? DASHES.has(t.value) : t.value === ',') return j;
    // a bare possessive apostrophe ("Okafor' adviser") is no quotation mark
    const possessive = (t.value === "'" || t.value === '\u2019') && maybeToken(doc, j - 1) !== undefined && tokenAt(doc, j - 1).end === t.start && /s$/i.test(tokenAt(doc, j - 1).value);
    // a short quoted word or title inside the appositive ('a pro-Lee "super PAC"', 'titled "Why Now?"') is skipped whole
    // (and a quoted stretch of a few words: 'who said he would "tear out each and every one of" the fields')
    const quoted = isMarkToken(t.value) && !possessive ? quotedWordStart(doc, markStart(doc, j), floor, MAX_ASIDE_QUOTED) : -1;
    if (quoted >= 0) {
      j = quoted;
      continue;
    }
    if (t.value === ';' || t.value === ':' || (isMarkToken(t.value) && !possessive)) break;
  }
  return end;
}

/** How many words an item of a list inside an appositive may hold ("roads", "public health"). */
const MAX_LIST_ITEM = 3;

/**
 * True when the comma at `k`, inside an appositive that closes at `close`,
 * separates the items of a list of lower-case words ("for housing, roads,
 * and schools,"): "and" or "or" follows it, or it opens an item of at most
 * {@link MAX_LIST_ITEM} lower-case words followed by a comma and "and" or "or"
 * ("housing, roads, and"); a list of names ("Ann Lee, Tom Reyes and ...")
 * is no such list.
 */
function isListComma(doc: Doc, k: number, close: number): boolean {
  let j = k + 1;
  if (j < close && LIST_CONJUNCTIONS.has(tokenAt(doc, j).value)) j++;
  else {
    while (j < close && j - k <= MAX_LIST_ITEM && /^\p{Ll}+$/u.test(tokenAt(doc, j).value)) j++;
    if (j === k + 1 || j >= close || tokenAt(doc, j).value !== ',' || !LIST_CONJUNCTIONS.has(tokenAt(doc, j + 1).value)) return false;
    return true;
  }
  // the last item, up to the closing comma: lower-case words only
  const from = j;
  while (j < close && j - from < MAX_LIST_ITEM && /^\p{Ll}+$/u.test(tokenAt(doc, j).value)) j++;
  return j === close && j > from;
}

/** How many tokens a quoted word or title right before a closing comma may hold ('known as "Pilot," stated'). */
const MAX_QUOTED_WORD = 6;

/**
 * How many tokens a quoted stretch inside an appositive or a relative clause
 * may hold: 'Ann Lee - who once said he would "tear out each and every one of"
 * the fields - said'.
 */
const MAX_ASIDE_QUOTED = 12;

/**
 * When the quotation mark at `close` closes a short quoted word or title
 * ("Pilot,", "Why Now?") within its sentence, of at most `max` tokens, the
 * index of its opening mark; else -1.
 */
function quotedWordStart(doc: Doc, close: number, floor: number, max = MAX_QUOTED_WORD): number {
  const sent = tokenAt(doc, close).sent;
  for (let j = close - 1; j >= Math.max(floor, close - max); j--) {
    const t = tokenAt(doc, j);
    if (t.sent !== sent) return -1;
    if (isMarkToken(t.value)) return j < close - 1 && /^[\p{L}\p{N}]/u.test(tokenAt(doc, j + 1).value) ? markStart(doc, j) : -1;
  }
  return -1;
}

/** True when a lower-case word, in the sentence of token `k`, stands right before it: "a pro-Lee ''super PAC''", "the author of ''Towns''". */
function wordBefore(doc: Doc, k: number): boolean {
  const prev = maybeToken(doc, k - 1);
  return prev !== undefined && prev.sent === tokenAt(doc, k).sent && /^\p{Ll}[\p{L}-]*$/u.test(prev.value);
}

/**
 * The first token of the quotation mark whose last token is `j`: `j - 1` for
 * a mark typed as two apostrophes side by side (''), else `j`.
 */
function markStart(doc: Doc, j: number): number {
  const t = tokenAt(doc, j);
  const prev = maybeToken(doc, j - 1);
  return (t.value === "'" || t.value === '\u2019' || t.value === '\u2018') && prev !== undefined && prev.value === t.value && prev.end === t.start ? j - 1 : j;
}

/**
 * True when the comma at `k` closes a place and its state ("from Jackson,
 * Miss.,"), not a day or month before a place ("Friday, Texas, ...": the
 * place is the subject), and only when an opener comma comes further back in
 * the sentence or when no appositive or participle aside follows (in "Tom
 * Reyes of Dover, Del., a retired teacher, said" the state's comma is the
 * opener).
 */
function closesPlace(doc: Doc, k: number, floor: number): boolean {
  const opening = placeOpening(doc, k, floor);
  if (opening < 0) return false;
  // only when an opener comma comes further back in the sentence ("Smith, a supporter from Jackson, Miss.,
  // attending ..."); else this comma is the opener ("Tom Reyes of Dover, Del., a retired teacher, said")
  const sent = tokenAt(doc, k).sent;
  for (let j = opening - 2; j >= floor; j--) {
    const t = tokenAt(doc, j);
    if (t.sent !== sent) break;
    if (t.value === ',' && !isPlaceAfterComma(doc, j)) return true;
  }
  // with no opener further back, the state's comma opens the aside only before an appositive or a participle
  // ("Dover, Del., a retired teacher,"); "in Newtown, Conn., have filed ..." keeps it inside the phrase
  const next = maybeToken(doc, k + 1);
  return next === undefined || !(ARTICLES.has(next.lower) || (next.pos === 'VERB' && /ing$/.test(next.lower)));
}

/**
 * The comma between a town and its state or country when the comma at
 * `comma` closes that pair, the town at or after `floor` ("of Dover, Del.,",
 * "near Santa Fe, New Mexico,"); else -1.
 */
function placeOpening(doc: Doc, comma: number, floor: number): number {
  if (maybeToken(doc, comma)?.value !== ',') return -1;
  for (let k = comma - 2; k - 1 >= floor && comma - k <= MAX_PLACE_WORDS + 1; k--) if (placePairEnd(doc, k) === comma) return k;
  return -1;
}

/**
 * True when the comma right before `end` closes a place written with its
 * state or country ("of Dover, Del.,", "in Leeds, England,", "near Santa
 * Fe, New Mexico,"), not a day or month before a place ("Friday, Texas,").
 */
export function closesPlaceBefore(doc: Doc, end: number, floor: number): boolean {
  return placeOpening(doc, end - 1, floor) >= 0;
}

/**
 * Where a place written with its state ends a phrase ("of Dover, Del."), the
 * start of the city when the phrase starting at `start` is the state; else `start`.
 */
export function placeStart(doc: Doc, start: number, floor: number): number {
  const comma = start - 1;
  // ("Friday, Texas, leading ...": a day or a month is no city)
  if (comma - 1 < floor || !isPlaceAfterComma(doc, comma)) return start;
  let city = comma - 1;
  while (city - 1 >= floor && /^\p{Lu}/u.test(tokenAt(doc, city - 1).value) && tokenAt(doc, city - 1).pos === 'PROPN') city--;
  return city;
}

/**
 * The end of the state or country after the comma at `k` when that comma
 * separates a place from it ("in Dover, Del.", "in Leeds, England", "near
 * Santa Fe, New Mexico"), else `k`; not after a day or month ("Friday, Texas").
 */
export function placeStateEnd(doc: Doc, k: number): number {
  return isPlaceAfterComma(doc, k) ? placePairEnd(doc, k) : k;
}

/**
 * True when the comma at `k` separates a capitalised place from its state or
 * country ("Columbus, Ohio", "Douglas, Ariz.": `prepare/place-pair.ts`) and
 * the place ends where an appositive does, at a comma, a parenthesis or the
 * sentence end.
 */
function isPlaceAfterComma(doc: Doc, k: number): boolean {
  const end = placePairEnd(doc, k);
  return end > 0 && /^[,).;]$/.test(maybeToken(doc, end)?.value ?? '');
}

/** A name whose sentence opens with a describing phrase and a comma ("His younger brother, David Henderson,"), widened to cover it. */
export function withLeadingDescription(doc: Doc, m: Mention, floor: number): Mention | null {
  const comma = m.first - 1;
  if (comma - 1 < floor || tokenAt(doc, comma).value !== ',') return null;
  const sentence = doc.sentences[tokenAt(doc, m.first).sent]!;
  let from = Math.max(floor, sentence.first);
  while (from < comma && isMarkToken(tokenAt(doc, from).value)) from++;
  if (comma - from < 1 || comma - from > 6 || !isNounPhrase(doc, from, comma)) return null;
  // "In a letter to the board, Mayor Reyes wrote": a fronted phrase is no description of the name
  if (tokenAt(doc, from).pos === 'ADP') return null;
  const head = tokenAt(doc, comma - 1);
  if (!PEOPLE_NOUNS.has(head.lower) && !POSSESSIVES.has(tokenAt(doc, from).lower)) return null;
  const d = makeMention(doc, from, comma);
  if (!d || d.kind !== 'description') return null;
  return mentionWith(m, { first: from, start: tokenAt(doc, from).start, description: d.name });
}

/**
 * The name given right after a description by one of {@link NAMING_PHRASES}
 * at token `k` (`named Ann Lee`, `known as Bob`), when the name ends the
 * clause: before punctuation, a quotation mark or `ceiling`; else null.
 */
export function namedAfter(doc: Doc, k: number, ceiling: number): Mention | null {
  const phrase = NAMING_PHRASES.find((p) => p.every((w, i) => k + i < ceiling && tokenAt(doc, k + i).lower === w));
  if (phrase === undefined) return null;
  const first = k + phrase.length;
  let last = first;
  // (a hyphenated name is one word of it: "named Tom Kasza-Lind")
  for (let words = 0; last < ceiling && words < 5 && isNameToken(tokenAt(doc, last), doc); words++) {
    last++;
    while (last + 1 < ceiling && isInnerHyphen(doc, last) && isNameToken(tokenAt(doc, last + 1), doc)) last += 2;
  }
  const closes = maybeToken(doc, last);
  if (last === first || !(last >= ceiling || closes === undefined || /^[.,;]$/.test(closes.value) || isMarkToken(closes.value))) return null;
  const name = makeMention(doc, first, last);
  return name?.kind === 'name' && name.first === first && name.last === last ? name : null;
}

/**
 * The name given at the end of a comma-delimited appositive from `from` to
 * `to` by one of {@link NAMING_PHRASES} after a noun phrase: "(The first
 * witness,) a retired teacher named Ann Lee(,)"; else null. The noun named is
 * the appositive's head, before any preposition: "a partner at a firm named
 * Harlow Partners" names the firm, not the speaker.
 */
export function namedInAppositive(doc: Doc, from: number, to: number): Mention | null {
  for (let k = from + 1; k < to - 1; k++) {
    // ("The lawyer, a partner at a firm named Harlow Partners, said": the name is the firm's)
    if (tokenAt(doc, k - 1).pos === 'ADP') return null;
    if (tokenAt(doc, k - 1).pos !== 'NOUN' || !isNounPhrase(doc, from, k)) continue;
    const name = namedAfter(doc, k, to);
    if (name !== null && name.last === to) return name;
  }
  return null;
}

/**
 * The person named in apposition after a post written in title case that
 * reads as a name, "The Parliamentary Budget Officer, Martin Lacasse,":
 * `post` opens with "the" and ends in a title word ({@link TITLE_WORDS}), and
 * `named` is a person's name; the person speaks, with the post as the
 * description. Else null.
 */
export function personAfterTitledPost(doc: Doc, post: Mention, named: Mention): Mention | null {
  if (post.kind !== 'name' || named.kind !== 'name' || post.last - post.first < 3) return null;
  if (tokenAt(doc, post.first).lower !== 'the' || !TITLE_WORDS.has(tokenAt(doc, post.last - 1).lower)) return null;
  if (!/^\p{Lu}/u.test(tokenAt(doc, post.last - 1).value) || kindOfName(named.name) !== 'person') return null;
  return mentionWith(named, { description: post.name });
}
