/**
 * Invented news in styles the other tables cover little (fix91): court reporting, sports, business wire, science
 * news, live blogs with timestamps, obituaries and profiles, letters to the editor, police briefs, parliamentary
 * sketches and reviews; straight, curly, single and guillemet marks; names with particles, hyphens and non-ASCII
 * letters; women and anonymous speakers; pronouns across paragraphs. Each passage was read by hand first and the
 * rows are what a careful reader expects (a cue the library reports by design, such as "praised her defence" or
 * "Asked about his future", is kept as it comes). Two fixes came out of it: a noun after the subject's noun before
 * a word of frequency that ends the clause is a verb ("says the menu changes weekly"), and a cue inside a relative
 * clause after a trailing speaker is the relative's own ("the cyclist, who asked not to be named, told police").
 * What is still wrong is listed as `it.todo`. Invented sentences only.
 */
import { it } from 'vitest';
import { describeNamedTables, named, type NamedCase } from './support/name-rows.js';

/** The two fixes, with what they leave alone. */
const fixes: NamedCase[] = [
  ['fix: a noun in -s before "weekly"', 'The chef says the menu changes weekly.', [
    named(['the menu changes weekly'], 'The chef', 'The chef', 'says', 'reported/cue-clause'),
  ]],
  ['fix: a noun in -s before "each" and its noun', 'The guide says the path floods each spring.', [
    named(['the path floods each spring'], 'The guide', 'The guide', 'says', 'reported/cue-clause'),
  ]],
  ['fix: a base-form noun after a plural before "often"', 'Ms Varga said the prices change often.', [
    named(['the prices change often'], 'Ms Varga', 'Varga', 'said', 'reported/cue-clause'),
  ]],
  ['fix: a cue inside a relative after a trailing speaker', '"It is over," the mayor, who asked not to be named, said.', [
    named(['It is over,'], 'the mayor', 'the mayor', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['fix: a cue inside a relative, the speaker one word', '"We need a new port," Okoye, who has proposed a toll, said on Monday.', [
    named(['We need a new port,'], 'Okoye, who has proposed a toll', 'Okoye', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

/** What the fixes leave as it was. */
const negatives: NamedCase[] = [
  ['keep: an object before "every year" after a cue that takes one', 'He announced the job cuts every year.', [
    named(['the job cuts'], 'He', 'He', 'announced', 'reported/cue-object'),
  ]],
  ['keep: a relative with no comma after it', '"We need a plan," Lee, who chairs the committee said in a statement.', [
    named(['We need a plan,'], 'Lee, who chairs the committee', 'Lee', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['keep: a relative without a cue', '"It is over," the mayor, who was elected in May, said.', [
    named(['It is over,'], 'the mayor', 'the mayor', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

/** Passages that yield no quote. */
const nothing: [string, string][] = [
  ['b6', 'The study, published in Nature on Wednesday, found that bees can count to four.'],
  ['e8', 'Neither the company nor its founder, Elif Şahin, responded to requests for comment.'],
];

/** The passages, one style each. */
const passages: NamedCase[] = [
  ['court1: court', 'Judge Helen Ashdown-Price sentenced Morris to 12 years on Friday. "You showed no remorse," the judge told him. Defence counsel Rory McAllister said his client would appeal.', [
    named(['You showed no remorse,'], 'the judge', 'Helen Ashdown-Price', 'told', 'direct/trailing-speaker-cue', 'direct'),
    named(['his client would appeal'], 'Defence counsel Rory McAllister', 'Rory McAllister', 'said', 'reported/cue-clause'),
  ]],
  ['court2: court', 'Prosecutors argued that the defendant had planned the robbery for weeks. His lawyer, Dana Whitfield, told jurors the evidence was thin.', [
    named(['the defendant had planned the robbery for weeks'], 'Prosecutors', 'Prosecutors', 'argued', 'reported/cue-that'),
    named(['the evidence was thin'], 'His lawyer, Dana Whitfield', 'Dana Whitfield', 'told', 'reported/cue-clause'),
  ]],
  ['court3: court', 'Taking the stand on Tuesday, Karim Haddad testified that he had never met the victim. "I was at work that night," he said.', [
    named(['he had never met the victim'], 'Karim Haddad', 'Karim Haddad', 'testified', 'reported/cue-that'),
    named(['I was at work that night,'], 'he', 'Karim Haddad', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['court4: court', '"The law is clear on this point," Justice Ngozi Adeyemi wrote for the majority. In a dissent, Justice Paul Verhoeven said the court had gone too far.', [
    named(['The law is clear on this point,'], 'Justice Ngozi Adeyemi', 'Ngozi Adeyemi', 'wrote', 'direct/trailing-speaker-cue', 'direct'),
    named(['the court had gone too far'], 'Justice Paul Verhoeven', 'Paul Verhoeven', 'said', 'reported/cue-clause'),
  ]],
  ['court5: court', 'The jury deliberated for six hours. "We find the defendant not guilty," the foreman said. Outside the courthouse, the victim\'s mother said she was devastated.', [
    named(['We find the defendant not guilty,'], 'the foreman', 'the foreman', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['she was devastated'], 'the victim\'s mother', 'the victim\'s mother', 'said', 'reported/cue-clause'),
  ]],
  ['sport1: sports', '"We showed a lot of heart tonight," coach Sofía Castañeda told reporters after the match. "The second half was our best football of the season."', [
    named(['We showed a lot of heart tonight,', 'The second half was our best football of the season.'], 'coach Sofía Castañeda', 'Sofía Castañeda', 'told', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['sport2: sports', 'Midfielder João Silva scored twice. \'I just tried to stay calm,\' Silva said afterwards.', [
    named(['I just tried to stay calm,'], 'Silva', 'João Silva', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['sport3: sports', 'Asked about his future, manager Erik van der Berg said he would not resign. "I still believe in this group," he added.', [
    named(['his future'], null, null, 'Asked about', 'reported/cue-topic-no-speaker'),
    named(['he would not resign'], 'manager Erik van der Berg', 'Erik van der Berg', 'said', 'reported/cue-clause'),
    named(['I still believe in this group,'], 'he', 'Erik van der Berg', 'added', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['sport4: sports', 'The referee\'s decision baffled the home side. "It was never a penalty," said goalkeeper Mateusz Wójcik.', [
    named(['It was never a penalty,'], 'goalkeeper Mateusz Wójcik', 'Mateusz Wójcik', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['sport5: sports', 'Coach Linda Mbeki praised her defence. "They were outstanding," she said. Her captain said the team had been lucky.', [
    named(['her defence'], 'Coach Linda Mbeki', 'Linda Mbeki', 'praised', 'reported/cue-object'),
    named(['They were outstanding,'], 'she', 'Linda Mbeki', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['the team had been lucky'], 'Her captain', 'Her captain', 'said', 'reported/cue-clause'),
  ]],
  ['biz1: business wire', 'Northwind Energy said in a filing on Monday that it would cut 800 jobs. Analysts expect the move to save $40 million a year.', [
    named(['it would cut 800 jobs'], 'Northwind Energy', 'Northwind Energy', 'said', 'reported/cue-that'),
  ]],
  ['biz2: business wire', '"Demand remains strong across all our markets," chief executive Ingrid Sørensen said in a statement. The shares rose 4 percent.', [
    named(['Demand remains strong across all our markets,'], 'chief executive Ingrid Sørensen', 'Ingrid Sørensen', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['biz3: business wire', 'According to a company spokeswoman, the plant will reopen in March. She declined to give a reason for the delay.', [
    named(['the plant will reopen in March'], 'a company spokeswoman', 'a company spokeswoman', 'According to', 'reported/according-to-lead'),
  ]],
  ['biz4: business wire', 'The bank\'s chief economist, Rafael de la Fuente, said inflation would ease next year. "We are not out of the woods yet," he warned.', [
    named(['inflation would ease next year'], 'The bank\'s chief economist, Rafael de la Fuente', 'Rafael de la Fuente', 'said', 'reported/cue-clause'),
    named(['We are not out of the woods yet,'], 'he', 'Rafael de la Fuente', 'warned', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['biz5: business wire', 'Shares of Vantor Labs fell 9 percent. The company told investors that sales had slowed in China.', [
    named(['sales had slowed in China'], 'The company', 'Vantor Labs', 'told', 'reported/cue-that'),
  ]],
  ['sci1: science news', 'The study\'s lead author, Dr. Aiko Tanaka, said the results surprised her team. "We did not expect the effect to be this large," she said.', [
    named(['the results surprised her team'], 'The study\'s lead author, Dr. Aiko Tanaka', 'Aiko Tanaka', 'said', 'reported/cue-clause'),
    named(['We did not expect the effect to be this large,'], 'she', 'Aiko Tanaka', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['sci2: science news', '"This is a genuinely new kind of star," said astronomer Björn Lindqvist of Uppsala University, who was not involved in the research.', [
    named(['This is a genuinely new kind of star,'], 'astronomer Björn Lindqvist of Uppsala University, who was not involved in the research', 'Björn Lindqvist', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['sci3: science news', 'Professor Grace Odum, a climate scientist, said the findings were alarming. Other experts urged caution.', [
    named(['the findings were alarming'], 'Professor Grace Odum, a climate scientist', 'Grace Odum', 'said', 'reported/cue-clause'),
  ]],
  ['sci4: science news', 'The researchers wrote that the drug cut deaths by a third. "It is a big step," co-author Hamid Rezaei told the BBC.', [
    named(['the drug cut deaths by a third'], 'The researchers', 'The researchers', 'wrote', 'reported/cue-that'),
    named(['It is a big step,'], 'co-author Hamid Rezaei', 'Hamid Rezaei', 'told', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['live1: live blog', '14:32 — UPDATE: The interior minister says the border will stay closed until Friday.', [
    named(['the border will stay closed until Friday'], 'The interior minister', 'The interior minister', 'says', 'reported/cue-clause'),
  ]],
  ['live2: live blog', 'UPDATE 3:15 p.m.: "We are evacuating the east wing," fire chief Tom Garrity told reporters.', [
    named(['We are evacuating the east wing,'], 'fire chief Tom Garrity', 'Tom Garrity', 'told', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['live3: live blog', '09:10 Police say two people have been arrested.\n09:25 A witness told the BBC she heard three loud bangs.', [
    named(['two people have been arrested'], 'Police', 'Police', 'say', 'reported/cue-clause'),
    named(['she heard three loud bangs'], 'A witness', 'A witness', 'told', 'reported/cue-clause'),
  ]],
  ['obit1: obituary', 'Margarethe von Trotta-Lenz, the conductor, died on Sunday in Vienna. She was 88. "She heard things in a score nobody else heard," said her longtime colleague, Yusuf Demir.', [
    named(['She heard things in a score nobody else heard,'], 'her longtime colleague, Yusuf Demir', 'Yusuf Demir', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['obit2: obituary', 'Her daughter, Nadia, said she died peacefully at home. "Mum never stopped working," she said.', [
    named(['she died peacefully at home'], 'Her daughter, Nadia', 'Nadia', 'said', 'reported/cue-clause'),
    named(['Mum never stopped working,'], 'she', 'Nadia', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['profile1: profile', 'At 34, Chloé Marchand runs the largest bakery in town. "I never planned any of this," she says, laughing.', [
    named(['I never planned any of this,'], 'she', 'Chloé Marchand', 'says', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['letter1: letter to the editor', 'Sir, your editorial on school funding misses the point. Teachers have warned for years that classrooms are overcrowded.', [
    named(['classrooms are overcrowded'], 'Teachers', 'Teachers', 'have warned', 'reported/cue-that'),
  ]],
  ['letter2: letter to the editor', 'My MP, Alan Briggs, told me the road would be repaired by spring. It has not been.', [
    named(['the road would be repaired by spring'], 'My MP, Alan Briggs', 'Alan Briggs', 'told', 'reported/cue-clause'),
  ]],
  ['police1: police brief', 'A police spokesperson said the man, 42, was arrested at the scene. Witnesses told police they saw a silver car speed away.', [
    named(['the man, 42, was arrested at the scene'], 'A police spokesperson', 'A police spokesperson', 'said', 'reported/cue-clause'),
    named(['they saw a silver car speed away'], 'Witnesses', 'Witnesses', 'told', 'reported/cue-clause'),
  ]],
  ['police2: police brief', '"There is no wider threat to the public," Detective Inspector Siobhán Ní Bhriain said. Anyone with information is asked to call 101.', [
    named(['There is no wider threat to the public,'], 'Detective Inspector Siobhán Ní Bhriain', 'Siobhán Ní Bhriain', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['police3: police brief', 'Officers were called to Mill Lane at 3am. A neighbour, who asked not to be named, said she had heard shouting.', [
    named(['she had heard shouting'], 'A neighbour', 'A neighbour', 'said', 'reported/cue-clause'),
  ]],
  ['police4: police brief', 'The sheriff\'s office said the driver was not wearing a seat belt. "Speed was a factor," Sgt. Luis Ortega said.', [
    named(['the driver was not wearing a seat belt'], 'The sheriff\'s office', 'The sheriff\'s office', 'said', 'reported/cue-clause'),
    named(['Speed was a factor,'], 'Sgt. Luis Ortega', 'Luis Ortega', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['parl1: parliamentary sketch', 'The minister told MPs that the scheme had been a success. "We have delivered on our promise," she said, to jeers from the opposition benches.', [
    named(['the scheme had been a success'], 'The minister', 'The minister', 'told', 'reported/cue-that'),
    named(['We have delivered on our promise,'], 'she', 'The minister', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['parl2: parliamentary sketch', 'Opposition leader Kemi Adebayo-Clarke accused the government of "breathtaking complacency". The Speaker called for order.', [
    named(['the government of "breathtaking complacency"'], 'Opposition leader Kemi Adebayo-Clarke', 'Kemi Adebayo-Clarke', 'accused', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['parl3: parliamentary sketch', '\'This bill is a disgrace,\' the Liberal Democrat spokesman said. The health secretary replied that the bill would save lives.', [
    named(['This bill is a disgrace,'], 'the Liberal Democrat spokesman', 'the Liberal Democrat spokesman', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['the bill would save lives'], 'The health secretary', 'The health secretary', 'replied', 'reported/cue-that'),
  ]],
  ['review1: review', 'The chef, Mehmet Öztürk, says the menu changes weekly. "I cook what the market gives me," he says.', [
    named(['the menu changes weekly'], 'The chef, Mehmet Öztürk', 'Mehmet Öztürk', 'says', 'reported/cue-clause'),
    named(['I cook what the market gives me,'], 'he', 'Mehmet Öztürk', 'says', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['review2: review', 'The director, Agnès Duval, told me she wanted the play to feel "like a fever dream". It does.', [
    named(['she wanted the play to feel "like a fever dream"'], 'The director, Agnès Duval', 'Agnès Duval', 'told', 'reported/cue-clause', 'mixed'),
  ]],
  ['review3: review', '"Venice in winter is a different city," our guide, Lorenzo, explains as the fog rolls in.', [
    named(['Venice in winter is a different city,'], 'our guide, Lorenzo', 'Lorenzo', 'explains', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['guil2: guillemets', '«We will not give in,» union leader Philippe Martin told the crowd in Lyon.', [
    named(['We will not give in,'], 'union leader Philippe Martin', 'Philippe Martin', 'told', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['guil3: guillemets', 'Mayor Anne Leclerc said: «The bridge will reopen in June.»', [
    named(['The bridge will reopen in June.'], 'Mayor Anne Leclerc', 'Anne Leclerc', 'said', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['curly1: curly marks', '‘It was a terrible mistake,’ said the minister, Priya Raman.', [
    named(['It was a terrible mistake,'], 'the minister, Priya Raman', 'Priya Raman', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['curly2: curly marks', 'The mayor said on Thursday: “Nobody will lose their home.” Councillors applauded.', [
    named(['Nobody will lose their home.'], 'The mayor', 'The mayor', 'said', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['anon1: anonymous source', 'One senior official, speaking on condition of anonymity, said the talks had stalled.', [
    named(['the talks had stalled'], 'One senior official', 'One senior official', 'said', 'reported/cue-clause'),
  ]],
  ['anon2: anonymous source', 'A diplomat familiar with the talks said no deal was expected this week. "Both sides are dug in," the diplomat said.', [
    named(['no deal was expected this week'], 'A diplomat familiar with the talks', 'A diplomat familiar with the talks', 'said', 'reported/cue-clause'),
    named(['Both sides are dug in,'], 'the diplomat', 'A diplomat familiar with the talks', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['para1: pronoun across paragraphs', 'Senator Maria Delgado-Cruz has spent a decade on the issue.\n\n"I am not going anywhere," she said on Monday.\n\nShe said the bill would pass by summer.', [
    named(['I am not going anywhere,'], 'she', 'Maria Delgado-Cruz', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['the bill would pass by summer'], 'She', 'Maria Delgado-Cruz', 'said', 'reported/cue-clause'),
  ]],
  ['para2: pronoun across paragraphs', 'Dr. Kwabena Owusu runs the only clinic in the valley.\n\nHe said the nearest hospital is three hours away. "People die on that road," he said.', [
    named(['the nearest hospital is three hours away'], 'He', 'Kwabena Owusu', 'said', 'reported/cue-clause'),
    named(['People die on that road,'], 'he', 'Kwabena Owusu', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['part1: name with particles', 'Ursula von der Leyen said Europe would stand by Ukraine. "We will not waver," von der Leyen told the assembly.', [
    named(['Europe would stand by Ukraine'], 'Ursula von der Leyen', 'Ursula von der Leyen', 'said', 'reported/cue-clause'),
    named(['We will not waver,'], 'von der Leyen', 'Ursula von der Leyen', 'told', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['part2: name with particles', '"It is a historic day," said Jean-Luc Dubois-Martin, the festival\'s founder.', [
    named(['It is a historic day,'], 'Jean-Luc Dubois-Martin, the festival\'s founder', 'Jean-Luc Dubois-Martin', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['part3: name with particles', 'Abdullah bin Khalid al-Saud told the summit the region needed calm.', [
    named(['the region needed calm'], 'Abdullah bin Khalid al-Saud', 'Abdullah bin Khalid al-Saud', 'told', 'reported/cue-clause'),
  ]],
  ['nonascii1: non-ASCII name', 'Łukasz Żuk, a farmer near Kraków, said the drought had destroyed his crop.', [
    named(['the drought had destroyed his crop'], 'Łukasz Żuk, a farmer near Kraków', 'Łukasz Żuk', 'said', 'reported/cue-clause'),
  ]],
  ['nonascii2: non-ASCII name', '"Wir schaffen das nicht allein," said Jürgen Müller, the town\'s mayor.', [
    named(['Wir schaffen das nicht allein,'], 'Jürgen Müller, the town\'s mayor', 'Jürgen Müller', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['mixed1: mixed quote', 'The judge called the claim "frivolous" and dismissed it.', [
    named(['the claim "frivolous"'], 'The judge', 'The judge', 'called', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['mixed2: mixed quote', 'Torres said the deal was "dead on arrival" in the Senate.', [
    named(['the deal was "dead on arrival" in the Senate'], 'Torres', 'Torres', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  ['b1', 'In a 40-page ruling, the judge wrote that the agency had acted unlawfully.', [
    named(['the agency had acted unlawfully'], 'the judge', 'the judge', 'wrote', 'reported/cue-that'),
  ]],
  ['b2', 'The lawsuit alleges that the company hid the defects for years. A spokesman for the company declined to comment.', [
    named(['the company hid the defects for years'], 'The lawsuit', 'The lawsuit', 'alleges', 'reported/cue-that'),
  ]],
  ['b3', '"I\'m thrilled for the lads," said Ó Súilleabháin, who scored the winner. "We\'ve waited a long time for this."', [
    named(['I\'m thrilled for the lads,', 'We\'ve waited a long time for this.'], 'Ó Súilleabháin, who scored the winner', 'Ó Súilleabháin', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['b5', 'Police said in a statement that a 17-year-old boy had been charged with assault.', [
    named(['a 17-year-old boy had been charged with assault'], 'Police', 'Police', 'said', 'reported/cue-that'),
  ]],
  ['b7', '“We were outplayed,” admitted the Lions’ captain, Tomás Ferreira-Lima.', [
    named(['We were outplayed,'], 'the Lions’ captain, Tomás Ferreira-Lima', 'Tomás Ferreira-Lima', 'admitted', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['b8', 'The finance minister, Ms. Okonjo, told parliament the deficit would narrow. Mr. Adeyemi, her deputy, disagreed.', [
    named(['the deficit would narrow'], 'The finance minister, Ms. Okonjo', 'Okonjo', 'told', 'reported/cue-clause'),
  ]],
  ['b9', '10.45am: The prime minister\'s spokesperson says there are "no plans" for a lockdown.', [
    named(['there are "no plans" for a lockdown'], 'The prime minister\'s spokesperson', 'The prime minister\'s spokesperson', 'says', 'reported/cue-clause', 'mixed'),
  ]],
  ['b10', 'Witnesses said the gunman fired at least a dozen shots. "Everyone was screaming," one woman told the Herald.', [
    named(['the gunman fired at least a dozen shots'], 'Witnesses', 'Witnesses', 'said', 'reported/cue-clause'),
    named(['Everyone was screaming,'], 'one woman', 'one woman', 'told', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['b11', 'Mr. Papadopoulos, 61, insisted he had done nothing wrong.', [
    named(['he had done nothing wrong'], 'Mr. Papadopoulos, 61', 'Papadopoulos', 'insisted', 'reported/cue-clause'),
  ]],
  ['b12', 'She was, her sister said, "the bravest person I have ever known."', [
    named(['She was', 'the bravest person I have ever known.'], 'her sister', 'her sister', 'said', 'direct/leading-speaker-cue', 'mixed'),
  ]],
  ['b13', '"The dam is safe," the engineer said. "There is no risk of collapse," she added.', [
    named(['The dam is safe,'], 'the engineer', 'the engineer', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['There is no risk of collapse,'], 'she', 'the engineer', 'added', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['b14', 'Analysts at Morgan Stanley said in a note to clients that the deal was "overpriced".', [
    named(['the deal was "overpriced"'], 'Analysts at Morgan Stanley', 'Analysts at Morgan Stanley', 'said', 'reported/cue-that', 'mixed'),
  ]],
  ['b15', 'Her lawyer said Ms Kowalczyk, who has three children, would plead not guilty.', [
    named(['Ms Kowalczyk, who has three children, would plead not guilty'], 'Her lawyer', 'Her lawyer', 'said', 'reported/cue-clause'),
  ]],
  ['b16', 'The report concluded that the fire was started deliberately, fire officials said.', [
    named(['The report concluded that the fire was started deliberately'], 'fire officials', 'fire officials', 'said', 'reported/content-speaker-cue'),
  ]],
  ['b17', 'Dr. Ana Lúcia Ferreira told reporters the vaccine was safe. She said trials would begin in May.', [
    named(['the vaccine was safe'], 'Dr. Ana Lúcia Ferreira', 'Ana Lúcia Ferreira', 'told', 'reported/cue-clause'),
    named(['trials would begin in May'], 'She', 'Ana Lúcia Ferreira', 'said', 'reported/cue-clause'),
  ]],
  ['b18', 'The museum\'s director, Hélène Rousseau, called the painting "a miracle of survival".', [
    named(['the painting "a miracle of survival"'], 'The museum\'s director, Hélène Rousseau', 'Hélène Rousseau', 'called', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['b20', 'The prosecutor told the court: \'The defendant lied to police from the very start.\'', [
    named(['The defendant lied to police from the very start.'], 'The prosecutor', 'The prosecutor', 'told', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['c1', 'The verdict, the defence lawyer said, was "a travesty." He said they would appeal.', [
    named(['The verdict', 'was "a travesty."'], 'the defence lawyer', 'the defence lawyer', 'said', 'reported/content-speaker-cue', 'mixed'),
    named(['they would appeal'], 'He', 'the defence lawyer', 'said', 'reported/cue-clause'),
  ]],
  ['c2', '"We\'re going to fight this all the way," said Rep. Dolores Ibáñez-Ruiz, D-Calif., in an interview on Tuesday.', [
    named(['We\'re going to fight this all the way,'], 'Rep. Dolores Ibáñez-Ruiz, D-Calif', 'Dolores Ibáñez-Ruiz', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['c3', 'The senator told The Associated Press that she had not decided. "It\'s a hard choice," she said.', [
    named(['she had not decided'], 'The senator', 'The senator', 'told', 'reported/cue-that'),
    named(['It\'s a hard choice,'], 'she', 'The senator', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['c4', '"The plan is dead," one Republican aide said, speaking on condition of anonymity to discuss private talks.', [
    named(['The plan is dead,'], 'one Republican aide', 'one Republican aide', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['c5', 'Inspector Kaur said officers would remain in the area overnight. "We understand people are worried," she said. "Please stay away from the building."', [
    named(['officers would remain in the area overnight'], 'Inspector Kaur', 'Kaur', 'said', 'reported/cue-clause'),
    named(['We understand people are worried,', 'Please stay away from the building.'], 'she', 'Kaur', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['c6', 'Coach Darnell Hughes did not mince words. "We got beat by a better team tonight. Plain and simple."', [
    named(['We got beat by a better team tonight. Plain and simple.'], 'Coach Darnell Hughes', 'Darnell Hughes', null, 'direct/fallback-previous', 'direct'),
  ]],
  ['c7', 'Judge Okafor rejected the motion, saying the defence had "failed to show any prejudice."', [
    named(['the defence had "failed to show any prejudice."'], 'Judge Okafor', 'Okafor', 'saying', 'reported/cue-clause', 'mixed'),
  ]],
  ['c8', 'As the minister put it to MPs on Wednesday, "nobody voted to be poorer."', [
    named(['nobody voted to be poorer.'], 'the minister', 'the minister', 'put it', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['d1', 'Mayor Tom Reilly met the governor, Ana Castillo, on Friday. She said the state would pay for the repairs. He said he was grateful.', [
    named(['the state would pay for the repairs'], 'She', 'Ana Castillo', 'said', 'reported/cue-clause'),
    named(['he was grateful'], 'He', 'Tom Reilly', 'said', 'reported/cue-clause'),
  ]],
  ['d2', '"When I started, there were no women on the bench," said Judge Miriam Abrams.\n\n"Now there are nine of us. That matters."', [
    named(['When I started, there were no women on the bench,', 'Now there are nine of us. That matters.'], 'Judge Miriam Abrams', 'Miriam Abrams', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['d3', 'Kofi Boateng, the club\'s chairman, said the stadium would be expanded.\n\n"We have outgrown this ground," he said. "The fans deserve better."', [
    named(['the stadium would be expanded'], 'Kofi Boateng, the club\'s chairman', 'Kofi Boateng', 'said', 'reported/cue-clause'),
    named(['We have outgrown this ground,', 'The fans deserve better.'], 'he', 'Kofi Boateng', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['d4', 'The witness, a 23-year-old student, told the court she saw the defendant leave the bar. Under cross-examination, she admitted she had been drinking.', [
    named(['she saw the defendant leave the bar'], 'The witness, a 23-year-old student', 'The witness', 'told', 'reported/cue-clause'),
    named(['she had been drinking'], 'she', 'The witness', 'admitted', 'reported/cue-clause'),
  ]],
  ['d8', 'The defendant, Marcus DeLuca, 34, did not testify. His attorney, Yolanda Price, said in her closing argument that the police had "rushed to judgment."', [
    named(['the police had "rushed to judgment."'], 'His attorney, Yolanda Price', 'Yolanda Price', 'said', 'reported/cue-that', 'mixed'),
  ]],
  ['d10', 'The rapporteur, Ms. Lindgren-Holm, told the committee the report was "deeply flawed". The chair, Sir Edward Blake, thanked her.', [
    named(['the report was "deeply flawed"'], 'The rapporteur, Ms. Lindgren-Holm', 'Lindgren-Holm', 'told', 'reported/cue-clause', 'mixed'),
  ]],
  ['d11', 'Ms. Nakamura, the curator, says the exhibition took four years to assemble. "Every piece has a story," she says.', [
    named(['the exhibition took four years to assemble'], 'Ms. Nakamura, the curator', 'Nakamura', 'says', 'reported/cue-clause'),
    named(['Every piece has a story,'], 'she', 'Nakamura', 'says', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['d12', 'A spokeswoman for the hospital said the boy was in stable condition. His father told reporters: "We just want him home."', [
    named(['the boy was in stable condition'], 'A spokeswoman for the hospital', 'A spokeswoman for the hospital', 'said', 'reported/cue-clause'),
    named(['We just want him home.'], 'His father', 'His father', 'told', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['e1', 'The official, who was not named in the report, said a deal was close.', [
    named(['a deal was close'], 'The official', 'The official', 'said', 'reported/cue-clause'),
  ]],
  ['e2', 'Councillor Priya Shah wrote on Twitter that the decision was "a betrayal of renters".', [
    named(['the decision was "a betrayal of renters"'], 'Councillor Priya Shah', 'Priya Shah', 'wrote', 'reported/cue-that', 'mixed'),
  ]],
  ['e3', '"We need answers," the victim\'s brother, Dario Russo, told the Evening Post. "Somebody has to be held responsible."', [
    named(['We need answers,', 'Somebody has to be held responsible.'], 'the victim\'s brother, Dario Russo', 'Dario Russo', 'told', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['e4', 'A source close to the striker said he was unhappy at the club. The club declined to comment.', [
    named(['he was unhappy at the club'], 'A source close to the striker', 'A source close to the striker', 'said', 'reported/cue-clause'),
  ]],
  ['e5', 'In her ruling, Judge Rosa Méndez said the search was unconstitutional. The state\'s attorney general, Dan Holt, said he would appeal.', [
    named(['the search was unconstitutional'], 'Judge Rosa Méndez', 'Rosa Méndez', 'said', 'reported/cue-clause'),
    named(['he would appeal'], 'The state\'s attorney general, Dan Holt', 'Dan Holt', 'said', 'reported/cue-clause'),
  ]],
  ['e6', '"I didn\'t see the car," the cyclist, who asked to be identified only as Sam, told police.', [
    named(['I didn\'t see the car,'], 'the cyclist', 'the cyclist', 'told', 'direct/trailing-speaker-cue', 'direct'),
    named(['to be identified only as Sam'], 'who', 'the cyclist', 'asked', 'reported/cue-infinitive'),
  ]],
  ['e7', 'The coach, Graham Fitzpatrick-Lowe, said: \'We were poor. There are no excuses.\'', [
    named(['We were poor. There are no excuses.'], 'The coach, Graham Fitzpatrick-Lowe', 'Graham Fitzpatrick-Lowe', 'said', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['e9', '"It\'s a fantastic result for the region," said Siân Llewelyn-Jones, the chief executive of Tourism Cymru.', [
    named(['It\'s a fantastic result for the region,'], 'Siân Llewelyn-Jones, the chief executive of Tourism Cymru', 'Siân Llewelyn-Jones', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['e10', 'Dr. Nguyen Thi Lan, the study\'s senior author, cautioned that the sample was small.', [
    named(['the sample was small'], 'Dr. Nguyen Thi Lan, the study\'s senior author', 'Nguyen Thi Lan', 'cautioned', 'reported/cue-that'),
  ]],
  // (the todo of fix91, fixed by names68: the name in apposition after "one" speaks)
  ['e11', '"We are used to it," said one, Giorgos Nikolaidis.', [
    named(['We are used to it,'], 'one, Giorgos Nikolaidis', 'Giorgos Nikolaidis', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
];

describeNamedTables('fix91: invented news in styles the tests cover little', { fixes: [...fixes, ...passages], nothing, negatives });

// Still wrong (see docs/limitations.md): each would be a row above once fixed.
it.todo('an epithet names the person before it: \'Hamilton ... said ... "I gave it everything," the seven-time champion said.\' gives "the seven-time champion", not "Hamilton"');
it.todo('a pronoun after a passive question names its subject: \'The coach was asked whether ... "No chance," he said.\' gives "he", not "The coach"');
it.todo('a letter writer\'s feeling is no attribution: \'I was shocked to read that the council plans to close the library.\' gives a quote of "I" with the cue "to read"');
