import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm run bench`: runs every compiled `*.bench.js` beside this file, each in its own process
 * (so peak memory and start-up are measured per benchmark), in name order. A benchmark prints
 * figures and ratios; none asserts a time. Pass names to run only some: `npm run bench -- edifact`.
 */
function main(): number {
  const filters = process.argv.slice(2);
  const benches = readdirSync(__dirname)
    .filter((file) => file.endsWith('.bench.js'))
    .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
    .sort();
  let failures = 0;
  for (const file of benches) {
    process.stdout.write(`\n== ${file.replace(/\.bench\.js$/, '')} ==\n`);
    const result = spawnSync(process.execPath, ['--expose-gc', join(__dirname, file)], {
      stdio: 'inherit',
    });
    if (result.status !== 0) failures += 1;
  }
  return failures === 0 ? 0 : 1;
}

process.exitCode = main();
