/**
 * Helper fix35: leftovers of rounds 1-2. A pair of names with an apostrophe
 * name or an initial opens a sentence and stands for a "they" after it; a
 * relative "who" whose bare clause has no verb of its own reports nothing;
 * a contrast clause with another source's estimate ("while police put the
 * number at 2,000") is cut from the content; "Attorney", "Prosecutor",
 * "Defender" and "Advocate" end an office title before a name.
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { ALL, quoteTuples as rows, type QuoteTuple as Row } from './support/category-rows.js';

/** [text, options, rows]. */
const CASES: [string, object, Row[]][] = [
  // a pair subject: apostrophe names and initials
  ["Ann O'Brien and Tom Reyes ran the farm for decades. They said the drought was the worst they had seen.", {}, [["the drought was the worst they had seen","Ann O'Brien and Tom Reyes","person","pronoun","said","speech"]]],
  ["Sean O'Neill and Ruth D'Souza founded the charity. They said demand had doubled.", {}, [["demand had doubled","Sean O'Neill and Ruth D'Souza","person","pronoun","said","speech"]]],
  ["Mary McDonald and J.P. Cole ran the shop. They said sales were down.", {}, [["sales were down","Mary McDonald and J.P. Cole","person","pronoun","said","speech"]]],
  // a relative "who" with a noun phrase for its object
  ["The woman who wrote the bill resigned.", {}, []],
  ["The nurse who wrote the complaint was fired.", ALL, []],
  ["Ellis, who wrote the bill, said the vote would be close.", {}, [["the vote would be close","Ellis","person","name","said","speech"]]],
  // (a clause of its own stays)
  ["The mayor, who said the budget was tight, left early.", {}, [["the budget was tight","The mayor","person","description","said","speech"]]],
  ["Ellis, who wrote that the bill was flawed, voted against it.", {}, [["the bill was flawed","Ellis","person","name","wrote","writing"]]],
  // another source's estimate after "while" or "whereas" is the narrator's
  ["Organisers said 5,000 people marched, while police put the number at 2,000.", {}, [["5,000 people marched","Organisers","group","description","said","speech"]]],
  ["Residents said 40 homes were damaged, while the county placed the total at 25.", {}, [["40 homes were damaged","Residents","group","description","said","speech"]]],
  ["Aides said the rally drew 10,000, whereas fire officials pegged the crowd at about 6,000.", {}, [["the rally drew 10,000","Aides","group","description","said","speech"]]],
  // (another subject's own contrast stays)
  ["The mayor said the port grew, while the airport shrank.", {}, [["the port grew, while the airport shrank","The mayor","person","description","said","speech"]]],
  // an office title after a qualifier ends before the name
  ["Public Defender Ana Lopez said the charges were weak.", {}, [["the charges were weak","Ana Lopez","person","name","said","speech"]]],
  ["District Attorney Ana Lopez said the charges were weak.", {}, [["the charges were weak","Ana Lopez","person","name","said","speech"]]],
  ["County Prosecutor Wen Zhou said the case was closed.", {}, [["the case was closed","Wen Zhou","person","name","said","speech"]]],
];

describe('fix35: leftovers', () => {
  test.each(CASES)('%s', (text, options, want) => {
    expect(rows(text, options)).toEqual(want);
  });
});
