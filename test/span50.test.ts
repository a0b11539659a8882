/**
 * Speaker spans and names on invented text (branch span50): an attribution set
 * inside its clause with an adjunct after the cue ("These workers, Ada Brook
 * explained earlier in the council meeting, were paid well"), a quote that goes
 * on after a participle aside ('"A," Ada Moss said, referring to the vote, "and
 * B."'), a verb of answering before a medium and a participle ("Lee responded
 * in a statement arguing"), "Resident after resident", a pronoun after "Tom Reyes
 * hoped", and shapes whose speaker name is already right. Exact parts, speaker
 * mention and name, cue and rule; plus shapes that must yield nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { namedRows, named as row, type NamedRow } from './support/name-rows.js';


const cases: [string, string, NamedRow[]][] = [
  ['a description before a name, an adjunct after the cue, then the verb', 'These workers, Ada Brook explained earlier in the council meeting, were paid well.', [
    row(['These workers', 'were paid well'], 'Ada Brook', 'Ada Brook', 'explained', 'reported/content-speaker-cue'),
  ]],
  ['a pronoun and a prepositional adjunct after the cue', 'These workers, she explained in a meeting, were paid well.', [
    row(['These workers', 'were paid well'], 'she', 'she', 'explained', 'reported/content-speaker-cue'),
  ]],
  ['a description speaker and "in an interview"', 'The plan, the mayor said in an interview, will fail.', [
    row(['The plan', 'will fail'], 'the mayor', 'the mayor', 'said', 'reported/content-speaker-cue'),
  ]],
  ['a bare cue before the comma (unchanged)', 'These workers, Ada Brook explained, were paid well.', [
    row(['These workers', 'were paid well'], 'Ada Brook', 'Ada Brook', 'explained', 'reported/content-speaker-cue'),
  ]],
  ['a quote that goes on after a participle aside', '"We will win," Ada Moss said, referring to the vote, "and we will keep the pier."', [
    row(['We will win,', 'and we will keep the pier.'], 'Ada Moss', 'Ada Moss', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a place after "of" is not the speaker', 'Ada Moss of Dover, Delaware, says the port is safe.', [
    row(['the port is safe'], 'Ada Moss of Dover, Delaware', 'Ada Moss', 'says', 'reported/cue-clause'),
  ]],
  ['"of course" set off after a name', 'Nell Arbor, of course, said the plan failed.', [
    row(['the plan failed'], 'Nell Arbor', 'Nell Arbor', 'said', 'reported/cue-clause'),
  ]],
  ['"show" before an inserted attribution is a verb', 'The records show, Ada Moss said, that the dock flooded.', [
    row(['The records show', 'that the dock flooded'], 'Ada Moss', 'Ada Moss', 'said', 'reported/parenthetical-cue'),
  ]],
  ['"Greet" as a surname', 'Ada Greet said the port is safe.', [
    row(['the port is safe'], 'Ada Greet', 'Ada Greet', 'said', 'reported/cue-clause'),
  ]],
  ['a verb of answering and a medium before a participle cue', 'Lee responded in a statement arguing that the fees were fair.', [
    row(['the fees were fair'], 'Lee', 'Lee', 'arguing', 'reported/cue-that'),
  ]],
  ['"replied" and "in a letter" before a participle cue', 'Lee replied in a letter arguing that the fees were fair.', [
    row(['the fees were fair'], 'Lee', 'Lee', 'arguing', 'reported/cue-that'),
  ]],
  ['a participle of a verb with an object still describes its subject', 'People interviewed in the study said the fees were fair.', [
    row(['the fees were fair'], 'People interviewed in the study', 'People interviewed in the study', 'said', 'reported/cue-clause'),
  ]],
  ['"N after N" speaks as a whole', 'Resident after resident told the council the road was unsafe.', [
    row(['the road was unsafe'], 'Resident after resident', 'Resident after resident', 'told', 'reported/cue-clause'),
  ]],
  ['"N after N" in a fronted adjunct is no speaker', 'In state after state, officials said the road was unsafe.', [
    row(['the road was unsafe'], 'officials', 'officials', 'said', 'reported/cue-clause'),
  ]],
  ['a pronoun after a content whose subject reports a state of mind of its own', 'Tom Reyes hoped, he said, that the port would reopen.', [
    row(['Tom Reyes hoped', 'that the port would reopen'], 'he', 'Tom Reyes', 'said', 'reported/content-speaker-cue'),
  ]],
  ['a pronoun of the other gender stays unresolved', 'Ann Lee hoped, he said, that the port would reopen.', [
    row(['Ann Lee hoped', 'that the port would reopen'], 'he', 'he', 'said', 'reported/content-speaker-cue'),
  ]],
  ['a content with no verb of a state of mind: the pronoun is someone else', 'Tom Reyes will lose, he said, because the port closed.', [
    row(['Tom Reyes will lose', 'because the port closed'], 'he', 'he', 'said', 'reported/content-speaker-cue'),
  ]],
  // train: a verb of publishing and its text before "that said" credits the publisher as often as the text
  // (the one train row of this shape, "released a video that said", names the subject); kept
  ['a report that said, after a verb of publishing: the subject', 'Officials published a report that said the dock was unsafe.', [
    row(['the dock was unsafe'], 'Officials', 'Officials', 'said', 'reported/cue-clause'),
  ]],
];

const nothing: [string, string][] = [
  ['an adverb opens the phrase before a participle', 'His replies, particularly compared with the answers of his rivals, are gentle.'],
  ['a participle of a phrase inside the subject, then a plain verb', 'Ann Lee, in a guest column published by The Harbor Post, rebuked the mayor.'],
  ['no auxiliary after the adjunct\'s comma', 'These workers, Ada Brook explained in the meeting, paid well.'],
];

describe('span50: speaker spans and names', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
  test.each(nothing)('nothing: %s', (_name, input) => {
    expect(namedRows(extract(input))).toEqual([]);
  });
});
