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
