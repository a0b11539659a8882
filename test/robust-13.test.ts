/**
 * Quality-bar probe robust13: round one's rules of stop 45 (a quoted paragraph
 * joining the quote its attribution leads in, a clause-colon quote giving way
 * to the reported clause that holds it, the one who spends time doing
 * something as the gerund cue's speaker, a short adjunct after a subordinator,
 * a verb of appearance heading a speech verb, a source's relative clause, an
 * opening participle phrase, relative clauses of a subject before its verb of
 * saying, the "to" of an infinitive cue, and perf41's token loops read from
 * plain tokens or the long-text table) built from their own shapes with random
 * names, fillers, punctuation, quotation marks, odd spaces, long runs and
 * repetition: never a throw, every span the input's slice, no content over its
 * own speaker or cue, default output equal to that of the default categories
 * named, each rule's own promise kept on random fillings of its shape, the
 * same output read with plain tokens and with the table, one extractor reused
 * on many texts giving what a fresh one gives, and each shape repeated 8 and
 * 64 times (in one sentence, as sentences of one paragraph, as paragraphs)
 * costing about the same per repetition. Invented sentences and names only.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';

// the second read of readBothWays goes the long-text way, tokens in a TokenTable (test/support/compact-prepare.ts)
vi.mock('../src/prepare/document.js', async (importOriginal) => (await import('./support/compact-prepare.js')).compactPrepare(importOriginal));
import { readBothWays } from './support/compact-prepare.js';

import { createExtractor, type Extraction } from '../src/index.js';
import { extractChecked } from './support/invariants.js';
import { describeShapeProperties, roundExtractors, INVENTED_FULL_NAMES, DOUBLE_QUOTE_PAIRS, ROUND_NAMES, ROUND_FILLERS, ROUND_ODD, ROUND_JOINS } from './support/shape-properties.js';
import { growthRatio, type Extracts } from './support/timing.js';

const { extractors: EXTRACTORS, namedDefault: NAMED_DEFAULT } = roundExtractors();

/** Shapes of the round's rules, with slots `N` (a name) and `F` (a filler). */
const SHAPES = [
  'N said F, "We will fix the dam by June."\n\n"The pipes are ordered."\n\n"It will hold," N said.',
  'N told the council F: "We will fix the dam."\n\n"The pipes are ordered."',
  'Said N:\n\n"We will fix the dam."\n\n"The pipes are ordered."',
  '\u201CWe will fix the dam,\u201D N F said.\n\n\u201CThe pipes are ordered.\u201D\n\nN said, \u201CNo.\u201D\n\n\u201CNever.\u201D',
  'N said F that she mailed the council the same letter: "Please vote for the dam."',
  'N wrote that the dam was weak: "It will break."',
  'N spent much of her talk F praising the dam.',
  'On Friday, N again spent the rest of the hearing mocking the levy, saying it was unfair.',
  'N backed the dam, though in a TV interview F last week she used sharper words, saying the levy was unfair.',
  'N left when, at the rally, he turned to the crowd, shouting that the dam would hold.',
  'N seemed to mock the dam, saying it was weak.',
  'N appeared to F deride the plan.',
  'According to the surveyor, whose team F drew the map, the dam is weak.',
  'In a note posted on its blog, N said that the dam was weak.',
  'A surveyor who asked not to be named said that the dam was weak.',
  'A guard who asked that her name be withheld F said that the dam was weak.',
  'The clerk who vowed to quit said that N was wrong.',
  'It is understood that the dam is weak. N is understood to back it.',
  'The Met Office said F that rain would fall.',
  'The Oslo-based painter N said the dam was weak.',
  'N used the hearing to argue that the dam was weak.',
  'The vote led N to say that the dam was weak.',
];

describeShapeProperties({
  round: 'robust13',
  shapes: SHAPES,
  names: ROUND_NAMES,
  fillers: ROUND_FILLERS,
  odd: ROUND_ODD,
  joins: ROUND_JOINS,
  cased: true,
  extractors: EXTRACTORS,
  namedDefault: NAMED_DEFAULT,
  // (the round's rules share their rule names with default ones: categories are checked by the shared property)
  optInRules: new Set(),
  seeds: [13011, 13012],
});

/** Extracts `t` with extractor `k`, checked (support/invariants.ts `extractChecked`). */
const run = (t: string, k = 0): Extraction => extractChecked(EXTRACTORS[k]!, t);

// word lists the generated texts take their slots from (invented names only)
const FULL = INVENTED_FULL_NAMES;
const CLAUSES = fc.constantFrom('the dam was weak', 'the levy would pass', 'the bridge would reopen in May', 'rents will rise', 'nobody had been told');
const SPACE = fc.constantFrom(' ', ' ', ' ', '\u00A0', '\u2009');
const QUOTES = DOUBLE_QUOTE_PAIRS;
const SENTENCES = fc.constantFrom('We will fix the dam by June.', 'The pipes are ordered.', 'Nobody will be hurt.', 'It is a fair deal for the town.');

/** The last word of a name: what tells two named people apart. */
const lastWord = (name: string): string => name.split(/[\s.-]+/).filter(Boolean).pop()!.toLowerCase();

describe("each rule's promise on random fillings of its shape (robust13)", { timeout: 120_000 }, () => {
  it('the one quoted paragraph after a quote its attribution leads in joins it; the next one stays a quote of its own', () => {
    const lead = fc.constantFrom('said on Monday,', 'said,', 'told the council:', 'wrote:', 'said in a statement:');
    fc.assert(
      fc.property(FULL, lead, QUOTES, SENTENCES, SENTENCES, SPACE, fc.integer({ min: 0, max: 1 }), (who, l, [open, close], a, b, sp, k) => {
        const t = `${who} ${l}${sp}${open}${a}${close}\n\n${open}${b}${close}\n\n${open}Third words here.${close}`;
        const q = run(t, k).quotes;
        expect(q.map((x) => `${x.parts.length} ${x.speaker?.name}`), t).toEqual([`2 ${who}`, `1 ${who}`]);
        expect(q[0]!.parts.map((p) => p.text), t).toEqual([a, b]);
        // the quote must close its paragraph: words after it keep the next paragraph apart
        const u = `${who} ${l}${sp}${open}${a}${close} Then the meeting ended.\n\n${open}${b}${close}`;
        expect(run(u, k).quotes.filter((x) => x.parts.length > 1).map((x) => x.text), u).toEqual([]);
      }),
      { seed: 13013, numRuns: 40 },
    );
  });

  it('in a document of many paragraphs of quotes, no quote joins words credited to two different named people', () => {
    // a paragraph: a quote its attribution leads in, a quote with a trailing attribution, a bare quoted paragraph, or
    // a narrator's sentence whose subject is a name
    const para = fc.oneof(
      fc.tuple(FULL, fc.constantFrom('said,', 'told the council:', 'said on Monday,')).map(([who, v]) => ({ who, v, kind: 'lead' as const })),
      fc.tuple(FULL, fc.constantFrom('said', 'added')).map(([who, v]) => ({ who, v, kind: 'trail' as const })),
      fc.constant({ who: '', v: '', kind: 'bare' as const }),
      fc.tuple(FULL, fc.constantFrom('shook his head', 'nodded', 'looked at the dam')).map(([who, v]) => ({ who, v, kind: 'narrator' as const })),
    );
    fc.assert(
      fc.property(fc.array(para, { minLength: 2, maxLength: 12 }), fc.constantFrom('\n\n', '\n'), fc.integer({ min: 0, max: 1 }), (items, sep, k) => {
        const owner = new Map<string, string>();
        const t = items
          .map((x, i) => {
            const words = `Dam ${i} is safe`;
            if (x.kind === 'narrator') return `${x.who} ${x.v}.`;
            if (x.kind === 'bare') return `"${words}."`;
            owner.set(words, x.who);
            return x.kind === 'lead' ? `${x.who} ${x.v} "${words}."` : `"${words}," ${x.who} ${x.v}.`;
          })
          .join(sep);
        for (const q of run(t, k).quotes) {
          const named = new Set<string>();
          for (const p of q.parts) for (const m of p.text.matchAll(/Dam \d+ is safe/g)) if (owner.has(m[0])) named.add(lastWord(owner.get(m[0])!));
          expect(named.size <= 1, `${t}: ${JSON.stringify(q.text)} joins words of ${[...named].join(' and ')}`).toBe(true);
          if (named.size === 1 && q.speaker?.name) expect(lastWord(q.speaker.name), `${t}: ${JSON.stringify(q.text)} credited to ${q.speaker.name}`).toBe([...named][0]);
        }
      }),
      { seed: 13014, numRuns: 60 },
    );
  });

  it('a document of quotes reads the same with straight or curly marks and with CRLF line ends', () => {
    // a paragraph: a quote its attribution leads in, a quote with a trailing attribution, a bare quoted paragraph, a
    // colon lead-in in a paragraph of its own before its quote, or a narrator's sentence; each quote one or two sentences
    const para = fc.tuple(
      fc.constantFrom('lead', 'trail', 'bare', 'colon', 'narrator'),
      FULL,
      fc.constantFrom('said,', 'told the council:', 'wrote:'),
      fc.boolean(),
    );
    const build = (items: readonly [string, string, string, boolean][], sep: string, [o, c]: readonly string[]): string =>
      items
        .map(([kind, who, v, two], i) => {
          const words = two ? `Dam ${i} is safe. It will hold` : `Dam ${i} is safe`;
          if (kind === 'narrator') return `${who} nodded.`;
          if (kind === 'bare') return `${o}${words}.${c}`;
          if (kind === 'colon') return `${who} said:${sep}${o}${words}.${c}`;
          return kind === 'lead' ? `${who} ${v} ${o}${words}.${c}` : `${o}${words},${c} ${who} said.`;
        })
        .join(sep);
    const rows = (t: string, k: number): string[] => run(t, k).quotes.map((q) => `${q.kind} | ${q.text.replace(/[\u201C\u201D]/g, '"')} | ${q.speaker?.name ?? '-'} | ${q.cue?.span.text ?? '-'} | ${q.rule} | ${q.parts.length}`);
    fc.assert(
      fc.property(fc.array(para, { minLength: 2, maxLength: 8 }), fc.integer({ min: 0, max: 1 }), (items, k) => {
        const t = build(items, '\n\n', ['"', '"']);
        const expected = rows(t, k);
        expect(rows(build(items, '\n\n', ['\u201C', '\u201D']), k), t).toEqual(expected);
        expect(rows(build(items, '\r\n\r\n', ['"', '"']), k), t).toEqual(expected);
      }),
      { seed: 13025, numRuns: 40 },
    );
  });

  it('a quotation after a colon that closes a reported clause is the clause\u2019s, never a direct quote of its own', () => {
    const verb = fc.constantFrom('said', 'said on Monday', 'told reporters', 'wrote');
    const note = fc.constantFrom('Please vote for the dam.', 'We need the levy now.', 'Do not sell the ferry.');
    fc.assert(
      fc.property(FULL, verb, note, QUOTES, fc.integer({ min: 0, max: 2 }), (who, v, n, [open, close], k) => {
        const t = `${who} ${v} that she mailed the council the same letter: ${open}${n}${close}`;
        const q = run(t, k).quotes;
        expect(q.filter((x) => x.rule === 'direct/clause-colon').map((x) => x.text), t).toEqual([]);
        expect(q.filter((x) => x.text.includes(n)).map((x) => x.kind), t).toEqual(['mixed']);
      }),
      { seed: 13015, numRuns: 30 },
    );
  });

  it('the one who spends time or words doing something speaks the gerund cue', () => {
    const share = fc.constantFrom('', 'much of ', 'the rest of ', 'most of ');
    const obj = fc.constantFrom('her talk', 'the hearing', 'his speech', 'the evening');
    fc.assert(
      fc.property(FULL, share, obj, fc.constantFrom('praising', 'criticizing', 'mocking'), fc.constantFrom('', 'On Friday, ', 'Later, '), (who, s, o, g, lead) => {
        const t = `${lead}${who} spent ${s}${o} ${g} the dam plan.`;
        for (const x of run(t).quotes) expect(x.speaker?.name, t).toBe(who);
      }),
      { seed: 13016, numRuns: 30 },
    );
  });

  it('a short adjunct after a subordinator leaves the participle with the subordinate clause\u2019s subject', () => {
    const adjunct = fc.constantFrom('', 'in a TV interview last week ', 'at the rally on Monday ', 'during the hearing ', 'in 2009 ');
    fc.assert(
      fc.property(FULL, adjunct, fc.constantFrom('though', 'when', 'while'), fc.constantFrom('she', 'he'), CLAUSES, (who, a, sub, pro, c) => {
        const t = `${who} backed the dam, ${sub} ${a}${pro} used sharper words, saying ${c}.`;
        const q = run(t).quotes.filter((x) => x.text === c);
        expect(q.map((x) => x.speaker?.mention?.text), t).toEqual([pro]);
      }),
      { seed: 13017, numRuns: 30 },
    );
  });

  it('a verb of appearance heading a speech verb keeps the speech cue with every category', () => {
    fc.assert(
      fc.property(FULL, fc.constantFrom('seemed to', 'appeared to', 'seems to'), fc.constantFrom('mock', 'deride', 'criticize', 'praise'), fc.constantFrom('the dam', 'the plan', 'the levy'), (who, seem, v, o) => {
        const t = `${who} ${seem} ${v} ${o}.`;
        const rows = (k: number): string[] => run(t, k).quotes.filter((x) => x.cue?.category === 'speech').map((x) => `${x.text} | ${x.speaker?.name} | ${x.cue?.span.text}`);
        expect(rows(1), t).toEqual(rows(0));
      }),
      { seed: 13018, numRuns: 30 },
    );
  });

  it('a subject\u2019s relative clause before its verb of saying is no content of the said-clause, and the subject speaks', () => {
    const relative = fc.constantFrom('who asked not to be named', 'who asked to remain anonymous', 'who asked that her name be withheld', 'who vowed to quit');
    fc.assert(
      fc.property(fc.constantFrom('A surveyor', 'A guard', 'The clerk', 'One nurse'), relative, CLAUSES, fc.integer({ min: 0, max: 1 }), (subj, r, c, k) => {
        const t = `${subj} ${r} said that ${c}.`;
        const q = run(t, k).quotes.filter((x) => x.cue?.span.text === 'said');
        expect(q.map((x) => `${x.text} | ${x.speaker?.name}`), t).toEqual([`${c} | ${subj}`]);
      }),
      { seed: 13019, numRuns: 30 },
    );
  });

  it('a leading source\u2019s relative clause and an opening participle phrase are no content', () => {
    fc.assert(
      fc.property(fc.constantFrom('the surveyor', 'the engineer', 'Ms. Varga'), fc.constantFrom('whose team drew the map', 'who drew the map'), CLAUSES, fc.constantFrom('In a note posted on its blog', 'With a letter sent to members', 'In a statement issued on Friday'), (src, rel, c, opening) => {
        const t = `According to ${src}, ${rel}, ${c}.`;
        for (const x of run(t).quotes) expect(x.text.includes('drew the map'), `${t}: ${x.text}`).toBe(false);
        const u = `${opening}, the firm said that ${c}.`;
        expect(run(u).quotes.map((x) => x.text), u).toEqual([c]);
      }),
      { seed: 13020, numRuns: 30 },
    );
  });

  it('an infinitive cue takes its "to" after a verb that hands over the saying, not after "declined" or "refused"', () => {
    fc.assert(
      fc.property(FULL, fc.constantFrom('used the hearing to', 'led the council to', 'took the stage to'), fc.constantFrom('argue', 'say', 'claim'), CLAUSES, (who, lead, v, c) => {
        const t = `${who} ${lead} ${v} that ${c}.`;
        for (const x of run(t).quotes.filter((y) => y.text === c)) expect(x.cue?.span.text, t).toBe(`to ${v}`);
        const u = `${who} declined to ${v} that ${c}.`;
        for (const x of run(u).quotes) expect(x.cue?.span.text.startsWith('to '), `${u}: ${x.cue?.span.text}`).toBe(false);
      }),
      { seed: 13021, numRuns: 30 },
    );
  });
});

/** Quote, speaker name, cue and rule of each quote (default options). */
const rows = (t: string): string[] => run(t).quotes.map((q) => `${q.text} | ${q.speaker?.name ?? '-'} | ${q.cue?.span.text ?? '-'} | ${q.rule}`);

describe('what the properties found (robust13)', () => {
  it.each([
    // a quote led in by a colon and closed by a full stop keeps its attribution when the one after it leads in the
    // next quote (it was read as a quote interrupted by the second speaker's attribution, both credited to them)
    ['Ada Brook told the council: "Dam 0 is safe." Bea Hare said, "Dam 1 is safe."', ['Dam 0 is safe. | Ada Brook | told | direct/leading-speaker-cue', 'Dam 1 is safe. | Bea Hare | said | direct/leading-speaker-cue']],
    ['Ada Brook wrote: \u201CThe ferry is late.\u201D A weary Kai Lund sighed, \u201CIt always is.\u201D', ['The ferry is late. | Ada Brook | wrote | direct/leading-speaker-cue', 'It always is. | Kai Lund | sighed | direct/leading-speaker-cue']],
    ['Ada Brook said in a statement: "Dam 0 is safe." Bea Hare told the board on Monday, "Dam 1 is safe."', ['Dam 0 is safe. | Ada Brook | said | direct/leading-speaker-cue', 'Dam 1 is safe. | Bea Hare | told | direct/leading-speaker-cue']],
    ['Ada Brook told the council:\n"Dam 0 is safe."\nBea Hare said, "Dam 1 is safe."', ['Dam 0 is safe. | Ada Brook | told | direct/leading-speaker-cue', 'Dam 1 is safe. | Bea Hare | said | direct/leading-speaker-cue']],
    // (with no colon lead-in, or a quote that ends in a comma, the attribution between the two marks still joins them)
    ['The mayor spoke. "Dam 0 is safe." Bea Hare said, "Dam 1 is safe."', ['Dam 0 is safe. Dam 1 is safe. | Bea Hare | said | direct/trailing-speaker-cue']],
    ['"Dam 0 is safe," Bea Hare said, "and it will hold."', ['Dam 0 is safe, and it will hold. | Bea Hare | said | direct/trailing-speaker-cue']],
  ])('%s', (t, expected) => {
    expect(rows(t)).toEqual(expected);
  });
});

/**
 * A random document built from the round's shapes: sentences and paragraphs of filled shapes, some with up to
 * two spaces turned into odd characters.
 */
const DOCUMENT = fc
  .array(fc.tuple(fc.constantFrom(...SHAPES), fc.constantFrom(...ROUND_NAMES), fc.constantFrom(...ROUND_FILLERS), fc.constantFrom(' ', '\n\n', '\n'), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ROUND_ODD)), { maxLength: 2 })), { minLength: 1, maxLength: 8 })
  .map((a) =>
    a
      .map(([shape, n, f, sep, odd]) => {
        let s = shape.replace(/\bN\b/g, n).replace(/\bF /g, f);
        for (const [k, mark] of odd) {
          const spaces = [...s.matchAll(/ /g)];
          const at = spaces[k % spaces.length]!.index;
          s = s.slice(0, at) + mark + s.slice(at + 1);
        }
        return s + sep;
      })
      .join(''),
  );

describe('caches and token access (robust13)', { timeout: 120_000 }, () => {
  it('every text reads the same with plain tokens and with the long-text table, every option set', () => {
    fc.assert(
      fc.property(DOCUMENT, fc.integer({ min: 0, max: EXTRACTORS.length - 1 }), (t, k) => {
        const [plain, compact, tabled] = readBothWays(() => EXTRACTORS[k]!.extract(t));
        expect(tabled).toBe(true);
        expect(JSON.stringify(compact), t).toBe(JSON.stringify(plain));
      }),
      { seed: 13022, numRuns: 30 },
    );
  });

  it('one extractor reused on many texts gives what a fresh extractor gives each one', () => {
    const reused = [createExtractor(), createExtractor({ categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] })];
    fc.assert(
      fc.property(fc.array(DOCUMENT, { minLength: 2, maxLength: 4 }), fc.integer({ min: 0, max: 1 }), (texts, k) => {
        const options = k === 0 ? undefined : { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] as const };
        // each text twice, and in the order given then reversed: what an earlier text left behind must not show
        for (const t of [...texts, ...[...texts].reverse()]) expect(JSON.stringify(reused[k]!.extract(t)), t).toBe(JSON.stringify(createExtractor(options ? { categories: [...options.categories] } : undefined).extract(t)));
      }),
      { seed: 13023, numRuns: 15 },
    );
  });

  it('a paragraph read alone and the same paragraph after other paragraphs give the same quotes in it', () => {
    // (the paragraphs before name nobody and quote nothing, so nothing they hold may change the last paragraph's quotes)
    fc.assert(
      fc.property(fc.constantFrom(...SHAPES), fc.constantFrom(...ROUND_NAMES), fc.integer({ min: 1, max: 30 }), (s, n, times) => {
        const p = s.replace(/\bN\b/g, n).replace(/\bF /g, '');
        const prefix = 'The weather was mild.\n\n'.repeat(times);
        const alone = run(p).quotes.map((q) => `${q.kind} | ${q.text} | ${q.speaker?.name ?? '-'} | ${q.cue?.span.text ?? '-'} | ${q.rule} | ${q.span.start}`);
        const after = run(prefix + p).quotes.map((q) => `${q.kind} | ${q.text} | ${q.speaker?.name ?? '-'} | ${q.cue?.span.text ?? '-'} | ${q.rule} | ${q.span.start - prefix.length}`);
        expect(after, p).toEqual(alone);
      }),
      { seed: 13024, numRuns: 30 },
    );
  });
});

describe("round one's rules across odd spaces and long runs (robust13)", () => {
  it('a quote led in with a very long attribution before a quoted paragraph keeps every invariant', () => {
    const t = `Tom Reyes said ${'on Monday and '.repeat(400)}then, "We will fix the dam."\n\n"The pipes are ordered."`;
    for (let k = 0; k < EXTRACTORS.length; k++) run(t, k);
  });
  it('a long clause before a colon and its quotation keeps every invariant', () => {
    const t = `Ada Brook said that she mailed ${'the council and '.repeat(400)}the board the same letter: "Please vote for the dam."`;
    for (let k = 0; k < EXTRACTORS.length; k++) run(t, k);
  });
  it('a long adjunct after a subordinator and a long share of time keep every invariant', () => {
    const t = `Ada Brook backed the dam, though ${'in a TV interview '.repeat(300)}she used sharper words, saying it was weak. Tom Reyes spent much of ${'the hearing and '.repeat(300)}the evening praising the dam.`;
    for (let k = 0; k < EXTRACTORS.length; k++) run(t, k);
  });
});

/**
 * As `growthRatio`, with `prefix` once before the repeated `block`: what a rule reading back to a host at the
 * paragraph's start costs per repetition at 64 over that at 8 (about 1 when linear, 8 when quadratic).
 */
function growthAfter(extractor: Extracts, prefix: string, block: string): number {
  return growthRatio({ extract: (t: string) => extractor.extract(prefix + t) }, block);
}

describe("round one's shapes stay linear (robust13)", () => {
  // a block of about 1,250 characters repeated 1x and 8x to warm up, then 8x and 64x; a bound of 2.5 on the time per
  // block at 64x over that at 8x (CPU time, so waiting for a core does not count), as robust12. "One sentence": the
  // shape joined with no full stop; "as sentences": one paragraph of the shape's sentences; "paragraphs": the shape
  // as paragraphs
  it.each([
    ['lead-in quotes and quoted paragraphs, as paragraphs', 'Ada Moss said on Monday, "We will fix the dam."\n\n"The pipes are ordered."\n\n', '', 0],
    ['quoted paragraphs after one lead-in host', '"The pipes are ordered."\n\n', 'Ada Moss said on Monday, "We will fix the dam."\n\n', 0],
    ['lead-in quotes, one paragraph', 'Ada Moss said on Monday, "We will fix the dam." ', '', 0],
    ['lead-in quotes and quoted lines, one paragraph of lines', 'Ada Moss said on Monday, "We will fix the dam."\n"The pipes are ordered."\n', '', 0],
    ['colon-led quotes before another lead-in, one paragraph', 'Ada Moss told the council: "The dam is safe." Kai Lund said, "It will hold." ', '', 0],
    ['colon-led quotes before another lead-in, one sentence', 'Ada Moss told the council: "The dam is safe." Kai Lund said, "It will hold" and ', '', 0],
    ['clause colons, one sentence', 'she mailed the council the same letter: "Vote for the dam," and ', 'Ada Moss said that ', 0],
    ['clause colons, as sentences', 'Ada Moss said that she mailed the council the same letter: "Vote for the dam." ', '', 0],
    ['time spent doing, one sentence', 'Ada Moss spent much of her talk praising the dam and ', '', 0],
    ['subordinate adjuncts, one sentence', 'Ada Moss backed the dam, though in a TV interview last week she used sharper words, saying it was weak, and ', '', 0],
    ['subordinate adjuncts, as sentences', 'Ada Moss backed the dam, though in a TV interview last week she used sharper words, saying it was weak. ', '', 0],
    ['appearance verbs over speech verbs, every category', 'Ada Moss seemed to mock the dam, saying it was weak. ', '', 1],
    ['relative clauses before the cue, as sentences', 'A guard who asked that her name be withheld said that the dam was weak. ', '', 0],
    ['source relatives and opening participles, as sentences', 'According to the surveyor, whose team drew the map, the dam is weak. In a note posted on its blog, the firm said that it was. ', '', 0],
    ['infinitive cues, one sentence', 'Ada Moss used the hearing to argue that the dam was weak and ', '', 0],
    ['understood thoughts, every category, as paragraphs', 'The Harbor Board met. It is understood that the dam is weak.\n\n', '', 1],
  ])('%s', { timeout: 120_000 }, (_name, block, prefix, k) => {
    const unit = block.repeat(Math.ceil(1_250 / block.length));
    const ratio = prefix === '' ? growthRatio(EXTRACTORS[k]!, unit) : growthAfter(EXTRACTORS[k]!, prefix, unit);
    expect(ratio).toBeLessThan(2.5);
  });
});
