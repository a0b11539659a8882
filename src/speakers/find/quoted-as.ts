/**
 * The speaker of "saying" in "The Gazette quoted an official as saying that
 * ...": the one who quotes, the subject of "quoted" (or of "cited").
 * @internal
 */
import type { Mention } from '../shape.js';
import type { Doc } from '../../prepare/document.js';
import { isMarkToken, tokenAt } from '../../prepare/lookup.js';
import { speakerBefore } from './before/speaker-before.js';
import { verbGroupStart } from './verb-group.js';
import { makeMention } from './mention.js';
import { kindOfName } from '../kinds.js';
import { QUOTING_VERBS } from '../../data/cues.js';
import { WRITTEN_BE_FORMS } from '../../data/clauses.js';


/** How many tokens the quoted person's phrase may hold between the verb and "as". */
const MAX_OBJECT = 12;

/**
 * The subject of "quoted" or "cited" when the cue at `cueFirst` is "saying"
 * (or another gerund) after "as" and that verb's object: "The Gazette quoted an
 * unnamed official as saying ..." is the Gazette's; else null. A person named
 * as the object speaks for themselves: "The Times quoted Ann Lee as saying" is
 * Ann Lee's.
 */
export function quoterOf(doc: Doc, cueFirst: number, cueHead: number): Mention | null {
  const sentence = doc.sentences[tokenAt(doc, cueHead).sent];
  if (!sentence || !/ing$/.test(tokenAt(doc, cueHead).lower)) return null;
  const as = cueFirst - 1;
  if (as - 2 < sentence.first || tokenAt(doc, as).lower !== 'as') return null;
  for (let v = as - 2; v >= sentence.first && v >= as - 1 - MAX_OBJECT; v--) {
    const t = tokenAt(doc, v);
    if (isMarkToken(t.value) || /^[;:]$/.test(t.value)) return null;
    if (t.pos !== 'VERB' || !QUOTING_VERBS.has(t.lemma)) continue;
    // (a passive has no quoter before it: "Lee is quoted as saying")
    if (!/ed$/.test(t.lower) || WRITTEN_BE_FORMS.has(tokenAt(doc, v - 1).lower)) return null;
    const quoted = makeMention(doc, v + 1, as);
    if (quoted?.kind === 'name' && kindOfName(quoted.name) === 'person') return quoted;
    return speakerBefore(doc, verbGroupStart(doc, v, sentence.first), sentence.first);
  }
  return null;
}
