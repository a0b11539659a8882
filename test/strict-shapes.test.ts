/**
 * Reported speech (issue 11), strict shapes: a quantifier pronoun that the
 * tagger reads as an adverb still opens a reported clause ("said none were
 * added"), and a bare participle closed by a comma after its noun is an
 * absolute phrase ("With 95 percent of precincts reporting, ..."), not a cue
 * for the clause after it; a cue after a modal whose subject follows a comma
 * ("..., she would advise ...") goes on with the content instead of starting a
 * report of its own; a participle with quoted words after the subject's
 * own object ("issued a statement calling it "a mess"") has that subject as
 * speaker. Invented sentences with the exact parts, speaker,
 * cue and rule expected, and negatives that must yield nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['said none + verb', 'Reed said none were left on the dock by noon.', [
    row(['none were left on the dock by noon'], 'Reed', 'said', 'reported/cue-clause'),
  ]],
  ['said all + verb', 'Ms. Lund said all were counted by hand.', [
    row(['all were counted by hand'], 'Ms. Lund', 'said', 'reported/cue-clause'),
  ]],
  // a participle after a noun and a comma, before a fronted "if" clause, still reports what follows
  ['a post saying, if ..., she would', 'Ms. Lund sent a post saying, if elected, she would rebuild the pier.', [
    row(['if elected, she would rebuild the pier'], 'Ms. Lund', 'saying', 'reported/cue-clause'),
  ]],
  // a cue after a modal, its subject after the comma that closes a fronted clause, is the content's main clause
  ['that if ..., she would advise', 'Reed said that if the ferry ran at night, she would advise closing the dock.', [
    row(['if the ferry ran at night, she would advise closing the dock'], 'Reed', 'said', 'reported/cue-that'),
  ]],
  ['that as ..., X will begin', 'Ms. Lund said that as tolls rose over the summer, Reed will start to lose riders.', [
    row(['as tolls rose over the summer, Reed will start to lose riders'], 'Ms. Lund', 'said', 'reported/cue-that'),
  ]],
  // after a plain clause, a modal cue with its subject after the comma is a report of its own
  ['said CLAUSE, X will argue that', 'Reed said the new toll was fair, Ms. Lund will argue that it is not.', [
    row(['the new toll was fair'], 'Reed', 'said', 'reported/cue-clause'),
    row(['it is not'], 'Ms. Lund', 'will argue', 'reported/cue-that'),
  ]],
  // a hyphen inside a name is no dash before an aside ("- a claim ..." is one)
  ['hyphen before "a" inside a name', 'Reed said the Lunds had stayed at Port-a-Lune in the spring.', [
    row(['the Lunds had stayed at Port-a-Lune in the spring'], 'Reed', 'said', 'reported/cue-clause'),
  ]],
  ['spaced hyphen before an aside', 'Reed said the pier was safe - a claim the board disputes.', [
    row(['the pier was safe'], 'Reed', 'said', 'reported/cue-clause'),
  ]],
  // a concessive clause before the content is the narrator's framing
  ['Though ..., CLAUSE, X said', 'Though the board met twice in May, the pier is still unsafe, Reed said.', [
    row(['the pier is still unsafe'], 'Reed', 'said', 'reported/content-speaker-cue'),
  ]],
  // a cue with its own topic after it: the fronted phrase before the comma is not its content
  ['fronted phrase, X warned of Y', 'At the next hearing, Reed warned of the risks of the new pier.', [
    row(['the risks of the new pier'], 'Reed', 'warned of', 'reported/cue-topic'),
  ]],
  ['fronted clause, X talked about Y', 'Not long after the board met, Ms. Lund talked about the pier.', [
    row(['the pier'], 'Ms. Lund', 'talked about', 'reported/cue-topic'),
  ]],
  // a cue with its own object after it: the fronted clause before the comma is not its content
  ['fronted clause, X announced OBJECT', 'An hour after the count began, Lee announced 12 seats for the harbor party, a result that drew cheers.', [
    row(['12 seats for the harbor party'], 'Lee', 'announced', 'reported/cue-object'),
  ]],
  // a time noun with a clause of its own is a fronted time phrase, not a main clause
  ['time clause, X spoke about Y', 'The night the dike broke, the mayor spoke about the looting.', [
    row(['the looting'], 'the mayor', 'spoke about', 'reported/cue-topic'),
  ]],
  ['time clause, X warned of Y', 'The year the cannery shut, the union warned of the layoffs.', [
    row(['the layoffs'], 'the union', 'warned of', 'reported/cue-topic'),
  ]],
  // a plain main clause before the comma stays the content, whatever follows the cue
  ['CLAUSE, X warned of Y', 'The new toll will hurt the ferry, Reed warned of the budget on Monday.', [
    row(['The new toll will hurt the ferry'], 'Reed', 'warned', 'reported/content-speaker-cue'),
  ]],
  ['CLAUSE, X complained about Y', 'The count was a farce, Ms. Lund complained about the clerk.', [
    row(['The count was a farce'], 'Ms. Lund', 'complained', 'reported/content-speaker-cue'),
  ]],
  // a listener after a verb of writing is no object
  ['CLAUSE, X wrote a colleague', 'The pier plan will fail, Reed wrote a colleague.', [
    row(['The pier plan will fail'], 'Reed', 'wrote', 'reported/content-speaker-cue'),
  ]],
  // a time phrase after the cue is no object
  ['CLAUSE, X reported two days ago', 'The pier is safe, the Harbor Times reported two days ago.', [
    row(['The pier is safe'], 'the Harbor Times', 'reported', 'reported/content-speaker-cue'),
  ]],
  // a participle with quoted words after the subject's own object: the subject speaks
  ['X issued a statement calling Y "Z"', 'The council issued a statement calling the ferry deal "a plain giveaway" to the port.', [
    row(['the ferry deal "a plain giveaway" to the port'], 'The council', 'issued a statement calling', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['X posted a video calling Y "Z"', 'Ms. Lund posted a video calling the new toll "highway robbery."', [
    row(['the new toll "highway robbery."'], 'Ms. Lund', 'calling', 'reported/cue-quoted-object', 'mixed'),
  ]],
  // a quoted sentence after a comma or a colon: the words before it are left out
  ['X repeated OBJECT: "SENTENCE"', 'Lee repeated a line from her first campaign: "We will fix the pier this year."', [
    row(['We will fix the pier this year.'], 'Lee', 'repeated', 'reported/cue-quoted-object', 'direct'),
  ]],
  // two quoted words are no sentence: the object stays
  ['X posted OBJECT - "two words"', 'Lee posted two words on her page - "Never again."', [
    row(['two words on her page - "Never again."'], 'Lee', 'posted', 'reported/cue-quoted-object', 'mixed'),
  ]],
];

/** An absolute phrase with a participle of saying reports nothing. */
const negatives: [string, string][] = [
  ['precincts reporting', 'With 95 percent of precincts reporting, Reed led by four points.'],
  ['all precincts reporting', 'With all precincts reporting, the harbor seat stayed with Reed.'],
];

describe('strict reported-speech shapes', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('strict reported-speech shapes: negatives', () => {
  test.each(negatives)('%s', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});
