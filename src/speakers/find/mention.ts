/**
 * Building a mention from a token range: name or description, its titles,
 * its head noun, and a describing tail ("Rep. Ann Cole of California").
 * @internal
 */
import { mentionWith, shapedMention, type Mention } from '../shape.js';
import { isPlaceName, kindOfHead, kindOfName, namedBodyWord, titledGivenName } from '../kinds.js';
import { FIRST_NAMES, SERVICE_FIRST_NAMES } from '../../data/names.js';
import { AGENCY_NAME_WORDS, COMPANY_STATE_WORDS, COMPANY_WORDS, INDEFINITE_PEOPLE, GROUP_OF_HEADS, NAMED_BODY_KINDS, ORGANIZATION_FOR, ORGANIZATION_NOUNS, SURNAME_ORGANIZATION_NOUNS, ORGANIZATION_OF, ORGANIZATION_OPENING_WORDS, PEOPLE_NOUNS } from '../../data/people.js';
import { PRONOUNS } from '../../data/pronouns.js';
import { FIRST_NAME_TITLES, HONORIFICS, INNER_TITLES, JOB_TITLE_WORDS, NAME_SUFFIXES, PERSON_TITLE_ACRONYMS, POST_NOMINALS, TITLE_WORDS } from '../../data/titles.js';
import type { Doc, Token } from '../../prepare/document.js';
import { isNameToken, numberedName } from './name-tokens.js';
import { possessiveName, contractedHasName } from './contractions.js';
import { quotedNicknameStart, givenBeforeNickname } from './quoted-nickname.js';
import { givenNameSyllable, isInnerHyphen } from './name-marks.js';
import { misdecodedWordStart } from './misdecoded.js';
import { surnameAfterOtherName } from './name-uses.js';
import { titleKey, tokenTitleKey } from './title-keys.js';
import { NO_TITLES, titlePhrases } from './titles.js';
import { possessiveConjunctName } from './possessive-conjunct.js';
import { taggedCoordinationName } from './tagged-conjunct.js';
import { relativeHeadBeforeName } from './relative-head.js';
import { nameAfterTitleField, surnameAfterAbbreviatedTitle, surnameAfterFullTitle } from './title-field.js';
import { isMarkToken, maybeToken, timestampLength, tokenAt } from '../../prepare/lookup.js';
import { AFFILIATION_PREPOSITIONS, TAIL_PREPOSITIONS } from '../../data/function-words.js';
import { viewSlice, viewCode } from '../../prepare/view.js';
import { isCapitals, startsUpper, startsUpperLower } from '../../prepare/case.js';
import { advocacyName, nameRunStart, capitalisedLink } from './name-run.js';
import { recordOpening, quantifierOpening, roleBeforeBodyName, sentenceOpeningNoun } from './sentence-openers.js';
import { describedByState, bareTitle, companyWord, titledPair } from './run-description.js';
import { titleFieldAnd, firstNameAfter, coordinatedTitles, titleOnlyBefore } from './joined-names.js';
import { descriptionHead, isCount } from './description-head.js';
import { afterAdjectivesBeforeName, bodyBeforeTitles } from './describing-tail-words.js';
import { lineEndsAt } from './headline-line.js';

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
