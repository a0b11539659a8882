/**
 * Do speaker names hold on invented passages (check55)? Short passages that
 * stress the NAME a careful reader gives the speaker: long descriptions with
 * the name inside ("The head of the union's Boston chapter, Maria Lopez,"), a
 * name after a long title, pronouns across paragraphs with two people of the
 * same and of different genders, "the former X" / "the new X", organisations
 * and their spokespeople, name particles, initials ("J.D.", "E. Jean"),
 * suffixes ("Jr.", "III", "II"), non-Western names, nicknames in quotation
 * marks, plural speakers ("Officials", "Both senators"), speakers in
 * possessives ("Lee's spokesman") and "according to" + document + person.
 * Fixes found this way: "the new chief said" is a speaker (the tagger reads
 * new/ADV chief/ADJ; it was no speaker at all, and the direct quote joined
 * the reported clause before it as one mixed quote); "according to the
 * inspector general, Mark Fenn," keeps the title's "general" (read as an
 * adjective, it was cut to "the inspector" and "Mark Fenn," went into the
 * content) and so finds the named appositive; a nickname in quotation marks
 * between a given name and a surname stays in the mention and out of the
 * name ('Dwayne "The Rock" Johnson' is Dwayne Johnson, was "Johnson"), and
 * the document's names read it as one name, so "Johnson" later joins it; a
 * particle surname after a full name with a suffix ("van Beethoven" after
 * "Ludwig van Beethoven Jr.") and a two-word surname after one or two known
 * first names ("Garcia Lopez" after "Jose Maria Garcia Lopez") stand for that
 * full name.
 * Exact parts, speaker mention and name, cue, rule and kind; shapes still
 * wrong are `it.todo` with the current name; negatives that yield nothing.
 */
import { describe, expect, it, test } from 'vitest';
import { extract } from './support/invariants.js';
import { namedRows, named, type NamedRow } from './support/name-rows.js';

/** Shapes this branch fixed. */
const fixes: [string, string, NamedRow[]][] = [
  ['a particle surname after a full name with "Jr."', 'Ludwig van Beethoven Jr. said the concert was sold out. "The hall is full," van Beethoven said.', [
    named(['the concert was sold out'], 'Ludwig van Beethoven Jr.', 'Ludwig van Beethoven Jr.', 'said', 'reported/cue-clause'),
    named(['The hall is full,'], 'van Beethoven', 'Ludwig van Beethoven Jr.', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a two-word surname after two known first names ("Jose Maria")', 'Jose Maria Garcia Lopez said the talks had failed. "They did not listen," Garcia Lopez said.', [
    named(['the talks had failed'], 'Jose Maria Garcia Lopez', 'Jose Maria Garcia Lopez', 'said', 'reported/cue-clause'),
    named(['They did not listen,'], 'Garcia Lopez', 'Jose Maria Garcia Lopez', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a two-word surname after two known first names', 'Debbie Ann Vasquez Ortega said the vote was close. "We need a recount," Vasquez Ortega said.', [
    named(['the vote was close'], 'Debbie Ann Vasquez Ortega', 'Debbie Ann Vasquez Ortega', 'said', 'reported/cue-clause'),
    named(['We need a recount,'], 'Vasquez Ortega', 'Debbie Ann Vasquez Ortega', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a two-word surname after a known first name', 'Debbie Marsh Whitfield met reporters on Monday. "It is done," Marsh Whitfield said.', [
    named(['It is done,'], 'Marsh Whitfield', 'Debbie Marsh Whitfield', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"the new chief" after "The new police chief, X," (a surname that is a cue word)', 'The new police chief, Omar Said, said crime had fallen. "We have more officers now," the new chief said.', [
    named(['crime had fallen'], 'The new police chief, Omar Said', 'Omar Said', 'said', 'reported/cue-clause'),
    named(['We have more officers now,'], 'the new chief', 'Omar Said', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"the new chief" after "The new police chief, X,"', 'The new police chief, Omar Reyes, said crime had fallen. "We have more officers now," the new chief said.', [
    named(['crime had fallen'], 'The new police chief, Omar Reyes', 'Omar Reyes', 'said', 'reported/cue-clause'),
    named(['We have more officers now,'], 'the new chief', 'Omar Reyes', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"the new chief" after "The police chief, X,"', 'The police chief, Omar Reyes, said crime had fallen. "We have more officers now," the new chief said.', [
    named(['crime had fallen'], 'The police chief, Omar Reyes', 'Omar Reyes', 'said', 'reported/cue-clause'),
    named(['We have more officers now,'], 'the new chief', 'Omar Reyes', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"the new chief" alone (new/ADV chief/ADJ)', '"The books are a mess," the new chief said.', [
    named(['The books are a mess,'], 'the new chief', 'the new chief', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a nickname in quotation marks between given name and surname', 'Dwayne "The Rock" Johnson said the film would open in June. "Fans will love it," Johnson said.', [
    named(['the film would open in June'], 'Dwayne "The Rock" Johnson', 'Dwayne Johnson', 'said', 'reported/cue-clause'),
    named(['Fans will love it,'], 'Johnson', 'Dwayne Johnson', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a one-word nickname in quotation marks', 'Bill "Sonny" Walters said the bridge was unsafe. "Nobody fixes anything," Walters said.', [
    named(['the bridge was unsafe'], 'Bill "Sonny" Walters', 'Bill Walters', 'said', 'reported/cue-clause'),
    named(['Nobody fixes anything,'], 'Walters', 'Bill Walters', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a nickname after initials and a place and title', 'Idaho Gov. C.L. "Butch" Otter, an early endorser, said the vote was fair.', [
    named(['the vote was fair'], 'Idaho Gov. C.L. "Butch" Otter, an early endorser', 'C.L. Otter', 'said', 'reported/cue-clause'),
  ]],
  ['a nickname after a title and initials, then the surname alone', 'Gov. C.L. "Butch" Otter said the vote was fair. "It was clean," Otter said.', [
    named(['the vote was fair'], 'Gov. C.L. "Butch" Otter', 'C.L. Otter', 'said', 'reported/cue-clause'),
    named(['It was clean,'], 'Otter', 'C.L. Otter', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a nickname after "Sen." and a given name', 'Sen. Tom "Tex" Ryan said the vote was fair.', [
    named(['the vote was fair'], 'Sen. Tom "Tex" Ryan', 'Tom Ryan', 'said', 'reported/cue-clause'),
  ]],
  ['a nickname after a place, a title and a given name', 'Idaho Gov. Tom "Tex" Ryan said the vote was fair.', [
    named(['the vote was fair'], 'Idaho Gov. Tom "Tex" Ryan', 'Tom Ryan', 'said', 'reported/cue-clause'),
  ]],
  ['"according to" a report by a titled person with an appositive name', 'According to a report by the inspector general, Mark Fenn, the agency lost millions.', [
    named(['the agency lost millions'], 'a report by the inspector general, Mark Fenn', 'Mark Fenn', 'According to', 'reported/according-to-lead'),
  ]],
  ['"according to the inspector general, X,"', 'According to the inspector general, Mark Fenn, the agency lost millions.', [
    named(['the agency lost millions'], 'the inspector general, Mark Fenn', 'Mark Fenn', 'According to', 'reported/according-to-lead'),
  ]],
  ['"according to the inspector general, X,"', 'According to the inspector general, Mark Fenn, the agency lost millions.', [
    named(['the agency lost millions'], 'the inspector general, Mark Fenn', 'Mark Fenn', 'According to', 'reported/according-to-lead'),
  ]],
  ['"according to the attorney general"', 'According to the attorney general, the agency lost millions.', [
    named(['the agency lost millions'], 'the attorney general', 'the attorney general', 'According to', 'reported/according-to-lead'),
  ]],
  ['"according to the inspector general" after the clause', 'The agency lost millions, according to the inspector general.', [
    named(['The agency lost millions'], 'the inspector general', 'the inspector general', 'according to', 'reported/according-to-trail'),
  ]],
];

/** Shapes whose names were already right (pinned so they stay right). */
const holds: [string, string, NamedRow[]][] = [
  ['a long description with the name inside', 'The head of the union\'s Boston chapter, Maria Lopez, said the strike would last a week. "We are ready," Lopez said.', [
    named(['the strike would last a week'], 'The head of the union\'s Boston chapter, Maria Lopez', 'Maria Lopez', 'said', 'reported/cue-clause'),
    named(['We are ready,'], 'Lopez', 'Maria Lopez', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a name after a long title', 'Deputy Assistant Secretary of Defense for Policy Karen Wu told lawmakers the drills would go ahead. "Our allies expect it," Wu said.', [
    named(['the drills would go ahead'], 'Deputy Assistant Secretary of Defense for Policy Karen Wu', 'Karen Wu', 'told', 'reported/cue-clause'),
    named(['Our allies expect it,'], 'Wu', 'Karen Wu', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a spokeswoman for an organisation with a rank and a name', 'A spokeswoman for the Pentagon, Lt. Col. Amy Price, said the base would stay open. "No decision has been made," Price said.', [
    named(['the base would stay open'], 'A spokeswoman for the Pentagon, Lt. Col. Amy Price', 'Amy Price', 'said', 'reported/cue-clause'),
    named(['No decision has been made,'], 'Price', 'Amy Price', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"he" and "she" across paragraphs after two people of different genders', 'Sen. Tom Harlow met Gov. Ellen Marsh on Friday. "The bridge is a priority," he said.\n\n"We disagree on the tolls," she said.', [
    named(['The bridge is a priority,'], 'he', 'Tom Harlow', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['We disagree on the tolls,'], 'she', 'Ellen Marsh', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"he" after two men, one named again by surname', 'Tom Harlow and Ben Carver spoke after the vote. Harlow said the bill was weak. "It will fail," he said.', [
    named(['the bill was weak'], 'Harlow', 'Tom Harlow', 'said', 'reported/cue-clause'),
    named(['It will fail,'], 'he', 'Tom Harlow', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"the former mayor" after a description with the name', 'The former mayor of Dayton, Ruth Ames, said the fund was empty. "Nobody warned us," the former mayor said.', [
    named(['the fund was empty'], 'The former mayor of Dayton, Ruth Ames', 'Ruth Ames', 'said', 'reported/cue-clause'),
    named(['Nobody warned us,'], 'the former mayor', 'Ruth Ames', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['initials "J.D."', 'J.D. Vance said the plan would cost too much. "It is a bad deal," Vance said.', [
    named(['the plan would cost too much'], 'J.D. Vance', 'J.D. Vance', 'said', 'reported/cue-clause'),
    named(['It is a bad deal,'], 'Vance', 'J.D. Vance', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['an initial before a given name', 'E. Jean Carroll said the verdict was fair. "I was believed," Carroll said.', [
    named(['the verdict was fair'], 'E. Jean Carroll', 'E. Jean Carroll', 'said', 'reported/cue-clause'),
    named(['I was believed,'], 'Carroll', 'E. Jean Carroll', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"Jr." suffix and the surname alone', 'Martin Luther King Jr. said the march would go on. "We will walk," King said.', [
    named(['the march would go on'], 'Martin Luther King Jr.', 'Martin Luther King Jr.', 'said', 'reported/cue-clause'),
    named(['We will walk,'], 'King', 'Martin Luther King Jr.', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"III" suffix and an appositive', 'John Smith III, a lawyer for the family, said the suit would be filed Monday. "We have the records," Smith said.', [
    named(['the suit would be filed Monday'], 'John Smith III, a lawyer for the family', 'John Smith III', 'said', 'reported/cue-clause'),
    named(['We have the records,'], 'Smith', 'John Smith III', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"Officials" and "they"', 'Officials said the road would reopen on Tuesday. "Crews are working around the clock," they said.', [
    named(['the road would reopen on Tuesday'], 'Officials', 'Officials', 'said', 'reported/cue-clause'),
    named(['Crews are working around the clock,'], 'they', 'Officials', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"Both senators" and "they"', 'Both senators said the treaty needed changes. "We cannot support it as written," they said in a joint statement.', [
    named(['the treaty needed changes'], 'Both senators', 'Both senators', 'said', 'reported/cue-clause'),
    named(['We cannot support it as written,'], 'they', 'Both senators', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a possessive description with a name', 'Lee\'s spokesman, Dan Ortiz, said the senator would not resign. "He has done nothing wrong," Ortiz said.', [
    named(['the senator would not resign'], 'Lee\'s spokesman, Dan Ortiz', 'Dan Ortiz', 'said', 'reported/cue-clause'),
    named(['He has done nothing wrong,'], 'Ortiz', 'Dan Ortiz', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"according to" documents filed by a titled person', 'According to court documents filed by prosecutor Jane Holt, the defendant fled the state.', [
    named(['the defendant fled the state'], 'court documents filed by prosecutor Jane Holt', 'Jane Holt', 'According to', 'reported/according-to-lead'),
  ]],
  ['a Vietnamese name, the given name alone', 'Nguyen Van Minh, a fisherman, said the catch had shrunk. "The sea is empty," Minh said.', [
    named(['the catch had shrunk'], 'Nguyen Van Minh, a fisherman', 'Nguyen Van Minh', 'said', 'reported/cue-clause'),
    named(['The sea is empty,'], 'Minh', 'Nguyen Van Minh', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a Chinese name, the family name alone', 'Xi Jinping said the economy would grow. "We are confident," Xi said.', [
    named(['the economy would grow'], 'Xi Jinping', 'Xi Jinping', 'said', 'reported/cue-clause'),
    named(['We are confident,'], 'Xi', 'Xi Jinping', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['an Indian name', 'Narendra Modi told the crowd that the dam would be finished. "India is rising," Modi said.', [
    named(['the dam would be finished'], 'Narendra Modi', 'Narendra Modi', 'told', 'reported/cue-that'),
    named(['India is rising,'], 'Modi', 'Narendra Modi', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"bin" particle', 'Abdul Rahman bin Saleh said the talks had collapsed. "They walked away," bin Saleh said.', [
    named(['the talks had collapsed'], 'Abdul Rahman bin Saleh', 'Abdul Rahman bin Saleh', 'said', 'reported/cue-clause'),
    named(['They walked away,'], 'bin Saleh', 'Abdul Rahman bin Saleh', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"Sheikh" and "the sheikh"', 'Sheikh Hamad al-Thani said the port would expand. "Trade will double," the sheikh said.', [
    named(['the port would expand'], 'Sheikh Hamad al-Thani', 'Hamad al-Thani', 'said', 'reported/cue-clause'),
    named(['Trade will double,'], 'the sheikh', 'Hamad al-Thani', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"de la" particles', 'Carlos de la Cruz said the harvest was poor. "It did not rain," de la Cruz said.', [
    named(['the harvest was poor'], 'Carlos de la Cruz', 'Carlos de la Cruz', 'said', 'reported/cue-clause'),
    named(['It did not rain,'], 'de la Cruz', 'Carlos de la Cruz', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a first name alone for a second person', 'Anna Berg and her husband, Paul, run the farm. "We lost half the crop," Anna Berg said. Paul said the bank had called the loan.', [
    named(['We lost half the crop,'], 'Anna Berg', 'Anna Berg', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['the bank had called the loan'], 'Paul', 'Paul', 'said', 'reported/cue-clause'),
  ]],
  ['"Dr." and "the study\'s lead author"', 'Dr. Helen Okafor, the study\'s lead author, said the results were clear. "The drug works," Okafor said.', [
    named(['the results were clear'], 'Dr. Helen Okafor, the study\'s lead author', 'Helen Okafor', 'said', 'reported/cue-clause'),
    named(['The drug works,'], 'Okafor', 'Helen Okafor', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a possessive title with "of"', 'The governor\'s chief of staff, Mike Tran, said the budget was late. "We need another week," Tran said.', [
    named(['the budget was late'], 'The governor\'s chief of staff, Mike Tran', 'Mike Tran', 'said', 'reported/cue-clause'),
    named(['We need another week,'], 'Tran', 'Mike Tran', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['two women named, each by surname', 'Maria Lopez and Sarah Kim disagreed on the plan. Lopez said it was too costly. Kim said it was overdue.', [
    named(['it was too costly'], 'Lopez', 'Maria Lopez', 'said', 'reported/cue-clause'),
    named(['it was overdue'], 'Kim', 'Sarah Kim', 'said', 'reported/cue-clause'),
  ]],
  ['"she" and "he" across paragraphs (a woman and her lawyer)', 'Ana Ruiz met her lawyer, David Stone, on Monday.\n\n"I trust him," she said.\n\n"She has a strong case," he said.', [
    named(['I trust him,'], 'she', 'Ana Ruiz', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['She has a strong case,'], 'he', 'David Stone', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a spokesman for a company with "Corp."', 'A spokesman for Acme Corp., Jim Hale, said the plant would close. "Jobs will be lost," Hale said.', [
    named(['the plant would close'], 'A spokesman for Acme Corp., Jim Hale', 'Jim Hale', 'said', 'reported/cue-clause'),
    named(['Jobs will be lost,'], 'Hale', 'Jim Hale', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['an unnamed spokeswoman and "she"', 'A spokeswoman for the company said it would appeal. "We disagree with the ruling," she said.', [
    named(['it would appeal'], 'A spokeswoman for the company', 'A spokeswoman for the company', 'said', 'reported/cue-clause'),
    named(['We disagree with the ruling,'], 'she', 'A spokeswoman for the company', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"Police Commissioner"', 'Police Commissioner Raymond Kelly said the suspect was in custody. "He will be charged today," Kelly said.', [
    named(['the suspect was in custody'], 'Police Commissioner Raymond Kelly', 'Raymond Kelly', 'said', 'reported/cue-clause'),
    named(['He will be charged today,'], 'Kelly', 'Raymond Kelly', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"Chief Justice"', 'Chief Justice John Roberts wrote that the law was valid.', [
    named(['the law was valid'], 'Chief Justice John Roberts', 'John Roberts', 'wrote', 'reported/cue-that'),
  ]],
  ['"Former President"', 'Former President Barack Obama said the election mattered. "Vote," Obama said.', [
    named(['the election mattered'], 'Former President Barack Obama', 'Barack Obama', 'said', 'reported/cue-clause'),
    named(['Vote,'], 'Obama', 'Barack Obama', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a party tag and a hyphenated surname', 'Rep. Alexandria Ocasio-Cortez, D-N.Y., said the bill was a start. "We need more," Ocasio-Cortez said.', [
    named(['the bill was a start'], 'Rep. Alexandria Ocasio-Cortez, D-N.Y.', 'Alexandria Ocasio-Cortez', 'said', 'reported/cue-clause'),
    named(['We need more,'], 'Ocasio-Cortez', 'Alexandria Ocasio-Cortez', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a Korean name, family name alone', 'Kim Jong Un said the tests would continue. "We will not stop," Kim said.', [
    named(['the tests would continue'], 'Kim Jong Un', 'Kim Jong Un', 'said', 'reported/cue-clause'),
    named(['We will not stop,'], 'Kim', 'Kim Jong Un', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a hyphenated given name, an apostrophe, an age and a job', 'Mary-Kate O\'Brien, 41, a teacher, said the school was crowded. "There are forty kids in a room," O\'Brien said.', [
    named(['the school was crowded'], 'Mary-Kate O\'Brien, 41, a teacher', 'Mary-Kate O\'Brien', 'said', 'reported/cue-clause'),
    named(['There are forty kids in a room,'], 'O\'Brien', 'Mary-Kate O\'Brien', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a possessive title', 'The company\'s chief executive, Satya Rao, said sales rose. "It was a record quarter," Rao said.', [
    named(['sales rose'], 'The company\'s chief executive, Satya Rao', 'Satya Rao', 'said', 'reported/cue-clause'),
    named(['It was a record quarter,'], 'Rao', 'Satya Rao', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a long title and a rank before the name', 'The chairman of the House Judiciary Committee, Rep. Jim Jordan, said the hearing would proceed.', [
    named(['the hearing would proceed'], 'The chairman of the House Judiciary Committee, Rep. Jim Jordan', 'Jim Jordan', 'said', 'reported/cue-clause'),
  ]],
  ['an office, then an unnamed spokeswoman named in an appositive', 'The mayor\'s office said the parade was canceled. A spokeswoman, Dana Fox, said the weather was too risky.', [
    named(['the parade was canceled'], 'The mayor\'s office', 'The mayor\'s office', 'said', 'reported/cue-clause'),
    named(['the weather was too risky'], 'A spokeswoman, Dana Fox', 'Dana Fox', 'said', 'reported/cue-clause'),
  ]],
  ['cue before a titled name with a party tag', '"We won," said Rep. Mike Gallagher, R-Wis., chairman of the select committee.', [
    named(['We won,'], 'Rep. Mike Gallagher, R-Wis', 'Mike Gallagher', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['cue before a name with a long appositive', '"The deal is dead," said Maria Lopez, the head of the union\'s Boston chapter.', [
    named(['The deal is dead,'], 'Maria Lopez, the head of the union\'s Boston chapter', 'Maria Lopez', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['"the former chief executive of the bank, X," before the cue', '"I am stepping down," the former chief executive of the bank, Sam Ellis, said.', [
    named(['I am stepping down,'], 'the former chief executive of the bank, Sam Ellis', 'Sam Ellis', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"the 62-year-old" after a relative clause', 'Sam Ellis spoke to reporters on Monday. Ellis, who led the bank for a decade, said the board had lost faith. "I did my best," the 62-year-old said.', [
    named(['the board had lost faith'], 'Ellis', 'Sam Ellis', 'said', 'reported/cue-clause'),
    named(['I did my best,'], 'the 62-year-old', 'Sam Ellis', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"Prime Minister"', 'Prime Minister Keir Starmer said the plan would work. "Britain is ready," Starmer said.', [
    named(['the plan would work'], 'Prime Minister Keir Starmer', 'Keir Starmer', 'said', 'reported/cue-clause'),
    named(['Britain is ready,'], 'Starmer', 'Keir Starmer', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['two people across paragraphs, each by surname', 'Tom Harlow said he would run again.\n\nHis rival, Jane Moss, said she would too. "He has failed," Moss said.\n\n"I have not," Harlow said.', [
    named(['he would run again'], 'Tom Harlow', 'Tom Harlow', 'said', 'reported/cue-clause'),
    named(['she would too'], 'His rival, Jane Moss', 'Jane Moss', 'said', 'reported/cue-clause'),
    named(['He has failed,'], 'Moss', 'Jane Moss', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['I have not,'], 'Harlow', 'Tom Harlow', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a nickname after "known as"', 'Ahmed Hassan, known as "Big Ahmed," said the market would reopen. "Traders are waiting," Hassan said.', [
    named(['the market would reopen'], 'Ahmed Hassan', 'Ahmed Hassan', 'said', 'reported/cue-clause'),
    named(['Traders are waiting,'], 'Hassan', 'Ahmed Hassan', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"according to the memo, which was signed by ...": the memo', 'According to the memo, which was signed by Deputy Director Paul Kline, the agency would cut staff.', [
    named(['the agency would cut staff'], 'the memo', 'the memo', 'According to', 'reported/according-to-lead'),
  ]],
  ['a hyphenated given name', 'Jean-Luc Picard said the ship was ready. "Engage," Picard said.', [
    named(['the ship was ready'], 'Jean-Luc Picard', 'Jean-Luc Picard', 'said', 'reported/cue-clause'),
    named(['Engage,'], 'Picard', 'Jean-Luc Picard', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"The late Sen."', 'The late Sen. John McCain once said the party had lost its way.', [
    named(['the party had lost its way'], 'The late Sen. John McCain', 'John McCain', 'once said', 'reported/cue-clause'),
  ]],
  ['a rank and a long appositive', 'Gen. Ruth Alder, the commander of the northern naval task force, said the troops would stay.', [
    named(['the troops would stay'], 'Gen. Ruth Alder, the commander of the northern naval task force', 'Ruth Alder', 'said', 'reported/cue-clause'),
  ]],
  ['a surname, "his deputy, X,"', 'Roberts and his deputy, Lisa Chen, argued the case. "We are confident," Chen said. Roberts said the judge was fair.', [
    named(['We are confident,'], 'Chen', 'Lisa Chen', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['the judge was fair'], 'Roberts', 'Roberts', 'said', 'reported/cue-clause'),
  ]],
  ['"Her husband, Tom,"', 'Maria Lopez said the strike would end. Her husband, Tom, said the family was relieved.', [
    named(['the strike would end'], 'Maria Lopez', 'Maria Lopez', 'said', 'reported/cue-clause'),
    named(['the family was relieved'], 'Her husband, Tom', 'Tom', 'said', 'reported/cue-clause'),
  ]],
  ['"The Rev."', 'The Rev. Al Sharpton said the march would go ahead. "We will be there," Sharpton said.', [
    named(['the march would go ahead'], 'The Rev. Al Sharpton', 'Al Sharpton', 'said', 'reported/cue-clause'),
    named(['We will be there,'], 'Sharpton', 'Al Sharpton', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a regnal number and "the queen"', 'Queen Elizabeth II said the nation would endure. "We will meet again," the queen said.', [
    named(['the nation would endure'], 'Queen Elizabeth II', 'Elizabeth II', 'said', 'reported/cue-clause'),
    named(['We will meet again,'], 'the queen', 'Elizabeth II', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['an anonymous official', 'A senior administration official, who spoke on condition of anonymity, said the talks had stalled.', [
    named(['the talks had stalled'], 'A senior administration official', 'A senior administration official', 'said', 'reported/cue-clause'),
  ]],
  ['"Pope" and "the pope"', 'Pope Francis said the war must end. "Peace is possible," the pope said.', [
    named(['the war must end'], 'Pope Francis', 'Francis', 'said', 'reported/cue-clause'),
    named(['Peace is possible,'], 'the pope', 'Francis', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"Ms." twice', 'Ms. Ana Ruiz said she would appeal. "I am not done," Ms. Ruiz said.', [
    named(['she would appeal'], 'Ms. Ana Ruiz', 'Ana Ruiz', 'said', 'reported/cue-clause'),
    named(['I am not done,'], 'Ms. Ruiz', 'Ana Ruiz', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a Japanese name with an appositive', 'Haruki Tanaka, the mayor of the town, said the reactor was safe. "There is no leak," Tanaka said.', [
    named(['the reactor was safe'], 'Haruki Tanaka, the mayor of the town', 'Haruki Tanaka', 'said', 'reported/cue-clause'),
    named(['There is no leak,'], 'Tanaka', 'Haruki Tanaka', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"the chief" after "The new police chief, X,"', 'The new police chief, Omar Reyes, said crime had fallen. "We have more officers now," the chief said.', [
    named(['crime had fallen'], 'The new police chief, Omar Reyes', 'Omar Reyes', 'said', 'reported/cue-clause'),
    named(['We have more officers now,'], 'the chief', 'Omar Reyes', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['the surname after "The new police chief, X,"', 'The new police chief, Omar Reyes, said crime had fallen. "We have more officers now," Reyes said.', [
    named(['crime had fallen'], 'The new police chief, Omar Reyes', 'Omar Reyes', 'said', 'reported/cue-clause'),
    named(['We have more officers now,'], 'Reyes', 'Omar Reyes', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"one resident" after "Several residents"', 'Several residents said the water tasted odd. "It smells like bleach," one resident said.', [
    named(['the water tasted odd'], 'Several residents', 'Several residents', 'said', 'reported/cue-clause'),
    named(['It smells like bleach,'], 'one resident', 'one resident', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"van" particle and the surname with it', 'Ludwig van Beethoven said the concert was sold out. "The hall is full," van Beethoven said.', [
    named(['the concert was sold out'], 'Ludwig van Beethoven', 'Ludwig van Beethoven', 'said', 'reported/cue-clause'),
    named(['The hall is full,'], 'van Beethoven', 'Ludwig van Beethoven', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"Jr." after a short name', 'John Smith Jr. said the store would close. "It is over," Smith said.', [
    named(['the store would close'], 'John Smith Jr.', 'John Smith Jr.', 'said', 'reported/cue-clause'),
    named(['It is over,'], 'Smith', 'John Smith Jr.', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['two men joined by "and"', 'Tom Harlow and Ben Carver said the deal was close.', [
    named(['the deal was close'], 'Tom Harlow and Ben Carver', 'Tom Harlow and Ben Carver', 'said', 'reported/cue-clause'),
  ]],
  ['a woman and a man joined by "and"', 'Grace Liu and Wei Chen said the shop would close.', [
    named(['the shop would close'], 'Grace Liu and Wei Chen', 'Grace Liu and Wei Chen', 'said', 'reported/cue-clause'),
  ]],
  ['"the lawyer" after "Lee\'s lawyer, X,"', 'Lee\'s lawyer, Sam Fox, said the charges were baseless. "My client is innocent," the lawyer said.', [
    named(['the charges were baseless'], 'Lee\'s lawyer, Sam Fox', 'Sam Fox', 'said', 'reported/cue-clause'),
    named(['My client is innocent,'], 'the lawyer', 'Sam Fox', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"according to a report by the inspector general"', 'According to a report by the inspector general, the agency lost millions.', [
    named(['the agency lost millions'], 'a report by the inspector general', 'a report by the inspector general', 'According to', 'reported/according-to-lead'),
  ]],
  ['"he" after two men, the nearer one', 'Tom Harlow spoke first. Ben Carver spoke next.\n\n"The plan is dead," he said.', [
    named(['The plan is dead,'], 'he', 'Ben Carver', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"he" after "Carver said" (his opponent)', 'Tom Harlow said the vote was rigged. His opponent, Ben Carver, denied it.\n\n"He is lying," Carver said. "He lost fairly," he added.', [
    named(['the vote was rigged'], 'Tom Harlow', 'Tom Harlow', 'said', 'reported/cue-clause'),
    named(['He is lying,'], 'Carver', 'Ben Carver', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['He lost fairly,'], 'he', 'Ben Carver', 'added', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"she" after a woman and her successor', 'Ellen Marsh, a former judge, said the court was slow. Her successor, Ruth Ames, said the backlog had eased.\n\n"We are catching up," she said.', [
    named(['the court was slow'], 'Ellen Marsh, a former judge', 'Ellen Marsh', 'said', 'reported/cue-clause'),
    named(['the backlog had eased'], 'Her successor, Ruth Ames', 'Ruth Ames', 'said', 'reported/cue-clause'),
    named(['We are catching up,'], 'she', 'Ruth Ames', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"the former governor" and "he" with no name', 'The former governor said the tax was a mistake. "It drove people away," he said.', [
    named(['the tax was a mistake'], 'The former governor', 'The former governor', 'said', 'reported/cue-clause'),
    named(['It drove people away,'], 'he', 'The former governor', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a hyphenated surname', 'Clara Jones-Whitfield said the library would close. "Books are expensive," Jones-Whitfield said.', [
    named(['the library would close'], 'Clara Jones-Whitfield', 'Clara Jones-Whitfield', 'said', 'reported/cue-clause'),
    named(['Books are expensive,'], 'Jones-Whitfield', 'Clara Jones-Whitfield', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"von der" particles', 'Ursula von der Leyen said the bloc would respond. "Europe is united," von der Leyen said.', [
    named(['the bloc would respond'], 'Ursula von der Leyen', 'Ursula von der Leyen', 'said', 'reported/cue-clause'),
    named(['Europe is united,'], 'von der Leyen', 'Ursula von der Leyen', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a Japanese name, the family name alone', 'Shinzo Abe said the economy would recover. "We have a plan," Abe said.', [
    named(['the economy would recover'], 'Shinzo Abe', 'Shinzo Abe', 'said', 'reported/cue-clause'),
    named(['We have a plan,'], 'Abe', 'Shinzo Abe', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a Yoruba name with an age and a job in a place', 'Oluwaseun Adeyemi, 29, a nurse in Lagos, said the clinic was full. "We turn people away," Adeyemi said.', [
    named(['the clinic was full'], 'Oluwaseun Adeyemi, 29, a nurse in Lagos', 'Oluwaseun Adeyemi', 'said', 'reported/cue-clause'),
    named(['We turn people away,'], 'Adeyemi', 'Oluwaseun Adeyemi', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a spokesman for a titled senator', 'A spokesman for Sen. Mary Lee said she would vote no.', [
    named(['she would vote no'], 'A spokesman for Sen. Mary Lee', 'A spokesman for Sen. Mary Lee', 'said', 'reported/cue-clause'),
  ]],
  ['a spokesman for a surname', 'A spokesman for Lee said the senator would vote no.', [
    named(['the senator would vote no'], 'A spokesman for Lee', 'A spokesman for Lee', 'said', 'reported/cue-clause'),
  ]],
  ['a possessive office', 'Lee\'s office said the senator would vote no.', [
    named(['the senator would vote no'], 'Lee\'s office', 'Lee\'s office', 'said', 'reported/cue-clause'),
  ]],
  ['cue before "a spokeswoman for the Pentagon, Lt. Col. X"', '"We will not back down," said a spokeswoman for the Pentagon, Lt. Col. Amy Price.', [
    named(['We will not back down,'], 'a spokeswoman for the Pentagon, Lt. Col. Amy Price', 'Amy Price', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['a rank and a name with an appositive before the cue', '"We will not back down," Lt. Col. Amy Price, a spokeswoman for the Pentagon, said.', [
    named(['We will not back down,'], 'Lt. Col. Amy Price, a spokeswoman for the Pentagon', 'Amy Price', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a party tag after the name', 'Rep. Mike Gallagher, R-Wis., said the ban was needed. "China is watching," Gallagher said.', [
    named(['the ban was needed'], 'Rep. Mike Gallagher, R-Wis.', 'Mike Gallagher', 'said', 'reported/cue-clause'),
    named(['China is watching,'], 'Gallagher', 'Mike Gallagher', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['an initial before a given name (W.)', 'W. Kamau Bell said the show was canceled. "It hurts," Bell said.', [
    named(['the show was canceled'], 'W. Kamau Bell', 'W. Kamau Bell', 'said', 'reported/cue-clause'),
    named(['It hurts,'], 'Bell', 'W. Kamau Bell', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"Dr." and "Jr."', 'Dr. Martin Luther King Jr. said the march would go on.', [
    named(['the march would go on'], 'Dr. Martin Luther King Jr.', 'Martin Luther King Jr.', 'said', 'reported/cue-clause'),
  ]],
  ['a middle initial and "Jr."', 'Robert F. Kennedy Jr. said the report was flawed. "They ignored the data," Kennedy said.', [
    named(['the report was flawed'], 'Robert F. Kennedy Jr.', 'Robert F. Kennedy Jr.', 'said', 'reported/cue-clause'),
    named(['They ignored the data,'], 'Kennedy', 'Robert F. Kennedy Jr.', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['cue before the surname and a relative clause', 'Ana Ruiz said the plan was late. "We waited too long," said Ruiz, who runs the clinic.', [
    named(['the plan was late'], 'Ana Ruiz', 'Ana Ruiz', 'said', 'reported/cue-clause'),
    named(['We waited too long,'], 'Ruiz, who runs the clinic', 'Ana Ruiz', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['"Sources" and "one source"', 'Sources said the deal was close. "It could happen this week," one source said.', [
    named(['the deal was close'], 'Sources', 'Sources', 'said', 'reported/cue-clause'),
    named(['It could happen this week,'], 'one source', 'one source', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"Critics" and "Supporters"', 'Critics said the law went too far. Supporters said it did not go far enough.', [
    named(['the law went too far'], 'Critics', 'Critics', 'said', 'reported/cue-clause'),
    named(['it did not go far enough'], 'Supporters', 'Supporters', 'said', 'reported/cue-clause'),
  ]],
  ['"The two leaders" and "they"', 'The two leaders said the summit went well. "We made progress," they said.', [
    named(['the summit went well'], 'The two leaders', 'The two leaders', 'said', 'reported/cue-clause'),
    named(['We made progress,'], 'they', 'The two leaders', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"according to a statement from the family"', 'According to a statement from the family, the boy was found safe.', [
    named(['the boy was found safe'], 'a statement from the family', 'a statement from the family', 'According to', 'reported/according-to-lead'),
  ]],
  ['"according to police spokeswoman X"', 'According to police spokeswoman Dana Fox, the suspect was armed.', [
    named(['the suspect was armed'], 'police spokeswoman Dana Fox', 'Dana Fox', 'According to', 'reported/according-to-lead'),
  ]],
  ['"according to a lawsuit filed by X"', 'According to a lawsuit filed by Maria Lopez, the company ignored warnings.', [
    named(['the company ignored warnings'], 'a lawsuit filed by Maria Lopez', 'Maria Lopez', 'According to', 'reported/according-to-lead'),
  ]],
  ['"the new chief" with no chief named', 'Omar Reyes said crime had fallen. "We have more officers now," the new chief said.', [
    named(['crime had fallen'], 'Omar Reyes', 'Omar Reyes', 'said', 'reported/cue-clause'),
    named(['We have more officers now,'], 'the new chief', 'the new chief', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"the new mayor" after "X, the new mayor,"', 'Ellen Marsh, the new mayor, said it was not. "The books are a mess," the new mayor said.', [
    named(['it was not'], 'Ellen Marsh, the new mayor', 'Ellen Marsh', 'said', 'reported/cue-clause'),
    named(['The books are a mess,'], 'the new mayor', 'Ellen Marsh', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"the mayor" after "X, the mayor,"', 'Ellen Marsh, the mayor, said it was not. "The books are a mess," the mayor said.', [
    named(['it was not'], 'Ellen Marsh, the mayor', 'Ellen Marsh', 'said', 'reported/cue-clause'),
    named(['The books are a mess,'], 'the mayor', 'Ellen Marsh', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"the mayor" after "Surname, the mayor,"', 'Marsh, the mayor, said it was not. "The books are a mess," the mayor said.', [
    named(['it was not'], 'Marsh, the mayor', 'Marsh', 'said', 'reported/cue-clause'),
    named(['The books are a mess,'], 'the mayor', 'Marsh', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"the new mayor" alone', '"The books are a mess," the new mayor said.', [
    named(['The books are a mess,'], 'the new mayor', 'the new mayor', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"according to the inspector general\'s report"', 'According to the inspector general\'s report, the agency lost millions.', [
    named(['the agency lost millions'], 'the inspector general\'s report', 'the inspector general\'s report', 'According to', 'reported/according-to-lead'),
  ]],
  ['"according to the county clerk, X,"', 'According to the county clerk, Mark Fenn, the agency lost millions.', [
    named(['the agency lost millions'], 'the county clerk, Mark Fenn', 'Mark Fenn', 'According to', 'reported/according-to-lead'),
  ]],
  ['initials after a place and a title (no nickname)', 'Idaho Gov. C.L. Otter said the vote was fair.', [
    named(['the vote was fair'], 'Idaho Gov. C.L. Otter', 'C.L. Otter', 'said', 'reported/cue-clause'),
  ]],
  ['a given name after a place and a title (no nickname)', 'Idaho Gov. Butch Otter said the vote was fair.', [
    named(['the vote was fair'], 'Idaho Gov. Butch Otter', 'Butch Otter', 'said', 'reported/cue-clause'),
  ]],
  ['a two-word name after a capitalised word that is no first name stays itself', 'Senator Lora Vance met Hero Ines Marr.\n\nInes Marr said the fire was out.', [
    named(['the fire was out'], 'Ines Marr', 'Ines Marr', 'said', 'reported/cue-clause'),
  ]],
  ['a full name after a headline word stays itself', 'Conservative Icon Paul Lund spoke first.\n\n"We will win," Paul Lund said.', [
    named(['We will win,'], 'Paul Lund', 'Paul Lund', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

/** A nickname, "the new chief" or "the inspector general" with no cue: nothing. */
const nothing: [string, string][] = [
  ['a nickname with no cue', 'Dwayne "The Rock" Johnson arrived late to the premiere.'],
  ['"the new chief" with no cue', 'The new chief arrived on Monday with her family.'],
  ['"the inspector general" with no cue', 'The inspector general visited the agency on Friday.'],
  ['a nickname in a subject with no cue', 'Bill "Sonny" Walters and his wife own the diner.'],
];

/** A quoted title that stands between no given name and surname keeps its shape. */
const titles: [string, string, NamedRow[]][] = [
  ['a quoted title after an article', 'Ada Brook said the "Blue Moon" tour was over.', [
    named(['the "Blue Moon" tour was over'], 'Ada Brook', 'Ada Brook', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  ['a quoted title after "of" in a subject', 'Fans of "Blue Moon" Band said the tour was over.', [
    named(['the tour was over'], 'Fans of "Blue Moon" Band', 'Fans of "Blue Moon" Band', 'said', 'reported/cue-clause'),
  ]],
];

describe('check55: speaker names on invented passages', () => {
  test.each(fixes)('fixed: %s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
  test.each(holds)('holds: %s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
  test.each(titles)('unchanged: %s', (_name, input, expected) => {
    expect(namedRows(extract(input))).toEqual(expected);
  });
  test.each(nothing)('nothing: %s', (_name, input) => {
    expect(namedRows(extract(input))).toEqual([]);
  });

  // 'Grace Liu and her brother Wei said the shop would close.': "Wei" (both speak)
  it.todo('"Grace Liu and her brother Wei" speak together');
  // 'Sen. Lisa Murkowski, R-Alaska, and Sen. Joe Manchin, D-W.Va., said the deal was close.': "Joe Manchin" (both speak)
  it.todo('two senators with party tags joined by "and" speak together');
  // 'Gov. Ellen Marsh and her predecessor, Tom Harlow, clashed on Friday. The former governor said ...': "Ellen Marsh" (the predecessor is Tom Harlow)
  it.todo('"the former governor" after "her predecessor, Tom Harlow," is Tom Harlow');
  // 'Mohammed bin Salman said ... "..." the crown prince said': "the crown prince" (needs knowledge of the title)
  it.todo('"the crown prince" after "Mohammed bin Salman" is Mohammed bin Salman');
  // 'Several residents said ... "..." one of them said': the direct quote joins the reported clause as one mixed quote of "Several residents"
  it.todo('"one of them said" after "Several residents said" speaks the direct quote');
  // (fixed in check56 and pinned in test/check56.test.ts: "Garcia Lopez" after "Ana Garcia Lopez", "the lawyer"
  // after "Lee's lawyer said", "the new mayor" after "Marsh, the new mayor,", the mention 'said Bill "Sonny" Walters')
});
