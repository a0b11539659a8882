/**
 * Speaker spans (issue 11, exact speaker): the possessive owner of a noun cue
 * keeps its possessive mark ("Tom Vale's claim that ..." credits "Tom
 * Vale's"), and a name after its verb cue keeps the "of" phrase after it
 * ("said Ada Moss of the Pier Guild" credits "Ada Moss of the Pier Guild").
 * An appositive may hold a participle that describes its noun ("a
 * Dover-based pilot", "a pilot based in Dover"). The speaker's name stays the
 * person. Speaker span, name, cue and content; plus the shapes whose speaker
 * keeps its old span.
 */
import { describeSpeakerSpans, r, type SpeakerTable } from './support/speaker-span-rows.js';

const widened: SpeakerTable = [
  ['a named owner of a noun cue', "Tom Vale's claim that the ferry was late drew jeers.", [
    r('the ferry was late', "Tom Vale's", 'Tom Vale', 'claim'),
  ]],
  ['a titled owner', "Sen. Ada Moss's warning that the levy would fail came early.", [
    r('the levy would fail', "Sen. Ada Moss's", 'Ada Moss', 'warning'),
  ]],
  ['a curly possessive mark', 'Ada Moss\u2019s claim that the pier was unsafe was wrong.', [
    r('the pier was unsafe', 'Ada Moss\u2019s', 'Ada Moss', 'claim'),
  ]],
  ['a common-noun owner', "The guild's claim that the pier was unsafe was wrong.", [
    r('the pier was unsafe', "The guild's", 'The guild', 'claim'),
  ]],
  ['an "of" phrase after a trailing name', '"We will open in May," said Ada Moss of the Pier Guild.', [
    r('We will open in May,', 'Ada Moss of the Pier Guild', 'Ada Moss', 'said'),
  ]],
  ['an "of" phrase naming a place', 'The ferry will run again, said Sen. Tom Vale of Ohio.', [
    r('The ferry will run again', 'Sen. Tom Vale of Ohio', 'Tom Vale', 'said'),
  ]],
  ['an "of" phrase before another word', '"We will open in May," said Ada Moss of the Pier Guild on Monday.', [
    r('We will open in May,', 'Ada Moss of the Pier Guild', 'Ada Moss', 'said'),
  ]],
  ['a hyphened participle in a trailing appositive', '"We will open in May," said Ada Moss, a Dover-based ferry pilot.', [
    r('We will open in May,', 'Ada Moss, a Dover-based ferry pilot', 'Ada Moss', 'said'),
  ]],
  ['a present participle after a noun in a trailing appositive', '"The pier is unsafe," said Tom Vale, a harbor diving instructor.', [
    r('The pier is unsafe,', 'Tom Vale, a harbor diving instructor', 'Tom Vale', 'said'),
  ]],
  ['a past participle before a preposition in an appositive before the cue', 'Ada Moss, a ferry pilot based in Dover, said the pier was unsafe.', [
    r('the pier was unsafe', 'Ada Moss, a ferry pilot based in Dover', 'Ada Moss', 'said'),
  ]],
];

const kept: SpeakerTable = [
  ['a possessive pronoun', 'His claim that the ferry was late drew jeers.', [
    r('the ferry was late', 'His', 'His', 'claim'),
  ]],
  ['an "of" phrase before the cue is the speaker already', 'Ada Moss of the Pier Guild said the ferry was late.', [
    r('the ferry was late', 'Ada Moss of the Pier Guild', 'Ada Moss', 'said'),
  ]],
  ['"according to" a name', 'The pier is unsafe, according to Ada Moss of the Pier Guild.', [
    r('The pier is unsafe', 'Ada Moss of the Pier Guild', 'Ada Moss', 'according to'),
  ]],
  ['a verb of its own after the comma is no appositive', 'Disheartened, Tom Vale resigned, said Ada Moss.', [
    r('Disheartened, Tom Vale resigned', 'Ada Moss', 'Ada Moss', 'said'),
  ]],
  ['a possessive before a noun that is no cue gives nothing', "Tom Vale's boat sank off the pier of the Dover Guild.", []],
  ['a verb cue after a name (no possessive)', 'Tom Vale said the ferry was late.', [
    r('the ferry was late', 'Tom Vale', 'Tom Vale', 'said'),
  ]],
];

describeSpeakerSpans('speaker spans that widen', widened);
describeSpeakerSpans('speaker spans that stay', kept);
