/**
 * Speed round 12 (issue 12): the scans that read every token of a document
 * now look a word up only when its tag or its length can match (the nouns of
 * saying, capitalised words, double quotation marks), and cue detection makes
 * one look-up per token for the lower-case words of its lexicon, kept per
 * lexicon. What each scan finds must come out as before; two extractors with
 * different lexicons must each keep their own words. Invented sentences and
 * names.
 */
import { describe, expect, test } from 'vitest';
import { createExtractor, type Extraction } from '../src/index.js';
import { extract } from './support/invariants.js';

/** Each quote as `text <- speaker name | cue`. */
function quotes(r: Extraction): string[] {
  return r.quotes.map((q) => `${q.text} <- ${q.speaker?.name ?? '-'} | ${q.cue?.span.text ?? '-'}`);
}

describe('per-token scans find what they found before', () => {
  test.each([
    // noun with an infinitive (the noun scans test the tag before their word lists)
    ['Mayor Ines Marr renewed her pledge to cut bus fares by June.', ['to cut bus fares by June <- Ines Marr | pledge']],
    // made no mention of
    ['Tovan Brell made no mention of the strike at the depot.', ['the strike at the depot <- Tovan Brell | made no mention of']],
    // a noun of saying with its maker after "by"
    ['The claims by rival lawmakers that the levy was illegal were rejected by the court.', ['the levy was illegal <- rival lawmakers | claims']],
    // a note sounded about a topic
    ['Ines Marr sounded a cautious note about the budget.', ['the budget <- Ines Marr | sounded a cautious note about']],
    // a verb form the tagger may read as an adjective (MISTAGGED_FORMS, behind the one look-up per token)
    ['Tovan Brell alleged that the count was rigged.', ['the count was rigged <- Tovan Brell | alleged']],
    // a phrase cue (its first word is among the lexicon's listed words)
    ['According to Ines Marr, the pier will reopen in May.', ['the pier will reopen in May <- Ines Marr | According to']],
    // a dash set off by spaces is no name; the name after it speaks (isCapitalised on a dash)
    ['DOVER \u2015 Ines Marr said the pier would reopen.', ['the pier would reopen <- Ines Marr | said']],
    // double quotation marks (isDoubleMark) around a direct quote
    ['"We will rebuild the pier," Ines Marr said at the fair.', ['We will rebuild the pier, <- Ines Marr | said']],
  ])('%s', (text, expected) => {
    expect(quotes(extract(text))).toEqual(expected);
  });

  test('a sentence without a cue yields nothing', () => {
    expect(extract('The pledge drive at the depot raised money for new benches.').quotes).toEqual([]);
  });
});

describe('the lexicon words of cue detection are kept per lexicon', () => {
  const text = 'Lopez went public with the claim that the plan would fail.';
  test('an added phrase counts in its own extractor only, in any order of use', () => {
    const added = createExtractor({ addCues: ['went public with the claim'] });
    const plain = createExtractor();
    for (let round = 0; round < 2; round++) {
      expect(quotes(added.extract(text))).toEqual(['the plan would fail <- Lopez | went public with the claim']);
      expect(quotes(plain.extract(text))).toEqual(['the plan would fail <- Lopez | claim']);
    }
  });

  test('an added verb in a form the tagger does not know counts in its own extractor only', () => {
    const added = createExtractor({ addCues: [{ lemma: 'blog', category: 'writing' }] });
    const plain = createExtractor();
    const blogged = 'Lopez blogged that the plan would fail.';
    expect(quotes(plain.extract(blogged))).toEqual([]);
    expect(quotes(added.extract(blogged))).toEqual(['the plan would fail <- Lopez | blogged']);
    expect(quotes(plain.extract(blogged))).toEqual([]);
  });
});
