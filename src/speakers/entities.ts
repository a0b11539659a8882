/**
 * Speaker resolution: turns the speaker mention of each quotation into a
 * speaker entity. Surnames join the full name given before (or after),
 * pronouns go to the nearest fitting person named before, descriptions that fit
 * exactly one earlier person go to that person. The {@link SpeakerResolver}
 * is built in layers, one file per rule family, each on the one before:
 * name completion (`name-completion.ts`), the entity registry
 * (`entity-registry.ts`), clues about names (`name-clues.ts`), descriptions
 * of people (`described-people.ts`), "it" and "they" for organisations and
 * groups (`organization-pronouns.ts`), "he" and "she"
 * (`person-pronouns.ts`); this file holds what a quote's speaker mention
 * resolves to ({@link SpeakerResolver.resolve}). A name's appositives are read
 * in `appositives.ts`, the places around it in `places.ts`, the document's
 * clues for a pronoun's antecedent in `antecedent-clues.ts`. Resolution runs
 * after speaker finding (`find/`) and before the result is assembled.
 * @internal
 */
import type { Mention } from './shape.js';
import type { Range } from '../prepare/range.js';
import type { SpeakerVia } from '../types.js';
import { PRONOUNS } from '../data/pronouns.js';
import { tokenAt } from '../prepare/lookup.js';
import { RELATION_NOUNS, GENDERED_PERSON_NOUNS, GENDERED_ROLE_NOUNS } from '../data/people.js';
import { describedClauseSubject, kindOfDescription } from './antecedent-clues.js';
import { type Entity, type Resolution } from './entity-registry.js';
import { isIndefinite } from './described-people.js';
import { describesOrganization } from './organization-pronouns.js';
import { PersonPronouns } from './person-pronouns.js';
import { appositiveHolder } from './who-antecedent.js';
import { describesPlace } from './places.js';
import { mentionWith } from './shape.js';
export type { Entity, Resolution } from './entity-registry.js';

/** Resolves speakers to entities. */
export class SpeakerResolver extends PersonPronouns {
  /** The nearest fitting earlier person for a pronoun, or null; names inside `own` (the quote's content) never are. */
  private antecedent(m: Mention, own: readonly Range[]): Entity | null {
    const info = PRONOUNS.get(tokenAt(this.doc, m.first).lower);
    if (!info) return null;
    // "I", "we", "our": the speaker of the text or of the quote, never a person, group or organisation named before
    if (info.first) return null;
    if (info.number === 'plural' || info.gender === 'neuter') return this.organizationAntecedent(m, own, info.number === 'plural');
    return this.personAntecedent(m, own, info);
  }

  /**
   * The person whose appositive ends in the place or body `a` that a relative
   * "who" follows ({@link appositiveHolder}), or null.
   */
  private appositiveHolderOf(a: Mention): Mention | null {
    const at = this.nameIndex(a.start);
    const own = this.names[at];
    const place = own !== undefined && own.start === a.start && own.end === a.end && describesPlace(this.doc, own, this.bySurname);
    return appositiveHolder(this.doc, this.names, at, a, place, (k) => this.pronounFacts(k).person);
  }

  /** Resolves the speaker mention of a candidate whose content is `own`. */
  resolve(m: Mention, own: readonly Range[] = []): Resolution {
    let entity: Entity | null;
    let via: SpeakerVia;
    let certainty = 1;
    if (m.kind === 'name') {
      // ("Lund" after "her son, Erik Lund," spoke: the relative, who spoke last)
      // ("the Wisconsin Republican" after "House Speaker Tom Hale says": that person)
      entity = this.relativeWhoSpokeLast(m, this.honoredName(m).name) ?? this.partyPerson(m) ?? this.nameEntity(m);
      via = 'name';
      if (m.description) {
        this.addDescription(entity, m.description);
        // "The charity, Little Lights, said ... It said": a name an organisation's noun describes is an organisation's
        if (entity.kind === 'person' && describesOrganization(m.description, entity, m.name)) this.makeOrganization(entity);
      }
    } else if (m.antecedent) {
      // a relative pronoun: "Smith, who said ..."; "a harsh response from Smith, who said": Smith
      // ("Ann Lee, 24, from Dover, who said": the person whose appositive ends in the place)
      const who = tokenAt(this.doc, m.first).lower === 'who';
      const r = this.resolve((who ? this.ownerOfThing(m.antecedent) ?? this.appositiveHolderOf(m.antecedent) : null) ?? m.antecedent, own);
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
      // "My brother was a fisherman all his life, and he used to say ...": the person the subject before describes
      entity ??= this.describedSubjectBefore(m, own);
      // "The minister said X. He said Y.": with no one else to stand for, the person a description that spoke just before describes
      entity ??= this.unnamedSpeakerBefore(m, own);
      const info = PRONOUNS.get(tokenAt(this.doc, m.first).lower);
      if (entity && info && (info.gender === 'female' || info.gender === 'male')) entity.gender ??= info.gender;
      certainty = entity ? 0.85 : 0.6;
      entity ??= this.entityNamed(m.name, 'unknown');
    } else if (this.isBareSurname(m)) {
      // "King says" after "Rev. Tom King": a surname that is also a title word
      entity = this.nameEntity(mentionWith(m, { kind: 'name' }));
      via = 'name';
    } else {
      via = 'description';
      // "a Democratic strategist", "one council aide": an indefinite description brings in someone new
      const owned = this.whoseOwned(m);
      const indefinite = isIndefinite(this.doc, m);
      const head = tokenAt(this.doc, m.head ?? m.last - 1).lower;
      // ("Both men": a quantifier may open a description of the two people just named; the pair is no "he" or "she" later)
      const paired = owned === null ? this.pairedPeople(m) : null;
      entity = paired ?? (owned !== null || indefinite ? null : this.agedPerson(m) ?? this.orderedPerson(m) ?? this.describedPerson(m) ?? this.sameHeadSpeaker(m) ?? this.describedOrganization(m, own));
      if (entity?.kind === 'person' && paired === null) this.noteDescribedSpeaker(m, entity, true);
      if (entity) certainty = 0.85;
      else {
        entity = this.entityNamed(owned ?? m.name, kindOfDescription(this.doc, m));
        // (a noun of a tie to another person is a person's too: "a former colleague")
        if (entity.kind === 'unknown' && RELATION_NOUNS.has(head)) entity.kind = 'person';
        // ("The minister said": someone not named, whom a later "he" or "she" with no one else to stand for may be)
        if (owned === null && entity.kind === 'person' && !indefinite) this.noteDescribedSpeaker(m, entity, false);
      }
      if (entity.name !== m.name) this.addDescription(entity, m.name);
      // (or the head of a description set off after it: "a neighbour, a 26-year-old local man")
      // (a kin noun, "the daughter of one victim", or an indefinite role noun of one gender, "a hospital spokeswoman",
      // someone new; "the businessman", "the actress" describe someone named before, who keeps the pronouns)
      const gender = GENDERED_PERSON_NOUNS.get(head) ?? (indefinite ? GENDERED_ROLE_NOUNS.get(head) : undefined) ?? this.appositiveGender(m);
      if (gender !== undefined) this.gendered.push({ m, e: entity, gender });
      // "A former colleague of Tom Lee said X. "Y," she said.": someone new, described, whom a personal pronoun in
      // the next sentence may stand for ({@link describedPersonBefore}); one of a gender is left to the rule of those
      // ("a neighbour, a 40-year-old man" is no "she")
      else if (owned === null && entity.kind === 'person' && indefinite) this.noteDescribedSpeaker(m, entity, true);
    }
    this.addMention(entity, m);
    this.spoken.push({ m, e: entity });
    this.spokenStarts.add(m.start);
    return { entity, via, mention: m, certainty };
  }
}
