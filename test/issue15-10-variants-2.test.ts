/**
 * Variants of the examples of issue 15 (opt-in thought, evidence and stance)
 * and issue 10 (speaker names), written anew for helper probe16, different
 * from test/issue15-10-variants.test.ts. Each row is the exact output:
 * content, speaker name, entity kind, `via`, cue and its category. The
 * issue-15 sentences give no opt-in category with default options.
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { ALL, OPT_IN, quoteTuples as rows, type QuoteTuple as Row } from './support/category-rows.js';

/**
 * Issue 15 variants: [text, rows with every category on, rows with default
 * options]. Empty rows with every category on are the measured bars of
 * attribution/reported/opt-in.ts ("hope that" with a clause under eight
 * words) or no attribution at all: "think tank", "show a film", "support
 * beams", "records music", "Police records were destroyed", "The study of
 * ancient coins", a thought without a clause.
 */
const BEYOND_SPEECH: [string, Row[], Row[]][] = [
  ["The farmers' union believes that the new rules will ruin small growers.", [["the new rules will ruin small growers","The farmers' union","organization","description","believes","thought"]], []],
  ["Residents fear that the river will flood again this winter.", [["the river will flood again this winter","Residents","group","description","fear","thought"]], []],
  ["The ambassador is confident that the talks will produce a deal.", [["the talks will produce a deal","The ambassador","person","description","is confident","thought"]], []],
  ["A new poll shows that the governor has lost support among young voters.", [["the governor has lost support among young voters","A new poll","unknown","description","shows","evidence"]], []],
  ["The poll shows the challenger leading by four points in the suburbs.", [["the challenger leading by four points in the suburbs","The poll","unknown","description","shows","evidence"]], []],
  ["A study found that people who walk daily live longer than those who do not.", [["people who walk daily live longer than those who do not","A study","unknown","description","found","evidence"]], []],
  ["A recent study found that most commuters would pay more for faster trains.", [["most commuters would pay more for faster trains","A recent study","unknown","description","found","evidence"]], []],
  ["Court records show that the company was sued six times in five years.", [["the company was sued six times in five years","Court records","unknown","description","show","evidence"]], []],
  ["Records show the councillor missed half of the meetings last year.", [["the councillor missed half of the meetings last year","Records","unknown","description","show","evidence"]], []],
  ["The union supports the plan to raise the minimum wage.", [["the plan to raise the minimum wage","The union","organization","description","supports","stance"]], []],
  ["The governor opposes the new pipeline through the state park.", [["the new pipeline through the state park","The governor","person","description","opposes","stance"]], []],
  ["Most residents support the new bike lanes on Main Street.", [["the new bike lanes on Main Street","Most residents","group","description","support","stance"]], []],
  ["Farmers oppose the ban on pesticides.", [["the ban on pesticides","Farmers","group","description","oppose","stance"]], []],
  ["Many parents believe the school day is too long for young children.", [["the school day is too long for young children","Many parents","group","description","believe","thought"]], []],
  ["Scientists fear the virus could spread to other species within months.", [["the virus could spread to other species within months","Scientists","group","description","fear","thought"]], []],
  ["The board thinks the merger will save money for shareholders over time.", [["the merger will save money for shareholders over time","The board","organization","description","thinks","thought"]], []],
  ["Survey data show that rents have doubled in the past decade.", [["rents have doubled in the past decade","Survey data","unknown","description","show","evidence"]], []],
  ["An internal report found that managers ignored repeated safety warnings.", [["managers ignored repeated safety warnings","An internal report","unknown","description","found","evidence"]], []],
  ["The think tank released a report on housing costs on Monday.", [], []],
  ["The cinema will show a film about the war next week.", [], []],
  ["Engineers installed new support beams under the bridge.", [], []],
  ["The band records music in a barn outside the town.", [], []],
  ["She records every meeting on her phone.", [], []],
  ["The museum will show paintings from the collection.", [], []],
  ["The think tank said the tax cut would cost billions.", [["the tax cut would cost billions","The think tank","unknown","description","said","speech"]], [["the tax cut would cost billions","The think tank","unknown","description","said","speech"]]],
  ["Police records were destroyed in the fire.", [], []],
  ["The study of ancient coins took ten years.", [], []],
  ["The senator is confident.", [], []],
  ["The opposition party fears a rigged election.", [], []],
  ["Voters in the north support the ruling party by a wide margin.", [["the ruling party","Voters in the north","group","description","support","stance"]], []],
  ["The results of the survey show a sharp fall in trust in the police.", [["a sharp fall in trust in the police","The results of the survey","unknown","description","show","evidence"]], []],
  ["Internal emails reveal that the director knew about the problem.", [["the director knew about the problem","Internal emails","unknown","description","reveal","speech"]], [["the director knew about the problem","Internal emails","unknown","description","reveal","speech"]]],
  ["Hospital data indicate that waiting times have grown longer since January.", [["waiting times have grown longer since January","Hospital data","unknown","description","indicate","speech"]], [["waiting times have grown longer since January","Hospital data","unknown","description","indicate","speech"]]],
  ["The Green Party opposes building a third runway at the airport.", [["building a third runway at the airport","Green Party","organization","name","opposes","stance"]], []],
  ["Union leaders are confident that members will back the deal.", [["members will back the deal","Union leaders","group","description","are confident","thought"]], []],
];

/**
 * Issue 10 variants: [text, rows with default options]. Descriptions with
 * their name in an appositive, a name in the sentence before a pronoun,
 * pronouns after two people of known gender (and "she" after only a man:
 * unresolved), "the ministry" / "the bank" / "the department" after the
 * named body, titles (Sen., Rep., Gov., Dr., Prof., Chief Executive,
 * Attorney General), names with particles ("van der Berg", "de la Cruz",
 * "van Dijk", "de Vries", said alone or in full), apostrophes ("O'Neill")
 * and hyphens ("Lee-Morton").
 */
const NAMES: [string, Row[]][] = [
  ["The chief of the regional water board, Helen Marsh, said supplies would last until autumn.", [["supplies would last until autumn","Helen Marsh","person","name","said","speech"]]],
  ["The new coach spoke to reporters on Sunday. His name is Ryan Cole. \"We start from zero,\" he said.", [["We start from zero,","Ryan Cole","person","pronoun","said","speech"]]],
  ["Frank Doyle met Susan Price on Tuesday. \"The numbers look bad,\" she said.", [["The numbers look bad,","Susan Price","person","pronoun","said","speech"]]],
  ["Frank Doyle met Susan Price on Tuesday. \"The numbers look bad,\" he said.", [["The numbers look bad,","Frank Doyle","person","pronoun","said","speech"]]],
  ["Laura Finch and Martin Hale toured the plant. He said the line would restart in May.", [["the line would restart in May","Martin Hale","person","pronoun","said","speech"]]],
  ["The Ministry of Health released new figures. The ministry said infections had fallen.", [["infections had fallen","Ministry of Health","organization","description","said","speech"]]],
  ["Halvorsen Bank cut its forecast. The bank said growth would slow next year.", [["growth would slow next year","Halvorsen Bank","organization","description","said","speech"]]],
  ["The Transport Department opened an inquiry. The department said the trains were unsafe.", [["the trains were unsafe","Transport Department","organization","description","said","speech"]]],
  ["Sen. Grace Holden said the budget was too small.", [["the budget was too small","Grace Holden","person","name","said","speech"]]],
  ["Rep. Oscar Bell, a Democrat from Maine, said the vote was rigged.", [["the vote was rigged","Oscar Bell","person","name","said","speech"]]],
  ["Gov. Linda Park signed the bill and said it would help farmers.", [["it would help farmers","Linda Park","person","name","said","speech"]]],
  ["Dr. Samuel Okafor, who runs the clinic, said the vaccine was safe.", [["the vaccine was safe","Samuel Okafor","person","name","said","speech"]]],
  ["Prof. Irene Walsh of Leeds University said the findings were surprising.", [["the findings were surprising","Irene Walsh","person","name","said","speech"]]],
  ["Chief Executive Tom Richter said sales would recover in the spring.", [["sales would recover in the spring","Tom Richter","person","name","said","speech"]]],
  ["\"We will not sell,\" said Chief Executive Nora Blake.", [["We will not sell,","Nora Blake","person","name","said","speech"]]],
  ["\"The market is turning,\" said Pieter van der Berg, a trader in Amsterdam.", [["The market is turning,","Pieter van der Berg","person","name","said","speech"]]],
  ["Maria de la Cruz, the city's treasurer, said the books were balanced.", [["the books were balanced","Maria de la Cruz","person","name","said","speech"]]],
  ["\"This is a fair deal,\" said Sean O'Neill, the union leader.", [["This is a fair deal,","Sean O'Neill","person","name","said","speech"]]],
  ["Fiona McAllister said the school would reopen next week.", [["the school would reopen next week","Fiona McAllister","person","name","said","speech"]]],
  ["Jan van der Berg arrived first. \"The weather held,\" van der Berg said.", [["The weather held,","Jan van der Berg","person","name","said","speech"]]],
  ["Luis de la Cruz spoke next. \"We need more buses,\" de la Cruz said.", [["We need more buses,","Luis de la Cruz","person","name","said","speech"]]],
  ["Brian O'Neill won the seat. \"I owe this to my family,\" O'Neill said.", [["I owe this to my family,","Brian O'Neill","person","name","said","speech"]]],
  ["Karen McAllister took questions. \"Nothing has changed,\" McAllister said.", [["Nothing has changed,","Karen McAllister","person","name","said","speech"]]],
  ["Emily Ross gave a speech in Leeds. \"It went well,\" Emily said.", [["It went well,","Emily Ross","person","name","said","speech"]]],
  ["Daniel Frost met the press. \"I am not resigning,\" she said.", [["I am not resigning,","she","unknown","pronoun","said","speech"]]],
  ["Mr. Grant and Mrs. Lowell were both at the hearing. \"I object,\" Mrs. Lowell said.", [["I object,","Lowell","person","name","said","speech"]]],
  ["The spokeswoman for the fire service, Anne Kirby, said two homes were lost.", [["two homes were lost","Anne Kirby","person","name","said","speech"]]],
  ["A lawyer for the family, James Ortega, said they would appeal.", [["they would appeal","James Ortega","person","name","said","speech"]]],
  ["Officials at the Ministry of Finance said the deficit would narrow.", [["the deficit would narrow","Officials at the Ministry of Finance","group","description","said","speech"]]],
  ["\"Nothing will change,\" the chief executive of Northwind Energy said.", [["Nothing will change,","the chief executive of Northwind Energy","person","description","said","speech"]]],
  ["Rep. Alan Stroud (D-Ore.) and Sen. Beth Kaye (R-Utah) said the bill was dead.", [["the bill was dead","Alan Stroud and Beth Kaye","person","name","said","speech"]]],
  ["\"We are shocked,\" said Dr. Hannah Lee-Morton, a surgeon at the hospital.", [["We are shocked,","Hannah Lee-Morton","person","name","said","speech"]]],
  ["The mayor of Springfield, Ed Carver, said the parade was cancelled.", [["the parade was cancelled","Ed Carver","person","name","said","speech"]]],
  ["Attorney General Ruth Sayer said the case would go to trial.", [["the case would go to trial","Ruth Sayer","person","name","said","speech"]]],
  ["\"It is too early to say,\" Prof. Daniel Abara said.", [["It is too early to say,","Daniel Abara","person","name","said","speech"]]],
  ["Gareth O'Brien and Megan Hughes spoke after the game. \"We were lucky,\" O'Brien said.", [["We were lucky,","Gareth O'Brien","person","name","said","speech"]]],
  ["Sen. Grace Holden met voters in Dover. The senator said the plan was fair.", [["the plan was fair","Grace Holden","person","description","said","speech"]]],
  ["Chief Executive Tom Richter opened the meeting. The chief executive said costs had doubled.", [["costs had doubled","Tom Richter","person","description","said","speech"]]],
  ["Dr. Samuel Okafor runs the clinic. The doctor said the wards were full.", [["the wards were full","Samuel Okafor","person","description","said","speech"]]],
  ["Gov. Linda Park and Mayor Ed Carver met on Friday. The governor said the deal was close.", [["the deal was close","Linda Park","person","description","said","speech"]]],
  ["Ann Holt thanked Peter Marsh. \"He did all the work,\" she said.", [["He did all the work,","Ann Holt","person","pronoun","said","speech"]]],
  ["Peter Marsh thanked Ann Holt. \"She did all the work,\" he said.", [["She did all the work,","Peter Marsh","person","pronoun","said","speech"]]],
  ["The Treasury Department issued a report. The department said debt would rise.", [["debt would rise","Treasury Department","organization","description","said","speech"]]],
  ["Rep. Alan Stroud of Oregon said the vote was close. Stroud added that he would try again.", [["the vote was close","Alan Stroud","person","name","said","speech"],["he would try again","Alan Stroud","person","name","added","speech"]]],
  ["\"It is a sad day,\" said Prof. Irene Walsh-Carter of Leeds.", [["It is a sad day,","Irene Walsh-Carter","person","name","said","speech"]]],
  ["\"I have no regrets,\" Mary O'Connor said after the vote.", [["I have no regrets,","Mary O'Connor","person","name","said","speech"]]],
  ["Neil McDonald, the mayor, said the road would reopen.", [["the road would reopen","Neil McDonald","person","name","said","speech"]]],
  ["\"We need more buses,\" de la Cruz said.", [["We need more buses,","de la Cruz","person","name","said","speech"]]],
  ["\"We need more buses,\" van Dijk said.", [["We need more buses,","van Dijk","person","name","said","speech"]]],
  ["\"We need more buses,\" van Dijk said on Friday.", [["We need more buses,","van Dijk","person","name","said","speech"]]],
  ["Luis de la Cruz spoke next. De la Cruz said the buses were late.", [["the buses were late","Luis de la Cruz","person","name","said","speech"]]],
  ["Luis de la Cruz spoke next. \"We need more buses,\" said de la Cruz.", [["We need more buses,","Luis de la Cruz","person","name","said","speech"]]],
  ["The report was written by Anne de Vries. \"It is clear,\" de Vries said.", [["It is clear,","Anne de Vries","person","name","said","speech"]]],
  ["Carlos da Silva said the team was tired.", [["the team was tired","Carlos da Silva","person","name","said","speech"]]],
];

describe('issue 15 variants 2, every category on (probe16)', () => {
  test.each(BEYOND_SPEECH)('%s', (text, all) => {
    expect(rows(text, ALL)).toEqual(all);
  });
});

describe('issue 15 variants 2, default options: no opt-in category (probe16)', () => {
  test.each(BEYOND_SPEECH)('%s', (text, _all, def) => {
    const got = rows(text, {});
    expect(got).toEqual(def);
    expect(got.filter((r) => OPT_IN.has(r[5] ?? ''))).toEqual([]);
  });
});

describe('issue 10 variants 2: names, kinds, via, cues (probe16)', () => {
  test.each(NAMES)('%s', (text, def) => {
    expect(rows(text, {})).toEqual(def);
  });
});
