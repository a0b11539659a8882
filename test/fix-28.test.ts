/**
 * Known wrong outputs, stop 33 round 2 (fix28): a transcript label in capitals
 * that the tagger reads as a verb ("FORD:"); a question that puts words to
 * the listener ("Are you saying ...?"), which reports nothing; "added" with a
 * compound noun object the tagger split into a noun and a verb in -s ("added
 * support beams to the barn"); a time phrase after "as X put it" ("as the
 * mayor put it on Friday"); "that is how X described Y" after a quote; a
 * noun of saying in -ing right after a noun ("a letter warning that"); with
 * every category, a record's participle read as a verb opening the sentence
 * ("Leaked documents show ...").
 * Invented sentences; each row: input, and the expected
 * `kind | text | speaker | cue | rule` of each quote in order.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { quoteLines as rows } from './support/rows.js';

// [class, invented input, expected quotes in order]
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  ['caps-verb-label', "KING: We are ready.\nFORD: We are not ready at all.", ["indirect | We are ready | KING | : | reported/transcript","indirect | We are not ready at all | FORD | : | reported/transcript"]],
  ['caps-verb-label', "FORD: The plan will work.", ["indirect | The plan will work | FORD | : | reported/transcript"]],
  ['caps-verb-label', "HUNT: The talks will go on.", ["indirect | The talks will go on | HUNT | : | reported/transcript"]],
  ['caps-verb-label', "BUSH: Yes, we can.\nWARD: No, we cannot.", ["indirect | Yes, we can | BUSH | : | reported/transcript","indirect | No, we cannot | WARD | : | reported/transcript"]],
  ['caps-verb-label-unchanged', "LOOK: Photos of the rally are going viral.", []],
  ['caps-verb-label-unchanged', "WATCH: The mayor speaks at noon today.", []],
  ['question-to-listener', "WATKINS: Are you saying the report is wrong?", ["indirect | Are you saying the report is wrong | WATKINS | : | reported/transcript"]],
  ['question-to-listener', "Are you saying the report is wrong?", []],
  ['question-to-listener', "Did you tell them the vote was close?", []],
  ['question-to-listener', "Are you suggesting the plan is flawed?", []],
  ['question-to-listener-unchanged', "You said the report was wrong.", ["indirect | the report was wrong | You | said | reported/cue-clause"]],
  ['question-to-listener-unchanged', "Did she say the report was wrong?", ["indirect | the report was wrong | she | say | reported/cue-clause"]],
  ['question-to-listener-unchanged', "Critics are saying the plan is flawed.", ["indirect | the plan is flawed | Critics | are saying | reported/cue-clause"]],
  ['compound-object', "Workers added support beams to the old barn.", []],
  ['compound-object', "Crews added safety rails to the bridge.", []],
  ['compound-object', "The firm added storage tanks to the site.", []],
  ['compound-object-unchanged', "He added the vote would be close.", ["indirect | the vote would be close | He | added | reported/cue-clause"]],
  ['compound-object-unchanged', "He added Lee wants to run.", ["indirect | Lee wants to run | He | added | reported/cue-clause"]],
  ['compound-object-unchanged', "She added the council meets on Monday.", ["indirect | the council meets on Monday | She | added | reported/cue-clause"]],
  ['put-it-time', "\"We will rebuild,\" as the mayor put it on Friday.", ["direct | We will rebuild, | the mayor | put it | direct/trailing-speaker-cue"]],
  ['put-it-time', "\"The plan is dead,\" as one aide put it in May.", ["direct | The plan is dead, | one aide | put it | direct/trailing-speaker-cue"]],
  ['put-it-time', "As one aide put it yesterday, the plan is dead.", ["indirect | the plan is dead | one aide | put it | reported/cue-clause"]],
  ['put-it-time', "\"It is over,\" as the coach put it last week.", ["direct | It is over, | the coach | put it | direct/trailing-speaker-cue"]],
  ['as-said-time', "\"It is over,\" as the coach said yesterday.", ["direct | It is over, | the coach | said | direct/trailing-speaker-cue"]],
  ['put-it-time-unchanged', "\"We will rebuild,\" as the mayor put it.", ["direct | We will rebuild, | the mayor | put it | direct/trailing-speaker-cue"]],
  ['put-it-time-unchanged', "As he put it on the shelf, the phone rang.", []],
  ['put-it-time-unchanged', "He put it on the table on Friday.", []],
  ['that-is-how', "\"It was chaos\" — that is how one nurse described the night.", []],
  ['that-is-how', "\"A disaster.\" That was how the mayor described the storm.", []],
  ['that-is-how', "That is how the coach described the game.", []],
  ['that-is-how-unchanged', "The coach described the game as a mess.", ["indirect | the game as a mess | The coach | described | reported/cue-object"]],
  ['text-participle', "Residents received a letter warning that rents would rise.", ["indirect | rents would rise | a letter | warning | reported/noun-cue-fallback-subject"]],
  ['text-participle', "Tenants got a notice warning that the rent would rise.", ["indirect | the rent would rise | - | warning | reported/noun-cue"]],
  ['text-participle-unchanged', "Lee bristled at the suggestion that the vote was rigged.", ["indirect | the vote was rigged | Lee | suggestion | reported/noun-cue-fallback-subject"]],
];

describe('known wrong outputs, stop 33 round 2 (fix28)', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

/** Every cue category on. */
const ALL = ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] as const;

// every category: the participle opening a record's phrase belongs to the source
const EVERY: readonly (readonly [string, string, readonly string[]])[] = [
  ['opening-participle', "Leaked documents show the plan was drafted in May.", ["indirect | the plan was drafted in May | Leaked documents | show | reported/evidence-clause"]],
  ['opening-participle', "Newly released records show the plan was drafted in May.", ["indirect | the plan was drafted in May | Newly released records | show | reported/evidence-clause"]],
  ['opening-participle', "In May, leaked documents showed the plan was drafted.", ["indirect | the plan was drafted | leaked documents | showed | reported/evidence-clause"]],
  ['opening-participle', "Revised figures show the economy grew last year.", ["indirect | the economy grew last year | Revised figures | show | reported/evidence-clause"]],
  ['opening-participle-unchanged', "Court documents show the plan was drafted in May.", ["indirect | the plan was drafted in May | Court documents | show | reported/evidence-clause"]],
  ['opening-participle-unchanged', "The leaked documents show the plan was drafted in May.", ["indirect | the plan was drafted in May | The leaked documents | show | reported/evidence-clause"]],
];

describe('known wrong outputs, stop 33 round 2 (fix28), every category', () => {
  test.each(EVERY)('%s: %s', (_family, input, expected) => {
    expect(rows(extract(input, { categories: [...ALL] }))).toEqual(expected);
  });
});
