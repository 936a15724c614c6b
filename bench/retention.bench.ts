import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../src/config/app-config';
import { loadConfig } from '../src/config/load-config';
import { dropScratchDatabase } from '../src/database/scratch-database';
import { createApp } from '../src/main';
import { Organisation } from '../src/organisations/organisation.entity';
import { hitContext, type HitDetail } from '../src/piu/pipeline/hit-ledger';
import { travellerContext } from '../src/piu/pipeline/traveller-ledger';
import type { TravellerRecord } from '../src/piu/pipeline/traveller-record';
import { PersonalDataCipher } from '../src/piu/protection/personal-data-cipher';
import { cutoffsOf, type RetentionCounts } from '../src/piu/retention/retention-counts';
import { DEFAULT_RETENTION } from '../src/piu/retention/retention-limits';
import { FlightRetention } from '../src/piu/retention/flight-retention';
import { RetentionRun } from '../src/piu/retention/retention-run';
import { rankTravellers } from '../src/piu/retention/traveller-name-search';
import { ENGINES } from './support/portal';
import { scratchMariadb } from './scratch-mariadb';

/**
 * The daily retention run over BENCH_RETENTION_TRAVELLERS stored travellers (default
 * 1,000,000) of one State, on SQLite and on MariaDB (BENCH_ENGINES). The rows are written in
 * bulk with SQL, as the pipeline would have left them: flights of 200 travellers whose
 * departures spread evenly over 2,000 days (so, at the default periods, about 9 % are younger
 * than 180 days, 82 % are due for depersonalisation and 9 % for deletion), each with a sealed
 * record, a source row and a PAXLST message (one part, its sealed raw bytes); 1 in 200
 * travellers has a hit, a tenth of those confirmed (kept whole for their own period). Prints
 * the run's time, what it did, and the process's peak RSS and heap while it ran; then the next
 * day's run (what is left to do: nothing). Asserts nothing.
 */
const TRAVELLERS = Number(process.env.BENCH_RETENTION_TRAVELLERS ?? 1_000_000);
const PER_FLIGHT = 200;
const SPREAD_DAYS = 2000;
const RAW_BYTES = 30_000;
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 1, 3, 0);

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const line = (label: string, value: string) =>
  process.stdout.write(`${label.padEnd(34)} ${value}\n`);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** `YYYY-MM-DD HH:MM:SS.mmm`: what both engines take for a datetime column. */
const sqlTime = (time: number) => new Date(time).toISOString().replace('T', ' ').replace('Z', '');

/** A 64-hex-digit value, different for each seed (the keyed hashes are not read by retention). */
const hex = (seed: number, salt: string) =>
  (seed.toString(16).padStart(16, '0') + salt).padEnd(64, '0').slice(0, 64);

const SEARCH_SURNAMES =
  'OKONKWO HALVORSEN MUTASA KARIUKI LINDQVIST ABERNATHY NAKAMURA VOLKOVA ESPARZA ODHIAMBO ' +
  'MENSAH DLAMINI NDLOVU HANSEN LARSEN SILVA SANTOS LOPEZ ROSSI BIANCHI GARCIA NOWAK ' +
  'KOWALSKI IVANOVA TANAKA CHEN SHARMA PATEL HASSAN';
const SEARCH_GIVEN =
  'AMARA TOBIAS ZAWADI ELIN KOFI MIREILLE HIRO RAFAEL NJERI JAMES MARY OLIVIA LIAM SOFIA ' +
  'LUCAS EMMA NOAH HUGO CHLOE PAOLO GIULIA MARTA JAVIER LUCIA PIOTR ANNA OLGA IVAN YUKI';
const SURNAMES = 'OKONKWO HALVORSEN MUTASA KARIUKI LINDQVIST ABERNATHY NAKAMURA VOLKOVA'.split(' ');
const GIVEN = 'AMARA TOBIAS ZAWADI ELIN KOFI MIREILLE HIRO LUDMILA'.split(' ');

function recordOf(n: number): TravellerRecord {
  return {
    surname: SURNAMES[n % SURNAMES.length] + String.fromCharCode(65 + (n % 26)),
    givenNames: GIVEN[(n * 7) % GIVEN.length],
    dateOfBirth: `${1950 + (n % 50)}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
    gender: n % 2 ? 'M' : 'F',
    nationality: 'KEN',
    documents: [
      { type: 'P', number: `P${1_000_000 + n}`, issuingCountry: 'KEN', expiry: '2031-01-01' },
    ],
    contacts: n % 3 === 0 ? [{ kind: 'email', value: `traveller${n}@example.org` }] : [],
    seat: `${1 + (n % 40)}C`,
    pnrLocators: [`L${(n * 31).toString(36).toUpperCase().slice(-5)}`],
  };
}

function detailOf(n: number, record: TravellerRecord): HitDetail {
  return {
    explanation: `name "${record.givenNames} ${record.surname}" ~ listed (primary) 0.93`,
    traveller: {
      id: `T${n}`,
      index: n % PER_FLIGHT,
      name: `${record.givenNames} ${record.surname}`,
      role: 'passenger',
      dateOfBirth: record.dateOfBirth,
    },
    entry: { id: 'csv:NAT-1', list: 'csv', names: ['Listed Person'], programmes: [] },
    match: {
      queryName: `${record.givenNames} ${record.surname}`,
      entryName: 'Listed Person',
      nameScore: 0.93,
      tokens: [
        {
          query: record.surname.toLowerCase(),
          entry: 'person',
          similarity: 0.9,
          weight: 2,
          method: 'fuzzy',
        },
      ],
      qualifiers: [
        { qualifier: 'dob', effect: 0.02, reason: `date of birth ${record.dateOfBirth} matches` },
      ],
      summary: `name "${record.givenNames} ${record.surname}" ~ "Listed Person"`,
    },
  };
}

type Query = (sql: string, parameters: unknown[]) => Promise<unknown>;

/** Multi-row INSERTs of `rows`, `per` rows a statement. */
async function insert(
  query: Query,
  table: string,
  columns: string[],
  rows: unknown[][],
  per: number,
): Promise<void> {
  const placeholder = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += per) {
    const slice = rows.slice(i, i + per);
    await query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${slice.map(() => placeholder).join(', ')}`,
      slice.flat(),
    );
  }
}

/** Writes the State's flights, messages, travellers, sources and hits; returns the counts. */
async function seed(dataSource: DataSource, cipher: PersonalDataCipher, stateId: number) {
  const flights = Math.ceil(TRAVELLERS / PER_FLIGHT);
  const raw = cipher.seal(Buffer.alloc(RAW_BYTES, 'NAD+FL+++SURNAME:GIVEN'), 'raw:bench');
  let traveller = 0;
  let hits = 0;
  // A flight at a time in a transaction: memory stays small whatever the size.
  for (let f = 1; f <= flights; f++) {
    const departure = NOW - ((f * SPREAD_DAYS) / flights) * DAY;
    const count = Math.min(PER_FLIGHT, TRAVELLERS - traveller);
    await dataSource.transaction(async (manager) => {
      const query: Query = (sql, parameters) => manager.query(sql, parameters);
      await query(
        'INSERT INTO screening_flight (id, state_id, flight_key, carrier, number, departure_local, departure_at, traveller_count, first_message_at, last_message_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [
          f,
          stateId,
          `KQ|${f}|bench`,
          'KQ',
          String(f % 10_000),
          new Date(departure).toISOString().slice(0, 16),
          sqlTime(departure),
          count,
          sqlTime(departure - DAY),
          sqlTime(departure - DAY),
        ],
      );
      await query(
        "INSERT INTO screening_message (id, state_id, kind, status, screening_state, source, received_at, received_on, size, diagnostics, flight_id, traveller_count) VALUES (?, ?, 'PAXLST', 'parsed', 'screened', 'api', ?, ?, ?, '[]', ?, ?)",
        [
          f,
          stateId,
          sqlTime(departure - DAY),
          new Date(departure - DAY).toISOString().slice(0, 10),
          RAW_BYTES,
          f,
          count,
        ],
      );
      await query(
        "INSERT INTO screening_message_part (id, message_id, state_id, sequence, final, content_hash, size, raw_key_id, source, received_at) VALUES (?, ?, ?, 0, 1, ?, ?, ?, 'api', ?)",
        [f, f, stateId, hex(f, 'part'), RAW_BYTES, cipher.currentKeyId, sqlTime(departure - DAY)],
      );
      await query('INSERT INTO screening_raw_chunk (part_id, position, data) VALUES (?, 0, ?)', [
        f,
        raw,
      ]);
      const travellers: unknown[][] = [];
      const sources: unknown[][] = [];
      const hitRows: unknown[][] = [];
      for (let i = 0; i < count; i++) {
        const id = ++traveller;
        const record = recordOf(id);
        travellers.push([
          id,
          stateId,
          f,
          'passenger',
          'KEN',
          1,
          0,
          hex(id, 'doc'),
          hex(id, 'dob'),
          hex(id, 'bkg'),
          hex(id, 'nam'),
          hex(id, 'dat'),
          cipher.sealText(JSON.stringify(record), travellerContext({ stateId, flightId: f })),
          sqlTime(departure - DAY),
          sqlTime(departure - DAY),
        ]);
        sources.push([id, id, f, 0, i]);
        if (id % 200 === 7) {
          hits++;
          hitRows.push([
            hits,
            stateId,
            f,
            id,
            f,
            'name',
            'high',
            2,
            0.93,
            `entry:bench:${hits}`,
            'csv:NAT-1',
            cipher.sealText(
              JSON.stringify(detailOf(id, record)),
              hitContext({ stateId, travellerId: id }),
            ),
            hits % 10 === 0 ? 'confirmed' : 'cleared',
            sqlTime(departure),
            sqlTime(departure),
            sqlTime(departure),
          ]);
        }
      }
      await insert(
        query,
        'screening_traveller',
        [
          'id',
          'state_id',
          'flight_id',
          'role',
          'nationality',
          'from_api',
          'from_pnr',
          'document_hash',
          'name_dob_hash',
          'booking_hash',
          'name_hash',
          'data_hash',
          'personal',
          'created_at',
          'updated_at',
        ],
        travellers,
        200,
      );
      await insert(
        query,
        'screening_traveller_source',
        ['id', 'traveller_id', 'message_id', 'unit', 'position'],
        sources,
        500,
      );
      if (hitRows.length > 0)
        await insert(
          query,
          'screening_hit',
          [
            'id',
            'state_id',
            'flight_id',
            'traveller_id',
            'message_id',
            'kind',
            'severity',
            'severity_rank',
            'score',
            'dedupe_key',
            'entry_reference',
            'detail',
            'status',
            'departure_at',
            'created_at',
            'updated_at',
          ],
          hitRows,
          200,
        );
    });
  }
  return { flights, travellers: traveller, hits };
}

/** Memory peaks while a run goes: sampled on a timer and after each flight. */
class MemoryPeaks {
  rss = 0;
  heap = 0;

  reset(): void {
    const now = process.memoryUsage();
    this.rss = now.rss;
    this.heap = now.heapUsed;
  }

  sample(): void {
    const now = process.memoryUsage();
    this.rss = Math.max(this.rss, now.rss);
    this.heap = Math.max(this.heap, now.heapUsed);
  }
}

/**
 * Runs `work`, sampling RSS and heap meanwhile; returns its result, time and peaks. On SQLite
 * every query is synchronous, so a run never yields to timers: the bench also samples after
 * each flight (a wrapper around FlightRetention.apply).
 */
async function measured<T>(peaks: MemoryPeaks, work: () => Promise<T>) {
  (globalThis as { gc?: () => void }).gc?.();
  const base = process.memoryUsage();
  peaks.reset();
  const sample = setInterval(() => peaks.sample(), 25);
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  try {
    const result = await work();
    peaks.sample();
    const used = process.cpuUsage(cpu);
    return {
      result,
      ms: ms(start),
      cpuMs: (used.user + used.system) / 1000,
      base,
      peakRss: peaks.rss,
      peakHeap: peaks.heap,
    };
  } finally {
    clearInterval(sample);
  }
}

const describeCounts = (c: RetentionCounts) =>
  `${c.travellersDepersonalised} travellers + ${c.hitsDepersonalised} hits masked, ${c.messagesDepersonalised} raw messages deleted; ` +
  `${c.travellersDeleted} travellers, ${c.hitsDeleted} hits, ${c.messagesDeleted} messages, ${c.flightsDeleted} flights deleted; ${c.travellersHeld} held`;

async function benchEngine(engine: string, database: DatabaseConfig, dataDir: string) {
  const config = loadConfig({ DATA_DIR: dataDir, DATABASE_URL: database.url, LOG_LEVEL: 'silent' });
  const app = await createApp(config);
  await app.init();
  try {
    const dataSource = app.get(DataSource);
    const state = await dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' });
    const start = process.hrtime.bigint();
    const seeded = await seed(dataSource, app.get(PersonalDataCipher), state.id);
    const seedMs = ms(start);
    line(
      `${engine} seeded`,
      `${seeded.travellers} travellers, ${seeded.flights} flights and messages, ${seeded.hits} hits in ${(seedMs / 1000).toFixed(1)} s (SQL, bulk)`,
    );
    const run = app.get(RetentionRun);
    const peaks = new MemoryPeaks();
    const flights = app.get(FlightRetention);
    const apply = flights.apply.bind(flights);
    flights.apply = async (flight, cutoffs) => {
      const counts = await apply(flight, cutoffs);
      peaks.sample();
      return counts;
    };
    const first = await measured(peaks, () =>
      run.runState(state.id, cutoffsOf(new Date(NOW), DEFAULT_RETENTION)),
    );
    const touched = first.result.travellersDepersonalised + first.result.travellersDeleted;
    line(
      `${engine} retention run`,
      `${(first.ms / 1000).toFixed(1)} s wall (${(first.cpuMs / 1000).toFixed(1)} s CPU in this process), ${Math.round(touched / (first.ms / 1000))} travellers/s masked or deleted`,
    );
    line(`${engine}   did`, describeCounts(first.result));
    line(
      `${engine}   memory`,
      `peak RSS ${mb(first.peakRss)} (${mb(first.base.rss)} before, +${mb(first.peakRss - first.base.rss)}); peak heap ${mb(first.peakHeap)} (${mb(first.base.heapUsed)} before)`,
    );
    const next = await measured(peaks, () =>
      run.runState(state.id, cutoffsOf(new Date(NOW + DAY), DEFAULT_RETENTION)),
    );
    line(
      `${engine} next day's run`,
      `${(next.ms / 1000).toFixed(1)} s wall (${(next.cpuMs / 1000).toFixed(1)} s CPU): ${describeCounts(next.result)}`,
    );
  } finally {
    await app.close();
  }
}

/**
 * The name search's own work, in memory: opening a week's sealed records and ranking them
 * through a transient index of the engine (BENCH_SEARCH_TRAVELLERS, default 50,000: a week of a
 * mid-sized PIU), for four queries.
 */
function benchNameSearch(): void {
  const count = Number(process.env.BENCH_SEARCH_TRAVELLERS ?? 50_000);
  const cipher = new PersonalDataCipher('a-bench-encryption-secret-of-more-than-32-chars');
  const context = travellerContext({ stateId: 1, flightId: 1 });
  // Mostly distinct names (30 surnames with 60 endings, 30 given names, a middle name for
  // half), and every 2,500th traveller a LUDMILA PETROVA.
  const surnames = SEARCH_SURNAMES.split(' ');
  const endings = ['', ...'SKI OV EN ER IC AN IN ES ON AR US EL'.split(' ')].flatMap((ending) =>
    ['', 'A', 'I', 'O', 'E'].map((vowel) => ending + vowel),
  );
  const given = SEARCH_GIVEN.split(' ');
  const nameOf = (n: number) =>
    n % 2500 === 0
      ? { surname: 'PETROVA', givenNames: 'LUDMILA' }
      : {
          surname: surnames[n % surnames.length] + endings[Math.floor(n / 30) % endings.length],
          givenNames:
            given[Math.floor(n / 7) % given.length] +
            (n % 2 ? ` ${given[(n * 11) % given.length]}` : ''),
        };
  const sealed = Array.from({ length: count }, (_, n) =>
    cipher.sealText(JSON.stringify({ ...recordOf(n), ...nameOf(n) }), context),
  );
  const distinct = new Set(Array.from({ length: count }, (_, n) => JSON.stringify(nameOf(n)))).size;
  let start = process.hrtime.bigint();
  const travellers = sealed.map((value, id) => ({
    id,
    record: JSON.parse(cipher.openText(value, context)) as TravellerRecord,
  }));
  line(
    `name search, ${count} travellers`,
    `${distinct} distinct names; records opened in ${ms(start).toFixed(0)} ms`,
  );
  for (const name of [
    'Ludmila Petrova',
    'Людмила Петрова',
    'Ludmilla Petrowa',
    'Kofi Okonkwoski',
  ]) {
    start = process.hrtime.bigint();
    const found = rankTravellers(travellers, { name });
    line(
      `  "${name}"`,
      `${ms(start).toFixed(0)} ms (index of the ${count} built, then ranked): ${found.length} shown, best ${found[0]?.score ?? '-'}`,
    );
  }
}

async function main(): Promise<void> {
  benchNameSearch();
  process.stdout.write(`retention over ${TRAVELLERS} travellers (BENCH_RETENTION_TRAVELLERS)\n`);
  if (ENGINES.includes('sqlite')) {
    const dir = mkdtempSync(join(tmpdir(), 'cttp-retention-'));
    try {
      await benchEngine(
        'sqlite',
        loadConfig({ DATA_DIR: dir, DATABASE_URL: `sqlite:${join(dir, 'retention.sqlite')}` })
          .database,
        dir,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (!ENGINES.includes('mariadb')) return;
  const scratch = await scratchMariadb('bench_retention');
  if (typeof scratch === 'string') {
    process.stdout.write(`mariadb skipped: no server (${scratch})\n`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'cttp-retention-'));
  try {
    await benchEngine('mariadb', scratch, dir);
  } finally {
    await dropScratchDatabase(scratch);
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
