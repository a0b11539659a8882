/**
 * A verb of telling with a listener and a reported clause with no "that":
 * the shapes that work today, pinned (a determiner or a pronoun opens the
 * clause's subject; a pronoun listener before an infinitive), and the ones
 * that must yield nothing or only an object; and the split before a bare
 * subject: the listener (a bare plural, a capitalised run after an optional
 * article, a time phrase after either) ends where the subject starts ("told
 * reporters budgets would pass" reports "budgets would pass"; "told the AP
 * costs had doubled" no longer takes the listener into the content).
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const clause = (content: string, speaker: string, cue = 'told'): Row[] => [row([content], speaker, cue, 'reported/cue-clause')];

const cases: [string, string, Row[]][] = [
  ['a bare plural listener, a bare plural subject', 'The harbour master told reporters moorings would be scarce.', clause('moorings would be scarce', 'The harbour master')],
  ['a bare plural listener, a past tense verb', 'Norvik Foods told investors orders rose in April.', clause('orders rose in April', 'Norvik Foods')],
  ['a bare plural listener, a mass noun subject', 'Ada Brook told shareholders revenue climbed 4 percent.', clause('revenue climbed 4 percent', 'Ada Brook')],
  ['a capitalised listener, a bare plural subject', 'Ada Brook told KLMX listeners were upset.', clause('listeners were upset', 'Ada Brook')],
  ['a listener with "the", a bare plural subject', 'Port officials told the Ledger tolls had doubled.', clause('tolls had doubled', 'Port officials')],
  ['a listener of three capitalised words', 'Tom Reyes told The Harbor Gazette rents were climbing.', clause('rents were climbing', 'Tom Reyes')],
  ['a capitalised run and a common noun', 'Tom Reyes told a Senate panel fares would stay low.', clause('fares would stay low', 'Tom Reyes')],
  ['a day after the listener', 'Tom Reyes told reporters Monday fares would fall.', clause('fares would fall', 'Tom Reyes')],
  ['"on" and a day after the listener', 'Tom Reyes told reporters on Friday ferries would run late.', clause('ferries would run late', 'Tom Reyes')],
  ['"last week" after the listener', 'Tom Reyes told reporters last week ferries would run late.', clause('ferries would run late', 'Tom Reyes')],
  ['a name as the subject', 'Ada Brook told KLMX Okafor was wrong.', clause('Okafor was wrong', 'Ada Brook')],
  ['"warned" shares the listener', 'Ada Brook warned investors losses would mount.', clause('losses would mount', 'Ada Brook', 'warned')],
  ['a determiner opens the subject', 'Ada Brook told reporters the levy would pass.', clause('the levy would pass', 'Ada Brook')],
  ['a pronoun listener', 'Ada Brook told them the levy would pass.', clause('the levy would pass', 'Ada Brook')],
  ['a listener with "the", a determiner opens the subject', 'Port officials told the Ledger the tolls had doubled.', clause('the tolls had doubled', 'Port officials')],
  ['a day after the listener, a determiner opens the subject', 'Tom Reyes told reporters Monday the ferries would run late.', clause('the ferries would run late', 'Tom Reyes')],
  ['a pronoun subject after a bare plural listener', 'Ada Brook told shareholders she would stay.', clause('she would stay', 'Ada Brook')],
  ['a pronoun listener and an infinitive', 'Ada Brook told him to leave.', [row(['him to leave'], 'Ada Brook', 'told', 'reported/cue-infinitive')]],
];

const nothing: [string, string][] = [
  ['a listener alone', 'Ada Brook told reporters.'],
  ['a topic after the listener', 'Ada Brook told reporters about the levy.'],
  ['a listener and a topic with no verb', 'Ada Brook told voters stories of the flood.'],
  ['a headline\'s capitals name no listener', 'Mayor Tells Council Budget Cuts Are Coming'],
];

describe('a listener before the clause after a verb of telling', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each(nothing)('%s: nothing', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
  test('a story told is its object, not a listener', () => {
    expect(rows(extract('Ada Brook told the story.'))).toEqual([row(['the story'], 'Ada Brook', 'told', 'reported/cue-object')]);
  });
});
