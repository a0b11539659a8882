/**
 * Whole invented news articles for helper fix63, on topics no other table
 * covers (a wildfire evacuation, a central bank rate decision, a hospital
 * nurses' strike, an art auction, a maritime rescue), read with every category
 * on and with default options, in the style of wire copy: titles and
 * appositives ("The county fire chief, Raymond Okafor,"), pronouns across
 * paragraphs, "according to", interrupted quotes, curly and straight marks, a
 * body's statement and mixed quotes. Rows are the exact output: [content,
 * speaker name, cue, kind, category]. Sentences and names are invented.
 *
 * Fixed by fix63 (rows in SHAPES below): a pronoun after an indefinite
 * description headed by a role noun of one gender ("a hospital spokeswoman
 * said. ... she said") is that person, not a man named before whose first
 * name the list lacks; "He added that salvage crews would": "that" before a
 * base-form verb the tagger read in a noun phrase is the subordinator, not the
 * content's first word; "A woman waiting for hip surgery since last year
 * said": "since" before a time is a preposition and the description speaks.
 *
 * Left as they are (read as PolNeAR annotates them, measured on train):
 * "declared an emergency" and "who confirmed its attribution" report their
 * object (declare: 68 of 72 train outputs overlap a gold item), "The identity of the
 * buyer was not disclosed" is a passive report with no speaker (22 of 25 overlap one),
 * "agreed to keep a minimum number of staff on duty" reports its infinitive.
 * "Two wanted to hold rates steady, the minutes showed." (a trailing evidence
 * cue), missed at first, is found since fix75 made minutes a record.
 */
import { describe, expect, test } from 'vitest';
import { describeArticles, type Article, shapeRows, type ShapeRow } from './support/article-rows.js';

const ARTICLES: Article[] = [
  {
    topic: "a wildfire evacuation",
    paragraphs: [
      "More than 12,000 residents of the Carrow Valley were ordered to leave their homes on Saturday as a wildfire driven by strong winds jumped a highway and moved toward the town of Elmsford.",
      "The county fire chief, Raymond Okafor, said the blaze had grown to more than 8,000 hectares overnight and was only 5 percent contained. \"We have never seen a fire move this fast in this valley,\" Okafor told reporters at a briefing in the town hall. \"If you are told to go, go now. Do not wait to pack.\"",
      "Crews from four neighbouring counties were sent to help, and two water-bombing aircraft arrived from the coast on Saturday afternoon, according to the state forestry service.",
      "Sheriff Linda Moreau said deputies had gone door to door through the night. Some residents refused to leave, she said, and officers could not force them. \"We are asking people to think about their children and about the firefighters who may have to come back for them,\" Moreau said.",
      "The fire began on Thursday near a campground north of Elmsford, officials said. Its cause is under investigation.",
      "At an evacuation centre in a high school gymnasium, retired teacher Walter Brandt, 71, said he had left with only his dog and his medicine. ‘I looked back and the whole ridge was orange,’ he said. ‘I have lived here for forty years and I have never been so frightened.’",
      "The state governor, Elena Vasquez, declared an emergency on Saturday morning, which frees money for overtime and equipment. In a statement, the governor's office said the state would \"do everything in its power\" to protect homes and lives.",
      "Forecasters expect the wind to ease on Monday. \"Until then, conditions will stay extremely dangerous,\" said Priya Raman, a meteorologist with the national weather service. She said humidity would stay below 10 percent through Sunday.",
      "Okafor warned that the fire could reach the outskirts of Elmsford by Sunday evening. \"The next 48 hours will decide a lot,\" he said. \"We have people on every road, and we will hold that line if we can.\"",
      "Power was cut to about 3,000 homes as a precaution, the local utility said.",
      "Brandt said he did not know whether his house was still standing. He added that neighbours had promised to call him as soon as the roads reopened.",
    ],
    every: [
      ["the blaze had grown to more than 8,000 hectares overnight and was only 5 percent contained","Raymond Okafor","said","indirect","speech"],
      ["We have never seen a fire move this fast in this valley, If you are told to go, go now. Do not wait to pack.","Raymond Okafor","told","direct","speech"],
      ["Crews from four neighbouring counties were sent to help, and two water-bombing aircraft arrived from the coast on Saturday afternoon","the state forestry service","according to","indirect","source"],
      ["deputies had gone door to door through the night","Linda Moreau","said","indirect","speech"],
      ["Some residents refused to leave and officers could not force them","Linda Moreau","said","indirect","speech"],
      ["We are asking people to think about their children and about the firefighters who may have to come back for them,","Linda Moreau","said","direct","speech"],
      ["The fire began on Thursday near a campground north of Elmsford","officials","said","indirect","speech"],
      ["he had left with only his dog and his medicine","Walter Brandt","said","indirect","speech"],
      ["I looked back and the whole ridge was orange, I have lived here for forty years and I have never been so frightened.","Walter Brandt","said","direct","speech"],
      ["an emergency on Saturday morning, which frees money for overtime and equipment","Elena Vasquez","declared","indirect","speech"],
      ["the state would \"do everything in its power\" to protect homes and lives","the governor's office","said","mixed","speech"],
      ["the wind to ease on Monday","Forecasters","expect","indirect","thought"],
      ["Until then, conditions will stay extremely dangerous,","Priya Raman","said","direct","speech"],
      ["humidity would stay below 10 percent through Sunday","Priya Raman","said","indirect","speech"],
      ["the fire could reach the outskirts of Elmsford by Sunday evening","Raymond Okafor","warned","indirect","speech"],
      ["The next 48 hours will decide a lot, We have people on every road, and we will hold that line if we can.","Raymond Okafor","said","direct","speech"],
      ["Power was cut to about 3,000 homes as a precaution","the local utility","said","indirect","speech"],
      ["he did not know whether his house was still standing","Walter Brandt","said","indirect","speech"],
      ["neighbours had promised to call him as soon as the roads reopened","Walter Brandt","added","indirect","speech"],
    ],
    notByDefault: [
      ["the wind to ease on Monday","Forecasters","expect","indirect","thought"],
    ],
    onlyByDefault: [

    ],
  },
  {
    topic: "a central bank rate decision",
    paragraphs: [
      "The central bank raised its main interest rate by a quarter of a percentage point on Wednesday, to 4.5 percent, its fifth increase this year, and signalled that more rises could follow if prices keep climbing.",
      "Governor Margaret Ellison said inflation was still \"far too high\" and that the bank would not hesitate to act again. \"Our job is to bring inflation back to target, and we will do what it takes,\" Ellison told a news conference after the decision. \"Stopping too early would be the bigger mistake.\"",
      "Consumer prices rose 6.8 percent in the year to September, according to the national statistics office, more than three times the bank's 2 percent goal.",
      "Seven of the nine members of the bank's policy committee voted for the increase. Two wanted to hold rates steady, the minutes showed.",
      "One of them, deputy governor Samuel Achterberg, said in a speech last month that the economy was already slowing and that higher rates would hurt households with large mortgages. He did not comment on Wednesday.",
      "Finance Minister Carla Dunmore welcomed the decision. \"The bank is independent, and it is doing a difficult job well,\" she said in a statement. Dunmore added that the government would keep spending under control to help bring prices down.",
      "Business groups were less pleased. The chief economist of the Chamber of Commerce, Tobias Fenwick, said small firms were already struggling to borrow. \"Every rise makes it harder for a shop owner to invest or to hire,\" Fenwick said. \"At some point the cure becomes worse than the disease.\"",
      "Economists had expected the move. \"The bank had little choice after the September figures,\" said Hannah Leclerc, an economist at Northgate Securities. She said she expected one more increase in December before the bank paused.",
      "Markets barely moved after the announcement. The currency rose slightly against the dollar, and bond yields were little changed.",
      "Ellison said the committee would look closely at wage growth, which has picked up sharply this year. \"We are not trying to cause a recession,\" she said. \"But we cannot let high inflation become a habit.\"",
      "Mortgage lenders said they would pass on the increase to borrowers with variable rates from next month.",
    ],
    every: [
      ["more rises could follow if prices keep climbing","The central bank","signalled","indirect","speech"],
      ["inflation was still \"far too high\" and that the bank would not hesitate to act again","Margaret Ellison","said","mixed","speech"],
      ["Our job is to bring inflation back to target, and we will do what it takes, Stopping too early would be the bigger mistake.","Margaret Ellison","told","direct","speech"],
      ["Consumer prices rose 6.8 percent in the year to September","the national statistics office","according to","indirect","source"],
      ["Two wanted to hold rates steady","the minutes","showed","indirect","evidence"],
      ["the economy was already slowing and that higher rates would hurt households with large mortgages","Samuel Achterberg","said","indirect","speech"],
      ["The bank is independent, and it is doing a difficult job well,","Carla Dunmore","said","direct","speech"],
      ["the government would keep spending under control to help bring prices down","Carla Dunmore","added","indirect","speech"],
      ["small firms were already struggling to borrow","Tobias Fenwick","said","indirect","speech"],
      ["Every rise makes it harder for a shop owner to invest or to hire, At some point the cure becomes worse than the disease.","Tobias Fenwick","said","direct","speech"],
      ["The bank had little choice after the September figures,","Hannah Leclerc","said","direct","speech"],
      ["she expected one more increase in December before the bank paused","Hannah Leclerc","said","indirect","speech"],
      ["the committee would look closely at wage growth","Margaret Ellison","said","indirect","speech"],
      ["We are not trying to cause a recession, But we cannot let high inflation become a habit.","Margaret Ellison","said","direct","speech"],
      ["they would pass on the increase to borrowers with variable rates from next month","Mortgage lenders","said","indirect","speech"],
    ],
    notByDefault: [
      ["Two wanted to hold rates steady","the minutes","showed","indirect","evidence"],
    ],
    onlyByDefault: [

    ],
  },
  {
    topic: "a hospital nurses' strike",
    paragraphs: [
      "Thousands of nurses walked out of hospitals across the northern region on Tuesday in the first strike over pay in the service's history, forcing the cancellation of hundreds of planned operations.",
      "The nurses' union said about 9,000 members had joined the 48-hour stoppage. Its general secretary, Fiona McAllister, said nurses had been left with no choice. \"Nobody becomes a nurse to stand on a picket line,\" McAllister said outside Royal Northern Hospital. \"But our members are leaving for jobs in supermarkets because they pay more.\"",
      "Emergency departments, intensive care units and cancer wards stayed open, according to the union, which agreed to keep a minimum number of staff on duty.",
      "Health Secretary David Oyelaran called the strike \"deeply disappointing\" and said the government's offer of a 4 percent rise was fair. \"We have put more money on the table than any other part of the public sector has been offered,\" he told parliament. \"I urge the union to come back to talks.\"",
      "The union wants a rise of 10 percent, saying pay has fallen behind inflation for more than a decade.",
      "On the picket line, Grace Mensah, a ward sister with 22 years of experience, said she had never thought she would strike. \"I love my job,\" she said. \"But I am tired of telling young nurses to stay when I know they cannot pay their rent.\"",
      "The chief executive of the regional health board, Dr Alan Whitcombe, said patients whose operations were cancelled would be contacted within a week. He apologised for the disruption. \"Patient safety comes first, and we have worked closely with the union to protect it,\" Whitcombe said.",
      "Some patients said they supported the nurses. \"They looked after my mother when she was dying,\" said Peter Gallagher, 58, who had a knee operation postponed. \"If they say they need more, I believe them.\"",
      "Others were angry. A woman waiting for hip surgery since last year said she felt forgotten. She asked not to be named.",
      "McAllister said further strikes would be announced next week unless the government improved its offer. The union would not target emergency care, she said.",
      "Oyelaran said his door was \"always open\" but ruled out reopening the pay deal.",
    ],
    every: [
      ["about 9,000 members had joined the 48-hour stoppage","The nurses' union","said","indirect","speech"],
      ["nurses had been left with no choice","Fiona McAllister","said","indirect","speech"],
      ["Nobody becomes a nurse to stand on a picket line, But our members are leaving for jobs in supermarkets because they pay more.","Fiona McAllister","said","direct","speech"],
      ["Emergency departments, intensive care units and cancer wards stayed open","the union","according to","indirect","source"],
      ["to keep a minimum number of staff on duty","the union","agreed","indirect","speech"],
      ["the strike \"deeply disappointing\"","David Oyelaran","called","mixed","speech"],
      ["the government's offer of a 4 percent rise was fair","David Oyelaran","said","indirect","speech"],
      ["We have put more money on the table than any other part of the public sector has been offered, I urge the union to come back to talks.","David Oyelaran","told","direct","speech"],
      ["pay has fallen behind inflation for more than a decade","the union","saying","indirect","speech"],
      ["she had never thought she would strike","Grace Mensah","said","indirect","speech"],
      ["I love my job, But I am tired of telling young nurses to stay when I know they cannot pay their rent.","Grace Mensah","said","direct","speech"],
      ["patients whose operations were cancelled would be contacted within a week","Alan Whitcombe","said","indirect","speech"],
      ["Patient safety comes first, and we have worked closely with the union to protect it,","Alan Whitcombe","said","direct","speech"],
      ["they supported the nurses","Some patients","said","indirect","speech"],
      ["They looked after my mother when she was dying, If they say they need more, I believe them.","Peter Gallagher","said","direct","speech"],
      ["she felt forgotten","A woman waiting for hip surgery","said","indirect","speech"],
      ["further strikes would be announced next week unless the government improved its offer","Fiona McAllister","said","indirect","speech"],
      ["The union would not target emergency care","Fiona McAllister","said","indirect","speech"],
      ["his door was \"always open\"","David Oyelaran","said","mixed","speech"],
    ],
    notByDefault: [

    ],
    onlyByDefault: [

    ],
  },
  {
    topic: "an art auction",
    paragraphs: [
      "A painting by the Flemish master Pieter van Loon that spent a century in a farmhouse attic sold for 14.2 million pounds at auction in London on Thursday, almost three times its highest estimate.",
      "The work, a small winter landscape with skaters, was bought by a telephone bidder after a contest that lasted more than ten minutes, the auction house Hallworth & Price said.",
      "\"I have been doing this for thirty years and I have rarely heard a room go so quiet,\" said the auctioneer, Jonathan Reeve. \"Everybody knew they were watching something special.\"",
      "The painting was found in 2019 when a family in Shropshire cleared out the house of a late aunt. Art historian Dr Sophie Lindqvist, who confirmed its attribution, said the picture was one of only four winter scenes known to be by van Loon. \"The quality of the ice, the tiny figures, the light — there was never really any doubt,\" Lindqvist said.",
      "According to Hallworth & Price, the family had been using the painting as a cover for a damaged wall before they realised what it was.",
      "The family, who asked not to be named, said in a statement that they were \"amazed and grateful\". They plan to give part of the money to a local hospice, the statement said.",
      "The head of old master paintings at the auction house, Claire Beaumont, said demand for rare works remained strong despite a weak art market. ‘Buyers are more careful than they were two years ago,’ she said, ‘but when something truly fresh appears, they will compete for it.’",
      "Not everyone welcomed the sale. Marcus Delaney, director of the National Gallery of the North, said it was a pity that the painting might leave the country. \"A picture like this belongs in a public collection where everyone can see it,\" he said.",
      "The culture minister could place a temporary export bar on the painting to give British museums a chance to match the price. A spokesman for the culture ministry said no decision had been made.",
      "The identity of the buyer was not disclosed. Reeve would say only that the bidder was \"a private collector with a great love of Dutch and Flemish art\".",
      "The previous record for van Loon was 3.1 million pounds, set in New York in 2008.",
    ],
    every: [
      ["The work, a small winter landscape with skaters, was bought by a telephone bidder after a contest that lasted more than ten minutes","Hallworth & Price","said","indirect","speech"],
      ["I have been doing this for thirty years and I have rarely heard a room go so quiet, Everybody knew they were watching something special.","Jonathan Reeve","said","direct","speech"],
      ["its attribution","Sophie Lindqvist","confirmed","indirect","speech"],
      ["the picture was one of only four winter scenes known to be by van Loon","Sophie Lindqvist","said","indirect","speech"],
      ["The quality of the ice, the tiny figures, the light — there was never really any doubt,","Sophie Lindqvist","said","direct","speech"],
      ["the family had been using the painting as a cover for a damaged wall before they realised what it was","Hallworth & Price","According to","indirect","source"],
      ["they were \"amazed and grateful\"","The family","said","mixed","speech"],
      ["They plan to give part of the money to a local hospice","the statement","said","indirect","speech"],
      ["demand for rare works remained strong despite a weak art market","Claire Beaumont","said","indirect","speech"],
      ["Buyers are more careful than they were two years ago, but when something truly fresh appears, they will compete for it.","Claire Beaumont","said","direct","speech"],
      ["it was a pity that the painting might leave the country","Marcus Delaney","said","indirect","speech"],
      ["A picture like this belongs in a public collection where everyone can see it,","Marcus Delaney","said","direct","speech"],
      ["no decision had been made","A spokesman for the culture ministry","said","indirect","speech"],
      ["The identity of the buyer",null,"was not disclosed","indirect","speech"],
      ["the bidder was \"a private collector with a great love of Dutch and Flemish art\"","Jonathan Reeve","would say","mixed","speech"],
    ],
    notByDefault: [

    ],
    onlyByDefault: [

    ],
  },
  {
    topic: "a maritime rescue",
    paragraphs: [
      "Nineteen crew members were rescued from a burning cargo ship in the North Sea early on Monday after a six-hour operation in heavy seas, the coastguard said.",
      "The vessel, the Maribel Star, was carrying timber from Latvia to Rotterdam when a fire broke out in its engine room shortly after midnight. The captain sent a distress call at 12.40am, according to the Maritime Rescue Coordination Centre.",
      "Two lifeboats and a coastguard helicopter reached the ship within an hour. Waves of up to six metres made it impossible to bring the lifeboats alongside, so the crew were lifted off one by one, said Commander Erik Holm, who led the operation.",
      "\"It was a long and dangerous night for everyone involved,\" Holm said. \"The helicopter crew did an outstanding job in conditions that were close to the limit of what is possible.\"",
      "All 19 sailors, from the Philippines, Ukraine and Poland, were taken to hospital in Esbjerg. Three were treated for smoke inhalation and one for a broken arm, a hospital spokeswoman said. None of the injuries was life-threatening, she said.",
      "The ship's owner, Baltic Line Shipping, said it was \"deeply thankful\" to the rescuers. In a statement, the company said it would cooperate fully with any investigation into the cause of the fire.",
      "One of the rescued sailors, engineer Marco Santos, said the fire had spread through the engine room in minutes. \"We tried to fight it, but the smoke was too thick,\" he told a local television station. \"When the captain said we must leave, nobody argued.\"",
      "The helicopter winchman, Lars Pedersen, said it was the most difficult rescue of his career. \"The deck was moving up and down by several metres,\" he said. \"You have one chance to grab a man, and you must not miss.\"",
      "The Maribel Star was still burning on Monday afternoon and was being towed toward the Danish coast, the coastguard said. Officials said there was no sign of an oil leak, but an environmental team was on standby.",
      "Holm said the weather was expected to improve overnight. He added that salvage crews would try to board the ship on Tuesday if the fire was out.",
      "The Danish maritime authority has opened an inquiry.",
    ],
    every: [
      ["Nineteen crew members were rescued from a burning cargo ship in the North Sea early on Monday after a six-hour operation in heavy seas","the coastguard","said","indirect","speech"],
      ["The captain sent a distress call at 12.40am","Maritime Rescue Coordination Centre","according to","indirect","source"],
      ["Waves of up to six metres made it impossible to bring the lifeboats alongside, so the crew were lifted off one by one","Erik Holm","said","indirect","speech"],
      ["It was a long and dangerous night for everyone involved, The helicopter crew did an outstanding job in conditions that were close to the limit of what is possible.","Erik Holm","said","direct","speech"],
      ["Three were treated for smoke inhalation and one for a broken arm","a hospital spokeswoman","said","indirect","speech"],
      ["None of the injuries was life-threatening","a hospital spokeswoman","said","indirect","speech"],
      ["it was \"deeply thankful\" to the rescuers","Baltic Line Shipping","said","mixed","speech"],
      ["it would cooperate fully with any investigation into the cause of the fire","Baltic Line Shipping","said","indirect","speech"],
      ["the fire had spread through the engine room in minutes","Marco Santos","said","indirect","speech"],
      ["We tried to fight it, but the smoke was too thick, When the captain said we must leave, nobody argued.","Marco Santos","told","direct","speech"],
      ["it was the most difficult rescue of his career","Lars Pedersen","said","indirect","speech"],
      ["The deck was moving up and down by several metres, You have one chance to grab a man, and you must not miss.","Lars Pedersen","said","direct","speech"],
      ["The Maribel Star was still burning on Monday afternoon and was being towed toward the Danish coast","the coastguard","said","indirect","speech"],
      ["there was no sign of an oil leak, but an environmental team was on standby","Officials","said","indirect","speech"],
      ["the weather was expected to improve overnight","Erik Holm","said","indirect","speech"],
      ["salvage crews would try to board the ship on Tuesday if the fire was out","Erik Holm","added","indirect","speech"],
    ],
    notByDefault: [

    ],
    onlyByDefault: [

    ],
  },
];

describeArticles('fix63', ARTICLES);

/** Shapes the articles exposed, fixed by fix63 (and their limits): [text, rows with default options]. */
const SHAPES: [string, ShapeRow[]][] = [
  // a pronoun after an indefinite description headed by a role noun of one gender is that person, not the man named before
  ['Commander Erik Holm led the rescue. Two sailors were hurt, a hospital spokeswoman said. Neither injury was serious, she said.', [
    [['Two sailors were hurt'], 'a hospital spokeswoman', 'a hospital spokeswoman', 'said', 'reported/content-speaker-cue', 'indirect'],
    [['Neither injury was serious'], 'a hospital spokeswoman', 'she', 'said', 'reported/content-speaker-cue', 'indirect'],
  ]],
  ['Captain Lars Berg steered the boat home. The harbour was closed, a port spokesman said. It would reopen on Friday, he said.', [
    [['The harbour was closed'], 'a port spokesman', 'a port spokesman', 'said', 'reported/content-speaker-cue', 'indirect'],
    [['It would reopen on Friday'], 'a port spokesman', 'he', 'said', 'reported/content-speaker-cue', 'indirect'],
  ]],
  // (a definite role noun describes the person named before, who keeps the pronoun)
  ['Tom Vale bought the mill in May. The businessman said the plant would reopen. "We start hiring on Monday," he said.', [
    [['the plant would reopen'], 'The businessman', 'The businessman', 'said', 'reported/cue-clause', 'indirect'],
    [['We start hiring on Monday,'], 'Tom Vale', 'he', 'said', 'direct/trailing-speaker-cue', 'direct'],
  ]],
  ['Ada Brook spoke first. Ann Lee, a spokeswoman for the union, said the talks had failed. "We will strike," she said.', [
    [['the talks had failed'], 'Ann Lee', 'Ann Lee, a spokeswoman for the union', 'said', 'reported/cue-clause', 'indirect'],
    [['We will strike,'], 'Ann Lee', 'she', 'said', 'direct/trailing-speaker-cue', 'direct'],
  ]],
  // "that" before a base-form verb the tagger read in the subject's noun phrase is the subordinator
  ['Holm said the storm would pass. He added that salvage crews would board the ship on Tuesday.', [
    [['the storm would pass'], 'Holm', 'Holm', 'said', 'reported/cue-clause', 'indirect'],
    [['salvage crews would board the ship on Tuesday'], 'Holm', 'He', 'added', 'reported/cue-that', 'indirect'],
  ]],
  // (a past the same as its base, and a "that" with no noun after its word, stay as they were)
  ['The minister said that cut jobs.', [
    [['that cut jobs'], 'The minister', 'The minister', 'said', 'reported/cue-that', 'indirect'],
  ]],
  ['The senator echoed that comment.', [
    [['that comment'], 'The senator', 'The senator', 'echoed', 'reported/cue-that', 'indirect'],
  ]],
  // "since" before a time after a participle's phrase is a preposition: the description before it speaks
  ['A woman waiting for hip surgery since last year said she felt forgotten.', [
    [['she felt forgotten'], 'A woman waiting for hip surgery', 'A woman waiting for hip surgery', 'said', 'reported/cue-clause', 'indirect'],
  ]],
  ['A man waiting for a new kidney since March said he felt forgotten.', [
    [['he felt forgotten'], 'A man waiting for a new kidney', 'A man waiting for a new kidney', 'said', 'reported/cue-clause', 'indirect'],
  ]],
  ['Residents living near the river since 2004 said the water had never been so low.', [
    [['the water had never been so low'], 'Residents living near the river', 'Residents living near the river', 'said', 'reported/cue-clause', 'indirect'],
  ]],
  // negatives: no cue, nothing reported
  ['Crews have worked since last week to clear the road.', []],
  ['The ship has been waiting in the harbour since Monday.', []],
];

describe('fix63: shapes', () => {
  test.each(SHAPES)('%s', (text, expected) => {
    expect(shapeRows(text)).toEqual(expected);
  });
});
