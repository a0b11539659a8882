/**
 * Speaker names, kinds and `via` on invented sentences, one family of rules
 * per group (issue: "who said it" must be the right name, not just nearby),
 * and over PolNeAR dev when ../shared/eval is present: no resolved name comes
 * only from inside its own quotation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseGoldJsonl } from '../src/eval/index.js';
import { extract } from './support/invariants.js';
import type { Extraction } from '../src/index.js';

/** Each quote's speaker as `name | kind | via`, or null. */
function speakers(r: Extraction): (string | null)[] {
  return r.quotes.map((q) => (q.speaker ? `${q.speaker.name} | ${r.speakers[q.speaker.id]!.kind} | ${q.speaker.via}` : null));
}

// [rule family, invented input, expected speaker of each quote in order]
const TABLE: readonly (readonly [string, string, readonly (string | null)[]])[] = [
    ["pronoun-own-quote", "John Smith arrived late. \"I'm sorry for the delay,\" he said.", ["John Smith | person | pronoun"]],
    ["pronoun-own-quote", "Tom Reyes spoke to reporters on Monday. \"Fine,\" he said.", ["Tom Reyes | person | pronoun"]],
    ["pronoun-own-quote", "Tom Reyes spoke to reporters on Monday. \"Thanks,\" he said.", ["Tom Reyes | person | pronoun"]],
    ["pronoun-own-quote", "Ann Lee took the stage. \"Great,\" she said.", ["Ann Lee | person | pronoun"]],
    ["pronoun-own-quote", "Ann Lee took the stage. \"Wow,\" she said.", ["Ann Lee | person | pronoun"]],
    ["pronoun-own-quote", "The senator said: \"No.\" \"Done,\" said she.", ["The senator | person | description","she | unknown | pronoun"]],
    ["pronoun-own-quote", "Mark Tullis sat down. \"Iraq was a mistake,\" he said.", ["Mark Tullis | person | pronoun"]],
    ["pronoun-own-quote", "Rosa Delgado waved. \"America is strong,\" she said.", ["Rosa Delgado | person | pronoun"]],
    ["pronoun-any-quote", "Ben Ortiz wrote that \"Lisbon is lovely\". \"We will go back,\" he said.", ["Ben Ortiz | person | name","Ben Ortiz | person | pronoun"]],
    ["pronoun-place", "Maria Lopez flew to Paris on Monday. \"The talks were productive,\" she said.", ["Maria Lopez | person | pronoun"]],
    ["pronoun-place", "Sen. Tom Reyes of Ohio spoke first. He said the bill would fail.", ["Tom Reyes | person | pronoun"]],
    ["pronoun-place", "Rep. Jim Ward (R-Ohio) was furious. \"This is a sham,\" he said.", ["Jim Ward | person | pronoun"]],
    ["pronoun-place", "Tom Reyes, who grew up in Chicago, returned home. \"It feels good,\" he said.", ["Tom Reyes | person | pronoun"]],
    ["pronoun-place", "Ann Cole met Microsoft executives on Friday. \"They were helpful,\" she said.", ["Ann Cole | person | pronoun"]],
    ["pronoun-place", "Ann Cole spoke in Lagos. \"Nobody in Lagos or Accra expected this,\" she said.", ["Ann Cole | person | pronoun"]],
    ["pronoun-place", "Paul Hart visited Texas and Vermont. \"Both were warm,\" he said.", ["Paul Hart | person | pronoun"]],
    ["pronoun-place", "Nina Park spoke about American jobs. \"We need them,\" she said.", ["Nina Park | person | name", "Nina Park | person | pronoun"]],
    ["pronoun-place", "Omar Haddad returned from the Middle East. \"It was hard,\" he said.", ["Omar Haddad | person | pronoun"]],
    ["pronoun-place", "Lena Fischer met the FBI director. \"It went well,\" she said.", ["Lena Fischer | person | pronoun"]],
    ["pronoun-group", "Officials at the port met on Monday. They said the ships would wait.", ["They | unknown | pronoun"]],
    ["pronoun-group", "The union held a vote. It said the strike would go on.", ["It | unknown | pronoun"]],
    ["pronoun-group", "Analysts at Jefferies cut their forecast. They said demand was weak.", ["They | unknown | pronoun"]],
    ["pronoun-unresolved", "\"We are ready,\" she said.", ["she | unknown | pronoun"]],
    ["pronoun-unresolved", "Paul Hart and Tom Reyes spoke. \"It is over,\" she said.", ["she | unknown | pronoun"]],
    ["pronoun-gender", "Ann Lee met Tom Reyes. \"It is over,\" he said.", ["Tom Reyes | person | pronoun"]],
    ["pronoun-gender", "Tom Reyes met Ann Lee. \"It is over,\" she said.", ["Ann Lee | person | pronoun"]],
    ["pronoun-gender", "Mr. Hart met Mrs. Lowe. \"We agree,\" she said.", ["Lowe | person | pronoun"]],
    ["head-of", "Rep. Ann Cole of California said the bill would fail.", ["Ann Cole | person | name"]],
    ["head-of", "The commander of NATO forces in Europe, General Mark Hale, said the line would hold.", ["Mark Hale | person | name"]],
    ["head-of", "One bank teller in Texas, who asked not to be named, said the vault was empty.", ["One bank teller in Texas | person | description"]],
    ["head-of", "Analysts at Jefferies said the stock would fall.", ["Analysts at Jefferies | group | description"]],
    ["head-of", "A spokesman for the Federal Bureau of Mines said the shaft was safe.", ["A spokesman for the Federal Bureau of Mines | person | description"]],
    ["head-of", "The Federal Bureau of Mines said the shaft was safe.", ["Federal Bureau of Mines | organization | name"]],
    ["head-of", "The Department of Energy said the grid would hold.", ["Department of Energy | organization | name"]],
    ["head-of", "Robert Gordon of Northwestern University said growth would slow.", ["Robert Gordon | person | name"]],
    ["head-of", "Secretary of State John Kessel said the talks would resume.", ["John Kessel | person | name"]],
    ["head-of", "A farmer from Iowa said the rain came too late.", ["A farmer from Iowa | person | description"]],
    ["head-of", "A spokesman for Clayton said the schedule was full.", ["A spokesman for Clayton | person | description"]],
    ["hyphen", "\"It will not work,\" said Douglas Lane-Eakins, an economist.", ["Douglas Lane-Eakins | person | name"]],
    ["hyphen", "\"We are ready,\" said Kim Min-jun.", ["Kim Min-jun | person | name"]],
    ["hyphen", "Mary Lane-Eakins said the plan was sound.", ["Mary Lane-Eakins | person | name"]],
    ["hyphen", "\"We never saw this coming,\" the 61-year-old farmer said.", ["the 61-year-old farmer | person | description"]],
    ["hyphen", "\"Corbin is cratering,\" Texas-based Matt Mack said.", ["Matt Mack | person | name"]],
    ["party-code", "Sen. Harold Fenwick, R-Tenn., said the bill would pass.", ["Harold Fenwick | person | name"]],
    ["party-code", "Rep. Bobby Scott (D-Va.), a member of the panel, said he supports the deal.", ["Bobby Scott | person | name"]],
    ["party-code", "Sen. Claire Mott (D-Mo.), who has endorsed Clayton, said the race was close.", ["Claire Mott | person | name"]],
    ["party-code", "Rep. Jim Ward (R-Ohio) said the bill was dead.", ["Jim Ward | person | name"]],
    ["issuer", "His office released a statement saying he is \"fully committed\" to the plan.", ["His office | organization | description"]],
    ["issuer", "The company issued a statement saying it would appeal.", ["The company | organization | description"]],
    ["shared-subject", "On Monday, the Riverside Gazette became the third paper to back the levy, saying it would fix the schools.", ["Riverside Gazette | organization | name"]],
    ["shared-subject", "In a statement, Gov. Rick Vance (R) blasted Congress and said the state would act.", ["Rick Vance | person | name"]],
    ["shared-subject", "Dale Tramble on Thursday ratcheted up his attacks on Rubens, saying he is weak.", ["Dale Tramble | person | name"]],
    ["shared-subject", "Mike Hale, the former Arkansas governor, proposed a tax and said the speaker should resign.", ["Mike Hale | person | name"]],
    ["shared-subject", "Tom Reyes praised the plan. He went on to say that it would pass.", ["Tom Reyes | person | name", "Tom Reyes | person | pronoun"]],
    ["shared-subject", "The port agency on Friday said the ships would wait.", ["The port agency | organization | description"]],
    ["shared-subject", "Tom Reyes famously said the sky was falling.", ["Tom Reyes | person | name"]],
    ["shared-subject", "Ann Lee last week said the plan would fail.", ["Ann Lee | person | name"]],
    ["shared-subject", "Clayton mocked the complaint, saying it was absurd.", ["Clayton | person | name", "Clayton | person | name"]],
    ["shared-subject", "Smith arrived late and said the meeting was over.", ["Smith | person | name"]],
    ["speech-verb", "\"This is the best day of my life,\" Ann Lee gushed.", ["Ann Lee | person | name"]],
    ["speech-verb", "\"Please stay,\" Ann Lee implored.", ["Ann Lee | person | name"]],
    ["speech-verb", "\"It hurts,\" the boy whimpered.", ["the boy | person | description"]],
    ["speech-verb", "\"Not again,\" Tom Reyes moaned.", ["Tom Reyes | person | name"]],
    ["entity-join", "David Henderson spoke first. \"We will stay,\" David said.", ["David Henderson | person | name"]],
    ["entity-join", "Martin King met Sarah Lowe. \"It is over,\" Mr. King said.", ["Martin King | person | name"]],
    ["entity-join", "Acme Corp. cut 300 jobs. The company said the market was weak.", ["Acme Corp. | organization | description"]],
    ["entity-join", "The Ministry of Health issued new rules. The ministry said they would save lives.", ["Ministry of Health | organization | description"]],
    ["entity-join", "Foreign Minister Ana Ruiz of Spain met Foreign Minister Paul Dubois of France. The Spanish foreign minister said the talks went well.", ["Ana Ruiz | person | description"]],
    ["entity-join", "Defence Secretary Mark Olsen arrived. The defence chief said the base would stay open.", ["Mark Olsen | person | description"]],
    ["entity-join", "Defense Secretary Ann Cole visited the base. The secretary said troops would stay.", ["Ann Cole | person | description"]],
    ["entity-join", "Ann Lee and Bo Lee arrived. \"Yes,\" Ann Lee said. \"No,\" Bo Lee said.", ["Ann Lee | person | name","Bo Lee | person | name"]],
    ["entity-join", "Jane Smith runs the clinic. \"We are full,\" Smith said.", ["Jane Smith | person | name"]],
    ["kind", "Pakistan says the border will stay open.", ["Pakistan | place | name"]],
    ["kind", "Pakistan, nevertheless, says the border will stay open.", ["Pakistan | place | name"]],
    ["kind", "The Riverside Gazette said the levy would pass.", ["Riverside Gazette | organization | name"]],
    ["kind", "Calder & Moss said the bridge was safe.", ["Calder & Moss | organization | name"]],
    ["kind", "Democrats said the bill was unfair.", ["Democrats | group | description"]],
    ["kind", "The FBI said the inquiry was closed.", ["FBI | organization | name"]],
    ["kind", "Officials said the talks had broken down.", ["Officials | group | description"]],
    ["kind", "The United States said the sanctions would stay.", ["United States | place | name"]],
    ["titles", "Chief Executive Officer Paul Brennan said the deal was done.", ["Paul Brennan | person | name"]],
    ["titles", "Council President Luis Romero said the vote was set.", ["Luis Romero | person | name"]],
    ["titles", "State Sen. Maria Reyes said the bill would pass.", ["Maria Reyes | person | name"]],
    ["titles", "Senate Majority Leader Mitch Cole said the vote would be held.", ["Mitch Cole | person | name"]],
    ["description-first", "Her rival, Tom Park, warned of delays.", []],
    ["description-first", "His younger brother, David Henderson, disagrees.", []],
    ["quantifier", "Most of the candidates said they support the plan.", ["Most of the candidates | group | description"]],
    ["quantifier", "At least half of voters in each state say the plan is fair.", ["At least half of voters in each state | group | description"]],
    ["quantifier", "Politicians and even some technologists say the account is fake.", ["Politicians and even some technologists | unknown | description"]],
    ["quantifier", "One of his aides said the plan would work.", ["One of his aides | group | description"]],
    ["context", "\"Corbin is cratering,\" Matt Mack said. \"Support was soft to begin with.\"", ["Matt Mack | person | name"]],
    ["name-colon", "Reidy: \"Never, ever underestimate the man.\"", ["Reidy | person | name"]],
    ["name-colon", "Or, as Tom Ridley, a former secretary, put it: \"The barbarians are inside.\"", ["Tom Ridley | person | name"]],
    ["participle-listener", "Hours later, Tom Reyes returned the favour, telling reporters, \"We have been friends for years.\"", ["Tom Reyes | person | name"]],
    ["participle-listener", "The Vermont senator emailed supporters saying: \"The struggle continues.\"", ["The Vermont senator | person | description"]],
    ["participle-listener", "After the call, Ann Lee's campaign sent out a press release saying the rival owes voters an answer.", ["Ann Lee's campaign | organization | description"]],
    ["inverted-appositive", "\"He had a say in every decision,\" said a former spokesman for the ministry, Oleg Varga.", ["Oleg Varga | person | name"]],
    ["inverted-appositive", "\"Thanks for coming,\" said master of ceremonies Asab Tabchi, a local engineer.", ["Asab Tabchi | person | name"]],
    ["appositive-chain", "Mike Shelton, president of the Riverside Fund, a group allied with the mayor, said every donor was worried.", ["Mike Shelton | person | name"]],
    ["relative-clause", "Current and former officials who spoke with The Riverside Gazette said the agency was a shell.", ["Current and former officials | group | description"]],
    ["reflexive", "Orzo himself said Tuesday that the only way to win is to ask.", ["Orzo | person | name"]],
    ["passive", "It was revealed in March that the mayor had used a private account.", [null]],
    ["passive", "Voters had been told that the polls would close at eight.", [null]],
    ["dateline", "ORLANDO, Fla. (Wire) - President Ann Lee on Thursday met the families and said the country must act.", ["Ann Lee | person | name"]],
    ["it-org", "Acme Corp. held a vote on Monday. It said the plant would close.", ["Acme Corp. | organization | pronoun"]],
    ["coordinated", "But Sandell and his supporters argue the system is unfair.", ["Sandell and his supporters | group | description"]],
    ["quantity", "About 9 percent said they had no preference.", ["About 9 percent | unknown | description"]],
    ["participle-subject", "Rival Hillary Clinton had mocked the complaint, saying it was baseless.", ["Hillary Clinton | person | name", "Hillary Clinton | person | name"]],
    ["participle-subject", "Judge Nora Pike had dismissed the motion, adding that it came too late.", ["Nora Pike | person | name"]],
    ["participle-subject", "\"We are done,\" said Mr. Okafor, adding that the deal was dead.", ["Okafor | person | name", "Okafor | person | name"]],
    ["participle-subject", "The chief adviser on the campaign went further, arguing the plan could backfire.", ["The chief adviser on the campaign | person | description"]],
    ["participle-subject", "Lopez belittled the issue of the loans, calling it a \"paperwork error\" made by staff.", ["Lopez | person | name"]],
    ["passive-agent", "The merger was announced by the company.", ["the company | organization | description"]],
    ["passive-agent", "The merger was announced by the company on Monday.", ["the company | organization | description"]],
    ["verb-name", "The vote is near. Welch said that he planned to vote.", ["Welch | person | name"]],
    ["verb-name", "Lynch announced that the suit would go ahead.", ["Lynch | person | name"]],
    ["between-subject-verb", "The State Department two weeks ago said that the files had been moved.", ["State Department | organization | name"]],
    ["between-subject-verb", "A news report published Wednesday said the minister used a private account.", ["A news report | unknown | description"]],
    ["between-subject-verb", "Sara Voss has since said that she attended for fun.", ["Sara Voss | person | name"]],
    ["between-subject-verb", "Dana Kirk appeared to imply that the plan would fail.", ["Dana Kirk | person | name"]],
    ["between-subject-verb", "Senator Eli Brandt has begun to argue that the plan is weak.", ["Eli Brandt | person | name"]],
    ["counted", "Six in 10 say the mayor is decisive.", ["Six in 10 | unknown | description"]],
    ["counted", "About one in five said they would not vote.", ["About one in five | unknown | description"]],
    ["age-noun", "\"We never saw this coming,\" said the 61-year-old.", ["the 61-year-old | person | description"]],
    ["pronoun-subject", "Paul Hart met Tom Reyes on Monday. He said the deal was done.", ["Paul Hart | person | pronoun"]],
    ["pronoun-subject", "Ann Lee met Tom Reyes. \"It is over,\" he said.", ["Tom Reyes | person | pronoun"]],
    ["pronoun-stray-word", "Tom Reyes spoke last. Absent a deal, he said, the plant will close.", ["Tom Reyes | person | pronoun"]],
    ["possessive", "Sanders’ campaign said the report was a rush to judgment.", ["Sanders’ campaign | organization | description"]],
    ["possessive", "Voters were angry. The Harris’ team said the plan was dead.", ["The Harris’ team | organization | description"]],
    ["coordinated", "The governor and the mayor said the plan was dead.", ["The governor and the mayor | person | description"]],
    ["description-plural", "Senate Minority Leader Harry Reid spoke on Monday. The GOP leaders said that they support the tax.", ["The GOP leaders | group | description"]],
    ["surname-title-word", "Rev. Tom King leads the Solomon Missionary Baptist Church. King says that the fighter talked the talk.", ["Tom King | person | name"]],
    ["opening-participle", "Noting that only one senator voted with them, Tom Tester added that the fight was over.", ["Tom Tester | person | name", "Tom Tester | person | name"]],
    ["opening-participle", "After suggesting on Wednesday that he regretted the insults, Mr. Rubio stayed quiet.", ["Rubio | person | name"]],
    ["participle-subject", "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling him \"a total stiff.\"", ["Trump | person | name"]],
    ["participle-subject", "As shares were tumbling, Mr. Ackman wrote to investors that the stock was cheap, adding that he would buy more.", ["Ackman | person | name", "Ackman | person | name"]],
    ["coordinated-verb", "De Blasio said the move was made by the commissioner and said that the city was safe.", ["De Blasio | person | name", "De Blasio | person | name"]],
    ["coordinated-verb", "Chancellor Ada Brandt of Austria condemned the attack and declared that the country would stay open.", ["Ada Brandt | person | name", "Ada Brandt | person | name"]],
    ["coordinated-verb", "Ann Lee and Tom Reyes stood face-to-face Thursday and repeated that the plan was dead.", ["Ann Lee and Tom Reyes | person | name"]],
    ["coordinated-verb", "Mayor Frank Jessup of Cleveland defended the route and said the police had trained for months.", ["Frank Jessup | person | name"]],
    ["relative-appositive", "He worked with McConnell, now the majority leader, who in 2010 said the goal was to win.", ["McConnell | person | name"]],
    ["appositive", "Mike Shields, now president of the fund, said the ads would run.", ["Mike Shields | person | name"]],
    ["quantifier-subject", "To varying degrees, all agreed that the plan would raise taxes.", ["all | unknown | description"]],
    ["gerund-preposition", "Dr. Oz, despite saying that the extract was a magic cure, kept his show.", ["Oz | person | name"]],
    ["gerund-preposition", "The award went to the movement for speaking out about the police.", []],
    ["appositive-place", "Clinton, during a town hall meeting in Columbus, Ohio, said she was going to win.", ["Clinton | person | name"]],
    ["appositive-place", "Brianne Stoll, 29, of Huntsville, Ala., says her biggest concern is the climate.", ["Brianne Stoll | person | name"]],
    ["appositive-place", "China, Pyongyang's only ally, said the talks must resume.", ["China | place | name"]],
    ["day-word", "Today, the People's Daily newspaper calls it \"the pearl\" of the road.", ["the People's Daily newspaper | organization | description"]],
    ["dateline", "RANGOON, Burma - Aung San Suu Kyi's political allies on Monday predicted an overwhelming victory.", ["Aung San Suu Kyi's political allies | group | description"]],
    ["party-code-split", "Many were unhappy. Rep. Chris Collier, R-N.Y., noted that anger was growing.", ["Chris Collier | person | name"]],
    ["party-code-split", "Rep. Trey Gowan (R-S.C.) said that the claim smacked of hypocrisy.", ["Trey Gowan | person | name"]],
    ["opening-time", "On September 27 the checkers published their results by announcing that the statement was true.", ["the checkers | unknown | description"]],
    ["object-control", "The timing led Republicans to say that the party was hiding her.", ["Republicans | group | name"]],
    ["object-control", "Sanders wants voters to recall that he opposed the war.", ["voters | group | description"]],
    ["purpose-infinitive", "Obama on Friday held an impromptu press briefing to brag that the rate had fallen.", ["Obama | person | name"]],
    ["all-caps-name", "Voters were angry. USA TODAY reported last month that the group funded trips.", ["USA TODAY | person | name"]],
    ["hyphen-title-word", "In Seattle, marchers rallied, KING-TV reported.", ["KING-TV | organization | name"]],
    ["clause-not-appositive", "In Columbia, Sanders stepped up his emphasis on justice issues, saying, \"We have got to do better.\"", ["Sanders | person | name"]],
    ["participle-noun-verb", "Hillary Clinton immediately posted a Twitter comment of her own, saying, \"We are so excited!\"", ["Hillary Clinton | person | name", "Hillary Clinton | person | name"]],
    ["appositive-place", "At a campaign stop in Onawa, Iowa, the Republican presidential candidate repeated his promise to repeal the rules.", ["the Republican presidential candidate | person | description"]],
    ["appositive", "Sanders, whose coalition includes young people, said the turnout was low.", ["Sanders | person | name"]],
    ["noun-read-as-verb", "But the same polling suggests that the race is close.", ["the same polling | unknown | description"]],
    ["noun-read-as-verb", "For instance, some analyses suggest that the goal is far.", ["some analyses | unknown | description"]],
    ["counted", "Nearly nine out of 10 say the economy is bad.", ["Nearly nine out of 10 | unknown | description"]],
    ["counted", "Of the ten members, all but two said the party should act.", ["all but two | unknown | description"]],
    ["counted", "Nearly eight of 10 voters said the race was over.", ["Nearly eight of 10 voters | group | description"]],
    ["counted", "Only 52 percent of registered voters said they would vote.", ["Only 52 percent of registered voters | group | description"]],
    ["head-of", "A Senator from Texas said the bill would fail.", ["A Senator from Texas | person | description"]],
    ["head-of", "Senator from Texas said the bill would fail.", ["Senator from Texas | person | description"]],
    ["head-of", "Senator from Texas Ann Cole said the bill would fail.", ["Ann Cole | person | name"]],
    ["after-cue-possessive", "\"It was a statement,\" said his best friend at Lehigh, Bruce Tully, who knew him well.", ["Bruce Tully | person | name"]],
    ["after-cue-possessive", "\"We are done,\" said her spokesman.", ["her spokesman | person | description"]],
    ["tail-coordination", "Experts on North Korea and nuclear arms said the test was a threat.", ["Experts on North Korea and nuclear arms | group | description"]],
    ["tail-coordination", "Political observers in Virginia and around the country say the race is close.", ["Political observers in Virginia and around the country | group | description"]],
    ["tail-pronoun", "Those close to him say he will run.", ["Those close to him | unknown | description"]],
    ["tail-pronoun", "Friends of hers said she was tired.", ["Friends of hers | group | description"]],
    ["quantifier-prep", "Many in the crowd said the plan would fail.", ["Many in the crowd | group | description"]],
    ["quantifier-prep", "Some at the rally said the mayor had lied.", ["Some at the rally | unknown | description"]],
    ["counted", "About four out of 10 voters said the plan would fail.", ["About four out of 10 voters | group | description"]],
    ["counted", "More than six in 10 said the plan would fail.", ["More than six in 10 | unknown | description"]],
    ["participle-tail", "People briefed on the talks said the plan would fail.", ["People briefed on the talks | group | description"]],
    ["participle-tail", "House Republicans supporting the bill have said the plan would fail.", ["House Republicans supporting the bill | group | description"]],
    ["participle-tail", "Democrats trying to regain control of the Senate say the plan would fail.", ["Democrats trying to regain control of the Senate | group | description"]],
    ["participle-tail", "Aides working for Ann Lee said the plan would fail.", ["Aides working for Ann Lee | group | description"]],
    ["relative-clause", "Many farmers who came to Salem to protest the levy say the plan would fail.", ["Many farmers | group | description"]],
    ["honorific-gender", "Laura Bush spoke first. Mr. Bush said the plan would fail.", ["Bush | person | name"]],
    ["honorific-gender", "Tom Hale met Ann Hale. Mrs. Hale said the plan would fail.", ["Ann Hale | person | name"]],
    ["indefinite", "Al Cardenas, a Democratic strategist, spoke. Later a Democratic strategist said the plan would fail.", ["a Democratic strategist | person | description"]],
    ["indefinite", "Tom Reyes, a Lee aide, left early. One Lee aide said the plan would fail.", ["One Lee aide | person | description"]],
    ["place-after-preposition", "Trump, speaking at a rally in Wilmington, N.C., warned that Clinton would appoint judges.", ["Trump | person | name"]],
    ["place-after-preposition", "Sandy Phillips, whose daughter died in Aurora, Colorado, in July 2012, said that the senator was rude.", ["Sandy Phillips | person | name"]],
    ["place-after-preposition", "Officials in Ohio said the plan would fail.", ["Officials in Ohio | group | description"]],
    ["two-apostrophe-marks", "''I hate the term,'' she said, but added that taxes were high.", ["she | unknown | pronoun", "she | unknown | pronoun"]],
    ["pronoun-address", "The bill was backed by Sen. Bernie Sanders, I-Vt. \"It is not radical,\" he said.", ["Bernie Sanders | person | pronoun"]],
    ["pronoun-address", "Sen. Paul Hart (D-Ore.) spoke. \"It is not radical,\" he said.", ["Paul Hart | person | pronoun"]],
    ["pronoun-address", "The group left Roanoke, Va., in November after he suggested that the plan was bad.", ["he | unknown | pronoun"]],
    ["pronoun-address", "Tom Smith met Ann Lee in Dayton, Ohio. \"It is over,\" he said.", ["Tom Smith | person | pronoun"]],
    ["possessive-owner", "Tom Reyes spoke on Monday. There was anger after his comments that the plan would fail.", ["Tom Reyes | person | pronoun"]],
    ["possessive-owner", "Ann Lee spoke on Monday. The paper doubted her claim that the plan would fail.", ["Ann Lee | person | pronoun"]],
    ["possessive-owner", "Ann Lee met Tom Reyes. The paper doubted his claim that the plan would fail.", ["Tom Reyes | person | pronoun"]],
    ["adverb-before-cue", "Some 55 percent of voters nationwide said they do not believe her.", ["Some 55 percent of voters | group | description"]],
    ["adverb-before-cue", "Her campaign workers here said they have been working.", ["Her campaign workers | group | description"]],
    ["adverb-before-cue", "The employee first said he did not recall it.", ["The employee | person | description"]],
    ["floating-quantifier", "Ann Lee and Tom Reyes both said the plan was bad.", ["Ann Lee and Tom Reyes | person | name"]],
    ["quantifier-subject", "Rubio is fine. Yet another said, \"Rubio is in a five-person battle.\"", ["another | unknown | description"]],
    ["quantifier-subject", "A third said that the plan was bad.", ["A third | unknown | description"]],
    ["people-word", "It is hard. The Republican incumbent said that her position is genuine.", ["The Republican incumbent | person | description"]],
    ["people-word", "One Republican presidential hopeful, Carly Fiorina, says the plan is bad.", ["Carly Fiorina | person | name"]],
    ["gerund-after-possessive", "Another source familiar with Cruz’s thinking said, \"He will try.\"", ["Another source familiar with Cruz’s thinking | person | description"]],
    ["relative-that", "They passed out bottles that said the plan was bad.", ["bottles | unknown | description"]],
    ["name-read-as-verb", "\"I have made a career of it,\" said Weld.", ["Weld | person | name"]],
    ["participle-adjective", "\"It is time,\" said the printed Cruz slate card.", ["the printed Cruz slate card | unknown | description"]],
    ["parenthesis-comma", "In the primary, Gov. John Kasich (R-OH), said, \"I am ready.\"", ["John Kasich | person | name"]],
    ["relative-clause", "So even economists who favor consumption taxes agree that movement will be slow.", ["economists | group | description"]],
    ["relative-clause", "Voters who back the levy say the schools need it.", ["Voters | group | description"]],
    ["participle-object-pronoun", "Ann Lee praised the plan on Monday, calling it \"the best deal in years.\"", ["Ann Lee | person | name", "Ann Lee | person | name"]],
    ["participle-object-pronoun", "\"We won,\" said he.", ["he | unknown | pronoun"]],
    ["participle-subject", "Rep. Hakeem Jeffries (D-N.Y.) reacted to the news, saying: \"The killer should be in prison.\"", ["Hakeem Jeffries | person | name"]],
    ["participle-subject", "Mr. Rubio himself has been making this argument and boldly claiming that the nomination is his.", ["Rubio | person | name"]],
    ["adverb-before-cue", "Executives there indicate that the family likes her.", ["Executives | group | description"]],
    ["quantifier-subject", "The two admit that the goals will not be easy.", ["The two | unknown | description"]],
    ["surname-not-organisation", "Ann Lee, a professor at the University of Iowa, spoke. Iowa said it would fund the plan.", ["Iowa | place | name"]],
    ["participle-before-content", "Many liberal Democrats have warned the Fed not to act, noting weak gains in pay.", ["Democrats | group | name", "Democrats | group | name"]],
    ["participle-before-content", "On Thursday, Ann Lee told the paper that she would not seek a recount, conceding the race to Tom Reyes.", ["Ann Lee | person | name"]],
    ["dateline-two-words", "LA PAZ, Bolivia \u2014 Gov. Tom Reyes on Thursday blamed the media for the flap, saying they were nitpicking at his wording.", ["Tom Reyes | person | name"]],
    ["present-read-as-noun", "In a letter to colleagues released Monday, Ann Lee rips the agreement on the debt, arguing that the deal favors creditors.", ["Ann Lee | person | name"]],
    ["description-then-name", "Her main rival, Tom Reyes, has soared in the polls by saying that the system is rigged.", ["Tom Reyes | person | name"]],
    ["noun-cue-owner", "The ad echoed the campaign\u2019s earlier claim that Reyes wanted to cut pensions.", ["the campaign | organization | description"]],
    ["noun-cue-owner", "It was an expansion of Reyes\u2019s by-now-familiar claims that Lee is unqualified.", ["Reyes | person | name"]],
    ["noun-cue-light-verb", "And Tom Reyes made the suggestion that the mayor should resign.", ["Tom Reyes | person | name"]],
    ["noun-cue-light-verb", "Tom Reyes said it again on Monday, repeating a false claim that the bridge was unsafe.", ["Tom Reyes | person | name"]],
    ["noun-cue-participle", "On Tuesday, the company said it would be late, warning that it could default on its debt.", ["the company | organization | description", "the company | organization | description"]],
    ["noun-cue-no-owner", "The council met amid reports that the mayor would resign.", [null]],
    ["object-pronoun", "But progressive organizations that have endorsed him say they believe the rules are wrong.", ["progressive organizations | unknown | description"]],
    ["object-pronoun", "Voters who know them say they are honest.", ["Voters | group | description"]],
    ["misdecoded-name", "Arturo Sarukh\u00c3\u00c2\u00a1n, the former ambassador, said Mexico must rebut the claims.", ["Arturo Sarukh\u00c3\u00c2\u00a1n | person | name"]],
    ["misdecoded-name", "But at the time, as prosecutor Marc Tr\u00c3\u00a9vidic put it, \"apart from that, nothing.\"", ["Marc Tr\u00c3\u00a9vidic | person | name"]],
    ["citing-subject", "The court blocked the law, citing a threat to public safety.", ["The court | organization | description"]],
    ["citing-subject", "Ann Lee went out of her way to praise the mayor, citing figures about the debt she inherited.", ["Ann Lee | person | name"]],
    ["issuer-three-tails", "A group of parents with kids in charter schools sent a letter to the school board urging it to drop the plan.", ["A group of parents with kids in charter schools | group | description"]],
    ["appositive-quoted-word", "Marcel Lane, the hacker known as \u201cPilot,\u201d stated that he had access to the server.", ["Marcel Lane | person | name"]],
    ["appositive-quoted-word", "Geoff Tarin, a strategist who polls for a pro-Lee \u201csuper PAC,\u201d posited that turnout was key.", ["Geoff Tarin | person | name"]],
    ["appositive-quoted-word", "The ad, titled \"Unifier?\", concludes that Reyes is too reckless.", ["The ad | unknown | description"]],
    ["title-fixed-tail", "J.J. Holt, editor at large of The Forward, a weekly paper catering to readers, wrote that the war was lost.", ["J.J. Holt | person | name"]],
    ["title-fixed-tail", "The editor in chief of the paper said the story was true.", ["The editor in chief of the paper | person | description"]],
    ["indefinite-person", "Someone told the mayor that the bridge was unsafe.", ["Someone | unknown | description"]],
    ["age-group", "Those over 60 say they feel that way.", ["Those over 60 | unknown | description"]],
    ["document-by-author", "A report by the agency said the river was clean.", ["A report by the agency | unknown | description"]],
    ["plural-person-noun-opening", "Attorneys for Ann Lee appeared to oppose the effort, saying in court files that her account was private.", ["Attorneys for Ann Lee | group | description"]],
    ["postpositive-title", "The attorney general of the state of Ohio is suing Reyes for $40 million, claiming the school is a fraud.", ["The attorney general of the state of Ohio | person | description"]],
    ["verb-preposition-object", "The judge pointed to a previous case to say that courts must weigh the facts.", ["The judge | person | description"]],
    ["comma-then", "Ann Lee paused, then revealed why the group mattered.", ["Ann Lee | person | name"]],
    ["misdecoded-name", "Marcel Laz\u0103r Lehel, the hacker known as \u201cPilot,\u201d stated that he had access to the server.", ["Marcel Laz\u0103r Lehel | person | name"]],
    ["misdecoded-name", "Reyes\u2019s aide said \u201cLee\u201d was wrong.", ["Reyes\u2019s aide | person | description"]],
    ["direct-participle-subject", "Ann Lee then appeared with a radio host and endorsed Tom Reyes, saying, \"I think he is a fighter.\"", ["Ann Lee | person | name"]],
    ["subject-relative-clause", "Central European leaders who have opposed migrants have embraced the idea of a force, warning that the exit will hurt.", ["Central European leaders | group | description"]],
    ["subject-relative-clause", "Officials who backed the plan were furious, saying it had been gutted.", ["Officials | group | description"]],
    ["appositive-name-after-participle", "One pastor supporting Mr. Reyes, Darran Whitby of Grace Church in Marion, said the plan would fail.", ["Darran Whitby | person | name"]],
    ["appositive-after-party-code", "Sen. Ann Holt (D-NY), a supporter of the plan told host Tom Reyes she believed the bill would pass.", ["Ann Holt | person | name"]],
];

describe('speaker names, kinds and via', () => {
  test('the table covers every family with at least 80 sentences', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(80);
    expect(new Set(TABLE.map((r) => r[0])).size).toBeGreaterThanOrEqual(15);
  });

  test.each(TABLE.map(([family, input, output]) => ({ family, input, output })))('$family: $input', ({ input, output }) => {
    expect(speakers(extract(input))).toEqual(output);
  });

  test('a word of the quotation is never its speaker', () => {
    for (const word of ['Fine', 'Thanks', 'Sure', 'Great', 'Wow', 'Paris', 'Congress']) {
      const r = extract(`Tom Reyes spoke to reporters on Monday. "${word}," he said.`);
      expect(r.quotes.map((q) => q.speaker?.name)).toEqual(['Tom Reyes']);
    }
  });

  test('the titles of a name are phrases, and an adverb is never a description', () => {
    const r = extract('Chief Executive Officer Paul Brennan said the deal was done. Pakistan, nevertheless, says the border will stay open.');
    expect(r.speakers.map((s) => [s.name, s.titles, s.descriptions])).toEqual([
      ['Paul Brennan', ['Chief Executive Officer'], []],
      ['Pakistan', [], []],
    ]);
  });
});

const DEV = fileURLToPath(new URL('../../shared/eval/polnear-dev.jsonl', import.meta.url));

describe.skipIf(!existsSync(DEV))('names over PolNeAR dev (../shared/eval)', () => {
  test('no resolved name occurs only inside its own quotation', () => {
    const offenders: string[] = [];
    for (const doc of parseGoldJsonl(readFileSync(DEV, 'utf8'))) {
      const r = extract(doc.text);
      for (const q of r.quotes) {
        if (!q.speaker) continue;
        const words = q.speaker.name.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
        const last = words[words.length - 1];
        if (last === undefined) continue;
        const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
        const outside = [...doc.text.matchAll(pattern)].some((m) => !q.parts.some((p) => m.index >= p.start && m.index < p.end));
        if (!outside) offenders.push(`${doc.id}: ${q.speaker.name} <- ${q.text.slice(0, 60)}`);
      }
    }
    expect(offenders).toEqual([]);
  }, 120_000);
});
