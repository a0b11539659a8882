/**
 * The object of another verb that speaks a cue after it: the object of a
 * verb of causing before "to" ("prompted Ann Lee, who leads the council, to
 * state", "led aides like Ann Lee to counter"), the verb whose object a
 * preposition's phrase follows before "to" ("held a briefing on Monday to
 * brag": the verb's subject speaks), the object of a verb of perceiving
 * before a gerund cue ("we watch Tom Reyes's loyal negotiating partners
 * referring to").
 * @internal
 */
import { shapedMention, type Mention } from '../../shape.js';
import { GERUND_OBJECT_VERBS, OBJECT_CONTROL_VERBS } from '../../../data/cues.js';
import type { Doc } from '../../../prepare/document.js';
import { maybeToken, tokenAt } from '../../../prepare/lookup.js';
import { skipAppositive } from '../appositive.js';
import { makeMention, nameText } from '../mention.js';
import { phraseStartBefore } from '../noun-phrase.js';
import { isPeopleKind, isSpeakingHead, kindOfHead, kindOfName } from '../../kinds.js';
import { isGerundSubjectObject } from '../gerund-object.js';
import { INFINITIVE_TAKING_NOUNS, SENDING_VERBS } from '../../../data/clauses.js';

/**
 * When the phrase at `np` is the object of a preposition that follows the
 * object of a verb ("held a briefing on Monday", "stopped me in the hall"),
 * the verb's token, not one of causing or asking (`OBJECT_CONTROL_VERBS`:
 * "urged voters in the town to say" is the voters'), nor before a pronoun
 * or a person ("pressure on her to say" is hers), nor after a noun that
 * takes the infinitive ({@link INFINITIVE_TAKING_NOUNS}); the phrase ends
 * before `end`; else -1.
 */
export function verbBeforeAdjunct(doc: Doc, np: number, end: number, floor: number): number {
  const prep = maybeToken(doc, np - 1);
  if (!prep || np - 2 <= floor || prep.pos !== 'ADP' || prep.lower === 'of' || !/^\p{Ll}/u.test(prep.value)) return -1;
  // (a pronoun or a person after the preposition is the one who is to speak: "put pressure on her to say", "on the nominee")
  if (tokenAt(doc, np).pos === 'PRON') return -1;
  const adjunct = makeMention(doc, np, end);
  if (adjunct && (adjunct.kind === 'name' ? kindOfName(adjunct.name) === 'person' : kindOfHead(tokenAt(doc, end - 1).lower) === 'person')) return -1;
  const object = phraseStartBefore(doc, np - 1, floor);
  const verb = maybeToken(doc, object - 1);
  if (object <= floor || !verb || verb.pos !== 'VERB' || !/^\p{Ll}/u.test(verb.value) || OBJECT_CONTROL_VERBS.has(verb.lemma)) return -1;
  // (nor a verb that sends its object on the errand: "sent a host to the harbor to ask voters ...")
  if (SENDING_VERBS.has(verb.lemma)) return -1;
  // (nor a noun that takes the infinitive itself: "opposed a request in the suit to question her")
  if (INFINITIVE_TAKING_NOUNS.has(tokenAt(doc, np - 2).lower)) return -1;
  return object - 1;
}

/** Most words before a participle inside an object, back to the verb of perceiving: "Tom Reyes's loyal". */
const MAX_PERCEIVED_MODIFIERS = 6;

/**
 * The whole object of a verb of perceiving ({@link isGerundSubjectObject})
 * when the phrase [start, end) before a gerund cue follows a participle in -ing
 * at `participle` that modifies its head ("negotiating partners"), with a
 * possessive, adjectives or adverbs before it: "we watch | Tom Reyes's loyal
 * negotiating | partners in Dover | referring to"; null when the words there
 * are no such object or its head names no people, body or plural.
 */
export function perceivedObject(doc: Doc, participle: number, start: number, end: number, floor: number): Mention | null {
  const p = tokenAt(doc, participle);
  if (p.pos !== 'VERB' || !/^\p{Ll}+ing$/u.test(p.value) || tokenAt(doc, start).pos !== 'NOUN') return null;
  let j = participle - 1;
  while (j > floor && j >= participle - MAX_PERCEIVED_MODIFIERS && /^(ADJ|ADV|PART|PROPN|DET)$/.test(tokenAt(doc, j).pos) && tokenAt(doc, j).sent === p.sent) j--;
  const verb = tokenAt(doc, j);
  if (j === participle - 1 || j <= floor || verb.pos !== 'VERB' || verb.sent !== p.sent || !GERUND_OBJECT_VERBS.has(verb.lemma)) return null;
  const mention: Mention = shapedMention({ first: j + 1, last: end, start: tokenAt(doc, j + 1).start, end: tokenAt(doc, end - 1).end, kind: 'description', titles: [], name: nameText(doc, tokenAt(doc, j + 1).start, tokenAt(doc, end - 1).end), head: start });
  // (a head of people or a body, or any plural: "partners", "rivals")
  const head = tokenAt(doc, start);
  return isSpeakingHead(head) || (head.lower !== head.lemma && /s$/.test(head.lower)) ? mention : null;
}

/**
 * The object of a verb of causing ({@link OBJECT_CONTROL_VERBS}) that ends before
 * "to" at `to`, when a comma-delimited aside follows a name in it ("prompted
 * Ann Lee, who leads the council, to state": the name), or is a name in
 * apposition to it ("led the firm, Calder Group, to say": the name; else a
 * description of people or a body: "led the firm, which is based in Ohio,
 * to say"), or when
 * it names its people by example ("led aides like Ann Lee to counter": the
 * whole phrase); null otherwise.
 */
export function controlledObject(doc: Doc, to: number, floor: number): Mention | null {
  let end = to;
  if (tokenAt(doc, to - 1).value === ',') {
    const open = skipAppositive(doc, to, floor);
    if (open >= to - 1 || tokenAt(doc, open).value !== ',') return null;
    end = open;
  }
  let np: number;
  let name: Mention | null = null;
  if (end === to) {
    // the people named by example: "aides like Ann Lee"
    let like = to - 2;
    while (like > floor && like >= to - 6 && tokenAt(doc, like).lower !== 'like') like--;
    if (like <= floor || tokenAt(doc, like).lower !== 'like' || makeMention(doc, like + 1, to)?.kind !== 'name') return null;
    np = phraseStartBefore(doc, like, floor);
    if (np <= floor || !isPeopleKind(kindOfHead(tokenAt(doc, like - 1).lower))) return null;
  } else {
    np = phraseStartBefore(doc, end, floor);
    name = np > floor ? makeMention(doc, np, end) : null;
    // (or a description with a name in apposition: "led the firm, Calder Group, to say")
    // (a description of people or a body stays the object otherwise: "led the firm, which is based in Ohio, to say")
    const described = name?.kind === 'description' ? name : null;
    // ("led critics, including Ann Lee, to say", "among them", "notably": a member named, no apposition; the description speaks)
    if (described && !/^(VERB|ADP|ADV|SCONJ|CCONJ)$/.test(tokenAt(doc, end + 1).pos)) name = makeMention(doc, end + 1, to - 1);
    if (name?.kind !== 'name') name = described && kindOfHead(tokenAt(doc, described.head ?? described.last - 1).lower) !== 'unknown' ? described : null;
    if (name === null) return null;
  }
  // (a participle the phrase took in: "leading aides like Ann Lee")
  if (tokenAt(doc, np).pos === 'VERB' && OBJECT_CONTROL_VERBS.has(tokenAt(doc, np).lemma) && np + 1 < end) np++;
  const verb = tokenAt(doc, np - 1);
  if (verb.pos !== 'VERB' || !OBJECT_CONTROL_VERBS.has(verb.lemma) || !/^\p{Ll}/u.test(verb.value)) return null;
  return name ?? makeMention(doc, np, to);
}
