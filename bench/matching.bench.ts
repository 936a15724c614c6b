import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DEFAULT_ALERT_THRESHOLD } from '../src/screening/matching/match-thresholds';
import type { ScreeningSubject } from '../src/screening/matching/screening-subject';
import { WatchlistIndex } from '../src/screening/matching/watchlist-index';
import { loadWatchlist } from '../src/screening/watchlists/load-watchlist';
import type { WatchlistEntry, WatchlistVersion } from '../src/screening/watchlists/watchlist-entry';
import { joinOfacForBench } from '../src/screening/cli/evaluation/ofac-join';
import { queryFile } from '../src/screening/cli/evaluation/matching-eval';
import { sharedDataPath } from '../src/screening/cli/evaluation/shared-data';

/**
 * `npm run bench -- matching`: the matcher's speed figures, in one thread.
 * - the UN list and OFAC (2024-07-02 sdn.csv joined with the 2025-01 aliases) loaded and indexed;
 * - the 100,000 synthetic negatives screened against both: travellers per second, p50/p99;
 * - the same through the `match` command as a child process (start-up and list loading included);
 * - a synthetic list of 1,000,000 individuals generated here, indexed, with the peak RSS, then
 *   screened. Anchors: GTAS ~5 travellers/s per thread, watchman ~0.85 ms per search.
 * Prints figures and ratios; asserts nothing.
 */

const GTAS_TRAVELLERS_PER_SECOND = 5;
const WATCHMAN_MS_PER_SEARCH = 0.85;

function out(text: string): void {
  process.stdout.write(`${text}\n`);
}

function seconds(from: bigint): number {
  return Number(process.hrtime.bigint() - from) / 1e9;
}

function megabytes(kilobytes: number): string {
  return `${(kilobytes / 1024).toFixed(0)} MB`;
}

function percentile(sorted: Float64Array, share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))];
}

/** Screens every subject, timing each one; returns travellers/s and the per-traveller times. */
function screenAll(index: WatchlistIndex, subjects: readonly ScreeningSubject[]) {
  const times = new Float64Array(subjects.length);
  let alerts = 0;
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (let position = 0; position < subjects.length; position += 1) {
    const before = process.hrtime.bigint();
    const [best] = index.match(subjects[position], { limit: 1 });
    times[position] = Number(process.hrtime.bigint() - before) / 1e6;
    if (best?.alert) alerts += 1;
  }
  const elapsed = seconds(started);
  const cpu = process.cpuUsage(cpuBefore);
  times.sort();
  return {
    perSecond: subjects.length / elapsed,
    // On a shared machine the wall clock counts other processes' time too; user CPU time of
    // this process (GC helper threads included, so a conservative figure) does not.
    perCpuSecond: subjects.length / (cpu.user / 1e6),
    p50: percentile(times, 0.5),
    p99: percentile(times, 0.99),
    alerts,
    elapsed,
  };
}

function reportScreening(
  label: string,
  result: ReturnType<typeof screenAll>,
  count: number,
  target: number,
): void {
  out(
    `${label}: ${count} travellers in ${result.elapsed.toFixed(2)} s = ` +
      `${result.perSecond.toFixed(0)} travellers/s wall (${result.perCpuSecond.toFixed(0)} per CPU second), ` +
      `p50 ${(result.p50 * 1000).toFixed(0)} µs, ` +
      `p99 ${(result.p99 * 1000).toFixed(0)} µs per traveller, ${result.alerts} alerts`,
  );
  out(
    `  target ≥ ${target.toLocaleString('en')} travellers/s; vs GTAS (~${GTAS_TRAVELLERS_PER_SECOND}/s/thread): ×${(result.perSecond / GTAS_TRAVELLERS_PER_SECOND).toFixed(0)}; ` +
      `vs watchman (~${WATCHMAN_MS_PER_SEARCH} ms/search on 4 cores): ×${(WATCHMAN_MS_PER_SEARCH / result.p50).toFixed(1)} at p50`,
  );
}

/** Small seeded PRNG (mulberry32): the same synthetic list on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = [
  'b',
  'd',
  'f',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'z',
  'sh',
  'kh',
  'ch',
  'al',
  'om',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'ia'];
const CODAS = ['', '', 'n', 'r', 'l', 'm', 'd', 'v', 'z', 'k'];

/** A pronounceable word of 2-3 syllables; the vocabularies below are drawn from these. */
function word(next: () => number): string {
  const syllables = 2 + Math.floor(next() * 2);
  let text = '';
  for (let syllable = 0; syllable < syllables; syllable += 1) {
    text += ONSETS[Math.floor(next() * ONSETS.length)] + VOWELS[Math.floor(next() * VOWELS.length)];
    if (syllable === syllables - 1) text += CODAS[Math.floor(next() * CODAS.length)];
  }
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A synthetic list of `count` individuals: given names from a vocabulary of 20,000 words and
 * family names from 300,000 (a skewed draw, so some are common, as on real lists), one to two
 * given names, a third with an alias, dates of birth and nationalities.
 */
function syntheticList(count: number): WatchlistVersion {
  const next = random(20260227);
  const given = Array.from({ length: 20000 }, () => word(next));
  const family = Array.from({ length: 300000 }, () => word(next));
  const countries = [
    'AFG',
    'IRQ',
    'SYR',
    'YEM',
    'SOM',
    'LBY',
    'PRK',
    'IRN',
    'RUS',
    'MLI',
    'NGA',
    'PAK',
  ];
  const pick = (values: string[]) => values[Math.floor(Math.pow(next(), 1.6) * values.length)];
  const entries: WatchlistEntry[] = [];
  for (let position = 0; position < count; position += 1) {
    const givenNames = next() < 0.5 ? [pick(given)] : [pick(given), pick(given)];
    const surname = pick(family);
    const names: WatchlistEntry['names'] = [
      {
        full: `${givenNames.join(' ')} ${surname}`,
        given: givenNames,
        family: surname,
        quality: 'primary',
      },
    ];
    if (next() < 0.33) names.push({ full: `${pick(given)} ${surname}`, quality: 'good' });
    entries.push({
      id: `csv:S${position}`,
      list: 'csv',
      sourceId: `S${position}`,
      kind: 'individual',
      names,
      datesOfBirth: [{ kind: 'year', year: 1940 + Math.floor(next() * 60) }],
      nationalities: [countries[Math.floor(next() * countries.length)]],
      documents: [],
      programmes: [],
    });
  }
  return {
    kind: 'csv',
    source: 'synthetic',
    entries,
    counts: { individual: count, aliases: 0 },
    skipped: [],
  };
}

function main(): void {
  out(`default alert threshold ${DEFAULT_ALERT_THRESHOLD}`);
  const unPath = sharedDataPath('watchlists', 'un', 'consolidated.xml');
  const ofacDir = joinOfacForBench();
  let started = process.hrtime.bigint();
  const un = loadWatchlist(`un:${unPath}`);
  const ofac = loadWatchlist(`ofac:${ofacDir}`);
  const loaded = seconds(started);
  started = process.hrtime.bigint();
  const index = new WatchlistIndex([un, ofac]);
  const indexed = seconds(started);
  out(
    `lists: UN ${un.entries.length} + OFAC ${ofac.entries.length} entries (${index.nameCount} names screened) ` +
      `loaded in ${loaded.toFixed(2)} s, indexed in ${indexed.toFixed(2)} s: ${(loaded + indexed).toFixed(2)} s (target < 5 s)`,
  );

  const negatives = [
    ...queryFile('yente_cgb_negatives_global.csv'),
    ...queryFile('yente_cgb_negatives_us.csv'),
  ];
  // One warm-up pass over a slice so the JIT has compiled the hot paths, as in a running service.
  screenAll(index, negatives.slice(0, 5000));
  reportScreening(
    'negatives vs UN + OFAC, in process',
    screenAll(index, negatives),
    negatives.length,
    10000,
  );

  // The same through the CLI, as an integrator scripts it: one process, lists loaded each time.
  const folder = mkdtempSync(join(tmpdir(), 'match-bench-'));
  try {
    const global = readFileSync(
      sharedDataPath('name-matching', 'yente_cgb_negatives_global.csv'),
      'utf8',
    );
    const us = readFileSync(sharedDataPath('name-matching', 'yente_cgb_negatives_us.csv'), 'utf8');
    const input = join(folder, 'negatives.csv');
    writeFileSync(input, `${global.trimEnd()}\n${us.slice(us.indexOf('\n') + 1)}`);
    const cli = join(__dirname, '..', 'src', 'cli.js');
    started = process.hrtime.bigint();
    const result = spawnSync(
      process.execPath,
      [cli, 'match', '--list', `un:${unPath}`, '--list', `ofac:${ofacDir}`, '--input', input],
      { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
    );
    const elapsed = seconds(started);
    if (result.status !== 0) {
      out(`match CLI failed (exit ${result.status}): ${result.stderr.trim()}`);
    } else {
      const rows = result.stdout.trimEnd().split('\n').length - 1;
      out(
        `negatives through 'match' (child process, start-up and list loading included): ${rows} rows in ` +
          `${elapsed.toFixed(2)} s = ${(rows / elapsed).toFixed(0)} travellers/s (target ≥ 10,000)`,
      );
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  // Scale: a million listed individuals.
  const generatedAt = process.hrtime.bigint();
  const synthetic = syntheticList(1_000_000);
  const generated = seconds(generatedAt);
  started = process.hrtime.bigint();
  const large = new WatchlistIndex([synthetic]);
  const largeIndexed = seconds(started);
  const { maxRSS } = process.resourceUsage();
  out(
    `synthetic list: ${synthetic.entries.length} entries (${large.nameCount} names) generated in ${generated.toFixed(1)} s, ` +
      `indexed in ${largeIndexed.toFixed(1)} s (target < 60 s); peak RSS ${megabytes(maxRSS)} (target < 2 GB)`,
  );
  const sample = negatives.filter((_, position) => position % 5 === 0);
  screenAll(large, sample.slice(0, 2000));
  reportScreening(
    '20,000 negatives vs the 1,000,000-entry list',
    screenAll(large, sample),
    sample.length,
    2000,
  );
  out(`peak RSS at the end: ${megabytes(process.resourceUsage().maxRSS)}`);
}

main();
