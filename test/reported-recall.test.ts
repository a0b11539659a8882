/**
 * Reported-speech recall (issue 11): shapes no other rule builds. A gerund
 * phrase as the subject of the reported clause, a pronoun credited to a source
 * ("That's according to ..."), a passive cue that declares an outcome ("X was
 * declared the winner"), verbs of saying the tagger reads as nouns ("Experts
 * note that ..."), questions put to someone that open with "whom", "which" or a
 * bare question word, "as X puts it", reports of a figure ("reported 90
 * break-ins") and short answers ("said no to X"). Invented sentences with the
 * exact parts, speaker, cue and rule expected, and the negatives each rule
 * must leave alone.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // a gerund phrase opens the reported clause and goes on to a verb of its own
  ['said + gerund subject + was', 'Tom Reed said seeing so many boats in the bay was a delight.', [
    row(['seeing so many boats in the bay was a delight'], 'Tom Reed', 'said', 'reported/cue-gerund-clause'),
  ]],
  ['says + gerund subject + is', 'Ms. Lund says seeing so many new faces at the market is a good sign.', [
    row(['seeing so many new faces at the market is a good sign'], 'Ms. Lund', 'says', 'reported/cue-gerund-clause'),
  ]],
  // a pronoun that stands for the sentence before, credited to a source
  ["That's according to X", "The ferry line lost money last year. That's according to filings released by the port board.", [
    row(['That'], 'filings released by the port board', 'according to', 'reported/according-to-pronoun'),
  ]],
  ['This is according to X', 'Voters in the north favored the levy. This is according to a survey by the Harbor Times.', [
    row(['This'], 'a survey by the Harbor Times', 'according to', 'reported/according-to-pronoun'),
  ]],
  // a passive cue that declares an outcome: the subject and what follows the cue
  ['X was declared the winner', 'After Reyes was declared the winner in Dover, the crowd went home.', [
    row(['Reyes', 'the winner in Dover'], null, 'was declared', 'reported/declared-outcome'),
  ]],
  ['a list of names and the agent after by', 'Ms. Dale was declared the winner in Dover, Kell and Marrow by the state boards early on Tuesday.', [
    row(['Ms. Dale', 'the winner in Dover, Kell and Marrow'], 'the state boards', 'was declared', 'reported/declared-outcome'),
  ]],
  // a verb of saying the tagger reads as a noun after a plural subject
  ['plural subject + note that', 'But ferry captains note that even with the new buoys, the channel is hard to steer in fog.', [
    row(['even with the new buoys, the channel is hard to steer in fog'], 'ferry captains', 'note', 'reported/cue-that'),
  ]],
  ['plural subject + argue that', 'Harbor pilots argue that the new channel is too narrow for tankers.', [
    row(['the new channel is too narrow for tankers'], 'Harbor pilots', 'argue', 'reported/cue-that'),
  ]],
  // a question put to someone, led by whom, which or whose, or a bare question word: no speaker
  ['when asked whom', 'When asked whom she backed, Ms. Lund smiled.', [
    row(['whom she backed'], null, 'asked', 'reported/asked-which'),
  ]],
  ['was asked whom', 'Reed was asked whom the town would hire first.', [
    row(['whom the town would hire first'], null, 'was asked', 'reported/asked-which'),
  ]],
  ['when asked why,', 'When asked why, Reed laughed.', [
    row(['why'], null, 'asked', 'reported/asked-which'),
  ]],
  // "as X puts it", the present tense of "as X put it"
  ['as X puts it, with quoted words', 'As the Harbor Times editor Ann Lee puts it, the ferry plan is "a bridge to nowhere."', [
    row(['the ferry plan is "a bridge to nowhere."'], 'the Harbor Times editor Ann Lee', 'puts it', 'reported/cue-clause', 'mixed'),
  ]],
  // a report of a figure: a number or quantity, or spending money
  ['reported + number', 'Port police reported 90 break-ins at the docks last year, most of them at night.', [
    row(['90 break-ins at the docks last year, most of them at night'], 'Port police', 'reported', 'reported/report-figure'),
  ]],
  ['reported + at least + number', 'The agency reported at least 40 leaks in the old pipes.', [
    row(['at least 40 leaks in the old pipes'], 'The agency', 'reported', 'reported/report-figure'),
  ]],
  ['reported spending', 'Two harbor groups reported spending $2 million on radio ads.', [
    row(['spending $2 million on radio ads'], 'Two harbor groups', 'reported', 'reported/report-figure'),
  ]],
  // a short answer before a clause of contrast, or with what it answers after "to"
  ['said yes while', 'Most members said yes while a third said no.', [
    row(['yes'], 'Most members', 'said', 'reported/cue-answer-to'),
    row(['no'], 'a third', 'said', 'reported/cue-answer'),
  ]],
  ['said no to', 'Reed said no to the new levy on ferry tickets.', [
    row(['no to the new levy on ferry tickets'], 'Reed', 'said', 'reported/cue-answer-to'),
  ]],
];

/** Sentences in which the rules of this file must not fire. */
const negatives: [string, string][] = [
  // a bare infinitive after an object pronoun is no verb of the gerund's own (the clause rule reads none of this sentence)
  ['seeing them leave', 'Reed said seeing so many of them leave the bay was hard.'],
  // a gerund object with no verb after it
  ['gerund object only', 'Reed admitted taking the money from the fund.'],
  // a cue of saying of its own right after the cue (the clause rule reads none of this sentence)
  ['said saying', 'Reed said saying so many words in the bay was a delight.'],
  // the pronoun must open the sentence and "be" must follow it
  ['that not at the start', 'The plan is sound, and that is according to plan.'],
  ['that with another verb', 'That changed according to the tide tables.'],
  // a relative word as the subject of the outcome, and a passive with no outcome noun
  ['who was declared the winner', 'The mayor, who was declared the winner last week, kept quiet.'],
  ['declared a hero', 'Ms. Dale was declared a hero by the crowd.'],
  // an active "asked" with its own subject is the listener rule's; "which" as a relative is no question
  ['active asked which', 'The mayor asked which pier would be rebuilt first.'],
  ['relative which after asked', 'Reed sent the files, which the board asked for, to the court.'],
  // a report with no figure as its object, and a figure after a preposition
  ['reported a noun phrase', 'The board reported the break-ins to the police.'],
  ['reported on a figure', 'The paper reported on the 90 break-ins.'],
  ['passive reported figure', 'About 90 break-ins were reported last year.'],
  // "no" as a determiner opens a clause: "or" is no conjunction of contrast after the answer
  ['said yes or no', 'Reed said yes or no questions would be banned.'],
];

/** "puts it" that is no "as X puts it": no cue, so nothing is attributed. */
const noPutIt: [string, string][] = [
  ['puts it away', 'Reed takes the map and puts it, folded, in his coat.'],
];

describe('reported-speech recall shapes', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('"puts it" outside "as X puts it"', () => {
  test.each(noPutIt)('%s', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});

describe('reported-speech recall shapes: negatives', () => {
  test.each(negatives)('%s', (_name, input) => {
    const rules = rows(extract(input)).map((r) => r.rule);
    expect(rules).not.toContain('reported/cue-gerund-clause');
    expect(rules).not.toContain('reported/according-to-pronoun');
    expect(rules).not.toContain('reported/declared-outcome');
    expect(rules).not.toContain('reported/asked-which');
    expect(rules).not.toContain('reported/report-figure');
    expect(rules).not.toContain('reported/cue-answer-to');
  });
});
