/**
 * Rules `reported/asked` and `reported/asked-listener`: a question put to
 * someone. Passive, reported without the one who asked it: `The mayor was asked
 * about the budget.`, `Voters were asked who would bring change.`, `when asked
 * whether she would run`; the subject is the one asked, not the speaker, so the
 * quote has no speaker. Active with the one asked named between cue and
 * question: `Todd asked the mayor about the budget.`, `We asked our readers
 * which plan won.` (`She asked the court to act` is `reported/cue-infinitive`'s).
 * The content is what was asked: for the passive a topic after "about" or
 * "for", a question, an infinitive or a noun phrase; for the active a question
 * or a topic with its "about". A passive with its agent (`Asked by a host
 * whether ...`) is `reported/asked-by`: the one after "by" asked, and speaks.
 * @internal
 */
import type { Doc, Segment, Token } from '../../prepare/document.js';
import type { Candidate, CueMatch, Mention } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { phraseEndAfter, speakerAfter, namesPeopleOrBody } from '../../speakers/phrase.js';
import { TIME_WORDS, WH_WORDS, candidate, range, sentenceOf, type ReportedContext } from './shared.js';
import { clauseStartsAt } from './clause-start.js';
import { cueSubject, passiveCue } from './cue-subject.js';
import { endAtClausePunctuation } from './content-end.js';
import { cutAtNextAttribution } from './next-attribution.js';
import { circumstanceClauseAt } from './asked-for.js';
import { ADJUNCT_PREPOSITIONS } from '../../data/cues.js';
import { ASKED_OPENERS, POSSESSIVES_AND_YOUR, WH_RELATIVE_PRONOUNS, YES_NO_SUBORDINATORS, QUESTION_SUBJECT_WORDS } from '../../data/clauses.js';
import { APPEAL_AUXILIARIES, APPEAL_SUBJECTS, ASKED_TOPIC_PREPOSITIONS, LISTENER_PRONOUNS, UNCHANGED_PAST_VERBS } from '../../data/function-words.js';
import { WRITER_PRONOUNS } from '../../data/people.js';
import { NOUN_HEADED_PHRASE_TAGS, PERSON_PHRASE_TAGS } from '../../data/tags.js';
import { cueWith } from '../../cues/match.js';

/** Parts of speech that may open a noun phrase asked: "was asked a question about ...". */
const PHRASE_START = new Set(['DET', 'ADJ', 'NOUN', 'NUM']);
/** How long what was asked may run, in tokens. */
const MAX_ASKED = 120;
/** How many tokens of adverbs and adjuncts may stand between the cue and what was asked. */
const MAX_SKIP = 8;

/**
 * True for "was asked", "has been asked", "being asked", and "when asked" opening
 * a sentence or following a comma ("X said when asked about Y" and "was not
 * asked to" report no question). A sentence-initial "Asked ..." is read by
 * {@link askedOf} only with an adjunct before the question.
 */
function putToSomeone(ctx: ReportedContext, cue: CueMatch, sentenceFirst: number): boolean {
  const { doc } = ctx;
  if (cue.lemma !== 'ask' || cue.form !== 'verb' || cue.negated || tokenAt(doc, cue.head).lower !== 'asked' || cue.first === sentenceFirst) return false;
  if (passiveCue(doc, cue)) {
    // "Anyone with information is asked to call police": a public appeal in the present reports no request
    if (APPEAL_SUBJECTS.has(tokenAt(doc, sentenceFirst).lower) && APPEAL_AUXILIARIES.has(tokenAt(doc, cue.first).lower)) return false;
    // "applicants are asked", "who has been asked": a subject right after a relative word
    for (let k = cue.first - 1; k >= Math.max(sentenceFirst, cue.first - 3); k--) if (WH_RELATIVE_PRONOUNS.has(tokenAt(doc, k).lower)) return false;
    return true;
  }
  const opener = cue.first - 1;
  if (opener < sentenceFirst || !ASKED_OPENERS.has(tokenAt(doc, opener).lower) || tokenAt(doc, opener).pos === 'NOUN') return false;
  return opener === sentenceFirst || tokenAt(doc, opener - 1).value === ',';
}

/**
 * Skips adverbs and short adjuncts after the cue ("asked later", "asked on Fox
 * News", "asked during a January debate"), stopping at what was asked.
 */
function skipAdjuncts(ctx: ReportedContext, from: number, last: number): number {
  const { doc } = ctx;
  let p = from;
  while (p < last && p - from < MAX_SKIP) {
    const t = tokenAt(doc, p);
    if (WH_WORDS.has(t.lower) || ASKED_TOPIC_PREPOSITIONS.has(t.lower) || t.lower === 'to') return p;
    if (t.pos === 'ADV' || TIME_WORDS.has(t.lower)) {
      p++;
      continue;
    }
    if (ADJUNCT_PREPOSITIONS.has(t.lower) && t.pos === 'ADP') {
      // the adjunct's noun phrase: "on Fox News", "by the host on Thursday", "during a January debate"
      let q = p + 1;
      while (q < last && q - p <= 5 && NOUN_HEADED_PHRASE_TAGS.has(tokenAt(doc, q).pos) && !WH_WORDS.has(tokenAt(doc, q).lower)) q++;
      if (q === p + 1) return p;
      p = q;
      continue;
    }
    return p;
  }
  return p;
}

/** `X was asked about Y`, `when asked whether Y`, `Asked on Sunday who Y, ...`: what was asked, with no speaker. */
export function askedOf(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  const sentence = sentenceOf(doc, cue.head);
  // "Asked on the radio who runs the club, she said ...": a sentence-initial "Asked" with an adjunct
  // before the question (without one, `reported/asked-question` and `reported/cue-topic` read it)
  const initial = cue.first === sentence.first && cue.first === cue.head && !cue.negated && tokenAt(doc, cue.head).lower === 'asked';
  if (!initial && !putToSomeone(ctx, cue, sentence.first)) return null;
  let p = skipAdjuncts(ctx, cue.last, sentence.last);
  if (p >= sentence.last) return null;
  const t = tokenAt(doc, p);
  if (initial && (p === cue.last || !(WH_WORDS.has(t.lower) || ASKED_TOPIC_PREPOSITIONS.has(t.lower) || t.lower === 'to'))) return null;
  let spanned = cue;
  if (ASKED_TOPIC_PREPOSITIONS.has(t.lower)) {
    // the preposition belongs to the cue: "was asked about"
    p++;
    spanned = cueWith(cue, { last: p });
  } else if (t.lower === 'to') {
    if (tokenAt(doc, p + 1).pos !== 'VERB') return null;
  } else if (!WH_WORDS.has(t.lower) && !PHRASE_START.has(t.pos) && !POSSESSIVES_AND_YOUR.has(t.lower)) return null;
  if (p >= sentence.last) return null;
  const end = askedEnd(ctx, p, sentence);
  if (end - p < 1 || (end - p < 2 && tokenAt(doc, p).pos !== 'NOUN' && tokenAt(doc, p).pos !== 'PROPN')) return null;
  // "Asked by a host whether ...", "was asked by moderator Ann Roe whether ...": the one after "by" asked
  const asker = tokenAt(doc, cue.last).lower === 'by' && cue.last + 1 < p ? speakerAfter(doc, cue.last + 1, p) : null;
  if (asker && asker.kind !== 'pronoun') return candidate(ctx, [range(doc, p, end)], spanned, asker, 'reported/asked-by', 0.5);
  // "had been asked to keep the files by the panel": the agent closes the infinitive that was asked
  const closing = t.lower === 'to' ? closingAgent(doc, p, end) : null;
  if (closing) return candidate(ctx, [range(doc, p, closing.by)], spanned, closing.agent, 'reported/asked-by', 0.5);
  return candidate(ctx, [range(doc, p, end)], spanned, null, 'reported/asked', 0.5);
}

/**
 * The agent of a passive "asked" that closes the infinitive asked at `p`
 * (up to `end`): "asked to keep the files by the panel" (the panel
 * asked). Not after a passive inside the infinitive ("asked to be judged by
 * voters"), nor a pronoun or a thing ("by phone"); null when none.
 */
function closingAgent(doc: Doc, p: number, end: number): { by: number; agent: Mention } | null {
  for (let b = end - 2; b > p + 1; b--) {
    const t = tokenAt(doc, b);
    if (t.lemma === 'be') return null;
    if (t.lower !== 'by') continue;
    for (let k = p + 1; k < b; k++) if (tokenAt(doc, k).lemma === 'be') return null;
    const agent = speakerAfter(doc, b + 1, end);
    return agent && agent.kind !== 'pronoun' && agent.last === end && namesPeopleOrBody(doc, agent) ? { by: b, agent } : null;
  }
  return null;
}

/** Where what was asked from `p` ends: the first comma, semicolon or dash outside quotation marks, or another attribution. */
function askedEnd(ctx: ReportedContext, p: number, sentence: Segment): number {
  return cutAtNextAttribution(ctx, p, endAtClausePunctuation(ctx, p, sentence, MAX_ASKED));
}

/** How many tokens the subject of a yes-no question may run before its misread verb. */
const MAX_QUESTION_SUBJECT = 4;

/**
 * True when the "if" or "whether" at `p` opens a question whose clause the
 * tagger misread: a gerund subject ("asked him if having voters register
 * would help") or a verb in -s read as a noun after a name or a pronoun
 * ("asked her if Lee benefits from the rules").
 */
function yesNoQuestion(doc: Doc, p: number, limit: number): boolean {
  if (!YES_NO_SUBORDINATORS.has(tokenAt(doc, p).lower) || p + 2 >= limit) return false;
  const first = tokenAt(doc, p + 1);
  if (first.pos === 'VERB' && /ing$/.test(first.lower) && clauseStartsAt(doc, p + 2, limit)) return true;
  for (let k = p + 1; k < Math.min(limit - 1, p + 1 + MAX_QUESTION_SUBJECT); k++) {
    const w = tokenAt(doc, k);
    if (k > p + 1 && w.pos === 'NOUN' && /[^s]s$/.test(w.lower) && /^(PROPN|PRON)$/.test(tokenAt(doc, k - 1).pos) && /^(ADP|DET)$/.test(tokenAt(doc, k + 1).pos)) return true;
    if (!PERSON_PHRASE_TAGS.has(w.pos)) return false;
  }
  return false;
}

/**
 * True for a verb in the present that agrees with a plural subject only, as
 * no question's "who" takes: "have", "do", or a lexical verb in its base
 * form ("live", "pay"); not a form of "be" ("who were the winners" may be a
 * question), nor a verb whose past is its base form ("who put the sign up").
 */
function pluralOnlyVerb(t: Token): boolean {
  if (t.lower === 'have' || t.lower === 'do') return true;
  return t.pos === 'VERB' && t.lower === t.lemma && /^\p{Ll}+$/u.test(t.value) && !/(ed|ing)$/.test(t.lower) && !UNCHANGED_PAST_VERBS.has(t.lower);
}

/**
 * `Todd asked the mayor about the budget`, `We asked our readers which plan
 * won`: the one asked stands between the cue and the question, and the cue's
 * subject is the speaker.
 */
export function askedListener(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  if (cue.lemma !== 'ask' || cue.form !== 'verb' || passiveCue(doc, cue)) return null;
  const sentence = sentenceOf(doc, cue.head);
  let p = cue.last;
  if (p >= sentence.last) return null;
  // the one asked: an object pronoun or a noun phrase (not a subject starting a clause)
  const first = tokenAt(doc, p);
  if (LISTENER_PRONOUNS.has(first.lower)) p++;
  else if (/^(DET|PROPN|NOUN|ADJ)$/.test(first.pos) || POSSESSIVES_AND_YOUR.has(first.lower)) {
    let end = phraseEndAfter(doc, p, sentence.last);
    // the question's own first word ends the phrase: "Brisco | which states he could win"
    for (let k = p + 1; k < end; k++) {
      if (WH_WORDS.has(tokenAt(doc, k).lower)) {
        end = k;
        break;
      }
    }
    if (end === p) return null;
    p = end;
  } else return null;
  if (p >= sentence.last) return null;
  const t = tokenAt(doc, p);
  // the topic keeps its "about", as annotated news marks it when the one asked stands between
  if (t.lower === 'about') {
    if (p + 1 >= sentence.last) return null;
  } else if (!(WH_WORDS.has(t.lower) && t.lower !== 'when' && (clauseStartsAt(doc, p + 1, sentence.last) || yesNoQuestion(doc, p, sentence.last))) && !(QUESTION_SUBJECT_WORDS.has(t.lower) && /^(AUX|VERB|NOUN|PROPN)$/.test(tokenAt(doc, p + 1).pos))) return null;
  // "ask the parents who have to pay for it": "who" before a verb that agrees with a plural only (no question's
  // "who" does: "who has to pay") opens a relative clause on the one asked, no question
  if (t.lower === 'who' && pluralOnlyVerb(tokenAt(doc, p + 1))) return null;
  let end = askedEnd(ctx, p, sentence);
  // "asked them about the budget when the meeting began": a clause of time or circumstance after the topic tells when
  // it was asked (as for `reported/asked-for`)
  if (t.lower === 'about') end = circumstanceClauseAt(ctx, p + 2, end, sentence.last);
  if (end - p < 2 && !/^(NOUN|PROPN|PRON)$/.test(tokenAt(doc, p).pos)) return null;
  const speaker = cueSubject(doc, cue, sentence);
  // "I asked a shopkeeper about the prices": the writer's own errand, reported by no one (a question the writer put
  // stays: "We asked our readers which plan won")
  if (t.lower === 'about' && speaker?.kind === 'pronoun' && WRITER_PRONOUNS.has(speaker.name.toLowerCase())) return null;
  if (speaker) return candidate(ctx, [range(doc, p, end)], cue, speaker, 'reported/asked-listener', 0.5);
  // "sent a host to the streets to ask voters if ...": an infinitive with no subject of its own still puts the question
  if (t.lower === 'about' || tokenAt(doc, cue.first - 1).lower !== 'to' || cue.first - 1 <= sentence.first) return null;
  return candidate(ctx, [range(doc, p, end)], cue, null, 'reported/asked-listener', 0.4);
}
