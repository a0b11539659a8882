/**
 * Reported speech: clauses attributed through a cue without quotation marks
 * (`X said (that) CLAUSE`, `CLAUSE, X said`, `according to X, CLAUSE`), and
 * mixed quotes, where the reported clause holds quoted words.
 * @internal
 */
import type { Doc, Segment } from '../prepare/document.js';
import type { QuotedStretch } from '../marks/scan.js';
import type { Candidate, CueMatch, Mention, Range } from './candidate.js';
import { isMarkToken, lowerBound, tokenAt, tokenAtOrAfter, tokenIn } from '../prepare/lookup.js';
import { isTitle, wordsOf } from '../marks/title.js';
import { makeMention, phraseEndAfter, sharedSubject, speakerAfter, speakerBefore } from '../speakers/phrase.js';
import { INVERTING_VERBS, LISTENER_VERBS, REPORTING_VERBS } from '../data/cues.js';
import { DAY_WORDS, TIME_ADVERBS } from '../data/time.js';

const END = new Set(['.', '!', '?', '\u2026']);
/** Punctuation that ends reported content without belonging to it: "said the plan would fail —". */
const TRAILING = new Set([...END, ',', ';', '\u2014', '\u2013', '\u2015', '--']);
/** Cues that report a question: their content may start with if, whether or a wh-word. */
const WH_WORDS = new Set(['if', 'whether', 'why', 'how', 'what', 'when', 'where', 'who']);
const QUESTION_VERBS = new Set(['ask', 'wonder', 'question', 'inquire', 'explain', 'demand']);
const ADJUNCT_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'with', 'to', 'from', 'via', 'over', 'through', 'by', 'for', 'late', 'early', 'earlier', 'later', 'last', 'this', 'of', 'about']);
const TIME_WORDS = new Set([...DAY_WORDS, ...TIME_ADVERBS]);
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'PRON']);
const SUBJECT_START = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'ADV', 'SCONJ', 'ADP', 'CCONJ']);

/** What the reported-speech finder needs to know about the document. */
export interface ReportedContext {
  readonly doc: Doc;
  readonly cues: readonly CueMatch[];
  /** Cues already used by direct quotations. */
  readonly used: ReadonlySet<CueMatch>;
  /** Outermost quoted stretches. */
  readonly stretches: readonly QuotedStretch[];
  /** True for tokens inside an outermost quoted stretch. */
  readonly quoted: readonly boolean[];
}

const openOf = (s: QuotedStretch): number => s.open;
const headOf = (c: CueMatch): number => c.head;

function sentenceOf(doc: Doc, token: number): Segment {
  return doc.sentences[tokenAt(doc, token).sent]!;
}

/** Skips an object, adjuncts and commas after a cue: "told reporters on Monday in a statement". */
function skipAfterCue(doc: Doc, cue: CueMatch, limit: number): number {
  const tokens = doc.tokens;
  let p = cue.last;
  if (LISTENER_VERBS.has(cue.lemma) && p < limit) {
    const listener = tokenAt(doc, p);
    if (listener.pos === 'PRON' && /^(him|her|them|us|me|you)$/.test(listener.lower)) p++;
    else if (listener.lower !== 'that') {
      const end = phraseEndAfter(doc, p, limit);
      // "told The Associated Press the deal was off": the listener ends where the clause's subject starts
      p = end > p && clauseStartsAt(doc, p, limit) && !clauseStartsAt(doc, end, limit) ? splitListener(doc, p, end, limit) : end;
    }
  }
  for (let round = 0; round < 6 && p < limit; round++) {
    const t = tokenAt(doc, p);
    if (t.value === ',' || (t.pos === 'ADV' && t.lower !== 'not' && !WH_WORDS.has(t.lower))) {
      p++;
      continue;
    }
    if ((ADJUNCT_PREPOSITIONS.has(t.lower) && t.pos !== 'SCONJ') || TIME_WORDS.has(t.lower)) {
      let q = p + 1;
      let n = 0;
      while (q < limit && n < 8 && (NP_POS.has(tokenAt(doc, q).pos) || TIME_WORDS.has(tokenAt(doc, q).lower)) && tokenAt(doc, q).lower !== 'that') {
        // "said on Monday he would run", "said on Monday the talks would resume": the clause starts here
        if (q > p + 1 && clauseStartsAt(doc, q, limit)) break;
        if (tokenAt(doc, q).pos === 'PRON' && !/^(his|her|their|its|our|my)$/.test(tokenAt(doc, q).lower)) break;
        q++;
        n++;
      }
      if (q === p + 1 && !TIME_WORDS.has(t.lower)) break;
      p = q;
      continue;
    }
    break;
  }
  return p;
}

/** Where a listener phrase that swallowed the clause's subject really ends: "The Associated Press | the deal". */
function splitListener(doc: Doc, from: number, end: number, limit: number): number {
  for (let k = end - 1; k > from; k--) if (tokenAt(doc, k).pos === 'DET' && clauseStartsAt(doc, k, limit)) return k;
  return end;
}

/** True when a clause (a subject and a finite verb) starts at `p`. */
function clauseStartsAt(doc: Doc, p: number, limit: number): boolean {
  const tokens = doc.tokens;
  const first = tokens[p];
  if (!first || !SUBJECT_START.has(first.pos) || first.lower === 'to' || first.pos === 'CCONJ') return false;
  let sawSubject = false;
  for (let q = p; q < Math.min(limit, p + 25); q++) {
    const t = tokenAt(doc, q);
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM' || ((t.pos === 'ADJ' || t.pos === 'DET') && q === p)) sawSubject = true;
    else if (t.pos === 'VERB' && sawSubject && /ing$/.test(t.lower) && tokens[q + 1] && tokenAt(doc, q + 1).pos !== 'PUNCT') continue; // "the politics surrounding ..."
    else if ((t.pos === 'AUX' || t.pos === 'VERB') && sawSubject) return true;
    else if (t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (END.has(t.value) || (t.lower === 'that' && q > p)) return false;
  }
  return false;
}

/** The last token of the content that starts in `sentence`: its end, before final punctuation, carried on by quotation marks. */
function contentEnd(ctx: ReportedContext, from: number, sentence: Segment): number {
  const { doc } = ctx;
  let end = sentence.last;
  if (from >= end) return from;
  // a quotation mark opened inside the content carries it to its close
  const startChar = tokenAt(doc, from).start;
  for (let k = lowerBound(ctx.stretches, startChar, openOf); k < ctx.stretches.length; k++) {
    const s = ctx.stretches[k]!;
    if (s.open >= tokenAt(doc, end - 1).end) break;
    if (s.end > tokenAt(doc, end - 1).end) {
      const closeTok = tokenAtOrAfter(doc, s.end - 1);
      end = sentenceOf(doc, Math.min(closeTok, doc.tokens.length - 1)).last;
    }
  }
  while (end > from && TRAILING.has(tokenAt(doc, end - 1).value)) end--;
  return end;
}

function range(doc: Doc, first: number, last: number): Range {
  return { start: tokenAt(doc, first).start, end: tokenAt(doc, last - 1).end };
}

function candidate(ctx: ReportedContext, parts: Range[], cue: CueMatch, speaker: Mention | null, rule: string, confidence: number): Candidate {
  const para = tokenAt(ctx.doc, cue.head).para;
  return { kind: 'indirect', parts, cue, speaker, via: null, from: null, confidence, rule, para, stretches: [], keep: true };
}

const BOUNDARY = new Set([',', ';', '\u2014', '\u2013', '\u2015', '--', 'and', 'but', 'while', 'whereas']);

/** Ends content before another attribution that starts inside it: "A said B — and he noted C". */
function cutAtNextAttribution(ctx: ReportedContext, from: number, end: number): number {
  const { doc } = ctx;
  const start = lowerBound(ctx.cues, from + 1, headOf);
  for (let k = start; k < ctx.cues.length && k - start < MAX_CUES_INSIDE; k++) {
    const c = ctx.cues[k]!;
    if (c.first >= end || c.first - from > MAX_LOOK * 4) break;
    // a cue inside quoted words belongs to the quote ("that "we close one chapter and we begin another"")
    if (ctx.quoted[c.head]) continue;
    if (c.form === 'phrase') {
      if (doc.tokens[c.first - 1]?.value === ',') return trimBoundary(doc, c.first, from);
      continue;
    }
    const sp = speakerBefore(doc, c.first, from);
    if (sp && sp.first > from && BOUNDARY.has(tokenAt(doc, sp.first - 1).lower)) return trimBoundary(doc, sp.first, from);
    // "he taught law, and added: ...": a coordinated cue that shares the subject
    if (!sp && /^(and|but)$/.test(doc.tokens[c.first - 1]?.lower ?? '') && c.first - 1 > from) return trimBoundary(doc, c.first - 1, from);
    // "Carson said X, telling reporters that Y": a participle cue starts an attribution of its own
    if (!sp && doc.tokens[c.first - 1]?.value === ',' && /ing$/.test(tokenAt(doc, c.head).lower) && c.first - 1 > from) return trimBoundary(doc, c.first, from);
  }
  return end;
}

const SUBORDINATORS = new Set(['while', 'although', 'though', 'because', 'if', 'when', 'as', 'after', 'before', 'since', 'whereas', 'unless', 'which', 'whom']);

/**
 * "While Ramos said that X, he appears ...", "in which voters say X, even allies
 * questioned ...": a cue inside a subordinate clause reports only up to the comma
 * where the main clause begins.
 */
function cutAtMainClause(ctx: ReportedContext, sentence: Segment, cueFirst: number, from: number, end: number): number {
  const { doc } = ctx;
  // a subordinator between the last comma (or the sentence start) and the cue, looking back a bounded way
  let subordinate = false;
  for (let k = cueFirst - 1; k >= Math.max(sentence.first, cueFirst - MAX_LOOK); k--) {
    const t = tokenAt(doc, k);
    if (t.value === ',') break;
    if (SUBORDINATORS.has(t.lower) && (t.pos === 'SCONJ' || t.pos === 'ADP' || t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'ADV')) {
      subordinate = true;
      break;
    }
  }
  if (!subordinate) return end;
  for (let k = from + 1; k < Math.min(end - 1, from + MAX_LOOK); k++) {
    if (tokenAt(doc, k).value === ',' && !ctx.quoted[k] && clauseStartsAt(doc, k + 1, end)) return k;
  }
  return end;
}

/** How far the clause-boundary checks look, in tokens (keeps long unpunctuated text linear). */
const MAX_LOOK = 60;
/** How many later cues inside a content are checked for an attribution of their own. */
const MAX_CUES_INSIDE = 12;

function trimBoundary(doc: Doc, at: number, floor: number): number {
  let e = at;
  while (e > floor + 1 && BOUNDARY.has(tokenAt(doc, e - 1).lower)) e--;
  return e;
}

/** `X said (that) CLAUSE`, `X told reporters on Monday CLAUSE`. */
function cueThenContent(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  const sentence = sentenceOf(doc, cue.head);
  // a participle after a comma shares the sentence subject: "Clinton spoke about X, arguing that ..."
  const participle = doc.tokens[cue.first - 1]?.value === ',' && /ing$/.test(tokenAt(doc, cue.head).lower);
  const speaker = participle
    ? sharedSubject(doc, cue.first, cue.head) ?? speakerBefore(doc, cue.first, sentence.first)
    : speakerBefore(doc, cue.first, sentence.first) ?? sharedSubject(doc, cue.first, cue.head);
  const limit = doc.paragraphs[tokenAt(doc, cue.head).para]!.last;
  let p = skipAfterCue(doc, cue, Math.min(limit, sentence.last));
  if (p >= sentence.last) return null; // the content never crosses into the next sentence
  // "said Sunday in Madison, Wisconsin, that ...": a "that" shortly after, with no verb before it
  for (let q = p; q < Math.min(sentence.last, p + 8); q++) {
    const w = tokenAt(doc, q);
    if (w.pos === 'VERB' || w.pos === 'AUX' || isMarkToken(w.value)) break;
    if (w.lower === 'that' && w.pos === 'SCONJ' && q > p) {
      p = q;
      break;
    }
  }
  const t = doc.tokens[p];
  if (!t) return null;
  let rule: string;
  let confidence: number;
  if (t.lower === 'that' && (t.pos === 'SCONJ' || t.pos === 'PRON' || t.pos === 'DET')) {
    p++;
    rule = 'reported/cue-that';
    confidence = 0.85;
  } else if (t.value === ':' ) {
    p++;
    rule = 'reported/cue-colon';
    confidence = 0.75;
  } else if (REPORTING_VERBS.has(cue.lemma) && clauseStartsAt(doc, p, limit)) {
    rule = 'reported/cue-clause';
    confidence = 0.8;
  } else if ((QUESTION_VERBS.has(cue.lemma) || cue.negated) && WH_WORDS.has(t.lower) && clauseStartsAt(doc, p + 1, limit)) {
    // a reported question: "Reporters asked whether the talks would resume", "He did not say when it would begin"
    rule = 'reported/cue-question';
    confidence = 0.75;
  } else return null;
  if (p >= limit) return null;
  if (!speaker) {
    if (cue.first > sentence.first && !/^(,|and|but)$/.test(tokenAt(doc, cue.first - 1).lower)) return null;
    // "Asked whether she would run, Warren said ...": the question put to the speaker is not speech
    if (cue.first === sentence.first && QUESTION_VERBS.has(cue.lemma)) return null;
    confidence -= 0.3;
  }
  let end = cutAtNextAttribution(ctx, p, contentEnd(ctx, p, sentenceOf(doc, Math.min(p, doc.tokens.length - 1))));
  end = cutAtMainClause(ctx, sentence, cue.first, p, end);
  // "Maria Lopez, who said that it would pass, left early": a relative clause ends at its comma
  if (speaker?.antecedent) {
    for (let k = p; k < end; k++) {
      if (tokenAt(doc, k).value === ',') {
        end = k;
        break;
      }
    }
  }
  if (end - p < 2) return null;
  return candidate(ctx, [range(doc, p, end)], cue, speaker, speaker ? rule : `${rule}-no-speaker`, confidence);
}

/**
 * `Clinton called half of his supporters "deplorables."` `He blasted the media as
 * "dishonest."`: a cue whose object holds quoted words, without a clause.
 */
function cueWithQuotedObject(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  const sentence = sentenceOf(doc, cue.head);
  // a bare participle ("tweets accusing her") does not take the phrase before it as its subject
  const participle = /ing$/.test(tokenAt(doc, cue.head).lower);
  const speaker = participle ? sharedSubject(doc, cue.first, cue.head) : speakerBefore(doc, cue.first, sentence.first);
  if (!speaker) return null;
  const from = cue.last;
  if (from >= sentence.last) return null;
  const fromChar = tokenAt(doc, from).start;
  const windowEnd = tokenAt(doc, Math.min(sentence.last, from + 15) - 1).end;
  const at = lowerBound(ctx.stretches, fromChar, openOf);
  const quote = ctx.stretches[at];
  if (!quote || quote.close < 0 || quote.open >= windowEnd) return null;
  // a quoted title is no one's words: 'quoted from "The Drowning Coast"' (a name such as "Miss Piggy" may be)
  const quoted = wordsOf(doc.view.slice(quote.contentStart, quote.contentEnd));
  if (quoted.length >= 3 && isTitle(quoted)) return null;
  // no other cue between this one and the quote
  const next = ctx.cues[lowerBound(ctx.cues, from, headOf)];
  if (next && next !== cue && tokenAt(doc, next.head).start < quote.open) return null;
  const end = cutAtNextAttribution(ctx, from, contentEnd(ctx, from, sentence));
  if (end <= from || tokenAt(doc, end - 1).end < quote.open) return null;
  return candidate(ctx, [range(doc, from, end)], cue, speaker, 'reported/cue-quoted-object', 0.7);
}

/** Where reported content before a cue starts: the sentence start, after a colon, a semicolon or markup (`>`). */
function contentStartBefore(doc: Doc, sentence: Segment, end: number): number {
  let s = sentence.first;
  for (let q = end - 1; q > Math.max(sentence.first, end - 4 * MAX_LOOK); q--) {
    const v = tokenAt(doc, q).value;
    // markup ends before the content: <p>The talks, Smith said, ...; > The talks ... (markdown)
    if (v === ':' || v === ';' || v === '>') {
      s = q + 1;
      break;
    }
  }
  return s;
}

/** True for a comma, or a closing quotation mark right after a comma, `?` or `!` (`"...," said X`). */
function isCommaBoundary(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t) return false;
  if (t.value === ',') return true;
  if (!isMarkToken(t.value)) return false;
  // a closing mark, or the two apostrophes of a '' mark, right after the comma
  let j = k - 1;
  if (doc.tokens[j] && isMarkToken(tokenAt(doc, j).value) && tokenAt(doc, j).end === tokenAt(doc, j + 1).start) j--;
  return /^[,?!]$/.test(doc.tokens[j]?.value ?? '') && tokenAt(doc, j).end === tokenAt(doc, j + 1).start;
}

/** `CLAUSE, X said.` `CLAUSE, said X.` `The talks, X said, would resume.` */
function contentThenCue(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  const tokens = doc.tokens;
  const sentence = sentenceOf(doc, cue.head);
  let speaker: Mention | null = speakerBefore(doc, cue.first, sentence.first);
  let comma: number;
  let after: number;
  let rule: string;
  if (speaker?.antecedent) return null; // "..., who advises the campaign, ..." is not an attribution of what came before
  if (speaker && isCommaBoundary(doc, speaker.first - 1)) {
    comma = speaker.first - 1;
    after = cue.last;
    rule = 'reported/content-speaker-cue';
  } else if (isCommaBoundary(doc, cue.first - 1) && cue.first === cue.head && INVERTING_VERBS.has(cue.lemma)) {
    // inversion only with a bare verb of saying: "..., said Smith", never "..., has called the timing"
    speaker = speakerAfter(doc, cue.last, sentence.last);
    if (!speaker) return null;
    comma = cue.first - 1;
    after = speaker.last;
    rule = 'reported/content-cue-speaker';
  } else return null;
  const start = contentStartBefore(doc, sentence, comma);
  // "The talks, Smith said, would resume": a short subject is enough when the sentence resumes
  const resumes = tokenIn(doc, sentence, after).value === ',' || (LISTENER_VERBS.has(cue.lemma) && comma - start >= 1);
  if (comma - start < (resumes ? 1 : 3)) return null;
  // the first part must not be a direct quote already attributed
  const markBoundary = isMarkToken(tokenAt(doc, comma).value);
  if ((markBoundary || isMarkToken(tokenAt(doc, comma - 1).value)) && isMarkToken(tokenAt(doc, start).value)) return null;
  if (markBoundary) comma++; // '... "pure fantasy," says X': the closing mark belongs to the content
  // after the attribution: the sentence ends, or it resumes after a comma
  let q = after;
  if (LISTENER_VERBS.has(cue.lemma)) {
    const listener = speakerAfter(doc, q, sentence.last);
    if (listener) q = listener.last;
  }
  while (q < sentence.last && (ADJUNCT_PREPOSITIONS.has(tokenAt(doc, q).lower) || NP_POS.has(tokenAt(doc, q).pos) || tokenAt(doc, q).pos === 'ADV') && tokenAt(doc, q).value !== ',') q++;
  const parts: Range[] = [range(doc, start, comma)];
  if (q < sentence.last && tokenAt(doc, q).value === ',' ) {
    const resume = q + 1;
    const end = contentEnd(ctx, resume, sentence);
    // a comma may end the sentence ("..., the minister said,"): read nothing past it
    const next = tokenIn(doc, sentence, resume);
    const coordinated = next.pos === 'CCONJ' && clauseStartsAt(doc, resume + 1, end);
    // "..., Lopez wrote, citing a city report": a participle after the cue is not the content
    const participle = /ing$/.test(next.lower) && next.pos === 'VERB';
    if (participle) return comma - start >= 3 ? candidate(ctx, parts, cue, speaker, rule, 0.8) : null;
    if (end - resume >= 2 && !coordinated && !clauseStartsAt(doc, resume, end)) parts.push(range(doc, resume, end));
    else if (end - resume >= 2 && !coordinated && !clauseStartsAt(doc, start, comma)) {
      // "Back in Virginia, Mr. Clarke said, he decided ...": the words before were an introduction
      return candidate(ctx, [range(doc, resume, end)], cue, speaker, 'reported/parenthetical-cue', 0.8);
    } else if (end - resume >= 2) return candidate(ctx, parts, cue, speaker, rule, 0.7);
  } else if (q < sentence.last && !END.has(tokenAt(doc, q).value) && !isMarkToken(tokenAt(doc, q).value)) {
    return null;
  }
  return candidate(ctx, parts, cue, speaker, rule, 0.85);
}

/** `According to X, CLAUSE.` `CLAUSE, according to X.` `CLAUSE, citing X.` */
function sourcePhrase(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  const tokens = doc.tokens;
  const sentence = sentenceOf(doc, cue.head);
  // the source runs to the next comma or the sentence end: "a statement from the health ministry"
  let srcLast = cue.last;
  while (srcLast < sentence.last && srcLast - cue.last < 16 && !/^[,.;:!?()\u2014\u2013]$/.test(tokenAt(doc, srcLast).value) && !isMarkToken(tokenAt(doc, srcLast).value)) srcLast++;
  while (srcLast > cue.last && tokenAt(doc, srcLast - 1).pos !== 'NOUN' && tokenAt(doc, srcLast - 1).pos !== 'PROPN' && tokenAt(doc, srcLast - 1).pos !== 'PRON' && tokenAt(doc, srcLast - 1).pos !== 'VERB') srcLast--;
  if (srcLast <= cue.last) return null;
  const speaker = makeMention(doc, cue.last, srcLast) ?? {
    first: cue.last, last: srcLast, start: tokenAt(doc, cue.last).start, end: tokenAt(doc, srcLast - 1).end, kind: 'description' as const, titles: [], name: doc.text.slice(tokenAt(doc, cue.last).start, tokenAt(doc, srcLast - 1).end),
  };
  const leads = cue.first === sentence.first || /^(but|and|yet|so)$/.test(tokenAt(doc, cue.first - 1).lower) && cue.first - 1 === sentence.first;
  if (leads) {
    let q = srcLast;
    while (q < sentence.last && tokenAt(doc, q).value !== ',' && q - srcLast < 10) q++;
    if (tokens[q]?.value !== ',' || q + 1 >= sentence.last) return null;
    const end = contentEnd(ctx, q + 1, sentence);
    if (end - q - 1 < 3) return null;
    return candidate(ctx, [range(doc, q + 1, end)], cue, speaker, 'reported/according-to-lead', 0.85);
  }
  let comma = cue.first - 1;
  if (!isCommaBoundary(doc, comma) && tokens[comma]?.value !== '(') comma = cue.first;
  // "..., Lopez wrote, citing a report": the phrase backs the attribution before it, not a clause of its own
  const before = ctx.cues[lowerBound(ctx.cues, comma - 3, headOf)];
  if (before && before !== cue && before.last === comma) return null;
  const start = contentStartBefore(doc, sentence, comma);
  if (comma - start < 3) return null;
  if (isMarkToken(tokenAt(doc, comma).value)) {
    if (isMarkToken(tokenAt(doc, start).value)) return null; // a direct quote: the direct stage attributes it
    comma++;
  }
  const parts: Range[] = [range(doc, start, comma)];
  // "X, according to Y, did Z": the sentence resumes with the rest of the clause (not an appositive of Y)
  if (tokenIn(doc, sentence, srcLast).value === ',' && srcLast + 1 < sentence.last) {
    const end = contentEnd(ctx, srcLast + 1, sentence);
    if (end - srcLast - 1 >= 2 && !phraseOnly(doc, srcLast + 1, end)) parts.push(range(doc, srcLast + 1, end));
  }
  return candidate(ctx, parts, cue, speaker, 'reported/according-to-trail', 0.8);
}

/** True when tokens [from, end) are a noun phrase and nothing more ("a spokesman for the party"). */
function phraseOnly(doc: Doc, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (tokenAt(doc, k).pos === 'VERB' || tokenAt(doc, k).pos === 'AUX') return false;
  return true;
}

/** True when the cue stands inside the content of `c`. */
function within(doc: Doc, cue: CueMatch, c: Candidate): boolean {
  const at = tokenAt(doc, cue.head).start;
  return c.parts.some((p) => at >= p.start && at < p.end);
}

function overlaps(a: Candidate, b: Candidate): boolean {
  for (const p of a.parts) for (const q of b.parts) if (p.start < q.end && q.start < p.end) return true;
  return false;
}

/** True when the cue and its speaker follow a comma: "..., X said" or "..., said X". */
function afterComma(ctx: ReportedContext, cue: CueMatch): boolean {
  const { doc } = ctx;
  const sentence = sentenceOf(doc, cue.head);
  const sp = speakerBefore(doc, cue.first, sentence.first);
  const before = doc.tokens[(sp ? sp.first : cue.first) - 1];
  return before !== undefined && before.value === ',' && before.sent === tokenAt(doc, cue.head).sent;
}

/** Finds reported speech for every cue not used by a direct quotation. */
export function findReported(ctx: ReportedContext): Candidate[] {
  const out: Candidate[] = [];
  for (const cue of ctx.cues) {
    if (ctx.used.has(cue) || ctx.quoted[cue.head]) continue;
    const c =
      cue.form === 'phrase'
        ? sourcePhrase(ctx, cue)
        : (afterComma(ctx, cue) ? contentThenCue(ctx, cue) ?? cueThenContent(ctx, cue) : cueThenContent(ctx, cue) ?? contentThenCue(ctx, cue)) ??
          cueWithQuotedObject(ctx, cue);
    if (!c) continue;
    // one clause, one attribution: the earlier cue wins an overlap unless it is weaker
    // candidates are found in text order and never leave their paragraph: look back within it
    let clash = -1;
    for (let k = out.length - 1; k >= 0 && out[k]!.para === c.para; k--) {
      if (overlaps(out[k]!, c)) {
        clash = k;
        break;
      }
    }
    if (clash >= 0) {
      const other = out[clash]!;
      // "She says it underscores that ...": the outer attribution holds the inner one
      const inner = within(ctx.doc, c.cue!, other);
      const outer = within(ctx.doc, other.cue!, c);
      if (inner || (!outer && other.confidence >= c.confidence)) continue;
      out.splice(clash, 1);
    }
    out.push(c);
  }
  return out;
}

/**
 * Makes reported speech that holds quoted words mixed, and drops the direct
 * candidates it absorbs (unless they carry an attribution of their own).
 */
export function absorbQuotedFragments(ctx: ReportedContext, reported: readonly Candidate[], direct: readonly Candidate[]): void {
  const directOpen = (d: Candidate): number => d.stretches[0]!.open;
  for (const r of reported) {
    const first = r.parts[0]!.start;
    const last = r.parts[r.parts.length - 1]!.end;
    const inside = ctx.stretches[lowerBound(ctx.stretches, first - 1, openOf)];
    if (inside && inside.open < last) r.kind = 'mixed';
    for (let k = lowerBound(direct, first - 1, directOpen); k < direct.length; k++) {
      const d = direct[k]!;
      if (d.stretches[0]!.open >= last) break;
      const de = d.stretches[d.stretches.length - 1]!.end;
      if (d.keep && de <= last + 1 && (d.cue === null || d.cue === r.cue)) d.keep = false;
    }
    if (r.kind === 'mixed') {
      // content wholly inside one pair of marks is a direct quote (outermost stretches do not nest):
      // its words are the quoted ones, without the marks, and its span the stretch with them
      const holder = ctx.stretches[lowerBound(ctx.stretches, first + 1, openOf) - 1];
      if (holder && holder.open <= first && holder.end >= last) {
        r.kind = 'direct';
        r.stretches = [holder];
        r.parts = [{ start: holder.contentStart, end: holder.contentEnd }];
      }
    }
  }
}
