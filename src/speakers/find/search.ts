/**
 * The speaker search and the phrase reader handed to the rules that before/speaker-before.ts
 * or mention.ts ask and that ask them back (a participle's shared subject, a
 * time spender, a tagged coordination): they take them as arguments instead
 * of importing them, so that no import goes round in a cycle.
 * @internal
 */
import type { Mention } from '../shape.js';
import type { Doc } from '../../prepare/document.js';

/**
 * The speaker search back from token `end` to `floor` (`speakerBefore` of
 * before/speaker-before.ts). Its caller passes it in, so that a file which it asks
 * does not import it back.
 */
export type SpeakerSearch = (doc: Doc, end: number, floor: number) => Mention | null;

/**
 * The phrase reader of mention.ts (`makeMention`): the speaker mention that
 * tokens [first, last) make, or null. Passed in for the same reason.
 */
export type MentionMaker = (doc: Doc, first: number, last: number) => Mention | null;
