/**
 * Content boundaries, bound22 (issue 11): lenient-not-strict pairs on PolNeAR
 * train grouped by the rule that produced the attribution. The class changed
 * here: a direct quote with its attribution, then in the next sentence a
 * quotation after a short lead-in of the narrator's with no attribution of
 * its own (`"A," Lee said. But "B."`). Annotated news reads the lead-in and
 * the quotation as the rest of the quote (12 of 12 on train when the lead-in
 * holds no cue verb). Invented sentences with the exact parts, speaker, cue
 * and rule expected; negative rows keep the quotation apart.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const joined: [string, string, Row[]][] = [
  ['"A," X said. But "B."', '"The harbor plan is a good start," Mayor Ellen Ross said on Tuesday. But "the town still needs a second ferry before the summer season begins."', [
    row(['The harbor plan is a good start,', 'But "the town still needs a second ferry before the summer season begins."'], 'Mayor Ellen Ross', 'said', 'direct/trailing-speaker-cue', 'mixed'),
  ]],
  ['"A," X said. Instead, "B."', '"We counted every ballot twice," the clerk said. Instead, "the board wants a full recount by hand."', [
    row(['We counted every ballot twice,', 'Instead, "the board wants a full recount by hand."'], 'the clerk', 'said', 'direct/trailing-speaker-cue', 'mixed'),
  ]],
  ['"A," said X. That makes it "B."', '"The old mill has stood empty for years," said Tom Varga, the owner. That makes it "a real danger to the children who play there."', [
    row(['The old mill has stood empty for years,', 'That makes it "a real danger to the children who play there."'], 'Tom Varga, the owner', 'said', 'direct/trailing-cue-speaker', 'mixed'),
  ]],
];

const apart: [string, string, Row[]][] = [
  // a scare quote in the next sentence is the narrator's: too short
  ['"A," X said. ... "B" ...', '"The bridge is safe," the engineer said. The council closed the "old east lane" anyway.', [
    row(['The bridge is safe,'], 'the engineer', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  // a cue verb in the lead-in takes the quotation itself
  ['"A," X says. X wants Y "B."', '"The flood season is close," the farmer says. He wants the county board "to admit at last that the old levee is failing."', [
    row(['The flood season is close,'], 'the farmer', 'says', 'direct/trailing-speaker-cue', 'direct'),
    row(['the county board', 'to admit at last that the old levee is failing.'], 'He', null, 'direct/fallback-subject', 'mixed'),
  ]],
  // a long sentence of the narrator's before the quotation
  ['"A," X said. <long lead> "B."', '"Prices are rising," the baker said. Most of the shops along the river road in the old town have been "closed until further notice since the spring."', [
    row(['Prices are rising,'], 'the baker', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  // a quotation mark of any style in the lead-in (here « ») leaves the quotation its own
  ['"A," X said. <lead with « »> "B."', '"We will rebuild," the mayor said. So much for the «plan» and "the money has to come first here."', [
    row(['We will rebuild,'], 'the mayor', 'said', 'direct/trailing-speaker-cue', 'direct'),
    row(['the money has to come first here.'], null, null, 'direct/context', 'direct'),
  ]],
];

describe('content boundaries, bound22: a quotation after a lead-in goes on with the quote before', () => {
  test.each(joined)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('content boundaries, bound22: quotations kept apart', () => {
  test.each(apart)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
