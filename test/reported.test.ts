/**
 * Reported speech and mixed quotes: every pattern of the reported-speech issue
 * with the exact content, cue, lemma, category and speaker expected.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { Extraction } from '../src/index.js';

interface Row {
  kind: string;
  text: string;
  cue: string | null;
  lemma: string | null;
  category: string | null;
  mention: string | null;
}

function rows(r: Extraction): Row[] {
  return r.quotes.map((q) => ({
    kind: q.kind,
    text: q.text,
    cue: q.cue?.span.text ?? null,
    lemma: q.cue?.lemma ?? null,
    category: q.cue?.category ?? null,
    mention: q.speaker?.mention?.text ?? null,
  }));
}

const ind = (text: string, cue: string, lemma: string, mention: string | null, category = 'speech', kind = 'indirect'): Row => ({
  kind,
  text,
  cue,
  lemma,
  category,
  mention,
});

const cases: { name: string; input: string; output: Row[] }[] = [
  { name: 'said that', input: 'The minister said that the talks would resume.', output: [ind('the talks would resume', 'said', 'say', 'The minister')] },
  { name: 'said without that', input: 'The minister said the talks would resume.', output: [ind('the talks would resume', 'said', 'say', 'The minister')] },
  { name: 'present tense', input: 'The company says it has fixed the fault.', output: [ind('it has fixed the fault', 'says', 'say', 'The company')] },
  { name: 'told a listener', input: 'Smith told reporters that the deal was off.', output: [ind('the deal was off', 'told', 'tell', 'Smith')] },
  { name: 'told a named listener without that', input: 'Smith told The Associated Press the deal was off.', output: [ind('the deal was off', 'told', 'tell', 'Smith')] },
  { name: 'warned that', input: 'Officials warned that the storm would hit the coast.', output: [ind('the storm would hit the coast', 'warned', 'warn', 'Officials')] },
  { name: 'insisted that', input: 'She insisted that she had done nothing wrong.', output: [ind('she had done nothing wrong', 'insisted', 'insist', 'She')] },
  { name: 'denied that', input: 'The senator denied that he had met the lobbyist.', output: [ind('he had met the lobbyist', 'denied', 'deny', 'The senator')] },
  {
    name: 'statement and day between cue and that',
    input: 'The ministry said in a statement on Monday that two ships had been seized.',
    output: [ind('two ships had been seized', 'said', 'say', 'The ministry')],
  },
  {
    name: 'appositive participle between speaker and cue',
    input: 'Jones, speaking to reporters, said the plant would close.',
    output: [ind('the plant would close', 'said', 'say', 'Jones')],
  },
  {
    name: 'phrase between auxiliary and verb',
    input: 'The minister has in a written reply said that the funds were spent.',
    output: [ind('the funds were spent', 'has in a written reply said', 'say', 'The minister')],
  },
  {
    name: 'auxiliary and adverb',
    input: 'Smith had earlier told police that he saw nothing.',
    output: [ind('he saw nothing', 'had earlier told', 'tell', 'Smith')],
  },
  { name: 'clause, speaker said', input: 'The talks will resume next week, the minister said.', output: [ind('The talks will resume next week', 'said', 'say', 'the minister')] },
  { name: 'clause, said speaker', input: 'The talks will resume next week, said Ann Lee.', output: [ind('The talks will resume next week', 'said', 'say', 'Ann Lee')] },
  { name: 'clause, speaker told listener', input: 'The plant will close in May, Smith told reporters.', output: [ind('The plant will close in May', 'told', 'tell', 'Smith')] },
  {
    name: 'according to, trailing',
    input: 'Two ships were seized overnight, according to state television.',
    output: [ind('Two ships were seized overnight', 'according to', 'according to', 'state television', 'source')],
  },
  {
    name: 'according to, leading',
    input: 'According to a statement from the health ministry, 40 people were hurt.',
    output: [ind('40 people were hurt', 'According to', 'according to', 'a statement from the health ministry', 'source')],
  },
  {
    name: 'possessive statement',
    input: "The company's statement said the fault had been fixed.",
    output: [ind('the fault had been fixed', 'said', 'say', "The company's statement")],
  },
  { name: 'writing verb', input: 'Voss tweeted that the count was botched.', output: [ind('the count was botched', 'tweeted', 'tweet', 'Voss', 'writing')] },
  {
    name: 'mixed quote',
    input: 'The mayor said the city would "never forget" the victims.',
    output: [ind('the city would "never forget" the victims', 'said', 'say', 'The mayor', 'speech', 'mixed')],
  },
  {
    name: 'two appositives between speaker and cue',
    input: 'Tessa Byrne, 34, a nurse from Duluth, said she came out to back Harlow.',
    output: [ind('she came out to back Harlow', 'said', 'say', 'Tessa Byrne, 34, a nurse from Duluth')],
  },
  {
    name: 'a relative clause between speaker and cue',
    input: 'Oliver K. Hedge, who appraises golf courses for the firm Cushman & Wakefield, said the industry had recovered.',
    output: [ind('the industry had recovered', 'said', 'say', 'Oliver K. Hedge, who appraises golf courses for the firm Cushman & Wakefield')],
  },
  {
    name: 'party and state after the name, place before that',
    input: 'Sen. Nora Vick (R-Mont.) said Friday in Billings, Montana, that she expected a long session.',
    output: [ind('she expected a long session', 'said', 'say', 'Sen. Nora Vick (R-Mont.)')],
  },
  {
    name: 'a participle shares the sentence subject',
    input: 'Rep. Alan Marsh spoke up Monday about the closing of a mill in Bend, Oregon, arguing that the layoffs were avoidable.',
    output: [ind('the layoffs were avoidable', 'arguing', 'argue', 'Rep. Alan Marsh')],
  },
  {
    name: 'a cue whose object holds quoted words',
    input: 'Voss called half of the board \u201Cspectators.\u201D',
    output: [ind('half of the board \u201Cspectators.\u201D', 'called', 'call', 'Voss', 'speech', 'mixed')],
  },
  {
    name: 'an attribution in the middle of the sentence',
    input: 'The talks, Smith said, would resume next week.',
    output: [ind('The talks would resume next week', 'said', 'say', 'Smith')],
  },
  {
    name: 'a relative clause ends its content at its comma',
    input: 'Maria Lopez, who said that it would pass, left early.',
    output: [ind('it would pass', 'said', 'say', 'who')],
  },
  {
    name: 'a source participle after the attribution is not content: it reports what is cited',
    input: 'The plan would fail, Lopez wrote, citing a city report.',
    output: [ind('The plan would fail', 'wrote', 'write', 'Lopez', 'writing'), ind('a city report', 'citing', 'cite', 'Lopez', 'source')],
  },
  {
    name: 'an acronym speaker that looks like a relative pronoun',
    input: 'The WHO said the outbreak was contained.',
    output: [ind('the outbreak was contained', 'said', 'say', 'The WHO')],
  },
  {
    name: 'never before the cue',
    input: 'Lopez never said that she would win.',
    output: [ind('she would win', 'never said', 'say', 'Lopez')],
  },
  {
    name: 'a headline without a full stop ends at its line',
    input: 'Lee says tax bill will be vetoed\nGov. Ann Lee said on Tuesday that she would veto the bill.',
    output: [ind('tax bill will be vetoed', 'says', 'say', 'Lee'), ind('she would veto the bill', 'said', 'say', 'Gov. Ann Lee')],
  },
  {
    name: 'a participle cue after the content starts an attribution of its own',
    input: 'Harlow said she saw no reason to alter the plan, telling the council that the numbers hold up.',
    output: [ind('she saw no reason to alter the plan', 'said', 'say', 'Harlow'), ind('the numbers hold up', 'telling', 'tell', 'Harlow')],
  },
  {
    name: 'a cue in a subordinate clause reports up to the main clause',
    input: 'While Ibarra said that judges must avoid any party ties, she seems unsure.',
    output: [ind('judges must avoid any party ties', 'said', 'say', 'Ibarra')],
  },
  {
    name: 'a reported question',
    input: 'Reporters asked whether the talks would resume.',
    output: [ind('whether the talks would resume', 'asked', 'ask', 'Reporters')],
  },
  {
    name: 'an adjunct, then the clause without that',
    input: 'Smith said on Monday he would run again.',
    output: [ind('he would run again', 'said', 'say', 'Smith')],
  },
  {
    name: 'two-apostrophe marks around a quote inside reported speech',
    input: "The plan is ''pure fantasy,'' Smith said.",
    output: [ind("The plan is ''pure fantasy,''", 'said', 'say', 'Smith', 'speech', 'mixed')],
  },
  {
    name: 'asked whether ... said attributes the answer, and the question to no one',
    input: 'Asked whether she would run, Warren said she had no plans to.',
    output: [ind('whether she would run', 'Asked', 'ask', null), ind('she had no plans to', 'said', 'say', 'Warren')],
  },
];

describe('reported speech', () => {
  test.each(cases)('$name', ({ input, output }) => {
    expect(rows(extract(input))).toEqual(output);
  });

  test('a negated cue is flagged', () => {
    const r = extract('The senator did not say that he would resign.');
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.cue).toMatchObject({ lemma: 'say', negated: true, span: { text: 'did not say' } });
  });

  test('a negation inside a relative clause before the cue does not reach the cue', () => {
    const r = extract('A farmer who asked not to be identified said that the crop had failed.');
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.cue).toMatchObject({ lemma: 'say', negated: false, span: { text: 'said' } });
    expect(r.quotes[0]!.speaker?.name).toBe('A farmer');
  });

  test.each([
    ['An aide who was not cleared to speak publicly said the ferry would stop.', 'said', false],
    ['A clerk who asked not to be named by the paper said the ferry would stop.', 'said', false],
    ['Reed, who was not at the meeting, said the ferry would stop.', 'said', false],
  ])('a negation inside a relative clause is not the cue\'s, nor an adverb after its verb: %s', (input, cue, negated) => {
    const r = extract(input);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.cue).toMatchObject({ lemma: 'say', negated, span: { text: cue } });
  });

  test('a negation before a verb that governs the cue still negates it', () => {
    const r = extract("Reed didn't dare say that the ferry would stop.");
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.cue).toMatchObject({ lemma: 'say', negated: true });
  });

  test('thought and evidence cues only when asked for', () => {
    const input = 'Most voters believe that the economy is getting worse in the north.';
    expect(extract(input).quotes).toEqual([]);
    const r = extract(input, { categories: ['speech', 'writing', 'source', 'thought', 'evidence'] });
    expect(rows(r)).toEqual([ind('the economy is getting worse in the north', 'believe', 'believe', 'Most voters', 'thought')]);
  });
});

describe('not reported speech', () => {
  test.each([
    ['a verb of saying without a clause', 'He said nothing.'],
    ['declined to comment', 'She declined to comment.'],
    ['said as an adjective', 'The said agreement was signed in May.'],
    ['a quoted book title after a cue', 'Some residents quoted from "The Drowning Coast of Maine" at the meeting.'],
  ])('%s', (_, input) => {
    expect(extract(input).quotes).toEqual([]);
  });
});
