/**
 * Where a noun-phrase content gives way to a clause of the narrator's own:
 * after "and" or "but", a new subject and its own verb (`Ms. Varga criticized
 * the toll and the council has delayed a vote`, `praised the mayor and Tom
 * Reyes said ...`). The object ("the toll") ends before the conjunction. The
 * subject is short and plain, so a noun phrase that goes on is left whole:
 * `the plan and its supporters`, `the war and the money it cost`, `the plan
 * and the money spent by the city` (a participle before "by" is no verb of
 * its own).
 * @internal
 */
import type { ReportedContext } from './shared.js';
import { maybeToken, tokenAt } from '../../prepare/lookup.js';
import { SECOND_CLAUSE_PRONOUNS } from '../../data/pronouns.js';
import { POSSESSIVES_AND_YOUR } from '../../data/clauses.js';
import { SECOND_CLAUSE_CONJUNCTIONS } from '../../data/function-words.js';
import { NOUN_MODIFIER_TAGS } from '../../data/tags.js';

/** Most words of a name or of a noun phrase after its determiner, as a new clause's subject. */
const MAX_SUBJECT_WORDS = 4;
/** Parts of speech after a subject's determiner: "the city council", "her two aides". */
const SUBJECT_NOUN_POS: ReadonlySet<string> = NOUN_MODIFIER_TAGS;

/**
 * One past the subject that opens at token `k`: a subject pronoun ("she"), a
 * run of names ("Tom Reyes", "Sen. Ada Moss"), or a determiner or possessive
 * and a few adjectives and nouns, at least one a noun ("the council", "her
 * aides"); -1 when none does or a token is quoted.
 */
function subjectEnd(ctx: ReportedContext, k: number, limit: number): number {
  const { doc } = ctx;
  const first = maybeToken(doc, k);
  if (!first || k >= limit || ctx.quoted[k]) return -1;
  if (SECOND_CLAUSE_PRONOUNS.has(first.lower) && first.pos === 'PRON') return k + 1;
  let q = k;
  if (first.pos === 'PROPN') {
    while (q < limit && q - k < MAX_SUBJECT_WORDS && !ctx.quoted[q] && tokenAt(doc, q).pos === 'PROPN') q++;
    return q;
  }
  if (first.pos !== 'DET' && !POSSESSIVES_AND_YOUR.has(first.lower)) return -1;
  q = k + 1;
  let noun = false;
  while (q < limit && q - k <= MAX_SUBJECT_WORDS && !ctx.quoted[q] && SUBJECT_NOUN_POS.has(tokenAt(doc, q).pos)) {
    if (/^(NOUN|PROPN)$/.test(tokenAt(doc, q).pos)) noun = true;
    q++;
  }
  return noun ? q : -1;
}

/**
 * True when the token at `k` is "and" or "but", outside quotation marks, and a
 * clause of its own follows before `limit`: a subject (see subjectEnd), at
 * most one adverb, and a verb that is not a participle in -ing, not a
 * possessive "'s" the tagger read as "is", not capitalised (a name the tagger
 * read as a verb: "the Care Act"), and, after a
 * noun phrase or a name, not followed by a preposition or "by" (a participle:
 * "the expenses associated with", "the money spent by the city"). Never after
 * a cue in -ing (`participleCue`): its object sits inside the sentence's
 * subject, whose own verb follows ("The groups backing Ada Moss and Tom
 * Reyes paid ...").
 */
export function ownClauseAfter(ctx: ReportedContext, k: number, limit: number, participleCue: boolean): boolean {
  const { doc } = ctx;
  const t = maybeToken(doc, k);
  if (participleCue || !t || ctx.quoted[k] || t.pos !== 'CCONJ' || !SECOND_CLAUSE_CONJUNCTIONS.has(t.lower)) return false;
  // ("when she and Mr. Orr were on the council": after a subject pronoun the conjunction joins two subjects)
  if (SECOND_CLAUSE_PRONOUNS.has(tokenAt(doc, k - 1).lower) && tokenAt(doc, k - 1).pos === 'PRON') return false;
  const subjectStop = subjectEnd(ctx, k + 1, limit);
  if (subjectStop < 0) return false;
  const pronoun = subjectStop === k + 2 && tokenAt(doc, k + 1).pos === 'PRON';
  let v = subjectStop;
  if (v < limit && tokenAt(doc, v).pos === 'ADV') v++;
  const verb = maybeToken(doc, v);
  // (a capitalised "verb" is a name the tagger misread: "the Care Act")
  if (!verb || v >= limit || ctx.quoted[v] || /^['\u2019]s$/.test(verb.lower) || /^\p{Lu}/u.test(verb.value)) return false;
  if (verb.pos === 'AUX') return true;
  const next = maybeToken(doc, v + 1);
  return verb.pos === 'VERB' && !/ing$/.test(verb.lower) && next?.lower !== 'by' && (pronoun || next?.pos !== 'ADP');
}
