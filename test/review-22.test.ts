/**
 * Review 22 (fix22): issue 11 shapes that still gave nothing or garbled
 * content on invented text: a listener verb whose "listener" is the clause's
 * subject (`warned the road would close`), "deny" with a bare clause, an
 * "as X put it" attribution set off inside or at the end of a clause, a
 * passive naming cue with an article or a pronoun subject, and transcript or
 * interview turns separated by a single newline. Invented sentences and
 * names; each row gives the kind, the quote text, the cue, the speaker
 * mention and the rule of every quote, in order.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** Each quote as `kind | text | cue | mention | rule`. */
function rows(input: string): string[] {
  return extract(input).quotes.map((q) => `${q.kind} | ${q.text} | ${q.cue?.span.text ?? '-'} | ${q.speaker?.mention?.text ?? '-'} | ${q.rule}`);
}

// [what, invented input, expected rows]
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  // 1. a phrase its finite verb follows is the clause's subject, not a listener
  ['warned + subject and verb', 'The mayor warned the road would close in May.',
    ['indirect | the road would close in May | warned | The mayor | reported/cue-clause']],
  ['cautioned + subject and modal', 'The agency cautioned the bridge might fail.',
    ['indirect | the bridge might fail | cautioned | The agency | reported/cue-clause']],
  ['warned + subject and past verb', 'The engineers warned the old pier collapsed under less weight in 1990.',
    ['indirect | the old pier collapsed under less weight in 1990 | warned | The engineers | reported/cue-clause']],
  ['told + listener + clause', 'He told reporters the road would close.',
    ['indirect | the road would close | told | He | reported/cue-clause']],
  ['warned + listener + clause', 'The mayor warned the council the road would close.',
    ['indirect | the road would close | warned | The mayor | reported/cue-clause']],
  ['warned + listener + topic', 'The mayor warned the council about the road.',
    ['indirect | the council about the road | warned | The mayor | reported/warned-listener']],
  ['warned + listener alone', 'The mayor warned the residents of the valley.',
    []],
  // 2. "deny" with a bare clause whose subject is a pronoun or a determiner and its noun
  ['denied + it + clause', 'The company denied it had broken the rules.',
    ['indirect | it had broken the rules | denied | The company | reported/cue-clause']],
  ['denied + that + clause', 'She denied that she had lied.',
    ['indirect | she had lied | denied | She | reported/cue-that']],
  ['denied + pronoun + adverb + verb', 'The minister denied they ever met.',
    ['indirect | they ever met | denied | The minister | reported/cue-clause']],
  ['denied + noun subject + clause', 'The bank denied the deal was dead.',
    ['indirect | the deal was dead | denied | The bank | reported/cue-clause']],
  // (one closing common noun is the object too, as the "has denied the accusations": probe12)
  ['denied + noun object', 'He denied wrongdoing.',
    ['indirect | wrongdoing | denied | He | reported/cue-object']],
  ['denied + object and a second verb', 'He denied the charges and said he would appeal.',
    ['indirect | the charges | denied | He | reported/cue-object', 'indirect | he would appeal | said | He | reported/cue-clause']],
  ['denied it', 'The bank denied it.',
    []],
  ['there is no denying', 'There is no denying he has had a good year.',
    []],
  ['denied + clause + absolute "with" clause', 'The firm denied it happened, with its chief going on the radio to call the story false.',
    ['indirect | it happened | denied | The firm | reported/cue-clause']],
  // 3. "as X put it" inside or at the end of a clause
  ['as X put it, inside a clause', 'The plan, as one analyst put it, is a shot in the dark.',
    ['indirect | The plan is a shot in the dark | put it | one analyst | reported/content-as-speaker-cue']],
  ['as X put it, with a quoted predicate', 'The economy, as the minister put it, is "on the mend."',
    ['mixed | The economy is "on the mend." | put it | the minister | reported/content-as-speaker-cue']],
  ['as X noted, inside a clause', 'The new levy, as the governor noted, will not raise rents.',
    ['indirect | The new levy will not raise rents | noted | the governor | reported/content-as-speaker-cue']],
  ['as X put it, at the end', 'The plan is a shot in the dark, as one analyst put it.',
    ['indirect | The plan is a shot in the dark | put it | one analyst | reported/content-as-speaker-cue']],
  ['as X put it, at the start', 'As one analyst put it, the plan is a shot in the dark.',
    ['indirect | the plan is a shot in the dark | put it | one analyst | reported/cue-clause']],
  ['put it in its own sense', 'He put it on the table.',
    []],
  ['as expected is no attribution', 'The plan, as expected, is a shot in the dark.',
    []],
  // 4. passive naming with an article before the quote, or a pronoun subject
  ['described as a "..."', 'The deal was described as a "win for both sides."',
    ['mixed | The deal as a "win for both sides." | was described | - | reported/passive-quoted']],
  ['a pronoun subject', 'She was described as "tireless."',
    ['mixed | She as "tireless." | was described | - | reported/passive-quoted']],
  ['called a "..." by X', 'The vote was called a "sham" by critics.',
    ['mixed | The vote a "sham" | was called | critics | reported/passive-quoted']],
  ['described as an unquoted noun', 'He was described as a mentor.',
    []],
  // 5. a single newline before a label in capitals starts a turn
  ['transcript turns on single lines', 'HALE: We will win.\nMORGAN: Are you sure?',
    ['indirect | We will win | : | HALE | reported/transcript', 'indirect | Are you sure | : | MORGAN | reported/transcript']],
  // (a one-word answer stays out, as annotated interviews leave "Yes." and "No." out)
  ['interview turns on single lines', 'Q: Will you run?\nA: Never.',
    ['indirect | Will you run | : | Q | reported/interview']],
  ['an interview after its intro', 'A talk with Mayor Ann Hale.\n\nQ: Will you run?\nA: Never.\nQ: Why not?\nA: I am tired of the job.',
    ['indirect | Will you run | : | Q | reported/interview', 'indirect | Why not | : | Q | reported/interview', 'indirect | I am tired of the job | : | A | reported/interview']],
  ['a two-word answer on its own line', 'Q: Will you run?\nA: Not now.',
    ['indirect | Will you run | : | Q | reported/interview', 'indirect | Not now | : | - | reported/interview']],
  ['a plain line break is no turn', 'The plan passed.\nIt was late, the clerk said.',
    ['indirect | It was late | said | the clerk | reported/content-speaker-cue']],
];

describe('review 22 (fix22): issue 11 shapes on invented text', () => {
  test.each(TABLE)('%s', (_what, input, expected) => {
    expect(rows(input)).toEqual(expected);
  });
});
