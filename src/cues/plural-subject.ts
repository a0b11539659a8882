/**
 * A verb of saying or promising in its base form that the tagger read as a
 * noun after a plural subject: "Candidates promise they will stand by the
 * plan", "Mayors vow to fight the levy", "Voters say the plan is fair".
 * @internal
 */
import type { Doc, Token } from '../prepare/document.js';
import { maybeToken, tokenAt } from '../prepare/lookup.js';
import { PLURAL_SUBJECT_NOUN_TAGGED_VERBS, SINGULAR_DETERMINERS } from '../data/cues.js';
import { POSSESSIVES_AND_YOUR } from '../data/clauses.js';
import { SUBJECT_PRONOUNS } from '../data/function-words.js';
import { NOUN_MODIFIER_TAGS, NOUN_OPENING_TAGS } from '../data/tags.js';

/** How many words the subject before the verb may have: "The state party chairs". */
const MAX_SUBJECT = 5;
/** How many words the subject of the clause after "that" or bare may have: "the new toll". */
const MAX_CLAUSE_SUBJECT = 5;

/**
 * True when `t`, a base form of {@link PLURAL_SUBJECT_NOUN_TAGGED_VERBS}
 * tagged as a noun, follows a plural noun that opens no compound with it (its
 * noun phrase starts the sentence or follows a comma or conjunction, no
 * determiner of one thing and no possessive in it) and comes before a clause:
 * a subject pronoun and its verb ("promise they will"), "to" and a verb ("vow
 * to fight"), "that" and a subject, or a noun phrase and its verb ("say the
 * plan is fair"). Not "the promise they made", "a campaign promise to cut
 * taxes", "the workers' say in the matter".
 */
export function pluralSubjectVerb(doc: Doc, t: Token): boolean {
  if (t.pos !== 'NOUN' || t.lower !== t.lemma || !PLURAL_SUBJECT_NOUN_TAGGED_VERBS.has(t.lower) || t.i === 0) return false;
  const before = tokenAt(doc, t.i - 1);
  if (before.sent !== t.sent || !/^(NOUN|PROPN)$/.test(before.pos) || !/[^s']s$/.test(before.lower)) return false;
  if (!subjectOpens(doc, t.i - 1)) return false;
  return clauseAfter(doc, t.i + 1, t.sent);
}

/** True when the noun phrase ending at `k` opens its clause: at the sentence's start, after a comma or a conjunction. */
function subjectOpens(doc: Doc, k: number): boolean {
  const sent = tokenAt(doc, k).sent;
  for (let j = k - 1; j >= k - MAX_SUBJECT; j--) {
    const w = maybeToken(doc, j);
    if (w === undefined || w.sent !== sent || w.value === ',' || w.pos === 'CCONJ') return true;
    if (SINGULAR_DETERMINERS.has(w.lower) || POSSESSIVES_AND_YOUR.has(w.lower)) return false;
    if (!NOUN_OPENING_TAGS.has(w.pos)) return false;
  }
  return false;
}

/** True when a clause opens at `k`, in sentence `sent` (see {@link pluralSubjectVerb}). */
function clauseAfter(doc: Doc, k: number, sent: number): boolean {
  const first = maybeToken(doc, k);
  if (first === undefined || first.sent !== sent) return false;
  if (first.lower === 'to') return maybeToken(doc, k + 1)?.pos === 'VERB';
  const from = first.lower === 'that' ? k + 1 : k;
  const opener = tokenAt(doc, from);
  if (SUBJECT_PRONOUNS.has(opener.lower)) return finite(tokenAt(doc, from + 1), sent);
  if (opener.pos !== 'DET' && !(first.lower === 'that' && /^(NOUN|PROPN|ADJ)$/.test(opener.pos))) return false;
  for (let q = from + 1; q <= from + MAX_CLAUSE_SUBJECT; q++) {
    const w = tokenAt(doc, q);
    if (w.sent !== sent) return false;
    if (NOUN_MODIFIER_TAGS.has(w.pos)) continue;
    return q > from + 1 && finite(w, sent);
  }
  return false;
}

/** True when `w`, of sentence `sent`, is an auxiliary or a finite verb that is no participle in -ing. */
function finite(w: Token, sent: number): boolean {
  return w.sent === sent && (w.pos === 'AUX' || (w.pos === 'VERB' && !/ing$/.test(w.lower)));
}
