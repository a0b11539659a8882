/**
 * Opt-in thought and stance cues whose subject is a thing (helper animacy63,
 * `attribution/reported/thing-subject.ts`): a measure, an instrument of
 * policy, an event or a state neither thinks nor takes a side ("The ferry
 * measure seeks to ...", "The new platform will endorse ..."), so nothing
 * is reported; a person or a body with the same verb keeps its thought or
 * stance, and so does the evidential "support" ("Rising tolls will support
 * ..."). Exact parts, speaker, cue and rule. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';
import { row, rows, type Row } from './support/rows.js';

const INFINITIVE = 'reported/cue-infinitive';
const OBJECT = 'reported/cue-object';

const kept: [string, string, Row[]][] = [
  ['a body seeks', 'The harbor union seeks to lift the limit on ferry licences in Dunmore by ten boats every season.', [
    row(['to lift the limit on ferry licences in Dunmore by ten boats every season'], 'The harbor union', 'seeks', INFINITIVE),
  ]],
  ['a named person seeks', 'Ada Brook seeks to lift the limit on ferry licences in Dunmore by ten boats every season.', [
    row(['to lift the limit on ferry licences in Dunmore by ten boats every season'], 'Ada Brook', 'seeks', INFINITIVE),
  ]],
  ['a person "also seeks"', 'The mayor also seeks to put the old ferry pier under the control of the town council of Dunmore.', [
    row(['to put the old ferry pier under the control of the town council of Dunmore'], 'The mayor', 'also seeks', INFINITIVE),
  ]],
  ['a body will endorse', 'The harbor union will endorse a ten-dollar landing fee for the whole of the Dunmore harbor.', [
    row(['a ten-dollar landing fee for the whole of the Dunmore harbor'], 'The harbor union', 'will endorse', OBJECT),
  ]],
  ['the evidential "support" of a thing', 'Rising tolls will support a stronger case for the new ferry route across Dunmore harbor.', [
    row(['a stronger case for the new ferry route across Dunmore harbor'], 'tolls', 'will support', OBJECT),
  ]],
];

describe('thought and stance cues whose subject is a thing (animacy63)', () => {
  test.each(kept)('kept: %s', (_name, input, expected) => {
    expect(rows(extract(input, ALL))).toEqual(expected);
  });

  test.each([
    // a measure put to the voters, an initiative
    'The ferry measure seeks to lift the limit on ferry licences in Dunmore by ten boats every season.',
    'The initiative also seeks to put the old ferry pier under the control of the town council of Dunmore.',
    // a party's platform
    'The new platform will endorse a ten-dollar landing fee for the whole of the Dunmore harbor.',
    // an event, a state
    'The latest dispute has also sought to draw a sharp contrast with the harbor board over the ferry tolls.',
    'The concern within the harbor board, calling the new tolls unfair to the fishermen of Dunmore, grew.',
  ])('nothing with every category: %s', (input) => {
    expect(rows(extract(input, ALL))).toEqual([]);
  });
});
