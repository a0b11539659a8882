/**
 * Time grows linearly with the input: for each family of inputs, quadrupling
 * its size may at most quadruple the time, with a margin of 2.25 for noise (a
 * ratio of 9, that is 3 per doubling; quadratic work shows as 16). The ratio
 * is taken over two doublings rather than each, so that one noisy middle size
 * on a busy machine cannot fail the check. Ratios between sizes measured in
 * the same run, never absolute times; each size keeps its fastest of three
 * runs. Times are CPU time, so that other work on the machine does not count.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';
import { uniqueName } from './support/generate.js';

const extractor = createExtractor();
/** Every opt-in category on: their cues (show, believe, back, fear) make many more attributions to try. */
const everyCategory = createExtractor({ categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] });

/** CPU milliseconds of this process: unlike wall time, they leave out waiting for a core on a busy machine. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function fastest(input: string, rounds: number, using = extractor): number {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = cpuMs();
    using.extract(input);
    best = Math.min(best, cpuMs() - t0);
  }
  return best;
}

/** Time of `make(4n)` over time of `make(n)`. */
function quadruplingRatio(make: (n: number) => string, n: number, using = extractor): number {
  fastest(make(n / 4), 1, using); // warm the tokenizer and the JIT
  const [small, large] = [n, 4 * n].map((size) => fastest(make(size), 3, using));
  return large! / small!;
}

const PRONOUNS = ['He', 'She', 'They'];

const FAMILIES: [string, (n: number) => string][] = [
  ['one paragraph of "He said it was late." repeated', (n) => 'He said it was late. '.repeat(n)],
  ['one paragraph mixing He, She and They said', (n) => Array.from({ length: n }, (_, i) => `${PRONOUNS[i % 3]} said it was late. `).join('')],
  ['paragraphs separated by single newlines', (n) => 'He said it was late.\n'.repeat(n)],
  ['a paragraph of clauses reported after a comma', (n) => 'It was late, she said. '.repeat(n)],
  ['one sentence of many nouns of saying', (n) => 'His claim that the vote was rigged was false and '.repeat(n)],
  ['unclosed opening marks, each holding the next (stray-mark check)', (n) => '\u201C'.repeat(n / 2)],
  ['low opening marks with words between', (n) => '\u201E word '.repeat(n / 4)],
  ['transcript lines where "I" speaks', (n) => 'REYES: I said we would win.\n\n'.repeat(n / 4)],
  ['interview lines', (n) => 'Q: Will it pass?\n\nA: I said it would pass.\n\n'.repeat(n / 2)],
  ['one sentence of many relative cues', (n) => 'the plan, which she said was dead '.repeat(n / 4)],
  ['a surname with an honorific, again and again (gendered surname look-up)', (n) => 'George Bush spoke. Mr. Bush said "we will win." '.repeat(n / 8)],
  // (quadratic before: each unattributed direct quote scanned every other one for the quote before it; 16.1 s for n = 32,000)
  ['unattributed direct quotes, each after a sentence of its own', (n) => 'The ferry left. "It was very late and nobody cared at all." '.repeat(n)],
  // the reported rules of issue 11 (quadratic before: the gerund rule scanned every cue for one at the gerund; 3.6 s, 11.8 s for n = 32,000, 64,000)
  ['gerund clauses after "said"', (n) => 'Tom Reed said seeing so many boats in the bay was a delight. '.repeat(n)],
  ['"That\'s according to", sentence after sentence', (n) => "The pier will close. That's according to the port board. ".repeat(n / 2)],
  ['outcomes declared, sentence after sentence', (n) => 'Last night Reyes was declared the winner in Dover. '.repeat(n)],
  ['"When asked whom", sentence after sentence', (n) => 'When asked whom she backed, Ms. Lund smiled. '.repeat(n)],
  ['figures reported, sentence after sentence', (n) => 'Port police reported at least 90 break-ins last year. '.repeat(n)],
  ['answers with a clause of contrast', (n) => 'Most members said yes while a third said no. '.repeat(n)],
  // (quadratic before: each gerund before a name found nowhere else scanned the whole document; 0.9 s, 12 s for 2,000, 8,000 paragraphs)
  ['a gerund before a name found nowhere else, paragraph after paragraph', (n) =>
    Array.from({ length: n / 4 }, (_, i) => `Visiting ${uniqueName(i)} Hall, the team said the vote was fair.`).join('\n\n')],
  // (each short quote's "that" was followed back through every earlier "and that" by a call of its own: quadratic,
  // and past a few thousand joins the stack overflowed)
  ['"that" clauses joined by "and", one sentence', (n) => `Dock hands feared that the pier was "a wreck" and${' that the dock was "a ruin" and'.repeat(n / 4)} that "a loss."`],
  // (quadratic before: each source phrase walked back over the whole sentence for a comma before it; 0.2 s, 0.8 s for
  // n = 4,700, 9,400)
  ['source phrases with no comma and no stop ("according to Lee according to Lee ...")', (n) => 'according to Lee '.repeat(n)],
  // (quadratic before: each cue of a sentence that opens with "Asked" and a question word walked to the question's
  // comma; 0.4 s, 2.6 s for n = 4,000, 16,000)
  ['a sentence opened by "Asked who" with no comma ("asked who asked who ...")', (n) => 'asked who '.repeat(n)],
];

/** Families read with every opt-in category on (quadratic before: "Records show" took 1.7 s, 8.5 s, 30 s for n = 1000, 2000, 4000). */
const OPT_IN_FAMILIES: [string, (n: number) => string][] = [
  ['a run of nouns and cues with no stop ("Records show Records show ...")', (n) => 'Records show '.repeat(n)],
  ['cues of fear with no object ("Officials fear Officials fear ...")', (n) => 'Officials fear '.repeat(n)],
  ['thoughts nested with no stop ("He believes that He believes that ...")', (n) => 'He believes that '.repeat(n)],
  ['polls that show, sentence after sentence', (n) => 'Polls show the mayor trailing. '.repeat(n)],
  ['stances joined by commas', (n) => 'the union backed the plan, '.repeat(n)],
  ['views through a fronted "to", sentence after sentence', (n) => 'To Ada Moss, the levy is a tax on renters. '.repeat(n)],
  // (quadratic before, each match scanning every content the rule had added: 4.6 s, 55 s for 10,000, 40,000 sentences;
  // at the sizes read here that showed only as a ratio of 3.2, so test/read-46.test.ts checks the overlap test itself)
  ['sides taken as a role, sentence after sentence', (n) => 'Ann Lee is a supporter of the levy. '.repeat(n)],
  ['sides taken with a phrase, sentence after sentence', (n) => 'Tom Reyes came out against the toll. '.repeat(n)],
  ['endorsements of a name, sentence after sentence', (n) => 'The mayor endorsed Ada Moss. '.repeat(n)],
  // (quadratic before: each cue re-counted the parentheses and dashes of its sentence up to it; the full suite hung here)
  ['relative cues inside one parenthesis left open', (n) => '(the plan, which she said was dead '.repeat(n / 4)],
  ['relative cues after one spaced dash', (n) => 'The plan \u2014 which she said was dead '.repeat(n / 4)],
  ['attributions set off by dashes, one sentence', (n) => 'the bridge -- engineers said -- was never safe and '.repeat(n / 8)],
  ['attributions in parentheses, one sentence', (n) => 'the ferry (a spokesman said) will add boats and '.repeat(n / 8)],
];

describe('reported speech stays linear in one long paragraph', { timeout: 300_000 }, () => {
  it.each(FAMILIES)('%s: at most 1.5 times linear per doubling', (_name, make) => {
    expect(quadruplingRatio(make, 8000)).toBeLessThan(9);
  });

  it('the attributions are all found', () => {
    const r = extractor.extract(FAMILIES[1]![1](300));
    expect(r.quotes).toHaveLength(300);
    expect(r.quotes.slice(0, 3).map((q) => [q.text, q.speaker?.name, q.cue?.span.text])).toEqual([
      ['it was late', 'He', 'said'],
      ['it was late', 'She', 'said'],
      ['it was late', 'They', 'said'],
    ]);
  });
});

describe('every opt-in category on stays linear', { timeout: 300_000 }, () => {
  it.each(OPT_IN_FAMILIES)('%s: at most 1.5 times linear per doubling', (_name, make) => {
    expect(quadruplingRatio(make, 2000, everyCategory)).toBeLessThan(9);
  });

  it('the cues in those runs are still read', () => {
    const r = everyCategory.extract('Polls show the mayor trailing in the race for the county seat. '.repeat(3));
    expect(r.quotes.map((q) => [q.text, q.speaker?.name, q.cue?.span.text])).toEqual(
      Array.from({ length: 3 }, () => ['the mayor trailing in the race for the county seat', 'Polls', 'show']),
    );
  });
});

describe('a text of very many quotes', { timeout: 240_000 }, () => {
  // more items than a function call takes as arguments (about 125,000 on Node's default stack):
  // list.push(...items) over the quotes of such a text overflowed the stack
  it.each([
    ['reported', 'He said it was late. ', 'it was late'],
    ['direct', 'He said "it was late." ', 'it was late.'],
  ])('150,000 %s quotes in one paragraph are all read', (_kind, sentence, text) => {
    const r = extractor.extract(sentence.repeat(150_000));
    expect(r.quotes).toHaveLength(150_000);
    expect(r.quotes[149_999]!.text).toBe(text);
    expect(r.speakers).toHaveLength(1);
  });
});
