/**
 * Speaker names of stop 56 (names56): a person noun opening the sentence
 * before a nickname in quotation marks ('Baker "Slim" Jones said') was read
 * as a given name (since names59 a job word there is a title and the
 * nickname the name the person goes by: Slim Jones); a phrase of the medium after an
 * inverted or inserted attribution ("..., said Ann Ruiz, in a statement.")
 * tells how it was said, not what; a negated nobody ("No one at the agency
 * said") and a question's subject ("Which senator said ...?") name no
 * speaker and report nothing, as "No one said" and "Who said" do (never the
 * phrase after the preposition: "the agency"; since names57 a negated nobody
 * speaks as "Nobody" does, its rows in test/names57.test.ts); a "he" or "she" with no one
 * named stands for the definite description of its gender that is the
 * subject before it ("My brother was a fisherman ..., and he used to say").
 * Exact parts, speaker mention and name,
 * cue, rule and kind; negatives (near misses) that must keep their reading.
 */
import { describeNamedTables, named, type NamedRow } from './support/name-rows.js';

const fixes: [string, string, NamedRow[]][] = [
  // (since names59 a job word alone before the nickname is a title and the nickname the name: Slim Jones, Red Quill)
  ['a person noun before a nickname', 'Baker "Slim" Jones said the mill would close.', [
    named(['the mill would close'], 'Baker "Slim" Jones', 'Slim Jones', 'said', 'reported/cue-clause'),
  ]],
  ['and the surname alone later is the same man', 'Farmer "Red" Quill said the creek was dry. Quill added that the wells were low.', [
    named(['the creek was dry'], 'Farmer "Red" Quill', 'Red Quill', 'said', 'reported/cue-clause'),
    named(['the wells were low'], 'Quill', 'Red Quill', 'added', 'reported/cue-that'),
  ]],
  ['a medium after an inverted speaker of two people', 'The farm is gone, said Ann Ruiz and Tom Ruiz, in a statement.', [
    named(['The farm is gone'], 'Ann Ruiz and Tom Ruiz', 'Ann Ruiz and Tom Ruiz', 'said', 'reported/content-cue-speaker'),
  ]],
  ['a medium with more words after an inverted speaker', 'The farm was sold, said Ann Ruiz, in an interview on Monday.', [
    named(['The farm was sold'], 'Ann Ruiz', 'Ann Ruiz', 'said', 'reported/content-cue-speaker'),
  ]],
  ['a medium after an inserted attribution', 'The farm is gone, Ann Ruiz said, in a statement released by her lawyer.', [
    named(['The farm is gone'], 'Ann Ruiz', 'Ann Ruiz', 'said', 'reported/content-speaker-cue'),
  ]],
  ['"he" after a kin description that is the first clause\'s subject', 'My brother was a fisherman all his life, and he used to say the sea owed him nothing.', [
    named(['the sea owed him nothing'], 'he', 'My brother', 'used to say', 'reported/cue-clause'),
  ]],
  ['"she" opening the sentence after the description', 'Our grandmother ran the inn for years. She said the guests never paid on time.', [
    named(['the guests never paid on time'], 'She', 'Our grandmother', 'said', 'reported/cue-clause'),
  ]],
];

const nothing: [string, string][] = [
  ['"who" asks', 'Who said the bill was dead?'],
  ['"which" and a noun ask', 'Which senator said the bill was dead?'],
  ['"what" and a noun ask', 'What official said the bill was dead?'],
  ['"which of" asks', 'Which of the senators said the bill was dead?'],
];

const negatives: [string, string, NamedRow[]][] = [
  ['a short body\'s name after "According to"', 'According to Quillon, the deal is off.', [
    named(['the deal is off'], 'Quillon', 'Quillon', 'According to', 'reported/according-to-lead'),
  ]],
  ['"Then" before a title is no part of the name', 'Then Mayor Ann Lee said the budget was balanced.', [
    named(['the budget was balanced'], 'Mayor Ann Lee', 'Ann Lee', 'said', 'reported/cue-clause'),
  ]],
  ['"then-" joined to a title is no part of the name', 'then-Mayor Ann Lee said the budget was balanced.', [
    named(['the budget was balanced'], 'then-Mayor Ann Lee', 'Ann Lee', 'said', 'reported/cue-clause'),
  ]],
  ['"the former governor" is not a predecessor of no stated title', 'The city hired her predecessor, Tom Harlow, in 2010. The former governor said the job was hard.', [
    named(['the job was hard'], 'The former governor', 'The former governor', 'said', 'reported/cue-clause'),
  ]],
  ['"the former governor" after the same title set off before the name', 'The former governor, Tom Harlow, left in 2010. The former governor said the job was hard.', [
    named(['the job was hard'], 'The former governor', 'Tom Harlow', 'said', 'reported/cue-clause'),
  ]],
  ['"he" after a description of the other gender stays bare', 'My sister was a fisherman all her life, and he said the sea owed him nothing.', [
    named(['the sea owed him nothing'], 'he', 'he', 'said', 'reported/cue-clause'),
  ]],
  ['"he" after an indefinite description stays bare', 'A man was fishing, and he said the sea owed him nothing.', [
    named(['the sea owed him nothing'], 'he', 'he', 'said', 'reported/cue-clause'),
  ]],
  ['"he" after a name is the named man', 'Tom Reyes was a fisherman all his life, and he used to say the sea owed him nothing.', [
    named(['the sea owed him nothing'], 'he', 'Tom Reyes', 'used to say', 'reported/cue-clause'),
  ]],
  ['"someone at" the agency still speaks', 'Someone at the agency said the plan would fail.', [
    named(['the plan would fail'], 'Someone at the agency', 'Someone at the agency', 'said', 'reported/cue-clause'),
  ]],
  ['"nobody at" the agency keeps its reading', 'Nobody at the agency said the plan would fail.', [
    named(['the plan would fail'], 'Nobody at the agency', 'Nobody at the agency', 'said', 'reported/cue-clause'),
  ]],
  ['a question after the words asked is the asker\'s', '"Which senator said the bill was dead?" Ann Lee asked.', [
    named(['Which senator said the bill was dead?'], 'Ann Lee', 'Ann Lee', 'asked', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['the answer after a question still speaks', 'Which senator said the bill was dead? Ann Lee said it was Tom Reyes.', [
    named(['it was Tom Reyes'], 'Ann Lee', 'Ann Lee', 'said', 'reported/cue-clause'),
  ]],
  ['a direct quote with the medium after the speakers', '"The farm is gone," said Ann Ruiz and Tom Ruiz, in a statement.', [
    named(['The farm is gone,'], 'Ann Ruiz and Tom Ruiz', 'Ann Ruiz and Tom Ruiz', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['a preposition that finishes the clause still goes on with the report', 'The plan is aimed, said Ann Ruiz, at farmers.', [
    named(['The plan is aimed', 'at farmers'], 'Ann Ruiz', 'Ann Ruiz', 'said', 'reported/content-cue-speaker'),
  ]],
  ['a phrase with no medium after an inserted attribution goes on with it', 'The argument would be aided, Ann Ruiz said, by the new calendar.', [
    named(['The argument would be aided', 'by the new calendar'], 'Ann Ruiz', 'Ann Ruiz', 'said', 'reported/content-speaker-cue'),
  ]],
  ['a person noun opening the sentence with no nickname is no name', 'Bakers said the flour was late.', [
    named(['the flour was late'], 'Bakers', 'Bakers', 'said', 'reported/cue-clause'),
  ]],
  ['a nickname after a known first name keeps working', 'Ann "Slim" Jones said the mill would close.', [
    named(['the mill would close'], 'Ann "Slim" Jones', 'Ann Jones', 'said', 'reported/cue-clause'),
  ]],
];

describeNamedTables('names56: speaker-name leftovers', { fixes, nothing, negatives });
