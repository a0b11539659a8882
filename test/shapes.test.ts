/**
 * Shapes of reported speech beyond the clause (issue 11): infinitives, noun
 * phrases and topics after a verb of saying, with the exact parts, speaker, cue
 * and rule expected; and the senses of the same verbs that are no speech.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import { row, rows, type Row } from './support/rows.js';


const shapes: [string, string, Row[]][] = [
  // "one said", "another said": a speaker standing for one of several
  ['one said and said another after quotes', '"I am against it," one said. "It costs too much," said another.', [
    row(['I am against it,'], 'one', 'said', 'direct/trailing-speaker-cue', 'direct'),
    row(['It costs too much,'], 'another', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['another said a clause', 'Another said he hoped the bridge would open soon.', [row(['he hoped the bridge would open soon'], 'Another', 'said', 'reported/cue-clause')]],
  ['one said, and another said', 'One said the plan was dead, and another said it would pass.', [
    row(['the plan was dead'], 'One', 'said', 'reported/cue-clause'),
    row(['it would pass'], 'another', 'said', 'reported/cue-clause'),
  ]],
  // "as X put it"
  ['as X put it, a clause', 'As Ms. Ortiz put it, the plan was a mess from start to finish.', [
    row(['the plan was a mess from start to finish'], 'Ms. Ortiz', 'put it', 'reported/cue-clause'),
  ]],
  ['as X put it, a quotation', 'As the Harbor Times put it, "The bridge is a relic."', [
    row(['The bridge is a relic.'], 'the Harbor Times', 'put it', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['as X, an appositive, put it: a quotation', 'Or, as Tom Reyes, a former harbor master, put it: "The pier is gone."', [
    row(['The pier is gone.'], 'Tom Reyes, a former harbor master', 'put it', 'direct/leading-speaker-cue', 'direct'),
  ]],
  // passive hearsay: "was quoted as saying", "is said to have"
  ['was quoted as saying a clause', 'The mayor was quoted as saying the budget would pass.', [
    row(['the budget would pass'], 'The mayor', 'was quoted as saying', 'reported/cue-clause'),
  ]],
  ['is quoted as saying after a quotation', '"We will win," Ms. Ortiz is quoted as saying.', [
    row(['We will win,'], 'Ms. Ortiz', 'is quoted as saying', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['is said to have', 'The senator is said to have opposed the bill.', [
    row(['The senator', 'to have opposed the bill'], null, 'is said', 'reported/said-to'),
  ]],
  ['was said to be, with quoted words', 'Committee Chairman Tom Ruiz was said to be "furious" with the mayor.', [
    row(['Committee Chairman Tom Ruiz', 'to be "furious" with the mayor'], null, 'was said', 'reported/said-to', 'mixed'),
  ]],
  // "in a letter to X, Y wrote": the fronted phrase is neither speaker nor content
  ['in a letter to X, Y wrote that', 'In a letter to the board, Mayor Dana Reyes wrote that the budget would pass.', [
    row(['the budget would pass'], 'Mayor Dana Reyes', 'wrote', 'reported/cue-that'),
  ]],
  ['in a letter to X, Y wrote: a quotation', 'In a letter to the board, Mayor Dana Reyes wrote: "The budget will pass."', [
    row(['The budget will pass.'], 'Mayor Dana Reyes', 'wrote', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['a describing phrase before the name stays with it', 'His younger brother, David Henderson, said the farm was sold.', [
    row(['the farm was sold'], 'His younger brother, David Henderson', 'said', 'reported/cue-clause'),
  ]],
  // a cue inside a relative clause, its verb right after it
  ['which X said were', 'The union listed the delays, which the auditor said were hidden to shield the director.', [
    row(['which', 'were hidden to shield the director'], 'the auditor', 'said', 'reported/relative-cue'),
  ]],
  ['what X said is', 'The bakery has grown with what he said is rising hunger for rye bread.', [row(['what', 'is rising hunger for rye bread'], 'he', 'said', 'reported/relative-cue')]],
  // infinitive and object-control complements
  ['vowed to', 'The governor vowed to veto the bill.', [row(['to veto the bill'], 'The governor', 'vowed', 'reported/cue-infinitive')]],
  ['pledged to', 'Mayor Ines Duarte pledged to rebuild the pier by spring.', [row(['to rebuild the pier by spring'], 'Mayor Ines Duarte', 'pledged', 'reported/cue-infinitive')]],
  ['promised to', 'The union promised to end the strike.', [row(['to end the strike'], 'The union', 'promised', 'reported/cue-infinitive')]],
  ['threatened to', 'Councilor Amos Reed threatened to quit the board.', [row(['to quit the board'], 'Councilor Amos Reed', 'threatened', 'reported/cue-infinitive')]],
  ['urged a listener to', 'Ms. Okafor urged state lawmakers to pass the budget before June.', [row(['state lawmakers to pass the budget before June'], 'Ms. Okafor', 'urged', 'reported/cue-infinitive')]],
  ['asked the court to', 'The lawyers asked the court to delay the hearing.', [row(['the court to delay the hearing'], 'The lawyers', 'asked', 'reported/cue-infinitive')]],
  ['called on X to', 'The mayor called on the board to resign.', [row(['the board to resign'], 'The mayor', 'called on', 'reported/cue-infinitive')]],
  ['an infinitive ends where the sentence goes on with its own verb', 'Ms. Ortiz vowed to push harder on the budget, opposed the bridge and won the vote.', [
    row(['to push harder on the budget'], 'Ms. Ortiz', 'vowed', 'reported/cue-infinitive'),
  ]],
  ['an infinitive with a list goes on', 'The mayor promised to rebuild the pier, the ferry dock and the market.', [
    row(['to rebuild the pier, the ferry dock and the market'], 'The mayor', 'promised', 'reported/cue-infinitive'),
  ]],
  // a noun phrase after a verb of saying, with a lower confidence and its own rule
  ['has denied', 'Senator Ruth Alvarez has denied the accusations.', [row(['the accusations'], 'Senator Ruth Alvarez', 'has denied', 'reported/cue-object')]],
  ['announced his candidacy', 'Tom Bryce announced his candidacy for governor.', [row(['his candidacy for governor'], 'Tom Bryce', 'announced', 'reported/cue-object')]],
  ['confirmed the report, "on" + weekday kept (bound54)', 'Kemal Aydin confirmed the report on Tuesday.', [row(['the report on Tuesday'], 'Kemal Aydin', 'confirmed', 'reported/cue-object')]],
  ['praised, ending at a comma', 'The coach praised the young defenders, who had played all season.', [row(['the young defenders'], 'The coach', 'praised', 'reported/cue-object')]],
  // the topic of speech after a preposition
  ['talked about', 'The mayor talked about the new bridge and how much it would cost.', [row(['the new bridge and how much it would cost'], 'The mayor', 'talked about', 'reported/cue-topic')]],
  ['spoke of', 'Ms. Lund spoke of her years at the harbor.', [row(['her years at the harbor'], 'Ms. Lund', 'spoke of', 'reported/cue-topic')]],
  ['called for', 'The senator called for new elections in the spring.', [row(['new elections in the spring'], 'The senator', 'called for', 'reported/cue-topic')]],
  ['asked about, with no speaker named', 'Asked about the deficit, the governor changed the subject.', [row(['the deficit'], null, 'Asked about', 'reported/cue-topic-no-speaker')]],
  ['When asked about', 'When asked about the deficit, the governor changed the subject.', [row(['the deficit'], null, 'asked about', 'reported/asked')]],
  // a gerund object and a short answer standing for a clause
  ['reported a gerund phrase', 'Ms. Vance reported raising nine million dollars in March.', [row(['raising nine million dollars'], 'Ms. Vance', 'reported', 'reported/cue-object')]],
  ['said the same', 'Last month, 26 percent said the same.', [row(['the same'], '26 percent', 'said', 'reported/cue-answer')]],
  ['said no after a question', 'Asked whether he would run, the senator said no.', [
    row(['whether he would run'], null, 'Asked', 'reported/asked-question'),
    row(['no'], 'the senator', 'said', 'reported/cue-answer'),
  ]],
  // "Asked whether ..., X said": the question put to the speaker is reported too, with no speaker
  ['asked whether, then the answer', 'Asked whether she would run again, Senator Ruth Alvarez said she had not decided.', [
    row(['whether she would run again'], null, 'Asked', 'reported/asked-question'),
    row(['she had not decided'], 'Senator Ruth Alvarez', 'said', 'reported/cue-clause'),
  ]],
  ['asked if, with quoted words closed by a comma', 'Asked if the plan was "dead on arrival," the mayor smiled.', [
    row(['if the plan was "dead on arrival,"'], null, 'Asked', 'reported/asked-question', 'mixed'),
  ]],
  // source phrases inside the clause
  ['according to inside the clause', 'Fundraising, according to the campaign, has surged since May.', [row(['Fundraising', 'has surged since May'], 'the campaign', 'according to', 'reported/according-to-inside')]],
  ['according to after an introduction', 'In addition, according to the ministry, nine ferries will be replaced.', [row(['nine ferries will be replaced'], 'the ministry', 'according to', 'reported/according-to-inside')]],
  ['according to after a colon', 'The news went unnoticed: According to recent polls, the mayor holds a lead.', [row(['the mayor holds a lead'], 'recent polls', 'According to', 'reported/according-to-lead')]],
  // clauses with a gerund subject, a fronted adverbial, a focus word
  ['a gerund subject', 'She said taxing it could fund hundreds of new classrooms.', [row(['taxing it could fund hundreds of new classrooms'], 'She', 'said', 'reported/cue-clause')]],
  ['a fronted adverbial', 'She says despite all that, the council was not influenced.', [row(['despite all that, the council was not influenced'], 'She', 'says', 'reported/cue-clause')]],
  ['a gerund subject with a preposition', 'The businessman says running for mayor is tough.', [row(['running for mayor is tough'], 'The businessman', 'says', 'reported/cue-clause')]],
  ['if elected, without a comma', 'Quill said if elected governor she would repave the harbor roads.', [row(['if elected governor she would repave the harbor roads'], 'Quill', 'said', 'reported/cue-clause')]],
  ['a focus word opens the clause', 'Bucher said none of the other candidates were listed.', [row(['none of the other candidates were listed'], 'Bucher', 'said', 'reported/cue-clause')]],
  ['say tagged as a noun after a counted group, which speaks', 'Six in 10 say the mayor is decisive.', [row(['the mayor is decisive'], 'Six in 10', 'say', 'reported/cue-clause')]],
  // a passive cue: what was announced is its subject, the agent its speaker
  ['passive with an agent', 'The move was first reported by The Ledger.', [row(['The move'], 'The Ledger', 'was first reported', 'reported/passive-subject')]],
  ['passive without an agent', 'The merger was announced on Monday.', [row(['The merger'], null, 'was announced', 'reported/passive-subject')]],
  ['passive with a quoted complement and an agent', 'The plan was described as "dead" by Ms. Ortiz.', [
    row(['The plan', 'as "dead"'], 'Ms. Ortiz', 'was described', 'reported/passive-quoted', 'mixed'),
  ]],
  ['passive with a quoted complement, no agent', 'The audit was called "a partisan stunt."', [
    row(['The audit', '"a partisan stunt."'], null, 'was called', 'reported/passive-quoted', 'mixed'),
  ]],
  ['vowed not to', 'Fans jeered the coach, and vowed not to cheer for him again.', [row(['not to cheer for him again'], 'Fans', 'vowed', 'reported/cue-infinitive')]],
  ['asked whether after when, inside a sentence', 'The senator shrugged when asked whether he would run.', [row(['whether he would run'], null, 'asked', 'reported/cue-question-no-speaker')]],
  // layouts: a speaker and a colon open the paragraph
  ['a headline', 'Mayor Reyes: Budget Will Pass By June.\n\nThe mayor spoke on Monday.', [row(['Budget Will Pass By June'], 'Mayor Reyes', ':', 'reported/headline')]],
  ['a transcript line', 'REYES: We will win this race.\n\nMORALES: We will see.', [
    row(['We will win this race'], 'REYES', ':', 'reported/transcript'),
    row(['We will see'], 'MORALES', ':', 'reported/transcript'),
  ]],
  ['an interview in questions and answers', 'Q: Will the budget pass this year?\n\nA: I think it will pass by June.', [
    row(['Will the budget pass this year'], 'Q', ':', 'reported/interview'),
    row(['I think it will pass by June'], null, ':', 'reported/interview'),
  ]],
  ['the first person of a transcript line is its speaker', 'REYES: We will win this race.\n\nMORALES: I said we would see about that.', [
    row(['We will win this race'], 'REYES', ':', 'reported/transcript'),
    row(['I said we would see about that'], 'MORALES', ':', 'reported/transcript'),
    row(['we would see about that'], 'I', 'said', 'reported/cue-clause'),
  ]],
  ['a review roundup names the critic, then the outlet', 'Lena Park, The Harbor Times: "A bold staging that never loses its nerve."\n\nOmar Vance, Coast Review: "Too long by an hour."', [
    row(['A bold staging that never loses its nerve.'], 'Lena Park', null, 'direct/roundup', 'direct'),
    row(['Too long by an hour.'], 'Omar Vance', null, 'direct/roundup', 'direct'),
  ]],
  ['a quotation after an attribution that went on with a question joins the quote', '"It was very nice," the tycoon told the paper when asked if he had met Lee. "He was very charming."', [
    row(['It was very nice,', 'He was very charming.'], 'the tycoon', 'told', 'direct/trailing-speaker-cue', 'direct'),
    row(['if he had met Lee'], null, 'asked', 'reported/cue-question-no-speaker'),
  ]],
  ['... or with a participle clause', '"We will win," Ramos said, referring to the new voters. "So I think the race is open."', [
    row(['We will win,', 'So I think the race is open.'], 'Ramos', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['... or with a reported clause of the same speaker', '"We will win," Ramos said, adding that the polls were wrong. "So I think the race is open."', [
    row(['We will win,', 'So I think the race is open.'], 'Ramos', 'said', 'direct/trailing-speaker-cue', 'direct'),
    row(['the polls were wrong'], 'Ramos', 'adding', 'reported/cue-that'),
  ]],
  // boundaries: the speaker's appositive, a programme, a quote inside reported speech
  ['the speaker appositive is no content', 'The plan will fail in the spring, said Robert Hale, a political science professor at Ohio State University.', [
    row(['The plan will fail in the spring'], 'Robert Hale, a political science professor at Ohio State University', 'said', 'reported/content-cue-speaker'),
  ]],
  ['a programme after the cue is no part', '"The plan will fail," Lee said on "Morning Edition."', [row(['The plan will fail,'], 'Lee', 'said', 'direct/trailing-speaker-cue', 'direct')]],
  ['words quoted inside a reported statement belong to it', 'Coach Mills said he felt the fans were saying, "We have given up," and that hurt.', [
    row(['he felt the fans were saying, "We have given up," and that hurt'], 'Coach Mills', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  ['described X as "Y" is one mixed quote', 'Ms. Ortiz described the plan as "a mess from start to finish."', [
    row(['the plan as "a mess from start to finish."'], 'Ms. Ortiz', 'described', 'reported/cue-quoted-object', 'mixed'),
  ]],
  // nouns of saying with a that-clause; the clause ends before the sentence's own verb
  ['his claim that', 'His claim that the vote was rigged was false.', [row(['the vote was rigged'], 'His', 'claim', 'reported/noun-cue')]],
  ["a named owner's warning that", "Ms. Ortiz's warning that the bridge would close went unheeded.", [row(['the bridge would close'], "Ms. Ortiz's", 'warning', 'reported/noun-cue')]],
  ['the statement that, with no owner', 'The statement that the plant would close came on Monday.', [row(['the plant would close'], null, 'statement', 'reported/noun-cue')]],
  ['a verb cue before the noun keeps the attribution', 'Holloway says in a memo that the bridge plan is finally dead.', [row(['the bridge plan is finally dead'], 'Holloway', 'says', 'reported/cue-that')]],
  ['a subordinate clause before the subject is not what was said', 'As the vote drew near, Fenwick decried the mood of the hearing.', [
    row(['the mood of the hearing'], 'Fenwick', 'decried', 'reported/cue-object'),
  ]],
  ['an attribution inside a sentence that goes on with the report', 'It was impossible, Gabuyev said, so the leaders decided to wait.', [
    row(['It was impossible', 'so the leaders decided to wait'], 'Gabuyev', 'said', 'reported/content-speaker-cue'),
  ]],
  ['the preposition of a cue is no content but part of the cue', 'Okafor referred to Brandt as "a steady, patient builder."', [
    row(['Brandt as "a steady, patient builder."'], 'Okafor', 'referred to', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['urged a listener not to', 'Shen urged the voters not to rush to judgment.', [row(['the voters not to rush to judgment'], 'Shen', 'urged', 'reported/cue-infinitive')]],
  ['a participle with quoted words takes the clause subject', 'In Salem, the rally ran late into the night, calling the mayor "a total stiff."', [
    row(['the mayor "a total stiff."'], 'the rally', 'calling', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['a participle with quoted words whose subject is not found', 'Then, late into the night, calling the mayor "a total stiff."', [
    row(['the mayor "a total stiff."'], null, 'calling', 'reported/cue-quoted-object-no-speaker', 'mixed'),
  ]],
  ['a participle after a quote is no inverted attribution', 'Pardo gave a defense of "river towns," saying the valley was the "backbone of the state."', [
    row(['the valley was the "backbone of the state."'], 'Pardo', 'saying', 'reported/cue-clause', 'mixed'),
  ]],
  // the clause shapes these rules sit beside
  ['a subject pronoun is no listener', 'The Saudis have warned they could sell their bonds.', [row(['they could sell their bonds'], 'The Saudis', 'have warned', 'reported/cue-clause')]],
  ['a participle inside the adjunct before that', 'The council said in a statement provided to reporters that the plan was dead.', [row(['the plan was dead'], 'The council', 'said', 'reported/cue-that')]],
  ['an appositive that sums the report up is cut off', 'The firm said it would cut 3,000 jobs, a blow to the town.', [row(['it would cut 3,000 jobs'], 'The firm', 'said', 'reported/cue-clause')]],
  // the content ends where the narrator's addition begins after a comma
  ['a comma splice after a quotation closed by a comma', 'The league emphasized that the coach was "ready to lead the club," the players focused on the role he played in the scandal.', [
    row(['the coach was "ready to lead the club,"'], 'The league', 'emphasized', 'reported/cue-that', 'mixed'),
  ]],
  ['an adjunct after a quotation closed by a comma', 'Ms. Ortiz said the plan was "a mess," in an interview with the Harbor Times.', [
    row(['the plan was "a mess,"'], 'Ms. Ortiz', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  ['a second reported clause after a quotation stays', 'Ms. Ortiz said the plan was "a mess," and that the council knew it.', [
    row(['the plan was "a mess," and that the council knew it'], 'Ms. Ortiz', 'said', 'reported/cue-clause', 'mixed'),
  ]],
  ["a narrator's relative clause is cut off", 'The mayor said the bridge would close in May, which surprised the council.', [row(['the bridge would close in May'], 'The mayor', 'said', 'reported/cue-clause')]],
  ['a relative clause inside the subject stays', 'The mayor said the bridge, which opened in 1990, would close in May.', [row(['the bridge, which opened in 1990, would close in May'], 'The mayor', 'said', 'reported/cue-clause')]],
  ['a contrast after the content is cut off', 'Ms. Ortiz said the plan would fail, while her rivals praised it.', [row(['the plan would fail'], 'Ms. Ortiz', 'said', 'reported/cue-clause')]],
  ["the speaker's appositive with a relative clause is no content", 'The budget will pass this spring, said Rita Lane, the director of the Harbor Group, which tracks city spending.', [
    row(['The budget will pass this spring'], 'Rita Lane, the director of the Harbor Group', 'said', 'reported/content-cue-speaker'),
  ]],
  ['a participle cue after a quotation closed by a comma starts its own attribution', 'Ms. Ortiz said the plan was "a total mess," adding that the council should start again.', [
    row(['the plan was "a total mess,"'], 'Ms. Ortiz', 'said', 'reported/cue-clause', 'mixed'),
    row(['the council should start again'], 'Ms. Ortiz', 'adding', 'reported/cue-that'),
  ]],
  ['a dateline is no content', 'HARBOR CITY, Feb. 2 (UPI) — The new bridge will open in May, the mayor said.', [
    row(['The new bridge will open in May'], 'the mayor', 'said', 'reported/content-speaker-cue'),
  ]],
  ["a fronted participle phrase is the narrator's", 'Emerging from the long meeting, the council looked tired, Ms. Ortiz said.', [
    row(['the council looked tired'], 'Ms. Ortiz', 'said', 'reported/content-speaker-cue'),
  ]],
  ['a conditional before the main clause is part of what was said', 'If the bridge opens, the city will gain, Ms. Ortiz said.', [
    row(['If the bridge opens, the city will gain'], 'Ms. Ortiz', 'said', 'reported/content-speaker-cue'),
  ]],
  ['an introduction before a parenthetical cue is the first part', 'Back in Oregon, Mr. Ashby said, he learned to repair boats.', [
    row(['Back in Oregon', 'he learned to repair boats'], 'Mr. Ashby', 'said', 'reported/parenthetical-cue'),
  ]],
  ['a noun misread as a verb after a determiner is still a subject', 'Officials said the attacks were planned for months.', [
    row(['the attacks were planned for months'], 'Officials', 'said', 'reported/cue-clause'),
  ]],
  ['a list after the clause stays', 'Ms. Lund said she had bought a car, a boat and a house.', [row(['she had bought a car, a boat and a house'], 'Ms. Lund', 'said', 'reported/cue-clause')]],
];

describe('shapes of reported speech', () => {
  test.each(shapes)('%s', (_name, input, expected) => {
    expect(rows(extract(input))).toEqual(expected);
  });

  test('"I" inside a transcript line resolves to the line\'s speaker', () => {
    const r = extract('REYES: We will win this race.\n\nMORALES: I said we would see about that.');
    const inner = r.quotes.find((q) => q.rule === 'reported/cue-clause')!;
    expect(inner.speaker?.mention?.text).toBe('I');
    expect(r.speakers[inner.speaker!.id]!.name).toBe('MORALES');
  });

  test('"I" outside a transcript stays a pronoun of its own', () => {
    const r = extract('Mayor Dana Reyes spoke on Monday.\n\nI said we would see about that.');
    const inner = r.quotes.find((q) => q.rule === 'reported/cue-clause')!;
    expect(r.speakers[inner.speaker!.id]!.name).not.toBe('MORALES');
    expect(r.speakers[inner.speaker!.id]!.name).not.toBe('Dana Reyes');
  });

  test('an object or a topic has a lower confidence than a clause, so minConfidence can drop it', () => {
    const input = 'Senator Ruth Alvarez has denied the accusations. She said the report was false.';
    const all = extract(input).quotes;
    expect(all.map((q) => q.rule)).toEqual(['reported/cue-object', 'reported/cue-clause']);
    expect(all[0]!.confidence).toBeLessThan(all[1]!.confidence);
    expect(extract(input, { minConfidence: 0.6 }).quotes.map((q) => q.text)).toEqual(['the report was false']);
  });
});

const notSpeech: [string, string][] = [
  ['add jobs', 'The port added 2,000 jobs last year.'],
  ['add jobs before a semicolon', 'Port adds 2,000 jobs; vacancy rate ticks up to 6%.'],
  ['respond to requests', 'Mr. Ferris did not respond to multiple requests for comment.'],
  ['reply to a letter', 'The agency replied to the letter within a week.'],
  ['answer a poll', 'Most voters answered the poll online.'],
  ['report income', 'The firm reported income of 3 million dollars.'],
  ['call a meeting', 'She called a meeting for Friday.'],
  ['call to order', 'They called the meeting to order.'],
  ['tell apart', 'He could not tell the twins apart.'],
  ['plead guilty', 'He pleaded guilty to fraud.'],
  ['speak on condition of anonymity', 'The officer spoke on condition of anonymity.'],
  ['a pronoun as the passive subject', 'It was announced on Monday.'],
  ['added to a lead', 'The governor added to her delegate lead on Tuesday.'],
  ['say as a way of speaking', 'If the mayor narrows the gap to, say, single digits, the race is open.'],
  ['said while doing something', 'Susan said as she turned around.'],
  ['a label before a colon', 'Update: The story was corrected on Tuesday.'],
  ['a question line of an interview', 'Q: What about the budget for next year?'],
  ['a lone answer label with no question next to it', 'A: The bridge opens in May.\n\nThe mayor spoke on Monday.'],
  ['an introductory phrase before a subject and a verb', 'During the storm, Mateen posted pictures of the pier.'],
  ['a passive cue before an adjunct', 'The report was written by an aide to the mayor.'],
  ['a verb of saying without a clause', 'He said nothing.'],
  ['asked with no question after it', 'Asked, the mayor shrugged and walked away.'],
  ['an asked question with no main clause after it', 'Asked how long the works would last. The council did not know.'],
  ['put it in another sense', 'He put it on the table, and the plan was dead.'],
  ['quoted in another sense', 'The mayor was quoted in the paper.'],
  ['it is said to be', 'It is said to be the oldest bridge in the state.'],
  ['said to a listener', 'The senator said to loud applause.'],
  ['a fronted place before a colon and a quotation is no roundup', 'In Boston, the mood was grim: "We have lost."'],
  ['called in another sense, passive', 'The mayor was called to the stand.'],
  ['asked not to be named', 'The aide asked not to be identified.'],
  ['declined to comment', 'The spokesman declined to comment.'],
  ['did not immediately respond', 'The mayor did not immediately respond.'],
  ['could not be reached', 'Aydin could not be reached for comment.'],
];

describe('verbs of saying in other senses are no cues', () => {
  test.each(notSpeech)('%s', (_name, input) => {
    expect(extract(input).quotes).toEqual([]);
  });
});
