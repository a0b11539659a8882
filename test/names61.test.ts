/**
 * Speaker names of stop 59 (names61): the "he" or "she" sentence that bridges
 * a name and a later role ("the nurse") bridges only a person of its gender;
 * a document's quoted title after "according to his book" stays in the source
 * (in "''" marks read as two apostrophes too); a quoted title glued to a role
 * noun before a name ('"Harbour Nights" star Lena Ostrova said ...') is no
 * quote, and joins no report before it;
 * a pronoun after an unnamed description that spoke ("The premier said X. She
 * said Y.") is that description, not a person named before it.
 * Exact parts, speaker mention and name, cue, rule and kind; negatives (near
 * misses) that must keep their reading.
 */
import { describeNamedTables, named, type NamedRow } from './support/name-rows.js';

const fixes: [string, string, NamedRow[]][] = [
  ['a "he" bridge does not carry a woman to "the nurse"', 'Maria Vandeloo has worked at the clinic for years. He knows every bed. "The ward is full," the nurse said.', [
    named(['The ward is full,'], 'the nurse', 'the nurse', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a "she" bridge does not carry a man to "the nurse"', 'Tom Vandeloo has worked at the clinic for years. She knows every bed. "The ward is full," the nurse said.', [
    named(['The ward is full,'], 'the nurse', 'the nurse', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a title in doubled apostrophes after "according to his book" stays in the source', "Tom Reed spoke on Monday. According to his book ''The Harbour'', the town was founded in 1820.", [
    named(['the town was founded in 1820'], "his book ''The Harbour''", "his book ''The Harbour''", 'According to', 'reported/according-to-lead'),
  ]],
  ['a trailing "according to her book" with a title that ends the sentence', "The town was founded in 1820, according to her book ''The Harbour Years.''", [
    named(['The town was founded in 1820'], "her book ''The Harbour Years.''", "her book ''The Harbour Years''", 'according to', 'reported/according-to-trail'),
  ]],
  ['a title in double quotation marks after "according to her report"', 'The town was founded in 1820, according to her report "Rivers at Risk."', [
    named(['The town was founded in 1820'], 'her report "Rivers at Risk."', 'her report "Rivers at Risk"', 'according to', 'reported/according-to-trail'),
  ]],
  ['a quoted title glued to a role noun before a name is no quote', '"Harbour Nights" star Lena Ostrova said she would return.', [
    named(['she would return'], 'star Lena Ostrova', 'Lena Ostrova', 'said', 'reported/cue-clause'),
  ]],
  ['the same in curly marks', '\u201CHarbour Nights\u201D host Lena Ostrova said she would return.', [
    named(['she would return'], 'host Lena Ostrova', 'Lena Ostrova', 'said', 'reported/cue-clause'),
  ]],
  ['a quoted title glued to a noun does not join the report before it', 'Tom Hale claimed that the harbour was sold. "Harbour Nights" host Lena Ostrova was not amused.', [
    named(['the harbour was sold'], 'Tom Hale', 'Tom Hale', 'claimed', 'reported/cue-that'),
  ]],
];

const negatives: [string, string, NamedRow[]][] = [
  ['a "she" bridge still carries a woman to "the nurse"', 'Maria Vandeloo has worked at the clinic for years. She knows every bed. "The ward is full," the nurse said.', [
    named(['The ward is full,'], 'the nurse', 'Maria Vandeloo', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a "he" bridge still carries a man to "the nurse"', 'Tom Vandeloo has worked at the clinic for years. He knows every bed. "The ward is full," the nurse said.', [
    named(['The ward is full,'], 'the nurse', 'Tom Vandeloo', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a bridge after a name of no known gender still carries it', 'Kim Vandeloo has worked at the clinic for years. He knows every bed. "The ward is full," the nurse said.', [
    named(['The ward is full,'], 'the nurse', 'Kim Vandeloo', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a speaker after "and" following a verb and its object is the description alone', 'Shoppers waited for hours and the manager said prices would rise.', [
    named(['prices would rise'], 'the manager', 'the manager', 'said', 'reported/cue-clause'),
  ]],
  ['"according to her book" with no title keeps its reading', 'The town was founded in 1820, according to her book.', [
    named(['The town was founded in 1820'], 'her book', 'her book', 'according to', 'reported/according-to-trail'),
  ]],
  ['a quotation after "according to his aide" is no title', 'The town was founded in 1820, according to his aide "Tom".', [
    named(['The town was founded in 1820'], 'his aide', 'his aide', 'according to', 'reported/according-to-trail'),
  ]],
  ['a quote with no comma before "coach Tom Reed said" stays his', '"We will win" coach Tom Reed said.', [
    named(['We will win'], 'coach Tom Reed', 'Tom Reed', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a quote with no comma before a cue and a time phrase stays his', '"We will win" coach Tom Reed said on Monday.', [
    named(['We will win'], 'coach Tom Reed', 'Tom Reed', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a quoted sentence after a report still joins it', 'Tom Hale claimed that the harbour was sold. "It went to a bank."', [
    named(['the harbour was sold', 'It went to a bank.'], 'Tom Hale', 'Tom Hale', 'claimed', 'reported/cue-that', 'mixed'),
  ]],
];

describeNamedTables('names61: speaker-name leftovers', { fixes, negatives });
