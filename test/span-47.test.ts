/**
 * Speaker spans, second pass (issue 11, exact speaker): a description set
 * before the speaker's name joins the span when it opens its clause ("The
 * pier guild's treasurer, Ada Moss, said" credits "The pier guild's
 * treasurer, Ada Moss"). An appositive before the cue may open with a
 * possessive pronoun or "one of", hold a town and its state ("a baker from
 * Dover, Delaware,") and be followed by a time phrase before the cue; a
 * trailing appositive whose relative clause holds another attribution's cue
 * stops before the clause. The speaker's name stays the person. Speaker span,
 * name, cue and content; plus the shapes whose speaker keeps its old span.
 */
import { describeSpeakerSpans, r, type SpeakerTable } from './support/speaker-span-rows.js';

const widened: SpeakerTable = [
  ['a description opening the sentence before the cue', "The pier guild's treasurer, Ada Moss, said the levy would fail.", [
    r('the levy would fail', "The pier guild's treasurer, Ada Moss", 'Ada Moss', 'said'),
  ]],
  ['a description after an opening phrase and its comma', 'In a short note, his ferry pilot, Tom Vale, wrote that the dock had flooded.', [
    r('the dock had flooded', 'his ferry pilot, Tom Vale', 'Tom Vale', 'wrote'),
  ]],
  ['a description after a leading "but"', 'But the harbor clerk, Nell Arbor, said the boats were late.', [
    r('the boats were late', 'the harbor clerk, Nell Arbor', 'Nell Arbor', 'said'),
  ]],
  ['a description with a prepositional phrase', 'A former pilot for the ferry line, Tom Vale, said the pier was unsafe.', [
    r('the pier was unsafe', 'A former pilot for the ferry line, Tom Vale', 'Tom Vale', 'said'),
  ]],
  ['a description after a direct quote', '"The pier is unsafe," the guild\'s lawyer, Ada Moss, said on Monday.', [
    r('The pier is unsafe,', "the guild's lawyer, Ada Moss", 'Ada Moss', 'said'),
  ]],
  ['a description between a trailing cue and the name', '"We will open in May," said her oldest friend from school, Nell Arbor.', [
    r('We will open in May,', 'her oldest friend from school, Nell Arbor', 'Nell Arbor', 'said'),
  ]],
  ['an appositive opening with a possessive pronoun', 'Tom Vale, his ferry pilot, said the pier was unsafe.', [
    r('the pier was unsafe', 'Tom Vale, his ferry pilot', 'Tom Vale', 'said'),
  ]],
  ['an appositive opening with "one of"', 'Ada Moss, one of the guild founders, said the levy would fail.', [
    r('the levy would fail', 'Ada Moss, one of the guild founders', 'Ada Moss', 'said'),
  ]],
  ['a town and its state inside an appositive before the cue', 'Nell Arbor, a baker from Dover, Delaware, said the levy would fail.', [
    r('the levy would fail', 'Nell Arbor, a baker from Dover, Delaware', 'Nell Arbor', 'said'),
  ]],
  ['a town and a state abbreviation in a trailing appositive', '"We will open in May," said Nell Arbor, a baker from Dover, Del.', [
    r('We will open in May,', 'Nell Arbor, a baker from Dover, Del.', 'Nell Arbor', 'said'),
  ]],
  ['a time phrase between the appositive and the cue', 'Tom Vale, the guild treasurer, last week said the levy would fail.', [
    r('the levy would fail', 'Tom Vale, the guild treasurer', 'Tom Vale', 'said'),
  ]],
  ['a trailing appositive without the relative clause that holds a cue', '"The pier is unsafe," said Tom Vale, the guild treasurer, who added that the boats were late.', [
    r('The pier is unsafe,', 'Tom Vale, the guild treasurer', 'Tom Vale', 'said'),
    r('the boats were late', 'who', 'Tom Vale', 'added'),
  ]],
];

const kept: SpeakerTable = [
  ['a parenthetical cue after a fronted noun phrase', 'The new ferry, Tom Vale said, will run on Sundays.', [
    r('The new ferry will run on Sundays', 'Tom Vale', 'Tom Vale', 'said'),
  ]],
  ['an opening time phrase', 'Last week, Ada Moss said the levy would fail.', [
    r('the levy would fail', 'Ada Moss', 'Ada Moss', 'said'),
  ]],
  ['an opening prepositional phrase', 'In the harbor office, Ada Moss said the levy would fail.', [
    r('the levy would fail', 'Ada Moss', 'Ada Moss', 'said'),
  ]],
  ['an opening time phrase ending on a time noun', 'The next morning, Tom Vale, the ferry pilot, said the pier was unsafe.', [
    r('the pier was unsafe', 'Tom Vale, the ferry pilot', 'Tom Vale', 'said'),
  ]],
  ['a clause before the name', 'When the ferry sank, Tom Vale said the pier was unsafe.', [
    r('the pier was unsafe', 'Tom Vale', 'Tom Vale', 'said'),
  ]],
];

describeSpeakerSpans('span47: speaker spans widen over a leading description', widened);
describeSpeakerSpans('span47: speaker spans that keep their old extent', kept);
