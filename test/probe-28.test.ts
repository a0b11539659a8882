/**
 * Helper probe28: genres the annotated political news has little of: sports
 * reports (post-match quotes, "said the 29-year-old midfielder", "fumed the
 * home manager"), court reports ("the judge told the jury", "prosecutors
 * alleged", "the defendant told the court"), science news ("the study
 * found", "said the study's lead author, ..."), business news (statements,
 * earnings calls, "analysts expect") and obituaries ("recalled", relatives).
 * Each row gives the exact parts, speaker mention, cue and rule, and the
 * speaker names, with default options and (when it differs) with every
 * category on. A wrong output left as it is is asserted as the current
 * output, with the reason in a comment. Three whole invented articles follow.
 * Fixed here: an inverted tag with a past form read as an adjective ("fumed
 * the manager"), "the study's lead author", a cue inside an opening "Asked
 * whether ..." question, "The findings, published in ..., show that", a
 * hyphened particle ending its noun ("the runner-up", "the left-back") and an
 * adverb-tagged noun after an age ("the 34-year-old forward").
 * Since fix45, "she" after a quote of an unnamed relative ("the daughter of
 * one victim") is that relative. Since probe32, with every category on, a
 * coordinated "and had shown ..." no longer ends a reported clause the
 * default options read whole. Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';

const EVERY = { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] } as const;

/** Input, rows and names by default, and rows and names with every category on when they differ. */
type Case = [string, Row[], (string | null)[], Row[]?, (string | null)[]?];

const genres: Case[] = [
  ['"We were second best for most of the game," said the 29-year-old midfielder.', [row(['We were second best for most of the game,'], 'the 29-year-old midfielder', 'said', 'direct/trailing-cue-speaker', 'direct')], ['the 29-year-old midfielder']],
  ['"I thought we deserved at least a point," the manager told reporters after the match.', [row(['I thought we deserved at least a point,'], 'the manager', 'told', 'direct/trailing-speaker-cue', 'direct')], ['the manager']],
  ['"It\'s the best goal I\'ve ever scored," said Lucas Ferro, who joined the club in January.', [row(['It\'s the best goal I\'ve ever scored,'], 'Lucas Ferro, who joined the club in January', 'said', 'direct/trailing-cue-speaker', 'direct')], ['Lucas Ferro']],
  ['The coach said his side had been "naive" in the second half.', [row(['his side had been "naive" in the second half'], 'The coach', 'said', 'reported/cue-clause', 'mixed')], ['The coach']],
  ['"We just have to keep going," said striker Marta Oyelaran. "The league isn\'t over."', [row(['We just have to keep going,', 'The league isn\'t over.'], 'striker Marta Oyelaran', 'said', 'direct/trailing-cue-speaker', 'direct')], ['Marta Oyelaran']],
  // by design: "Asked about" gives its topic with no speaker (reported/cue-topic-no-speaker)
  ['Asked about his future, the veteran goalkeeper said he would decide in the summer.', [row(['his future'], null, 'Asked about', 'reported/cue-topic-no-speaker'), row(['he would decide in the summer'], 'the veteran goalkeeper', 'said', 'reported/cue-clause')], [null, 'the veteran goalkeeper']],
  ['"He\'s one of the best young players in Europe," Hadley said of the teenager.', [row(['He\'s one of the best young players in Europe,'], 'Hadley', 'said', 'direct/trailing-speaker-cue', 'direct')], ['Hadley']],
  ['The captain admitted the team had let the fans down.', [row(['the team had let the fans down'], 'The captain', 'admitted', 'reported/cue-clause')], ['The captain']],
  ['"Honestly, I didn\'t see the tackle," the referee said in a post-match interview.', [row(['Honestly, I didn\'t see the tackle,'], 'the referee', 'said', 'direct/trailing-speaker-cue', 'direct')], ['the referee']],
  ['"We\'re not getting carried away," said head coach Dana Whitlock, whose team is unbeaten in nine games.', [row(['We\'re not getting carried away,'], 'head coach Dana Whitlock', 'said', 'direct/trailing-cue-speaker', 'direct')], ['Dana Whitlock']],
  ['The 31-year-old told the club\'s website he was "delighted" to sign a new contract.', [row(['he was "delighted" to sign a new contract'], 'The 31-year-old', 'told', 'reported/cue-clause', 'mixed')], ['The 31-year-old']],
  ['"The boys showed great character," said the assistant manager, Pete Corrigan.', [row(['The boys showed great character,'], 'the assistant manager, Pete Corrigan', 'said', 'direct/trailing-cue-speaker', 'direct')], ['Pete Corrigan']],
  ['Ferro, 24, said the injury was not as serious as first feared.', [row(['the injury was not as serious as first feared'], 'Ferro, 24', 'said', 'reported/cue-clause')], ['Ferro']],
  // fixed (probe28): a past form the tagger reads as an adjective opens an inverted tag ('"...," fumed the manager')
  ['"It was a penalty all day long," fumed the home manager.', [row(['It was a penalty all day long,'], 'the home manager', 'fumed', 'direct/trailing-cue-speaker', 'direct')], ['the home manager']],
  ['The judge told the jury that they must disregard the witness\'s last remark.', [row(['they must disregard the witness\'s last remark'], 'The judge', 'told', 'reported/cue-that')], ['The judge']],
  ['Prosecutors alleged that the defendant had hidden the money in overseas accounts.', [row(['the defendant had hidden the money in overseas accounts'], 'Prosecutors', 'alleged', 'reported/cue-that')], ['Prosecutors']],
  ['The defendant told the court he had never met the victim.', [row(['he had never met the victim'], 'The defendant', 'told', 'reported/cue-clause')], ['The defendant']],
  ['"You have shown no remorse whatsoever," the judge told Pavel Ostrov as she passed sentence.', [row(['You have shown no remorse whatsoever,'], 'the judge', 'told', 'direct/trailing-speaker-cue', 'direct')], ['the judge']],
  ['Defence lawyer Miriam Kade argued that the evidence had been gathered unlawfully.', [row(['the evidence had been gathered unlawfully'], 'Defence lawyer Miriam Kade', 'argued', 'reported/cue-that')], ['Miriam Kade']],
  ['The prosecution claimed the fire had been started deliberately.', [row(['the fire had been started deliberately'], 'The prosecution', 'claimed', 'reported/cue-clause')], ['The prosecution']],
  ['"I panicked," the accused told detectives in a recorded interview, the court heard.', [row(['I panicked,'], 'the accused', 'told', 'direct/trailing-speaker-cue', 'direct')], ['the accused']],
  // (fix46: a hearing body's "heard that" is reported speech with no speaker)
  ['The court heard that the two men had argued outside the bar.', [row(['the two men had argued outside the bar'], null, 'heard', 'reported/cue-that-no-speaker')], [null]],
  ['Ostrov denied the charges, telling the jury he had acted in self-defence.', [row(['the charges'], 'Ostrov', 'denied', 'reported/cue-object'), row(['he had acted in self-defence'], 'Ostrov', 'telling', 'reported/cue-clause')], ['Ostrov', 'Ostrov']],
  ['Judge Helen Marsh said the sentence reflected the seriousness of the offence.', [row(['the sentence reflected the seriousness of the offence'], 'Judge Helen Marsh', 'said', 'reported/cue-clause')], ['Helen Marsh']],
  ['"This was a cold and calculated attack," prosecutor Ben Ayodele said in his closing speech.', [row(['This was a cold and calculated attack,'], 'prosecutor Ben Ayodele', 'said', 'direct/trailing-speaker-cue', 'direct')], ['Ben Ayodele']],
  // (fix44: a passive "was told" with no agent gives the bare clause, with no speaker, as with "that")
  ['The jury was told the victim had suffered multiple injuries.', [row(['the victim had suffered multiple injuries'], null, 'was told', 'reported/cue-clause-no-speaker')], [null]],
  ['The study found that people who slept less than six hours were more likely to catch colds.', [], [], [row(['people who slept less than six hours were more likely to catch colds'], 'The study', 'found', 'reported/cue-that')], ['The study']],
  ['"These results surprised us," said the lead author, Dr. Irene Sato, a professor at the University of Leeds.', [row(['These results surprised us,'], 'the lead author, Dr. Irene Sato, a professor at the University of Leeds', 'said', 'direct/trailing-cue-speaker', 'direct')], ['Irene Sato']],
  ['Researchers say the findings could lead to new treatments for asthma.', [row(['the findings could lead to new treatments for asthma'], 'Researchers', 'say', 'reported/cue-clause')], ['Researchers']],
  ['The authors warned that the sample size was small.', [row(['the sample size was small'], 'The authors', 'warned', 'reported/cue-that')], ['The authors']],
  ['"We need much larger trials before we can draw firm conclusions," said Sato.', [row(['We need much larger trials before we can draw firm conclusions,'], 'Sato', 'said', 'direct/trailing-cue-speaker', 'direct')], ['Sato']],
  ['According to the report, sea levels rose faster in the last decade than in the previous three.', [row(['sea levels rose faster in the last decade than in the previous three'], 'the report', 'According to', 'reported/according-to-lead')], ['the report']],
  ['Scientists believe the fossil is about 70 million years old.', [], [], [row(['the fossil is about 70 million years old'], 'Scientists', 'believe', 'reported/cue-clause')], ['Scientists']],
  ['"It\'s a remarkable find," said Tom Becker, a palaeontologist at the Natural History Museum who was not involved in the study.', [row(['It\'s a remarkable find,'], 'Tom Becker, a palaeontologist at the Natural History Museum who was not involved in the study', 'said', 'direct/trailing-cue-speaker', 'direct')], ['Tom Becker']],
  ['The paper, published in the journal Nature, suggests that the virus jumped to humans twice.', [row(['the virus jumped to humans twice'], 'The paper', 'suggests', 'reported/cue-that')], ['The paper']],
  ['The company said in a statement that profits had fallen by 12 percent.', [row(['profits had fallen by 12 percent'], 'The company', 'said', 'reported/cue-that')], ['The company']],
  ['Analysts expect the bank to report a loss in the third quarter.', [], [], [row(['the bank to report a loss in the third quarter'], 'Analysts', 'expect', 'reported/cue-clause')], ['Analysts']],
  ['"We had a challenging quarter," chief executive Lena Moritz told analysts on an earnings call.', [row(['We had a challenging quarter,'], 'chief executive Lena Moritz', 'told', 'direct/trailing-speaker-cue', 'direct')], ['Lena Moritz']],
  ['The retailer said it would close 40 stores and cut 1,200 jobs.', [row(['it would close 40 stores and cut 1,200 jobs'], 'The retailer', 'said', 'reported/cue-clause')], ['The retailer']],
  ['"Demand for our products remains strong," said chief financial officer Raj Patel.', [row(['Demand for our products remains strong,'], 'chief financial officer Raj Patel', 'said', 'direct/trailing-cue-speaker', 'direct')], ['Raj Patel']],
  ['Shares in the firm fell 8 percent after it warned that sales would slow.', [row(['sales would slow'], 'it', 'warned', 'reported/cue-that')], ['it']],
  // by design: "comment on" gives its topic; with every category on, "declined" takes the infinitive
  ['The carmaker declined to comment on the report.', [row(['the report'], 'The carmaker', 'comment on', 'reported/cue-topic')], ['The carmaker'], [row(['to comment on the report'], 'The carmaker', 'declined', 'reported/cue-infinitive')], ['The carmaker']],
  ['A spokesman for the airline said the strike would cost it about 30 million euros.', [row(['the strike would cost it about 30 million euros'], 'A spokesman for the airline', 'said', 'reported/cue-clause')], ['A spokesman for the airline']],
  ['Moritz said the company expected margins to improve next year.', [row(['the company expected margins to improve next year'], 'Moritz', 'said', 'reported/cue-clause')], ['Moritz']],
  // left: "forecast" with a noun object (a figure) is no report
  ['The chipmaker forecast revenue of 4 billion dollars for the quarter, above analysts\' estimates.', [], []],
  ['"She was the kindest person I\'ve ever known," said her daughter, Clara.', [row(['She was the kindest person I\'ve ever known,'], 'her daughter, Clara', 'said', 'direct/trailing-cue-speaker', 'direct')], ['Clara']],
  ['His brother recalled that he had always wanted to be a pilot.', [row(['he had always wanted to be a pilot'], 'His brother', 'recalled', 'reported/cue-that')], ['His brother']],
  ['"He never missed a single game," his widow, Ruth, recalled.', [row(['He never missed a single game,'], 'his widow, Ruth', 'recalled', 'direct/trailing-speaker-cue', 'direct')], ['Ruth']],
  ['Friends described her as fiercely independent.', [row(['her as fiercely independent'], 'Friends', 'described', 'reported/cue-object')], ['Friends']],
  ['"My father taught me to fix anything," said Jonah Eller, 52.', [row(['My father taught me to fix anything,'], 'Jonah Eller', 'said', 'direct/trailing-cue-speaker', 'direct')], ['Jonah Eller']],
  ['Neighbours said the couple had lived in the village for more than 40 years.', [row(['the couple had lived in the village for more than 40 years'], 'Neighbours', 'said', 'reported/cue-clause')], ['Neighbours']],
  ['"I remember the day he came home with the medal," his sister said, wiping away tears.', [row(['I remember the day he came home with the medal,'], 'his sister', 'said', 'direct/trailing-speaker-cue', 'direct')], ['his sister']],
  ['The family said in a statement that he died peacefully at home.', [row(['he died peacefully at home'], 'The family', 'said', 'reported/cue-that')], ['The family']],
  ['"We were devastated," said the player\'s agent, speaking on condition of anonymity.', [row(['We were devastated,'], 'the player\'s agent', 'said', 'direct/trailing-cue-speaker', 'direct')], ['the player\'s agent']],
  ['Ferro\'s agent, Carlo Bianchi, told Radio Sport his client wanted to stay.', [row(['his client wanted to stay'], 'Ferro\'s agent, Carlo Bianchi', 'told', 'reported/cue-clause')], ['Carlo Bianchi']],
  ['The former champion, now 67, said he still watched every race.', [row(['he still watched every race'], 'The former champion', 'said', 'reported/cue-clause')], ['The former champion']],
  ['"I\'ll be back," vowed the injured sprinter.', [row(['I\'ll be back,'], 'the injured sprinter', 'vowed', 'direct/trailing-cue-speaker', 'direct')], ['the injured sprinter']],
  ['Police said the suspect was arrested at his home on Tuesday.', [row(['the suspect was arrested at his home on Tuesday'], 'Police', 'said', 'reported/cue-clause')], ['Police']],
  ['"No comment," the defendant\'s lawyer told reporters outside court.', [row(['No comment,'], 'the defendant\'s lawyer', 'told', 'direct/trailing-speaker-cue', 'direct')], ['the defendant\'s lawyer']],
  ['The manager insisted there was no rift with the players.', [row(['there was no rift with the players'], 'The manager', 'insisted', 'reported/cue-clause')], ['The manager']],
  // fixed (probe28): a past form the tagger reads as an adjective opens an inverted tag ('"...," fumed the manager')
  ['"It was a penalty all day long," fumed the manager.', [row(['It was a penalty all day long,'], 'the manager', 'fumed', 'direct/trailing-cue-speaker', 'direct')], ['the manager']],
  // fixed (probe28): a past form the tagger reads as an adjective opens an inverted tag ('"...," fumed the manager')
  ['"It was a penalty all day long," fumed Ferro.', [row(['It was a penalty all day long,'], 'Ferro', 'fumed', 'direct/trailing-cue-speaker', 'direct')], ['Ferro']],
  // fixed (probe28): "lead" between a possessive "'s" and a noun is a modifier, not a verb
  ['"We were surprised," said the study\'s lead author, Dr. Irene Sato, a cardiologist at the University of Leeds.', [row(['We were surprised,'], 'the study\'s lead author, Dr. Irene Sato, a cardiologist at the University of Leeds', 'said', 'direct/trailing-cue-speaker', 'direct')], ['Irene Sato']],
  // fixed (probe28): "lead" between a possessive "'s" and a noun is a modifier, not a verb
  ['"We were surprised," said the study\'s lead author, Irene Sato.', [row(['We were surprised,'], 'the study\'s lead author, Irene Sato', 'said', 'direct/trailing-cue-speaker', 'direct')], ['Irene Sato']],
  // fixed (probe28): same, as the subject of a reported clause
  ['The study\'s lead author, Irene Sato, said the results were clear.', [row(['the results were clear'], 'The study\'s lead author, Irene Sato', 'said', 'reported/cue-clause')], ['Irene Sato']],
  // fixed (probe28): same, with the speaker before the verb
  ['"We were surprised," the study\'s lead author, Irene Sato, said.', [row(['We were surprised,'], 'the study\'s lead author, Irene Sato', 'said', 'direct/trailing-speaker-cue', 'direct')], ['Irene Sato']],
  // fixed (probe28): a cue inside the opening "Asked whether ..." question gives no content past its comma
  ['Asked whether he would complain to the league, Pryce said he would wait until he had calmed down.', [row(['whether he would complain to the league'], null, 'Asked', 'reported/asked-question'), row(['he would wait until he had calmed down'], 'Pryce', 'said', 'reported/cue-clause')], [null, 'Pryce']],
  // fixed (probe28): same, with a listener verb
  ['Asked if he would warn the players, the coach said he already had.', [row(['if he would warn the players'], null, 'Asked', 'reported/asked-question'), row(['he already had'], 'the coach', 'said', 'reported/cue-clause')], [null, 'the coach']],
  ['Asked whether she would comment on the ruling, Kade said she needed time.', [row(['whether she would comment on the ruling'], null, 'Asked', 'reported/asked-question'), row(['she needed time'], 'Kade', 'said', 'reported/cue-clause')], [null, 'Kade']],
  ['"We have to be better," said Whitlock, whose side lost 3-0.', [row(['We have to be better,'], 'Whitlock', 'said', 'direct/trailing-cue-speaker', 'direct')], ['Whitlock']],
  ['The striker, who has scored 14 goals this season, said he was happy at the club.', [row(['he was happy at the club'], 'The striker', 'said', 'reported/cue-clause')], ['The striker']],
  ['"I\'m gutted for the lads," the 22-year-old told BBC Sport.', [row(['I\'m gutted for the lads,'], 'the 22-year-old', 'told', 'direct/trailing-speaker-cue', 'direct')], ['the 22-year-old']],
  ['The club confirmed that the defender would miss the rest of the season.', [row(['the defender would miss the rest of the season'], 'The club', 'confirmed', 'reported/cue-that')], ['The club']],
  ['"He is a world-class player," Whitlock said of Ferro.', [row(['He is a world-class player,'], 'Whitlock', 'said', 'direct/trailing-speaker-cue', 'direct')], ['Whitlock']],
  ['The prosecution said the defendant had lied repeatedly.', [row(['the defendant had lied repeatedly'], 'The prosecution', 'said', 'reported/cue-clause')], ['The prosecution']],
  ['The jury heard that the victim was stabbed twice.', [row(['the victim was stabbed twice'], null, 'heard', 'reported/cue-that-no-speaker')], [null]],
  ['In her testimony, the witness said she had seen the defendant leave the house.', [row(['she had seen the defendant leave the house'], 'the witness', 'said', 'reported/cue-clause')], ['the witness']],
  ['Ostrov pleaded not guilty to all charges.', [], []],
  ['"The evidence is overwhelming," Okafor told jurors.', [row(['The evidence is overwhelming,'], 'Okafor', 'told', 'direct/trailing-speaker-cue', 'direct')], ['Okafor']],
  ['The study, which involved 2,000 patients, found no link between the drug and memory loss.', [], [], [row(['no link between the drug and memory loss'], 'The study', 'found', 'reported/evidence-object')], ['The study']],
  ['"This is a big step forward," said co-author Peter Lin of Stanford University.', [row(['This is a big step forward,'], 'co-author Peter Lin of Stanford University', 'said', 'direct/trailing-cue-speaker', 'direct')], ['Peter Lin']],
  ['The researchers cautioned that more work was needed.', [row(['more work was needed'], 'The researchers', 'cautioned', 'reported/cue-that')], ['The researchers']],
  ['According to the survey, 40 percent of teachers plan to leave the profession.', [row(['40 percent of teachers plan to leave the profession'], 'the survey', 'According to', 'reported/according-to-lead')], ['the survey']],
  ['The firm reported a net profit of 300 million dollars, up 5 percent from a year earlier.', [], []],
  ['"We remain confident in our strategy," the company said in a statement.', [row(['We remain confident in our strategy,'], 'the company', 'said', 'direct/trailing-speaker-cue', 'direct')], ['the company']],
  ['The bank\'s chief economist, Sarah Vance, said rates were likely to stay high.', [row(['rates were likely to stay high'], 'The bank\'s chief economist, Sarah Vance', 'said', 'reported/cue-clause')], ['Sarah Vance']],
  ['Investors worry that the merger could face regulatory hurdles.', [], [], [row(['the merger could face regulatory hurdles'], 'Investors', 'worry', 'reported/cue-that')], ['Investors']],
  ['"It\'s a fair price," said one analyst, who asked not to be named.', [row(['It\'s a fair price,'], 'one analyst', 'said', 'direct/trailing-cue-speaker', 'direct')], ['one analyst']],
  ['She is survived by her husband and two sons.', [], []],
  ['"He lit up every room he walked into," said longtime friend Maria Costa.', [row(['He lit up every room he walked into,'], 'longtime friend Maria Costa', 'said', 'direct/trailing-cue-speaker', 'direct')], ['Maria Costa']],
  ['Her son remembered her as "a woman who never gave up."', [], [], [row(['her as "a woman who never gave up."'], 'Her son', 'remembered', 'reported/cue-clause', 'mixed')], ['Her son']],
  ['"It was the happiest day of my life," Eller recalled of his wedding.', [row(['It was the happiest day of my life,'], 'Eller', 'recalled', 'direct/trailing-speaker-cue', 'direct')], ['Eller']],
  // fixed (probe28): "published in ..." set off by commas describes the findings; the clause is the verb's (evidence, opt-in; its noun-tagged "show" after a comma is not read)
  ['The team\'s findings, published in the Lancet, show that the vaccine cut hospital admissions by half.', [], []],
  // fixed (probe28): same aside; with every category on, "shows" reports the clause
  ['The report, released on Monday, shows that crime fell in every region.', [], [], [row(['crime fell in every region'], 'The report', 'shows', 'reported/cue-that')], ['The report']],
  // the speech cue after the aside was found before too
  ['The study, published in the journal Nature, suggests that the virus jumped to humans twice.', [row(['the virus jumped to humans twice'], 'The study', 'suggests', 'reported/cue-that')], ['The study']],
  // fixed (probe28): a particle joined by a hyphen to a noun ends that noun: runner-up, left-back, stand-in (after and before the cue)
  ['"I\'m devastated," said the runner-up.', [row(['I\'m devastated,'], 'the runner-up', 'said', 'direct/trailing-cue-speaker', 'direct')], ['the runner-up']],
  ['"I\'m devastated," said his sister-in-law.', [row(['I\'m devastated,'], 'his sister-in-law', 'said', 'direct/trailing-cue-speaker', 'direct')], ['his sister-in-law']],
  ['"We were lucky," said the stand-in goalkeeper.', [row(['We were lucky,'], 'the stand-in goalkeeper', 'said', 'direct/trailing-cue-speaker', 'direct')], ['the stand-in goalkeeper']],
  ['"We were lucky," said the ex-champion.', [row(['We were lucky,'], 'the ex-champion', 'said', 'direct/trailing-cue-speaker', 'direct')], ['the ex-champion']],
  ['The runner-up said she was devastated.', [row(['she was devastated'], 'The runner-up', 'said', 'reported/cue-clause')], ['The runner-up']],
  ['"I\'m devastated," the runner-up said.', [row(['I\'m devastated,'], 'the runner-up', 'said', 'direct/trailing-speaker-cue', 'direct')], ['the runner-up']],
  ['"We were lucky," said the left-back, Tom Reyes.', [row(['We were lucky,'], 'Tom Reyes', 'said', 'direct/trailing-cue-speaker', 'direct')], ['Tom Reyes']],
  ['"I am sorry," the stand-in said.', [row(['I am sorry,'], 'the stand-in', 'said', 'direct/trailing-speaker-cue', 'direct')], ['the stand-in']],
  ['"We were lucky," said the right-back, Tom Reyes.', [row(['We were lucky,'], 'Tom Reyes', 'said', 'direct/trailing-cue-speaker', 'direct')], ['Tom Reyes']],
  ['"We were lucky," said the left-back.', [row(['We were lucky,'], 'the left-back', 'said', 'direct/trailing-cue-speaker', 'direct')], ['the left-back']],
  ['"We\'ll go again next week," added Whitlock, who took charge in March.', [row(['We\'ll go again next week,'], 'Whitlock, who took charge in March', 'added', 'direct/trailing-cue-speaker', 'direct')], ['Whitlock']],
  ['The 29-year-old, who signed from Porto last summer, insisted he was fit.', [row(['he was fit'], 'The 29-year-old', 'insisted', 'reported/cue-clause')], ['The 29-year-old']],
  ['"It\'s not about me," said Ferro, 24. "It\'s about the team."', [row(['It\'s not about me,', 'It\'s about the team.'], 'Ferro', 'said', 'direct/trailing-cue-speaker', 'direct')], ['Ferro']],
  ['Whitlock refused to blame the referee for the defeat.', [], [], [row(['to blame the referee for the defeat'], 'Whitlock', 'refused', 'reported/cue-infinitive')], ['Whitlock']],
  ['The defender apologised to fans on social media, writing that he had let everyone down.', [row(['he had let everyone down'], 'The defender', 'writing', 'reported/cue-that')], ['The defender']],
  ['"I\'ve never seen anything like it," said former England captain Rob Hale, now a television pundit.', [row(['I\'ve never seen anything like it,'], 'former England captain Rob Hale, now a television pundit', 'said', 'direct/trailing-cue-speaker', 'direct')], ['Rob Hale']],
  ['The judge described the attack as "brutal and unprovoked."', [row(['the attack as "brutal and unprovoked."'], 'The judge', 'described', 'reported/cue-quoted-object', 'mixed')], ['The judge']],
  ['Ostrov\'s lawyer said his client would appeal the verdict.', [row(['his client would appeal the verdict'], 'Ostrov\'s lawyer', 'said', 'reported/cue-clause')], ['Ostrov\'s lawyer']],
  ['The prosecutor told jurors that Ostrov had planned the robbery for weeks.', [row(['Ostrov had planned the robbery for weeks'], 'The prosecutor', 'told', 'reported/cue-that')], ['The prosecutor']],
  ['"I didn\'t do it," Ostrov shouted from the dock as he was led away.', [row(['I didn\'t do it,'], 'Ostrov', 'shouted', 'direct/trailing-speaker-cue', 'direct')], ['Ostrov']],
  ['The court was told that the defendant had a history of violence.', [row(['the defendant had a history of violence'], null, 'was told', 'reported/cue-that-no-speaker')], [null]],
  ['Lowe told Finch that he had betrayed the trust of his customers.', [row(['he had betrayed the trust of his customers'], 'Lowe', 'told', 'reported/cue-that')], ['Lowe']],
  ['A spokeswoman for the Crown Prosecution Service said the case had been "complex."', [row(['the case had been "complex."'], 'A spokeswoman for the Crown Prosecution Service', 'said', 'reported/cue-clause', 'mixed')], ['A spokeswoman for the Crown Prosecution Service']],
  ['"We\'re seeing a clear trend," said Dr. Amara Nwosu, an epidemiologist at the World Health Organization.', [row(['We\'re seeing a clear trend,'], 'Dr. Amara Nwosu, an epidemiologist at the World Health Organization', 'said', 'direct/trailing-cue-speaker', 'direct')], ['Amara Nwosu']],
  ['NASA said the probe had entered orbit around Jupiter.', [row(['the probe had entered orbit around Jupiter'], 'NASA', 'said', 'reported/cue-clause')], ['NASA']],
  ['"The data speak for themselves," Sato told the conference.', [row(['The data speak for themselves,'], 'Sato', 'told', 'direct/trailing-speaker-cue', 'direct')], ['Sato']],
  ['Shares fell after the company warned of weaker demand in China.', [row(['weaker demand in China'], 'the company', 'warned of', 'reported/cue-topic')], ['the company']],
  ['"We are not planning any layoffs," a company spokesperson said.', [row(['We are not planning any layoffs,'], 'a company spokesperson', 'said', 'direct/trailing-speaker-cue', 'direct')], ['a company spokesperson']],
  ['The chief executive told staff in an email that the merger would go ahead.', [row(['the merger would go ahead'], 'The chief executive', 'told', 'reported/cue-that')], ['The chief executive']],
  // by design: "declined to say" keeps the withheld question as the content of "say"
  ['Moritz declined to say how many jobs would be lost.', [row(['how many jobs would be lost'], 'Moritz', 'say', 'reported/cue-clause')], ['Moritz'], [row(['to say how many jobs would be lost'], 'Moritz', 'declined', 'reported/cue-infinitive')], ['Moritz']],
  ['"It\'s a bold bet," said Jane Ortega, an analyst at Harbor Capital, who rates the stock a buy.', [row(['It\'s a bold bet,'], 'Jane Ortega, an analyst at Harbor Capital, who rates the stock a buy', 'said', 'direct/trailing-cue-speaker', 'direct')], ['Jane Ortega']],
  ['The central bank said inflation was likely to fall next year.', [row(['inflation was likely to fall next year'], 'The central bank', 'said', 'reported/cue-clause')], ['The central bank']],
  ['"She never asked for anything," her nephew said. "She just gave."', [row(['She never asked for anything,', 'She just gave.'], 'her nephew', 'said', 'direct/trailing-speaker-cue', 'direct')], ['her nephew']],
  ['His former teammate, Carl Brandt, said he was "the best defender I ever played with."', [row(['he was "the best defender I ever played with."'], 'His former teammate, Carl Brandt', 'said', 'reported/cue-clause', 'mixed')], ['Carl Brandt']],
  ['The couple\'s daughter told the newspaper that her parents had been inseparable.', [row(['her parents had been inseparable'], 'The couple\'s daughter', 'told', 'reported/cue-that')], ['The couple\'s daughter']],
  ['"He loved that farm more than anything," recalled his neighbour, Alan Price.', [row(['He loved that farm more than anything,'], 'his neighbour, Alan Price', 'recalled', 'direct/trailing-cue-speaker', 'direct')], ['Alan Price']],
  ['"We deserved that," beamed the 19-year-old.', [row(['We deserved that,'], 'the 19-year-old', 'beamed', 'direct/trailing-cue-speaker', 'direct')], ['the 19-year-old']],
  ['"I\'m devastated," sobbed the runner-up.', [row(['I\'m devastated,'], 'the runner-up', 'sobbed', 'direct/trailing-cue-speaker', 'direct')], ['the runner-up']],
  // left: "shrugged" is no cue of speech (a gesture), so a quote with no cue and an inverted tag is dropped
  ['"That\'s football," shrugged the veteran defender.', [], []],
  ['"It was never a red card," protested the visiting captain.', [row(['It was never a red card,'], 'the visiting captain', 'protested', 'direct/trailing-cue-speaker', 'direct')], ['the visiting captain']],
  ['"Guilty," the foreman of the jury announced.', [row(['Guilty,'], 'the foreman of the jury', 'announced', 'direct/trailing-speaker-cue', 'direct')], ['the foreman of the jury']],
  ['The jury found Ostrov guilty of murder.', [], [], [row(['Ostrov guilty of murder'], 'The jury', 'found', 'reported/cue-judgement')], ['The jury']],
  ['The judge ruled that the confession could not be used.', [row(['the confession could not be used'], 'The judge', 'ruled', 'reported/cue-that')], ['The judge']],
  // fixed (probe32): every category on, the coordinated "and would consider" no longer ends the clause
  ['Ostrov\'s defence team said they were "disappointed" by the verdict and would consider an appeal.', [row(['they were "disappointed" by the verdict and would consider an appeal'], 'Ostrov\'s defence team', 'said', 'reported/cue-clause', 'mixed')], ['Ostrov\'s defence team'], [row(['they were "disappointed" by the verdict and would consider an appeal'], 'Ostrov\'s defence team', 'said', 'reported/cue-clause', 'mixed')], ['Ostrov\'s defence team']],
  ['"We welcome today\'s decision," the victim\'s family said in a statement read outside court.', [row(['We welcome today\'s decision,'], 'the victim\'s family', 'said', 'direct/trailing-speaker-cue', 'direct')], ['the victim\'s family']],
  ['"It\'s the biggest deal in the company\'s history," boasted chief executive Lena Moritz.', [row(['It\'s the biggest deal in the company\'s history,'], 'chief executive Lena Moritz', 'boasted', 'direct/trailing-cue-speaker', 'direct')], ['Lena Moritz']],
  // fixed (probe28): a word tagged an adverb after an age with no noun after it is the noun the age describes (forward, back)
  ['The 34-year-old forward said: "I want to finish my career here."', [row(['I want to finish my career here.'], 'The 34-year-old forward', 'said', 'direct/leading-speaker-cue', 'direct')], ['The 34-year-old forward']],
  ['The 34-year-old forward said he wanted to stay.', [row(['he wanted to stay'], 'The 34-year-old forward', 'said', 'reported/cue-clause')], ['The 34-year-old forward']],
  ['"I want to stay," said the 34-year-old forward.', [row(['I want to stay,'], 'the 34-year-old forward', 'said', 'direct/trailing-cue-speaker', 'direct')], ['the 34-year-old forward']],
  ['The 34-year-old forward, who joined in 2019, said he wanted to stay.', [row(['he wanted to stay'], 'The 34-year-old forward', 'said', 'reported/cue-clause')], ['The 34-year-old forward']],
  ['"We lost," said the 25-year-old back.', [row(['We lost,'], 'the 25-year-old back', 'said', 'direct/trailing-cue-speaker', 'direct')], ['the 25-year-old back']],
  // the adverbs before a cue stay adverbs of the cue
  ['The 40-year-old also said he was fine.', [row(['he was fine'], 'The 40-year-old', 'also said', 'reported/cue-clause')], ['The 40-year-old']],
  ['The 40-year-old then said he was fine.', [row(['he was fine'], 'The 40-year-old', 'then said', 'reported/cue-clause')], ['The 40-year-old']],
  // fix45: the post-nominal "QC" is no part of the name (the mention keeps it)
  ['"There is no case to answer," defence counsel Mark Ellis QC told the court.', [row(['There is no case to answer,'], 'defence counsel Mark Ellis QC', 'told', 'direct/trailing-speaker-cue', 'direct')], ['Mark Ellis']],
  ['The magistrate, Jane Howe, said she had no choice but to impose a custodial sentence.', [row(['she had no choice but to impose a custodial sentence'], 'The magistrate, Jane Howe', 'said', 'reported/cue-clause')], ['Jane Howe']],
  ['"We are disappointed with the outcome," said a spokesperson for the family, who did not wish to be named.', [row(['We are disappointed with the outcome,'], 'a spokesperson for the family', 'said', 'direct/trailing-cue-speaker', 'direct')], ['a spokesperson for the family']],
  ['The study\'s co-author, Peter Lin, told reporters the results were "very encouraging."', [row(['the results were "very encouraging."'], 'The study\'s co-author, Peter Lin', 'told', 'reported/cue-clause', 'mixed')], ['Peter Lin']],
  ['Earnings beat expectations, the company said on Tuesday.', [row(['Earnings beat expectations'], 'the company', 'said', 'reported/content-speaker-cue')], ['the company']],
  ['"It\'s been a tough year," admitted the firm\'s finance chief, Raj Patel.', [row(['It\'s been a tough year,'], 'Raj Patel', 'admitted', 'direct/trailing-cue-speaker', 'direct')], ['Raj Patel']],
  ['The 34-year-old forward, who joined in 2019, said: "I want to finish my career here."', [row(['I want to finish my career here.'], 'The 34-year-old forward', 'said', 'direct/leading-speaker-cue', 'direct')], ['The 34-year-old forward']],
];

describe('new genres: sport, courts, science, business, obituaries (probe28)', () => {
  test.each(genres)('%s', (input, expected, names, every, everyNames) => {
    const r = extract(input);
    expect(rows(r)).toEqual(expected);
    expect(r.quotes.map((q) => q.speaker?.name ?? null)).toEqual(names);
    const e = extract(input, { categories: [...EVERY.categories] });
    expect(rows(e)).toEqual(every ?? expected);
    expect(e.quotes.map((q) => q.speaker?.name ?? null)).toEqual(everyNames ?? names);
  });
});

/** One quotation of an article: text, speaker mention, speaker name, cue, kind. */
type ArticleRow = [string, string | null, string | null, string | null, string];

interface Article {
  topic: string;
  paragraphs: string[];
  byDefault: ArticleRow[];
  every: ArticleRow[];
}

const articles: Article[] = [
  {
    topic: 'sport: a post-match report',
    paragraphs: [
      'LONDON - Riverside United stayed top of the table on Saturday after a 2-1 win over Castleford that their manager called "the ugliest three points of the season."',
      '"We didn\'t play well, but good teams find a way to win," Dana Whitlock told reporters after the match. "I\'m proud of the spirit."',
      'The winning goal came from Lucas Ferro, who scored in the 88th minute. The 24-year-old midfielder said he had "just closed my eyes and hit it."',
      'Castleford\'s manager, Owen Pryce, was less happy. He said the referee had missed a clear foul in the build-up to the winner and that his players felt "robbed."',
      '"I\'ve watched it back five times," Pryce said. "It\'s a foul every time."',
      'Asked whether he would complain to the league, Pryce said he would wait until he had calmed down.',
      'Ferro, who has scored nine goals this season, said the team was not thinking about the title yet. "There are still twelve games to go," he said.',
    ],
    byDefault: [
      ['the ugliest three points of the season.', 'their manager', 'their manager', 'called', 'direct'],
      ['We didn\'t play well, but good teams find a way to win, I\'m proud of the spirit.', 'Dana Whitlock', 'Dana Whitlock', 'told', 'direct'],
      ['he had "just closed my eyes and hit it."', 'The 24-year-old midfielder', 'The 24-year-old midfielder', 'said', 'mixed'],
      ['the referee had missed a clear foul in the build-up to the winner and that his players felt "robbed."', 'He', 'Owen Pryce', 'said', 'mixed'],
      ['I\'ve watched it back five times, It\'s a foul every time.', 'Pryce', 'Owen Pryce', 'said', 'direct'],
      ['whether he would complain to the league', null, null, 'Asked', 'indirect'],
      ['he would wait until he had calmed down', 'Pryce', 'Owen Pryce', 'said', 'indirect'],
      ['the team was not thinking about the title yet', 'Ferro', 'Lucas Ferro', 'said', 'indirect'],
      ['There are still twelve games to go,', 'he', 'Lucas Ferro', 'said', 'direct'],
    ],
    every: [
      ['the ugliest three points of the season.', 'their manager', 'their manager', 'called', 'direct'],
      ['We didn\'t play well, but good teams find a way to win, I\'m proud of the spirit.', 'Dana Whitlock', 'Dana Whitlock', 'told', 'direct'],
      ['he had "just closed my eyes and hit it."', 'The 24-year-old midfielder', 'The 24-year-old midfielder', 'said', 'mixed'],
      ['the referee had missed a clear foul in the build-up to the winner and that his players felt "robbed."', 'He', 'Owen Pryce', 'said', 'mixed'],
      ['I\'ve watched it back five times, It\'s a foul every time.', 'Pryce', 'Owen Pryce', 'said', 'direct'],
      ['whether he would complain to the league', null, null, 'Asked', 'indirect'],
      ['he would wait until he had calmed down', 'Pryce', 'Owen Pryce', 'said', 'indirect'],
      ['the team was not thinking about the title yet', 'Ferro', 'Lucas Ferro', 'said', 'indirect'],
      ['There are still twelve games to go,', 'he', 'Lucas Ferro', 'said', 'direct'],
    ],
  },
  {
    topic: 'courts: a sentencing report',
    paragraphs: [
      'A former bank manager was jailed for six years on Friday for stealing more than 2 million pounds from elderly customers.',
      'Prosecutors told the court that Gerald Finch, 58, had moved money from 14 accounts into a company he controlled over a period of five years.',
      '"He targeted people who trusted him completely," prosecutor Anne Okafor said. She told the jury that several of the victims had since died.',
      'Finch\'s lawyer, Simon Hale, argued that his client had suffered from a gambling addiction and had shown genuine remorse.',
      'Sentencing him, Judge Patricia Lowe said the thefts were "a grave breach of trust."',
      '"You took advantage of people at the most vulnerable point in their lives," the judge told Finch. "The harm you have caused cannot be undone."',
      'Outside court, the daughter of one victim said the family was relieved. "Nothing will bring back what he took from my mother," she said.',
      'The bank said in a statement that it had repaid all of the customers affected.',
    ],
    byDefault: [
      ['Gerald Finch, 58, had moved money from 14 accounts into a company he controlled over a period of five years', 'Prosecutors', 'Prosecutors', 'told', 'indirect'],
      ['He targeted people who trusted him completely,', 'prosecutor Anne Okafor', 'Anne Okafor', 'said', 'direct'],
      ['several of the victims had since died', 'She', 'Anne Okafor', 'told', 'indirect'],
      ['his client had suffered from a gambling addiction and had shown genuine remorse', 'Finch\'s lawyer, Simon Hale', 'Simon Hale', 'argued', 'indirect'],
      ['the thefts were "a grave breach of trust."', 'Judge Patricia Lowe', 'Patricia Lowe', 'said', 'mixed'],
      ['You took advantage of people at the most vulnerable point in their lives, The harm you have caused cannot be undone.', 'the judge', 'Patricia Lowe', 'told', 'direct'],
      ['the family was relieved', 'the daughter of one victim', 'the daughter of one victim', 'said', 'indirect'],
      // "she" is the daughter of the sentence before (fix45: a speaker described by a kin noun of her gender)
      ['Nothing will bring back what he took from my mother,', 'she', 'the daughter of one victim', 'said', 'direct'],
      ['it had repaid all of the customers affected', 'The bank', 'The bank', 'said', 'indirect'],
    ],
    every: [
      ['Gerald Finch, 58, had moved money from 14 accounts into a company he controlled over a period of five years', 'Prosecutors', 'Prosecutors', 'told', 'indirect'],
      ['He targeted people who trusted him completely,', 'prosecutor Anne Okafor', 'Anne Okafor', 'said', 'direct'],
      ['several of the victims had since died', 'She', 'Anne Okafor', 'told', 'indirect'],
      // fixed (probe32): every category on, the coordinated "and had shown" no longer ends the clause
      ['his client had suffered from a gambling addiction and had shown genuine remorse', 'Finch\'s lawyer, Simon Hale', 'Simon Hale', 'argued', 'indirect'],
      ['the thefts were "a grave breach of trust."', 'Judge Patricia Lowe', 'Patricia Lowe', 'said', 'mixed'],
      ['You took advantage of people at the most vulnerable point in their lives, The harm you have caused cannot be undone.', 'the judge', 'Patricia Lowe', 'told', 'direct'],
      ['the family was relieved', 'the daughter of one victim', 'the daughter of one victim', 'said', 'indirect'],
      // "she" is the daughter of the sentence before (fix45: a speaker described by a kin noun of her gender)
      ['Nothing will bring back what he took from my mother,', 'she', 'the daughter of one victim', 'said', 'direct'],
      ['it had repaid all of the customers affected', 'The bank', 'The bank', 'said', 'indirect'],
    ],
  },
  {
    topic: 'science and business: a study and an earnings call',
    paragraphs: [
      'Drinking two cups of coffee a day may lower the risk of heart disease, according to a large study published on Wednesday.',
      'The researchers followed 40,000 adults for ten years and found that moderate coffee drinkers were 15 percent less likely to suffer a heart attack.',
      '"We were surprised by how consistent the effect was," said the study\'s lead author, Dr. Irene Sato, a cardiologist at the University of Leeds.',
      'Sato cautioned that the study showed an association, not a cause. "People who drink coffee may differ in other ways," she said.',
      'Other experts were more sceptical. Mark Delaney, a professor of nutrition who was not involved in the research, said the results should be "treated with caution."',
      'Meanwhile, shares in the coffee chain Brewline rose 3 percent. The company\'s chief executive, Ana Ruiz, told analysts on Thursday that sales had grown in every region.',
      'Analysts at Harbor Capital said they expected the company to raise its forecast.',
    ],
    byDefault: [
      ['Drinking two cups of coffee a day may lower the risk of heart disease', 'a large study published on Wednesday', 'a large study published on Wednesday', 'according to', 'indirect'],
      ['We were surprised by how consistent the effect was,', 'the study\'s lead author, Dr. Irene Sato, a cardiologist at the University of Leeds', 'Irene Sato', 'said', 'direct'],
      ['the study showed an association, not a cause', 'Sato', 'Irene Sato', 'cautioned', 'indirect'],
      ['People who drink coffee may differ in other ways,', 'she', 'Irene Sato', 'said', 'direct'],
      ['the results should be "treated with caution."', 'Mark Delaney, a professor of nutrition who was not involved in the research', 'Mark Delaney', 'said', 'mixed'],
      ['sales had grown in every region', 'The company\'s chief executive, Ana Ruiz', 'Ana Ruiz', 'told', 'indirect'],
      ['they expected the company to raise its forecast', 'Analysts at Harbor Capital', 'Analysts at Harbor Capital', 'said', 'indirect'],
    ],
    every: [
      ['Drinking two cups of coffee a day may lower the risk of heart disease', 'a large study published on Wednesday', 'a large study published on Wednesday', 'according to', 'indirect'],
      ['moderate coffee drinkers were 15 percent less likely to suffer a heart attack', 'The researchers', 'The researchers', 'found', 'indirect'],
      ['We were surprised by how consistent the effect was,', 'the study\'s lead author, Dr. Irene Sato, a cardiologist at the University of Leeds', 'Irene Sato', 'said', 'direct'],
      ['the study showed an association, not a cause', 'Sato', 'Irene Sato', 'cautioned', 'indirect'],
      ['People who drink coffee may differ in other ways,', 'she', 'Irene Sato', 'said', 'direct'],
      ['the results should be "treated with caution."', 'Mark Delaney, a professor of nutrition who was not involved in the research', 'Mark Delaney', 'said', 'mixed'],
      ['sales had grown in every region', 'The company\'s chief executive, Ana Ruiz', 'Ana Ruiz', 'told', 'indirect'],
      ['they expected the company to raise its forecast', 'Analysts at Harbor Capital', 'Analysts at Harbor Capital', 'said', 'indirect'],
    ],
  },
];

const asRows = (r: ReturnType<typeof extract>): ArticleRow[] => r.quotes.map((q) => [q.text, q.speaker?.mention?.text ?? null, q.speaker?.name ?? null, q.cue?.span.text ?? null, q.kind]);

describe('invented articles of new genres (probe28)', () => {
  test.each(articles.map((a) => [a.topic, a] as const))('%s', (_topic, a) => {
    const text = a.paragraphs.join('\n\n');
    expect(asRows(extract(text))).toEqual(a.byDefault);
    expect(asRows(extract(text, { categories: [...EVERY.categories] }))).toEqual(a.every);
  });
});
