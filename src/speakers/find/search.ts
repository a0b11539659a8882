/**
 * The speaker search handed to the rules that before.ts asks and that ask it
 * back (a participle's shared subject, a time spender): they take it as an
 * argument instead of importing before.ts, so that no import goes round in a
 * cycle.
 * @internal
 */
import type { Mention } from '../shape.js';
import type { Doc } from '../../prepare/document.js';

/**
 * The speaker search back from token `end` to `floor` (`speakerBefore` of
 * before.ts). Its caller passes it in, so that a file which before.ts asks
 * does not import before.ts back.
 */
export type SpeakerSearch = (doc: Doc, end: number, floor: number) => Mention | null;
