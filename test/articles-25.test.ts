/**
 * Whole invented news articles for helper probe25, read with every category
 * on and with default options: eight stories of nine or ten paragraphs (a
 * hospital merger, a drought, a trial verdict, a product recall, a strike, a
 * by-election, a museum theft, a vaccine study). Each names three to five
 * people and bodies with a title or an apposition first ("The chief executive
 * of St Brendan's Hospital, Dr Miriam Achebe") and then a surname or a role
 * ("Achebe", "the doctor"), pronouns far from the name, a quote over two
 * paragraphs, "according to", a body's statement, a mixed quote, and opt-in
 * material: beliefs ("Nurses fear that ..."), evidence ("Figures show that
 * ...", "A study ... found that ..."), stances ("The Royal College of Nursing
 * opposes the plan"). Rows are the exact output: [content, speaker name, cue,
 * kind, category]. Sentences and names are invented.
 *
 * "Engineer" before a full name is a title since fix39/fix41 (the name is
 * Tomas Lindqvist, and "The engineer" later resolves to him).
 * Left as they are (reported by probe25): "Polls indicate", "The data suggest" and "A survey ...
 * suggests" are speech, not evidence (since probe32, a coordinated opt-in
 * verb with no subject, "... and wanted only to ...", no longer ends a
 * reported clause the default options read whole); with default options, "rejected claims that ..." credits
 * the claims to the one who rejects them (the noun-cue fallback, by design).
 */
import { describe, expect, test } from 'vitest';
import { articleRows, describeArticles, type Article, type ArticleRow } from './support/article-rows.js';

type Row = ArticleRow;

const ARTICLES: Article[] = [
  {
    topic: "a hospital merger",
    paragraphs: [
      "Two of the largest hospitals in the Dunmore region will merge next spring under a plan approved by the health authority on Monday.",
      "The chief executive of St Brendan's Hospital, Dr Miriam Achebe, said the merger would cut waiting times for heart surgery. \"Patients will no longer have to travel to the city for an operation,\" Achebe said.",
      "\"We will share surgeons, beds and equipment, and nobody will lose a job because of this.",
      "\"The savings will go straight back into care.\"",
      "Nurses fear that the new hospital group will close wards at the smaller site.",
      "The Royal College of Nursing opposes the plan. Its regional secretary, Colin Fairweather, said staff had not been consulted.",
      "\"Nobody asked the people who actually run the wards,\" he said.",
      "Figures show that the two hospitals treated more than 200,000 patients last year.",
      "According to the health authority, the merged group will have a single board by April.",
      "Achebe said she would meet union leaders next week. The doctor added that she understood their worries but called the plan \"the best chance we have\" to keep both sites open.",
    ],
    every: [
      ["the merger would cut waiting times for heart surgery","Miriam Achebe","said","indirect","speech"],
      ["Patients will no longer have to travel to the city for an operation, We will share surgeons, beds and equipment, and nobody will lose a job because of this. The savings will go straight back into care.","Miriam Achebe","said","direct","speech"],
      ["the new hospital group will close wards at the smaller site","Nurses","fear","indirect","thought"],
      ["the plan","Royal College of Nursing","opposes","indirect","stance"],
      ["staff had not been consulted","Colin Fairweather","said","indirect","speech"],
      ["Nobody asked the people who actually run the wards,","Colin Fairweather","said","direct","speech"],
      ["the two hospitals treated more than 200,000 patients last year","Figures","show","indirect","evidence"],
      ["the merged group will have a single board by April","the health authority","According to","indirect","source"],
      ["she would meet union leaders next week","Miriam Achebe","said","indirect","speech"],
      ["she understood their worries","Miriam Achebe","added","indirect","speech"],
      ["the plan \"the best chance we have\" to keep both sites open","Miriam Achebe","called","mixed","speech"],
    ],
    // with default options: the rows of `every` but these, and these added
    notByDefault: [
      ["the new hospital group will close wards at the smaller site","Nurses","fear","indirect","thought"],
      ["the plan","Royal College of Nursing","opposes","indirect","stance"],
      ["the two hospitals treated more than 200,000 patients last year","Figures","show","indirect","evidence"],
    ],
    onlyByDefault: [
    ],
  },
  {
    topic: "a drought",
    paragraphs: [
      "Farmers in the southern valleys are facing the worst drought in forty years, with some rivers running completely dry by the end of July.",
      "The head of the regional water board, Engineer Tomas Lindqvist, warned that a hosepipe ban could last until the new year.",
      "\"The reservoirs are at a third of their normal level,\" Lindqvist said on Wednesday. \"If we do not get rain in the next month, we will have to ration supplies to homes.\"",
      "Many growers believe that the board waited too long before acting.",
      "Beatrice Omondi, who grows apples near the town of Kelso Bridge, said she had already lost half her crop.",
      "\"My grandfather planted these trees,\" Omondi said. \"I never thought I would watch them die.\"",
      "A study published last year found that summer rainfall in the region had fallen by a fifth since 1990.",
      "The farmers' union said in a statement that the government should pay for new storage ponds.",
      "The engineer said the board had no plans to raise water prices this year.",
    ],
    every: [
      ["a hosepipe ban could last until the new year","Tomas Lindqvist","warned","indirect","speech"],
      ["The reservoirs are at a third of their normal level, If we do not get rain in the next month, we will have to ration supplies to homes.","Tomas Lindqvist","said","direct","speech"],
      ["the board waited too long before acting","Many growers","believe","indirect","thought"],
      ["she had already lost half her crop","Beatrice Omondi","said","indirect","speech"],
      ["My grandfather planted these trees, I never thought I would watch them die.","Beatrice Omondi","said","direct","speech"],
      ["summer rainfall in the region had fallen by a fifth since 1990","A study published last year","found","indirect","evidence"],
      ["the government should pay for new storage ponds","The farmers' union","said","indirect","speech"],
      ["the board had no plans to raise water prices this year","Tomas Lindqvist","said","indirect","speech"],
    ],
    // with default options: the rows of `every` but these, and these added
    notByDefault: [
      ["the board waited too long before acting","Many growers","believe","indirect","thought"],
      ["summer rainfall in the region had fallen by a fifth since 1990","A study published last year","found","indirect","evidence"],
    ],
    onlyByDefault: [
    ],
  },
  {
    topic: "a trial verdict",
    paragraphs: [
      "A jury at Northgate Crown Court on Thursday cleared a former city treasurer of fraud after a six-week trial.",
      "Harold Besant, 61, had been accused of moving public money into a private account. He wept as the verdict was read out.",
      "His lawyer, Fiona Castellano, said outside the court that her client had been through \"two years of hell\" and wanted only to return to a quiet life.",
      "\"Mr Besant has always said he was innocent, and today twelve ordinary people agreed with him,\" Castellano said.",
      "The prosecutor, Daniel Okafor, told reporters that the crown respected the verdict.",
      "\"We brought the case because the evidence justified it,\" Okafor said. \"The jury has spoken.",
      "\"We will now review what happened and learn from it.\"",
      "Records show that the missing money was later found in a council reserve fund.",
      "The city council said it would not comment until it had read the judgment in full.",
    ],
    every: [
      ["her client had been through \"two years of hell\" and wanted only to return to a quiet life","Fiona Castellano","said","mixed","speech"],
      ["Mr Besant has always said he was innocent, and today twelve ordinary people agreed with him,","Fiona Castellano","said","direct","speech"],
      ["the crown respected the verdict","Daniel Okafor","told","indirect","speech"],
      ["We brought the case because the evidence justified it, The jury has spoken. We will now review what happened and learn from it.","Daniel Okafor","said","direct","speech"],
      ["the missing money was later found in a council reserve fund","Records","show","indirect","evidence"],
      ["it would not comment until it had read the judgment in full","The city council","said","indirect","speech"],
    ],
    // with default options: the rows of `every` but these, and these added
    notByDefault: [
      ["the missing money was later found in a council reserve fund","Records","show","indirect","evidence"],
    ],
    onlyByDefault: [],
  },
  {
    topic: "a product recall",
    paragraphs: [
      "The electronics maker Voltaris is recalling about 300,000 electric kettles after reports that the handles can overheat and melt.",
      "The company's head of safety, Priya Raman, said no serious injuries had been reported so far.",
      "\"We are taking this step out of caution, and we apologise to every customer who has been worried,\" Raman said in a video posted on the firm's website.",
      "Customers can return the kettles to any shop for a full refund, according to the company.",
      "The consumer group Fair Deal welcomed the recall but said it had come months too late.",
      "Its director, Samuel Whitlock, said the group had first raised the problem in March. \"They knew, and they sat on it,\" Whitlock said.",
      "\"People deserve better than a recall that arrives after the damage is done.\"",
      "Tests by the group found that the handles reached 80 degrees after five minutes of boiling.",
      "Raman denied that the company had ignored the warnings. She said engineers had needed time to find the fault.",
    ],
    every: [
      ["the handles can overheat and melt",null,"reports","indirect","speech"],
      ["no serious injuries had been reported so far","Priya Raman","said","indirect","speech"],
      ["We are taking this step out of caution, and we apologise to every customer who has been worried,","Priya Raman","said","direct","speech"],
      ["Customers can return the kettles to any shop for a full refund","the company","according to","indirect","source"],
      ["it had come months too late","Fair Deal","said","indirect","speech"],
      ["the group had first raised the problem in March","Samuel Whitlock","said","indirect","speech"],
      ["They knew, and they sat on it, People deserve better than a recall that arrives after the damage is done.","Samuel Whitlock","said","direct","speech"],
      ["the handles reached 80 degrees after five minutes of boiling","Tests by the group","found","indirect","evidence"],
      ["the company had ignored the warnings","Priya Raman","denied","indirect","speech"],
      ["engineers had needed time to find the fault","Priya Raman","said","indirect","speech"],
    ],
    // with default options: the rows of `every` but these, and these added
    notByDefault: [
      ["the handles reached 80 degrees after five minutes of boiling","Tests by the group","found","indirect","evidence"],
    ],
    onlyByDefault: [
    ],
  },
  {
    topic: "a strike",
    paragraphs: [
      "Bus drivers across the city of Marlow walked out on Monday in a dispute over pay and rest breaks, leaving thousands of commuters stranded.",
      "The general secretary of the drivers' union, Agnes Kowalczyk, said her members had been left with no choice.",
      "\"Our drivers work ten-hour shifts with a single twenty-minute break,\" Kowalczyk told a rally outside the main depot. \"That is not safe for them, and it is not safe for passengers.\"",
      "The union wants a pay rise of eight percent and a second break on every long shift.",
      "The bus operator, Citylink, said the strike was unnecessary and that its offer of five percent was fair.",
      "Citylink's managing director, Graham Pell, said the company could not afford more. \"Every extra percent means fewer buses on the road,\" Pell said.",
      "Commuters worry that the strike will drag on into the school holidays.",
      "A survey by the city council suggests that a third of workers in the centre rely on buses to get to work.",
      "Kowalczyk said the union would meet Citylink again on Friday. The general secretary warned that further walkouts were planned for next month if talks failed.",
    ],
    every: [
      ["her members had been left with no choice","Agnes Kowalczyk","said","indirect","speech"],
      ["Our drivers work ten-hour shifts with a single twenty-minute break, That is not safe for them, and it is not safe for passengers.","Agnes Kowalczyk","told","direct","speech"],
      ["a pay rise of eight percent and a second break on every long shift","The union","wants","indirect","thought"],
      ["the strike was unnecessary and that its offer of five percent was fair","Citylink","said","indirect","speech"],
      ["the company could not afford more","Graham Pell","said","indirect","speech"],
      ["Every extra percent means fewer buses on the road,","Graham Pell","said","direct","speech"],
      ["the strike will drag on into the school holidays","Commuters","worry","indirect","thought"],
      ["a third of workers in the centre rely on buses to get to work","A survey by the city council","suggests","indirect","speech"],
      ["the union would meet Citylink again on Friday","Agnes Kowalczyk","said","indirect","speech"],
      ["further walkouts were planned for next month if talks failed","Agnes Kowalczyk","warned","indirect","speech"],
    ],
    // with default options: the rows of `every` but these, and these added
    notByDefault: [
      ["a pay rise of eight percent and a second break on every long shift","The union","wants","indirect","thought"],
      ["the strike will drag on into the school holidays","Commuters","worry","indirect","thought"],
    ],
    onlyByDefault: [
    ],
  },
  {
    topic: "a by-election",
    paragraphs: [
      "Voters in the Fenwick North constituency go to the polls on Thursday in a by-election that could test support for the government.",
      "The seat fell vacant when the sitting member, Rupert Hale, resigned to take a job in business.",
      "The governing party's candidate, local teacher Nadia Ferreira, said the campaign was about schools and the cost of living.",
      "\"People here want a representative who lives here, shops here and sends her children to school here,\" Ferreira said at a market stall on Saturday.",
      "Her main opponent, former police officer Marcus Bright, accused the government of ignoring the town.",
      "\"For ten years they have taken Fenwick for granted,\" Bright said. \"The factory closed, the bank closed, and the bus station closed.",
      "\"On Thursday people can tell them that enough is enough.\"",
      "Polls indicate that the race is close.",
      "The electoral commission said it expected the result to be declared early on Friday morning.",
      "Ferreira rejected claims that she was a stranger to the constituency. She told supporters that she had lived in the town for twelve years.",
    ],
    every: [
      ["the campaign was about schools and the cost of living","Nadia Ferreira","said","indirect","speech"],
      ["People here want a representative who lives here, shops here and sends her children to school here,","Nadia Ferreira","said","direct","speech"],
      ["the government of ignoring the town","Marcus Bright","accused","indirect","stance"],
      ["For ten years they have taken Fenwick for granted, The factory closed, the bank closed, and the bus station closed. On Thursday people can tell them that enough is enough.","Marcus Bright","said","direct","speech"],
      ["the race is close","Polls","indicate","indirect","speech"],
      ["it expected the result to be declared early on Friday morning","The electoral commission","said","indirect","speech"],
      ["claims that she was a stranger to the constituency","Nadia Ferreira","rejected","indirect","stance"],
      ["she had lived in the town for twelve years","Nadia Ferreira","told","indirect","speech"],
    ],
    // with default options: the rows of `every` but these, and these added
    notByDefault: [
      ["the government of ignoring the town","Marcus Bright","accused","indirect","stance"],
      ["claims that she was a stranger to the constituency","Nadia Ferreira","rejected","indirect","stance"],
    ],
    onlyByDefault: [
      ["she was a stranger to the constituency","Nadia Ferreira","claims","indirect","speech"],
    ],
  },
  {
    topic: "a museum theft",
    paragraphs: [
      "Thieves broke into the Halvorsen Museum in the early hours of Sunday and stole three gold necklaces from a Bronze Age collection.",
      "The director of the museum, Professor Ingrid Dahl, described the loss as a disaster for the region. \"These objects survived for three thousand years,\" she said. \"They could be melted down in an afternoon.\"",
      "The detective leading the investigation, Inspector Paul Mercer, said the thieves had cut through a window on the east side of the building.",
      "\"This was a planned raid carried out by people who knew exactly what they wanted,\" Mercer said.",
      "Police believe that the gang spent less than four minutes inside.",
      "According to the museum's insurers, the necklaces are worth about two million pounds.",
      "Staff were told on Sunday morning. Dahl said many of them were in tears.",
      "The culture ministry said in a statement that it would pay for new alarms at the museum.",
      "The inspector urged anyone who was offered gold jewellery in unusual circumstances to contact the police.",
    ],
    every: [
      ["the loss as a disaster for the region","Ingrid Dahl","described","indirect","speech"],
      ["These objects survived for three thousand years, They could be melted down in an afternoon.","Ingrid Dahl","said","direct","speech"],
      ["the thieves had cut through a window on the east side of the building","Paul Mercer","said","indirect","speech"],
      ["This was a planned raid carried out by people who knew exactly what they wanted,","Paul Mercer","said","direct","speech"],
      ["the gang spent less than four minutes inside","Police","believe","indirect","thought"],
      ["the necklaces are worth about two million pounds","the museum's insurers","According to","indirect","source"],
      ["many of them were in tears","Ingrid Dahl","said","indirect","speech"],
      ["it would pay for new alarms at the museum","The culture ministry","said","indirect","speech"],
      ["anyone who was offered gold jewellery in unusual circumstances to contact the police","Paul Mercer","urged","indirect","stance"],
    ],
    // with default options: the rows of `every` but these, and these added
    notByDefault: [
      ["the gang spent less than four minutes inside","Police","believe","indirect","thought"],
      ["anyone who was offered gold jewellery in unusual circumstances to contact the police","Paul Mercer","urged","indirect","stance"],
    ],
    onlyByDefault: [
    ],
  },
  {
    topic: "a vaccine study",
    paragraphs: [
      "A new vaccine against a common winter virus cut hospital admissions among older people by more than half, according to a study published on Tuesday.",
      "The trial, run by researchers at Calder University, followed 12,000 people over the age of 65 for two winters.",
      "The lead author, Dr Henrik Vasquez, said the results were better than his team had expected.",
      "\"We hoped for a modest benefit,\" Vasquez said. \"What we saw was a dramatic drop in serious illness.\"",
      "The data suggest that the vaccine works best when it is given in early autumn.",
      "Some doctors doubt that the benefit will last more than one season.",
      "Professor Alice Nakamura, an infectious disease specialist who was not involved in the study, called the findings \"genuinely encouraging\" but said a larger trial was needed.",
      "The national health agency said it would review the evidence before deciding whether to offer the vaccine next winter.",
      "Vasquez said his team would publish the full data within a month.",
    ],
    every: [
      ["A new vaccine against a common winter virus cut hospital admissions among older people by more than half","a study published on Tuesday","according to","indirect","source"],
      ["the results were better than his team had expected","Henrik Vasquez","said","indirect","speech"],
      ["We hoped for a modest benefit, What we saw was a dramatic drop in serious illness.","Henrik Vasquez","said","direct","speech"],
      ["the vaccine works best when it is given in early autumn","The data","suggest","indirect","speech"],
      ["the benefit will last more than one season","Some doctors","doubt","indirect","thought"],
      ["the findings \"genuinely encouraging\"","Alice Nakamura","called","mixed","speech"],
      ["a larger trial was needed","Alice Nakamura","said","indirect","speech"],
      ["it would review the evidence before deciding whether to offer the vaccine next winter","The national health agency","said","indirect","speech"],
      ["his team would publish the full data within a month","Henrik Vasquez","said","indirect","speech"],
    ],
    // with default options: the rows of `every` but these, and these added
    notByDefault: [
      ["the benefit will last more than one season","Some doctors","doubt","indirect","thought"],
    ],
    onlyByDefault: [
    ],
  },
];

describeArticles('probe25', ARTICLES);

/** Shapes the articles exposed, fixed by probe25: [text, rows with every category on]. */
const SHAPES: [string, Row[]][] = [
  // a thought verb the tagger reads as a noun after a plural subject keeps its subject, with a long clause too
  ['Nurses fear that the new hospital group will close wards at the smaller site.', [['the new hospital group will close wards at the smaller site', 'Nurses', 'fear', 'indirect', 'thought']]],
  ['Teachers fear that the county board will close two village schools next year.', [['the county board will close two village schools next year', 'Teachers', 'fear', 'indirect', 'thought']]],
  // a report after a preposition of circumstance owns its clause; the verb before it reports nothing
  ['The firm is recalling 300,000 kettles after reports that the handles can overheat and melt.', [['the handles can overheat and melt', null, 'reports', 'indirect', 'speech']]],
  ['The electronics maker Voltaris is recalling about 300,000 electric kettles after reports that the handles can overheat.', [['the handles can overheat', null, 'reports', 'indirect', 'speech']]],
  // (a time adjunct before "that" is still the verb's: the clause is what was said)
  ['The mayor said after the vote that the library would stay open.', [['the library would stay open', 'The mayor', 'said', 'indirect', 'speech']]],
];

describe('probe25: shapes', () => {
  test.each(SHAPES)('%s', (text, expected) => {
    expect(articleRows(text, true)).toEqual(expected);
  });
});
