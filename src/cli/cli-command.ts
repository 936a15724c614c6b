import type { Readable, Writable } from 'node:stream';

/** Streams a command talks to: standard output carries only the command's result. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** A command's implementation: parses its own arguments, returns the exit code. */
export interface CliCommand {
  run(args: string[], io: CliIo): Promise<number>;
}

/**
 * What the registry knows about a command before loading it. `load` is called only when the
 * command runs, so listing commands (or running one) never imports another module's code:
 * the screening commands never pull in the database layer.
 */
export interface CliCommandEntry {
  name: string;
  summary: string;
  usage: string;
  load(): Promise<CliCommand>;
}
