import { DEFAULT_ALERT_THRESHOLD } from '../src/screening/matching/match-thresholds';
import { WatchlistIndex } from '../src/screening/matching/watchlist-index';
import {
  alertFigures,
  crossScriptFigures,
  LOGIC_V2_QUOTED,
  loadOfacJoined,
  loadUnList,
  logicV2Figures,
  nameBenchFigures,
  queryFile,
  type Confusion,
} from './support/matching-eval';

/**
 * `npm run eval`: every matching-quality figure of issue 3, section 5, at the one default alert
 * threshold (or `--threshold T`), over the shared data (UN Security Council list, US Treasury
 * OFAC SDN, OpenSanctions' name bench and yente fixtures, moov-io/watchman's cross-script pairs).
 * Prints figures; asserts nothing (the data test guards the floors).
 */
function percent(value: number): string {
  return `${(value * 100).toFixed(2)} %`;
}

function line(label: string, figures: Confusion, reference?: number): string {
  const beside = reference === undefined ? '' : `   (logic-v2 frozen: F1 ${reference.toFixed(3)})`;
  return (
    `  ${label.padEnd(22)} F1 ${figures.f1.toFixed(3)}  precision ${figures.precision.toFixed(3)}  ` +
    `recall ${figures.recall.toFixed(3)}  (TP ${figures.truePositives}, FP ${figures.falsePositives}, ` +
    `FN ${figures.falseNegatives}, TN ${figures.trueNegatives})${beside}`
  );
}

async function main(): Promise<void> {
  const flag = process.argv.indexOf('--threshold');
  const threshold = flag >= 0 ? Number(process.argv[flag + 1]) : DEFAULT_ALERT_THRESHOLD;
  const out = (text: string) => process.stdout.write(`${text}\n`);
  out(`alert threshold: ${threshold}${threshold === DEFAULT_ALERT_THRESHOLD ? ' (default)' : ''}`);

  const bench = await nameBenchFigures(threshold);
  const logic = logicV2Figures();
  out(`\nname bench (nomenklatura cases.csv, ${bench.cases} pairs, through name-score):`);
  out(line('all pairs', bench.all, LOGIC_V2_QUOTED.all));
  out(
    line(
      `Person (${bench.person.truePositives + bench.person.falsePositives + bench.person.falseNegatives + bench.person.trueNegatives})`,
      bench.person,
      LOGIC_V2_QUOTED.person,
    ),
  );
  out(
    line(
      `non-ASCII (${bench.nonAscii.truePositives + bench.nonAscii.falsePositives + bench.nonAscii.falseNegatives + bench.nonAscii.trueNegatives})`,
      bench.nonAscii,
      LOGIC_V2_QUOTED.nonAscii,
    ),
  );
  out(
    `  logic-v2 recomputed from its frozen file (${logic.cases} cases at 0.70): F1 ${logic.all.f1.toFixed(3)}, Person ${logic.person.f1.toFixed(3)}, non-ASCII ${logic.nonAscii.f1.toFixed(3)}`,
  );

  const started = Date.now();
  const un = loadUnList();
  const ofac = loadOfacJoined();
  const unIndex = new WatchlistIndex([un], { threshold });
  const bothIndex = new WatchlistIndex([un, ofac], { threshold });
  out(
    `\nlists: UN ${un.entries.length} entries, OFAC ${ofac.entries.length} entries (${ofac.skipped.length} rows skipped), loaded and indexed in ${Date.now() - started} ms`,
  );

  out('\nrecall of UN-listed people against the UN list (best candidate alerts):');
  for (const [label, file, floor] of [
    ['untreated', 'yente_cgb_positives_un_untreated.csv', 0.99],
    ['treated (typos, reordering)', 'yente_cgb_positives_un_treated.csv', 0.95],
  ] as const) {
    const figures = alertFigures(unIndex, queryFile(file), threshold);
    const recall = figures.alerts / figures.queries;
    out(
      `  ${label.padEnd(30)} ${figures.alerts}/${figures.queries} = ${percent(recall)}  (target ≥ ${percent(floor)})`,
    );
  }

  out('\nfalse alerts against UN + OFAC:');
  const negatives = [
    ...queryFile('yente_cgb_negatives_global.csv'),
    ...queryFile('yente_cgb_negatives_us.csv'),
  ];
  const negativeFigures = alertFigures(bothIndex, negatives, threshold);
  out(
    `  100,000 synthetic negatives    ${negativeFigures.alerts} alerts = ${negativeFigures.per10k.toFixed(2)} per 10,000  (target ≤ 10)`,
  );
  for (const example of negativeFigures.examples) out(`    e.g. ${example}`);
  const congress = alertFigures(
    bothIndex,
    queryFile('yente_cgb_positives_us_congress_untreated.csv'),
    threshold,
  );
  out(
    `  US Congress (hard negatives)   ${congress.alerts}/${congress.queries} alert = ${congress.per10k.toFixed(1)} per 10,000`,
  );
  for (const example of congress.examples) out(`    e.g. ${example}`);

  const cross = await crossScriptFigures(threshold);
  out(
    `\nwatchman cross-script pairs: ${cross.alerts}/${cross.pairs} alert at ${threshold}; ${cross.reachingExpected}/${cross.pairs} reach watchman's own minimum score`,
  );
  for (const row of cross.rows) {
    out(
      `  ${row.query.padEnd(20)} ${row.expected.padEnd(20)} ${row.score.toFixed(4)}  (watchman minimum ${row.minimum.toFixed(2)})`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
