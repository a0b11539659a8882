/**
 * Quality-bar probe robust12: round one's rules of stop 44 (an editor's note's
 * relative clauses, the excerpt after a linked article's byline, the guard that
 * keeps mergeInterrupted and carryContext from joining across another named
 * speaker, the verb after a trailing name as the cue, a relative pronoun with
 * a comma-set aside, the nearer clause after "and"/"but" before a participle,
 * a cue coordinated inside an object relative clause, a reduced passive with
 * an agent, nouns of saying through a copula, opt-in attributions inside a
 * headline or turn, and cue detection's one set of checked words with cues
 * added and removed) built from their own shapes with random names, fillers,
 * punctuation, quotation marks, odd spaces, long runs and repetition: never a
 * throw, every span the input's slice, no quote sharing a span, no content
 * over its own speaker or cue, default output equal to that of the default
 * categories named (the opt-in ones never in it), each rule's own promise
 * kept on random fillings of its shape, and each shape repeated 8 and 64
 * times (in one sentence and as sentences of one paragraph; after one host,
 * for the rules that read back or forward) costing about the same per
 * repetition.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor, type Extraction } from '../src/index.js';
import { checkInvariants, extractChecked } from './support/invariants.js';
import { describeShapeProperties, roundExtractors, INVENTED_FULL_NAMES, DOUBLE_QUOTE_PAIRS, ROUND_NAMES, ROUND_FILLERS, ROUND_ODD, ROUND_JOINS } from './support/shape-properties.js';
import { fastestCpuMs, growthRatio, type Extracts } from './support/timing.js';

const { extractors: EXTRACTORS, namedDefault: NAMED_DEFAULT } = roundExtractors();
const EVERY = EXTRACTORS[1]!;

/** Shapes of the round's rules, with slots `N` (a name) and `F` (a filler). */
const SHAPES = [
  "Editor's note: N is a harbor official who has F pledged to close the pier.",
  "EDITOR\u2019S NOTE: N, who F said the pier was safe, resigned. The police chief said that the pier was safe.",
  "Editor's note:\nN is a harbor official which F pledged to close the pier.",
  '"Pier to reopen in May," by the Ledger\'s N: "The pier will open its doors again next spring." http://example.com/pier',
  '\u201CPier to reopen,\u201D by N: \u201CThe pier will open again.\u201D',
  '"Plan B," by Friday, N said: "We will win."',
  '"The pier is safe," N grinned. "It is not," N said.',
  '"The pier is safe," N grinned. N shook his head. "It is not."',
  '"The pier is safe," N F grinned. "It is not."',
  '"The pier is safe," N said.\n\n"It is not."\n\n"It never was," N said.',
  '"A?" N pressed. "B."',
  'N, who, after the vote, said that the pier was safe.',
  'N, which, like other unions, F argued the levy was unfair.',
  'A jury charged the guard and N fired her chief, N, acknowledging that the pier was unsafe.',
  'The mayor and N met, N said, adding that the pier was safe.',
  'The pact, which N called a "disaster" and promised to scrap, was signed.',
  'The pact, whom N F hired and told to leave, was signed.',
  "N's remarks, first reported by The Ledger on Tuesday, stirred the town.",
  'The pier closed \u2014 a fact later confirmed by N.',
  'The council ordered up an analysis of the law, first reported by N.',
  'Her response was that the pier was safe.',
  'And N F answer was that, "The pier is safe."',
  'N made the point that the pier was safe.',
  'REYES: Well, N apparently thinks this is a game.',
  "Gazette: Voters Worried About N's Budget",
  'N fumed that the ferry was late again.',
];

describeShapeProperties({
  round: 'robust12',
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
  seeds: [12011, 12012],
});

/** Extracts `t` with extractor `k`, checked (support/invariants.ts `extractChecked`). */
const run = (t: string, k = 0): Extraction => extractChecked(EXTRACTORS[k]!, t);

// word lists the generated sentences take their slots from (invented names only)
const FULL = INVENTED_FULL_NAMES;
const SURNAME = fc.constantFrom('Varga', 'Reyes', 'Olsen', 'Lund', 'Sorel', 'Brook', 'Kasza-Lind', 'de la Cruz', "O'Hare");
const CLAUSES = fc.constantFrom('the pier was safe', 'the levy would pass', 'the bridge would reopen in May', 'rents will rise', 'nobody had been told');
const SPACE = fc.constantFrom(' ', ' ', ' ', '\u00A0', '\u2009', '\r\n', '\n');
const QUOTES = DOUBLE_QUOTE_PAIRS;
const GRIN = fc.constantFrom('grinned', 'shrugged', 'laughed', 'smiled', 'sighed', 'went on');

/** The last word of a name: what tells two named people apart. */
const lastWord = (name: string): string => name.split(/[\s.-]+/).filter(Boolean).pop()!.toLowerCase();

describe("each rule's promise on random fillings of its shape (robust12)", { timeout: 120_000 }, () => {
  it("an editor's note credits nothing to a relative pronoun; the same clause outside a note reports, and a note's own attribution stays", () => {
    const label = fc.constantFrom("Editor's note:", 'Editor\u2019s Note:', "EDITOR'S NOTE:", "  Editors note :");
    const rel = fc.constantFrom('who has repeatedly pledged', 'who pledged', 'who has vowed', 'which has promised');
    fc.assert(
      fc.property(label, FULL, rel, fc.constantFrom('close the pier', 'cut the levy', 'sell the ferry'), CLAUSES, fc.integer({ min: 0, max: 2 }), (l, who, r, act, c, k) => {
        const body = `${who} is a harbor official ${r} to ${act}.`;
        const t = `${l} ${body} The police chief said that ${c}.`;
        const q = run(t, k).quotes;
        expect(q.filter((x) => x.text.includes(act)).map((x) => x.text), t).toEqual([]);
        expect(q.filter((x) => x.text === c).map((x) => x.speaker?.name), t).toEqual(['The police chief']);
        // (the label only at the start of a line: mid-line, or in the paragraph before, it opens no note)
        for (const u of [body, `${l}\n\n${body}`, `The mayor read the ${l.replace(/:\s*$/, '')} aloud; ${body}`]) {
          if (u.includes('\n\n') || !u.startsWith(l)) expect(run(u, k).quotes.filter((x) => x.text.includes(act)), u).toHaveLength(1);
        }
      }),
      { seed: 12013, numRuns: 40 },
    );
  });

  it("the excerpt after a linked article's byline is nobody's quote; a comma after \"by\" and a word is no byline", () => {
    const writer = fc.constantFrom("the Ledger's Ann Cole", 'Ann Cole', 'The Harbor Gazette staff', 'Kai Lund and Mia Sorel');
    fc.assert(
      fc.property(QUOTES, writer, SPACE, fc.constantFrom('', ' http://example.com/pier', '\nRead more'), (/* marks */ [open, close], w, sp, tail) => {
        const t = `${open}Pier to reopen in May,${close} by${sp}${w}: ${open}The pier will open its doors again next spring.${close}${tail}`;
        expect(run(t).quotes.filter((x) => x.text.includes('open its doors')), t).toEqual([]);
        const u = `${open}Plan B,${close} by Friday, Ann Cole said: ${open}The pier will open its doors again next spring.${close}`;
        expect(run(u).quotes.filter((x) => x.text.includes('open its doors')).map((x) => x.speaker?.name), u).toEqual(['Ann Cole']);
      }),
      { seed: 12014, numRuns: 40 },
    );
  });

  it('the verb after a trailing name is the cue, and a quote never joins across another named speaker', () => {
    fc.assert(
      fc.property(FULL, FULL, GRIN, QUOTES, fc.integer({ min: 0, max: 1 }), (a, b, g, [open, close], k) => {
        const one = `${open}The pier is safe,${close} ${a} ${g}.`;
        expect(run(one, k).quotes.map((x) => `${x.speaker?.name} | ${x.cue?.span.text}`), one).toEqual([`${a} | ${g}`]);
        const joined = `${one} ${open}It is not.${close}`;
        expect(run(joined, k).quotes.map((x) => `${x.parts.length} ${x.speaker?.name}`), joined).toEqual([`2 ${a}`]);
        if (lastWord(a) === lastWord(b)) return;
        for (const t of [`${one} ${open}It is not,${close} ${b} said.`, `${one} ${b} shook his head. ${open}It is not.${close}`]) {
          const q = run(t, k).quotes;
          for (const x of q) expect(x.parts.some((p) => p.text.includes('It is not')) && x.speaker?.name === a, `${t}: ${JSON.stringify(x.text)} credited to ${a}`).toBe(false);
        }
      }),
      { seed: 12015, numRuns: 40 },
    );
  });

  it('a quoted paragraph carries the speaker before it, never past a sentence whose subject names another person', () => {
    fc.assert(
      fc.property(FULL, FULL, fc.integer({ min: 1, max: 6 }), fc.boolean(), (a, b, n, other) => {
        if (lastWord(a) === lastWord(b)) return;
        const between = other ? ` ${b} shook his head.` : ' She nodded.';
        const t = `"The pier is safe," ${a} grinned.${between.repeat(n)} "It is not."`;
        const credited = run(t).quotes.filter((x) => x.parts.some((p) => p.text.includes('It is not')) && x.speaker?.name === a);
        expect(credited.length, t).toBe(other ? 0 : credited.length);
        const paras = `"The pier is safe," ${a} said.${'\n\n"It is not."'.repeat(n)}`;
        for (const x of run(paras).quotes) expect(x.speaker?.name, paras).toBe(a);
      }),
      { seed: 12016, numRuns: 40 },
    );
  });

  it('in a paragraph of many quotes, no quote joins words credited to two different named people', () => {
    // an item: a quote with a trailing attribution (a cue verb, or a verb outside the lexicon), a quote alone, or a
    // narrator's sentence whose subject is a name or a pronoun
    const item = fc.oneof(
      fc.tuple(FULL, fc.constantFrom('said', 'grinned', 'added', 'shrugged')).map(([who, v]) => ({ who, v, kind: 'quote' as const })),
      fc.constant({ who: '', v: '', kind: 'bare' as const }),
      fc.tuple(fc.constantFrom(...['Ada Brook', 'Tom Reyes', 'Kai Lund', 'She', 'The crowd']), fc.constantFrom('shook his head', 'nodded', 'looked away')).map(([who, v]) => ({ who, v, kind: 'narrator' as const })),
    );
    fc.assert(
      fc.property(fc.array(item, { minLength: 2, maxLength: 10 }), fc.constantFrom(' ', ' ', '\n\n'), fc.integer({ min: 0, max: 1 }), (items, sep, k) => {
        const owner = new Map<string, string>();
        const t = items
          .map((x, i) => {
            if (x.kind === 'narrator') return `${x.who} ${x.v}.`;
            const words = `Tide ${i} is out`;
            if (x.kind === 'bare') return `"${words}."`;
            owner.set(words, x.who);
            return `"${words}," ${x.who} ${x.v}.`;
          })
          .join(sep);
        for (const q of run(t, k).quotes) {
          const named = new Set<string>();
          for (const p of q.parts) for (const m of p.text.matchAll(/Tide \d+ is out/g)) if (owner.has(m[0])) named.add(lastWord(owner.get(m[0])!));
          expect(named.size <= 1, `${t}: ${JSON.stringify(q.text)} joins words of ${[...named].join(' and ')}`).toBe(true);
          if (named.size === 1 && q.speaker?.name) expect(lastWord(q.speaker.name), `${t}: ${JSON.stringify(q.text)} credited to ${q.speaker.name}`).toBe([...named][0]);
        }
      }),
      { seed: 12024, numRuns: 80 },
    );
  });

  it('a relative pronoun with an aside set off by commas speaks through its antecedent', () => {
    const aside = fc.constantFrom('after the vote', 'like other members', 'as expected', 'once again', 'in a letter to the board', 'during the hearing on Monday');
    fc.assert(
      fc.property(FULL, aside, fc.constantFrom('said that', 'said', 'argued that', 'warned that'), CLAUSES, SPACE, (who, a, v, c, sp) => {
        const t = `${who}, who, ${a},${sp}${v} ${c}.`;
        const q = run(t).quotes.filter((x) => x.text === c);
        expect(q.map((x) => x.speaker?.name), t).toEqual([who]);
      }),
      { seed: 12017, numRuns: 40 },
    );
  });

  it('a participle after a comma takes the subject of the nearer clause joined by "and"/"but"', () => {
    fc.assert(
      fc.property(SURNAME, FULL, fc.constantFrom('and', 'but'), fc.constantFrom('acknowledging that', 'saying', 'adding that'), CLAUSES, (s, chief, conj, p, c) => {
        if (lastWord(s) === lastWord(chief)) return;
        const t = `A jury charged the guard ${conj} ${s} fired her chief, ${chief}, ${p} ${c}.`;
        expect(run(t).quotes.filter((x) => x.text === c).map((x) => x.speaker?.name), t).toEqual([s]);
      }),
      { seed: 12018, numRuns: 40 },
    );
  });

  it('a cue coordinated inside an object relative clause takes the clause subject, not the antecedent', () => {
    fc.assert(
      fc.property(SURNAME, fc.constantFrom('pact', 'levy', 'harbor plan'), fc.constantFrom('promised to scrap', 'vowed to repeal', 'pledged to end'), QUOTES, (s, n, v, [open, close]) => {
        const t = `The ${n}, which ${s} called a ${open}disaster${close} and ${v}, was signed.`;
        const q = run(t).quotes.filter((x) => x.cue?.span.text === v.split(' ')[0]);
        expect(q.map((x) => x.speaker?.name), t).toEqual([s]);
      }),
      { seed: 12019, numRuns: 40 },
    );
  });

  it('a reduced passive with an adverb of time and an agent credits the noun phrase before it; after a verb it stays out', () => {
    const adv = fc.constantFrom('first', 'later', 'previously', 'originally', 'initially');
    const verb = fc.constantFrom('reported', 'confirmed', 'disclosed', 'revealed');
    const agent = fc.constantFrom('The Ledger', 'the harbor department', 'Ada Brook');
    fc.assert(
      fc.property(adv, verb, agent, fc.constantFrom(', ', ' \u2014 ', ' - ', ' ('), (a, v, ag, edge) => {
        const t = `The pier closed${edge}a fact ${a} ${v} by ${ag}.`;
        expect(run(t).quotes.filter((x) => x.rule === 'reported/reduced-passive-subject').map((x) => `${x.text} | ${x.cue?.span.text}`), t).toEqual([`a fact | ${a} ${v}`]);
        const u = `The council ordered up an analysis of the law, ${a} ${v} by ${ag}.`;
        expect(run(u).quotes.filter((x) => x.rule === 'reported/reduced-passive-subject'), u).toEqual([]);
      }),
      { seed: 12020, numRuns: 40 },
    );
  });

  it('a noun of saying through a copula takes the clause after "that"', () => {
    const noun = fc.constantFrom('response', 'answer', 'reply', 'point');
    const det = fc.constantFrom('Her', 'His', 'Their', 'The mayor\u2019s');
    fc.assert(
      fc.property(det, noun, fc.constantFrom('', 'first ', 'latest '), CLAUSES, (d, n, adj, c) => {
        const t = `${d} ${adj}${n} was that ${c}.`;
        expect(run(t).quotes.map((x) => x.text), t).toEqual([c]);
      }),
      { seed: 12021, numRuns: 40 },
    );
  });

  it('an opt-in attribution inside a transcript turn gives way to the turn; outside one it stays (every category only)', () => {
    fc.assert(
      fc.property(SURNAME, fc.constantFrom('thinks', 'believes'), fc.constantFrom('this is a game', 'the pier is safe'), (s, v, c) => {
        const t = `${s.toUpperCase()}: Well, Ms. Hale apparently ${v} ${c}.`;
        expect(run(t, 1).quotes.map((x) => x.rule), t).toEqual(['reported/transcript']);
        const u = `Ms. Hale apparently ${v} ${c}.`;
        expect(run(u).quotes, u).toEqual([]);
        expect(run(u, 1).quotes.map((x) => x.text), u).toEqual([c]);
      }),
      { seed: 12022, numRuns: 30 },
    );
  });

  it("an extractor's added or removed cues never change another extractor's output", () => {
    const added = fc.subarray(['fume', 'grumble', 'gush', 'scoff', 'quip'], { minLength: 1 });
    const removed = fc.subarray(['say', 'warn', 'hear', 'add', 'claim'], { minLength: 1 });
    const text = fc.tuple(FULL, fc.constantFrom('fumed', 'said', 'warned', 'claims', 'grumbled', 'scoffed'), CLAUSES).map(([w, v, c]) => `${w} ${v} that ${c}. The court heard that ${c}. "A," ${w} added.`);
    fc.assert(
      fc.property(added, removed, text, (a, r, t) => {
        const before = JSON.stringify(EXTRACTORS[0]!.extract(t));
        const custom = createExtractor({ addCues: a, removeCues: r });
        const out = custom.extract(t);
        checkInvariants(t, out);
        // (a removed verb's noun stays a noun cue: "claims that" read as a noun is reported/noun-cue's)
        for (const q of out.quotes) if (q.cue && q.rule !== 'reported/noun-cue') expect(r.includes(q.cue.lemma), `${t}: removed cue ${q.cue.lemma}`).toBe(false);
        expect(JSON.stringify(EXTRACTORS[0]!.extract(t)), t).toBe(before);
        expect(JSON.stringify(createExtractor().extract(t)), t).toBe(before);
      }),
      { seed: 12023, numRuns: 25 },
    );
  });
});

/** Quote, speaker name, cue and rule of each quote (default options). */
const rows = (t: string): string[] => run(t).quotes.map((q) => `${q.text} | ${q.speaker?.name ?? '-'} | ${q.cue?.span.text ?? '-'} | ${q.rule}`);

describe('what the properties found (robust12)', () => {
  it.each([
    // a hyphenated name before the verb that ends a direct quote's sentence is one name (the verb its cue)
    ['"The tide is out," Ivo Kasza-Lind grinned.', ['The tide is out, | Ivo Kasza-Lind | grinned | direct/trailing-name']],
    ['"The tide is out," grinned Ivo Kasza-Lind.', ['The tide is out, | Ivo Kasza-Lind | grinned | direct/trailing-name']],
    // a hyphen inside a name is no dash: a participle after the comma still takes the nearer clause's subject
    ['A jury charged the guard and Varga fired her chief, Ivo Kasza-Lind, acknowledging that the tide was out.', ['the tide was out | Varga | acknowledging | reported/cue-that']],
    ['A jury charged the guard and Kasza-Lind fired her chief, Ivo Sorel, acknowledging that the tide was out.', ['the tide was out | Kasza-Lind | acknowledging | reported/cue-that']],
    // (and a surname's lower-case particles are the subject's own words, as its capitalised ones are)
    ['A jury charged the guard and Ana de la Cruz fired her chief, Ivo Sorel, acknowledging that the tide was out.', ['the tide was out | Ana de la Cruz | acknowledging | reported/cue-that']],
    // a transcript's label in capitals may hold a hyphenated name: the line is its turn (and a thought inside it
    // gives way to the turn with every category)
    ['KASZA-LIND: Well, the tide is out.', ['Well, the tide is out | KASZA-LIND | : | reported/transcript']],
  ])('%s', (t, expected) => {
    expect(rows(t)).toEqual(expected);
  });
});

describe("round one's rules across odd spaces and long runs (robust12)", () => {
  it("a very long editor's note keeps every invariant and credits nothing to its relative clauses", () => {
    const t = `Editor's note: ${'Tom Reyes is a harbor official who has repeatedly pledged to close the pier, '.repeat(400)}and more.`;
    for (let k = 0; k < EXTRACTORS.length; k++) expect(run(t, k).quotes.filter((q) => q.text.includes('close the pier')), `extractor ${k}`).toEqual([]);
  });
  it('a long run of spaces and lines before a label keeps every invariant', () => {
    const t = `${' \t'.repeat(5000)}\n${'\u00A0'.repeat(5000)}Editor's note: Tom Reyes, who pledged to close the pier, left.`;
    for (let k = 0; k < EXTRACTORS.length; k++) run(t, k);
  });
  it('a long byline before a quotation keeps every invariant', () => {
    const t = `"Pier to reopen," by ${'the Ledger '.repeat(500)}: "The pier will open again." And by${' '.repeat(5000)}Ann Cole: "B."`;
    for (let k = 0; k < EXTRACTORS.length; k++) run(t, k);
  });
  it('a long aside after "who" and a long chain of "and" clauses keep every invariant', () => {
    const t = `Tom Reyes, who, ${'after the vote and '.repeat(300)}the hearing, said that the pier was safe. A jury charged the guard ${'and Varga fired her chief '.repeat(300)}, Tom Reyes, acknowledging that it was.`;
    for (let k = 0; k < EXTRACTORS.length; k++) run(t, k);
  });
});

/**
 * As `growthRatio`, with `prefix` once before the repeated `block`: what a rule reading back to a host at the
 * paragraph's start costs per repetition at 64 over that at 8 (about 1 when linear, 8 when quadratic).
 */
function growthAfter(extractor: Extracts, prefix: string, block: string): number {
  const perUnit = (times: number): number => fastestCpuMs(() => extractor.extract(prefix + block.repeat(times))) / times;
  perUnit(1);
  perUnit(8);
  const small = perUnit(8);
  const large = perUnit(64);
  return large / Math.max(small, 0.1);
}

describe("round one's shapes stay linear (robust12)", () => {
  // a block of about 1,250 characters repeated 1x and 8x to warm up, then 8x and 64x; a bound of 2.5 on the time per
  // block at 64x over that at 8x (CPU time, so waiting for a core does not count), as robust11. "One sentence": the
  // shape joined with no full stop; "as sentences": one paragraph of the shape's sentences; "paragraphs": the shape
  // as paragraphs
  it.each([
    ["an editor's note, one sentence", "Tom Reyes is a harbor official who has repeatedly pledged to close the pier, ", "Editor's note: ", 0],
    ["an editor's note, as sentences", 'Tom Reyes is a harbor official who has repeatedly pledged to close the pier. ', "Editor's note: ", 0],
    ["editor's notes as lines of one paragraph", "Editor's note: Tom Reyes, who pledged to close the pier, left.\n", '', 0],
    ["editor's notes as paragraphs", "Editor's note: Tom Reyes, who pledged to close the pier, left.\n\n", '', 1],
    ['linked bylines, as sentences', '"Pier to reopen in May," by the Ledger\'s Ann Cole: "The pier will open its doors again." http://example.com/pier ', '', 0],
    ['linked bylines, as paragraphs', '"Pier to reopen in May," by the Ledger\'s Ann Cole: "The pier will open its doors again."\n\n', '', 0],
    ['trailing names with verbs, one paragraph', '"The pier is safe," Ada Moss grinned. "It is not," Karl Osei said. ', '', 0],
    ['quotes after another named subject, one paragraph', '"The pier is safe," Ada Moss grinned. Karl Osei shook his head. "It is not." ', '', 0],
    ['quotes joined to one host, one paragraph', 'She nodded. "It is not." ', '"The pier is safe," Ada Moss grinned. ', 0],
    ['narrator sentences after one host, one paragraph', 'She nodded. She looked at the pier. ', '"The pier is safe," Ada Moss grinned. ', 0],
    ['quoted paragraphs after one host', '"It is not."\n\n', '"The pier is safe," Ada Moss said.\n\n', 0],
    ['a relative with an aside, one sentence', 'Tom Reyes, who, after the vote, said that the pier was safe, and ', '', 0],
    ['a relative with an aside, as sentences', 'Tom Reyes, who, after the vote, said that the pier was safe. ', '', 0],
    ['conjoined clauses and a participle, one sentence', 'a jury charged the guard and Varga fired her chief, Tom Reyes, acknowledging that ', 'A', 0],
    ['conjoined clauses and a participle, as sentences', 'A jury charged the guard and Varga fired her chief, Tom Reyes, acknowledging that the pier was unsafe. ', '', 0],
    ['object relatives, one sentence', 'the pact, which Ortiz called a "disaster" and promised to scrap, and ', 'The pact was signed and ', 0],
    ['reduced passives, one sentence', "Starr's remarks, first reported by The Ledger on Tuesday, a fact later confirmed by the harbor board, ", '', 0],
    ['reduced passives, as sentences', "Starr's remarks, first reported by The Ledger on Tuesday, stirred the town. ", '', 0],
    ['copula noun cues, one sentence', 'her response was that the pier was safe and his answer was that ', 'And ', 0],
    ['transcript turns with thoughts, as lines', 'REYES: Well, Ms. Hale apparently thinks this is a game.\n', '', 1],
    ['headlines with stances, as paragraphs', "Gazette: Voters Worried About Mayor's Budget\n\n", '', 1],
  ])('%s', { timeout: 120_000 }, (_name, block, prefix, k) => {
    const unit = block.repeat(Math.ceil(1_250 / block.length));
    const ratio = prefix === '' ? growthRatio(EXTRACTORS[k]!, unit) : growthAfter(EXTRACTORS[k]!, prefix, unit);
    expect(ratio).toBeLessThan(2.5);
  });
  it('cue detection with cues added and removed, one sentence of listed and unlisted words', { timeout: 120_000 }, () => {
    const custom = createExtractor({ addCues: ['fume', { lemma: 'tweetstorm', category: 'writing' }], removeCues: ['add'] });
    const block = 'fumed said added tweetstorm harbor gulls put heard feared the pier and '.repeat(18);
    expect(growthRatio(custom, block)).toBeLessThan(2.5);
    expect(growthRatio(EVERY, block)).toBeLessThan(2.5);
  });
});
