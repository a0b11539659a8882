/**
 * Whole invented news articles for helper fix66, on topics no other table
 * covers (a refinery explosion, an earthquake's aftermath, a zoo animal
 * escape, a chess championship cheating allegation, a volcano evacuation),
 * read with every category on and with default options, in the style of wire
 * copy: titles and appositives ("The company's chief executive, Daniel
 * Okafor,"), pronouns across paragraphs with two people of the same gender,
 * bodies as speakers ("Halvorsen Energy said", "it said"), "according to",
 * interrupted quotes, follow-on quotation paragraphs, curly and straight
 * marks, mixed quotes. Rows are the exact output: [content, speaker name,
 * cue, kind, category]. Sentences and names are invented.
 *
 * Fixed by fix66 (rows in SHAPES below): "Halvorsen Energy said ... It said",
 * "The Red Cross said ... It said", "The zoo said ... It said": "Energy",
 * "Cross", "zoo" and "museum" name bodies, so "it" stands for them (it went
 * to an earlier body, or stayed "It"); "Dunning said Okafor had been told":
 * a capitalised "-ing" word opening its sentence before "said" is a surname
 * the tagger read as a verb (the quote had no speaker, and the next "He said"
 * went to Okafor); "The mayor of nearby Castel Rio, Paolo Marchetti, said":
 * lower-case adjectives before a place's name after a preposition belong to
 * the description, whose appositive name speaks (the speaker was "Castel
 * Rio"; "Voters in northern Ohio said" was "Ohio"); "said further strong
 * aftershocks were possible": "further" before an adjective and its noun is
 * the noun phrase's word, not an adverb of "said" (it was left out).
 *
 * Left as they are: "She said engineers had ... inspected about 6,000
 * buildings and declared a third of them unsafe" ends at "buildings" (the
 * second verb may be the speaker's own); "which
 * explained the heavy damage" is reported with "a depth of 10 kilometres" as
 * its speaker (3 such "which/that explain" on train, one annotated); "told
 * people within two miles to keep ..." leaves "people" out of the content;
 * "One farmer who refused to go, Made Wirawan, said" finds no speaker (the
 * Balinese given name "Made" is read as a verb); "The agency said" after
 * "According to the disaster management agency" keeps its own words.
 */
import { describe, expect, test } from 'vitest';
import { describeArticles, type Article, shapeRows, type ShapeRow } from './support/article-rows.js';

const ARTICLES: Article[] = [
  {
    topic: "a refinery explosion",
    paragraphs: [
      "An explosion tore through a crude distillation unit at the Halvorsen refinery outside Port Dunmore early on Thursday, killing two workers and injuring eleven others, the company said.",
      "Fire crews fought the blaze for more than six hours before bringing it under control. Fire chief Mark Ellery said the flames had reached a storage tank holding 40,000 barrels of diesel but that firefighters had kept it cool with water cannons. \"We were minutes away from a much bigger disaster,\" Ellery said. \"My crews did everything right.\"",
      "Halvorsen Energy said in a statement that it was cooperating fully with investigators and had shut down the rest of the plant as a precaution. It said the cause of the blast was not yet known.",
      "The company's chief executive, Daniel Okafor, told a news conference that the two men who died had worked at the refinery for a combined 40 years. \"They were part of our family,\" he said, his voice breaking. \"We owe their families answers, and we will give them answers.\"",
      "Okafor said the unit had passed a safety inspection in February. But a union official, Ray Dunning, said workers had complained for months about leaking valves on the same unit. Dunning said Okafor had been told about the leaks in writing. He said the company had postponed repairs to avoid a costly shutdown.",
      "“Every one of those complaints is on paper,” Dunning said. “Nobody can say they did not know.”",
      "The company denied that account. A spokeswoman, Claire Whitfield, said the valves had been replaced in the spring and that no open maintenance orders remained on the unit.",
      "According to the Chemical Safety Board, the refinery has reported four fires since 2019, none of them fatal. The board said it would send a team of investigators to the site on Friday.",
      "Residents living near the plant said they were woken by a blast that rattled windows more than a mile away. Retired teacher Joan Maitland said her kitchen ceiling had cracked.",
      "\"I thought a plane had crashed,\" she said. \"Then I saw the smoke, black as night, going straight up.\"",
      "Local officials told people within two miles to keep their windows closed until air quality tests were complete. The county health department said early readings showed no dangerous levels of sulphur dioxide, but it warned that the results could change if the wind shifted.",
      "Governor Alan Pritchard, who visited the site on Thursday afternoon, called the explosion \"a terrible day for this community\" and promised a full inquiry.",
    ],
    every: [
      ["An explosion tore through a crude distillation unit at the Halvorsen refinery outside Port Dunmore early on Thursday, killing two workers and injuring eleven others","the company","said","indirect","speech"],
      ["the flames had reached a storage tank holding 40,000 barrels of diesel but that firefighters had kept it cool with water cannons","Mark Ellery","said","indirect","speech"],
      ["We were minutes away from a much bigger disaster, My crews did everything right.","Mark Ellery","said","direct","speech"],
      ["it was cooperating fully with investigators and had shut down the rest of the plant as a precaution","Halvorsen Energy","said","indirect","speech"],
      ["the cause of the blast was not yet known","Halvorsen Energy","said","indirect","speech"],
      ["the two men who died had worked at the refinery for a combined 40 years","Daniel Okafor","told","indirect","speech"],
      ["They were part of our family, We owe their families answers, and we will give them answers.","Daniel Okafor","said","direct","speech"],
      ["the unit had passed a safety inspection in February","Daniel Okafor","said","indirect","speech"],
      ["workers had complained for months about leaking valves on the same unit","Ray Dunning","said","indirect","speech"],
      ["Okafor had been told about the leaks in writing","Ray Dunning","said","indirect","speech"],
      ["the company had postponed repairs to avoid a costly shutdown","Ray Dunning","said","indirect","speech"],
      ["Every one of those complaints is on paper, Nobody can say they did not know.","Ray Dunning","said","direct","speech"],
      ["the valves had been replaced in the spring and that no open maintenance orders remained on the unit","Claire Whitfield","said","indirect","speech"],
      ["the refinery has reported four fires since 2019, none of them fatal","Chemical Safety Board","According to","indirect","source"],
      ["it would send a team of investigators to the site on Friday","Chemical Safety Board","said","indirect","speech"],
      ["they were woken by a blast that rattled windows more than a mile away","Residents living near the plant","said","indirect","speech"],
      ["her kitchen ceiling had cracked","Joan Maitland","said","indirect","speech"],
      ["I thought a plane had crashed, Then I saw the smoke, black as night, going straight up.","Joan Maitland","said","direct","speech"],
      ["within two miles to keep their windows closed until air quality tests were complete","Local officials","told","indirect","speech"],
      ["early readings showed no dangerous levels of sulphur dioxide","The county health department","said","indirect","speech"],
      ["the results could change if the wind shifted","The county health department","warned","indirect","speech"],
      ["the explosion \"a terrible day for this community\"","Alan Pritchard","called","mixed","speech"],
      ["a full inquiry","Alan Pritchard","promised","indirect","speech"],
    ],
    notByDefault: [],
    onlyByDefault: [],
  },
  {
    topic: "an earthquake's aftermath",
    paragraphs: [
      "Rescue teams pulled a seven-year-old girl alive from the rubble of a collapsed apartment block in the city of Varenna on Sunday, three days after a magnitude 6.8 earthquake struck the mountainous north of the country.",
      "The death toll rose to 214, the interior ministry said, with more than 1,500 people injured and thousands more sleeping in tents as aftershocks continued to rattle the region.",
      "\"She was conscious and asking for her mother,\" said Luca Benedetti, a firefighter who helped carry the girl out. \"When we heard her voice, the whole team started to cry.\"",
      "Benedetti said the girl had been trapped in a small space beneath a staircase, which had protected her from the falling concrete. He said her mother had been found alive on Friday and was being treated at a field hospital.",
      "Interior Minister Sofia Caruso said the government would spend 2 billion euros on emergency housing and repairs. She said engineers had so far inspected about 6,000 buildings and declared a third of them unsafe.",
      "“We will not leave anyone behind,” Caruso told reporters at the crisis centre. “But I ask people to be patient. The roads are broken, and the help is coming as fast as it can.”",
      "Not everyone shared her view. The mayor of nearby Castel Rio, Paolo Marchetti, said aid had not reached his town until Saturday evening. Marchetti said Caruso had promised him tents on the first day. He said residents had spent two nights outside in freezing temperatures.",
      "\"We were forgotten,\" he said. \"My people dug out their neighbours with their bare hands.\"",
      "The national seismology institute said the quake had struck at a depth of 10 kilometres, which explained the heavy damage near the surface. According to the institute, more than 300 aftershocks had been recorded since Thursday, the strongest of them measuring 5.1.",
      "Seismologist Elena Ricci, who works at the institute, said further strong aftershocks were possible for weeks. \"People should not go back into damaged houses, even to fetch their belongings,\" she said.",
      "The Red Cross said it had flown in 40 tonnes of supplies and set up three field kitchens. It said the greatest need was now for blankets, clean water and medicine for the elderly.",
      "Many survivors said they were afraid to return home. Giulia Ferraro, a 62-year-old widow, said she had lived in the same house for forty years and had watched it split in two. \"I have nothing left but the clothes I am wearing,\" she said. \"But I am alive, and my grandchildren are alive.\"",
      "Prime Minister Andrea Conti, who toured the worst-hit villages on Saturday, said the country would rebuild \"stone by stone\" and promised that no family would pay for the repairs out of its own pocket.",
    ],
    every: [
      ["The death toll rose to 214 with more than 1,500 people injured and thousands more sleeping in tents as aftershocks continued to rattle the region","the interior ministry","said","indirect","speech"],
      ["She was conscious and asking for her mother, When we heard her voice, the whole team started to cry.","Luca Benedetti","said","direct","speech"],
      ["the girl had been trapped in a small space beneath a staircase","Luca Benedetti","said","indirect","speech"],
      ["her mother had been found alive on Friday and was being treated at a field hospital","Luca Benedetti","said","indirect","speech"],
      ["the government would spend 2 billion euros on emergency housing and repairs","Sofia Caruso","said","indirect","speech"],
      ["engineers had so far inspected about 6,000 buildings","Sofia Caruso","said","indirect","speech"],
      ["We will not leave anyone behind, But I ask people to be patient. The roads are broken, and the help is coming as fast as it can.","Sofia Caruso","told","direct","speech"],
      ["aid had not reached his town until Saturday evening","Paolo Marchetti","said","indirect","speech"],
      ["Caruso had promised him tents on the first day","Paolo Marchetti","said","indirect","speech"],
      ["residents had spent two nights outside in freezing temperatures","Paolo Marchetti","said","indirect","speech"],
      ["We were forgotten, My people dug out their neighbours with their bare hands.","Paolo Marchetti","said","direct","speech"],
      ["the quake had struck at a depth of 10 kilometres","The national seismology institute","said","indirect","speech"],
      ["the heavy damage near the surface","a depth of 10 kilometres","explained","indirect","speech"],
      ["more than 300 aftershocks had been recorded since Thursday, the strongest of them measuring 5.1","the institute","According to","indirect","source"],
      ["further strong aftershocks were possible for weeks","Elena Ricci","said","indirect","speech"],
      ["People should not go back into damaged houses, even to fetch their belongings,","Elena Ricci","said","direct","speech"],
      ["it had flown in 40 tonnes of supplies and set up three field kitchens","Red Cross","said","indirect","speech"],
      ["the greatest need was now for blankets, clean water and medicine for the elderly","Red Cross","said","indirect","speech"],
      ["they were afraid to return home","Many survivors","said","indirect","speech"],
      ["she had lived in the same house for forty years and had watched it split in two","Giulia Ferraro","said","indirect","speech"],
      ["I have nothing left but the clothes I am wearing, But I am alive, and my grandchildren are alive.","Giulia Ferraro","said","direct","speech"],
      ["the country would rebuild \"stone by stone\"","Andrea Conti","said","mixed","speech"],
      ["no family would pay for the repairs out of its own pocket","Andrea Conti","promised","indirect","speech"],
    ],
    notByDefault: [],
    onlyByDefault: [],
  },
  {
    topic: "a zoo animal escape",
    paragraphs: [
      "A snow leopard escaped from its enclosure at the Riverside Zoo on Tuesday morning and spent nearly four hours roaming a wooded section of the park before keepers sedated it, zoo officials said.",
      "The zoo was closed to visitors at the time, and no one was hurt, according to the zoo's director, Margaret Hale. She said the animal, a four-year-old male named Tashi, had slipped through a gap left when a maintenance gate was not properly locked.",
      "\"This should never have happened, and I take full responsibility,\" Hale said at a news conference. \"We are reviewing every lock and every procedure in the park.\"",
      "Head keeper Tom Barlow said his team spotted the empty enclosure during a routine morning check shortly after 7 a.m. Barlow said the leopard had climbed a tree near the bird house and seemed more frightened than aggressive. He said the zoo's veterinarian, David Lin, fired a tranquilliser dart at about 11 a.m.",
      "“He was calm the whole time,” Lin said. “Snow leopards are shy animals. He wanted to hide, not to hunt.”",
      "Lin said Tashi had been returned to his enclosure and was eating normally by the afternoon. He said Barlow had stayed with the animal until it woke.",
      "Police closed two roads next to the zoo and told people in nearby houses to stay indoors. The city police department said officers with rifles had been posted around the park as a precaution but had not been needed. It said the roads were reopened shortly after noon.",
      "Some neighbours said they had not been warned. Sandra Mills, who lives across the street from the zoo, said she learned of the escape from a television helicopter hovering over her garden. \"Nobody knocked on my door,\" she said. \"My kids were about to walk to school.\"",
      "The zoo said in a statement that it had sent text alerts to every household registered for emergency messages and would expand the list. It said the maintenance contractor involved had been suspended while the inquiry continued.",
      "Animal welfare group Wild Justice called the escape \"a warning sign\" and said large cats should not be kept in city zoos at all. Its campaigns director, Owen Price, said the enclosure was too small for an animal that roams hundreds of square miles in the wild.",
      "Hale rejected that criticism. She said the zoo's breeding programme had helped raise the number of snow leopards in European zoos and that Tashi's enclosure met every national standard.",
      "The zoo will reopen on Thursday, Hale said, but the cat house will stay closed until the review is finished.",
    ],
    every: [
      ["A snow leopard escaped from its enclosure at the Riverside Zoo on Tuesday morning and spent nearly four hours roaming a wooded section of the park before keepers sedated it","zoo officials","said","indirect","speech"],
      ["The zoo was closed to visitors at the time, and no one was hurt","Margaret Hale","according to","indirect","source"],
      ["the animal, a four-year-old male named Tashi, had slipped through a gap left when a maintenance gate was not properly locked","Margaret Hale","said","indirect","speech"],
      ["This should never have happened, and I take full responsibility, We are reviewing every lock and every procedure in the park.","Margaret Hale","said","direct","speech"],
      ["his team spotted the empty enclosure during a routine morning check shortly after 7 a.m.","Tom Barlow","said","indirect","speech"],
      ["the leopard had climbed a tree near the bird house and seemed more frightened than aggressive","Tom Barlow","said","indirect","speech"],
      ["the zoo's veterinarian, David Lin, fired a tranquilliser dart at about 11 a.m.","Tom Barlow","said","indirect","speech"],
      ["He was calm the whole time, Snow leopards are shy animals. He wanted to hide, not to hunt.","David Lin","said","direct","speech"],
      ["Tashi had been returned to his enclosure and was eating normally by the afternoon","David Lin","said","indirect","speech"],
      ["Barlow had stayed with the animal until it woke","David Lin","said","indirect","speech"],
      ["people in nearby houses to stay indoors","Police","told","indirect","speech"],
      ["officers with rifles had been posted around the park as a precaution but had not been needed","The city police department","said","indirect","speech"],
      ["the roads were reopened shortly after noon","The city police department","said","indirect","speech"],
      ["they had not been warned","Some neighbours","said","indirect","speech"],
      ["she learned of the escape from a television helicopter hovering over her garden","Sandra Mills","said","indirect","speech"],
      ["Nobody knocked on my door, My kids were about to walk to school.","Sandra Mills","said","direct","speech"],
      ["it had sent text alerts to every household registered for emergency messages and would expand the list","Riverside Zoo","said","indirect","speech"],
      ["the maintenance contractor involved had been suspended","Riverside Zoo","said","indirect","speech"],
      ["the escape \"a warning sign\"","Wild Justice","called","mixed","speech"],
      ["large cats should not be kept in city zoos at all","Wild Justice","said","indirect","speech"],
      ["the enclosure was too small for an animal that roams hundreds of square miles in the wild","Owen Price","said","indirect","speech"],
      ["the zoo's breeding programme had helped raise the number of snow leopards in European zoos and that Tashi's enclosure met every national standard","Margaret Hale","said","indirect","speech"],
      ["The zoo will reopen on Thursday but the cat house will stay closed until the review is finished","Margaret Hale","said","indirect","speech"],
    ],
    notByDefault: [],
    onlyByDefault: [],
  },
  {
    topic: "a chess championship cheating allegation",
    paragraphs: [
      "The International Chess Federation said on Monday that it had opened an investigation into allegations that a grandmaster received computer help during the final round of the world rapid championship in Tallinn.",
      "The complaint was filed by Norwegian grandmaster Erik Solberg, who lost the decisive game to Viktor Antonov of Serbia and finished second. Solberg said Antonov had left the playing hall three times during the game and returned each time with a clear plan.",
      "\"I have played him twenty times, and I have never seen him play like that,\" Solberg told reporters after the closing ceremony. \"Some of his moves were moves that only an engine would find.\"",
      "Antonov denied the accusation. He said Solberg was a poor loser and that he had left the hall only to use the bathroom. \"I beat him fair and square,\" Antonov said. \"He should learn to lose with dignity.\"",
      "The federation said in a statement that its fair play commission would examine video footage, the arbiters' reports and a statistical analysis of the game. It said both players had been searched with metal detectors before the round and that nothing had been found.",
      "The chief arbiter, Katrin Vaher, said Antonov had been escorted on each of his trips out of the hall. Vaher said the arbiters had logged the times and would hand the records to the commission. She added that the bathroom had been checked for hidden devices before play.",
      "“We followed every rule, and we will share every record,” Vaher said.",
      "Chess experts were divided. Former world champion Anatoly Reshetnikov said the moves in question were “strong but human” and warned against a rush to judgement. But statistician Kenneth Regan, who studies cheating in chess, said a full analysis would take at least two weeks. He said a single game was rarely enough to prove anything.",
      "According to the federation, the commission can strip a player of a title and ban him from competition for up to three years. The prize money, $120,000 for first place, would be held until the inquiry was finished, it said.",
      "Solberg's manager, Henrik Dahl, said his client had no wish to damage the sport. Dahl said Solberg had received threatening messages since making the complaint. He said the player would not attend the next tournament in Berlin.",
      "Antonov's coach, Milan Petrovic, called the complaint \"an insult to a great player\" and said his team would consider legal action. He said Antonov had been preparing for the event for six months.",
      "\"Viktor has nothing to hide,\" Petrovic said. \"Let them look at everything.\"",
    ],
    every: [
      ["it had opened an investigation into allegations that a grandmaster received computer help during the final round of the world rapid championship in Tallinn","International Chess Federation","said","indirect","speech"],
      ["Antonov had left the playing hall three times during the game and returned each time with a clear plan","Erik Solberg","said","indirect","speech"],
      ["I have played him twenty times, and I have never seen him play like that, Some of his moves were moves that only an engine would find.","Erik Solberg","told","direct","speech"],
      ["the accusation","Viktor Antonov","denied","indirect","speech"],
      ["Solberg was a poor loser and that he had left the hall only to use the bathroom","Viktor Antonov","said","indirect","speech"],
      ["I beat him fair and square, He should learn to lose with dignity.","Viktor Antonov","said","direct","speech"],
      ["its fair play commission would examine video footage, the arbiters' reports and a statistical analysis of the game","International Chess Federation","said","indirect","speech"],
      ["both players had been searched with metal detectors before the round and that nothing had been found","International Chess Federation","said","indirect","speech"],
      ["Antonov had been escorted on each of his trips out of the hall","Katrin Vaher","said","indirect","speech"],
      ["the arbiters had logged the times and would hand the records to the commission","Katrin Vaher","said","indirect","speech"],
      ["the bathroom had been checked for hidden devices before play","Katrin Vaher","added","indirect","speech"],
      ["We followed every rule, and we will share every record,","Katrin Vaher","said","direct","speech"],
      ["the moves in question were “strong but human”","Anatoly Reshetnikov","said","mixed","speech"],
      ["a rush to judgement","Anatoly Reshetnikov","warned against","indirect","speech"],
      ["a full analysis would take at least two weeks","Kenneth Regan","said","indirect","speech"],
      ["a single game was rarely enough to prove anything","Kenneth Regan","said","indirect","speech"],
      ["the commission can strip a player of a title and ban him from competition for up to three years","International Chess Federation","According to","indirect","source"],
      ["The prize money, $120,000 for first place, would be held until the inquiry was finished","International Chess Federation","said","indirect","speech"],
      ["his client had no wish to damage the sport","Henrik Dahl","said","indirect","speech"],
      ["Solberg had received threatening messages since making the complaint","Henrik Dahl","said","indirect","speech"],
      ["the player would not attend the next tournament in Berlin","Henrik Dahl","said","indirect","speech"],
      ["the complaint \"an insult to a great player\"","Milan Petrovic","called","mixed","speech"],
      ["his team would consider legal action","Milan Petrovic","said","indirect","speech"],
      ["Antonov had been preparing for the event for six months","Milan Petrovic","said","indirect","speech"],
      ["Viktor has nothing to hide, Let them look at everything.","Milan Petrovic","said","direct","speech"],
    ],
    notByDefault: [],
    onlyByDefault: [],
  },
  {
    topic: "a volcano evacuation",
    paragraphs: [
      "Authorities ordered the evacuation of nearly 12,000 people from villages on the slopes of Mount Keral on Wednesday after the volcano began spewing ash and lava for the first time in three decades.",
      "The national volcanology agency raised the alert to its highest level shortly after midnight, when a series of explosions sent an ash column five kilometres into the sky. The agency said lava was flowing down the southern flank toward two farming villages.",
      "\"The mountain is very unstable right now, and we cannot rule out a larger eruption,\" said the agency's head, Dr. Rina Santoso. \"Anyone within eight kilometres of the crater must leave.\"",
      "Santoso said the number of small earthquakes beneath the volcano had tripled in the past week. She said sensors showed that the ground on the northern side had swelled by several centimetres, a sign that magma was rising.",
      "Regional governor Budi Hartono said buses and army trucks had been sent to move residents to schools and sports halls in the provincial capital. Hartono said about 3,000 people had refused to leave because they feared for their livestock. He said soldiers would go back for them on Thursday.",
      "“We understand that these animals are their whole life,” Hartono told local television. “But a cow can be replaced. A child cannot.”",
      "One farmer who refused to go, Made Wirawan, said he had lived through the last eruption as a boy. \"My father stayed, and we were fine,\" he said. \"I will leave when I see the lava with my own eyes.\"",
      "The country's aviation authority closed the regional airport and said ash could reach flight paths to the north. It said at least 40 flights had been cancelled and that the airport would stay closed until at least Friday.",
      "According to the disaster management agency, about 800 houses had been damaged by falling ash and rocks. The agency said no deaths had been reported, but that two people had been treated for burns.",
      "The health ministry urged people in nearby towns to wear masks. A ministry spokesman, Agus Pratama, said ash could cause breathing problems, especially for children and the elderly. He said the ministry had handed out 200,000 masks since Tuesday.",
      "Local residents described a night of terror. Wayan Sudarsa, a shopkeeper in the village of Tegal, said the explosions sounded like thunder that would not stop. “The sky turned red, and then the stones started falling on the roofs,” he said.",
      "Santoso said her team would keep watch around the clock. She said it was too early to tell how long the eruption might last, adding that the last one, in 1994, had continued for nearly four months.",
    ],
    every: [
      ["the evacuation of nearly 12,000 people from villages on the slopes of Mount Keral","Authorities","ordered","indirect","stance"],
      ["lava was flowing down the southern flank toward two farming villages","The agency","said","indirect","speech"],
      ["The mountain is very unstable right now, and we cannot rule out a larger eruption, Anyone within eight kilometres of the crater must leave.","Rina Santoso","said","direct","speech"],
      ["the number of small earthquakes beneath the volcano had tripled in the past week","Rina Santoso","said","indirect","speech"],
      ["sensors showed that the ground on the northern side had swelled by several centimetres","Rina Santoso","said","indirect","speech"],
      ["buses and army trucks had been sent to move residents to schools and sports halls in the provincial capital","Budi Hartono","said","indirect","speech"],
      ["about 3,000 people had refused to leave because they feared for their livestock","Budi Hartono","said","indirect","speech"],
      ["soldiers would go back for them on Thursday","Budi Hartono","said","indirect","speech"],
      ["We understand that these animals are their whole life, But a cow can be replaced. A child cannot.","Budi Hartono","told","direct","speech"],
      ["to go","One farmer","refused","indirect","stance"],
      ["he had lived through the last eruption as a boy",null,"said","indirect","speech"],
      ["My father stayed, and we were fine, I will leave when I see the lava with my own eyes.","Made Wirawan","said","direct","speech"],
      ["ash could reach flight paths to the north","The country's aviation authority","said","indirect","speech"],
      ["at least 40 flights had been cancelled and that the airport would stay closed until at least Friday","The country's aviation authority","said","indirect","speech"],
      ["about 800 houses had been damaged by falling ash and rocks","the disaster management agency","According to","indirect","source"],
      ["no deaths had been reported, but that two people had been treated for burns","The agency","said","indirect","speech"],
      ["people in nearby towns to wear masks","The health ministry","urged","indirect","speech"],
      ["ash could cause breathing problems, especially for children and the elderly","Agus Pratama","said","indirect","speech"],
      ["the ministry had handed out 200,000 masks since Tuesday","Agus Pratama","said","indirect","speech"],
      ["a night of terror","Local residents","described","indirect","speech"],
      ["the explosions sounded like thunder that would not stop","Wayan Sudarsa","said","indirect","speech"],
      ["The sky turned red, and then the stones started falling on the roofs,","Wayan Sudarsa","said","direct","speech"],
      ["her team would keep watch around the clock","Rina Santoso","said","indirect","speech"],
      ["it was too early to tell how long the eruption might last","Rina Santoso","said","indirect","speech"],
      ["the last one, in 1994, had continued for nearly four months","Rina Santoso","adding","indirect","speech"],
    ],
    notByDefault: [
      ["the evacuation of nearly 12,000 people from villages on the slopes of Mount Keral","Authorities","ordered","indirect","stance"],
      ["to go","One farmer","refused","indirect","stance"],
    ],
    onlyByDefault: [],
  },
];

describeArticles('fix66', ARTICLES);

/** Short shapes of the fixes: [text, rows of parts, speaker name, mention, cue, rule, kind]. */
const SHAPES: [string, ShapeRow[]][] = [
  // a place, zoo, museum or energy company's name is a body's: "it" stands for it
  ["The Red Cross said it had flown in blankets. It said the need was great.", [
    [["it had flown in blankets"],"Red Cross","The Red Cross","said","reported/cue-clause","indirect"],
    [["the need was great"],"Red Cross","It","said","reported/cue-clause","indirect"],
  ]],
  ["The Harbour Zoo said the gate was shut. It said no one was hurt.", [
    [["the gate was shut"],"Harbour Zoo","The Harbour Zoo","said","reported/cue-clause","indirect"],
    [["no one was hurt"],"Harbour Zoo","It","said","reported/cue-clause","indirect"],
  ]],
  ["The city museum said the painting was safe. It said the alarm had worked.", [
    [["the painting was safe"],"The city museum","The city museum","said","reported/cue-clause","indirect"],
    [["the alarm had worked"],"The city museum","It","said","reported/cue-clause","indirect"],
  ]],
  ["Dunmore Energy said the pipe had burst. It said repairs would take a week.", [
    [["the pipe had burst"],"Dunmore Energy","Dunmore Energy","said","reported/cue-clause","indirect"],
    [["repairs would take a week"],"Dunmore Energy","It","said","reported/cue-clause","indirect"],
  ]],
  // (a first name before "Cross" makes a person's name)
  ["Ann Cross said the gate was shut. She said no one was hurt.", [
    [["the gate was shut"],"Ann Cross","Ann Cross","said","reported/cue-clause","indirect"],
    [["no one was hurt"],"Ann Cross","She","said","reported/cue-clause","indirect"],
  ]],
  // (a title word before a name is no body: "Energy Secretary")
  ["Energy Secretary Tom Reyes said prices would fall.", [
    [["prices would fall"],"Tom Reyes","Energy Secretary Tom Reyes","said","reported/cue-clause","indirect"],
  ]],
  // a capitalised "-ing" word opening its sentence before "said" is a surname
  ["Dunning said the valves had leaked. He said repairs were late.", [
    [["the valves had leaked"],"Dunning","Dunning","said","reported/cue-clause","indirect"],
    [["repairs were late"],"Dunning","He","said","reported/cue-clause","indirect"],
  ]],
  ["Manning told reporters the deal was done.", [
    [["the deal was done"],"Manning","Manning","told","reported/cue-clause","indirect"],
  ]],
  // (after a first name it already was one)
  ["Ray Manning said the deal was done.", [
    [["the deal was done"],"Ray Manning","Ray Manning","said","reported/cue-clause","indirect"],
  ]],
  // (a participle before another verb stays one; nothing is reported)
  ["Speaking slowly, the mayor left.", []],
  // lower-case adjectives before a place's name after a preposition: the description speaks, and its appositive name
  ["Voters in northern Ohio said taxes were too high.", [
    [["taxes were too high"],"Voters in northern Ohio","Voters in northern Ohio","said","reported/cue-clause","indirect"],
  ]],
  ["A farmer from rural Iowa said the rain had come too late.", [
    [["the rain had come too late"],"A farmer from rural Iowa","A farmer from rural Iowa","said","reported/cue-clause","indirect"],
  ]],
  ["The mayor of nearby Castel Verde, Lia Monti, said aid was late. She said the roads were closed.", [
    [["aid was late"],"Lia Monti","The mayor of nearby Castel Verde, Lia Monti","said","reported/cue-clause","indirect"],
    [["the roads were closed"],"Lia Monti","She","said","reported/cue-clause","indirect"],
  ]],
  // (a person's title or first name after the adjective: the person, as before)
  ["Tom Hale won the backing of former Sen. Mara Voss, who told reporters the race was close.", [
    [["the race was close"],"Mara Voss","who","told","reported/cue-clause","indirect"],
  ]],
  // "further" before an adjective and its noun opens the clause, as "further talks" does
  ["She said further strong aftershocks were possible.", [
    [["further strong aftershocks were possible"],"She","She","said","reported/cue-clause","indirect"],
  ]],
  ["He said further talks were planned.", [
    [["further talks were planned"],"He","He","said","reported/cue-clause","indirect"],
  ]],
  // (before a verb it stays an adverb of the content)
  ["The delay further damaged public trust, she said.", [
    [["The delay further damaged public trust"],"she","she","said","reported/content-speaker-cue","indirect"],
  ]],
];

describe('fix66: shapes', () => {
  test.each(SHAPES)('%s', (text, expected) => {
    expect(shapeRows(text)).toEqual(expected);
  });
});
