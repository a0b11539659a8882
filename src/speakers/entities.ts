/**
 * Speaker resolution: turns the speaker mention of each quotation into a
 * speaker entity. Surnames join the full name given before (or after),
 * pronouns go to the nearest fitting person named before, descriptions that fit
 * exactly one earlier person go to that person.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Mention } from '../attribution/candidate.js';
import type { KnownSpeaker } from '../options.js';
import type { SpeakerKind, SpeakerVia } from '../types.js';
import { PRONOUNS } from '../data/pronouns.js';
import { FIRST_NAMES } from '../data/names.js';
import { GENDERED_HONORIFICS } from '../data/titles.js';
import { ORGANIZATION_NOUNS, PEOPLE_NOUNS, PLACE_WORDS } from '../data/people.js';
import { titleKey } from './phrase.js';
import { lowerBound } from '../prepare/lookup.js';

const startOf = (m: Mention): number => m.start;

type Gender = 'female' | 'male' | undefined;

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

/** Abbreviated titles and the nouns they stand for. */
const TITLE_NOUNS: Readonly<Record<string, string>> = {
  sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', lt: 'lieutenant', col: 'colonel',
  capt: 'captain', sgt: 'sergeant', dr: 'doctor', prof: 'professor', supt: 'superintendent', adm: 'admiral',
  maj: 'major', cmdr: 'commander', det: 'detective', insp: 'inspector', rev: 'reverend', pres: 'president',
};

function words(s: string): string[] {
  return s.split(/\s+/).filter((w) => w.length > 0);
}

function genderOf(m: Mention): Gender {
  for (const t of m.titles) {
    const g = GENDERED_HONORIFICS.get(titleKey(t));
    if (g) return g;
  }
  return FIRST_NAMES.get(words(m.name)[0]?.toLowerCase() ?? '');
}

function kindOfName(name: string): SpeakerKind {
  const ws = words(name.toLowerCase());
  if (ws.some((w) => ORGANIZATION_NOUNS.has(w))) return 'organization';
  if (ws.length > 1 && PLACE_WORDS.has(ws[ws.length - 1]!)) return 'unknown';
  return 'person';
}

function kindOfDescription(doc: Doc, m: Mention): SpeakerKind {
  const head = doc.tokens[m.last - 1]!.lower;
  if (ORGANIZATION_NOUNS.has(head)) return 'organization';
  if (PEOPLE_NOUNS.has(head)) return /s$/.test(head) && !/ss$/.test(head) ? 'group' : 'person';
  return 'unknown';
}

/**
 * What the resolver looks up in an entity, indexed by key so that a long text
 * with many mentions of one person stays linear: its mentions, titles,
 * lower-cased descriptions and the words of those descriptions.
 */
interface EntityIndex {
  readonly mentions: Set<Mention>;
  readonly titles: Set<string>;
  readonly descriptions: Set<string>;
  readonly descriptionWords: Set<string>;
  /** The nouns its titles stand for ("Sen." -> "senator"). */
  readonly titleNouns: Set<string>;
}

/** The noun a title stands for: "Sen." -> "senator", "Mayor" -> "mayor". */
function titleNoun(title: string): string {
  const k = titleKey(title);
  return TITLE_NOUNS[k] ?? k;
}

/** How many earlier names a description is compared with. */
const MAX_DESCRIBED_LOOKBACK = 300;

/** Resolves speakers to entities. */
export class SpeakerResolver {
  readonly entities: Entity[] = [];
  private readonly byName = new Map<string, Entity>();
  private readonly index = new Map<Entity, EntityIndex>();
  /** The entities of kind group or organization, in order of creation. */
  private readonly groups: Entity[] = [];
  /** Known speakers by lower-cased name (the first one given wins). */
  private readonly knownByName = new Map<string, KnownSpeaker>();
  private readonly aliases = new Map<string, string>();

  constructor(
    private readonly doc: Doc,
    /** Every name in the document, in text order. */
    private readonly names: readonly Mention[],
    known: readonly KnownSpeaker[],
  ) {
    for (const k of known) {
      this.aliases.set(k.name.toLowerCase(), k.name);
      for (const a of k.aliases ?? []) this.aliases.set(a.toLowerCase(), k.name);
    }
    for (const k of known) {
      const key = k.name.toLowerCase();
      if (!this.knownByName.has(key)) this.knownByName.set(key, k);
    }
    for (const n of names) {
      const ws = words(n.name);
      if (ws.length < 2) continue;
      const key = ws[ws.length - 1]!.toLowerCase();
      const list = this.bySurname.get(key);
      if (list) list.push(n);
      else this.bySurname.set(key, [n]);
    }
  }

  /** Full names (two words or more) by lower-cased last word, in text order. */
  private readonly bySurname = new Map<string, Mention[]>();

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
      this.index.set(e, { mentions: new Set(), titles: new Set(), descriptions: new Set(), descriptionWords: new Set(), titleNouns: new Set() });
      if (e.kind === 'group' || e.kind === 'organization') this.groups.push(e);
    }
    return e;
  }

  private indexOf(e: Entity): EntityIndex {
    return this.index.get(e)!;
  }

  /** Records a description once, whatever its case ("the governor", "The governor"). */
  private addDescription(e: Entity, description: string): void {
    const key = description.toLowerCase();
    const index = this.indexOf(e);
    if (index.descriptions.has(key)) return;
    index.descriptions.add(key);
    for (const w of words(key)) index.descriptionWords.add(w);
    e.descriptions.push(description);
  }

  /** The full name a (possibly partial) name at `at` stands for. */
  private fullName(name: string, at: number): { name: string; source: Mention | null } {
    const alias = this.aliases.get(name.toLowerCase());
    if (alias) return { name: alias, source: null };
    const ws = words(name);
    if (ws.length !== 1) return { name, source: null };
    // the nearest full name with this surname before, or else the first one after
    const list = this.bySurname.get(ws[0]!.toLowerCase()) ?? [];
    const lo = lowerBound(list, at, startOf);
    let best: Mention | null = list[lo - 1] ?? null;
    if (!best) best = list.find((m) => m.start > at) ?? null;
    if (best) {
      const again = this.aliases.get(best.name.toLowerCase());
      return { name: again ?? best.name, source: best };
    }
    return { name, source: null };
  }

  /** {@link fullName} of a name mention, worked out once per mention. */
  private fullNameOf(m: Mention): { name: string; source: Mention | null } {
    let full = this.fullNames.get(m);
    if (full === undefined) {
      full = this.fullName(m.name, m.start);
      this.fullNames.set(m, full);
    }
    return full;
  }

  private readonly fullNames = new Map<Mention, { name: string; source: Mention | null }>();

  /** The nouns the titles of a name mention stand for, worked out once per mention. */
  private titleNounsOf(m: Mention): Set<string> {
    let nouns = this.mentionTitleNouns.get(m);
    if (nouns === undefined) {
      nouns = new Set(m.titles.map(titleNoun));
      this.mentionTitleNouns.set(m, nouns);
    }
    return nouns;
  }

  private readonly mentionTitleNouns = new Map<Mention, Set<string>>();

  /** The entity a name mention anywhere in the document stands for, if it is a speaker. */
  entityOfName(m: Mention): Entity | undefined {
    return this.byName.get(this.fullNameOf(m).name.toLowerCase());
  }

  private nameEntity(m: Mention): Entity {
    const { name, source } = this.fullNameOf(m);
    const e = this.entityNamed(name, kindOfName(name));
    e.gender ??= genderOf(m) ?? (source ? genderOf(source) : undefined);
    const index = this.indexOf(e);
    for (const t of [...m.titles, ...(source?.titles ?? [])]) {
      if (!index.titles.has(t)) {
        index.titles.add(t);
        index.titleNouns.add(titleNoun(t));
        e.titles.push(t);
      }
    }
    return e;
  }

  /** The nearest fitting earlier person for a pronoun, or null. */
  private antecedent(m: Mention): Entity | null {
    const info = PRONOUNS.get(this.doc.tokens[m.first]!.lower);
    if (!info) return null;
    if (info.number === 'plural' || info.gender === 'neuter') {
      // they/it: the nearest group or organisation that spoke before
      for (let k = this.groups.length - 1; k >= 0; k--) {
        const e = this.groups[k]!;
        const lastMention = e.mentions[e.mentions.length - 1];
        if (lastMention && lastMention.start < m.start) return e;
      }
      return null;
    }
    if (info.first) return null;
    const wanted = info.gender === 'female' || info.gender === 'male' ? info.gender : undefined;
    for (let k = this.nameIndex(m.start) - 1; k >= 0; k--) {
      const n = this.names[k]!;
      if (m.start - n.end > 3000) break;
      const { name } = this.fullNameOf(n);
      if (kindOfName(name) !== 'person') continue;
      const existing = this.byName.get(name.toLowerCase());
      const known = this.knownByName.get(name.toLowerCase());
      const gender = existing?.gender ?? known?.gender ?? genderOf(n) ?? this.fullGender(name);
      if (wanted && gender && gender !== wanted) continue;
      return this.nameEntity(n);
    }
    return null;
  }

  private fullGender(name: string): Gender {
    return FIRST_NAMES.get(words(name)[0]?.toLowerCase() ?? '');
  }

  /** The one earlier person a description such as "the senator" fits, or null. */
  private describedPerson(m: Mention): Entity | null {
    const head = this.doc.tokens[m.last - 1]!.lower;
    const fits = new Map<string, Mention>();
    // the names before the description, nearest first, a bounded number of them
    const before = this.nameIndex(m.start);
    for (let k = before - 1; k >= Math.max(0, before - MAX_DESCRIBED_LOOKBACK); k--) {
      const n = this.names[k]!;
      const full = this.fullNameOf(n).name;
      const entity = this.byName.get(full.toLowerCase());
      const index = entity && this.indexOf(entity);
      if (this.titleNounsOf(n).has(head) || (index && (index.titleNouns.has(head) || index.descriptionWords.has(head)))) {
        fits.set(full.toLowerCase(), n);
      }
    }
    if (fits.size !== 1) return null;
    return this.nameEntity([...fits.values()][0]!);
  }

  /** Resolves the speaker mention of a candidate. */
  resolve(m: Mention): Resolution {
    let entity: Entity | null;
    let via: SpeakerVia;
    let certainty = 1;
    if (m.kind === 'name') {
      entity = this.nameEntity(m);
      via = 'name';
      if (m.description) this.addDescription(entity, m.description);
    } else if (m.antecedent) {
      // a relative pronoun: "Smith, who said ..."
      const r = this.resolve(m.antecedent);
      entity = r.entity;
      via = r.via;
      certainty = r.certainty * 0.95;
    } else if (m.kind === 'pronoun') {
      via = 'pronoun';
      entity = this.antecedent(m);
      const info = PRONOUNS.get(this.doc.tokens[m.first]!.lower);
      if (entity && info && (info.gender === 'female' || info.gender === 'male')) entity.gender ??= info.gender;
      certainty = entity ? 0.85 : 0.6;
      entity ??= this.entityNamed(m.name, 'unknown');
    } else {
      via = 'description';
      entity = this.describedPerson(m);
      if (entity) certainty = 0.85;
      else entity = this.entityNamed(m.name, kindOfDescription(this.doc, m));
      if (entity.name !== m.name) this.addDescription(entity, m.name);
    }
    const mentions = this.indexOf(entity).mentions;
    if (!mentions.has(m)) {
      mentions.add(m);
      entity.mentions.push(m);
    }
    return { entity, via, mention: m, certainty };
  }
}
