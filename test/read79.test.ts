/**
 * Review of stop 63's changes (read79). Invented sentences only.
 * - A name or title of several capitalised words in marks after an abbreviation kept whole ("the U.S.") is no new
 *   sentence: `the U.S. "Safe Harbor Act"` stays inside the report; a quote with a word in lower case or a comma
 *   (`"It was time,"`, `"Nobody Knows,"`) still opens the next sentence.
 * - A bare day right after a cue of a quoted object is that object when "as" or a noun phrase follows it
 *   (`called Monday a "dark day"`, `described March as "the worst month"`); only before a preposition of the cue
 *   (`called Monday for "calm"`) or with its own preposition (`on Friday`) is it a time phrase left out.
 * - A line in capitals after a speaker's label is a heading (lead66) unless a subject pronoun opens it: a headline's
 *   words in capitals (`MAYOR LEE: WE WILL NOT RAISE THE FARE`) are a turn again.
 */
import { describeNamedTables, named, type NamedCase } from './support/name-rows.js';

/** Names and titles in marks after "U.S." (fix90's sentence split). */
const titles: NamedCase[] = [
  ['keep: a two-word title in marks after "the U.S."', 'Mayor Ann Lee said the U.S. "Safe Harbor Act" must be repealed.', [
    named(['the U.S. "Safe Harbor Act" must be repealed'], 'Mayor Ann Lee', 'Ann Lee', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  ['keep: a three-word name in marks inside an aside', 'Lee said the plan, known in the U.S. "Project Blue Tide" for years, failed.', [
    named(['the plan, known in the U.S. "Project Blue Tide" for years, failed'], 'Lee', 'Lee', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  ['split: capitalised words and a comma in marks', 'The firm moved its office to the U.S. "Nobody Knows," its founder said of the reasons.', [
    named(['Nobody Knows,'], 'its founder', 'its founder', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

/** A bare day after the cue of a quoted object (lead66's time phrase). */
const days: NamedCase[] = [
  ['a bare day as the object before a noun phrase', 'The mayor called Monday a "dark day" for the harbor.', [
    named(['Monday a "dark day" for the harbor'], 'The mayor', 'The mayor', 'called', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['a bare month as the object before "as"', 'The minister described March as "the worst month" for the ferries.', [
    named(['March as "the worst month" for the ferries'], 'The minister', 'The minister', 'described', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['a time phrase with its preposition stays out', 'The minister described on Friday the levy as "a mess."', [
    named(['the levy as "a mess."'], 'The minister', 'The minister', 'described', 'reported/cue-quoted-object', 'mixed'),
  ]],
];

describeNamedTables('a bare day after a cue of a quoted object (read79)', { fixes: days });

describeNamedTables("names in marks after an abbreviation (read79)", { fixes: titles });

describeNamedTables('a headline in capitals after a label (read79)', {
  fixes: [
    ['a subject pronoun opens the words in capitals', 'MAYOR ANN LEE: WE WILL NOT RAISE THE FARE\n\nThe mayor spoke to the council on Monday.', [
      named(['WE WILL NOT RAISE THE FARE'], 'MAYOR ANN LEE', 'ANN LEE', ':', 'reported/transcript'),
    ]],
  ],
  nothing: [
    ['a heading in capitals stays no turn', 'MAYOR ANN LEE: REMARKS AT THE FERRY PIER\n\nThe mayor spoke to the council on Monday.'],
  ],
});
