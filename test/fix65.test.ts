/**
 * Whole invented news articles for helper fix65, on topics no other table
 * covers (a farm drought and crop prices, a museum's return of artefacts, a
 * train derailment inquiry, a university tuition protest, a local election
 * recount), read with every category on and with default options, in the
 * style of wire copy: titles and appositives ("Ghana's culture minister,
 * Kwame Asante,"), pronouns across paragraphs with two people of the same
 * gender, bodies as speakers ("The agriculture ministry said", "it said"),
 * "according to", interrupted quotes, follow-on quotation paragraphs, curly
 * and straight marks, mixed quotes. Rows are the exact output: [content,
 * speaker name, cue, kind, category]. Sentences and names are invented.
 *
 * Fixed by fix65 (rows in SHAPES below): "Wheat prices jumped ... after the
 * national weather service said": a verb of a rise or fall ("jumped",
 * "plunged", "climbed") takes no object, so its "-ed" form is the clause's
 * verb, not a participle describing "prices" (the speaker was the whole
 * clause); "It said about a third of undergraduates would be protected":
 * "about" before a fraction opens the clause's subject, not a topic ("said
 * about"); "a candidate may ask for a recount when the margin is small": a
 * "when" after what was asked for or about opens no reported question, and
 * ends what was asked for; "The Rail Accident Investigation Branch said ...
 * It said": a name of three words or more ending in "Branch" is a body's, which
 * "it" stands for ("Inspectorate" and "Directorate" end one after any word).
 *
 * Left as they are (the first since fixed by it49): "A spokesman for the culture department said ... It said
 * ... but noted": "it" stands for the department inside the spokesman's
 * description; "Grant said in parliament that she
 * expected ... in full and would not rule out further action" ends at "in
 * full" (the second verb may be Grant's own); "Under the agreement, ..."
 * stays in the content of the "according to" that trails it; opt-in rows read
 * as PolNeAR annotates them ("thanked Whitcombe for her leadership", "declined
 * to name them", "the official tally showed ...").
 */
import { describe, expect, test } from 'vitest';
import { describeArticles, type Article, shapeRows, type ShapeRow } from './support/article-rows.js';

const ARTICLES: Article[] = [
  {
    topic: "a farm drought and crop prices",
    paragraphs: [
      "Wheat prices jumped nearly 9 percent on Wednesday after the national weather service said the drought gripping the southern plains was likely to last through the summer, raising fears of the smallest harvest in two decades.",
      "Farmer Gerald Pruitt, who grows wheat and sorghum on 1,400 acres near Dalton, said he had not seen a drop of useful rain since early March. \"The ground is cracked so wide you can put your hand in it,\" Pruitt said. \"I have never seen it this bad, and my father farmed here for fifty years.\"",
      "His neighbour, Wayne Custer, said he had already sold half of his cattle because the pastures had turned to dust. Custer said Pruitt had lent him a trailer to move the animals to a feedlot in the next county. He said the feedlot was charging twice what it had last year.",
      "The agriculture ministry said on Tuesday that it would release $400 million in emergency aid to growers in the worst-hit districts. In a statement, it said the money would cover feed, water hauling and interest on existing loans.",
      "“This is a first step, not the last one,” Agriculture Minister Helen Oduya told reporters in the capital. “We will be back with more if the rains do not come.”",
      "Oduya said the ministry would also suspend import tariffs on animal feed until the end of the year. She added that officials were talking to rail operators about cutting freight rates for hay.",
      "Not everyone was satisfied. The Plains Growers Association called the package \"too little and far too late\" and said many of its members would not survive to the next planting season. According to the association, more than 300 family farms in the region have applied for bankruptcy protection since January.",
      "Association chairwoman Laura Bissett, a fourth-generation farmer, said the aid formula favoured large operations. \"If you farm 10,000 acres you get a cheque that matters,\" she said. \"If you farm 800, you get enough to buy diesel for a month.\"",
      "Grain traders said the price rise had been sharpened by dry weather in other exporting countries. Market analyst Peter Vance of Hollis Commodities said buyers were worried about supplies well into next year.",
      "\"Everybody is looking at the same weather maps,\" Vance said. \"When they all show brown, the price only goes one way.\"",
      "He said bread and pasta makers would likely pass some of the higher costs on to shoppers within three months.",
      "Back in Dalton, Pruitt said he would plant again in the autumn if he could get a loan. \"You do not quit,\" he said. \"You just wait for rain.\"",
    ],
    every: [
      ["the drought gripping the southern plains was likely to last through the summer, raising fears of the smallest harvest in two decades","the national weather service","said","indirect","speech"],
      ["he had not seen a drop of useful rain since early March","Gerald Pruitt","said","indirect","speech"],
      ["The ground is cracked so wide you can put your hand in it, I have never seen it this bad, and my father farmed here for fifty years.","Gerald Pruitt","said","direct","speech"],
      ["he had already sold half of his cattle because the pastures had turned to dust","Wayne Custer","said","indirect","speech"],
      ["Pruitt had lent him a trailer to move the animals to a feedlot in the next county","Wayne Custer","said","indirect","speech"],
      ["the feedlot was charging twice what it had last year","Wayne Custer","said","indirect","speech"],
      ["it would release $400 million in emergency aid to growers in the worst-hit districts","The agriculture ministry","said","indirect","speech"],
      ["the money would cover feed, water hauling and interest on existing loans","The agriculture ministry","said","indirect","speech"],
      ["This is a first step, not the last one, We will be back with more if the rains do not come.","Helen Oduya","told","direct","speech"],
      ["the ministry would also suspend import tariffs on animal feed until the end of the year","Helen Oduya","said","indirect","speech"],
      ["officials were talking to rail operators about cutting freight rates for hay","Helen Oduya","added","indirect","speech"],
      ["the package \"too little and far too late\"","Plains Growers Association","called","mixed","speech"],
      ["many of its members would not survive to the next planting season","Plains Growers Association","said","indirect","speech"],
      ["more than 300 family farms in the region have applied for bankruptcy protection since January","Plains Growers Association","According to","indirect","source"],
      ["the aid formula favoured large operations","Laura Bissett","said","indirect","speech"],
      ["If you farm 10,000 acres you get a cheque that matters, If you farm 800, you get enough to buy diesel for a month.","Laura Bissett","said","direct","speech"],
      ["the price rise had been sharpened by dry weather in other exporting countries","Grain traders","said","indirect","speech"],
      ["buyers were worried about supplies well into next year","Peter Vance","said","indirect","speech"],
      ["Everybody is looking at the same weather maps, When they all show brown, the price only goes one way.","Peter Vance","said","direct","speech"],
      ["bread and pasta makers would likely pass some of the higher costs on to shoppers within three months","Peter Vance","said","indirect","speech"],
      ["he would plant again in the autumn if he could get a loan","Gerald Pruitt","said","indirect","speech"],
      ["You do not quit, You just wait for rain.","Gerald Pruitt","said","direct","speech"],
    ],
    notByDefault: [],
    onlyByDefault: [],
  },
  {
    topic: "a museum repatriation of artefacts",
    paragraphs: [
      "The National Museum of Antiquities will return 47 bronze and ivory objects to Ghana under an agreement signed on Thursday, ending a dispute that has lasted more than thirty years.",
      "The objects were taken from the royal palace at Kumasi by British troops in 1874 and sold to private collectors before the museum bought most of them in the 1920s. Museum director Eleanor Whitcombe said the board of trustees had voted unanimously to transfer ownership.",
      "\"These pieces were seized by soldiers, and nobody here pretends otherwise,\" Whitcombe said at a signing ceremony in the museum's main hall. \"Sending them home costs this museum nothing that matters. Fairness demands it.\"",
      "Ghana's culture minister, Kwame Asante, said the return was \"a moment of healing\" for his country. He said the objects would be displayed in a new gallery in Kumasi that is due to open next year.",
      "Asante thanked Whitcombe for her leadership but said other institutions had been slower to act. \"There are still thousands of our objects in museums across Europe,\" he said. \"We will keep asking until every one of them comes home.\"",
      "Some items will stay in London for now. Under the agreement, 12 of the most fragile pieces will remain on loan to the museum for up to six years while conservators in Ghana prepare for their arrival, according to a joint statement from the two governments.",
      "The museum's head of conservation, Martin Ashby, said the ivory carvings in particular needed careful handling. \"Ivory cracks if the humidity changes too quickly,\" Ashby said, \"so we will ship these in sealed cases and watch them every step of the way.\"",
      "Critics in Britain said the deal could open the door to claims on other collections. A spokesman for the culture department said the government respected the independence of museum trustees. It said it had no plans to change the law that bars national museums from giving away objects, but noted that the museum was governed by its own charter.",
      "Historian Rebecca Lowell, who has written two books on the 1874 campaign, said the debate in Britain had shifted sharply over the past decade. She said ten years ago no director would have spoken the way Whitcombe did on Thursday.",
      "\"The question used to be whether to return anything,\" Lowell said. \"Now the question is how and when.\"",
      "Whitcombe said she had spoken to the directors of three other museums that hold objects from Kumasi. She declined to name them.",
      "Nana Osei, a chief who travelled from Kumasi for the ceremony, said the elders of the palace had waited a long time. \"My grandfather told me about these things when I was a boy,\" he said. \"Now my grandchildren will see them.\"",
    ],
    every: [
      ["the board of trustees had voted unanimously to transfer ownership","Eleanor Whitcombe","said","indirect","speech"],
      ["These pieces were seized by soldiers, and nobody here pretends otherwise, Sending them home costs this museum nothing that matters. Fairness demands it.","Eleanor Whitcombe","said","direct","speech"],
      ["the return was \"a moment of healing\" for his country","Kwame Asante","said","mixed","speech"],
      ["the objects would be displayed in a new gallery in Kumasi that is due to open next year","Kwame Asante","said","indirect","speech"],
      ["Whitcombe for her leadership","Kwame Asante","thanked","indirect","stance"],
      ["other institutions had been slower to act","Kwame Asante","said","indirect","speech"],
      ["There are still thousands of our objects in museums across Europe, We will keep asking until every one of them comes home.","Kwame Asante","said","direct","speech"],
      ["Under the agreement, 12 of the most fragile pieces will remain on loan to the museum for up to six years while conservators in Ghana prepare for their arrival","a joint statement from the two governments","according to","indirect","source"],
      ["the ivory carvings in particular needed careful handling","Martin Ashby","said","indirect","speech"],
      ["Ivory cracks if the humidity changes too quickly, so we will ship these in sealed cases and watch them every step of the way.","Martin Ashby","said","direct","speech"],
      ["the deal could open the door to claims on other collections","Critics in Britain","said","indirect","speech"],
      ["the government respected the independence of museum trustees","A spokesman for the culture department","said","indirect","speech"],
      ["it had no plans to change the law that bars national museums from giving away objects","the culture department","said","indirect","speech"],
      ["the museum was governed by its own charter","the culture department","noted","indirect","speech"],
      ["the debate in Britain had shifted sharply over the past decade","Rebecca Lowell","said","indirect","speech"],
      ["ten years ago no director would have spoken the way Whitcombe did on Thursday","Rebecca Lowell","said","indirect","speech"],
      ["The question used to be whether to return anything, Now the question is how and when.","Rebecca Lowell","said","direct","speech"],
      ["she had spoken to the directors of three other museums that hold objects from Kumasi","Eleanor Whitcombe","said","indirect","speech"],
      ["to name them","Eleanor Whitcombe","declined","indirect","stance"],
      ["the elders of the palace had waited a long time","Nana Osei","said","indirect","speech"],
      ["My grandfather told me about these things when I was a boy, Now my grandchildren will see them.","Nana Osei","said","direct","speech"],
    ],
    notByDefault: [
      ["Whitcombe for her leadership","Kwame Asante","thanked","indirect","stance"],
      ["to name them","Eleanor Whitcombe","declined","indirect","stance"],
    ],
    onlyByDefault: [],
  },
  {
    topic: "a train derailment inquiry",
    paragraphs: [
      "A broken rail joint that had been reported to maintenance crews twice in the month before the accident was the most likely cause of the derailment near Millbrook that killed four people in February, investigators said on Monday.",
      "The Rail Accident Investigation Branch said in an interim report that the joint had cracked under a passing freight train on the morning of the crash. It said an inspector had flagged the joint as \"worn but serviceable\" on January 14 and again on February 2.",
      "Chief inspector Alan Reddy told a news conference that the evidence pointed to failures in the way faults were logged and followed up. \"We found a system where a defect could be seen, written down and then simply forgotten,\" Reddy said. \"That is what we will be looking at most closely.\"",
      "The 7:42 passenger service from Carlow to Westford was travelling at about 70 mph when its second and third carriages left the track. Four passengers died and 31 were taken to hospital.",
      "Network operator Trackline said it accepted the findings and had already inspected every similar joint on the line. Its chief executive, Simon Hurst, said the company was \"deeply sorry\" for the families of those who died.",
      "\"We let those passengers down,\" Hurst said in a statement. \"We have changed how defects are reported, and every one of them now goes straight to a senior engineer.\"",
      "The union representing track workers said the report confirmed warnings it had made for years. Union general secretary Dave Morley said maintenance teams had been cut by a third since 2015. He said staff were being asked to check longer stretches of line in shorter shifts.",
      "‘Our members are doing their best with what they are given,’ Morley said. ‘But you cannot inspect 40 miles of track properly in one night.’",
      "Hurst disputed the union's figures. He said the number of front-line maintenance staff had fallen by about 12 percent, not a third, and that new ultrasonic testing trains had taken over much of the work once done on foot.",
      "Relatives of the victims said they wanted criminal charges. Janet Cole, whose husband Michael died in the crash, said the families had been kept in the dark for weeks. \"I found out more from the newspaper than from anyone at Trackline,\" she said.",
      "Cole said she would meet Transport Secretary Fiona Grant next week. Grant said in parliament that she expected the operator to carry out every recommendation in full and would not rule out further action.",
      "The final report is due in the autumn. Investigators said they were still examining whether the freight train's weight had played a part, and whether the signalling system should have detected the broken rail.",
    ],
    every: [
      ["A broken rail joint that had been reported to maintenance crews twice in the month before the accident was the most likely cause of the derailment near Millbrook that killed four people in February","investigators","said","indirect","speech"],
      ["the joint had cracked under a passing freight train on the morning of the crash","Rail Accident Investigation Branch","said","indirect","speech"],
      ["an inspector had flagged the joint as \"worn but serviceable\" on January 14 and again on February 2","Rail Accident Investigation Branch","said","mixed","speech"],
      ["the evidence pointed to failures in the way faults were logged and followed up","Alan Reddy","told","indirect","speech"],
      ["We found a system where a defect could be seen, written down and then simply forgotten, That is what we will be looking at most closely.","Alan Reddy","said","direct","speech"],
      ["it accepted the findings and had already inspected every similar joint on the line","Trackline","said","indirect","speech"],
      ["the company was \"deeply sorry\" for the families of those who died","Simon Hurst","said","mixed","speech"],
      ["We let those passengers down, We have changed how defects are reported, and every one of them now goes straight to a senior engineer.","Simon Hurst","said","direct","speech"],
      ["the report confirmed warnings it had made for years","The union representing track workers","said","indirect","speech"],
      ["maintenance teams had been cut by a third since 2015","Dave Morley","said","indirect","speech"],
      ["staff were being asked to check longer stretches of line in shorter shifts","Dave Morley","said","indirect","speech"],
      ["Our members are doing their best with what they are given, But you cannot inspect 40 miles of track properly in one night.","Dave Morley","said","direct","speech"],
      ["the union's figures","Simon Hurst","disputed","indirect","speech"],
      ["the number of front-line maintenance staff had fallen by about 12 percent, not a third, and that new ultrasonic testing trains had taken over much of the work once done on foot","Simon Hurst","said","indirect","speech"],
      ["they wanted criminal charges","Relatives of the victims","said","indirect","speech"],
      ["the families had been kept in the dark for weeks","Janet Cole","said","indirect","speech"],
      ["I found out more from the newspaper than from anyone at Trackline,","Janet Cole","said","direct","speech"],
      ["she would meet Transport Secretary Fiona Grant next week","Janet Cole","said","indirect","speech"],
      ["she expected the operator to carry out every recommendation in full","Fiona Grant","said","indirect","speech"],
      ["they were still examining whether the freight train's weight had played a part, and whether the signalling system should have detected the broken rail","investigators","said","indirect","speech"],
    ],
    notByDefault: [],
    onlyByDefault: [],
  },
  {
    topic: "a university tuition protest",
    paragraphs: [
      "Several thousand students marched through the centre of Easton on Friday to protest against a plan by the state university to raise tuition fees by 18 percent, the largest increase in its history.",
      "The protesters, many carrying handmade signs, gathered outside the administration building as the board of regents met inside. Police said the march was peaceful and that no arrests were made.",
      "Student union president Maya Torres said the increase would force hundreds of students to drop out. \"We are not asking for free education,\" Torres told the crowd. \"We are asking for an education that does not leave us in debt until we are forty.\"",
      "Torres said the union had collected more than 9,000 signatures on a petition calling on the regents to delay the vote. She said she had handed it to the board chair, Richard Lang, on Thursday evening.",
      "Lang said after the meeting that the board had no good options. The state legislature had cut the university's funding by $58 million over three years, he said, and the gap had to be closed somehow.",
      "\"Nobody on this board is happy about this,\" Lang said. \"But the alternative is larger classes, fewer courses and losing our best teachers to other states.\"",
      "The university said in a statement that it would increase its financial aid budget by $12 million, and that students from families earning less than $60,000 a year would not pay any of the increase. It said about a third of undergraduates would be protected.",
      "Sophomore Daniel Kim, who studies nursing, said he was not among them. Kim said he worked 25 hours a week at a grocery store and still expected to borrow $8,000 next year. \"I already skip meals to pay rent,\" he said. \"I do not know what else I can cut.\"",
      "Professor Anita Desai, who chairs the faculty senate, said many staff supported the students. She said the faculty had offered to accept a one-year pay freeze if the increase were cut to 9 percent. According to Desai, the regents never formally considered the offer.",
      "The regents will vote on the increase on May 3. Lang said he expected the plan to pass but that the board was \"open to changes around the edges.\"",
      "State Representative Carla Brooks, a Democrat whose district includes the campus, said she would introduce a bill to restore part of the funding. Her Republican colleague, Senator Mark Ellison, said the state could not afford it.",
      "\"Every dollar we give the university is a dollar we take from roads, from prisons, from Medicaid,\" Ellison said.",
      "Brooks said she had heard that argument before. \"We always find the money for the things we think matter,\" she said.",
      "The students said they would march again on the day of the vote.",
    ],
    every: [
      ["the march was peaceful and that no arrests were made","Police","said","indirect","speech"],
      ["the increase would force hundreds of students to drop out","Maya Torres","said","indirect","speech"],
      ["We are not asking for free education, We are asking for an education that does not leave us in debt until we are forty.","Maya Torres","told","direct","speech"],
      ["the union had collected more than 9,000 signatures on a petition calling on the regents to delay the vote","Maya Torres","said","indirect","speech"],
      ["she had handed it to the board chair, Richard Lang, on Thursday evening","Maya Torres","said","indirect","speech"],
      ["the board had no good options","Richard Lang","said","indirect","speech"],
      ["The state legislature had cut the university's funding by $58 million over three years and the gap had to be closed somehow","Richard Lang","said","indirect","speech"],
      ["Nobody on this board is happy about this, But the alternative is larger classes, fewer courses and losing our best teachers to other states.","Richard Lang","said","direct","speech"],
      ["it would increase its financial aid budget by $12 million, and that students from families earning less than $60,000 a year would not pay any of the increase","The university","said","indirect","speech"],
      ["about a third of undergraduates would be protected","The university","said","indirect","speech"],
      ["he was not among them","Daniel Kim","said","indirect","speech"],
      ["he worked 25 hours a week at a grocery store and still expected to borrow $8,000 next year","Daniel Kim","said","indirect","speech"],
      ["I already skip meals to pay rent, I do not know what else I can cut.","Daniel Kim","said","direct","speech"],
      ["many staff supported the students","Anita Desai","said","indirect","speech"],
      ["the faculty had offered to accept a one-year pay freeze if the increase were cut to 9 percent","Anita Desai","said","indirect","speech"],
      ["the regents never formally considered the offer","Anita Desai","According to","indirect","source"],
      ["he expected the plan to pass but that the board was \"open to changes around the edges.\"","Richard Lang","said","mixed","speech"],
      ["she would introduce a bill to restore part of the funding","Carla Brooks","said","indirect","speech"],
      ["the state could not afford it","Mark Ellison","said","indirect","speech"],
      ["Every dollar we give the university is a dollar we take from roads, from prisons, from Medicaid,","Mark Ellison","said","direct","speech"],
      ["she had heard that argument before","Carla Brooks","said","indirect","speech"],
      ["We always find the money for the things we think matter,","Carla Brooks","said","direct","speech"],
      ["they would march again on the day of the vote","The students","said","indirect","speech"],
    ],
    notByDefault: [],
    onlyByDefault: [],
  },
  {
    topic: "a local election recount",
    paragraphs: [
      "A hand recount of ballots in the race for mayor of Fairhaven will begin on Monday after the official tally showed challenger Linda Marsh ahead of incumbent Robert Hale by just 61 votes out of more than 42,000 cast.",
      "The county elections board ordered the recount on Thursday at Hale's request. Under state law, a candidate may ask for a recount when the margin is less than half of one percent.",
      "Board chairman Victor Ramos said the count would be carried out in public at the county fairgrounds and would take about five days. \"Every ballot will be counted by hand, in front of observers from both campaigns,\" Ramos said. \"Anyone who wants to watch is welcome.\"",
      "Hale, who has been mayor for eight years, said he was not alleging fraud. He said he simply wanted to be sure that every vote had been counted correctly. \"When it is this close, the voters deserve certainty,\" he said.",
      "Marsh said she was confident the result would stand. She said her campaign had already reviewed the results from each of the city's 38 precincts and found no problems.",
      "\"We won this election, and we will win the recount,\" Marsh told supporters at her campaign office. \"Then we can get to work.\"",
      "The recount will cost the county about $85,000, according to the elections board. Hale's campaign will not have to pay because the margin falls within the legal threshold.",
      "Some voters said they were tired of the dispute. Retired teacher Gloria Fenn, 71, said she had voted for Hale but thought he should concede. \"He had a good run,\" she said. \"It is time to let somebody else try.\"",
      "The recount comes after problems with a scanner in the 14th precinct on election night. Election officials said the machine had jammed several times and that about 300 ballots had been fed through it a second time. The board said it had found no evidence that any ballot had been counted twice.",
      "Hale's campaign manager, Steven Price, said the scanner problems were one reason the campaign had asked for the recount. \"We are not accusing anyone of anything,\" Price said, \"but we want to know that those 300 ballots were counted once and only once.\"",
      "The city's League of Women Voters said it would send volunteers to observe. Its president, Margaret Olsen, said the group wanted to reassure residents that the process was fair.",
      "Ramos said the board expected to certify a final result by the end of next week. If the recount does not change the outcome, Marsh will be sworn in on January 2.",
      "“We will follow the law and the count, wherever it leads,” Ramos said.",
    ],
    every: [
      ["challenger Linda Marsh ahead of incumbent Robert Hale by just 61 votes out of more than 42,000 cast","the official tally","showed","indirect","evidence"],
      ["a recount","a candidate","may ask for","indirect","speech"],
      ["the count would be carried out in public at the county fairgrounds and would take about five days","Victor Ramos","said","indirect","speech"],
      ["Every ballot will be counted by hand, in front of observers from both campaigns, Anyone who wants to watch is welcome.","Victor Ramos","said","direct","speech"],
      ["he was not alleging fraud","Robert Hale","said","indirect","speech"],
      ["he simply wanted to be sure that every vote had been counted correctly","Robert Hale","said","indirect","speech"],
      ["When it is this close, the voters deserve certainty,","Robert Hale","said","direct","speech"],
      ["she was confident the result would stand","Linda Marsh","said","indirect","speech"],
      ["her campaign had already reviewed the results from each of the city's 38 precincts and found no problems","Linda Marsh","said","indirect","speech"],
      ["We won this election, and we will win the recount, Then we can get to work.","Linda Marsh","told","direct","speech"],
      ["The recount will cost the county about $85,000","the elections board","according to","indirect","source"],
      ["they were tired of the dispute","Some voters","said","indirect","speech"],
      ["she had voted for Hale but thought he should concede","Gloria Fenn","said","indirect","speech"],
      ["He had a good run, It is time to let somebody else try.","Gloria Fenn","said","direct","speech"],
      ["the machine had jammed several times and that about 300 ballots had been fed through it a second time","Election officials","said","indirect","speech"],
      ["it had found no evidence that any ballot had been counted twice","The board","said","indirect","speech"],
      ["the scanner problems were one reason the campaign had asked for the recount","Steven Price","said","indirect","speech"],
      ["We are not accusing anyone of anything, but we want to know that those 300 ballots were counted once and only once.","Steven Price","said","direct","speech"],
      ["it would send volunteers to observe","League of Women Voters","said","indirect","speech"],
      ["the group wanted to reassure residents that the process was fair","Margaret Olsen","said","indirect","speech"],
      ["the board expected to certify a final result by the end of next week","Victor Ramos","said","indirect","speech"],
      ["We will follow the law and the count, wherever it leads,","Victor Ramos","said","direct","speech"],
    ],
    notByDefault: [
      ["challenger Linda Marsh ahead of incumbent Robert Hale by just 61 votes out of more than 42,000 cast","the official tally","showed","indirect","evidence"],
    ],
    onlyByDefault: [],
  },
];

describeArticles('fix65', ARTICLES);

/** Short shapes of the fixes: [text, rows of parts, speaker name, mention, cue, rule, kind]. */
const SHAPES: [string, ShapeRow[]][] = [
  // a verb of a rise or fall is the clause's own verb: the phrase after "after" speaks
  ["Oil prices jumped after the cartel said output would fall.", [
    [["output would fall"],"the cartel","the cartel","said","reported/cue-clause","indirect"],
  ]],
  ["Shares plunged on Monday after Ann Lee said the deal was off.", [
    [["the deal was off"],"Ann Lee","Ann Lee","said","reported/cue-clause","indirect"],
  ]],
  ["Wheat prices climbed 4 percent after the weather service said the dry spell would last.", [
    [["the dry spell would last"],"the weather service","the weather service","said","reported/cue-clause","indirect"],
  ]],
  // (a participle with its preposition still describes the subject)
  ["People briefed on the talks said the deal was close.", [
    [["the deal was close"],"People briefed on the talks","People briefed on the talks","said","reported/cue-clause","indirect"],
  ]],
  // negatives: no cue, nothing reported
  ["Oil prices jumped after the cartel met.", []],
  // "about" before a fraction opens the clause's subject, no topic of the cue
  ["It said about a third of workers would be protected.", [
    [["about a third of workers would be protected"],"It","It","said","reported/cue-clause","indirect"],
  ]],
  ["The firm said about half the staff would leave.", [
    [["about half the staff would leave"],"The firm","The firm","said","reported/cue-clause","indirect"],
  ]],
  ["The firm said about 40 percent of staff would leave.", [
    [["about 40 percent of staff would leave"],"The firm","The firm","said","reported/cue-clause","indirect"],
  ]],
  // (with no clause after it, the topic stays)
  ["She talked about a third of the budget.", [
    [["a third of the budget"],"She","She","talked about","reported/cue-topic","indirect"],
  ]],
  // a "when" after what was asked for or about opens no question, and ends what was asked for
  ["A candidate may ask for a recount when the margin is small.", [
    [["a recount"],"A candidate","A candidate","may ask for","reported/asked-for","indirect"],
  ]],
  ["He asked about the budget when the meeting began.", [
    [["the budget"],"He","He","asked about","reported/cue-topic","indirect"],
  ]],
  ["The union asked for a new contract before the strike began.", [
    [["a new contract"],"The union","The union","asked for","reported/asked-for","indirect"],
  ]],
  // (after the one asked, or right after the cue, a "when" opens the question)
  ["She asked the mayor when the plant would close.", [
    [["when the plant would close"],"She","She","asked","reported/cue-question","indirect"],
  ]],
  ["Reporters asked when the plant would close.", [
    [["when the plant would close"],"Reporters","Reporters","asked","reported/cue-question","indirect"],
  ]],
  // negatives: no cue, nothing reported
  ["Prices climbed when the market opened.", []],
  // a long name ending in "Branch", or one ending in "Inspectorate", is a body's: "it" stands for it
  ["The Rail Accident Investigation Branch said the joint had cracked. It said an inspector had flagged it.", [
    [["the joint had cracked"],"Rail Accident Investigation Branch","The Rail Accident Investigation Branch","said","reported/cue-clause","indirect"],
    [["an inspector had flagged it"],"Rail Accident Investigation Branch","It","said","reported/cue-clause","indirect"],
  ]],
  ["The Drinking Water Inspectorate said the supply was safe. It said tests were clean.", [
    [["the supply was safe"],"Drinking Water Inspectorate","The Drinking Water Inspectorate","said","reported/cue-clause","indirect"],
    [["tests were clean"],"Drinking Water Inspectorate","It","said","reported/cue-clause","indirect"],
  ]],
  // (a two-word name ending in "Branch" is a person's)
  ["Taylor Branch said the book was done. He said it took years.", [
    [["the book was done"],"Taylor Branch","Taylor Branch","said","reported/cue-clause","indirect"],
    [["it took years"],"Taylor Branch","He","said","reported/cue-clause","indirect"],
  ]],
];

describe('fix65: shapes', () => {
  test.each(SHAPES)('%s', (text, expected) => {
    expect(shapeRows(text)).toEqual(expected);
  });
});
