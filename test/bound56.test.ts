/**
 * bound56: a time or an occasion between a cue of an infinitive and its "to"
 * belongs to the cue, not to what was said: "pledged Saturday to rid the
 * harbor of "those wrecks"", "promised Sunday at a Dover rally to end ...".
 * The quoted-object rule now starts such content at "to" (and leaves "on" out
 * of the cue), and the clause rule leaves a time or an occasion before "to" to
 * the infinitive rule instead of reading the phrase's noun as a subject
 * ("rally to end ..."). A verbless "while" phrase after an object or a topic,
 * with no comma before it, stays in it ("criticized the fare rise while
 * mayor"). A lone spaced dash ends the clause of a noun of saying ("the claim
 * that she is unfit - and one that ..."); a pair of dashes is an aside inside
 * it. Exact parts, speaker, cue, rule and kind; invented sentences only.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const cases: [string, string, Row[]][] = [
  ['a weekday before "to" and quoted words', 'Mayor Ada Brill pledged Saturday to rid the harbor of "those rusting wrecks".', [
    row(['to rid the harbor of "those rusting wrecks"'], 'Mayor Ada Brill', 'pledged', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['"on" and a weekday before "to" and quoted words', 'Ada Brill promised on Tuesday to stop using the phrase "harbor tax" in her speeches.', [
    row(['to stop using the phrase "harbor tax"'], 'Ada Brill', 'promised', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['a listener\'s request after a weekday', 'The council urged Tuesday to keep "every lane" of the bridge open.', [
    row(['to keep "every lane" of the bridge open'], 'The council', 'urged', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['a weekday and a rally before "to"', 'Senator Tom Vale promised Sunday at a Dover rally to end the toll on the old bridge.', [
    row(['to end the toll on the old bridge'], 'Senator Tom Vale', 'promised', 'reported/cue-infinitive'),
  ]],
  ['a rally before "to"', 'Tom Vale vowed at a Dover rally to end the toll on the old bridge.', [
    row(['to end the toll on the old bridge'], 'Tom Vale', 'vowed', 'reported/cue-infinitive'),
  ]],
  ['a weekday, a rally and quoted words', 'Tom Vale promised Sunday at a Kelton rally to end "the wasteful ferry contract".', [
    row(['to end "the wasteful ferry contract"'], 'Tom Vale', 'promised', 'reported/cue-quoted-object', 'mixed'),
  ]],
  // a verbless "while" phrase stays in an object
  ['"while" and a role after an object', 'Ada Brill criticized Tom Vale for raising the ferry fares while mayor.', [
    row(['Tom Vale for raising the ferry fares while mayor'], 'Ada Brill', 'criticized', 'reported/cue-object'),
  ]],
  ['"while" and a role with its phrase after a topic', 'Ada Brill called for an inquiry into the harbor contracts Tom Vale signed while governor of Kelton.', [
    row(['an inquiry into the harbor contracts Tom Vale signed while governor of Kelton'], 'Ada Brill', 'called for', 'reported/cue-topic'),
  ]],
  ['"while" and a state before a comma', 'Ada Brill praised the old harbor board while in office, and the crowd cheered.', [
    row(['the old harbor board while in office'], 'Ada Brill', 'praised', 'reported/cue-object'),
  ]],
  ['a clause after "while" still ends the object', 'Ada Brill called for an inquiry into the harbor contracts while Tom Vale was governor.', [
    row(['an inquiry into the harbor contracts'], 'Ada Brill', 'called for', 'reported/cue-topic'),
  ]],
  ['a comma before "while" still ends the object', 'Ada Brill praised the old harbor board, while mayor of Kelton.', [
    row(['the old harbor board'], 'Ada Brill', 'praised', 'reported/cue-object'),
  ]],
  ['a gerund after "while" still ends the object', 'Ada Brill praised the old harbor board while visiting Kelton.', [
    row(['the old harbor board'], 'Ada Brill', 'praised', 'reported/cue-object'),
  ]],
  // a lone spaced dash ends the clause of a noun of saying
  ['a dash and "and one" after a noun\'s clause', 'Tom Vale made the claim that Ada Brill is unfit for office - and one that angered her aides.', [
    row(['Ada Brill is unfit for office'], 'Tom Vale', 'claim', 'reported/noun-cue'),
  ]],
  ['a dash and the narrator\'s next clause', "Voters shrugged at Tom Vale's suggestion that her rivals could revolt against the council - the mayor laughed it off.", [
    row(['her rivals could revolt against the council'], "Tom Vale's", 'suggestion', 'reported/noun-cue'),
  ]],
  ['a pair of dashes sets off an aside and the clause goes on', "Voters shrugged at Tom Vale's suggestion that the ferry - a relic of the old port - would be sold.", [
    row(['the ferry - a relic of the old port - would be sold'], "Tom Vale's", 'suggestion', 'reported/noun-cue'),
  ]],
  // unchanged shapes
  ['no time: the infinitive as before', 'Ada Brill vowed to rid the harbor of "those rusting wrecks".', [
    row(['to rid the harbor of "those rusting wrecks"'], 'Ada Brill', 'vowed', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['a clause after "said on Monday" is unchanged', 'Ada Brill said on Monday the ferry would run again.', [
    row(['the ferry would run again'], 'Ada Brill', 'said', 'reported/cue-clause'),
  ]],
  ['a preposition of the cue before quoted words stays in the cue', 'Tom Vale called for "more ferries at night" in Kelton.', [
    row(['"more ferries at night" in Kelton'], 'Tom Vale', 'called for', 'reported/cue-quoted-object', 'mixed'),
  ]],
];

describe('a time or an occasion before the "to" of an infinitive cue', () => {
  test.each(cases)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });

  test.each([
    ['a time before "to" with no cue', 'The ferry left Saturday to reach Dover by noon.'],
    ['a rally before "to" with no cue', 'The crowd gathered Sunday at a Dover rally to hear the band.'],
  ])('%s: nothing', (_name, input) => {
    expect(extract(input).quotes).toEqual([]);
  });
});
