/**
 * Variants of the examples of issue 15 (opt-in thought, evidence and stance)
 * and issue 10 (speaker names), written anew for helper probe18, different
 * from test/issue15-10-variants.test.ts and test/issue15-10-variants-2.test.ts.
 * Each row is the exact output: content, speaker name, entity kind, `via`, cue
 * and its category. The issue-15 sentences give no opt-in category with
 * default options. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { ALL, OPT_IN, quoteTuples as rows, type QuoteTuple as Row } from './support/category-rows.js';

/**
 * Issue 15 variants: [text, rows with every category on, rows with default
 * options]. A singular subject before "fears", "doubts", "suspects" and a
 * "that" clause (verbs the tagger reads as plural nouns) speaks; a compound
 * noun of time stays in a stance object ("the school week", "the working
 * week"). Empty rows: "think tank", "show a documentary", "records her
 * albums", "expects a baby", "the survey crew", "The survey of local firms",
 * and a thought with no clause ("Residents fear a second flood"), a measured
 * bar of attribution/reported/opt-in.ts.
 */
const BEYOND_SPEECH: [string, Row[], Row[]][] = [
  ["The fishing crews believe that the new quotas will push many boats out of business.", [["the new quotas will push many boats out of business","The fishing crews","group","description","believe","thought"]], []],
  ["Most analysts think that the central bank will hold rates steady through the summer.", [["the central bank will hold rates steady through the summer","Most analysts","group","description","think","thought"]], []],
  ["Health officials fear that the outbreak will reach the capital within weeks.", [["the outbreak will reach the capital within weeks","Health officials","group","description","fear","thought"]], []],
  ["The organisers hope that the festival will draw more visitors than last year.", [["the festival will draw more visitors than last year","The organisers","group","description","hope","thought"]], []],
  ["Investors expect that regulators will clear the merger within a few short months.", [["regulators will clear the merger within a few short months","Investors","group","description","expect","thought"]], []],
  ["Several board members doubt that the new chief executive can turn the company around.", [["the new chief executive can turn the company around","Several board members","group","description","doubt","thought"]], []],
  ["Police suspect that the fire was set deliberately by someone inside the building.", [["the fire was set deliberately by someone inside the building","Police","organization","description","suspect","thought"]], []],
  ["The data show that hospital admissions rose sharply during the heat wave.", [["hospital admissions rose sharply during the heat wave","The data","unknown","description","show","evidence"]], []],
  ["A survey found that nearly half of small firms plan to cut staff this year.", [["nearly half of small firms plan to cut staff this year","A survey","unknown","description","found","evidence"]], []],
  ["Documents reveal that the council paid twice for the same repairs.", [["the council paid twice for the same repairs","Documents","unknown","description","reveal","speech"]], [["the council paid twice for the same repairs","Documents","unknown","description","reveal","speech"]]],
  ["Figures suggest that the number of tourists has returned to its old level.", [["the number of tourists has returned to its old level","Figures","unknown","description","suggest","speech"]], [["the number of tourists has returned to its old level","Figures","unknown","description","suggest","speech"]]],
  ["The teachers' union supports the proposal to shorten the school week.", [["the proposal to shorten the school week","The teachers' union","organization","description","supports","stance"]], []],
  ["Shop owners oppose the plan to close the high street to cars.", [["the plan to close the high street to cars","Shop owners","group","description","oppose","stance"]], []],
  ["The minister condemned the attack on the embassy.", [["the attack on the embassy","The minister","person","description","condemned","speech"]], [["the attack on the embassy","The minister","person","description","condemned","speech"]]],
  ["The think tank published its annual review of public spending.", [], []],
  ["The gallery will show a documentary about the painter next month.", [], []],
  ["The singer records her albums in a small studio in the hills.", [], []],
  ["The couple expects a baby in the spring.", [], []],
  ["The survey crew spent three weeks mapping the coast.", [], []],
  ["Data show a steady rise in the price of bread over the past year.", [["a steady rise in the price of bread over the past year","Data","unknown","description","show","evidence"]], []],
  ["Early results suggest that the new drug cuts the risk of stroke by a third.", [["the new drug cuts the risk of stroke by a third","Early results","unknown","description","suggest","speech"]], [["the new drug cuts the risk of stroke by a third","Early results","unknown","description","suggest","speech"]]],
  ["An audit found that the agency could not account for millions in spending.", [["the agency could not account for millions in spending","An audit","unknown","description","found","evidence"]], []],
  ["The report concludes that the prison is badly overcrowded.", [["the prison is badly overcrowded","The report","unknown","description","concludes","speech"]], [["the prison is badly overcrowded","The report","unknown","description","concludes","speech"]]],
  ["Official figures show that exports fell for the third month in a row.", [["exports fell for the third month in a row","Official figures","unknown","description","show","evidence"]], []],
  ["The researchers believe the fossil belongs to a new species of bird.", [["the fossil belongs to a new species of bird","The researchers","group","description","believe","thought"]], []],
  ["Aid agencies fear the fighting will cut off food supplies to the city.", [["the fighting will cut off food supplies to the city","Aid agencies","group","description","fear","thought"]], []],
  ["Economists doubt the tax cut will pay for itself over ten years.", [["the tax cut will pay for itself over ten years","Economists","group","description","doubt","thought"]], []],
  ["Many voters expect the election to be close in the northern districts.", [["the election to be close in the northern districts","Many voters","group","description","expect","thought"]], []],
  ["It is believed that the painting was stolen during the war.", [["the painting was stolen during the war",null,null,null,"is believed","thought"]], []],
  ["The senator's belief that the law is unfair has cost him support.", [["the law is unfair","The senator","person","description","belief","thought"]], []],
  ["The opposition party opposes any increase in the sales tax.", [["any increase in the sales tax","The opposition party","organization","description","opposes","stance"]], []],
  ["Residents fear a second flood this winter.", [], []],
  ["The survey of local firms was carried out in March.", [], []],
  ["The show will run until the end of the month.", [], []],
  ["The doctor expects her first child in June.", [], []],
  ["A new poll finds that the mayor is trailing her rival by six points.", [["the mayor is trailing her rival by six points","A new poll","unknown","description","finds","evidence"]], []],
  ["Satellite images show that the glacier has shrunk by a fifth since 2000.", [["the glacier has shrunk by a fifth since 2000","Satellite images","unknown","description","show","evidence"]], []],
  ["The police chief suspects that the thefts are the work of a single gang.", [["the thefts are the work of a single gang","The police chief","person","description","suspects","thought"]], []],
  ["The union supports the plan to cut the working week to four days.", [["the plan to cut the working week to four days","The union","organization","description","supports","stance"]], []],
  ["The union supports the plan to cut the school day.", [["the plan to cut the school day","The union","organization","description","supports","stance"]], []],
  ["The union opposes the new school year calendar.", [["the new school year calendar","The union","organization","description","opposes","stance"]], []],
  ["Police suspect the thefts are the work of a single gang.", [["the thefts are the work of a single gang","Police","organization","description","suspect","thought"]], []],
  ["The detective suspects the thefts are the work of a single gang.", [["the thefts are the work of a single gang","The detective","person","description","suspects","thought"]], []],
  ["The detective fears that the thefts are the work of a single gang.", [["the thefts are the work of a single gang","The detective","person","description","fears","thought"]], []],
  ["The detective suspects that the thefts are the work of a single gang.", [["the thefts are the work of a single gang","The detective","person","description","suspects","thought"]], []],
  ["The chief executive fears that the merger will fail before the vote.", [["the merger will fail before the vote","The chief executive","person","description","fears","thought"]], []],
  ["The governor hopes that the strike will end before the winter begins in earnest.", [["the strike will end before the winter begins in earnest","The governor","person","description","hopes","thought"]], []],
  ["The governor doubts that the strike will end before the winter begins in earnest.", [["the strike will end before the winter begins in earnest","The governor","person","description","doubts","thought"]], []],
  ["The governor expects that the strike will end before the winter begins in earnest.", [["the strike will end before the winter begins in earnest","The governor","person","description","expects","thought"]], []],
  ["Ms. Holt fears that the strike will last until the winter begins in earnest.", [["the strike will last until the winter begins in earnest","Holt","person","name","fears","thought"]], []],
  ["The police chief believes that the thefts are the work of a single gang.", [["the thefts are the work of a single gang","The police chief","person","description","believes","thought"]], []],];

/**
 * Issue 10 variants: [text, rows with default options]. Speaker phrases whose
 * head is a person holding organisations and places, names with initials,
 * suffixes, Arabic, Chinese and Spanish names, all-caps names, an appositive
 * after "said", pronouns inside quotes never the speaker, alternating
 * speakers (in paragraphs too), "the former president" and "the 45-year-old"
 * back to the named person (an age that fits no one, or two people, stays a
 * description), "the ministry", "the university" and "the agency" back to the
 * body named before.
 */
const NAMES: [string, Row[]][] = [
  ["The head of the Red Crescent in Amman, Layla Haddad, said the camps needed clean water.", [["the camps needed clean water","Layla Haddad","person","name","said","speech"]]],
  ["A spokesman for the Port of Tacoma said the cranes would be idle until Monday.", [["the cranes would be idle until Monday","A spokesman for the Port of Tacoma","person","description","said","speech"]]],
  ["A spokeswoman for the University of Leeds said classes would move online.", [["classes would move online","A spokeswoman for the University of Leeds","person","description","said","speech"]]],
  ["\"The ships are waiting offshore,\" said a spokesman for the Port of Tacoma.", [["The ships are waiting offshore,","a spokesman for the Port of Tacoma","person","description","said","speech"]]],
  ["The chairman of the Bank of Ireland, Colm Reilly, said profits had doubled.", [["profits had doubled","Colm Reilly","person","name","said","speech"]]],
  ["J. R. Hartley said the book would be finished by spring.", [["the book would be finished by spring","J. R. Hartley","person","name","said","speech"]]],
  ["\"We have the votes,\" said Sen. T. J. Barnes.", [["We have the votes,","T. J. Barnes","person","name","said","speech"]]],
  ["Martin Luther Simms Jr. said the march would go ahead.", [["the march would go ahead","Martin Luther Simms Jr.","person","name","said","speech"]]],
  ["\"This is our home,\" said Robert Gale III, the owner of the farm.", [["This is our home,","Robert Gale III","person","name","said","speech"]]],
  ["Henry Ford Wilcox III, the chairman, said the plant would stay open.", [["the plant would stay open","Henry Ford Wilcox III","person","name","said","speech"]]],
  ["Mohammed al-Rashid, the oil minister, said output would rise.", [["output would rise","Mohammed al-Rashid","person","name","said","speech"]]],
  ["\"Prices will stay low,\" said Abdullah bin Khalid, an adviser to the ministry.", [["Prices will stay low,","Abdullah bin Khalid","person","name","said","speech"]]],
  ["Zhang Wei, a factory owner in Shenzhen, said orders had dried up.", [["orders had dried up","Zhang Wei","person","name","said","speech"]]],
  ["José Luis Ramírez, the mayor of the town, said the water was safe.", [["the water was safe","José Luis Ramírez","person","name","said","speech"]]],
  ["\"The harvest was poor,\" said María Fernanda Gómez, a coffee grower.", [["The harvest was poor,","María Fernanda Gómez","person","name","said","speech"]]],
  ["PEDRO ALVAREZ said the union would strike on Friday.", [["the union would strike on Friday","PEDRO ALVAREZ","person","name","said","speech"]]],
  ["\"It is over,\" said KAREN BLUM, the team captain.", [["It is over,","KAREN BLUM","person","name","said","speech"]]],
  ["\"We will rebuild,\" said the governor, Tom Becker, on Tuesday.", [["We will rebuild,","Tom Becker","person","name","said","speech"]]],
  ["\"I will not step down,\" said Helen Ward. \"We have work to do.\"", [["I will not step down, We have work to do.","Helen Ward","person","name","said","speech"]]],
  ["Paul Grant spoke to the board. \"I think we can win this,\" he said.", [["I think we can win this,","Paul Grant","person","pronoun","said","speech"]]],
  ["\"We told Mr. Fisher the plan would fail,\" he said. Anna Cole had called the meeting.", [["We told Mr. Fisher the plan would fail,","he","unknown","pronoun","said","speech"]]],
  ["Anna Cole called the meeting. \"We told Mr. Fisher the plan would fail,\" she said.", [["We told Mr. Fisher the plan would fail,","Anna Cole","person","pronoun","said","speech"]]],
  ["Tom Baker met David Hunt. \"Hunt is wrong,\" he said.", [["Hunt is wrong,","Tom Baker","person","pronoun","said","speech"]]],
  ["Simon Price spoke first. \"The budget is a fantasy,\" Price said. Julia Marsh disagreed. \"It adds up,\" Marsh said. Price shook his head. \"It does not,\" he said.", [["The budget is a fantasy,","Simon Price","person","name","said","speech"],["It adds up,","Julia Marsh","person","name","said","speech"],["It does not,","Simon Price","person","pronoun","said","speech"]]],
  ["Former President Alan Ross visited the school. The former president said teachers deserved more pay.", [["teachers deserved more pay","Alan Ross","person","description","said","speech"]]],
  ["Kevin Moore, 45, was arrested on Friday. The 45-year-old said he was innocent.", [["he was innocent","Kevin Moore","person","description","said","speech"]]],
  ["Sarah Long, 31, won the race. \"I trained for years,\" the 31-year-old said.", [["I trained for years,","Sarah Long","person","description","said","speech"]]],
  ["The Ministry of Health published the report. The ministry said the hospitals were full.", [["the hospitals were full","Ministry of Health","organization","description","said","speech"]]],
  ["The Federal Aviation Administration grounded the jets. The agency said the planes were unsafe.", [["the planes were unsafe","Federal Aviation Administration","organization","description","said","speech"]]],
  ["Hartwell University opened a new campus. The university said enrollment had grown.", [["enrollment had grown","Hartwell University","organization","description","said","speech"]]],
  ["Minister of Finance Carla Mendes said the deficit would shrink.", [["the deficit would shrink","Carla Mendes","person","name","said","speech"]]],
  ["Emma Stone's lawyer, Ray Dunn, said she would appeal.", [["she would appeal","Ray Dunn","person","name","said","speech"]]],
  ["Dr. Amir Farouk, a surgeon at St. Mary's Hospital in London, said the wards were full.", [["the wards were full","Amir Farouk","person","name","said","speech"]]],
  ["\"It was chaos,\" said Officer Jane Ruiz of the Miami Police Department.", [["It was chaos,","Jane Ruiz","person","name","said","speech"]]],
  ["Kevin Moore, 45, was arrested on Friday. \"I am innocent,\" the 45-year-old said.", [["I am innocent,","Kevin Moore","person","description","said","speech"]]],
  ["Kevin Moore, 45, a plumber, was arrested on Friday. \"I am innocent,\" the plumber said.", [["I am innocent,","Kevin Moore","person","description","said","speech"]]],
  ["The Environmental Protection Agency issued the rule. The agency said the air would be cleaner.", [["the air would be cleaner","Environmental Protection Agency","organization","description","said","speech"]]],
  ["The director of the Museum of Modern Art, Peter Lang, said the show would travel.", [["the show would travel","Peter Lang","person","name","said","speech"]]],
  ["The director of the museum in Boston, Peter Lang, said the show would travel.", [["the show would travel","Peter Lang","person","name","said","speech"]]],
  ["\"We cannot compete,\" said Wang Fang, who runs a noodle shop.", [["We cannot compete,","Wang Fang","person","name","said","speech"]]],
  ["The minister said the plan would shorten the working week.", [["the plan would shorten the working week","The minister","person","description","said","speech"]]],
  ["The minister announced a plan to shorten the working week.", [["a plan to shorten the working week","The minister","person","description","announced","speech"]]],
  ["Sarah Long (31) won the race. \"I trained for years,\" the 31-year-old said.", [["I trained for years,","Sarah Long","person","description","said","speech"]]],
  ["Sarah Long, 31, won the race. \"I trained for years,\" the 29-year-old said.", [["I trained for years,","the 29-year-old","person","description","said","speech"]]],
  ["Sarah Long, 31, and Tom Reed, 31, won the race. \"I trained for years,\" the 31-year-old said.", [["I trained for years,","the 31-year-old","person","description","said","speech"]]],
  ["Simon Price and Julia Marsh debated on Monday.\n\nPrice said the budget was a fantasy.\n\nMarsh said it added up.\n\n\"The numbers are wrong,\" he said.\n\n\"They are not,\" she said.", [["the budget was a fantasy","Simon Price","person","name","said","speech"],["it added up","Julia Marsh","person","name","said","speech"],["The numbers are wrong,","Simon Price","person","pronoun","said","speech"],["They are not,","Julia Marsh","person","pronoun","said","speech"]]],
];

describe('issue 15 variants 3, every category on (probe18)', () => {
  test.each(BEYOND_SPEECH)('%s', (text, all) => {
    expect(rows(text, ALL)).toEqual(all);
  });
});

describe('issue 15 variants 3, default options: no opt-in category (probe18)', () => {
  test.each(BEYOND_SPEECH)('%s', (text, _all, def) => {
    const got = rows(text, {});
    expect(got).toEqual(def);
    expect(got.filter((r) => OPT_IN.has(r[5] ?? ''))).toEqual([]);
  });
});

describe('issue 10 variants 3: names, kinds, via, cues (probe18)', () => {
  test.each(NAMES)('%s', (text, def) => {
    expect(rows(text, {})).toEqual(def);
  });
});
