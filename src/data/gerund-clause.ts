/**
 * Words for the subject of a gerund cue inside a subordinate clause
 * ("..., while Tom Hale has climbed by arguing that ...").
 * @internal
 */

/** Prepositions before a gerund cue that leave it the subject of the verb before them: "climbed by arguing". */
export const MANNER_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'after', 'before', 'upon', 'without']);

/** Words opening a subordinate clause after a comma: "..., while her rival has climbed ...". */
export const CLAUSE_SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'whereas', 'although', 'though', 'as', 'when', 'because', 'since']);
