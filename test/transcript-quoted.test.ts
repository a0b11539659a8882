/**
 * Transcripts printed as a quotation (issue 11, layouts): each paragraph
 * opened with a quotation mark, only the last one closed, every paragraph
 * opening with a speaker label. One attribution per turn, as the plain
 * `reported/transcript` lines give, with the exact parts, speaker, cue and
 * rule; and quotations that only look like one and must stay as they are.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const RULE = 'reported/transcript-quoted';

const turns: [string, string, Row[]][] = [
  ['three turns, only the last closed', 'A partial transcript follows.\n\n"REYES: We will win the vote. I am sure of it.\n\n"HALE: Are you sure?\n\n"REYES: Yes."', [
    row(['We will win the vote. I am sure of it'], 'REYES', ':', RULE),
    row(['Are you sure'], 'HALE', ':', RULE),
    row(['Yes'], 'REYES', ':', RULE),
  ]],
  ['curly quotation marks', 'A partial transcript follows.\n\n\u201CMORALES: The levy is too high for the farmers.\n\n\u201CKOVAC: It pays for the new school.\u201D', [
    row(['The levy is too high for the farmers'], 'MORALES', ':', RULE),
    row(['It pays for the new school'], 'KOVAC', ':', RULE),
  ]],
  ['a single quoted turn', 'The exchange was short.\n\n"REYES: We will win."', [row(['We will win'], 'REYES', ':', RULE)]],
  ['a paragraph with no label goes on with the turn before it', 'Here is the exchange.\n\n"HALE: What about the port?\n\n"REYES: The port will reopen in May.\n\n"The cranes are already fixed.\n\n"HALE: Thank you."', [
    row(['What about the port'], 'HALE', ':', RULE),
    row(['The port will reopen in May', 'The cranes are already fixed'], 'REYES', ':', RULE),
    row(['Thank you'], 'HALE', ':', RULE),
  ]],
  ['a bracketed stage note ends the turn and joins none', 'Here is the exchange.\n\n"HALE: The port will close before the winter and —.\n\n"(CROSSTALK.)\n\n"The ferries will stop.\n\n"REYES: Not while I am mayor."', [
    row(['The port will close before the winter and —'], 'HALE', ':', RULE),
    row(['Not while I am mayor'], 'REYES', ':', RULE),
  ]],
  ['a stage note before the first turn', 'Here is the exchange.\n\n"(LAUGHTER.)\n\n"HALE: Are you sure of the numbers?\n\n"REYES: I am."', [
    row(['Are you sure of the numbers'], 'HALE', ':', RULE),
    row(['I am'], 'REYES', ':', RULE),
  ]],
  ['a clip label that names no speaker ends the turn and joins none', 'Here is the exchange.\n\n"HALE: Listen to this.\n\n"VIDEO: They told me the ferry was safe when it was not.\n\n"HALE: Did you mislead them?"', [
    row(['Listen to this'], 'HALE', ':', RULE),
    row(['Did you mislead them'], 'HALE', ':', RULE),
  ]],
];

/** Quotations that must stay one direct quote: the label is no turn's opening. */
const untouched: [string, string][] = [
  ['a label word after a colon mid-paragraph', 'The mayor said: "NOTE: The ferry will stop in May."'],
  ['capitals and a colon inside a quotation that opens no paragraph', 'Ms. Lund wrote on Monday, "REYES: The port will close," and left.'],
  ['a label word opening a quoted paragraph', 'The sign was clear.\n\n"WARNING: The pier is closed to the public."'],
  ['a quotation attributed through a cue after it', '"HARBOR BOARD: Port will reopen in May," the Gazette reported.'],
  ['a quotation whose first words are no label', 'Here is the exchange.\n\n"We will win the vote.\n\n"HALE: Are you sure?"'],
];

describe('a transcript printed as a quotation', () => {
  test.each(turns)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });

  test('a surname label resolves to the full name given earlier, as in a plain transcript', () => {
    const r = extract('Senator Tom Reyes spoke on Monday. A partial transcript follows.\n\n"REYES: We will win.\n\n"HALE: Are you sure?"');
    const names = r.quotes.map((q) => (q.speaker ? r.speakers[q.speaker.id]!.name : null));
    expect(names).toEqual(['Tom Reyes', 'HALE']);
    expect(r.quotes.map((q) => q.rule)).toEqual([RULE, RULE]);
  });

  test('the same lines without marks keep the plain transcript rule', () => {
    const r = extract('A partial transcript follows.\n\nREYES: We will win the vote.\n\nHALE: Are you sure?');
    expect(rows(r)).toEqual([row(['We will win the vote'], 'REYES', ':', 'reported/transcript'), row(['Are you sure'], 'HALE', ':', 'reported/transcript')]);
  });

  test.each(untouched)('%s: no transcript turn', (_name, input) => {
    expect(extract(input).quotes.filter((q) => q.rule === RULE)).toEqual([]);
  });

  test('a label word opening a quoted paragraph stays one quotation with its words whole', () => {
    const r = extract('The sign was clear.\n\n"WARNING: The pier is closed to the public."');
    expect(r.quotes.map((q) => q.parts.map((p) => p.text))).toEqual([['WARNING: The pier is closed to the public.']]);
  });
});

describe('the kind of a quoted transcript turn', () => {
  test('a turn that holds quoted words of its own is mixed (its paragraph\'s opening mark left unpaired)', () => {
    const r = extract('Here is the exchange.\n\n"HALE: Is the port safe?\n\n"REYES: It is no \u201Crelic.\u201D It will stand for years.\n\n"HALE: Thank you."');
    expect(rows(r)).toEqual([
      row(['Is the port safe'], 'HALE', ':', RULE),
      row(['It is no \u201Crelic.\u201D It will stand for years'], 'REYES', ':', RULE, 'mixed'),
      row(['Thank you'], 'HALE', ':', RULE),
    ]);
  });

  test('an attribution inside a turn stays beside it, as inside a plain transcript line', () => {
    const r = extract('Here is the exchange.\n\n"HALE: Is the port safe?\n\n"REYES: The board called it \u201Ca relic\u201D last year.\n\n"HALE: Thank you."');
    expect(rows(r)).toEqual([
      row(['Is the port safe'], 'HALE', ':', RULE),
      row(['The board called it \u201Ca relic\u201D last year'], 'REYES', ':', RULE, 'mixed'),
      row(['it \u201Ca relic\u201D last year'], 'The board', 'called', 'reported/cue-quoted-object', 'mixed'),
      row(['Thank you'], 'HALE', ':', RULE),
    ]);
  });

  test('an unpaired opening mark before a label far from any quoted transcript gives no turn', () => {
    const r = extract('The port reopened on Monday.\n\n"REYES: It is no \u201Crelic.\u201D It will stand for years.');
    expect(r.quotes.filter((q) => q.rule === RULE)).toEqual([]);
  });
});
