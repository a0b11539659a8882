/**
 * Whole invented news articles for helper fix64, on topics no other table
 * covers (a school-board budget fight, a company's data-breach disclosure, a
 * mountain avalanche, a court sentencing, a city marathon stopped by heat),
 * read with every category on and with default options, in the style of wire
 * copy: titles and appositives ("The resort's director, Philippe Garnier,"),
 * pronouns across paragraphs with two people of the same gender, bodies as
 * speakers ("The company said", "It said"), "according to", interrupted
 * quotes, follow-on quotation paragraphs, curly and straight marks, mixed
 * quotes. Rows are the exact output: [content, speaker name, cue, kind,
 * category]. Sentences and names are invented.
 *
 * Fixed by fix64 (rows in SHAPES below): "Helen Moss said outside court that
 * staff had been devastated": the "that" the tagger read as a determiner opens
 * the clause after an adjunct whose preposition comes right after the cue;
 * "The charity, Little Lights, said ... It said": a name an organisation's
 * noun describes in apposition is an organisation, which "it" stands for
 * ("charity" is an organisation noun); "A mountain guide who was skiing
 * nearby, Antoine Rey, said": the name after the "who" clause speaks, not the
 * whole phrase; "A former colleague of Holloway ... said X. "Y," she said.": a
 * personal pronoun in the next sentence stands for the person an indefinite
 * description brought in, not for a woman named paragraphs before.
 *
 * Left as they are: "He said the company had since reset all staff
 * credentials and added a second layer of authentication" ends at
 * "credentials" (a second verb of saying after "and" is read as the speaker's
 * own, which is right for "said X and added that Y"); "Little Lights, a
 * charity in Leeds," kept its person reading here (names49 reads the head
 * before the preposition, so it is an organisation now); opt-in rows read as PolNeAR annotates them
 * ("Class sizes ... are expected to rise", "declined to say",
 * "ordered that ... be seized").
 */
import { describe, expect, test } from 'vitest';
import { describeArticles, type Article, shapeRows, type ShapeRow } from './support/article-rows.js';

const ARTICLES: Article[] = [
  {
    topic: "a school-board budget fight",
    paragraphs: [
      "The Harlow County school board voted 5-4 late on Tuesday to close two elementary schools and cut 38 teaching jobs, ending a four-hour meeting that was interrupted several times by shouting from a packed audience.",
      "Board president Denise Albright said the district faced a $6.2 million shortfall after state aid fell for the third year in a row. \"Nobody on this board wanted to do this,\" Albright said after the vote. \"But we cannot spend money we do not have.\"",
      "The cuts will take effect in September, according to the district's budget office. Class sizes in the remaining schools are expected to rise to an average of 28 pupils.",
      "Board member Karen Whitfield, who voted against the plan, said the board had not looked hard enough at administrative costs. She said the district had hired four new deputy superintendents in two years. \"We are closing neighbourhood schools while the central office keeps growing,\" Whitfield said. \"That is not a choice I can defend to parents.\"",
      "Albright rejected that criticism. The new posts were required by state law, she said, and two of them were paid for by federal grants.",
      "The teachers' union called the decision \"a betrayal of students.\" In a statement, it said it would ask the state education department to review the budget. Union president Marcus Hale said members were considering a work-to-rule campaign. ‘Our teachers already buy their own paper and pencils,’ he said. ‘Now they are being told to teach 30 children in a room built for 20.’",
      "Parents at the meeting were divided. Angela Ruiz, whose two children attend Maple Street Elementary, one of the schools that will close, said the board had ignored a petition signed by more than 1,200 families. \"They made up their minds before we walked in,\" she said.",
      "Others said the board had little choice. Retired accountant Thomas Greer, 66, said he had read the budget line by line and saw no other savings of that size. \"People are angry, and I understand that,\" Greer said, \"but the numbers are the numbers.\"",
      "Superintendent Paul Okonkwo said the district would offer transfers to as many teachers as possible. He said buses would be added for pupils who now walk to Maple Street and Birchwood.",
      "\"We will do everything we can to make this transition smooth,\" Okonkwo said. \"Every child will have a seat in September.\"",
      "The board will hold a public hearing on the final budget on June 12. Whitfield said she would propose an amendment to keep Birchwood open for one more year.",
    ],
    every: [
      ["the district faced a $6.2 million shortfall after state aid fell for the third year in a row","Denise Albright","said","indirect","speech"],
      ["Nobody on this board wanted to do this, But we cannot spend money we do not have.","Denise Albright","said","direct","speech"],
      ["The cuts will take effect in September","the district's budget office","according to","indirect","source"],
      ["Class sizes in the remaining schools to rise to an average of 28 pupils",null,"are expected","indirect","thought"],
      ["the board had not looked hard enough at administrative costs","Karen Whitfield","said","indirect","speech"],
      ["the district had hired four new deputy superintendents in two years","Karen Whitfield","said","indirect","speech"],
      ["We are closing neighbourhood schools while the central office keeps growing, That is not a choice I can defend to parents.","Karen Whitfield","said","direct","speech"],
      ["The new posts were required by state law and two of them were paid for by federal grants","Denise Albright","said","indirect","speech"],
      ["the decision \"a betrayal of students.\"","The teachers' union","called","mixed","speech"],
      ["it would ask the state education department to review the budget","The teachers' union","said","indirect","speech"],
      ["members were considering a work-to-rule campaign","Marcus Hale","said","indirect","speech"],
      ["Our teachers already buy their own paper and pencils, Now they are being told to teach 30 children in a room built for 20.","Marcus Hale","said","direct","speech"],
      ["the board had ignored a petition signed by more than 1,200 families","Angela Ruiz","said","indirect","speech"],
      ["They made up their minds before we walked in,","Angela Ruiz","said","direct","speech"],
      ["the board had little choice","Others","said","indirect","speech"],
      ["he had read the budget line by line and saw no other savings of that size","Thomas Greer","said","indirect","speech"],
      ["People are angry, and I understand that, but the numbers are the numbers.","Thomas Greer","said","direct","speech"],
      ["the district would offer transfers to as many teachers as possible","Paul Okonkwo","said","indirect","speech"],
      ["buses would be added for pupils who now walk to Maple Street and Birchwood","Paul Okonkwo","said","indirect","speech"],
      ["We will do everything we can to make this transition smooth, Every child will have a seat in September.","Paul Okonkwo","said","direct","speech"],
      ["she would propose an amendment to keep Birchwood open for one more year","Karen Whitfield","said","indirect","speech"],
    ],
    notByDefault: [
      ["Class sizes in the remaining schools to rise to an average of 28 pupils",null,"are expected","indirect","thought"],
    ],
    onlyByDefault: [

    ],
  },
  {
    topic: "a data-breach disclosure",
    paragraphs: [
      "Online retailer Brightcart said on Monday that hackers had stolen the names, email addresses and partial card numbers of about 4.3 million customers, in one of the largest data breaches reported by a European company this year.",
      "The company said the attack was discovered on March 3, nearly three weeks after intruders first gained access to a server used by its customer service team. It said passwords were stored in encrypted form and had not been exposed.",
      "Chief executive Johanna Lind apologised to customers in a video posted on the company's website. \"We let you down, and I am truly sorry,\" Lind said. \"We are doing everything we can to make sure this never happens again.\"",
      "Brightcart has reported the breach to the data protection authority, according to a filing with the stock exchange. Its shares fell 7 percent in morning trading.",
      "The data protection authority confirmed that it had received the report and said it would examine whether the company had met its legal duties. A spokeswoman for the authority declined to say how long the inquiry would take.",
      "Security researcher Daniel Osei, who first spotted some of the stolen data on a criminal forum last week, said the records appeared to be genuine. \"I checked a sample of a few hundred entries, and the details matched real accounts,\" Osei told reporters. He said the sellers were asking about $50,000 for the full set.",
      "Brightcart's chief technology officer, Stefan Maurer, said the intruders had used the login details of an employee at an outside contractor. He said the company had since reset all staff credentials and added a second layer of authentication.",
      "\"The attackers were patient and well organised,\" Maurer said. \"They moved slowly to avoid our alarms.\"",
      "Consumer groups said customers should watch for fake emails. \"Criminals will use this information to send messages that look like they come from Brightcart,\" said Ingrid Samuelsson, a spokeswoman for the National Consumer Council. She said people should never click on links asking them to confirm card details.",
      "Some customers said they had learned of the breach from the news before receiving any email from the company. Lukas Brenner, a teacher from Graz, said he was \"furious\" about the delay. \"They knew for two weeks and told us nothing,\" he said.",
      "Lind said the company had waited until it understood the scale of the attack. Notifying customers too early, she said, could have helped the criminals.",
      "The company said it would offer affected customers a year of free credit monitoring.",
    ],
    every: [
      ["hackers had stolen the names, email addresses and partial card numbers of about 4.3 million customers, in one of the largest data breaches reported by a European company this year","Brightcart","said","indirect","speech"],
      ["the attack was discovered on March 3, nearly three weeks after intruders first gained access to a server used by its customer service team","The company","said","indirect","speech"],
      ["passwords were stored in encrypted form and had not been exposed","The company","said","indirect","speech"],
      ["We let you down, and I am truly sorry, We are doing everything we can to make sure this never happens again.","Johanna Lind","said","direct","speech"],
      ["Brightcart has reported the breach to the data protection authority","a filing with the stock exchange","according to","indirect","source"],
      ["it had received the report","The data protection authority","confirmed","indirect","speech"],
      ["it would examine whether the company had met its legal duties","The data protection authority","said","indirect","speech"],
      ["to say how long the inquiry would take","A spokeswoman for the authority","declined","indirect","stance"],
      ["the records appeared to be genuine","Daniel Osei","said","indirect","speech"],
      ["I checked a sample of a few hundred entries, and the details matched real accounts,","Daniel Osei","told","direct","speech"],
      ["the sellers were asking about $50,000 for the full set","Daniel Osei","said","indirect","speech"],
      ["the intruders had used the login details of an employee at an outside contractor","Stefan Maurer","said","indirect","speech"],
      ["the company had since reset all staff credentials","Stefan Maurer","said","indirect","speech"],
      ["The attackers were patient and well organised, They moved slowly to avoid our alarms.","Stefan Maurer","said","direct","speech"],
      ["customers should watch for fake emails","Consumer groups","said","indirect","speech"],
      ["Criminals will use this information to send messages that look like they come from Brightcart,","Ingrid Samuelsson","said","direct","speech"],
      ["people should never click on links asking them to confirm card details","Ingrid Samuelsson","said","indirect","speech"],
      ["they had learned of the breach from the news before receiving any email from the company","Some customers","said","indirect","speech"],
      ["he was \"furious\" about the delay","Lukas Brenner","said","mixed","speech"],
      ["They knew for two weeks and told us nothing,","Lukas Brenner","said","direct","speech"],
      ["the company had waited until it understood the scale of the attack","Johanna Lind","said","indirect","speech"],
      ["Notifying customers too early could have helped the criminals","Johanna Lind","said","indirect","speech"],
      ["it would offer affected customers a year of free credit monitoring","The company","said","indirect","speech"],
    ],
    notByDefault: [
      ["to say how long the inquiry would take","A spokeswoman for the authority","declined","indirect","stance"],
    ],
    onlyByDefault: [
      ["how long the inquiry would take","A spokeswoman for the authority","say","indirect","speech"],
    ],
  },
  {
    topic: "a mountain avalanche",
    paragraphs: [
      "Three skiers were killed and two others injured on Sunday when an avalanche swept down a slope above the alpine resort of Val Serein, police said.",
      "The slide broke away at about 2,800 metres shortly before noon and buried a group of five skiers who had left the marked runs, according to the regional police. Rescuers using dogs and probes found all five within 40 minutes.",
      "\"The snow was very heavy and set like concrete,\" said Captain Luca Ferrand, who led the mountain rescue team. \"We dug as fast as we could, but for three of them it was already too late.\"",
      "The dead were two men and a woman from France and Belgium, police said. Their names have not been released. The two survivors, both men, were flown by helicopter to a hospital in Grenoble. One was in a serious condition, a hospital spokesman said.",
      "Avalanche warnings had been raised to level four of five on Saturday after heavy snowfall and strong winds, according to the national weather service. Forecaster Claire Dumont said a weak layer of old snow lay under more than a metre of fresh powder. She said such conditions could stay dangerous for several days.",
      "The resort's director, Philippe Garnier, said the slope had been closed since Friday and was clearly marked with signs and ropes. \"People have to understand that when we close an area, it is for a reason,\" Garnier said. \"The mountain does not give second chances.\"",
      "A mountain guide who was skiing nearby, Antoine Rey, said he had seen the group cross the rope. He said he shouted a warning, but they did not seem to hear. ‘It happened in seconds,’ Rey said. ‘One moment they were there, and the next there was only a white cloud.’",
      "The mayor of Val Serein, Sophie Marchal, said the town was in shock. \"Our thoughts are with the families,\" she said. \"This is a tragedy for all of us.\"",
      "Prosecutors in Albertville have opened an investigation, as is normal after fatal accidents in the mountains. Investigators will examine whether the group had avalanche equipment, a police spokesman said.",
      "Ferrand said rescuers had been called out 14 times since the start of the season. He urged skiers to check the bulletins and to carry beacons, shovels and probes.",
      "\"A beacon will not stop an avalanche,\" he said, \"but it can give us a chance to find you alive.\"",
    ],
    every: [
      ["Three skiers were killed and two others injured on Sunday when an avalanche swept down a slope above the alpine resort of Val Serein","police","said","indirect","speech"],
      ["The slide broke away at about 2,800 metres shortly before noon and buried a group of five skiers who had left the marked runs","the regional police","according to","indirect","source"],
      ["The snow was very heavy and set like concrete, We dug as fast as we could, but for three of them it was already too late.","Luca Ferrand","said","direct","speech"],
      ["The dead were two men and a woman from France and Belgium","police","said","indirect","speech"],
      ["One was in a serious condition","a hospital spokesman","said","indirect","speech"],
      ["Avalanche warnings had been raised to level four of five on Saturday after heavy snowfall and strong winds","the national weather service","according to","indirect","source"],
      ["a weak layer of old snow lay under more than a metre of fresh powder","Claire Dumont","said","indirect","speech"],
      ["such conditions could stay dangerous for several days","Claire Dumont","said","indirect","speech"],
      ["the slope had been closed since Friday and was clearly marked with signs and ropes","Philippe Garnier","said","indirect","speech"],
      ["People have to understand that when we close an area, it is for a reason, The mountain does not give second chances.","Philippe Garnier","said","direct","speech"],
      ["he had seen the group cross the rope","Antoine Rey","said","indirect","speech"],
      ["he shouted a warning","Antoine Rey","said","indirect","speech"],
      ["It happened in seconds, One moment they were there, and the next there was only a white cloud.","Antoine Rey","said","direct","speech"],
      ["the town was in shock","Sophie Marchal","said","indirect","speech"],
      ["Our thoughts are with the families, This is a tragedy for all of us.","Sophie Marchal","said","direct","speech"],
      ["Investigators will examine whether the group had avalanche equipment","a police spokesman","said","indirect","speech"],
      ["rescuers had been called out 14 times since the start of the season","Luca Ferrand","said","indirect","speech"],
      ["skiers to check the bulletins and to carry beacons, shovels and probes","Luca Ferrand","urged","indirect","speech"],
      ["A beacon will not stop an avalanche, but it can give us a chance to find you alive.","Luca Ferrand","said","direct","speech"],
    ],
    notByDefault: [

    ],
    onlyByDefault: [

    ],
  },
  {
    topic: "a court sentencing",
    paragraphs: [
      "A former finance director who stole more than 2 million euros from a children's charity over seven years was sentenced on Friday to six years in prison.",
      "Richard Holloway, 54, pleaded guilty in March to fraud and false accounting. He used the money to pay for foreign holidays, a sports car and the renovation of his country house, the court heard.",
      "Judge Margaret Kinsella said Holloway had betrayed the trust of a charity that cared for seriously ill children. \"You stole from those who could least afford it, and you did it again and again,\" the judge told him. \"Your remorse came only when you were caught.\"",
      "Holloway, who sat with his head bowed, showed no reaction as the sentence was read. His wife, who was in the public gallery, left the courtroom in tears.",
      "Prosecutor James Adebayo told the court that Holloway had created false invoices from suppliers that did not exist. He said the fraud was uncovered only when a new auditor asked to see original receipts.",
      "Defence lawyer Fiona Grant said her client was deeply ashamed. Holloway had been struggling with gambling debts, she said, and had sold his house to repay part of the money. \"He knows that nothing he says now can undo the harm,\" Grant said.",
      "The charity, Little Lights, said in a statement that it welcomed the sentence. It said the fraud had forced it to cut its home nursing service for two years.",
      "The charity's chief executive, Helen Moss, said outside court that staff had been devastated. \"These were families going through the worst time of their lives,\" she said. \"The money he took should have been spent on them.\"",
      "According to the charity, about 1.1 million euros has been recovered so far. Kinsella ordered that Holloway's remaining assets be seized to repay the rest.",
      "Detective Inspector Paul Shaw, who led the investigation, said the case showed how much damage one person could do. \"Charities rely on trust,\" Shaw said. \"Mr Holloway abused that trust for his own comfort.\"",
      "Moss said the charity had since changed its controls so that no single person could approve large payments. She said donors had been \"incredibly loyal\" and that income had almost returned to its level before the fraud.",
      "A former colleague of Holloway, who asked not to be named, said staff had long suspected that something was wrong. \"He always had an answer for everything, and we believed him,\" she said.",
      "Holloway will be eligible for release on licence after serving half of his sentence.",
    ],
    every: [
      // (fix86: ", the court heard." at a sentence's end reports the clause before it, by no one named)
      ["He used the money to pay for foreign holidays, a sports car and the renovation of his country house",null,"heard","indirect","speech"],
      ["Holloway had betrayed the trust of a charity that cared for seriously ill children","Margaret Kinsella","said","indirect","speech"],
      ["You stole from those who could least afford it, and you did it again and again, Your remorse came only when you were caught.","Margaret Kinsella","told","direct","speech"],
      ["Holloway had created false invoices from suppliers that did not exist","James Adebayo","told","indirect","speech"],
      ["the fraud was uncovered only when a new auditor asked to see original receipts","James Adebayo","said","indirect","speech"],
      ["her client was deeply ashamed","Fiona Grant","said","indirect","speech"],
      ["Holloway had been struggling with gambling debts and had sold his house to repay part of the money","Fiona Grant","said","indirect","speech"],
      ["He knows that nothing he says now can undo the harm,","Fiona Grant","said","direct","speech"],
      ["it welcomed the sentence","Little Lights","said","indirect","speech"],
      ["the fraud had forced it to cut its home nursing service for two years","Little Lights","said","indirect","speech"],
      ["staff had been devastated","Helen Moss","said","indirect","speech"],
      ["These were families going through the worst time of their lives, The money he took should have been spent on them.","Helen Moss","said","direct","speech"],
      ["about 1.1 million euros has been recovered so far","the charity","According to","indirect","source"],
      ["Holloway's remaining assets be seized to repay the rest","Margaret Kinsella","ordered","indirect","stance"],
      ["the case showed how much damage one person could do","Paul Shaw","said","indirect","speech"],
      ["Charities rely on trust, Mr Holloway abused that trust for his own comfort.","Paul Shaw","said","direct","speech"],
      ["the charity had since changed its controls so that no single person could approve large payments","Helen Moss","said","indirect","speech"],
      ["donors had been \"incredibly loyal\" and that income had almost returned to its level before the fraud","Helen Moss","said","mixed","speech"],
      ["staff had long suspected that something was wrong","A former colleague of Holloway","said","indirect","speech"],
      ["He always had an answer for everything, and we believed him,","A former colleague of Holloway","said","direct","speech"],
    ],
    notByDefault: [
      ["Holloway's remaining assets be seized to repay the rest","Margaret Kinsella","ordered","indirect","stance"],
    ],
    onlyByDefault: [

    ],
  },
  {
    topic: "a city marathon in a heat emergency",
    paragraphs: [
      "Organisers of the Riverside City Marathon stopped the race after four hours on Sunday as temperatures climbed above 33 degrees Celsius, and more than 200 runners were treated for heat exhaustion.",
      "Two runners were in a critical condition in hospital on Sunday evening, according to the city's ambulance service. About 40 others were taken to hospital, and most were expected to be released overnight.",
      "Race director Martin Kowalski said the decision to stop the race was taken after medical teams along the course became overwhelmed. \"The safety of our runners comes before everything else,\" Kowalski said at a news conference. \"We could not guarantee that help would reach everyone in time.\"",
      "About 14,000 people started the race at 8 a.m., when the temperature was already 26 degrees. Runners who had not reached the 30-kilometre mark by noon were directed to buses and taken back to the start.",
      "The ambulance service said it had sent every available crew to the course. Its medical director, Dr Naomi Reyes, said most patients had suffered from dehydration and dizziness. \"We saw people collapse within sight of the finish,\" she said. \"Some of them had kept running long after their bodies told them to stop.\"",
      "Some runners criticised the organisers for starting the race at all. Ben Carter, 35, who was running his first marathon, said water stations had run out of cups by the 20-kilometre mark. \"I had to drink from a garden hose that a resident put out,\" Carter said. \"It felt like nobody was in charge.\"",
      "Kowalski said the water stations had been supplied with twice the usual amount. He admitted that some had run short. \"We will look at every part of what happened today,\" he said.",
      "The city's mayor, Gloria Espinoza, said she had ordered an independent review of the event. ‘I want to know who decided to go ahead and what information they had,’ she said. ‘Our residents deserve answers.’",
      "The national weather service had issued a heat warning for the region on Friday. A forecaster, Jonah Feld, said the warning had been sent to the race organisers. He said temperatures had risen faster than expected on Sunday morning.",
      "The men's race was won by Kenya's David Kiprop in two hours 14 minutes, before the event was stopped. Kiprop said he had never run in such heat. \"After 25 kilometres I stopped thinking about the time,\" he said. \"I only wanted to finish.\"",
      "The women's winner, Ethiopia's Almaz Tesfaye, said the last ten kilometres had been \"very, very hard.\"",
      "The organisers said runners who did not finish would be offered a free place in next year's race.",
    ],
    every: [
      ["Two runners were in a critical condition in hospital on Sunday evening","the city's ambulance service","according to","indirect","source"],
      ["the decision to stop the race was taken after medical teams along the course became overwhelmed","Martin Kowalski","said","indirect","speech"],
      ["The safety of our runners comes before everything else, We could not guarantee that help would reach everyone in time.","Martin Kowalski","said","direct","speech"],
      ["it had sent every available crew to the course","The ambulance service","said","indirect","speech"],
      ["most patients had suffered from dehydration and dizziness","Naomi Reyes","said","indirect","speech"],
      ["We saw people collapse within sight of the finish, Some of them had kept running long after their bodies told them to stop.","Naomi Reyes","said","direct","speech"],
      ["the organisers for starting the race at all","Some runners","criticised","indirect","speech"],
      ["water stations had run out of cups by the 20-kilometre mark","Ben Carter","said","indirect","speech"],
      ["I had to drink from a garden hose that a resident put out, It felt like nobody was in charge.","Ben Carter","said","direct","speech"],
      ["the water stations had been supplied with twice the usual amount","Martin Kowalski","said","indirect","speech"],
      ["some had run short","Martin Kowalski","admitted","indirect","speech"],
      ["We will look at every part of what happened today,","Martin Kowalski","said","direct","speech"],
      ["she had ordered an independent review of the event","Gloria Espinoza","said","indirect","speech"],
      ["I want to know who decided to go ahead and what information they had, Our residents deserve answers.","Gloria Espinoza","said","direct","speech"],
      ["the warning had been sent to the race organisers","Jonah Feld","said","indirect","speech"],
      ["temperatures had risen faster than expected on Sunday morning","Jonah Feld","said","indirect","speech"],
      ["he had never run in such heat","David Kiprop","said","indirect","speech"],
      ["After 25 kilometres I stopped thinking about the time, I only wanted to finish.","David Kiprop","said","direct","speech"],
      ["the last ten kilometres had been \"very, very hard.\"","Almaz Tesfaye","said","mixed","speech"],
      ["runners who did not finish would be offered a free place in next year's race","The organisers","said","indirect","speech"],
    ],
    notByDefault: [

    ],
    onlyByDefault: [

    ],
  },
];

describeArticles('fix64', ARTICLES);

/** Shapes the articles exposed, fixed by fix64 (and their limits): [text, rows with default options]. */
const SHAPES: [string, ShapeRow[]][] = [
  // a "that" read as a determiner opens the clause after an adjunct whose preposition comes right after the cue
  ["Ruth Moss said outside court that staff had been devastated.", [
    [["staff had been devastated"],"Ruth Moss","Ruth Moss","said","reported/cue-that","indirect"],
  ]],
  ["The mayor announced from the steps of the town hall that the bridge would reopen.", [
    [["the bridge would reopen"],"The mayor","The mayor","announced","reported/cue-that","indirect"],
  ]],
  ["The aide told reporters outside the hall that the vote was off.", [
    [["the vote was off"],"The aide","The aide","told","reported/cue-that","indirect"],
  ]],
  // (a relative "that" on the adjunct's noun opens no clause)
  ["She spoke about parks that were closed.", [
    [["parks that were closed"],"She","She","spoke about","reported/cue-topic","indirect"],
  ]],
  // a name an organisation's noun describes in apposition is an organisation: "it" stands for it
  ["The charity, Little Lights, said it welcomed the ruling. It said the fraud had cost it two years of work.", [
    [["it welcomed the ruling"],"Little Lights","The charity, Little Lights","said","reported/cue-clause","indirect"],
    [["the fraud had cost it two years of work"],"Little Lights","It","said","reported/cue-clause","indirect"],
  ]],
  ["Little Lights, a charity, said it welcomed the ruling. It said the fraud had cost it dearly.", [
    [["it welcomed the ruling"],"Little Lights","Little Lights, a charity","said","reported/cue-clause","indirect"],
    [["the fraud had cost it dearly"],"Little Lights","It","said","reported/cue-clause","indirect"],
  ]],
  ["The charity said it welcomed the ruling. It said the fraud had cost it dearly.", [
    [["it welcomed the ruling"],"The charity","The charity","said","reported/cue-clause","indirect"],
    [["the fraud had cost it dearly"],"The charity","It","said","reported/cue-clause","indirect"],
  ]],
  // (not a known first name, nor a description with a preposition: limits)
  ["The firm, Ann Lee, said it welcomed the ruling. It said the fraud had cost it dearly.", [
    [["it welcomed the ruling"],"Ann Lee","The firm, Ann Lee","said","reported/cue-clause","indirect"],
    [["the fraud had cost it dearly"],"It","It","said","reported/cue-clause","indirect"],
  ]],
  ["Little Lights, a charity in Leeds, said it welcomed the ruling. It said the fraud had cost it dearly.", [
    [["it welcomed the ruling"],"Little Lights","Little Lights, a charity in Leeds","said","reported/cue-clause","indirect"],
    // (names49: the head before the preposition, "a charity", makes it an organisation, which "it" stands for)
    [["the fraud had cost it dearly"],"Little Lights","It","said","reported/cue-clause","indirect"],
  ]],
  ["The head of the charity, Ruth Moss, said she welcomed the ruling.", [
    [["she welcomed the ruling"],"Ruth Moss","The head of the charity, Ruth Moss","said","reported/cue-clause","indirect"],
  ]],
  // the name after a description's "who" clause speaks, though the clause ends in no noun
  ["A mountain guide who was skiing nearby, Tom Rey, said he had seen the group cross the rope.", [
    [["he had seen the group cross the rope"],"Tom Rey","A mountain guide who was skiing nearby, Tom Rey","said","reported/cue-clause","indirect"],
  ]],
  ["A neighbour who was at home, Ann Lee, said she had called the police.", [
    [["she had called the police"],"Ann Lee","A neighbour who was at home, Ann Lee","said","reported/cue-clause","indirect"],
  ]],
  ["Residents who live nearby said the smell was bad.", [
    [["the smell was bad"],"Residents","Residents","said","reported/cue-clause","indirect"],
  ]],
  // a personal pronoun in the next sentence stands for the person an indefinite description brought in
  ["Tom Lee won the vote on Monday. An official in the mayor's office said the count was fair. \"We checked every ballot,\" he said.", [
    [["the count was fair"],"An official in the mayor's office","An official in the mayor's office","said","reported/cue-clause","indirect"],
    [["We checked every ballot,"],"An official in the mayor's office","he","said","direct/trailing-speaker-cue","direct"],
  ]],
  ["Ann Moss said the fund was safe.\n\nA former colleague of Tom Lee said staff had worried for years. \"He always had an answer,\" she said.", [
    [["the fund was safe"],"Ann Moss","Ann Moss","said","reported/cue-clause","indirect"],
    [["staff had worried for years"],"A former colleague of Tom Lee","A former colleague of Tom Lee","said","reported/cue-clause","indirect"],
    [["He always had an answer,"],"A former colleague of Tom Lee","she","said","direct/trailing-speaker-cue","direct"],
  ]],
  // (a fitting name between them keeps the pronoun; "they" is no one person)
  ["An official said the count was fair. Tom Lee disagreed. \"It was rigged,\" he said.", [
    [["the count was fair"],"An official","An official","said","reported/cue-clause","indirect"],
    [["It was rigged,"],"Tom Lee","he","said","direct/trailing-speaker-cue","direct"],
  ]],
  ["A voter said the count was fair. \"We were there,\" they said.", [
    [["the count was fair"],"A voter","A voter","said","reported/cue-clause","indirect"],
    [["We were there,"],"they","they","said","direct/trailing-speaker-cue","direct"],
  ]],
  // negatives: no cue, nothing reported
  ["A guide who was skiing nearby, Tom Rey, saw the group cross the rope.", []],
  ["The charity, Little Lights, cares for sick children.", []],
];

describe('fix64: shapes', () => {
  test.each(SHAPES)('%s', (text, expected) => {
    expect(shapeRows(text)).toEqual(expected);
  });
});
