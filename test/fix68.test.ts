/**
 * Whole invented news articles for helper fix68, on topics no other table
 * covers (a measles outbreak, tech company layoffs, a French pension protest
 * with translated quotes in guillemets, a space launch delay, a mining
 * accident rescue), read with every category on and with default options, in
 * the style of wire copy: titles and appositives ("The county's chief medical
 * officer, Dr. Helen Barros,"), pronouns across paragraphs with two people of
 * the same gender, bodies as speakers ("Brightline said", "It said",
 * "the ministry said"), "according to", interrupted quotes, follow-on
 * quotation paragraphs, curly and straight marks, mixed quotes. Rows are the
 * exact output: [content, speaker name, cue, kind, category]. Sentences and
 * names are invented.
 *
 * Fixed by fix68 (rows in SHAPES below): "Brightline said ... It said" after
 * "Software maker Brightline Systems": "systems" names a body, so "It" is
 * Brightline Systems (it stayed "It"); "The rocket's manufacturer, Arianespace,
 * said ... It said": a business's noun after "the ...'s" in apposition makes
 * the name an organisation's, so "It" is Arianespace (it went to the
 * European Space Agency, which spoke paragraphs before); "Kessler Gold said
 * ... It said": a name of two or three capitalised words with no first name,
 * the subject that spoke in the sentence before, stands for "It" as a bare
 * one-word name did (it stayed "It"); "According to the Ghana Mineworkers'
 * Union": a plural's possessive apostrophe is no quotation mark ending the
 * source (it was "the Ghana Mineworkers").
 *
 * "... taken to a hospital in Tamale. It said": a name after a preposition
 * in the sentence before is passed over for the subject before it (the
 * unknown place "Tamale" stopped the search).
 *
 * "The school district said ... It said": "It" is the school district
 * (fix70: "district" after "school" names a body; it was left unresolved, and
 * before it49 went to "the department" that spoke earlier).
 *
 * Left as they are: the English translations
 * after « » ("which translates as \"...\"", "meaning \"...\"") are direct
 * quotes with no cue; "objected to what she called \"pressure tactics\""
 * keeps "what" in the content; "A new launch date is expected to be
 * announced" is an impersonal thought (every category only); "Kwame Asante
 * said ... It said" would make Asante a body (an unknown first name).
 */
import { describe, expect, test } from 'vitest';
import { describeArticles, type Article, shapeRows, type ShapeRow } from './support/article-rows.js';

const ARTICLES: Article[] = [
  {
    topic: "a measles outbreak",
    paragraphs: [
      "Health officials in Marrow County confirmed 14 new cases of measles on Tuesday, bringing the total in the outbreak to 61, the state health department said.",
      "Most of the patients are children under the age of 10 who had not been vaccinated, according to the department. Nine have been admitted to hospital, and two remain in intensive care.",
      "The county's chief medical officer, Dr. Helen Barros, said the virus was spreading faster than in any outbreak she had seen in 20 years. \"Measles is one of the most contagious diseases we know,\" Barros said. \"One sick child in a waiting room can infect almost everyone who is not protected.\"",
      "She said vaccination rates at several primary schools in the county had fallen below 80 percent, far short of the 95 percent needed to stop the virus from spreading.",
      "The department said it would open three walk-in vaccination clinics this week. It said parents did not need an appointment or insurance to bring their children.",
      "Not everyone welcomed the push. Linda Carver, who runs a parents' group that has campaigned against school vaccine mandates, said families should be free to make their own medical decisions. Carver said her group did not oppose vaccines as such but objected to what she called \"pressure tactics\" by the schools.",
      "Barros rejected that view. \"This is not about pressure,\" she said. \"It is about keeping babies who are too young to be vaccinated out of the hospital.\"",
      "Hospital staff described crowded wards. A paediatric nurse at St. Anne's Hospital, Maria Quinlan, told reporters that her unit had run out of isolation rooms on Sunday night and had to move patients to a converted storage area.",
      "“We have nurses working double shifts,” Quinlan said. “Some of them have not had a day off in two weeks.”",
      "She said the hardest part was talking to parents who had not realised how serious the disease could be.",
      "State epidemiologist Dr. Robert Feeney warned that the outbreak could last until the spring. He said the number of cases was likely to be higher than reported because many families with mild symptoms had not seen a doctor.",
      "\"We are asking anyone with a fever and a rash to call ahead before going to a clinic,\" Feeney said, \"so that they do not expose other patients in the waiting room.\"",
      "Feeney said the health department was tracing contacts at two churches, a swimming pool and a shopping centre where infected people had spent time while contagious.",
      "The school district said in a statement that unvaccinated pupils at the affected schools would be asked to stay home for 21 days. It said lessons would be posted online.",
      "Barros said she hoped the outbreak would serve as a warning. \"We got complacent,\" she said. \"We forgot what this disease can do.\"",
    ],
    every: [
      ["Health officials in Marrow County confirmed 14 new cases of measles on Tuesday, bringing the total in the outbreak to 61","the state health department","said","indirect","speech"],
      ["Most of the patients are children under the age of 10 who had not been vaccinated","the department","according to","indirect","source"],
      ["the virus was spreading faster than in any outbreak she had seen in 20 years","Helen Barros","said","indirect","speech"],
      ["Measles is one of the most contagious diseases we know, One sick child in a waiting room can infect almost everyone who is not protected.","Helen Barros","said","direct","speech"],
      ["vaccination rates at several primary schools in the county had fallen below 80 percent, far short of the 95 percent needed to stop the virus from spreading","Helen Barros","said","indirect","speech"],
      ["it would open three walk-in vaccination clinics this week","the department","said","indirect","speech"],
      ["parents did not need an appointment or insurance to bring their children","the department","said","indirect","speech"],
      ["families should be free to make their own medical decisions","Linda Carver","said","indirect","speech"],
      ["her group did not oppose vaccines as such","Linda Carver","said","indirect","speech"],
      ["what \"pressure tactics\" by the schools","Linda Carver","called","mixed","speech"],
      ["This is not about pressure, It is about keeping babies who are too young to be vaccinated out of the hospital.","Helen Barros","said","direct","speech"],
      ["crowded wards","Hospital staff","described","indirect","speech"],
      ["her unit had run out of isolation rooms on Sunday night and had to move patients to a converted storage area","Maria Quinlan","told","indirect","speech"],
      ["We have nurses working double shifts, Some of them have not had a day off in two weeks.","Maria Quinlan","said","direct","speech"],
      ["the hardest part was talking to parents who had not realised how serious the disease could be","Maria Quinlan","said","indirect","speech"],
      ["the outbreak could last until the spring","Robert Feeney","warned","indirect","speech"],
      ["the number of cases was likely to be higher than reported because many families with mild symptoms had not seen a doctor","Robert Feeney","said","indirect","speech"],
      ["We are asking anyone with a fever and a rash to call ahead before going to a clinic, so that they do not expose other patients in the waiting room.","Robert Feeney","said","direct","speech"],
      ["the health department was tracing contacts at two churches, a swimming pool and a shopping centre where infected people had spent time while contagious","Robert Feeney","said","indirect","speech"],
      ["unvaccinated pupils at the affected schools would be asked to stay home for 21 days","The school district","said","indirect","speech"],
      ["lessons would be posted online","The school district","said","indirect","speech"],
      ["she hoped the outbreak would serve as a warning","Helen Barros","said","indirect","speech"],
      ["We got complacent, We forgot what this disease can do.","Helen Barros","said","direct","speech"],
    ],
    notByDefault: [],
    onlyByDefault: [],
  },
  {
    topic: "tech company layoffs",
    paragraphs: [
      "Software maker Brightline Systems said on Wednesday it would cut about 1,800 jobs, or 12 percent of its workforce, as it shifts spending toward artificial intelligence products.",
      "The company's chief executive, Sandra Kowalski, told employees in an email that the decision was \"the hardest I have made as a leader\" and that the cuts would fall mostly on its sales and recruiting teams.",
      "\"We grew too fast during the pandemic, and we made hiring decisions that no longer match where the business is going,\" Kowalski wrote. \"I take full responsibility for that.\"",
      "Brightline said affected workers in the United States would receive 16 weeks of severance pay plus two weeks for every year of service. It said they would also keep their health insurance until the end of March.",
      "Shares of the company rose 4 percent in early trading after the announcement.",
      "Analysts said the move followed a pattern seen across the industry. Mark Delaney, an analyst at Fenwick Securities, said investors had been pushing large software companies to cut costs for more than a year.",
      "\"Every board in this sector is being asked the same question: why do you need this many people?\" Delaney said. He said he expected more companies to announce cuts before the end of the quarter.",
      "The layoffs come three months after Brightline reported record revenue. According to its most recent annual report, the company employed about 15,000 people at the end of last year, up from 9,000 in 2020.",
      "Some employees learned they had lost their jobs when their laptops stopped working. A former sales manager, James Okoro, said he had been locked out of his account at 6 a.m. before he had received any message from the company.",
      "“I found out from a login screen,” Okoro said. “Eight years, and that was the goodbye.”",
      "He said several colleagues on his team had joined the company only weeks earlier after moving their families across the country.",
      "A Brightline spokesman, Peter Lang, said the company had cut access to systems early to protect customer data, a step he described as standard practice. Lang said managers would call each affected worker by the end of the week.",
      "The cuts drew criticism from a group of workers who have been trying to form a union at the company's Austin office. Its organiser, Tess Moreno, said the layoffs showed why employees needed a say in how the company was run.",
      "\"They tell us we are a family until the spreadsheet says otherwise,\" Moreno said.",
      "Kowalski said in her email that the company would keep hiring engineers for its AI division, which she said was \"the future of Brightline.\"",
      "\"This is not a retreat,\" she wrote. \"It is a bet on where our customers are going.\"",
      "Brightline will report its quarterly results on Feb. 12.",
    ],
    every: [
      ["it would cut about 1,800 jobs, or 12 percent of its workforce, as it shifts spending toward artificial intelligence products","Brightline Systems","said","indirect","speech"],
      ["the decision was \"the hardest I have made as a leader\" and that the cuts would fall mostly on its sales and recruiting teams","Sandra Kowalski","told","mixed","speech"],
      ["We grew too fast during the pandemic, and we made hiring decisions that no longer match where the business is going, I take full responsibility for that.","Sandra Kowalski","wrote","direct","writing"],
      ["affected workers in the United States would receive 16 weeks of severance pay plus two weeks for every year of service","Brightline","said","indirect","speech"],
      ["they would also keep their health insurance until the end of March","Brightline Systems","said","indirect","speech"],
      ["the move followed a pattern seen across the industry","Analysts","said","indirect","speech"],
      ["investors had been pushing large software companies to cut costs for more than a year","Mark Delaney","said","indirect","speech"],
      ["Every board in this sector is being asked the same question: why do you need this many people?","Mark Delaney","said","direct","speech"],
      ["he expected more companies to announce cuts before the end of the quarter","Mark Delaney","said","indirect","speech"],
      ["the company employed about 15,000 people at the end of last year, up from 9,000 in 2020","its most recent annual report","According to","indirect","source"],
      ["they had lost their jobs when their laptops stopped working","Some employees","learned","indirect","thought"],
      ["he had been locked out of his account at 6 a.m. before he had received any message from the company","James Okoro","said","indirect","speech"],
      ["I found out from a login screen, Eight years, and that was the goodbye.","James Okoro","said","direct","speech"],
      ["several colleagues on his team had joined the company only weeks earlier after moving their families across the country","James Okoro","said","indirect","speech"],
      ["the company had cut access to systems early to protect customer data","Peter Lang","said","indirect","speech"],
      ["managers would call each affected worker by the end of the week","Peter Lang","said","indirect","speech"],
      ["the layoffs showed why employees needed a say in how the company was run","Tess Moreno","said","indirect","speech"],
      ["They tell us we are a family until the spreadsheet says otherwise,","Tess Moreno","said","direct","speech"],
      ["the company would keep hiring engineers for its AI division","Sandra Kowalski","said","indirect","speech"],
      ["which was \"the future of Brightline.\"","Sandra Kowalski","said","mixed","speech"],
      ["This is not a retreat, It is a bet on where our customers are going.","Sandra Kowalski","wrote","direct","writing"],
    ],
    notByDefault: [
      ["they had lost their jobs when their laptops stopped working","Some employees","learned","indirect","thought"],
    ],
    onlyByDefault: [],
  },
  {
    topic: "a French pension protest",
    paragraphs: [
      "Hundreds of thousands of people marched through Paris and other French cities on Thursday against a government plan to raise the retirement age from 64 to 66, the interior ministry said.",
      "The ministry said 780,000 people had taken part nationwide, including 95,000 in Paris. The unions put the figure at more than two million.",
      "Trains, schools and refineries were disrupted by strikes. The national rail operator SNCF said only one high-speed train in three was running. It said it expected similar disruption on Friday.",
      "Sophie Marchand, the head of the CGT union, told the crowd at the Place de la République that the government had ignored workers for months. « Nous ne lâcherons rien », she said, which translates as \"We will not give an inch.\"",
      "Marchand said the unions would meet on Friday evening to decide whether to call a rolling strike. She said the plan would hit manual workers hardest because they started their careers earlier and had shorter lives.",
      "Prime Minister Étienne Duval defended the reform in an interview on France 2 television. He said the pension system would run a deficit of 15 billion euros a year by 2030 if nothing changed.",
      "« Je comprends la colère, mais je ne peux pas mentir aux Français », Duval said, meaning \"I understand the anger, but I cannot lie to the French people.\"",
      "He said the government was ready to discuss measures for people in physically demanding jobs but would not withdraw the bill.",
      "Among the marchers was Claire Fontaine, a 58-year-old nurse from Lyon, who said she could not imagine working on a hospital ward until 66.",
      "\"My back is already gone,\" Fontaine said. \"They want us to lift patients at 65? They have never done a night shift.\"",
      "Her husband, Luc Fontaine, a bus driver, said he had joined every march since January. \"We are not asking for a gift,\" he said. \"We are asking them to keep their promise.\"",
      "Police said 112 people had been arrested in Paris after clashes near the end of the march, when a small group threw bottles and set fire to rubbish bins. According to the Paris police prefecture, 24 officers were slightly injured.",
      "Interior Minister Gérard Lemaire condemned the violence. \"Nothing justifies attacking the police,\" he told reporters. Lemaire said the vast majority of marchers had been peaceful.",
      "Opposition leader Nadia Benali called on the government to put the reform to a vote in the National Assembly instead of using a constitutional procedure to pass it without one. She said Duval was \"afraid of democracy.\"",
      "Duval rejected the charge. He said the government had used a procedure that every recent government had used.",
      "Polls show about two-thirds of French voters oppose the reform. A survey by the Ifop institute published on Sunday found that 68 percent of respondents wanted the bill withdrawn.",
      "The unions have called another day of protests for next Tuesday.",
    ],
    every: [
      ["Hundreds of thousands of people marched through Paris and other French cities on Thursday against a government plan to raise the retirement age from 64 to 66","the interior ministry","said","indirect","speech"],
      ["780,000 people had taken part nationwide, including 95,000 in Paris","The ministry","said","indirect","speech"],
      ["only one high-speed train in three was running","SNCF","said","indirect","speech"],
      ["it expected similar disruption on Friday","SNCF","said","indirect","speech"],
      ["the government had ignored workers for months","Sophie Marchand","told","indirect","speech"],
      ["Nous ne lâcherons rien","Sophie Marchand","said","direct","speech"],
      ["We will not give an inch.","Sophie Marchand",null,"direct",null],
      ["the unions would meet on Friday evening to decide whether to call a rolling strike","Sophie Marchand","said","indirect","speech"],
      ["the plan would hit manual workers hardest because they started their careers earlier and had shorter lives","Sophie Marchand","said","indirect","speech"],
      ["the reform","Étienne Duval","defended","indirect","stance"],
      ["the pension system would run a deficit of 15 billion euros a year by 2030 if nothing changed","Étienne Duval","said","indirect","speech"],
      ["Je comprends la colère, mais je ne peux pas mentir aux Français","Étienne Duval","said","direct","speech"],
      ["I understand the anger, but I cannot lie to the French people.","Étienne Duval",null,"direct",null],
      ["the government was ready to discuss measures for people in physically demanding jobs but would not withdraw the bill","Étienne Duval","said","indirect","speech"],
      ["she could not imagine working on a hospital ward until 66","Claire Fontaine","said","indirect","speech"],
      ["My back is already gone, They want us to lift patients at 65? They have never done a night shift.","Claire Fontaine","said","direct","speech"],
      ["he had joined every march since January","Luc Fontaine","said","indirect","speech"],
      ["We are not asking for a gift, We are asking them to keep their promise.","Luc Fontaine","said","direct","speech"],
      ["112 people had been arrested in Paris after clashes near the end of the march, when a small group threw bottles and set fire to rubbish bins","Police","said","indirect","speech"],
      ["24 officers were slightly injured","the Paris police prefecture","According to","indirect","source"],
      ["the violence","Gérard Lemaire","condemned","indirect","speech"],
      ["Nothing justifies attacking the police,","Gérard Lemaire","told","direct","speech"],
      ["the vast majority of marchers had been peaceful","Gérard Lemaire","said","indirect","speech"],
      ["the government to put the reform to a vote in the National Assembly instead of using a constitutional procedure to pass it without one","Nadia Benali","called on","indirect","speech"],
      ["Duval was \"afraid of democracy.\"","Nadia Benali","said","mixed","speech"],
      ["the charge","Étienne Duval","rejected","indirect","stance"],
      ["the government had used a procedure that every recent government had used","Étienne Duval","said","indirect","speech"],
      ["two-thirds of French voters oppose the reform","Polls","show","indirect","evidence"],
      ["68 percent of respondents wanted the bill withdrawn","A survey by the Ifop institute published on Sunday","found","indirect","evidence"],
    ],
    notByDefault: [
      ["the reform","Étienne Duval","defended","indirect","stance"],
      ["the charge","Étienne Duval","rejected","indirect","stance"],
      ["two-thirds of French voters oppose the reform","Polls","show","indirect","evidence"],
      ["68 percent of respondents wanted the bill withdrawn","A survey by the Ifop institute published on Sunday","found","indirect","evidence"],
    ],
    onlyByDefault: [],
  },
  {
    topic: "a space launch delay",
    paragraphs: [
      "The launch of a rocket carrying a new European weather satellite was postponed for at least two weeks on Monday after engineers found a fault in a valve on its upper stage, the European Space Agency said.",
      "The agency said the rocket, which had been due to lift off from Kourou in French Guiana on Tuesday night, would be moved back to its assembly building for inspection. It said the satellite itself was not affected.",
      "\"We would rather be late than lose a satellite that took ten years to build,\" the agency's director of launchers, Pieter Vos, told reporters. \"The valve is a small part, but on a rocket there is no such thing as a small part.\"",
      "Vos said the fault had been spotted during a routine pressure test on Sunday. He said the team did not yet know whether the valve needed to be replaced or only adjusted.",
      "The satellite, built by Astral Orbital Systems, is designed to give forecasters more accurate readings of temperature and humidity across Europe and Africa. According to the agency, it will improve forecasts of storms up to three days ahead.",
      "The delay is the third for the mission this year. A launch in June was called off because of a software problem, and a second attempt in September was cancelled when high winds swept the launch site.",
      "Astral Orbital's chief executive, Karin Lindqvist, said the company was disappointed but fully supported the decision. \"Our engineers have waited a long time for this,\" Lindqvist said. \"A few more weeks will not change that.\"",
      "She said the satellite would stay in its protective container in a clean room until the new date was set.",
      "The rocket's manufacturer, Arianespace, said in a statement that it was working with the agency to find the cause of the fault. It said the same valve design had flown on 14 previous missions without a problem.",
      "Some scientists said the repeated delays were costly. Dr. Amara Nwosu, a meteorologist at the University of Reading, said forecasters had been relying on an older satellite that was already five years past its planned lifespan.",
      "“Every month we wait is a month we are flying on borrowed time,” Nwosu said. “If the old satellite fails before the new one is up, we will have a gap in our data.”",
      "She said such a gap could make forecasts of severe weather less reliable, particularly over the Atlantic.",
      "Vos said the agency had a plan to cover any gap using data from American and Japanese satellites. He said he was confident the launch would take place before the end of the year.",
      "\"I will not promise a date today,\" he said. \"I will promise that when we go, we will be ready.\"",
      "A new launch date is expected to be announced next week.",
    ],
    every: [
      ["The launch of a rocket carrying a new European weather satellite was postponed for at least two weeks on Monday after engineers found a fault in a valve on its upper stage","European Space Agency","said","indirect","speech"],
      ["the rocket, which had been due to lift off from Kourou in French Guiana on Tuesday night, would be moved back to its assembly building for inspection","European Space Agency","said","indirect","speech"],
      ["the satellite itself was not affected","European Space Agency","said","indirect","speech"],
      ["We would rather be late than lose a satellite that took ten years to build, The valve is a small part, but on a rocket there is no such thing as a small part.","Pieter Vos","told","direct","speech"],
      ["the fault had been spotted during a routine pressure test on Sunday","Pieter Vos","said","indirect","speech"],
      ["the team did not yet know whether the valve needed to be replaced or only adjusted","Pieter Vos","said","indirect","speech"],
      ["it will improve forecasts of storms up to three days ahead","European Space Agency","According to","indirect","source"],
      ["the company was disappointed but fully supported the decision","Karin Lindqvist","said","indirect","speech"],
      ["Our engineers have waited a long time for this, A few more weeks will not change that.","Karin Lindqvist","said","direct","speech"],
      ["the satellite would stay in its protective container in a clean room until the new date was set","Karin Lindqvist","said","indirect","speech"],
      ["it was working with the agency to find the cause of the fault","Arianespace","said","indirect","speech"],
      ["the same valve design had flown on 14 previous missions without a problem","Arianespace","said","indirect","speech"],
      ["the repeated delays were costly","Some scientists","said","indirect","speech"],
      ["forecasters had been relying on an older satellite that was already five years past its planned lifespan","Amara Nwosu","said","indirect","speech"],
      ["Every month we wait is a month we are flying on borrowed time, If the old satellite fails before the new one is up, we will have a gap in our data.","Amara Nwosu","said","direct","speech"],
      ["such a gap could make forecasts of severe weather less reliable, particularly over the Atlantic","Amara Nwosu","said","indirect","speech"],
      ["the agency had a plan to cover any gap using data from American and Japanese satellites","Pieter Vos","said","indirect","speech"],
      ["he was confident the launch would take place before the end of the year","Pieter Vos","said","indirect","speech"],
      ["I will not promise a date today, I will promise that when we go, we will be ready.","Pieter Vos","said","direct","speech"],
      ["A new launch date to be announced next week",null,"is expected","indirect","thought"],
    ],
    notByDefault: [
      ["A new launch date to be announced next week",null,"is expected","indirect","thought"],
    ],
    onlyByDefault: [],
  },
  {
    topic: "a mining accident rescue",
    paragraphs: [
      "Rescuers on Saturday pulled the last of 22 miners from a collapsed gold mine in northern Ghana after they had spent four days trapped nearly 300 metres underground, the mine's operator said.",
      "Kessler Gold said all of the miners were alive and had been taken to a hospital in Tamale for checks. It said three of them had broken bones and one was being treated for dehydration.",
      "The men were trapped on Tuesday when part of a tunnel gave way during a shift change. Rescue teams drilled a narrow shaft to reach them and lowered food, water and a telephone line while a larger tunnel was cut through the rock.",
      "\"When we heard their voices on the phone, every man up here cried,\" said the head of the rescue team, Kwame Asante. \"We knew then that we would bring them home.\"",
      "Asante said the final stage had been the most dangerous because the rock around the new tunnel was unstable. He said his team had worked in shifts of four hours to avoid exhaustion.",
      "One of the rescued miners, Ibrahim Mensah, said the men had kept their spirits up by singing and praying. \"We shared everything, even the last biscuit,\" he told local radio from his hospital bed. \"Nobody gave up.\"",
      "Mensah said the men had rationed the water from their bottles during the first day, before the rescuers reached them. He said the youngest miner, a 19-year-old, had been the most frightened.",
      "Families who had waited at the mine entrance for four days cheered as each man was brought to the surface. Abena Owusu, whose son was among the trapped miners, said she had not slept since Tuesday.",
      "“I prayed every hour,” Owusu said. “God has given my son back to me.”",
      "The country's minister of lands and natural resources, Samuel Adjei, visited the site on Saturday and thanked the rescuers. He said the government would open an investigation into the cause of the collapse.",
      "\"If anyone cut corners, they will answer for it,\" Adjei said.",
      "The mine's general manager, Thomas Reinholt, said the company had followed all safety rules and that the tunnel had been inspected last month. Reinholt said the company would pay the miners' wages while they recovered.",
      "A union representing mine workers said the collapse showed the need for tougher inspections. According to the Ghana Mineworkers' Union, there have been at least five serious accidents at the country's gold mines this year.",
      "The union's general secretary, Joseph Boateng, said inspectors were too few to visit every mine regularly. Boateng said the union had written to the ministry twice this year to ask for more staff.",
      "\"We are glad these men are alive,\" he said. \"But we should not need a miracle to keep miners safe.\"",
      "Kessler Gold said production at the mine would remain suspended until the investigation was complete.",
    ],
    every: [
      ["Rescuers on Saturday pulled the last of 22 miners from a collapsed gold mine in northern Ghana after they had spent four days trapped nearly 300 metres underground","the mine's operator","said","indirect","speech"],
      ["all of the miners were alive and had been taken to a hospital in Tamale for checks","Kessler Gold","said","indirect","speech"],
      ["three of them had broken bones and one was being treated for dehydration","Kessler Gold","said","indirect","speech"],
      ["When we heard their voices on the phone, every man up here cried, We knew then that we would bring them home.","Kwame Asante","said","direct","speech"],
      ["the final stage had been the most dangerous because the rock around the new tunnel was unstable","Kwame Asante","said","indirect","speech"],
      ["his team had worked in shifts of four hours to avoid exhaustion","Kwame Asante","said","indirect","speech"],
      ["the men had kept their spirits up by singing and praying","Ibrahim Mensah","said","indirect","speech"],
      ["We shared everything, even the last biscuit, Nobody gave up.","Ibrahim Mensah","told","direct","speech"],
      ["the men had rationed the water from their bottles during the first day, before the rescuers reached them","Ibrahim Mensah","said","indirect","speech"],
      ["the youngest miner, a 19-year-old, had been the most frightened","Ibrahim Mensah","said","indirect","speech"],
      ["she had not slept since Tuesday","Abena Owusu","said","indirect","speech"],
      ["I prayed every hour, God has given my son back to me.","Abena Owusu","said","direct","speech"],
      ["the government would open an investigation into the cause of the collapse","Samuel Adjei","said","indirect","speech"],
      ["If anyone cut corners, they will answer for it,","Samuel Adjei","said","direct","speech"],
      ["the company had followed all safety rules and that the tunnel had been inspected last month","Thomas Reinholt","said","indirect","speech"],
      ["the company would pay the miners' wages while they recovered","Thomas Reinholt","said","indirect","speech"],
      ["the collapse showed the need for tougher inspections","A union representing mine workers","said","indirect","speech"],
      ["there have been at least five serious accidents at the country's gold mines this year","the Ghana Mineworkers' Union","According to","indirect","source"],
      ["inspectors were too few to visit every mine regularly","Joseph Boateng","said","indirect","speech"],
      ["the union had written to the ministry twice this year to ask for more staff","Joseph Boateng","said","indirect","speech"],
      ["We are glad these men are alive, But we should not need a miracle to keep miners safe.","Joseph Boateng","said","direct","speech"],
      ["production at the mine would remain suspended until the investigation was complete","Kessler Gold","said","indirect","speech"],
    ],
    notByDefault: [],
    onlyByDefault: [],
  },
];

describeArticles('fix68', ARTICLES);

/** Short shapes of fix68's fixes, with default options: [parts, speaker name, mention, cue, rule, kind]. */
const SHAPES: [string, ShapeRow[]][] = [
  // a name of two or three capitalised words with no first name that spoke: "It" stands for it
  ["Kessler Gold said the miners were safe. It said three were hurt.", [
    [["the miners were safe"],"Kessler Gold","Kessler Gold","said","reported/cue-clause","indirect"],
    [["three were hurt"],"Kessler Gold","It","said","reported/cue-clause","indirect"],
  ]],
  ["Harrow Blue Mining said output fell. It said prices were low.", [
    [["output fell"],"Harrow Blue Mining","Harrow Blue Mining","said","reported/cue-clause","indirect"],
    [["prices were low"],"Harrow Blue Mining","It","said","reported/cue-clause","indirect"],
  ]],
  // (a first name opens a person's name: "It" stays)
  // (a name after a preposition in the sentence before is passed over for the subject before it)
  ["Kessler Gold said the miners were taken to a hospital in Tamale. It said three were hurt.", [
    [["the miners were taken to a hospital in Tamale"],"Kessler Gold","Kessler Gold","said","reported/cue-clause","indirect"],
    [["three were hurt"],"Kessler Gold","It","said","reported/cue-clause","indirect"],
  ]],
  ["Brightline said it would sue Orvane. It said the deal was void.", [
    [["it would sue Orvane"],"Brightline","Brightline","said","reported/cue-clause","indirect"],
    [["the deal was void"],"It","It","said","reported/cue-clause","indirect"],
  ]],
  ["Dana Whitlock said the miners were safe. It said three were hurt.", [
    [["the miners were safe"],"Dana Whitlock","Dana Whitlock","said","reported/cue-clause","indirect"],
    [["three were hurt"],"It","It","said","reported/cue-clause","indirect"],
  ]],
  // (a person named between: "It" is the body that spoke before)
  ["The agency said rain was due. Harlan Voss said the roads were shut. It said more rain was due.", [
    [["rain was due"],"The agency","The agency","said","reported/cue-clause","indirect"],
    [["the roads were shut"],"Harlan Voss","Harlan Voss","said","reported/cue-clause","indirect"],
    [["more rain was due"],"The agency","It","said","reported/cue-clause","indirect"],
  ]],
  // "systems" names a body: "It" is Brightline Systems
  ["Software maker Brightline Systems said it would cut jobs. Brightline said pay would continue. It said the cuts were final.", [
    [["it would cut jobs"],"Brightline Systems","Software maker Brightline Systems","said","reported/cue-clause","indirect"],
    [["pay would continue"],"Brightline","Brightline","said","reported/cue-clause","indirect"],
    [["the cuts were final"],"Brightline Systems","It","said","reported/cue-clause","indirect"],
  ]],
  // a business's noun after "the ...'s" in apposition: an organisation, which "It" stands for
  ["The rocket's manufacturer, Arianespace, said the valve was sound. It said tests went well.", [
    [["the valve was sound"],"Arianespace","The rocket's manufacturer, Arianespace","said","reported/cue-clause","indirect"],
    [["tests went well"],"Arianespace","It","said","reported/cue-clause","indirect"],
  ]],
  ["The agency said the launch was off. The rocket's manufacturer, Arianespace, said the valve was sound. It said tests went well.", [
    [["the launch was off"],"The agency","The agency","said","reported/cue-clause","indirect"],
    [["the valve was sound"],"Arianespace","The rocket's manufacturer, Arianespace","said","reported/cue-clause","indirect"],
    [["tests went well"],"Arianespace","It","said","reported/cue-clause","indirect"],
  ]],
  // (after a name's possessive the appositive describes the bank, not the person; nor a person's noun)
  ["Holger Roth of Berenberg, Germany's largest private bank, said rates would rise. He said prices would fall.", [
    [["rates would rise"],"Holger Roth","Holger Roth of Berenberg, Germany's largest private bank","said","reported/cue-clause","indirect"],
    [["prices would fall"],"Holger Roth","He","said","reported/cue-clause","indirect"],
  ]],
  ["The company's founder, Tess Lund, said sales fell. She said costs rose.", [
    [["sales fell"],"Tess Lund","The company's founder, Tess Lund","said","reported/cue-clause","indirect"],
    [["costs rose"],"Tess Lund","She","said","reported/cue-clause","indirect"],
  ]],
  // a plural's possessive apostrophe inside the source of "according to"
  ["According to the Ghana Mineworkers' Union, five men died.", [
    [["five men died"],"the Ghana Mineworkers' Union","the Ghana Mineworkers' Union","According to","reported/according-to-lead","indirect"],
  ]],
  ["Five men died last year, according to the Harbour Dockers’ Union.", [
    [["Five men died last year"],"the Harbour Dockers’ Union","the Harbour Dockers’ Union","according to","reported/according-to-trail","indirect"],
  ]],
  ["According to the nurses' union, wards were full.", [
    [["wards were full"],"the nurses' union","the nurses' union","According to","reported/according-to-lead","indirect"],
  ]],
];

describe('fix68: shapes', () => {
  test.each(SHAPES)('%s', (text, expected) => {
    expect(shapeRows(text)).toEqual(expected);
  });
});
