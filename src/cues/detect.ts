/**
 * Cue detection: finds the verbs and phrases of the lexicon in the text, with
 * the auxiliaries before them ("had told", "has in a written reply said").
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import type { Token } from '../prepare/token.js';
import type { CueMatch } from './match.js';
import type { CuePhrase, Lexicon } from './lexicon.js';
import { tokenAt, tokenCount } from '../prepare/lookup.js';
import { asPutIt } from './put-it.js';
import { SPEECH_PHRASE_LEMMAS, speechPhraseHere } from './speech-phrase.js';
import { isVerbLike } from './noun-tagged.js';
import { mayBePastTag, mistaggedVerb, pastTagAfterQuote } from './mistagged.js';
import { auxiliaryStart, catenativeHead, quotedBeforeAs } from './verb-group.js';
import { vetoed } from './veto.js';
import { OPT_IN_CATEGORIES } from '../options.js';
import { linkingVerbOf } from './thought-adjective.js';
import { heardByBody } from './heard.js';
import { heldThat } from './held.js';
import { feelingClauseNoun } from './feeling-clause.js';
import { RAISING_VERBS, PUT_FORMS, WORDS_OF, MISTAGGED_FORMS, OBJECT_SPEECH_PHRASE_LEMMAS, OBJECT_STANCE_PHRASE_LEMMAS, THOUGHT_ADJECTIVES, HEARD_FORMS, HELD_FORMS, FEELING_VERB_FORMS } from '../data/cues.js';

/** The phrases of a token that opens none: one shared empty list, so that most tokens allocate nothing. */
const NO_PHRASES: readonly CuePhrase[] = [];


/** {@link listedWords} by lexicon. */
const LISTED_WORDS = new WeakMap<Lexicon, ReadonlySet<string>>();

/** The set `cache` holds for `lexicon`, made by `make` the first time it is asked for. */
function perLexicon(cache: WeakMap<Lexicon, ReadonlySet<string>>, lexicon: Lexicon, make: () => ReadonlySet<string>): ReadonlySet<string> {
  let words = cache.get(lexicon);
  if (words === undefined) {
    words = make();
    cache.set(lexicon, words);
  }
  return words;
}

/**
 * Every lower-case word that {@link detectCues} looks up by its lower-case
 * form: the first words of the lexicon's phrases, its added verb forms and
 * the verb forms the tagger may take for another part of speech.
 */
function listedWords(lexicon: Lexicon): ReadonlySet<string> {
  return perLexicon(LISTED_WORDS, lexicon, () => new Set([...lexicon.phrasesByFirst.keys(), ...lexicon.lemmaOf.keys(), ...MISTAGGED_FORMS.keys()]));
}

/** {@link checkedWords} by lexicon. */
const CHECKED_WORDS = new WeakMap<Lexicon, ReadonlySet<string>>();

/**
 * Every lower-case word that {@link detectCues} tests before it looks at a
 * token's lemma: {@link listedWords}, "put", "heard" and the verbs of feeling
 * (`PUT_FORMS`, `HEARD_FORMS`, `HELD_FORMS`, `FEELING_VERB_FORMS`). A word in none of them,
 * most words of a text, costs one look-up instead of four.
 */
function checkedWords(lexicon: Lexicon): ReadonlySet<string> {
  return perLexicon(CHECKED_WORDS, lexicon, () => new Set([...listedWords(lexicon), ...PUT_FORMS, ...HEARD_FORMS, ...HELD_FORMS, ...FEELING_VERB_FORMS.keys()]));
}

/** Finds every cue in the document, in text order. */
export function detectCues(doc: Doc, lexicon: Lexicon): CueMatch[] {
  const cues: CueMatch[] = [];
  const tokens = doc.tokens;
  const table = doc.table;
  const listed = listedWords(lexicon);
  const checked = checkedWords(lexicon);
  const verbs = lexicon.verbs;
  for (let i = 0, count = tokenCount(doc); i < count; i++) {
    // most tokens can start no cue: a word in none of the lists, no "put", a lemma that is no cue verb,
    // and no past form the tagger read as an adjective or noun (see pastTagAfterQuote); they are
    // passed over on their word, lemma and tag alone, without a token object for a long text's
    const plain = table === undefined ? tokens[i]! : undefined;
    const lower = plain !== undefined ? plain.lower : table!.lowerOf(i);
    if (!checked.has(lower)) {
      // (what the tests below come to for a word in none of the lists)
      const verb = verbs.get(plain !== undefined ? plain.lemma : table!.lemmaOf(i)) !== undefined;
      if (!verb && !mayBePastTag(plain !== undefined ? plain.pos : table!.posOf(i), lower)) continue;
      i = cueStartingAt(doc, lexicon, listed, cues, i);
      continue;
    }
    // "Lee expressed concern that the plant would close": a feeling voiced with a clause is speech
    // (before the verb lists: with stance on, "express" alone is a stance cue)
    const feeling = FEELING_VERB_FORMS.get(lower);
    if (feeling !== undefined && lexicon.ruleVerbs.has(feeling)) {
      const noun = feelingClauseNoun(doc, i);
      if (noun >= 0) {
        const { first, negated } = auxiliaryStart(doc, i);
        cues.push({ first, last: noun + 1, head: i, lemma: feeling, category: 'speech', negated, form: 'verb' });
        i = noun;
        continue;
      }
    }
    if (!listed.has(lower) && !PUT_FORMS.has(lower) && verbs.get(plain !== undefined ? plain.lemma : table!.lemmaOf(i)) === undefined) {
      // "The court heard that the driver had been drinking": a hearing body told something, by no one named
      if (HEARD_FORMS.has(lower) && lexicon.ruleVerbs.has('hear') && heardByBody(doc, i)) {
        const { first, negated } = auxiliaryStart(doc, i);
        cues.push({ first, last: i + 1, head: i, lemma: 'hear', category: 'speech', negated, form: 'verb' });
        continue;
      }
      // "The court held that the law was valid": a ruling, with "that" and a clause after "held"
      if (HELD_FORMS.has(lower) && lexicon.ruleVerbs.has('hold') && heldThat(doc, i)) {
        const { first, negated } = auxiliaryStart(doc, i);
        cues.push({ first, last: i + 1, head: i, lemma: 'hold', category: 'speech', negated, form: 'verb' });
        continue;
      }
      if (!mayBePastTag(plain !== undefined ? plain.pos : table!.posOf(i), lower)) continue;
    }
    i = cueStartingAt(doc, lexicon, listed, cues, i);
  }
  return cues;
}

// The work on a token that may start a cue stands in two functions of their own (cueStartingAt below,
// vetoed in veto.ts), too large for V8 to inline into detectCues: a branch met for the first time in one
// of them (most in the vetoes, each rare) then makes V8 recompile that function alone, not the whole
// token loop with it (speed round 31).

/**
 * The cue starting at token `i`, if any, added to `cues` (see
 * {@link detectCues}); returns the index of the last token it took: `i`, or
 * the last word of a phrase.
 */
function cueStartingAt(doc: Doc, lexicon: Lexicon, listed: ReadonlySet<string>, cues: CueMatch[], i: number): number {
  const t = tokenAt(doc, i);
  // (one look-up for the three lists by lower-case word below: most words are in none of them)
  const inLists = listed.has(t.lower);
  // phrases first: "according to", "citing" (a function of its own, met by a listed word only)
  if (inLists) {
    const phrase = phraseCueAt(doc, lexicon, t, cues, i);
    if (phrase >= 0) return phrase;
  }
  if (asPutIt(doc, i)) {
    cues.push({ first: i, last: i + 2, head: i, lemma: 'put', category: 'speech', negated: false, form: 'verb' });
    return i + 1;
  }
  const custom = inLists ? lexicon.lemmaOf.get(t.lower) : undefined;
  // a verb form tagged as an adjective or noun ("is promising to", "Smith alleged that")
  const known = lexicon.verbs.get(t.lemma);
  const mistagged = inLists && custom === undefined && known === undefined ? MISTAGGED_FORMS.get(t.lower) : undefined;
  const base = mistagged !== undefined && mistaggedVerb(doc, t) ? mistagged : undefined;
  // a past form tagged as an adjective after a quotation's speaker ('"...," Sam Ortiz fumed.')
  const tagged = known === undefined && custom === undefined && base === undefined ? pastTagAfterQuote(doc, t, lexicon) : undefined;
  const category = known ?? (custom !== undefined ? lexicon.verbs.get(t.lower) : undefined) ?? (base !== undefined ? lexicon.verbs.get(base) : undefined) ?? (tagged !== undefined ? lexicon.verbs.get(tagged) : undefined);
  // an added verb in an inflected form the tagger does not know ("blogged") counts;
  // its base form must be tagged as a verb ("the post office" is no cue)
  // ("are confident that": an adjective of a thought, only so; "upset the favorite" is no cue)
  const adjective = THOUGHT_ADJECTIVES.has(t.lower) && custom === undefined;
  if (category === undefined || !(adjective ? linkingVerbOf(t, doc) >= 0 : base !== undefined || tagged !== undefined || isVerbLike(t, doc) || (custom !== undefined && t.lower !== custom))) return i;
  if (vetoed(doc, t, i, category)) return i;
  // "was quoted as saying": the cue runs from the auxiliary of "quoted"
  // (and "was quoted by the magazine as saying": the one who quotes may stand between)
  const quoted = /ing$/.test(t.lower) && tokenAt(doc, i - 1).lower === 'as' ? quotedBeforeAs(doc, i - 1) : -1;
  const quotedAs = quoted >= 0 && tokenAt(doc, quoted).para === t.para;
  // ("remain hopeful that": the cue runs from the linking verb)
  const group = quotedAs ? quoted : adjective ? linkingVerbOf(t, doc) : catenativeHead(doc, i);
  // "began telling reporters that": "began" (a cue of its own, '"Well," he began') is the gerund's verb group, no cue apart
  if (group === i - 1 && cues.length > 0 && cues[cues.length - 1]!.head === i - 1) cues.pop();
  // "seemed to mock the plan": an opt-in verb of appearance heading a verb of saying's group ("seemed", thought) is
  // no cue apart either, so the speech cue found without the opt-in categories stays with them on
  // ("The records seem to show that ...": nor is one heading a verb of evidence, {@link RAISING_VERBS})
  else if (group < i - 1 && cues.length > 0 && cues[cues.length - 1]!.head === group && OPT_IN_CATEGORIES.has(cues[cues.length - 1]!.category) && (category === 'speech' || (category === 'evidence' && RAISING_VERBS.has(cues[cues.length - 1]!.lemma)))) cues.pop();
  const { first, negated } = auxiliaryStart(doc, group);
  let last = i + 1;
  if (t.lemma === 'point') last = i + 2;
  cues.push({ first, last, head: i, lemma: custom ?? base ?? tagged ?? t.lemma, category, negated, form: 'verb' });
  return i;
}

/**
 * The phrase cue starting at token `i` (`t`), a word of the lexicon's lists ("according to", "citing"), if
 * any, added to `cues`; returns the index of its last token, or -1 when no phrase starts there.
 */
function phraseCueAt(doc: Doc, lexicon: Lexicon, t: Token, cues: CueMatch[], i: number): number {
  // (an index loop: most tokens start no phrase, and none then makes an iterator)
  const phrases = lexicon.phrasesByFirst.get(t.lower) ?? NO_PHRASES;
  for (let q = 0; q < phrases.length; q++) {
    const p = phrases[q]!;
    let ok = true;
    // (tokenAt: past the end of the text the empty word matches no phrase word, and the test stays one of two strings)
    for (let w = 1; w < p.words.length; w++) if (tokenAt(doc, i + w).lower !== p.words[w]) ok = false;
    if (!ok) continue;
    // "officers fired back, killing him": a built-in speech phrase needs speech next to it
    // ("lashed out at the board": a phrase that says something of its object needs no quotation, but a verb: not "12 points to 8")
    // (and a stance phrase: "balked at the price", "singled out the budget office")
    const objectPhrase = p.builtIn && (OBJECT_SPEECH_PHRASE_LEMMAS.has(p.lemma) || OBJECT_STANCE_PHRASE_LEMMAS.has(p.lemma));
    // ("Pointing to the new figures, Lee said ...": an opening participle's object is the main clause's reason, not its words)
    // (nor after "said,": '"It goes here," Lee said, pointing to the map' shows while speaking)
    if (objectPhrase && (t.pos !== 'VERB' || (/ing$/.test(t.lower) && (doc.sentences[t.sent]!.first === i || (tokenAt(doc, i - 1).value === ',' && tokenAt(doc, i - 2).lemma === 'say'))))) continue;
    if (p.category === 'speech' && SPEECH_PHRASE_LEMMAS.has(p.lemma) && !objectPhrase && !speechPhraseHere(doc, i, i + p.words.length)) continue;
    // "In the words of one veteran, ...": only as the sentence's opening ("sang in the words of a hymn" names none)
    // (the built-in phrase only: a caller's own "in the words of" keeps the caller's meaning)
    if (p.builtIn && p.lemma === WORDS_OF && doc.sentences[t.sent]!.first !== i) continue;
    // a caller's phrase of speech or writing ("went on to say") works like a verb; source phrases name their source after them
    const form = p.category === 'source' ? 'phrase' : 'verb';
    // a built-in stance phrase is a verb group like a stance verb's: "have since balked at", "did not single out"
    if (p.builtIn && p.category === 'stance') {
      const { first, negated } = auxiliaryStart(doc, i);
      cues.push({ first, last: i + p.words.length, head: i, lemma: p.lemma, category: p.category, negated, form });
      return i + p.words.length - 1;
    }
    cues.push({ first: i, last: i + p.words.length, head: i, lemma: p.lemma, category: p.category, negated: false, form });
    return i + p.words.length - 1;
  }
  return -1;
}
