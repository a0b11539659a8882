/**
 * Attribution beyond speech (issue 15), helper optin40: a group's ", which"
 * subject takes a stance on a named person ("The ferry union, which endorsed
 * Tobin Hale, ..."), while "who" and "that" subjects still give nothing from
 * the stance-name rule. Default output never changes. Sentences and names are
 * invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { optInRows as optIns } from './support/category-rows.js';

describe('a group\'s ", which" takes a stance on a named person (optin40)', () => {
  test.each([
    ['The ferry union, which has backed Tobin Hale, spent heavily on mailers.', 'Tobin Hale', 'The ferry union', 'has backed'],
    ['The farm lobby, which has backed Senator Mara Voss, met on Friday.', 'Senator Mara Voss', 'The farm lobby', 'has backed'],
    ['The dock workers union, which backed Greta Lind of Dunmore, printed its slate.', 'Greta Lind of Dunmore', 'The dock workers union', 'backed'],
  ])('%s', (text, content, speaker, cue) => {
    expect(optIns(text)).toContainEqual([content, speaker, cue, 'reported/stance-name-which']);
  });
});

describe('other relative subjects and non-person objects give no stance-name (optin40)', () => {
  test.each([
    ['Ilse Brandt, who endorsed Tobin Hale, spent heavily on mailers.'],
    ['A union that endorsed Tobin Hale spent heavily on mailers.'],
    ['The ferry union, which endorsed the harbor levy, spent heavily on mailers.'],
    ['The ferry union, which would endorse Tobin Hale, spent heavily on mailers.'],
    ['The ferry union, which has not endorsed Tobin Hale, spent heavily on mailers.'],
  ])('%s', (text) => {
    expect(optIns(text).filter((r) => /^reported\/stance-name/.test(r[3]))).toEqual([]);
  });
});

// (every quote of the default output, not only the opt-in ones, which the default never reports)
describe('default output is unchanged (optin40)', () => {
  test.each([['The ferry union, which has endorsed Tobin Hale, spent heavily on mailers.'], ['The farm lobby, which has backed Senator Mara Voss, met on Friday.']])('%s', (text) => {
    expect(extract(text).quotes).toEqual([]);
  });
});
