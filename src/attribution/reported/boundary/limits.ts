/**
 * The reach shared by the boundary cuts of reported content: how far a tail
 * check looks into a content, in tokens (in the invented `The mayor said the
 * pier will reopen, a claim the harbor office disputes.` the appositive tail
 * is looked for within this many tokens).
 * @internal
 */

/** How far the tail checks look into a content, in tokens. */
export const MAX_TAIL = 120;
