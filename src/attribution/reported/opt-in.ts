/**
 * The bar an attribution of the opt-in categories (thought, evidence, stance)
 * must pass. Measured on PolNeAR train, such attributions are far less often
 * annotated when their content is short: a noun phrase or an infinitive under
 * six words ("wants a recount", "backed Moss", 67% precision against 86%
 * from six on), a clause under four words ("he knew it", 50%), a thought of
 * any shape under eight words ("seems to have stalled", 75%), when their subject is a
 * generic "you" (45%) or a first-person "I" or "we" of a thought (66%: "I hope so" is
 * mostly an aside; but an opinion with a bare clause holding a verb, "I think the
 * pier will open", stands: 21 of 27 new ones right on train), when a thought is a question or follows a colon (8 of 17), or when a rule could only build a degraded form
 * (confidence under 0.5: 62%), or when a cue after its content has an object
 * of its own ("..., 52 percent backed the levy"). Refusals keep short content
 * ("declined to comment": 90% of 45 on train), a stance whose cue has no
 * helping sense needs only four words ("opposed the new transit levy": 85% of
 * 40 on train), and so does a named source's
 * stance on a named person ("Ada Moss endorsed Tom Reyes": 18 of 18 on train). Speech, writing and source
 * cues are untouched.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { Candidate, CueMatch } from '../candidate.js';
import { tokenAt, tokenAtOrAfter, tokenCount } from '../../prepare/lookup.js';
import { viewWordRunsIn } from '../../prepare/view.js';
import { OPT_IN_CATEGORIES } from '../../options.js';
import { BELIEF_CUE_VERBS, FEELING_VERBS, KNOWING_THOUGHT_VERBS, OPINION_CUE_VERBS, DECLINING_VERBS, RAISING_VERBS, THOUGHT_ADJECTIVES } from '../../data/cues.js';
import { MODALS, PASSIVE_BE_FORMS, POSSESSIVES, QUOTING_PARTICIPLES, RELATIVE_PRONOUNS } from '../../data/clauses.js';
import { CLAUSELESS_STANCE_CUES, DEFENDED_HOLDING_NOUNS, FINITE_ONLY_STANCE_CUES, HELPING_STANCE_CUES, SIDE_TAKING_STANCE_CUES, VEHICLE_NOUNS, WHOLE_SENTENCE_THOUGHT_OBJECT_CUES } from '../../data/senses.js';
import { SPEECH_OBJECT_VERBS, WHOLE_SENTENCE_OBJECT_VERBS } from '../../data/cues.js';
import { ADJUNCT_TIME_WORDS, TIME_ADJUNCT_PREPOSITIONS } from '../../data/time.js';
import { SUBJECT_PRONOUNS, COUNT_SUBJECT_WORDS } from '../../data/function-words.js';
import { PLACE_ADJUNCT_PREPOSITIONS } from '../../data/places.js';
import { isPeopleKind, kindOfHead } from '../../speakers/kinds.js';
import { modalCue } from './shared.js';
import { NOUN_MODIFIER_TAGS } from '../../data/tags.js';
import { KNOWN_AS_RULE } from './known-as.js';
import { FEELING_BARE_RULE } from './feeling-bare.js';
import { thingSubject } from './thing-subject.js';
import { candidateWith } from '../candidate.js';

/** Fewest words the content of an opt-in attribution needs: a clause, and a noun phrase or an infinitive. */
const MIN_CLAUSE_WORDS = 4;
const MIN_PHRASE_WORDS = 6;
/**
 * Fewest words the noun phrase or infinitive of a stance needs when its cue
 * has no helping sense ({@link HELPING_STANCE_CUES}): "opposed the new
 * transit levy", "defended his vote on the budget". Measured on PolNeAR train,
 * such stances of four or five words were annotated 34 times in 40 (85%);
 * with "support" 12 of 23, and of two or three words 62%. A feeling voiced
 * ("expressed his condolences"), a relative-pronoun subject and a bare name
 * keep the six-word bar (see {@link shortStance}).
 */
const MIN_STANCE_PHRASE_WORDS = 4;
/**
 * Fewest words the noun-phrase object of a side-taking stance needs
 * ({@link SIDE_TAKING_STANCE_CUES}): "opposed the tax", "applauded the
 * ruling" (9 of 10 new ones right on PolNeAR train), "endorsed Tom Reyes".
 * Not for a negated cue ("has not endorsed a candidate"); with a relative
 * subject after a comma or a pronoun resolved to its antecedent too ("Ada
 * Moss, who endorsed Tom Reyes": 12 of 13 new ones right on train), unlike
 * other short stances.
 */
const MIN_SIDE_TAKING_WORDS = 2;
/**
 * Fewest words the noun-phrase object of an evidence cue needs: "showed
 * little interest in the levy", "listed three ferry routes for closure".
 * Measured on PolNeAR train, such objects of four or five words were
 * annotated 5 times in 5; of two or three ("showed real patience"), 9 in 18.
 */
const MIN_EVIDENCE_PHRASE_WORDS = 4;
/** The rule of a cue and its noun-phrase object. */
const OBJECT_RULE = 'reported/cue-object';
/** Fewest words the content of a thought needs, in any shape: under eight, 75% of 147 were right on train, against 88% from eight on. */
const MIN_THOUGHT_WORDS = 8;
/**
 * Thought rules of a noun or a topic ("her belief that ...", "the hope that
 * ...", "worried about ..."), whose content needs only a clause's four words,
 * not a thought's eight: of 4 to 7 words, 17 of 18 new ones were right on
 * PolNeAR train.
 */
const NOMINAL_THOUGHT_RULES = new Set(['reported/noun-cue', 'reported/noun-cue-fallback-subject', 'reported/cue-topic', 'reported/in-view']);
/**
 * Parts of speech before a noun cue that make it a noun, not a verb the tagger
 * misread ("his belief", "the hope", "with hopes"; not "Aides hope that ...",
 * whose short wish keeps the eight-word bar).
 */
const NOUN_CUE_BEFORE_POS = new Set(['DET', 'ADJ', 'ADP', 'CCONJ', 'NUM', 'PUNCT']);

/** True when the noun cue of `c` is preceded by a determiner, a possessive, an adjective or a preposition. */
function nounCueAsNoun(doc: Doc, c: Candidate): boolean {
  if (c.rule === 'reported/cue-topic') return true;
  const before = tokenAt(doc, c.cue!.first - 1);
  return NOUN_CUE_BEFORE_POS.has(before.pos) || POSSESSIVES.has(before.lower) || before.lower === "'s" || before.lower === '\u2019s';
}
/** Most words the bar ever needs to count. */
const WORDS_NEEDED = Math.max(MIN_CLAUSE_WORDS, MIN_PHRASE_WORDS, MIN_THOUGHT_WORDS);
/** The rule of a clause framed by a verb of appearance or a passive, with no source ("Moss appears to lead"). */
const IMPERSONAL_RULE = 'reported/impersonal';
/**
 * Fewest words, cue included, of a clause framed by a verb of appearance
 * ({@link RAISING_VERBS}) whose subject is a proper name: "Ada Moss appears to
 * be gaining ground", "Reyes seemed to welcome the delay". Of six or seven words,
 * 8 of 8 new ones were right on PolNeAR train; with any other subject ("the
 * climate appears to be changing", "which appeared to be aimed at her")
 * such short ones were right 4 times in 8, so they keep a thought's eight.
 */
const MIN_NAMED_RAISING_WORDS = 6;

/**
 * True when `c` is a clause framed by "seem" or "appear" whose content opens
 * with a proper name: "Ada Moss appears to ...".
 */
function namedRaising(doc: Doc, c: Candidate): boolean {
  return c.rule === IMPERSONAL_RULE && RAISING_VERBS.has(c.cue!.lemma) && tokenAt(doc, tokenAtOrAfter(doc, c.parts[0]!.start)).pos === 'PROPN';
}

/** Rules of a thought cue inside a relative clause ("what she believes is ...", "the aides they trusted most"). */
const RELATIVE_THOUGHT_RULES = /^reported\/(reduced-)?relative-cue$/;
/**
 * Fewest words of a thought in a relative clause ({@link RELATIVE_THOUGHT_RULES}):
 * "what he believes are the union's core values". Of six or seven words,
 * 4 of 4 new ones were right on PolNeAR train; of four or five, 1 of 3
 * ("what he believes are fair rules" is too short), so those keep a
 * thought's eight.
 */
const MIN_RELATIVE_THOUGHT_WORDS = 6;

/** Thought rules whose short content was right as often as a long one on train ("see X as Y": 6 of 6, a quoted object: 5 of 5). */
const SHORT_THOUGHT_RULES = /^reported\/cue-(as|quoted-object|judgement)$/;
/**
 * The rule of a judgement "sees X as Y" (`reported/seen-as.ts`), whose object
 * and what it is seen as need a clause's four words, not a phrase's six
 * ("builders see the old links as idle land": of four or five words, 3 of 3
 * new ones right on PolNeAR train, none broken).
 */
const SEEN_AS_RULE = 'reported/cue-as';
/**
 * The rule of a cue followed by "that" and its clause: a belief so stated
 * ({@link BELIEF_CUE_VERBS}) needs only a clause's four words, not a thought's
 * eight (of 4 to 7 words, 11 of 11 new ones right on PolNeAR train; with hope,
 * want, see and remember as well, 13 of 19).
 */
const BELIEF_THAT_RULE = 'reported/cue-that';
/**
 * The rule of a cue and its bare clause: an opinion so stated
 * ({@link OPINION_CUE_VERBS}: "Aides believe she can win") needs only a
 * clause's four words when the clause holds a verb (not "Washington think
 * tanks ..."). Measured on PolNeAR train with every category on: 20 new
 * thoughts, 17 of them annotated (the others mostly right but not
 * annotated: "Ms. Reyes thought it cut too much").
 */
const OPINION_CLAUSE_RULE = 'reported/cue-clause';

/**
 * True when the content of `c` holds an auxiliary or a verb that is no
 * participle: a clause, not a noun phrase ("tanks and the elected leaders").
 * A verb in -ed right after a subject that opens the content (a pronoun, or
 * a determiner and its nouns) is a past tense too: "the witness lied", "the
 * fire started".
 */
function holdsVerb(doc: Doc, c: Candidate): boolean {
  const first = tokenAtOrAfter(doc, c.parts[0]!.start);
  const end = c.parts[c.parts.length - 1]!.end;
  for (let k = first; k < tokenCount(doc) && tokenAt(doc, k).end <= end; k++) {
    const t = tokenAt(doc, k);
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/(ed|ing|en)$/.test(t.lower))) return true;
    if (t.pos === 'VERB' && /ed$/.test(t.lower) && k > first && pastAfterSubject(doc, first, k)) return true;
  }
  return false;
}

/**
 * True when tokens [first, k) are a subject: a subject pronoun alone, or a
 * determiner then adjectives, numbers and nouns ending in a noun ("the two
 * men", "the witness"), so the verb at `k` is its past tense.
 */
function pastAfterSubject(doc: Doc, first: number, k: number): boolean {
  if (k === first + 1) return SUBJECT_PRONOUNS.has(tokenAt(doc, first).lower);
  if (tokenAt(doc, first).pos !== 'DET' || !/^(NOUN|PROPN)$/.test(tokenAt(doc, k - 1).pos)) return false;
  for (let j = first + 1; j < k; j++) if (!NOUN_MODIFIER_TAGS.has(tokenAt(doc, j).pos)) return false;
  return true;
}
/** Rules whose content is a noun phrase, an infinitive or a topic rather than a clause. */
const PHRASE_RULES = /^reported\/cue-(object|infinitive|topic|as|quoted-object|answer)/;
/** Rules whose thought attributions were mostly wrong on train: a question ("decided whether"), a colon. */
const WEAK_THOUGHT_RULES = new Set(['reported/cue-question', 'reported/cue-colon']);
/** Most words of a name object ("former Gov. Martin O'Malley" is a phrase, not a name). */
const MAX_NAME_WORDS = 4;
/** Lowest rule confidence an opt-in attribution may have. */
const MIN_OPT_IN_CONFIDENCE = 0.5;

/** True when the content of `c` is one proper name: "Mr. Reyes", "Ada Moss". */
function isName(doc: Doc, c: Candidate): boolean {
  const first = tokenAtOrAfter(doc, c.parts[0]!.start);
  const end = c.parts[c.parts.length - 1]!.end;
  let k = first;
  for (; k < tokenCount(doc) && tokenAt(doc, k).end <= end; k++) if (tokenAt(doc, k).pos !== 'PROPN') return false;
  return k > first && k - first <= MAX_NAME_WORDS;
}

/**
 * The words of the content of `c` (runs of non-space holding a letter or digit),
 * counted up to `most` (and before offset `until`): the bar never needs more, and a content running to the
 * end of a long unpunctuated text would otherwise be counted once per cue in it.
 */
export function countWords(doc: Doc, c: Candidate, most: number, until = Infinity): number {
  let words = 0;
  // a sourceless frame is measured with its cue, as the bar was ("The sale is expected to close in May": eight words)
  const parts = c.rule === 'reported/impersonal' ? [{ start: c.parts[0]!.start, end: c.parts[c.parts.length - 1]!.end }] : c.parts;
  for (const p of parts) {
    const stop = Math.min(p.end, until);
    viewWordRunsIn(doc.view, p.start, p.end, (at, run) => {
      if (at >= stop || words >= most) return false;
      if (/\w/.test(run)) words++;
      return true;
    });
  }
  return words;
}

/** Words inside a place or time adjunct before its last word: "for two days", "in early May". */
const ADJUNCT_INNER_POS = new Set(['DET', 'NUM', 'ADJ', 'PROPN']);

/**
 * Where a place or time adjunct closing the content of `c` starts ("in Paris",
 * "for two days", "on Monday"), or the content's end: what the stance took a
 * position on is what comes before it.
 */
function beforeTrailingAdjunct(doc: Doc, c: Candidate): number {
  const end = c.parts[c.parts.length - 1]!.end;
  let last = -1;
  const first = tokenAtOrAfter(doc, c.parts[0]!.start);
  for (let k = first; k < tokenCount(doc) && tokenAt(doc, k).end <= end; k++) last = k;
  while (last > first && tokenAt(doc, last).pos === 'PUNCT') last--;
  if (last <= first) return end;
  const final = tokenAt(doc, last);
  if (final.pos !== 'PROPN' && !ADJUNCT_TIME_WORDS.has(final.lower)) return end;
  for (let k = last - 1; k > first; k--) {
    const t = tokenAt(doc, k);
    if (t.pos === 'ADP' && (ADJUNCT_TIME_WORDS.has(final.lower) ? TIME_ADJUNCT_PREPOSITIONS : PLACE_ADJUNCT_PREPOSITIONS).has(t.lower)) return t.start;
    if (!ADJUNCT_INNER_POS.has(t.pos) && !ADJUNCT_TIME_WORDS.has(t.lower)) return end;
  }
  return end;
}

/**
 * True when the stance `c` may have a phrase of {@link MIN_STANCE_PHRASE_WORDS}:
 * its cue has no helping sense and voices no feeling ("expressed his
 * condolences", rule `reported/cue-feeling`'s), its subject is no relative
 * pronoun ("groups who endorsed ...": 65% on train), and its content is no
 * bare name (`reported/stance-name` takes a named person).
 */
function shortStance(doc: Doc, c: Candidate): boolean {
  const cue = c.cue!;
  if (HELPING_STANCE_CUES.has(cue.lemma) || FEELING_VERBS.has(cue.lemma)) return false;
  // (the subject is read off the text: a relative subject may be resolved only later)
  if (c.speaker?.antecedent !== undefined || RELATIVE_PRONOUNS.has(tokenAt(doc, cue.first - 1).lower)) return false;
  // "endorsed Sen. Tom Reyes of Ohio": a name, with "of" and its place, is rule `reported/stance-name`'s
  const end = c.parts[c.parts.length - 1]!.end;
  for (let k = tokenAtOrAfter(doc, c.parts[0]!.start); k < tokenCount(doc) && tokenAt(doc, k).end <= end; k++) {
    const t = tokenAt(doc, k);
    if (t.pos !== 'PROPN' && t.pos !== 'PUNCT' && t.lower !== 'of') return true;
  }
  return false;
}

/**
 * True when "if" opens the subject of `c`: "If the plan rejected single
 * mothers, ...", a side supposed, not taken.
 */
function conditionalSubject(doc: Doc, c: Candidate): boolean {
  return c.speaker !== null && c.speaker.first > 0 && tokenAt(doc, c.speaker.first - 1).lower === 'if';
}

/**
 * True when "yet to" stands among tokens `first` to `head - 1` of a cue: "has
 * yet to endorse a candidate" takes no side yet, as "has not endorsed" does
 * not.
 */
function yetTo(doc: Doc, first: number, head: number): boolean {
  for (let k = first; k + 1 < head; k++) if (tokenAt(doc, k).lower === 'yet' && tokenAt(doc, k + 1).lower === 'to') return true;
  return false;
}

/** Marks that open a non-restrictive relative clause before its pronoun: "Ada Moss, who ...", "Ada Moss (who ...". */
const NON_RESTRICTIVE_OPENERS = /^([,(\u2014\u2013]|--)$/;

/**
 * True when the subject of `c` is a pronoun resolved to what it stands for, or
 * the relative pronoun of a clause set off by a comma, a dash or a bracket
 * ("Ada Moss, who endorsed ..."). In a restrictive clause the object may run
 * on into the main verb ("Pilots who opposed the levy met.").
 */
function relativeSubject(doc: Doc, c: Candidate): boolean {
  const before = c.cue!.first - 1;
  const relative = RELATIVE_PRONOUNS.has(tokenAt(doc, before).lower) ? before : c.speaker !== null && RELATIVE_PRONOUNS.has(tokenAt(doc, c.speaker.first).lower) ? c.speaker.first : -1;
  if (relative > 0) return NON_RESTRICTIVE_OPENERS.test(tokenAt(doc, relative - 1).value);
  return relative < 0 && c.speaker?.antecedent !== undefined;
}

/** Tokens before the subject's first that may hold its count ("a majority of"). */
const COUNT_LOOKBACK = 3;

/** Most tokens between the end of a short object and a participle that quotes ({@link quotingAfter}). */
const MAX_BEFORE_QUOTING = 8;

/**
 * True when a comma and a participle that quotes ("saying", "adding") follow
 * the content of `c` within a few tokens of its sentence: "defended the
 * remark on Monday, saying ...". The verb, its object and the participle are
 * then one cue, as annotated news marks it, and what is said its content; the
 * short object of "defend" is no stance of its own (1 of 1 on PolNeAR train;
 * for "endorse", whose short objects were kept before, 0 of 1).
 */
function quotingAfter(doc: Doc, c: Candidate): boolean {
  const last = tokenAtOrAfter(doc, c.parts[c.parts.length - 1]!.end);
  const sent = tokenAt(doc, c.cue!.head).sent;
  for (let k = last; k + 1 < Math.min(last + MAX_BEFORE_QUOTING, tokenCount(doc)) && tokenAt(doc, k + 1).sent === sent; k++) {
    if (tokenAt(doc, k).value === ',' && QUOTING_PARTICIPLES.has(tokenAt(doc, k + 1).lower)) return true;
  }
  return false;
}

/**
 * True when the subject of `c` is a count of people ("60 percent of the
 * voters opposed the idea"): rule `reported/count-subject` credits the whole
 * count, so the short object is left to it.
 */
function countedSubject(doc: Doc, c: Candidate): boolean {
  const mention = c.speaker;
  if (mention === null) return false;
  const sentenceFirst = doc.sentences[tokenAt(doc, mention.first).sent]!.first;
  // (not past a comma: "In 2012, Ann Lee opposed the bill" has no count)
  let from = mention.first;
  while (from > Math.max(sentenceFirst, mention.first - COUNT_LOOKBACK) && !/^[,;:]$/.test(tokenAt(doc, from - 1).value)) from--;
  for (let k = from; k < mention.last; k++) {
    const t = tokenAt(doc, k);
    if (t.pos === 'NUM' || COUNT_SUBJECT_WORDS.has(t.lower)) return true;
  }
  return false;
}

/**
 * True when the stance `c` of a cue that takes a side only from a finite verb
 * ({@link FINITE_ONLY_STANCE_CUES}) stands elsewhere: as a bare participle
 * ("a campaign favoring a recall"), after a modal ("should favor Ada Moss") or
 * a verb of appearance ("seems to favor new quotas": a guess) or
 * with a count of people as its subject ("23 percent favored Reyes").
 */
function unsettledSide(doc: Doc, c: Candidate): boolean {
  const cue = c.cue!;
  if (!FINITE_ONLY_STANCE_CUES.has(cue.lemma)) return false;
  if (cue.first === cue.head && tokenAt(doc, cue.head).lower.endsWith('ing')) return true;
  for (let k = cue.first; k < cue.head; k++) if (MODALS.has(tokenAt(doc, k).lower) || RAISING_VERBS.has(tokenAt(doc, k).lemma)) return true;
  return countedSubject(doc, c);
}

/** True when the cue of `c` is a passive verb group: a form of "be" before its participle ("is believed"; not "does appear"). */
function passiveFrame(doc: Doc, c: Candidate): boolean {
  for (let k = c.cue!.first; k < c.cue!.head; k++) if (PASSIVE_BE_FORMS.has(tokenAt(doc, k).lower)) return true;
  return false;
}

/**
 * True when the first-person thought `c` stands: an opinion verb
 * ({@link OPINION_CUE_VERBS}), with no modal ("I will believe it when I see
 * it"), and its clause, bare ({@link OPINION_CLAUSE_RULE}) or with "that",
 * of at least {@link MIN_CLAUSE_WORDS} words holding a verb ("I think the pier
 * will open", "We believe six stops are enough"), or the speaker's knowledge:
 * a cue with its clause ({@link BELIEF_THAT_RULE}) whose verb is one of
 * knowledge or conviction ({@link KNOWING_THOUGHT_VERBS}; not "I think that
 * ...", "I hope that ...") and a clause of at least {@link MIN_THOUGHT_WORDS}
 * words ("I recognize that ...", "we know that ...").
 */
function firstPersonClause(doc: Doc, c: Candidate): boolean {
  if ((c.rule === OPINION_CLAUSE_RULE || c.rule === BELIEF_THAT_RULE) && OPINION_CUE_VERBS.has(c.cue!.lemma) && !modalCue(doc, c.cue!.first, c.cue!.head) && countWords(doc, c, WORDS_NEEDED) >= MIN_CLAUSE_WORDS && holdsVerb(doc, c)) return true;
  return c.rule === BELIEF_THAT_RULE && KNOWING_THOUGHT_VERBS.has(c.cue!.lemma) && countWords(doc, c, WORDS_NEEDED) >= MIN_THOUGHT_WORDS;
}

/**
 * True when the sentence of `c` is just its subject, its cue and its content,
 * closed by a full stop: "The union backed the plan.", "The council worries
 * that costs will rise.", "The minister is expected to resign." (a frame with
 * no source: its subject, its cue, its infinitive). Nothing is fronted, and
 * nothing stands between the subject and the cue or after the content.
 */
export function wholeSentence(doc: Doc, c: Candidate): boolean {
  const cue = c.cue!;
  const sentence = doc.sentences[tokenAt(doc, cue.first).sent]!;
  const impersonal = c.rule === IMPERSONAL_RULE;
  const subjectFirst = c.speaker !== null ? c.speaker.first : impersonal ? tokenAtOrAfter(doc, c.parts[0]!.start) : -1;
  if (subjectFirst !== sentence.first || sentence.last - sentence.first < 4) return false;
  // ("A group backing Tom Reyes spent money on the race.": a participle with no auxiliary modifies its noun)
  if (cue.first === cue.head && /ing$/.test(tokenAt(doc, cue.head).lower)) return false;
  if (impersonal) {
    if (c.parts.length !== 2 || tokenAtOrAfter(doc, c.parts[0]!.end) !== cue.first || tokenAtOrAfter(doc, c.parts[1]!.start) !== cue.last) return false;
  } else {
    if (c.speaker === null || c.speaker.last !== cue.first) return false;
    const content = tokenAtOrAfter(doc, c.parts[0]!.start);
    if (content !== cue.last && !(content === cue.last + 1 && tokenAt(doc, cue.last).lower === 'that')) return false;
  }
  if (tokenAt(doc, sentence.last - 1).value !== '.') return false;
  return c.parts[c.parts.length - 1]!.end === tokenAt(doc, sentence.last - 2).end;
}

/** True when the content of `c` opens with a gerund: "is considering selling the stadium". */
function gerundObject(doc: Doc, c: Candidate): boolean {
  const t = tokenAt(doc, tokenAtOrAfter(doc, c.parts[0]!.start));
  return t.pos === 'VERB' && /ing$/.test(t.lower);
}

/** Fewest words of the infinitive of a frame of appearance in a {@link wholeSentence} ("to support the plan"; not "to lead"). */
const MIN_WHOLE_RAISING_WORDS = 3;

/** Fewest words of the noun-phrase object of a thought in a {@link wholeSentence} ("fear a second wave"; not "want safe homes"). */
const MIN_WHOLE_THOUGHT_OBJECT_WORDS = 3;

/**
 * True when `c` is a plain attribution that a {@link wholeSentence} makes
 * clear however short its content: a thought or a stance (evidence verbs
 * there are often nouns, "favorite TV shows"), a cue with no negation ("did
 * not endorse a candidate") and no modal ("may want to check"), the object
 * of a thought of three words, and a frame with no source followed by its
 * infinitive ("is expected to resign"). Measured on PolNeAR train with every
 * category on: see the CHANGELOG of optin21.
 */
function plainWholeSentence(doc: Doc, c: Candidate, words: number): boolean {
  const cue = c.cue!;
  if (cue.category === 'evidence' || cue.negated || words < 2) return false;
  for (let k = cue.first; k < cue.head; k++) if (MODALS.has(tokenAt(doc, k).lower)) return false;
  if (cue.category === 'thought' && c.rule === OBJECT_RULE && (words < MIN_WHOLE_THOUGHT_OBJECT_WORDS || (!WHOLE_SENTENCE_THOUGHT_OBJECT_CUES.has(cue.lemma) && !gerundObject(doc, c)))) return false;
  // (a stance only of "back" and "reject": other stances keep their measured bars, "supported the bid", "defended her title")
  if (cue.category === 'stance' && !WHOLE_SENTENCE_OBJECT_VERBS.has(cue.lemma)) return false;
  if (!wholeSentence(doc, c)) return false;
  if (c.rule !== IMPERSONAL_RULE) return true;
  if (tokenAt(doc, tokenAtOrAfter(doc, c.parts[1]!.start)).lower !== 'to') return false;
  // "The senator seems to support the plan.": a frame of appearance needs a person or a name for its subject and
  // an infinitive of three words ("The ferry seemed to run late", "Varela appears to lead" stay out)
  if (!RAISING_VERBS.has(cue.lemma)) return true;
  const head = tokenAt(doc, tokenAtOrAfter(doc, c.parts[0]!.end) - 1);
  const kind = head.pos === 'PROPN' ? 'person' : kindOfHead(head.lower);
  return isPeopleKind(kind) && countWords(doc, candidateWith(c, { rule: BELIEF_THAT_RULE, parts: [c.parts[1]!] }), WORDS_NEEDED) >= MIN_WHOLE_RAISING_WORDS;
}

/**
 * True when one of the first three words of the content of `c` is in `nouns`:
 * a vehicle ("the car into the garage"), a prize or a place held ("her crown").
 */
function objectHolds(doc: Doc, c: Candidate, nouns: ReadonlySet<string>): boolean {
  const first = tokenAtOrAfter(doc, c.parts[0]!.start);
  for (let k = first; k < Math.min(first + 3, tokenCount(doc)); k++) if (nouns.has(tokenAt(doc, k).lower)) return true;
  return false;
}

/** True when `c` is no opt-in attribution, or one strong enough to report. */
export function passesOptInBar(doc: Doc, c: Candidate): boolean {
  if (c.cue === null || !OPT_IN_CATEGORIES.has(c.cue.category)) return true;
  if (c.confidence < MIN_OPT_IN_CONFIDENCE) return false;
  // "The ferry measure seeks to ...", "The new platform will back ...": a thing neither thinks nor takes a side
  if (thingSubject(doc, c)) return false;
  const subject = c.speaker?.name.toLowerCase();
  if (subject === 'you') return false;
  // "I think ...", "we hoped ...": a first-person thought is an aside far more often than a reported one; but not
  // "I recognize that ...", "we know that ...": the speaker's own knowledge stated with a long clause (10 of 11 new ones right on train),
  // nor "I think the pier will open": an opinion with a bare clause holding a verb (21 of 27 new ones right on train, 2 of 2 on dev)
  if (c.cue.category === 'thought' && (subject === 'i' || subject === 'we')) return firstPersonClause(doc, c);
  if (c.cue.category === 'thought' && WEAK_THOUGHT_RULES.has(c.rule)) return false;
  // "CLAUSE, X thinks." stands; "In a poll, 52 percent backed the levy" is no "CLAUSE, X backed"
  if (c.rule.startsWith('reported/content-') && !/^([.,;:!?\u2014\u2013)]|--|)$/.test(tokenAt(doc, c.cue.last).value)) return false;
  // "pushing the idea that ...", "backed up": a stance verb that takes no clause reports none
  if (c.cue.category === 'stance' && c.rule.startsWith(BELIEF_THAT_RULE) && CLAUSELESS_STANCE_CUES.has(c.cue.lemma)) return false;
  // "The mayor backed the car into the garage.": backing a vehicle is driving
  if (c.cue.lemma === 'back' && objectHolds(doc, c, VEHICLE_NOUNS)) return false;
  // "a campaign favoring a recall", "should favor Ada Moss": "favor" takes a side only as a finite verb
  if (c.cue.category === 'stance' && unsettledSide(doc, c)) return false;
  const words = countWords(doc, c, WORDS_NEEDED);
  // "The union backed the plan.", "Officials fear a second wave.": a sentence that is only its subject, cue and content
  if (plainWholeSentence(doc, c, words)) return true;
  // "Ada Moss attacked Reyes": a named source's attack on a named person, however short
  if (c.rule === 'reported/speech-object' && SPEECH_OBJECT_VERBS.get(c.cue.lemma)?.nameObject === true && c.speaker?.kind === 'name' && isName(doc, c)) return true;
  if (DECLINING_VERBS.has(c.cue.lemma) || c.rule === 'reported/cue-judgement' || c.rule === 'reported/speech-object') return words >= 2;
  // "Ada Moss endorsed Tom Reyes": a named source and a named object (18 of 18 on train)
  if (c.rule === 'reported/cue-object' && c.cue.category === 'stance' && c.speaker?.kind === 'name' && isName(doc, c)) return true;
  // "It is believed that the fire spread": a passive frame opened by "it" names no one, and its clause is as clear as
  // one of speech (its four words, not a thought's eight; "It seems ..." keeps the eight: 1 of 3 new ones right on train)
  if (c.rule === 'reported/impersonal' && passiveFrame(doc, c) && tokenAt(doc, c.cue.first - 1).lower === 'it') return countWords(doc, candidateWith(c, { rule: 'reported/cue-that' }), WORDS_NEEDED) >= MIN_CLAUSE_WORDS;
  // "Aides believe that she can win": a belief with its "that" is as clear as a clause of speech
  // ("The growers remain hopeful that rain will come": so is a state of mind with its "that")
  if (c.rule === BELIEF_THAT_RULE && (BELIEF_CUE_VERBS.has(c.cue.lemma) || THOUGHT_ADJECTIVES.has(c.cue.lemma))) return words >= MIN_CLAUSE_WORDS;
  // "Aides believe she can win": an opinion with a bare clause holding a verb is as clear as one with its "that"
  if (c.rule === OPINION_CLAUSE_RULE && OPINION_CUE_VERBS.has(c.cue.lemma) && words >= MIN_CLAUSE_WORDS && holdsVerb(doc, c)) return true;
  if (c.cue.category === 'thought' && NOMINAL_THOUGHT_RULES.has(c.rule) && nounCueAsNoun(doc, c)) return words >= MIN_CLAUSE_WORDS;
  // "Ms. Varga is known for her temper": a "known as" frame is as clear short as long (rule `reported/known-as`)
  if (c.rule === KNOWN_AS_RULE) return words >= MIN_CLAUSE_WORDS;
  // "The harbor master also expressed concern.": the feeling voiced is the whole content (rule `reported/cue-feeling-bare`)
  if (c.rule === FEELING_BARE_RULE) return words >= 1;
  // "Ada Moss appears to be gaining ground": a named subject makes a short clause of appearance as clear as a long one
  if (c.cue.category === 'thought' && namedRaising(doc, c)) return words >= MIN_NAMED_RAISING_WORDS;
  // "what he believes are the union's core values": the relative clause holds its cue and a verb of its own
  if (c.cue.category === 'thought' && RELATIVE_THOUGHT_RULES.test(c.rule)) return words >= MIN_RELATIVE_THOUGHT_WORDS;
  if (c.cue.category === 'thought' && !SHORT_THOUGHT_RULES.test(c.rule)) return words >= MIN_THOUGHT_WORDS;
  // "Farmers see the levy as a tax": the object and what it is seen as make a clause's four words, not a phrase's six
  if (c.cue.category === 'thought' && c.rule === SEEN_AS_RULE) return words >= MIN_CLAUSE_WORDS;
  if (!PHRASE_RULES.test(c.rule)) return words >= MIN_CLAUSE_WORDS;
  // "The champion defended her title in Paris.": a trailing place or time adjunct is not counted toward the shorter bar
  const sideTaking = c.cue.category === 'stance' && c.rule === OBJECT_RULE && SIDE_TAKING_STANCE_CUES.has(c.cue.lemma) && !c.cue.negated && !yetTo(doc, c.cue.first, c.cue.head) && !conditionalSubject(doc, c) &&
    // "The champion defended her crown.": a prize or a place defended is held, not backed
    !(c.cue.lemma === 'defend' && (objectHolds(doc, c, DEFENDED_HOLDING_NOUNS) || quotingAfter(doc, c)));
  if (sideTaking && relativeSubject(doc, c)) return words >= MIN_SIDE_TAKING_WORDS;
  if (c.cue.category === 'stance' && shortStance(doc, c)) {
    // "The council opposed the tax.": a verb that only takes sides keeps a two-word object
    if (sideTaking && !countedSubject(doc, c)) return words >= MIN_SIDE_TAKING_WORDS;
    return countWords(doc, c, WORDS_NEEDED, beforeTrailingAdjunct(doc, c)) >= MIN_STANCE_PHRASE_WORDS;
  }
  // "The survey showed little interest in the levy": evidence shown is a phrase as clear as a clause; not one yet to
  // be shown ("The cinema will show a film about the war": a screening, not a finding), which keeps the six words
  // ("The records seem to show ...": the "to" after a verb of appearance is no evidence yet to come)
  if (c.cue.category === 'evidence' && c.rule === OBJECT_RULE && (!modalCue(doc, c.cue.first, c.cue.head) || raisingEvidence(doc, c.cue))) return words >= MIN_EVIDENCE_PHRASE_WORDS;
  return words >= MIN_PHRASE_WORDS;
}

/**
 * True when the evidence cue is a verb group headed by a bare verb of
 * appearance ({@link RAISING_VERBS}) and "to": "seem to show", "appeared to
 * find" (not "may seem to show"). Such a finding is reported as made, as it
 * is without the frame.
 */
function raisingEvidence(doc: Doc, cue: CueMatch): boolean {
  if (cue.head - cue.first !== 2) return false;
  return RAISING_VERBS.has(tokenAt(doc, cue.first).lemma) && tokenAt(doc, cue.first + 1).lower === 'to';
}
