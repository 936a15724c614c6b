import 'reflect-metadata';
import { commandRegistry } from './cli/command-registry';
import { runCli } from './cli/run-cli';

// Start-up only: the registry loads the one command asked for.
void runCli(process.argv.slice(2), commandRegistry, {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
}).then((code) => {
  process.exitCode = code;
});
