/**
 * Whole invented texts for helper fix69, in genres the other tables cover
 * less, read with every category on and with default options: an op-ed
 * ("argues", "writes", "contends", "in her view", "as X put it"), a science
 * story on a sleep study ("the study found", "researchers reported", "data
 * show", "according to the paper", an outside expert "not involved in the
 * research"), a company's earnings ("said in a statement", "told analysts on
 * a conference call", "expects", "forecast", "according to filings"), a
 * football transfer rumour ("according to sources", "reportedly", "is
 * understood to", "is said to") and a jazz pianist's obituary ("recalled",
 * "remembered"). Rows are the exact output: [content, speaker name, cue,
 * kind, category]. Sentences and names are invented.
 *
 * Fixed by fix69 (rows in SHAPES below): "a share of town-centre spending
 * than merchants believe": a later cue's short subject no longer starts
 * after a hyphen inside a word, so the content is no longer cut at "town"
 * (every category on); the words of a compound count as one in that
 * subject ("the 41-year-old father of two agreed").
 *
 * Left as they are (measured on train and dev, see the fix69 report):
 * - "The filings also show that the company set aside $45 million ..., which
 *   it announced in July.": the "it" went to the organisation inside the
 *   speaker of the sentence before ("filings with the Securities and Exchange
 *   Commission") after it49; since names50 an "it" opening a relative clause
 *   is the organisation its sentence's earlier clause has for subject, and
 *   the row reads "Norvale Foods" since org52 (the business named nearest
 *   before "the company").
 * - "As Castell put it in a lecture last spring, "..."": an occasion after
 *   "put it" leaves the quote unattributed ("as X put it, "..."" is
 *   attributed). Stepping over an occasion phrase with a noun of speech or
 *   writing moved no train quote and fixed 1 dev quote, and made "X, as Y put
 *   it in her book, is "..."" a wrong quoted-object quote.
 * - "has agreed personal terms, and ...", "close to agreeing a loan deal for
 *   ..., who ...": by default a noun phrase after "agree" is taken as a
 *   reported clause (and "is understood to have agreed" gives "to have agreed"
 *   as the cue); alone in their sentence they give nothing. Leaving out a
 *   determiner-, adjective- or noun-led object right after "agree" changed one
 *   train quote ("agreed the obstacle to X remaining ... can be resolved", not
 *   annotated but a real clause).
 * - "Mendes was asked about the winger ... and refused to discuss the deal"
 *   gives a speakerless reported/asked quote.
 * - Every category on: "and had not seen a large drop" is cut
 *   away, and "its models show only a small increase, but residents ..." ends
 *   at "increase" (by default it runs on past "but").
 * - "But the alternative, as Castell put it, is "..."" keeps "But" in the
 *   content; "According to the paper, X, although the authors cautioned that
 *   Y" keeps the aside in X and gives no quote to "the authors".
 * - "the study found", "The filings also show", "Data show" (inside "the
 *   paper said"), "remembered her as ..." come only with every category on,
 *   as evidence or thought.
 */
import { describe, expect, test } from 'vitest';
import { articleRows, describeArticles, type Article, shapeRows, type ShapeRow } from './support/article-rows.js';

const ARTICLES: Article[] = [
  {
    topic: "an op-ed on closing a town centre to cars",
    paragraphs: [
      "Cities that ban cars from their centres rarely regret it, but they almost always fight about it first. That is the lesson of the past decade, and it is one that the council of Bramford should take to heart before Tuesday's vote on closing the old market district to traffic.",
      "The economist Helen Castell argues that the shopkeepers who oppose the plan are counting the wrong customers. In a new book on urban retail, she writes that drivers make up a far smaller share of town-centre spending than merchants believe. \"Shop owners remember the one customer who complained about parking,\" Castell writes. \"They forget the dozen who walked past and came back.\"",
      "In her view, the evidence from other towns is clear. Footfall falls in the first months after a closure, she contends, and then recovers to a higher level than before. As Castell put it in a lecture last spring, \"a street without cars is a street where people linger, and people who linger buy things.\"",
      "Not everyone is persuaded. Martin Ellway, who chairs the Bramford Traders' Association, contends that the comparison is unfair. Bramford, he argues, is not a university town with thousands of students on bicycles. \"Our customers are older and they come from the villages,\" Ellway said. \"If they cannot park, they will go to the retail park on the ring road.\"",
      "That is a serious point, and it deserves a serious answer. The answer, I think, lies in the buses. The council's own transport study found that two thirds of visitors from the surrounding villages would use a park-and-ride service if it ran every ten minutes. The study's authors wrote that the current service, which runs once an hour, was \"barely a service at all.\"",
      "The urbanist Paul Nkemelu, who advised the council on the plan, writes that the closure and the buses must come together. \"Close the streets without fixing the buses, and you punish the people with the fewest choices,\" he wrote in a column for the local paper last week.",
      "Critics also worry about deliveries. The plan allows vans into the district before ten in the morning, which the traders say is too early for small shops that open at nine. Ellway has suggested a later window, and the council says it is open to the idea.",
      "Some of the fiercest opposition comes from residents rather than traders. A petition signed by 3,400 people claims that the closure will push traffic into the narrow streets of the Holloway estate. The council insists that its models show only a small increase, but residents have good reason to doubt models that have been wrong before.",
      "None of this means the plan is perfect. But the alternative, as Castell put it, is \"a slow decline dressed up as caution.\" Bramford has tried caution for twenty years, and its high street has lost a third of its shops. The council should vote yes, and then spend the money to make the buses work.",
    ],
    every: [
      ["the shopkeepers who oppose the plan are counting the wrong customers","Helen Castell","argues","indirect","speech"],
      ["drivers make up a far smaller share of town-centre spending than merchants believe","Helen Castell","writes","indirect","writing"],
      ["Shop owners remember the one customer who complained about parking, They forget the dozen who walked past and came back.","Helen Castell","writes","direct","writing"],
      ["the evidence from other towns is clear","Helen Castell","view","indirect","thought"],
      ["Footfall falls in the first months after a closure and then recovers to a higher level than before","Helen Castell","contends","indirect","speech"],
      ["a street without cars is a street where people linger, and people who linger buy things.",null,null,"direct",null],
      ["the comparison is unfair","Martin Ellway","contends","indirect","speech"],
      ["Bramford is not a university town with thousands of students on bicycles","Martin Ellway","argues","indirect","speech"],
      ["Our customers are older and they come from the villages, If they cannot park, they will go to the retail park on the ring road.","Martin Ellway","said","direct","speech"],
      ["two thirds of visitors from the surrounding villages would use a park-and-ride service if it ran every ten minutes","The council's own transport study","found","indirect","evidence"],
      ["the current service, which runs once an hour, was \"barely a service at all.\"","The study's authors","wrote","mixed","writing"],
      ["the closure and the buses must come together","Paul Nkemelu","writes","indirect","writing"],
      ["Close the streets without fixing the buses, and you punish the people with the fewest choices,","Paul Nkemelu","wrote","direct","writing"],
      ["which is too early for small shops that open at nine","the traders","say","indirect","speech"],
      ["a later window","Martin Ellway","has suggested","indirect","speech"],
      ["it is open to the idea","the council","says","indirect","speech"],
      ["the closure will push traffic into the narrow streets of the Holloway estate","A petition signed by 3,400 people","claims","indirect","speech"],
      ["its models show only a small increase","the council","insists","indirect","speech"],
      ["But the alternative is \"a slow decline dressed up as caution.\"","Helen Castell","put it","mixed","speech"],
    ],
    notByDefault: [
      ["the evidence from other towns is clear","Helen Castell","view","indirect","thought"],
      ["two thirds of visitors from the surrounding villages would use a park-and-ride service if it ran every ten minutes","The council's own transport study","found","indirect","evidence"],
      ["its models show only a small increase","the council","insists","indirect","speech"],
    ],
    onlyByDefault: [
      ["its models show only a small increase, but residents have good reason to doubt models that have been wrong before","the council","insists","indirect","speech"],
    ],
  },
  {
    topic: "a sleep study on phones at bedtime",
    paragraphs: [
      "Teenagers who stop using their phones an hour before bed sleep about 40 minutes longer on school nights, according to a study published on Wednesday in the journal Sleep Health.",
      "The study followed 1,200 students aged 13 to 17 at 18 schools in three countries for six months. Half of the students were asked to put their phones in another room an hour before lights out, while the others kept their usual habits.",
      "The study found that the students who gave up their phones fell asleep faster and woke up less often during the night. They also reported feeling less tired in morning classes, the researchers said.",
      "\"We expected a small effect, but the difference was bigger than anything we have seen with other changes to bedtime routines,\" said Dr. Amara Lindqvist, a sleep researcher at the University of Tromsdal and the study's lead author. \"Forty minutes a night adds up to almost five hours a week.\"",
      "Lindqvist said the students who kept their phones often reported that they had meant to stop scrolling but could not. She said the blue light from screens was only part of the problem. \"It is not just the light,\" she said. \"It is the messages, the videos, the feeling that something is happening without you.\"",
      "The researchers reported that the effect was strongest among students who had slept less than seven hours a night at the start of the study. Data show that nearly 60 percent of the students fell into that group, the paper said.",
      "According to the paper, the students who gave up their phones also scored slightly higher on a test of attention at the end of the six months, although the authors cautioned that the difference was small and could be due to chance.",
      "Not all the students kept to the rules. About a quarter of the group that was asked to leave their phones outside the bedroom admitted that they had brought them back in on some nights, the researchers wrote.",
      "Dr. Samuel Okonjo, a paediatrician at Westbridge Children's Hospital who was not involved in the research, said the study was carefully designed and its results were convincing. But he warned that parents should not expect miracles. \"Taking the phone away is the easy part,\" Okonjo said. \"Keeping it away for six months is much harder, and this study had teachers and researchers checking in every week.\"",
      "He said families could try simpler steps first, such as charging phones in the kitchen and agreeing on a time when screens go off.",
      "The study was funded by a national research council and by a charity that works on children's health. The authors said they had no financial ties to technology companies.",
      "Lindqvist said her team now planned to test whether the same approach worked for younger children. She said schools could help by starting classes later in the morning, a change that other studies have linked to better sleep and better grades.",
    ],
    every: [
      ["Teenagers who stop using their phones an hour before bed sleep about 40 minutes longer on school nights","a study published on Wednesday in the journal Sleep Health","according to","indirect","source"],
      ["to put their phones in another room an hour before lights out",null,"were asked","indirect","speech"],
      ["the students who gave up their phones fell asleep faster and woke up less often during the night","The study","found","indirect","evidence"],
      ["They also reported feeling less tired in morning classes","the researchers","said","indirect","speech"],
      ["We expected a small effect, but the difference was bigger than anything we have seen with other changes to bedtime routines, Forty minutes a night adds up to almost five hours a week.","Amara Lindqvist","said","direct","speech"],
      ["the students who kept their phones often reported that they had meant to stop scrolling but could not","Amara Lindqvist","said","indirect","speech"],
      ["the blue light from screens was only part of the problem","Amara Lindqvist","said","indirect","speech"],
      ["It is not just the light, It is the messages, the videos, the feeling that something is happening without you.","Amara Lindqvist","said","direct","speech"],
      ["the effect was strongest among students who had slept less than seven hours a night at the start of the study","the researchers","reported","indirect","speech"],
      ["Data show that nearly 60 percent of the students fell into that group","the paper","said","indirect","speech"],
      ["the students who gave up their phones also scored slightly higher on a test of attention at the end of the six months, although the authors cautioned that the difference was small and could be due to chance","the paper","According to","indirect","source"],
      ["About a quarter of the group that was asked to leave their phones outside the bedroom admitted that they had brought them back in on some nights","the researchers","wrote","indirect","writing"],
      ["the study was carefully designed and its results were convincing","Samuel Okonjo","said","indirect","speech"],
      ["parents should not expect miracles","Samuel Okonjo","warned","indirect","speech"],
      ["Taking the phone away is the easy part, Keeping it away for six months is much harder, and this study had teachers and researchers checking in every week.","Samuel Okonjo","said","direct","speech"],
      ["families could try simpler steps first","Samuel Okonjo","said","indirect","speech"],
      ["they had no financial ties to technology companies","The authors","said","indirect","speech"],
      ["her team now planned to test whether the same approach worked for younger children","Amara Lindqvist","said","indirect","speech"],
      ["schools could help by starting classes later in the morning","Amara Lindqvist","said","indirect","speech"],
    ],
    notByDefault: [
      ["the students who gave up their phones fell asleep faster and woke up less often during the night","The study","found","indirect","evidence"],
    ],
    onlyByDefault: [

    ],
  },
  {
    topic: "a food company's quarterly earnings",
    paragraphs: [
      "Norvale Foods, the maker of Crisply snacks and Meadow Farm yoghurts, said on Thursday that its quarterly profit rose 12 percent, helped by higher prices and strong demand for its cheaper store brands.",
      "The company said in a statement that net income for the three months to September reached $418 million, or $1.62 a share, up from $373 million a year earlier. Revenue rose 4 percent to $5.2 billion, slightly ahead of analysts' forecasts.",
      "Chief executive Laura Brenner told analysts on a conference call that shoppers were still watching every penny. \"Our customers are trading down, but they are not trading out,\" Brenner said. \"They still want a treat. They just want it to cost a little less.\"",
      "Brenner said the company had raised prices by an average of 3 percent during the quarter and had not seen a large drop in sales volumes. She said the store-brand business, which makes products sold under supermarkets' own labels, had grown faster than any other part of the company.",
      "Norvale expects full-year revenue to grow by 3 to 4 percent, the company said, and raised its forecast for annual earnings to between $6.10 and $6.25 a share. It had previously forecast earnings of $5.90 to $6.10.",
      "Chief financial officer Rajiv Menon said rising costs for cocoa and packaging would weigh on margins in the final quarter. He told analysts that the company had locked in prices for most of its cocoa needs until the middle of next year. \"We are not immune to cocoa, but we are well protected,\" Menon said.",
      "According to filings with the Securities and Exchange Commission, Norvale spent $310 million buying back its own shares during the quarter. The filings also show that the company set aside $45 million to cover the cost of closing a yoghurt plant in Ohio, which it announced in July.",
      "Shares of Norvale rose 6 percent in early trading in New York.",
      "Analysts welcomed the results. Priya Raman, a consumer goods analyst at Halden Securities, said the company had handled the slowdown better than its rivals. \"They read the shopper correctly and moved early on store brands,\" she said in a note to clients.",
      "But some investors remain cautious. Tom Akers, a portfolio manager at Greyfield Capital, said he worried that the company was relying too heavily on price increases. \"At some point the shopper says no,\" Akers said. \"I do not think we are there yet, but we are closer than the company admits.\"",
      "The union representing workers at the Ohio plant said the closure would cost 420 jobs. It said Norvale had rejected a proposal to keep the plant open with fewer shifts.",
      "Brenner said on the call that the decision had been difficult but necessary. She said the company would offer jobs at other plants to some of the workers and would pay for retraining for the rest.",
    ],
    every: [
      ["its quarterly profit rose 12 percent, helped by higher prices and strong demand for its cheaper store brands","Norvale Foods","said","indirect","speech"],
      ["net income for the three months to September reached $418 million, or $1.62 a share, up from $373 million a year earlier","The company","said","indirect","speech"],
      ["shoppers were still watching every penny","Laura Brenner","told","indirect","speech"],
      ["Our customers are trading down, but they are not trading out, They still want a treat. They just want it to cost a little less.","Laura Brenner","said","direct","speech"],
      ["the company had raised prices by an average of 3 percent during the quarter","Laura Brenner","said","indirect","speech"],
      ["the store-brand business, which makes products sold under supermarkets' own labels, had grown faster than any other part of the company","Laura Brenner","said","indirect","speech"],
      ["Norvale expects full-year revenue to grow by 3 to 4 percent and raised its forecast for annual earnings to between $6.10 and $6.25 a share","The company","said","indirect","speech"],
      ["earnings of $5.90 to $6.10","The company","had previously forecast","indirect","speech"],
      ["rising costs for cocoa and packaging would weigh on margins in the final quarter","Rajiv Menon","said","indirect","speech"],
      ["the company had locked in prices for most of its cocoa needs until the middle of next year","Rajiv Menon","told","indirect","speech"],
      ["We are not immune to cocoa, but we are well protected,","Rajiv Menon","said","direct","speech"],
      ["Norvale spent $310 million buying back its own shares during the quarter","filings with the Securities and Exchange Commission","According to","indirect","source"],
      ["the company set aside $45 million to cover the cost of closing a yoghurt plant in Ohio","The filings","also show","indirect","evidence"],
      ["which","Norvale Foods","announced","indirect","speech"],
      ["the company had handled the slowdown better than its rivals","Priya Raman","said","indirect","speech"],
      ["They read the shopper correctly and moved early on store brands,","Priya Raman","said","direct","speech"],
      ["he worried that the company was relying too heavily on price increases","Tom Akers","said","indirect","speech"],
      ["At some point the shopper says no, I do not think we are there yet, but we are closer than the company admits.","Tom Akers","said","direct","speech"],
      ["the closure would cost 420 jobs","The union representing workers at the Ohio plant","said","indirect","speech"],
      ["Norvale had rejected a proposal to keep the plant open with fewer shifts","The union representing workers at the Ohio plant","said","indirect","speech"],
      ["the decision had been difficult but necessary","Laura Brenner","said","indirect","speech"],
      ["the company would offer jobs at other plants to some of the workers and would pay for retraining for the rest","Laura Brenner","said","indirect","speech"],
    ],
    notByDefault: [
      ["the company had raised prices by an average of 3 percent during the quarter","Laura Brenner","said","indirect","speech"],
      ["the company set aside $45 million to cover the cost of closing a yoghurt plant in Ohio","The filings","also show","indirect","evidence"],
    ],
    onlyByDefault: [
      ["the company had raised prices by an average of 3 percent during the quarter and had not seen a large drop in sales volumes","Laura Brenner","said","indirect","speech"],
    ],
  },
  {
    topic: "a football transfer rumour",
    paragraphs: [
      "Kestrel City are in advanced talks to sign the Brazilian winger Thiago Almeida from Sporting Vale for a fee of around 55 million euros, according to sources close to the negotiations.",
      "The 22-year-old is understood to have agreed personal terms on a five-year contract, and the two clubs are said to be close to a deal on the structure of the payments. Kestrel City reportedly want to pay the fee in three instalments, while Sporting Vale are pushing for a larger sum up front.",
      "Almeida scored 14 goals and made nine assists in the Portuguese league last season, and his form attracted interest from several clubs in England and Spain. Dunmore United are also understood to have made an approach, but the player is said to prefer a move to Kestrel City, where he would be reunited with his former coach, Rui Mendes.",
      "Mendes was asked about the winger at a news conference on Friday and refused to discuss the deal. \"He is a Sporting Vale player, and I respect that,\" Mendes said. \"When there is something to say, the club will say it.\"",
      "But the coach did not hide his admiration. \"Thiago is one of the most exciting young players in Europe,\" he said. \"Everyone knows what I think of him.\"",
      "Sporting Vale president Jorge Cardoso said on Thursday that the club had not received an offer that matched the player's value. Cardoso said Almeida had a release clause of 80 million euros and that the club was under no pressure to sell. \"We are not a supermarket,\" he told a Portuguese radio station.",
      "According to reports in Portugal, Sporting Vale need to raise money before the end of the month to meet the league's financial rules. The club is thought to be willing to accept a lower fee if a sell-on clause is included.",
      "Almeida's agent, Marcos Pereira, told reporters in Lisbon that his client wanted to play in England. \"He has made his choice, and now the clubs must do their part,\" Pereira said.",
      "Kestrel City declined to comment. A club spokesman said the club did not discuss transfer targets.",
      "The deal would make Almeida the second most expensive signing in Kestrel City's history. The club is also reportedly close to agreeing a loan deal for the young Danish goalkeeper Mads Holm, who is said to be unhappy with his lack of playing time at his current club.",
      "Fans have greeted the news with excitement. Supporters' trust chairman Gary Whitlow said the club had finally shown ambition after two disappointing seasons. \"People have been waiting years for a signing like this,\" Whitlow said.",
      "The transfer window closes at 11 p.m. on September 1. Kestrel City are understood to want the deal done before their match against Dunmore United next weekend, so that Almeida can make his debut against the club he turned down.",
    ],
    every: [
      ["Kestrel City are in advanced talks to sign the Brazilian winger Thiago Almeida from Sporting Vale for a fee of around 55 million euros","sources close to the negotiations","according to","indirect","source"],
      ["The 22-year-old to have agreed personal terms on a five-year contract",null,"is understood","indirect","thought"],
      ["the two clubs to be close to a deal on the structure of the payments",null,"are said","indirect","speech"],
      ["to pay the fee in three instalments","Kestrel City","reportedly want","indirect","thought"],
      ["a larger sum up front","Sporting Vale","are pushing for","indirect","stance"],
      ["Dunmore United to have made an approach",null,"are also understood","indirect","thought"],
      ["the player to prefer a move to Kestrel City, where he would be reunited with his former coach, Rui Mendes",null,"is said","indirect","speech"],
      ["the winger at a news conference on Friday",null,"was asked about","indirect","speech"],
      ["to discuss the deal","Rui Mendes","refused","indirect","stance"],
      ["He is a Sporting Vale player, and I respect that, When there is something to say, the club will say it.","Rui Mendes","said","direct","speech"],
      ["Thiago is one of the most exciting young players in Europe, Everyone knows what I think of him.","Rui Mendes","said","direct","speech"],
      ["the club had not received an offer that matched the player's value","Jorge Cardoso","said","indirect","speech"],
      ["Almeida had a release clause of 80 million euros and that the club was under no pressure to sell","Jorge Cardoso","said","indirect","speech"],
      ["We are not a supermarket,","Jorge Cardoso","told","direct","speech"],
      ["Sporting Vale need to raise money before the end of the month to meet the league's financial rules","reports in Portugal","According to","indirect","source"],
      ["The club to be willing to accept a lower fee if a sell-on clause is included",null,"is thought","indirect","thought"],
      ["his client wanted to play in England","Marcos Pereira","told","indirect","speech"],
      ["He has made his choice, and now the clubs must do their part,","Marcos Pereira","said","direct","speech"],
      ["to comment","Kestrel City","declined","indirect","stance"],
      ["the club did not discuss transfer targets","A club spokesman","said","indirect","speech"],
      ["a loan deal for the young Danish goalkeeper Mads Holm, who is said to be unhappy with his lack of playing time at his current club","The club","is also reportedly close to agreeing","indirect","speech"],
      ["the club had finally shown ambition after two disappointing seasons","Gary Whitlow","said","indirect","speech"],
      ["People have been waiting years for a signing like this,","Gary Whitlow","said","direct","speech"],
      ["Kestrel City to want the deal done before their match against Dunmore United next weekend",null,"are understood","indirect","thought"],
    ],
    notByDefault: [
      ["The 22-year-old to have agreed personal terms on a five-year contract",null,"is understood","indirect","thought"],
      ["to pay the fee in three instalments","Kestrel City","reportedly want","indirect","thought"],
      ["a larger sum up front","Sporting Vale","are pushing for","indirect","stance"],
      ["Dunmore United to have made an approach",null,"are also understood","indirect","thought"],
      ["the winger at a news conference on Friday",null,"was asked about","indirect","speech"],
      ["to discuss the deal","Rui Mendes","refused","indirect","stance"],
      ["The club to be willing to accept a lower fee if a sell-on clause is included",null,"is thought","indirect","thought"],
      ["to comment","Kestrel City","declined","indirect","stance"],
      ["Kestrel City to want the deal done before their match against Dunmore United next weekend",null,"are understood","indirect","thought"],
    ],
    onlyByDefault: [
      ["personal terms on a five-year contract","The 22-year-old","to have agreed","indirect","speech"],
      ["the winger at a news conference on Friday and refused to discuss the deal",null,"was asked about","indirect","speech"],
    ],
  },
  {
    topic: "an obituary of a jazz pianist",
    paragraphs: [
      "Eleanor Vance-Whitby, a jazz pianist whose delicate touch and restless harmonies made her one of the most admired musicians of her generation, died on Sunday at her home in New Orleans. She was 84.",
      "Her daughter, Ruth Whitby, said the cause was heart failure. \"She played until the very end,\" Ruth Whitby said. \"Last week she sat down at the piano and played for an hour, and then she said she was tired and wanted to rest.\"",
      "Born in Memphis in 1942, Vance-Whitby began playing the piano in her father's church at the age of four. She moved to New York at 19 and within two years was playing with some of the leading bands of the era.",
      "The bassist Clarence Odum, who played in her trio for more than thirty years, recalled the first time he heard her play. \"I walked into the club and I heard these chords, and I thought, who is that?\" Odum said. \"I had never heard anybody voice a chord like that. I asked her for a job that night.\"",
      "Odum remembered her as a demanding but generous bandleader. He said she would rehearse a single song for days until it was right, but that she always gave her musicians room to solo.",
      "Her recordings of the 1970s, especially the album \"Blue Harbour,\" are considered classics. The critic Nathan Greaves wrote at the time that she played \"as if every note had to earn its place.\"",
      "Vance-Whitby was also a respected teacher. For two decades she taught at a music school in New Orleans, where her students included the saxophonist Lena Marsh. Marsh recalled that Vance-Whitby once made her play the same eight bars for an entire lesson. \"I was furious,\" Marsh said. \"Years later I understood that she was teaching me to listen.\"",
      "The drummer Eddie Salcedo, who recorded with her in the 1980s, said she had been underrated for most of her career because she was a woman in a world run by men. \"She was better than most of the men who got the big contracts,\" Salcedo said. \"She knew it, and she never complained about it.\"",
      "Her son, Daniel Whitby, remembered a mother who practised every morning before breakfast. He said the house was always full of musicians, and that he fell asleep most nights to the sound of the piano.",
      "\"The music was like the weather in our house,\" he said. \"It was always there, and you never thought about it until it stopped.\"",
      "In a statement, the New Orleans Jazz Society called her \"a giant of the music and a friend to every young player who came through this city.\"",
      "Vance-Whitby is survived by her two children, four grandchildren and a sister, Margaret Vance. Her husband, the trumpeter Leon Whitby, died in 2009.",
      "A memorial concert will be held at the Jazz Society's hall next month. Ruth Whitby said her mother had asked that there be no speeches. \"She said, just play,\" Ruth Whitby said.",
    ],
    every: [
      ["the cause was heart failure","Ruth Whitby","said","indirect","speech"],
      ["She played until the very end, Last week she sat down at the piano and played for an hour, and then she said she was tired and wanted to rest.","Ruth Whitby","said","direct","speech"],
      ["the first time he heard her play","Clarence Odum","recalled","indirect","speech"],
      ["I walked into the club and I heard these chords, and I thought, who is that? I had never heard anybody voice a chord like that. I asked her for a job that night.","Clarence Odum","said","direct","speech"],
      ["her as a demanding but generous bandleader","Clarence Odum","remembered","indirect","thought"],
      ["she would rehearse a single song for days until it was right, but that she always gave her musicians room to solo","Clarence Odum","said","indirect","speech"],
      ["she played \"as if every note had to earn its place.\"","Nathan Greaves","wrote","mixed","writing"],
      ["Vance-Whitby once made her play the same eight bars for an entire lesson","Lena Marsh","recalled","indirect","speech"],
      ["I was furious, Years later I understood that she was teaching me to listen.","Lena Marsh","said","direct","speech"],
      ["she had been underrated for most of her career because she was a woman in a world run by men","Eddie Salcedo","said","indirect","speech"],
      ["She was better than most of the men who got the big contracts, She knew it, and she never complained about it.","Eddie Salcedo","said","direct","speech"],
      ["a mother who practised every morning before breakfast","Daniel Whitby","remembered","indirect","thought"],
      ["the house was always full of musicians, and that he fell asleep most nights to the sound of the piano","Daniel Whitby","said","indirect","speech"],
      ["The music was like the weather in our house, It was always there, and you never thought about it until it stopped.","Daniel Whitby","said","direct","speech"],
      ["her \"a giant of the music and a friend to every young player who came through this city.\"","New Orleans Jazz Society","called","mixed","speech"],
      ["her mother had asked that there be no speeches","Ruth Whitby","said","indirect","speech"],
      ["She said, just play,","Ruth Whitby","said","direct","speech"],
    ],
    notByDefault: [
      ["her as a demanding but generous bandleader","Clarence Odum","remembered","indirect","thought"],
      ["a mother who practised every morning before breakfast","Daniel Whitby","remembered","indirect","thought"],
    ],
    onlyByDefault: [

    ],
  },
];

describeArticles('fix69', ARTICLES);

/** Short shapes of the fix: [text, rows of parts, speaker name, mention, cue, rule, kind]. */
const SHAPES: [string, ShapeRow[]][] = [
  // a hyphen inside a word opens no later subject: the content runs on past the compound (it was "the front", and the
  // rest of the clause went to "the front-runner")
  ["Ada Lowe said the front-runner had described the levy as \"a tax on hope.\"", [
    [["the front-runner had described the levy as \"a tax on hope.\""],"Ada Lowe","Ada Lowe","said","reported/cue-clause","mixed"],
  ]],
  ["Tom Reyes claimed that remarks by the front-runner calling for a ban made him \"the best recruiter.\"", [
    [["remarks by the front-runner calling for a ban made him \"the best recruiter.\""],"Tom Reyes","Tom Reyes","claimed","reported/cue-that","mixed"],
  ]],
  // (a compound's words count as one in a later subject after a comma, which still cuts: it was "..., and the 41-year")
  ["Ada Lowe said the rules were clear, and the 41-year-old father of two agreed.", [
    [["the rules were clear"],"Ada Lowe","Ada Lowe","said","reported/cue-clause","indirect"],
  ]],
  // (with every category on, a thought cue after the compound cut it too: "cyclists spend more of the town")
  ["Ada Lowe wrote that cyclists spend more of the town-centre budget than drivers think.", [
    [["cyclists spend more of the town-centre budget than drivers think"],"Ada Lowe","Ada Lowe","wrote","reported/cue-that","indirect"],
  ]],
];

describe('fix69: shapes', () => {
  test.each(SHAPES)('%s', (text, rows) => {
    expect(shapeRows(text)).toEqual(rows);
  });
  test('every category on: a thought cue after a compound does not cut it', () => {
    const rows = articleRows('Ada Lowe wrote that cyclists spend more of the town-centre budget than drivers think.', true);
    expect(rows[0]).toEqual(['cyclists spend more of the town-centre budget than drivers think', 'Ada Lowe', 'wrote', 'indirect', 'writing']);
  });
});
