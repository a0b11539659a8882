/**
 * Speaker resolution, organisations and groups: what a speaking "it" or
 * "they" stands for (the subject of the content it reports, the speaker just
 * before, the organisation that sent a statement, the organisation mentioned
 * last, one named in the sentence before, a group opening it), and the
 * organisation a description such as "the company" stands for. The fifth
 * layer of the `SpeakerResolver`, on the descriptions of people
 * (`described-people.ts`); the word tests of a speaking thing live in
 * `it-antecedent.ts`.
 * @internal
 */
import type { Mention } from './shape.js';
import type { Range } from '../prepare/range.js';
import { FIRST_NAMES } from '../data/names.js';
import { TITLE_WORDS } from '../data/titles.js';
import { titleKey } from './find/title-keys.js';
import { sentenceSubject } from './find/subject.js';
import { pairSubject } from './find/pair-subject.js';
import { isPlaceName, kindOfHead, kindOfName } from './kinds.js';
import { NATIONALITY_COUNTRY } from '../data/places.js';
import { maybeToken, tokenAt, tokenCount } from '../prepare/lookup.js';
import { makeMention } from './find/mention.js';
import { COMPLEMENT_PREPOSITIONS, DESCRIPTION_HEAD_ENDERS } from '../data/function-words.js';
import { AGENCY_NAME_WORDS, NEWSPAPER_NAME_WORDS, NEWS_OUTLET_WORDS, COMPANY_DESCRIPTION_HEADS, GENERIC_COMPANY, SPORT_TEAM_HEADS, MEMBER_PLURALS, COMPANY_WORDS, INDUSTRY_NAME_WORDS, SPEAKING_THING_NOUNS, ORG_NAME_PREPOSITIONS, ORG_NAME_UNIT_HEADS, UNWRITTEN_THING_NOUNS } from '../data/people.js';
import { isOwnerMark, soleWord, words } from './name-words.js';
import { kindOfDescription, overlapsOwn, personalPronounBetween } from './antecedent-clues.js';
import { isSpeakingThing, thingDeterminer, thingInSentenceBefore, voicedOrganization } from './it-antecedent.js';
import { reportedSubject } from './reported-subject.js';
import { afterPlacePreposition, isAddress, isHeading, isNumbered, isThingNamed } from './not-antecedent.js';
import { type Entity } from './entity-registry.js';
import { DescribedPeople } from './described-people.js';

/** Most sentences back to the organisation that last spoke for a speaking "it" with nothing nearer. */
const MAX_IT_SENTENCES = 6;

/**
 * Most sentences, before the sentence before a speaking "it", back to the
 * organisation subject it stands for when nothing nearer settles it
 * (`organizationSubjectFurther`).
 */
const MAX_SUBJECT_SENTENCES = 2;

/** Most sentences back to the business a description such as "the company" stands for. */
const MAX_BUSINESS_SENTENCES = 2;

/**
 * How many of the speakers resolved last {@link OrganizationPronouns.itSpeakerBefore}
 * reads for the one nearest before a speaking "it" (quotes are resolved
 * nearly in text order, so the nearest is among them).
 */
export const MAX_SPOKEN_BACK = 12;

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

/** The fifth layer of the `SpeakerResolver`: what "it", "they" and "the company" stand for. */
export abstract class OrganizationPronouns extends DescribedPeople {
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
    this.makeOrganization(e);
    return e;
  }

  /** The organisation named nearest before a description such as "the company" or "the ministry", or null. */
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

  protected describedOrganization(m: Mention, own: readonly Range[] = []): Entity | null {
    const head = tokenAt(this.doc, m.head ?? m.last - 1).lower;
    if (m.last - m.first > 3) return null;
    if (kindOfHead(head) === 'organization') {
      const generic = GENERIC_COMPANY.has(head);
      const modifiers = this.nounModifiers(m);
      const before = this.nameIndex(m.start);
      for (let k = before - 1; k >= Math.max(0, before - 30); k--) {
        const n = this.names[k]!;
        const full = this.fullNameAt(k);
        if (kindOfName(full) !== 'organization') continue;
        const ws = words(full.toLowerCase()).map((w) => w.replace(/[.,]$/, ''));
        // "the appeals court" is no "Supreme Court": a noun before the head is a word of the name it stands for
        if (modifiers !== null && !modifiers.every((w) => ws.includes(w))) continue;
        if (headsName(ws, head) || (generic && ws.some((w) => COMPANY_WORDS.has(w)))) return this.nameEntity(n);
        // "the Federal Aviation Administration ... The agency said": an agency named by another word of government
        if (head === 'agency' && ws.length > 1 && ws.some((w) => AGENCY_NAME_WORDS.has(w))) return this.nameEntity(n);
      }
    }
    // no organisation named: "the company" after a bare name that spoke ("Apple said ... The company said ...")
    // (or after a business's name before it, spoken or not: "Shares of Corvane Industries fell. The company said ...")
    // "the group": the organisation that spoke just before ("..., according to the Harrow Angling Trust. ..., the group says")
    if (head === 'group') return this.organizationSpokeBefore(m);
    // "The Rangers lost again. ... the club said": the team named just before
    if (SPORT_TEAM_HEADS.has(head)) return this.teamNamedBefore(m);
    if (!COMPANY_DESCRIPTION_HEADS.has(head)) return null;
    return this.bareCompany(m) ?? this.businessNamedBefore(m, own);
  }

  /**
   * The lower-case nouns between a description's "the" and its head ("appeals"
   * of "the appeals court", "budget" of "the budget office"), or null when it
   * has none.
   */
  private nounModifiers(m: Mention): string[] | null {
    const headAt = m.head ?? m.last - 1;
    if (tokenAt(this.doc, m.first).lower !== 'the' || headAt - m.first < 2) return null;
    let out: string[] | null = null;
    for (let k = m.first + 1; k < headAt; k++) {
      const t = tokenAt(this.doc, k);
      if (t.pos === 'NOUN' && /^\p{Ll}+$/u.test(t.value)) (out ??= []).push(t.lower);
    }
    return out;
  }

  /**
   * For "the team" or "the club" `m` (two words): the one team named in its
   * sentence or the {@link MAX_BUSINESS_SENTENCES} before, a plural name
   * after "the" ("The Rangers lost again. ... the club said": the
   * Rangers); null when none is, or two are ("the Rangers beat the Comets"),
   * or the plural names a party's members or a nationality ({@link MEMBER_PLURALS}: "the Democrats", "the Americans"),
   * a paper ({@link NEWS_OUTLET_WORDS}: "the New York Times") or a family one of whom the text names ("the Hales"
   * after "Tom Hale").
   */
  private teamNamedBefore(m: Mention): Entity | null {
    if (tokenAt(this.doc, m.first).lower !== 'the' || m.last - m.first !== 2) return null;
    const sent = tokenAt(this.doc, m.first).sent;
    let found: Entity | null = null;
    for (let k = this.nameIndex(m.start) - 1; k >= 0; k--) {
      const n = this.names[k]!;
      if (sent - tokenAt(this.doc, n.first).sent > MAX_BUSINESS_SENTENCES) break;
      const last = tokenAt(this.doc, n.last - 1);
      const the = tokenAt(this.doc, n.first).lower === 'the' || maybeToken(this.doc, n.first - 1)?.lower === 'the';
      if (!the || !/^\p{Lu}\p{L}*[^s]s$/u.test(last.value) || MEMBER_PLURALS.has(last.lower) || NATIONALITY_COUNTRY.has(last.lower)) continue;
      // (nor a paper, "the New York Times", "the Daily News", nor a family whose member the text names, "the Hales"
      // after "Tom Hale", "the Kasza-Linds" after "Tom Kasza-Lind": the plural is one word)
      const word = this.doc.text.slice(tokenAt(this.doc, n.first).start, last.end);
      if (NEWS_OUTLET_WORDS.has(last.lower) || last.lower === 'news' || (!/[\s\uFEFF]/u.test(word) && this.bySurname.has(word.toLowerCase().slice(0, -1)))) continue;
      // (the shape alone: a team's name reads as a person's to kindOfName, "the Denver Comets")
      if (isPlaceName(this.fullNameAt(k))) continue;
      const e = this.nameEntity(n);
      if (found !== null && e !== found) return null;
      found = e;
    }
    return found;
  }

  /**
   * For "the group" `m` (two words): the organisation whose name is the
   * speaker mention nearest before it, among the last
   * {@link MAX_SPOKEN_BACK} resolved and in its sentence or the two before
   * (`..., according to the Harrow Angling Trust. Nine lakes have
   * closed, the group says`: the trust); null when the nearest speaker
   * is anyone else (a person, a crowd: "the crowd marched ... the group
   * shouted").
   */
  private organizationSpokeBefore(m: Mention): Entity | null {
    if (tokenAt(this.doc, m.first).lower !== 'the' || m.last - m.first !== 2) return null;
    const best = this.spokeNearBefore(m);
    return best === undefined || best.m.kind !== 'name' || best.e.kind !== 'organization' ? null : best.e;
  }

  /**
   * The speaker mention nearest before `m` (by where it starts), among the
   * last {@link MAX_SPOKEN_BACK} resolved, with its entity, when it stands in
   * `m`'s sentence or the two before; else undefined. What
   * {@link organizationSpokeBefore} and {@link itSpeakerBefore} read.
   */
  private spokeNearBefore(m: Mention): { readonly m: Mention; readonly e: Entity } | undefined {
    let best: { m: Mention; e: Entity } | undefined;
    for (let k = this.spoken.length - 1; k >= Math.max(0, this.spoken.length - MAX_SPOKEN_BACK); k--) {
      const s = this.spoken[k]!;
      if (s.m.start < m.start && (best === undefined || s.m.start > best.m.start)) best = s;
    }
    return best === undefined || tokenAt(this.doc, m.first).sent - tokenAt(this.doc, best.m.first).sent > 2 ? undefined : best;
  }

  /**
   * True when name `n` follows "of", "for" or "by" (through a "the"): the
   * complement of a noun or the agent of a passive ("the parent company of
   * Kestrel", "sued by the Harlow Trust"), passed over by
   * {@link businessNamedBefore}.
   */
  private complementName(n: Mention): boolean {
    let k = n.first - 1;
    if (k >= 0 && tokenAt(this.doc, k).lower === 'the') k--;
    return k >= 0 && COMPLEMENT_PREPOSITIONS.has(tokenAt(this.doc, k).lower) && tokenAt(this.doc, k).sent === tokenAt(this.doc, n.first).sent;
  }

  /**
   * For a definite description of a business `m` ("the company", "the
   * firm", "the retailer") that nothing else settles: the nearest name
   * before it, in its sentence or the {@link MAX_BUSINESS_SENTENCES} before,
   * when that name is an organisation's or a bare one of a business (one
   * capitalised word, or two or three, that nothing marks as a person's:
   * "Corvane was sued ... the company agreed to pay"; {@link readsAsBusiness}),
   * or, for a generic head ("the company", "the firm"; {@link GENERIC_COMPANY})
   * in its sentence or the one before, a trade's name of two or three words
   * ({@link bodyLikeName}: "Shares of Corvane Industries fell. The company
   * said ...") with no further test. The short form of a business named
   * before stands for it ("Harlow" of "Harlow Industries", read from
   * {@link namesByFullFirstWord}). Places and names
   * after "of", "for" or "by" ({@link complementName}) are passed over; null when the nearest other name is a
   * person's ("Huffman said ... The group went ahead"), a newspaper's or a
   * government body's. A bare name that opens the quote's own words (`own`)
   * is passed over too: what the business speaks of ("Porter will be sold
   * ..., the company said").
   */
  private businessNamedBefore(m: Mention, own: readonly Range[]): Entity | null {
    if (tokenAt(this.doc, m.first).lower !== 'the' || m.last - m.first !== 2) return null;
    const sent = tokenAt(this.doc, m.first).sent;
    const trade = GENERIC_COMPANY.has(tokenAt(this.doc, m.head ?? m.last - 1).lower);
    for (let k = this.nameIndex(m.start) - 1; k >= 0; k--) {
      const n = this.names[k]!;
      if (sent - tokenAt(this.doc, n.first).sent > MAX_BUSINESS_SENTENCES) return null;
      const full = this.fullNameAt(k);
      // a trade's name of two or three words in the sentence of a generic "the company" or the one before, even
      // after "of" ("Shares of Corvane Industries fell. The company said ...")
      const traded = trade && sent - tokenAt(this.doc, n.first).sent <= 1 && full === n.name && bodyLikeName(full) !== null;
      // (nor the name given to a thing: "The device, called the Arc, will ship in May, the company said")
      if (isAddress(this.doc, n) || isNumbered(this.doc, n) || isHeading(this.doc, n) || (!traded && this.complementName(n)) || isThingNamed(this.doc, n)) continue;
      const kind = kindOfName(full);
      // (not a bare name that opens the quote's own words: "Porter will be available in May, the company said",
      // where Porter is the product; "Pilots had flown with Skyvale for years, the airline said" is Skyvale)
      if (kind !== 'organization' && own.some((r) => r.start === n.start)) continue;
      const ws = words(full.toLowerCase()).map((w) => w.replace(/[.,]$/, ''));
      // (nor a news outlet credited with the report: "Shares of Harlow Foods fell, Reuters reported. The company said")
      if (kind === 'place' || isPlaceName(full) || isNewsOutlet(ws)) continue;
      if (kind === 'organization') {
        if (ws.some((w) => AGENCY_NAME_WORDS.has(w) || NEWSPAPER_NAME_WORDS.has(w))) return null;
        return this.nameEntity(n);
      }
      if (kind !== 'person') return null;
      // ("Harlow Industries said ... Harlow spent ... the company set aside": the business a short form opens)
      // (the names whose full name opens with the name's first word, from the index: not every name before it)
      for (const j of this.namesByFullFirstWord(n.name)) {
        if (j >= k) break;
        const o = this.names[j]!;
        const whole = this.fullNameAt(j);
        if (!whole.startsWith(`${n.name} `) || isHeading(this.doc, o)) continue;
        const wholeKind = kindOfName(whole);
        if (wholeKind === 'organization' || bodyLikeName(whole) !== null) return this.nameEntity(o);
        // (a short form of a longer name that may be a person's and spoke is left as it is; not of a flight's, "Skyvale
        // Flight 80", nor of a headline's words)
        if (wholeKind === 'person' && !/\d/.test(whole) && this.byName.has(this.lowerName(whole))) return null;
      }
      const word = soleWord(full) ?? bodyLikeName(full);
      if (word === null || full !== n.name || n.titles.length > 0 || !/^\p{Lu}\p{Ll}/u.test(word) || FIRST_NAMES.has(word.toLowerCase()) || TITLE_WORDS.has(titleKey(word))) return null;
      // (a trade's name needs no more)
      if (!traded && !this.readsAsBusiness(n, k)) return null;
      const e = this.nameEntity(n);
      if (e.gender !== undefined || e.titles.length > 0) return null;
      if (e.kind === 'person') this.makeOrganization(e);
      return e;
    }
    return null;
  }

  /**
   * True when bare name `n` (name index `k`) may be a business's for
   * {@link businessNamedBefore}: no word a pronoun's facts pass over, no
   * common word ("Prices rose"), proper nouns only, and not opening its
   * sentence unless the text also writes it inside one.
   */
  private readsAsBusiness(n: Mention, k: number): boolean {
    if (this.pronounFacts(k).skip || this.isCommonWord(n) || this.isOpeningCommon(n)) return false;
    // (a proper noun's: "Prices rose. The company said" names no business)
    for (let t = n.first; t < n.last; t++) if (tokenAt(this.doc, t).pos !== 'PROPN') return false;
    // (one opening its sentence only when the text also writes it inside one: "Prices rose" opens one)
    const opens = (o: Mention): boolean => this.doc.sentences[tokenAt(this.doc, o.first).sent]!.first === o.first;
    return !opens(n) || this.namesCalled(n.name).some((o) => !opens(o));
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
      if (e.kind === 'person') this.makeOrganization(e);
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
    const best = this.spokeNearBefore(m);
    if (best === undefined) return undefined;
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
   * The thing that speaks whose noun is at token `thing` for the "it" `m`,
   * from its determiner to the noun as written ("The report", "a 2001
   * memorandum"), or null: its noun names no text of its own
   * ({@link UNWRITTEN_THING_NOUNS}: "the case for deficits"), an
   * organisation is named in the sentence of `m` before it ("Documents from
   * the Party circulated after it announced"), an "it" stands before the thing
   * in the thing's sentence ("The firm said it welcomed the ruling. It said"),
   * or it is no description.
   */
  private thingAt(m: Mention, own: readonly Range[], thing: number): Entity | null {
    if (UNWRITTEN_THING_NOUNS.has(tokenAt(this.doc, thing).lower)) return null;
    const at = tokenAt(this.doc, m.first).sent;
    for (let k = this.nameIndex(m.start) - 1; k >= 0; k--) {
      const n = this.names[k]!;
      if (tokenAt(this.doc, n.first).sent < at) break;
      if (!own.some((r) => n.start >= r.start && n.end <= r.end) && kindOfName(this.fullNameAt(k)) === 'organization') return null;
    }
    const sentence = this.doc.sentences[tokenAt(this.doc, thing).sent]!;
    // ("The firm said it welcomed the ruling. It said ...": an "it" before the thing in its sentence already stands
    // for something, which the later "it" goes on with)
    for (let k = sentence.first; k < thing; k++) if (tokenAt(this.doc, k).lower === 'it' && tokenAt(this.doc, k).pos === 'PRON') return null;
    const d = thingDeterminer(this.doc, thing, sentence.first);
    const described = d < 0 ? null : makeMention(this.doc, d, thing + 1);
    if (described === null || described.kind !== 'description') return null;
    return this.entityNamed(described.name, kindOfDescription(this.doc, described));
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
      // "the company set aside $45 million for the plant, which it announced in July": the organisation
      // that is the subject of a clause before the relative clause the "it" opens, in its own sentence
      const clause = this.relativeClauseOrganization(m, own);
      if (clause !== null) return clause;
      const near = this.itSpeakerBefore(m);
      if (near !== undefined) return near;
      const thing = thingInSentenceBefore(this.doc, m);
      // ("The report also found ... It said", "Lee cited a memo. It says": with no organisation that sent it, the thing)
      if (thing >= 0) return this.senderOfThing(thing) ?? this.thingAt(m, own, thing);
      const subject = this.organizationSubjectBefore(m);
      if (subject !== null) return subject;
      const named = this.organizationNamedBefore(m, own, false);
      if (named !== null) return named;
    }
    const sent = tokenAt(this.doc, m.first).sent;
    // (the one mentioned last before the pronoun, not the one named first last: "Acme Bank said X. Harlow Council
    // said Y. Acme Bank said Z. It said W." is Acme Bank)
    // (the mentions of organisations and groups are read from the last given back, only as far as one may still
    // be later than the latest found: a long text of people and bodies stays linear; the one entered first in the
    // entities wins a tie)
    let nearest: Entity | null = null;
    let nearestAt = -1;
    let nearestMention: Mention | null = null;
    // ("it": a mention that starts before this sentence is too far back, and so is any before it)
    const far = !plural && sent - MAX_IT_SENTENCES >= 0 ? tokenAt(this.doc, this.doc.sentences[sent - MAX_IT_SENTENCES]!.first).start : -1;
    const settled = new Set<Entity>();
    for (let k = this.bodyLog.length - 1; k >= 0 && this.bodyLogMax[k]! >= nearestAt && this.bodyLogMax[k]! >= far; k--) {
      const { e, m: x } = this.bodyLog[k]!;
      // (its last mention before the pronoun: mentions are added as quotes are resolved, nearly in text order)
      if (x.start >= m.start || settled.has(e)) continue;
      settled.add(e);
      if (!((plural && e.kind === 'group') || e.kind === 'organization')) continue;
      if (x.start < nearestAt || (x.start === nearestAt && this.entityIndex.get(e)! > this.entityIndex.get(nearest!)!)) continue;
      nearest = e;
      nearestAt = x.start;
      nearestMention = x;
    }
    // ("it": not an organisation that last spoke many sentences back, "The Clean Power Plan is the tool to meet
    // the target it pledged" is no court that spoke at the top of the article; any other spoke further back still)
    if (nearest !== null && (plural || sent - tokenAt(this.doc, nearestMention!.first).sent <= MAX_IT_SENTENCES)) return nearest;
    // else an organisation (for it) or a group or organisation (for they) named in this sentence or the one before
    const named = this.organizationNamedBefore(m, own, plural);
    if (named !== null) return named;
    // ("Greenpeace said ... It added ...": a bare one-word name that spoke, as for "the company")
    if (plural) return this.groupSubjectBefore(m, own);
    // ("The Harbor Authority raised fees. Shares fell. It said ...": the organisation that is the latest subject a
    // few sentences back, with no other organisation named since)
    return this.bareCompany(m) ?? this.organizationSubjectFurther(m, own);
  }

  /**
   * For a speaking "it" that nothing nearer settles: the organisation that is
   * the subject of one of the {@link MAX_SUBJECT_SENTENCES} sentences before the
   * sentence before it (`The Harbor Authority raised fees on Monday. Shares
   * fell. It said ...`), the latest such subject, when no other organisation
   * is named between it and the "it" (the sentence before was read by
   * `organizationSubjectBefore` and `organizationNamedBefore`). Null
   * otherwise; names inside `own` (the quote's content) never are.
   */
  private organizationSubjectFurther(m: Mention, own: readonly Range[]): Entity | null {
    const sent = tokenAt(this.doc, m.first).sent;
    for (let s = sent - 2; s >= 0 && s >= sent - 1 - MAX_SUBJECT_SENTENCES; s--) {
      const sentence = this.doc.sentences[s]!;
      const subject = sentenceSubject(this.doc, sentence.first, sentence.last);
      if (subject !== null && !overlapsOwn(subject, own)) {
        let found: Entity | null = null;
        if (subject.kind === 'name' && kindOfName(this.honoredName(subject).name) === 'organization') found = this.nameEntity(subject);
        else if (subject.kind === 'description' && tokenAt(this.doc, subject.first).lower === 'the' && kindOfDescription(this.doc, subject) === 'organization') {
          found = this.describedOrganization(subject) ?? this.entityNamed(subject.name, 'organization');
        }
        if (found !== null) return this.otherOrganizationNamedAfter(subject, m, own) ? null : found;
      }
    }
    return null;
  }

  /** True when an organisation other than the subject `subject` is named after it and before `m`, outside `own`. */
  private otherOrganizationNamedAfter(subject: Mention, m: Mention, own: readonly Range[]): boolean {
    for (let k = this.nameIndex(m.start) - 1; k >= 0; k--) {
      const n = this.names[k]!;
      if (n.start < subject.end) break;
      if (own.some((r) => n.start >= r.start && n.end <= r.end) || isAddress(this.doc, n) || isNumbered(this.doc, n) || isHeading(this.doc, n)) continue;
      if (kindOfName(this.fullNameAt(k)) === 'organization') return true;
    }
    return false;
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
 * True when a name, as its lower-case words without a closing "." or ","
 * (`ws`), is a news outlet's: its last word is one of
 * {@link NEWS_OUTLET_WORDS} ("Reuters", "Daily Post", "Harlow Tribune"), or
 * it is "Associated Press".
 */
function isNewsOutlet(ws: readonly string[]): boolean {
  const last = ws.at(-1) ?? '';
  return NEWS_OUTLET_WORDS.has(last) || (last === 'press' && ws.includes('associated'));
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
