/**
 * Helper probe21: new invented variants of issue 10 (speaker names) and
 * issue 15 (opt-in thought, evidence and stance), different from the earlier
 * variant files. Each row is the exact output: content, speaker name, entity
 * kind, `via`, cue and its category. Names: titles with double surnames,
 * particles (van der, de la, bin), O'Neill and Mc/Mac names, initials (a middle
 * name after an initial stays: "E. Lawrence Tibbs"), Jr. and III, Asian name
 * order and Korean hyphened given names ("Ban Ki-moon", "Kim Jong-un", a title
 * before them dropped), long appositives, organisations, pronouns across
 * paragraphs, "the former" and "the latter" (the first or the second of two
 * people just named; with three, or alone, a description), ages, plural
 * speakers. Opt-in: records opening a sentence ("Research shows", "Records
 * show") are descriptions of unknown kind, not names. Sentences and names are
 * invented.
 */
import { describe, expect, test } from 'vitest';
import { ALL, OPT_IN, quoteTuples as rows, type QuoteTuple as Row } from './support/category-rows.js';

/** Names: [text, rows with default options]. */
const NAMES: [string, Row[]][] = [
  ["Dr. Ana María López Ortega, a cardiologist in Seville, said the clinic would reopen in March.", [["the clinic would reopen in March","Ana María López Ortega","person","name","said","speech"]]],
  ["\"The river is rising fast,\" said Pieter van der Berg, who farms near the dike.", [["The river is rising fast,","Pieter van der Berg","person","name","said","speech"]]],
  ["Carlos de la Fuente told reporters the deal was close to done.", [["the deal was close to done","Carlos de la Fuente","person","name","told","speech"]]],
  ["Siobhan O'Neill, the committee chair, said the hearings would resume next week.", [["the hearings would resume next week","Siobhan O'Neill","person","name","said","speech"]]],
  ["Angus McArthur said the distillery would hire forty new workers.", [["the distillery would hire forty new workers","Angus McArthur","person","name","said","speech"]]],
  ["\"We were not consulted,\" said Rashid bin Saleh, a fisherman from the coast.", [["We were not consulted,","Rashid bin Saleh","person","name","said","speech"]]],
  ["Mary-Kate Dunleavy-Ross said the charity had raised twice its target.", [["the charity had raised twice its target","Mary-Kate Dunleavy-Ross","person","name","said","speech"]]],
  ["A. J. Okafor, the team's coach, said the players were exhausted.", [["the players were exhausted","A. J. Okafor","person","name","said","speech"]]],
  ["\"The vote was rigged,\" said Walter Briggs Jr., a local activist.", [["The vote was rigged,","Walter Briggs Jr.","person","name","said","speech"]]],
  ["Nathaniel Crane III told the court he had never seen the letter.", [["he had never seen the letter","Nathaniel Crane III","person","name","told","speech"]]],
  ["Park Ji-hoon, the company's chief engineer, said the battery was safe.", [["the battery was safe","Park Ji-hoon","person","name","said","speech"]]],
  ["Tanaka Hiroshi, a rice farmer, said the rains had come too late.", [["the rains had come too late","Tanaka Hiroshi","person","name","said","speech"]]],
  ["The head of the city's largest union, Maria Soto, said the strike would go on.", [["the strike would go on","Maria Soto","person","name","said","speech"]]],
  ["The ministry said the new rules would take effect in January.", [["the new rules would take effect in January","The ministry","organization","description","said","speech"]]],
  ["The Ministry of Transport said the bridge would close for repairs. The ministry added that buses would run instead.", [["the bridge would close for repairs","Ministry of Transport","organization","name","said","speech"],["buses would run instead","Ministry of Transport","organization","description","added","speech"]]],
  ["Gloria Abbott chaired the meeting.\n\nShe said the budget would be cut by a tenth.", [["the budget would be cut by a tenth","Gloria Abbott","person","pronoun","said","speech"]]],
  ["Lena Fischer and Omar Haddad met on Monday. The former said the talks had failed, while the latter said progress had been made.", [["the talks had failed","Lena Fischer","person","description","said","speech"],["progress had been made","Omar Haddad","person","description","said","speech"]]],
  ["Ruth Ellison's husband said she had been ill for months.", [["she had been ill for months","Ruth Ellison's husband","person","description","said","speech"]]],
  ["Frank Delgado, 42, was charged on Monday. The 42-year-old told the judge he was innocent.", [["he was innocent","Frank Delgado","person","description","told","speech"]]],
  ["Residents of the estate said the heating had been broken for weeks.", [["the heating had been broken for weeks","Residents of the estate","group","description","said","speech"]]],
  ["\"We have nowhere else to go,\" the families said.", [["We have nowhere else to go,","the families","group","description","said","speech"]]],
  ["The company said in a statement that profits had fallen.", [["profits had fallen","The company","organization","description","said","speech"]]],
  ["Acme Corp. said it would cut 500 jobs.", [["it would cut 500 jobs","Acme Corp.","organization","name","said","speech"]]],
  ["Prime Minister Elena Varga said the border would stay open.", [["the border would stay open","Elena Varga","person","name","said","speech"]]],
  ["\"Nobody listened to us,\" said Dolores Ibáñez de Castro, a retired teacher.", [["Nobody listened to us,","Dolores Ibáñez de Castro","person","name","said","speech"]]],
  ["Kim Min-seo, a nurse in Busan, said the ward was short of staff.", [["the ward was short of staff","Kim Min-seo","person","name","said","speech"]]],
  ["Harriet Vance opened the hearing on Tuesday.\n\nThe session ran late into the evening.\n\n\"We will not be rushed,\" she said.", [["We will not be rushed,","Harriet Vance","person","pronoun","said","speech"]]],
  ["Officials at the Department of Energy said the reactor had been shut down.", [["the reactor had been shut down","Officials at the Department of Energy","group","description","said","speech"]]],
  ["The World Health Organization warned that the virus could spread further.", [["the virus could spread further","World Health Organization","organization","name","warned","speech"]]],
  ["\"Our members are angry,\" said the National Farmers Union.", [["Our members are angry,","National Farmers Union","organization","name","said","speech"]]],
  ["Isabel Quintero-Marsh, 58, who has lived on the street since 1990, said the noise was unbearable.", [["the noise was unbearable","Isabel Quintero-Marsh","person","name","said","speech"]]],
  ["The former ambassador to Japan, Gerald Whitcombe, said the talks had stalled.", [["the talks had stalled","Gerald Whitcombe","person","name","said","speech"]]],
  ["E. Lawrence Tibbs said the company would appeal.", [["the company would appeal","E. Lawrence Tibbs","person","name","said","speech"]]],
  ["\"It is a good day for the town,\" said Councilwoman Bernadette Lyle-Okoro.", [["It is a good day for the town,","Bernadette Lyle-Okoro","person","name","said","speech"]]],
  ["Helmut Krause, the chief executive of Brenner Logistics, told investors the worst was over.", [["the worst was over","Helmut Krause","person","name","told","speech"]]],
  ["Xavier St. John said the festival would move indoors.", [["the festival would move indoors","Xavier St. John","person","name","said","speech"]]],
  ["Sean MacDermott, the club's treasurer, said the accounts were in order.", [["the accounts were in order","Sean MacDermott","person","name","said","speech"]]],
  ["Both candidates said they would accept the result.", [["they would accept the result","Both candidates","group","description","said","speech"]]],
  ["Two senior officials told the newspaper that the plan had been dropped.", [["the plan had been dropped","Two senior officials","group","description","told","speech"]]],
  ["The couple said they had lost everything in the fire.", [["they had lost everything in the fire","The couple","group","description","said","speech"]]],
  ["Ban Ki-moon said the talks must resume.", [["the talks must resume","Ban Ki-moon","person","name","said","speech"]]],
  ["U.N. Secretary-General Ban Ki-moon said the talks must resume.", [["the talks must resume","Ban Ki-moon","person","name","said","speech"]]],
  ["North Korean leader Kim Jong-un said the tests would continue.", [["the tests would continue","Kim Jong-un","person","name","said","speech"]]],
  ["\"We are ready,\" Kim Jong-un said.", [["We are ready,","Kim Jong-un","person","name","said","speech"]]],
  ["Kim Jong-un met the envoy. \"We are ready,\" he said.", [["We are ready,","Kim Jong-un","person","pronoun","said","speech"]]],
  ["Lena Fischer and Omar Haddad met on Monday. The latter said progress had been made.", [["progress had been made","Omar Haddad","person","description","said","speech"]]],
  ["Lena Fischer met Omar Haddad on Monday. \"The talks failed,\" the former said.", [["The talks failed,","Lena Fischer","person","description","said","speech"]]],
  ["Lena Fischer, Omar Haddad and Ines Marr met on Monday. The former said the talks had failed.", [["the talks had failed","The former","unknown","description","said","speech"]]],
  ["The former said the talks had failed.", [["the talks had failed","The former","unknown","description","said","speech"]]],
  ["\"We will appeal,\" said F. Scott Delaney, the firm's lawyer.", [["We will appeal,","F. Scott Delaney","person","name","said","speech"]]],
];

/** Opt-in: [text, rows with every category on, rows with default options]. */
const BEYOND_SPEECH: [string, Row[], Row[]][] = [
  ["The mayor believes that the new tram line will ease congestion downtown.", [["the new tram line will ease congestion downtown","The mayor","person","description","believes","thought"]], []],
  ["Coach Dana Whitfield is convinced that her team can win the title this season.", [["her team can win the title this season","Dana Whitfield","person","name","is convinced","stance"]], []],
  ["The regulator suspects the bank hid losses from its auditors.", [["the bank hid losses from its auditors","The regulator","organization","description","suspects","thought"]], []],
  ["Data from the national weather service show that last month was the wettest on record.", [["last month was the wettest on record","Data from the national weather service","unknown","description","show","evidence"]], []],
  ["A report by the state auditor found that the agency had overspent by millions.", [["the agency had overspent by millions","A report by the state auditor","unknown","description","found","evidence"]], []],
  ["The farmers' federation opposes the new water charges.", [["the new water charges","The farmers' federation","organization","description","opposes","stance"]], []],
  ["Professor Helga Sundqvist argued in a paper that the drug had been overprescribed.", [["the drug had been overprescribed","Helga Sundqvist","person","name","argued","speech"]], [["the drug had been overprescribed","Helga Sundqvist","person","name","argued","speech"]]],
  ["Research by the university shows that children sleep less than a decade ago.", [["children sleep less than a decade ago","Research by the university","unknown","description","shows","evidence"]], []],
  ["Figures from the housing ministry show that rents rose by eight percent.", [["rents rose by eight percent","Figures from the housing ministry","unknown","description","show","evidence"]], []],
  ["A study by researchers in Oslo found that the vaccine protects for at least a year.", [["the vaccine protects for at least a year","A study by researchers in Oslo","unknown","description","found","evidence"]], []],
  ["The governor strongly opposes the proposed pipeline.", [["the proposed pipeline","The governor","person","description","strongly opposes","stance"]], []],
  ["Several council members support the mayor's plan to build more housing.", [["the mayor's plan to build more housing","Several council members","group","description","support","stance"]], []],
  ["The prosecutor suspects that the money was moved abroad.", [["the money was moved abroad","The prosecutor","person","description","suspects","thought"]], []],
  ["Police believe the two men knew each other.", [["the two men knew each other","Police","organization","description","believe","thought"]], []],
  ["Records obtained by the newspaper show that the contract was never put out to tender.", [["the contract was never put out to tender","Records obtained by the newspaper","unknown","description","show","evidence"]], []],
  ["The health minister wrote in an op-ed that the hospitals needed more nurses.", [["the hospitals needed more nurses","The health minister","person","description","wrote","writing"]], [["the hospitals needed more nurses","The health minister","person","description","wrote","writing"]]],
  ["According to the ministry, the number of migrants fell last year.", [["the number of migrants fell last year","the ministry","organization","description","According to","source"]], [["the number of migrants fell last year","the ministry","organization","description","According to","source"]]],
  ["An analysis by the Treasury found that the tax cut would mostly benefit the rich.", [["the tax cut would mostly benefit the rich","An analysis by the Treasury","unknown","description","found","evidence"]], []],
  ["Many parents oppose the plan to close the village school.", [["the plan to close the village school","Many parents","group","description","oppose","stance"]], []],
  ["The opposition leader argued in an article that the election had been unfair.", [["the election had been unfair","The opposition leader","person","description","argued","speech"]], [["the election had been unfair","The opposition leader","person","description","argued","speech"]]],
  ["Environmental groups doubt the company will meet its targets.", [["the company will meet its targets","Environmental groups","group","description","doubt","thought"]], []],
  ["A poll by the Herald found that most voters back the new stadium.", [["most voters back the new stadium","Herald","organization","name","found","evidence"]], []],
  ["Research shows that children sleep less than a decade ago.", [["children sleep less than a decade ago","Research","unknown","description","shows","evidence"]], []],
  ["Research by the university found that children sleep less than a decade ago.", [["children sleep less than a decade ago","Research by the university","unknown","description","found","evidence"]], []],
  ["Research from the institute suggests that children sleep less.", [["children sleep less","Research from the institute","unknown","description","suggests","speech"]], [["children sleep less","Research from the institute","unknown","description","suggests","speech"]]],
  ["Records show that the contract was never put out to tender.", [["the contract was never put out to tender","Records","unknown","description","show","evidence"]], []],
  ["\"It is a scandal,\" said Review editor Tom Hale.", [["It is a scandal,","Tom Hale","person","name","said","speech"]], [["It is a scandal,","Tom Hale","person","name","said","speech"]]],
  ["Research conducted for the Harbor Policy Center showed that few women appeared on the shows.", [["few women appeared on the shows","Research conducted for the Harbor Policy Center","unknown","description","showed","evidence"]], []],
  ["A study conducted for the Harbor Policy Center showed that few women appeared on the shows.", [["few women appeared on the shows","A study conducted for the Harbor Policy Center","unknown","description","showed","evidence"]], []],
  ["Studies conducted for the Harbor Policy Center showed that few women appeared on the shows.", [["few women appeared on the shows","Studies conducted for the Harbor Policy Center","unknown","description","showed","evidence"]], []],
];

/**
 * The known gaps of probe21 (stop 34), as they stand now: the rows reached
 * since, and for each gap left the current output, with the reason it is left.
 */
const GAPS_REACHED: [string, object, Row[]][] = [
  ["Gerald Whitcombe met the foreign minister, Aiko Sato, on Monday. The minister said Japan wanted closer ties.", {}, [["Japan wanted closer ties","Aiko Sato","person","description","said","speech"]]],
  ["Hannah Brooks and her husband, Leon, run a small farm. Her husband said the drought had ruined the crop.", {}, [["the drought had ruined the crop","Leon","person","description","said","speech"]]],
  ["The judge believes the witness lied under oath.", ALL, [["the witness lied under oath","The judge","person","description","believes","thought"]]],
];
const GAPS_LEFT: [string, string, object, Row[]][] = [
  // a plural pronoun after "X and his wife" with no name set off: "they" stays unresolved (fix33 names the pair
  // only when the wife's name follows, "his wife, Ana,")
  ["they after X and his wife", "Teodor Lisowski and his wife ran the bakery for thirty years. \"We never took a day off,\" they said.", {}, [["We never took a day off,","they","unknown","pronoun","said","speech"]]],
  // "whether" stays in the content, as after "asked whether"
  ["doubts whether", "The committee chairman doubts whether the budget can be passed before the recess.", ALL, [["whether the budget can be passed before the recess","The committee chairman","person","description","doubts","thought"]]],
  // under the four-word bar of opt-in clauses (train: shorter ones annotated 50 to 75% of the time)
  ["are convinced + a short clause", "Many economists are convinced that inflation has peaked.", ALL, []],
  // a noun-phrase stance needs six words, "support" included (train: shorter ones annotated 50 to 75% of the time)
  ["supports + a short noun phrase", "The largest teachers' union supports the plan to raise salaries.", ALL, []],
];

describe('issue 10 variants (probe21): names, kinds, via, cues', () => {
  test.each(NAMES)('%s', (text, def) => {
    expect(rows(text, {})).toEqual(def);
  });
});

describe('issue 15 variants (probe21), every category on', () => {
  test.each(BEYOND_SPEECH)('%s', (text, all) => {
    expect(rows(text, ALL)).toEqual(all);
  });
});

describe('issue 15 variants (probe21), default options: no opt-in category', () => {
  test.each(BEYOND_SPEECH)('%s', (text, _all, def) => {
    const got = rows(text, {});
    expect(got).toEqual(def);
    expect(got.filter((r) => OPT_IN.has(r[5] ?? ''))).toEqual([]);
  });
});

describe('known gaps of probe21, reached since', () => {
  test.each(GAPS_REACHED)('%s', (text, options, want) => {
    expect(rows(text, options)).toEqual(want);
  });
});

describe('known gaps of probe21, left: the current output', () => {
  test.each(GAPS_LEFT)('%s', (_label, text, options, now) => {
    expect(rows(text, options)).toEqual(now);
  });
});
