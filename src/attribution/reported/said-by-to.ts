/**
 * The agent of a passive hearsay cue before its infinitive: in `The documents
 * were said by investigators to show fraud.` "investigators" is the source
 * that `reported/said-to` credits (rule `reported/said-to-agent`). PolNeAR
 * train: the shape does not occur (0 fires); fix96.
 * @internal
 */
import type { Mention } from '../candidate.js';
import type { Doc } from '../../prepare/document.js';
import { maybeToken, tokenAt } from '../../prepare/lookup.js';
import { phraseEndAfter } from '../../speakers/find/noun-phrase.js';
import { makeMention } from '../../speakers/find/mention.js';
import { canSpeak } from '../../speakers/find/can-speak.js';
import { DAY_OR_MONTH } from '../../data/time.js';

/** Most tokens of the agent between "by" and "to": "by two senior investigators". */
const MAX_AGENT = 6;

/**
 * When token `by` is "by" and a short noun phrase after it runs up to "to"
 * and a verb, before `ceiling`: that phrase as the speaker and the index of
 * "to"; else null ("was said by many to ..." included; not "was said by
 * Monday to": a time is no agent).
 */
export function agentBeforeTo(doc: Doc, by: number, ceiling: number): { agent: Mention; to: number } | null {
  if (tokenAt(doc, by).lower !== 'by' || by + 2 >= ceiling) return null;
  const end = phraseEndAfter(doc, by + 1, ceiling);
  if (end <= by + 1 || end - by - 1 > MAX_AGENT || tokenAt(doc, end).lower !== 'to') return null;
  const verb = maybeToken(doc, end + 1);
  if (verb === undefined || end + 1 >= ceiling || !/^(VERB|AUX)$/.test(verb.pos)) return null;
  const agent = makeMention(doc, by + 1, end);
  if (agent === null || agent.first !== by + 1 || agent.last !== end || !canSpeak(doc, agent)) return null;
  // (a person, a group or a body speaks; "by Monday" does not)
  for (let k = by + 1; k < end; k++) if (DAY_OR_MONTH.has(tokenAt(doc, k).lower)) return null;
  return { agent, to: end };
}
