/**
 * A verb with a particle that the tagger read as a noun: "as Lee points out",
 * "would likely point out" ({@link particleVerb}, one of the shapes of
 * `noun-tagged.ts`), and the bare clauses that may follow it or a mistagged
 * cue ({@link bareNounClause}).
 * @internal
 */
import type { Doc, Token } from '../prepare/document.js';
import { tokenAt } from '../prepare/lookup.js';
import { NOUN_TAGGED_PARTICLE_VERBS, PARTICLE_CLAUSE_OPENERS } from '../data/cues.js';
import { POSSESSIVES_AND_YOUR, TOPIC_QUESTION_WORDS } from '../data/clauses.js';

/** How many words the subject of a bare clause after a particle may have: "points out the city budget is balanced". */
const MAX_PARTICLE_SUBJECT = 6;

/**
 * True when a clause opens at `k`, in the sentence of the token before: a
 * subject (a pronoun, or a noun phrase with a noun, a bare noun plural) and
 * then a finite verb or auxiliary, an adverb allowed between ("the risk
 * remains high", "most voters never read it"); not "bonus points out west
 * were rare".
 */
function clauseAfterParticle(doc: Doc, k: number): boolean {
  const sent = tokenAt(doc, k - 1).sent;
  let subject = false;
  for (let q = k; q <= k + MAX_PARTICLE_SUBJECT; q++) {
    const w = tokenAt(doc, q);
    if (w.sent !== sent) return false;
    // (a singular noun with no determiner opens no subject: "bonus points out west were rare")
    if (w.pos === 'NOUN' && q === k && !/[^s]s$/.test(w.lower)) return false;
    if (w.pos === 'NOUN' || w.pos === 'PROPN' || (w.pos === 'PRON' && q === k)) subject = true;
    else if (!subject && /^(DET|ADJ|NUM)$/.test(w.pos)) continue;
    else if (subject && w.pos === 'ADV') continue;
    else return subject && (w.pos === 'AUX' || (w.pos === 'VERB' && !/ing$/.test(w.lower)));
  }
  return false;
}

/**
 * True when a clause with a bare noun subject opens at `k`, in the sentence of
 * the token before: nouns, adjectives and names, the last a noun, then a
 * finite verb or auxiliary ("company leaders had paid", "voters would
 * decide"); not "leaders of the party".
 */
export function bareNounClause(doc: Doc, k: number): boolean {
  const sent = tokenAt(doc, k - 1).sent;
  let q = k;
  while (q <= k + MAX_PARTICLE_SUBJECT && tokenAt(doc, q).sent === sent && /^(NOUN|ADJ|PROPN)$/.test(tokenAt(doc, q).pos)) q++;
  const head = tokenAt(doc, q - 1);
  const verb = tokenAt(doc, q);
  return q > k && head.pos === 'NOUN' && verb.sent === sent && (verb.pos === 'AUX' || (verb.pos === 'VERB' && verb.lower !== verb.lemma && !/ing$/.test(verb.lower)));
}

/** Words before a noun-tagged verb and its particle that make it a verb: a subject, an auxiliary, an adverb, "and", "to". */
const PARTICLE_VERB_BEFORE = new Set(['PROPN', 'NOUN', 'PRON', 'AUX', 'ADV', 'CCONJ', 'PART']);

/**
 * True for a verb of {@link NOUN_TAGGED_PARTICLE_VERBS} read as a noun right
 * before its particle: after a subject, an auxiliary, an adverb (one in -ly
 * read as an adjective too), "and" or "to" ("as Lee points out", "would likely
 * point out", "denies it and points out that"); not after a number, a
 * determiner or a possessive ("20 points out of 30", "a point out of"), nor
 * before "of".
 */
export function particleVerb(doc: Doc, t: Token): boolean {
  const particle = NOUN_TAGGED_PARTICLE_VERBS.get(t.lemma);
  if (particle === undefined || t.pos !== 'NOUN' || t.i === 0) return false;
  const before = tokenAt(doc, t.i - 1);
  const after = tokenAt(doc, t.i + 1);
  if (after.lower !== particle || after.sent !== t.sent || before.sent !== t.sent || tokenAt(doc, t.i + 2).lower === 'of') return false;
  if (POSSESSIVES_AND_YOUR.has(before.lower)) return false;
  // a common noun before "points out" may make a compound ("bonus points out west"): only "that", a comma, a
  // colon, the sentence's end or a clause after the particle ("The mayor points out the budget is balanced",
  // "... points out how it was done")
  const next = tokenAt(doc, t.i + 2);
  if (before.pos === 'NOUN' && !(PARTICLE_CLAUSE_OPENERS.has(next.lower) || next.sent !== t.sent || clauseAfterParticle(doc, t.i + 2) || (TOPIC_QUESTION_WORDS.has(next.lower) && clauseAfterParticle(doc, t.i + 3)))) return false;
  return PARTICLE_VERB_BEFORE.has(before.pos) || (before.pos === 'ADJ' && /ly$/.test(before.lower));
}
