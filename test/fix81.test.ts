/**
 * Helper fix81: leftovers of stop 54's lanes. Rows are the exact output with
 * default options: [parts, speaker name, speaker mention, cue, rule, kind].
 * Sentences and names are invented.
 *
 * Fixed: an inserted attribution between a noun subject's cue verb in -ed and
 * its "that" clause ("The minister hoped, she said, that taxes would fall.")
 * reports both parts, as with a pronoun subject (the verb after a noun was read
 * as a participle); an object ends before "and" and a past written as its base
 * form with a determiner or possessive after it ("reported weaker revenue and
 * cut its forecast"; a verb inside a hyphenated adjective, "weaker-than-
 * expected", is no verb of the content); a plain subject after "although",
 * "though" or "whereas" speaks ("..., although one of them told me ..."); a
 * public appeal ("Anyone with information is asked to call police") reports
 * nothing; a quotation that is no title after "in her memoir," or "in his
 * book," is said, cue "said" (was "said in", rule cue-quoted-object); a
 * person's name whose "'s" is "has" before a past cue verb speaks ("Mr.
 * Tolland's said" is Tolland; "Target's said" after "Target said").
 */
import { describe, expect, test } from 'vitest';
import { shapeRows, type ShapeRow } from './support/article-rows.js';

const INSERTED: [string, ShapeRow[]][] = [
  // a noun subject and a cue verb in -ed before the inserted attribution: both parts
  ["The minister hoped, she said, that taxes would fall.", [
    [["The minister hoped","that taxes would fall"],"she","she","said","reported/content-speaker-cue","indirect"],
  ]],
  // another thought verb
  ["The chairman believed, he said, that the plant would reopen.", [
    [["The chairman believed","that the plant would reopen"],"he","he","said","reported/content-speaker-cue","indirect"],
  ]],
  // a pronoun subject, as before
  ["He warned, she said, that costs would rise.", [
    [["He warned","that costs would rise"],"she","she","said","reported/content-speaker-cue","indirect"],
  ]],
  // no "that" clause after the attribution: the clause before it alone
  ["The minister hoped, she said.", [
    [["The minister hoped"],"she","she","said","reported/content-speaker-cue","indirect"],
  ]],
  // a participle that is no cue verb: the "that" is no clause of it
  ["The money raised, she said, that night went to the school.", [
    [["The money raised"],"she","she","said","reported/content-speaker-cue","indirect"],
  ]],
];

describe('fix81: an inserted attribution before a "that" clause', () => {
  test.each(INSERTED)('%s', (text, expected) => {
    expect(shapeRows(text)).toEqual(expected);
  });
});

const SECOND: [string, ShapeRow[]][] = [
  // a past written as its base form, then a possessive: a second predicate
  ["Northwind reported weaker revenue and cut its forecast.", [
    [["weaker revenue"],"Northwind","Northwind","reported","reported/cue-clause","indirect"],
  ]],
  // a verb inside a hyphenated adjective is none of the content's
  ["The software company reported weaker-than-expected revenue and cut its forecast for the year.", [
    [["weaker-than-expected revenue"],"The software company","The software company","reported","reported/cue-clause","indirect"],
  ]],
  // "set" and a determiner
  ["The council announced a new budget and set a date for the vote.", [
    [["a new budget"],"The council","The council","announced","reported/cue-clause","indirect"],
  ]],
  // "cut" and "the"
  ["She said the cost of steel and cut the price.", [
    [["the cost of steel"],"She","She","said","reported/cue-clause","indirect"],
  ]],
  // the content's own past verb before "and": the content goes on
  ["He said sales slowed and set a new target.", [
    [["sales slowed and set a new target"],"He","He","said","reported/cue-clause","indirect"],
  ]],
  // so after "that"
  ["Northwind reported that prices rose and cut its margins.", [
    [["prices rose and cut its margins"],"Northwind","Northwind","reported","reported/cue-that","indirect"],
  ]],
];

describe('fix81: a second predicate whose past is its base form', () => {
  test.each(SECOND)('%s', (text, expected) => {
    expect(shapeRows(text)).toEqual(expected);
  });
});

const CONCESSIVE: [string, ShapeRow[]][] = [
  // "although" before a plain subject: it speaks
  ["The crew were patient, although one of them told me I asked too many questions.", [
    [["I asked too many questions"],"one of them","one of them","told","reported/cue-clause","indirect"],
  ]],
  // "though"
  ["The crew were patient, though one of them said I asked too many questions.", [
    [["I asked too many questions"],"one of them","one of them","said","reported/cue-clause","indirect"],
  ]],
  // a determiner subject, as before
  ["The crew were patient, although the captain told me I asked too many questions.", [
    [["I asked too many questions"],"the captain","the captain","told","reported/cue-clause","indirect"],
  ]],
];

describe('fix81: a plain subject after a concessive subordinator', () => {
  test.each(CONCESSIVE)('%s', (text, expected) => {
    expect(shapeRows(text)).toEqual(expected);
  });
});

const APPEAL: [string, ShapeRow[]][] = [
  // a public appeal: nothing
  ["Anyone with information is asked to call police on 101.", [
  ]],
  // with a reference after a comma
  ["Anyone with information is asked to call 101, quoting incident 214.", [
  ]],
  // "Anybody" and a relative clause
  ["Anybody who saw the crash is asked to contact the station.", [
  ]],
  // a request reported, as before
  ["The council was asked to reopen the library.", [
    [["to reopen the library"],null,null,"was asked","reported/asked","indirect"],
  ]],
  // a present passive with a subject other than anyone: reported, as before
  ["Residents are asked to report any leaks to the water board.", [
    [["to report any leaks to the water board"],null,null,"are asked","reported/asked","indirect"],
  ]],
  // a past passive: reported, as before
  ["Anyone was asked to leave the hall.", [
    [["to leave the hall"],null,null,"was asked","reported/asked","indirect"],
  ]],
];

describe('fix81: a public appeal', () => {
  test.each(APPEAL)('%s', (text, expected) => {
    expect(shapeRows(text)).toEqual(expected);
  });
});

const MEDIUM: [string, ShapeRow[]][] = [
  // the memoir is where the words were given: cue "said"
  ["Lee said in her memoir, \"We will never go back.\"", [
    [["We will never go back."],"Lee","Lee","said","direct/leading-speaker-cue","direct"],
  ]],
  // a book, a modifier before it
  ["Lee wrote in his new book, \"Nothing was ever the same again after the flood.\"", [
    [["Nothing was ever the same again after the flood."],"Lee","Lee","wrote","direct/leading-speaker-cue","direct"],
  ]],
  // a title after the work: nothing said
  ["Lee said in her memoir, \"Rules of Water.\"", [
  ]],
  // a title, then the clause written
  ["Lee wrote in her memoir, \"Rules of Water,\" that the town was gone.", [
    [["the town was gone"],"Lee","Lee","wrote","reported/cue-far-that","indirect"],
  ]],
  // a statement, as before
  ["Lee said in a statement, \"We will never go back.\"", [
    [["We will never go back."],"Lee","Lee","said","direct/leading-speaker-cue","direct"],
  ]],
];

describe('fix81: a written work a quotation was given in', () => {
  test.each(MEDIUM)('%s', (text, expected) => {
    expect(shapeRows(text)).toEqual(expected);
  });
});

const HAS: [string, ShapeRow[]][] = [
  // a word the text also writes with no "'s": "has"
  ["Target said sales fell. Target's said it will hire more staff.", [
    [["sales fell"],"Target","Target","said","reported/cue-clause","indirect"],
    [["it will hire more staff"],"Target","Target's","said","reported/cue-clause","indirect"],
  ]],
  // after an honorific
  ["Mr. Tolland's said it will hire more staff.", [
    [["it will hire more staff"],"Tolland","Mr. Tolland's","said","reported/cue-clause","indirect"],
  ]],
  // after a known first name
  ["Laura Tolland's warned that the levy would fail.", [
    [["the levy would fail"],"Laura Tolland","Laura Tolland's","warned","reported/cue-that","indirect"],
  ]],
  // a business named with a possessive, as before
  ["Wexley's said sales fell.", [
    [["sales fell"],"Wexley's","Wexley's","said","reported/cue-clause","indirect"],
  ]],
  // a past before its noun is a participle: nothing
  ["Mr. Tolland's repeated requests went unanswered.", [
  ]],
  // so when the name is written bare too
  ["Tolland spoke first. Tolland's declared goal is a balanced budget.", [
  ]],
];

describe('fix81: a name whose "\'s" is "has"', () => {
  test.each(HAS)('%s', (text, expected) => {
    expect(shapeRows(text)).toEqual(expected);
  });
});
