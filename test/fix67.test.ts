/**
 * Whole invented news articles for helper fix67, in house styles the other
 * tables cover less, on topics no other table covers: a British court report
 * with single quotation marks and "said Mr X" inversions (a lottery fraud
 * trial); a post-match press conference written up as Q: and A: lines (a
 * rugby final); a live blog with timestamps ("22:40 GMT") and short attributed
 * items (a concert crowd crush); a parliamentary debate with many speakers in a
 * row, "the minister replied", "he told MPs" (a submarine deal); a feature
 * with a quotation running over three paragraphs, em-dash asides inside
 * quotes and speakers introduced late (a lighthouse keeper). Rows are the
 * exact output: [content, speaker name, cue, kind, category]. Sentences and
 * names are invented.
 *
 * Fixed by fix67 (rows in SHAPES below): the answers of a printed interview
 * went to the first name of the intro even when it modified a noun ("Harlow
 * Saints coach Gavin Roche": the answers were the team's); "The ambulance
 * service says ... It said": "service" heads a body, which "it" stands for
 * (the police named before took it).
 *
 * Left as they are: the lead "A former newsagent who sold ... after telling
 * its true owner she had lost was 'a thief ...', a jury ... heard" runs the
 * content of "telling" on into the sentence's own verb, and the jury's
 * hearing is not found; "The court heard that ..." has no speaker; "The
 * trial, which is expected to last two weeks, continues" (every category)
 * gives a frame of "which" that runs past its comma; an interview's questions
 * are spoken by "Q", and "I told them ..." inside an answer by "I"; "Liam
 * Doherty declined to criticise the officials" gives "the officials", cue
 * "criticise", by default, as annotated news marks what was declined (all 26
 * such outputs on train and dev meet an annotation); "The arena has issued a short statement. It said" gives the arena since
 * it49 (the sender of a thing the sentence before names); "Mr Aldridge said that
 * figure included ..." reads "that" as the conjunction; "The opposition motion
 * calling for an independent review was defeated by 312 votes to 261" runs the
 * topic on into the verb "was defeated" (a participle on the subject ending
 * its topic before the sentence's verb measured 3 exact contents fixed and 1
 * spurious quote on train: below the bar); "The automation came as no
 * surprise, Keane says, but it still hurt." joins the quoted paragraph after it
 * into one mixed quote, as merge.ts does by design.
 */
import { describe, expect, test } from 'vitest';
import { describeArticles, type Article, shapeRows, type ShapeRow } from './support/article-rows.js';

const ARTICLES: Article[] = [
  {
    topic: "a lottery fraud trial, British style",
    paragraphs: [
      "A former newsagent who sold a winning lottery ticket to himself after telling its true owner she had lost was \"a thief who hid behind a smile\", a jury at Norwich Crown Court heard yesterday.",
      "Derek Ainsworth, 58, denies fraud and theft. He is accused of keeping a ticket worth £1.2 million that Margaret Pell, a retired dinner lady, had handed over his counter for checking in March 2023.",
      "Opening the case for the prosecution, Helen Vance KC told the jury that the machine in the shop had played its jackpot tune when the ticket was scanned. 'Mrs Pell did not hear it, because Mr Ainsworth turned the volume down,' said Ms Vance. 'He then told her, with a straight face, that she had won nothing.'",
      "The court heard that Mr Ainsworth claimed the prize eleven days later, telling the lottery operator he had bought the ticket himself on his way home from a darts match.",
      "Giving evidence, Mrs Pell, 71, said she had played the same six numbers every week for 30 years. 'They're my children's birthdays and the day I got married,' she said. 'I'd know them in my sleep.'",
      "She told the court she only learned the truth when a neighbour showed her a newspaper photograph of Mr Ainsworth holding an oversized cheque. 'I thought, that's funny, he's never won anything in his life,' said Mrs Pell.",
      "Asked by defence counsel Robert Hale whether she could be certain which ticket she had handed over, she replied: 'I'm old, Mr Hale, but I'm not daft.'",
      "Mr Hale said his client's case was that Mrs Pell had simply been mistaken. 'Nobody doubts that Mrs Pell is an honest woman,' said Mr Hale. 'But honest people can be wrong, and in this case she is.'",
      "The operator's head of security, Paul Quentin, said staff had become suspicious because the winning ticket had been printed at 10.42am, when Mr Ainsworth had told them he was at work. He said the company had referred the matter to police within a week.",
      "Detective Constable Sarah Orme said that when officers searched Mr Ainsworth's flat they found a notebook listing Mrs Pell's numbers. She said the defendant told them he had written them down 'for luck'.",
      "Mr Ainsworth's wife, Janice, who is not accused of any wrongdoing, said outside court that the family had been 'torn apart' by the case.",
      "The trial, which is expected to last two weeks, continues.",
    ],
    every: [
      ["she had lost was \"a thief who hid behind a smile","A former newsagent","telling","mixed","speech"],
      ["fraud and theft","Derek Ainsworth","denies","indirect","speech"],
      ["the machine in the shop had played its jackpot tune when the ticket was scanned","Helen Vance","told","indirect","speech"],
      ["Mrs Pell did not hear it, because Mr Ainsworth turned the volume down, He then told her, with a straight face, that she had won nothing.","Helen Vance","said","direct","speech"],
      ["Mr Ainsworth claimed the prize eleven days later",null,"heard","indirect","speech"],
      ["he had bought the ticket himself on his way home from a darts match","Derek Ainsworth","telling","indirect","speech"],
      ["she had played the same six numbers every week for 30 years","Margaret Pell","said","indirect","speech"],
      ["They're my children's birthdays and the day I got married, I'd know them in my sleep.","Margaret Pell","said","direct","speech"],
      ["she only learned the truth when a neighbour showed her a newspaper photograph of Mr Ainsworth holding an oversized cheque","Margaret Pell","told","indirect","speech"],
      ["I thought, that's funny, he's never won anything in his life,","Margaret Pell","said","direct","speech"],
      ["whether she could be certain which ticket she had handed over","Robert Hale","Asked","indirect","speech"],
      ["I'm old, Mr Hale, but I'm not daft.","Margaret Pell","replied","direct","speech"],
      ["his client's case was that Mrs Pell had simply been mistaken","Robert Hale","said","indirect","speech"],
      ["Nobody doubts that Mrs Pell is an honest woman, But honest people can be wrong, and in this case she is.","Robert Hale","said","direct","speech"],
      ["staff had become suspicious because the winning ticket had been printed at 10.42am, when Mr Ainsworth had told them he was at work","Paul Quentin","said","indirect","speech"],
      ["the company had referred the matter to police within a week","Paul Quentin","said","indirect","speech"],
      ["when officers searched Mr Ainsworth's flat they found a notebook listing Mrs Pell's numbers","Sarah Orme","said","indirect","speech"],
      ["the defendant told them he had written them down 'for luck'","Sarah Orme","said","mixed","speech"],
      ["the family had been 'torn apart' by the case","Janice","said","mixed","speech"],
      ["which to last two weeks",null,"is expected","indirect","thought"],
    ],
    notByDefault: [
      ["which to last two weeks",null,"is expected","indirect","thought"],
    ],
    onlyByDefault: [],
  },
  {
    topic: "a rugby final press conference with Q and A lines",
    paragraphs: [
      "Harlow Saints coach Gavin Roche said his side had \"won ugly and won deserved\" after they edged Kingsbridge 19-17 in the Premiership Cup final at Ashgate Park on Saturday.",
      "The Saints trailed by eight points with ten minutes left before a try from winger Tomas Lund and a late penalty from fly-half Owen Pryce turned the game.",
      "Roche spoke to reporters afterwards. Here is an edited transcript of the press conference.",
      "Q: How did it feel when Pryce lined up that last kick?",
      "A: Honestly, I couldn't watch. I looked at the floor and listened to the crowd. When I heard the noise I knew it had gone over.",
      "Q: You were eight points down with ten minutes to go. What did you say at half-time?",
      "A: Not much, to be fair. I told them we were still in it and that Kingsbridge would tire. They'd been playing at a hundred miles an hour for forty minutes and nobody can keep that up.",
      "Q: Is this the best day of your career?",
      "A: It's right up there. I've lost two finals as a player and one as a coach, so yes, this one means a lot.",
      "Kingsbridge captain Rhys Morgan said his team had \"thrown it away\". He said the referee had been fair but that his forwards had lost their discipline in the final quarter.",
      "\"We gave away three penalties in five minutes,\" Morgan said. \"You can't do that in a final and expect to win.\"",
      "Kingsbridge head coach Liam Doherty declined to criticise the officials. Asked whether the late penalty should have been awarded, he said: \"I haven't seen it again. I'll look at it tomorrow and I probably won't like what I see.\"",
      "Lund, who scored his tenth try of the season, said the dressing room had been \"absolutely buzzing\". He added that the squad would celebrate with the supporters in the town square on Sunday.",
      "Pryce said he had missed a similar kick in training on Thursday. \"I just told myself it was a normal Thursday,\" he said, grinning.",
    ],
    every: [
      ["his side had \"won ugly and won deserved\" after they edged Kingsbridge 19-17 in the Premiership Cup final at Ashgate Park on Saturday","Gavin Roche","said","mixed","speech"],
      ["How did it feel when Pryce lined up that last kick","Q",":","indirect","speech"],
      ["Honestly, I couldn't watch. I looked at the floor and listened to the crowd. When I heard the noise I knew it had gone over","Gavin Roche",":","indirect","speech"],
      ["You were eight points down with ten minutes to go. What did you say at half-time","Q",":","indirect","speech"],
      ["Not much, to be fair. I told them we were still in it and that Kingsbridge would tire. They'd been playing at a hundred miles an hour for forty minutes and nobody can keep that up","Gavin Roche",":","indirect","speech"],
      ["we were still in it and that Kingsbridge would tire","Gavin Roche","told","indirect","speech"],
      ["Is this the best day of your career","Q",":","indirect","speech"],
      ["It's right up there. I've lost two finals as a player and one as a coach, so yes, this one means a lot","Gavin Roche",":","indirect","speech"],
      ["his team had \"thrown it away\"","Rhys Morgan","said","mixed","speech"],
      ["the referee had been fair but that his forwards had lost their discipline in the final quarter","Rhys Morgan","said","indirect","speech"],
      ["We gave away three penalties in five minutes, You can't do that in a final and expect to win.","Rhys Morgan","said","direct","speech"],
      ["to criticise the officials","Liam Doherty","declined","indirect","stance"],
      ["whether the late penalty should have been awarded",null,"Asked","indirect","speech"],
      ["I haven't seen it again. I'll look at it tomorrow and I probably won't like what I see.","Liam Doherty","said","direct","speech"],
      ["the dressing room had been \"absolutely buzzing\"","Tomas Lund","said","mixed","speech"],
      ["the squad would celebrate with the supporters in the town square on Sunday","Tomas Lund","added","indirect","speech"],
      ["he had missed a similar kick in training on Thursday","Owen Pryce","said","indirect","speech"],
      ["I just told myself it was a normal Thursday,","Owen Pryce","said","direct","speech"],
    ],
    notByDefault: [
      ["to criticise the officials","Liam Doherty","declined","indirect","stance"],
    ],
    onlyByDefault: [
      ["the officials","Liam Doherty","criticise","indirect","speech"],
    ],
  },
  {
    topic: "a live blog of a concert crowd crush",
    paragraphs: [
      "Crowd crush at Riverside Arena: live updates",
      "22:40 GMT",
      "Police say several people have been taken to hospital after a crowd crush at the end of a concert by the band Pale Harbour at Riverside Arena in Leeds.",
      "22:55 GMT",
      "West Yorkshire Police said officers were called at 22:15 to reports of people being injured near the north exit. A spokeswoman said the area had been cleared and that emergency services remained at the scene.",
      "23:10 GMT",
      "The ambulance service says it has taken 14 people to hospital, two of them with serious injuries. It said a further 30 people were treated at the scene for minor injuries.",
      "23:25 GMT",
      "Witness Chloe Hart, 24, told us she was pushed against a barrier as fans tried to leave. \"There was nowhere to go,\" she said. \"People were screaming and the stewards just kept shouting at us to move forward.\"",
      "23:40 GMT",
      "The arena has issued a short statement. It said it was \"deeply shocked\" and was working with police to establish what had happened. It said only one of the four exits had been open at the time.",
      "23:58 GMT",
      "Pale Harbour singer Jamie Roth has posted on social media. \"We are heartbroken,\" he wrote. \"Our thoughts are with everyone who was hurt tonight and with their families.\"",
      "00:20 GMT",
      "Leeds City Council leader Anne Fairbrother said the council would hold an urgent review of the arena's safety licence. She said she had spoken to the chief constable.",
      "00:45 GMT",
      "Another concertgoer, Marcus Dale, said the crowd had been building for about twenty minutes before the crush. He said he had seen a teenage girl lifted over the barrier by security staff.",
      "01:10 GMT",
      "Police said they would give an update at 09:00. Chief Superintendent Neil Carver said it was too early to say what caused the crush.",
      "\"Our priority tonight is the people who were hurt and their families,\" Mr Carver said.",
      "01:30 GMT",
      "We are pausing our live coverage for now. Thank you for following.",
    ],
    every: [
      ["several people have been taken to hospital after a crowd crush at the end of a concert by the band Pale Harbour at Riverside Arena in Leeds","Police","say","indirect","speech"],
      ["officers were called at 22:15 to reports of people being injured near the north exit","West Yorkshire Police","said","indirect","speech"],
      ["the area had been cleared and that emergency services remained at the scene","A spokeswoman","said","indirect","speech"],
      ["it has taken 14 people to hospital, two of them with serious injuries","The ambulance service","says","indirect","speech"],
      ["a further 30 people were treated at the scene for minor injuries","The ambulance service","said","indirect","speech"],
      ["she was pushed against a barrier as fans tried to leave","Chloe Hart","told","indirect","speech"],
      ["There was nowhere to go, People were screaming and the stewards just kept shouting at us to move forward.","Chloe Hart","said","direct","speech"],
      ["it was \"deeply shocked\" and was working with police to establish what had happened","The arena","said","mixed","speech"],
      ["only one of the four exits had been open at the time","The arena","said","indirect","speech"],
      ["We are heartbroken, Our thoughts are with everyone who was hurt tonight and with their families.","Jamie Roth","wrote","direct","writing"],
      ["the council would hold an urgent review of the arena's safety licence","Anne Fairbrother","said","indirect","speech"],
      ["she had spoken to the chief constable","Anne Fairbrother","said","indirect","speech"],
      ["the crowd had been building for about twenty minutes before the crush","Marcus Dale","said","indirect","speech"],
      ["he had seen a teenage girl lifted over the barrier by security staff","Marcus Dale","said","indirect","speech"],
      ["they would give an update at 09:00","West Yorkshire Police","said","indirect","speech"],
      ["it was too early to say what caused the crush","Neil Carver","said","indirect","speech"],
      ["Our priority tonight is the people who were hurt and their families,","Neil Carver","said","direct","speech"],
    ],
    notByDefault: [],
    onlyByDefault: [],
  },
  {
    topic: "a Commons debate on a submarine deal",
    paragraphs: [
      "Ministers faced a barrage of criticism in the Commons on Tuesday over a £9 billion deal to build four new attack submarines, with opposition MPs accusing the government of hiding the true cost from Parliament.",
      "Opening the debate, shadow defence secretary Claire Whitlow said the contract had been signed without a single public tender. \"This is the biggest defence purchase in a decade, and it was agreed behind closed doors,\" she told MPs.",
      "The defence procurement minister, Simon Aldridge, said the contract had followed every rule. He said only one shipyard in the country had the skills to build nuclear-powered boats.",
      "\"There was no one else to ask,\" the minister replied. \"To pretend otherwise is to mislead the House.\"",
      "Conservative backbencher Peter Lang said the deal would protect 6,000 jobs in his constituency. He told MPs that the shipyard had waited twelve years for the order.",
      "Liberal Democrat Fiona Grieve said she welcomed the jobs but questioned the price. She said the cost per boat had risen by 40 percent since the programme was first announced.",
      "Mr Aldridge said that figure included inflation and the cost of a new training centre. He told the House the government would publish a full breakdown in the autumn.",
      "Labour MP Daniel Ives asked whether any of the work would be done abroad. The minister said that some steel would be imported but that final assembly would take place in Barrow.",
      "\"So the answer is yes,\" Mr Ives said.",
      "SNP defence spokesman Callum Reid said Scottish yards had been shut out of the deal. He said the government had broken a promise made during the referendum campaign.",
      "Replying, the minister said no such promise had been made.",
      "The chairman of the defence committee, Sir Roger Mayhew, said his committee would hold an inquiry into the contract. He told reporters after the debate that he wanted to see \"every page\" of it.",
      "The opposition motion calling for an independent review was defeated by 312 votes to 261.",
    ],
    every: [
      ["the government of hiding the true cost from Parliament","opposition MPs","accusing","indirect","stance"],
      ["the contract had been signed without a single public tender","Claire Whitlow","said","indirect","speech"],
      ["This is the biggest defence purchase in a decade, and it was agreed behind closed doors,","Claire Whitlow","told","direct","speech"],
      ["the contract had followed every rule","Simon Aldridge","said","indirect","speech"],
      ["only one shipyard in the country had the skills to build nuclear-powered boats","Simon Aldridge","said","indirect","speech"],
      ["There was no one else to ask, To pretend otherwise is to mislead the House.","Simon Aldridge","replied","direct","speech"],
      ["the deal would protect 6,000 jobs in his constituency","Peter Lang","said","indirect","speech"],
      ["the shipyard had waited twelve years for the order","Peter Lang","told","indirect","speech"],
      ["she welcomed the jobs","Fiona Grieve","said","indirect","speech"],
      ["the price","Fiona Grieve","questioned","indirect","stance"],
      ["the cost per boat had risen by 40 percent since the programme was first announced","Fiona Grieve","said","indirect","speech"],
      ["figure included inflation and the cost of a new training centre","Simon Aldridge","said","indirect","speech"],
      ["the government would publish a full breakdown in the autumn","Simon Aldridge","told","indirect","speech"],
      ["whether any of the work would be done abroad","Daniel Ives","asked","indirect","speech"],
      ["some steel would be imported but that final assembly would take place in Barrow","Simon Aldridge","said","indirect","speech"],
      ["So the answer is yes,","Daniel Ives","said","direct","speech"],
      ["Scottish yards had been shut out of the deal","Callum Reid","said","indirect","speech"],
      ["the government had broken a promise made during the referendum campaign","Callum Reid","said","indirect","speech"],
      ["no such promise had been made","Simon Aldridge","said","indirect","speech"],
      ["his committee would hold an inquiry into the contract","Roger Mayhew","said","indirect","speech"],
      ["he wanted to see \"every page\" of it","Roger Mayhew","told","mixed","speech"],
      ["an independent review was defeated by 312 votes to 261","The opposition motion","calling for","indirect","speech"],
    ],
    notByDefault: [
      ["the government of hiding the true cost from Parliament","opposition MPs","accusing","indirect","stance"],
      ["the price","Fiona Grieve","questioned","indirect","stance"],
    ],
    onlyByDefault: [],
  },
  {
    topic: "a feature on a lighthouse keeper",
    paragraphs: [
      "For thirty-one years, Thomas Keane kept the light burning on Skerrow Rock, a lump of granite eleven miles off the coast where the nearest neighbour was a colony of gannets.",
      "He is 84 now and lives in a bungalow in Portnessa with a view of the sea he says he still cannot stop watching. When the light was automated in 1994, he was the last keeper to leave.",
      "\"People think it was lonely, and I suppose it was, at the start,\" Keane says, pouring tea from a pot that has seen better days. \"The first winter I thought I would go mad. The wind never stopped. You'd lie in your bunk and feel the whole tower hum.",
      "\"But you get used to it. You learn the sounds. After a year or two I could tell you the height of the swell just from the noise on the rocks.",
      "\"What I missed was people. Not company exactly — I had two other keepers — but faces you didn't know. When the relief boat came, I used to stand on the landing and stare at the boatmen like they were film stars.\"",
      "The keepers worked four-hour watches, cleaning the lens, winding the clockwork that turned it and writing up the weather every three hours. Keane's log books, now held by the county archive, record storms, shipwrecks and once, in 1979, a basking shark that circled the rock for a day.",
      "His daughter, Fiona Marsh, remembers waiting on the harbour wall for his boat. \"Mum would say, 'There he is,' long before any of us could see anything,\" she said. \"She always knew.\"",
      "The automation came as no surprise, Keane says, but it still hurt. \"They sent a man with a clipboard and a box of switches. He was there three days. Three days to do what three of us had done for a hundred years.\"",
      "A spokesman for the lighthouse authority, Alan Petrie, said the change had saved lives as well as money. Automatic lights, he said, never fell asleep and never got sick.",
      "Keane does not disagree. \"He's right, of course he's right,\" he says. \"But a machine doesn't wave back at you.\"",
    ],
    every: [
      ["he still cannot stop watching","Thomas Keane","says","indirect","speech"],
      ["People think it was lonely, and I suppose it was, at the start, The first winter I thought I would go mad. The wind never stopped. You'd lie in your bunk and feel the whole tower hum. But you get used to it. You learn the sounds. After a year or two I could tell you the height of the swell just from the noise on the rocks. What I missed was people. Not company exactly — I had two other keepers — but faces you didn't know. When the relief boat came, I used to stand on the landing and stare at the boatmen like they were film stars.","Thomas Keane","says","direct","speech"],
      ["Mum would say, 'There he is,' long before any of us could see anything, She always knew.","Fiona Marsh","said","direct","speech"],
      ["The automation came as no surprise but it still hurt They sent a man with a clipboard and a box of switches. He was there three days. Three days to do what three of us had done for a hundred years.","Thomas Keane","says","mixed","speech"],
      ["the change had saved lives as well as money","Alan Petrie","said","indirect","speech"],
      ["Automatic lights never fell asleep and never got sick","Alan Petrie","said","indirect","speech"],
      ["He's right, of course he's right, But a machine doesn't wave back at you.","Thomas Keane","says","direct","speech"],
    ],
    notByDefault: [],
    onlyByDefault: [],
  },
];

describeArticles('fix67', ARTICLES);

/** Short shapes of the fixes: [text, rows of parts, speaker name, mention, cue, rule, kind]. */
const SHAPES: [string, ShapeRow[]][] = [
  // an interview's answers: a name right before a lower-case noun or adjective modifies it (a team's, a bank's);
  // the interviewee is the person named after it
  ["Dunmore Rovers manager Ellen Price spoke after the draw.\n\nQ: Were you happy with the second half?\n\nA: Not really. We stopped passing the ball and started hoping.", [
    [["Were you happy with the second half"],"Q","Q",":","reported/interview","indirect"],
    [["Not really. We stopped passing the ball and started hoping"],"Ellen Price","A",":","reported/interview","indirect"],
  ]],
  ["Copper Hill Bank chief economist Rafael Ortiz took questions.\n\nQ: Will rates fall this year?\n\nA: I expect one cut, perhaps two, if prices keep cooling.", [
    [["Will rates fall this year"],"Q","Q",":","reported/interview","indirect"],
    [["I expect one cut, perhaps two, if prices keep cooling"],"Rafael Ortiz","A",":","reported/interview","indirect"],
  ]],
  // (a name with nothing after it is still the interviewee)
  ["Q&A with the novelist Iris Vogel.\n\nQ: Why a book about bees?\n\nA: Because my grandfather kept them and I never asked him why.", [
    [["Why a book about bees"],"Q","Q",":","reported/interview","indirect"],
    [["Because my grandfather kept them and I never asked him why"],"Iris Vogel","A",":","reported/interview","indirect"],
  ]],
  // "service" heads a body that "it" stands for, nearer than the organisation named before it
  ["Greater Fenwick Police said officers closed the road. The fire service said crews were still at the warehouse. It said the roof had collapsed overnight.", [
    [["officers closed the road"],"Greater Fenwick Police","Greater Fenwick Police","said","reported/cue-clause","indirect"],
    [["crews were still at the warehouse"],"The fire service","The fire service","said","reported/cue-clause","indirect"],
    [["the roof had collapsed overnight"],"The fire service","It","said","reported/cue-clause","indirect"],
  ]],
  ["The harbour company said its crane had failed. The ambulance service says it treated nine people. It said two were taken to hospital.", [
    [["its crane had failed"],"The harbour company","The harbour company","said","reported/cue-clause","indirect"],
    [["it treated nine people"],"The ambulance service","The ambulance service","says","reported/cue-clause","indirect"],
    [["two were taken to hospital"],"The ambulance service","It","said","reported/cue-clause","indirect"],
  ]],
  ["The prison service confirmed that an inmate had escaped. It said he was recaptured within an hour.", [
    [["an inmate had escaped"],"The prison service","The prison service","confirmed","reported/cue-that","indirect"],
    [["he was recaptured within an hour"],"The prison service","It","said","reported/cue-clause","indirect"],
  ]],
  // negative: a service that does not speak is no speaker
  ["The memorial service was held on Sunday. Relatives said the church was full.", [
    [["the church was full"],"Relatives","Relatives","said","reported/cue-clause","indirect"],
  ]],
];

describe('fix67: shapes', () => {
  test.each(SHAPES)('%s', (text, expected) => {
    expect(shapeRows(text)).toEqual(expected);
  });
});
