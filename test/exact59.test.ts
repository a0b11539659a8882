/**
 * Exact content of reported speech (exact59): a headline's teaser after a
 * spaced dash is the editor's, not what was said ("... Who He Would Back –
 * It Might Surprise You."); a spaced dash in the story's prose is left to
 * the other boundary rules; a bare title and its relative clause after an
 * inverted speaker describe the speaker (", said Tom Vale, director of the
 * Harbor Trust, whose members ..."); a fronted question ("Asked whether ...,")
 * goes on past an aside of its own to its verb. Invented headlines and sentences; exact parts,
 * speaker, cue, rule and kind; plus texts that must yield nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['a headline ends its content at an en dash before the teaser', 'Mayor Reyes Just Revealed Who He Would Back For Governor \u2013 It Might Surprise You.\n\nThe mayor spoke in Dunmore.', [
    row(['Who He Would Back For Governor'], 'Mayor Reyes', 'Just Revealed', 'reported/cue-clause'),
  ]],
  ['a headline ends its content at an em dash before the teaser', 'Senator Alma Quist Just Said Something Odd About the Harbor Plan \u2014 You Will Not Believe It.\n\nQuist spoke in Dunmore.', [
    row(['Something Odd About the Harbor Plan'], 'Senator Alma Quist', 'Just Said', 'reported/cue-clause'),
  ]],
  ['a spaced dash in the prose under a headline is not cut as a teaser', 'Mayor Reyes Just Revealed Who He Would Back For Governor \u2013 It Might Surprise You.\n\nReyes said the ferry would run all winter \u2013 and run on time, too.', [
    row(['Who He Would Back For Governor'], 'Mayor Reyes', 'Just Revealed', 'reported/cue-clause'),
    row(['the ferry would run all winter \u2013 and run on time, too'], 'Reyes', 'said', 'reported/cue-clause'),
  ]],
  ['a spaced dash in a story without a headline stays in the content', 'Reyes said the ferry would run all winter \u2013 and run on time, too.', [
    row(['the ferry would run all winter \u2013 and run on time, too'], 'Reyes', 'said', 'reported/cue-clause'),
  ]],
  ['a bare title and its relative after an inverted speaker describe the speaker', 'It is the first time a mayor has made housing a major campaign issue, said Tom Vale, executive director of the Harbor Trust, whose members lobby every candidate to take up the issue.', [
    row(['It is the first time a mayor has made housing a major campaign issue'], 'Tom Vale, executive director of the Harbor Trust', 'said', 'reported/content-cue-speaker'),
  ]],
  ['a short bare title with a relative after an inverted speaker', 'Rents will rise again next year, said Tom Vale, director of the Harbor Trust, whose members own most of the docks.', [
    row(['Rents will rise again next year'], 'Tom Vale, director of the Harbor Trust', 'said', 'reported/content-cue-speaker'),
  ]],
  ['a relative aside inside a fronted question goes on to its verb', 'Asked whether the harbor plan, which critics called rushed, would pass, Lee said no.', [
    row(['whether the harbor plan, which critics called rushed, would pass'], null, 'Asked', 'reported/asked-question'),
    row(['no'], 'Lee', 'said', 'reported/cue-answer'),
  ]],
  ['an appositive and a relative one after the other inside a fronted question', 'Asked whether he feared that Ann Vale, the front-runner for mayor, who has called the pier a folly, could win, Reyes shrugged.', [
    row(['whether he feared that Ann Vale, the front-runner for mayor, who has called the pier a folly, could win'], null, 'Asked', 'reported/asked-question'),
  ]],
  ['a phrase set off inside a fronted question before its "that" clause', 'Asked why the council ignored the order, in the same meeting, that the pier be closed, Reyes said nothing.', [
    row(['why the council ignored the order, in the same meeting, that the pier be closed'], null, 'Asked', 'reported/asked-question'),
  ]],
  ["a phrase before the answer's subject is no aside of the question", 'Asked if he would run, in an interview on Monday, Lee said no.', [
    row(['if he would run'], null, 'Asked', 'reported/asked-question'),
    row(['no'], 'Lee', 'said', 'reported/cue-answer'),
  ]],
  ["a relative before the answer's subject stays outside the question", 'Asked whether he backed the plan, which critics called rushed, Lee said no.', [
    row(['whether he backed the plan'], null, 'Asked', 'reported/asked-question'),
    row(['no'], 'Lee', 'said', 'reported/cue-answer'),
  ]],
];

const negatives: [string, string][] = [
  ['a headline with a teaser and no cue', 'Harbor Town Votes On New Pier \u2013 Results Inside.\n\nThe vote ended at noon.'],
];

describe('exact59: exact content of reported speech', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each(negatives)('%s yields nothing', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});
