/**
 * Result assembly: turns the surviving candidates into the public, plain,
 * JSON-safe {@link Extraction}, with speaker entities and exact spans.
 * @internal
 */
import type { Doc } from '../prepare/document.js';
import { isBlankAt, tokenAt } from '../prepare/lookup.js';
import type { Candidate, CueMatch, Range } from '../attribution/candidate.js';
import { candidateEnd, candidateStart } from '../attribution/candidate.js';
import type { Cue, Extraction, Quote, Span, Speaker, SpeakerRef } from '../types.js';
import { SpeakerResolver, type Entity, type Resolution } from '../speakers/entities.js';
import { findNames } from '../speakers/names.js';
import { suggestCollection } from '../prepare/collection.js';
import type { ResolvedOptions } from '../options.js';

function span(doc: Doc, start: number, end: number): Span {
  return { start, end, text: doc.text.slice(start, end) };
}

/** Trims white space from both ends of a range. */
function trimmed(doc: Doc, r: Range): Range {
  let s = r.start;
  let e = r.end;
  // read the caller's text, not the view: a decoded reference is padded with spaces there
  while (s < e && isBlankAt(doc, s)) s++;
  while (e > s && isBlankAt(doc, e - 1)) e--;
  return { start: s, end: e };
}

function cueOf(doc: Doc, c: CueMatch): Cue {
  return {
    span: span(doc, tokenAt(doc, c.first).start, tokenAt(doc, c.last - 1).end),
    lemma: c.lemma,
    category: c.category,
    negated: c.negated,
  };
}

/**
 * Builds the public result from the candidates that survived the refiners.
 * `quoted` marks the tokens inside quotation marks: their words never name a speaker.
 */
export function assemble(doc: Doc, candidates: readonly Candidate[], options: ResolvedOptions, quoted: Readonly<Uint8Array> = new Uint8Array(0)): Extraction {
  const kept = candidates
    .filter((c) => c.keep && options.kinds.has(c.kind))
    .sort((a, b) => candidateStart(a) - candidateStart(b) || candidateEnd(a) - candidateEnd(b));
  // (in a function of their own: the resolver and the document's names are garbage before the result is built,
  // when a long text needs the most memory)
  const { resolutions, named: namedEntities } = resolveSpeakers(doc, kept, options, quoted);
  // (a long text: the resolver's garbage is collected before the result adds to the heap)
  suggestCollection(doc);
  for (const c of kept) {
    if (!c.speaker && c.from) {
      const r = resolutions.get(c.from);
      if (r) resolutions.set(c, { entity: r.entity, via: 'context', mention: null, certainty: r.certainty * 0.9 });
    }
  }
  // quotes, then entities in order of their first quote
  const drafts: { c: Candidate; r: Resolution | undefined; confidence: number }[] = [];
  for (const c of kept) {
    const r = resolutions.get(c);
    const confidence = Math.round(Math.max(0, Math.min(1, c.confidence * (r?.certainty ?? 1))) * 100) / 100;
    if (confidence < options.minConfidence) continue;
    // a quote with no words left after trimming is none: never an empty span
    if (!c.parts.some((p) => { const t = trimmed(doc, p); return t.end > t.start; })) continue;
    drafts.push({ c, r, confidence });
  }
  const ids = new Map<Entity, number>();
  const order: Entity[] = [];
  for (const d of drafts) {
    if (d.r && !ids.has(d.r.entity)) {
      ids.set(d.r.entity, order.length);
      order.push(d.r.entity);
    }
  }
  const quoteIds: number[][] = order.map(() => []);
  const quotes: Quote[] = drafts.map((d, index) => {
    const parts = d.c.parts.map((p) => trimmed(doc, p)).filter((p) => p.end > p.start).map((p) => span(doc, p.start, p.end));
    let speaker: SpeakerRef | null = null;
    if (d.r) {
      const id = ids.get(d.r.entity)!;
      quoteIds[id]!.push(index);
      speaker = {
        id,
        name: d.r.entity.name,
        mention: d.r.mention ? span(doc, d.r.mention.start, d.r.mention.end) : null,
        via: d.r.via,
      };
    }
    return {
      kind: d.c.kind,
      span: span(doc, candidateStart(d.c), candidateEnd(d.c)),
      parts,
      text: parts.map((p) => p.text).join(' '),
      cue: d.c.cue ? cueOf(doc, d.c.cue) : null,
      speaker,
      confidence: d.confidence,
      rule: d.c.rule,
    };
  });
  // every mention of an entity: its speaker mentions, and each name in the text that resolves to it
  const named = new Map<Entity, Span[]>();
  for (let k = 0; k < namedEntities.entities.length; k++) {
    const e = namedEntities.entities[k]!;
    if (!ids.has(e)) continue;
    const s = span(doc, namedEntities.bounds[2 * k]!, namedEntities.bounds[2 * k + 1]!);
    const list = named.get(e);
    if (list) list.push(s);
    else named.set(e, [s]);
  }
  // the mentions of kept quotes only: a quote dropped by minConfidence leaves none behind
  const spoken = new Map<Entity, Span[]>();
  for (const d of drafts) {
    const m = d.r?.mention;
    if (!m || !d.r) continue;
    const list = spoken.get(d.r.entity) ?? [];
    list.push(span(doc, m.start, m.end));
    if (m.antecedent) list.push(span(doc, m.antecedent.start, m.antecedent.end));
    spoken.set(d.r.entity, list);
  }
  const speakers: Speaker[] = order.map((e, id) => {
    // (a copy, not push(...): a long text's many mentions of one name would overflow the stack as arguments)
    const found: Span[] = [...(spoken.get(e) ?? []), ...(named.get(e) ?? [])];
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const mentions: Span[] = [];
    for (const m of found) {
      const last = mentions[mentions.length - 1];
      if (last && m.start < last.end) continue; // the same place, or a shorter mention inside a longer one
      mentions.push(m);
    }
    return {
      id,
      name: e.name,
      kind: e.kind,
      titles: [...e.titles],
      descriptions: [...e.descriptions],
      mentions,
      quotes: quoteIds[id]!,
    };
  });
  return { quotes, speakers };
}

/**
 * The names in the text that resolve to an entity, in text order: name `k`
 * runs from `bounds[2k]` to `bounds[2k + 1]` and stands for `entities[k]`
 * (numbers in one typed array rather than an object per name: a long text
 * holds hundreds of thousands of names while its result is built).
 */
interface NamedEntities {
  readonly bounds: Int32Array;
  readonly entities: Entity[];
}

/**
 * Resolves the speaker of every kept candidate that has one, and finds the
 * entity of each name in the text (names that resolve to none are left out).
 */
function resolveSpeakers(
  doc: Doc,
  kept: readonly Candidate[],
  options: ResolvedOptions,
  quoted: Readonly<Uint8Array>,
): { resolutions: Map<Candidate, Resolution>; named: NamedEntities } {
  const names = findNames(doc, quoted);
  const resolver = new SpeakerResolver(doc, names, options.knownSpeakers, quoted);
  const resolutions = new Map<Candidate, Resolution>();
  for (const c of kept) {
    if (c.speaker) resolutions.set(c, resolver.resolve(c.speaker, c.parts));
  }
  const bounds = new Int32Array(names.length * 2);
  const entities: Entity[] = [];
  for (const n of names) {
    const entity = resolver.entityOfName(n);
    if (!entity) continue;
    bounds[2 * entities.length] = n.start;
    bounds[2 * entities.length + 1] = n.end;
    entities.push(entity);
  }
  return { resolutions, named: { bounds: bounds.subarray(0, 2 * entities.length), entities } };
}
