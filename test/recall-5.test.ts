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
  ['point out + gerund clause', 'Ms. Lund points out doing the repairs now would save the town money.', [
    row(['doing the repairs now would save the town money'], 'Ms. Lund', 'points out', 'reported/cue-clause'),
  ]],
  // (a thing shown is no clause: the verb of saying after it takes its own)
  ['who pointed out NP + said', 'The guide who pointed out the lighthouse said it was built in 1812.', [
    row(['it was built in 1812'], 'The guide who pointed out the lighthouse', 'said', 'reported/cue-clause'),
  ]],
  // (a common noun before "points out" that: the verb)
  ['noun + point out that', 'Critics point out that the toll hurts fishermen.', [
    row(['the toll hurts fishermen'], 'Critics', 'point out', 'reported/cue-that'),
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
  // (a comparative before "about": "than" ends the topic)
  ['two adverbs before about', 'Ms. Lund spoke more openly about the strike than she had in years.', [
    row(['the strike'], 'Ms. Lund', 'spoke', 'reported/cue-topic-adjunct'),
  ]],
  ['spoke out for the first time about', 'Reed spoke out for the first time about the dredging plan.', [
    row(['the dredging plan'], 'Reed', 'spoke', 'reported/cue-topic-adjunct'),
  ]],
  ['about roughly, then the topic', 'Reed spoke for about an hour about the dredging plan.', [
    row(['the dredging plan'], 'Reed', 'spoke', 'reported/cue-topic-adjunct'),
  ]],
  // (not after another preposition: the subject's second verb follows)
  ['topic goes on with a second gerund', 'Ms. Lund keeps talking to fishermen about fixing the pier and getting the ferry back.', [
    row(['fixing the pier and getting the ferry back'], 'Ms. Lund', 'keeps talking', 'reported/cue-topic-adjunct'),
  ]],
  // (after a participle, a gerund after "and" is the subject's second verb unless the topic opens with one)
  ['participle topic, then a second participle', 'Dock workers marched along the quay, talking about the toll and carrying signs.', [
    row(['the toll'], 'Dock workers', 'talking about', 'reported/cue-topic'),
  ]],
  ['progressive topic goes on with a gerund', 'Reed is talking about the toll and getting the ferry back.', [
    row(['the toll and getting the ferry back'], 'Reed', 'is talking about', 'reported/cue-topic'),
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
    row(['a rumor that'], 'the harbor board', 'firmly denied', 'reported/relative-object'),
  ]],
  ['a fact X mentions', 'Reed grew up above a bait shop, a fact he often mentions at town meetings.', [
    row(['a fact'], 'he', 'often mentions', 'reported/relative-object'),
  ]],
  ['something X denied', 'Reed had hoped to chair the pier board, something he denied to the Harbor Times.', [
    row(['something'], 'he', 'denied', 'reported/relative-object'),
  ]],
  // (deny and its like need a statement: one of the few words before "which" is one)
  ['statement noun a few words back', 'Mr. Reed faces allegations that he misled the pier board, which he has denied.', [
    row(['he misled the pier board'], 'Mr. Reed', 'allegations', 'reported/noun-cue-fallback-subject'),
    row(['which'], 'he', 'has denied', 'reported/relative-object'),
  ]],
  ['a claim that X disputes', 'It was a claim that the harbor board strongly disputes.', [
    row(['a claim that'], 'the harbor board', 'strongly disputes', 'reported/relative-object'),
  ]],
  // words a crowd called out, after a noun of calling and "of"
  ['chants of, no speaker', 'The ferry pulled in to chants of "Lee, Lee, Lee" from the dock.', [
    row(['Lee, Lee, Lee'], null, 'chants of', 'reported/chant-noun', 'direct'),
  ]],
  // (after a verb of answering and its preposition the verb's subject called it out: names21)
  ['chant of, after the clause subject', 'Dock workers joined in a thunderous chant of "No more tolls on our bridge!"', [
    row(['No more tolls on our bridge!'], 'Dock workers', 'chant of', 'reported/chant-noun', 'direct'),
  ]],
  ['chants of, marks as HTML references', 'The ferry pulled in to chants of &quot;Lee, Lee, Lee&quot; at the pier.', [
    row(['Lee, Lee, Lee'], null, 'chants of', 'reported/chant-noun', 'direct'),
  ]],
  // (the direct stage takes the phrase as the cue of a quotation right after its owner, and only its owner)
  ['possessive chants of', 'Their chants of "Save the pier!" drowned out the gulls.', [
    row(['Save the pier!'], 'Their', 'chants of', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['cries of', 'The dockers answered with cries of "Not one more toll!" Then the hall went quiet.', [
    row(['Not one more toll!'], 'The dockers', 'cries of', 'reported/chant-noun', 'direct'),
  ]],
  // a passive subject with a prepositional phrase or an infinitive on its noun
  ['word of X was first reported by', 'Word of the closure was first reported by the Harbor Times.', [
    row(['Word of the closure'], 'the Harbor Times', 'was first reported', 'reported/passive-subject'),
  ]],
  ['the plan to X was announced', "The mayor's plan to close the pier was announced on Monday.", [
    row(["The mayor's plan to close the pier"], null, 'was announced', 'reported/passive-subject'),
  ]],
  // (a determiner after a noun opens the subject: the words before it are an adjunct)
  ['after an adjunct with no comma', 'After talks with the pilots union the deal was announced on Monday.', [
    row(['the deal'], null, 'was announced', 'reported/passive-subject'),
  ]],
  ['since an adjunct with no comma', 'Since the storm the closure of the pier was announced.', [
    row(['the closure of the pier'], null, 'was announced', 'reported/passive-subject'),
  ]],
];

/** "points out" that is no verb of saying. */
const negatives: [string, string][] = [
  ['points out of a total', 'The Lions scored 20 points out of 30 in the last quarter.'],
  ['a point out of', 'She made a point out of visiting every pier in the county.'],
  // showing a place
  ['pointing out where', 'Reed walked the pier, pointing out where the old ferry used to dock.'],
  ['possessive before points', 'Her points out on the court were few and far between.'],
  // a common noun before "points out" and no clause after it: a compound
  ['noun compound points out', 'The match points out wide were rare.'],
  // a thing shown, not said
  ['pointed out NP', 'Players pointed out the scoreboard to the fans.'],
  ['pointed out NP, which', 'The guide pointed out the lighthouse, which stands on the cliff.'],
  ['who pointed out NP + verb', 'The woman who pointed out the fire called the harbor patrol.'],
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
  ['spoke out for years', 'Ms. Lund has spoken out for years against the toll.'],
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
  // deny, confirm, acknowledge, reveal, repeat, dispute of no statement: refused, approved, greeted, shown, redone, contested
  ['a permit denied', 'The permit application, which the board denied, was filed in May.'],
  ['a request denied', 'It was a request that the council denied.'],
  ['a nominee confirmed', 'The nominee, whom the pier board confirmed, starts on Monday.'],
  ['a crowd acknowledged', 'The crowd, which he acknowledged with a wave, cheered.'],
  ['a tattoo revealed', 'The tattoo, which he revealed at the beach, was large.'],
  ['a mistake repeated', 'It was a mistake that he repeated.'],
  ['land disputed', 'The land, which the two families disputed, was sold.'],
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
