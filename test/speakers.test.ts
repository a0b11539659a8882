/**
 * Speakers as entities: names, titles, surnames, pronouns, descriptions and
 * known speakers, with the cases that must not merge or resolve.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { Extraction } from '../src/index.js';

/** Each quote's speaker as `name <- mention [via]`. */
function who(r: Extraction): (string | null)[] {
  return r.quotes.map((q) => (q.speaker ? `${q.speaker.name} <- ${q.speaker.mention?.text ?? '(context)'} [${q.speaker.via}]` : null));
}

describe('speaker resolution', () => {
  test.each([
    {
      name: 'surname joins the full name given before',
      input: 'Jane Smith runs the clinic. "We are full," Smith said.',
      output: ['Jane Smith <- Smith [name]'],
    },
    {
      name: 'surname joins the full name given after',
      input: '"We are full," Smith said. Jane Smith has run the clinic since 2010.',
      output: ['Jane Smith <- Smith [name]'],
    },
    {
      name: 'titles stay apart from the name',
      input: 'Senate Majority Leader Mitch McConnell said the vote would be held on Friday.',
      output: ['Mitch McConnell <- Senate Majority Leader Mitch McConnell [name]'],
    },
    {
      name: 'a rank with a parenthesis',
      input: 'Lt. Col. (retd) John Baker said the base would close.',
      output: ['John Baker <- Lt. Col. (retd) John Baker [name]'],
    },
    {
      name: 'party and state after the name',
      input: 'Rep. Adam Schiff (D-Calif.) said the report was incomplete.',
      output: ['Adam Schiff <- Rep. Adam Schiff (D-Calif.) [name]'],
    },
    {
      name: 'she after a woman named before',
      input: 'Maria Lopez runs the shelter. She said the beds were full every night.',
      output: ['Maria Lopez <- She [pronoun]'],
    },
    {
      name: 'gender from an honorific picks the right person',
      input: 'Mr. Brown met Ms. Green on Monday. She said the deal was done.',
      output: ['Green <- She [pronoun]'],
    },
    {
      name: 'they prefers a group that spoke before',
      input: 'Officials said the bridge would reopen in May. They added that repairs had cost $2 million.',
      output: ['Officials <- Officials [description]', 'Officials <- They [pronoun]'],
    },
    {
      name: 'a description that fits one named person',
      input: 'Defense Secretary Ann Cole visited the base. The secretary said troops would stay.',
      output: ['Ann Cole <- The secretary [description]'],
    },
    {
      name: 'a description given in an appositive resolves later',
      input: 'Ann Lee, the governor, said the budget was balanced. The governor said taxes would fall.',
      output: ['Ann Lee <- Ann Lee, the governor [name]', 'Ann Lee <- The governor [description]'],
    },
    {
      name: 'a surname that is also a place word',
      input: 'Her deputy, Tom Park, spoke next. He said the plan was sound.',
      output: ['Tom Park <- He [pronoun]'],
    },
    {
      name: 'a quoted paragraph after reported speech takes its speaker',
      input: 'Ann Lee said the vote was a mistake. She left soon after.\n\n"We will appeal the ruling and we will win in the end."',
      output: ['Ann Lee <- Ann Lee [name]', 'Ann Lee <- (context) [context]'],
    },
    {
      name: 'two people who speak together keep both names',
      input: 'Sen. Ann Lee and Rep. Tom Ruiz said the plan would fail.',
      output: ['Ann Lee and Tom Ruiz <- Sen. Ann Lee and Rep. Tom Ruiz [name]'],
    },
    {
      name: 'a firm name with an ampersand',
      input: 'Calder & Moss said the wall would hold.',
      output: ['Calder & Moss <- Calder & Moss [name]'],
    },
    {
      name: 'a description with no one to fit stays the speaker',
      input: 'A campaign spokesman said the candidate would not debate.',
      output: ['A campaign spokesman <- A campaign spokesman [description]'],
    },
    {
      name: 'a relative pronoun speaks for its antecedent',
      input: 'The plan was backed by Nora Quist, who said that it would cut costs.',
      output: ['Nora Quist <- who [name]'],
    },
  ])('$name', ({ input, output }) => {
    expect(who(extract(input))).toEqual(output);
  });
});

describe('what must not merge or resolve', () => {
  test('two Smiths that the text tells apart stay two speakers', () => {
    const r = extract('Tom Smith said the plan would fail. Ann Smith said it would work. "It will fail," Tom Smith said again.');
    expect(r.speakers.map((s) => s.name)).toEqual(['Tom Smith', 'Ann Smith']);
    expect(r.speakers[0]!.quotes).toEqual([0, 2]);
    expect(r.speakers[1]!.quotes).toEqual([1]);
  });

  test('a pronoun with no antecedent is not resolved to a name', () => {
    const r = extract('He said the plan would fail.');
    expect(who(r)).toEqual(['He <- He [pronoun]']);
    expect(r.speakers[0]!.kind).toBe('unknown');
  });

  test('she after only male names is not resolved to them', () => {
    const r = extract('Mr. Brown and John Carter left early. She said the meeting had been a waste of time.');
    expect(who(r)).toEqual(['She <- She [pronoun]']);
  });

  test('a guess costs confidence', () => {
    const [named, pronoun] = extract('Maria Lopez said the beds were full. She added that donations had dropped.').quotes;
    expect(pronoun!.confidence).toBeLessThan(named!.confidence);
  });
});

describe('speaker entities', () => {
  test('one entry per speaker with kind, titles, descriptions, mentions and quotes', () => {
    const input = 'Mayor Linda Ortiz said the bridge would close. "Every month we wait, the bill goes up," Ortiz said. The mayor added that a hearing would follow.';
    const r = extract(input);
    expect(r.speakers).toHaveLength(1);
    const s = r.speakers[0]!;
    expect(s).toMatchObject({ name: 'Linda Ortiz', kind: 'person', titles: ['Mayor'], descriptions: ['The mayor'], quotes: [0, 1, 2] });
    expect(s.mentions.map((m) => m.text)).toEqual(['Mayor Linda Ortiz', 'Ortiz', 'The mayor']);
  });

  test('organisations and groups', () => {
    const r = extract('The company said it had fixed the fault. Officials said the fix would hold.');
    expect(r.speakers.map((s) => [s.name, s.kind])).toEqual([
      ['The company', 'organization'],
      ['Officials', 'group'],
    ]);
  });

  test('known speakers and aliases from the caller', () => {
    const input = 'Bob Smith said taxes would fall. "We will cut them," Robert Smith told voters.';
    const r = extract(input, { knownSpeakers: [{ name: 'Robert Smith', aliases: ['Bob Smith'] }] });
    expect(r.speakers.map((s) => s.name)).toEqual(['Robert Smith']);
    expect(r.speakers[0]!.quotes).toEqual([0, 1]);
  });
});
