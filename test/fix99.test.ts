/**
 * Leftovers of the last review (fix99). A quotation opened in a hard-wrapped line before the last one of its paragraph
 * is still open where the next line opens with a quotation mark, so that line continues it in a paragraph of its own
 * (the previous line alone was read before). A verb in -s the tagger read as a noun after an inserted attribution goes on
 * with the report before a bare singular noun or an adverb too ("The plan, said experts, costs money"). A list set out
 * in lines after a colon attribution gives one part per item, without the bullets (rule reported/cue-colon-list).
 * Nested single quotes and gestures between quotations keep one quote and one speaker. Invented sentences only.
 */
import { describeNamedTables, named, type NamedCase } from './support/name-rows.js';

/** The fixes. */
const fixes: NamedCase[] = [
  ['continued: wrapped line before a leading attribution\'s next paragraph', 'Mayor Ann Lorca said: "We will hold the line\nalong the river.\n"We will not move.\n"Nobody will."', [
    named(['We will hold the line\nalong the river.', 'We will not move.', 'Nobody will.'], 'Mayor Ann Lorca', 'Ann Lorca', 'said', 'direct/leading-speaker-cue', 'direct'),
  ]],
  ['continued: wrapped line before a trailing attribution', '"We will hold the line\nalong the river.\n"We will not move," said Mayor Ann Lorca.', [
    named(['We will hold the line\nalong the river.', 'We will not move,'], 'Mayor Ann Lorca', 'Ann Lorca', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['misread verb: "costs money" after an inverted speaker', 'The plan, said experts, costs money.', [
    named(['The plan', 'costs money'], 'experts', 'experts', 'said', 'reported/content-cue-speaker'),
  ]],
  ['misread verb: "costs us dearly" after an inverted speaker', 'The plan, said the mayor, costs us dearly.', [
    named(['The plan', 'costs us dearly'], 'the mayor', 'the mayor', 'said', 'reported/content-cue-speaker'),
  ]],
  ['misread verb: "costs money" after an aside', 'The plan, she said, costs money.', [
    named(['The plan', 'costs money'], 'she', 'she', 'said', 'reported/content-speaker-cue'),
  ]],
  ['misread verb: "costs too much" after an aside', 'The plan, she said, costs too much.', [
    named(['The plan', 'costs too much'], 'she', 'she', 'said', 'reported/content-speaker-cue'),
  ]],
  ['list: hyphens after a colon attribution, one part per line', 'Officials said:\n- the bridge will close in May;\n- buses will replace the ferry.', [
    named(['the bridge will close in May', 'buses will replace the ferry'], 'Officials', 'Officials', 'said', 'reported/cue-colon-list'),
  ]],
  ['list: bullets, the list ends at a line without one', 'The port authority announced:\n\u2022 the quay will shut at night;\n\u2022 fishing boats will moor at the north pier.\nThe council met on Monday.', [
    named(['the quay will shut at night', 'fishing boats will moor at the north pier'], 'The port authority', 'The port authority', 'announced', 'reported/cue-colon-list'),
  ]],
];

/** What the fixes leave as it was. */
const negatives: NamedCase[] = [
  ['keep: three paragraphs of one quotation, blank lines between', '"We will hold the line.\n\n"We will not move.\n\n"Nobody will," said Mayor Ann Lorca.', [
    named(['We will hold the line.', 'We will not move.', 'Nobody will,'], 'Mayor Ann Lorca', 'Ann Lorca', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['keep: three lines of one quotation, single line breaks', '"We will hold the line.\n"We will not move.\n"Nobody will," said Mayor Ann Lorca.', [
    named(['We will hold the line.', 'We will not move.', 'Nobody will,'], 'Mayor Ann Lorca', 'Ann Lorca', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['keep: a quotation closed in a wrapped line is no continuation', '"We will hold the line," said Mayor Ann Lorca, "along\nthe river." Her deputy nodded.\n"Nobody will move," said Tom Arvo.', [
    named(['We will hold the line,', 'along\nthe river.'], 'Mayor Ann Lorca', 'Ann Lorca', 'said', 'direct/trailing-cue-speaker', 'direct'),
    named(['Nobody will move,'], 'Tom Arvo', 'Tom Arvo', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['keep: a title with a noun in -s in the inverted speaker\'s appositive', 'The plan, said Ann Lee, sports director at the club, is bold.', [
    named(['The plan', 'is bold'], 'Ann Lee, sports director at the club', 'Ann Lee', 'said', 'reported/content-cue-speaker'),
  ]],
  ['keep: a fronted phrase, no bare subject', 'In the end, she said, costs rose.', [
    named(['In the end', 'costs rose'], 'she', 'she', 'said', 'reported/parenthetical-cue'),
  ]],
  ['keep: a list ends at another bullet', 'Officials said:\n- the bridge will close in May;\n* buses will replace the ferry.', [
    named(['the bridge will close in May'], 'Officials', 'Officials', 'said', 'reported/cue-colon-list'),
  ]],
  ['keep: a colon and a clause on one line', 'Officials said: the bridge will close in May; buses will replace the ferry.', [
    named(['the bridge will close in May; buses will replace the ferry'], 'Officials', 'Officials', 'said', 'reported/cue-colon'),
  ]],
  ['keep: a single-quoted quotation inside a double-quoted one is no quote of its own', '"He told me, \'Go home,\' and left," she said.', [
    named(["He told me, 'Go home,' and left,"], 'she', 'she', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['keep: single-quoted words in both parts of one speaker', '"She said \'no\' twice," Lee said. "Then she said \'never.\'"', [
    named(['She said \'no\' twice,', "Then she said 'never.'"], 'Lee', 'Lee', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['keep: a gesture after the attribution, one speaker for both quotations', '"No," Lee said, shaking his head. "Never."', [
    named(['No,', 'Never.'], 'Lee', 'Lee', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['keep: an action after the attribution, one speaker for both quotations', '"No," Lee said, and walked out. "Never."', [
    named(['No,', 'Never.'], 'Lee', 'Lee', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

/** Inputs that report nothing. */
const nothing: [string, string][] = [
  ['a list after a lead-in with no cue', 'Here are the facts:\n- the bridge will close in May;\n- buses will replace the ferry.'],
  ['a list after a bare cue with no subject', 'Said:\n- the bridge will close in May.'],
];

describeNamedTables('fix99: leftovers of the last review', { fixes, negatives, nothing });
