/**
 * Speaker resolution, descriptions of people: the one earlier person a
 * definite description fits ("the senator", "Park's spokeswoman", "the
 * 45-year-old", "the former"), the owner of a "whose" description, the person
 * a relative "who" after a thing stands for. The fourth layer of the
 * `SpeakerResolver`, on the clues about names (`name-clues.ts`); a
 * description's fit to a person's titles is read in `describe.ts`.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Mention } from './shape.js';
import { PAST_TITLE_WORDS, TITLE_WORDS } from '../data/titles.js';
import { titleKey } from './find/title-keys.js';
import { isPassiveAt } from './find/passive.js';
import { isPeopleKind, isPlaceName, kindOfHead, kindOfName } from './kinds.js';
import { fitsProfile, type Profile } from './describe.js';
import { lowerIndex, maybeToken, tokenAt, tokenCount } from '../prepare/lookup.js';
import { ARTICLES, NOT_ONE_KNOWN, QUANTIFIERS } from '../data/function-words.js';
import { SPORT_ROLE_NOUNS, PEOPLE_NOUNS, APPOSITIVE_GENDER_NOUNS, RELATION_NOUNS, RELATIVE_OWNER_PREPOSITIONS, THING_FROM_PERSON_NOUNS, GENDERED_PERSON_NOUNS, GENDERED_ROLE_NOUNS, COLLECTIVE_PEOPLE, IRREGULAR_PERSON_PLURALS, PARTITIVE_HEADS } from '../data/people.js';
import { isOwnerMark, ownerWords } from './name-words.js';
import { appositiveAfter, appositiveBefore } from './appositives.js';
import { placesAfter } from './places.js';
import { beforeDeterminer } from './not-antecedent.js';
import { makeMention } from './find/mention.js';
import { kindOfDescription } from './antecedent-clues.js';
import { MAX_DESCRIBED_LOOKBACK } from './name-completion.js';
import { CUE_VERBS, SAYING_CATEGORIES } from '../data/cues.js';
import { type Entity } from './entity-registry.js';
import { NameClues } from './name-clues.js';
import { isPairDescription, pairBefore } from './paired-people.js';

/** How many sentences after a description a titled name it fits may stand ({@link DescribedPeople.titledPersonAfter}). */
const MAX_DESCRIBED_AHEAD = 1;

/** How many sentences before a description no person may be named for it to look ahead ({@link DescribedPeople.titledPersonAfter}). */
const MAX_DESCRIBED_BACK_PLAIN = 2;

/** An empty list, shared. */
const NONE: readonly string[] = Object.freeze([]);
/**
 * True for a description opened by an indefinite determiner ("a pollster",
 * "another aide", "one council aide") or a quantifier ("neither company").
 */
export function isIndefinite(doc: Doc, m: Mention): boolean {
  const first = tokenAt(doc, m.first).lower;
  return first === 'a' || first === 'an' || first === 'another' || NOT_ONE_KNOWN.has(first) || (first === 'one' && m.last - m.first > 1 && tokenAt(doc, m.first + 1).lower !== 'of');
}

/** Endings of nouns of people ("classmate", "biographer", "historian", "nominee", "assistant", "student"), not "-ment". */
const PERSON_NOUN_ENDING = /(mate|ist|ian|ee|[^m]ant|[^m]ent|er|or)s?$/;

/** A description by age alone, or by age and a singular noun for a person: "the 45-year-old", "the 29-year-old singer", with the age (and the noun). */
const AGE_DESCRIPTION = /^(?:the\s+)?(\d{1,3})-year-old(?:\s+(\p{Ll}+))?$/iu;

/** "the former" and "the latter": the first or the second of two people just named. */
const ORDER_DESCRIPTION = /^the\s+(former|latter)$/i;

/** What never changes about a name while the text is resolved. */
interface NameFacts {
  /** Its full name, lower-cased. */
  readonly key: string;
  /** True when the full name is a person's. */
  readonly person: boolean;
  /** The places named right after it. */
  readonly places: readonly string[];
  /** A description set off right after it ("Tom Hale, the mayor of Springfield,"), or null. */
  readonly appositive: string | null;
}

/** The fourth layer of the `SpeakerResolver`: the one earlier person a description stands for. */
export abstract class DescribedPeople extends NameClues {
  /** {@link nameFacts} by name index, filled as descriptions look back. */
  private readonly facts: (NameFacts | undefined)[] = Array.from({ length: this.names.length });
  /** {@link nameFacts} of the names with no place and no appositive after them, by full name. */
  private readonly plainFacts = new Map<string, NameFacts>();

  /**
   * The name that ends a description of a thing and the preposition before
   * it ("a harsh response from Ann Lee", "no mention of Tom Hale", "fresh
   * ammunition to Republicans"), or null: a relative "who" after such a
   * phrase stands for the person, as a thing says nothing. Null when the
   * noun before the preposition is a person's ({@link RELATION_NOUNS} or an
   * ending such as "-mate", "-ist", "-er": "a colleague of Tom Hale" stays
   * whole) and no noun of a thing said, sent or done
   * ({@link THING_FROM_PERSON_NOUNS}: "a letter from"), or any word
   * before the preposition is a name or a person's, group's or
   * organisation's noun ("the wife of Tom Hale", "the campaign of Ann Lee"
   * stay whole), or the name is no person or group.
   */
  protected ownerOfThing(a: Mention): Mention | null {
    if (a.kind !== 'description') return null;
    let name: Mention | null = null;
    for (let j = this.nameIndex(a.start); j < this.names.length && this.names[j]!.start < a.end; j++) if (this.names[j]!.end === a.end) name = this.names[j]!;
    if (name === null) return this.describedOwnerOfThing(a);
    const p = beforeDeterminer(this.doc, name);
    const prep = maybeToken(this.doc, p);
    if (prep === undefined || p <= a.first || !RELATIVE_OWNER_PREPOSITIONS.has(prep.lower)) return null;
    return this.isThingBefore(a, p) && isPeopleKind(kindOfName(this.honoredName(name).name)) ? name : null;
  }

  /**
   * For a description `a` of a thing that no name ends: the description of
   * people after its last preposition ("the ire of lawmakers", "the
   * microphone to a New Mexico delegate", "bribes from developers"), on the
   * terms of {@link ownerOfThing} for the words before the preposition, read
   * from the last preposition back; else null.
   */
  private describedOwnerOfThing(a: Mention): Mention | null {
    for (let p = a.last - 2; p > a.first; p--) {
      const prep = tokenAt(this.doc, p);
      if (prep.pos !== 'ADP' || !RELATIVE_OWNER_PREPOSITIONS.has(prep.lower)) continue;
      // (an object that names no people, or a person's noun before the preposition, hands on to a preposition
      // further back: "the ire of lawmakers from Ohio", "praise from a colleague of the mayor")
      const object = makeMention(this.doc, p + 1, a.last);
      if (object === null || object.kind !== 'description' || object.end !== a.end || !isPeopleKind(kindOfDescription(this.doc, object))) continue;
      // ("one of two women", "dozens of women", "a generation of activists": a count or a gathering of the people is
      // no thing, and the phrase whole is who)
      const noun = tokenAt(this.doc, p - 1);
      if (noun.pos !== 'NOUN' || QUANTIFIERS.has(noun.lower) || PARTITIVE_HEADS.has(noun.lower)) return null;
      if (this.isThingBefore(a, p)) return object;
    }
    return null;
  }

  /**
   * True when the words of description `a` before its preposition at `p` name a
   * thing, no person, group or body (see {@link ownerOfThing}).
   */
  private isThingBefore(a: Mention, p: number): boolean {
    // a person's noun before the preposition keeps the description whole ("a colleague of Tom Hale"): a tie
    // to a person, or a noun that ends like one ("classmate", "biographer", "assistant"), unless it names a
    // thing said, sent or done ("a letter from Ann Lee")
    const head = tokenAt(this.doc, p - 1).lower;
    const single = head.replace(/s$/, '');
    const thing = THING_FROM_PERSON_NOUNS.has(head) || THING_FROM_PERSON_NOUNS.has(single);
    if (!thing && (RELATION_NOUNS.has(head) || RELATION_NOUNS.has(single) || PERSON_NOUN_ENDING.test(head))) return false;
    for (let k = a.first; k < p; k++) {
      const t = tokenAt(this.doc, k);
      if (t.pos === 'PROPN' || /^\p{Lu}/u.test(t.value) || kindOfHead(t.lower) !== 'unknown' || TITLE_WORDS.has(titleKey(t.lower))) return false;
    }
    return true;
  }

  /**
   * The name of what a "whose" description stands for when the name of its
   * owner stands right before the comma that opens the clause: "Ann Lee,
   * whose campaign released an ad" -> "Ann Lee's campaign", "Mr. Hale, whose
   * aides say" -> "Tom Hale's aides" (the owner's full name); else null.
   */
  protected whoseOwned(m: Mention): string | null {
    if (m.last - m.first < 2 || tokenAt(this.doc, m.first).lower !== 'whose') return null;
    const comma = m.first - 1;
    if (maybeToken(this.doc, comma)?.value !== ',') return null;
    const k = this.nameIndex(m.start) - 1;
    const owner = this.names[k];
    if (owner === undefined || owner.last !== comma || this.pronounFacts(k).skip) return null;
    const { name } = this.honoredName(owner);
    if (kindOfName(name) !== 'person') return null;
    const owned = this.doc.text.slice(tokenAt(this.doc, m.first + 1).start, m.end);
    return `${name}'s ${owned}`;
  }

  /**
   * The one earlier person named with the age that a description of age
   * gives: "Kevin Moore, 45, was arrested. The 45-year-old said ..." (the age
   * set off by commas or in parentheses right after the name), or null when
   * no one or two people are. A singular noun for a person may follow the age
   * ("the 29-year-old singer"); a plural ("the 29-year-old men") names no one,
   * and a noun of one gender no one known to be of the other.
   */
  protected agedPerson(m: Mention): Entity | null {
    const described = AGE_DESCRIPTION.exec(m.name);
    const age = described?.[1];
    // (a noun after the age names one person: "the 29-year-old singer", not "the 29-year-old's lawyer" or "the 9-year-old cars",
    // nor a plural that ends in no -s: "the 29-year-old men", "the 9-year-old children")
    const noun = described?.[2];
    if (age === undefined || (noun !== undefined && (!PEOPLE_NOUNS.has(noun) || /[^s]s$/.test(noun) || COLLECTIVE_PEOPLE.has(noun) || IRREGULAR_PERSON_PLURALS.has(noun)))) return null;
    const person = this.agedPersonOf(m, age);
    // (a noun of one gender names no one of the other: "Nora Tull ... the 29-year-old father")
    const gender = noun === undefined ? undefined : GENDERED_PERSON_NOUNS.get(noun) ?? GENDERED_ROLE_NOUNS.get(noun);
    return person !== null && gender !== undefined && person.gender !== undefined && person.gender !== gender ? null : person;
  }

  /** The person {@link agedPerson} finds for the description `m` of `age`, before its noun's gender is weighed. */
  private agedPersonOf(m: Mention, age: string): Entity | null {
    let found: { n: Mention; key: string } | null = null;
    const before = this.nameIndex(m.start);
    for (let k = before - 1; k >= Math.max(0, before - MAX_DESCRIBED_LOOKBACK); k--) {
      const n = this.names[k]!;
      const open = maybeToken(this.doc, n.last);
      const number = maybeToken(this.doc, n.last + 1);
      const close = maybeToken(this.doc, n.last + 2);
      if (open === undefined || number?.value !== age || close === undefined) continue;
      if (!((open.value === ',' && /^[,.;]$/.test(close.value)) || (open.value === '(' && close.value === ')'))) continue;
      const { key, person } = this.nameFacts(k);
      if (!person) continue;
      if (found !== null && found.key !== key) return null;
      found ??= { n, key };
    }
    return found === null ? this.onlyPersonOfAge(m, age) : this.nameEntity(found.n);
  }

  /**
   * For "the 23-year-old" when no one was named with that age
   * ({@link agedPerson}): the one person named in its sentence, before it, or
   * in the sentence before ("Brennan scored twice. "I stayed calm," the
   * 23-year-old said"), names of places and organisations and names after
   * "the" (a team's: "The Hawks won") aside; null when
   * there are two people there, or that person was named with another age.
   */
  private onlyPersonOfAge(m: Mention, age: string): Entity | null {
    if (tokenAt(this.doc, m.first).lower !== 'the') return null;
    const only = this.onlyPersonBack(m, (n, person) => {
      // (nor a name after "the": "The Hawks won", "the Hawks' captain" name a team)
      if (!person || maybeToken(this.doc, n.first - 1)?.lower === 'the') return 'skip';
      // ("Ortega, 31, ... the 29-year-old" is someone else)
      const number = maybeToken(this.doc, n.last + 1);
      return maybeToken(this.doc, n.last)?.value === ',' && number !== undefined && /^\d{1,3}$/.test(number.value) && number.value !== age ? 'none' : 'take';
    });
    return only === null ? null : this.nameEntity(only);
  }

  /**
   * The one person named before description `m`, in its sentence or the one
   * before: walking back over the names there, `judge` passes a name over
   * ('skip'), gives up ('none') or counts it ('take'); null when nothing is
   * counted, or when two names of different people are ({@link nameFacts} keys).
   * Returns the nearest name of that person.
   */
  private onlyPersonBack(m: Mention, judge: (n: Mention, person: boolean) => 'skip' | 'none' | 'take', reach = 1): Mention | null {
    const sent = tokenAt(this.doc, m.first).sent + 1 - reach;
    let only: Mention | null = null;
    let onlyKey = '';
    for (let k = this.nameIndex(m.start) - 1; k >= 0; k--) {
      const n = this.names[k]!;
      if (tokenAt(this.doc, n.first).sent < sent - 1) break;
      // ("Pop star Savannah Delacourt": a capitalised word before a lower-case noun and a name opens a description)
      if (this.describesNextName(k)) continue;
      const { key, person } = this.nameFacts(k);
      const verdict = judge(n, person);
      if (verdict === 'skip') continue;
      if (verdict === 'none' || (only !== null && key !== onlyKey)) return null;
      if (only === null) {
        only = n;
        onlyKey = key;
      }
    }
    return only;
  }

  /**
   * True when name `k` is one capitalised word opening its sentence right before a lower-case noun and the next
   * name: "Pop star Savannah Delacourt", "Tech mogul Ivo Marr". The word modifies the noun of a description of the
   * person named next; it names no one of its own.
   */
  private describesNextName(k: number): boolean {
    const n = this.names[k]!;
    const next = this.names[k + 1];
    if (next === undefined || n.last - n.first !== 1 || next.first !== n.last + 1) return false;
    const before = maybeToken(this.doc, n.first - 1);
    if (before !== undefined && before.sent === tokenAt(this.doc, n.first).sent) return false;
    const noun = tokenAt(this.doc, n.last);
    return noun.pos === 'NOUN' && /^\p{Ll}+$/u.test(noun.value) && noun.sent === tokenAt(this.doc, n.first).sent;
  }

  /**
   * The first ("the former") or the second ("the latter") of exactly two
   * people named in the sentence before the description and in its own
   * sentence before it: "Ann Lee and Tom Reyes met. The former said ..." is
   * Ann Lee. Null when any other name is in that stretch, or fewer or more
   * than two people, or a name more than 3,000 characters back.
   */
  protected orderedPerson(m: Mention): Entity | null {
    const which = ORDER_DESCRIPTION.exec(m.name)?.[1]?.toLowerCase();
    if (which === undefined) return null;
    const sent = tokenAt(this.doc, m.first).sent;
    const keys: string[] = [];
    const first = new Map<string, Mention>();
    for (let k = this.nameIndex(m.start) - 1; k >= 0; k--) {
      const n = this.names[k]!;
      if (tokenAt(this.doc, n.first).sent < sent - 1) break;
      // (a stretch longer than "they" reads back is too long to tell two people apart: reading it for every
      // "the former" in one long sentence was quadratic)
      if (m.start - n.end > 3000) return null;
      const { key, person } = this.nameFacts(k);
      if (!person) return null;
      if (!first.has(key)) keys.push(key);
      first.set(key, n);
      if (keys.length > 2) return null;
    }
    if (keys.length !== 2) return null;
    // (the names were read nearest first: the former is the farther one)
    return this.nameEntity(first.get(which === 'former' ? keys[1]! : keys[0]!)!);
  }

  /**
   * The two people a description of a pair stands for ("The couple", "The
   * two", "Both men"; see `paired-people.ts`): "Ann Ruiz and Tom Ruiz met in
   * 1990. The couple said ..." is "Ann Ruiz and Tom Ruiz", by their full
   * names; null when no such pair stands just before.
   */
  protected pairedPeople(m: Mention): Entity | null {
    if (!isPairDescription(m)) return null;
    const pair = pairBefore(this.doc, this.names, this.nameIndex(m.start), m, (k) => this.nameFacts(k).person);
    if (pair === null) return null;
    const [a, b] = pair.map((k) => this.honoredName(this.names[k]!).name) as [string, string];
    return a === b ? null : this.entityNamed(`${a} and ${b}`, 'person');
  }

  /** The one earlier person a description such as "the senator" fits, or null. */
  protected describedPerson(m: Mention): Entity | null {
    const headIndex = m.head ?? m.last - 1;
    const headToken = tokenAt(this.doc, headIndex);
    const head = headToken.lower;
    // "The GOP leaders", "Staff for the committee": a group is no one person; "the company" is no person
    const headKind = kindOfHead(head);
    if (headKind === 'group' || headKind === 'organization' || (/[^s]s$/.test(head) && headToken.lemma !== head)) return null;
    const modifiers: string[] = [];
    // "Park's spokeswoman": the capitalised owners before a possessive, lower-case
    const owners: string[] = [];
    for (let k = m.first; k < headIndex; k++) {
      const t = tokenAt(this.doc, k);
      if (t.pos !== 'DET' && t.pos !== 'PRON' && t.pos !== 'PART' && t.pos !== 'PUNCT') modifiers.push(t.lower);
      // (a place as owner, "Ohio's governor", is left to the check of places in fitsProfile)
      if (/^\p{Lu}/u.test(t.value) && isOwnerMark(this.doc, k + 1) && !isPlaceName(t.value)) owners.push(t.lower);
    }
    const fits = new Map<string, Mention>();
    const profile: { titles: readonly string[]; descriptions: readonly string[]; places: readonly string[] } = { titles: NONE, descriptions: NONE, places: NONE };
    // the names before the description, nearest first, a bounded number of them
    const before = this.nameIndex(m.start);
    for (let k = before - 1; k >= Math.max(0, before - MAX_DESCRIBED_LOOKBACK); k--) {
      const n = this.names[k]!;
      const { key, person, places, appositive } = this.nameFacts(k);
      if (!person) continue;
      const entity = this.byName.get(key);
      // no title, no description: nothing a description could fit (fitsProfile would say no)
      if (n.titles.length === 0 && appositive === null && (entity === undefined || (entity.titles.length === 0 && entity.descriptions.length === 0))) continue;
      // (the lists are copied only when both sides have items, and a copy is kept per name until the entity's
      // list grows: a description looks back at hundreds of names)
      profile.titles = entity === undefined || entity.titles.length === 0 ? n.titles : n.titles.length === 0 ? entity.titles : this.joinedTitles(k, n, entity);
      // "former Mayor Tom Hale": a past word in lower case before the title is no part of the name, but puts the title
      // in the past, as a title of its own word ("the former mayor" fits it, "the mayor" does not)
      if (n.titles.length > 0 && !this.pastTitleInside(n) && this.pastTitle(n)) profile.titles = [tokenAt(this.doc, n.first - 1).lower, ...profile.titles];
      // the description set off after the name counts by its head: "Tom Hale, the mayor," is "the mayor";
      // "Ann Lee, a friend of the mayor," is a friend, not the mayor
      profile.descriptions = appositive === null ? entity?.descriptions ?? NONE : this.withAppositive(k, appositive, entity);
      profile.places = places;
      // "Park's spokeswoman" is not "Lee's spokeswoman Ann Ward": an owner must be seen with the person
      if (owners.length > 0 && !this.ownersSeen(n, owners, profile)) continue;
      if (fitsProfile(head, modifiers, profile)) {
        fits.set(key, n);
        // two people fit: the description stays ambiguous whatever the names further back (the look-ups are pure)
        if (fits.size > 1) return null;
      }
    }
    // "Dellavalle ... said ... "It hurts," the striker said": a role in sport, bare, for the one person named in its
    // sentence or the one before
    if (fits.size === 0 && modifiers.length === 0 && SPORT_ROLE_NOUNS.has(head) && tokenAt(this.doc, m.first).lower === 'the') return this.onlyPersonNear(m);
    // "Rosalind Achterberg has nursed on the ward for 30 years. "We are tired," the nurse said": "the" and a bare noun
    // of a person, for the one person named, as a subject, in its sentence or the one before, with no role known
    if (fits.size === 0 && modifiers.length === 0 && m.last - m.first === 2 && tokenAt(this.doc, m.first).lower === 'the' && PEOPLE_NOUNS.has(head) && kindOfHead(head) === 'person') {
      const only = this.onlySubjectNear(m);
      if (only !== null) return only;
    }
    // '"We are broke," the mayor said. Mayor Ann Lee said ...': no one before fits, the one titled person named
    // next that does (a bare "the" and title: "the New York attorney general" names a place of its own)
    if (fits.size === 0 && modifiers.length === 0 && m.last - m.first === 2 && tokenAt(this.doc, m.first).lower === 'the') return this.titledPersonAfter(m, head, before);
    if (fits.size !== 1) return null;
    return this.nameEntity([...fits.values()][0]!);
  }

  /**
   * The one person named after description `m` ("the" and a title alone:
   * "the mayor"), in its sentence or the next
   * one ({@link MAX_DESCRIBED_AHEAD}), with a title written before the name
   * that the description fits ("the mayor" ... "Mayor Ann Lee"), or null (none,
   * or two people who fit: "the senator" before "Sen. Ann Lee and Sen. Tom
   * Hale" stays as it is; a title put in the past, "Former Mayor Tom Hale", is
   * no fit: {@link pastTitle}). Only when no person is named in the description's
   * sentence or the {@link MAX_DESCRIBED_BACK_PLAIN} before it: one named there
   * with no title may be the one it stands for.
   * @param from the index of the first name at or after `m`
   */
  private titledPersonAfter(m: Mention, head: string, from: number): Entity | null {
    const sent = tokenAt(this.doc, m.first).sent;
    // ('Lee remarked ... "Yes," the senator said. Sen. Tom Hale said ...': a person named in the description's sentence
    // or the two before, with no title written, may be the one it stands for: nothing is named then)
    for (let k = from - 1; k >= 0; k--) {
      const n = this.names[k]!;
      if (sent - tokenAt(this.doc, n.first).sent > MAX_DESCRIBED_BACK_PLAIN) break;
      if (this.nameFacts(k).person) return null;
    }
    let found: Mention | null = null;
    let foundKey = '';
    for (let k = from; k < this.names.length; k++) {
      const n = this.names[k]!;
      if (n.start < m.end) continue;
      if (tokenAt(this.doc, n.first).sent > sent + MAX_DESCRIBED_AHEAD) break;
      if (n.titles.length === 0 || this.pastTitle(n)) continue;
      const { key, person, places } = this.nameFacts(k);
      if (!person || !fitsProfile(head, NONE, { titles: n.titles, descriptions: NONE, places })) continue;
      if (found !== null && key !== foundKey) return null;
      found ??= n;
      foundKey = key;
    }
    return found === null ? null : this.nameEntity(found);
  }

  /** True when one of the titles of name `n` holds a word of {@link PAST_TITLE_WORDS} ("Former Mayor", "Ex-Gov."). */
  private pastTitleInside(n: Mention): boolean {
    return n.titles.some((t) => t.toLowerCase().split(/[\s\-‐–]+/).some((w) => PAST_TITLE_WORDS.has(w)));
  }

  /**
   * True when name `n` holds a title put in the past ({@link PAST_TITLE_WORDS}),
   * in its titles or as the word right before it: "Former Mayor Tom Hale",
   * "Ex-Mayor Tom Hale", "former Mayor Tom Hale".
   */
  private pastTitle(n: Mention): boolean {
    if (this.pastTitleInside(n)) return true;
    const before = maybeToken(this.doc, n.first - 1);
    return before !== undefined && before.sent === tokenAt(this.doc, n.first).sent && PAST_TITLE_WORDS.has(before.lower);
  }

  /**
   * The one person named in the sentence of description `m`, before it, or
   * in the sentence before, when every name there is that person's, that
   * person spoke before `m` and no title or description is known for them
   * (one known is another role, as the description fits none: "Ann Lee, a
   * customer, said ... the striker said"); else null.
   */
  private onlyPersonNear(m: Mention): Entity | null {
    const only = this.onlyPersonBack(m, (_n, person) => (person ? 'take' : 'none'));
    if (only === null) return null;
    // (a person who spoke before it: "The Rovers won" names a team no role stands for)
    const e = this.nameEntity(only);
    // (nor one with a role of their own: "Witness Tom Hale said ... The driver said" are two people)
    if (only.titles.length > 0 || e.titles.length > 0 || e.descriptions.length > 0) return null;
    return this.spoken.some((s) => s.e === e && s.m.end <= m.start) ? e : null;
  }

  /**
   * The one person named in the sentence before description `m` (none in its
   * own, before it), when every name there is that person's, the nearest is
   * its clause's subject (no owner, no passive's), with no
   * title or description known, who did not speak since, and the
   * description's noun is not written between (in the plural neither); else null.
   */
  private onlySubjectNear(m: Mention): Entity | null {
    // ("Rosalind Achterberg has worked there for years. She knows the ward. "...," the nurse said": a sentence opened
    // by "he" or "she" and naming no one carries the person named in the sentence before it)
    const bridged = this.pronounBridge(m);
    const only = this.onlyPersonBack(m, (_n, person) => (person ? 'take' : 'none'), bridged !== null ? 2 : 1);
    // (a name in the description's own sentence is read by the rules of asides; a title word, "the senator", by titles)
    if (only === null || tokenAt(this.doc, only.first).sent === tokenAt(this.doc, m.first).sent || TITLE_WORDS.has(tokenAt(this.doc, m.last - 1).lower) || !this.isSubject(only) || !/\s/.test(this.fullNameAt(this.nameIndex(only.start)))) return null;
    // (not an owner, "Cruz's thinking", nor the subject of a passive, "Tom Hale was asked": someone else may act on them)
    if (maybeToken(this.doc, only.last) === undefined || isOwnerMark(this.doc, only.last) || isPassiveAt(this.doc, only.last)) return null;
    // ("Ann Lee met the nurse. The nurse said": the noun written in the name's sentence or after it, in the plural too,
    // "Ann Lee met nurses", is someone else)
    const head = tokenAt(this.doc, m.head ?? m.last - 1);
    if (this.writtenBetween(head.lower, head.lemma, this.doc.sentences[tokenAt(this.doc, only.first).sent]!.first, m.first)) return null;
    const e = this.nameEntity(only);
    if (only.titles.length > 0 || e.titles.length > 0 || e.descriptions.length > 0) return null;
    // ("Ann Lee said X. The minister said Y.": after the person spoke in that stretch, a description is a new voice)
    // (the "he" or "she" opening a bridging sentence, reporting a thought, is that person by the bridge itself)
    const bridge = tokenAt(this.doc, only.first).sent < tokenAt(this.doc, m.first).sent - 1 ? this.doc.sentences[tokenAt(this.doc, m.first).sent - 1]!.first : -1;
    // (a bridging pronoun of the other gender is someone else: "Rosalind Achterberg ... He knows the ward.")
    if (bridge >= 0 && !this.fitsGender(this.nameIndex(only.start), bridged ?? undefined)) return null;
    return this.spoken.some((x) => x.e === e && x.m.start >= only.start && x.m.end <= m.start && x.m.first !== bridge) ? null : e;
  }

  /**
   * The gender of the "he" or "she" that opens the sentence right before
   * description `m` when that sentence names no one: "She knows which
   * floorboards creak." between a name and "the nurse said" ('female');
   * else null.
   */
  private pronounBridge(m: Mention): 'female' | 'male' | null {
    const sent = tokenAt(this.doc, m.first).sent;
    const before = this.doc.sentences[sent - 1];
    if (before === undefined || sent < 2) return null;
    // (the description's own sentence names no one before it either)
    const k = this.nameIndex(m.start) - 1;
    const last = this.names[k];
    if (last !== undefined && tokenAt(this.doc, last.first).sent >= sent - 1) return null;
    const opener = tokenAt(this.doc, before.first).lower;
    if ((opener !== 'he' && opener !== 'she') || tokenAt(this.doc, before.first).pos !== 'PRON') return null;
    // (a sentence where the pronoun speaks or writes is a voice of its own: "Ann Lee arrived. She said X. The minister
    // said Y." is someone new)
    // (not a passive: "He had been admitted in March")
    for (let j = before.first + 1; j < before.last; j++) if (SAYING_CATEGORIES.has(CUE_VERBS.get(tokenAt(this.doc, j).lemma) ?? '') && tokenAt(this.doc, j - 1).lemma !== 'be') return null;
    return opener === 'she' ? 'female' : 'male';
  }

  /** Where each word asked about by {@link writtenBetween} stands (its tokens' indices, in order), listed on the first ask, keyed by form and lemma. */
  private readonly wordPositions = new Map<string, Int32Array>();

  /**
   * True when a token whose lower-case form is `lower`, or a noun whose lemma
   * is `lemma` (the plural, "nurses"), stands in tokens [`from`, `to`). The
   * word's tokens are listed once per document, so that descriptions after a
   * long sentence do not each walk it: "the actor" said again and again after
   * one sentence of thousands of words was quadratic.
   */
  private writtenBetween(lower: string, lemma: string, from: number, to: number): boolean {
    const key = `${lower} ${lemma}`;
    let at = this.wordPositions.get(key);
    if (at === undefined) {
      const found: number[] = [];
      for (let k = 0, n = tokenCount(this.doc); k < n; k++) {
        const t = tokenAt(this.doc, k);
        if (t.lower === lower || (t.pos === 'NOUN' && t.lemma === lemma)) found.push(k);
      }
      this.wordPositions.set(key, (at = Int32Array.from(found)));
    }
    const positions = at;
    const next = lowerIndex(positions.length, from, (i) => positions[i]!);
    return next < positions.length && positions[next]! < to;
  }

  /**
   * True when every owner of a possessive description ("Park's spokeswoman" ->
   * park) is a word of name `n`'s own phrase ("Park's spokeswoman Ann Ward",
   * "Ann Ward, a Park aide") or of the titles and descriptions known for the person,
   * and none is a word of the person's own name ("Lee's aide" is never Ann Lee).
   */
  private ownersSeen(n: Mention, owners: readonly string[], profile: Profile): boolean {
    // ("Trump's campaign chief" is never Trump himself)
    const own = this.ownerWordsOf(n.name);
    if (owners.some((o) => own.includes(o))) return false;
    const seen = new Set(this.ownerWordsOf(this.doc.text.slice(n.start, n.end)));
    for (const s of [...profile.titles, ...profile.descriptions]) for (const w of this.ownerWordsOf(s)) seen.add(w);
    return owners.every((o) => seen.has(o));
  }

  /** {@link ownerWords} of `s`, split once per document: the same names, titles and descriptions are asked about again for every description. */
  private ownerWordsOf(s: string): readonly string[] {
    let words = this.ownerWordsMemo.get(s);
    if (words === undefined) this.ownerWordsMemo.set(s, (words = ownerWords(s)));
    return words;
  }

  /** {@link ownerWordsOf} by phrase. */
  private readonly ownerWordsMemo = new Map<string, readonly string[]>();

  /** Name `k`'s titles followed by its entity's, kept until the entity has more. */
  private joinedTitles(k: number, n: Mention, entity: Entity): readonly string[] {
    const kept = this.titlesJoined.get(k);
    if (kept !== undefined && kept.entity === entity && kept.seen === entity.titles.length) return kept.list;
    const list = [...n.titles, ...entity.titles];
    this.titlesJoined.set(k, { entity, seen: entity.titles.length, list });
    return list;
  }

  /** {@link joinedTitles} by name index. */
  private readonly titlesJoined = new Map<number, { entity: Entity; seen: number; list: readonly string[] }>();

  /** The entity's descriptions (none without one) followed by name `k`'s appositive, kept until the entity has more. */
  private withAppositive(k: number, appositive: string, entity: Entity | undefined): readonly string[] {
    const seen = entity?.descriptions.length ?? 0;
    const kept = this.appositives.get(k);
    if (kept !== undefined && kept.entity === entity && kept.seen === seen) return kept.list;
    const list = [...(entity?.descriptions ?? []), appositive];
    this.appositives.set(k, { entity, seen, list });
    return list;
  }

  /** {@link withAppositive} by name index. */
  private readonly appositives = new Map<number, { entity: Entity | undefined; seen: number; list: readonly string[] }>();

  /** What never changes about name `k` while the text is resolved: its full name, whether it is a person, the places after it. */
  private nameFacts(k: number): NameFacts {
    let facts = this.facts[k];
    if (facts === undefined) {
      const n = this.names[k]!;
      const full = this.fullNameAt(k);
      // ("The Mayor of Kelby, Ann Lee,": a title that ends in "of" makes the name after it the place or body of an
      // office, no person; the person is the one in apposition)
      const person = kindOfName(full) === 'person' && !/\sof$/i.test(n.titles[n.titles.length - 1] ?? '');
      const places = person ? placesAfter(this.doc, n) : NONE;
      const appositive = person ? appositiveAfter(this.doc, n) ?? appositiveBefore(this.doc, n) : null;
      if (places !== NONE || appositive !== null) facts = { key: this.lowerName(full), person, places, appositive };
      else {
        // most names have neither: their facts follow from the full name alone, one object per full name
        facts = this.plainFacts.get(full);
        if (facts === undefined) this.plainFacts.set(full, (facts = { key: this.lowerName(full), person, places, appositive }));
      }
      this.facts[k] = facts;
    }
    return facts;
  }

  /**
   * The gender of the last word of mention `m` when it ends a description set
   * off inside `m` by a comma and opened by an article: "a neighbour, a
   * 26-year-old local man" is male. Undefined when there is no such
   * description or its last word has no gender.
   */
  protected appositiveGender(m: Mention): 'female' | 'male' | undefined {
    for (let k = m.first + 1; k < m.last - 2; k++) {
      if (tokenAt(this.doc, k).value !== ',' || !ARTICLES.has(tokenAt(this.doc, k + 1).lower)) continue;
      const last = tokenAt(this.doc, m.last - 1).lower;
      return GENDERED_PERSON_NOUNS.get(last) ?? APPOSITIVE_GENDER_NOUNS.get(last);
    }
    return undefined;
  }
}
