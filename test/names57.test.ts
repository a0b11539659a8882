/**
 * Speaker names of stop 57 (names57): a person's name before of/at/from/with
 * and a body in lower case ("Keating of the fund said") names the person, the
 * body being an affiliation as in an appositive; a cue participle between a
 * bare quantifier and a noun with its own verb ("Most reported cases were
 * mild") is an adjective and reports nothing; a free relative's subject
 * ("Whichever senator said the bill was dead was wrong") names no speaker and
 * reports nothing, as "Whoever said ..." does; after a relative clause and
 * the first clause's own verb, a phrase after "and" before the cue is a new
 * clause's subject ("The delegates who denied the claims were sent home and
 * Lee said").
 * Exact parts, speaker mention and name, cue, rule and kind; negatives (near
 * misses) that must keep their reading.
 */
import { describeNamedTables, named, type NamedRow } from './support/name-rows.js';

const fixes: [string, string, NamedRow[]][] = [
  ['a surname "of the" a body in lower case', 'Keating of the fund said the returns were poor.', [
    named(['the returns were poor'], 'Keating of the fund', 'Keating', 'said', 'reported/cue-clause'),
  ]],
  ['a full name "of the" a body in lower case', 'Marta Quill of the pension fund said the returns were poor.', [
    named(['the returns were poor'], 'Marta Quill of the pension fund', 'Marta Quill', 'said', 'reported/cue-clause'),
  ]],
  ['a surname "of the" a body of two lower-case words', 'Keating of the fund office said the returns were poor.', [
    named(['the returns were poor'], 'Keating of the fund office', 'Keating', 'said', 'reported/cue-clause'),
  ]],
  ['a new name after "and" once the first clause has its verb', 'The delegates who denied the claims were sent home and Lee said it was fair.', [
    named(['the claims'], 'who', 'The delegates', 'denied', 'reported/cue-object'),
    named(['it was fair'], 'Lee', 'Lee', 'said', 'reported/cue-clause'),
  ]],
  ['a full name after "and" after an irregular past', 'The delegates who denied the claims left and Ann Lee said it was fair.', [
    named(['the claims'], 'who', 'The delegates', 'denied', 'reported/cue-object'),
    named(['it was fair'], 'Ann Lee', 'Ann Lee', 'said', 'reported/cue-clause'),
  ]],
  ['a description after "and" once the first clause has its verb', 'The delegates who denied the claims were sent home and the mayor said it was fair.', [
    named(['the claims'], 'who', 'The delegates', 'denied', 'reported/cue-object'),
    named(['it was fair'], 'the mayor', 'the mayor', 'said', 'reported/cue-clause'),
  ]],
  ['"no one" speaks as "nobody" does', 'No one said the plan would fail.', [
    named(['the plan would fail'], 'No one', 'No one', 'said', 'reported/cue-clause'),
  ]],
  ['"no one" with a place after it, never the place', 'No one at the agency said the plan would fail.', [
    named(['the plan would fail'], 'No one at the agency', 'No one at the agency', 'said', 'reported/cue-clause'),
  ]],
  ['"no one" with a place and a modal', 'No one at the county agency would say whether the plan would fail.', [
    named(['whether the plan would fail'], 'No one at the county agency', 'No one at the county agency', 'would say', 'reported/cue-clause'),
  ]],
  ['"no one" with a place after the content', 'The plan will fail, no one at the agency said.', [
    named(['The plan will fail'], 'no one at the agency', 'no one at the agency', 'said', 'reported/content-speaker-cue'),
  ]],
  ['"no one" after a quotation speaks as "nobody" does', '"Nobody knows," no one said.', [
    named(['Nobody knows,'], 'no one', 'no one', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"no one" before a clause (was pinned as nothing in test/shapes.test.ts)', 'No one said the plan was dead.', [
    named(['the plan was dead'], 'No one', 'No one', 'said', 'reported/cue-clause'),
  ]],
];

const nothing: [string, string][] = [
  ['"said a word" tells of silence', 'Nobody said a word when the verdict was read.'],
  ['"no one said a word" too', 'No one said a word when the verdict was read.'],
  ['a free relative\'s "whichever" subject names no one', 'Whichever senator said the bill was dead was wrong.'],
  ['a free relative\'s "whatever" subject names no one', 'Whatever official said the bill was dead was wrong.'],
  ['"whichever of" names no one', 'Whichever of the senators said the bill was dead was wrong.'],
  ['"reported" between a quantifier and a noun with its verb', 'Most reported cases were mild.'],
  ['"alleged" between a quantifier and a noun with its verb', 'Many alleged victims have spoken to the police.'],
  ['after "but" opening the second clause', 'The ward was busy, but most reported cases were mild.'],
];

const negatives: [string, string, NamedRow[]][] = [
  ['a later description whose head differs from the appositive\'s stays unresolved', 'Her predecessor, Tom Harlow, left office in May. The former governor said the budget was a mess.', [
    named(['the budget was a mess'], 'The former governor', 'The former governor', 'said', 'reported/cue-clause'),
  ]],
  ['a later description with the appositive\'s head is the named man', 'Her predecessor, Tom Harlow, left office in May. The predecessor said the budget was a mess.', [
    named(['the budget was a mess'], 'The predecessor', 'Tom Harlow', 'said', 'reported/cue-clause'),
  ]],
  ['"the former governor" after an appositive "the governor" is the named man', 'The governor, Tom Harlow, left office in May. The former governor said the budget was a mess.', [
    named(['the budget was a mess'], 'The former governor', 'Tom Harlow', 'said', 'reported/cue-clause'),
  ]],
  ['"no one" inside a relative clause is no subject', 'There was no one who said the plan would fail.', []],
  ['"nobody" keeps its reading', 'Nobody said the plan would fail.', [
    named(['the plan would fail'], 'Nobody', 'Nobody', 'said', 'reported/cue-clause'),
  ]],
  ['"none of them" keeps its reading', 'None of them said the plan would fail.', [
    named(['the plan would fail'], 'None of them', 'None of them', 'said', 'reported/cue-clause'),
  ]],
  ['a long relative clause with one verb group keeps its people', 'Many farmers who came to Salem to protest the levy say the tax is unfair.', [
    named(['the tax is unfair'], 'Many farmers', 'Many farmers', 'say', 'reported/cue-clause'),
  ]],
  ['two relative clauses joined by "and" keep their people', 'Voters who were polled and who asked not to be named said the race was close.', [
    named(['the race was close'], 'Voters', 'Voters', 'said', 'reported/cue-clause'),
  ]],
  ['a free relative inside the content is what was said', 'The mayor said whichever senator wrote the bill was wrong.', [
    named(['whichever senator wrote the bill was wrong'], 'The mayor', 'The mayor', 'said', 'reported/cue-clause'),
  ]],
  ['"whatever" opening a quotation is no subject', '"Whatever the cost, we will build it," Ann Lee said.', [
    named(['Whatever the cost, we will build it,'], 'Ann Lee', 'Ann Lee', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a relative "who" after a noun still speaks', 'The senator who said the bill was dead was wrong.', [
    named(['the bill was dead'], 'who', 'The senator', 'said', 'reported/cue-clause'),
  ]],
  ['a quantifier before "reported" and a pronoun still reports', 'Most reported they were worried.', [
    named(['they were worried'], 'Most', 'Most', 'reported', 'reported/cue-clause'),
  ]],
  ['a quantifier before "reported that" still reports', 'Most reported that cases were mild.', [
    named(['cases were mild'], 'Most', 'Most', 'reported', 'reported/cue-that'),
  ]],
  ['a noun subject before "reported" still reports', 'Most voters reported cases were mild.', [
    named(['cases were mild'], 'Most voters', 'Most voters', 'reported', 'reported/cue-clause'),
  ]],
  ['"said" is no adjective', 'Most said cases were mild.', [
    named(['cases were mild'], 'Most', 'Most', 'said', 'reported/cue-clause'),
  ]],
  ['a titled name "at the" a body in lower case keeps its shorter mention', 'Dr. Olwen Brisk at the city hospital said the ward was full.', [
    named(['the ward was full'], 'Dr. Olwen Brisk', 'Olwen Brisk', 'said', 'reported/cue-clause'),
  ]],
  ['a title "of the" body stays a description', 'The head of the fund said the returns were poor.', [
    named(['the returns were poor'], 'The head of the fund', 'The head of the fund', 'said', 'reported/cue-clause'),
  ]],
  ['people "of the" body stay a description', 'Members of the fund said the returns were poor.', [
    named(['the returns were poor'], 'Members of the fund', 'Members of the fund', 'said', 'reported/cue-clause'),
  ]],
  ['a name "of the" a capitalised body keeps its reading', 'Keating of the Harbor Fund said the returns were poor.', [
    named(['the returns were poor'], 'Keating of the Harbor Fund', 'Keating', 'said', 'reported/cue-clause'),
  ]],
  ['a name "of the" a kin word that is no body stays whole', 'Keating of the family said the returns were poor.', [
    named(['the returns were poor'], 'Keating of the family', 'Keating of the family', 'said', 'reported/cue-clause'),
  ]],
];

describeNamedTables('names57: speaker-name leftovers', { fixes, nothing, negatives });
