/**
 * Known wrong outputs, round 29 (fix27): content that ran past an inverted
 * ", said an aide"; a present tense the tagger read as a noun after a group
 * noun ("The union thanks its members and says"); "was quoted by the magazine
 * as saying"; a label and two words of talk ("Mayor: We rebuild."); a nested
 * place or time in the occasion before an infinitive ("vowed at a rally in
 * Ohio to ..."); a text found or received, which speaks instead of its finder
 * ("found a note saying ..."); and "noted" with a noun-phrase object.
 * Invented sentences; each row: input, and the expected
 * `kind | text | speaker | cue | rule` of each quote in order.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { quoteLines as rows } from './support/rows.js';

// [class, invented input, expected quotes in order]
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  ['inverted-said', "They said the deal is off, said an aide.", ["indirect | They said the deal is off | an aide | said | reported/content-cue-speaker"]],
  ['inverted-said', "Officials said the road is closed, said a spokesman.", ["indirect | Officials said the road is closed | a spokesman | said | reported/content-cue-speaker"]],
  ['inverted-said', "The firm says the plant will shut, says a union leader.", ["indirect | The firm says the plant will shut | a union leader | says | reported/content-cue-speaker"]],
  ['inverted-said', "Residents said the water was safe, said Tom Varga.", ["indirect | Residents said the water was safe | Tom Varga | said | reported/content-cue-speaker"]],
  ['inverted-said-unchanged', "The deal is off, said an aide.", ["indirect | The deal is off | an aide | said | reported/content-cue-speaker"]],
  ['inverted-said-unchanged', "They said the deal, said to be worth millions, is off.", ["indirect | the deal, said to be worth millions, is off | They | said | reported/cue-clause"]],
  ['misread-present', "The union thanks its members and says the strike is over.", ["indirect | the strike is over | The union | says | reported/cue-clause"]],
  ['misread-present', "The council thanks residents and says the road will reopen.", ["indirect | the road will reopen | The council | says | reported/cue-clause"]],
  ['misread-present', "The party welcomes the ruling and says it will appeal.", ["indirect | it will appeal | The party | says | reported/cue-clause"]],
  ['misread-present-unchanged', "The union members met and said the strike is over.", ["indirect | the strike is over | The union members | said | reported/cue-clause"]],
  ['quoted-by-as', "He was quoted by the magazine as saying the deal was dead.", ["indirect | the deal was dead | He | was quoted by the magazine as saying | reported/cue-clause"]],
  ['quoted-by-as', "She was quoted by local media as saying the plan had failed.", ["indirect | the plan had failed | She | was quoted by local media as saying | reported/cue-clause"]],
  ['quoted-by-as', "The minister was quoted by Reuters as saying talks would resume.", ["indirect | talks would resume | The minister | was quoted by Reuters as saying | reported/cue-clause"]],
  ['quoted-by-as-unchanged', "He was quoted as saying the deal was dead.", ["indirect | the deal was dead | He | was quoted as saying | reported/cue-clause"]],
  ['quoted-by-as-unchanged', "The book was quoted by critics as proof of the theory.", []],
  ['label-pronoun-clause', "Mayor: We rebuild.", ["indirect | We rebuild | Mayor | : | reported/headline"]],
  ['label-pronoun-clause', "Coach: I disagree.", ["indirect | I disagree | Coach | : | reported/headline"]],
  ['label-pronoun-clause-unchanged', "Mayor: We will rebuild.", ["indirect | We will rebuild | Mayor | : | reported/headline"]],
  ['label-pronoun-clause-not', "Weather: It rains.", []],
  ['label-pronoun-clause-not', "Mayor: Rebuild now.", []],
  ['label-pronoun-clause-not', "Background: The plant opened in 1990.", []],
  ['occasion-nested', "The governor vowed at a rally in Ohio to veto the bill.", ["indirect | to veto the bill | The governor | vowed | reported/cue-infinitive"]],
  ['occasion-nested', "The mayor pledged at a meeting on Tuesday to cut taxes.", ["indirect | to cut taxes | The mayor | pledged | reported/cue-infinitive"]],
  ['occasion-nested', "She promised in a speech at the convention to fight on.", ["indirect | to fight on | She | promised | reported/cue-infinitive"]],
  ['occasion-nested', "The senator vowed at the end of the hearing to block the nominee.", ["indirect | to block the nominee | The senator | vowed | reported/cue-infinitive"]],
  // (a nested "to" phrase before no verb: read since fix29)
  ['occasion-nested', "He vowed during a visit to the plant to save jobs.", ["indirect | to save jobs | He | vowed | reported/cue-infinitive"]],
  ['found-text', "The hikers found a note saying the trail was closed.", ["indirect | the trail was closed | a note | saying | reported/cue-clause"]],
  ['found-text', "She received a letter claiming her taxes were late.", ["indirect | her taxes were late | a letter | claiming | reported/cue-clause"]],
  ['found-text', "Residents got an email saying the water was unsafe.", ["indirect | the water was unsafe | an email | saying | reported/cue-clause"]],
  ['found-text-unchanged', "His office released a statement saying the senator was sorry.", ["indirect | the senator was sorry | His office | released a statement saying | reported/cue-clause"]],
  ['found-text-unchanged', "Reporters heard the governor saying that the vote was lost.", ["indirect | the vote was lost | the governor | saying | reported/cue-that"]],
  ['noted-object', "She also noted the rise in crime.", ["indirect | the rise in crime | She | also noted | reported/cue-np-object"]],
  ['noted-object', "The mayor noted a sharp drop in sales.", ["indirect | a sharp drop in sales | The mayor | noted | reported/cue-np-object"]],
  ['noted-object', "He noted the long delays at the border.", ["indirect | the long delays at the border | He | noted | reported/cue-np-object"]],
  ['noted-object-unchanged', "He noted that the delays were long.", ["indirect | the delays were long | He | noted | reported/cue-that"]],
];

/** Every cue category on. */
const ALL = { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] } as const;

// every category: an impersonal "it seems" has no speaker and reports nothing
const EVERY: readonly (readonly [string, string, readonly string[]])[] = [
  ['impersonal-not', 'It seems likely that the vote will pass.', []],
  ['impersonal-not', 'It seems clear that the bridge will close.', []],
  ['inverted-said', 'They said the deal is off, said an aide.', ['indirect | They said the deal is off | an aide | said | reported/content-cue-speaker']],
];

describe('known wrong outputs, round 29 (fix27), every category', () => {
  test.each(EVERY)('%s: %s', (_family, input, expected) => {
    expect(rows(extract(input, { categories: [...ALL.categories] }))).toEqual(expected);
  });
});

describe('known wrong outputs, round 29 (fix27)', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
