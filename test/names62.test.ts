/**
 * Speaker names of stop 60 (names62): a surname alone after a double surname
 * that itself stood for a full name ("Ana Ruiz Varga ... Ruiz Varga ...
 * Varga") is that full name; a double surname after a full name opening with
 * a Spanish or Portuguese given name ("Mario Vargas Llosa ... Vargas Llosa")
 * stands for it, though that given name gives no gender.
 * Exact parts, speaker mention and name, cue, rule and kind; negatives (near
 * misses) that must keep their reading.
 */
import { describeNamedTables, named, type NamedRow } from './support/name-rows.js';

const fixes: [string, string, NamedRow[]][] = [
  ['a surname alone after the double surname alone is the full name', 'Ana Ruiz Varga, the mayor of Lenton, spoke on Monday. Ruiz Varga added that the cost had doubled. "It is a good bridge," said Varga.', [
    named(['the cost had doubled'], 'Ruiz Varga', 'Ana Ruiz Varga', 'added', 'reported/cue-that'),
    named(['It is a good bridge,'], 'Varga', 'Ana Ruiz Varga', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['a double surname after a full name opening with "Mario"', 'Writer Mario Vargas Llosa spoke in Lenton on Tuesday. "We are ready," Vargas Llosa said.', [
    named(['We are ready,'], 'Vargas Llosa', 'Mario Vargas Llosa', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a double surname after a full name opening with "Lucia"', 'Union leader Lucia Montero Ibarra spoke on Tuesday. Montero Ibarra said the members were ready.', [
    named(['the members were ready'], 'Montero Ibarra', 'Lucia Montero Ibarra', 'said', 'reported/cue-clause'),
  ]],
];

const negatives: [string, string, NamedRow[]][] = [
  ['a double surname after an unknown first word stays as written', 'Reporter Zoltan Vargas Llosa spoke in Lenton on Tuesday. "We are ready," Vargas Llosa said.', [
    named(['We are ready,'], 'Vargas Llosa', 'Vargas Llosa', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
  ['a surname alone after a nearer full name of two words is that person', 'Ana Ruiz Varga spoke on Monday. Tom Varga, a builder, said the cost had doubled. "It is a good bridge," said Varga.', [
    named(['the cost had doubled'], 'Tom Varga, a builder', 'Tom Varga', 'said', 'reported/cue-clause'),
    named(['It is a good bridge,'], 'Varga', 'Tom Varga', 'said', 'direct/trailing-cue-speaker', 'direct'),
  ]],
  ['a Spanish given name and one surname keep their reading', 'Luis Ortega spoke in Lenton on Tuesday. "We are ready," Ortega said.', [
    named(['We are ready,'], 'Ortega', 'Luis Ortega', 'said', 'direct/trailing-speaker-cue', 'direct'),
  ]],
];

describeNamedTables('names62: speaker-name leftovers', { fixes, negatives });
