/**
 * Exact content ends (exact61), each pinned with the exact quotes it gives
 * now, and negatives that must keep their cut:
 * - a city and its US state are one name: the comma between them ("from
 *   Dellport, Nebraska", "in San Remo, Calif.") ends no object, topic, quoted
 *   object or relative speaker's clause (content stopped at "Dellport"); the
 *   comma after the pair goes on only before a lower-case noun the pair
 *   describes ("Hollis, N.H., police officer ...").
 * - a list of states ("Ohio, Iowa and Utah"), a state before a capitalised word
 *   ("Dellport, Texas officials said") and a clause after the pair ("Hollis,
 *   N.H., which ...") keep their cut.
 * Sentences and names are invented.
 */
import { describeNamedTables, named } from './support/name-rows.js';

describeNamedTables('exact61: the comma between a city and its state', {
  fixes: [
    ['a topic ending in a state', 'Maren Tolliver complained about the parking lot in Dellport, Nebraska.', [
      named(['the parking lot in Dellport, Nebraska'], 'Maren Tolliver', 'Maren Tolliver', 'complained about', 'reported/cue-topic'),
    ]],
    ['a newspaper state abbreviation', 'Maren Tolliver warned about flooding in the wake of storms in Lisbon and San Remo, Calif.', [
      named(['flooding in the wake of storms in Lisbon and San Remo, Calif.'], 'Maren Tolliver', 'Maren Tolliver', 'warned about', 'reported/cue-topic'),
    ]],
    ['a relative speaker\'s clause', 'The last question came from a small boy, who said he and his father had driven in from Dellport, Nebraska, for the rally.', [
      named(['he and his father had driven in from Dellport, Nebraska'], 'who', 'a small boy', 'said', 'reported/cue-clause'),
    ]],
    ['after a quoted object, a capitalised noun as the city\'s word', 'Maren Tolliver criticized his plans for a "car park for his hotels" in Harbor City, New Jersey.', [
      named(['his plans for a "car park for his hotels" in Harbor City, New Jersey'], 'Maren Tolliver', 'Maren Tolliver', 'criticized', 'reported/cue-quoted-object', 'mixed'),
    ]],
    ['the pair before the noun it describes', 'Maren Tolliver criticized Hollis, N.H., police officer Dana Crane for the raid.', [
      named(['Hollis, N.H., police officer Dana Crane for the raid'], 'Maren Tolliver', 'Maren Tolliver', 'criticized', 'reported/cue-object'),
    ]],
  ],
  negatives: [
    ['a clause after the pair is the narrator\'s', 'Maren Tolliver praised the new clinic in Hollis, N.H., which opened in May.', [
      named(['the new clinic in Hollis, N.H.'], 'Maren Tolliver', 'Maren Tolliver', 'praised', 'reported/cue-object'),
    ]],
    // (not "Ohio, Iowa" as a city and its state: since content71 the object runs on over the noun-phrase list that
    // closes the sentence, as one object; it stopped at "Ohio" before)
    ['a list of states is no city and state', 'Maren Tolliver praised the new clinics in Ohio, Iowa and Utah.', [
      named(['the new clinics in Ohio, Iowa and Utah'], 'Maren Tolliver', 'Maren Tolliver', 'praised', 'reported/cue-object'),
    ]],
    ['a state before a capitalised word modifies it', 'Maren Tolliver complained about the parking lot in Dellport, Texas officials said.', [
      named(['Maren Tolliver complained about the parking lot in Dellport'], 'Texas officials', 'Texas officials', 'said', 'reported/content-speaker-cue'),
    ]],
  ],
});
