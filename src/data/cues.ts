/**
 * The cue lexicon: verbs and phrases that attribute words to a speaker,
 * keyed by lemma, with their category.
 * @internal
 */
import type { CueCategory } from '../types.js';

const SPEECH = `say tell add ask answer reply respond explain note warn argue insist claim state declare
announce confirm deny acknowledge admit concede assert maintain contend allege suggest
recall recount describe predict promise pledge vow vouch threaten urge caution advise remind
report reveal disclose inform assure reassure stress emphasize emphasise underline underscore
point comment remark observe mention continue repeat reiterate echo counter retort rebut quip
joke laugh scoff sneer shout yell scream cry exclaim whisper mutter murmur sigh grumble complain
lament boast brag praise criticize criticise attack blast slam accuse charge question wonder
demand request plead beg call testify swear affirm indicate hint speculate estimate forecast
predict guarantee concur agree disagree dispute object protest challenge rule conclude
summarize summarise brief interject begin chime volunteer offer propose recommend announce
proclaim pronounce preach lecture signal acknowledge clarify elaborate specify contend posit
theorize argue acknowledge quote cite inform alert notify pitch tout mock taunt tease
label brand dub term hail deride dismiss decry denounce condemn characterize characterise portray
lambast lambaste laud refer reference invoke thank apologize apologise congratulate
chant bemoan imply bark inquire rail reason muse ponder opine gush fume implore whimper moan
rant thunder snap growl sob gloat crack marvel rave gripe vent hiss`;

const WRITING = `write tweet post blog publish print email text message retweet pen editorialize
editorialise headline caption read`;

const THOUGHT = `believe think feel consider expect hope fear worry doubt suspect assume know learn
understand realize realise reckon figure guess imagine suppose wish want`;

const EVIDENCE = `show find indicate suggest reveal demonstrate prove confirm document estimate project`;

function words(list: string): string[] {
  return list.split(/\s+/).filter((w) => w.length > 0);
}

/** Built-in cue verbs by lemma. A lemma listed in several categories keeps the first. */
export const CUE_VERBS: ReadonlyMap<string, CueCategory> = (() => {
  const map = new Map<string, CueCategory>();
  const add = (list: string, category: CueCategory): void => {
    for (const w of words(list)) if (!map.has(w)) map.set(w, category);
  };
  add(SPEECH, 'speech');
  add(WRITING, 'writing');
  add(THOUGHT, 'thought');
  add(EVIDENCE, 'evidence');
  return map;
})();

/**
 * Multi-word source phrases, lower-case, with their lemma. They attribute the
 * clause around them to the noun phrase that follows.
 */
export const SOURCE_PHRASES: readonly { readonly words: readonly string[]; readonly lemma: string }[] = [
  { words: ['according', 'to'], lemma: 'according to' },
  { words: ['citing'], lemma: 'cite' },
  { words: ['as', 'reported', 'by'], lemma: 'report' },
];

/**
 * Verbs whose object is the listener, not the content: "told reporters",
 * "assured voters", "warned Congress".
 */
export const LISTENER_VERBS: ReadonlySet<string> = new Set([
  'tell', 'inform', 'assure', 'reassure', 'warn', 'remind', 'advise', 'urge', 'notify', 'alert', 'brief', 'ask',
  'caution', 'promise', 'email', 'text', 'message', 'teach', 'show', 'convince', 'persuade',
]);

/** Verbs that can stand after a direct quote with their subject after them: `"...," said Smith`. */
export const INVERTING_VERBS: ReadonlySet<string> = new Set([
  'say', 'ask', 'add', 'write', 'tell', 'explain', 'continue', 'reply', 'answer', 'respond', 'note', 'warn',
  'declare', 'insist', 'recall', 'quip', 'shout', 'exclaim', 'retort', 'whisper', 'cry', 'announce', 'state',
  'observe', 'remark', 'comment', 'concede', 'admit', 'argue', 'counter', 'tweet', 'joke', 'laugh', 'sigh',
  'muse', 'offer', 'suggest', 'chime', 'interject', 'report', 'confirm',
]);

/**
 * Verbs that introduce reported speech without "that": "X said the talks
 * would resume". Other cue verbs need "that" to introduce a clause.
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'claim', 'insist', 'argue', 'warn', 'explain', 'note', 'state', 'announce', 'confirm',
  'predict', 'promise', 'suggest', 'report', 'write', 'tweet', 'post', 'acknowledge', 'admit', 'assert',
  'maintain', 'contend', 'allege', 'reveal', 'recall', 'stress', 'emphasize', 'emphasise', 'concede', 'reply',
  'respond', 'answer', 'complain', 'boast', 'brag', 'declare', 'testify', 'swear', 'vow', 'pledge', 'indicate',
  'hint', 'estimate', 'agree', 'conclude', 'believe', 'think', 'feel', 'expect', 'hope', 'fear', 'know',
  'learn', 'worry', 'doubt', 'suspect', 'assume', 'show', 'find', 'guarantee', 'joke', 'quip', 'recount',
  'disclose', 'observe', 'remark', 'mention', 'reiterate', 'repeat', 'counter', 'retort', 'affirm', 'caution',
  'remind', 'assure', 'inform', 'signal', 'speculate', 'figure', 'reckon', 'realize', 'realise', 'understand',
  'forecast', 'project', 'demonstrate', 'prove', 'imply', 'acknowledged', 'lament', 'wonder',
]);
