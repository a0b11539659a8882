/**
 * Speaker resolution, name completion: the full name a surname, a first name
 * or a surname with its particles stands for ("Hale" after "Tom Hale", "de
 * la Cruz" after "Luis de la Cruz", "Mr. Lutz" for the man of two Lutzes).
 * The first layer of the `SpeakerResolver` (the entity registry is
 * built on it in `entity-registry.ts`); it runs after speaker finding
 * (`find/`) and reads the names it found, never anything resolved.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Mention } from './shape.js';
import type { KnownSpeaker } from '../options.js';
import { DOUBLE_SURNAME_GIVEN_NAMES, FAMILY_FIRST_SURNAMES, FIRST_NAMES, KOREAN_SURNAMES, NAME_PARTICLES } from '../data/names.js';
import { NAME_SUFFIXES, NAME_HONORIFICS } from '../data/titles.js';
import { isPlaceName, kindOfName, kindOfTitledName } from './kinds.js';
import { lowerBound, maybeToken, tokenAtOrAfter } from '../prepare/lookup.js';
import { KIN_NOUNS, SURNAME_ORGANIZATION_NOUNS } from '../data/people.js';
import { ARTICLES } from '../data/function-words.js';
import { FRONTED_SUBORDINATORS, THIRD_POSSESSIVES } from '../data/clauses.js';
import { type Gender, genderOf, hasGivenNameHonorific, honorificGender } from './gender.js';
import { soleWord, words } from './name-words.js';

const startOf = (m: Mention): number => m.start;

/**
 * A nickname in double or single quotation marks, curly or straight,
 * between a first name and a surname at the end of a mention's text:
 * 'Savannah "Sav" Delacourt', "Savannah ‘Sav’ Delacourt".
 */
const NICKNAME_INSIDE = /\p{Lu}\p{Ll}+\s+["“‘']([\p{Lu}][\p{L}'’-]*)["”’']\s+\p{Lu}[\p{L}'’-]+$/u;

/** An empty list of mentions, shared. */
const NO_MENTIONS: readonly Mention[] = Object.freeze([]);
/** An empty list of name indices. */
const NO_INDICES: readonly number[] = Object.freeze([]);

/** How many earlier names a description is compared with. */
export const MAX_DESCRIBED_LOOKBACK = 300;

/**
 * The first layer of the `SpeakerResolver`: the document's names, and the full name each (possibly partial) name stands for.
 *
 * Every field of every layer is set in the constructors, those made on first use as `undefined` (or null): a field
 * added only when a document needs it would give resolvers a hidden class per set of fields used, and V8 would
 * deoptimise the methods that read `this` each time it met a new one (speed round 64).
 */
export abstract class NameCompletion {
  /** Gathers the names by surname and counts them; `known` gives aliases. */
  constructor(
    /** The document. */
    protected readonly doc: Doc,
    /** Every name in the document, in text order. */
    protected readonly names: readonly Mention[],
    /** The known speakers (their aliases). */
    known: readonly KnownSpeaker[],
    /** 1 for each token inside quotation marks: a quotation's verbs do not make a name after it an object. */
    protected readonly quoted: Readonly<Uint8Array> = new Uint8Array(0),
  ) {
    for (const k of known) {
      this.aliases.set(k.name.toLowerCase(), k.name);
      for (const a of k.aliases ?? []) this.aliases.set(a.toLowerCase(), k.name);
    }
    // the facts kept by name index are made as long as the names, so that they stay plain lists: filled
    // from the middle of a long text first (a description looks back from where it stands), they would
    // turn into dictionaries of several times the memory (so are the other layers')
    this.fullNames = Array.from({ length: names.length });
    for (const n of names) {
      const ws = words(n.name);
      const lower = n.name.toLowerCase();
      // 'Savannah "Sav" Delacourt': a nickname in quotation marks inside a name stands for the name (a known speaker's
      // alias wins)
      const nick = ws.length === 2 ? NICKNAME_INSIDE.exec(doc.text.slice(n.start, n.end)) : null;
      if (nick !== null && !this.aliases.has(nick[1]!.toLowerCase())) this.aliases.set(nick[1]!.toLowerCase(), n.name);
      this.counts.set(lower, (this.counts.get(lower) ?? 0) + 1);
      // "University of Iowa", "Varga Organization": an organisation's last word is no surname
      // (a title before the name tells a person's from a body's: "Mayor Len Guardian")
      if (ws.length < 2 || kindOfTitledName(n.name, n.titles) === 'organization' || ws.some((w) => w === 'of')) continue;
      // "Tom Weller III": the surname is the word before a generational suffix
      const suffixed = ws.length > 2 && NAME_SUFFIXES.has(ws[ws.length - 1]!.toLowerCase().replace(/,$/, ''));
      const key = ws[ws.length - (suffixed ? 2 : 1)]!.toLowerCase().replace(/,$/, '');
      const list = this.bySurname.get(key);
      if (list) list.push(n);
      else this.bySurname.set(key, [n]);
    }
  }

  /** The known speakers' names by lower-cased name or alias. */
  protected readonly aliases = new Map<string, string>();

  /** {@link honoredName} by mention. */
  protected readonly honored = new Map<Mention, { name: string; source: Mention | null }>();
  /** How often each name occurs, by lower-cased name. */
  protected readonly counts = new Map<string, number>();
  /** {@link surnameFitting} by gender and surname. */
  private readonly bySurnameAndGender: Map<string, readonly Mention[]>[] = Array.from({ length: 6 }, () => new Map());
  /** Full names (two words or more) by lower-cased last word, in text order. */
  protected readonly bySurname = new Map<string, Mention[]>();
  /** Full names ending in a surname with its particles, by the lower-cased particles and surname ({@link particleFullName}). */
  private readonly byParticleTail = new Map<string, readonly Mention[]>();
  /** Index of the first name that starts at or after `at`. */
  protected nameIndex(at: number): number {
    return lowerBound(this.names, at, startOf);
  }

  /**
   * The full name a surname with its particles at `at` stands for ("de la
   * Cruz" after "Luis de la Cruz"): the nearest full name before that ends in
   * the same words, or else the first one after; the name itself otherwise.
   */
  private particleFullName(name: string, at: number): { name: string; source: Mention | null } {
    const ws = words(name);
    if (ws.length < 2 || ws.length > 3) return { name, source: null };
    const particles = ws.slice(0, -1).every((w) => NAME_PARTICLES.has(w.toLowerCase()));
    // (and a surname of two words, the first no known first name: "Garcia Lopez" after "Jose Maria Garcia Lopez")
    const double = !particles && ws.length === 2 && !FIRST_NAMES.has(ws[0]!.toLowerCase()) && !DOUBLE_SURNAME_GIVEN_NAMES.has(ws[0]!.toLowerCase()) && ws.every((w) => /^\p{Lu}\p{Ll}/u.test(w));
    if (!particles && !double) return { name, source: null };
    const tail = ` ${ws.join(' ').toLowerCase()}`;
    // (filtered once per tail: a long text naming "Ben Oyelaran" or "Van Dorn" again and again stays linear)
    let list = this.byParticleTail.get(tail);
    if (list === undefined) {
      // (a generational suffix after the surname: "van Beethoven" after "Ludwig van Beethoven Jr.")
      const ends = (m: Mention): boolean => {
        const lower = m.name.toLowerCase();
        // (after one or two known first names: "Debbie Wasserman Schultz", not "Miss Universe Alicia Machado" nor a
        // headline's "Ted Cruz South Carolina"; or one unknown given name that plainly opens the name: "Nadia Ruiz Varga")
        if (double) {
          const lead = words(m.name).slice(0, -2);
          const known = lead.length >= 1 && lead.length <= 2 && lead.every((w) => FIRST_NAMES.has(w.toLowerCase()) || DOUBLE_SURNAME_GIVEN_NAMES.has(w.toLowerCase()));
          if (!known && !this.opensUnknownGivenName(m, lead, name)) return false;
        }
        if (lower.endsWith(tail)) return true;
        const cut = lower.lastIndexOf(' ');
        return cut > 0 && NAME_SUFFIXES.has(lower.slice(cut + 1).replace(/,$/, '')) && lower.slice(0, cut).replace(/,$/, '').endsWith(tail);
      };
      // (only the full names whose last words, before a suffix or not, are the tail's can end in it: a text of
      // thousands of people "Ann Velkin", "Tomas Velkin" ... sharing a surname, each read as a double surname, filtered
      // the surname's whole list once per person)
      list = this.byLastWords(ws[ws.length - 1]!.toLowerCase(), ws.length).get(tail)?.filter(ends) ?? NO_MENTIONS;
      this.byParticleTail.set(tail, list);
    }
    const lo = lowerBound(list, at, startOf);
    const best = list[lo - 1] ?? list[lowerBound(list, at + 1, startOf)] ?? null;
    return best === null ? { name, source: null } : { name: best.name, source: best };
  }

  /**
   * Whether full name `m`, whose `lead` words come before a double surname
   * `tail`, opens with one given name that no list knows ("Nadia Ruiz Varga"):
   * one capitalised word tagged a proper noun (not the verb of "Added Mira
   * Solvang, a ferry captain, ..."), no title on the name ("Miss Universe Alicia
   * Machado") but an honorific of {@link NAME_HONORIFICS}, which marks the
   * name wherever it stands ("Dr. Nadia Ruiz Varga"), a person's name both whole and in its tail, and the name opening
   * its sentence or following a comma, a colon, a semicolon, a bracket, a
   * dash ("The mayor, Nadia Ruiz Varga, said") or a subordinator that opens
   * the sentence ("When Nadia Ruiz Varga arrived"): after any other word the first may
   * be a word of English ("met Hero Ines Marr", "historic Old San Juan",
   * "To Kill Trayvon Martin").
   */
  private opensUnknownGivenName(m: Mention, lead: readonly string[], tail: string): boolean {
    if (lead.length !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(lead[0]!)) return false;
    // (an honorific, "Dr." or "Ms.", before it marks a person's name wherever it stands: "Dr. Nadia Ruiz Varga"; other
    // titles, and "Miss" of a pageant's "Miss Universe Alicia Machado", do not)
    const honored = m.titles.length > 0 && m.titles.every((t) => NAME_HONORIFICS.has(t.toLowerCase().replace(/\.$/, '')));
    if (m.titles.length > 0 && !honored) return false;
    if (kindOfName(m.name) !== 'person' || kindOfName(tail) !== 'person') return false;
    if (honored) return true;
    const first = maybeToken(this.doc, m.first);
    // (a verb opening the sentence is no given name: 'Added Mira Solvang, a ferry captain, "..."')
    if (first?.pos !== 'PROPN') return false;
    const before = maybeToken(this.doc, m.first - 1);
    if (before === undefined || before.sent !== first.sent) return true;
    // (or a subordinator that opens the sentence: "When Ildefonso Guajardo Villarreal arrived, ...")
    const opener = maybeToken(this.doc, m.first - 2);
    if (FRONTED_SUBORDINATORS.has(before.lower) && /^\p{Lu}\p{Ll}+$/u.test(before.value) && (opener === undefined || opener.sent !== before.sent)) return true;
    return /^[,:;(\[\u2014\u2013]$/u.test(before.value);
  }

  /** {@link wholeNameOf} by full name, asked once each. */
  private readonly wholeNames = new Map<Mention, { name: string; source: Mention | null }>();

  /**
   * The longer full name a full name that is a double surname alone stands for
   * ("Ruiz Varga" after "Ana Ruiz Varga"), read once per full name: a text
   * naming one person thousands of times, with a very long word in the name,
   * split and lower-cased that name once per mention.
   */
  private wholeNameOf(full: Mention): { name: string; source: Mention | null } {
    let whole = this.wholeNames.get(full);
    if (whole === undefined) {
      whole = this.particleFullName(full.name, full.start);
      this.wholeNames.set(full, whole);
    }
    return whole;
  }

  /** {@link byLastWords} by word count and lower-cased surname ("2 cruz"). */
  private readonly lastWordsBySurname = new Map<string, Map<string, readonly Mention[]>>();

  /**
   * The full names of `surname` ({@link bySurname}) grouped, in text order, by
   * their last `count` words lower-cased with the space before them (" de la
   * cruz" for 3), and also by the `count` words before a generational suffix
   * ("van Beethoven" of "Ludwig van Beethoven Jr."): a name ends in a tail of
   * `count` words of {@link particleFullName} only when it is in that tail's
   * group.
   */
  private byLastWords(surname: string, count: number): Map<string, readonly Mention[]> {
    const cacheKey = `${count} ${surname}`;
    let groups = this.lastWordsBySurname.get(cacheKey);
    if (groups === undefined) {
      const built = new Map<string, Mention[]>();
      const add = (key: string, m: Mention): void => {
        const group = built.get(key);
        if (group === undefined) built.set(key, [m]);
        else if (group[group.length - 1] !== m) group.push(m);
      };
      for (const m of this.bySurname.get(surname) ?? NO_MENTIONS) {
        const lower = m.name.toLowerCase();
        add(lastWords(lower, count), m);
        const cut = lower.lastIndexOf(' ');
        if (cut > 0) add(lastWords(lower.slice(0, cut).replace(/,$/, ''), count), m);
      }
      groups = built;
      this.lastWordsBySurname.set(cacheKey, groups);
    }
    return groups;
  }

  /** True when the name at offset `at` opens with an article or follows one ("the Guardian"). */
  private afterArticle(at: number): boolean {
    const k = tokenAtOrAfter(this.doc, at);
    return ARTICLES.has(maybeToken(this.doc, k)?.lower ?? '') || ARTICLES.has(maybeToken(this.doc, k - 1)?.lower ?? '');
  }

  /**
   * The full name a (possibly partial) name at `at` stands for; `given` when
   * an honorific before it takes a given name ("Dame Rosalind": any one word
   * may then be the first name of a full name before it).
   */
  protected fullName(name: string, at: number, gender?: Gender, given = false): { name: string; source: Mention | null } {
    const alias = this.aliases.size > 0 ? this.aliases.get(name.toLowerCase()) : undefined;
    if (alias) return { name: alias, source: null };
    const only = soleWord(name);
    if (only === null) return this.particleFullName(name, at);
    // (lower-cased once: this runs for every name of a long text)
    const surname = only.toLowerCase();
    // "the Guardian" is the newspaper, not "Mayor Len Guardian" named before
    if (SURNAME_ORGANIZATION_NOUNS.has(surname) && this.afterArticle(at)) return { name, source: null };
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
    // (or any one word after "Sir" or "Dame": "Dame Rosalind" after "Dame Rosalind Carey";
    // or a family name that opens a name: "Liu" after "Liu Wei", "Moon" after "Moon Jae-in")
    // (a family name opens a person's name only: "Park" after "Park Slope Hospital", "Sun" after "Sun Valley Bank" is
    // no one's)
    if (!best && (given || FIRST_NAMES.has(surname))) best = this.byFirstName(surname, at);
    else if (!best && (FAMILY_FIRST_SURNAMES.has(surname) || KOREAN_SURNAMES.has(surname))) {
      const opened = this.byFirstName(surname, at);
      if (opened !== null && kindOfName(opened.name) === 'person') best = opened;
    }
    // an unknown first name alone that opens a person's full name of two words before it, and no full name's
    // surname: "Kezia" after "Sophomore Kezia Lund", as a story names a student or a parent once in full, then by
    // first name (not a word the text used alone before that full name: "Trump" before "Trump Train")
    if (!best && all.length === 0 && kindOfName(name) === 'person') {
      const opened = this.byFirstName(surname, at);
      // (nor a thing after an article: "the Trump Train")
      const article = opened === null ? undefined : maybeToken(this.doc, opened.first - 1);
      if (opened !== null && opened.start < at && words(opened.name).length === 2 && kindOfName(opened.name) === 'person' && this.firstBare(surname, all) > opened.start && article?.pos !== 'DET') best = opened;
    }
    // a first name alone that opens one person's full name only in the whole text, before or after it, and that no
    // full name has for its surname: "Her daughter, Hillary," ... "Hillary Hollis"
    // (a known first name, or one word after an honorific: "Ms. Gao" before "Gao Junlan", a family name first)
    if (!best && all.length === 0 && (given || gender !== undefined || FIRST_NAMES.has(surname)) && kindOfName(name) === 'person') {
      // (one before it only within the reach of the nearest full name above)
      const sole = this.soleByFirstName(surname);
      if (sole !== null && (sole.start > at || lowerBound(this.names, sole.start, startOf) >= this.nameIndex(at) - MAX_DESCRIBED_LOOKBACK)) best = sole;
    }
    // a first surname alone that is the middle word of a person's full name of three words, and no full name's
    // last word: "Ms. Acosta" after "Melba Acosta Febo", as a Spanish name uses the first of two surnames alone
    if (!best && all.length === 0 && kindOfName(name) === 'person' && !isPlaceName(name)) best = this.byFirstSurname(surname, at, gender);
    if (best) {
      const again = this.aliases.size > 0 ? this.aliases.get(this.lowerName(best.name)) : undefined;
      // "Varga" after "Ana Ruiz Varga ... Ruiz Varga": the nearest full name is the double surname alone, which
      // stands for the whole name in turn
      if (again === undefined) {
        const whole = this.wholeNameOf(best);
        if (whole.source !== null && whole.source !== best) return whole;
      }
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
  protected fullNameAt(k: number): string {
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
   * The indices of the names whose full name ({@link fullNameAt}) opens with
   * the first word of `name`, in text order; the index is made once, on the
   * first call, so that a description asking which name a short form opens
   * ("Harlow" of "Harlow Industries") reads those alone rather than every name.
   */
  protected namesByFullFirstWord(name: string): readonly number[] {
    let index = this.byFullFirstWord;
    if (index === undefined) {
      this.byFullFirstWord = index = new Map();
      for (let k = 0; k < this.names.length; k++) {
        const first = words(this.fullNameAt(k))[0];
        if (first === undefined) continue;
        const list = index.get(first);
        if (list) list.push(k);
        else index.set(first, [k]);
      }
    }
    return index.get(words(name)[0] ?? '') ?? NO_INDICES;
  }

  /** {@link namesByFullFirstWord}'s index, by exact first word. */
  private byFullFirstWord: Map<string, number[]> | undefined = undefined;

  /** The name mentions written exactly `name`, in text order (an index made once, on the first call). */
  protected namesCalled(name: string): readonly Mention[] {
    let index = this.byExactName;
    if (index === undefined) {
      this.byExactName = index = new Map();
      for (const n of this.names) {
        const list = index.get(n.name);
        if (list) list.push(n);
        else index.set(n.name, [n]);
      }
    }
    return index.get(name) ?? NO_MENTIONS;
  }

  /** {@link namesCalled}'s index. */
  private byExactName: Map<string, Mention[]> | undefined = undefined;

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

  /** Person's full names of three words by lower-cased middle word, in text order ({@link byFirstSurname}); made on first use. */
  private byMiddle: Map<string, Mention[]> | null = null;

  /**
   * The full name whose middle word is `surname` when it reads as a given
   * name and a double surname ("Melba Acosta Febo" for "Acosta"): three
   * words, each a capitalised proper noun, no title, a person's name by its
   * words ({@link kindOfName}) and of no other gender than `gender`, not
   * after an article, its given name known unless an honorific gave the
   * surname a gender; the nearest before `at`, or else the first after. Not a headline's run of
   * capitals ("Aaron Klein Investigative", "Rachel Maddow Show": the last word
   * is no proper noun), nor a place ("South China Sea" for "China").
   */
  private byFirstSurname(surname: string, at: number, gender?: Gender): Mention | null {
    if (this.byMiddle === null) {
      this.byMiddle = new Map();
      for (const n of this.names) {
        const ws = words(n.name);
        if (ws.length !== 3 || n.last - n.first !== 3 || n.titles.length > 0) continue;
        if (!ws.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) continue;
        if (FIRST_NAMES.has(ws[1]!.toLowerCase()) || FIRST_NAMES.has(ws[2]!.toLowerCase()) || NAME_SUFFIXES.has(ws[2]!.toLowerCase())) continue;
        let proper = true;
        for (let k = n.first; k < n.last; k++) if (maybeToken(this.doc, k)?.pos !== 'PROPN') proper = false;
        if (!proper || kindOfName(n.name) !== 'person' || ws.some((w) => isPlaceName(w))) continue;
        const key = ws[1]!.toLowerCase();
        const list = this.byMiddle.get(key);
        if (list) list.push(n);
        else this.byMiddle.set(key, [n]);
      }
    }
    // (an unknown given name only for a surname with an honorific: "Ms. Acosta", not "Millennial" of "the Vote
    // Millennial Poll")
    const fits = (m: Mention): boolean => {
      if (gender !== undefined && genderOf(m) !== undefined && genderOf(m) !== gender) return false;
      if (maybeToken(this.doc, m.first - 1)?.pos === 'DET') return false;
      const given = words(m.name)[0]!.toLowerCase();
      return gender !== undefined || FIRST_NAMES.has(given) || DOUBLE_SURNAME_GIVEN_NAMES.has(given);
    };
    const list = (this.byMiddle.get(surname) ?? NO_MENTIONS).filter(fits);
    const lo = lowerBound(list, at, startOf);
    return list[lo - 1] ?? list[lowerBound(list, at + 1, startOf)] ?? null;
  }

  /** {@link soleByFirstName} by lower-cased first word. */
  private readonly soleFirst = new Map<string, Mention | null>();

  /**
   * True for a full name set off after a word for a relative and a possessive
   * ("her husband, Paul Lund", "his son Tom Lund", "Lund's wife, Ann Lund").
   */
  protected isRelative(n: Mention): boolean {
    let k = n.first - 1;
    if (maybeToken(this.doc, k)?.value === ',') k--;
    const kin = maybeToken(this.doc, k);
    const owner = maybeToken(this.doc, k - 1);
    if (kin !== undefined && KIN_NOUNS.has(kin.lower) && owner !== undefined && (THIRD_POSSESSIVES.has(owner.lower) || /^['’]s$/.test(owner.lower))) return true;
    return this.hasRelativeAppositive(n);
  }

  /**
   * True for a full name followed by an appositive naming a relative of
   * someone: "Ada Pell, his wife," or "Ada Pell, the governor's wife," (a
   * possessive, or a possessor of up to three words with 's, then a word for a
   * relative), in the name's sentence.
   */
  private hasRelativeAppositive(n: Mention): boolean {
    // (`last` is the index after the name's last token)
    const comma = maybeToken(this.doc, n.last);
    if (comma?.value !== ',') return false;
    const first = maybeToken(this.doc, n.last + 1);
    if (first === undefined || first.sent !== comma.sent) return false;
    if (THIRD_POSSESSIVES.has(first.lower)) {
      const kin = maybeToken(this.doc, n.last + 2);
      return kin !== undefined && KIN_NOUNS.has(kin.lower);
    }
    // (the possessor: "the governor's", "Pell's", "the late senator's")
    for (let k = n.last + 2; k <= n.last + 4; k++) {
      const t = maybeToken(this.doc, k);
      if (t === undefined || t.sent !== comma.sent || t.value === ',') return false;
      if (/^['’]s$/.test(t.lower)) {
        const kin = maybeToken(this.doc, k + 1);
        return kin !== undefined && KIN_NOUNS.has(kin.lower);
      }
    }
    return false;
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
   * `name` lower-cased, one string per distinct name: a long text names the
   * same people again and again, and the facts kept per name keep this key.
   */
  protected lowerName(name: string): string {
    let lower = this.lowerNames.get(name);
    if (lower === undefined) this.lowerNames.set(name, (lower = name.toLowerCase()));
    return lower;
  }

  /** {@link lowerName} by name. */
  private readonly lowerNames = new Map<string, string>();

  /** Names written in ordinary case by lower-cased name, the first spelling of each ({@link ordinarySpelling}); made on first use. */
  private spellings: Map<string, string> | undefined = undefined;

  /**
   * How the text spells the name a transcript's label writes in capitals,
   * when it names the person in ordinary case anywhere ("Resident Harold
   * Mbeki" for `HAROLD MBEKI, RESIDENT:`); `name` itself when it does not.
   */
  protected ordinarySpelling(name: string): string {
    if (this.spellings === undefined) {
      this.spellings = new Map();
      for (const n of this.names) {
        const lower = this.lowerName(n.name);
        if (/\p{Ll}/u.test(n.name) && !this.spellings.has(lower)) this.spellings.set(lower, n.name);
      }
    }
    return this.spellings.get(this.lowerName(name)) ?? name;
  }

  /**
   * The full name a name mention stands for, its honorific's gender taken
   * into account ({@link fullName}); worked out once per mention, as nothing
   * it depends on changes while the text is resolved.
   */
  protected honoredName(m: Mention): { name: string; source: Mention | null } {
    let full = this.honored.get(m);
    if (full === undefined) this.honored.set(m, (full = this.fullName(m.name, m.start, honorificGender(m), hasGivenNameHonorific(m))));
    return full;
  }
}

/**
 * `lower` from the space before its last `count` words on (" de la cruz" of
 * "luis de la cruz" for 3), or all of it when it has fewer spaces: a string
 * ends in a space and `count` words with no space in them exactly when this
 * is that ending.
 */
function lastWords(lower: string, count: number): string {
  let at = lower.length;
  for (let i = 0; i < count; i++) {
    if (at <= 0) return lower;
    at = lower.lastIndexOf(' ', at - 1);
    if (at < 0) return lower;
  }
  return lower.slice(at);
}
