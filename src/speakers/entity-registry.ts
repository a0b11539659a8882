/**
 * Speaker resolution, the entity registry: the speaker entities made so far,
 * by full name, with the known speakers' kinds and genders, and the entity a
 * name anywhere in the document stands for. The second layer of the
 * `SpeakerResolver`, on name completion (`name-completion.ts`); the
 * clues about names (`name-clues.ts`) are built on it.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Mention } from './shape.js';
import type { KnownSpeaker } from '../options.js';
import type { SpeakerKind, SpeakerVia } from '../types.js';
import { kindOfTitledName, kindOfTurnLabel } from './kinds.js';
import { ownsItsAfter } from './its-owner.js';
import { tokenAt } from '../prepare/lookup.js';
import { type Gender, genderOf, hasGivenNameHonorific, honorificGender, kinGender } from './gender.js';
import { NameCompletion } from './name-completion.js';

/** How many of the speakers resolved last {@link EntityRegistry.relativeWhoSpokeLast} reads. */
const MAX_SURNAME_SPOKEN_BACK = 12;

/** A speaker entity under construction. */
export interface Entity {
  /** Its full name (or the description that brought it in). */
  name: string;
  /** Person, organisation, group or unknown. */
  kind: SpeakerKind;
  /** Its gender, once known. */
  gender: Gender;
  /** The titles seen with it. */
  titles: string[];
  /** The descriptions seen for it. */
  descriptions: string[];
  /** Its speaker mentions, in the order resolved. */
  mentions: Mention[];
}

/** The resolution of one candidate's speaker. */
export interface Resolution {
  /** The speaker entity. */
  readonly entity: Entity;
  /** How it was reached: by name, pronoun or description. */
  readonly via: SpeakerVia;
  /** The speaker mention resolved. */
  readonly mention: Mention | null;
  /** Multiplier for the candidate's confidence (below 1 for guesses). */
  readonly certainty: number;
}

/** The second layer of the `SpeakerResolver`: the speaker entities made so far, by name. */
export abstract class EntityRegistry extends NameCompletion {
  /** Takes the known speakers' kinds and genders (see {@link NameCompletion} for the rest). */
  constructor(doc: Doc, names: readonly Mention[], known: readonly KnownSpeaker[], quoted?: Readonly<Uint8Array>) {
    super(doc, names, known, quoted);
    for (const k of known) {
      const key = k.name.toLowerCase();
      if (!this.knownByName.has(key)) this.knownByName.set(key, k);
    }
  }

  /** The speaker entities, in the order they were made. */
  readonly entities: Entity[] = [];
  /** The entities by lower-cased full name. */
  protected readonly byName = new Map<string, Entity>();
  /** The first known speaker of each lower-cased name (as `known.find` would pick it). */
  protected readonly knownByName = new Map<string, KnownSpeaker>();
  /** The mentions of each entity as a set, so that adding one stays constant time in a long text. */
  private readonly mentionSets = new Map<Entity, Set<Mention>>();
  /** The lower-cased descriptions of each entity, so that recording one stays constant time in a long text. */
  private readonly descriptionKeys = new Map<Entity, Set<string>>();

  /** The entity of full name `name`, made (of kind `kind`, or the known speaker's) when there is none yet. */
  protected entityNamed(name: string, kind: SpeakerKind): Entity {
    const key = this.lowerName(name);
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
      this.entityIndex.set(e, this.entities.length);
      this.entities.push(e);
      this.noteSpeakingBody(e);
    }
    return e;
  }

  /** The speaker mentions resolved so far and their entities, in the order resolved (`itSpeakerBefore`, `tellerOf`, `onlyPersonNear`). */
  protected readonly spoken: { m: Mention; e: Entity }[] = [];

  /** Where each mention of {@link spoken} starts, to ask whether a name spoke without walking the list. */
  protected readonly spokenStarts = new Set<number>();

  /**
   * For a surname alone `m` (one word; no title, or an honorific of the relative's gender) that
   * stands for full name `full`: the relative of the same surname named in full ("her
   * son, Erik Lund") when that relative is the last speaker of the surname
   * before `m` ({@link spoken}, the last {@link MAX_SURNAME_SPOKEN_BACK}), in
   * its sentence or the two before:
   * `Ada Lund, a teacher, died. "She loved her garden," her son, Erik Lund,
   * said. "She was tireless," Lund said.` is Erik Lund, the person who spoke
   * last, not Ada Lund, named first (see `fullName`); null otherwise.
   */
  protected relativeWhoSpokeLast(m: Mention, full: string): Entity | null {
    if (!/^\p{Lu}[\p{L}'’-]*$/u.test(m.name)) return null;
    const surname = m.name.toLowerCase();
    const gender = honorificGender(m);
    // (not after a title that gives no gender: "Dr. Lund" after "Ada Lund, a botanist," may be her)
    if (m.titles.length > 0 && gender === undefined) return null;
    for (let k = this.spoken.length - 1; k >= Math.max(0, this.spoken.length - MAX_SURNAME_SPOKEN_BACK); k--) {
      const s = this.spoken[k]!;
      if (s.m.start >= m.start || s.e.kind !== 'person') continue;
      // (in its sentence or the two before: a relative who spoke further back is no longer the one meant)
      if (tokenAt(this.doc, m.first).sent - tokenAt(this.doc, s.m.first).sent > 2) return null;
      // (the entity's name has two words or more and ends with the surname; lower-cased once per name, not once per
      // surname mention: a name with a word of 100,000 letters was lower-cased and split for every mention)
      const lower = this.lowerName(s.e.name);
      if (!lower.endsWith(surname) || lower.length <= surname.length || !/\s/.test(lower[lower.length - surname.length - 1]!)) continue;
      // (the last speaker of the surname: the one it stands for spoke last, or another that is no relative)
      if (lower === this.lowerName(full)) return null;
      const relative = (this.bySurname.get(surname) ?? []).find((n) => n.name === s.e.name && this.isRelative(n));
      if (relative === undefined) return null;
      // ("Mrs. Holt" is no son: the honorific's gender, against the relative's or its kin word's)
      if (gender !== undefined && (s.e.gender ?? kinGender(this.doc, relative)) !== gender) return null;
      return s.e;
    }
    return null;
  }

  /**
   * Makes a person's or an unknown entity an organisation's, and keeps it
   * among the {@link speakingBodies}.
   */
  protected makeOrganization(e: Entity): void {
    e.kind = 'organization';
    this.noteSpeakingBody(e);
  }

  /** Adds an organisation's or a group's entity to the {@link speakingBodies} once, and its mentions so far to the {@link bodyLog}. */
  private noteSpeakingBody(e: Entity): void {
    if ((e.kind === 'organization' || e.kind === 'group') && !this.speakingBodies.has(e)) {
      this.speakingBodies.add(e);
      for (const m of e.mentions) this.logBodyMention(e, m);
    }
  }

  /** Adds mention `m` to entity `e`'s mentions once (and to the {@link bodyLog} for an organisation or a group). */
  protected addMention(e: Entity, m: Mention): void {
    let seen = this.mentionSets.get(e);
    if (!seen) this.mentionSets.set(e, (seen = new Set(e.mentions)));
    if (!seen.has(m)) {
      seen.add(m);
      e.mentions.push(m);
      if (this.speakingBodies.has(e)) this.logBodyMention(e, m);
    }
  }

  /** Adds mention `m` of organisation or group `e` to the {@link bodyLog}. */
  private logBodyMention(e: Entity, m: Mention): void {
    this.bodyLog.push({ e, m });
    this.bodyLogMax.push(Math.max(this.bodyLogMax[this.bodyLogMax.length - 1] ?? -1, m.start));
  }

  /**
   * The mentions of the {@link speakingBodies}, each body's in the order of its
   * mentions: read from the end, the first of a body's before a place is the
   * last it was given before it.
   */
  protected readonly bodyLog: { readonly e: Entity; readonly m: Mention }[] = [];
  /** For each entry of the {@link bodyLog}, the latest start among it and those before it. */
  protected readonly bodyLogMax: number[] = [];

  /**
   * The entities of organisations and groups: an entity's kind only ever turns
   * into an organisation's ({@link makeOrganization}), never back, so that
   * "it" and "they" read the mentions of these ({@link bodyLog}) rather than
   * those of every entity.
   */
  private readonly speakingBodies = new Set<Entity>();
  /** The place of each entity in {@link entities}. */
  protected readonly entityIndex = new Map<Entity, number>();

  /** The entity a name mention anywhere in the document stands for, if it is a speaker. */
  entityOfName(m: Mention): Entity | undefined {
    // (not kept for later: each name is asked once, after every speaker is resolved, and a long
    // text's hundreds of thousands of names would be held until the resolver is dropped)
    const full = this.honored.get(m) ?? this.fullName(m.name, m.start, honorificGender(m), hasGivenNameHonorific(m));
    // (lower-cased once per full name: thousands of one-word names standing for one full name of a 100,000-letter
    // word lower-cased it once each)
    return this.byName.get(this.lowerName(full.name));
  }

  /** The entity of name mention `m`'s full name, with its gender and titles (and those of the full name it completes). */
  protected nameEntity(m: Mention): Entity {
    const honored = this.honoredName(m);
    const { source } = honored;
    // ("HAROLD MBEKI:" after "Resident Harold Mbeki": the text's own spelling of the name)
    const name = m.turn ? this.ordinarySpelling(honored.name) : honored.name;
    // ("Mayor Don Guardian": a title before the name tells a person's name from a body's)
    const kind = m.turn ? kindOfTurnLabel(name) : kindOfTitledName(name, [...m.titles, ...(source?.titles ?? [])]);
    // ("Acme says its profits rose": a bare name that owns the "its" after it is an organisation's)
    const e = this.entityNamed(name, kind === 'person' && source === null && name === m.name && ownsItsAfter(this.doc, m) ? 'organization' : kind);
    e.gender ??= genderOf(m) ?? (source ? genderOf(source) : undefined);
    for (const t of [...m.titles, ...(source?.titles ?? [])]) if (!e.titles.includes(t)) e.titles.push(t);
    return e;
  }

  /** Records a description of an entity once, whatever its case ("the governor", "The governor"). */
  protected addDescription(e: Entity, description: string): void {
    let keys = this.descriptionKeys.get(e);
    if (!keys) this.descriptionKeys.set(e, (keys = new Set(e.descriptions.map((d) => d.toLowerCase()))));
    const key = description.toLowerCase();
    if (!keys.has(key)) {
      keys.add(key);
      e.descriptions.push(description);
    }
  }
}
