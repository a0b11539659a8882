/**
 * Speaker resolution: turns the speaker mention of each quotation into a
 * speaker entity. Surnames join the full name given before (or after),
 * pronouns go to the nearest fitting person named before, descriptions that fit
 * exactly one earlier person go to that person. A name's appositives are read
 * in `appositives.ts`, the places around it in `places.ts`, the document's
 * clues for a pronoun's antecedent in `antecedent-clues.ts`.
 * @internal
 */
import type { Mention } from './shape.js';
import type { Range } from '../prepare/range.js';
import type { SpeakerVia } from '../types.js';
import { PRONOUNS, type PronounInfo } from '../data/pronouns.js';
import { FIRST_NAMES } from '../data/names.js';
import { TITLE_WORDS } from '../data/titles.js';
import { titleKey } from './find/name-tokens.js';
import { sentenceSubject } from './find/subject.js';
import { verbGroupStart } from './find/verb-group.js';
import { makeMention } from './find/mention.js';
import { phraseEndAfter } from './find/noun-phrase.js';
import { pairSubject } from './find/pair-subject.js';
import { isPlaceName, kindOfHead, kindOfName } from './kinds.js';
import { maybeToken, tokenAt, tokenCount } from '../prepare/lookup.js';
import { DESCRIPTION_HEAD_ENDERS } from '../data/function-words.js';
import { AGENCY_NAME_WORDS, COMPANY_DESCRIPTION_HEADS, RELATION_NOUNS, GENERIC_COMPANY, COMPANY_WORDS, CONTACT_VERBS, SPEAKING_THING_NOUNS, GENDERED_PERSON_NOUNS, GENDERED_ROLE_NOUNS, ORG_NAME_PREPOSITIONS, ORG_NAME_UNIT_HEADS } from '../data/people.js';
import { CONTACTED_PRONOUNS } from '../data/pronouns.js';
import { type Gender } from './gender.js';
import { isOwnerMark, soleWord, words } from './name-words.js';
import { describedClauseSubject, inFrontedCircumstance, isAskedObject, kindOfDescription, overlapsOwn, ownsPossessive, personalPronounBetween, writerBefore } from './antecedent-clues.js';
import { isSpeakingThing, thingInSentenceBefore, voicedOrganization } from './it-antecedent.js';
import { reportedSubject, selfReportingSubject } from './reported-subject.js';
import { afterPlacePreposition, isAddress, isHeading, isListedName, isNounModifier, isNumbered } from './not-antecedent.js';
import { type Entity, type Resolution } from './entity-registry.js';
import { isIndefinite, DescribedPeople } from './described-people.js';
export type { Entity, Resolution } from './entity-registry.js';

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

/** Resolves speakers to entities. */
export class SpeakerResolver extends DescribedPeople {
  /** Speakers described by a noun of one gender ("the daughter of one victim"), as resolved, with their entity ({@link genderedSpeakerBefore}). */
  protected readonly gendered: { readonly m: Mention; readonly e: Entity; readonly gender: 'female' | 'male' }[] = [];
  /** The last definite description that spoke and was found to be a person named before ("The judge said": Ann Carver; {@link describedPersonBefore}). */
  protected describedSpeaker: { mention: Mention; entity: Entity } | null = null;

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

  /** The organisation named nearest before a description such as "the company" or "the ministry", or null. */
  protected describedOrganization(m: Mention): Entity | null {
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
    return COMPANY_DESCRIPTION_HEADS.has(head) ? this.bareCompany(m) : null;
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
  protected readonly spoken: { m: Mention; e: Entity }[] = [];

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
   * The organisation ("it") or group or organisation ("they", `plural`) a
   * pronoun stands for, or null; names inside `own` (the quote's content) never are.
   */
  protected organizationAntecedent(m: Mention, own: readonly Range[], plural: boolean): Entity | null {
    // they: the nearest group or organisation that spoke before; it: the nearest organisation
    // ("it" is never "officials" or "experts")
    // "The agency expects prices to rise, it said": the subject of the content the pronoun reports
    const reported = this.reportedEntity(m, own, plural);
    if (reported !== null) return reported;
    if (!plural) {
      // "it": the speaker just before, when an organisation or a thing that speaks, or the organisation a
      // spokesman spoke for; not an organisation named further back when the sentence before names a thing
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

  /**
   * The person a personal pronoun (`info`: not "I", "we", "it" nor "they")
   * stands for, or null; names inside `own` (the quote's content) never are.
   */
  protected personAntecedent(m: Mention, own: readonly Range[], info: PronounInfo): Entity | null {
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
export function describesOrganization(description: string, entity: Entity, name: string): boolean {
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
 * or "&" inside, and no initial ("Ann B. Lee"). Whether it names a person is
 * left to the caller (a first name opening it, a title, a gender).
 */
function bodyLikeName(full: string): string | null {
  const ws = words(full);
  if (ws.length < 2 || ws.length > 3) return null;
  if (!ws.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return null;
  return ws[0]!;
}
