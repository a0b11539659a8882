/**
 * Reported-speech recall, round 2 (issue 11): verbs of saying with a particle
 * that the tagger reads as nouns ("Dock workers point out that ...", "as Lee
 * points out, ..."). Invented sentences with the exact parts, speaker, cue
 * and rule expected, and the negatives that must yield nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // "point(s) out" read as a noun before its particle
  ['plural subject + point out that', 'Dock workers point out that the new cranes were never tested in winter.', [
    row(['the new cranes were never tested in winter'], 'Dock workers', 'point out', 'reported/cue-that'),
  ]],
  ['and points out that', 'The ferry line rejects the complaint and points out that its boats left on time all summer.', [
    row(['its boats left on time all summer'], 'The ferry line', 'points out', 'reported/cue-that'),
  ]],
  ['modal + adverb + point out that', 'Harbor pilots would likely point out that the channel is too narrow for tankers.', [
    row(['the channel is too narrow for tankers'], 'Harbor pilots', 'would likely point out', 'reported/cue-that'),
  ]],
  ['as X points out, after the clause', 'A deeper channel would bring larger tankers, as Mayor Ann Lee points out.', [
    row(['A deeper channel would bring larger tankers'], 'Mayor Ann Lee', 'points out', 'reported/content-as-speaker-cue'),
  ]],
  // "point out" takes a clause without "that", as "note" does
  ['point out + clause', 'Harbor pilots will surely point out the channel is too narrow for tankers.', [
    row(['the channel is too narrow for tankers'], 'Harbor pilots', 'will surely point out', 'reported/cue-clause'),
  ]],
  ['As X pointed out, clause', 'And as Ms. Lund pointed out, the new buoys have made the channel safer.', [
    row(['the new buoys have made the channel safer'], 'Ms. Lund', 'pointed out', 'reported/cue-clause'),
  ]],
  // the topic of a verb of talking after a listener, an adjunct or adverbs
  ['talked to X about', 'Ms. Lund talked to the harbor pilots about the new toll.', [
    row(['the new toll'], 'Ms. Lund', 'talked', 'reported/cue-topic-adjunct'),
  ]],
  ['spoke at length about', 'Reed spoke at length about his plans for the old ferry terminal.', [
    row(['his plans for the old ferry terminal'], 'Reed', 'spoke', 'reported/cue-topic-adjunct'),
  ]],
  ['spoke at PLACE on DAY about', 'Mayor Ann Lee spoke in the old boathouse last Friday about a levy for the seawall.', [
    row(['a levy for the seawall'], 'Mayor Ann Lee', 'spoke', 'reported/cue-topic-adjunct'),
  ]],
  ['has been talking with X about', 'Reed has been talking with the pilots union for a month about a new toll.', [
    row(['a new toll'], 'Reed', 'has been talking', 'reported/cue-topic-adjunct'),
  ]],
  ['two adverbs before about', 'Ms. Lund spoke more openly about the strike than she had in years.', [
    row(['the strike than she had in years'], 'Ms. Lund', 'spoke', 'reported/cue-topic-adjunct'),
  ]],
  ['about roughly, then the topic', 'Reed spoke for about an hour about the dredging plan.', [
    row(['the dredging plan'], 'Reed', 'spoke', 'reported/cue-topic-adjunct'),
  ]],
  // (not after another preposition: the subject's second verb follows)
  ['topic goes on with a second gerund', 'Ms. Lund keeps talking to fishermen about fixing the pier and getting the ferry back.', [
    row(['fixing the pier and getting the ferry back'], 'Ms. Lund', 'keeps talking', 'reported/cue-topic-adjunct'),
  ]],
  // what someone speaks out against or for
  ['spoke out against', 'Ms. Lund spoke out against the new toll on the bridge.', [
    row(['the new toll on the bridge'], 'Ms. Lund', 'spoke out', 'reported/cue-topic-adjunct'),
  ]],
  ['has spoken out in favor of', 'Reed has spoken out in favor of the dredging plan.', [
    row(['the dredging plan'], 'Reed', 'has spoken out', 'reported/cue-topic-adjunct'),
  ]],
  ['spoke out sharply against', 'Mayor Ann Lee spoke out bluntly against the port board.', [
    row(['the port board'], 'Mayor Ann Lee', 'spoke out', 'reported/cue-topic-adjunct'),
  ]],
  // the object of a verb of saying is a relative word or the noun its clause describes
  ['which X has denied', 'The allegations, which Mr. Reed has denied, ended the talks.', [
    row(['which'], 'Mr. Reed', 'has denied', 'reported/relative-object'),
  ]],
  ['whom X mentioned', 'The prize went to a ferry captain whom Ms. Lund mentioned twice in her toast.', [
    row(['whom'], 'Ms. Lund', 'mentioned', 'reported/relative-object'),
  ]],
  ['a charge that X denied', 'It was a rumor that the harbor board firmly denied.', [
    row(['a rumor that'], 'the harbor board', 'denied', 'reported/relative-object'),
  ]],
  ['a fact X mentions', 'Reed grew up above a bait shop, a fact he often mentions at town meetings.', [
    row(['a fact'], 'he', 'often mentions', 'reported/relative-object'),
  ]],
  ['something X denied', 'Reed had hoped to chair the pier board, something he denied to the Harbor Times.', [
    row(['something'], 'he', 'denied', 'reported/relative-object'),
  ]],
  // words a crowd called out, after a noun of calling and "of"
  ['chants of, no speaker', 'The ferry pulled in to chants of "Lee, Lee, Lee" from the dock.', [
    row(['Lee, Lee, Lee'], null, 'chants of', 'reported/chant-noun', 'direct'),
  ]],
  // (the direct stage takes the phrase as the cue of a quotation right after its owner)
  ['possessive chants of', 'Their chants of "Save the pier!" drowned out the gulls.', [
    row(['Save the pier!'], 'Their', 'chants of', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['cries of', 'The dockers answered with cries of "Not one more toll!" Then the hall went quiet.', [
    row(['Not one more toll!'], null, 'cries of', 'reported/chant-noun', 'direct'),
  ]],
  // a passive subject with a prepositional phrase or an infinitive on its noun
  ['word of X was first reported by', 'Word of the closure was first reported by the Harbor Times.', [
    row(['Word of the closure'], 'the Harbor Times', 'was first reported', 'reported/passive-subject'),
  ]],
  ['the plan to X was announced', "The mayor's plan to close the pier was announced on Monday.", [
    row(["The mayor's plan to close the pier"], null, 'was announced', 'reported/passive-subject'),
  ]],
];

/** "points out" that is no verb of saying. */
const negatives: [string, string][] = [
  ['points out of a total', 'The Lions scored 20 points out of 30 in the last quarter.'],
  ['a point out of', 'She made a point out of visiting every pier in the county.'],
  // showing a place
  ['pointing out where', 'Reed walked the pier, pointing out where the old ferry used to dock.'],
  ['possessive before points', 'Her points out on the court were few and far between.'],
];

describe('recall round 2 shapes', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

/** A verb of talking with adjuncts but no topic after "about". */
const noTopic: [string, string][] = [
  ['about a length of time', 'Reed spoke for about 30 minutes and then left the hall.'],
  ['about an hour', 'Ms. Lund spoke for about an hour at the pier.'],
  ['condition of anonymity', 'An aide spoke on condition of anonymity because she was not allowed to comment.'],
  ['a clause between', 'Reed spoke to the crowd, which cheered about the toll.'],
  ['spoke out for a length of time', 'Reed spoke out for an hour and then left.'],
  ['a stranded preposition', 'Several pilots the board tried to talk to about the toll have refused to help.'],
  ['spoke out for minutes', 'Ms. Lund spoke out for 20 minutes at the pier.'],
];

describe('recall round 2: verbs of talking without a topic', () => {
  test.each(noTopic)('%s', (_name, input) => {
    expect(rows(extract(input)).map((r) => r.rule)).not.toContain('reported/cue-topic-adjunct');
  });
});

/** Passives whose subject is no noun phrase of what was said. */
const noPassiveSubject: [string, string][] = [
  ['a clause before the passive', 'Reed said that the toll on the bridge was reported by the paper.'],
  ['a bare name', 'Ann Lee was announced on Monday.'],
];

describe('recall round 2: no passive subject', () => {
  test.each(noPassiveSubject)('%s', (_name, input) => {
    expect(rows(extract(input)).map((r) => r.rule)).not.toContain('reported/passive-subject');
  });
});

/** Relative clauses whose verb is no verb of saying with its object gapped. */
const noRelativeObject: [string, string][] = [
  ['a verb of asking', 'The pier got the repairs that Ms. Lund demanded.'],
  ['describe as', 'Reed thanked the town, which he describes as a family.'],
  ['relative after a preposition', 'Reed read the facts to which Ms. Lund admitted.'],
  ['an object after the verb', 'The plan, which Reed announced the new toll with, failed.'],
  ['a noun of time', 'The day he announced, the ferry stopped running.'],
];

describe('recall round 2: no relative object', () => {
  test.each(noRelativeObject)('%s', (_name, input) => {
    expect(rows(extract(input)).map((r) => r.rule)).not.toContain('reported/relative-object');
  });
});

/** Nouns of calling with no quotation of two words or more after "of". */
const noChant: [string, string][] = [
  ['no quotation', 'The chants of the crowd grew louder as the board met.'],
  ['one word', 'The vote on the toll drew chants of "no" from the back rows.'],
];

describe('recall round 2: no chant', () => {
  test.each(noChant)('%s', (_name, input) => {
    expect(rows(extract(input)).map((r) => r.rule)).not.toContain('reported/chant-noun');
  });
});

describe('recall round 2 shapes: negatives', () => {
  test.each(negatives)('%s', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});
