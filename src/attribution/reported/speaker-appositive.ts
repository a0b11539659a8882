/**
 * Speaker spans over the speaker's appositive, as annotated news marks them
 * (PolNeAR train: the gold source holds the appositive far more often than
 * not), for every cue category:
 * - an appositive between the speaker and its cue: `Tom Reyes, a former
 *   school board member, said ...` credits "Tom Reyes, a former school board
 *   member" (an appositive that opens with a determiner, a noun or a name;
 *   not an aside such as ", for instance," or ", speaking in Ohio,");
 * - an appositive after a speaker that follows its cue: `..., said Ada Moss,
 *   a pollster at Ohio State.` credits "Ada Moss, a pollster at Ohio State"
 *   (up to the end of the sentence, a quotation or the next comma; a relative
 *   clause right after the appositive joins it: ", a pollster, who ...").
 * Before the cue the appositive may open with a possessive pronoun or "one
 * of" (`Tom Reyes, his campaign pilot, said`), and a time phrase may stand
 * between it and the cue (`..., last week said`), and so may an aside set off
 * by commas (`..., for example, said`). A town's state or country
 * does not close an appositive (`a baker from Dover, Delaware, said`).
 * The mention's `name` does not change: only its span widens.
 * @internal
 */
import type { CueMatch, Mention } from '../candidate.js';
import { tokenAt, tokenCount } from '../../prepare/lookup.js';
import type { ReportedContext } from './shared.js';
import { DESCRIBING_IRREGULAR_PARTICIPLES, POSSESSIVES, RELATIVE_PRONOUNS } from '../../data/clauses.js';
import { OCCASION_NOUNS, TIME_ASIDE_OPENERS, TIME_PHRASE_DETERMINERS, TIME_POINT_WORDS } from '../../data/time.js';
import { placePairEnd } from '../../prepare/place-pair.js';
import { NAMING_PHRASES } from '../../data/people.js';
import { afterWideTimePhrase } from '../../cues/time-phrase.js';
import { afterCommaAside } from './speaker-aside.js';
import { adjectiveRoleOpens } from './speaker-adjective-role.js';
import { subjectVerbOpens } from './speaker-subject-appositive.js';
import { leadingRelativeOpens, relativeClauseLongEnough, trailingRelativeOpens } from './speaker-relative.js';
import { mentionWith } from '../../speakers/shape.js';

/**
 * The token after a state or a country that a comma at token `comma` sets
 * after a place name (`from Dover, Delaware,`, `of Ava, Mo.,`), or -1 when none
 * stands there: the comma is part of the place, not the end of an appositive
 * (see `prepare/place-pair.ts`; a quoted word is no part of a place).
 */
export function afterPlaceComma(ctx: ReportedContext, comma: number): number {
  const end = placePairEnd(ctx.doc, comma);
  for (let k = comma + 1; k < end; k++) if (ctx.quoted[k]) return -1;
  return end;
}

/** Most tokens an appositive may have. */
const MAX_APPOSITIVE = 80;
/** Parts of speech that may open an appositive: "a former mayor", "his chief of staff", "executive director of ...", "Ada Moss and Tom Reyes". */
const APPOSITIVE_OPENERS = /^(DET|NOUN|PROPN)$/;
/** Parts of speech that may also open an appositive after an inverted speaker: "senior counsel at ...", "then ambassador to ...". */
const TRAILING_OPENERS = /^(DET|NOUN|PROPN|ADJ|ADV)$/;
/** Tokens that end the search for the comma closing an appositive. */
const APPOSITIVE_STOPS = /^([;:()\u2014\u2013"\u201c\u201d]|--)$/;
/**
 * Quotation marks (not \u2019, which ends a plural possessive more often than a
 * quotation: "the Democrats\u2019 nominee"; a quoted stretch is caught by `ctx.quoted`).
 */
const QUOTE_MARKS = /^(["\u201c\u201d\u2018]|''|``)$/;
/** Tokens that end a sentence. */
const SENTENCE_ENDS = /^[.!?]$/;

/**
 * True when the appositive opening at token `k` is an aside of time, not a
 * description of the speaker: "Monday", "last week", "this time around", "a
 * day before the vote".
 */
function timeAside(ctx: ReportedContext, k: number): boolean {
  const { doc } = ctx;
  const t = tokenAt(doc, k);
  // a determiner is a time word only before a time noun, and the time phrase fills the appositive or no noun
  // follows it: not "a day trader", "a night nurse at ...", "that group's leader", "last year's winner"
  if (t.pos !== 'DET' && !TIME_PHRASE_DETERMINERS.has(t.lower)) return TIME_ASIDE_OPENERS.has(t.lower);
  if (k + 1 >= tokenCount(doc)) return false;
  const noun = tokenAt(doc, k + 1).lower;
  if (!TIME_POINT_WORDS.has(noun) && !OCCASION_NOUNS.has(noun)) return false;
  if (k + 2 >= tokenCount(doc)) return true;
  const after = tokenAt(doc, k + 2);
  if (after.value === ',' || SENTENCE_ENDS.test(after.value)) return true;
  return !/^(NOUN|PROPN)$/.test(after.pos) && !/^['\u2019]s$/u.test(after.value);
}

/**
 * True when the verb at token `k`, inside an appositive, is a participle that
 * describes the noun before it rather than a verb of its own: one joined to
 * the word before by a hyphen ("a D.C.-based strategist", "a Sanders-supporting
 * group"), a present participle after a noun, a name, an adjective or an adverb
 * ("a Border Patrol tunneling expert", "an operative currently working for
 * ..."), or a past participle after a noun before a preposition ("a customer
 * based in Boston", "a hacker known as ..."). Not "Mr. Mitchell resigned".
 */
export function participleModifier(ctx: ReportedContext, k: number): boolean {
  const { doc } = ctx;
  const t = tokenAt(doc, k);
  if (t.pos !== 'VERB' || k < 1) return false;
  const prev = tokenAt(doc, k - 1);
  const ing = /ing$/.test(t.lower);
  const past = /ed$/.test(t.lower) || DESCRIBING_IRREGULAR_PARTICIPLES.has(t.lower);
  if (!ing && !past) return false;
  if (prev.value === '-' && prev.end === t.start) return true;
  if (ing) return /^(NOUN|PROPN|ADJ|ADV)$/.test(prev.pos);
  const next = k + 1 < tokenCount(doc) ? tokenAt(doc, k + 1) : undefined;
  return prev.pos === 'NOUN' && next !== undefined && next.pos === 'ADP';
}

/** The one-word phrases of {@link NAMING_PHRASES}: "named", "called". */
const NAMING_WORDS: ReadonlySet<string> = new Set(NAMING_PHRASES.filter((p) => p.length === 1).map((p) => p[0]!));

/**
 * True when the verb at token `k`, inside an appositive, gives the noun
 * right before it a name: the "named" of "a partner at a firm named Harlow
 * Partners", a participle after a noun and before a capitalised word, no
 * verb of a clause.
 */
function namingParticiple(ctx: ReportedContext, k: number): boolean {
  const { doc } = ctx;
  if (k < 1 || k + 1 >= tokenCount(doc) || !NAMING_WORDS.has(tokenAt(doc, k).lower) || ctx.quoted[k + 1]) return false;
  return tokenAt(doc, k - 1).pos === 'NOUN' && /^\p{Lu}/u.test(tokenAt(doc, k + 1).value);
}

/**
 * True when the verb at token `k`, inside an appositive, is the first half of
 * a compound noun the tagger split ("the Pier Institute think tank"): a verb
 * between a noun, a name or an adjective and a noun that closes the
 * appositive (a comma or the sentence's end after it).
 */
function compoundVerbNoun(ctx: ReportedContext, k: number): boolean {
  const { doc } = ctx;
  if (k < 1 || k + 2 >= tokenCount(doc) || ctx.quoted[k + 1]) return false;
  const prev = tokenAt(doc, k - 1);
  const next = tokenAt(doc, k + 1);
  const after = tokenAt(doc, k + 2);
  return /^(NOUN|PROPN|ADJ)$/.test(prev.pos) && next.pos === 'NOUN' && (after.value === ',' || SENTENCE_ENDS.test(after.value));
}

/**
 * The mention `m` widened over ", APPOSITIVE," when that appositive runs up
 * to the cue (adverbs aside): `Tom Reyes, a former mayor, said`; else `m`.
 * A relative clause at a name's first mention counts as one: `Tom Reyes, who
 * runs the cafe, said` (see `speaker-relative.ts`).
 */
export function overAppositive(ctx: ReportedContext, m: Mention, cue: CueMatch): Mention {
  const { doc } = ctx;
  const comma = m.last;
  if (comma + 1 >= cue.first || tokenAt(doc, comma).value !== ',' || ctx.quoted[comma]) return m;
  const opener = tokenAt(doc, comma + 1);
  const pron = opener.pos === 'PRON' && POSSESSIVES.has(opener.lower);
  const num = opener.pos === 'NUM' && comma + 2 < cue.first && tokenAt(doc, comma + 2).lower === 'of';
  // "Tom Reyes, who runs the cafe, said" at the name's first mention (speaker-relative.ts)
  const who = leadingRelativeOpens(ctx, m, comma);
  // "Ada Moss, legal director of the trust, said": a role that opens with an adjective (speaker-adjective-role.ts)
  const role = opener.pos === 'ADJ' && adjectiveRoleOpens(ctx, comma + 1, cue.first);
  if ((!APPOSITIVE_OPENERS.test(opener.pos) && !pron && !num && !who && !role) || timeAside(ctx, comma + 1)) return m;
  let close = -1;
  let relative = false;
  for (let k = comma + 1; k < cue.first && k - comma <= MAX_APPOSITIVE; k++) {
    const t = tokenAt(doc, k);
    if (ctx.quoted[k] || APPOSITIVE_STOPS.test(t.value) || t.sent !== opener.sent) return m;
    if (RELATIVE_PRONOUNS.has(t.lower)) relative = true;
    // "Disillusioned, Mr. Mitchell resigned, ...": a verb of its own makes a clause, not an appositive
    // ("a book calling for ...", "a pollster who worked on ..." stay appositives)
    // (a capitalised word is a name the tagger misread: "Will Rush")
    // ("a partner at a firm named Harlow Partners": a participle that names the noun before it)
    if (!relative && /^(VERB|AUX)$/.test(t.pos) && !/ing$/.test(t.lower) && !/^\p{Lu}/u.test(t.value) && !participleModifier(ctx, k) && !compoundVerbNoun(ctx, k) && !namingParticiple(ctx, k)) return m;
    if (t.value === ',') {
      const place = afterPlaceComma(ctx, k);
      if (place > 0 && place < cue.first && tokenAt(doc, place).value === ',') {
        k = place - 1;
        continue;
      }
      close = k;
      break;
    }
  }
  if (close < 0 || close === comma + 1) return m;
  // only adverbs between the closing comma and the cue: "..., also declined" (and an aside: "..., for example, said")
  // (or the speaker's own verb first, the cue further on: "..., endorsed Cruz, saying ..." (speaker-subject-appositive.ts))
  for (let k = close + 1; k < cue.first; k++) {
    const aside = afterCommaAside(ctx, k, cue.first);
    if (aside > k) {
      k = aside - 1;
      continue;
    }
    const after = afterWideTimePhrase(doc, k);
    if (after > k && after <= cue.first) {
      k = after - 1;
      continue;
    }
    if (tokenAt(doc, k).pos === 'ADV') continue;
    if (subjectVerbOpens(ctx, k, cue.first)) break;
    return m;
  }
  return mentionWith(m, { last: close, end: tokenAt(doc, close - 1).end });
}

/**
 * The mention `m` of a speaker after its verb cue widened over ", APPOSITIVE"
 * up to the end of the sentence, a stop mark or the next comma (past ", who"
 * to the relative clause's end, and past a second appositive that opens
 * with "the"): `said Ada Moss, a pollster at Ohio State.`; else `m`. Not after a phrase cue: `according to the budget office, the
 * deficit ...` goes on with the main clause. With `relatives` false the
 * appositive stops before ", who" (the caller's second try when the relative
 * clause holds another attribution's words). A relative clause right after a
 * name joins the span too: `said Ada Moss, who runs the cafe.` (see
 * `speaker-relative.ts`).
 */
export function overTrailingAppositive(ctx: ReportedContext, m: Mention, cue: CueMatch, relatives = true): Mention {
  const { doc } = ctx;
  const comma = m.last;
  if (cue.form === 'phrase' || m.first < cue.last || comma + 1 >= tokenCount(doc)) return m;
  if (tokenAt(doc, comma).value !== ',' || ctx.quoted[comma]) return m;
  const opener = tokenAt(doc, comma + 1);
  // ", who runs the harbor cafe" after a name describes the speaker too (speaker-relative.ts)
  const who = relatives && trailingRelativeOpens(ctx, m, comma);
  // "whose new book ..." is a clause, not an appositive
  if (opener.sent !== tokenAt(doc, m.first).sent || (!TRAILING_OPENERS.test(opener.pos) && !who) || opener.lower === 'whose') return m;
  let relative = false;
  // the comma that closes the first appositive when a second one follows it: the span ends there when the second
  // turns out no appositive (a verb of its own, too long, a quotation)
  let second = -1;
  let end = tokenCount(doc);
  for (let k = comma + 1; k < tokenCount(doc); k++) {
    if (k - comma > MAX_APPOSITIVE) return closedAt(ctx, m, comma, second);
    const t = tokenAt(doc, k);
    // the appositive never runs into a quotation: `the author of "Power Lines"`
    if (ctx.quoted[k] || QUOTE_MARKS.test(t.value)) return closedAt(ctx, m, comma, second);
    if (t.sent !== opener.sent || APPOSITIVE_STOPS.test(t.value) || SENTENCE_ENDS.test(t.value)) {
      end = k;
      break;
    }
    if (RELATIVE_PRONOUNS.has(t.lower)) relative = true;
    // a verb of its own outside a relative clause: a new clause ("said Lee, half joking" aside, which has none)
    // (a participle that describes a noun is no verb of its own: "a Border Patrol tunneling expert", "a broker based in ...")
    if (!relative && /^(VERB|AUX)$/.test(t.pos) && !/^\p{Lu}/u.test(t.value) && !participleModifier(ctx, k) && !compoundVerbNoun(ctx, k) && !namingParticiple(ctx, k)) return closedAt(ctx, m, comma, second);
    if (t.value === ',') {
      const place = afterPlaceComma(ctx, k);
      if (place > 0) {
        k = place - 1;
        continue;
      }
      // ", a pollster, who worked on ...": the relative clause describes the speaker too
      if (relatives && k + 1 < tokenCount(doc) && tokenAt(doc, k + 1).lower === 'who' && !ctx.quoted[k + 1]) {
        relative = true;
        continue;
      }
      // ", a baker, the owner of the pier cafe": a second appositive that opens with "the" describes the speaker too
      if (second < 0 && !relative && secondAppositive(ctx, k + 1)) {
        second = k;
        continue;
      }
      end = k;
      break;
    }
  }
  // a lone adverb ("said Ada Moss, however.", ", too.") or an aside of time (", last week.") is no appositive
  if (end <= comma + 1 || (end === comma + 2 && opener.pos === 'ADV') || timeAside(ctx, comma + 1)) return m;
  if (who && !relativeClauseLongEnough(comma, end)) return m;
  return mentionWith(m, { last: end, end: tokenAt(doc, end - 1).end });
}

/**
 * True when a second appositive opens at token `k`, after the comma that
 * closes a first one: "the" (`said Ada Moss, a baker, the owner of the pier
 * cafe.`; PolNeAR train: after "a", "an" or a possessive the gold source
 * leaves the second appositive out too often), not an aside of time ("the
 * next day", "the day after").
 */
function secondAppositive(ctx: ReportedContext, k: number): boolean {
  const { doc } = ctx;
  if (k + 1 >= tokenCount(doc) || ctx.quoted[k] || tokenAt(doc, k).lower !== 'the') return false;
  // (nor "the day after", "the next day")
  for (let j = k + 1; j <= k + 2 && j < tokenCount(doc); j++) if (TIME_POINT_WORDS.has(tokenAt(doc, j).lower)) return false;
  return !timeAside(ctx, k);
}

/**
 * The mention `m` widened up to the comma `second` that closes its first
 * appositive (the second one turned out none), or `m` when no second
 * appositive was tried (`second` -1) or the first is only a lone adverb or
 * an aside of time.
 */
function closedAt(ctx: ReportedContext, m: Mention, comma: number, second: number): Mention {
  if (second < 0 || (second === comma + 2 && tokenAt(ctx.doc, comma + 1).pos === 'ADV') || timeAside(ctx, comma + 1)) return m;
  return mentionWith(m, { last: second, end: tokenAt(ctx.doc, second - 1).end });
}
