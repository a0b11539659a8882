/**
 * Whole invented news articles for helper fix79, in styles PolNeAR's US wire
 * copy rarely has: a UK paper (single quotes, "Mr Bramley" with no full stop,
 * "said Mr Bramley", "the Home Secretary", "Labour MP Rachel Dunmore"), a
 * local court report, a football match report, a science news piece ("the
 * study's lead author, Dr Hannah Ferris"), a tech-company earnings story ("the
 * company said in a statement"), an obituary with quotes from relatives, a
 * flood report with officials and residents ("Jane Whitlock, 42,"), and a
 * novelist interview in Q and A form. Rows are the exact output: [content,
 * speaker name, cue, kind, category]. Sentences and names are invented.
 *
 * Fixed by fix79 (rows in SHAPES below): "said his client was ashamed and had
 * begun to pay the money back" ended at "ashamed" ("begin" and "continue" are
 * cues, but with "to", a gerund or an object after them they tell an act, and
 * the content goes on through them); "said in a statement that it expected
 * $12.4 billion, down from an earlier forecast of $13 billion" ended at
 * "billion" (no attribution starts right after an article); "I wrote that on a
 * card and stuck it above my desk" gave "on a card and stuck it above my
 * desk" (a "that" before an adjunct whose first verb follows "and" is a
 * pronoun object); "Novelist Clara Benn" kept "Novelist" in the name (job
 * words such as "novelist", "researcher", "journalist" are titles before a
 * name); "he" in the interview went to Clara Benn (Clara, Priya, Beth, Ahmed,
 * Leon, Danny and Simon are known first names now).
 *
 * Left as they are (todo rows at the end; the articles above avoid them):
 * an object cue takes a place adjunct ("admitted fraud at Bradford Crown
 * Court"), an object runs on through a second predicate ("reported weaker
 * revenue and cut its forecast"), a narrator's adjunct after an infinitive
 * ("has promised to recruit ..., after a week of criticism"), and two
 * speakers left without a name ("one of them told me ...", "he used to say"
 * after "My brother" inside an answer). The place adjunct and the
 * narrator's adjunct are fixed by fix80 (test/fix80.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { describeArticles, type Article, shapeRows, type ShapeRow } from './support/article-rows.js';

const ARTICLES: Article[] = [
  {
    topic: "a UK paper on border queues (single quotes, \"Mr Bramley\" without a full stop, \"said Mr Bramley\", \"the Home Secretary\", \"Labour MP\")",
    paragraphs: [
      "After a week of criticism over queues at Channel ports, the Home Secretary has promised to recruit 2,000 more border officers by next spring.",
      "Speaking in the Commons on Wednesday, Mr Bramley said the new officers would be trained in half the usual time. 'We will not let our borders grind to a halt,' said Mr Bramley. 'Families deserve to start their holidays in peace.'",
      "Labour MP Rachel Dunmore accused the government of cutting staff for a decade. 'This is a crisis of the Home Office's own making,' she said.",
      "The shadow home secretary, Tom Eversley, said the pledge was 'a sticking plaster on a broken leg'.",
      "Mrs Hadley, who runs a haulage firm in Dover, said her lorries had waited up to 19 hours last weekend. 'My drivers slept in their cabs with no toilets and no water,' she told the BBC.",
      "A Downing Street spokesman said the Prime Minister had full confidence in the Home Secretary.",
      "Dr Priya Nair, a senior lecturer in migration policy at the University of Kent, said recruiting so many officers so quickly would be difficult. 'Training matters, and you cannot rush it without taking risks,' said Dr Nair.",
      "Mr Bramley insisted the plan was fully funded. 'Every penny has been found,' he told MPs.",
    ],
    every: [
      ["to recruit 2,000 more border officers by next spring","the Home Secretary","has promised","indirect","speech"],
      ["the new officers would be trained in half the usual time","Bramley","said","indirect","speech"],
      ["We will not let our borders grind to a halt, Families deserve to start their holidays in peace.","Bramley","said","direct","speech"],
      ["the government of cutting staff for a decade","Rachel Dunmore","accused","indirect","stance"],
      ["This is a crisis of the Home Office's own making,","Rachel Dunmore","said","direct","speech"],
      ["the pledge was 'a sticking plaster on a broken leg'","Tom Eversley","said","mixed","speech"],
      ["her lorries had waited up to 19 hours last weekend","Hadley","said","indirect","speech"],
      ["My drivers slept in their cabs with no toilets and no water,","Hadley","told","direct","speech"],
      ["the Prime Minister had full confidence in the Home Secretary","A Downing Street spokesman","said","indirect","speech"],
      ["recruiting so many officers so quickly would be difficult","Priya Nair","said","indirect","speech"],
      ["Training matters, and you cannot rush it without taking risks,","Priya Nair","said","direct","speech"],
      ["the plan was fully funded","Bramley","insisted","indirect","speech"],
      ["Every penny has been found,","Bramley","told","direct","speech"],
    ],
    notByDefault: [
      ["the government of cutting staff for a decade","Rachel Dunmore","accused","indirect","stance"],
    ],
    onlyByDefault: [],
  },
  {
    topic: "a local court report (prosecutor, defence, judge, victim statement)",
    paragraphs: [
      "A Bradford man who stole more than £40,000 from his elderly neighbour has been jailed for three years.",
      "At Bradford Crown Court in March, Gary Pickering, 51, of Manor Road, admitted fraud. The court heard he had used the woman's bank card for 18 months after offering to do her shopping.",
      "Prosecutor Helen Carr said Pickering had spent the money on holidays and a new car. \"He took advantage of a frail woman who trusted him completely,\" Ms Carr told the court.",
      "In a victim statement read to the court, the woman's daughter said her mother no longer felt safe in her own home. \"She thought of him as family,\" the statement said.",
      "Defending, Simon Oates said his client was ashamed and had begun to pay the money back. \"He knows there is no excuse for what he did,\" Mr Oates said.",
      "Sentencing him, Judge Alan Whitby said it was a \"calculated and cruel\" breach of trust. \"You saw a lonely woman and you saw an opportunity,\" the judge said. \"You will now go to prison.\"",
      "Outside court, Detective Constable Sarah Lund said she hoped the case would encourage other victims to come forward. \"Nobody should suffer in silence,\" she said.",
      "Pickering was also told he must pay back £12,000 within three months or face a further year in prison.",
    ],
    every: [
      ["fraud","Gary Pickering","admitted","indirect","speech"],
      ["he had used the woman's bank card for 18 months after offering to do her shopping",null,"heard","indirect","speech"],
      ["Pickering had spent the money on holidays and a new car","Helen Carr","said","indirect","speech"],
      ["He took advantage of a frail woman who trusted him completely,","Helen Carr","told","direct","speech"],
      ["her mother no longer felt safe in her own home","the woman's daughter","said","indirect","speech"],
      ["She thought of him as family,","the statement","said","direct","speech"],
      ["his client was ashamed and had begun to pay the money back","Simon Oates","said","indirect","speech"],
      ["He knows there is no excuse for what he did,","Simon Oates","said","direct","speech"],
      ["it was a \"calculated and cruel\" breach of trust","Alan Whitby","said","mixed","speech"],
      ["You saw a lonely woman and you saw an opportunity, You will now go to prison.","Alan Whitby","said","direct","speech"],
      ["she hoped the case would encourage other victims to come forward","Sarah Lund","said","indirect","speech"],
      ["Nobody should suffer in silence,","Sarah Lund","said","direct","speech"],
      ["he must pay back £12,000 within three months or face a further year in prison",null,"was also told","indirect","speech"],
    ],
    notByDefault: [],
    onlyByDefault: [],
  },
  {
    topic: "a football match report (manager, striker, rival boss)",
    paragraphs: [
      "Riverside United moved up to third in the table with a 3-1 win over Castleford Athletic on Saturday, thanks to two goals from striker Leon Mbeki.",
      "Mbeki scored after eight minutes and again just before half-time, before Castleford pulled one back through Danny Rourke. Substitute Jamie Cole sealed the win in stoppage time.",
      "\"Leon was outstanding today,\" said United manager Frank Hollis. \"He works so hard for the team, and he deserves every goal he gets.\"",
      "Hollis said his side had been nervous after the break but had shown character. \"We let them back into it, but the lads kept their heads,\" he said.",
      "Mbeki, 23, who joined from Belgian side Lokeren in the summer, said he was finally feeling at home. \"The fans have been amazing with me from day one,\" he told reporters. \"I just want to repay them.\"",
      "Castleford boss Martin Greaves was furious about the opening goal, which he said should have been ruled out for offside. \"It was a mile off. Everybody in the ground saw it except the linesman,\" Greaves said.",
      "Greaves added that his team had played well enough to earn a point. \"I am proud of the players, but proud does not win you anything,\" he said.",
      "United travel to Wexley Town next weekend, while Castleford host leaders Northam City.",
    ],
    every: [
      ["Leon was outstanding today, He works so hard for the team, and he deserves every goal he gets.","Frank Hollis","said","direct","speech"],
      ["his side had been nervous after the break but had shown character","Frank Hollis","said","indirect","speech"],
      ["We let them back into it, but the lads kept their heads,","Frank Hollis","said","direct","speech"],
      ["he was finally feeling at home","Leon Mbeki","said","indirect","speech"],
      ["The fans have been amazing with me from day one, I just want to repay them.","Leon Mbeki","told","direct","speech"],
      ["which should have been ruled out for offside","Martin Greaves","said","indirect","speech"],
      ["It was a mile off. Everybody in the ground saw it except the linesman,","Martin Greaves","said","direct","speech"],
      ["his team had played well enough to earn a point","Martin Greaves","added","indirect","speech"],
      ["I am proud of the players, but proud does not win you anything,","Martin Greaves","said","direct","speech"],
    ],
    notByDefault: [],
    onlyByDefault: [],
  },
  {
    topic: "a science news piece (\"the study's lead author, Dr X\", an outside expert, a charity)",
    paragraphs: [
      "People who walk at least 7,000 steps a day may have a lower risk of dementia, according to a large new study published on Monday.",
      "Researchers at the University of Leeds followed more than 60,000 adults for nine years. They found that those who walked the most were 30 percent less likely to develop dementia than those who walked the least.",
      "\"The effect was strong, and it held even after we took account of age, diet and smoking,\" said the study's lead author, Dr Hannah Ferris. \"You do not need to run a marathon. A brisk daily walk seems to be enough.\"",
      "Dr Ferris said the team could not prove that walking itself protected the brain. People in the early stages of dementia may simply walk less, she said.",
      "Professor Mark Ellison, a neurologist at King's College London who was not involved in the research, said the findings were encouraging but should be treated with caution. \"This is an observational study, so it shows an association, not a cause,\" he said.",
      "The study, published in the journal Neurology Today, was funded by the Medical Research Council.",
      "The charity Dementia Action said the results added to growing evidence that exercise was good for the brain. Its head of research, Dr Simon Patel, said: \"There is no magic pill, but there are things people can do today to reduce their risk.\"",
    ],
    every: [
      ["People who walk at least 7,000 steps a day may have a lower risk of dementia","a large new study published on Monday","according to","indirect","source"],
      ["those who walked the most were 30 percent less likely to develop dementia than those who walked the least","Researchers at the University of Leeds","found","indirect","evidence"],
      ["The effect was strong, and it held even after we took account of age, diet and smoking, You do not need to run a marathon. A brisk daily walk seems to be enough.","Hannah Ferris","said","direct","speech"],
      ["the team could not prove that walking itself protected the brain","Hannah Ferris","said","indirect","speech"],
      ["People in the early stages of dementia may simply walk less","Hannah Ferris","said","indirect","speech"],
      ["the findings were encouraging but should be treated with caution","Mark Ellison","said","indirect","speech"],
      ["This is an observational study, so it shows an association, not a cause,","Mark Ellison","said","direct","speech"],
      ["the results added to growing evidence that exercise was good for the brain","Dementia Action","said","indirect","speech"],
      ["There is no magic pill, but there are things people can do today to reduce their risk.","Simon Patel","said","direct","speech"],
    ],
    notByDefault: [
      ["those who walked the most were 30 percent less likely to develop dementia than those who walked the least","Researchers at the University of Leeds","found","indirect","evidence"],
    ],
    onlyByDefault: [],
  },
  {
    topic: "a tech-company earnings story (CEO, CFO, analysts, \"the company said in a statement\")",
    paragraphs: [
      "Shares in Novatek Systems fell 12 percent in after-hours trading on Thursday after the software company reported weaker-than-expected revenue. It also cut its forecast for the year.",
      "Revenue rose 4 percent to $3.1 billion in the three months to September, below the $3.3 billion analysts had expected. Net profit fell to $410 million from $520 million a year earlier.",
      "\"This was a difficult quarter, and we are not satisfied with these results,\" chief executive Laura Chen said on a call with analysts. She said large customers had delayed orders as they waited for the company's new cloud platform.",
      "The company said in a statement that it now expected full-year revenue of $12.4 billion, down from an earlier forecast of $13 billion. It said it would cut about 800 jobs, or 5 percent of its workforce.",
      "Chief financial officer David Marsh told analysts that costs would fall by $200 million next year. \"We are taking decisive action to protect our margins,\" he said.",
      "Analysts were unconvinced. \"The story has changed three times in a year,\" said Rebecca Moore, an analyst at Harwell Securities. \"Investors want to see the new platform actually selling before they believe in a recovery.\"",
      "Another analyst, James Okafor of Brightline Capital, said the job cuts were overdue. He said Novatek had hired too quickly during the pandemic.",
      "Ms Chen said she remained confident. \"Our best years are ahead of us,\" she said.",
    ],
    every: [
      ["weaker-than-expected revenue","the software company","reported","indirect","speech"],
      ["This was a difficult quarter, and we are not satisfied with these results,","Laura Chen","said","direct","speech"],
      ["large customers had delayed orders as they waited for the company's new cloud platform","Laura Chen","said","indirect","speech"],
      ["it now expected full-year revenue of $12.4 billion, down from an earlier forecast of $13 billion","The company","said","indirect","speech"],
      ["it would cut about 800 jobs, or 5 percent of its workforce","The company","said","indirect","speech"],
      ["costs would fall by $200 million next year","David Marsh","told","indirect","speech"],
      ["We are taking decisive action to protect our margins,","David Marsh","said","direct","speech"],
      ["The story has changed three times in a year, Investors want to see the new platform actually selling before they believe in a recovery.","Rebecca Moore","said","direct","speech"],
      ["the job cuts were overdue","James Okafor","said","indirect","speech"],
      ["Novatek had hired too quickly during the pandemic","James Okafor","said","indirect","speech"],
      ["she remained confident","Laura Chen","said","indirect","speech"],
      ["Our best years are ahead of us,","Laura Chen","said","direct","speech"],
    ],
    notByDefault: [],
    onlyByDefault: [],
  },
  {
    topic: "an obituary with quotes from relatives and a neighbour",
    paragraphs: [
      "Margaret Ellwood, who ran the village post office in Little Harnby for more than 40 years, has died at the age of 92.",
      "Mrs Ellwood took over the shop from her father in 1958 and kept it open through two floods and a fire. She retired in 2001, when the post office finally closed.",
      "Her son, Peter Ellwood, said his mother had known every family in the village by name. \"She never forgot a birthday, and she never let anyone leave the shop without a biscuit,\" he said.",
      "Her granddaughter, Emma Ellwood, 29, said she had been a fierce and funny woman. \"Gran told me once that the secret of a long life was cold water and a bad temper,\" she said. \"I think she was joking, but I am not sure.\"",
      "Neighbour Joan Pryce, 80, said the whole village would miss her. \"When my husband died, Margaret was the first person at my door,\" Mrs Pryce said. \"She stayed with me all night.\"",
      "The vicar of St Mary's, the Rev Andrew Lowe, described her as \"the heart of Little Harnby for half a century\".",
      "Mrs Ellwood was married to her husband, Ronald, for 61 years. He died in 2014. She is survived by two sons, five grandchildren and three great-grandchildren.",
      "Her funeral will be held at St Mary's Church on Friday.",
    ],
    every: [
      ["his mother had known every family in the village by name","Peter Ellwood","said","indirect","speech"],
      ["She never forgot a birthday, and she never let anyone leave the shop without a biscuit,","Peter Ellwood","said","direct","speech"],
      ["she had been a fierce and funny woman","Emma Ellwood","said","indirect","speech"],
      ["Gran told me once that the secret of a long life was cold water and a bad temper, I think she was joking, but I am not sure.","Emma Ellwood","said","direct","speech"],
      ["the whole village would miss her","Joan Pryce","said","indirect","speech"],
      ["When my husband died, Margaret was the first person at my door, She stayed with me all night.","Joan Pryce","said","direct","speech"],
      ["her as \"the heart of Little Harnby for half a century\"","Andrew Lowe","described","mixed","speech"],
    ],
    notByDefault: [],
    onlyByDefault: [],
  },
  {
    topic: "a flood report with officials and residents (ages after names)",
    paragraphs: [
      "Hundreds of homes were flooded and two people were rescued from the roof of a car after torrential rain hit the Calder Valley overnight.",
      "The Environment Agency issued 14 flood warnings across the region on Sunday morning. A spokeswoman said river levels in Hebden Bridge had reached their highest point since 2015.",
      "\"We are urging people not to drive through flood water,\" said Chief Fire Officer Mark Haines. \"Just 30 centimetres of moving water can float a car.\"",
      "Crews used boats to reach residents trapped in their homes in Mytholmroyd. Mr Haines said no one had been seriously injured.",
      "Jane Whitlock, 42, said the water had come through her front door in less than ten minutes. \"We grabbed the kids and the dog and went upstairs,\" she said. \"Everything downstairs is gone.\"",
      "Her neighbour, Ahmed Rashid, 67, said it was the third time his house had flooded. \"I cannot keep doing this. The insurance will not even cover us any more,\" he said.",
      "Local councillor Beth Harrow said the council had opened two rest centres for people forced out of their homes. She said flood defences promised after the last floods had still not been built.",
      "The Met Office said more rain was expected on Monday. Forecaster Tom Greenwood warned that the ground was already saturated. \"Any more rain will run straight into the rivers,\" he said.",
    ],
    every: [
      ["river levels in Hebden Bridge had reached their highest point since 2015","A spokeswoman","said","indirect","speech"],
      ["We are urging people not to drive through flood water, Just 30 centimetres of moving water can float a car.","Mark Haines","said","direct","speech"],
      ["no one had been seriously injured","Mark Haines","said","indirect","speech"],
      ["the water had come through her front door in less than ten minutes","Jane Whitlock","said","indirect","speech"],
      ["We grabbed the kids and the dog and went upstairs, Everything downstairs is gone.","Jane Whitlock","said","direct","speech"],
      ["it was the third time his house had flooded","Ahmed Rashid","said","indirect","speech"],
      ["I cannot keep doing this. The insurance will not even cover us any more,","Ahmed Rashid","said","direct","speech"],
      ["the council had opened two rest centres for people forced out of their homes","Beth Harrow","said","indirect","speech"],
      ["flood defences promised after the last floods had still not been built","Beth Harrow","said","indirect","speech"],
      ["more rain was expected on Monday","Met Office","said","indirect","speech"],
      ["the ground was already saturated","Tom Greenwood","warned","indirect","speech"],
      ["Any more rain will run straight into the rivers,","Tom Greenwood","said","direct","speech"],
    ],
    notByDefault: [],
    onlyByDefault: [],
  },
  {
    topic: "a novelist interview in Q and A form",
    paragraphs: [
      "Novelist Clara Benn has just published her eighth book, a thriller set on a North Sea oil rig. She spoke to us about research, rejection and writing at night.",
      "Q: Why an oil rig?",
      "A: I wanted a place nobody could leave. My brother, who worked offshore for 20 years, always said a rig was a small town with no roads out.",
      "Q: How much research did you do?",
      "A: A lot. I spent two weeks on a platform off Aberdeen. The crew were very patient with me, although the cook joked that I asked more questions than a safety inspector.",
      "Q: Your first novel was rejected 31 times. What kept you going?",
      "A: Stubbornness, mostly. My agent said to me, \"You only need one yes.\" I wrote that on a card and stuck it above my desk.",
      "Q: When do you write?",
      "A: At night, after my children are in bed. I write from ten until about one in the morning. My husband says I am a vampire.",
      "Q: What are you working on next?",
      "A: A book about two sisters who have not spoken for 30 years. I will say no more than that.",
      "Benn's new novel, The Rig, is published by Harrow Press.",
    ],
    every: [
      ["Why an oil rig","Q",":","indirect","speech"],
      ["I wanted a place nobody could leave. My brother, who worked offshore for 20 years, always said a rig was a small town with no roads out","Clara Benn",":","indirect","speech"],
      ["a rig was a small town with no roads out","My brother","said","indirect","speech"],
      ["How much research did you do","Q",":","indirect","speech"],
      ["A lot. I spent two weeks on a platform off Aberdeen. The crew were very patient with me, although the cook joked that I asked more questions than a safety inspector","Clara Benn",":","indirect","speech"],
      ["I asked more questions than a safety inspector","the cook","joked","indirect","speech"],
      ["Your first novel was rejected 31 times. What kept you going","Q",":","indirect","speech"],
      ["Stubbornness, mostly. My agent said to me, \"You only need one yes.\" I wrote that on a card and stuck it above my desk","Clara Benn",":","mixed","speech"],
      ["You only need one yes.","My agent","said to","direct","speech"],
      ["When do you write","Q",":","indirect","speech"],
      ["At night, after my children are in bed. I write from ten until about one in the morning. My husband says I am a vampire","Clara Benn",":","indirect","speech"],
      ["I am a vampire","My husband","says","indirect","speech"],
      ["What are you working on next","Q",":","indirect","speech"],
      ["A book about two sisters who have not spoken for 30 years. I will say no more than that","Clara Benn",":","indirect","speech"],
    ],
    notByDefault: [],
    onlyByDefault: [],
  },
];

describeArticles('fix79', ARTICLES);

const SHAPES: [string, ShapeRow[]][] = [
  // "begin" and "continue" with "to", a gerund or an object after them tell an act: the content goes on through them
  ["Her lawyer said the firm was sorry and had begun to refund its customers.", [
    [["the firm was sorry and had begun to refund its customers"],"Her lawyer","Her lawyer","said","reported/cue-clause","indirect"],
  ]],
  ["The coach said his players were tired but began training again on Monday.", [
    [["his players were tired but began training again on Monday"],"The coach","The coach","said","reported/cue-clause","indirect"],
  ]],
  ["Ms Vance said the shop had closed and continued its sales online.", [
    [["the shop had closed and continued its sales online"],"Vance","Ms Vance","said","reported/cue-clause","indirect"],
  ]],
  ["The farmer said the river was rising and continued moving his sheep.", [
    [["the river was rising and continued moving his sheep"],"The farmer","The farmer","said","reported/cue-clause","indirect"],
  ]],
  // no attribution starts right after an article: the content goes on through "an earlier forecast", "a previously reported figure"
  ["The firm said profit would be $40 million, below an earlier forecast of $52 million.", [
    [["profit would be $40 million, below an earlier forecast of $52 million"],"The firm","The firm","said","reported/cue-clause","indirect"],
  ]],
  ["The council said the hall would cost £3 million, up from a previously reported figure of £2 million.", [
    [["the hall would cost £3 million, up from a previously reported figure of £2 million"],"The council","The council","said","reported/cue-clause","indirect"],
  ]],
  // "that" before an adjunct whose first verb follows "and" (an adverb may stand between) is a pronoun object: no clause
  ["She wrote that on a postcard and pinned it to the fridge.", []],
  ["He said that in the car and then went quiet.", []],
  // a job word before a name is a title, not part of the name
  ["Novelist Ada Crane said the book took four years.", [
    [["the book took four years"],"Ada Crane","Novelist Ada Crane","said","reported/cue-clause","indirect"],
  ]],
  ["Poet Ada Lyle said the prize meant a great deal.", [
    [["the prize meant a great deal"],"Ada Lyle","Poet Ada Lyle","said","reported/cue-clause","indirect"],
  ]],
  // a first name now known to be a woman's: "he" no longer goes to Clara Hunt (since stop 56 it is "Her uncle", the
  // subject before it that a noun of its gender describes)
  ["Clara Hunt has opened a cafe. Her uncle lived in Spain for years, and he said the coffee there was better.", [
    [["the coffee there was better"],"Her uncle","he","said","reported/cue-clause","indirect"],
  ]],
  // unchanged: a clause after "that" + adjunct; a fraction subject; "and added that" starts a report of its own; no content, no quote
  ["He said that on Monday the board would vote.", [
    [["on Monday the board would vote"],"He","He","said","reported/cue-that","indirect"],
  ]],
  ["Less than a third agreed that the plan would work.", [
    [["the plan would work"],"Less than a third","Less than a third","agreed","reported/cue-that","indirect"],
  ]],
  ["The mayor said the road was shut and added that it would reopen soon.", [
    [["the road was shut"],"The mayor","The mayor","said","reported/cue-clause","indirect"],
    [["it would reopen soon"],"The mayor","The mayor","added","reported/cue-that","indirect"],
  ]],
  ["The man began to repay the money last year.", []],
  ["She wrote that in her diary.", []],
];

describe('fix79: shapes', () => {
  test.each(SHAPES)('%s', (text, expected) => {
    expect(shapeRows(text)).toEqual(expected);
  });
});

describe('fix79: left as they are', () => {
  // (fixed by fix80, pinned in test/fix80.test.ts: an object's named court, "admitted fraud at Bradford Crown Court",
  // and a span of time after an infinitive's content, "..., after a week of criticism")
  // an object runs on through a second predicate: gives "weaker-than-expected revenue and cut its forecast for the year"
  test.todo('"the software company reported weaker-than-expected revenue and cut its forecast for the year" ends at "revenue"');
  // inside an interview answer: "he" after "My brother worked offshore ..., and he used to say ..." stays unresolved ("he")
  test.todo('"My brother worked offshore for 20 years, and he used to say a rig was a small town" has the speaker "My brother"');
  // "one of them told me I asked more questions" has no speaker
  test.todo('"The crew were patient, although one of them told me I asked too many questions" has the speaker "one of them"');
});
