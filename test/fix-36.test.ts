/**
 * Helper fix36: leftovers. A relative "who" or "that" inside the sentence's
 * subject whose bare clause opens with an auxiliary ends before the
 * sentence's own verb ("The aide who said the plan would fail resigned"),
 * and one whose object noun is followed by a base-form verb reports nothing
 * ("Critics who wrote the report say ...");
 * "neither", "either" or "both" between a subject and its pair of verbs
 * ("The ministry neither confirmed nor denied that ...") leaves the subject
 * to speak. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { quoteTuples as rows, type QuoteTuple as Row } from './support/category-rows.js';

/** [text, options, rows]. */
const CASES: [string, object, Row[]][] = [
  // the sentence's own verb ends the relative's clause
  ['The official who said the plan would fail resigned on Monday.', {}, [["the plan would fail","The official","person","description","said","speech"]]],
  ['The aide who said the plan would help build homes left.', {}, [["the plan would help build homes","The aide","person","description","said","speech"]]],
  ['The critics who warned the cuts would hurt schools were ignored.', {}, [["the cuts would hurt schools","The critics","group","description","warned","speech"]]],
  // a base-form verb after a singular object noun is the sentence's own, not the relative's clause
  ['Critics who wrote the report say it was ignored.', {}, [["it was ignored","Critics","group","description","say","speech"]]],
  ['Aides who drafted the memo say the plan is sound.', {}, [["the plan is sound","Aides","group","description","say","speech"]]],
  ['Parents who signed the letter want the school reopened.', {}, []],
  // (a clause opened by a subject pronoun is one of its own)
  ['Of the parents who said they wanted the school open, most signed the letter.', {}, [["they wanted the school open","the parents","group","description","said","speech"]]],
  // (a clause of its own set off by commas, or one with a copula, ends as before)
  ['Ana Ruiz, who said the plan would fail, resigned.', {}, [["the plan would fail","Ana Ruiz","person","name","said","speech"]]],
  ['The driver who said the bridge was unsafe sued the city.', {}, [["the bridge was unsafe","The driver","person","description","said","speech"]]],
  // "neither ... nor", "either ... or" between the subject and its verbs
  ['The ministry neither confirmed nor denied that the talks had stalled.', {}, [["the talks had stalled","The ministry","organization","description","denied","speech"]]],
  ['The club either denied or disputed that it had paid the fee.', {}, [["it had paid the fee","The club","organization","description","disputed","speech"]]],
  ['Tom Reyes neither confirmed nor denied that he would run.', {}, [["he would run","Tom Reyes","person","name","denied","speech"]]],
];

describe('fix36: leftovers', () => {
  test.each(CASES)('%s', (text, options, want) => {
    expect(rows(text, options)).toEqual(want);
  });
});
