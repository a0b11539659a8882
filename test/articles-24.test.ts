/**
 * Whole invented news articles for helper probe24: ten stories of six to nine
 * paragraphs (a council vote, a court case, a storm, a sports transfer, a
 * company result, a protest, an election night, a health scare, a diplomatic
 * visit, a school closure). Each names three to five people and bodies, with a
 * title given once and then dropped ("Mayor Ana Ruiz", "Ruiz", "the mayor"),
 * quotes that run over two paragraphs (no closing mark at the paragraph's end,
 * reopened), a quote paragraph with no cue after a cued one, reported speech,
 * "according to", a body's statement and a mixed quote. Each row is the exact
 * output with default options: [content, speaker name, cue, kind]. Sentences
 * and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

/** One quote as a row: content, speaker name, cue, kind. */
type Row = [string, string | null, string | null, string];

/** An invented article: its paragraphs and the quotes a careful reader finds. */
interface Article {
  topic: string;
  paragraphs: string[];
  quotes: Row[];
}

const ARTICLES: Article[] = [
  {
    topic: "a council vote",
    paragraphs: [
      "The Harwick town council voted 7-2 on Tuesday night to close the Elm Street library branch at the end of the year.",
      "Mayor Ana Ruiz said the decision was painful but unavoidable. \"We looked at every other option, and none of them added up,\" Ruiz told reporters after the meeting.",
      "\"The building needs a new roof and new wiring, and we simply do not have the money.\"",
      "Councillor Peter Osgood, who voted against the plan, argued that the branch served hundreds of children each week.",
      "\"This is a short-term saving that will cost us for a generation,\" he said. \"Once a library closes, it never comes back.",
      "\"I will keep fighting for it until the doors are locked.\"",
      "According to the town finance office, the closure will save about $300,000 a year.",
      "The Friends of Elm Street Library said in a statement that it was \"deeply disappointed\" by the vote and would look at legal options.",
      "The mayor said the books would be moved to the main library on Church Road.",
    ],
    quotes: [
      ["the decision was painful but unavoidable","Ana Ruiz","said","indirect"],
      ["We looked at every other option, and none of them added up, The building needs a new roof and new wiring, and we simply do not have the money.","Ana Ruiz","told","direct"],
      ["the branch served hundreds of children each week","Peter Osgood","argued","indirect"],
      ["This is a short-term saving that will cost us for a generation, Once a library closes, it never comes back. I will keep fighting for it until the doors are locked.","Peter Osgood","said","direct"],
      ["the closure will save about $300,000 a year","the town finance office","According to","indirect"],
      ["it was \"deeply disappointed\" by the vote and would look at legal options","Friends of Elm Street Library","said","mixed"],
      ["the books would be moved to the main library on Church Road","Ana Ruiz","said","indirect"],
    ],
  },
  {
    topic: "a court case",
    paragraphs: [
      "A jury in Carlton on Friday found former bank manager Leonard Pike guilty of stealing more than $2 million from elderly customers.",
      "Pike, 58, showed no emotion as the verdict was read.",
      "Prosecutor Janet Moore told the court that Pike had picked his victims with great care. \"He chose people who trusted him and who would not check their statements,\" Moore said.",
      "\"He took their savings one small payment at a time, and he spent the money on boats and holidays.",
      "\"That is not a mistake. That is a plan.\"",
      "Defence lawyer Samuel Grant said his client would appeal. Grant told reporters outside the courthouse that the trial had been unfair because key records were kept from the jury.",
      "\"We have serious concerns about the way this case was run,\" he said.",
      "Judge Helen Marsh set sentencing for March 14. She warned Pike that he faced a long prison term.",
      "The bank said it had repaid all of the affected customers and had changed its internal checks.",
    ],
    quotes: [
      ["Pike had picked his victims with great care","Janet Moore","told","indirect"],
      ["He chose people who trusted him and who would not check their statements, He took their savings one small payment at a time, and he spent the money on boats and holidays. That is not a mistake. That is a plan.","Janet Moore","said","direct"],
      ["his client would appeal","Samuel Grant","said","indirect"],
      ["the trial had been unfair because key records were kept from the jury","Samuel Grant","told","indirect"],
      ["We have serious concerns about the way this case was run,","Samuel Grant","said","direct"],
      ["he faced a long prison term","Helen Marsh","warned","indirect"],
      ["it had repaid all of the affected customers and had changed its internal checks","The bank","said","indirect"],
    ],
  },
  {
    topic: "a storm",
    paragraphs: [
      "Storm Gerda brought winds of up to 90 miles per hour to the west coast on Sunday, cutting power to 40,000 homes.",
      "The National Weather Service warned that a second band of heavy rain would arrive overnight.",
      "\"People should stay indoors and keep away from the sea front,\" said Tom Bradley, a forecaster at the service. \"The waves will be at their worst around high tide.\"",
      "In the fishing village of Port Ellen, harbour master Grace Lyle said several boats had broken free of their moorings.",
      "\"I have worked here for thirty years and I have never seen anything like it,\" she said.",
      "\"The water came right over the wall and into the square.\"",
      "The power company, Westgrid, said crews were working to restore supply but that some homes could be without electricity until Tuesday.",
      "Emergency services minister Rachel Dunn is expected to visit the area on Monday. Dunn said the government would release funds to help families who had lost their homes.",
    ],
    quotes: [
      ["a second band of heavy rain would arrive overnight","National Weather Service","warned","indirect"],
      ["People should stay indoors and keep away from the sea front, The waves will be at their worst around high tide.","Tom Bradley","said","direct"],
      ["several boats had broken free of their moorings","Grace Lyle","said","indirect"],
      ["I have worked here for thirty years and I have never seen anything like it, The water came right over the wall and into the square.","Grace Lyle","said","direct"],
      ["crews were working to restore supply but that some homes could be without electricity until Tuesday","Westgrid","said","indirect"],
      ["the government would release funds to help families who had lost their homes","Rachel Dunn","said","indirect"],
    ],
  },
  {
    topic: "a sports transfer",
    paragraphs: [
      "Midfielder Carlos Mendes has joined Redbridge United from Porto for a fee of about 30 million euros, the club announced on Thursday.",
      "The 24-year-old signed a five-year contract and will wear the number eight shirt.",
      "\"I am very happy to be here,\" Mendes said at his first press conference. \"This is a club with a great history, and I want to help it win trophies again.\"",
      "Redbridge manager Owen Hale said he had wanted to sign the player for two years.",
      "\"Carlos sees passes that other players do not see,\" Hale said. \"He will make us better from the first day.",
      "\"We tried to bring him here last summer, but the timing was not right.\"",
      "Club chairman David Croft said the deal showed the owners were serious about returning to the top of the league.",
      "According to reports in the Portuguese press, Porto will also receive a share of any future sale.",
      "Mendes is expected to make his debut against Ashford on Saturday.",
    ],
    quotes: [
      ["Midfielder Carlos Mendes has joined Redbridge United from Porto for a fee of about 30 million euros","the club","announced","indirect"],
      ["I am very happy to be here, This is a club with a great history, and I want to help it win trophies again.","Carlos Mendes","said","direct"],
      ["he had wanted to sign the player for two years","Owen Hale","said","indirect"],
      ["Carlos sees passes that other players do not see, He will make us better from the first day. We tried to bring him here last summer, but the timing was not right.","Owen Hale","said","direct"],
      ["the deal showed the owners were serious about returning to the top of the league","David Croft","said","indirect"],
      ["Porto will also receive a share of any future sale","reports in the Portuguese press","According to","indirect"],
    ],
  },
  {
    topic: "a company result",
    paragraphs: [
      "Shares in Brightline Foods fell 12 percent on Wednesday after the company cut its profit forecast for the year.",
      "The firm said rising costs for grain and packaging had eaten into its margins in the second quarter.",
      "Chief executive Maria Olsen said the company would close two factories and cut about 600 jobs. \"These are hard choices, and we do not make them lightly,\" Olsen said in a call with analysts.",
      "She added that the savings would allow the firm to invest in new products.",
      "Analyst Ben Carter of Thornbury Securities said the cuts had been expected. \"The market was waiting for this,\" Carter said. \"The real question is whether sales can recover next year.\"",
      "The union representing factory workers, Unite Food, said the closures were \"a betrayal of loyal staff\".",
      "Olsen said talks with the union would begin next week.",
    ],
    quotes: [
      ["rising costs for grain and packaging had eaten into its margins in the second quarter","Brightline Foods","said","indirect"],
      ["the company would close two factories and cut about 600 jobs","Maria Olsen","said","indirect"],
      ["These are hard choices, and we do not make them lightly,","Maria Olsen","said","direct"],
      ["the savings would allow the firm to invest in new products","Maria Olsen","added","indirect"],
      ["the cuts had been expected","Ben Carter","said","indirect"],
      ["The market was waiting for this, The real question is whether sales can recover next year.","Ben Carter","said","direct"],
      ["the closures were \"a betrayal of loyal staff\"","Unite Food","said","mixed"],
      ["talks with the union would begin next week","Maria Olsen","said","indirect"],
    ],
  },
  {
    topic: "a protest",
    paragraphs: [
      "Thousands of people marched through the centre of Dunmore on Saturday to protest against plans for a new motorway through the Greenvale woods.",
      "Organisers said more than 10,000 people took part. Police put the number at about 4,000.",
      "\"These woods have stood for four hundred years,\" said Laura Finch, who leads the Save Greenvale campaign. \"We will not let them be cut down for a road that nobody needs.\"",
      "\"We have the support of scientists, of farmers and of ordinary families.",
      "\"The government should listen to them.\"",
      "Transport minister Colin Reeves defended the plan on Friday. He said the road would cut journey times and take heavy traffic out of the villages.",
      "A spokesman for Dunmore police said the march had been peaceful and that no arrests were made.",
      "Finch said the campaign would hold another march next month.",
    ],
    quotes: [
      ["more than 10,000 people took part","Organisers","said","indirect"],
      ["These woods have stood for four hundred years, We will not let them be cut down for a road that nobody needs. We have the support of scientists, of farmers and of ordinary families. The government should listen to them.","Laura Finch","said","direct"],
      ["the road would cut journey times and take heavy traffic out of the villages","Colin Reeves","said","indirect"],
      ["the march had been peaceful and that no arrests were made","A spokesman for Dunmore police","said","indirect"],
      ["the campaign would hold another march next month","Laura Finch","said","indirect"],
    ],
  },
  {
    topic: "an election night",
    paragraphs: [
      "The Labour candidate, Helen Ward, won the Northfield seat by just 312 votes after a recount that lasted until dawn.",
      "Ward told supporters at the count that the result showed voters wanted change. \"Tonight Northfield has chosen a new direction,\" she said.",
      "Her Conservative rival, James Pell, said he would not challenge the result.",
      "\"It was a close race and a fair one,\" Pell said. \"I congratulate Helen and I wish her well.\"",
      "According to the electoral office, turnout was 61 percent, up from 54 percent at the last election.",
      "Party leader Simon Clarke said the win was the best result for Labour in the area in twenty years.",
      "\"Helen fought a brilliant campaign,\" Clarke said. \"She knocked on every door in this town.",
      "\"She deserves every one of those votes.\"",
      "Ward is expected to take her seat next week.",
    ],
    quotes: [
      ["the result showed voters wanted change","Helen Ward","told","indirect"],
      ["Tonight Northfield has chosen a new direction,","Helen Ward","said","direct"],
      ["he would not challenge the result","James Pell","said","indirect"],
      ["It was a close race and a fair one, I congratulate Helen and I wish her well.","James Pell","said","direct"],
      ["turnout was 61 percent, up from 54 percent at the last election","the electoral office","According to","indirect"],
      ["the win was the best result for Labour in the area in twenty years","Simon Clarke","said","indirect"],
      ["Helen fought a brilliant campaign, She knocked on every door in this town. She deserves every one of those votes.","Simon Clarke","said","direct"],
    ],
  },
  {
    topic: "a health scare",
    paragraphs: [
      "Health officials in Maybridge have closed a swimming pool after three children fell ill with a stomach infection.",
      "The Maybridge Health Authority said in a statement that tests had found bacteria in the water.",
      "Dr Priya Nair, the authority's director of public health, said the risk to the public was low. \"We acted quickly as a precaution,\" Nair said.",
      "\"Anyone who used the pool in the last two weeks and has symptoms should call their doctor.\"",
      "The children are being treated at Maybridge General Hospital and are said to be in a stable condition.",
      "Parent Kevin Shaw, whose daughter swims at the pool every week, said he was worried. \"Nobody told us anything until this morning,\" Shaw said.",
      "The pool's operator, Leisure First, said it was cooperating fully with the investigation.",
      "Nair said the pool would stay closed until further tests came back clear.",
    ],
    quotes: [
      ["tests had found bacteria in the water","Maybridge Health Authority","said","indirect"],
      ["the risk to the public was low","Priya Nair","said","indirect"],
      ["We acted quickly as a precaution, Anyone who used the pool in the last two weeks and has symptoms should call their doctor.","Priya Nair","said","direct"],
      ["he was worried","Kevin Shaw","said","indirect"],
      ["Nobody told us anything until this morning,","Kevin Shaw","said","direct"],
      ["it was cooperating fully with the investigation","Leisure First","said","indirect"],
      ["the pool would stay closed until further tests came back clear","Priya Nair","said","indirect"],
    ],
  },
  {
    topic: "a diplomatic visit",
    paragraphs: [
      "French President Claire Dubois arrived in Lisbon on Monday for a two-day visit aimed at closer trade ties between the two countries.",
      "Dubois was met at the airport by Portuguese Prime Minister Rui Costa.",
      "At a joint press conference, Costa said the two leaders had agreed to work together on energy and transport. \"Our countries share the same goals,\" he said. \"We want cleaner energy and faster trains.\"",
      "Dubois said France would support a new rail link between the two capitals. She told reporters that the project could be finished within ten years.",
      "\"This is not only about trains,\" she said. \"It is about bringing our people closer together.",
      "\"Europe is stronger when its cities are joined.\"",
      "The Portuguese foreign ministry said the leaders would sign three agreements on Tuesday.",
      "According to officials, the visit is the first by a French president to Portugal in six years.",
    ],
    quotes: [
      ["the two leaders had agreed to work together on energy and transport","Rui Costa","said","indirect"],
      ["Our countries share the same goals, We want cleaner energy and faster trains.","Rui Costa","said","direct"],
      ["France would support a new rail link between the two capitals","Claire Dubois","said","indirect"],
      ["the project could be finished within ten years","Claire Dubois","told","indirect"],
      ["This is not only about trains, It is about bringing our people closer together. Europe is stronger when its cities are joined.","Claire Dubois","said","direct"],
      ["the leaders would sign three agreements on Tuesday","The Portuguese foreign ministry","said","indirect"],
      ["the visit is the first by a French president to Portugal in six years","officials","According to","indirect"],
    ],
  },
  {
    topic: "a school closure",
    paragraphs: [
      "St Mary's Primary School in Kelton will close permanently in July, the county education board announced on Wednesday.",
      "The board said falling pupil numbers had made the school too costly to run. Only 48 children are enrolled, down from 140 a decade ago.",
      "Head teacher Susan Blake said staff were shocked by the news. \"We found out at the same time as the parents,\" Blake said.",
      "\"The children have done nothing wrong, and neither have the teachers.",
      "\"We deserved better than a letter.\"",
      "Board chairman Michael Hurst said pupils would be offered places at two nearby schools. Hurst said buses would be provided free of charge.",
      "\"We know this is a hard day for the village,\" he said.",
      "Parent Emma Wells said families would fight the decision. She said the nearest other school was a forty-minute bus ride away.",
      "The board said it would hold a public meeting on the closure next month.",
    ],
    quotes: [
      ["St Mary's Primary School in Kelton will close permanently in July","the county education board","announced","indirect"],
      ["falling pupil numbers had made the school too costly to run","The board","said","indirect"],
      ["staff were shocked by the news","Susan Blake","said","indirect"],
      ["We found out at the same time as the parents, The children have done nothing wrong, and neither have the teachers. We deserved better than a letter.","Susan Blake","said","direct"],
      ["pupils would be offered places at two nearby schools","Michael Hurst","said","indirect"],
      ["buses would be provided free of charge","Michael Hurst","said","indirect"],
      ["We know this is a hard day for the village,","Michael Hurst","said","direct"],
      ["families would fight the decision","Emma Wells","said","indirect"],
      ["the nearest other school was a forty-minute bus ride away","Emma Wells","said","indirect"],
      ["it would hold a public meeting on the closure next month","The board","said","indirect"],
    ],
  },
];

/** The quotes of `text` (invariants checked) as rows. */
function rows(text: string): Row[] {
  return extract(text).quotes.map((q) => [q.text, q.speaker?.name ?? null, q.cue?.span.text ?? null, q.kind]);
}

describe('probe24: whole invented articles', () => {
  test.each(ARTICLES.map((a) => [a.topic, a] as const))('%s', (_topic, a) => {
    expect(rows(a.paragraphs.join('\n\n'))).toEqual(a.quotes);
  });

  test('a quote that runs over two paragraphs is one quote with a part in each', () => {
    const a = ARTICLES[0]!;
    const r = extract(a.paragraphs.join('\n\n'));
    const q = r.quotes.find((x) => x.speaker?.name === 'Peter Osgood' && x.kind === 'direct')!;
    expect(q.parts.map((p) => p.text)).toEqual([
      'This is a short-term saving that will cost us for a generation,',
      'Once a library closes, it never comes back.',
      'I will keep fighting for it until the doors are locked.',
    ]);
  });
});

/** Names and kinds of bodies and players that the articles' shapes exposed: [text, speaker name, speaker kind]. */
const NAMES: [string, string, string][] = [
  // a government body named with title words ("National", "Health") keeps them and is an organisation
  ['The National Weather Service warned that the river would flood by nightfall.', 'National Weather Service', 'organization'],
  ['The Secret Service said the square would stay closed all day.', 'Secret Service', 'organization'],
  ['The state Health Service said waiting lists had grown over the winter.', 'Health Service', 'organization'],
  // (a person surnamed Service is still a person)
  ['Robert Service said the old mill would become a museum.', 'Robert Service', 'person'],
  // a sports position before a name is a title, also before a first name the lists do not know
  ['Midfielder Carlos Mendes said he was looking forward to the derby.', 'Carlos Mendes', 'person'],
  ['Goalkeeper Ana Lopez said the team had deserved to win.', 'Ana Lopez', 'person'],
  // a capitalised supporters' group inside a sentence is one organisation's name
  ['The Friends of Hale Park said the old oaks should be saved.', 'Friends of Hale Park', 'organization'],
  ['The Friends of the Earth said the new road was a mistake.', 'Friends of the Earth', 'organization'],
];

describe('probe24: names of bodies and players', () => {
  test.each(NAMES)('%s', (text, name, kind) => {
    const r = extract(text);
    expect(r.quotes).toHaveLength(1);
    const ref = r.quotes[0]!.speaker!;
    expect([ref.name, r.speakers[ref.id]!.kind]).toEqual([name, kind]);
  });

  test('opening a sentence, "Friends of" a person stays a description of the people around them', () => {
    const r = extract('Friends of Ann Lee said she was always kind to strangers.');
    expect(r.quotes[0]!.speaker).toMatchObject({ name: 'Friends of Ann Lee', via: 'description' });
  });
});
