/**
 * Rule `reported/speech-object` (opt-in categories): a verb of saying whose
 * object is what is attributed, in a shape the default run leaves out:
 * `Ms. Varga cited rising costs.`, `Reyes called the plan a waste.`,
 * `The mayor, referring to the council, said ...`, `Reyes accused the mayor of
 * lying.` The verbs and the category each is reported under are in
 * `SPEECH_OBJECT_VERBS`; nothing is found unless that category is on, so the
 * default output never changes. It runs last among the reported-speech rules,
 * on the cues the others left.
 * @internal
 */
import type { Candidate, CueMatch } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';
import { SPEECH_OBJECT_VERBS } from '../../data/cues.js';
import { END, candidate, cueSubject, cutAtNextAttribution, passiveCue, range, sentenceOf, type ReportedContext } from './shared.js';

/** Words that end the object: a subordinate clause of the narrator. */
const OBJECT_STOP = new Set(['because', 'after', 'before', 'when', 'while', 'since', 'until', 'if', 'although', 'though', 'but', 'during', 'which']);
/** Parts of speech that may open the object. */
const OBJECT_START = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
/** Most tokens of the object. */
const MAX_OBJECT = 40;
/** How sure the rule is. */
const CONFIDENCE = 0.5;

/** Most tokens between a list's comma and its "and". */
const MAX_LIST_ITEM = 12;

/** True when a noun phrase at `k` runs on to an "and" before any verb or other punctuation: the rest of a list. */
function listGoesOn(ctx: ReportedContext, k: number, last: number): boolean {
  const { doc } = ctx;
  if (!/^(DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(tokenAt(doc, k).pos)) return false;
  for (let q = k; q < last && q - k < MAX_LIST_ITEM; q++) {
    const t = tokenAt(doc, q);
    if (t.lower === 'and' || t.lower === 'or') return q > k;
    if (t.value === ',') continue;
    if (!/^(DET|ADJ|NOUN|PROPN|NUM|PRON|PART|ADP)$/.test(t.pos)) return false;
  }
  return false;
}

/** `X cited Y`, `X, referring to Y`, `X accused Y of Z`, when the verb's category is on. */
export function speechObject(ctx: ReportedContext, cue: CueMatch): Candidate | null {
  const { doc } = ctx;
  const entry = SPEECH_OBJECT_VERBS.get(cue.lemma);
  if (!entry || !ctx.categories.has(entry.category) || cue.form !== 'verb' || passiveCue(doc, cue)) return null;
  const sentence = sentenceOf(doc, cue.head);
  let p = cue.last;
  if (entry.preposition !== undefined) {
    if (tokenAt(doc, p).lower !== entry.preposition) return null;
    p++;
  }
  if (p >= sentence.last) return null;
  const first = tokenAt(doc, p);
  if (!OBJECT_START.has(first.pos) && !/^(his|her|their|its|our|my)$/.test(first.lower)) return null;
  let end = p;
  let needed = entry.needs === undefined;
  let names = 0;
  while (end < sentence.last && end - p < MAX_OBJECT) {
    const t = tokenAt(doc, end);
    // "thanked his parents, his siblings and his staff": a list of noun phrases goes on past its commas
    if (t.value === ',' && !ctx.quoted[end] && end > p && listGoesOn(ctx, end + 1, sentence.last)) {
      end++;
      continue;
    }
    if (!ctx.quoted[end] && end > p && (/^[,;:()\u2014\u2013]$/.test(t.value) || t.value === '--' || OBJECT_STOP.has(t.lower) || END.has(t.value))) break;
    // "cited the costs and said ...": a coordinated verb ends the object
    if (end > p && t.pos === 'CCONJ' && /^(VERB|AUX)$/.test(tokenAt(doc, end + 1).pos)) break;
    if (t.lower === entry.needs) needed = true;
    if (t.pos === 'PROPN' || (t.pos === 'PUNCT' && ctx.quoted[end] === 0)) names++;
    end++;
  }
  if (end - p >= MAX_OBJECT) return null;
  if (!needed) return null;
  // "called Reyes", "a group called Fair Vote", "called each other": a name or a short object is no label
  if (entry.complement === true && (names === end - p || end - p < 2 || /^(each|one)$/.test(first.lower))) return null;
  end = cutAtNextAttribution(ctx, p, end);
  if (end <= p) return null;
  const speaker = cueSubject(doc, cue, sentence);
  if (!speaker) return null;
  // "a party called Fair Vote", "the procedure called X": a participle naming a thing, no label given by a speaker
  if (entry.complement === true && speaker.kind === 'description' && cue.first === cue.head && /^(NOUN|PROPN)$/.test(tokenAt(doc, cue.first - 1).pos)) return null;
  const spanned = entry.preposition !== undefined ? { ...cue, last: p, category: entry.category } : { ...cue, category: entry.category };
  return candidate(ctx, [range(doc, p, end)], spanned, speaker, 'reported/speech-object', CONFIDENCE);
}
