import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliCommand, CliIo } from '../../cli/cli-command';
import { CliError } from '../../cli/cli-error';
import { writeMigration } from '../migration-writer';
import { schemaDiff } from '../schema-diff';
import { selectedEngines, withEmptyDatabase } from './migration-engines';

/**
 * Writes `migrations/<engine>/<timestamp>-<Name>.ts` for each engine whose migrations lag the
 * entities. Run `npm run build` first (it reads the compiled entities) and again after.
 */
export class MigrationGenerateCommand implements CliCommand {
  async run(args: string[], io: CliIo): Promise<number> {
    const { values } = parseArgs({
      args,
      options: { name: { type: 'string' }, engine: { type: 'string' } },
    });
    const name = values.name ?? '';
    if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) {
      throw new CliError('--name must be a PascalCase name such as AddResources');
    }
    const timestamp = Date.now();
    for (const engine of selectedEngines(values.engine)) {
      const diff = await withEmptyDatabase(engine, schemaDiff);
      if (diff.up.length === 0) {
        io.stdout.write(`${engine}: nothing to generate\n`);
        continue;
      }
      const file = writeMigration(
        join(process.cwd(), 'migrations', engine),
        engine,
        name,
        timestamp,
        diff,
      );
      io.stdout.write(`${engine}: wrote ${file} (${diff.up.length} statements)\n`);
    }
    return 0;
  }
}
