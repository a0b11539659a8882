/**
 * A modest built-in gazetteer: countries, US states (with their usual
 * abbreviations), world capitals and large cities, regions, and nationality
 * adjectives with the country they belong to. Used to give speaker entities
 * the kind `place`, to keep places and peoples from being the antecedent of
 * "he" or "she", and to let "the Spanish minister" fit a minister of Spain.
 * Lower-case; multi-word names are written with single spaces.
 * @internal
 */

const COUNTRIES = `afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil
brunei bulgaria burkina burundi cambodia cameroon canada chad chile china colombia comoros congo
croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia
fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti
honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan
kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein
lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico
micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal
netherlands holland nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru
philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore
slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania
thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu
vatican venezuela vietnam yemen zambia zimbabwe britain england scotland wales america
|united states|united kingdom|united arab emirates|saudi arabia|south africa|south korea|north korea
|new zealand|sri lanka|costa rica|el salvador|ivory coast|czech republic|dominican republic|puerto rico
|great britain|soviet union|us|u.s|u.s.a|usa|uk|u.k|uae`;

const US_STATES = `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee
texas utah vermont virginia washington wisconsin wyoming
|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|south carolina|south dakota
|rhode island|west virginia|district of columbia`;

/** State abbreviations as newspapers write them ("Calif.", "Tenn.") and postal codes used in party-state codes. */
const STATE_ABBREVIATIONS = `ala alaska ariz ark calif colo conn del fla ga hawaii idaho ill ind iowa kan kans ky la
me md mass mich minn miss mo mont neb nebr nev nh nj nm ny nc nd ohio okla ore ore pa ri sc sd tenn tex
utah vt va wash wva wis wisc wyo dc
al ak az ar ca co ct de fl hi id il in ia ks mn ms mt ne nv oh ok or sd tn tx ut wa wv wi wy`;

const CITIES = `london paris berlin moscow beijing tokyo rome madrid lisbon dublin brussels amsterdam vienna
prague warsaw budapest athens ankara istanbul cairo tehran baghdad damascus beirut amman riyadh doha
dubai jerusalem kabul islamabad karachi delhi mumbai dhaka bangkok hanoi manila jakarta seoul
pyongyang taipei canberra sydney ottawa toronto montreal havana caracas bogota lima santiago
brasilia|buenos aires|mexico city|new delhi|hong kong|tel aviv|washington|chicago|boston|philadelphia
|los angeles|san francisco|seattle|houston|dallas|atlanta|miami|detroit|cleveland|denver|phoenix
|las vegas|orlando|baltimore|pittsburgh|nairobi|lagos|accra|johannesburg|kiev|kyiv|minsk|oslo
|stockholm|copenhagen|helsinki|geneva|zurich|brooklyn|manhattan|aleppo|mosul|raqqa|gaza|tripoli|benghazi
|sanaa|caracas|geneva|davos|munich|hamburg|frankfurt|milan|naples|barcelona|edinburgh|glasgow|belfast`;

const REGIONS = `europe asia africa america americas antarctica oceania arctic greenland
|middle east|latin america|south america|north america|central america|east asia|southeast asia
|western europe|eastern europe|the west|midwest|west bank|gulf|persian gulf|balkans|caribbean|pacific|atlantic
|silicon valley|wall street|capitol hill|main street|rust belt|sun belt|bible belt|new england`;

/** Nationality and people adjectives with the country they belong to (`country|adj adj ...`). */
const NATIONALITIES = `united states|american americans us u.s usa u.s.a america
united kingdom|british briton britons english scottish welsh uk u.k britain england scotland wales
afghanistan|afghan afghans
china|chinese
russia|russian russians
france|french
germany|german germans
spain|spanish spaniard
italy|italian italians
japan|japanese
mexico|mexican mexicans
canada|canadian canadians
israel|israeli israelis
iran|iranian iranians
iraq|iraqi iraqis
syria|syrian syrians
pakistan|pakistani pakistanis
india|indian indians
turkey|turkish turk turks
egypt|egyptian egyptians
saudi arabia|saudi saudis
ukraine|ukrainian ukrainians
poland|polish
greece|greek greeks
ireland|irish
australia|australian australians
brazil|brazilian brazilians
cuba|cuban cubans
venezuela|venezuelan venezuelans
north korea|north korean
south korea|south korean korean koreans
palestine|palestinian palestinians
lebanon|lebanese
jordan|jordanian
libya|libyan libyans
nigeria|nigerian nigerians
kenya|kenyan kenyans
south africa|south african
sweden|swedish swede swedes
norway|norwegian
denmark|danish dane danes
netherlands|dutch
belgium|belgian
switzerland|swiss
austria|austrian
portugal|portuguese
hungary|hungarian
vietnam|vietnamese
philippines|filipino filipinos philippine
indonesia|indonesian
taiwan|taiwanese
europe|european europeans
africa|african africans
asia|asian asians
latin america|latino latinos latina latinas hispanic hispanics`;

function names(list: string): string[] {
  return list
    .split('|')
    .flatMap((chunk, i) => (i === 0 ? chunk.split(/\s+/) : [chunk.replace(/\s+/g, ' ')]))
    .map((w) => w.trim())
    .filter((w) => w.length > 0);
}

/** Countries (and their common short forms: US, U.S., UK), lower-case. */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set(names(COUNTRIES));

/** US states, lower-case. */
export const US_STATE_NAMES: ReadonlySet<string> = new Set(names(US_STATES));

/** US state abbreviations without their period ("calif", "tenn", "tn"), lower-case. */
export const STATE_ABBREVIATION_WORDS: ReadonlySet<string> = new Set(names(STATE_ABBREVIATIONS));

/** Capitals, large cities and regions, lower-case. */
export const CITY_AND_REGION_NAMES: ReadonlySet<string> = new Set([...names(CITIES), ...names(REGIONS)]);

/** Every place name above, lower-case, multi-word names with single spaces. */
export const PLACE_NAMES: ReadonlySet<string> = new Set([...COUNTRY_NAMES, ...US_STATE_NAMES, ...CITY_AND_REGION_NAMES]);

/** Nationality adjective or people noun (lower-case) to the country or region it belongs to. */
export const NATIONALITY_COUNTRY: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const line of NATIONALITIES.split('\n')) {
    const [country, adjectives] = line.split('|');
    if (country === undefined || adjectives === undefined) continue;
    for (const a of adjectives.trim().split(/\s+/)) map.set(a, country.trim());
    map.set(country.trim(), country.trim());
  }
  return map;
})();

/** Prepositions of where something was said, whose noun phrase may run on to the "that" of the clause: "on his page that ...". */
export const SAID_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at']);

/** Prepositions of a place adjunct, before a name: "defended her title in Paris" (not "views on Russia", a topic). */
export const PLACE_ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near']);

/**
 * Prepositions after an organisation's name that join a place from the
 * built-in list to the subject: "The Harbor Museum in Ohio issued",
 * "a clinic at Leeds said" (`speakers/find/subject.ts`).
 */
export const LOCATED_NAME_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at']);

/** Prepositions of place that also open a subject's tail: "An aide inside the tower tried ...". */
export const SUBJECT_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['inside', 'outside', 'near', 'across', 'within', 'among', 'around', 'behind', 'throughout']);

/** Prepositions after which a place is where something happened: "a rally in Wilmington, N.C.". */
export const SPEAKER_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near', 'to', 'across', 'outside', 'throughout']);

/** Prepositions after which a name is a place: "grew up in Chicago", "flew to Paris". */
export const NAME_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'to', 'near', 'into', 'across', 'throughout', 'outside', 'inside']);

/** Prepositions after which a one-word name anywhere in the text marks it a place, a firm or a medium: "in Brill", "at Kestrel", "on Vexo". */
export const PLACE_OR_FIRM_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'near', 'into', 'across', 'throughout', 'inside', 'outside']);

/** Prepositions of where a speaker stood or sat as they spoke: "shouted one neighbour from her window". */
export const VANTAGE_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'at', 'on', 'in']);

/**
 * Spots a speaker speaks from, after a possessive: "from her window", "at his
 * desk", "on their porch" (a place of the moment, not a body the speaker
 * belongs to, as "her staff" or "his campaign" are).
 */
export const VANTAGE_NOUNS: ReadonlySet<string> = new Set(
  `window windows balcony porch doorway door doorstep stoop seat desk chair bench bed car truck podium lectern
  pulpit stage perch yard lawn driveway sofa couch`.split(/\s+/).filter((w) => w.length > 0),
);

/** Tokens that open the places named right after a name: "Ana Ruiz of Spain", "Jim Ward (R-Ohio)", "Tom Reyes, D-Texas" (`speakers/places.ts`). */
export const PLACE_AFTER_NAME_OPENERS: ReadonlySet<string> = new Set(['of', 'from', '(', ',']);

/**
 * Last words of town names, lower-case ("Elizabeth City", "Virginia
 * Beach"): a town whose first word is also a given name and whose last is
 * one of these is still a town before its state ("Elizabeth City, N.C.").
 */
export const TOWN_NAME_NOUNS: ReadonlySet<string> = new Set(
  `city town beach falls springs heights hills valley village county harbor bay creek grove`.split(/\s+/),
);

/**
 * Abbreviations, lower-case with their period, that open a place's name
 * ("St. Mary Parish", "Ft. Worth") rather than a person's title.
 */
export const PLACE_OPENING_ABBREVIATIONS: ReadonlySet<string> = new Set(['st.', 'ft.', 'mt.', 'pt.']);
