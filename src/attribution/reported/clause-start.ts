/**
 * Whether a clause (a subject and its finite verb) starts at a token, with
 * the tagger's misreadings this reads past (a noun in -s or -ed that is a
 * verb, a "verb" in -s that is a plural noun) and a relative clause inside the
 * subject; a gerund subject; a "that" before a plural noun's clause.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { isMarkToken, maybeToken, tokenAt } from '../../prepare/lookup.js';
import { ADJUNCT_END_TIME_NOUNS, TIME_WORDS } from '../../data/time.js';
import { CURRENCY_SIGNS } from '../../data/function-words.js';
import { FREQUENCY_CLAUSE_CUES, FREQUENCY_DETERMINERS, MISREAD_VERB_DETERMINERS, MISREAD_VERB_FREQUENCY, MISREAD_VERB_OBJECTS, MISREAD_VERB_PREPOSITIONS, NOUNS_IN_ED, QUANTIFIER_SUBJECTS } from '../../data/clauses.js';
import { CLAUSE_BREAK, SENTENCE_END as END } from '../../data/marks.js';

/** Parts of speech a clause's first word may have. */
const SUBJECT_START = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'ADV', 'SCONJ', 'ADP', 'CCONJ']);

/** True when a clause with a gerund subject starts at `p`: "legalizing it could put thousands to work". */
export function gerundClause(doc: Doc, p: number, limit: number): boolean {
  const t = maybeToken(doc, p);
  if (!t || t.pos !== 'VERB' || !/ing$/.test(t.lower)) return false;
  const next = maybeToken(doc, p + 1);
  return next !== undefined && /^(DET|PRON|NOUN|PROPN|ADJ|NUM|ADP)$/.test(next.pos) && clauseStartsAt(doc, p + 1, limit);
}

/** True when a clause (a subject and a finite verb) starts at `p`. */
export function clauseStartsAt(doc: Doc, p: number, limit: number): boolean {
  const first = maybeToken(doc, p);
  // a capitalised word inside a sentence that the tagger read as a verb is a name: "The Times said Cook provided ..."
  const name = first !== undefined && first.pos === 'VERB' && /^[A-Z][a-z]/.test(first.value) && tokenAt(doc, p - 1).sent === first.sent;
  // a "verb" in -s right before an auxiliary is a plural noun the tagger misread: "asked how ties would fare"
  const plural = first !== undefined && misreadPluralAt(doc, p);
  // "said $5 million was being sent": a currency sign before its number opens an amount
  const amount = first !== undefined && CURRENCY_SIGNS.has(first.value) && tokenAt(doc, p + 1).pos === 'NUM' && tokenAt(doc, p + 1).start === first.end;
  if (!first || (!SUBJECT_START.has(first.pos) && !name && !plural && !amount) || first.lower === 'to' || first.pos === 'CCONJ') return false;
  let sawSubject = false;
  for (let q = p; q < Math.min(limit, p + 25); q++) {
    const t = tokenAt(doc, q);
    // "each year of study yields a bump": a noun in -s after the subject and before a determiner is a verb the tagger misread
    if (sawSubject && q > p + 1 && misreadVerbAt(doc, q)) return true;
    // "said the family deserved better": a noun in -ed right after the subject's noun is a past tense the tagger misread
    if (sawSubject && q > p + 1 && misreadPastAt(doc, q)) return true;
    // "says customers order it even in July": a plain noun after a plural noun and before an object pronoun is a verb
    if (sawSubject && pluralThenVerbAt(doc, q)) return true;
    // "says the menu changes weekly": a noun after the subject's noun and before a word of frequency that ends the clause is a verb
    if (sawSubject && q > p && misreadVerbBeforeFrequency(doc, p, q)) return true;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM' || ((t.pos === 'ADJ' || t.pos === 'DET') && q === p) || (name && q === p) || (q === p && QUANTIFIER_SUBJECTS.has(t.lower))) sawSubject = true;
    // "the politics surrounding ...": a participle with words after it in its own sentence (never the next paragraph's)
    else if (t.pos === 'VERB' && sawSubject && /ing$/.test(t.lower) && tokenAt(doc, q + 1).sent === t.sent && tokenAt(doc, q + 1).pos !== 'PUNCT') continue;
    // a "verb" right after a determiner is a noun the tagger misread: "responsibility for the attacks"
    else if (t.pos === 'VERB' && q > p && tokenAt(doc, q - 1).pos === 'DET') sawSubject = true;
    else if (plural && q === p) sawSubject = true;
    else if ((t.pos === 'AUX' || t.pos === 'VERB') && sawSubject) return true;
    else if (t.pos === 'VERB' || t.pos === 'AUX') return false;
    // "the plan that he backed will fail": a relative clause after the subject's noun, then the main verb
    if (t.lower === 'that' && q > p && sawSubject && tokenAt(doc, q - 1).pos === 'NOUN' && relativeInSubject(doc, q, limit)) return true;
    // "that" opens a clause of its own, unless it is a determiner: "his vote for that plan is ..."
    if (END.has(t.value) || t.value === ';' || t.value === ':' || (t.lower === 'that' && q > p && !(t.pos === 'DET' && /^(NOUN|ADJ)$/.test(tokenAt(doc, q + 1).pos)))) return false;
  }
  return false;
}

/**
 * True when the lower-case noun at `q` in its base form (its lemma), right
 * after a lower-case plural noun (one the tagger lemmatised), stands before an object pronoun ({@link MISREAD_VERB_OBJECTS}):
 * a present-tense verb the tagger misread ("customers order it", "diners
 * love them").
 */
function pluralThenVerbAt(doc: Doc, q: number): boolean {
  const t = tokenAt(doc, q);
  const before = maybeToken(doc, q - 1);
  const next = maybeToken(doc, q + 1);
  // (the tagger's lemma tells a plural from a singular: "buyers access it", where "access" ends in -s as no plural does)
  return t.pos === 'NOUN' && /^\p{Ll}+$/u.test(t.value) && t.lemma === t.lower && before !== undefined && before.pos === 'NOUN' &&
    /^\p{Ll}+$/u.test(before.value) && before.lemma !== before.lower && next !== undefined && next.sent === t.sent && MISREAD_VERB_OBJECTS.has(next.lower);
}

/**
 * True when the lower-case noun at `q`, right after a lower-case noun, is a
 * present-tense verb the tagger misread because a word of frequency
 * ({@link MISREAD_VERB_FREQUENCY}) follows and ends the clause: a noun in -s
 * after any noun ("the menu changes weekly", "the river rises every spring"),
 * or a noun in its base form after a plural noun ("the rules change often").
 * The clause must end right after the frequency word ("every" and "each" with
 * their noun): a sentence end, a comma, a semicolon or "and"; and the clause at
 * `p` must follow a cue that reports clauses ({@link FREQUENCY_CLAUSE_CUES}),
 * right before it or before its "that" ("announced the job cuts every year"
 * keeps its object).
 */
function misreadVerbBeforeFrequency(doc: Doc, p: number, q: number): boolean {
  const cueAt = maybeToken(doc, p - 1)?.lower === 'that' ? p - 2 : p - 1;
  const cue = maybeToken(doc, cueAt);
  if (cue === undefined || cue.pos !== 'VERB' || !FREQUENCY_CLAUSE_CUES.has(cue.lemma)) return false;
  const t = tokenAt(doc, q);
  const before = maybeToken(doc, q - 1);
  const next = maybeToken(doc, q + 1);
  if (t.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(t.value) || before === undefined || before.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(before.value)) return false;
  if (next === undefined || next.sent !== t.sent || !MISREAD_VERB_FREQUENCY.has(next.lower)) return false;
  const third = /[^s]s$/.test(t.lower) && t.lemma !== t.lower;
  const base = t.lemma === t.lower && before.lemma !== before.lower;
  if (!third && !base) return false;
  // ("every" and "each" take their noun: "rises every spring")
  const takesNoun = FREQUENCY_DETERMINERS.has(next.lower);
  if (takesNoun && maybeToken(doc, q + 2)?.pos !== 'NOUN') return false;
  const after = maybeToken(doc, q + (takesNoun ? 3 : 2));
  return after === undefined || after.sent !== t.sent || END.has(after.value) || after.value === ',' || after.value === ';' || after.lower === 'and';
}

/**
 * True when the noun in -s at `q`, right after a noun, is a present-tense verb
 * the tagger misread: before a determiner ("each year of study yields a
 * bump") or before a preposition and a determiner or a name ("the movement
 * appeals to the young"). So is a lower-case past form in -ed
 * ({@link misreadPastAt}) after a noun and before a determiner ("his side
 * deserved a point").
 */
function misreadVerbAt(doc: Doc, q: number): boolean {
  const t = tokenAt(doc, q);
  if (misreadPastAt(doc, q) && /^\p{Ll}+$/u.test(t.value) && tokenAt(doc, q - 1).pos === 'NOUN' && MISREAD_VERB_DETERMINERS.has(tokenAt(doc, q + 1).lower)) return true;
  if (t.pos !== 'NOUN' || !/[^s]s$/.test(t.lower) || tokenAt(doc, q - 1).pos !== 'NOUN') return false;
  const next = tokenAt(doc, q + 1);
  if (MISREAD_VERB_DETERMINERS.has(next.lower)) return true;
  return MISREAD_VERB_PREPOSITIONS.has(next.lower) && (MISREAD_VERB_DETERMINERS.has(tokenAt(doc, q + 2).lower) || tokenAt(doc, q + 2).pos === 'PROPN');
}

/**
 * True when the "verb" in -s at `p`, in lower case, stands right before an
 * auxiliary or a modal: no finite verb does, so it is a plural noun the
 * tagger misread, the subject of the clause ("asked how ties would fare",
 * "said cuts are coming").
 */
function misreadPluralAt(doc: Doc, p: number): boolean {
  const t = tokenAt(doc, p);
  return t.pos === 'VERB' && /^[a-z]+[^s']s$/.test(t.value) && tokenAt(doc, p + 1).pos === 'AUX' && tokenAt(doc, p + 1).sent === t.sent;
}

/**
 * True when the noun in -ed at `q`, right after a noun or a name, is a
 * regular past tense the tagger misread ("said the Ames family deserved
 * better"): a word of six letters or more in -ed but not in -eed, and no
 * noun that merely ends so ("hundred").
 */
function misreadPastAt(doc: Doc, q: number): boolean {
  const t = tokenAt(doc, q);
  if (t.pos !== 'NOUN' || t.lower.length < 6 || !/[a-z][^e]ed$/.test(t.lower) || NOUNS_IN_ED.has(t.lower)) return false;
  const before = tokenAt(doc, q - 1).pos;
  return before === 'NOUN' || before === 'PROPN';
}

/**
 * True when the "that" at `k`, tagged a determiner, stands before a plural
 * noun and its finite verb: a determiner "that" takes no plural, so it opens a
 * clause, unless another verb follows a main verb right away (a relative
 * clause inside a subject) ("wrote on his page that migrants should go home", "told a town hall
 * in Dover, Delaware, that towns can pass such laws").
 */
export function thatBeforePluralClause(doc: Doc, k: number): boolean {
  const noun = tokenAt(doc, k + 1);
  const verb = tokenAt(doc, k + 2);
  // (a main verb right before another verb is a relative clause's: "the rules that towns passed were unfair")
  const after = tokenAt(doc, k + 3);
  return tokenAt(doc, k).lower === 'that' && noun.pos === 'NOUN' && /[^s]s$/.test(noun.lower) && noun.lemma !== noun.lower && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !/ing$/.test(verb.lower) && after.pos !== 'AUX' && after.pos !== 'VERB'));
}

/**
 * True when the "that" at `k` opens a relative clause inside a subject that
 * goes on to its main verb: "the levy that the council passed also hurts",
 * "the files that were lost held".
 */
export function relativeInSubject(doc: Doc, k: number, limit: number): boolean {
  // (a time word before "that" ends an adjunct, and the "that" opens the reported clause: "said on Tuesday that ...")
  const before = tokenAt(doc, k - 1);
  return k > 0 && before.pos === 'NOUN' && !TIME_WORDS.has(before.lower) && !ADJUNCT_END_TIME_NOUNS.has(before.lower) && verbAfterRelative(doc, k + 1, limit);
}

/** How far a relative clause inside a subject is read for the main verb after it, in tokens. */
const MAX_RELATIVE = 30;

/**
 * True when, from `from` (right after a relative "that"), the relative clause
 * and then the main verb follow before any punctuation. A relative clause
 * without a subject of its own ("that were hacked suggested", "that used to
 * be a tackle now draws") may have an object before the main verb; one with a
 * subject ("that Ada decries also makes") lacks its object, so the main verb
 * comes right after its verb group. One verb group alone is a noun phrase ("a
 * plan that would cut taxes"), and a full clause after the subject is a "that"
 * clause ("last week that she would run"). An -ing form opens no group.
 */
function verbAfterRelative(doc: Doc, from: number, limit: number): boolean {
  const isVerb = (q: number): boolean => {
    const t = tokenAt(doc, q);
    return t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower) && !/^\p{Lu}/u.test(t.value) && tokenAt(doc, q - 1).pos !== 'DET') || misreadVerbAt(doc, q);
  };
  const stops = (q: number): boolean => {
    const t = tokenAt(doc, q);
    return END.has(t.value) || CLAUSE_BREAK.test(t.value) || isMarkToken(t.value);
  };
  const end = Math.min(limit, from + MAX_RELATIVE);
  const inGroup = (q: number): boolean => isVerb(q) || /^(ADV|PART)$/.test(tokenAt(doc, q).pos) || (tokenAt(doc, q).pos === 'VERB' && !/^\p{Lu}/u.test(tokenAt(doc, q).value));
  let q = from;
  const gap = q < end && isVerb(q);
  // the relative clause's subject, when it has one
  while (q < end && !gap && !isVerb(q)) {
    if (stops(q)) return false;
    q++;
  }
  if (q >= end) return false;
  // its verb group; a finite verb right after a verb opens the next ("the files that were lost held ...")
  // (adverbs between: "the levy that the council passed also hurts")
  const groupStart = q;
  const afterVerb = (k: number): boolean => {
    let j = k - 1;
    while (j > groupStart && tokenAt(doc, j).pos === 'ADV') j--;
    return tokenAt(doc, j).pos === 'VERB';
  };
  while (q < end && inGroup(q) && !(q > groupStart && isVerb(q) && /^(VERB|AUX)$/.test(tokenAt(doc, q).pos) && afterVerb(q))) q++;
  if (!gap) {
    // the object is the gap: the main verb follows at once ("that Ada decries also makes")
    while (q < end && tokenAt(doc, q).pos === 'ADV') q++;
    return q < end && isVerb(q);
  }
  for (; q < end; q++) {
    if (stops(q)) return false;
    if (isVerb(q)) return true;
  }
  return false;
}
