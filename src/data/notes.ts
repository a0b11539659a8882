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
