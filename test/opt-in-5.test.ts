/**
 * Attribution beyond speech, fifth round (issue 15): speaker spans of opt-in
 * attributions as annotated news marks them. An appositive between the
 * speaker and its cue belongs to the speaker span, and a pollster name joined
 * by a slash belongs to the poll's; the speaker's name stays the name.
 * A manner adverb in -ly right before an opt-in cue belongs to the cue, and
 * so does a feeling voiced with a clause ("expressed concern that ...").
 * Speech attributions widen the same way since round 5 of the spans (see
 * test/spans-5.test.ts). Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker mention text, speaker name, cue, rule]. */
function spans(text: string, options: object = ALL): [string, string | null, string | null, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.mention?.text ?? null, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.rule]);
}

describe('opt-in speakers: the appositive and the slashed pollster belong to the speaker span', () => {
  test.each([
    ['appositive with a determiner, stance + object', 'Tom Reyes, a former school board member from Dayton, has endorsed the plan to rebuild the old bridge over the river.',
      [['the plan to rebuild the old bridge over the river', 'Tom Reyes, a former school board member from Dayton', 'Tom Reyes', 'has endorsed', 'reported/cue-object']]],
    ['appositive of a group', 'The union, a group of 4,000 teachers, opposed the plan to rebuild the old bridge over the river.',
      [['the plan to rebuild the old bridge over the river', 'The union, a group of 4,000 teachers', 'The union', 'opposed', 'reported/cue-object']]],
    ['appositive with a relative clause, thought + that', 'Ada Moss, a pollster who worked for the mayor, thinks that the levy will pass before the end of the year.',
      [['the levy will pass before the end of the year', 'Ada Moss, a pollster who worked for the mayor', 'Ada Moss', 'thinks', 'reported/cue-that']]],
    ['appositive opening with a noun, then an adverb', 'Jim Tobin, spokesman for the county board, also declined to comment on the new contract.',
      [['to comment on the new contract', 'Jim Tobin, spokesman for the county board', 'Jim Tobin', 'also declined', 'reported/cue-infinitive']]],
    ['a name the tagger reads as a verb inside the appositive ("Will")', 'Two members, Ann Petrov and Will Rush, have questioned the value of the new bridge over the river.',
      [['the value of the new bridge over the river', 'Two members, Ann Petrov and Will Rush', 'Two members', 'have questioned', 'reported/speech-object']]],
    ['two coordinated subjects opening the sentence', 'She and her husband oppose the plan to rebuild the old bridge over the river.',
      [['the plan to rebuild the old bridge over the river', 'She and her husband', 'She and her husband', 'oppose', 'reported/cue-object']]],
    ['neither ... nor', 'Neither the mayor nor his aides believe that the levy will pass before the end of the year.',
      [['the levy will pass before the end of the year', 'Neither the mayor nor his aides', 'Neither the mayor nor his aides', 'believe', 'reported/cue-that']]],
    ['a party and state tag', 'Sen. Ada Moss (D-Ohio) opposed the plan to rebuild the old bridge over the river.',
      [['the plan to rebuild the old bridge over the river', 'Sen. Ada Moss (D-Ohio)', 'Ada Moss', 'opposed', 'reported/cue-object']]],
    ['a party tag alone', 'Gov. Tom Reyes (R) opposed the plan to rebuild the old bridge over the river.',
      [['the plan to rebuild the old bridge over the river', 'Gov. Tom Reyes (R)', 'Tom Reyes', 'opposed', 'reported/cue-object']]],
    ['the time of a poll before its cue', 'A Gazette poll in March found that most voters in the county oppose the new tax plan.',
      [['most voters in the county oppose the new tax plan', 'A Gazette poll in March', 'A Gazette poll in March', 'found', 'reported/cue-that']]],
    ['pollster joined by a slash, with its determiner', 'A new Gazette/Metro News poll found that most voters in the county oppose the new tax plan.',
      [['most voters in the county oppose the new tax plan', 'A new Gazette/Metro News poll', 'A new Gazette/Metro News poll', 'found', 'reported/cue-that']]],
  ] as [string, string, [string, string | null, string | null, string, string][]][])('%s', (_label, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('opt-in speakers: spans that stay as found', () => {
  test.each([
    ['an aside between commas', 'Tom Reyes, for instance, has endorsed the plan to rebuild the old bridge over the river.', 'Tom Reyes'],
    ['a participle phrase', 'Tom Reyes, speaking in Dayton on Monday, endorsed the plan to rebuild the old bridge over the river.', 'Tom Reyes'],
    ['an age before a relative clause', 'Tom Reyes, 61, who lives in Dayton, worried that the levy would not pass before the end of the year.', 'Tom Reyes'],
    ['a clause with a verb of its own', 'Angry, Tom Reyes resigned, convinced that the council had let the levy fail without a real vote.', null],
    ['a second clause after a comma and "and"', 'The fire damaged the school, and the union opposes the plan to rebuild the old bridge over the river.', 'the union'],
    ['"and" after a verb\'s object', 'The storm flooded the county roads and the union opposes the plan to rebuild the old bridge over the river.', 'the union'],
    // (the relative clause of a name's first mention is part of the span since recall52, as PolNeAR marks it: 30 of 35 on train)
    ['a relative clause as the appositive', 'Ms. Varga, who lives in Dayton, opposed the plan to rebuild the old bridge over the river.', 'Ms. Varga, who lives in Dayton'],
    ['a parenthesis of lower-case words', 'Ms. Varga (who lives in Dayton) opposed the plan to rebuild the old bridge over the river.', 'Ms. Varga'],
    ['the time of a person before the cue', 'Ms. Varga on Tuesday opposed the plan to rebuild the old bridge over the river.', 'Ms. Varga'],
    ['a spaced slash', 'The Gazette / Metro News poll found that most voters in the county oppose the new tax plan.', 'Metro News poll'],
  ])('%s', (_label, text, mention) => {
    const found = spans(text).map((s) => s[1]);
    if (mention === null) expect(found.every((m) => m === null || !m.includes(','))).toBe(true);
    else expect(found).toEqual([mention]);
  });

  test('a speech cue widens its speaker span the same way, with every category or by default (test/spans-5.test.ts)', () => {
    const text = 'Tom Reyes, a former school board member from Dayton, said that the levy will pass before the end of the year.';
    expect(spans(text).map((s) => s[1])).toEqual(['Tom Reyes, a former school board member from Dayton']);
    expect(spans(text, {}).map((s) => s[1])).toEqual(['Tom Reyes, a former school board member from Dayton']);
  });

  test('nothing of it with default options', () => {
    expect(extract('Tom Reyes, a former school board member from Dayton, has endorsed the plan to rebuild the old bridge over the river.').quotes).toEqual([]);
    expect(extract('A new Gazette/Metro News poll found that most voters in the county oppose the new tax plan.').quotes).toEqual([]);
  });
});

describe('opt-in cues: a manner adverb in -ly right before the cue belongs to it', () => {
  test.each([
    ['quickly endorsed', 'Ms. Varga quickly endorsed the plan to rebuild the old bridge over the river.', 'quickly endorsed'],
    ['largely supports', 'The union largely supports the plan to rebuild the old bridge over the river.', 'largely supports'],
    ['"only" stays out', 'Ms. Varga only endorsed the plan to rebuild the old bridge over the river.', 'endorsed'],
    ['"lately" stays out', 'Ms. Varga, who lately opposed the plan to rebuild the old bridge over the river, will vote.', 'opposed'],
  ])('%s', (_label, text, cue) => {
    expect(spans(text).map((s) => s[3])).toEqual([cue]);
  });

  test('a speech cue takes its manner adverb the same way, with every category or by default (test/spans-5.test.ts)', () => {
    const text = 'Ms. Varga quickly said that the levy will pass before the end of the year.';
    expect(spans(text).map((s) => s[3])).toEqual(['quickly said']);
    expect(spans(text, {}).map((s) => s[3])).toEqual(['quickly said']);
  });
});

describe('opt-in cues: a feeling voiced with a clause belongs to the cue, its "that" to neither', () => {
  test.each([
    ['expressed concern that', 'Ms. Varga expressed concern that the plant on the river would close before the end of the year.',
      [['the plant on the river would close before the end of the year', 'Ms. Varga', 'Varga', 'expressed concern', 'reported/cue-that']]],
    ['expressed much remorse that', 'Ms. Varga expressed much remorse that her staff had spread the rumor about the plant.',
      [['her staff had spread the rumor about the plant', 'Ms. Varga', 'Varga', 'expressed much remorse', 'reported/cue-that']]],
  ] as [string, string, [string, string | null, string | null, string, string][]][])('%s', (_label, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  test('a feeling with a phrase after it stays in the content', () => {
    const found = spans('The senator voiced the frustration of many farmers who have watched the river plant close for a year.');
    expect(found.every((s) => !s[3].includes('frustration'))).toBe(true);
  });

  test('the same with default options: a feeling voiced with a clause is speech (test/cue-18.test.ts)', () => {
    const text = 'Ms. Varga expressed concern that the plant on the river would close before the end of the year.';
    expect(spans(text, {})).toEqual([['the plant on the river would close before the end of the year', 'Ms. Varga', 'Varga', 'expressed concern', 'reported/cue-that']]);
  });
});
