/**
 * Content boundaries where two attributions meet (issues 10 and 11, round 6):
 * a sentence that holds a second report keeps each report's content to its
 * own clause, so the first report never runs over the second one's subject
 * and cue. Invented sentences with the exact parts, speaker, cue and rule
 * expected, and the neighbours each change must leave alone.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // a participle cue after a comma reports what follows it; the clause before the comma is not its content
  ['a clause, noting an object', 'Several tenants have urged the board not to raise the rent this year, noting the cost of heating the old flats.', [
    row(['the board not to raise the rent this year'], 'Several tenants', 'have urged', 'reported/cue-infinitive'),
    row(['the cost of heating the old flats'], 'Several tenants', 'noting', 'reported/cue-np-object'),
  ]],
  ['a clause, explaining an object', 'The senator ended her speech, explaining her vote.', [
    row(['her vote'], 'The senator', 'explaining', 'reported/cue-object'),
  ]],
  // a parenthetical attribution after a clause of its own: what is said starts at the phrase the rest completes
  ['a clause, a phrase, X said, the rest', "The council's plan would bar new piers on the north shore, a measure, Ms. Dorn said, that is meant to protect the wetlands.", [
    row(['a measure', 'that is meant to protect the wetlands'], 'Ms. Dorn', 'said', 'reported/parenthetical-cue'),
  ]],
  ['a clause - all of whom, X recalled, the rest', 'Mr. Tallis praised his old crew at the mill - all of whom, he recalled, worked double shifts that winter.', [
    row(['all of whom', 'worked double shifts that winter'], 'he', 'recalled', 'reported/content-speaker-cue'),
  ]],
  // a second report after a comma and a contrast, with its own subject and a verb that reports a clause
  ['said A, though X believes B', 'Ms. Lund said the levy would pass, though Mr. Ortiz believes it will fail.', [
    row(['the levy would pass'], 'Ms. Lund', 'said', 'reported/cue-clause'),
  ]],
  ['said A, even as X warned B', 'Ms. Lund said the levy would pass, even as council members warned it would fail.', [
    row(['the levy would pass'], 'Ms. Lund', 'said', 'reported/cue-clause'),
    row(['it would fail'], 'council members', 'warned', 'reported/cue-clause'),
  ]],
  ['said A, but ultimately X believe B', 'Ms. Lund said the levy was a good plan, but ultimately most voters believe it costs too much.', [
    row(['the levy was a good plan'], 'Ms. Lund', 'said', 'reported/cue-clause'),
  ]],
  ['admitted that A — X also believes B', 'Ms. Lund admitted that the levy was unpopular — the treasurer also believes that turnout was low.', [
    row(['the levy was unpopular'], 'Ms. Lund', 'admitted', 'reported/cue-that'),
  ]],
  // a participle of the reaction the words drew is the narrator's
  ['said A, drawing boos', 'Mayor Ann Lee said the pier would close in June, drawing boos from the crowd.', [
    row(['the pier would close in June'], 'Mayor Ann Lee', 'said', 'reported/cue-clause'),
  ]],
  ['said A, putting them at odds', 'Two aldermen said they want a new audit, putting them at odds with the mayor.', [
    row(['they want a new audit'], 'Two aldermen', 'said', 'reported/cue-clause'),
  ]],
  ['said A, putting those who B behind', 'Two aldermen said the audit would go ahead, putting those who opposed it in a weak spot.', [
    row(['the audit would go ahead'], 'Two aldermen', 'said', 'reported/cue-clause'),
  ]],
];

const kept: [string, string, Row[]][] = [
  // a bare verb of saying after the comma still inverts
  ['CLAUSE, said X', 'The lake will freeze early this winter, said Tom Oakes.', [
    row(['The lake will freeze early this winter'], 'Tom Oakes', 'said', 'reported/content-cue-speaker'),
  ]],
  // no clause before the phrase: the content starts where the sentence does
  ['The X, Y said, VERB', 'The ferry, Ms. Dorn said, will run by June.', [
    row(['The ferry', 'will run by June'], 'Ms. Dorn', 'said', 'reported/content-speaker-cue'),
  ]],
  ['a fronted subordinate clause stays', 'If the bridge opens, the town, she said, will gain.', [
    row(['If the bridge opens, the town', 'will gain'], 'she', 'said', 'reported/content-speaker-cue'),
  ]],
  // no opener before the subject: the main clause after a fronted clause is what was said
  ['said that if A, X believe B', 'Ms. Lund said that if the levy passes, voters believe the schools will improve.', [
    row(['if the levy passes, voters believe the schools will improve'], 'Ms. Lund', 'said', 'reported/cue-that'),
  ]],
  // a participle of what the reported event leads to stays in the content
  ['said A, leaving B', 'Ms. Varga said the council would not vote on the levy, leaving the choice to the next council.', [
    row(['the council would not vote on the levy, leaving the choice to the next council'], 'Ms. Varga', 'said', 'reported/cue-clause'),
  ]],
  // the same participles in the event's own sense stay in the content
  ['said A, drawing on B', 'Ms. Varga said the depot would keep its buses, drawing on a state grant.', [
    row(['the depot would keep its buses, drawing on a state grant'], 'Ms. Varga', 'said', 'reported/cue-clause'),
  ]],
  ['said A, drawing up B', 'Ms. Varga said the town would hire two clerks, drawing up a new budget.', [
    row(['the town would hire two clerks, drawing up a new budget'], 'Ms. Varga', 'said', 'reported/cue-clause'),
  ]],
  ['said A, earning B', 'Ms. Varga said the ferry would sell its old hulls, earning $4 million.', [
    row(['the ferry would sell its old hulls, earning $4 million'], 'Ms. Varga', 'said', 'reported/cue-clause'),
  ]],
  ['said A, putting an end to B', 'Ms. Varga said the two towns would merge, putting an end to years of feuding.', [
    row(['the two towns would merge, putting an end to years of feuding'], 'Ms. Varga', 'said', 'reported/cue-clause'),
  ]],
  // a parenthetical attribution after a phrase and before an adjunct: the phrase does not open the content
  // (the "by" phrase that finishes the clause goes on with the report: end53)
  ['a clause, a phrase, X said, an adjunct', 'The firm will shut its Dover mill, the oldest in the county, Ms. Dorn said, by the end of May.', [
    row(['The firm will shut its Dover mill, the oldest in the county', 'by the end of May'], 'Ms. Dorn', 'said', 'reported/content-speaker-cue'),
  ]],
  ['a clause, a phrase, X said, to ...', 'The town will lease the old quay, a landmark since 1880, Ms. Dorn said, to a boat club.', [
    row(['The town will lease the old quay, a landmark since 1880'], 'Ms. Dorn', 'said', 'reported/content-speaker-cue'),
  ]],
  // both reports of a sentence with a participle cue
  ['said X, telling Y that Z', 'Mr. Pike said he saw no reason to quit the race, telling Ann Gold that the polls were wrong.', [
    row(['he saw no reason to quit the race'], 'Mr. Pike', 'said', 'reported/cue-clause'),
    row(['the polls were wrong'], 'Mr. Pike', 'telling', 'reported/cue-that'),
  ]],
  ['X urged, noting that Y', 'Ms. Reyes urged the board to wait until spring, noting that fuel costs at the depot had doubled.', [
    row(['the board to wait until spring'], 'Ms. Reyes', 'urged', 'reported/cue-infinitive'),
    row(['fuel costs at the depot had doubled'], 'Ms. Reyes', 'noting', 'reported/cue-that'),
  ]],
];

for (const [title, table] of [['boundaries between two attributions', cases], ['boundaries between two attributions that must not move', kept]] as const) {
  describe(title, () => {
    test.each(table)('%s', (_name, input, expected) => {
      expect(rows(extract(input))).toEqual(expected);
    });
  });
}
