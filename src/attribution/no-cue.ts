/**
 * Direct quotations whose speaker stands without a cue clause: a signature
 * after a dash (`direct/dash-signature`), a name before a colon, the colon
 * its cue (`direct/name-colon`), a name with a verb the lexicon lacks right after the
 * quote (`direct/trailing-name`), and the subject of a clause that introduces
 * words before a colon (`direct/clause-colon`). `attributeDirect` tries them
 * after the cue rules.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Attribution, CueMatch, Mention, Range } from './candidate.js';
import { closingMark } from './candidate.js';
import { colonCue } from '../cues/match.js';
import { isMarkToken, maybeToken, tokenAt, tokenAtOrAfter, tokenCount } from '../prepare/lookup.js';
import { speakerBefore, makeMention, sentenceSubject, canSpeak, namesPeopleOrBody, isInnerHyphen, isNameToken, oneSpeaker } from '../speakers/phrase.js';
import { timestampLength } from '../prepare/lookup.js';
import { FIRST_NAMES } from '../data/names.js';
import { DASHES } from '../data/marks.js';
import { stateOrCountryEnd } from '../prepare/place-pair.js';
import { kindOfHead, kindOfName } from '../speakers/kinds.js';
import { COLON_LABELS, COLON_LEADS, COLON_SPEECH_WORDS, COLON_SPEECH_VERBS, CUE_VERBS, LISTENER_VERBS, SHOWING_LEMMAS } from '../data/cues.js';
import { DOCUMENT_NOUNS, UNSPOKEN_OWNED_WORDS } from '../data/people.js';
import { owner } from './noun-owner.js';

import { DAY_WORDS, NO_CUE_TIME_HEADS } from '../data/time.js';
import { viewSlice } from '../prepare/view.js';
import { END_PARTICLES, INDEFINITE_ARTICLES, MANNER_LISTENER_PREPOSITIONS, MANNER_PHRASE_OPENERS, GO_ON_WORDS, OUTLET_NAME_WORDS, COLON_CLAUSE_OPENERS } from '../data/function-words.js';
import { PERSON_SUBJECT_PRONOUNS, NO_CUE_NON_SPEAKER_PRONOUNS, NO_CUE_MUTE_OWNERS } from '../data/pronouns.js';
import { PASSIVE_AUXILIARIES, SINGULAR_BE_FORMS } from '../data/clauses.js';
import { PHRASE_OPENING_TAGS } from '../data/tags.js';

/**
 * `m` when it can sign a quote after a dash: a person's name opening at `first`.
 * A place signs nothing, and before a comma a name of one word is a place with
 * its state ("- Springfield, Ill., June 2.", "- Dover, Delaware.").
 */
function signer(doc: Doc, m: Mention | null, first: number, beforeComma: boolean): Mention | null {
  if (m?.kind !== 'name' || m.first !== first || kindOfName(m.name) !== 'person') return null;
  return beforeComma && !/\s/.test(viewSlice(doc.view, m.start, m.end).trim()) ? null : m;
}
/** Days of the week and the days around today, which may follow a verb of saying ("grinned Monday"). */
const DAYS: ReadonlySet<string> = new Set(DAY_WORDS);

/** `"..." — John Smith` at the end of a line or paragraph: a signature without a verb. */
export function dashSignature(doc: Doc, after: number, givenParaEnd: number): Attribution | null {
  const dash = maybeToken(doc, after);
  if (!dash || !DASHES.has(dash.value)) return null;
  // a signature in a paragraph of its own right after the quote's: '"..."' then '- Ann Lee.'
  const own = doc.paragraphs[dash.para];
  const paraEnd = after > 0 && own !== undefined && own.first === after && tokenAt(doc, after - 1).para === dash.para - 1 ? own.last : givenParaEnd;
  let end = after + 1;
  while (end < paraEnd && end - after <= 6 && !/[\n\r]/.test(viewSlice(doc.view, tokenAt(doc, end - 1).end, tokenAt(doc, end).start))) end++;
  if (end < paraEnd && !/[\n\r]/.test(viewSlice(doc.view, tokenAt(doc, end - 1).end, tokenAt(doc, end).start))) {
    // a signature that is a sentence of its own, its paragraph going on after it: '"..." - Ann Lee. Lee exaggerates'
    // (or a name and where the person lives: '"..." -Mia Marks, Dover.')
    let stop = after + 1;
    while (stop < Math.min(paraEnd, after + 6) && isNameToken(tokenAt(doc, stop), doc)) stop++;
    const t = maybeToken(doc, stop);
    const ends = t !== undefined && (t.value === '.' ? maybeToken(doc, stop + 1) === undefined || tokenAt(doc, stop + 1).sent !== t.sent : t.value === ',');
    if (stop - after - 1 < 1 || !ends || tokenAt(doc, after + 1).sent !== dash.sent && tokenAt(doc, after + 1).para !== dash.para) return null;
    const named = signer(doc, makeMention(doc, after + 1, stop), after + 1, t.value === ',');
    return named ? { cue: null, speaker: named, rule: 'direct/dash-signature', confidence: 0.6 } : null;
  }
  if (tokenAt(doc, end - 1).value === '.') end--;
  if (end - after - 1 < 1) return null;
  // a name and where the person lives or works: '"..." -Mia Marks, Dover.' is signed by Mia Marks
  for (let k = after + 2; k < end; k++) {
    if (tokenAt(doc, k).value !== ',') continue;
    const person = signer(doc, makeMention(doc, after + 1, k), after + 1, true);
    if (person) return { cue: null, speaker: person, rule: 'direct/dash-signature', confidence: 0.7 };
    break;
  }
  const m = makeMention(doc, after + 1, end);
  if (!m || m.kind !== 'name' || kindOfName(m.name) !== 'person') return null;
  return { cue: null, speaker: m, rule: 'direct/dash-signature', confidence: 0.7 };
}

/** Most words of a signature line inside a quotation's marks: "Dean Lee, Center for Harbor and Port Policy." */
const MAX_INNER_SIGNATURE = 10;

/**
 * A signature on the last line inside a quotation's marks, after a line break
 * that ends a finished sentence: `"We will need more stimulus.\nAnn Lee,
 * Harbor Institute."`, a pull quote signed within its marks. The quote's words
 * end before the line break (`end`); the signer is the name or description the
 * line opens with, up to a comma (`speaker`). Null when the line is no
 * signature: it opens in lower case, holds a verb or a quotation mark, has
 * more than ten words, or opens with no person's name and no description of
 * people ("Salt and stone.", "Water, bread, a map.": a poem's or a list's last line).
 */
export function innerSignature(doc: Doc, part: Range): { end: number; speaker: Mention } | null {
  const text = viewSlice(doc.view, part.start, part.end);
  const br = text.lastIndexOf('\n');
  if (br < 0) return null;
  const before = text.slice(0, br).trimEnd();
  if (!/[.?!]["\u201d\u2019']*$/.test(before)) return null;
  const first = tokenAtOrAfter(doc, part.start + br + 1);
  let stop = first;
  while (stop < tokenCount(doc) && tokenAt(doc, stop).end <= part.end) stop++;
  if (stop > first && tokenAt(doc, stop - 1).value === '.') stop--;
  if (stop - first < 1 || stop - first > MAX_INNER_SIGNATURE || !/^\p{Lu}/u.test(tokenAt(doc, first).value)) return null;
  let comma = stop;
  for (let k = stop - 1; k >= first; k--) {
    const t = tokenAt(doc, k);
    if (t.pos === 'VERB' || t.pos === 'AUX' || isMarkToken(t.value)) return null;
    if (t.value === ',') comma = k;
  }
  const m = makeMention(doc, first, comma);
  // (people only: a last line of a poem, a list or a farewell is no signature: "Salt and stone.", "Water, bread, a map.",
  // "Good night, Dunmore."; a person's name has two words at least, the first a proper noun; a line opening with a preposition is none: "By order of the council.")
  const person = (n: Mention): boolean => n.kind === 'description' ? namesPeopleOrBody(doc, n) :
    n.kind === 'name' && kindOfName(n.name) === 'person' && n.last - n.first > 1 && tokenAt(doc, n.first).pos === 'PROPN';
  const speaker = m && m.first === first && tokenAt(doc, first).pos !== 'ADP' && person(m) ? m : null;
  return speaker ? { end: part.start + before.length, speaker } : null;
}

/** Most words of a description standing alone before a colon and a quote: "The city's mayor:". */
const MAX_COLON_DESCRIPTION = 3;


/**
 * `Reyes: "Never underestimate Moss."`, `- Ada Pell: "..."`, `As Ned
 * Olsen put it: "..."`: a name (or "as X put it") standing alone before a colon
 * and the quote, at the start of its sentence or after a dash. The colon is
 * the cue (none after "as X put it").
 */
export function nameColon(doc: Doc, open: number, floor: number): Attribution | null {
  const colon = open - 1;
  if (colon - 1 < floor || tokenAt(doc, colon).value !== ':') return null;
  // "as X put it:"
  if (tokenAt(doc, colon - 1).lower === 'it' && tokenAt(doc, colon - 2).lemma === 'put') {
    const speaker = speakerBefore(doc, colon - 2, Math.max(floor, colon - 20));
    const as = speaker ? maybeToken(doc, speaker.first - 1) : undefined;
    if (speaker && as?.lower === 'as' && speaker.kind !== 'pronoun') return { cue: null, speaker, rule: 'direct/name-colon', confidence: 0.7 };
    return null;
  }
  const sentence = doc.sentences[tokenAt(doc, colon).sent]!;
  let start = Math.max(floor, sentence.first);
  for (let k = colon - 1; k > start; k--) {
    // (a dash ends a lead-in; a hyphen inside a name does not: 'Tom Kasza-Lind:', 'Anne-Marie Dubois, 22:')
    if (DASHES.has(tokenAt(doc, k).value) && !isInnerHyphen(doc, k)) {
      start = k + 1;
      break;
    }
  }
  // "15:02 Brandt:": a live blog's time stamp opening the line comes before the name
  // (and its time zone: "15:02 GMT Brandt:")
  const stamp = timestampLength(doc, start);
  if (stamp > 0 && colon - start > stamp) start += stamp;
  // "More from Jones:", "And more from Ann Lee:": a lead that hands over to the name
  const lead = colonLeadLength(doc, start, colon);
  if (lead > 0 && colon - start - lead >= 1) start += lead;
  // a review or vox-pop roundup: 'Lena Park, The Harbor Times: "..."' names the person, then the outlet
  let comma = -1;
  let firstComma = -1;
  for (let k = start + 1; k < colon - 1; k++) {
    if (tokenAt(doc, k).value !== ',') continue;
    comma = k;
    if (firstComma < 0) firstComma = k;
  }
  // (a hyphen inside an outlet's name too: 'Lena Park, Harbor-Side Times: "..."')
  const outlet = (k: number): boolean => /^[A-Z]/.test(tokenAt(doc, k).value) || OUTLET_NAME_WORDS.has(tokenAt(doc, k).lower) || isInnerHyphen(doc, k);
  let named = comma > start && tokenAt(doc, start).pos !== 'ADP';
  // ('Ruth Obi, a farmer: "..."', 'Ann Lee, 34, a nurse: "..."': a vox pop describes the person instead)
  const described = named && describedPerson(doc, firstComma + 1, colon);
  if (described) comma = firstComma;
  for (let k = comma + 1; named && !described && k < colon; k++) named = outlet(k);
  // ('Dover, Delaware: "..."': a place and its state or country, no person and outlet; 'Tom Hartley, Ohio: "..."', a
  // known first name opening the name, is a vox pop's person and home state)
  if (named && !described && stateOrCountryEnd(doc, comma + 1) === colon && !FIRST_NAMES.has(tokenAt(doc, start).lower)) return null;
  if (named && comma - start <= 4 && colon - start <= 12) {
    const person = makeMention(doc, start, comma);
    if (person && person.kind === 'name' && person.first === start) return { cue: null, speaker: person, rule: 'direct/roundup', confidence: 0.7 };
  }
  // a live blog's 'Hendry on the result: "..."', 'Ann Lee, on the vote: "..."': the name, then the topic it speaks on
  const topic = topicColonName(doc, start, colon);
  if (topic !== null) return { cue: colonCue(colon), speaker: topic, rule: 'direct/name-colon', confidence: 0.6 };
  if (colon - start < 1 || colon - start > 6) return null;
  const m = makeMention(doc, start, colon);
  if (!m || m.first !== start) return null;
  // ('One was hopeful: "..."', 'Another sounded tired: "..."': a lower-case verb inside the label makes it a clause,
  // no name: its subject speaks, the verb phrase through the colon the cue, as in 'One was blunt: "..."'; fix96)
  let clause = false;
  for (let k = start + 1; k < colon; k++) if (/^(VERB|AUX)$/.test(tokenAt(doc, k).pos) && !/^\p{Lu}/u.test(tokenAt(doc, k).value)) clause = true;
  // 'The mayor: "We will rebuild."', 'Mayor: "..."': a short description of a person or body alone before the colon
  // speaks too (not a label of the point made: 'The catch: "..."')
  if (m.kind === 'description' && colon - start <= MAX_COLON_DESCRIPTION && namesPeopleOrBody(doc, m) && !COLON_LABELS.has(tokenAt(doc, colon - 1).lower)) {
    return clause ? clauseColon(doc, open, floor, true) : { cue: colonCue(colon), speaker: m, rule: 'direct/name-colon', confidence: 0.6 };
  }
  if (m.kind !== 'name') return null;
  if (clause) return clauseColon(doc, open, floor, true);
  // the colon hands the words over: annotated news marks it as the cue
  return { cue: colonCue(colon), speaker: m, rule: 'direct/name-colon', confidence: 0.7 };
}

/** Most words of the topic between "on" and the colon: 'Hendry on the result:'. */
const MAX_COLON_TOPIC = 5;

/**
 * The name at tokens `start` up to an "on" (and an optional comma before it)
 * when "on" and a short topic with no verb fill the rest of the label before
 * the colon at `colon`: 'Hendry on the result: "..."', 'Ann Lee, on the vote:
 * "..."', 'Ann Lee On the Vote: "..."'; else null.
 */
function topicColonName(doc: Doc, start: number, colon: number): Mention | null {
  let on = start + 1;
  // (a headline-style label writes it "On": 'Hendry On the Result:')
  while (on < colon && tokenAt(doc, on).value !== 'on' && tokenAt(doc, on).value !== 'On') on++;
  if (on >= colon - 1 || colon - on - 1 > MAX_COLON_TOPIC) return null;
  for (let k = on + 1; k < colon; k++) if (/^(VERB|AUX|PUNCT)$/.test(tokenAt(doc, k).pos)) return null;
  const end = tokenAt(doc, on - 1).value === ',' ? on - 1 : on;
  if (end - start < 1 || end - start > 4) return null;
  const m = makeMention(doc, start, end);
  if (m === null || m.kind !== 'name' || m.first !== start || m.last !== end || kindOfName(m.name) === 'place') return null;
  // (a lone word is a surname only when the text named the person in full before: not 'Reaction on the ground:';
  // a hyphenated one too, which is three tokens: 'Kasza-Lind on the result:')
  const word = doc.text.slice(tokenAt(doc, start).start, tokenAt(doc, end - 1).end);
  if (!/[\s\uFEFF]/u.test(word) && !fullNameBefore(doc, word, tokenAt(doc, start).start)) return null;
  return m;
}

/**
 * A capitalised word right after another and white space, as a whole word:
 * the surname of a full name ("Hendry" of "Paul Hendry", "Kasza-Lind",
 * "O'Hare", "Hendry's").
 */
const SURNAME_AFTER_NAME = /(?<![\p{L}\p{N}.'\u2019-])\p{Lu}[\p{L}.'\u2019-]*[\s\uFEFF]+(?=(\p{Lu}\p{L}*(?:['\u2019-]\p{L}+)*)(?![\p{L}\p{N}]))/gu;

/** Per text, where each word of {@link SURNAME_AFTER_NAME} first stands (worked out once, on the first lone label). */
const surnameStarts = new WeakMap<Doc, ReadonlyMap<string, number>>();

/**
 * True when a capitalised word and `surname`, as a whole word, stand together
 * before offset `before`: "Paul Hendry" before "Hendry" (with any space
 * between: "Paul\u00A0Hendry"; "Paul Hendry's" too); not "Ann Leeds" before
 * "Lee". One pass over the text, however many labels ask.
 */
function fullNameBefore(doc: Doc, surname: string, before: number): boolean {
  let starts = surnameStarts.get(doc);
  if (starts === undefined) {
    const found = new Map<string, number>();
    // (the first word and its space are matched, the surname looked ahead to: "Tom Paul Hendry" gives Paul and Hendry;
    // a match opens only where a word does, so a long run of capitals or spaces is read once)
    for (const m of doc.text.matchAll(SURNAME_AFTER_NAME)) {
      const w = m[1]!;
      for (const v of [w, w.replace(/['\u2019]s$/u, '')]) if (!found.has(v)) found.set(v, m.index + m[0].length);
    }
    starts = found;
    surnameStarts.set(doc, starts);
  }
  const at = starts.get(surname);
  return at !== undefined && at < before;
}

/**
 * True when tokens `from` to `colon - 1` describe a person in a vox pop: an
 * age and a comma at most, then "a" or "an" and a few words with no verb
 * ("a farmer", "34, a nurse from Leeds") or a bare role ("22, student"); or
 * an age alone ("22").
 */
function describedPerson(doc: Doc, from: number, colon: number): boolean {
  let k = from;
  // ('Jo Hartley, 22: "..."': an age alone)
  if (k + 1 === colon && tokenAt(doc, k).pos === 'NUM' && /^\d{1,3}$/.test(tokenAt(doc, k).value)) return true;
  if (k + 1 < colon && tokenAt(doc, k).pos === 'NUM' && tokenAt(doc, k + 1).value === ',') k += 2;
  // ('Jo Hartley, 22, student: "..."', 'Sam Ortiz, retired nurse: "..."': a bare role in lower case, no article)
  if (bareRole(doc, k, colon)) return true;
  if (!INDEFINITE_ARTICLES.has(tokenAt(doc, k).value) || colon - k < 2 || colon - k > 7) return false;
  for (let j = k + 1; j < colon; j++) if (/^(VERB|AUX|PUNCT)$/.test(tokenAt(doc, j).pos)) return false;
  return true;
}

/** Most words of a bare role in a vox pop: "student", "retired bus driver". */
const MAX_BARE_ROLE = 3;

/**
 * True when tokens [from, colon) are a role with no article in a vox pop: one
 * to three words in lower case, adjectives or nouns, a noun last ("student",
 * "retired nurse").
 */
function bareRole(doc: Doc, from: number, colon: number): boolean {
  if (colon - from < 1 || colon - from > MAX_BARE_ROLE || tokenAt(doc, colon - 1).pos !== 'NOUN') return false;
  for (let j = from; j < colon; j++) {
    const t = tokenAt(doc, j);
    if (!/^(NOUN|ADJ)$/.test(t.pos) || !/^\p{Ll}+$/u.test(t.value)) return false;
  }
  return true;
}

/** How many tokens from `start` spell one of {@link COLON_LEADS} before a name (a lead never runs up to the colon); 0 when none. */
function colonLeadLength(doc: Doc, start: number, colon: number): number {
  for (const lead of COLON_LEADS) {
    if (start + lead.length >= colon) continue;
    let k = 0;
    while (k < lead.length && tokenAt(doc, start + k).lower === lead[k]) k++;
    if (k === lead.length) return k;
  }
  return 0;
}

/**
 * `"...," Bennett grinned.`, `"...?" reacted Lee.`: a name right after the
 * quote (after a comma at most) with a verb next to it, when no cue was read
 * there (a verb missing from the lexicon) and the verb takes no object (see
 * `intransitive`: `"Thriller," Ann Lee released in 1982` is a title); the
 * name speaks, and the verb is the cue (see `trailingVerbCue`).
 */
export function trailingName(doc: Doc, after: number, ceiling: number, reported: ReadonlyMap<string, unknown>): Attribution | null {
  let k = after;
  if (k < ceiling && tokenAt(doc, k).value === ',') k++;
  if (k >= ceiling) return null;
  const close = tokenAt(doc, closingMark(doc, after));
  if (tokenAt(doc, k).sent !== close.sent && !/[,?!]/.test(viewSlice(doc.view, close.start - 1, close.start))) return null;
  // a built-in cue verb that the options leave out (its category not reported, or removed) stays out
  const leftOut = (lemma: string): boolean => CUE_VERBS.has(lemma) && !reported.has(lemma);
  const isVerb = (j: number): boolean =>
    j < ceiling && /^(VERB|AUX)$/.test(tokenAt(doc, j).pos) && /^\p{Ll}/u.test(tokenAt(doc, j).value) && !/ing$/.test(tokenAt(doc, j).lower) && !leftOut(tokenAt(doc, j).lemma);
  // a verb of saying the tagger read as a noun or an adjective after a name: "Carl Moss answers.",
  // "Ann Lee shot back.", "Lee fumed on Tuesday."; an -s or -ed form, or a word before a particle
  const verbLike = (j: number): boolean => {
    if (isVerb(j)) return true;
    const t = j < ceiling ? tokenAt(doc, j) : null;
    if (!t || !/^(NOUN|ADJ)$/.test(t.pos) || !/^\p{Ll}+$/u.test(t.value) || leftOut(t.lemma)) return false;
    return /(s|ed)$/.test(t.lower) || (j + 1 < ceiling && END_PARTICLES.has(tokenAt(doc, j + 1).lower));
  };
  // (a hyphenated name is one word of it: "Kasza-Lind")
  const nameEnd = (from: number): number => {
    let j = from;
    for (let words = 0; j < ceiling && words < 4 && isNameToken(tokenAt(doc, j), doc); words++) {
      j++;
      while (j + 1 < ceiling && isInnerHyphen(doc, j) && isNameToken(tokenAt(doc, j + 1), doc)) j += 2;
    }
    return j;
  };
  // after a question or an exclamation, a name and a verb may open the next sentence ('"...?" Others saw'):
  // only the inverted order counts there; after a full stop nothing does
  const mark = viewSlice(doc.view, close.start - 1, close.start);
  if (mark === '.' || mark === ':' || mark === ';') return null;
  const inverted = mark === '?' || mark === '!';
  // "reacted Lee."
  const verbFirst = isVerb(k) ? nameEnd(k + 1) : k;
  if (verbFirst > k + 1 && (verbFirst >= ceiling || /^[.,;]$/.test(tokenAt(doc, verbFirst).value))) {
    const m = makeMention(doc, k + 1, verbFirst);
    if (m && m.kind === 'name' && canSpeak(doc, m)) return { cue: trailingVerbCue(doc, k, ceiling), speaker: m, rule: 'direct/trailing-name', confidence: 0.6 };
  }
  // '"...," he went on.'
  if (!inverted && PERSON_SUBJECT_PRONOUNS.has(tokenAt(doc, k).lower) && verbLike(k + 1) && intransitive(doc, k + 2, ceiling)) {
    const m = makeMention(doc, k, k + 1);
    if (m) return { cue: trailingVerbCue(doc, k + 1, ceiling), speaker: m, rule: 'direct/trailing-name', confidence: 0.6 };
  }
  // "Tom Bennick grinned."; not '"Thriller," Ann Lee released in 1982': the quoted words are the verb's object
  const end = nameEnd(k);
  if (!inverted && end > k && verbLike(end) && intransitive(doc, end + 1, ceiling)) {
    const m = makeMention(doc, k, end);
    if (m && m.kind === 'name' && m.first === k && canSpeak(doc, m)) return { cue: trailingVerbCue(doc, end, ceiling), speaker: m, rule: 'direct/trailing-name', confidence: 0.6 };
  }
  return null;
}

/** Parts of speech that open the object of a preposition: "on Tuesday", "at the board". */
const PREPOSITION_OBJECT_POS: ReadonlySet<string> = PHRASE_OPENING_TAGS;

/**
 * The cue of `direct/trailing-name`, as annotated news marks it: the verb at
 * token `verb` next to the name ("grinned", "reacted"), with the particle right
 * after it ("shot back", "went on"), a speech cue with the verb's lemma; a
 * preposition with an object of its own is no particle ("fumed on Tuesday").
 */
function trailingVerbCue(doc: Doc, verb: number, ceiling: number): CueMatch {
  const particle = verb + 1 < ceiling && END_PARTICLES.has(tokenAt(doc, verb + 1).lower);
  const object = particle && verb + 2 < ceiling && PREPOSITION_OBJECT_POS.has(tokenAt(doc, verb + 2).pos);
  const last = particle && !object ? verb + 2 : verb + 1;
  return { first: verb, last, head: verb, lemma: tokenAt(doc, verb).lemma, category: 'speech', negated: false, form: 'verb' };
}

/**
 * True when the verb before `from` takes no object: only adverbs, a day word,
 * a particle ("back", "on", "in") and then punctuation, a conjunction or the
 * end follow it, a listener at most between, or a phrase of manner or place (`grinned.`,
 * `went on.`, `grinned Monday,`, `said as ...`, `sings to Ann Lee before ...`,
 * `grinned with a laugh`), as a verb of saying after a quote
 * does; `released in 1982` and `directed the film` have the quote as object.
 */
function intransitive(doc: Doc, from: number, ceiling: number): boolean {
  let k = from;
  if (k < ceiling && END_PARTICLES.has(tokenAt(doc, k).lower)) k++;
  while (k < ceiling && (tokenAt(doc, k).pos === 'ADV' || DAYS.has(tokenAt(doc, k).lower))) k++;
  // a listener: "sings to Ada", "grinned at him"
  if (k + 1 < ceiling && MANNER_LISTENER_PREPOSITIONS.has(tokenAt(doc, k).lower) && /^(PROPN|PRON)$/.test(tokenAt(doc, k + 1).pos)) {
    k++;
    while (k < ceiling && /^(PROPN|PRON)$/.test(tokenAt(doc, k).pos)) k++;
  }
  const t = k < ceiling ? tokenAt(doc, k) : null;
  // a manner or a place: "grinned with a laugh", "grinned at the gate"
  return !t || /^(PUNCT|SCONJ|CCONJ)$/.test(t.pos) || MANNER_PHRASE_OPENERS.has(t.lower) || isMarkToken(t.value);
}

/**
 * `Mayor Dan Kirk delivered a blunt message to the council: "..."`, `She went
 * on: "..."`: a quote right after a colon that ends a clause with no cue the
 * rules read; the clause's subject speaks (a person, a pronoun, a group, an
 * organisation or a document), its verb phrase through the colon the cue
 * (see `clauseCue`). "it" and "there" never
 * speak (`Wait, it gets better: "..."`). Unless `cued` (a cue was read and only
 * its speaker is sought), the clause must introduce words (see `introducesWords`).
 */
export function clauseColon(doc: Doc, open: number, floor: number, cued = false): Attribution | null {
  const colon = open - 1;
  if (colon <= floor || tokenAt(doc, colon).value !== ':') return null;
  const sentence = doc.sentences[tokenAt(doc, colon).sent]!;
  const first = Math.max(floor, sentence.first);
  for (let k = first; k < colon; k++) if (isMarkToken(tokenAt(doc, k).value)) return null;
  // the subject of the last clause that has one: "When Lee died, Mayor Kirk released the following
  // statement:", "Reyes lost, and the paper has proof:"; a clause opens the sentence, or follows a comma or "and"
  let found: Mention | null = null;
  for (let k = first; k < colon; k++) {
    if (k > first && !COLON_CLAUSE_OPENERS.has(tokenAt(doc, k - 1).lower)) continue;
    const m = sentenceSubject(doc, k, colon);
    if (m && m.first <= k + 2 && m.last < colon) found = m;
  }
  // ('"A," said one. Another was blunt: "B."': "one" or "another" alone before its verb is the subject, fix95)
  let lone = false;
  if (!found) {
    const one = oneSpeaker(doc, first);
    if (one && one.last < colon && /^(VERB|AUX)$/.test(tokenAt(doc, one.last).pos)) found = one;
    lone = found !== null;
  }
  // "More from Brandt, who has finished speaking:": the lead that hands over to the name is no part of the speaker
  const lead = found ? colonLeadLength(doc, found.first, found.last) : 0;
  if (found && lead > 0) found = makeMention(doc, found.first + lead, found.last);
  if (!found || (found.kind === 'pronoun' && NO_CUE_NON_SPEAKER_PRONOUNS.has(found.name.toLowerCase())) || NO_CUE_TIME_HEADS.has(tokenAt(doc, found.last - 1).lower)) return null;
  // a description of a state ("the mood was grim:") speaks nothing; one of people, an organisation or
  // a document does, and so does any that does something ("a familiar voice celebrated the attacks:")
  const head = tokenAt(doc, found.head ?? found.last - 1).lower;
  let verb = found.last;
  while (verb < colon && tokenAt(doc, verb).pos === 'ADV') verb++;
  if (found.kind === 'description' && !lone && kindOfHead(head) === 'unknown' && !DOCUMENT_NOUNS.has(head) && tokenAt(doc, verb).lemma === 'be') return ownedWords(doc, found, verb, colon);
  // with no cue read, the clause must introduce words: "Police found a sign taped to the window:" does not
  if (!cued && !introducesWords(doc, found.last, colon)) return null;
  // "Lee was asked:", "The senator was told by aides:": the subject of a passive verb of saying is the
  // listener; an agent after "by" speaks, else nobody the clause names
  const passive = passiveSaying(doc, verb, colon);
  if (passive >= 0) {
    if (tokenAt(doc, passive).lower !== 'by') return null;
    const agent = makeMention(doc, passive + 1, colon);
    return agent && agent.first === passive + 1 && agent.last === colon ? { cue: clauseCue(doc, verb, passive), speaker: agent, rule: 'direct/clause-colon', confidence: 0.6 } : null;
  }
  return { cue: clauseCue(doc, found.last, colon + 1), speaker: found, rule: 'direct/clause-colon', confidence: 0.6 };
}

/**
 * The cue of a clause that hands over to a quote (`direct/clause-colon`), as
 * annotated news marks it: from the first verb after the subject, which ends
 * before `from`, to `end` (past the colon: "went even further:", "delivered a
 * blunt message to the council:"; before "by" in a passive: "was asked"). The
 * main verb is its head and lemma. With no verb before `end`, the colon alone
 * (`end` - 1) is the cue.
 */
function clauseCue(doc: Doc, from: number, end: number): CueMatch {
  let first = from;
  while (first < end && !/^(VERB|AUX)$/.test(tokenAt(doc, first).pos)) first++;
  if (first >= end) return colonCue(end - 1);
  // the main verb after the auxiliaries ("has adopted", "could not bring"), else the first verb ("was conclusive")
  let head = first;
  while (head + 1 < end && /^(AUX|ADV|PART)$/.test(tokenAt(doc, head).pos)) head++;
  if (tokenAt(doc, head).pos !== 'VERB') head = first;
  // (never negated: the quote after the colon was said, "did not mince words:" included)
  return { first, last: end, head, lemma: tokenAt(doc, head).lemma, category: 'speech', negated: false, form: 'verb' };
}

/** Most adjectives and adverbs between "was" and the colon after words owned: "was simple:", "was short and blunt:". */
const MAX_OWNED_WORDS_TAIL = 3;

/**
 * `Her message to voters was simple: "..."`, `Lee's reply was: "..."`: when
 * the subject `found` is a noun of words said or written (not a motto or a
 * case, {@link UNSPOKEN_OWNED_WORDS}) opened by its owner, and only "was" or
 * "is" and a few adjectives or adverbs stand between it and the colon, the
 * owner speaks; null otherwise.
 */
function ownedWords(doc: Doc, found: Mention, verb: number, colon: number): Attribution | null {
  const noun = found.head ?? found.last - 1;
  const word = tokenAt(doc, noun);
  if (!COLON_SPEECH_WORDS.has(word.lower) || UNSPOKEN_OWNED_WORDS.has(word.lower) || !/^(NOUN|PROPN)$/.test(word.pos)) return null;
  if (!SINGULAR_BE_FORMS.has(tokenAt(doc, verb).lower) || colon - verb - 1 > MAX_OWNED_WORDS_TAIL) return null;
  for (let k = verb + 1; k < colon; k++) if (!/^(ADJ|ADV|CCONJ)$/.test(tokenAt(doc, k).pos)) return null;
  const o = owner(doc, noun);
  if (!o || o.first !== found.first || (o.kind === 'pronoun' && NO_CUE_MUTE_OWNERS.has(o.name.toLowerCase()))) return null;
  return { cue: colonCue(colon), speaker: o, rule: 'direct/clause-colon', confidence: 0.6 };
}

/** Categories of cue verbs that introduce words before a colon (not "found", "backed"). */
const WORD_CATEGORIES = new Set(['speech', 'writing', 'thought']);

/**
 * True when the clause in tokens [from, colon) introduces words: a verb of
 * saying, writing or thinking ("has said the same thing", "imagined"), a noun
 * of words said ("delivered a blunt message", "in an interview"), an adjective
 * of a firm view ("she is sure that ..."), "turned to", or "went
 * on", "went further", "shot back", "put it", "made clear".
 */
function introducesWords(doc: Doc, from: number, colon: number): boolean {
  for (let k = from; k < colon; k++) {
    const t = tokenAt(doc, k);
    if (COLON_SPEECH_WORDS.has(t.lower) || t.lower === 'back') return true;
    // (a participle may come tagged as a noun: "is shown lecturing:")
    const lemmas = /ing$/.test(t.lower) ? [t.lemma, t.lower.slice(0, -3), `${t.lower.slice(0, -3)}e`] : [t.lemma];
    const verbal = t.pos === 'VERB' || (t.pos === 'NOUN' && /ing$/.test(t.lower));
    if (verbal && lemmas.some((l) => WORD_CATEGORIES.has(CUE_VERBS.get(l) ?? '') || COLON_SPEECH_VERBS.has(l))) return true;
    // the verb before, over adverbs ("went even further") or one word ("made that clear")
    let v = k - 1;
    while (v > from && tokenAt(doc, v).pos === 'ADV') v--;
    const before = v >= from ? tokenAt(doc, v).lemma : '';
    const before2 = k - 2 >= from ? tokenAt(doc, k - 2).lemma : '';
    if ((before === 'go' && GO_ON_WORDS.has(t.lower)) || (before === 'turn' && t.lower === 'to') || (before === 'put' && t.lower === 'it') || ((before === 'make' || before2 === 'make') && t.lower === 'clear')) return true;
  }
  return false;
}

/**
 * When tokens from `verb` read "was asked", "were told", "got warned" (a form of
 * "be" or "get", adverbs, then the participle of a verb whose object is the
 * listener), the index after the participle; else -1.
 */
function passiveSaying(doc: Doc, verb: number, colon: number): number {
  if (verb >= colon || !PASSIVE_AUXILIARIES.has(tokenAt(doc, verb).lemma)) return -1;
  let k = verb + 1;
  while (k < colon && tokenAt(doc, k).pos === 'ADV') k++;
  const t = tokenAt(doc, k);
  // ("is shown lecturing:" shows the speaker)
  return k < colon && t.pos === 'VERB' && !/ing$/.test(t.lower) && LISTENER_VERBS.has(t.lemma) && !SHOWING_LEMMAS.has(t.lemma) ? k + 1 : -1;
}

/** True when tokens [from, to) are punctuation or quotation marks only. */
export function onlyPunctuationBetween(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokenAt(doc, k).pos !== 'PUNCT' && !isMarkToken(tokenAt(doc, k).value)) return false;
  return true;
}

/**
 * True when the text between an attribution's last word (`from`) and the next
 * quote (`to`) ends the attribution's sentence and leaves at most a lead-in of
 * the next one (`Smith said. "B."`, `Smith said outside. But "B."`, `said Ann
 * Roe, a professor of history. Now, "B."`, `Roe said. Unless the board acts,
 * "B."`): one or two words such as "But" or "Now", or up to 12 words with no
 * name, no pronoun, no auxiliary and no verb of saying. Unless the gap is
 * `short`, it ends one sentence only.
 */
export function endsAttribution(doc: Doc, from: number, to: number, short: boolean): boolean {
  const gap = doc.text.slice(from, to);
  const stop = /[.!?:](?=\s|$)/g;
  const ends: number[] = [];
  for (let m = stop.exec(gap); m !== null; m = stop.exec(gap)) ends.push(m.index + 1);
  const last = ends[ends.length - 1];
  if (last === undefined || (!short && ends.length > 1)) return false;
  if (gap.slice(last).trim() === '') return true;
  // a lead-in: "But", "Now,", "And then"
  let words = 0;
  for (let k = tokenAtOrAfter(doc, from + last); k < tokenCount(doc) && tokenAt(doc, k).start < to; k++) {
    const t = tokenAt(doc, k);
    if (isMarkToken(t.value)) break;
    if (t.pos === 'PUNCT') continue;
    words++;
    // or a clause that names no one and says nothing: "Unless rivals quit the race,"
    if (words > 12 || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'AUX' || (t.pos === 'VERB' && CUE_VERBS.has(t.lemma))) return false;
  }
  return words > 0;
}
