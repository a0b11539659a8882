/**
 * Reported speech (issue 11), recall shapes: a present-tense verb of talking
 * that the tagger reads as a noun after a name ("Ms. Lund talks about the
 * pier") is a cue when its topic holds no verb of its own, and an adverb may
 * split a reported infinitive ("vowed to quickly rebuild"), "'s" after he, she
 * or who stands for "has" ("he's said he will run"), "call" after a plural
 * subject is a verb ("Pilots call the toll "robbery""), "kept" before a gerund
 * of saying is part of the cue ("kept asking"), and "reported from" is a
 * dateline unless "that", a colon or a quote follows. Invented sentences
 * with the exact parts, speaker, cue and rule expected, and negatives that must
 * yield nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['NAME talks about TOPIC', 'Ms. Lund talks about a harbor for everyone.', [
    row(['a harbor for everyone'], 'Ms. Lund', 'talks about', 'reported/cue-topic'),
  ]],
  ['NAME talks about TOPIC, but ...', 'Reed talks about a new pier, but the board is split.', [
    row(['a new pier'], 'Reed', 'talks about', 'reported/cue-topic'),
  ]],
  ['NAME talks about QUESTION', 'Dana Reed talks about what can be done when rivals agree.', [
    row(['what can be done when rivals agree'], 'Dana Reed', 'talks about', 'reported/cue-topic'),
  ]],
  ['NAME jokes about TOPIC', 'Reed jokes about his age.', [
    row(['his age'], 'Reed', 'jokes about', 'reported/cue-topic'),
  ]],
  ['vowed to ADVERB VERB', 'Reed vowed to quickly rebuild the pier.', [
    row(['to quickly rebuild the pier'], 'Reed', 'vowed', 'reported/cue-infinitive'),
  ]],
  ['has promised to ADVERB VERB', 'Ms. Lund has repeatedly promised to fully reopen the ferry line.', [
    row(['to fully reopen the ferry line'], 'Ms. Lund', 'has repeatedly promised', 'reported/cue-infinitive'),
  ]],
  ['urged LISTENER to also VERB', 'Reed urged the anglers to also consider the new toll.', [
    row(['the anglers to also consider the new toll'], 'Reed', 'urged', 'reported/cue-infinitive'),
  ]],
  ['vowed to not VERB', 'Ms. Lund vowed to not raise the toll.', [
    row(['to not raise the toll'], 'Ms. Lund', 'vowed', 'reported/cue-infinitive'),
  ]],
  // "'s" for "has" after he, she, who
  ['he\'s said CLAUSE', "He's said he will rebuild the pier.", [
    row(['he will rebuild the pier'], 'He', "'s said", 'reported/cue-clause'),
  ]],
  ['she’s said CLAUSE', 'She’s said the toll is too high.', [
    row(['the toll is too high'], 'She', '’s said', 'reported/cue-clause'),
  ]],
  // "call" that the tagger reads as a noun after a plural subject
  ['PLURAL call OBJECT "Q"', 'Harbor pilots call the new toll "highway robbery."', [
    row(['the new toll "highway robbery."'], 'Harbor pilots', 'call', 'reported/cue-quoted-object', 'mixed'),
  ]],
  // "kept" before a gerund of saying belongs to the cue
  ['kept asking LISTENER why', 'Ms. Lund kept asking him why the pier had closed.', [
    row(['why the pier had closed'], 'Ms. Lund', 'kept asking', 'reported/cue-question'),
  ]],
  ['keeps saying CLAUSE', 'Reed keeps saying the pier is safe.', [
    row(['the pier is safe'], 'Reed', 'keeps saying', 'reported/cue-clause'),
  ]],
  // "reported from PLACE" before "that", a colon or a quotation mark is a report
  ['reported from PLACE that CLAUSE', 'Lee reported from Kyiv that the city was calm.', [
    row(['the city was calm'], 'Lee', 'reported', 'reported/cue-that'),
  ]],
  ['reported from the scene that CLAUSE', 'She reported from the scene that three people were hurt.', [
    row(['three people were hurt'], 'She', 'reported', 'reported/cue-that'),
  ]],
];

/** A noun "talks" with a verb after its topic, and a split infinitive after a verb that reports nothing. */
const negatives: [string, string][] = [
  ['NAME talks about X stalled (noun phrase)', 'Harbor talks about the new pier stalled in May.'],
  ['NAME talks about X + verb', 'Lund talks about the toll were cut short.'],
  ['went to quickly VERB', 'Reed went to quickly check the pier.'],
  // "'s" for "is": a passive, a raising verb, a name
  ['it\'s called', "It's called the harbor plan."],
  ['kept + gerund of no saying', 'Reed kept walking along the pier.'],
  ['a phone call + relative', 'The phone call the mayor made was brief.'],
  // a dateline is no report
  ['has reported from PLACE', 'Ms. Lund has reported from every harbor town this year, and has been writing about tolls.'],
  ['reported from PLACE', 'Reed reported from Port Lune.'],
  // a relative clause inside the topic: the verb after it makes "talks" a noun
  ['NAME talks about X, which ..., + verb', 'Geneva talks about the ceasefire, which resumed on Monday, made little progress.'],
];

describe('recall reported-speech shapes', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('recall reported-speech shapes: negatives', () => {
  test.each(negatives)('%s', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});
