import type { CliCommandEntry, CliIo } from './cli-command';
import { CliError } from './cli-error';

function helpText(commands: readonly CliCommandEntry[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `usage: npm run -s cli -- <command> [options]\n\ncommands:\n${lines.join('\n')}\n`;
}

/** Error text safe for one line: the first line of the message, never a stack trace. */
function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] || 'unknown failure';
}

/**
 * Runs one command and returns the process exit code. Failures end with a single
 * `error: …` line on standard error; standard output is left to the command.
 */
export async function runCli(
  argv: string[],
  commands: readonly CliCommandEntry[],
  io: CliIo,
): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stderr.write(helpText(commands));
    return name ? 0 : 2;
  }
  const entry = commands.find((command) => command.name === name);
  if (!entry) {
    io.stderr.write(`error: unknown command '${name}' (see 'npm run -s cli -- help')\n`);
    return 2;
  }
  if (args.includes('--help')) {
    io.stderr.write(`usage: npm run -s cli -- ${entry.usage}\n${entry.summary}\n`);
    return 0;
  }
  try {
    const command = await entry.load();
    return await command.run(args, io);
  } catch (error) {
    io.stderr.write(`error: ${oneLine(error)}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}
