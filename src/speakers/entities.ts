/**
 * Speaker resolution: turns the speaker mention of each quotation into a
 * speaker entity. Surnames join the full name given before (or after),
 * pronouns go to the nearest fitting person named before, descriptions that fit
 * exactly one earlier person go to that person. A name's appositives are read
 * in `appositives.ts`, the places around it in `places.ts`, the document's
 * clues for a pronoun's antecedent in `antecedent-clues.ts`.
 * @internal
 */
import type { Doc, Token } from '../prepare/document.js';
import type { Mention } from './shape.js';
import type { Range } from '../prepare/range.js';
import type { KnownSpeaker } from '../options.js';
import type { SpeakerKind, SpeakerVia } from '../types.js';
import { PRONOUNS } from '../data/pronouns.js';
import { FIRST_NAMES, NAME_PARTICLES } from '../data/names.js';
import { NAME_SUFFIXES, TITLE_WORDS } from '../data/titles.js';
import { titleKey } from './find/name-tokens.js';
import { sentenceSubject } from './find/subject.js';
import { verbGroupStart } from './find/verb-group.js';
import { makeMention } from './find/mention.js';
import { phraseEndAfter } from './find/noun-phrase.js';
import { pairSubject } from './find/pair-subject.js';
import { isPeopleKind, isPlaceName, kindOfHead, kindOfName, kindOfTurnLabel } from './kinds.js';
import { fitsProfile, type Profile } from './describe.js';
import { isMarkToken, lowerBound, maybeToken, tokenAt, tokenCount } from '../prepare/lookup.js';
import { ARTICLES, DESCRIPTION_HEAD_ENDERS, NOT_ONE_KNOWN, NAME_LINK_PREPOSITIONS } from '../data/function-words.js';
import { SPORT_ROLE_NOUNS, AGENCY_NAME_WORDS, APPOSITIVE_GENDER_NOUNS, COMPANY_DESCRIPTION_HEADS, JOINED_TITLE_HEADS, KIN_NOUNS, RELATION_NOUNS, RELATIVE_OWNER_PREPOSITIONS, THING_FROM_PERSON_NOUNS, GENERIC_COMPANY, COMPANY_WORDS, INDUSTRY_NAME_WORDS, CONTACT_VERBS, SPEAKING_THING_NOUNS, GENDERED_PERSON_NOUNS, GENDERED_ROLE_NOUNS, ORG_NAME_PREPOSITIONS, ORG_NAME_UNIT_HEADS } from '../data/people.js';
import { THIRD_POSSESSIVES } from '../data/clauses.js';
import { CONTACTED_PRONOUNS } from '../data/pronouns.js';
import { type Gender, firstNameGender, genderOf, hasGivenNameHonorific, honorificGender, kinGender } from './gender.js';
import { isOwnerMark, lastWord, ownerWords, soleWord, words } from './name-words.js';
import { appositiveAfter, appositiveBefore } from './appositives.js';
import { describedClauseSubject, inFrontedCircumstance, isAskedObject, isToldListener, kindOfDescription, overlapsOwn, ownsPossessive, personalPronounBetween, writerBefore } from './antecedent-clues.js';
import { describesPlace, placesAfter } from './places.js';
import { isSpeakingThing, thingInSentenceBefore, voicedOrganization } from './it-antecedent.js';
import { reportedSubject, selfReportingSubject } from './reported-subject.js';
import { afterPlacePreposition, beforeDeterminer, headlineParagraph, isAddress, isAffiliation, isAppositiveOwner, isBarePossessive, isBracketedName, isHeading, isInTitle, isListedName, isNamedThing, isNounModifier, isNumbered, isOpeningWord, isPlaceWord, isTheFamily, isTheName, isWordPart } from './not-antecedent.js';

const startOf = (m: Mention): number => m.start;

/** How far into a sentence {@link SpeakerResolver.contactedPerson} looks for the writer's verb, in tokens. */
const MAX_CONTACT_VERB = 12;

/** Most sentences back to the organisation that last spoke for a speaking "it" with nothing nearer. */
const MAX_IT_SENTENCES = 6;

/**
 * How many of the speakers resolved last {@link SpeakerResolver.itSpeakerBefore}
 * reads for the one nearest before a speaking "it" (quotes are resolved
 * nearly in text order, so the nearest is among them).
 */
const MAX_SPOKEN_BACK = 12;

/** An empty list, shared. */
const NONE: readonly string[] = Object.freeze([]);
/** An empty list of mentions, shared. */
const NO_MENTIONS: readonly Mention[] = Object.freeze([]);

/** A speaker entity under construction. */
export interface Entity {
  name: string;
  kind: SpeakerKind;
  gender: Gender;
  titles: string[];
  descriptions: string[];
  mentions: Mention[];
}

/** The resolution of one candidate's speaker. */
export interface Resolution {
  readonly entity: Entity;
  readonly via: SpeakerVia;
  readonly mention: Mention | null;
  /** Multiplier for the candidate's confidence (below 1 for guesses). */
  readonly certainty: number;
}

/**
 * True for a description opened by an indefinite determiner ("a pollster",
 * "another aide", "one council aide") or a quantifier ("neither company").
 */
function isIndefinite(doc: Doc, m: Mention): boolean {
  const first = tokenAt(doc, m.first).lower;
  return first === 'a' || first === 'an' || first === 'another' || NOT_ONE_KNOWN.has(first) || (first === 'one' && m.last - m.first > 1 && tokenAt(doc, m.first + 1).lower !== 'of');
}

/** Endings of nouns of people ("classmate", "biographer", "historian", "nominee", "assistant", "student"), not "-ment". */
const PERSON_NOUN_ENDING = /(mate|ist|ian|ee|[^m]ant|[^m]ent|er|or)s?$/;

/** A description by age alone: "the 45-year-old", with the age. */
const AGE_DESCRIPTION = /^(?:the\s+)?(\d{1,3})-year-old$/i;

/** "the former" and "the latter": the first or the second of two people just named. */
const ORDER_DESCRIPTION = /^the\s+(former|latter)$/i;

/** How many earlier names a description is compared with. */
const MAX_DESCRIBED_LOOKBACK = 300;

/**
 * True for a verb written in lower case: a capitalised word right next to one
 * inside a sentence is a surname ("praised Marsh"), unlike one next to a
 * headline's capitalised verb ("Harbour Safety Inadequate").
 */
function isLowerVerb(t: Token): boolean {
  return (t.pos === 'VERB' || t.pos === 'AUX') && /^\p{Ll}/u.test(t.value);
}

/** True when a word starts with a lower-case letter (`/^\p{Ll}/u`), ASCII decided without the expression. */
function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(s);
}

/** What never changes about a name when a pronoun looks back at it. */
interface PronounFacts {
  /** True for a name that stands where places stand, in an address, or glued to the word before it. */
  readonly skip: boolean;
  /** True when its full name (the honorific's gender taken into account) is a person's. */
  readonly person: boolean;
  /** That full name, lower-cased. */
  readonly key: string;
  /** Its gender from the known speakers, its first name or its full name's. */
  readonly gender: Gender;
  /**
   * True when it owns the role of an appositive after the full name before it
   * ("Ann Lee, Tom Hale's wife,"): a pronoun of that full name's gender skips it.
   */
  readonly owner: boolean;
}

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

/** Resolves speakers to entities. */
export class SpeakerResolver {
  readonly entities: Entity[] = [];
  private readonly byName = new Map<string, Entity>();
  private readonly aliases = new Map<string, string>();

  constructor(
    private readonly doc: Doc,
    /** Every name in the document, in text order. */
    private readonly names: readonly Mention[],
    known: readonly KnownSpeaker[],
    /** 1 for each token inside quotation marks: a quotation's verbs do not make a name after it an object. */
    private readonly quoted: Readonly<Uint8Array> = new Uint8Array(0),
  ) {
    for (const k of known) {
      this.aliases.set(k.name.toLowerCase(), k.name);
      for (const a of k.aliases ?? []) this.aliases.set(a.toLowerCase(), k.name);
    }
    for (const k of known) {
      const key = k.name.toLowerCase();
      if (!this.knownByName.has(key)) this.knownByName.set(key, k);
    }
    // the facts kept by name index are made as long as the names, so that they stay plain lists: filled
    // from the middle of a long text first (a description looks back from where it stands), they would
    // turn into dictionaries of several times the memory
    this.facts = Array.from({ length: names.length });
    this.forPronouns = Array.from({ length: names.length });
    this.fullNames = Array.from({ length: names.length });
    for (const n of names) {
      const ws = words(n.name);
      const lower = n.name.toLowerCase();
      this.counts.set(lower, (this.counts.get(lower) ?? 0) + 1);
      // "University of Iowa", "Varga Organization": an organisation's last word is no surname
      if (ws.length < 2 || kindOfName(n.name) === 'organization' || ws.some((w) => w === 'of')) continue;
      // "Tom Weller III": the surname is the word before a generational suffix
      const suffixed = ws.length > 2 && NAME_SUFFIXES.has(ws[ws.length - 1]!.toLowerCase().replace(/,$/, ''));
      const key = ws[ws.length - (suffixed ? 2 : 1)]!.toLowerCase().replace(/,$/, '');
      const list = this.bySurname.get(key);
      if (list) list.push(n);
      else this.bySurname.set(key, [n]);
    }
  }

  /** The first known speaker of each lower-cased name (as `known.find` would pick it). */
  private readonly knownByName = new Map<string, KnownSpeaker>();
  /** {@link honoredName} by mention. */
  private readonly honored = new Map<Mention, { name: string; source: Mention | null }>();
  /** {@link pronounFacts} by name index, filled as pronouns look back. */
  private readonly forPronouns: (PronounFacts | undefined)[];
  /** How often each name occurs, by lower-cased name. */
  private readonly counts = new Map<string, number>();
  /** The mentions of each entity as a set, so that adding one stays constant time in a long text. */
  private readonly mentionSets = new Map<Entity, Set<Mention>>();
  /** {@link nameFacts} by name index, filled as descriptions look back. */
  private readonly facts: (NameFacts | undefined)[];
  /** The lower-cased descriptions of each entity, so that recording one stays constant time in a long text. */
  private readonly descriptionKeys = new Map<Entity, Set<string>>();
  /** {@link surnameFitting} by gender and surname. */
  private readonly bySurnameAndGender: Map<string, readonly Mention[]>[] = Array.from({ length: 6 }, () => new Map());
  /** Full names (two words or more) by lower-cased last word, in text order. */
  private readonly bySurname = new Map<string, Mention[]>();
  /** Full names ending in a surname with its particles, by the lower-cased particles and surname ({@link particleFullName}). */
  private readonly byParticleTail = new Map<string, readonly Mention[]>();
  /** Speakers described by a noun of one gender ("the daughter of one victim"), as resolved, with their entity ({@link genderedSpeakerBefore}). */
  private readonly gendered: { readonly m: Mention; readonly e: Entity; readonly gender: 'female' | 'male' }[] = [];
  /** The last definite description that spoke and was found to be a person named before ("The judge said": Ann Carver; {@link describedPersonBefore}). */
  private describedSpeaker: { mention: Mention; entity: Entity } | null = null;

  /** Index of the first name that starts at or after `at`. */
  private nameIndex(at: number): number {
    return lowerBound(this.names, at, startOf);
  }

  private entityNamed(name: string, kind: SpeakerKind): Entity {
    const key = name.toLowerCase();
    let e = this.byName.get(key);
    if (!e) {
      const known = this.knownByName.get(key);
      e = {
        name,
        kind: known?.kind ?? kind,
        gender: known?.gender,
        titles: [],
        descriptions: [],
        mentions: [],
      };
      this.byName.set(key, e);
      this.entities.push(e);
    }
    return e;
  }

  /**
   * The full name a surname with its particles at `at` stands for ("de la
   * Cruz" after "Luis de la Cruz"): the nearest full name before that ends in
   * the same words, or else the first one after; the name itself otherwise.
   */
  private particleFullName(name: string, at: number): { name: string; source: Mention | null } {
    const ws = words(name);
    if (ws.length < 2 || ws.length > 3 || !ws.slice(0, -1).every((w) => NAME_PARTICLES.has(w.toLowerCase()))) return { name, source: null };
    const tail = ` ${ws.join(' ').toLowerCase()}`;
    // (filtered once per tail: a long text naming "Ben Oyelaran" or "Van Dorn" again and again stays linear)
    let list = this.byParticleTail.get(tail);
    if (list === undefined) {
      list = (this.bySurname.get(ws[ws.length - 1]!.toLowerCase()) ?? NO_MENTIONS).filter((m) => m.name.toLowerCase().endsWith(tail));
      this.byParticleTail.set(tail, list);
    }
    const lo = lowerBound(list, at, startOf);
    const best = list[lo - 1] ?? list[lowerBound(list, at + 1, startOf)] ?? null;
    return best === null ? { name, source: null } : { name: best.name, source: best };
  }

  /**
   * The full name a (possibly partial) name at `at` stands for; `given` when
   * an honorific before it takes a given name ("Dame Rosalind": any one word
   * may then be the first name of a full name before it).
   */
  private fullName(name: string, at: number, gender?: Gender, given = false): { name: string; source: Mention | null } {
    const alias = this.aliases.size > 0 ? this.aliases.get(name.toLowerCase()) : undefined;
    if (alias) return { name: alias, source: null };
    const only = soleWord(name);
    if (only === null) return this.particleFullName(name, at);
    // (lower-cased once: this runs for every name of a long text)
    const surname = only.toLowerCase();
    // the nearest full name with this surname before, or else the first one after;
    // "Mr. Hale" never joins "Laura Hale"
    const all = this.bySurname.get(surname) ?? NO_MENTIONS;
    let list = gender === undefined ? all : this.surnameFitting(surname, all, gender);
    // "Mr. Lutz" after "Paul Lutz" and "Greta Lutz": a full name of the honorific's gender
    // before it wins over a nearer one whose gender is unknown
    if (gender !== undefined) {
      const sure = this.surnameFitting(surname, all, gender, true);
      if (lowerBound(sure, at, startOf) > 0) list = sure;
    }
    const lo = lowerBound(list, at, startOf);
    let best: Mention | null = list[lo - 1] ?? null;
    // a full name named once does not take the surname from one named more often before it:
    // "Benson" after "Carla Benson" (twice) and "her husband, Frank Benson" (once) is Carla Benson
    if (best !== null && this.countOf(best) < 2) {
      const most = list[this.mostNamed(list)[lo - 1]!];
      if (most !== undefined && this.countOf(most) > 1) best = most;
    }
    if (!best) best = list[lowerBound(list, at + 1, startOf)] ?? null;
    // "Lund" after "she told her husband, Paul Lund,": when the text used "Lund" alone before the relative
    // came in, "Lund" is the person it is about: another full name before the relative, or the surname alone
    // (for "Mr. Lund", a "Ms. Lund" or a "Lund" standing for "Carla Lund" before is someone else)
    // (so is it when a full name that is no relative came before the relative: "Ada Lund, a botanist, died ...
    // Her son, Paul Lund, said ... Dr. Lund ..." is Ada Lund)
    if (best !== null && this.isRelative(best) && (this.firstBare(surname, all, gender) < best.start || this.nearestNotRelative(list, best.start) !== null)) {
      const other = this.nearestNotRelative(list, Math.min(at, best.start));
      if (other === null) return { name, source: null };
      best = other;
    }
    // a first name alone: "David" after "David Henderson", the nearest before
    // (or any one word after "Sir" or "Dame": "Dame Rosalind" after "Dame Rosalind Carey")
    if (!best && (given || FIRST_NAMES.has(surname))) best = this.byFirstName(surname, at);
    // a first name alone that opens one person's full name only in the whole text, before or after it, and that no
    // full name has for its surname: "Her daughter, Hillary," ... "Hillary Hollis"
    // (a known first name, or one word after an honorific: "Ms. Gao" before "Gao Junlan", a family name first)
    if (!best && all.length === 0 && (given || gender !== undefined || FIRST_NAMES.has(surname)) && kindOfName(name) === 'person') {
      // (one before it only within the reach of the nearest full name above)
      const sole = this.soleByFirstName(surname);
      if (sole !== null && (sole.start > at || lowerBound(this.names, sole.start, startOf) >= this.nameIndex(at) - MAX_DESCRIBED_LOOKBACK)) best = sole;
    }
    if (best) {
      const again = this.aliases.size > 0 ? this.aliases.get(best.name.toLowerCase()) : undefined;
      return { name: again ?? best.name, source: best };
    }
    return { name, source: null };
  }

  /**
   * The full name name `k` stands for ({@link fullName}, no honorific's gender
   * asked); worked out once per name, as nothing it depends on changes while
   * the text is resolved, rather than again whenever a description or a
   * pronoun looks back at it.
   */
  private fullNameAt(k: number): string {
    let full = this.fullNames[k];
    if (full === undefined) {
      const n = this.names[k]!;
      this.fullNames[k] = full = this.fullName(n.name, n.start).name;
    }
    return full;
  }

  /** {@link fullNameAt} by name index. */
  private readonly fullNames: (string | undefined)[];

  /**
   * For each position in a list of full names (one surname, text order), the
   * index of the one named most often in the document among those up to it,
   * the later on a tie; worked out once per list.
   */
  private mostNamed(list: readonly Mention[]): readonly number[] {
    let cached = this.mostNamedCache.get(list);
    if (cached === undefined) {
      const best: number[] = [];
      let top = -1;
      let topCount = 0;
      for (let i = 0; i < list.length; i++) {
        const count = this.countOf(list[i]!);
        if (count >= topCount) {
          top = i;
          topCount = count;
        }
        best.push(top);
      }
      this.mostNamedCache.set(list, (cached = best));
    }
    return cached;
  }

  /**
   * How often a full name's name occurs in the document, by mention: worked
   * out once per mention rather than lower-casing the name again whenever a
   * surname looks back at it.
   */
  private countOf(m: Mention): number {
    let count = this.mentionCounts.get(m);
    if (count === undefined) this.mentionCounts.set(m, (count = this.counts.get(m.name.toLowerCase()) ?? 0));
    return count;
  }

  /** {@link countOf} by mention. */
  private readonly mentionCounts = new Map<Mention, number>();

  /** {@link mostNamed} by list. */
  private readonly mostNamedCache = new WeakMap<readonly Mention[], readonly number[]>();

  /**
   * The full names with a surname whose gender is unknown or `gender` (only
   * `gender` when `known`), in text order; filtered once per surname and gender, so that a long text of
   * "Mr. Hale" stays linear.
   */
  private surnameFitting(surname: string, all: readonly Mention[], gender: Gender, known = false): readonly Mention[] {
    // (a map per gender and `known`: no key string is made for each look-up)
    const byGender = this.bySurnameAndGender[(known ? 3 : 0) + (gender === 'female' ? 1 : gender === 'male' ? 2 : 0)]!;
    let list = byGender.get(surname);
    if (!list) {
      list = all.filter((c) => {
        const g = genderOf(c);
        return known ? g === gender : g === undefined || g === gender;
      });
      byGender.set(surname, list);
    }
    return list;
  }

  /**
   * The nearest full name before `at` whose first word is `first`, among the
   * {@link MAX_DESCRIBED_LOOKBACK} names before it: one binary search in the
   * indexes of the names with that first word (gathered on first use).
   */
  private byFirstName(first: string, at: number): Mention | null {
    if (this.firstWords === null) {
      this.firstWords = new Map();
      for (let k = 0; k < this.names.length; k++) {
        // (the first of two words or more, as `words` would split them, without the split)
        const name = this.names[k]!.name.trim();
        const gap = name.search(/\s/);
        if (gap < 0) continue;
        const key = name.slice(0, gap).toLowerCase();
        const list = this.firstWords.get(key);
        if (list) list.push(k);
        else this.firstWords.set(key, [k]);
      }
    }
    const list = this.firstWords.get(first);
    if (list === undefined) return null;
    const before = this.nameIndex(at);
    const i = lowerBound(list, before, (k) => k) - 1;
    return i >= 0 && list[i]! >= before - MAX_DESCRIBED_LOOKBACK ? this.names[list[i]!]! : null;
  }

  /**
   * The full name whose first word is `first` when the text names one person
   * only with it (`Jane Hollis`, however often): two words, each capitalised, a
   * person's name by its words ({@link kindOfName}), and first written with no
   * capitalised word right before or after it (not a headline's run of
   * capitals: `Star Asked Actors To Act`); worked out once per word.
   */
  private soleByFirstName(first: string): Mention | null {
    let sole = this.soleFirst.get(first);
    if (sole !== undefined) return sole;
    sole = null;
    this.byFirstName(first, 0);
    const list = this.firstWords?.get(first) ?? [];
    const firstMention = list.length > 0 ? this.names[list[0]!]! : null;
    const name = firstMention?.name ?? '';
    const key = name.toLowerCase();
    const capitalAt = (k: number): boolean => /^\p{Lu}/u.test(maybeToken(this.doc, k)?.value ?? '');
    if (
      firstMention !== null &&
      !capitalAt(firstMention.first - 1) &&
      !capitalAt(firstMention.last) &&
      list.every((k) => this.names[k]!.name.toLowerCase() === key) &&
      words(name).length === 2 &&
      words(name).every((w) => /^\p{Lu}\p{Ll}/u.test(w)) &&
      kindOfName(name) === 'person'
    ) {
      sole = this.names[list[0]!] ?? null;
    }
    this.soleFirst.set(first, sole);
    return sole;
  }

  /** {@link soleByFirstName} by lower-cased first word. */
  private readonly soleFirst = new Map<string, Mention | null>();

  /**
   * True for a full name set off after a word for a relative and a possessive
   * ("her husband, Paul Lund", "his son Tom Lund", "Lund's wife, Ann Lund").
   */
  private isRelative(n: Mention): boolean {
    let k = n.first - 1;
    if (maybeToken(this.doc, k)?.value === ',') k--;
    const kin = maybeToken(this.doc, k);
    const owner = maybeToken(this.doc, k - 1);
    return kin !== undefined && KIN_NOUNS.has(kin.lower) && owner !== undefined && (THIRD_POSSESSIVES.has(owner.lower) || /^['’]s$/.test(owner.lower));
  }

  /** The nearest full name of the list before `at` that is no relative ({@link isRelative}), or null. */
  private nearestNotRelative(list: readonly Mention[], at: number): Mention | null {
    for (let i = lowerBound(list, at, startOf) - 1; i >= 0; i--) if (!this.isRelative(list[i]!)) return list[i]!;
    return null;
  }

  /**
   * Where a lower-cased surname is first named alone (one word), or Infinity;
   * with a gender, only where it may stand for someone of that gender: not
   * with an honorific of the other gender ("Ms. Lund" for "Mr. Lund"), nor
   * after a full name of the other gender that is no relative ("Lund" after
   * "Carla Lund"). `all` holds the full names with the surname. Gathered on first use.
   */
  private firstBare(surname: string, all: readonly Mention[], gender?: Gender): number {
    if (this.bareStarts === null) {
      this.bareStarts = new Map();
      for (const n of this.names) {
        const key = n.name.trim().toLowerCase();
        if (/\s/.test(key)) continue;
        const list = this.bareStarts.get(key);
        if (list) list.push(n);
        else this.bareStarts.set(key, [n]);
      }
    }
    for (const n of this.bareStarts.get(surname) ?? NO_MENTIONS) {
      if (gender === undefined) return n.start;
      const before = honorificGender(n) === undefined ? this.nearestNotRelative(all, n.start) : null;
      const g = honorificGender(n) ?? (before === null ? undefined : genderOf(before));
      if (g === undefined || g === gender) return n.start;
    }
    return Infinity;
  }

  /** The names of each lower-cased surname named alone, in text order ({@link firstBare}). */
  private bareStarts: Map<string, Mention[]> | null = null;

  /** Indexes of the full names (two words or more) by lower-cased first word, in text order; gathered on first use. */
  private firstWords: Map<string, number[]> | null = null;

  /**
   * The organisation ("it") or group or organisation ("they") that opens the
   * content `own` as its subject when the pronoun `m` comes right after that
   * content ({@link reportedSubject}): "Kestrel Foods expects profits to
   * fall, it said" is Kestrel Foods. Null for any other subject.
   */
  private reportedEntity(m: Mention, own: readonly Range[], plural: boolean): Entity | null {
    const subject = reportedSubject(this.doc, m, own);
    if (subject === null) return null;
    if (subject.kind === 'description') {
      const kind = kindOfDescription(this.doc, subject);
      if (kind !== 'organization' && !(plural && kind === 'group')) return null;
      return this.describedOrganization(subject) ?? this.entityNamed(subject.name, kind);
    }
    if (subject.kind !== 'name') return null;
    const name = this.honoredName(subject).name;
    const kind = kindOfName(name);
    if (kind === 'organization' || (plural && kind === 'group')) return this.nameEntity(subject);
    // "Kestrel Foods expects ..., it said": a name "it" reports is a business's, unless a first name, a title or a
    // gender marks a person
    const first = words(name.toLowerCase())[0] ?? '';
    // (nor a surname of a full name in the text: "Moss expects ..." after "Ada Moss")
    if (plural || kind !== 'person' || subject.titles.length > 0 || FIRST_NAMES.has(first) || name !== subject.name || this.byName.has(this.lowerName(name))) return null;
    const e = this.nameEntity(subject);
    if (e.gender !== undefined || e.titles.length > 0) return null;
    e.kind = 'organization';
    return e;
  }

  /**
   * For "it" right after a relative "which" or "that" ("..., which it
   * announced in July"), the organisation a definite description headed by
   * an organisation's noun stands for ("the company", "the ministry"), when
   * that description is the subject of a clause earlier in the pronoun's
   * sentence (a verb right after it) and outside `own`; the nearest such.
   * Null when there is none.
   */
  private relativeClauseOrganization(m: Mention, own: readonly Range[]): Entity | null {
    const relative = maybeToken(this.doc, m.first - 1);
    if (relative === undefined || (relative.lower !== 'which' && relative.lower !== 'that')) return null;
    const at = tokenAt(this.doc, m.first);
    const sentence = this.doc.sentences[at.sent]!;
    for (let k = m.first - 2; k > sentence.first; k--) {
      const head = tokenAt(this.doc, k);
      const article = tokenAt(this.doc, k - 1);
      const verb = maybeToken(this.doc, k + 1);
      if (article.lower !== 'the' || head.pos !== 'NOUN' || verb === undefined || !/^(VERB|AUX)$/.test(verb.pos)) continue;
      if (kindOfHead(head.lower) !== 'organization') continue;
      const subject = makeMention(this.doc, k - 1, k + 1);
      if (subject === null || overlapsOwn(subject, own)) return null;
      return this.describedOrganization(subject) ?? this.entityNamed(subject.name, 'organization');
    }
    return null;
  }

  /** The organisation named nearest before a description such as "the company" or "the ministry", or null. */
  private describedOrganization(m: Mention): Entity | null {
    const head = tokenAt(this.doc, m.head ?? m.last - 1).lower;
    if (m.last - m.first > 3) return null;
    if (kindOfHead(head) === 'organization') {
      const generic = GENERIC_COMPANY.has(head);
      const before = this.nameIndex(m.start);
      for (let k = before - 1; k >= Math.max(0, before - 30); k--) {
        const n = this.names[k]!;
        const full = this.fullNameAt(k);
        if (kindOfName(full) !== 'organization') continue;
        const ws = words(full.toLowerCase()).map((w) => w.replace(/[.,]$/, ''));
        if (headsName(ws, head) || (generic && ws.some((w) => COMPANY_WORDS.has(w)))) return this.nameEntity(n);
        // "the Federal Aviation Administration ... The agency said": an agency named by another word of government
        if (head === 'agency' && ws.length > 1 && ws.some((w) => AGENCY_NAME_WORDS.has(w))) return this.nameEntity(n);
      }
    }
    // no organisation named: "the company" after a bare name that spoke ("Apple said ... The company said ...")
    // (or after a business's name of two or three words in its sentence or the one before, spoken or not:
    // "Shares of Corvane Industries fell. The company said ...")
    return COMPANY_DESCRIPTION_HEADS.has(head) ? this.bareCompany(m) ?? (GENERIC_COMPANY.has(head) ? this.tradeNameBefore(m) : null) : null;
  }

  /**
   * The nearest name before generic description `m` ("the company") in its
   * sentence or the one before when it reads as a business's of two or
   * three words ending in a trade or a body's word ("Corvane Industries",
   * "Kessler Gold"; {@link bodyLikeName}), with no first name opening it and
   * no title or gender known; null when the nearest name is any other.
   */
  private tradeNameBefore(m: Mention): Entity | null {
    if (tokenAt(this.doc, m.first).lower !== 'the') return null;
    const sent = tokenAt(this.doc, m.first).sent;
    const k = this.nameIndex(m.start) - 1;
    const n = this.names[k];
    if (n === undefined || tokenAt(this.doc, n.first).sent < sent - 1) return null;
    const full = this.fullNameAt(k);
    const word = bodyLikeName(full);
    if (word === null || full !== n.name || n.titles.length > 0 || FIRST_NAMES.has(word.toLowerCase()) || TITLE_WORDS.has(titleKey(word)) || isPlaceName(full)) return null;
    const e = this.nameEntity(n);
    if (e.gender !== undefined || e.titles.length > 0) return null;
    if (e.kind === 'person') e.kind = 'organization';
    return e;
  }

  /**
   * The business a definite description such as "the company" or "the bank"
   * stands for when the last name of the sentence before (places and names
   * after a preposition aside: "... to a hospital in Tamale") is a
   * bare one-word name (or one of two or three capitalised words whose first
   * is no first name: "Kessler Gold said ... It said") of a speaker that is
   * that sentence's subject, right
   * before its verb, and that nothing marks as a person: "Apple said sales fell in Spain. The
   * company said it would cut prices." So does "it" ("Greenpeace said the
   * mine would poison the river. It added ..."). The name's entity becomes an
   * organisation. Not a first name, a place, a title, a surname of a full name
   * in the text, a common word opening its sentence ("Rain fell"), a name
   * after "the" ("The Dow fell"), nor a name with a title or a gender.
   */
  private bareCompany(m: Mention): Entity | null {
    const opening = tokenAt(this.doc, m.first).lower;
    if (opening !== 'the' && opening !== 'it') return null;
    const sent = tokenAt(this.doc, m.first).sent;
    for (let k = this.nameIndex(m.start) - 1; k >= 0; k--) {
      const n = this.names[k]!;
      const nSent = tokenAt(this.doc, n.first).sent;
      if (nSent === sent) continue;
      if (nSent < sent - 1) return null;
      // ("... taken to a hospital in Tamale. It said": a name after a preposition is no subject; the subject before it may be)
      if (n.first > 0 && tokenAt(this.doc, n.first - 1).pos === 'ADP' && tokenAt(this.doc, n.first - 1).sent === nSent) continue;
      const full = this.fullNameAt(k);
      const word = soleWord(full) ?? bodyLikeName(full);
      if (word !== null && isPlaceName(full)) continue;
      if (word === null || full !== n.name || n.titles.length > 0 || !/^\p{Lu}\p{Ll}/u.test(word) || FIRST_NAMES.has(word.toLowerCase()) || TITLE_WORDS.has(titleKey(word))) return null;
      if (this.pronounFacts(k).skip || this.isCommonWord(n) || this.isOpeningCommon(n)) return null;
      if (!this.isSubject(n) || (n.first > 0 && tokenAt(this.doc, n.first - 1).lower === 'the' && tokenAt(this.doc, n.first - 1).sent === nSent)) return null;
      let v = n.last;
      while (v < tokenCount(this.doc) && tokenAt(this.doc, v).pos === 'ADV') v++;
      if (v >= tokenCount(this.doc) || !/^(VERB|AUX)$/.test(tokenAt(this.doc, v).pos) || tokenAt(this.doc, v).sent !== nSent) return null;
      const kind = kindOfName(full);
      if (kind !== 'person' && kind !== 'organization') return null;
      // (only a name that has spoken: "Rain fell all week" names nothing)
      if (!this.byName.has(this.lowerName(full))) return null;
      const e = this.nameEntity(n);
      if (e.gender !== undefined || e.titles.length > 0) return null;
      // ("it": not past a personal pronoun, "Reyes said she had read the report. It said ...")
      if (opening === 'it' && personalPronounBetween(this.doc, n.last, m.first)) return null;
      if (e.kind === 'person') e.kind = 'organization';
      return e;
    }
    return null;
  }

  /** The entity a name mention anywhere in the document stands for, if it is a speaker. */
  entityOfName(m: Mention): Entity | undefined {
    // (not kept for later: each name is asked once, after every speaker is resolved, and a long
    // text's hundreds of thousands of names would be held until the resolver is dropped)
    const full = this.honored.get(m) ?? this.fullName(m.name, m.start, honorificGender(m), hasGivenNameHonorific(m));
    return this.byName.get(full.name.toLowerCase());
  }

  /**
   * `name` lower-cased, one string per distinct name: a long text names the
   * same people again and again, and the facts kept per name keep this key.
   */
  private lowerName(name: string): string {
    let lower = this.lowerNames.get(name);
    if (lower === undefined) this.lowerNames.set(name, (lower = name.toLowerCase()));
    return lower;
  }

  /** {@link nameFacts} of the names with no place and no appositive after them, by full name. */
  private readonly plainFacts = new Map<string, NameFacts>();

  /** {@link lowerName} by name. */
  private readonly lowerNames = new Map<string, string>();

  /**
   * The full name a name mention stands for, its honorific's gender taken
   * into account ({@link fullName}); worked out once per mention, as nothing
   * it depends on changes while the text is resolved.
   */
  private honoredName(m: Mention): { name: string; source: Mention | null } {
    let full = this.honored.get(m);
    if (full === undefined) this.honored.set(m, (full = this.fullName(m.name, m.start, honorificGender(m), hasGivenNameHonorific(m))));
    return full;
  }

  /** What never changes about name `k` when a pronoun looks back at it. */
  private pronounFacts(k: number): PronounFacts {
    let facts = this.forPronouns[k];
    if (facts === undefined) {
      const n = this.names[k]!;
      const skip = describesPlace(this.doc, n, this.bySurname) || isAddress(this.doc, n) || isWordPart(this.doc, n) || isNumbered(this.doc, n) || isHeading(this.doc, n) || isBarePossessive(this.doc, n) || isTheFamily(this.doc, n) || isTheName(this.doc, n) || isNamedThing(this.doc, n) || isInTitle(this.doc, n) || this.isTitleTail(n) || this.isJoinedTail(n) || isAffiliation(this.doc, n, this.names[k - 1]) || isBracketedName(this.doc, n);
      const { name } = this.honoredName(n);
      const person = !skip && kindOfName(name) === 'person';
      const key = this.lowerName(name);
      const owner = isAppositiveOwner(this.doc, n, this.names[k - 1]);
      const gender = person ? this.knownByName.get(key)?.gender ?? genderOf(n) ?? this.fullGender(name) ?? this.honoredGender(key) ?? kinGender(this.doc, n) : undefined;
      facts = { skip, person, key, gender, owner };
      this.forPronouns[k] = facts;
    }
    return facts;
  }

  private nameEntity(m: Mention): Entity {
    const { name, source } = this.honoredName(m);
    const e = this.entityNamed(name, m.turn ? kindOfTurnLabel(name) : kindOfName(name));
    e.gender ??= genderOf(m) ?? (source ? genderOf(source) : undefined);
    for (const t of [...m.titles, ...(source?.titles ?? [])]) if (!e.titles.includes(t)) e.titles.push(t);
    return e;
  }

  /**
   * An organisation (for "it") or a group or organisation (for "they") named
   * in the sentence of `m` or the one before, nearest first, or null.
   */
  private organizationNamedBefore(m: Mention, own: readonly Range[], plural: boolean): Entity | null {
    const sent = tokenAt(this.doc, m.first).sent;
    for (let k = this.nameIndex(m.start) - 1; k >= 0; k--) {
      const n = this.names[k]!;
      // (no further back than the gendered pronoun looks: in one long sentence every "they" would read back over
      // all its names)
      if (sent - tokenAt(this.doc, n.first).sent > 1 || m.start - n.end > 3000) break;
      // a dateline's city ("BRANFORD, N.D. —") or "No. 7" is no organisation that speaks
      if (own.some((r) => n.start >= r.start && n.end <= r.end) || isAddress(this.doc, n) || isNumbered(this.doc, n) || isHeading(this.doc, n) || (plural && afterPlacePreposition(this.doc, n))) continue;
      const kind = kindOfName(this.fullNameAt(k));
      if (kind === 'organization' || (kind === 'group' && plural)) return this.nameEntity(n);
    }
    return null;
  }

  /**
   * What a speaking "it" stands for when the speaker mention nearest before
   * it, among the last {@link MAX_SPOKEN_BACK} resolved and in its sentence
   * or the two before (in any paragraph: news gives each sentence one),
   * settles it: an
   * organisation (`Twitter said ... It added`), the organisation a spokesman
   * or a statement spoke for (`A spokesman for the culture department said
   * ... It said`: the culture department), or a thing that speaks (`the
   * email read ... It stated`: the email). Undefined when it settles nothing
   * (a person spoke last).
   */
  private itSpeakerBefore(m: Mention): Entity | undefined {
    let best: { m: Mention; e: Entity } | undefined;
    for (let k = this.spoken.length - 1; k >= Math.max(0, this.spoken.length - MAX_SPOKEN_BACK); k--) {
      const s = this.spoken[k]!;
      if (s.m.start < m.start && (best === undefined || s.m.start > best.m.start)) best = s;
    }
    if (best === undefined) return undefined;
    const at = tokenAt(this.doc, m.first);
    const was = tokenAt(this.doc, best.m.first);
    if (at.sent - was.sent > 2) return undefined;
    if (best.e.kind === 'organization') return best.e;
    if (best.m.kind !== 'description') return undefined;
    const voiced = voicedOrganization(this.doc, best.m);
    if (voiced !== null) return this.entityNamed(voiced, 'organization');
    return isSpeakingThing(this.doc, best.m) ? best.e : undefined;
  }

  /**
   * The organisation that opens the sentence of the thing at token `thing`
   * as its subject (`The arena has issued a short statement. It said ...`:
   * the arena), or null: the thing itself speaks (`The report found ...`),
   * or a person sent it.
   */
  private senderOfThing(thing: number): Entity | null {
    const sentence = this.doc.sentences[tokenAt(this.doc, thing).sent]!;
    const subject = sentenceSubject(this.doc, sentence.first, thing);
    if (subject === null || subject.last > thing) return null;
    if (subject.kind === 'name') return kindOfName(this.honoredName(subject).name) === 'organization' ? this.nameEntity(subject) : null;
    if (subject.kind !== 'description' || tokenAt(this.doc, subject.first).lower !== 'the') return null;
    const head = tokenAt(this.doc, subject.head ?? subject.last - 1);
    if (head.pos !== 'NOUN' || head.lemma.toLowerCase() !== head.lower || SPEAKING_THING_NOUNS.has(head.lower)) return null;
    const kind = kindOfDescription(this.doc, subject);
    if (kind === 'person' || kind === 'group') return null;
    return this.describedOrganization(subject) ?? this.entityNamed(subject.name, 'organization');
  }

  /**
   * The organisation that is the subject of the sentence of the speaking
   * "it" `m`, before it, or else of the sentence before: `The group seeks
   * laws on what it calls "common sense"` (the group), `Still, the Business
   * Council opposed the tax. "Keep it," it said` (the Business Council).
   * Null when neither subject is an organisation's name or a definite
   * description headed by an organisation's noun.
   */
  private organizationSubjectBefore(m: Mention): Entity | null {
    const at = tokenAt(this.doc, m.first);
    for (const s of [at.sent, at.sent - 1]) {
      if (s < 0) break;
      const sentence = this.doc.sentences[s]!;
      const subject = sentenceSubject(this.doc, sentence.first, s === at.sent ? m.first : sentence.last);
      if (subject === null || subject.first >= m.first) continue;
      if (subject.kind === 'name') {
        if (kindOfName(this.honoredName(subject).name) === 'organization') return this.nameEntity(subject);
        // "Donald Trump's campaign is defending ...": the organisation a name's possessive opens
        const noun = maybeToken(this.doc, subject.last + 1);
        if (noun !== undefined && isOwnerMark(this.doc, subject.last) && noun.pos === 'NOUN' && kindOfHead(noun.lower) === 'organization') {
          return this.entityNamed(this.doc.text.slice(subject.start, noun.end), 'organization');
        }
        continue;
      }
      if (subject.kind !== 'description') continue;
      // (a definite one: "the group", "Donald Trump's campaign")
      let definite = tokenAt(this.doc, subject.first).lower === 'the';
      for (let k = subject.first + 1; k < subject.last && !definite; k++) definite = isOwnerMark(this.doc, k);
      if (!definite || kindOfDescription(this.doc, subject) !== 'organization') continue;
      return this.describedOrganization(subject) ?? this.entityNamed(subject.name, 'organization');
    }
    return null;
  }

  /** The speaker mentions resolved so far and their entities, in the order resolved ({@link SpeakerResolver.itSpeakerBefore}). */
  private readonly spoken: { m: Mention; e: Entity }[] = [];

  /** The nearest fitting earlier person for a pronoun, or null; names inside `own` (the quote's content) never are. */
  private antecedent(m: Mention, own: readonly Range[]): Entity | null {
    const info = PRONOUNS.get(tokenAt(this.doc, m.first).lower);
    if (!info) return null;
    // "I", "we", "our": the speaker of the text or of the quote, never a person, group or organisation named before
    if (info.first) return null;
    if (info.number === 'plural' || info.gender === 'neuter') {
      // they: the nearest group or organisation that spoke before; it: the nearest organisation
      // ("it" is never "officials" or "experts")
      const plural = info.number === 'plural';
      // "The agency expects prices to rise, it said": the subject of the content the pronoun reports
      const reported = this.reportedEntity(m, own, plural);
      if (reported !== null) return reported;
      if (!plural) {
        // "it": the speaker just before, when an organisation or a thing that speaks, or the organisation a
        // spokesman spoke for; not an organisation named further back when the sentence before names a thing
        // "the company set aside $45 million for the plant, which it announced in July": the organisation
        // that is the subject of a clause before the relative clause the "it" opens, in its own sentence
        const clause = this.relativeClauseOrganization(m, own);
        if (clause !== null) return clause;
        const near = this.itSpeakerBefore(m);
        if (near !== undefined) return near;
        const thing = thingInSentenceBefore(this.doc, m);
        if (thing >= 0) return this.senderOfThing(thing);
        const subject = this.organizationSubjectBefore(m);
        if (subject !== null) return subject;
        const named = this.organizationNamedBefore(m, own, false);
        if (named !== null) return named;
      }
      const sent = tokenAt(this.doc, m.first).sent;
      // (the one mentioned last before the pronoun, not the one named first last: "Acme Bank said X. Harlow Council
      // said Y. Acme Bank said Z. It said W." is Acme Bank)
      let nearest: Entity | null = null;
      let nearestAt = -1;
      for (const e of this.entities) {
        if (!((plural && e.kind === 'group') || e.kind === 'organization')) continue;
        // (its last mention before the pronoun: mentions are added as quotes are resolved, nearly in text order)
        let i = e.mentions.length - 1;
        while (i >= 0 && e.mentions[i]!.start >= m.start) i--;
        if (i < 0 || e.mentions[i]!.start <= nearestAt) continue;
        // ("it": not an organisation that last spoke many sentences back, "The Clean Power Plan is the tool to meet
        // the target it pledged" is no court that spoke at the top of the article)
        if (!plural && sent - tokenAt(this.doc, e.mentions[i]!.first).sent > MAX_IT_SENTENCES) continue;
        nearest = e;
        nearestAt = e.mentions[i]!.start;
      }
      if (nearest !== null) return nearest;
      // else an organisation (for it) or a group or organisation (for they) named in this sentence or the one before
      const named = this.organizationNamedBefore(m, own, plural);
      if (named !== null) return named;
      // ("Greenpeace said ... It added ...": a bare one-word name that spoke, as for "the company")
      return plural ? this.groupSubjectBefore(m, own) : this.bareCompany(m);
    }
    // ("I" and "we" returned above); "you": the one spoken to ("Q: You said ..."), not the person named last
    if (info.second === true) return null;
    // "President Vardy spoke. The president renewed his promise": the one earlier person its own clause's subject
    // describes (when that subject fits no one, the pronoun is left to the names, then to the subject: see resolve)
    // "Tom Reyes hoped, he said, that ...": the subject of a state of mind the pronoun reports of itself
    const self = selfReportingSubject(this.doc, m, own);
    if (self !== null && kindOfName(this.honoredName(self).name) === 'person') {
      const e = this.nameEntity(self);
      if (e.gender === undefined || e.gender === info.gender) return e;
    }
    const subject = describedClauseSubject(this.doc, m, own);
    const fitting = subject === null || isIndefinite(this.doc, subject) ? null : this.describedPerson(subject);
    if (fitting !== null && (fitting.gender === undefined || fitting.gender === info.gender)) return fitting;
    const wanted = info.gender === 'female' || info.gender === 'male' ? info.gender : undefined;
    const sent = tokenAt(this.doc, m.first).sent;
    // rule 1: a speaker described by a noun of the pronoun's gender after every fitting name ("the daughter of one
    // victim said ... she said"): that person
    const described = wanted === undefined ? null : this.genderedSpeakerBefore(m, wanted, sent, own);
    // the nearest fitting person, unless a subject of the same or the previous sentence, or of the nearest one's own
    // sentence, fits too: "Paul Hart met Tom Reyes. He said ..." is Paul Hart
    let nearest: Mention | null = null;
    let nearestAt = -1;
    let chosen = -1;
    let listed = -1;
    for (let k = this.nameIndex(m.start) - 1; k >= 0; k--) {
      const n = this.names[k]!;
      if (described !== null && n.end <= described.m.start) {
        if (nearest === null) return described.e;
        break;
      }
      if (m.start - n.end > 3000) break;
      const nSent = tokenAt(this.doc, n.first).sent;
      if (nearest !== null && nSent < Math.min(tokenAt(this.doc, nearest.first).sent, sent - 1)) break;
      // what never changes about the name is worked out once: where it stands, its full name ("Mr. Varga" is
      // never "Greta Varga": the honorific's gender picks it), whether that is a person's
      if (!this.mayStandFor(k, own)) continue;
      if (!this.fitsGender(k, wanted)) continue;
      // a name of no known gender that modifies a noun ("worked on the Harbor Line trading floor. She said") is no
      // person the pronoun stands for
      if (this.knownGender(k) === undefined && isNounModifier(this.doc, n)) continue;
      // "The pope told La Stampa that ... "...," he said": the one told listens; the pronoun is the teller's
      if (nearest === null) {
        const teller = this.tellerOf(n, wanted);
        if (teller !== null) return teller;
      }
      // the owner of an appositive's role ("Ann Lee, Tom Hale's wife,") is skipped when the full name before it
      // fits the pronoun ("she" is Ann Lee); "he" there is still Tom Hale
      if (this.pronounFacts(k).owner && this.fitsGender(k - 1, wanted)) continue;
      // a name of no known gender in a list of three or more ("went to Lee, Hale and Ward") gives way to any person
      // named before it; it is the pronoun's only when no one else fits
      if (this.knownGender(k) === undefined && isListedName(this.doc, n)) {
        if (listed < 0) listed = k;
        continue;
      }
      // "As the debate went on and Hale stood by his remark": a possessive whose clause has the name for subject
      // (a name further back than the sentence before gives way to a fitting subject of its own sentence before it:
      // "Reyes took a swipe at Tom Hale. "..." he wrote" is Reyes; not the one asked: "Lee asked Hale which states he
      // could win. "..." he said" is Hale)
      // (not the subject of a clause of circumstance before the nearest one's, in the sentence before or further back:
      // "After Lee spoke, Tom Hale left" is Tom Hale)
      const fronted = nearest !== null && nSent < sent && inFrontedCircumstance(this.doc, n, nearest);
      if ((this.isSubject(n) && !fronted) || (nearest === null && nSent < sent && isAskedObject(this.doc, n)) || (nearest === null && nSent === sent && ownsPossessive(this.doc, n, m))) {
        chosen = k;
        break;
      }
      if (nearest === null) {
        nearest = n;
        nearestAt = k;
      }
    }
    // rule 2: a definite description that spoke, found to be a person, with no fitting name after it ("The judge
    // said X. She said Y."): that person, before the names
    const person = this.describedPersonBefore(m, wanted, own);
    if (person !== null) return person;
    if (chosen < 0) chosen = nearestAt;
    if (chosen < 0 && described === null) chosen = listed;
    if (chosen < 0) return described?.e ?? null;
    // "President Vardy thanked Ann Lee. ... she said": a name whose gender nothing tells gives way to a person of the
    // pronoun's gender named in its sentence or the one before
    return this.nameEntity(this.names[this.knownGenderNear(chosen, this.nameIndex(m.start) - 1, wanted, own, m)]!);
  }

  /**
   * The person who spoke as the teller of name `n` when `n` is the listener of
   * a form of "tell" ({@link isToldListener}): a speaker resolved before, of
   * gender `wanted` or of none known. Null for any other name.
   */
  private tellerOf(n: Mention, wanted: Gender): Entity | null {
    for (let k = this.spoken.length - 1; k >= Math.max(0, this.spoken.length - MAX_SPOKEN_BACK); k--) {
      const s = this.spoken[k]!;
      if (s.m.end > n.start || !isToldListener(this.doc, n, s.m)) continue;
      if (s.e.kind !== 'person' || (wanted !== undefined && s.e.gender !== undefined && s.e.gender !== wanted)) return null;
      // ("The actress told Tom Hale ... he said": a teller described by a noun of the other gender is not the one)
      if (wanted !== undefined && s.m.kind === 'description') {
        const head = tokenAt(this.doc, s.m.head ?? s.m.last - 1).lower;
        const told = GENDERED_PERSON_NOUNS.get(head) ?? GENDERED_ROLE_NOUNS.get(head);
        if (told !== undefined && told !== wanted) return null;
      }
      return s.e;
    }
    return null;
  }

  /**
   * For "he" or "she" with no one before it, the person described right
   * after a verb of {@link CONTACT_VERBS} whose subject is the writer ("I",
   * "we", "our correspondent") in one of the two sentences before, outside
   * `own`: "a shopkeeper" of "I asked a shopkeeper about prices. ... she
   * said". Null for anything else ("The mayor called a reporter. ... he
   * said" is no writer's call).
   */
  private contactedPerson(m: Mention, own: readonly Range[]): Entity | null {
    if (!CONTACTED_PRONOUNS.has(tokenAt(this.doc, m.first).lower)) return null;
    const sent = tokenAt(this.doc, m.first).sent;
    for (let s = sent - 1; s >= Math.max(0, sent - 2); s--) {
      const sentence = this.doc.sentences[s]!;
      // (the writer and the verb open the sentence: a bounded look keeps a long text of long sentences linear)
      for (let v = sentence.first + 1; v < Math.min(sentence.last - 1, sentence.first + MAX_CONTACT_VERB); v++) {
        const verb = tokenAt(this.doc, v);
        if (verb.pos !== 'VERB' || !CONTACT_VERBS.has(verb.lemma)) continue;
        if (!writerBefore(this.doc, verbGroupStart(this.doc, v, sentence.first), sentence.first)) return null;
        const end = phraseEndAfter(this.doc, v + 1, sentence.last);
        const object = end > v + 1 ? makeMention(this.doc, v + 1, end) : null;
        if (object === null || object.kind !== 'description' || overlapsOwn(object, own) || kindOfDescription(this.doc, object) !== 'person') return null;
        return this.entityNamed(object.name, 'person');
      }
    }
    return null;
  }

  /**
   * The nearest speaker before pronoun `m` described by a noun of gender
   * `wanted` ({@link GENDERED_PERSON_NOUNS}) in its sentence or the two before,
   * outside `own`; null when there is none. The first of the two description
   * rules of a personal pronoun (the second: {@link describedPersonBefore}).
   */
  private genderedSpeakerBefore(m: Mention, wanted: 'female' | 'male', sent: number, own: readonly Range[]): { readonly m: Mention; readonly e: Entity } | null {
    for (let k = this.gendered.length - 1; k >= 0; k--) {
      const d = this.gendered[k]!;
      if (d.m.end > m.start || overlapsOwn(d.m, own)) continue;
      if (sent - tokenAt(this.doc, d.m.first).sent > 2) continue;
      // "his brother Alastair Hale said ... he said": the name set right after it is that relative
      const next = this.names[this.nameIndex(d.m.end)];
      if (next !== undefined && next.first <= d.m.last + 1) return null;
      return d.gender === wanted ? d : null;
    }
    return null;
  }

  /**
   * The person a definite description that spoke in the pronoun's sentence or
   * the one before was found to be, when no name that fits the pronoun stands
   * between the description and the pronoun: "Judge Ann Carver ... Her lawyer,
   * Ruth Moss, said ... The judge said X. She said Y." gives the judge, not
   * the lawyer named last. Else null. The second of the two description rules
   * of a personal pronoun (the first, a kin noun: {@link genderedSpeakerBefore}).
   */
  private describedPersonBefore(m: Mention, wanted: Gender, own: readonly Range[]): Entity | null {
    const d = this.describedSpeaker;
    if (d === null || d.mention.end > m.start || d.entity.kind !== 'person') return null;
    if (wanted !== undefined && d.entity.gender !== undefined && d.entity.gender !== wanted) return null;
    if (tokenAt(this.doc, m.first).sent - tokenAt(this.doc, d.mention.first).sent > 1) return null;
    if (overlapsOwn(d.mention, own)) return null;
    for (let k = this.nameIndex(m.start) - 1; k >= 0 && this.names[k]!.start >= d.mention.end; k--) {
      if (this.mayStandFor(k, own) && this.fitsGender(k, wanted)) return null;
    }
    return d.entity;
  }

  /**
   * For "they" opening its sentence, with no group or organisation before it:
   * the people the sentence before opens with, when they are a group ("Nurses
   * at the hospital walked out. They said ...") or two people joined by "and"
   * ("Ann Lee and her husband, Tom, lived there. They said ..."); else null. Words inside `own`
   * (the quote's content) never are.
   */
  private groupSubjectBefore(m: Mention, own: readonly Range[]): Entity | null {
    const sent = tokenAt(this.doc, m.first).sent;
    const sentence = this.doc.sentences[sent]!;
    const before = this.doc.sentences[sent - 1];
    if (m.first !== sentence.first || before === undefined) return null;
    // "Ann Lee and her husband, Tom, lived there. They said ...": both
    const pair = pairSubject(this.doc, before.first, before.last);
    if (pair !== null && !own.some((r) => r.start < tokenAt(this.doc, before.last - 1).end && r.end > tokenAt(this.doc, before.first).start)) return this.entityNamed(pair, 'person');
    const s = sentenceSubject(this.doc, before.first, before.last);
    if (s === null || s.kind !== 'description' || s.first !== before.first || overlapsOwn(s, own)) return null;
    return kindOfDescription(this.doc, s) === 'group' ? this.entityNamed(s.name, 'group') : null;
  }

  /** True when name `k` is a person that a pronoun may stand for, outside `own` (see {@link PronounFacts}). */
  private mayStandFor(k: number, own: readonly Range[]): boolean {
    const n = this.names[k]!;
    const facts = this.pronounFacts(k);
    // (most names a pronoun looks back at are no person's: the tests of the word's use come after that cheap one)
    // (nor a name its own appositive made an organisation's: "Little Lights, a charity in Leeds, said")
    return facts.person && this.byName.get(facts.key)?.kind !== 'organization' && !own.some((r) => n.start >= r.start && n.end <= r.end) && !this.isStrayWord(n) && !this.isCommonWord(n) && !this.isOpeningCommon(n) && !this.isHeadlineOnly(k);
  }

  /**
   * True for name `k` in the document's headline ({@link headlineParagraph})
   * whose last word no name after the headline ends in: "Long Drought" of
   * "Farmers Brace for Long Drought" is no person a pronoun of the body
   * stands for; "Reed" of "Reed Quits", with "Tom Reed resigned" below, is.
   */
  private isHeadlineOnly(k: number): boolean {
    const headline = headlineParagraph(this.doc);
    if (headline < 0 || tokenAt(this.doc, this.names[k]!.first).para !== headline) return false;
    // (the body's last words are read once per document, not once per pronoun that looks back at the headline)
    if (this.bodyLastWords === undefined) {
      this.bodyLastWords = new Set();
      for (const n of this.names) if (tokenAt(this.doc, n.first).para !== headline) this.bodyLastWords.add(lastWord(n.name));
    }
    return !this.bodyLastWords.has(lastWord(this.names[k]!.name));
  }

  /** The last words of the names outside the headline ({@link isHeadlineOnly}), once asked. */
  private bodyLastWords: Set<string> | undefined;

  /**
   * When name `k`, chosen for "she" (`wanted` female), is a surname the
   * text never writes with a first name and has no known gender, the nearest
   * name before the pronoun (from name `last` back to the
   * sentence before `k`'s) that is known to be of that gender and is not
   * named again after `pronoun` in its sentence; else `k`. When `k` is a
   * full name of no known gender, for "he" or "she" alike, only a name of
   * that gender set off by commas after it in its own sentence may take its
   * place (`commaAppositive`).
   */
  private knownGenderNear(k: number, last: number, wanted: Gender, own: readonly Range[], pronoun: Mention): number {
    // (only for "she", as a surname alone in the news mostly names a man; and only a name written without a first name
    // anywhere in the text: a rare first name is no sign of the other gender)
    // (a full name whose first name the list lacks gives way too, for "he" or "she", to a name of the pronoun's gender
    // set off by commas after it in its sentence: "Inspector Farida Osei met the landlord, Victor Hale. He said ..." is Victor Hale)
    const full = /\s/.test(this.pronounFacts(k).key);
    if (wanted === undefined || this.knownGender(k) !== undefined || (!full && wanted !== 'female')) return k;
    const floor = tokenAt(this.doc, this.names[k]!.first).sent - (full ? 0 : 1);
    for (let j = last; j >= 0 && tokenAt(this.doc, this.names[j]!.first).sent >= floor; j--) {
      if (j === k || (full && !this.commaAppositive(j, k))) continue;
      if (this.mayStandFor(j, own) && this.knownGender(j) === wanted && !(this.pronounFacts(j).owner && this.fitsGender(j - 1, wanted)) && !this.namedAfter(j, pronoun)) return j;
    }
    return k;
  }

  /**
   * True when name `j` is an appositive after name `k` in its sentence, set
   * off by commas: "Farida Osei met the landlord, Victor Hale, at the site".
   */
  private commaAppositive(j: number, k: number): boolean {
    const n = this.names[j]!;
    const before = maybeToken(this.doc, n.first - 1);
    const after = maybeToken(this.doc, n.last);
    return j > k && tokenAt(this.doc, n.first).sent === tokenAt(this.doc, this.names[k]!.first).sent && before?.value === ',' && (after === undefined || after.value === ',' || after.sent !== tokenAt(this.doc, n.first).sent);
  }

  /**
   * True when the person of name `j` is named again after `pronoun` in its
   * sentence: the one spoken to or about ("..., she told Lee."), not the one
   * the pronoun stands for.
   */
  private namedAfter(j: number, pronoun: Mention): boolean {
    const key = this.pronounFacts(j).key;
    const sent = tokenAt(this.doc, pronoun.first).sent;
    for (let x = this.nameIndex(pronoun.start); x < this.names.length; x++) {
      const n = this.names[x]!;
      if (tokenAt(this.doc, n.first).sent !== sent) break;
      if (n.start >= pronoun.end && this.pronounFacts(x).key === key) return true;
    }
    return false;
  }

  /** The gender of name `k` from its entity, the known speakers, its honorific or its first name, if any. */
  private knownGender(k: number): Gender {
    const facts = this.pronounFacts(k);
    return this.byName.get(facts.key)?.gender ?? facts.gender;
  }

  /** True when name `k` may be of gender `wanted`: no gender is wanted, or its own is that or unknown. */
  private fitsGender(k: number, wanted: Gender): boolean {
    if (!wanted) return true;
    const facts = this.pronounFacts(k);
    const gender = this.byName.get(facts.key)?.gender ?? facts.gender;
    return !gender || gender === wanted;
  }

  /**
   * True for one word that ends a capitalised title after "of", "on" or
   * "for" ("the Office of Management and Budget" is read up to "Budget", "the
   * Joint Committee on Taxation", "Color of Change"): part of an
   * organisation's or a programme's name, never a person a pronoun stands
   * for; not a surname of a full name in the text, and not after a
   * capitalised sentence opener ("Praise for Okafor came later").
   */
  private isTitleTail(n: Mention): boolean {
    if (n.last - n.first !== 1) return false;
    const t = tokenAt(this.doc, n.first);
    const prev = maybeToken(this.doc, n.first - 1);
    const before = maybeToken(this.doc, n.first - 2);
    const key = t.lower;
    if (this.bySurname.has(key) || this.byName.has(key) || FIRST_NAMES.has(key)) return false;
    if (prev === undefined || before === undefined || prev.sent !== t.sent || before.sent !== t.sent) return false;
    if (!NAME_LINK_PREPOSITIONS.has(prev.value) || !/^\p{Lu}/u.test(before.value)) return false;
    // the capitalised word is part of a title, not a sentence opener ("Praise for Okafor"): it is not the
    // sentence's first word, and it is a proper noun or follows "the" or another capitalised word
    const ahead = maybeToken(this.doc, n.first - 3);
    if (ahead === undefined || ahead.sent !== t.sent) return false;
    return before.pos === 'PROPN' || ahead.lower === 'the' || /^\p{Lu}/u.test(ahead.value);
  }

  /**
   * True for one word that ends a capitalised title it is joined to by a
   * possessive, an ampersand or an ordinal ("the University of Dunmore's
   * Center", "Hale & Trading", "Mister Pell's Neighborhood", "the 20th
   * Century"): part of a name of a thing or a firm, never the person a "he"
   * or "she" stands for; not a surname of a full name in the text, a first
   * name or a speaker's name. After a place's possessive only a word that
   * heads a title ({@link JOINED_TITLE_HEADS}): "Alabama's Tuberville" is a
   * person.
   */
  private isJoinedTail(n: Mention): boolean {
    if (n.last - n.first !== 1) return false;
    const t = tokenAt(this.doc, n.first);
    const key = t.lower;
    if (this.bySurname.has(key) || this.byName.has(key) || FIRST_NAMES.has(key)) return false;
    const prev = maybeToken(this.doc, n.first - 1);
    if (prev === undefined || prev.sent !== t.sent) return false;
    if (/^\d+(st|nd|rd|th)$/.test(prev.lower)) return true;
    // after a possessive a word that heads a title ("Dunmore's Center"), or any word after an owner that is
    // no place: "Alabama's Tuberville" is a person
    const heads = JOINED_TITLE_HEADS.has(key);
    // "Dunmore's Center": the owner and its 's in one token
    if (/^\p{Lu}.*\p{L}['’]s?$/u.test(prev.value)) return heads || !this.placeOwnerEndsAt(n.first - 1, prev.value.replace(/['’]s?$/u, ''));
    const before = maybeToken(this.doc, n.first - 2);
    if (before === undefined || before.sent !== t.sent || !/^\p{Lu}/u.test(before.value)) return false;
    // "Hale & Trading"; or the owner and its 's (or the bare ’ of a plural) written apart
    if (prev.value === '&') return true;
    return prev.start === before.end && /^['’]s?$/.test(prev.value) && (heads || !this.placeOwnerEndsAt(n.first - 2, before.value));
  }

  /**
   * True when the capitalised words that end with token `k` (whose text is
   * `last`, its possessive taken off) name a place in the built-in list
   * ("Alabama", "New York", "Britain").
   */
  private placeOwnerEndsAt(k: number, last: string): boolean {
    const sent = tokenAt(this.doc, k).sent;
    let name = last;
    for (let j = k - 1; j >= Math.max(0, k - 3) && isPlaceName(name) === false; j--) {
      const t = maybeToken(this.doc, j)!;
      if (t.sent !== sent || !/^\p{Lu}/u.test(t.value)) break;
      name = `${t.value} ${name}`;
    }
    return isPlaceName(name);
  }

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
  private ownerOfThing(a: Mention): Mention | null {
    if (a.kind !== 'description') return null;
    let name: Mention | null = null;
    for (let j = this.nameIndex(a.start); j < this.names.length && this.names[j]!.start < a.end; j++) if (this.names[j]!.end === a.end) name = this.names[j]!;
    if (name === null) return null;
    const p = beforeDeterminer(this.doc, name);
    const prep = maybeToken(this.doc, p);
    if (prep === undefined || p <= a.first || !RELATIVE_OWNER_PREPOSITIONS.has(prep.lower)) return null;
    // a person's noun before the preposition keeps the description whole ("a colleague of Tom Hale"): a tie
    // to a person, or a noun that ends like one ("classmate", "biographer", "assistant"), unless it names a
    // thing said, sent or done ("a letter from Ann Lee")
    const head = tokenAt(this.doc, p - 1).lower;
    const single = head.replace(/s$/, '');
    const thing = THING_FROM_PERSON_NOUNS.has(head) || THING_FROM_PERSON_NOUNS.has(single);
    if (!thing && (RELATION_NOUNS.has(head) || RELATION_NOUNS.has(single) || PERSON_NOUN_ENDING.test(head))) return null;
    for (let k = a.first; k < p; k++) {
      const t = tokenAt(this.doc, k);
      if (t.pos === 'PROPN' || /^\p{Lu}/u.test(t.value) || kindOfHead(t.lower) !== 'unknown' || TITLE_WORDS.has(titleKey(t.lower))) return null;
    }
    return isPeopleKind(kindOfName(this.honoredName(name).name)) ? name : null;
  }

  /** True for a one-word capitalised description that is the surname of a full name in the document ("King"). */
  private isBareSurname(m: Mention): boolean {
    const t = tokenAt(this.doc, m.first);
    return m.last - m.first === 1 && /^\p{Lu}\p{Ll}/u.test(t.value) && this.bySurname.has(t.lower);
  }

  /**
   * True for one word that only ever opens a sentence ({@link isOpeningWord}:
   * "Things have changed", "Audiences can expect") or that the text writes
   * alone after a preposition of place ({@link isPlaceWord}: "in Brill"), and
   * is no known name: not the surname of a full name in the text, a
   * speaker's name or an alias.
   */
  private isOpeningCommon(n: Mention): boolean {
    // (both word tests take one-word names only; the name tables are cheaper than the word tests)
    if (n.last - n.first !== 1) return false;
    const key = n.name.toLowerCase();
    if (this.bySurname.has(key) || this.byName.has(key) || this.aliases.has(key)) return false;
    return isOpeningWord(this.doc, n) || isPlaceWord(this.doc, n);
  }

  /**
   * True for a lone capitalised word that the text also writes in lower case
   * ("Growth", "Politics", "Refugees" opening a sentence, "in May", "the
   * Office of Security", "Harbour Safety Inadequate", with "growth" elsewhere) and that no full name, first
   * name or speaker bears: a common word, not a person. A word inside its
   * sentence right after or before a lower-case verb is a surname ("The board praised
   * Marsh", "Marsh said", with "the marsh" elsewhere).
   */
  private isCommonWord(n: Mention): boolean {
    if (n.last - n.first !== 1) return false;
    const t = tokenAt(this.doc, n.first);
    const prev = maybeToken(this.doc, n.first - 1);
    const opens = prev === undefined || prev.sent !== t.sent || isMarkToken(prev.value);
    const next = maybeToken(this.doc, n.last);
    if (!opens && prev !== undefined && (isLowerVerb(prev) || (next !== undefined && next.sent === t.sent && isLowerVerb(next)))) return false;
    const key = n.name.toLowerCase();
    if (this.bySurname.has(key) || FIRST_NAMES.has(key) || this.byName.has(key) || this.aliases.has(key)) return false;
    if (this.lowerWords === null) {
      this.lowerWords = new Set();
      // (a long text's table holds each distinct word once: none of its millions of tokens is made)
      const table = this.doc.table;
      if (table !== undefined) {
        for (const value of table.words) if (startsLower(value)) this.lowerWords.add(value);
      } else {
        // (an indexed loop: an iterator over the tokens left garbage behind)
        for (let k = 0; k < tokenCount(this.doc); k++) {
          const value = maybeToken(this.doc, k)!.value;
          if (startsLower(value)) this.lowerWords.add(value);
        }
      }
    }
    return this.lowerWords.has(key);
  }

  /** The words the text writes in lower case, gathered on first use. */
  private lowerWords: Set<string> | null = null;

  /**
   * True when no verb stands before the name in its sentence, or only the verbs of a quotation
   * the name follows right after: it is (part of) the subject.
   */
  private isSubject(n: Mention): boolean {
    const sentence = this.doc.sentences[tokenAt(this.doc, n.first).sent];
    if (!sentence) return false;
    // '"We will win," Ann Lee said.': the verbs of a quotation that the name's noun phrase follows right after are
    // not the name's (with other words between, '"It will rain" for Ann Lee, said Tom Hale.', they still count)
    let quotedVerb = false;
    let word = false;
    for (let k = sentence.first; k < n.first; k++) {
      const t = tokenAt(this.doc, k);
      const verb = t.pos === 'VERB' || t.pos === 'AUX';
      if (this.quoted[k] === 1) {
        quotedVerb ||= verb;
        continue;
      }
      if (verb) return false;
      // the words of a noun phrase may stand between ('"...," Hale campaign chief Ann Lee said'), no other word
      if (!/^\p{P}+$/u.test(t.value) && !/^(NOUN|PROPN|ADJ|DET|NUM|PART|PUNCT)$/.test(t.pos)) word = true;
    }
    return !quotedVerb || !word;
  }

  /**
   * True for a lone capitalised word that opens a sentence, is followed by a
   * word of its own phrase and is never named again ("Absent a deal, ...",
   * "Narcissists love ..."): the tagger's proper noun, not a person.
   */
  private isStrayWord(n: Mention): boolean {
    if (n.last - n.first !== 1) return false;
    const key = n.name.toLowerCase();
    const prev = maybeToken(this.doc, n.first - 1);
    const opens = prev === undefined || prev.sent !== tokenAt(this.doc, n.first).sent || isMarkToken(prev.value);
    // a person opening a sentence is followed by a verb or punctuation ("Smith warned"), a stray word by its object ("Absent a deal"),
    // an adverb or a subordinator ("Minutes later", "Promising that"); a known name before an adverb ("Oduya later said") is still one
    const next = tokenAt(this.doc, n.last);
    if (!/^(DET|NOUN|ADJ|ADP|NUM|PRON|ADV|SCONJ)$/.test(next.pos)) return false;
    return opens && !this.bySurname.has(key) && !FIRST_NAMES.has(key) && !this.byName.has(key) && (this.counts.get(key) ?? 0) < 2;
  }

  /** The gender honorifics give each full name (lower-cased), worked out once. */
  private honoredGenders: Map<string, Gender> | undefined;

  /**
   * The gender an honorific on any name that stands for the one-word name
   * `key` (a surname the text never writes with a first name) gives it:
   * "President Vardy" is a man when the text also writes "Mr. Vardy"; none
   * when honorifics of both genders stand for it.
   */
  private honoredGender(key: string): Gender {
    if (this.honoredGenders === undefined) {
      this.honoredGenders = new Map();
      for (const n of this.names) {
        const g = honorificGender(n);
        if (g === undefined) continue;
        const full = this.lowerName(this.honoredName(n).name);
        // (only a surname known without a first name: an honorific before a surname may stand for a full name of
        // unknown gender only by guess, "Mr. Dunmore" before "Ilsa Dunmore" and "Harold Dunmore")
        if (/\s/.test(full)) continue;
        const before = this.honoredGenders.get(full);
        this.honoredGenders.set(full, this.honoredGenders.has(full) && before !== g ? undefined : g);
      }
    }
    return this.honoredGenders.get(key);
  }

  private fullGender(name: string): Gender {
    return firstNameGender(name);
  }

  /**
   * The name of what a "whose" description stands for when the name of its
   * owner stands right before the comma that opens the clause: "Ann Lee,
   * whose campaign released an ad" -> "Ann Lee's campaign", "Mr. Hale, whose
   * aides say" -> "Tom Hale's aides" (the owner's full name); else null.
   */
  private whoseOwned(m: Mention): string | null {
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
   * no one or two people are.
   */
  private agedPerson(m: Mention): Entity | null {
    const age = AGE_DESCRIPTION.exec(m.name)?.[1];
    if (age === undefined) return null;
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
    return found === null ? null : this.nameEntity(found.n);
  }

  /**
   * The first ("the former") or the second ("the latter") of exactly two
   * people named in the sentence before the description and in its own
   * sentence before it: "Ann Lee and Tom Reyes met. The former said ..." is
   * Ann Lee. Null when any other name is in that stretch, or fewer or more
   * than two people, or a name more than 3,000 characters back.
   */
  private orderedPerson(m: Mention): Entity | null {
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

  /** The one earlier person a description such as "the senator" fits, or null. */
  private describedPerson(m: Mention): Entity | null {
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
    if (fits.size !== 1) return null;
    return this.nameEntity([...fits.values()][0]!);
  }

  /**
   * The one person named in the sentence of description `m`, before it, or
   * in the sentence before, when every name there is that person's and that
   * person spoke before `m`; else null.
   */
  private onlyPersonNear(m: Mention): Entity | null {
    const sent = tokenAt(this.doc, m.first).sent;
    let only: Mention | null = null;
    let onlyKey = '';
    for (let k = this.nameIndex(m.start) - 1; k >= 0; k--) {
      const n = this.names[k]!;
      if (tokenAt(this.doc, n.first).sent < sent - 1) break;
      const { key, person } = this.nameFacts(k);
      if (!person) return null;
      if (only !== null && key !== onlyKey) return null;
      if (only === null) {
        only = n;
        onlyKey = key;
      }
    }
    if (only === null) return null;
    // (a person who spoke before it: "The Rovers won" names a team no role stands for)
    const e = this.nameEntity(only);
    return this.spoken.some((s) => s.e === e && s.m.end <= m.start) ? e : null;
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
      const person = kindOfName(full) === 'person';
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

  /** Records a description of an entity once, whatever its case ("the governor", "The governor"). */
  private addDescription(e: Entity, description: string): void {
    let keys = this.descriptionKeys.get(e);
    if (!keys) this.descriptionKeys.set(e, (keys = new Set(e.descriptions.map((d) => d.toLowerCase()))));
    const key = description.toLowerCase();
    if (!keys.has(key)) {
      keys.add(key);
      e.descriptions.push(description);
    }
  }

  /**
   * The gender of the last word of mention `m` when it ends a description set
   * off inside `m` by a comma and opened by an article: "a neighbour, a
   * 26-year-old local man" is male. Undefined when there is no such
   * description or its last word has no gender.
   */
  private appositiveGender(m: Mention): 'female' | 'male' | undefined {
    for (let k = m.first + 1; k < m.last - 2; k++) {
      if (tokenAt(this.doc, k).value !== ',' || !ARTICLES.has(tokenAt(this.doc, k + 1).lower)) continue;
      const last = tokenAt(this.doc, m.last - 1).lower;
      return GENDERED_PERSON_NOUNS.get(last) ?? APPOSITIVE_GENDER_NOUNS.get(last);
    }
    return undefined;
  }

  /** Resolves the speaker mention of a candidate whose content is `own`. */
  resolve(m: Mention, own: readonly Range[] = []): Resolution {
    let entity: Entity | null;
    let via: SpeakerVia;
    let certainty = 1;
    if (m.kind === 'name') {
      entity = this.nameEntity(m);
      via = 'name';
      if (m.description) {
        this.addDescription(entity, m.description);
        // "The charity, Little Lights, said ... It said": a name an organisation's noun describes is an organisation's
        if (entity.kind === 'person' && describesOrganization(m.description, entity, m.name)) entity.kind = 'organization';
      }
    } else if (m.antecedent) {
      // a relative pronoun: "Smith, who said ..."; "a harsh response from Smith, who said": Smith
      const r = this.resolve((tokenAt(this.doc, m.first).lower === 'who' ? this.ownerOfThing(m.antecedent) : null) ?? m.antecedent, own);
      entity = r.entity;
      via = r.via;
      certainty = r.certainty * 0.95;
    } else if (m.kind === 'pronoun') {
      via = 'pronoun';
      entity = this.antecedent(m, own);
      // "The minister renewed her warning" with no one before it: the person its clause's subject describes
      if (entity === null) {
        const subject = describedClauseSubject(this.doc, m, own);
        if (subject !== null) entity = this.entityNamed(subject.name, 'person');
      }
      // "I asked a shopkeeper about prices. "They keep rising," she said": the person the writer reached
      entity ??= this.contactedPerson(m, own);
      const info = PRONOUNS.get(tokenAt(this.doc, m.first).lower);
      if (entity && info && (info.gender === 'female' || info.gender === 'male')) entity.gender ??= info.gender;
      certainty = entity ? 0.85 : 0.6;
      entity ??= this.entityNamed(m.name, 'unknown');
    } else if (this.isBareSurname(m)) {
      // "King says" after "Rev. Tom King": a surname that is also a title word
      entity = this.nameEntity({ ...m, kind: 'name' });
      via = 'name';
    } else {
      via = 'description';
      // "a Democratic strategist", "one council aide": an indefinite description brings in someone new
      const owned = this.whoseOwned(m);
      entity = owned !== null || isIndefinite(this.doc, m) ? null : this.agedPerson(m) ?? this.orderedPerson(m) ?? this.describedPerson(m) ?? this.describedOrganization(m);
      if (entity?.kind === 'person') this.describedSpeaker = { mention: m, entity };
      if (entity) certainty = 0.85;
      else {
        entity = this.entityNamed(owned ?? m.name, kindOfDescription(this.doc, m));
        // (a noun of a tie to another person is a person's too: "a former colleague")
        if (entity.kind === 'unknown' && RELATION_NOUNS.has(tokenAt(this.doc, m.head ?? m.last - 1).lower)) entity.kind = 'person';
      }
      if (entity.name !== m.name) this.addDescription(entity, m.name);
      // (or the head of a description set off after it: "a neighbour, a 26-year-old local man")
      // (a kin noun, "the daughter of one victim", or an indefinite role noun of one gender, "a hospital spokeswoman",
      // someone new; "the businessman", "the actress" describe someone named before, who keeps the pronouns)
      const head = tokenAt(this.doc, m.head ?? m.last - 1).lower;
      const gender = GENDERED_PERSON_NOUNS.get(head) ?? (isIndefinite(this.doc, m) ? GENDERED_ROLE_NOUNS.get(head) : undefined) ?? this.appositiveGender(m);
      if (gender !== undefined) this.gendered.push({ m, e: entity, gender });
      // "A former colleague of Tom Lee said X. "Y," she said.": someone new, described, whom a personal pronoun in
      // the next sentence may stand for ({@link describedPersonBefore}); one of a gender is left to the rule of those
      // ("a neighbour, a 40-year-old man" is no "she")
      else if (owned === null && entity.kind === 'person' && isIndefinite(this.doc, m)) this.describedSpeaker = { mention: m, entity };
    }
    let seen = this.mentionSets.get(entity);
    if (!seen) this.mentionSets.set(entity, (seen = new Set(entity.mentions)));
    if (!seen.has(m)) {
      seen.add(m);
      entity.mentions.push(m);
    }
    this.spoken.push({ m, e: entity });
    return { entity, via, mention: m, certainty };
  }
}

/**
 * True when `head` heads the organisation's name `ws` (lower-case words): its
 * last word ("Pew Research Center" for "the center") or a word before a
 * preposition ("Ministry of Transport" for "the ministry"); not a modifier
 * ("Campaign Legal Center" for "his campaign"), save before a last word of
 * {@link ORG_NAME_UNIT_HEADS} ("Jupiter Police Department" for "the police").
 */
function headsName(ws: readonly string[], head: string): boolean {
  for (let k = 0; k < ws.length; k++) {
    if (ws[k] !== head) continue;
    if (k === ws.length - 1 || ORG_NAME_PREPOSITIONS.has(ws[k + 1]!)) return true;
    // "the police" for "the Jupiter Police Department"
    if (k === ws.length - 2 && ORG_NAME_UNIT_HEADS.has(ws[k + 1]!)) return true;
  }
  return false;
}

/**
 * True when `description`, given with name `name` in an appositive, is headed
 * by a noun of an organisation and nothing marks the name as a person's:
 * "The charity" of "The charity, Little Lights,", "a retailer" of "Brightcart,
 * a retailer,", "a charity" of "Little Lights, a charity in Leeds," (the head
 * is the last word before a preposition or relative word). Not a description
 * whose head is a person's ("the head of the charity") or follows a possessive
 * ("the company's founder"; but a business's noun of
 * {@link COMPANY_DESCRIPTION_HEADS} may, after "the ...'s": "The rocket's
 * manufacturer, Arianespace,"), nor a name with a gender, a title or a known
 * first name ("The firm, Ann Lee," is no firm's name).
 */
function describesOrganization(description: string, entity: Entity, name: string): boolean {
  const all = words(description.toLowerCase()).map((w) => w.replace(/[.,]$/, ''));
  const ender = all.findIndex((w) => DESCRIPTION_HEAD_ENDERS.has(w));
  const head = ender < 0 ? all : all.slice(0, ender);
  // ("The rocket's manufacturer, Arianespace,": a business's noun after a possessive that "the" opens; not after a
  // name's: "Holger Roth of Berenberg, Germany's largest bank," describes the bank)
  const owner = head.findIndex((w) => /['’]s?$/.test(w));
  const ws = owner >= 1 && owner <= 2 && head[0] === 'the' && COMPANY_DESCRIPTION_HEADS.has(head[head.length - 1] ?? '') ? head.slice(owner + 1) : head;
  if (ws.length === 0 || ws.length > 3 || ws.some((w) => /['’]s?$/.test(w))) return false;
  if (kindOfHead(ws[ws.length - 1]!) !== 'organization') return false;
  if (entity.gender !== undefined || entity.titles.length > 0) return false;
  return !FIRST_NAMES.has(words(name.toLowerCase())[0] ?? '');
}

/**
 * The first word of a name of two or three capitalised words that may be a
 * business's ("Kessler Gold", "Harrow Blue Mining"), or null: no "of", "and"
 * or "&" inside, no initial ("Ann B. Lee"), and a last word of a trade
 * ({@link INDUSTRY_NAME_WORDS}) or of an organisation ("Brantwell Systems";
 * "Kwame Asante" is neither). Whether it names a person is
 * left to the caller (a first name opening it, a title, a gender).
 */
function bodyLikeName(full: string): string | null {
  const ws = words(full);
  if (ws.length < 2 || ws.length > 3) return null;
  if (!ws.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return null;
  // (a word of a trade ends it: "Kessler Gold" is a business, "Kwame Asante" a person whose first name is not listed)
  const last = ws[ws.length - 1]!.toLowerCase();
  if (!INDUSTRY_NAME_WORDS.has(last) && kindOfHead(last) !== 'organization') return null;
  return ws[0]!;
}
