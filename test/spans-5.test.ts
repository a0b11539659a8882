/**
 * Speaker and cue spans of every attribution as annotated news marks them
 * (spans round 5, issues 11 and 15): the speaker's appositive, before or
 * after the cue, and a party or state tag belong to the speaker span; a
 * manner adverb in -ly right before the cue belongs to the cue. The
 * speaker's name stays the person's name. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** Each quote as [content, speaker mention text, speaker name, cue, rule], default options. */
function spans(text: string): [string, string | null, string | null, string, string][] {
  return extract(text).quotes.map((q) => [q.text, q.speaker?.mention?.text ?? null, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.rule]);
}

type Row = [string, string | null, string | null, string, string];

describe('speech speakers: the appositive and the party tag belong to the speaker span', () => {
  test.each([
    ['appositive between speaker and cue', 'Tom Reyes, the harbor master, said the pier would hold through the winter.',
      [['the pier would hold through the winter', 'Tom Reyes, the harbor master', 'Tom Reyes', 'said', 'reported/cue-clause']]],
    ['appositive after an inverted speaker, direct quote', '"The pier will hold," said Ada Moss, a harbor engineer at the port authority.',
      [['The pier will hold,', 'Ada Moss, a harbor engineer at the port authority', 'Ada Moss', 'said', 'direct/trailing-cue-speaker']]],
    ['appositive after an inverted speaker, then a relative clause', '"The pier will hold," said Ada Moss, a harbor engineer, who has worked on the docks for years.',
      [['The pier will hold,', 'Ada Moss, a harbor engineer, who has worked on the docks for years', 'Ada Moss', 'said', 'direct/trailing-cue-speaker']]],
    ['appositive opening with an adjective, reported speech', 'The pier will hold through the winter, said Ada Moss, senior engineer at the port authority.',
      [['The pier will hold through the winter', 'Ada Moss, senior engineer at the port authority', 'Ada Moss', 'said', 'reported/content-cue-speaker']]],
    ['appositive opening with "then"', 'The pier will hold through the winter, said Ada Moss, then the chief engineer at the port.',
      [['The pier will hold through the winter', 'Ada Moss, then the chief engineer at the port', 'Ada Moss', 'said', 'reported/content-cue-speaker']]],
    ['a party and state tag', 'Sen. Ada Moss (D-Ohio) said the pier would hold through the winter.',
      [['the pier would hold through the winter', 'Sen. Ada Moss (D-Ohio)', 'Ada Moss', 'said', 'reported/cue-clause']]],
    ['a party tag, then an appositive', '"The pier will hold," said Rep. Tom Reyes (R-Tex.), a member of the harbor panel.',
      [['The pier will hold,', 'Rep. Tom Reyes (R-Tex.), a member of the harbor panel', 'Tom Reyes', 'said', 'direct/trailing-cue-speaker']]],
  ] as [string, string, Row[]][])('%s', (_label, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('speech speakers: spans that stay as found', () => {
  test.each([
    ['an aside between commas', 'Tom Reyes, for instance, said the pier would hold through the winter.', 'Tom Reyes'],
    ['a participle phrase before the cue', 'Tom Reyes, speaking in Dayton, said the pier would hold through the winter.', 'Tom Reyes'],
    // (at the name's first mention a relative clause before the cue joins the span: recall52)
    ['a relative clause before the cue at a later mention', 'Tom Reyes spoke first. Reyes, who runs the harbor, said the pier would hold through the winter.', 'Reyes'],
    ['a clause with "whose" after the speaker', '"The pier will hold," said Ada Moss, whose firm built the docks.', 'Ada Moss'],
    ['an age after the speaker', '"The pier will hold," said Ada Moss, 61, of Dayton.', 'Ada Moss'],
    ['a participle after the speaker', '"The pier will hold," said Ada Moss, smiling at the crowd.', 'Ada Moss'],
    ['an appositive that runs into a quotation', '"The pier will hold," said Ada Moss, the author of "Iron Docks."', 'Ada Moss'],
    ['the main clause after "according to X,"', 'According to the budget office, the deficit will grow by a third next year.', 'the budget office'],
  ])('%s', (_label, text, mention) => {
    expect(spans(text).map((s) => s[1])).toEqual([mention]);
  });
});

describe('speech cues: a manner adverb in -ly right before the cue belongs to it', () => {
  test.each([
    ['a manner adverb', 'Ms. Varga openly admitted that the pier would not hold through the winter.', 'openly admitted'],
    ['"reportedly" (inside the gold cue on train)', 'Ms. Varga reportedly said that the pier would hold through the winter.', 'reportedly said'],
    ['"only" stays out', 'Ms. Varga only said that the pier would hold through the winter.', 'said'],
    ['"likely" stays out', 'Ms. Varga likely said that the pier would hold through the winter.', 'said'],
    ['"early" stays out', 'Ms. Varga early said that the pier would hold through the winter.', 'said'],
    ['an adverb of the verb before it stays out', 'An aide who was not allowed to speak publicly said the pier would hold.', 'said'],
    ['an adverb before a phrase cue stays out', 'That is partly according to the harbor master, who inspected the pier.', 'according to'],
  ])('%s', (_label, text, cue) => {
    expect(spans(text).map((s) => s[3])).toEqual([cue]);
  });
});

describe('speech cues: the preposition "call" takes belongs to the cue', () => {
  test.each([
    ['called on', 'Ms. Varga called on the council to rebuild the pier before the winter.', 'called on'],
    ['called for', 'Ms. Varga has called for an inquiry into the closing of the pier.', 'has called for'],
    ['another verb keeps its span ("said on" is outside the gold cue more often than in)', 'Ms. Varga said on Tuesday that the pier would close before the winter.', 'said'],
  ])('%s', (_label, text, cue) => {
    expect(spans(text).map((s) => s[3])).toEqual([cue]);
  });
});

/** Every category reported (the opt-in ones too). */
const ALL_CATEGORIES = { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] } as const;

describe('review 8: a widened speaker span never takes another attribution\'s words', () => {
  test.each([
    ['a relative clause after the appositive holds another quote (after the cue)', 'The budget will pass, said Ada Moss, a former mayor who said the plan would fail.', ['Ada Moss', 'who']],
    ['a relative clause in the appositive holds another quote (before the cue)', 'Tom Reyes, a former mayor who said the plan would fail, said Monday that the budget will pass.', ['who', 'Tom Reyes']],
    ['", who" after the appositive holds another quote', '"We will win," said Ada Moss, a pollster at Ohio State, who argued the plan would fail.', ['Ada Moss, a pollster at Ohio State', 'who']],
    ['the relative clause holds another speaker and cue', 'The plan is dead, said Ada Moss, the mayor, who Reyes said was wrong.', ['Ada Moss, the mayor', 'Reyes']],
    ['a "that" clause holds another speaker and cue', 'The plan will fail, said Ada Moss, a critic of the plan that Reyes said would cost millions.', ['Ada Moss', 'Reyes']],
    ['an appositive before "adding" is the speaker\'s too, and both quotes share it', 'The plan would fail, said Tom Reyes, a former mayor, adding that taxes would rise.', ['Tom Reyes, a former mayor', 'Tom Reyes, a former mayor']],
    ['an appositive after an inverted speaker is the speaker\'s, not the content\'s, so the span takes it', 'The plan would fail, said the mayor, a Democrat.', ['the mayor, a Democrat']],
  ])('%s', (_label, text, mentions) => {
    expect(spans(text).map((s) => s[1])).toEqual(mentions);
  });

  test('the speaker keeps each of its mentions (none swallowed by a widened one)', () => {
    const r = extract('The budget will pass, said Ada Moss, a former mayor who said the plan would fail.');
    expect(r.speakers.map((s) => s.mentions.map((m) => m.text))).toEqual([['Ada Moss', 'who']]);
  });

  test('two quotes sharing a speaker share its widened span', () => {
    expect(spans('Tom Reyes, a former mayor, said the plan would fail and warned that taxes would rise.').map((s) => [s[1], s[3]])).toEqual([
      ['Tom Reyes, a former mayor', 'said'],
      ['Tom Reyes, a former mayor', 'warned'],
    ]);
  });
});

describe('review 8: asides after an inverted speaker are no appositive', () => {
  test.each([
    ['a lone adverb', 'The budget will pass, said Ada Moss, however.'],
    ['"too"', 'The plan is dead, said Ada Moss, too.'],
    ['a day', 'The budget will pass, said Ada Moss, yesterday.'],
    ['a weekday', 'The council will vote, said Ada Moss, Monday.'],
    ['"last week"', 'The budget will pass, said Ada Moss, last week.'],
    ['"this week"', 'The council will vote, said Ada Moss, this week.'],
    ['"a day before ..."', 'The council will vote, said Ada Moss, a day before the vote.'],
  ])('%s', (_label, text) => {
    expect(spans(text).map((s) => s[1])).toEqual(['Ada Moss']);
  });
});

describe('review 9: an appositive that opens like a time phrase still describes the speaker', () => {
  test.each([
    ['a time noun before a noun', 'Ada Moss, a day trader, said the plan would fail.', 'Ada Moss, a day trader'],
    ['a time noun before a noun, with more after it', 'Ada Moss, a night nurse at the hospital, said the plan would fail.', 'Ada Moss, a night nurse at the hospital'],
    ['a determiner before a possessive', 'Ada Moss, that group\'s leader, said the plan would fail.', 'Ada Moss, that group\'s leader'],
    ['after an inverted speaker', '"The plan will fail," said Ada Moss, a weekend volunteer.', 'Ada Moss, a weekend volunteer'],
    ['unchanged: a time phrase filling the appositive', 'Ada Moss, that night, said the plan would fail.', 'Ada Moss'],
  ])('%s', (_label, text, mention) => {
    expect(spans(text).map((s) => s[1])).toEqual([mention]);
  });
});

describe('review 8: party tags', () => {
  test.each([
    ['a news agency in brackets is no tag', 'Ada Moss (Reuters) said the plan would fail.', 'Ada Moss'],
    ['a state with a letter outside ASCII', 'Sen. Ada Moss (D-Zürich) said the plan would fail.', 'Sen. Ada Moss (D-Zürich)'],
    ['a state alone, abbreviated', 'Sen. Ada Moss (Tex.) said the plan would fail.', 'Sen. Ada Moss (Tex.)'],
  ])('%s', (_label, text, mention) => {
    expect(spans(text).map((s) => s[1])).toEqual([mention]);
  });
});

describe('review 8: cues', () => {
  test.each([
    ['"called on" a day', 'The mayor called on Tuesday to say the plant would close.', 'called'],
    ['"called on" with a direct quote', '"Close it," the mayor called on the stage.', 'called'],
    ['review 9: "called on" before "each" and a noun that is no time', 'The union called on each member to vote against the deal.', 'called on'],
    ['review 9: "called on" before "this" and a noun that is no time', 'The mayor called on this council to reject the plan.', 'called on'],
    ['review 9: "called on" before a determiner and a time noun', 'The mayor called on this week to say the plant would close.', 'called'],
    ['"daily" (also a publication) stays out', 'Ms. Varga daily says the plant will close.', 'says'],
    ['an adverb ending a relative clause of the speaker stays out', 'People who work there regularly said the levy is too high.', 'said'],
    ['an adverb ending a relative clause of the speaker stays out (2)', 'Voters who backed him enthusiastically said the levy is too high.', 'said'],
    ['an adverb of frequency right after the speaker joins the cue', 'Ms. Varga regularly says the plant will close.', 'regularly says'],
  ])('%s', (_label, text, cue) => {
    expect(spans(text).map((s) => s[3])).toEqual([cue]);
  });
});

describe('review 4 (opt-in categories): stance speakers', () => {
  test.each([
    ['a relative clause holding another quote\'s cue', 'Tom Reyes, a critic who says the bridge is too costly, endorsed Ada Moss.', 'Tom Reyes'],
    ['"this week" is a time aside', 'The union, this week, endorsed Ada Moss.', 'The union'],
    ['a weekday is a time aside', 'Tom Reyes, Monday, endorsed Ada Moss.', 'Tom Reyes'],
    ['"this time around" is a time aside', 'The union, this time around, endorsed Ada Moss.', 'The union'],
  ])('%s', (_label, text, mention) => {
    const stance = extract(text, ALL_CATEGORIES).quotes.filter((q) => q.cue?.category === 'stance');
    expect(stance.map((q) => q.speaker?.mention?.text)).toEqual([mention]);
  });
});
