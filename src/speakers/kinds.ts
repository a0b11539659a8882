/**
 * What kind of entity a name or a description stands for: person,
 * organisation, group, place or unknown. Reads the word lists in src/data.
 * @internal
 */
import type { SpeakerKind } from '../types.js';
import { AGENCY_NAME_WORDS, LONG_AGENCY_NAME_WORDS, NEWSPAPER_NAME_WORDS, COLLECTIVE_PEOPLE, ORGANIZATION_OF, GROUP_KIND_NOUNS, GROUP_OF_HEADS, NOT_PERSON_NAMES, ORGANIZATION_KIND_NOUNS, PLURAL_PEOPLE_WORDS, ORGANIZATION_OPENING_WORDS, ORGANIZATION_NOUNS, NAME_ORGANIZATION_NOUNS, PEOPLE_NOUNS, PLACE_WORDS, QUALIFIED_ORGANIZATION_NOUNS, SURNAME_ORGANIZATION_NOUNS, BODY_HEAD_SURNAMES, THING_WORDS, GIVEN_NAME_ORGANIZATION_NOUNS, FACILITY_NAME_WORDS, TITLE_ORGANIZATION_WORDS, QUALIFIED_THING_WORDS } from '../data/people.js';
import { FIRST_NAMES, NAME_OPENING_POSSESSIVES } from '../data/names.js';
import { splitWords } from './name-words.js';
import { TITLE_WORDS } from '../data/titles.js';
import { NATIONALITY_COUNTRY, PLACE_NAMES, STATE_ABBREVIATION_WORDS } from '../data/places.js';

/**
 * Answers of a function of one string, kept so that the names and words a
 * long text repeats are worked out once (cleared when large, so a
 * long-running process stays bounded).
 */
function remembered<T>(f: (s: string) => T): (s: string) => T {
  const known = new Map<string, T>();
  return (s) => {
    let v = known.get(s);
    if (v === undefined && !known.has(s)) {
      v = f(s);
      if (known.size >= 20_000) known.clear();
      known.set(s, v);
    }
    return v as T;
  };
}

/** A name lower-cased, without periods and with single spaces: "U.S." -> "us", "New  York" -> "new york". */
export const placeKey: (name: string) => string = remembered((name) => splitWords(name.toLowerCase().replace(/\./g, '').replace(/^the\s+/, '')).join(' '));

/**
 * True when the whole name is a country, US state, city or region in the built-in list (remembered: the rules
 * ask about the same names again and again).
 */
export const isPlaceName: (name: string) => boolean = remembered((name) => PLACE_NAMES.has(placeKey(name)) || PLACE_NAMES.has(name.toLowerCase().replace(/^the\s+/, '')));

/** True when the name is a nationality adjective or a people word ("American", "Latinos"). */
export function isNationalityWord(name: string): boolean {
  return NATIONALITY_COUNTRY.has(placeKey(name)) && !isPlaceName(name);
}

/** True for a newspaper state abbreviation ("Calif.", "Tenn.") or postal code standing alone. */
export function isStateAbbreviation(word: string): boolean {
  return STATE_ABBREVIATION_WORDS.has(word.toLowerCase().replace(/\.$/, ''));
}

/** The kind of a named entity: organisation words, places, peoples, else a person. */
export const kindOfName: (name: string) => SpeakerKind = remembered(kindOfNameOnce);

function kindOfNameOnce(name: string): SpeakerKind {
  const ws = splitWords(name.toLowerCase());
  if (ws.includes('&')) return 'organization';
  // "KING-TV": the parts of a hyphenated word count too
  if (ws.some((w, i) => w.replace(/[.,]$/, '').split('-').some((part) => ORGANIZATION_NOUNS.has(part) && !surnameOnly(ws, i, part) && !givenNameOnly(ws, i, part)))) return 'organization';
  // (and a word that names a body only in a name, or only after its qualifier: "Halvorsen Energy", "the Red Cross")
  if (ws.some((w, i) => namedBodyWord(w.replace(/[.,]$/, ''), ws[i - 1]))) return 'organization';
  // "the Secret Service", "the National Weather Service": a government body's name word of AGENCY_NAME_WORDS ends
  // an organisation's name (not after a first name: a person surnamed "Service")
  if (ws.length > 1 && AGENCY_NAME_WORDS.has(ws[ws.length - 1]!) && !FIRST_NAMES.has(ws[ws.length - 2]!)) return 'organization';
  // ("the Rail Accident Investigation Branch": a word that is also a surname ends one after two words or more)
  if (ws.length > 2 && LONG_AGENCY_NAME_WORDS.has(ws[ws.length - 1]!)) return 'organization';
  // "The Ledger", "the Dayton Observer": a newspaper's name word ends an organisation's name (not after a first name)
  if (NEWSPAPER_NAME_WORDS.has(ws[ws.length - 1] ?? '') && (ws.length === 1 || !FIRST_NAMES.has(ws[ws.length - 2]!))) return 'organization';
  // "Sports Illustrated", "Judicial Watch", "the Harbor Reform Movement": a publication's or campaigners' name word ends
  // an organisation's name of two words or more (not after a first name)
  if (ws.length > 1 && TITLE_ORGANIZATION_WORDS.has(ws[ws.length - 1]!) && !FIRST_NAMES.has(ws[ws.length - 2]!)) return 'organization';
  // "Friends of Hale Park", "Friends of the Earth": a supporters' group's name
  if (ws.length > 2 && GROUP_OF_HEADS.has(ws[0]!) && ws[1] === 'of') return 'organization';
  // "United Auto Workers of America", "Chamber of Commerce", "Division of Gaming Enforcement": a body's head that takes
  // "of" ({@link ORGANIZATION_OF}), capitalised, before a capitalised "of" name heads an organisation's name
  if (bodyOfName(name)) return 'organization';
  // "Citizens for Safer Streets", "Club for Clean Harbors": no person's name has "for" inside
  if (ws.length > 2 && ws.indexOf('for') > 0 && ws.indexOf('for') < ws.length - 1 && /^\p{Lu}/u.test(name.trim())) return 'organization';
  // "Public Citizen", "Public Health England": a word that opens a body's name and never a person's
  // (also after a title word: "Democratic National Convention")
  if (ws.length > 1 && (ORGANIZATION_OPENING_WORDS.has(ws[0]!) || (ws.length > 2 && ORGANIZATION_OPENING_WORDS.has(ws[1]!) && TITLE_WORDS.has(ws[0]!))) && /^\p{Lu}/u.test(name.trim())) return 'organization';
  // "Our Revolution", "Your Money Matters": a name opened by a possessive determiner names a body or a thing, no person
  if (ws.length > 1 && NAME_OPENING_POSSESSIVES.has(name.trim().split(/\s/u)[0]!)) return 'organization';
  if (isPlaceName(name)) return 'place';
  // "Evin Prison", "Trump Tower", "the Aral Sea": a building's, a garden's or a sea's name word ends a place's name (not
  // after a first name: "Ann Tower")
  if (ws.length > 1 && FACILITY_NAME_WORDS.has(ws[ws.length - 1]!) && !FIRST_NAMES.has(ws[ws.length - 2]!)) return 'place';
  // "Election Day", "Social Security": a day or a programme named by its qualifier, no one ("Sandra Day" is a person)
  if (ws.length > 1 && QUALIFIED_THING_WORDS.get(ws[ws.length - 1]!)?.has(ws[ws.length - 2]!) === true) return 'unknown';
  if (ws.length > 1 && PLACE_WORDS.has(ws[ws.length - 1]!)) return 'place';
  if (isNationalityWord(name)) return /s$/.test(ws[ws.length - 1]!) ? 'group' : 'unknown';
  // "African-Americans", "Muslim-American": a people word joined by a hyphen
  if (ws.length === 1 && ws[0]!.includes('-') && isNationalityWord(ws[0]!.slice(ws[0]!.lastIndexOf('-') + 1))) return /s$/.test(ws[0]!) ? 'group' : 'unknown';
  // "xTally", "D": one word that starts lower-case or is a single letter names no one
  if (ws.length === 1 && (!/^\p{Lu}/u.test(name.trim()) || name.replace(/[.\s]/g, '').length < 2)) return 'unknown';
  if (ws.length === 1 && isStateAbbreviation(ws[0]!) && /\.$/.test(ws[0]!)) return 'place';
  // "N.D.", "S.C.": a postal code written with periods is a state, not an acronym's organisation
  if (ws.length === 1 && /^(\p{Lu}\.){2}$/u.test(name.trim()) && isStateAbbreviation(placeKey(name))) return 'place';
  const last = ws[ws.length - 1]!;
  if (ws.length === 1 && NOT_PERSON_NAMES.has(last)) return 'unknown';
  // "Democrats", "Republicans": a people word standing alone names a group
  if (ws.length === 1 && PEOPLE_NOUNS.has(last)) return /[^s]s$/.test(last) ? 'group' : 'person';
  // "Regulators said", "Inspectors said": the plural of a person's or a body's noun opening a sentence names a group
  if (ws.length === 1 && /^\p{Lu}\p{Ll}+[^s]s$/u.test(name.trim()) && pluralOfSpeakerNoun(last)) return 'group';
  // "Readers said", "Respondents say": a plural of a people noun left out of those lists is a group too
  if (ws.length === 1 && /^\p{Lu}\p{Ll}+[^s]s$/u.test(name.trim()) && PLURAL_PEOPLE_WORDS.has(last)) return 'group';
  // "Investigations show", "Relations said": a plural noun of an action names no person
  if (ws.length === 1 && /^\p{Lu}\p{Ll}+[ts]ions$/u.test(name.trim())) return 'unknown';
  // "FBI", "ISIS", "NAFTA": an acronym standing alone is an organisation or a thing, not a person
  if (ws.length === 1 && /^[\p{Lu}&.]{2,}$/u.test(name.trim()) && !FIRST_NAMES.has(last)) return 'organization';
  // "the Pacific Fisheries Accord", "the Clean Harbors Act"
  if (ws.length > 1 && THING_WORDS.has(last)) return 'unknown';
  // "Many Latino Republicans", "Young Democrats", "Evangelical Christians": a plural people word ends a group's name,
  // unless a first name opens it ("Peter Sellers")
  if (ws.length > 1 && /[^s]s$/.test(last) && (PEOPLE_NOUNS.has(last) || NATIONALITY_COUNTRY.has(last)) && !FIRST_NAMES.has(ws[0]!)) return 'group';
  return 'person';
}

/**
 * The kind of a name that the text gave with titles ("Mayor" for "Don
 * Guardian"): as {@link kindOfName}, but an organisation's name that reads as a
 * person's after its last title word is a person's ("Mayor Don Guardian"; "the
 * Guardian" with no title stays an organisation).
 */
export function kindOfTitledName(name: string, titles: readonly string[]): SpeakerKind {
  const kind = kindOfName(name);
  const title = titles.length > 0 ? splitWords(titles[titles.length - 1]!).pop() : undefined;
  if (kind !== 'organization' || title === undefined || !TITLE_WORDS.has(title.toLowerCase())) return kind;
  return kindOfName(`${title} ${name}`) === 'person' ? 'person' : kind;
}

/**
 * The kind of the speaker a transcript's label in capitals names (`MENDES:`,
 * `ANNA LEE:`): read as if written in ordinary case, so that capitals alone make
 * no acronym's organisation; an organisation's word still makes one (`POLICE:`).
 */
export function kindOfTurnLabel(name: string): SpeakerKind {
  const kind = kindOfName(name);
  if (kind !== 'organization' || /\p{Ll}/u.test(name)) return kind;
  return kindOfName(name.replace(/\p{Lu}+/gu, (w) => w[0]! + w.slice(1).toLowerCase()));
}

/**
 * True when a word of {@link ORGANIZATION_OF}, capitalised and not first after a
 * first name, stands right before an "of" that a capitalised word follows:
 * "United Auto Workers of America", "Hollywood Chamber of Commerce"; not
 * "Secretary of State Ann Cole" (no such head), nor "Ann Chambers of Ohio".
 */
function bodyOfName(name: string): boolean {
  const ws = splitWords(name);
  for (let k = 1; k < ws.length - 1; k++) {
    if (ws[k] !== 'of') continue;
    const head = ws[k - 1]!;
    if (/^\p{Lu}/u.test(head) && /^\p{Lu}/u.test(ws[k + 1]!) && ORGANIZATION_OF.has(head.toLowerCase()) && !(k === 2 && FIRST_NAMES.has(ws[0]!.toLowerCase()))) return true;
  }
  return false;
}

/** True when a plural word's singular names a person, a body or a crowd ("regulators", "inspectors", "crews"). */
function pluralOfSpeakerNoun(word: string): boolean {
  const singular = word.slice(0, -1);
  return PEOPLE_NOUNS.has(singular) || ORGANIZATION_KIND_NOUNS.has(singular) || GROUP_KIND_NOUNS.has(singular);
}

/**
 * True when name word `w`, lower-case, makes the name an organisation's
 * though it is no word of {@link ORGANIZATION_NOUNS}: a word of
 * {@link NAME_ORGANIZATION_NOUNS} ("Halvorsen Energy"), or one of
 * {@link QUALIFIED_ORGANIZATION_NOUNS} right after its qualifier `before`
 * ("Red Cross"; not "Tavon Cross").
 */
export function namedBodyWord(w: string, before: string | undefined): boolean {
  return NAME_ORGANIZATION_NOUNS.has(w) || (before !== undefined && QUALIFIED_ORGANIZATION_NOUNS.get(w)?.has(before) === true);
}

/**
 * True when the organisation word `part` of the name's word `i` is also a
 * surname ({@link SURNAME_ORGANIZATION_NOUNS}) used as one: the last word of a
 * first name and a surname ("Frank Church", "Dana Parish", "Ann Holt and Amy
 * Fox"), maybe with a middle name between ("Anna Richardson White"; not before a word of
 * {@link BODY_HEAD_SURNAMES}: "Grace Community Church"); not "Catholic Church". A surname alone ("Church said") is read through the full name it
 * stands for, when the text gave one; alone it stays an organisation ("the Church").
 */
function surnameOnly(ws: readonly string[], i: number, part: string): boolean {
  if (!SURNAME_ORGANIZATION_NOUNS.has(part)) return false;
  // (either of two such names joined by "and": "Ann Holt and Amy Fox", "Amy Fox and Ann Holt")
  const ends = i === ws.length - 1 || ws[i + 1] === 'and';
  const opens = i === 1 || (i >= 3 && ws[i - 2] === 'and');
  // (or after a first name and a middle name or initial: "Anna Richardson White", "Anna J. White"; not a word that
  // heads a body's name as often: "Grace Community Church")
  if (ends && i === 2 && FIRST_NAMES.has(ws[0] ?? '') && !SURNAME_ORGANIZATION_NOUNS.has(ws[1] ?? '') && !BODY_HEAD_SURNAMES.has(part)) return true;
  // (or after a title word and a given name the lists do not know: "Atlantic City Mayor Don Guardian"; not a title
  // or a body's word in the given name's place: "Mayor Housing Court")
  if (ends && i >= 2 && TITLE_WORDS.has(ws[i - 2]!) && titledGivenName(ws[i - 1]!)) return true;
  return ends && opens && FIRST_NAMES.has(ws[i - 1] ?? '');
}

/**
 * True when a name word (lower-case) between a title word and a surname can be
 * a given name: a word of letters that is no title word, no organisation or
 * place word and no surname-like organisation noun ("don" in "Mayor Don
 * Guardian"; not "county", "state", "city").
 * @internal
 */
export function titledGivenName(w: string): boolean {
  return /^\p{L}{2,}$/u.test(w) && !TITLE_WORDS.has(w) && !ORGANIZATION_NOUNS.has(w) && !SURNAME_ORGANIZATION_NOUNS.has(w) && !PLACE_WORDS.has(w) && !isPlaceName(w) && !NATIONALITY_COUNTRY.has(w);
}

/**
 * True when the organisation word `part` of the name's word `i` is also a given
 * name ({@link GIVEN_NAME_ORGANIZATION_NOUNS}) used as one: the first word of a
 * name of two words ("Charity Moss"; not "the Charity", "Harbor Charity").
 */
function givenNameOnly(ws: readonly string[], i: number, part: string): boolean {
  return GIVEN_NAME_ORGANIZATION_NOUNS.has(part) && i === 0 && ws.length === 2 && ws[0] === part;
}

/** True when a description's head token names people or an organisation, by its word or its lemma ("the mayor", "the unions"). */
export function isSpeakingHead(head: { readonly lower: string; readonly lemma: string }): boolean {
  return kindOfHead(head.lower) !== 'unknown' || kindOfHead(head.lemma) !== 'unknown';
}

/**
 * True when a speaker kind stands for people: one person or a group of them
 * ("Ann Lee", "the mayor", "voters"); not an organisation, a place or an
 * unknown.
 */
export function isPeopleKind(kind: SpeakerKind): boolean {
  return kind === 'person' || kind === 'group';
}

/** The kind of a description by its head noun ("the company", "officials", "a spokesman"). */
export function kindOfHead(head: string): SpeakerKind {
  const h = head.toLowerCase();
  if (ORGANIZATION_NOUNS.has(h)) return 'organization';
  // "the 61-year-old": an age is the head of a description of a person
  if (h === 'old') return 'person';
  if (COLLECTIVE_PEOPLE.has(h)) return 'group';
  if (PEOPLE_NOUNS.has(h) || NATIONALITY_COUNTRY.has(h)) return /s$/.test(h) && !/ss$/.test(h) ? 'group' : 'person';
  return 'unknown';
}
