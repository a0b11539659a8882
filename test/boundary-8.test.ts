/**
 * Content boundaries of reported speech, round 8 (issue 11): invented
 * sentences with the exact parts, speaker, cue and rule expected, and the
 * rows each change must leave as they were.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // an object's "as" phrase goes on past a verb the subject coordinates after "and"
  ['slammed X as Y and accused ...', 'On Sunday, Ms. Tamsin slammed the levy as a late U-turn and accused Mr. Orr of stalling.', [
    row(['the levy as a late U-turn'], 'Ms. Tamsin', 'slammed', 'reported/cue-object'),
  ]],
  ['denounced X as Y and Z, VERB ...', 'Mr. Vance, who has denounced the closure as both a blunder and a betrayal, met the dock crews.', [
    row(['the closure as both a blunder and a betrayal'], 'who', 'has denounced', 'reported/cue-object'),
  ]],
  // "for" before a gerund joins the cue of a quoted object (the tagger reads it as a subordinator)
  ['called for VERB-ing "..."', 'Ms. Vale called for tripling "the number of ferry crews."', [
    row(['tripling "the number of ferry crews."'], 'Ms. Vale', 'called for', 'reported/cue-quoted-object', 'mixed'),
  ]],
  // a date's commas do not end an object
  ['denied any part in the Oct. 3, 2019, floods', 'Ms. Vale denied any part in the Oct. 3, 2019, floods.', [
    row(['any part in the Oct. 3, 2019, floods'], 'Ms. Vale', 'denied', 'reported/cue-object'),
  ]],
  // a subordinator after a relative clause inside the object modifies that clause's verb
  ['praised a bill that failed when ...', 'Ms. Vale praised a 2007 ferry bill that failed when she and Mr. Orr were on the council.', [
    row(['a 2007 ferry bill that failed when she and Mr. Orr were on the council'], 'Ms. Vale', 'praised', 'reported/cue-object'),
  ]],
  // "before" closing the sentence is an adverb of the object
  ['criticized X from a few days before.', 'Ms. Vale criticized the contrast with his own remarks from a few days before.', [
    row(['the contrast with his own remarks from a few days before'], 'Ms. Vale', 'criticized', 'reported/cue-object'),
  ]],
  // a place's noun phrase after the cue runs on to "that" before a plural noun and its verb
  ['wrote on his page that migrants should ...', 'Mr. Orr wrote on his Facebook page that migrants should go home.', [
    row(['migrants should go home'], 'Mr. Orr', 'wrote', 'reported/cue-that'),
  ]],
];

const kept: [string, string, Row[]][] = [
  // "as" before a clause of its own still ends the object
  ['described X as she saw it', 'Ms. Oduya described the ferry plan as she saw it.', [
    row(['the ferry plan'], 'Ms. Oduya', 'described', 'reported/cue-object'),
  ]],
  ['praised X as Y', 'Mayor Reed praised the dock crews as heroes of the storm.', [
    row(['the dock crews as heroes of the storm'], 'Mayor Reed', 'praised', 'reported/cue-object'),
  ]],
  // a comma after a number that is no day of a dated month still ends the object
  ['praised the 4 crews, then ...', 'Ms. Vale praised the 4 crews, then left for the pier.', [
    row(['the 4 crews'], 'Ms. Vale', 'praised', 'reported/cue-object'),
  ]],
  // without a relative clause, the narrator's subordinate clause still ends the object
  ['praised X before the vote', 'Ms. Vale praised the ferry bill before the vote.', [
    row(['the ferry bill'], 'Ms. Vale', 'praised', 'reported/cue-object'),
  ]],
  // a relative "that" inside the clause's subject still keeps the subject
  ['said the rules that towns passed were ...', 'Ms. Vale said the rules that towns passed were unfair.', [
    row(['the rules that towns passed were unfair'], 'Ms. Vale', 'said', 'reported/cue-clause'),
  ]],
];

for (const [title, table] of [['content boundaries, round 8', cases], ['content boundaries, round 8, unchanged', kept]] as const) {
  describe(title, () => {
    test.each(table)('%s', (_name, input, expected) => {
      expect(rows(extract(input))).toEqual(expected);
    });
  });
}
