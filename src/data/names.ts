/**
 * A modest list of common English first names with their usual gender, used
 * only to choose between "he" and "she" when resolving pronouns.
 * @internal
 */

const FEMALE = `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon
laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine
debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly
christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa
kathryn sara janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle
theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla hillary chelsea ivanka
melania michelle kellyanne hope huma donna nancy elizabeth kamala condoleezza sarah nikki tulsi kirsten
claire dianne susan lisa maxine debbie jill tammy heidi jeanne maggie dana katy kate kathy meg carly
theresa angela marine jacinda golda indira benazir margaret jane anne ruth sonia elena amy ilhan
alexandria ayanna rashida liz megyn rachel gretchen mika andrea katie norah savannah hoda robin
naomi lucy fiona eleanor caroline sophie zoe clara priya beth
ellen lena irene eva ella nora vivian sylvia carmen rosa gina tina wendy paula erin lori stacy monica veronica
erica molly jenny joanne peggy sally lydia tanya yvonne ana olga`;

const MALE = `james robert john michael david william richard joseph thomas christopher charles daniel matthew
anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas
zachary peter kyle noah ethan jeremy walter christian keith roger terry austin sean gerald carl harold
dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe logan alan juan albert willie elijah
wayne randy vincent mason roy ralph bobby russell bradley philip eugene bill barack mitt mike ted marco
rand ben chris jeb bernie tim newt rudy reince steve corey paul harry chuck mitch lindsey rick jim
tom bob dick al ron victor vladimir xi kim recep benjamin emmanuel justin boris jeremy nigel francois
hugo pope jared eric rex jeff sean reince stephen rob dan ken greg jon joel josh sam jake
wolf anderson tucker sean bret lester chuck matt martin luther malcolm colin cory sherrod elijah adam drew
jamie casey alex ahmed leon danny simon phil
omar marcus tony fred carlos miguel ivan oscar felix hector ian derek travis shane marvin calvin
edgar mohammed muhammad raul jorge pedro sergio andre sergei`;

function list(s: string): string[] {
  return s.split(/\s+/).filter((w) => w.length > 0);
}

/** First name (lower-case) to gender; names on both lists are left out. */
export const FIRST_NAMES: ReadonlyMap<string, 'female' | 'male'> = (() => {
  const female = new Set(list(FEMALE));
  const male = new Set(list(MALE));
  const map = new Map<string, 'female' | 'male'>();
  for (const n of female) if (!male.has(n)) map.set(n, 'female');
  for (const n of male) if (!female.has(n)) map.set(n, 'male');
  return map;
})();

/**
 * First names, lower-case, given to women and to men alike ("Kim", "Jordan",
 * "Sam", "Robin", "Jamie"): such a name gives a speaker no gender, so that "he" or
 * "she" after it is judged by other clues. They stay in {@link FIRST_NAMES}
 * (they are still first names), with the gender read from them ignored.
 */
export const UNISEX_FIRST_NAMES: ReadonlySet<string> = new Set(
  `kim jordan sam robin dana lindsey drew jamie casey alex`.split(/\s+/).filter((w) => w.length > 0),
);

/**
 * Korean family names, lower-case, that open a name whose given name is two
 * syllables joined by a hyphen, the second one lower-case: "Ban Ki-moon",
 * "Kim Jong-un", "Moon Jae-in".
 */
export const KOREAN_SURNAMES: ReadonlySet<string> = new Set(
  `kim lee park choi jung jeong kang cho yoon yun jang lim han oh seo shin kwon hwang ahn song yoo ryu hong jeon ko moon
  yang son bae baek heo nam noh roh ha kwak sung cha joo woo ban`.split(/\s+/).filter((w) => w.length > 0),
);

/**
 * Chinese and Vietnamese family names, lower-case, that open a name written
 * family name first ("Chen Jing", "Liu Wei", "Nguyen Van An"): the word alone
 * later stands for the full name it opens ("Liu said" after "Liu Wei"), as a
 * first name does, when no full name ends in it.
 */
export const FAMILY_FIRST_SURNAMES: ReadonlySet<string> = new Set(
  `wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin luo gao zheng liang xie tang feng deng cao peng
  zeng xiao tian dong pan yuan cai jiang du cheng wei lu ding shen yao qin xi wen
  nguyen tran le pham hoang phan vu vo dang bui ngo duong`.split(/\s+/).filter((w) => w.length > 0),
);

/** Capitalised particles that open a surname ("De Blasio", "Van Hollen", "Al Jazeera"), lower-case. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'del', 'della', 'der', 'di', 'da', 'du', 'van', 'von', 'den', 'dos', 'le', 'la', 'al', 'el', 'bin', 'bint', 'ibn', 'abu', 'ben', 'st', 'st.', 'mac']);

/**
 * Lower-case Dutch and Low German particles that are inside a person's name
 * only between two capitalised name words, the first no day, month or place
 * and the second no plural ("Erik ten Hoven", "Mayor Lindqvist ter Brugge";
 * `speakers/find/name-particles.ts` givenNameParticle). Elsewhere the words are
 * a number or a foreign word: "On Tuesday ten Republicans said" names no
 * "Tuesday ten Republicans".
 */
export const GIVEN_NAME_PARTICLES: ReadonlySet<string> = new Set(['ten', 'ter']);

/**
 * Lower-case Dutch particles that open a particle with the elided article
 * "'t" inside a surname: "Sophie in 't Veld", "Jacobus van 't Hoff".
 */
export const ELIDED_ARTICLE_PARTICLES: ReadonlySet<string> = new Set(['in', 'van', 'op']);

/**
 * First names that are also a service's member before a full name: 'Marine
 * John "Tig" Tiegen' is John Tiegen, a Marine (the given name before a
 * nickname starts after these; "Marine Le Pen" is no such shape).
 */
export const SERVICE_FIRST_NAMES: ReadonlySet<string> = new Set(['marine']);

/**
 * Spanish and Portuguese given names, lower-case, beyond {@link FIRST_NAMES}:
 * read only to see that a full name before a double surname opens with given
 * names ("Mario Vargas Llosa", so that a later "Vargas Llosa" stands for him);
 * they give no gender, so pronoun resolution is left as it was.
 */
export const DOUBLE_SURNAME_GIVEN_NAMES: ReadonlySet<string> = new Set(
  `lily lucia isabel beatriz gabriela mariana pilar dolores mercedes consuelo esperanza rocio adriana
mario enrique manuel francisco javier alejandro fernando ricardo eduardo rafael andres diego pablo ramon alberto
roberto antonio luis ignacio joaquin gonzalo alfonso alvaro felipe santiago`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/**
 * Capitalised words of two letters, lower-case, that are English function
 * words and no surname: a short capitalised word the tagger does not read as
 * a name is a surname after a proper noun ("said Li Na", "Park Oh said")
 * unless it is one of these.
 */
export const SHORT_NOT_SURNAMES: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'to', 'of', 'by', 'as', 'or', 'if', 'is', 'it', 'up', 'so', 'no', 'me', 'us', 'he', 'we', 'my', 'be', 'go', 'am', 'ok',
]);

/**
 * Prepositions, adverbs and adjectives that open a sentence before a name
 * without being part of it, lower-case: "Outside Carrier's plant, ...",
 * "Top Sanders strategists said", "Within Lee's inner circle, ...". Such a
 * word opening a sentence is no part of the name after it when the document
 * uses that name without it ("Inside Edition", used only whole, stays whole).
 */
export const SENTENCE_OPENER_WORDS: ReadonlySet<string> = new Set([
  'outside', 'inside', 'top', 'beyond', 'behind', 'across', 'along', 'alongside', 'amid', 'among', 'around', 'despite',
  'during', 'near', 'unlike', 'like', 'throughout', 'without', 'within', 'until', 'besides', 'meanwhile', 'elsewhere', 'overseas',
]);

/**
 * Imperatives that point a reader to someone's words, lower-case: only these,
 * opening a parenthesis or a sentence before a possessive name, are no part of
 * the name ("(See Lee's timeline.)", "Read Lee's column"); "Grant", "Pierce"
 * or "Wade" there is a first name.
 */
export const READING_IMPERATIVES: ReadonlySet<string> = new Set(['read', 'see', 'ask', 'watch', 'listen', 'visit', 'compare', 'check', 'view', 'click']);

/**
 * Lower-case participles that give a thing its name, after which a
 * capitalised verb opens that name rather than acting: "a group called Save
 * the Harbor", "a campaign named Stand With Dover".
 */
export const NAMING_PARTICIPLES: ReadonlySet<string> = new Set(['called', 'named', 'dubbed', 'titled', 'entitled']);

/**
 * Possessive determiners, as written, that open a name when capitalised
 * inside a sentence: "a group, Our Revolution, ...", "funded by Our
 * Principles PAC" (not "Our" opening a sentence: "Our staff said ...").
 */
export const NAME_OPENING_POSSESSIVES: ReadonlySet<string> = new Set(['Our', 'My', 'Your', 'Their']);

/**
 * Participles that give a person or a group a quoted nickname inside a
 * subject: 'The hacker nicknamed "Ghost" said', 'A site called "The Ledger"
 * reported' ("known" counts before "as": 'known as "Ghost"').
 */
export const NICKNAME_PARTICIPLES: ReadonlySet<string> = new Set(['called', 'named', 'dubbed', 'nicknamed', 'known']);

/**
 * Articles and possessives, as written, that go on a name opened by a
 * capitalised verb: "Save the Harbor", "Save The Children", "Save Our Pier".
 */
export const NAME_VERB_ARTICLES: ReadonlySet<string> = new Set(['the', 'The', 'Our', 'Your', 'My']);

/**
 * Endings of common nouns that a person's name seldom has ("Retirement",
 * "Commission", "Authority", "Wellness", "Partnership"): a capitalised word
 * with one of them is read as part of a body's name, not as a first name or a
 * surname after a job word.
 */
export const COMMON_NOUN_ENDINGS: readonly string[] = ['ment', 'tion', 'sion', 'ity', 'ness', 'ship', 'ance', 'ence', 'ing'];

/**
 * First names, lower-case, written like an inflected cue verb: "Said" in
 * '"We will appeal," Said Hassan said' is the speaker's first name, not a cue
 * (see `isCueFormFirstName` in `cues/surname.ts`).
 */
export const CUE_FORM_FIRST_NAMES: ReadonlySet<string> = new Set(['said']);

/**
 * Verbs of saying after which a capitalised "-ing" word opening the sentence
 * is read as a surname ("Manning said", "Dunning told"): see
 * `ingSurnameBeforeSaid` in `prepare/document.ts`.
 */
export const ING_SURNAME_CUES: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added']);

/**
 * Capitalised "-ing" words, lower-case, that open a participle phrase before
 * "said" or "told" and are never a surname there: "Having said that, ...",
 * "Having told reporters ...", "Being told ...".
 */
export const ING_PARTICIPLES_NOT_SURNAMES: ReadonlySet<string> = new Set(['having', 'being', 'getting']);

/**
 * Words after which a capitalised "Will" before a surname is a first name, not the modal the tagger reads
 * ("Dr. Will Long said", "said Will Hale"): honorifics and titles of a person, lower-cased without their
 * period, and forms of "say" (`prepare/document.ts`).
 */
export const WILL_NAME_BEFORE: ReadonlySet<string> = new Set([
  'mr', 'dr', 'prof', 'rev', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'det', 'insp', 'supt',
  'senator', 'governor', 'mayor', 'president', 'secretary', 'minister', 'director', 'chairman', 'spokesman',
  'spokesperson', 'professor', 'judge', 'coach', 'councilman', 'representative', 'congressman', 'sheriff', 'chief',
  'said', 'says', 'named',
]);

/** Words for a saint before the name of one, whose "'s" place is a body's name: "St. John's Hospital", "Saint Jude's". */
export const SAINT_WORDS: ReadonlySet<string> = new Set(['St.', 'St', 'Saint']);
