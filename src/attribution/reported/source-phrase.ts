/**
 * Rule family `reported/according-to-*`: source phrases, `According to X, CLAUSE.`,
 * `CLAUSE, according to X.`, `CLAUSE, citing X.`
 * @internal
 */
import { shapedMention } from '../../speakers/shape.js';
import type { Doc } from '../../prepare/document.js';
import type { Candidate, CueMatch, Range } from '../candidate.js';
import { hasVerbBetween, isMarkToken, lowerBound, tokenAt, tokenCount } from '../../prepare/lookup.js';
import { HARD_CLAUSE_BREAK, PHRASE_END_MARK } from '../../data/marks.js';
import { makeMention, nameText, sentenceSubject, sharedSubject } from '../../speakers/phrase.js';
import { sourceAppositiveName } from './source-appositive.js';
import { isPostpositiveTitle } from '../../speakers/find/noun-phrase.js';
import { documentTitleEnd, titledMention } from '../../speakers/find/quoted-title.js';
import { sourceAfterSubordinator } from './according-subordinate.js';
import { POSSESSIVES, RELATIVE_PRONOUNS, SOURCE_AS_ASIDE_VERBS, SOURCE_FRAMING_OPENERS, SOURCE_TAIL_ADDERS, WHO_WHICH_RELATIVES, SOURCE_RELATIVES } from '../../data/clauses.js';
import { ARTICLES, COMMA_CLAUSE_CONJUNCTIONS, NEGATION_WORDS } from '../../data/function-words.js';
import { PEOPLE_NOUNS } from '../../data/people.js';
import { DAY_SET } from '../../data/time.js';
import { candidate, contentStartBefore, headOf, range, sentenceOf, type ReportedContext } from './shared.js';
import { clauseStartsAt } from './clause-start.js';
import { isCommaBoundary, passiveCue } from './cue-subject.js';
import { skipFraming, skipLinkingWord } from './framing.js';
import { contentEnd } from './content-end.js';
import { unquotedCommaAtOrBefore } from './unquoted-commas.js';
import { afterAppositive } from './boundary/inserted-appositive.js';
import { endsWithTrailingReport } from './trailing-report.js';
import { afterOpenBracket } from './bracketed-source.js';

/** `According to X, CLAUSE.` `CLAUSE, according to X.` `CLAUSE, citing X.` */
export function sourcePhrase(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  const sentence = sentenceOf(doc, cue.head);
  // the source runs to the next comma or the sentence end: "a statement from the health ministry"
  let srcLast = cue.last;
  // (a spaced hyphen is a dash: "a Gazette poll last week - the same as ...")
  const dash = (k: number): boolean => /^(-|--)$/.test(tokenAt(doc, k).value) && tokenAt(doc, k).start > tokenAt(doc, k - 1).end;
  while (srcLast < sentence.last && srcLast - cue.last < 24 && !PHRASE_END_MARK.test(tokenAt(doc, srcLast).value) && !dash(srcLast)) {
    // "according to the Ghana Mineworkers' Union": a plural's possessive apostrophe is no quotation mark
    if (pluralOwnerMark(doc, srcLast)) {
      srcLast++;
      continue;
    }
    if (isMarkToken(tokenAt(doc, srcLast).value)) {
      // 'according to the "Ports for All" paper', 'according to "Harbor Days" by Ann Lee': a title inside the source
      // (not after "citing": 'citing "Bill Hale" as his favorite' cites the quoted words themselves)
      const after = cue.lemma === 'cite' ? -1 : quotedTitleEnd(ctx, srcLast, sentence.last);
      if (after < 0 || after - cue.last >= 24) break;
      srcLast = after;
      continue;
    }
    srcLast++;
  }
  // ("according to the inspector general": a title's "general" the tagger read as an adjective ends the source)
  while (srcLast > cue.last && !isPostpositiveTitle(doc, srcLast - 1) && tokenAt(doc, srcLast - 1).pos !== 'NOUN' && tokenAt(doc, srcLast - 1).pos !== 'PROPN' && tokenAt(doc, srcLast - 1).pos !== 'PRON' && tokenAt(doc, srcLast - 1).pos !== 'VERB') srcLast--;
  if (srcLast <= cue.last) return null;
  let speaker = makeMention(doc, cue.last, srcLast) ?? shapedMention({
    first: cue.last, last: srcLast, start: tokenAt(doc, cue.last).start, end: tokenAt(doc, srcLast - 1).end, kind: 'description' as const, titles: [], name: nameText(doc, tokenAt(doc, cue.last).start, tokenAt(doc, srcLast - 1).end),
  });
  // "according to his book ''The Harbour''": a quoted title that ends the phrase after a document noun is the source's
  // (a title inside the phrase is read above)
  const titleEnd = documentTitleEnd(doc, srcLast, srcLast);
  if (cue.lemma !== 'cite' && titleEnd > srcLast && titleEnd <= sentence.last + 1) {
    speaker = titledMention(doc, speaker, titleEnd);
    srcLast = titleEnd;
  }
  // "according to its lawyer, Ada Brook, ...": the person named after the description is the source
  const named = sourceAppositiveName(doc, speaker, srcLast, sentence.last);
  if (named !== null) {
    speaker = named.speaker;
    srcLast = named.end;
  }
  // "According to X, ...", "But according to X, ...", "...: According to X, ..."
  // ("(According to X, ...)": a parenthesis may open the sentence)
  const leads =
    cue.first === sentence.first ||
    (tokenAt(doc, cue.first - 1).value === '(' && cue.first - 1 === sentence.first) ||
    (COMMA_CLAUSE_CONJUNCTIONS.has(tokenAt(doc, cue.first - 1).lower) && cue.first - 1 === sentence.first) ||
    tokenAt(doc, cue.first - 1).value === ':';
  if (leads) {
    let q = srcLast;
    // ('According to the report "Harbour Lights," the pier ...': a comma inside the title's closing mark ends the source)
    if (titleEnd === srcLast && tokenAt(doc, srcLast - 2).value === ',') {
      q = srcLast - 1;
      if (q + 1 >= sentence.last) return null;
    } else {
      while (q < sentence.last && tokenAt(doc, q).value !== ',' && q - srcLast < 10) q++;
      if (tokenAt(doc, q).value !== ',' || q + 1 >= sentence.last) return null;
      // "According to Ada Brook, the club's lawyer, the ruling ...": the named source's appositive is no content
      q = sourceAppositiveEnd(ctx, srcLast, q, sentence.last) - 1;
      // "According to the engineer, whose team built the valve, the part ...": the source's relative clause is no content
      q = sourceRelativeEnd(ctx, srcLast, q, sentence.last) - 1;
    }
    let end = contentEnd(ctx, q + 1, sentence);
    // "(According to X, ... .)": the closing parenthesis and the full stop before it are the narrator's
    if (tokenAt(doc, cue.first - 1).value === '(') while (end > q + 1 && /^[.)]$/.test(tokenAt(doc, end - 1).value)) end--;
    // "According to the senator, the plan is dead, his aides said.": the trailing attribution is the outer report and
    // takes the clause, as it takes a quotation after the source (fires 0 times on PolNeAR train; fix97)
    if (endsWithTrailingReport(ctx, q + 1, end, sentence)) return null;
    if (end - q - 1 < 3) return null;
    // 'According to the report, "the pier was sold," Lee said.': a quotation with its own attribution after it is that
    // speaker's (direct/source-lead.ts), not the source's
    if (quoteWithOwnCue(ctx, q + 1, end)) return null;
    // "Citing a report, Lee accused ...": the clause's subject cites, and speaks
    const citer = cue.lemma === 'cite' ? sentenceSubject(doc, q + 1, end) : null;
    return candidate(ctx, [range(doc, q + 1, end)], cue, citer ?? speaker, 'reported/according-to-lead', 0.85);
  }
  // "after, according to X, CLAUSE": the source backs the subordinate clause after it
  const subordinate = sourceAfterSubordinator(ctx, cue, srcLast, speaker);
  if (subordinate) return subordinate;
  let comma = cue.first - 1;
  if (!isCommaBoundary(doc, comma) && tokenAt(doc, comma).value !== '(') comma = cue.first;
  // "..., Lopez wrote, citing a report": the phrase backs the attribution before it, not a clause of its own
  const before = ctx.cues[lowerBound(ctx.cues, comma - 3, headOf)];
  // (not a cue of a comparison: "Turnout was lower than officials had predicted, according to ...")
  // (nor a passive cue with no agent: "No deaths were reported, according to police" is the source's report)
  if (before && before !== cue && before.last === comma && !comparedCue(doc, before, sentence.first) && !(cue.lemma !== 'cite' && passiveCue(doc, before))) return null;
  // (also across a phrase of place or time after that cue: "..., the governor said in a statement, citing rising
  // costs", "..., the bank said Monday, citing ...")
  // (only "citing": "..., Obama said of the families, according to a pool report" is the report's account of the
  // whole attribution, which the annotation credits to it)
  if (cue.lemma === 'cite' && cueBeforeAdjunct(ctx, cue, comma, sentence.first)) return null;
  // "But the vote was close, according to ...": the linking word is the narrator's
  // "Despite the attacks, the lead holds, according to ...": a fronted phrase is the narrator's too
  let start = skipFraming(ctx, skipLinkingWord(doc, contentStartBefore(doc, sentence, comma), comma), comma, SOURCE_FRAMING_OPENERS, false);
  // "As I mentioned above, the rent rose, according to ...": an aside pointing back to an earlier telling is the narrator's
  start = asAsideEnd(doc, start, comma);
  // "Ticket sales, according to the theatre, have doubled": the clause resumes after the source
  const resume = tokenAt(doc, srcLast).value === ',' && srcLast + 1 < sentence.last ? srcLast + 1 : -1;
  const rest = resume >= 0 ? contentEnd(ctx, resume, sentence) : -1;
  const resumes = resume >= 0 && rest - resume >= 2 && !phraseOnly(doc, resume, rest);
  if (resumes && cue.lemma === 'cite' && comma > start) {
    // "Ann Lee, citing the report, said ...": the cue after it attributes, with the subject as speaker;
    // "The board, citing an audit, voted to close the pier": the subject cites, and its clause is the content
    const next = ctx.cues[lowerBound(ctx.cues, resume, headOf)];
    if (next && next.first <= resume + 2) return null;
    const citer = sentenceSubject(doc, start, comma);
    return citer ? candidate(ctx, [range(doc, resume, rest)], cue, citer, 'reported/according-to-inside', 0.8) : null;
  }
  // "Prices fell, according to state figures, released Monday": after a clause with its own verb, a participle or
  // relative right after the source describes the source; the clause does not resume (it does after a conjunction
  // before the source: "has cut costs and, according to X, adopted a plan")
  const describesSource = resume >= 0 && sourceAside(doc, resume) && !phraseOnly(doc, start, comma) && tokenAt(doc, comma - 1).pos !== 'CCONJ';
  if (resumes && comma - start >= 1 && comma - start < 3 && !isMarkToken(tokenAt(doc, comma).value)) {
    // "In addition, according to X, ...": an introduction without a verb is left out; "Now, ..." stays
    const intro = tokenAt(doc, start).pos === 'ADP' || tokenAt(doc, start).pos === 'SCONJ';
    // ("The fee, according to Ann Lee, the port economist, is too high": the source's appositive is no content)
    const from = afterAppositive(doc, resume, rest);
    const parts: Range[] = intro ? [range(doc, from, rest)] : describesSource ? [range(doc, start, comma)] : [range(doc, start, comma), range(doc, from, rest)];
    return candidate(ctx, parts, cue, speaker, 'reported/according-to-inside', 0.8);
  }
  // "The club said it hired Ann Lee, who ran the depot for years, according to ...": when the clause
  // before the relative reports already, the source backs the relative clause alone
  if (cue.lemma !== 'cite') start = reportedRelative(ctx, start, comma);
  // "Iowa (93 percent were white, according to exit polls)": the source backs the bracketed aside alone
  start = afterOpenBracket(doc, start, comma);
  if (comma - start < 3) return null;
  if (isMarkToken(tokenAt(doc, comma).value)) {
    if (isMarkToken(tokenAt(doc, start).value)) return null; // a direct quote: the direct stage attributes it
    comma++;
  }
  const parts: Range[] = [range(doc, start, comma)];
  // "X, according to Y, did Z": the sentence resumes with the rest of the clause (not an appositive of Y);
  // when X has a verb of its own, only a verb goes on with it ("..., according to Y, becoming ..."):
  // a conjunction or another clause is the narrator's ("..., according to a poll, but ...")
  // ("..., according to three polls, including one released Monday": the source goes on, not the clause)
  const goesOn = (/^(VERB|AUX)$/.test(tokenAt(doc, srcLast + 1).pos) || phraseOnly(doc, start, comma)) && !SOURCE_TAIL_ADDERS.has(tokenAt(doc, srcLast + 1).lower) && !describesSource;
  if (tokenAt(doc, srcLast).value === ',' && srcLast + 1 < sentence.last && goesOn) {
    const end = contentEnd(ctx, srcLast + 1, sentence);
    // ("At the root of it, according to Tom Vale, another former envoy, was a decision ...": the source's
    // appositive is no content; the clause resumes after it)
    const from = afterAppositive(doc, srcLast + 1, end);
    if (end - from >= 2 && !phraseOnly(doc, from, end)) parts.push(range(doc, from, end));
  }
  // "The paper was fined for citing a fake source": a clause that ends in the gerund's preposition is no report
  // (after "by", "after" and the like the cited object is the content: reported/citing.ts); nor is one before a
  // denied citing ("faulted the report for not citing its sources", "quit, never citing a reason")
  if (cue.lemma === 'cite' && (/^(ADP|SCONJ)$/.test(tokenAt(doc, cue.first - 1).pos) || NEGATION_WORDS.has(tokenAt(doc, cue.first - 1).lower))) return null;
  // "The court blocked the law, citing a threat to safety": what is cited backs the clause; its subject speaks
  const cited = cue.lemma === 'cite' ? sharedSubject(doc, cue.first, cue.head) : speaker;
  if (cited && cited !== speaker && cited.first >= start && cited.last <= comma) {
    // the subject opens the clause: a cue right after it ("Analysts said ..., citing X") attributes
    // the clause already; else what was said is the rest of the clause
    const next = ctx.cues[lowerBound(ctx.cues, cited.last, headOf)];
    if (next && next.first <= cited.last + 2 && next.head < comma) return null;
    // "The court, which met Monday, citing ...", "Judges on the court, citing ...": no clause of the
    // subject's own stands before the comma (only a parenthetical or nothing), so nothing was said
    let from = cited.last;
    if (tokenAt(doc, from).value === ',') {
      from++;
      while (from < comma && tokenAt(doc, from).value !== ',') from++;
      from++;
    }
    if (comma - from < 2 || phraseOnly(doc, from, comma)) return null;
    parts[0] = range(doc, from, comma);
  }
  return candidate(ctx, parts, cue, cited, 'reported/according-to-trail', 0.8);
}

/** Most tokens of a phrase of place or time between a cue and a source phrase ({@link cueBeforeAdjunct}). */
const MAX_CUE_ADJUNCT = 8;

/**
 * True when a verb cue other than `cue` ends right before a phrase of place or
 * time (a preposition's phrase, or a day: no verb, no comma) that runs to the
 * comma at `comma` before the source phrase: "..., the governor said in a
 * statement, citing rising costs", "..., the bank said Monday, citing ...".
 * The source phrase backs that cue's attribution, not a clause of its own.
 */
function cueBeforeAdjunct(ctx: ReportedContext, cue: CueMatch, comma: number, floor: number): boolean {
  const { doc } = ctx;
  if (tokenAt(doc, comma).value !== ',') return false;
  let k = comma - 1;
  while (k > floor && comma - k <= MAX_CUE_ADJUNCT && /^(ADP|DET|NOUN|PROPN|ADJ|NUM)$/.test(tokenAt(doc, k).pos) && !isMarkToken(tokenAt(doc, k).value)) k--;
  const opener = tokenAt(doc, k + 1);
  if (k + 1 >= comma || !(opener.pos === 'ADP' || DAY_SET.has(opener.lower))) return false;
  for (let i = lowerBound(ctx.cues, k - 3, headOf); i < ctx.cues.length && ctx.cues[i]!.head <= k; i++) {
    const c = ctx.cues[i]!;
    if (c !== cue && c.last === k + 1 && c.form === 'verb' && !comparedCue(doc, c, floor)) return true;
  }
  return false;
}

/** Most tokens of a named source's appositive ({@link sourceAppositiveEnd}). */
const MAX_SOURCE_APPOSITIVE = 16;

/**
 * Where the clause starts after a leading source phrase that names a person
 * (`According to Ada Brook,`, its comma at `comma` right after the name
 * ending before `srcLast`) when a person appositive follows the comma: an
 * article, a possessive or a name's "'s" opening a noun phrase with a person
 * noun ({@link PEOPLE_NOUNS}) before any verb that no relative pronoun opens,
 * closed by a comma after which a clause starts with its verb before any
 * comma (`the club's lawyer, the ruling was wrong`; `a friend of hers who
 * ran the depot, the plan ...`). Not `According to Ada Brook, the mayor, a
 * Democrat, will resign` (the noun phrase is the clause's subject). Returns
 * the token after the appositive's comma, else `comma + 1`.
 */
function sourceAppositiveEnd(ctx: ReportedContext, srcLast: number, comma: number, last: number): number {
  const { doc } = ctx;
  const from = comma + 1;
  if (comma !== srcLast || tokenAt(doc, srcLast - 1).pos !== 'PROPN' || from >= last) return from;
  const first = tokenAt(doc, from);
  const possessive = (k: number): boolean => /^['\u2019]s$/u.test(tokenAt(doc, k).value);
  let k = from;
  if (first.pos === 'PROPN') {
    while (k < last && tokenAt(doc, k).pos === 'PROPN') k++;
    if (!possessive(k)) return from;
  } else if (!ARTICLES.has(first.lower) && !POSSESSIVES.has(first.lower)) return from;
  let person = false;
  let relative = false;
  let close = -1;
  for (; k < last && k - from <= MAX_SOURCE_APPOSITIVE; k++) {
    const t = tokenAt(doc, k);
    if (ctx.quoted[k] || isMarkToken(t.value) || HARD_CLAUSE_BREAK.test(t.value)) return from;
    if (t.value === ',') {
      close = k;
      break;
    }
    if (RELATIVE_PRONOUNS.has(t.lower) && k > from) relative = true;
    else if (!relative && PEOPLE_NOUNS.has(t.lower)) person = true;
    else if (!relative && (t.pos === 'VERB' || t.pos === 'AUX')) return from;
  }
  if (close < 0 || !person || !clauseStartsAt(doc, close + 1, last)) return from;
  // the clause's verb comes before any comma: not "the mayor, a Democrat, will resign"
  for (let j = close + 1; j < last && j - close <= MAX_SOURCE_APPOSITIVE; j++) {
    const t = tokenAt(doc, j);
    if (t.value === ',') return from;
    if (t.pos === 'VERB' || t.pos === 'AUX') return close + 1;
  }
  return from;
}

/**
 * The token after a relative clause opened by "who", "whose" or "which"
 * ({@link SOURCE_RELATIVES}) right after the
 * comma (at `comma`, right after the source ending before `srcLast`) of a
 * leading source phrase, and closed by a comma after which a clause starts
 * with its verb before any comma (`According to the engineer, whose team
 * built the valve, the part had passed`); else `comma + 1`.
 */
function sourceRelativeEnd(ctx: ReportedContext, srcLast: number, comma: number, last: number): number {
  const { doc } = ctx;
  const from = comma + 1;
  if (comma !== srcLast || from >= last || !SOURCE_RELATIVES.has(tokenAt(doc, from).lower)) return from;
  let close = -1;
  for (let k = from + 1; k < last && k - from <= MAX_SOURCE_APPOSITIVE; k++) {
    const t = tokenAt(doc, k);
    if (ctx.quoted[k] || isMarkToken(t.value) || HARD_CLAUSE_BREAK.test(t.value)) return from;
    if (t.value === ',') {
      close = k;
      break;
    }
  }
  if (close < 0 || !clauseStartsAt(doc, close + 1, last)) return from;
  for (let j = close + 1; j < last && j - close <= MAX_SOURCE_APPOSITIVE; j++) {
    const t = tokenAt(doc, j);
    if (t.value === ',') return from;
    if (t.pos === 'VERB' || t.pos === 'AUX') return close + 1;
  }
  return from;
}

/** Most tokens of a fronted "as" aside before its comma ({@link asAsideEnd}). */
const MAX_AS_ASIDE = 8;

/**
 * Where the clause starts after a fronted "as" aside at `start` whose verb
 * points back to an earlier telling ({@link SOURCE_AS_ASIDE_VERBS}): `As I
 * mentioned above, ...`, `As this reporter revealed, ...`, `As noted
 * earlier, ...`; the token after its comma, when a clause starts there before
 * `comma`. Returns `start` otherwise.
 */
function asAsideEnd(doc: Doc, start: number, comma: number): number {
  if (tokenAt(doc, start).lower !== 'as') return start;
  let telling = false;
  for (let k = start + 1; k < Math.min(comma - 2, start + MAX_AS_ASIDE); k++) {
    const t = tokenAt(doc, k);
    if (t.value === ',') return telling && clauseStartsAt(doc, k + 1, comma) ? k + 1 : start;
    if (t.pos === 'VERB' && SOURCE_AS_ASIDE_VERBS.has(t.lemma)) telling = true;
    else if (t.pos === 'VERB' || (t.pos === 'AUX' && t.lemma !== 'be' && t.lemma !== 'have')) return start;
  }
  return start;
}

/** Most tokens of a title quoted inside a source phrase ('according to "Harbor Days" by Ann Lee'). */
const MAX_SOURCE_TITLE = 8;

/**
 * The token after the closing mark of a short title quoted inside a source
 * phrase, when the opening mark at `open` starts it and a word of the phrase
 * follows the closing mark ('the "Ports for All" paper', '"Harbor Days" by
 * Ann Lee'); -1 when the marks open a quotation of what was said (a comma,
 * the sentence's end or nothing follows them, or they run long).
 */
function quotedTitleEnd(ctx: ReportedContext, open: number, last: number): number {
  const { doc } = ctx;
  if (!ctx.quoted[open + 1]) return -1;
  let k = open + 1;
  while (k < last && k - open <= MAX_SOURCE_TITLE && ctx.quoted[k]) k++;
  if (k >= last || k - open > MAX_SOURCE_TITLE || !isMarkToken(tokenAt(doc, k).value)) return -1;
  while (k < last && isMarkToken(tokenAt(doc, k).value)) k++;
  const next = tokenAt(doc, k);
  return k < last && /^(NOUN|PROPN|ADP)$/.test(next.pos) ? k : -1;
}

/** Fewest tokens of a relative clause a source phrase backs alone ("who ran the depot"). */
const MIN_RELATIVE = 4;

/**
 * Where the content before a trailing source phrase starts when it ends with
 * a relative clause after a comma (", who ..." or ", which ...", the last
 * comma before the phrase) and a cue stands before that relative clause: the
 * clause before it is a report of its own (`The club said it hired Ann Lee,
 * who ran the depot for years, according to ...`), so the source backs the
 * relative clause alone. Else `start`.
 */
function reportedRelative(ctx: ReportedContext, start: number, comma: number): number {
  const { doc } = ctx;
  // (the nearest unquoted comma comes from a table: a walk back to it for every source phrase of one long sentence
  // with no comma was quadratic)
  const k = comma > 0 ? unquotedCommaAtOrBefore(ctx, comma - 1) : -1;
  if (k <= start || !WHO_WHICH_RELATIVES.has(tokenAt(doc, k + 1).lower) || comma - (k + 1) < MIN_RELATIVE) return start;
  // (the cues from `start` on, rather than every token: the first unquoted head before `k` decides)
  for (let c = lowerBound(ctx.cues, start, headOf); c < ctx.cues.length && ctx.cues[c]!.head < k; c++) {
    if (!ctx.quoted[ctx.cues[c]!.head]) return k + 1;
  }
  return start;
}

/**
 * True when token `k`, right after a source phrase and its comma, opens an
 * aside on the source: a past participle ("released Monday", "published in
 * May"), a relative ("which was published Friday") or a word that adds to the
 * source ({@link SOURCE_TAIL_ADDERS}).
 */
function sourceAside(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  if (WHO_WHICH_RELATIVES.has(t.lower) || SOURCE_TAIL_ADDERS.has(t.lower)) return true;
  return t.pos === 'VERB' && !t.lower.endsWith('ing') && (t.lower !== t.lemma || t.lower.endsWith('ed'));
}

/** True when tokens [from, end) are a noun phrase and nothing more ("a spokesman for the party"). */
function phraseOnly(doc: Doc, from: number, end: number): boolean {
  return !hasVerbBetween(doc, from, end);
}

/** Most words between "than" and the cue of a comparison ({@link comparedCue}): "than most officials had". */
const MAX_COMPARED_WORDS = 5;

/**
 * True when cue `c` closes a comparison opened by "than" a few words before it,
 * over only a subject and auxiliaries or adverbs ("than officials had predicted",
 * "than scientists thought", "than expected"): what the comparison's people
 * said or thought is no attribution of the clause it ends.
 */
function comparedCue(doc: Doc, c: CueMatch, floor: number): boolean {
  for (let k = c.first - 1; k >= floor && c.first - k <= MAX_COMPARED_WORDS; k--) {
    const t = tokenAt(doc, k);
    if (t.lower === 'than') return true;
    if (!/^(DET|ADJ|NOUN|PROPN|PRON|AUX|ADV|PART|NUM)$/.test(t.pos)) return false;
  }
  return false;
}

/**
 * True when token `k` is a bare apostrophe closing a plural's possessive: right
 * after a word ending in "s", with a space and a word after it ("the
 * Mineworkers' Union", "the nurses’ union").
 */
function pluralOwnerMark(doc: Doc, k: number): boolean {
  const t = tokenAt(doc, k);
  if ((t.value !== "'" && t.value !== '\u2019') || k < 1 || k + 1 >= tokenCount(doc)) return false;
  const before = tokenAt(doc, k - 1);
  const after = tokenAt(doc, k + 1);
  return before.end === t.start && /\p{L}s$/u.test(before.value) && after.start > t.end && /^\p{L}/u.test(after.value);
}

/**
 * True when the clause from token `from` to `end` opens with a quotation mark
 * and holds a cue that a direct quotation already took: 'According to the
 * report, "the pier was sold," Lee said.' (the quotation is Lee's).
 */
function quoteWithOwnCue(ctx: ReportedContext, from: number, end: number): boolean {
  if (!isMarkToken(tokenAt(ctx.doc, from).value) || ctx.quoted[from + 1] !== 1) return false;
  for (let c = lowerBound(ctx.cues, from, headOf); c < ctx.cues.length && ctx.cues[c]!.head < end; c++) {
    const cue = ctx.cues[c]!;
    if (ctx.used.has(cue) && cue.form === 'verb' && ctx.quoted[cue.head] === 0) return true;
  }
  return false;
}
