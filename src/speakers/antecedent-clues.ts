/**
 * Clues over the document alone that speaker resolution reads for a
 * pronoun's antecedent: the kind a description stands for, the described
 * subject of a possessive's clause, a possessive owned by the subject name
 * before it, the writer as a subject, a personal pronoun in a stretch.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Mention } from './shape.js';
import type { Range } from '../prepare/range.js';
import type { SpeakerKind } from '../types.js';
import { PRONOUNS, CLAUSE_OWNER_POSSESSIVES } from '../data/pronouns.js';
import { BARE_QUANTIFIERS } from '../data/function-words.js';
import { GROUP_KIND_NOUNS, KEEP_POSITION_VERBS, ORGANIZATION_KIND_NOUNS, QUALIFIED_ORGANIZATION_HEADS, WRITER_NOUNS } from '../data/people.js';
import { CIRCUMSTANCE_OPENERS, THIRD_POSSESSIVES } from '../data/clauses.js';
import { speakerBefore } from './find/before/speaker-before.js';
import { verbGroupStart } from './find/verb-group.js';
import { kindOfHead } from './kinds.js';
import { maybeToken, tokenAt } from '../prepare/lookup.js';

/**
 * The kind of speaker a description stands for, by its head noun: a person,
 * a group (a quantifier, a plural of a person's or a body's noun), an
 * organization (also a head named one only after its qualifier: "the school
 * district"), or unknown.
 */
export function kindOfDescription(doc: Doc, m: Mention): SpeakerKind {
  const t = tokenAt(doc, m.head ?? m.last - 1);
  const head = t.lower;
  // "Others said", "Most of those the board polled said": a quantifier heading a description stands for the people it counts
  if (BARE_QUANTIFIERS.has(head)) return 'group';
  const kind = kindOfHead(head);
  if (kind !== 'unknown') return kind;
  if (GROUP_KIND_NOUNS.has(head)) return 'group';
  if (ORGANIZATION_KIND_NOUNS.has(head)) return 'organization';
  // "The school district said ... It said": a head that names a body only after its qualifier, inside the mention
  const headAt = m.head ?? m.last - 1;
  const qualifier = headAt > m.first ? tokenAt(doc, headAt - 1).lower : undefined;
  if (qualifier !== undefined && QUALIFIED_ORGANIZATION_HEADS.get(head)?.has(qualifier) === true) return 'organization';
  if (!/[^s]s$/.test(head)) return 'unknown';
  // "Investors", "Human rights groups", "Aid agencies", "The fishing crews": a plural whose singular names a person,
  // a body or a crowd stands for a group (the tagger's lemma, or the word without its "s" when the tagger gave the word itself as lemma)
  const singular = t.lemma.toLowerCase() === head ? head.slice(0, -1) : t.lemma.toLowerCase();
  // ("The regulators": the plural of a body's noun, too)
  return kindOfHead(singular) === 'unknown' && !GROUP_KIND_NOUNS.has(singular) && !ORGANIZATION_KIND_NOUNS.has(singular) ? 'unknown' : 'group';
}

/** True when mention `m` overlaps one of the ranges `own` (the candidate's own content). */
export function overlapsOwn(m: Mention, own: readonly Range[]): boolean {
  return own.some((r) => m.start < r.end && m.end > r.start);
}

/**
 * For "his" or "her" right after the verb of its clause (over no more than
 * a verb group: "has renewed", "repeatedly renewed"), that clause's subject
 * when it is a description of a person, outside `own`: "The minister" of
 * "The minister renewed her warning that ...". Null for anything else (a
 * name for subject is left to the name rules: "Ann Lee renewed her warning").
 */
export function describedClauseSubject(doc: Doc, m: Mention, own: readonly Range[]): Mention | null {
  if (!CLAUSE_OWNER_POSSESSIVES.has(tokenAt(doc, m.first).lower) || m.first < 1) return null;
  const verb = tokenAt(doc, m.first - 1);
  if (verb.pos !== 'VERB' || verb.sent !== tokenAt(doc, m.first).sent) return null;
  const floor = doc.sentences[verb.sent]!.first;
  const subject = speakerBefore(doc, verbGroupStart(doc, m.first - 1, floor), floor);
  if (subject === null || subject.kind !== 'description' || subject.end > m.start || overlapsOwn(subject, own)) return null;
  return kindOfDescription(doc, subject) === 'person' ? subject : null;
}

/**
 * True when pronoun `m` is a possessive ("his", "her") in the clause whose
 * subject is name `n`: a verb follows the name, and only verbs, adverbs,
 * particles and prepositions stand between it and the pronoun ("Hale stood
 * by his remark", "Lee has defended her plan"), and a preposition or
 * particle or a verb of keeping one's position ({@link KEEP_POSITION_VERBS})
 * stands right before the pronoun: after another verb the possessive's noun
 * is its object and may be anyone's ("after Reed rejected his claim").
 */
export function ownsPossessive(doc: Doc, n: Mention, m: Mention): boolean {
  const p = tokenAt(doc, m.first);
  if (!THIRD_POSSESSIVES.has(p.lower) || m.first - n.last > 4) return false;
  const after = maybeToken(doc, n.last);
  if (after === undefined || (after.pos !== 'VERB' && after.pos !== 'AUX')) return false;
  for (let k = n.last; k < m.first; k++) if (!/^(VERB|AUX|ADV|PART|ADP)$/.test(tokenAt(doc, k).pos)) return false;
  const verb = tokenAt(doc, m.first - 1);
  return verb.pos === 'ADP' || verb.pos === 'PART' || KEEP_POSITION_VERBS.has(verb.lemma) || KEEP_POSITION_VERBS.has(verb.lower.replace(/e?d$|s$/, ''));
}

/** True when the subject before token `v` (the sentence opening at `floor`) is the writer: "I", "we", "Our correspondent". */
export function writerBefore(doc: Doc, v: number, floor: number): boolean {
  if (v - 1 < floor) return false;
  const before = tokenAt(doc, v - 1).lower;
  if (before === 'i' || before === 'we') return true;
  const subject = speakerBefore(doc, v, floor);
  return subject !== null && subject.kind === 'description' && WRITER_NOUNS.has(tokenAt(doc, subject.head ?? subject.last - 1).lower);
}

/** True when a male or female pronoun ("he", "she", "his", "her") stands among tokens `from` to `to` (excluded). */
export function personalPronounBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const g = PRONOUNS.get(tokenAt(doc, k).lower)?.gender;
    if (g === 'male' || g === 'female') return true;
  }
  return false;
}

/**
 * True when name `n` is the object of a form of "ask" right before it: "Lee
 * asked Hale which states he could win" (Hale, the one asked, is who
 * answers in the quotation after it).
 */
export function isAskedObject(doc: Doc, n: Mention): boolean {
  const before = maybeToken(doc, n.first - 1);
  return before !== undefined && before.sent === tokenAt(doc, n.first).sent && before.pos === 'VERB' && before.lemma === 'ask';
}

/**
 * True when name `n` is the object of a preposition inside a subject rather
 * than its head: right after the preposition, or after it, another name and
 * "and" or "or": "Hollins" of "Talks between Dunmore and Hollins stalled",
 * "Talks with Hollins stalled" (the name is one the talks were with, no one
 * who acts). A name after a verb is never read as a subject anyway.
 */
export function isPrepositionObject(doc: Doc, n: Mention): boolean {
  const sent = tokenAt(doc, n.first).sent;
  let k = n.first - 1;
  let before = maybeToken(doc, k);
  if (before !== undefined && before.sent === sent && before.pos === 'CCONJ') {
    // (the first of two joined names: "between Dunmore and Hollins")
    k--;
    while (k >= 0 && tokenAt(doc, k).sent === sent && tokenAt(doc, k).pos === 'PROPN') k--;
    if (k === n.first - 2) return false;
    before = maybeToken(doc, k);
  }
  return before !== undefined && before.sent === sent && before.pos === 'ADP';
}

/**
 * True when name `n` is the subject of a clause of circumstance that opens its
 * sentence and closes with a comma before the later name `later` of the same
 * sentence: "Lee" of "After Lee spoke, Tom Hale left" (the main clause's
 * subject is Tom Hale; not "During the debate, Lee spoke of Tom Hale", where
 * a comma stands before Lee). Such a name gives way to `later`.
 */
export function inFrontedCircumstance(doc: Doc, n: Mention, later: Mention): boolean {
  const sentence = doc.sentences[tokenAt(doc, n.first).sent];
  if (sentence === undefined || tokenAt(doc, later.first).sent !== tokenAt(doc, n.first).sent) return false;
  if (!CIRCUMSTANCE_OPENERS.has(tokenAt(doc, sentence.first).lower)) return false;
  // (inside the clause: no comma before the name, "During the debate, Lee said" has Lee for the main clause's subject)
  for (let k = sentence.first; k < n.first; k++) if (tokenAt(doc, k).value === ',') return false;
  for (let k = n.last; k < later.first; k++) if (tokenAt(doc, k).value === ',') return true;
  return false;
}

/**
 * True when name `n` is the listener of a form of "tell" whose subject is the
 * speaker mention `teller`: "La Stampa" of "The pope told La Stampa that ...
 * "...," he said" (the one told listens; the pronoun of the next quotation
 * is still the teller). The verb stands right before the name (or before its
 * "the") and after `teller`, in their sentence, with at most a few words
 * between the teller and the verb ("The pope on Sunday told").
 */
export function isToldListener(doc: Doc, n: Mention, teller: Mention): boolean {
  const sent = tokenAt(doc, n.first).sent;
  let v = n.first - 1;
  if (maybeToken(doc, v)?.lower === 'the') v--;
  const verb = maybeToken(doc, v);
  if (verb === undefined || verb.sent !== sent || verb.lemma !== 'tell' || !/^(VERB|AUX)$/.test(verb.pos)) return false;
  if (teller.last > v || tokenAt(doc, teller.first).sent !== sent) return false;
  return v - teller.last <= MAX_TELLER_GAP;
}

/** The most words between a teller and its "told" ({@link isToldListener}). */
const MAX_TELLER_GAP = 4;
