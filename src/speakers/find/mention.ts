/**
 * Building a mention from a token range: name or description, its titles,
 * its head noun, and a describing tail ("Rep. Ann Cole of California").
 * @internal
 */
import { mentionWith, shapedMention, type Mention } from '../shape.js';
import { isPeopleKind, isPlaceName, kindOfHead, kindOfName, namedBodyWord, titledGivenName } from '../kinds.js';
import { COMMON_NOUN_ENDINGS, FIRST_NAMES, NAME_PARTICLES, SAINT_WORDS, SERVICE_FIRST_NAMES } from '../../data/names.js';
import { AGENCY_NAME_WORDS, BODY_KIND_OPENERS, IRREGULAR_PLURAL_OWNERS, COMPANY_DESCRIPTORS, COMPANY_STATE_WORDS, COMPANY_WORDS, DOCUMENT_NOUNS, FRACTION_NOUNS, INDEFINITE_PEOPLE, NOT_SPEAKERS, GROUP_OF_HEADS, NAMED_BODY_KINDS, ORGANIZATION_FOR, ORGANIZATION_NOUNS, SURNAME_ORGANIZATION_NOUNS, ORGANIZATION_OF, ORGANIZATION_OPENING_WORDS, PEOPLE_NOUNS, PERSON_STATE_WORDS } from '../../data/people.js';
import { PERSON_SUBJECT_PRONOUNS, PRONOUNS, PLURAL_DEMONSTRATIVES } from '../../data/pronouns.js';
import { EVIDENCE_SUBJECTS, FINDING_SOURCES } from '../../data/cues.js';
import { BACK_POINTERS } from '../../data/clauses.js';
import { DAY_SET, MONTH_SET } from '../../data/time.js';
import { FIRST_NAME_TITLES, HONORIFICS, INNER_TITLES, JOB_TITLE_WORDS, NAME_SUFFIXES, PERSON_TITLE_ACRONYMS, POST_NOMINALS, TITLE_WORDS } from '../../data/titles.js';
import type { Doc, Token } from '../../prepare/document.js';
import { DASHES, articleAfterNameVerb, elidedArticleParticleStart, givenNameParticle, givenNameSyllable, isAgeWord, isInnerHyphen, isNameToken, misdecodedWordStart, openingLinkHead, namesInText, numberedName, possessiveName, possessiveOpensName, contractedHasName, quotedNicknameStart, surnameAfterOtherName, titleKey, tokenTitleKey, givenBeforeNickname } from './name-tokens.js';
import { NO_TITLES, titlePhrases } from './titles.js';
import { possessiveConjunctName } from './possessive-conjunct.js';
import { describedAdjective, hyphenTail } from './noun-phrase.js';
import { taggedCoordinationName } from './tagged-conjunct.js';
import { relativeHeadBeforeName } from './relative-head.js';
import { nameAfterTitleField, surnameAfterAbbreviatedTitle, surnameAfterFullTitle } from './title-field.js';
import { isMarkToken, maybeToken, timestampLength, tokenAt } from '../../prepare/lookup.js';
import { AFFILIATION_PREPOSITIONS, ARTICLES, COUNT_NOUNS, PARTITIVE_OBJECT_PRONOUNS, QUANTIFIERS, SENTENCE_QUANTIFIERS, TAIL_PREPOSITIONS, FRACTION_COUNTS } from '../../data/function-words.js';
import { viewSlice, viewCode } from '../../prepare/view.js';
import { isCapitals, startsUpper, startsUpperLower } from '../../prepare/case.js';
import { DETERMINER_OR_ADJECTIVE_TAGS } from '../../data/tags.js';

/** The text of a name or description with its inner white space as single spaces: a name wrapped over a line is one name. */
export function nameText(doc: Doc, start: number, end: number): string {
  const raw = doc.text.slice(start, end);
  return /\s\s|[^\S ]/u.test(raw) ? raw.replace(/\s+/gu, ' ') : raw;
}

/**
 * The names of tokens [first, last) joined by ", ": "Ann Lee" or, in a list,
 * "Ann Lee, Tom Reyes" (`Sens. Ann Lee, Tom Reyes and Mia Ortiz said`); null
 * when a part is no name.
 */
function nameList(doc: Doc, first: number, last: number): string | null {
  const names: string[] = [];
  let from = first;
  for (let k = first; k <= last; k++) {
    if (k < last && tokenAt(doc, k).value !== ',') continue;
    const m = makeMention(doc, from, k);
    if (m?.kind !== 'name') return null;
    names.push(m.name);
    from = k + 1;
  }
  return names.join(', ');
}

/**
 * True when the "and" at token `k` stands inside the field of an "of" title
 * that the phrase from `first` opens with: a capitalised title word of
 * {@link INNER_TITLES} and "of", then only capitalised words (and "the",
 * "of") up to the "and", none a known first name, whose name reads as an
 * organisation's ("Director of the Office of Ports and Harbours Sam
 * Reyes", "Secretary of Health and Human Services Ann Cole"); "Secretary of
 * State John Kerry and Defense Secretary Ash Carter" are two people.
 */
function titleFieldAnd(doc: Doc, first: number, k: number): boolean {
  // (the caller asks only with three words or more after the "and": the field's last word, a given name, a surname)
  const title = tokenAt(doc, first);
  let j = first + 1;
  // ("the Director of ...", "former Secretary of ...": one word may open the phrase before the title)
  if (!INNER_TITLES.has(tokenTitleKey(title)) && j < k) j++;
  const t = tokenAt(doc, j - 1);
  if (!startsUpper(t.value) || !INNER_TITLES.has(tokenTitleKey(t)) || tokenAt(doc, j).lower !== 'of') return false;
  for (let x = j + 1; x < k; x++) {
    const w = tokenAt(doc, x);
    if (w.lower === 'the' || w.lower === 'of') continue;
    if (!startsUpper(w.value) || FIRST_NAMES.has(w.lower) || TITLE_WORDS.has(tokenTitleKey(w))) return false;
  }
  return true;
}

/** True when a known first name stands among the tokens (k, last). */
function firstNameAfter(doc: Doc, k: number, last: number): boolean {
  for (let j = k + 1; j < last; j++) if (FIRST_NAMES.has(tokenAt(doc, j).lower)) return true;
  return false;
}

/**
 * True when the "and" at token `k` joins two titles of the one person named
 * at the end of the phrase from `first` to `last`: a title word before it
 * after a capitalised word of the phrase that is no known first name and no
 * title, and a title word after it before the name
 * ("former Ohio Gov. and Harbor Party Chairman Tom Reeve"); "Larry King and
 * Ed Shultz", "Gov. Tom Reeve and Sen. Ann Lee" are two people.
 */
function coordinatedTitles(doc: Doc, first: number, k: number, last: number): boolean {
  // (the title follows a capitalised word of its phrase that is no given name and no title: the "Ohio" of "Ohio Gov.";
  // "Mr. King and Mr. Shultz" are two people)
  if (k - 2 < first || !TITLE_WORDS.has(tokenTitleKey(tokenAt(doc, k - 1)))) return false;
  const before = tokenAt(doc, k - 2);
  if (!startsUpper(before.value) || FIRST_NAMES.has(before.lower) || TITLE_WORDS.has(tokenTitleKey(before)) || HONORIFICS.has(tokenTitleKey(before))) return false;
  for (let j = k + 1; j < last - 1; j++) if (TITLE_WORDS.has(tokenTitleKey(tokenAt(doc, j))) && startsUpper(tokenAt(doc, j).value)) return true;
  return false;
}

/**
 * True when the capitalised run from `runStart` to `last` is a description in
 * title case: a word of {@link PERSON_STATE_WORDS} opens it and a noun for one
 * person ends it, with no first name, title or honorific between ("Former
 * Bank Manager", "Local Teacher"). "Former Judge Baker" and "Former Mayor Tom
 * Reyes" stay names.
 */
function describedByState(doc: Doc, runStart: number, last: number): boolean {
  if (last - runStart < 2 || !PERSON_STATE_WORDS.has(tokenAt(doc, runStart).lower) || !startsUpper(tokenAt(doc, runStart).value)) return false;
  if (kindOfHead(tokenAt(doc, last - 1).lower) !== 'person') return false;
  for (let k = runStart + 1; k < last; k++) {
    const w = tokenAt(doc, k);
    if (!startsUpper(w.value) || FIRST_NAMES.has(w.lower) || (k < last - 1 && TITLE_WORDS.has(tokenTitleKey(w))) || HONORIFICS.has(tokenTitleKey(w))) return false;
  }
  return true;
}

/** Builds a mention for tokens [first, last). */
export function makeMention(doc: Doc, first: number, last: number): Mention | null {
  if (first >= last) return null;
  first = misdecodedWordStart(doc, first);
  // a phrase never runs over a paragraph break, nor over a line break that ends a line of its own: a
  // headline's words are not the speaker's ("Budget Talks Stall\nMayor Ann Reyes" is Ann Reyes); a
  // hard-wrapped line goes on ("Mayor Ann\nReyes said", "the chief financial\nofficer said")
  for (let k = last - 1; k > first; k--) {
    const a = tokenAt(doc, k - 1).end;
    const b = tokenAt(doc, k).start;
    // (most gaps are one space or none: no line break to look for)
    if (b - a <= 1 && (b === a || (viewCode(doc.view, a) !== 10 && viewCode(doc.view, a) !== 13))) continue;
    const gap = viewSlice(doc.view, a, b);
    if (/[\n\r]/.test(gap) && (/(\r?\n|\r)[^\S\n\r]*(\r?\n|\r)/.test(gap) || lineEndsAt(doc, k))) {
      first = k;
      break;
    }
  }
  // a live blog's time stamp opening its line is no part of the speaker: "14:32 The minister said", "15:02 Ann Lee:"
  // (and its time zone: "14:32 GMT The minister said")
  const stamp = timestampLength(doc, first);
  if (stamp > 0 && last - first > stamp) first += stamp;
  const head = tokenAt(doc, last - 1);
  // a name that ends in a number: "Channel 4", "Teamsters Local 802"
  if (last - first >= 2 && numberedName(doc, last - 1, first)) {
    const named = makeMention(doc, first, last - 1);
    if (named?.kind === 'name') return mentionWith(named, { last, end: head.end, name: `${named.name} ${head.value}` });
    // a word that alone is no name, a group or a title: "Team 7", "Channel 4"
    const word = tokenAt(doc, first);
    if (last - first === 2) return shapedMention({ first, last, start: word.start, end: head.end, kind: 'name', titles: NO_TITLES, name: `${word.value} ${head.value}` });
  }
  // a business named with a possessive before its verb: "McDonald's said", "Ben & Jerry's said"
  if (last - first >= 2 && possessiveName(doc, last - 1, first)) {
    const named = makeMention(doc, first, last - 1);
    if (named?.kind === 'name') return mentionWith(named, { last, end: head.end, name: `${named.name}${head.value}` });
  }
  // a person's name whose "'s" is "has" before a verb of saying: "Mr. Tolland's said" is Mr. Tolland
  if (last - first >= 2 && contractedHasName(doc, last - 1, first)) return makeMention(doc, first, last - 1);
  if (head.pos === 'PRON') {
    // "Those close to him", "friends of hers": a pronoun after a preposition ends a description
    if (last - first > 2 && tokenAt(doc, last - 2).pos === 'ADP') {
      const start = tokenAt(doc, first).start;
      return shapedMention({ first, last, start, end: head.end, kind: 'description', titles: NO_TITLES, name: nameText(doc, start, head.end), head: descriptionHead(doc, first, last).head ?? first });
    }
    // "Someone told the mayor": an indefinite pronoun for people is a description
    if (INDEFINITE_PEOPLE.has(head.lower) && last - first === 1) return shapedMention({ first, last, start: head.start, end: head.end, kind: 'description', titles: NO_TITLES, name: head.value });
    // ("Not everyone agreed": with the "not" that makes it a part)
    if (INDEFINITE_PEOPLE.has(head.lower) && last - first === 2 && tokenAt(doc, first).lower === 'not') {
      const start = tokenAt(doc, first).start;
      return shapedMention({ first, last, start, end: head.end, kind: 'description', titles: NO_TITLES, name: nameText(doc, start, head.end), head: last - 1 });
    }
    if (!PRONOUNS.has(head.lower) || last - first !== 1) return null;
    return shapedMention({ first, last, start: head.start, end: head.end, kind: 'pronoun', titles: NO_TITLES, name: head.value });
  }
  // (the shapes below are in functions of their own: V8 optimises and, when a rare branch first runs,
  // re-optimises each part alone instead of one function of several kilobytes of bytecode, which cost
  // more background compile time than any other function of saidwho)
  return joinedOrNicknamed(doc, first, last, head) ?? namedRun(doc, first, last, head);
}

/**
 * {@link makeMention} for a phrase with a nickname in quotation marks, two
 * names joined by "and" or a describing tail; null when none of them applies.
 */
function joinedOrNicknamed(doc: Doc, first: number, last: number, head: Token): Mention | null {
  // a nickname in quotation marks is no part of the name: 'Dwayne "The Rock" Johnson' is Dwayne Johnson
  for (let k = first + 2; k < last - 1; k++) {
    const open = isMarkToken(tokenAt(doc, k).value) ? quotedNicknameStart(doc, k, first) : -1;
    if (open < 0) continue;
    // (the given name is the name words right before the nickname, after any title: "Idaho Gov. C.L." gives "C.L.")
    let given = open;
    while (given - 1 >= first && (given === open ? givenBeforeNickname(doc, tokenAt(doc, given - 1)) : isNameToken(tokenAt(doc, given - 1), doc)) && !TITLE_WORDS.has(tokenTitleKey(tokenAt(doc, given - 1))) && !HONORIFICS.has(tokenTitleKey(tokenAt(doc, given - 1)))) given--;
    // (a job word that opens the phrase before a given name is a title: 'Rapper Kanye "Ye" West' is Kanye West)
    if (given === first && open - given >= 2 && JOB_TITLE_WORDS.has(tokenAt(doc, given).lower) && startsUpper(tokenAt(doc, given).value)) given++;
    // (a known first name starts it: 'Marine John "Tig" Tiegen' is John Tiegen)
    for (let j = given + 1; j < open; j++) {
      const before = tokenAt(doc, j - 1).lower;
      if (FIRST_NAMES.has(tokenAt(doc, j).lower) && (!FIRST_NAMES.has(before) || SERVICE_FIRST_NAMES.has(before))) {
        given = j;
        break;
      }
    }
    const surname = makeMention(doc, k + 1, last);
    // (with no given name, only a title before it, the nickname is the name the person goes by: 'Nurse "Red" Quill',
    // 'Sheriff "Big Jim" Hale' are Red Quill and Big Jim Hale)
    if (surname?.kind === 'name' && titleOnlyBefore(doc, first, open)) {
      return shapedMention({ first, last, start: tokenAt(doc, first).start, end: head.end, kind: 'name', titles: titlePhrases(doc, first, open), name: `${nameText(doc, tokenAt(doc, open + 1).start, tokenAt(doc, k - 1).end)} ${surname.name}` });
    }
    if (given < open && surname?.kind === 'name') {
      return shapedMention({ first, last, start: tokenAt(doc, first).start, end: head.end, kind: 'name', titles: titlePhrases(doc, first, given), name: `${nameText(doc, tokenAt(doc, given).start, tokenAt(doc, open - 1).end)} ${surname.name}` });
    }
    break;
  }
  // two names joined by "and" ("Smith and Jones said") speak together under both names;
  // only two: a chain of "and"s is no speaker, and splitting it would recurse once per "and"
  let ands = 0;
  for (let k = first + 1; k < last - 1 && ands < 2; k++) if (tokenAt(doc, k).lower === 'and') ands++;
  for (let k = first + 1; ands === 1 && k < last - 1; k++) {
    // (not between two titles of one person: "former Ohio Gov. and Harbor Party Chairman Tom Reeve")
    // (nor inside the field of an "of" title: "Director of the Office of Ports and Harbours Sam Reyes" is one person;
    // with no first name after the "and" the field ends the phrase: "Director of the Office of Ports and Harbours")
    if (tokenAt(doc, k).lower === 'and' && isNameToken(tokenAt(doc, k - 1), doc) && isNameToken(tokenAt(doc, k + 1), doc) && !coordinatedTitles(doc, first, k, last) && !((last - k > 3 || !firstNameAfter(doc, k, last)) && titleFieldAnd(doc, first, k))) {
      const left = nameList(doc, first, k);
      const right = makeMention(doc, k + 1, last);
      if (left !== null && right?.kind === 'name') {
        return shapedMention({ first, last, start: tokenAt(doc, first).start, end: head.end, kind: 'name', titles: NO_TITLES, name: `${left} and ${right.name}` });
      }
    }
  }
  // the second named after a possessive and a description: "Grace Liu and her brother Wei" speak as "Grace Liu and Wei"
  if (ands === 1) {
    for (let k = first + 1; k < last - 2; k++) {
      if (tokenAt(doc, k).lower !== 'and') continue;
      const pair = possessiveConjunctName(doc, first, last, k, makeMention);
      if (pair !== null) return pair;
      break;
    }
  }
  // with a tag on a conjunct: "Sen. Ann Lee (R-Tenn.) and Rep. Tom Reyes (D-Ore.)" speak as "Ann Lee and Tom Reyes"
  const tagged = ands === 1 ? taggedCoordinationName(doc, first, last, makeMention) : null;
  if (tagged !== null) return shapedMention({ first, last, start: tokenAt(doc, first).start, end: head.end, kind: 'name', titles: NO_TITLES, name: tagged });
  // "Rep. Ann Cole of California", "analysts at Jefferies": a place or organisation after
  // of/in/at/from/for describes the speaker; "the Federal Bureau of Mines" stays whole
  const tail = describingTail(doc, first, last);
  if (tail !== null) return tail;
  return null;
}

/**
 * {@link makeMention} for the rest: the run of capitalised words at the end
 * of the phrase, a name or a description.
 */
function namedRun(doc: Doc, first: number, last: number, head: Token): Mention {
  // the name is the run of capitalised words at the end of the phrase, without the
  // titles in front of it: "Senate Majority Leader Mitch McConnell", "Council member Tom Reyes"
  let nameStart = last;
  for (;;) {
    nameStart = nameRunStart(doc, first, nameStart, last);
    // a name never starts with a dash: "Omar al-Rashidi" keeps its particle and what comes before it
    if (!(nameStart < last - 1 && nameStart - 1 >= first && isInnerHyphen(doc, nameStart) && /^\p{Ll}+$/u.test(tokenAt(doc, nameStart - 1).value))) break;
    nameStart--;
  }
  // an organisation's name keeps its title words: "the State Department", "the Labor Ministry", "the National
  // Weather Service" (a government body's name word of AGENCY_NAME_WORDS heads one too)
  // (and so does a company's, whose suffix ends it, with every capitalised word before it: "Student Loan Corp",
  // "Teacher Supply Ltd." opening a sentence, where the first word alone reads as a common noun)
  const company = COMPANY_WORDS.has(tokenTitleKey(head)) && /^\p{Lu}/u.test(head.value);
  if (company) {
    while (nameStart - 1 >= first && companyWord(tokenAt(doc, nameStart - 1))) nameStart--;
    // a word of the company's state opening the run is no part of its name: "Struggling Acme Corp", "Former Acme Corp"
    while (nameStart < last - 2 && COMPANY_STATE_WORDS.has(tokenAt(doc, nameStart).lower)) nameStart++;
  }
  // (not a surname-like organisation noun after a title word and a given name: "Harbor City Mayor Len Guardian")
  const titledSurname = SURNAME_ORGANIZATION_NOUNS.has(head.lower) && last - 3 >= nameStart && TITLE_WORDS.has(tokenTitleKey(tokenAt(doc, last - 3))) &&
    startsUpperLower(tokenAt(doc, last - 2).value) && titledGivenName(tokenAt(doc, last - 2).lower);
  const organization = (ORGANIZATION_NOUNS.has(head.lower) || namedBodyWord(head.lower, maybeToken(doc, last - 2)?.lower) || AGENCY_NAME_WORDS.has(head.lower) || company) && startsUpper(head.value) && !TITLE_WORDS.has(head.lower) && nameStart < last - 1 && !titledSurname;
  // (and a common noun opening the sentence right before it, which the capital alone does not tell from a name word:
  // "Teacher Retirement System said", "Police Benevolent Association said")
  if (organization && nameStart === first + 1 && sentenceOpeningNoun(doc, first)) nameStart = first;
  // a title word joined by a hyphen is part of the name: "KING-TV"
  // (and the period of an abbreviated title that the sentence splitter cut off: "Sens" "." "Ann Lee and Tom Reyes")
  const titlePeriod = (k: number): boolean => k > first && tokenAt(doc, k).value === '.' && TITLE_WORDS.has(tokenTitleKey(tokenAt(doc, k - 1)));
  // (a title word heading a name with "for" stays: "Campaign for Reyes")
  const forHead = (k: number): boolean => maybeToken(doc, k + 1)?.lower === 'for' && ORGANIZATION_FOR.has(tokenAt(doc, k).lower);
  // (the field of a chief officer is a title word too: "Chief Financial Officer Rita Gomez", "Chief Operating Officer";
  // with no name after it the officer is a description: "The Chief Financial Officer said")
  const officerField = (k: number): boolean => k > first && tokenAt(doc, k - 1).lower === 'chief' && maybeToken(doc, k + 1)?.lower === 'officer' && k + 1 < last;
  // (a title word opening an organisation's "of" name stays: "the National Academy of Sciences", "the National Union of Miners")
  const ofName = (k: number): boolean => {
    const next = maybeToken(doc, k + 1);
    return next !== undefined && k + 2 < last && ORGANIZATION_OF.has(next.lower) && !TITLE_WORDS.has(next.lower) && startsUpper(next.value) && tokenAt(doc, k + 2).lower === 'of';
  };
  // (a word opening a body's name stays when no title word or first name follows it: "National Review", "National
  // Guard"; not "National Security Adviser Tom Reyes")
  const openingName = (k: number): boolean => {
    if (!ORGANIZATION_OPENING_WORDS.has(tokenAt(doc, k).lower)) return false;
    for (let j = k + 1; j < last; j++) {
      const w = tokenAt(doc, j);
      if (TITLE_WORDS.has(tokenTitleKey(w)) || FIRST_NAMES.has(w.lower) || !startsUpper(w.value)) return false;
    }
    return true;
  };
  // (a title word that is a first name before a surname alone, opening the phrase or after a lower-case word: "Dean
  // Foley", "team captain Dean Foley"; not "Law School Dean Foley", nor when the document names "Vikram Foley")
  const firstNameTitle = (k: number): boolean => k === last - 2 && FIRST_NAME_TITLES.has(tokenAt(doc, k).lower) && startsUpperLower(tokenAt(doc, k).value) &&
    (k === first || /^\p{Ll}/u.test(tokenAt(doc, k - 1).value)) && isNameToken(tokenAt(doc, last - 1), doc) && !surnameAfterOtherName(doc, tokenAt(doc, k), tokenAt(doc, last - 1));
  const runStart = nameStart;
  while (!organization && nameStart < last - 1 && !forHead(nameStart) && !firstNameTitle(nameStart) && !ofName(nameStart) && !openingName(nameStart) && ((TITLE_WORDS.has(tokenTitleKey(tokenAt(doc, nameStart))) && !isInnerHyphen(doc, nameStart + 1)) || titlePeriod(nameStart) || officerField(nameStart))) nameStart++;
  // a body's name opened by title words keeps them: "the Democratic National Convention", not "National Convention"
  const bodyName = !organization && nameStart > runStart && openingName(nameStart);
  if (bodyName) {
    let k = runStart;
    while (k < nameStart && tokenAt(doc, k).pos === 'DET') k++;
    nameStart = k;
  }
  // an affiliation before a title inside the run: "KXRB co-Anchor Dana Morgan", "Harbour Board Chairman Ines Marr"
  // (the name is the two or more words after the last of INNER_TITLES, none of them a title or a suffix; one word
  // after title words: "National Security Adviser Reyes")
  if (!organization && nameStart < last - 2 && !TITLE_WORDS.has(tokenTitleKey(tokenAt(doc, nameStart)))) {
    for (let k = nameStart > runStart ? last - 2 : last - 3; k > nameStart; k--) {
      if (!INNER_TITLES.has(tokenTitleKey(tokenAt(doc, k))) || isInnerHyphen(doc, k + 1)) continue;
      let rest = true;
      // (a hyphen inside a surname goes with it: "Transport Minister Hana Tremblay-Okafor")
      for (let j = k + 1; j < last && rest; j++) {
        const w = tokenAt(doc, j);
        // (a surname that is a title word after a given name that is none, past an abbreviated title: "Iowa Lt. Gov. Patty
        // Judge", "Ohio Sen. Ann Marshall")
        const titleSurname = j === last - 1 && j - 1 > k && tokenAt(doc, k).value.endsWith('.') && !TITLE_WORDS.has(tokenTitleKey(tokenAt(doc, j - 1))) && startsUpperLower(w.value);
        rest = (j > k + 1 && j < last - 1 && isInnerHyphen(doc, j)) || (isNameToken(w, doc) && /^\p{Lu}/u.test(w.value) && (!TITLE_WORDS.has(tokenTitleKey(w)) || titleSurname) && !NAME_SUFFIXES.has(w.lower));
      }
      if (rest) nameStart = k + 1;
      break;
    }
  }
  // a known first name starts the name: "Chief Engineer Paul Okafor", "Transport Commissioner Paul Okafor"
  // (not the second half of a hyphened first name: "Anne-Marie Dubois", "Mary-Kate Olsen"; nor a middle name after an
  // initial: "E. Lawrence Tibbs"; nor the first half of a hyphened surname after one given name: "Karine Jean-Pierre")
  for (let k = nameStart + 1; !organization && k < last - 1; k++) {
    if (k === nameStart + 1 && k + 2 === last - 1 && isInnerHyphen(doc, k + 1)) continue;
    if (FIRST_NAMES.has(tokenAt(doc, k).lower) && /^\p{Lu}/u.test(tokenAt(doc, k).value) && !FIRST_NAMES.has(tokenAt(doc, k - 1).lower) && !isInnerHyphen(doc, k - 1) && !/^\p{Lu}\.$/u.test(tokenAt(doc, k - 1).value)) {
      nameStart = k;
      break;
    }
  }
  // the field of an "of" title before a given name that is no known first name: "Chief of Staff Denis Marrow"
  if (!organization) nameStart = nameAfterTitleField(doc, first, runStart, nameStart, last);
  // a surname alone after an abbreviated title inside the run: "Ohio Gov. Kasich"
  if (!organization && nameStart === runStart) nameStart = surnameAfterAbbreviatedTitle(doc, nameStart, last);
  // (or after a title written out in full: "Harbor Board Chairman Okafor")
  if (!organization && nameStart === runStart) nameStart = surnameAfterFullTitle(doc, nameStart, last);
  // a job word before a first name and a surname is a title: "Engineer Paul Lind", "Nurse Ada Orr"
  // (a known first name must follow: "Teacher Retirement System" is a body's name)
  if (!organization && nameStart < last - 2 && JOB_TITLE_WORDS.has(tokenAt(doc, nameStart).lower) && startsUpper(tokenAt(doc, nameStart).value) && !isInnerHyphen(doc, nameStart + 1) && (FIRST_NAMES.has(tokenAt(doc, nameStart + 1).lower) || titledPair(doc, first, nameStart, last))) {
    let rest = true;
    for (let j = nameStart + 1; j < last && rest; j++) {
      const w = tokenAt(doc, j);
      rest = (j > nameStart + 1 && isInnerHyphen(doc, j)) || (isNameToken(w, doc) && startsUpper(w.value) && !TITLE_WORDS.has(tokenTitleKey(w)) && !JOB_TITLE_WORDS.has(w.lower));
    }
    if (rest) nameStart++;
  }
  // "Developer Harlow Homes says": a kind of business opening the sentence before a name of two words or more
  if (nameStart === runStart && roleBeforeBodyName(doc, nameStart, last)) nameStart++;
  // a Korean name starts at its family name: "U.N. Secretary-General Ban Ki-moon"
  if (!organization && last - 4 > nameStart && givenNameSyllable(doc, last - 1)) nameStart = last - 4;
  const head_ = tokenAt(doc, last - 1);
  // "Mr. King", "Dr. Judge": after an honorific a title word is a surname
  const afterHonorific = nameStart === last - 1 && nameStart > first && HONORIFICS.has(tokenTitleKey(tokenAt(doc, nameStart - 1)));
  // a title's acronym in the plural heads a description of a group, whatever capitalised words stand before it:
  // "Opposition MPs", "Tech CEOs"
  const pluralAcronym = head_.value.endsWith('s') && isCapitals(head_.value.slice(0, -1)) && TITLE_WORDS.has(head_.lower.slice(0, -1));
  // and one person's, after a determiner and one word that is no first name: "the Tory MP", "a Labour MP"
  // ("Tom Hale MP" keeps its post-nominal below)
  const oneAcronym = isCapitals(head_.value) && PERSON_TITLE_ACRONYMS.has(head_.lower) && last - nameStart === 2 && nameStart > first &&
    tokenAt(doc, nameStart - 1).pos === 'DET' && !FIRST_NAMES.has(tokenAt(doc, nameStart).lower);
  const isName = !pluralAcronym && !oneAcronym && nameStart < last && !quantifierOpening(doc, nameStart) && !(nameStart === last - 1 && recordOpening(doc, nameStart)) && (isNameToken(head_, doc) || NAME_SUFFIXES.has(head_.lower) || givenNameSyllable(doc, last - 1)) && (afterHonorific || firstNameTitle(nameStart) || organization || bodyName || forHead(nameStart) || ofName(nameStart) || openingName(nameStart) || isInnerHyphen(doc, nameStart + 1) || !TITLE_WORDS.has(tokenTitleKey(tokenAt(doc, nameStart))));
  const start = tokenAt(doc, first).start;
  const end = head.end;
  if (!isName || (!organization && !bodyName && (describedByState(doc, runStart, last) || bareTitle(doc, first, nameStart, last)))) return shapedMention({ first, last, start, end, kind: 'description', titles: NO_TITLES, name: nameText(doc, start, end), ...descriptionHead(doc, first, last) });
  // post-nominal letters end no name: "Mark Ellis QC", "Tom Hale MP" (two name words or more before them)
  const nameEnd = !organization && last - nameStart > 2 && POST_NOMINALS.has(head_.value) && startsUpperLower(tokenAt(doc, last - 2).value) ? tokenAt(doc, last - 2).end : end;
  // a noun of what is said or of time before the name heads a relative clause, no title: "a claim Lee denied" is Lee's
  if (!organization && relativeHeadBeforeName(doc, first, nameStart)) {
    return shapedMention({ first, last, start: tokenAt(doc, nameStart).start, end, kind: 'name', titles: NO_TITLES, name: nameText(doc, tokenAt(doc, nameStart).start, nameEnd) });
  }
  return shapedMention({ first, last, start, end, kind: 'name', titles: titlePhrases(doc, first, nameStart), name: nameText(doc, tokenAt(doc, nameStart).start, nameEnd) });
}

/**
 * True when tokens [`first`, `open`) before a nickname's opening mark are
 * title words alone, with no given name: every one of them is a title word
 * ({@link TITLE_WORDS}, its abbreviation's period) or a job word
 * ({@link JOB_TITLE_WORDS}): 'Nurse "Red" Quill', 'Sheriff "Big Jim" Hale';
 * not 'Nurse Ada "Red" Quill', whose given name is Ada.
 */
function titleOnlyBefore(doc: Doc, first: number, open: number): boolean {
  if (first >= open) return false;
  for (let j = first; j < open; j++) {
    const t = tokenAt(doc, j);
    if (t.value === '.' && j > first) continue;
    if (!startsUpper(t.value) || !(TITLE_WORDS.has(tokenTitleKey(t)) || JOB_TITLE_WORDS.has(t.lower))) return false;
  }
  return true;
}

/**
 * True when token `k` is a bare apostrophe closing a capitalised plural and
 * opening the head of a body's name inside [`first`, `last`): "Leaders'
 * College", "Workers' Party" (a word of {@link ORGANIZATION_NOUNS} or
 * {@link ORGANIZATION_OF} right after it); not "Sanders' Campaign Manager".
 * So does the "'s" of a plural of {@link IRREGULAR_PLURAL_OWNERS} before a
 * body's name: "the Women's Tennis Association", "the People's Bank", and
 * that of a proper owner after "the": "The Alzheimer's Association".
 */
function pluralPossessiveInName(doc: Doc, k: number, first: number, last: number): boolean {
  if (k - 1 < first || k + 1 >= last) return false;
  const t = tokenAt(doc, k);
  const before = tokenAt(doc, k - 1);
  const after = tokenAt(doc, k + 1);
  // ("the Women's Tennis Association", "the People's Bank": a plural without "s" and its "'s", before a body's name)
  if ((t.lower === "'s" || t.lower === '’s') && t.pos === 'PART') {
    const head = tokenAt(doc, last - 1);
    // ("The Alzheimer's Association": a proper owner after an article, whose article goes with the body's head)
    const article = k - 2 >= first && tokenAt(doc, k - 2).lower === 'the' && before.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(before.value);
    // ("St. John's Hospital", "Saint Jude's Church": a saint owns the place named after them, fix96)
    const saint = k - 2 >= first && SAINT_WORDS.has(tokenAt(doc, k - 2).value) && /^\p{Lu}\p{Ll}/u.test(before.value);
    if (saint) return before.end === t.start && /^\p{Lu}\p{Ll}/u.test(after.value) && /^\p{Lu}/u.test(head.value);
    return before.end === t.start && (IRREGULAR_PLURAL_OWNERS.has(before.value) || article) && /^\p{Lu}\p{Ll}/u.test(after.value) && /^\p{Lu}/u.test(head.value) &&
      (ORGANIZATION_NOUNS.has(head.lower) || ORGANIZATION_NOUNS.has(after.lower) || ORGANIZATION_OF.has(after.lower));
  }
  if (t.value !== "'" && t.value !== '’') return false;
  return before.end === t.start && /^\p{Lu}\p{Ll}+s$/u.test(before.value) && /^\p{Lu}\p{Ll}/u.test(after.value) && (ORGANIZATION_NOUNS.has(after.lower) || ORGANIZATION_OF.has(after.lower));
}

/**
 * True when the run [`nameStart`, `last`) after "the" is an office with no name
 * after it: its last word ends an affiliation ({@link INNER_TITLES}) and no
 * word of it is a known first name ("The City Manager said", "the Police
 * Chief"); a title is a description, not a name ("City Manager Ada Moss" and
 * "the Howard Dean campaign" stay names).
 */
function bareTitle(doc: Doc, first: number, nameStart: number, last: number): boolean {
  if (nameStart <= first || last - nameStart < 2 || tokenAt(doc, nameStart - 1).lower !== 'the') return false;
  if (!INNER_TITLES.has(tokenTitleKey(tokenAt(doc, last - 1)))) return false;
  for (let k = nameStart; k < last; k++) if (FIRST_NAMES.has(tokenAt(doc, k).lower) || !startsUpper(tokenAt(doc, k).value)) return false;
  return true;
}

/**
 * True when token `t` is a capitalised word that can open a company's name
 * before its suffix: a noun, not an article, pronoun, preposition,
 * conjunction, adjective, word of time or word that describes a company
 * ("Student Loan Corp", not "The", "Rival" or "Monday" before "Acme Corp").
 */
function companyWord(t: Token): boolean {
  return startsUpperLower(t.value) && !COMPANY_WORD_TAGS.has(t.pos) && !COMPANY_DESCRIPTORS.has(t.lower) && !DAY_SET.has(t.lower) && !MONTH_SET.has(t.lower);
}

/** Tags of words that open no company's name (see {@link companyWord}). */
const COMPANY_WORD_TAGS: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'VERB', 'ADV', 'PART', 'NUM', 'ADJ']);

/**
 * True when the job word at `k` opens, with nothing before it in the phrase
 * `[first, last)`, a run of exactly two more capitalised words (the second
 * may be a surname with an apostrophe or a hyphen: "O'Hare", "Kasza-Lind")
 * that "said", "says", a comma or "of" and a capitalised word ("the" between
 * them or not) follows: "...,
 * Architect Lena Fischer said", "Novelist Ivo Varga says", "Criminologist
 * Lena Fischer, who ...", "Criminologist Lena Fischer of Tarn University" at
 * a sentence's start (a first name the list lacks). Not "the Teacher Retirement
 * System said" (a determiner before it), nor "Teacher Retirement System said"
 * (a word with a common noun's ending) nor a run with an organisation word.
 */
function titledPair(doc: Doc, first: number, k: number, last: number): boolean {
  if (k !== first || (last - k !== 3 && !(last - k === 5 && isInnerHyphen(doc, k + 3)))) return false;
  const after = maybeToken(doc, last);
  // (or "of" and a capitalised word, "the" between them or not: "Criminologist Lena Fischer of Tarn University said",
  // "Ecologist Ivo Varga of the Orla Trust")
  const of = maybeToken(doc, last + 1)?.lower === 'the' ? last + 2 : last + 1;
  const ofPlace = after?.lower === 'of' && startsUpper(maybeToken(doc, of)?.value ?? '');
  if (after === undefined || (!/^(said|says|,)$/.test(after.lower) && !ofPlace)) return false;
  for (let j = k + 1; j < last; j++) {
    const w = tokenAt(doc, j);
    if (j === k + 3 && last - k === 5) continue;
    const capitalised = startsUpperLower(w.value) || (j === k + 2 && /^\p{Lu}['\u2019]\p{Lu}\p{Ll}/u.test(w.value));
    if (ORGANIZATION_NOUNS.has(w.lower) || namedBodyWord(w.lower, tokenAt(doc, j - 1).lower) || AGENCY_NAME_WORDS.has(w.lower) || !capitalised || COMMON_NOUN_ENDINGS.some((e) => w.lower.endsWith(e))) return false;
  }
  return true;
}

/**
 * True when the "for" at token `k` joins the name of a body that speaks for a
 * cause ("Students for Clean Rivers", "Farmers for Clean Water"): a
 * capitalised plural name word before it, no title, and capitalised words
 * after it up to `last`, none of them a first name ("Attorneys for Ann Lee"
 * are the lawyers of a person).
 */
export function advocacyName(doc: Doc, k: number, last: number): boolean {
  if (tokenAt(doc, k).lower !== 'for' || k + 1 >= last || k - 1 < 0) return false;
  const before = tokenAt(doc, k - 1);
  if (!/^\p{Lu}\p{Ll}+s$/u.test(before.value) || /ss$/.test(before.value) || before.sent !== tokenAt(doc, k).sent || !isNameToken(before, doc) || TITLE_WORDS.has(tokenTitleKey(before))) return false;
  for (let j = k + 1; j < last; j++) {
    const t = tokenAt(doc, j);
    if (j === k + 1 && ARTICLES.has(t.value)) continue;
    if (!/^\p{Lu}/u.test(t.value) || FIRST_NAMES.has(t.lower) || TITLE_WORDS.has(tokenTitleKey(t))) return false;
  }
  return true;
}

/**
 * True when token `k` is a noun of records or studies capitalised only
 * because it opens its sentence: "Research shows that ...", "Research by the
 * institute found ..." (the tagger reads it as a proper noun), unless the text
 * writes it as a name elsewhere. The head nouns of the evidence rules count
 * too: "Evidence suggests ...", "Footage shows ...", "Polling shows ...".
 */
function recordOpening(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  if (!(isRecordNoun(t.lower) || EVIDENCE_SUBJECTS.has(t.lower)) || !/^\p{Lu}\p{Ll}+$/u.test(t.value) || namesInText(doc).has(t.value)) return false;
  const prev = maybeToken(doc, k - 1);
  return prev === undefined || prev.sent !== t.sent;
}

/**
 * True for a lower-case noun of records or studies (`FINDING_SOURCES` or
 * `DOCUMENT_NOUNS`): "research", "survey", "report", "letter".
 */
export function isRecordNoun(lower: string): boolean {
  return FINDING_SOURCES.has(lower) || DOCUMENT_NOUNS.has(lower);
}

/**
 * True when token `k` is a quantifier capitalised only because it opens its
 * sentence ({@link SENTENCE_QUANTIFIERS}): "Most of the voters the paper
 * polled", "Many Democrats", "Others" are descriptions of people, not names.
 * A word the text writes after a first name elsewhere is a surname ("Tom
 * Most ... Most said"), and a quotation closed by a comma opens no sentence
 * ('"...," Most said').
 */
function quantifierOpening(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  if (!SENTENCE_QUANTIFIERS.has(t.lower) || !/^\p{Lu}\p{Ll}/u.test(t.value) || namesInText(doc).has(t.value)) return false;
  const prev = maybeToken(doc, k - 1);
  if (prev === undefined || prev.sent !== t.sent) return true;
  return isMarkToken(prev.value) && !(k >= 2 && tokenAt(doc, k - 2).value === ',');
}

/**
 * How many tokens ending at `k` join an organisation's head to the name after
 * it with "for" (2: "Club for", 3 with an article: "Campaign for a"), not
 * before `first`; 0 when there is no such link.
 */
function orgForSpan(doc: Doc, first: number, k: number): number {
  const span = ARTICLES.has(tokenAt(doc, k).value) ? 3 : 2;
  if (k - span + 1 < first || tokenAt(doc, k - span + 2).lower !== 'for') return 0;
  const head = tokenAt(doc, k - span + 1);
  return ORGANIZATION_FOR.has(head.lower) && /^\p{Lu}/u.test(head.value) ? span : 0;
}

/**
 * Where the run of name tokens that ends at `end` starts, not before `first`:
 * name tokens, suffixes, "of" inside an organisation's name, and periods,
 * ampersands and dashes inside the run.
 */
function nameRunStart(doc: Doc, first: number, end: number, last: number): number {
  let nameStart = end;
  while (nameStart - 1 >= first) {
    const t = tokenAt(doc, nameStart - 1);
    // "of" inside an organisation's name: "the Federal Bureau of Mines", "Department of Energy"
    // (and a supporters' group inside a sentence: "The Friends of Hale Park said", as with "of the" below)
    const ofHead = nameStart - 2 >= first ? tokenAt(doc, nameStart - 2) : undefined;
    const orgOf = t.lower === 'of' && nameStart < last && ofHead !== undefined && /^\p{Lu}/u.test(ofHead.value) &&
      (ORGANIZATION_OF.has(ofHead.lower) || (GROUP_OF_HEADS.has(ofHead.lower) && ofHead.i > 0 && tokenAt(doc, ofHead.i - 1).sent === ofHead.sent));
    // (and "of the": "a group called Friends of the Pier", "the Bank of the West"; not opening a sentence, where
    // the capital tells nothing and the phrase stays a description)
    const head = nameStart - 3;
    if (t.value === 'the' && nameStart < last && head >= first && head > 0 && tokenAt(doc, head - 1).sent === tokenAt(doc, head).sent && tokenAt(doc, nameStart - 2).lower === 'of' && (ORGANIZATION_OF.has(tokenAt(doc, head).lower) || GROUP_OF_HEADS.has(tokenAt(doc, head).lower)) && /^\p{Lu}/u.test(tokenAt(doc, head).value)) {
      nameStart -= 2;
      continue;
    }
    // "the Club for Growth", "Campaign for a Fair Port": "for" after a capitalised organisation head, as in findNames
    const forHead = nameStart < last ? orgForSpan(doc, first, nameStart - 1) : 0;
    if (forHead > 0) {
      nameStart -= forHead;
      continue;
    }
    // a lower-case particle between name words, past further particles: "Omar bin Talal", "Anna van der Berg", "Luis de la Cruz"
    // (or opening a surname said alone, before its capitalised word: "van Dijk said", "de la Cruz said")
    const particle = (NAME_PARTICLES.has(t.lower) && nameStart < last && ((NAME_PARTICLES.has(t.value) && particleAfterName(doc, first, nameStart - 2)) || leadingParticle(doc, nameStart, end))) ||
      // ("Erik ten Hoven": a particle of GIVEN_NAME_PARTICLES right after a given name)
      (nameStart < last && nameStart - 2 >= first && givenNameParticle(doc, nameStart - 1)) ||
      // ("Sophie in 't Veld": a particle with the elided article, its mark and its "t", after a given name)
      (nameStart < last && elidedArticleParticleStart(doc, nameStart - 1) > first);
    // "Save the Harbor", "Save Our Pier": an article or possessive after a verb that opens a name ("a group called ...")
    // (the verb goes on too, whether or not it reads as a name by itself: "Save the Harbor said" opening a sentence)
    if (nameStart < last && nameStart - 2 >= first && articleAfterNameVerb(doc, nameStart - 1)) {
      nameStart -= 2;
      continue;
    }
    // "Leaders' College", "Workers' Party": a plural's apostrophe inside a body's name, before its head
    // (the plural goes with it, whatever it reads as alone: "Workers' Party" opening a sentence)
    if (pluralPossessiveInName(doc, nameStart - 1, first, last)) {
      nameStart -= 2;
      continue;
    }
    // ("Stand With Dover", "Friends Of The Pier": a capitalised preposition, conjunction or article inside a name)
    // ("Doctors Without Borders": the capitalised noun opening the sentence before such a preposition)
    const linkHead = nameStart < last && openingLinkHead(doc, nameStart - 1, nameStart) && capitalisedLink(doc, nameStart, first, last);
    // ("a group, Our Revolution, ...": a capitalised possessive inside a sentence opens a name, as in findNames)
    const inName = linkHead || capitalisedLink(doc, nameStart - 1, first, last) || isNameToken(t, doc) || (nameStart < last && possessiveOpensName(doc, t)) || givenNameSyllable(doc, nameStart - 1) || NAME_SUFFIXES.has(t.lower) || orgOf || particle || (t.lower === 'for' && advocacyName(doc, nameStart - 1, last)) || (ARTICLES.has(t.value) && nameStart - 2 >= first && advocacyName(doc, nameStart - 2, last)) || ((t.value === '.' || t.value === '&' || DASHES.has(t.value)) && nameStart < last);
    if (!inName) break;
    nameStart--;
  }
  return nameStart;
}

/**
 * True when a capitalised name word stands at `k`, past at most two lower-case
 * particles before it, not before `first`: the "Anna" of "Anna van der Berg".
 */
function particleAfterName(doc: Doc, first: number, k: number): boolean {
  let j = k;
  while (j >= first && j > k - 2 && NAME_PARTICLES.has(tokenAt(doc, j).value)) j--;
  return j >= first && isNameToken(tokenAt(doc, j), doc) && /^\p{Lu}/u.test(tokenAt(doc, j).value);
}

/**
 * True when the name run `[k, end)` opens with a capitalised word or with
 * another particle before one: the lower-case particle before `k` opens the
 * surname ("van Dijk", "de la Cruz").
 */
function leadingParticle(doc: Doc, k: number, end: number): boolean {
  let j = k;
  while (j < end && j < k + 2 && NAME_PARTICLES.has(tokenAt(doc, j).value)) j++;
  return j < end && /^\p{Lu}/u.test(tokenAt(doc, j).value) && isNameToken(tokenAt(doc, j), doc);
}

/**
 * True when token `k`, a capitalised preposition, conjunction or article
 * inside the phrase `[first, last)`, joins two capitalised words of one name
 * in a sentence written in sentence case: "a campaign named Stand With Dover
 * said", "Friends Of The Pier said". The lower-case verb after the phrase
 * tells a sentence from a title-case headline ("Analysts At Jefferies Say").
 */
function capitalisedLink(doc: Doc, k: number, first: number, last: number): boolean {
  if (k <= first || k >= last - 1 || !linkWord(tokenAt(doc, k))) return false;
  const after = maybeToken(doc, last);
  if (after === undefined || after.sent !== tokenAt(doc, k).sent || !/^\p{Ll}/u.test(after.value)) return false;
  // (over other such words, "Friends Of The Pier": a name word before them, a capitalised word after)
  let before = k - 1;
  while (before > first && linkWord(tokenAt(doc, before))) before--;
  let next = k + 1;
  while (next < last - 1 && linkWord(tokenAt(doc, next))) next++;
  const head = tokenAt(doc, before);
  return (isNameToken(head, doc) || openingLinkHead(doc, before, k)) && startsUpper(tokenAt(doc, next).value);
}


/** True for a capitalised preposition, conjunction or article: "With", "Of", "The". */
function linkWord(t: Token): boolean {
  return /^(ADP|CCONJ|DET)$/.test(t.pos) && startsUpperLower(t.value);
}

/**
 * The head of a description when it is not its last word: the last noun before
 * a preposition ("sources familiar with the talks" -> sources, "aides close to
 * Lindqvist" -> aides).
 */
function descriptionHead(doc: Doc, first: number, last: number): { head?: number } {
  let head = -1;
  let counted = false;
  for (let k = first; k < last; k++) {
    const t = tokenAt(doc, k);
    // "most of the candidates", "74 percent of voters": the head is the counted noun
    if (t.lower === 'of' && (head < 0 || isCount(tokenAt(doc, head)) || (k > first && isCount(tokenAt(doc, k - 1))))) {
      head = -1;
      counted = true;
      continue;
    }
    if (k === first && t.lower === 'at' && maybeToken(doc, k + 1)?.lower === 'least') {
      k++;
      continue;
    }
    if (t.pos === 'ADP' || (t.pos === 'ADJ' && maybeToken(doc, k + 1)?.pos === 'ADP')) return head >= 0 ? { head } : {};
    if (t.pos === 'NOUN' || t.pos === 'PROPN') head = k;
  }
  return counted && head >= 0 && head < last - 1 ? { head } : {};
}

/** A word that counts: "most", "half", "percent", "majority". */
function isCount(t: Token): boolean {
  return QUANTIFIERS.has(t.lower) || COUNT_NOUNS.has(t.lower) || t.pos === 'NUM';
}


/**
 * Where the object of a preposition goes on past one or two lower-case
 * adjectives at `y` ("northern" of "in northern Ohio", "nearby" of "of nearby
 * Castel Rio"): after them when the capitalised words up to `last` hold no
 * title word and no first name (a place or a body, not "former Sen. Gordon
 * Hale"); else `y`.
 */
function afterAdjectivesBeforeName(doc: Doc, y: number, last: number): number {
  let z = y;
  while (z - y < 2 && z < last - 1 && tokenAt(doc, z).pos === 'ADJ' && /^\p{Ll}/u.test(tokenAt(doc, z).value)) z++;
  if (z === y) return y;
  for (let j = z; j < last; j++) {
    const t = tokenAt(doc, j);
    if (!/^(\p{Lu}|\.$)/u.test(t.value) || TITLE_WORDS.has(tokenTitleKey(t)) || FIRST_NAMES.has(t.lower)) return y;
  }
  return z;
}

/**
 * The mention of tokens [first, last) that open with titles only before the
 * preposition at `k` ("Director of ...", "Secretary of ..."), its object
 * starting at `y`: a description of the office-holder, the whole phrase,
 * when the object is a body with no person named after it ("Director of
 * the Office of Ports and Harbours", "Secretary of Health and Human
 * Services", "Chairman of Acme Corp"); else the phrase's named run
 * ({@link namedRun}: "Secretary of State John Kerry" is John Kerry).
 */
function officeHolder(doc: Doc, first: number, k: number, y: number, last: number): Mention {
  const named = namedRun(doc, first, last, tokenAt(doc, last - 1));
  if (named.kind !== 'name' || tokenAt(doc, k).lower !== 'of') return named;
  // (a name left after titles is the body only when it is the whole object: "Chairman of Acme Corp", not "Secretary of
  // State Kerry")
  if (named.titles.length > 0 && named.name !== nameText(doc, tokenAt(doc, y).start, tokenAt(doc, last - 1).end)) return named;
  for (let j = y; j < last; j++) if (FIRST_NAMES.has(tokenAt(doc, j).lower)) return named;
  const start = tokenAt(doc, first).start;
  const end = tokenAt(doc, last - 1).end;
  return shapedMention({ first, last, start, end, kind: 'description', titles: NO_TITLES, name: nameText(doc, start, end), head: k - 1 });
}

/**
 * A phrase "X of/in/at/from/for Y" whose Y is a capitalised name (a place or an
 * organisation): the speaker is X, and Y only describes it. Returns the
 * mention, or null when the phrase is not of that shape: an organisation name
 * with "of" ("the Federal Bureau of Mines", "Department of Energy"), a title
 * with "of" before a person ("Secretary of State John Kerry").
 */
function describingTail(doc: Doc, first: number, last: number): Mention | null {
  for (let k = first + 1; k < last - 1; k++) {
    const prep = tokenAt(doc, k);
    if (!TAIL_PREPOSITIONS.has(prep.lower) || capitalisedLink(doc, k, first, last)) continue;
    let y = k + 1;
    if (tokenAt(doc, y).pos === 'DET' && y < last - 1) y++;
    // (and a kind of body after the article: "campaigners from the group Fair Homes")
    if (y > k + 1 && y < last - 1 && NAMED_BODY_KINDS.has(tokenAt(doc, y).value)) y++;
    // (and one or two lower-case adjectives before a name that holds no title and no first name: "voters in
    // northern Ohio", "the mayor of nearby Dover"; not "the endorsement of former Sen. Gordon Hale", a person's)
    y = afterAdjectivesBeforeName(doc, y, last);
    if (!/^\p{Lu}/u.test(tokenAt(doc, y).value)) {
      const named = affiliatedName(doc, first, k, last);
      if (named !== null) return named;
      continue;
    }
    const before = tokenAt(doc, k - 1);
    // (not a plural of people alone before "of": "Workers of the Ledger" are people, "United Auto Workers of America" a body)
    const peopleOf = prep.lower === 'of' && k - 1 === first && /[^s]s$/.test(before.lower) && PEOPLE_NOUNS.has(before.lower);
    if ((prep.lower === 'of' ? ORGANIZATION_OF : prep.lower === 'for' ? ORGANIZATION_FOR : null)?.has(before.lower) === true && /^\p{Lu}/u.test(before.value) && !peopleOf) continue;
    if (advocacyName(doc, k, last)) continue;
    // "a group called Friends of the Pier": a supporters' group named inside a sentence
    if (prep.lower === 'of' && GROUP_OF_HEADS.has(before.lower) && /^\p{Lu}/u.test(before.value) && k - 2 >= 0 && tokenAt(doc, k - 2).sent === before.sent) continue;
    // only titles before the preposition: "Secretary of State Kerry" is a title phrase
    let allTitles = true;
    for (let j = first; j < k; j++) {
      const t = tokenAt(doc, j);
      if (t.value === '.') continue;
      if (t.pos === 'DET' || !/^\p{Lu}/u.test(t.value) || !TITLE_WORDS.has(tokenTitleKey(t))) allTitles = false;
    }
    // "Senator from Texas", "Governor of Ohio": a title and a place, no one named, is a description
    if (allTitles && isPlaceName(doc.text.slice(tokenAt(doc, y).start, tokenAt(doc, last - 1).end))) {
      const start = tokenAt(doc, first).start;
      const end = tokenAt(doc, last - 1).end;
      return shapedMention({ first, last, start, end, kind: 'description', titles: NO_TITLES, name: nameText(doc, start, end), head: k - 1 });
    }
    // "Director of the Office of Ports and Harbours", "Secretary of Health and Human Services" with no one named
    // after the body: the whole phrase describes the office-holder, not the body (a name after it keeps its titles:
    // "Secretary of State John Kerry")
    if (allTitles) return officeHolder(doc, first, k, y, last);
    // a person named at the end: "Director of Government Affairs Phil Smith"
    let run = last;
    while (run - 1 > k && isNameToken(tokenAt(doc, run - 1), doc)) run--;
    // (not when the person is the preposition's object: "Attorneys for Ann Lee")
    if (last - run >= 2 && FIRST_NAMES.has(tokenAt(doc, run).lower) && run > y) return null;
    // an organisation's title before a person: "Centers for Disease Control Director Tom Reyes" is Tom Reyes,
    // "City Chief of Staff Ann Lee" is Ann Lee; not when the words before the preposition are lower-case or
    // people ("a spokesman for Mayor Tom Reyes", "Supporters of Sen. Ann Lee" speak themselves)
    const people = tokenAt(doc, k - 1).lower;
    let named = TITLE_WORDS.has(titleKey(people)) || (!PEOPLE_NOUNS.has(people) && !PEOPLE_NOUNS.has(people.replace(/s$/, '')));
    // (nor when a person is named before it: "Tom Hale of the Mark Benson Center")
    for (let j = first; j < k && named; j++) named = /^(\p{Lu}|\.$)/u.test(tokenAt(doc, j).value) && !FIRST_NAMES.has(tokenAt(doc, j).lower);
    // (nor, after a plural that is no title, when only titles stand between the preposition and the name:
    // "Colleagues of Mayor Ann Lee" speak themselves; "Centers for Disease Control Director" names a body)
    if (named && /[^s]s$/.test(people) && !TITLE_WORDS.has(titleKey(people)) && !bodyBeforeTitles(doc, y, last)) named = false;
    for (let j = y + 1; named && j < last - 1; j++) {
      const t = tokenAt(doc, j);
      if (!/^(\p{Lu}|\.$)/u.test(t.value)) break;
      if (FIRST_NAMES.has(t.lower) && /^\p{Lu}/u.test(t.value)) return null;
    }
    const head = makeMention(doc, first, k);
    if (head === null || head.kind === 'pronoun') return null;
    const start = tokenAt(doc, first).start;
    const end = tokenAt(doc, last - 1).end;
    if (head.kind === 'name') return mentionWith(head, { last, end });
    // "74 percent of Democratic voters": a count is not the head; the counted people are
    const counted = prep.lower === 'of' && isCount(tokenAt(doc, k - 1));
    const whole = counted ? descriptionHead(doc, first, last).head ?? last - 1 : head.head ?? k - 1;
    return shapedMention({ first, last, start, end, kind: 'description', titles: NO_TITLES, name: nameText(doc, start, end), head: whole });
  }
  return null;
}

/**
 * A person's name before of/at/from/with and a body written in lower case
 * ("Keating of the fund", "Ann Lee at the agency"): the body is an
 * affiliation, as in an appositive, and the speaker is the person. The
 * preposition is token `k`; after it come "the" and lower-case words up to
 * `last` that end in a noun for an organisation. Null for any other shape,
 * and when the words before the preposition are no name of a person
 * ("Members of the fund", "Acme Corp of the group").
 */
function affiliatedName(doc: Doc, first: number, k: number, last: number): Mention | null {
  if (!AFFILIATION_PREPOSITIONS.has(tokenAt(doc, k).lower) || tokenAt(doc, k + 1).lower !== 'the' || k + 2 >= last) return null;
  for (let j = k + 2; j < last; j++) {
    const t = tokenAt(doc, j);
    if (!/^\p{Ll}/u.test(t.value) || t.pos === 'VERB' || t.pos === 'ADP') return null;
  }
  if (kindOfHead(tokenAt(doc, last - 1).lower) !== 'organization') return null;
  const head = makeMention(doc, first, k);
  if (head === null || head.kind !== 'name') return null;
  const kind = kindOfName(head.name);
  if (kind === 'organization' || kind === 'place' || kind === 'group') return null;
  return mentionWith(head, { last, end: tokenAt(doc, last - 1).end });
}

/**
 * True when a capitalised word that is no title stands in tokens [y, last)
 * before the titles in front of the name at the end ("Disease Control" in
 * "Disease Control Director Tom Reyes"; none in "Mayor Ann Lee"). The name
 * starts at its first first name, or is the last word.
 */
function bodyBeforeTitles(doc: Doc, y: number, last: number): boolean {
  let name = last - 1;
  for (let j = y; j < last - 1; j++) {
    const t = tokenAt(doc, j);
    if (FIRST_NAMES.has(t.lower) && /^\p{Lu}/u.test(t.value)) {
      name = j;
      break;
    }
  }
  let titles = name;
  while (titles - 1 >= y && (tokenAt(doc, titles - 1).value === '.' || TITLE_WORDS.has(tokenTitleKey(tokenAt(doc, titles - 1))))) titles--;
  for (let j = y; j < titles; j++) {
    const t = tokenAt(doc, j);
    if (/^\p{Lu}/u.test(t.value) && !TITLE_WORDS.has(tokenTitleKey(t))) return true;
  }
  return false;
}

/** Words looked at, at most, on the line that ends before a token. */
const MAX_HEADLINE_TOKENS = 12;

/**
 * True when the line that ends right before token `k` cannot run on into it:
 * the line looks like a headline (its words, up to the last dozen, all
 * capitalised, and no full stop or comma at its end: "Budget Talks Stall"), it
 * ends on a word with a full stop that is no title ("the U.S."), or a
 * lower-case word ends it and a capitalised one starts the next ("the polls
 * \nReyes"). A line of running text cut by a hard wrap runs on ("Mayor
 * Ann\nReyes", "the chief financial\nofficer").
 */
function lineEndsAt(doc: Doc, k: number): boolean {
  const end = tokenAt(doc, k - 1);
  if (end.value === ',') return false;
  if (/\.$/.test(end.value)) return end.value !== '.' && !TITLE_WORDS.has(tokenTitleKey(end));
  if (/^\p{Ll}/u.test(end.value)) return /^\p{Lu}/u.test(tokenAt(doc, k).value);
  for (let j = k - 1; j >= Math.max(0, k - MAX_HEADLINE_TOKENS); j--) {
    const t = tokenAt(doc, j);
    if (/^\p{Ll}/u.test(t.value)) return false;
    if (j === 0 || /[\n\r]/.test(viewSlice(doc.view, tokenAt(doc, j - 1).end, t.start))) return true;
  }
  return true;
}

/**
 * True when the name or description `m` stands for people or a body: a
 * person, group or organisation by name, or a description whose head is one
 * ("the governor", "many voters", "the agency"; not "a note").
 */
export function namesPeopleOrBody(doc: Doc, m: Mention): boolean {
  const kind = m.kind === 'name' ? kindOfName(m.name) : kindOfHead(tokenAt(doc, m.head ?? m.last - 1).lower);
  return isPeopleKind(kind) || kind === 'organization';
}

/**
 * True when `m` is a name or a personal subject pronoun ("he", "she", "they",
 * "we", "I"): the subject of a nearer clause that speaks for a cue after it
 * (see `conjoined-clause.ts`, `object-relative.ts`).
 */
export function isNameOrPersonPronoun(m: Mention): boolean {
  return m.kind === 'name' || (m.kind === 'pronoun' && PERSON_SUBJECT_PRONOUNS.has(m.name.toLowerCase()));
}

/**
 * True when tokens `k` to `k + 2`, in one sentence, are a quantifier or a
 * number, "of" and a plural object pronoun ({@link PARTITIVE_OBJECT_PRONOUNS}):
 * "One of them", "Both of us", "Each of you", "Two of them". Such a count is a
 * speaker (`One of them said`) and, after a verb of telling, a listener
 * (`told one of them the plan ...`, `reported/listener-split.ts`).
 */
export function countOfPronounAt(doc: Doc, k: number): boolean {
  const count = maybeToken(doc, k), of = maybeToken(doc, k + 1), pronoun = maybeToken(doc, k + 2);
  if (count === undefined || of === undefined || pronoun === undefined || pronoun.sent !== count.sent) return false;
  return (QUANTIFIERS.has(count.lower) || count.pos === 'NUM') && of.lower === 'of' && PARTITIVE_OBJECT_PRONOUNS.has(pronoun.lower);
}

/** True when the phrase can be a speaker: a person noun, a name, a pronoun, a document or outlet. */
export function canSpeak(doc: Doc, m: Mention): boolean {
  const head = tokenAt(doc, m.head ?? m.last - 1);
  if (m.kind === 'pronoun' || m.kind === 'name' || INDEFINITE_PEOPLE.has(head.lower)) return true;
  // "the 61-year-old": an age stands for the person
  if (isAgeWord(doc, m.last - 1)) return true;
  // "Those close to him": a demonstrative with what describes it
  if (PLURAL_DEMONSTRATIVES.has(head.lower) && m.last - m.first > 2) return true;
  // a noun the tagger read as a verb after a determiner or an adjective: "the same polling"
  if (head.pos === 'VERB' && head.i > m.first && DETERMINER_OR_ADJECTIVE_TAGS.has(tokenAt(doc, head.i - 1).pos)) return true;
  // "One of them", "Both of us", "each of you": a count of people an object pronoun names (the count is the head)
  if (m.last - m.first === 3 && countOfPronounAt(doc, m.first)) return true;
  if (NOT_SPEAKERS.has(head.lower)) return false;
  // "the left-back": a particle joined by a hyphen to a noun ends that noun
  if (head.i - 2 >= m.first && hyphenTail(doc, head.i)) return true;
  // "The self-styled green populist said": an adjective the tagger gave the head, after its modifiers
  if (head.pos === 'ADJ' && head.i === m.last - 1 && m.last - m.first >= 3 && describedAdjective(doc, m.last, m.first)) return true;
  // "the latter said": the second of two people just named ("the former" is a title word)
  if (BACK_POINTERS.has(head.lower) && m.last - m.first === 2 && tokenAt(doc, m.first).lower === 'the') return true;
  // "A third said", "a majority say": a fraction of people
  // ("Nearly a third", "Less than a third": with the count's own modifiers)
  if (FRACTION_NOUNS.has(head.lower) && (m.last - m.first <= 2 || FRACTION_COUNTS.has(tokenAt(doc, head.i - 1).lower))) return true;
  // the subject of a cue speaks for itself: any noun but the few that never do
  return head.pos === 'NOUN' || head.pos === 'PROPN' || PEOPLE_NOUNS.has(head.lower) || DOCUMENT_NOUNS.has(head.lower) || ORGANIZATION_NOUNS.has(head.lower) || isNameToken(head, doc) || TITLE_WORDS.has(head.lower);
}

/**
 * True when token `k`, a capitalised noun of a kind of business or body
 * ({@link BODY_KIND_OPENERS}) that opens its sentence (or a quotation),
 * stands before a run of two or more capitalised name words up to `last`:
 * "Developer Harlow Homes says", "Retailer Marks & Spencer said". One word
 * after it may be a name of two words ("Utility Warehouse") and stays.
 */
function roleBeforeBodyName(doc: Doc, k: number, last: number): boolean {
  const t = tokenAt(doc, k);
  if (last - k < 3 || !BODY_KIND_OPENERS.has(t.lower) || !startsUpperLower(t.value)) return false;
  const prev = maybeToken(doc, k - 1);
  if (prev !== undefined && prev.sent === t.sent && !isMarkToken(prev.value)) return false;
  for (let j = k + 1; j < last; j++) {
    const w = tokenAt(doc, j);
    if (!(startsUpper(w.value) || w.value === '&') || TITLE_WORDS.has(tokenTitleKey(w))) return false;
  }
  return true;
}

/**
 * True when token `k` opens its sentence (or follows a quotation mark there)
 * and is a capitalised common noun that could open a body's name: no day,
 * month, word of a company's state ("Struggling"), title or honorific, nor one
 * before a known first name.
 */
function sentenceOpeningNoun(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  const before = maybeToken(doc, k - 1);
  const opens = before === undefined || before.sent !== t.sent || isMarkToken(before.value);
  // (no title before a person's name: "Senator Frank Church said" keeps its reading)
  const next = maybeToken(doc, k + 1);
  if (TITLE_WORDS.has(tokenTitleKey(t)) || HONORIFICS.has(tokenTitleKey(t)) || (next !== undefined && FIRST_NAMES.has(next.lower))) return false;
  return opens && (t.pos === 'NOUN' || t.pos === 'PROPN') && startsUpperLower(t.value) && !DAY_SET.has(t.lower) && !MONTH_SET.has(t.lower) && !COMPANY_STATE_WORDS.has(t.lower);
}
