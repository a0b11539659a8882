/**
 * Particles and links at the opening of a name: an article elided into a
 * particle, a given name's particle, a link word after an opening capital.
 * @internal
 */
import { ELIDED_ARTICLE_PARTICLES, GIVEN_NAME_PARTICLES } from '../../data/names.js';
import { DAY_OR_MONTH } from '../../data/time.js';
import type { Doc } from '../../prepare/document.js';
import { maybeToken, tokenAt } from '../../prepare/lookup.js';
import { isPlaceName } from '../kinds.js';
import { startsUpperLower } from '../../prepare/case.js';
import { isNameToken } from './name-tokens.js';

/**
 * True when token `j`, a capitalised noun opening its sentence (which alone
 * would read as a person noun), stands right before the capitalised
 * preposition at `k` that joins it to the rest of a name: "Doctors" in
 * "Doctors Without Borders said". Not before an article: "Friends Of The
 * Pier" reads whole as a description already, and as a name its inner "The"
 * would cut it to "Pier".
 */
export function openingLinkHead(doc: Doc, j: number, k: number): boolean {
  const head = tokenAt(doc, j);
  const next = maybeToken(doc, k + 1);
  return k === j + 1 && tokenAt(doc, k).pos === 'ADP' && /^(NOUN|PROPN)$/.test(head.pos) && startsUpperLower(head.value) && (j === 0 || tokenAt(doc, j - 1).sent !== head.sent) &&
    !(next !== undefined && next.pos === 'DET' && next.sent === head.sent);
}

/**
 * True when token `k` is a particle of {@link GIVEN_NAME_PARTICLES} inside a
 * person's name: after a capitalised name word that is no day, month or
 * place ("Erik ten Hoven", "Marc-Andre ter Brugge") and before a
 * capitalised name word of its sentence that is no plural ("On Tuesday ten
 * Republicans", "Iowa ten Democrats" are no names).
 */
export function givenNameParticle(doc: Doc, k: number): boolean {
  const t = maybeToken(doc, k);
  const before = maybeToken(doc, k - 1);
  const after = maybeToken(doc, k + 1);
  if (t === undefined || before === undefined || after === undefined || !GIVEN_NAME_PARTICLES.has(t.value)) return false;
  if (before.sent !== t.sent || after.sent !== t.sent || !/^\p{Lu}/u.test(before.value) || !/^\p{Lu}\p{Ll}/u.test(after.value)) return false;
  if (!isNameToken(before, doc) || DAY_OR_MONTH.has(before.lower) || isPlaceName(before.value)) return false;
  return isNameToken(after, doc) && !/s$/.test(after.value);
}

/**
 * True when token `s` is a capitalised particle of
 * {@link ELIDED_ARTICLE_PARTICLES} opening its sentence, followed by the elided
 * article "'t" (mark glued to "t") and a capitalised name word: a surname said
 * alone at a sentence's start ("In 't Veld said", "Op ’t Hof said").
 */
export function openingElidedArticleParticle(doc: Doc, s: number): boolean {
  const opener = maybeToken(doc, s);
  const mark = maybeToken(doc, s + 1);
  const t = maybeToken(doc, s + 2);
  const after = maybeToken(doc, s + 3);
  if (opener === undefined || mark === undefined || t === undefined || after === undefined) return false;
  if (!/^\p{Lu}/u.test(opener.value) || !ELIDED_ARTICLE_PARTICLES.has(opener.lower) || doc.sentences[opener.sent]!.first !== s) return false;
  if (!/^['’]$/u.test(mark.value) || t.value !== 't' || mark.end !== t.start || t.end === after.start || after.sent !== opener.sent) return false;
  return /^\p{Lu}\p{Ll}/u.test(after.value) && isNameToken(after, doc);
}

/**
 * The first token of a Dutch particle with the elided article "'t" ("in 't",
 * "van 't": {@link ELIDED_ARTICLE_PARTICLES}, a quotation mark glued to a
 * "t") that token `k` is part of, between a capitalised name word and a
 * capitalised name word of its sentence ("Sophie in 't Veld"); else -1.
 */
export function elidedArticleParticleStart(doc: Doc, k: number): number {
  for (let s = k; s >= k - 2 && s >= 1; s--) {
    const opener = maybeToken(doc, s);
    const mark = maybeToken(doc, s + 1);
    const t = maybeToken(doc, s + 2);
    const after = maybeToken(doc, s + 3);
    if (opener === undefined || mark === undefined || t === undefined || after === undefined || !ELIDED_ARTICLE_PARTICLES.has(opener.value)) continue;
    if (!/^['’]$/u.test(mark.value) || t.value !== 't' || mark.end !== t.start || t.end === after.start) continue;
    const before = tokenAt(doc, s - 1);
    if (before.sent !== opener.sent || after.sent !== opener.sent || !/^\p{Lu}/u.test(before.value) || !/^\p{Lu}\p{Ll}/u.test(after.value)) continue;
    if (isNameToken(before, doc) && isNameToken(after, doc)) return s;
  }
  return -1;
}
