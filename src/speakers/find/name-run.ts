/**
 * Where the run of name words at the end of a phrase starts: particles, links,
 * "of" and "for" inside a body's name, a plural possessive in a name.
 * @internal
 */
import { FIRST_NAMES, NAME_PARTICLES, SAINT_WORDS } from '../../data/names.js';
import { IRREGULAR_PLURAL_OWNERS, GROUP_OF_HEADS, ORGANIZATION_FOR, ORGANIZATION_NOUNS, ORGANIZATION_OF } from '../../data/people.js';
import { NAME_SUFFIXES, TITLE_WORDS } from '../../data/titles.js';
import type { Doc, Token } from '../../prepare/document.js';
import { DASHES, articleAfterNameVerb, isNameToken, possessiveOpensName } from './name-tokens.js';
import { elidedArticleParticleStart, givenNameParticle, openingLinkHead } from './name-particles.js';
import { givenNameSyllable } from './name-marks.js';
import { tokenTitleKey } from './title-keys.js';
import { maybeToken, tokenAt } from '../../prepare/lookup.js';
import { ARTICLES } from '../../data/function-words.js';
import { startsUpper, startsUpperLower } from '../../prepare/case.js';

/**
 * True when token `k` is a bare apostrophe closing a capitalised plural and
 * opening the head of a body's name inside [`first`, `last`): "Leaders'
 * College", "Workers' Party" (a word of {@link ORGANIZATION_NOUNS} or
 * {@link ORGANIZATION_OF} right after it); not "Sanders' Campaign Manager".
 * So does the "'s" of a plural of {@link IRREGULAR_PLURAL_OWNERS} before a
 * body's name: "the Women's Tennis Association", "the People's Bank", and
 * that of a proper owner after "the": "The Alzheimer's Association".
 */
function pluralPossessiveInName(doc: Doc, k: number, first: number, last: number): boolean {
  if (k - 1 < first || k + 1 >= last) return false;
  const t = tokenAt(doc, k);
  const before = tokenAt(doc, k - 1);
  const after = tokenAt(doc, k + 1);
  // ("the Women's Tennis Association", "the People's Bank": a plural without "s" and its "'s", before a body's name)
  if ((t.lower === "'s" || t.lower === '’s') && t.pos === 'PART') {
    const head = tokenAt(doc, last - 1);
    // ("The Alzheimer's Association": a proper owner after an article, whose article goes with the body's head)
    const article = k - 2 >= first && tokenAt(doc, k - 2).lower === 'the' && before.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(before.value);
    // ("St. John's Hospital", "Saint Jude's Church": a saint owns the place named after them, fix96)
    const saint = k - 2 >= first && SAINT_WORDS.has(tokenAt(doc, k - 2).value) && /^\p{Lu}\p{Ll}/u.test(before.value);
    if (saint) return before.end === t.start && /^\p{Lu}\p{Ll}/u.test(after.value) && /^\p{Lu}/u.test(head.value);
    return before.end === t.start && (IRREGULAR_PLURAL_OWNERS.has(before.value) || article) && /^\p{Lu}\p{Ll}/u.test(after.value) && /^\p{Lu}/u.test(head.value) &&
      (ORGANIZATION_NOUNS.has(head.lower) || ORGANIZATION_NOUNS.has(after.lower) || ORGANIZATION_OF.has(after.lower));
  }
  if (t.value !== "'" && t.value !== '’') return false;
  return before.end === t.start && /^\p{Lu}\p{Ll}+s$/u.test(before.value) && /^\p{Lu}\p{Ll}/u.test(after.value) && (ORGANIZATION_NOUNS.has(after.lower) || ORGANIZATION_OF.has(after.lower));
}

/**
 * True when the "for" at token `k` joins the name of a body that speaks for a
 * cause ("Students for Clean Rivers", "Farmers for Clean Water"): a
 * capitalised plural name word before it, no title, and capitalised words
 * after it up to `last`, none of them a first name ("Attorneys for Ann Lee"
 * are the lawyers of a person).
 */
export function advocacyName(doc: Doc, k: number, last: number): boolean {
  if (tokenAt(doc, k).lower !== 'for' || k + 1 >= last || k - 1 < 0) return false;
  const before = tokenAt(doc, k - 1);
  if (!/^\p{Lu}\p{Ll}+s$/u.test(before.value) || /ss$/.test(before.value) || before.sent !== tokenAt(doc, k).sent || !isNameToken(before, doc) || TITLE_WORDS.has(tokenTitleKey(before))) return false;
  for (let j = k + 1; j < last; j++) {
    const t = tokenAt(doc, j);
    if (j === k + 1 && ARTICLES.has(t.value)) continue;
    if (!/^\p{Lu}/u.test(t.value) || FIRST_NAMES.has(t.lower) || TITLE_WORDS.has(tokenTitleKey(t))) return false;
  }
  return true;
}

/**
 * How many tokens ending at `k` join an organisation's head to the name after
 * it with "for" (2: "Club for", 3 with an article: "Campaign for a"), not
 * before `first`; 0 when there is no such link.
 */
function orgForSpan(doc: Doc, first: number, k: number): number {
  const span = ARTICLES.has(tokenAt(doc, k).value) ? 3 : 2;
  if (k - span + 1 < first || tokenAt(doc, k - span + 2).lower !== 'for') return 0;
  const head = tokenAt(doc, k - span + 1);
  return ORGANIZATION_FOR.has(head.lower) && /^\p{Lu}/u.test(head.value) ? span : 0;
}

/**
 * Where the run of name tokens that ends at `end` starts, not before `first`:
 * name tokens, suffixes, "of" inside an organisation's name, and periods,
 * ampersands and dashes inside the run.
 */
export function nameRunStart(doc: Doc, first: number, end: number, last: number): number {
  let nameStart = end;
  while (nameStart - 1 >= first) {
    const t = tokenAt(doc, nameStart - 1);
    // "of" inside an organisation's name: "the Federal Bureau of Mines", "Department of Energy"
    // (and a supporters' group inside a sentence: "The Friends of Hale Park said", as with "of the" below)
    const ofHead = nameStart - 2 >= first ? tokenAt(doc, nameStart - 2) : undefined;
    const orgOf = t.lower === 'of' && nameStart < last && ofHead !== undefined && /^\p{Lu}/u.test(ofHead.value) &&
      (ORGANIZATION_OF.has(ofHead.lower) || (GROUP_OF_HEADS.has(ofHead.lower) && ofHead.i > 0 && tokenAt(doc, ofHead.i - 1).sent === ofHead.sent));
    // (and "of the": "a group called Friends of the Pier", "the Bank of the West"; not opening a sentence, where
    // the capital tells nothing and the phrase stays a description)
    const head = nameStart - 3;
    if (t.value === 'the' && nameStart < last && head >= first && head > 0 && tokenAt(doc, head - 1).sent === tokenAt(doc, head).sent && tokenAt(doc, nameStart - 2).lower === 'of' && (ORGANIZATION_OF.has(tokenAt(doc, head).lower) || GROUP_OF_HEADS.has(tokenAt(doc, head).lower)) && /^\p{Lu}/u.test(tokenAt(doc, head).value)) {
      nameStart -= 2;
      continue;
    }
    // "the Club for Growth", "Campaign for a Fair Port": "for" after a capitalised organisation head, as in findNames
    const forHead = nameStart < last ? orgForSpan(doc, first, nameStart - 1) : 0;
    if (forHead > 0) {
      nameStart -= forHead;
      continue;
    }
    // a lower-case particle between name words, past further particles: "Omar bin Talal", "Anna van der Berg", "Luis de la Cruz"
    // (or opening a surname said alone, before its capitalised word: "van Dijk said", "de la Cruz said")
    const particle = (NAME_PARTICLES.has(t.lower) && nameStart < last && ((NAME_PARTICLES.has(t.value) && particleAfterName(doc, first, nameStart - 2)) || leadingParticle(doc, nameStart, end))) ||
      // ("Erik ten Hoven": a particle of GIVEN_NAME_PARTICLES right after a given name)
      (nameStart < last && nameStart - 2 >= first && givenNameParticle(doc, nameStart - 1)) ||
      // ("Sophie in 't Veld": a particle with the elided article, its mark and its "t", after a given name)
      (nameStart < last && elidedArticleParticleStart(doc, nameStart - 1) > first);
    // "Save the Harbor", "Save Our Pier": an article or possessive after a verb that opens a name ("a group called ...")
    // (the verb goes on too, whether or not it reads as a name by itself: "Save the Harbor said" opening a sentence)
    if (nameStart < last && nameStart - 2 >= first && articleAfterNameVerb(doc, nameStart - 1)) {
      nameStart -= 2;
      continue;
    }
    // "Leaders' College", "Workers' Party": a plural's apostrophe inside a body's name, before its head
    // (the plural goes with it, whatever it reads as alone: "Workers' Party" opening a sentence)
    if (pluralPossessiveInName(doc, nameStart - 1, first, last)) {
      nameStart -= 2;
      continue;
    }
    // ("Stand With Dover", "Friends Of The Pier": a capitalised preposition, conjunction or article inside a name)
    // ("Doctors Without Borders": the capitalised noun opening the sentence before such a preposition)
    const linkHead = nameStart < last && openingLinkHead(doc, nameStart - 1, nameStart) && capitalisedLink(doc, nameStart, first, last);
    // ("a group, Our Revolution, ...": a capitalised possessive inside a sentence opens a name, as in findNames)
    const inName = linkHead || capitalisedLink(doc, nameStart - 1, first, last) || isNameToken(t, doc) || (nameStart < last && possessiveOpensName(doc, t)) || givenNameSyllable(doc, nameStart - 1) || NAME_SUFFIXES.has(t.lower) || orgOf || particle || (t.lower === 'for' && advocacyName(doc, nameStart - 1, last)) || (ARTICLES.has(t.value) && nameStart - 2 >= first && advocacyName(doc, nameStart - 2, last)) || ((t.value === '.' || t.value === '&' || DASHES.has(t.value)) && nameStart < last);
    if (!inName) break;
    nameStart--;
  }
  return nameStart;
}

/**
 * True when a capitalised name word stands at `k`, past at most two lower-case
 * particles before it, not before `first`: the "Anna" of "Anna van der Berg".
 */
function particleAfterName(doc: Doc, first: number, k: number): boolean {
  let j = k;
  while (j >= first && j > k - 2 && NAME_PARTICLES.has(tokenAt(doc, j).value)) j--;
  return j >= first && isNameToken(tokenAt(doc, j), doc) && /^\p{Lu}/u.test(tokenAt(doc, j).value);
}

/**
 * True when the name run `[k, end)` opens with a capitalised word or with
 * another particle before one: the lower-case particle before `k` opens the
 * surname ("van Dijk", "de la Cruz").
 */
function leadingParticle(doc: Doc, k: number, end: number): boolean {
  let j = k;
  while (j < end && j < k + 2 && NAME_PARTICLES.has(tokenAt(doc, j).value)) j++;
  return j < end && /^\p{Lu}/u.test(tokenAt(doc, j).value) && isNameToken(tokenAt(doc, j), doc);
}

/**
 * True when token `k`, a capitalised preposition, conjunction or article
 * inside the phrase `[first, last)`, joins two capitalised words of one name
 * in a sentence written in sentence case: "a campaign named Stand With Dover
 * said", "Friends Of The Pier said". The lower-case verb after the phrase
 * tells a sentence from a title-case headline ("Analysts At Jefferies Say").
 */
export function capitalisedLink(doc: Doc, k: number, first: number, last: number): boolean {
  if (k <= first || k >= last - 1 || !linkWord(tokenAt(doc, k))) return false;
  const after = maybeToken(doc, last);
  if (after === undefined || after.sent !== tokenAt(doc, k).sent || !/^\p{Ll}/u.test(after.value)) return false;
  // (over other such words, "Friends Of The Pier": a name word before them, a capitalised word after)
  let before = k - 1;
  while (before > first && linkWord(tokenAt(doc, before))) before--;
  let next = k + 1;
  while (next < last - 1 && linkWord(tokenAt(doc, next))) next++;
  const head = tokenAt(doc, before);
  return (isNameToken(head, doc) || openingLinkHead(doc, before, k)) && startsUpper(tokenAt(doc, next).value);
}


/** True for a capitalised preposition, conjunction or article: "With", "Of", "The". */
function linkWord(t: Token): boolean {
  return /^(ADP|CCONJ|DET)$/.test(t.pos) && startsUpperLower(t.value);
}
