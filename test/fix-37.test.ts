/**
 * Helper fix37: known wrong outputs on invented text. A relative "that",
 * "which" or "who" clause with a verb of saying of its own ends the object of
 * "pointed to", and its speaker is the phrase right before the relative word,
 * not the sentence's subject and verb ("The mayor pointed to a report that
 * warned ..."). The sentence's own verb ends the clause of a text's relative
 * "that" in the subject ("The report that said ... was withdrawn") and of a
 * clause of saying inside a relative's clause ("who said the officials say it
 * was ignored left"). A place or time adjunct after a quotation that is the
 * whole object of a verb of calling out ends it ('chanted "No more cuts"
 * outside the town hall'). A name given to a pet, a child or a boat ('She
 * called her dog "Max."') reports nothing, nor do players "pointed to".
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { quoteTuples as rows, type QuoteTuple as Row } from './support/category-rows.js';

/** [text, options, rows]. */
const CASES: [string, object, Row[]][] = [
  // 1. the relative clause's text or people speak; the object of "pointed to" ends before it
  ['The mayor pointed to a report that warned the bridge was unsafe.', {}, [["a report","The mayor","person","description","pointed to","speech"],["the bridge was unsafe","a report","unknown","description","warned","speech"]]],
  ['The union pointed to a memo that said wages would fall.', {}, [["a memo","The union","organization","description","pointed to","speech"],["wages would fall","a memo","unknown","description","said","speech"]]],
  ['The senator pointed to aides who warned the plan would fail.', {}, [["the plan would fail","aides","group","description","warned","speech"]]],
  ['The mayor pointed to two engineers who warned the bridge was unsafe.', {}, [["two engineers","The mayor","person","description","pointed to","speech"],["the bridge was unsafe","two engineers","group","description","warned","speech"]]],
  ['The mayor pointed to a letter which said the pier must close.', {}, [["a letter","The mayor","person","description","pointed to","speech"],["the pier must close","a letter","unknown","description","said","speech"]]],
  // (no verb between: the phrase with its modifier stays the speaker)
  ['The board sent a letter that said the school would close.', {}, [["the school would close","The board","organization","description","said","speech"]]],
  // 2. a text's relative "that" in the sentence's subject, or a clause of saying inside the relative's clause:
  // the sentence's own verb ends what was said
  ["The report that said the tax would hurt farmers was withdrawn.", {}, [["the tax would hurt farmers","The report","unknown","description","said","speech"]]],
  ["The memo that warned the plant would close was leaked.", {}, [["the plant would close","The memo","unknown","description","warned","speech"]]],
  ["A letter that said the school would shut down has angered parents.", {}, [["the school would shut down","A letter","unknown","description","said","speech"]]],
  ["Critics who said the officials say it was ignored left.", {}, [["the officials say it was ignored","Critics","group","description","said","speech"]]],
  // (a stance verb after "be" is a plain passive, not a verb of saying that opens a clause, whether stance is on or not)
  ["Critics who said the officials say it was backed left.", {}, [["the officials say it was backed","Critics","group","description","said","speech"]]],
  ["Critics who said the officials say it was supported left.", { categories: ['speech', 'stance'] }, [["the officials say it was supported","Critics","group","description","said","speech"]]],
  ["Workers who said managers claim the plant is safe walked out.", {}, [["managers claim the plant is safe","Workers","group","description","said","speech"]]],
  ["The aide who said the mayor would say prices were high was fired.", {}, [["the mayor would say prices were high","The aide","person","description","said","speech"]]],
  // 5. a place or time adjunct after a quotation that is the whole object of a verb of calling out is the narrator's
  // (after other verbs it stays, as annotated news marks it)
  ["Protesters chanted \"No more cuts\" outside the town hall.", {}, [["No more cuts","Protesters","group","description","chanted","speech"]]],
  ["The crowd shouted \"Shame\" at the minister.", {}, [["Shame","The crowd","group","description","shouted","speech"]]],
  ["Students yelled \"Let us in\" near the gate.", {}, [["Let us in","Students","group","description","yelled","speech"]]],
  ["He said \"no\" in a loud voice.", {}, [["\"no\" in a loud voice","He","unknown","pronoun","said","speech"]]],
  // 6. a name given to a pet, a child or a boat is no one's words (a verdict on a person or a thing still is)
  ["She called her dog \"Max.\"", {}, []],
  ["They called their son \"Buddy.\"", {}, []],
  ["The couple named their boat \"Freedom.\"", {}, []],
  ["Lee called her rival \"a liar.\"", {}, [["her rival \"a liar.\"","Lee","person","name","called","speech"]]],
  ["He called the plan \"Crazy.\"", {}, [["the plan \"Crazy.\"","He","unknown","pronoun","called","speech"]]],
  // 10. players shown by "pointed to" are no words (their effort, after a plural possessive, still is the object)
  ["The coach pointed to his players on the bench.", {}, []],
  ["The captain pointed to her teammates after the match.", {}, []],
  ["The coach pointed to his players' effort as the reason for the win.", {}, [["his players' effort as the reason for the win","The coach","person","description","pointed to","speech"]]],
];

describe('fix37: known wrong outputs', () => {
  test.each(CASES)('%s', (text, options, want) => {
    expect(rows(text, options)).toEqual(want);
  });
});
