/**
 * Issue 11 shapes on a sixth set of new invented sentences (probe22), varied
 * apart from test/issue11-variants.test.ts to -5 and the mixed-quote tests:
 * perfect and progressive speech verbs ("has long argued that", "had been
 * warning that", "kept insisting"), modal and catenative cues ("would later
 * say", "would go on to claim", "continued to claim", "could not confirm
 * whether", "has yet to say"), verbs joined by "or"/"nor" ("would neither
 * confirm nor deny that"), a noun of saying with a copula ("His argument is
 * that ...", the copula in the cue), a noun cue's clause that ends before the
 * sentence's verb after a pronoun ("... pay for itself | was challenged"),
 * "made clear", "signalled", "conceded", "acknowledged", "admitted", "denied",
 * a description with an appositive name, long subjects with a relative clause,
 * a quotation after a colon, quote-cue-quote with full sentences, three quotes
 * in one paragraph, "said" with a time phrase before "that", a report holding
 * a second cue, British single quotes with apostrophes inside, and curly,
 * guillemet and low-high marks.
 * Then negatives: "so-called", a scare-quoted word, a banner, a slogan, a song,
 * "That said," and "Having said that,", and "the problem is that".
 * Each row gives the exact parts, speaker mention, cue and rule, and the speaker names.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const variants: [string, Row[], (string | null)[]][] = [
  ['The union has long argued that the pension fund is underfunded.', [row(['the pension fund is underfunded'], 'The union', 'has long argued', 'reported/cue-that')], ['The union']],
  ['The chief inspector had been warning that the dam could fail.', [row(['the dam could fail'], 'The chief inspector', 'had been warning', 'reported/noun-cue')], ['The chief inspector']],
  ['The engineers had been warning for months that the bridge was unsafe.', [row(['the bridge was unsafe'], 'The engineers', 'had been warning', 'reported/cue-that')], ['The engineers']],
  ['The doctors are warning that the virus is spreading.', [row(['the virus is spreading'], 'The doctors', 'are warning', 'reported/noun-cue')], ['The doctors']],
  ['Residents have been complaining that the buses are always late.', [row(['the buses are always late'], 'Residents', 'have been complaining', 'reported/cue-that')], ['Residents']],
  ['The farmer kept insisting that the land had belonged to his family.', [row(['the land had belonged to his family'], 'The farmer', 'kept insisting', 'reported/cue-that')], ['The farmer']],
  ['The defence minister has repeatedly said that no troops will be sent.', [row(['no troops will be sent'], 'The defence minister', 'has repeatedly said', 'reported/cue-that')], ['The defence minister']],
  ['The treasurer has consistently maintained that the books were balanced.', [row(['the books were balanced'], 'The treasurer', 'has consistently maintained', 'reported/cue-that')], ['The treasurer']],
  ['The governor would later say that the decision was the hardest of her career.', [row(['the decision was the hardest of her career'], 'The governor', 'would later say', 'reported/cue-that')], ['The governor']],
  ['The striker would go on to claim that he had been fouled.', [row(['he had been fouled'], 'The striker', 'would go on to claim', 'reported/cue-that')], ['The striker']],
  ['The striker continued to claim that he had been fouled.', [row(['he had been fouled'], 'The striker', 'continued to claim', 'reported/cue-that')], ['The striker']],
  ['The coroner could not confirm whether the driver had been drinking.', [row(['whether the driver had been drinking'], 'The coroner', 'could not confirm', 'reported/cue-clause')], ['The coroner']],
  ['The agency would neither confirm nor deny that an inquiry had begun.', [row(['an inquiry had begun'], 'The agency', 'deny', 'reported/cue-that')], ['The agency']],
  ['The club did not confirm or deny that the manager had resigned.', [row(['the manager had resigned'], 'The club', 'deny', 'reported/cue-that')], ['The club']],
  ['The minister has yet to say whether the tax will rise.', [row(['whether the tax will rise'], 'The minister', 'has yet to say', 'reported/cue-clause')], ['The minister']],
  ['His claim is that the contract was never signed.', [row(['the contract was never signed'], 'His', 'claim is', 'reported/noun-cue')], ['His']],
  ['The mayor\'s argument is that the tram will pay for itself.', [row(['the tram will pay for itself'], "The mayor's", 'argument is', 'reported/noun-cue')], ['The mayor']],
  ['The club\'s explanation was that the pitch had frozen.', [row(['the pitch had frozen'], "The club's", 'explanation was', 'reported/noun-cue')], ['The club']],
  ['His argument is that taxes are too high, and many voters agree.', [row(['taxes are too high'], 'His', 'argument is', 'reported/noun-cue')], ['His']],
  ['Her contention was that the mayor is, in effect, running the council from his office.', [row(['the mayor is, in effect, running the council from his office'], 'Her', 'contention was', 'reported/noun-cue')], ['Her']],
  ['The mayor\'s claim that the tram will pay for itself was challenged.', [row(['the tram will pay for itself'], "The mayor's", 'claim', 'reported/noun-cue')], ['The mayor']],
  ['The prime minister made clear that there would be no second vote.', [row(['there would be no second vote'], 'The prime minister', 'made clear', 'reported/cue-that')], ['The prime minister']],
  ['The regulator signalled that it would approve the merger.', [row(['it would approve the merger'], 'The regulator', 'signalled', 'reported/cue-that')], ['The regulator']],
  ['The regulator has signalled it will not block the deal.', [row(['it will not block the deal'], 'The regulator', 'has signalled', 'reported/cue-clause')], ['The regulator']],
  ['The council conceded that the consultation had been rushed.', [row(['the consultation had been rushed'], 'The council', 'conceded', 'reported/cue-that')], ['The council']],
  ['The owner acknowledged the hotel had been poorly run.', [row(['the hotel had been poorly run'], 'The owner', 'acknowledged', 'reported/cue-clause')], ['The owner']],
  ['The driver admitted that he had been using his phone.', [row(['he had been using his phone'], 'The driver', 'admitted', 'reported/cue-that')], ['The driver']],
  ['The company has since admitted that the figures were wrong.', [row(['the figures were wrong'], 'The company', 'has since admitted', 'reported/cue-that')], ['The company']],
  ['The bank had since told regulators that it was solvent.', [row(['it was solvent'], 'The bank', 'had since told', 'reported/cue-that')], ['The bank']],
  ['The senator had earlier denied that she knew about the payments.', [row(['she knew about the payments'], 'The senator', 'had earlier denied', 'reported/cue-that')], ['The senator']],
  ['The company\'s spokeswoman, Anna Berg, said the recall was voluntary.', [row(['the recall was voluntary'], 'The company\'s spokeswoman, Anna Berg', 'said', 'reported/cue-clause')], ['Anna Berg']],
  ['The chief executive, Maria Lund, admitted the targets had been missed.', [row(['the targets had been missed'], 'The chief executive, Maria Lund', 'admitted', 'reported/cue-clause')], ['Maria Lund']],
  ['A spokesman for the regional health authority, which runs the hospital, said the ward would reopen.', [row(['the ward would reopen'], 'A spokesman for the regional health authority', 'said', 'reported/cue-clause')], ['A spokesman for the regional health authority']],
  ['The hospital\'s chief nurse, who has worked there for thirty years, said staff were exhausted.', [row(['staff were exhausted'], 'The hospital\'s chief nurse', 'said', 'reported/cue-clause')], ['The hospital\'s chief nurse']],
  ['The chairman gave his verdict: "This season has been a disaster."', [row(['This season has been a disaster.'], 'The chairman', 'gave his verdict:', 'direct/clause-colon', 'direct')], ['The chairman']],
  ['She had one message for voters: "Do not stay at home."', [row(['Do not stay at home.'], 'She', 'had one message for voters:', 'direct/clause-colon', 'direct')], ['She']],
  ['"The bridge is safe," the engineer said. "We have checked every bolt twice."', [row(['The bridge is safe,', 'We have checked every bolt twice.'], 'the engineer', 'said', 'direct/trailing-speaker-cue', 'direct')], ['the engineer']],
  ['"The plan is dead," the senator said. "Nobody in the chamber will vote for it. We should start again."', [row(['The plan is dead,', 'Nobody in the chamber will vote for it. We should start again.'], 'the senator', 'said', 'direct/trailing-speaker-cue', 'direct')], ['the senator']],
  ['"We tried everything," the coach said, "and nothing worked. The players are exhausted."', [row(['We tried everything,', 'and nothing worked. The players are exhausted.'], 'the coach', 'said', 'direct/trailing-speaker-cue', 'direct')], ['the coach']],
  ['"I never saw the letter," the treasurer said. "Nobody showed it to me." "I would have acted at once," she added.', [row(['I never saw the letter,', 'Nobody showed it to me.'], 'the treasurer', 'said', 'direct/trailing-speaker-cue', 'direct'), row(['I would have acted at once,'], 'she', 'added', 'direct/trailing-speaker-cue', 'direct')], ['the treasurer', 'the treasurer']],
  ['The mayor said on Monday evening that the parade would go ahead.', [row(['the parade would go ahead'], 'The mayor', 'said', 'reported/cue-that')], ['The mayor']],
  ['The coach said late on Saturday that his striker would miss the final.', [row(['his striker would miss the final'], 'The coach', 'said', 'reported/cue-that')], ['The coach']],
  ['The inspector told the inquiry on Wednesday afternoon that the fire doors had been locked.', [row(['the fire doors had been locked'], 'The inspector', 'told', 'reported/cue-that')], ['The inspector']],
  ['The witness said the officer had told him that the road was closed.', [row(['the officer had told him that the road was closed'], 'The witness', 'said', 'reported/cue-clause')], ['The witness']],
  ['The auditor said the manager had admitted to him that funds were missing.', [row(['the manager had admitted to him that funds were missing'], 'The auditor', 'said', 'reported/cue-clause')], ['The auditor']],
  ['\'It\'s over,\' she said.', [row(['It\'s over,'], 'she', 'said', 'direct/trailing-speaker-cue', 'direct')], ['she']],
  ['\'We\'re not giving up,\' the captain said after the match.', [row(['We\'re not giving up,'], 'the captain', 'said', 'direct/trailing-speaker-cue', 'direct')], ['the captain']],
  ['\'It isn\'t over until it\'s over,\' the manager insisted.', [row(['It isn\'t over until it\'s over,'], 'the manager', 'insisted', 'direct/trailing-speaker-cue', 'direct')], ['the manager']],
  ['‘We’ve done our bit,’ said a council spokeswoman. ‘Now it’s up to the government.’', [row(['We’ve done our bit,', 'Now it’s up to the government.'], 'a council spokeswoman', 'said', 'direct/trailing-cue-speaker', 'direct')], ['a council spokeswoman']],
  ['“I can’t promise anything,” the doctor told the family.', [row(['I can’t promise anything,'], 'the doctor', 'told', 'direct/trailing-speaker-cue', 'direct')], ['the doctor']],
  ['«The border will stay closed», the minister said.', [row(['The border will stay closed'], 'the minister', 'said', 'direct/trailing-speaker-cue', 'direct')], ['the minister']],
  ['»Wir bleiben hier«, said the mayor.', [row(['Wir bleiben hier'], 'the mayor', 'said', 'direct/trailing-cue-speaker', 'direct')], ['the mayor']],
  ['„Wir schaffen das“, said the chancellor.', [row(['Wir schaffen das'], 'the chancellor', 'said', 'direct/trailing-cue-speaker', 'direct')], ['the chancellor']],
];

describe('issue 11 variants, sixth set (probe22)', () => {
  test.each(variants)('%s', (input, expected, names) => {
    const r = extract(input);
    expect(rows(r)).toEqual(expected);
    expect(r.quotes.map((q) => q.speaker?.name ?? null)).toEqual(names);
  });
});

const silent: string[] = [
  'The so-called reform package was dropped in June.',
  'The team\'s so-called "plan B" was never tested.',
  'The minister\'s "consultation" lasted two days.',
  'Protesters carried a banner reading "Hands off our hospital."',
  'The slogan "Take back control" was painted on the bus.',
  'Fans sang "We are the champions" as the players left the pitch.',
  'The word "crisis" was used eleven times in the report.',
  'That said, the economy grew faster than expected.',
  'That said, he remains popular.',
  'But that said, the offer remains on the table.',
  'The plan, that said, still has merit.',
  'Having said that, the minister still backs the plan.',
  'Having said all that, the plan still has merit.',
  'The said building was demolished last year.',
  'Needless to say, the offer was rejected.',
  'The problem is that the bridge is old.',
  'The truth is that nobody knows.',
  // a noun of thought with a copula is opt-in: silent by default
  'The union\'s fear is that, by the time the talks resume, the factory will have closed.',
];

describe('issue 11 variants that report nothing, sixth set (probe22)', () => {
  test.each(silent)('%s', (input) => {
    expect(extract(input).quotes).toEqual([]);
  });
});
