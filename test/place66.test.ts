/**
 * Helper place66: one recogniser for a town and its state or country written
 * with a comma between them ("Dayton, Ohio", "Lyon, France", "Hollis, N.H.",
 * "Washington, D.C."), shared by speaker appositives, subjects and the
 * boundaries of reported content. Sentences and places are invented.
 */
import { describe, expect, test } from 'vitest';
import { Tokenizer } from '../src/prepare/wink.js';
import { prepare } from '../src/prepare/document.js';
import { tokenAt, tokenCount } from '../src/prepare/lookup.js';
import { placePairEnd, stateOrCountryEnd } from '../src/prepare/place-pair.js';
import { extract } from './support/invariants.js';

const tokenizer = new Tokenizer();

/** The text of the pair that the first comma of `text` opens ("Dayton, Ohio"), or null when it opens none. */
function pairAtFirstComma(text: string): string | null {
  const doc = prepare(text, tokenizer);
  let comma = 0;
  while (comma < tokenCount(doc) && tokenAt(doc, comma).value !== ',') comma++;
  const end = placePairEnd(doc, comma);
  return end < 0 ? null : text.slice(tokenAt(doc, comma - 1).start, tokenAt(doc, end - 1).end);
}

describe('place66: the town and its state or country', () => {
  const PAIRS: [string, string][] = [
    ['A baker from Dayton, Ohio, said so.', 'Dayton, Ohio'],
    ['A chef from Lyon, France, said so.', 'Lyon, France'],
    ['A farmer of Ava, Mo., said so.', 'Ava, Mo.'],
    ['A nurse in Hollis, N.H., said so.', 'Hollis, N.H.'],
    ['A driver from Marlow, W.Va., said so.', 'Marlow, W.Va.'],
    ['A guard in Washington, D.C., said so.', 'Washington, D.C.'],
    ['A potter near Santa Fe, New Mexico, said so.', 'Fe, New Mexico'],
    ['A clerk from Dellport, District of Columbia, said so.', 'Dellport, District of Columbia'],
    ['She grew up in Dover, Delaware.', 'Dover, Delaware'],
  ];
  test.each(PAIRS)('%s', (text, pair) => {
    expect(pairAtFirstComma(text)).toBe(pair);
  });

  const NOT_PAIRS: string[] = [
    // names in a list, a day and a month, two states or countries of a list
    'The mayor thanked Smith, Jones and Brown for the work.',
    'The vote moved from Monday, March to a later date.',
    'Voters in Ohio, Florida and Texas went to the polls.',
    'Trade between Texas, Mexico and Canada grew.',
    // a word opening the sentence is no town; a lower-case word after the comma is no state
    'However, Ohio voters stayed home.',
    'A baker from Dayton, who owns the shop, said so.',
    // a city is no state or country
    'Leaders met in Berlin, Paris and Rome.',
  ];
  test.each(NOT_PAIRS)('%s', (text) => {
    expect(pairAtFirstComma(text)).toBeNull();
  });

  test("a state's full name before the sentence's period keeps the period out", () => {
    const text = 'She grew up in Dover, Ohio.';
    const doc = prepare(text, tokenizer);
    const ohio = Array.from({ length: tokenCount(doc) }, (_, k) => k).find((k) => tokenAt(doc, k).value === 'Ohio')!;
    expect(stateOrCountryEnd(doc, ohio)).toBe(ohio + 1);
  });
});

/** [content, speaker mention, speaker name, cue] of each quote. */
function quotes(text: string): [string, string | null, string | null, string | null][] {
  return extract(text, {}).quotes.map((q) => [q.text, q.speaker?.mention?.text ?? null, q.speaker?.name ?? null, q.cue?.span.text ?? null]);
}

describe('place66: every stage reads a dotted state and a country alike', () => {
  const CASES: [string, [string, string | null, string | null, string | null][]][] = [
    // a speaker's appositive before its cue goes on past a dotted state
    ['Tom Reyes, a baker from Hollis, N.H., said the shop would close.', [['the shop would close', 'Tom Reyes, a baker from Hollis, N.H.', 'Tom Reyes', 'said']]],
    ['Ann Lee, who lives in Washington, D.C., said the fare was too high.', [['the fare was too high', 'Ann Lee, who lives in Washington, D.C.', 'Ann Lee', 'said']]],
    // and so does one after an inverted speaker
    ['"We will rebuild," said Ada Moss, a pollster from Lawrenceville, N.J.', [['We will rebuild,', 'Ada Moss, a pollster from Lawrenceville, N.J.', 'Ada Moss', 'said']]],
    // a subject keeps its place's state
    ['Families in Hollis, N.H., said the school had failed them.', [['the school had failed them', 'Families in Hollis, N.H.', 'Families in Hollis, N.H.', 'said']]],
    // the comma before a country ends no object
    ['The senator failed to mention the flood in Lyon, France that closed the bridge.', [['the flood in Lyon, France that closed the bridge', 'The senator', 'The senator', 'to mention']]],
    // (a list of states or of names is no place)
    ['The mayor said Ohio, Florida and Texas would share the cost.', [['Ohio, Florida and Texas would share the cost', 'The mayor', 'The mayor', 'said']]],
    ['Tom Reyes, a baker from Dayton, said the shop would close.', [['the shop would close', 'Tom Reyes, a baker from Dayton', 'Tom Reyes', 'said']]],
  ];
  test.each(CASES)('%s', (text, want) => {
    expect(quotes(text)).toEqual(want);
  });
});

/** [content, speaker name, rule] of each quote. */
function named(text: string): [string, string | null, string][] {
  return extract(text, {}).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.rule]);
}

describe('place66: a roundup line of a place and its state names no one', () => {
  const CASES: [string, [string, string | null, string][]][] = [
    ['Voters had their say.\n\nHollis, N.H.: "We need the bridge fixed."', [['We need the bridge fixed.', null, 'direct/unattributed']]],
    ['Voters had their say.\n\nDover, Del.: "We need the bridge fixed."', [['We need the bridge fixed.', null, 'direct/unattributed']]],
    ['Voters had their say.\n\nDover, Delaware: "We need the bridge fixed."', [['We need the bridge fixed.', null, 'direct/unattributed']]],
    // (a known first name opens a vox pop's person and home state)
    ['Voters had their say.\n\nTom Hartley, Ohio: "We need the bridge fixed."', [['We need the bridge fixed.', 'Tom Hartley', 'direct/roundup']]],
  ];
  test.each(CASES)('%s', (text, want) => {
    expect(named(text)).toEqual(want);
  });
});
