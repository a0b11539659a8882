/**
 * Invented news in many styles (fix90): wire copy with datelines, sports, court, business, science and local
 * reports, UK and Australian style (single quotes, "Mr" without a dot), interviews, press releases, obituaries,
 * live blogs, curly and low-high marks, quotes over several paragraphs. Each passage was read by hand first; the
 * rows are what a careful reader expects (exact parts, speaker mention, name, cue and rule; a quote that goes on
 * after its attribution is one quote of several parts). Two fixes came out of it: a sentence ends after an
 * abbreviation kept whole with its full stop ("U.S.", "km/h.", "ft.") before an opening mark set off by a space,
 * and a reaction verb ("agreed", "did not elaborate") in a sentence of its own after a quote closed by a full stop
 * does not attribute that quote. Invented sentences only.
 */
import { describeNamedTables, named, type NamedCase } from './support/name-rows.js';

/** The two fixes. */
const fixes: NamedCase[] = [
  ['fix: a quote after "km/h."', 'Sgt Ann Lee said the van was travelling at 140km/h. \'It is a miracle no one was hurt,\' she said.', [
    named(['the van was travelling at 140km/h.'], 'Sgt Ann Lee', 'Ann Lee', 'said', 'reported/cue-clause'),
    named(['It is a miracle no one was hurt,'], 'she', 'Ann Lee', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['fix: a quote after "the U.S."', 'The firm moved its headquarters to the U.S. "It was the right time," its founder, Omar Haddad, said.', [
    named(['It was the right time,'], 'its founder, Omar Haddad', 'Omar Haddad', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['fix: a quote after "ft."', 'The wave reached 30 ft. “Nobody had seen anything like it,” said Tomas Reyes, a fisherman.', [
    named(['Nobody had seen anything like it,'], 'Tomas Reyes, a fisherman', 'Tomas Reyes', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['fix: a reaction verb after a full stop', '"We were second to every ball," coach Ana Brill said. "That is on me." Captain Tom Hale agreed.', [
    named(['We were second to every ball,', 'That is on me.'], 'coach Ana Brill', 'Ana Brill', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['fix: "did not elaborate"', '"The report is wrong. We will say more next week." The ministry did not elaborate.', [
    named(['The report is wrong. We will say more next week.'], null, null, null, 'direct/unattributed', 'direct'),
  ]],
];

/** What the fixes leave as it was: a nickname after initials, a name in marks, "agreed" right after a quote. */
const negatives: NamedCase[] = [
  ['keep: a nickname after initials', 'Gov. C.L. "Butch" Harlan said the state would appeal.', [
    named(['the state would appeal'], 'Gov. C.L. "Butch" Harlan', 'C.L. Harlan', 'said', 'reported/cue-clause'),
  ]],
  ['keep: a name in marks after "the U.S."', 'The U.S. "Patriot" missile failed in the test, the army said.', [
    named(['The U.S. "Patriot" missile failed in the test'], 'the army', 'the army', 'said', 'reported/content-speaker-cue', 'mixed'),
  ]],
  ['keep: "agreed" after a comma', '"We have to be better," Kwame Mensah agreed.', [
    named(['We have to be better,'], 'Kwame Mensah', 'Kwame Mensah', 'agreed', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

/** The passages, one style each. */
const passages: NamedCase[] = [
  ['wire1: wire dateline', 'NAIROBI, Kenya (AP) — Kenya\'s health ministry said Tuesday that 14 people had died in the outbreak. "The situation is under control," Health Minister Susan Nakhumicha told reporters. She urged residents to boil water.', [
    named(['14 people had died in the outbreak'], 'Kenya\'s health ministry', 'Kenya\'s health ministry', 'said', 'reported/cue-that'),
    named(['The situation is under control,'], 'Health Minister Susan Nakhumicha', 'Susan Nakhumicha', 'told', 'direct/trailing-speaker-cue', 'direct'),
    named(['residents to boil water'], 'She', 'Susan Nakhumicha', 'urged', 'reported/cue-infinitive'),
  ]],
  ['wire3: wire dateline', 'TOKYO — Japan\'s central bank kept rates unchanged on Wednesday. "We will patiently continue easing," Governor Kazuo Ueda said, adding that wages were rising.', [
    named(['We will patiently continue easing,'], 'Governor Kazuo Ueda', 'Kazuo Ueda', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['wages were rising'], 'Governor Kazuo Ueda', 'Kazuo Ueda', 'adding', 'reported/cue-that'),
  ]],
  ['wire4: wire dateline curly', 'MOSCOW, March 3 (Reuters) – Kremlin spokesman Dmitry Peskov said the talks had “no prospects” for now. “We see no basis for dialogue,” Peskov told reporters on a conference call.', [
    named(['the talks had “no prospects” for now'], 'Kremlin spokesman Dmitry Peskov', 'Dmitry Peskov', 'said', 'reported/cue-clause', 'mixed'),
    named(['We see no basis for dialogue,'], 'Peskov', 'Dmitry Peskov', 'told', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['sport1: sports', 'Coach Marta Ruiz-Delgado was blunt after the 3-0 loss to Lenton United. "We were second to every ball," she said. "That is on me." Striker Kwame Mensah agreed. "We have to be better," he said.', [
    named(['We were second to every ball,', 'That is on me.'], 'she', 'Marta Ruiz-Delgado', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['We have to be better,'], 'he', 'Kwame Mensah', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['sport2: sports', '"It was a great team effort," said Hawks coach Dave O\'Neill, whose side won its fifth straight game. Guard Tyrese Jackson Jr. scored 31 points. "I just took what the defense gave me," Jackson said.', [
    named(['It was a great team effort,'], 'Hawks coach Dave O\'Neill', 'Dave O\'Neill', 'said', 'direct/trailing-cue-speaker', 'direct'),
    named(['I just took what the defense gave me,'], 'Jackson', 'Tyrese Jackson Jr.', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['sport3: sports', 'The Rovers manager said his players had shown real character. "They never stopped running," he said. Captain Liam O\'Brien-Walsh said the win meant a lot to the fans.', [
    named(['his players had shown real character'], 'The Rovers manager', 'The Rovers manager', 'said', 'reported/cue-clause'),
    named(['They never stopped running,'], 'he', 'The Rovers manager', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['the win meant a lot to the fans'], 'Captain Liam O\'Brien-Walsh', 'Liam O\'Brien-Walsh', 'said', 'reported/cue-clause'),
  ]],
  ['sport4: sports', 'Serena Okafor, 19, won her first title on Sunday. "I can\'t believe it," Okafor said after the match. Her coach, Pierre Lemaire, said she had worked for years for this moment.', [
    named(['I can\'t believe it,'], 'Okafor', 'Serena Okafor', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['she had worked for years for this moment'], 'Her coach, Pierre Lemaire', 'Pierre Lemaire', 'said', 'reported/cue-clause'),
  ]],
  ['sport5: sports', 'Quarterback J.T. Barrett III threw for 300 yards. "We just executed," Barrett said. Coach Bill Haines added: "He was special tonight."', [
    named(['We just executed,'], 'Barrett', 'J.T. Barrett III', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['He was special tonight.'], 'Coach Bill Haines', 'Bill Haines', 'added', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['court1: court', 'The judge said the defendant had shown no remorse. Prosecutors alleged that Marcus Bell, 34, stole more than $2 million from clients. "This was a calculated scheme," Assistant U.S. Attorney Rachel Kim told the jury.', [
    named(['the defendant had shown no remorse'], 'The judge', 'The judge', 'said', 'reported/cue-clause'),
    named(['Marcus Bell, 34, stole more than $2 million from clients'], 'Prosecutors', 'Prosecutors', 'alleged', 'reported/cue-that'),
    named(['This was a calculated scheme,'], 'Assistant U.S. Attorney Rachel Kim', 'Rachel Kim', 'told', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['court2: court', 'According to court documents, the company hid the losses for three years. Defense attorney Luis Ortega said his client would appeal. "We respect the verdict but disagree with it," Ortega said.', [
    named(['the company hid the losses for three years'], 'court documents', 'court documents', 'According to', 'reported/according-to-lead'),
    named(['his client would appeal'], 'Defense attorney Luis Ortega', 'Luis Ortega', 'said', 'reported/cue-clause'),
    named(['We respect the verdict but disagree with it,'], 'Ortega', 'Luis Ortega', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['court3: court', 'U.S. District Judge Amy Chen ruled that the law was unconstitutional. In her opinion, Chen wrote that the state had "failed to show any harm." The attorney general\'s office said it would appeal.', [
    named(['the law was unconstitutional'], 'U.S. District Judge Amy Chen', 'Amy Chen', 'ruled', 'reported/cue-that'),
    named(['the state had "failed to show any harm."'], 'Chen', 'Amy Chen', 'wrote', 'reported/cue-that', 'mixed'),
    named(['it would appeal'], 'The attorney general\'s office', 'The attorney general\'s office', 'said', 'reported/cue-clause'),
  ]],
  ['court4: court', 'The jury deliberated for two days. "Justice was served," the victim\'s mother, Grace Adeyemi, said outside the courthouse. Prosecutors said they would seek a life sentence.', [
    named(['Justice was served,'], 'the victim\'s mother, Grace Adeyemi', 'Grace Adeyemi', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['they would seek a life sentence'], 'Prosecutors', 'Prosecutors', 'said', 'reported/cue-clause'),
  ]],
  ['court5: court', 'A lawsuit filed Monday claims the city ignored repeated warnings. The complaint says officials knew about the lead pipes in 2019. City attorney Mark Feld declined to comment.', [
    named(['the city ignored repeated warnings'], 'A lawsuit filed Monday', 'A lawsuit filed Monday', 'claims', 'reported/cue-clause'),
    named(['officials knew about the lead pipes in 2019'], 'The complaint', 'The complaint', 'says', 'reported/cue-clause'),
  ]],
  ['biz1: business', 'Acme Corp said in a statement that it would cut 1,200 jobs. "These decisions are never easy," Chief Executive Priya Natarajan said. Analysts said the cuts were overdue.', [
    named(['it would cut 1,200 jobs'], 'Acme Corp', 'Acme Corp', 'said', 'reported/cue-that'),
    named(['These decisions are never easy,'], 'Chief Executive Priya Natarajan', 'Priya Natarajan', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['the cuts were overdue'], 'Analysts', 'Analysts', 'said', 'reported/cue-clause'),
  ]],
  ['biz2: business', 'Shares of Boltline fell 8% after the company warned that sales would slow. "Demand has softened in Europe," finance chief Henrik Sørensen said on a call with analysts. Boltline did not answer questions sent by email.', [
    named(['sales would slow'], 'the company', 'the company', 'warned', 'reported/cue-that'),
    named(['Demand has softened in Europe,'], 'finance chief Henrik Sørensen', 'Henrik Sørensen', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['biz3: business', '"We see a lot of upside here," said Jane Wu, an analyst at Morgan Stanley. Wu said the stock could reach $80 within a year. A spokeswoman for the company declined to comment.', [
    named(['We see a lot of upside here,'], 'Jane Wu, an analyst at Morgan Stanley', 'Jane Wu', 'said', 'direct/trailing-cue-speaker', 'direct'),
    named(['the stock could reach $80 within a year'], 'Wu', 'Jane Wu', 'said', 'reported/cue-clause'),
  ]],
  ['biz4: business', 'The company expects revenue of $4 billion this year, it said on Thursday. Chief executive Tom Baxter told investors the merger would close by June.', [
    named(['The company expects revenue of $4 billion this year'], 'it', 'The company', 'said', 'reported/content-speaker-cue'),
    named(['the merger would close by June'], 'Chief executive Tom Baxter', 'Tom Baxter', 'told', 'reported/cue-clause'),
  ]],
  ['sci1: science', 'The study found that people who slept less than six hours had a higher risk of heart disease. "The effect was surprisingly large," said lead author Dr. Mei-Ling Zhou of the University of Toronto. The researchers said more work was needed.', [
    named(['The effect was surprisingly large,'], 'lead author Dr. Mei-Ling Zhou of the University of Toronto', 'Mei-Ling Zhou', 'said', 'direct/trailing-cue-speaker', 'direct'),
    named(['more work was needed'], 'The researchers', 'The researchers', 'said', 'reported/cue-clause'),
  ]],
  ['sci2: science', 'Researchers say the new vaccine could prevent thousands of deaths. According to the report, the trial involved 4,000 volunteers. "This is a real advance," said Prof Ahmed Farouk, who was not involved in the research.', [
    named(['the new vaccine could prevent thousands of deaths'], 'Researchers', 'Researchers', 'say', 'reported/cue-clause'),
    named(['the trial involved 4,000 volunteers'], 'the report', 'the report', 'According to', 'reported/according-to-lead'),
    named(['This is a real advance,'], 'Prof Ahmed Farouk, who was not involved in the research', 'Ahmed Farouk', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['sci3: science', 'Astronomers announced Tuesday that they had found water vapor on a distant planet. "It\'s the first time we have seen this so clearly," said Dr. Laura Becker-Schmidt, an astrophysicist at the institute.', [
    named(['they had found water vapor on a distant planet'], 'Astronomers', 'Astronomers', 'announced', 'reported/cue-that'),
    named(['It\'s the first time we have seen this so clearly,'], 'Dr. Laura Becker-Schmidt, an astrophysicist at the institute', 'Laura Becker-Schmidt', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['local1: local', 'Residents packed the town hall on Monday. "We were never asked," said Ann Lee, 54, who has lived on Elm Street for 30 years. Mayor Tom Rivera said the council would hold another meeting.', [
    named(['We were never asked,'], 'Ann Lee', 'Ann Lee', 'said', 'direct/trailing-cue-speaker', 'direct'),
    named(['the council would hold another meeting'], 'Mayor Tom Rivera', 'Tom Rivera', 'said', 'reported/cue-clause'),
  ]],
  ['local2: local', 'Fire Chief Dana Brooks said the blaze started in the kitchen. No one was hurt. "The smoke detectors saved lives," Brooks said.', [
    named(['the blaze started in the kitchen'], 'Fire Chief Dana Brooks', 'Dana Brooks', 'said', 'reported/cue-clause'),
    named(['The smoke detectors saved lives,'], 'Brooks', 'Dana Brooks', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['local3: local', 'Jorge Ramírez, 62, said the new bus route would save him an hour a day. "It\'s about time," he said. A city spokeswoman said the route would start in May.', [
    named(['the new bus route would save him an hour a day'], 'Jorge Ramírez, 62', 'Jorge Ramírez', 'said', 'reported/cue-clause'),
    named(['It\'s about time,'], 'he', 'Jorge Ramírez', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['the route would start in May'], 'A city spokeswoman', 'A city spokeswoman', 'said', 'reported/cue-clause'),
  ]],
  ['local4: local', 'The school board voted 4-3 to close Lincoln Elementary. "This breaks my heart," board member Keisha Thompson said before the vote. Superintendent Alan Cho told parents the closure would save $1.5 million.', [
    named(['This breaks my heart,'], 'board member Keisha Thompson', 'Keisha Thompson', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['the closure would save $1.5 million'], 'Superintendent Alan Cho', 'Alan Cho', 'told', 'reported/cue-clause'),
  ]],
  ['uk1: UK single', 'Mr Johnson said the plan was \'a disaster\'. \'I have never seen anything like it,\' he said. Mrs Patel, the home secretary, said she had full confidence in the police.', [
    named(['the plan was \'a disaster\''], 'Mr Johnson', 'Johnson', 'said', 'reported/cue-clause', 'mixed'),
    named(['I have never seen anything like it,'], 'he', 'Johnson', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['she had full confidence in the police'], 'Mrs Patel, the home secretary', 'Patel', 'said', 'reported/cue-clause'),
  ]],
  ['uk2: UK single', '\'We are deeply sorry,\' a spokesman for the council said. \'Lessons will be learned.\' Dr Emma Hughes, a local GP, said the delays had put patients at risk.', [
    named(['We are deeply sorry,', 'Lessons will be learned.'], 'a spokesman for the council', 'a spokesman for the council', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['the delays had put patients at risk'], 'Dr Emma Hughes, a local GP', 'Emma Hughes', 'said', 'reported/cue-clause'),
  ]],
  ['uk3: UK single', 'Ms Sturgeon told MSPs: \'This is a matter of fairness.\' Scottish Labour leader Anas Sarwar said the government had lost control.', [
    named(['This is a matter of fairness.'], 'Ms Sturgeon', 'Sturgeon', 'told', 'direct/leading-speaker-cue', 'direct'),
    named(['the government had lost control'], 'Scottish Labour leader Anas Sarwar', 'Anas Sarwar', 'said', 'reported/cue-clause'),
  ]],
  ['au1: Australian', 'Prime Minister Anthony Albanese said the deal was good for Australian workers. \'It\'s a fair outcome,\' Mr Albanese said. Opposition Leader Peter Dutton said the government had caved in.', [
    named(['the deal was good for Australian workers'], 'Prime Minister Anthony Albanese', 'Anthony Albanese', 'said', 'reported/cue-clause'),
    named(['It\'s a fair outcome,'], 'Mr Albanese', 'Anthony Albanese', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['the government had caved in'], 'Opposition Leader Peter Dutton', 'Peter Dutton', 'said', 'reported/cue-clause'),
  ]],
  ['au2: Australian', 'Police say a 23-year-old man has been charged over the crash. Senior Sergeant Kylie Nguyen said the driver was travelling at more than 150km/h. \'It\'s a miracle no one died,\' she said.', [
    named(['a 23-year-old man has been charged over the crash'], 'Police', 'Police', 'say', 'reported/cue-clause'),
    named(['the driver was travelling at more than 150km/h.'], 'Senior Sergeant Kylie Nguyen', 'Kylie Nguyen', 'said', 'reported/cue-clause'),
    named(['It\'s a miracle no one died,'], 'she', 'Kylie Nguyen', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['qa1: interview', 'In an interview, the author Chimamanda Eze said she writes every morning. "Writing is how I think," Eze said. Asked about her next book, she said it would be set in Lagos.', [
    named(['she writes every morning'], 'the author Chimamanda Eze', 'Chimamanda Eze', 'said', 'reported/cue-clause'),
    named(['Writing is how I think,'], 'Eze', 'Chimamanda Eze', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['her next book'], null, null, 'Asked about', 'reported/cue-topic-no-speaker'),
    named(['it would be set in Lagos'], 'she', 'Chimamanda Eze', 'said', 'reported/cue-clause'),
  ]],
  ['qa2: interview', 'Speaking to the BBC, former minister Jan de Vries said the party had lost its way. "We forgot who we were for," he said.', [
    named(['the party had lost its way'], 'former minister Jan de Vries', 'Jan de Vries', 'said', 'reported/cue-clause'),
    named(['We forgot who we were for,'], 'he', 'Jan de Vries', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['pr1: press release', 'SPRINGFIELD, Ill., May 2, 2026 /PRNewswire/ -- Horizon Health today announced the opening of its new clinic. "We are proud to serve this community," said Maria Gonzalez, CEO of Horizon Health.', [
    named(['the opening of its new clinic'], 'Horizon Health', 'Horizon Health', 'announced', 'reported/cue-object'),
    named(['We are proud to serve this community,'], 'Maria Gonzalez, CEO of Horizon Health', 'Maria Gonzalez', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['pr2: press release', '"This partnership will transform how farmers access credit," said Olu Bankole, founder of AgriPay. "We are only getting started." The company said it plans to expand to five countries by 2027.', [
    named(['This partnership will transform how farmers access credit,', 'We are only getting started.'], 'Olu Bankole, founder of AgriPay', 'Olu Bankole', 'said', 'direct/trailing-cue-speaker', 'direct'),
    named(['it plans to expand to five countries by 2027'], 'The company', 'The company', 'said', 'reported/cue-clause'),
  ]],
  ['obit1: obituary', 'Harold Finch, a jazz pianist who played with the greats, died on Saturday at his home in Chicago. He was 88. His daughter, Ruth Finch, said the cause was heart failure. "He played until the very end," she said.', [
    named(['the cause was heart failure'], 'His daughter, Ruth Finch', 'Ruth Finch', 'said', 'reported/cue-clause'),
    named(['He played until the very end,'], 'she', 'Ruth Finch', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['obit2: obituary', 'Fatima Al-Sayed, who founded the city\'s first women\'s shelter, has died. She was 91. Her death was confirmed by her son, Karim. "She never turned anyone away," he said.', [
    named(['Her death'], 'Karim', 'Karim', 'was confirmed', 'reported/passive-subject'),
    named(['She never turned anyone away,'], 'he', 'Karim', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['live1: live blog', '10:42 a.m. — The governor said the state would send 500 National Guard troops. "We will not let this city burn," Gov. Linda Harper said.', [
    named(['the state would send 500 National Guard troops'], 'The governor', 'Linda Harper', 'said', 'reported/cue-clause'),
    named(['We will not let this city burn,'], 'Gov. Linda Harper', 'Linda Harper', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['live2: live blog', '3:15 PM: Senator Raúl Medina told reporters he would vote against the bill. "It spends too much," Medina said. 3:30 PM: The vote has been delayed.', [
    named(['he would vote against the bill'], 'Senator Raúl Medina', 'Raúl Medina', 'told', 'reported/cue-clause'),
    named(['It spends too much,'], 'Medina', 'Raúl Medina', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['guil2: guillemets english', '«We are ready for talks,» said Foreign Minister Ilya Petrov. He added that sanctions must be lifted first.', [
    named(['We are ready for talks,'], 'Foreign Minister Ilya Petrov', 'Ilya Petrov', 'said', 'direct/trailing-cue-speaker', 'direct'),
    named(['sanctions must be lifted first'], 'He', 'Ilya Petrov', 'added', 'reported/cue-that'),
  ]],
  ['low1: German quotes', '„Das ist ein guter Tag“, said Chancellor Friedrich Merz. He said the coalition had agreed on the budget.', [
    named(['Das ist ein guter Tag'], 'Chancellor Friedrich Merz', 'Friedrich Merz', 'said', 'direct/trailing-cue-speaker', 'direct'),
    named(['the coalition had agreed on the budget'], 'He', 'Friedrich Merz', 'said', 'reported/cue-clause'),
  ]],
  ['multi1: multi paragraph', '"We have waited too long," said Rosa Delgado, who leads the tenants\' union.\n\n"The landlord has ignored every complaint. Now we are going to court."\n\nThe landlord did not respond.', [
    named(['We have waited too long,', 'The landlord has ignored every complaint. Now we are going to court.'], 'Rosa Delgado, who leads the tenants\' union', 'Rosa Delgado', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['wire6: wire', 'WASHINGTON (AP) — The White House said Thursday it would veto the bill. Press secretary Karine Jean-Pierre called the measure "reckless."', [
    named(['it would veto the bill'], 'The White House', 'The White House', 'said', 'reported/cue-clause'),
    named(['the measure "reckless."'], 'Press secretary Karine Jean-Pierre', 'Karine Jean-Pierre', 'called', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['wire7: wire', 'Officials said at least 40 people were killed. The toll was expected to rise, according to the Red Cross.', [
    named(['at least 40 people were killed'], 'Officials', 'Officials', 'said', 'reported/cue-clause'),
    named(['The toll was expected to rise'], 'the Red Cross', 'Red Cross', 'according to', 'reported/according-to-trail'),
  ]],
  ['wire8: wire', 'Indonesian President Prabowo Subianto said Jakarta would stay neutral. "We are friends with everyone," he said in a televised address.', [
    named(['Jakarta would stay neutral'], 'Indonesian President Prabowo Subianto', 'Prabowo Subianto', 'said', 'reported/cue-clause'),
    named(['We are friends with everyone,'], 'he', 'Prabowo Subianto', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['sport6: sports', '"He\'s the best I\'ve ever coached," Ange Postecoglou said of his goalkeeper. The keeper, Guglielmo Vicario, said he felt at home in London.', [
    named(['He\'s the best I\'ve ever coached,'], 'Ange Postecoglou', 'Ange Postecoglou', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['he felt at home in London'], 'The keeper, Guglielmo Vicario', 'Guglielmo Vicario', 'said', 'reported/cue-clause'),
  ]],
  ['court6: court', 'The defendant, Anthony R. Marsh, told the court he had acted in self-defense. The judge, Patricia O\'Malley, said she found that claim "not credible."', [
    named(['he had acted in self-defense'], 'The defendant, Anthony R. Marsh', 'Anthony R. Marsh', 'told', 'reported/cue-clause'),
    named(['she found that claim "not credible."'], 'The judge, Patricia O\'Malley', 'Patricia O\'Malley', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  ['biz5: business', 'In a statement, Nordvik Energy said the outage was caused by a cyberattack. "Customer data was not affected," the statement said.', [
    named(['the outage was caused by a cyberattack'], 'Nordvik Energy', 'Nordvik Energy', 'said', 'reported/cue-clause'),
    named(['Customer data was not affected,'], 'the statement', 'the statement', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['biz6: business', '"We\'re cautiously optimistic," Lisa Tran, chief economist at Harbor Bank, wrote in a note to clients. She expects the central bank to cut rates in June.', [
    named(['We\'re cautiously optimistic,'], 'Lisa Tran, chief economist at Harbor Bank', 'Lisa Tran', 'wrote', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['sci4: science', 'The findings, published in Nature, suggest that the ice is melting faster than thought. "We were shocked," co-author Siddharth Rao said.', [
    named(['the ice is melting faster than thought'], 'The findings', 'The findings', 'suggest', 'reported/cue-that'),
    named(['We were shocked,'], 'co-author Siddharth Rao', 'Siddharth Rao', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['local5: local', 'Councilwoman Beatriz Santos-Lima said the park would reopen in June. Neighbor Frank Kowalski, 71, was skeptical. "I\'ll believe it when I see it," he said.', [
    named(['the park would reopen in June'], 'Councilwoman Beatriz Santos-Lima', 'Beatriz Santos-Lima', 'said', 'reported/cue-clause'),
    named(['I\'ll believe it when I see it,'], 'he', 'Frank Kowalski', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['uk4: UK', 'The Chancellor, Rachel Reeves, said the budget would \'fix the foundations\'. Shadow chancellor Mel Stride said taxes would rise for working people.', [
    named(['the budget would \'fix the foundations\''], 'The Chancellor, Rachel Reeves', 'Rachel Reeves', 'said', 'reported/cue-clause', 'mixed'),
    named(['taxes would rise for working people'], 'Shadow chancellor Mel Stride', 'Mel Stride', 'said', 'reported/cue-clause'),
  ]],
  ['au3: Australian', 'Ms Wong said Australia had raised the matter with Beijing. \'We have been clear,\' she told reporters in Canberra.', [
    named(['Australia had raised the matter with Beijing'], 'Ms Wong', 'Wong', 'said', 'reported/cue-clause'),
    named(['We have been clear,'], 'she', 'Wong', 'told', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['qa3: interview transcript', 'Q: Will you run again?\nA: "I haven\'t decided," Senator Okoro said.\nShe said she would announce her plans in the spring.', [
    named(['Will you run again'], 'Q', 'Q', ':', 'reported/interview'),
    named(['I haven\'t decided,'], 'Senator Okoro', 'Okoro', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['she would announce her plans in the spring'], 'She', 'Okoro', 'said', 'reported/cue-clause'),
  ]],
  ['pr3: press release', '"Our results reflect the hard work of our team," said Dr. Anil K. Gupta, President and CEO of MedTrack Inc. The company reaffirmed its full-year guidance.', [
    named(['Our results reflect the hard work of our team,'], 'Dr. Anil K. Gupta, President and CEO of MedTrack Inc.', 'Anil K. Gupta', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['obit3: obituary', 'Sister Mary Agnes O\'Connor, a nun who taught for 60 years, died Tuesday. She was 94. "She taught three generations of this town," said her niece, Claire Dunne.', [
    named(['She taught three generations of this town,'], 'her niece, Claire Dunne', 'Claire Dunne', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['live3: live blog', '1:05 p.m. ET: Fed Chair Jerome Powell says inflation remains "too high." 1:12 p.m. ET: "We are prepared to act," Powell says.', [
    named(['inflation remains "too high."'], 'Chair Jerome Powell', 'Jerome Powell', 'says', 'reported/cue-clause', 'mixed'),
    named(['We are prepared to act,'], 'Powell', 'Jerome Powell', 'says', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['straight1: mixed quotes', 'Gen. Mark A. Milley said the troops were "ready for anything" and would leave by May.', [
    named(['the troops were "ready for anything" and would leave by May'], 'Gen. Mark A. Milley', 'Mark A. Milley', 'said', 'reported/cue-clause', 'mixed'),
  ]],
];

describeNamedTables('fix90: invented news in many styles', { fixes: [...fixes, ...passages], negatives });
