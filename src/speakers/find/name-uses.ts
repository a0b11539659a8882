/**
 * How the words of a document are used as names elsewhere in it: a surname used
 * without the word before it, the words that stand before a name, the names in
 * the text.
 * @internal
 */
import { READING_IMPERATIVES, SENTENCE_OPENER_WORDS } from '../../data/names.js';
import { FIRST_NAME_TITLES, TITLE_WORDS } from '../../data/titles.js';
import type { Doc, Token } from '../../prepare/document.js';
import type { TokenTable } from '../../prepare/tokens.js';
import { isMarkToken, maybeToken, tokenAt, tokenCount } from '../../prepare/lookup.js';
import { surnameUses } from '../../prepare/surnames.js';

/**
 * Name uses of a document ({@link isNameUse}): how many times each word
 * stands as a name ("total"), and how many times right after each word
 * ("after", keyed by the word before, a line break, then the word). Built
 * once, so that {@link nameUsedWithout} is a look-up, not a scan of the
 * document for every gerund before a name.
 */
interface NameUses {
  total: Map<string, number>;
  after: Map<string, number>;
}

/** {@link nameUses} by document. */
const NAME_USES = new WeakMap<Doc, NameUses>();

/** {@link NameUses} of a document, worked out on first use. */
function nameUses(doc: Doc): NameUses {
  let uses = NAME_USES.get(doc);
  if (uses === undefined) {
    uses = { total: new Map(), after: new Map() };
    const count = tokenCount(doc);
    const table = doc.table;
    for (let k = 1; k < count; k++) {
      // (a long text's token that is no proper noun is passed over on its tag, without a token object)
      if (table !== undefined && table.posOf(k) !== 'PROPN') continue;
      const u = tokenAt(doc, k);
      if (!isNameUse(doc, u)) continue;
      uses.total.set(u.value, (uses.total.get(u.value) ?? 0) + 1);
      // pairs only after a word that `nameUsedWithout` is asked about (a map of every pair stayed in memory to the
      // end of a long text's call)
      const before = tokenAt(doc, k - 1);
      if (!mayComeBeforeAsked(before)) continue;
      const pair = `${before.value}\n${u.value}`;
      uses.after.set(pair, (uses.after.get(pair) ?? 0) + 1);
    }
    NAME_USES.set(doc, uses);
  }
  return uses;
}

/**
 * True for a word {@link nameUsedWithout} may be asked about as the word before a name: a form in "-ing", a reading
 * imperative or a sentence opener ({@link SENTENCE_OPENER_WORDS}).
 */
const mayComeBeforeAsked = (t: Token): boolean => /ing$/u.test(t.lower) || READING_IMPERATIVES.has(t.lower) || SENTENCE_OPENER_WORDS.has(t.lower);

/**
 * True when token `u` is used as a name: a word tagged as a proper noun that
 * is not capitalised by its place, first in a sentence or glued to an opening
 * quotation mark (the tagger calls "Nurses worked late" a proper noun too).
 * After a closing mark it counts: '"...," Lee said'.
 */
function isNameUse(doc: Doc, u: Token): boolean {
  if (u.pos !== 'PROPN') return false;
  const prev = maybeToken(doc, u.i - 1);
  return prev !== undefined && prev.sent === u.sent && !(isMarkToken(prev.value) && prev.end === u.start);
}

/**
 * True when the word of `name` stands elsewhere in the document as a name
 * ({@link isNameUse}) without the word of `before` right before it.
 */
export function nameUsedWithout(doc: Doc, before: Token, name: Token): boolean {
  const uses = nameUses(doc);
  // (asked only after a gerund or a reading imperative, so `before` passes `mayComeBeforeAsked`: its pairs are counted)
  // (`name` itself stands after `before`, so it is among those left out)
  return (uses.total.get(name.value) ?? 0) - (uses.after.get(`${before.value}\n${name.value}`) ?? 0) > 0;
}

/**
 * True when the word of `name` stands elsewhere in the document as a name
 * ({@link isNameUse}) right after a capitalised word other than the word of
 * `before` that is no title: "Vikram Amar" makes the "Dean" of "Dean Amar" a
 * title. Asked only for the rare title words that are first names too.
 */
export function surnameAfterOtherName(doc: Doc, before: Token, name: Token): boolean {
  // only the words after a first-name title are indexed: the words before any other name are never asked for
  if (!FIRST_NAME_TITLES.has(before.lower)) return false;
  const words = wordsBeforeNames(doc).get(name.value);
  if (words === undefined) return false;
  for (const word of words) if (word !== before.value && /^\p{Lu}\p{Ll}/u.test(word) && !TITLE_WORDS.has(word.toLowerCase().replace(/\.$/, ''))) return true;
  return false;
}

/** {@link wordsBeforeNames} by document. */
const WORDS_BEFORE_NAMES = new WeakMap<Doc, Map<string, Set<string>>>();

/**
 * For each word standing as a name ({@link isNameUse}) somewhere and right
 * after a first-name title somewhere, the distinct words right before its name
 * uses, built once per document (kept only for those words: a map over every
 * name of a long text stayed in memory to the end of the call).
 */
function wordsBeforeNames(doc: Doc): ReadonlyMap<string, ReadonlySet<string>> {
  let found = WORDS_BEFORE_NAMES.get(doc);
  if (found === undefined) {
    found = new Map();
    const table = doc.table;
    if (table !== undefined) wordsBeforeNamesInTable(doc, table, found);
    else {
      const tokens = doc.tokens;
      const count = tokens.length;
      // the words after a first-name title, then the words before each of their name uses
      const titled = new Set<string>();
      for (let k = 0; k + 1 < count; k++) if (FIRST_NAME_TITLES.has(tokens[k]!.lower)) titled.add(tokens[k + 1]!.value);
      if (titled.size > 0) {
        for (let k = 1; k < count; k++) {
          const u = tokens[k]!;
          if (titled.has(u.value) && isNameUse(doc, u)) addWordBefore(found, u.value, tokens[k - 1]!.value);
        }
      }
    }
    WORDS_BEFORE_NAMES.set(doc, found);
  }
  return found;
}

/** Adds `word` to the words before `name` in `found`. */
function addWordBefore(found: Map<string, Set<string>>, name: string, word: string): void {
  const words = found.get(name);
  if (words === undefined) found.set(name, new Set([word]));
  else words.add(word);
}

/**
 * {@link wordsBeforeNames} of a long text, read from its table by word
 * index: the title words and the words after them are marked once per
 * distinct word, so that the passes over the tokens compare numbers and make
 * a token object only for a marked word.
 */
function wordsBeforeNamesInTable(doc: Doc, table: TokenTable, found: Map<string, Set<string>>): void {
  const count = table.length;
  const word = table.word;
  const words = table.words;
  // by distinct word: 1 for a first-name title, 2 for a word after one somewhere
  const marks = new Uint8Array(words.length);
  const lowers = table.lowers;
  let titles = false;
  for (let w = 0; w < lowers.length; w++) if (FIRST_NAME_TITLES.has(lowers[w]!)) (marks[w] = 1), (titles = true);
  if (!titles) return;
  let titled = false;
  for (let k = 0; k + 1 < count; k++) if ((marks[word[k]!]! & 1) !== 0) (marks[word[k + 1]!]! |= 2), (titled = true);
  if (!titled) return;
  for (let k = 1; k < count; k++) {
    if ((marks[word[k]!]! & 2) === 0) continue;
    const u = table.at(k)!;
    if (isNameUse(doc, u)) addWordBefore(found, u.value, words[word[k - 1]!]!);
  }
}

/** {@link namesInText} by document. */
const NAMES_IN_TEXT = new WeakMap<Doc, ReadonlySet<string>>();

/**
 * Capitalised words right after a capitalised proper noun inside a sentence ("Rep. Tom Gladly"), whatever their tag:
 * the words of the document's index of names by surname (`prepare/surnames.ts`).
 */
export function namesInText(doc: Doc): ReadonlySet<string> {
  let names = NAMES_IN_TEXT.get(doc);
  if (names === undefined) {
    names = new Set(surnameUses(doc).keys());
    NAMES_IN_TEXT.set(doc, names);
  }
  return names;
}
