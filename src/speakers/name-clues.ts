/**
 * Speaker resolution, clues about names: whether a name is a person a
 * pronoun may stand for (not a common word, a title's tail, a headline's
 * words, a name in an address), its gender (known speakers, honorifics,
 * first names), and whether it is its sentence's subject. The third layer of
 * the `SpeakerResolver`, on the entity registry (`entity-registry.ts`);
 * the word tests of single names live in `not-antecedent.ts`.
 * @internal
 */
import type { Doc, Token } from '../prepare/document.js';
import { COLON_LABELS } from '../data/cues.js';
import type { Mention } from './shape.js';
import type { Range } from '../prepare/range.js';
import type { Segment } from '../prepare/token.js';
import { FIRST_NAMES } from '../data/names.js';
import { isPlaceName, kindOfTitledName } from './kinds.js';
import { isMarkToken, maybeToken, tokenAt, tokenCount } from '../prepare/lookup.js';
import { NAME_LINK_PREPOSITIONS } from '../data/function-words.js';
import { JOINED_TITLE_HEADS } from '../data/people.js';
import { type Gender, firstNameGender, genderOf, honorificGender, kinGender } from './gender.js';
import { lastWord } from './name-words.js';
import { describesPlace } from './places.js';
import { headlineParagraph, isAddress, isAffiliation, isAppositiveOwner, isBarePossessive, isBracketedName, isHeading, isInTitle, isNamedThing, isNumbered, isOpeningWord, isPlaceWord, isTheFamily, isTheName, isWordPart } from './not-antecedent.js';
import { EntityRegistry } from './entity-registry.js';
import { isAppositiveModifier } from './appositive-modifier.js';
import { isTitledFullName } from './find/headline-person.js';
import { startsLower } from '../prepare/case.js';

/**
 * True for a verb written in lower case: a capitalised word right next to one
 * inside a sentence is a surname ("praised Marsh"), unlike one next to a
 * headline's capitalised verb ("Harbour Safety Inadequate").
 */
function isLowerVerb(t: Token): boolean {
  return (t.pos === 'VERB' || t.pos === 'AUX') && /^\p{Ll}/u.test(t.value);
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
  /**
   * True when it modifies the role of an appositive after the name before it
   * ("Tom Hale, director of the Harbor Trust,": see {@link isAppositiveModifier}):
   * a pronoun of that person's gender skips it when it has no gender of its own.
   */
  readonly modifier: boolean;
}

/** The third layer of the `SpeakerResolver`: what the text tells about each name a pronoun or a description looks back at. */
export abstract class NameClues extends EntityRegistry {
  /** {@link pronounFacts} by name index, filled as pronouns look back. */
  private readonly forPronouns: (PronounFacts | undefined)[] = Array.from({ length: this.names.length });
  /** What never changes about name `k` when a pronoun looks back at it. */
  protected pronounFacts(k: number): PronounFacts {
    let facts = this.forPronouns[k];
    if (facts === undefined) {
      const n = this.names[k]!;
      const skip = describesPlace(this.doc, n, this.bySurname) || isAddress(this.doc, n) || isWordPart(this.doc, n) || isNumbered(this.doc, n) || isHeading(this.doc, n) || isBarePossessive(this.doc, n) || isTheFamily(this.doc, n) || isTheName(this.doc, n) || isNamedThing(this.doc, n) || isInTitle(this.doc, n) || this.isTitleTail(n) || this.isJoinedTail(n) || isAffiliation(this.doc, n, this.names[k - 1]) || isBracketedName(this.doc, n);
      const { name, source } = this.honoredName(n);
      // ("Mayor Don Guardian": a title before the name tells a person's name from a body's)
      const person = !skip && kindOfTitledName(name, [...n.titles, ...(source?.titles ?? [])]) === 'person';
      const key = this.lowerName(name);
      const owner = isAppositiveOwner(this.doc, n, this.names[k - 1]);
      const gender = person ? this.knownByName.get(key)?.gender ?? genderOf(n) ?? this.fullGender(name) ?? this.honoredGender(key) ?? kinGender(this.doc, n) : undefined;
      const modifier = person && isAppositiveModifier(this.doc, n, this.names[k - 1]);
      facts = { skip, person, key, gender, owner, modifier };
      this.forPronouns[k] = facts;
    }
    return facts;
  }

  /** True when name `k` is a person that a pronoun may stand for, outside `own` (see {@link PronounFacts}). */
  protected mayStandFor(k: number, own: readonly Range[]): boolean {
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
   * stands for; "Reed" of "Reed Quits", with "Tom Reed resigned" below, is,
   * and so is a title's holder named in full ({@link isTitledFullName}).
   */
  private isHeadlineOnly(k: number): boolean {
    const headline = headlineParagraph(this.doc);
    if (headline < 0 || tokenAt(this.doc, this.names[k]!.first).para !== headline) return false;
    // (a title's holder named in full is a person all the same: "Admiral Tessa Holm" of "Admiral Tessa Holm Speaks Out")
    if (isTitledFullName(this.doc, this.names[k]!)) return false;
    // (the body's last words are read once per document, not once per pronoun that looks back at the headline)
    if (this.bodyLastWords === undefined) {
      this.bodyLastWords = new Set();
      for (const n of this.names) if (tokenAt(this.doc, n.first).para !== headline) this.bodyLastWords.add(lastWord(n.name));
    }
    return !this.bodyLastWords.has(lastWord(this.names[k]!.name));
  }

  /** The last words of the names outside the headline ({@link isHeadlineOnly}), once asked. */
  private bodyLastWords: Set<string> | undefined = undefined;

  /** The gender of name `k` from its entity, the known speakers, its honorific or its first name, if any. */
  protected knownGender(k: number): Gender {
    const facts = this.pronounFacts(k);
    return this.byName.get(facts.key)?.gender ?? facts.gender;
  }

  /** True when name `k` may be of gender `wanted`: no gender is wanted, or its own is that or unknown. */
  protected fitsGender(k: number, wanted: Gender): boolean {
    if (!wanted) return true;
    const facts = this.pronounFacts(k);
    const gender = this.byName.get(facts.key)?.gender ?? facts.gender;
    return !gender || gender === wanted;
  }

  /**
   * True for one word that ends a capitalised title after "of", "on" or
   * "for" ("the Office of Ports and Harbours" is read up to "Budget", "the
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

  /** True for a one-word capitalised description that is the surname of a full name in the document ("King"). */
  protected isBareSurname(m: Mention): boolean {
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
  protected isOpeningCommon(n: Mention): boolean {
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
  protected isCommonWord(n: Mention): boolean {
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
   * What {@link isSubject} reads of a sentence from a start token on (the
   * sentence's first token, or the one after its label), keyed by that start:
   * where the first verb outside quotation marks stands, and before it the
   * first verb inside them and the first word outside them that no noun
   * phrase holds (each one past the sentence's end when there is none).
   * Worked out once per start, so that each name of a long sentence with no
   * verb does not walk the sentence again.
   */
  private subjectScans = new Map<number, { readonly verb: number; readonly quotedVerb: number; readonly word: number }>();

  /** The scan of {@link subjectScans} from token `from` to the end of sentence `sentence` (or its first verb outside quotation marks). */
  private subjectScan(from: number, sentence: Segment): { readonly verb: number; readonly quotedVerb: number; readonly word: number } {
    let scan = this.subjectScans.get(from);
    if (scan === undefined) {
      let quotedVerb = sentence.last;
      let word = sentence.last;
      let verbAt = sentence.last;
      for (let k = from; k < sentence.last; k++) {
        const t = tokenAt(this.doc, k);
        const verb = t.pos === 'VERB' || t.pos === 'AUX';
        if (this.quoted[k] === 1) {
          if (verb && quotedVerb === sentence.last) quotedVerb = k;
          continue;
        }
        if (verb) {
          verbAt = k;
          break;
        }
        // the words of a noun phrase may stand between ('"...," Hale campaign chief Ann Lee said'), no other word
        if (word === sentence.last && !/^\p{P}+$/u.test(t.value) && !/^(NOUN|PROPN|ADJ|DET|NUM|PART|PUNCT)$/.test(t.pos)) word = k;
      }
      scan = { verb: verbAt, quotedVerb, word };
      this.subjectScans.set(from, scan);
    }
    return scan;
  }

  /**
   * True when no verb stands before the name in its sentence, or only the verbs of a quotation
   * the name follows right after: it is (part of) the subject.
   */
  protected isSubject(n: Mention): boolean {
    const sentence = this.doc.sentences[tokenAt(this.doc, n.first).sent];
    if (!sentence) return false;
    // '"We will win," Ann Lee said.': the verbs of a quotation that the name's noun phrase follows right after are
    // not the name's (with other words between, '"It will rain" for Ann Lee, said Tom Hale.', they still count)
    const scan = this.subjectScan(labelEnd(this.doc, sentence.first, n.first), sentence);
    if (scan.verb < n.first) return false;
    return scan.quotedVerb >= n.first || scan.word >= n.first;
  }

  /**
   * True for a lone capitalised word that opens a sentence, is followed by a
   * word of its own phrase and is never named again ("Absent a deal, ...",
   * "Narcissists love ..."), nor an alias: the tagger's proper noun, not a person.
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
    // (nor a nickname a full name gave, or a known speaker's alias: 'Savannah "Sav" Delacourt ... Sav later thanked fans')
    return opens && !this.bySurname.has(key) && !FIRST_NAMES.has(key) && !this.byName.has(key) && !this.aliases.has(key) && (this.counts.get(key) ?? 0) < 2;
  }

  /** The gender honorifics give each full name (lower-cased), worked out once. */
  private honoredGenders: Map<string, Gender> | undefined = undefined;

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

  /** The gender of a full name's first name, if any. */
  private fullGender(name: string): Gender {
    return firstNameGender(name);
  }
}

/** Most tokens of a label before its colon at a sentence's start: "Update (11:52 pm):". */
const MAX_LABEL = 7;

/**
 * Where a sentence opening at token `first` starts after a label such as
 * "Update:" or "Update (11:52 pm):" ({@link COLON_LABELS}), before token
 * `before`: the token after the colon; `first` when there is no label. A live
 * blog's "Update: Riley has conceded." has Riley for subject.
 */
function labelEnd(doc: Doc, first: number, before: number): number {
  if (!COLON_LABELS.has(tokenAt(doc, first).lower)) return first;
  for (let k = first + 1; k < Math.min(before, first + MAX_LABEL); k++) if (tokenAt(doc, k).value === ':') return k + 1;
  return first;
}
