/**
 * Pins the public surface of saidwho: the sorted list of names that
 * src/index.ts exports (values and types), and checks that the built package
 * (ESM, CJS and both declaration files) exports exactly the same.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, test } from 'vitest';
import * as source from '../src/index.js';
import { DIST, ROOT, ensureBuilt } from './setup/build.js';

/** Functions and other runtime values. */
const VALUES = [
  'createExtractor',
  'evaluate',
  'extractQuotes',
  'formatErrors',
  'formatReport',
  'isSpeechCue',
  'isSpeechScope',
  'parseGoldJsonl',
  'parseGoldLine',
  'scoreDocuments',
];

/** Every exported name, types included. */
const ALL = [
  'Accuracy',
  'CategoryPrecision',
  'Cue',
  'CueCategory',
  'CustomCue',
  'DocumentFailure',
  'ErrorEntry',
  'ErrorListing',
  'ErrorQuote',
  'EvaluateOptions',
  'EvaluationReport',
  'ExtractQuotesOptions',
  'Extraction',
  'Extractor',
  'GoldDocument',
  'GoldQuote',
  'GoldSpan',
  'KindScores',
  'KnownSpeaker',
  'ModeScores',
  'Prf',
  'Quote',
  'QuoteKind',
  'RoleScores',
  'ScopeScores',
  'ScoreOptions',
  'ScoredDocument',
  'Span',
  'Speaker',
  'SpeakerKind',
  'SpeakerRef',
  'SpeakerVia',
  ...VALUES,
].sort();

/** The names a TypeScript module exports, as the compiler sees them. */
function declaredExports(file: string): string[] {
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2020,
  });
  const checker = program.getTypeChecker();
  const sourceFile = program.getSourceFile(file);
  if (sourceFile === undefined) throw new Error(`not found: ${file}`);
  const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
  if (moduleSymbol === undefined) throw new Error(`not a module: ${file}`);
  return checker
    .getExportsOfModule(moduleSymbol)
    .map((s) => s.getName())
    .sort();
}

describe('public exports of src/index.ts', () => {
  test('runtime values', () => {
    expect(Object.keys(source).sort()).toEqual(VALUES);
  });

  test('values and types', () => {
    expect(declaredExports(join(ROOT, 'src/index.ts'))).toEqual(ALL);
  });

  test('no default export', () => {
    expect('default' in source).toBe(false);
  });
});

describe('public exports of the built package', () => {
  beforeAll(ensureBuilt);

  test('ESM dist/index.js', async () => {
    const esm = (await import(/* @vite-ignore */ pathToFileURL(join(DIST, 'index.js')).href)) as object;
    expect(Object.keys(esm).sort()).toEqual(VALUES);
  });

  test('CJS dist/index.cjs', () => {
    const cjs = createRequire(import.meta.url)(join(DIST, 'index.cjs')) as object;
    expect(Object.keys(cjs).sort()).toEqual(VALUES);
  });

  test.each(['types/index.d.ts', 'types/index.d.cts'])('declarations dist/%s', (file) => {
    expect(declaredExports(join(DIST, file))).toEqual(ALL);
  });
});
