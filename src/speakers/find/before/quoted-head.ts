/**
 * A quoted title or a head noun in scare quotes right before a cue.
 * @internal
 */
import { titleObjectOf, titledMention } from '../quoted-title.js';
import { mentionWith, type Mention } from '../../shape.js';
import type { Doc } from '../../../prepare/document.js';
import { tokenAt } from '../../../prepare/lookup.js';
import { makeMention } from '../mention.js';
import { phraseStartBefore } from '../noun-phrase.js';
import { appositiveAfterName } from './appositive-owner.js';
import { scareQuotedHead } from './named-words.js';

/**
 * The speaker when a quoted title or a head in scare quotes stands right before `end`: 'The authors of the
 * “Harbour Plan” wrote', 'The so-called "experts" say'; else null.
 */
export function quotedHeadSpeaker(doc: Doc, end: number, floor: number): Mention | null {
  // 'The authors of the “Harbour Plan” wrote': a quoted title is the object of "of" right before the verb
  const of = titleObjectOf(doc, end, floor);
  if (of > floor) {
    const owner = phraseStartBefore(doc, of, floor);
    // (not in an appositive set off after a name, 'As Ada Brook, a professor and author of “Rules,” put it': the
    // appositive reading below finds the name)
    const plain = owner >= 0 && !appositiveAfterName(doc, owner, floor) ? makeMention(doc, owner, of) : null;
    // (a name keeps its name: 'Ida Marsh of the “Tarn Ledger” said' is Ida Marsh)
    if (plain?.kind === 'description') return titledMention(doc, plain, end);
    if (plain?.kind === 'name') return mentionWith(plain, { last: end, end: tokenAt(doc, end - 1).end });
  }
  // 'The so-called "experts" say', 'This TV "reporter" has claimed': a head noun in scare quotes right before the verb
  const scared = scareQuotedHead(doc, end, floor);
  if (scared) return scared;
  return null;
}
