/**
 * Review 21 (review-27): the rules merged at stop 32 tried at their edges on
 * invented news sentences, with the exact kind, parts, speaker, cue and rule
 * expected, and the close shapes that must give nothing or another reading.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

/** Every category: the state-of-mind adjectives are thought cues, opt-in. */
const EVERY = { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] } as const;

// a signature line inside the marks (direct/inner-signature) names a person; a poem, list or farewell line stays in the quote
const signature: [string, string, Row[]][] = [
  ["a signed pull quote", "\"We will need more stimulus before the year is out.\nAnn Lee, Harbor Institute.\"", [
    row(["We will need more stimulus before the year is out."], "Ann Lee", null, "direct/inner-signature", "direct"),
  ]],
  ["a title and a name sign it", "\"The pier will reopen in May.\nMayor Ada Pell.\"", [
    row(["The pier will reopen in May."], "Mayor Ada Pell", null, "direct/inner-signature", "direct"),
  ]],
  ["a name with a role sign it", "\"Our doors stay open to every family.\nDean Moss, director, Harbor Food Bank.\"", [
    row(["Our doors stay open to every family."], "Dean Moss", null, "direct/inner-signature", "direct"),
  ]],
  ["a poem's last line", "\"Roses grow by the harbor wall.\nSalt and stone.\"", [
    row(["Roses grow by the harbor wall.\nSalt and stone."], null, null, "direct/unattributed", "direct"),
  ]],
  ["a list's last line", "\"Bring three things to the shelter.\nWater, bread, a map.\"", [
    row(["Bring three things to the shelter.\nWater, bread, a map."], null, null, "direct/unattributed", "direct"),
  ]],
  ["a short last line", "\"We lost the vote tonight.\nNever again.\"", [
    row(["We lost the vote tonight.\nNever again."], null, null, "direct/unattributed", "direct"),
  ]],
  ["a farewell", "\"Thank you all for coming.\nGood night, Dunmore.\"", [
    row(["Thank you all for coming.\nGood night, Dunmore."], null, null, "direct/unattributed", "direct"),
  ]],
  ["a last line that is a sentence", "\"We lost the vote tonight.\nNext year, we win.\"", [
    row(["We lost the vote tonight.\nNext year, we win."], null, null, "direct/unattributed", "direct"),
  ]],
  ["a sign's closing line", "The sign by the gate read: \"No dogs allowed.\nBy order of the council.\"", [
    row(["No dogs allowed.\nBy order of the council."], "The sign by the gate", "read", "direct/leading-speaker-cue", "direct"),
  ]],
  ["a poster's two lines", "The poster read: \"Vote on Tuesday.\nPolls open at seven.\"", [
    row(["Vote on Tuesday.\nPolls open at seven."], "The poster", "read", "direct/leading-speaker-cue", "direct"),
  ]],
];

// passive cue before an infinitive, "Revealed:" and body subheads
const prec: [string, string, Row[]][] = [
  ["a passive cue before an infinitive", "The rumor about the ferry was revealed to be false.", []],
  ["a shown passive before an infinitive", "The ferry line was quickly shown to be losing money.", []],
  ["a passive cue before \"that\"", "It was revealed on Monday that the port would close for a month.", [
    row(["the port would close for a month"], null, "was revealed", "reported/cue-that-no-speaker"),
  ]],
  ["a headline's \"Revealed:\"", "Revealed: the secret plan to sell the harbor to a developer.", []],
  ["\"Revealed:\" inside a quotation", "Dana Ruiz wrote in her column: \"Revealed: the plan was never real, and everyone knew it.\"", [
    row(["Revealed: the plan was never real, and everyone knew it."], "Dana Ruiz", "wrote", "direct/leading-speaker-cue", "direct"),
  ]],
  ["\"Revealed:\" opening a quote", "\"Revealed: the plan was never real,\" Dana Ruiz said.", [
    row(["Revealed: the plan was never real,"], "Dana Ruiz", "said", "direct/trailing-speaker-cue", "direct"),
  ]],
  ["a speaker before the colon", "The council announced: the budget will be cut by ten percent next year.", [
    row(["the budget will be cut by ten percent next year"], "The council", "announced", "reported/cue-colon"),
  ]],
  ["a body subhead", "The harbor vote was close on Tuesday.\n\nRuiz: A quiet win.\n\nThe mayor spoke for an hour.", []],
  ["a line of talk with a verb", "The harbor vote was close on Tuesday.\n\nRuiz: We will not back down on this plan.", [
    row(["We will not back down on this plan"], "Ruiz", ":", "reported/headline"),
  ]],
  ["a short answer after a question", "The harbor vote was close on Tuesday.\n\nQ: Will you run again?\n\nPell: Maybe next year.", [
    row(["Maybe next year"], "Pell", ":", "reported/headline"),
  ]],
  ["a short line with a pronoun", "The harbor vote was close on Tuesday.\n\nPell: Over my dead body.", [
    row(["Over my dead body"], "Pell", ":", "reported/headline"),
  ]],
];

// clause openings kept after the cue; a participle and a quotation after the object
const start: [string, string, Row[]][] = [
  ["a day's possessive opens the clause", "The mayor said Monday's vote would decide the future of the port.", [
    row(["Monday's vote would decide the future of the port"], "The mayor", "said", "reported/cue-clause"),
  ]],
  ["a bare day is an adjunct", "The mayor said Monday the vote would decide the future of the port.", [
    row(["the vote would decide the future of the port"], "The mayor", "said", "reported/cue-clause"),
  ]],
  ["\"last week's\" opens the clause", "The mayor said last week's storm had cost the town dearly.", [
    row(["last week's storm had cost the town dearly"], "The mayor", "said", "reported/cue-clause"),
  ]],
  ["\"last week\" is an adjunct", "The mayor said last week the storm had cost the town dearly.", [
    row(["the storm had cost the town dearly"], "The mayor", "said", "reported/cue-clause"),
  ]],
  ["\"this year's\" opens the clause", "The mayor said this year's budget was the tightest yet.", [
    row(["this year's budget was the tightest yet"], "The mayor", "said", "reported/cue-clause"),
  ]],
  ["\"this morning\" is an adjunct", "The mayor said this morning the plan would work.", [
    row(["the plan would work"], "The mayor", "said", "reported/cue-clause"),
  ]],
  ["\"too many\"", "The mayor said too many families had left the harbor district.", [
    row(["too many families had left the harbor district"], "The mayor", "said", "reported/cue-clause"),
  ]],
  ["\"as many as\"", "The mayor said as many as ten boats had sunk in the storm.", [
    row(["as many as ten boats had sunk in the storm"], "The mayor", "said", "reported/cue-clause"),
  ]],
  ["\"perhaps\"", "The mayor said perhaps the council would approve the plan.", [
    row(["perhaps the council would approve the plan"], "The mayor", "said", "reported/cue-clause"),
  ]],
  ["\"this\" before a noun", "The mayor said this levy would hurt small shops.", [
    row(["this levy would hurt small shops"], "The mayor", "said", "reported/cue-clause"),
  ]],
  ["\"this week\" is an adjunct", "The mayor said this week the levy would hurt small shops.", [
    row(["the levy would hurt small shops"], "The mayor", "said", "reported/cue-clause"),
  ]],
  ["\"this spring\" is an adjunct", "The mayor said this spring the levy would pass easily.", [
    row(["the levy would pass easily"], "The mayor", "said", "reported/cue-clause"),
  ]],
  ["a possessive with no clause", "The mayor said Tuesday's storm.", []],
  ["a participle and a quotation after the object", "The governor defended the plan in a radio spot, saying: \"We did what we had to do.\"", [
    row(["We did what we had to do."], "The governor", "saying", "direct/leading-speaker-cue", "direct"),
  ]],
  ["a verb after the quotation keeps the clause", "The mayor said the letter saying \"we are broke\" was a fake.", [
    row(["the letter saying \"we are broke\" was a fake"], "The mayor", "said", "reported/cue-clause", "mixed"),
  ]],
  ["\"adding that\" with no quotation", "The mayor said the crews worked all night, adding that the road would open soon.", [
    row(["the crews worked all night"], "The mayor", "said", "reported/cue-clause"),
    row(["the road would open soon"], "The mayor", "adding", "reported/cue-that"),
  ]],
];

// a time between a promise verb and "to"; a spaced dash after an attribution
const recall: [string, string, Row[]][] = [
  ["a time before \"to\"", "The senator vowed last month to take the fight to the convention.", [
    row(["to take the fight to the convention"], "The senator", "vowed", "reported/cue-infinitive"),
  ]],
  ["an adverb before \"to\"", "The senator vowed repeatedly to cut taxes for the harbor towns.", [
    row(["to cut taxes for the harbor towns"], "The senator", "vowed", "reported/cue-infinitive"),
  ]],
  ["\"on Tuesday\" before \"to\"", "The senator pledged on Tuesday to stay in the race.", [
    row(["to stay in the race"], "The senator", "pledged", "reported/cue-infinitive"),
  ]],
  ["a spaced dash after the attribution", "Fares will rise next year, the agency reported on Tuesday -- a shift that angered riders.", [
    row(["Fares will rise next year"], "the agency", "reported", "reported/content-speaker-cue"),
  ]],
  ["a dash after a cue with an object", "The two aides had mentioned it on the radio -- a sign of trouble for the campaign.", []],
  ["a dash after a quotation's attribution", "\"We are ready,\" the mayor said on Tuesday -- a day after the vote.", [
    row(["We are ready,"], "the mayor", "said", "direct/trailing-speaker-cue", "direct"),
  ]],
];

// a conjoined verb with quoted words; the cue of a fallback-subject quote
const mixed: [string, string, Row[]][] = [
  ["a second verb with a quotation", "The mayor called the budget \"a total disaster\" and compared it to a \"sinking ship.\"", [
    row(["the budget \"a total disaster\""], "The mayor", "called", "reported/cue-quoted-object", "mixed"),
    row(["it to a \"sinking ship.\""], "The mayor", "compared", "reported/cue-quoted-object", "mixed"),
  ]],
  ["a second verb with no quotation", "The mayor called the budget \"a mess\" and walked out of the hall.", [
    row(["the budget \"a mess\""], "The mayor", "called", "reported/cue-quoted-object", "mixed"),
  ]],
  ["a verb inside the object", "The mayor accused the board of \"lying\" and misleading \"the public.\"", [
    row(["the board of \"lying\" and misleading \"the public.\""], "The mayor", "accused", "reported/cue-quoted-object", "mixed"),
  ]],
  ["banners reading", "The marchers carried banners reading \"No new tolls on the bay.\"", [
    row(["No new tolls on the bay."], null, null, "direct/unattributed", "direct"),
  ]],
  ["a verb with a listener before \"that\"", "The mayor confided to her sister that the race was \"lost already.\"", [
    row(["that the race was","lost already."], "The mayor", "confided", "direct/fallback-subject", "mixed"),
  ]],
];

// the object of a verb of perceiving or leaving speaks for a gerund; long shared subjects
const names: [string, string, Row[]][] = [
  ["left voters wondering", "The ruling left many voters wondering whether the count was fair.", [
    row(["whether the count was fair"], "many voters", "wondering", "reported/cue-clause"),
  ]],
  ["heard the governor saying", "Reporters heard the governor saying that the budget was balanced.", [
    row(["the budget was balanced"], "the governor", "saying", "reported/cue-that"),
  ]],
  ["heard the crowd chanting", "Residents heard the crowd chanting that the mayor must go.", [
    row(["the mayor must go"], "the crowd", "chanting", "reported/cue-that"),
  ]],
  ["saw the car leaving", "Witnesses saw the car leaving the harbor at dawn.", []],
  ["emailed supporters saying", "The senator emailed supporters saying the race was close.", [
    row(["the race was close"], "The senator", "saying", "reported/cue-clause"),
  ]],
  ["set residents arguing", "The decision set residents arguing that the new tax was unfair.", [
    row(["the new tax was unfair"], "residents", "arguing", "reported/cue-that"),
  ]],
  ["heard residents complaining", "The council heard residents complaining that the buses were late.", [
    row(["the buses were late"], "residents", "complaining", "reported/cue-that"),
  ]],
  ["a comma before the participle", "Pell caught the ferry, saying she would be back by noon.", [
    row(["she would be back by noon"], "Pell", "saying", "reported/cue-clause"),
  ]],
  ["a long subject shared", "Officers with no stake in the case but with years in the field have argued for the change and said it would save lives.", [
    row(["the change"], "Officers with no stake in the case but with years in the field", "have argued for", "reported/cue-topic"),
    row(["it would save lives"], "Officers with no stake in the case but with years in the field", "said", "reported/cue-clause"),
  ]],
  ["a long subject that is a thing", "Her handling of the storm and of the budget drew praise and sparked talk that she would run.", []],
];

// linking verb + state-of-mind adjective + "that" (opt-in thought)
const optin: [string, string, Row[]][] = [
  ["\"are confident that\"", "Aides are confident that she will win the seat in November.", [
    row(["she will win the seat in November"], "Aides", "are confident", "reported/cue-that"),
  ]],
  ["\"remain hopeful that\"", "The growers remain hopeful that rain will come before the harvest.", [
    row(["rain will come before the harvest"], "The growers", "remain hopeful", "reported/cue-that"),
  ]],
  ["\"are not sure that\"", "Officials are not sure that the bridge can bear the extra weight.", [
    row(["the bridge can bear the extra weight"], "Officials", "are not sure", "reported/cue-that"),
  ]],
  ["\"has grown concerned that\"", "The board has grown concerned that the fund is running dry.", [
    row(["the fund is running dry"], "The board", "has grown concerned", "reported/cue-that"),
  ]],
  ["\"are aware of\"", "Aides are aware of the risks of a long campaign.", []],
  ["\"is sure to\"", "The new toll is sure to anger the fishermen of the bay.", []],
  ["\"make sure that\"", "Make sure that the gates are shut before the storm arrives.", []],
  ["no linking verb", "The closure left the workers fearful that the mill would never reopen.", []],
  ["an empty \"it\"", "It is certain that the port will close for repairs next month.", []],
  ["\"so sure of ... that\"", "The captain was so sure of the route that he ignored the warnings.", []],
  ["a state of mind inside the content", "The mayor said she is optimistic that the talks will succeed this week.", [
    row(["she is optimistic that the talks will succeed this week"], "The mayor", "said", "reported/cue-clause"),
  ]],
  ["an adjective before the speaker", "The upset voters said the count had been wrong from the start.", [
    row(["the count had been wrong from the start"], "The upset voters", "said", "reported/cue-clause"),
  ]],
];

describe('review 21: a signature line inside the marks (direct/inner-signature) names a person; a poem, list or farewell line stays in the quote', () => {
  test.each(signature)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('review 21: passive cue before an infinitive, "Revealed:" and body subheads', () => {
  test.each(prec)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('review 21: clause openings kept after the cue; a participle and a quotation after the object', () => {
  test.each(start)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('review 21: a time between a promise verb and "to"; a spaced dash after an attribution', () => {
  test.each(recall)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('review 21: a conjoined verb with quoted words; the cue of a fallback-subject quote', () => {
  test.each(mixed)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('review 21: the object of a verb of perceiving or leaving speaks for a gerund; long shared subjects', () => {
  test.each(names)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });
});

describe('review 21: linking verb + state-of-mind adjective + "that" (opt-in thought)', () => {
  test.each(optin)('%s', (_name, input, expected) => {
    expect(rows(extract(input, { categories: [...EVERY.categories] }))).toEqual(expected);
  });
});
