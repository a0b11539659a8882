/**
 * Helper probe30: news conventions as whole invented articles: a wire story
 * with datelines ("BRUSSELS (Reuters) -", "LONDON, May 3 (AP) --"), a press
 * release (dateline with a wire code, quotes with "said Jane Doe, CEO of ...",
 * an "About" boilerplate and a media contact), a council and parliamentary
 * report ("Cllr", "the member for ..."), a police report ("Det. Insp.", "a
 * spokesperson for the force", "police said"), a TV transcript (labels in
 * capitals, "NAME, ROLE:", "(voice-over)") and a letters column (first-person
 * author, quoted readers and neighbours). Each row is the exact output, the
 * same with default options and with every category on: [content, speaker
 * mention, cue, speaker name].
 *
 * Fixed here: "said early results were good" (an adjective of time before a
 * noun that names no time opens the clause's subject, as "this" did); a rank
 * the tokenizer does not know ("Det.", "Insp.") no longer ends the sentence
 * and stays in the speaker ("Det. Insp. Moore added" had no speaker); "Cllr"
 * is a title; "the Department for Transport" is one name; a transcript label
 * "NAME, ROLE:" (not a dateline "PARIS, FRANCE:"); a second cue after a
 * clause of circumstance ("called for order as members shouted that ...")
 * keeps its own clause and subject.
 *
 * Left as they are (pinned below as they come out): "he told the station"
 * after "The local mayor said" resolves to the correspondent named before
 * (James Fuller) ("Another, Mr Alan Price, wrote" is named Alan Price since fix49);
 * "ministers agreed on Tuesday to delay ..." is an attribution (as gold
 * annotates "agreed to"); the mention of "the member for Northfield, Sarah Quint" is the name only; "she
 * told me" after "I asked a shopkeeper" stays "she". With every category on,
 * the letter writer's "I think they are both right, but I believe the real
 * problem is that ..." gives two thoughts since opt59 (a first-person opinion
 * with its clause).
 * Sentences and names are invented.
 */
import { describe, expect, test } from 'vitest';
import { extract } from './support/invariants.js';

const EVERY = { categories: ['speech', 'writing', 'source', 'thought', 'evidence', 'stance'] } as const;

/** One quote as a row: content, speaker mention, cue, speaker name. */
type Row = [string, string | null, string | null, string | null];

/** The rows of an extraction. */
function rows(text: string, options?: Parameters<typeof extract>[1]): Row[] {
  return extract(text, options).quotes.map((q) => [q.text, q.speaker?.mention?.text ?? null, q.cue?.span.text ?? null, q.speaker?.name ?? null]);
}

/** An invented article and its rows. */
interface Article {
  topic: string;
  paragraphs: string[];
  rows: Row[];
  /** The rows with every category on, when they differ from the default's. */
  everyRows?: Row[];
}

const ARTICLES: Article[] = [
  {
    topic: "wire",
    paragraphs: [
      "BRUSSELS (Reuters) - European Union ministers agreed on Tuesday to delay new rules on farm subsidies by a year, after protests by growers in several member states.",
      "\"We have listened to the farmers and we have given them time,\" the bloc's agriculture commissioner, Hendrik Vos, told reporters after the meeting. \"Nobody wants to see tractors on the motorways again.\"",
      "Vos said the delay would cost the budget nothing because the money had already been set aside.",
      "Diplomats said France and Poland had pushed hardest for the change, while the Netherlands and Denmark argued it sent the wrong signal on climate targets.",
      "A Danish official, who asked not to be named because the talks were private, said the compromise was \"the least bad option on the table.\"",
      "LONDON, May 3 (AP) -- Britain's largest rail union said on Friday it would hold two more days of strikes this month in a long dispute over pay.",
      "\"Our members have been left with no choice,\" general secretary Carla Benn said in a statement.",
      "The Department for Transport said the strikes were \"unnecessary and deeply disappointing\" and urged the union to return to talks.",
    ],
    rows: [
      ["to delay new rules on farm subsidies by a year, after protests by growers in several member states","European Union ministers","agreed","European Union ministers"],
      ["We have listened to the farmers and we have given them time, Nobody wants to see tractors on the motorways again.","the bloc's agriculture commissioner, Hendrik Vos","told","Hendrik Vos"],
      ["the delay would cost the budget nothing because the money had already been set aside","Vos","said","Hendrik Vos"],
      ["France and Poland had pushed hardest for the change","Diplomats","said","Diplomats"],
      ["it sent the wrong signal on climate targets","the Netherlands and Denmark","argued","Netherlands and Denmark"],
      ["the compromise was \"the least bad option on the table.\"","A Danish official","said","A Danish official"],
      ["it would hold two more days of strikes this month in a long dispute over pay","Britain's largest rail union","said","Britain's largest rail union"],
      ["Our members have been left with no choice,","general secretary Carla Benn","said","Carla Benn"],
      ["the strikes were \"unnecessary and deeply disappointing\"","The Department for Transport","said","Department for Transport"],
      ["the union to return to talks","The Department for Transport","urged","Department for Transport"],
    ],
  },
  {
    topic: "release",
    paragraphs: [
      "Acme Robotics Unveils New Warehouse Assistant",
      "SAN JOSE, Calif., June 12, 2026 /PRNewswire/ -- Acme Robotics, a maker of automated logistics systems, today announced the launch of Porter, a robot that moves shelves in small warehouses.",
      "\"Small businesses have been priced out of automation for too long,\" said Jane Doe, CEO of Acme Robotics. \"Porter changes that. It costs less than a delivery van and it can be set up in an afternoon.\"",
      "The company said early customers had cut picking times by a third.",
      "\"We installed three units in March and our staff now spend their time on customers rather than on walking,\" said Tom Reyes, operations manager at Greenleaf Garden Supply, one of the first customers.",
      "Porter will be available in the United States from September, the company said.",
      "About Acme Robotics",
      "Acme Robotics designs and builds robots for logistics. Founded in 2015, the company employs 400 people and is based in San Jose, California. For more information, visit the company's website.",
      "Media contact: Priya Nair, press office, Acme Robotics",
    ],
    rows: [
      ["the launch of Porter","Acme Robotics","announced","Acme Robotics"],
      ["Small businesses have been priced out of automation for too long, Porter changes that. It costs less than a delivery van and it can be set up in an afternoon.","Jane Doe, CEO of Acme Robotics","said","Jane Doe"],
      ["early customers had cut picking times by a third","The company","said","The company"],
      ["We installed three units in March and our staff now spend their time on customers rather than on walking,","Tom Reyes, operations manager at Greenleaf Garden Supply","said","Tom Reyes"],
      ["Porter will be available in the United States from September","the company","said","The company"],
    ],
  },
  {
    topic: "council",
    paragraphs: [
      "Councillors clashed on Wednesday night over plans to close two libraries in the borough.",
      "Opening the debate, Cllr Margaret Ellis, the cabinet member for culture, said the council could no longer afford to keep every building open. \"These are hard choices, but they are choices we have to make,\" she told the meeting.",
      "Cllr David Okafor, leader of the opposition group, said the plans would hit the poorest wards hardest. \"Closing a library is easy. Opening one again is almost impossible,\" he said.",
      "In the Commons on Thursday, the member for Northfield, Sarah Quint, asked the minister whether the government would step in.",
      "The minister for local government, Paul Hartigan, replied that councils were responsible for their own budgets. \"We have given councils more money this year than last year,\" he said.",
      "The Speaker called for order as members on the opposition benches shouted that the money was not enough.",
      "Cllr Ellis said afterwards that the final decision would be taken in March.",
    ],
    rows: [
      ["the council could no longer afford to keep every building open","Cllr Margaret Ellis, the cabinet member for culture","said","Margaret Ellis"],
      ["These are hard choices, but they are choices we have to make,","she","told","Margaret Ellis"],
      ["the plans would hit the poorest wards hardest","Cllr David Okafor, leader of the opposition group","said","David Okafor"],
      ["Closing a library is easy. Opening one again is almost impossible,","he","said","David Okafor"],
      ["whether the government would step in","the member for Northfield, Sarah Quint","asked","Sarah Quint"],
      ["councils were responsible for their own budgets","The minister for local government, Paul Hartigan","replied","Paul Hartigan"],
      ["We have given councils more money this year than last year,","he","said","Paul Hartigan"],
      ["the money was not enough","members on the opposition benches","shouted","members on the opposition benches"],
      ["the final decision would be taken in March","Cllr Ellis","said","Margaret Ellis"],
    ],
  },
  {
    topic: "police",
    paragraphs: [
      "Police have arrested two men after a jewellery shop in the town centre was robbed on Saturday afternoon.",
      "Officers were called to the shop on Market Street at about 3.15pm after reports that two men had smashed display cases and fled on a motorbike.",
      "Det. Insp. Rachel Moore, who is leading the investigation, said nobody had been seriously hurt. \"This was a frightening experience for the staff and for the customers who were in the shop,\" she said.",
      "A spokesperson for the force said the men, aged 24 and 31, were being held in custody.",
      "Police said they were still trying to trace a third man who is believed to have been waiting nearby in a car.",
      "\"We would urge anyone who was in the area and saw anything suspicious to get in touch,\" Det. Insp. Moore added.",
      "The owner of the shop, Imran Shah, said he was relieved that his staff were safe. \"The things that were taken can be replaced. People cannot,\" he said.",
    ],
    rows: [
      ["two men had smashed display cases and fled on a motorbike",null,"reports",null],
      ["nobody had been seriously hurt","Det. Insp. Rachel Moore, who is leading the investigation","said","Rachel Moore"],
      ["This was a frightening experience for the staff and for the customers who were in the shop,","she","said","Rachel Moore"],
      ["the men, aged 24 and 31, were being held in custody","A spokesperson for the force","said","A spokesperson for the force"],
      ["they were still trying to trace a third man who is believed to have been waiting nearby in a car","Police","said","Police"],
      ["We would urge anyone who was in the area and saw anything suspicious to get in touch,","Det. Insp. Moore","added","Rachel Moore"],
      ["he was relieved that his staff were safe","The owner of the shop, Imran Shah","said","Imran Shah"],
      ["The things that were taken can be replaced. People cannot,","he","said","Imran Shah"],
    ],
  },
  {
    topic: "transcript",
    paragraphs: [
      "ANCHOR: Good evening. Floods have forced hundreds of families from their homes in the west of the country tonight.",
      "(voice-over) The river burst its banks shortly after midnight, and by morning whole streets were under water.",
      "MARIA LOPEZ, RESIDENT: We woke up and the water was already in the kitchen. We had nowhere to go.",
      "ANCHOR: Our correspondent James Fuller is in the town. James, what are people telling you?",
      "FULLER: People here are angry. They say they were warned about this river years ago and nothing was done.",
      "The local mayor said on Monday that new flood defences would be built next year. \"We cannot let this happen again,\" he told the station.",
      "ANCHOR: James Fuller, thank you.",
    ],
    rows: [
      ["Good evening. Floods have forced hundreds of families from their homes in the west of the country tonight","ANCHOR",":","ANCHOR"],
      ["We woke up and the water was already in the kitchen. We had nowhere to go","MARIA LOPEZ",":","MARIA LOPEZ"],
      ["Our correspondent James Fuller is in the town. James, what are people telling you","ANCHOR",":","ANCHOR"],
      ["People here are angry. They say they were warned about this river years ago and nothing was done","FULLER",":","James Fuller"],
      ["they were warned about this river years ago and nothing was done","They","say","They"],
      ["new flood defences would be built next year","The local mayor","said","The local mayor"],
      ["We cannot let this happen again,","he","told","James Fuller"],
      ["James Fuller, thank you","ANCHOR",":","ANCHOR"],
    ],
  },
  {
    topic: "letters",
    paragraphs: [
      "I have lived in this town for forty years, and I have never seen the high street in such a poor state.",
      "Last week I asked a shopkeeper what had gone wrong. \"People just don't come into town any more,\" she told me. \"They order everything online.\"",
      "Many readers agree. One reader, writing from Hillbrook, said that the parking charges were to blame. Another, Mr Alan Price, wrote that the council had \"given up on the town centre altogether.\"",
      "I think they are both right, but I believe the real problem is that we have stopped caring about the places we live in.",
      "My neighbour says she still buys her bread from the baker on the corner. \"If we don't use it, we'll lose it,\" she says.",
      "The council insists that a regeneration plan is on the way. I will believe it when I see it.",
    ],
    rows: [
      ["what had gone wrong","I","asked","I"],
      ["People just don't come into town any more, They order everything online.","she","told","a shopkeeper"],
      ["the parking charges were to blame","One reader","said","One reader"],
      ["the council had \"given up on the town centre altogether.\"","Another, Mr Alan Price","wrote","Alan Price"],
      ["she still buys her bread from the baker on the corner","My neighbour","says","My neighbour"],
      ["If we don't use it, we'll lose it,","she","says","My neighbour"],
      ["a regeneration plan is on the way","The council","insists","The council"],
    ],
    everyRows: [
      ["what had gone wrong","I","asked","I"],
      ["People just don't come into town any more, They order everything online.","she","told","a shopkeeper"],
      ["the parking charges were to blame","One reader","said","One reader"],
      ["the council had \"given up on the town centre altogether.\"","Another, Mr Alan Price","wrote","Alan Price"],
      ["they are both right","I","think","I"],
      ["the real problem is that we have stopped caring about the places we live in","I","believe","I"],
      ["she still buys her bread from the baker on the corner","My neighbour","says","My neighbour"],
      ["If we don't use it, we'll lose it,","she","says","My neighbour"],
      ["a regeneration plan is on the way","The council","insists","The council"],
    ],
  },

];

describe('probe30: news conventions as whole articles', () => {
  for (const a of ARTICLES) {
    test(a.topic, () => {
      const text = a.paragraphs.join('\n\n');
      expect(rows(text)).toEqual(a.rows);
      expect(rows(text, EVERY)).toEqual(a.everyRows ?? a.rows);
    });
  }
});

/** Variants of the fixes: time adjectives before a subject, unknown ranks, "Cllr", "for" in a body's name, transcript roles, clauses of circumstance. */
const VARIANTS: [string, Row[]][] = [
  [
    "The bakery chain said early sales of its new loaf had beaten forecasts.",
    [
      ["early sales of its new loaf had beaten forecasts","The bakery chain","said","The bakery chain"],
    ],
  ],
  [
    "The bank said late payments on car loans had doubled in a year.",
    [
      ["late payments on car loans had doubled in a year","The bank","said","The bank"],
    ],
  ],
  [
    "The mayor said late Monday that the road would reopen.",
    [
      ["the road would reopen","The mayor","said","The mayor"],
    ],
  ],
  [
    "Det. Supt. Alan Crewe said the search would go on overnight.",
    [
      ["the search would go on overnight","Det. Supt. Alan Crewe","said","Alan Crewe"],
    ],
  ],
  [
    "\"Please check your sheds and garages,\" Det. Insp. Crewe said.",
    [
      ["Please check your sheds and garages,","Det. Insp. Crewe","said","Crewe"],
    ],
  ],
  [
    "\"We have made good progress,\" said Insp. Nadia Voss of the county force.",
    [
      ["We have made good progress,","Insp. Nadia Voss of the county force","said","Nadia Voss"],
    ],
  ],
  [
    "Cllr Ruth Dale said the bins would be emptied weekly. Cllr Dale said the change would save money.",
    [
      ["the bins would be emptied weekly","Cllr Ruth Dale","said","Ruth Dale"],
      ["the change would save money","Cllr Dale","said","Ruth Dale"],
    ],
  ],
  [
    "The Ministry for Foreign Affairs said the embassy would stay open.",
    [
      ["the embassy would stay open","The Ministry for Foreign Affairs","said","Ministry for Foreign Affairs"],
    ],
  ],
  [
    "The Department for Education said exams would go ahead. The department said schools had been told.",
    [
      ["exams would go ahead","The Department for Education","said","Department for Education"],
      ["schools had been told","The department","said","Department for Education"],
    ],
  ],
  [
    "The Office for Road Safety said the figures were worrying.",
    [
      ["the figures were worrying","The Office for Road Safety","said","Office for Road Safety"],
    ],
  ],
  [
    "TOM HALE, FIRE CHIEF: The fire is out and the road is open again.",
    [
      ["The fire is out and the road is open again","TOM HALE",":","TOM HALE"],
    ],
  ],
  [
    "NORA BELL, SHOP OWNER: It was terrible, and it was over in a minute.",
    [
      ["It was terrible, and it was over in a minute","NORA BELL",":","NORA BELL"],
    ],
  ],
  [
    "PARIS, FRANCE: The city was calm on Sunday night.",
    [],
  ],
  [
    "The chair pleaded for calm while protesters shouted that the vote was rigged.",
    [
      ["the vote was rigged","protesters","shouted","protesters"],
    ],
  ],
  [
    "Ushers urged patience as fans complained that the doors had not opened.",
    [
      ["the doors had not opened","fans","complained","fans"],
    ],
  ],
  [
    "The mayor said in a letter posted to residents that the pool would close.",
    [
      ["the pool would close","The mayor","said","The mayor"],
    ],
  ],
];

describe('probe30: variants of the fixes', () => {
  for (const [text, expected] of VARIANTS) {
    test(text.slice(0, 50), () => {
      expect(rows(text)).toEqual(expected);
      expect(rows(text, EVERY)).toEqual(expected);
    });
  }
});
