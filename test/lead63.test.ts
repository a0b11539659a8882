/**
 * Defects noticed in invented news (lead63), each pinned with the exact
 * quotes it gives now, and negatives that must yield nothing more:
 * - a lone label in capitals followed by narration with any cue verb of
 *   speech, writing or source is a dateline ("DOVER: Police say ..." gave a
 *   transcript turn by "DOVER"), unless the label is a person's name.
 * - "fumed" tagged as an adjective is the built-in cue "fume" before "that"
 *   ("Alan Lopez fumed that ..." gave nothing).
 * - a hearing body in capitals after "the" hears like one in lower case ("He
 *   followed her home, the Court heard." gave nothing).
 * - "told anyone who asked that ...": "asked" on an indefinite listener is a
 *   question with no clause, so the "that" clause is told (content was "who
 *   asked that ..."); "told the crowd, who cheered." reports nothing (content
 *   was "who cheered").
 * - an age set off by commas between the subject and a past form read as an
 *   adjective before a colon and a quotation ("Fenwick, 52, fumed: '...'"
 *   had no speaker and no cue).
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { describeNamedTables, named, namedRows } from './support/name-rows.js';
import { extract } from './support/invariants.js';

const EVERY = { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] as const };

describeNamedTables('lead63: a dateline before narration with any cue verb', {
  fixes: [
    ['"say"', 'DOVER: Police say the pier is safe after the storm.', [
      named(['the pier is safe after the storm'], 'Police', 'Police', 'say', 'reported/cue-clause'),
    ]],
    ['"warned that"', 'RIVERTON: The harbour master warned that the bridge would close on Monday.', [
      named(['the bridge would close on Monday'], 'The harbour master', 'The harbour master', 'warned', 'reported/cue-that'),
    ]],
    ['two words, "announced"', 'PORT ELWIN: The ferry company announced that the night crossing would end.', [
      named(['the night crossing would end'], 'The ferry company', 'The ferry company', 'announced', 'reported/cue-that'),
    ]],
  ],
  negatives: [
    ['a person\'s name in capitals stays a transcript turn', 'JANE DOE: The mayor warned that the bridge would close.', [
      named(['The mayor warned that the bridge would close'], 'JANE DOE', 'JANE DOE', ':', 'reported/transcript'),
      named(['the bridge would close'], 'The mayor', 'The mayor', 'warned', 'reported/cue-that'),
    ]],
    ['a role in capitals stays a transcript turn', 'ANCHOR: Wardens say the ferry will run on Sunday.', [
      named(['Wardens say the ferry will run on Sunday'], 'ANCHOR', 'ANCHOR', ':', 'reported/transcript'),
      named(['the ferry will run on Sunday'], 'Wardens', 'Wardens', 'say', 'reported/cue-clause'),
    ]],
    ['a label with a stage direction stays a transcript turn', 'DORAN (voice-over): Wardens say the ferry will run on Sunday.', [
      named(['Wardens say the ferry will run on Sunday'], 'DORAN', 'DORAN', ':', 'reported/transcript'),
      named(['the ferry will run on Sunday'], 'Wardens', 'Wardens', 'say', 'reported/cue-clause'),
    ]],
    ['a turn that talks stays a turn', 'HALE: We warned them the bridge would close.', [
      named(['We warned them the bridge would close'], 'HALE', 'HALE', ':', 'reported/transcript'),
      named(['the bridge would close'], 'We', 'We', 'warned', 'reported/cue-clause'),
    ]],
  ],
});

describe('lead63: the dateline rule reads the same with every category', () => {
  test('an opt-in cue verb does not make a dateline', () => {
    const input = 'MARLOW: The mayor believes the bridge will close soon.';
    expect(namedRows(extract(input, { categories: [...EVERY.categories] })).map((r) => r.rule)).toContain('reported/transcript');
  });
});

describeNamedTables('lead63: "fumed" that the tagger reads as an adjective', {
  fixes: [
    ['before "that"', 'Alan Lopez fumed that the referee had missed the foul.', [
      named(['the referee had missed the foul'], 'Alan Lopez', 'Alan Lopez', 'fumed', 'reported/cue-that'),
    ]],
  ],
  nothing: [
    ['fans who fume in the stands', 'The fans fumed on the terraces.'],
    ['an adjective after "was"', 'He was fumed at the decision.'],
  ],
});

describeNamedTables('lead63: "the Court heard" in capitals', {
  fixes: [
    ['closing the report', 'He followed her home from the station, the Court heard.', [
      named(['He followed her home from the station'], null, null, 'heard', 'reported/content-speaker-cue'),
    ]],
    ['before "that"', 'The Tribunal heard that the driver had been drinking.', [
      named(['the driver had been drinking'], null, null, 'heard', 'reported/cue-that-no-speaker'),
    ]],
  ],
  nothing: [
    ['a court named by its place', 'The Supreme Court heard the case was urgent.'],
    ['a sound', 'The Court heard the band play on the pier.'],
  ],
});

describeNamedTables('lead63: a relative clause on the listener of "tell"', {
  fixes: [
    ['"anyone who asked that"', 'Mara Quell told anyone who asked that the harbour would reopen.', [
      named(['the harbour would reopen'], 'Mara Quell', 'Mara Quell', 'told', 'reported/cue-that'),
    ]],
    ['"everyone who asked that"', 'She told everyone who asked that she was fine.', [
      named(['she was fine'], 'She', 'She', 'told', 'reported/cue-that'),
    ]],
    ['the relative set off by commas before "that"', 'She told the crowd, who cheered, that she was fine.', [
      named(['she was fine'], 'She', 'She', 'told', 'reported/cue-that'),
    ]],
  ],
  nothing: [
    ['a relative set off by a comma to the end', 'She told the crowd, who cheered.'],
    ['a name as the listener', 'Soon he would have to tell Dorran, who would probably resign at once.'],
  ],
});

describeNamedTables('lead63: an age between the subject and "fumed:"', {
  fixes: [
    ['single quotation marks', "Dunmore, 52, fumed: 'It was a disgrace.'", [
      named(['It was a disgrace.'], 'Dunmore, 52', 'Dunmore', 'fumed', 'direct/leading-speaker-cue', 'direct'),
    ]],
    ['double quotation marks', 'Coach Ada Dunmore, 47, fumed: "The referee saw nothing."', [
      named(['The referee saw nothing.'], 'Coach Ada Dunmore, 47', 'Ada Dunmore', 'fumed', 'direct/leading-speaker-cue', 'direct'),
    ]],
  ],
  nothing: [
    ['a count, no age, before an adjective', 'The rest, 52, wasted: nothing more.'],
  ],
});
