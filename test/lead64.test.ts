/**
 * Defects noticed in invented news (lead64), each pinned with the exact
 * quotes it gives now, and negatives that must yield nothing more:
 * - "citing" after a preposition ("won donors by citing her record") reports
 *   what is cited, with the clause's subject as speaker, by default too (the
 *   content was the clause before it, "won donors by"); "was fined for
 *   citing ..." reports nothing (content was "The paper was fined for").
 * - a source phrase before a quotation that has its own attribution after it
 *   ('According to the report, "the pier was sold," Lee said.') gives the
 *   quotation to that speaker (it was credited to "the report").
 * - "everyone asked about X said ..." is one subject, as "those asked about"
 *   is (gave a spurious "asked about" report), and "All those asked about
 *   ..." keeps "All" in its speaker.
 * - a live blog's time stamp with a time zone ("16:30 GMT A shelter has
 *   opened, the council says.") leaves the zone out of the content, as it
 *   leaves the clock time (content kept "GMT").
 * - a time phrase between a cue and "as" before quoted words ("described at
 *   the time as \"...\"") is no particle of the cue (cue was "described at",
 *   content "the time as ...").
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { describeNamedTables, named, namedRows } from './support/name-rows.js';
import { extract } from './support/invariants.js';

const EVERY = { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] as const };

describeNamedTables('lead64: "citing" after a preposition', {
  fixes: [
    ['"by citing"', 'Ada Moss won donors by citing her record.', [
      named(['her record'], 'Ada Moss', 'Ada Moss', 'citing', 'reported/speech-object'),
    ]],
    ['"after citing"', 'The council kept the pier closed after citing a safety report.', [
      named(['a safety report'], 'The council', 'The council', 'citing', 'reported/speech-object'),
    ]],
  ],
  nothing: [
    ['"for citing": no clause is reported', 'The paper was fined for citing a fake source.'],
    ['"for citing" after an object', 'The regulator fined the Gazette for citing a fake source.'],
  ],
  negatives: [
    ['after a comma, what is cited as well', 'The council kept the pier closed, citing a safety report.', [
      named(['a safety report'], 'The council', 'The council', 'citing', 'reported/speech-object'),
    ]],
  ],
});

describeNamedTables('lead64: a source phrase before a quotation with its own attribution', {
  fixes: [
    ['"according to", then "Lee said"', 'According to the report, "the pier was sold," Lee said.', [
      named(['the pier was sold,'], 'Lee', 'Lee', 'said', 'direct/trailing-speaker-cue', 'direct'),
    ]],
    ['"as reported by", then "told"', 'As reported by the Gazette, "the pier was sold," the mayor told reporters.', [
      named(['the pier was sold,'], 'the mayor', 'the mayor', 'told', 'direct/trailing-speaker-cue', 'direct'),
    ]],
  ],
  negatives: [
    ['no attribution after the quotation', 'According to the Gazette, "the pier was sold."', [
      named(['the pier was sold.'], 'the Gazette', 'Gazette', 'According to', 'direct/leading-speaker-cue', 'direct'),
    ]],
    ['a noun phrase with a cue of its own after it', 'According to Lee, "the pier was sold," a claim the mayor denied.', [
      named(['the pier was sold,'], 'Lee', 'Lee', 'According to', 'direct/leading-speaker-cue', 'direct'),
      named(['a claim'], 'the mayor', 'the mayor', 'denied', 'reported/relative-object'),
    ]],
  ],
});

describeNamedTables('lead64: people asked about a topic, then "said"', {
  fixes: [
    ['"All those asked about"', 'All those asked about the vote said the count was fair.', [
      named(['the count was fair'], 'All those asked about the vote', 'All those asked about the vote', 'said', 'reported/cue-clause'),
    ]],
    ['"Everyone asked about"', 'Everyone asked about the vote said the count was fair.', [
      named(['the count was fair'], 'Everyone asked about the vote', 'Everyone asked about the vote', 'said', 'reported/cue-clause'),
    ]],
    ['"Nobody asked about" (was a spurious "asked about" report)', 'Nobody asked about the vote said the count was fair.', [
      named(['the count was fair'], 'Nobody asked about the vote', 'Nobody asked about the vote', 'said', 'reported/cue-clause'),
    ]],
    ['"Someone asked about"', 'Someone asked about the vote said the count was fair.', [
      named(['the count was fair'], 'Someone asked about the vote', 'Someone asked about the vote', 'said', 'reported/cue-clause'),
    ]],
  ],
  negatives: [
    ['"Everyone asked about" with no verb of speech after it', 'Everyone asked about the vote.', [
      named(['the vote'], 'Everyone', 'Everyone', 'asked about', 'reported/cue-topic'),
    ]],
    ['"Nobody asked about", then a clause of its own', 'Nobody asked about the vote, so Lee said nothing.', [
      named(['the vote'], 'Nobody', 'Nobody', 'asked about', 'reported/cue-topic'),
    ]],
  ],
});

describeNamedTables('lead64: a time zone after a live blog\'s time stamp', {
  fixes: [
    ['before narration', '16:30 GMT A shelter has opened, the council says.', [
      named(['A shelter has opened'], 'the council', 'the council', 'says', 'reported/content-speaker-cue'),
    ]],
    ['before a quotation', '16:30 GMT "We are closed," the council said.', [
      named(['We are closed,'], 'the council', 'the council', 'said', 'direct/trailing-speaker-cue', 'direct'),
    ]],
  ],
  negatives: [
    ['a stamp with no zone', '16:30 A shelter has opened, the council says.', [
      named(['A shelter has opened'], 'the council', 'the council', 'says', 'reported/content-speaker-cue'),
    ]],
    ['a zone word not after a stamp stays', 'Harbour Time GMT A shelter has opened, the council says.', [
      named(['Harbour Time GMT A shelter has opened'], 'the council', 'the council', 'says', 'reported/content-speaker-cue'),
    ]],
  ],
});

describeNamedTables('lead64: a time phrase before "as" and quoted words', {
  fixes: [
    ['"at the time as"', 'It was an honour she described at the time as "very nice, but the ewes will not care."', [
      named(['as "very nice, but the ewes will not care."'], 'she', 'she', 'described', 'reported/cue-quoted-object', 'mixed'),
    ]],
    ['"in 2009 as"', 'Ada Moss described in 2009 as "a folly" the plan to sell the pier.', [
      named(['as "a folly" the plan to sell the pier'], 'Ada Moss', 'Ada Moss', 'described', 'reported/cue-quoted-object', 'mixed'),
    ]],
  ],
  negatives: [
    ['an object before the time phrase stays', 'She described the plan at the time as "a mess."', [
      named(['the plan at the time as "a mess."'], 'She', 'She', 'described', 'reported/cue-quoted-object', 'mixed'),
    ]],
  ],
});

describe('lead64: "by citing" reads the same with evidence on', () => {
  test('a source report by default, evidence with every category', () => {
    const input = 'Ada Moss won donors by citing her record.';
    expect(extract(input).quotes.map((q) => [q.text, q.cue?.category])).toEqual([['her record', 'source']]);
    expect(extract(input, { categories: [...EVERY.categories] }).quotes.map((q) => [q.text, q.cue?.category])).toEqual([['her record', 'evidence']]);
    expect(namedRows(extract(input, { categories: [...EVERY.categories] })).map((r) => r.rule)).toEqual(['reported/speech-object']);
  });
});
