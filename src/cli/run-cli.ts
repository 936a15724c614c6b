import type { CliCommandEntry, CliIo } from './cli-command';
import { EXIT_BAD_INPUT, EXIT_OK, exitCodeFor } from './exit-code';
import { errorLine } from './printable';

function helpText(commands: readonly CliCommandEntry[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `usage: npm run -s cli -- <command> [options]\n\ncommands:\n${lines.join('\n')}\n`;
}

/**
 * Runs one command and returns the process exit code. Help that was asked for goes to standard
 * output (so `cli help | less` works); help shown because no command was given is a usage
 * error, on standard error. Failures end with a single `error: …` line on standard error,
 * escaped for the terminal; standard output is left to the command.
 */
export async function runCli(
  argv: string[],
  commands: readonly CliCommandEntry[],
  io: CliIo,
): Promise<number> {
  const [name, ...args] = argv;
  if (!name) {
    io.stderr.write(helpText(commands));
    return EXIT_BAD_INPUT;
  }
  if (name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(helpText(commands));
    return EXIT_OK;
  }
  const entry = commands.find((command) => command.name === name);
  if (!entry) {
    io.stderr.write(errorLine(`unknown command '${name}' (see 'npm run -s cli -- help')`));
    return EXIT_BAD_INPUT;
  }
  if (args.includes('--help')) {
    io.stdout.write(`usage: npm run -s cli -- ${entry.usage}\n${entry.summary}\n`);
    return EXIT_OK;
  }
  try {
    const command = await entry.load();
    return await command.run(args, io);
  } catch (error) {
    io.stderr.write(errorLine(error instanceof Error ? error.message : String(error)));
    return exitCodeFor(error);
  }
}
