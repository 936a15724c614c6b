import { parseArgs } from 'node:util';
import type { CliCommand, CliIo } from '../../cli/cli-command';
import { CliError } from '../../cli/cli-error';
import { schemaDiff } from '../schema-diff';
import { selectedEngines, withEmptyDatabase } from './migration-engines';

/** Fails when generating a migration from the entities would produce anything. */
export class MigrationCheckCommand implements CliCommand {
  async run(args: string[], io: CliIo): Promise<number> {
    const { values } = parseArgs({ args, options: { engine: { type: 'string' } } });
    let drift = false;
    for (const engine of selectedEngines(values.engine)) {
      const diff = await withEmptyDatabase(engine, schemaDiff);
      if (diff.up.length === 0) {
        io.stdout.write(`${engine}: migrations match the entities\n`);
        continue;
      }
      drift = true;
      io.stdout.write(
        `${engine}: the entities need ${diff.up.length} statement(s) the migrations lack:\n`,
      );
      for (const query of diff.up) io.stdout.write(`  ${query}\n`);
    }
    if (drift) throw new CliError('migrations and entities disagree: run migration:generate', 1);
    return 0;
  }
}
