/**
 * The token and the sentence or paragraph of a prepared document, apart from
 * document.ts so that tokens.ts and segments.ts, which document.ts reads,
 * take their types without importing it back.
 * @internal
 */
/** One token with its offsets into the input. */
export interface Token {
  /** Index of this token in the document's tokens (`Doc.tokens`). */
  readonly i: number;
  readonly start: number;
  readonly end: number;
  /**
   * Text of the token as it stands in the view; for an HTML reference read as
   * a quotation mark, the mark alone (the token's range covers the reference).
   */
  readonly value: string;
  /** Lower-cased value. */
  readonly lower: string;
  readonly lemma: string;
  /** Universal POS tag. */
  readonly pos: string;
  /** True when wink marks the token as negated. */
  readonly negated: boolean;
  /** Index into the document's sentences (`Doc.sentences`). */
  readonly sent: number;
  /** Index into the document's paragraphs (`Doc.paragraphs`). */
  readonly para: number;
}

/** A sentence or paragraph: a character range and an inclusive-exclusive token range. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  /** First token index. */
  readonly first: number;
  /** One past the last token index. */
  readonly last: number;
  /** The paragraph this segment belongs to (its own index for paragraphs). */
  readonly para: number;
}
