/**
 * Small leftovers (fix98). A title and "of" before a body, with no one named after it, is a description of the
 * office-holder, the whole phrase ("Director of the Office of Ports and Harbours said"), not the body; a verb in
 * -s that the tagger read as a noun right after an inverted speaker ("The plan, said experts, costs too much") goes on
 * with the report, as "will fail" does, and is no part of the speaker. Invented sentences only.
 */
import { describeNamedTables, named, type NamedCase } from './support/name-rows.js';

/** The two fixes. */
const fixes: NamedCase[] = [
  ['office: "Director of the Office of ... and ..."', 'Director of the Office of Ports and Harbours said the deficit would grow next year.', [
    named(['the deficit would grow next year'], 'Director of the Office of Ports and Harbours', 'Director of the Office of Ports and Harbours', 'said', 'reported/cue-clause'),
  ]],
  ['office: "Secretary of Health and Human Services"', 'Secretary of Health and Human Services said the rule would stand.', [
    named(['the rule would stand'], 'Secretary of Health and Human Services', 'Secretary of Health and Human Services', 'said', 'reported/cue-clause'),
  ]],
  ['office: "Chairman of Acme Corp"', 'Chairman of Acme Corp said the strike would end soon.', [
    named(['the strike would end soon'], 'Chairman of Acme Corp', 'Chairman of Acme Corp', 'said', 'reported/cue-clause'),
  ]],
  ['inverted: "costs too much"', 'The plan, said experts, costs too much.', [
    named(['The plan', 'costs too much'], 'experts', 'experts', 'said', 'reported/content-cue-speaker'),
  ]],
  ['inverted: "looks too plain"', 'The dress, said critics, looks too plain.', [
    named(['The dress', 'looks too plain'], 'critics', 'critics', 'said', 'reported/content-cue-speaker'),
  ]],
  ['inverted: "hurts every worker"', 'The levy, says the union, hurts every worker.', [
    named(['The levy', 'hurts every worker'], 'the union', 'the union', 'says', 'reported/content-cue-speaker'),
  ]],
];

/** What the fixes leave as it was. */
const negatives: NamedCase[] = [
  ['keep: a person named after the body', 'Director of the Office of Ports and Harbours Shaun Doyle said the deficit would grow.', [
    named(['the deficit would grow'], 'Director of the Office of Ports and Harbours Shaun Doyle', 'Shaun Doyle', 'said', 'reported/cue-clause'),
  ]],
  ['keep: a person after "Health and Human Services"', 'Secretary of Health and Human Services Ann Cole said the rule would stand.', [
    named(['the rule would stand'], 'Secretary of Health and Human Services Ann Cole', 'Ann Cole', 'said', 'reported/cue-clause'),
  ]],
  ['keep: a surname after a title of state', 'Secretary of State Kerr said the deal would hold.', [
    named(['the deal would hold'], 'Secretary of State Kerr', 'Kerr', 'said', 'reported/cue-clause'),
  ]],
  ['keep: an inverted speaker before an auxiliary', 'The plan, said experts, will fail.', [
    named(['The plan', 'will fail'], 'experts', 'experts', 'said', 'reported/content-cue-speaker'),
  ]],
  ['keep: a fronted phrase before the attribution', 'In the end, said aides, costs rose.', [
    named(['In the end', 'costs rose'], 'aides', 'aides', 'said', 'reported/parenthetical-cue'),
  ]],
];

/** Titles and a body alone, with no cue, report nothing. */
const nothing: [string, string][] = [
  ['no cue', 'Director of the Office of Ports and Harbours visited the plant on Monday.'],
];

describeNamedTables('fix98: office-holders and a misread verb after an inverted speaker', { fixes, negatives, nothing });
