/**
 * Rules `reported/cue-object` and `reported/cue-topic`: what was said given as
 * a noun phrase, `Senator Ruth Alvarez has denied the accusations.`, or as the
 * topic after a preposition, `The mayor talked about the border.`, `Asked about
 * the deficit, ...`. Lower confidence than a clause, so `minConfidence` can drop them.
 * @internal
 */
import type { Doc, Segment } from '../../prepare/document.js';
import type { Candidate, CueMatch } from '../candidate.js';
import { isIngCue } from '../candidate.js';
import { isMarkToken, lowerBound, maybeToken, onlyAdverbs, tokenAt, tokenCount } from '../../prepare/lookup.js';
import { ADJUNCT_TIME_WORDS, DAY_OR_MONTH, SEASON_WORDS, WEEKDAY_SET, TIME_ADJUNCT_PREPOSITIONS, TIME_OR_MONTH_WORDS, TIME_DETERMINERS, TIME_NOUN_SET, TIME_PHRASE_ADJECTIVES, YEAR } from '../../data/time.js';
import { ANSWER_VERBS, BEAT_TOPIC_FORMS, WRITTEN_PIECE_NOUNS, GERUND_VERBS, LISTENER_OBJECT_VERBS, WHOLE_SENTENCE_OBJECT_VERBS, LIKENING_OBJECT_VERBS, LONG_OBJECT_CUES, ONE_NOUN_OBJECT_VERBS, OBJECT_VERB_NOT_NOUNS, OBJECT_VERB_NOUNS, OBJECT_VERBS, POSSESSIVE_NOT_NOUN_CUES, PRO_CLAUSES, TOLD_NOUNS, TOPIC_PREPOSITIONS, ADJUNCT_PREPOSITIONS } from '../../data/cues.js';
import { END, TIME_WORDS, candidate, headOf, range, restrictiveWhoseAt, sentenceOf, type ReportedContext } from './shared.js';
import { clauseStartsAt } from './clause-start.js';
import { roughAmountSubject } from './after-cue.js';
import { cueSubject, passiveCue, subjectlessCue } from './cue-subject.js';
import { endAtClausePunctuation } from './content-end.js';
import { cutAtNextAttribution } from './next-attribution.js';
import { cutConditionTail, nameTagClose } from './boundary/narrator-tail.js';
import { cutMediumAdjunct } from './boundary/occasion.js';
import { gerundListGoesOn, withAppositiveName } from './boundary/object-list.js';
import { danglingRelativeEnd } from './boundary/dangling-relative.js';
import { nounListEnd } from './boundary/noun-list.js';
import { OPT_IN_CATEGORIES } from '../../options.js';
import { CLAUSE_RELATIVES, SINGULAR_COPULAS, PROGRESSIVE_BE_FORMS, NARRATOR_SUBORDINATORS, POSSESSIVES_AND_YOUR, RELATIVE_TIME_SUBORDINATORS, TOPIC_QUESTION_WORDS } from '../../data/clauses.js';
import { ARTICLES, LISTENER_PRONOUNS, AS_PHRASE_WORDS, SAID_OF_PREPOSITIONS } from '../../data/function-words.js';
import { swallowsFinding } from './evidence.js';
import { isPeopleKind, kindOfHead } from '../../speakers/kinds.js';
import { wholeSentence } from './opt-in.js';
import { ownClauseAfter } from './object-clause.js';
import { reducedRelativeAsked } from './reduced-asked.js';
import { usedWordRelative } from './word-relative.js';
import { objectSubordinateEnd, subordinateAfterCut } from './object-subordinate.js';
import { butAlsoEnd, notOnlyAt, notOnlyIn } from './boundary/correlative.js';
import { afterCueDay } from './boundary/openings.js';
import { placeComma } from './boundary/place-comma.js';
import { dateComma, suffixComma } from './boundary/name-comma.js';
import { NOUN_HEADED_PHRASE_TAGS, NOUN_OPENING_TAGS } from '../../data/tags.js';
import { PEOPLE_NOUNS } from '../../data/people.js';
import { TITLE_WORDS } from '../../data/titles.js';
import { isShortTitle, wordsOf } from '../../marks/title.js';
import { cueWith } from '../../cues/match.js';

/** True when a cue of speech of this extraction has its head at token `k` ("a letter which | said ..."). */
function speechCueAt(ctx: ReportedContext, k: number): boolean {
  const c = ctx.cues[lowerBound(ctx.cues, k, headOf)];
  return c !== undefined && c.head === k && c.category === 'speech';
}

/** Words that may start the object: a determiner, a noun, an adjective, a number, a possessive, a gerund. */
const OBJECT_START: ReadonlySet<string> = NOUN_OPENING_TAGS;

/**
 * True when the noun of time at `k` (`TIME_NOUN_SET`) modifies the common
 * noun after it, in a noun phrase of the object: "night workers", "weekend markets", "night shift
 * nurses". Not after "this", "last" and the like ("last night workers
 * struck"), nor before a noun that a verb follows (a clause's subject).
 */
function timeModifier(doc: Doc, k: number): boolean {
  const next = maybeToken(doc, k + 1);
  const after = maybeToken(doc, k + 2);
  const t = tokenAt(doc, k);
  if (!TIME_NOUN_SET.has(t.lower) || t.pos !== 'NOUN') return false;
  if (next === undefined || next.sent !== t.sent || next.pos !== 'NOUN' || !/^\p{Ll}/u.test(next.value) || TIME_OR_MONTH_WORDS.has(next.lower)) return false;
  if (k > 0 && TIME_DETERMINERS.has(tokenAt(doc, k - 1).lower)) return false;
  return after === undefined || after.sent !== t.sent || !/^(VERB|AUX)$/.test(after.pos);
}
/**
 * True when the word of time at token `k` heads a compound noun opened by an
 * article: "the school week", "a working week", "the school year", "a chaotic
 * night". The noun or adjective before it is lower-case and no word of time
 * itself, nor one of {@link TIME_PHRASE_ADJECTIVES} ("the previous month").
 */
function compoundTimeNoun(doc: Doc, k: number): boolean {
  if (k < 2) return false;
  const before = tokenAt(doc, k - 1);
  if (before.sent !== tokenAt(doc, k).sent || !/^\p{Ll}+$/u.test(before.value) || TIME_OR_MONTH_WORDS.has(before.lower)) return false;
  if (!(before.pos === 'NOUN' || before.pos === 'ADJ') || TIME_DETERMINERS.has(before.lower) || TIME_PHRASE_ADJECTIVES.has(before.lower)) return false;
  return ARTICLES.has(tokenAt(doc, k - 2).lower);
}
/** True when token `k` is joined by a hyphen, with no space, to the word before or after it: the "year" of "40-year-old". */
function inHyphenedWord(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  const before = maybeToken(doc, k - 1);
  const after = maybeToken(doc, k + 1);
  return (before !== undefined && before.value === '-' && before.end === t.start && k > 1 && tokenAt(doc, k - 2).end === before.start) ||
    (after !== undefined && after.value === '-' && after.start === t.end && maybeToken(doc, k + 2)?.start === after.end);
}
/** How long an object phrase may be, in tokens. */
const MAX_OBJECT = 40;

/**
 * The token of the topic's preposition at `p`, or after the particle "out"
 * ("spoke out about"), or -1. A topic after a listener or an adjunct
 * ("talked to voters about") is rule `reported/cue-topic-adjunct`'s.
 */
function topicPreposition(ctx: ReportedContext, p: number, last: number, prepositions: ReadonlySet<string>): number {
  const { doc } = ctx;
  const k = tokenAt(doc, p).lower === 'out' && p + 1 < last ? p + 1 : p;
  return prepositions.has(tokenAt(doc, k).lower) ? k : -1;
}

/** Most words between a time preposition and its time noun ({@link timeTopic}): "on the eighth day". */
const MAX_TIME_MODIFIERS = 3;

/**
 * True when the preposition at `at` ("on", "in", "during", ...: {@link TIME_ADJUNCT_PREPOSITIONS})
 * opens a phrase of time, not a topic: a determiner, up to a few adjectives or numbers, and a time
 * noun or a day or month ("on the eighth day of the trial", "during the first week"), closed by a
 * preposition, punctuation or the sentence's end.
 */
function timeTopic(ctx: ReportedContext, at: number, last: number): boolean {
  const { doc } = ctx;
  if (!TIME_ADJUNCT_PREPOSITIONS.has(tokenAt(doc, at).lower) || tokenAt(doc, at + 1).pos !== 'DET') return false;
  for (let k = at + 2; k < last && k <= at + 2 + MAX_TIME_MODIFIERS; k++) {
    const t = tokenAt(doc, k);
    if (ctx.quoted[k]) return false;
    if (ADJUNCT_TIME_WORDS.has(t.lower) || DAY_OR_MONTH.has(t.lower)) {
      const next = maybeToken(doc, k + 1);
      return k + 1 >= last || next === undefined || /^(ADP|PUNCT)$/.test(next.pos);
    }
    if (!/^(ADJ|NUM)$/.test(t.pos)) return false;
  }
  return false;
}

/** How far the noun of a told narrative may stand after the cue: "told a slightly different tale". */
const MAX_TOLD = 4;

/** True for "tell" with a narrative as its object right at `p`: "told a joke", "tells a much different story". */
function toldNarrative(ctx: ReportedContext, cue: CueMatch, p: number): boolean {
  if (cue.lemma !== 'tell') return false;
  for (let k = p; k < p + MAX_TOLD; k++) {
    const t = tokenAt(ctx.doc, k);
    if (TOLD_NOUNS.has(t.lower)) return k > p;
    if (!/^(DET|ADJ|ADV|NUM)$/.test(t.pos)) return false;
  }
  return false;
}

/** True for a progressive cue, "is claiming", "were confirming". */
export function progressive(ctx: ReportedContext, cue: CueMatch): boolean {
  if (!isIngCue(ctx.doc, cue)) return false;
  for (let k = cue.first; k < cue.head; k++) if (PROGRESSIVE_BE_FORMS.has(tokenAt(ctx.doc, k).lower)) return true;
  return false;
}

/**
 * True when the object at `p` is a noun phrase followed by what it is
 * declared to be: a noun phrase ("declared the election a fraud") or an
 * adjective after its noun ("declared the talks dead"); not a bare noun
 * phrase ("declared a quarterly dividend"). `last` is the end of the sentence.
 */
function predicativeObject(ctx: ReportedContext, p: number, last: number): boolean {
  const { doc } = ctx;
  let k = p;
  if (tokenAt(doc, k).pos === 'DET' || POSSESSIVES_AND_YOUR.has(tokenAt(doc, k).lower)) k++;
  let noun = false;
  for (; k < last && /^(ADJ|NOUN|PROPN|NUM|PART)$/.test(tokenAt(doc, k).pos) && !ctx.quoted[k]; k++) {
    const pos = tokenAt(doc, k).pos;
    if (pos === 'NOUN' || pos === 'PROPN') noun = true;
    else if (pos === 'ADJ' && noun) return true;
  }
  return noun && k < last && tokenAt(doc, k).pos === 'DET';
}

/** How far "how" may stand before the cue, in tokens ("that is how one nurse at the hospital described it"). */
const MAX_HOW = 8;

/**
 * True when "is how" or "was how" and the cue's subject stand before the cue:
 * "that is how one nurse described the night", "this was how the mayor
 * summed up the day": the words described are those quoted before, not the
 * object.
 */
function thatIsHow(ctx: ReportedContext, cue: CueMatch, first: number): boolean {
  const { doc } = ctx;
  for (let k = cue.first - 2; k > first && k >= cue.first - MAX_HOW; k--) {
    if (tokenAt(doc, k).lower !== 'how') continue;
    return SINGULAR_COPULAS.has(tokenAt(doc, k - 1).lower);
  }
  return false;
}

/** True when a noun of {@link WRITTEN_PIECE_NOUNS} stands between `first` and `last` ("In a new essay, ..."). */
function writtenPieceIn(ctx: ReportedContext, first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    const t = tokenAt(ctx.doc, k);
    if (t.pos === 'NOUN' && WRITTEN_PIECE_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** `X denied the accusations`, `X talked about the border`. */
export function cueObject(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (cue.form !== 'verb' || passiveCue(doc, cue)) return null;
  const sentence = sentenceOf(doc, cue.head);
  let p = cue.last;
  // "26 percent said the same", "he said so"
  const answer = proClause(ctx, cue, p, sentence.last);
  if (answer > p) return withSpeaker(ctx, cue, sentence, p, answer, 'reported/cue-answer', 0.5);
  // "spoke proudly of": one adverb is skipped
  if (tokenAt(doc, p).pos === 'ADV' && p + 1 < sentence.last) p++;
  const prepositions = TOPIC_PREPOSITIONS.get(cue.lemma);
  // "spoke out about": a particle before the topic
  const topicAt = prepositions ? topicPreposition(ctx, p, sentence.last, prepositions) : -1;
  let rule: string;
  if (topicAt >= 0) {
    p = topicAt + 1;
    // "Testifying on the eighth day of the trial, she said ...": a time after the preposition is when, no topic
    if (timeTopic(ctx, topicAt, sentence.last)) return null;
    // "said about a third of students would be spared": a rough amount opens the clause's subject, no topic
    if (roughAmountSubject(doc, topicAt, sentence.last)) return null;
    // "Nora Quill writes about technology and daily life": a writer's beat in the present, a bio line, no report
    // (not with a written piece in the sentence: "In a new essay, Ann Lee writes about her years in prison")
    if (cue.first === cue.head && BEAT_TOPIC_FORMS.has(tokenAt(doc, cue.head).lower) && tokenAt(doc, topicAt).lower === 'about' && !writtenPieceIn(ctx, sentence.first, sentence.last)) return null;
    // "Voters asked about the vote said it was close": the people asked speak through "said"
    if (reducedRelativeAsked(ctx, cue, p)) return null;
    rule = 'reported/cue-topic';
  } else if ((OBJECT_VERBS.has(cue.lemma) || GERUND_VERBS.has(cue.lemma) || WHOLE_SENTENCE_OBJECT_VERBS.has(cue.lemma) || toldNarrative(ctx, cue, p)) && p === cue.last && (!progressive(ctx, cue) || thoughtGerund(ctx, cue, p))) {
    // '"It was chaos" — that is how one nurse described the night': the words are the quote's, the object what they tell of
    if (thatIsHow(ctx, cue, sentence.first)) return null;
    rule = 'reported/cue-object';
  } else return null;
  // "The term Lee used to describe the plan was harsh": the clause tells which words, no report
  if (rule === 'reported/cue-object' && usedWordRelative(doc, cue)) return null;
  // "promised Sunday lower fares": a day right after the cue is its time, the object follows it
  if (rule === 'reported/cue-object') p = afterCueDay(doc, p, sentence.last);
  // "promised the voters a new hospital", "promised residents": a listener before the object is no part of
  // what was said, and a listener alone is no object of speech
  if (rule === 'reported/cue-object' && LISTENER_OBJECT_VERBS.has(cue.lemma)) {
    const listener = listenerEnd(ctx, p, sentence.last);
    const next = maybeToken(doc, listener);
    if (listener > p && (next === undefined || listener >= sentence.last || END.has(next.value) || /^[,;:]$/.test(next.value))) return null;
    // (a clause after the listener stays as it was: "promised voters he would stay")
    if (listener > p && (OBJECT_START.has(next!.pos) || POSSESSIVES_AND_YOUR.has(next!.lower)) && next!.pos !== 'PROPN') p = listener;
  }
  const c = objectAt(ctx, cue, sentence, p, rule);
  // 'What critics are saying about "The Salt Road"': a work's title in quotation marks names what is talked about, no words said
  if (c && rule === 'reported/cue-topic' && quotedTitleTopic(doc, c)) return null;
  // "The board is considering selling the stadium.": a thought in progress, only in a sentence of nothing else
  if (c && rule === 'reported/cue-object' && progressive(ctx, cue) && !wholeSentence(doc, c)) return null;
  // "The union backed the plan.": some stance verbs take their object only in a sentence of nothing else
  if (c && rule === 'reported/cue-object' && WHOLE_SENTENCE_OBJECT_VERBS.has(cue.lemma) && !OBJECT_VERBS.has(cue.lemma) && !gerundAt(doc, p) && !wholeSentence(doc, c)) return null;
  // "declared war on", not "declared a quarterly dividend": some verbs say something only with certain objects,
  // or with what the object is declared to be ("declared the election a fraud", "declared the talks dead")
  const nouns = rule === 'reported/cue-object' ? OBJECT_VERB_NOUNS.get(cue.lemma) : undefined;
  if (c && nouns && !predicativeObject(ctx, p, sentence.last)) {
    const end = c.parts[c.parts.length - 1]!.end;
    let found = false;
    for (let k = p; k < sentence.last && tokenAt(doc, k).end <= end && !found; k++) found = nouns.has(tokenAt(doc, k).lower);
    if (!found) return null;
  }
  // "announced a bid for its rival": a move, not words ("announced his bid for a second term", a candidacy, stays)
  const not = c && rule === 'reported/cue-object' ? OBJECT_VERB_NOT_NOUNS.get(cue.lemma) : undefined;
  // ("pointing to his chest": a body part after a possessive is still shown, not said)
  if (c && not && (!POSSESSIVES_AND_YOUR.has(tokenAt(doc, p).lower) || POSSESSIVE_NOT_NOUN_CUES.has(cue.lemma)) && not.has(objectHead(ctx, p, c.parts[c.parts.length - 1]!.end))) return null;
  return c;
}

/** Fewest words of a quoted title {@link quotedTitleTopic} drops: one capitalised word may be a coined name ("Obamacare"). */
const MIN_TOPIC_TITLE_WORDS = 2;

/**
 * True when the topic `c` is nothing but a short title in Title Case inside
 * quotation marks ('saying about "The Salt Road"', 'talked about "Night
 * Shift Blues"'): a work the speaker talks of, not words they said.
 */
function quotedTitleTopic(doc: Doc, c: Candidate): boolean {
  if (c.parts.length !== 1) return false;
  const m = /^(?:["\u201c\u201d\u00ab]|'')(.+?)(?:["\u201c\u201d\u00bb]|'')$/u.exec(doc.text.slice(c.parts[0]!.start, c.parts[0]!.end).trim());
  if (!m || /["\u201c\u201d.!?;:]/u.test(m[1]!.replace(/[,.]$/u, ''))) return false;
  const words = wordsOf(m[1]!);
  return words.length >= MIN_TOPIC_TITLE_WORDS && isShortTitle(words);
}

/**
 * The token after a listener that opens the object at `p` of a verb of
 * {@link LISTENER_OBJECT_VERBS}: an object pronoun ("promised them a vote") or a noun
 * phrase whose head noun names people or a body ("promised the voters a new
 * hospital", "promised local residents"); `p` when no listener opens it.
 */
function listenerEnd(ctx: ReportedContext, p: number, last: number): number {
  const { doc } = ctx;
  if (ctx.quoted[p]) return p;
  const first = tokenAt(doc, p);
  if (LISTENER_PRONOUNS.has(first.lower) && first.pos === 'PRON') return p + 1;
  let k = p;
  if (first.pos === 'DET' || POSSESSIVES_AND_YOUR.has(first.lower)) k++;
  while (k < last && tokenAt(doc, k).pos === 'ADJ' && !ctx.quoted[k]) k++;
  const nouns = k;
  while (k < last && tokenAt(doc, k).pos === 'NOUN' && /^\p{Ll}+$/u.test(tokenAt(doc, k).value) && !ctx.quoted[k]) k++;
  if (k === nouns) return p;
  const head = tokenAt(doc, k - 1);
  return isPeopleKind(kindOfHead(head.lower)) ? k : p;
}

/** True when token `p` is a gerund, the object of a verb of {@link GERUND_VERBS} ("backed raising the levy"). */
function gerundAt(doc: Doc, p: number): boolean {
  const t = tokenAt(doc, p);
  return t.pos === 'VERB' && /ing$/.test(t.lower);
}

/** True when the thought `cue` in progress takes the gerund at `p`: "is considering selling the stadium". */
function thoughtGerund(ctx: ReportedContext, cue: CueMatch, p: number): boolean {
  return cue.category === 'thought' && GERUND_VERBS.has(cue.lemma) && gerundAt(ctx.doc, p);
}

/** The lower-case head noun of the object from token `p` to character `end`: its last noun before a preposition. */
function objectHead(ctx: ReportedContext, p: number, end: number): string {
  const { doc } = ctx;
  let head = '';
  for (let k = p; k < tokenCount(doc) && tokenAt(doc, k).end <= end; k++) {
    const t = tokenAt(doc, k);
    // ("his players' effort": a plural possessor's apostrophe goes on to the head noun it modifies)
    if (/^['’]$/.test(t.value) && k > p && t.start === tokenAt(doc, k - 1).end && /s$/.test(tokenAt(doc, k - 1).lower)) {
      head = '';
      continue;
    }
    if (t.pos === 'ADP' || t.pos === 'PUNCT') break;
    if (t.pos === 'NOUN') head = t.lower;
  }
  return head;
}

/**
 * What {@link whoseSubjectCue} reads of a sentence, the same for every cue in
 * it: the "who" tokens before its first "whose", verb, auxiliary or comma
 * (`whos`), and that first stop's token (`stop`, the sentence's end when
 * none). Whether a "whose" stop opens a clause inside the subject is
 * {@link restrictiveWhoseAt}'s, which keeps its own answers.
 */
interface SubjectStops {
  readonly whos: readonly number[];
  readonly stop: number;
}

/** {@link SubjectStops} per document and sentence (by its first token): read once, not once per cue. */
const SUBJECT_STOPS = new WeakMap<Doc, Map<number, SubjectStops>>();

/** The {@link SubjectStops} of `sentence`, read from its second token. */
function subjectStops(doc: Doc, sentence: Segment): SubjectStops {
  let memo = SUBJECT_STOPS.get(doc);
  if (!memo) SUBJECT_STOPS.set(doc, (memo = new Map()));
  const known = memo.get(sentence.first);
  if (known) return known;
  const whos: number[] = [];
  let stop = sentence.last;
  for (let k = sentence.first + 1; k < sentence.last; k++) {
    const t = tokenAt(doc, k);
    if (t.lower === 'who') whos.push(k);
    if (t.lower === 'whose' || t.pos === 'VERB' || t.pos === 'AUX' || t.value === ',') {
      stop = k;
      break;
    }
  }
  const stops: SubjectStops = { whos, stop };
  memo.set(sentence.first, stops);
  return stops;
}

/**
 * True when `cue` stands in a "whose" clause with no comma before it, inside
 * its sentence's subject (no verb and no comma from the sentence's start to
 * "whose"): "The hacker whose prank revealed the leak pleaded guilty"; or
 * right after a "who" on a noun there: "Delegates who denied the claims
 * were sent home". The sentence's stops are read once for all its cues
 * ({@link subjectStops}), so a long sentence of many cues and no verb is not
 * read from its start for each. The cue stands in `sentence` (every caller
 * passes the sentence of the cue's head).
 */
function whoseSubjectCue(doc: Doc, cue: CueMatch, sentence: Segment): boolean {
  const { whos, stop } = subjectStops(doc, sentence);
  // (a "who" right before the cue, on a noun with no comma before it: "Delegates who denied the claims were sent
  // home", whose object ends before "were")
  for (const k of whos) {
    if (k >= cue.first) return false;
    if (onlyAdverbs(doc, k + 1, cue.first)) return /^(NOUN|PROPN)$/.test(tokenAt(doc, k - 1).pos);
  }
  // (a verb or a comma before any "whose" already rules out a restrictive one; restrictiveWhoseAt is false for a
  // stop that is no "whose")
  return stop < cue.first && restrictiveWhoseAt(doc, stop, sentence.first + 1);
}

/**
 * The object or topic of `cue` that starts at token `p`, with the rule name
 * `rule` (`reported/cue-object` or `reported/cue-topic`); null when no noun
 * phrase, gerund or question opens there. The preposition of a topic joins
 * the cue.
 */
export function objectAt(ctx: ReportedContext, cue: CueMatch, sentence: Segment, p: number, rule: string): Candidate | null {
  const { doc } = ctx;
  const first = maybeToken(doc, p);
  if (!first || p >= sentence.last) return null;
  const gerund = first.pos === 'VERB' && /ing$/.test(first.lower) && (rule === 'reported/cue-topic' || GERUND_VERBS.has(cue.lemma));
  if (!gerund && rule === 'reported/cue-object' && !OBJECT_VERBS.has(cue.lemma) && !WHOLE_SENTENCE_OBJECT_VERBS.has(cue.lemma) && !toldNarrative(ctx, cue, p)) return null;
  // a topic may be a question ("talked about how she pushed ...") or open with a participle adjective ("about renewed fears")
  const topicOpener = rule === 'reported/cue-topic' && (TOPIC_QUESTION_WORDS.has(first.lower) || (first.pos === 'VERB' && /ed$/.test(first.lower) && tokenAt(doc, p + 1).pos === 'NOUN'));
  // "promised not only lower fares but ...": a "not only" pair opens the object
  const notOnly = notOnlyAt(doc, p) && p + 2 < sentence.last && (OBJECT_START.has(tokenAt(doc, p + 2).pos) || POSSESSIVES_AND_YOUR.has(tokenAt(doc, p + 2).lower));
  if (!OBJECT_START.has(first.pos) && !POSSESSIVES_AND_YOUR.has(first.lower) && !gerund && !topicOpener && !notOnly && !isMarkToken(first.value)) return null;
  // the object ends at a comma, a colon or a dash outside quotation marks, or a narrator's subordinate clause;
  // a question is a clause and runs to its punctuation ("talked about how her years as a judge shaped her and how ...")
  const question = rule === 'reported/cue-topic' && TOPIC_QUESTION_WORDS.has(first.lower);
  let end = question ? endAtClausePunctuation(ctx, p, sentence, MAX_OBJECT) : p;
  // "Her worry about the cost of the bridge grew": a cue after a determiner or possessive is a noun, the subject of the verb after its topic
  const before = cue.first > sentence.first ? tokenAt(doc, cue.first - 1) : null;
  const nounCue = rule === 'reported/cue-topic' && before !== null && (before.pos === 'DET' || POSSESSIVES_AND_YOUR.has(before.lower));
  // "The hacker whose prank revealed the leak pleaded guilty": the cue of a "whose" clause inside the sentence's
  // subject has an object that ends before the sentence's own verb, like a noun cue's topic
  const ownVerbAfter = nounCue || whoseSubjectCue(doc, cue, sentence);
  // "pointed to the valid claims of two rivals, both senators": the object of a particle phrase runs on past a comma
  // and a time word, to a comma before a participle or a relative ("pointed to the example of Ohio, which ...")
  const long = rule === 'reported/cue-object' && LONG_OBJECT_CUES.has(cue.lemma);
  let clauseCut = false;
  // where a subordinate clause taken into the object starts, or -1
  let subordinate = -1;
  // (set once the second half of a "not only" pair is read)
  let pairRead = false;
  // a cue in -ing, and a participle cue ("marched, talking about ..."), read once for every token below
  const ingCue = isIngCue(doc, cue);
  const participleCue = ingCue && cue.first === cue.head;
  while (!question && end < sentence.last && end - p < MAX_OBJECT) {
    const t = tokenAt(doc, end);
    const next = tokenAt(doc, end + 1);
    // "promised not only lower fares but also faster trains": the second half of a "not only" pair goes on
    const second = !pairRead && end > p && (t.lower === 'but' || t.value === ',') ? butAlsoEnd(ctx, end, sentence.last) : -1;
    if (second > 0 && notOnlyIn(ctx, p, end)) {
      pairRead = true;
      end = second;
      continue;
    }
    if (long && end > p && !ctx.quoted[end] && (t.value === ',' || TIME_OR_MONTH_WORDS.has(t.lower) || (ADJUNCT_PREPOSITIONS.has(t.lower) && TIME_OR_MONTH_WORDS.has(next.lower)))) {
      // (", as another reason" goes on: "as" after a comma is the object's own, a role it is given)
      if (t.value === ',' && (CLAUSE_RELATIVES.has(next.lower) || (next.pos === 'VERB' && next.lower !== 'including') || (NARRATOR_SUBORDINATORS.has(next.lower) && next.lower !== 'as') || next.pos === 'CCONJ' || isMarkToken(next.value))) break;
      end++;
      continue;
    }
    // "pointed to a letter which said the pier must close", "a report that warned", "aides who warned": a relative
    // clause on a noun, with a verb of saying of its own, reports the thing's or the people's words, not part of the
    // object ("pointed to a poll that shows ..." goes on: showing is no saying)
    if (long && end > p && !ctx.quoted[end] && CLAUSE_RELATIVES.has(t.lower) && /^(NOUN|PROPN)$/.test(tokenAt(doc, end - 1).pos) && speechCueAt(ctx, end + 1)) break;
    if (ownVerbAfter && end > p + 1 && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower) && tokenAt(doc, end - 1).lower !== 'to' && tokenAt(doc, end + 1).lower !== 'by'))) break;
    // "named her as special envoy", "praised him as a hero": "as" before a noun phrase goes on with the object
    // (a verb after "and" is the subject's next act, not the phrase's: "slammed the shift as a U-turn and accused ...")
    // "the demands of Sen. Mark Lyle (I-Vt.) on trade": a name's tag in parentheses goes on with the object
    const tagClose = t.value === '(' && !ctx.quoted[end] ? nameTagClose(doc, end) : -1;
    if (tagClose > 0 && tagClose < sentence.last) {
      end = tagClose + 1;
      continue;
    }
    // "blamed the agency for the delays until the audit came out": an opt-in object takes in a subordinate clause
    const subordinateEnd = objectSubordinateEnd(ctx, cue.category, p, end, sentence.last, MAX_OBJECT);
    if (subordinateEnd > 0 && !ownSubordinate(ctx, p, end)) {
      subordinate = end;
      end = subordinateEnd;
      break;
    }
    // "criticized the fare rise while mayor", "the contracts she signed while secretary of state": "while" and a role
    // or a state with no verb (no comma before it) tell when the object's act happened, and stay in the object
    const roleEnd = !ctx.quoted[end] && end > p && t.lower === 'while' ? verblessWhileEnd(ctx, end, sentence.last) : -1;
    if (roleEnd > 0) {
      end = roleEnd;
      break;
    }
    const asPhrase = t.lower === 'as' && !clauseStartsAt(doc, end + 1, phraseEnd(ctx, end + 1, Math.min(sentence.last, end + 1 + AS_PHRASE_WINDOW))) && !AS_PHRASE_WORDS.has(tokenAt(doc, end + 1).lower);
    // "praised the new library, two parks and a clinic.": a list of noun phrases that closes the sentence is one object
    // (opt-in contents have a list rule of their own, reported/opt-in-noun-list.ts)
    const listEnd = t.value === ',' && !OPT_IN_CATEGORIES.has(cue.category) ? nounListEnd(ctx, p, end, sentence.last) : -1;
    if (listEnd > 0) {
      end = listEnd;
      break;
    }
    if (!ctx.quoted[end] && end > p && ((/^[,;:()\u2014\u2013]$/.test(t.value) && !dateComma(doc, end) && !placeComma(doc, end) && !(OPT_IN_CATEGORIES.has(cue.category) && suffixComma(doc, end))) || t.value === '--' || (NARRATOR_SUBORDINATORS.has(t.lower) && !asPhrase && !ownSubordinate(ctx, p, end)) || END.has(t.value))) break;
    // "denies any wrongdoing and points out ...": a coordinated verb ends the object
    // (a topic after "about" goes on with a second gerund: "talked about health care and getting money out of politics";
    // not "calling for his firing and carrying signs", where the subject's second verb follows)
    // (after a participle cue, only when the topic opens with a gerund too: "marched, talking about the toll and carrying
    // signs"; "is talking about health care and getting ..." goes on)
    // (read only at a conjunction before a verb: most tokens of an object are neither)
    if (end > p && t.pos === 'CCONJ' && /^(VERB|AUX)$/.test(tokenAt(doc, end + 1).pos)) {
      const gerundTopic = rule === 'reported/cue-topic' && tokenAt(doc, p - 1).lower === 'about' && /ing$/.test(tokenAt(doc, end + 1).lower) && tokenAt(doc, end + 1).pos === 'VERB' && (gerund || !participleCue);
      if (!gerundTopic && !gerundListGoesOn(ctx, cue.category, p, end)) break;
    }
    // "criticized the toll and the council has delayed a vote": a new subject with a verb of its own ends the object too
    // (which may then be one noun: "talked about Zika and his aides did not reply")
    if (end > p && ownClauseAfter(ctx, end, sentence.last, ingCue)) {
      clauseCut = true;
      break;
    }
    // "criticized his rival on Tuesday over the tariffs", "praised the plan on Monday": "on" and a weekday go on with
    // the object of a default cue ("confirmed the report Tuesday", "on Monday night", "last week", "in June" still end it;
    // opt-in objects keep their old end: with every category on, train 8 fixed / 3 broken)
    if (!OPT_IN_CATEGORIES.has(cue.category) && weekdayGoesOn(ctx, p, end)) {
      end += 2;
      // (the narrator's next clause or reason still ends it: "on Monday and dockers cheered", "on Monday after the vote")
      const after = tokenAt(doc, end);
      if (after.pos === 'CCONJ' || NARRATOR_SUBORDINATORS.has(after.lower)) break;
      continue;
    }
    // "confirmed the report Tuesday": a time adjunct ends the object
    // (a time noun after an article is the object's own: "polling in the week before the vote")
    // (a time word modifying the noun after it is the object's own: "the rules for all night workers", "for weekend markets")
    // (a time word inside a hyphened word is no adjunct: "a 40-year-old man", "a day-long strike")
    if (!ctx.quoted[end] && end > p && ((TIME_OR_MONTH_WORDS.has(t.lower) && !ARTICLES.has(tokenAt(doc, end - 1).lower) && !timeModifier(doc, end) && !inHyphenedWord(doc, end) && !compoundTimeNoun(doc, end)) || (ADJUNCT_PREPOSITIONS.has(t.lower) && TIME_OR_MONTH_WORDS.has(tokenAt(doc, end + 1).lower) && !timeModifier(doc, end + 1)))) break;
    // ("predicted a recession next spring": a season after a time determiner, with the determiner)
    if (!ctx.quoted[end] && end > p && TIME_DETERMINERS.has(t.lower) && SEASON_WORDS.has(tokenAt(doc, end + 1).lower) && !ctx.quoted[end + 1]) break;
    end++;
  }
  if (end - p >= MAX_OBJECT) return null;
  // "predicted two more rate cuts next year": the time phrase's determiner goes with it
  if (end > p + 1 && end < sentence.last && !ctx.quoted[end - 1] && TIME_OR_MONTH_WORDS.has(tokenAt(doc, end).lower) && TIME_DETERMINERS.has(tokenAt(doc, end - 1).lower)) end--;
  // "discussed the plan on condition of anonymity": the terms the source spoke on are the narrator's
  end = cutConditionTail(ctx, p, subordinateAfterCut(subordinate, end, cutAtNextAttribution(ctx, p, end)));
  // "criticized the plan on its Facebook page": where it was said is no part of the object,
  // which may then be one noun ("talked about immigration at the debate")
  const cut = question || long ? end : cutMediumAdjunct(ctx, p, end, !OPT_IN_CATEGORIES.has(cue.category));
  const oneNoun = cut === p + 1 && (cut < end || clauseCut) && /^(NOUN|PROPN)$/.test(tokenAt(doc, p).pos);
  end = cut;
  // "defended her predecessor, Ada Moss": the name of an opt-in object goes with it
  if (!question) end = withAppositiveName(ctx, cue.category, p, end, sentence.last);
  // "denied the claims and voters who rejected ...": a relative word whose clause went to a report of its own ends no object
  if (!question) end = danglingRelativeEnd(ctx, p, end);
  // "The firm denied wrongdoing.": one common noun that closes the sentence is the object too
  const closingNoun = end === p + 1 && rule === 'reported/cue-object' && ONE_NOUN_OBJECT_VERBS.has(cue.lemma) && first.pos === 'NOUN' && /^\p{Ll}+$/u.test(first.value) && !TIME_OR_MONTH_WORDS.has(first.lower) && maybeToken(doc, end)?.value === '.' && !/ing$/.test(tokenAt(doc, cue.head).lower);
  if (end - p < 2 && !oneNoun && !closingNoun) return null;
  // "compared the bill to a blank check" likens; "compared two groups of patients" analyses
  if (rule === 'reported/cue-object' && LIKENING_OBJECT_VERBS.has(cue.lemma) && !likens(ctx, p, end)) return null;
  // the topic's preposition belongs to the cue: "talked about", "called for", "spoke proudly of"
  const spanned = rule === 'reported/cue-topic' ? cueWith(cue, { last: p }) : cue;
  return withSpeaker(ctx, spanned, sentence, p, end, rule, 0.5);
}

/**
 * True when "on" at token `k`, inside an object that starts at `p`, opens a
 * bare weekday the object goes on with: "criticized his rival on Tuesday over
 * the tariffs" (PolNeAR keeps the day in the object: train 9 exact
 * contents fixed / 1 broken, bound54). Not before a word of time ("on Monday night"), after a bare name
 * ("backed Tom Reyes on Wednesday") nor inside quotation marks.
 */
function weekdayGoesOn(ctx: ReportedContext, p: number, k: number): boolean {
  const { doc } = ctx;
  if (k <= p || ctx.quoted[k] || ctx.quoted[k + 1] || tokenAt(doc, k).lower !== 'on') return false;
  // (not after a bare name, which a stance rule reads: "backed Tom Reyes on Wednesday")
  let name = true;
  for (let j = p; j < k && name; j++) name = tokenAt(doc, j).pos === 'PROPN';
  if (name) return false;
  const day = maybeToken(doc, k + 1);
  if (day === undefined || day.sent !== tokenAt(doc, k).sent || !WEEKDAY_SET.has(day.lower)) return false;
  const after = maybeToken(doc, k + 2);
  return after === undefined || !TIME_OR_MONTH_WORDS.has(after.lower);
}

/** True when the object from `p` to `end` holds an unquoted "to": "the bill to a blank check". */
function likens(ctx: ReportedContext, p: number, end: number): boolean {
  for (let k = p + 1; k < end; k++) if (!ctx.quoted[k] && tokenAt(ctx.doc, k).lower === 'to') return true;
  return false;
}

/**
 * True when the subordinator at token `k` belongs to the object that starts at
 * `p` rather than to the narrator: after a relative clause inside the object,
 * whose verb it modifies ("a bill that failed when she was in the Senate", "an
 * inspection that happened two days after the storm"), or as an adverb
 * closing the sentence ("his statements from a few days before.").
 */
function ownSubordinate(ctx: ReportedContext, p: number, k: number): boolean {
  const { doc } = ctx;
  const next = tokenAt(doc, k + 1);
  if (k + 1 >= tokenCount(doc) || (END.has(next.value) && next.sent === tokenAt(doc, k).sent)) return true;
  // (only a time subordinator modifies the relative clause's verb: "passed because it ..." is the narrator's reason)
  if (!RELATIVE_TIME_SUBORDINATORS.has(tokenAt(doc, k).lower)) return false;
  for (let j = p + 1; j < k - 1; j++) {
    if (ctx.quoted[j] || !CLAUSE_RELATIVES.has(tokenAt(doc, j).lower) || !/^(NOUN|PROPN)$/.test(tokenAt(doc, j - 1).pos)) continue;
    // the relative word's own verb, right after it or after its subject's first word
    if (/^(VERB|AUX)$/.test(tokenAt(doc, j + 1).pos) || (j + 2 < k && /^(VERB|AUX)$/.test(tokenAt(doc, j + 2).pos))) return true;
  }
  return false;
}

/** Most words of a verbless phrase after "while": "while secretary of state of Ohio". */
const MAX_WHILE_PHRASE = 6;

/** Parts of speech of a verbless phrase after "while": "while mayor", "while in office", "while secretary of state". */
const WHILE_PHRASE_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'ADP', 'DET']);

/**
 * Where a verbless phrase after the "while" at token `k` ends, or -1: "while"
 * with no comma before it, then up to {@link MAX_WHILE_PHRASE} nouns,
 * adjectives, prepositions and determiners (a noun among them, no pronoun and
 * no verb) that run to a comma or the sentence's end ("criticized the fare
 * rise while mayor.", "while in office, she ..."). A clause after "while"
 * ("while the council met"; "while wages fall", {@link bareNounClause}) is the
 * narrator's and still ends the object.
 */
function verblessWhileEnd(ctx: ReportedContext, k: number, last: number): number {
  const { doc } = ctx;
  if (tokenAt(doc, k - 1).value === ',' || ctx.quoted[k - 1]) return -1;
  let noun = false;
  for (let j = k + 1; j < Math.min(last + 1, k + MAX_WHILE_PHRASE + 2); j++) {
    const t = tokenAt(doc, j);
    if (j > k + 1 && (j === last || t.value === ',' || END.has(t.value)) && !ctx.quoted[j]) return noun && !bareNounClause(doc, k + 1, j) ? j : -1;
    if (ctx.quoted[j] || !WHILE_PHRASE_TAGS.has(t.pos)) return -1;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') noun = true;
  }
  return -1;
}

/**
 * True when the words from `from` to `end` (exclusive) after "while" are two
 * bare nouns, one in -s, the last no noun for a person or a title: a subject
 * and its verb the tagger read as a noun ("while wages fall", "while
 * unemployment rises"), not a role ("while parks director", "while state
 * treasurer").
 */
function bareNounClause(doc: Doc, from: number, end: number): boolean {
  if (end - from !== 2) return false;
  const a = tokenAt(doc, from);
  const b = tokenAt(doc, from + 1);
  if (a.pos !== 'NOUN' || b.pos !== 'NOUN' || !(/s$/.test(a.lower) || /s$/.test(b.lower))) return false;
  return !PEOPLE_NOUNS.has(b.lower) && !TITLE_WORDS.has(b.lower);
}

/**
 * How far the phrase after an object's "as" is read for its end: past what the
 * clause check reads (25 tokens, and 30 more for a relative clause), so the
 * check gives the same answer while a long sentence is not read to its end
 * once per "as".
 */
const AS_PHRASE_WINDOW = 64;

/** Most words in a comma aside inside the phrase after "as": ", a Democrat,". */
const MAX_ASIDE = 6;

/**
 * Where the phrase after an object's "as" that starts at token `p` ends for
 * the clause check: at the first unquoted conjunction right before a verb or
 * punctuation mark before `last`, so a coordinated verb of the sentence's
 * subject after it ("as a U-turn and accused ...") does not make the phrase a
 * clause, while a coordinated subject ("as lawmakers and aides met") and a
 * comma aside ("as the mayor, a Democrat, looked on") stay in it; a relative
 * word after a noun ends it too, so the verb of a relative clause ("as a gift
 * to lobbyists who want ...") does not either.
 */
function phraseEnd(ctx: ReportedContext, p: number, last: number): number {
  const { doc } = ctx;
  for (let k = p; k < last; k++) {
    const t = tokenAt(doc, k);
    if (ctx.quoted[k]) continue;
    if (t.pos === 'CCONJ' && /^(VERB|AUX)$/.test(tokenAt(doc, k + 1).pos)) return k;
    // a relative clause on the phrase's noun ("as a gift to lobbyists who want ...") is not the phrase's own clause
    if (k > p && CLAUSE_RELATIVES.has(t.lower) && /^(NOUN|PROPN)$/.test(tokenAt(doc, k - 1).pos)) return k;
    if (t.pos !== 'PUNCT') continue;
    const aside = t.value === ',' ? asideEnd(ctx, k, last) : -1;
    if (aside < 0) return k;
    k = aside;
  }
  return last;
}

/** The closing comma of an aside of nouns and their modifiers opened by the comma at `k` ("the mayor, a Democrat, looked on"), or -1. */
function asideEnd(ctx: ReportedContext, k: number, last: number): number {
  for (let j = k + 1; j < last && j - k <= MAX_ASIDE; j++) {
    const t = tokenAt(ctx.doc, j);
    if (t.value === ',') return j > k + 1 && /^(NOUN|PROPN)$/.test(tokenAt(ctx.doc, j - 1).pos) ? j : -1;
    if (ctx.quoted[j] || !NOUN_HEADED_PHRASE_TAGS.has(t.pos)) return -1;
  }
  return -1;
}

/** Parts of speech of the noun phrase after "the same of": "Ms. Ortiz", "the mayor's plan". */
const SAME_OF_POS: ReadonlySet<string> = NOUN_HEADED_PHRASE_TAGS;
/** How many tokens "the same of X" may have. */
const MAX_SAME_OF = 10;

/** One past a short answer standing for a clause right at `p` and ending the sentence or clause, or `p`. */
function proClause(ctx: ReportedContext, cue: CueMatch, p: number, last: number): number {
  if (!ANSWER_VERBS.has(cue.lemma)) return p;
  const tokens = ctx.doc.tokens;
  for (const words of [2, 1]) {
    if (p + words > last) continue;
    const phrase = tokens.slice(p, p + words).map((t) => t.lower).join(' ').replace(/\.$/, '');
    const after = maybeToken(ctx.doc, p + words);
    // "said the same of Ms. Ortiz": whom the same is said of goes with it
    if (phrase === 'the same' && after && SAID_OF_PREPOSITIONS.has(after.lower) && after.sent === tokenAt(ctx.doc, p).sent) {
      let k = p + words + 1;
      while (k < last && k - p < MAX_SAME_OF && SAME_OF_POS.has(tokenAt(ctx.doc, k).pos)) k++;
      if (k > p + words + 1) return k;
    }
    if (PRO_CLAUSES.has(phrase) && (!after || after.sent !== tokenAt(ctx.doc, p).sent || /^[.,;!?]$/.test(after.value) || ADJUNCT_PREPOSITIONS.has(after.lower) || TIME_WORDS.has(after.lower))) return p + words;
  }
  return p;
}

/** The candidate with the cue's subject as speaker; without one only "Asked about ...". */
function withSpeaker(ctx: ReportedContext, cue: CueMatch, sentence: Segment, p: number, end: number, rule: string, confidence: number): Candidate | null {
  const { doc } = ctx;
  const speaker = cueSubject(doc, cue, sentence);
  // "Early surveys show residents strongly opposing the fees": a finding, whose verb the tagger missed, not a speaker
  if (speaker && swallowsFinding(ctx, speaker)) return null;
  if (!speaker) {
    // "Asked about the deficit, ...": a question put to someone, with no speaker named
    if (rule !== 'reported/cue-topic' || cue.lemma !== 'ask' || !subjectlessCue(doc, cue, sentence)) return null;
    confidence -= 0.1;
  }
  return candidate(ctx, [range(doc, p, end)], cue, speaker, speaker ? rule : `${rule}-no-speaker`, confidence);
}
