/**
 * Words for the subject of a gerund cue inside a subordinate clause
 * ("..., while Tom Hale has soared by saying that ...").
 * @internal
 */

/** Prepositions before a gerund cue that leave it the subject of the verb before them: "soared by saying". */
export const MANNER_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'after', 'before', 'upon', 'without']);

/** Words opening a subordinate clause after a comma: "..., while her rival has soared ...". */
export const CLAUSE_SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'whereas', 'although', 'though', 'as', 'when', 'because', 'since']);
