/**
 * A count or quantifier taken from a plural object pronoun ("One of them",
 * "Both of us", "Each of you", "Two of them") speaks, like "Many of them" and
 * "One of the officers" do: before the cue, after a trailing direct quote
 * ("said one of them.") and in a sentence-initial subordinate clause. The name
 * is the phrase itself. The same phrase as an object ("told one of them",
 * "gave each of them") or inside the content speaks for no one.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

interface Line {
  kind: string;
  parts: string[];
  speaker: string | null;
  name: string | null;
  cue: string | null;
  rule: string;
}

const lines = (input: string): Line[] => extract(input).quotes.map((q) => ({
  kind: q.kind,
  parts: q.parts.map((p) => p.text),
  speaker: q.speaker?.mention?.text ?? null,
  name: q.speaker?.name ?? null,
  cue: q.cue?.span.text ?? null,
  rule: q.rule,
}));

const line = (parts: string[], speaker: string | null, cue: string | null, rule: string, kind = 'indirect'): Line => ({ kind, parts, speaker, name: speaker, cue, rule });

const speaks: [string, string, Line[]][] = [
  ['"one of them" before a reported clause', 'One of them said the ferry ran late all week.', [
    line(['the ferry ran late all week'], 'One of them', 'said', 'reported/cue-clause'),
  ]],
  ['"both of them"', 'Both of them said the ferry ran late all week.', [
    line(['the ferry ran late all week'], 'Both of them', 'said', 'reported/cue-clause'),
  ]],
  ['"each of us"', 'Each of us said the ferry ran late all week.', [
    line(['the ferry ran late all week'], 'Each of us', 'said', 'reported/cue-clause'),
  ]],
  ['a number and "of us"', 'Two of us said the ferry ran late all week.', [
    line(['the ferry ran late all week'], 'Two of us', 'said', 'reported/cue-clause'),
  ]],
  ['"each of you" with "that"', 'Each of you wrote that the ferry ran late.', [
    line(['the ferry ran late'], 'Each of you', 'wrote', 'reported/cue-that'),
  ]],
  ['a trailing direct quote with the speaker before the cue', '"The ferry ran late all week," one of them said.', [
    line(['The ferry ran late all week,'], 'one of them', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a trailing direct quote with the speaker after the cue', '"The ferry ran late all week," said one of them.', [
    line(['The ferry ran late all week,'], 'one of them', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['a leading cue before a direct quote', 'One of them said, "The ferry ran late all week."', [
    line(['The ferry ran late all week.'], 'One of them', 'said', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['a sentence-initial subordinate clause', 'Although one of them told me the bridge was safe, I stayed home.', [
    line(['the bridge was safe'], 'one of them', 'told', 'reported/cue-clause'),
  ]],
];

const objects: [string, string, Line[]][] = [
  ['"told one of them": the teller speaks', '"Go home," Lena Cho told one of them.', [
    line(['Go home,'], 'Lena Cho', 'told', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"gave each of them": an object of another verb', 'Lena Cho gave each of them a map and said the ferry ran late.', [
    line(['the ferry ran late'], 'Lena Cho', 'said', 'reported/cue-clause'),
  ]],
  ['"one of them" inside the content', 'Lena Cho said one of them was broken.', [
    line(['one of them was broken'], 'Lena Cho', 'said', 'reported/cue-clause'),
  ]],
  ['"said one of them" before a relative clause is not taken alone', '"The ferry ran late all week," said one of them who had waited.', [
    line(['The ferry ran late all week,'], null, 'said', 'direct/trailing-cue', 'direct'),
  ]],
];

describe('a count of people named by an object pronoun speaks', () => {
  test.each(speaks)('%s', (_name, input, expected) => {
    expect(lines(input)).toEqual(expected);
  });
});

describe('the same phrase as an object or inside the content speaks for no one', () => {
  test.each(objects)('%s', (_name, input, expected) => {
    expect(lines(input)).toEqual(expected);
  });
});
