/**
 * Helper recall18: a headline and its subheadline on two lines, parted by a
 * semicolon at the end of the first (`Pell: Ferry fares are "too high"; ` and
 * then `In a radio interview, she faults the port board.`). The splitter ends
 * the headline's sentence at the semicolon, and a headline's colon lead ends
 * there too, so no content runs over into the subheadline, and the subheadline's
 * own report stands as a sentence of its own. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { rowsOf as rows, EVERY } from './support/fix-rows.js';
import { extract } from './support/invariants.js';

describe('recall18: a semicolon at the end of a headline line', () => {
  const CASES: [string, [string, string | null, string | null][]][] = [
    ["Pell: Ferry fares are 'simply too high'; \nIn a radio interview, she faults the port board.\n\nMara Pell spoke on Monday.", [["Ferry fares are 'simply too high'", 'Mara Pell', ':']]],
    ['Brook vows to fight the toll plan; \nSays the mayor would raise fares twice a year.\n\nCouncilor Ivo Brook spoke Tuesday.', [
      ['to fight the toll plan', 'Ivo Brook', 'vows'],
      ['the mayor would raise fares twice a year', null, 'Says'],
    ]],
    ["Growers threaten to close the canal; \nFarm leaders fear 'the valley is drying up.'\n\nThe growers met on Monday.", [['to close the canal', 'Growers', 'threaten']]],
    ['Lee says bridge will open in May; \nCouncil vote set for Friday.\n\nMayor Dana Lee spoke Monday.', [['bridge will open in May', 'Dana Lee', 'says']]],
  ];
  test.each(CASES)('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  test('the headline content is only the first line, with exact parts', () => {
    const text = "Pell: Ferry fares are 'simply too high'; \nIn a radio interview, she faults the port board.\n\nMara Pell spoke on Monday.";
    const [q] = extract(text).quotes;
    expect(q!.rule).toBe('reported/headline');
    expect(q!.parts.map((p) => p.text)).toEqual(["Ferry fares are 'simply too high'"]);
    expect(q!.speaker?.mention?.text).toBe('Pell');
  });

  test('with every category on, no content runs over the line either', () => {
    const text = "Growers threaten to close the canal; \nFarm leaders fear 'the valley is drying up.'\n\nThe growers met on Monday.";
    const found = rows(text, EVERY);
    expect(found).toContainEqual(['to close the canal', 'Growers', 'threaten']);
    expect(found.some(([content]) => content.includes('to close the canal') && content.includes('valley'))).toBe(false);
  });

  const NONE = [
    'Ferry fares rise again; \nCouncil vote set for Friday.\n\nThe board met on Monday.',
    'Harbor works run late; \nCrews blame the storm season.',
  ];
  test.each(NONE)('nothing: %s', (text) => {
    expect(rows(text)).toEqual([]);
  });

  test('a semicolon inside a line parts nothing', () => {
    expect(rows('Mayor Dana Lee said the bridge would open in May; the council would vote on Friday.')).toEqual([
      ['the bridge would open in May; the council would vote on Friday', 'Dana Lee', 'said'],
    ]);
  });
});
