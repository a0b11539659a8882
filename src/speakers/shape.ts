/**
 * The shape of a speaker mention that the speaker finders build and every
 * later stage reads (re-exported by `attribution/candidate.ts`).
 * @internal
 */

/** How a mention names its referent. */
export type MentionKind = 'name' | 'pronoun' | 'description';

/** A noun phrase that names a (possible) speaker. */
export interface Mention {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly kind: MentionKind;
  /** Title words found before a name (`Sen.`, `Prime Minister`). */
  readonly titles: readonly string[];
  /** The name without titles (`John Smith`), or the description/pronoun text. */
  readonly name: string;
  /** For a relative pronoun ("Smith, who said"), the phrase it stands for. */
  readonly antecedent?: Mention;
  /** A description given with a name in an appositive ("Ann Lee, the governor,"). */
  readonly description?: string;
  /** The head token of a description when it is not the last ("analysts" in "analysts at Jefferies"). */
  readonly head?: number;
  /** True for the speaker label in capitals of a transcript's turn (`REYES:`): capitals that name a person, not an acronym's body. */
  readonly turn?: boolean;
}

/**
 * `m` as a mention of the one object shape every mention has: its fields set
 * in the same order, an absent optional field as undefined. The finders build
 * mentions in some forty places with different optional fields; built as
 * written, they came in about thirty hidden classes and the property reads
 * of the code that takes mentions went megamorphic. Wrap each mention literal
 * in it, and copy a mention with changes by {@link mentionWith}, not by a
 * spread (`{ ...m, last }` gives a hidden class of its own).
 */
export function shapedMention(m: Mention): Mention {
  return { first: m.first, last: m.last, start: m.start, end: m.end, kind: m.kind, titles: m.titles, name: m.name, antecedent: m.antecedent, description: m.description, head: m.head, turn: m.turn };
}

/**
 * `m` with `changes` made, as `{ ...m, ...changes }` gives, but as one literal in {@link shapedMention}'s field order: V8 gives an object
 * made by spreading a hidden class of its own (and a new one each time a field of such a copy changes kind), so the
 * code that reads mentions saw some thirty hidden classes and deoptimised each time a new one first reached it. No
 * field is written after the object is made (a later write would make V8 drop its knowledge of constant fields in
 * the one hidden class; speed round 72).
 */
export function mentionWith(m: Mention, changes: Partial<Mention>): Mention {
  // (the one literal of shapedMention's field order, made directly: no intermediate object)
  return {
    first: 'first' in changes ? changes.first! : m.first,
    last: 'last' in changes ? changes.last! : m.last,
    start: 'start' in changes ? changes.start! : m.start,
    end: 'end' in changes ? changes.end! : m.end,
    kind: 'kind' in changes ? changes.kind! : m.kind,
    titles: 'titles' in changes ? changes.titles! : m.titles,
    name: 'name' in changes ? changes.name! : m.name,
    antecedent: 'antecedent' in changes ? changes.antecedent : m.antecedent,
    description: 'description' in changes ? changes.description : m.description,
    head: 'head' in changes ? changes.head : m.head,
    turn: 'turn' in changes ? changes.turn : m.turn,
  };
}
