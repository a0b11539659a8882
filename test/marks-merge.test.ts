/**
 * Two-apostrophe marks ('') in reported rules (issue 11, marks round): a
 * quoted object closed by '' ends where one closed by a double quote does;
 * a quoted section heading in single marks joins no quote; a quote opening
 * with "And" or "But" after a participle's clause (`said, adding that X.
 * "And Y."`) joins that clause.
 * Invented sentences with the exact parts, speaker, cue and rule expected.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { rows, type Row } from './support/rows.js';

const mixed = (parts: string[], speaker: string, cue: string, rule: string): Row => ({ kind: 'mixed', parts, speaker, cue, rule });

const cases: [string, string, Row[]][] = [
  // a medium phrase after a quoted object closed by '' is the narrator's
  ["called X ''Y'' in a radio interview", "Ms. Vance called the levy ''unfair'' in a radio interview on Sunday.", [
    mixed(["the levy ''unfair''"], 'Ms. Vance', 'called', 'reported/cue-quoted-object'),
  ]],
  // the same sentence with double quotes gives the same boundary
  ['called X "Y" in a radio interview', 'Ms. Vance called the levy "unfair" in a radio interview on Sunday.', [
    mixed(['the levy "unfair"'], 'Ms. Vance', 'called', 'reported/cue-quoted-object'),
  ]],
  // negative: a list of quoted words closed by '' goes on as one object
  ["called him ''A,'' ''B'' and ''C''", "The senator called him ''weak,'' ''tired'' and ''a loser.''", [
    mixed(["him ''weak,'' ''tired'' and ''a loser.''"], 'The senator', 'called', 'reported/cue-quoted-object'),
  ]],
  // a clause after a quotation closed by a comma and '' is the narrator's, as after a double quote
  ["said X ''Y,'' the players ...", "The league said the coach was ''ready to lead the club,'' the players focused on the old scandal.", [
    mixed(["the coach was ''ready to lead the club,''"], 'The league', 'said', 'reported/cue-clause'),
  ]],
  // a quote opening with "And" after a participle's clause goes on with that clause
  ['said, adding that X. "And Y."', '"The budget is fair," the minister said, adding that taxes would rise. "And nobody likes that part."', [
    { kind: 'direct', parts: ['The budget is fair,'], speaker: 'the minister', cue: 'said', rule: 'direct/trailing-speaker-cue' },
    mixed(['taxes would rise', 'And nobody likes that part.'], 'the minister', 'adding', 'reported/cue-that'),
  ]],
  // negative: other quoted words after the participle's clause go on with the direct quote
  ['said, adding that X. "Y."', '"The budget is fair," the minister said, adding that taxes would rise. "Nobody likes that part."', [
    { kind: 'direct', parts: ['The budget is fair,', 'Nobody likes that part.'], speaker: 'the minister', cue: 'said', rule: 'direct/trailing-speaker-cue' },
    { kind: 'indirect', parts: ['taxes would rise'], speaker: 'the minister', cue: 'adding', rule: 'reported/cue-that' },
  ]],
  // a short paragraph in single marks between paragraphs heads a section: it joins no quote
  ['quoted heading after a quote', "\"The ferry will run by June,\" Ms. Oduya said.\n\n'A long way from home.'\n\nThe harbor opened in 1910.", [
    { kind: 'direct', parts: ['The ferry will run by June,'], speaker: 'Ms. Oduya', cue: 'said', rule: 'direct/trailing-speaker-cue' },
  ]],
  // negative: a quoted paragraph in double marks after a quote's short attribution goes on with that quote
  ['quoted paragraph after a quote', '"The ferry will run by June," Ms. Oduya said.\n\n"A long way from home."\n\nThe harbor opened in 1910.', [
    { kind: 'direct', parts: ['The ferry will run by June,', 'A long way from home.'], speaker: 'Ms. Oduya', cue: 'said', rule: 'direct/trailing-speaker-cue' },
  ]],
  // negative: a long paragraph in single marks is a quotation, not a heading
  ['long single-quoted paragraph', "'We will keep the ferry running every day of the year, whatever the weather does,' Ms. Oduya said.", [
    { kind: 'direct', parts: ['We will keep the ferry running every day of the year, whatever the weather does,'], speaker: 'Ms. Oduya', cue: 'said', rule: 'direct/trailing-speaker-cue' },
  ]],
  // negative: where single marks are the text's quotation marks (British style), a short quote in its own paragraph is a quote
  ['British style: short single-quoted paragraph', "Ann Lee spoke to reporters after the vote.\n\n'We will not back down.'\n\nShe left soon after.", [
    { kind: 'direct', parts: ['We will not back down.'], speaker: 'Ann Lee', cue: null, rule: 'direct/fallback-previous' },
  ]],
  // negative: British style, a short quote after an attributed one goes on with it
  ['British style: short quote after a quote', "'We will not back down,' Ann Lee said after the vote.\n\n'Never.'", [
    { kind: 'direct', parts: ['We will not back down,', 'Never.'], speaker: 'Ann Lee', cue: 'said', rule: 'direct/trailing-speaker-cue' },
  ]],
];

describe("two-apostrophe marks and quoted headings", () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});
