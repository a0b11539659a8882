/**
 * Nouns that describe people, groups and organisations, used to tell a
 * description that can speak ("the senator", "officials") from one that
 * cannot ("the plan"). Lower-case singular and plural forms.
 * @internal
 */
import { DAY_WORDS, MONTH_WORDS } from './time.js';

const PERSON = `guy guys janitor janitors spokesman spokeswoman spokesperson official officer source aide adviser advisor
minister secretary senator president governor mayor candidate nominee leader chairman chairwoman chair
director executive manager analyst expert economist lawyer attorney prosecutor judge justice
professor researcher scientist doctor physician nurse teacher student resident voter supporter
critic opponent rival member lawmaker legislator congressman congresswoman representative delegate
diplomat ambassador envoy general commander colonel captain sergeant soldier police policeman
detective investigator agent witness victim survivor neighbor neighbour friend relative mother
father son daughter wife husband sister brother woman man person people worker employee owner
founder ceo chief head strategist pollster operative staffer staff volunteer activist organizer
organiser campaigner protester protestor demonstrator fan author writer reporter journalist
editor columnist commentator host anchor correspondent blogger historian observer insider
republican democrat conservative liberal progressive libertarian independent surrogate ally
backer donor businessman businesswoman banker trader investor consultant negotiator mediator
counsel solicitor defendant plaintiff suspect inmate prisoner citizen immigrant refugee
militant rebel fighter commissioner superintendent sheriff marshal trooper councilman
councilwoman councillor councilor alderman assemblyman assemblywoman speaker whip pastor
priest bishop cardinal pope rabbi imam cleric monk official officials sources aides
advisers advisors ministers secretaries senators presidents governors mayors candidates
leaders analysts experts economists lawyers attorneys prosecutors judges researchers
scientists doctors residents voters supporters critics opponents rivals members lawmakers
mp mps mep meps backbencher backbenchers
legislators diplomats officers police detectives investigators agents witnesses workers
employees officials people democrats republicans conservatives liberals progressives allies
backers donors protesters demonstrators activists organizers reporters journalists
observers insiders staffers operatives strategists pollsters campaigners fans friends
neighbors neighbours relatives citizens immigrants residents men women authorities
administration government campaign committee commission agency ministry department
office party company firm group organization organisation association union council
court board bureau institute foundation network newspaper paper magazine outlet
station channel website site army military navy police team club embassy regime
coalition alliance spokespeople representatives investigators prosecutors
farmer farmers teller tellers driver drivers engineer engineers accountant clerk cashier shopkeeper
merchant contractor builder miner miners fisherman pilot mechanic electrician plumber nurse nurses
veteran veterans parent parents teenager student students retiree retirees homeowner homeowners
shopper shoppers customer customers passenger passengers commuter commuters tenant tenants landlord
christians muslims jews catholics evangelicals protestants hindus buddhists mormons
master moderator emcee chef baker artist boy boys girl girls child children kid kids teen teens singer actor actress athlete player players coach referee manager
executives managers lobbyists consultants advocates historians commentators bloggers editors authors writers
hopeful hopefuls incumbent incumbents challenger challengers newcomer contender contenders frontrunner front-runner
firefighter firefighters paramedic paramedics soldiers survivors victims families owners teachers dentist surgeon widow widower
pensioner pensioners bartender waitress waiter carpenter rancher ranchers vendor vendors landlords
inspector inspectors auditor auditors examiner examiners deputies
deputy warden wardens ranger rangers coroner coroners bailiff bailiffs curator curators midwife midwives
lifeguard lifeguards guard guards jockey jockeys umpire umpires referees surgeons pilots chefs dentists pharmacist pharmacists
veterinarian veterinarians librarian librarians archivist archivists troopers constable constables marshals
clerks treasurer treasurers sheriffs coaches mechanics electricians plumbers medic medics dispatcher dispatchers
superintendents commissioners
reader readers viewer viewers listener listeners subscriber subscribers taxpayer taxpayers renter renters user users
attendee attendees participant participants patient patients trucker truckers
tycoon tycoons mogul moguls magnate magnates billionaire billionaires millionaire millionaires
chancellor premier chairperson archbishop sheikh emir ayatollah king queen prince princess emperor provost`;

/** Person, group and organisation nouns. */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set(PERSON.split(/\s+/).filter((w) => w.length > 0));

/** Indefinite pronouns for people, which speak as descriptions: "Someone told the mayor". */
export const INDEFINITE_PEOPLE: ReadonlySet<string> = new Set(['someone', 'somebody', 'everyone', 'everybody', 'nobody', 'anyone', 'anybody']);

/** Nouns naming documents and outlets' output that can be a source. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(
  `statement report study survey poll memo letter document documents filing complaint lawsuit
  indictment ruling release announcement analysis review audit investigation article story
  editorial tweet post email emails website data records record transcript interview
  book paper papers polls surveys reports statements letters`.split(/\s+/).filter((w) => w.length > 0),
);

/** Nouns for organisations and groups (used for pronoun "they"/"it" and for speaker kinds). */
export const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set(
  `administration government campaign committee commission agency ministry department office
  party company firm group organization organisation association union council court board
  bureau institute foundation network newspaper paper magazine outlet station channel website
  army military navy police team club embassy regime coalition alliance house senate congress
  parliament white pentagon kremlin times post journal news press reuters ap cnn bbc fox nbc cbs abc tv radio
  msnbc npr politico bloomberg guardian telegraph associated university school hospital bank
  corporation corp inc co ltd llc fed twitter facebook google youtube instagram amazon microsoft netflix
  walmart uber gazette tribune herald chronicle daily weekly monthly dispatch inquirer courier
  ministry agency institute university college seminary federation league church diocese archdiocese parish command authority
  society academy center centre fund trust airline carmaker automaker retailer insurer lender conglomerate broadcaster
  technologies sciences caucus partnership holdings industries airlines pharmaceuticals studios forum
  shipping logistics airways pharma charity zoo museum systems manufacturer`.split(/\s+/).filter((w) => w.length > 0),
);

/**
 * Words of {@link ORGANIZATION_NOUNS} that are also surnames ("Frank Church",
 * "Dana Parish", "Amy Fox", "Jack White", "Michael Bloomberg", "Mayor Don Guardian"): in a name they make an organisation only when the name is
 * not a first name and a surname ("the Catholic Church", "St. Mary Parish",
 * "the Church").
 */
export const SURNAME_ORGANIZATION_NOUNS: ReadonlySet<string> = new Set(['church', 'parish', 'fox', 'white', 'house', 'post', 'court', 'bloomberg', 'guardian']);

/**
 * Words of {@link SURNAME_ORGANIZATION_NOUNS} that head a body's name after
 * two name words as often as they end a person's ("Grace Community Church",
 * "Lee County Court", "Hull Street House"): after a first name and a middle
 * word they keep the name an organisation's ("Anna Richardson White" is a
 * person's; `speakers/kinds.ts`).
 */
export const BODY_HEAD_SURNAMES: ReadonlySet<string> = new Set(['church', 'parish', 'house', 'post', 'court']);

/**
 * Capitalised words that make a name an organisation's ("Halvorsen Energy",
 * "Duke Energy") but name no body as a lower-case noun ("clean energy", "the
 * energy in the room"): read in names only, never as a description's head
 * (unlike {@link ORGANIZATION_NOUNS}).
 */
export const NAME_ORGANIZATION_NOUNS: ReadonlySet<string> = new Set(['energy']);

/**
 * Words that make a name an organisation's only right after one of the words
 * given ("the Red Cross", "Blue Cross", "the Teacher Retirement System");
 * after any other word they are a surname ("Tavon Cross", "Architect Lena
 * Cross"), whether or not the first name is a known one.
 */
export const QUALIFIED_ORGANIZATION_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['cross', new Set(['red', 'blue', 'holy'])],
  // "the Teacher Retirement System", "the State University System"
  ['system', new Set(['retirement', 'pension', 'university', 'school', 'health', 'hospital', 'transit'])],
]);

/**
 * Head nouns of a description that name an organisation only right after one
 * of the words given: "the school district", "the water district", "the
 * sanitation district" run services and speak; "the district" alone may be a
 * place (unlike {@link ORGANIZATION_NOUNS}).
 */
export const QUALIFIED_ORGANIZATION_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['district', new Set(['school', 'water', 'sanitation', 'sewer', 'irrigation', 'utility', 'fire', 'hospital', 'transit', 'library', 'park', 'conservation'])],
]);

/**
 * Words of {@link ORGANIZATION_NOUNS} that are also given names ("Charity
 * Moss"): in a name of two words they make an organisation only when they do
 * not open it ("a Charity", "the Harbor Charity"; not "Charity Moss").
 */
export const GIVEN_NAME_ORGANIZATION_NOUNS: ReadonlySet<string> = new Set(['charity']);

/** Last words of place names ("Front Street", "Cook County"), which never speak as persons. */
export const PLACE_WORDS: ReadonlySet<string> = new Set(
  `street st avenue ave road rd boulevard blvd highway square plaza city county state
  province river lake island islands mountain mountains valley coast harbor harbour airport
  station center centre building hospital cathedral mosque stadium arena
  district region township borough heights falls springs canyon desert`.split(/\s+/).filter((w) => w.length > 0),
);

/**
 * Plurals of nouns for people that do not end in -s ("the 29-year-old men"):
 * a description of age with one of them names a group, not the one person
 * named before it.
 */
export const IRREGULAR_PERSON_PLURALS: ReadonlySet<string> = new Set(
  `men women children gentlemen spokesmen spokeswomen chairmen businessmen congressmen councilmen policemen firemen`.split(/\s+/),
);

/** Collective nouns for people that take "they" though they do not end in -s. */
export const COLLECTIVE_PEOPLE: ReadonlySet<string> = new Set(
  `people police staff men women crowd public electorate audience clergy personnel folks`.split(/\s+/),
);

/**
 * Nouns for a body of people, singular, that make a description's kind a
 * group ("the crew", "fishing crews", "the jury") without making its subject
 * a speaker by themselves (unlike {@link COLLECTIVE_PEOPLE}: "The crew
 * painted the words ..." quotes no one).
 */
export const GROUP_KIND_NOUNS: ReadonlySet<string> = new Set(['crew', 'squad', 'delegation', 'jury', 'couple', 'family', 'household']);

/**
 * Nouns for a body, singular, that make a description's kind an
 * organisation ("the regulator", "the industry watchdog") without
 * changing which descriptions speak; "it" stands for them ("The ambulance
 * service says ... It said ...").
 */
export const ORGANIZATION_KIND_NOUNS: ReadonlySet<string> = new Set(['regulator', 'watchdog', 'service']);

/**
 * Heads of organisation names that take "of" inside the name ("the Federal
 * Bureau of Mines", "Department of Energy", "Bank of America").
 */
export const ORGANIZATION_OF: ReadonlySet<string> = new Set(
  `department bureau ministry office agency university college school institute academy bank board
  council commission committee court chamber league federation association society union church
  house republic kingdom states federation corps centre center museum library foundation fund service
  services workers administration authority division secretariat conference organization organisation`.split(/\s+/).filter((w) => w.length > 0),
);

/**
 * Words of a government body's name that "the agency" stands for when no
 * name holds "Agency": "the Federal Aviation Administration ... The agency
 * said", "the Port Authority", "the Census Bureau", "the Forest Service", "the
 * Drinking Water Inspectorate".
 */
export const AGENCY_NAME_WORDS: ReadonlySet<string> = new Set(['administration', 'authority', 'bureau', 'service', 'commission', 'inspectorate', 'directorate']);

/**
 * Words that end a body's name only after two or more words, since each is
 * also a surname ("Taylor Branch"): "the Rail Accident Investigation Branch".
 */
export const LONG_AGENCY_NAME_WORDS: ReadonlySet<string> = new Set(['branch']);

/**
 * Words that end a newspaper's name ("The Ledger", "the Dayton Observer"),
 * which in a name make an organisation but as a common noun may name a person
 * ("an observer") or a thing ("the globe"): read only in names, not after a
 * first name (a person surnamed "Ledger").
 */
export const NEWSPAPER_NAME_WORDS: ReadonlySet<string> = new Set(['ledger', 'observer', 'examiner', 'sentinel', 'enquirer', 'globe']);

/**
 * Words that end the name of a building, a garden or a body of water ("Evin
 * Prison", "Trump Tower", "Madison Square Garden", "the Aral Sea"): a place,
 * never the person a "he" or "she" stands for; not after a first name ("Ann
 * Tower"). Read only as the last word of a name of two words or more. Not
 * "park", "hall" or "day": common surnames after given names no list knows
 * ("Min-jun Park", "Arsenio Hall"; days: {@link QUALIFIED_THING_WORDS}).
 */
export const FACILITY_NAME_WORDS: ReadonlySet<string> = new Set(['prison', 'jail', 'penitentiary', 'tower', 'towers', 'garden', 'gardens', 'sea', 'ocean']);

/**
 * Words that end the name of a publication or a body of campaigners ("Sports
 * Illustrated", "the Dayton Informer", "Daily Beast", "Rights Watch", "the
 * Harbor Reform Movement"): an organisation; not after a first name. Read
 * only as the last word of a name of two words or more (unlike
 * {@link NEWSPAPER_NAME_WORDS}, which also stand alone: "The Ledger").
 */
export const TITLE_ORGANIZATION_WORDS: ReadonlySet<string> = new Set(['informer', 'illustrated', 'insider', 'beast', 'digest', 'watch', 'movement']);

/**
 * Words that end the name of a thing only right after one of the words
 * given: a day of the calendar ("Election Day", "Labor Day", "New Year's
 * Day"; not "Sandra Day" or "Chad Day") and a programme ("Social Security";
 * not "Homeland Security", a department's short name). Lower-case.
 */
export const QUALIFIED_THING_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['day', new Set(['election', 'labor', 'labour', 'memorial', 'inauguration', 'veterans', "veterans'", "veteran's", 'veteran’s', 'independence', 'bastille', "valentine's", 'valentine’s', 'christmas', 'thanksgiving', 'presidents', "presidents'", "year's", 'year’s', 'remembrance', 'armistice', 'boxing', 'primary', 'caucus', 'opening', 'king'])],
  ['security', new Set(['social'])],
]);

/**
 * Prepositions that join a person's name to the body or place they belong
 * to: "Ann Lee of Harbor Mills", "Tom Reyes at Dover College" (the body is
 * no antecedent of "he" or "she": `speakers/not-antecedent.ts`).
 */
export const AFFILIATION_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'at', 'from']);

/** Words after the head noun of an organisation's name: "Ministry of Transport", "Center for Public Integrity", "Committee to Protect Journalists". */
export const ORG_NAME_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'to', 'on', 'in']);

/** Last words of an organisation's name that the word before them may stand for: "the police" for "the Jupiter Police Department". */
export const ORG_NAME_UNIT_HEADS: ReadonlySet<string> = new Set(['department']);

/** Last words of names of things, which never speak as persons ("the Affordable Care Act", "Free Trade Agreement"). */
export const THING_WORDS: ReadonlySet<string> = new Set(
  `act agreement treaty accord law bill amendment plan program programme initiative deal pact
  convention doctrine rule rules protocol constitution disease syndrome award prize cup war`.split(/\s+/).filter((w) => w.length > 0),
);

/**
 * Head nouns of a subject that is a thing, not someone who can think or take
 * a side: a measure or an instrument of policy ("The ferry measure seeks to
 * lift the limit", "the initiative also seeks ...", "the new platform will back
 * ..."), or an event, a state or a quantity ("the quarrel over tolls has sought
 * ...", "harbor debt would decline", "the worries voiced by pilots ...").
 * Opt-in thought and stance cues with such a subject are refused (see
 * `attribution/reported/thing-subject.ts`). Documents and outlets are not here
 * ({@link DOCUMENT_NOUNS}: "the report accused ...", annotated as sources).
 * Lower-case, singular and plural.
 */
export const THING_SUBJECT_NOUNS: ReadonlySet<string> = new Set(
  `bill bills measure measures law laws act legislation initiative initiatives proposal proposals plan plans
  amendment amendments question questions ordinance ordinances program programs programme programmes policy policies
  budget budgets resolution resolutions rule rules deal deals agreement agreements treaty treaties accord accords pact pacts
  platform platforms referendum referendums reform reforms provision provisions regulation regulations mandate mandates
  performance performances dispute disputes matchup matchups risk risks concern concerns debt debts shift shifts`.split(/\s+/).filter((w) => w.length > 0),
);

/**
 * Plurals of nouns for people that the lists above leave out because, singular
 * or lower-case, they seldom head a speaking description ("readers",
 * "respondents"); capitalised and alone at a sentence's start they are read
 * as a group, never as a person named "Readers".
 */
export const PLURAL_PEOPLE_WORDS: ReadonlySet<string> = new Set(
  `readers viewers listeners subscribers respondents proponents applicants associates guests grandkids
  millennials terrorists majorities minorities participants attendees spectators onlookers bystanders
  skeptics sceptics admirers detractors loyalists dissidents insurgents extremists regulars fans patrons`.split(/\s+/).filter((w) => w.length > 0),
);

/** Single names that never speak as persons: beings, programmes and bodies named by one word. */
export const NOT_PERSON_NAMES: ReadonlySet<string> = new Set(
  `god medicaid medicare obamacare oversight brexit nafta isis isil internet
  islam christianity judaism hinduism buddhism constitution
  first second third fourth fifth sixth seventh eighth ninth tenth lastly finally`.split(/\s+/).filter((w) => w.length > 0),
);

/**
 * Capitalised plurals for members of a party or a nation, which describe the
 * people of a subject in apposition and name no one: "The two senators, both
 * Democrats, said" is the senators' (rule of `speakers/find/before/appositive-owner.ts`).
 */
export const MEMBER_PLURALS: ReadonlySet<string> = new Set(['democrats', 'republicans', 'independents', 'libertarians', 'conservatives', 'liberals', 'tories', 'americans']);

/**
 * Nouns (and two modifiers) that end the phrase of a count of people polled:
 * "most voters", "a majority likely caucusgoers". Used by the opt-in rule
 * `reported/count-subject`.
 */
export const RESPONDENT_NOUNS: ReadonlySet<string> = new Set([
  'voters', 'respondents', 'adults', 'americans', 'democrats', 'republicans', 'independents', 'conservatives', 'liberals', 'moderates',
  'millennials', 'evangelicals', 'women', 'men', 'residents', 'supporters', 'members', 'likely', 'caucusgoers', 'primary', 'electorate',
]);

/** Participles that describe people polled, inside a count phrase: "voters polled", "adults surveyed". */
export const RESPONDENT_PARTICIPLES: ReadonlySet<string> = new Set(['polled', 'surveyed', 'questioned', 'interviewed', 'sampled', 'registered', 'likely']);

/** Shares of a group that speak for it after "a" or "one": "a third of voters", "a majority". */
export const FRACTION_NOUNS: ReadonlySet<string> = new Set(['third', 'quarter', 'fifth', 'majority', 'minority', 'half']);

/**
 * Words that give the name of the person or group just described, lower-case:
 * "a worker named Ann Lee", "the night manager known as Rusty", "a man calling
 * himself Ned Ned", "a group called Fair Votes".
 */
export const NAMING_PHRASES: readonly (readonly string[])[] = [
  ['named'], ['called'], ['known', 'as'], ['calling', 'himself'], ['calling', 'herself'], ['calling', 'itself'], ['calling', 'themselves'],
];

/**
 * Nouns of belonging to a place that are no person nouns of their own ("a
 * Mend native"), read like one after a capitalised place: "Mend native
 * Tom Reyes".
 */
export const PLACE_BELONGING_NOUNS: ReadonlySet<string> = new Set(['native', 'natives', 'born', 'transplant', 'expatriate', 'expat']);

/**
 * Participles that name the people of a survey right after them, before the
 * verb of saying: "voters polled said", "the councillors surveyed say".
 */
export const SURVEY_PARTICIPLES: ReadonlySet<string> = new Set(['polled', 'surveyed', 'interviewed', 'questioned', 'sampled']);

/**
 * Participles that, right after people, tell which of them are meant, before
 * the verb of saying: "the officials involved said", "residents affected
 * say", "the agencies contacted said".
 */
export const PARTY_PARTICIPLES: ReadonlySet<string> = new Set(['involved', 'concerned', 'affected', 'contacted']);

/**
 * Words for a relative, lower-case: a full name set off after "her husband,"
 * or "his son" is a relative of the person the text is about ("she told her
 * husband, Paul Lund, ..."), and a surname used alone before it meant that person.
 */
export const KIN_NOUNS: ReadonlySet<string> = new Set(
  `husband wife son daughter father mother brother sister cousin uncle aunt nephew niece grandson
  granddaughter grandfather grandmother stepson stepdaughter stepfather stepmother spouse fiance fiancé
  fiancee fiancée widow widower`.split(/\s+/).filter((w) => w.length > 0),
);

/**
 * Words for a relative of one gender, lower-case, with that gender: a speaker
 * described by one ("the daughter of one victim said") is who a following
 * "she" or "he" stands for, rather than a person named before it. Epithets
 * such as "the businessman" or "the woman" are left out: they mostly describe
 * a person the text has named.
 */
export const GENDERED_PERSON_NOUNS: ReadonlyMap<string, 'female' | 'male'> = new Map([
  ...`daughter mother wife widow sister aunt niece granddaughter grandmother stepdaughter stepmother girlfriend
  fiancee fiancée mum mom`
    .split(/\s+/).filter((w) => w.length > 0).map((w): [string, 'female'] => [w, 'female']),
  ...`son father husband widower brother uncle nephew grandson grandfather stepson stepfather boyfriend
  fiance fiancé dad`
    .split(/\s+/).filter((w) => w.length > 0).map((w): [string, 'male'] => [w, 'male']),
]);

/**
 * Role nouns that tell a person's gender, lower-case: a description they head
 * ("a hospital spokeswoman said ... she said") stands for a person of that
 * gender, as a kin noun's does ({@link GENDERED_PERSON_NOUNS}). Read only as
 * the head of a speaker's description. Not "landlord", which names a
 * landlady or a letting company as well ("a landlord said ... she said").
 */
export const GENDERED_ROLE_NOUNS: ReadonlyMap<string, 'female' | 'male'> = new Map([
  ...`spokeswoman chairwoman businesswoman congresswoman councilwoman assemblywoman policewoman
  sportswoman actress waitress landlady headmistress`
    .split(/\s+/).filter((w) => w.length > 0).map((w): [string, 'female'] => [w, 'female']),
  ...`spokesman chairman businessman congressman councilman assemblyman policeman sportsman headmaster`
    .split(/\s+/).filter((w) => w.length > 0).map((w): [string, 'male'] => [w, 'male']),
]);

/**
 * Words for a person of one gender that end a description set off after a
 * speaker's description ("said a neighbour, a 26-year-old local man"),
 * lower-case, with that gender: a following "he" or "she" stands for that
 * speaker. Read with {@link GENDERED_PERSON_NOUNS}, only in such an appositive.
 */
export const APPOSITIVE_GENDER_NOUNS: ReadonlyMap<string, 'female' | 'male'> = new Map([
  ['woman', 'female'], ['girl', 'female'], ['man', 'male'], ['boy', 'male'],
]);

/**
 * Capitalised words that label a thing by the number after them ("Route 9",
 * "Article 5", "Section 230"), lower-case; with the month names and any
 * abbreviation with a period ("No. 7", "Sept. 9"). A surname before a number
 * still names a person ("beat Hale 52 to 48").
 */
export const NUMBER_LABELS: ReadonlySet<string> = new Set(
  `route highway interstate article item section chapter clause title rule proposition prop measure question
  amendment exhibit figure table room gate flight district ward precinct phase stage level grade`.split(/\s+/).filter((w) => w.length > 0),
);

/**
 * Heads of the names of supporters' groups that take "of" inside the name,
 * lower-case: "a group called Friends of the Pier". Unlike
 * {@link ORGANIZATION_OF}, only inside a sentence: opening one, "Friends of
 * the mayor" may be a plain description.
 */
export const GROUP_OF_HEADS: ReadonlySet<string> = new Set(['friends']);

/**
 * Adjectives, lower-case, that open the names of public bodies and advocacy
 * groups but never a person's name: "Public Citizen", "Public Health
 * England", "National Review", "Federal Express".
 */
export const ORGANIZATION_OPENING_WORDS: ReadonlySet<string> = new Set(['public', 'national', 'federal', 'international']);

/**
 * Heads of organisation names that take "for" inside the name ("the Club for
 * Clean Harbors", "Citizens for Safer Streets", "the Center for Harbor Studies",
 * "the Department for Transport"),
 * lower-case; with the heads that take "of" ({@link ORGANIZATION_OF}).
 */
export const ORGANIZATION_FOR: ReadonlySet<string> = new Set(
  `club coalition alliance americans citizens center centre campaign committee project network
  partnership fund foundation institute council league union association society people voters
  women students families parents doctors veterans democracy organization organisation academy
  department ministry office agency commission`.split(/\s+/).filter((w) => w.length > 0),
);

/**
 * Plural people who act for someone else, lower-case: capitalised before
 * "for" they are no name nor a body for a cause ("said Lawyers for Reyes",
 * "Prosecutors for the State" are a description of the lawyers of a party,
 * not an organisation like "Students for Clean Rivers"; see
 * `speakers/find/name-tokens.ts`).
 */
export const ACTING_FOR_NOUNS: ReadonlySet<string> = new Set(
  `lawyers attorneys prosecutors solicitors barristers counsel aides spokesmen spokeswomen spokespeople spokespersons
  representatives advisers advisors agents negotiators officials staffers executives consultants strategists
  publicists managers lobbyists`.split(/\s+/).filter((w) => w.length > 0),
);

/**
 * Nouns for a settlement or a region that an appositive or an "of" gives a
 * name to ("the state capital, Dover", "the town of Brill", "Brill, a
 * farming town,"): the name is that place's, never a person's.
 */
export const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set(
  `capital town village city hometown county state country nation province region district
  neighborhood neighbourhood suburb island borough township municipality`.split(/\s+/).filter((w) => w.length > 0),
);

/**
 * Prepositions that join a thing's noun to the person it comes from or goes
 * to, so that a relative "who" after the phrase stands for that person: "a
 * harsh response from Ann Lee, who said", "no mention of Tom Hale, who",
 * "the microphone to Ines Marr, who".
 */
export const RELATIVE_OWNER_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'of', 'to', 'for', 'on', 'by', 'against', 'with']);

/**
 * Prepositions after a noun of no person that hand a "who" on to the person
 * after them: "fire from Ann Lee, who said", "a meeting with the mayor, who"
 * (speakers/find/before/relative-antecedent.ts, nameAfterPreposition).
 */
export const HANDING_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'by', 'with', 'against']);

/**
 * Lemmas of verbs of keeping one's position: with one of them right before a
 * possessive ("Lee has defended her plan", "Hale repeated his claim") the
 * possessive is the subject's own; after other verbs the object may be
 * anyone's ("Reed rejected his claim" is someone else's claim).
 */
export const KEEP_POSITION_VERBS: ReadonlySet<string> = new Set(['defend', 'repeat', 'reiterate', 'renew', 'restate', 'reaffirm', 'maintain']);

/**
 * Capitalised nouns that head the name of a firm, a place or a title after
 * an owner's possessive ("Harlow's Analytics", "Dunmore's Center", "Pell's
 * Neighborhood"): such a word is part of the name, not a person; another word
 * after a possessive is a surname ("Ostrava's Lindqvist said").
 */
export const JOINED_TITLE_HEADS: ReadonlySet<string> = new Set(
  `center centre analytics trading century institute foundation fund funds group partners capital research associates
  holdings bank hospital university college school academy museum gallery theatre theater hall house neighborhood
  neighbourhood show hour club restaurant kitchen bakery market markets store stores shop media news journal times
  post review records studio studios pictures productions entertainment games labs laboratories laboratory technologies
  technology systems solutions services consulting advisors advisers management investments securities ventures brands
  foods motors airlines airways insurance energy resources health pharmaceuticals press books daily weekly magazine
  network radio channel television law day week park square street avenue road island bridge stadium arena field
  garden gardens church cathedral chapel office department ministry council committee board commission court party
  union league association society alliance coalition federation cup prize award awards list index plan program
  programme project company corporation co inc ltd llc industries enterprises international global world`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/**
 * Nouns of a thing said, sent or done that comes from or goes to a person
 * ("a sharp reaction from Ann Lee", "no mention of Tom Hale", "a letter to
 * the mayor"): a relative "who" after "<noun> from/of/to <Name>" stands for
 * the name, even when the noun ends like a person's noun ("letter",
 * "answer"). Singular forms; a plural "s" is taken off before lookup.
 */
export const THING_FROM_PERSON_NOUNS: ReadonlySet<string> = new Set(
  `response reaction criticism praise mention attack tweet letter photo photograph picture call statement comment
  remark rebuke endorsement message email post video interview visit question challenge complaint warning threat
  apology denial plea appeal request rebuttal retort reply note memo speech testimony word ammunition pushback
  backlash blow boost nod jab swipe dig insult compliment tribute condolence objection opposition rejection approval
  veto lawsuit suit subpoena invitation offer donation gift payment contribution loan pressure scrutiny rebuff
  announcement admission accusation allegation charge claim assurance pledge promise vow support help advice
  silence applause ovation salute shout shoutout thanks`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/**
 * Nouns of a person's tie to another person that the people lists lack ("a
 * colleague of Tom Hale, who said"): a relative "who" after them stands for
 * the whole description, not for the name after "of". Singular forms.
 */
export const RELATION_NOUNS: ReadonlySet<string> = new Set(
  `colleague nephew niece cousin partner client successor predecessor classmate roommate teammate protege protégé
  confidant confidante biographer mentor ally aide friend rival foe opponent critic supporter adviser advisor lawyer
  attorney deputy assistant employee employer boss patron donor backer associate acquaintance neighbor neighbour
  counterpart ex fan follower admirer disciple heir widow widower fiance fiancé fiancee fiancée girlfriend boyfriend
  spouse stepson stepdaughter godson goddaughter godfather godmother`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/**
 * Nouns of words that may belong to someone who never said them: a motto or
 * slogan belongs to a group or a place, a case to someone argued for or about
 * (`The team's motto is:`, `Lee's case:`), so no owner speaks the quote.
 */
export const UNSPOKEN_OWNED_WORDS: ReadonlySet<string> = new Set(['case', 'motto', 'slogan']);

/** Documents that do not speak after "From" (`From the data:`, `From the poll:` quote figures or questions, not their words). */
export const MUTE_DOCUMENTS: ReadonlySet<string> = new Set(['data', 'poll', 'polls']);

/**
 * Heads of a noun of a doer, who may make a claim: "auditors", "partners",
 * "rivals", "analysts", "historians"; and people nouns of other shapes: "his
 * counterpart", "the news media" (see `reported/noun-cue.ts`).
 */
export const DOER_NOUN = /^([a-z]{3,}(er|or|ist|ian|al)s?|counterparts?|media|press)$/;

/**
 * Heads of a short definite description of a business ("the company", "the
 * firm", "the bank") that may stand for a bare one-word name, the subject
 * of the sentence before: "Apple said sales fell. The company said ...".
 */
export const COMPANY_DESCRIPTION_HEADS: ReadonlySet<string> = new Set(
  `company firm corporation business bank carmaker automaker retailer airline insurer lender
  chain manufacturer startup conglomerate publisher broadcaster developer utility`.split(/\s+/).filter((w) => w.length > 0),
);

/**
 * Lower-case nouns of a kind of body written between an article and the
 * body's name: "campaigners from the group Fair Homes", "volunteers with the
 * charity Clean Rivers" (the people before the preposition speak).
 */
export const NAMED_BODY_KINDS: ReadonlySet<string> = new Set(
  `group charity nonprofit organization organisation coalition campaign union association alliance network firm company
  movement foundation`.split(/\s+/).filter((w) => w.length > 0),
);

/** Heads of descriptions that stand for any business ("the company"). */
export const GENERIC_COMPANY: ReadonlySet<string> = new Set(['company', 'firm', 'corporation', 'group', 'business']);

/**
 * Words that describe a company before its name rather than open it, lower-case:
 * "Rival Acme Corp said", "Struggling lender Acme Inc" (the name is "Acme
 * Corp"), unlike the nouns of a name such as "Student Loan Corp".
 */
export const COMPANY_DESCRIPTORS: ReadonlySet<string> = new Set([
  'rival', 'former', 'parent', 'struggling', 'troubled', 'embattled', 'bankrupt', 'ailing', 'giant', 'fellow', 'new',
  'lender', 'insurer', 'retailer', 'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'airline', 'utility', 'bank',
  'firm', 'company', 'startup', 'conglomerate', 'broker', 'miner', 'operator', 'owner', 'buyer', 'seller', 'supplier',
]);

/**
 * Roles of a player in sport, lower-case, that a definite description names
 * ("the striker said") for the one person named just before it even when
 * nothing named that person so: "Dellavalle ... said ... "It hurts," the
 * striker said" (see `describedPerson` in `speakers/described-people.ts`).
 * Only words that name no common role outside sport: not "manager",
 * "coach", "captain", "driver", "rider", "cyclist", "guard", "receiver",
 * "center" (a shop's manager, a ship's captain, a car's driver, a security
 * guard, a bankruptcy's receiver, an organisation), nor the staff of a team,
 * who speak after a player as often as the player does.
 */
export const SPORT_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'striker', 'forward', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'fullback', 'quarterback', 'pitcher',
  'batsman', 'bowler', 'batter', 'skipper', 'playmaker', 'sprinter', 'swimmer', 'boxer', 'jockey', 'golfer', 'linebacker',
  'shortstop', 'catcher',
]);

/**
 * Nouns of a kind of business or body, lower-case, that a sentence opens with,
 * capitalised, before the body's name of two words or more: "Developer Harlow
 * Homes says", "Retailer Marks & Spencer said" (the name is "Harlow Homes";
 * see `roleBeforeBodyName` in `speakers/find/sentence-openers.ts`). Not "charity", a
 * given name too ({@link GIVEN_NAME_ORGANIZATION_NOUNS}: "Charity Mwangi
 * Otieno said").
 */
export const BODY_KIND_OPENERS: ReadonlySet<string> = new Set([
  'developer', 'housebuilder', 'builder', 'lender', 'insurer', 'retailer', 'grocer', 'supermarket', 'carmaker', 'automaker',
  'chipmaker', 'drugmaker', 'airline', 'broadcaster', 'publisher', 'miner', 'supplier', 'operator', 'landlord', 'contractor',
  'manufacturer', 'brewer', 'distributor', 'conglomerate', 'startup', 'broker', 'carrier',
]);

/**
 * The words of {@link COMPANY_DESCRIPTORS} that describe a company's state or
 * standing and never open its name, even capitalised at a sentence start:
 * "Struggling Acme Corp said", "Former Acme Corp" (the name is "Acme Corp").
 * Nouns such as "Bank" or "Giant" are left out: they open names ("Bank of
 * Avalon Corp").
 */
export const COMPANY_STATE_WORDS: ReadonlySet<string> = new Set([
  'rival', 'former', 'struggling', 'troubled', 'embattled', 'bankrupt', 'ailing', 'beleaguered',
]);

/**
 * Words of a person's state that open a title-case description, never a name:
 * "Former Bank Manager Denies Fraud Charges", "Local Teacher Says ..."
 * (`speakers/find/run-description.ts`).
 */
export const PERSON_STATE_WORDS: ReadonlySet<string> = new Set([
  'former', 'retired', 'local', 'veteran', 'longtime', 'disgraced', 'embattled', 'jailed', 'fired', 'ousted',
]);

/**
 * Last words of a business's name that name its trade ("Kessler Gold",
 * "Harrow Blue Mining", "Dunmore Energy") or a publication's title ("Harbor
 * Insider", "Daily Beast"), lower-case: a name of two or three
 * capitalised words that spoke is read as the company a later "It" or "the
 * company" stands for only when it ends in one of these. A name of an
 * unknown first name and a surname ("Kwame Asante") stays a person's.
 */
export const INDUSTRY_NAME_WORDS: ReadonlySet<string> = new Set(
  `gold silver copper mining minerals metals resources energy oil gas petroleum power electric steel
  motors foods beverages brewing media capital partners ventures telecom software labs networks
  chemicals solutions brands entertainment pictures records publishing construction engineering industries homes
  insider beast wire report review monitor observer examiner mirror express`.split(/\s+/).filter((w) => w.length > 0),
);

/**
 * Last words of a news outlet's name, lower-case: "Reuters", "the Daily
 * Post", "the Harlow Tribune", "CNN" (and "the Associated Press"). An outlet
 * credited with a report ("..., Reuters reported", "told the Daily Post") is
 * no business a later "the company" stands for (`businessNamedBefore` in
 * `speakers/organization-pronouns.ts` passes over it). Not "press",
 * "news", "review" or "express", which also end a business's name ("Penguin
 * Press", "American Express").
 */
export const NEWS_OUTLET_WORDS: ReadonlySet<string> = new Set([
  'reuters', 'ap', 'afp', 'cnn', 'bbc', 'npr', 'msnbc', 'politico', 'times', 'post', 'journal', 'gazette', 'tribune', 'herald',
  'chronicle', 'dispatch', 'inquirer', 'courier', 'telegraph', 'guardian', 'mirror', 'insider', 'beast', 'wire', 'observer',
  'examiner', 'ledger', 'sentinel', 'enquirer',
]);

/** Words that mark a business name ("Acme Corp.", "Calder & Moss"). */
export const COMPANY_WORDS: ReadonlySet<string> = new Set(['corp', 'corporation', 'inc', 'co', 'ltd', 'llc', 'plc', 'company', 'group', '&', 'holdings']);

/**
 * Lemmas of verbs by which the writer reaches a source: "I asked a
 * shopkeeper", "Our correspondent reached the mayor" (the one reached is who
 * a "she" or "he" after it most likely is).
 */
export const CONTACT_VERBS: ReadonlySet<string> = new Set(['reach', 'call', 'contact', 'interview', 'ask', 'phone', 'approach', 'question', 'visit']);

/** Heads of a description of the writer's side: "Our correspondent", "this reporter". */
export const WRITER_NOUNS: ReadonlySet<string> = new Set(['correspondent', 'reporter', 'journalist', 'writer', 'interviewer']);

/** Subject pronouns that are the writer: "I asked a shopkeeper about the prices" reports no one's words (`reported/asked-listener`). */
export const WRITER_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we']);

/** Head words of phrases that never speak: pronouns such as "that", time words, "interview". */
export const NOT_SPEAKERS: ReadonlySet<string> = new Set([
  'that', 'this', 'which', 'what', 'who', 'it', 'there', 'here', 'one', 'ones', 'something', 'nothing', 'anything',
  'everything', 'thing', 'things', 'way', 'time', 'times', 'day', 'week', 'year', 'years', 'month', 'months',
  'morning', 'afternoon', 'evening', 'night', 'interview', 'hours', 'days', 'weeks', 'minutes', 'moments', 'decades', 'later',
  ...DAY_WORDS,
  ...MONTH_WORDS.filter((m) => m !== 'may'),
]);

/** Heads of an age group before its comparison and number: "people under 30 said" (`speakers/find/counted.ts`). */
export const AGE_GROUP_HEADS: ReadonlySet<string> = new Set(['those', 'people', 'voters', 'adults']);

/**
 * Singular nouns of things an "it" may speak for (`The report also found
 * ... It said ...`, `the email read. It added ...`): a document, an
 * advertisement, a ruling or a plan. Read by the resolution of "it"
 * (`speakers/it-antecedent.ts`).
 */
export const SPEAKING_THING_NOUNS: ReadonlySet<string> = new Set(
  `statement report study survey poll memo memorandum letter document filing complaint lawsuit suit indictment ruling
  release announcement analysis review audit article story editorial tweet post email website site page blog transcript
  book paper ad advertisement commercial video film documentary affidavit agreement deal case plan proposal bill law
  measure order decision resolution platform message note sign constitution treaty contract brief motion petition
  summary dossier manifesto pamphlet flyer mailer column essay op-ed`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/**
 * Nouns of {@link SPEAKING_THING_NOUNS} that name no text of their own, or
 * often something else ("the case for deficits", "The Arizona case", "a
 * deal", "the plan"): a speaking "it" with no organisation that sent the
 * thing is not named after them (`speakers/organization-pronouns.ts`).
 */
export const UNWRITTEN_THING_NOUNS: ReadonlySet<string> = new Set(
  `case deal plan proposal bill law measure order decision resolution platform agreement treaty contract constitution
  sign`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/**
 * Singular nouns of a person or a text that speaks for an organisation named
 * after "for", "from", "of" or "at", or before "'s": `a spokesman for the
 * culture department`, `a statement from the league`, `the ministry's
 * spokeswoman`. A later "it" stands for the organisation.
 */
export const ORGANIZATION_VOICE_NOUNS: ReadonlySet<string> = new Set(
  `spokesman spokeswoman spokesperson representative statement release letter announcement memo email tweet post`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/**
 * Prepositions that link a voice noun of {@link ORGANIZATION_VOICE_NOUNS} to
 * the organisation it speaks for: `a spokesman for the league`, `a statement
 * from the ministry` (`speakers/it-antecedent.ts`).
 */
export const ORGANIZATION_VOICE_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'from', 'of', 'at']);

/**
 * Determiners that open the definite description of a thing of
 * {@link SPEAKING_THING_NOUNS} a later "it" can stand for: `the report`,
 * `this memo`, `its statement` (`speakers/it-antecedent.ts`).
 */
export const SPEAKING_THING_OPENERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'its', 'his', 'her', 'their']);

/**
 * Determiners of a thing of {@link SPEAKING_THING_NOUNS} named in the sentence
 * before a speaking "it": those of {@link SPEAKING_THING_OPENERS} and "a",
 * "an" (`The city sent a letter on Thursday. It says ...`).
 */
export const THING_DETERMINERS: ReadonlySet<string> = new Set([...SPEAKING_THING_OPENERS, 'a', 'an']);

/**
 * Prepositions before a thing of {@link SPEAKING_THING_NOUNS} that only set
 * the scene, so the thing is no antecedent of a later "it": `In a blog post,
 * Twitter said ...`.
 */
export const SCENE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'via', 'through']);

/**
 * Plurals without "s" whose possessive "'s" opens a body's name, as "Workers'"
 * does: "the Women's Tennis Association", "the People's Bank", "Children's
 * Hospital" (`speakers/find/name-run.ts`).
 */
export const IRREGULAR_PLURAL_OWNERS: ReadonlySet<string> = new Set(['Children', 'Women', 'Men', 'People']);

/**
 * Common nouns of weather and the street that the tagger reads as proper
 * nouns when they open a sentence ("Traffic crawled", "Snow fell"): such a
 * word, written capitalised nowhere else in the text, names no person a
 * later "he" or "she" stands for (`speakers/not-antecedent.ts`).
 */
export const OPENING_COMMON_NOUNS: ReadonlySet<string> = new Set([
  'traffic', 'snow', 'rain', 'wind', 'fog', 'ice', 'hail', 'sleet', 'smoke', 'thunder', 'lightning', 'weather',
  'heat', 'frost', 'mist', 'drizzle', 'flooding', 'floodwater', 'gridlock', 'congestion',
]);

/** Heads of a description of a sports team, resolved to the team named just before: "the team", "the club", "the franchise". */
export const SPORT_TEAM_HEADS: ReadonlySet<string> = new Set(['team', 'club', 'franchise']);

/**
 * Descriptions of exactly two people, lower-case with single spaces, that
 * stand for the two people just joined by "and" (`speakers/paired-people.ts`):
 * "Ann Ruiz and Tom Ruiz met in 1990. The couple said ..." is "Ann Ruiz and
 * Tom Ruiz".
 */
export const PAIR_DESCRIPTIONS: ReadonlySet<string> = new Set([
  'the two', 'the pair', 'the couple', 'the duo', 'the brothers', 'the sisters', 'the siblings', 'the twins',
  'the two men', 'the two women', 'both', 'both men', 'both women', 'both of them', 'the two of them',
]);

/**
 * Nouns for a member of a party after a place ("the Wisconsin Republican",
 * "the Nevada Democrat"), each to the party's letter (the words that tell a
 * person's party elsewhere are {@link PARTY_WORDS}). Read by
 * `speakers/party-description.ts`.
 */
export const PARTY_MEMBER_NOUNS: ReadonlyMap<string, string> = new Map([
  ['republican', 'R'], ['democrat', 'D'], ['independent', 'I'], ['libertarian', 'L'],
]);

/** Party words before a name that tell its party ("Republican Tom Hale", "Democratic Sen. Ann Lee"), to the party's letter. */
export const PARTY_WORDS: ReadonlyMap<string, string> = new Map([
  ['republican', 'R'], ['democrat', 'D'], ['democratic', 'D'], ['gop', 'R'], ['independent', 'I'], ['libertarian', 'L'],
]);

/**
 * Nouns that count or gather people before "of" ("dozens of women", "a
 * younger generation of activists", "a handful of aides"): the phrase is the
 * people, counted; a relative "who" after it stands for the whole phrase, not
 * for the people after the preposition alone. Read by
 * `speakers/described-people.ts` (with the quantifiers "one", "some", ...).
 */
export const PARTITIVE_HEADS: ReadonlySet<string> = new Set([
  'generation', 'group', 'number', 'handful', 'lot', 'lots', 'couple', 'pair', 'crowd', 'bunch', 'host', 'score', 'scores',
  'dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'majority', 'minority', 'percent', 'share', 'half', 'rest', 'members',
]);

/**
 * Words that close a business's or a person's name after a comma: "Pell,
 * Inc.", "Tarn Holdings, Ltd.", "Ada Moss, Jr." (lower-case, no period).
 */
export const COMMA_NAME_SUFFIXES: ReadonlySet<string> = new Set(['inc', 'ltd', 'llc', 'llp', 'lp', 'plc', 'corp', 'co', 'jr', 'sr']);
