/**
 * Generated news-like texts for the output snapshot (test/snapshot.test.ts):
 * invented names and sentences put together by a seeded random generator, so
 * that the same seed always gives the same texts. They cover direct quotes,
 * interrupted quotes, reported speech, mixed quotes, pronouns, titles, HTML
 * references, multi-paragraph quotes and several line-end styles.
 */

/** A small seeded generator (mulberry32): the same seed gives the same numbers. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Mara', 'Tobin', 'Ilse', 'Quentin', 'Odalys', 'Brannock', 'Velma', 'Caius', 'Renata', 'Dorian'];
const LAST = ['Quillfeather', 'Ostrander', 'Vantongeren', 'Halloway', 'Pemberly', 'Castellane', 'Marchetti', 'Dunwoody'];
const TITLES = ['Senator', 'Governor', 'Mayor', 'Dr.', 'Gen.', 'Rep.', 'Judge', 'Professor'];
const ROLES = ['the minister', 'a spokeswoman for the council', 'the union leader', 'the committee chairman', 'officials'];
const ORGS = ['the Harbor Authority', 'Greenvale Council', 'the Ministry of Canals', 'Northfield Rail'];
const VERBS = ['said', 'told reporters', 'added', 'warned', 'insisted', 'argued', 'claimed', 'wrote', 'explained', 'denied'];
const REPORT = ['said', 'warned', 'insisted', 'argued', 'claimed', 'believes', 'announced', 'suggested', 'did not say'];
const CLAIMS = [
  'the bridge would reopen in the spring',
  'the budget was never balanced',
  'nobody had been told about the delay',
  'the vote would go ahead as planned',
  'the canal fees were too high',
  'her office had done nothing wrong',
  'the report was "deeply flawed" and "rushed"',
];
const SPEECH = [
  'We will not give up on this town.',
  'It is a good day for the harbor, and a better one for the workers',
  'Nobody expected the water to rise that fast.',
  'I have said it before and I will say it again: the fees must go.',
  'This is not over',
  'They promised us a station, and we got a car park.',
];
const NARRATION = [
  'The meeting lasted three hours.',
  'Rain fell on the quay all afternoon.',
  'The council meets again on Tuesday.',
  'Tickets sold out within a day.',
  'About 40 people attended the hearing in Greenvale.',
];
const MARKS: readonly (readonly [string, string])[] = [
  ['"', '"'],
  ['\u201C', '\u201D'],
  ['&quot;', '&quot;'],
  ['&ldquo;', '&rdquo;'],
  ['\u00AB', '\u00BB'],
];

/** `count` generated articles from `seed`. */
export function generatedTexts(seed: number, count: number): string[] {
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const person = (): string => `${pick(FIRST)} ${pick(LAST)}`;
  const texts: string[] = [];
  for (let n = 0; n < count; n++) {
    const paragraphs: string[] = [];
    const lead = person();
    const title = pick(TITLES);
    paragraphs.push(`${pick(ORGS).replace(/^the /, 'The ')} faces questions over ${pick(['fees', 'delays', 'the bridge', 'the vote'])}`);
    const size = 3 + Math.floor(rnd() * 6);
    for (let p = 0; p < size; p++) {
      const [open, close] = pick(MARKS);
      const speech = pick(SPEECH);
      const body = speech.replace(/[.]$/, ',');
      const sentences: string[] = [];
      switch (Math.floor(rnd() * 9)) {
        case 0:
          sentences.push(`${open}${body}${close} ${title} ${lead} ${pick(VERBS)}.`);
          break;
        case 1:
          sentences.push(`${open}${body}${close} ${pick(['he', 'she', 'they'])} ${pick(VERBS)}. ${open}${pick(SPEECH)}${close}`);
          break;
        case 2:
          sentences.push(`${person()} ${pick(REPORT)} that ${pick(CLAIMS)}.`);
          break;
        case 3:
          sentences.push(`${pick(ROLES).replace(/^./, (c) => c.toUpperCase())} ${pick(REPORT)} ${pick(CLAIMS)}, according to ${pick(ORGS)}.`);
          break;
        case 4:
          sentences.push(`${open}${body}${close} ${lead} ${pick(VERBS)}, ${open}${pick(SPEECH)}${close}`);
          break;
        case 5:
          sentences.push(`${lead}, ${pick(['who leads', 'a critic of', 'a former member of'])} ${pick(ORGS)}, ${pick(REPORT)} the plan was ${open}a disgrace${close}.`);
          break;
        case 6:
          // a quote that runs over two paragraphs: the first has no closing mark
          sentences.push(`${lead} ${pick(VERBS)}: ${open}${pick(SPEECH)}`);
          paragraphs.push(sentences.join(' '));
          sentences.length = 0;
          sentences.push(`${open}${pick(SPEECH)}${close}`);
          break;
        case 7:
          sentences.push(`${pick(NARRATION)} ${pick(NARRATION)}`);
          break;
        default:
          sentences.push(`According to ${lead}, ${pick(CLAIMS)}. ${pick(NARRATION)}`);
      }
      paragraphs.push(sentences.join(' '));
    }
    const breaks = pick(['\n\n', '\r\n\r\n', '\n \n', '\n\n\n']);
    texts.push(paragraphs.join(breaks));
  }
  return texts;
}

/** An invented name of its own for each number, for texts with many different people: "Gacason", "Hecason", ... */
export function uniqueName(i: number): string {
  const consonants = 'bcdfghklmnprstvz';
  const vowels = 'aeiou';
  let name = '';
  for (let x = i + 1000; x > 0; x = Math.floor(x / 16)) name += consonants[x % 16]! + vowels[x % 5]!;
  return name[0]!.toUpperCase() + name.slice(1) + 'son';
}
