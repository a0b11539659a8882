/**
 * Reported speech the rules used to miss although the cue was found (issue 11):
 * relative clauses whose relative word the tagger read as the speaker's
 * determiner, clauses opened by a subject pronoun after a subject the speaker
 * finder does not read, and the shapes added after them. Each row gives the
 * exact parts, speaker, cue and rule; the negatives must give nothing.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const shapes: [string, string, Row[]][] = [
  // a relative word before the speaker opens the clause; speaker and cue are left out of the content
  ['which X said was, the relative word read as a determiner', 'The council passed a levy, which critics said was unfair to renters.', [
    row(['which', 'was unfair to renters'], 'critics', 'said', 'reported/relative-cue'),
  ]],
  ['which X said will, before the sentence goes on', 'The new fares, which officials said will start in May, will not apply to students.', [
    row(['which', 'will start in May'], 'officials', 'said', 'reported/relative-cue'),
  ]],
  ['that X said, after a noun', 'Voters rejected rules that judges said discriminated against tenants.', [
    row(['that', 'discriminated against tenants'], 'judges', 'said', 'reported/relative-cue'),
  ]],
  // a subject pronoun and its verb after the cue: the clause is reported, whoever the subject before
  ['a share before the cue', 'On housing, 44% say they are worried.', [row(['they are worried'], '44%', 'say', 'reported/cue-clause')]],
  ['most of them said they', 'Until the plant closed, most of them said they had liked the work.', [
    row(['they had liked the work'], 'most of them', 'said', 'reported/cue-clause'),
  ]],
  ['a relative subject before the cue: "who" after "those" speaks', 'Among those who said they cared about prices, many voters backed Ms. Varga.', [
    row(['they cared about prices'], 'who', 'said', 'reported/cue-clause'),
  ]],
  // a parenthetical attribution after the subject, read by the speaker finder as an appositive
  ['NAME, NOUNS said, VERB', 'Mr. Haldane, aides said, has grown tired of the race.', [
    row(['Mr. Haldane', 'has grown tired of the race'], 'aides', 'said', 'reported/content-speaker-cue'),
  ]],
  ['NOUNS, NAME noted, VERB', 'Farmers, Ms. Pellam noted, want more rain before the harvest.', [
    row(['Farmers', 'want more rain before the harvest'], 'Ms. Pellam', 'noted', 'reported/content-speaker-cue'),
  ]],
  // content before the cue
  ['a coordinated speaker after the comma', 'The bridge will close in June, current and former engineers said.', [
    row(['The bridge will close in June'], 'current and former engineers', 'said', 'reported/content-speaker-cue'),
  ]],
  ['a gerund subject with its own verb', 'Watching the mill close taught him to save, he said.', [
    row(['Watching the mill close taught him to save'], 'he', 'said', 'reported/content-speaker-cue'),
  ]],
  ['a verb in -s tagged as a noun before a possessive', 'The new job marks her return to the harbor board, one old friend said.', [
    row(['The new job marks her return to the harbor board'], 'one old friend', 'said', 'reported/content-speaker-cue'),
  ]],
  // a "that" after a long listener or adjunct
  ['told a listener and adjuncts with commas that', 'Ms. Okafor has told her neighbors since March, at dinners and at the market, that she is worried about the race.', [
    row(['she is worried about the race'], 'Ms. Okafor', 'has told', 'reported/cue-far-that'),
  ]],
  // an aside between dashes right after the cue is skipped by the cue-first rule
  ['argued between dashes with a participle that', 'Mr. Dunn argued emphatically - naming the mayor four times - that the plan had failed.', [
    row(['the plan had failed'], 'Mr. Dunn', 'argued emphatically', 'reported/cue-that'),
  ]],
  ['said during a call with a news agency on Friday that', 'Judge Marlow said during a call with The Associated Press on Friday that she would retire in May.', [
    row(['she would retire in May'], 'Judge Marlow', 'said', 'reported/cue-far-that'),
  ]],
  ['said between dashes that', 'The treasurer said — on the radio, no less — that the levy was dead.', [
    row(['the levy was dead'], 'The treasurer', 'said', 'reported/cue-that'),
  ]],
  // an inverted name after the comma is the speaker, not content
  ['CLAUSE, said NAME, an appositive with a relative clause', "In the tightly run world of city politics, a slip like this is rare, said Nadia Brook, a former aide who worked in the mayor's office.", [
    row(['In the tightly run world of city politics, a slip like this is rare'], "Nadia Brook, a former aide who worked in the mayor's office", 'said', 'reported/content-cue-speaker'),
  ]],
  ['CLAUSE, NAME said during an event to VERB', 'The levy has shifted from the port to the schools, Mr. Fenn said during his speech to win a seat.', [
    row(['The levy has shifted from the port to the schools'], 'Mr. Fenn', 'said', 'reported/content-speaker-cue'),
  ]],
  ['a share before the cue, a clause with a noun subject', 'On the harbor, 61% say the city should buy the ferry.', [
    row(['the city should buy the ferry'], '61%', 'say', 'reported/cue-clause'),
  ]],
  ['while another says', 'One count puts the crowd at 900, while another says the hall was half empty.', [
    row(['the hall was half empty'], 'another', 'says', 'reported/cue-clause'),
  ]],
  ['a copula split by the attribution', 'The answer is, Ms. Lee said, a new levy on boats.', [
    row(['The answer is', 'a new levy on boats'], 'Ms. Lee', 'said', 'reported/content-speaker-cue'),
  ]],
  // a relative clause inside the reported clause's subject
  ['a subject with a relative clause that has its own subject', 'Ms. Reyes says the levy that the council passed also hurts renters.', [
    row(['the levy that the council passed also hurts renters'], 'Ms. Reyes', 'says', 'reported/cue-clause'),
  ]],
  ['a subject with a relative clause without a subject', 'The clerk said the files that were lost held the deeds.', [
    row(['the files that were lost held the deeds'], 'The clerk', 'said', 'reported/cue-clause'),
  ]],
  ['a time word before "that" still ends the adjunct', 'Ms. Reyes said during her speech Tuesday that the port will reopen.', [
    row(['the port will reopen'], 'Ms. Reyes', 'said', 'reported/cue-that'),
  ]],
  // a clause before ", as X noted."
  ['CLAUSE, as X noted in a column', 'The plan was doomed from the start, as Ms. Ray noted in a column.', [
    row(['The plan was doomed from the start'], 'Ms. Ray', 'noted', 'reported/content-as-speaker-cue'),
  ]],
  ['CLAUSE, as X has acknowledged', 'The figures changed over the winter, as the mayor has sometimes acknowledged.', [
    row(['The figures changed over the winter'], 'the mayor', 'has sometimes acknowledged', 'reported/content-as-speaker-cue'),
  ]],
  // a cue form describing a noun inside a quoted object does not stop it
  ['calling a possessive and a participle adjective "..."', 'Mr. Dunn then interjected, calling Ms. Ray\'s proposed levy "a tax grab."', [
    row(['Ms. Ray\'s proposed levy "a tax grab."'], 'Mr. Dunn', 'calling', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['a verb in -s read as a noun inside the reported clause', 'Ms. Hale said each year of training yields a small raise.', [
    row(['each year of training yields a small raise'], 'Ms. Hale', 'said', 'reported/cue-clause'),
  ]],
];

const nothing: [string, string][] = [
  ['"as" of time before a verb outside the list', 'The crowd went quiet, as Ms. Ray demanded.'],
  ['a noun with a relative clause and no main verb is no clause', 'The clerk said the files that were lost.'],
  ['a result clause after so', 'The rallies became so routine that aides planned for them.'],
  ['an introductory participle with a relative clause is no content', 'Driving through towns where few people voted, Ms. Ruiz said.'],
  ['an appositive before the cue, a participle after its comma', 'Mr. Haldane, the mayor, said, smiling, nothing at all.'],
  ['a cue with its own preposition before a noun the pronoun clause describes', 'It lets them insist on a judge they can tolerate.'],
];

describe('reported speech missed although the cue was found', () => {
  test.each(shapes)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
  test.each(nothing)('%s', (_name, input) => {
    expect(extract(input).quotes).toEqual([]);
  });
});
