import pino, { type Logger as Pino } from 'pino';
import type { AppConfig } from '../../config/app-config';
import { BlockWriter } from './block-writer';

/** The request log is held until this much is waiting, then written in one system call. */
const BLOCK_BYTES = 4096;
/** A quiet portal's request lines reach stdout within this long. */
const FLUSH_MS = 1000;

let shared: BlockWriter | undefined;

/**
 * stdout for the request log, written in blocks rather than a line at a time. A synchronous write
 * per request was 3-4 % of a forum page's CPU: each is a system call that also wakes whoever
 * reads the pipe (journald, the container runtime). Lines wait until 4 KB have gathered or a
 * second has passed; a line at error level (a 5xx) is written at once with those before it, and
 * what waits is written when the app shuts down (flushRequestLog) or the process exits. A
 * process killed outright loses at most a second of request lines; the audit log, in the
 * database, loses nothing. A reader that has gone or stalls never stops the portal
 * (BlockWriter). One destination for the process: every app in it shares stdout.
 */
function destination(): BlockWriter {
  if (!shared) {
    const created = blockDestination(1);
    process.once('exit', () => created.flush());
    shared = created;
  }
  return shared;
}

/** A file descriptor or path written in blocks of BLOCK_BYTES, or every FLUSH_MS. */
export function blockDestination(dest: number | string): BlockWriter {
  const options = { blockBytes: BLOCK_BYTES, flushMs: FLUSH_MS };
  return typeof dest === 'number'
    ? new BlockWriter(dest, options)
    : BlockWriter.toFile(dest, options);
}

/**
 * The request log's logger: the portal's level, stdout in blocks (see destination()); an
 * error-level line writes what is held at once.
 */
export function requestLogger(
  level: AppConfig['logLevel'],
  out: BlockWriter | undefined = level === 'silent' ? undefined : destination(),
): Pino {
  if (!out) return pino({ level });
  return pino(
    {
      level,
      hooks: {
        logMethod(args, write, levelValue) {
          write.apply(this, args);
          if (levelValue >= pino.levels.values.error) out.flush();
        },
      },
    },
    out,
  );
}

/** Writes what the request log holds (at shutdown, before the process goes). */
export function flushRequestLog(): void {
  shared?.flush();
}
