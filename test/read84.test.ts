/**
 * Review read84 of stop 66's merges. Three bug fixes, each with the rows that would fail without it:
 * a reported content that opens with the dash (or colon) before a quotation attributed on its own is dropped,
 * not left overlapping the quotation (`The mayor spoke — "It is over," she said.` gave "spoke" the content
 * `— "It is over,"`); and the name a first interview question addresses must be followed, after its comma, by a
 * question word or an auxiliary and be no title alone ("Thanks, Mayor. Why ...?", "Washington, as you know, ...",
 * "Mr. President, why ...?" address no one); and a line of a quotation mark alone after a line that leaves a
 * quotation open is the closing mark wrapped, not a continued quotation (it took the rest of the text). Invented
 * sentences only.
 */
import { describeNamedTables, named, type NamedCase } from './support/name-rows.js';

/** The two fixes. */
const fixes: NamedCase[] = [
  ['fix: a content that is only the dash and the quotation after it', 'The mayor spoke — "It is over," she said.', [
    named(['It is over,'], 'she', 'she', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['fix: a content that is only the colon and the quotation after it', 'The mayor spoke: "It is over," she said.', [
    named(['It is over,'], 'she', 'she', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['fix: "Thanks, Mayor." addresses no one', 'Q: Thanks, Mayor. Why did you veto the bill?\nA: It cost too much.', [
    named(['Thanks, Mayor. Why did you veto the bill'], 'Q', 'Q', ':', 'reported/interview'),
    named(['It cost too much'], null, null, ':', 'reported/interview'),
  ]],
  ['fix: a subject before a comma is no address', 'Q: Washington, as you know, is angry. Why?\nA: It cost too much.', [
    named(['Washington, as you know, is angry. Why'], 'Q', 'Q', ':', 'reported/interview'),
    named(['It cost too much'], null, null, ':', 'reported/interview'),
  ]],
  ['fix: a title alone is a form of address', 'Q: Mr. President, why did you veto the bill?\nA: It cost too much.', [
    named(['Mr. President, why did you veto the bill'], 'Q', 'Q', ':', 'reported/interview'),
    named(['It cost too much'], null, null, ':', 'reported/interview'),
  ]],
  ['fix: a line of the quotation mark alone opens no continued quotation', '"We warned them," Smith said. "It is late.\n"\nThe council met on Monday.', [
    named(['We warned them,', 'It is late.'], 'Smith', 'Smith', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

/** What the fixes must keep. */
const negatives: NamedCase[] = [
  ['keep: the clause before the dash is still cut there', 'Ann Vidal said the levy had lost its purpose — "It no longer funds the schools," she told the board.', [
    named(['the levy had lost its purpose'], 'Ann Vidal', 'Ann Vidal', 'said', 'reported/cue-clause'),
    named(['It no longer funds the schools,'], 'she', 'Ann Vidal', 'told', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['keep: the addressed name with an auxiliary after the comma', 'Q: Ana Ruiz, will there be rationing?\nA: Not this year.', [
    named(['Ana Ruiz, will there be rationing'], 'Q', 'Q', ':', 'reported/interview'),
    named(['Not this year'], 'A', 'Ana Ruiz', ':', 'reported/interview'),
  ]],
  ['keep: a titled name with a question word after the comma', 'Q: Mayor Baker, why did you veto the bill?\nA: It cost too much.', [
    named(['Mayor Baker, why did you veto the bill'], 'Q', 'Q', ':', 'reported/interview'),
    named(['It cost too much'], 'A', 'Baker', ':', 'reported/interview'),
  ]],
  ['keep: a line that opens with the mark and a word goes on with the quotation left open', 'Smith said: "We warned them for years.\n"Nobody listened."', [
    named(['We warned them for years.', 'Nobody listened.'], 'Smith', 'Smith', 'said', 'direct/leading-speaker-cue', 'direct'),
  ]],
];

describeNamedTables('read84: review fixes', { fixes, negatives });
