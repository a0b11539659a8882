/**
 * Review 23 (fix23): names and cues on invented text. A "no" or "not" inside
 * the subject's noun phrase does not negate the cue; "the company" joins a
 * bare one-word name that was the subject of the sentence before; a
 * capitalised preposition inside a name before the verb stays in the name;
 * a present tense the tagger read as a noun after "The senator" is the verb
 * a later "and says" shares its subject with; a possessive pronoun of a noun
 * cue resolves like a pronoun subject. Invented sentences only (each row:
 * input, and the expected `name | kind | via | mention` of each quote, or
 * the cue's text and negation).
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { Extraction } from '../src/index.js';

const EVERY_CATEGORY = ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] as const;

/** Each quote's speaker as `name | kind | via | mention text`, or null. */
function speakers(r: Extraction): (string | null)[] {
  return r.quotes.map((q) => (q.speaker ? `${q.speaker.name} | ${r.speakers[q.speaker.id]!.kind} | ${q.speaker.via} | ${q.speaker.mention?.text ?? ''}` : null));
}

/** Each quote's cue as `text | negated`, or null. */
function cues(r: Extraction): (string | null)[] {
  return r.quotes.map((q) => (q.cue ? `${q.cue.span.text} | ${q.cue.negated}` : null));
}

// [invented input, expected cue of each quote in order]
const NEGATION: readonly (readonly [string, readonly (string | null)[]])[] = [
  // a negation inside the subject's noun phrase is not the verb's
  ['Other former officers with no direct role in the case said the plan was sound.', ['said | false']],
  ['Two nurses with no ties to the hospital said the wards were crowded.', ['said | false']],
  ['Workers with no union have said the plant will shut.', ['have said | false']],
  ['People not involved in the talks said the deal was close.', ['said | false']],
  ['Ann Lee, not the mayor, said the road would close.', ['said | false']],
  // the verb's own negation, and a subject opened by "no", stay negated
  ['Ann Lee did not say the road would close.', ['did not say | true']],
  ['Ann Lee never said the road would close.', ['never said | true']],
  ['No official said the road would close.', ['said | true']],
  ['After the vote no official said the plan was sound.', ['said | true']],
  ["I'm not going in and saying the plan is sound.", ['saying | true']],
  // a bare verb after "and" in the form of the negated verb shares the negation; a finite one or another form does not
  ['The mayor did not come out and say the chief should go.', ['say | true']],
  ['He did not attend the meeting and said he was ill.', ['said | false']],
  ['The mayor put out a statement saying he would not support the plan and suggesting that the council should wait.', ['put out a statement saying | false', 'suggesting | false']],
];

// [rule family, invented input, expected speaker of each quote in order]
const SPEAKERS: readonly (readonly [string, string, readonly (string | null)[]])[] = [
  // "the company" after a bare one-word name that was the subject of the sentence before
  ['company', 'Apple said sales fell. The company said it would cut prices.', ['Apple | organization | name | Apple', 'Apple | organization | description | The company']],
  ['company', 'Vexo said sales fell in Spain. The firm said it would cut prices.', ['Vexo | organization | name | Vexo', 'Vexo | organization | description | The firm']],
  ['company', 'Lloyds said profits rose. The bank said it would hire more staff.', ['Lloyds | organization | name | Lloyds', 'Lloyds | organization | description | The bank']],
  // not a first name, a surname of a full name, a place, an object, an indefinite description or a name two sentences back
  ['company-not', 'Ann said sales fell. The company said it would cut prices.', ['Ann | person | name | Ann', 'The company | organization | description | The company']],
  ['company-not', 'Tom Reyes runs a bakery. Reyes said sales fell. The company said it would cut prices.', ['Tom Reyes | person | name | Reyes', 'The company | organization | description | The company']],
  ['company-not', 'Texas said sales fell. The company said it would cut prices.', ['Texas | place | name | Texas', 'The company | organization | description | The company']],
  // (since org52 a bare proper name of no person, in the sentence before, is the business "the company" stands for)
  ['company-named', 'Ann Lee praised Vexo. The company said it would cut prices.', ['Vexo | organization | description | The company']],
  ['company-not', 'Apple said sales fell. A company said it would cut prices.', ['Apple | person | name | Apple', 'A company | organization | description | A company']],
  ['company-not', 'Rain fell all week. The company said it would cut prices.', ['The company | organization | description | The company']],
  ['company-not', 'Apple said sales fell. Rain fell all week. The company said it would cut prices.', ['Apple | person | name | Apple', 'The company | organization | description | The company']],
  // a capitalised preposition inside a name before the verb
  ['name-link', 'A coalition called Hands Across Dover said the pier must stay.', ['Hands Across Dover | person | name | Hands Across Dover']],
  ['name-link', 'A campaign named Walk Beyond Coal said the plant must shut.', ['Walk Beyond Coal | person | name | Walk Beyond Coal']],
  ['name-link', 'The group Hands Across Dover said the pier must stay.', ['Hands Across Dover | person | name | The group Hands Across Dover']],
  ['name-link', 'A campaign named Stand With Dover said the pier must stay.', ['Stand With Dover | person | name | Stand With Dover']],
  // a plural person noun opening the sentence before "of" is a description
  ['families', 'Families of the victims said the inquiry was too slow.', ['Families of the victims | group | description | Families of the victims']],
  ['families', 'Relatives of the dead said the inquiry was too slow.', ['Relatives of the dead | group | description | Relatives of the dead']],
  // a present tense read as a noun after "The senator": a cue after "and" shares its subject
  ['present-noun', 'The senator attacks the governor and says that the budget is a fraud.', ['The senator | person | description | The senator']],
  ['present-noun', 'The senator attacks the governor and claims that the budget is a fraud.', ['The senator | person | description | The senator']],
  ['present-noun', 'The mayor praises the plan and says that it will work.', ['The mayor | person | description | The mayor', 'The mayor | person | description | The mayor']],
  // unchanged: a compound of nouns, and a plural subject
  ['present-noun', 'The company profits rise and analysts say the deal is good.', ['analysts | group | description | analysts']],
];

// [invented input, expected speaker of each quote in order], every category on
const POSSESSIVE: readonly (readonly [string, readonly (string | null)[]])[] = [
  ['Tom Hale spoke first. His belief that the plan would fail proved wrong.', ['Tom Hale | person | pronoun | His']],
  ['Ann Lee spoke first. Her view that the plan would fail proved wrong.', ['Ann Lee | person | pronoun | Her']],
  ['The board heard from Tom Hale on Monday. His belief that the plan would fail proved wrong.', ['Tom Hale | person | pronoun | His']],
  ['Tom Hale spoke first. In the end, his belief that the plan would fail proved wrong.', ['Tom Hale | person | pronoun | his']],
  // a pronoun of the other gender, or with nobody before it, stays unresolved, as a pronoun subject does
  ['Ann Lee spoke first. His belief that the plan would fail proved wrong.', ['His | unknown | pronoun | His']],
  ['His belief that the plan would fail proved wrong.', ['His | unknown | pronoun | His']],
];

describe('review 23: a negation inside the subject', () => {
  test.each(NEGATION)('%s', (input, expected) => {
    expect(cues(extract(input))).toEqual(expected);
  });
});

describe('review 23: speakers', () => {
  test.each(SPEAKERS)('%s: %s', (_family, input, expected) => {
    expect(speakers(extract(input))).toEqual(expected);
  });
});

describe('review 23: possessive pronouns of noun cues (every category)', () => {
  test.each(POSSESSIVE)('%s', (input, expected) => {
    expect(speakers(extract(input, { categories: [...EVERY_CATEGORY] }))).toEqual(expected);
  });
});
