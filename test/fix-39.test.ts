/**
 * Helper fix39: leftover names on invented text. A description set off before
 * a name is the name's description also when an "and" and another description
 * follow ("The police chief, Tom Hale, and the mayor met"), and when the tagger
 * reads its head as an adjective ("chief"). Title words before a body's name
 * stay in it ("the Democratic National Convention"); a surname alone after
 * title words loses them ("National Security Adviser Reyes"). A job word
 * before a first name and a surname is a title ("Engineer Paul Lind"). A
 * past the tagger read as a noun ("the family deserved better") makes the
 * words after an inverted "said" a clause, not a speaker.
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { quoteTuples as rows, type QuoteTuple as Row } from './support/category-rows.js';

/** [text, options, rows]. */
const CASES: [string, object, Row[]][] = [
  // 1. the description before a name set off by commas, inside a coordinated subject, is the name's
  ["The police chief, Tom Garrity, and the mayor met on Friday. The police chief said the road would reopen.", {}, [["the road would reopen","Tom Garrity","person","description","said","speech"]]],
  ["The head coach, Mark Delaney, and the captain spoke to reporters. The head coach said the team was ready.", {}, [["the team was ready","Mark Delaney","person","description","said","speech"]]],
  ["The senator, Ruth Olsen, and her aides left early. The senator said the vote would wait.", {}, [["the vote would wait","Ruth Olsen","person","description","said","speech"]]],
  ["The police chief, Tom Garrity, met the mayor on Friday. The police chief said the road would reopen.", {}, [["the road would reopen","Tom Garrity","person","description","said","speech"]]],
  // (a name after the "and" still makes a list)
  ["The mayor, Ann Lee, and Tom Hale met on Friday. The mayor said the road would reopen.", {}, [["the road would reopen","The mayor","person","description","said","speech"]]],
  // 2. title words before a surname alone; title words opening a body's name stay
  ["National Security Adviser Rhodes said the talks would continue.", {}, [["the talks would continue","Rhodes","person","name","said","speech"]]],
  ["\"The talks will continue,\" said Deputy National Security Adviser Hale.", {}, [["The talks will continue,","Hale","person","name","said","speech"]]],
  ["Former Treasury Secretary Mills said the plan would fail.", {}, [["the plan would fail","Mills","person","name","said","speech"]]],
  ["The Democratic National Convention said the schedule would change.", {}, [["the schedule would change","Democratic National Convention","organization","name","said","speech"]]],
  ["The Republican National Convention said the schedule would change.", {}, [["the schedule would change","Republican National Convention","organization","name","said","speech"]]],
  ["National Guard officials said the troops were ready.", {}, [["the troops were ready","National Guard officials","group","description","said","speech"]]],
  // 3. a job word before a first name and a surname is a title
  ["\"It is safe,\" said Engineer Paul Lindqvist.", {}, [["It is safe,","Paul Lindqvist","person","name","said","speech"]]],
  ["\"The design is final,\" said Architect Maria Fischer.", {}, [["The design is final,","Maria Fischer","person","name","said","speech"]]],
  ["Critics included Nurse Mary Olsen, who said the ward was full.", {}, [["the ward was full","Mary Olsen","person","name","said","speech"]]],
  // 5. a past the tagger read as a noun ends no speaker after an inverted cue: the clause after "said" is no speaker
  // (since recall11 it is the governor's reported clause)
  ["The governor, who has long opposed the mayor, said the family deserved better.", {}, [["the family deserved better","The governor","person","description","said","speech"]]],
  // (a compound noun after the inverted cue still speaks)
  ["The vote was delayed, said the election board.", {}, [["The vote was delayed","the election board","organization","description","said","speech"]]],
  ["The road will reopen, said the city engineer.", {}, [["The road will reopen","the city engineer","person","description","said","speech"]]],
];

describe('fix39: leftover names', () => {
  test.each(CASES)('%s', (text, options, want) => {
    expect(rows(text, options)).toEqual(want);
  });
});
