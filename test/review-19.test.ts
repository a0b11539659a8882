/**
 * Review 19: known wrong outputs on invented news text, each fixed, next to
 * the cases that must not move (each row: input, and the expected
 * `kind | parts | speaker name | speaker mention | cue | rule` of each quote
 * in order).
 * - reported/cue-clause: a narrative told ("told stories of ...") is no
 *   listener, the clause after it no report; a short phrase opened by a
 *   preposition before a noun subject and its finite verb opens the clause
 *   ("said under the new plan taxes would rise").
 * - names: a capitalised verb after a lower-case naming participle opens a
 *   name with its article or possessive ("a group called Save the Harbor");
 *   two surnames that are verbs after a quotation ('"...," Will Read said');
 *   the period of a hyphenated title abbreviation ("ex-Gov. Tom Reyes").
 * - a cue set off by commas after a description, before a verb with no
 *   subject of its own: the description speaks, not the name before it
 *   ('Clinton, a top aide said, "was never told."').
 * - "More from X:" before a quote: X speaks.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { Extraction } from '../src/index.js';

/** Each quote as `kind | parts joined by " + " | name | mention | cue | rule`. */
function shown(r: Extraction): string[] {
  return r.quotes.map((q) => [q.kind, q.parts.map((p) => p.text).join(' + '), q.speaker?.name ?? '-', q.speaker?.mention?.text ?? '-', q.cue?.span.text ?? '-', q.rule].join(' | '));
}

// [family, invented input, expected quotes in order]
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  // a narrative told is no listener
  ['told-narrative', 'She told stories of the war she had seen.', []],
  ['told-narrative', 'The old captain tells tales of the storms he survived.', []],
  ['told-narrative', 'Reyes told reporters stories of the war he fought.', []],
  ['told-narrative', 'Reyes told reporters the story was false.', ['indirect | the story was false | Reyes | Reyes | told | reported/cue-clause']],
  // unchanged: a listener and a clause
  ['told-narrative', 'She told reporters at the scene she had seen the crash.', ['indirect | she had seen the crash | She | She | told | reported/cue-clause']],
  // a short phrase before a noun subject and its finite verb
  ['fronted-phrase', 'The mayor said under the new plan taxes would rise.', ['indirect | under the new plan taxes would rise | The mayor | The mayor | said | reported/cue-clause']],
  ['fronted-phrase', 'The mayor said under the new plan the tax would rise.', ['indirect | under the new plan the tax would rise | The mayor | The mayor | said | reported/cue-clause']],
  ['fronted-phrase', 'The curator said without the grant the museum will close.', ['indirect | without the grant the museum will close | The curator | The curator | said | reported/cue-clause']],
  ['fronted-phrase', 'The mayor said in March taxes would rise.', ['indirect | taxes would rise | The mayor | The mayor | said | reported/cue-clause']],
  // unchanged: no clause after the phrase
  ['fronted-phrase', 'The chief spoke about the plan officers said would fail.', []],
  ['fronted-phrase', 'He said on Monday her plan would pass.', ['indirect | her plan would pass | He | He | said | reported/cue-clause']],
  // a name opened by a verb after "called"
  ['naming-verb', 'A group called Save the Harbor said the pier must stay.', ['indirect | the pier must stay | Save the Harbor | Save the Harbor | said | reported/cue-clause']],
  ['naming-verb', 'A charity called Save The Dunes said the fence must go.', ['indirect | the fence must go | Save The Dunes | Save The Dunes | said | reported/cue-clause']],
  ['naming-verb', 'A group called Save Our Pier said the pier must stay.', ['indirect | the pier must stay | Save Our Pier | Save Our Pier | said | reported/cue-clause']],
  ['naming-verb', 'A club called Save the Harbor, which formed in May, said the pier must stay.', ['indirect | the pier must stay | Save the Harbor | Save the Harbor | said | reported/cue-clause']],
  // unchanged: "called" as a verb of its own
  ['naming-verb', 'They called the Harbor Board and said the pier must stay.', ['indirect | the pier must stay | They | They | said | reported/cue-clause']],
  // two surnames that are verbs
  ['verb-surnames', '"We lost," Will Read said.', ['direct | We lost, | Will Read | Will Read | said | direct/trailing-speaker-cue']],
  ['verb-surnames', '"We lost," Grant Will said.', ['direct | We lost, | Grant Will | Grant Will | said | direct/trailing-speaker-cue']],
  ['verb-surnames', 'Will Read said the pier must stay.', ['indirect | the pier must stay | Will Read | Will Read | said | reported/cue-clause']],
  ['verb-surnames', 'Will Read, the harbor master, said the pier must stay.', ['indirect | the pier must stay | Will Read | Will Read, the harbor master | said | reported/cue-clause']],
  ['verb-surnames', 'Will Read the letter aloud, the judge said.', ['indirect | Will Read the letter aloud | the judge | the judge | said | reported/content-speaker-cue']],
  ['verb-surnames', '"We lost," said Will Read.', ['direct | We lost, | Will Read | Will Read | said | direct/trailing-cue-speaker']],
  ['verb-surnames', 'The jury will read the verdict.', []],
  ['verb-surnames', '"We lost," Read said.', ['direct | We lost, | Read | Read | said | direct/trailing-speaker-cue']],
  ['verb-surnames', '"Will Read win?" she asked.', ['direct | Will Read win? | she | she | asked | direct/trailing-speaker-cue']],
  // a hyphenated title abbreviation and its period
  ['hyphened-title', '"It is over," ex-Gov. Tom Reyes said.', ['direct | It is over, | Tom Reyes | ex-Gov. Tom Reyes | said | direct/trailing-speaker-cue']],
  ['hyphened-title', '"It is over," said ex-Gov. Tom Reyes.', ['direct | It is over, | Tom Reyes | ex-Gov. Tom Reyes | said | direct/trailing-cue-speaker']],
  ['hyphened-title', '"It is over," ex-Sen. Tom Reyes said.', ['direct | It is over, | Tom Reyes | ex-Sen. Tom Reyes | said | direct/trailing-speaker-cue']],
  ['hyphened-title', '"It is over," then-Gov. Tom Reyes told reporters.', ['direct | It is over, | Tom Reyes | then-Gov. Tom Reyes | told | direct/trailing-speaker-cue']],
  ['hyphened-title', '"It is over," said then-Sen. Tom Reyes.', ['direct | It is over, | Tom Reyes | then-Sen. Tom Reyes | said | direct/trailing-cue-speaker']],
  ['hyphened-title', 'Ex-Gov. Tom Reyes went well beyond that.', []],
  // a cue set off by commas before a verb with no subject of its own
  ['parenthetical-cue', 'Clinton, a top aide said, "was never told."', ['mixed | Clinton + was never told. | a top aide | a top aide | said | direct/leading-speaker-cue']],
  ['parenthetical-cue', 'Lee, a spokeswoman said Monday, "will not run."', ['mixed | Lee + will not run. | a spokeswoman | a spokeswoman | said | direct/leading-speaker-cue']],
  ['parenthetical-cue', 'The mayor, an aide said, has no plans to run.', ['indirect | The mayor + has no plans to run | an aide | an aide | said | reported/content-speaker-cue']],
  // unchanged: the quote has a subject of its own, or the description is closed by a comma
  ['parenthetical-cue', 'Tom Reyes, a top aide said, "We were never told."', ['direct | We were never told. | Tom Reyes | Tom Reyes | said | direct/leading-speaker-cue']],
  ['parenthetical-cue', 'Tom Reyes, a top aide, said, "We were never told."', ['direct | We were never told. | Tom Reyes | Tom Reyes, a top aide | said | direct/leading-speaker-cue']],
  // "More from X:"
  ['more-from', 'More from Jones: "We will not wait."', ['direct | We will not wait. | Jones | Jones | : | direct/name-colon']],
  ['more-from', 'And more from Ann Lee: "We will not wait."', ['direct | We will not wait. | Ann Lee | Ann Lee | : | direct/name-colon']],
  ['more-from', 'More from: "We will not wait."', []],
];

describe('review 19', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    expect(shown(extract(input))).toEqual(expected);
  });
});
