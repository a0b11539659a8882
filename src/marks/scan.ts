/**
 * Quote-mark scanning: finds quotation marks by character, tells apostrophes
 * apart, and pairs opening with closing marks inside each paragraph.
 * @internal
 */
import { ELIDED_ARTICLE_PARTICLES } from '../data/names.js';
import { APOSTROPHE_WORDS, ENGLISH_CLOSERS, ENGLISH_OPENERS, FRENCH_SPACED, FRENCH_SPACED_OPENERS, MARKS, type MarkFamily } from '../data/marks.js';
import type { Doc } from '../prepare/document.js';
import { referenceLength, viewChar, viewSlice, type View } from '../prepare/view.js';
import { append } from '../prepare/lookup.js';

/** A stretch of text between an opening mark and its closing mark. */
export interface QuotedStretch {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark, or -1 when the paragraph ends first. */
  readonly close: number;
  /** First character of the quoted words (after the opening mark). */
  readonly contentStart: number;
  /** One past the last quoted character (the closing mark's offset, or the paragraph end). */
  readonly contentEnd: number;
  /** End of the stretch including its closing mark. */
  readonly end: number;
  readonly family: MarkFamily;
  /** Nesting depth: 0 for an outermost quotation. */
  readonly depth: number;
  readonly para: number;
}

/**
 * `s` at quoting depth `depth`, a new stretch made as an object literal with every field in the order of
 * {@link QuotedStretch} rather than by spreading `s`: V8 gives a spread copy a hidden class of its own, and optimised
 * code that reads stretches deoptimises each time such a copy first reaches it (speed round 64).
 */
export function stretchAtDepth(s: QuotedStretch, depth: number): QuotedStretch {
  return { open: s.open, close: s.close, contentStart: s.contentStart, contentEnd: s.contentEnd, end: s.end, family: s.family, depth, para: s.para };
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\n' || c === '\r' || c === '\t';
const OPENING_CONTEXT = new Set(['(', '[', '{', '\u2014', '\u2013', '-', '/', ':', '\u2026']);
const CLOSING_CONTEXT = new Set([')', ']', '}', '.', ',', ';', ':', '!', '?', '\u2014', '\u2013', '-', '\u2026', '/']);

/** An HTML-like start tag with quoted attribute values: `<tweet tweet-author="@cityhall" tweet-date="May 2, 2016">`. */
const MARKUP_TAG = /^<[A-Za-z][\w-]*(?:\s+[\w:-]+\s*=\s*"[^"<>]*")+\s*\/?>$/u;
/** How far from a mark the edges of a markup tag around it are looked for. */
const MARKUP_REACH = 400;

/**
 * True when the mark at `at` of `original` quotes an attribute value inside
 * an HTML-like start tag ({@link MARKUP_TAG}): markup, never a quotation.
 * Looks no further than {@link MARKUP_REACH} characters either way.
 */
function inMarkupTag(original: string, at: number): boolean {
  let lt = -1;
  for (let k = at - 1; k >= 0 && at - k <= MARKUP_REACH; k--) {
    const c = original.charCodeAt(k);
    if (c === 0x3e /* > */) return false;
    if (c === 0x3c /* < */) {
      lt = k;
      break;
    }
  }
  if (lt < 0) return false;
  for (let k = at + 1; k < original.length && k - lt <= MARKUP_REACH; k++) {
    const c = original.charCodeAt(k);
    if (c === 0x3c) return false;
    if (c === 0x3e) return MARKUP_TAG.test(original.slice(lt, k + 1));
  }
  return false;
}

/** Reads the word that starts at `at`, lower-cased. */
function wordAt(text: View, at: number): string {
  let e = at;
  while (e < text.length && /[\p{L}]/u.test(viewChar(text, e)!)) e++;
  return viewSlice(text, at, e).toLowerCase();
}

/**
 * True when the single mark at `at` is the apostrophe of a Dutch elided
 * article "'t" after a particle of {@link ELIDED_ARTICLE_PARTICLES} and before a
 * capitalised name word ("Sophie in ’t Veld", "Marten op 't Hof"): no quotation
 * opens there.
 */
function elidedArticle(text: View, at: number, start: number, left: string | undefined): boolean {
  if (!isSpace(left) || viewChar(text, at + 1) !== 't' || !isSpace(viewChar(text, at + 2)) || !/\p{Lu}/u.test(viewChar(text, at + 3) ?? '')) return false;
  let b = at - 1;
  while (b > start && /\p{L}/u.test(viewChar(text, b - 1)!)) b--;
  return b < at - 1 && ELIDED_ARTICLE_PARTICLES.has(viewSlice(text, b, at - 1).toLowerCase()) && (b === start || isSpace(viewChar(text, b - 1)));
}

/** Feet and inches before a mark: `6’2`, `5'11`. */
const FEET_INCHES = /\d['\u2019\u2032]\d{1,2}$/u;

/**
 * True when the double closing mark at `at` (inside the paragraph
 * `[start, end)`) is the inches of a height (`6’2”`): feet and inches
 * right before it ({@link FEET_INCHES}), and the next double mark of the
 * paragraph a closing one (`he's like 6’2”,” Ames said`), so the quotation
 * still closes. Looks no further than that next double mark.
 */
function heightInches(text: View, at: number, start: number, end: number): boolean {
  const char = viewChar(text, at);
  if ((char !== '\u201D' && char !== '"' && char !== '\u2033') || at - start < 3 || !FEET_INCHES.test(viewSlice(text, Math.max(start, at - 4), at))) return false;
  for (let k = at + 1; k < end; k++) {
    const c = viewChar(text, k)!;
    if (MARKS.get(c)?.family !== 'double') continue;
    return c === '\u201D' || (c === '"' && !isWordChar(viewChar(text, k + 1)) && !isSpace(viewChar(text, k - 1)));
  }
  return false;
}

interface Candidate {
  readonly at: number;
  /**
   * Characters the mark takes in the input: 2 for marks written as two
   * characters ('' and ``, as in some wire and archive text), the whole
   * reference for an HTML character reference (`&rdquo;`), else 1.
   */
  readonly length: number;
  readonly char: string;
  readonly family: MarkFamily;
  readonly canOpen: boolean;
  readonly canClose: boolean;
}

/**
 * Classifies the mark at `at`, or returns null for an apostrophe or a
 * non-mark (`markup`: the input holds a "<" somewhere, so a mark may quote an
 * attribute value of a tag).
 */
function classify(text: View, original: string, at: number, start: number, end: number, markup: boolean): Candidate | null {
  // (`text` is the view: its input may hold odd spaces, which viewChar reads as plain spaces)
  let char = viewChar(text, at)!;
  let length = 1;
  if (original.charCodeAt(at) === 0x26 /* & */) {
    // an HTML reference (&ldquo;) in the input: the mark spans all of it
    length = referenceLength(original, at);
  } else if ((char === "'" && viewChar(text, at + 1) === "'") || (char === '`' && viewChar(text, at + 1) === '`')) {
    length = 2;
    char = char === '`' ? '\u201C' : '"';
  }
  const info = MARKS.get(char);
  if (!info) return null;
  // `<tweet tweet-date="May 2, 2016">`: the marks of an attribute value are markup
  // (a text without a "<", as news almost always is, holds no tag: no mark is looked around for one)
  if (markup && original.charCodeAt(at) === 0x22 /* " */ && inMarkupTag(original, at)) return null;
  const left = at > start ? viewChar(text, at - 1) : undefined;
  const right = at + length < end ? viewChar(text, at + length) : undefined;
  // `he's like 6’2”,”`: the inches of a height, when a closing double mark follows before any other double mark
  if (info.family === 'double' && length === 1 && heightInches(text, at, start, end)) return null;
  const leftIsMark = left !== undefined && MARKS.has(left);
  const rightIsMark = right !== undefined && MARKS.has(right);
  if (info.family === 'single') {
    // apostrophes: don't, Varga’s, ’90s, 'tis, rock ’n’ roll, the Joneses’
    if (isWordChar(left) && isWordChar(right)) return null;
    if ((isSpace(left) || leftIsMark) && right !== undefined && /[0-9]/.test(right)) return null;
    if ((isSpace(left) || leftIsMark) && APOSTROPHE_WORDS.has(wordAt(text, at + 1)) && !isWordChar(viewChar(text, at + 1 + wordAt(text, at + 1).length))) {
      if (char !== '\u2018' || wordAt(text, at + 1) === 'n') return null;
    }
    if (elidedArticle(text, at, start, left)) return null; // Sophie in ’t Veld, Marten op 't Hof
    if (left === 'n' && (isSpace(viewChar(text, at - 2)) || MARKS.has(viewChar(text, at - 2) ?? '')) && isSpace(right)) return null; // ’n’
  }
  let canOpen = (isSpace(left) || leftIsMark || OPENING_CONTEXT.has(left!)) && !isSpace(right);
  let canClose = !isSpace(left) && (isSpace(right) || rightIsMark || CLOSING_CONTEXT.has(right!));
  if (info.shape === 'open') canClose = false;
  if (ENGLISH_OPENERS.has(char) && canOpen) canClose = false;
  if (ENGLISH_CLOSERS.has(char) && canClose) canOpen = false;
  // a guillemet set off by a space from the words it quotes is French spacing: « opens and » closes ("« Non », she
  // said"); unspaced, » may open (German: "»Nein«, sagte er")
  if (FRENCH_SPACED.has(char)) {
    const opener = FRENCH_SPACED_OPENERS.has(char);
    if (opener && isSpace(right) && (isSpace(left) || leftIsMark || OPENING_CONTEXT.has(left!))) {
      canOpen = true;
      canClose = false;
    } else if (!opener && isSpace(left) && (isSpace(right) || rightIsMark || CLOSING_CONTEXT.has(right!))) {
      canOpen = false;
      canClose = true;
    }
  }
  if (!canOpen && !canClose) {
    if (info.family === 'single') return null; // a lone single mark between spaces or letters
    // a double mark in an odd place: let pairing decide
    canOpen = true;
    canClose = true;
  }
  return { at, length, char, family: info.family, canOpen, canClose };
}

interface Open {
  readonly mark: Candidate;
  readonly depth: number;
}

/** True when character `i` of `shown` may be a quotation mark: every mark is outside ASCII except " ' and `. */
function maybeMark(shown: string, i: number): boolean {
  const c = shown.charCodeAt(i);
  return c < 0x80 ? c === 0x22 || c === 0x27 || c === 0x60 : MARKS.has(shown[i]!);
}

/**
 * Finds the quoted stretches of one paragraph. Linear in the paragraph length:
 * every mark is pushed and popped at most once, and the nearest open mark of
 * each family is kept on a stack of its own so that finding it never walks
 * past marks of the other family. (`markup`: see {@link classify}.)
 */
function scanParagraph(view: View, original: string, start: number, end: number, para: number, out: QuotedStretch[], markup: boolean): void {
  // the paragraph as the view shows it: the input's own characters when the
  // view has no patch (an odd space is no mark either way)
  const shown = view.starts.length === 0 ? original : viewSlice(view, start, end);
  const base = view.starts.length === 0 ? 0 : start;
  // (a paragraph without a mark's character, as many are, is done before anything is allocated for it)
  let firstMark = start;
  while (firstMark < end && !maybeMark(shown, firstMark - base)) firstMark++;
  if (firstMark >= end) return;
  const from = out.length;
  const stack: Open[] = [];
  // positions in `stack` of the open marks of each family, innermost last
  const byFamily: Record<MarkFamily, number[]> = { double: [], single: [] };
  const emit = (open: Candidate, depth: number, close: Candidate | null, cutAt: number): void => {
    out.push({
      open: open.at,
      close: close ? close.at : -1,
      contentStart: open.at + open.length,
      contentEnd: close ? close.at : cutAt,
      end: close ? close.at + close.length : cutAt,
      family: open.family,
      depth,
      para,
    });
  };
  const pop = (): Open => {
    const top = stack.pop()!;
    byFamily[top.mark.family].pop();
    return top;
  };
  for (let at = firstMark; at < end; at++) {
    if (!maybeMark(shown, at - base)) continue;
    const mark = classify(view, original, at, start, end, markup);
    if (!mark) continue;
    at += mark.length - 1;
    // the nearest open mark of the same family
    const same = byFamily[mark.family];
    const k = same.length > 0 ? same[same.length - 1]! : -1;
    const closes = mark.canClose && k >= 0 && (!mark.canOpen || k === stack.length - 1 || mark.family === 'double');
    if (closes) {
      // marks opened inside and never closed end here, unclosed: an inner
      // mark must not outlive its parent
      while (stack.length - 1 > k) {
        const dropped = pop();
        if (dropped.mark.family === 'double') emit(dropped.mark, dropped.depth, null, mark.at);
      }
      const opened = pop();
      emit(opened.mark, opened.depth, mark, mark.at);
    } else if (mark.canOpen) {
      same.push(stack.length);
      stack.push({ mark, depth: stack.length });
    }
  }
  // unclosed marks: a double one runs to the paragraph end; a single one was an apostrophe
  for (const open of stack) if (open.mark.family === 'double') emit(open.mark, open.depth, null, end);
  dropStrayMarks(out, from);
}

/**
 * A double mark that holds other double-quoted stretches is a stray mark, not
 * a quotation (English nests single marks in double ones, and double in double
 * only now and then, once): an unclosed one holding one such stretch
 * (`the "plan was late. "It is over," Jones said. ...`), or one paired with a
 * far closing mark holding two or more. It is dropped, and the stretches it
 * held move up one level, so that it cannot swallow the rest of the paragraph
 * and every quote in it (text whose paragraphs were joined into one above all).
 */
function dropStrayMarks(out: QuotedStretch[], from: number): void {
  // (none or one stretch: nothing holds another, nothing is dropped)
  if (out.length - from <= 1) return;
  const found = out.slice(from).sort((a, b) => a.open - b.open);
  const n = found.length;
  // the next double stretch after each one, so that counting the doubles inside a stretch is constant time
  const nextDouble = new Int32Array(n + 1).fill(n);
  for (let k = n - 2; k >= 0; k--) nextDouble[k] = found[k + 1]!.family === 'double' ? k + 1 : nextDouble[k + 1]!;
  // ends of the dropped stretches around the current one (they nest): each lowers the depth inside it by one
  const dropped: number[] = [];
  const kept: QuotedStretch[] = [];
  for (let k = 0; k < n; k++) {
    const s = found[k]!;
    while (dropped.length > 0 && dropped[dropped.length - 1]! <= s.open) dropped.pop();
    const depth = s.depth - dropped.length;
    if (depth === 0 && s.family === 'double') {
      const first = nextDouble[k]!;
      const doubles = first < n && found[first]!.open < s.end ? (nextDouble[first]! < n && found[nextDouble[first]!]!.open < s.end ? 2 : 1) : 0;
      if (doubles >= (s.close < 0 ? 1 : 2)) {
        dropped.push(s.end);
        continue;
      }
    }
    kept.push(depth === s.depth ? s : stretchAtDepth(s, depth));
  }
  out.length = from;
  append(out, kept);
}

/** Finds every quoted stretch in the document, sorted by opening offset. */
export function scanQuotes(doc: Doc): QuotedStretch[] {
  const out: QuotedStretch[] = [];
  // (whether the input holds a markup tag's "<" at all, asked once per text rather than around every double mark)
  const markup = doc.text.includes('<');
  for (const p of doc.paragraphs) scanParagraph(doc.view, doc.text, p.start, p.end, p.para, out, markup);
  out.sort((a, b) => a.open - b.open || a.depth - b.depth);
  return out;
}
