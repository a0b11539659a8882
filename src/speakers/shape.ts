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
 * in it; a spread of a mention made here (`{ ...m, last }`) keeps the shape.
 */
export function shapedMention(m: Mention): Mention {
  return { first: m.first, last: m.last, start: m.start, end: m.end, kind: m.kind, titles: m.titles, name: m.name, antecedent: m.antecedent, description: m.description, head: m.head, turn: m.turn };
}
