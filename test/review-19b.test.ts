/**
 * Review 19, second pass: the rules merged at this stop (a quote's object
 * before it, a quote's tail after it, a name's tag in parentheses, subjects
 * with quoted words, dash asides, "Will Read", "called X" names, "More from
 * X:", and the opt-in "is seen as", noun thoughts and evidence dashes) on
 * invented news text at their edges (each row: input, and the expected
 * `kind | parts | speaker name | speaker mention | cue | rule` of each quote
 * in order). Titles, scare quotes and nicknames after a verb never become
 * anyone's words. Fixed here:
 * - a quotation opening with a capital (a title, a sign, a sentence of its
 *   own) takes no object before it (`painted the words "Welcome ..."`) and no
 *   tail after it (`... on the hull`);
 * - a tail after the closing mark that says when with a number (`at 10 a.m.`,
 *   `on 5 May`) or how the words were met (`to loud applause`) stays out;
 * - "is seen as ... by other towns" names its source: no sourceless frame;
 * - a topic of a noun cue ends before the sentence's verb (`Her worry about
 *   the cost of the bridge grew`).
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { Extraction } from '../src/index.js';

/** Each quote as `kind | parts joined by " + " | name | mention | cue | rule`. */
function shown(r: Extraction): string[] {
  return r.quotes.map((q) => [q.kind, q.parts.map((p) => p.text).join(' + '), q.speaker?.name ?? '-', q.speaker?.mention?.text ?? '-', q.cue?.span.text ?? '-', q.rule].join(' | '));
}

const ALL = { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] } as const;

// [family, invented input, expected quotes in order], default categories
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  ['title', 'He watched "Casablanca" for the tenth time.', []],
  ['title', 'The film "Dune" opens in May.', []],
  ['title', 'They sang "Jerusalem" at the close.', []],
  ['title', 'He watched "Gone with the Wind" for the tenth time.', []],
  ['title', 'They sang "God Save the King" at the close of the ceremony.', []],
  ['title', 'The mayor spoke at the dedication. She watched "The Long Road Home" with her son.', []],
  ['title', 'The mayor spoke at the dedication. The film "The Long Road Home" opens in May.', []],
  ['title', 'The band played its new single "Every Light on the Harbor Road Is Burning Bright Tonight" at the fair.', []],
  ['title', 'The town named its new ferry "The Spirit of the Valley and the Harbor Beyond the Hills" last year.', []],
  ['title', 'He watched the film "Gone with the Wind and All the Other Stories of the Old South" for the tenth time.', []],
  ['title', 'The agency put out a report titled "A Plan for Safer Streets in Every Town and Village of the County."', []],
  ['scare', 'The word "resilience" appears in every speech.', []],
  ['scare', 'The so-called "reform" failed to pass.', []],
  ['scare', 'The mayor spoke at the dedication. The term "blue economy" was not used in 2010.', []],
  ['nickname', 'The team nicknamed "the Wall" for his defense won again.', []],
  ['nickname', 'The mayor spoke at the dedication. Her grandson, nicknamed "Tiny," handed her the scissors.', []],
  ['nickname', 'The mayor spoke at the dedication. Residents know the old pier as "the Long Walk" to this day.', []],
  ['object-capital', 'Protesters carried banners reading "No more ferries without a vote of the people of this county."', ['direct | No more ferries without a vote of the people of this county. | Protesters | Protesters | - | direct/fallback-subject']],
  ['object-capital', 'The crew painted the words "Welcome home to every sailor who ever left this harbor" on the hull.', ['direct | Welcome home to every sailor who ever left this harbor | - | - | - | direct/unattributed']],
  ['object', 'The mayor spoke at the dedication. She wants the council "to finish the pier by June."', []],
  ['tail', 'The mayor spoke at the dedication. "It is the work we still owe" to the people of the valley.', ['mixed | It is the work we still owe + to the people of the valley | The mayor | The mayor | - | direct/fallback-previous']],
  ['tail', '"We will rebuild every pier in this town before the next storm season" to the cheers of the crowd.', ['direct | We will rebuild every pier in this town before the next storm season | - | - | - | direct/unattributed']],
  ['tail', '"We will rebuild every pier in this town before the next storm season" to loud applause.', ['direct | We will rebuild every pier in this town before the next storm season | - | - | - | direct/unattributed']],
  ['tail', 'The mayor spoke for an hour. "We will rebuild every pier in this town before the next storm" at 10 a.m.', ['direct | We will rebuild every pier in this town before the next storm | The mayor | The mayor | - | direct/fallback-previous']],
  ['tail', 'The mayor spoke for an hour. "We will rebuild every pier in this town before the next storm" on 5 May.', ['direct | We will rebuild every pier in this town before the next storm | The mayor | The mayor | - | direct/fallback-previous']],
  ['tail', 'The mayor spoke for an hour. "We will rebuild every pier in this town before the next storm" — to loud cheers.', ['direct | We will rebuild every pier in this town before the next storm | The mayor | The mayor | - | direct/fallback-previous']],
  ['tail', 'The mayor spoke at the dedication. The pier was "a total loss" for the whole season.', []],
  ['tag', 'Sen. Ann Lee (D-Ore.) said the bill "would hurt farmers."', ['mixed | the bill "would hurt farmers." | Ann Lee | Sen. Ann Lee (D-Ore.) | said | reported/cue-clause']],
  ['tag', '"The bill is dead," said Sen. Ann Lee (D-Ore.).', ['direct | The bill is dead, | Ann Lee | Sen. Ann Lee (D-Ore.) | said | direct/trailing-cue-speaker']],
  ['tag', 'Ann Lee (R-Texas) said the bridge was safe.', ['indirect | the bridge was safe | Ann Lee | Ann Lee (R-Texas) | said | reported/cue-clause']],
  ['tag', 'Ann Lee (born 1950) said the bridge was safe.', ['indirect | the bridge was safe | Ann Lee | Ann Lee | said | reported/cue-clause']],
  ['tag', 'The panel (2019-2021) said the bill was dead.', ['indirect | the bill was dead | The panel | The panel | said | reported/cue-clause']],
  ['tag', 'The war (1914-1918) changed the town.', []],
  ['tag', 'The agency (EPA) issued new rules in 2019.', []],
  ['tag', 'The senator said the bill would pass (it did not).', ['indirect | the bill would pass | The senator | The senator | said | reported/cue-clause']],
  ['dash', 'Prices rose 3-5 percent in the quarter — a record.', []],
  ['dash', 'The score was 3 — 2 at the half.', []],
  ['dash', 'The mayor said — on the radio — the plan was dead.', ['indirect | the plan was dead | The mayor | The mayor | said | reported/cue-clause']],
  ['dash', 'The mayor said — 2019-2021 — the plan was dead.', ['indirect | the plan was dead | The mayor | The mayor | said | reported/cue-clause']],
  ['dash', 'The company said on Tuesday that profits fell 10 — 12 percent.', ['indirect | profits fell 10 — 12 percent | The company | The company | said | reported/cue-that']],
  ['citing', 'The agency, citing "security concerns," closed the road.', []],
  ['citing', 'The agency, citing "security concerns," said the road would close.', ['indirect | the road would close | The agency | The agency | said | reported/cue-clause']],
  ['whose', 'A man whose car was towed said the fines were unfair.', ['indirect | the fines were unfair | A man | A man | said | reported/cue-clause']],
  ['whose', 'Investors whose shares fell said nothing.', []],
  ['will-read', 'Will Smith read the list.', []],
  ['will-read', 'Will the plan work? Nobody knows.', []],
  ['will-read', 'Read the fine print before you sign.', []],
  ['will-read', 'Will Read said nothing.', []],
  ['called', 'A group called Friends of the Pier met on Monday.', []],
  ['called', 'The dog named Will ran off.', []],
  ['more-from', 'More from the archive: photos of the old harbor.', []],
  ['more-from', 'More from the archive: "We will rebuild," the mayor said in 1950.', ['direct | We will rebuild, | the mayor | the mayor | said | direct/trailing-speaker-cue']],
  ['more-from', 'More from our reporters on the election.', []],
  ['more-from', 'More from Ann Lee: "We will not wait."', ['direct | We will not wait. | Ann Lee | Ann Lee | : | direct/name-colon']],
  ['told', 'She told stories of the war she had seen.', []],
];

// [family, invented input, expected quotes in order], every category (opt-in rules)
const OPT_IN: readonly (readonly [string, string, readonly string[]])[] = [
  ['seen-as', 'The plan is widely seen as a failure.', ['indirect | The plan + a failure | - | - | is widely seen as | reported/impersonal']],
  ['seen-as', 'The plan is seen as a model by other towns.', []],
  ['seen-as', 'The plan being seen as a failure hurt the mayor.', []],
  ['seen-as', 'What is widely seen as a failure began in 2019.', []],
  ['noun-thought', 'Her worry about the cost of the bridge grew.', ['indirect | the cost of the bridge | Her | Her | worry about | reported/cue-topic']],
  ['noun-thought', 'Her fear that the bridge would fall kept her awake.', ['indirect | the bridge would fall | Her | Her | fear | reported/noun-cue']],
  ['noun-thought', 'His doubts about the cost of the new bridge kept him awake.', []],
  ['evidence-dash', 'The study found costs rose by 5 percent — a surprise to many.', ['indirect | costs rose by 5 percent | The study | The study | found | reported/evidence-clause']],
  ['evidence-dash', 'The report found the bridge needed 3-4 new cables — at a cost of $2 million.', ['indirect | the bridge needed 3-4 new cables | The report | The report | found | reported/evidence-clause']],
];

describe('review 19b', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    expect(shown(extract(input))).toEqual(expected);
  });
});

describe('review 19b, every category', () => {
  test.each(OPT_IN)('%s: %s', (_family, input, expected) => {
    expect(shown(extract(input, { categories: [...ALL.categories] }))).toEqual(expected);
  });
});
