/**
 * cue17: an -ly adverb right after a verb cue joins the cue, as annotated news
 * marks it (`widenCueTrailingAdverbs`, reported/cue-adverb.ts): `"...," Lee
 * said sarcastically`, `Lee noted repeatedly that ...`. An adverb that leads
 * on to a phrase of its own ("said recently in Dover"), one that opens the
 * content ("said nearly half ..."), and the listed exceptions ("only") stay
 * out. A statement put out joins the participle cue that describes it
 * (`widenCueMedia`, reported/cue-medium.ts): "issued a statement saying".
 * Invented sentences with the exact content, speaker and cue.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

const cases: [string, string, [string, string | undefined, string | undefined][]][] = [
  ['after a direct quote', '“That is just fine,” Ada Moss said sarcastically.', [['That is just fine,', 'Ada Moss', 'said sarcastically']]],
  ['before "that"', 'Tom Reyes noted repeatedly that the pier would close in May.', [['the pier would close in May', 'Tom Reyes', 'noted repeatedly']]],
  ['before a comma', 'The pier will close in May, Tom Reyes said recently.', [['The pier will close in May', 'Tom Reyes', 'said recently']]],
  // left out
  ['an adverb before a phrase of its own', 'Tom Reyes said recently in Dover that the pier would close.', [['the pier would close', 'Tom Reyes', 'said']]],
  ['an adverb that opens the content', 'Tom Reyes said nearly half the town agreed with him.', [['nearly half the town agreed with him', 'Tom Reyes', 'said']]],
  ['an adverb before a quotation', '“We will see,” Ada Moss said quietly into the phone.', [['We will see,', 'Ada Moss', 'said']]],
];

const media: [string, string, [string, string | undefined, string | undefined][]][] = [
  ['issued a statement saying', 'The Dobbins campaign issued a statement saying the plan would fail.', [['the plan would fail', 'The Dobbins campaign', 'issued a statement saying']]],
  ['sent out a press release saying that', 'Acme Corp. sent out a press release saying that the plant will close.', [['the plant will close', 'Acme Corp.', 'sent out a press release saying']]],
  ['released a brief statement saying', 'The mayor later released a brief statement saying she was pleased.', [['she was pleased', 'The mayor', 'released a brief statement saying']]],
  // left out: a phrase between the statement and the participle
  ['a time before the participle', 'Ada Moss issued a statement on Friday saying she was pleased.', [['she was pleased', 'Ada Moss', 'saying']]],
];

describe('cue17: the statement a participle cue describes joins the cue', () => {
  test.each(media)('%s', (_name, text, want) => {
    expect(extract(text).quotes.map((q) => [q.text, q.speaker?.name, q.cue?.span.text])).toEqual(want);
  });
});

describe('cue17: a trailing -ly adverb joins the verb cue', () => {
  test.each(cases)('%s', (_name, text, want) => {
    expect(extract(text).quotes.map((q) => [q.text, q.speaker?.name, q.cue?.span.text])).toEqual(want);
  });
});
