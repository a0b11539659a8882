/**
 * Quality-bar probe robust18: the rules of stops 50 and 51 ("the company" for
 * the business named before it and past a news outlet, "the group" for the
 * organisation that spoke last, a surname alone after a relative named in
 * full, a relative clause joining a named speaker's span, scare-quoted
 * subjects, a quotation in parentheses with its own attribution, a quoted
 * Title Case title as no topic, "lead" before a title, attributions that
 * close a clause, ", citing", "as X said on Monday" asides, live-blog time
 * stamps, vox pops with an age or a role, "emails:", "named X" appositives
 * and sport roles) under varied input: mark styles (straight, curly,
 * guillemets, low-high, single), names, tense, paragraph breaks, odd
 * characters (U+FEFF, \v, U+2028, long space runs, CRLF, lone surrogates, NUL,
 * emoji with ZWJ), repeated text, very long relative clauses, thousands of
 * "the company" mentions and deeply nested parentheses. Checked: never a
 * throw, every span the input's slice, the same output again and after other
 * texts, each shape's content and speaker as the shape says, a batch that
 * gives one error record per bad input and keeps the others, and one call on
 * 200 KB of the shapes that is no quadratic. Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../src/index.js';
import { extractChecked } from './support/invariants.js';
import { named, namedRows, type NamedRow } from './support/name-rows.js';
import { describeBadInputBatch, itIsLinearOnShapes } from './support/round-checks.js';
import { describeCaseProperties, rows, type Case } from './support/case-properties.js';
import { describeCacheAndJoinProperties, describeShapeProperties, roundExtractors, ROUND_NAMES, ROUND_FILLERS, ROUND_ODD, ROUND_JOINS } from './support/shape-properties.js';

const { extractors: EXTRACTORS, namedDefault: NAMED_DEFAULT } = roundExtractors();

/** Shapes of the two stops' rules, with slots `N` (a name) and `F` (a filler). */
const SHAPES = [
  'Harlow Foods raised prices on Monday. The company said F demand was strong.',
  'Shares of Harlow Foods fell, Reuters reported. The company said demand was weak.',
  'Fares rose by a third this year, according to the National Rail Union. The group says F fees will rise.',
  'Her son, N, said the boat sank. Holt said the crew was safe.',
  'N, who runs the harbor cafe, said F the pier was unsafe.',
  'The pier is unsafe, said N, who runs the harbor cafe.',
  'The so-called "experts" tell us that the dam is safe.',
  'The crowd was small ("We will stay," N said).',
  'What critics are saying about "The Salt Road"',
  'The treaty was signed, said lead negotiator N.',
  'The ministers agreed on new quotas, diplomats said.',
  'The deal, as N said F on Monday, is dead.',
  'Costs will rise, N said in a statement, citing rising fuel prices.',
  '14:32 N said the vote was close.',
  'Jo Hartley, 22, student: "The fees are too high."',
  'N emails: "The fees are too high."',
  'The first witness, a teacher named N, said the gate was open.',
  'N scored twice. The striker said the team played well.',
  'N said that last year.',
];

describeShapeProperties({
  round: 'robust18',
  shapes: SHAPES,
  names: ROUND_NAMES,
  fillers: ROUND_FILLERS,
  odd: [...ROUND_ODD, '\v', '\u2029', '\u0000', '\uDC00', '\u{1F469}\u200D\u{1F692}', '\u00AB', '\u00BB', '\u201E', '          ', '\r\n\r\n'],
  joins: [...ROUND_JOINS, '\r\n', '\u2028', '\v', '\u0000'],
  cased: true,
  extractors: EXTRACTORS,
  namedDefault: NAMED_DEFAULT,
  optInRules: new Set(['reported/impersonal', 'reported/known-as']),
  seeds: [18011, 18012],
});

/** Extracts `t` with extractor `k`, checked (support/invariants.ts `extractChecked`). */
function run(t: string, k = 0): Extraction {
  return extractChecked(EXTRACTORS[k]!, t);
}

describeCacheAndJoinProperties({ round: 'robust18', shapes: SHAPES, extractorCount: EXTRACTORS.length, run, seeds: [18020, 18021, 18022] });

const CASES: readonly Case[] = [
  { rule: '"the company" after a business', make: (s) => ({ text: `${s.business} raised prices on Monday.${s.between}The company ${s.said} demand was strong.`, want: [['demand was strong', s.business]] }) },
  { rule: '"the company" past a news outlet', make: (s) => ({ text: `Shares of ${s.business} fell, Reuters reported.${s.between}The company ${s.said} demand was weak.`, want: [['demand was weak', s.business]] }) },
  { rule: '"the group" after a body that spoke', make: (s) => ({ text: `Fares rose by a third this year, according to the National Rail Union.${s.between}The group ${s.said} fees will rise.`, want: [['Fares rose by a third this year', 'National Rail Union'], ['fees will rise', 'National Rail Union']] }) },
  { rule: 'a surname after a relative', make: (s) => ({ text: `Her son, ${s.first} ${s.last}, ${s.said} the boat sank.${s.between}${s.last} ${s.said} the crew was safe.`, want: [['the boat sank', `${s.first} ${s.last}`], ['the crew was safe', `${s.first} ${s.last}`]] }) },
  { rule: 'a relative clause before the cue', make: (s) => ({ text: `${s.first} ${s.last}, who runs the harbor cafe, ${s.said} the pier was unsafe.`, want: [['the pier was unsafe', `${s.first} ${s.last}`]] }) },
  { rule: 'a relative clause after an inverted speaker', make: (s) => ({ text: `${s.open}The pier is unsafe,${s.close} said ${s.first} ${s.last}, who runs the harbor cafe.`, want: [['The pier is unsafe,', `${s.first} ${s.last}`]] }) },
  { rule: 'a scare-quoted subject', make: (s) => ({ text: `These ${s.open}experts${s.close} ${s.said} the dam was safe.`, want: [['the dam was safe', `These ${s.open}experts${s.close}`]] }) },
  { rule: 'a quotation in parentheses', make: (s) => ({ text: `The crowd was small (${s.open}We will stay,${s.close} ${s.first} ${s.last} said).`, want: [['We will stay,', `${s.first} ${s.last}`]] }) },
  { rule: '"lead" before a title', make: (s) => ({ text: `The treaty was signed, said lead negotiator ${s.first} ${s.last}.`, want: [['The treaty was signed', `${s.first} ${s.last}`]] }) },
  { rule: 'a closing attribution', make: (s) => ({ text: `The ministers agreed on new quotas, diplomats ${s.said}.`, want: [['The ministers agreed on new quotas', 'diplomats']] }) },
  { rule: '"as X said on Monday"', make: (s) => ({ text: `The deal, as ${s.first} ${s.last} ${s.said} on Monday, is dead.`, want: [['The deal is dead', `${s.first} ${s.last}`]] }) },
  { rule: '", citing"', make: (s) => ({ text: `Costs will rise, the governor ${s.said} in a statement, citing rising fuel prices.`, want: [['Costs will rise', 'the governor']] }) },
  { rule: 'a live-blog time stamp', make: (s) => ({ text: `Crowds gathered early.${s.between}14:32 ${s.first} ${s.last} ${s.said} the vote was close.`, want: [['the vote was close', `${s.first} ${s.last}`]] }) },
  { rule: 'a vox pop with an age and a role', make: (s) => ({ text: `We asked shoppers.\n\n${s.first} ${s.last}, 22, student: ${s.open}The fees are too high.${s.close}`, want: [['The fees are too high.', `${s.first} ${s.last}`]] }) },
  { rule: '"emails:"', make: (s) => ({ text: `${s.first} ${s.last} emails: ${s.open}The fees are too high.${s.close}`, want: [['The fees are too high.', `${s.first} ${s.last}`]] }) },
  { rule: 'a "named X" appositive', make: (s) => ({ text: `The first witness, a teacher named ${s.first} ${s.last}, ${s.said} the gate was open.`, want: [['the gate was open', `${s.first} ${s.last}`]] }) },
  { rule: 'a sport role', make: (s) => ({ text: `${s.first} ${s.last} scored twice.${s.between}The striker ${s.said} the team played well.`, want: [['the team played well', 'The striker']] }) },
];

describeCaseProperties({ round: 'robust18', cases: CASES, lasts: ['Reyes', 'Kasza-Lind', "O'Hare", 'Brook', 'Lund', 'Holt'], businesses: ['Harlow Foods', 'Corvane Industries', 'Dunmore Energy', 'Kestrel Airlines'], run, seeds: [18031, 18032, 18041, 18042] });

describe('the shapes grown large (robust18)', { timeout: 300_000 }, () => {
  // a relative clause of a few words more or less joins the named speaker's span and the quote stays the name's
  it.each([1, 2, 3, 4])('a relative clause of %i coordinated verb phrases', (n) => {
    const clause = `who ${Array.from({ length: n }, () => 'runs the harbor cafe').join(' and ')}`;
    const t = `Tom Reyes, ${clause}, said the pier was unsafe.`;
    expect(namedRows(run(t))).toEqual([named(['the pier was unsafe'], `Tom Reyes, ${clause}`, 'Tom Reyes', 'said', 'reported/cue-clause')]);
  });

  it('a relative clause of any length after an inverted speaker keeps the quotation and its speaker', () => {
    for (const n of [1, 4, 8, 16, 64, 256]) {
      const t = `"The pier is unsafe," said Tom Reyes, who ${Array.from({ length: n }, () => 'runs the harbor cafe').join(' and ')}.`;
      const r = run(t);
      expect(r.quotes.map((q) => `${q.text} | ${q.speaker?.name ?? '-'} | ${q.rule}`), String(n)).toEqual(['The pier is unsafe, | Tom Reyes | direct/trailing-cue-speaker']);
      expect(r.quotes[0]!.speaker!.mention!.text.startsWith('Tom Reyes'), String(n)).toBe(true);
    }
  });

  it('thousands of "the company" mentions each name the business named just before', () => {
    const pair = 'Harlow Foods said sales fell. The company said demand was weak.\n\n';
    const r = run(pair.repeat(2_000));
    expect(r.quotes).toHaveLength(4_000);
    expect(new Set(r.quotes.map((q) => q.speaker?.name))).toEqual(new Set(['Harlow Foods']));
    // "The company" alone, thousands of times, names no one it cannot know
    const alone = run('The company said demand was weak. '.repeat(2_000));
    expect(alone.quotes).toHaveLength(2_000);
    expect(new Set(alone.quotes.map((q) => q.speaker?.name))).toEqual(new Set(['The company']));
  });

  it('a quotation in parentheses nested hundreds deep keeps its attribution', () => {
    for (const depth of [1, 2, 10, 200, 2_000]) {
      const t = `The crowd was small ${'('.repeat(depth)}"We will stay," Ann Lund said${')'.repeat(depth)}.`;
      expect(rows(run(t)), String(depth)).toEqual([`direct | We will stay, | Ann Lund | said | direct/trailing-speaker-cue | ${20 + depth}`]);
      // unbalanced: only opening or only closing parentheses
      run(`The crowd was small ${'('.repeat(depth)}"We will stay," Ann Lund said.`);
      run(`The crowd was small "We will stay," Ann Lund said${')'.repeat(depth)}.`);
    }
  });

  itIsLinearOnShapes(SHAPES, EXTRACTORS[0]!);
});

// the pool behind extractManySettled (with workers that read in this thread): a value that is no string reached
// `batches`, which read its length, and a null or undefined one threw there, losing every text of the run; it now
// counts as no characters and fails alone (src/parallel/pool.ts)
describeBadInputBatch({ round: 'robust18', shapes: SHAPES, extractor: EXTRACTORS[0]!, seed: 18051, refuseAfter: ['Ann Lund said the pier was unsafe.', 'Tom Reyes, who runs the harbor cafe, said the pier was unsafe.'] });

describe('what the properties found (robust18)', () => {
  // a hyphen inside a name before a colon was read as a dash ending a lead-in, so the name began after it: "Tom
  // Kasza-Lind, 22, student:" gave Lind, "Anne-Marie Dubois" Marie Dubois, and an outlet's "Harbor-Side Times" after
  // a person's name was no outlet; a hyphen joining two words is neither now (src/attribution/no-cue.ts nameColon)
  it.each<[string, NamedRow[]]>([
    ['We asked shoppers.\n\nTom Kasza-Lind, 22, student: "The fees are too high."', [named(['The fees are too high.'], 'Tom Kasza-Lind', 'Tom Kasza-Lind', null, 'direct/roundup', 'direct')]],
    ['We asked shoppers.\n\nAnne-Marie Dubois, 34, a nurse: "The fees are too high."', [named(['The fees are too high.'], 'Anne-Marie Dubois', 'Anne-Marie Dubois', null, 'direct/roundup', 'direct')]],
    ['Tom Kasza-Lind: "The fees are too high."', [named(['The fees are too high.'], 'Tom Kasza-Lind', 'Tom Kasza-Lind', ':', 'direct/name-colon', 'direct')]],
    ['Ivo Lund, Harbor-Side Times: "The fees are too high."', [named(['The fees are too high.'], 'Ivo Lund', 'Ivo Lund', null, 'direct/roundup', 'direct')]],
    // (a dash, spaced or not, still ends a lead-in)
    ['Outside the hall - Ann Lee: "We will stay."', [named(['We will stay.'], 'Ann Lee', 'Ann Lee', ':', 'direct/name-colon', 'direct')]],
    ['Outside the hall \u2014 Ann Lee: "We will stay."', [named(['We will stay.'], 'Ann Lee', 'Ann Lee', ':', 'direct/name-colon', 'direct')]],
  ])('a hyphenated name before a colon: %j', (t, expected) => {
    expect(namedRows(run(t))).toEqual(expected);
  });

  // a writing verb the tagger read as a noun before a colon ("emails:") counted only after two name words right
  // before it, so a hyphenated surname ("Kasza-Lind") left the quote unattributed; the words joined by a hyphen now
  // count as one (src/cues/noun-tagged.ts colonWritingVerb)
  it.each<[string, NamedRow[]]>([
    ['Tom Kasza-Lind emails: "The fees are too high."', [named(['The fees are too high.'], 'Tom Kasza-Lind', 'Tom Kasza-Lind', 'emails', 'direct/leading-speaker-cue', 'direct')]],
    ['Reader Hal Kasza-Winters posts: \u201CThe fees are too high.\u201D', [named(['The fees are too high.'], 'Reader Hal Kasza-Winters', 'Hal Kasza-Winters', 'posts', 'direct/leading-speaker-cue', 'direct')]],
    // (one hyphenated word alone is no name of two words; nor a compound adjective)
    ['Kasza-Lind emails: "The fees are too high."', [named(['The fees are too high.'], null, null, null, 'direct/unattributed', 'direct')]],
    ['Company-wide emails: "The fees are too high."', [named(['The fees are too high.'], null, null, null, 'direct/unattributed', 'direct')]],
  ])('a hyphenated name before "emails:": %j', (t, expected) => {
    expect(namedRows(run(t))).toEqual(expected);
  });

  // a head noun in scare quotes before its verb spoke only when the marks hugged it; guillemets set one space apart,
  // as French typesetting sets them, gave nothing at all (src/speakers/find/before.ts scareQuotedHead)
  it.each<[string, NamedRow[]]>([
    ['These \u00AB experts \u00BB said the dam was safe.', [named(['the dam was safe'], 'These \u00AB experts \u00BB', 'These \u00AB experts \u00BB', 'said', 'reported/cue-clause')]],
    ['These \u00AB\u00A0experts\u00A0\u00BB said the dam was safe.', [named(['the dam was safe'], 'These \u00AB\u00A0experts\u00A0\u00BB', 'These \u00AB experts \u00BB', 'said', 'reported/cue-clause')]],
    ['The \u00AB experts \u00BB tell us that the dam is safe.', [named(['the dam is safe'], 'The \u00AB experts \u00BB', 'The \u00AB experts \u00BB', 'tell', 'reported/cue-that')]],
  ])('spaced guillemets around a scare-quoted subject: %j', (t, expected) => {
    expect(namedRows(run(t))).toEqual(expected);
  });
  // (curly marks a space apart, two spaces, or an unclosed guillemet: still nothing)
  it.each(['These \u201C experts \u201D said the dam was safe.', 'These \u00AB  experts  \u00BB said the dam was safe.', 'These \u00AB experts said the dam was safe.'])('nothing from %j', (t) => {
    expect(run(t).quotes).toEqual([]);
  });

  // a quotation in parentheses took its own trailing attribution only when the character right before its closing
  // mark was a comma, "?" or "!": in guillemets set a space apart the space stood there, and the quotation was lost
  // (src/attribution/direct.ts parenthesisedQuote)
  it.each<[string, NamedRow[]]>([
    ['The crowd was small (\u00AB We will stay, \u00BB Tom Reyes said).', [named(['We will stay,'], 'Tom Reyes', 'Tom Reyes', 'said', 'direct/trailing-speaker-cue', 'direct')]],
    ['The crowd was small (\u00AB\u00A0Will we stay?\u00A0\u00BB Tom Reyes asked).', [named(['Will we stay?'], 'Tom Reyes', 'Tom Reyes', 'asked', 'direct/trailing-speaker-cue', 'direct')]],
    ['The crowd was small (\u00ABWe will stay,\u00BB Tom Reyes said).', [named(['We will stay,'], 'Tom Reyes', 'Tom Reyes', 'said', 'direct/trailing-speaker-cue', 'direct')]],
    // (a title in parentheses, with no comma before its closing mark, is still no quotation)
    ['The group (\u00AB Friends of the Park \u00BB) met on Monday.', []],
    ['The crowd was small (\u00AB We will stay \u00BB Tom Reyes said).', []],
  ])('a quotation in spaced guillemets in parentheses: %j', (t, expected) => {
    expect(namedRows(run(t))).toEqual(expected);
  });

  // a name given by "named" in an appositive ended at a hyphen, and a hyphenated name ("Tom Kasza-Lind") was no name
  // that ends the appositive: the description spoke; a hyphen joining two name words now goes on
  // (src/speakers/find/appositive.ts namedAfter)
  it.each<[string, NamedRow[]]>([
    ['The first witness, a teacher named Tom Kasza-Lind, said the gate was open.', [named(['the gate was open'], 'The first witness, a teacher named Tom Kasza-Lind', 'Tom Kasza-Lind', 'said', 'reported/cue-clause')]],
    ['The first witness, a teacher named Anne-Marie Dubois, said the gate was open.', [named(['the gate was open'], 'The first witness, a teacher named Anne-Marie Dubois', 'Anne-Marie Dubois', 'said', 'reported/cue-clause')]],
    // (a firm named after a preposition is still the firm's name, not the speaker's; since read61 the span keeps the appositive)
    ['The lawyer, a partner at a firm named Harlow-Kent Partners, said the case was weak.', [named(['the case was weak'], 'The lawyer, a partner at a firm named Harlow-Kent Partners', 'The lawyer', 'said', 'reported/cue-clause')]],
  ])('a hyphenated name after "named": %j', (t, expected) => {
    expect(namedRows(run(t))).toEqual(expected);
  });

  // a relative clause of 40 tokens or more between a named speaker and "said" with a bare clause hid the speaker (the
  // appositive skip looked 40 tokens back), and the quote was lost; "said that", "told" and a colon kept the name
  // through the long subject, and the span widened over the clause only up to 30 tokens: both now reach 80 tokens
  // (MAX_APPOSITIVE in src/speakers/find/appositive.ts and src/attribution/reported/speaker-appositive.ts)
  it.each([7, 8, 12])('a relative clause of %i coordinated verb phrases before the cue', (n) => {
    const clause = `who ${Array.from({ length: n }, () => 'runs the harbor cafe').join(' and ')} and lives by the water`;
    expect(namedRows(run(`Tom Reyes, ${clause}, said the pier was unsafe.`))).toEqual([named(['the pier was unsafe'], `Tom Reyes, ${clause}`, 'Tom Reyes', 'said', 'reported/cue-clause')]);
    expect(namedRows(run(`Tom Reyes, ${clause}, said that the pier was unsafe.`))).toEqual([named(['the pier was unsafe'], `Tom Reyes, ${clause}`, 'Tom Reyes', 'said', 'reported/cue-that')]);
    expect(namedRows(run(`Tom Reyes, ${clause}, told reporters the pier was unsafe.`))).toEqual([named(['the pier was unsafe'], `Tom Reyes, ${clause}`, 'Tom Reyes', 'told', 'reported/cue-clause')]);
    expect(namedRows(run(`"The pier is unsafe," said Tom Reyes, ${clause}.`))).toEqual([named(['The pier is unsafe,'], `Tom Reyes, ${clause}`, 'Tom Reyes', 'said', 'direct/trailing-cue-speaker', 'direct')]);
  });
  // (left as it is: past 80 tokens the bare clause after "said" is still lost, and "said that" has no speaker)
  it('a relative clause of over 80 tokens before "said" and a bare clause', () => {
    const clause = `who ${Array.from({ length: 16 }, () => 'runs the harbor cafe').join(' and ')}`;
    expect(run(`Tom Reyes, ${clause}, said the pier was unsafe.`).quotes).toEqual([]);
    expect(namedRows(run(`Tom Reyes, ${clause}, said that the pier was unsafe.`)).map((r) => `${r.name} | ${r.rule}`)).toEqual(['null | reported/cue-that-no-speaker']);
  });
});
