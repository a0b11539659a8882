/**
 * Invented news in styles the other tables cover little (fix93): election-night coverage, weather and disaster
 * reports, health and hospital news, tech product launches, school-board and city-council meetings, translated wire
 * copy, Q&A interviews, press releases, analysis with "critics say" / "supporters argue", panels of three speakers,
 * dash attributions, German „…“ and French « … » marks with inner spaces, British single marks with the attribution
 * mid-quote, long appositives, women and anonymous speakers, pronouns across paragraphs. Each passage was read by hand
 * first and the rows are what a careful reader expects; where the library reports by design what a reader might mark a
 * little differently the row keeps the library's output: a speaker's age and relative clause after an inverted speaker
 * stay out of the mention ("said Rosa Delacroix, 67, who ..."), so do a plural head's restrictive modifiers
 * ("Seismologists at the national institute", "Reviewers who tested early units"; both measured and rejected at earlier
 * stops), a trailing "with ..." phrase after an inserted attribution goes on with the report, and a report nested in
 * another ("The Kremlin said ..., Interfax reported") is the outer report only, as PolNeAR annotates it.
 * One fix came out of it: a spaced dash before a trailing attribution that ends the sentence sets the content off as a
 * comma does ("The plant will close in June — the company said in a statement."). What is still wrong is listed as
 * `it.todo`. Invented sentences only.
 */
import { it } from 'vitest';
import { describeNamedTables, named, type NamedCase } from './support/name-rows.js';

/** The fix: an em dash, an en dash or a double hyphen before a trailing attribution that ends the sentence. */
const fixes: NamedCase[] = [
  ['fix: an em dash before "the company said in a statement"', 'The plant will close in June — the company said in a statement.', [
    named(['The plant will close in June'], 'the company', 'the company', 'said', 'reported/content-speaker-cue'),
  ]],
  ['fix: a double hyphen, then a time adjunct', 'The budget passed easily -- the council said on Tuesday.', [
    named(['The budget passed easily'], 'the council', 'the council', 'said', 'reported/content-speaker-cue'),
  ]],
  ['fix: an en dash before a verb of telling and its listener', 'Two buses were late – the driver told reporters.', [
    named(['Two buses were late'], 'the driver', 'the driver', 'told', 'reported/content-speaker-cue'),
  ]],
];

/** What the fix leaves as it was: a dash before a clause that goes on, a cue with an object, a dash pair. */
const negatives: NamedCase[] = [
  ['keep: the cue takes a clause of its own after the dash', 'The fire was out — the chief said it had started in the kitchen.', [
    named(['it had started in the kitchen'], 'the chief', 'the chief', 'said', 'reported/cue-clause'),
  ]],
  ['keep: a relative after the dash', 'The vote was 5-2 — a result the chairman said surprised him.', [
    named(['a result', 'surprised him'], 'the chairman', 'the chairman', 'said', 'reported/reduced-relative-cue'),
  ]],
  ['keep: a dash pair around the attribution', 'The plan — the mayor said — would cost more.', [
    named(['The plan', 'would cost more'], 'the mayor', 'the mayor', 'said', 'reported/content-speaker-cue'),
  ]],
];

/** Passages that yield no quote. */
const nothing: [string, string][] = [
  ['keep: a cue with an object after a dash pair', 'Republicans – the ones he had advised – are still crying foul.'],
  ['keep: a cue with an object after a dash', 'The road will reopen — the mayor tweeted a photo of it.'],
];

/** The passages, one style each. */
const passages: NamedCase[] = [
  ['elec1: election night', 'With 92 percent of precincts reporting, Councilwoman Dana Whitcombe led by nine points. "Tonight the voters asked for change," Whitcombe told supporters at a downtown hotel.', [
    named(['Tonight the voters asked for change,'], 'Whitcombe', 'Dana Whitcombe', 'told', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['elec2: election night', 'Her opponent, state Sen. Arturo Llanes, did not concede. He said every ballot must be counted before the race is called.', [
    named(['every ballot must be counted before the race is called'], 'He', 'Arturo Llanes', 'said', 'reported/cue-clause'),
  ]],
  ['elec3: election night', '"It is too early to call," said Marta Ibsen, a spokeswoman for the county elections office. She said about 40,000 mail ballots remained.', [
    named(['It is too early to call,'], 'Marta Ibsen, a spokeswoman for the county elections office', 'Marta Ibsen', 'said', 'direct/trailing-cue-speaker', 'direct'),
    named(['about 40,000 mail ballots remained'], 'She', 'Marta Ibsen', 'said', 'reported/cue-clause'),
  ]],
  ['elec4: election night', 'Exit polls suggested a tight race. Turnout was high, election officials said, with lines stretching around the block in several districts.', [
    named(['Turnout was high', 'with lines stretching around the block in several districts'], 'election officials', 'election officials', 'said', 'reported/content-speaker-cue'),
  ]],
  ['elec5: election night', 'Conceding shortly after midnight, Gov. Patricia Okwu thanked her volunteers. "We fell short, but we did not fail," she said.', [
    named(['We fell short, but we did not fail,'], 'she', 'Patricia Okwu', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['wx1: weather and disaster', 'The National Weather Service warned that the storm could bring up to two feet of snow. Forecaster Jill Amundsen said the heaviest bands would arrive after midnight.', [
    named(['the storm could bring up to two feet of snow'], 'The National Weather Service', 'National Weather Service', 'warned', 'reported/cue-that'),
    named(['the heaviest bands would arrive after midnight'], 'Forecaster Jill Amundsen', 'Jill Amundsen', 'said', 'reported/cue-clause'),
  ]],
  ['wx2: weather and disaster', '"The water came up so fast we had no time to grab anything," said Rosa Delacroix, 67, who was rescued from her roof by boat.', [
    named(['The water came up so fast we had no time to grab anything,'], 'Rosa Delacroix', 'Rosa Delacroix', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['wx3: weather and disaster', 'Officials said at least 14 people had died in the floods. The death toll is expected to rise, according to the regional governor.', [
    named(['at least 14 people had died in the floods'], 'Officials', 'Officials', 'said', 'reported/cue-clause'),
    named(['The death toll is expected to rise'], 'the regional governor', 'the regional governor', 'according to', 'reported/according-to-trail'),
  ]],
  ['wx4: weather and disaster', 'Fire crews battled the blaze through the night. "We are making progress, but the wind is our enemy," Battalion Chief Ray Solano told reporters on Sunday.', [
    named(['We are making progress, but the wind is our enemy,'], 'Battalion Chief Ray Solano', 'Ray Solano', 'told', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['wx5: weather and disaster', 'The quake struck at 4:12 a.m. local time. Seismologists at the national institute said it was the strongest in the region in 30 years.', [
    named(['it was the strongest in the region in 30 years'], 'Seismologists', 'Seismologists', 'said', 'reported/cue-clause'),
  ]],
  ['health1: health and hospital', 'St. Anselm Hospital said it had postponed all non-urgent surgery. A nurse on the cardiac ward, who spoke on condition of anonymity, said staff were exhausted.', [
    named(['it had postponed all non-urgent surgery'], 'St. Anselm Hospital', 'St. Anselm Hospital', 'said', 'reported/cue-clause'),
    named(['staff were exhausted'], 'A nurse on the cardiac ward', 'A nurse on the cardiac ward', 'said', 'reported/cue-clause'),
  ]],
  ['health2: health and hospital', '"We are seeing more children with severe asthma than ever before," said Dr. Leila Farouk, head of pediatrics at Riverside General.', [
    named(['We are seeing more children with severe asthma than ever before,'], 'Dr. Leila Farouk, head of pediatrics at Riverside General', 'Leila Farouk', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['health4: health and hospital', 'Patients waited an average of 11 hours in the emergency room last month, the report found. The hospital\'s chief executive, Graham Osei, called the figures "unacceptable".', [
    named(['the figures "unacceptable"'], 'The hospital\'s chief executive, Graham Osei', 'Graham Osei', 'called', 'reported/cue-quoted-object', 'mixed'),
  ]],
  ['tech1: tech launch', 'Lumen unveiled its new headset on Tuesday. "This is the most personal device we have ever built," chief executive Priya Natarajan said on stage.', [
    named(['This is the most personal device we have ever built,'], 'chief executive Priya Natarajan', 'Priya Natarajan', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['tech2: tech launch', 'The company says the battery lasts two full days. Reviewers who tested early units said it was closer to one.', [
    named(['the battery lasts two full days'], 'The company', 'The company', 'says', 'reported/cue-clause'),
    named(['it was closer to one'], 'Reviewers', 'Reviewers', 'said', 'reported/cue-clause'),
  ]],
  ['tech3: tech launch', 'Analysts were unimpressed. "It is a nice upgrade, not a revolution," said Owen Marsh, an analyst at Brightline Research.', [
    named(['It is a nice upgrade, not a revolution,'], 'Owen Marsh, an analyst at Brightline Research', 'Owen Marsh', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['tech4: tech launch', 'In a blog post, the startup\'s co-founder, Mei Lin Zhao, wrote that the outage had been caused by a faulty update.', [
    named(['the outage had been caused by a faulty update'], 'the startup\'s co-founder, Mei Lin Zhao', 'Mei Lin Zhao', 'wrote', 'reported/cue-that'),
  ]],
  ['school1: school board', 'The school board voted 5-2 to close Maple Street Elementary. "This building is falling apart," board president Carol Dunmore said before the vote.', [
    named(['This building is falling apart,'], 'board president Carol Dunmore', 'Carol Dunmore', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['school2: school board', 'Parents packed the meeting. One mother, Keisha Rowland, told the board her son would have to ride a bus for an hour each way.', [
    named(['her son would have to ride a bus for an hour each way'], 'One mother, Keisha Rowland', 'Keisha Rowland', 'told', 'reported/cue-clause'),
  ]],
  ['council1: city council', 'Councilman Victor Haas argued that the new bike lanes would hurt local shops. Councilwoman Irene Pak disagreed, saying they would bring more customers.', [
    named(['the new bike lanes would hurt local shops'], 'Councilman Victor Haas', 'Victor Haas', 'argued', 'reported/cue-that'),
    named(['they would bring more customers'], 'Councilwoman Irene Pak', 'Irene Pak', 'saying', 'reported/cue-clause'),
  ]],
  ['council2: city council', 'The city manager, Bruce Ellingham, told the council the budget gap had grown to $12 million. "There are no easy choices left," he said.', [
    named(['the budget gap had grown to $12 million'], 'The city manager, Bruce Ellingham', 'Bruce Ellingham', 'told', 'reported/cue-clause'),
    named(['There are no easy choices left,'], 'he', 'Bruce Ellingham', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['council3: city council', 'Mayor Lydia Fenwick said she would veto the measure. "I will not sign a budget that closes libraries," Fenwick said.', [
    named(['she would veto the measure'], 'Mayor Lydia Fenwick', 'Lydia Fenwick', 'said', 'reported/cue-clause'),
    named(['I will not sign a budget that closes libraries,'], 'Fenwick', 'Lydia Fenwick', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['wire1: translated wire copy', 'BEIJING (Reuters) - China\'s foreign ministry said on Thursday it firmly opposed the new sanctions. Spokesman Lin Wei told a regular briefing that Beijing would take "necessary measures".', [
    named(['it firmly opposed the new sanctions'], 'China\'s foreign ministry', 'China\'s foreign ministry', 'said', 'reported/cue-clause'),
    named(['Beijing would take "necessary measures"'], 'Spokesman Lin Wei', 'Lin Wei', 'told', 'reported/cue-that', 'mixed'),
  ]],
  ['wire2: translated wire copy', 'MOSCOW, March 3 (AP) — The Kremlin said talks with Kyiv were at a dead end, Interfax news agency reported.', [
    named(['The Kremlin said talks with Kyiv were at a dead end'], 'Interfax news agency', 'Interfax news agency', 'reported', 'reported/content-speaker-cue'),
  ]],
  ['wire3: translated wire copy', 'The minister was quoted by state media as saying the border would remain closed "for the foreseeable future".', [
    named(['the border would remain closed "for the foreseeable future"'], 'The minister', 'The minister', 'was quoted by state media as saying', 'reported/cue-clause', 'mixed'),
  ]],
  ['qa2: Q&A interview', 'In an interview, the novelist Tomasz Wren said he writes every morning before dawn. "The house is quiet and the world has not started asking for things yet," he said.', [
    named(['he writes every morning before dawn'], 'the novelist Tomasz Wren', 'Tomasz Wren', 'said', 'reported/cue-clause'),
    named(['The house is quiet and the world has not started asking for things yet,'], 'he', 'Tomasz Wren', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['pr1: press release', '"We are delighted to welcome Sarah to the team," said James Kellerman, CEO of Altus Logistics. "Her experience will be invaluable as we grow."', [
    named(['We are delighted to welcome Sarah to the team,', 'Her experience will be invaluable as we grow.'], 'James Kellerman, CEO of Altus Logistics', 'James Kellerman', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['pr2: press release', 'Greenfield Foods today announced that it will open a new plant in Ohio, creating 300 jobs.', [
    named(['it will open a new plant in Ohio, creating 300 jobs'], 'Greenfield Foods', 'Greenfield Foods', 'announced', 'reported/cue-that'),
  ]],
  ['crit1: critics and supporters', 'Critics say the plan would push rents even higher. Supporters argue that it is the only way to build enough homes.', [
    named(['the plan would push rents even higher'], 'Critics', 'Critics', 'say', 'reported/cue-clause'),
    named(['it is the only way to build enough homes'], 'Supporters', 'Supporters', 'argue', 'reported/cue-that'),
  ]],
  ['crit2: critics and supporters', 'Some economists warn the tariffs could backfire. Others contend that the short-term pain is worth it.', [
    named(['the tariffs could backfire'], 'Some economists', 'Some economists', 'warn', 'reported/cue-clause'),
    named(['the short-term pain is worth it'], 'Others', 'Others', 'contend', 'reported/cue-that'),
  ]],
  ['crit3: critics and supporters', 'The proposal, critics say, would gut environmental protections.', [
    named(['The proposal', 'would gut environmental protections'], 'critics', 'critics', 'say', 'reported/content-speaker-cue'),
  ]],
  ['panel2: panel', '"The data is clear," said Dr. Amara Nwosu. "The data is incomplete," countered Professor Felix Grant. "We need more studies," added Dr. Ines Moreau.', [
    named(['The data is clear,'], 'Dr. Amara Nwosu', 'Amara Nwosu', 'said', 'direct/trailing-cue-speaker', 'direct'),
    named(['The data is incomplete,'], 'Professor Felix Grant', 'Felix Grant', 'countered', 'direct/trailing-cue-speaker', 'direct'),
    named(['We need more studies,'], 'Dr. Ines Moreau', 'Ines Moreau', 'added', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['dash1: dash attribution', '"We will rebuild this town, brick by brick" -- said Mayor Elena Varga at the ceremony.', [
    named(['We will rebuild this town, brick by brick'], 'Mayor Elena Varga', 'Elena Varga', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['dash2: dash attribution', 'The factory will close in June — the company said in a statement on Friday.', [
    named(['The factory will close in June'], 'the company', 'the company', 'said', 'reported/content-speaker-cue'),
  ]],
  ['dash3: dash attribution', 'Nobody saw it coming — not the police, not the neighbours — a local resident told the paper.', [
    named(['Nobody saw it coming — not the police, not the neighbours'], 'a local resident', 'a local resident', 'told', 'reported/content-speaker-cue'),
  ]],
  ['de1: German marks', '„Wir werden nicht aufgeben“, sagte er. Chancellor Klaus Berger told the Bundestag: „Die Lage ist ernst.“', [
    named(['Die Lage ist ernst.'], 'Chancellor Klaus Berger', 'Klaus Berger', 'told', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['de2: German marks', 'Union leader Heike Brandt said: „Wir streiken, bis die Löhne steigen.“', [
    named(['Wir streiken, bis die Löhne steigen.'], 'Union leader Heike Brandt', 'Heike Brandt', 'said', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['fr1: French guillemets', '« Nous ne céderons pas », a prévenu le ministre. The prime minister, Claire Dubois, told reporters: « La réforme est nécessaire. »', [
    named(['La réforme est nécessaire.'], 'The prime minister, Claire Dubois', 'Claire Dubois', 'told', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['fr2: French guillemets', '« C\'est une victoire pour tous », said Mathilde Roux, the mayor of Lille.', [
    named(['C\'est une victoire pour tous'], 'Mathilde Roux, the mayor of Lille', 'Mathilde Roux', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['brit1: British single marks', '\'We have been waiting for this,\' said Sandra Holt, \'for more than ten years.\'', [
    named(['We have been waiting for this,', 'for more than ten years.'], 'Sandra Holt', 'Sandra Holt', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['brit2: British single marks', '\'It is,\' the inspector admitted, \'a very unusual case.\'', [
    named(['It is,', 'a very unusual case.'], 'the inspector', 'the inspector', 'admitted', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['brit3: British single marks', 'The vicar, the Rev. Alan Pryce, was philosophical. \'The roof has stood for 400 years,\' he said. \'It will stand a while longer.\'', [
    named(['The roof has stood for 400 years,', 'It will stand a while longer.'], 'he', 'Alan Pryce', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['appos1: long appositive', 'Margaret Oyelaran, a retired nurse who has lived on the estate for forty years and chairs its residents\' association, said the lifts had been broken since March.', [
    named(['the lifts had been broken since March'], 'Margaret Oyelaran, a retired nurse who has lived on the estate for forty years and chairs its residents\' association', 'Margaret Oyelaran', 'said', 'reported/cue-clause'),
  ]],
  ['appos2: long appositive', '"Nobody listens to us," said Tariq Benali, 29, a delivery driver and father of two from the east side of the city.', [
    named(['Nobody listens to us,'], 'Tariq Benali', 'Tariq Benali', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['anon1: anonymous source', 'A senior hospital manager, who was not authorised to speak publicly, said the trust was close to running out of beds.', [
    named(['the trust was close to running out of beds'], 'A senior hospital manager', 'A senior hospital manager', 'said', 'reported/cue-clause'),
  ]],
  ['anon2: anonymous source', 'Two people familiar with the decision said the launch had been delayed until autumn.', [
    named(['the launch had been delayed until autumn'], 'Two people familiar with the decision', 'Two people familiar with the decision', 'said', 'reported/cue-clause'),
  ]],
  ['pron1: pronoun across paragraphs', 'Dr. Sunita Rao has treated flood victims for a week.\n\nShe said the clinic had run out of antibiotics on Thursday.\n\n"We are improvising," she said.', [
    named(['the clinic had run out of antibiotics on Thursday'], 'She', 'Sunita Rao', 'said', 'reported/cue-clause'),
    named(['We are improvising,'], 'she', 'Sunita Rao', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['pron2: pronoun across paragraphs', 'The engineer, Paulo Mendes, inspected the bridge on Monday.\n\nHe told officials the cracks were not new. "They have been there for years," he added.', [
    named(['the cracks were not new'], 'He', 'Paulo Mendes', 'told', 'reported/cue-clause'),
    named(['They have been there for years,'], 'he', 'Paulo Mendes', 'added', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['tr1: translated speech', 'Speaking through an interpreter, the farmer, Abebe Tesfaye, said the rains had not come for three seasons.', [
    named(['the rains had not come for three seasons'], 'the farmer, Abebe Tesfaye', 'Abebe Tesfaye', 'said', 'reported/cue-clause'),
  ]],
  ['tr2: translated speech', 'The foreign minister told the state news agency that his country "will not accept any ultimatum".', [
    named(['his country "will not accept any ultimatum"'], 'The foreign minister', 'The foreign minister', 'told', 'reported/cue-that', 'mixed'),
  ]],
];

describeNamedTables('fix93: invented news in styles the tests cover little', { fixes: [...fixes, ...passages], nothing, negatives });

// Still wrong (see docs/limitations.md): each would be a row above once fixed.
it.todo('a pronoun subject "both" before a verb and a comparison: \'Chen Yu said both mattered less than schools.\' gives no quote (\'said both agreed to meet\' works)');
it.todo('a Q&A transcript: in \'Q: Why did you leave the party?\\nA: I felt ...\' the question is given the speaker "Q" and the answer none, not the interviewee named after it');
it.todo('an inverted attribution after a spaced dash: \'The levee will hold — said the city engineer.\' gives no quote (with a comma, or "— the engineer said.", it is found)');
it.todo('a figure\'s report keeps a trailing time adjunct: \'The health ministry reported 312 new cases on Tuesday.\' gives "312 new cases on Tuesday"');
it.todo('a capitalised kin or job word before an unknown first name stays in the name: \'Grandmother Eunice Patterson, 81, said ...\' gives the name "Grandmother Eunice Patterson" (\'Grandmother Mary Patterson\' gives "Mary Patterson")');
