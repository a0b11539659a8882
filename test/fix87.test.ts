/**
 * Helper fix87: six invented news articles in styles the earlier probes left
 * out (an Indian English newspaper report, "said Shri ...", "informed that",
 * "stated that", lakh and crore, a dateline "DEVGARH:"; a football
 * transfer-rumour column, "according to reports in Spain", "sources close to
 * the player"; a space agency's news release with a mission scientist who
 * "explained" and "noted"; an American local crime brief with a police
 * spokesperson and "a neighbor who asked not to be named"; a business profile
 * whose chief executive is quoted over three paragraphs, the quotation closed
 * only at the last; a Q:/A: interview with a senator mixed with narrated
 * lines), kept as fixtures in test/fixtures/fix-87/, each checked row by row:
 * [content, speaker name, cue] with default options (every row also with
 * every category on). Defects left open are `it.todo` rows naming the input
 * and the expected output; the rows they leave wrong are marked "open".
 *
 * Fixed on the way:
 * - "Shri Ramesh Kulkarni", "District Collector Smt. Anjali Deshpande":
 *   "shri", "smt" and "shrimati" are honorifics and "collector" a title;
 * - "DEVGARH: The state has cleared the plan, said the minister.": a lone
 *   label in capitals is a dateline, not a transcript's speaker, when it names
 *   a known place or its line narrates with "said" and no I, we or you.
 * Sentences, articles and names are invented.
 */
import { describe, expect, it, test } from 'vitest';
import { EVERY, fixtureText, rowsOf, type Row } from './support/fix-rows.js';

const both = (text: string, expected: Row[]): void => {
  expect(rowsOf(text)).toEqual(expected);
  expect(rowsOf(text, EVERY)).toEqual(expected);
};

describe('fix87: Indian honorifics and the district collector are titles', () => {
  test.each([
    ['Shri Mohan Verlekar said the bridge would open in May.', [['the bridge would open in May', 'Mohan Verlekar', 'said']]],
    ['Smt. Kavita Rane said the bridge would open in May.', [['the bridge would open in May', 'Kavita Rane', 'said']]],
    ['Shrimati Kavita Rane said the bridge would open in May.', [['the bridge would open in May', 'Kavita Rane', 'said']]],
    ['District Collector Smt. Kavita Rane said the bridge would open in May.', [['the bridge would open in May', 'Kavita Rane', 'said']]],
    ['District Collector Kavita Rane said the bridge would open in May.', [['the bridge would open in May', 'Kavita Rane', 'said']]],
    ['Shri Verlekar informed that the bridge would open in May.', [['the bridge would open in May', 'Verlekar', 'informed']]],
  ] as [string, Row[]][])('%s', both);
});

describe('fix87: a lone label in capitals that is a dateline speaks no turn', () => {
  test.each([
    ['TALWADI: The state has cleared a Rs 90 crore road plan, said Shri Mohan Verlekar on Friday.', [['The state has cleared a Rs 90 crore road plan', 'Mohan Verlekar', 'said']]],
    ['MUMBAI: The state has cleared the road plan, the minister said.', [['The state has cleared the road plan', 'the minister', 'said']]],
    // a known place with no attribution of its own: nothing
    ['MUMBAI: The state has cleared the road plan on Friday.', []],
    // a label in capitals whose line talks, or among other labelled lines, is still a turn
    ['VERLEKAR: We said the road would open in May.', [['We said the road would open in May', 'VERLEKAR', ':'], ['the road would open in May', 'We', 'said']]],
    ['HOST: Will the road open in May?\n\nVERLEKAR: The minister said it would open in June.', [['Will the road open in May', 'HOST', ':'], ['The minister said it would open in June', 'VERLEKAR', ':'], ['it would open in June', 'The minister', 'said']]],
  ] as [string, Row[]][])('%s', both);
});

/** Each article's attributions with default options, in order. */
const ARTICLES: [string, Row[]][] = [
  ['india', [
    ["Rs 450 crore water scheme for Devgarh district cleared","minister","says"],
    // ("Shri", "Smt." and "Collector" are titles, fixed here: was "Shri Ramesh Kulkarni"; the dateline "DEVGARH:" was a
    // spurious transcript turn by "Devgarh" over this paragraph: fixed here)
    ["The state government has cleared a Rs 450 crore drinking water scheme that will benefit nearly 12 lakh residents of Devgarh district","Ramesh Kulkarni","said"],
    ["work on the pipeline would begin before the monsoon","Ramesh Kulkarni","informed"],
    ["the first phase would cover 86 villages in Sonpur and Malkheda tehsils","Ramesh Kulkarni","stated"],
    ["No village in Devgarh will depend on tankers after 2028. This is the commitment of our government,","Ramesh Kulkarni","said"],
    // (was "District Collector Smt. Anjali Deshpande": fixed here)
    ["a special cell had been set up to monitor the progress of the project","Anjali Deshpande","said"],
    ["land acquisition for the treatment plant was already complete","Anjali Deshpande","According to"],
    ["the scheme had been announced three times before without any result","Vikram Patil","alleged"],
    ["The people of Devgarh have heard these promises since 2014,","Vikram Patil","said"],
    ["women in her village walked nearly four kilometres every day to fetch water","Sunita Jadhav","said"],
    ["tenders worth Rs 120 crore would be floated by the end of the month","Officials","said"],
  ]],
  ['transfer', [
    // open: a column's label in capitals is no speaker (todo below)
    ["Rovers eye move for Valdera striker Iker Santaolla","TRANSFER TALK",":"],
    ["Rovers are preparing a bid of around 40 million euros for Valdera striker Iker Santaolla","reports in Spain","according to"],
    ["he would welcome a move to England this summer","Sources close to the player","said"],
    ["Rovers have already held talks with Santaolla's agent, Pablo Urrutia","Diario Marca Norte","claims"],
    // open: the reporter asked; the content runs into the place of asking (todo below)
    ["the striker at his pre-season press conference",null,"was coy when asked about"],
    ["I don't talk about players who belong to other clubs, But everybody knows we need goals.","Glen Fairhurst","said"],
    ["their star man is not for sale","Valdera","insist"],
    ["Santaolla \"has a contract and will respect it.\"","Josu Arrieta","told"],
    // (hearsay with no speaker; the content loses "are said" from its middle)
    ["Cole's representatives to be keen on a move abroad",null,"are said"],
    ["the club did not comment on speculation","A Rovers spokesperson","said"],
  ]],
  ['space', [
    ["The Selene Pathfinder orbiter has detected signs of water ice on the floor of a permanently shadowed crater near the Moon's south pole","National Space Research Agency","announced"],
    ["The orbiter's radar instrument measured reflections consistent with ice mixed into the top metre of soil","Helena Voss","explained"],
    ["We have suspected for decades that these craters trap water, but this is the clearest signal we have ever seen,","Helena Voss","said"],
    ["the ice could one day supply drinking water and rocket fuel for astronauts","Helena Voss","noted"],
    ["If the deposits are as large as we think, a future base would not have to bring all of its water from Earth,","Helena Voss","said"],
    ["the orbiter was healthy and had enough fuel to operate until at least 2031","Samuel Okonjo","said"],
    ["The team plans to aim the radar at three more craters next spring","Samuel Okonjo","added"],
    ["rough rock can produce similar radar echoes","Mara Lindahl","cautioned"],
    ["the full results would be published in the journal Planetary Surfaces later this year","National Space Research Agency","said"],
  ]],
  ['crime', [
    ["A 27-year-old man was hospitalized Saturday night after being shot outside a convenience store on Elm Street","police","said"],
    ["Officers responded to reports of gunfire around 11:40 p.m. and found the victim with a gunshot wound to his leg","Dana Whitfield","according to"],
    ["The man was taken to Brookfield General Hospital, where he was listed in stable condition Sunday","Dana Whitfield","said"],
    ["We believe this was a targeted incident and there is no ongoing threat to the public,","Dana Whitfield","said"],
    // ("Police" resolves to the department named before)
    ["they were looking for a dark-colored sedan that was seen leaving the area","Brookfield Police Department","said"],
    ["I heard three or four pops and then somebody screaming, This used to be a quiet block.","a neighbor","said"],
    ["he had called the city twice this year about broken streetlights on the corner","Luis Ortega","said"],
    ["no arrests had been made as of Sunday afternoon","Investigators","said"],
  ]],
  ['profile', [
    // (a quotation with no attribution of its own in the paragraph after a report goes on with it, as annotated
    // news counts a quote running on; it runs over two paragraph breaks with no closing mark until the last)
    ["the habit keeps her honest When we started, we had one loom, two customers and no idea what we were doing. I made every mistake you can make. I bought the wrong yarn, I priced everything too low, and I nearly lost the house. What saved us was that the customers kept coming back. They told their friends, and their friends told theirs. We never spent a penny on advertising in the first five years. Now the challenge is different. I have to make sure that a company of 340 people still feels like the garage did.","Maren Kessler","says"],
    ["the firm had grown by about 30 per cent a year since 2019","Tobias Wren","said"],
    ["Kessler Looms was \"a lovely story, but still a niche business.\"","Priya Doshi","said"],
    ["Niche is fine, Niche pays the wages.","Maren Kessler","says"],
  ]],
  ['qa', [
    // open: the headline's "'Quote': Senator Halvorsen on ..." names its speaker (todo below)
    ["We will not raise taxes",null,null],
    ["Senator, will you support the governor's budget","Q",":"],
    ["Not in its current form. It spends money we do not have, and it asks working families to pay for it","Ingrid Halvorsen",":"],
    // open: "asks families to pay" is a request inside the answer, not a report by "it" (todo below)
    ["working families to pay for it","it","asks"],
    ["Your critics say you have no plan of your own","Q",":"],
    ["you have no plan of your own","critics","say"],
    ["That is simply not true. We published a plan in March, and nobody from the governor's office has read it","Ingrid Halvorsen",":"],
    ["Would you accept a tax increase of any kind","Q",":"],
    ["No. We will not raise taxes this year. I have said that from the start","Ingrid Halvorsen",":"],
    ["she had spoken to the governor by phone on Tuesday but that the call had \"gone nowhere.\"","Ingrid Halvorsen","said"],
    ["the senator's plan \"does not add up.\"","Governor Paul Drexler's office","said"],
    ["What happens if there is no deal by July 1","Q",":"],
    ["Then the state shuts down, and that is on the governor","Ingrid Halvorsen",":"],
  ]],
];

describe('fix87: the invented articles, row by row', () => {
  test.each(ARTICLES)('%s', (name, expected) => {
    expect(rowsOf(fixtureText('fix-87', name))).toEqual(expected);
  });
  test.each(ARTICLES)('%s with every category keeps its rows', (name, expected) => {
    const rows = rowsOf(fixtureText('fix-87', name), EVERY);
    for (const row of expected) expect(rows).toContainEqual(row);
  });
  it.todo('qa: "\'We will not raise taxes\': Senator Halvorsen on the budget fight" (a headline) -> ["We will not raise taxes", "Ingrid Halvorsen", null] (now no speaker: a quotation then a colon and a name names its speaker)');
  it.todo('transfer: "TRANSFER TALK: Rovers eye move for Valdera striker Iker Santaolla" -> no row (now a headline by "TRANSFER TALK": a column\'s label in capitals before a headline is no speaker)');
  it.todo('transfer: "Rovers manager Glen Fairhurst was coy when asked about the striker at his pre-season press conference." -> no row, or ["the striker", null, "asked about"] (now content "the striker at his pre-season press conference", cue "was coy when asked about")');
  it.todo('qa: "A: ... It spends money we do not have, and it asks working families to pay for it." -> only the answer\'s row (now also ["working families to pay for it", "it", "asks"]: "ask" with an object and "to" is a request)');
  it.todo('transfer: "Cole\'s representatives are said to be keen on a move abroad." -> ["Cole\'s representatives are said to be keen on a move abroad" or its clause, null, "are said"] (now the content "Cole\'s representatives to be keen on a move abroad" skips "are said" in its middle)');
});
