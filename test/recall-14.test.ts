/**
 * Reported-speech recall, round 14 (issue 11): a subject whose modifier
 * before the cue holds quoted words closed by a comma inside the mark
 * ('Mr. Hale, citing "a weak market," said ...'), and a subject with a
 * "whose" clause ending right before the cue ("Tenants whose rents were
 * raised said ..."), and an aside between two dashes right after the cue
 * ("said — on the radio, as it happens — that ..."). Words the tagger
 * misreads: "said" read as an adjective after a name ("Ann Read said leaders
 * had ..."), a base-form verb of saying read as a noun after a plural subject
 * ("Candidates promise they will ..."), a participle read as a noun after
 * "been", and "joking" read as a noun. Invented sentences with the exact parts, speaker, cue and
 * rule expected, and the negatives that must keep their own speaker.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  // quoted words as the object of a participle between the subject and the cue
  ['X, citing "words," said that CLAUSE', 'Mr. Hale, citing "the strength of the market," said that the company could grow in Ohio.', [
    row(['the company could grow in Ohio'], 'Mr. Hale', 'said', 'reported/cue-that'),
  ]],
  ["X, quoting ''words,'' said that CLAUSE", "The clerk, quoting ''a very old rule,'' said that the meeting was closed.", [
    row(['a very old rule,'], 'The clerk', 'quoting', 'reported/cue-quoted-object', 'direct'),
    row(['the meeting was closed'], 'The clerk', 'said', 'reported/cue-that'),
  ]],
  // (with no "that": a phrase and its verb after the cue are the clause's subject, no inverted speaker)
  ['X, citing "words," said CLAUSE', 'Mr. Hale, citing "the strength of the market," said the company could grow in Ohio.', [
    row(['the company could grow in Ohio'], 'Mr. Hale', 'said', 'reported/cue-clause'),
  ]],
  ['X, quoting "words," said CLAUSE', 'The clerk, quoting "an old rule," said the meeting was closed.', [
    row(['an old rule,'], 'The clerk', 'quoting', 'reported/cue-quoted-object', 'direct'),
    row(['the meeting was closed'], 'The clerk', 'said', 'reported/cue-clause'),
  ]],
  // (an inverted speaker after a quotation stays one)
  ['"quote," said the X.', '"The plan is dead," said the clerk.', [
    row(['The plan is dead,'], 'the clerk', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  // ("pointing to" + a quoted phrase is a cue since cue24: PolNeAR marks a participle "pointing to X" as a cue)
  ['X, pointing to "words," argued CLAUSE', 'Ms. Ortiz, pointing to "years of neglect," argued the bridge must close.', [
    row(['years of neglect,'], 'Ms. Ortiz', 'pointing to', 'reported/cue-quoted-object', 'direct'),
    row(['the bridge must close'], 'Ms. Ortiz', 'argued', 'reported/cue-clause'),
  ]],
  // a "whose" clause between the people and the cue
  ['people whose N were V-ed say CLAUSE', 'The county officials whose budgets have been cut say the real problem is the formula.', [
    row(['the real problem is the formula'], 'The county officials', 'say', 'reported/cue-clause'),
  ]],
  ['people whose N were V-ed said CLAUSE', 'Tenants whose rents were raised twice said the landlord ignored their letters.', [
    row(['the landlord ignored their letters'], 'Tenants', 'said', 'reported/cue-clause'),
  ]],
  // negatives: quoted words after a relative clause's verb are the content, whose speaker follows
  ['people who V are "words," X said', 'Teachers who joined the union are "very, very angry," Ms. Lee said.', [
    row(['Teachers who joined the union are "very, very angry,"'], 'Ms. Lee', 'said', 'reported/content-speaker-cue', 'mixed'),
  ]],
  // and quoted words followed by "and" a new subject do not join two subjects
  ['X accuses Y of "words" and Z says CLAUSE', 'The mayor accuses the board of "dragging its feet" and the governor says it is "failing the city."', [
    row(['the board of "dragging its feet"'], 'The mayor', 'accuses', 'reported/cue-quoted-object', 'mixed'),
    row(['it is "failing the city."'], 'the governor', 'says', 'reported/cue-clause', 'mixed'),
  ]],
  // an aside between two dashes right after the cue
  ['X said — aside — that CLAUSE', 'His campaign manager Tom Bell said — on the radio, as it happens — that the campaign raised $2 million that week.', [
    row(['the campaign raised $2 million that week'], 'His campaign manager Tom Bell', 'said', 'reported/cue-that'),
  ]],
  ['X said - aside - CLAUSE', 'The mayor said - in a rare interview - the plan was dead.', [
    row(['the plan was dead'], 'The mayor', 'said', 'reported/cue-clause'),
  ]],
  // (a dash inside the clause stays in it)
  ['X said CLAUSE — aside — CLAUSE', 'The mayor said the plan — a costly one — was dead.', [
    row(['the plan — a costly one — was dead'], 'The mayor', 'said', 'reported/cue-clause'),
  ]],
  // "said" read as an adjective after a name (a surname read as a verb too), before a bare-noun clause
  ['Name Surname-verb said/ADJ CLAUSE', 'Harbor chief Ann Read said dock leaders had paid the bill.', [
    row(['dock leaders had paid the bill'], 'Harbor chief Ann Read', 'said', 'reported/cue-clause'),
  ]],
  ['Name Surname-verb said/ADJ plural CLAUSE', 'Tom Read said voters would decide the levy.', [
    row(['voters would decide the levy'], 'Tom Read', 'said', 'reported/cue-clause'),
  ]],
  // a base form of a verb of saying read as a noun between a plural subject and a clause
  ['plural + promise + pronoun clause', 'Council candidates promise they will keep the ferry running.', [
    row(['they will keep the ferry running'], 'Council candidates', 'promise', 'reported/cue-clause'),
  ]],
  ['plural + vow + infinitive', 'Ferry riders vow to block the new toll.', [
    row(['to block the new toll'], 'Ferry riders', 'vow', 'reported/cue-infinitive'),
  ]],
  ['plural + claim + clause', 'Dock workers claim the new crane is unsafe.', [
    row(['the new crane is unsafe'], 'Dock workers', 'claim', 'reported/cue-clause'),
  ]],
  // a participle read as a noun after "been"
  ['whose X have been PARTICIPLE say', 'The growers whose permits have been invalidated say the board acted too fast.', [
    row(['the board acted too fast'], 'The growers', 'say', 'reported/cue-clause'),
  ]],
  // "joking" read as a noun after a comma
  [', joking that', 'Mayor Ann Lee opened the pier on Sunday, joking that the gulls had waited long enough.', [
    row(['the gulls had waited long enough'], 'Mayor Ann Lee', 'joking', 'reported/cue-that'),
  ]],
];

const none: [string, string][] = [
  // no clause after the second dash
  ['said nothing — aside — about X', 'The mayor said nothing — not a word — about the plan.'],
  // the nouns, not the verbs
  ['the promise they made', 'The promise they made was broken.'],
  ['a campaign promise to', 'A campaign promise to cut the toll failed.'],
  ['the workers promise was', 'The workers promise was kept.'],
  ['the said leaders', 'The said leaders had paid the bill.'],
];

// a capitalised verb opening an imperative is no surname: the cue after it keeps its own speaker
const kept: [string, string, Row[]][] = [
  ['Read the report, he said.', 'Read the report, he said.', [
    row(['Read the report'], 'he', 'said', 'reported/content-speaker-cue'),
  ]],
];

describe('reported-speech recall, round 14', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each(none)('%s yields nothing', (_name, input) => {
    expect(rows(extract(input))).toEqual([]);
  });
  test.each(kept)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
