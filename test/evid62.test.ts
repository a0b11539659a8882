/**
 * Attribution beyond speech (issue 15), helper evid62: the object of a verb
 * of posting online (tweet, retweet, post) is the thing posted, reported
 * under evidence when evidence is on (`reported/speech-object`): `Ada Moss
 * tweeted a photo of the flooded pier`. Where it went up and a time after it
 * stay out; a score ("posted a big win"), bail, and an object before a colon
 * ("tweeted the following:") give nothing. "citing" after a preposition
 * ("won donors by citing his record") takes what is cited as its object, as
 * after a comma. Papers, articles, searches, charts, recordings and a single
 * record, document or email count as records that find or show. Default
 * output never changes.
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { ALL } from './support/category-rows.js';

/** Each quote as [content, speaker name, cue, category, rule]. */
function rows(text: string, options: object = ALL): [string, string | null, string, string, string][] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? '', q.cue?.category ?? '', q.rule]);
}

describe('the thing posted online (evid62)', () => {
  test.each([
    ['a place and a day after it', 'Ada Moss tweeted a photo of the flooded pier to her Facebook page on Friday.', 'a photo of the flooded pier', 'Ada Moss', 'tweeted'],
    ['a place after it', 'The harbor guild posted a long statement about the ferry toll on its website.', 'a long statement about the ferry toll', 'The harbor guild', 'posted'],
    ['a bare time after it', 'Edda Sorn was tweeting her thanks to the rescue divers Sunday morning.', 'her thanks to the rescue divers', 'Edda Sorn', 'was tweeting'],
    ['online', 'The mayor posted the full text of the harbor audit online.', 'the full text of the harbor audit', 'The mayor', 'posted'],
    ['a short object', 'Tam Ruell tweeted a photo.', 'a photo', 'Tam Ruell', 'tweeted'],
    [
      'a place followed by more than a time stays',
      'Tam Ruell posted a comment on Twitter that mocked the ferry board.',
      'a comment on Twitter that mocked the ferry board',
      'Tam Ruell',
      'posted',
    ],
  ])('%s', (_label, text, content, speaker, cue) => {
    expect(rows(text)).toEqual([[content, speaker, cue, 'evidence', 'reported/speech-object']]);
  });
});

describe('no post', () => {
  test.each([
    ['a score', 'The Dorset Rowing Club posted a big win over Kelton on Saturday.'],
    ['profits', 'The harbor office posted record profits last year.'],
    ['bail', 'Ada Moss posted bail on Monday.'],
    ['a place alone is left', 'Tam Ruell posted messages on Facebook.'],
    ['a show', 'The harbor show was cancelled.'],
    ['released', 'Ada Moss was released from prison in May.'],
    ['a guard posted', 'A guard was posted at the gate of the harbor office.'],
  ])('%s', (_label, text) => {
    expect(rows(text)).toEqual([]);
  });

  test('an object before a colon points at the post quoted next', () => {
    expect(rows('Ada Moss tweeted the following: "The pier is open."')).toEqual([['The pier is open.', 'Ada Moss', 'tweeted', 'writing', 'direct/leading-speaker-cue']]);
  });
});

describe('"citing" after a preposition names what is cited (evid62)', () => {
  test.each([
    ['by citing', 'Tam Ruell won over the harbor donors by citing his Dorset results.', 'his Dorset results', 'Tam Ruell'],
    ['after citing', 'Ada Moss closed the pier after citing the storm damage report.', 'the storm damage report', 'Ada Moss'],
  ])('%s', (_label, text, content, speaker) => {
    expect(rows(text)).toEqual([[content, speaker, 'citing', 'evidence', 'reported/speech-object']]);
  });

  test('a fronted "Citing X," keeps its reading as a source', () => {
    expect(rows('Citing the storm, the harbor office closed the pier.')).toEqual([
      ['the harbor office closed the pier', 'the harbor office', 'Citing', 'source', 'reported/according-to-lead'],
    ]);
  });
});

describe('more records that find or show (evid62)', () => {
  test.each([
    ['a paper', 'One influential 2011 paper found improvements in reading scores, but no gain in math.', 'improvements in reading scores, but no gain in math', 'One influential 2011 paper', 'found'],
    ['a search', 'A quick web search shows no reports of the harbor fire.', 'no reports of the harbor fire', 'A quick web search', 'shows'],
    ['an article', 'An article in the Dorset Gazette found no record of the ferry contract.', 'no record of the ferry contract', 'An article in the Dorset Gazette', 'found'],
  ])('%s', (_label, text, content, speaker, cue) => {
    expect(rows(text)).toEqual([[content, speaker, cue, 'evidence', 'reported/evidence-object']]);
  });

  test('a person still finds no evidence', () => {
    expect(rows('The harbor master found a wallet on the pier.')).toEqual([]);
  });
});

describe('default output unchanged', () => {
  test.each([
    'Ada Moss tweeted a photo of the flooded pier to her Facebook page on Friday.',
    'The harbor guild posted a long statement about the ferry toll on its website.',
    'Edda Sorn was tweeting her thanks to the rescue divers Sunday morning.',
    'Tam Ruell posted a comment on Twitter that mocked the ferry board.',
    'A quick web search shows no reports of the harbor fire.',
  ])('%s', (text) => {
    expect(rows(text, {})).toEqual([]);
  });

  // (lead64: the clause before "by" is no report by default either; what is cited is the content, as a source report)
  test('"by citing" reports what is cited as a source', () => {
    expect(rows('Tam Ruell won over the harbor donors by citing his Dorset results.', {})).toEqual([['his Dorset results', 'Tam Ruell', 'citing', 'source', 'reported/speech-object']]);
  });
});
