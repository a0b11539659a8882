/**
 * Defects noticed in invented news (lead65), each pinned with the exact
 * quotes it gives now, and negatives that must yield nothing more:
 * - ", citing X" after a clause reports what is cited (X), with the clause's
 *   subject or the attribution before it as speaker, by default too (the
 *   content was the clause before the comma, or nothing after "Lee said,");
 *   a leading "Citing X, CLAUSE" keeps its source-phrase reading.
 * - a live blog's time stamp with "am"/"pm" ("9:05 am A shelter has
 *   opened, ...") leaves them out of the content (content kept "am"), and a
 *   time zone after a stamp is no first name ("15:02 GMT Brandt:" was named
 *   "GMT Brandt").
 * - "..., the mayors claim, adding that ..." and "..., the people say,
 *   adding that ...": the participle goes on with the attribution before it
 *   (its speaker was "Taxes", the clause's first word).
 * - a subject with a participle and an infinitive after it ("A clerk not
 *   authorized to discuss the inquiry into the ferry accounts said ...") is
 *   the speaker whole (it was the object at the end, "the ferry accounts").
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { describeNamedTables, named } from './support/name-rows.js';
import { extract } from './support/invariants.js';

const EVERY = { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] as const };

describeNamedTables('lead65: ", citing X" reports X', {
  fixes: [
    ['after a clause', 'Lee quit the board, citing stress at work.', [
      named(['stress at work'], 'Lee', 'Lee', 'citing', 'reported/speech-object'),
    ]],
    ['after a clause of an organisation', 'The council kept the pier closed, citing a safety report.', [
      named(['a safety report'], 'The council', 'The council', 'citing', 'reported/speech-object'),
    ]],
    ['after an attribution and a phrase of place', 'The plan will fail, the governor said in a statement, citing rising costs.', [
      named(['The plan will fail'], 'the governor', 'the governor', 'said', 'reported/content-speaker-cue'),
      named(['rising costs'], 'the governor', 'the governor', 'citing', 'reported/speech-object'),
    ]],
    ['after a direct quote and its attribution', '"We are done," Lee said, citing stress at work.', [
      named(['We are done,'], 'Lee', 'Lee', 'said', 'direct/trailing-speaker-cue', 'direct'),
      named(['stress at work'], 'Lee', 'Lee', 'citing', 'reported/speech-object'),
    ]],
    ['set off by commas after the subject', 'The Gazette, citing court records, reported that the pier was sold.', [
      named(['court records'], 'The Gazette', 'Gazette', 'citing', 'reported/speech-object'),
      named(['the pier was sold'], 'The Gazette', 'Gazette', 'reported', 'reported/cue-that'),
    ]],
  ],
  nothing: [
    ['"for citing": no clause is reported', 'The paper was fined for citing a fake source.'],
  ],
  negatives: [
    ['a leading "Citing X," keeps the source-phrase reading', 'Citing court records, the Gazette reported that the pier was sold.', [
      named(['the Gazette reported that the pier was sold'], 'the Gazette', 'Gazette', 'Citing', 'reported/according-to-lead'),
    ]],
  ],
});

describe('lead65: ", citing X" with every category', () => {
  test('the same content, an evidence report', () => {
    const input = 'Lee quit the board, citing stress at work.';
    expect(extract(input).quotes.map((q) => [q.text, q.cue?.category])).toEqual([['stress at work', 'source']]);
    expect(extract(input, { categories: [...EVERY.categories] }).quotes.map((q) => [q.text, q.cue?.category])).toEqual([['stress at work', 'evidence']]);
  });
});

describeNamedTables('lead65: "am"/"pm" and a time zone after a live blog\'s time stamp', {
  fixes: [
    ['"am" before narration', '9:05 am A shelter has opened, the council says.', [
      named(['A shelter has opened'], 'the council', 'the council', 'says', 'reported/content-speaker-cue'),
    ]],
    ['"p.m." and a zone before narration', '9:05 p.m. EST A shelter has opened, the council says.', [
      named(['A shelter has opened'], 'the council', 'the council', 'says', 'reported/content-speaker-cue'),
    ]],
    ['a zone before a name and a colon', '15:02 GMT Brandt: "We are closed."', [
      named(['We are closed.'], 'Brandt', 'Brandt', ':', 'direct/name-colon', 'direct'),
    ]],
    ['a zone before a full name and a cue', '15:02 GMT Ann Brandt said the pier was closed.', [
      named(['the pier was closed'], 'Ann Brandt', 'Ann Brandt', 'said', 'reported/cue-clause'),
    ]],
  ],
  negatives: [
    ['a clock time inside a sentence', 'The vote is at 9:05 am. A shelter has opened, the council says.', [
      named(['A shelter has opened'], 'the council', 'the council', 'says', 'reported/content-speaker-cue'),
    ]],
  ],
});

describeNamedTables('lead65: "adding" after a plural subject and its present', {
  fixes: [
    ['"the mayors claim" (read as a noun)', 'Taxes must fall, the mayors claim, adding that rates are too high.', [
      named(['Taxes must fall'], 'the mayors', 'the mayors', 'claim', 'reported/content-speaker-cue'),
      named(['rates are too high'], 'the mayors', 'the mayors', 'adding', 'reported/cue-that'),
    ]],
    ['"the people say"', 'Taxes must fall, the people say, adding that rates are too high.', [
      named(['Taxes must fall'], 'the people', 'the people', 'say', 'reported/content-speaker-cue'),
      named(['rates are too high'], 'the people', 'the people', 'adding', 'reported/cue-that'),
    ]],
  ],
  negatives: [
    ['a plural object before the comma', 'The board met the women, adding that rates are too high.', [
      named(['rates are too high'], 'The board', 'The board', 'adding', 'reported/cue-that'),
    ]],
    ['"the people" after a preposition', 'The board cut the ferry fares for the people, adding that rates are too high.', [
      named(['rates are too high'], 'The board', 'The board', 'adding', 'reported/cue-that'),
    ]],
  ],
});

describeNamedTables('lead65: a participle and an infinitive inside a long subject', {
  fixes: [
    ['"not authorized to discuss"', 'A clerk not authorized to discuss the inquiry into the ferry accounts said no one was charged.', [
      named(['no one was charged'], 'A clerk not authorized to discuss the inquiry into the ferry accounts', 'A clerk not authorized to discuss the inquiry into the ferry accounts', 'said', 'reported/cue-clause'),
    ]],
    ['"authorized to discuss"', 'A clerk authorized to discuss the inquiry said no one was charged.', [
      named(['no one was charged'], 'A clerk authorized to discuss the inquiry', 'A clerk authorized to discuss the inquiry', 'said', 'reported/cue-clause'),
    ]],
  ],
  negatives: [
    ['a finite verb before the infinitive is a clause of its own', 'The mayor wanted to discuss the budget and aides said the vote was close.', [
      named(['the vote was close'], 'aides', 'aides', 'said', 'reported/cue-clause'),
    ]],
  ],
});
