/**
 * Quality-bar probe robust26: the rules of stop 58 (quoted titles, a
 * headline's teaser, "Asked whether" with an aside, "held that", "heard",
 * "Not everyone", the pronoun bridge and a name after a preposition, an
 * appositive after a name, a second clause's subject, "told no-one", the
 * infinitive's cut, the subordinate gerund, the listener split, the gerund
 * clause, the capitals label's name, stage directions) fed thousands of their
 * triggers with no stop, with and without every opt-in category. What it
 * found: (1) a name after a preposition is no longer the subject a later
 * "she" takes, so the pronoun walked on to every earlier name of a long
 * sentence with no verb, and each one re-read the sentence from its start
 * (isSubject); (2) a two-word name whose first word is no known first name
 * ("Mavifo Velkin") is read as a double surname, and each distinct one
 * filtered the whole list of full names with that surname: a text naming
 * thousands of people of one surname was quadratic; (3) the eval's name check
 * read every word of a document's text once per predicted speaker: a gold
 * document of many quotes was quadratic.
 * Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import { occursOutside } from '../src/eval/name.js';
import { fastestCpuMs, growthRatio, lowerOfTwoWhenHigh, type Extracts } from './support/timing.js';
import { uniqueName } from './support/generate.js';

const EVERY = ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] as const;

/**
 * An extractor that reads `block.repeat(times)` as one sentence of talks
 * "between Dunmore and Hollins ..." and then one sentence of "She said no."
 * for every four pairs of names: the pronouns come after every name of the
 * long sentence.
 */
function pronounsAfterOneSentence(categories?: readonly (typeof EVERY)[number][]): Extracts {
  const extractor = createExtractor(categories ? { categories: [...categories] } : {});
  return { extract: (run: string) => extractor.extract(`Talks${run} stalled. ${'She said no. '.repeat(run.length / 112)}`) };
}

/** An extractor that reads `block.repeat(times)` with each "NAME" replaced by a name of its own. */
function everyNameItsOwn(categories?: readonly (typeof EVERY)[number][]): Extracts {
  const extractor = createExtractor(categories ? { categories: [...categories] } : {});
  return {
    extract: (run: string) => {
      let i = 0;
      return extractor.extract(run.replace(/NAME/g, () => uniqueName(i++)));
    },
  };
}

describe('robust26: names and pronouns after stop 58 stay linear', { timeout: 300_000 }, () => {
  // (quadratic before: 3,982/8,079/15,580 ms CPU for 1,000/2,000/4,000 joined names and a quarter as many pronouns;
  // after: 249 ms for 4,000)
  it.each([['default', undefined], ['every category', EVERY]] as const)('"she" after one long sentence of names after "between" (%s)', (_name, categories) => {
    expect(growthRatio(pronounsAfterOneSentence(categories), ' between Dunmore and Hollins'.repeat(20))).toBeLessThan(2.5);
  });

  // (quadratic before: 1,281/4,904 ms CPU for 2,000/4,000 people named "... Achterberg", 4,424/14,719 ms for
  // 4,000/8,000 named "... Velkin"; after: 147/222 and 607/550 ms)
  it.each([
    ['"the nurse" after a person of a shared surname, again and again', 'NAME Achterberg met nurses on the ward. "It was late," the nurse said. '],
    ['"she" across a sentence after a person of a shared surname', 'NAME Velkin spoke. She walked home. "It was late," the nurse said. '],
    ['capitals labels of people of a shared surname', 'Resident NAME Mbeki spoke.\n\nNAME MBEKI, RESIDENT: We will win.\n\n'],
  ])('%s', (_name, person) => {
    // (25 people a block: 1,600 at the largest size)
    expect(growthRatio(everyNameItsOwn(), person.repeat(25))).toBeLessThan(2.5);
    expect(growthRatio(everyNameItsOwn(EVERY), person.repeat(25))).toBeLessThan(2.5);
  });

  it('a pronoun after a name that followed a preposition still goes to the subject, and a double surname to its full name', () => {
    const extractor = createExtractor();
    const talks = extractor.extract('Talks between Dunmore and Hollins stalled. The premier said the deal was dead. "We tried," she said.');
    expect(talks.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['the deal was dead', 'The premier'],
      ['We tried,', 'The premier'],
    ]);
    const surnames = [
      'Debbie Ruiz Varga spoke first. "We will win," Ruiz Varga said.',
      'Luis de la Cruz spoke first. "We will win," de la Cruz said.',
      'Ludwig van Horn Jr. spoke first. "We will win," van Horn said.',
    ].map((text) => extractor.extract(text).quotes.map((q) => [q.text, q.speaker?.name]));
    expect(surnames).toEqual([[['We will win,', 'Debbie Ruiz Varga']], [['We will win,', 'Luis de la Cruz']], [['We will win,', 'Ludwig van Horn Jr.']]]);
  });
});

describe('robust26: the eval name check stays linear in one document of many quotes', { timeout: 300_000 }, () => {
  // (quadratic before: the CLI's eval took 4.0/15.1 s CPU for one document of 2,000/4,000 quotes, now 1.1/1.8 s; the
  // pairing of gold and predicted items, older, is left out here: the name check is timed alone)
  it('the name check, asked once per quote of one document, costs at most about 4 times as much for 4 times the quotes', () => {
    const sentence = 'Ann Lee said it was late. ';
    const ROUNDS = 20;
    const ask = (n: number): number => {
      const text = sentence.repeat(n);
      // (each round asks about every quote ROUNDS times, so that the times are tens of milliseconds, not a CPU clock's
      // tick: under load a sub-millisecond small run made the ratio noise)
      return fastestCpuMs(() => {
        for (let r = 0; r < ROUNDS; r++) {
          for (let i = 0; i < n; i++) occursOutside(text, 'lee', [{ start: i * sentence.length + 13, end: i * sentence.length + 24, text: 'it was late' }]);
        }
      }, 3);
    };
    ask(500);
    expect(lowerOfTwoWhenHigh(() => ask(8000) / Math.max(ask(2000), 0.1), 6)).toBeLessThan(9);
    // (a word inside the gold content only does not count; the possessive and the lower-cased form do)
    expect(occursOutside('Ann Lee said "Lee is here."', 'lee', [{ start: 14, end: 25, text: 'Lee is here.' }])).toBe(true);
    expect(occursOutside('"Lee is here," Ann said.', 'lee', [{ start: 1, end: 12, text: 'Lee is here,' }])).toBe(false);
    expect(occursOutside('It was Lee\'s plan.', 'lee', [])).toBe(true);
  });
});
