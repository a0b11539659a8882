/**
 * The speaker written after a cue ("said Smith", "said a spokesman for the
 * ministry, Oleg Voloshyn").
 * @internal
 */
import type { Mention } from '../shape.js';
import { DOCUMENT_NOUNS, MEMBER_PLURALS, PEOPLE_NOUNS } from '../../data/people.js';
import { TITLE_WORDS } from '../../data/titles.js';
import type { Doc } from '../../prepare/document.js';
import { isMarkToken, maybeToken, tokenAt, tokenCount } from '../../prepare/lookup.js';
import { makeMention } from './mention.js';
import { canSpeak } from './can-speak.js';
import { advocacyName } from './name-run.js';
import { isNameToken } from './name-tokens.js';
import { quotedNicknameStart } from './quoted-nickname.js';
import { namedAfter } from './appositive.js';
import { labelledNameAfter } from './long-subject.js';
import { withCoordinationAfter } from './coordinated-tagged.js';
import { phraseEndAfter } from './noun-phrase.js';
import { timePhraseEnd } from './time-phrase.js';
import { isVantageTail } from './vantage.js';
import { documentTitleEnd, quotedObjectEnd, titledMention } from './quoted-title.js';
import { PARTITIVE_OBJECT_PRONOUNS, QUANTIFIERS, TAIL_PREPOSITIONS } from '../../data/function-words.js';
import { POSSESSIVES } from '../../data/clauses.js';
import { SECOND_CLAUSE_PRONOUNS } from '../../data/pronouns.js';
import { mentionWith } from '../shape.js';

/** The speaker written after a cue: "said Smith", "said Smith, the treasurer", "said Ann Lee and Tom Reyes". */
export function speakerAfter(doc: Doc, cueLast: number, ceiling: number): Mention | null {
  return withCoordinationAfter(doc, findSpeakerAfter(doc, cueLast, ceiling), ceiling);
}

/** {@link speakerAfter} before a second person joined by "and". */
function findSpeakerAfter(doc: Doc, cueLast: number, ceiling: number): Mention | null {
  const t = maybeToken(doc, cueLast);
  // a pronoun after a cue speaks only as a subject ("said he") or a possessive ("said his best friend")
  const possessive = t !== undefined && POSSESSIVES.has(t.lower) && /^(NOUN|ADJ)$/.test(tokenAt(doc, cueLast + 1).pos);
  if (t && t.pos === 'PRON' && !SECOND_CLAUSE_PRONOUNS.has(t.lower) && !possessive) return null;
  // after a participle a pronoun is its object: "declaring it a victory", "calling it a sham"
  if (t && t.pos === 'PRON' && !possessive && /ing$/.test(tokenAt(doc, cueLast - 1).lower)) return null;
  // "said one of those advisers": a quantifier and its people
  if (t !== undefined && QUANTIFIERS.has(t.lower) && maybeToken(doc, cueLast + 1)?.lower === 'of' && cueLast + 2 < ceiling) {
    const rest = phraseEndAfter(doc, cueLast + 2, ceiling);
    const m = rest > cueLast + 2 ? makeMention(doc, cueLast, rest) : null;
    if (m && PEOPLE_NOUNS.has(tokenAt(doc, rest - 1).lower)) return m;
    // ("said one of them.", "said both of us,": an object pronoun closing the clause counts the people)
    const pronoun = maybeToken(doc, cueLast + 2);
    const next = maybeToken(doc, cueLast + 3);
    if (pronoun !== undefined && PARTITIVE_OBJECT_PRONOUNS.has(pronoun.lower) && (cueLast + 3 >= ceiling || next === undefined || next.sent !== pronoun.sent || next.pos === 'PUNCT' || isMarkToken(next.value))) {
      return makeMention(doc, cueLast, cueLast + 3);
    }
  }
  // "said one unaligned party strategist": a participle after a number describes the noun that follows
  let end = participleAfterNumber(doc, cueLast, ceiling) ?? phraseEndAfter(doc, cueLast, ceiling);
  if (end <= cueLast) return null;
  // 'said Bill "Sonny" Walters': a nickname in quotation marks between a given name and a surname runs on to the surname
  end = nicknameSurnameEnd(doc, cueLast, end, ceiling);
  // "said former governor Dan Reed (D)": a party label in brackets ends the phrase and is no part of the name
  if (end - 3 > cueLast && tokenAt(doc, end - 1).value === ')' && tokenAt(doc, end - 3).value === '(') end -= 3;
  // "said a former spokesman for the ministry", "concluded a 2013 article in the journal", "said master of ceremonies Asab Tabchi"
  const headWord = tokenAt(doc, end - 1).lower;
  // (one past a quoted title that ends the phrase, or -1)
  let titleEnd = -1;
  if (t?.pos === 'DET' || possessive || (t !== undefined && !isNameToken(t, doc) && (PEOPLE_NOUNS.has(headWord) || TITLE_WORDS.has(headWord)))) {
    // "said a person familiar with the matter", "said two people briefed on the talks": an adjective or a participle
    // with its preposition describes the people before it
    end = modifierTailEnd(doc, cueLast, end, ceiling);
    // (up to four: "a letter to the board from the chairman of the Senate Committee on Energy")
    for (let round = 0; round < 4; round++) {
      const prep = maybeToken(doc, end);
      // "by the company on Monday": a time phrase is no tail
      // ("a report for the charity by the nonprofit Green Watch": "by" names a document's author)
      const byAuthor = prep?.lower === 'by' && DOCUMENT_NOUNS.has(tokenAt(doc, headOf(doc, cueLast, end)).lower);
      // ("shouted one neighbour from her window": the spot the speaker spoke from is no tail)
      if (isVantageTail(doc, end)) break;
      // "wrote the authors of the “Harbour Renewal Plan,”": a quoted title is the object of "of" (its opening
      // mark may be the ceiling, the marks read as a quotation of their own)
      if (prep?.lower === 'of') {
        const titled = quotedObjectEnd(doc, end + 1, ceiling);
        if (titled > end + 1) {
          titleEnd = titled;
          break;
        }
      }
      if (!prep || end + 1 >= ceiling || !(TAIL_PREPOSITIONS.has(prep.lower) || byAuthor) || timePhraseEnd(doc, end, ceiling) > end) break;
      const tail = phraseEndAfter(doc, end + 1, ceiling);
      if (tail <= end + 1) break;
      end = tail;
    }
    // 'concluded a new report “Rivers at Risk”': a document's title in quotation marks follows it
    if (titleEnd < 0) titleEnd = documentTitleEnd(doc, end, ceiling);
  }
  // "said Students for Clean Rivers": a body named for its cause keeps its "for" phrase
  if (maybeToken(doc, end)?.lower === 'for' && end + 1 < ceiling) {
    const cause = phraseEndAfter(doc, end + 1, ceiling);
    if (cause > end + 1 && advocacyName(doc, end, cause)) end = cause;
  }
  const plain = makeMention(doc, cueLast, end);
  const mention = plain !== null && titleEnd > end ? titledMention(doc, plain, titleEnd) : plain;
  if (!mention || !canSpeak(doc, mention)) return null;
  // "said Fair Wage for $20 director Orla Brandt": a label before a lower-case title and a name is the person's affiliation
  if (mention.kind === 'name') {
    const labelled = labelledNameAfter(doc, cueLast, end, ceiling);
    if (labelled) return labelled;
  }
  // "said a former spokesman for the ministry, Oleg Voloshyn.": the name in the appositive speaks
  // (a colon before the quotation closes it too: 'Said the owner, Ruth Klein: "..."')
  // ('said the host of “Morning Tide,” Sam Pell': after a quoted title, the comma inside its marks)
  const commaAt = titleEnd > end ? titleEnd : end;
  const comma = maybeToken(doc, commaAt)?.value === ',' ? commaAt : titleEnd > end && tokenAt(doc, titleEnd - 2).value === ',' && isMarkToken(tokenAt(doc, titleEnd - 1).value) ? titleEnd - 1 : -1;
  // (the name after a quoted title may pass a ceiling its marks set)
  const nameCeiling = titleEnd > end ? Math.max(ceiling, tokenCount(doc)) : ceiling;
  if (mention.kind === 'description' && comma >= 0 && comma + 1 < nameCeiling) {
    const nameEnd = phraseEndAfter(doc, comma + 1, nameCeiling);
    const closes = maybeToken(doc, nameEnd);
    const name = nameEnd > comma + 1 ? makeMention(doc, comma + 1, nameEnd) : null;
    // ("said the two senators, both Democrats.": members of a party name no one)
    if (name?.kind === 'name' && !MEMBER_PLURALS.has(name.name.toLowerCase()) && (closes === undefined || nameEnd >= nameCeiling || /^[.,;:]$/.test(closes.value) || isMarkToken(closes.value))) {
      return mentionWith(name, { description: mention.name });
    }
  }
  // "said a worker named Ann Lee", "wrote a man calling himself Ned Ned": the name given to the person described speaks
  if (mention.kind === 'description' && PEOPLE_NOUNS.has(tokenAt(doc, mention.head ?? end - 1).lower)) {
    const named = namedAfter(doc, end, ceiling);
    if (named) return mentionWith(named, { description: mention.name });
  }
  return mention;
}

/**
 * The end of an adjective or past participle with its preposition and object
 * after the people of a description ending at `end` ("a person familiar with
 * the matter", "people close to the company", "two people briefed on the
 * talks"); else `end`.
 */
function modifierTailEnd(doc: Doc, cueLast: number, end: number, ceiling: number): number {
  const t = maybeToken(doc, end);
  const prep = maybeToken(doc, end + 1);
  if (t === undefined || prep === undefined || end + 2 >= ceiling || !PEOPLE_NOUNS.has(tokenAt(doc, headOf(doc, cueLast, end)).lower)) return end;
  const describes = (t.pos === 'ADJ' || (t.pos === 'VERB' && /ed$/.test(t.lower))) && /^\p{Ll}/u.test(t.value);
  if (!describes || !TAIL_PREPOSITIONS.has(prep.lower)) return end;
  const tail = phraseEndAfter(doc, end + 2, ceiling);
  return tail > end + 2 ? tail : end;
}

/**
 * The end of the phrase at `cueLast` when it is a number ("one", "two") and a
 * participle the tagger read as a verb follows it before a noun: "one
 * unaligned party strategist", "two unnamed officials"; else `null`.
 */
function participleAfterNumber(doc: Doc, cueLast: number, ceiling: number): number | null {
  const t = maybeToken(doc, cueLast + 1);
  const next = maybeToken(doc, cueLast + 2);
  if (tokenAt(doc, cueLast).pos !== 'NUM' || t === undefined || next === undefined || cueLast + 2 >= ceiling) return null;
  if (t.pos !== 'VERB' || !/^\p{Ll}.*ed$/u.test(t.value) || !/^(NOUN|PROPN|ADJ)$/.test(next.pos)) return null;
  const longer = phraseEndAfter(doc, cueLast + 2, ceiling);
  return longer > cueLast + 2 ? longer : null;
}

/** The head of the phrase that starts at `first`: its last noun before a preposition, or its last token before `end`. */
function headOf(doc: Doc, first: number, end: number): number {
  let head = end - 1;
  for (let k = first; k < end; k++) {
    const t = tokenAt(doc, k);
    if (t.pos === 'ADP') break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = k;
  }
  return head;
}

/** How many words a surname after a nickname in quotation marks may have ({@link nicknameSurnameEnd}). */
const MAX_SURNAME_WORDS = 3;

/**
 * The end of a name after a cue that runs over a nickname in quotation marks
 * to the surname ('said Bill "Sonny" Walters' from the phrase "Bill" that ends
 * at `end`, the nickname's opening mark; {@link quotedNicknameStart}); else
 * `end`. The marks read as a quotation of their own may set `ceiling` at the
 * opening mark; the surname reaches past it, up to {@link MAX_SURNAME_WORDS}
 * words of the sentence.
 */
function nicknameSurnameEnd(doc: Doc, start: number, end: number, ceiling: number): number {
  const open = maybeToken(doc, end);
  if (end > ceiling || open === undefined || !isMarkToken(open.value)) return end;
  for (let close = end + 2; close <= end + 4; close++) {
    const t = maybeToken(doc, close);
    if (t === undefined || t.sent !== open.sent) return end;
    if (!isMarkToken(t.value)) continue;
    if (quotedNicknameStart(doc, close, start) !== end) return end;
    let limit = close + 1;
    while (limit - close - 1 < MAX_SURNAME_WORDS && maybeToken(doc, limit)?.sent === open.sent && isNameToken(tokenAt(doc, limit), doc)) limit++;
    return limit > close + 1 ? limit : end;
  }
  return end;
}
