/**
 * An attribution set off by commas between a verb and its "that" clause:
 * "The figures indicate, she said in an interview, that prices fell". The
 * inserted "she said" reports the whole sentence (rule content-speaker-cue,
 * {@link thatCompletes}); the verb before it ("indicate") has no content of
 * its own that opens with the attribution ({@link insertedAttributionAt}).
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import { isMarkToken, tokenAt } from '../../prepare/lookup.js';
import { CUE_VERBS, REPORTING_VERBS } from '../../data/cues.js';
import { PERSON_SUBJECT_PRONOUNS } from '../../data/pronouns.js';
import { POSSESSIVES_AND_YOUR } from '../../data/clauses.js';
import { NOUN_LEADING_TAGS, NOUN_OPENING_TAGS, NOUN_PHRASE_TAGS } from '../../data/tags.js';
import { NAME_PARTICLES } from '../../data/names.js';
import { finiteVerb } from './finite-verb.js';

/** Most tokens of the inserted speaker ("she", "Ann Lee", "the report's author"). */
const MAX_SPEAKER = 4;

/** Most tokens between the inserted verb and the comma that closes the attribution ("in a telephone interview"). */
const MAX_AFTER_VERB = 6;

/**
 * True when the words at `p` (right after a cue and its comma), before
 * `last`, are an inserted attribution: a pronoun or a short name (lower-case
 * particles inside it: "Ana de la Cruz"), a verb of
 * saying, a few words at most, a comma, and "that".
 */
export function insertedAttributionAt(doc: Doc, p: number, last: number): boolean {
  if (p < 1 || tokenAt(doc, p - 1).value !== ',') return false;
  let v = p;
  const first = tokenAt(doc, p);
  if (PERSON_SUBJECT_PRONOUNS.has(first.lower)) v = p + 1;
  else {
    // (lower-case particles inside the name too: "Ana de la Cruz"; a hyphen joining two of its words, which
    // counts as no word of its own: "Ivo Kasza-Lind")
    let hyphens = 0;
    while (v < last && v - p - hyphens < MAX_SPEAKER) {
      const t = tokenAt(doc, v);
      if (t.pos === 'PROPN' || (v > p && NAME_PARTICLES.has(t.value))) v++;
      else if (v > p && nameHyphen(doc, v, last)) {
        v++;
        hyphens++;
      } else break;
    }
    if (v === p) return false;
  }
  if (v >= last) return false;
  const verb = tokenAt(doc, v);
  if (verb.pos !== 'VERB' || !REPORTING_VERBS.has(verb.lemma)) return false;
  for (let k = v + 1; k < last && k - v <= MAX_AFTER_VERB + 1; k++) {
    const t = tokenAt(doc, k);
    if (t.value === ',') return k + 1 < last && tokenAt(doc, k + 1).lower === 'that';
    if (/^(VERB|AUX|PUNCT)$/.test(t.pos)) return false;
  }
  return false;
}

/** Most phrases of a preposition after the subject of a closing attribution: "two people with knowledge of the talks said". */
const MAX_SUBJECT_PHRASES = 2;

/** Tags of the words of a plain subject before a closing attribution: "diplomats", "the two officials", "Ann Lee". */
const CLOSING_SUBJECT_TAGS: ReadonlySet<string> = NOUN_OPENING_TAGS;

/**
 * True when the words at `p`, right after a comma and before `last`, are
 * only an attribution that closes its clause: a pronoun or a short plain noun
 * phrase (with at most two phrases of a preposition after it), a verb of saying, a few words with no verb, pronoun or "that", then
 * a comma or the sentence's end ("Ministers
 * agreed on new quotas, diplomats said.", "..., they said, leaving ..."). Such
 * words credit what stands before the comma; they are no clause of a cue
 * before them.
 */
export function closingAttributionAt(doc: Doc, p: number, last: number): boolean {
  if (p < 1 || p >= last || tokenAt(doc, p - 1).value !== ',') return false;
  let v = p;
  if (PERSON_SUBJECT_PRONOUNS.has(tokenAt(doc, p).lower)) v = p + 1;
  else {
    while (v < last && v - p < MAX_SPEAKER && CLOSING_SUBJECT_TAGS.has(tokenAt(doc, v).pos)) v++;
    // (a phrase of a preposition or two may describe the subject: "people familiar with the talks said.", "a
    // spokesman for the port said.", "two people with knowledge of the talks said.")
    for (let phrases = 0; phrases < MAX_SUBJECT_PHRASES && v > p && v + 1 < last && tokenAt(doc, v).pos === 'ADP'; phrases++) {
      let w = v + 1;
      while (w < last && w - v <= MAX_SPEAKER && CLOSING_SUBJECT_TAGS.has(tokenAt(doc, w).pos)) w++;
      if (w === v + 1) break;
      v = w;
    }
  }
  if (v === p || v >= last) return false;
  const verb = tokenAt(doc, v);
  if (verb.pos !== 'VERB' || !REPORTING_VERBS.has(verb.lemma)) return false;
  // (a few words may close it: "diplomats said on Friday.", "officials said in a statement,")
  for (let k = v + 1; k <= last && k - v <= MAX_AFTER_VERB + 1; k++) {
    if (k === last) return true;
    const t = tokenAt(doc, k);
    if (t.value === ',' || t.value === '.') return true;
    if (/^(VERB|AUX|PUNCT|SCONJ|PRON)$/.test(t.pos) || isMarkToken(t.value) || t.lower === 'that') return false;
  }
  return false;
}

/** True when the "-" at token `k` joins two words of a name with no space on either side ("Kasza-Lind"). */
function nameHyphen(doc: Doc, k: number, last: number): boolean {
  const t = tokenAt(doc, k);
  if (t.value !== '-' || k + 1 >= last) return false;
  const before = tokenAt(doc, k - 1);
  const after = tokenAt(doc, k + 1);
  return before.end === t.start && t.end === after.start && after.pos === 'PROPN';
}

/** Most tokens before an attribution whose verb a "that" clause after it completes: "The figures indicate". */
const MAX_THAT_OPENING = 6;

/**
 * True when, around an attribution `CLAUSE, X said, that ...` (rule
 * content-speaker-cue), the short words [start, comma) end in a verb that
 * asks for its "that" clause ("The figures indicate", "He hoped") or open with
 * an extraposed "it" ("It makes a difference"), and the words after the
 * attribution are that clause: "that" and at least two words more.
 */
export function thatCompletes(doc: Doc, rule: string, start: number, comma: number, resume: number, end: number): boolean {
  if (rule !== 'reported/content-speaker-cue' || comma - start > MAX_THAT_OPENING || end - resume < 3) return false;
  const that = tokenAt(doc, resume);
  // (not a relative "that" with its verb: "a provision, Lee said, that is meant to ...")
  if (that.lower !== 'that' || /^(VERB|AUX)$/.test(tokenAt(doc, resume + 1).pos)) return false;
  const open = tokenAt(doc, comma - 1);
  // (a cue verb in -ed right after its noun subject is that subject's verb, not a participle, when a "that" clause
  // completes it: "The minister hoped, she said, that ...")
  const cueAfterNoun = /ed$/.test(open.lower) && tokenAt(doc, comma - 2).pos === 'NOUN' && CUE_VERBS.has(open.lemma);
  const verb = open.pos === 'VERB' && !/ing$/.test(open.lower) && (finiteVerb(doc, start, comma) || cueAfterNoun);
  return verb || (tokenAt(doc, start).lower === 'it' && finiteVerb(doc, start + 1, comma));
}

/**
 * True when the words [start, comma) before a closing attribution are a
 * clause whose verb in -s the tagger read as a plural noun: a bare subject
 * that opens with a determiner or a possessive and ends in a singular noun,
 * the -s form, and the start of its object (a determiner, a number, an
 * adjective, a name or a pronoun): "The army claims more territory every
 * week, the ministry said". (The words would otherwise be a noun phrase with
 * no verb, and report nothing.)
 */
export function misreadVerbBeforeAttribution(doc: Doc, start: number, comma: number): boolean {
  const first = tokenAt(doc, start);
  if (first.pos !== 'DET' && !(first.pos === 'PRON' && POSSESSIVES_AND_YOUR.has(first.lower))) return false;
  for (let k = start + 1; k + 1 < comma; k++) {
    const t = tokenAt(doc, k);
    if (isMarkToken(t.value)) return false;
    const head = tokenAt(doc, k - 1);
    if (k > start + 1 && t.pos === 'NOUN' && /^[a-z]+[^s]s$/.test(t.value) && head.pos === 'NOUN' && !/s$/.test(head.lower)) return NOUN_LEADING_TAGS.has(tokenAt(doc, k + 1).pos);
    if (!NOUN_PHRASE_TAGS.has(t.pos)) return false;
  }
  return false;
}

/**
 * True when the token at `at` is a verb in -s the tagger read as a plural
 * noun ("costs", "sets", "hurts"), and the word after it opens its object or
 * qualifies it: a determiner, a pronoun, a number, an adjective, a name, an
 * adverb or a bare noun ("costs money", "cuts taxes", "costs too much").
 */
function misreadVerbAt(doc: Doc, at: number): boolean {
  const verb = tokenAt(doc, at);
  if (verb.pos !== 'NOUN' || !/^[a-z]+[^s]s$/.test(verb.value)) return false;
  const object = tokenAt(doc, at + 1);
  return object.pos === 'ADV' || object.pos === 'NOUN' || NOUN_LEADING_TAGS.has(object.pos);
}

/**
 * True when the words [resume, end) after an inserted attribution open with a
 * verb in -s the tagger read as a plural noun ({@link misreadVerbAt}), and
 * the words [start, comma) before it are a bare subject with a singular head:
 * "The ruling, he said, sets a bad example", "The advice, she said, costs
 * nothing", "The plan, she said, costs money". The subject opens with a
 * determiner or a possessive and has no verb ("In the end, he said, costs
 * rose" opens with a preposition and keeps its own reading).
 */
export function misreadVerbAfterAside(doc: Doc, start: number, comma: number, resume: number, end: number): boolean {
  return end - resume >= 2 && bareSingularSubject(doc, start, comma) && misreadVerbAt(doc, resume);
}

/**
 * True when the words [start, comma) are a bare subject with no verb: two
 * words or more, opened by a determiner or a possessive, only noun-phrase
 * tags, a singular noun at the end ("The ruling", "Her advice").
 */
function bareSingularSubject(doc: Doc, start: number, comma: number): boolean {
  if (comma - start < 2) return false;
  const first = tokenAt(doc, start);
  if (first.pos !== 'DET' && !(first.pos === 'PRON' && POSSESSIVES_AND_YOUR.has(first.lower))) return false;
  for (let k = start; k < comma; k++) if (!NOUN_PHRASE_TAGS.has(tokenAt(doc, k).pos) || isMarkToken(tokenAt(doc, k).value)) return false;
  const head = tokenAt(doc, comma - 1);
  return head.pos === 'NOUN' && !/s$/.test(head.lower);
}

/**
 * True when the words [resume, end) after an inverted speaker and its comma
 * open with a verb in -s the tagger read as a plural noun
 * ({@link misreadVerbAt}), and the words [start, comma) before the cue are a
 * bare subject with a singular head: "The plan, said experts, costs too
 * much", "The scheme, say critics, wastes the money", "The plan, said
 * experts, costs money". The -s form is the subject's verb; the words after
 * the speaker go on with the report (as "The plan, said experts, will fail"
 * does), not with the speaker.
 */
export function misreadVerbAfterInvertedSpeaker(doc: Doc, start: number, comma: number, resume: number, end: number): boolean {
  return end - resume >= 2 && bareSingularSubject(doc, start, comma) && misreadVerbAt(doc, resume);
}
