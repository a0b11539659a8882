/**
 * Review round 14a: boundaries, cues and speakers found wrong by a read-only
 * review of merged rules. Invented sentences with the exact parts, speaker,
 * cue and rule expected, and the negatives that must yield nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // 1. an object's "as" before a clause with a coordinated subject or a comma aside ends the object
  ['"as" + coordinated subject + verb', 'The mayor criticized the budget as lawmakers and aides met on Monday.', [
    row(['the budget'], 'The mayor', 'criticized', 'reported/cue-object'),
  ]],
  ['"as" + subject, aside, verb', 'Reed praised the plan as the mayor, a Democrat, looked on.', [
    row(['the plan'], 'Reed', 'praised', 'reported/cue-object'),
  ]],
  ['"as" + noun phrase, then the subject\'s second verb', 'Lee slammed the shift as a U-turn and accused the board of lying.', [
    row(['the shift as a U-turn'], 'Lee', 'slammed', 'reported/cue-object'),
  ]],
  ['"as" + noun phrase with a relative clause', 'Ann Vey denounced the levy as a gift to builders and lobbyists who want to pave the marsh.', [
    row(['the levy as a gift to builders and lobbyists who want to pave the marsh'], 'Ann Vey', 'denounced', 'reported/cue-object'),
  ]],
  ['"as" + adjectives with a relative clause', 'Ann Vey described the bill as cruel and unfair to parents who rely on the clinic.', [
    row(['the bill as cruel and unfair to parents who rely on the clinic'], 'Ann Vey', 'described', 'reported/cue-object'),
  ]],
  // 2. "made clear" before a noun or adjective is no cue
  ['"made clear" + noun', 'The ferry union made clear gains in the "summer rush" season.', []],
  ['"made clear" + time word + that', 'Ms. Dunmore made clear Tuesday that the pier plan is "dead in the water."', [
    row(['the pier plan is "dead in the water."'], 'Ms. Dunmore', 'made clear', 'reported/cue-that', 'mixed'),
  ]],
  ['"made clear" + possessive', 'Councilwoman Rhea Dunmore made clear her plan to "rebuild every dock" by spring.', [
    row(['her plan to "rebuild every dock" by spring'], 'Councilwoman Rhea Dunmore', 'made clear', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['"made clear" + adverbs + that', 'Rhea Dunmore made clear early on that the ferry would stay.', [
    row(['the ferry would stay'], 'Rhea Dunmore', 'made clear', 'reported/cue-that'),
  ]],
  ['"made clear" + noun of time + that', 'Rhea Dunmore made clear several times that the ferry would stay.', [
    row(['the ferry would stay'], 'Rhea Dunmore', 'made clear', 'reported/cue-that'),
  ]],
  ['"made clear" + clause without "that"', 'Rhea Dunmore made clear new fees would "sink the ferry."', [
    row(['new fees would "sink the ferry."'], 'Rhea Dunmore', 'made clear', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['"made clear" + object + preposition', 'The ferry union made clear gains in ports that matter.', []],
  // 3. a complementizer "that" opens no relative clause
  ['"that" after a verb', 'The report found that workers say prayers each morning before the shift.', []],
  ['"that" after a verb read as a noun', 'Reed worries that critics say things that hurt the town.', []],
  ['"which" keeps its clause', 'The tax, which some say hurts farmers, passed.', [
    row(['which', 'hurts farmers'], 'some', 'say', 'reported/relative-subject-cue'),
  ]],
  ['a possessive before the noun', 'The panel defended its quotas that critics say target trawlers.', [
    row(['that', 'target trawlers'], 'critics', 'say', 'reported/relative-subject-cue'),
  ]],
  ['a name modifying the noun', 'The port adopted Vermont rules that skippers say target trawlers.', [
    row(['that', 'target trawlers'], 'skippers', 'say', 'reported/relative-subject-cue'),
  ]],
  ['a name opening its clause', 'The report is out. Vey worries that skippers say things about her.', []],
  // 4. an inverted cue opening its sentence keeps the speaker after it
  ['"Asked" + description', 'Asked one fisherman: "Who pays?"', [
    row(['Who pays?'], 'one fisherman', 'Asked', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['"Warned" + title and name', 'Warned Mayor Ann Reed: "The pier will not survive."', [
    row(['The pier will not survive.'], 'Mayor Ann Reed', 'Warned', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['a subject before the cue: the words after it are the listener', 'Reed warned the council: "The pier will not survive."', [
    row(['The pier will not survive.'], 'Reed', 'warned', 'direct/leading-speaker-cue', 'direct'),
  ]],
  // 4b. an imperative listener verb opening its sentence is no inversion: its listener is no speaker
  ['imperative "Remind" + colon', 'Remind voters: "The polls close at 8."', [
    row(['The polls close at 8.'], null, 'Remind', 'direct/leading-cue', 'direct'),
  ]],
  ['imperative "Ask" + place', 'Ask any fisherman in Gloucester: "Where is the cod?"', [
    row(['Where is the cod?'], null, 'Ask', 'direct/leading-cue', 'direct'),
  ]],
  ['past "Told" + comma: the listener', 'Told Ann Lee, "You\'re fired," the manager walked out.', [
    row(['You\'re fired,'], null, 'Told', 'direct/leading-cue', 'direct'),
  ]],
  // 4c. a contracted "'s" before "asked"/"told" with its content right after it is "is": she is asked
  ['"\'s asked whether": passive', 'Ann Vey runs the ferry. She\'s often asked whether the ferry will stop.', [
    row(['whether the ferry will stop'], null, "'s often asked", 'reported/cue-question-no-speaker'),
  ]],
  ['"\'s told" + listener + that: active', 'Tom Ruiz is a skipper. He\'s rarely told anyone that he plans to retire.', [
    row(['he plans to retire'], 'He', "'s rarely told", 'reported/cue-that'),
  ]],
  // 5. only a time subordinator stays inside a relative clause of the object
  ['"because" after a relative clause', 'Lee criticized the bill that passed because it raised taxes.', [
    row(['the bill that passed'], 'Lee', 'criticized', 'reported/cue-object'),
  ]],
  ['"while" after a relative clause', 'Lee criticized the bill that passed while the mayor was away.', [
    row(['the bill that passed'], 'Lee', 'criticized', 'reported/cue-object'),
  ]],
  ['"when" stays inside', 'Lee criticized the levy that failed when she was away.', [
    row(['the levy that failed when she was away'], 'Lee', 'criticized', 'reported/cue-object'),
  ]],
];

describe('review 14a', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
