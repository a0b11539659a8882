/**
 * What the phrase before a cue says of its speaker: the object of another verb or
 * clause, a name in apposition, a description and its owner.
 * @internal
 */
import { mentionWith, type Mention } from '../../shape.js';
import { CUE_VERBS, NOUN_TAGGED_RETORT_VERBS, ISSUING_VERBS, MEDIUM_HEADS, MEDIUM_PREPOSITIONS, PLACE_HEADS, TEXT_FINDING_VERBS, VERB_PARTICLES, SAYING_CATEGORIES } from '../../../data/cues.js';
import { ORGANIZATION_NOUNS } from '../../../data/people.js';
import type { Doc } from '../../../prepare/document.js';
import { maybeToken, tokenAt } from '../../../prepare/lookup.js';
import { personAfterTitledPost, withLeadingDescription } from '../appositive.js';
import { makeMention, nameText } from '../mention.js';
import { canSpeak } from '../can-speak.js';
import { possessiveConjunctAppositive } from '../possessive-conjunct.js';
import { kindOfName } from '../../kinds.js';
import { sentenceSubject } from '../subject.js';
import { participleSubject, quantifierParticipleSubject, relativeClauseSubject } from '../subject-modifiers.js';
import { isGerundSubjectObject } from '../gerund-object.js';
import { spenderSubject } from '../time-spent.js';
import { PASSIVE_AUXILIARIES } from '../../../data/clauses.js';
import { OBJECT_PRONOUNS, PLURAL_DEMONSTRATIVES } from '../../../data/pronouns.js';
import { appositiveOwner, parentheticalCue, barePlural } from './appositive-owner.js';
import { withMediumVerb } from './medium.js';
import { perceivedObject } from './object-speaker.js';
import type { SpeakerSearch } from '../search.js';
import type { PhraseSpan } from './phrase-span.js';
import { clauseIssuer } from './issuer.js';

/**
 * The speaker when the phrase `mention` of the span is the object of something else: of a relative clause's
 * verb ("Officials who spoke with The Post said"), of a participle ("People briefed on the talks said"), of a
 * verb before a bare participle (the verb's subject speaks: "His office released a statement saying"); undefined
 * when it is no such object.
 */
export function objectReading(doc: Doc, cueFirst: number, floor: number, span: PhraseSpan, mention: Mention | null, find: SpeakerSearch): Mention | null | undefined {
  const { start, end, appositive } = span;
  // "One pastor supporting Mr. Reyes, Darran Whitby of Grace Church, said": a name in apposition speaks,
  // whatever the description before it holds
  if (appositive?.kind === 'name' && mention) {
    const described = participleSubject(doc, start, end, floor) ?? relativeClauseSubject(doc, start, floor);
    if (described?.kind === 'description' && described.first < start) return mentionWith(appositive, { first: described.first, start: described.start, description: doc.text.slice(described.start, mention.end) });
  }
  // "Officials who spoke with The Post said": the phrase is the object inside a relative clause
  const relative = relativeClauseSubject(doc, start, floor);
  if (relative) return relative;
  // "People briefed on the talks said", "Republicans supporting the bill say": the phrase is the object of a participle
  // ("The firm responded with a statement saying": a verb and a medium after "with", no participle and its object)
  const withMedium = withMediumVerb(doc, cueFirst, start, end, floor);
  const participle = withMedium < 0 ? participleSubject(doc, start, end, floor) : null;
  if (participle) return participle;
  // "several included on it told": a quantifier standing alone for people before a participle and its preposition
  const quantified = withMedium < 0 ? quantifierParticipleSubject(doc, start, end, floor) : null;
  if (quantified) return quantified;
  // "His office released a statement saying ...": the issuer speaks; the statement is the medium
  // a verb with its particle: "sent out a press release saying"
  // (an amount's currency sign and its determiner stand before the phrase: "filed a $40 million lawsuit alleging")
  let lead = start;
  if (lead - 1 > floor && /^[$€£]$/.test(tokenAt(doc, lead - 1).value)) lead -= maybeToken(doc, lead - 2)?.pos === 'DET' ? 2 : 1;
  let verbAt = withMedium >= 0 ? withMedium : VERB_PARTICLES.has(maybeToken(doc, lead - 1)?.lower ?? '') ? lead - 2 : lead - 1;
  // and the medium after "in" or "on": "Thiel wrote in a statement explaining", "Lee shot back in an article stating",
  // "Reyes put it in a memo explaining", "Lee was on the radio talking about": after another verb, a medium's
  // head, or any phrase after a verb of saying or writing ("He believed in a man claiming ..." is the man's)
  const afterMediumPreposition = MEDIUM_PREPOSITIONS.has(maybeToken(doc, start - 1)?.lower ?? '') && maybeToken(doc, start - 1)?.pos === 'ADP';
  if (afterMediumPreposition) {
    let v = start - 2;
    if (maybeToken(doc, v)?.lower === 'it') v--;
    const particle = VERB_PARTICLES.has(maybeToken(doc, v)?.lower ?? '');
    if (particle) v--;
    const t = maybeToken(doc, v);
    // ("Lee shot back in a column saying": a verb of retort the tagger read as a noun before its particle)
    const retort = particle && t !== undefined && t.pos === 'NOUN' && NOUN_TAGGED_RETORT_VERBS.has(t.value) && v > floor && tokenAt(doc, v - 1).sent === t.sent;
    let head = start;
    while (head + 1 < end && maybeToken(doc, head + 1)!.pos !== 'ADP') head++;
    // (a verb of saying or writing only with the head right before the cue: "spoke on a panel with a man claiming" is the man's)
    const saying = t !== undefined && SAYING_CATEGORIES.has(CUE_VERBS.get(t.lemma) ?? '') && head === end - 1;
    const be = t !== undefined && t.pos === 'AUX' && t.lemma === 'be';
    // (after a form of "be" or a passive any place or station: "was on WKRP talking about", "got trapped in a
    // bind trying to explain", "was caught on a bus telling"; not a town or a hall: "was raised in a town claiming")
    const passive = t !== undefined && t.pos === 'VERB' && PASSIVE_AUXILIARIES.has(maybeToken(doc, v - 1)?.lemma ?? '') && !PLACE_HEADS.has(maybeToken(doc, head)!.lower);
    const medium = MEDIUM_HEADS.has(maybeToken(doc, head)!.lower) || be || passive;
    if (t !== undefined && (t.pos === 'VERB' || be || retort) && (medium || saying || retort)) verbAt = v;
  }
  // "Lee spent much of her speech praising the plan": the one who spends the time or the speech speaks
  const spender = mention && mention.kind !== 'pronoun' ? spenderSubject(doc, start, cueFirst, floor, find) : null;
  if (spender) return spender;
  const verb = maybeToken(doc, verbAt);
  // (a form of "be" only before the medium: "was on the radio talking")
  const beforeMedium = verbAt < start - 1 && afterMediumPreposition && (verb?.pos === 'AUX' || (verb?.pos === 'NOUN' && NOUN_TAGGED_RETORT_VERBS.has(verb.value)));
  // "we watch Tom Reyes's loyal negotiating partners in Dover referring to": a participle inside the object before
  // its head, after a verb of perceiving; the people of the whole object speak
  const perceived = verb !== undefined && verbAt === start - 1 && /ing$/.test(maybeToken(doc, cueFirst)?.lower ?? '') ? perceivedObject(doc, verbAt, start, end, floor) : null;
  if (perceived) return perceived;
  // likewise any object of a verb before a bare participle: "The senator emailed supporters saying: ..."
  // (but "left many voters wondering", "heard the governor saying": after a verb of perceiving or leaving in a
  // state, the people in the object speak)
  if (mention && mention.kind !== 'pronoun' && verb !== undefined && (verb.pos === 'VERB' || beforeMedium) &&
    /ing$/.test(maybeToken(doc, cueFirst)?.lower ?? '') && verbAt > floor && !(verbAt === start - 1 && isGerundSubjectObject(doc, mention))) {
    // (not the finder of a text: "The hikers found a note saying ...", "She received a letter claiming ...": the text says it)
    if (verb.pos === 'VERB' && TEXT_FINDING_VERBS.has(verb.lemma) && verbAt === lead - 1) return mention;
    // (a verb of issuing: the subject of its own clause, "Lee cited the agency, which issued a report saying")
    const issuer = verb.pos === 'VERB' && ISSUING_VERBS.has(verb.lemma) ? clauseIssuer(doc, verbAt, floor, find) : sentenceSubject(doc, doc.sentences[verb.sent]!.first, verbAt + 1);
    if (issuer) return issuer;
  }
  return undefined;
}

/**
 * The speaker the phrase `mention` of the span gives with its appositive: the name in apposition ("The firm
 * hired by the council, Calder & Moss, said"), the person a description belongs to ("Ann Lee, the governor,
 * said"), the phrase itself; null when it cannot speak.
 */
export function phraseReading(doc: Doc, cueFirst: number, floor: number, span: PhraseSpan, mention: Mention | null): Mention | null {
  const { start, end, appositive, modifierEnd } = span;
  // "The firm hired by the council, Calder & Moss, said": the name in the appositive is the speaker
  if (mention && mention.kind === 'description' && appositive?.kind === 'name') {
    // unless the description ends in an organisation that the name names and is itself in apposition to a
    // person: "Ivo Marchetti, editor of the city's oldest newspaper, La Voce, said" is Ivo Marchetti
    const owner = ORGANIZATION_NOUNS.has(tokenAt(doc, end - 1).lower) && kindOfName(appositive.name) !== 'place' ? appositiveOwner(doc, mention, floor, true) : null;
    if (owner !== null && kindOfName(owner.name) === 'person') return mentionWith(owner, { description: doc.text.slice(mention.start, appositive.end) });
    // "Ann Ruiz and her husband, Tom Ruiz, said": both speak
    const pair = possessiveConjunctAppositive(doc, mention, appositive, makeMention);
    if (pair !== null) return pair;
    // when the description opens the sentence ("Her rival, Tom Park, warned"), the mention covers both: it is no quotation
    const opens = maybeToken(doc, start - 1) === undefined || tokenAt(doc, start - 1).sent !== tokenAt(doc, start).sent;
    return opens ? mentionWith(appositive, { first: start, start: tokenAt(doc, start).start, description: mention.name }) : mentionWith(appositive, { description: mention.name });
  }
  if (!mention || !canSpeak(doc, mention)) return null;
  // "him", "them": an object pronoun is never the subject of the cue
  // ("those with him concede", "those near her say": it ends the description that is)
  const those = mention.kind === 'pronoun' && start - 2 >= floor && tokenAt(doc, start - 1).pos === 'ADP' && PLURAL_DEMONSTRATIVES.has(tokenAt(doc, start - 2).lower);
  if (those && (OBJECT_PRONOUNS.has(mention.name.toLowerCase()) || mention.name.toLowerCase() === 'her')) return makeMention(doc, start - 2, end);
  if (mention.kind === 'pronoun' && OBJECT_PRONOUNS.has(mention.name.toLowerCase())) return null;
  // "Tom Reyes, whose aides say": the people owned speak, not their owner (news marks "whose aides" as the source)
  if (mention.kind === 'description' && tokenAt(doc, mention.first).lower === 'whose') return mention.last - mention.first > 1 ? mention : null;
  // "Mike Shields, president of the fund, a super PAC ..., said": the description is itself an appositive of a name
  // ('Clinton, a top aide said, "was never told."': not when the cue is set off by a comma before a verb that has no
  // subject of its own; the name is that verb's subject, the description speaks)
  // (not a bare plural: "the capital, Dover, officials said" is the officials')
  if (mention.kind === 'description' && !parentheticalCue(doc, cueFirst, mention) && !barePlural(doc, mention)) {
    const owner = appositiveOwner(doc, mention, floor, true);
    if (owner) return owner;
  }
  // "The Parliamentary Budget Officer, Martin Lacasse, said": a post in title case before a person's name
  const post = appositive !== null && mention.kind === 'name' ? personAfterTitledPost(doc, mention, appositive) : null;
  if (post !== null) return post;
  // "Ann Lee, the governor, said": the description belongs to the person
  if (mention.kind === 'name' && appositive?.kind === 'description') return mentionWith(mention, { description: appositive.name });
  // "Her rival, Tom Park, warned": a description opening the sentence belongs to the name, it is no quotation
  if (mention.kind === 'name') return withLeadingDescription(doc, mention, floor) ?? mention;
  // "the order released Friday said": the participle and its time phrase describe the text
  if (mention.kind === 'description' && modifierEnd > mention.last && mention.last === end) {
    const to = tokenAt(doc, modifierEnd - 1).end;
    return mentionWith(mention, { last: modifierEnd, end: to, name: nameText(doc, mention.start, to), head: mention.head ?? mention.last - 1 });
  }
  return mention;
}
