import { PassThrough } from 'node:stream';

import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';

import { parseCsv } from '../../matching/query-csv';
import { readQueryRecords } from '../../matching/query-records';
import type { ScreeningSubject } from '../../matching/screening-subject';
import { WatchlistIndex } from '../../matching/watchlist-index';
import { loadWatchlist } from '../../watchlists/load-watchlist';
import type { WatchlistVersion } from '../../watchlists/watchlist-entry';
import { NameScoreCommand } from '../name-score.command';
import { evaluationPart, inPart, rowIdentity, type EvaluationPart } from './evaluation-split';
import { joinOfacForBench } from './ofac-join';
import { sharedDataPath } from './shared-data';

/**
 * The matching-quality figures (name-pair F1, recall of listed people, false alerts), computed
 * the same way by `npm run eval` (bench/eval.ts) and by the data test that guards them
 * (matching-quality.data-spec.ts), each for the development and the held-out part of the data
 * (evaluation-split.ts). Lives in src/ because both the bench and the data test use it, and
 * tests do not import bench/.
 */

export interface Confusion {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export function confusion(outcomes: readonly { predicted: boolean; actual: boolean }[]): Confusion {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let trueNegatives = 0;
  for (const { predicted, actual } of outcomes) {
    if (predicted && actual) truePositives += 1;
    else if (predicted) falsePositives += 1;
    else if (actual) falseNegatives += 1;
    else trueNegatives += 1;
  }
  const precision = truePositives / Math.max(1, truePositives + falsePositives);
  const recall = truePositives / Math.max(1, truePositives + falseNegatives);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { truePositives, falsePositives, falseNegatives, trueNegatives, precision, recall, f1 };
}

function readCsvObjects(path: string): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), { columns: true, bom: true, comment: '#' });
}

export interface NameBenchFigures {
  all: Confusion;
  person: Confusion;
  nonAscii: Confusion;
  cases: number;
}

/** Figures for the whole data and for each part of the split. */
export type ByPart<T> = Record<EvaluationPart | 'whole', T>;

const NON_ASCII = /[^\u0020-\u007e]/;

interface PairOutcome {
  predicted: boolean;
  actual: boolean;
  person: boolean;
  nonAscii: boolean;
}

function benchFigures(outcomes: readonly PairOutcome[]): NameBenchFigures {
  return {
    all: confusion(outcomes),
    person: confusion(outcomes.filter((outcome) => outcome.person)),
    nonAscii: confusion(outcomes.filter((outcome) => outcome.nonAscii)),
    cases: outcomes.length,
  };
}

/** A name-bench pair's identity for the split: case group, schema and the two names. */
function benchPairIdentity(row: Record<string, string>): string {
  return rowIdentity([row.case_group, row.schema, row.name1, row.name2]);
}

/**
 * nomenklatura's labelled name pairs run through the `name-score` command itself (in-memory
 * streams), so the figure is the CLI's: for the whole bench and for each part.
 */
export async function nameBenchFigures(threshold?: number): Promise<ByPart<NameBenchFigures>> {
  const path = sharedDataPath('name-matching', 'nomenklatura_name_bench_cases.csv');
  const cases = readCsvObjects(path);
  const scored = await runNameScore(path, threshold);
  if (scored.length !== cases.length) {
    throw new Error(`name-score returned ${scored.length} rows for ${cases.length} cases`);
  }
  const outcomes = cases.map((row, index) => ({
    predicted: scored[index].alert,
    actual: row.is_match === 'true',
    person: row.schema === 'Person',
    nonAscii: NON_ASCII.test(row.name1 + row.name2),
  }));
  const identities = cases.map(benchPairIdentity);
  return {
    whole: benchFigures(outcomes),
    development: benchFigures(inPart(outcomes, identities, 'development')),
    'held-out': benchFigures(inPart(outcomes, identities, 'held-out')),
  };
}

/** Runs `name-score --pairs FILE` and returns its rows. */
export async function runNameScore(
  path: string,
  threshold?: number,
): Promise<{ score: number; alert: boolean }[]> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  const args = ['--pairs', path];
  if (threshold !== undefined) args.push('--threshold', String(threshold));
  const code = await new NameScoreCommand().run(args, { stdin: new PassThrough(), stdout, stderr });
  if (code !== 0) throw new Error(`name-score exited with ${code}`);
  const rows: string[][] = parse(Buffer.concat(chunks).toString('utf8'), { from_line: 2 });
  return rows.map((row) => ({ score: Number(row[2]), alert: row[3] === 'true' }));
}

/** logic-v2's own figures from its frozen run (threshold 0.7), recomputed from the file, per part. */
export function logicV2Figures(): ByPart<NameBenchFigures> {
  const rows = readCsvObjects(
    sharedDataPath('name-matching', 'nomenklatura_name_bench_logicv2-frozen.csv'),
  );
  const outcomes = rows.map((row) => ({
    predicted: row.predicted_match === 'true',
    actual: row.is_match === 'true',
    person: row.schema === 'Person',
    nonAscii: NON_ASCII.test(row.name1 + row.name2),
  }));
  const identities = rows.map(benchPairIdentity);
  return {
    whole: benchFigures(outcomes),
    development: benchFigures(inPart(outcomes, identities, 'development')),
    'held-out': benchFigures(inPart(outcomes, identities, 'held-out')),
  };
}

/** logic-v2's published F1 on the whole bench (its frozen run), shown beside ours. */
export const LOGIC_V2_QUOTED = { all: 0.79, person: 0.742, nonAscii: 0.864 };

export function loadUnList(): WatchlistVersion {
  return loadWatchlist(`un:${sharedDataPath('watchlists', 'un', 'consolidated.xml')}`);
}

/** OFAC as the evaluation uses it: the 2024-07-02 sdn.csv joined with the 2025-01 aliases. */
export function loadOfacJoined(): WatchlistVersion {
  return loadWatchlist(`ofac:${joinOfacForBench()}`);
}

export function queryFile(name: string): ScreeningSubject[] {
  return readQueryRecords(sharedDataPath('name-matching', name));
}

/** The identity of each record of a query file (all its fields), in file order. */
function queryIdentities(name: string): string[] {
  const path = sharedDataPath('name-matching', name);
  return parseCsv(readFileSync(path, 'utf8'), name)
    .slice(1)
    .map((row) => rowIdentity(row));
}

/**
 * The treated UN positives are the untreated ones with typos and reordering, row for row: they
 * take the identity of their untreated row, so a person is in the same part in both files.
 */
const IDENTITY_SOURCE: Record<string, string> = {
  'yente_cgb_positives_un_treated.csv': 'yente_cgb_positives_un_untreated.csv',
};

/** The records of a query file in one part of the split. */
export function queryFilePart(name: string, part: EvaluationPart): ScreeningSubject[] {
  return inPart(queryFile(name), queryIdentities(IDENTITY_SOURCE[name] ?? name), part);
}

export interface AlertFigures {
  queries: number;
  alerts: number;
  /** Queries whose best candidate alerts, per 10,000. */
  per10k: number;
  examples: string[];
}

/** How many queries get an alerting best candidate (recall for positives, false alerts else). */
export function alertFigures(
  index: WatchlistIndex,
  subjects: readonly ScreeningSubject[],
  threshold?: number,
): AlertFigures {
  let alerts = 0;
  const examples: string[] = [];
  for (const subject of subjects) {
    const [best] = index.match(
      subject,
      threshold === undefined ? { limit: 1 } : { limit: 1, threshold },
    );
    if (best?.alert) {
      alerts += 1;
      if (examples.length < 5) examples.push(best.explanation.summary);
    }
  }
  return {
    queries: subjects.length,
    alerts,
    per10k: (alerts / Math.max(1, subjects.length)) * 10000,
    examples,
  };
}

export interface CrossScriptFigures {
  pairs: number;
  alerts: number;
  reachingExpected: number;
  rows: {
    query: string;
    expected: string;
    score: number;
    minimum: number;
    alert: boolean;
    part: EvaluationPart;
  }[];
}

/** watchman's cross-script pairs (Arabic, Cyrillic, CJK, Greek, Hebrew, Thai → Latin). */
export async function crossScriptFigures(threshold?: number): Promise<CrossScriptFigures> {
  const source = sharedDataPath('name-matching', 'watchman_cross_script_pairs.csv');
  const lines = readFileSync(source, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'));
  const pairs = lines.map((line) => {
    const [query, expected, minimum] = line.split(',');
    return { query: query.trim(), expected: expected.trim(), minimum: Number(minimum) };
  });
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const folder = mkdtempSync(join(tmpdir(), 'cross-script-'));
  try {
    const path = join(folder, 'pairs.csv');
    const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
    writeFileSync(
      path,
      ['name1,name2', ...pairs.map((pair) => `${quote(pair.query)},${quote(pair.expected)}`)].join(
        '\n',
      ),
    );
    const scored = await runNameScore(path, threshold);
    const rows = pairs.map((pair, index) => ({
      ...pair,
      score: scored[index].score,
      alert: scored[index].alert,
      part: evaluationPart(rowIdentity([pair.query, pair.expected])),
    }));
    return {
      pairs: rows.length,
      alerts: scored.filter((row) => row.alert).length,
      reachingExpected: rows.filter((row) => row.score >= row.minimum).length,
      rows,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Each query's best candidate score (0 when the index finds none), for threshold sweeps. */
export function bestScores(index: WatchlistIndex, subjects: readonly ScreeningSubject[]): number[] {
  return subjects.map(
    (subject) => index.match(subject, { limit: 1, explain: false })[0]?.score ?? 0,
  );
}

/** The name-bench pairs of one part with their name-score score and label. */
export async function nameBenchScores(
  part: EvaluationPart,
): Promise<{ score: number; actual: boolean }[]> {
  const path = sharedDataPath('name-matching', 'nomenklatura_name_bench_cases.csv');
  const cases = readCsvObjects(path);
  const scored = await runNameScore(path);
  const pairs = cases.map((row, index) => ({
    score: scored[index].score,
    actual: row.is_match === 'true',
  }));
  return inPart(pairs, cases.map(benchPairIdentity), part);
}
