/**
 * Rule `reported/stance-name-which` (category `stance`, opt-in): a stance on a
 * named person whose subject is a comma and "which" after a group,
 * `The dock workers' union, which has backed Tomas Brandt, ...`. The
 * general stance-name rule leaves relative subjects alone (a "who" subject of
 * these verbs before a capitalised word: 25 of 59 annotated on PolNeAR train),
 * but a group's ", which" before backed, endorsed, supported or opposed was
 * annotated 9 times of 10 there. It adds what the other rules left: 1 new,
 * right, on train. The speaker is the relative pronoun with the group before it as
 * its antecedent, as for any other relative subject.
 * @internal
 */
import type { Doc } from '../../prepare/document.js';
import type { Mention } from '../candidate.js';
import { tokenAt } from '../../prepare/lookup.js';

/** The rule name of a stance on a named person with a ", which" subject. */
export const STANCE_WHICH_RULE = 'reported/stance-name-which';

/** How sure the rule is: below a plain subject's endorsement (0.75). */
export const STANCE_WHICH_CONFIDENCE = 0.6;

/** True when `speaker` is the relative "which" right after a comma: "The union, which endorsed ...". */
export function isCommaWhichSubject(doc: Doc, speaker: Mention): boolean {
  const first = tokenAt(doc, speaker.first);
  return speaker.last - speaker.first === 1 && first.lower === 'which' && speaker.first > 0 && tokenAt(doc, speaker.first - 1).value === ',';
}
