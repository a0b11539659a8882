/**
 * Speaker names and cues of stop 52's open bugs (names52): a sentence-opening
 * word the tagger reads as a common noun is no person "he" or "she" stands
 * for ("Rain fell ..."); a verb of saying before a participle of manner is the
 * cue ("said, beaming:"); "cost" after a subject noun is a verb ("the bill
 * cost too much"); "Will" after a title or "said" is a first name ("Dr. Will
 * Long"); "put it" takes a phrase of the medium ("as Mr. Grant put it in an
 * interview"); a transcript's turns on one line are quotes of their own.
 * Exact parts, speaker mention and name, cue, rule and kind; negatives that
 * must keep their reading.
 */
import { describeNamedTables, named, type NamedRow } from './support/name-rows.js';

const fixes: [string, string, NamedRow[]][] = [
  ['"he" after an opening common noun the tagger reads as a noun', 'Rain fell on the parade route. "We kept going," he said.', [
    named(['We kept going,'], 'he', 'he', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a verb of saying before a participle of manner is the cue', 'Orrin Tavel said, beaming: "We did it."', [
    named(['We did it.'], 'Orrin Tavel', 'Orrin Tavel', 'said', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['"laughing" after "said," too', 'Orrin Tavel said, laughing: "We did it."', [
    named(['We did it.'], 'Orrin Tavel', 'Orrin Tavel', 'said', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['"cost" after a subject noun and before an adverb is a verb', 'Lee said the bill cost too much.', [
    named(['the bill cost too much'], 'Lee', 'Lee', 'said', 'reported/cue-clause'),
  ]],
  ['"cost" before a sum', 'Lee said the repairs cost $5 million.', [
    named(['the repairs cost $5 million'], 'Lee', 'Lee', 'said', 'reported/cue-clause'),
  ]],
  ['"Will" after a title is a first name', 'Dr. Will Long said the plan was sound.', [
    named(['the plan was sound'], 'Dr. Will Long', 'Will Long', 'said', 'reported/cue-clause'),
  ]],
  ['"Will" after "said" is a first name', 'The plan is sound, said Will Long, a spokesman.', [
    named(['The plan is sound'], 'Will Long, a spokesman', 'Will Long', 'said', 'reported/content-cue-speaker'),
  ]],
  ['"he" after "Mayor Will Hale" is Will Hale', 'Mayor Will Hale said the plan was sound. "It works," he said.', [
    named(['the plan was sound'], 'Mayor Will Hale', 'Will Hale', 'said', 'reported/cue-clause'),
    named(['It works,'], 'he', 'Will Hale', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"put it" with a phrase of the medium after it', '"It was a mistake," as Mr. Grant put it in an interview.', [
    named(['It was a mistake,'], 'Mr. Grant', 'Grant', 'put it', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"put it" with a medium and a day before the quotation', 'It was, as Mr. Grant put it in a statement on Friday, "a mistake."', [
    named(['a mistake.'], 'Mr. Grant', 'Grant', 'put it', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['a transcript\'s two turns on one line', 'SMITH: We will win. JONES: You will not.', [
    named(['We will win'], 'SMITH', 'SMITH', ':', 'reported/transcript'),
    named(['You will not'], 'JONES', 'JONES', ':', 'reported/transcript'),
  ]],
  ['three turns on one line', 'SMITH: We will win. JONES: You will not. SMITH: We will see about that.', [
    named(['We will win'], 'SMITH', 'SMITH', ':', 'reported/transcript'),
    named(['You will not'], 'JONES', 'JONES', ':', 'reported/transcript'),
    named(['We will see about that'], 'SMITH', 'SMITH', ':', 'reported/transcript'),
  ]],
];

const negatives: [string, string, NamedRow[]][] = [
  ['an opening surname before its verb still stands for "he"', 'Carson defied the question. "It was unsafe," he said.', [
    named(['It was unsafe,'], 'he', 'Carson', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['"adding" after "said," is a cue of its own', '"We lost," Ada Brook said, adding: "We will be back."', [
    named(['We lost,'], 'Ada Brook', 'Ada Brook', 'said', 'direct/trailing-speaker-cue', 'direct'),
    named(['We will be back.'], 'Ada Brook', 'Ada Brook', 'adding', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['"cost" before a verb stays a noun', 'Lee said the labor cost was high.', [
    named(['the labor cost was high'], 'Lee', 'Lee', 'said', 'reported/cue-clause'),
  ]],
  ['a modal "will" in lower case stays one', 'The senator will vote on the bill, Hale said.', [
    named(['The senator will vote on the bill'], 'Hale', 'Hale', 'said', 'reported/content-speaker-cue'),
  ]],
  ['a headline\'s "Will" in title case is no name', 'Senate Will Vote On Bill', []],
  ['"put it in the box" is no cue', 'As Grant put it in the box, the plan failed.', []],
  ['a capitalised word after a turn\'s sentence with no colon opens no turn', 'SMITH: We will win. NATO troops left the town.', [
    named(['We will win. NATO troops left the town'], 'SMITH', 'SMITH', ':', 'reported/transcript'),
  ]],
];

describeNamedTables('names52: speaker names and cues of the open bugs', { fixes, negatives });
