/**
 * Whole invented articles for helper fix80, in styles stops 52 and 53 did not
 * cover: an Australian state paper ("5 December", "said Ms Ong", "the
 * Premier"), a UK police press conference ("Detective Inspector Kemp said",
 * "police said in a statement"), an election-night live blog (time stamps,
 * "Update (11:52 pm):"), a health report ("according to the CDC", "Dr. X, who
 * was not involved in the study, said"), an album review (titles and a lyric
 * in quotation marks), a business wire release (forward-looking boilerplate),
 * a magazine profile (present-tense "she says", a quotation over two
 * paragraphs) and a sports press conference transcript ("Q:", "COACH
 * OKAFOR:"). Rows are the exact output: [content, speaker name, cue, kind,
 * category]. Sentences and names are invented.
 *
 * Fixed by fix80 (rows in SHAPES below): "shortly after 2am. \"A man ...,\"
 * Detective Inspector Kemp said" ran the reported clause and the quotation
 * together (wink keeps "2am." whole and goes on with the sentence; "a.m."
 * before an opening mark did the same); "Forward-Looking Statements: ..." was
 * a headline credited to "-Looking Statements" (a release's trailer labels
 * name no speaker); the lyric "We were kings of nothing" was an unattributed
 * quotation (a lyric, slogan, chorus or headline noun before it names a phrase
 * shown); "Update (11:52 pm): Riley has now conceded Northgate. \"...,\" he
 * said" went to Northgate (the label kept Riley from being the subject);
 * "Hendry on the result: \"...\"" was unattributed; "admitted dangerous
 * driving at Leicester Crown Court" kept the court in the object ("Hull" after
 * "at" read as a verb is left: see the todo rows); "has promised to hire 1,500 more nurses by
 * next winter, after a week of criticism" kept the span of time.
 *
 * Left as they are (todo rows at the end; the articles above avoid them):
 * "he" after "My brother" inside an answer. (A speaker "one of them" after
 * "although", an object run on through a second predicate whose past is its
 * base form, "and cut its forecast", and a police appeal, "is asked to call
 * 101", read as a request reported, were fixed by fix81: rows in
 * test/fix81.test.ts.) A lyric sung ('"...," she sings') keeps the
 * singer with no cue. (A transcript's label in capitals, "MARCUS HILL:", takes
 * the text's own spelling of the name, "Marcus Hill", since fix85.)
 */
import { describe, expect, test } from 'vitest';
import { describeArticles, type Article, shapeRows, type ShapeRow } from './support/article-rows.js';

const ARTICLES: Article[] = [
  {
    topic: "an Australian state paper on a hospital row (\"5 December\", \"said Ms Ong\", \"the Premier\", a span of time after the content)",
    paragraphs: [
      "Sydney, 5 December: The New South Wales Premier has ruled out a snap election, despite mounting pressure over the state's hospital waiting lists.",
      "\"We were elected to do a job and we will finish it,\" the Premier told reporters in Parramatta on Thursday.",
      "The Premier has promised to hire 1,500 more nurses by next winter, after a week of criticism from doctors and unions.",
      "Opposition leader Mark Dawes said the government had lost the confidence of voters. \"Nurses are leaving in droves and the Premier is pretending nothing is wrong,\" said Mr Dawes.",
      "Health Minister Kylie Ong defended the government's record, saying waiting times had fallen in five of the state's 15 districts. \"There is more to do, but we are heading in the right direction,\" said Ms Ong.",
      "The NSW Nurses and Midwives' Association said its members would consider further strikes next month.",
      "Association secretary Ravi Menon said nurses were exhausted. \"Our members cannot keep working double shifts,\" he said.",
      "A spokeswoman for the Premier said a new pay offer would be put to the union before Christmas.",
    ],
    every: [
      ["We were elected to do a job and we will finish it,","the Premier","told","direct","speech"],
      ["to hire 1,500 more nurses by next winter","the Premier","has promised","indirect","speech"],
      ["the government had lost the confidence of voters","Mark Dawes","said","indirect","speech"],
      ["Nurses are leaving in droves and the Premier is pretending nothing is wrong,","Mark Dawes","said","direct","speech"],
      ["waiting times had fallen in five of the state's 15 districts","Kylie Ong","saying","indirect","speech"],
      ["There is more to do, but we are heading in the right direction,","Kylie Ong","said","direct","speech"],
      ["its members would consider further strikes next month","The NSW Nurses and Midwives' Association","said","indirect","speech"],
      ["nurses were exhausted","Ravi Menon","said","indirect","speech"],
      ["Our members cannot keep working double shifts,","Ravi Menon","said","direct","speech"],
      ["a new pay offer would be put to the union before Christmas","A spokeswoman for the Premier","said","indirect","speech"],
    ],
    notByDefault: [],
    onlyByDefault: [],
  },
  {
    topic: "a UK police press conference (\"Detective Inspector Kemp said\", \"police said in a statement\", \"shortly after 2am.\" before a quote, a plea at a named court)",
    paragraphs: [
      "Police have arrested a 34-year-old man after a stabbing outside a nightclub in Leicester city centre early on Sunday.",
      "Detective Inspector Laura Kemp said officers were called to Granby Street shortly after 2am. \"A man in his twenties was found with serious injuries and taken to hospital,\" Detective Inspector Kemp said.",
      "\"His condition is described as stable. We are keeping an open mind about the motive,\" she added.",
      "Police said in a statement that the arrested man remained in custody and that a cordon would stay in place for most of the day.",
      "Chief Superintendent Neil Harte urged anyone with dashcam footage to come forward. \"We know the street was busy, and someone will have seen something,\" he told a press conference.",
      "A police spokesperson said extra patrols would be in the area over the coming week.",
      "The nightclub's owner, Dean Foley, said staff had given first aid. \"My team did everything they could,\" Mr Foley said.",
      "In an unrelated case, a 29-year-old driver admitted dangerous driving at Leicester Crown Court on Friday.",
    ],
    every: [
      ["officers were called to Granby Street shortly after 2am","Laura Kemp","said","indirect","speech"],
      ["A man in his twenties was found with serious injuries and taken to hospital,","Laura Kemp","said","direct","speech"],
      ["His condition is described as stable. We are keeping an open mind about the motive,","Laura Kemp","added","direct","speech"],
      ["the arrested man remained in custody and that a cordon would stay in place for most of the day","Police","said","indirect","speech"],
      ["anyone with dashcam footage to come forward","Neil Harte","urged","indirect","speech"],
      ["We know the street was busy, and someone will have seen something,","Neil Harte","told","direct","speech"],
      ["extra patrols would be in the area over the coming week","A police spokesperson","said","indirect","speech"],
      ["staff had given first aid","Dean Foley","said","indirect","speech"],
      ["My team did everything they could,","Dean Foley","said","direct","speech"],
      ["dangerous driving","a 29-year-old driver","admitted","indirect","speech"],
    ],
    notByDefault: [],
    onlyByDefault: [],
  },
  {
    topic: "an election-night live blog (time stamps, \"Update (11:52 pm):\", \"Hendry on the result:\", short paragraphs)",
    paragraphs: [
      "Update: 10:42 pm",
      "Turnout in the northern districts looks higher than expected, according to officials at the county count.",
      "10:51 pm",
      "The Green candidate, Alice Marr, has conceded in Westfield. \"We ran a campaign we can be proud of,\" she told supporters.",
      "11:20 pm",
      "The Labour campaign chief, Tom Riley, says the party is confident of holding Northgate. \"The numbers look good for us,\" Riley told the BBC.",
      "11:48 pm",
      "\"This is a long night and it is not over yet,\" said Conservative chairman Paul Hendry.",
      "Update (11:52 pm): Riley has now conceded Northgate. \"The voters have spoken and I respect their decision,\" he said.",
      "12:03 am",
      "Hendry on the result: \"A great night for the party and for the town.\"",
      "12:15 am",
      "Turnout was 64 per cent, the returning officer said, up from 58 per cent at the last election.",
      "12:31 am",
      "Marr has tweeted: \"Thank you, Westfield. We will be back.\"",
    ],
    every: [
      ["Turnout in the northern districts looks higher than expected","officials at the county count","according to","indirect","source"],
      ["We ran a campaign we can be proud of,","Alice Marr","told","direct","speech"],
      ["the party is confident of holding Northgate","Tom Riley","says","indirect","speech"],
      ["The numbers look good for us,","Tom Riley","told","direct","speech"],
      ["This is a long night and it is not over yet,","Paul Hendry","said","direct","speech"],
      ["The voters have spoken and I respect their decision,","Tom Riley","said","direct","speech"],
      ["A great night for the party and for the town.","Paul Hendry",":","direct","speech"],
      ["Turnout was 64 per cent","the returning officer","said","indirect","speech"],
      ["Thank you, Westfield. We will be back.","Alice Marr","has tweeted","direct","writing"],
    ],
    notByDefault: [],
    onlyByDefault: [],
  },
  {
    topic: "a health report (\"according to the CDC\", \"Dr. X, who was not involved in the study, said\")",
    paragraphs: [
      "Adults who walk at least 7,000 steps a day have a lower risk of early death than those who walk fewer, according to a new study published in a leading medical journal.",
      "The researchers followed more than 20,000 adults for a decade. \"The benefits levelled off at around 9,000 steps,\" said Dr. Emily Zhou, the study's lead author and an epidemiologist at the University of Toronto.",
      "About one in four adults does not get enough exercise, according to the CDC.",
      "Dr. Marcus Bell, a cardiologist who was not involved in the study, said the results were encouraging but not surprising. \"Any movement is better than none,\" Dr. Bell said.",
      "The authors cautioned that the study was observational and could not prove cause and effect.",
      "The CDC says adults should get at least 150 minutes of moderate activity a week.",
      "A spokesperson for the World Health Organization said the agency would review the findings.",
      "Zhou said people should not worry too much about the exact number. \"Just try to move a bit more every day,\" she said.",
    ],
    every: [
      ["Adults who walk at least 7,000 steps a day have a lower risk of early death than those who walk fewer","a new study published in a leading medical journal","according to","indirect","source"],
      ["The benefits levelled off at around 9,000 steps,","Emily Zhou","said","direct","speech"],
      ["About one in four adults does not get enough exercise","CDC","according to","indirect","source"],
      ["the results were encouraging but not surprising","Marcus Bell","said","indirect","speech"],
      ["Any movement is better than none,","Marcus Bell","said","direct","speech"],
      ["the study was observational and could not prove cause and effect","The authors","cautioned","indirect","speech"],
      ["adults should get at least 150 minutes of moderate activity a week","CDC","says","indirect","speech"],
      ["the agency would review the findings","A spokesperson for the World Health Organization","said","indirect","speech"],
      ["people should not worry too much about the exact number","Emily Zhou","said","indirect","speech"],
      ["Just try to move a bit more every day,","Emily Zhou","said","direct","speech"],
    ],
    notByDefault: [],
    onlyByDefault: [],
  },
  {
    topic: "an album review (titles in quotation marks, a quoted lyric, \"she sings\")",
    paragraphs: [
      "On her third album, \"Glass Harbour\", singer Mira Vale trades the synths of her debut for an acoustic guitar and a string quartet.",
      "The opening track, \"Lanterns\", sets the tone. \"Hold the light a little longer, I am almost home,\" she sings over a single cello.",
      "Vale has said the record was written in a cottage on the Cornish coast. \"I wanted songs that could survive without a studio,\" she told an interviewer last year.",
      "Not everything works. \"Paper Crowns\" drags, and the lyric \"We were kings of nothing\" is repeated until it loses its bite.",
      "The closing song, \"Low Tide\", is the best thing she has recorded.",
      "Vale, who grew up in Falmouth, said in a statement that the album was \"a letter to the sea\". Her label said a tour of 20 cities would begin in March, with tickets on sale from Friday.",
      "Glass Harbour is out now on Northlight Records.",
    ],
    every: [
      ["Hold the light a little longer, I am almost home,","Mira Vale",null,"direct",null],
      ["the record was written in a cottage on the Cornish coast","Mira Vale","has said","indirect","speech"],
      ["I wanted songs that could survive without a studio,","Mira Vale","told","direct","speech"],
      ["the album was \"a letter to the sea\"","Mira Vale","said","mixed","speech"],
      ["a tour of 20 cities would begin in March, with tickets on sale from Friday","Her label","said","indirect","speech"],
    ],
    notByDefault: [],
    onlyByDefault: [],
  },
  {
    topic: "a business wire release (\"said X, chief executive officer of Y\", \"in a release\", forward-looking boilerplate, \"About X:\")",
    paragraphs: [
      "SAN JOSE, Calif., Dec. 5 -- Brightwave Systems Inc. today announced that it has completed its acquisition of Corelink Networks, a maker of industrial sensors, for $340 million in cash.",
      "The deal is expected to add to Brightwave's earnings in the first full year, the company said in a release.",
      "\"Corelink's engineers share our vision of a connected factory floor,\" said Dana Whitfield, chief executive officer of Brightwave Systems. \"Together we can serve customers in more than 40 countries.\"",
      "\"We are excited to join a company with Brightwave's reach,\" said Omar Haddad, founder of Corelink Networks.",
      "\"We are investing in capacity to meet that demand,\" said Kevin Moore, Chief Financial Officer of Brightwave Systems.",
      "Brightwave expects revenue for the fiscal year to be between $1.2 billion and $1.3 billion.",
      "About Brightwave Systems: Brightwave Systems makes sensors and software for factories in more than 40 countries.",
      "Forward-Looking Statements: This release contains forward-looking statements that involve risks and uncertainties. Actual results may differ materially from those projected.",
    ],
    every: [
      ["it has completed its acquisition of Corelink Networks, a maker of industrial sensors, for $340 million in cash","Brightwave Systems Inc.","announced","indirect","speech"],
      ["The deal is expected to add to Brightwave's earnings in the first full year","Brightwave Systems Inc.","said","indirect","speech"],
      ["Corelink's engineers share our vision of a connected factory floor, Together we can serve customers in more than 40 countries.","Dana Whitfield","said","direct","speech"],
      ["We are excited to join a company with Brightwave's reach,","Omar Haddad","said","direct","speech"],
      ["We are investing in capacity to meet that demand,","Kevin Moore","said","direct","speech"],
      ["revenue for the fiscal year to be between $1.2 billion and $1.3 billion","Brightwave","expects","indirect","thought"],
    ],
    notByDefault: [
      ["revenue for the fiscal year to be between $1.2 billion and $1.3 billion","Brightwave","expects","indirect","thought"],
    ],
    onlyByDefault: [],
  },
  {
    topic: "a magazine profile (present-tense \"she says\", a quotation over two paragraphs, \"I\", a flashback, \"she says\" inside the sentence)",
    paragraphs: [
      "Nora Castell is sitting in the kitchen of her farmhouse, a mug of tea going cold in front of her. She has been making films for thirty years, and she says she is only now learning how.",
      "\"When I started, I thought a director had to know everything,\" she says. \"I was terrified that someone would find out I didn't.",
      "\"Now I ask questions all day. It is the best thing I ever learned.\"",
      "Her father was a fisherman, and the sea runs through all her films. As a girl she would wait on the harbour wall for his boat. \"He never told me when he would be back,\" she says. \"I think that's where the suspense in my films comes from.\"",
      "In 1998 she sold her car to pay for her first short film. Her mother, she says, thought she had lost her mind.",
      "Her longtime editor, Sam Ruiz, says she is the most stubborn person he has ever worked with. \"She will watch a cut 50 times until it feels right,\" he says.",
      "Castell laughs when I read her the quote. \"Sam is being kind,\" she says. \"It's more like 100.\"",
    ],
    every: [
      ["she is only now learning how","Nora Castell","says","indirect","speech"],
      ["When I started, I thought a director had to know everything, I was terrified that someone would find out I didn't. Now I ask questions all day. It is the best thing I ever learned.","Nora Castell","says","direct","speech"],
      ["He never told me when he would be back, I think that's where the suspense in my films comes from.","Nora Castell","says","direct","speech"],
      ["Her mother thought she had lost her mind","Nora Castell","says","indirect","speech"],
      ["she is the most stubborn person he has ever worked with","Sam Ruiz","says","indirect","speech"],
      ["She will watch a cut 50 times until it feels right,","Sam Ruiz","says","direct","speech"],
      ["Sam is being kind, It's more like 100.","Nora Castell","says","direct","speech"],
    ],
    notByDefault: [],
    onlyByDefault: [],
  },
  {
    topic: "a sports press conference transcript (Q:, \"COACH OKAFOR:\", \"MARCUS HILL:\")",
    paragraphs: [
      "Head coach Brian Okafor spoke to reporters after Saturday's 24-17 win over Denver.",
      "Q: How do you assess the defense today?",
      "COACH OKAFOR: I thought they played with a lot of energy. We gave up a couple of big plays early, but we adjusted at halftime.",
      "Q: What did you say to the team at the break?",
      "COACH OKAFOR: Just to trust each other. Nobody panicked.",
      "Quarterback Jalen Price said the offense had struggled in the first half. \"We left points on the field, and we can't do that against good teams,\" Price said.",
      "Q: Is Marcus Hill going to play next week?",
      "COACH OKAFOR: We'll know more on Monday. He's day to day.",
      "Hill spoke to reporters later.",
      "Q: Marcus, what happened on the final drive?",
      "MARCUS HILL: We just executed. The line gave me time and I found the open man.",
      "MARCUS HILL: The ankle is fine. I'll be ready for Sunday.",
    ],
    every: [
      ["I thought they played with a lot of energy. We gave up a couple of big plays early, but we adjusted at halftime","Brian Okafor",":","indirect","speech"],
      ["Just to trust each other. Nobody panicked","Brian Okafor",":","indirect","speech"],
      ["the offense had struggled in the first half","Jalen Price","said","indirect","speech"],
      ["We left points on the field, and we can't do that against good teams,","Jalen Price","said","direct","speech"],
      ["We'll know more on Monday. He's day to day","Brian Okafor",":","indirect","speech"],
      ["We just executed. The line gave me time and I found the open man","Marcus Hill",":","indirect","speech"],
      ["The ankle is fine. I'll be ready for Sunday","Marcus Hill",":","indirect","speech"],
    ],
    notByDefault: [],
    onlyByDefault: [],
  },
];

describeArticles('fix80', ARTICLES);

const SHAPES: [string, ShapeRow[]][] = [
  // a clock time written close ends its sentence before an opening mark
  ["Ann Reed said officers arrived shortly after 2am. \"Nobody was hurt,\" she said.", [
    [["officers arrived shortly after 2am"],"Ann Reed","Ann Reed","said","reported/cue-clause","indirect"],
    [["Nobody was hurt,"],"Ann Reed","she","said","direct/trailing-speaker-cue","direct"],
  ]],
  // and before a capitalised word
  ["Ann Reed said the shop shut at 10pm. Staff went home early.", [
    [["the shop shut at 10pm"],"Ann Reed","Ann Reed","said","reported/cue-clause","indirect"],
  ]],
  // "a.m." before an opening mark set off by a space
  ["The ferry left at 7 a.m. \"It was packed,\" a passenger said.", [
    [["It was packed,"],"a passenger","a passenger","said","direct/trailing-speaker-cue","direct"],
  ]],
  // a release trailer label
  ["Safe Harbor Statement: This release contains statements about future events and plans.", []],
  // "About X:"
  ["About Corvane Labs: Corvane Labs makes batteries for buses in 12 countries.", []],
  // "Investor Relations:"
  ["Investor Relations: Priya Shah, Corvane Labs, investors@example.com", []],
  // a quoted chorus
  ["The chorus \"Nobody waits for the tide to turn\" returns four times.", []],
  // a quoted slogan
  ["The slogan \"One town, one team, one dream\" was painted on every wall.", []],
  // the name after "Update:" is the subject
  ["Councillor Ben Moss led the count. Update: Moss has conceded Eastfield. \"I am proud of this team,\" he said.", [
    [["I am proud of this team,"],"Ben Moss","he","said","direct/trailing-speaker-cue","direct"],
  ]],
  // "Name on topic:"
  ["Councillor Jane Pike spoke after the count. Pike on the turnout: \"Better than we hoped for on a wet night.\"", [
    [["Better than we hoped for on a wet night."],"Jane Pike","Pike",":","direct/name-colon","direct"],
  ]],
  // "Full Name, on topic:"
  ["Jane Pike, on the turnout: \"Better than we hoped for on a wet night.\"", [
    [["Better than we hoped for on a wet night."],"Jane Pike","Jane Pike",":","direct/name-colon","direct"],
  ]],
  // no name before "on": unattributed
  ["Reaction on the ground: \"Better than we hoped for on a wet night.\"", [
    [["Better than we hoped for on a wet night."],null,null,null,"direct/unattributed","direct"],
  ]],
  // a named court ends the object
  ["Ellis Crane, 40, admitted theft at Leeds Crown Court on Monday.", [
    [["theft"],"Ellis Crane","Ellis Crane, 40","admitted","reported/cue-object","indirect"],
  ]],
  // an owned trial ends the object
  ["She denied the charge at her trial.", [
    [["the charge"],"She","She","denied","reported/cue-object","indirect"],
  ]],
  // a court after "the" stays in the object
  ["The firm announced a review of staffing at the court.", [
    [["a review of staffing at the court"],"The firm","The firm","announced","reported/cue-object","indirect"],
  ]],
  // a span of time after a comma ends the content
  ["The council has agreed to reopen the library, after months of protests by parents.", [
    [["to reopen the library"],"The council","The council","has agreed","reported/cue-infinitive","indirect"],
  ]],
  // no comma: the span stays
  ["He said the talks ended after a week of wrangling.", [
    [["the talks ended after a week of wrangling"],"He","He","said","reported/cue-clause","indirect"],
  ]],
];

describe('fix80: shapes', () => {
  test.each(SHAPES)('%s', (text, expected) => {
    expect(shapeRows(text)).toEqual(expected);
  });
});

describe('fix80: left as they are', () => {
  // inside an interview answer: "he" after "My brother worked offshore ..., and he used to say ..." stays unresolved ("he")
  test.todo('"My brother worked offshore for 20 years, and he used to say a rig was a small town" has the speaker "My brother"');
  // a place's name the tagger reads as a verb after "at" ("Hull") makes a clause of the object: gives "theft at Hull Crown
  // Court on Monday" (re-tagging such a word as a name lost a gold item on train: "reports investments in Ford Motor ...")
  test.todo('"Ellis Crane, 40, admitted theft at Hull Crown Court on Monday." gives "theft"');
});
