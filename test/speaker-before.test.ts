/**
 * Speakers written before the cue that the phrase right before it does not
 * cover: long subjects whose modifiers hold another noun phrase. Invented
 * sentences and names; each row gives the quote text, the cue and the speaker
 * mention and name of every quote, in order.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** Each quote as `text | cue | mention | name`. */
function rows(input: string): string[] {
  return extract(input).quotes.map((q) => `${q.text} | ${q.cue?.span.text ?? '-'} | ${q.speaker?.mention?.text ?? '-'} | ${q.speaker?.name ?? '-'}`);
}

// [rule family, invented input, expected rows]
const TABLE: readonly (readonly [string, string, readonly string[]])[] = [
  ['long subject: preposition', 'Some growers in the upper valley said the frost came early.',
    ['the frost came early | said | Some growers in the upper valley | Some growers in the upper valley']],
  ['long subject: preposition, verb read as a noun', 'Some advocates for stem cell research said the ruling was wrong.',
    ['the ruling was wrong | said | Some advocates for stem cell research | Some advocates for stem cell research']],
  ['long subject: relative clause', 'Friends of Mr. Hale\'s who have seen him on the road recently say the spark is gone.',
    ['the spark is gone | recently say | Friends of Mr. Hale\'s who have seen him on the road | Friends of Mr. Hale\'s who have seen him on the road']],
  ['long subject: contact relative clause', 'Several farmers I met at the market in March said Mr. Orland had pushed for the dam.',
    ['Mr. Orland had pushed for the dam | said | Several farmers I met at the market | Several farmers I met at the market']],
  ['long subject: participle', 'Nonetheless, farm owners supporting the levy have said they will vote for it.',
    ['they will vote for it | have said | farm owners supporting the levy | farm owners supporting the levy']],
  ['long subject: past participle', 'A notice taped to the clinic door said the office was closed.',
    ['the office was closed | said | A notice taped to the clinic door | A notice taped to the clinic door']],
  ['long subject: participle after an adverb', 'A primer just printed for first graders explains that bees make honey.',
    ['bees make honey | explains | A primer just printed for first graders | A primer just printed for first graders']],
  ['long subject: participle between commas', 'Sen. Chad Grover, facing a stiff fight in Vermont, a dairy state, said he would welcome the vote.',
    ['he would welcome the vote | said | Sen. Chad Grover, facing a stiff fight in Vermont, a dairy state | Chad Grover']],
  ['long subject: relative clause and a comma before the cue', 'But some voters who have heard Mr. Hale over the decades, on radio or at small rallies, said he had lost his spark.',
    ['he had lost his spark | said | some voters who have heard Mr. Hale over the decades, on radio or at small rallies | some voters who have heard Mr. Hale over the decades, on radio or at small rallies']],
  ['long subject: adjective with its preposition, a place and its state before the comma', 'County officials familiar with the pump taken from the plant in Milford, Del., said it had been repaired twice.',
    ['it had been repaired twice | said | County officials familiar with the pump taken from the plant in Milford, Del. | County officials familiar with the pump taken from the plant in Milford, Del.']],
  ['long subject: appositive with a relative clause', 'The clerk of nearly four years, a registered independent who spoke on condition of anonymity, said she was let go.',
    ['she was let go | said | The clerk of nearly four years, a registered independent who spoke on condition of anonymity | The clerk of nearly four years, a registered independent who spoke on condition of anonymity']],
  // an inverted cue after the comma names its speaker after it
  ['long subject: not before an inverted cue', 'The irony of the plan, says Tom Reyes, a historian at the college, is that nobody wanted it.',
    ['The irony of the plan is that nobody wanted it | says | Tom Reyes, a historian at the college | Tom Reyes']],
  // the phrase after "which" is the subject of the relative clause
  ['long subject: not the subject of a relative clause', 'And the trade pact, which Reyes had said was "a disaster for farmers," stayed in force.',
    // (the relative word opens what was said)
    ['which was "a disaster for farmers," | had said | Reyes | Reyes']],
  ['sentence subject: person word read as an adjective, place preposition', 'One operative inside the depot tried to soften the memo, saying it meant little.',
    ['it meant little | saying | One operative inside the depot | One operative inside the depot']],
  ['sentence subject: a name with a "for" tail', 'But the Board of Appeals for the Harbor District disagreed and said the old rules stood.',
    ['the old rules stood | said | the Board of Appeals for the Harbor District | Board of Appeals for the Harbor District']],
  ['year after "from"', 'As one survey from 1998 noted, orchard towns keep shrinking.',
    ['orchard towns keep shrinking | noted | one survey | one survey']],
  ['progressive read as a noun', 'The ferry company has been warning that its boats are too old.',
    ['its boats are too old | has been warning | The ferry company | The ferry company']],
  ['gerund after "of"', 'Chief Judge Ann Lowe took a rare step on Friday of announcing that the docket was full.',
    ['the docket was full | announcing | Chief Judge Ann Lowe | Ann Lowe']],
  ['gerund after "aside from"', 'Likely nominee Tom Reyes has offered few ideas aside from stating that the government should not profit.',
    ['the government should not profit | stating | Likely nominee Tom Reyes | Tom Reyes']],
  ['sentence subject: past tense read as an adjective', 'In an interview, he hedged on whether he would back her, telling the station his support would depend on her.',
    ['his support would depend on her | telling | he | he']],
  ['sentence subject: not inside an opening subordinate clause', 'When Mr. Hale finally faced Mr. Reyes, he did it gently, acknowledging that Mr. Reyes knew the river best.',
    ['Mr. Reyes knew the river best | acknowledging | he | Hale']],
  ['sentence subject: a cue inside the subordinate clause shares its subject', 'When Reyes later spoke at the fair and said he would stay, the crowd cheered.',
    ['he would stay | said | Reyes | Reyes']],
  ['sentence subject: an opening time phrase is no subject', 'A couple of seasons later, he repeated the boast, recalling that the orchard had flooded.',
    ['the boast | repeated | he | he', 'the orchard had flooded | recalling | he | he']],
  ['sentence subject: a name in apposition to an opening description', 'The other guest at the table, former Harbor Commissioner Ann Lowe, frowned, saying that the tides were rising.',
    ['the tides were rising | saying | The other guest at the table, former Harbor Commissioner Ann Lowe | Ann Lowe']],
  ['long subject: after a sentence adverb', 'Yet some voters who have heard Mr. Hale over the years, on radio or at small rallies, said he had lost his spark.',
    ['he had lost his spark | said | some voters who have heard Mr. Hale over the years, on radio or at small rallies | some voters who have heard Mr. Hale over the years, on radio or at small rallies']],
  ['plural present read as a noun, degree adverb in the subject', 'Lately, Reyes\'s most loyal neighbours claim that the fence was moved.',
    ['the fence was moved | claim | Reyes\'s most loyal neighbours | Reyes\'s most loyal neighbours']],
  ['relative clause: a coordinated cue inside it shares the relative pronoun', 'Ann Lee, who is enjoying her new role and is saying she will not rush, spoke today.',
    ['she will not rush | is saying | who | Ann Lee']],
  ['relative clause: a gerund inside it shares the relative pronoun', 'Tom Reyes, who often stumbles while talking about the canal, made no comment.',
    ['the canal | talking about | who | Tom Reyes']],
  ['comma-coordinated finite verb', 'Reyes wins the state, vows to press on to the next primary.',
    ['to press on to the next primary | vows | Reyes | Reyes']],
  ['comma-coordinated finite verb: not after a quotation', '"We will press on," vows Reyes.',
    ['We will press on, | vows | Reyes | Reyes']],
  ['adverbial phrase before the verb: "all but"', 'At the fair, Ostrow all but begged the judges to taste his jam first.',
    ['the judges to taste his jam first | begged | Ostrow | Ostrow']],
  ['adverbial phrase before the verb: "a month later"', 'When Ortiz a month later announced that 6,000 jobs would go, workers were angry.',
    ['6,000 jobs would go | later announced | Ortiz | Ortiz']],
  ['bare count as the subject', 'Of the growers, 52 have said they back the levy and 17 have said they oppose it.',
    ['they back the levy | have said | 52 | 52', 'they oppose it | have said | 17 | 17']],
  // a participle between a number and its noun is no cue, so the number speaks nothing
  ['bare count: not a participle before a noun', 'In the valley, 60 pledged votes went to Ortiz.', []],
  ['participle before "to" and a cue after a comma', 'Then his critics loudly denounced him, rushing to the studio to say he did not speak for them.',
    ['he did not speak for them | to say | his critics | his critics']],
  // a finite verb before the phrase: the phrase is the subject of its own clause
  ['long subject: not across a finite verb', 'The Delmar Group built the bridge but city officials have said the cause was a leak.',
    ['the cause was a leak | have said | city officials | city officials']],
  ['long subject: not across a verb and its object', 'The appeals court overruled the panel and said the map stood.',
    ['the map stood | said | The appeals court | The appeals court']],
];

describe('speakers before the cue', () => {
  test.each(TABLE)('%s: %s', (_family, input, expected) => {
    expect(rows(input)).toEqual(expected);
  });
});
