/**
 * Quality-bar probe robust21: the rules of stop 54 (where the listener after a
 * verb of telling ends, listenerSplit; a time phrase between a leading cue and
 * its quotation, "As X put it last week, ..."; a broadcast after "on" and a
 * possessive, 'said on his radio show, "..."'; a live blog's 'Hendry on the
 * result: "..."'; a label before a sentence's subject, "Update: Riley has
 * conceded"; a press release's trailer labels and a phrase shown, 'the lyric
 * "..."'; a clock time written close, "after 2am."; "on" and a weekday in an
 * object; a court the words were said in; a span of time that led up to the
 * words; a transcript's long turn; "the former president"; "the club" for no
 * paper or family; a gerund after "said that ... and") under varied input:
 * generated names, titles, time phrases, quotation marks of every kind, odd
 * characters (U+FEFF, \v, U+2028, long space runs, CRLF paragraphs) anywhere.
 * Checked: never a throw, every span the input's slice, no two quotes
 * overlapping, the same output again, after other texts and in a batch, each
 * shape's content and speaker as the shape says, the near misses of each rule
 * left alone, and texts of many labels or leads in a row whose cost grows
 * about linearly. Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../src/index.js';
import { extractChecked } from './support/invariants.js';
import { named, namedRows, type NamedRow } from './support/name-rows.js';
import { describeBadInputBatch, growth, itIsLinearOnShapes } from './support/round-checks.js';
import { describeCaseProperties, type Case, type Slots } from './support/case-properties.js';
import { describeNearMisses, describeSideBySide, noName, noRule, noSpeaker, nothing, type NearMiss } from './support/near-misses.js';
import { describeCacheAndJoinProperties, describeShapeProperties, roundExtractors, ROUND_NAMES, ROUND_FILLERS, ROUND_ODD, ROUND_JOINS } from './support/shape-properties.js';
import { fastestCpuMs } from './support/timing.js';

const { extractors: EXTRACTORS, namedDefault: NAMED_DEFAULT } = roundExtractors();

const LEAD = 'direct/leading-speaker-cue';
const COLON = 'direct/name-colon';

/** A long turn of a transcript: more than 60 tokens, in the first person. */
const LONG_TURN = 'I think we have to be honest with people about the pier, because the money is not there and it has not been there for a long time, and if we keep pretending that it is, then we will end up closing the whole waterfront for a decade instead of a year, which nobody in this town wants, least of all me or the people who elected me to fix it.';

/** Shapes of stop 54's rules, with slots `N` (a name) and `F` (a filler). */
const SHAPES = [
  'N told reporters budgets would pass.',
  'N told The Associated Press the deal was off.',
  "N told reporters Friday's meeting was off.",
  'N warned her old plan would fail.',
  'As N put it last week, "We will not back down from this fight."',
  'As N put it two weeks ago, "We will not back down from this fight."',
  'N F said on his radio show, "We will win the seat back next year."',
  'Paul Hendry arrived late. Hendry on the result: "We will fight on in the north."',
  'N, on the vote: "We will fight on in the north."',
  'Update: Riley has conceded Northgate. "It was close," he said.',
  'About Brightwave: Brightwave makes solar panels for homes.',
  'She hummed the lyric "We were kings of nothing and we knew it."',
  'The fire broke out shortly after 2am. "A man was found inside," N said.',
  'N criticized the board on Monday over its fees.',
  'N admitted fraud at Bradford Crown Court in March.',
  'N has promised to recruit more officers by next spring, after a week of criticism.',
  '"We will cut taxes," the former president said. President N said the bill was fine.',
  'The Halverton Times reported the fire. "We are sorry," the club said.',
  'N said that after months of talks and negotiating, the deal was done.',
  `REPORTER: What happens now?\n\nMAYOR REYES: ${LONG_TURN}`,
];

describeShapeProperties({
  round: 'robust21',
  shapes: SHAPES,
  names: ROUND_NAMES,
  fillers: ROUND_FILLERS,
  odd: [...ROUND_ODD, '\v', '\u2029', '\u00AB', '\u00BB', '\u201E', '          ', '\r\n\r\n', '\uFEFF', ':'],
  joins: [...ROUND_JOINS, '\r\n', '\u2028', '\v'],
  cased: true,
  extractors: EXTRACTORS,
  namedDefault: NAMED_DEFAULT,
  optInRules: new Set(['reported/impersonal', 'reported/known-as']),
  seeds: [21011, 21012],
});

/** Extracts `t` with extractor `k`, checked (support/invariants.ts `extractChecked`). */
function run(t: string, k = 0): Extraction {
  return extractChecked(EXTRACTORS[k]!, t);
}

describeCacheAndJoinProperties({ round: 'robust21', shapes: SHAPES, extractorCount: EXTRACTORS.length, run, seeds: [21020, 21021, 21022] });

/** A person's name of the slots. */
const full = (s: Slots): string => `${s.first} ${s.last}`;

/** The pronoun of the slots' first name ("Ann" and "Zoë" are women's names). */
const heOrShe = (s: Slots): string => (/^(Ann|Zoë)$/.test(s.first) ? 'she' : 'he');


const SAID = 'We will not back down from this fight.';

const CASES: readonly Case[] = [
  { rule: 'a bare listener, then a bare subject', make: (s) => ({ text: `${full(s)} told reporters budgets would pass.`, want: [['budgets would pass', full(s)]] }) },
  { rule: 'a named listener, then a determiner subject', make: (s) => ({ text: `${full(s)} told The Associated Press the deal was off.`, want: [['the deal was off', full(s)]] }) },
  { rule: 'a listener, then a time possessive', make: (s) => ({ text: `${full(s)} told reporters Friday's meeting was off.`, want: [["Friday's meeting was off", full(s)]] }) },
  { rule: 'a possessive "her" opens the subject', make: (s) => ({ text: `${full(s)} warned her old plan would fail.`, want: [['her old plan would fail', full(s)]] }) },
  { rule: '"put it" and "last week"', make: (s) => ({ text: `As ${full(s)} put it last week, ${s.open}${SAID}${s.close}`, want: [[SAID, full(s)]] }) },
  { rule: '"put it" and a year', make: (s) => ({ text: `As ${full(s)} put it in 2019, ${s.open}${SAID}${s.close}`, want: [[SAID, full(s)]] }) },
  { rule: '"put it" and a span back', make: (s) => ({ text: `As ${full(s)} put it two weeks ago, ${s.open}${SAID}${s.close}`, want: [[SAID, full(s)]] }) },
  { rule: '"put it" and a day with its part', make: (s) => ({ text: `As Mayor ${full(s)} put it on Monday night, ${s.open}${SAID}${s.close}`, want: [[SAID, full(s)]] }) },
  { rule: 'a listener and a time phrase', make: (s) => ({ text: `As ${full(s)} put it to reporters last week, ${s.open}${SAID}${s.close}`, want: [[SAID, full(s)]] }) },
  { rule: 'a radio show', make: (s) => ({ text: `${full(s)} ${s.said} on his radio show, ${s.open}We will win the seat back next year.${s.close}`, want: [['We will win the seat back next year.', full(s)]] }) },
  { rule: 'a podcast and a time phrase before a colon', make: (s) => ({ text: `${full(s)} ${s.said} on her podcast this week: ${s.open}We will win the seat back next year.${s.close}`, want: [['We will win the seat back next year.', full(s)]] }) },
  { rule: 'a surname, then "on" and a topic', make: (s) => ({ text: `${full(s)} arrived late.${s.between}${s.last} on the result: ${s.open}We will fight on in the north.${s.close}`, want: [['We will fight on in the north.', full(s)]] }) },
  { rule: 'a full name, a comma, then "on" and a topic', make: (s) => ({ text: `${full(s)}, on the vote: ${s.open}We will fight on in the north.${s.close}`, want: [['We will fight on in the north.', full(s)]] }) },
  { rule: 'a live blog\'s label before the subject', make: (s) => ({ text: `Update: ${full(s)} has conceded Northgate.${s.between}${s.open}It was close,${s.close} ${heOrShe(s)} said.`, want: [['It was close,', full(s)]] }), pronoun: true },
  // (a reversed guillemet set off by a space after the stop may close a French quotation: no new sentence there)
  { rule: 'a clock time written close', make: (s) => ({ text: `The fire broke out shortly after 2am. ${s.open === '\u00BB' ? '\u201C' : s.open}A man was found inside,${s.open === '\u00BB' ? '\u201D' : s.close} ${full(s)} ${s.said}.`, want: [['A man was found inside,', full(s)]] }) },
  { rule: '"on" and a weekday in the object', make: (s) => ({ text: `${full(s)} criticized the board on Monday over its fees.`, want: [['the board on Monday over its fees', full(s)]] }) },
  { rule: 'a named court after the object', make: (s) => ({ text: `${full(s)} admitted fraud at Bradford Crown Court in March.`, want: [['fraud', full(s)]] }) },
  { rule: 'an owned trial after the object', make: (s) => ({ text: `${full(s)} denied the charges at his trial.`, want: [['the charges', full(s)]] }) },
  { rule: 'a span of time that led up to the words', make: (s) => ({ text: `${full(s)} has promised to recruit more officers by next spring, after a week of criticism.`, want: [['to recruit more officers by next spring', full(s)]] }) },
  { rule: 'a gerund after "said that ... and"', make: (s) => ({ text: `${full(s)} ${s.said} that after months of talks and negotiating, the deal was done.`, want: [['after months of talks and negotiating, the deal was done', full(s)]] }) },
  { rule: 'a long turn under a label in capitals', make: (s) => ({ text: `REPORTER: What happens now?${s.between.includes('\n') ? s.between : '\n\n'}MAYOR ${s.last.toUpperCase()}: ${LONG_TURN}`, want: [[LONG_TURN.slice(0, -1), s.last.toUpperCase()]] }) },
  { rule: '"the mayor" before a former mayor', make: (s) => ({ text: `The mayor spoke first.${s.between}${s.open}The budget is empty,${s.close} the mayor ${s.said}.${s.between}Former Mayor ${full(s)} ${s.said} the town would sell the depot.`, want: [['the town would sell the depot', full(s)]] }), pronoun: true },
];

describeCaseProperties({ round: 'robust21', cases: CASES, lasts: ['Varga', 'Kasza-Lind', "O'Hare", 'Marsh', 'Lund', 'MacLeod'], businesses: ['Gulls', 'Comets', 'Otters', 'Rovers'], run, seeds: [21031, 21032, 21041, 21042] });

const NEAR_MISSES: readonly NearMiss[] = [
  { rule: '"put it last" places a thing', make: (s) => `As ${full(s)} put it last, ${s.open}${SAID}${s.close}`, check: noRule(LEAD) },
  { rule: '"put it in the box" places a thing', make: (s) => `As ${full(s)} put it in the box, ${s.open}${SAID}${s.close}`, check: noRule(LEAD) },
  { rule: 'a year, then a clause: no cue', make: (s) => `As ${full(s)} put it in 2019 the party was over.`, check: nothing },
  { rule: 'a quoted title after the show', make: (s) => `${full(s)} ${s.said} on his radio show, ${s.open}The ${s.last} Hour.${s.close}`, check: nothing },
  { rule: 'an album is no broadcast', make: (s) => `${full(s)} sang on her new album, ${s.open}We Will Win.${s.close}`, check: nothing },
  { rule: 'a lone surname never named in full', make: (s) => `${s.last} on the result: ${s.open}We will fight on in the north.${s.close}`, check: noSpeaker },
  { rule: 'a label that is no name', make: (s) => `Reaction on the ground: ${s.open}We will fight on in the north.${s.close}`, check: noSpeaker },
  { rule: 'a place before "on"', make: (s) => `Ohio on the vote: ${s.open}We will fight on in the north.${s.close}`, check: noSpeaker },
  { rule: 'a topic with a verb', make: (s) => `${full(s)} arrived late.${s.between}${s.last} on what happened next: ${s.open}We will fight on in the north.${s.close}`, check: noRule(COLON) },
  { rule: 'a trailer\'s label names no one', make: (s) => `Investor Relations: ${full(s)}, 555-0100.${s.between}About Brightwave: Brightwave makes solar panels for homes.`, check: nothing },
  { rule: 'a phrase shown after a song', make: (s) => `She sang the song ${s.open}Hold the light until the morning comes.${s.close}`, check: nothing },
  { rule: '"on Monday night" ends the object', make: (s) => `${full(s)} criticized the board on Monday night over its fees.`, check: (r) => { expect(r.quotes.map((q) => q.text)).toEqual(['the board']); } },
  { rule: 'a court that is the object\'s own', make: (s) => `${full(s)} ordered a review of staffing at the court.`, check: (r) => { expect(r.quotes.map((q) => q.text).filter((t) => t !== 'a review of staffing at the court')).toEqual([]); } },
  { rule: 'a span with no "of"', make: (s) => `${full(s)} has promised to recruit more officers by next spring, after a week in Paris.`, check: (r) => { expect(r.quotes.map((q) => q.text)).toEqual(['to recruit more officers by next spring, after a week in Paris']); } },
  { rule: 'a long section line that does not talk', make: (s) => `Funding: The campaign ${s.said} the money had run out, because the donors were not there and they had not been there for a long time, and if the party kept pretending that they were, then it would end up closing the whole office for a decade instead of a year, which nobody in the town wanted, least of all the staff or the people who elected them to fix it.\n\nStaff: The campaign ${s.said} more cuts would come.`, check: (r) => { expect(r.quotes.filter((q) => q.speaker?.name === 'Funding').map((q) => q.text)).toEqual([]); } },
  { rule: '"the former president" is no sitting president', make: (s) => `${s.open}We will cut taxes,${s.close} the former president ${s.said}.${s.between}President ${full(s)} ${s.said} the bill was fine.`, check: (r, s) => { expect(r.quotes.filter((q) => q.text.includes('taxes')).map((q) => q.speaker?.name ?? '-')).not.toContain(full(s)); } },
  { rule: '"the club" after a paper', make: (s) => `The Halverton Times reported the fire.${s.between}${s.open}We are sorry,${s.close} the club ${s.said}.`, check: noName(() => 'Halverton Times') },
  { rule: '"the team" after a family', make: (s) => `${s.first} ${s.last} arrived.${s.between}The ${s.last}s lost again on Sunday.${s.between}${s.open}We are disappointed,${s.close} the team ${s.said}.`, check: noName((s) => `${s.last}s`) },
];

describeNearMisses({ round: 'robust21', nearMisses: NEAR_MISSES, run, seed: 21051 });

describeSideBySide({ round: 'robust21', what: 'the shapes', cases: CASES, nearMisses: NEAR_MISSES, run, kinds: ['direct', 'indirect'], seeds: [21061, 21062] });

describe('many labels and leads in a row (robust21)', { timeout: 300_000 }, () => {
  // (topicColonName looks for the full name of a lone surname over the whole text before it)
  it('many lone surnames each named in full before: linear, and each takes the full name', () => {
    const { ratio, r } = growth(EXTRACTORS[0]!, 'Paul Hendry arrived.\n\nHendry on the result: "We will fight on in the north."\n\nHendry on the count: "It is far too close to call tonight."', '\n\n');
    expect(ratio).toBeLessThan(1.7);
    expect(r.quotes.length).toBeGreaterThan(1_000);
    expect(new Set(r.quotes.map((q) => `${q.rule} | ${q.speaker?.name ?? '-'}`))).toEqual(new Set([`${COLON} | Paul Hendry`]));
  });

  it('many lone surnames with no full name, then one: linear, and only those after it take it', () => {
    const block = 'Hendry on the result: "We will fight on in the north."\n\nHendry on the count: "It is far too close to call tonight."';
    const { ratio } = growth(EXTRACTORS[0]!, block, '\n\n');
    expect(ratio).toBeLessThan(1.7);
    const r = run(`${block}\n\nPaul Hendry arrived.\n\n${block}`);
    expect(r.quotes.map((q) => q.speaker?.name ?? '-')).toEqual(['-', '-', 'Paul Hendry', 'Paul Hendry']);
  });

  it('a long run of spaces or capitals before a lone surname: about linear', () => {
    const label = '\n\nHendry on the result: "We will fight on in the north."';
    for (const fill of [' ', 'A']) {
      const t = (n: number): string => `Paul${fill.repeat(n)}${label}`;
      EXTRACTORS[0]!.extract(t(10_000));
      const small = fastestCpuMs(() => EXTRACTORS[0]!.extract(t(100_000)));
      const large = fastestCpuMs(() => EXTRACTORS[0]!.extract(t(200_000)));
      // (the time per character at 200 KB over that at 100 KB, as growth() reads it)
      expect(large / 2 / small, JSON.stringify(fill)).toBeLessThan(1.7);
      expect(run(t(1_000)).quotes.map((q) => q.speaker?.name ?? '-')).toEqual(['-']);
    }
  });

  it('many leads with a time phrase and a broadcast: linear, and each keeps its speaker', () => {
    const { ratio, r } = growth(EXTRACTORS[0]!, `As Ivo Ruiz put it two weeks ago, "${SAID}" Nell Varga said on her radio show last week, "We will win the seat back next year."`, ' ');
    expect(ratio).toBeLessThan(1.7);
    expect(new Set(r.quotes.map((q) => `${q.rule} | ${q.speaker?.name} | ${q.text}`))).toEqual(new Set([
      `${LEAD} | Ivo Ruiz | ${SAID}`,
      `${LEAD} | Nell Varga | We will win the seat back next year.`,
    ]));
  });

  it('one long transcript turn in capitals: linear, and one quote', () => {
    const long = `MAYOR REYES: ${Array.from({ length: 4_000 }, () => 'I think we must fix the pier now,').join(' ')} and that is all.`;
    const r = run(`REPORTER: What happens to the pier now?\n\n${long}`);
    expect(r.quotes.map((q) => `${q.rule} | ${q.speaker?.name}`)).toEqual(['reported/transcript | REPORTER', 'reported/transcript | REYES']);
  });

  itIsLinearOnShapes(SHAPES, EXTRACTORS[0]!);
});

describeBadInputBatch({ round: 'robust21', shapes: SHAPES, extractor: EXTRACTORS[0]!, seed: 21071, refuseAfter: [`As Nell Varga put it last week, "${SAID}"`, 'Ann Lee, on the vote: "We will fight on in the north."'] });

describe('what the properties found (robust21)', () => {
  const TRAILING = 'direct/trailing-speaker-cue';
  // a surname alone before "on" and a topic speaks only when the text named the person in full before; but the look
  // back stopped at a first mention that opened the text ("Hendry spoke first. ... Paul Hendry ..."), counted a word
  // that only began with the surname ("Ann Leeds" for "Lee"), wanted one plain space between the two names, and a
  // hyphenated surname, three tokens, was never looked up at all (src/attribution/no-cue.ts topicColonName, fullNameBefore)
  it.each<[string, NamedRow[]]>([
    ['Hendry spoke first.\n\nPaul Hendry arrived.\n\nHendry on the result: "We will fight on in the north."', [named(['We will fight on in the north.'], 'Hendry', 'Paul Hendry', ':', COLON, 'direct')]],
    ['Paul\u00A0Hendry arrived.\n\nHendry on the result: "We will fight on in the north."', [named(['We will fight on in the north.'], 'Hendry', 'Paul Hendry', ':', COLON, 'direct')]],
    ['Tom Kasza-Lind arrived.\n\nKasza-Lind on the result: "We will fight on in the north."', [named(['We will fight on in the north.'], 'Kasza-Lind', 'Tom Kasza-Lind', ':', COLON, 'direct')]],
    // (never named in full: no speaker)
    ['Ann Leeds arrived.\n\nLee on the result: "We will fight on in the north."', [named(['We will fight on in the north.'], null, null, null, 'direct/unattributed', 'direct')]],
    ['Kasza-Lind on the result: "We will fight on in the north."', [named(['We will fight on in the north.'], null, null, null, 'direct/unattributed', 'direct')]],
    ['Hendry spoke first.\n\nHendry on the result: "We will fight on in the north."', [named(['We will fight on in the north.'], null, null, null, 'direct/unattributed', 'direct')]],
  ])('a lone surname before "on" and a topic: %j', (t, expected) => {
    expect(namedRows(run(t))).toEqual(expected);
  });

  // an opening mark set off by a space after a clock time's stop ("2am.", "2 a.m.") or a split "ill." starts the
  // next sentence; a low-high mark ("„") and a straight single one (which wink keeps with its word: "'A") did not,
  // and the quotation became a mixed quote over the sentence before (src/prepare/document.ts OPENING_AFTER_STOP)
  it.each<[string, NamedRow[]]>([
    ['The fire broke out shortly after 2am. \u201EA man was found inside,\u201C Tom Varga said.', [named(['A man was found inside,'], 'Tom Varga', 'Tom Varga', 'said', TRAILING, 'direct')]],
    ['The fire broke out shortly after 2 a.m. \u201EA man was found inside,\u201C Tom Varga said.', [named(['A man was found inside,'], 'Tom Varga', 'Tom Varga', 'said', TRAILING, 'direct')]],
    ["The fire broke out shortly after 2am. 'A man was found inside,' Tom Varga said.", [named(['A man was found inside,'], 'Tom Varga', 'Tom Varga', 'said', TRAILING, 'direct')]],
    ['He fell ill. \u201EIt was sudden,\u201C she said.', [named(['It was sudden,'], 'she', 'she', 'said', TRAILING, 'direct')]],
    ['He fell ill. \u201AIt was sudden,\u2018 she said.', [named(['It was sudden,'], 'she', 'she', 'said', TRAILING, 'direct')]],
    // (left as it is: a reversed guillemet set off by a space may close a French quotation, so it starts no sentence)
    ['The fire broke out shortly after 2am. \u00BBA man was found inside,\u00AB Tom Varga said.', [named(['The fire broke out shortly after 2am. \u00BBA man was found inside,\u00AB'], 'Tom Varga', 'Tom Varga', 'said', 'reported/content-speaker-cue', 'mixed')]],
  ])('an opening mark after a clock time or a split stop: %j', (t, expected) => {
    expect(namedRows(run(t))).toEqual(expected);
  });

  // "the mayor" did not stand for a former mayor named after it (leads54) but did for one named before it: a text
  // repeated gave its second "the mayor" the first copy's former mayor; a title put in the past now fits only a
  // description that says so, both ways (src/speakers/describe.ts fitsProfile)
  it.each<[string, string[]]>([
    ['Former Mayor Tom Varga spoke. "The budget is empty," the mayor said.', ['the mayor']],
    ['Ex-Mayor Tom Varga spoke. "The budget is empty," the mayor said.', ['the mayor']],
    ['Former President Ann Lee spoke. "We will cut taxes," the president said.', ['the president']],
    // (a description that says so still fits, and so does a sitting title)
    ['Former Mayor Tom Varga spoke. "The budget is empty," the former mayor said.', ['Tom Varga']],
    ['Mayor Tom Varga spoke. "The budget is empty," the mayor said.', ['Tom Varga']],
  ])('a description after a title put in the past: %j', (t, names) => {
    expect(namedRows(run(t)).map((r) => r.name)).toEqual(names);
  });

  // a lyric, a song's or a slogan's words after the noun that names them are a phrase shown, not words said; but only
  // after a straight or curly opening mark: guillemets either way and low-high marks kept the unattributed quote
  // (src/refine/scare.ts afterShownNoun)
  it.each(['\u00AB|\u00BB', '\u00BB|\u00AB', '\u201E|\u201C', '\u201A|\u2018', '\u00AB\u00A0|\u00A0\u00BB', '"|"', '\u2018|\u2019'])('a phrase shown after its noun in %j', (marks) => {
    const [open, close] = marks.split('|');
    expect(run(`She sang the song ${open}Hold the light until the morning comes.${close}`).quotes).toEqual([]);
    expect(run(`The crowd waved banners with the slogan ${open}Not one more tower on our harbor.${close}`).quotes).toEqual([]);
  });

  // "the team" is no family one of whom the text names ("the Hales" after "Tom Hale"), but a hyphenated family name,
  // three tokens, was still read as the team (src/speakers/organization-pronouns.ts teamNamedBefore)
  it.each<[string, string[]]>([
    ['Tom Kasza-Lind arrived. The Kasza-Linds lost again on Sunday. "We are disappointed," the team said.', ['the team']],
    ['Tom Hale arrived. The Hales lost again on Sunday. "We are disappointed," the team said.', ['the team']],
    // (with no member named, the plural is the team)
    ['The Kasza-Linds lost again on Sunday. "We are disappointed," the team said.', ['Kasza-Linds']],
  ])('"the team" after a family: %j', (t, names) => {
    expect(namedRows(run(t)).map((r) => r.name)).toEqual(names);
  });

  // (left as it is: "he" after a woman's name takes the place she conceded, which reads as a name)
  it('a pronoun that does not fit the subject takes the name after the verb', () => {
    expect(namedRows(run('Update: Ann Varga has conceded Northgate.\n\n"It was close," he said.')).map((r) => r.name)).toEqual(['Northgate']);
    expect(namedRows(run('Update: Ann Varga has conceded Northgate.\n\n"It was close," she said.')).map((r) => r.name)).toEqual(['Ann Varga']);
  });

  // negatives: a label, a lone surname or a clock time alone makes no quote
  it.each(['Hendry on the result:', 'Update: Riley has conceded Northgate.', 'The fire broke out shortly after 2am.', "It ended at 2am. 'Twas ever thus.", 'About Brightwave:'])('nothing from %j', (t) => {
    expect(run(t).quotes).toEqual([]);
  });
});
