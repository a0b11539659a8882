/**
 * Speaker finding: the noun phrase that speaks for a cue, read from POS tags
 * (titles, possessives, appositives, prepositional tails, shared subjects).
 * The rules live one family to a file in `./find`; this module is the face the
 * attribution stage reads. Resolution of the phrases found into entities is
 * apart, in `./entities`.
 * @internal
 */
import { forgetSpeakersBefore, speakerBefore } from './find/before/speaker-before.js';
import { forgetSharedSubjects, sharedSubject as sharedSubjectBy } from './find/participle.js';
import { conjoinedClauseSubject as conjoinedClauseSubjectBy } from './find/conjoined-clause.js';
import type { Mention } from './shape.js';
import type { Doc } from '../prepare/document.js';
export { makeMention, nameText } from './find/mention.js';
export { canSpeak, countOfPronounAt, namesPeopleOrBody } from './find/can-speak.js';
export { isPassiveAt } from './find/passive.js';
export { phraseEndAfter } from './find/noun-phrase.js';
export { speakerBefore } from './find/before/speaker-before.js';
export { bareQuantifier } from './find/bare-quantifier.js';
export { speakerAfter } from './find/after.js';
export { oneSpeaker } from './find/one-word.js';
export { sentenceSubject } from './find/subject.js';
export { extraposedSpeaker } from './find/extraposed.js';
export { sharedAcrossTime } from './find/coordinated-time.js';
export { coordinatedCueSpeaker } from './find/coordinated-cue.js';
export { quoterOf } from './find/quoted-as.js';
export { subordinateGerundSubject } from './find/subordinate-gerund.js';
export { isGerundSubjectObject } from './find/gerund-object.js';
export { isNameToken } from './find/name-tokens.js';
export { elidedArticleParticleStart } from './find/name-particles.js';
export { isInnerHyphen } from './find/name-marks.js';
export { timePhraseEnd } from './find/time-phrase.js';

/**
 * Drops the speaker searches remembered for `doc` once the rules are done with
 * them (a long text's answers hold megabytes); resolution still asks a few,
 * which are worked out again, the same as remembered ones.
 */
export function forgetSpeakerSearches(doc: Doc): void {
  forgetSpeakersBefore(doc);
  forgetSharedSubjects(doc);
}

/**
 * The subject of a clause joined by "and" or "but" that the comma at token
 * `comma` closes before a participle ('and Varga praised her "harbor plan,"
 * saying'), when it is a name or a personal pronoun; else null.
 */
export function conjoinedClauseSubject(doc: Doc, comma: number, sentenceFirst: number): Mention | null {
  return conjoinedClauseSubjectBy(doc, comma, sentenceFirst, speakerBefore);
}

/**
 * The sentence subject shared by a participle or a coordinated cue ("Lee
 * mocked it, saying ...", "Lee arrived and said ..."): the rule of
 * find/participle.ts, which is handed {@link speakerBefore} so as not to
 * import it back.
 */
export function sharedSubject(doc: Doc, cueFirst: number, cueHead: number): Mention | null {
  return sharedSubjectBy(doc, cueFirst, cueHead, speakerBefore);
}
