/**
 * Vetoes on a cue verb that is no cue where it stands: a judgement ("hard to
 * say"), a discourse link ("having said that", "That said,", "All told,"), the noun "say",
 * a name ("Ann Read said", "a group called Citizens for Trump"), a dateline
 * ("reported from Washington"), a text's issuing ("posted a notice warning
 * that") or a participle modifying a noun ("the facts reported by", "more
 * pledged delegates").
 * @internal
 */
import type { Doc, Token } from '../prepare/document.js';
import type { CueCategory } from '../types.js';
import { isMarkToken, maybeToken, tokenAt, tokenCount } from '../prepare/lookup.js';
import { isCueFormFirstName, isFirstNameVerb, isSurnameVerb, isVerbInName } from './surname.js';
import { thatOrColonAfter } from './speech-phrase.js';
import { markFrom } from './sentence-marks.js';
import { nounSay } from './say-noun.js';
import { attributiveParticiple } from './attributive-participle.js';
import { OPT_IN_CATEGORIES } from '../options.js';
import { CUE_VERBS, DISCOURSE_SAID_OBJECTS, IMPERSONAL_SAY_BEFORE, ISSUING_VERBS, NAMING_VERBS, NOT_CUE_BEFORE, PHRASAL_NOT_CUE, SET_PHRASE_NOT_CUE, PARTICIPLE_PREPOSITION_EXCEPTIONS } from '../data/cues.js';
import { POSSESSIVES } from '../data/clauses.js';
import { ARTICLES, INDEFINITE_ARTICLES, THAT_SAID_OPENERS } from '../data/function-words.js';
import { PEOPLE_NOUNS } from '../data/people.js';
import { YEAR } from '../data/time.js';
import { NOUN_OPENING_TAGS } from '../data/tags.js';
import { OBJECT_PRONOUNS } from '../data/pronouns.js';
import { PLEDGED_AMOUNT_WORDS, PLEDGED_NOUNS } from '../data/senses.js';

/**
 * True when the cue verb `t` (token `i`, of cue category `category`) is no
 * cue where it stands: a judgement ("hard to say"), a discourse link
 * ("having said that"), a name, a participle modifying a noun and the like.
 */
export function vetoed(doc: Doc, t: Token, i: number, category: CueCategory): boolean {
  if (t.lemma === 'point' && maybeToken(doc, i + 1)?.lower !== 'out') return true;
  // "was likened to", "a star likened to a badge": a passive, whose subject is what was likened, not who likened it
  if (t.lemma === 'liken' && maybeToken(doc, i + 1)?.lower === 'to') return true;
  // "too soon to say if", "hard to say": a judgement, no report; so is another cue verb closed by punctuation
  // ("are hard to predict, economists say": "it is hard to predict how ..." keeps its cue)
  if (maybeToken(doc, i - 1)?.lower === 'to' && IMPERSONAL_SAY_BEFORE.has(maybeToken(doc, i - 2)?.lower ?? '') && (t.lemma === 'say' || /^[,;:.!?]$/.test(maybeToken(doc, i + 1)?.value ?? '.'))) return true;
  // "Having said that, ...", "having said this,": a discourse link, no report
  if (t.lower === 'said' && maybeToken(doc, i - 1)?.lower === 'having' && DISCOURSE_SAID_OBJECTS.has(maybeToken(doc, i + 1)?.lower ?? '') && maybeToken(doc, i + 2)?.value === ',') return true;
  // (and "That said, ...", "But that said, ...", "The plan, that said, ...": not "a sign that said, ...")
  if (t.lower === 'said' && maybeToken(doc, i + 1)?.value === ',' && DISCOURSE_SAID_OBJECTS.has(maybeToken(doc, i - 1)?.lower ?? '') && thatSaidOpens(doc, i - 1)) return true;
  // "more pledged delegates", "a lead in pledged delegates": an adjective before the noun it describes, no report
  if (t.lower === 'pledged' && PLEDGED_NOUNS.has(maybeToken(doc, i + 1)?.lower ?? '') && pledgedModifierBefore(doc, i - 1)) return true;
  // "Most reported cases were mild": a participle between a bare quantifier and a noun with its own verb describes the noun
  if (attributiveParticiple(doc, i)) return true;
  // "All told, ...", "The bill, all told, cost ...": "in all", no report (but "Rice and Lee all told me ..." is one, and
  // so is "All told them ...", "all" the subject before its listener)
  if (t.lower === 'told' && maybeToken(doc, i - 1)?.lower === 'all' && allToldOpens(doc, i - 1) && !OBJECT_PRONOUNS.has(maybeToken(doc, i + 1)?.lower ?? '')) return true;
  // "posted a notice warning that", "posted signs saying": the text's gerund is the cue, not its issuing
  if (ISSUING_VERBS.has(t.lemma) && textThenGerundCue(doc, i)) return true;
  // "had their say", "the final say on": the noun, no report
  if (nounSay(doc, i)) return true;
  // "pointing out where the pharmacy used to be": showing a place, not saying
  if (t.lemma === 'point' && maybeToken(doc, i + 2)?.lower === 'where') return true;
  // "Ann Read said", "said Ann Read.": a surname that is also a verb is no cue
  if (isSurnameVerb(doc, i)) return true;
  // "spokeswoman Hope Lind said": a first name that is also a verb is no cue (opt-in cues only)
  if (OPT_IN_CATEGORIES.has(category) && isFirstNameVerb(doc, i)) return true;
  // '"...," Said Hassan said': a first name written like a cue verb is no cue
  if (isCueFormFirstName(doc, i)) return true;
  // "of Counter Jihad": a capitalised verb after a preposition opens a name
  if (isVerbInName(doc, i)) return true;
  // "Lee reported from Washington": a dateline, not a report ("reported from Kyiv that ..." is one)
  if (NOT_CUE_BEFORE.get(t.lemma)?.has(maybeToken(doc, i + 1)?.lower ?? '') && !thatOrColonAfter(doc, i + 1) && !markAfter(doc, i + 1)) return true;
  // "showed up at the hearing": a phrasal verb, no cue
  if (PHRASAL_NOT_CUE.get(t.lemma)?.has(maybeToken(doc, i + 1)?.lower ?? '')) return true;
  // "called for order twice": a set phrase that asks for nothing said
  if (setPhraseAfter(doc, t, i)) return true;
  // part of a hyphenated word: "so-called", "self-described"
  const prev = maybeToken(doc, i - 1);
  if (prev && prev.end === t.start && (prev.value === '-' || prev.lower.endsWith('-'))) return true;
  // "a genre known as ''farm lit''", "the hacker known as “Ghost”": right after a noun, the name it goes by, no one's view
  if (OPT_IN_CATEGORIES.has(category) && t.lower === 'known' && maybeToken(doc, i + 1)?.lower === 'as' && isMarkToken(maybeToken(doc, i + 2)?.value ?? '') && (prev?.pos === 'NOUN' || prev?.pos === 'PROPN')) return true;
  // "a group called Citizens for Trump", "an ad called 'Tenemos Familias'": naming, no report
  if (t.lower === 'called' && namingCalled(doc, i)) return true;
  // (the five tests below ask it of every word that gets this far)
  const edForm = t.lower.endsWith('ed');
  // a participle that modifies a noun: "the figures reported by the county"
  if (edForm && maybeToken(doc, i + 1)?.lower === 'by' && prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN')) return true;
  // a participle between a number and its noun, the clause's verb after them: "60 pledged votes went to Ortiz"
  if (edForm && prev?.pos === 'NUM' && maybeToken(doc, i + 1)?.pos === 'NOUN' && /^(VERB|AUX)$/.test(maybeToken(doc, i + 2)?.pos ?? '')) return true;
  // (and any plural noun after a count or a possessive: "384 pledged delegates at stake", "his repeated attempts to";
  // not a year, which may open the clause: "in 2012 promised voters a cut")
  if (edForm && prev !== undefined && prev.sent === t.sent && ((prev.pos === 'NUM' && !YEAR.test(prev.value)) || POSSESSIVES.has(prev.lower)) && maybeToken(doc, i + 1)?.pos === 'NOUN') return true;
  // (and after an article: "said in an emailed statement", "a tweeted reply")
  if (edForm && prev !== undefined && prev.sent === t.sent && ARTICLES.has(prev.lower) && maybeToken(doc, i + 1)?.pos === 'NOUN' && /^\p{Ll}/u.test(maybeToken(doc, i + 1)?.value ?? '')) return true;
  // (and after a preposition, which no subject of the verb can end, "to" included: an infinitive takes no "-ed" form:
  // "did not reply to repeated requests for comment")
  if (edForm && prev !== undefined && prev.sent === t.sent && (prev.pos === 'ADP' || prev.lower === 'to') && !PARTICIPLE_PREPOSITION_EXCEPTIONS.has(prev.lower) && maybeToken(doc, i + 1)?.pos === 'NOUN' && /^\p{Ll}/u.test(maybeToken(doc, i + 1)?.value ?? '')) return true;
  return false;
}

/** True when the "that" of "that said," at `k` opens its sentence or a clause: after a comma, "but", "and" or "still". */
function thatSaidOpens(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  if (doc.sentences[t.sent]!.first === k) return true;
  const before = tokenAt(doc, k - 1);
  return before.sent === t.sent && (before.value === ',' || (THAT_SAID_OPENERS.has(before.lower) && doc.sentences[t.sent]!.first === k - 1));
}

/**
 * True when "called" at `i` gives a thing its name: after a noun opened by "a"
 * or "an" (adjectives between) and before a capitalised word or a quotation
 * mark: "a group called Citizens for Trump", "a new ad called 'Steady Hands'".
 * Not when a second object follows the name, which makes "called" a verb of
 * labelling: "A spokesman called Ms. Vale 'a fraud'", "an aide called Lee's
 * plan a mess".
 */
function namingCalled(doc: Doc, i: number): boolean {
  const next = maybeToken(doc, i + 1);
  if (next === undefined || !(/^\p{Lu}/u.test(next.value) || isMarkToken(next.value))) return false;
  let k = i - 1;
  if (k < 0 || tokenAt(doc, k).pos !== 'NOUN') return false;
  while (k - 1 >= 0 && /^(NOUN|ADJ)$/.test(tokenAt(doc, k - 1).pos) && i - k < 4) k--;
  return k - 1 >= 0 && INDEFINITE_ARTICLES.has(tokenAt(doc, k - 1).lower) && !secondObjectAfterName(doc, i + 1);
}

/**
 * True when the capitalised name that opens at `p` (after "called") is
 * followed by a second object: a possessive ending, a quotation mark or a
 * lower-case word of a noun phrase ("called Ms. Vale 'a fraud'", "called
 * Lee's plan a mess", "called Tom Reyes a liar").
 */
function secondObjectAfterName(doc: Doc, p: number): boolean {
  if (isMarkToken(tokenAt(doc, p).value)) return false;
  let k = p;
  while (k < tokenCount(doc) && tokenAt(doc, k).sent === tokenAt(doc, p).sent && (/^\p{Lu}/u.test(tokenAt(doc, k).value) || (k > p && tokenAt(doc, k).value === '.' && tokenAt(doc, k).start === tokenAt(doc, k - 1).end))) k++;
  const after = maybeToken(doc, k);
  if (after === undefined || after.sent !== tokenAt(doc, p).sent) return false;
  return /^['\u2019]s$/.test(after.lower) || isMarkToken(after.value) || (/^\p{Ll}/u.test(after.value) && /^(DET|ADJ|NOUN|PRON)$/.test(after.pos));
}

/** True when a quotation mark follows token `i - 1` later in its sentence. */
function markAfter(doc: Doc, i: number): boolean {
  // (one look-up of the sentence's last mark, not a scan to its end: see sentence-marks.ts)
  return markFrom(doc, tokenAt(doc, i - 1).sent, i);
}

/** Most words of the text noun phrase between an issuing verb and a gerund cue ("a new notice"). */
const MAX_TEXT_OBJECT = 3;

/**
 * True when the issuing verb at token `i` ("posted", "put up") has a short
 * object noun phrase, then a gerund of a cue verb: "posted a notice warning
 * that ...", "posted signs saying ..." (the gerund reports the text).
 */
function textThenGerundCue(doc: Doc, i: number): boolean {
  let k = i + 1;
  if (maybeToken(doc, k)?.pos === 'DET') k++;
  // (the tagger may read the gerund as a noun: "a notice warning that")
  for (const start = k; k <= start + MAX_TEXT_OBJECT; k++) {
    const t = maybeToken(doc, k);
    if (t === undefined || t.sent !== tokenAt(doc, i).sent) return false;
    // (a text, not a person: "wrote a man calling himself ..." keeps "wrote"; nor a naming gerund)
    const head = tokenAt(doc, k - 1);
    if (k > start && head.pos === 'NOUN' && !PEOPLE_NOUNS.has(head.lower) && !PEOPLE_NOUNS.has(head.lemma) && /ing$/.test(t.lower) && !NAMING_VERBS.has(t.lemma) &&
      (CUE_VERBS.has(t.lemma) || CUE_VERBS.has(t.lower.slice(0, -3)))) return true;
    if (!/^(ADJ|NOUN)$/.test(t.pos)) return false;
  }
  return false;
}

/**
 * True when "all" at token `a`, before "told", opens the phrase "all told"
 * (in all): it starts the text or follows a mark or a conjunction ("All told,
 * ...", ", all told, ..."), so no subject of "told" stands before it.
 */
function allToldOpens(doc: Doc, a: number): boolean {
  const before = maybeToken(doc, a - 1);
  return !before || isMarkToken(before.value) || /^[,;:.!?(—–-]$/.test(before.value) || before.pos === 'CCONJ';
}

/**
 * True when token `k`, right before "pledged", makes it an adjective: no
 * token, a determiner, an adjective, a number, a preposition or a conjunction
 * ("the", "in", "and"), or a word of amount ("more pledged delegates").
 */
function pledgedModifierBefore(doc: Doc, k: number): boolean {
  const t = maybeToken(doc, k);
  return !t || /^(DET|ADJ|ADP|NUM|CCONJ)$/.test(t.pos) || PLEDGED_AMOUNT_WORDS.has(t.lower);
}

/**
 * True when the words right after the cue verb `t` (token `i`) are one of its
 * set phrases ({@link SET_PHRASE_NOT_CUE}: "called for order") and no "to"
 * follows them ("called for order to be restored" asks for something), nor
 * a verb after them and a short tail of theirs: then they open the clause
 * reported ("said a word of caution was needed").
 */
function setPhraseAfter(doc: Doc, t: Token, i: number): boolean {
  const phrases = SET_PHRASE_NOT_CUE.get(t.lemma);
  if (!phrases) return false;
  return phrases.some((words) => words.every((w, n) => maybeToken(doc, i + 1 + n)?.lower === w) && maybeToken(doc, i + 1 + words.length)?.lower !== 'to' && !clauseSubjectAt(doc, i + 1 + words.length));
}

/** Most words of a set phrase's tail before the verb whose subject it is ("a word | of caution | was needed"). */
const MAX_SET_PHRASE_TAIL = 4;

/**
 * True when a finite verb (an auxiliary, or a verb in no "-ing") stands at
 * token `k` or after at most {@link MAX_SET_PHRASE_TAIL} words of a
 * prepositional tail in its sentence ("of caution was needed", "would change").
 */
function clauseSubjectAt(doc: Doc, k: number): boolean {
  const first = maybeToken(doc, k);
  for (let j = k; j <= k + MAX_SET_PHRASE_TAIL; j++) {
    const w = maybeToken(doc, j);
    if (w === undefined || first === undefined || w.sent !== first.sent) return false;
    if (w.pos === 'AUX' || (w.pos === 'VERB' && !/ing$/.test(w.lower))) return true;
    if (!(w.pos === 'ADP' && j === k) && !NOUN_OPENING_TAGS.has(w.pos)) return false;
  }
  return false;
}
