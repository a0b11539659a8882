/**
 * Leftovers of stop 55 (lead55): a sentence-opening "which" before the
 * subject asks who spoke and opens no content ("Which one of them said ...");
 * "tomorrow" is a day word of a time phrase between a leading cue and its
 * quotation; a one-word quotation closed by its own sentence mark after a
 * broadcast is what was said, not a title; a nickname in quotation marks
 * opened by a lower-case "the" belongs to the name ('Bill "the Hammer"
 * Walters'); a preposition's phrase between a gerund subject and its verb
 * ("Sleeping before a long drive had ..."); a court word that modifies a noun
 * is no court; a headline-style "On" before a colon opens a topic ("Ada Quell
 * On the Vote:"). Exact parts, speaker mention and name, cue, rule and kind;
 * negatives that must keep their reading.
 */
import { describeNamedTables, named, type NamedRow } from './support/name-rows.js';

const fixes: [string, string, NamedRow[]][] = [
  ['a question word before "one of them"', 'Which one of them said the bridge would close?', [
    named(['the bridge would close'], 'one of them', 'one of them', 'said', 'reported/cue-clause'),
  ]],
  ['a question word before "one of" a noun', 'Which one of the aldermen said the bridge would close?', [
    named(['the bridge would close'], 'one of the aldermen', 'one of the aldermen', 'said', 'reported/cue-clause'),
  ]],
  ['"tomorrow" between a leading cue after a broadcast and its quotation', 'Ida Brant will say on her podcast tomorrow, "The bridge stays open."', [
    named(['The bridge stays open.'], 'Ida Brant', 'Ida Brant', 'will say', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['"tomorrow" right after a leading cue', 'Ida Brant will say tomorrow, "The bridge stays open."', [
    named(['The bridge stays open.'], 'Ida Brant', 'Ida Brant', 'will say', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['a one-word quotation after a broadcast', 'Ida Brant said on her radio show, "Goodbye."', [
    named(['Goodbye.'], 'Ida Brant', 'Ida Brant', 'said', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['a one-word exclamation after a broadcast', 'Ida Brant said on her radio show, "Never!"', [
    named(['Never!'], 'Ida Brant', 'Ida Brant', 'said', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['a nickname opened by a lower-case "the", after the cue', 'The dam was sound, said Olaf "the Mule" Brandt.', [
    named(['The dam was sound'], 'Olaf "the Mule" Brandt', 'Olaf Brandt', 'said', 'reported/content-cue-speaker'),
  ]],
  ['a nickname opened by a lower-case "the", before the cue', 'Olaf "the Mule" Brandt said the dam was sound.', [
    named(['the dam was sound'], 'Olaf "the Mule" Brandt', 'Olaf Brandt', 'said', 'reported/cue-clause'),
  ]],
  ['a court word that modifies the noun after it is no court', 'Dana Vole praised the clerks at her trial lawyer\'s office.', [
    named(['the clerks at her trial lawyer\'s office'], 'Dana Vole', 'Dana Vole', 'praised', 'reported/cue-object'),
  ]],
  ['a gerund subject with a preposition\'s phrase before its verb', 'Sleeping before a long drive had almost no effect, the Brell researchers said.', [
    named(['Sleeping before a long drive had almost no effect'], 'the Brell researchers', 'the Brell researchers', 'said', 'reported/content-speaker-cue'),
  ]],
  ['a gerund subject with a possessive after the preposition', 'Eating after his shift made no difference, the coach said.', [
    named(['Eating after his shift made no difference'], 'the coach', 'the coach', 'said', 'reported/content-speaker-cue'),
  ]],
  ['a headline-style "On" and its topic after a name before a colon', 'Ada Quell On the Vote: "We lost the count."', [
    named(['We lost the count.'], 'Ada Quell', 'Ada Quell', ':', 'direct/name-colon', 'direct'),
  ]],
  ['a surname named in full before, then "On" and its topic', 'Paul Hendry won. Hendry On the Result: "We played well."', [
    named(['We played well.'], 'Hendry', 'Paul Hendry', ':', 'direct/name-colon', 'direct'),
  ]],
];

const negatives: [string, string, NamedRow[]][] = [
  ['a relative "which" inside the sentence still opens the content', 'They built the dam, which Ada Quell said the town would pay for.', [
    named(['which', 'the town would pay for'], 'Ada Quell', 'Ada Quell', 'said', 'reported/cue-clause'),
  ]],
  ['a sentence-opening "which" before a pronoun is a relative word', 'Ada Quell left. Which she said was a mistake.', [
    named(['Which', 'was a mistake'], 'she', 'Ada Quell', 'said', 'reported/relative-cue'),
  ]],
  // (a pseudo-cleft with a clause after the copula reports the clause alone since lead58: reported/pseudo-cleft)
  ['a "what" cleft with a clause reports the clause', 'What one of them said was the bridge would close.', [
    named(['the bridge would close'], 'one of them', 'one of them', 'said', 'reported/pseudo-cleft'),
  ]],
  ['a "what" cleft with a noun phrase still opens the content', 'What one of them said was a mistake.', [
    named(['What', 'was a mistake'], 'one of them', 'one of them', 'said', 'reported/relative-cue'),
  ]],
  ['"tomorrow" inside the content stays there', 'Ida Brant said the vote is tomorrow.', [
    named(['the vote is tomorrow'], 'Ida Brant', 'Ida Brant', 'said', 'reported/cue-clause'),
  ]],
  ['a trial owned by a possessive still ends the object', 'Dana Vole praised the clerks at her trial.', [
    named(['the clerks'], 'Dana Vole', 'Dana Vole', 'praised', 'reported/cue-object'),
  ]],
  ['a named court still ends the object', 'Dana Vole denied the charges at Marlow Crown Court on Monday.', [
    named(['the charges'], 'Dana Vole', 'Dana Vole', 'denied', 'reported/cue-object'),
  ]],
  ['an introductory participle with a clause after "before" is no content', 'Speaking before the vote ended, the mayor said nothing.', []],
];

describeNamedTables('lead55: leftovers of stop 55', { fixes, negatives });
