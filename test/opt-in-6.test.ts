/**
 * Attribution beyond speech, sixth round (issue 15): a stance whose cue has
 * no helping sense is reported with a noun phrase of four words ("opposed the
 * new transit levy"), where other opt-in phrases need six; "support", which
 * also means helping or paying for something, keeps the six-word bar, and so
 * do stances of two or three words. A sourceless frame ("seems to",
 * "is expected to") takes its whole subject into the content: a participle
 * after a determiner or an adjective ("The merged harbor firm"), a gerund
 * after "of" ("The idea of rebuilding ..."), and a conjunct of names before
 * "and" ("Ms. Varga and Mr. Reyes"). A finding of evidence goes on over ",
 * while", ", with" and ", including" to its sentence end, a second figure
 * ("41 percent opposed it") included. A proposition noun right after an
 * opt-in cue opens the content with its "that" clause ("rejected the notion
 * that ..."), and a disposition shown joins the cue of "show" ("has shown no
 * interest in" + "selling the land"). Default output never changes.
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, rule]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.rule]);
}

describe('opt-in stance: a noun phrase of four or five words', () => {
  test.each([
    ['oppose', 'The union opposed the new transit levy.', [['the new transit levy', 'The union', 'opposed', 'reported/cue-object']]],
    ['defend', 'Ms. Varga defended her vote on the budget.', [['her vote on the budget', 'Varga', 'defended', 'reported/cue-object']]],
    ['blame with its "for"', 'Tom Reyes blamed the board for delays.', [['the board for delays', 'Tom Reyes', 'blamed', 'reported/cue-object']]],
    ['a trailing time is no part of the stance', 'The union opposed the new transit levy on Monday night.', [['the new transit levy', 'The union', 'opposed', 'reported/cue-object']]],
    ['"on" and a name is a topic, counted', 'Ms. Varga defended her views on Dover.', [['her views on Dover', 'Varga', 'defended', 'reported/cue-object']]],
  ] as [string, string, [string, string | null, string, string][]][])('%s', (_label, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('opt-in stance: phrases still too short or of a helping sense', () => {
  test.each([
    ['two words', 'Ms. Varga defended Tom.'],
    ['"support" of four words', 'Ms. Varga supported the new transit levy.'],
    ['"support" as helping', 'The fund supports schools that serve rural towns.'],
    ['a relative-pronoun subject', 'Groups who opposed the new transit levy met.'],
    // a trailing place or time adjunct does not count toward the four words
    ['a place after the object', 'The champion defended her crown in Rome.'],
    ['a span of time after the object', 'The militia defended the ford for three days.'],
  ])('%s', (_label, text) => {
    expect(rows(text)).toEqual([]);
  });
});

describe('opt-in stance: default output unchanged', () => {
  test.each([
    'The union opposed the new transit levy.',
    'Ms. Varga defended her vote on the budget.',
    'Tom Reyes blamed the board for delays.',
  ])('%s', (text) => {
    expect(rows(text, {})).toEqual([]);
  });
});

describe('opt-in impersonal frame: the whole subject opens the content', () => {
  test.each([
    ['a participle after an adjective', 'The merged harbor firm is expected to open three new plants in the county by 2030.',
      [['The merged harbor firm to open three new plants in the county by 2030', null, 'is expected', 'reported/impersonal']]],
    ['a gerund after "of"', 'The idea of rebuilding the old bridge seems to have lost support among the county\'s voters.',
      [["The idea of rebuilding the old bridge to have lost support among the county's voters", null, 'seems', 'reported/impersonal']]],
    ['two names joined by "and"', 'Ms. Varga and Mr. Reyes appeared to be tied in the race for the council seat.',
      [['Ms. Varga and Mr. Reyes to be tied in the race for the council seat', null, 'appeared', 'reported/impersonal']]],
  ] as [string, string, [string, string | null, string, string][]][])('%s', (_label, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('opt-in impersonal frame: what stays out of the subject', () => {
  test.each([
    ['a clause before "and"', 'The storm flooded the roads and the union appears to have lost its fight over the new levy.',
      [['the union to have lost its fight over the new levy', null, 'appears', 'reported/impersonal']]],
  ] as [string, string, [string, string | null, string, string][]][])('%s', (_label, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  test('a gerund after a preposition other than "of" opens no subject', () => {
    const found = rows('After winning the vote the union seemed ready to sign the new contract with the county.');
    expect(found).toHaveLength(1);
    expect(found[0]![0]).not.toMatch(/^After winning/);
  });
});

describe('opt-in evidence: a finding runs over ", while", ", with", ", including"', () => {
  test.each([
    ['while, a second figure absorbed', 'A Gazette poll found that 48 percent of voters in the county backed the levy, while 41 percent opposed it.',
      [['48 percent of voters in the county backed the levy, while 41 percent opposed it', 'A Gazette poll', 'found', 'reported/cue-that']]],
    ['with', 'Polls show Ms. Varga losing voters after the debate on Monday, with 40 percent backing her before and 31 percent afterward.',
      [['Ms. Varga losing voters after the debate on Monday, with 40 percent backing her before and 31 percent afterward', 'Polls', 'show', 'reported/evidence-small-clause']]],
    ['including', "The board cited reports of leaks in the old bridge in recent years, including this week's warning from the harbor master.",
      [["reports of leaks in the old bridge in recent years, including this week's warning from the harbor master", 'The board', 'cited', 'reported/speech-object']]],
  ] as [string, string, [string, string | null, string, string][]][])('%s', (_label, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('opt-in evidence tails: what stays as it is', () => {
  test.each([
    ['a finding that already ran on stays as found', 'County records show dozens of complaints about the old bridge, including three from the harbor master.',
      [['dozens of complaints about the old bridge, including three from the harbor master', 'County records', 'show', 'reported/evidence-object']]],
    ['a stance keeps its end', 'Ms. Varga opposed the new transit levy, while Mr. Reyes backed it.',
      [['the new transit levy', 'Varga', 'opposed', 'reported/cue-object']]],
    ['a speech attribution in the tail', 'A Gazette poll found that 48 percent of voters in the county backed the levy, while 41 percent said they opposed it.',
      [['48 percent of voters in the county backed the levy', 'A Gazette poll', 'found', 'reported/cue-that'], ['they opposed it', '41 percent', 'said', 'reported/cue-clause']]],
    // after "while", an event of the narrator's (no figure, no state) is no part of the finding
    ['"while" and the narrator\'s event', 'The audit found that the depot lost $3 million, while Ms. Reyes, the treasurer, resigned in May.',
      [['the depot lost $3 million', 'The audit', 'found', 'reported/cue-that']]],
    ['"while" and the narrator\'s event with a figure', 'The study found that thefts fell 12 percent, while the county hired 300 more guards.',
      [['thefts fell 12 percent', 'The study', 'found', 'reported/cue-that']]],
    ['"while" and the narrator\'s event in the past perfect', 'The study found that thefts fell 12 percent, while the county had hired 300 more guards.',
      [['thefts fell 12 percent', 'The study', 'found', 'reported/cue-that']]],
    ['"while" and the narrator\'s event in the passive', 'The audit found that the depot lost $3 million, while Ms. Reyes was ousted in a recall in 2019.',
      [['the depot lost $3 million', 'The audit', 'found', 'reported/cue-that']]],
    ['"while" and a past passive of a state stays', 'The survey found that older tenants backed the levy, while 12 percent were opposed.',
      [['older tenants backed the levy, while 12 percent were opposed', 'The survey', 'found', 'reported/cue-that']]],
    ['"while" and a past participle of a feeling stays', 'The survey found that older tenants backed the levy, while most younger tenants were worried about the rent.',
      [['older tenants backed the levy, while most younger tenants were worried about the rent', 'The survey', 'found', 'reported/cue-that']]],
    ['"while" and a modal stays', 'The survey found that older tenants backed the levy, while younger tenants would reject it by 20 points.',
      [['older tenants backed the levy, while younger tenants would reject it by 20 points', 'The survey', 'found', 'reported/cue-that']]],
    ['"while" and a present passive stays', 'The survey found that Ms. Varga leads the race, while Mr. Reyes is favored by 40 percent of older tenants.',
      [['Ms. Varga leads the race, while Mr. Reyes is favored by 40 percent of older tenants', 'The survey', 'found', 'reported/cue-that']]],
    ['"while" and a state compared stays', 'The survey found that older tenants backed the levy, while younger tenants were split over it.',
      [['older tenants backed the levy, while younger tenants were split over it', 'The survey', 'found', 'reported/cue-that']]],
    ['another opener', 'A Gazette poll found that 48 percent of voters in the county backed the levy, a record for the county.',
      [['48 percent of voters in the county backed the levy', 'A Gazette poll', 'found', 'reported/cue-that']]],
  ] as [string, string, [string, string | null, string, string][]][])('%s', (_label, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('opt-in proposition object: "the notion that" opens the content', () => {
  test.each([
    ['notion', 'Ms. Varga rejected the notion that the levy would pass before the end of the year.',
      [['the notion that the levy would pass before the end of the year', 'Varga', 'rejected', 'reported/cue-that']]],
    ['a modifier before the noun', 'The union rejected the old idea that the bridge could be saved from the river.',
      [['the old idea that the bridge could be saved from the river', 'The union', 'rejected', 'reported/cue-that']]],
  ] as [string, string, [string, string | null, string, string][]][])('%s', (_label, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  test('a speech cue keeps the clause alone', () => {
    expect(rows('The mayor dismissed the long-standing idea that the bridge could be saved from the river.')[0]![0]).toBe('the bridge could be saved from the river');
  });

  test('a noun that is no proposition stays out', () => {
    expect(rows('Ms. Varga rejected the plan that the council had passed in a late-night vote.')[0]![0]).not.toMatch(/^the plan/);
  });
});

describe('opt-in evidence: a disposition shown joins the cue', () => {
  test.each([
    ['no interest in', 'The board has shown no interest in selling the old ferry landing to the county.',
      [['selling the old ferry landing to the county', 'The board', 'has shown no interest in', 'reported/cue-object']]],
    ['no sign of', 'The union showed no sign of backing down from its fight over the new levy.',
      [['backing down from its fight over the new levy', 'The union', 'showed no sign of', 'reported/cue-object']]],
    ['little inclination, "to" kept in the content', 'The mayor has shown little inclination to change the plan for the old bridge.',
      [['to change the plan for the old bridge', 'The mayor', 'has shown little inclination', 'reported/cue-object']]],
    ['a poll\'s finding of others\' disposition stays the content', 'The survey showed little interest in the new levy among older tenants.',
      [['little interest in the new levy among older tenants', 'The survey', 'showed', 'reported/evidence-object']]],
    ['a possessive before the noun is an object, not a disposition', "Records show the board's interest in the old ferry landing since the spring of 2019.",
      [["the board's interest in the old ferry landing since the spring of 2019", 'Records', 'show', 'reported/evidence-object']]],
  ] as [string, string, [string, string | null, string, string][]][])('%s', (_label, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});
