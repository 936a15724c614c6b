import { spawn, type ChildProcess } from 'node:child_process';

/** A real pipe whose write end is this process's; `reader` is the child holding the other end. */
export interface TestPipe {
  readonly fd: number;
  readonly reader: ChildProcess;
  /** Stops the reader and waits for it. */
  close(): Promise<void>;
}

function pipeTo(script: string): TestPipe {
  const reader = spawn('sh', ['-c', script], { stdio: ['pipe', 'pipe', 'ignore'] });
  const fd = (reader.stdin as unknown as { _handle: { fd: number } })._handle.fd;
  const close = async () => {
    if (reader.exitCode === null && reader.signalCode === null) {
      const exited = new Promise((resolve) => reader.once('exit', resolve));
      reader.kill();
      await exited;
    }
  };
  return { fd, reader, close };
}

/**
 * A pipe whose reader has closed its end and stays alive: every write answers EPIPE, as stdout
 * does when a log collector has gone (the descriptor stays open, so it is never reused).
 */
export async function pipeWithReaderGone(): Promise<TestPipe> {
  const pipe = pipeTo('exec 0<&-; echo closed; sleep 30');
  await new Promise((resolve) => pipe.reader.stdout!.once('data', resolve));
  return pipe;
}

/** A pipe nobody reads: it fills (64 KB on Linux), then a write answers EAGAIN. */
export function pipeNeverRead(): TestPipe {
  return pipeTo('sleep 30');
}
