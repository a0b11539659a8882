/**
 * Which cue a quote gets (issues 10 and 11): when two reports share a
 * sentence, each keeps its own cue, speaker and content. Invented sentences
 * only; exact content, cue and speaker name, and rows that must not change.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/index.js';

const extractor = createExtractor();

/** Quotes reduced to the fields compared exactly. */
function shape(text: string): { parts: string[]; cue: string | null; name: string | null; rule: string }[] {
  return extractor.extract(text).quotes.map((q) => ({
    parts: q.parts.map((p) => p.text),
    cue: q.cue?.span.text ?? null,
    name: q.speaker?.name ?? null,
    rule: q.rule,
  }));
}

describe('a second report joined by "as", "even as", "just as" or "while" ends the first one', () => {
  const rows: [string, { parts: string[]; cue: string | null; name: string | null; rule: string }[]][] = [
    [
      "The mayor's office said little about the budget in recent weeks, even as council members argued that the shortfall would grow.",
      [
        { parts: ['little about the budget in recent weeks'], cue: 'said', name: "The mayor's office", rule: 'reported/cue-clause' },
        { parts: ['the shortfall would grow'], cue: 'argued', name: 'council members', rule: 'reported/cue-that' },
      ],
    ],
    [
      'Dana Whitfield mentioned the harbor project in every speech as she praised the new ferry schedule.',
      [
        { parts: ['the harbor project in every speech'], cue: 'mentioned', name: 'Dana Whitfield', rule: 'reported/cue-clause' },
        { parts: ['the new ferry schedule'], cue: 'praised', name: 'Dana Whitfield', rule: 'reported/cue-object' },
      ],
    ],
    [
      'Paul Greer said the new stadium was a waste just as the owners insisted that it would pay for itself.',
      [
        { parts: ['the new stadium was a waste'], cue: 'said', name: 'Paul Greer', rule: 'reported/cue-clause' },
        { parts: ['it would pay for itself'], cue: 'insisted', name: 'the owners', rule: 'reported/cue-that' },
      ],
    ],
    [
      // "as" right after a stranded preposition is no joiner
      'Lena Fisk said the fee is what critics point to as council members warned that the plan would fail.',
      [
        { parts: ['the fee is what critics point to as council members warned that the plan would fail'], cue: 'said', name: 'Lena Fisk', rule: 'reported/cue-clause' },
      ],
    ],
  ];
  for (const [text, expected] of rows) {
    it(text, () => {
      expect(shape(text)).toEqual(expected);
    });
  }
});

describe('a cue inside a fronted subordinate clause gives way to the main clause\'s cue', () => {
  const rows: [string, { parts: string[]; cue: string | null; name: string | null; rule: string }[]][] = [
    [
      'If you listen to what the mayor said last week, she argued that the levy would pass.',
      [{ parts: ['the levy would pass'], cue: 'argued', name: 'she', rule: 'reported/cue-that' }],
    ],
    [
      'When the talks collapsed on Friday, the union said the strike would go on.',
      [{ parts: ['the strike would go on'], cue: 'said', name: 'the union', rule: 'reported/cue-clause' }],
    ],
    // "As X said, ..." reports the main clause
    [
      'As Ruth Lane said last year, the council will not back down.',
      [{ parts: ['the council will not back down'], cue: 'said', name: 'Ruth Lane', rule: 'reported/cue-clause' }],
    ],
    // the fronted clause's own report, when the main clause has no cue
    [
      'When Omar Vance said the ferry was late, he was wrong.',
      [{ parts: ['the ferry was late'], cue: 'said', name: 'Omar Vance', rule: 'reported/cue-clause' }],
    ],
  ];
  for (const [text, expected] of rows) {
    it(text, () => {
      expect(shape(text)).toEqual(expected);
    });
  }
});

describe('a quote in a later sentence joins reported speech only when it opens that sentence', () => {
  it('a quote after a lead-in of its own stays apart', () => {
    expect(shape('At every stop, Mayor Ruth Kane vows to cut the harbor fee. Then comes the applause line: "I will not let them win."')).toEqual([
      { parts: ['to cut the harbor fee'], cue: 'vows', name: 'Ruth Kane', rule: 'reported/cue-infinitive' },
      { parts: ['I will not let them win.'], cue: null, name: null, rule: 'direct/unattributed' },
    ]);
  });
  it('must not change: a quote that opens the next sentence goes on with the report', () => {
    expect(shape('Mayor Ruth Kane said the harbor fee would fall. "We will not let them win."')).toEqual([
      { parts: ['the harbor fee would fall', 'We will not let them win.'], cue: 'said', name: 'Ruth Kane', rule: 'reported/cue-clause' },
    ]);
  });
});

describe('must not change: one report whose content holds another word group', () => {
  const rows: [string, { parts: string[]; cue: string | null; name: string | null; rule: string }[]][] = [
    // a participle after "as" is no clause of its own
    [
      'Ann Cole said it was the same thing as Tom Bell referring to himself as a genius.',
      [{ parts: ['it was the same thing as Tom Bell referring to himself as a genius'], cue: 'said', name: 'Ann Cole', rule: 'reported/cue-clause' }],
    ],
    // "as ... as" compares
    [
      'Nora Bell said the bridge was just as strong as the builders promised it would be.',
      [{ parts: ['the bridge was just as strong as the builders promised it would be'], cue: 'said', name: 'Nora Bell', rule: 'reported/cue-clause' }],
    ],
    // "after" and "when" are not joiners: the time belongs to what was said
    [
      'Officials said the turmoil after the flood shows a need for new levees.',
      [{ parts: ['the turmoil after the flood shows a need for new levees'], cue: 'said', name: 'Officials', rule: 'reported/cue-clause' }],
    ],
    [
      'The coach said the team needs rest when the trainer warned that injuries were piling up.',
      [{ parts: ['the team needs rest when the trainer warned that injuries were piling up'], cue: 'said', name: 'The coach', rule: 'reported/cue-clause' }],
    ],
    // a report the first content frames stays inside it
    [
      'Lena Park said her brother told her the ferry was late.',
      [{ parts: ['her brother told her the ferry was late'], cue: 'said', name: 'Lena Park', rule: 'reported/cue-clause' }],
    ],
  ];
  for (const [text, expected] of rows) {
    it(text, () => {
      expect(shape(text)).toEqual(expected);
    });
  }
});

describe('a trailing attribution does not cross a line break after a quote that ends its sentence', () => {
  const rows: [string, { parts: string[]; cue: string | null; name: string | null; rule: string }[]][] = [
    [
      '"We will rebuild the pier."\nAnn Reyes repeated the promise in a speech that night.',
      [
        { parts: ['We will rebuild the pier.'], cue: null, name: null, rule: 'direct/unattributed' },
        { parts: ['the promise in a speech'], cue: 'repeated', name: 'Ann Reyes', rule: 'reported/cue-object' },
      ],
    ],
    [
      '"We will rebuild the pier!"\nAnn Reyes insisted that the money was there.',
      [
        { parts: ['We will rebuild the pier!'], cue: null, name: null, rule: 'direct/unattributed' },
        { parts: ['the money was there'], cue: 'insisted', name: 'Ann Reyes', rule: 'reported/cue-that' },
      ],
    ],
    // must not change: the attribution is all the line holds, a question's adjunct, an inverted attribution, a comma
    ['"We will rebuild the pier."\nAnn Reyes said.', [{ parts: ['We will rebuild the pier.'], cue: 'said', name: 'Ann Reyes', rule: 'direct/trailing-speaker-cue' }]],
    ['"We will rebuild the pier."\nAnn Reyes said on Monday.', [{ parts: ['We will rebuild the pier.'], cue: 'said', name: 'Ann Reyes', rule: 'direct/trailing-speaker-cue' }]],
    ['"We will rebuild the pier."\r\nAnn Reyes said in a statement.', [{ parts: ['We will rebuild the pier.'], cue: 'said', name: 'Ann Reyes', rule: 'direct/trailing-speaker-cue' }]],
    ['"Will we rebuild the pier?"\nAnn Reyes asked, smiling at the crowd that had gathered.', [{ parts: ['Will we rebuild the pier?'], cue: 'asked', name: 'Ann Reyes', rule: 'direct/trailing-speaker-cue' }]],
    ['"Will we rebuild the pier?"\nAnn Reyes asked on Monday.', [{ parts: ['Will we rebuild the pier?'], cue: 'asked', name: 'Ann Reyes', rule: 'direct/trailing-speaker-cue' }]],
    ['"Will we rebuild the pier?"\nasked Ann Reyes, the mayor.', [{ parts: ['Will we rebuild the pier?'], cue: 'asked', name: 'Ann Reyes', rule: 'direct/trailing-cue-speaker' }]],
    ['"We will rebuild the pier,"\nMayor Ann Reyes said on Monday.', [{ parts: ['We will rebuild the pier,'], cue: 'said', name: 'Ann Reyes', rule: 'direct/trailing-speaker-cue' }]],
  ];
  for (const [text, expected] of rows) {
    it(JSON.stringify(text), () => {
      expect(shape(text)).toEqual(expected);
    });
  }
});
