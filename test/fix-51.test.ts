/**
 * Helper fix51: five invented news articles in conventions little probed
 * before (a health study, an election night, a police report, an obituary, a
 * Q&A interview), kept as fixtures in test/fixtures/fix-51/, with the right
 * output of their key sentences; and the general fixes the probe led to:
 * - a name joined by "of", "at" or "from" right after a person's name (their
 *   affiliation) is no antecedent for "he" or "she";
 * - a subject with a prepositional tail after a fronted clause speaks whole;
 * - a text described by a short relative clause speaks for itself after an
 *   embedding clause;
 * - a capitalised person noun right after a colon is no name ("Q: Critics say");
 * - opt-in thought: "remembered him as ..." (rule reported/cue-as).
 * Sentences, articles and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { EVERY, fixtureText, rowsOf, type Row } from './support/fix-rows.js';

const article = (name: string): string => fixtureText('fix-51', name);

describe('fix51: a person\'s affiliation is no antecedent for he or she', () => {
  const CASES: [string, Row[]][] = [
    [
      'Political scientist Amir Castell of Lakeport College said voters were tired. "She won," he said.',
      [['voters were tired', 'Amir Castell', 'said'], ['She won,', 'Amir Castell', 'said']],
    ],
    [
      'Analyst Omar Bose of Pelham Mills said the deal would close. "It is done," he said.',
      [['the deal would close', 'Omar Bose', 'said'], ['It is done,', 'Omar Bose', 'said']],
    ],
    [
      'Omar Bose from the Kettering Partners said the deal would close.\n\n"It is done," he said.',
      [['the deal would close', 'Omar Bose', 'said'], ['It is done,', 'Omar Bose', 'said']],
    ],
    ['Ann Lee spoke with Omar Bose of Pelham Mills. "It is done," he said.', [['It is done,', 'Omar Bose', 'said']]],
  ];
  test.each(CASES)('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });
});

describe('fix51: a subject with a prepositional tail after a fronted clause', () => {
  const CASES: [string, Row[]][] = [
    ['As the mayor left, a group near the back chanted "Recount! Recount!" before staff intervened.', [['Recount! Recount!', 'a group near the back', 'chanted']]],
    ['When the result came, a man near the stage said the vote was rigged.', [['the vote was rigged', 'a man near the stage', 'said']]],
    ['But when the result came in, protesters outside the hall chanted "Recount!"', [['Recount!', 'protesters outside the hall', 'chanted']]],
    // a clause with no comma before the subject keeps its own subject
    ['When the mayor of Dover said the plan was dead, nobody listened.', [['the plan was dead', 'the mayor of Dover', 'said']]],
  ];
  test.each(CASES)('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });
});

describe('fix51: a text with a relative clause speaks for itself inside an embedding clause', () => {
  test.each([
    ['We know a report that examined the accounts said the firm had lied.', [['the firm had lied', 'a report', 'said']]],
    // (opening its sentence, the text keeps its whole phrase)
    ['A report that examined the accounts said the firm had lied.', [['the firm had lied', 'A report that examined the accounts', 'said']]],
  ] as [string, Row[]][])('%s', (text, expected) => {
    expect(rowsOf(text)).toEqual(expected);
  });
});

describe('fix51: a person noun after a colon is no name', () => {
  test('Q: Critics say ...', () => {
    const { quotes } = extract('Q: Critics say you are turning the museum into a nightclub.');
    const critics = quotes.find((q) => q.cue?.span.text === 'say');
    expect(critics?.text).toBe('you are turning the museum into a nightclub');
    expect(critics?.speaker?.via).toBe('description');
  });
});

describe('fix51: remembered as (opt-in thought)', () => {
  const TEXT = 'Friends remembered him as a generous teacher with a short temper.';
  test('with every category', () => {
    const q = extract(TEXT, EVERY).quotes;
    expect(q.map((x) => [x.text, x.speaker?.name, x.cue?.span.text, x.cue?.category, x.rule])).toEqual([
      ['him as a generous teacher with a short temper', 'Friends', 'remembered', 'thought', 'reported/cue-as'],
    ]);
  });
  test('nothing by default', () => {
    expect(rowsOf(TEXT)).toEqual([]);
  });
});

describe('fix51: the invented articles, key sentences', () => {
  const ARTICLES: [string, Row[]][] = [
    ['health', [
      ['We were surprised by how early the benefit appears, Even people who started walking in their sixties saw a real change.', 'Ilona Varga', 'said'],
      ['the findings "do not prove cause and effect" and that people who walk more may also eat better or smoke less', 'the researchers', 'wrote'],
      ['the team had adjusted for diet, smoking and income', 'Tobias Renn', 'told'],
      ['Self-reported data is notoriously unreliable,', 'Marta Hollis', 'said'],
      ['the trust would review the findings before changing its advice to patients', 'A spokesperson for the Keldmoor Health Trust', 'said'],
      ['even modest increases in daily walking could prevent thousands of heart attacks each year', 'The authors', 'concluded'],
      ['it had no role in the analysis', 'Keldmoor Heart Foundation', 'said'],
    ]],
    ['election', [
      ['The voters have spoken, and I respect their decision, I called Mayor Fontaine to congratulate her.', 'Omar Pratt', 'told'],
      ['Recount! Recount!', 'a group near the back', 'chanted'],
      ['Four more years!', 'the crowd', 'chanted'],
      ['her first priority would be the housing plan that Pratt had attacked during the campaign', 'Delia Fontaine', 'told'],
      ['the count would be certified by Friday', 'Sam Okoye', 'said'],
      ['the narrow margin showed that voters were tired of the mayor but not ready to replace her', 'Amir Castell', 'said'],
      ['She won, but she should not mistake this for a mandate,', 'Amir Castell', 'said'],
    ]],
    ['crime', [
      ['A 34-year-old man was arrested on Saturday after a shooting outside a nightclub in the Harwick district left two people injured', 'police', 'said'],
      ['The suspect, identified as Gavin Rowe of Elmfield, was charged with two counts of attempted murder', 'a charging document filed on Sunday', 'according to'],
      ['Rowe fired at least four shots toward the entrance', 'A witness', 'told'],
      ['I heard the pops and everybody just hit the ground, I thought I was going to die.', 'Kira Bell', 'told'],
      ['the gunman shouted at the bouncer before he fired', 'Another witness', 'said'],
      ['Mr. Rowe is presumed innocent, and we intend to prove he was not the shooter,', 'Peter Osei', 'said'],
      ['Rowe is being held without bail and is due in court on Thursday', 'a court clerk', 'said'],
    ]],
    ['obit', [
      ['he had been ill with pneumonia', 'Ruth Penwick-Ames', 'said'],
      ['Dad played until the very end, Two weeks ago he was still teaching my grandson scales on the kitchen table.', 'Ruth Penwick-Ames', 'said'],
      ['He would shout at you for a wrong note and then buy you dinner,', 'Colin Drury', 'said'],
      ['him "the kindest difficult man I ever knew."', 'Nadia Ferro', 'called'],
      ['he never wanted to retire', 'Harold Penwick', 'once told'],
      ['A trumpet player who stops playing is just a man with a strong mouth,', 'Harold Penwick', 'said'],
    ]],
    ['qa', [
      ['I grew up ten minutes from here. My mother brought me to this museum every Sunday, and I always thought it could be more ambitious. When the board called, I did not have to think for long', 'Elena Marsh', ':'],
      ['the museum should focus on its permanent collection', 'Victor Aldane', 'said'],
      ['you are turning the museum into a nightclub', 'Critics', 'say'],
      ['Most of them do. Some are worried, and I understand that. Change is frightening when you have done something one way for twenty years', 'Elena Marsh', ':'],
    ]],
  ];
  test.each(ARTICLES)('%s', (name, expected) => {
    const rows = rowsOf(article(name));
    for (const row of expected) expect(rows).toContainEqual(row);
  });
  test('narration with no cue yields nothing', () => {
    expect(rowsOf('Pratt conceded shortly after midnight. The museum lost money for three years in a row.')).toEqual([]);
  });
  test('the obituary\'s "remembered him as" only with every category', () => {
    const row: Row = ['him as a generous teacher with a short temper and a long memory', 'Friends and fellow musicians', 'remembered'];
    expect(rowsOf(article('obit'), EVERY)).toContainEqual(row);
    expect(rowsOf(article('obit'))).not.toContainEqual(row);
  });
});
