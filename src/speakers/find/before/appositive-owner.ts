/**
 * A description before a cue and the name it stands in apposition to: the
 * name owns the description ("Mike Shields, president of the fund, said";
 * "Haldane (R-OH), a supporter, said"), unless the words between the commas
 * are a clause, the appositive names members of a group ("both Democrats
 * from Ohio"), the cue is set off inside the sentence of the name ("Clinton,
 * a top aide said, was never told"), the description is a bare plural
 * ("..., Dover, officials said") or stands itself in an appositive after a
 * name.
 * @internal
 */
import { mentionWith, shapedMention, type Mention } from '../../shape.js';
import { MEMBER_PLURALS } from '../../../data/people.js';
import { DAY_WORDS, MONTH_ABBREVIATIONS, MONTH_SET, WEEKDAY_SET } from '../../../data/time.js';
import type { Doc } from '../../../prepare/document.js';
import { isMarkToken, maybeToken, tokenAt } from '../../../prepare/lookup.js';
import { skipAppositive } from '../appositive.js';
import { makeMention, nameText } from '../mention.js';
import { DASHES, isNameToken } from '../name-tokens.js';
import { phraseEndAfter, phraseStartBefore } from '../noun-phrase.js';
import { isPeopleKind, isPlaceName, isStateAbbreviation, kindOfHead } from '../../kinds.js';
import { SUBORDINATORS, PREPOSITIONAL_SUBORDINATORS, MODIFIER_PREPOSITIONS, FLOATING_QUANTIFIERS, PARTICIPLE_PHRASE_PREPOSITIONS } from '../../../data/function-words.js';

/** True when the parenthesis closing at `close` is short and follows a name: "Haldane (R-OH)". */
export function nameBeforeParenthesis(doc: Doc, close: number, floor: number): boolean {
  for (let k = close - 1; k > floor && k >= close - 6; k--) {
    const t = tokenAt(doc, k);
    if (t.value === '(') return isNameToken(tokenAt(doc, k - 1), doc);
    if (t.value === ',' || t.value === ')') return false;
  }
  return false;
}

/**
 * The name a description stands in apposition to ("Mike Shields, president of
 * the fund, said", "McConnell, now the majority leader, who"), with the
 * description recorded; null when none. With `mustOpen` the name must open its
 * sentence or follow a comma or quotation mark.
 */
export function appositiveOwner(doc: Doc, mention: Mention, floor: number, mustOpen: boolean): Mention | null {
  let comma = mention.first - 1;
  while (comma > floor && tokenAt(doc, comma).pos === 'ADV') comma--;
  if (comma <= floor || tokenAt(doc, comma).value !== ',') return null;
  // "Sen. Ann Holt (D-NY), a supporter of the plan told": a party code between the name and the comma
  const close = tokenAt(doc, comma - 1).value === ')' && nameBeforeParenthesis(doc, comma - 1, floor) ? skipAppositive(doc, comma, floor) : comma;
  const s = phraseStartBefore(doc, close, floor);
  const name = s >= 0 ? makeMention(doc, s, close) : null;
  const opens = s === floor || (s > 0 && (tokenAt(doc, s - 1).sent !== tokenAt(doc, s).sent || tokenAt(doc, s - 1).value === ',' || isMarkToken(tokenAt(doc, s - 1).value)));
  // "in Onawa, Iowa, the candidate repeated": a place is no one's name
  if (name?.kind !== 'name' || isPlaceName(name.name) || isStateAbbreviation(name.name)) return null;
  // "The fair opens Sunday, Oct. 5, the mayor said": a date is no one's name
  if (isDate(doc, name.first, name.last)) return null;
  // "Outside Parliament, campaigners said": a preposition the tagger took for an adjective opens a phrase of place
  // before the subject, no name (the lone word of such a name stays: "Inside, officials said" is left to the rule below)
  const opener = tokenAt(doc, name.first);
  if (name.last - name.first > 1 && opener.pos !== 'PROPN' && MODIFIER_PREPOSITIONS.has(opener.lower) && (name.first === 0 || tokenAt(doc, name.first - 1).sent !== opener.sent)) return null;
  // "Sure, official data suggest": a lone word the tagger reads as an adverb or interjection is no name
  if (name.last - name.first === 1 && /^(ADV|INTJ|ADJ|ADP|CCONJ|SCONJ)$/.test(tokenAt(doc, name.first).pos)) return null;
  // "Offstage, the dancers agree": a plural description right before its verb, after a lone word and its comma, is
  // the subject itself; the word opens the sentence (a person's appositive is no plural: "Ann Lee, the coach, said";
  // further on, a lone name is an organisation's: "In May, Acme, the makers said")
  const head = tokenAt(doc, mention.head ?? mention.last - 1);
  const opensSentence = name.first === 0 || tokenAt(doc, name.first - 1).sent !== tokenAt(doc, name.first).sent;
  if (name.last - name.first === 1 && opensSentence && head.pos === 'NOUN' && head.lower !== head.lemma && /s$/.test(head.lower) && tokenAt(doc, mention.first).lower === 'the') return null;
  return opens || !mustOpen ? mentionWith(name, { description: mention.name }) : null;
}

/**
 * True when tokens [from, to) are a date: a month's name, full or cut short,
 * and a day's number ("Oct. 5", "March 12"; the period of "Oct." may be a
 * token of its own).
 */
function isDate(doc: Doc, from: number, to: number): boolean {
  let k = from;
  const month = tokenAt(doc, k).lower.replace(/\.$/, '');
  if (!MONTH_SET.has(month) && !MONTH_ABBREVIATIONS.has(month)) return false;
  k++;
  if (k < to && tokenAt(doc, k).value === '.') k++;
  return k === to - 1 && /^\d{1,2}(st|nd|rd|th)?$/.test(tokenAt(doc, k).lower);
}

/**
 * True when tokens [from, to) open with a name and its finite verb ("Okafor
 * stepped up his emphasis"): a clause between commas, not an appositive or a
 * parenthesis around a speaker.
 */
export function isClause(doc: Doc, from: number, to: number): boolean {
  if (!isNameToken(tokenAt(doc, from), doc)) return false;
  const end = phraseEndAfter(doc, from, to);
  if (end <= from || end >= to) return false;
  const verb = tokenAt(doc, end);
  if ((verb.pos !== 'VERB' && verb.pos !== 'AUX') || /ing$/.test(verb.lower)) return false;
  // a participle after a noun ("the hacker known as X", "a firm based in Ohio") is no finite verb
  return !(/(ed|en|wn)$/.test(verb.lower) && PARTICIPLE_PHRASE_PREPOSITIONS.has(tokenAt(doc, end + 1).lower));
}

/**
 * The appositive `m` (opening at token `from`) as a description when it names
 * members of a group and no one ({@link MEMBER_PLURALS}), alone or after
 * "both", "all" or "each", and follows a word for people: "The two senators,
 * both Democrats from Ohio, said" is the senators'; else `m`.
 */
export function memberAppositive(doc: Doc, m: Mention | null, from: number): Mention | null {
  if (m?.kind !== 'name') return m;
  // (only after a word for people: not "Throughout the 2000s, Democrats in Congress, ...")
  const before = maybeToken(doc, from - 2);
  if (before === undefined || before.pos !== 'NOUN' || !isPeopleKind(kindOfHead(before.lower))) return m;
  const words = m.name.split(' ');
  if (words.length !== 1 || !MEMBER_PLURALS.has(words[0]!.toLowerCase())) return m;
  const first = FLOATING_QUANTIFIERS.has(tokenAt(doc, from).lower) ? from : m.first;
  return shapedMention({ first, last: m.last, start: tokenAt(doc, first).start, end: m.end, kind: 'description', titles: [], name: nameText(doc, tokenAt(doc, first).start, m.end) });
}

/**
 * True when the cue at `cueFirst`, right after the description `mention`, is
 * set off by a comma after it, and a lower-case verb with no subject of its own
 * follows (a quotation mark may open before it, a day may stand before the
 * comma): "Clinton, a top aide said,
 * was never told", 'Clinton, a top aide said, "was never told."'. The cue
 * stands inside the sentence of the name before the description.
 */
export function parentheticalCue(doc: Doc, cueFirst: number, mention: Mention): boolean {
  if (mention.last !== cueFirst || tokenAt(doc, cueFirst).pos !== 'VERB') return false;
  let k = cueFirst + 1;
  // (a day may stand between: "a top aide said Monday,")
  if (DAY_WORDS.includes(maybeToken(doc, k)?.lower ?? '')) k++;
  if (maybeToken(doc, k)?.value !== ',') return false;
  k++;
  if (isMarkToken(maybeToken(doc, k)?.value ?? '')) k++;
  const verb = maybeToken(doc, k);
  return verb !== undefined && /^\p{Ll}/u.test(verb.value) && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !/ing$/.test(verb.lower)));
}

/**
 * True for a plural description with no determiner or possessive
 * ("officials", "local officials"): the subject of the cue itself, never the
 * appositive of a name before its comma ("The team trained in the capital,
 * Dover, officials said": officials speak, not Dover).
 */
export function barePlural(doc: Doc, mention: Mention): boolean {
  const head = tokenAt(doc, mention.head ?? mention.last - 1);
  return head.pos === 'NOUN' && head.lower !== head.lemma && /s$/.test(head.lower) && tokenAt(doc, mention.first).pos !== 'DET' && tokenAt(doc, mention.first).pos !== 'PRON' && !/['’]/.test(mention.name);
}

/** Most tokens {@link appositiveAfterName} looks back over ("a professor of law at Dover and author"). */
const MAX_APPOSITIVE_LOOKBACK = 24;

/**
 * True when the phrase that opens at token `owner` stands in an appositive
 * set off after a name: the nearest comma, dash or opening parenthesis
 * before it in its sentence (within {@link MAX_APPOSITIVE_LOOKBACK} tokens)
 * follows a proper noun ("Ada Brook, a professor of law and author of ...";
 * not "In a statement, the authors of ..."), one that is no object of a
 * preposition or a verb and no weekday ("In Dover,", "After meeting Ada
 * Brook,", "Monday," open a clause, they set nothing off).
 */
export function appositiveAfterName(doc: Doc, owner: number, floor: number): boolean {
  const sent = tokenAt(doc, owner).sent;
  for (let k = owner - 1; k > floor && k >= owner - MAX_APPOSITIVE_LOOKBACK; k--) {
    const t = tokenAt(doc, k);
    if (t.sent !== sent) return false;
    if (t.value === ',' || t.value === '(' || DASHES.has(t.value)) return namedSubjectEndsAt(doc, k - 1, floor);
  }
  return false;
}

/** Parts of speech of a word whose object a proper noun right after it is ("In Dover", "meeting Ada Brook"). */
const GOVERNING_TAGS: ReadonlySet<string> = new Set(['ADP', 'VERB']);

/**
 * True when token `k` ends a run of proper nouns that may be a subject: no
 * weekday alone, and no word of {@link GOVERNING_TAGS} right before the run
 * in its sentence but a subordinator that opens a clause ("As Ada Brook, ...
 * put it"; not "In Dover,", "Since Monday,") (used by {@link appositiveAfterName}).
 */
function namedSubjectEndsAt(doc: Doc, k: number, floor: number): boolean {
  const last = tokenAt(doc, k);
  if (last.pos !== 'PROPN') return false;
  let first = k;
  while (first - 1 >= floor && tokenAt(doc, first - 1).pos === 'PROPN' && tokenAt(doc, first - 1).sent === last.sent) first--;
  if (first === k && WEEKDAY_SET.has(last.lower)) return false;
  const before = maybeToken(doc, first - 1);
  // ("As Ada Brook, a professor of law, put it": a subordinator the tagger reads as a preposition opens the name's clause)
  const opensClause = before !== undefined && SUBORDINATORS.has(before.lower) && !PREPOSITIONAL_SUBORDINATORS.has(before.lower);
  return before === undefined || before.sent !== last.sent || !GOVERNING_TAGS.has(before.pos) || opensClause;
}
