/**
 * A cue whose speaker is a relative "who" or "that" in the sentence's subject
 * (rule family `reported/cue-*`): whether the relative's bare clause is the
 * content or the subject's own words ({@link relativeWhoWithoutClause},
 * {@link subjectRelative}, {@link textThatSubject}), and where that clause
 * ends before the sentence's verb ({@link sentenceVerbAfterVerb}).
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { CueMatch, Mention } from '../candidate.js';
import { maybeToken, tokenAt } from '../../prepare/lookup.js';
import { CUE_VERBS } from '../../data/cues.js';
import { TIME_OR_MONTH_WORDS } from '../../data/time.js';
import { CLAUSE_FINAL_PRONOUNS, PASSIVE_BE_FORMS, PREDICATE_ADVERBS, WHO_THAT_RELATIVES } from '../../data/clauses.js';
import { PERSON_SUBJECT_PRONOUNS } from '../../data/pronouns.js';

/**
 * The number of verb groups in tokens `from` to `end - 1`, counted up to
 * `limit` (the caller only tells none, one and more apart, and a whole long
 * sentence after each relative "who" made counting them all quadratic):
 * auxiliaries and adverbs up to a verb ("would not fail"); a verb right after
 * a verb opens a new one ("would fail resigned").
 */
function verbGroups(doc: Doc, from: number, end: number, limit: number): number {
  let n = 0;
  let open = false;
  for (let k = from; k < end && n < limit; k++) {
    const t = tokenAt(doc, k);
    if (/^(VERB|AUX)$/.test(t.pos) && !(k > from && tokenAt(doc, k - 1).pos === 'DET')) {
      if (!open) n++;
      // (an auxiliary leaves the group open for its verb; a verb closes it)
      open = t.pos === 'AUX';
    } else if ((t.pos !== 'ADV' && t.pos !== 'PART') || predicateAdverb(doc, k)) open = false;
  }
  return n;
}

/**
 * True when token `k` is a word the tagger read as an adverb that stands as
 * the complement of the "be" right before it ({@link PREDICATE_ADVERBS}):
 * "would be late", "was ahead". It closes the verb group of "be".
 */
function predicateAdverb(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  return t.pos === 'ADV' && k > 0 && PREDICATE_ADVERBS.has(t.lower) && tokenAt(doc, k - 1).lemma === 'be';
}

/**
 * True when tokens `p` to `end - 1` hold a form of "be" with no verb after
 * it: "said the budget was their main worry ...", a clause of its own whose
 * sentence verb the tagger may have missed.
 */
function copulaClause(doc: Doc, p: number, end: number): boolean {
  for (let k = p; k < end; k++) {
    if (tokenAt(doc, k).lemma !== 'be') continue;
    let q = k + 1;
    while (q < end && /^(ADV|PART)$/.test(tokenAt(doc, q).pos)) q++;
    return q < end && !/^(VERB|AUX)$/.test(tokenAt(doc, q).pos);
  }
  return false;
}

/**
 * True when the speaker is a relative "who" or "that" whose bare clause, tokens
 * `p` to `end - 1`, holds no verb of its own: set off by a comma, a clause
 * with no verb at all ("Ellis, who wrote the bill, said ..." gives "the
 * bill"); inside the sentence's subject (no comma before it, no verb or comma
 * from `from` up to it, no comma after it), a clause with one verb group
 * only, the sentence's own ("The woman who wrote the bill resigned"; not "The
 * aide who said the plan would fail resigned", nor "Among those who said they
 * feared the floods, most ...").
 */
export function relativeWhoWithoutClause(doc: Doc, speaker: Mention, from: number, p: number, end: number): boolean {
  const rel = speaker.first;
  if (!isRelativeWho(doc, speaker)) return false;
  const groups = verbGroups(doc, p, end, 2);
  if (tokenAt(doc, rel - 1).value === ',') return groups === 0;
  if (!subjectRelative(doc, speaker, from)) return false;
  // (a clause that a comma ends, or that a subject pronoun opens, is the relative's own: "Among those who said they
  // feared the floods, most backed Vey")
  if (maybeToken(doc, end)?.value === ',' || PERSON_SUBJECT_PRONOUNS.has(tokenAt(doc, p).lower)) return false;
  return (groups < 2 && !copulaClause(doc, p, end)) || disagreeingVerb(doc, p, end);
}

/**
 * True when the first verb of tokens `p` to `end - 1` is a plain present in
 * its base form right after a singular noun, which cannot be its subject: the
 * noun is the relative clause's object and the verb the sentence's own
 * ("Critics who wrote the report say it was ignored").
 */
function disagreeingVerb(doc: Doc, p: number, end: number): boolean {
  let k = p;
  while (k < end && !/^(VERB|AUX)$/.test(tokenAt(doc, k).pos)) k++;
  if (k >= end || k - 1 <= p) return false;
  const t = tokenAt(doc, k);
  const noun = tokenAt(doc, k - 1);
  return t.pos === 'VERB' && t.lower === t.lemma && noun.pos === 'NOUN' && noun.lower === noun.lemma && !noun.lower.endsWith('s') && tokenAt(doc, p).pos === 'DET';
}

/**
 * True when the speaker is a relative "who" or "that" inside the sentence's
 * subject: no comma before it, no verb or comma from `from` up to it ("The
 * aide who said ...").
 */
export function subjectRelative(doc: Doc, speaker: Mention, from: number): boolean {
  if (!isRelativeWho(doc, speaker)) return false;
  for (let k = from; k < speaker.first; k++) if (/^(VERB|AUX)$/.test(tokenAt(doc, k).pos) || tokenAt(doc, k).value === ',') return false;
  return true;
}

/**
 * True when the speaker is a phrase that opens the sentence and is followed by
 * a relative "that" right before the cue, with no verb or comma in it: the
 * text of "The report that said ... was withdrawn", the sentence's subject.
 */
export function textThatSubject(doc: Doc, cue: CueMatch, speaker: Mention, from: number): boolean {
  if (speaker.antecedent || speaker.first !== from || speaker.last !== cue.first - 1 || tokenAt(doc, speaker.last).lower !== 'that') return false;
  for (let k = speaker.first; k < speaker.last; k++) if (/^(VERB|AUX)$/.test(tokenAt(doc, k).pos) || tokenAt(doc, k).value === ',') return false;
  return true;
}

/** True when the speaker is the one word "who" or "that", a relative pointing back. */
function isRelativeWho(doc: Doc, speaker: Mention): boolean {
  return speaker.first === speaker.last - 1 && WHO_THAT_RELATIVES.has(tokenAt(doc, speaker.first).lower);
}

/**
 * Where the bare clause of a relative in the sentence's subject, tokens `p` to
 * `end - 1`, ends: the clause's first verb group opens with an auxiliary ("the
 * plan would fail"), and a finite verb after it (an auxiliary, or a verb
 * neither in its base form nor a gerund), with only the group's object or
 * adjuncts between, is the sentence's own ("the plan would fail resigned on
 * Monday" ends before "resigned", "the tax would hurt farmers was withdrawn"
 * before "was"; not "would help build homes", nor after a verb that takes a
 * clause, "would say prices were high", unless that clause is read so too:
 * "the officials say it was ignored left" ends before "left"; `depth` counts
 * these clauses). Returns `end` when there is none.
 */
export function sentenceVerbAfterVerb(doc: Doc, p: number, end: number, depth = 0): number {
  let k = p;
  while (k < end && !/^(VERB|AUX)$/.test(tokenAt(doc, k).pos)) k++;
  if (k === p || k >= end) return end;
  // ("the officials say it was ignored left": a verb of saying opens a clause of its own, read the same way)
  if (tokenAt(doc, k).pos === 'VERB' && CUE_VERBS.has(tokenAt(doc, k).lemma) && depth < 1) return sentenceVerbAfterVerb(doc, k + 1, end, depth + 1);
  if (tokenAt(doc, k).pos !== 'AUX') return end;
  // (the group: auxiliaries and adverbs up to its verb, which closes it)
  while (k < end && /^(AUX|ADV|PART)$/.test(tokenAt(doc, k).pos) && !predicateAdverb(doc, k)) k++;
  // ("the squad was fit cut three players": an adjective after "be" the tagger read as a verb in its base form is
  // the complement itself, so a verb after it can be the sentence's)
  let complement = -1;
  if (k < end && tokenAt(doc, k).pos === 'VERB') {
    // (a stance verb after "be" is a plain passive, no clause opens after it: "the officials say it was backed left")
    const category = CUE_VERBS.get(tokenAt(doc, k).lemma);
    if (category !== undefined && category !== 'stance') return depth < 1 ? sentenceVerbAfterVerb(doc, k + 1, end, depth + 1) : end;
    if (misreadComplement(doc, k)) complement = k;
    k++;
  }
  if (complement < 0) complement = k;
  for (; k < end; k++) {
    const t = tokenAt(doc, k);
    if (t.pos === 'AUX' || (t.pos === 'VERB' && t.lower !== t.lemma && !t.lower.endsWith('ing'))) return k;
    if (k > complement && pastAfterComplement(doc, k, end)) return k;
    if (t.pos === 'VERB' ? CUE_VERBS.has(t.lemma) : !/^(NOUN|PROPN|ADJ|DET|NUM|ADP|ADV|PART)$/.test(t.pos) || t.lower === 'that') return end;
  }
  return end;
}

/**
 * Where the "that" clause of a relative in the sentence's subject, tokens `p`
 * to `end - 1`, ends when its first verb is a plain verb (no auxiliary, no
 * verb of saying): at a finite verb of saying after it (not in its base form,
 * nor a gerund, nor after an auxiliary or "to") with only the verb's object or
 * adjuncts between, the sentence's own ("who demanded that the depot shut its
 * gates said ..." ends before "said"; not "who insisted that the clerks heard
 * nothing"). Returns `end` when there is none.
 */
export function sentenceCueAfterThatClause(doc: Doc, p: number, end: number): number {
  let first = p;
  while (first < end && !/^(VERB|AUX)$/.test(tokenAt(doc, first).pos)) first++;
  if (first === p || first >= end || tokenAt(doc, first).pos !== 'VERB' || CUE_VERBS.has(tokenAt(doc, first).lemma)) return end;
  for (let k = first + 1; k < end; k++) {
    const t = tokenAt(doc, k);
    if (t.pos === 'VERB' && CUE_VERBS.has(t.lemma) && t.lower !== t.lemma && !t.lower.endsWith('ing')) {
      const prev = tokenAt(doc, k - 1);
      return prev.pos === 'AUX' || prev.pos === 'PART' || prev.lower === 'to' ? end : k;
    }
    if (!/^(NOUN|PROPN|ADJ|DET|NUM|ADP|ADV|PRON)$/.test(t.pos) || t.lower === 'that') return end;
  }
  return end;
}

/**
 * True when token `k`, right after the complement of the clause's "be" ("the
 * train was late", "the gates were open"), is a past form the tagger misread:
 * a verb whose past is its base ("quit", "cut") or an adjective in -ed
 * ("retired"), with nothing after it up to `end` but a time or place phrase
 * ("quit on Friday", "retired in May"): the sentence's own verb.
 */
function pastAfterComplement(doc: Doc, k: number, end: number): boolean {
  const t = tokenAt(doc, k);
  if (!(t.pos === 'VERB' && !t.lower.endsWith('ing') && !CUE_VERBS.has(t.lemma)) && !(t.pos === 'ADJ' && /ed$/.test(t.lower))) return false;
  if (!/^(ADJ|ADV)$/.test(tokenAt(doc, k - 1).pos) && !misreadComplement(doc, k - 1)) return false;
  // (or its object first: "cut three players in June", "hired a new coach", "shut it on Friday")
  let q = k + 1;
  const object = maybeToken(doc, q);
  if (t.pos === 'VERB' && q < end && object?.pos === 'PRON' && (object.lower === 'it' || CLAUSE_FINAL_PRONOUNS.has(object.lower))) q++;
  else if (t.pos === 'VERB' && q < end && /^(DET|NUM)$/.test(tokenAt(doc, q).pos)) {
    q++;
    while (q < end && /^(ADJ|NUM)$/.test(tokenAt(doc, q).pos)) q++;
    if (q >= end || tokenAt(doc, q).pos !== 'NOUN') return false;
    while (q < end && tokenAt(doc, q).pos === 'NOUN') q++;
  }
  if (q < end && tokenAt(doc, q).pos !== 'ADP' && !TIME_OR_MONTH_WORDS.has(tokenAt(doc, q).lower)) return false;
  for (; q < end; q++) if (!/^(ADP|DET|NOUN|PROPN|NUM|ADJ)$/.test(tokenAt(doc, q).pos)) return false;
  return true;
}

/**
 * True when token `k` is a "verb" in its base form right after a form of
 * "be" ("was fit", "were open"): an adjective the tagger misread, the
 * complement of the "be".
 */
function misreadComplement(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  return t.pos === 'VERB' && t.lower === t.lemma && !CUE_VERBS.has(t.lemma) && PASSIVE_BE_FORMS.has(tokenAt(doc, k - 1).lower);
}
