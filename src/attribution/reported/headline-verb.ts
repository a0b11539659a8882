/**
 * Rule `reported/headline-verb`: a headline whose subject judges an object
 * through a verb of saying in the present, `Mayor Reyes slams port board over
 * delays.`, `Senators blast rival's budget plan.` The tagger reads such a
 * verb as a noun ("slams"), so no cue is detected: the rule reads the
 * document's first line only, when a sentence ends with it and it holds at
 * most {@link MAX_HEADLINE} words. The subject runs from the line's start to the
 * verb (capitalised words, nouns and adjectives, a possessive), the verb is
 * one of `HEADLINE_OBJECT_VERBS` (data/cues) in its base or -s form, and the content
 * is the object after it, with a phrase on "for" / "on" / "over" / "about" /
 * "against" / "as"; it ends at clause punctuation, at another preposition
 * ("after", "amid", "in", "with"), and at "and" / "but" before a verb of its
 * own ("as" before a subject pronoun opens a clause). A reflexive object
 * ("defends himself"), a subject that is weather ("Storm slams coast"), an
 * object the verb does something else to ("slams door", "dismisses
 * charges") and a span another attribution already holds give nothing. Lower confidence than a clause, so
 * `minConfidence` can drop it.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { viewLineFeed } from '../../prepare/view.js';
import { canSpeak, makeMention } from '../../speakers/phrase.js';
import { CUE_VERBS, HEADLINE_LITERAL_OBJECTS, HEADLINE_NATURAL_FORCES, HEADLINE_OBJECT_PREPOSITIONS } from '../../data/cues.js';
import { headlineVerbLemma } from '../../cues/headline.js';
import { startsUpper } from '../../prepare/case.js';
import { SUBJECT_PRONOUNS, SECOND_CLAUSE_CONJUNCTIONS } from '../../data/function-words.js';
import { candidate, range, type ReportedContext } from './shared.js';
import { NOUN_MODIFIER_TAGS } from '../../data/tags.js';

/** The rule's name. */
const RULE = 'reported/headline-verb';
/** How sure the rule is (a noun-phrase object in a headline, below a clause). */
const CONFIDENCE = 0.45;
/** How many tokens a headline may have. */
const MAX_HEADLINE = 25;
/** How many words the subject may have: "Jeb Bush Super PAC Chief". */
const MAX_SUBJECT = 7;
/** Parts of speech that may open the object: a name, a noun phrase, a quotation mark. */
const OBJECT_START = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM', 'PUNCT']);
/** Reflexive pronouns: "defends himself" judges nobody else. */
const REFLEXIVE = /self$|selves$/;

/** True for a word that may stand in a headline's subject: a capitalised word, a noun or adjective, "'s", a title's full stop. */
function subjectWord(value: string, pos: string): boolean {
  if (/^[\u2019']s$/.test(value) || value === '.') return true;
  return NOUN_MODIFIER_TAGS.has(pos) || (startsUpper(value) && !/^(VERB|AUX|ADP|SCONJ|CCONJ|PRON)$/.test(pos));
}

/** The end of the object from `from` up to `end` (exclusive), or `from` when there is none. */
function objectEnd(ctx: ReportedContext, from: number, end: number): number {
  const { doc } = ctx;
  for (let k = from; k < end; k++) {
    const t = tokenAt(doc, k);
    if (ctx.quoted[k]) continue;
    if (/^[,;:.!?\u2014\u2013]$/.test(t.value) || t.value === '--') return k;
    // (a hyphen set off by spaces only: "quick-thinking" is one word)
    if (t.value === '-' && k > 0 && tokenAt(doc, k - 1).end < t.start) return k;
    if ((t.pos === 'ADP' || t.pos === 'SCONJ') && !HEADLINE_OBJECT_PREPOSITIONS.has(t.lower)) return k;
    // "as she leaves": a clause of its own, no phrase of the object's
    if (t.lower === 'as' && SUBJECT_PRONOUNS.has(tokenAt(doc, k + 1).lower)) return k;
    if (SECOND_CLAUSE_CONJUNCTIONS.has(t.lower)) {
      const next = tokenAt(doc, k + 1);
      if (next.pos === 'VERB' || next.pos === 'AUX' || headlineVerbLemma(next.lower) !== null || (next.pos === 'NOUN' && /s$/.test(next.lower) && CUE_VERBS.has(next.lemma))) return k;
    }
  }
  return end;
}

/**
 * The attribution of the document's headline when its verb is a verb of
 * judging with an object; none when the first paragraph is no one-line
 * headline or a candidate in `taken` already holds the verb or the object.
 */
export function headlineVerbs(ctx: ReportedContext, taken: readonly Candidate[]): Candidate[] {
  const { doc } = ctx;
  const para = doc.paragraphs[0];
  if (!ctx.categories.has('speech') || !para) return [];
  // the first line only, when a sentence ends with it ("Headline\nText" is one paragraph)
  let end = para.last;
  const lineBreak = viewLineFeed(doc.view, para.start);
  if (lineBreak >= 0 && lineBreak < para.end) {
    end = para.first;
    while (end < para.last && tokenAt(doc, end).start < lineBreak) end++;
    if (end === para.first || end === para.last || tokenAt(doc, end).sent === tokenAt(doc, end - 1).sent) return [];
  }
  if (end - para.first > MAX_HEADLINE || end - para.first < 3) return [];
  while (end > para.first && /^[.!?;]$/.test(tokenAt(doc, end - 1).value)) end--;
  for (let v = para.first + 1; v < Math.min(end - 1, para.first + MAX_SUBJECT + 1); v++) {
    const t = tokenAt(doc, v);
    const lemma = headlineVerbLemma(t.lower);
    if (lemma === null || CUE_VERBS.get(lemma) !== 'speech') {
      if (!subjectWord(t.value, t.pos) || ctx.quoted[v]) return [];
      continue;
    }
    if (!startsUpper(tokenAt(doc, para.first).value) || tokenAt(doc, v - 1).value === '.') return [];
    // "Storm slams coast", "Hurricane Ida slams Louisiana coast": weather says nothing
    if (HEADLINE_NATURAL_FORCES.has(tokenAt(doc, v - 1).lower) || (v - para.first === 2 && HEADLINE_NATURAL_FORCES.has(tokenAt(doc, para.first).lower))) return [];
    const open = tokenAt(doc, v + 1);
    if (!OBJECT_START.has(open.pos) && !ctx.quoted[v + 1]) return [];
    if (open.pos === 'PUNCT' && !ctx.quoted[v + 1]) return [];
    if (REFLEXIVE.test(open.lower) || open.lower === 'to') return [];
    const last = objectEnd(ctx, v + 1, end);
    if (last <= v + 1) return [];
    // "slams door on talks", "Judge dismisses charges": a door shut, a case thrown out, nothing said
    const literal = HEADLINE_LITERAL_OBJECTS.get(lemma);
    if (literal) {
      let noun = v + 1;
      while (noun < last && !/^(NOUN|PROPN)$/.test(tokenAt(doc, noun).pos)) noun++;
      if (noun < last && literal.has(tokenAt(doc, noun).lower)) return [];
    }
    const content = range(doc, v + 1, last);
    const start = tokenAt(doc, para.first).start;
    if (taken.some((c) => c.parts.some((p) => p.start < content.end && start < p.end))) return [];
    const mention = makeMention(doc, para.first, v);
    if (!mention || !canSpeak(doc, mention)) return [];
    const cue: CueMatch = { first: v, last: v + 1, head: v, lemma, category: 'speech', negated: false, form: 'verb' };
    return [candidate(ctx, [content], cue, mention, RULE, CONFIDENCE)];
  }
  return [];
}
