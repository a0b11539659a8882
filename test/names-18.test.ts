/**
 * Speaker names, round 18: a surname that is also a verb standing alone
 * between a quotation and its verb ('"...," Will wrote', '"...," Read said'),
 * a headline's verb of judging that ends a subject ("Critics slam new
 * stadium plan, say ..."), "called" that names a thing ("a group called
 * Neighbors for Peace"), which is no cue, verbs of saying added to the
 * lexicon ("exhorted", "bellowed", "confessed"), a hyphenated head in a
 * coordinated description ("The Green Party front-runner and former
 * state senator said"), a capitalised verb after a preposition that
 * opens a name ("Tom Reyes of Counter Point"), which is no cue,
 * on invented sentences (each row: input, and the expected
 * `name | kind | via | mention` of each quote in order).
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { Extraction } from '../src/index.js';

/** Each quote's speaker as `name | kind | via | mention text`, or null. */
function speakers(r: Extraction): (string | null)[] {
  return r.quotes.map((q) => (q.speaker ? `${q.speaker.name} | ${r.speakers[q.speaker.id]!.kind} | ${q.speaker.via} | ${q.speaker.mention?.text ?? ''}` : null));
}

// [rule family, invented input, expected speaker of each quote in order]
const TABLE: readonly (readonly [string, string, readonly (string | null)[]])[] = [
  // a capitalised verb or auxiliary alone between a quotation and its verb is a surname
  ['lone-surname', '"The harbor plan changed everything," Will wrote in his column.', ['Will | person | name | Will']],
  ['lone-surname', '"The city budget is broken beyond repair," Read said on Tuesday.', ['Read | person | name | Read']],
  ['lone-surname', 'Dana Read runs the county board. "The budget is broken," Read said.', ['Dana Read | person | name | Read']],
  // unchanged: a name before it, a modal opening a quoted question, and a title-case headline
  ['lone-surname', '"We lost the harbor vote," Will Smith said.', ['Will Smith | person | name | Will Smith']],
  ['lone-surname', 'The mayor turned to the crowd and said, "Will you vote for the plan?"', ['The mayor | person | description | The mayor']],
  // a headline's verb of judging (read as a noun) ends the subject of a verb coordinated after a comma
  ['headline-verb', 'Critics slam new stadium plan, say it costs too much.', ['Critics | group | description | Critics', 'Critics | group | description | Critics']],
  ['headline-verb', 'Parents blast school board, say cuts hurt kids.', ['Parents | group | description | Parents', 'Parents | group | description | Parents']],
  // unchanged: a subject with modifiers and no such verb
  ['headline-verb', 'Port workers, angry at the board over the delays, say the losses are mounting.', ['Port workers | group | description | Port workers']],
  // "called" that names a thing after "a"/"an" and a noun is no cue: the speaker of the quote before it stays
  // (since read61 the appositive with "called" stays in the span, as PolNeAR marks it)
  ['naming-called', 'The march was quiet. "You keep everyone on one route and nobody gets hurt," said Tom Reyes, organizer of a group called Neighbors for Peace, who met the police on Monday.', ['Tom Reyes | person | name | Tom Reyes, organizer of a group called Neighbors for Peace, who met the police on Monday']],
  ['naming-called', '"We planted every tree on this street," said Ann Lee, head of a club called Green Dover.', ['Ann Lee | person | name | Ann Lee, head of a club called Green Dover']],
  // unchanged: "called" before a lower-case object is a cue
  ['naming-called', 'A spokesman called the report "a fantasy."', ['A spokesman | person | description | A spokesman']],
  // verbs of saying that were missing from the lexicon: exhort, bellow, groan, confess, riposte
  ['new-verbs', 'The rally ran late. "It is about time we had a mayor who listens," exhorted Ann Lee, the host.', ['Ann Lee | person | name | Ann Lee, the host']],
  ['new-verbs', 'The trial went on. "Sit down and wait your turn," the judge bellowed.', ['the judge | person | description | the judge']],
  ['new-verbs', '"I took the money and I regret it," Tom Reyes confessed on Friday.', ['Tom Reyes | person | name | Tom Reyes']],
  // a hyphenated head ("front-runner") joins a coordinated description of one person
  ['hyphen-head', 'The Green Party front-runner and former state senator said the plan would work.', ['The Green Party front-runner and former state senator | person | description | The Green Party front-runner and former state senator']],
  ['hyphen-head', 'The front-runner and former senator told reporters that the race was close.', ['The front-runner and former senator | person | description | The front-runner and former senator']],
  // unchanged: a hyphenated word that is no person
  ['hyphen-head', 'The long-term plan and the mayor said the bridge would reopen.', ['the mayor | person | description | the mayor']],
  // a capitalised verb after a preposition opens a name ("of Counter Point"), it is no cue
  ['verb-in-name', 'According to Tom Reyes of Counter Point, "The guards were never vetted."', ['Tom Reyes | person | name | Tom Reyes of Counter Point']],
  ['verb-in-name', 'Tom Reyes of Counter Point said the guards were never vetted.', ['Tom Reyes | person | name | Tom Reyes of Counter Point']],
  // unchanged: a lower-case verb after a comma
  ['verb-in-name', 'Tom Reyes, of the port board, said the guards were never vetted.', ['Tom Reyes | person | name | Tom Reyes']],
];

describe('speaker names, round 18', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    expect(speakers(extract(input))).toEqual(expected);
  });
});
