/**
 * Leads left by earlier stops (lead66), each pinned with the exact quotes it
 * gives now, and negatives that must keep their reading:
 * - a quoted nickname after a naming participle inside a subject ('The hacker
 *   known as "Ghost" said ...', 'A man nicknamed "Ghost" told ...') stays in
 *   the subject: the speaker was not found, and the clause was dropped.
 * - a time phrase right after a cue whose object holds quoted words ('The
 *   mayor called on Monday for "calm."') is neither the cue's particle
 *   ("called on") nor what was said ("Monday for ..."); the particle after it
 *   ("for") goes with the cue, not the content.
 * Sentences and names are invented.
 */
import { describeNamedTables, named } from './support/name-rows.js';

describeNamedTables('lead66: a quoted nickname inside a subject', {
  fixes: [
    ['"known as"', 'The hacker known as "Ghost" said the files were fake.', [
      named(['the files were fake'], 'The hacker', 'The hacker', 'said', 'reported/cue-clause'),
    ]],
    ['"nicknamed"', 'A smuggler nicknamed "The Eel" told the court the boats were empty.', [
      named(['the boats were empty'], 'A smuggler', 'A smuggler', 'told', 'reported/cue-clause'),
    ]],
    ['"called", curly marks', 'A news site called “The Harbour Line” said the ferry had sunk.', [
      named(['the ferry had sunk'], 'A news site', 'A news site', 'said', 'reported/cue-clause'),
    ]],
  ],
  negatives: [
    ['a nickname set off by commas keeps the appositive reading', 'Ivo Brandt, a hacker known as "Pilot," said the files were fake.', [
      named(['the files were fake'], 'Ivo Brandt', 'Ivo Brandt', 'said', 'reported/cue-clause'),
    ]],
    ['a lowercase quoted word is no nickname', 'The hacker known as "the kid" said the files were fake.', []],
    ['"called" with an object is the cue of a quoted object', 'The senator called "Ghost" a liar.', [
      named(['"Ghost" a liar'], 'The senator', 'The senator', 'called', 'reported/cue-quoted-object', 'mixed'),
    ]],
  ],
});

describeNamedTables('lead66: a time phrase between a cue and its quoted object', {
  fixes: [
    ['"on Monday" before "for"', 'The mayor called on Monday for "calm."', [
      named(['calm.'], 'The mayor', 'The mayor', 'called', 'reported/cue-quoted-object', 'direct'),
    ]],
    ['a bare day before "for"', 'The mayor called Monday for calm and "restraint" in the port.', [
      named(['calm and "restraint" in the port'], 'The mayor', 'The mayor', 'called', 'reported/cue-quoted-object', 'mixed'),
    ]],
    ['"on Friday" before the object', 'She described on Friday the plan as "a mess."', [
      named(['the plan as "a mess."'], 'She', 'She', 'described', 'reported/cue-quoted-object', 'mixed'),
    ]],
    ['a year before "about"', 'He talked in 2019 about "winning."', [
      named(['winning.'], 'He', 'He', 'talked', 'reported/cue-quoted-object', 'direct'),
    ]],
  ],
  negatives: [
    ['"called on" people keeps its particle', 'The mayor called on voters to show "calm."', [
      named(['voters to show "calm."'], 'The mayor', 'The mayor', 'called on', 'reported/cue-quoted-object', 'mixed'),
    ]],
    ['"a march" is no month', 'He was seen speaking during a march with Lee about a "hard stand."', [
      named(['a march with Lee about a "hard stand."'], 'He', 'He', 'was seen speaking during', 'reported/cue-quoted-object', 'mixed'),
    ]],
    ['"at the time as" keeps "as" (reported/cue-quoted-object before)', 'It was an honour she described at the time as "very nice."', [
      named(['as "very nice."'], 'she', 'she', 'described', 'reported/cue-quoted-object', 'mixed'),
    ]],
  ],
});

describeNamedTables('lead66: a double surname after a full name with an honorific', {
  fixes: [
    ['"Dr." before a given name no list knows', 'Dr. Nadia Ruiz Varga said the clinic would close. "We have no choice," Ruiz Varga added.', [
      named(['the clinic would close'], 'Dr. Nadia Ruiz Varga', 'Nadia Ruiz Varga', 'said', 'reported/cue-clause'),
      named(['We have no choice,'], 'Ruiz Varga', 'Nadia Ruiz Varga', 'added', 'direct/trailing-speaker-cue', 'direct'),
    ]],
    ['"Prof." in a later paragraph', 'Prof. Ilse Marin Torvald said the dig would resume.\n\nMarin Torvald said the finds were rare.', [
      named(['the dig would resume'], 'Prof. Ilse Marin Torvald', 'Ilse Marin Torvald', 'said', 'reported/cue-clause'),
      named(['the finds were rare'], 'Marin Torvald', 'Ilse Marin Torvald', 'said', 'reported/cue-clause'),
    ]],
  ],
  negatives: [
    ['"Miss" of a pageant gives no given name', 'Miss Universe Alicia Machado said she was hurt.\n\nAlicia Machado said the remarks were cruel.', [
      named(['she was hurt'], 'Miss Universe Alicia Machado', 'Universe Alicia Machado', 'said', 'reported/cue-clause'),
      named(['the remarks were cruel'], 'Alicia Machado', 'Alicia Machado', 'said', 'reported/cue-clause'),
    ]],
  ],
});

describeNamedTables('lead66: headings in capitals and time stamps open no turn', {
  fixes: [
    ['a zone\'s letters before a lower-case word are the line\'s first word', 'Live updates from the hospital.\n\n09:15 CT scans show no bleeding, doctors say.\n\n09:40 The ward has reopened.', [
      named(['CT scans show no bleeding'], 'doctors', 'doctors', 'say', 'reported/content-speaker-cue'),
    ]],
  ],
  nothing: [
    ['a label and a heading in capitals', 'PRESIDENT ORIEL VANCE: REMARKS AT THE HARBOUR\n\nThank you all for coming. We will rebuild the pier.'],
    ['a section label in capitals', 'TRANSFER TALK: Rovers agree fee for striker\n\nThe fee is the highest the club has paid.'],
  ],
  negatives: [
    ['a zone before a capitalised word stays in the stamp', 'Live updates.\n\n16:30 GMT Tom Brandt said the ward was full.', [
      named(['the ward was full'], 'Tom Brandt', 'Tom Brandt', 'said', 'reported/cue-clause'),
    ]],
    ['a turn under a label in capitals still speaks', 'PRESIDENT ORIEL VANCE: Thank you all for coming. We will rebuild the pier.', [
      named(['Thank you all for coming. We will rebuild the pier'], 'PRESIDENT ORIEL VANCE', 'ORIEL VANCE', ':', 'reported/transcript'),
    ]],
  ],
});
