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
import { kindOfName, kindOfTurnLabel } from './kinds.js';
import { type Gender, genderOf, hasGivenNameHonorific, honorificGender } from './gender.js';
import { NameCompletion } from './name-completion.js';

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

/** The second layer of the `SpeakerResolver`: the speaker entities made so far, by name. */
export abstract class EntityRegistry extends NameCompletion {
  constructor(doc: Doc, names: readonly Mention[], known: readonly KnownSpeaker[], quoted?: Readonly<Uint8Array>) {
    super(doc, names, known, quoted);
    for (const k of known) {
      const key = k.name.toLowerCase();
      if (!this.knownByName.has(key)) this.knownByName.set(key, k);
    }
  }

  readonly entities: Entity[] = [];
  protected readonly byName = new Map<string, Entity>();
  /** The first known speaker of each lower-cased name (as `known.find` would pick it). */
  protected readonly knownByName = new Map<string, KnownSpeaker>();
  /** The mentions of each entity as a set, so that adding one stays constant time in a long text. */
  protected readonly mentionSets = new Map<Entity, Set<Mention>>();
  /** The lower-cased descriptions of each entity, so that recording one stays constant time in a long text. */
  private readonly descriptionKeys = new Map<Entity, Set<string>>();
  protected entityNamed(name: string, kind: SpeakerKind): Entity {
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
      this.entityIndex.set(e, this.entities.length);
      this.entities.push(e);
      this.noteSpeakingBody(e);
    }
    return e;
  }

  /**
   * Makes a person's or an unknown entity an organisation's, and keeps it
   * among the {@link speakingBodies}.
   */
  protected makeOrganization(e: Entity): void {
    e.kind = 'organization';
    this.noteSpeakingBody(e);
  }

  /** Adds an organisation's or a group's entity to the {@link speakingBodies} once. */
  private noteSpeakingBody(e: Entity): void {
    if ((e.kind === 'organization' || e.kind === 'group') && !this.bodySet.has(e)) {
      this.bodySet.add(e);
      this.speakingBodies.push(e);
    }
  }

  /**
   * The entities of organisations and groups, in the order they became one: an
   * entity's kind only ever turns into an organisation's ({@link makeOrganization}),
   * never back, so that "it" and "they" read these rather than every entity.
   */
  protected readonly speakingBodies: Entity[] = [];
  /** {@link speakingBodies} as a set. */
  private readonly bodySet = new Set<Entity>();
  /** The place of each entity in {@link entities}. */
  protected readonly entityIndex = new Map<Entity, number>();

  /** The entity a name mention anywhere in the document stands for, if it is a speaker. */
  entityOfName(m: Mention): Entity | undefined {
    // (not kept for later: each name is asked once, after every speaker is resolved, and a long
    // text's hundreds of thousands of names would be held until the resolver is dropped)
    const full = this.honored.get(m) ?? this.fullName(m.name, m.start, honorificGender(m), hasGivenNameHonorific(m));
    return this.byName.get(full.name.toLowerCase());
  }

  protected nameEntity(m: Mention): Entity {
    const { name, source } = this.honoredName(m);
    const e = this.entityNamed(name, m.turn ? kindOfTurnLabel(name) : kindOfName(name));
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
