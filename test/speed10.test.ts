/**
 * Speaker resolution after the memory pass of round 10 (issue 12): the facts
 * kept per name are plain lists as long as the names (a long text fills them
 * from the middle first), the places after a name and its lower-cased full
 * name are shared, and the entity of each name in the text is looked up
 * without being kept. The speakers, their mentions and the descriptions must
 * come out as before, in a short text and behind thousands of other names.
 * Invented sentences and names.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';
import type { Extraction } from '../src/index.js';

/** Each quote as `text <- speaker name [via] (mention)`. */
function who(r: Extraction): string[] {
  return r.quotes.map((q) => `${q.text} <- ${q.speaker?.name ?? '-'} [${q.speaker?.via ?? '-'}] (${q.speaker?.mention?.text ?? '-'})`);
}

/** The mentions of the speaker named `name`, as text. */
function mentionsOf(r: Extraction, name: string): string[] {
  return r.speakers.find((s) => s.name === name)?.mentions.map((m) => m.text) ?? [];
}

/** Invented surnames, distinct for `count` people: "Abrel", "Abrimo", ... */
function surnames(count: number): string[] {
  const heads = ['Abr', 'Bel', 'Cor', 'Dun', 'Esk', 'Fal', 'Gor', 'Hal', 'Iv', 'Jor', 'Kel', 'Lun', 'Mor', 'Nev', 'Orl', 'Pell'];
  const tails = ['el', 'imo', 'and', 'usk', 'ette', 'ow', 'ard', 'inn', 'ost', 'ury', 'ane', 'eth', 'ock', 'ires', 'ault', 'yn'];
  const mids = ['', 'an', 'or', 'is', 'ud', 'em', 'al', 'ob'];
  const out: string[] = [];
  for (const m of mids) for (const h of heads) for (const t of tails) if (out.length < count) out.push(`${h}${m}${t}`);
  return out;
}

/** `count` sentences, each naming two other people who say nothing. */
function crowd(count: number): string {
  const last = surnames(count * 2);
  const parts: string[] = [];
  for (let k = 0; k < count; k++) parts.push(`Tova ${last[2 * k]} sat near Ruben ${last[2 * k + 1]} at the fair.`);
  return parts.join(' ');
}

describe('speaker resolution, facts kept per name', () => {
  const ends = [
    // a description fits the one earlier person with that title, whose place is named after the name
    [
      'Senator Maren Colby of Ohio spoke first. "We need the money," the senator said.',
      ['We need the money, <- Maren Colby [description] (the senator)'],
    ],
    // a place among the description's words must be the person's: "the Nevada senator" is someone new
    [
      'Senator Maren Colby of Ohio spoke first. "We need the money," the Nevada senator said.',
      ['We need the money, <- the Nevada senator [description] (the Nevada senator)'],
    ],
    // an appositive after the name describes the person
    [
      'Maren Colby, the treasurer of the club, spoke first. "We need the money," the treasurer said.',
      ['We need the money, <- Maren Colby [description] (the treasurer)'],
    ],
  ] as const;

  test.each(ends)('alone: %s', (input, expected) => {
    expect(who(extract(input))).toEqual(expected);
  });

  test.each(ends)('behind 1,500 other names: %s', (input, expected) => {
    expect(who(extract(`${crowd(750)}\n\n${input}`))).toEqual(expected);
  });

  test("every name of a speaker is one of the speaker's mentions, under an honorific too", () => {
    const story = 'Maren Colby opened the meeting. "We need the money," Colby said. Later Ms. Colby left, and Colby was not seen again.';
    const expected = ['Maren Colby', 'Colby', 'Ms. Colby', 'Colby'];
    expect(mentionsOf(extract(story), 'Maren Colby')).toEqual(expected);
    expect(mentionsOf(extract(`${crowd(750)}\n\n${story}`), 'Maren Colby')).toEqual(expected);
  });

  test('a name no speaker has is no mention', () => {
    const r = extract('Maren Colby met Ezra Pell. "We need the money," Colby said.');
    expect(r.speakers.map((s) => s.name)).toEqual(['Maren Colby']);
    expect(mentionsOf(r, 'Maren Colby')).toEqual(['Maren Colby', 'Colby']);
  });
});
