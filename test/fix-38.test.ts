/**
 * Helper fix38: leftover wrong outputs on invented text. An emoji or a soft
 * hyphen outside a word just before an opening quotation mark no longer turns
 * a direct quote into a mixed one with the character in its content (the view
 * reads them as spaces; offsets stay those of the input). "Recalled" with
 * goods or a count of them as its object is a product recall, not words.
 * The subject of "was heard telling", "was seen saying" (a passive verb of
 * perceiving before a gerund of saying) is the speaker. After "Asked if ...,"
 * the quotation after the sentence's own clause is the answer, not part of
 * the question; "was firm:" and the like introduce it.
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { quoteTuples as rows, type QuoteTuple as Row } from './support/category-rows.js';

/** [text, kind, content, speaker, cue] of the one quote expected. */
const GLUED: [string, string, string, string, string][] = [
  // 1. an emoji or a soft hyphen before the opening mark is no part of the quote
  ['The mayor said\u00ad "we will rebuild the bridge."', 'direct', 'we will rebuild the bridge.', 'The mayor', 'said'],
  ['The mayor said \u00ad"We will rebuild the bridge."', 'direct', 'We will rebuild the bridge.', 'The mayor', 'said'],
  ['The coach said, \u{1F389}"We earned this win."', 'direct', 'We earned this win.', 'The coach', 'said'],
  ['The coach said \u{1F600} "We earned this win."', 'direct', 'We earned this win.', 'The coach', 'said'],
  ['The nurse said: \u2705"The ward is open again."', 'direct', 'The ward is open again.', 'The nurse', 'said'],
  ['\u00ad"The road is closed," the sheriff said.', 'direct', 'The road is closed,', 'the sheriff', 'said'],
  ['\u{1F44D}\u{1F3FD} "The road is closed," the sheriff said.', 'direct', 'The road is closed,', 'the sheriff', 'said'],
  // (a soft hyphen inside a word and an emoji inside the quote stay in the content)
  ['"The gov\u00adernment will pay \u{1F1FA}\u{1F1F8}," the senator said \u2764\uFE0F.', 'direct', 'The gov\u00adernment will pay \u{1F1FA}\u{1F1F8},', 'the senator', 'said'],
  // (zero-width characters were already read as spaces)
  ['The mayor said \u200b"We will rebuild the bridge."', 'direct', 'We will rebuild the bridge.', 'The mayor', 'said'],
  ['The mayor said \u200d"We will rebuild the bridge."', 'direct', 'We will rebuild the bridge.', 'The mayor', 'said'],
];

describe('fix38: invisible characters and emoji before a quotation mark', () => {
  test.each(GLUED)('%s', (text, kind, content, speaker, cue) => {
    const r = extract(text);
    expect(r.quotes.map((q) => [q.kind, q.text, q.speaker?.name ?? null, q.cue?.span.text ?? null])).toEqual([[kind, content, speaker, cue]]);
    const part = r.quotes[0]!.parts[0]!;
    expect(text.slice(part.start, part.end)).toBe(content);
  });
});

/** [text, options, rows]. */
const CASES: [string, object, Row[]][] = [
  // 2. "recall" with goods as its object is a product recall (what is remembered stays)
  ['The carmaker recalled 5,000 vans after reports that the doors could open.', {}, [["the doors could open",null,null,null,"reports","speech"]]],
  ['The firm recalled 200,000 laptops over a battery fault.', {}, []],
  ['The automaker recalled its electric trucks last spring.', {}, []],
  ['The toy maker recalled thousands of strollers.', {}, []],
  ['The senator recalled his first day in office.', {}, [["his first day in office","The senator","person","description","recalled","speech"]]],
  // 3. a passive verb of perceiving before a gerund of saying: the subject speaks
  ['The governor was heard telling aides that the budget was dead.', {}, [["the budget was dead","The governor","person","description","was heard telling","speech"]]],
  ['The coach was seen telling players that the season was over.', {}, [["the season was over","The coach","person","description","was seen telling","speech"]]],
  ['The pilot was recorded warning the tower that the engine had failed.', {}, [["the engine had failed","The pilot","person","description","was recorded warning","speech"]]],
  ['The driver was caught saying he was tired.', {}, [["he was tired","The driver","person","description","was caught saying","speech"]]],
  ['The mayor was heard saying, "We are done here."', {}, [["We are done here.","The mayor","person","description","was heard saying","speech"]]],
  // ("got caught saying": "got" read as a verb joins the cue, its subject speaks)
  ['The senator got caught saying that the bill was a mistake.', {}, [["the bill was a mistake","The senator","person","description","got caught saying","speech"]]],
  ['The coach got caught telling players that the referee was biased.', {}, [["the referee was biased","The coach","person","description","got caught telling","speech"]]],
  // (no gerund of saying: nothing)
  ['The singer was heard singing in the hall.', {}, []],
  ['They got seen leaving the hotel.', {}, []],
  // 5. the question and the answer are two things
  ['Asked if the mine would close, the minister was firm: "Never."', {}, [["if the mine would close",null,null,null,"Asked","speech"],["Never.","the minister","person","description","was firm:","speech"]]],
  ['Asked whether the plant would reopen, the owner was defiant: "Not a chance."', {}, [["whether the plant would reopen",null,null,null,"Asked","speech"],["Not a chance.","the owner","person","description","was defiant:","speech"]]],
  ['Asked if he would resign, the chairman was terse: "No."', {}, [["if he would resign",null,null,null,"Asked","speech"],["No.","the chairman","person","description","was terse:","speech"]]],
  ['Asked if the mine would close, the minister was calm: "Never."', {}, [["if the mine would close",null,null,null,"Asked","speech"]]],
  // 6. "Further," opening a sentence is no name
  ["Further, the mayor said the dam was safe.", {}, [["the dam was safe","the mayor","person","description","said","speech"]]],
  ["Further, officials said the dam was safe.", {}, [["the dam was safe","officials","group","description","said","speech"]]],
  ['Further, the mayor said: "The gates stay shut."', {}, [["The gates stay shut.","the mayor","person","description","said","speech"]]],
  ["Further, the dam is safe, the mayor said.", {}, [["the dam is safe","the mayor","person","description","said","speech"]]],
];

describe('fix38: known wrong outputs', () => {
  test.each(CASES)('%s', (text, options, want) => {
    expect(rows(text, options)).toEqual(want);
  });
});
