/**
 * The prepared document every stage reads: the view of the text, its
 * paragraphs, sentences and tokens with exact character offsets.
 * @internal
 */
import { buildView, endOutsideReference, referenceLength, viewChar, viewCode, viewSlice, unfoldLetters, type View } from './view.js';
import { paragraphBounds } from './paragraphs.js';
import { BATCH_CHARS, type RawBatch, type Tokenizer } from './wink.js';
import { TokenTable } from './tokens.js';
import { SegmentTable } from './segments.js';
import { closesBracketAfterMark, closesDoubledMark } from './doubled-marks.js';
import { startsUpper } from './case.js';
import { ARTICLE_TITLE_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../data/titles.js';
import { ADVERBS_AFTER_THE, SUBJECT_PRONOUNS, TITLE_NOUN_DETERMINERS } from '../data/function-words.js';
import { CLOCK_TIME_FOLLOWERS } from '../data/time.js';
import { CUE_VERBS } from '../data/cues.js';
import { NOUN_VERB_MISREADS } from '../data/tags.js';
import { LETTER_NAME_PREPOSITIONS, LETTER_NAME_STOPS, NAME_END_STOPS, WORD_STOPS } from '../data/abbreviations.js';
import { STATE_ABBREVIATION_WORDS } from '../data/places.js';
import { FIRST_NAMES, ING_PARTICIPLES_NOT_SURNAMES, ING_SURNAME_CUES, WILL_NAME_BEFORE } from '../data/names.js';
import type { Segment, Token } from './token.js';
export type { Segment, Token } from './token.js';

/** A prepared document. */
export interface Doc {
  /** The caller's input. */
  readonly text: string;
  /**
   * Same length as `text`, with references decoded and odd spaces made plain:
   * the input plus same-length patches, never a copy, so read it through
   * `viewSlice`, `viewChar` and `viewCode` (prepare/view.ts), which show an odd
   * space as a plain one (or test it so that both read alike).
   */
  readonly view: View;
  /**
   * The tokens. A long text's list makes each token when it is read (see
   * {@link Doc.table}): read the same index twice, get two equal objects (or one, read lately).
   */
  readonly tokens: readonly Token[];
  /** The sentences. A long text's list makes each sentence when it is read, like {@link Doc.tokens}. */
  readonly sentences: readonly Segment[];
  /** The paragraphs, made when read in a long text as {@link Doc.sentences} are. */
  readonly paragraphs: readonly Segment[];
  /**
   * Where a long text keeps its tokens (no token object is kept for them), or
   * undefined when {@link Doc.tokens} holds plain token objects.
   */
  readonly table?: TokenTable | undefined;
}

/**
 * Texts of at least this many characters keep their tokens in a
 * {@link TokenTable} and make a token object only when a stage reads one:
 * about a fifth of the memory, but every read costs a little more.
 */
export const COMPACT_CHARS = 2_000_000;

/**
 * Tokenizes `text` paragraph by paragraph and derives exact offsets. A text
 * of `compactFrom` characters or more keeps its tokens in a {@link TokenTable}.
 */
export function prepare(text: string, tokenizer: Tokenizer, compactFrom = COMPACT_CHARS): Doc {
  const view = buildView(text);
  // a long text keeps its tokens compactly (about one per five characters), and its sentences and
  // paragraphs too (about one per 100 and 400 characters); plain objects are quicker to read for the stages
  const expected = Math.ceil(view.length / 5);
  const table = view.length >= compactFrom ? new TokenTable(expected) : undefined;
  const sentenceTable = table ? new SegmentTable(Math.ceil(view.length / 100)) : undefined;
  const paragraphTable = table ? new SegmentTable(Math.ceil(view.length / 400)) : undefined;
  const sentences: SegmentSink = sentenceTable ?? [];
  const paragraphs: SegmentSink = paragraphTable ?? [];
  const building: Building = { tokens: [], count: 0, sentences, paragraphs, table, lowered: new Map() };
  // (the start and end of paragraph p at 2p and 2p + 1)
  const bounds = paragraphBounds(view, text);
  const count = bounds.length >> 1;
  // paragraphs are read in batches, many to one wink call
  for (let b = 0; b < count; ) {
    let e = b + 1;
    let chars = bounds[2 * b + 1]! - bounds[2 * b]!;
    while (e < count && chars + bounds[2 * e + 1]! - bounds[2 * e]! <= BATCH_CHARS) {
      chars += bounds[2 * e + 1]! - bounds[2 * e]! + 2;
      e++;
    }
    const slices: string[] = [];
    for (let p = b; p < e; p++) slices.push(viewSlice(view, bounds[2 * p]!, bounds[2 * p + 1]!));
    const raw = tokenizer.readMany(slices);
    for (let p = b; p < e; p++) addParagraph(text, view, bounds[2 * p]!, bounds[2 * p + 1]!, slices[p - b]!, raw, p - b, building);
    b = e;
  }
  if (table && sentenceTable && paragraphTable) {
    table.finish();
    sentenceTable.finish();
    paragraphTable.finish();
    return { text, view, tokens: table.list(), sentences: sentenceTable.list(), paragraphs: paragraphTable.list(), table };
  }
  return { text, view, tokens: building.tokens, sentences: sentences as Segment[], paragraphs: paragraphs as Segment[], table: undefined };
}

/** Where segments are added while a document is built: a plain list, or a long text's {@link SegmentTable}. */
interface SegmentSink {
  readonly length: number;
  push(segment: Segment): unknown;
}

/** The document as it is being built. */
interface Building {
  /** The tokens so far (plain token objects; empty for a long text, whose tokens are in {@link Building.table}). */
  readonly tokens: Token[];
  count: number;
  readonly sentences: SegmentSink;
  readonly paragraphs: SegmentSink;
  /** Where the tokens keep their fields, for a long text; else undefined (plain token objects). */
  readonly table: TokenTable | undefined;
  /** One lower-case copy per distinct token string that is not wink's own word (plain token objects). */
  readonly lowered: Map<string, string>;
}

/**
 * True when the token at `k`, a "noun" in -ed that wink did not lemmatise,
 * is a past-tense verb the tagger misread: right after a plural noun or a
 * subject pronoun of its sentence, and before a determiner, an adjective, an
 * adverb or a pronoun ("the farmers deserved better", "they deserved a raise");
 * or a passive participle right after "been" or "being" ("whose laws have been
 * invalidated say").
 */
function misreadPastTense(raw: RawBatch, k: number): boolean {
  if (raw.pos[k] !== 'NOUN' || k === 0) return false;
  const lower = raw.lowers[k]!;
  if (lower.length < 6 || !lower.endsWith('ed') || (raw.lemmas[k] !== undefined && raw.lemmas[k] !== lower)) return false;
  if (raw.sentence[k - 1] !== raw.sentence[k] || raw.sentence[k + 1] !== raw.sentence[k]) return false;
  const before = raw.lowers[k - 1]!;
  // a participle after "been" or "being": "whose laws have been invalidated say"
  if (before === 'been' || before === 'being') return true;
  const subject = SUBJECT_PRONOUNS.has(before) || (raw.pos[k - 1] === 'NOUN' && /[^s]s$/.test(before) && raw.lemmas[k - 1] !== before);
  const next = raw.pos[k + 1];
  return subject && (next === 'DET' || next === 'ADJ' || next === 'ADV' || next === 'PRON');
}

/**
 * True when the token at `k` is a verb that is also a noun ({@link NOUN_VERB_MISREADS}), read as a noun
 * between its subject, a noun after a determiner in its sentence, and what follows a verb there (an adverb, a
 * number, a determiner, a pronoun, an adjective or "$"): "the bill cost too much", "the repairs cost $5 million",
 * "the team plans further tests".
 */
function misreadNounVerb(raw: RawBatch, k: number): boolean {
  if (raw.pos[k] !== 'NOUN' || k < 2 || !NOUN_VERB_MISREADS.has(raw.lowers[k]!)) return false;
  if (raw.sentence[k - 2] !== raw.sentence[k] || raw.sentence[k + 1] !== raw.sentence[k]) return false;
  if (raw.pos[k - 1] !== 'NOUN' || raw.pos[k - 2] !== 'DET') return false;
  const next = raw.pos[k + 1];
  return next === 'ADV' || next === 'NUM' || next === 'DET' || next === 'PRON' || next === 'ADJ' || raw.values[k + 1] === '$';
}

/**
 * True when the token at `k` is "Will", a first name the tagger read as the modal: after a title or a verb of
 * saying ({@link WILL_NAME_BEFORE}) and before a capitalised word that a lower-case word or punctuation follows
 * ("Dr. Will Long said", "said Will Hale, a spokesman", "Dr. Will O'Hare said"); not in a headline's title case
 * ("Senate Will Vote On It").
 */
function willFirstName(raw: RawBatch, k: number): boolean {
  if (raw.values[k] !== 'Will' || k === 0 || raw.sentence[k - 1] !== raw.sentence[k] || raw.sentence[k + 2] !== raw.sentence[k]) return false;
  if (!WILL_NAME_BEFORE.has(raw.lowers[k - 1]!.replace(/\.$/, '')) || raw.pos[k + 1] !== 'PROPN' || !/^\p{Lu}(?:\p{Ll}|['\u2019]\p{Lu}\p{Ll})/u.test(raw.values[k + 1]!)) return false;
  return !/^\p{Lu}/u.test(raw.values[k + 2]!);
}

/**
 * True when the token at `k` is "further" read as an adverb before an
 * adjective and its noun ("said further strong aftershocks were possible"):
 * there it is the noun phrase's own word, as in "further talks", which the
 * tagger reads as an adjective.
 */
function furtherBeforeAdjectiveNoun(raw: RawBatch, k: number): boolean {
  if (raw.pos[k] !== 'ADV' || raw.lowers[k] !== 'further' || raw.sentence[k + 2] !== raw.sentence[k]) return false;
  return raw.pos[k + 1] === 'ADJ' && raw.pos[k + 2] === 'NOUN';
}

/**
 * True when the token at `k` is a surname ending in "-ing" that the tagger
 * read as a verb ("Dunning said ...", "Manning told ..."): a capitalised
 * "-ing" word opening its sentence right before a verb of
 * {@link ING_SURNAME_CUES}, where no participle can stand ("Speaking said" is
 * no English); not the participle of an auxiliary, which can ("Having said
 * that, ...", "Having told reporters ...": {@link ING_PARTICIPLES_NOT_SURNAMES}).
 */
function ingSurnameBeforeSaid(raw: RawBatch, k: number): boolean {
  if (raw.pos[k] !== 'VERB' || (k > 0 && raw.sentence[k - 1] === raw.sentence[k]) || raw.sentence[k + 1] !== raw.sentence[k]) return false;
  return /^\p{Lu}\p{Ll}+ing$/u.test(raw.values[k]!) && ING_SURNAME_CUES.has(raw.lowers[k + 1]!) && !ING_PARTICIPLES_NOT_SURNAMES.has(raw.lowers[k]!);
}

/**
 * True when the token at `k` is a participle opening its sentence that the tagger read as a name: a capitalised
 * "-ing" word tagged PROPN, right before a lower-case preposition other than "of", and a comma closing the phrase
 * within a dozen words with no verb before it ("Standing before the judge, Ann Lee said": wink reads "Standing"
 * as a name, which made the whole phrase part of the speaker's mention). "Keating of the fund said" keeps its name.
 */
function ingParticipleOpening(raw: RawBatch, k: number): boolean {
  if (raw.pos[k] !== 'PROPN' || (k > 0 && raw.sentence[k - 1] === raw.sentence[k])) return false;
  if (!/^\p{Lu}\p{Ll}{3,}ing$/u.test(raw.values[k]!) || raw.pos[k + 1] !== 'ADP' || raw.lowers[k + 1] === 'of' || !/^\p{Ll}+$/u.test(raw.values[k + 1]!)) return false;
  for (let j = k + 2; j < k + 14 && raw.sentence[j] === raw.sentence[k]; j++) {
    // (not a surname the batch gives after a first name: "Ann Fleming runs the fund. Fleming at the bank, ..., said")
    if (raw.values[j] === ',') return j > k + 2 && !ingSurnames(raw).has(raw.values[k]!);
    if (raw.pos[j] === 'VERB' || raw.pos[j] === 'AUX') return false;
  }
  return false;
}

/** {@link ingSurnames} per batch read (each `readMany` gives a new batch). */
const ING_SURNAMES = new WeakMap<RawBatch, ReadonlySet<string>>();

/**
 * The capitalised "-ing" words that a batch has right after a capitalised proper noun of their sentence: the
 * surnames of full names ("Fleming" of "Ann Fleming", "Manning" of "Tom Manning"), which no participle is. Read
 * once per batch, when {@link ingParticipleOpening} first asks.
 */
function ingSurnames(raw: RawBatch): ReadonlySet<string> {
  let found = ING_SURNAMES.get(raw);
  if (found !== undefined) return found;
  const words = new Set<string>();
  for (let j = 1; j < raw.values.length; j++) {
    if (raw.pos[j] !== 'PROPN' || raw.pos[j - 1] !== 'PROPN' || raw.sentence[j - 1] !== raw.sentence[j]) continue;
    if (/^\p{Lu}\p{Ll}{3,}ing$/u.test(raw.values[j]!) && /^\p{Lu}/u.test(raw.values[j - 1]!)) words.add(raw.values[j]!);
  }
  ING_SURNAMES.set(raw, (found = words));
  return found;
}

/**
 * True when the token at `k`, tagged a verb in its base form, stands between a
 * possessive "'s" and a noun: a modifier of that noun, as in "the study's lead
 * author" or "the team's lead negotiator" (wink reads "lead" as a verb there).
 */
function possessiveModifier(raw: RawBatch, k: number): boolean {
  if (raw.pos[k] !== 'VERB' || k === 0 || raw.pos[k - 1] !== 'PART' || raw.pos[k + 1] !== 'NOUN') return false;
  if (!/^['\u2019]s$/.test(raw.lowers[k - 1]!) || raw.lemmas[k] !== raw.lowers[k]) return false;
  return raw.sentence[k - 1] === raw.sentence[k] && raw.sentence[k + 1] === raw.sentence[k];
}

/**
 * True when the token at `k`, a lower-case word tagged an adverb, follows an
 * age ("34-year-old") and no noun follows it: the noun the age describes, as
 * in "the 34-year-old forward said" or "said the 25-year-old back" (wink reads
 * "forward" and "back" as adverbs there).
 */
function ageHead(raw: RawBatch, k: number): boolean {
  if (raw.pos[k] !== 'ADV' || k < 3 || raw.lowers[k - 1] !== 'old' || raw.values[k - 2] !== '-' || !/^years?$/.test(raw.lowers[k - 3]!)) return false;
  if (!/^\p{Ll}+$/u.test(raw.values[k]!) || raw.sentence[k - 1] !== raw.sentence[k]) return false;
  const next = raw.pos[k + 1];
  return next !== 'NOUN' && next !== 'PROPN' && next !== 'ADJ';
}

/**
 * True when the token at `k`, a lower-case word tagged an adverb, stands
 * between "the" and a verb of its sentence: a noun, as in "shops located on
 * the square said" (wink reads "square" as an adverb there); not a word of
 * {@link ADVERBS_AFTER_THE} nor one in -ly.
 */
function adverbAfterThe(raw: RawBatch, k: number): boolean {
  if (raw.pos[k] !== 'ADV' || k === 0 || raw.lowers[k - 1] !== 'the' || raw.pos[k + 1] !== 'VERB') return false;
  const lower = raw.lowers[k]!;
  if (!/^\p{Ll}+$/u.test(raw.values[k]!) || lower.endsWith('ly') || ADVERBS_AFTER_THE.has(lower)) return false;
  return raw.sentence[k - 1] === raw.sentence[k] && raw.sentence[k + 1] === raw.sentence[k];
}

/** Where {@link addParagraph} stands in the sentences of its paragraph. */
interface SentenceState {
  /** Token index where the current sentence began (-1: none yet). */
  sentStart: number;
  /** wink's sentence index of the last token read. */
  lastLocalSent: number;
  /**
   * 0: no moved end; 1: the sentence ends after the closing '' just read
   * (or after a bracket right after it); 2: it ends after that bracket.
   */
  movedEnd: number;
  /**
   * True after a "no.", an "in.", a word of WORD_STOPS ("ill.") or a network's "X." read as the
   * word and a full stop: the sentence ends before the next upper-case word (after
   * any closing mark or bracket glued to it) or an opening mark set off by a space.
   */
  stopAfterNo: boolean;
  /**
   * True right after a clock time's "a.m." or "p.m.": wink goes on with the sentence,
   * but a capitalised word that is no time zone, day or month starts a new one.
   */
  stopAfterClock: boolean;
  /** True right after initials that end a sentence wink goes on with (see initialsEndSentence). */
  stopAfterInitials: boolean;
  /** The paragraph's first token. */
  readonly firstToken: number;
  /** The paragraph's index. */
  readonly para: number;
}

/** Ends the current sentence, if one has begun, at the last token so far. */
function closeSentence(doc: Building, tokens: (k: number) => Token | undefined, st: SentenceState): void {
  if (st.sentStart < 0) return;
  doc.sentences.push({ start: tokens(st.sentStart)!.start, end: tokens(doc.count - 1)!.end, first: st.sentStart, last: doc.count, para: st.para });
}

/**
 * What a token before raw token `k` left pending, in {@link sentenceStep}:
 * a sentence that ends after a "no.", "in." or "ill." split, after initials, after a
 * clock time, or after a closing '' (a moved end). True when the moved end
 * was handled (the token is then in the sentence it closes or starts). A
 * function of its own, called only while something is pending: each of these
 * branches, met for the first time, once recompiled the whole per-token step.
 */
function pendingEnds(doc: Building, tokens: (k: number) => Token | undefined, st: SentenceState, raw: RawBatch, k: number, value: string, start: number): boolean {
  if (st.stopAfterNo) {
    // (or an opening quotation mark set off by a space: 'fell ill. "It was sudden," she said')
    if (/^\p{Lu}/u.test(value) || (OPENING_AFTER_STOP.test(value) && tokens(doc.count - 1)!.end !== start)) {
      st.stopAfterNo = false;
      if (raw.sentence[k] === st.lastLocalSent) {
        closeSentence(doc, tokens, st);
        st.sentStart = doc.count;
      }
    } else if (!CLOSING_AFTER_STOP.test(value) || tokens(doc.count - 1)!.end !== start) st.stopAfterNo = false;
  }
  if (st.stopAfterInitials) {
    st.stopAfterInitials = false;
    if (raw.sentence[k] === st.lastLocalSent) {
      closeSentence(doc, tokens, st);
      st.sentStart = doc.count;
    }
  }
  if (st.stopAfterClock) {
    st.stopAfterClock = false;
    // (or an opening quotation mark set off by a space: 'shortly after 2am. "A man was found ...," she said')
    if (raw.sentence[k] === st.lastLocalSent && (startsClauseAfterClock(value) || (OPENING_AFTER_STOP.test(value) && tokens(doc.count - 1)!.end !== start))) {
      closeSentence(doc, tokens, st);
      st.sentStart = doc.count;
    }
  }
  if (st.movedEnd > 0 && raw.sentence[k] === st.lastLocalSent) {
    // the sentence that wink ended inside a closing '' ends after it (and after a bracket right after it)
    if (st.movedEnd === 1 && closesBracketAfterMark(tokens(doc.count - 1), value, start)) st.movedEnd = 2;
    else {
      st.movedEnd = 0;
      if (!continuesSentence(value)) {
        closeSentence(doc, tokens, st);
        st.sentStart = doc.count;
      }
    }
    return true;
  }
  return false;
}

/**
 * Where raw token `k` (its value `value`, at `start` to `end` in the view;
 * `found`: the view holds the value there) stands among the sentences of
 * its paragraph (whose raw tokens end before `stop`): ends the current
 * sentence before it where it starts a new one, and splits a "no.", an "in."
 * or a lower-case word of WORD_STOPS ("ill.") that is a word and a full stop
 * into those two tokens. True when it did that split (both tokens are added then).
 */
function sentenceStep(doc: Building, view: View, tokens: (k: number) => Token | undefined, st: SentenceState, raw: RawBatch, k: number, stop: number, value: string, start: number, end: number, found: boolean): boolean {
  // (what a token before left pending is rare: a function of its own, see pendingEnds)
  const moved = (st.stopAfterNo || st.stopAfterInitials || st.stopAfterClock || st.movedEnd > 0) && pendingEnds(doc, tokens, st, raw, k, value, start);
  if (!moved && raw.sentence[k] !== st.lastLocalSent) {
    st.movedEnd = 0;
    // wink ends sentences after abbreviations ("Okafor (Q-Ex.) said"): a sentence
    // cannot start with a lower-case word, a comma or a closing bracket ("(Q-Ex.), a member ..."), so that one goes on
    if (st.sentStart >= 0 && st.sentStart <= doc.count - 2 && closesDoubledMark(tokens(doc.count - 2), tokens(doc.count - 1), value, start)) {
      // wink ends a sentence between the two apostrophes of a closing '': the second one belongs to it
      st.movedEnd = 1;
    } else if (!(st.sentStart >= 0 && (continuesSentence(value) || gluedInitial(tokens(doc.count - 1), value, start) || afterHyphenedTitle(tokens, doc.count, st.sentStart) || afterTitleAbbreviation(tokens, doc.count, st.sentStart, value)))) {
      closeSentence(doc, tokens, st);
      st.sentStart = doc.count;
    }
    st.lastLocalSent = raw.sentence[k]!;
  } else if (!moved && st.sentStart >= 0 && st.sentStart === st.firstToken && endsHeadline(view, tokens, doc.count, start)) {
    // a headline on its own line, without a full stop, ends where the line ends
    closeSentence(doc, tokens, st);
    st.sentStart = doc.count;
  }
  // "REPORTER (voice-over): ...": wink reads a closing bracket and a colon right after a word as one emoticon; they
  // are the bracket and the colon of a speaker's label
  if (found && value === '):' && start > 0 && !isSpaceCode(view.text.charCodeAt(start - 1))) {
    pushToken(doc, start, start + 1, ')', ')', 'PUNCT', false, doc.sentences.length, st.para);
    pushToken(doc, start + 1, end, ':', ':', 'PUNCT', false, doc.sentences.length, st.para);
    return true;
  }
  // every split and stop below is of a token that ends in a full stop: no pattern is tried on any other token
  // (a function of its own: each of its branches is rare, and one met for the first time recompiles that alone)
  if (!found || value.charCodeAt(value.length - 1) !== 0x2e /* . */) return false;
  return fullStopStep(doc, view, tokens, st, raw, k, stop, value, start, end, found);
}

/**
 * The part of {@link sentenceStep} for a token found in the view that ends in a full stop: splits a "no.", an
 * "in.", a lower-case word of WORD_STOPS ("ill."), a network's "X." or a clock time written close ("2am.") into
 * the word and the full stop, and notes what ends the sentence after it. True when it split the token.
 */
function fullStopStep(doc: Building, view: View, tokens: (k: number) => Token | undefined, st: SentenceState, raw: RawBatch, k: number, stop: number, value: string, start: number, end: number, found: boolean): boolean {
  // (and "in." as one token, the abbreviation of inches: with no number before it, it is the word "in" and a full
  // stop: "would step in.")
  const inStop = found && end - start === 3 && IN_STOP.test(value) && !numberBefore(tokens(doc.count - 1));
  if (inStop || (found && end - start === 3 && NO_STOP.test(value) && !numberFollows(raw, k, stop))) {
    // wink keeps "no." as one token (the abbreviation of "No. 10"): with no number
    // after it, it is the word "no" and a full stop
    if (inStop) pushToken(doc, start, end - 1, value.slice(0, 2), 'in', 'ADP', false, doc.sentences.length, st.para);
    else pushToken(doc, start, end - 1, value.slice(0, 2), 'no', 'DET', raw.negated[k] === true, doc.sentences.length, st.para);
    pushToken(doc, end - 1, end, '.', '.', 'PUNCT', false, doc.sentences.length, st.para);
    st.stopAfterNo = true;
    return true;
  }
  // likewise a lower-case word wink keeps whole as a state's, a day's or a figure's abbreviation: "a near miss.", "fell ill."
  const word = found && /^\p{Ll}+\.$/u.test(value) ? WORD_STOPS.get(value.slice(0, -1)) : undefined;
  if (word !== undefined) {
    const verb = word.verb !== undefined && /^(AUX|PART)$/.test(tokens(doc.count - 1)?.pos ?? '');
    const bare = value.slice(0, -1);
    pushToken(doc, start, end - 1, bare, verb ? word.verb! : bare, verb ? 'VERB' : word.pos, false, doc.sentences.length, st.para);
    pushToken(doc, end - 1, end, '.', '.', 'PUNCT', false, doc.sentences.length, st.para);
    st.stopAfterNo = true;
    return true;
  }
  // "wrote on X.": a network's one-letter name, no initial; its full stop ends the sentence as after "ill."
  // (not before a surname or another initial, which make it a person's initial: "relied on X. Reyes", "on X. J. Reyes")
  if (found && LETTER_NAME_STOPS.has(value) && LETTER_NAME_PREPOSITIONS.has(tokens(doc.count - 1)?.lower ?? '') && !surnameFollows(raw, k, stop)) {
    pushToken(doc, start, end - 1, value.slice(0, -1), value.slice(0, -1), 'PROPN', false, doc.sentences.length, st.para);
    pushToken(doc, end - 1, end, '.', '.', 'PUNCT', false, doc.sentences.length, st.para);
    st.stopAfterNo = true;
    return true;
  }
  // "according to the Tulsa Sun.": a newspaper's last word after a capitalised one, no day; its full stop ends the
  // sentence as after "ill." (as a day, "Sun., Oct. 5", it follows no capitalised word)
  if (found && NAME_END_STOPS.has(value) && /^\p{Lu}/u.test(tokens(doc.count - 1)?.value ?? '')) {
    pushToken(doc, start, end - 1, value.slice(0, -1), value.slice(0, -1), 'PROPN', false, doc.sentences.length, st.para);
    pushToken(doc, end - 1, end, '.', '.', 'PUNCT', false, doc.sentences.length, st.para);
    st.stopAfterNo = true;
    return true;
  }
  if (found && CLOCK_STOP.test(value)) st.stopAfterClock = true;
  // wink keeps a clock time written close ("2am.", "10pm.") whole with the full stop after it, and goes on with
  // the sentence: the time and the full stop are two tokens, and the sentence ends as after "a.m."
  if (found && CLOCK_CLOSE_STOP.test(value)) {
    pushToken(doc, start, end - 1, value.slice(0, -1), (raw.lemmas[k] ?? value).replace(/\.$/, ''), raw.pos[k] ?? 'SYM', false, doc.sentences.length, st.para);
    pushToken(doc, end - 1, end, '.', '.', 'PUNCT', false, doc.sentences.length, st.para);
    st.stopAfterClock = true;
    return true;
  }
  // "Troops left the U.S. Military officials said ...": wink goes on after initials, but a verb's object
  // ending in them and a capitalised subject with a verb of its own after them make two sentences
  if (found && INITIALS.test(value) && initialsEndSentence(raw, k)) st.stopAfterInitials = true;
  // "ended in Lansing, Mich. Officials said ...": a town's state abbreviation before a capitalised word ends the
  // sentence (inside one, news sets the pair off with a comma: "Lansing, Mich., officials said")
  else if (found && stateAfterTownEndsSentence(raw, k, value)) st.stopAfterInitials = true;
  // "moved to the U.S. "It was time," she said", "at 150 km/h. 'It is a miracle'": wink goes on after an
  // abbreviation it keeps whole with its full stop; an opening mark set off by a space, a capital after it, opens
  // the next sentence (the full stop stays with the abbreviation)
  else if (found && !st.stopAfterClock && abbreviationBeforeQuote(view, raw, k, stop, value, end)) st.stopAfterNo = true;
  return false;
}

/**
 * True when raw token `k` (its value `value`, ending at `end` in the view) is an abbreviation that wink keeps
 * whole with its full stop ("U.S.", "km/h" 's "h.", "ft.", "etc.") and goes on with the sentence after, while the
 * next token, in the same wink sentence, is an opening quotation mark set off by a space with a capital right
 * after it: `moved to the U.S. "It was time," she said`. Not a person's initial ("John W. "Jack" Reyes") nor a
 * title ("Sen. "Bernie" Reyes"), which stand before a name.
 */
function abbreviationBeforeQuote(view: View, raw: RawBatch, k: number, stop: number, value: string, end: number): boolean {
  if (value.length < 2 || /^\p{Lu}\.$/u.test(value) || TITLE_ABBREVIATIONS.has(value.slice(0, -1).toLowerCase())) return false;
  if (end >= view.length || !isSpaceCode(viewCode(view, end))) return false;
  const j = nextWordIndex(raw, k, stop);
  if (j < 0 || raw.sentence[j] !== raw.sentence[k]) return false;
  const mark = raw.values[j]!;
  if (!OPENING_AFTER_STOP.test(mark)) return false;
  const word = mark.length > 1 ? j : j + 1;
  if (word >= stop || !/^'?\p{Lu}/u.test(raw.values[word]!)) return false;
  return !titleInMarks(raw, word, stop);
}

/** Most words of a name or a title in marks after an abbreviation: `the U.S. "Patriot Act"`, `"Safe Streets For All"`. */
const MAX_MARKED_NAME = 5;

/**
 * True when the raw tokens from `word` (before `stop`) are up to {@link MAX_MARKED_NAME} capitalised words and
 * then a closing mark: a nickname or a name in marks, no sentence (`Gov. C.L. "Butch" Otter`, `the U.S. "Patriot"
 * missile`, `the U.S. "Patriot Act"`); `"It was time,"` has a word in lower case and a comma.
 */
function titleInMarks(raw: RawBatch, word: number, stop: number): boolean {
  for (let i = word; i < stop && i - word <= MAX_MARKED_NAME; i++) {
    const value = raw.values[i]!;
    if (i > word && CLOSING_AFTER_STOP.test(value)) return true;
    if (!/^'?\p{Lu}/u.test(value)) return false;
  }
  return false;
}

/** Adds paragraph `local` of the batch `raw` (its text is `slice`, from `rangeStart` to `rangeEnd` in the view). */
function addParagraph(text: string, view: View, rangeStart: number, rangeEnd: number, slice: string, raw: RawBatch, local: number, doc: Building): void {
  const { sentences, paragraphs, table, lowered } = doc;
  // token k so far (a long text's is made from its table)
  const plain = doc.tokens;
  const tokens = table ? (k: number): Token | undefined => table.at(k) : (k: number): Token | undefined => plain[k];
  const para = paragraphs.length;
  const firstToken = doc.count;
  let cursor = 0; // offset into slice
  const st: SentenceState = {
    sentStart: -1,
    lastLocalSent: -1,
    movedEnd: 0,
    stopAfterNo: false,
    stopAfterClock: false,
    stopAfterInitials: false,
    firstToken,
    para,
  };
  for (let k = raw.first[local]!, stop = raw.first[local + 1]!; k < stop; k++) {
    const value = raw.values[k]!;
    // line breaks and other white space come back as tokens of their own: drop them
    if (raw.pos[k] === 'SPACE' || isBlankValue(value)) continue;
    // wink may normalise a token; never jump far ahead for it, and never
    // search further than that either (a search to the end of a long
    // paragraph for every such token would be quadratic)
    let at = value.length > 0 ? findNear(slice, value, cursor, 64 + value.length) : -1;
    // (found: the view holds the value at the token's start)
    const found = at >= 0;
    if (!found) {
      at = cursor;
      while (at < slice.length && isSpaceCode(slice.charCodeAt(at))) at++;
    }
    if (at >= slice.length) break;
    const start = rangeStart + at;
    let end = Math.min(rangeEnd, start + Math.max(value.length, 1));
    // a mark the view decoded from an HTML reference (&rdquo;) covers the
    // whole reference, so that no span ends inside it
    const refLength = end - start === 1 && text.charCodeAt(start) === 0x26 ? referenceLength(text, start) : 1;
    if (refLength > 1) end = Math.min(rangeEnd, start + refLength);
    // any other token that stops inside a reference ends where the reference does
    else end = Math.min(rangeEnd, endOutsideReference(text, view, end));
    cursor = end - rangeStart;
    // (sentence ends and the split of "no." and "in." in a function of their own, too large to inline: a
    // branch met for the first time makes V8 compile that function again, not this whole loop)
    if (sentenceStep(doc, view, tokens, st, raw, k, stop, value, start, end, found)) continue;
    // wink hands back the same string object for every occurrence of a word:
    // keep it (the table keeps one lower-case copy per word) rather than a slice per token
    const shownEnd = refLength > 1 ? start + 1 : end;
    // (a letter the view folded, "c" for "ć", shows as the input holds it: see foldedLetter)
    const shown = unfoldLetters(view, start, shownEnd - start === value.length && (found || viewSlice(view, start, start + value.length) === value) ? value : viewSlice(view, start, shownEnd));
    const pos = misreadPastTense(raw, k) || misreadNounVerb(raw, k) || ingParticipleOpening(raw, k) ? 'VERB' : possessiveModifier(raw, k) || ageHead(raw, k) || adverbAfterThe(raw, k) ? 'NOUN' : ingSurnameBeforeSaid(raw, k) || willFirstName(raw, k) ? 'PROPN' : furtherBeforeAdjectiveNoun(raw, k) ? 'ADJ' : (raw.pos[k] ?? 'X');
    const negated = raw.negated[k] === true;
    if (table) {
      // (wink's own word, as it almost always is, is found again by its lexeme)
      const key = shown === value ? raw.lexemes[k]! : -1;
      table.push(start, end, shown, raw.lemmas[k], pos, negated, sentences.length, para, key, raw.space);
      doc.count++;
    } else {
      // (wink's own word, as it almost always is: its lower-case form is known)
      let lower = shown === value ? raw.lowers[k] : lowered.get(shown);
      if (lower === undefined) {
        lower = shown.toLowerCase();
        lowered.set(shown, lower);
      }
      plain[doc.count] = { i: doc.count, start, end, value: shown, lower, lemma: raw.lemmas[k] ?? lower, pos, negated, sent: sentences.length, para };
      doc.count++;
    }
  }
  closeSentence(doc, tokens, st);
  paragraphs.push({ start: rangeStart, end: rangeEnd, first: firstToken, last: doc.count, para });
}

/** Initials with their full stops that wink keeps whole: "U.S.", "U.K.". */
const INITIALS = /^(?:\p{Lu}\.){2,}$/u;

/** Most words between a verb and the initials that end its object ("left the U.S."). */
const MAX_BEFORE_INITIALS = 3;

/** Most nouns of the subject after the capitalised word after the initials ("Military officials"). */
const MAX_SUBJECT_AFTER_INITIALS = 2;

/**
 * True when the initials at `k` ("U.S.") end a sentence wink goes on with: a
 * verb that is no cue stands before them with only determiners and
 * prepositions between ("left the U.S.", "moved to the U.S."), and a
 * capitalised word after them, with at most two nouns after it, comes before
 * a verb that is no gerund ("Military officials said"). "The U.S. Army said"
 * and "said the U.S. Army units were" stay one sentence.
 */
function initialsEndSentence(raw: RawBatch, k: number): boolean {
  const sent = raw.sentence[k];
  let j = k - 1;
  while (j >= 0 && k - j <= MAX_BEFORE_INITIALS && raw.sentence[j] === sent && (raw.pos[j] === 'DET' || raw.pos[j] === 'ADP')) j--;
  if (j < 0 || j === k - 1 || raw.sentence[j] !== sent || raw.pos[j] !== 'VERB' || CUE_VERBS.has(raw.lemmas[j] ?? '')) return false;
  if (raw.sentence[k + 1] !== sent || !/^\p{Lu}\p{Ll}/u.test(raw.values[k + 1] ?? '')) return false;
  let m = k + 2;
  while (m - k - 2 < MAX_SUBJECT_AFTER_INITIALS && raw.sentence[m] === sent && (raw.pos[m] === 'NOUN' || raw.pos[m] === 'PROPN')) m++;
  if (raw.sentence[m] !== sent) return false;
  return raw.pos[m] === 'AUX' || (raw.pos[m] === 'VERB' && !raw.lowers[m]!.endsWith('ing'));
}

/**
 * True when the state abbreviation at raw token `k` (its value `value`, full
 * stop included: "Mich.", "N.H.") follows a capitalised town and its comma and
 * comes before a capitalised word of the same sentence that is no
 * abbreviation: "in Lansing, Mich. Officials said" are two sentences ("Lansing,
 * Mich. Gov. Ann Lee" is left as wink reads it; "Ms." is a title).
 */
function stateAfterTownEndsSentence(raw: RawBatch, k: number, value: string): boolean {
  const word = value.toLowerCase().replace(/\./g, '');
  // (a title is none: "Mr. Lee, Ms. Ray and ...")
  if (k < 2 || !/^\p{Lu}/u.test(value) || !STATE_ABBREVIATION_WORDS.has(word) || TITLE_ABBREVIATIONS.has(word)) return false;
  const sent = raw.sentence[k];
  if (raw.values[k - 1] !== ',' || raw.sentence[k - 1] !== sent || raw.sentence[k - 2] !== sent || !/^\p{Lu}/u.test(raw.values[k - 2] ?? '')) return false;
  return raw.sentence[k + 1] === sent && /^\p{Lu}\p{Ll}+$/u.test(raw.values[k + 1] ?? '');
}

/** A token wink keeps whole that may be the word "no" and a full stop. */
const NO_STOP = /^no\.$/i;

/** A token wink keeps whole that may be the word "in" and a full stop (else the abbreviation of inches). */
const IN_STOP = /^in\.$/i;

/** True when `token`, the one before an "in.", is a number ("6 in."), whose unit it is. */
function numberBefore(token: Token | undefined): boolean {
  return token !== undefined && (token.pos === 'NUM' || /\d$/.test(token.value));
}

/** A clock time's "a.m." or "p.m." as wink keeps it, full stop included. */
const CLOCK_STOP = /^[ap]\.m\.$/i;

/** A clock time written close, full stop included, as wink keeps it: "2am.", "10pm.", "0am." (of "9.30am."). */
const CLOCK_CLOSE_STOP = /^\d{1,2}(?::\d{2})?[ap]m\.$/i;

/**
 * True when `value`, the word right after a clock time's "a.m." or "p.m.",
 * starts a new sentence: a capitalised word that is no time zone, day or
 * month ("9 a.m. Officials said", not "9 a.m. Eastern", "6 p.m. GMT" or
 * "10 a.m. Monday").
 */
function startsClauseAfterClock(value: string): boolean {
  if (!/^\p{Lu}/u.test(value)) return false;
  // a time zone's letters ("EST", "CEST")
  if (/^\p{Lu}{2,5}$/u.test(value)) return false;
  return !CLOCK_TIME_FOLLOWERS.has(value.toLowerCase().replace(/\.$/, ''));
}

/** Tokens that may stand between a sentence's full stop and the next sentence: closing marks and brackets. */
const CLOSING_AFTER_STOP = /^[\u0022\u0027\u2019\u201D\u00BB)\]]+$/;

/**
 * A quotation mark that, set off by a space after a split full stop ("no.", "ill.", "2am."), opens the next
 * sentence: straight, curly, low-high ("„", "‚"), guillemets ("«", "‹"); not "»", which may close a French quotation
 * set off by a space. wink may keep a straight one with the word after it ("'A").
 */
const OPENING_AFTER_STOP = /^(?:[\u0022\u0027\u201C\u2018\u201A\u201E\u00AB\u2039]|'\p{Lu}\p{L}*)$/u;

/** True when the next token of the paragraph after raw token `k` (before `stop`) is a number ("No. 10"). */
function numberFollows(raw: RawBatch, k: number, stop: number): boolean {
  for (let j = k + 1; j < stop; j++) {
    if (raw.pos[j] === 'SPACE' || isBlankValue(raw.values[j]!)) continue;
    return /^[\d#]/.test(raw.values[j]!) || raw.pos[j] === 'NUM';
  }
  return false;
}

/**
 * True when the next word after raw token `k` in its paragraph (before `stop`)
 * reads as the rest of a name after an initial: another initial ("X. J.
 * Reyes") or a proper noun that is no known first name and whose next word is
 * no verb ("X. Reyes for advice", "X. Reyes's notes"; not "X. Tom Reyes
 * replied" nor "X. Officials said", where a sentence starts).
 */
function surnameFollows(raw: RawBatch, k: number, stop: number): boolean {
  const j = nextWordIndex(raw, k, stop);
  if (j < 0) return false;
  const value = raw.values[j]!;
  if (/^\p{Lu}\.$/u.test(value)) return true;
  if (raw.pos[j] !== 'PROPN' || !/^\p{Lu}\p{Ll}/u.test(value) || FIRST_NAMES.has(value.toLowerCase())) return false;
  const after = nextWordIndex(raw, j, stop);
  return after < 0 || !/^(VERB|AUX)$/.test(raw.pos[after]!);
}

/** The index of the first raw token after `k` and before `stop` that is no space, or -1. */
function nextWordIndex(raw: RawBatch, k: number, stop: number): number {
  for (let j = k + 1; j < stop; j++) if (!(raw.pos[j] === 'SPACE' || isBlankValue(raw.values[j]!))) return j;
  return -1;
}

/** Adds a token that wink did not make as such (a part of one of its tokens) to the document being built. */
function pushToken(doc: Building, start: number, end: number, value: string, lemma: string, pos: string, negated: boolean, sent: number, para: number): void {
  if (doc.table) doc.table.push(start, end, value, lemma, pos, negated, sent, para);
  else {
    let lower = doc.lowered.get(value);
    if (lower === undefined) {
      lower = value.toLowerCase();
      doc.lowered.set(value, lower);
    }
    doc.tokens[doc.count] = { i: doc.count, start, end, value, lower, lemma, pos, negated, sent, para };
  }
  doc.count++;
}

/**
 * True when token `k` (read through `tokens`) is a title abbreviation joined
 * by a hyphen to a prefix, in one token ("ex-Gov", "then-Sen") or three
 * ("then", "-", "Sen", none before `first`), with its period glued right
 * after it. Shared by sentence building here and by speaker phrases.
 */
export function hyphenedTitleAt(tokens: (k: number) => Token | undefined, k: number, first = 0): boolean {
  const title = tokens(k);
  const dot = tokens(k + 1);
  if (title === undefined || dot?.value !== '.' || dot.start !== title.end) return false;
  const joined = /^\p{L}+-(\p{L}+)$/u.exec(title.value);
  if (joined !== null) return TITLE_ABBREVIATIONS.has(joined[1]!.toLowerCase());
  if (k - 2 < first) return false;
  const hyphen = tokens(k - 1);
  return hyphen?.value === '-' && hyphen.end === title.start && tokens(k - 2)?.end === hyphen.start && TITLE_ABBREVIATIONS.has(title.value.toLowerCase());
}

/**
 * True when the tokens before `count` end with a title abbreviation joined by a
 * hyphen and its period ("then-Sen.", "ex-Gov."), inside the sentence that began
 * at `sentStart`: wink ends a sentence there, before the name the title opens.
 */
function afterHyphenedTitle(tokens: (k: number) => Token | undefined, count: number, sentStart: number): boolean {
  if (count - 2 < sentStart || !hyphenedTitleAt(tokens, count - 2, sentStart)) return false;
  // ("met the ex-Gov. Then ...": a title after a determiner is a noun that may end the sentence)
  const first = /-/.test(tokens(count - 2)!.value) ? count - 3 : count - 4;
  return !(first >= sentStart && TITLE_NOUN_DETERMINERS.has((tokens(first)?.value ?? '').toLowerCase()));
}

/**
 * True when the tokens before `count` end with a capitalised title abbreviation
 * and its period glued to it ("Det.", "Insp.", "Supt."), inside the sentence
 * that began at `sentStart`, and `value` is capitalised: wink, which knows
 * "Sgt." and "Lt." but not every rank, ends a sentence there, before the name
 * or the second title ("Det. Insp. Rachel Moore said").
 */
function afterTitleAbbreviation(tokens: (k: number) => Token | undefined, count: number, sentStart: number, value: string): boolean {
  if (count - 2 < sentStart || !startsUpper(value) || !detachedTitleAt(tokens, count - 2)) return false;
  // ("met the Det. Then ...": a title after a determiner is a noun that may end the sentence; not "the Rev. Al Sharpton")
  if (ARTICLE_TITLE_ABBREVIATIONS.has(tokens(count - 2)!.lower)) return true;
  return !(count - 3 >= sentStart && TITLE_NOUN_DETERMINERS.has((tokens(count - 3)?.value ?? '').toLowerCase()));
}

/**
 * True when token `k` (read through `tokens`) is a capitalised title
 * abbreviation ({@link TITLE_ABBREVIATIONS}) with its period glued right after
 * it as a token of its own: "Det.", "Insp." (wink keeps the ranks it knows,
 * "Sgt.", "Lt.", in one token). Shared by sentence building here and by
 * speaker phrases.
 */
export function detachedTitleAt(tokens: (k: number) => Token | undefined, k: number): boolean {
  const title = tokens(k);
  const dot = tokens(k + 1);
  return title !== undefined && dot?.value === '.' && dot.start === title.end && /^\p{Lu}\p{Ll}*$/u.test(title.value) && TITLE_ABBREVIATIONS.has(title.lower);
}

/**
 * True when `value`, at `start`, is an initial and its full stop ("Y.") glued
 * to a full stop just before it (`prev`): wink ends a sentence inside a state's
 * or a degree's initials ("(D-N.Y.) said", "a Ph.D. from"), where no sentence
 * can start without a space.
 */
function gluedInitial(prev: Token | undefined, value: string, start: number): boolean {
  return prev !== undefined && prev.end === start && prev.value.endsWith('.') && /^\p{Lu}\.$/u.test(value);
}

/** True when a token `value` cannot start a sentence: a lower-case word, a comma or a closing bracket. */
function continuesSentence(value: string): boolean {
  return /^(?:\p{Ll}|[,;:)\]])/u.test(value);
}

/** Offset of `value` in `slice` starting no further than `reach` after `from`, or -1. */
function findNear(slice: string, value: string, from: number, reach: number): number {
  if (slice.startsWith(value, from)) return from;
  // most tokens stand after a space or a line break: look there without a copy of the stretch
  // (the spaces skipped hold no earlier match of a value that starts with none)
  let next = from;
  while (next < slice.length && isSpaceCode(slice.charCodeAt(next))) next++;
  if (next - from <= reach && !isSpaceCode(value.charCodeAt(0)) && slice.startsWith(value, next)) return next;
  const at = slice.slice(from, from + reach + value.length).indexOf(value);
  return at < 0 ? -1 : from + at;
}

/**
 * True when a line break stands between the previous token and `start`, the
 * previous line is short and has no closing punctuation, and a capitalised
 * word starts the next line: "Lee says tax bill will be vetoed\nGov. Ann Lee said ...".
 * The tokens so far are the first `count` read by `tokens`.
 */
function endsHeadline(view: View, tokens: (k: number) => Token | undefined, count: number, start: number): boolean {
  const prev = count > 0 ? tokens(count - 1) : undefined;
  // (the line break first: it is the rarest and the cheapest to look for)
  if (!prev || !hasLineBreak(view, prev.end, start) || !/^\p{Lu}/u.test(viewChar(view, start) ?? '')) return false;
  // (a semicolon at the line's end parts a headline from its subheadline: "Lee vetoes tax bill; \nVote set for May")
  if (/^[.!?:,\u2026"\u201D\u2019')\]]$/.test(prev.value)) return false;
  let words = 0;
  for (let k = count - 1; k >= 0 && tokens(k)!.sent === prev.sent; k--) words++;
  return words <= 20;
}

/** True when `value` is empty or white space only (as `trim` sees it), without a copy for a printable ASCII start. */
function isBlankValue(value: string): boolean {
  const code = value.charCodeAt(0);
  if (code > 0x20 && code < 0x7f) return false;
  return value.trim().length === 0;
}

/** True when `view` holds a line break between `from` and `to`. */
function hasLineBreak(view: View, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const code = viewCode(view, k);
    if (code === 0x0a || code === 0x0d) return true;
  }
  return false;
}

function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}
