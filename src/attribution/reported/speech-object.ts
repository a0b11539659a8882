/**
 * Rule `reported/speech-object` (opt-in categories): a verb of saying whose
 * object is what is attributed, in a shape the default run leaves out:
 * `Ms. Varga cited rising costs.`, `Reyes called the plan a waste.`,
 * `The mayor, referring to the council, said ...`, `Reyes accused the mayor of
 * lying.`, `Ada Moss tweeted a photo of the pier.` The verbs and the category each is reported under are in
 * `SPEECH_OBJECT_VERBS`; nothing is found unless that category is on, so the
 * default output never changes. It runs last among the reported-speech rules,
 * on the cues the others left.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import type { CueCategory } from '../../types.js';
import { isIngCue } from '../candidate.js';
import { isMarkToken, tokenAt } from '../../prepare/lookup.js';
import { SPEECH_OBJECT_VERBS } from '../../data/cues.js';
import { POSSESSIVES, SPEECH_OBJECT_STOP } from '../../data/clauses.js';
import { TIME_DETERMINERS, TIME_LABEL } from '../../data/time.js';
import { gerundListGoesOn, withAppositiveName } from './boundary/object-list.js';
import { givenNameObject } from './quoted-object.js';
import { isPlaceName } from '../../speakers/kinds.js';
import { END, candidate, range, sentenceOf, type ReportedContext } from './shared.js';
import { cueSubject, passiveCue } from './cue-subject.js';
import { cutAtNextAttribution } from './next-attribution.js';
import { noPost, postedObjectEnd } from './boundary/posted.js';
import { dateComma, suffixComma } from './boundary/name-comma.js';
import { OPT_IN_CATEGORIES } from '../../options.js';
import { ownClauseAfter } from './object-clause.js';
import { objectSubordinateEnd, subordinateAfterCut } from './object-subordinate.js';
import { NOUN_MODIFIER_TAGS, NOUN_OPENING_TAGS, PHRASE_OPENING_TAGS } from '../../data/tags.js';
import { CLAUSE_BREAK } from '../../data/marks.js';
import { RECIPROCAL_OPENERS, DEMONSTRATIVES } from '../../data/function-words.js';
import { cueWith } from '../../cues/match.js';

/** Parts of speech that may open the object. */
const OBJECT_START: ReadonlySet<string> = PHRASE_OPENING_TAGS;
/** Most tokens of the object. */
const MAX_OBJECT = 40;
/** How sure the rule is. */
const CONFIDENCE = 0.5;

/** Most tokens between a list's comma and its "and". */
const MAX_LIST_ITEM = 12;

/** True when a noun phrase at `k` runs on to an "and" before any verb or other punctuation: the rest of a list. */
function listGoesOn(ctx: ReportedContext, k: number, last: number): boolean {
  const { doc } = ctx;
  if (!PHRASE_OPENING_TAGS.has(tokenAt(doc, k).pos)) return false;
  for (let q = k; q < last && q - k < MAX_LIST_ITEM; q++) {
    const t = tokenAt(doc, q);
    if (t.lower === 'and' || t.lower === 'or') return q > k;
    if (t.value === ',') continue;
    if (!/^(DET|ADJ|NOUN|PROPN|NUM|PRON|PART|ADP)$/.test(t.pos)) return false;
  }
  return false;
}

/**
 * True when the comma at `k` parts two adjectives of one noun phrase that has
 * no noun yet: "the angry, divisive tone", "the big, free-standing agencies"
 * (a determiner, a possessive or an adjective before the first adjective; an
 * adjective or a noun after the comma).
 */
function adjectivesGoOn(ctx: ReportedContext, k: number): boolean {
  const { doc } = ctx;
  const before = tokenAt(doc, k - 1);
  const opener = tokenAt(doc, k - 2);
  const after = tokenAt(doc, k + 1);
  if (before.pos !== 'ADJ' || ctx.quoted[k + 1]) return false;
  if (!(opener.pos === 'DET' || opener.pos === 'ADJ' || POSSESSIVES.has(opener.lower))) return false;
  return after.pos === 'ADJ' || (after.pos === 'NOUN' && tokenAt(doc, k + 2).pos === 'NOUN');
}

/**
 * True when the object at `p` (a pronoun, or determiners and adjectives before
 * nouns) is followed, before `end`, by a noun phrase or an adjective: the
 * label of "called [the plan] [a waste]", "called [Reyes] [dishonest]".
 */
function labelAfterObject(ctx: ReportedContext, p: number, end: number): boolean {
  const { doc } = ctx;
  let k = p;
  const first = tokenAt(doc, k);
  const next = tokenAt(doc, k + 1);
  // "called her a liar" (an object pronoun) against "called her plan a waste" (a possessive);
  // "called this un-American": a demonstrative before no noun stands alone
  if ((first.pos === 'PRON' && !(POSSESSIVES.has(first.lower) && /^(ADJ|NOUN|PROPN|VERB)$/.test(next.pos))) || (DEMONSTRATIVES.has(first.lower) && next.pos !== 'NOUN')) k++;
  else {
    while (k < end && (/^(DET|NUM)$/.test(tokenAt(doc, k).pos) || POSSESSIVES.has(tokenAt(doc, k).lower))) k++;
    const nouns = k;
    // "the two lengthy reports", "Ann Lee's plan", "her fallen brother": adjectives, participles before a noun, nouns, names and their possessive
    for (; k < end && !ctx.quoted[k]; k++) {
      const t = tokenAt(doc, k);
      // "called the levy unfair": an adjective after the object's noun is the label
      if (t.pos === 'ADJ' && k > nouns && /^(NOUN|PROPN)$/.test(tokenAt(doc, k - 1).pos)) break;
      // "the squabble with the agency": a prepositional phrase on the noun (not "as", which opens the label)
      if (t.pos === 'ADP' && t.lower !== 'as' && k > nouns && NOUN_OPENING_TAGS.has(tokenAt(doc, k + 1).pos)) continue;
      if (t.pos === 'DET' && k > nouns && tokenAt(doc, k - 1).pos === 'ADP') continue;
      if (!(NOUN_MODIFIER_TAGS.has(t.pos) || /^['\u2019]s$/.test(t.value) || (t.pos === 'VERB' && k + 1 < end && tokenAt(doc, k + 1).pos === 'NOUN'))) break;
    }
    if (k === nouns) return false;
  }
  if (k >= end) return false;
  const t = tokenAt(doc, k);
  // a time phrase is no label: "called a cab this morning", "called the office every day"
  if (TIME_LABEL.has(t.lower) || (TIME_DETERMINERS.has(t.lower) && TIME_LABEL.has(tokenAt(doc, k + 1).lower))) return false;
  // "called it very risky" (an adverb before the adjective), not "called the office twice"
  return ctx.quoted[k] !== 0 || isMarkToken(t.value) || t.lower === 'as' || PHRASE_OPENING_TAGS.has(t.pos) || (t.pos === 'ADV' && tokenAt(doc, k + 1).pos === 'ADJ');
}

/** True when tokens `p` to `end` name a place: "attacked Kuwait" is a war, not a stance. */
function placeObject(ctx: ReportedContext, p: number, end: number): boolean {
  const words: string[] = [];
  for (let k = p; k < end; k++) words.push(tokenAt(ctx.doc, k).value);
  return isPlaceName(words.join(' '));
}

/**
 * `X cited Y`, `X, referring to Y`, `X accused Y of Z`, when the verb's category is on.
 * `as` (optional) reports the object under that category instead of the verb's own
 * (the default "won donors by citing her record" is a `source` report).
 */
export function speechObject(ctx: ReportedContext, cue: CueMatch, as?: CueCategory): Candidate | null {
  const { doc } = ctx;
  const entry = SPEECH_OBJECT_VERBS.get(cue.lemma);
  if (!entry || !ctx.categories.has(as ?? entry.category) || cue.form !== 'verb' || passiveCue(doc, cue)) return null;
  const sentence = sentenceOf(doc, cue.head);
  let p = cue.last;
  if (entry.preposition !== undefined) {
    if (tokenAt(doc, p).lower !== entry.preposition) return null;
    p++;
  }
  if (p >= sentence.last) return null;
  const first = tokenAt(doc, p);
  if (!OBJECT_START.has(first.pos) && !POSSESSIVES.has(first.lower)) return null;
  // "proposed a ban", not "proposed cuts": the object opens with a word the verb asks for
  if (entry.opens !== undefined && !entry.opens.has(first.lower)) return null;
  const optIn = OPT_IN_CATEGORIES.has(as ?? entry.category);
  let end = p;
  let needed = entry.needs === undefined;
  let names = 0;
  // where a subordinate clause taken into the object starts, or -1
  let subordinate = -1;
  while (end < sentence.last && end - p < MAX_OBJECT) {
    const t = tokenAt(doc, end);
    // "thanked his parents, his siblings and his staff": a list of noun phrases goes on past its commas
    // (and so does a noun phrase whose adjectives a comma parts: "criticized the angry, divisive tone of the ad")
    if (t.value === ',' && !ctx.quoted[end] && end > p && (listGoesOn(ctx, end + 1, sentence.last) || adjectivesGoOn(ctx, end))) {
      end++;
      continue;
    }
    // "cited the floods of Oct. 3, 2019", "questioned the deal with Pell, Inc.": the comma of a date or a name goes
    // on with an opt-in object (not a town's: "tried to attack Reyes, Japan's ..." is no "Reyes, Japan")
    if (t.value === ',' && !ctx.quoted[end] && end > p && optIn && (dateComma(doc, end) || suffixComma(doc, end))) {
      end++;
      continue;
    }
    // "accused the mayor of hiding the audit while he was treasurer": an opt-in object takes in a subordinate clause
    const subordinateEnd = objectSubordinateEnd(ctx, entry.category, p, end, sentence.last, MAX_OBJECT);
    if (subordinateEnd > 0) {
      subordinate = end;
      end = subordinateEnd;
      break;
    }
    if (!ctx.quoted[end] && end > p && (CLAUSE_BREAK.test(t.value) || SPEECH_OBJECT_STOP.has(t.lower) || END.has(t.value))) break;
    // "cited the costs and said ...": a coordinated verb ends the object
    if (end > p && t.pos === 'CCONJ' && /^(VERB|AUX)$/.test(tokenAt(doc, end + 1).pos) && !gerundListGoesOn(ctx, entry.category, p, end)) break;
    // (and so does a new subject with a verb of its own: "cited the costs and the council has delayed a vote")
    if (end > p && ownClauseAfter(ctx, end, sentence.last, isIngCue(doc, cue))) break;
    if (t.lower === entry.needs) needed = true;
    if (t.pos === 'PROPN' || (t.pos === 'PUNCT' && ctx.quoted[end] === 0)) names++;
    end++;
  }
  if (end - p >= MAX_OBJECT) return null;
  // "Ada Moss attacked Tom Reyes": a name alone stands for the word needed, from a named subject (checked below)
  const byName = !needed && entry.nameObject === true && names === end - p && names > 0;
  if (!needed && !byName) return null;
  // "called Reyes", "a group called Fair Vote", "called each other": a name or a short object is no label
  if (entry.complement === true && (names === end - p || end - p < 2 || RECIPROCAL_OPENERS.has(first.lower))) return null;
  // "called the police", "called the meeting to order": a label needs a second noun phrase or an adjective after the object
  if (entry.complement === true && !labelAfterObject(ctx, p, end)) return null;
  // 'She called her dog "Max."': a name given to a pet, a child or a boat is no verdict
  if (entry.complement === true && givenNameObject(ctx, cue, p)) return null;
  end = subordinateAfterCut(subordinate, end, cutAtNextAttribution(ctx, p, end));
  if (end <= p) return null;
  // "referring to her predecessor, Ada Moss": the name of an opt-in object goes with it
  end = withAppositiveName(ctx, entry.category, p, end, sentence.last);
  // "tweeted a photo of the pier to her Facebook page": the thing posted, not where or when; "tweeted the following:" none
  if (entry.posted === true) {
    if (noPost(ctx, p, end)) return null;
    end = postedObjectEnd(ctx, p, end);
  }
  const speaker = cueSubject(doc, cue, sentence);
  if (!speaker || (byName && (speaker.kind !== 'name' || placeObject(ctx, p, end) || isPlaceName(speaker.name)))) return null;
  // "a party called Fair Vote", "the procedure called X": a participle naming a thing, no label given by a speaker
  if (entry.complement === true && speaker.kind === 'description' && cue.first === cue.head && /^(NOUN|PROPN)$/.test(tokenAt(doc, cue.first - 1).pos)) return null;
  const category = as ?? entry.category;
  const spanned = entry.preposition !== undefined ? cueWith(cue, { last: p, category }) : cueWith(cue, { category });
  return candidate(ctx, [range(doc, p, end)], spanned, speaker, 'reported/speech-object', CONFIDENCE);
}
