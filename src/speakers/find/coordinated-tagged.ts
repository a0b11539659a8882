/**
 * Two people joined by "and" when a conjunct carries a party-state code, an
 * appositive or a description set off by commas: "Senators Ann Lee, R-Tenn.,
 * and Tom Reyes, D-Ore., said", "Sen. Ann Lee (R-Tenn.) and Rep. Tom Reyes
 * (D-Ore.) said", "The mayor, Ann Lee, and the governor, Tom Reyes, said",
 * "Ann Lee, a Democrat, and Tom Reyes, a Republican, said". Both speak, as in
 * the plain "Ann Lee and Tom Reyes said": the mention spans both conjuncts
 * and the name is "Ann Lee and Tom Reyes" (no codes, titles or descriptions).
 * @internal
 */
import { mentionWith, shapedMention, type Mention } from '../shape.js';
import type { Doc } from '../../prepare/document.js';
import { isMarkToken, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { kindOfName } from '../kinds.js';
import { makeMention } from './mention.js';
import { partyCodeEnd } from './name-marks.js';
import { tokenTitleKey } from './title-keys.js';
import { TITLE_WORDS } from '../../data/titles.js';
import { phraseEndAfter, phraseStartBefore } from './noun-phrase.js';
import { opensSentenceAt } from './subject-modifiers.js';
import { skipAppositive } from './appositive.js';
import { NO_TITLES } from './titles.js';
import { afterOpeningPhrase } from './long-subject.js';
import { conjunct, isPartyCode } from './tagged-conjunct.js';
import { PARTNER_POSSESSIVES, RELATIVE_PRONOUNS } from '../../data/clauses.js';
import { possessiveAppositiveEnd } from './possessive-conjunct.js';

/**
 * True when an adverb or a prepositional phrase and its comma open the
 * sentence right before token `left` ("On Monday, Sen. Ann Lee (R-Tenn.) and
 * ...", "In a joint letter, Ann Lee, a Democrat, and ...").
 */
function afterOpening(doc: Doc, left: number, floor: number): boolean {
  if (left - 2 < floor || tokenAt(doc, left - 1).value !== ',') return false;
  const sent = tokenAt(doc, left).sent;
  let start = left - 1;
  while (start - 1 >= floor && tokenAt(doc, start - 1).sent === sent) start--;
  return start < left - 1 && afterOpeningPhrase(doc, start, left) === left;
}

/**
 * The coordination of two persons that ends with `found`, the speaker found
 * right before a cue, when either conjunct carries a tag (see the module
 * comment); `found` itself otherwise. The first conjunct opens its sentence
 * (or starts at `floor`, or follows an opening adverb or prepositional phrase
 * and its comma: "On Monday, Sen. Ann Lee (R-Tenn.) and ...").
 */
export function withTaggedCoordination(doc: Doc, found: Mention | null, floor: number): Mention | null {
  if (found !== null && found.kind === 'description') return withTaggedPartner(doc, found, floor);
  if (found === null || found.kind !== 'name' || kindOfName(found.name) !== 'person') return found;
  // the second conjunct: the name, maybe after a description in apposition ("the governor, Tom Reyes")
  let right = found.first;
  let rightTagged = found.description !== undefined;
  if (found.description !== undefined && maybeToken(doc, right - 1)?.value === ',') {
    const s = phraseStartBefore(doc, right - 1, floor);
    const described = s < 0 ? null : makeMention(doc, s, right - 1);
    if (described?.kind === 'description' && described.first === s) right = s;
  }
  // after the name, a party code or a parenthesis ("Tom Reyes, D-Ore.", "Rep. Tom Reyes (D-Ore.)")
  const after = maybeToken(doc, found.last);
  if (after?.value === '(' || (after?.value === ',' && isPartyCode(doc, found.last + 1, partyCodeEnd(doc, found.last + 1)))) rightTagged = true;
  const and = right - 1;
  if (and - 2 < floor || tokenAt(doc, and).lower !== 'and' || tokenAt(doc, and).sent !== tokenAt(doc, right).sent) return found;
  // the first conjunct: back over its tag to the phrase that opens the sentence
  let tagStart = and;
  const close = tokenAt(doc, and - 1);
  if (close.value === ')' || close.value === ',') tagStart = skipAppositive(doc, and, floor);
  if (tagStart === and && (close.value === ')' || close.value === ',')) return found;
  const left = phraseStartBefore(doc, tagStart, floor);
  if (left < 0 || !(opensSentenceAt(doc, left, floor) || afterOpening(doc, left, floor))) return found;
  const first = conjunct(doc, left, and, rightTagged, makeMention);
  // (both bare: the plain coordination, made by makeMention)
  if (first === null || (!first.tagged && !rightTagged)) return found;
  return shapedMention({
    first: left,
    last: found.last,
    start: tokenAt(doc, left).start,
    end: found.end,
    kind: 'name',
    titles: NO_TITLES,
    name: `${first.name} and ${found.name}`,
  });
}

/**
 * The coordination of a tagged person and a partner named by "his" or "her"
 * that ends with the description `found`: "The mayor, Ann Lee, and her deputy
 * said", "Ann Lee, a farmer, and her husband said". Both speak, as in the
 * plain "Ann Lee and her deputy said": the mention spans both conjuncts and
 * the name is "Ann Lee and her deputy". The first conjunct opens its sentence
 * (or follows an opening phrase and its comma); `found` itself otherwise.
 */
function withTaggedPartner(doc: Doc, found: Mention, floor: number): Mention {
  const owner = tokenAt(doc, found.first);
  if (!PARTNER_POSSESSIVES.has(owner.lower) || found.head !== undefined) return found;
  const and = found.first - 1;
  if (and - 2 < floor || tokenAt(doc, and).lower !== 'and' || tokenAt(doc, and).sent !== owner.sent || tokenAt(doc, and - 1).value !== ',') return found;
  const tagStart = skipAppositive(doc, and, floor);
  if (tagStart === and) return found;
  const left = phraseStartBefore(doc, tagStart, floor);
  if (left < 0 || !(opensSentenceAt(doc, left, floor) || afterOpening(doc, left, floor))) return found;
  const first = conjunct(doc, left, and, false, makeMention);
  if (first === null || !first.tagged) return found;
  return mentionWith(found, { first: left, start: tokenAt(doc, left).start, titles: NO_TITLES, name: `${first.name} and ${doc.text.slice(found.start, found.end)}` });
}

/** Most tokens a tag after a name may have: "(R-N.Y.)", ", a Democrat". */
const MAX_TAG_TOKENS = 8;

/**
 * One past the tag after the name that ends at `end`, before `ceiling`: a
 * parenthesised party code ("(D-Ore.)"), or after a comma a party code
 * (", D-Ore.") or a short description (", a Republican"); `end` when there is none.
 */
function tagEnd(doc: Doc, end: number, ceiling: number): number {
  const t = maybeToken(doc, end);
  if (t === undefined || end + 1 >= ceiling) return end;
  if (t.value === '(') {
    const code = partyCodeEnd(doc, end + 1);
    return code > end + 1 && code < ceiling && tokenAt(doc, code).value === ')' ? code + 1 : end;
  }
  if (t.value !== ',') return end;
  const code = partyCodeEnd(doc, end + 1);
  if (code > end + 1) return code;
  if (RELATIVE_PRONOUNS.has(tokenAt(doc, end + 1).lower)) return end;
  const stop = phraseEndAfter(doc, end + 1, ceiling);
  const tag = stop > end + 1 && stop - end <= MAX_TAG_TOKENS ? makeMention(doc, end + 1, stop) : null;
  return tag?.kind === 'description' && tag.first === end + 1 && tag.last === stop ? stop : end;
}

/**
 * The coordination of two persons that starts with `found`, the speaker found
 * right after a cue (`"...," said Ann Lee, R-Tenn., and Tom Reyes, D-Ore.`,
 * `said Ann Lee and Tom Reyes.`), tagged or not, when the pair ends its
 * clause (a full stop, a semicolon, a comma, a quotation mark or `ceiling`
 * follows); `found` itself otherwise.
 */
export function withCoordinationAfter(doc: Doc, found: Mention | null, ceiling: number): Mention | null {
  if (found === null || found.kind !== 'name' || kindOfName(found.name) !== 'person') return found;
  let and = tagEnd(doc, found.last, ceiling);
  if (and > found.last && maybeToken(doc, and)?.value === ',') and++;
  if (and + 1 >= ceiling || tokenAt(doc, and).lower !== 'and') return found;
  // ("said Ann Ruiz and her husband, Tom Ruiz.": the relative's name set off after the description)
  const nameEnd = possessiveAppositiveEnd(doc, and + 1, phraseEndAfter(doc, and + 1, ceiling), ceiling, makeMention);
  if (nameEnd <= and + 1) return found;
  const last = tagEnd(doc, nameEnd, ceiling);
  const closes = maybeToken(doc, last);
  // (or a comma that resumes the sentence: "The deal, said Ada Moss and Tom Hale, was dead.")
  if (!(last >= ceiling || closes === undefined || closes.sent !== tokenAt(doc, last - 1).sent || /^[.;,]$/.test(closes.value) || isMarkToken(closes.value))) return found;
  // "said former Ohio Gov. and party Chairman Tom Reyes": two titles of one person, who speaks alone
  if (TITLE_WORDS.has(tokenTitleKey(tokenAt(doc, and - 1)))) {
    const one = makeMention(doc, found.first, nameEnd);
    return one?.kind === 'name' && kindOfName(one.name) === 'person' ? one : found;
  }
  const left = conjunct(doc, found.first, and, true, makeMention);
  const right = left === null ? null : conjunct(doc, and + 1, last, true, makeMention);
  if (left === null || right === null) return found;
  return shapedMention({ first: found.first, last, start: found.start, end: tokenAt(doc, last - 1).end, kind: 'name', titles: NO_TITLES, name: `${left.name} and ${right.name}` });
}
