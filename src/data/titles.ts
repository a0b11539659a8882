/**
 * Titles, ranks and honorifics that stand before a name, lower-case and
 * without a final period. Multi-word titles are matched word by word, since
 * every word of them is in this list ("senate majority leader").
 * @internal
 */

/** Honorifics that tell a person's gender. */
export const GENDERED_HONORIFICS: ReadonlyMap<string, 'female' | 'male'> = new Map([
  ['mr', 'male'], ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['sir', 'male'], ['dame', 'female'],
  ['lady', 'female'], ['lord', 'male'], ['madam', 'female'], ['madame', 'female'], ['monsieur', 'male'],
  ['king', 'male'], ['queen', 'female'], ['prince', 'male'], ['princess', 'female'], ['congressman', 'male'],
  ['congresswoman', 'female'], ['chairman', 'male'], ['chairwoman', 'female'], ['spokesman', 'male'],
  ['spokeswoman', 'female'], ['father', 'male'], ['sister', 'female'], ['brother', 'male'], ['uncle', 'male'],
  ['aunt', 'female'], ['businessman', 'male'], ['businesswoman', 'female'], ['first lady', 'female'],
  ['councilman', 'male'], ['councilwoman', 'female'], ['assemblyman', 'male'], ['assemblywoman', 'female'],
  ['alderman', 'male'], ['alderwoman', 'female'], ['shri', 'male'], ['smt', 'female'], ['shrimati', 'female'],
]);

/**
 * Honorifics written before a given name rather than a surname, as British
 * news writes them: "Dame Rosalind" after "Dame Rosalind Carey", "Sir Tom"
 * after "Sir Tom Vale".
 */
export const GIVEN_NAME_HONORIFICS: ReadonlySet<string> = new Set(['sir', 'dame']);

/**
 * Titles written as an acronym that name one person's post, lower-case: "the
 * Tory MP", "the Acme CEO" describe a person, whatever capitalised word
 * stands before the acronym.
 */
export const PERSON_TITLE_ACRONYMS: ReadonlySet<string> = new Set(['mp', 'mep', 'msp', 'mla', 'ceo', 'cfo', 'coo']);

/** Words that form titles and ranks. */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  `mr mrs ms miss dr prof professor sir dame lady lord rev reverend fr father sister brother
  president vice prime minister secretary senator sen rep representative congressman congresswoman
  governor gov lt lieutenant col colonel gen general maj major capt captain cmdr commander adm admiral
  sgt sergeant cpl corporal pvt private chief justice judge attorney mayor deputy assistant acting former
  speaker leader majority minority whip chairman chairwoman chair chairperson ceo cfo coo director
  ambassador envoy commissioner superintendent inspector officer detective constable sheriff marshal trooper
  kaumatua kuia shri smt shrimati collector
  king queen prince princess emperor pope cardinal bishop archbishop rabbi imam pastor sheikh sheik emir ayatollah
  chancellor premier president-elect nominee candidate state house senate party national homeland
  defense defence foreign interior finance treasury health education justice labor labour energy
  commerce agriculture transportation environment trade home first executive managing general
  senior junior freshman sophomore press communications campaign manager strategist adviser advisor spokesman spokeswoman
  spokesperson dean provost founder co-founder councilman councilwoman councilmember councillor councilor cllr alderman
  assemblyman assemblywoman alderwoman delegate del supt insp det mgr hon honorable honourable gov.-elect retd ret
  u.s. us republican democratic democrat gop white special counsel solicitor prosecutor surgeon
  economist analyst professor lawyer activist coach anchor co-anchor co-host
  co-author co-chair co-chairman co-chairwoman co-director co-leader co-owner co-president co-creator co-writer
  midfielder striker defender goalkeeper goalie winger quarterback pitcher
  mp mep msp mla mps meps msps mlas
  sens reps govs drs`.split(/\s+/).filter((w) => w.length > 0),
);

/**
 * Titles written as an abbreviation with a period, lower-case: "Sen.", "Gov.",
 * "Lt.". After a prefix joined by a hyphen ("then-Sen. Ann Lee", "ex-Gov. Tom
 * Hale") the tokenizer no longer knows them and ends a sentence at the period;
 * the document keeps the sentence going.
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'dr', 'prof', 'rev', 'fr', 'supt', 'insp', 'det', 'mr', 'mrs', 'ms', 'sens', 'reps', 'govs', 'smt',
]);

/**
 * Title abbreviations of {@link TITLE_ABBREVIATIONS} that news writes after
 * "the" before a name: "the Rev. Al Sharpton" (a period there ends no
 * sentence, as it may after "the Det.", a noun).
 */
export const ARTICLE_TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(['rev']);

/**
 * Title words that are also common first names: "Dean Foley" alone, or after
 * a lower-case title ("team captain Dean Foley"), is a first name and a
 * surname ("Law School Dean Foley" keeps the title).
 */
export const FIRST_NAME_TITLES: ReadonlySet<string> = new Set(['dean']);

/** Generational and other suffixes that belong to a name. */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv', 'v']);

/**
 * Post-nominal letters written after a person's name, upper case as written:
 * "Mark Ellis QC", "Tom Hale MP" (the name is "Mark Ellis", "Tom Hale"),
 * unlike the generational suffixes of {@link NAME_SUFFIXES}, which belong to it.
 */
export const POST_NOMINALS: ReadonlySet<string> = new Set(['QC', 'KC', 'MP', 'MEP', 'MSP', 'MLA', 'OBE', 'CBE', 'MBE', 'KBE']);

/** Abbreviated titles and spelling variants, with the noun a description would use. */
export const TITLE_NOUNS: Readonly<Record<string, string>> = {
  sen: 'senator', rep: 'representative', gov: 'governor', gen: 'general', lt: 'lieutenant', col: 'colonel',
  capt: 'captain', sgt: 'sergeant', dr: 'doctor', prof: 'professor', supt: 'superintendent', adm: 'admiral',
  maj: 'major', cmdr: 'commander', det: 'detective', insp: 'inspector', rev: 'reverend', pres: 'president', cllr: 'councillor',
  defense: 'defence', congressman: 'congressman', congresswoman: 'congresswoman', ceo: 'executive',
  // plural abbreviations before two or more names ("Sens. Ann Lee and Tom Reyes")
  sens: 'senators', reps: 'representatives', govs: 'governors', drs: 'doctors',
};

/**
 * Job words that, capitalised before a first name and a surname, are a title
 * rather than part of the name ("Engineer Tomas Lind", "Nurse Ada Orr").
 */
export const JOB_TITLE_WORDS: ReadonlySet<string> = new Set(
  `engineer nurse teacher farmer pilot architect accountant carpenter electrician plumber mechanic
  paramedic firefighter rancher fisherman chef baker dentist pharmacist veterinarian farmhand
  student retiree homeowner contractor builder miner driver midwife principal landowner landlord shopkeeper
  beekeeper gamekeeper criminologist ecologist biologist zoologist botanist geologist economist historian
  novelist author writer poet playwright artist painter sculptor singer musician actor actress comedian
  scientist researcher physicist chemist astronomer neurologist journalist photographer broadcaster composer
  rapper songwriter guitarist drummer pianist violinist dancer worshipper parishioner churchgoer congregant pilgrim`.split(/\s+/).filter((w) => w.length > 0),
);

/** Generic heads of descriptions that fit a person's leading title in the same field ("the defence chief"). */
export const HEAD_NOUNS: ReadonlySet<string> = new Set(['chief', 'head', 'boss', 'czar', 'tsar']);

/** Words naming the field of a title, which a generic head can share ("defence" in "Defence Secretary" and "the defence chief"). */
export const FIELD_WORDS: ReadonlySet<string> = new Set(
  `defence defense foreign finance treasury health education justice labor labour energy commerce
  agriculture transportation transport environment trade home interior security intelligence police
  army navy military budget housing immigration communications press campaign economic`.split(/\s+/).filter((w) => w.length > 0),
);

/**
 * Title words that end an affiliation inside a run of capitalised words, so
 * that the name is what follows them ("Harbour League Secretary General
 * Orla Denning", "KXRB co-Anchor Dana Morgan", "Liberal Democrat MP Ada Moss", "City Manager Ada Moss"):
 * offices held by one person, and the ranks of a force ("Harbor Police Chief", "Army Lt. Gen."), with a court's judge, a
 * school's dean or professor and a doctor's or cleric's style ("U.S. District Judge", "Law School Dean", "State Senator Dr."). Words that also name groups or things ("Democratic", "Special", "Prince"
 * in a dynasty's name, "Justice" in a court's) are left out.
 */
export const INNER_TITLES: ReadonlySet<string> = new Set(
  `president minister secretary general director chairman chairwoman chair governor gov senator sen rep
  representative mayor commissioner ambassador spokesman spokeswoman spokesperson adviser advisor anchor
  co-anchor ceo attorney prosecutor defender advocate mp mep msp mla chief sheriff superintendent commander
  gen lt col capt cmdr adm sgt manager clerk treasurer administrator auditor executive judge dean professor prof dr
  rev reverend collector shri smt shrimati leader`.split(/\s+/).filter((w) => w.length > 0),
);

/**
 * Lower-case words that may join the capitalised words of an affiliation
 * before a speaker's title and name ("Fares for $5 co-chair Ann Lee",
 * "Friends of the Pier director Tom Reyes").
 */
export const AFFILIATION_JOINERS: ReadonlySet<string> = new Set(['for', 'of', 'the']);

/**
 * Words that make a title a lower rank than its head noun ("Vice President",
 * "Deputy Director", "Lt. Gov."), with the head nouns they lower (null: any
 * head): the holder is not "the president", "the director" or "the governor"
 * unless the description says so too. A lieutenant lowers only a governor: a
 * "Lt. Gen." is still "the general", a "Lt. Col." "the colonel"; an associate
 * justice is a justice and an assistant professor a professor.
 */
export const SUBORDINATE_TITLE_WORDS: ReadonlyMap<string, ReadonlySet<string> | null> = new Map<string, ReadonlySet<string> | null>([
  ['vice', null],
  ['deputy', null],
  ['under', null],
  ['lieutenant', new Set(['governor'])],
]);

/** Honorifics after which any capitalised word is a surname. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sen', 'rep', 'gov', 'shri', 'smt', 'shrimati']);

/**
 * Honorifics (lower case, no period) that mark the words after them as a
 * person's name, given name first: "Dr. Nadia Ruiz Varga" has the given name
 * "Nadia" before the double surname "Ruiz Varga". Not "miss", which also
 * opens a pageant's title ("Miss Universe").
 */
export const NAME_HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'prof']);

/** Fixed two-word tails of a title before its "of": "editor at large of", "commander in chief of" (`speakers/find/before/phrase-span.ts`). */
export const TITLE_FIXED_TAILS: ReadonlySet<string> = new Set(['at large', 'in chief']);

/**
 * Modifiers of a title the tagger may read as a verb: "(said) lead author Ann
 * Fry", "lead negotiator Tom Reyes"; before a title or people noun they open
 * the speaker's phrase (`speakers/find/noun-phrase.ts`).
 */
export const VERB_LIKE_TITLE_MODIFIERS: ReadonlySet<string> = new Set(['lead']);

/**
 * Words that put a title in the past: "Former Mayor Tom Hale", "ex-Gov. Ann
 * Lee", "then-Sen. Ann Lee", "the late Mayor Tom Hale". Such a person is
 * not the one a later "the mayor" stands for when nobody is named before it
 * (`speakers/described-people.ts` titledPersonAfter); and a description with
 * one ("the former president") fits only a person whose title has one too,
 * never the sitting "President Joe Biden", and a description without one
 * ("the mayor") never fits a person whose title has one ("Former Mayor Tom
 * Hale" named before it) (`speakers/describe.ts` fitsProfile).
 */
export const PAST_TITLE_WORDS: ReadonlySet<string> = new Set(['former', 'ex', 'then', 'late', 'retired', 'onetime', 'erstwhile']);

/**
 * Words of {@link PAST_TITLE_WORDS} under which news still calls the person by the bare title: the office held
 * at the time told of ("then-Sen. Ann Lee") or until death ("the late Mayor Tom Hale"). A later description
 * with or without the word ("the senator", "the late senator") fits such a title (`speakers/describe.ts`
 * fitsProfile); "Former Mayor Tom Hale" is still no "the mayor".
 */
export const NARRATED_TITLE_WORDS: ReadonlySet<string> = new Set(['then', 'late']);

/**
 * Words that place a role in time, each with the words that place it
 * otherwise: "the new mayor" is not the one described as "the former mayor",
 * and "the former mayor" is not "the new mayor".
 */
export const ROLE_TIME_OPPOSITES: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const past = ['former', 'outgoing', 'previous', 'ex', 'onetime', 'retired'];
  const present = ['new', 'incoming', 'current', 'newly'];
  const map = new Map<string, ReadonlySet<string>>();
  for (const w of past) map.set(w, new Set(present));
  for (const w of present) map.set(w, new Set(past));
  return map;
})();
