/**
 * Helper fix89: ten invented news articles in styles the earlier probes left
 * out (a wire story with a dateline, "three people familiar with the
 * negotiations said", a correction note and "Reporting by"; a business story
 * with "said in a filing with the Securities and Exchange Commission",
 * "analysts expect" and "told analysts"; a British tabloid story, ages after
 * names, "fumed:", "blasted", "slammed", a "father-of-three"; an awards
 * night, "told the audience", "said backstage", "wrote on Instagram"; a data
 * breach, "said in a blog post", "according to a notice filed with"; a
 * hurricane, "the center said in its 5 p.m. advisory", "forecasters
 * warned"; a tennis semi-final, "world No 1", "said the Portuguese"; an
 * archbishop's Easter homily, "The Archbishop of Carrowmore, Brendan
 * Tulloch,"; an election night, "conceded", "told cheering supporters", "In a
 * post on social media"; a radio interview, "Speaking on ... programme",
 * "Asked whether ..., he replied:"), kept as fixtures in
 * test/fixtures/fix-89/, each checked row by row: [content, speaker name,
 * cue] with default options (every row also with every category on, but for
 * the two "declined" rows noted). Defects left open are `it.todo` rows naming
 * the input and the expected output; the rows they leave wrong are marked
 * "open" in the tables.
 *
 * Fixed on the way:
 * - "..., three people familiar with the negotiations said.": an attribution
 *   that closes a clause may have one phrase of a preposition after its
 *   subject; it is no clause of a cue before the comma ("failed to agree on
 *   port fees");
 * - "The Mayor of Kelby, Ann Lee,": a name after a title that ends in "of"
 *   ("Mayor of Kelby") is a place or a body, no person, so "the mayor" later
 *   stands for Ann Lee (two people fitted, and the description stayed bare);
 * - "The father-of-three said": a noun of a person joined by hyphens to "of"
 *   and a number is one noun, a speaker (was none);
 * - "A fuming dad said": a participle in -ing the tagger read as a verb,
 *   between an article and a person noun, is part of the phrase (was "dad");
 * - "Worshipper", "parishioner", "churchgoer", "congregant" and "pilgrim" are
 *   job words before a name ("Worshipper Maeve Donnelly" is Maeve Donnelly).
 * Sentences, articles and names are invented.
 */
import { describe, expect, it, test } from 'vitest';
import { EVERY, fixtureText, rowsOf, type Row } from './support/fix-rows.js';

const both = (text: string, expected: Row[]): void => {
  expect(rowsOf(text)).toEqual(expected);
  expect(rowsOf(text, EVERY)).toEqual(expected);
};

describe('fix89: a closing attribution with a phrase of a preposition', () => {
  test.each([
    ['Talks stalled after the two sides failed to agree on fees, three people familiar with the negotiations said.', [['Talks stalled after the two sides failed to agree on fees', 'three people familiar with the negotiations', 'said']]],
    ['The plan collapsed after they failed to agree, people close to the talks said.', [['The plan collapsed after they failed to agree', 'people close to the talks', 'said']]],
    ['The unions agreed to return, a spokesman for the port said on Friday.', [['The unions agreed to return', 'a spokesman for the port', 'said']]],
    // (a plain subject, as before)
    ['Ministers agreed on new quotas, diplomats said.', [['Ministers agreed on new quotas', 'diplomats', 'said']]],
  ])('%s', (text, expected) => both(text, expected as Row[]));
});

describe('fix89: a title that ends in "of" before a name in apposition', () => {
  test.each([
    ['The Mayor of Kelby, Ann Lee, spoke on Sunday. The mayor said the halls would open.', [['the halls would open', 'Ann Lee', 'said']]],
    ['The Archbishop of Carrowmore, Brendan Tulloch, spoke on Sunday. The archbishop said the halls would open.', [['the halls would open', 'Brendan Tulloch', 'said']]],
    // (lower case, as before)
    ['The mayor of Kelby, Ann Lee, spoke on Sunday. The mayor said the halls would open.', [['the halls would open', 'Ann Lee', 'said']]],
    // (a title with "of" right before the name it belongs to, as before)
    ['Secretary of State Ann Lee spoke on Monday. The secretary said the talks were over.', [['the talks were over', 'Ann Lee', 'said']]],
  ])('%s', (text, expected) => both(text, expected as Row[]));
});

describe('fix89: descriptions of a tabloid\'s people', () => {
  test.each([
    ['The father-of-three said the bins smelled.', [['the bins smelled', 'The father-of-three', 'said']]],
    ['A mother-of-two said the bins smelled.', [['the bins smelled', 'A mother-of-two', 'said']]],
    ['A fuming dad said the bins were left.', [['the bins were left', 'A fuming dad', 'said']]],
    ['A fuming mum said the inquest had failed her.', [['the inquest had failed her', 'A fuming mum', 'said']]],
    ['Worshipper Maeve Donnelly said the homily had moved her.', [['the homily had moved her', 'Maeve Donnelly', 'said']]],
    ['Parishioner Orla Breen, who lost her car, said the hall was full.', [['the hall was full', 'Orla Breen', 'said']]],
  ])('%s', (text, expected) => both(text, expected as Row[]));
});

/** Each article's attributions with default options, in order. */
const ARTICLES: [string, Row[]][] = [
  ['wire', [
    // (a closing attribution with a phrase of a preposition, "three people familiar with the negotiations said", is no
    // clause of "to agree" before it: fixed here, was a second row with content "three people ... said")
    ["Talks on renewing the Corvania grain corridor stalled on Tuesday after the two sides failed to agree on port fees","three people familiar with the negotiations","said"],
    ["The Corvanian delegation wants fees cut by half before it signs any extension","one of the sources","said"],
    ["We are not going to sign a deal that makes our farmers pay for someone else's harbour,","Tomas Reyk","told"],
    ["the current fees covered only the cost of dredging and security","Ilsa Marnov","said"],
    ["Nobody is making a profit here,","Ilsa Marnov","said"],
    ["members were ready to move cargo as soon as the corridor reopened","A spokesman for the shipping association","said"],
    ["Exports through Porto Vellan fell 18 percent in February","data from the port authority","according to"],
  ]],
  ['earnings', [
    ["shoppers were switching to cheaper store brands as grocery prices stayed high","Halvorsen Foods","saying"],
    ["it now expects earnings of $2.10 to $2.20 a share, down from $2.45 to $2.55","Halvorsen Foods","said"],
    ["Our customers are making hard choices at the shelf, and we have to meet them where they are,","Dana Oyelaran","said"],
    ["the company would cut about 400 jobs, mostly in its frozen division, and close a plant in Ridgefield","Marcus Pell","told"],
    ["This is a company that got too comfortable with price increases,","Ruth Adeyemi","said"],
    ["the cuts were overdue","Ruth Adeyemi","said"],
    // (with every category on: ["to comment on the plant closure beyond the filing", ..., "declined"])
    ["the plant closure beyond the filing","A Halvorsen spokeswoman","comment on"],
    ["it would keep its dividend unchanged","Halvorsen Foods","added"],
  ]],
  ['tabloid', [
    // ("A fuming dad": the participle belongs to the phrase, fixed here, was "dad"; the one who blasted is Gary Pugh,
    // named in the next sentence: left as the description)
    ["council chiefs","A fuming dad","has blasted"],
    ["the stench outside his home in Hollin Lane, Brackley, was \"unbearable\" and rats had been seen near his kids' paddling pool","Gary Pugh","said"],
    // ("father-of-three" is one noun: fixed here, was no speaker; open: the reader names Gary Pugh, todo below)
    ["It's a disgrace. We pay our council tax like everyone else and we get treated like dirt.","The furious father-of-three","fumed"],
    ["I've lived here forty years and I've never seen it this bad. I can't open my windows.","Sheila Tarrant","added"],
    ["collections would be back to normal by Friday","Brackley Council","said"],
    ["We apologise to residents for the disruption and thank them for their patience.","A council spokesman","said"],
    ["the excuse as 'pathetic'","Dev Raines","slammed"],
    ["an urgent review","Dev Raines","called for"],
    ["Residents have been let down again, Someone needs to take responsibility.","Dev Raines","told"],
    ["two lorries had been off the road since March","A source at the depot","claimed"],
  ]],
  ['awards', [
    ["My mum drove me to every audition in a car with no heating, This one is for her.","Marisol Vance","told"],
    ["he had almost given up on the project twice","Felix Amari","said"],
    ["Nobody wanted to fund a film about a woman alone on a rock for two hours, I am very glad they were wrong.","Felix Amari","said"],
    ["I genuinely did not prepare anything,","Jonah Teal","said"],
    ["this one would end \"before the parking meters run out.\"","Priya Sandhu","promising"],
    ["she was \"still shaking.\"","Marisol Vance","later wrote"],
  ]],
  ['breach', [
    ["hackers stole data of 2 million patients","Kestrel Health","says"],
    ["hackers had stolen the names, addresses and medical record numbers of about 2 million patients in a cyberattack last month","Kestrel Health","said"],
    ["it discovered the intrusion on May 12","The hospital group","said"],
    ["the attackers had access to the network for nine days before they were detected","a notice filed with the Westmark attorney general","According to"],
    ["We deeply regret this incident and the worry it may cause,","Adrian Kole","said"],
    ["no payment card data had been taken","Adrian Kole","said"],
    ["the attack bore the hallmarks of a group known as Ashfall","Brightline","said"],
    ["They go after health systems because every hour of downtime costs lives, so victims pay quickly,","Nora Quist","said"],
    // (with every category on: ["to say whether the company had paid a ransom", ..., "declined"])
    ["whether the company had paid a ransom","A Kestrel spokeswoman","say"],
  ]],
  ['hurricane', [
    ["Hurricane Delia strengthened to a Category 3 storm on Monday and was expected to make landfall near Port Saline late Tuesday","National Hurricane Center","said"],
    ["The storm had maximum sustained winds of 115 miles per hour and was moving northwest at 12 mph","National Hurricane Center","said"],
    ["a storm surge of up to 12 feet along the coast east of the eye","Forecasters","warned of"],
    ["If you are told to leave, leave now. Do not wait for the wind to pick up,","Ellen Marsh","said"],
    ["she had asked for a federal emergency declaration and that 2,000 National Guard troops were on standby","Ellen Marsh","said"],
    ["about 30,000 residents had already left the city","Luis Ortega","said"],
    ["The ones who are staying worry me,","Luis Ortega","said"],
    ["she had ridden out two hurricanes before","Emily Dawes","said"],
    ["Not this one, My daughter made me promise.","Emily Dawes","said"],
    ["shelters in three counties would open at noon on Tuesday","Officials","said"],
  ]],
  ['tennis', [
    // open: "Unseeded" is no part of the name (todo below)
    ["I was just trying to put the ball in the court and make her play one more shot, I didn't look at the score once.","Unseeded Daria Kovalenko","said"],
    ["she had felt a problem with her shoulder from the second set","Ines Barros","said"],
    // open: "the Portuguese" is Ines Barros (todo below)
    ["It's not an excuse. She played better in the big moments, I'll see the doctor tomorrow and we will decide about next week.","Portuguese","said"],
    ["the pair had spent the morning working on her second serve","Sergei Lind","said"],
    ["She listens, which is rare at that age,","Sergei Lind","said"],
  ]],
  ['homily', [
    ["welcome for flood refugees in Easter homily","Archbishop","calls for"],
    ["parishes to open their halls to families displaced by last month's floods","Brendan Tulloch","to urge"],
    ["A church with locked doors at Easter has forgotten what Easter is for,","Brendan Tulloch","told"],
    ["more than 1,200 people across the diocese were still living with relatives or in hotels","Brendan Tulloch","said"],
    // ("The Archbishop of Carrowmore, Brendan Tulloch,": the name after a title's "of" is no person, so "the
    // archbishop" is Tulloch: fixed here, was "The archbishop")
    ["volunteers who had cleared mud from homes in Leckford and Drumhallow","Brendan Tulloch","praised"],
    ["them as \"the Easter story in wellington boots.\"","Brendan Tulloch","describing"],
    ["his parish hall had housed 14 families since the floods","Aidan Rourke","said"],
    ["Some of them have nothing left but the clothes they came in,","Aidan Rourke","said"],
    ["temporary cabins would be ready for the first families by the end of May","A spokeswoman for the county council","said"],
    // ("Worshipper" is a job word before a name: fixed here, was "Worshipper Maeve Donnelly")
    ["the homily had moved her to tears","Maeve Donnelly","said"],
  ]],
  ['election', [
    ["Tarnfield race","Samuel Okafor","concedes"],
    ["narrow win","Ruth Lindqvist","claims"],
    ["The people of Tarnfield have asked for change, and tomorrow we start delivering it,","Ruth Lindqvist","told"],
    ["to freeze bus fares for two years and to publish every council contract online within her first hundred days","Ruth Lindqvist","promised"],
    ["he had called Lindqvist to congratulate her","Samuel Okafor","told"],
    ["I wish her well. Tarnfield needs her to succeed,","Samuel Okafor","said"],
    ["voters for \"twelve extraordinary years.\"","Gerald Pryce","thanked"],
    ["Turnout was 41 percent, up from 33 percent four years ago","the returning officer","said"],
    ["the result showed how far the city's suburbs had drifted from the governing party","Hannah Crewe","said"],
    ["This was lost in the outer wards, not in the centre,","Hannah Crewe","said"],
  ]],
  ['radio', [
    ["households would pay \"less than the price of a coffee a week.\"","Colm Ashdown","telling"],
    ["the money would go directly to repairing leaking mains","Colm Ashdown","said"],
    ["Every penny of this is ring-fenced. None of it goes into the general pot,","Colm Ashdown","said"],
    ["whether the government would back down after a week of protests",null,"Asked"],
    ["No. We have made the case and we will keep making it.","Colm Ashdown","replied"],
    ["the minister of \"insulting people's intelligence.\"","Tara Quigley","accused"],
    ["A coffee a week is still money that families on the breadline do not have,","Tara Quigley","told"],
    ["The levy is expected to raise about 80 million a year","figures published by the finance department","according to"],
    ["a further march would go ahead in Harbour City next Saturday","Dermot Kiely","said"],
    ["organisers expected more than 10,000 people to attend","Dermot Kiely","said"],
    ["he would meet residents' groups next month","The minister's office","later said"],
  ]],
];

/** Rows that every category on replaces with its own (the cue "declined" reports the infinitive). */
const DEFAULT_ONLY = new Set([
  JSON.stringify(['the plant closure beyond the filing', 'A Halvorsen spokeswoman', 'comment on']),
  JSON.stringify(['whether the company had paid a ransom', 'A Kestrel spokeswoman', 'say']),
]);

describe('fix89: the invented articles, row by row', () => {
  test.each(ARTICLES)('%s', (name, expected) => {
    expect(rowsOf(fixtureText('fix-89', name))).toEqual(expected);
  });
  test.each(ARTICLES)('%s with every category keeps its rows', (name, expected) => {
    const rows = rowsOf(fixtureText('fix-89', name), EVERY);
    for (const row of expected) if (!DEFAULT_ONLY.has(JSON.stringify(row))) expect(rows).toContainEqual(row);
  });
  test('earnings and breach with every category: "declined" reports the infinitive', () => {
    expect(rowsOf(fixtureText('fix-89', 'earnings'), EVERY)).toContainEqual(['to comment on the plant closure beyond the filing', 'A Halvorsen spokeswoman', 'declined']);
    expect(rowsOf(fixtureText('fix-89', 'breach'), EVERY)).toContainEqual(['to say whether the company had paid a ransom', 'A Kestrel spokeswoman', 'declined']);
  });
  it.todo('tennis: "Unseeded Daria Kovalenko reached her first tour final ... \"I was just trying ...,\" Kovalenko said." -> speaker "Daria Kovalenko" (now "Unseeded Daria Kovalenko": a capitalised adjective opening the sentence before an unknown first name stays in the name)');
  it.todo('tennis: "Barros ... said she had felt a problem ... \"It\'s not an excuse ...,\" said the Portuguese." -> speaker "Ines Barros" (now "Portuguese": "the" and a nationality noun is read as a name, not as a description of the one person named before)');
  it.todo('tabloid: "Gary Pugh, 46, said ... The furious father-of-three fumed: \'It\'s a disgrace ...\'" -> speaker "Gary Pugh" (now the description "The furious father-of-three": a modified kin description is not resolved to the person named just before)');
  it.todo('wire: "Corvania grain deal talks stall over port fees - sources" -> ["Corvania grain deal talks stall over port fees", "sources", null] (a wire headline credited after a dash reports nothing)');
  it.todo('wire, every category on: "(This story has been corrected to show that exports fell 18 percent ...)" -> no row (now an evidence row by "This story", cue "to show": a correction note is no source)');
});
