/**
 * read64: review of stop 54's rules on invented near misses. Each defect found
 * has a row that failed before its fix; the near misses that already behaved
 * right are pinned beside it. Exact parts, speaker mention, cue and rule;
 * negatives must yield nothing. Invented sentences only.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';
import { named, namedRows, type NamedRow } from './support/name-rows.js';

/** A long section (more than 60 tokens) that names the country "US" and no first or second person. */
const US_SECTION =
  'Trade between Norland and the US rose again this year, because the ports of the north coast have waited far too long for a new road to the border, to the rail yards and to the markets of the US, and the council has argued about the cost of steel and concrete for three winters while the river rose and the road closed twice.';

const transcripts: [string, string, Row[]][] = [
  // "US" in capitals is the country, no "us" of talk: a long section under a label stays no turn
  ['a long section that names the US, under labels not in capitals', `Roads: ${US_SECTION}\n\nBridges: ${US_SECTION}`, []],
  ['the same with "U.S."', `Roads: ${US_SECTION.replaceAll('US', 'U.S.')}\n\nBridges: ${US_SECTION.replaceAll('US', 'U.S.')}`, []],
];

describe('a long line under a label not in capitals is a turn only when it talks', () => {
  test.each(transcripts)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

const WIN = ['We will win,'];
const roles: [string, string, NamedRow[]][] = [
  // the capital "New" of a place is no "new" mayor: the former mayor of New Haven is "the former mayor"
  ['a former mayor of a place whose name opens with "New"', 'Ann Lee, the former New Haven mayor, spoke first. "We will win," the former mayor said.', [
    named(WIN, 'the former mayor', 'Ann Lee', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['the same after "of"', 'Ann Lee, the former mayor of New Haven, spoke first. "We will win," the former mayor said.', [
    named(WIN, 'the former mayor', 'Ann Lee', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  // near misses that already behaved right
  ['a former mayor of another place', 'Ann Lee, the former Harlow mayor, spoke first. "We will win," the former mayor said.', [
    named(WIN, 'the former mayor', 'Ann Lee', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['the new mayor of a place whose name opens with "New"', 'Ann Lee, the new mayor of New Haven, spoke first. "We will win," the new mayor said.', [
    named(WIN, 'the new mayor', 'Ann Lee', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['the new mayor is not the former one', 'Tom Harlow, the former mayor, spoke first. Ivo Marsh, the new mayor, spoke next. "We will win," the new mayor said.', [
    named(WIN, 'the new mayor', 'Ivo Marsh', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

describe('a role placed in time: "new" and "former"', () => {
  test.each(roles)('%s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
});

const thatAdjuncts: [string, string, Row[]][] = [
  // a verb before its noun after "and" is the speaker's second act when no clause of the adjunct follows it: "that"
  // is the cue's pronoun object, no content
  ['"wrote that on a card and stuck notes ..."', 'Ann Lee wrote that on a card and stuck notes above her desk.', []],
  ['"said that at the rally and made false claims ..."', 'Ann Lee said that at the rally and made false claims of fraud.', []],
  // near misses that already behaved right
  ['"and stuck it": a pronoun object', 'Ann Lee wrote that on a card and stuck it above her desk.', []],
  ['"and repeated it on Tuesday"', 'Ann Lee said that on Monday and repeated it on Tuesday.', []],
  ['a gerund in the adjunct, then its clause after a comma', 'Ann Lee said that after months of talks and negotiating, the deal was done.', [
    row(['after months of talks and negotiating, the deal was done'], 'Ann Lee', 'said', 'reported/cue-that'),
  ]],
  ['a participle before its noun in the adjunct, then its clause after a comma', 'Ann Lee said that after weeks of delays and canceled domestic flights, the airline was sorry.', [
    row(['after weeks of delays and canceled domestic flights, the airline was sorry'], 'Ann Lee', 'said', 'reported/cue-that'),
  ]],
];

describe('"said that" and an adjunct: the verb after "and" is a second act or the adjunct\'s own', () => {
  test.each(thatAdjuncts)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

const DEAD = ['the plan was dead'];
const fronted: [string, string, Row[]][] = [
  // "whereas" opens a fronted clause as "although" and "while" do: its cue speaks, the main clause's verb does not
  ['"Whereas" and a report, then a main clause with a cue verb', 'Whereas the mayor said the plan was dead, Ann Lee disagreed.', [
    row(DEAD, 'the mayor', 'said', 'reported/cue-clause'),
  ]],
  // near misses that already behaved right
  ['"Although"', 'Although the mayor said the plan was dead, Ann Lee disagreed.', [row(DEAD, 'the mayor', 'said', 'reported/cue-clause')]],
  ['"While"', 'While the mayor said the plan was dead, the council disagreed.', [row(DEAD, 'the mayor', 'said', 'reported/cue-clause')]],
  ['"Whereas", then a main clause with no cue verb', 'Whereas the mayor said the plan was dead, the council voted.', [row(DEAD, 'the mayor', 'said', 'reported/cue-clause')]],
  ['"Although" and "one of them"', 'Although one of them told me the bridge was safe, I stayed home.', [
    row(['the bridge was safe'], 'one of them', 'told', 'reported/cue-clause'),
  ]],
];

describe('a fronted "whereas" clause keeps its own report', () => {
  test.each(fronted)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
