/**
 * Short reported clauses before a trailing attribution (fix94): a two-word clause, a subject and its finite verb
 * ("He resigned, his spokesman said."), and a clause whose verb the tagger read as a noun between a determiner's
 * noun and an adverb in -ly ("The fire spread quickly, firefighters said."), with a listener and adjuncts after
 * the cue too. Neither shape occurs on PolNeAR train or dev (the snapshot of all 924 documents is unchanged), so
 * each is kept narrow: a lone word or an interjection before ", he said." ("Thanks", "Yes", "Okay, fine") is no
 * clause and gives nothing, nor does a bare verb of saying ("He said, she said.") or a noun phrase that ends in a
 * focus adverb. Invented sentences only.
 */
import { describeNamedTables, named, type NamedCase } from './support/name-rows.js';

/** The two shapes. */
const fixes: NamedCase[] = [
  ['two words: pronoun and verb', 'He resigned, his spokesman said.', [
    named(['He resigned'], 'his spokesman', 'his spokesman', 'said', 'reported/content-speaker-cue'),
  ]],
  ['two words: pronoun and verb, plural speaker', 'She won, her aides said.', [
    named(['She won'], 'her aides', 'her aides', 'said', 'reported/content-speaker-cue'),
  ]],
  ['two words: name and verb, a listener after the cue', 'Lee won, Hale told reporters.', [
    named(['Lee won'], 'Hale', 'Hale', 'told', 'reported/content-speaker-cue'),
  ]],
  ['two words: noun and verb, inverted speaker', 'Prices rose, said analysts at the bank.', [
    named(['Prices rose'], 'analysts at the bank', 'analysts at the bank', 'said', 'reported/content-cue-speaker'),
  ]],
  ['two words: a cue verb with no words of its own but "say"', 'He agreed, Ana Ruiz said.', [
    named(['He agreed'], 'Ana Ruiz', 'Ana Ruiz', 'said', 'reported/content-speaker-cue'),
  ]],
  ['misread verb: "spread" before "quickly"', 'The fire spread quickly, firefighters said.', [
    named(['The fire spread quickly'], 'firefighters', 'firefighters', 'said', 'reported/content-speaker-cue'),
  ]],
  ['misread verb: a listener and adjuncts after the cue', 'The fire spread quickly, firefighters told reporters at the scene on Sunday.', [
    named(['The fire spread quickly'], 'firefighters', 'firefighters', 'told', 'reported/content-speaker-cue'),
  ]],
  ['misread verb: a phrase after the adverb', 'The virus spread rapidly through the camp, doctors said.', [
    named(['The virus spread rapidly through the camp'], 'doctors', 'doctors', 'said', 'reported/content-speaker-cue'),
  ]],
];

/** What worked before and still does. */
const negatives: NamedCase[] = [
  ['keep: "cost" before "nearly" and a figure', 'The deal cost nearly $2 billion, officials said.', [
    named(['The deal cost nearly $2 billion'], 'officials', 'officials', 'said', 'reported/content-speaker-cue'),
  ]],
  ['keep: a longer clause', 'He resigned last week, his spokesman said.', [
    named(['He resigned last week'], 'his spokesman', 'his spokesman', 'said', 'reported/content-speaker-cue'),
  ]],
  ['keep: a verb the tagger reads as one', 'The fire grew quickly, firefighters told reporters at the scene on Sunday.', [
    named(['The fire grew quickly'], 'firefighters', 'firefighters', 'told', 'reported/content-speaker-cue'),
  ]],
];

/** No clause before the attribution: nothing is reported. */
const nothing: [string, string][] = [
  ['a lone word of thanks', 'Thanks, he said.'],
  ['a lone "yes"', 'Yes, she said.'],
  ['interjections', 'Okay, fine, he said.'],
  ['a verb and its object, no subject', 'Thank you, he said.'],
  ['a bare verb of saying', 'He said, she said.'],
  ['a participle', 'Smiling, he said.'],
  ['a noun phrase ending in a focus adverb', 'The interest rate only, he said.'],
  ['a person noun before the adverb', 'The company spokesman personally, he said.'],
  ['the misread verb with no attribution', 'The fire spread quickly.'],
];

describeNamedTables('fix94: short reported clauses before a trailing attribution', { fixes, nothing, negatives });
