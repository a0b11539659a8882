/**
 * Irregular past forms of the built-in cue verbs, for `removeCues`
 * (`removeCues: ['said']` removes `say`). Regular forms (`added`, `warns`)
 * are derived by rule.
 * @internal
 */
export const IRREGULAR_FORMS: ReadonlyMap<string, string> = new Map([
  ['said', 'say'], ['told', 'tell'], ['wrote', 'write'], ['written', 'write'], ['thought', 'think'],
  ['felt', 'feel'], ['knew', 'know'], ['known', 'know'], ['found', 'find'], ['shown', 'show'],
  ['swore', 'swear'], ['sworn', 'swear'], ['began', 'begin'], ['begun', 'begin'], ['understood', 'understand'],
  ['proven', 'prove'], ['learnt', 'learn'],
  ['cried', 'cry'], ['cries', 'cry'], ['replied', 'reply'], ['replies', 'reply'], ['testified', 'testify'],
  ['testifies', 'testify'], ['clarified', 'clarify'], ['clarifies', 'clarify'], ['specified', 'specify'],
  ['specifies', 'specify'], ['implied', 'imply'], ['implies', 'imply'], ['denied', 'deny'], ['denies', 'deny'],
  ['quoted', 'quote'], ['citing', 'cite'], ['according', 'according to'],
]);

/**
 * Verbs whose simple past is their base form, lower-case ("that cut jobs",
 * "that hurt"): after "that" such a word may be the verb of "that" as a
 * subject, where another base form may not ("that salvage crews would").
 */
export const PAST_AS_BASE: ReadonlySet<string> = new Set(`cut put set hit hurt cost let shut spread quit bet cast burst
split shed thrust broadcast forecast upset beat bid read rid slit spit fit wed`.split(/\s+/).filter((w) => w.length > 0));
