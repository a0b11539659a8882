/**
 * Quality-bar probe robust19: the rules of stop 52 (a clause tail after ", X
 * said," as the report's second part, a noun of report before "that" opening
 * the content, a sentence-opening common noun that takes no pronoun, one-line
 * transcripts, "cost" as a verb, "Will" as a first name after a title, "put
 * it in an interview" and "put it to me", "said, beaming:", businesses named
 * with 's, "Women's"/"People's" inside names, a relative clause only after a
 * name, a bracket after a cue, "named"/"called" in appositives, and the one
 * described-speaker slot with its two-sentence window) under varied input:
 * mark styles (straight, curly, guillemets, low-high, single), names (with
 * 's, hyphens, particles), tense, paragraph breaks, odd characters (U+FEFF,
 * \v, U+2028, long space runs, CRLF, lone surrogates, NUL, emoji with ZWJ),
 * repeated text, many speakers in a row and thousands of transcript labels.
 * Checked: never a throw, every span the input's slice, the same output again
 * and after other texts, each shape's content and speaker as the shape says,
 * a batch that gives one error record per bad input and keeps the others,
 * and one call on 200 KB of the shapes that is no quadratic. Invented
 * sentences only.
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../src/index.js';
import { extractChecked } from './support/invariants.js';
import { named, namedRows, type NamedRow } from './support/name-rows.js';
import { describeBadInputBatch, itIsLinearOnShapes } from './support/round-checks.js';
import { describeCaseProperties, type Case } from './support/case-properties.js';
import { describeCacheAndJoinProperties, describeShapeProperties, roundExtractors, ROUND_NAMES, ROUND_FILLERS, ROUND_ODD, ROUND_JOINS } from './support/shape-properties.js';

const { extractors: EXTRACTORS, namedDefault: NAMED_DEFAULT } = roundExtractors();

/** Shapes of stop 52's rules, with slots `N` (a name) and `F` (a filler). */
const SHAPES = [
  'The levy will cost jobs, N said, rather than create them.',
  'The levy will hurt farmers, N said, including those in the north.',
  'N F cited reports that the pier was unsafe.',
  'N denied reports that she would resign.',
  'Rain fell on the parade route. "We kept going," he said.',
  'SMITH: We will win the vote. JONES: You will not win it.',
  'N said the bill cost too much.',
  'Dr. Will Brook said the pier was unsafe.',
  'As Mr. Holt put it in an interview, "The pier is unsafe."',
  'N said, beaming: "We won."',
  "McDonald's said it would close the store.",
  '"Sales fell," Sotheby\'s said.',
  'As one farmer put it to me, "The rain never came."',
  "The Women's Tennis Association said the event would go ahead.",
  'Members of Congress, who voted against it, said the bill was flawed.',
  'The crowd chanted ("Lock her up!").',
  'N, organizer of a group called Friends of the Pier, said the rally would go ahead.',
  'A retired teacher said the school had closed. The bus stops at noon. "Nobody came," she said.',
];

describeShapeProperties({
  round: 'robust19',
  shapes: SHAPES,
  names: ROUND_NAMES,
  fillers: ROUND_FILLERS,
  odd: [...ROUND_ODD, '\v', '\u2029', '\u0000', '\uDC00', '\u{1F469}\u200D\u{1F692}', '\u00AB', '\u00BB', '\u201E', '          ', '\r\n\r\n'],
  joins: [...ROUND_JOINS, '\r\n', '\u2028', '\v', '\u0000'],
  cased: true,
  extractors: EXTRACTORS,
  namedDefault: NAMED_DEFAULT,
  optInRules: new Set(['reported/impersonal', 'reported/known-as']),
  seeds: [19011, 19012],
});

/** Extracts `t` with extractor `k`, checked (support/invariants.ts `extractChecked`). */
function run(t: string, k = 0): Extraction {
  return extractChecked(EXTRACTORS[k]!, t);
}

describeCacheAndJoinProperties({ round: 'robust19', shapes: SHAPES, extractorCount: EXTRACTORS.length, run, seeds: [19020, 19021, 19022] });

/** The name in upper case, as a transcript's label writes it. */
const label = (s: string): string => s.toUpperCase();

const CASES: readonly Case[] = [
  { rule: '"rather than" after ", X said,"', make: (s) => ({ text: `The levy will cost jobs, ${s.first} ${s.last} ${s.said}, rather than create them.`, want: [['The levy will cost jobs rather than create them', `${s.first} ${s.last}`]] }) },
  { rule: '"including" after ", X said,"', make: (s) => ({ text: `The levy will hurt farmers, ${s.first} ${s.last} ${s.said}, including those in the north.`, want: [['The levy will hurt farmers including those in the north', `${s.first} ${s.last}`]] }) },
  { rule: 'a noun of report before "that"', make: (s) => ({ text: `${s.first} ${s.last} ${s.said === 'said' ? 'cited' : 'cites'} reports that the pier was unsafe.`, want: [['reports that the pier was unsafe', `${s.first} ${s.last}`]] }) },
  { rule: 'an opening common noun takes no pronoun', make: (s) => ({ text: `Rain fell on the parade route.${s.between}${s.open}We kept going,${s.close} he ${s.said}.`, want: [['We kept going,', 'he']] }), pronoun: true },
  { rule: 'a one-line transcript', make: (s) => ({ text: `${label(s.last)}: We will win the vote. ${label(s.first)}: You will not win it.`, want: [['We will win the vote', label(s.last)], ['You will not win it', label(s.first)]] }) },
  { rule: '"cost" as a verb', make: (s) => ({ text: `${s.first} ${s.last} ${s.said} the bill cost too much.`, want: [['the bill cost too much', `${s.first} ${s.last}`]] }) },
  { rule: '"Will" after a title', make: (s) => ({ text: `Dr. Will ${s.last} ${s.said} the pier was unsafe.`, want: [['the pier was unsafe', `Will ${s.last}`]] }) },
  { rule: '"put it in an interview"', make: (s) => ({ text: `As Mr. ${s.last} put it in an interview, ${s.open}The pier is unsafe.${s.close}`, want: [['The pier is unsafe.', s.last]] }) },
  { rule: '"put it to me"', make: (s) => ({ text: `As one farmer put it to me, ${s.open}The rain never came.${s.close}`, want: [['The rain never came.', 'one farmer']] }) },
  { rule: '"said, beaming:"', make: (s) => ({ text: `${s.first} ${s.last} ${s.said}, beaming: ${s.open}We won.${s.close}`, want: [['We won.', `${s.first} ${s.last}`]] }) },
  { rule: '"said, smiling:"', make: (s) => ({ text: `${s.first} ${s.last} ${s.said}, smiling: ${s.open}We won.${s.close}`, want: [['We won.', `${s.first} ${s.last}`]] }) },
  { rule: "a business named with 's before a clause", make: (s) => ({ text: `${s.business}'s ${s.said} sales fell.`, want: [['sales fell', `${s.business}'s`]] }) },
  { rule: "a business named with 's after a quotation", make: (s) => ({ text: `${s.open}Sales fell,${s.close} ${s.business}'s ${s.said}.`, want: [['Sales fell,', `${s.business}'s`]] }) },
  { rule: '"Women\'s" inside a name', make: (s) => ({ text: `The Women's Tennis Association ${s.said} the event would go ahead.`, want: [['the event would go ahead', "Women's Tennis Association"]] }) },
  { rule: 'a relative clause after a description', make: (s) => ({ text: `Members of Congress, who voted against it, ${s.said} the bill was flawed.`, want: [['the bill was flawed', 'Members of Congress']] }) },
  { rule: 'a quotation alone in a bracket after a cue', make: (s) => ({ text: `The crowd chanted (${s.open}Lock her up!${s.close}).`, want: [[`(${s.open}Lock her up!${s.close})`, 'The crowd']] }) },
  { rule: '"called X" in an appositive', make: (s) => ({ text: `${s.first} ${s.last}, organizer of a group called Friends of the Pier, ${s.said} the rally would go ahead.`, want: [['the rally would go ahead', `${s.first} ${s.last}`]] }) },
  { rule: 'a description two sentences back', make: (s) => ({ text: `A retired teacher ${s.said} the school had closed.${s.between}The bus stops at noon.${s.between}${s.open}Nobody came,${s.close} she ${s.said}.`, want: [['the school had closed', 'A retired teacher'], ['Nobody came,', 'A retired teacher']] }), pronoun: true },
];

describeCaseProperties({ round: 'robust19', cases: CASES, lasts: ['Reyes', 'Kasza-Lind', "O'Hare", 'Brook', 'Lund', 'Holt', 'MacLeod'], businesses: ['McDonald', 'Sotheby', 'Harlan', 'Macy'], run, seeds: [19031, 19032, 19041, 19042] });

describe('the shapes grown large (robust19)', { timeout: 300_000 }, () => {
  it('thousands of transcript labels each keep their turn', () => {
    const names = ['SMITH', 'JONES', "O'HARE", 'KASZA-LIND', 'LUND'];
    const turns = Array.from({ length: 1_000 }, (_, i) => `${names[i % names.length]}: We will win vote ${i}.`);
    const want = turns.map((_, i) => `${names[i % names.length]} | We will win vote ${i}`);
    // (a line or paragraph break between the turns; U+2028 and \v are spaces inside a line, see below)
    for (const join of ['\r\n', '\u2029']) expect(run(turns.join(join)).quotes.map((q) => `${q.speaker?.name} | ${q.text}`), JSON.stringify(join)).toEqual(want);
    // on one line, as many turns as a line of a transcript holds (60 tokens)
    for (let n = 2; n <= 6; n++) expect(run(turns.slice(0, n).join(' ')).quotes.map((q) => `${q.speaker?.name} | ${q.text}`), String(n)).toEqual(want.slice(0, n));
    // and a longer line of labels in capitals too, also with its turns joined by U+2028 (leads54: a label in
    // capitals lifts the 60-token limit of a headline; this gave nothing before)
    expect(run(turns.slice(0, 12).join(' ')).quotes.map((q) => `${q.speaker?.name} | ${q.text}`)).toEqual(want.slice(0, 12));
    expect(run(turns.slice(0, 12).join('\u2028')).quotes.map((q) => `${q.speaker?.name} | ${q.text}`)).toEqual(want.slice(0, 12));
  });

  it('many speakers in a row each keep their own content', () => {
    const people = ['Tom Reyes', "Ann O'Hare", 'Ivo Kasza-Lind', 'Ned Lund', 'Zoë Brook', 'Omar MacLeod'];
    for (const n of [2, 10, 200]) {
      const text = Array.from({ length: n }, (_, i) => `The levy will cost jobs, ${people[i % people.length]} said, rather than create them.`).join(' ');
      const r = run(text);
      expect(r.quotes.map((q) => `${q.speaker?.name} | ${q.text}`), String(n)).toEqual(Array.from({ length: n }, (_, i) => `${people[i % people.length]} | The levy will cost jobs rather than create them`));
    }
  });

  it('thousands of businesses named with a possessive each speak', () => {
    const names = ["McDonald's", "Sotheby's", "Harlan's", "Macy's"];
    const text = Array.from({ length: 1_000 }, (_, i) => `${names[i % 4]} said sales fell.`).join('\n\n');
    const r = run(text);
    expect(r.quotes.map((q) => q.speaker?.name)).toEqual(Array.from({ length: 1_000 }, (_, i) => names[i % 4]));
  });

  itIsLinearOnShapes(SHAPES, EXTRACTORS[0]!);
});

describeBadInputBatch({ round: 'robust19', shapes: SHAPES, extractor: EXTRACTORS[0]!, seed: 19051, refuseAfter: ["McDonald's said sales fell.", 'SMITH: We will win the vote. JONES: You will not win it.'] });

describe('what the properties found (robust19)', () => {
  // a business named with "'s" spoke before its verb only when no noun followed the verb: "said" before a noun was
  // read as a participle that modifies it ("Lee's repeated requests"), so "McDonald's said sales fell" gave nothing;
  // "said", "says", "told" and "wrote" modify no noun (src/speakers/find/name-tokens.ts possessiveName,
  // NOT_PRENOMINAL_SAYING_FORMS)
  it.each<[string, NamedRow[]]>([
    ["McDonald's said sales fell.", [named(['sales fell'], "McDonald's", "McDonald's", 'said', 'reported/cue-clause')]],
    ["Sotheby's says prices rose in June.", [named(['prices rose in June'], "Sotheby's", "Sotheby's", 'says', 'reported/cue-clause')]],
    ["Harlan's also said workers would return.", [named(['workers would return'], "Harlan's", "Harlan's", 'also said', 'reported/cue-clause')]],
    // (an owner before a participle that modifies its noun stays no speaker)
    ["The senator ignored Tom Reyes's repeated requests for comment.", []],
    ["Mara Voss's reported net worth fell last year.", []],
  ])('a business named with a possessive before "said" and a noun: %j', (t, expected) => {
    expect(namedRows(run(t))).toEqual(expected);
  });

  // a participle of manner that is no cue of its own ("smiling", "chuckling") between "said," and a quotation stopped
  // the walk back to the cue, and the quotation became a mixed quote ", smiling: "We won."" of "said"; it is now an
  // aside the walk passes, as "beaming" was (src/attribution/direct.ts mannerAside, src/attribution/reported/
  // quoted-object.ts mannerBefore)
  it.each<[string, NamedRow[]]>([
    ['Tom Reyes said, smiling: "We won."', [named(['We won.'], 'Tom Reyes', 'Tom Reyes', 'said', 'direct/leading-speaker-cue', 'direct')]],
    ['Tom Reyes says, chuckling: \u00ABWe won.\u00BB', [named(['We won.'], 'Tom Reyes', 'Tom Reyes', 'says', 'direct/leading-speaker-cue', 'direct')]],
    ['Ann Lund said, smiling, \u201CWe won.\u201D', [named(['We won.'], 'Ann Lund', 'Ann Lund', 'said', 'direct/leading-speaker-cue', 'direct')]],
    // (a participle of manner with no verb of saying before it still gives no speaker)
    ['Tom Reyes left, smiling: "We won."', []],
  ])('a participle of manner that is no cue after "said,": %j', (t, expected) => {
    expect(namedRows(run(t))).toEqual(expected);
  });

  // a turn's label inside a one-line transcript had to open with two capitals, so "O'HARE:" was no label and its turn
  // went on the turn before (src/attribution/reported/colon-lead.ts colonLines)
  it.each<[string, NamedRow[]]>([
    ["SMITH: We will win the vote. O'HARE: You will not win it.", [
      named(['We will win the vote'], 'SMITH', 'SMITH', ':', 'reported/transcript'),
      named(['You will not win it'], "O'HARE", "O'HARE", ':', 'reported/transcript'),
    ]],
    ['O\u2019BRIEN: We will win the vote. JONES: You will not win it.', [
      named(['We will win the vote'], 'O\u2019BRIEN', 'O\u2019BRIEN', ':', 'reported/transcript'),
      named(['You will not win it'], 'JONES', 'JONES', ':', 'reported/transcript'),
    ]],
    // (a word in capitals with an apostrophe and no colon after it is no label)
    ["SMITH: We will win the vote. I'M sure of it.", [named(["We will win the vote. I'M sure of it"], 'SMITH', 'SMITH', ':', 'reported/transcript')]],
  ])('a transcript label with an apostrophe inside a line: %j', (t, expected) => {
    expect(namedRows(run(t))).toEqual(expected);
  });

  // "Will" after a title was a first name only before a surname of a capital and a lower-case letter: "Dr. Will
  // O'Hare" lost the title and the first name (src/prepare/document.ts willFirstName)
  it.each<[string, NamedRow[]]>([
    ["Dr. Will O'Hare said the pier was unsafe.", [named(['the pier was unsafe'], "Dr. Will O'Hare", "Will O'Hare", 'said', 'reported/cue-clause')]],
    ['Mayor Will O\u2019Brien says the pier is unsafe.', [named(['the pier is unsafe'], 'Mayor Will O\u2019Brien', 'Will O\u2019Brien', 'says', 'reported/cue-clause')]],
  ])('"Will" before a surname with an apostrophe: %j', (t, expected) => {
    expect(namedRows(run(t))).toEqual(expected);
  });
});
