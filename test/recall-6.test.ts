/**
 * Reported-speech recall, round 6 (issue 11): a topic of one noun after a
 * verb of talking ("talked about Medicare."), "declare" with a noun-phrase
 * object ("declared war on the toll"), and a verb of warning with its listener
 * and what it warns against ("warned the pilots against sailing in fog").
 * Invented sentences with the exact parts, speaker, cue and rule expected, and
 * the negatives that must yield nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // a topic of one noun, where the clause ends right after it
  ['talked about NAME.', 'Instead, Reed repeatedly talked about Medicare.', [
    row(['Medicare'], 'Reed', 'repeatedly talked about', 'reported/cue-topic-word'),
  ]],
  ['talks about NAME, main clause', 'To the extent she talks about Brennan, her message is simple.', [
    row(['Brennan'], 'she', 'talks about', 'reported/cue-topic-word'),
  ]],
  ['fronted participle shares the subject', 'After talking about security, Ms. Lund said the pier would reopen.', [
    row(['security'], 'Ms. Lund', 'talking about', 'reported/cue-topic-word'),
    row(['the pier would reopen'], 'Ms. Lund', 'said', 'reported/cue-clause'),
  ]],
  ['railed against NAME + time', 'Reed railed against Brennan on Monday.', [
    row(['Brennan'], 'Reed', 'railed against', 'reported/cue-topic-word'),
  ]],
  ['joked about NOUN, then', 'The ferry captain joked about tolls, then left.', [
    row(['tolls'], 'The ferry captain', 'joked about', 'reported/cue-topic-word'),
  ]],
  // (two words or more stay with the topic rule)
  ['topic of two words', 'Reed talked about Medicare cuts.', [
    row(['Medicare cuts'], 'Reed', 'talked about', 'reported/cue-topic'),
  ]],
  // "declare" with a noun-phrase object
  ['declared war on', 'The harbor board declared war on the new toll.', [
    row(['war on the new toll'], 'The harbor board', 'declared', 'reported/cue-object'),
  ]],
  ['publicly declared its support', 'The council publicly declared its support for the plan.', [
    row(['its support for the plan'], 'The council', 'publicly declared', 'reported/cue-object'),
  ]],
  // "declare" with an object and what it is declared to be, or a state of emergency
  ['declared NP a NP', 'The harbor board declared the vote a sham.', [
    row(['the vote a sham'], 'The harbor board', 'declared', 'reported/cue-object'),
  ]],
  ['declared NP ADJ', 'Reed declared the ferry deal dead.', [
    row(['the ferry deal dead'], 'Reed', 'declared', 'reported/cue-object'),
  ]],
  ['declared a state of emergency', 'Governor Dana Pell declared a state of emergency in the valley.', [
    row(['a state of emergency in the valley'], 'Governor Dana Pell', 'declared', 'reported/cue-object'),
  ]],
  // a verb of warning, its listener and what it warns against
  ['warned LISTENER against', 'Ms. Lund warned the pilots against sailing in fog.', [
    row(['the pilots against sailing in fog'], 'Ms. Lund', 'warned', 'reported/warned-listener'),
  ]],
  ['also warned LISTENER about', 'Reed also warned the port authority about the cost of dredging.', [
    row(['the port authority about the cost of dredging'], 'Reed', 'also warned', 'reported/warned-listener'),
  ]],
  ['warned LISTENER away from', 'The skipper warned Mr. Alden away from giving advice to the crew.', [
    row(['Mr. Alden away from giving advice to the crew'], 'The skipper', 'warned', 'reported/warned-listener'),
  ]],
  ['cautioned LISTENER against', 'Reed cautioned the board against a new levy.', [
    row(['the board against a new levy'], 'Reed', 'cautioned', 'reported/warned-listener'),
  ]],
  ['warned LISTENER of + gerund', 'Ms. Lund warned the crew of sailing in fog.', [
    row(['the crew of sailing in fog'], 'Ms. Lund', 'warned', 'reported/warned-listener'),
  ]],
  // "of" and a noun phrase inside the listener, then the warning's preposition
  ['warned LISTENER of NP against', 'Ms. Lund warned members of the harbor board against selling the pier.', [
    row(['members of the harbor board against selling the pier'], 'Ms. Lund', 'warned', 'reported/warned-listener'),
  ]],
  // "of" and a danger, or something indefinite to come, is the warning
  ['warned LISTENER of a NP', 'Reed warned investors of a steep drop in the autumn.', [
    row(['investors of a steep drop in the autumn'], 'Reed', 'warned', 'reported/warned-listener'),
  ]],
  ['warned LISTENER of the risk of', 'The agency warned tenants of the risk of mold.', [
    row(['tenants of the risk of mold'], 'The agency', 'warned', 'reported/warned-listener'),
  ]],
  ['warned LISTENER of the dangers of + gerund', 'Ms. Lund warned the pilots of the dangers of sailing in fog.', [
    row(['the pilots of the dangers of sailing in fog'], 'Ms. Lund', 'warned', 'reported/warned-listener'),
  ]],
  // a question put to someone unnamed at the start of a sentence, with no speaker
  ['Asked which NOUN VERB, main clause', 'Asked which pier was his favorite, Reed laughed.', [
    row(['which pier was his favorite'], null, 'Asked', 'reported/asked-wh'),
  ]],
  ['Asked what VERB (question word as subject)', 'Asked what might surprise voters about him, Ms. Lund smiled.', [
    row(['what might surprise voters about him'], null, 'Asked', 'reported/asked-wh'),
  ]],
  ['Asked whether + gerund subject', 'Asked whether watching the race from the dock had been hard, Reed shrugged.', [
    row(['whether watching the race from the dock had been hard'], null, 'Asked', 'reported/asked-wh'),
  ]],
];

describe('recall round 6 shapes', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

/** Sentences that must yield nothing. */
const negatives: [string, string][] = [
  // a pronoun, a time or a noun compound is no one-word topic
  ['a pronoun topic', 'Reed talked about it.'],
  ['a day after about', 'Reed talked about Monday.'],
  ['talks read as a noun', 'The talks about Medicare stalled.'],
  ['no subject', 'Talking about tolls is hard.'],
  // a talk to come or one that may be reports nothing said
  ['a talk to come', "If the weather holds, then we'll talk about tolls."],
  ['a modal before the cue', 'Reed could talk about Medicare.'],
  // a listener alone is no warning's content
  ['a listener alone', 'Ms. Lund warned the pilots.'],
  ['a pronoun listener', 'Reed warned them against it.'],
  ['a passive warning', 'The pilots were warned against sailing in fog.'],
  // "of" and a noun phrase belongs to the listener
  ['"members of" the listener', 'Ms. Lund warned members of the harbor board.'],
  ['"residents of" a place', 'The mayor warned residents of the east shore on Monday.'],
  // a talk wanted, expected or refused, or one nobody held, and a time of day
  ['wants to talk about', 'The senator wants to talk about Medicare.'],
  ['is expected to speak about', 'Ms. Lund is expected to speak about tolls.'],
  ['declined to speak about', 'Reed declined to speak about Brennan.'],
  ['nobody talked about', 'Nobody talked about Medicare.'],
  ['a time of day after about', 'The friends talked about midnight.'],
  // "declare" with an object that is no statement
  ['declared a dividend', 'The harbor board declared a quarterly dividend of 30 cents a share.'],
  ['declared the income', 'The family declared the income on its tax return.'],
  ['declared a dividend for', 'The harbor board declared a special dividend for its shareholders.'],
  // no question after "Asked": a bare question word, none before the comma, or "asked" inside the sentence
  ['a bare question word', 'Asked why, Reed laughed.'],
  ['no comma before the main clause', 'Asked what he wanted Reed said nothing at all.'],
];

describe('recall round 6 shapes: negatives', () => {
  test.each(negatives)('%s', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
});
