/**
 * Speaker resolution, personal pronouns: the person "he" or "she" stands for
 * (the subject it reports of itself, the one earlier person its clause's
 * subject describes, a speaker described by a noun of its gender, the
 * nearest fitting name unless a subject fits, a definite description that
 * spoke, the person the writer reached, a description of its gender that is
 * the subject before it). The sixth and last layer of the
 * `SpeakerResolver` (`entities.ts`), on the organisations'
 * pronouns (`organization-pronouns.ts`); the document's clues for the
 * antecedent live in `antecedent-clues.ts`.
 * @internal
 */
import type { Mention } from './shape.js';
import type { Range } from '../prepare/range.js';
import type { Doc } from '../prepare/document.js';
import { type PronounInfo } from '../data/pronouns.js';
import { verbGroupStart } from './find/verb-group.js';
import { makeMention } from './find/mention.js';
import { phraseEndAfter } from './find/noun-phrase.js';
import { sentenceSubject } from './find/subject.js';
import { kindOfName } from './kinds.js';
import { maybeToken, tokenAt } from '../prepare/lookup.js';
import { FIRST_NAMES } from '../data/names.js';
import { isOwnerMark } from './name-words.js';
import { CONTACT_VERBS, GENDERED_PERSON_NOUNS, GENDERED_ROLE_NOUNS } from '../data/people.js';
import { CONTACTED_PRONOUNS, PRONOUNS } from '../data/pronouns.js';
import { type Gender } from './gender.js';
import { describedClauseSubject, inFrontedCircumstance, isAskedObject, isPrepositionObject, isToldListener, kindOfDescription, overlapsOwn, ownsPossessive, writerBefore } from './antecedent-clues.js';
import { selfReportingSubject } from './reported-subject.js';
import { isListedName, isNounModifier } from './not-antecedent.js';
import { type Entity } from './entity-registry.js';
import { isIndefinite } from './described-people.js';
import { MAX_SPOKEN_BACK, OrganizationPronouns } from './organization-pronouns.js';
import { contradictsParty, partyDescription } from './party-description.js';
import { MAX_DESCRIBED_LOOKBACK } from './name-completion.js';

/** What "the Wisconsin Republican" is read as when it looks back ({@link PersonPronouns.partyPerson}): a person of either gender. */
const PARTY_MEMBER: PronounInfo = { gender: 'any', number: 'singular', first: false };

/** How many sentences before a pronoun {@link PersonPronouns.personBeyondLoneWord} looks for a person of its gender. */
const MAX_LONE_WORD_BACK = 3;

/** How far into a sentence {@link PersonPronouns.contactedPerson} looks for the writer's verb, in tokens. */
const MAX_CONTACT_VERB = 12;

/** How many sentences before a personal pronoun the description that spoke ({@link PersonPronouns.describedSpeaker}) may stand. */
const MAX_DESCRIBED_BACK = 2;

/** The gender the head noun of description `d` tells, as a person's ("daughter") or a role's ("actress") noun; else undefined. */
function headGender(doc: Doc, d: Mention): Gender {
  const head = tokenAt(doc, d.head ?? d.last - 1).lower;
  return GENDERED_PERSON_NOUNS.get(head) ?? GENDERED_ROLE_NOUNS.get(head);
}

/** The sixth layer of the `SpeakerResolver`: the person "he" or "she" stands for. */
export abstract class PersonPronouns extends OrganizationPronouns {
  /** Speakers described by a noun of one gender ("the daughter of one victim"), as resolved, with their entity ({@link genderedSpeakerBefore}). */
  protected readonly gendered: { readonly m: Mention; readonly e: Entity; readonly gender: 'female' | 'male' }[] = [];
  /**
   * The last description of a person that spoke, as resolved. `settled`: who
   * it is is settled, a person named before ("The judge said": Ann Carver) or
   * someone new by an indefinite article ("A former colleague of Tom Lee
   * said"), read by {@link describedPersonBefore} before the names; else a
   * definite description found to be no one named ("The minister said"), read
   * by {@link unnamedSpeakerBefore} when nothing else fits. Set by
   * {@link noteDescribedSpeaker}.
   */
  private describedSpeaker: { readonly mention: Mention; readonly entity: Entity; readonly settled: boolean } | null = null;

  /**
   * The person of the last description that spoke ({@link describedSpeaker},
   * or the last of {@link gendered} when it came later),
   * when description `m` is "the" and that description's head noun alone, at
   * most {@link MAX_DESCRIBED_BACK} sentences after it with that noun nowhere
   * between: "Lee's lawyer said ... "...," the lawyer said" is Lee's lawyer;
   * else null.
   */
  protected sameHeadSpeaker(m: Mention): Entity | null {
    // (or the last speaker described by a noun of one gender, kept apart for the pronouns: "A hospital spokesman
    // declined to comment. "...," the spokesman said" is that spokesman)
    const g = this.gendered.at(-1);
    const d = g !== undefined && (this.describedSpeaker === null || g.m.start > this.describedSpeaker.mention.start) ? { mention: g.m, entity: g.e } : this.describedSpeaker;
    // (`m` comes after that description: the description itself, read again for a second cue, is no back-reference)
    if (d === null || d.entity.kind !== 'person' || m.first < d.mention.last || m.last - m.first !== 2 || tokenAt(this.doc, m.first).lower !== 'the') return null;
    const head = tokenAt(this.doc, m.last - 1).lower;
    if (head !== tokenAt(this.doc, d.mention.head ?? d.mention.last - 1).lower) return null;
    const back = tokenAt(this.doc, m.first).sent - tokenAt(this.doc, d.mention.first).sent;
    if (back < 0 || back > MAX_DESCRIBED_BACK) return null;
    // ("one source said ... a separate source confirmed it ... the source said": the head written again in between,
    // by someone who did not speak, may be the one meant)
    for (let k = d.mention.last; k < m.first; k++) if (tokenAt(this.doc, k).lower === head) return null;
    return d.entity;
  }

  /** Keeps description `mention` of person `entity` that spoke as the {@link describedSpeaker} (`settled`: see there). */
  protected noteDescribedSpeaker(mention: Mention, entity: Entity, settled: boolean): void {
    this.describedSpeaker = { mention, entity, settled };
  }

  /**
   * The person a personal pronoun (`info`: not "I", "we", "it" nor "they")
   * stands for, or null; names inside `own` (the quote's content) never are.
   */
  protected personAntecedent(m: Mention, own: readonly Range[], info: PronounInfo): Entity | null {
    // ("I" and "we" returned above); "you": the one spoken to ("Q: You said ..."), not the person named last
    if (info.second === true) return null;
    // ("the Wisconsin Republican" looking back is no pronoun of a clause: only the names are read)
    if (info !== PARTY_MEMBER) {
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
    }
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
    let nearestAfterPreposition = false;
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
      // "Smith's lawyer said X. "Y," she said.": the owner of a description of a person who spoke is not the one who
      // speaks on; that person is
      if (nearest === null && this.ownerOfUnnamedSpeaker(n)) {
        const spoke = this.unnamedSpeakerBefore(m, own);
        if (spoke !== null) return spoke;
      }
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
      // a name of no known gender in the appositive of the person named before it ("Tom Hale, director of the Harbor
      // Trust, said ... he said"; "Ann Lee, Kestrel's former chief, ...") is skipped when that person fits the pronoun
      if (this.pronounFacts(k).modifier && this.knownGender(k) === undefined && this.mayStandFor(k - 1, own) && this.fitsGender(k - 1, wanted)) continue;
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
      // (nor a name in a sentence before that is the object of a preposition inside the subject: "Talks between
      // Dunmore and Hollins stalled. The premier said X. She said Y." is the premier, by the rule of a description that
      // spoke below)
      const modifier = nSent < sent && isPrepositionObject(this.doc, n);
      // "..., Venn said in an interview with DELLPORT TODAY. "...," she said": a nearest name after a preposition of
      // a sentence before gives way to the one who spoke in that sentence before it
      if (nearestAfterPreposition && nSent === tokenAt(this.doc, nearest!.first).sent && this.spokenStarts.has(n.start)) {
        chosen = k;
        break;
      }
      if ((this.isSubject(n) && !fronted && !modifier) || (nearest === null && nSent < sent && isAskedObject(this.doc, n)) || (nearest === null && nSent === sent && ownsPossessive(this.doc, n, m))) {
        chosen = k;
        break;
      }
      if (nearest === null) {
        nearest = n;
        nearestAt = k;
        nearestAfterPreposition = modifier;
      }
    }
    // rule 2: a definite description that spoke, found to be a person, with no fitting name after it ("The judge
    // said X. She said Y."): that person, before the names
    const person = this.describedPersonBefore(m, wanted, own);
    if (person !== null) return person;
    if (chosen < 0) {
      // "... agreed between Veltria and Ostrava. In Berlin, the chancellor said X. She said Y.": a nearest name that
      // is no subject, one word of no known gender (no full name's: a place's as well as a person's), named before a
      // description that spoke since gives way to that description
      if (nearest !== null && this.knownGender(nearestAt) === undefined && !/\s/.test(this.pronounFacts(nearestAt).key)) {
        const spoke = this.unnamedSpeakerBefore(m, own);
        if (spoke !== null && this.describedSpeaker !== null && this.describedSpeaker.mention.start >= nearest.end) return spoke;
      }
      // "The difference now, he told me, makes him seem kinder to Mr. Pellman. He said ...": a nearest name after a
      // preposition gives way to a pronoun of the same form that spoke before it in its sentence, as to a name that spoke
      if (nearestAfterPreposition) {
        const spoke = this.pronounSpeakerBefore(nearest!, m, wanted);
        if (spoke !== null) return spoke;
      }
      chosen = nearestAt;
    }
    if (chosen < 0 && described === null) chosen = listed;
    if (chosen < 0) return described?.e ?? null;
    // "President Vardy thanked Ann Lee. ... she said": a name whose gender nothing tells gives way to a person of the
    // pronoun's gender named in its sentence or the one before
    // "Audiences can expect him to ...", "Part of the problem, say experts like Paul Bauman, is ... he said": a lone
    // word named once, of no known gender and no one's name elsewhere, gives way to a person of the pronoun's gender
    // named just before it
    const beyond = this.personBeyondLoneWord(chosen, wanted, own, m);
    if (beyond >= 0) chosen = beyond;
    return this.antecedentEntity(this.names[this.knownGenderNear(chosen, this.nameIndex(m.start) - 1, wanted, own, m)]!);
  }

  /**
   * When name `k`, chosen for pronoun `m` of gender `wanted`, is one word
   * written once in the text, of no known gender, and no surname of a full
   * name, first name, alias or speaker, with no title, no possessive and no
   * verb right after it ("with MTVu", "owns Nabisco", "A Libertarian,"): the
   * nearest name before it, in the pronoun's sentence or the
   * {@link MAX_LONE_WORD_BACK} before, that may stand for the pronoun and is
   * known to be of gender `wanted`; else -1.
   */
  private personBeyondLoneWord(k: number, wanted: Gender, own: readonly Range[], m: Mention): number {
    const n = this.names[k]!;
    // (not one with a title, "President Vardy", nor an owner, "Vardy's speech", nor one its verb follows, "Vardy
    // declined": a surname alone may be a person)
    const next = maybeToken(this.doc, n.last);
    if (wanted === undefined || n.last - n.first !== 1 || n.titles.length > 0 || this.knownGender(k) !== undefined || (next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX')) || isOwnerMark(this.doc, n.last)) return -1;
    const key = n.name.toLowerCase();
    if ((this.counts.get(key) ?? 0) > 1 || this.bySurname.has(key) || this.byName.has(key) || this.aliases.has(key) || FIRST_NAMES.has(key)) return -1;
    const floor = tokenAt(this.doc, m.first).sent - MAX_LONE_WORD_BACK;
    for (let j = k - 1; j >= 0 && tokenAt(this.doc, this.names[j]!.first).sent >= floor; j--) {
      if (this.mayStandFor(j, own) && this.knownGender(j) === wanted) return j;
    }
    return -1;
  }

  /**
   * The entity of name `n` chosen for a pronoun: for "the Wisconsin
   * Republican" ({@link partyDescription}) the person it stands for
   * ({@link partyPerson}, memoised by mention, so the description is read
   * once per name and document) when there is one, else the name's own.
   */
  private antecedentEntity(n: Mention): Entity {
    return this.partyPerson(n) ?? this.nameEntity(n);
  }

  /** {@link partyPerson} by the start of the description. */
  private readonly partyPeople = new Map<number, Entity | null>();

  /**
   * The person name mention `m` stands for when it describes a member of a
   * party by place ({@link partyDescription}: "the Wisconsin Republican"):
   * the one a "he" or "she" in its place would stand for ("House Speaker Tom
   * Hale says ... The Wisconsin Republican says" is Tom Hale), when none of
   * that person's names before it gives another party or state
   * ({@link contradictsParty}: "Democratic Sen. Ann Lee", "Tom Hale
   * (R-Texas)" for "the Ohio Republican"); else null (the description stays
   * the name).
   */
  protected partyPerson(m: Mention): Entity | null {
    const known = this.partyPeople.get(m.start);
    if (known !== undefined) return known;
    // (set first: a description the look back reaches again is no one)
    this.partyPeople.set(m.start, null);
    const d = partyDescription(this.doc, m);
    let e = d === null ? null : this.personAntecedent(m, [], PARTY_MEMBER);
    if (e !== null && d !== null) {
      const key = this.lowerName(e.name);
      const before = this.nameIndex(m.start);
      for (let k = before - 1; k >= Math.max(0, before - MAX_DESCRIBED_LOOKBACK); k--) {
        if (this.pronounFacts(k).key === key && contradictsParty(this.doc, this.names[k]!, d)) {
          e = null;
          break;
        }
      }
    }
    if (e !== null && e.kind !== 'person') e = null;
    this.partyPeople.set(m.start, e);
    return e;
  }

  /**
   * The person a pronoun of the same form as pronoun `m` ("he" for "he" or
   * "He") stands for when it spoke in the sentence of name `n`, before `n`,
   * found to be a person of gender `wanted` or of none known; else null.
   */
  private pronounSpeakerBefore(n: Mention, m: Mention, wanted: Gender): Entity | null {
    const nSent = tokenAt(this.doc, n.first).sent;
    const form = tokenAt(this.doc, m.first).lower;
    for (let k = this.spoken.length - 1; k >= Math.max(0, this.spoken.length - MAX_SPOKEN_BACK); k--) {
      const s = this.spoken[k]!;
      if (s.m.start >= n.start) continue;
      if (tokenAt(this.doc, s.m.first).sent !== nSent) break;
      if (s.m.kind !== 'pronoun' || tokenAt(this.doc, s.m.first).lower !== form) continue;
      if (s.e.kind !== 'person' || (wanted !== undefined && s.e.gender !== undefined && s.e.gender !== wanted)) return null;
      return s.e;
    }
    return null;
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
        const told = headGender(this.doc, s.m);
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
  protected contactedPerson(m: Mention, own: readonly Range[]): Entity | null {
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
   * For "he" or "she" with no one named to stand for, the person a definite
   * description of the pronoun's gender describes when it is the subject of
   * the pronoun's own sentence, before it, or else of the sentence before,
   * outside `own`: "My brother" of "My brother was a fisherman all his life,
   * and he used to say ...". Null for anything else (an indefinite "a man",
   * a noun of no gender or of the other one: "My sister ..., and he said").
   */
  protected describedSubjectBefore(m: Mention, own: readonly Range[]): Entity | null {
    const info = PRONOUNS.get(tokenAt(this.doc, m.first).lower);
    if (!CONTACTED_PRONOUNS.has(tokenAt(this.doc, m.first).lower) || (info?.gender !== 'female' && info?.gender !== 'male')) return null;
    const sent = tokenAt(this.doc, m.first).sent;
    for (let s = sent; s >= Math.max(0, sent - 1); s--) {
      const sentence = this.doc.sentences[s]!;
      const subject = sentenceSubject(this.doc, sentence.first, s === sent ? m.first : sentence.last);
      // (the pronoun opening its own sentence is its own subject: the sentence before is read)
      if (subject === null || (s === sent && subject.first >= m.first)) continue;
      if (subject.kind !== 'description' || subject.end > m.start || overlapsOwn(subject, own) || isIndefinite(this.doc, subject)) return null;
      // (a noun of one gender is a person's: "My grandfather")
      return headGender(this.doc, subject) === info.gender ? this.entityNamed(subject.name, 'person') : null;
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
   * The {@link describedSpeaker} when its `settled` flag is `settled`, it
   * spoke before pronoun `m` in its sentence or the
   * {@link MAX_DESCRIBED_BACK} before, outside `own`, and its person is of
   * gender `wanted` or of none known; else null. Read by the two rules of a
   * description that spoke ({@link describedPersonBefore},
   * {@link unnamedSpeakerBefore}).
   */
  private describedSpeakerNear(m: Mention, own: readonly Range[], settled: boolean, wanted: Gender): { readonly mention: Mention; readonly entity: Entity } | null {
    const d = this.describedSpeaker;
    if (d === null || d.settled !== settled || d.mention.end > m.start || overlapsOwn(d.mention, own)) return null;
    if (tokenAt(this.doc, m.first).sent - tokenAt(this.doc, d.mention.first).sent > MAX_DESCRIBED_BACK) return null;
    return wanted !== undefined && d.entity.gender !== undefined && d.entity.gender !== wanted ? null : d;
  }

  /**
   * The person a description that spoke in the pronoun's sentence or the
   * {@link MAX_DESCRIBED_BACK} before was found to be (a settled
   * {@link describedSpeaker}), when no name
   * that fits the pronoun stands between the description and the pronoun:
   * "Judge Ann Carver ... Her lawyer, Ruth Moss, said ... The judge said X.
   * She said Y." gives the judge, not the lawyer named last. Else null. The
   * second of the two description rules of a personal pronoun (the first, a
   * kin noun: {@link genderedSpeakerBefore}).
   */
  private describedPersonBefore(m: Mention, wanted: Gender, own: readonly Range[]): Entity | null {
    const d = this.describedSpeakerNear(m, own, true, wanted);
    if (d === null || d.entity.kind !== 'person') return null;
    for (let k = this.nameIndex(m.start) - 1; k >= 0 && this.names[k]!.start >= d.mention.end; k--) {
      if (this.mayStandFor(k, own) && this.fitsGender(k, wanted)) return null;
    }
    return d.entity;
  }

  /**
   * For "he" or "she" (`m`) that no name, no clause subject and no writer's
   * contact stands for, the person a definite description that spoke in its
   * sentence or the {@link MAX_DESCRIBED_BACK} before was found to be, when that description was
   * found to be no one named (an unsettled {@link describedSpeaker}): "The
   * minister said X. He said Y." gives "The minister", no longer "He". A head
   * of the other gender ("the actress" for "he") or a mention inside `own`
   * gives null.
   */
  protected unnamedSpeakerBefore(m: Mention, own: readonly Range[]): Entity | null {
    const info = PRONOUNS.get(tokenAt(this.doc, m.first).lower);
    if (info === undefined || (info.gender !== 'female' && info.gender !== 'male') || info.second === true) return null;
    const d = this.describedSpeakerNear(m, own, false, info.gender);
    if (d === null) return null;
    const told = headGender(this.doc, d.mention);
    return told !== undefined && told !== info.gender ? null : d.entity;
  }

  /** True when name `n` lies inside the mention of an unsettled {@link describedSpeaker}: the owner "Smith" of "Smith's lawyer". */
  private ownerOfUnnamedSpeaker(n: Mention): boolean {
    const d = this.describedSpeaker;
    return d !== null && !d.settled && n.start >= d.mention.start && n.end <= d.mention.end;
  }

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
}
