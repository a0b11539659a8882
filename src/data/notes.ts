/**
 * The words of a publisher's own notes around an article: the label of an
 * editor's note and the byline of a linked article in a list of links.
 * @internal
 */

/**
 * The label that opens an editor's note at the start of a line (`Editor's
 * note:`, `Editor’s Note:`, `EDITOR'S NOTE:`); the note runs from there to the
 * end of its paragraph.
 */
export const EDITORS_NOTE_LABEL = /^[^\S\n]*editor['’]?s['’]?[^\S\n]+note[^\S\n]*:/im;

/**
 * The byline of a linked article that a list of links quotes from, right
 * before the quotation's opening mark: the article's headline closed in
 * quotation marks, then `by` and the writer (no comma: `"Plan B," by Friday,
 * Lee said: ...` is no byline), then a colon
 * (`"Museum to reopen in May," by the Ledger's Ann Cole: "The museum ..."`).
 */
export const LINK_BYLINE = /["”]\s*,?\s*by\s+(?:the\s+)?\p{Lu}[^:,"“”\n]{0,80}:\s*$/u;

/** How far before a quotation's opening mark {@link LINK_BYLINE} is looked for, in characters. */
export const LINK_BYLINE_LOOK = 100;

/**
 * The opening of a correction or update note at the start of a line: a
 * `Correction:` label, `This story has been updated ...` (or `was revised`,
 * `corrected`, `amended`) and `An earlier version of this article
 * ...`; the note runs from there to the end of its paragraph. An `Update:`
 * label is not one: what follows it is news of its own.
 */
export const CORRECTION_NOTE_OPENING =
  /^[^\S\n]*(?:corrections?[^\S\n]*:|this[^\S\n]+(?:story|article|post|piece|column)[^\S\n]+(?:has[^\S\n]+been|was)[^\S\n]+(?:updated|corrected|revised|amended)\b|(?:an|the)[^\S\n]+(?:earlier|previous|prior|original|alternate)[^\S\n]+version[^\S\n]+of[^\S\n]+this[^\S\n]+(?:story|article|post|piece|column)\b)/im;

/**
 * The piece itself as the speaker of a note's clause: `this story`, `the
 * article`, `An earlier version of this post`.
 */
export const PUBLISHED_PIECE = /\b(?:this|the)\s+(?:story|article|post|piece|column)\b/i;
