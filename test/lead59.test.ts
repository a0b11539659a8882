/**
 * Open leads on content boundaries and spurious cues (lead59), invented
 * sentences. Each defect has rows that failed before its fix; rows of the
 * same shape that already behaved right pin that behaviour:
 * - a negated nobody (speakers/find/unnamed-subject.ts negatedNobody) speaks
 *   across up to two adverbs before its cue ("No one ever said", "No one here
 *   said" gave nothing), and "ever" is an adverb skipped between a subject
 *   and its cue (data/function-words.ts SKIPPABLE_ADVERBS: "Nobody ever said"
 *   gave nothing);
 * - an indefinite listener after a verb of telling
 *   (reported/listener-split.ts indefiniteListenerEnd) is left out of the
 *   content ("told no-one the dam would hold" kept "no-one" in it);
 * - an infinitive's content (reported/infinitive.ts infinitiveEnd) ends at a
 *   comma, a conjunction and a finite verb with no subject ("pledged to back
 *   the nominee, but sounded wary" ran on to the sentence's end);
 * - a subordinate report (reported/next-attribution.ts subordinateReport)
 *   also when its gerund after a finite verb is tagged an adjective ("until
 *   the mogul kept telling reporters the race was over" ran on in the
 *   infinitive's content).
 */
import { describe, expect, it } from 'vitest';
import { extract } from './support/invariants.js';

/** The quotes of `input`, as [text, speaker name, cue text]. */
function rows(input: string): [string, string | null, string | null][] {
  return extract(input).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? null]);
}

describe('a negated nobody across an adverb before the cue', () => {
  // (before lead59: nothing, or no speaker)
  const nobodies: [string, string, string][] = [
    ['No one ever said the dam would hold.', 'No one', 'said'],
    ['No one here said the dam would hold.', 'No one', 'said'],
    ['Nobody ever said the dam would hold.', 'Nobody', 'said'],
    ['No one at the Quarry Board ever said the dam would hold.', 'No one at the Quarry Board', 'said'],
    ['No one there has said the dam would hold.', 'No one', 'has said'],
    ['Nobody in the valley ever said the dam would hold.', 'Nobody in the valley', 'said'],
  ];
  for (const [input, speaker, cue] of nobodies) it(`${speaker}: ${input}`, () => expect(rows(input)).toEqual([['the dam would hold', speaker, cue]]));
  // (near misses that already behaved right)
  it('kept: an "ever" after the auxiliary is the cue\'s', () => {
    expect(rows('No one has ever said the dam would hold.')).toEqual([['the dam would hold', 'No one', 'has ever said']]);
  });
  it('kept: "else" stays the nobody\'s', () => {
    expect(rows('No one else ever said the dam would hold.')).toEqual([['the dam would hold', 'No one else', 'said']]);
  });
  it('kept: "no one" inside another subject does not speak', () => {
    expect(rows('Farmers with no one at home here said the dam would hold.')).toEqual([
      ['the dam would hold', 'Farmers with no one at home', 'said'],
    ]);
  });
});

describe('an indefinite listener after a verb of telling', () => {
  // (before lead59 the listener opened the content)
  const told: [string, string][] = [
    ['The county board told no-one the dam would hold.', 'The county board'],
    ['The county board told no one the dam would hold.', 'The county board'],
    ['Ann Varley told nobody the dam would hold.', 'Ann Varley'],
    ['Ann Varley told everyone the dam would hold.', 'Ann Varley'],
    ['Ann Varley told everyone else the dam would hold.', 'Ann Varley'],
  ];
  for (const [input, speaker] of told) it(input, () => expect(rows(input)).toEqual([['the dam would hold', speaker, 'told']]));
  // (near misses that already behaved right)
  it('kept: an indefinite pronoun before a finite verb is the clause\'s subject', () => {
    expect(rows('Ann Varley warned everyone would lose their farms.')).toEqual([['everyone would lose their farms', 'Ann Varley', 'warned']]);
  });
  it('kept: "told nobody" with no clause after it reports nothing', () => {
    expect(rows('Ann Varley told nobody.')).toEqual([]);
  });
  it('kept: "told no one that" starts the content after "that"', () => {
    expect(rows('Ann Varley told no one that the dam would hold.')).toEqual([['the dam would hold', 'Ann Varley', 'told']]);
  });
});

describe('an infinitive\'s content before ", but" and the subject\'s own finite verb', () => {
  // (before lead59 the content ran on over the conjunction)
  const cut: [string, string, string, string][] = [
    ['Senator Orla Benn pledged to back the nominee, but sounded wary this week.', 'to back the nominee', 'Orla Benn', 'pledged'],
    ['The mayor of Tarnby promised to cut taxes, and later raised them.', 'to cut taxes', 'The mayor of Tarnby', 'promised'],
    ['The mayor of Tarnby vowed to fight the levy, yet signed it.', 'to fight the levy', 'The mayor of Tarnby', 'vowed'],
  ];
  for (const [input, content, speaker, cue] of cut) it(input, () => expect(rows(input)).toEqual([[content, speaker, cue]]));
  // (near misses that already behaved right)
  it('kept: a second infinitive in its base form stays in the content', () => {
    expect(rows('The mayor of Tarnby promised to cut taxes, and raise fees.')).toEqual([['to cut taxes, and raise fees', 'The mayor of Tarnby', 'promised']]);
  });
  it('kept: a clause with its own subject after the conjunction is cut as before', () => {
    expect(rows('The mayor of Tarnby urged them to vote, but the board declined.')).toEqual([['them to vote', 'The mayor of Tarnby', 'urged']]);
  });
});

describe('a subordinate report whose gerund of telling follows a finite verb', () => {
  // (before lead59 the infinitive's content ran on over the subordinate report)
  for (const verb of ['started', 'kept', 'began']) {
    it(`${verb} telling reporters`, () => {
      expect(rows(`Ann Varley urged voters to stay home until the mogul ${verb} telling reporters the race was over.`)).toEqual([
        ['voters to stay home', 'Ann Varley', 'urged'],
        ['the race was over', 'the mogul', `${verb} telling`],
      ]);
    });
  }
  // (near misses that already behaved right)
  it('kept: a gerund of saying after a finite verb', () => {
    expect(rows('Ann Varley urged voters to stay home until the mogul started saying the race was over.')).toEqual([
      ['voters to stay home', 'Ann Varley', 'urged'],
      ['the race was over', 'the mogul', 'started saying'],
    ]);
  });
  it('kept: a reported clause keeps its subordinate report', () => {
    expect(rows('Ann Varley said she would stay home until the mogul started telling reporters the race was over.')[0]?.[0]).toBe(
      'she would stay home until the mogul started telling reporters the race was over',
    );
  });
});
