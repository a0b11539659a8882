/**
 * Word lists of the speaker name check (`name.ts`): which capitalised words of
 * a gold source mention start no run of name words.
 * @internal
 */

/**
 * Function words that, capitalised because they open a sentence or a
 * heading, never start a run of name words: articles and determiners,
 * quantifiers, conjunctions, sentence adverbs, prepositions and pronouns
 * ("An aide", "Among them", "But Senator Ann Lee", "In Ohio", "Even Lee",
 * "Just shy of half of voters"). Lower-case keys.
 */
export const NAME_RUN_NON_STARTERS: ReadonlySet<string> = new Set(
  `the a an this that these those some any each every no all both many most several few such another other others half
  and but or nor so yet
  even just only also still then now however meanwhile instead indeed perhaps maybe not
  in on at among amid for from with without by about after before during under over since until of to into through
  across against between behind beyond despite like unlike as upon within
  he she they it we i you his her their its our my your them him us me`.split(/\s+/).filter((w) => w.length > 0),
);
